"""The example programming checkers of examples/pump-software under `itbverify conform`.

The reference checker (written from the label, not from this package) makes
no unsafe acceptance; every planted variant is caught, named and shrunk to a
session of at most five events, from a fixed seed. The full run the README
quotes (10,000 decisions, every programming requirement covered at its
boundary) is benchmarks/conform.py's.
"""

from __future__ import annotations

import json
import shutil
import sys

import pytest
from conftest import REPO, run_cli

from itbverify.conform.run import conform
from itbverify.conform.targets import open_target
from itbverify.language.ruleset import default_ruleset

EXAMPLES = REPO / "examples" / "pump-software"
REFERENCE = EXAMPLES / "reference_checker.py"
SEED = 0
MAX_EVENTS = 24

# Each variant's planted defect, and the requirements its first unsafe acceptance may name. A flex schedule
# read wrongly gives a wrong daily dose wherever one is compared: an increase (ITB-TITR-1, ITB-TITR-3) or a
# reduction (ITB-STOP-1).
PLANTED = {
    "alarm_volume_ignored": {"ITB-PUMP-4"},
    "boluses_not_counted": {"ITB-TITR-3"},
    "calendar_day_wait": {"ITB-TITR-2"},
    "child_as_adult": {"ITB-TITR-1", "ITB-TITR-3"},
    "flex_hourly_increase": {"ITB-TITR-1", "ITB-TITR-3", "ITB-STOP-1"},
    "refill_rate_not_rescaled": {"ITB-PUMP-3"},
    "restart_at_previous_dose": {"ITB-STOP-2"},
    "taper_cut_too_deep": {"ITB-STOP-1"},
}


def test_every_variant_is_listed() -> None:
    assert {p.stem for p in (EXAMPLES / "variants").glob("*.py")} == set(PLANTED)


@pytest.mark.parametrize("variant", sorted(PLANTED))
def test_each_planted_defect_is_found_named_and_shrunk(variant: str) -> None:
    ruleset = default_ruleset()
    target = open_target(f"python:{EXAMPLES / 'variants' / variant}.py:decide", 10.0)
    found = None
    for number in range(80):  # sessions in order, as benchmarks/conform.py counts the time to the first failure
        run = conform(target, ruleset, SEED, 80, MAX_EVENTS, numbers=range(number, number + 1))
        assert not run.misbehaviours, run.misbehaviours
        if run.failures:
            found = run.failures[0]
            break
    assert found is not None, f"{variant}: no unsafe acceptance in 80 sessions"
    assert found.requirement in PLANTED[variant], (found.requirement, found.message)
    assert found.shrunk and found.replayed
    assert 1 <= len(found.events) <= 5, [e["entry"] for e in found.events]
    # The reference refuses the event the variant accepted, on the same shrunk plan.
    reference = open_target(f"python:{REFERENCE}:decide", 10.0)
    plan = found.start
    for event in found.events[:-1]:
        plan = {**plan, event["list"]: [*plan[event["list"]], event["entry"]]}
    request = {"conform": 1, "type": "propose", "session": "S-check", "index": len(found.events), "event": found.events[-1], "plan": plan}
    assert reference.ask(request)[0] is False


def test_the_reference_checker_makes_no_unsafe_acceptance() -> None:
    proc = run_cli("conform", "--target", f"python:{REFERENCE}:decide", "--sessions", "60", "--max-events", str(MAX_EVENTS),
                   "--seed", "7", "--format", "json")
    out = json.loads(proc.stdout)
    assert proc.returncode == 0 and out["verdict"] == "conformant", out["unsafe_acceptances"][:1]
    assert not out["unsafe_acceptances"] and not out["misbehaviours"]
    assert out["decisions"] > 1000
    covered = [r for r, c in out["coverage"].items() if c["covered"]]
    assert len(covered) >= 12, out["not_covered"]


def test_the_reference_over_pipes_and_through_the_adapter_decides_as_in_process() -> None:
    """The same sessions, the same decisions, whichever way the target is plugged in."""
    runs = {}
    targets = {
        "in process": f"python:{REFERENCE}:decide",
        "over pipes": f"{sys.executable} {REFERENCE}",
    }
    if shutil.which("sh"):
        targets["adapter"] = f"sh {EXAMPLES / 'adapter.sh'} {sys.executable} {REFERENCE} --one"
    for name, spec in targets.items():
        proc = run_cli("conform", "--target", spec, "--sessions", "3", "--max-events", "8", "--seed", "2", "--format", "json")
        out = json.loads(proc.stdout)
        assert proc.returncode == 0 and not out["misbehaviours"], (name, out["misbehaviours"])
        for key in ("target", "seconds"):
            out.pop(key)
        runs[name] = out
    first = next(iter(runs.values()))
    for name, out in runs.items():
        assert out == first, name


def test_the_reference_does_not_import_this_package() -> None:
    """Written from the label as a pump team would write it: a second reading, not ours."""
    import ast

    for path in [REFERENCE, *(EXAMPLES / "variants").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n.split(".")[0] == "itbverify" for n in names), path.name


