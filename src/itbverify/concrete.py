"""The concrete engine: the lowered rules (lower.py) run on a document view with exact rationals.

A fully concrete document (no solver variables) is decided here without the
solver. Every number is a gmpy2 `mpq`: exact like `Fraction`, and an order of
magnitude faster. The lowered check returns the instances that break it; each
is then rendered by the evaluator with its quantified names pinned, and the
evaluator must find it broken too, so the two engines are compared on every
violation they report. A check the lowering refuses, and any rule whose
lowered form fails on a document, is decided by the evaluator instead: the
same answer, the slow way, never a silent pass.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from gmpy2 import mpq

from . import syntax as s
from .evaluate import Moment, Percent, Window
from .lower import Lowered, Lowering, Scope, Unsupported
from .model import Document, Element, Run, Segment

_ZERO = mpq(0)


class View:
    """An element of the document as the lowered rules read it: numbers as mpq, links as views."""

    _o: Any


def _orig(value: Any) -> Any:
    """A pinned value as the evaluator knows it: the element itself, or the exact time as a Fraction."""
    if type(value) is View:
        return value._o
    if type(value) is type(_ZERO):
        return Fraction(int(value.numerator), int(value.denominator))
    return value


def _number(value: Fraction) -> Any:
    return mpq(value._numerator, value._denominator) if type(value) is Fraction else mpq(value.numerator, value.denominator)


@dataclass
class Timeline:
    """The document's timeline, prepared once for the primitives."""

    starts: list[Any]
    ends: list[Any]
    rate_ug: list[Any]
    rate_ml: list[Any]
    total_ug: list[Any]
    total_ml: list[Any]
    bolus_at: list[Any]
    bolus_ug: list[Any]  # prefix sums
    pump_bolus_at: list[Any]
    pump_bolus_ml: list[Any]  # prefix sums
    fill_at: list[Any]
    fill_volume: list[Any]
    step_at: list[Any]
    steps: tuple[Any, ...]
    steps_sorted: bool
    factor: Any
    events: list[Any]


class DocumentView:
    """The globals of a document (model.GLOBALS) for the lowered rules, and its timeline."""

    def __init__(self, document: Document, attributes: frozenset[str]) -> None:
        self._o = document
        memo: dict[int, Any] = {}
        convert = _Converter(attributes, memo)
        self.view_of = convert  # an element (or value) of the document as the lowered rules hold it
        self.route = document.route
        self.kind = document.kind
        self.patient = convert(document.patient)
        self.pump = convert(document.pump)
        self.history = convert(document.history)
        self.has_history = document.has_history
        self.resuscitation_ready = document.resuscitation_ready
        self.screenings = convert(document.screenings)
        self.steps = convert(document.steps)
        self.runs = convert(document.runs)
        self.boluses = convert(document.boluses)
        self.fills = convert(document.fills)
        self.refills = tuple(f for f in self.fills if not f._o.from_history)
        self.co_administered_intrathecal = document.co_administered_intrathecal
        self.end_h = _number(document.end_h)
        self.delivery_factor = _number(document.delivery_factor)
        self.timeline = _timeline(document, self.steps, self.delivery_factor)


class _Converter:
    def __init__(self, attributes: frozenset[str], memo: dict[int, Any]) -> None:
        self.attributes = attributes
        self.memo = memo

    def __call__(self, value: Any) -> Any:
        kind = type(value)
        if kind is Fraction:
            return mpq(value._numerator, value._denominator)
        if kind is str or kind is bool or value is None or kind is int:
            return value
        if isinstance(value, Element):
            known = self.memo.get(id(value))
            if known is not None:
                return known
            view = View()
            view._o = value
            self.memo[id(value)] = view
            names = _FIELDS.get((kind, self.attributes))
            if names is None:
                names = _FIELDS[(kind, self.attributes)] = tuple(
                    f.name for f in dataclasses.fields(value) if f.name in self.attributes
                )
            fields = view.__dict__
            for name in names:
                fields[name] = self(getattr(value, name))
            return view
        if kind is tuple or kind is list:
            return tuple([self(v) for v in value])
        if isinstance(value, Fraction):
            return mpq(value.numerator, value.denominator)
        return value


_FIELDS: dict[tuple[type, frozenset[str]], tuple[str, ...]] = {}


def _prefix(values: list[Any]) -> list[Any]:
    out = [_ZERO]
    for v in values:
        out.append(out[-1] + v)
    return out


def _timeline(document: Document, steps: tuple[Any, ...], factor: Any) -> Timeline:
    segments = document.segments
    starts = [_number(x.start) for x in segments]
    ends = [_number(x.end) for x in segments]
    rate_ug = [_number(x.rate_ug_h) for x in segments]
    rate_ml = [_number(x.rate_ml_h) for x in segments]
    total_ug, total_ml = [_ZERO], [_ZERO]
    for a, b, ru, rm in zip(starts, ends, rate_ug, rate_ml):
        total_ug.append(total_ug[-1] + ru * (b - a))
        total_ml.append(total_ml[-1] + rm * (b - a))
    boluses = sorted(document.boluses, key=lambda b: b.at_h)
    pump = [b for b in boluses if b.via == "pump"]
    fills = document.fills
    step_times = [_number(x.at_h) for x in document.steps]
    bolus_at = [_number(b.at_h) for b in boluses]
    fill_at = [_number(f.at_h) for f in fills]
    events = sorted({*starts, *ends, *bolus_at, *fill_at, *step_times, _ZERO, _number(document.end_h)})
    return Timeline(
        starts, ends, rate_ug, rate_ml, total_ug, total_ml,
        bolus_at, _prefix([_number(b.dose_ug) for b in boluses]),
        [_number(b.at_h) for b in pump], _prefix([_number(b.draws_ml) for b in pump]),
        fill_at, [_number(f.volume_ml) for f in fills],
        step_times, steps, step_times == sorted(step_times), factor, events,
    )


# ---- the timeline primitives, as timeline.py defines them, on exact numbers


def _cumulative(starts: list[Any], ends: list[Any], rates: list[Any], totals: list[Any], x: Any) -> Any:
    if not starts or x <= starts[0]:
        return _ZERO
    i = bisect_left(ends, x)  # the first segment with x <= its end
    if i == len(ends):
        return totals[-1]
    return totals[i] + rates[i] * (x - starts[i])


def _between(times: list[Any], sums: list[Any], a: Any, b: Any) -> Any:
    """The events with a <= time < b."""
    if not times or b <= a:
        return _ZERO
    return sums[bisect_left(times, b)] - sums[bisect_left(times, a)]


def _delivered(D: DocumentView, a: Any, b: Any) -> Any:
    T = D.timeline
    amount = (_cumulative(T.starts, T.ends, T.rate_ug, T.total_ug, b) - _cumulative(T.starts, T.ends, T.rate_ug, T.total_ug, a)
              + _between(T.bolus_at, T.bolus_ug, a, b))
    return amount if T.factor == 1 else T.factor * amount


def _drawn_ml(D: DocumentView, a: Any, b: Any) -> Any:
    T = D.timeline
    amount = (_cumulative(T.starts, T.ends, T.rate_ml, T.total_ml, b) - _cumulative(T.starts, T.ends, T.rate_ml, T.total_ml, a)
              + _between(T.pump_bolus_at, T.pump_bolus_ml, a, b))
    return amount if T.factor == 1 else T.factor * amount


def _reservoir_ml(D: DocumentView, t: Any) -> Any:
    T = D.timeline
    i = bisect_left(T.fill_at, t) - 1  # the last fill strictly before t
    if i < 0:
        return _ZERO - _drawn_ml(D, T.starts[0] if T.starts else _ZERO, t)
    return T.fill_volume[i] - _drawn_ml(D, T.fill_at[i], t)


def _latest(D: DocumentView, t: Any, strict: bool) -> Any:
    T = D.timeline
    if T.steps_sorted:
        i = (bisect_left(T.step_at, t) if strict else bisect_right(T.step_at, t)) - 1
        return T.steps[i] if i >= 0 else None
    found = None
    for at, step in zip(T.step_at, T.steps):
        if (at < t) if strict else (at <= t):
            found = step
    return found


def _step_at(D: DocumentView, t: Any) -> Any:
    return _latest(D, t, strict=False)


def _step_before(D: DocumentView, t: Any) -> Any:
    return _latest(D, t, strict=True)


def _as_run(value: Any) -> Any:
    if type(value) is not View or not isinstance(value._o, Run):
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
    """
    if lo is None or hi is None or isinstance(lo, (str, bool)) or lo > hi or (lo_open and lo == hi):
        return None
    cuts = {lo, hi}
    for offset in offsets:
        for e in D.timeline.events:
            x = e - offset
            if lo < x < hi:
                cuts.add(x)
    points = sorted(cuts)
    # The cuts first, in time order: a window that starts at an event is the one a reader recognises.
    for a in points:
        if not (lo_open and a == lo) and body(a, None):
            return a
    for a, b in zip(points, points[1:]):
        found = _interval(body, a, b)
        if found is not None:
            return found
    return None


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


def _pct(D: DocumentView, value: Any) -> Any:
    return Percent(_orig(value)) if type(value) is type(_ZERO) or isinstance(value, (int, Fraction)) and not isinstance(value, bool) else value


def _when(D: DocumentView, value: Any) -> Any:
    if type(value) is type(_ZERO) or isinstance(value, (int, Fraction)) and not isinstance(value, bool):
        moment = Moment(_orig(value))
        moment.document = D._o
        return moment
    return value


def original(value: Any) -> Any:
    """A value of a broken instance as the evaluator holds it: elements, Fractions, windows of Fractions."""
    kind = type(value)
    if kind is View:
        return value._o
    if kind is type(_ZERO):
        return Fraction(int(value.numerator), int(value.denominator))
    if kind is Window:
        return Window(original(value.start), original(value.end))
    if kind is tuple:
        return tuple(original(v) for v in value)
    return value


def _same(value: Any, pinned: Any) -> bool:
    """The evaluator's test for a pinned quantified value: the same element, or an equal word."""
    return value is pinned or (isinstance(value, str) and value == pinned)


_RUNTIME: dict[str, Any] = {
    "_same": _same,
    "_window": _window,
    "_pct": _pct,
    "_when": _when,
    "_orig": _orig,
    "_zero": _ZERO,
    "_delivered": _delivered,
    "_step_at": _step_at,
    "_step_before": _step_before,
    "_reservoir_ml": _reservoir_ml,
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
    attributes: frozenset[str]
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
        namespace[f"_k{i}"] = _number(value) if isinstance(value, Fraction) else value
    exec(compile(source, "<lowered rules>", "exec"), namespace)  # noqa: S102 - our own generated code
    compiled = []
    for rule, when_name, checks, refused in plans:
        when = namespace[when_name] if when_name is not None else None
        made: list[tuple[s.Check, LoweredCheck | None]] = []
        for check, lowered in checks:
            if lowered is None:
                made.append((check, None))
                continue
            made.append((check, LoweredCheck(
                check, namespace[lowered.name], namespace[lowered.replay], namespace[lowered.message],
                namespace[lowered.locate] if lowered.locate else None,
                namespace[lowered.owner] if lowered.owner else None,
                lowered.quantified, lowered.continuous,
            )))
        compiled.append(CompiledRule(rule, when, made, refused))
    return Compiled(compiled, frozenset(lowering.attributes), source)


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
