"""The document model the rules speak about: patient, steps, runs, boluses, fills.

Everything here is structure, not judgement: which step replaces which, where
a run of infusion starts and ends, what the reservoir holds. Whether any of
it is safe is for the rules to say.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from typing import Any, NamedTuple

from itbverify.base.exact import Fraction

Position = tuple[int, int]


class Entered(tuple):  # type: ignore[type-arg]
    """A collection entered at programming time, which a dose-limit configuration does not limit."""


ENTERED = Entered()


@dataclass(eq=False)
class Element:
    """Something in a document that a rule can quantify over or point at."""

    line: int = 1
    column: int = 1
    positions: dict[str, Position] = field(default_factory=dict, repr=False)

    def position_of(self, name: str) -> Position:
        return self.positions.get(name, (self.line, self.column))


@dataclass(eq=False)
class Patient(Element):
    age_years: Fraction = Fraction(0)
    weight_kg: Fraction | None = None
    origin: str = "spinal"
    cause: str | None = None
    months_since_injury: Fraction | None = None
    infection: bool = False
    hypersensitivity: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    medications: tuple[str, ...] = ()


@dataclass(eq=False)
class Pump(Element):
    programmable: bool = True
    reservoir_ml: Fraction | None = None
    low_reservoir_alarm_ml: Fraction = Fraction(2)


@dataclass(eq=False)
class History(Element):
    screened_positive: bool = True
    first_daily_dose_ug: Fraction | None = None
    daily_dose_ug: Fraction = Fraction(0)
    phase: str = "maintenance"
    last_increase_h: Fraction = Fraction(0)
    since_h: Fraction = Fraction(0)
    reservoir_volume_ml: Fraction | None = None
    concentration_ug_ml: Fraction = Fraction(0)
    filled_at_h: Fraction | None = None


@dataclass(eq=False)
class Screening(Element):
    at_h: Fraction = Fraction(0)
    dose_ug: Fraction = Fraction(0)
    concentration_ug_ml: Fraction = Fraction(0)
    duration_min: Fraction = Fraction(0)
    response: str = "negative"
    effect_h: Fraction | None = None
    first: bool = False


@dataclass(eq=False)
class FlexEntry(Element):
    start_min: int = 0
    dose_ug_h: Fraction = Fraction(0)


@dataclass(eq=False)
class Run(Element):
    start: Fraction = Fraction(0)
    end: Fraction = Fraction(0)
    restart: bool = False
    first: Step | None = None
    steps: tuple[Step, ...] = ()


@dataclass(eq=False)
class Step(Element):
    at_h: Fraction = Fraction(0)
    phase: str = "titration"
    mode: str = "continuous"
    daily_dose_ug: Fraction = Fraction(0)
    concentration_ug_ml: Fraction = Fraction(0)
    rate_ml_day: Fraction | None = None
    schedule: tuple[FlexEntry, ...] = ()
    from_history: bool = False
    first: bool = False
    stops: bool = False
    previous: Step | None = None
    next: Step | None = None
    starts_run: bool = False
    restart: bool = False
    interrupts: bool = False
    run: Run | None = None
    taper_before: tuple[Step, ...] = ()
    reservoir_concentration_ug_ml: Fraction | None = None


@dataclass(eq=False)
class Bolus(Element):
    at_h: Any = Fraction(0)  # a number, or a solver variable for a patient bolus
    dose_ug: Fraction = Fraction(0)
    via: str = "pump"
    emergency: bool = False
    draws_ml: Fraction = Fraction(0)
    active: Any = True  # a solver variable when the bolus may or may not be taken


@dataclass(eq=False)
class PatientBolus(Element):
    """A program's patient bolus allowance: the solver chooses which boluses are taken, and when (engines.z3.program)."""

    dose_ug: Fraction = Fraction(0)
    draws_ml: Fraction = Fraction(0)
    lockout_h: Fraction = Fraction(0)
    max_per_day: int = 0
    allowed: int = 0  # the most the lockout and the daily maximum allow before the next refill


@dataclass(eq=False)
class Fill(Element):
    at_h: Fraction = Fraction(0)
    filled_at_h: Fraction = Fraction(0)
    volume_ml: Fraction = Fraction(0)
    concentration_ug_ml: Fraction = Fraction(0)
    diluent: str | None = "none"
    from_history: bool = False
    next: Fill | None = None
    step: Step | None = None


class Segment(NamedTuple):
    """[start, end) at a constant rate (a tuple: a plan has dozens, and a frozen dataclass is slow to make)."""

    start: Fraction
    end: Fraction
    rate_ug_h: Fraction
    rate_ml_h: Fraction


@dataclass(eq=False)
class Document(Element):
    """A plan or program, resolved onto one timeline (hours from hour 0)."""

    file: str = ""
    kind: str = "plan"
    id: str = ""
    route: str = "intrathecal"
    patient: Patient = field(default_factory=Patient)
    pump: Pump = field(default_factory=Pump)
    history: History | None = None
    resuscitation_ready: bool = False
    screenings: tuple[Screening, ...] = ()
    steps: tuple[Step, ...] = ()
    runs: tuple[Run, ...] = ()
    boluses: tuple[Bolus, ...] = ()
    fills: tuple[Fill, ...] = ()
    co_administered_intrathecal: tuple[str, ...] = ()
    end_h: Fraction = Fraction(0)
    clock_offset_min: int = 0  # clock time of hour 0
    uses_dates: bool = False
    day0: Any = None  # the date of day 0 when times are given with at:
    segments: tuple[Segment, ...] = ()
    # The over-delivery factor f the timeline is delivered with: 1, or the one a counterexample found (its
    # solver variable only on the solver's own copy of a program, engines.z3.program).
    delivery_factor: Any = Fraction(1)
    # What a program leaves to the pump and the patient, as data: f may be up to 1 + this / 100 ...
    delivery_tolerance_pct: Fraction = Fraction(0)
    # ... and patient boluses may be taken as this allows.
    patient_bolus: PatientBolus | None = None
    notes: list[str] = field(default_factory=list)
    # What the timeline primitives compute once per document (semantics/timeline.py); a copy starts afresh.
    timeline_cache: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def has_history(self) -> bool:
        return self.history is not None

    @property
    def leaves_open(self) -> bool:
        """Whether the pump or the patient may do more than the document states (a program's tolerance or
        patient boluses): only the solver decides such a document."""
        return self.delivery_tolerance_pct > 0 or self.patient_bolus is not None

    @property
    def applicability(self) -> str:
        """The column of formats.md section 4 this document falls in."""
        if self.kind == "program":
            return "program"
        return "history-plan" if self.history is not None else "plan"


GLOBALS = (
    "route",
    "patient",
    "pump",
    "history",
    "has_history",
    "resuscitation_ready",
    "screenings",
    "steps",
    "runs",
    "boluses",
    "fills",
    "refills",
    "co_administered_intrathecal",
    "end_h",
    "kind",
    "delivery_factor",
)

# The records a rule reaches from the globals, and the attributes it may read of them: every field but
# where the record was written. (language/types.py gives each its type; a test holds the two together.)
RECORDS = ("Patient", "Pump", "History", "Screening", "FlexEntry", "Run", "Step", "Bolus", "Fill")
NOT_ATTRIBUTES = frozenset({"line", "column", "positions"})


@functools.cache
def record_attributes() -> frozenset[str]:
    """Every attribute a rule may read of some record (a window's start and end are not a record's)."""
    return frozenset(f.name for name in RECORDS for f in dataclasses.fields(globals()[name])) - NOT_ATTRIBUTES


def flex_rate_at(schedule: tuple[FlexEntry, ...], minute_of_day: Fraction) -> Fraction:
    """The hourly rate at a clock minute: the latest entry started by then, wrapping past midnight."""
    current = schedule[-1]
    for entry in schedule:
        if entry.start_min <= minute_of_day:
            current = entry
    return current.dose_ug_h


def flex_daily_dose(schedule: tuple[FlexEntry, ...]) -> Fraction:
    total = Fraction(0)
    for i, entry in enumerate(schedule):
        end = schedule[i + 1].start_min if i + 1 < len(schedule) else schedule[0].start_min + 24 * 60
        total += entry.dose_ug_h * Fraction(end - entry.start_min, 60)
    return total


_first, _second = itemgetter(0), itemgetter(1)
_segment = partial(tuple.__new__, Segment)  # Segment(*fields) without the Python __new__ a NamedTuple is made by


def build_segments(document: Document) -> tuple[Segment, ...]:
    """Cut the timeline into constant-rate pieces, one per step and flex clock boundary."""
    segments: list[Segment] = []
    steps = document.steps
    for i, step in enumerate(steps):
        start = step.at_h
        end = steps[i + 1].at_h if i + 1 < len(steps) else document.end_h
        if end <= start:
            continue
        concentration = step.concentration_ug_ml
        if step.stops:
            segments.append(_segment((start, end, Fraction(0), Fraction(0))))
            continue
        if step.mode == "continuous":
            rate = step.daily_dose_ug / 24
            ml = rate / concentration if concentration > 0 else Fraction(0)
            segments.append(_segment((start, end, rate, ml)))
            continue
        # Flex: the clock at hour h is clock_offset + h; cut at every schedule start.
        offset_h = Fraction(document.clock_offset_min, 60)
        starting: list[tuple[Fraction, FlexEntry]] = []  # the hours inside (start, end) where an entry starts
        for entry in step.schedule:
            boundary_clock = Fraction(entry.start_min, 60)
            # hours h with (offset + h) mod 24 == boundary_clock
            first = boundary_clock - offset_h
            h = first + ((start - first) // 24) * 24
            while h < end:
                if h > start:
                    starting.append((h, entry))
                h += 24
        # Entries start at distinct clock minutes, so no two share an hour: sorting by hour is enough.
        starting.sort(key=_first)
        hours = [start, *map(_first, starting), end]
        rates = [flex_rate_at(step.schedule, ((offset_h + start) % 24) * 60), *(e.dose_ug_h for e in map(_second, starting))]
        ml_of: dict[Fraction, Fraction] = {}  # a schedule has few rates
        for a, b, rate in zip(hours, hours[1:], rates):
            if rate not in ml_of:
                ml_of[rate] = rate / concentration if concentration > 0 else Fraction(0)
            segments.append(_segment((a, b, rate, ml_of[rate])))
    return tuple(segments)


def link_steps(document: Document) -> None:
    """Work out previous/next, runs, restarts and tapers once the steps are known."""
    steps = document.steps
    for i, step in enumerate(steps):
        step.previous = steps[i - 1] if i > 0 else None
        step.next = steps[i + 1] if i + 1 < len(steps) else None
        step.first = i == 0
    runs: list[Run] = []
    current: list[Step] = []
    for step in steps:
        if step.stops:
            step.interrupts = step.previous is not None and not step.previous.stops
            if current:
                runs.append(_run(current, step.at_h))
                current = []
            continue
        if not current:
            step.starts_run = True
            step.restart = step.previous is not None
        current.append(step)
    if current:
        runs.append(_run(current, document.end_h))
    document.runs = tuple(runs)
    for step in steps:
        if step.stops:
            # The consecutive taper-phase steps before the stop, within its run: a run's first step rises
            # from no infusion, so it cannot lower the dose, except the history's step, whose phase is the
            # history's word. Which of them make the taper (each 10-20% lower) is the rules' to say.
            taper: list[Step] = []
            back = step.previous
            while back is not None and back.phase == "taper" and not back.stops and (back.from_history or not back.starts_run):
                taper.append(back)
                back = back.previous
            step.taper_before = tuple(reversed(taper))


def unlink(document: Document) -> None:
    """Break the links that make a document's elements a cycle (a step and its neighbours, a run and its
    steps), once it is checked: a batch lets go of a document a millisecond after building it, and what
    no cycle holds is freed at once, where a cycle waits for the garbage collector, which walks it first."""
    for step in document.steps:
        step.previous = step.next = step.run = None
    document.runs = ()


def _run(steps: list[Step], end: Fraction) -> Run:
    first = steps[0]
    run = Run(first.line, first.column, dict(first.positions), first.at_h, end, first.restart, first, tuple(steps))
    for step in steps:
        step.run = run
    return run


def link_fills(document: Document) -> None:
    fills = document.fills
    for i, fill in enumerate(fills):
        fill.next = fills[i + 1] if i + 1 < len(fills) else None
        fill.step = step_in_force(document, fill.at_h)
    for step in document.steps:
        holding = _fill_in_force(fills, step.at_h)
        step.reservoir_concentration_ug_ml = holding.concentration_ug_ml if holding else None
    for bolus in document.boluses:
        if bolus.via == "pump" and isinstance(bolus.at_h, Fraction):
            # The pump draws dose / programmed concentration; before the first step nothing is programmed
            # yet, and a bolus then draws at the concentration of the fill it takes from.
            programmed = step_in_force(document, bolus.at_h)
            if programmed is not None:
                concentration = programmed.concentration_ug_ml
            else:
                source = _fill_in_force(fills, bolus.at_h)
                concentration = source.concentration_ug_ml if source is not None else Fraction(0)
            bolus.draws_ml = bolus.dose_ug / concentration if concentration > 0 else Fraction(0)


def _fill_in_force(fills: tuple[Fill, ...], at_h: Fraction) -> Fill | None:
    """The fill the reservoir holds at at_h (a refill at at_h comes first)."""
    found = None
    for fill in fills:
        if fill.from_history or fill.at_h <= at_h:
            found = fill
    return found


def step_in_force(document: Document, at_h: Fraction) -> Step | None:
    found = None
    for step in document.steps:
        if step.at_h <= at_h:
            found = step
    return found
