"""`itbverify rules --check`: the rule set itself, checked with Z3.

Over symbolic plans of a bounded shape (every time, dose, concentration,
volume, age and choice a solver variable; only the order of events and the
phases of the steps are fixed by the layout), per patient profile (origin x
adult/child), for the error-severity rules:

- consistent: some well-formed plan satisfies every rule (the witness is shown);
  otherwise the unsat core names the conflicting requirement ids, minimised;
- not vacuous: each rule is broken by some well-formed plan of some layout;
- redundant: a rule no plan of a layout can break while keeping all the
  others is reported with the ids that imply it (the unsat core).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import z3

from itbverify.base.exact import Fraction
from itbverify.documents.model import (
    Bolus,
    Document,
    Fill,
    History,
    Patient,
    Pump,
    Screening,
    Step,
    link_steps,
)
from itbverify.documents.schema import PROGRAM_PHASES
from itbverify.engines.z3.shapes import band_condition, continuous_segment
from itbverify.language import syntax as s
from itbverify.language.ruleset import RuleSet
from itbverify.semantics.evaluate import Evaluator
from itbverify.semantics.timeline import step_at
from itbverify.semantics.values import Choice, compare, merge, to_bool

ROUTES = ("intrathecal", "epidural")
BOUND = 100_000


@dataclass
class Layout:
    name: str
    document: Document
    wellformed: list[Any]


class _Vars:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.wellformed: list[Any] = []

    def real(self, name: str, low: Any = 0, high: Any = BOUND) -> Any:
        v = z3.Real(f"{self.prefix}{name}")
        if low is not None:
            self.wellformed.append(v >= low)
        if high is not None:
            self.wellformed.append(v <= high)
        return v

    def boolean(self, name: str) -> Any:
        return z3.Bool(f"{self.prefix}{name}")

    def choice(self, name: str, options: tuple[str, ...]) -> Any:
        selector = z3.Int(f"{self.prefix}{name}")
        self.wellformed += [selector >= 0, selector < len(options)]
        return Choice(tuple((selector == i, o) for i, o in enumerate(options[:-1])) + ((True, options[-1]),))


def _document(
    v: _Vars, origin: str, band: str, definitions: dict[str, s.Definition], phases: list[Any], *, history: str | None, flex_at: int | None,
    boluses: int, refills: int, screenings_n: int = 4
) -> Layout:
    """A plan whose steps have the given phases ('stop' for a stop; a tuple: the solver picks one), all its values free."""
    age = v.real("age_years", 0, 120)
    v.wellformed.append(band_condition(definitions, band, age))
    patient = Patient(
        age_years=age,
        origin=origin,
        cause="traumatic-brain-injury",
        months_since_injury=v.real("months_since_injury"),
        infection=v.boolean("infection"),
    )
    pump = Pump(programmable=v.boolean("programmable"), reservoir_ml=v.real("reservoir_ml"), low_reservoir_alarm_ml=v.real("alarm_ml"))
    concentration = v.real("concentration_ug_ml")

    screenings: list[Screening] = []
    hist = None
    last: Any = 0
    if history:
        since = v.real("since_h", -BOUND, 0)
        last_increase = v.real("last_increase_h", -BOUND, 0)
        v.wellformed.append(since >= last_increase)
        daily = v.real("history_daily_dose_ug")
        v.wellformed.append(daily > 0)
        hist = History(
            screened_positive=v.boolean("screened_positive"),
            first_daily_dose_ug=v.real("first_daily_dose_ug"),
            daily_dose_ug=daily,
            phase=history,
            last_increase_h=last_increase,
            since_h=since,
            reservoir_volume_ml=v.real("history_volume_ml"),
            concentration_ug_ml=concentration,
            filled_at_h=v.real("history_filled_at_h", -BOUND, 0),
        )
        last = since
    else:
        for i in range(screenings_n):
            at = v.real(f"screening_{i}_h")
            v.wellformed.append(at >= last)
            last = at
            screenings.append(
                Screening(
                    at_h=at,
                    dose_ug=v.real(f"screening_{i}_dose_ug"),
                    concentration_ug_ml=v.real(f"screening_{i}_concentration_ug_ml"),
                    duration_min=v.real(f"screening_{i}_duration_min"),
                    response=v.choice(f"screening_{i}_response", ("negative", "positive")),
                    effect_h=v.real(f"screening_{i}_effect_h"),
                    first=i == 0,
                )
            )

    steps: list[Step] = []
    if hist is not None:
        steps.append(Step(at_h=hist.since_h, phase=hist.phase, daily_dose_ug=hist.daily_dose_ug, concentration_ug_ml=concentration, from_history=True))
    for i, phase in enumerate(phases):
        if isinstance(phase, tuple):
            phase = v.choice(f"step_{i}_phase", phase)
        at = v.real(f"step_{i}_h", None if history else 0)
        v.wellformed.append(at > last if steps else at >= last)
        last = at
        step = Step(at_h=at, phase=phase, mode="continuous", concentration_ug_ml=concentration)
        if phase == "stop":
            step.daily_dose_ug = Fraction(0)
            step.stops = True
        else:
            step.daily_dose_ug = v.real(f"step_{i}_daily_dose_ug")
            rate = v.real(f"step_{i}_rate_ml_day")
            step.rate_ml_day = rate
        if i == flex_at:
            low, high = v.real(f"step_{i}_flex_low_ug_h"), v.real(f"step_{i}_flex_high_ug_h")
            from itbverify.documents.model import FlexEntry

            step.mode = "flex"
            step.schedule = (FlexEntry(start_min=0, dose_ug_h=low), FlexEntry(start_min=12 * 60, dose_ug_h=high))
            v.wellformed.append(step.daily_dose_ug == 12 * low + 12 * high)
        steps.append(step)
    end = v.real("end_h", None)
    v.wellformed.append(end >= last)

    fills: list[Fill] = []
    if hist is not None and hist.reservoir_volume_ml is not None:
        fills.append(Fill(at_h=Fraction(0), filled_at_h=hist.filled_at_h if hist.filled_at_h is not None else Fraction(0), volume_ml=hist.reservoir_volume_ml, concentration_ug_ml=concentration, diluent=None, from_history=True))
    for i in range(refills):
        at = v.real(f"refill_{i}_h", None)
        v.wellformed += [at <= end, at >= (steps[0].at_h if not history else 0)]
        if fills and not fills[-1].from_history:
            v.wellformed.append(at > fills[-1].at_h)
        volume = v.real(f"refill_{i}_volume_ml")
        v.wellformed.append(volume <= pump.reservoir_ml)
        fills.append(Fill(at_h=at, filled_at_h=at, volume_ml=volume, concentration_ug_ml=v.real(f"refill_{i}_concentration_ug_ml"), diluent=v.choice(f"refill_{i}_diluent", ("none", "nacl-0.9", "glucose-5"))))
    if not history and fills:
        v.wellformed.append(fills[0].at_h == steps[0].at_h)

    bolus_list = []
    previous_bolus: Any = None
    for i in range(boluses):
        at = v.real(f"bolus_{i}_h", None)
        v.wellformed += [at >= steps[0].at_h, at <= end]
        if previous_bolus is not None:
            v.wellformed.append(at >= previous_bolus)
        previous_bolus = at
        dose = v.real(f"bolus_{i}_dose_ug")
        bolus = Bolus(at_h=at, dose_ug=dose, via=v.choice(f"bolus_{i}_via", ("pump", "access-port")), emergency=v.boolean(f"bolus_{i}_emergency"))
        bolus.draws_ml = dose / concentration
        bolus_list.append(bolus)

    document = Document(
        file="rules --check",
        kind="plan",
        id=f"{origin}-{band}",
        route=v.choice("route", ROUTES),
        patient=patient,
        pump=pump,
        history=hist,
        resuscitation_ready=v.boolean("resuscitation_ready"),
        screenings=tuple(screenings),
        steps=tuple(steps),
        boluses=tuple(bolus_list),
        fills=tuple(fills),
        end_h=end,
    )
    link_steps(document)
    for i, fill in enumerate(fills):
        fill.next = fills[i + 1] if i + 1 < len(fills) else None
        fill.step = step_at(document, fill.at_h)  # type: ignore[assignment]
    for step in steps:
        branches = [(to_bool(compare("<=", f.at_h, step.at_h)) if not f.from_history else True, f.concentration_ug_ml) for f in reversed(fills)]
        step.reservoir_concentration_ug_ml = merge(branches + [(True, None)]) if branches else None
    segments = []
    for i, step in enumerate(steps):
        stop = steps[i + 1].at_h if i + 1 < len(steps) else end
        segments.append(continuous_segment(step.at_h, stop, step.daily_dose_ug, concentration))
    document.segments = tuple(segments)
    return Layout("", document, v.wellformed)


def layouts(origin: str, band: str, definitions: dict[str, s.Definition]) -> list[Layout]:
    """The bounded shapes checked: up to 6 infusion steps, 2 boluses and 2 refills."""
    def phased(phase: str) -> Callable[[_Vars], Layout]:
        return lambda v: _document(v, origin, band, definitions, ["titration", phase, phase, phase], history=None, flex_at=None, boluses=2, refills=2)

    plans: list[tuple[str, Callable[[_Vars], Layout]]] = []
    for phase in PROGRAM_PHASES:
        plans.append((f"4 screening doses, 4 steps ({phase} after the first), 2 boluses, 2 refills", phased(phase)))
    plans.append(("history in taper, 3 taper steps, a stop, a restart", lambda v: _document(v, origin, band, definitions, ["taper", "taper", "taper", "stop", ("titration", "maintenance")], history="taper", flex_at=None, boluses=0, refills=1)))
    plans.append(("2 screening doses, 3 steps, the last flex", lambda v: _document(v, origin, band, definitions, ["titration", "titration", ("titration", "maintenance")], history=None, flex_at=2, boluses=0, refills=1, screenings_n=2)))
    plans.append(("history, 3 steps, 1 bolus, 1 refill", lambda v: _document(v, origin, band, definitions, [("titration", "maintenance"), "maintenance", ("taper", "emergency")], history="maintenance", flex_at=None, boluses=1, refills=1)))
    out = []
    for i, (name, make) in enumerate(plans):
        layout = make(_Vars(f"{origin}_{band}_l{i}_"))
        layout.name = name
        out.append(layout)
    return out


# ---- the checks ------------------------------------------------------------------------------


@dataclass
class Report:
    consistent: list[str] = field(default_factory=list)
    inconsistent: list[tuple[str, list[str]]] = field(default_factory=list)
    vacuous: list[str] = field(default_factory=list)
    redundant: list[tuple[str, str, list[str]]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    witnesses: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.inconsistent and not self.vacuous and not self.unknown

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "consistent": self.consistent,
            "inconsistent": [{"profile": p, "conflicting": ids} for p, ids in self.inconsistent],
            "vacuous": self.vacuous,
            "redundant": [{"profile": p, "requirement": r, "implied_by": ids} for p, r, ids in self.redundant],
            "unknown": self.unknown,
            "witnesses": self.witnesses,
        }


def _violation(rule: s.Rule, layout: Layout, ruleset: RuleSet) -> Any | None:
    document = layout.document
    if document.applicability not in rule.applies_to:
        return None
    evaluator = Evaluator(document, ruleset.definitions, symbolic=True)
    if rule.when is not None:
        condition = evaluator.eval(rule.when, {})
        if condition is False:
            return None
    violations = [to_bool(o.violation) for check in rule.checks for o in evaluator.obligations(check) if o.violation is not False]
    formula = z3.Or(*violations) if violations else z3.BoolVal(False)
    if rule.when is not None and condition is not True:
        formula = z3.And(to_bool(condition), formula)
    return formula


def _solver(timeout_s: float) -> z3.Solver:
    # A budget of solver work, not of seconds: the answer (and the stored proofs of the rule set) must
    # not depend on how busy the machine is.
    from itbverify.engines.z3.limits import set_limits

    solver = z3.Solver()
    set_limits(solver, timeout_s)
    return solver


def _minimal_core(layout: Layout, holds: dict[str, Any], core: list[str], timeout_s: float) -> list[str]:
    """Drop ids from an unsat core while it stays unsat."""
    needed = list(core)
    for rule_id in list(core):
        trial = [r for r in needed if r != rule_id]
        solver = _solver(timeout_s)
        solver.add(*layout.wellformed, *[holds[r] for r in trial])
        if solver.check() == z3.unsat:
            needed = trial
    return needed


def check_ruleset(ruleset: RuleSet, timeout_s: float = 30.0, profiles: list[tuple[str, str]] | None = None,
                  keep: list[tuple[str, z3.Solver, str]] | None = None) -> Report:
    """`keep` collects the consistency queries (label, solver, answer), for the proof artefacts."""
    report = Report()
    rules = [r for r in ruleset.rules if r.severity == "error"]
    broken_somewhere: set[str] = set()
    for origin, band in profiles or [("spinal", "adult"), ("spinal", "child"), ("cerebral", "adult"), ("cerebral", "child")]:
        layouts_here = layouts(origin, band, ruleset.definitions)
        for layout in layouts_here:
            label = f"{band}, {origin} origin; {layout.name}"
            formulas = {r.id: f for r in rules if (f := _violation(r, layout, ruleset)) is not None}
            holds = {rid: z3.Not(f) for rid, f in formulas.items()}
            # consistent: every rule holds at once
            solver = _solver(timeout_s)
            solver.add(*layout.wellformed)
            tracks = {rid: z3.Bool(f"holds_{rid}") for rid in holds}
            for rid, h in holds.items():
                solver.assert_and_track(h, tracks[rid])
            answer = solver.check()
            if keep is not None:
                keep.append((label, solver, str(answer)))
            if answer == z3.sat:
                report.consistent.append(label)
                if origin == "spinal" and band == "adult" and layout is layouts_here[0]:
                    report.witnesses[label] = _witness(layout, solver.model())
            elif answer == z3.unsat:
                names = {str(t): rid for rid, t in tracks.items()}
                core = [names[str(c)] for c in solver.unsat_core()]
                report.inconsistent.append((label, _minimal_core(layout, holds, core, timeout_s)))
                continue
            else:
                report.unknown.append(f"consistency: {label}")
                continue
            # vacuity and redundancy, rule by rule
            for rid, formula in formulas.items():
                if rid in broken_somewhere and layout is not layouts_here[0]:
                    continue
                solver = _solver(timeout_s)
                solver.add(*layout.wellformed, formula)
                others = {o: z3.Bool(f"holds_{o}") for o in holds if o != rid}
                for o, t in others.items():
                    solver.assert_and_track(holds[o], t)
                answer = solver.check()
                if answer == z3.sat:
                    broken_somewhere.add(rid)
                elif answer == z3.unsat:
                    names = {str(t): o for o, t in others.items()}
                    core = [names[str(c)] for c in solver.unsat_core()]
                    alone = _solver(timeout_s)
                    alone.add(*layout.wellformed, formula)
                    if alone.check() == z3.sat:
                        broken_somewhere.add(rid)
                        if layout is layouts_here[0]:
                            report.redundant.append((label, rid, sorted(core)))
                else:
                    report.unknown.append(f"{rid}: {label}")
    for rule in rules:
        if rule.id not in broken_somewhere:
            report.vacuous.append(rule.id)
    return report


def _witness(layout: Layout, model: z3.ModelRef) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for declaration in sorted(model.decls(), key=lambda d: d.name()):
        value = model[declaration]
        name = declaration.name()
        if z3.is_rational_value(value):
            number = Fraction(value.numerator_as_long(), value.denominator_as_long())
            out[name] = int(number) if number.denominator == 1 else str(number)
        elif z3.is_true(value) or z3.is_false(value):
            out[name] = z3.is_true(value)
        elif z3.is_int_value(value):
            out[name] = value.as_long()
    return out


def write_report(report: Report, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(report.to_json(), indent=2))
        return
    print(f"consistent: {len(report.consistent)} profile and layout combinations have a plan that satisfies every error rule")
    for profile, ids in report.inconsistent:
        print(f"INCONSISTENT ({profile}): no plan satisfies all of {', '.join(ids)}")
    for rid in report.vacuous:
        print(f"VACUOUS: {rid} cannot be broken by any well-formed plan of the checked shapes")
    for profile, rid, ids in report.redundant:
        print(f"redundant ({profile}): {rid} is implied by {', '.join(ids) or 'the format alone'}")
    for item in report.unknown:
        print(f"unknown: {item}")
    print("rule set: " + ("consistent, no vacuous rule" if report.ok else "PROBLEMS FOUND"))
