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
from collections.abc import Iterator
from typing import Any

import z3

from itbverify.base.exact import Fraction
from itbverify.base.numbers import to_json_exact
from itbverify.documents.model import Document
from itbverify.documents.program import boluses_beyond_limit
from itbverify.engines.concrete import (
    LOWERED_FAILS,
    CompiledRule,
    DocumentView,
    LoweredCheck,
    is_concrete,
    lowered_rules,
)
from itbverify.engines.instances import InternalError, RuleOutcome, applicable, counterexample, locate, moment_of
from itbverify.engines.results import Finding
from itbverify.engines.z3.fresh import check_translated
from itbverify.engines.z3.limits import set_limits
from itbverify.engines.z3.program import assumptions_of, symbolic_document, without_solver
from itbverify.engines.z3.shapes import Boluses
from itbverify.engines.z3.terms import from_model
from itbverify.language import syntax as s
from itbverify.language.ruleset import RuleSet
from itbverify.semantics.evaluate import Evaluator, Obligation, show
from itbverify.semantics.values import Factor, disjunction, is_term, to_bool


@dataclasses.dataclass
class Posed:
    """A rule's question on a document: its obligations and the query whose unsat proves it."""

    obligations: list[Obligation]
    query: list[Any]
    violations: list[Any]
    read_boluses: bool  # the question reads the modelled patient boluses
    own: int  # the query's first `own` terms are the document's (assumptions_of), the same for every rule


def pose(rule: s.Rule, document: Document, symbolic: Evaluator, concrete: Evaluator) -> Posed | None:
    """The rule's query, or None where the rule does not apply."""
    if not applicable(rule, document, concrete):
        return None
    reads = Boluses.reads
    factor = document.delivery_factor
    first_constraint = len(factor.constraints) if isinstance(factor, Factor) else 0
    obligations: list[Obligation] = []
    for check in rule.checks:
        obligations.extend(symbolic.obligations(check))
    # Instances that share their time variable and read nothing else that differs are one term (see
    # Evaluator._variable): the disjunction holds it once.
    violations = list({v.get_id(): v for v in (to_bool(o.violation) for o in obligations if o.violation is not False)}.values())
    assumptions = assumptions_of(document)
    query = [*assumptions, *(factor.constraints[first_constraint:] if isinstance(factor, Factor) else ()),
             z3.Or(*violations) if violations else z3.BoolVal(False)]
    return Posed(obligations, query, violations, Boluses.reads != reads, len(assumptions))


def decide_rule(
    rule: s.Rule,
    document: Document,
    symbolic: Evaluator,
    concrete: Evaluator,
    timeout_s: float,
    lowered: CompiledRule | None = None,
) -> RuleOutcome:
    posed = pose(rule, document, symbolic, concrete)
    if posed is None:
        return RuleOutcome(rule, "not-applicable", [])
    return decide_posed(rule, posed, document, concrete, timeout_s, lowered)


def decide_posed(rule: s.Rule, posed: Posed, document: Document, concrete: Evaluator, timeout_s: float,
                 lowered: CompiledRule | None = None, satisfiable: bool = False, shared: Any = None) -> RuleOutcome:
    """The rule's outcome from its own query; every counterexample replayed. SATISFIABLE: a model of the
    query is known already, so only the fresh context is asked (the first answer would be sat, and not kept).
    SHARED: a solver holding the document's assumptions, which asks the rule's own terms in a scope of
    their own (see decide_rules)."""
    obligations, query = posed.obligations, posed.query
    started = time.perf_counter()
    solver = None
    answer = z3.sat
    if not satisfiable:
        if shared is None:
            solver = z3.Solver()
            set_limits(solver, timeout_s)
            solver.add(*query)
        else:
            solver = shared
            solver.push()
            solver.add(*query[posed.own:])
        try:
            answer = solver.check()
        except z3.Z3Exception:
            # A resource limit (memory) ended the query: not decided, never safe.
            answer = z3.unknown
        if shared is not None:
            solver.pop()
    if answer == z3.unsat:
        return RuleOutcome(rule, "proved", [], solver, time.perf_counter() - started)
    # Unsat is a proof however it was found. A model (the counterexample) and an unknown are not: the search
    # follows the numbering of the terms, which counts everything the process built before (other documents,
    # another worker's share of a batch). So they are asked again with the query copied into a context of its
    # own (fresh.check_translated), where they depend on the query alone.
    try:
        again, model = check_translated(query, timeout_s)
    except z3.Z3Exception:
        again, model = "unknown", None
    seconds = time.perf_counter() - started
    if again == "unsat":
        return RuleOutcome(rule, "proved", [], solver, seconds)
    if again == "unknown" or model is None:
        return RuleOutcome(rule, "unknown", [], solver, seconds)
    findings = []
    instances = []
    for obligation in obligations:
        if obligation.violation is False:
            continue
        if from_model(obligation.violation, model) is not True:
            continue
        witness, renamed = instantiate(document, model, obligation)
        evaluator = concrete if witness is document else Evaluator(witness, concrete.definitions, symbolic=False)
        try:
            lowered_check = next((c for k, c in lowered.checks if k is obligation.check), None) if lowered else None
            finding, pinned = replay(rule, obligation, model, witness, evaluator, renamed, lowered_check)
        except InternalError:
            if obligation.products:
                # The f * D stand-ins admitted a pattern no single f produces: not decided.
                return RuleOutcome(rule, "unknown", [], solver, seconds)
            raise
        findings.append(finding)
        instances.append((obligation.check, pinned))
    if not findings:
        raise InternalError(f"{rule.id}: the solver found a violation that matches no instance")
    return RuleOutcome(rule, "violated", findings, solver, seconds, instances=instances)


def replay(
    rule: s.Rule,
    obligation: Obligation,
    model: z3.ModelRef | None,
    document: Document,
    concrete: Evaluator,
    renamed: dict[int, Any] | None = None,
    lowered: LoweredCheck | None = None,
) -> tuple[Finding, dict[str, Any]]:
    """Re-run the broken instance with exact numbers in the evaluator, and in the concrete engine when
    the document it describes is concrete; it must break in both. Its finding, and its names as pinned."""
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
    at_h = moment_of(instance, values, element)
    example = counterexample(instance, values)
    if document.kind == "program":
        example["boluses_h"] = [to_json_exact(b.at_h) for b in document.boluses]
        example["delivery_factor"] = to_json_exact(document.delivery_factor)
    return Finding(rule.id, rule.severity, message, line, column, at_h, rule.basis, rule.label_lines, example, source=rule.source), fixed


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
    if not assumptions_of(document) and not isinstance(factor, Factor):
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
    return without_solver(document, boluses, f), renamed


def decide_rules(document: Document, ruleset: RuleSet, timeout_s: float, each_alone: bool = False) -> Iterator[RuleOutcome]:
    """Every rule's outcome from the solver, in the rules' order; every counterexample is replayed through the concrete engine too.

    Most rules hold on most documents, and setting up a solver costs more than
    a small query: so the rules of a document that is not long, and whose
    solver variables are each a rule's own, are first asked together, and what
    that one query proves needs no query of its own (`_joint`,
    `_proved_together`). EACH_ALONE:
    every rule is asked on its own, its solver kept (a proof artefact holds one
    rule's query).
    """
    beyond = boluses_beyond_limit(document)
    document = symbolic_document(document)
    concrete = Evaluator(document, ruleset.definitions, symbolic=False)
    symbolic = Evaluator(document, ruleset.definitions, symbolic=True)
    pairs = list(zip(ruleset.rules, lowered_rules(ruleset).rules))
    # Where the rules are not asked together, one question is held at a time: a long plan's questions, all
    # held at once, are tens of megabytes.
    posed = [pose(rule, document, symbolic, concrete) for rule, _ in pairs] if not each_alone and _joint(document) else None
    together, broken = _proved_together(posed, timeout_s) if posed is not None else (set(), set())
    # Rules asked one by one share a solver, each in a scope of its own: setting up a solver costs about as
    # much as a program's small query (measured: a fifth of a program's time in the solver), and a program's
    # assumptions (its patient boluses) are taken in once. Only an unsat answer from it is kept: a proof
    # however it was found (decide_posed). A proof artefact holds one rule's query, in a solver of its own.
    shared = None
    if not each_alone:
        shared = z3.Solver()
        set_limits(shared, timeout_s)
        shared.add(*assumptions_of(document))
    for index, (rule, lowered) in enumerate(pairs):
        question = posed[index] if posed is not None else pose(rule, document, symbolic, concrete)
        if question is None:
            outcome = RuleOutcome(rule, "not-applicable", [])
        elif index in together or (not question.violations and not each_alone):
            outcome = RuleOutcome(rule, "proved", [])  # proved by the joint query, or nothing left to break
        else:
            outcome = decide_posed(rule, question, document, concrete, timeout_s, lowered, index in broken, shared)
        yield _beyond(outcome, question, beyond)


def _beyond(outcome: RuleOutcome, question: Posed | None, beyond: Any) -> RuleOutcome:
    if beyond is not None and outcome.status == "proved" and question is not None and question.read_boluses:
        # Proved for the boluses modelled, not for all the program allows: not decided.
        outcome.status = "unknown"
    return outcome


# The most events (steps, boluses, fills) of a document whose rules are asked together first. Measured
# (benchmarks/events.py): at 100 events the joint query is decided in a tenth of a second; at 300 and 500 it
# runs out of its budget, and holding every rule's question at once costs a quarter more time and memory.
JOINT_MOST_EVENTS = 150


def _joint(document: Document) -> bool:
    """Are the document's rules asked together first? Only where every solver variable is a rule's own (a
    time it chooses), and the document is not long (see _proved_together)."""
    if assumptions_of(document) or isinstance(document.delivery_factor, Factor):
        return False
    return len(document.steps) + len(document.boluses) + len(document.fills) <= JOINT_MOST_EVENTS


# The joint query's budget, a share of one rule's: a short plan's joint query is decided in a small part of
# it, and a year of therapy's (thousands of disjuncts) would spend all of it before the rules each decide theirs.
JOINT_SHARE = 0.05


def _proved_together(posed: list[Posed | None], timeout_s: float) -> tuple[set[int], set[int]]:
    """The indexes of the rules with something to break that a joint query proves (every one, when the
    disjunction of all their violations is unsat: it then is for each), and of those it shows broken.

    A model of the joint query breaks some rules: they are left to their own queries (whose answers and
    models depend on them alone), and the rest are asked together again. A joint query the solver leaves unknown
    proves nothing, and each rule is asked on its own, as it would be anyway. Only documents whose every
    solver variable is a rule's own (a time it chooses) are asked this way (`_joint`): a delivery tolerance
    adds constraints of each rule's own, and where the rules share a program's patient boluses, the joint
    query was measured slower than the rules' own.
    """
    asked = {i: p.violations for i, p in enumerate(posed) if p is not None and p.violations}
    broken: set[int] = set()
    open_ = list(asked)
    broken_by = {i: to_bool(disjunction(asked[i])) for i in open_}  # each rule's violation, built once
    while open_:
        solver = z3.Solver()
        set_limits(solver, timeout_s * JOINT_SHARE)
        solver.add(to_bool(disjunction([broken_by[i] for i in open_])))
        try:
            answer = solver.check()
        except z3.Z3Exception:
            answer = z3.unknown
        if answer == z3.unsat:
            return set(open_), broken
        if answer != z3.sat:
            return set(), broken
        model = solver.model()
        shown = {i for i in open_ if z3.is_true(model.eval(broken_by[i], model_completion=True))}
        if not shown:
            return set(), broken
        broken |= shown
        open_ = [i for i in open_ if i not in shown]
    return set(), broken
