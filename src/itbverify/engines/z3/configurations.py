"""The programs a dose-limit configuration accepts, as one symbolic program per profile and phase.

For each patient profile and phase the configuration allows, a program is
built whose every number is a solver variable (ages, doses, times, volumes,
concentrations, bolus settings), constrained by what the configuration
accepts; the same rules that check one program are compiled over it.

Numbers of the program are multiples of 0.01 (integer solver variables scaled
by 100), so every counterexample is a document with exact decimals.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import z3

from itbverify.base.exact import Fraction
from itbverify.documents.configuration import Library, Profile, flex_limits
from itbverify.documents.model import (
    ENTERED,
    Bolus,
    Document,
    FlexEntry,
    Patient,
    Pump,
    Step,
    link_steps,
)
from itbverify.documents.program import bolus_count, program_document
from itbverify.engines.z3.periodic import Envelope, Explicit, Periodic
from itbverify.engines.z3.shapes import (
    Boluses,
    band_condition,
    bolus_pattern,
    continuous_segment,
    delivery_factor,
)
from itbverify.language import syntax as s
from itbverify.language.ruleset import default_ruleset
from itbverify.semantics.values import Choice

MAX_AGE = 120
SCALE = 100  # every number of a generated program is a multiple of 1/SCALE


@dataclass
class Shape:
    """The programs of one profile and phase that the configuration accepts.

    `accepted` constrains the program's own fields (what the software checks
    at entry); `delivery` (the delivery factor's range) and `pattern` (the
    patient's bolus times) constrain what happens after. `droppable` are
    members of `accepted` that a proof may leave out: without them the
    programs are more, so what holds for all of them holds for the accepted.
    """

    profile: Profile
    phase: str
    document: Document
    variables: dict[str, Any]
    accepted: list[Any]
    delivery: list[Any]
    pattern: list[Any]
    periodic: list[Periodic] = field(default_factory=list)
    flex: str | int | None = None
    previous_flex: str | int | None = None
    droppable: tuple[Any, ...] = ()


def _decimal(name: str) -> tuple[Any, Any]:
    """A solver variable that takes multiples of 1/SCALE: (the integer, the value)."""
    n = z3.Int(name)
    return n, z3.ToReal(n) / SCALE


def _q(value: Fraction | int) -> Any:
    value = Fraction(value)
    return z3.Q(value.numerator, value.denominator)


def shape_prefix(origin: str, band: str, phase: str) -> str:
    return f"{origin}_{band}_{phase}_"


def build_shape(
    library: Library,
    profile: Profile,
    phase: str,
    diluent_names: tuple[str, ...] | None = None,
    bolus: str = "worst",
    flex: str | int | None = None,
    previous_flex: str | int | None = None,
    most_boluses: int | None = None,
    definitions: dict[str, s.Definition] | None = None,
) -> Shape:
    """The symbolic program of one profile and phase.

    `diluent_names` is the vocabulary the diluent variable indexes (shared when
    two configurations are compared); `bolus` is "worst" (a patient bolus set
    at the configuration's limits, for proofs) or "either" (with or without
    one, for comparisons). `flex` makes the new program a flex schedule:
    "envelope" (every schedule the flex limits accept, for proofs) or a number
    of explicit steps (to find a concrete counterexample); None: continuous.
    `previous_flex` does the same for the running program. `most_boluses`
    keeps only the first patient boluses of the busiest pattern (fewer
    boluses are a pattern too: what breaks a rule with them is a real
    counterexample, but a proof needs them all). `definitions` gives the
    rules' `adult` and `child`, which bound the patient's age (the installed
    rule set's when not given).
    """
    prefix = shape_prefix(profile.origin, profile.band, phase)
    names = diluent_names or library.diluents
    v: dict[str, Any] = {}
    accepted: list[Any] = []
    delivery: list[Any] = []
    pattern: list[Any] = []

    def decimal(name: str) -> Any:
        n, value = _decimal(f"{prefix}{name}")
        v[name] = n
        return value

    age = decimal("age_years")
    band = band_condition(definitions if definitions is not None else default_ruleset().definitions, profile.band, age)
    accepted += [band, age <= MAX_AGE] if profile.band == "adult" else [band, age >= 0]
    accepted.append(age >= _q(library.minimum_age))

    schedule: tuple[FlexEntry, ...] = ()
    old_schedule: tuple[FlexEntry, ...] = ()
    day: Explicit | Envelope | None = None
    old_day: Explicit | Envelope | None = None
    highest: Any = None
    if previous_flex is None:
        old_dose = decimal("previous_daily_dose_ug")
    else:
        old_dose, _, old_day, old_schedule, rules = _flex_schedule(library, prefix, "previous", previous_flex, v)
        accepted += rules
    if flex is None:
        new_dose = decimal("new_daily_dose_ug")
    else:
        new_dose, highest, day, schedule, rules = _flex_schedule(library, prefix, "new", flex, v)
        accepted += rules
    last_increase = decimal("last_increase_h")
    since = decimal("since_h")
    # The running program was accepted under one of this patient's profiles, in any phase.
    running_max = max(p.dose_max for p in library.profiles if p.origin == profile.origin and p.band == profile.band)
    accepted += [old_dose > 0, old_dose <= _q(running_max)]
    accepted += [last_increase <= 0, since <= 0, since >= last_increase]
    if phase == "emergency":
        # An emergency reduction; an emergency stop (0 ug/day) ends the run and is not generated.
        accepted += [new_dose > 0, new_dose <= old_dose]
    else:
        accepted += [new_dose >= _q(profile.dose_min), new_dose <= _q(profile.dose_max)]
        accepted.append(z3.Implies(new_dose > old_dose, z3.And(new_dose <= old_dose * _q(1 + profile.max_increase), -last_increase >= _q(profile.min_gap_h))))
        accepted.append(z3.Implies(new_dose < old_dose, new_dose >= old_dose * _q(1 - profile.max_reduction)))

    concentration = decimal("concentration_ug_ml")
    diluent_index = z3.Int(f"{prefix}diluent")
    v["diluent"] = diluent_index
    accepted += [diluent_index >= 0, diluent_index < len(names), concentration > 0]
    for i, name in enumerate(names):
        if name not in library.diluents:
            accepted.append(diluent_index != i)
        elif name == "none":
            accepted.append(z3.Implies(diluent_index == i, z3.Or(*[concentration == _q(c) for c in library.undiluted])))
        else:
            low, high_c = library.diluted_min or Fraction(0), library.diluted_max or Fraction(0)
            accepted.append(z3.Implies(diluent_index == i, z3.And(concentration >= _q(low), concentration <= _q(high_c))))
    diluent: Any = names[0]
    if len(names) > 1:
        diluent = Choice(tuple((diluent_index == i, d) for i, d in enumerate(names[:-1])) + ((True, names[-1]),))

    volume = decimal("volume_ml")
    next_refill = decimal("next_refill_h")
    filled_at = decimal("filled_at_h")
    accepted += [volume >= 0, volume <= _q(library.reservoir_ml), next_refill > 0, filled_at <= 0]
    accepted.append(next_refill - filled_at <= _q(library.max_interval_h))

    factor: Any = Fraction(1)
    high = 1 + library.tolerance / 100
    if library.tolerance > 0:
        factor, bounds = delivery_factor(f"{prefix}delivery_factor", library.tolerance)
        delivery += bounds

    patient = Patient(age_years=age, origin=profile.origin, cause=None, months_since_injury=None, infection=False)
    patient.hypersensitivity = ENTERED
    patient.conditions = ENTERED
    patient.medications = ENTERED
    patient.line, patient.column = profile.line, profile.column
    pump = Pump(library.line, library.column, {}, library.programmable, library.reservoir_ml, library.alarm_ml)

    old = Step(at_h=since, phase="maintenance", mode="continuous" if previous_flex is None else "flex", daily_dose_ug=old_dose, concentration_ug_ml=concentration, schedule=old_schedule)
    new = Step(at_h=Fraction(0), phase=phase, mode="continuous" if flex is None else "flex", daily_dose_ug=new_dose, concentration_ug_ml=concentration, schedule=schedule)
    for step in (old, new):
        step.line, step.column = profile.line, profile.column
    document = Document(
        file=library.file,
        id=library.id,
        route="intrathecal",
        patient=patient,
        pump=pump,
        co_administered_intrathecal=ENTERED,
        delivery_factor=factor,
    )
    program_document(document, old, new, last_increase_h=last_increase, since_h=since, volume_ml=volume, fill_concentration=concentration,
                     filled_at_h=filled_at, diluent=diluent, next_refill_h=next_refill)
    document.line, document.column = profile.line, profile.column
    link_steps(document)
    # Both schedules run on one clock: a day of each begins at hour 0 (00:00, the programs' effective_at).
    periodic: list[Periodic] = []
    segments: list[Any] = []
    for start, end, dose, schedule_day, role in ((since, Fraction(0), old_dose, old_day, "previous"), (Fraction(0), next_refill, new_dose, day, "new")):
        if schedule_day is None:
            segments.append(continuous_segment(start, end, dose, concentration))
        else:
            periodic.append(Periodic(f"{prefix}{role}_flex_", start, end, Fraction(0), schedule_day, 1 / concentration))
            segments.append(periodic[-1])
    document.segments = tuple(segments)

    configured = library.bolus_max_dose is not None and bool(library.bolus_max_per_day)
    has_bolus = z3.Bool(f"{prefix}has_bolus")
    v["has_bolus"] = has_bolus
    bolus_dose: Any = Fraction(0)
    most: Any = 0
    if bolus == "either" or configured:
        n_dose, bolus_dose = _decimal(f"{prefix}bolus_dose_ug")
        n_lockout, lockout = _decimal(f"{prefix}bolus_lockout_h")
        most = z3.Int(f"{prefix}bolus_max_per_day")
        v.update(bolus_dose_ug=n_dose, bolus_lockout_h=n_lockout, bolus_max_per_day=most)
        if configured:
            assert library.bolus_max_dose is not None and library.bolus_min_lockout is not None
            settings = z3.And(bolus_dose > 0, bolus_dose <= _q(library.bolus_max_dose), lockout >= _q(library.bolus_min_lockout), most >= 1, most <= library.bolus_max_per_day)
            accepted.append(z3.Implies(has_bolus, settings))
        else:
            accepted.append(z3.Not(has_bolus))
        if bolus == "worst":
            accepted.append(has_bolus)
            boluses, pattern = _boluses(library, prefix, next_refill, concentration, bolus_dose, lockout, most, most_boluses)
            # Counted: a rule may read the boluses through the timeline or by going over them.
            document.boluses = Boluses(boluses)
    else:
        accepted.append(z3.Not(has_bolus))

    droppable: tuple[Any, ...] = ()
    if library.refuse_below_alarm:
        # The software refuses a program whose reservoir would reach the alarm before the next refill
        # at the highest delivery: the infusion, and the most patient boluses in every started day.
        bolus_ug = z3.If(has_bolus, bolus_dose * z3.ToReal(most) * (next_refill / 24 + 1), 0) if not isinstance(most, int) else 0
        # A flex schedule is counted at its highest step's rate throughout.
        infusion = new_dose * next_refill / 24 if flex is None else highest * next_refill
        need = (infusion + bolus_ug) * _q(high) / concentration
        refill_room = volume - need > _q(library.alarm_ml)
        accepted.append(refill_room)
        # With a flex schedule the room is a product of two unknowns (its highest rate and the time to the
        # refill), which can leave a query undecided; a proof without it covers more programs.
        droppable = (refill_room,) if flex is not None else ()
    return Shape(profile, phase, document, v, accepted, delivery, pattern, periodic, flex, previous_flex, droppable)



def _flex_schedule(library: Library, prefix: str, role: str, flex: str | int, v: dict[str, Any]) -> tuple[Any, Any, Explicit | Envelope, tuple[FlexEntry, ...], list[Any]]:
    """A flex program's daily dose, its highest hourly rate, its day, its entries and what the software accepts of it.

    A flex program's rates are its own: at most `max_steps` steps, each step
    at most `max_step_ratio_pct` above the lowest. Its daily dose is the sum
    of the schedule, judged like a continuous program's.
    """
    _, most, ratio = flex_limits(library)
    prefix = f"{prefix}{role}_"
    rules: list[Any] = []
    if flex == "envelope":
        low, high = z3.Real(f"{prefix}flex_lowest_ug_h"), z3.Real(f"{prefix}flex_highest_ug_h")
        dose = z3.Real(f"{prefix}daily_dose_ug")
        steps = z3.Int(f"{prefix}flex_steps")
        v[f"{role}_flex_steps"] = steps
        rules += [low > 0, high >= low, high <= low * _q(ratio), steps >= 1, steps <= most, z3.Implies(steps == 1, high == low)]
        day: Explicit | Envelope = Envelope(f"{prefix}flex_", low, high, dose)
        # Every schedule's lowest and highest steps: what a rule on the steps' rates can see.
        entries: tuple[FlexEntry, ...] = (FlexEntry(start_min=0, dose_ug_h=low), FlexEntry(start_min=0, dose_ug_h=high))
        return dose, high, day, entries, rules
    count = int(flex)
    assert 1 <= count <= most
    starts = [z3.Int(f"{prefix}flex_start_min_{j}") for j in range(count)]
    rates = []
    for j in range(count):
        n, rate = _decimal(f"{prefix}flex_rate_{j}")
        v[f"{role}_flex_rate_{j}"] = n
        v[f"{role}_flex_start_min_{j}"] = starts[j]
        rates.append(rate)
    rules.append(starts[0] == 0)
    rules += [a < b for a, b in itertools.pairwise(starts)]
    rules.append(starts[-1] < 24 * 60)
    low, high = z3.Real(f"{prefix}flex_lowest_ug_h"), z3.Real(f"{prefix}flex_highest_ug_h")
    rules += [low > 0, z3.Or(*[low == r for r in rates]), z3.Or(*[high == r for r in rates])]
    rules += [z3.And(low <= r, r <= high) for r in rates]
    rules.append(high <= low * _q(ratio))
    day = Explicit([z3.ToReal(m) / 60 for m in starts], rates)
    entries = tuple(FlexEntry(start_min=0, dose_ug_h=r) for r in rates)
    return day.day_dose(), high, day, entries, rules


def _boluses(library: Library, prefix: str, horizon: Any, concentration: Any, dose: Any, lockout: Any, most: Any,
             most_boluses: int | None = None) -> tuple[tuple[Bolus, ...], list[Any]]:
    """Enough bolus variables for the busiest pattern the configuration's limits allow (at most MOST_BOLUSES)."""
    assert library.bolus_min_lockout is not None and library.bolus_max_per_day is not None
    count = bolus_count(library.max_interval_h, library.bolus_min_lockout, library.bolus_max_per_day)
    if most_boluses is not None:
        count = min(count, most_boluses)
    boluses, constraints = bolus_pattern(prefix, count, dose, lockout, most, library.bolus_max_per_day, horizon)
    for bolus in boluses:
        bolus.draws_ml = dose / concentration
    return boluses, constraints

