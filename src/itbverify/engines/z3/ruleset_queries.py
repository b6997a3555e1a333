"""The rule set's self-check as solver queries over a layout's symbolic plans.

Whether every rule can hold at once (and, when not, which rules conflict:
the unsat core), whether a rule can be broken while the others hold, and
whether it can be broken at all. Answers are the strings "sat", "unsat" and
"unknown".
"""

from __future__ import annotations

from typing import Any

import z3

from itbverify.base.exact import Fraction
from itbverify.engines.z3.limits import set_limits
from itbverify.engines.z3.ruleset_layouts import Layout
from itbverify.engines.z3.smtlib import canonical_smt2
from itbverify.language import syntax as s
from itbverify.language.ruleset import RuleSet
from itbverify.semantics.evaluate import Evaluator
from itbverify.semantics.values import to_bool

# A Z3 solver, kept with its assertions for the proof artefacts.
Solver = Any


def violation(rule: s.Rule, layout: Layout, ruleset: RuleSet) -> Any | None:
    """The formula that a plan of the layout breaks the rule; None when the rule does not apply to it."""
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


def holding(violations: dict[str, Any]) -> dict[str, Any]:
    """Each rule's formula for holding, by id: its violation's negation."""
    return {rid: z3.Not(f) for rid, f in violations.items()}


def _decide(query: Solver, timeout_s: float, tracks: dict[str, str] | None = None) -> tuple[str, Solver, list[str]]:
    """QUERY's assertions checked in a fresh context, from their canonical text (the proof artefacts'),
    with a budget of solver work, not of seconds: (the answer, the solver that gave it, and when unsat
    the ids TRACKS names (track literal to id) in its unsat core).

    The answer then depends on the query alone: neither on how busy the machine is, nor on what the
    process built before it (Z3 numbers its terms in the order a process makes and frees them, and a
    query near its budget can be decided under one numbering and not under another).
    """
    context = z3.Context()
    fresh = z3.Solver(ctx=context)
    set_limits(fresh, timeout_s)
    fresh.from_string(canonical_smt2(query.to_smt2()))
    answer = fresh.check(*[z3.Bool(name, context) for name in tracks or {}])
    core: list[str] = []
    if answer == z3.unsat and tracks:
        core = [tracks[str(c)] for c in fresh.unsat_core()]
    return str(answer), fresh, core


def _tracked(assertions: list[Any], holds: dict[str, Any]) -> tuple[Solver, dict[str, str]]:
    """A query of ASSERTIONS and each rule's holding formula behind a literal of its own, `holds_ID`."""
    query = z3.Solver()
    query.add(*assertions)
    tracks = {f"holds_{rid}": rid for rid in holds}
    for name, rid in tracks.items():
        query.add(z3.Implies(z3.Bool(name), holds[rid]))
    return query, tracks


def all_hold(layout: Layout, holds: dict[str, Any], timeout_s: float) -> tuple[str, Solver, Solver, list[str]]:
    """Does some well-formed plan of the layout keep every rule at once?

    (the answer, the query (for the proof artefacts), the solver that answered (for the witness plan),
    and when unsat the ids of the rules in its unsat core)
    """
    query, tracks = _tracked(list(layout.wellformed), holds)
    answer, solver, core = _decide(query, timeout_s, tracks)
    return answer, query, solver, core


def broken_while_others_hold(layout: Layout, rule_id: str, formula: Any, holds: dict[str, Any], timeout_s: float) -> tuple[str, list[str]]:
    """Does some well-formed plan of the layout break the rule (its violation FORMULA) and keep every other?

    (the answer, and when unsat the ids of the other rules in its unsat core)
    """
    query, tracks = _tracked([*layout.wellformed, formula], {o: h for o, h in holds.items() if o != rule_id})
    answer, _, core = _decide(query, timeout_s, tracks)
    return answer, core


def breakable(layout: Layout, formula: Any, timeout_s: float) -> bool:
    """Does some well-formed plan of the layout break the rule whose violation is FORMULA?"""
    query = z3.Solver()
    query.add(*layout.wellformed, formula)
    return _decide(query, timeout_s)[0] == "sat"


def minimal_core(layout: Layout, holds: dict[str, Any], core: list[str], timeout_s: float) -> list[str]:
    """Drop ids from an unsat core while it stays unsat."""
    needed = list(core)
    for rule_id in list(core):
        trial = [r for r in needed if r != rule_id]
        query = z3.Solver()
        query.add(*layout.wellformed, *[holds[r] for r in trial])
        if _decide(query, timeout_s)[0] == "unsat":
            needed = trial
    return needed


def witness(solver: Solver) -> dict[str, Any]:
    """The plan a satisfied query's model describes: each variable's value, by name."""
    model = solver.model()
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
