#!/usr/bin/env python3
"""Reference programming checker for intrathecal baclofen (Lioresal Intrathecal) pump software.

This is what a careful pump-software team writes in a clinician programmer: the
code that accepts or refuses one programming request (an infusion step, a flex
schedule, a taper step, a stop, a restart, a refill or a bolus) given the whole
plan accepted so far. It is written from the drug label
(the Lioresal Intrathecal label; docs/requirements.md quotes its lines), the requirement list
(docs/requirements.md) and the plan format (docs/formats.md,
"kind: plan"), and it does NOT import itbverify: it is a target that
`itbverify conform` drives and judges from the outside.

How it decides. A request is judged by projecting the plan: the plan accepted
so far plus the proposed entry, run until 24 hours after the later of the entry
and the plan's last event (the horizon `itbverify conform` judges on). The
projection is checked, concern by concern, against every error-severity
requirement; the first concern that fails refuses the request, naming the
requirement. Everything is exact: doses, rates and volumes are fractions
(30% allowed, 30.01% refused; quicktions' where it is installed, the same
numbers in C), times are whole minutes held as Fraction hours.

Structure. `ReferenceChecker` has one method per concern (the increase limit,
the spacing of increases, the delivery windows, reductions, the taper, stop and
restart, flex schedules, the solution, the program's concentration, the
reservoir, the fill's age, boluses, the age band, ...). A defect is planted by
overriding ONE of them in a subclass: see variants/.

Protocol (JSON Lines, one request per line on stdin, one answer per line on stdout):
  {"conform": 1, "type": "start", "session": ..., "plan": PLAN}           -> take the patient on?
  {"conform": 1, "type": "propose", "session": ..., "index": n,
   "event": {"list": ..., "what": ..., "entry": ENTRY}, "plan": PLAN}     -> accept the event?
  answer: {"accept": true} or {"accept": false, "reason": "..."}

Run it:
  python3 reference_checker.py           # the JSON-lines loop over stdin/stdout
  python3 reference_checker.py --one     # answer exactly one request read from stdin
In process: decide(request: dict) -> dict.

Standard library only; Python 3.8 or later.
"""

from __future__ import annotations

import bisect
import json
import math
import re
import sys
from typing import Any

try:
    from quicktions import Fraction  # the standard library's fractions, in C: the same numbers, three times faster here
except ImportError:
    from fractions import Fraction  # type: ignore[assignment]

ZERO = Fraction(0)
ONE = Fraction(1)
DAY_H = Fraction(24)
MAX_EVENTS = 500
MAX_FLEX_STEPS = 13
DEFAULT_TIME_MIN = 8 * 60

ROUTES = ("intrathecal", "intravenous", "intramuscular", "subcutaneous", "epidural")
PHASES = ("titration", "maintenance", "taper", "emergency", "stop")
MODES = ("continuous", "flex")
HYPERSENSITIVITIES = ("baclofen", "sodium-chloride", "water-for-injection")
AMPOULES_UG_ML = (Fraction(50), Fraction(500), Fraction(2000))
LARGEST_SINGLE_DOSE_UG = Fraction(100)  # the largest single intrathecal dose the label gives (screening)
FILL_LIFE_H = Fraction(77 * 24)  # 11 weeks (label: stability in the pump)
TAPER_MIN_H = Fraction(14 * 24)  # a taper begins at least 14 days before the stop
TAPER_GAP_H = Fraction(96)  # successive taper steps and the stop at most 96 h apart
RESUME_WITHIN_H = Fraction(48)  # an abrupt stop may resume at the dose before it within 48 h

# Keys each list entry may hold (formats.md 2.1); anything else would make the plan invalid.
ENTRY_KEYS = {
    "infusion": {"day", "time", "phase", "mode", "daily_dose_ug", "concentration_ug_ml", "rate_ml_day", "steps"},
    "refills": {"day", "time", "volume_ml", "concentration_ug_ml", "diluent"},
    "boluses": {"day", "time", "dose_ug", "via", "emergency"},
}
LISTS = ("infusion", "refills", "boluses")


class Refuse(Exception):
    """The request cannot be accepted; the message is the reason given back."""


# --------------------------------------------------------------------------- reading values


_CLOCK = re.compile(r"(\d\d):(\d\d)")


def number(value: Any, where: str, *, signed: bool = False) -> Fraction:
    """An exact number from a JSON int or float (a float is read as the decimal it prints as)."""
    known = _NUMBERS.get((type(value), value, signed))
    if known is not None:
        return known
    q = _number(value, where, signed)
    if len(_NUMBERS) > 4096:
        _NUMBERS.clear()
    _NUMBERS[(type(value), value, signed)] = q
    return q


# The numbers read before (a session's plan comes again with every request), by type, value and sign rule.
_NUMBERS: dict[tuple[type, Any, bool], Fraction] = {}


def _number(value: Any, where: str, signed: bool) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Refuse(f"invalid entry: {where} is not a number")
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise Refuse(f"invalid entry: {where} is not a finite number")
        text = repr(value)
    else:
        text = str(value)
    mantissa, _, exponent = text.lower().partition("e")
    if exponent and abs(int(exponent)) > 12:
        raise Refuse(f"invalid entry: {where} has an exponent beyond 12")
    if sum(c.isdigit() for c in mantissa) > 30:
        raise Refuse(f"invalid entry: {where} has more than 30 digits")
    q = Fraction(text)
    if q < 0 and not signed:
        raise Refuse(f"invalid entry: {where} is negative")
    if signed and q > 0:
        raise Refuse(f"invalid entry: {where} must be at most 0")
    return q


def whole(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise Refuse(f"invalid entry: {where} must be a whole number of at least 0")
    return value


def clock_minutes(value: Any, where: str) -> int:
    if not isinstance(value, str):
        raise Refuse(f'invalid entry: {where} must be a clock time "HH:MM"')
    match = _CLOCK.fullmatch(value)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise Refuse(f'invalid entry: {where} must be a clock time "HH:MM" from 00:00 to 23:59')
    return int(match.group(1)) * 60 + int(match.group(2))


def text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise Refuse(f"invalid entry: {where} must be a non-empty text")
    return value


def flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise Refuse(f"invalid entry: {where} must be true or false")
    return value


def hour_of(entry: dict[str, Any], where: str, default_min: int = DEFAULT_TIME_MIN) -> Fraction:
    """Hours from 00:00 of day 0 for an entry written with day (and time)."""
    if "at" in entry:
        raise Refuse(f'{where}: this checker takes times as day and "HH:MM" time, not at:')
    if "day" not in entry:
        raise Refuse(f"invalid entry: {where} has no day")
    day = whole(entry["day"], f"{where}.day")
    minutes = clock_minutes(entry["time"], f"{where}.time") if "time" in entry else default_min
    known = _HOURS.get((day, minutes))
    if known is None:
        if len(_HOURS) > 4096:
            _HOURS.clear()
        known = _HOURS[(day, minutes)] = Fraction(day * 24) + Fraction(minutes, 60)
    return known


_HOURS: dict[tuple[int, int], Fraction] = {}


def show(q: Fraction) -> str:
    """A number for a message: exact decimals where they end, else 4 decimals."""
    if q.denominator == 1:
        return str(q.numerator)
    value = f"{float(q):.4f}".rstrip("0").rstrip(".")
    return value


def when(h: Fraction) -> str:
    day, rest = divmod(h, 24)
    minutes = round(rest * 60)
    return f"day {int(day)} {minutes // 60:02d}:{minutes % 60:02d}"


def pct(q: Fraction) -> str:
    return show(q * 100) + "%"


# --------------------------------------------------------------------------- the projected plan


class Patient:
    def __init__(self) -> None:
        self.age_years = ZERO
        self.origin = "spinal"
        self.cause: str | None = None
        self.months_since_injury: Fraction | None = None
        self.infection = False
        self.hypersensitivity: list[str] = []


class Pump:
    def __init__(self) -> None:
        self.programmable = True
        self.reservoir_ml: Fraction | None = None
        self.low_reservoir_alarm_ml = Fraction(2)


class History:
    def __init__(self) -> None:
        self.screened_positive = True
        self.first_daily_dose_ug: Fraction | None = None
        self.daily_dose_ug = ZERO
        self.phase = "maintenance"
        self.last_increase_h = ZERO
        self.since_h = ZERO
        self.reservoir_volume_ml: Fraction | None = None
        self.concentration_ug_ml = ZERO
        self.filled_at_h: Fraction | None = None


class Screening:
    def __init__(
        self,
        at_h: Fraction,
        dose: Fraction,
        conc: Fraction,
        minutes: Fraction,
        response: str,
        effect_h: Fraction | None,
    ) -> None:
        self.at_h, self.dose_ug, self.concentration_ug_ml = at_h, dose, conc
        self.duration_min, self.response, self.effect_h = minutes, response, effect_h


class Step:
    """An infusion step after carry-over: every step knows its phase, mode, dose and concentration."""

    def __init__(self, at_h: Fraction) -> None:
        self.at_h = at_h
        self.phase = "titration"
        self.mode = "continuous"
        self.daily_dose_ug = ZERO
        self.concentration_ug_ml = ZERO
        self.rate_ml_day: Fraction | None = None
        self.schedule: list[tuple[int, Fraction]] = []  # flex: (start minute of the clock day, ug/h)
        self.from_history = False
        self.stops = False
        self.index = 0
        self.previous: Step | None = None
        self.next: Step | None = None
        self.starts_run = False
        self.restart = False
        self.interrupts = False
        self.run: Run | None = None
        self.taper_before: list[Step] = []

    def describe(self) -> str:
        return f"the step of {when(self.at_h)}"


class Run:
    def __init__(self, steps: list[Step], end: Fraction) -> None:
        self.steps = steps
        self.first = steps[0]
        self.start = steps[0].at_h
        self.end = end
        self.restart = steps[0].restart


class Bolus:
    def __init__(self, at_h: Fraction, dose: Fraction, via: str, emergency: bool) -> None:
        self.at_h, self.dose_ug, self.via, self.emergency = at_h, dose, via, emergency
        self.draws_ml = ZERO


class Fill:
    def __init__(
        self,
        at_h: Fraction,
        filled_at_h: Fraction,
        volume: Fraction,
        conc: Fraction,
        diluent: str | None,
        from_history: bool = False,
    ) -> None:
        self.at_h, self.filled_at_h, self.volume_ml = at_h, filled_at_h, volume
        self.concentration_ug_ml, self.diluent, self.from_history = conc, diluent, from_history


class Timeline:
    """A plan resolved onto hours from 00:00 of day 0, with what it delivers and draws."""

    def __init__(self) -> None:
        self.route = "intrathecal"
        self.patient = Patient()
        self.pump = Pump()
        self.history: History | None = None
        self.screenings: list[Screening] = []
        self.steps: list[Step] = []
        self.runs: list[Run] = []
        self.boluses: list[Bolus] = []
        self.fills: list[Fill] = []
        self.end_h = ZERO
        # The hour from which a proposal changes the plan accepted so far (None: judge all of it). What lies
        # wholly before it was judged when it was accepted, so the window search starts a day before it.
        self.changed_from: Fraction | None = None
        # constant-rate pieces [start, end) with ug/h and mL/h, from the first step to the end
        self.seg_start: list[Fraction] = []
        self.seg_end: list[Fraction] = []
        self.seg_ug: list[Fraction] = []
        self.seg_ml: list[Fraction] = []
        self.cum_ug: list[Fraction] = [ZERO]
        self.cum_ml: list[Fraction] = [ZERO]
        self.step_times: list[Fraction] = []
        self.bolus_times: list[Fraction] = []
        self.bolus_cum_ug: list[Fraction] = [ZERO]
        self.bolus_cum_ml: list[Fraction] = [ZERO]
        self.seg_key: list[float] = []
        self.step_key: list[float] = []
        self.bolus_key: list[float] = []

    @property
    def has_history(self) -> bool:
        return self.history is not None

    # ---- timeline primitives (the same meaning as the rule language's)
    # Searches use float keys: every time here is on a grid of a quarter of a minute (clock times are whole
    # minutes; the window search halves and shifts them by 24 h), where floats order exactly as the
    # fractions do and equal fractions give equal floats. The amounts themselves stay exact.
    def _cumulative(self, x: Fraction, rates: list[Fraction], cum: list[Fraction]) -> Fraction:
        if not self.seg_start or x <= self.seg_start[0]:
            return ZERO
        i = bisect.bisect_right(self.seg_key, float(x)) - 1
        return cum[i] + rates[i] * (min(x, self.seg_end[i]) - self.seg_start[i])

    def rate_at(self, t: Fraction) -> Fraction:
        """ug/h infused at t (pieces are [start, end))."""
        if not self.seg_start or t < self.seg_start[0] or t >= self.seg_end[-1]:
            return ZERO
        return self.seg_ug[bisect.bisect_right(self.seg_key, float(t)) - 1]

    def infused_ug(self, a: Fraction, b: Fraction) -> Fraction:
        return self._cumulative(b, self.seg_ug, self.cum_ug) - self._cumulative(a, self.seg_ug, self.cum_ug)

    def bolus_ug(self, a: Fraction, b: Fraction) -> Fraction:
        """Bolus micrograms given in [a, b)."""
        i, j = bisect.bisect_left(self.bolus_key, float(a)), bisect.bisect_left(self.bolus_key, float(b))
        return self.bolus_cum_ug[j] - self.bolus_cum_ug[i] if j > i else ZERO

    def delivered(self, a: Fraction, b: Fraction) -> Fraction:
        """Micrograms delivered in [a, b): infusion plus every bolus."""
        return self.infused_ug(a, b) + self.bolus_ug(a, b)

    def drawn_ml(self, a: Fraction, b: Fraction) -> Fraction:
        """Millilitres drawn from the reservoir in [a, b): infusion and pump boluses."""
        infused = self._cumulative(b, self.seg_ml, self.cum_ml) - self._cumulative(a, self.seg_ml, self.cum_ml)
        i, j = bisect.bisect_left(self.bolus_key, float(a)), bisect.bisect_left(self.bolus_key, float(b))
        return infused + (self.bolus_cum_ml[j] - self.bolus_cum_ml[i] if j > i else ZERO)

    def step_at(self, t: Fraction) -> Step | None:
        """The step in force at t (the latest at or before t)."""
        i = bisect.bisect_right(self.step_key, float(t))
        return self.steps[i - 1] if i > 0 else None

    def step_before(self, t: Fraction) -> Step | None:
        """The step in force just before t (the latest strictly before t)."""
        i = bisect.bisect_left(self.step_key, float(t))
        return self.steps[i - 1] if i > 0 else None

    def daily_dose_at(self, t: Fraction) -> Fraction:
        step = self.step_at(t)
        return step.daily_dose_ug if step is not None else ZERO

    def fill_holding(self, t: Fraction) -> Fill | None:
        """The fill the reservoir holds just before t (the latest fill strictly before t)."""
        found = None
        for fill in self.fills:
            if fill.at_h < t:
                found = fill
        return found

    def reservoir_ml(self, t: Fraction) -> Fraction:
        """mL in the reservoir at t, before any refill at t."""
        fill = self.fill_holding(t)
        if fill is None:
            start = self.seg_start[0] if self.seg_start else ZERO
            return -self.drawn_ml(start, t)
        return fill.volume_ml - self.drawn_ml(fill.at_h, t)


# --------------------------------------------------------------------------- the checker


class ReferenceChecker:
    """Accepts or refuses programming requests. One method per concern; override one to plant a defect."""

    name = "reference"

    # ================================================================ protocol

    def decide(self, request: dict[str, Any]) -> dict[str, Any]:
        try:
            if not isinstance(request, dict):
                raise Refuse("the request is not a JSON object")
            kind = request.get("type")
            plan = request.get("plan")
            if not isinstance(plan, dict):
                raise Refuse("the request carries no plan")
            if kind == "start":
                self.decide_start(plan)
            elif kind == "propose":
                event = request.get("event")
                if not isinstance(event, dict):
                    raise Refuse("the proposal carries no event")
                self.decide_proposal(plan, event)
            else:
                raise Refuse(f"unknown request type {kind!r}")
        except Refuse as refusal:
            return {"accept": False, "reason": str(refusal)}
        except Exception as error:  # noqa: BLE001 - never accept what could not be judged
            return {"accept": False, "reason": f"internal error, refused to be safe: {type(error).__name__}: {error}"}
        return {"accept": True}

    def decide_start(self, plan: dict[str, Any]) -> None:
        """Take the patient on: right patient, right route, a positive screening done by the label."""
        timeline = self.project(plan, None)
        self.refuse_if(self.check_patient(timeline))
        self.refuse_if(self.check_screening(timeline))
        # A session normally starts with empty lists; if not, what is there must be safe too.
        self.judge(timeline)

    def decide_proposal(self, plan: dict[str, Any], event: dict[str, Any]) -> None:
        list_name = event.get("list")
        entry = event.get("entry")
        if list_name not in LISTS:
            raise Refuse(f"unknown list {list_name!r}; expected one of {', '.join(LISTS)}")
        if not isinstance(entry, dict):
            raise Refuse("the event's entry is not an object")
        self.refuse_if(self.check_entry_form(list_name, entry))
        timeline = self.project(plan, (list_name, entry))
        self.refuse_if(self.check_patient(timeline))
        self.refuse_if(self.check_screening(timeline))
        self.judge(timeline)

    @staticmethod
    def refuse_if(reason: str | None) -> None:
        if reason:
            raise Refuse(reason)

    def concerns(self) -> list[Any]:
        """The checks a projected plan must pass, cheapest first."""
        return [
            self.check_solution,
            self.check_program_concentration,
            self.check_bolus,
            self.check_first_infusion,
            self.check_flex,
            self.check_increase_limit,
            self.check_increase_spacing,
            self.check_reduction,
            self.check_taper,
            self.check_restart,
            self.check_fill_age,
            self.check_reservoir,
            self.check_delivery_windows,
        ]

    def judge(self, timeline: Timeline) -> None:
        for concern in self.concerns():
            self.refuse_if(concern(timeline))

    # ================================================================ building the projection

    def project(self, plan: dict[str, Any], event: tuple[str, dict[str, Any]] | None) -> Timeline:
        """The plan with the event added, resolved, ending 24 h after its last event."""
        lists: dict[str, list[dict[str, Any]]] = {}
        for name in LISTS:
            items = plan.get(name) or []
            if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
                raise Refuse(f"the plan's {name} is not a list of entries")
            lists[name] = list(items)
        if event is not None:
            lists[event[0]].append(event[1])
            changed_from = hour_of(event[1], "the event")
        screening = plan.get("screening") or []
        if not isinstance(screening, list) or not all(isinstance(x, dict) for x in screening):
            raise Refuse("the plan's screening is not a list of entries")
        total = len(screening) + sum(len(x) for x in lists.values())
        if total > MAX_EVENTS:
            raise Refuse(f"a plan holds at most {MAX_EVENTS} events")

        tl = Timeline()
        self.read_header(plan, tl)
        for i, x in enumerate(screening):
            where = f"screening[{i}]"
            at_h = hour_of(x, where)
            response = x.get("response")
            if response not in ("positive", "negative"):
                raise Refuse(f"invalid plan: {where}.response")
            effect = number(x["effect_h"], f"{where}.effect_h") if x.get("effect_h") is not None else None
            if response == "positive" and effect is None:
                raise Refuse(f"invalid plan: {where} is positive without effect_h")
            tl.screenings.append(
                Screening(
                    at_h,
                    number(x.get("dose_ug"), f"{where}.dose_ug"),
                    number(x.get("concentration_ug_ml"), f"{where}.concentration_ug_ml"),
                    number(x.get("duration_min"), f"{where}.duration_min"),
                    response,
                    effect,
                )
            )
        for a, b in zip(tl.screenings, tl.screenings[1:]):
            if b.at_h < a.at_h:
                raise Refuse("invalid plan: screening doses out of time order")
        if tl.screenings and tl.history is not None:
            raise Refuse("invalid plan: both screening and history")

        self.read_steps(lists["infusion"], tl)
        self.read_boluses(lists["boluses"], tl)
        self.read_fills(lists["refills"], tl)

        times = [x.at_h for x in tl.screenings] + [s.at_h for s in tl.steps if not s.from_history]
        times += [b.at_h for b in tl.boluses] + [f.at_h for f in tl.fills if not f.from_history]
        tl.end_h = max(times + [ZERO]) + DAY_H
        self.link(tl)
        if event is not None:
            tl.changed_from = changed_from
        return tl

    def read_header(self, plan: dict[str, Any], tl: Timeline) -> None:
        route = plan.get("route", "intrathecal")
        if route not in ROUTES:
            raise Refuse(f"invalid plan: route {route!r}")
        tl.route = route
        p = plan.get("patient")
        if not isinstance(p, dict):
            raise Refuse("invalid plan: no patient")
        patient = tl.patient
        patient.age_years = number(p.get("age_years"), "patient.age_years")
        if p.get("origin") not in ("spinal", "cerebral"):
            raise Refuse("invalid plan: patient.origin must be spinal or cerebral")
        patient.origin = p["origin"]
        patient.cause = p.get("cause") if isinstance(p.get("cause"), str) else None
        if p.get("months_since_injury") is not None:
            patient.months_since_injury = number(p["months_since_injury"], "patient.months_since_injury")
        patient.infection = flag(p.get("infection", False), "patient.infection")
        hyper = p.get("hypersensitivity") or []
        patient.hypersensitivity = [str(x) for x in hyper] if isinstance(hyper, list) else [str(hyper)]
        q = plan.get("pump")
        if not isinstance(q, dict):
            raise Refuse("invalid plan: no pump")
        tl.pump.programmable = flag(q.get("programmable", True), "pump.programmable")
        if q.get("reservoir_ml") is not None:
            tl.pump.reservoir_ml = number(q["reservoir_ml"], "pump.reservoir_ml")
        if q.get("low_reservoir_alarm_ml") is not None:
            tl.pump.low_reservoir_alarm_ml = number(q["low_reservoir_alarm_ml"], "pump.low_reservoir_alarm_ml")
        h = plan.get("history")
        if h is not None:
            if not isinstance(h, dict):
                raise Refuse("invalid plan: history")
            history = History()
            history.screened_positive = flag(h.get("screened_positive"), "history.screened_positive")
            if h.get("first_daily_dose_ug") is not None:
                history.first_daily_dose_ug = number(h["first_daily_dose_ug"], "history.first_daily_dose_ug")
            history.daily_dose_ug = number(h.get("daily_dose_ug"), "history.daily_dose_ug")
            if history.daily_dose_ug <= 0:
                raise Refuse("invalid plan: history.daily_dose_ug must be above 0")
            history.phase = h.get("phase", "maintenance")
            if history.phase not in ("titration", "maintenance", "taper"):
                raise Refuse("invalid plan: history.phase")
            history.last_increase_h = number(h.get("last_increase_h"), "history.last_increase_h", signed=True)
            history.since_h = (
                number(h["since_h"], "history.since_h", signed=True)
                if h.get("since_h") is not None
                else history.last_increase_h
            )
            if history.since_h < history.last_increase_h:
                raise Refuse("invalid plan: history.since_h before last_increase_h")
            if h.get("reservoir_volume_ml") is not None:
                history.reservoir_volume_ml = number(h["reservoir_volume_ml"], "history.reservoir_volume_ml")
            history.concentration_ug_ml = number(h.get("concentration_ug_ml"), "history.concentration_ug_ml")
            if h.get("filled_at_h") is not None:
                history.filled_at_h = number(h["filled_at_h"], "history.filled_at_h", signed=True)
            tl.history = history

    def read_steps(self, infusion: list[dict[str, Any]], tl: Timeline) -> None:
        steps: list[Step] = []
        history = tl.history
        if history is not None:
            hs = Step(history.since_h)
            hs.phase, hs.mode = history.phase, "continuous"
            hs.daily_dose_ug, hs.concentration_ug_ml = history.daily_dose_ug, history.concentration_ug_ml
            hs.from_history = True
            steps.append(hs)
        last: Fraction | None = None
        for i, x in enumerate(infusion):
            where = f"infusion[{i}]"
            unknown = set(x) - ENTRY_KEYS["infusion"]
            if unknown:
                raise Refuse(f"invalid entry: {where} has unknown key(s) {', '.join(sorted(unknown))}")
            at_h = hour_of(x, where)
            if last is not None and at_h <= last:
                raise Refuse(
                    f"invalid entry: {where} is not later than the step before ({when(last)}); two steps never share a time"
                )
            if history is not None and at_h <= history.since_h:
                raise Refuse(f"invalid entry: {where} is not after history.since_h")
            last = at_h
            before = steps[-1] if steps else None
            restart = before is not None and before.stops
            after_emergency = before is not None and before.phase == "emergency"
            step = Step(at_h)
            if "phase" in x:
                if x["phase"] not in PHASES:
                    raise Refuse(f"invalid entry: {where}.phase {x['phase']!r}")
                step.phase = x["phase"]
            elif before is None:
                raise Refuse(f"invalid entry: {where}: the first infusion step must state its phase")
            elif restart or after_emergency:
                raise Refuse(f"invalid entry: {where}: a step after a stop or an emergency step must state its phase")
            else:
                step.phase = before.phase
            if "mode" in x:
                if x["mode"] not in MODES:
                    raise Refuse(f"invalid entry: {where}.mode {x['mode']!r}")
                step.mode = x["mode"]
            else:
                step.mode = before.mode if before is not None else "continuous"
            if "concentration_ug_ml" in x:
                step.concentration_ug_ml = number(x["concentration_ug_ml"], f"{where}.concentration_ug_ml")
            elif before is None:
                raise Refuse(f"invalid entry: {where}: the first infusion step must state its concentration_ug_ml")
            else:
                step.concentration_ug_ml = before.concentration_ug_ml
            if "rate_ml_day" in x:
                step.rate_ml_day = number(x["rate_ml_day"], f"{where}.rate_ml_day")
            if step.phase == "stop":
                if ("daily_dose_ug" in x and number(x["daily_dose_ug"], f"{where}.daily_dose_ug") != 0) or "steps" in x:
                    raise Refuse(f"invalid entry: {where}: a stop step gives no dose")
                step.mode, step.stops, step.daily_dose_ug = "continuous", True, ZERO
                steps.append(step)
                continue
            if step.mode == "flex":
                if "daily_dose_ug" in x:
                    raise Refuse(f"invalid entry: {where}: a flex step gives no daily_dose_ug")
                if "steps" in x:
                    step.schedule = self.read_schedule(x["steps"], f"{where}.steps")
                elif before is not None and before.mode == "flex" and not restart:
                    step.schedule = list(before.schedule)
                else:
                    raise Refuse(f"invalid entry: {where}: a flex step here has no schedule to inherit")
                step.daily_dose_ug = self.flex_daily_dose(step.schedule)
            else:
                if "steps" in x:
                    raise Refuse(f"invalid entry: {where}: steps belong to a flex step")
                if "daily_dose_ug" in x:
                    step.daily_dose_ug = number(x["daily_dose_ug"], f"{where}.daily_dose_ug")
                elif before is None or restart:
                    raise Refuse(f"invalid entry: {where}: the first step (or a restart) must state its daily_dose_ug")
                elif before.mode == "flex":
                    raise Refuse(
                        f"invalid entry: {where}: a continuous step after a flex step must state its daily_dose_ug"
                    )
                else:
                    step.daily_dose_ug = before.daily_dose_ug
            if step.phase == "emergency" and step.daily_dose_ug == 0:
                step.stops = True
            steps.append(step)
        tl.steps = steps

    def read_schedule(self, entries: Any, where: str) -> list[tuple[int, Fraction]]:
        if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_FLEX_STEPS:
            raise Refuse(f"invalid entry: {where}: a flex schedule has 1 to {MAX_FLEX_STEPS} steps")
        schedule: list[tuple[int, Fraction]] = []
        for i, e in enumerate(entries):
            if not isinstance(e, dict) or set(e) - {"start", "dose_ug_h"} or "start" not in e or "dose_ug_h" not in e:
                raise Refuse(f"invalid entry: {where}[{i}] must be {{start, dose_ug_h}}")
            minute = clock_minutes(e["start"], f"{where}[{i}].start")
            if schedule and minute <= schedule[-1][0]:
                raise Refuse(f"invalid entry: {where}[{i}]: starts must be in clock order")
            schedule.append((minute, number(e["dose_ug_h"], f"{where}[{i}].dose_ug_h")))
        return schedule

    def read_boluses(self, boluses: list[dict[str, Any]], tl: Timeline) -> None:
        last: Fraction | None = None
        for i, x in enumerate(boluses):
            where = f"boluses[{i}]"
            unknown = set(x) - ENTRY_KEYS["boluses"]
            if unknown:
                raise Refuse(f"invalid entry: {where} has unknown key(s) {', '.join(sorted(unknown))}")
            at_h = hour_of(x, where)
            if last is not None and at_h < last:
                raise Refuse(f"invalid entry: {where} is out of time order")
            last = at_h
            via = x.get("via", "pump")
            if via not in ("pump", "access-port"):
                raise Refuse(f"invalid entry: {where}.via {via!r}")
            if "dose_ug" not in x:
                raise Refuse(f"invalid entry: {where} has no dose_ug")
            tl.boluses.append(
                Bolus(
                    at_h,
                    number(x["dose_ug"], f"{where}.dose_ug"),
                    via,
                    flag(x.get("emergency", False), f"{where}.emergency"),
                )
            )

    def read_fills(self, refills: list[dict[str, Any]], tl: Timeline) -> None:
        history = tl.history
        if history is not None and (history.reservoir_volume_ml is not None or history.filled_at_h is not None):
            tl.fills.append(
                Fill(
                    ZERO,
                    history.filled_at_h if history.filled_at_h is not None else ZERO,
                    history.reservoir_volume_ml if history.reservoir_volume_ml is not None else ZERO,
                    history.concentration_ug_ml,
                    None,
                    from_history=True,
                )
            )
        last: Fraction | None = None
        for i, x in enumerate(refills):
            where = f"refills[{i}]"
            unknown = set(x) - ENTRY_KEYS["refills"]
            if unknown:
                raise Refuse(f"invalid entry: {where} has unknown key(s) {', '.join(sorted(unknown))}")
            at_h = hour_of(x, where)
            if last is not None and at_h < last:
                raise Refuse(f"invalid entry: {where} is out of time order")
            last = at_h
            if "volume_ml" not in x or "concentration_ug_ml" not in x:
                raise Refuse(f"invalid entry: {where} needs volume_ml and concentration_ug_ml")
            volume = number(x["volume_ml"], f"{where}.volume_ml")
            capacity = tl.pump.reservoir_ml
            if capacity is not None and volume > capacity:
                raise Refuse(
                    f"invalid entry: {where}: {show(volume)} mL is more than the pump's reservoir ({show(capacity)} mL)"
                )
            diluent = text(x["diluent"], f"{where}.diluent") if "diluent" in x else "none"
            tl.fills.append(
                Fill(at_h, at_h, volume, number(x["concentration_ug_ml"], f"{where}.concentration_ug_ml"), diluent)
            )

    def link(self, tl: Timeline) -> None:
        """Neighbours, runs, restarts, tapers, the pieces of constant rate, what boluses draw."""
        steps = tl.steps
        for i, step in enumerate(steps):
            step.index = i
            step.previous = steps[i - 1] if i > 0 else None
            step.next = steps[i + 1] if i + 1 < len(steps) else None
        current: list[Step] = []
        for step in steps:
            if step.stops:
                step.interrupts = step.previous is not None and not step.previous.stops
                if current:
                    tl.runs.append(Run(current, step.at_h))
                    current = []
                continue
            if not current:
                step.starts_run = True
                step.restart = step.previous is not None
            current.append(step)
        if current:
            tl.runs.append(Run(current, tl.end_h))
        for run in tl.runs:
            for step in run.steps:
                step.run = run
        for step in steps:
            if step.stops:
                taper: list[Step] = []
                back = step.previous
                while (
                    back is not None
                    and back.phase == "taper"
                    and not back.stops
                    and (back.from_history or not back.starts_run)
                ):
                    taper.append(back)
                    back = back.previous
                step.taper_before = list(reversed(taper))
        tl.step_times = [s.at_h for s in steps]
        tl.step_key = [float(x) for x in tl.step_times]
        # pieces of constant rate
        for i, step in enumerate(steps):
            start = step.at_h
            end = steps[i + 1].at_h if i + 1 < len(steps) else tl.end_h
            if end <= start:
                continue
            conc = step.concentration_ug_ml
            if step.stops:
                self._piece(tl, start, end, ZERO, conc)
            elif step.mode == "continuous":
                self._piece(tl, start, end, step.daily_dose_ug / 24, conc)
            else:
                pieces = self.flex_pieces(step.schedule)
                day = math.floor(start / 24)
                while Fraction(day * 24) < end:
                    for a_min, b_min, rate in pieces:
                        a = max(start, Fraction(day * 24) + Fraction(a_min, 60))
                        b = min(end, Fraction(day * 24) + Fraction(b_min, 60))
                        if a < b:
                            self._piece(tl, a, b, rate, conc)
                    day += 1
        tl.seg_key = [float(x) for x in tl.seg_start]
        for a, b, rate, ml in zip(tl.seg_start, tl.seg_end, tl.seg_ug, tl.seg_ml):
            tl.cum_ug.append(tl.cum_ug[-1] + rate * (b - a))
            tl.cum_ml.append(tl.cum_ml[-1] + ml * (b - a))
        # what each pump bolus draws: dose / programmed concentration (before any step: the fill's)
        for bolus in tl.boluses:
            if bolus.via == "pump":
                programmed = tl.step_at(bolus.at_h)
                if programmed is not None:
                    conc = programmed.concentration_ug_ml
                else:
                    source = None
                    for fill in tl.fills:
                        if fill.from_history or fill.at_h <= bolus.at_h:
                            source = fill
                    conc = source.concentration_ug_ml if source is not None else ZERO
                bolus.draws_ml = bolus.dose_ug / conc if conc > 0 else ZERO
            tl.bolus_times.append(bolus.at_h)
            tl.bolus_key.append(float(bolus.at_h))
            tl.bolus_cum_ug.append(tl.bolus_cum_ug[-1] + bolus.dose_ug)
            tl.bolus_cum_ml.append(tl.bolus_cum_ml[-1] + bolus.draws_ml)

    @staticmethod
    def _piece(tl: Timeline, a: Fraction, b: Fraction, rate: Fraction, conc: Fraction) -> None:
        ml = rate / conc if conc > 0 else ZERO
        if tl.seg_start and tl.seg_end[-1] == a and tl.seg_ug[-1] == rate and tl.seg_ml[-1] == ml:
            tl.seg_end[-1] = b  # the same rate goes on
            return
        tl.seg_start.append(a)
        tl.seg_end.append(b)
        tl.seg_ug.append(rate)
        tl.seg_ml.append(ml)

    # ================================================================ definitions (label words made exact)

    def is_adult(self, patient: Patient) -> bool:
        """The adult band starts at 18 years (label: children and adolescents 4 to 18; a child is under 18)."""
        return patient.age_years >= 18

    def increase_limit(self, patient: Patient, phase: str) -> Fraction:
        """The largest daily-dose increase per change (label lines 138, 140, 152, 157)."""
        adult = self.is_adult(patient)
        if patient.origin == "spinal":
            return Fraction(30, 100) if adult else Fraction(15, 100)
        return Fraction(20, 100) if adult and phase == "maintenance" else Fraction(15, 100)

    def increase_gap_h(self, pump: Pump) -> Fraction:
        """Increases at least 24 h apart with a programmable pump, 48 h with a non-programmable one."""
        return Fraction(24) if pump.programmable else Fraction(48)

    def increases_far_enough_apart(self, earlier_h: Fraction, later_h: Fraction, gap_h: Fraction) -> bool:
        """Whether an increase at later_h comes at least gap_h after the increase at earlier_h."""
        return later_h - earlier_h >= gap_h

    def reduction_floor(self, step: Step) -> Fraction | None:
        """The least fraction of the previous daily dose a reduction may go down to (None: no limit)."""
        if step.phase == "emergency":
            return None  # an overdose or serious side effects: any reduction
        return Fraction(80, 100)  # at most 20% per change outside an emergency

    def alarm_floor_ml(self, pump: Pump) -> Fraction:
        """The volume the reservoir must stay above while infusion runs: the low-reservoir alarm volume."""
        return pump.low_reservoir_alarm_ml

    def flex_pieces(self, schedule: list[tuple[int, Fraction]]) -> list[tuple[int, int, Fraction]]:
        """A flex schedule cut into clock-day pieces (start minute, end minute, ug/h) covering 00:00-24:00.
        Each step holds from its start to the next start; the last step wraps past midnight to the first."""
        pieces: list[tuple[int, int, Fraction]] = []
        first_start = schedule[0][0]
        if first_start > 0:
            pieces.append((0, first_start, schedule[-1][1]))  # before the first start: the last step, from yesterday
        for i, (start, rate) in enumerate(schedule):
            end = schedule[i + 1][0] if i + 1 < len(schedule) else 24 * 60
            pieces.append((start, end, rate))
        return pieces

    def flex_daily_dose(self, schedule: list[tuple[int, Fraction]]) -> Fraction:
        return sum((rate * Fraction(b - a, 60) for a, b, rate in self.flex_pieces(schedule)), ZERO)

    def programmed_concentration_at_refill(self, tl: Timeline, fill: Fill) -> Fraction | None:
        """The concentration the pump is programmed for when a fill goes in (None: infusion stopped or not started)."""
        step = tl.step_at(fill.at_h)  # at equal times the refill comes first, then the step: the step counts
        if step is None or step.stops:
            return None
        return step.concentration_ug_ml

    def is_taper_step(self, step: Step) -> bool:
        """A taper step: phase taper, 10% to 20% lower than the step before it (the history's taper step counts)."""
        if step.phase != "taper" or step.stops:
            return False
        if step.from_history:
            return True
        if step.starts_run or step.previous is None:
            return False
        before = step.previous.daily_dose_ug
        return Fraction(80, 100) * before <= step.daily_dose_ug <= Fraction(90, 100) * before

    @staticmethod
    def is_increase(step: Step) -> bool:
        return (
            not step.starts_run
            and not step.stops
            and step.previous is not None
            and step.daily_dose_ug > step.previous.daily_dose_ug
        )

    @staticmethod
    def is_reduction(step: Step) -> bool:
        return (
            not step.starts_run
            and not step.stops
            and step.previous is not None
            and step.daily_dose_ug < step.previous.daily_dose_ug
        )

    # ================================================================ concerns

    def check_entry_form(self, list_name: str, entry: dict[str, Any]) -> str | None:
        """The entry's own form: known keys only (the rest is checked when the plan is projected)."""
        if "at" in entry:
            return 'this checker takes times as day and "HH:MM" time, not at:'
        unknown = set(entry) - ENTRY_KEYS[list_name]
        if unknown:
            return f"invalid entry: unknown key(s) {', '.join(sorted(unknown))} in a {list_name} entry"
        if "day" not in entry:
            return "invalid entry: the entry has no day"
        return None

    def check_patient(self, tl: Timeline) -> str | None:
        """ITB-ROUTE-1, ITB-PAT-1, ITB-PAT-3, ITB-PAT-4: who may be treated, and how."""
        if tl.route != "intrathecal":
            return f"ITB-ROUTE-1: the route is {tl.route}; intrathecal baclofen is given intrathecally only"
        if tl.patient.age_years < 4:
            return f"ITB-PAT-1: the patient is {show(tl.patient.age_years)} years old; not under 4 years"
        for word in tl.patient.hypersensitivity:
            if word in HYPERSENSITIVITIES:
                return f"ITB-PAT-1: known hypersensitivity to {word} forbids treatment"
        if tl.screenings and tl.patient.infection:
            return "ITB-PAT-4: no screening or implantation during an active infection"
        if not tl.has_history and tl.patient.cause == "traumatic-brain-injury":
            months = tl.patient.months_since_injury
            if months is None or months < 12:
                return "ITB-PAT-3: spasticity after traumatic brain injury: no long-term infusion before 12 months"
        if tl.history is not None and not tl.history.screened_positive:
            return "ITB-SCR-6: the established infusion had no positive screening response"
        return None

    def check_screening(self, tl: Timeline) -> str | None:
        """ITB-SCR-1..6: the test doses that precede the infusion (a plan without history)."""
        if tl.has_history:
            return None
        if not tl.screenings:
            return "ITB-SCR-6: no screening dose: continuous infusion only after a positive screening response"
        for i, x in enumerate(tl.screenings):
            if x.concentration_ug_ml != 50:
                return f"ITB-SCR-1: screening dose {i + 1} uses {show(x.concentration_ug_ml)} ug/mL; test doses use 50 ug/mL"
            if x.duration_min < 1:
                return f"ITB-SCR-3: screening dose {i + 1} is given over less than 1 minute"
            if x.dose_ug > LARGEST_SINGLE_DOSE_UG:
                return f"ITB-SCR-5: screening dose {i + 1} is {show(x.dose_ug)} ug; none above 100 ug"
            if not 0 < x.concentration_ug_ml <= 2000:
                return "ITB-CONC-1: a screening solution outside (0, 2000] ug/mL"
        if tl.screenings[0].dose_ug > 50:
            return "ITB-SCR-2: the first screening dose is above 50 ug"
        for a, b in zip(tl.screenings, tl.screenings[1:]):
            if a.response == "positive":
                return "ITB-SCR-4: no screening dose follows a positive response"
            if b.dose_ug > a.dose_ug + 25:
                return "ITB-SCR-4: screening doses rise by more than 25 ug"
            if b.at_h - a.at_h < 24:
                return "ITB-SCR-4: screening doses less than 24 h apart"
        if not any(x.response == "positive" for x in tl.screenings):
            return "ITB-SCR-6: no positive screening response: no continuous infusion"
        return None

    def check_first_infusion(self, tl: Timeline) -> str | None:
        """ITB-SCR-6 and ITB-INIT-1: the first infusion step follows a positive response, at most 2x / 1x its dose."""
        if tl.has_history or not tl.steps:
            return None
        first = tl.steps[0]
        if not any(x.response == "positive" and x.at_h <= first.at_h for x in tl.screenings):
            return f"ITB-SCR-6: infusion starts on {when(first.at_h)} before a positive screening response"
        for x in tl.screenings:
            if x.response == "positive":
                most = 2 * x.dose_ug if x.effect_h is not None and x.effect_h <= 12 else x.dose_ug
                if first.daily_dose_ug > most:
                    return (
                        f"ITB-INIT-1: the first daily dose {show(first.daily_dose_ug)} ug is above {show(most)} ug "
                        f"(effective screening dose {show(x.dose_ug)} ug, effect {show(x.effect_h or ZERO)} h)"
                    )
        return None

    def check_flex(self, tl: Timeline) -> str | None:
        """ITB-PUMP-1 (flex only in maintenance) and ITB-PUMP-2 (no flex step more than 20% above the lowest)."""
        for step in tl.steps:
            if step.mode != "flex":
                continue
            if step.phase != "maintenance":
                return (
                    f"ITB-PUMP-1: a flex schedule on {when(step.at_h)} in phase {step.phase}; flex only in maintenance"
                )
            if not step.from_history:
                rates = [rate for _, rate in step.schedule]
                if max(rates) > Fraction(120, 100) * min(rates):
                    return f"ITB-PUMP-2: the flex schedule on {when(step.at_h)} runs {show(min(rates))} to {show(max(rates))} ug/h; at most 20% above the lowest"
        return None

    def check_increase_limit(self, tl: Timeline) -> str | None:
        """ITB-TITR-1: each increase at most p of the dose it replaces; an emergency change never increases."""
        for step in tl.steps:
            if step.starts_run or step.stops or step.previous is None:
                continue
            before = step.previous.daily_dose_ug
            if step.phase == "emergency":
                if step.daily_dose_ug > before:
                    return f"ITB-TITR-1: an emergency change on {when(step.at_h)} raises the daily dose ({show(before)} -> {show(step.daily_dose_ug)} ug)"
                continue
            if self.is_increase(step):
                p = self.increase_limit(tl.patient, step.phase)
                if step.daily_dose_ug > (1 + p) * before:
                    return (
                        f"ITB-TITR-1: the daily dose rises {show(before)} -> {show(step.daily_dose_ug)} ug on {when(step.at_h)}; "
                        f"at most {pct(p)} for this patient in phase {step.phase}"
                    )
        return None

    def check_increase_spacing(self, tl: Timeline) -> str | None:
        """ITB-INIT-2 (no increase in the first 24 h), ITB-TITR-2 (increases 24 h / 48 h apart),
        ITB-STOP-2 (no increase in the first 24 h after a restart)."""
        gap = self.increase_gap_h(tl.pump)
        increases = [s for s in tl.steps if self.is_increase(s)]
        if not tl.has_history and tl.steps:
            start = tl.steps[0].at_h
            for s in increases:
                if s.at_h - start < 24:
                    return f"ITB-INIT-2: the daily dose is increased on {when(s.at_h)}, {show(s.at_h - start)} h after infusion started; not before 24 h"
        for earlier, later in zip(increases, increases[1:]):  # noqa: RUF007 - pairwise needs 3.10
            if not self.increases_far_enough_apart(earlier.at_h, later.at_h, gap):
                return f"ITB-TITR-2: increases on {when(earlier.at_h)} and {when(later.at_h)} are {show(later.at_h - earlier.at_h)} h apart; at least {show(gap)} h"
        if (
            tl.history is not None
            and increases
            and not self.increases_far_enough_apart(tl.history.last_increase_h, increases[0].at_h, gap)
        ):
            return f"ITB-TITR-2: the increase on {when(increases[0].at_h)} comes less than {show(gap)} h after the last increase before the plan"
        for s in increases:
            if s.run is not None and s.run.restart and s.at_h - s.run.start < 24:
                return f"ITB-STOP-2: the restarted dose is increased on {when(s.at_h)}, {show(s.at_h - s.run.start)} h after the restart; not before 24 h"
        return None

    def check_reduction(self, tl: Timeline) -> str | None:
        """ITB-STOP-1: outside an emergency a reduction is at most 20% of the dose it replaces."""
        for step in tl.steps:
            if not self.is_reduction(step):
                continue
            floor = self.reduction_floor(step)
            assert step.previous is not None
            if floor is not None and step.daily_dose_ug < floor * step.previous.daily_dose_ug:
                return (
                    f"ITB-STOP-1: the daily dose falls {show(step.previous.daily_dose_ug)} -> {show(step.daily_dose_ug)} ug on {when(step.at_h)}; "
                    f"outside an emergency at most {pct(1 - floor)}"
                )
        return None

    def check_taper(self, tl: Timeline) -> str | None:
        """ITB-STOP-1: a stop outside an emergency ends a taper - taper steps each 10-20% lower, at most 96 h
        apart and before the stop, the first at least 14 days before the stop."""
        for stop in tl.steps:
            if stop.phase != "stop" or not stop.interrupts:
                continue
            assert stop.previous is not None
            if not self.is_taper_step(stop.previous):
                return (
                    f"ITB-STOP-1: infusion stops abruptly on {when(stop.at_h)}; a stop outside an emergency ends a taper "
                    f"(taper-phase steps each 10% to 20% lower than the step before)"
                )
            taper: list[Step] = []
            for step in reversed(stop.taper_before):
                if not self.is_taper_step(step):
                    break
                taper.insert(0, step)
            for step in taper:
                following = step.next
                assert following is not None
                if following.at_h - step.at_h > TAPER_GAP_H:
                    return f"ITB-STOP-1: taper steps on {when(step.at_h)} and {when(following.at_h)} are more than 96 h apart"
            if not any(stop.at_h - step.at_h >= TAPER_MIN_H for step in taper):
                return f"ITB-STOP-1: the taper that ends on {when(stop.at_h)} began less than 14 days (336 h) before the stop"
        return None

    def restart_limit(self, tl: Timeline, run: Run) -> tuple[Fraction | None, str]:
        """The largest daily dose a restart may have (None: no restart allowed), and why.
        After an emergency stop or a stop that ends a taper-phase step: the first daily dose of the prolonged
        infusion (label line 166). After an abrupt stop, within 48 h: the dose before the stop (lines 189, 312)."""
        stop = run.first.previous
        assert stop is not None
        before = stop.previous
        if (
            stop.phase == "stop"
            and before is not None
            and not before.stops
            and before.phase != "taper"
            and run.start - stop.at_h <= RESUME_WITHIN_H
        ):
            return before.daily_dose_ug, f"the {show(before.daily_dose_ug)} ug/day in force before the stop"
        first_dose = (
            tl.history.first_daily_dose_ug
            if tl.history is not None
            else (tl.steps[0].daily_dose_ug if tl.steps else None)
        )
        if first_dose is None:
            return None, "the first daily dose of the prolonged infusion (not known)"
        return first_dose, f"the first daily dose of the prolonged infusion ({show(first_dose)} ug)"

    def check_restart(self, tl: Timeline) -> str | None:
        """ITB-STOP-2: a restart at no more than the first daily dose of the prolonged infusion; within 48 h of
        an abrupt stop (not an emergency stop, not after a taper step) at no more than the dose before the stop."""
        for run in tl.runs:
            if not run.restart:
                continue
            limit, why = self.restart_limit(tl, run)
            if limit is None or run.first.daily_dose_ug > limit:
                return f"ITB-STOP-2: infusion restarts on {when(run.start)} at {show(run.first.daily_dose_ug)} ug/day, above {why}"
        return None

    def check_solution(self, tl: Timeline) -> str | None:
        """ITB-CONC-1: 50, 500 or 2000 ug/mL, or a dilution with 0.9% sodium chloride (0 < c <= 2000)."""
        for fill in tl.fills:
            if fill.diluent is not None and fill.diluent not in ("none", "nacl-0.9"):
                return f"ITB-CONC-1: a refill diluted with {fill.diluent}; only 0.9% sodium chloride"
            if fill.diluent == "none" and fill.concentration_ug_ml not in AMPOULES_UG_ML:
                return f"ITB-CONC-1: an undiluted solution of {show(fill.concentration_ug_ml)} ug/mL does not exist (50, 500 or 2000)"
            if not 0 < fill.concentration_ug_ml <= 2000:
                return f"ITB-CONC-1: a solution of {show(fill.concentration_ug_ml)} ug/mL is outside (0, 2000]"
        for step in tl.steps:
            if not 0 < step.concentration_ug_ml <= 2000:
                return (
                    f"ITB-CONC-1: the pump is programmed for {show(step.concentration_ug_ml)} ug/mL, outside (0, 2000]"
                )
        return None

    def check_program_concentration(self, tl: Timeline) -> str | None:
        """ITB-PUMP-3: the programmed concentration equals the reservoir's at every step and every refill made
        while infusion runs; rate_ml_day x concentration is the daily dose within 1%."""
        for step in tl.steps:
            if step.stops:
                continue
            holding = None
            for fill in tl.fills:
                if fill.from_history or fill.at_h <= step.at_h:
                    holding = fill
            if holding is not None and holding.concentration_ug_ml != step.concentration_ug_ml:
                return (
                    f"ITB-PUMP-3: the pump is programmed for {show(step.concentration_ug_ml)} ug/mL on {when(step.at_h)} "
                    f"while the reservoir holds {show(holding.concentration_ug_ml)} ug/mL"
                )
        for fill in tl.fills:
            programmed = self.programmed_concentration_at_refill(tl, fill)
            if programmed is not None and programmed != fill.concentration_ug_ml:
                return (
                    f"ITB-PUMP-3: the reservoir is filled with {show(fill.concentration_ug_ml)} ug/mL on {when(fill.at_h)} "
                    f"while the pump is programmed for {show(programmed)} ug/mL; reprogram the pump with the refill"
                )
        for step in tl.steps:
            if step.rate_ml_day is not None:
                delivered = step.rate_ml_day * step.concentration_ug_ml
                if abs(delivered - step.daily_dose_ug) > Fraction(1, 100) * step.daily_dose_ug:
                    return f"ITB-PUMP-3: {show(step.rate_ml_day)} mL/day at {show(step.concentration_ug_ml)} ug/mL is not the daily dose {show(step.daily_dose_ug)} ug within 1%"
        return None

    def check_bolus(self, tl: Timeline) -> str | None:
        """ITB-DOSE-3 (no bolus above the larger of 100 ug and the daily dose in force) and ITB-PUMP-6
        (the catheter access port only in an emergency)."""
        for bolus in tl.boluses:
            if bolus.via == "access-port" and not bolus.emergency:
                return f"ITB-PUMP-6: a bolus through the catheter access port on {when(bolus.at_h)} is not marked emergency"
            in_force = tl.daily_dose_at(bolus.at_h)
            if bolus.dose_ug > max(LARGEST_SINGLE_DOSE_UG, in_force):
                return f"ITB-DOSE-3: a single bolus of {show(bolus.dose_ug)} ug on {when(bolus.at_h)} is above both 100 ug and the daily dose in force ({show(in_force)} ug)"
        return None

    def check_fill_age(self, tl: Timeline) -> str | None:
        """ITB-PUMP-5: a fill is used for at most 11 weeks (77 days, 1848 h)."""
        for i, fill in enumerate(tl.fills):
            until = tl.fills[i + 1].at_h if i + 1 < len(tl.fills) else tl.end_h
            if until - fill.filled_at_h > FILL_LIFE_H:
                return f"ITB-PUMP-5: the fill of {when(fill.filled_at_h)} would be used until {when(until)}, more than 77 days"
        return None

    def check_reservoir(self, tl: Timeline) -> str | None:
        """ITB-PUMP-4: while infusion runs the reservoir stays above the low-reservoir alarm volume, at every
        instant to the plan's end (the volume only falls between fills: it is lowest just before a refill and at
        the end of each run)."""
        floor = self.alarm_floor_ml(tl.pump)
        for run in tl.runs:
            low, high = max(run.start, ZERO), run.end
            if high <= low:
                continue
            points = [f.at_h for f in tl.fills if not f.from_history and low < f.at_h <= high] + [high]
            for t in points:
                volume = tl.reservoir_ml(t)
                if volume <= floor:
                    return (
                        f"ITB-PUMP-4: the reservoir would hold {show(volume)} mL on {when(t)}, not above the "
                        f"{show(floor)} mL alarm volume; refill earlier"
                    )
            if run is tl.runs[-1] and high == tl.end_h:
                at_end = [b for b in tl.boluses if b.via == "pump" and b.at_h == high]
                if at_end and not any(f.at_h == high for f in tl.fills):
                    volume = tl.reservoir_ml(high) - sum((b.draws_ml for b in at_end), ZERO)
                    if volume <= floor:
                        return f"ITB-PUMP-4: the reservoir would hold {show(volume)} mL after the bolus on {when(high)}"
        return None

    def check_delivery_windows(self, tl: Timeline) -> str | None:
        """ITB-TITR-3: in every 24-hour window [t, t + 24 h) inside a run, what is delivered (infusion and
        boluses) is at most (1 + p) times what the 24 hours before delivered (or, near the run's start, what
        the daily dose in force at t delivers in a day); p is the limit of the phase in force just before t + 24 h.

        Exact, for every real t. Where no step and no bolus lies within 24 h of t, both days are a whole day of
        one program (one daily dose) and the window cannot exceed it: only t within 24 h of a step or a bolus
        is examined. There, between the breakpoints (every change of rate, step and bolus, and those +-24 h),
        both amounts are linear in t and p is constant, so the excess is checked at every breakpoint and at
        both ends of every open piece between them. For a proposal, only t from a day before its hour on: the
        plan accepted so far passed this check, and a window ending before the proposal is unchanged by it."""
        events = sorted([s.at_h for s in tl.steps] + [b.at_h for b in tl.boluses])
        for run in tl.runs:
            lo, hi = run.start, run.end - DAY_H
            if hi < lo:
                continue
            # The t that may matter: within 24 h of a step or a bolus, merged into intervals. A window that
            # ends before the proposal's hour, and the day before it, are as they were when accepted.
            since = lo if tl.changed_from is None else max(lo, tl.changed_from - DAY_H)
            zones: list[list[Fraction]] = []
            for e in events:
                a, b = max(since, e - DAY_H), min(hi, e + DAY_H)
                if a > b:
                    continue
                if zones and a <= zones[-1][1]:
                    zones[-1][1] = max(zones[-1][1], b)
                else:
                    zones.append([a, b])
            marks = set(tl.seg_start) | set(tl.seg_end) | set(events) | {lo, lo + DAY_H}
            cuts = sorted({x + d for x in marks if x >= since - DAY_H for d in (-DAY_H, ZERO, DAY_H)})
            for a_zone, b_zone in zones:
                i, j = bisect.bisect_left(cuts, a_zone), bisect.bisect_right(cuts, b_zone)
                points = sorted({a_zone, b_zone, *cuts[i:j]})
                for t in points:
                    reason = self._window_excess(tl, run, t)
                    if reason:
                        return reason
                for a, b in zip(points, points[1:]):  # noqa: RUF007 - pairwise needs 3.10
                    m = (a + b) / 2
                    excess, limit = self._excess(tl, run, m)
                    slope = self._excess_slope(tl, run, m, limit)
                    if excess - slope * (m - a) > 0 or excess + slope * (b - m) > 0:
                        return (
                            f"ITB-TITR-3: a 24-hour window starting between {when(a)} and {when(b)} would deliver more than "
                            f"{pct(limit)} above the 24 hours before it (infusion and boluses count)"
                        )
        return None

    def _limit_at(self, tl: Timeline, window_end: Fraction) -> Fraction:
        step = tl.step_before(window_end)
        return self.increase_limit(tl.patient, step.phase if step is not None else "titration")

    def window_delivered(self, tl: Timeline, a: Fraction, b: Fraction) -> Fraction:
        """What the patient receives in [a, b) for the increase limit: the infusion and every bolus."""
        return tl.delivered(a, b)

    def _before(self, tl: Timeline, run: Run, t: Fraction) -> Fraction:
        if t - DAY_H >= run.start:
            return self.window_delivered(tl, t - DAY_H, t)
        return tl.daily_dose_at(t)

    def _excess(self, tl: Timeline, run: Run, t: Fraction) -> tuple[Fraction, Fraction]:
        limit = self._limit_at(tl, t + DAY_H)
        return self.window_delivered(tl, t, t + DAY_H) - (1 + limit) * self._before(tl, run, t), limit

    def _excess_slope(self, tl: Timeline, run: Run, t: Fraction, limit: Fraction) -> Fraction:
        slope = tl.rate_at(t + DAY_H) - tl.rate_at(t)
        if t - DAY_H >= run.start:
            slope -= (1 + limit) * (tl.rate_at(t) - tl.rate_at(t - DAY_H))
        return slope

    def _window_excess(self, tl: Timeline, run: Run, t: Fraction) -> str | None:
        excess, limit = self._excess(tl, run, t)
        if excess <= 0:
            return None
        inside, before = self.window_delivered(tl, t, t + DAY_H), self._before(tl, run, t)
        return (
            f"ITB-TITR-3: {show(inside)} ug would be delivered in the 24 h from {when(t)}, more than "
            f"{pct(limit)} above the {show(before)} ug before it (infusion and boluses count)"
        )


# --------------------------------------------------------------------------- entry points


CHECKER = ReferenceChecker()


def decide(request: dict[str, Any]) -> dict[str, Any]:
    """Answer one protocol request: {"accept": true} or {"accept": false, "reason": ...}."""
    return CHECKER.decide(request)


def answer_line(checker: ReferenceChecker, line: str) -> str:
    try:
        request = json.loads(line)
    except ValueError as error:
        return json.dumps({"accept": False, "reason": f"the request is not JSON: {error}"})
    return json.dumps(checker.decide(request))


def serve(checker: ReferenceChecker, argv: list[str] | None = None) -> int:
    """The JSON-lines loop (or, with --one, exactly one request from stdin)."""
    args = sys.argv[1:] if argv is None else argv
    if "--one" in args:
        line = sys.stdin.readline()
        sys.stdout.write(answer_line(checker, line) + "\n")
        sys.stdout.flush()
        return 0
    for line in sys.stdin:
        if not line.strip():
            continue
        sys.stdout.write(answer_line(checker, line) + "\n")
        sys.stdout.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    return serve(CHECKER, argv)


if __name__ == "__main__":
    sys.exit(main())
