"""A flex schedule as one periodic piece of the timeline, for symbolic programs.

A concrete flex program is cut into one segment per clock boundary per day
(model.build_segments). A configuration's flex program has solver-chosen
boundaries and rates and runs up to 77 days, so it is kept as one piece: hour
x lies in day q of the schedule at hour y of that day (x - anchor = 24 q + y,
q an integer, 0 <= y < 24), and what the schedule delivers from the anchor to
x is q times its daily dose plus what it delivers in the first y hours of a
day, P(y). A 24-hour window inside the piece then holds exactly one daily
dose, as it does on the unrolled timeline.

P comes in two forms:

- `Explicit`: the schedule's steps (start minutes and hourly rates are solver
  variables), P(y) summed over them. Exact, but every term is a product of a
  rate and a time, so it is only used with a few steps, to find a concrete
  counterexample.
- `Envelope`: every schedule whose rates lie between a lowest rate `low` and a
  highest rate `high`, whatever its number of steps. The cumulative dose is
  known only at the hours where a rule reads it, each a fresh value: hours a
  whole number of days apart differ by that many daily doses exactly, and
  the rest is tied by what every schedule continued periodically satisfies
  (slope bounds between the hours read, the day boundaries, and each hour's
  place in some day). Every schedule meets these constraints, so a proof
  over the envelope holds for all flex schedules with those rates; the
  envelope needs no day numbers, which keeps the queries free of integers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import z3

DAY_H = 24


def _real(value: Any) -> Any:
    return value if isinstance(value, z3.ArithRef) and value.is_real() else z3.ToReal(value) if isinstance(value, z3.ArithRef) else z3.RealVal(str(value))


def _whole_days(hours: Any) -> int | None:
    """The number of days a solver term of hours is, when it simplifies to a whole number of days."""
    hours = z3.simplify(hours)
    if z3.is_rational_value(hours):
        days = hours.as_fraction() / DAY_H
        if days.denominator == 1:
            return int(days)
    return None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, z3.ExprRef) or isinstance(b, z3.ExprRef):
        return bool(_real(a).eq(_real(b)))
    return bool(a == b)


@dataclass(eq=False)
class Explicit:
    """Steps starting at `starts` hours of the day (the first at 0, increasing), at `rates` ug/h."""

    starts: list[Any]
    rates: list[Any]

    def day_dose(self) -> Any:
        ends = self.starts[1:] + [z3.RealVal(DAY_H)]
        return z3.Sum([r * (e - b) for r, b, e in zip(self.rates, self.starts, ends)])

    def within(self, y: Any) -> Any:
        ends = self.starts[1:] + [z3.RealVal(DAY_H)]
        terms = []
        for r, b, e in zip(self.rates, self.starts, ends):
            terms.append(r * z3.If(y <= b, z3.RealVal(0), z3.If(y >= e, e - b, y - b)))
        return z3.Sum(terms)

    def constraints(self) -> list[Any]:
        return []


@dataclass(eq=False)
class Envelope:
    """Any schedule whose hourly rates lie in [low, high] and whose daily dose is `dose`."""

    name: str
    low: Any
    high: Any
    dose: Any
    points: list[tuple[Any, Any]] = field(default_factory=list)

    def day_dose(self) -> Any:
        return self.dose

    def at(self, offset: Any) -> Any:
        """What the schedule delivers from its day's start to `offset` hours after it (negative: before).

        An offset a whole number of days from one already read is that one's
        value plus that many daily doses: exact, so a 24-hour window holds one
        daily dose. Any other offset is a fresh value tied to the rest by the
        slope bounds only; the schedule continued periodically keeps its rates
        between low and high everywhere, so every real schedule meets them.
        """
        offset = z3.simplify(_real(offset))
        days = _whole_days(offset)
        if days is not None:
            return _real(self.dose) * days
        for point, value in self.points:
            days = _whole_days(offset - point)
            if days is not None:
                return value + _real(self.dose) * days if days else value
        value = z3.Real(f"{self.name}at_{len(self.points)}")
        self.points.append((offset, value))
        return value

    def constraints(self) -> list[Any]:
        """What every schedule of the envelope, continued periodically, satisfies at the offsets read.

        Slope bounds between every two of them and the day boundaries -24, 0
        and 24, also with one of the two moved one or two days either way; and, for each offset, that
        it lies some hours y into a day: P(x) = dose * (x - y) / 24 + P(y)
        with P(y) within the bounds from the day's start and end. Every real
        schedule meets all of these, so a proof over them holds for it.
        """
        dose = _real(self.dose)
        known = [(z3.RealVal(-DAY_H), -dose), (z3.RealVal(0), z3.RealVal(0)), (z3.RealVal(DAY_H), dose)]
        out: list[Any] = []
        points = [*known, *self.points]
        for i, (a, pa) in enumerate(points):
            for b, pb in points[i + 1 :]:
                out.append(self._slope(a, pa, b, pb))
        for k, (x, px) in enumerate(self.points):
            for shift in (-2, -1, 1, 2):
                # Whole days away, the same hour of the day: offsets 24 or 48 h apart differ by whole doses
                # (a window's start, its end and the start of the window before are two days apart at most).
                moved = (x + DAY_H * shift, px + dose * shift)
                out += [self._slope(a, pa, *moved) for a, pa in known + self.points[:k]]
            y = z3.Real(f"{self.name}hour_of_{k}")
            within = z3.Real(f"{self.name}within_{k}")
            out += [y >= 0, y <= DAY_H, px == dose * (x - y) / DAY_H + within]
            out += [within >= self.low * y, within <= self.high * y]
            out += [dose - within >= self.low * (DAY_H - y), dose - within <= self.high * (DAY_H - y)]
        return out

    def _slope(self, a: Any, pa: Any, b: Any, pb: Any) -> Any:
        return z3.If(
            a <= b,
            z3.And(pb - pa >= self.low * (b - a), pb - pa <= self.high * (b - a)),
            z3.And(pa - pb >= self.low * (a - b), pa - pb <= self.high * (a - b)),
        )


@dataclass(eq=False)
class Periodic:
    """[start, end) of the timeline running a daily schedule whose day begins at `anchor` (+ 24 q).

    Duck-typed as a segment: timeline.py asks it for what it delivers (`infused`).
    `per_ml` converts micrograms to millilitres drawn (1 / concentration).
    """

    name: str
    start: Any
    end: Any
    anchor: Any
    day: Explicit | Envelope
    per_ml: Any
    splits: list[tuple[Any, Any, Any, Any]] = field(default_factory=list)

    def _split(self, x: Any) -> tuple[Any, Any]:
        """x - anchor = 24 q + y with q an integer and 0 <= y < 24, one pair of variables per hour read."""
        x = _real(x)
        for point, q, y, _ in self.splits:
            if point.eq(x):
                return q, y
        for point, q, y, _ in self.splits:
            # x a whole number of days from an hour already split (a window's start and end): the same hour of day.
            days = _whole_days(x - point)
            if days is not None:
                return q + days, y
        q = z3.Int(f"{self.name}day_{len(self.splits)}")
        y = z3.Real(f"{self.name}hour_{len(self.splits)}")
        self.splits.append((x, q, y, x - _real(self.anchor) == DAY_H * z3.ToReal(q) + y))
        return q, y

    def _from_anchor(self, x: Any) -> Any:
        if _same(x, self.anchor):
            return z3.RealVal(0)
        if isinstance(self.day, Envelope):
            return self.day.at(_real(x) - _real(self.anchor))
        # q * dose, written as (x - anchor - y) / 24 * dose: the day number stays out of every product.
        _, y = self._split(x)
        dose = self.day.day_dose()
        return (_real(x) - _real(self.anchor) - y) / DAY_H * dose + self.day.within(y)

    def infused(self, x: Any, rate: str) -> Any:
        """Infused from `start` to x (x at or after start), in ug or, for rate_ml_h, in mL."""
        ug = self._from_anchor(x) - self._from_anchor(self.start)
        return ug * self.per_ml if rate == "rate_ml_h" else ug

    def constraints(self) -> list[Any]:
        out: list[Any] = []
        for _, _, y, link in self.splits:
            out += [link, y >= 0, y < DAY_H]
        return out + self.day.constraints()
