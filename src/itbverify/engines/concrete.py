"""The concrete engine: the lowered rules (lower.py) run on a fully concrete document.

A document with no solver variables is decided here without the solver. The
lowered checks read the document model itself (its numbers are exact
Fractions, exact.py); the timeline is prepared once per document as sorted
arrays, so every primitive is a binary search and a few exact operations.
The lowered check returns the scope of every instance that breaks it, and the
lowered message and location render it. A check the lowering refuses, and
any rule whose lowered form fails on a document, is decided by the evaluator
instead: the same answer, the slow way, never a silent pass. The differential
tests (tests/test_lowered.py) hold the two to the same findings.
"""

from __future__ import annotations

import marshal
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from math import lcm
from typing import TYPE_CHECKING, Any

from itbverify.base.exact import RATIONAL, Fraction
from itbverify.documents.model import Document, Run, Segment
from itbverify.language import syntax as s
from itbverify.language.primitives import AFTER, BEFORE, TIMELINE
from itbverify.language.rulecache import cached
from itbverify.semantics.evaluate import Moment, Percent, Window
from itbverify.semantics.search import Probe, cuts, earliest
from itbverify.semantics.timeline import event_times, jump_times

if TYPE_CHECKING:
    from itbverify.semantics.lower import Lowered

_ZERO = Fraction(0)
_outcome = _ZERO.__le__  # a traced comparison's outcome from its margin (lower._traced): m >= 0, without a Python frame per margin


@dataclass
class Timeline:
    """The document's timeline, prepared once for the primitives, in whole numbers.

    Every time t is kept as the key t * per_hour, per_hour being the least
    common multiple of the event times' denominators, so every event's key is
    an integer (60 when all are whole minutes). An amount is kept as its
    numerator over the amount's own common denominator, so the cumulative
    amount at a key X in segment i is (intercept[i] + slope[i] * X) / denominator,
    integer arithmetic and one exact division. A time between events (a probe
    inside an interval) has a fractional key and takes the same formula
    exactly. The values are those of timeline.py, to the last digit.
    """

    per_hour: int
    key: Callable[[Any], Any]  # a time in hours to its key (_keyer)
    ug: Amounts
    ml: Amounts
    bolus_keys: list[Any]
    bolus_ug: list[int]  # prefix sums, over ug.denominator
    pump_keys: list[Any]
    pump_ml: list[int]  # prefix sums, over ml.denominator
    fill_keys: list[Any]
    fill_volume: list[int]  # over ml.denominator
    step_keys: list[Any]
    steps: tuple[Any, ...]
    steps_sorted: bool
    factor: Any
    event_keys: list[Any]  # sorted, without repeats
    increasing: bool  # the amounts infused never fall: no rate is negative and the delivery factor is positive


@dataclass
class Amounts:
    """A cumulative amount (ug or mL) over the segments, as numerators over one denominator."""

    denominator: int
    ends: list[Any]  # the segments' end keys
    first: Any  # the first segment's start key
    intercepts: list[int]
    slopes: list[int]
    whole: int  # after the last segment


def _keyer(per_hour: int) -> Callable[[Any], Any]:
    """A time's key: an integer when it is a whole number of ticks, else an exact fraction."""

    def key(t: Any) -> Any:
        denominator = t.denominator
        if per_hour % denominator == 0:
            return t.numerator * (per_hour // denominator)
        return t * per_hour

    return key


def _reader(amounts: Amounts) -> Callable[[Any], Any]:
    """The numerator of the amount infused from the first segment's start up to a key."""
    ends, first, intercepts, slopes, whole = amounts.ends, amounts.first, amounts.intercepts, amounts.slopes, amounts.whole
    last = len(ends)

    def at(x: Any) -> Any:
        if not last or x <= first:
            return 0
        i = bisect_left(ends, x)  # the first segment with x <= its end
        return whole if i == last else intercepts[i] + slopes[i] * x

    return at


def _over(numerator: Any, denominator: int) -> Any:
    """NUMERATOR / DENOMINATOR, exactly."""
    return Fraction(numerator, denominator) if type(numerator) is int else numerator / denominator


# The globals (model.GLOBALS) a concrete document holds as they are; `refills` is worked out below.
_AS_IS = ("route", "kind", "patient", "pump", "history", "has_history", "resuscitation_ready", "screenings", "steps",
          "runs", "boluses", "fills", "co_administered_intrathecal", "end_h", "delivery_factor")


class DocumentView:
    """The globals of a document (model.GLOBALS) for the lowered rules, and its prepared timeline."""

    def __init__(self, document: Document) -> None:
        self._o = document
        for name in _AS_IS:
            setattr(self, name, getattr(document, name))
        self.refills = tuple(f for f in document.fills if not f.from_history)
        self.timeline = _timeline(document)
        self.jump_keys: dict[str, list[Any]] = {}  # where each timeline primitive jumps, in keys (_jumps)
        self.jumped = [False, False]  # set by a primitive read where it jumps: [after the time, before it] (_primitives)
        self.ticks = self.timeline.key
        per_hour = self.timeline.per_hour
        self.hours = lambda x: _over(x, per_hour)  # a key back in hours
        # Each primitive by key (a `for every` body reads at keys) and by hour (elsewhere): D.delivered_k, D.delivered.
        keyed = _primitives(self.timeline, self.jumped)
        for name, read in keyed.items():
            setattr(self, f"{name}_k", read)
            setattr(self, name, _by_hour(read, TIMELINE[name].arity, self.ticks))
        self._flex_spans: list[tuple[Any, Any]] | None = None

    def flex_spans(self) -> list[tuple[Any, Any]]:
        """(start, end) in keys of each flex step with no bolus or fill strictly inside: where the rate
        repeats every 24 hours (model.build_segments cuts a flex step at its clock boundaries, every day)."""
        if self._flex_spans is None:
            T = self.timeline
            spans = []
            if T.steps_sorted:
                ends = [*T.step_keys[1:], T.key(self._o.end_h)]
                for step, start, end in zip(T.steps, T.step_keys, ends):
                    if step.mode == "flex" and not step.stops and step.schedule and start < end and not any(
                            start < x < end for x in (*T.bolus_keys, *T.fill_keys)):
                        spans.append((start, end))
            self._flex_spans = spans
        return self._flex_spans


def _common(values: Iterator[Any]) -> int:
    """The least common multiple of the exact numbers' denominators."""
    return lcm(*{v.denominator for v in values})


def _scaled(value: Any, denominator: int) -> int:
    """The numerator of VALUE over DENOMINATOR, a multiple of its own denominator."""
    return value.numerator * (denominator // value.denominator)  # type: ignore[no-any-return]


def _prefix(values: list[int]) -> list[int]:
    return [0, *accumulate(values)]


def _amounts(starts: list[Any], ends: list[Any], rates: list[Any], per_hour: int, more: list[Any]) -> Amounts:
    """The cumulative amount at RATES (per hour) over segments [starts, ends) (keys), over a denominator
    that also holds the amounts MORE exactly."""
    # A rate per hour r is r / per_hour per tick: the denominator holds every rate per tick and every amount.
    denominator = lcm(_common(iter(more)), *{r.denominator * per_hour for r in rates})
    slopes = [r.numerator * (denominator // (r.denominator * per_hour)) for r in rates]  # r * denominator / per_hour
    intercepts = []
    whole = 0
    for a, b, slope in zip(starts, ends, slopes):
        # The cumulative at x in [a, b] is whole + slope * (x - a), i.e. (whole - slope * a) + slope * x.
        if slope:
            whole -= slope * a
            intercepts.append(whole)
            whole += slope * b
        else:
            intercepts.append(whole)
    return Amounts(denominator, ends, starts[0] if starts else 0, intercepts, slopes, whole)


def _timeline(document: Document) -> Timeline:
    segments = document.segments
    fills = document.fills
    steps = document.steps
    # The timeline's event times (timeline.event_times) fix the unit of the keys and the cuts; their keys, in
    # the list's order, are the segments' bounds, the boluses', the fills' and the steps'.
    times = event_times(document)
    per_hour = _common(iter(times))
    keys = [t.numerator * (per_hour // t.denominator) for t in times]
    edges, bolused = 2 * len(segments), 2 * len(segments) + len(document.boluses)
    starts, ends = keys[0:edges:2], keys[1:edges:2]
    bolus_keys = keys[edges:bolused]
    boluses = list(document.boluses)
    if bolus_keys != sorted(bolus_keys):
        order = sorted(range(len(boluses)), key=bolus_keys.__getitem__)
        boluses, bolus_keys = [boluses[i] for i in order], [bolus_keys[i] for i in order]
    pump = [b for b in boluses if b.via == "pump"]
    step_keys = keys[bolused + len(fills):bolused + len(fills) + len(steps)]
    ug = _amounts(starts, ends, [x.rate_ug_h for x in segments], per_hour, [b.dose_ug for b in boluses])
    ml = _amounts(starts, ends, [x.rate_ml_h for x in segments], per_hour, [*(b.draws_ml for b in pump), *(f.volume_ml for f in fills)])
    return Timeline(
        per_hour, _keyer(per_hour), ug, ml,
        bolus_keys, _prefix([_scaled(b.dose_ug, ug.denominator) for b in boluses]),
        [k for k, b in zip(bolus_keys, boluses) if b.via == "pump"], _prefix([_scaled(b.draws_ml, ml.denominator) for b in pump]),
        keys[bolused:bolused + len(fills)], [_scaled(f.volume_ml, ml.denominator) for f in fills],
        step_keys, steps, step_keys == sorted(step_keys), document.delivery_factor,
        sorted(set(keys)), min(ug.slopes, default=0) >= 0 and min(ml.slopes, default=0) >= 0 and document.delivery_factor > 0,
    )


# ---- the timeline primitives, as timeline.py defines them, on exact numbers

# The flag a primitive read where it jumps sets (_primitives): 0 when it holds its limit from the left and
# jumps just after, 1 when it holds its limit from the right and jumps just before (the table's `holds`).
_JUMP_FLAG = {name: {AFTER: 0, BEFORE: 1}[primitive.holds or AFTER] for name, primitive in TIMELINE.items()}


def _primitives(T: Timeline, jumped: list[bool]) -> dict[str, Callable[..., Any]]:
    """The timeline primitives of the table (language/primitives.py) on this timeline, as timeline.py
    defines them, each read at keys (Timeline).

    Each says when it is read at a time where it jumps (a bolus, a step, a
    fill; the table's jumps_at): jumped[0] when its value there may differ
    from its limit from the right (it jumps just after: the table's AFTER,
    delivered, reservoir_ml and step_before hold their left limit), jumped[1]
    when from the left (BEFORE: step_at holds its right limit). Elsewhere it
    is continuous in its time. Every time read is t plus a constant, so it
    moves with t.
    """
    delivered_side, reservoir_side = _JUMP_FLAG["delivered"], _JUMP_FLAG["reservoir_ml"]
    at_side, before_side = _JUMP_FLAG["step_at"], _JUMP_FLAG["step_before"]
    ug, ml = T.ug, T.ml
    cum_ml = _reader(ml)
    ug_denominator, ml_denominator = ug.denominator, ml.denominator
    origin = ug.first
    bolus_keys, bolus_ug, pump_keys, pump_ml = T.bolus_keys, T.bolus_ug, T.pump_keys, T.pump_ml
    boluses, pumped_count = len(bolus_keys), len(pump_keys)
    fill_keys, fill_volume = T.fill_keys, T.fill_volume
    fills = len(fill_keys)
    step_keys, steps, factor = T.step_keys, T.steps, T.factor
    scaled = factor != 1
    # What was drawn up to each fill, so the reservoir needs one cumulative read, not two.
    fill_drawn = [cum_ml(x) for x in fill_keys]
    fill_pumped = [pump_ml[bisect_left(pump_keys, x)] for x in fill_keys]

    # The cumulative amount (_reader) written out: the bodies of `for every` read delivered most, and a call costs more than the sums.
    ends, first, intercepts, slopes, whole = ug.ends, ug.first, ug.intercepts, ug.slopes, ug.whole
    last = len(ends)

    def delivered(x: Any, y: Any) -> Any:
        if not last:
            amount = 0
        else:
            if y <= first:
                amount = 0
            else:
                i = bisect_left(ends, y)
                amount = whole if i == last else intercepts[i] + slopes[i] * y
            if x > first:
                i = bisect_left(ends, x)
                amount -= whole if i == last else intercepts[i] + slopes[i] * x
        if bolus_keys and x < y:  # the boluses with x <= time < y
            i, j = bisect_left(bolus_keys, x), bisect_left(bolus_keys, y)
            amount += bolus_ug[j] - bolus_ug[i]
            if (i < boluses and bolus_keys[i] == x) or (j < boluses and bolus_keys[j] == y):
                jumped[delivered_side] = True
        value = Fraction(amount, ug_denominator) if type(amount) is int else amount / ug_denominator  # _over, written out
        return factor * value if scaled else value

    origin_pumped = pump_ml[bisect_left(pump_keys, origin)]

    def reservoir_ml(x: Any) -> Any:
        i = bisect_left(fill_keys, x) - 1  # the last fill strictly before x
        if i + 1 < fills and fill_keys[i + 1] == x:
            jumped[reservoir_side] = True
        # Before the first fill the reservoir holds nothing from the timeline's start, where nothing is drawn yet.
        since, volume, drawn, pumped = (origin, 0, 0, origin_pumped) if i < 0 else (fill_keys[i], fill_volume[i], fill_drawn[i], fill_pumped[i])
        amount = cum_ml(x) - drawn
        if pump_keys:
            j = bisect_left(pump_keys, x)
            if x == since or (j < pumped_count and pump_keys[j] == x):
                jumped[reservoir_side] = True
            if since < x:  # the pump boluses with since <= time < x
                amount += pump_ml[j] - pumped
        if scaled:
            return Fraction(volume, ml_denominator) - factor * _over(amount, ml_denominator)
        return _over(volume - amount, ml_denominator)

    if T.steps_sorted:
        count = len(step_keys)

        def step_at(x: Any) -> Any:
            i = bisect_right(step_keys, x) - 1
            if i >= 0 and step_keys[i] == x:
                jumped[at_side] = True
            return steps[i] if i >= 0 else None

        def step_before(x: Any) -> Any:
            i = bisect_left(step_keys, x) - 1
            if i + 1 < count and step_keys[i + 1] == x:
                jumped[before_side] = True
            return steps[i] if i >= 0 else None
    else:
        def step_at(x: Any) -> Any:
            found = None
            for at, step in zip(step_keys, steps):
                if at <= x:
                    found = step
                if at == x:
                    jumped[at_side] = True
            return found

        def step_before(x: Any) -> Any:
            found = None
            for at, step in zip(step_keys, steps):
                if at < x:
                    found = step
                if at == x:
                    jumped[before_side] = True
            return found

    return {"delivered": delivered, "step_at": step_at, "step_before": step_before, "reservoir_ml": reservoir_ml}


def _by_hour(read: Callable[..., Any], arity: int, key: Callable[[Any], Any]) -> Callable[..., Any]:
    """A primitive of ARITY times read at hours, for the lowered code outside a `for every` body."""
    if arity == 1:
        return lambda t: read(key(t))
    if arity == 2:
        return lambda a, b: read(key(a), key(b))
    return lambda *times: read(*map(key, times))


def _as_run(value: Any) -> Any:
    if not isinstance(value, Run):
        raise TypeError("a window lies within a run")
    return value


def _sum(values: Iterator[Any]) -> Any:
    total = _ZERO
    for v in values:
        total = total + v
    return total


# ---- min, max and abs inside a `for every` body record their comparison's margin, as a traced comparison does
# (the lowering writes those out), so the search can find where they change


def _le(tr: list[Any] | None, a: Any, b: Any) -> bool:
    if tr is not None:
        tr.append(b - a)  # oriented as a traced comparison's margin: a <= b when it is >= 0
    return bool(a <= b)


def _ge(tr: list[Any] | None, a: Any, b: Any) -> bool:
    if tr is not None:
        tr.append(a - b)
    return bool(a >= b)


def _tmin(tr: list[Any] | None, a: Any, b: Any) -> Any:
    return a if _le(tr, a, b) else b


def _tmax(tr: list[Any] | None, a: Any, b: Any) -> Any:
    return a if _ge(tr, a, b) else b


def _tabs(tr: list[Any] | None, a: Any) -> Any:
    return a if _ge(tr, a, _ZERO) else -a


Body = Callable[[Any, "list[Any] | None"], Any]  # (t's key, trace) to the hits at t


def _search(D: DocumentView, body: Body, lo: Any, hi: Any, lo_open: bool, offsets: tuple[Any, ...],
            jumps: tuple[tuple[str, Any], ...] | None = None, periodic: tuple[Any, ...] | None = None) -> Any:
    """A t in [lo, hi] ((lo, hi] when lo_open) where the body breaks, or None. Exact.

    The earliest cut that breaks it; when none does, the earliest interval that does.

    Between consecutive cuts (event times shifted by every offset at which the
    body reads the timeline) every primitive is affine in t, and so is every
    traced comparison's margin. Two probes of an interval give each margin
    exactly; a margin that changes sign inside cuts the interval at its root.
    An interval no margin changes sign in has one truth value throughout.
    A margin is oriented so that its comparison holds or fails as it is >= 0
    or not (lower._traced): its outcome. An interval (a, b) needs no probe
    when the comparisons have the same outcomes, in the same order, at a and
    at b, no primitive read at a jumps just after it, and none read at b
    jumps just before it. The body's values at a and at b are then its limits
    from inside, and by induction over the comparisons in the order the body
    makes them it makes the same ones inside: the first is the same, and its
    margin, affine between two values on the same side of 0 (0 counting with
    the positives), is on that side throughout, so its outcome is the same,
    and so is the branch the body takes next (a branch changes only where an
    outcome or a jumping primitive does). So nothing changes inside, and its
    ends do not break the check. A margin that is 0 at one end only, where a
    value reaches a limit it may reach, needs no probe this way.

    JUMPS, from the lowering, lists the body's primitive reads (name and
    offset) when every margin it traces has a known direction between the
    times those primitives jump (lower.py): never falling, never rising or
    constant as t grows. Then the cuts at those times (and lo and hi) are
    evaluated first, and a stretch between two of them is passed over, its
    cuts and intervals with it, when it needs no probe by the rule above:
    inside it no primitive jumps and every margin moves one way, so a margin
    on the same side of 0 at both ends stays there, and nothing changes
    inside. What is passed over holds no breaking time, so the search reports
    the very time it would report without passing over anything.

    PERIODIC, from the lowering, says the body moves with t only through
    the timeline read at t plus constants (delivered with both times moving,
    step_at, step_before) and through comparisons of t with constant times,
    whose outcomes change only at the keys it lists. Where the timeline
    repeats every 24 hours (a flex step with no bolus or fill inside), the
    body then breaks at t exactly where it breaks at t - 24 h, and its cuts
    repeat too: past its first day, such a stretch is passed over
    (_periodic). Its cuts and intervals mirror ones a day earlier, which come
    first, so the search reports the very time it would report without.

    The search runs on keys (Timeline): the body gets each t as its key.
    """
    if lo is None or hi is None or isinstance(lo, (str, bool)) or lo > hi or (lo_open and lo == hi):
        return None
    T = D.timeline
    per_hour = T.per_hour
    key = T.key
    keys = cuts(T.event_keys, key(lo), key(hi), [key(offset) for offset in offsets])
    jumped = D.jumped

    def evaluate(x: Any) -> tuple[bool, list[bool], bool, bool]:
        """At key x: the body breaks there, its comparisons' outcomes (each margin >= 0 or not), and a
        primitive it read jumps just after x, just before x."""
        trace: list[Any] = []
        jumped[0] = jumped[1] = False
        broken = bool(body(x, trace))
        if broken and lo_open and x == keys[0]:
            broken, jumped[0] = False, True  # the open end of (lo, hi] breaks the check: its neighbour is probed
        return broken, list(map(_outcome, trace)), jumped[0], jumped[1]

    known: dict[Any, Probe] = {}
    covered: set[Any] = set()  # the cuts after which the interval to the next one mirrors earlier ones
    if jumps is not None and T.increasing and len(keys) > 2:
        keys, known = _passed_over(D, keys, jumps, evaluate)
    elif periodic is not None and len(keys) > 2:
        keys, covered = _periodic(D, keys, offsets, periodic)
    found = earliest(keys, evaluate, lambda a, b: _interval(body, a, b), known, covered)
    return None if found is None else _over(found, per_hour)


def _jumps(D: DocumentView, name: str) -> list[Any]:
    """Where a timeline primitive jumps (timeline.jump_times), in keys."""
    found = D.jump_keys.get(name)
    if found is None:
        found = D.jump_keys[name] = list(map(D.timeline.key, jump_times(D._o, name)))
    return found


def _passed_over(D: DocumentView, keys: list[Any], jumps: tuple[tuple[str, Any], ...],
                 evaluate: Callable[[Any], Probe]) -> tuple[list[Any], dict[Any, Any]]:
    """The cuts left once the stretches between jumps that need no probe are passed over (_search),
    and what the cuts at the jumps gave, evaluated first."""
    key, start, end = D.timeline.key, keys[0], keys[-1]
    marks = {*keys[:2], *keys[-2:]}  # lo and hi, and the cuts next to them (as next to a jump, below)
    for name, offset in jumps:
        shift = key(offset)
        for k in _jumps(D, name):
            if start < k - shift < end:
                # The cuts on either side too: the stretch from a jump to the next cut is an interval the search
                # probes; what lies past it may then be passed over.
                i = bisect_left(keys, k - shift)
                marks.update(keys[i - 1:i + 2])
    ordered = sorted(marks)
    known = {x: evaluate(x) for x in ordered}
    passed: set[int] = set()  # the stretches (ordered[j], ordered[j + 1]) passed over, by j
    for j, (a, b) in enumerate(pairwise(ordered)):
        broken_a, outcomes_a, after_a, _ = known[a]
        broken_b, outcomes_b, _, before_b = known[b]
        if not (broken_a or broken_b or after_a or before_b) and outcomes_a == outcomes_b:
            passed.add(j)
    if not passed:
        return keys, known
    # The marks are cuts, the first and the last among them: a stretch passed over keeps only its start.
    kept: list[Any] = []
    for j, (a, b) in enumerate(pairwise(ordered)):
        if j in passed:
            kept.append(a)
        else:
            kept += keys[bisect_left(keys, a):bisect_left(keys, b)]
    kept.append(ordered[-1])
    return kept, known


_DAY = Fraction(24)


def _periodic(D: DocumentView, keys: list[Any], offsets: tuple[Any, ...], roots: tuple[Any, ...]) -> tuple[list[Any], set[Any]]:
    """The cuts left once each stretch where the body repeats every day is cut to its first day (_search),
    and the cuts after which the interval to the next cut is passed over.

    In a flex step from S to E with no bolus or fill inside, the rate repeats
    every 24 hours, so delivered(t + a, t + b), step_at(t + a) and
    step_before(t + a) are the same at t and at t + 24 h while every time
    read lies strictly inside (S, E): for t strictly inside
    Z = (S - lowest offset, E - highest offset), cut at the roots in it. The
    cuts there repeat every day too: they are the step's clock boundaries
    shifted by the offsets. So every t of Z past the first cut c after its
    first day is t - 24 h, also in Z, as far as the body can tell: the cuts
    strictly between c and the end of Z are dropped, and the interval from c
    to the end of Z is not probed.
    """
    T = D.timeline
    spans = D.flex_spans()
    if not spans:
        return keys, set()
    shifts = [T.key(offset) for offset in offsets]
    low, high, day = min(shifts), max(shifts), T.key(_DAY)
    covered: set[Any] = set()
    for start, end in spans:
        z0, z1 = max(start - low, keys[0]), min(end - high, keys[-1])
        for root in roots:
            if z0 < root < z1:
                z0 = root  # the comparison has one outcome on each side of its root: Z is the side after it
        i = bisect_right(keys, z0 + day)  # the first cut past Z's first day
        j = bisect_left(keys, z1)
        if j >= len(keys) or keys[j] != z1 or j <= i + 1:
            continue
        keys = keys[:i + 1] + keys[j:]
        covered.add(keys[i])
    return keys, covered


def _interval(body: Body, a: Any, b: Any) -> Any:
    """The key of the earliest breaking t in the open interval of keys (a, b), or None.

    Any two probes inside give the same margins' lines; whole ticks where the
    interval holds three, as the timeline reads those in whole numbers. Every
    division is exact: keys and margins may be integers.
    """
    pending: list[tuple[Any, Any]] = [(a, b)]  # intervals (a, b), or points (x, None); the next is last
    while pending:
        a, b = pending.pop()
        if b is None:
            if body(a, None):
                return a
            continue
        if type(a) is int and type(b) is int and b - a >= 3:
            step = (b - a) // 3
            p1, p2 = a + step, b - step
        else:
            third = Fraction(b - a) / 3
            p1, p2 = a + third, b - third
        first: list[Any] = []
        second: list[Any] = []
        broken = body(p1, first)
        body(p2, second)
        root = None
        for m1, m2 in zip(first, second):
            if m1 != m2:
                r = p1 - Fraction(m1 * (p2 - p1)) / (m2 - m1)
                if a < r < b:
                    root = r
                    break
        if root is None:
            if broken:
                return Fraction(a + b) / 2
            continue
        pending += [(root, b), (root, None), (a, root)]
    return None


def _window(t: Any, length: Any) -> Window:
    return Window(t, t + length)


def _is_number(value: Any) -> bool:
    return isinstance(value, RATIONAL) and not isinstance(value, bool)


def _pct(D: DocumentView, value: Any) -> Any:
    return Percent(value) if _is_number(value) else value


def _when(D: DocumentView, value: Any) -> Any:
    if _is_number(value):
        moment = Moment(value)
        moment.document = D._o
        return moment
    return value


def _same(value: Any, pinned: Any) -> bool:
    """The evaluator's test for a pinned quantified value: the same element, or an equal word."""
    return value is pinned or (isinstance(value, str) and value == pinned)


# What a lowered function raises where the document lacks what a rule reads (a `none`, say): the evaluator
# decides that rule instead, and reports the same failure as a rule error.
LOWERED_FAILS = (AttributeError, TypeError, ZeroDivisionError, IndexError, ValueError, KeyError)

_RUNTIME: dict[str, Any] = {
    "_FAILS": LOWERED_FAILS,
    "_same": _same,
    "_window": _window,
    "_pct": _pct,
    "_when": _when,
    "_zero": _ZERO,
    "_as_run": _as_run,
    "_sum": _sum,
    "_search": _search,
    "_le": _le,
    "_ge": _ge,
    "_tmin": _tmin,
    "_tmax": _tmax,
    "_tabs": _tabs,
}

Lists = Callable[[Any], list[dict[str, Any]]]
Shows = Callable[[Any, dict[str, Any]], Any]


@dataclass
class LoweredCheck:
    check: s.Check
    broken: Lists  # the scopes of the broken instances
    replay: Callable[[Any, dict[str, Any]], list[dict[str, Any]]]  # the same, for the instances pinned by P
    message: Shows
    locate: Shows | None
    owner: Shows | None
    quantified: tuple[str, ...]
    continuous: tuple[str, str] | None


@dataclass
class CompiledRule:
    rule: s.Rule
    when: Callable[[Any], Any] | None
    checks: list[tuple[s.Check, LoweredCheck | None]]  # None: the lowering refused it (the evaluator decides)
    refused: list[str] = field(default_factory=list)
    plain: tuple[LoweredCheck, ...] | None = field(init=False)  # every check, when there is no `when` and none was refused

    def __post_init__(self) -> None:
        lowered = tuple(c for _, c in self.checks if c is not None)
        self.plain = lowered if self.rule.when is None and len(lowered) == len(self.checks) else None


Runner = Callable[[Any], dict[int, "tuple[list[dict[str, Any]], ...] | None"]]


@dataclass
class Compiled:
    rules: list[CompiledRule]
    source: str
    # By kind of document (applies to): every plain rule's checks (CompiledRule.plain) in one call, giving
    # each rule that is not proved by its index in `rules`: the broken instances of each of its checks, or
    # None when one of them failed. A rule it leaves out is proved.
    runners: dict[str, Runner] = field(default_factory=dict)
    # By kind of document: (index, rule, its id, whether the runner decides it) for every rule, in order.
    rows: dict[str, tuple[tuple[int, CompiledRule, str, bool], ...]] = field(default_factory=dict)


def _runner_source(name: str, decided: list[tuple[int, list[str]]]) -> str:
    """A runner (Compiled.runners): a call to each check of the rules it DECIDES (index, check functions),
    and no loop around them."""
    lines = [f"def {name}(D):", "    broken = {}"]
    for index, names in decided:
        if not names:
            continue  # a rule without checks: proved
        found = [f"o{j}" for j in range(len(names))]
        lines += ["    try:",
                  *[f"        {o} = {name}(D)" for o, name in zip(found, names)],
                  f"        if {' or '.join(found)}:",
                  f"            broken[{index}] = ({', '.join(found)},)",
                  "    except _FAILS:",
                  f"        broken[{index}] = None"]
    lines.append("    return broken")
    return "\n".join(lines)


@dataclass(frozen=True)
class LoweredNames:
    """One lowered check's functions in the module, by name (Lowered, without its check and source)."""

    name: str
    replay: str
    message: str
    locate: str | None
    owner: str | None
    quantified: tuple[str, ...]
    continuous: tuple[str, str] | None


@dataclass(frozen=True)
class LoweredModule:
    """A rule set's lowered checks as data: the generated module, compiled, and what each rule's parts are
    called in it. It holds no function, so it is kept on disk with the rule set (rulecache.py) and a
    process that finds it there neither lowers nor compiles."""

    code: bytes  # the compiled module, marshalled
    source: str
    constants: tuple[Any, ...]
    # By rule, in order: its `when` function, each check's names (None: the lowering refused it), and why refused.
    rules: tuple[tuple[str | None, tuple[LoweredNames | None, ...], tuple[str, ...]], ...]
    # By kind of document: its runner's name, and the rules it decides (Compiled.runners), by index.
    runners: tuple[tuple[str, str, tuple[int, ...]], ...]


def lower_rules(rules: list[s.Rule], definitions: dict[str, s.Definition]) -> LoweredModule:
    """Every rule's checks as Python functions, in one generated module, compiled."""
    # Imported here: a process that finds the lowered module kept on disk never lowers.
    from itbverify.semantics.lower import Lowering, Scope, Unsupported

    lowering = Lowering(definitions)
    pieces: list[str] = []
    plans: list[tuple[s.Rule, str | None, list[Lowered | None], list[str]]] = []
    number = 0
    for rule in rules:
        refused: list[str] = []
        when_name = None
        if rule.when is not None:
            try:
                when_src = lowering.expr(rule.when, Scope()).src
                when_name = f"when_{number}"
                pieces.append(f"def {when_name}(D):\n    return {when_src}")
            except Unsupported as error:
                refused.append(str(error))
        checks: list[Lowered | None] = []
        for check in rule.checks:
            number += 1
            try:
                lowered = lowering.check(check, number)
            except Unsupported as error:
                refused.append(str(error))
                checks.append(None)
                continue
            pieces.append(lowered.source)
            checks.append(lowered)
        plans.append((rule, when_name, checks, refused))
    kinds = sorted({kind for rule in rules for kind in rule.applies_to})
    runners = {kind: f"_run_{i}" for i, kind in enumerate(kinds)}
    # By kind: the plain rules (CompiledRule.plain) that apply to it, which its runner decides, with their checks.
    decided = {kind: [(i, [lowered.name for lowered in checks if lowered is not None])
                      for i, (rule, _, checks, _) in enumerate(plans)
                      if kind in rule.applies_to and rule.when is None and all(c is not None for c in checks)]
               for kind in kinds}
    pieces += [_runner_source(name, decided[kind]) for kind, name in runners.items()]
    source = "\n\n".join(pieces) + "\n"
    code = marshal.dumps(compile(source, "<lowered rules>", "exec"))
    named = tuple(
        (when_name, tuple(None if c is None else LoweredNames(c.name, c.replay, c.message, c.locate, c.owner, c.quantified, c.continuous)
                          for c in checks), tuple(refused))
        for _, when_name, checks, refused in plans
    )
    return LoweredModule(code, source, tuple(lowering.constants), named,
                         tuple((kind, name, tuple(i for i, _ in decided[kind])) for kind, name in runners.items()))


def load_lowered(module: LoweredModule, rules: list[s.Rule]) -> Compiled:
    """The functions of a lowered module, for RULES (the rules it was lowered from, in order)."""
    if len(module.rules) != len(rules) or any(len(names) != len(rule.checks) for (_, names, _), rule in zip(module.rules, rules)):
        raise ValueError("a lowered module is for another rule set")
    namespace: dict[str, Any] = dict(_RUNTIME)
    for i, value in enumerate(module.constants):
        namespace[f"_k{i}"] = value
    exec(marshal.loads(module.code), namespace)  # noqa: S102 - our own generated code
    compiled = []
    for rule, (when_name, names, refused) in zip(rules, module.rules):
        when = namespace[when_name] if when_name is not None else None
        made: list[tuple[s.Check, LoweredCheck | None]] = []
        for check, n in zip(rule.checks, names):
            if n is None:
                made.append((check, None))
                continue
            made.append((check, LoweredCheck(
                check, namespace[n.name], namespace[n.replay], namespace[n.message],
                namespace[n.locate] if n.locate else None, namespace[n.owner] if n.owner else None,
                n.quantified, n.continuous,
            )))
        compiled.append(CompiledRule(rule, when, made, list(refused)))
    rows = {}
    for kind, _, run in module.runners:
        rows[kind] = tuple((i, c, c.rule.id, i in run) for i, c in enumerate(compiled))
    return Compiled(compiled, module.source, {kind: namespace[name] for kind, name, _ in module.runners}, rows)


def compile_rules(rules: list[s.Rule], definitions: dict[str, s.Definition]) -> Compiled:
    """Every rule's checks as Python functions, in one generated module."""
    return load_lowered(lower_rules(rules, definitions), rules)


def is_concrete(document: Document) -> bool:
    """Nothing is left to the pump or the patient, every segment is a plain constant-rate piece and every
    number exact: the lowered rules apply."""
    return not document.leaves_open and all(type(x) is Segment for x in document.segments) and isinstance(document.delivery_factor, Fraction) and all(
        isinstance(b.at_h, Fraction) and b.active is True for b in document.boluses
    )


_COMPILED: dict[int, tuple[Any, Compiled]] = {}


def lowered_rules(ruleset: Any) -> Compiled:
    """A rule set's lowered form, made once per process; for a rule set kept on disk (its `key`), the
    lowered module is kept beside it, so another process only loads it."""
    known = _COMPILED.get(id(ruleset))
    if known is None or known[0] is not ruleset:
        rules = list(ruleset.rules)

        def lower() -> LoweredModule:
            return lower_rules(rules, ruleset.definitions)

        key = getattr(ruleset, "key", None)
        module = cached(f"{key}-lowered", lower, LoweredModule) if key else lower()
        try:
            compiled = load_lowered(module, rules)
        except ValueError:  # a kept module that does not fit (it cannot, under a content key): lower again
            compiled = load_lowered(lower(), rules)
        known = (ruleset, compiled)
        _COMPILED[id(ruleset)] = known
    return known[1]
