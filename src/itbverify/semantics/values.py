"""The values rules compute with, and the operations on them.

One set of operations serves both engines: on exact rationals (Fraction) and
Python booleans they compute the answer; as soon as an operand is a solver
term they build the solver's term instead. A `Choice` is a value that depends
on a solver variable through a case split (the step in force at a window's
end, say); operations distribute over its branches.

The solver itself stays under engines.z3: it hands its terms in through
`use_terms` when it is loaded, so the concrete engine computes with these
operations without loading it, and a layer below the engines never names it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from itbverify.base.exact import RATIONAL, Fraction
from itbverify.base.numbers import is_number
from itbverify.semantics.affine import Affine, Region, SplitAt, decide


class Terms(Protocol):
    """What the operations need of a solver's terms (engines.z3.terms gives Z3's)."""

    types: tuple[type, ...]
    errors: tuple[type[Exception], ...]

    def real(self, numerator: int, denominator: int) -> Any: ...
    def boolean(self, value: bool) -> Any: ...
    def variable(self, name: str) -> Any: ...
    def ite(self, condition: Any, a: Any, b: Any) -> Any: ...
    def arith(self, op: str, a: Any, b: Any) -> Any: ...
    def negative(self, a: Any) -> Any: ...
    def compare(self, op: str, a: Any, b: Any) -> Any: ...
    def conjunction(self, terms: list[Any]) -> Any: ...
    def disjunction(self, terms: list[Any]) -> Any: ...
    def negation(self, term: Any) -> Any: ...
    def is_arith(self, term: Any) -> bool: ...
    def is_bool(self, term: Any) -> bool: ...
    def truth(self, term: Any) -> bool | None: ...
    def numeral(self, term: Any) -> Fraction | None: ...


class _NoTerms:
    """Until a solver is loaded no value is a term, and asking for one is a defect."""

    types: tuple[type, ...] = ()
    errors: tuple[type[Exception], ...] = ()

    def _missing(self, *_: Any) -> Any:
        raise RuntimeError("a solver term was asked for, but no solver is loaded (import itbverify.engines.z3.terms)")

    real = boolean = variable = ite = arith = negative = compare = conjunction = disjunction = negation = is_arith = is_bool = truth = numeral = _missing


_terms: Terms = _NoTerms()


def use_terms(terms: Terms) -> None:
    """Compute with a solver's terms from now on (called once, when the solver is loaded)."""
    global _terms
    _terms = terms


def term_errors() -> tuple[type[Exception], ...]:
    """The exceptions the loaded solver raises on an ill-formed term."""
    return _terms.errors


def truth(condition: Any) -> Any:
    """CONDITION, or the truth value it has whatever the solver chooses (a term of numerals only, as the
    document's numbers are in the prover: `1 < 2`), so that both engines take the same branch of an `if`."""
    if is_term(condition):
        decided = _terms.truth(condition)
        if decided is not None:
            return decided
    return condition


def exact(value: Any) -> Fraction | None:
    """VALUE as an exact number when it is one: a number, or a solver numeral (a document's number in the
    prover); None for anything else."""
    if is_number(value):
        return Fraction(value)
    if is_term(value):
        return _terms.numeral(value)
    return None


def variable(name: str) -> Any:
    """A fresh real-valued solver variable."""
    return _terms.variable(name)


@dataclass(eq=False)
class Factor:
    """The pump's over-delivery factor f, a solver variable with 1 <= f <= high.

    Every quantity delivered or drawn is f times an f-free quantity, so every
    value built from them is affine in f: offset + f * base (Scaled). A
    comparison of two such values with no offset cancels f exactly (f > 0);
    any other comparison needs the one product f * base, which is replaced by
    a fresh variable g bounded by base and high * base (in the order the sign
    of base gives): exactly the values f * base takes for one base, so the
    query stays linear. When several products share f this over-approximates
    (a proof stays a proof; a counterexample is replayed with one f, read
    back from g / base, before it is believed).
    """

    variable: Any
    high: Fraction
    constraints: list[Any]
    products: list[tuple[Any, Any]]

    def product(self, base: Any, sign: int) -> Any:
        """f * base, as a linear stand-in when the sign of base is known."""
        if sign == 0:
            return self.variable * to_real(base)
        term = to_real(base)
        g = _terms.variable(f"f_times_{len(self.products)}")
        low, high = (term, to_real(self.high) * term) if sign > 0 else (to_real(self.high) * term, term)
        self.constraints += [g >= low, g <= high]
        self.products.append((g, term))
        return g


@dataclass(frozen=True)
class Scaled:
    """offset + factor * base, with offset and base free of the factor; sign: of base (+1, -1, 0 unknown)."""

    factor: Factor
    base: Any
    sign: int
    offset: Any = Fraction(0)


def _materialize(value: Any) -> Any:
    if not isinstance(value, Scaled):
        return value
    product = value.factor.product(value.base, value.sign)
    if is_number(value.offset) and value.offset == 0:
        return product
    return to_real(value.offset) + product


def _as_scaled(value: Any, factor: Factor) -> Scaled:
    return value if isinstance(value, Scaled) else Scaled(factor, Fraction(0), 1, value)


def _sign_of(value: Any) -> int:
    if is_number(value):
        return 1 if value > 0 else -1 if value < 0 else 1
    return 0


def _scaled_op(name: str, a: Any, b: Any) -> Any:
    """Arithmetic with a Scaled operand, kept affine in f; None when it cannot be."""
    factor = a.factor if isinstance(a, Scaled) else b.factor
    if isinstance(a, Scaled) and isinstance(b, Scaled) and a.factor is not b.factor:
        return None
    for other in (a, b):
        if isinstance(other, (Choice, bool)) or other is None or isinstance(other, str):
            return None
    if name in ("add", "sub"):
        x, y = _as_scaled(a, factor), _as_scaled(b, factor)
        y_sign = y.sign if name == "add" else -y.sign
        signs = {sign for base, sign in ((x.base, x.sign), (y.base, y_sign)) if not _is_zero(base)}
        sign = signs.pop() if len(signs) == 1 else (1 if not signs else 0)
        op = add if name == "add" else sub
        offset = x.offset if _is_zero(y.offset) else op(x.offset, y.offset)
        return Scaled(factor, op(x.base, y.base), sign, offset)
    if name in ("mul", "div"):
        if isinstance(a, Scaled) and isinstance(b, Scaled):
            return None
        scaled, other = (a, b) if isinstance(a, Scaled) else (b, a)
        if name == "div" and not isinstance(a, Scaled):
            return None
        op = mul if name == "mul" else div
        sign = scaled.sign * _sign_of(other)
        offset = scaled.offset if _is_zero(scaled.offset) else op(scaled.offset, other)
        return Scaled(factor, op(scaled.base, other), sign, offset)
    return None


def _is_zero(value: Any) -> bool:
    return is_number(value) and value == 0


@dataclass(frozen=True)
class Choice:
    """`branches[i][1]` when `branches[i][0]` is the first true condition; the last branch is the default."""

    branches: tuple[tuple[Any, Any], ...]


@dataclass(frozen=True, eq=False)
class Bounded:
    """variable + offset, for a solver variable known to lie in the closed interval [lo, hi].

    The prover cuts a `for every` into pieces on which each timeline primitive is linear (evaluate.py);
    on a piece, a comparison whose answer is the same over the whole interval is decided while the query
    is built, so the primitives' case splits over the whole document fold to the one or two cases the
    piece can meet. The piece's own bounds are conditions of its instance.
    """

    variable: Any
    offset: Fraction
    lo: Fraction
    hi: Fraction

    @property
    def low(self) -> Fraction:
        return self.lo + self.offset

    @property
    def high(self) -> Fraction:
        return self.hi + self.offset

    def shifted(self, by: Any) -> Bounded:
        return Bounded(self.variable, self.offset + Fraction(by), self.lo, self.hi)

    def term(self) -> Any:
        return self.variable if self.offset == 0 else self.variable + _terms.real(self.offset.numerator, self.offset.denominator)


def bounds(value: Any) -> tuple[Fraction, Fraction] | None:
    """The closed interval an exact number (a document's number as a numeral too) or a Bounded value lies
    in; None for anything else."""
    if isinstance(value, Bounded):
        return value.low, value.high
    known = exact(value)
    return None if known is None else (known, known)


def _decide_bounded(op: str, a: Any, b: Any) -> Any:
    """a OP b when a - b has the same sign on the whole of its interval; None when it has not."""
    if isinstance(a, Bounded) and isinstance(b, Bounded):
        if a.variable is not b.variable:
            return None
        low = high = a.offset - b.offset
    else:
        left, right = bounds(a), bounds(b)
        if left is None or right is None:
            return None
        low, high = left[0] - right[1], left[1] - right[0]
    if op == "<":
        return True if high < 0 else False if low >= 0 else None
    if op == "<=":
        return True if high <= 0 else False if low > 0 else None
    if op == ">":
        return True if low > 0 else False if high <= 0 else None
    if op == ">=":
        return True if low >= 0 else False if high < 0 else None
    if op == "=":
        return True if low == high == 0 else False if low > 0 or high < 0 else None
    return False if low == high == 0 else True if low > 0 or high < 0 else None


def is_term(value: Any) -> bool:
    return isinstance(value, _terms.types)


def to_real(value: Any) -> Any:
    if is_term(value):
        return value
    if isinstance(value, Bounded):
        return value.term()
    if isinstance(value, Scaled):
        return _materialize(value)
    if isinstance(value, bool):
        raise TypeError("a truth value where a number belongs")
    if isinstance(value, int):
        return _terms.real(value, 1)
    if isinstance(value, RATIONAL):
        return _terms.real(value.numerator, value.denominator)
    raise TypeError(f"{describe(value)} where a number belongs")


def to_bool(value: Any) -> Any:
    if is_term(value):
        return value
    if isinstance(value, bool):
        return _terms.boolean(value)
    raise TypeError(f"{describe(value)} where a truth value belongs")


def describe(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "a truth value"
    if is_number(value) or isinstance(value, Bounded):
        return "a number"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, tuple):
        return "a collection"
    return type(value).__name__.lower()


def merge(branches: list[tuple[Any, Any]]) -> Any:
    """Fold branches into one value: a Z3 `If` chain for numbers and truths, else a Choice."""
    flat: list[tuple[Any, Any]] = []
    for condition, value in branches:
        if isinstance(value, Bounded):
            value = value.term()
        if isinstance(value, Choice):
            for inner_condition, inner in value.branches:
                flat.append((_and2(condition, inner_condition), inner))
        else:
            flat.append((condition, value))
    values = [v for _, v in flat]
    if any(isinstance(v, Scaled) for v in values):
        factors = {id(v.factor) for v in values if isinstance(v, Scaled)}
        plain = all(isinstance(v, Scaled) or is_number(v) or is_term(v) and _terms.is_arith(v) for v in values)
        if len(factors) == 1 and plain:
            factor = next(v.factor for v in values if isinstance(v, Scaled))
            scaled = [(c, _as_scaled(v, factor)) for c, v in flat]
            base = merge([(c, v.base) for c, v in scaled])
            offset = merge([(c, v.offset) for c, v in scaled])
            signs = {v.sign for _, v in scaled if not _is_zero(v.base)}
            return Scaled(factor, base, signs.pop() if len(signs) == 1 else 0, offset)
        flat = [(c, _materialize(v)) for c, v in flat]
        values = [v for _, v in flat]
    if all(v is values[0] or (type(v) is type(values[0]) and not is_term(v) and v == values[0]) for v in values):
        return values[0]
    if all(isinstance(v, bool) or is_term(v) and _terms.is_bool(v) for v in values):
        result = to_bool(values[-1])
        for condition, value in reversed(flat[:-1]):
            result = _terms.ite(condition, to_bool(value), result)
        return result
    if all(is_number(v) or is_term(v) and _terms.is_arith(v) for v in values):
        result = to_real(values[-1])
        for condition, value in reversed(flat[:-1]):
            result = _terms.ite(condition, to_real(value), result)
        return result
    return Choice(tuple(flat))


def _and2(a: Any, b: Any) -> Any:
    if a is True:
        return b
    if b is True:
        return a
    return _terms.conjunction([to_bool(a), to_bool(b)])


def lifted(function: Callable[..., Any]) -> Callable[..., Any]:
    """Make an operation distribute over Choice operands."""

    def apply(*args: Any) -> Any:
        for i, arg in enumerate(args):
            if isinstance(arg, Choice):
                return merge(
                    [(c, apply(*args[:i], v, *args[i + 1 :])) for c, v in arg.branches]
                )
        return function(*args)

    apply.__name__ = function.__name__
    return apply


# ---- arithmetic ---------------------------------------------------------------


def _affine_op(name: str, a: Any, b: Any) -> Any:
    """Arithmetic on the concrete engine's affine time values."""
    like = a if isinstance(a, Affine) else b
    ca, ka = (a.c0, a.c1) if isinstance(a, Affine) else (Fraction(a), Fraction(0))
    cb, kb = (b.c0, b.c1) if isinstance(b, Affine) else (Fraction(b), Fraction(0))
    if name == "add":
        return Affine(ca + cb, ka + kb, like.lo, like.hi)
    if name == "sub":
        return Affine(ca - cb, ka - kb, like.lo, like.hi)
    if name == "mul":
        if ka and kb:
            raise TypeError("a product of two times is not linear")
        return Affine(ca * cb, ca * kb + ka * cb, like.lo, like.hi)
    if name == "div":
        if kb:
            raise TypeError("division by a time is not linear")
        if cb == 0:
            raise ZeroDivisionError("division by zero")
        return Affine(ca / cb, ka / cb, like.lo, like.hi)
    difference = Affine(ca - cb, ka - kb, like.lo, like.hi)
    if name in ("min", "max"):
        a_first = decide("<=", difference)
        return (a if a_first else b) if name == "min" else (b if a_first else a)
    return decide(name, difference)


def _is_affine(a: Any, b: Any = None) -> bool:
    return isinstance(a, Affine) or isinstance(b, Affine)


@lifted
def add(a: Any, b: Any) -> Any:
    if _is_affine(a, b):
        return _affine_op("add", a, b)
    if isinstance(a, Bounded) and is_number(b):
        return a.shifted(b)
    if isinstance(b, Bounded) and is_number(a):
        return b.shifted(a)
    if isinstance(a, Scaled) or isinstance(b, Scaled):
        done = _scaled_op("add", a, b)
        return done if done is not None else add(_materialize(a), _materialize(b))
    if isinstance(a, str) and isinstance(b, str):
        return a + b
    if is_number(a) and is_number(b):
        return Fraction(a) + Fraction(b)
    return _terms.arith("+", to_real(a), to_real(b))


@lifted
def sub(a: Any, b: Any) -> Any:
    if _is_affine(a, b):
        return _affine_op("sub", a, b)
    if isinstance(a, Bounded) and is_number(b):
        return a.shifted(-Fraction(b))
    if isinstance(a, Bounded) and isinstance(b, Bounded) and a.variable is b.variable:
        return a.offset - b.offset
    if isinstance(a, Scaled) or isinstance(b, Scaled):
        done = _scaled_op("sub", a, b)
        return done if done is not None else sub(_materialize(a), _materialize(b))
    if is_number(a) and is_number(b):
        return Fraction(a) - Fraction(b)
    return _terms.arith("-", to_real(a), to_real(b))


@lifted
def mul(a: Any, b: Any) -> Any:
    if _is_affine(a, b):
        return _affine_op("mul", a, b)
    if isinstance(a, Scaled) or isinstance(b, Scaled):
        done = _scaled_op("mul", a, b)
        return done if done is not None else mul(_materialize(a), _materialize(b))
    if is_number(a) and is_number(b):
        return Fraction(a) * Fraction(b)
    return _terms.arith("*", to_real(a), to_real(b))


@lifted
def div(a: Any, b: Any) -> Any:
    if _is_affine(a, b):
        return _affine_op("div", a, b)
    if isinstance(a, Scaled) or isinstance(b, Scaled):
        done = _scaled_op("div", a, b)
        return done if done is not None else div(_materialize(a), _materialize(b))
    if is_number(a) and is_number(b):
        if b == 0:
            raise ZeroDivisionError("division by zero")
        return Fraction(a) / Fraction(b)
    if is_number(b):
        if b == 0:
            raise ZeroDivisionError("division by zero")
        return _terms.arith("*", to_real(a), to_real(1 / Fraction(b)))
    return _terms.arith("/", to_real(a), to_real(b))


@lifted
def neg(a: Any) -> Any:
    if isinstance(a, Affine):
        return Affine(-a.c0, -a.c1, a.lo, a.hi)
    if isinstance(a, Scaled):
        return Scaled(a.factor, neg(a.base), -a.sign, neg(a.offset))
    if is_number(a):
        return -Fraction(a)
    return _terms.negative(to_real(a))


@lifted
def minimum(a: Any, b: Any) -> Any:
    if _is_affine(a, b):
        return _affine_op("min", a, b)
    if isinstance(a, Scaled) or isinstance(b, Scaled):
        done = _scaled_op("min", a, b)
        return done if done is not None else minimum(_materialize(a), _materialize(b))
    if is_number(a) and is_number(b):
        return min(Fraction(a), Fraction(b))
    if isinstance(a, Bounded) or isinstance(b, Bounded):
        first = _decide_bounded("<=", a, b)
        if first is not None:
            return a if first else b
    x, y = to_real(a), to_real(b)
    return _terms.ite(_terms.compare("<=", x, y), x, y)


@lifted
def maximum(a: Any, b: Any) -> Any:
    if _is_affine(a, b):
        return _affine_op("max", a, b)
    if isinstance(a, Scaled) or isinstance(b, Scaled):
        done = _scaled_op("max", a, b)
        return done if done is not None else maximum(_materialize(a), _materialize(b))
    if is_number(a) and is_number(b):
        return max(Fraction(a), Fraction(b))
    if isinstance(a, Bounded) or isinstance(b, Bounded):
        first = _decide_bounded(">=", a, b)
        if first is not None:
            return a if first else b
    x, y = to_real(a), to_real(b)
    return _terms.ite(_terms.compare(">=", x, y), x, y)


_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}


@lifted
def compare(op: str, a: Any, b: Any) -> Any:
    if _is_affine(a, b) and a is not None and b is not None:
        return _affine_op(op, a, b)
    if isinstance(a, Bounded) or isinstance(b, Bounded):
        decided = _decide_bounded(op, a, b)
        if decided is not None:
            return decided
        if isinstance(a, Bounded):
            a = a.term()
        if isinstance(b, Bounded):
            b = b.term()
    if isinstance(a, Scaled) or isinstance(b, Scaled):
        if isinstance(a, Scaled) and isinstance(b, Scaled) and a.factor is b.factor and _is_zero(a.offset) and _is_zero(b.offset):
            return compare(op, a.base, b.base)  # f > 0 cancels
        difference = sub(a, b)
        if isinstance(difference, Scaled):
            # offset + f * base  op  0, with the one product f * base
            return compare(op, _materialize(difference), Fraction(0))
        return compare(op, _materialize(a), _materialize(b))
    if a is None or b is None or isinstance(a, str) or isinstance(b, str) or isinstance(a, bool) or isinstance(b, bool):
        if op not in ("=", "!="):
            raise TypeError(f"cannot order {describe(a)} and {describe(b)}")
        if a is None or b is None:
            equal: Any = a is None and b is None
        elif is_term(a) or is_term(b):
            equal = to_bool(a) == to_bool(b)
        else:
            equal = a == b if type(a) is type(b) or (is_number(a) and is_number(b)) else False
        return equal if op == "=" else _not(equal)
    if is_number(a) and is_number(b):
        return bool(_COMPARE[op](Fraction(a), Fraction(b)))
    if not (is_number(a) or is_term(a)) or not (is_number(b) or is_term(b)):
        if op in ("=", "!="):
            return (a is b) if op == "=" else (a is not b)
        raise TypeError(f"cannot order {describe(a)} and {describe(b)}")
    return _terms.compare(op, to_real(a), to_real(b))


def _not(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    return _terms.negation(to_bool(value))


@lifted
def negate(value: Any) -> Any:
    if isinstance(value, Region):
        return value.complement()
    return _not(value)


def conjunction(values: list[Any]) -> Any:
    regions = [v for v in values if isinstance(v, Region)]
    if regions:
        if any(v is False for v in values):
            return False
        result = regions[0]
        for r in regions[1:]:
            result = result.intersect(r)
        return False if result.is_empty() else True if result.is_full() else result
    terms = []
    for v in values:
        if v is False:
            return False
        if v is True:
            continue
        terms.append(to_bool(v))
    if not terms:
        return True
    return terms[0] if len(terms) == 1 else _terms.conjunction(terms)


def disjunction(values: list[Any]) -> Any:
    regions = [v for v in values if isinstance(v, Region)]
    if regions:
        if any(v is True for v in values):
            return True
        result = regions[0]
        for r in regions[1:]:
            result = result.union(r)
        return True if result.is_full() else False if result.is_empty() else result
    terms = []
    for v in values:
        if v is True:
            return True
        if v is False:
            continue
        terms.append(to_bool(v))
    if not terms:
        return False
    return terms[0] if len(terms) == 1 else _terms.disjunction(terms)


def if_then_else(condition: Any, a: Any, b: Any) -> Any:
    if isinstance(condition, bool):
        return a if condition else b
    if isinstance(condition, Region):
        if condition.is_full():
            return a
        if condition.is_empty():
            return b
        raise SplitAt(condition.boundary())
    return merge([(to_bool(condition), a), (True, b)])
