"""Exact reasoning over a time variable without the solver: affine values and regions.

The concrete engine decides `for every window` and `for every instant` by
cutting the domain into points and open intervals on which every timeline
primitive is affine in t. Inside an interval, t is an `Affine` value: a
comparison with a constant is decided at the interval's midpoint, unless its
root lies strictly inside, in which case `SplitAt(root)` asks the engine to
cut there first. The rule's own comparisons instead give a `Region`: the exact
set of t in the interval where they hold, so a violation on any sub-interval,
however small, is found.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from itbverify.base.exact import Fraction


class SplitAt(Exception):
    def __init__(self, point: Fraction) -> None:
        super().__init__(str(point))
        self.point = point


@dataclass(frozen=True)
class Affine:
    """c0 + c1 * t for t in the open interval (lo, hi)."""

    c0: Fraction
    c1: Fraction
    lo: Fraction
    hi: Fraction

    def at(self, t: Fraction) -> Fraction:
        return self.c0 + self.c1 * t

    @property
    def probe(self) -> Fraction:
        return (self.lo + self.hi) / 2

    def root(self) -> Fraction | None:
        return None if self.c1 == 0 else -self.c0 / self.c1

    def plus(self, c0: Fraction, c1: Fraction) -> Affine:
        return Affine(self.c0 + c0, self.c1 + c1, self.lo, self.hi)


def affine_parts(value: Any, like: Affine) -> tuple[Fraction, Fraction]:
    if isinstance(value, Affine):
        return value.c0, value.c1
    return Fraction(value), Fraction(0)


def decide(op: str, difference: Affine) -> bool:
    """A comparison inside a primitive: the same truth on the whole interval, or a split."""
    root = difference.root()
    if root is not None and difference.lo < root < difference.hi:
        raise SplitAt(root)
    value = difference.at(difference.probe)
    return {"<": value < 0, "<=": value <= 0, ">": value > 0, ">=": value >= 0, "=": value == 0, "!=": value != 0}[op]


# ---- regions: finite unions of intervals inside (lo, hi) ---------------------------------------


@dataclass(frozen=True)
class Span:
    a: Fraction
    a_closed: bool
    b: Fraction
    b_closed: bool

    def empty(self) -> bool:
        return self.a > self.b or (self.a == self.b and not (self.a_closed and self.b_closed))


@dataclass(frozen=True)
class Region:
    """The t in the open interval (lo, hi) where a condition holds."""

    lo: Fraction
    hi: Fraction
    spans: tuple[Span, ...]

    @staticmethod
    def full(lo: Fraction, hi: Fraction) -> Region:
        return Region(lo, hi, (Span(lo, False, hi, False),))

    @staticmethod
    def none(lo: Fraction, hi: Fraction) -> Region:
        return Region(lo, hi, ())

    def is_empty(self) -> bool:
        return not self.spans

    def is_full(self) -> bool:
        return self.spans == (Span(self.lo, False, self.hi, False),)

    def intersect(self, other: Region) -> Region:
        out = []
        for x in self.spans:
            for y in other.spans:
                a, a_closed = max((x.a, not x.a_closed), (y.a, not y.a_closed))
                b, b_closed = min((x.b, x.b_closed), (y.b, y.b_closed))
                span = Span(a, not a_closed, b, b_closed)
                if not span.empty():
                    out.append(span)
        return Region(self.lo, self.hi, _normal(out))

    def complement(self) -> Region:
        out = []
        cursor, cursor_closed = self.lo, False  # the interval itself is open at lo
        for s in self.spans:
            gap = Span(cursor, cursor_closed, s.a, not s.a_closed)
            if not gap.empty():
                out.append(gap)
            cursor, cursor_closed = s.b, not s.b_closed
        tail = Span(cursor, cursor_closed, self.hi, False)
        if not tail.empty():
            out.append(tail)
        return Region(self.lo, self.hi, _normal(out))

    def union(self, other: Region) -> Region:
        return self.complement().intersect(other.complement()).complement()

    def point(self) -> Fraction:
        """A t in the region (the earliest a message can name)."""
        s = self.spans[0]
        if s.a_closed:
            return s.a
        if s.b_closed and s.a == s.b:
            return s.a
        end = s.b
        return s.a + (end - s.a) / 2 if end != s.a else s.a

    def boundary(self) -> Fraction:
        """A point where the condition changes inside the interval."""
        for s in self.spans:
            if self.lo < s.a < self.hi:
                return s.a
            if self.lo < s.b < self.hi:
                return s.b
        raise ValueError("a full or empty region has no boundary")


def _normal(spans: list[Span]) -> tuple[Span, ...]:
    ordered = sorted(spans, key=lambda s: (s.a, not s.a_closed))
    merged: list[Span] = []
    for s in ordered:
        if merged:
            last = merged[-1]
            if s.a < last.b or (s.a == last.b and (last.b_closed or s.a_closed)):
                if (s.b, s.b_closed) > (last.b, last.b_closed):
                    merged[-1] = Span(last.a, last.a_closed, s.b, s.b_closed)
                continue
        merged.append(s)
    return tuple(merged)


def atom(op: str, difference: Affine) -> Region:
    """Where difference(t) op 0 holds, exactly, inside (lo, hi)."""
    lo, hi = difference.lo, difference.hi
    c0, c1 = difference.c0, difference.c1
    if c1 == 0:
        holds = {"<": c0 < 0, "<=": c0 <= 0, ">": c0 > 0, ">=": c0 >= 0, "=": c0 == 0, "!=": c0 != 0}[op]
        return Region.full(lo, hi) if holds else Region.none(lo, hi)
    r = -c0 / c1
    if op in ("=", "!="):
        inside = lo < r < hi
        point = Region(lo, hi, (Span(r, True, r, True),)) if inside else Region.none(lo, hi)
        return point if op == "=" else point.complement()
    # c1 > 0: difference < 0 exactly when t < r
    below = op in ("<", "<=") if c1 > 0 else op in (">", ">=")
    closed = op in ("<=", ">=")
    span = Span(lo, False, r, closed) if below else Span(r, closed, hi, False)
    return Region.full(lo, hi).intersect(Region(lo, hi, (span,) if not span.empty() else ()))
