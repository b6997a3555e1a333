"""`kind: library`: a pump software's dose-limit configuration, proved against the label.

The question is universal: does every program the configuration accepts
satisfy every requirement that applies to a program? For each patient
profile and phase the configuration allows, a program is built whose every
number is a solver variable (ages, doses, times, volumes, concentrations,
bolus settings), constrained by what the configuration accepts
(engines.z3.configurations), and the same rules that check one program are
compiled over it. Unsat proves the requirement for all accepted programs of
that shape; sat gives a model, which is written out as a complete
`kind: program` document and checked again by the ordinary program path: the
counterexample is believed only when that check reports the same requirement.

This module reads and validates the configuration, decides which shapes and
rules to put to the solver, and gathers the answers into a result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from itbverify.base.exact import Fraction
from itbverify.base.processes import die_with_parent
from itbverify.documents.configuration import Library, Profile, flex_limits
from itbverify.documents.read import Node, Problem, Scalar, Sequence
from itbverify.documents.schema import LIBRARY, Field
from itbverify.documents.schema import PROGRAM_PHASES as PHASES
from itbverify.documents.validate import Record, Validator
from itbverify.engines.results import Finding, Result, verdict_of
from itbverify.engines.z3.configurations import Shape, build_shape
from itbverify.engines.z3.fresh import Model, Query
from itbverify.engines.z3.model_programs import program_from_model
from itbverify.engines.z3.plausible import held, plausible, preferences
from itbverify.engines.z3.shape_queries import rule_query
from itbverify.language import syntax as s
from itbverify.language.ruleset import RuleSet


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


# ---- deciding, and writing the counterexample out -----------------------------------------


@dataclass
class LibraryFinding:
    requirement: str
    severity: str
    shape: Shape
    program: dict[str, Any]
    replayed: Result


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
                source=ruleset.rule(item.requirement).source,
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
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    # The slow rules that read the timeline first, so the workers finish together. A rule's outcome is its
    # first counterexample in file order: once a shape breaks it, its later shapes are not started (what they
    # would answer is never read), the same outcome as deciding them in order, for less work.
    units = sorted(((r, i) for r in rule_ids for i in range(len(kinds))), key=lambda u: u[0] not in ("ITB-TITR-3", "ITB-PUMP-4"))
    results: dict[tuple[str, int], tuple[str, int, tuple[int, dict[str, Any], Result] | None]] = {}
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"), initializer=die_with_parent) as pool:
        pending: dict[Future[Any], tuple[str, int]] = {pool.submit(_decide_one, unit): unit for unit in units}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                rule_id, index = pending.pop(future)
                results[(rule_id, index)] = future.result()
                if results[(rule_id, index)][0] == "violated":
                    for other, (other_rule, later) in list(pending.items()):
                        if other_rule == rule_id and later > index and other.cancel():
                            del pending[other]
    skipped = ("not-applicable", 0, None)
    return [_combine(r, [results.get((r, i), skipped) for i in range(len(kinds))]) for r in rule_ids]


def _plausible_program(rule: s.Rule, library: Library, shape: Shape, ruleset: RuleSet, query: Query, timeout_s: float,
                       unchanged_first: bool = False, extra: tuple[Any, ...] = ()) -> Model | None:
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
                return plausible(cheap, preferences(library, small, unchanged_first), timeout_s, held(small))
    return plausible(query, preferences(library, shape, unchanged_first), timeout_s, held(shape))


def counterexample_program(rule: s.Rule, library: Library, shape: Shape, ruleset: RuleSet, found: tuple[Model, Query], name: str,
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
            answer, model, _, query = rule_query(rule, explicit, ruleset, timeout_s, witness=True)
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
