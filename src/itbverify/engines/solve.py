"""Deciding every requirement on a document: the concrete engine where the document is fully concrete, Z3 (engines.z3.decide) for the rest.

The solver is loaded only when a document needs it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from itbverify.documents.model import Document
from itbverify.engines.concrete import (
    LOWERED_FAILS,
    CompiledRule,
    DocumentView,
    LoweredCheck,
    is_concrete,
    lowered_rules,
)
from itbverify.engines.instances import (
    InternalError,
    RuleOutcome,
    applicable,
    counterexample,
    locate,
    locate_with,
    moment_of,
)
from itbverify.engines.results import DEFAULT_TIMEOUT_S, Finding, Result, verdict_of
from itbverify.language import syntax as s
from itbverify.language.ruleset import RuleSet
from itbverify.semantics.evaluate import Continuous, Evaluator, Obligation, RuleError, show
from itbverify.semantics.values import Factor


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
    return Finding(rule.id, rule.severity, message, line, column, moment_of(obligation, values, element),
                   rule.basis, rule.label_lines, counterexample(obligation, values), source=rule.source)


def _lowered_outcomes(document: Document, ruleset: RuleSet, proved: list[str] | None = None,
                      view: DocumentView | None = None) -> list[tuple[s.Rule, str, list[Finding]]]:
    """Every rule's status and findings on a concrete document, from the lowered rules, in the rules' order.

    With PROVED, the id of each proved rule goes there instead, in order: most rules are proved, and a batch
    needs only their ids. VIEW: the document's view, where the caller has made one.
    """
    concrete = Evaluator(document, ruleset.definitions, symbolic=False)
    if view is None:
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
    return Finding(rule.id, rule.severity, message, line, column, moment_of(instance, values, element),
                   rule.basis, rule.label_lines, counterexample(instance, values), source=rule.source)


def engine_for(document: Document, engine: str) -> str:
    """auto: the concrete engine for fully concrete documents, the solver for the rest."""
    concrete_ok = not document.leaves_open and not isinstance(document.delivery_factor, Factor)
    if engine == "auto":
        return "concrete" if concrete_ok else "z3"
    if engine == "concrete" and not concrete_ok:
        raise InternalError("this document has solver variables (patient boluses or a delivery tolerance): use --engine z3 or auto")
    return engine


def decide_all(document: Document, ruleset: RuleSet, timeout_s: float = DEFAULT_TIMEOUT_S, engine: str = "z3",
               each_alone: bool = False) -> Iterator[RuleOutcome]:
    """Every rule's outcome on one document, with the chosen engine (EACH_ALONE: the solver asks every rule on its own)."""
    chosen = engine_for(document, engine)
    if chosen == "concrete" and is_concrete(document):
        for rule, status, findings in _lowered_outcomes(document, ruleset):
            yield RuleOutcome(rule, status, findings)
        return
    if chosen != "z3":
        concrete = Evaluator(document, ruleset.definitions, symbolic=False)
        for rule in ruleset.rules:
            yield decide_rule_concrete(rule, document, concrete)
        return
    from itbverify.engines.z3.decide import decide_rules

    yield from decide_rules(document, ruleset, timeout_s, each_alone)


def verify(document: Document, ruleset: RuleSet, timeout_s: float = DEFAULT_TIMEOUT_S, engine: str = "z3",
           keep: list[RuleOutcome] | None = None, each_alone: bool | None = None, view: DocumentView | None = None) -> Result:
    """A document's result; `keep` collects each rule's outcome. EACH_ALONE (by default, when keeping them):
    the solver asks every rule on its own, its solver kept as its proof artefact. VIEW: the document's view
    (engines.concrete.DocumentView), where the caller has one for other uses too."""
    result = Result(document.id, document.file, document.kind, "safe", document.line, document.column)
    result.notes = list(document.notes)
    started = time.perf_counter()
    try:
        if keep is None and engine_for(document, engine) == "concrete" and is_concrete(document):
            # Most rules are decided in a microsecond here: no outcome object each, and most are proved.
            for rule, status, findings in _lowered_outcomes(document, ruleset, result.proved, view):
                _add(result, rule, status, findings)
        else:
            for outcome in decide_all(document, ruleset, timeout_s, engine, each_alone=keep is not None if each_alone is None else each_alone):
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
