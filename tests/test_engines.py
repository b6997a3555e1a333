"""Differential tests: the concrete engine (the lowered rules) and Z3 give the same answers on generated plans.

Plans are drawn near every boundary the rules have: increases around the
patient's limit, steps around 24 h apart, boluses at a window's edge, flex
schedules around the 20% ratio, reservoirs around the alarm volume. For each,
both engines must give the same verdict and the same set of error
requirements (their counterexamples may differ: the solver may pick any
breaking window), and every counterexample the solver returns must break the
rule when the concrete engine evaluates it at the same time.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import pytest
import yaml
from conftest import DUMPER, base_plan
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from itbverify.documents.build import load_document
from itbverify.documents.read import compose
from itbverify.engines.concrete import DocumentView, lowered_rules
from itbverify.language.ruleset import default_ruleset
from itbverify.semantics.evaluate import Evaluator

RULES = default_ruleset()
EXAMPLES = 1000
PARTS = 4


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _number(value: Fraction) -> Any:
    value = Fraction(math.floor(value * 100), 100)
    return int(value) if value.denominator == 1 else float(f"{float(value):.2f}")


@st.composite
def plans(draw: st.DrawFn) -> dict[str, Any]:
    origin = draw(st.sampled_from(["spinal", "cerebral"]))
    age = draw(st.sampled_from([12, 17, 18, 40, 66]))
    limit = Fraction(30 if origin == "spinal" and age >= 18 else 15, 100)
    concentration = draw(st.sampled_from([500, 2000]))
    minute = 3 * 24 * 60 + 10 * 60
    dose = Fraction(150)
    steps: list[dict[str, Any]] = [
        {"day": 3, "time": "10:00", "phase": "titration", "mode": "continuous", "daily_dose_ug": 150, "concentration_ug_ml": concentration}
    ]
    phase = "titration"
    for i in range(draw(st.integers(1, 5))):
        minute += draw(st.sampled_from([24 * 60, 24 * 60, 24 * 60 + 1, 30 * 60, 48 * 60, 72 * 60, 24 * 60 - 1])) + draw(st.sampled_from([0, 0, 0, 13]))
        if i >= 1 and draw(st.booleans()):
            phase = "maintenance"
        step: dict[str, Any] = {"day": minute // (24 * 60), "time": _clock(minute % (24 * 60)), "phase": phase}
        if phase == "maintenance" and draw(st.integers(0, 3)) == 0:
            low = dose / 24
            ratio = draw(st.sampled_from([Fraction(1), Fraction(119, 100), Fraction(6, 5), Fraction(121, 100)]))
            start = draw(st.sampled_from([0, 7 * 60, 20 * 60 + 30]))
            end = draw(st.sampled_from([22 * 60, 23 * 60 + 59]))
            step.update(mode="flex", steps=[{"start": _clock(start), "dose_ug_h": _number(low)}, {"start": _clock(end), "dose_ug_h": _number(low * ratio)}])
            dose = low * (24 * 60 - (end - start)) / 60 + low * ratio * (end - start) / 60
        else:
            change = draw(st.sampled_from([Fraction(0), Fraction(1, 10), limit - Fraction(1, 100), limit, limit, Fraction(-1, 10), Fraction(-1, 5), limit + Fraction(1, 1000), Fraction(-21, 100)]))
            dose = Fraction(math.floor(dose * (1 + change) * 100), 100)  # never above the limit by rounding
            step.update(mode="continuous", daily_dose_ug=_number(dose))
        steps.append(step)
    last_day = max(int(s["day"]) for s in steps)
    boluses = []
    for _ in range(draw(st.sampled_from([0, 0, 1, 2]))):
        # at a step time, a minute either side, or anywhere
        anchor = draw(st.sampled_from(steps))
        hh, mm = map(int, anchor["time"].split(":"))
        at = int(anchor["day"]) * 24 * 60 + hh * 60 + mm + draw(st.sampled_from([-1, 0, 1, 24 * 60, 24 * 60 - 1, 600]))
        at = max(at, 3 * 24 * 60 + 10 * 60)
        boluses.append({"day": at // (24 * 60), "time": _clock(at % (24 * 60)), "dose_ug": draw(st.sampled_from([1, 5, 10, 45])), "via": "pump"})
    boluses.sort(key=lambda b: (b["day"], b["time"]))
    end_day = max([last_day] + [int(b["day"]) for b in boluses]) + 2
    volume = draw(st.sampled_from([Fraction(20), Fraction(20), Fraction(20), Fraction(5), Fraction(2)]))
    plan = base_plan(
        id="generated",
        patient={"age_years": age, "origin": origin, "cause": "spinal-cord-injury", "infection": False},
        infusion=steps,
        refills=[{"day": 3, "time": "10:00", "volume_ml": _number(volume), "concentration_ug_ml": concentration, "diluent": "none"}],
        end={"day": end_day},
    )
    if age < 18:
        plan["screening"][0]["dose_ug"] = 25
        plan["screening"][1]["dose_ug"] = 50
        plan["infusion"][0]["daily_dose_ug"] = 100
    if boluses:
        plan["boluses"] = boluses
    return plan


def _errors(result: Any) -> set[str]:
    return {f.requirement for f in result.findings if f.severity == "error" and f.requirement}


# Drawn afresh on every run (a fixed sample would test the same plans forever); an increase of exactly
# the limit with a bolus at the step and a reservoir near the alarm, always.
# In PARTS equal shares, so that the suite's workers share the load; each share draws its own plans.
@pytest.mark.parametrize("part", range(PARTS))
@settings(max_examples=-(-EXAMPLES // PARTS), deadline=None, suppress_health_check=list(HealthCheck))
@given(plan=plans())
@example(plan=base_plan(
    id="generated",
    infusion=[{"day": 3, "time": "10:00", "phase": "titration", "mode": "continuous", "daily_dose_ug": 150, "concentration_ug_ml": 500},
              {"day": 4, "time": "10:00", "phase": "titration", "mode": "continuous", "daily_dose_ug": 195}],
    boluses=[{"day": 4, "time": "10:00", "dose_ug": 5, "via": "pump"}],
    refills=[{"day": 3, "time": "10:00", "volume_ml": 2, "concentration_ug_ml": 500, "diluent": "none"}],
    end={"day": 6},
))
def test_engines_agree(part: int, plan: dict[str, Any]) -> None:
    text = yaml.dump(plan, Dumper=DUMPER, sort_keys=False)
    z3_result = _check(text, "z3")
    concrete_result = _check(text, "concrete")
    assert z3_result.verdict in ("safe", "unsafe"), [f.message for f in z3_result.findings]
    assert (concrete_result.verdict, _errors(concrete_result)) == (z3_result.verdict, _errors(z3_result)), (
        [f.message for f in concrete_result.findings],
        [f.message for f in z3_result.findings],
    )
    _replay_solver_windows(text, z3_result)


def _check(text: str, engine: str) -> Any:
    from itbverify.analyses.check import check_source
    from itbverify.documents.read import Source

    node, problems = compose(text, "generated.yaml")
    return check_source(Source("generated.yaml", 1, 1, node, problems), RULES, 30.0, engine=engine)


def _replay_solver_windows(text: str, result: Any) -> None:
    """Every window the solver names breaks ITB-TITR-3 in the concrete engine too, and in the evaluator."""
    node, _ = compose(text, "generated.yaml")
    document = load_document(node, "generated.yaml")
    rule = RULES.rule("ITB-TITR-3")
    evaluator = Evaluator(document, RULES.definitions, symbolic=False)
    compiled = lowered_rules(RULES)
    view = DocumentView(document)
    lowered = next(r for r in compiled.rules if r.rule.id == "ITB-TITR-3").checks[0][1]
    assert lowered is not None
    for finding in result.findings:
        if finding.requirement != "ITB-TITR-3":
            continue
        start = Fraction(finding.counterexample["w"]["start_h"]) if isinstance(finding.counterexample["w"]["start_h"], str) else Fraction(repr(finding.counterexample["w"]["start_h"]))
        broken = [
            o for check in rule.checks for run in document.runs
            for o in evaluator.obligations(check, {"r": run, "w": start})
            if o.violation is True
        ]
        assert broken, f"the solver's window at {start} h does not break ITB-TITR-3 in the evaluator"
        replayed = [hit for run in view.runs for hit in lowered.replay(view, {"r": run, "w": start})]
        assert replayed, f"the solver's window at {start} h does not break ITB-TITR-3 in the concrete engine"
