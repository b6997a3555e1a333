"""Property tests: generated titration plans, checked by the tool and recomputed here by hand.

The direct calculation below shares no code with itbverify: it walks the
steps and boluses with exact fractions. Whatever the tool calls safe must
pass it; whatever it breaks, the tool must report under the same requirement;
and every counterexample window the solver returns must break ITB-TITR-3
when recomputed here.

Examples are drawn afresh on every run (no derandomize): a fixed sample
would test the same 200 plans forever. A failure prints its plan and a
reproduction blob (@reproduce_failure); hypothesis keeps failing examples in
its local database (.hypothesis/, not committed) and replays them first.
"""

from __future__ import annotations

import itertools
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml
from conftest import base_plan, errors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itbverify.analyses.check import check_paths
from itbverify.language.ruleset import default_ruleset

LIMIT = Fraction(3, 10)  # adult, spinal origin: every phase
START_H = Fraction(3 * 24 + 10)  # day 3 10:00


@st.composite
def plans(draw: st.DrawFn) -> dict[str, Any]:
    """Adult spinal titrations with increases and gaps drawn around the label's limits."""
    steps = [{"day": 3, "time": "10:00", "phase": "titration", "mode": "continuous", "daily_dose_ug": 150, "concentration_ug_ml": 2000}]
    at_min = START_H * 60
    dose = Fraction(150)
    for i in range(draw(st.integers(1, 6))):
        gap_min = draw(st.sampled_from([23 * 60, 24 * 60 - 1, 24 * 60, 24 * 60 + 1, 30 * 60, 48 * 60])) + draw(st.sampled_from([0, 0, 7, 180]))
        at_min += gap_min
        change_pct = draw(st.sampled_from([Fraction(-21), Fraction(-20), Fraction(-10), Fraction(0), Fraction(10), Fraction(25), Fraction(29), Fraction(30), Fraction(3001, 100), Fraction(31), Fraction(35)]))
        dose = (dose * (1 + change_pct / 100)).limit_denominator(100)
        dose = Fraction(round(dose * 100), 100)
        phase = "maintenance" if draw(st.booleans()) and i > 0 else None
        step: dict[str, Any] = {"day": int(at_min // (24 * 60)), "time": _clock(at_min % (24 * 60)), "daily_dose_ug": _yaml_number(dose)}
        if phase:
            step["phase"] = phase
        steps.append(step)
    last_day = max(s["day"] for s in steps)
    boluses = []
    for _ in range(draw(st.integers(0, 2))):
        day = draw(st.integers(3, last_day + 1))
        minute = draw(st.integers(0, 24 * 60 - 1))
        boluses.append({"day": day, "time": _clock(minute), "dose_ug": _yaml_number(Fraction(draw(st.sampled_from([5, 20, 40, 60])))), "via": "pump"})
    boluses.sort(key=lambda b: (b["day"], b["time"]))
    plan = base_plan(
        id="generated",
        infusion=steps,
        refills=[{"day": 3, "time": "10:00", "volume_ml": 20, "concentration_ug_ml": 2000, "diluent": "none"}],
        end={"day": last_day + 2},
    )
    plan["pump"]["reservoir_ml"] = 40
    if boluses:
        plan["boluses"] = boluses
    return plan


def _clock(minutes: Fraction | int) -> str:
    m = int(minutes)
    return f"{m // 60:02d}:{m % 60:02d}"


def _yaml_number(value: Fraction) -> float | int:
    # Two decimals at most, so the YAML text is exact.
    return int(value) if value.denominator == 1 else float(f"{float(value):.2f}")


# ---- the direct calculation -------------------------------------------------------


def _hours(event: dict[str, Any]) -> Fraction:
    hh, mm = event.get("time", "08:00").split(":")
    return Fraction(event["day"] * 24) + Fraction(int(hh) * 60 + int(mm), 60)


def _timeline(plan: dict[str, Any]) -> tuple[list[tuple[Fraction, Fraction]], list[tuple[Fraction, Fraction]], Fraction]:
    steps = []
    dose = Fraction(0)
    for s in plan["infusion"]:
        if "daily_dose_ug" in s:
            dose = Fraction(str(s["daily_dose_ug"]))
        steps.append((_hours(s), dose))
    boluses = [(_hours(b), Fraction(str(b["dose_ug"]))) for b in plan.get("boluses", [])]
    end = Fraction(plan["end"]["day"] * 24)
    return steps, boluses, end


def _delivered(steps: list[tuple[Fraction, Fraction]], boluses: list[tuple[Fraction, Fraction]], end: Fraction, a: Fraction, b: Fraction) -> Fraction:
    total = Fraction(0)
    for i, (start, dose) in enumerate(steps):
        stop = steps[i + 1][0] if i + 1 < len(steps) else end
        lo, hi = max(start, a), min(stop, b)
        if hi > lo:
            total += dose / 24 * (hi - lo)
    total += sum((d for t, d in boluses if a <= t < b), Fraction(0))
    return total


def _dose_at(steps: list[tuple[Fraction, Fraction]], t: Fraction) -> Fraction:
    return [d for s, d in steps if s <= t][-1]


def _window_excess(plan: dict[str, Any], t: Fraction) -> Fraction:
    """How far the 24 h window from t exceeds its allowed delivery (> 0 breaks ITB-TITR-3)."""
    steps, boluses, end = _timeline(plan)
    start = steps[0][0]
    window = _delivered(steps, boluses, end, t, t + 24)
    if t - 24 >= start:
        before = _delivered(steps, boluses, end, t - 24, t)
    else:
        before = _dose_at(steps, t)
    return window - (1 + LIMIT) * before


def direct_violations(plan: dict[str, Any]) -> set[str]:
    steps, boluses, end = _timeline(plan)
    found: set[str] = set()
    start = steps[0][0]
    increases = []
    for (t0, d0), (t1, d1) in itertools.pairwise(steps):
        if d1 > d0:
            increases.append(t1)
            if d1 > (1 + LIMIT) * d0:
                found.add("ITB-TITR-1")
            if t1 - start < 24:
                found.add("ITB-INIT-2")
        if d1 < d0 and d1 < Fraction(8, 10) * d0:
            found.add("ITB-STOP-1")
    if any(b - a < 24 for a, b in itertools.pairwise(increases)):
        found.add("ITB-TITR-2")
    # ITB-TITR-3: the excess is linear in t between these points, so its
    # supremum over windows is at one of them or a one-sided limit there.
    events = [s for s, _ in steps] + [b for b, _ in boluses] + [end]
    points = sorted({p for e in events for p in (e - 24, e, e + 24, e - 48) if start <= p <= end - 24} | {start, end - 24, start + 24})
    points = [p for p in points if start <= p <= end - 24]
    for p in points:
        if _window_excess(plan, p) > 0:
            found.add("ITB-TITR-3")
    for a, b in itertools.pairwise(points):
        m1, m2 = a + (b - a) / 3, a + 2 * (b - a) / 3
        g1, g2 = _window_excess(plan, m1), _window_excess(plan, m2)
        if max(2 * g1 - g2, 2 * g2 - g1, g1, g2) > 0:
            found.add("ITB-TITR-3")
    return found


RELEVANT = {"ITB-TITR-1", "ITB-TITR-2", "ITB-TITR-3", "ITB-INIT-2", "ITB-STOP-1"}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], print_blob=True)
@given(plan=plans())
def test_tool_agrees_with_direct_calculation(tmp_path: Path, plan: dict[str, Any]) -> None:
    path = tmp_path / "generated.yaml"
    path.write_text(yaml.safe_dump(plan, sort_keys=False), encoding="utf-8")
    result = check_paths([str(path)], default_ruleset(), 30.0).results[0]
    assert result.verdict in ("safe", "unsafe"), [f.message for f in result.findings]
    expected = direct_violations(plan)
    assert errors(result) & RELEVANT == expected, (expected, [f.message for f in result.findings])
    assert errors(result) <= RELEVANT
    if result.verdict == "safe":
        assert not expected
    for finding in result.findings:
        if finding.requirement == "ITB-TITR-3":
            assert finding.at_h is not None and "w" in (finding.counterexample or {})
            t = Fraction(finding.at_h)
            assert _window_excess(plan, t) > 0, f"counterexample window at {t} h does not break ITB-TITR-3"
