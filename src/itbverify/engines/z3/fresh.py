"""Checking a query's SMT-LIB text in a fresh context, so that its answer depends on the query alone.

Answers are the strings "sat", "unsat" and "unknown".
"""

from __future__ import annotations

from typing import Any

import z3

from itbverify.engines.z3.limits import set_limits

# A Z3 model.
Model = Any

# The query a model came from, to look for a plausible program among its models: its SMT-LIB text and logic.
Query = tuple[str, str | None]


def check_fresh(text: str, timeout_s: float, logic: str | None = None) -> tuple[str, Model | None]:
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
        return "sat", attempt.model().translate(z3.main_ctx())
    return ("unsat" if answer == z3.unsat else "unknown"), None


def check_translated(query: list[Any], timeout_s: float) -> tuple[str, Model | None]:
    """Check a query's terms copied into a fresh context, by the default solver: (answer, model when sat, in the main context).

    The copy numbers the terms in the order it walks them, which is their
    structure's, so the answer and the model depend on the query alone, as
    check_fresh's do, without printing and reading its text (a program's
    queries run to tens of kilobytes).
    """
    context = z3.Context()
    attempt = z3.Solver(ctx=context)
    set_limits(attempt, timeout_s)
    attempt.add(*[term.translate(context) for term in query])
    answer = attempt.check()
    if answer == z3.sat:
        return "sat", attempt.model().translate(z3.main_ctx())
    return ("unsat" if answer == z3.unsat else "unknown"), None


def check_nonlinear_text(text: str, timeout_s: float) -> tuple[str, Model | None, str | None]:
    """Check a flex shape's query, whose rates multiply times: (answer, model when sat, the logic that answered).

    No one configuration of the solver decides all of these: the query is
    tried by the solver for nonlinear integer and real arithmetic and by the
    default solver, each first with a fifth of the time limit, then each with
    the full time limit.
    """
    logics = ("QF_NIRA", None)
    for logic, budget in [(x, timeout_s / 5) for x in logics] + [(x, timeout_s) for x in logics]:
        answer, model = check_fresh(text, budget, logic)
        if answer != "unknown":
            return answer, model, logic
    return "unknown", None, None


def solve(constraints: list[Any], timeout_s: float) -> tuple[str, Model | None, Query | None]:
    """The default solver, then (for what it leaves unknown) the nonlinear one that `check` also tries:
    (answer, model when sat, the query that answered).

    Each in a fresh context with a budget in resource units, so the answer and the model are the same on every run.
    """
    solver = z3.Solver()
    solver.add(*constraints)
    text = solver.to_smt2()
    answer, model = check_fresh(text, timeout_s)
    logic = None
    if answer == "unknown":
        answer, model, logic = check_nonlinear_text(text, timeout_s)
    return answer, model, ((text, logic) if answer == "sat" else None)
