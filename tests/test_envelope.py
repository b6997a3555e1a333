"""`itbverify envelope`: every bound is proved by a round trip through `check`.

Programming the bound passes (breaks no error requirement the document did
not already break) and one unit past it fails with the named requirement.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DUMPER, REPO, base_plan, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itbverify.analyses.check import check_text
from itbverify.analyses.envelope import ALL_PARTS, CENT, PARTS, describe, envelope_of, parts_of, with_next_dose
from itbverify.app.cli import _subparser, build_parser
from itbverify.language.ruleset import default_ruleset

RULES = default_ruleset()
EXAMPLES = sorted((REPO / "examples").glob("*.yaml"))


def _errors(data: dict[str, Any]) -> set[str]:
    result = check_text(yaml.dump(data, Dumper=DUMPER, sort_keys=False), "round-trip.yaml", RULES)
    assert result.verdict not in ("invalid", "error"), [f.message for f in result.findings]
    return {f.requirement for f in result.findings if f.severity == "error" and f.requirement}


def _round_trip(data: dict[str, Any], envelope: Any) -> None:
    baseline = _errors(with_next_dose(data, envelope, envelope.current_daily_dose_ug))
    high, low = envelope.highest, envelope.lowest
    assert high.value is not None and low.value is not None
    assert low.value <= envelope.current_daily_dose_ug <= high.value
    assert _errors(with_next_dose(data, envelope, high.value)) <= baseline
    if high.binding is not None:
        assert high.binding in _errors(with_next_dose(data, envelope, high.value + CENT)) - baseline
    assert _errors(with_next_dose(data, envelope, low.value)) <= baseline
    if low.binding is not None:
        assert low.value >= CENT
        assert low.binding in _errors(with_next_dose(data, envelope, low.value - CENT)) - baseline


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_bundled_examples_round_trip(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    envelope = envelope_of(data, RULES, parts=frozenset({"dose"}))
    _round_trip(data, envelope)


def test_envelope_text_and_json_for_a_bundled_plan() -> None:
    proc = run_cli("envelope", "examples/titration-spinal-adult.yaml", "--format", "json", cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    dose = out["daily_dose_ug"]
    # The fields as before, and the optional one saying how the bound was found.
    assert dose["highest"] == {"value": 403, "unit": "ug/day", "binding": "ITB-TITR-1", "reason": dose["highest"]["reason"], "method": "computed"}
    assert "310 -> 403.01" in dose["highest"]["reason"]
    assert dose["lowest"]["value"] == 248 and dose["lowest"]["binding"] == "ITB-STOP-1"
    assert out["earliest_increase_h"]["binding"] == "ITB-TITR-2"
    assert out["flex_night_step_ug_h"]["value"] == 14.4 and out["flex_night_step_ug_h"]["binding"] == "ITB-PUMP-2"
    assert {b["binding"] for b in out["latest_refill_h"].values()} == {"ITB-PUMP-4"}
    text = run_cli("envelope", "examples/titration-spinal-adult.yaml", cwd=REPO)
    assert "highest daily dose: 403 ug/day, bound by ITB-TITR-1" in text.stdout
    assert "lowest daily dose:  248 ug/day, bound by ITB-STOP-1" in text.stdout


def test_envelope_for_a_program() -> None:
    proc = run_cli("envelope", "examples/program-flex-night.yaml", "--format", "json", cwd=REPO)
    out = json.loads(proc.stdout)
    assert out["daily_dose_ug"]["highest"]["value"] == 520 and out["daily_dose_ug"]["highest"]["binding"] == "ITB-TITR-1"
    assert out["daily_dose_ug"]["lowest"]["value"] == 320 and out["daily_dose_ug"]["lowest"]["binding"] == "ITB-STOP-1"
    assert out["latest_refill_h"]["at the current dose"]["value"] == 1848


def test_what_computes_only_the_parts_asked_for_and_the_same_bounds() -> None:
    data = yaml.safe_load((REPO / "examples" / "titration-spinal-adult.yaml").read_text(encoding="utf-8"))
    whole = envelope_of(data, RULES).to_json()
    increase = envelope_of(data, RULES, parts=parts_of(["increase"])).to_json()
    assert increase["earliest_increase_h"] == whole["earliest_increase_h"]
    assert increase["daily_dose_ug"] is None and increase["flex_night_step_ug_h"] is None
    assert increase["latest_refill_h"] == {} and increase["warnings"] == []
    flex_refill = envelope_of(data, RULES, parts=parts_of(["flex", "refill"])).to_json()
    assert flex_refill["flex_night_step_ug_h"] == whole["flex_night_step_ug_h"]
    assert flex_refill["latest_refill_h"] == whole["latest_refill_h"]
    assert flex_refill["daily_dose_ug"] == whole["daily_dose_ug"]  # the refill at the highest dose needs the range
    assert flex_refill["earliest_increase_h"] is None
    assert parts_of(None) == parts_of(list(PARTS)) == ALL_PARTS
    # The command line offers exactly the parts the envelope knows.
    envelope_command = _subparser(build_parser(), ["envelope"])
    what = next(a for a in envelope_command._actions if a.dest == "what")
    assert tuple(what.choices or ()) == PARTS
    proc = run_cli("envelope", "examples/titration-spinal-adult.yaml", "--what", "increase", cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert "earliest increase:  hour 514 (day 21 10:00), bound by ITB-TITR-2" in proc.stdout
    assert "daily dose" not in proc.stdout.split("\n", 1)[1] and "refill" not in proc.stdout
    assert run_cli("envelope", "examples/titration-spinal-adult.yaml", "--what", "nope", cwd=REPO).returncode == 2


def test_envelope_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("itbverify: 1\nkind: plan\nid: x\npatient: {age_years: x}\n", encoding="utf-8")
    proc = run_cli("envelope", str(bad))
    assert proc.returncode == 2 and "invalid" in proc.stderr and "Traceback" not in proc.stderr


@st.composite
def safe_plans(draw: st.DrawFn) -> dict[str, Any]:
    adult = draw(st.booleans())
    origin = draw(st.sampled_from(["spinal", "cerebral"]))
    limit = Fraction(30 if adult and origin == "spinal" else 15, 100)
    dose = Fraction(100 if not adult else 150)
    steps: list[dict[str, Any]] = [{"day": 3, "time": "10:00", "phase": "titration", "mode": "continuous", "daily_dose_ug": int(dose), "concentration_ug_ml": 2000}]
    day = 3
    for _ in range(draw(st.integers(0, 3))):
        day += draw(st.sampled_from([1, 2]))
        dose = Fraction(int(dose * (1 + limit * draw(st.sampled_from([Fraction(1, 2), Fraction(9, 10), Fraction(1)]))) * 100), 100)
        steps.append({"day": day, "time": draw(st.sampled_from(["10:00", "12:30"])), "daily_dose_ug": float(dose) if dose.denominator != 1 else int(dose)})
    if draw(st.booleans()):
        steps.append({"day": day + 1, "time": "10:00", "phase": "maintenance"})
    plan = base_plan(
        id="generated",
        patient={"age_years": 40 if adult else 12, "origin": origin, "cause": "spinal-cord-injury", "infection": False},
        infusion=steps,
        refills=[{"day": 3, "time": "10:00", "volume_ml": 20, "concentration_ug_ml": 2000, "diluent": "none"}],
        end={"day": day + draw(st.sampled_from([1, 2, 3]))},
    )
    if not adult:
        plan["screening"][0]["dose_ug"] = 25
        plan["screening"][1]["dose_ug"] = 50
    return plan


# 200 plans in four shares, so that the suite's workers share them; each share draws its own.
@pytest.mark.parametrize("part", range(4))
@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
@given(plan=safe_plans())
def test_generated_plans_round_trip(part: int, plan: dict[str, Any]) -> None:
    # The computed bounds are the bisection's (the reference), value, binding and reason, and round-trip.
    envelope = envelope_of(plan, RULES, parts=frozenset({"dose"}))
    reference = envelope_of(plan, RULES, parts=frozenset({"dose"}), method="bisection")
    for computed, bisected in ((envelope.highest, reference.highest), (envelope.lowest, reference.lowest)):
        assert (computed.value, computed.binding, computed.reason) == (bisected.value, bisected.binding, bisected.reason)
        assert computed.method == "computed", computed.method_note  # a concrete plan's dose needs no bisection
    assert envelope.highest.binding is not None and envelope.lowest.binding is not None
    _round_trip(plan, envelope)


def test_a_bound_set_by_a_requirement_over_time_is_computed() -> None:
    # Increases 21.5 h apart already break ITB-TITR-2 (24 h), so the highest dose is bound by ITB-TITR-3, decided by
    # a search over every 24 h window: at most 15% (a child) over the 112.2 ug delivered in the day before day 6 00:00.
    # Its margins are traced with the window pinned where the check breaks: the bound is computed, and is the bisection's.
    plan = base_plan(
        patient={"age_years": 12, "origin": "spinal", "cause": "spinal-cord-injury", "infection": False},
        screening=[
            {"day": 0, "dose_ug": 25, "concentration_ug_ml": 50, "duration_min": 1, "response": "negative"},
            {"day": 1, "dose_ug": 50, "concentration_ug_ml": 50, "duration_min": 2, "response": "positive", "effect_h": 10},
        ],
        infusion=[
            {"day": 3, "time": "10:00", "phase": "titration", "mode": "continuous", "daily_dose_ug": 100, "concentration_ug_ml": 2000},
            {"day": 4, "time": "12:30", "daily_dose_ug": 107.5},
            {"day": 5, "time": "10:00", "daily_dose_ug": 115.56},
        ],
        refills=[{"day": 3, "time": "10:00", "volume_ml": 20, "concentration_ug_ml": 2000, "diluent": "none"}],
        end={"day": 6},
    )
    envelope = envelope_of(plan, RULES, parts=frozenset({"dose"}))
    reference = envelope_of(plan, RULES, parts=frozenset({"dose"}), method="bisection")
    high = envelope.highest
    assert (high.value, high.binding, high.method) == (Fraction("129.03"), "ITB-TITR-3", "computed"), high.method_note
    assert (high.value, high.binding, high.reason) == (reference.highest.value, reference.highest.binding, reference.highest.reason)
    assert "15.0072% above 112.2 ug" in (high.reason or "")
    _round_trip(plan, envelope)


def test_every_bound_of_the_bundled_examples_is_the_bisections() -> None:
    for path in EXAMPLES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data.get("kind") == "program":
            continue  # the solver decides a program: both ways are the bisection (test_envelope_for_a_program)
        computed, bisected = envelope_of(data, RULES).to_json(), envelope_of(data, RULES, method="bisection").to_json()
        for bound in (computed, bisected):  # the method is the only difference
            for each in [*(bound["daily_dose_ug"] or {}).values(), bound["earliest_increase_h"], bound["flex_night_step_ug_h"], *bound["latest_refill_h"].values()]:
                if each is not None:
                    assert each.pop("method") in ("computed", "bisection")
                    each.pop("method_note", None)
        assert computed == bisected, path.name


def test_the_method_of_each_bound_is_shown() -> None:
    data = yaml.safe_load((REPO / "examples" / "titration-spinal-adult.yaml").read_text(encoding="utf-8"))
    envelope = envelope_of(data, RULES)
    out = envelope.to_json()
    assert out["daily_dose_ug"]["highest"]["method"] == "computed" and out["earliest_increase_h"]["method"] == "computed"
    text = describe(envelope)
    assert "  method: " in text and "highest daily dose computed" in text
    # Where the margins cannot tell (the refill moves the reservoir's timeline), the bisection says why.
    refill = out["latest_refill_h"]["at the current dose"]
    assert refill["method"] == "bisection" and refill["method_note"]
    with pytest.raises(ValueError, match="unknown method"):
        envelope_of(data, RULES, method="guess")


def test_the_earliest_increase_waits_as_long_as_the_rule_sets_increase_gap(tmp_path: Path) -> None:
    # Increases five days apart; the last at day 8 10:00 (hour 202). The wait is the rule set's, not a number
    # of the tool's: a rule set that makes increases wait 100 h moves the earliest increase to hour 302, past
    # where a search that stopped at 72 h would look.
    import shutil

    from itbverify.base.resources import rules_dir
    from itbverify.language.ruleset import load_rule_files

    plan = base_plan(infusion=[
        {"day": 3, "time": "10:00", "phase": "titration", "mode": "continuous", "daily_dose_ug": 150, "concentration_ug_ml": 500, "rate_ml_day": 0.3},
        {"day": 8, "time": "10:00", "daily_dose_ug": 180},
    ], end={"day": 12})
    shipped = envelope_of(plan, default_ruleset(), parts=frozenset({"increase"})).earliest_increase_h
    assert (shipped.value, shipped.binding) == (226, "ITB-TITR-2")
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    definitions = folder / "definitions.rules"
    old = "define increase_gap = if pump.programmable then 24 h else 48 h"
    assert old in definitions.read_text(encoding="utf-8")
    definitions.write_text(definitions.read_text(encoding="utf-8").replace(old, "define increase_gap = 100 h"), encoding="utf-8")
    waiting = envelope_of(plan, load_rule_files(sorted(folder.glob("*.rules"))), parts=frozenset({"increase"})).earliest_increase_h
    assert (waiting.value, waiting.binding) == (302, "ITB-TITR-2")
    assert "99.98 h apart; at least 100 h" in (waiting.reason or "")
