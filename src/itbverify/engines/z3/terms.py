"""Z3's terms for the rule language's operations (semantics.values), and values read back from a model.

Loading this module hands Z3 to the operations: from then on a number or
truth that meets a Z3 term builds a Z3 term. Every module of engines.z3 that
makes terms imports it first.
"""

from __future__ import annotations

import functools
from typing import Any

import z3
from z3 import z3core
from z3.z3types import Ast

from itbverify.base.exact import Fraction
from itbverify.engines.z3.limits import solver_loaded
from itbverify.semantics import values
from itbverify.semantics.values import is_term

_MAIN = z3.main_ctx()


# A real-valued term of the main context made here carries this mark: the operations below combine such
# terms through Z3's C interface, without the Python layer's sort checks and coercions (three to ten times
# the work of the call itself, on the millions of terms a long plan's queries are built from). Each makes
# the very term the Python operator makes, so queries, proofs and models are unchanged. A mark, not a
# subclass: Python gives a subclass's reflected operators precedence, which would turn `a <= b` into
# `b >= a` wherever a marked term meets an unmarked one.
_MARK = "_itbverify_real"


def _mark(term: Any) -> Any:
    setattr(term, _MARK, True)
    return term


def _real_term(ast: Any, ctx: Any) -> Any:
    return _mark(z3.ArithRef(ast, ctx))


def _real(term: Any) -> bool:
    return getattr(term, _MARK, False) or (type(term) is z3.RatNumRef and term.ctx is _MAIN)


def _boolean(term: Any) -> bool:
    return type(term) is z3.BoolRef and term.ctx is _MAIN


def _array(terms: list[Any] | tuple[Any, ...]) -> Any:
    array = (Ast * len(terms))()
    for i, term in enumerate(terms):
        array[i] = term.ast
    return array


_ARITH = {"+": z3core.Z3_mk_add, "-": z3core.Z3_mk_sub, "*": z3core.Z3_mk_mul}
_DIVIDE = z3core.Z3_mk_div
_COMPARE = {"<": z3core.Z3_mk_lt, "<=": z3core.Z3_mk_le, ">": z3core.Z3_mk_gt, ">=": z3core.Z3_mk_ge, "=": z3core.Z3_mk_eq}
_REFLECTED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}
_PYTHON: dict[str, Any] = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
    "=": lambda a, b: a == b, "!=": lambda a, b: a != b,
}


@functools.lru_cache(maxsize=8192)
def _numeral(numerator: int, denominator: int) -> Any:
    # One numeral from its text: z3.Q divides two numerals and simplifies, eight times the work, and a
    # document's numbers recur in every instance that reads them. The same term either way.
    return z3.RealVal(numerator) if denominator == 1 else z3.RealVal(f"{numerator}/{denominator}")


def _numeral_cases(term: Any, depth: int = 0) -> bool:
    """Is TERM an if-then-else (of at most 8 levels) whose every branch is a numeral?"""
    if type(term) is z3.RatNumRef:
        return depth > 0
    if depth >= 8 or not isinstance(term, z3.ArithRef) or not z3.is_app_of(term, z3.Z3_OP_ITE):
        return False
    return _numeral_cases(term.arg(1), depth + 1) and _numeral_cases(term.arg(2), depth + 1)


class Z3Terms:
    types: tuple[type, ...] = (z3.ExprRef,)
    errors: tuple[type[Exception], ...] = (z3.Z3Exception,)

    def real(self, numerator: int, denominator: int) -> Any:
        return _numeral(numerator, denominator)

    def boolean(self, value: bool) -> Any:
        return z3.BoolVal(value)

    def variable(self, name: str) -> Any:
        return _mark(z3.Real(name))

    def arith(self, op: str, a: Any, b: Any) -> Any:
        if op == "*" and type(a) is not z3.RatNumRef and type(b) is not z3.RatNumRef:
            # A value chosen by cases (a limit that follows the phase at a time the solver picks) times a
            # term is a product of two unknowns, which the solver's linear arithmetic cannot take; each case
            # times the term is linear, and the same number.
            if _numeral_cases(a):
                return self._cases_times(a, b, left=True)
            if _numeral_cases(b):
                return self._cases_times(b, a, left=False)
        if _real(a) and _real(b):
            if op == "/":
                return _real_term(_DIVIDE(_MAIN.ref(), a.ast, b.ast), _MAIN)
            return _real_term(_ARITH[op](_MAIN.ref(), 2, _array((a, b))), _MAIN)
        return _PYTHON[op](a, b)

    def _cases_times(self, cases: Any, other: Any, left: bool) -> Any:
        if type(cases) is z3.RatNumRef:
            return self.arith("*", cases, other) if left else self.arith("*", other, cases)
        return self.ite(cases.arg(0), self._cases_times(cases.arg(1), other, left), self._cases_times(cases.arg(2), other, left))

    def negative(self, a: Any) -> Any:
        if _real(a):
            return _real_term(z3core.Z3_mk_unary_minus(_MAIN.ref(), a.ast), _MAIN)
        return -a

    def compare(self, op: str, a: Any, b: Any) -> Any:
        if _real(a) and _real(b):
            if type(b) is z3.RatNumRef and type(a) is not z3.RatNumRef:
                # Python asks a numeral (a subclass) for the reflected comparison first: the operator makes
                # `a <= 3` as `3 >= a`, and so does this.
                a, b, op = b, a, _REFLECTED[op]
            if op == "!=":
                return z3.BoolRef(z3core.Z3_mk_distinct(_MAIN.ref(), 2, _array((a, b))), _MAIN)
            return z3.BoolRef(_COMPARE[op](_MAIN.ref(), a.ast, b.ast), _MAIN)
        return _PYTHON[op](a, b)

    def ite(self, condition: Any, a: Any, b: Any) -> Any:
        if _boolean(condition):
            if _real(a) and _real(b):
                return _real_term(z3core.Z3_mk_ite(_MAIN.ref(), condition.ast, a.ast, b.ast), _MAIN)
            if _boolean(a) and _boolean(b):
                return z3.BoolRef(z3core.Z3_mk_ite(_MAIN.ref(), condition.ast, a.ast, b.ast), _MAIN)
        return z3.If(condition, a, b)

    def conjunction(self, terms: list[Any]) -> Any:
        if all(map(_boolean, terms)):
            return z3.BoolRef(z3core.Z3_mk_and(_MAIN.ref(), len(terms), _array(terms)), _MAIN)
        return z3.And(*terms)

    def disjunction(self, terms: list[Any]) -> Any:
        if all(map(_boolean, terms)):
            return z3.BoolRef(z3core.Z3_mk_or(_MAIN.ref(), len(terms), _array(terms)), _MAIN)
        return z3.Or(*terms)

    def negation(self, term: Any) -> Any:
        if _boolean(term):
            return z3.BoolRef(z3core.Z3_mk_not(_MAIN.ref(), term.ast), _MAIN)
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
