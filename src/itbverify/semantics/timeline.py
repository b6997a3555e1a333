"""The language's timeline primitives: what is delivered, what is in force, what the reservoir holds.

Each takes times that are exact numbers or solver terms, through the same
operations (values.py), so one definition serves the prover and the replay.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from typing import Any

from itbverify.base.exact import Fraction
from itbverify.base.numbers import is_number
from itbverify.documents.model import Document, Fill, Step
from itbverify.language.primitives import TIMELINE
from itbverify.semantics.affine import Affine
from itbverify.semantics.values import (
    Bounded,
    Choice,
    Factor,
    Scaled,
    add,
    compare,
    conjunction,
    exact,
    if_then_else,
    maximum,
    minimum,
    mul,
    sub,
    to_bool,
)


def _sorted_times(document: Document, name: str, items: Any) -> list[Fraction] | None:
    """The exact times of ITEMS (the document's steps, boluses or fills), when all are exact and in
    order; None otherwise (a program's patient boluses are solver variables). Computed once."""
    cache: dict[str, list[Fraction] | None] = document.timeline_cache.setdefault("times", {})
    if name not in cache:
        times = [item.at_h for item in items]
        exact = all(is_number(x) for x in times) and all(a <= b for a, b in itertools.pairwise(times))
        cache[name] = [Fraction(x) for x in times] if exact else None
    return cache[name]


def _overlap(start: Fraction, end: Fraction, a: Any, b: Any) -> Any:
    """Length of [start, end) inside [a, b)."""
    if is_number(a) and is_number(b):
        return max(Fraction(0), min(end, Fraction(b)) - max(start, Fraction(a)))
    return maximum(Fraction(0), sub(minimum(end, b), maximum(start, a)))


def _events_in(document: Document, a: Any, b: Any, amount: str) -> Any:
    total: Any = Fraction(0)
    boluses: Any = document.boluses
    times = _sorted_times(document, "boluses", boluses)
    span_a, span_b = _span(a), _span(b)
    if times is not None and span_a is not None and span_b is not None:
        # Only the boluses that can fall in [a, b): the others add nothing whatever a and b are.
        boluses = boluses[bisect.bisect_left(times, span_a[0]):bisect.bisect_left(times, span_b[1])]
    for bolus in boluses:
        value = getattr(bolus, amount)
        if amount == "draws_ml" and bolus.via != "pump":
            continue
        inside = conjunction([compare("<=", a, bolus.at_h), compare("<", bolus.at_h, b), bolus.active])
        if inside is False:
            continue
        total = add(total, value if inside is True else if_then_else(to_bool(inside), value, Fraction(0)))
    return total


def _time(t: Any) -> Any:
    """A time as an exact number when the prover holds it as a numeral (a document's time): the step in
    force, the reservoir or the amount delivered at a known time is then found directly, not by a case
    split over every event that Z3 would decide the same way in every model."""
    known = exact(t) if not isinstance(t, (Affine, Bounded)) else None
    return known if known is not None else t


def _span(value: Any) -> tuple[Fraction, Fraction] | None:
    """The closed interval an exact time or a prover's time on a piece (Bounded) lies in."""
    if isinstance(value, Bounded):
        return value.low, value.high
    if is_number(value):
        return Fraction(value), Fraction(value)
    return None


def _totals(document: Document, rate: str) -> list[Any]:
    """Infused from the start of the timeline up to each segment's start, computed once."""
    cache: dict[str, list[Any]] = document.timeline_cache.setdefault("totals", {})
    totals = cache.get(rate)
    if totals is None:
        totals = [Fraction(0)]
        for segment in document.segments:
            totals.append(add(totals[-1], _piece(segment, segment.end, rate)))
        cache[rate] = totals
    return totals


def _symbolic_piece(segment: Any) -> bool:
    """A piece of the timeline the solver stands for (engines.z3.periodic), which answers for what it infuses."""
    return hasattr(segment, "infused")


def _piece(segment: Any, x: Any, rate: str) -> Any:
    """Infused in the segment from its start to x."""
    if _symbolic_piece(segment):
        return segment.infused(x, rate)
    return mul(getattr(segment, rate), sub(x, segment.start))


def _cumulative(document: Document, x: Any, rate: str) -> Any:
    """Infused from the start of the timeline up to x: a chain of linear pieces, one per segment."""
    segments = document.segments
    if not segments:
        return Fraction(0)
    totals = _totals(document, rate)
    fixed = document.timeline_cache.get("fixed")
    if fixed is None:
        fixed = document.timeline_cache["fixed"] = all(is_number(x.start) and is_number(x.end) and not _symbolic_piece(x) for x in segments)
    if fixed and (is_number(x) or isinstance(x, Affine)):
        # An exact time, or the concrete engine's affine one: find its segment, in order.
        if compare("<=", x, segments[0].start):
            return Fraction(0)
        for i, segment in enumerate(segments):
            if compare("<=", x, segment.end):
                return add(totals[i], _piece(segment, x, rate))
        return totals[-1]
    first, last = 0, len(segments) - 1
    if fixed and isinstance(x, Bounded):
        # The case split below, over only the segments x can reach: where x lies in [low, high], a segment
        # that ends before low is never the first to end at or after x, and none after the first that ends
        # at or after high is reached.
        ends = document.timeline_cache.get("ends")
        if ends is None:
            ends = document.timeline_cache["ends"] = [Fraction(segment.end) for segment in segments]
        first = bisect.bisect_left(ends, x.low)
        last = min(bisect.bisect_left(ends, x.high), len(segments) - 1)
        if first < last and ends[first] == x.low and segments[first + 1].start == x.low:
            # x only touches this segment at its end, where the next one, starting there, gives the same
            # total (the cumulative infusion is continuous where segments meet): no case for it.
            first += 1
    result: Any = totals[-1]
    for i in range(last, first - 1, -1):
        segment = segments[i]
        piece = add(totals[i], _piece(segment, x, rate))
        result = if_then_else(compare("<=", x, segment.end), piece, result)
    if fixed and isinstance(x, Bounded) and x.low >= segments[0].start and first == 0:
        return result  # at the start itself the first segment's piece is 0 too
    return if_then_else(compare("<=", x, segments[0].start), Fraction(0), result)


def _infused(document: Document, a: Any, b: Any, rate: str) -> Any:
    """Infused in [a, b) = C(b) - C(a), C the cumulative infusion."""
    return sub(_cumulative(document, b, rate), _cumulative(document, a, rate))


def delivered(document: Document, a: Any, b: Any) -> Any:
    """Micrograms delivered in [a, b): infusion plus every bolus, times the delivery factor."""
    a, b = _time(a), _time(b)
    total = add(_infused(document, a, b, "rate_ug_h"), _events_in(document, a, b, "dose_ug"))
    return scale(document, total)


def drawn_ml(document: Document, a: Any, b: Any) -> Any:
    """Millilitres the pump draws from the reservoir in [a, b): infusion and pump boluses."""
    a, b = _time(a), _time(b)
    total = add(_infused(document, a, b, "rate_ml_h"), _events_in(document, a, b, "draws_ml"))
    return scale(document, total)


def scale(document: Document, amount: Any) -> Any:
    """An amount the pump delivers, times its delivery factor."""
    factor = document.delivery_factor
    if isinstance(factor, Factor):
        return Scaled(factor, amount, 1)
    if factor == 1:
        return amount
    return mul(factor, amount)


def _latest(items: list[Any], t: Any, strict: bool) -> Any:
    """The last item whose time is before t (strict) or at or before t; the first as default."""
    if not items:
        return None
    if (is_number(t) or isinstance(t, Affine)) and all(is_number(item.at_h) for item in items):
        # An affine t (the concrete engine) is decided on its interval, which has no step boundary inside.
        found = None
        for item in items:
            if compare("<" if strict else "<=", item.at_h, t):
                found = item
        return found
    branches: list[tuple[Any, Any]] = []
    for item in reversed(items[1:]):
        holds = compare("<" if strict else "<=", item.at_h, t)
        if holds is False:
            continue  # a prover's time on a piece (Bounded) that is never after this item
        if holds is True:
            branches.append((True, item))
            break
        branches.append((to_bool(holds), item))
    else:
        branches.append((True, items[0]))
    return Choice(tuple(branches)) if len(branches) > 1 else branches[0][1]


def step_at(document: Document, t: Any) -> Step | Choice | None:
    """The step in force at t (the latest step at or before t)."""
    found: Step | Choice | None = _latest(list(document.steps), _time(t), strict=False)
    return found


def step_before(document: Document, t: Any) -> Step | Choice | None:
    """The step in force just before t (the latest step strictly before t)."""
    found: Step | Choice | None = _latest(list(document.steps), _time(t), strict=True)
    return found


def reservoir_ml(document: Document, t: Any) -> Any:
    """The volume in the reservoir at t, just before any refill at t."""
    t = _time(t)
    fills: list[Fill] = list(document.fills)
    start = document.segments[0].start if document.segments else Fraction(0)
    empty = sub(Fraction(0), drawn_ml(document, start, t))
    if is_number(t) and all(is_number(f.at_h) for f in fills):
        holding = None
        for fill in fills:
            if fill.at_h < t:
                holding = fill
        if holding is None:
            return empty
        return sub(holding.volume_ml, drawn_ml(document, holding.at_h, t))
    # The latest fill before t holds the reservoir. On a piece (Bounded) most fills are decidedly before
    # or after t: the split is only over those that are not, from the latest fill decidedly before it.
    result: Any = empty
    open_fills: list[tuple[Any, Fill]] = []
    for fill in reversed(fills):
        holds = compare("<", fill.at_h, t)
        if holds is False:
            continue
        if holds is True:
            result = sub(fill.volume_ml, drawn_ml(document, fill.at_h, t))
            break
        open_fills.append((holds, fill))
    for holds, fill in reversed(open_fills):
        result = if_then_else(holds, sub(fill.volume_ml, drawn_ml(document, fill.at_h, t)), result)
    return result


# The document's events where the table's primitives jump (language/primitives.py, Primitive.jumps_at): each
# name to the times of those events.
EVENTS: dict[str, Callable[[Document], list[Any]]] = {
    "boluses": lambda document: [b.at_h for b in document.boluses],
    "pump boluses": lambda document: [b.at_h for b in document.boluses if b.via == "pump"],
    "fills": lambda document: [f.at_h for f in document.fills],
    "steps": lambda document: [x.at_h for x in document.steps],
    "start": lambda document: [document.segments[0].start if document.segments else Fraction(0)],
}


def jump_times(document: Document, name: str) -> list[Any]:
    """Where the timeline primitive NAME jumps in a document: the times of the events of its row."""
    return [t for event in TIMELINE[name].jumps_at for t in EVENTS[event](document)]


def event_times(document: Document) -> list[Any]:
    """Every time where a timeline primitive may bend or jump, with repeats: the start and end of every
    segment (where the rate changes), every bolus, fill and step (where the primitives jump: EVENTS holds
    no other time), hour 0 and the document's end, in that order.

    Between two consecutive event times every primitive read at a time t is affine in t: the search of
    a `for every` (semantics/search.py) cuts its domain here, shifted by the offsets it reads at. The
    concrete engine keys its timeline by this list, in this order (engines/concrete.py, _timeline).
    """
    times = [t for segment in document.segments for t in (segment.start, segment.end)]
    times += [b.at_h for b in document.boluses]
    times += [f.at_h for f in document.fills]
    times += [x.at_h for x in document.steps]
    times += (Fraction(0), document.end_h)
    return times


def global_value(document: Document, name: str) -> Any:
    """The value of a global name of the rule language (model.GLOBALS) in a document."""
    if name == "delivery_factor":
        return scale(document, Fraction(1))
    if name == "refills":
        return tuple(f for f in document.fills if not f.from_history)
    if name == "has_history":
        return document.has_history
    return getattr(document, name)
