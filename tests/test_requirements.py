"""Boundary tests for every requirement of ../shared/spec/requirements.yaml.

For each requirement id: the label's allowed value at the exact boundary passes
(the id is not among the findings, and is in `result.proved` when the
requirement applies), and the smallest step past it fails with that id (an
error makes the verdict "unsafe"; a warning is reported and leaves it "safe").

Numbers are exact decimals: every float literal below is one that
yaml.safe_dump writes back exactly as written (195.01, 0.30301, ...).

Time: hour h counts from 00:00 of day 0; `day: D, time: "HH:MM"` is hour
24*D + HH + MM/60. The base plan (conftest.base_plan) starts infusion on day 3
at 10:00 = hour 82; day 4 10:00 = hour 106; day 5 10:00 = hour 130.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import base_plan, errors, warnings

ALL_IDS = [
    "ITB-ROUTE-1", "ITB-CONC-1", "ITB-CONC-2", "ITB-PAT-1", "ITB-PAT-2", "ITB-PAT-3", "ITB-PAT-4",
    "ITB-PAT-5", "ITB-DDI-1", "ITB-SCR-1", "ITB-SCR-2", "ITB-SCR-3", "ITB-SCR-4", "ITB-SCR-5",
    "ITB-SCR-6", "ITB-SCR-7", "ITB-INIT-1", "ITB-INIT-2", "ITB-TITR-1", "ITB-TITR-2", "ITB-TITR-3",
    "ITB-DOSE-1", "ITB-DOSE-2", "ITB-STOP-1", "ITB-STOP-2", "ITB-STOP-3", "ITB-PUMP-1",
    "ITB-PUMP-2", "ITB-PUMP-3", "ITB-PUMP-4", "ITB-PUMP-5", "ITB-PUMP-6", "ITB-DOSE-3",
]

# ---------------------------------------------------------------------------
# Reading results
# ---------------------------------------------------------------------------


def show(result: Any) -> str:
    lines = [f"verdict={result.verdict} errors={sorted(errors(result))} warnings={sorted(warnings(result))}"]
    for f in result.findings:
        lines.append(f"  {f.requirement} {f.severity} at_h={f.at_h} line={f.line}: {f.message}")
    return "\n".join(lines)


def assert_holds(result: Any, req: str) -> None:
    """`req` holds and was proved; the document is otherwise free of errors."""
    assert result.verdict == "safe", show(result)
    assert req not in errors(result) | warnings(result), show(result)
    assert req in result.proved, show(result)


def assert_not_applicable(result: Any, req: str) -> None:
    """`req` does not apply to this document (formats.md section 4): never reported."""
    assert result.verdict == "safe", show(result)
    assert req not in errors(result) | warnings(result), show(result)
    assert req in result.not_applicable, show(result)


def assert_error(result: Any, req: str, *also: str) -> None:
    """`req` is violated: verdict unsafe, and the errors are exactly `req` and `also`."""
    assert req in errors(result), show(result)
    assert result.verdict == "unsafe", show(result)
    assert errors(result) == {req, *also}, show(result)


def assert_warning(result: Any, req: str) -> None:
    """`req` is reported as a warning; a warning alone leaves the verdict safe."""
    assert req in warnings(result), show(result)
    assert req not in errors(result), show(result)
    assert errors(result) == set(), show(result)
    assert result.verdict == "safe", show(result)


def expect(result: Any, req: str, outcome: str, *also: str) -> None:
    if outcome == "ok":
        assert_holds(result, req)
    elif outcome == "error":
        assert_error(result, req, *also)
    elif outcome == "warning":
        assert_warning(result, req)
    elif outcome == "n/a":
        assert_not_applicable(result, req)
    else:  # pragma: no cover
        raise AssertionError(outcome)


def findings_of(result: Any, req: str) -> list[Any]:
    return [f for f in result.findings if f.requirement == req]


def expect_own(result: Any, req: str, outcome: str) -> None:
    """`req` alone, where other requirements may break too: "ok" (not reported, proved) or "error"
    (reported, verdict unsafe)."""
    if outcome == "ok":
        assert req not in errors(result) and req in result.proved, show(result)
    else:
        assert req in errors(result) and result.verdict == "unsafe", show(result)


# ---------------------------------------------------------------------------
# Building documents
# ---------------------------------------------------------------------------

ADULT_SPINAL = {"age_years": 34, "weight_kg": 70, "origin": "spinal", "cause": "multiple-sclerosis", "infection": False}
CHILD_SPINAL = {"age_years": 10, "weight_kg": 30, "origin": "spinal", "cause": "spinal-cord-injury", "infection": False}
ADULT_CEREBRAL = {"age_years": 52, "weight_kg": 80, "origin": "cerebral", "cause": "stroke", "infection": False}
CHILD_CEREBRAL = {"age_years": 10, "weight_kg": 30, "origin": "cerebral", "cause": "cerebral-palsy", "infection": False}


def at(day: int, time: str = "10:00", **fields: Any) -> dict[str, Any]:
    return {"day": day, "time": time, **fields}


def first_step(
    day: int = 3, time: str = "10:00", dose: Any = 150, phase: str = "titration", conc: Any = 500, **fields: Any
) -> dict[str, Any]:
    return at(day, time, phase=phase, mode="continuous", daily_dose_ug=dose, concentration_ug_ml=conc, **fields)


def plan(
    patient: dict[str, Any] | None = None, infusion: list[dict[str, Any]] | None = None, **overrides: Any
) -> dict[str, Any]:
    """The base plan (screening 50 neg / 75 pos effect 10 h, refill 20 mL of 500 ug/mL on day 3 10:00)."""
    doc = base_plan(**overrides)
    if patient is not None:
        doc["patient"] = copy.deepcopy(patient)
    if infusion is not None:
        doc["infusion"] = copy.deepcopy(infusion)
    return doc


def ramp_plan(
    doses: list[Any], phases: list[str | None] | None = None, patient: dict[str, Any] | None = None, **overrides: Any
) -> dict[str, Any]:
    """Continuous steps at 10:00 on days 3, 4, 5, ... with the given daily doses (and optional phases)."""
    steps = []
    for i, dose in enumerate(doses):
        if i == 0:
            s = first_step(dose=dose)
        else:
            s = at(3 + i, daily_dose_ug=dose)
        if phases and phases[i]:
            s["phase"] = phases[i]
        steps.append(s)
    return plan(patient=patient, infusion=steps, **overrides)


HISTORY = {
    "screened_positive": True,
    "first_daily_dose_ug": 150,
    "daily_dose_ug": 300,
    "phase": "maintenance",
    "last_increase_h": -72,
    "reservoir_volume_ml": 12.5,
    "concentration_ug_ml": 2000,
}


def history_plan(history: dict[str, Any] | None = None, infusion: list[dict[str, Any]] | None = None,
                 patient: dict[str, Any] | None = None, end: Any = None, **overrides: Any) -> dict[str, Any]:
    """A plan that starts during established therapy (formats.md 2.1): no screening, no refills.

    Default history: 300 ug/day of 2000 ug/mL (0.15 mL/day), 12.5 mL in the reservoir at hour 0,
    first daily dose of the prolonged infusion 150, last increase at hour -72. Default infusion: none.
    """
    doc = base_plan(**overrides)
    doc.pop("screening")
    doc.pop("refills")
    h = dict(HISTORY)
    h.update(history or {})
    doc["history"] = h
    doc["infusion"] = copy.deepcopy(infusion) if infusion is not None else []
    if patient is not None:
        doc["patient"] = copy.deepcopy(patient)
    doc["end"] = end if end is not None else {"day": 5}
    return doc


def hstep(day: int, time: str = "00:00", dose: Any = None, phase: str | None = None, **fields: Any) -> dict[str, Any]:
    """An infusion step of a history plan (continuous, 2000 ug/mL, stating its phase)."""
    s = at(day, time, **fields)
    if phase is not None:
        s["phase"] = phase
    if dose is not None:
        s["daily_dose_ug"] = dose
    s.setdefault("mode", "continuous")
    s.setdefault("concentration_ug_ml", 2000)
    return s


def program(**overrides: Any) -> dict[str, Any]:
    """A safe program: adult spinal, 300 -> 300 ug/day at 2000 ug/mL, 18.5 mL, refill at hour 1200."""
    doc: dict[str, Any] = {
        "itbverify": 1,
        "kind": "program",
        "id": "test-program",
        "patient": {"age_years": 40, "origin": "spinal", "cause": "spinal-cord-injury"},
        "pump": {"programmable": True, "reservoir_ml": 40},
        "phase": "maintenance",
        "previous": {"daily_dose_ug": 300, "last_increase_h": -72},
        "new": {"mode": "continuous", "daily_dose_ug": 300, "concentration_ug_ml": 2000, "effective_at": "09:00"},
        "reservoir": {"volume_ml": 18.5, "concentration_ug_ml": 2000, "next_refill_h": 1200},
    }
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(doc.get(key), dict):
            doc[key] = {**doc[key], **copy.deepcopy(value)}
        else:
            doc[key] = copy.deepcopy(value)
    return doc


# ---------------------------------------------------------------------------
# Sanity: the starting documents are safe and every id is covered below
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(plan(), id="base-plan"),
        pytest.param(history_plan(infusion=[hstep(1, dose=300, phase="maintenance")]), id="history-plan"),
        pytest.param(program(), id="program"),
    ],
)
def test_starting_documents_are_safe(check, doc):
    result = check(doc)
    assert result.verdict == "safe", show(result)
    assert result.findings == [], show(result)


def test_every_requirement_id_is_exercised():
    source = Path(__file__).read_text(encoding="utf-8")
    for req in ALL_IDS:
        # each id appears in at least one test id and one assertion
        assert source.count(f'"{req}') >= 2, req


# ===========================================================================
# ITB-ROUTE-1: intrathecal only
# ===========================================================================


@pytest.mark.parametrize(
    "route, outcome",
    [
        pytest.param("intrathecal", "ok", id="ITB-ROUTE-1-intrathecal-ok"),
        pytest.param("intravenous", "error", id="ITB-ROUTE-1-intravenous"),
        pytest.param("intramuscular", "error", id="ITB-ROUTE-1-intramuscular"),
        pytest.param("subcutaneous", "error", id="ITB-ROUTE-1-subcutaneous"),
        pytest.param("epidural", "error", id="ITB-ROUTE-1-epidural"),
    ],
)
def test_route(check, route, outcome):
    expect(check(plan(route=route)), "ITB-ROUTE-1", outcome)


def test_route_history_plan_epidural(check):
    expect(check(history_plan(route="epidural")), "ITB-ROUTE-1", "error")


# ===========================================================================
# ITB-CONC-1: 50, 500 or 2000 ug/mL, or a dilution with 0.9% NaCl (0 < c <= 2000)
# ===========================================================================


def solution_plan(conc: Any, diluent: str) -> dict[str, Any]:
    """Base plan with the reservoir filled (and the pump programmed) at `conc` ug/mL."""
    doc = plan()
    doc["refills"][0].update(concentration_ug_ml=conc, diluent=diluent)
    doc["infusion"][0]["concentration_ug_ml"] = conc
    del doc["infusion"][0]["rate_ml_day"]
    return doc


@pytest.mark.parametrize(
    "conc, diluent, outcome",
    [
        pytest.param(500, "none", "ok", id="ITB-CONC-1-500-undiluted-ok"),
        pytest.param(2000, "none", "ok", id="ITB-CONC-1-2000-undiluted-ok"),
        pytest.param(1000, "nacl-0.9", "ok", id="ITB-CONC-1-1000-diluted-ok"),
        pytest.param(2000, "nacl-0.9", "ok", id="ITB-CONC-1-2000-diluted-ok"),
        pytest.param(1000, "none", "error", id="ITB-CONC-1-1000-undiluted"),
        pytest.param(2000.01, "nacl-0.9", "error", id="ITB-CONC-1-2000.01-diluted"),
        pytest.param(2000.01, "none", "error", id="ITB-CONC-1-2000.01-undiluted"),
        pytest.param(500, "dextrose-5", "error", id="ITB-CONC-1-other-diluent"),
        pytest.param(500, "water-for-injection", "error", id="ITB-CONC-1-water-diluent"),
    ],
)
def test_concentration(check, conc, diluent, outcome):
    expect(check(solution_plan(conc, diluent)), "ITB-CONC-1", outcome)


def test_concentration_zero_is_not_above_zero(check):
    result = check(solution_plan(0, "nacl-0.9"))
    assert "ITB-CONC-1" in errors(result), show(result)
    assert result.verdict == "unsafe"


def test_concentration_screening_solution_above_2000(check):
    doc = plan()
    doc["screening"][1]["concentration_ug_ml"] = 2000.01
    # also not the 50 ug/mL screening solution
    expect(check(doc), "ITB-CONC-1", "error", "ITB-SCR-1")


# ===========================================================================
# ITB-CONC-2: another drug given intrathecally at the same time (warning)
# ===========================================================================


@pytest.mark.parametrize(
    "drugs, conc2, ddi1",
    [
        pytest.param([], False, False, id="ITB-CONC-2-none-ok"),
        pytest.param(["clonidine"], True, False, id="ITB-CONC-2-clonidine"),
        pytest.param(["morphine"], True, True, id="ITB-CONC-2-morphine-also-DDI-1"),
    ],
)
def test_co_administered_intrathecal(check, drugs, conc2, ddi1):
    result = check(plan(co_administered_intrathecal=drugs))
    if conc2:
        assert_warning(result, "ITB-CONC-2")
    else:
        assert_holds(result, "ITB-CONC-2")
    assert ("ITB-DDI-1" in warnings(result)) == ddi1, show(result)


def test_co_administered_intrathecal_history_plan(check):
    assert_warning(check(history_plan(co_administered_intrathecal=["ziconotide"])), "ITB-CONC-2")


# ===========================================================================
# ITB-PAT-1: no patient under 4 years; no known hypersensitivity
# ITB-PAT-2: 4 to under 6 years (warning)
# ===========================================================================

# A child-safe plan: 150 (= 2 x 75, effect 10 h) -> 165 (+10%, <= 15%) -> maintenance at 165
# (a child's first maintenance dose 165 lies in 35-200).
CHILD_INFUSION = [first_step(), at(4, daily_dose_ug=165), at(5, phase="maintenance")]


def aged(age: Any) -> dict[str, Any]:
    return plan(patient={**CHILD_SPINAL, "age_years": age}, infusion=CHILD_INFUSION)


@pytest.mark.parametrize(
    "age, pat1, pat2",
    [
        pytest.param(3.99, "error", "ok", id="ITB-PAT-1-age-3.99"),
        pytest.param(3, "error", "ok", id="ITB-PAT-1-age-3"),
        pytest.param(4, "ok", "warning", id="ITB-PAT-1-age-4-ok-ITB-PAT-2-warns"),
        pytest.param(5.99, "ok", "warning", id="ITB-PAT-2-age-5.99"),
        pytest.param(6, "ok", "ok", id="ITB-PAT-2-age-6-ok"),
    ],
)
def test_age_limits(check, age, pat1, pat2):
    result = check(aged(age))
    if pat1 == "error":
        assert_error(result, "ITB-PAT-1")
    else:
        assert "ITB-PAT-1" not in errors(result), show(result)
        assert "ITB-PAT-1" in result.proved, show(result)
        assert result.verdict == "safe", show(result)
    if pat2 == "warning":
        assert "ITB-PAT-2" in warnings(result), show(result)
    else:
        assert "ITB-PAT-2" not in warnings(result), show(result)


@pytest.mark.parametrize(
    "allergies, outcome",
    [
        pytest.param([], "ok", id="ITB-PAT-1-no-allergy-ok"),
        pytest.param(["penicillin"], "ok", id="ITB-PAT-1-unrelated-allergy-ok"),
        pytest.param(["baclofen"], "error", id="ITB-PAT-1-baclofen"),
        pytest.param(["sodium-chloride"], "error", id="ITB-PAT-1-sodium-chloride"),
        pytest.param(["water-for-injection"], "error", id="ITB-PAT-1-water-for-injection"),
    ],
)
def test_hypersensitivity(check, allergies, outcome):
    expect(check(plan(patient={**ADULT_SPINAL, "hypersensitivity": allergies})), "ITB-PAT-1", outcome)


@pytest.mark.parametrize(
    "age, outcome",
    [
        pytest.param(3.99, "error", id="ITB-PAT-1-history-age-3.99"),
        pytest.param(4, "ok", id="ITB-PAT-1-history-age-4-ok"),
    ],
)
def test_age_limit_history_plan(check, age, outcome):
    # 150 ug/day throughout (history and one unchanged step), so child limits are not in play.
    doc = history_plan(history={"daily_dose_ug": 150}, infusion=[hstep(1, dose=150, phase="maintenance")],
                       patient={**CHILD_SPINAL, "age_years": age})
    result = check(doc)
    if outcome == "error":
        assert_error(result, "ITB-PAT-1")
    else:
        assert "ITB-PAT-1" in result.proved and result.verdict == "safe", show(result)
        assert "ITB-PAT-2" in warnings(result), show(result)


# ===========================================================================
# ITB-PAT-3: traumatic brain injury: infusion not before 12 months
# ===========================================================================

# cerebral: 150 -> 165 (+10%, <= 15%) -> maintenance
CEREBRAL_INFUSION = [first_step(), at(4, daily_dose_ug=165), at(5, phase="maintenance")]


@pytest.mark.parametrize(
    "months, outcome",
    [
        pytest.param(12, "ok", id="ITB-PAT-3-12-months-ok"),
        pytest.param(30, "ok", id="ITB-PAT-3-30-months-ok"),
        pytest.param(11.99, "error", id="ITB-PAT-3-11.99-months"),
        pytest.param(3, "error", id="ITB-PAT-3-3-months"),
    ],
)
def test_traumatic_brain_injury(check, months, outcome):
    patient = {**ADULT_CEREBRAL, "cause": "traumatic-brain-injury", "months_since_injury": months}
    expect(check(plan(patient=patient, infusion=CEREBRAL_INFUSION)), "ITB-PAT-3", outcome)


def test_traumatic_brain_injury_history_plan_not_applicable(check):
    patient = {**ADULT_CEREBRAL, "cause": "traumatic-brain-injury", "months_since_injury": 3}
    expect(check(history_plan(patient=patient)), "ITB-PAT-3", "n/a")


# ===========================================================================
# ITB-PAT-4: no screening or implantation during an active infection
# ===========================================================================


@pytest.mark.parametrize(
    "infection, outcome",
    [
        pytest.param(False, "ok", id="ITB-PAT-4-no-infection-ok"),
        pytest.param(True, "error", id="ITB-PAT-4-infection"),
    ],
)
def test_infection(check, infection, outcome):
    expect(check(plan(patient={**ADULT_SPINAL, "infection": infection})), "ITB-PAT-4", outcome)


def test_infection_history_plan_not_applicable(check):
    expect(check(history_plan(patient={**ADULT_SPINAL, "infection": True})), "ITB-PAT-4", "n/a")


# ===========================================================================
# ITB-PAT-5: caution conditions, age over 65 (warnings)
# ===========================================================================

CONDITIONS = [
    "psychiatric-disorder", "schizophrenia", "confusion", "parkinsons-disease", "epilepsy",
    "autonomic-dysreflexia", "cerebrovascular-insufficiency", "respiratory-insufficiency",
    "peptic-ulcer", "hypertonic-sphincters", "renal-impairment", "diabetes-mellitus", "pregnancy",
]


@pytest.mark.parametrize("condition", [pytest.param(c, id=f"ITB-PAT-5-{c}") for c in CONDITIONS])
def test_caution_condition(check, condition):
    assert_warning(check(plan(patient={**ADULT_SPINAL, "conditions": [condition]})), "ITB-PAT-5")


def test_caution_unknown_condition_not_reported(check):
    assert_holds(check(plan(patient={**ADULT_SPINAL, "conditions": ["asthma"]})), "ITB-PAT-5")


@pytest.mark.parametrize(
    "age, outcome",
    [
        pytest.param(65, "ok", id="ITB-PAT-5-age-65-ok"),
        pytest.param(65.01, "warning", id="ITB-PAT-5-age-65.01"),
    ],
)
def test_caution_age_over_65(check, age, outcome):
    expect(check(plan(patient={**ADULT_SPINAL, "age_years": age})), "ITB-PAT-5", outcome)


def test_caution_condition_history_plan(check):
    assert_warning(check(history_plan(patient={**ADULT_SPINAL, "conditions": ["epilepsy"]})), "ITB-PAT-5")


# ===========================================================================
# ITB-DDI-1: interacting co-medication (warnings)
# ===========================================================================

INTERACTING = [
    "levodopa", "dopa-decarboxylase-inhibitor", "general-anaesthetic", "fentanyl", "propofol",
    "morphine", "opioid", "alcohol", "benzodiazepine", "neuroleptic", "anxiolytic",
    "cns-depressant", "tricyclic-antidepressant", "antihypertensive", "oral-baclofen",
]


@pytest.mark.parametrize("drug", [pytest.param(d, id=f"ITB-DDI-1-{d}") for d in INTERACTING])
def test_interacting_medication(check, drug):
    assert_warning(check(plan(patient={**ADULT_SPINAL, "medications": [drug]})), "ITB-DDI-1")


def test_non_interacting_medication_not_reported(check):
    result = check(plan(patient={**ADULT_SPINAL, "medications": ["paracetamol"]}))
    assert_holds(result, "ITB-DDI-1")
    assert "paracetamol" in str(result.notes), result.notes  # formats.md 1: other tokens are listed in notes


def test_interacting_medication_history_plan(check):
    assert_warning(check(history_plan(patient={**ADULT_SPINAL, "medications": ["benzodiazepine"]})), "ITB-DDI-1")


# ===========================================================================
# ITB-SCR-1 .. ITB-SCR-5: screening doses
# ===========================================================================


def screening_plan(*doses: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    doc = plan(**overrides)
    doc["screening"] = [copy.deepcopy(d) for d in doses]
    return doc


def scr(
    day: int, dose: Any, response: str = "negative", time: str = "08:00", conc: Any = 50, minutes: Any = 1, **extra: Any
) -> dict[str, Any]:
    d = {"day": day, "time": time, "dose_ug": dose, "concentration_ug_ml": conc, "duration_min": minutes,
         "response": response}
    if response == "positive":
        d["effect_h"] = extra.pop("effect_h", 10)
    d.update(extra)
    return d


@pytest.mark.parametrize(
    "conc, outcome",
    [
        pytest.param(50, "ok", id="ITB-SCR-1-50-ok"),
        pytest.param(50.01, "error", id="ITB-SCR-1-50.01"),
        pytest.param(25, "error", id="ITB-SCR-1-25-diluted"),
        pytest.param(500, "error", id="ITB-SCR-1-500"),
    ],
)
def test_screening_solution(check, conc, outcome):
    doc = screening_plan(scr(0, 50, conc=conc), scr(1, 75, "positive"))
    expect(check(doc), "ITB-SCR-1", outcome)


@pytest.mark.parametrize(
    "dose, outcome",
    [
        pytest.param(50, "ok", id="ITB-SCR-2-50-ok"),
        pytest.param(50.01, "error", id="ITB-SCR-2-50.01"),
    ],
)
def test_first_screening_dose(check, dose, outcome):
    # 50.01 -> 75 is a step of 24.99 ug (<= 25): only ITB-SCR-2 is broken
    doc = screening_plan(scr(0, dose), scr(1, 75, "positive"))
    expect(check(doc), "ITB-SCR-2", outcome)


@pytest.mark.parametrize(
    "first, second, outcome",
    [
        pytest.param(1, 1, "ok", id="ITB-SCR-3-1-min-ok"),
        pytest.param(0.99, 2, "error", id="ITB-SCR-3-first-0.99-min"),
        pytest.param(1, 0.99, "error", id="ITB-SCR-3-second-0.99-min"),
    ],
)
def test_screening_duration(check, first, second, outcome):
    doc = screening_plan(scr(0, 50, minutes=first), scr(1, 75, "positive", minutes=second))
    expect(check(doc), "ITB-SCR-3", outcome)


@pytest.mark.parametrize(
    "doses, outcome",
    [
        # 50 -> 75: +25 ug exactly, 24 h apart (day 0 08:00 -> day 1 08:00)
        pytest.param([scr(0, 50), scr(1, 75, "positive")], "ok", id="ITB-SCR-4-plus-25-after-24h-ok"),
        # 50 -> 75.01: +25.01 ug (INIT-1 limit becomes 150.02, so the 150 start stays allowed)
        pytest.param([scr(0, 50), scr(1, 75.01, "positive")], "error", id="ITB-SCR-4-plus-25.01"),
        # day 0 08:00 -> day 1 07:59: 23 h 59 min apart
        pytest.param([scr(0, 50), scr(1, 75, "positive", time="07:59")], "error", id="ITB-SCR-4-23h59-apart"),
        # 50 neg, 75 neg, 100 pos: 24 h steps of 25 ug
        pytest.param([scr(0, 50), scr(1, 75), scr(2, 100, "positive")], "ok", id="ITB-SCR-4-three-steps-ok"),
        # a third screening dose (75, effect 10 h: INIT-1 limit stays 150) after a positive response
        pytest.param([scr(0, 50), scr(1, 75, "positive"), scr(2, 75, "positive")], "error",
                     id="ITB-SCR-4-dose-after-positive"),
    ],
)
def test_screening_steps(check, doses, outcome):
    expect(check(screening_plan(*doses)), "ITB-SCR-4", outcome)


@pytest.mark.parametrize(
    "doses, outcome",
    [
        pytest.param([scr(0, 50), scr(1, 75), scr(2, 100, "positive")], "ok", id="ITB-SCR-5-100-ok"),
        pytest.param([scr(0, 50), scr(1, 75), scr(2, 100), scr(3, 100, "positive", time="09:00")], "ok",
                     id="ITB-SCR-5-100-twice-ok"),
        # 100 -> 100.01 is a step of 0.01 ug (<= 25), 25 h apart: only the 100 ug ceiling is broken
        pytest.param([scr(0, 50), scr(1, 75), scr(2, 100), scr(3, 100.01, "positive", time="09:00")], "error",
                     id="ITB-SCR-5-100.01"),
    ],
)
def test_screening_ceiling(check, doses, outcome):
    expect(check(screening_plan(*doses)), "ITB-SCR-5", outcome)


def test_screening_not_applicable_to_history_plan(check):
    result = check(history_plan())
    for req in ("ITB-SCR-1", "ITB-SCR-2", "ITB-SCR-3", "ITB-SCR-4", "ITB-SCR-5", "ITB-SCR-7",
                "ITB-INIT-1", "ITB-INIT-2"):
        assert req in result.not_applicable, (req, show(result))


# ===========================================================================
# ITB-SCR-6: infusion only after a positive screening response
# ===========================================================================


def test_infusion_after_positive_screening_ok(check):
    assert_holds(check(plan()), "ITB-SCR-6")


def test_infusion_without_positive_screening(check):
    doc = screening_plan(scr(0, 50), scr(1, 75), scr(2, 100))
    expect(check(doc), "ITB-SCR-6", "error")


def test_no_infusion_after_100_negative_ok(check):
    doc = screening_plan(scr(0, 50), scr(1, 75), scr(2, 100))
    doc["infusion"] = []
    doc["refills"] = []
    assert_holds(check(doc), "ITB-SCR-6")


def test_infusion_before_the_positive_screening(check):
    # infusion starts day 3 10:00; the positive response comes at day 3 10:01
    doc = screening_plan(scr(0, 50), scr(3, 75, "positive", time="10:01"))
    expect(check(doc), "ITB-SCR-6", "error")


@pytest.mark.parametrize(
    "screened, outcome",
    [
        pytest.param(True, "ok", id="ITB-SCR-6-history-screened-positive-ok"),
        pytest.param(False, "error", id="ITB-SCR-6-history-not-screened-positive"),
    ],
)
def test_history_screened_positive(check, screened, outcome):
    doc = history_plan(history={"screened_positive": screened}, infusion=[hstep(1, dose=300, phase="maintenance")])
    expect(check(doc), "ITB-SCR-6", outcome)


# ===========================================================================
# ITB-SCR-7: resuscitation equipment confirmed (warning)
# ===========================================================================


@pytest.mark.parametrize(
    "ready, outcome",
    [
        pytest.param(True, "ok", id="ITB-SCR-7-ready-ok"),
        pytest.param(False, "warning", id="ITB-SCR-7-not-ready"),
        pytest.param(None, "warning", id="ITB-SCR-7-absent"),
    ],
)
def test_resuscitation_ready(check, ready, outcome):
    doc = plan()
    if ready is None:
        del doc["resuscitation_ready"]
    else:
        doc["resuscitation_ready"] = ready
    expect(check(doc), "ITB-SCR-7", outcome)


def test_resuscitation_ready_history_plan_not_applicable(check):
    expect(check(history_plan(resuscitation_ready=False)), "ITB-SCR-7", "n/a")


# ===========================================================================
# ITB-INIT-1: first daily dose from the effective screening dose
# ===========================================================================


@pytest.mark.parametrize(
    "effect_h, first_dose, outcome",
    [
        # effect up to 12 h: at most 2 x 75 = 150
        pytest.param(10, 150, "ok", id="ITB-INIT-1-effect-10h-150-ok"),
        pytest.param(10, 150.01, "error", id="ITB-INIT-1-effect-10h-150.01"),
        pytest.param(12, 150, "ok", id="ITB-INIT-1-effect-12h-150-ok"),
        pytest.param(12, 150.01, "error", id="ITB-INIT-1-effect-12h-150.01"),
        # effect more than 12 h: at most 75
        pytest.param(12.01, 75, "ok", id="ITB-INIT-1-effect-12.01h-75-ok"),
        pytest.param(12.01, 75.01, "error", id="ITB-INIT-1-effect-12.01h-75.01"),
        pytest.param(12.01, 150, "error", id="ITB-INIT-1-effect-12.01h-150"),
    ],
)
def test_first_daily_dose(check, effect_h, first_dose, outcome):
    doc = plan(infusion=[first_step(dose=first_dose), at(7, phase="maintenance")])
    doc["screening"][1]["effect_h"] = effect_h
    expect(check(doc), "ITB-INIT-1", outcome)


# ===========================================================================
# ITB-INIT-2: no increase before 24 h of infusion
# ===========================================================================


@pytest.mark.parametrize(
    "steps, outcome",
    [
        # first step hour 82 (day 3 10:00), increase at hour 106 (day 4 10:00): exactly 24 h
        pytest.param([first_step(), at(4, daily_dose_ug=180), at(7, phase="maintenance")], "ok",
                     id="ITB-INIT-2-increase-at-24h-ok"),
        # increase at day 4 09:59 = hour 105.983: 23 h 59 min after the start
        pytest.param([first_step(), at(4, "09:59", daily_dose_ug=180), at(7, phase="maintenance")], "error",
                     id="ITB-INIT-2-increase-at-23h59"),
        # a reduction in the first 24 h is not an increase: 150 -> 140 at hour 92, then +20% at hour 116
        pytest.param([first_step(), at(3, "20:00", daily_dose_ug=140), at(4, "20:00", daily_dose_ug=168),
                      at(7, phase="maintenance")], "ok", id="ITB-INIT-2-reduction-first-ok"),
        # 150 -> 140 at hour 92, then 140 -> 168 at hour 94: an increase 12 h after the start
        pytest.param([first_step(), at(3, "20:00", daily_dose_ug=140), at(3, "22:00", daily_dose_ug=168),
                      at(7, phase="maintenance")], "error", id="ITB-INIT-2-increase-after-reduction-at-12h"),
    ],
)
def test_no_increase_in_first_24h(check, steps, outcome):
    expect(check(plan(infusion=steps)), "ITB-INIT-2", outcome)


def test_no_increase_in_first_24h_not_applicable_to_history_plan(check):
    # In a plan this would break ITB-INIT-2 (an increase 12 h after the first step); a history plan is
    # already past the start. 300 -> 270 (-10%) at hour 8, 270 -> 300 (+11.1%) at hour 20; the last
    # increase was at hour -72 (ITB-TITR-2: 92 h).
    doc = history_plan(infusion=[hstep(0, "08:00", dose=270, phase="maintenance"),
                                 hstep(0, "20:00", dose=300, phase="maintenance")])
    expect(check(doc), "ITB-INIT-2", "n/a")


# ===========================================================================
# ITB-TITR-1: increase per change within the patient's limit
# ===========================================================================

# 150 (titration, hour 82) -> second step at hour 106 in `phase`. A step past the limit also breaks
# ITB-TITR-3: the window [106, 130) delivers the new dose against 150 in [82, 106).
TITR1_CASES = [
    # (id, patient, phase of the second step, allowed dose, smallest step past it)
    ("adult-spinal-titration-30pct", ADULT_SPINAL, "titration", 195, 195.01),
    ("adult-spinal-maintenance-30pct", ADULT_SPINAL, "maintenance", 195, 195.01),
    ("child-spinal-titration-15pct", CHILD_SPINAL, "titration", 172.5, 172.51),
    ("child-spinal-maintenance-15pct", CHILD_SPINAL, "maintenance", 172.5, 172.51),
    ("adult-cerebral-titration-15pct", ADULT_CEREBRAL, "titration", 172.5, 172.51),
    ("adult-cerebral-maintenance-20pct", ADULT_CEREBRAL, "maintenance", 180, 180.01),
    ("child-cerebral-titration-15pct", CHILD_CEREBRAL, "titration", 172.5, 172.51),
    ("child-cerebral-maintenance-15pct", CHILD_CEREBRAL, "maintenance", 172.5, 172.51),
    ("age-18-is-adult-30pct", {**ADULT_SPINAL, "age_years": 18}, "titration", 195, 195.01),
    ("age-17.99-is-child-15pct", {**ADULT_SPINAL, "age_years": 17.99}, "titration", 172.5, 172.51),
]


@pytest.mark.parametrize(
    "patient, phase, dose, outcome",
    [
        p
        for name, patient, phase, allowed, past in TITR1_CASES
        for p in (
            pytest.param(patient, phase, allowed, "ok", id=f"ITB-TITR-1-{name}-{allowed}-ok"),
            pytest.param(patient, phase, past, "error", id=f"ITB-TITR-1-{name}-{past}"),
        )
    ],
)
def test_increase_limit(check, patient, phase, dose, outcome):
    result = check(ramp_plan([150, dose], phases=[None, phase], patient=patient))
    if outcome == "ok":
        assert_holds(result, "ITB-TITR-1")
        assert "ITB-TITR-3" in result.proved, show(result)
    else:
        assert_error(result, "ITB-TITR-1", "ITB-TITR-3")
        assert [f.at_h for f in findings_of(result, "ITB-TITR-1")] == [106], show(result)


def test_increase_limit_adult_cerebral_titration_20pct_fails(check):
    # cerebral adult: 20% is allowed only when the new step is in maintenance; a titration step keeps 15%
    result = check(ramp_plan([150, 180], phases=["maintenance", "titration"], patient=ADULT_CEREBRAL))
    assert_error(result, "ITB-TITR-1", "ITB-TITR-3")


def test_increase_limit_adult_spinal_35pct_fails(check):
    assert_error(check(ramp_plan([150, 202.5])), "ITB-TITR-1", "ITB-TITR-3")


@pytest.mark.parametrize(
    "dose, outcome",
    [
        pytest.param(259, "ok", id="ITB-TITR-1-emergency-same-dose-ok"),
        pytest.param(200, "ok", id="ITB-TITR-1-emergency-lower-dose-ok"),
        # +0.0039%: far inside 30%, but an emergency change never increases the dose
        pytest.param(259.01, "error", id="ITB-TITR-1-emergency-259.01"),
    ],
)
def test_emergency_step_never_increases(check, dose, outcome):
    # base plan (259 ug/day maintenance) -> emergency step at day 8 10:00 -> maintenance at the same dose
    doc = plan()
    doc["infusion"] += [at(8, phase="emergency", daily_dose_ug=dose), at(9, phase="maintenance", daily_dose_ug=dose)]
    expect(check(doc), "ITB-TITR-1", outcome)


@pytest.mark.parametrize(
    "dose, outcome",
    [
        # 259 -> emergency 200 (day 8 10:00) -> maintenance on day 9 10:00: the step after an emergency
        # change (not a stop) is an ordinary change from 200: at most 1.3 x 200 = 260. The plan ends on
        # day 12, so the window [226, 250) (against [202, 226) at 200) lies inside the run.
        pytest.param(260, "ok", id="ITB-TITR-1-after-emergency-change-260-ok"),
        pytest.param(260.01, "error", id="ITB-TITR-1-after-emergency-change-260.01"),
    ],
)
def test_increase_after_emergency_change(check, dose, outcome):
    doc = plan(end={"day": 12})
    doc["infusion"] += [at(8, phase="emergency", daily_dose_ug=200), at(9, phase="maintenance", daily_dose_ug=dose)]
    result = check(doc)
    if outcome == "ok":
        assert_holds(result, "ITB-TITR-1")
    else:
        assert_error(result, "ITB-TITR-1", "ITB-TITR-3")


@pytest.mark.parametrize(
    "dose, outcome",
    [
        # the first infusion step of a history plan is a change from the history step (300 ug/day):
        # 300 -> 390 is +30%; hour 8 is 80 h after the last increase at -72
        pytest.param(390, "ok", id="ITB-TITR-1-history-390-ok"),
        pytest.param(390.01, "error", id="ITB-TITR-1-history-390.01"),
    ],
)
def test_increase_limit_from_history(check, dose, outcome):
    result = check(history_plan(infusion=[hstep(0, "08:00", dose=dose, phase="maintenance")]))
    if outcome == "ok":
        assert_holds(result, "ITB-TITR-1")
    else:
        assert_error(result, "ITB-TITR-1", "ITB-TITR-3")


# ===========================================================================
# ITB-TITR-2: increases at least 24 h apart (48 h with a non-programmable pump)
# ===========================================================================

NON_PROGRAMMABLE = {"programmable": False, "reservoir_ml": 20, "low_reservoir_alarm_ml": 2}


@pytest.mark.parametrize(
    "steps, pump, outcome",
    [
        # base plan: increases at hours 106, 130, 154: 24 h apart
        pytest.param(None, None, "ok", id="ITB-TITR-2-programmable-24h-ok"),
        # 216 at day 5 09:59 = hour 129.983: 23 h 59 min after the increase at hour 106
        pytest.param([first_step(), at(4, daily_dose_ug=180), at(5, "09:59", daily_dose_ug=216),
                      at(6, daily_dose_ug=259), at(7, phase="maintenance")], None, "error",
                     id="ITB-TITR-2-programmable-23h59"),
        # a reduction between two increases does not restart the clock:
        # +20% at hour 106, -5.6% at hour 116, +11.8% at hour 130 (24 h after 106)
        pytest.param([first_step(), at(4, daily_dose_ug=180), at(4, "20:00", daily_dose_ug=170),
                      at(5, daily_dose_ug=190), at(7, phase="maintenance")], None, "ok",
                     id="ITB-TITR-2-reduction-between-24h-ok"),
        pytest.param([first_step(), at(4, daily_dose_ug=180), at(4, "20:00", daily_dose_ug=170),
                      at(5, "09:59", daily_dose_ug=190), at(7, phase="maintenance")], None, "error",
                     id="ITB-TITR-2-reduction-between-23h59"),
        # non-programmable pump: increases at hours 130 and 178, 48 h apart
        pytest.param([first_step(), at(5, daily_dose_ug=180), at(7, daily_dose_ug=216), at(9, phase="maintenance")],
                     NON_PROGRAMMABLE, "ok", id="ITB-TITR-2-non-programmable-48h-ok"),
        # 216 at day 7 09:59: 47 h 59 min after the increase at hour 130
        pytest.param([first_step(), at(5, daily_dose_ug=180), at(7, "09:59", daily_dose_ug=216),
                      at(9, phase="maintenance")],
                     NON_PROGRAMMABLE, "error", id="ITB-TITR-2-non-programmable-47h59"),
        # the base plan's daily increases (24 h apart) with a non-programmable pump
        pytest.param(None, NON_PROGRAMMABLE, "error", id="ITB-TITR-2-non-programmable-24h"),
    ],
)
def test_increase_spacing(check, steps, pump, outcome):
    doc = plan(infusion=steps)
    if pump is not None:
        doc["pump"] = dict(pump)
    expect(check(doc), "ITB-TITR-2", outcome)


@pytest.mark.parametrize(
    "programmable, last_increase_h, outcome",
    [
        # 300 -> 330 (+10%) at hour 0 (day 0 00:00)
        pytest.param(True, -24, "ok", id="ITB-TITR-2-history-24h-ok"),
        pytest.param(True, -23.99, "error", id="ITB-TITR-2-history-23.99h"),
        pytest.param(False, -48, "ok", id="ITB-TITR-2-history-non-programmable-48h-ok"),
        pytest.param(False, -47.99, "error", id="ITB-TITR-2-history-non-programmable-47.99h"),
    ],
)
def test_increase_spacing_from_history(check, programmable, last_increase_h, outcome):
    doc = history_plan(history={"last_increase_h": last_increase_h}, infusion=[hstep(0, dose=330, phase="maintenance")])
    doc["pump"]["programmable"] = programmable
    expect(check(doc), "ITB-TITR-2", outcome)


@pytest.mark.parametrize(
    "time, outcome",
    [
        # last increase at hour -10; 300 -> 270 at hour 0 (not an increase); 270 -> 297 (+10%) at
        # hour 14 (day 0 14:00): 24 h after the last increase
        pytest.param("14:00", "ok", id="ITB-TITR-2-history-increase-on-second-step-24h-ok"),
        # ... at day 0 13:59: 23 h 59 min after it
        pytest.param("13:59", "error", id="ITB-TITR-2-history-increase-on-second-step-23h59"),
    ],
)
def test_increase_spacing_from_history_on_later_step(check, time, outcome):
    doc = history_plan(history={"last_increase_h": -10},
                       infusion=[hstep(0, dose=270, phase="maintenance"),
                                 hstep(0, time, dose=297, phase="maintenance")])
    expect(check(doc), "ITB-TITR-2", outcome)


def test_increase_spacing_history_reduction_is_not_an_increase(check):
    # last increase 1 h before the plan; a reduction at hour 0 is not an increase
    doc = history_plan(history={"last_increase_h": -1}, infusion=[hstep(0, dose=270, phase="maintenance")])
    assert_holds(check(doc), "ITB-TITR-2")


# ===========================================================================
# ITB-TITR-3: the increase limit on the delivery timeline, every 24-hour window
# ===========================================================================


def bolus(day: int, time: str, dose: Any, via: str = "pump", **extra: Any) -> dict[str, Any]:
    return {"day": day, "time": time, "dose_ug": dose, "via": via, **extra}


def test_titr3_thirty_percent_step_ok(check):
    # 150 -> 195 at hour 106: W = [106, 130) delivers 195 = 1.3 x 150 (P = [82, 106)). Other windows
    # mix 150 and 195 (before 106) or 195 and 216 against a P of 150..195, all <= 1.3.
    result = check(ramp_plan([150, 195, 216, 259, 259], phases=[None, None, None, None, "maintenance"]))
    assert_holds(result, "ITB-TITR-3")


@pytest.mark.parametrize(
    "dose, outcome",
    [
        # 150 at hour 82, 180 (+20%) at hour 106, a pump bolus at day 4 12:00 (hour 108).
        # W = [106, 130): 180 + 15 = 195; P = [82, 106): 150; 195 = 1.3 x 150 -> allowed.
        # (For t in (84, 106) P is not wholly in the run: W = 150(106-t)/24 + 180(t-82)/24 + 15 <= 195
        # against 150; for t in (106, 108] P grows above 150 while W stays 195.)
        pytest.param(15, "ok", id="ITB-TITR-3-bolus-15-on-20pct-step-ok"),
        # 180 + 15.01 = 195.01 > 195
        pytest.param(15.01, "error", id="ITB-TITR-3-bolus-15.01-on-20pct-step"),
    ],
)
def test_titr3_bolus_on_top_of_increase(check, dose, outcome):
    doc = plan(infusion=[first_step(), at(4, daily_dose_ug=180), at(7, phase="maintenance")],
               boluses=[bolus(4, "12:00", dose)])
    expect(check(doc), "ITB-TITR-3", outcome)


@pytest.mark.parametrize(
    "dose, outcome",
    [
        # 150 ug/day only; bolus at day 3 11:00 (hour 83), in the first 24 h of the run.
        # W = [82, 106): 150 + 45 = 195; P = [58, 82) is outside the run, so the reference is the
        # daily dose in force at 82: 150; 195 = 1.3 x 150 -> allowed. Windows from t in (82, 83]
        # also hold 195 (constant infusion).
        pytest.param(45, "ok", id="ITB-TITR-3-bolus-45-first-day-ok"),
        # 150 + 45.01 = 195.01 > 195
        pytest.param(45.01, "error", id="ITB-TITR-3-bolus-45.01-first-day"),
    ],
)
def test_titr3_bolus_in_first_window_of_run(check, dose, outcome):
    doc = plan(infusion=[first_step(), at(7, phase="maintenance")], boluses=[bolus(3, "11:00", dose)])
    expect(check(doc), "ITB-TITR-3", outcome)


@pytest.mark.parametrize(
    "second, outcome",
    [
        # 150 ug/day; boluses at day 5 09:00 (hour 129) and day 5 20:00 (hour 140).
        # W = [t, t + 24) for t in (116, 129] holds both: 150 + 22.5 + 22.5 = 195; P = [t-24, t) lies in
        # the run (t - 24 >= 82) and holds no bolus: 150; 195 = 1.3 x 150 -> allowed.
        pytest.param(22.5, "ok", id="ITB-TITR-3-two-boluses-45-ok"),
        # 150 + 22.5 + 22.51 = 195.01 > 195
        pytest.param(22.51, "error", id="ITB-TITR-3-two-boluses-45.01"),
    ],
)
def test_titr3_two_boluses_in_one_window(check, second, outcome):
    doc = plan(infusion=[first_step(), at(7, phase="maintenance")],
               boluses=[bolus(5, "09:00", 22.5), bolus(5, "20:00", second)])
    expect(check(doc), "ITB-TITR-3", outcome)


@pytest.mark.parametrize(
    "dose, outcome",
    [
        # history: 300 ug/day since hour -72; bolus at day 0 10:00 (hour 10).
        # W = [t, t + 24) for t in (-14, 10]: 300 + 90 = 390; P = 300 (in the run since -72);
        # 390 = 1.3 x 300 -> allowed.
        pytest.param(90, "ok", id="ITB-TITR-3-history-bolus-90-ok"),
        pytest.param(90.01, "error", id="ITB-TITR-3-history-bolus-90.01"),
    ],
)
def test_titr3_bolus_in_history_plan(check, dose, outcome):
    doc = history_plan(boluses=[bolus(0, "10:00", dose)], end={"day": 3})
    expect(check(doc), "ITB-TITR-3", outcome)


@pytest.mark.parametrize(
    "extra_steps, outcome",
    [
        # cerebral adult: 150 maintenance (hour 82) -> 180 maintenance (hour 106): +20%, the
        # maintenance limit, so W = [106, 130) = 180 = 1.2 x 150 -> allowed.
        pytest.param([], "ok", id="ITB-TITR-3-cerebral-maintenance-20pct-ok"),
        # ... then the same 180 in phase titration at day 4 20:00 (hour 116): not an increase, so
        # ITB-TITR-1 holds; but for W = [106, 130) the phase in force just before 130 is titration,
        # p = 15%: 180 > 1.15 x 150 = 172.5 -> ITB-TITR-3.
        pytest.param([at(4, "20:00", phase="titration")], "error", id="ITB-TITR-3-cerebral-phase-switch-to-titration"),
        # ... the titration step at day 5 16:00 (hour 136) instead: windows ending after 136 start after
        # 112; for t in [112, 130) P = 150(130-t)/24 + 180(t-106)/24 >= 150 + 30*6/24 = 157.5 and
        # W = 180 <= 1.15 x 157.5 = 181.125; for t >= 130 P = W = 180 -> allowed.
        pytest.param([at(5, "16:00", phase="titration")], "ok", id="ITB-TITR-3-cerebral-late-switch-to-titration-ok"),
    ],
)
def test_titr3_phase_in_force_at_window_end(check, extra_steps, outcome):
    steps = [first_step(phase="maintenance"), at(4, daily_dose_ug=180)] + extra_steps
    expect(check(plan(patient=ADULT_CEREBRAL, infusion=steps)), "ITB-TITR-3", outcome)


def flex_switch_plan(a_low: Any, a_high: Any, b_low: Any, b_high: Any) -> dict[str, Any]:
    """A child (spinal, 15% in maintenance) switches between two flex schedules on day 3 at 10:00.

    History: 138.6 ug/day continuous, maintenance. Flex A from day 1 10:00 (hour 34): a_high from
    10:00 to 22:00, a_low from 22:00 to 10:00. Flex B from day 3 10:00 (hour 82): b_low from 10:00
    to 22:00, b_high from 22:00 to 10:00.
    """
    return history_plan(
        history={"daily_dose_ug": 138.6},
        patient=CHILD_SPINAL,
        infusion=[
            hstep(1, "10:00", phase="maintenance", mode="flex",
                  steps=[{"start": "10:00", "dose_ug_h": a_high}, {"start": "22:00", "dose_ug_h": a_low}]),
            at(3, "10:00", steps=[{"start": "10:00", "dose_ug_h": b_low}, {"start": "22:00", "dose_ug_h": b_high}]),
        ],
        end={"day": 6},
    )


def test_titr3_flex_switch_at_limit_ok(check):
    # A: 5.25 / 6.3 ug/h (ratio 1.2), 12 h each: 138.6 ug/day. B: 5.75 / 6.9 (ratio 1.2): 151.8 ug/day,
    # +9.5% (ITB-TITR-1 holds). The window W = [94, 118) (from day 3 22:00) is all B: 151.8. Its P =
    # [70, 94) holds A's low half (22:00-10:00, 12 x 5.25 = 63) and B's low half (10:00-22:00,
    # 12 x 5.75 = 69): 132, the least P of any window; 151.8 = 1.15 x 132 -> allowed.
    result = check(flex_switch_plan(5.25, 6.3, 5.75, 6.9))
    assert_holds(result, "ITB-TITR-3")


def test_titr3_flex_switch_past_limit(check):
    # A: 5.2499 / 6.29988 (ratio exactly 1.2): 138.59736 ug/day; B as above: 151.8 (+9.5%).
    # P = [70, 94) = 12 x 5.2499 + 69 = 131.9988; 1.15 x 131.9988 = 151.79862 < 151.8 -> ITB-TITR-3,
    # though every daily-dose change is within ITB-TITR-1 and both schedules within ITB-PUMP-2.
    result = check(flex_switch_plan(5.2499, 6.29988, 5.75, 6.9))
    assert_error(result, "ITB-TITR-3")


def test_titr3_window_across_a_stop_is_not_compared(check):
    # Restart after an emergency stop (hour 178) at 150 on day 9 10:00 (hour 226): windows lie wholly
    # in one run, so the restart run's first window [226, 250) is compared with the dose in force at
    # 226 (150), not with the 0 ug delivered before it -> allowed.
    doc = plan()
    doc["infusion"] += [at(8, phase="emergency", daily_dose_ug=0), at(9, phase="maintenance", daily_dose_ug=150)]
    doc["end"] = {"day": 12}
    assert_holds(check(doc), "ITB-TITR-3")


# ===========================================================================
# ITB-DOSE-1: programmed daily dose above 1000 ug (warning)
# ===========================================================================


@pytest.mark.parametrize(
    "dose, outcome",
    [
        # history 900 -> 1000 (+11.1%) at day 1 00:00
        pytest.param(1000, "ok", id="ITB-DOSE-1-1000-ok"),
        pytest.param(1000.01, "warning", id="ITB-DOSE-1-1000.01"),
    ],
)
def test_daily_dose_above_1000(check, dose, outcome):
    doc = history_plan(history={"daily_dose_ug": 900}, infusion=[hstep(1, dose=dose, phase="maintenance")])
    expect(check(doc), "ITB-DOSE-1", outcome)


def test_daily_dose_above_1000_program(check):
    # 1000.01 ug/day of 2000 ug/mL = 0.5 mL/day; 10 days to the refill: 5 mL of 18.5
    doc = program(previous={"daily_dose_ug": 1000}, new={"daily_dose_ug": 1000.01}, reservoir={"next_refill_h": 240})
    assert_warning(check(doc), "ITB-DOSE-1")


# ===========================================================================
# ITB-DOSE-2: maintenance dose outside the studied range (warning)
# ===========================================================================


def maintenance_plan(patient: dict[str, Any], before: Any, dose: Any) -> dict[str, Any]:
    """History in titration at `before` ug/day; a maintenance step at `dose` on day 1 00:00."""
    return history_plan(history={"daily_dose_ug": before, "phase": "titration"}, patient=patient,
                        infusion=[hstep(1, dose=dose, phase="maintenance")])


@pytest.mark.parametrize(
    "patient, before, dose, outcome",
    [
        pytest.param(ADULT_SPINAL, 12.5, 12, "ok", id="ITB-DOSE-2-spinal-12-ok"),
        pytest.param(ADULT_SPINAL, 12.5, 11.99, "warning", id="ITB-DOSE-2-spinal-11.99"),
        pytest.param(ADULT_SPINAL, 1950, 2003, "ok", id="ITB-DOSE-2-spinal-2003-ok"),
        pytest.param(ADULT_SPINAL, 1950, 2003.01, "warning", id="ITB-DOSE-2-spinal-2003.01"),
        pytest.param(ADULT_CEREBRAL, 22.5, 22, "ok", id="ITB-DOSE-2-cerebral-22-ok"),
        pytest.param(ADULT_CEREBRAL, 22.5, 21.99, "warning", id="ITB-DOSE-2-cerebral-21.99"),
        pytest.param(ADULT_CEREBRAL, 1350, 1400, "ok", id="ITB-DOSE-2-cerebral-1400-ok"),
        pytest.param(ADULT_CEREBRAL, 1350, 1400.01, "warning", id="ITB-DOSE-2-cerebral-1400.01"),
        # a child's first maintenance dose: 35 to 200
        pytest.param(CHILD_SPINAL, 36, 35, "ok", id="ITB-DOSE-2-child-35-ok"),
        pytest.param(CHILD_SPINAL, 36, 34.99, "warning", id="ITB-DOSE-2-child-34.99"),
        pytest.param(CHILD_SPINAL, 190, 200, "ok", id="ITB-DOSE-2-child-200-ok"),
        pytest.param(CHILD_SPINAL, 190, 200.01, "warning", id="ITB-DOSE-2-child-200.01"),
        pytest.param(CHILD_CEREBRAL, 190, 200.01, "warning", id="ITB-DOSE-2-child-cerebral-200.01"),
        pytest.param({**CHILD_SPINAL, "age_years": 17.99}, 36, 34.99, "warning", id="ITB-DOSE-2-age-17.99-child-34.99"),
        pytest.param({**CHILD_SPINAL, "age_years": 18}, 36, 34.99, "ok", id="ITB-DOSE-2-age-18-adult-34.99-ok"),
    ],
)
def test_maintenance_range(check, patient, before, dose, outcome):
    result = check(maintenance_plan(patient, before, dose))
    if outcome == "ok":
        assert "ITB-DOSE-2" not in warnings(result), show(result)
        assert "ITB-DOSE-2" in result.proved, show(result)
        assert errors(result) == set(), show(result)
    else:
        assert_warning(result, "ITB-DOSE-2")


def test_maintenance_range_only_first_maintenance_dose_of_child(check):
    # child: first maintenance dose 190, then 210 (+10.5%) two days later: only the first is held to 35-200
    doc = history_plan(history={"daily_dose_ug": 180, "phase": "titration"}, patient=CHILD_SPINAL,
                       infusion=[hstep(1, dose=190, phase="maintenance"), hstep(3, dose=210, phase="maintenance")])
    result = check(doc)
    assert "ITB-DOSE-2" not in warnings(result), show(result)
    assert result.verdict == "safe", show(result)


def test_maintenance_range_not_for_titration(check):
    # 11.99 ug/day in phase titration is outside no studied maintenance range
    doc = history_plan(history={"daily_dose_ug": 12.5, "phase": "titration"},
                       infusion=[hstep(1, dose=11.99, phase="titration")])
    assert "ITB-DOSE-2" not in warnings(check(doc))


# ===========================================================================
# ITB-STOP-1: gradual reductions; a stop only at the end of a taper
# ===========================================================================


@pytest.mark.parametrize(
    "dose, outcome",
    [
        # base plan maintenance 259 -> 207.2 on day 8 10:00: -20% exactly (259 x 0.8 = 207.2)
        pytest.param(207.2, "ok", id="ITB-STOP-1-plan-minus-20pct-ok"),
        # 207.17: -20.0116%
        pytest.param(207.17, "error", id="ITB-STOP-1-plan-minus-20.01pct"),
    ],
)
def test_reduction_limit_plan(check, dose, outcome):
    doc = plan()
    doc["infusion"].append(at(8, daily_dose_ug=dose))
    expect(check(doc), "ITB-STOP-1", outcome)


@pytest.mark.parametrize(
    "phase, dose, outcome",
    [
        # history 250 -> 200 at day 1 00:00: -20%
        pytest.param("maintenance", 200, "ok", id="ITB-STOP-1-history-minus-20pct-ok"),
        # 250 x 0.7999 = 199.975: -20.01%
        pytest.param("maintenance", 199.975, "error", id="ITB-STOP-1-history-minus-20.01pct"),
        # a taper step that is not followed by a stop is still a reduction
        pytest.param("taper", 199.975, "error", id="ITB-STOP-1-history-taper-minus-20.01pct"),
        # emergency: exempt from the reduction limit
        pytest.param("emergency", 100, "ok", id="ITB-STOP-1-history-emergency-minus-60pct-ok"),
    ],
)
def test_reduction_limit_history(check, phase, dose, outcome):
    steps = [hstep(1, dose=dose, phase=phase)]
    if phase == "emergency":
        steps.append(hstep(2, dose=100, phase="maintenance"))
    doc = history_plan(history={"daily_dose_ug": 250}, infusion=steps)
    expect(check(doc), "ITB-STOP-1", outcome)


def taper_plan(
    steps: list[tuple[int, str, Any]], stop: tuple[int, str], history: dict[str, Any] | None = None
) -> dict[str, Any]:
    """History 250 ug/day maintenance; taper steps (day, time, dose) then a stop at (day, time)."""
    infusion = [hstep(d, t, dose=dose, phase="taper") for d, t, dose in steps]
    infusion.append(at(stop[0], stop[1], phase="stop"))
    return history_plan(history={"daily_dose_ug": 250, **(history or {})}, infusion=infusion, end={"day": stop[0] + 2})


# A taper that satisfies every ITB-STOP-1 condition exactly at its limits:
#   hour 0 (day 0 00:00) 225 (-10%), hour 96 180 (-20%), hour 192 144 (-20%), hour 288 129.6 (-10%),
#   stop at hour 336 (day 14 00:00): steps 96 h apart, stop 48 h after the last, 336 h after the first.
TAPER = [(0, "00:00", 225), (4, "00:00", 180), (8, "00:00", 144), (12, "00:00", 129.6)]


@pytest.mark.parametrize(
    "steps, stop, outcome",
    [
        pytest.param(TAPER, (14, "00:00"), "ok", id="ITB-STOP-1-taper-at-limits-ok"),
        # last taper step 144 -> 129.61: -9.993%, less than 10%
        pytest.param(TAPER[:3] + [(12, "00:00", 129.61)], (14, "00:00"), "error", id="ITB-STOP-1-taper-step-9.99pct"),
        # last taper step 144 -> 115.2: -20% exactly
        pytest.param(TAPER[:3] + [(12, "00:00", 115.2)], (14, "00:00"), "ok", id="ITB-STOP-1-taper-step-20pct-ok"),
        # 144 -> 115.19: -20.007%
        pytest.param(TAPER[:3] + [(12, "00:00", 115.19)], (14, "00:00"), "error", id="ITB-STOP-1-taper-step-20.01pct"),
        # third taper step at day 8 00:01: 96 h 1 min after the second
        pytest.param(TAPER[:2] + [(8, "00:01", 144)] + TAPER[3:], (14, "00:00"), "error",
                     id="ITB-STOP-1-taper-gap-96h01"),
        # last taper step at hour 240, stop at hour 336: 96 h -> allowed
        pytest.param(TAPER[:3] + [(10, "00:00", 129.6)], (14, "00:00"), "ok", id="ITB-STOP-1-stop-96h-after-last-ok"),
        # stop at day 14 00:01: 96 h 1 min after the last taper step
        pytest.param(TAPER[:3] + [(10, "00:00", 129.6)], (14, "00:01"), "error", id="ITB-STOP-1-stop-96h01-after-last"),
    ],
)
def test_taper_then_stop(check, steps, stop, outcome):
    expect(check(taper_plan(steps, stop)), "ITB-STOP-1", outcome)


def test_taper_too_short(check):
    # first taper step at day 0 00:01, stop at day 14 00:00: 335 h 59 min (< 336 h); also under 2 weeks
    result = check(taper_plan([(0, "00:01", 225)] + TAPER[1:], (14, "00:00")))
    assert_error(result, "ITB-STOP-1")
    assert "ITB-STOP-3" in warnings(result), show(result)


def test_taper_interrupted_by_maintenance_step(check):
    # a maintenance step (no change of dose) at hour 192: the taper before the stop is only the
    # step at hour 288, 48 h before the stop (< 336 h)
    infusion = [hstep(0, dose=225, phase="taper"), hstep(4, dose=180, phase="taper"),
                hstep(8, dose=180, phase="maintenance"), hstep(12, dose=144, phase="taper"),
                at(14, "00:00", phase="stop")]
    result = check(history_plan(history={"daily_dose_ug": 250}, infusion=infusion, end={"day": 16}))
    assert "ITB-STOP-1" in errors(result), show(result)
    assert result.verdict == "unsafe"


@pytest.mark.parametrize(
    "history_phase, outcome",
    [
        # history in taper since hour -96 (250 ug/day): the taper runs from -96 to the stop at hour 240
        # (336 h); -96 -> 0 -> 96 -> 192 -> 240 are all <= 96 h apart -> allowed
        pytest.param("taper", "ok", id="ITB-STOP-1-history-taper-counts-ok"),
        # the same steps after a maintenance history: the taper lasts 240 h (< 336 h)
        pytest.param("maintenance", "error", id="ITB-STOP-1-history-maintenance-taper-240h"),
    ],
)
def test_taper_from_history(check, history_phase, outcome):
    doc = taper_plan([(0, "00:00", 225), (4, "00:00", 180), (8, "00:00", 144)], (10, "00:00"),
                     history={"phase": history_phase, "last_increase_h": -400, "since_h": -96})
    result = check(doc)
    if outcome == "ok":
        assert_holds(result, "ITB-STOP-1")
    else:
        assert_error(result, "ITB-STOP-1")
        assert "ITB-STOP-3" in warnings(result)


@pytest.mark.parametrize(
    "step, outcome",
    [
        pytest.param({"phase": "stop"}, "error", id="ITB-STOP-1-abrupt-stop"),
        pytest.param({"phase": "emergency", "daily_dose_ug": 0}, "ok", id="ITB-STOP-1-emergency-stop-ok"),
    ],
)
def test_abrupt_stop(check, step, outcome):
    doc = plan()
    doc["infusion"].append(at(8, **step))
    expect(check(doc), "ITB-STOP-1", outcome)


def test_abrupt_stop_history_plan(check):
    expect(check(history_plan(infusion=[at(1, "00:00", phase="stop")])), "ITB-STOP-1", "error")


# ===========================================================================
# ITB-STOP-2: restart at no more than the first daily dose; no increase in its first 24 h
# ===========================================================================

# The conformance case taper-then-stop (first daily dose 150, stop at day 22 10:00), restarted on
# day 30 at 10:00 (hour 730).
TAPER_THEN_STOP = [
    first_step(rate_ml_day=0.3), at(4, daily_dose_ug=180), at(5, daily_dose_ug=216), at(6, daily_dose_ug=259),
    at(7, phase="maintenance"), at(8, phase="taper", daily_dose_ug=210), at(10, phase="taper", daily_dose_ug=172),
    at(12, phase="taper", daily_dose_ug=141), at(14, phase="taper", daily_dose_ug=116),
    at(16, phase="taper", daily_dose_ug=95), at(18, phase="taper", daily_dose_ug=78),
    at(20, phase="taper", daily_dose_ug=64), at(22, phase="stop"),
]


def restart_plan(*after_stop: dict[str, Any]) -> dict[str, Any]:
    return plan(infusion=TAPER_THEN_STOP + list(after_stop), end={"day": 33})


@pytest.mark.parametrize(
    "steps, outcome",
    [
        pytest.param([at(30, phase="maintenance", mode="continuous", daily_dose_ug=150)], "ok",
                     id="ITB-STOP-2-restart-at-first-dose-ok"),
        pytest.param([at(30, phase="maintenance", mode="continuous", daily_dose_ug=150.01)], "error",
                     id="ITB-STOP-2-restart-at-150.01"),
        # restart at 150, increase to 165 (+10%) at day 31 10:00: 24 h after the restart
        pytest.param([at(30, phase="maintenance", mode="continuous", daily_dose_ug=150),
                      at(31, daily_dose_ug=165)], "ok",
                     id="ITB-STOP-2-increase-24h-after-restart-ok"),
        # ... at day 31 09:59: 23 h 59 min after the restart
        pytest.param([at(30, phase="maintenance", mode="continuous", daily_dose_ug=150),
                      at(31, "09:59", daily_dose_ug=165)],
                     "error", id="ITB-STOP-2-increase-23h59-after-restart"),
    ],
)
def test_restart_after_taper(check, steps, outcome):
    expect(check(restart_plan(*steps)), "ITB-STOP-2", outcome)


@pytest.mark.parametrize(
    "dose, outcome",
    [
        pytest.param(150, "ok", id="ITB-STOP-2-restart-after-emergency-stop-ok"),
        pytest.param(150.01, "error", id="ITB-STOP-2-restart-after-emergency-stop-150.01"),
    ],
)
def test_restart_after_emergency_stop(check, dose, outcome):
    doc = plan(end={"day": 12})
    doc["infusion"] += [at(8, phase="emergency", daily_dose_ug=0), at(10, phase="maintenance", daily_dose_ug=dose)]
    expect(check(doc), "ITB-STOP-2", outcome)


@pytest.mark.parametrize(
    "dose, outcome",
    [
        # history.first_daily_dose_ug = 150 (the running dose is 300)
        pytest.param(150, "ok", id="ITB-STOP-2-history-restart-at-first-dose-ok"),
        pytest.param(150.01, "error", id="ITB-STOP-2-history-restart-at-150.01"),
        pytest.param(300, "error", id="ITB-STOP-2-history-restart-at-previous-dose"),
    ],
)
def test_restart_history_plan(check, dose, outcome):
    doc = history_plan(infusion=[hstep(1, dose=0, phase="emergency"), hstep(2, dose=dose, phase="maintenance")])
    expect(check(doc), "ITB-STOP-2", outcome)


# ===========================================================================
# ITB-STOP-3: a taper ending in a stop lasts 2 to 4 weeks (warning)
# ===========================================================================

# History 250; taper steps (each 10%-20% lower, at most 96 h apart) from hour 0:
# 225 (-10%), 200 (-11.1%), 175 (-12.5%), 150 (-14.3%), 125 (-16.7%), 100 (-20%), 80 (-20%), 64 (-20%)
LONG_TAPER = [(0, "00:00", 225), (4, "00:00", 200), (8, "00:00", 175), (12, "00:00", 150),
              (16, "00:00", 125), (20, "00:00", 100), (24, "00:00", 80), (25, "00:00", 64)]


@pytest.mark.parametrize(
    "steps, stop, outcome",
    [
        # 14 days exactly (hour 0 -> hour 336)
        pytest.param(TAPER, (14, "00:00"), "ok", id="ITB-STOP-3-14-days-ok"),
        # 28 days exactly (hour 0 -> hour 672); the stop is 72 h after the last taper step
        pytest.param(LONG_TAPER, (28, "00:00"), "ok", id="ITB-STOP-3-28-days-ok"),
        # 28 days and 1 minute
        pytest.param(LONG_TAPER, (28, "00:01"), "warning", id="ITB-STOP-3-28-days-1-min"),
    ],
)
def test_taper_duration(check, steps, stop, outcome):
    result = check(taper_plan(steps, stop))
    if outcome == "ok":
        assert_holds(result, "ITB-STOP-3")
        assert "ITB-STOP-1" in result.proved
    else:
        assert_warning(result, "ITB-STOP-3")


# ===========================================================================
# ITB-PUMP-1: flex schedules only in maintenance
# ITB-PUMP-2: flex steps at most 20% above the lowest
# ===========================================================================


def flex_plan(schedule: list[tuple[str, Any]], phase: str | None = None) -> dict[str, Any]:
    """Base plan (259 ug/day maintenance from day 7) with a flex step on day 9 at 10:00."""
    doc = plan(end={"day": 12})
    step = at(9, mode="flex", steps=[{"start": s, "dose_ug_h": r} for s, r in schedule])
    if phase:
        step["phase"] = phase
    doc["infusion"].append(step)
    return doc


@pytest.mark.parametrize(
    "phase, outcome",
    [
        # 07:00-22:00 at 10 ug/h, 22:00-07:00 at 12 ug/h: 258 ug/day (259 before)
        pytest.param("maintenance", "ok", id="ITB-PUMP-1-flex-in-maintenance-ok"),
        pytest.param("titration", "error", id="ITB-PUMP-1-flex-in-titration"),
        pytest.param("taper", "error", id="ITB-PUMP-1-flex-in-taper"),
    ],
)
def test_flex_only_in_maintenance(check, phase, outcome):
    expect(check(flex_plan([("07:00", 10), ("22:00", 12)], phase)), "ITB-PUMP-1", outcome)


@pytest.mark.parametrize(
    "schedule, outcome",
    [
        # 12 / 10 = 1.2
        pytest.param([("07:00", 10), ("22:00", 12)], "ok", id="ITB-PUMP-2-ratio-1.2-ok"),
        # 12.001 / 10 = 1.2001
        pytest.param([("07:00", 10), ("22:00", 12.001)], "error", id="ITB-PUMP-2-ratio-1.2001"),
        # highest against lowest, not against the neighbouring step: 10, 11, 12 (264 ug/day)
        pytest.param([("00:00", 10), ("08:00", 11), ("16:00", 12)], "ok", id="ITB-PUMP-2-three-steps-1.2-ok"),
        pytest.param([("00:00", 10), ("08:00", 11), ("16:00", 12.001)], "error", id="ITB-PUMP-2-three-steps-1.2001"),
        # the wrap-around step (22:00-07:00) is the lowest: 10.8 / 9 = 1.2
        pytest.param([("07:00", 10.8), ("22:00", 9)], "ok", id="ITB-PUMP-2-night-low-1.2-ok"),
        pytest.param([("07:00", 10.8), ("22:00", 8.9999)], "error", id="ITB-PUMP-2-night-low-1.20001"),
    ],
)
def test_flex_ratio(check, schedule, outcome):
    expect(check(flex_plan(schedule)), "ITB-PUMP-2", outcome)


@pytest.mark.parametrize(
    "schedule, req, outcome, also",
    [
        # a flex step's daily dose is the sum of its schedule: 8 h x 15.0875 + 16 h x 13.5 = 336.7
        # = 1.3 x 259 (base maintenance dose) -> +30% allowed (ratio 15.0875 / 13.5 = 1.118)
        pytest.param([("06:00", 15.0875), ("14:00", 13.5)], "ITB-TITR-1", "ok", (), id="ITB-TITR-1-flex-sum-30pct-ok"),
        # 8 h x 15.08751 + 216 = 336.70008 > 336.7
        pytest.param([("06:00", 15.08751), ("14:00", 13.5)], "ITB-TITR-1", "error", ("ITB-TITR-3",),
                     id="ITB-TITR-1-flex-sum-30.00003pct"),
        # 8 h x 8.9 + 16 h x 8.5 = 207.2 = 0.8 x 259 -> -20% allowed
        pytest.param([("06:00", 8.9), ("14:00", 8.5)], "ITB-STOP-1", "ok", (), id="ITB-STOP-1-flex-sum-minus-20pct-ok"),
        # 8 h x 8.9 + 16 h x 8.4999 = 207.1984 < 207.2
        pytest.param([("06:00", 8.9), ("14:00", 8.4999)], "ITB-STOP-1", "error", (),
                     id="ITB-STOP-1-flex-sum-minus-20.0006pct"),
    ],
)
def test_flex_daily_dose_is_sum_of_schedule(check, schedule, req, outcome, also):
    expect(check(flex_plan(schedule)), req, outcome, *also)


# ===========================================================================
# ITB-PUMP-3: the program matches the reservoir
# ===========================================================================


@pytest.mark.parametrize(
    "rate, outcome",
    [
        # 150 ug/day at 500 ug/mL: 0.3 mL/day exactly; within 1%: 148.5 .. 151.5 ug/day
        pytest.param(0.3, "ok", id="ITB-PUMP-3-rate-exact-ok"),
        pytest.param(0.303, "ok", id="ITB-PUMP-3-rate-plus-1pct-ok"),  # 151.5
        pytest.param(0.30301, "error", id="ITB-PUMP-3-rate-plus-1.0033pct"),  # 151.505
        pytest.param(0.297, "ok", id="ITB-PUMP-3-rate-minus-1pct-ok"),  # 148.5
        pytest.param(0.29699, "error", id="ITB-PUMP-3-rate-minus-1.0033pct"),  # 148.495
    ],
)
def test_rate_matches_daily_dose(check, rate, outcome):
    doc = plan()
    doc["infusion"][0]["rate_ml_day"] = rate
    expect(check(doc), "ITB-PUMP-3", outcome)


def test_rate_on_later_step(check):
    # 195 ug/day at 500 ug/mL = 0.39 mL/day; 0.4 mL/day delivers 200 (+2.6%)
    doc = ramp_plan([150, 195])
    doc["infusion"][1]["rate_ml_day"] = 0.4
    expect(check(doc), "ITB-PUMP-3", "error")


def test_programmed_concentration_differs_from_reservoir(check):
    doc = plan()
    doc["infusion"][0]["concentration_ug_ml"] = 2000
    del doc["infusion"][0]["rate_ml_day"]
    expect(check(doc), "ITB-PUMP-3", "error")


def test_later_step_reprogrammed_without_refill(check):
    # day 5 10:00: the pump is reprogrammed for 2000 ug/mL; the reservoir still holds 500 ug/mL
    doc = plan()
    doc["infusion"][2]["concentration_ug_ml"] = 2000
    expect(check(doc), "ITB-PUMP-3", "error")


def test_refill_with_other_concentration_than_programmed(check):
    # a refill of 2000 ug/mL on day 5 while the pump stays programmed for 500 ug/mL
    doc = plan()
    doc["refills"].append({"day": 5, "time": "09:00", "volume_ml": 20, "concentration_ug_ml": 2000, "diluent": "none"})
    expect(check(doc), "ITB-PUMP-3", "error")


def test_refill_and_reprogram_together_ok(check):
    # refill with 2000 ug/mL and reprogram to 2000 ug/mL at the same instant (refills come first)
    doc = plan()
    doc["refills"].append({"day": 5, "time": "10:00", "volume_ml": 20, "concentration_ug_ml": 2000, "diluent": "none"})
    doc["infusion"][2]["concentration_ug_ml"] = 2000
    assert_holds(check(doc), "ITB-PUMP-3")


# ===========================================================================
# ITB-PUMP-4: the reservoir stays above the low-reservoir alarm
# ===========================================================================


def reservoir_plan(
    volume: Any,
    boluses: list[dict[str, Any]] | None = None,
    refills: list[dict[str, Any]] | None = None,
    end: Any = None,
) -> dict[str, Any]:
    """150 ug/day of 500 ug/mL (0.3 mL/day) from day 3 10:00; refill `volume` mL then; alarm 2 mL.

    Default end day 13 10:00: 10 days, 1500 ug = 3 mL drawn.
    """
    doc = plan(infusion=[first_step(rate_ml_day=0.3), at(7, phase="maintenance")],
               end=end or {"day": 13, "time": "10:00"})
    doc["refills"][0]["volume_ml"] = volume
    doc["refills"] += refills or []
    doc["boluses"] = boluses or []
    return doc


@pytest.mark.parametrize(
    "volume, outcome",
    [
        # 5 - 3 = 2 mL at the end: not above the 2 mL alarm
        pytest.param(5, "error", id="ITB-PUMP-4-at-alarm"),
        # 5.001 - 3 = 2.001 mL
        pytest.param(5.001, "ok", id="ITB-PUMP-4-above-alarm-ok"),
    ],
)
def test_reservoir_at_end(check, volume, outcome):
    expect(check(reservoir_plan(volume)), "ITB-PUMP-4", outcome)


def test_reservoir_alarm_default_is_2(check):
    doc = reservoir_plan(5)
    del doc["pump"]["low_reservoir_alarm_ml"]
    expect(check(doc), "ITB-PUMP-4", "error")


@pytest.mark.parametrize(
    "dose, outcome",
    [
        # 5.04 mL - 3 mL - 20 ug / 500 ug/mL (0.04 mL) = 2 mL
        pytest.param(20, "error", id="ITB-PUMP-4-bolus-reaches-alarm"),
        # 19.99 ug = 0.03998 mL: 2.00002 mL left
        pytest.param(19.99, "ok", id="ITB-PUMP-4-bolus-stays-above-ok"),
    ],
)
def test_reservoir_counts_boluses(check, dose, outcome):
    expect(check(reservoir_plan(5.04, boluses=[bolus(5, "12:00", dose)])), "ITB-PUMP-4", outcome)


@pytest.mark.parametrize(
    "volume, outcome",
    [
        # second refill at day 13 10:00: the volume just before it is 5 - 3 = 2 mL
        pytest.param(5, "error", id="ITB-PUMP-4-at-alarm-just-before-refill"),
        pytest.param(5.001, "ok", id="ITB-PUMP-4-above-alarm-just-before-refill-ok"),
    ],
)
def test_reservoir_just_before_refill(check, volume, outcome):
    refill = {"day": 13, "time": "10:00", "volume_ml": 20, "concentration_ug_ml": 500, "diluent": "none"}
    expect(check(reservoir_plan(volume, refills=[refill], end={"day": 15})), "ITB-PUMP-4", outcome)


@pytest.mark.parametrize(
    "time, outcome",
    [
        # refill and first infusion step at the same instant: refills come first
        pytest.param("10:00", "ok", id="ITB-PUMP-4-refill-with-first-step-ok"),
        # first refill 1 minute after infusion starts: the reservoir is empty at hour 82
        pytest.param("10:01", "error", id="ITB-PUMP-4-infusion-before-first-refill"),
    ],
)
def test_reservoir_empty_before_first_refill(check, time, outcome):
    doc = plan()
    doc["refills"][0]["time"] = time
    expect(check(doc), "ITB-PUMP-4", outcome)


@pytest.mark.parametrize(
    "volume, outcome",
    [
        # 150 ug/day (0.3 mL/day) from day 3 10:00 to the emergency stop on day 8 10:00: 1.5 mL drawn,
        # nothing after it (the plan ends day 13 10:00)
        pytest.param(3.5, "error", id="ITB-PUMP-4-stop-at-alarm"),
        pytest.param(3.501, "ok", id="ITB-PUMP-4-stopped-pump-draws-nothing-ok"),
    ],
)
def test_reservoir_stopped_infusion(check, volume, outcome):
    doc = reservoir_plan(volume)
    doc["infusion"].append(at(8, phase="emergency", daily_dose_ug=0))
    expect(check(doc), "ITB-PUMP-4", outcome)


@pytest.mark.parametrize(
    "volume, outcome",
    [
        # history 300 ug/day of 2000 ug/mL = 0.15 mL/day; hour 0 -> day 10 00:00: 1.5 mL drawn
        pytest.param(3.5, "error", id="ITB-PUMP-4-history-at-alarm"),
        pytest.param(3.501, "ok", id="ITB-PUMP-4-history-above-alarm-ok"),
    ],
)
def test_reservoir_history_plan(check, volume, outcome):
    doc = history_plan(history={"reservoir_volume_ml": volume}, end={"day": 10})
    expect(check(doc), "ITB-PUMP-4", outcome)


@pytest.mark.parametrize(
    "volume, outcome",
    [
        # history 240 ug/day (2000 ug/mL); flex from hour 0: 00:00-12:00 at 10 ug/h, 12:00-24:00 at 12 ug/h
        # (264 ug/day, +10%). To day 9 12:00: 9 x 264 + 12 x 10 = 2496 ug = 1.248 mL.
        pytest.param(3.248, "error", id="ITB-PUMP-4-flex-consumption-at-alarm"),
        pytest.param(3.2481, "ok", id="ITB-PUMP-4-flex-consumption-above-alarm-ok"),
    ],
)
def test_reservoir_flex_consumption(check, volume, outcome):
    doc = history_plan(history={"daily_dose_ug": 240, "reservoir_volume_ml": volume},
                       infusion=[hstep(0, phase="maintenance", mode="flex",
                                       steps=[{"start": "00:00", "dose_ug_h": 10},
                                              {"start": "12:00", "dose_ug_h": 12}])],
                       end={"day": 9, "time": "12:00"})
    expect(check(doc), "ITB-PUMP-4", outcome)


# ===========================================================================
# ITB-PUMP-5: a fill is used for at most 77 days (1848 h)
# ===========================================================================


def long_plan(refills: list[tuple[int, str]], end: dict[str, Any]) -> dict[str, Any]:
    """Base titration at 2000 ug/mL (at most 259 ug/day = 0.1295 mL/day: 20 mL lasts > 77 days)."""
    doc = plan(end=end)
    for s in doc["infusion"]:
        if "concentration_ug_ml" in s:
            s["concentration_ug_ml"] = 2000
    del doc["infusion"][0]["rate_ml_day"]
    doc["refills"] = [{"day": d, "time": t, "volume_ml": 20, "concentration_ug_ml": 2000, "diluent": "none"}
                      for d, t in refills]
    return doc


@pytest.mark.parametrize(
    "refills, end, outcome",
    [
        # fill day 3 10:00, refill day 80 10:00: 77 days = 1848 h
        pytest.param([(3, "10:00"), (80, "10:00")], {"day": 82}, "ok", id="ITB-PUMP-5-refill-after-77-days-ok"),
        pytest.param([(3, "10:00"), (80, "10:01")], {"day": 82}, "error", id="ITB-PUMP-5-refill-after-77-days-1-min"),
        # no further refill: the plan ends 77 days after the fill
        pytest.param([(3, "10:00")], {"day": 80, "time": "10:00"}, "ok", id="ITB-PUMP-5-plan-ends-at-77-days-ok"),
        pytest.param([(3, "10:00")], {"day": 80, "time": "10:01"}, "error", id="ITB-PUMP-5-plan-ends-at-77-days-1-min"),
        # the second fill is judged too: refill day 80 10:00, then day 157 10:00 (77 days) / 10:01
        pytest.param([(3, "10:00"), (80, "10:00"), (157, "10:00")], {"day": 158}, "ok", id="ITB-PUMP-5-second-fill-ok"),
        pytest.param([(3, "10:00"), (80, "10:00"), (157, "10:01")], {"day": 158}, "error",
                     id="ITB-PUMP-5-second-fill-1-min"),
    ],
)
def test_fill_lifetime(check, refills, end, outcome):
    expect(check(long_plan(refills, end)), "ITB-PUMP-5", outcome)


@pytest.mark.parametrize(
    "time, outcome",
    [
        # no `end:`: the plan ends 24 h after its last event, a bolus on day 79 -> day 80 at the same time.
        # 10:00 -> the fill of day 3 10:00 is used for exactly 77 days
        pytest.param("10:00", "ok", id="ITB-PUMP-5-default-end-77-days-ok"),
        pytest.param("10:01", "error", id="ITB-PUMP-5-default-end-77-days-1-min"),
    ],
)
def test_fill_lifetime_default_end(check, time, outcome):
    doc = long_plan([(3, "10:00")], {"day": 0})
    del doc["end"]
    doc["boluses"] = [bolus(79, time, 5)]
    expect(check(doc), "ITB-PUMP-5", outcome)


@pytest.mark.parametrize(
    "refill_time, outcome",
    [
        # history fill at hour -240; refill at day 67 00:00 = hour 1608: 1848 h after the fill
        pytest.param("00:00", "ok", id="ITB-PUMP-5-history-fill-77-days-ok"),
        pytest.param("00:01", "error", id="ITB-PUMP-5-history-fill-77-days-1-min"),
    ],
)
def test_fill_lifetime_history(check, refill_time, outcome):
    doc = history_plan(history={"filled_at_h": -240}, end={"day": 68})
    doc["refills"] = [{"day": 67, "time": refill_time, "volume_ml": 20, "concentration_ug_ml": 2000, "diluent": "none"}]
    expect(check(doc), "ITB-PUMP-5", outcome)


# ===========================================================================
# ITB-PUMP-6: no access-port bolus outside an emergency
# ===========================================================================


@pytest.mark.parametrize(
    "extra, outcome",
    [
        pytest.param({"via": "pump"}, "ok", id="ITB-PUMP-6-pump-bolus-ok"),
        pytest.param({"via": "access-port", "emergency": True}, "ok", id="ITB-PUMP-6-access-port-emergency-ok"),
        pytest.param({"via": "access-port"}, "error", id="ITB-PUMP-6-access-port"),
        pytest.param({"via": "access-port", "emergency": False}, "error", id="ITB-PUMP-6-access-port-not-emergency"),
    ],
)
def test_access_port_bolus(check, extra, outcome):
    doc = plan(boluses=[{"day": 8, "time": "12:00", "dose_ug": 10, **extra}])
    expect(check(doc), "ITB-PUMP-6", outcome)


def test_access_port_bolus_history_plan(check):
    doc = history_plan(boluses=[{"day": 1, "time": "12:00", "dose_ug": 10, "via": "access-port"}])
    expect(check(doc), "ITB-PUMP-6", "error")


# ===========================================================================
# Solution and pump requirements in plans with history
# ===========================================================================


def refill_at_day_2(conc: Any, diluent: str = "none", reprogram: bool = True) -> dict[str, Any]:
    """History plan (300 ug/day of 2000 ug/mL); refill 12 mL of `conc` on day 2 at 08:00."""
    infusion = [hstep(2, "08:00", dose=300, phase="maintenance", concentration_ug_ml=conc)] if reprogram else []
    doc = history_plan(infusion=infusion)
    doc["refills"] = [{"day": 2, "time": "08:00", "volume_ml": 12, "concentration_ug_ml": conc, "diluent": diluent}]
    return doc


@pytest.mark.parametrize(
    "doc, req, outcome",
    [
        pytest.param(refill_at_day_2(1000, "nacl-0.9"), "ITB-CONC-1", "ok", id="ITB-CONC-1-history-1000-diluted-ok"),
        pytest.param(refill_at_day_2(1000, "none"), "ITB-CONC-1", "error", id="ITB-CONC-1-history-1000-undiluted"),
        pytest.param(refill_at_day_2(2000, "glucose-5"), "ITB-CONC-1", "error", id="ITB-CONC-1-history-other-diluent"),
        # refill with 2000 ug/mL while the history program runs at 2000: consistent
        pytest.param(refill_at_day_2(2000, reprogram=False), "ITB-PUMP-3", "ok",
                     id="ITB-PUMP-3-history-refill-same-ok"),
        # refill with 500 ug/mL (undiluted, valid) while the pump stays programmed for 2000
        pytest.param(refill_at_day_2(500, reprogram=False), "ITB-PUMP-3", "error",
                     id="ITB-PUMP-3-history-refill-other"),
        pytest.param(history_plan(infusion=[hstep(1, phase="titration", mode="flex",
                                                  steps=[{"start": "00:00", "dose_ug_h": 12.5}])]),
                     "ITB-PUMP-1", "error", id="ITB-PUMP-1-history-flex-in-titration"),
        # 12 h at 11.5 + 12 h at 13.8 = 303.6 ug/day (+1.2%); 13.8 / 11.5 = 1.2
        pytest.param(history_plan(infusion=[hstep(1, phase="maintenance", mode="flex",
                                                  steps=[{"start": "00:00", "dose_ug_h": 11.5},
                                                         {"start": "12:00", "dose_ug_h": 13.8}])]),
                     "ITB-PUMP-2", "ok", id="ITB-PUMP-2-history-1.2-ok"),
        pytest.param(history_plan(infusion=[hstep(1, phase="maintenance", mode="flex",
                                                  steps=[{"start": "00:00", "dose_ug_h": 11.5},
                                                         {"start": "12:00", "dose_ug_h": 13.8012}])]),
                     "ITB-PUMP-2", "error", id="ITB-PUMP-2-history-1.2001"),
    ],
)
def test_history_plan_solution_and_pump(check, doc, req, outcome):
    expect(check(doc), req, outcome)


# ===========================================================================
# Programs (formats.md 2.2): the requirements that apply to a single pump programming
# ===========================================================================




@pytest.mark.parametrize(
    "overrides, req, outcome, also",
    [
        # ITB-TITR-1: 300 -> 390 is +30% (adult spinal)
        pytest.param({"new": {"daily_dose_ug": 390}}, "ITB-TITR-1", "ok", (), id="ITB-TITR-1-program-390-ok"),
        pytest.param({"new": {"daily_dose_ug": 390.01}}, "ITB-TITR-1", "error", ("ITB-TITR-3",),
                     id="ITB-TITR-1-program-390.01"),
        # cerebral adult maintenance: +20%
        pytest.param({"patient": {"origin": "cerebral", "cause": "stroke"}, "new": {"daily_dose_ug": 360}},
                     "ITB-TITR-1", "ok", (), id="ITB-TITR-1-program-cerebral-360-ok"),
        pytest.param({"patient": {"origin": "cerebral", "cause": "stroke"}, "new": {"daily_dose_ug": 360.01}},
                     "ITB-TITR-1", "error", ("ITB-TITR-3",), id="ITB-TITR-1-program-cerebral-360.01"),
        # ITB-TITR-2: the previous increase 24 h (48 h non-programmable) before hour 0
        pytest.param({"previous": {"last_increase_h": -24}, "new": {"daily_dose_ug": 330}}, "ITB-TITR-2", "ok", (),
                     id="ITB-TITR-2-program-24h-ok"),
        pytest.param({"previous": {"last_increase_h": -23.99}, "new": {"daily_dose_ug": 330}},
                     "ITB-TITR-2", "error", (),
                     id="ITB-TITR-2-program-23.99h"),
        pytest.param({"pump": {"programmable": False}, "previous": {"last_increase_h": -48},
                      "new": {"daily_dose_ug": 330}},
                     "ITB-TITR-2", "ok", (), id="ITB-TITR-2-program-non-programmable-48h-ok"),
        pytest.param({"pump": {"programmable": False}, "previous": {"last_increase_h": -47.99},
                      "new": {"daily_dose_ug": 330}},
                     "ITB-TITR-2", "error", (), id="ITB-TITR-2-program-non-programmable-47.99h"),
        # an emergency program never increases the dose (ITB-TITR-1)
        pytest.param({"phase": "emergency", "new": {"daily_dose_ug": 300}}, "ITB-TITR-1", "ok", (),
                     id="ITB-TITR-1-program-emergency-same-dose-ok"),
        pytest.param({"phase": "emergency", "new": {"daily_dose_ug": 300.01}}, "ITB-TITR-1", "error", (),
                     id="ITB-TITR-1-program-emergency-300.01"),
        # ITB-DOSE-2: 1950 -> 2003 / 2003.01 ug/day in maintenance (1 mL/day; refill after 240 h)
        pytest.param({"previous": {"daily_dose_ug": 1950}, "new": {"daily_dose_ug": 2003},
                      "reservoir": {"next_refill_h": 240}},
                     "ITB-DOSE-2", "ok", (), id="ITB-DOSE-2-program-spinal-2003-ok"),
        pytest.param({"previous": {"daily_dose_ug": 1950}, "new": {"daily_dose_ug": 2003.01},
                      "reservoir": {"next_refill_h": 240}},
                     "ITB-DOSE-2", "warning", (), id="ITB-DOSE-2-program-spinal-2003.01"),
        # ITB-STOP-1: a new daily dose below 80% of the previous one, unless phase emergency
        pytest.param({"new": {"daily_dose_ug": 240}}, "ITB-STOP-1", "ok", (), id="ITB-STOP-1-program-minus-20pct-ok"),
        pytest.param({"new": {"daily_dose_ug": 239.97}}, "ITB-STOP-1", "error", (),
                     id="ITB-STOP-1-program-minus-20.01pct"),
        pytest.param({"phase": "taper", "new": {"daily_dose_ug": 239.97}}, "ITB-STOP-1", "error", (),
                     id="ITB-STOP-1-program-taper-minus-20.01pct"),
        pytest.param({"phase": "emergency", "new": {"daily_dose_ug": 100}}, "ITB-STOP-1", "ok", (),
                     id="ITB-STOP-1-program-emergency-ok"),
        # ITB-PUMP-5: next_refill_h <= 1848 (no filled_at_h), or next_refill_h - filled_at_h <= 1848
        pytest.param({"reservoir": {"next_refill_h": 1848}}, "ITB-PUMP-5", "ok", (), id="ITB-PUMP-5-program-1848-ok"),
        pytest.param({"reservoir": {"next_refill_h": 1848.01}}, "ITB-PUMP-5", "error", (),
                     id="ITB-PUMP-5-program-1848.01"),
        pytest.param({"reservoir": {"filled_at_h": -240, "next_refill_h": 1608}}, "ITB-PUMP-5", "ok", (),
                     id="ITB-PUMP-5-program-filled-1608-ok"),
        pytest.param({"reservoir": {"filled_at_h": -240, "next_refill_h": 1608.01}}, "ITB-PUMP-5", "error", (),
                     id="ITB-PUMP-5-program-filled-1608.01"),
        # ITB-PUMP-4: 300 ug/day of 2000 ug/mL = 0.15 mL/day; 240 h = 1.5 mL (x f <= 1.1 with 10% tolerance)
        pytest.param({"reservoir": {"volume_ml": 3.5, "next_refill_h": 240}}, "ITB-PUMP-4", "error", (),
                     id="ITB-PUMP-4-program-at-alarm"),
        pytest.param({"reservoir": {"volume_ml": 3.501, "next_refill_h": 240}}, "ITB-PUMP-4", "ok", (),
                     id="ITB-PUMP-4-program-above-alarm-ok"),
        # with f = 1.1: 3.65 - 1.5 x 1.1 = 2 mL
        pytest.param({"delivery_tolerance_pct": 10, "reservoir": {"volume_ml": 3.65, "next_refill_h": 240}},
                     "ITB-PUMP-4", "error", (), id="ITB-PUMP-4-program-tolerance-at-alarm"),
        # 3 - 1.5 x f <= 1.5 mL for every f: broken even without over-delivery
        pytest.param({"delivery_tolerance_pct": 10, "reservoir": {"volume_ml": 3, "next_refill_h": 240}},
                     "ITB-PUMP-4", "error", (), id="ITB-PUMP-4-program-tolerance-far-below-alarm"),
        pytest.param({"delivery_tolerance_pct": 10, "reservoir": {"volume_ml": 3.651, "next_refill_h": 240}},
                     "ITB-PUMP-4", "ok", (), id="ITB-PUMP-4-program-tolerance-above-alarm-ok"),
        # ITB-PUMP-3: reservoir and program concentrations must agree
        pytest.param({"reservoir": {"concentration_ug_ml": 500}}, "ITB-PUMP-3", "error", (),
                     id="ITB-PUMP-3-program-mismatch"),
        # ITB-PUMP-1 / ITB-PUMP-2 for a flex program (effective 14:00): 12 / 10 = 1.2 (264 ug/day, +10%)
        pytest.param({"new": {"mode": "flex", "daily_dose_ug": None, "effective_at": "14:00",
                              "steps": [{"start": "00:00", "dose_ug_h": 10}, {"start": "12:00", "dose_ug_h": 12}]}},
                     "ITB-PUMP-2", "ok", (), id="ITB-PUMP-2-program-1.2-ok"),
        pytest.param({"new": {"mode": "flex", "daily_dose_ug": None, "effective_at": "14:00",
                              "steps": [{"start": "00:00", "dose_ug_h": 10}, {"start": "12:00", "dose_ug_h": 12.001}]}},
                     "ITB-PUMP-2", "error", (), id="ITB-PUMP-2-program-1.2001"),
        pytest.param({"phase": "titration", "new": {"mode": "flex", "daily_dose_ug": None, "effective_at": "14:00",
                                                    "steps": [{"start": "00:00", "dose_ug_h": 10},
                                                              {"start": "12:00", "dose_ug_h": 12}]}},
                     "ITB-PUMP-1", "error", (), id="ITB-PUMP-1-program-flex-in-titration"),
        # ITB-ROUTE-1 / ITB-CONC-1 / ITB-PAT-1
        pytest.param({"route": "intravenous"}, "ITB-ROUTE-1", "error", (), id="ITB-ROUTE-1-program-intravenous"),
        pytest.param({"new": {"concentration_ug_ml": 1000}, "reservoir": {"concentration_ug_ml": 1000}},
                     "ITB-CONC-1", "error", (), id="ITB-CONC-1-program-1000-undiluted"),
        pytest.param({"new": {"concentration_ug_ml": 1000},
                      "reservoir": {"concentration_ug_ml": 1000, "diluent": "nacl-0.9"}},
                     "ITB-CONC-1", "ok", (), id="ITB-CONC-1-program-1000-diluted-ok"),
        pytest.param({"patient": {"age_years": 3.99}}, "ITB-PAT-1", "error", (), id="ITB-PAT-1-program-age-3.99"),
    ],
)
def test_program(check, overrides, req, outcome, also):
    doc = program(**overrides)
    if doc["new"].get("daily_dose_ug", 0) is None:
        del doc["new"]["daily_dose_ug"]
    expect(check(doc), req, outcome, *also)


@pytest.mark.parametrize(
    "bolus_dose, lockout_h, outcome",
    [
        # 300 -> 300 ug/day; at most 3 patient boluses per 24 h, 4 h lockout: the worst window holds
        # 300 + 3 x 30 = 390 against a bolus-free 300 before it: 1.3 -> allowed
        pytest.param(30, 4, "ok", id="ITB-TITR-3-program-3x30-ok"),
        # 300 + 3 x 30.01 = 390.03 > 390
        pytest.param(30.01, 4, "error", id="ITB-TITR-3-program-3x30.01"),
        # a 12 h lockout fits only 2 activations in a half-open 24 h window: 300 + 2 x 45 = 390 -> allowed
        pytest.param(45, 12, "ok", id="ITB-TITR-3-program-lockout-12h-2x45-ok"),
        # an 11.99 h lockout fits 3 (t, t + 11.99, t + 23.98): 300 + 3 x 45 = 435
        pytest.param(45, 11.99, "error", id="ITB-TITR-3-program-lockout-11.99h-3x45"),
    ],
)
def test_program_patient_boluses(check, bolus_dose, lockout_h, outcome):
    doc = program(patient_bolus={"dose_ug": bolus_dose, "lockout_h": lockout_h, "max_per_day": 3})
    result = check(doc)
    expect(result, "ITB-TITR-3", outcome)
    if outcome == "error":
        assert any(f.counterexample for f in findings_of(result, "ITB-TITR-3")), show(result)


# ===========================================================================
# The same boundaries with ISO `at:` times (formats.md 1: day 0 is the date of the earliest `at:`)
# ===========================================================================


def with_at(doc: dict[str, Any], first_date: str) -> dict[str, Any]:
    """Rewrite every `day:`/`time:` of a plan as `at:`, day 0 being `first_date` (end: {day: N} is 00:00)."""
    base = datetime.fromisoformat(first_date)
    doc = copy.deepcopy(doc)

    def convert(event: dict[str, Any], default_time: str) -> None:
        hh, mm = (int(x) for x in event.pop("time", default_time).split(":"))
        when = base + timedelta(days=event.pop("day"), hours=hh, minutes=mm)
        event["at"] = when.strftime("%Y-%m-%dT%H:%M:%S")

    for key in ("screening", "infusion", "boluses", "refills"):
        for event in doc.get(key, []):
            convert(event, "08:00")
    if "end" in doc:
        convert(doc["end"], "00:00")
    return doc


@pytest.mark.parametrize(
    "second, outcome",
    [
        # day 0 = 2028-02-26 (a leap year): infusion starts 2028-02-29 10:00 (day 3)
        pytest.param("10:00", "ok", id="ITB-INIT-2-at-form-leap-day-24h-ok"),
        # first increase 2028-03-01 09:59: 23 h 59 min after 2028-02-29 10:00
        pytest.param("09:59", "error", id="ITB-INIT-2-at-form-leap-day-23h59"),
    ],
)
def test_at_form_first_increase_across_leap_day(check, second, outcome):
    steps = [first_step(), at(4, second, daily_dose_ug=180), at(7, phase="maintenance")]
    doc = with_at(plan(infusion=steps), "2028-02-26")
    assert doc["infusion"][1]["at"].startswith("2028-03-01T")
    expect(check(doc), "ITB-INIT-2", outcome)


@pytest.mark.parametrize(
    "refill_time, outcome",
    [
        # day 0 = 2028-01-01: fill 2028-01-04 10:00, refill 77 days later, 2028-03-21 10:00 (Feb has 29 days)
        pytest.param("10:00", "ok", id="ITB-PUMP-5-at-form-77-days-across-feb-29-ok"),
        pytest.param("10:01", "error", id="ITB-PUMP-5-at-form-77-days-1-min"),
    ],
)
def test_at_form_fill_lifetime_across_leap_day(check, refill_time, outcome):
    doc = with_at(long_plan([(3, "10:00"), (80, refill_time)], {"day": 82}), "2028-01-01")
    assert doc["refills"][1]["at"] == f"2028-03-21T{refill_time}:00"
    expect(check(doc), "ITB-PUMP-5", outcome)


# ===========================================================================
# Where two events meet in an unusual order: the taper's first step, a restart
# inside taper-phase steps, a bolus before infusion, a fill before the plan
# ===========================================================================

# First step 150 (day 3 10:00, hour 82); taper steps each exactly 10% lower, 96 h apart, from day 4
# 10:00 (hour 106); the stop on day 18 10:00 (hour 442) is 336 h after the first taper step.
TAPER_AFTER_START = [at(4, phase="taper", daily_dose_ug=135), at(8, phase="taper", daily_dose_ug=121.5),
                     at(12, phase="taper", daily_dose_ug=109.35), at(16, phase="taper", daily_dose_ug=98.415),
                     at(18, phase="stop")]


def test_taper_after_the_first_step_of_336_h_passes(check):
    expect(check(plan(infusion=[first_step(), *TAPER_AFTER_START], end={"day": 19})), "ITB-STOP-1", "ok")


def test_taper_cannot_start_at_the_first_infusion_step(check):
    # The same taper-phase steps with the first of them as the plan's first infusion step (135 <= 2 x 75):
    # it is lower than no step, so the taper begins at hour 202, 240 h before the stop.
    first = first_step(day=4, dose=135, phase="taper")
    result = check(plan(infusion=[first, *TAPER_AFTER_START[1:]], end={"day": 19}))
    expect(result, "ITB-STOP-1", "error")
    assert any("began 240 h earlier" in f.message for f in findings_of(result, "ITB-STOP-1")), show(result)
    assert "ITB-STOP-3" in warnings(result), show(result)


def restart_in_taper_plan(*after: dict[str, Any]) -> dict[str, Any]:
    """150 from hour 82, an emergency stop on day 4, a restart in phase taper at 150 on day 5 10:00
    (hour 130), then taper steps each 10% lower from day 9 10:00 (hour 226), 96 h apart."""
    steps = [first_step(), at(4, phase="emergency", daily_dose_ug=0), at(5, phase="taper", daily_dose_ug=150),
             at(9, phase="taper", daily_dose_ug=135), at(13, phase="taper", daily_dose_ug=121.5),
             at(17, phase="taper", daily_dose_ug=109.35), *after]
    return plan(infusion=steps, end={"day": 24})


def test_restart_inside_taper_steps_is_no_taper_step(check):
    # Stop 336 h after the restart, 240 h after the first step lower than the one before it.
    expect(check(restart_in_taper_plan(at(19, phase="stop"))), "ITB-STOP-1", "error")


def test_taper_after_a_restart_of_336_h_passes(check):
    # One more step (98.415 on day 21), and the stop 336 h after the first real taper step (hour 226).
    expect(check(restart_in_taper_plan(at(21, phase="taper", daily_dose_ug=98.415), at(23, phase="stop"))), "ITB-STOP-1", "ok")


def test_taper_step_of_5_percent_ends_the_taper_before_it(check):
    # 250 -> 225 (-10%) at hour 0, -> 213.75 (-5%) at hour 96: a taper-phase step but no taper step, so
    # the taper is the steps after it (hour 192 on), 144 h before the stop at hour 336.
    infusion = [hstep(0, dose=225, phase="taper"), hstep(4, dose=213.75, phase="taper"),
                hstep(8, dose=180, phase="taper"), hstep(12, dose=162, phase="taper"), at(14, "00:00", phase="stop")]
    result = check(history_plan(history={"daily_dose_ug": 250}, infusion=infusion, end={"day": 16}))
    expect(result, "ITB-STOP-1", "error")
    assert any("began 144 h earlier" in f.message for f in findings_of(result, "ITB-STOP-1")), show(result)


def bolus_before_infusion_plan(bolus_ug: Any) -> dict[str, Any]:
    """3 mL of 500 ug/mL filled on day 2 10:00, a pump bolus on day 2 12:00, then 150 ug/day (0.3 mL/day)
    from day 3 10:00 (hour 82) to day 6 10:00 (hour 154): 0.9 mL infused, the alarm at 2 mL."""
    return plan(refills=[{"day": 2, "time": "10:00", "volume_ml": 3, "concentration_ug_ml": 500}],
                infusion=[first_step()], boluses=[{"day": 2, "time": "12:00", "dose_ug": bolus_ug, "via": "pump"}],
                end={"day": 6, "time": "10:00"})


@pytest.mark.parametrize(
    "bolus_ug, outcome",
    [
        # 49.5 ug draws 0.099 mL: 2.001 mL left at hour 154
        pytest.param(49.5, "ok", id="ITB-PUMP-4-bolus-before-infusion-2.001-ml-ok"),
        # 50 ug draws 0.1 mL: exactly the 2 mL alarm volume at hour 154
        pytest.param(50, "error", id="ITB-PUMP-4-bolus-before-infusion-2-ml"),
    ],
)
def test_pump_bolus_before_the_first_step_draws_from_the_reservoir(check, bolus_ug, outcome):
    expect(check(bolus_before_infusion_plan(bolus_ug)), "ITB-PUMP-4", outcome)


@pytest.mark.parametrize(
    "filled_at_h, outcome",
    [
        # the fill before the plan is used until the refill at hour 0: 1848 h
        pytest.param(-1848, "ok", id="ITB-PUMP-5-history-fill-without-volume-77-days-ok"),
        pytest.param(-1848.01, "error", id="ITB-PUMP-5-history-fill-without-volume-77-days-36s"),
    ],
)
def test_history_fill_without_volume_is_still_limited_to_77_days(check, filled_at_h, outcome):
    history = {k: v for k, v in HISTORY.items() if k != "reservoir_volume_ml"}
    doc = history_plan(infusion=[hstep(1, dose=300, phase="maintenance")], history={"filled_at_h": filled_at_h})
    doc["history"] = {**history, "filled_at_h": filled_at_h}
    doc["refills"] = [{"day": 0, "time": "00:00", "volume_ml": 20, "concentration_ug_ml": 2000}]
    expect(check(doc), "ITB-PUMP-5", outcome)


# ===========================================================================
# ITB-STOP-2 (round four): after an abrupt stop, resume within 48 h at no more
# than the dose before it; otherwise the first daily dose is the limit
# ===========================================================================

# The base plan (first daily dose 150, 259 ug/day in maintenance from day 7) stops abruptly on
# day 9 10:00 (hour 226).
def abrupt_stop_plan(restart: dict[str, Any], stop: dict[str, Any] | None = None) -> dict[str, Any]:
    doc = plan(end={"day": 14})
    doc["infusion"] += [stop or at(9, phase="stop"), restart]
    return doc


@pytest.mark.parametrize(
    "restart, outcome",
    [
        # 24 h after the stop at the dose before it
        pytest.param(at(10, phase="maintenance", daily_dose_ug=259), "ok", id="ITB-STOP-2-resume-24h-at-dose-before-ok"),
        pytest.param(at(10, phase="maintenance", daily_dose_ug=259.01), "error", id="ITB-STOP-2-resume-24h-above-dose-before"),
        # 48 h exactly: still a resumption
        pytest.param(at(11, phase="maintenance", daily_dose_ug=259), "ok", id="ITB-STOP-2-resume-48h-ok"),
        # 48 h 1 min: the first daily dose (150) is the limit again
        pytest.param(at(11, "10:01", phase="maintenance", daily_dose_ug=259), "error", id="ITB-STOP-2-resume-48h01"),
        pytest.param(at(11, "10:01", phase="maintenance", daily_dose_ug=150), "ok", id="ITB-STOP-2-restart-48h01-at-first-dose-ok"),
        pytest.param(at(11, "10:01", phase="maintenance", daily_dose_ug=150.01), "error", id="ITB-STOP-2-restart-48h01-at-150.01"),
    ],
)
def test_resume_after_an_abrupt_stop(check, restart, outcome):
    result = check(abrupt_stop_plan(restart))
    assert "ITB-STOP-1" in errors(result), show(result)  # the abrupt stop itself
    if outcome == "ok":
        assert "ITB-STOP-2" not in errors(result), show(result)
        assert "ITB-STOP-2" in result.proved, show(result)
    else:
        assert errors(result) == {"ITB-STOP-1", "ITB-STOP-2"}, show(result)


def test_resume_after_an_emergency_stop_is_limited_to_the_first_dose(check):
    # An emergency stop is no abrupt stop: 24 h later, 259 is above the first daily dose (150).
    doc = abrupt_stop_plan(at(10, phase="maintenance", daily_dose_ug=259), stop=at(9, phase="emergency", daily_dose_ug=0))
    expect(check(doc), "ITB-STOP-2", "error")


def test_resume_after_a_taper_phase_stop_is_limited_to_the_first_dose(check):
    # The stop follows a taper-phase step (here too short a taper): the first daily dose is the limit,
    # whenever infusion restarts.
    doc = plan(end={"day": 14})
    doc["infusion"] += [at(8, phase="taper", daily_dose_ug=220), at(9, phase="stop"), at(10, phase="maintenance", daily_dose_ug=220)]
    result = check(doc)
    assert errors(result) == {"ITB-STOP-1", "ITB-STOP-2"}, show(result)


# ===========================================================================
# ITB-DOSE-3: no single bolus above the larger of 100 ug and the daily dose in force
# ===========================================================================


@pytest.mark.parametrize(
    "bolus, outcome",
    [
        # 259 ug/day in force on day 8
        pytest.param({"day": 8, "time": "14:00", "dose_ug": 259}, "ok", id="ITB-DOSE-3-bolus-at-daily-dose-ok"),
        pytest.param({"day": 8, "time": "14:00", "dose_ug": 259.01}, "error", id="ITB-DOSE-3-bolus-above-daily-dose"),
        # before the first step (day 3 10:00) the daily dose in force is 0: 100 ug is the limit
        pytest.param({"day": 3, "time": "09:59", "dose_ug": 100}, "ok", id="ITB-DOSE-3-before-infusion-100-ok"),
        pytest.param({"day": 3, "time": "09:59", "dose_ug": 100.01}, "error", id="ITB-DOSE-3-before-infusion-100.01"),
        # at the first step's very instant the step is in force (boluses come after the step): 150
        pytest.param({"day": 3, "time": "10:00", "dose_ug": 150}, "ok", id="ITB-DOSE-3-at-first-step-150-ok"),
    ],
)
def test_single_bolus(check, bolus, outcome):
    expect_own(check(plan(boluses=[{**bolus, "via": "pump"}])), "ITB-DOSE-3", outcome)


@pytest.mark.parametrize(
    "dose, outcome",
    [
        pytest.param(100, "ok", id="ITB-DOSE-3-during-emergency-stop-100-ok"),
        pytest.param(100.01, "error", id="ITB-DOSE-3-during-emergency-stop-100.01"),
    ],
)
def test_bolus_during_an_emergency_stop(check, dose, outcome):
    # A two-minute emergency stop on day 8 10:00, an emergency bolus through the access port inside it.
    doc = plan(boluses=[{"day": 8, "time": "10:01", "dose_ug": dose, "via": "access-port", "emergency": True}])
    doc["infusion"] += [at(8, phase="emergency", daily_dose_ug=0), at(8, "10:02", phase="maintenance", daily_dose_ug=150)]
    expect_own(check(doc), "ITB-DOSE-3", outcome)


def test_bolus_in_a_history_plan(check):
    # 300 ug/day in force from the history: a 300 ug bolus passes, 300.01 does not
    ok = check(history_plan(boluses=[{"day": 1, "dose_ug": 300, "via": "pump"}]))
    assert "ITB-DOSE-3" in ok.proved, show(ok)
    bad = check(history_plan(boluses=[{"day": 1, "dose_ug": 300.01, "via": "pump"}]))
    assert "ITB-DOSE-3" in errors(bad), show(bad)


@pytest.mark.parametrize(
    "dose, outcome",
    [
        # the new daily dose is 300 ug: a patient bolus of 300 ug passes, 300.01 does not
        pytest.param(300, "ok", id="ITB-DOSE-3-program-patient-bolus-300-ok"),
        pytest.param(300.01, "error", id="ITB-DOSE-3-program-patient-bolus-300.01"),
    ],
)
def test_patient_bolus_in_a_program(check, dose, outcome):
    expect_own(check(program(patient_bolus={"dose_ug": dose, "lockout_h": 24, "max_per_day": 1})), "ITB-DOSE-3", outcome)


# ===========================================================================
# ITB-PUMP-3 (clarified): a refill during a stop is judged at the restart step
# ===========================================================================


@pytest.mark.parametrize(
    "restart_conc, outcome",
    [
        pytest.param(2000, "ok", id="ITB-PUMP-3-refill-during-stop-restart-matches-ok"),
        pytest.param(500, "error", id="ITB-PUMP-3-refill-during-stop-restart-mismatch"),
    ],
)
def test_refill_at_a_new_concentration_during_an_emergency_stop(check, restart_conc, outcome):
    # 500 ug/mL until an emergency stop on day 8; 2000 ug/mL filled on day 9 during the stop; restart day 10.
    doc = plan(end={"day": 12})
    doc["refills"].append({"day": 9, "time": "10:00", "volume_ml": 20, "concentration_ug_ml": 2000})
    doc["infusion"] += [at(8, phase="emergency", daily_dose_ug=0),
                        at(10, phase="maintenance", daily_dose_ug=150, concentration_ug_ml=restart_conc)]
    expect_own(check(doc), "ITB-PUMP-3", outcome)


@pytest.mark.parametrize(
    "bolus_ug, outcome",
    [
        # 2.25 mL filled on day 3 08:00; 100 ug/day at 500 ug/mL leaves 2.05 mL at the end (day 4 08:00),
        # where a pump bolus is given: 24.5 ug draws 0.049 mL (2.001 mL left), 25 ug 0.05 mL (2 mL left)
        pytest.param(24.5, "ok", id="ITB-PUMP-4-pump-bolus-at-the-end-2.001-ml-ok"),
        pytest.param(25, "error", id="ITB-PUMP-4-pump-bolus-at-the-end-2-ml"),
    ],
)
def test_pump_bolus_at_the_documents_end_draws_at_that_instant(check, bolus_ug, outcome):
    doc = plan(screening=[{"day": 0, "dose_ug": 50, "concentration_ug_ml": 50, "duration_min": 1, "response": "positive", "effect_h": 10}],
               refills=[{"day": 3, "time": "08:00", "volume_ml": 2.25, "concentration_ug_ml": 500}],
               infusion=[first_step(time="08:00", dose=100)],
               boluses=[{"day": 4, "time": "08:00", "dose_ug": bolus_ug, "via": "pump"}], end={"day": 4, "time": "08:00"})
    expect(check(doc), "ITB-PUMP-4", outcome)
