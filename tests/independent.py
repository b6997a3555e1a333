"""An independent reference calculation of the 33 requirements.

Written from the specification alone (requirements.yaml and formats.md, round
four): it imports nothing from itbverify and shares no reading with its rules.
It takes a document as Python data (the mapping a YAML file holds: a plan, a
plan with history, or a program), assumes the document is valid, and returns
the set of error-severity requirement ids it breaks. Arithmetic is exact
(fractions.Fraction); requirements that hold "for every window" or "at every
instant" are decided exactly: every quantity is piecewise linear in time, so
it is evaluated at every breakpoint and at both one-sided limits of every
interval between breakpoints.

Where the specification leaves room, the reading taken here is written down
in a comment marked READING.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import pairwise
from typing import Any

Doc = dict[str, Any]

ZERO = Fraction(0)
DAY = Fraction(24)
FORBIDDEN_ROUTES = {"intravenous", "intramuscular", "subcutaneous", "epidural"}
HYPERSENSITIVITY = {"baclofen", "sodium-chloride", "water-for-injection"}
STOCK = {Fraction(50), Fraction(500), Fraction(2000)}
FILL_LIMIT_H = Fraction(1848)


def num(value: Any) -> Fraction:
    """A document number as an exact fraction of the decimal it is written as."""
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(str(value))


def clock_h(text: str) -> Fraction:
    hh, mm = text.split(":")
    return Fraction(int(hh) * 60 + int(mm), 60)


# ---- time ---------------------------------------------------------------------------


def _at_values(doc: Doc) -> list[_dt.datetime]:
    found: list[_dt.datetime] = []

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "at" and isinstance(value, (str, _dt.datetime)):
                    found.append(_parse_at(value))
                else:
                    visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(doc)
    return found


def _parse_at(value: Any) -> _dt.datetime:
    if isinstance(value, _dt.datetime):
        return value
    return _dt.datetime.fromisoformat(str(value))


class Clock:
    """Hours from 00:00 of day 0 for `day:`/`time:` or `at:` event forms."""

    def __init__(self, doc: Doc) -> None:
        ats = _at_values(doc)
        self.origin = min(ats).replace(hour=0, minute=0, second=0, microsecond=0) if ats else None

    def hours(self, event: dict[str, Any]) -> Fraction:
        if "at" in event:
            assert self.origin is not None
            delta = _parse_at(event["at"]) - self.origin
            return Fraction(int(delta.total_seconds()), 3600)
        return num(event["day"]) * DAY + clock_h(event.get("time", "08:00"))

    def end(self, value: dict[str, Any]) -> Fraction:
        if "at" in value:
            return self.hours(value)
        # `end: {day: N}` means 00:00 of day N; with a time, that time.
        return num(value["day"]) * DAY + (clock_h(value["time"]) if "time" in value else ZERO)


# ---- rate functions ---------------------------------------------------------------------


def schedule_daily(steps: list[dict[str, Any]]) -> Fraction:
    """The dose a flex schedule delivers in 24 hours."""
    total = ZERO
    starts = [clock_h(s["start"]) for s in steps]
    for i, s in enumerate(steps):
        nxt = starts[i + 1] if i + 1 < len(steps) else starts[0] + DAY
        total += num(s["dose_ug_h"]) * (nxt - starts[i])
    return total


def schedule_rate_at(steps: list[dict[str, Any]], clock: Fraction) -> Fraction:
    """The hourly rate of a flex schedule at clock time `clock` (hours, in [0, 24))."""
    # READING: the schedule is cyclic; before the first start of the day the last step runs on.
    chosen = steps[-1]
    for s in steps:
        if clock_h(s["start"]) <= clock:
            chosen = s
    return num(chosen["dose_ug_h"])


@dataclass
class Segment:
    """Constant hourly rate on [start, stop)."""

    start: Fraction
    stop: Fraction
    rate: Fraction  # ug/h
    conc: Fraction | None  # programmed ug/mL


@dataclass
class Timeline:
    """A piecewise-constant infusion rate and point boluses, with prefix sums for exact integrals."""

    segments: list[Segment]
    boluses: list[tuple[Fraction, Fraction]]  # (time, ug), sorted
    _starts: list[Fraction] = field(default_factory=list)
    _cum: list[Fraction] = field(default_factory=list)
    _btimes: list[Fraction] = field(default_factory=list)
    _bcum: list[Fraction] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.segments.sort(key=lambda s: s.start)
        acc = ZERO
        for seg in self.segments:
            self._starts.append(seg.start)
            self._cum.append(acc)
            acc += seg.rate * (seg.stop - seg.start)
        self.boluses.sort()
        acc = ZERO
        self._bcum.append(acc)
        for t, d in self.boluses:
            self._btimes.append(t)
            acc += d
            self._bcum.append(acc)

    def infused_to(self, x: Fraction) -> Fraction:
        """Infusion delivered from the start of the timeline to x."""
        i = bisect.bisect_right(self._starts, x) - 1
        if i < 0:
            return ZERO
        seg = self.segments[i]
        return self._cum[i] + seg.rate * (min(x, seg.stop) - seg.start)

    def bolus_in(self, a: Fraction, b: Fraction) -> Fraction:
        """Boluses in [a, b)."""
        i = bisect.bisect_left(self._btimes, a)
        j = bisect.bisect_left(self._btimes, b)
        return self._bcum[j] - self._bcum[i]

    def delivered(self, a: Fraction, b: Fraction) -> Fraction:
        return self.infused_to(b) - self.infused_to(a) + self.bolus_in(a, b)

    def breakpoints(self) -> set[Fraction]:
        pts = {s.start for s in self.segments} | {s.stop for s in self.segments}
        return pts | {t for t, _ in self.boluses}


def flex_segments(steps: list[dict[str, Any]], start: Fraction, stop: Fraction, offset: Fraction, conc: Fraction | None) -> list[Segment]:
    """A flex schedule as constant-rate segments on [start, stop); clock = (hour + offset) mod 24."""
    segs: list[Segment] = []
    starts = sorted({clock_h(s["start"]) for s in steps})
    cuts = {start, stop}
    first_day = (start + offset) // DAY - 1
    day = first_day
    while True:
        base = day * DAY - offset
        if base > stop:
            break
        for c in starts:
            x = base + c
            if start < x < stop:
                cuts.add(x)
        day += 1
    ordered = sorted(cuts)
    for a, b in pairwise(ordered):
        clock = (a + offset) % DAY
        segs.append(Segment(a, b, schedule_rate_at(steps, clock), conc))
    return segs


# ---- patient ------------------------------------------------------------------------------


def increase_limit(patient: dict[str, Any], phase: str | None) -> Fraction:
    """ITB-TITR-1's p for the patient and the phase of the new step."""
    adult = num(patient["age_years"]) >= 18
    if patient["origin"] == "cerebral":
        return Fraction(20, 100) if adult and phase == "maintenance" else Fraction(15, 100)
    return Fraction(30, 100) if adult else Fraction(15, 100)


def common_errors(doc: Doc, concentrations: list[tuple[Fraction, str | None]]) -> set[str]:
    """Route, product and patient requirements shared by every kind of document."""
    found: set[str] = set()
    if doc.get("route", "intrathecal") in FORBIDDEN_ROUTES:
        found.add("ITB-ROUTE-1")
    patient = doc["patient"]
    if num(patient["age_years"]) < 4 or HYPERSENSITIVITY & set(patient.get("hypersensitivity") or []):
        found.add("ITB-PAT-1")
    for conc, diluent in concentrations:
        if conc <= 0 or conc > 2000:
            found.add("ITB-CONC-1")
        # READING: only a solution with a stated diluent (a refill, a program's reservoir) can be
        # judged a dilution; a concentration off the stock strengths must come from nacl-0.9, and
        # any diluent other than none / nacl-0.9 is forbidden whatever the concentration.
        if diluent is not None and diluent not in ("none", "nacl-0.9"):
            found.add("ITB-CONC-1")
        if diluent == "none" and conc not in STOCK:
            found.add("ITB-CONC-1")
    return found


# ---- plans ----------------------------------------------------------------------------------


@dataclass
class Step:
    t: Fraction
    phase: str
    mode: str
    daily: Fraction  # ug per 24 h (0 for a stop or an emergency stop)
    conc: Fraction | None
    flex: list[dict[str, Any]] | None
    rate_ml_day: Fraction | None
    history: bool = False
    index: int = -1  # position in the plan's infusion list (-1: the history step)

    @property
    def stops(self) -> bool:
        return self.phase == "stop" or (self.phase == "emergency" and self.daily == 0)


@dataclass
class Plan:
    doc: Doc
    clock: Clock
    steps: list[Step]  # the history step first when there is one
    end: Fraction
    history: dict[str, Any] | None
    screening: list[dict[str, Any]]
    boluses: list[dict[str, Any]]
    refills: list[dict[str, Any]]

    def runs(self) -> list[tuple[int, int, Fraction, Fraction]]:
        """(first step index, last step index, start, stop) of every run of infusion."""
        out: list[tuple[int, int, Fraction, Fraction]] = []
        i = 0
        while i < len(self.steps):
            if self.steps[i].stops:
                i += 1
                continue
            j = i
            while j + 1 < len(self.steps) and not self.steps[j + 1].stops:
                j += 1
            stop = self.steps[j + 1].t if j + 1 < len(self.steps) else self.end
            out.append((i, j, self.steps[i].t, stop))
            i = j + 1
        return out


def read_plan(doc: Doc) -> Plan:
    clock = Clock(doc)
    steps: list[Step] = []
    history = doc.get("history")
    if history is not None:
        since = num(history.get("since_h", history.get("last_increase_h", 0)))
        steps.append(Step(since, history.get("phase", "maintenance"), "continuous", num(history["daily_dose_ug"]),
                          num(history["concentration_ug_ml"]) if "concentration_ug_ml" in history else None, None, None, history=True))
    phase, mode = "titration", "continuous"
    daily, conc, flex = ZERO, None, None
    if steps:
        # The history is a step: the first infusion step inherits from it.
        phase, daily, conc = steps[0].phase, steps[0].daily, steps[0].conc
    for index, raw in enumerate(doc.get("infusion") or []):
        # Carry-over: phase, mode, concentration, daily dose (continuous) and steps (flex) only;
        # stop and emergency never carry.
        if "phase" in raw:
            phase = raw["phase"]
        elif phase in ("stop", "emergency"):
            phase = "titration"  # not reachable in a valid document
        if "mode" in raw:
            mode = raw["mode"]
        if "concentration_ug_ml" in raw:
            conc = num(raw["concentration_ug_ml"])
        if "daily_dose_ug" in raw:
            daily = num(raw["daily_dose_ug"])
        if "steps" in raw:
            flex = raw["steps"]
        if phase == "stop":
            step_daily = ZERO
        elif mode == "flex":
            assert flex is not None
            step_daily = schedule_daily(flex)
        else:
            step_daily = daily
        steps.append(Step(clock.hours(raw), phase, mode, step_daily, conc, flex if mode == "flex" else None,
                          num(raw["rate_ml_day"]) if "rate_ml_day" in raw else None, index=index))
    screening = list(doc.get("screening") or [])
    boluses = list(doc.get("boluses") or [])
    refills = list(doc.get("refills") or [])
    if "end" in doc:
        end = clock.end(doc["end"])
    else:
        times = [clock.hours(e) for e in screening + boluses + refills + list(doc.get("infusion") or [])]
        # READING: the default end is 24 hours after the last event of any list.
        end = max(times) + DAY if times else DAY
    return Plan(doc, clock, steps, end, history, screening, boluses, refills)


def _step_at(plan: Plan, t: Fraction) -> Step | None:
    """The step in force at t (a step at t is in force at t)."""
    current = None
    for s in plan.steps:
        if s.t <= t:
            current = s
    return current


def plan_timeline(plan: Plan) -> Timeline:
    """The delivered-dose timeline of a plan: infusion steps and every bolus."""
    segs: list[Segment] = []
    for i, s in enumerate(plan.steps):
        stop = plan.steps[i + 1].t if i + 1 < len(plan.steps) else plan.end
        if stop <= s.t or s.stops:
            continue
        if s.flex is not None:
            segs.extend(flex_segments(s.flex, s.t, stop, ZERO, s.conc))
        else:
            segs.append(Segment(s.t, stop, s.daily / DAY, s.conc))
    boluses = [(plan.clock.hours(b), num(b["dose_ug"])) for b in plan.boluses]
    return Timeline(segs, boluses)


def check_plan(doc: Doc) -> set[str]:
    plan = read_plan(doc)
    patient = doc["patient"]
    concs: list[tuple[Fraction, str | None]] = []
    concs += [(num(s["concentration_ug_ml"]), None) for s in plan.screening]
    concs += [(s.conc, None) for s in plan.steps if s.conc is not None]
    concs += [(num(r["concentration_ug_ml"]), r.get("diluent", "none")) for r in plan.refills]
    found = common_errors(doc, concs)
    if plan.history is None:
        found |= screening_errors(plan)
    elif plan.history.get("screened_positive") is False:
        found.add("ITB-SCR-6")
    found |= titration_errors(plan)
    found |= stop_errors(plan)
    found |= titr3_plan(plan)
    found |= pump_errors(plan)
    found |= bolus_errors(plan)
    del patient
    return found


def screening_errors(plan: Plan) -> set[str]:
    found: set[str] = set()
    doc, patient = plan.doc, plan.doc["patient"]
    scr = plan.screening
    infusion = [s for s in plan.steps if not s.history]
    if scr:
        if patient.get("infection") is True:
            found.add("ITB-PAT-4")
        if num(scr[0]["dose_ug"]) > 50:
            found.add("ITB-SCR-2")
    for s in scr:
        if num(s["concentration_ug_ml"]) != 50:
            found.add("ITB-SCR-1")
        if "duration_min" in s and num(s["duration_min"]) < 1:
            found.add("ITB-SCR-3")
        if num(s["dose_ug"]) > 100:
            found.add("ITB-SCR-5")
    seen_positive = False
    for a, b in pairwise(scr):
        if a["response"] == "positive":
            seen_positive = True
        if seen_positive:
            found.add("ITB-SCR-4")
            continue
        if num(b["dose_ug"]) - num(a["dose_ug"]) > 25 or plan.clock.hours(b) - plan.clock.hours(a) < 24:
            found.add("ITB-SCR-4")
    if (patient.get("cause") == "traumatic-brain-injury" and infusion and "months_since_injury" in patient
            and num(patient["months_since_injury"]) < 12):
        found.add("ITB-PAT-3")
    if infusion:
        first = infusion[0]
        # READING: a positive screening counts if it is given before the first infusion step or at
        # the same instant; "follows" does not order events of different lists at one instant.
        positives = [s for s in scr if s["response"] == "positive" and plan.clock.hours(s) <= first.t]
        if not positives:
            found.add("ITB-SCR-6")
        # READING: with several positive responses (an ITB-SCR-4 error), the effective screening
        # dose is the last one the infusion follows.
        effective = positives or [s for s in scr if s["response"] == "positive"]
        if effective:
            e = effective[-1] if positives else effective[0]
            dose = num(e["dose_ug"])
            limit = 2 * dose if num(e["effect_h"]) <= 12 else dose
            if first.daily > limit:
                found.add("ITB-INIT-1")
        for prev, s in _changes(plan):
            if s.daily > prev.daily and s.t < first.t + 24:
                found.add("ITB-INIT-2")
    del doc
    return found


def _changes(plan: Plan) -> list[tuple[Step, Step]]:
    """(step replaced, step) for every step of running infusion that is not the first of its run."""
    out: list[tuple[Step, Step]] = []
    for prev, s in pairwise(plan.steps):
        if prev.stops or s.stops:
            continue
        out.append((prev, s))
    return out


def titration_errors(plan: Plan) -> set[str]:
    found: set[str] = set()
    patient = plan.doc["patient"]
    increases: list[Fraction] = []
    if plan.history is not None and "last_increase_h" in plan.history:
        increases.append(num(plan.history["last_increase_h"]))
    for prev, s in _changes(plan):
        if s.phase == "emergency":
            if s.daily > prev.daily:
                found.add("ITB-TITR-1")
        elif s.daily > (1 + increase_limit(patient, s.phase)) * prev.daily:
            found.add("ITB-TITR-1")
        # READING: an increase (ITB-INIT-2's definition) is numeric: an emergency step above the
        # dose it replaces counts for ITB-TITR-2 too (it is already an ITB-TITR-1 error).
        if s.daily > prev.daily:
            increases.append(s.t)
    gap = Fraction(24) if plan.doc["pump"].get("programmable", True) else Fraction(48)
    # READING: successive increases are taken over the whole document, across stops.
    if any(b - a < gap for a, b in pairwise(increases)):
        found.add("ITB-TITR-2")
    return found


def _taper_chain(plan: Plan, stop_index: int) -> list[Step]:
    """The taper ending at the stop, in time order (empty when there is none); see _taper_start."""
    steps = plan.steps
    chain: list[Step] = []
    i = stop_index - 1
    while i >= 0:
        s = steps[i]
        if s.phase != "taper" or s.stops:
            break
        if s.history:
            chain.append(s)
            break
        prev = steps[i - 1] if i >= 1 else None
        if prev is None or prev.stops:
            break
        if not (Fraction(8, 10) * prev.daily <= s.daily <= Fraction(9, 10) * prev.daily):
            break
        chain.append(s)
        i -= 1
    chain.reverse()
    return chain


def _taper_start(plan: Plan, stop_index: int) -> Fraction | None:
    """The first taper step's time of the taper ending at the stop, or None when there is no taper.

    READING: the taper is the longest run of consecutive taper-phase steps just before the
    stop, each 10% to 20% lower than the step before it in the same run (so the first step of a
    run is never a taper step, except the history step of phase taper, whose predecessor the
    document does not show and which counts as a taper step). The 96-hour and 336-hour
    conditions are then required of that run; they do not shorten it.
    """
    steps = plan.steps
    chain = _taper_chain(plan, stop_index)
    if not chain:
        return None
    stop_t = steps[stop_index].t
    times = [s.t for s in chain] + [stop_t]
    if any(b - a > 96 for a, b in pairwise(times)):
        return None
    if stop_t - chain[0].t < 336:
        return None
    return chain[0].t


def stop_errors(plan: Plan) -> set[str]:
    found: set[str] = set()
    steps = plan.steps
    for prev, s in _changes(plan):
        if s.phase != "emergency" and s.daily < Fraction(8, 10) * prev.daily:
            found.add("ITB-STOP-1")
    first_daily = _first_daily(plan)
    for i, s in enumerate(steps):
        if s.phase == "stop" and i >= 1 and not steps[i - 1].stops and _taper_start(plan, i) is None:
            found.add("ITB-STOP-1")
        if not s.stops or i + 1 >= len(steps):
            continue
        restart = steps[i + 1]
        if restart.stops:
            continue
        before = steps[i - 1] if i >= 1 else None
        emergency_stop = s.phase == "emergency"
        if emergency_stop or before is None or before.phase == "taper":
            limit = first_daily
        elif restart.t - s.t <= 48:
            limit = before.daily if not before.stops else first_daily
        else:
            limit = first_daily
        if restart.daily > limit:
            found.add("ITB-STOP-2")
        # After every restart the dose is not increased before 24 hours have passed.
        j = i + 1
        while j + 1 < len(steps) and not steps[j + 1].stops:
            a, b = steps[j], steps[j + 1]
            if b.daily > a.daily and b.t < restart.t + 24:
                found.add("ITB-STOP-2")
            j += 1
    return found


def _first_daily(plan: Plan) -> Fraction:
    """The first daily dose of the prolonged infusion."""
    if plan.history is not None:
        return num(plan.history["first_daily_dose_ug"])
    infusion = [s for s in plan.steps if not s.history]
    return infusion[0].daily if infusion else ZERO


def titr3_plan(plan: Plan) -> set[str]:
    patient = plan.doc["patient"]
    tl = plan_timeline(plan)
    rate_cuts = tl.breakpoints()
    for i0, i1, start, stop in plan.runs():
        run_steps = plan.steps[i0:i1 + 1]

        def phase_before(x: Fraction, run_steps: list[Step] = run_steps) -> str:
            ph = run_steps[0].phase
            for s in run_steps:
                if s.t < x:
                    ph = s.phase
            return ph

        def daily_at(x: Fraction, run_steps: list[Step] = run_steps) -> Fraction:
            d = run_steps[0].daily
            for s in run_steps:
                if s.t <= x:
                    d = s.daily
            return d

        cuts = {c for c in rate_cuts if start <= c <= stop} | {s.t for s in run_steps}
        if _titr3_breaks(tl, cuts, start, stop, lambda x: increase_limit(patient, phase_before(x)), daily_at, lambda t: ZERO):
            return {"ITB-TITR-3"}
    return set()


def _titr3_breaks(tl: Timeline, cuts: set[Fraction], start: Fraction, stop: Fraction, limit_before: Any, daily_at: Any,
                  extra: Any, extra_cuts: set[Fraction] | None = None) -> bool:
    """Whether some window [t, t + 24) inside [start, stop] delivers more than its allowance.

    `extra(t)` adds the adversary's boluses to the window from t. The excess is linear in t
    between the points below, so it is checked at each and at both one-sided limits between.
    """
    lo, hi = start, stop - DAY
    if hi < lo:
        return False
    points = {lo, hi, start + DAY}
    for c in cuts | (extra_cuts or set()):
        points |= {c, c - DAY, c + DAY}
    pts = sorted(p for p in points if lo <= p <= hi)

    def excess(t: Fraction) -> Fraction:
        window = tl.delivered(t, t + DAY) + extra(t)
        p = limit_before(t + DAY)
        if t - DAY >= start:
            base = tl.delivered(t - DAY, t)
        else:
            base = daily_at(t)
        return window - (1 + p) * base

    for p in pts:
        if excess(p) > 0:
            return True
    for a, b in pairwise(pts):
        m1, m2 = a + (b - a) / 3, a + 2 * (b - a) / 3
        g1, g2 = excess(m1), excess(m2)
        if g1 > 0 or g2 > 0 or 2 * g1 - g2 > 0 or 2 * g2 - g1 > 0:
            return True
    return False


def pump_errors(plan: Plan) -> set[str]:
    found: set[str] = set()
    doc = plan.doc
    for s in plan.steps:
        if s.history:
            continue
        if s.flex is not None and not s.stops:
            if s.phase != "maintenance":
                found.add("ITB-PUMP-1")
            rates = [num(x["dose_ug_h"]) for x in s.flex]
            if max(rates) > Fraction(12, 10) * min(rates):
                found.add("ITB-PUMP-2")
        if (s.rate_ml_day is not None and s.conc is not None and not s.stops
                and abs(s.rate_ml_day * s.conc - s.daily) > s.daily / 100):
            found.add("ITB-PUMP-3")
    found |= _pump3_concentrations(plan)
    found |= _pump4(plan)
    found |= _pump5(plan)
    del doc
    return found


def _reservoir_conc_at(plan: Plan, t: Fraction) -> Fraction | None:
    """The reservoir's concentration after the refills at or before t."""
    conc = num(plan.history["concentration_ug_ml"]) if plan.history is not None and "concentration_ug_ml" in plan.history else None
    for r in plan.refills:
        if plan.clock.hours(r) <= t:
            conc = num(r["concentration_ug_ml"])
    return conc


def _pump3_concentrations(plan: Plan) -> set[str]:
    # READING: at an instant with a refill and a step, the step (programmed after the refill) is
    # compared with the new contents; a refill while infusion runs is compared with the
    # programme in force once that instant's steps are made; before any fill (no history) there
    # is nothing in the reservoir to compare (ITB-PUMP-4 reports that infusion).
    for s in plan.steps:
        if s.history or s.stops:
            continue
        rc = _reservoir_conc_at(plan, s.t)
        if rc is not None and s.conc is not None and rc != s.conc:
            return {"ITB-PUMP-3"}
    for r in plan.refills:
        t = plan.clock.hours(r)
        s = _step_at(plan, t)
        if s is None or s.stops:
            continue
        if s.conc is not None and num(r["concentration_ug_ml"]) != s.conc:
            return {"ITB-PUMP-3"}
    return set()


def _pump4(plan: Plan) -> set[str]:
    """Reservoir above the alarm volume at every instant while infusion runs.

    READING: the checked span is every run of infusion, from its first step to its stop (the
    volume just before the stop counts) or to the end of the document (the end instant counts); at an instant with a refill the volume just
    before it counts (if infusion ran just before that instant), not the refilled one: a
    refill's volume is judged from the next instant on. A plan with history is checked
    from hour 0, where the document begins: a refill at hour 0 comes before anything the
    document delivers, so the content before it is not judged. An unknown content counts as
    empty.
    """
    alarm = num(plan.doc["pump"].get("low_reservoir_alarm_ml", 2))
    hist = plan.history
    runs = plan.runs()
    if not runs:
        return set()
    check_from = ZERO if hist is not None else runs[0][2]
    # A run of no length within the document delivers nothing there: no span. That is a history
    # run stopped at hour 0, and a run whose first step is at the document's end instant, with or
    # without a history (tests/regressions/first-step-at-end-no-fill.yaml and
    # history-restart-at-end-below-alarm.yaml).
    spans = [(max(a, check_from), b) for _, _, a, b in runs if b > max(a, check_from)]
    if not spans:
        return set()
    # Events in time order: refills first, then the step, then boluses.
    events: list[tuple[Fraction, int, Any]] = []
    for r in plan.refills:
        events.append((plan.clock.hours(r), 0, r))
    for b in plan.boluses:
        if b.get("via", "pump") == "pump":
            events.append((plan.clock.hours(b), 2, b))
    events.sort(key=lambda e: (e[0], e[1]))
    volume = num(hist["reservoir_volume_ml"]) if hist is not None and "reservoir_volume_ml" in hist else ZERO
    # Segments of mL/h drained.
    segs: list[tuple[Fraction, Fraction, Fraction]] = []
    for seg in plan_timeline(plan).segments:
        if seg.conc:
            segs.append((seg.start, seg.stop, seg.rate / seg.conc))
    t = check_from

    def drained(a: Fraction, b: Fraction) -> Fraction:
        total = ZERO
        for s0, s1, r in segs:
            lo, hi = max(a, s0), min(b, s1)
            if hi > lo:
                total += r * (hi - lo)
        return total

    def running_before(x: Fraction) -> bool:
        return any(a < x <= b for a, b in spans)

    def in_span(x: Fraction) -> bool:
        # A stop at x comes before the boluses at x (formats.md's order at equal times), so what
        # they leave is not judged while the infusion is stopped; a run reaching the end of the
        # document is judged at the end instant too.
        return any(a <= x < b or x == b == plan.end for a, b in spans)

    # Events before the checked span change the volume only.
    pre = [e for e in events if e[0] < check_from]
    for et, kind, e in pre:
        volume = _apply(plan, volume, kind, e, et)
    later = [e for e in events if check_from <= e[0] <= plan.end]
    instants = sorted({e[0] for e in later} | {plan.end})
    for x in instants:
        volume -= drained(t, x)
        t = x
        at_x = [e for e in later if e[0] == x]
        refilled = any(kind == 0 for _, kind, _ in at_x)
        # READING: at an instant with a refill the volume judged is the one just before it (the
        # spec's words); at any other instant it is the volume once that instant's boluses are
        # given, the end of the document included.
        if refilled and running_before(x) and volume <= alarm:
            return {"ITB-PUMP-4"}
        for _, kind, e in at_x:
            volume = _apply(plan, volume, kind, e, x)
        if not refilled and in_span(x) and volume <= alarm:
            return {"ITB-PUMP-4"}
    # The left limit at every stop.
    for _, b in spans:
        if b < plan.end:
            v = _volume_before(plan, b, check_from, events, drained)
            if v <= alarm:
                return {"ITB-PUMP-4"}
    return set()


def _apply(plan: Plan, volume: Fraction, kind: int, e: dict[str, Any], t: Fraction) -> Fraction:
    if kind == 0:
        return num(e["volume_ml"])
    step = _step_at(plan, t)
    conc = step.conc if step is not None and step.conc is not None else _reservoir_conc_at(plan, t)
    # READING: a pump bolus before the first infusion step draws at the reservoir's concentration.
    if step is not None and step.history is False and step.conc is None:
        conc = _reservoir_conc_at(plan, t)
    if conc is None or conc == 0:
        return volume
    return volume - num(e["dose_ug"]) / conc


def _volume_before(plan: Plan, x: Fraction, check_from: Fraction, events: list[tuple[Fraction, int, Any]], drained: Any) -> Fraction:
    hist = plan.history
    volume = num(hist["reservoir_volume_ml"]) if hist is not None and "reservoir_volume_ml" in hist else ZERO
    t = check_from
    for et, kind, e in events:
        if et >= x:
            break
        if et >= check_from:
            volume -= drained(t, et)
            t = et
        volume = _apply(plan, volume, kind, e, et)
    return volume - drained(t, x)


def _pump5(plan: Plan) -> set[str]:
    fills = sorted(plan.clock.hours(r) for r in plan.refills)
    hist = plan.history
    first: list[Fraction] = []
    if hist is not None:
        if "filled_at_h" in hist:
            first = [num(hist["filled_at_h"])]
        elif "reservoir_volume_ml" in hist:
            # READING: as for a program without filled_at_h, a content given at hour 0 of unknown
            # fill time is measured from hour 0.
            first = [ZERO]
    times = first + fills
    for i, t in enumerate(times):
        nxt = times[i + 1] if i + 1 < len(times) else plan.end
        if nxt - t > FILL_LIMIT_H:
            return {"ITB-PUMP-5"}
    return set()


def bolus_errors(plan: Plan) -> set[str]:
    found: set[str] = set()
    for b in plan.boluses:
        if b.get("via", "pump") == "access-port" and b.get("emergency") is not True:
            found.add("ITB-PUMP-6")
        t = plan.clock.hours(b)
        step = _step_at(plan, t)
        daily = ZERO if step is None or step.stops else step.daily
        if num(b["dose_ug"]) > max(Fraction(100), daily):
            found.add("ITB-DOSE-3")
    return found


# ---- programs -------------------------------------------------------------------------------


def _greedy_boluses(lockout: Fraction, per_day: int, until: Fraction) -> list[Fraction]:
    """The earliest-possible activation times in [0, until): most boluses in every prefix."""
    times: list[Fraction] = []
    if per_day <= 0:
        return times
    x = ZERO
    while x < until:
        times.append(x)
        nxt = x + lockout
        if len(times) >= per_day:
            nxt = max(nxt, times[-per_day] + DAY)
        x = nxt
        if len(times) > 100000:
            break
    return times


def _max_in_window(length: Fraction, lockout: Fraction, per_day: int) -> int:
    """Most activations in a half-open span of this length (at most 24 h)."""
    if length <= 0 or per_day <= 0:
        return 0
    if lockout == 0:
        return per_day
    k = -((-length) // lockout)  # ceil(length / lockout)
    return int(min(per_day, k))


def check_program(doc: Doc) -> set[str]:
    new, prev, res = doc["new"], doc["previous"], doc["reservoir"]
    patient = doc["patient"]
    phase = doc["phase"]
    conc = num(new["concentration_ug_ml"])
    concs: list[tuple[Fraction, str | None]] = [(conc, None), (num(res["concentration_ug_ml"]), res.get("diluent", "none"))]
    if "concentration_ug_ml" in prev:
        concs.append((num(prev["concentration_ug_ml"]), None))
    found = common_errors(doc, concs)
    offset = clock_h(new["effective_at"]) if "effective_at" in new else ZERO
    new_flex = new.get("steps") if new.get("mode", "continuous") == "flex" else None
    prev_flex = prev.get("steps") if prev.get("mode", "continuous") == "flex" else None
    new_daily = schedule_daily(new_flex) if new_flex else num(new["daily_dose_ug"])
    prev_daily = schedule_daily(prev_flex) if prev_flex else num(prev["daily_dose_ug"])
    if new_flex:
        if phase != "maintenance":
            found.add("ITB-PUMP-1")
        rates = [num(x["dose_ug_h"]) for x in new_flex]
        if max(rates) > Fraction(12, 10) * min(rates):
            found.add("ITB-PUMP-2")
    if conc != num(res["concentration_ug_ml"]):
        found.add("ITB-PUMP-3")
    if "rate_ml_day" in new and abs(num(new["rate_ml_day"]) * conc - new_daily) > new_daily / 100:
        found.add("ITB-PUMP-3")
    # ITB-TITR-1, ITB-TITR-2, ITB-STOP-1: the new program is a change from the previous one.
    if phase == "emergency":
        if new_daily > prev_daily:
            found.add("ITB-TITR-1")
    elif new_daily > (1 + increase_limit(patient, phase)) * prev_daily:
        found.add("ITB-TITR-1")
    if phase != "emergency" and new_daily < Fraction(8, 10) * prev_daily:
        found.add("ITB-STOP-1")
    gap = Fraction(24) if doc["pump"].get("programmable", True) else Fraction(48)
    if new_daily > prev_daily and "last_increase_h" in prev and 0 - num(prev["last_increase_h"]) < gap:
        found.add("ITB-TITR-2")
    pb = doc.get("patient_bolus")
    if pb is not None and num(pb["dose_ug"]) > max(Fraction(100), new_daily):
        found.add("ITB-DOSE-3")
    end = num(res["next_refill_h"])
    since = num(prev.get("since_h", prev.get("last_increase_h", 0)))
    # The infusion timeline (tolerance cancels out of ITB-TITR-3's ratios).
    segs: list[Segment] = []
    if since < 0:
        if prev_flex:
            segs += flex_segments(prev_flex, since, ZERO, offset, None)
        else:
            segs.append(Segment(since, ZERO, prev_daily / DAY, None))
    if end > 0:
        if new_flex:
            segs += flex_segments(new_flex, ZERO, end, offset, conc)
        else:
            segs.append(Segment(ZERO, end, new_daily / DAY, conc))
    tl = Timeline(segs, [])
    if pb is not None:
        dose, lockout, per_day = num(pb["dose_ug"]), num(pb["lockout_h"]), int(pb["max_per_day"])

        def extra(t: Fraction) -> Fraction:
            # READING: the adversary puts the most boluses the lockout and the daily maximum allow
            # into the window and none into the 24 hours before it.
            length = min(t + DAY, end) - max(t, ZERO)
            return dose * _max_in_window(length, lockout, per_day)

        extra_cuts: set[Fraction] = set()
        if lockout > 0:
            m = 0
            while m * lockout <= DAY:
                extra_cuts.add(m * lockout)  # t = m*lockout - 24 after the +/-24 shift
                m += 1
    else:
        def extra(t: Fraction) -> Fraction:
            return ZERO
        extra_cuts = set()

    def limit_before(x: Fraction) -> Fraction:
        return increase_limit(patient, phase)

    def daily_at(x: Fraction) -> Fraction:
        return new_daily if x >= 0 else prev_daily

    cuts = tl.breakpoints() | {since, ZERO, end}
    if _titr3_breaks(tl, cuts, since, end, limit_before, daily_at, extra, extra_cuts):
        found.add("ITB-TITR-3")
    # ITB-PUMP-4: the worst case is the most boluses as early as possible and the largest factor.
    f = 1 + num(doc.get("delivery_tolerance_pct", 0)) / 100
    alarm = num(doc["pump"].get("low_reservoir_alarm_ml", 2))
    used = tl.infused_to(end) - tl.infused_to(ZERO)
    if pb is not None:
        used += num(pb["dose_ug"]) * len(_greedy_boluses(num(pb["lockout_h"]), int(pb["max_per_day"]), end))
    if num(res["volume_ml"]) - f * used / conc <= alarm:
        found.add("ITB-PUMP-4")
    filled = num(res["filled_at_h"]) if "filled_at_h" in res else ZERO
    if end - filled > FILL_LIMIT_H:
        found.add("ITB-PUMP-5")
    return found


def reference_errors(doc: Doc) -> set[str]:
    """The error-severity requirement ids the document breaks."""
    if doc["kind"] == "program":
        return check_program(doc)
    return check_plan(doc)


# ---- warnings ---------------------------------------------------------------------------------

CONDITIONS = {"psychiatric-disorder", "schizophrenia", "confusion", "parkinsons-disease", "epilepsy", "autonomic-dysreflexia",
              "cerebrovascular-insufficiency", "respiratory-insufficiency", "peptic-ulcer", "hypertonic-sphincters",
              "renal-impairment", "diabetes-mellitus", "pregnancy"}
INTERACTIONS = {"levodopa", "dopa-decarboxylase-inhibitor", "general-anaesthetic", "fentanyl", "propofol", "morphine", "opioid",
                "alcohol", "benzodiazepine", "neuroleptic", "anxiolytic", "cns-depressant", "tricyclic-antidepressant",
                "antihypertensive", "oral-baclofen"}


def reference_warnings(doc: Doc) -> set[str]:
    """The warning-severity requirement ids the document meets."""
    found: set[str] = set()
    patient = doc["patient"]
    age = num(patient["age_years"])
    if doc.get("co_administered_intrathecal"):
        found.add("ITB-CONC-2")
    if 4 <= age < 6:
        found.add("ITB-PAT-2")
    if CONDITIONS & set(patient.get("conditions") or []) or age > 65:
        found.add("ITB-PAT-5")
    if INTERACTIONS & set(patient.get("medications") or []):
        found.add("ITB-DDI-1")
    if doc["kind"] == "program":
        return found | _program_dose_warnings(doc)
    plan = read_plan(doc)
    if plan.history is None and plan.screening and doc.get("resuscitation_ready") is not True:
        found.add("ITB-SCR-7")
    programmed = [s for s in plan.steps if not s.history and not s.stops]
    if any(s.daily > 1000 for s in programmed):
        found.add("ITB-DOSE-1")
    maintenance = [s for s in programmed if s.phase == "maintenance"]
    # READING: every maintenance step is held to its origin's range; a child's first maintenance
    # step to 35-200 ug as well, unless the history was in maintenance already.
    if any(not _studied(patient, s.daily) for s in maintenance):
        found.add("ITB-DOSE-2")
    already = plan.history is not None and plan.history.get("phase", "maintenance") == "maintenance"
    if 4 <= age < 18 and maintenance and not already and not (35 <= maintenance[0].daily <= 200):
        found.add("ITB-DOSE-2")
    for i, s in enumerate(plan.steps):
        if s.phase == "stop" and i >= 1 and not plan.steps[i - 1].stops:
            start = _taper_chain_start(plan, i)
            # READING: a stop that ends a taper (ITB-STOP-1's definition, before its 96 h and 336 h
            # conditions) warns when the taper lasts less than 14 or more than 28 days.
            if start is not None and not (336 <= s.t - start <= 672):
                found.add("ITB-STOP-3")
    return found


def _studied(patient: dict[str, Any], daily: Fraction) -> bool:
    low, high = (Fraction(22), Fraction(1400)) if patient["origin"] == "cerebral" else (Fraction(12), Fraction(2003))
    return low <= daily <= high


def _taper_chain_start(plan: Plan, stop_index: int) -> Fraction | None:
    chain = _taper_chain(plan, stop_index)
    return chain[0].t if chain else None


def _program_dose_warnings(doc: Doc) -> set[str]:
    found: set[str] = set()
    new = doc["new"]
    daily = schedule_daily(new["steps"]) if new.get("mode") == "flex" else num(new["daily_dose_ug"])
    if daily > 1000:
        found.add("ITB-DOSE-1")
    if doc["phase"] == "maintenance" and not _studied(doc["patient"], daily):
        found.add("ITB-DOSE-2")
    return found
