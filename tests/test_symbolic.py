"""Symbolic documents: pump programs (patient boluses and the delivery factor as
solver variables), dose-limit configurations (kind: library) and `compare`.

Every counterexample the tool reports is recomputed here by hand, with exact
fractions and without itbverify's timeline, so a wrong replay cannot pass.

Program timeline (formats.md 2.2): the previous program runs at
previous.daily_dose_ug / 24 ug/h from since_h (default last_increase_h) to
hour 0, the new one from hour 0 to reservoir.next_refill_h; patient boluses are
instantaneous at times in [0, next_refill_h), at least lockout_h apart and at
most max_per_day in any half-open 24-hour window; the pump over-delivers
everything by one factor f in [1, 1 + tolerance/100].
"""

from __future__ import annotations

import copy
import itertools
import json
import math
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import CASES, REPO, check_document, errors, once_per_run, run_cli, run_process, warnings, write_yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from itbverify.analyses.check import check_source, check_text
from itbverify.documents.read import Source, compose
from itbverify.language.ruleset import RuleSet, default_ruleset

LIBRARIES = REPO / "examples" / "libraries"
LIMITS_SAFE = LIBRARIES / "limits-safe.yaml"
LIMITS_BROKEN = LIBRARIES / "limits-broken.yaml"
LIMITS_V2 = LIBRARIES / "limits-v2-child-20pct.yaml"
LIMITS_FLEX_SAFE = LIBRARIES / "limits-flex-safe.yaml"
LIMITS_FLEX_BROKEN = LIBRARIES / "limits-flex-broken.yaml"
WORST_CASE = CASES / "program-patient-bolus-worst-case.yaml"


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def q(value: Any) -> Fraction:
    """An exact number from a document or a JSON result (floats through their shortest text)."""
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(value)


def close(a: Fraction, b: Fraction) -> bool:
    return abs(a - b) <= Fraction(1, 10**9) * max(Fraction(1), abs(b))


def show(result: Any) -> str:
    lines = [f"verdict={result.verdict} errors={sorted(errors(result))} warnings={sorted(warnings(result))} unknown={result.unknown}"]
    for f in result.findings:
        lines.append(f"  {f.requirement} {f.severity} at_h={f.at_h} line={f.line}: {f.message} {f.counterexample}")
    return "\n".join(lines)


def finding(result: Any, req: str) -> Any:
    found = [f for f in result.findings if f.requirement == req and f.severity == "error"]
    assert found, show(result)
    return found[0]


def assert_proved(result: Any, req: str) -> None:
    assert req not in errors(result) | warnings(result), show(result)
    assert req in result.proved, show(result)


def assert_broken(result: Any, req: str) -> None:
    assert req in errors(result), show(result)
    assert result.verdict == "unsafe", show(result)
    assert req not in result.proved, show(result)


def program(**overrides: Any) -> dict[str, Any]:
    """An adult spinal program: 400 ug/day continuous -> 400 ug/day at 2000 ug/mL, refill in 240 h."""
    doc: dict[str, Any] = {
        "itbverify": 1,
        "kind": "program",
        "id": "test-program",
        "patient": {"age_years": 40, "origin": "spinal", "cause": "spinal-cord-injury"},
        "pump": {"programmable": True, "reservoir_ml": 40},
        "phase": "maintenance",
        "previous": {"daily_dose_ug": 400, "last_increase_h": -200},
        "new": {"mode": "continuous", "daily_dose_ug": 400, "concentration_ug_ml": 2000, "effective_at": "09:00"},
        "reservoir": {"volume_ml": 18.5, "concentration_ug_ml": 2000, "next_refill_h": 240},
    }
    for key, value in overrides.items():
        if value is None:
            doc.pop(key, None)
        elif isinstance(value, dict) and isinstance(doc.get(key), dict):
            merged = dict(doc[key])
            for k, v in value.items():
                if v is None:
                    merged.pop(k, None)
                else:
                    merged[k] = v
            doc[key] = merged
        else:
            doc[key] = copy.deepcopy(value)
    return doc


def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class Continuous:
    """A continuous program change, by hand: rates per hour, boluses and f, exact."""

    def __init__(self, doc: dict[str, Any], boluses_h: list[Any], f: Any) -> None:
        previous, new = doc["previous"], doc["new"]
        assert new.get("mode", "continuous") == "continuous" and previous.get("mode", "continuous") == "continuous"
        self.old_daily = q(previous["daily_dose_ug"])
        self.new_daily = q(new["daily_dose_ug"])
        self.since = q(previous.get("since_h", previous["last_increase_h"]))
        self.end = q(doc["reservoir"]["next_refill_h"])
        self.bolus_dose = q(doc["patient_bolus"]["dose_ug"]) if "patient_bolus" in doc else Fraction(0)
        self.boluses = [q(b) for b in boluses_h]
        self.f = q(f)

    @staticmethod
    def _overlap(a: Fraction, b: Fraction, lo: Fraction, hi: Fraction) -> Fraction:
        return max(Fraction(0), min(b, hi) - max(a, lo))

    def delivered(self, a: Fraction, b: Fraction) -> Fraction:
        """ug delivered in [a, b): infusion pieces plus boluses in [a, b), times f."""
        infused = self.old_daily / 24 * self._overlap(a, b, self.since, Fraction(0))
        infused += self.new_daily / 24 * self._overlap(a, b, Fraction(0), self.end)
        bolused = sum((self.bolus_dose for t in self.boluses if a <= t < b), Fraction(0))
        return self.f * (infused + bolused)

    def dose_in_force(self, t: Fraction) -> Fraction:
        return self.new_daily if t >= 0 else self.old_daily

    def window_and_before(self, start: Fraction) -> tuple[Fraction, Fraction]:
        in_window = self.delivered(start, start + 24)
        if start - 24 >= self.since:
            before = self.delivered(start - 24, start)
        else:
            before = self.f * self.dose_in_force(start)
        return in_window, before

    def assert_bolus_pattern_allowed(self, doc: dict[str, Any]) -> None:
        """The bolus times are a pattern the program allows (lockout, max per 24 h, horizon)."""
        settings = doc["patient_bolus"]
        lockout, most = q(settings["lockout_h"]), int(settings["max_per_day"])
        times = self.boluses
        assert times == sorted(times), times
        for t in times:
            assert 0 <= t < self.end, times
        for a, b in itertools.pairwise(times):
            assert b - a >= lockout, (times, lockout)
        for t in times:
            assert sum(1 for u in times if t <= u < t + 24) <= most, (times, most)


def assert_titr3_counterexample_replays(doc: dict[str, Any], result: Any, limit: Fraction) -> None:
    """The ITB-TITR-3 counterexample, recomputed by hand, breaks the limit, and the tool's numbers agree."""
    f = finding(result, "ITB-TITR-3")
    ce = f.counterexample
    assert ce is not None, show(result)
    start, end = q(ce["w"]["start_h"]), q(ce["w"]["end_h"])
    # JSON carries a solver's rational (240/180013, say) as a float: compare to within 1e-9 here;
    # test_reported_counterexample_numbers_are_exact asks for exactness.
    assert close(end - start, Fraction(24)), ce
    timeline = Continuous(doc, ce["boluses_h"], ce["delivery_factor"])
    tolerance = q(doc.get("delivery_tolerance_pct", 0))
    assert 1 <= timeline.f <= 1 + tolerance / 100, ce
    if "patient_bolus" in doc:
        timeline.assert_bolus_pattern_allowed(doc)
    else:
        assert ce["boluses_h"] == [], ce
    # The window lies in the run of infusion.
    assert timeline.since <= start and end <= timeline.end, ce
    in_window, before = timeline.window_and_before(start)
    assert in_window > (1 + limit) * before, (ce, in_window, before)
    assert close(q(ce["in_window"]), in_window), (ce, in_window)
    assert close(q(ce["before"]), before), (ce, before)


# ---------------------------------------------------------------------------
# 1. Programs
# ---------------------------------------------------------------------------


def test_worst_case_patient_bolus_counterexample_is_concrete_and_replays_by_hand() -> None:
    run = run_cli("check", "--format", "json", str(WORST_CASE))
    assert run.returncode == 1, run.stdout + run.stderr
    out = json.loads(run.stdout)
    assert out["verdict"] == "unsafe", out
    found = [f for f in out["findings"] if f["requirement"] == "ITB-TITR-3" and f["severity"] == "error"]
    assert found, out
    ce = found[0]["counterexample"]
    for key in ("w", "boluses_h", "delivery_factor", "in_window", "before"):
        assert key in ce, ce
    doc = load(WORST_CASE)
    start, end = q(ce["w"]["start_h"]), q(ce["w"]["end_h"])
    assert end - start == 24
    timeline = Continuous(doc, ce["boluses_h"], ce["delivery_factor"])
    assert 1 <= timeline.f <= Fraction(115, 100)
    timeline.assert_bolus_pattern_allowed(doc)

    # By hand, independently: 400 ug/day = 50/3 ug/h before and after hour 0; 40 ug a bolus.
    rate = Fraction(400, 24)
    since = Fraction(-200)

    def by_hand(a: Fraction, b: Fraction) -> Fraction:
        infusion = rate * (max(Fraction(0), min(b, Fraction(0)) - max(a, since)) + max(Fraction(0), min(b, Fraction(1200)) - max(a, Fraction(0))))
        bolus = 40 * len([t for t in timeline.boluses if a <= t < b])
        return timeline.f * (infusion + bolus)

    in_window = by_hand(start, end)
    before = by_hand(start - 24, start) if start - 24 >= since else timeline.f * 400
    assert in_window > Fraction(13, 10) * before, (ce, in_window, before)
    assert q(ce["in_window"]) == in_window
    assert q(ce["before"]) == before
    # The excess can only come from boluses: at most 4 of them fit in a window.
    in_w = [t for t in timeline.boluses if start <= t < end]
    assert 2 <= len(in_w) <= 4, ce
    # The finding is located at the new program (line of `new:` in the case file).
    text = WORST_CASE.read_text(encoding="utf-8").splitlines()
    assert text[found[0]["line"] - 1].lstrip().startswith("new:"), found[0]


@pytest.mark.parametrize(
    "dose, lockout, most, tolerance, holds",
    [
        # max_per_day alone limits: the bolus total per window is dose * most.
        (120, 1, 1, None, True),  # 400 + 120 = 520 = 1.3 * 400 exactly
        (120.01, 1, 1, None, False),  # 0.01 ug more
        (60, 1, 2, None, True),
        (60, 1, 3, None, False),
        (30, 1, 4, None, True),
        (30.0025, 1, 4, None, False),  # 4 * 30.0025 = 120.01
        # The lockout limits: with 8 h, only 3 activations fit in a half-open 24 h window.
        (40, 8, 4, None, True),
        (40, 7.99, 4, None, False),
        (60, 12, 4, None, True),
        (60, 11.99, 4, None, False),
        # The delivery factor cancels out of the ratio.
        (120, 1, 1, 15, True),
        (120.01, 1, 1, 15, False),
        (40, 8, 4, 10, True),
        (40, 7.99, 4, 10, False),
    ],
)
def test_patient_bolus_titr3_exact_boundaries(check: Any, dose: Any, lockout: Any, most: int, tolerance: Any, holds: bool) -> None:
    doc = program(patient_bolus={"dose_ug": dose, "lockout_h": lockout, "max_per_day": most}, delivery_tolerance_pct=tolerance)
    result = check(doc)
    assert "ITB-TITR-3" not in result.unknown, show(result)
    if holds:
        assert_proved(result, "ITB-TITR-3")
        assert result.verdict == "safe", show(result)
    else:
        assert_broken(result, "ITB-TITR-3")
        assert_titr3_counterexample_replays(doc, result, Fraction(3, 10))
        # The increase comes from the boluses only: the programmed dose does not change.
        assert "ITB-TITR-1" in result.proved, show(result)


def test_no_patient_bolus_equal_dose_is_safe(check: Any) -> None:
    result = check(program(delivery_tolerance_pct=15))
    assert result.verdict == "safe", show(result)
    for req in ("ITB-TITR-1", "ITB-TITR-2", "ITB-TITR-3", "ITB-PUMP-4", "ITB-PUMP-5", "ITB-STOP-1"):
        assert req in result.proved, (req, show(result))


def test_programmed_increase_titr3_boundary_with_tolerance(check: Any) -> None:
    """400 -> 520 is +30% exactly (TITR-1 and TITR-3 hold for every f); 520.01 breaks both."""
    ok = check(program(new={"daily_dose_ug": 520}, delivery_tolerance_pct=15))
    assert_proved(ok, "ITB-TITR-1")
    assert_proved(ok, "ITB-TITR-3")
    bad_doc = program(new={"daily_dose_ug": 520.01}, delivery_tolerance_pct=15)
    bad = check(bad_doc)
    assert_broken(bad, "ITB-TITR-1")
    assert_broken(bad, "ITB-TITR-3")
    assert_titr3_counterexample_replays(bad_doc, bad, Fraction(3, 10))


def test_reported_counterexample_numbers_are_exact(check: Any) -> None:
    doc = program(new={"daily_dose_ug": 520.01}, delivery_tolerance_pct=15)
    result = check(doc)
    ce = finding(result, "ITB-TITR-3").counterexample
    start, end = q(ce["w"]["start_h"]), q(ce["w"]["end_h"])
    assert end - start == 24, ce
    in_window, before = Continuous(doc, ce["boluses_h"], ce["delivery_factor"]).window_and_before(start)
    assert q(ce["in_window"]) == in_window and q(ce["before"]) == before, (ce, in_window, before)


def _reservoir_case(volume: Any, tolerance: Any, bolus: dict[str, Any] | None = None) -> dict[str, Any]:
    return program(
        previous={"daily_dose_ug": 480},
        new={"daily_dose_ug": 480},
        reservoir={"volume_ml": volume},
        delivery_tolerance_pct=tolerance,
        patient_bolus=bolus,
    )


def _left_at_refill(doc: dict[str, Any], f: Fraction, boluses: int) -> Fraction:
    """mL left at next_refill_h, by hand: volume - f * (infusion + boluses) / concentration."""
    concentration = q(doc["new"]["concentration_ug_ml"])
    hours = q(doc["reservoir"]["next_refill_h"])
    ug = q(doc["new"]["daily_dose_ug"]) / 24 * hours
    if boluses:
        ug += boluses * q(doc["patient_bolus"]["dose_ug"])
    return q(doc["reservoir"]["volume_ml"]) - f * ug / concentration


@pytest.mark.parametrize(
    "volume, tolerance, holds",
    [
        # 480 ug/day at 2000 ug/mL for 240 h: 2.4 mL at f = 1, 2.76 mL at f = 1.15; the alarm is at 2 mL.
        (4.41, None, True),  # 2.01 mL left
        (4.4, None, False),  # exactly 2 mL: not above the alarm
        (4.5, None, True),
        (4.5, 15, False),  # lasts at f = 1 only: 1.74 mL left at f = 1.15
        (4.76, 15, False),  # exactly 2 mL at f = 1.15
        (4.77, 15, True),
    ],
)
def test_delivery_tolerance_matters_for_the_reservoir(check: Any, volume: Any, tolerance: Any, holds: bool) -> None:
    doc = _reservoir_case(volume, tolerance)
    high = 1 + q(tolerance or 0) / 100
    assert (_left_at_refill(doc, high, 0) > 2) == holds  # the hand calculation agrees with the expectation
    result = check(doc)
    # The ratio requirement does not see the tolerance.
    assert_proved(result, "ITB-TITR-3")
    if holds:
        assert_proved(result, "ITB-PUMP-4")
    else:
        assert_broken(result, "ITB-PUMP-4")
        f = q(finding(result, "ITB-PUMP-4").counterexample["delivery_factor"])
        assert 1 <= f <= high
        if tolerance and volume == 4.5:
            assert f > 1, "at f = 1 the reservoir lasts; the counterexample must use the tolerance"
            assert _left_at_refill(doc, f, 0) <= 2


@pytest.mark.parametrize(
    "volume, tolerance, holds",
    [
        # Plus a 20 ug patient bolus at most once per 24 h: 10 boluses fit in [0, 240), 0.1 mL.
        (4.5, None, False),  # 4.5 - 2.4 - 0.1 = 2.0
        (4.51, None, True),
        (4.75, 10, False),  # 4.75 - 1.1 * 2.5 = 2.0
        (4.76, 10, True),
    ],
)
def test_patient_boluses_draw_from_the_reservoir(check: Any, volume: Any, tolerance: Any, holds: bool) -> None:
    doc = _reservoir_case(volume, tolerance, {"dose_ug": 20, "lockout_h": 24, "max_per_day": 1})
    high = 1 + q(tolerance or 0) / 100
    assert (_left_at_refill(doc, high, 10) > 2) == holds
    result = check(doc)
    assert_proved(result, "ITB-TITR-3")
    if holds:
        assert_proved(result, "ITB-PUMP-4")
    else:
        assert_broken(result, "ITB-PUMP-4")
        ce = finding(result, "ITB-PUMP-4").counterexample
        f = q(ce["delivery_factor"])
        assert 1 <= f <= high
        assert len(ce["boluses_h"]) <= 10, ce
        Continuous(doc, ce["boluses_h"], f).assert_bolus_pattern_allowed(doc)
        # Replayed by hand at the end: everything the pump drew up to next_refill_h.
        assert _left_at_refill(doc, f, len(ce["boluses_h"])) <= 2, ce


@pytest.mark.parametrize(
    "filled_at, next_refill, holds",
    [
        (-48, 1800, True),  # 1848 h exactly
        (-48, 1800.01, False),
        (None, 1848, True),  # without filled_at_h: next_refill_h <= 1848
        (None, 1848.01, False),
        (-1848, 0.01, False),
        (-1847.99, 0.01, True),
    ],
)
def test_pump5_fill_used_at_most_1848_hours(check: Any, filled_at: Any, next_refill: Any, holds: bool) -> None:
    # 100 ug/day at 2000 ug/mL: 3.85 mL in 77 days, far from the alarm.
    doc = program(
        previous={"daily_dose_ug": 100},
        new={"daily_dose_ug": 100},
        reservoir={"filled_at_h": filled_at, "next_refill_h": next_refill},
    )
    result = check(doc)
    if holds:
        assert_proved(result, "ITB-PUMP-5")
        assert result.verdict == "safe", show(result)
    else:
        assert_broken(result, "ITB-PUMP-5")
        assert errors(result) == {"ITB-PUMP-5"}, show(result)


@pytest.mark.parametrize(
    "phase, new_dose, holds",
    [
        ("maintenance", 320, True),  # exactly 80% of 400
        ("maintenance", 319.99, False),
        ("taper", 320, True),
        ("taper", 319.99, False),  # a taper is not exempt
        ("emergency", 319.99, True),
        ("emergency", 100, True),
        ("emergency", 0, True),  # an emergency stop
    ],
)
def test_stop1_reduction_in_a_program(check: Any, phase: str, new_dose: Any, holds: bool) -> None:
    result = check(program(phase=phase, new={"daily_dose_ug": new_dose}))
    if holds:
        assert "ITB-STOP-1" not in errors(result), show(result)
        assert "ITB-STOP-1" in result.proved, show(result)
    else:
        assert_broken(result, "ITB-STOP-1")
        assert q(finding(result, "ITB-STOP-1").counterexample["s"]["daily_dose_ug"]) == q(new_dose), show(result)


def test_emergency_program_never_increases(check: Any) -> None:
    result = check(program(phase="emergency", new={"daily_dose_ug": 400.01}))
    assert_broken(result, "ITB-TITR-1")


@pytest.mark.parametrize(
    "programmable, last_increase, holds",
    [
        (True, -24, True),
        (True, -23.99, False),
        (False, -48, True),  # 48 h with a non-programmable pump
        (False, -47.99, False),
    ],
)
def test_titr2_time_since_last_increase(check: Any, programmable: bool, last_increase: Any, holds: bool) -> None:
    doc = program(
        pump={"programmable": programmable},
        previous={"daily_dose_ug": 400, "last_increase_h": last_increase},
        new={"daily_dose_ug": 440},
    )
    result = check(doc)
    if holds:
        assert_proved(result, "ITB-TITR-2")
    else:
        assert_broken(result, "ITB-TITR-2")


def test_titr2_no_increase_no_gap_needed(check: Any) -> None:
    result = check(program(previous={"daily_dose_ug": 400, "last_increase_h": -1}, new={"daily_dose_ug": 400}))
    assert_proved(result, "ITB-TITR-2")


def test_flex_program_examples(check: Any) -> None:
    night = load(REPO / "examples" / "program-flex-night.yaml")
    result = check(night)
    assert result.verdict == "safe", show(result)
    assert "ITB-TITR-3" in result.proved and "ITB-PUMP-2" in result.proved, show(result)


@pytest.mark.parametrize(
    "low, high, holds",
    [
        # 10 ug/h before; the new flex schedule runs `low` for 14 h and `high` for 10 h:
        # 12 * 14 + 14.4 * 10 = 312 = 1.3 * 240 exactly, and 14.4 = 1.2 * 12 (ITB-PUMP-2's limit).
        (12, 14.4, True),
        (12.01, 14.4, False),  # 312.14 ug/day
    ],
)
def test_flex_program_increase_boundary(check: Any, low: Any, high: Any, holds: bool) -> None:
    doc = program(
        previous={"daily_dose_ug": 240},
        new={"mode": "flex", "daily_dose_ug": None, "steps": [{"start": "00:00", "dose_ug_h": low}, {"start": "14:00", "dose_ug_h": high}]},
    )
    result = check(doc)
    assert_proved(result, "ITB-PUMP-2")
    if holds:
        assert_proved(result, "ITB-TITR-3")
        assert_proved(result, "ITB-TITR-1")
    else:
        assert_broken(result, "ITB-TITR-3")
        ce = finding(result, "ITB-TITR-3").counterexample
        # A window wholly in the new program holds one full day of the schedule.
        start = q(ce["w"]["start_h"])
        daily = q(low) * 14 + q(high) * 10
        if start >= 0:
            assert q(ce["in_window"]) == daily, ce
        assert q(ce["in_window"]) > Fraction(13, 10) * q(ce["before"]), ce


def _many_boluses(**overrides: Any) -> dict[str, Any]:
    """A program whose patient boluses (1 ug, every 30 min, 48 a day for 240 h) number 480 before the refill."""
    return program(patient_bolus={"dose_ug": 1, "lockout_h": 0.5, "max_per_day": 48}, **overrides)


def test_more_patient_boluses_than_modelled_is_unknown_not_invalid(tmp_path: Path) -> None:
    """480 boluses fit before the refill, more than the 400 the tool models: a limit of the tool, not an error in the document."""
    run = run_cli("check", "--format", "json", str(write_yaml(tmp_path, "many.yaml", _many_boluses())))
    out = json.loads(run.stdout)
    assert run.returncode == 3 and out["verdict"] == "unknown", out
    assert not [f for f in out["findings"] if f["severity"] == "error"], out
    # By hand, 400 ug/day and at most 48 ug of boluses a day: +12%, within 30%; not proved for all 480 though.
    assert "ITB-TITR-3" in out["unknown"] and "ITB-TITR-3" not in out["proved"], out
    assert "ITB-TITR-1" in out["proved"], out
    assert any("480 boluses" in n and "400" in n for n in out["notes"]), out["notes"]


def test_more_patient_boluses_than_modelled_with_an_error_proved_regardless_is_unsafe(tmp_path: Path) -> None:
    run = run_cli("check", "--format", "json", str(write_yaml(tmp_path, "many.yaml", _many_boluses(new={"daily_dose_ug": 600}))))
    out = json.loads(run.stdout)
    assert run.returncode == 1 and out["verdict"] == "unsafe", out
    assert "ITB-TITR-1" in {f["requirement"] for f in out["findings"] if f["severity"] == "error"}, out
    assert any("480 boluses" in n for n in out["notes"]), out["notes"]


@pytest.mark.parametrize(
    "daily, dose, holds",
    [
        (80, 100, True),  # the larger of 100 ug and the daily dose: 100
        (80, 100.01, False),
        (400, 400, True),  # the daily dose in force: 400
        (400, 400.01, False),
    ],
)
def test_dose3_patient_bolus_against_the_new_daily_dose(check: Any, daily: Any, dose: Any, holds: bool) -> None:
    doc = program(previous={"daily_dose_ug": daily}, new={"daily_dose_ug": daily},
                  patient_bolus={"dose_ug": dose, "lockout_h": 24, "max_per_day": 1})
    result = check(doc)
    if holds:
        assert_proved(result, "ITB-DOSE-3")
    else:
        assert_broken(result, "ITB-DOSE-3")
        assert q(finding(result, "ITB-DOSE-3").counterexample["b"]["dose_ug"]) == q(dose), show(result)


@pytest.mark.parametrize("engine", ["auto", "z3"])
def test_pump2_judges_the_programmed_flex_schedule_not_the_previous_one(tmp_path: Path, engine: str) -> None:
    """A program that replaces a flex schedule 50% above its lowest step with one 20% above is not flagged."""
    bad = [{"start": "00:00", "dose_ug_h": 10}, {"start": "20:00", "dose_ug_h": 15}]
    good = [{"start": "00:00", "dose_ug_h": 10}, {"start": "20:00", "dose_ug_h": 12}]
    previous = {"mode": "flex", "steps": bad, "last_increase_h": -200, "daily_dose_ug": None}
    replaced = program(previous=previous, new={"mode": "flex", "daily_dose_ug": None, "steps": good, "effective_at": "00:00"})
    out = json.loads(run_cli("check", "--format", "json", "--engine", engine, str(write_yaml(tmp_path, "replaced.yaml", replaced))).stdout)
    assert "ITB-PUMP-2" in out["proved"], out
    assert out["verdict"] == "safe", out
    # The same schedule programmed anew is flagged.
    kept = program(previous=previous, new={"mode": "flex", "daily_dose_ug": None, "steps": bad, "effective_at": "00:00"})
    out = json.loads(run_cli("check", "--format", "json", "--engine", engine, str(write_yaml(tmp_path, "kept.yaml", kept))).stdout)
    assert "ITB-PUMP-2" in {f["requirement"] for f in out["findings"] if f["severity"] == "error"}, out


# ---------------------------------------------------------------------------
# 2. Unknown is never safe
# ---------------------------------------------------------------------------


def test_timeout_gives_unknown_and_exit_3() -> None:
    run = run_cli("check", "--timeout", "0.001", "--format", "json", str(WORST_CASE))
    out = json.loads(run.stdout)
    assert out["verdict"] == "unknown", out
    assert run.returncode == 3, run.stdout + run.stderr
    assert out["unknown"], out
    assert "ITB-TITR-3" not in out["proved"], out
    assert not [f for f in out["findings"] if f["severity"] == "error"], out


def test_timeout_text_output_does_not_say_safe() -> None:
    run = run_cli("check", "--timeout", "0.001", str(WORST_CASE))
    assert run.returncode == 3, run.stdout + run.stderr
    assert "program-patient-bolus-worst-case: UNKNOWN" in run.stdout, run.stdout
    assert ": SAFE" not in run.stdout, run.stdout


# ---------------------------------------------------------------------------
# 3. Libraries
# ---------------------------------------------------------------------------


def test_limits_safe_is_proved_safe() -> None:
    run = run_cli("check", "--format", "json", str(LIMITS_SAFE))
    assert run.returncode == 0, run.stdout + run.stderr
    out = json.loads(run.stdout)
    assert out["kind"] == "library"
    assert out["verdict"] == "safe", out
    assert not [f for f in out["findings"] if f["severity"] == "error"], out
    for req in ("ITB-TITR-1", "ITB-TITR-3", "ITB-STOP-1", "ITB-PUMP-4", "ITB-PUMP-5", "ITB-CONC-1"):
        assert req in out["proved"], (req, out["proved"])
    assert not out["unknown"], out
    # Requirements for plans only never apply to a configuration.
    for req in ("ITB-SCR-1", "ITB-INIT-2", "ITB-STOP-2", "ITB-PUMP-6"):
        assert req in out["not_applicable"], (req, out)


def _check_emitting(tmp_path_factory: pytest.TempPathFactory, library: Path) -> tuple[Any, dict[str, Any], Path]:
    """`check --emit-counterexample` on a configuration: the run, its JSON result, the folder."""
    folder = tmp_path_factory.mktemp("counterexamples")
    # A command of its own: "the same on every run" is said of the command.
    run = run_process("check", "--format", "json", "--emit-counterexample", str(folder), str(library))
    return run, json.loads(run.stdout), folder


@pytest.fixture(scope="module")
def broken_library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, Any], Path]:
    return once_per_run(tmp_path_factory, "broken-library", lambda: _check_emitting(tmp_path_factory, LIMITS_BROKEN))


def test_limits_broken_is_unsafe(broken_library: Any) -> None:
    run, out, _ = broken_library
    assert run.returncode == 1, run.stdout + run.stderr
    assert out["verdict"] == "unsafe", out
    errs = {f["requirement"] for f in out["findings"] if f["severity"] == "error"}
    assert errs, out
    # Children raised by 30%, two 50 ug patient boluses a day whatever the daily dose, no reservoir
    # check: each is found; refills within 1848 h are proved.
    assert {"ITB-TITR-1", "ITB-TITR-3", "ITB-PUMP-4"} <= errs, errs
    for req in errs:
        assert req not in out["proved"], (req, out)
    assert "ITB-PUMP-5" in out["proved"], out
    for f in out["findings"]:
        if f["severity"] == "error":
            assert f["line"] is not None and f["column"] is not None, f


def test_limits_broken_counterexamples_round_trip(broken_library: Any) -> None:
    """Every error finding's program is written out, and checking it reports the same requirement."""
    _, out, folder = broken_library
    findings = [f for f in out["findings"] if f["severity"] == "error"]
    assert findings, out
    files: list[tuple[str, Path]] = []
    for f in findings:
        ce = f["counterexample"]
        assert ce is not None and "program" in ce, f
        path = Path(ce.get("file") or folder / f"{ce['program']['id']}.yaml")
        assert path.exists(), (f, sorted(p.name for p in folder.iterdir()))
        assert path.parent.resolve() == folder.resolve(), path
        assert yaml.safe_load(path.read_text(encoding="utf-8")) == ce["program"], path
        files.append((f["requirement"], path))
    run = run_cli("check", "--format", "json", *[str(p) for _, p in files])
    results = json.loads(run.stdout)
    if isinstance(results, dict):
        results = [results]
    assert len(results) == len(files), run.stdout
    by_file = {Path(r["file"]).resolve(): r for r in results}
    for req, path in files:
        result = by_file[path.resolve()]
        assert result["kind"] == "program", result
        assert result["verdict"] == "unsafe", result
        assert req in {x["requirement"] for x in result["findings"] if x["severity"] == "error"}, (req, result)
    assert run.returncode == 1, run.stdout + run.stderr


def test_limits_broken_titr1_counterexample_by_hand(broken_library: Any) -> None:
    """The child's program raises the daily dose by more than the label's 15%, by at most the configured 30%."""
    _, out, _ = broken_library
    found = [f for f in out["findings"] if f["requirement"] == "ITB-TITR-1" and f["severity"] == "error"]
    assert found, out
    prog = found[0]["counterexample"]["program"]
    assert q(prog["patient"]["age_years"]) < 18 and prog["patient"]["origin"] == "spinal", prog
    old, new = q(prog["previous"]["daily_dose_ug"]), q(prog["new"]["daily_dose_ug"])
    assert Fraction(115, 100) * old < new <= Fraction(130, 100) * old, prog
    # Accepted by limits-broken: dose range and the least age.
    assert 12 <= new <= 800 and q(prog["patient"]["age_years"]) >= 4, prog


@pytest.fixture(scope="module")
def broken_library_again(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, Any], Path]:
    return _check_emitting(tmp_path_factory, LIMITS_BROKEN)


def test_limits_broken_counterexamples_are_the_same_on_every_run(broken_library: Any, broken_library_again: Any) -> None:
    """Same input, same output: the emitted programs are byte-identical, and so is the result (but for the folder)."""
    (first, _, folder), (second, _, again) = broken_library, broken_library_again
    names = sorted(p.name for p in folder.iterdir())
    assert names and names == sorted(p.name for p in again.iterdir())
    for name in names:
        assert (folder / name).read_bytes() == (again / name).read_bytes(), name
    assert first.stdout.replace(str(folder), "DIR") == second.stdout.replace(str(again), "DIR")


def test_limits_broken_counterexamples_are_plausible_and_minimal(broken_library: Any) -> None:
    """A realistic reservoir and refill, and checked on its own each program breaks its requirement and as little else as it can."""
    _, out, _ = broken_library
    findings = [f for f in out["findings"] if f["severity"] == "error"]
    assert findings, out
    files = [f["counterexample"]["file"] for f in findings]
    results = json.loads(run_cli("check", "--format", "json", *files).stdout)
    results = results if isinstance(results, list) else [results]
    for f, result in zip(findings, results):
        req, prog = f["requirement"], f["counterexample"]["program"]
        reservoir = prog["reservoir"]
        assert q(reservoir["volume_ml"]) > q(prog["pump"]["low_reservoir_alarm_ml"]), prog
        assert q(reservoir["next_refill_h"]) >= 24 and q(prog["previous"]["last_increase_h"]) <= -24, prog
        broken = {x["requirement"] for x in result["findings"] if x["severity"] == "error"}
        # A 15.005% rise for a child is also a 24-hour window 15.005% above the one before: unavoidable.
        assert broken - {req} <= ({"ITB-TITR-3"} if req == "ITB-TITR-1" else set()), (req, result)
        if req == "ITB-TITR-1":
            old, new = q(prog["previous"]["daily_dose_ug"]), q(prog["new"]["daily_dose_ug"])
            assert Fraction(115, 100) * old < new <= Fraction(115, 100) * old + Fraction(1, 100), prog


def _bolus_library(tmp_path: Path, max_dose: Any) -> Path:
    doc = load(LIMITS_BROKEN)
    doc["patient_bolus"]["max_dose_ug"] = max_dose
    doc["id"] = f"bolus-{max_dose}"
    return write_yaml(tmp_path, f"bolus-{max_dose}.yaml", doc)


def test_limits_broken_patient_boluses_are_within_dose3(broken_library: Any) -> None:
    """Its 50 ug patient bolus is below 100 ug, whatever the daily dose."""
    _, out, _ = broken_library
    assert "ITB-DOSE-3" in out["proved"], out


def test_a_configuration_allowing_a_patient_bolus_above_100_ug_breaks_dose3(tmp_path: Path) -> None:
    """150 ug patient boluses with daily doses down to 12 ug: a bolus above max(100 ug, the new daily dose)."""
    run = run_cli("check", "--format", "json", "--emit-counterexample", str(tmp_path / "cx"), str(_bolus_library(tmp_path, 150)))
    out = json.loads(run.stdout)
    assert run.returncode == 1 and out["verdict"] == "unsafe", out
    found = [f for f in out["findings"] if f["requirement"] == "ITB-DOSE-3"]
    assert found and found[0]["severity"] == "error", out
    prog = found[0]["counterexample"]["program"]
    dose = q(prog["patient_bolus"]["dose_ug"])
    assert max(Fraction(100), q(prog["new"]["daily_dose_ug"])) < dose <= 150, prog
    again = json.loads(run_cli("check", "--format", "json", found[0]["counterexample"]["file"]).stdout)
    assert "ITB-DOSE-3" in {f["requirement"] for f in again["findings"] if f["severity"] == "error"}, again


def test_compare_a_larger_patient_bolus_gives_dose3_witnesses(tmp_path: Path) -> None:
    run, out = compare(LIMITS_BROKEN, _bolus_library(tmp_path, 150))
    assert run.returncode == 0 and out["relation"] == "more-permissive", out
    assert out["witnesses"], out
    for w in out["witnesses"]:
        # The difference lets in what the old configuration keeps out: a bolus the label forbids.
        assert w["accepted_by"] == "new" and "ITB-DOSE-3" in w["breaks"], w
        assert 50 < q(w["program"]["patient_bolus"]["dose_ug"]) <= 150, w


@pytest.fixture(scope="module")
def safe_vs_broken(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, Any], Path]:
    """`compare limits-safe limits-broken --emit-witness` (a real command run), shared by the tests that read it."""
    def compared() -> tuple[Any, dict[str, Any], Path]:
        folder = tmp_path_factory.mktemp("witnesses") / "a"
        # A command of its own: "the same on every run" is said of the command.
        run = run_process("compare", "--format", "json", "--emit-witness", str(folder), str(LIMITS_SAFE), str(LIMITS_BROKEN))
        return run, json.loads(run.stdout), folder

    return once_per_run(tmp_path_factory, "safe-vs-broken", compared)


def test_compare_witnesses_are_the_same_on_every_run(tmp_path: Path, safe_vs_broken: Any) -> None:
    first, out, folder = safe_vs_broken
    second = run_process("compare", "--format", "json", "--emit-witness", str(tmp_path / "b"), str(LIMITS_SAFE), str(LIMITS_BROKEN))
    assert first.stdout == second.stdout
    names = sorted(p.name for p in folder.iterdir())
    assert names and names == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in names:
        assert (folder / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    for w in out["witnesses"]:
        reservoir = w["program"]["reservoir"]
        assert q(reservoir["volume_ml"]) > 2 and q(reservoir["next_refill_h"]) >= 24, w


def _library_text(transform: Any) -> str:
    return transform(LIMITS_SAFE.read_text(encoding="utf-8"))


def test_library_with_unknown_key_is_invalid(tmp_path: Path) -> None:
    text = _library_text(lambda t: t.replace("refuse_below_alarm", "refuse_below_alram"))
    path = tmp_path / "typo.yaml"
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    line = next(i for i, l in enumerate(lines, 1) if "refuse_below_alram" in l)
    column = lines[line - 1].index("refuse_below_alram") + 1
    run = run_cli("check", "--format", "json", str(path))
    assert run.returncode == 2, run.stdout + run.stderr
    out = json.loads(run.stdout)
    assert out["verdict"] == "invalid", out
    assert out["findings"], out
    assert not out["proved"], out
    hit = [f for f in out["findings"] if "refuse_below_alram" in f["message"]]
    assert hit, out
    assert hit[0]["requirement"] is None and hit[0]["severity"] == "error"
    assert (hit[0]["line"], hit[0]["column"]) == (line, column), hit[0]


def test_library_with_unknown_top_level_key_is_invalid(tmp_path: Path) -> None:
    doc = load(LIMITS_SAFE)
    doc["minimum_age_yaers"] = 4
    path = write_yaml(tmp_path, "typo-top.yaml", doc)
    run = run_cli("check", "--format", "json", str(path))
    assert run.returncode == 2, run.stdout + run.stderr
    out = json.loads(run.stdout)
    assert out["verdict"] == "invalid", out
    hit = [f for f in out["findings"] if "minimum_age_yaers" in f["message"]]
    assert hit and hit[0]["line"] is not None and hit[0]["column"] is not None, out


def _minutes(clock: str) -> int:
    return int(clock[:2]) * 60 + int(clock[3:])


def _flex_daily(steps: list[dict[str, Any]]) -> Fraction:
    starts = [_minutes(s["start"]) for s in steps] + [24 * 60]
    return sum((q(s["dose_ug_h"]) * Fraction(b - a, 60) for s, a, b in zip(steps, starts, starts[1:])), Fraction(0))


def _only(*ids: str) -> RuleSet:
    """The shipped rule set with only these rules (and every definition)."""
    rules = default_ruleset()
    return RuleSet(rules.files, tuple(r for r in rules.rules if r.id in ids), rules.definitions)


def _flex_library(tmp_path: Path) -> Path:
    doc = load(LIMITS_SAFE)
    doc["flex"] = {"phases": ["maintenance"], "max_steps": 13, "max_step_ratio_pct": 20}
    return write_yaml(tmp_path, "with-flex.yaml", doc)


def test_limits_safe_with_flex_in_maintenance_is_unsafe_for_children(tmp_path: Path) -> None:
    """limits-safe's 15% for children leaves no room for a flex program next to the change.

    The flex limits themselves (maintenance only, steps at most 20% above the
    lowest) are proved; the 24-hour window across the change is not: the
    running flex program loads its last hours, then the child's dose rises 15%.
    """
    path = _flex_library(tmp_path)
    # The three requirements the test is about, each decided on its own as with every rule (analyses/library.py).
    rules = _only("ITB-PUMP-1", "ITB-PUMP-2", "ITB-TITR-3")
    node, problems = compose(path.read_text(encoding="utf-8"), str(path))
    out = check_source(Source(str(path), 1, 1, node, problems), rules, emit=tmp_path / "cx").to_json()
    assert out["verdict"] == "unsafe", out
    assert {"ITB-PUMP-1", "ITB-PUMP-2"} <= set(out["proved"]), out
    found = [f for f in out["findings"] if f["requirement"] == "ITB-TITR-3"]
    assert found, out
    prog = found[0]["counterexample"]["program"]
    assert q(prog["patient"]["age_years"]) < 18, prog
    assert prog["previous"]["mode"] == "flex" and prog["new"]["mode"] == "continuous", prog
    rates = [q(s["dose_ug_h"]) for s in prog["previous"]["steps"]]
    assert max(rates) <= Fraction(120, 100) * min(rates), prog
    # Accepted: the new daily dose is at most 15% above the running flex program's.
    assert q(prog["new"]["daily_dose_ug"]) <= Fraction(115, 100) * _flex_daily(prog["previous"]["steps"]), prog
    # The emitted program, checked on its own, breaks ITB-TITR-3.
    again = run_cli("check", "--format", "json", found[0]["counterexample"]["file"])
    assert "ITB-TITR-3" in {f["requirement"] for f in json.loads(again.stdout)["findings"]}, again.stdout


def _decide_shape(path: Path, band: str, phase: str, **flex: Any) -> tuple[str, Any]:
    from itbverify.analyses.library import _decide, load_library
    from itbverify.documents.read import read_sources
    from itbverify.engines.z3.configurations import build_shape
    from itbverify.language.ruleset import default_ruleset

    source = next(iter(read_sources(path, str(path))))
    library = load_library(source.node, source.file)
    profile = next(p for p in library.profiles if p.origin == "spinal" and p.band == band and phase in p.phases)
    ruleset = default_ruleset()
    return _decide(ruleset.rule("ITB-TITR-3"), library, build_shape(library, profile, phase, **flex), ruleset, 30)


def test_a_new_flex_program_that_front_loads_is_found(tmp_path: Path) -> None:
    """A child's new flex schedule, 15% above a continuous dose, loads the hours after the change."""
    verdict, finding = _decide_shape(_flex_library(tmp_path), "child", "maintenance", flex="envelope")
    assert verdict == "violated" and finding is not None, verdict
    prog = finding.program
    assert prog["new"]["mode"] == "flex" and "mode" not in prog["previous"], prog
    rates = [q(s["dose_ug_h"]) for s in prog["new"]["steps"]]
    assert max(rates) <= Fraction(120, 100) * min(rates), prog
    assert _flex_daily(prog["new"]["steps"]) <= Fraction(115, 100) * q(prog["previous"]["daily_dose_ug"]), prog
    assert "ITB-TITR-3" in {f.requirement for f in finding.replayed.findings}


@pytest.mark.parametrize(("library", "verdict"), [("limits-safe+flex", "violated"), ("limits-flex-safe", "proved")])
def test_a_running_flex_program_then_a_continuous_increase(tmp_path: Path, library: str, verdict: str) -> None:
    """After a flex program, a child's 15% increase breaks ITB-TITR-3; limits-flex-safe's 10% does not."""
    path = _flex_library(tmp_path) if library == "limits-safe+flex" else LIMITS_FLEX_SAFE
    found, finding = _decide_shape(path, "child", "titration", previous_flex="envelope")
    assert found == verdict, found
    if finding is not None:
        assert finding.program["previous"]["mode"] == "flex", finding.program
        assert "ITB-TITR-3" in {f.requirement for f in finding.replayed.findings}


@pytest.fixture(scope="module")
def flex_safe_checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, Any]]:
    """`check` of limits-flex-safe (a real command run), shared by the tests that read its result."""
    def checked() -> tuple[Any, dict[str, Any]]:
        run = run_cli("check", "--format", "json", str(LIMITS_FLEX_SAFE))
        return run, json.loads(run.stdout)

    return once_per_run(tmp_path_factory, "flex-safe", checked)


def test_limits_flex_safe_is_proved_safe(flex_safe_checked: Any) -> None:
    run, out = flex_safe_checked
    assert run.returncode == 0 and out["verdict"] == "safe", out
    for req in ("ITB-PUMP-1", "ITB-PUMP-2", "ITB-TITR-1", "ITB-TITR-3", "ITB-PUMP-4", "ITB-STOP-1"):
        assert req in out["proved"], (req, out)
    assert not out["unknown"], out
    assert not any("not verified" in n for n in out["notes"]), out


@pytest.fixture(scope="module")
def flex_broken(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, Any], Path]:
    return once_per_run(tmp_path_factory, "flex-broken", lambda: _check_emitting(tmp_path_factory, LIMITS_FLEX_BROKEN))


def test_limits_flex_broken_counterexamples_are_flex_programs_that_round_trip(flex_broken: Any) -> None:
    run, out, _ = flex_broken
    assert run.returncode == 1 and out["verdict"] == "unsafe", out
    errs = {f["requirement"]: f for f in out["findings"] if f["severity"] == "error"}
    assert {"ITB-PUMP-1", "ITB-PUMP-2", "ITB-TITR-3"} <= set(errs), sorted(errs)
    pump1 = errs["ITB-PUMP-1"]["counterexample"]["program"]
    assert pump1["new"]["mode"] == "flex" and pump1["phase"] == "titration", pump1
    pump2 = errs["ITB-PUMP-2"]["counterexample"]["program"]
    rates = [q(s["dose_ug_h"]) for s in pump2["new"]["steps"]]
    # Accepted (at most 50% above the lowest, at most 4 steps) and past the label's 20%.
    assert Fraction(120, 100) * min(rates) < max(rates) <= Fraction(150, 100) * min(rates), pump2
    assert len(rates) <= 4 and pump2["new"]["effective_at"] == "00:00", pump2
    files = [errs[r]["counterexample"]["file"] for r in ("ITB-PUMP-1", "ITB-PUMP-2", "ITB-TITR-3")]
    again = run_cli("check", "--format", "json", *files)
    results = json.loads(again.stdout)
    for req, result in zip(("ITB-PUMP-1", "ITB-PUMP-2", "ITB-TITR-3"), results):
        assert result["kind"] == "program" and req in {f["requirement"] for f in result["findings"]}, (req, result)


@pytest.mark.parametrize(
    ("ratio", "phases", "broken"),
    [
        (20, ["maintenance"], set()),
        (20.01, ["maintenance"], {"ITB-PUMP-2"}),  # written to the YAML text as 20.01
        (20, ["maintenance", "taper"], {"ITB-PUMP-1"}),
    ],
)
def test_flex_limits_at_the_label_boundary(request: pytest.FixtureRequest, ratio: Any, phases: list[str], broken: set[str]) -> None:
    """Steps 20% above the lowest are allowed, 20.01% are not; flex only in maintenance."""
    doc = load(LIMITS_FLEX_SAFE)
    doc["flex"] = {"phases": phases, "max_steps": 13, "max_step_ratio_pct": ratio}
    if doc == load(LIMITS_FLEX_SAFE):
        # limits-flex-safe's own flex limits: the same configuration, checked once for both tests.
        out = request.getfixturevalue("flex_safe_checked")[1]
    else:
        # Only the two flex requirements put to the solver: a configuration's rules are decided each on its
        # own (analyses/library.py), and the rest of this one's take a minute (the same configuration with
        # every rule is limits-flex-safe, checked above).
        out = check_text(yaml.safe_dump(doc, sort_keys=False), "flex.yaml", _only("ITB-PUMP-1", "ITB-PUMP-2")).to_json()
    errs = {f["requirement"] for f in out["findings"] if f["severity"] == "error"}
    assert {"ITB-PUMP-1", "ITB-PUMP-2"} & errs == broken, out
    assert {"ITB-PUMP-1", "ITB-PUMP-2"} - broken <= set(out["proved"]), out


# ---------------------------------------------------------------------------
# 4. compare
# ---------------------------------------------------------------------------


def compare(old: Path, new: Path, *extra: str) -> tuple[Any, dict[str, Any]]:
    run = run_cli("compare", "--format", "json", *extra, str(old), str(new))
    return run, json.loads(run.stdout)


def test_compare_with_itself_is_equivalent() -> None:
    run, out = compare(LIMITS_SAFE, LIMITS_SAFE)
    assert run.returncode == 0, run.stdout + run.stderr
    assert out["relation"] == "equivalent", out
    assert out["witnesses"] == [], out


def _child_increase_ratio(prog: dict[str, Any]) -> Fraction:
    return q(prog["new"]["daily_dose_ug"]) / q(prog["previous"]["daily_dose_ug"])


def test_compare_v2_is_more_permissive_with_titr1_witness(tmp_path: Path) -> None:
    run, out = compare(LIMITS_SAFE, LIMITS_V2, "--emit-witness", str(tmp_path / "emitted"))
    assert run.returncode == 0, run.stdout + run.stderr
    assert out["relation"] == "more-permissive", out
    assert out["witnesses"], out
    assert all(w["accepted_by"] == "new" and w["refused_by"] == "old" for w in out["witnesses"]), out
    titr1 = [w for w in out["witnesses"] if "ITB-TITR-1" in w["breaks"]]
    assert titr1, out
    witness = titr1[0]
    prog = witness["program"]
    # By hand: a spinal child, raised by more than limits-safe's 15% and at most v2's 20%.
    assert q(prog["patient"]["age_years"]) < 18 and prog["patient"]["origin"] == "spinal", prog
    ratio = _child_increase_ratio(prog)
    assert Fraction(115, 100) < ratio <= Fraction(120, 100), (ratio, prog)
    # The emitted copy is the same program.
    emitted = tmp_path / "emitted" / f"{prog['id']}.yaml"
    assert emitted.exists()
    assert yaml.safe_load(emitted.read_text(encoding="utf-8")) == prog
    # Checking the witness program reports ITB-TITR-1.
    path = write_yaml(tmp_path, "witness.yaml", prog)
    check = run_cli("check", "--format", "json", str(path))
    result = json.loads(check.stdout)
    assert check.returncode == 1, check.stdout + check.stderr
    assert result["verdict"] == "unsafe", result
    assert "ITB-TITR-1" in {f["requirement"] for f in result["findings"] if f["severity"] == "error"}, result


def test_compare_reverse_is_less_permissive() -> None:
    run, out = compare(LIMITS_V2, LIMITS_SAFE)
    assert run.returncode == 0, run.stdout + run.stderr
    assert out["relation"] == "less-permissive", out
    assert out["witnesses"], out
    for w in out["witnesses"]:
        assert w["accepted_by"] == "old", w
        assert Fraction(115, 100) < _child_increase_ratio(w["program"]) <= Fraction(120, 100), w
    assert any("ITB-TITR-1" in w["breaks"] for w in out["witnesses"]), out


def test_compare_safe_and_broken_are_incomparable(safe_vs_broken: Any) -> None:
    run, out, _ = safe_vs_broken
    assert run.returncode == 0, run.stdout + run.stderr
    assert out["relation"] == "incomparable", out
    sides = {w["accepted_by"] for w in out["witnesses"]}
    assert sides == {"old", "new"}, out
    # What only limits-broken accepts includes programs that break the label.
    assert any(w["breaks"] for w in out["witnesses"] if w["accepted_by"] == "new"), out


# A proof over the envelope of all flex schedules must hold for every concrete schedule:
# programs limits-flex-safe accepts (a child, spinal origin, maintenance, up to 13 steps within
# 20%, at most 8% above the running dose; half of them front-loaded, the worst case for a
# window across the change) are generated and checked one by one.
@st.composite
def _accepted_flex_program(draw: Any) -> dict[str, Any]:
    low = Fraction(draw(st.integers(50, 2000)), 100)
    clock = "00:00"
    if draw(st.booleans()):
        # Front-loaded: the high step starts at hour 0, the worst case for a window across the change.
        starts = [0, draw(st.integers(18 * 60, 23 * 60))]
        rates = [low * Fraction(120, 100), low]
        increase = st.integers(70, 80).map(lambda x: Fraction(x, 10))
    else:
        count = draw(st.integers(1, 13))
        starts = [0] + sorted(draw(st.sets(st.integers(1, 24 * 60 - 1), min_size=count - 1, max_size=count - 1)))
        rates = [low + low * Fraction(draw(st.integers(0, 20)), 100) for _ in starts]
        rates[draw(st.integers(0, count - 1))] = low
        clock = f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
        increase = st.integers(-16, 8).map(Fraction)
    count = len(starts)
    daily = sum(r * Fraction(b - a, 60) for r, a, b in zip(rates, starts, starts[1:] + [24 * 60]))
    # The running dose: the new one is at most 25% above it (an increase), or at most 20% below.
    previous = daily / (1 + Fraction(draw(increase), 100))
    previous = Fraction(math.ceil(previous * 100), 100)
    assume(12 <= daily <= 800 and previous <= 800 and daily >= previous * Fraction(80, 100) and daily <= previous * Fraction(108, 100))
    since = -Fraction(draw(st.integers(2400, 20000)), 100)
    return _child_program(
        "flex-accepted", "maintenance",
        {"daily_dose_ug": float(previous), "last_increase_h": float(since), "since_h": float(since)},
        {"mode": "flex", "concentration_ug_ml": 2000, "effective_at": clock,
         "steps": [{"start": f"{m // 60:02d}:{m % 60:02d}", "dose_ug_h": float(r)} for m, r in zip(starts, rates)]},
        draw(st.integers(25, 400)),
    )


def _child_program(doc_id: str, phase: str, previous: dict[str, Any], new: dict[str, Any], next_refill_h: int) -> dict[str, Any]:
    """A 10-year-old's program (spinal origin) on a 40 mL pump of 2000 ug/mL, filled at hour 0."""
    return {
        "itbverify": 1, "kind": "program", "id": doc_id,
        "patient": {"age_years": 10, "origin": "spinal"},
        "pump": {"programmable": True, "reservoir_ml": 40, "low_reservoir_alarm_ml": 2},
        "phase": phase,
        "previous": previous,
        "new": new,
        "reservoir": {"volume_ml": 40, "concentration_ug_ml": 2000, "filled_at_h": 0, "next_refill_h": float(next_refill_h)},
    }


# Drawn afresh on every run; the worst case (front-loaded, 8% above the running dose, the high step for 23 h) always.
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(prog=_accepted_flex_program())
@example(prog=_child_program(
    "flex-accepted", "maintenance", {"daily_dose_ug": 529.63, "last_increase_h": -24.0, "since_h": -24.0},
    {"mode": "flex", "concentration_ug_ml": 2000, "effective_at": "00:00", "steps": [{"start": "00:00", "dose_ug_h": 24.0}, {"start": "23:00", "dose_ug_h": 20.0}]},
    400,
))
def test_flex_programs_the_proved_configuration_accepts_are_safe(tmp_path_factory: pytest.TempPathFactory, prog: dict[str, Any]) -> None:
    folder = tmp_path_factory.mktemp("accepted")
    result = check_document(folder, prog)
    assert result.verdict in ("safe", "unsafe"), show(result)
    broken = errors(result) & {"ITB-TITR-1", "ITB-TITR-3", "ITB-PUMP-1", "ITB-PUMP-2", "ITB-STOP-1"}
    assert not broken, (broken, show(result), prog)


def test_compare_flex_configuration_with_itself_is_equivalent() -> None:
    run, out = compare(LIMITS_FLEX_SAFE, LIMITS_FLEX_SAFE)
    assert run.returncode == 0 and out["relation"] == "equivalent", out
    assert out["witnesses"] == [] and out["undecided"] == [], out


def test_compare_adding_flex_gives_flex_witnesses() -> None:
    """limits-flex-safe accepts flex programs limits-safe refuses; each witness is a flex program it accepts."""
    run, out = compare(LIMITS_SAFE, LIMITS_FLEX_SAFE)
    assert run.returncode == 0, run.stdout + run.stderr
    flex = [w for w in out["witnesses"] if w["program"]["new"]["mode"] == "flex"]
    assert flex and all(w["accepted_by"] == "new" and w["program"]["phase"] == "maintenance" for w in flex), out
    for w in flex:
        steps = w["program"]["new"]["steps"]
        rates = [q(s["dose_ug_h"]) for s in steps]
        assert 1 <= len(steps) <= 13 and max(rates) <= Fraction(120, 100) * min(rates), w
        assert w["breaks"] == [], w


def test_compare_flex_limits_witness_breaks_pump_rules(tmp_path: Path) -> None:
    """limits-flex-broken accepts flex in titration and 50% steps: its witnesses break ITB-PUMP-1 or ITB-PUMP-2."""
    run, out = compare(LIMITS_FLEX_SAFE, LIMITS_FLEX_BROKEN, "--emit-witness", str(tmp_path))
    assert run.returncode == 0 and out["relation"] == "incomparable", out
    flex = [w for w in out["witnesses"] if w["accepted_by"] == "new" and w["program"]["new"]["mode"] == "flex"]
    assert flex, out
    assert any({"ITB-PUMP-1", "ITB-PUMP-2"} & set(w["breaks"]) for w in flex), flex
    for w in flex:
        path = tmp_path / f"{w['program']['id']}.yaml"
        again = json.loads(run_cli("check", "--format", "json", str(path)).stdout)
        assert set(w["breaks"]) <= {f["requirement"] for f in again["findings"]}, (w, again)


# The same for a flex running program: a child's continuous titration increase of at most 10%
# (limits-flex-safe) after a flex maintenance program whose high step ends at the change.
@st.composite
def _increase_after_flex(draw: Any) -> dict[str, Any]:
    low = Fraction(draw(st.integers(50, 2000)), 100)
    high_from = draw(st.integers(1, 23 * 60))
    steps = [{"start": "00:00", "dose_ug_h": float(low)}, {"start": f"{high_from // 60:02d}:{high_from % 60:02d}", "dose_ug_h": float(low * Fraction(120, 100))}]
    daily = _flex_daily(steps)
    new = daily * (1 + Fraction(draw(st.integers(80, 100)), 1000))
    new = Fraction(math.floor(new * 100), 100)
    assume(12 <= daily <= 800 and 12 <= new <= 800)
    since = -Fraction(draw(st.integers(100, 20000)), 100)
    return _child_program(
        "after-flex", "titration",
        {"mode": "flex", "steps": steps, "last_increase_h": float(since - 24), "since_h": float(since)},
        # Hour 0 at midnight: the high step runs up to the change.
        {"mode": "continuous", "daily_dose_ug": float(new), "concentration_ug_ml": 2000, "effective_at": "00:00"},
        draw(st.integers(25, 400)),
    )


# Drawn afresh on every run; the worst case (10% up, the high step running up to the change at midnight) always.
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(prog=_increase_after_flex())
@example(prog=_child_program(
    "after-flex", "titration",
    {"mode": "flex", "steps": [{"start": "00:00", "dose_ug_h": 20.0}, {"start": "23:00", "dose_ug_h": 24.0}], "last_increase_h": -224.0, "since_h": -200.0},
    {"mode": "continuous", "daily_dose_ug": 532.4, "concentration_ug_ml": 2000, "effective_at": "00:00"},
    400,
))
def test_increases_after_a_flex_program_the_proved_configuration_accepts_are_safe(tmp_path_factory: pytest.TempPathFactory, prog: dict[str, Any]) -> None:
    result = check_document(tmp_path_factory.mktemp("after-flex"), prog)
    assert result.verdict in ("safe", "unsafe"), show(result)
    assert not errors(result) & {"ITB-TITR-1", "ITB-TITR-3"}, (show(result), prog)


def test_refuse_below_alarm_counts_a_flex_schedule_at_its_highest_step() -> None:
    """docs/library.md: V - fmax x (highest x T + B) / c > alarm, highest the schedule's highest hourly rate.

    A flex program at 10 ug/h at most, 500 ug/mL, 1000 h to the refill, 26 mL in the reservoir: at most
    1.15 x 10 x 1000 / 500 = 23 mL is drawn, 3 mL stay above the 2 mL alarm, so the software accepts it and
    the tool must check it. (Counting the profile's highest daily dose per hour instead refused it.)"""
    import z3

    from itbverify.analyses.library import load_library
    from itbverify.documents.read import find_files, read_sources
    from itbverify.engines.z3.configurations import SCALE, build_shape, shape_prefix
    from itbverify.language.ruleset import default_ruleset

    path = REPO / "examples" / "libraries" / "limits-flex-safe.yaml"
    found = next(iter(find_files([str(path)])))
    assert isinstance(found, tuple)
    library = load_library(next(iter(read_sources(*found))).node, path.name)
    assert library.refuse_below_alarm and library.tolerance == 15 and library.alarm_ml == 2
    profile = next(p for p in library.profiles if (p.origin, p.band) == ("spinal", "adult") and "maintenance" in p.phases)
    shape = build_shape(library, profile, "maintenance", bolus="none", flex="envelope", definitions=default_ruleset().definitions)
    highest = z3.Real(f"{shape_prefix('spinal', 'adult', 'maintenance')}new_flex_highest_ug_h")
    v = shape.variables

    def accepts(volume_ml: int) -> bool:
        solver = z3.Solver()
        solver.add(*shape.accepted, highest == 10, v["concentration_ug_ml"] == 500 * SCALE,
                   v["next_refill_h"] == 1000 * SCALE, v["volume_ml"] == volume_ml * SCALE)
        return solver.check() == z3.sat

    assert accepts(26)
    assert not accepts(25)  # 25 - 23 = 2 mL: at the alarm, refused


def test_a_programs_counterexample_does_not_depend_on_what_the_process_checked_before() -> None:
    # The solver's model follows the numbering of the terms, which counts everything the process built before:
    # the same program once gave a different worst-case bolus pattern on each check in one process (hours 849,
    # 229, 659). A counterexample is now asked from the query's canonical text in a context of its own.
    rules = default_ruleset()
    program = (CASES / "program-patient-bolus-worst-case.yaml").read_text(encoding="utf-8")

    def findings() -> str:
        result = check_text(program, "program.yaml", rules, engine="z3")
        assert result.verdict == "unsafe"
        return json.dumps([f.to_json() for f in result.findings], sort_keys=True)

    first = findings()
    assert findings() == first
    for other in sorted((REPO / "examples").glob("*.yaml")):
        check_text(other.read_text(encoding="utf-8"), other.name, rules, engine="z3")
    assert findings() == first
