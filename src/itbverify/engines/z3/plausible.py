"""A plausible program among a query's models: ordinary values where the violation allows them.

The query is checked again from its SMT-LIB text, and each preferred value
in turn is approached by bisection, with a budget of solver work per step,
so the program found is the same on every run.
"""

from __future__ import annotations

import math
from typing import Any

import z3

from itbverify.base.exact import Fraction
from itbverify.documents.configuration import Library
from itbverify.engines.z3.configurations import SCALE, Shape
from itbverify.engines.z3.fresh import Model, Query
from itbverify.engines.z3.limits import set_limits


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


def held(shape: Shape) -> list[Any]:
    """The terms of an explicit flex schedule (its step starts and rates), held at the first model's values
    while the rest is made plausible.

    Every product of the query is a rate times a time of day: with the
    schedule held, what is left is linear, and each step of the search is
    answered within its budget (with the schedule free, the nonlinear solver
    leaves most of them undecided, and the program keeps the first model's
    odd values: an 18-year-old, a refill in a minute).
    """
    return [n for k, n in shape.variables.items() if "_flex_start_min_" in k or "_flex_rate_" in k]


def plausible(query: Query, wanted: list[tuple[Any, int]], timeout_s: float, hold: list[Any] | None = None) -> Model | None:
    """The query's model that meets the preferences best, in their order (lexicographically); None if the query itself is not answered.

    Each term in turn is brought as close to its preferred value as the query
    allows (a bisection on the distance), then held there. Every step is a
    solver call with its own budget; one that is not answered ends the search
    for that term at the closest value found, so the program found is the
    same on every run. The terms HOLD are held at the first model's values
    from the start.
    """
    text, logic = query
    context = z3.Context()
    solver = z3.SolverFor(logic, ctx=context) if logic else z3.Solver(ctx=context)
    set_limits(solver, timeout_s)
    solver.from_string(text)
    if solver.check() != z3.sat:
        return None
    model = solver.model()
    for term in hold or []:
        x = term.translate(context)
        solver.add(x == model.eval(x, model_completion=True))
    for term, target in wanted:
        x = term.translate(context)
        distance = z3.If(x >= target, x - target, target - x)
        model = _closest(solver, model, distance)
        solver.add(x == model.eval(x, model_completion=True))
    return model.translate(z3.main_ctx())


def _closest(solver: z3.Solver, model: Model, distance: Any) -> Model:
    """A model of the solver's query with the least DISTANCE it can show, starting from MODEL."""
    low, high = 0, model.eval(distance, model_completion=True).as_long()
    first = True
    while low < high:
        # The preferred value itself first: most values are not needed by the violation.
        middle = low if first else (low + high) // 2
        first = False
        solver.push()
        solver.add(distance <= middle)
        answer = solver.check()
        if answer == z3.sat:
            model = solver.model()
            high = model.eval(distance, model_completion=True).as_long()
        elif answer == z3.unsat:
            low = middle + 1
        else:
            # Undecided within the budget: the bisection would spend a whole budget on every later step
            # too, so the closest found so far stands (the same on every run: the budget is the solver's work).
            solver.pop()
            break
        solver.pop()
    return model

