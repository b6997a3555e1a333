"""The language's timeline primitives: what is delivered, what is in force, what the reservoir holds.

Each takes times that are exact numbers or solver terms, through the same
operations (values.py), so one definition serves the prover and the replay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from itbverify.base.exact import Fraction
from itbverify.base.numbers import is_number
from itbverify.documents.model import Document, Fill, Step
from itbverify.language.primitives import TIMELINE
from itbverify.semantics.affine import Affine
from itbverify.semantics.values import (
    Choice,
    Factor,
    Scaled,
    add,
    compare,
    conjunction,
    if_then_else,
    maximum,
    minimum,
    mul,
    sub,
    to_bool,
)


def _overlap(start: Fraction, end: Fraction, a: Any, b: Any) -> Any:
    """Length of [start, end) inside [a, b)."""
    if is_number(a) and is_number(b):
        return max(Fraction(0), min(end, Fraction(b)) - max(start, Fraction(a)))
    return maximum(Fraction(0), sub(minimum(end, b), maximum(start, a)))


def _events_in(document: Document, a: Any, b: Any, amount: str) -> Any:
    total: Any = Fraction(0)
    for bolus in document.boluses:
        value = getattr(bolus, amount)
        if amount == "draws_ml" and bolus.via != "pump":
            continue
        inside = conjunction([compare("<=", a, bolus.at_h), compare("<", bolus.at_h, b), bolus.active])
        if inside is False:
            continue
        total = add(total, value if inside is True else if_then_else(to_bool(inside), value, Fraction(0)))
    return total


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
    result: Any = totals[-1]
    for i in range(len(segments) - 1, -1, -1):
        segment = segments[i]
        piece = add(totals[i], _piece(segment, x, rate))
        result = if_then_else(compare("<=", x, segment.end), piece, result)
    return if_then_else(compare("<=", x, segments[0].start), Fraction(0), result)


def _infused(document: Document, a: Any, b: Any, rate: str) -> Any:
    """Infused in [a, b) = C(b) - C(a), C the cumulative infusion."""
    return sub(_cumulative(document, b, rate), _cumulative(document, a, rate))


def delivered(document: Document, a: Any, b: Any) -> Any:
    """Micrograms delivered in [a, b): infusion plus every bolus, times the delivery factor."""
    total = add(_infused(document, a, b, "rate_ug_h"), _events_in(document, a, b, "dose_ug"))
    return scale(document, total)


def drawn_ml(document: Document, a: Any, b: Any) -> Any:
    """Millilitres the pump draws from the reservoir in [a, b): infusion and pump boluses."""
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
        branches.append((to_bool(compare("<" if strict else "<=", item.at_h, t)), item))
    branches.append((True, items[0]))
    return Choice(tuple(branches)) if len(branches) > 1 else items[0]


def step_at(document: Document, t: Any) -> Step | Choice | None:
    """The step in force at t (the latest step at or before t)."""
    found: Step | Choice | None = _latest(list(document.steps), t, strict=False)
    return found


def step_before(document: Document, t: Any) -> Step | Choice | None:
    """The step in force just before t (the latest step strictly before t)."""
    found: Step | Choice | None = _latest(list(document.steps), t, strict=True)
    return found


def reservoir_ml(document: Document, t: Any) -> Any:
    """The volume in the reservoir at t, just before any refill at t."""
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
    result: Any = empty
    for fill in fills:
        after = sub(fill.volume_ml, drawn_ml(document, fill.at_h, t))
        result = if_then_else(compare("<", fill.at_h, t), after, result)
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
