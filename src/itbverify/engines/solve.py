"""Deciding each requirement on a document with Z3, and replaying every counterexample.

For each applicable rule the violations of all its checks are put to one
solver: unsat means the requirement is proved for this document; sat gives a
model, from which every broken instance is read and replayed through the
exact evaluator (which must agree, or the run is an internal error); unknown
stays unknown.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import z3

from itbverify.base.exact import Fraction

# The result types moved to engines.results, so that writers need not load the solver. Re-exported
# here (hence the aliases) for the modules that still import them from this one.
from itbverify.base.numbers import to_json_exact
from itbverify.documents.model import Document, Element
from itbverify.engines.concrete import (
    LOWERED_FAILS,
    CompiledRule,
    DocumentView,
    LoweredCheck,
    is_concrete,
    lowered_rules,
)
from itbverify.engines.results import DEFAULT_TIMEOUT_S, Finding, Result, verdict_of
from itbverify.engines.z3.program import boluses_beyond_limit
from itbverify.engines.z3.shapes import Boluses
from itbverify.engines.z3.terms import from_model
from itbverify.language import syntax as s
from itbverify.language.ruleset import RuleSet
from itbverify.semantics.evaluate import Continuous, Evaluator, Obligation, RuleError, Window, show
from itbverify.semantics.values import Factor, is_term, to_bool

DEFAULT_MEMORY_MB = 4096
# A query's budget is counted in the solver's resource units, not in seconds, so that its answer (and a
# counterexample's model) is the same on an idle machine and a busy one: a time limit of T seconds is a
# budget of T * RLIMIT_PER_SECOND units (about what an unloaded core spends in T seconds). The wall clock
# stays only as an outer safety net, WALL_CLOCK_FACTOR times longer, for the rare query whose units come
# slowly (nonlinear arithmetic can spend a minute on a few units); its expiry is unknown, never safe.
RLIMIT_PER_SECOND = 2_000_000
WALL_CLOCK_FACTOR = 3


def set_limits(solver: Any, timeout_s: float) -> None:
    """Give a solver (or optimizer) its resource budget for TIMEOUT_S seconds, and the wall-clock safety net."""
    solver.set("rlimit", max(1, int(timeout_s * RLIMIT_PER_SECOND)))
    solver.set("timeout", max(1, int(timeout_s * WALL_CLOCK_FACTOR * 1000)))


def limit_solver_memory(megabytes: int = DEFAULT_MEMORY_MB) -> None:
    """Every solver query of this process stops (as unknown) past this much memory."""
    z3.set_param("memory_max_size", megabytes)


class InternalError(Exception):
    pass


@dataclass(slots=True)
class RuleOutcome:
    rule: s.Rule
    status: str  # proved | violated | unknown | not-applicable
    findings: list[Finding]
    solver: z3.Solver | None = None
    seconds: float = 0.0


def applicable(rule: s.Rule, document: Document, evaluator: Evaluator) -> bool:
    if document.applicability not in rule.applies_to:
        return False
    if rule.when is None:
        return True
    value = evaluator.eval(rule.when, {})
    if not isinstance(value, bool):
        # `when` speaks of the document, never of solver variables.
        raise RuleError(rule.when.pos, "a rule's 'when' must be decided by the document alone")
    return value


def decide_rule(
    rule: s.Rule,
    document: Document,
    symbolic: Evaluator,
    concrete: Evaluator,
    timeout_s: float,
    lowered: CompiledRule | None = None,
) -> RuleOutcome:
    if not applicable(rule, document, concrete):
        return RuleOutcome(rule, "not-applicable", [])
    factor = document.delivery_factor
    first_constraint = len(factor.constraints) if isinstance(factor, Factor) else 0
    obligations: list[Obligation] = []
    for check in rule.checks:
        obligations.extend(symbolic.obligations(check))
    solver = z3.Solver()
    set_limits(solver, timeout_s)
    solver.add(*document.assumptions)
    if isinstance(factor, Factor):
        solver.add(*factor.constraints[first_constraint:])
    violations = [to_bool(o.violation) for o in obligations if o.violation is not False]
    solver.add(z3.Or(*violations) if violations else z3.BoolVal(False))
    started = time.perf_counter()
    try:
        answer = solver.check()
    except z3.Z3Exception:
        # A resource limit (memory) ended the query: not decided, never safe.
        answer = z3.unknown
    seconds = time.perf_counter() - started
    if answer == z3.unsat:
        return RuleOutcome(rule, "proved", [], solver, seconds)
    if answer == z3.unknown:
        return RuleOutcome(rule, "unknown", [], solver, seconds)
    model = solver.model()
    findings = []
    for obligation in obligations:
        if obligation.violation is False:
            continue
        if from_model(obligation.violation, model) is not True:
            continue
        witness, renamed = instantiate(document, model, obligation)
        evaluator = concrete if witness is document else Evaluator(witness, concrete.definitions, symbolic=False)
        try:
            lowered_check = next((c for k, c in lowered.checks if k is obligation.check), None) if lowered else None
            findings.append(replay(rule, obligation, model, witness, evaluator, renamed, lowered_check))
        except InternalError:
            if obligation.products:
                # The f * D stand-ins admitted a pattern no single f produces: not decided.
                return RuleOutcome(rule, "unknown", [], solver, seconds)
            raise
    if not findings:
        raise InternalError(f"{rule.id}: the solver found a violation that matches no instance")
    return RuleOutcome(rule, "violated", findings, solver, seconds)


def replay(
    rule: s.Rule,
    obligation: Obligation,
    model: z3.ModelRef | None,
    document: Document,
    concrete: Evaluator,
    renamed: dict[int, Any] | None = None,
    lowered: LoweredCheck | None = None,
) -> Finding:
    """Re-run the broken instance with exact numbers in the evaluator, and in the concrete engine when
    the document it describes is concrete; it must break in both."""
    fixed: dict[str, Any] = {k: (renamed or {}).get(id(v), v) for k, v in obligation.chosen.items()}
    values: dict[str, Fraction] = {}
    for c in obligation.continuous:
        value = from_model(c.variable, model) if (model is not None and is_term(c.variable)) else c.variable
        values[c.name] = value
        fixed[c.name] = value
    matches = list(concrete.obligations(obligation.check, fixed))
    if len(matches) != 1 or matches[0].violation is not True:
        raise InternalError(
            f"{rule.id}: the counterexample from the solver does not replay as a violation "
            f"({', '.join(f'{k}={show(v)}' for k, v in values.items())})"
        )
    if lowered is not None and is_concrete(document) and _lowered_replay(lowered, document, fixed) == []:
        raise InternalError(
            f"{rule.id}: the counterexample from the solver does not replay as a violation in the concrete engine "
            f"({', '.join(f'{k}={show(v)}' for k, v in values.items())})"
        )
    instance = matches[0]
    check = instance.check
    message = concrete.render(check.message, instance.scope)
    line, column, element = locate(check, instance, document, concrete)
    at_h = _moment(instance, values, element)
    example = counterexample(instance, values)
    if document.kind == "program":
        example["boluses_h"] = [to_json_exact(b.at_h) for b in document.boluses]
        example["delivery_factor"] = to_json_exact(document.delivery_factor)
    return Finding(
        rule.id,
        rule.severity,
        message,
        line,
        column,
        at_h,
        rule.basis,
        rule.label_lines,
        example,
    )


def _lowered_replay(lowered: LoweredCheck, document: Document, fixed: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The concrete engine's broken instances with these names pinned; None where its lowered form fails."""
    try:
        return lowered.replay(DocumentView(document), fixed)
    except LOWERED_FAILS:
        return None


def instantiate(document: Document, model: z3.ModelRef, obligation: Obligation) -> tuple[Document, dict[int, Any]]:
    """The concrete document a model describes (the boluses it takes, at its times, and its delivery
    factor), with each replaced element's stand-in by the id of the original."""
    factor = document.delivery_factor
    if not document.assumptions and not isinstance(factor, Factor):
        return document, {}
    renamed: dict[int, Any] = {}
    for b in document.boluses:
        if from_model(b.active, model) is True:
            renamed[id(b)] = dataclasses.replace(b, at_h=from_model(b.at_h, model), active=True)
    boluses = tuple(renamed.values())
    f: Any = Fraction(1)
    if isinstance(factor, Factor):
        f = from_model(factor.variable, model)
        for g, base in obligation.products:
            amount = from_model(base, model)
            if amount != 0:
                f = from_model(g, model) / amount
                break
    return dataclasses.replace(document, boluses=boluses, delivery_factor=f, assumptions=[]), renamed


def locate(check: s.Check, instance: Obligation, document: Document, concrete: Evaluator) -> tuple[int, int, Any]:
    return locate_with(check, instance, document, lambda expr: concrete.eval(expr, instance.scope))


def locate_with(check: s.Check, instance: Obligation, document: Document, evaluate: Callable[[s.Expr], Any]) -> tuple[int, int, Any]:
    """Where a broken instance points: its `at`, else the last element it quantifies over, else the document."""
    target = check.locate
    if target is not None:
        if isinstance(target, s.Attribute):
            owner = evaluate(target.target)
            if isinstance(owner, Element):
                line, column = owner.position_of(target.name)
                return line, column, owner
        if isinstance(target, s.Name) and target.name not in instance.scope and hasattr(document, target.name):
            line, column = document.position_of(target.name)
            return line, column, None
        value = evaluate(target)
        if isinstance(value, Element):
            return value.line, value.column, value
    for value in reversed(list(instance.chosen.values())):
        if isinstance(value, Element):
            return value.line, value.column, value
    return document.line, document.column, None


def _moment(instance: Obligation, values: dict[str, Fraction], element: Any) -> Fraction | None:
    for c in instance.continuous:
        return values[c.name]
    if element is not None and isinstance(getattr(element, "at_h", None), Fraction):
        return element.at_h  # type: ignore[no-any-return]
    for value in reversed(list(instance.chosen.values())):
        at = getattr(value, "at_h", None)
        if isinstance(at, Fraction):
            return at
    return None


def counterexample(instance: Obligation, values: dict[str, Fraction]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in instance.chosen.items():
        out[name] = _describe(value)
    for c in instance.continuous:
        if c.kind == "window":
            start = values[c.name]
            out[c.name] = {"start_h": to_json_exact(start), "end_h": to_json_exact(start + c.length)}
        else:
            out[c.name] = to_json_exact(values[c.name])
    for binding in instance.check.bindings:
        out[binding.name] = _describe(instance.scope[binding.name])
    return out


_DESCRIBED = ("at_h", "start", "daily_dose_ug", "dose_ug", "phase", "concentration_ug_ml", "volume_ml")


def _describe(value: Any) -> Any:
    if isinstance(value, Window):
        return {"start_h": to_json_exact(value.start), "end_h": to_json_exact(value.end)}
    if isinstance(value, Element):
        out: dict[str, Any] = {"line": value.line}
        fields = value.__dict__
        for key in _DESCRIBED:
            if key in fields:
                out[key] = to_json_exact(fields[key])
        return out
    if isinstance(value, tuple):
        return [_describe(v) for v in value]
    return to_json_exact(value)


def decide_rule_concrete(rule: s.Rule, document: Document, concrete: Evaluator) -> RuleOutcome:
    """The evaluator's own concrete decision: exact numbers, no solver (the reference the concrete engine is tested against)."""
    if not applicable(rule, document, concrete):
        return RuleOutcome(rule, "not-applicable", [])
    findings = [f for check in rule.checks for f in _evaluated_findings(rule, check, document, concrete)]
    return RuleOutcome(rule, "violated" if findings else "proved", findings)


def _evaluated_findings(rule: s.Rule, check: s.Check, document: Document, concrete: Evaluator) -> list[Finding]:
    """Every broken instance of one check, as the evaluator finds and renders it."""
    findings = []
    for obligation in concrete.obligations(check):
        if obligation.violation is False:
            continue
        if obligation.violation is not True:
            raise InternalError(f"{rule.id}: the concrete engine met a value it cannot decide")
        findings.append(_concrete_finding(rule, check, obligation, document, concrete))
    return findings


def _concrete_finding(rule: s.Rule, check: s.Check, obligation: Obligation, document: Document, concrete: Evaluator) -> Finding:
    values = {c.name: c.variable for c in obligation.continuous}
    message = concrete.render(check.message, obligation.scope)
    line, column, element = locate(check, obligation, document, concrete)
    return Finding(rule.id, rule.severity, message, line, column, _moment(obligation, values, element),
                   rule.basis, rule.label_lines, counterexample(obligation, values))


def _lowered_outcomes(document: Document, ruleset: RuleSet, proved: list[str] | None = None) -> list[tuple[s.Rule, str, list[Finding]]]:
    """Every rule's status and findings on a concrete document, from the lowered rules, in the rules' order.

    With PROVED, the id of each proved rule goes there instead, in order: most rules are proved, and a batch
    needs only their ids.
    """
    concrete = Evaluator(document, ruleset.definitions, symbolic=False)
    view = DocumentView(document)
    applicability = document.applicability
    lowered = lowered_rules(ruleset)
    # Most rules: no `when`, every check lowered, and nothing broken. The runner calls all their checks at once.
    runner = lowered.runners.get(applicability)
    broken = runner(view) if runner is not None else {}
    rows = lowered.rows.get(applicability) or tuple((i, c, c.rule.id, False) for i, c in enumerate(lowered.rules))
    out: list[tuple[s.Rule, str, list[Finding]]] = []
    for index, compiled, rule_id, run in rows:
        if run and index not in broken:
            if proved is not None:
                proved.append(rule_id)
            else:
                out.append((compiled.rule, "proved", []))
            continue
        if run:
            status, findings = _plain_status(compiled, broken[index], view, document, concrete)
        else:
            status, findings = _lowered_status(compiled, view, document, concrete, applicability)
        if proved is not None and status == "proved":
            proved.append(rule_id)
        else:
            out.append((compiled.rule, status, findings))
    return out


def _plain_status(compiled: CompiledRule, instances: tuple[list[dict[str, Any]], ...] | None, view: DocumentView,
                  document: Document, concrete: Evaluator) -> tuple[str, list[Finding]]:
    """A plain rule's broken INSTANCES (each check's, from the runner) rendered; None: a check failed."""
    rule, plain = compiled.rule, compiled.plain
    assert plain is not None
    if instances is not None:
        try:
            return "violated", [_lowered_finding(rule, each, scope, view, document) for each, scopes in zip(plain, instances) for scope in scopes]
        except LOWERED_FAILS:
            pass
    return _status(decide_rule_concrete(rule, document, concrete))  # a check, or what renders its findings, failed: as _lowered_status does


def _lowered_status(compiled: CompiledRule, view: DocumentView, document: Document, concrete: Evaluator,
                    applicability: str) -> tuple[str, list[Finding]]:
    """The lowered rule decides and renders its broken instances (its differential tests hold it to the evaluator).

    A rule whose lowered form fails on this document (a `none` where a value
    was expected, say) is decided by the evaluator, which reports the same
    failure as a rule error.
    """
    rule = compiled.rule
    if applicability not in rule.applies_to:
        return "not-applicable", []
    try:
        if rule.when is not None:
            holds = compiled.when(view) if compiled.when is not None else applicable(rule, document, concrete)
            if holds is not True and holds is not False:
                return _status(decide_rule_concrete(rule, document, concrete))
            if not holds:
                return "not-applicable", []
        findings = []
        for check, lowered in compiled.checks:
            if lowered is None:
                findings += _evaluated_findings(rule, check, document, concrete)
                continue
            for scope in lowered.broken(view):
                findings.append(_lowered_finding(rule, lowered, scope, view, document))
    except LOWERED_FAILS:
        return _status(decide_rule_concrete(rule, document, concrete))
    return ("violated" if findings else "proved"), findings


def _status(outcome: RuleOutcome) -> tuple[str, list[Finding]]:
    return outcome.status, outcome.findings


def _lowered_finding(rule: s.Rule, lowered: LoweredCheck, scope: dict[str, Any], view: DocumentView, document: Document) -> Finding:
    check = lowered.check
    held = dict(scope)
    chosen = {name: held[name] for name in lowered.quantified}
    continuous = []
    if lowered.continuous is not None:
        name, kind = lowered.continuous
        value = held[name]
        if kind == "window":
            continuous.append(Continuous(name, value.start, kind, value.end - value.start))
        else:
            continuous.append(Continuous(name, value, kind))
    instance = Obligation(check, chosen, held, continuous, True)
    values = {c.name: c.variable for c in continuous}
    message = "".join([piece if isinstance(piece, str) else show(value)
                       for piece, value in zip(check.message.parts, lowered.message(view, scope))])

    def evaluate(expr: s.Expr) -> Any:
        shown = lowered.owner if lowered.owner is not None and expr is getattr(check.locate, "target", None) else lowered.locate
        assert shown is not None
        return shown(view, scope)

    line, column, element = locate_with(check, instance, document, evaluate)
    return Finding(rule.id, rule.severity, message, line, column, _moment(instance, values, element),
                   rule.basis, rule.label_lines, counterexample(instance, values))


def engine_for(document: Document, engine: str) -> str:
    """auto: the concrete engine for fully concrete documents, the solver for the rest."""
    concrete_ok = not document.assumptions and not isinstance(document.delivery_factor, Factor)
    if engine == "auto":
        return "concrete" if concrete_ok else "z3"
    if engine == "concrete" and not concrete_ok:
        raise InternalError("this document has solver variables (patient boluses or a delivery tolerance): use --engine z3 or auto")
    return engine


def decide_all(document: Document, ruleset: RuleSet, timeout_s: float = DEFAULT_TIMEOUT_S, engine: str = "z3") -> Iterator[RuleOutcome]:
    """Every rule's outcome on one document, with the chosen engine."""
    chosen = engine_for(document, engine)
    if chosen == "concrete" and is_concrete(document):
        for rule, status, findings in _lowered_outcomes(document, ruleset):
            yield RuleOutcome(rule, status, findings)
        return
    concrete = Evaluator(document, ruleset.definitions, symbolic=False)
    symbolic = Evaluator(document, ruleset.definitions, symbolic=True) if chosen == "z3" else None
    if symbolic is None:
        for rule in ruleset.rules:
            yield decide_rule_concrete(rule, document, concrete)
        return
    # Every counterexample is replayed through the concrete engine too.
    beyond = boluses_beyond_limit(document)
    for rule, lowered in zip(ruleset.rules, lowered_rules(ruleset).rules):
        reads = Boluses.reads
        outcome = decide_rule(rule, document, symbolic, concrete, timeout_s, lowered)
        if beyond is not None and outcome.status == "proved" and Boluses.reads != reads:
            # Proved for the boluses modelled, not for all the program allows: not decided.
            outcome.status = "unknown"
        yield outcome


def verify(document: Document, ruleset: RuleSet, timeout_s: float = DEFAULT_TIMEOUT_S, engine: str = "z3",
           keep: list[RuleOutcome] | None = None) -> Result:
    """A document's result; `keep` collects each rule's outcome (its solver too) for the proof artefacts."""
    result = Result(document.id, document.file, document.kind, "safe", document.line, document.column)
    result.notes = list(document.notes)
    started = time.perf_counter()
    try:
        if keep is None and engine_for(document, engine) == "concrete" and is_concrete(document):
            # Most rules are decided in a microsecond here: no outcome object each, and most are proved.
            for rule, status, findings in _lowered_outcomes(document, ruleset, result.proved):
                _add(result, rule, status, findings)
        else:
            for outcome in decide_all(document, ruleset, timeout_s, engine):
                if keep is not None:
                    keep.append(outcome)
                if outcome.solver is not None:
                    result.solver_calls += 1
                _add(result, outcome.rule, outcome.status, outcome.findings)
    except (RuleError, InternalError) as error:
        result.verdict = "error"
        result.findings = [Finding(None, "error", f"internal error: {error}", None, None)]
        return result
    result.seconds = time.perf_counter() - started
    result.verdict = verdict_of(result)
    return result


def _add(result: Result, rule: s.Rule, status: str, findings: list[Finding]) -> None:
    if not result.list_under(rule.id, status):
        result.findings.extend(findings)
