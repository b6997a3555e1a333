"""The questions put to the solver about a configuration's symbolic programs.

Can an accepted program break a rule (`rule_query`)? Does one configuration
accept a program another refuses (`difference`)? Every query is checked in a
fresh context (engines.z3.fresh), and its text is kept for the search of a
plausible program among its models.
"""

from __future__ import annotations

from typing import Any

import z3

from itbverify.engines.z3.configurations import Shape
from itbverify.engines.z3.fresh import Model, Query, check_fresh, check_nonlinear_text, solve
from itbverify.engines.z3.shapes import Boluses
from itbverify.language import syntax as s
from itbverify.language.ruleset import RuleSet
from itbverify.semantics.evaluate import DependsOnEntry, Evaluator
from itbverify.semantics.values import Factor, to_bool

# The solver configurations check_nonlinear_text tries, in its order: the nonlinear solver, then the default one.
NONLINEAR_LOGICS = ("QF_NIRA", None)
# The share of the time limit a search for a witness among explicit flex schedules gets, per solver configuration.
WITNESS_SHARE = 5


def rule_query(rule: s.Rule, shape: Shape, ruleset: RuleSet, timeout_s: float, extra: tuple[Any, ...] = (),
               witness: bool = False) -> tuple[str, Model | None, bool, Query | None]:
    """Can an accepted program of the shape (that meets EXTRA too) break the rule? ("sat" with a model, "unsat",
    "unknown", "not-applicable"), whether it read entered data, and the query that answered.

    WITNESS: the query only looks for a program (of an explicit flex shape, once the envelope of all flex
    schedules admits a violation), and "sat" is the only answer that counts: each solver configuration gets
    one round of a fifth of the budget (what every witness found so far took), and an undecided query is
    not asked again without the droppable constraints (that can only prove, never find).
    """
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
    bolus_reads = Boluses.reads != reads

    def ask(accepted: list[Any], first_round: bool = False) -> tuple[str, Model | None, str, str | None]:
        solver = z3.Solver()
        solver.add(*accepted, *shape.delivery, *extra)
        if bolus_reads:
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
        if (witness or first_round) and shape.periodic:
            for logic in NONLINEAR_LOGICS:
                answer, model = check_fresh(text, timeout_s / WITNESS_SHARE, logic)
                if answer != "unknown":
                    return answer, model, text, logic
            return "unknown", None, text, None
        answer, model, logic = check_nonlinear_text(text, timeout_s) if shape.periodic else (*check_fresh(text, timeout_s), None)
        return answer, model, text, logic

    kept = [c for c in shape.accepted if not any(c is d for d in shape.droppable)]
    # Without the droppable constraints first, with a fifth of the budget: unsat there proves the query for
    # every accepted program, and it is often decided at once where the whole query is undecided within
    # four budgets (a flex schedule's refill room is a product of two unknowns). Otherwise the query is
    # asked as it always was, so its answer and model are the same.
    if shape.droppable and not witness and ask(kept, first_round=True)[0] == "unsat":
        return "unsat", None, depends, None
    answer, model, text, logic = ask(shape.accepted)
    # Proved for more programs than the configuration accepts is proved for those it accepts; a model of the
    # larger set proves nothing, so anything but unsat stays unknown.
    if answer == "unknown" and shape.droppable and not witness and ask(kept)[0] == "unsat":
        answer = "unsat"
    if answer == "unsat":
        return "unsat", None, depends, None
    if answer == "unknown":
        return "unknown", None, depends, None
    return "sat", model, depends, (text, logic)



def refusal(shape: Shape) -> Any:
    """A program is one the shape's configuration refuses: it fails what the software checks at entry."""
    return z3.Not(z3.And(*shape.accepted))


def difference(shape: Shape, other: Shape | None, timeout_s: float) -> tuple[str, Model | None, Query | None]:
    """Does SHAPE's configuration accept a program that OTHER's refuses (any program it accepts, without OTHER)?
    (answer, model when sat, the query that answered)."""
    query = [*shape.accepted]
    if other is not None:
        query.append(refusal(other))
    return solve(query, timeout_s)
