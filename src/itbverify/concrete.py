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

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from . import syntax as s
from .evaluate import Moment, Percent, Window
from .exact import RATIONAL, Fraction
from .lower import Lowered, Lowering, Scope, Unsupported
from .model import Document, Run, Segment

_ZERO = Fraction(0)


@dataclass
class Timeline:
    """The document's timeline, prepared once for the primitives."""

    starts: list[Any]
    ends: list[Any]
    rate_ug: list[Any]
    rate_ml: list[Any]
    intercept_ug: list[Any]  # per segment, the cumulative amount at x is intercept + rate * x
    intercept_ml: list[Any]
    whole_ug: Any  # the cumulative amount after the last segment
    whole_ml: Any
    bolus_at: list[Any]
    bolus_ug: list[Any]  # prefix sums
    pump_bolus_at: list[Any]
    pump_bolus_ml: list[Any]  # prefix sums
    fill_at: list[Any]
    fill_volume: list[Any]
    step_times: list[Any]
    steps: tuple[Any, ...]
    steps_sorted: bool
    factor: Any
    events: list[Any]


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
        self.jumped = [False]  # set by a primitive read where it jumps (_primitives)
        self.delivered, self.step_at, self.step_before, self.reservoir_ml = _primitives(self.timeline, self.jumped)


def _prefix(values: list[Any]) -> list[Any]:
    out = [_ZERO]
    for v in values:
        out.append(out[-1] + v)
    return out


def _timeline(document: Document) -> Timeline:
    segments = document.segments
    starts, ends, rate_ug, rate_ml = (list(column) for column in zip(*segments)) if segments else ([], [], [], [])
    intercept_ug, whole_ug = _intercepts(starts, ends, rate_ug)
    intercept_ml, whole_ml = _intercepts(starts, ends, rate_ml)
    boluses = sorted(document.boluses, key=lambda b: b.at_h)
    pump = [b for b in boluses if b.via == "pump"]
    steps = document.steps
    step_times = [x.at_h for x in steps]
    bolus_at = [b.at_h for b in boluses]
    fill_at = [f.at_h for f in document.fills]
    events = _sorted_unique([*starts, *ends, *bolus_at, *fill_at, *step_times, _ZERO, document.end_h])
    return Timeline(
        starts, ends, rate_ug, rate_ml, intercept_ug, intercept_ml, whole_ug, whole_ml,
        bolus_at, _prefix([b.dose_ug for b in boluses]),
        [b.at_h for b in pump], _prefix([b.draws_ml for b in pump]),
        fill_at, [f.volume_ml for f in document.fills],
        step_times, steps, step_times == sorted(step_times), document.delivery_factor, events,
    )


def _intercepts(starts: list[Any], ends: list[Any], rates: list[Any]) -> tuple[list[Any], Any]:
    """Per segment, the intercept of the cumulative amount (intercept + rate * x on it); and the whole amount."""
    intercepts = []
    whole = _ZERO
    for a, b, rate in zip(starts, ends, rates):
        # Cumulative at x in [a, b] is whole + rate * (x - a), i.e. (whole - rate * a) + rate * x.
        if rate:
            whole -= rate * a
            intercepts.append(whole)
            whole += rate * b
        else:
            intercepts.append(whole)
    return intercepts, whole


def _sorted_unique(values: list[Any]) -> list[Any]:
    """Sorted, without repeats; by comparison, as hashing a new Fraction costs more than sorting it."""
    values.sort()
    out = values[:1]
    for v in values:
        if v != out[-1]:
            out.append(v)
    return out


# ---- the timeline primitives, as timeline.py defines them, on exact numbers


def _primitives(T: Timeline, jumped: list[bool]) -> tuple[Callable[..., Any], ...]:
    """delivered, step_at, step_before and reservoir_ml on this timeline, as timeline.py defines them.

    Each sets jumped[0] when it is read at a time where it jumps (a bolus,
    a step, a fill): there its value may differ from its limits on either
    side. Elsewhere it is continuous in its time.
    """
    starts, ends = T.starts, T.ends
    origin = starts[0] if starts else _ZERO
    bolus_at, bolus_ug, pump_at, pump_ml = T.bolus_at, T.bolus_ug, T.pump_bolus_at, T.pump_bolus_ml
    boluses, pumped_count = len(bolus_at), len(pump_at)
    fill_at, fill_volume = T.fill_at, T.fill_volume
    fills = len(fill_at)
    step_times, steps, factor = T.step_times, T.steps, T.factor
    scaled = factor != 1
    cum_ug = _cumulative(starts, ends, T.rate_ug, T.intercept_ug, T.whole_ug, remember=True)
    cum_ml = _cumulative(starts, ends, T.rate_ml, T.intercept_ml, T.whole_ml)
    # What was drawn up to each fill, so the reservoir needs one cumulative read, not two.
    fill_drawn = [cum_ml(a) for a in fill_at]
    fill_pumped = [pump_ml[bisect_left(pump_at, a)] for a in fill_at]

    def delivered(a: Any, b: Any) -> Any:
        amount = cum_ug(b) - cum_ug(a)
        if bolus_at and a < b:  # the boluses with a <= time < b
            i, j = bisect_left(bolus_at, a), bisect_left(bolus_at, b)
            amount += bolus_ug[j] - bolus_ug[i]
            if (i < boluses and bolus_at[i] == a) or (j < boluses and bolus_at[j] == b):
                jumped[0] = True
        return factor * amount if scaled else amount

    origin_pumped = pump_ml[bisect_left(pump_at, origin)]

    def reservoir_ml(t: Any) -> Any:
        i = bisect_left(fill_at, t) - 1  # the last fill strictly before t
        if i + 1 < fills and fill_at[i + 1] == t:
            jumped[0] = True
        # Before the first fill the reservoir holds nothing from the timeline's start, where nothing is drawn yet.
        since, volume, drawn, pumped = (origin, _ZERO, _ZERO, origin_pumped) if i < 0 else (fill_at[i], fill_volume[i], fill_drawn[i], fill_pumped[i])
        amount = cum_ml(t) - drawn
        if pump_at:
            j = bisect_left(pump_at, t)
            if t == since or (j < pumped_count and pump_at[j] == t):
                jumped[0] = True
            if since < t:  # the pump boluses with since <= time < t
                amount += pump_ml[j] - pumped
        return volume - (factor * amount if scaled else amount)

    if T.steps_sorted:
        count = len(step_times)

        def step_at(t: Any) -> Any:
            i = bisect_right(step_times, t) - 1
            if i >= 0 and step_times[i] == t:
                jumped[0] = True
            return steps[i] if i >= 0 else None

        def step_before(t: Any) -> Any:
            i = bisect_left(step_times, t) - 1
            if i + 1 < count and step_times[i + 1] == t:
                jumped[0] = True
            return steps[i] if i >= 0 else None
    else:
        def step_at(t: Any) -> Any:
            found = None
            for at, step in zip(step_times, steps):
                if at <= t:
                    found = step
                if at == t:
                    jumped[0] = True
            return found

        def step_before(t: Any) -> Any:
            found = None
            for at, step in zip(step_times, steps):
                if at < t:
                    found = step
                if at == t:
                    jumped[0] = True
            return found

    return delivered, step_at, step_before, reservoir_ml


def _cumulative(starts: list[Any], ends: list[Any], rates: list[Any], intercepts: list[Any], whole: Any,
                remember: bool = False) -> Callable[[Any], Any]:
    """The amount infused from the first segment's start up to x, as one bisection and two exact operations.

    REMEMBER keeps every amount worked out, by time: a window search reads the
    same times again and again (t + 24 h is the next cut's t).
    """
    if not starts:
        return lambda x: _ZERO
    first, last = starts[0], len(ends)

    def cumulative(x: Any) -> Any:
        if x <= first:
            return _ZERO
        i = bisect_left(ends, x)  # the first segment with x <= its end
        if i == last:
            return whole
        return intercepts[i] + rates[i] * x

    if not remember:
        return cumulative
    known: dict[tuple[int, int], Any] = {}

    def remembered(x: Any) -> Any:
        key = (x.numerator, x.denominator)
        amount = known.get(key)
        if amount is None:
            amount = known[key] = cumulative(x)
        return amount

    return remembered


def _as_run(value: Any) -> Any:
    if not isinstance(value, Run):
        raise TypeError("a window lies within a run")
    return value


def _sum(values: Iterator[Any]) -> Any:
    total = _ZERO
    for v in values:
        total = total + v
    return total


# ---- comparisons inside a `for every` body record their margin, so the search can find where they change


def _lt(tr: list[Any] | None, a: Any, b: Any) -> bool:
    if tr is not None:
        tr.append(a - b)
    return bool(a < b)


def _le(tr: list[Any] | None, a: Any, b: Any) -> bool:
    if tr is not None:
        tr.append(a - b)
    return bool(a <= b)


def _gt(tr: list[Any] | None, a: Any, b: Any) -> bool:
    if tr is not None:
        tr.append(a - b)
    return bool(a > b)


def _ge(tr: list[Any] | None, a: Any, b: Any) -> bool:
    if tr is not None:
        tr.append(a - b)
    return bool(a >= b)


def _teq(tr: list[Any] | None, a: Any, b: Any) -> bool:
    if tr is not None:
        tr.append(a - b)
    return bool(a == b)


def _tne(tr: list[Any] | None, a: Any, b: Any) -> bool:
    if tr is not None:
        tr.append(a - b)
    return bool(a != b)


def _tmin(tr: list[Any] | None, a: Any, b: Any) -> Any:
    return a if _le(tr, a, b) else b


def _tmax(tr: list[Any] | None, a: Any, b: Any) -> Any:
    return a if _ge(tr, a, b) else b


def _tabs(tr: list[Any] | None, a: Any) -> Any:
    return a if _ge(tr, a, _ZERO) else -a


Body = Callable[[Any, "list[Any] | None"], bool]


def _search(D: DocumentView, body: Body, lo: Any, hi: Any, lo_open: bool, offsets: tuple[Any, ...]) -> Any:
    """A t in [lo, hi] ((lo, hi] when lo_open) where the body breaks, or None. Exact.

    The earliest cut that breaks it; when none does, the earliest interval that does.

    Between consecutive cuts (event times shifted by every offset at which the
    body reads the timeline) every primitive is affine in t, and so is every
    traced comparison's margin. Two probes of an interval give each margin
    exactly; a margin that changes sign inside cuts the interval at its root.
    An interval no margin changes sign in has one truth value throughout.
    An interval needs no probe when, at both its ends, no primitive the body
    read jumps there and every margin has the same strict sign: the body
    reads the same primitives, all continuous, on either side of each end
    (a branch changes only where a margin or a jumping primitive does), so
    nothing changes inside, and its ends do not break the check.
    """
    if lo is None or hi is None or isinstance(lo, (str, bool)) or lo > hi or (lo_open and lo == hi):
        return None
    points = _sorted_unique([lo, hi, *(x for offset in offsets for x in _shifted(D.timeline.events, offset, lo, hi))])
    jumped = D.jumped
    # The cuts first, in time order: a window that starts at an event is the one a reader recognises.
    signs: list[list[bool] | None] = []  # per cut, its margins' strict signs; None where one is 0 or a primitive jumps
    outside = False  # the open end of (lo, hi] breaks the check: its neighbour must be probed
    for a in points:
        trace: list[Any] = []
        jumped[0] = False
        if body(a, trace):
            if not (lo_open and a == lo):
                return a
            outside = True
        signs.append(None if jumped[0] or not all(trace) else [m > 0 for m in trace])
    for i, (a, b) in enumerate(pairwise(points)):
        if signs[i] is not None and signs[i] == signs[i + 1] and not (i == 0 and outside):
            continue
        found = _interval(body, a, b)
        if found is not None:
            return found
    return None


def _shifted(times: list[Any], offset: Any, lo: Any, hi: Any) -> list[Any]:
    """The times e - offset strictly between lo and hi (times sorted)."""
    if not offset:
        return times[bisect_right(times, lo):bisect_left(times, hi)]
    return [e - offset for e in times[bisect_right(times, lo + offset):bisect_left(times, hi + offset)]]


def _interval(body: Body, a: Any, b: Any) -> Any:
    """The earliest breaking t in the open interval (a, b), or None."""
    pending: list[tuple[Any, Any]] = [(a, b)]  # intervals (a, b), or points (x, None); the next is last
    while pending:
        a, b = pending.pop()
        if b is None:
            if body(a, None):
                return a
            continue
        third = (b - a) / 3
        p1, p2 = a + third, b - third
        first: list[Any] = []
        second: list[Any] = []
        broken = body(p1, first)
        body(p2, second)
        root = None
        for m1, m2 in zip(first, second):
            if m1 != m2:
                r = p1 - m1 * (p2 - p1) / (m2 - m1)
                if a < r < b:
                    root = r
                    break
        if root is None:
            if broken:
                return (a + b) / 2
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


_RUNTIME: dict[str, Any] = {
    "_same": _same,
    "_window": _window,
    "_pct": _pct,
    "_when": _when,
    "_zero": _ZERO,
    "_as_run": _as_run,
    "_sum": _sum,
    "_search": _search,
    "_lt": _lt,
    "_le": _le,
    "_gt": _gt,
    "_ge": _ge,
    "_teq": _teq,
    "_tne": _tne,
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


@dataclass
class Compiled:
    rules: list[CompiledRule]
    source: str


def compile_rules(rules: list[s.Rule], definitions: dict[str, s.Definition]) -> Compiled:
    """Every rule's checks as Python functions, in one generated module."""
    lowering = Lowering(definitions)
    pieces: list[str] = []
    plans: list[tuple[s.Rule, str | None, list[tuple[s.Check, Lowered | None]], list[str]]] = []
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
        checks: list[tuple[s.Check, Lowered | None]] = []
        for check in rule.checks:
            number += 1
            try:
                lowered = lowering.check(check, number)
            except Unsupported as error:
                refused.append(str(error))
                checks.append((check, None))
                continue
            pieces.append(lowered.source)
            checks.append((check, lowered))
        plans.append((rule, when_name, checks, refused))
    source = "\n\n".join(pieces) + "\n"
    namespace: dict[str, Any] = dict(_RUNTIME)
    for i, value in enumerate(lowering.constants):
        namespace[f"_k{i}"] = value
    exec(compile(source, "<lowered rules>", "exec"), namespace)  # noqa: S102 - our own generated code
    compiled = []
    for rule, when_name, checks, refused in plans:
        when = namespace[when_name] if when_name is not None else None
        made: list[tuple[s.Check, LoweredCheck | None]] = []
        for check, source_of in checks:
            if source_of is None:
                made.append((check, None))
                continue
            made.append((check, LoweredCheck(
                check, namespace[source_of.name], namespace[source_of.replay], namespace[source_of.message],
                namespace[source_of.locate] if source_of.locate else None,
                namespace[source_of.owner] if source_of.owner else None,
                source_of.quantified, source_of.continuous,
            )))
        compiled.append(CompiledRule(rule, when, made, refused))
    return Compiled(compiled, source)


def is_concrete(document: Document) -> bool:
    """Every segment is a plain constant-rate piece and every number exact: the lowered rules apply."""
    return all(type(x) is Segment for x in document.segments) and isinstance(document.delivery_factor, Fraction) and all(
        isinstance(b.at_h, Fraction) and b.active is True for b in document.boluses
    )


_COMPILED: dict[int, tuple[Any, Compiled]] = {}


def lowered_rules(ruleset: Any) -> Compiled:
    """A rule set's lowered form, made once per process."""
    known = _COMPILED.get(id(ruleset))
    if known is None or known[0] is not ruleset:
        known = (ruleset, compile_rules(list(ruleset.rules), ruleset.definitions))
        _COMPILED[id(ruleset)] = known
    return known[1]
