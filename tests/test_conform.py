"""`itbverify conform`: a programming checker driven through generated sessions, every decision judged.

Toy targets written here (accept everything, refuse everything, the rule set
itself as an oracle, targets that crash, hang or answer garbage) hold the
command's contract; tests/test_conform_examples.py runs the example checkers
of examples/pump-software.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import run_cli

from itbverify.conform.judge import Judge, with_event
from itbverify.conform.protocol import SCHEMAS, NotAnAnswer, parse_answer
from itbverify.conform.run import PROGRAMMING_REQUIREMENTS
from itbverify.language.ruleset import default_ruleset

ACCEPT_ALL = 'def decide(request):\n    return {"accept": True}\n'
REFUSE_ALL = 'def decide(request):\n    return {"accept": request["type"] == "start", "reason": "refused"}\n'
ORACLE = """
from itbverify.conform.judge import Judge
from itbverify.language.ruleset import default_ruleset
JUDGE = Judge(default_ruleset())
def decide(request):
    if request["type"] == "start":
        return {"accept": True}
    judgement = JUDGE.judge(request["plan"], request["event"])
    return {"accept": not judgement.new_errors, "reason": ", ".join(r for r, _ in judgement.new_errors)}
"""


def _target(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    return f"python:{path}:decide"


def _conform(*args: str) -> tuple[int, dict[str, Any]]:
    proc = run_cli("conform", "--format", "json", *args)
    assert proc.stdout, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def test_a_target_that_accepts_everything_is_caught_and_each_failure_shrunk(tmp_path: Path) -> None:
    code, out = _conform("--target", _target(tmp_path, "accept", ACCEPT_ALL), "--sessions", "6", "--max-events", "8", "--seed", "3",
                         "--emit", str(tmp_path / "failing"))
    assert code == 1 and out["verdict"] == "not conformant"
    failures = out["unsafe_acceptances"]
    assert failures and not out["misbehaviours"]
    rules = {r.id: r for r in default_ruleset().rules}
    for failure in failures:
        rule = rules[failure["requirement"]]
        # Traceable: the requirement, its label lines and whether it is the label's words or an interpretation.
        assert (failure["label_lines"], failure["basis"], failure["severity"]) == (list(rule.label_lines), rule.basis, "error")
        assert failure["shrunk"] and failure["replayed"], failure
        assert 1 <= len(failure["events"]) <= min(5, failure["events_before_shrink"])
    # Each shrunk plan, checked on its own, is unsafe with the requirement named.
    emitted = sorted((tmp_path / "failing").glob("*.yaml"))
    assert len(emitted) == len(failures)
    for path in emitted:
        checked = run_cli("check", "--format", "json", str(path))
        assert checked.returncode == 1, checked.stdout
        requirement = path.read_text(encoding="utf-8").splitlines()[0].split()[3]
        assert requirement in {f["requirement"] for f in json.loads(checked.stdout)["findings"]}


def test_the_shrunk_session_is_no_longer_than_it_must_be(tmp_path: Path) -> None:
    """An accepted first dose above the effective screening dose needs no other event to break ITB-INIT-1."""
    code, out = _conform("--target", _target(tmp_path, "accept", ACCEPT_ALL), "--sessions", "12", "--max-events", "4", "--seed", "1")
    assert code == 1
    init = [f for f in out["unsafe_acceptances"] if f["requirement"] == "ITB-INIT-1"]
    assert init, [f["requirement"] for f in out["unsafe_acceptances"]]
    for failure in init:
        assert [e["list"] for e in failure["events"]] == ["infusion"], failure["events"]


def test_refusals_of_safe_events_are_reported_and_fail_only_when_asked(tmp_path: Path) -> None:
    target = _target(tmp_path, "refuse", REFUSE_ALL)
    code, out = _conform("--target", target, "--sessions", "3", "--max-events", "4")
    assert code == 0 and out["verdict"] == "conformant"
    assert out["needless_refusals"] and not out["unsafe_acceptances"]
    assert all(f["reason"] == "refused" and f["requirement"] is None for f in out["needless_refusals"])
    code, out = _conform("--target", target, "--sessions", "3", "--max-events", "4", "--fail-on", "refusal")
    assert code == 1 and out["verdict"] == "not conformant"


def test_a_target_that_refuses_exactly_what_the_rule_set_forbids_is_conformant(tmp_path: Path) -> None:
    code, out = _conform("--target", _target(tmp_path, "oracle", ORACLE), "--sessions", "8", "--max-events", "10", "--seed", "5")
    assert code == 0, out["unsafe_acceptances"]
    assert not out["unsafe_acceptances"] and not out["needless_refusals"] and not out["misbehaviours"]
    assert out["decisions"] == out["accepted"] + out["refused"] > 50
    # The boundaries met: one unit outside, the oracle refuses; inside, it accepts unless another requirement
    # binds first (a bolus at the single-bolus limit breaks the 24-hour increase limit).
    met = {r: c for r, c in out["coverage"].items() if c["inside"]["accepted"] and c["outside"]["refused"]}
    assert len(met) >= 5, out["coverage"]
    for requirement, cover in out["coverage"].items():
        assert cover["outside"]["accepted"] == 0, requirement
    assert set(out["coverage"]) == set(PROGRAMMING_REQUIREMENTS)


def test_the_same_seed_gives_the_same_run(tmp_path: Path) -> None:
    target = _target(tmp_path, "accept", ACCEPT_ALL)
    runs = [_conform("--target", target, "--sessions", "4", "--max-events", "6", "--seed", "11")[1] for _ in range(2)]
    for out in runs:
        out.pop("seconds")
    assert runs[0] == runs[1]
    other = _conform("--target", target, "--sessions", "4", "--max-events", "6", "--seed", "12")[1]
    other.pop("seconds")
    assert other != runs[0]


MISBEHAVING = """
import json, sys, time
for line in sys.stdin:
    request = json.loads(line)
    session, kind = request["session"], request["type"]
    if session == "S-00001" and request.get("index") == 2:
        sys.exit(3)
    if session == "S-00002" and request.get("index") == 2:
        time.sleep(60)
    if session == "S-00003" and request.get("index") == 2:
        print("yes, fine", flush=True)
        continue
    if session == "S-00004" and request.get("index") == 2:
        print(json.dumps({"accept": True, "because": "why not"}), flush=True)
        continue
    # Every proposal refused: no session ends early on an unsafe acceptance, whatever the sessions drawn.
    print(json.dumps({"accept": kind == "start"}), flush=True)
"""


def test_a_target_that_crashes_hangs_or_answers_garbage_exits_2_with_the_request(tmp_path: Path) -> None:
    script = tmp_path / "misbehaving.py"
    script.write_text(MISBEHAVING, encoding="utf-8")
    import sys

    code, out = _conform("--target", f"{sys.executable} {script}", "--sessions", "6", "--max-events", "3", "--target-timeout", "1",
                         "--no-shrink")
    assert code == 2 and out["verdict"] == "target misbehaved"
    found = {m["session"]: m for m in out["misbehaviours"]}
    assert [found[s]["kind"] for s in ("S-00001", "S-00002", "S-00003", "S-00004")] == ["crashed", "timed out", "not an answer", "not an answer"]
    assert "exit status 3" in found["S-00001"]["detail"]
    assert "'because'" in found["S-00004"]["detail"]
    for session, misbehaviour in found.items():
        request = misbehaviour["request"]
        assert (request["session"], request["type"], request["index"]) == (session, "propose", 2)
        jsonschema.validate(request, SCHEMAS["conform-request"])
    # Nothing else is lost: the target was restarted, and the last two sessions ran all their decisions.
    assert out["decisions"] == 4 * 2 + 2 * 4


def test_a_target_that_cannot_start_is_a_usage_error(tmp_path: Path) -> None:
    proc = run_cli("conform", "--target", str(tmp_path / "no-such-program"), "--sessions", "1")
    assert proc.returncode == 2
    proc = run_cli("conform", "--target", f"python:{tmp_path / 'missing.py'}:decide", "--sessions", "1")
    assert proc.returncode == 2 and "no such file" in proc.stderr
    (tmp_path / "empty.py").write_text("x = 1\n", encoding="utf-8")
    proc = run_cli("conform", "--target", f"python:{tmp_path / 'empty.py'}:decide", "--sessions", "1")
    assert proc.returncode == 2 and "no function 'decide'" in proc.stderr


@pytest.mark.parametrize(("line", "expected"), [
    ('{"accept": true}', (True, None)),
    ('{"accept": false, "reason": "ITB-TITR-2: 23 h after the last increase"}', (False, "ITB-TITR-2: 23 h after the last increase")),
])
def test_answers(line: str, expected: tuple[bool, str | None]) -> None:
    assert parse_answer(line) == expected
    jsonschema.validate(json.loads(line), SCHEMAS["conform-answer"])


@pytest.mark.parametrize(("line", "says"), [
    ("", "an empty line"),
    ("accept", "not JSON"),
    ("[true]", "not an object"),
    ('{"accept": "yes"}', "'accept' must be true or false"),
    ('{"reason": "x"}', "no 'accept' key"),
    ('{"accept": true, "reason": 3}', "'reason' must be a string"),
    ('{"accept": true, "confidence": 0.9}', "unknown key 'confidence'"),
])
def test_what_is_not_an_answer(line: str, says: str) -> None:
    with pytest.raises(NotAnAnswer, match=says):
        parse_answer(line)


def test_every_request_of_a_run_follows_the_schema(tmp_path: Path) -> None:
    seen = tmp_path / "seen.jsonl"
    recorder = f"import json\ndef decide(request):\n    open({str(seen)!r}, 'a').write(json.dumps(request) + '\\n')\n    return {{'accept': True}}\n"
    _conform("--target", _target(tmp_path, "recorder", recorder), "--sessions", "3", "--max-events", "5", "--no-shrink")
    requests = [json.loads(line) for line in seen.read_text(encoding="utf-8").splitlines()]
    assert {r["type"] for r in requests} == {"start", "propose"}
    judge = Judge(default_ruleset())
    for request in requests:
        jsonschema.validate(request, SCHEMAS["conform-request"])
        # The plan carried is a valid plan document, and with the event too.
        plan = request["plan"]
        assert judge.check(plan).verdict != "invalid"
        if request["type"] == "propose":
            assert judge.check(with_event(plan, request["event"])).verdict != "invalid", request["event"]


def test_junit_has_a_case_per_requirement_and_text_names_the_failure(tmp_path: Path) -> None:
    target = _target(tmp_path, "accept", ACCEPT_ALL)
    proc = run_cli("conform", "--target", target, "--sessions", "3", "--max-events", "5", "--format", "junit")
    assert proc.returncode == 1
    import xml.etree.ElementTree as ET

    suite = ET.fromstring(proc.stdout).find("testsuite")
    assert suite is not None
    names = [case.get("name") for case in suite.iter("testcase")]
    assert set(PROGRAMMING_REQUIREMENTS) <= set(names) and "target behaviour" in names
    assert int(suite.get("failures", "0")) >= 1
    text = run_cli("conform", "--target", target, "--sessions", "3", "--max-events", "5")
    assert text.returncode == 1
    assert "UNSAFE ACCEPTANCE ITB-" in text.stdout and "verdict: not conformant" in text.stdout
    assert yaml.safe_load(run_cli("schema", "conform-answer").stdout)["required"] == ["accept"]


def test_the_generator_writes_each_variant_as_the_judge_keys_it() -> None:
    """The searches write a variant's text from the plan's (generate._keys_of) and share their results with the
    judge by that text: it must be the very document_key, or a result would be taken for another document."""
    from itbverify.analyses.envelope import Probe, document_key
    from itbverify.conform.run import conform
    from itbverify.conform.targets import PythonTarget

    keyed: list[tuple[str, str]] = []
    original = Probe.key

    def key(self: Probe, variant: dict[str, Any]) -> str:
        found = original(self, variant)
        keyed.append((found, document_key(variant)))
        return found

    Probe.key = key  # type: ignore[method-assign]
    try:
        oracle: dict[str, Any] = {}
        exec(ORACLE, oracle)  # noqa: S102 - the oracle target above
        target = PythonTarget("oracle", oracle["decide"], 10.0)
        run = conform(target, default_ruleset(), 11, 6, 10)
    finally:
        Probe.key = original  # type: ignore[method-assign]
    assert run.decisions > 30 and len(keyed) > 100
    assert all(found == expected for found, expected in keyed)
