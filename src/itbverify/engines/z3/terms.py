"""Z3's terms for the rule language's operations (semantics.values), and values read back from a model.

Loading this module hands Z3 to the operations: from then on a number or
truth that meets a Z3 term builds a Z3 term. Every module of engines.z3 that
makes terms imports it first.
"""

from __future__ import annotations

import functools
from typing import Any

import z3

from itbverify.base.exact import Fraction
from itbverify.engines.z3.limits import solver_loaded
from itbverify.semantics import values
from itbverify.semantics.values import is_term


@functools.lru_cache(maxsize=8192)
def _numeral(numerator: int, denominator: int) -> Any:
    # One numeral from its text: z3.Q divides two numerals and simplifies, eight times the work, and a
    # document's numbers recur in every instance that reads them. The same term either way.
    return z3.RealVal(numerator) if denominator == 1 else z3.RealVal(f"{numerator}/{denominator}")


class Z3Terms:
    types: tuple[type, ...] = (z3.ExprRef,)
    errors: tuple[type[Exception], ...] = (z3.Z3Exception,)

    def real(self, numerator: int, denominator: int) -> Any:
        return _numeral(numerator, denominator)

    def boolean(self, value: bool) -> Any:
        return z3.BoolVal(value)

    def variable(self, name: str) -> Any:
        return z3.Real(name)

    def ite(self, condition: Any, a: Any, b: Any) -> Any:
        return z3.If(condition, a, b)

    def conjunction(self, terms: list[Any]) -> Any:
        return z3.And(*terms)

    def disjunction(self, terms: list[Any]) -> Any:
        return z3.Or(*terms)

    def negation(self, term: Any) -> Any:
        return z3.Not(term)

    def is_arith(self, term: Any) -> bool:
        return bool(z3.is_arith(term))

    def is_bool(self, term: Any) -> bool:
        return bool(z3.is_bool(term))

    def truth(self, term: Any) -> bool | None:
        simple = z3.simplify(term)
        return True if z3.is_true(simple) else False if z3.is_false(simple) else None

    def numeral(self, term: Any) -> Fraction | None:
        if z3.is_rational_value(term):
            return Fraction(term.numerator_as_long(), term.denominator_as_long())
        return None


values.use_terms(Z3Terms())
solver_loaded()


def from_model(value: Any, model: z3.ModelRef) -> Any:
    """The concrete value of a term in a model: Fraction or bool."""
    if not is_term(value):
        return value
    result = model.eval(value, model_completion=True)
    if z3.is_true(result):
        return True
    if z3.is_false(result):
        return False
    if z3.is_rational_value(result):
        return Fraction(result.numerator_as_long(), result.denominator_as_long())
    if z3.is_algebraic_value(result):
        approx = result.approx(20)
        return Fraction(approx.numerator_as_long(), approx.denominator_as_long())
    raise ValueError(f"the solver's model gives no value for {value}")
