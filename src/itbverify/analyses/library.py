"""`kind: library`: a pump software's dose-limit configuration, proved against the label.

The question is universal: does every program the configuration accepts
satisfy every requirement that applies to a program? For each patient
profile and phase the configuration allows, a program is built whose every
number is a solver variable (ages, doses, times, volumes, concentrations,
bolus settings), constrained by what the configuration accepts, and the same
rules that check one program are compiled over it. Unsat proves the
requirement for all accepted programs of that shape; sat gives a model, which
is written out as a complete `kind: program` document and checked again by
the ordinary program path: the counterexample is believed only when that
check reports the same requirement.

Numbers of the program are multiples of 0.01 (integer solver variables scaled
by 100), so every counterexample is a document with exact decimals.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import Any

import yaml
import z3

from itbverify.base.exact import Fraction
from itbverify.base.numbers import yaml_decimal
from itbverify.base.processes import die_with_parent
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
from itbverify.documents.read import Node, Problem, Scalar, Sequence
from itbverify.documents.schema import LIBRARY, Field
from itbverify.documents.schema import PROGRAM_PHASES as PHASES
from itbverify.documents.validate import Record, Validator
from itbverify.engines.results import Finding, Result, verdict_of
from itbverify.engines.z3.limits import set_limits
from itbverify.engines.z3.periodic import Envelope, Explicit, Periodic
from itbverify.engines.z3.shapes import (
    Boluses,
    band_condition,
    bolus_pattern,
    continuous_segment,
    delivery_factor,
)
from itbverify.language import syntax as s
from itbverify.language.ruleset import RuleSet, default_ruleset
from itbverify.semantics.evaluate import DependsOnEntry, Evaluator
from itbverify.semantics.values import Choice, Factor, to_bool

MAX_AGE = 120
SCALE = 100  # every number of a generated program is a multiple of 1/SCALE


class _LibraryValidator(Validator):
    def value(self, node: Node, spec: Field, where: str, *rest: Any) -> Any:
        if spec.type != "numbers":
            return super().value(node, spec, where, *rest)
        if not isinstance(node, Sequence) or not node.items:
            self.problem(node, f"{where}: expected a list of numbers")
            return None
        numbers = []
        for i, item in enumerate(node.items):
            if not isinstance(item, Scalar):
                self.problem(item, f"{where}[{i}]: expected a number")
                return None
            number = self.number(item, f"{where}[{i}]", signed=False)
            if number is None:
                return None
            numbers.append(number)
        return numbers


# ---- the configuration ------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    origin: str
    band: str
    phases: tuple[str, ...]
    dose_min: Fraction
    dose_max: Fraction
    soft_max: Fraction | None
    max_increase: Fraction  # a fraction, 0.3 for 30%
    min_gap_h: Fraction
    max_reduction: Fraction
    line: int
    column: int


@dataclass
class Library:
    id: str
    file: str
    line: int
    column: int
    programmable: bool
    reservoir_ml: Fraction
    alarm_ml: Fraction
    tolerance: Fraction
    undiluted: tuple[Fraction, ...]
    diluents: tuple[str, ...]
    diluted_min: Fraction | None
    diluted_max: Fraction | None
    minimum_age: Fraction
    max_interval_h: Fraction
    refuse_below_alarm: bool
    flex: Record | None
    bolus_max_dose: Fraction | None
    bolus_min_lockout: Fraction | None
    bolus_max_per_day: int | None
    profiles: tuple[Profile, ...]
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)


class InvalidLibrary(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def load_library(node: Node, file: str) -> Library:
    validator = _LibraryValidator(file)
    record = validator.mapping(node, LIBRARY, "")
    if record is None or validator.problems:
        raise InvalidLibrary(validator.problems)
    problems: list[Problem] = []

    def bad(r: Record, key: str | None, message: str) -> None:
        line, column = r.pos(key) if key else (r.line, r.column)
        problems.append(Problem(file, line, column, message))

    if record.get("itbverify") != 1:
        bad(record, "itbverify", f"itbverify: format version {record.get('itbverify')} is not supported; expected 1")
    pump: Record = record.get("pump")
    conc: Record = record.get("concentrations")
    refill: Record = record.get("refill")
    diluents = tuple(conc.get("diluents", ["none"]))
    if any(d != "none" for d in diluents) and ("diluted_min_ug_ml" not in conc or "diluted_max_ug_ml" not in conc):
        bad(conc, None, "concentrations: a diluent other than none needs diluted_min_ug_ml and diluted_max_ug_ml")
    if conc.get("diluted_min_ug_ml") is not None and conc.get("diluted_max_ug_ml") is not None and conc.get("diluted_min_ug_ml") > conc.get("diluted_max_ug_ml"):
        bad(conc, "diluted_min_ug_ml", "concentrations: diluted_min_ug_ml is above diluted_max_ug_ml")
    flex: Record | None = record.get("flex")
    if flex is not None:
        for phase in flex.get("phases"):
            if phase not in PHASES:
                bad(flex, "phases", f"flex.phases: '{phase}' is not one of: {', '.join(PHASES)}")
        if not 1 <= flex.get("max_steps") <= 13:
            bad(flex, "max_steps", "flex.max_steps: a pump takes 1 to 13 flex steps")
    profiles = []
    seen: dict[tuple[str, str, str], Record] = {}
    for r in record.get("profiles"):
        for phase in r.get("phases"):
            if phase not in PHASES:
                bad(r, "phases", f"profiles: phase '{phase}' is not one of: {', '.join(PHASES)}")
            key = (r.get("origin"), r.get("age"), phase)
            if key in seen:
                bad(r, "phases", f"profiles: a second profile for {key[0]} origin, {key[1]}, {phase} (first at line {seen[key].line})")
            seen[key] = r
        dose: Record = r.get("daily_dose_ug")
        if dose.get("min") > dose.get("max"):
            bad(dose, "min", "profiles.daily_dose_ug: min is above max")
        profiles.append(
            Profile(
                r.get("origin"),
                r.get("age"),
                tuple(r.get("phases")),
                dose.get("min"),
                dose.get("max"),
                dose.get("soft_max"),
                r.get("max_increase_pct") / 100,
                r.get("min_hours_between_increases"),
                r.get("max_reduction_pct") / 100,
                r.line,
                r.column,
            )
        )
    if not profiles:
        bad(record, "profiles", "profiles: a configuration accepts programs for at least one profile")
    bolus: Record | None = record.get("patient_bolus")
    if problems:
        raise InvalidLibrary(problems)
    return Library(
        id=record.get("id"),
        file=file,
        line=record.line,
        column=record.column,
        programmable=pump.get("programmable", True),
        reservoir_ml=pump.get("reservoir_ml"),
        alarm_ml=pump.get("low_reservoir_alarm_ml", Fraction(2)),
        tolerance=pump.get("delivery_tolerance_pct", Fraction(0)),
        undiluted=tuple(conc.get("undiluted_ug_ml")),
        diluents=diluents,
        diluted_min=conc.get("diluted_min_ug_ml"),
        diluted_max=conc.get("diluted_max_ug_ml"),
        minimum_age=record.get("minimum_age_years", Fraction(0)),
        max_interval_h=refill.get("max_interval_h"),
        refuse_below_alarm=refill.get("refuse_below_alarm", False),
        flex=flex,
        bolus_max_dose=bolus.get("max_dose_ug") if bolus else None,
        bolus_min_lockout=bolus.get("min_lockout_h") if bolus else None,
        bolus_max_per_day=bolus.get("max_per_day") if bolus else None,
        profiles=tuple(profiles),
        positions=dict(record.positions),
    )


# ---- the accepted programs of one shape, as solver variables ----------------------------


@dataclass
class Shape:
    """The programs of one profile and phase that the configuration accepts.

    `accepted` constrains the program's own fields (what the software checks
    at entry); `delivery` (the delivery factor's range) and `pattern` (the
    patient's bolus times) constrain what happens after.
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
    highest = max(p.dose_max for p in library.profiles if p.origin == profile.origin and p.band == profile.band)
    accepted += [old_dose > 0, old_dose <= _q(highest)]
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

    if library.refuse_below_alarm:
        # The software refuses a program whose reservoir would reach the alarm before the next refill
        # at the highest delivery: the infusion, and the most patient boluses in every started day.
        bolus_ug = z3.If(has_bolus, bolus_dose * z3.ToReal(most) * (next_refill / 24 + 1), 0) if not isinstance(most, int) else 0
        # A flex schedule is counted at its highest step's rate throughout.
        infusion = new_dose * next_refill / 24 if flex is None else highest * next_refill
        need = (infusion + bolus_ug) * _q(high) / concentration
        accepted.append(volume - need > _q(library.alarm_ml))
    return Shape(profile, phase, document, v, accepted, delivery, pattern, periodic, flex, previous_flex)


def flex_limits(library: Library) -> tuple[tuple[str, ...], int, Fraction]:
    """The phases that accept flex programs, the most steps, the largest ratio of a step to the lowest."""
    assert library.flex is not None
    ratio = 1 + Fraction(library.flex.get("max_step_ratio_pct")) / 100
    return tuple(library.flex.get("phases")), int(library.flex.get("max_steps")), ratio


def flex_variants(library: Library, profile: Profile, phase: str) -> list[tuple[str | None, str | None]]:
    """(new, previous) program modes to prove a profile and phase for: None continuous, "envelope" flex.

    The running program may be flex when the configuration accepts flex
    programs in a phase of one of this patient's profiles.
    """
    if library.flex is None:
        return [(None, None)]
    phases = flex_limits(library)[0]
    mine = {p for x in library.profiles if x.origin == profile.origin and x.band == profile.band for p in x.phases}
    news: list[str | None] = [None, "envelope"] if phase in phases else [None]
    previous: list[str | None] = [None, "envelope"] if mine & set(phases) else [None]
    return [(n, p) for p in previous for n in news]


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


# ---- deciding, and writing the counterexample out -----------------------------------------


@dataclass
class LibraryFinding:
    requirement: str
    severity: str
    shape: Shape
    program: dict[str, Any]
    replayed: Result


def _value(model: z3.ModelRef, n: Any) -> Fraction:
    return Fraction(model.eval(n, model_completion=True).as_long(), SCALE)


def program_from_model(library: Library, shape: Shape, model: z3.ModelRef, name: str, names: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The complete program document a model describes."""
    v = shape.variables
    names = names or library.diluents
    val = {k: _value(model, n) for k, n in v.items() if k not in ("diluent", "bolus_max_per_day", "has_bolus") and "_flex_start_min_" not in k and not k.endswith("_flex_steps")}
    diluent = names[model.eval(v["diluent"], model_completion=True).as_long()]
    program: dict[str, Any] = {
        "itbverify": 1,
        "kind": "program",
        "id": name,
        "patient": {"age_years": yaml_decimal(val["age_years"]), "origin": shape.profile.origin},
        "pump": {"programmable": library.programmable, "reservoir_ml": yaml_decimal(library.reservoir_ml), "low_reservoir_alarm_ml": yaml_decimal(library.alarm_ml)},
        "phase": shape.phase,
        "previous": _previous_program(shape, model, val),
        "new": _new_program(shape, model, val),
        "reservoir": {
            "volume_ml": yaml_decimal(val["volume_ml"]),
            "concentration_ug_ml": yaml_decimal(val["concentration_ug_ml"]),
            "diluent": diluent,
            "filled_at_h": yaml_decimal(val["filled_at_h"]),
            "next_refill_h": yaml_decimal(val["next_refill_h"]),
        },
    }
    if "bolus_dose_ug" in val and z3.is_true(model.eval(v["has_bolus"], model_completion=True)):
        program["patient_bolus"] = {
            "dose_ug": yaml_decimal(val["bolus_dose_ug"]),
            "lockout_h": yaml_decimal(val["bolus_lockout_h"]),
            "max_per_day": model.eval(v["bolus_max_per_day"], model_completion=True).as_long(),
        }
    if library.tolerance > 0:
        program["delivery_tolerance_pct"] = yaml_decimal(library.tolerance)
    return program


def _steps(shape: Shape, model: z3.ModelRef, val: dict[str, Fraction], role: str) -> list[dict[str, Any]]:
    steps = []
    count = sum(1 for k in shape.variables if k.startswith(f"{role}_flex_start_min_"))
    for j in range(count):
        minute = model.eval(shape.variables[f"{role}_flex_start_min_{j}"], model_completion=True).as_long()
        steps.append({"start": f"{minute // 60:02d}:{minute % 60:02d}", "dose_ug_h": yaml_decimal(val[f"{role}_flex_rate_{j}"])})
    return steps


def _previous_program(shape: Shape, model: z3.ModelRef, val: dict[str, Fraction]) -> dict[str, Any]:
    times = {"last_increase_h": yaml_decimal(val["last_increase_h"]), "since_h": yaml_decimal(val["since_h"])}
    if "previous_daily_dose_ug" in val:
        return {"daily_dose_ug": yaml_decimal(val["previous_daily_dose_ug"]), **times}
    return {"mode": "flex", "steps": _steps(shape, model, val, "previous"), **times}


def _new_program(shape: Shape, model: z3.ModelRef, val: dict[str, Fraction]) -> dict[str, Any]:
    concentration = yaml_decimal(val["concentration_ug_ml"])
    if "new_daily_dose_ug" in val:
        new: dict[str, Any] = {"mode": "continuous", "daily_dose_ug": yaml_decimal(val["new_daily_dose_ug"]), "concentration_ug_ml": concentration}
    else:
        new = {"mode": "flex", "concentration_ug_ml": concentration, "steps": _steps(shape, model, val, "new")}
    if shape.periodic:
        # Hour 0 at midnight: the shape's schedule days begin at hour 0.
        new["effective_at"] = "00:00"
    return new


def check_program(program: dict[str, Any], name: str, ruleset: RuleSet, timeout_s: float) -> Result:
    from itbverify.analyses.check import check_text

    return check_text(yaml.safe_dump(program, sort_keys=False), name, ruleset, timeout_s)


# A shape to decide: profile, phase, new and running program modes (None continuous, "envelope" flex).
Kind = tuple[Profile, str, str | None, str | None]
Decided = tuple[str, str, int, tuple[int, dict[str, Any], Result] | None]


def verify_library(library: Library, ruleset: RuleSet, timeout_s: float) -> tuple[Result, list[LibraryFinding]]:
    result = Result(library.id, library.file, "library", "safe", library.line, library.column)
    status: dict[str, str] = {}
    found: list[LibraryFinding] = []
    notes: list[str] = []
    program_rules = [r for r in ruleset.rules if "program" in r.applies_to]
    for rule in ruleset.rules:
        if rule not in program_rules:
            status[rule.id] = "not-applicable"
    kinds: list[Kind] = []
    for profile in library.profiles:
        for phase in profile.phases:
            for flex, previous_flex in flex_variants(library, profile, phase):
                kinds.append((profile, phase, flex, previous_flex))
    for rule_id, outcome, calls, light in _decide_rules(library, ruleset, [r.id for r in program_rules], kinds, timeout_s):
        status[rule_id] = outcome
        result.solver_calls += calls
        if light is not None:
            index, program, checked = light
            profile, phase, flex, previous_flex = kinds[index]
            shape = build_shape(library, profile, phase, flex=flex, previous_flex=previous_flex, definitions=ruleset.definitions)
            found.append(LibraryFinding(rule_id, ruleset.rule(rule_id).severity, shape, program, checked))
    for rule in ruleset.rules:
        result.list_under(rule.id, status[rule.id])  # a violated rule is told by its findings, below
    for item in found:
        replayed = [f for f in item.replayed.findings if f.requirement == item.requirement]
        detail = replayed[0].message if replayed else ""
        result.findings.append(
            Finding(
                item.requirement,
                item.severity,
                f"the configuration accepts a program that breaks {item.requirement} ({item.shape.profile.band}, {item.shape.profile.origin} origin, {item.shape.phase}): {detail}",
                item.shape.profile.line,
                item.shape.profile.column,
                None,
                ruleset.rule(item.requirement).basis,
                ruleset.rule(item.requirement).label_lines,
                {"program": item.program},
            )
        )
    result.notes = notes + [f"{rid} depends on values entered at programming time (patient data), which the configuration does not limit" for rid in result.depends_on_entry]
    result.verdict = verdict_of(result)
    return result, found


_WORK: dict[str, Any] = {}
# Configurations with flex programs (whose queries are the slow ones) and at least this many shapes are
# decided by worker processes; for the rest, starting workers and deciding every shape costs more.
PARALLEL_FROM_SHAPES = 12


def _decide_one(unit: tuple[str, int]) -> tuple[str, int, tuple[int, dict[str, Any], Result] | None]:
    """One rule on one shape: (verdict, solver calls, the counterexample program and its check)."""
    library, ruleset, kinds, timeout_s = _WORK["library"], _WORK["ruleset"], _WORK["kinds"], _WORK["timeout_s"]
    rule_id, index = unit
    profile, phase, flex, previous_flex = kinds[index]
    # A fresh shape per rule: the hours a rule reads add variables that another rule's query need not carry.
    shape = build_shape(library, profile, phase, flex=flex, previous_flex=previous_flex, definitions=ruleset.definitions)
    verdict, finding = _decide(ruleset.rule(rule_id), library, shape, ruleset, timeout_s)
    if verdict == "violated" and finding is not None:
        return verdict, 1 + finding.replayed.solver_calls, (index, finding.program, finding.replayed)
    return verdict, 1, None


def _combine(rule_id: str, verdicts: list[tuple[str, int, tuple[int, dict[str, Any], Result] | None]]) -> Decided:
    """A rule's outcome from its shapes in file order: the first counterexample, else unknown or depends over proved."""
    outcome, calls = "not-applicable", 0
    for verdict, used, light in verdicts:
        calls += used
        if verdict == "violated":
            return rule_id, "violated", calls, light
        if verdict in ("unknown", "depends") and outcome in ("proved", "not-applicable"):
            outcome = verdict
        if verdict == "proved" and outcome == "not-applicable":
            outcome = "proved"
    return rule_id, outcome, calls, None


def _decide_rules(library: Library, ruleset: RuleSet, rule_ids: list[str], kinds: list[Kind], timeout_s: float) -> list[Decided]:
    """Every rule decided on every shape, by worker processes (forked: they share the configuration and rules) when it pays."""
    import multiprocessing
    import os

    _WORK.update(library=library, ruleset=ruleset, kinds=kinds, timeout_s=timeout_s)
    jobs = os.cpu_count() or 1
    in_worker = multiprocessing.parent_process() is not None
    flex = any(k[2] or k[3] for k in kinds)
    if not flex or jobs < 2 or len(kinds) < PARALLEL_FROM_SHAPES or in_worker or "fork" not in multiprocessing.get_all_start_methods():
        decided = []
        for rule_id in rule_ids:
            verdicts = []
            for index in range(len(kinds)):
                verdicts.append(_decide_one((rule_id, index)))
                if verdicts[-1][0] == "violated":
                    break
            decided.append(_combine(rule_id, verdicts))
        return decided
    from concurrent.futures import ProcessPoolExecutor

    # Every shape of every rule (a rule broken early is decided on its later shapes too, to keep both workers busy);
    # the slow rules that read the timeline first, so the workers finish together.
    units = sorted(((r, i) for r in rule_ids for i in range(len(kinds))), key=lambda u: u[0] not in ("ITB-TITR-3", "ITB-PUMP-4"))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"), initializer=die_with_parent) as pool:
        results = dict(zip(units, pool.map(_decide_one, units, chunksize=4)))
    return [_combine(r, [results[(r, i)] for i in range(len(kinds))]) for r in rule_ids]


# The query a model came from, to look for a plausible program among its models: its SMT-LIB text and logic.
Query = tuple[str, str | None]


def rule_query(rule: s.Rule, shape: Shape, ruleset: RuleSet, timeout_s: float, extra: tuple[Any, ...] = ()) -> tuple[str, z3.ModelRef | None, bool, Query | None]:
    """Can an accepted program of the shape (that meets EXTRA too) break the rule? ("sat" with a model, "unsat",
    "unknown", "not-applicable"), whether it read entered data, and the query that answered."""
    document = shape.document
    symbolic = Evaluator(document, ruleset.definitions, symbolic=True)
    factor = document.delivery_factor
    first = len(factor.constraints) if isinstance(factor, Factor) else 0
    violations = []
    depends = False
    reads = Boluses.reads
    condition: Any = True
    if rule.when is not None:
        condition = symbolic.eval(rule.when, {})
        if condition is False:
            return "not-applicable", None, False, None
    for check in rule.checks:
        try:
            for obligation in symbolic.obligations(check):
                if obligation.violation is not False:
                    violations.append(obligation.violation)
        except DependsOnEntry:
            depends = True
    solver = z3.Solver()
    solver.add(*shape.accepted, *shape.delivery, *extra)
    if Boluses.reads != reads:
        # Bolus patterns constrain only bolus variables: a query that never read them needs none.
        solver.add(*shape.pattern)
    if isinstance(factor, Factor):
        solver.add(*factor.constraints[first:])
    for periodic in shape.periodic:
        solver.add(*periodic.constraints())
    solver.add(z3.Or(*[to_bool(x) for x in violations]) if violations else z3.BoolVal(False))
    if condition is not True:
        solver.add(to_bool(condition))
    text = solver.to_smt2()
    answer, model, logic = check_nonlinear_text(text, timeout_s) if shape.periodic else (*check_fresh(text, timeout_s), None)
    if answer == z3.unsat:
        return "unsat", None, depends, None
    if answer == z3.unknown:
        return "unknown", None, depends, None
    return "sat", model, depends, (text, logic)


def check_fresh(text: str, timeout_s: float, logic: str | None = None) -> tuple[Any, z3.ModelRef | None]:
    """Check a query's SMT-LIB text in a fresh context: (answer, model when sat).

    The answer, its time and its model then depend on the query alone, not
    on what the process built before (the order of rules, shapes or workers).
    """
    context = z3.Context()
    attempt = z3.SolverFor(logic, ctx=context) if logic else z3.Solver(ctx=context)
    set_limits(attempt, timeout_s)
    attempt.from_string(text)
    answer = attempt.check()
    if answer == z3.sat:
        return z3.sat, attempt.model().translate(z3.main_ctx())
    return (z3.unsat if answer == z3.unsat else z3.unknown), None


def _nonlinear(solver: z3.Solver, timeout_s: float) -> tuple[Any, z3.ModelRef | None]:
    """Check a flex shape's query, whose rates multiply times: (answer, model when sat).

    No one configuration of the solver decides all of these: the query is
    tried by the solver for nonlinear integer and real arithmetic and by the
    default solver, each first with a fifth of the time limit, then each with
    the full time limit.
    """
    answer, model, _ = check_nonlinear_text(solver.to_smt2(), timeout_s)
    return answer, model


def check_nonlinear_text(text: str, timeout_s: float) -> tuple[Any, z3.ModelRef | None, str | None]:
    """_nonlinear on a query's text: (answer, model when sat, the logic that answered)."""
    logics = ("QF_NIRA", None)
    for logic, budget in [(x, timeout_s / 5) for x in logics] + [(x, timeout_s) for x in logics]:
        answer, model = check_fresh(text, budget, logic)
        if answer != z3.unknown:
            return answer, model, logic
    return z3.unknown, None, None


def preferences(library: Library, shape: Shape, unchanged_first: bool = False) -> list[tuple[Any, int]]:
    """What a plausible program of the shape looks like: (an integer term, its preferred value), most important first.

    A counterexample keeps every value the violation does not need at an
    ordinary one (an adult of 40, a full reservoir of the strongest
    concentration, a refill in a week, an unchanged dose, a small patient
    bolus), and moves the others as little as the violation allows, so the
    program shows the smallest change that breaks the requirement and,
    checked on its own, breaks little else. With UNCHANGED_FIRST an
    unchanged daily dose comes before an ordinary one (a reservoir that runs
    dry at a high dose need not also be an increase).
    """
    v = shape.variables
    profile = shape.profile
    out: list[tuple[Any, int]] = []

    def prefer(name: str, value: Fraction | int) -> None:
        if name in v:
            out.append((v[name], math.floor(Fraction(value) * SCALE)))

    age = Fraction(40) if profile.band == "adult" else max(Fraction(10), library.minimum_age)
    prefer("age_years", age)
    prefer("concentration_ug_ml", max(library.undiluted))
    prefer("filled_at_h", 0)
    prefer("volume_ml", library.reservoir_ml)
    prefer("last_increase_h", -168)
    if "since_h" in v and "last_increase_h" in v:
        out.append((v["since_h"] - v["last_increase_h"], 0))
    if "previous_daily_dose_ug" in v:
        change = [(v["new_daily_dose_ug"] - v["previous_daily_dose_ug"], 0)] if "new_daily_dose_ug" in v else []
        out += change if unchanged_first else []
        prefer("previous_daily_dose_ug", min(max(Fraction(200), profile.dose_min), profile.dose_max))
        out += [] if unchanged_first else change
    if "has_bolus" in v:
        out.append((z3.If(v["has_bolus"], 1, 0), 0))
    prefer("bolus_dose_ug", min(Fraction(25), library.bolus_max_dose or Fraction(25)))
    if "bolus_max_per_day" in v:
        out.append((v["bolus_max_per_day"] * SCALE, SCALE))
    prefer("bolus_lockout_h", max(Fraction(24), library.bolus_min_lockout or Fraction(0)))
    prefer("next_refill_h", min(Fraction(168), library.max_interval_h))
    return out


def plausible(query: Query, wanted: list[tuple[Any, int]], timeout_s: float) -> z3.ModelRef | None:
    """The query's model that meets the preferences best, in their order (lexicographically); None if the query itself is not answered.

    Each term in turn is brought as close to its preferred value as the query
    allows (a bisection on the distance), then held there. Every step is a
    solver call with its own budget; one that is not answered counts as not
    possible, so the program found is the same on every run.
    """
    text, logic = query
    context = z3.Context()
    solver = z3.SolverFor(logic, ctx=context) if logic else z3.Solver(ctx=context)
    set_limits(solver, timeout_s)
    solver.from_string(text)
    if solver.check() != z3.sat:
        return None
    model = solver.model()
    for term, target in wanted:
        x = term.translate(context)
        distance = z3.If(x >= target, x - target, target - x)
        model = _closest(solver, model, distance)
        solver.add(x == model.eval(x, model_completion=True))
    return model.translate(z3.main_ctx())


def _closest(solver: z3.Solver, model: z3.ModelRef, distance: Any) -> z3.ModelRef:
    """A model of the solver's query with the least DISTANCE it can show, starting from MODEL."""
    low, high = 0, model.eval(distance, model_completion=True).as_long()
    first = True
    while low < high:
        # The preferred value itself first: most values are not needed by the violation.
        middle = low if first else (low + high) // 2
        first = False
        solver.push()
        solver.add(distance <= middle)
        if solver.check() == z3.sat:
            model = solver.model()
            high = model.eval(distance, model_completion=True).as_long()
        else:
            low = middle + 1
        solver.pop()
    return model


def _plausible_program(rule: s.Rule, library: Library, shape: Shape, ruleset: RuleSet, query: Query, timeout_s: float,
                       unchanged_first: bool = False, extra: tuple[Any, ...] = ()) -> z3.ModelRef | None:
    """The most plausible model of a violated shape (see `preferences`), or None.

    Most violations need a day's patient boluses at most, and a query with a
    few bolus variables is far cheaper to refine than one with the busiest
    pattern of a whole refill interval: the few are tried first.
    """
    if shape.document.boluses and library.bolus_max_per_day:
        few = 2 * library.bolus_max_per_day
        if len(shape.document.boluses) > few:
            small = build_shape(library, shape.profile, shape.phase, flex=shape.flex, previous_flex=shape.previous_flex, most_boluses=few,
                                definitions=ruleset.definitions)
            answer, _, _, cheap = rule_query(rule, small, ruleset, timeout_s, extra)
            if answer == "sat" and cheap is not None:
                return plausible(cheap, preferences(library, small, unchanged_first), timeout_s)
    return plausible(query, preferences(library, shape, unchanged_first), timeout_s)


def counterexample_program(rule: s.Rule, library: Library, shape: Shape, ruleset: RuleSet, found: tuple[z3.ModelRef, Query], name: str,
                           timeout_s: float, names: tuple[str, ...] | None = None, extra: tuple[Any, ...] = ()) -> tuple[dict[str, Any], Result] | None:
    """The program to write out for a violated shape, and its own check; None if no program shows the violation on its own.

    The candidates, best first: plausible programs (an ordinary dose first,
    then an unchanged one), then the solver's own model. The first that
    breaks no other error requirement is taken; else the one that breaks the
    fewest, the earliest.
    """
    model, query = found
    best: tuple[int, dict[str, Any], Result] | None = None
    for unchanged_first in (False, True, None):
        if best is not None and (best[0] == 0 or unchanged_first is None):
            break
        candidate = model if unchanged_first is None else _plausible_program(rule, library, shape, ruleset, query, timeout_s, unchanged_first, extra)
        if candidate is None:
            continue
        program = program_from_model(library, shape, candidate, name, names)
        replayed = check_program(program, f"{name}.yaml", ruleset, timeout_s)
        broken = {f.requirement for f in replayed.findings if f.severity == "error" or f.requirement == rule.id}
        if rule.id in broken and (best is None or len(broken) - 1 < best[0]):
            best = (len(broken) - 1, program, replayed)
    return None if best is None else (best[1], best[2])


# Explicit schedules tried for a counterexample once the envelope of all flex schedules admits one.
EXPLICIT_FLEX_STEPS = (2, 3)


def _decide(rule: s.Rule, library: Library, shape: Shape, ruleset: RuleSet, timeout_s: float) -> tuple[str, LibraryFinding | None]:
    answer, model, depends, query = rule_query(rule, shape, ruleset, timeout_s)
    if answer == "not-applicable":
        return answer, None
    if answer == "unsat":
        return ("depends" if depends else "proved"), None
    if answer == "unknown":
        return "unknown", None
    if shape.flex == "envelope" or shape.previous_flex == "envelope":
        # The envelope is not a program: look for one with a few explicit steps.
        most = flex_limits(library)[1]
        for count in sorted({min(c, most) for c in EXPLICIT_FLEX_STEPS}):
            explicit = build_shape(
                library, shape.profile, shape.phase, flex=count if shape.flex else None, previous_flex=count if shape.previous_flex else None,
                definitions=ruleset.definitions,
            )
            answer, model, _, query = rule_query(rule, explicit, ruleset, timeout_s)
            if answer == "sat":
                shape = explicit
                break
        else:
            return "unknown", None
    assert model is not None and query is not None
    name = f"{library.id}-{rule.id}-{shape.profile.band}-{shape.profile.origin}-{shape.phase}" + ("-flex" if shape.flex else "") + ("-after-flex" if shape.previous_flex else "")
    written = counterexample_program(rule, library, shape, ruleset, (model, query), name, timeout_s)
    if written is None:
        # The solver's program, checked on its own, does not show the violation: not decided.
        return "unknown", None
    return "violated", LibraryFinding(rule.id, rule.severity, shape, *written)
