"""The margins of every comparison a concrete document's checks make, for the envelope's computed bounds.

The rule set is lowered a second time (concrete.py lowers it for `check`),
with every comparison outside a `for every` body traced: the comparison
records its rule and its margin, left minus right, and gives its outcome as
before. Run on two variants of a document one grid unit apart, the traces
give each margin's slope in the probed quantity; where the traces follow the
same path, the outcomes hold until the first margin reaches its root, which
is worked out exactly on the grid. A check with a `for every` (decided by a
search over time, concrete._search), or one the lowering refuses, is opaque:
its outcome is seen only by a full check. A `for every` check is also lowered
pinned at one time, as a counterexample is replayed: there every comparison
of its body is traced too, so the margins tell where the check starts or
stops breaking at that time (pinned_trace), and the time it breaks at is read
from the check itself (breaking_times).

The generated functions are this module's own: the concrete engine's are
untouched.
"""

from __future__ import annotations

import marshal
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from itbverify.analyses.check import build_json_line
from itbverify.base.exact import RATIONAL, Fraction
from itbverify.documents.model import Document, unlink
from itbverify.engines.concrete import _RUNTIME, LOWERED_FAILS, DocumentView, is_concrete
from itbverify.language import syntax as s
from itbverify.semantics.lower import AFFINE, TIME, Lowering, Scope, Unsupported, Value, _joined

# One entry of a trace: (operator, margin) for two numbers, (operator, (outcome,)) for anything else
# (a word, none, an element: its outcome must stay the same along a path), ("fail", None) for a check that failed on the document.
Entry = tuple[str, Any]
# By rule, in the rule set's order: the entries its `when` and checks recorded, in the order they ran.
Trace = tuple[tuple[Entry, ...], ...]

_OUTCOME: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
    "=": lambda a, b: a is b if a is None or b is None else a == b,
    "!=": lambda a, b: a is not b if a is None or b is None else a != b,
}


def _number(value: Any) -> bool:
    kind = type(value)
    found = _NUMBER_TYPES.get(kind)
    if found is None:
        found = _NUMBER_TYPES[kind] = issubclass(kind, RATIONAL) and not issubclass(kind, bool)
    return found


# Whether a type is a number, by type: an isinstance test against the abstract types costs more than the
# comparison it records.
_NUMBER_TYPES: dict[type, bool] = {}


# The exact types numbers come in here (RATIONAL less bool), tested first: most comparisons are of two numbers.
_EXACT = frozenset(RATIONAL)
# Each operator's name in the generated code (_mt_lt(a, b) for a < b).
_OPERATOR_NAMES = {"<": "lt", "<=": "le", ">": "gt", ">=": "ge", "=": "eq", "!=": "ne"}


class _Recorder:
    """The trace being written: the generated functions call a tracer of it (tracers) for every comparison.
    ENTRIES is one list, emptied after each rule's entries are taken."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []

    def append(self, margin: Any) -> None:
        """A `for every` body's traced margin (lower._traced), whose outcome is margin >= 0."""
        self.entries.append((">=", margin))

    def tracers(self) -> dict[str, Callable[[Any, Any], bool]]:
        """For each operator, the function a traced comparison calls: it records the margin (left minus right)
        of two numbers, the outcome alone of anything else (a word, none, an element steers the path by its
        outcome), and gives the outcome. One function per operator: they run for every comparison."""
        append = self.entries.append

        def tracer(op: str) -> Callable[[Any, Any], bool]:
            test = _OUTCOME[op]

            def traced(left: Any, right: Any) -> bool:
                outcome = test(left, right)
                if (type(left) in _EXACT and type(right) in _EXACT) or (_number(left) and _number(right)):
                    append((op, left - right))
                else:
                    append((op, (outcome,)))
                return outcome
            return traced

        return {f"_mt_{name}": tracer(op) for op, name in _OPERATOR_NAMES.items()}


class _TracingLowering(Lowering):
    """The concrete engine's lowering, with each comparison outside a `for every` body traced."""

    def __init__(self, definitions: dict[str, s.Definition]) -> None:
        super().__init__(definitions)
        self.pinned_trace = "_mt"  # a replay's `for every` body traces into the recorder (Recorder.append)

    def compare(self, e: s.Compare, scope: Scope) -> Value:
        if scope.render:
            return super().compare(e, scope)
        operands = [self.expr(e.first, scope)] + [self.expr(x, scope) for _, x in e.rest]
        if scope.timed and any(o.kind in (AFFINE, TIME) for o in operands):
            return super().compare(e, scope)  # traced by the body itself (lower._traced)
        shown = [o.src for o in operands]
        first_use = list(shown)
        for i in range(1, len(operands) - 1):  # a chain reads each middle operand once
            temp = self.local("_m")
            first_use[i] = f"({temp} := {shown[i]})"
            shown[i] = temp
        parts = [f"_mt_{_OPERATOR_NAMES[op]}({shown[i]}, {first_use[i + 1]})" for i, (op, _) in enumerate(e.rest)]
        return _joined("(" + " and ".join(parts) + ")", operands, boolean=True)


# A `for every` check, lowered twice: its broken instances (the search, untraced), the same pinned at a time
# (P, as a replay), and the name its `for every` binds.
Continuous = tuple[Callable[[Any], list[dict[str, Any]]], Callable[[Any, dict[str, Any]], list[dict[str, Any]]], str]


@dataclass(frozen=True)
class TracedRules:
    """A rule set's checks, traced: by rule, its id, severity, kinds, `when` and check functions,
    whether some check of it is opaque (seen only by a full check), and its `for every` checks."""

    rules: tuple[tuple[str, str, frozenset[str], Callable[[Any], Any] | None, tuple[Callable[[Any], Any], ...], bool, tuple[Continuous, ...]], ...]
    recorder: _Recorder


def _continuous(check: s.Check) -> bool:
    return any(isinstance(step, (s.ForWindow, s.ForInstant)) for step in check.steps)


def traced_rules(ruleset: Any) -> TracedRules:
    """The traced checks of RULESET, made once per rule set object."""
    known = _TRACED.get(id(ruleset))
    if known is not None and known[0] is ruleset:
        return known[1]
    lowering = _TracingLowering(ruleset.definitions)
    pieces: list[str] = []
    plan: list[tuple[s.Rule, str | None, list[str], bool, list[tuple[str, str, str]]]] = []
    number = 0
    for rule in ruleset.rules:
        opaque = False
        when_name = None
        if rule.when is not None:
            try:
                when_name = f"when_{number}"
                pieces.append(f"def {when_name}(D):\n    return {lowering.expr(rule.when, Scope()).src}")
            except Unsupported:
                when_name, opaque = None, True
        names: list[str] = []
        continuous: list[tuple[str, str, str]] = []
        for check in rule.checks:
            number += 1
            try:
                lowered = lowering.check(check, number)
            except Unsupported:
                opaque = True
                continue
            pieces.append(lowered.source)
            if lowered.continuous is not None:
                opaque = True
                continuous.append((lowered.name, lowered.replay, lowered.continuous[0]))
            else:
                names.append(lowered.name)
        plan.append((rule, when_name, names, opaque or (rule.when is not None and when_name is None), continuous))
    recorder = _Recorder()
    namespace: dict[str, Any] = {**_RUNTIME, "_mt": recorder, **recorder.tracers()}
    for i, value in enumerate(lowering.constants):
        namespace[f"_k{i}"] = value
    exec(marshal.loads(marshal.dumps(compile("\n\n".join(pieces) + "\n", "<traced rules>", "exec"))), namespace)  # noqa: S102 - our own generated code
    rules = tuple(
        (rule.id, rule.severity, frozenset(rule.applies_to), namespace[when] if when else None, tuple(namespace[n] for n in names), opaque,
         tuple((namespace[found], namespace[replay], var) for found, replay, var in continuous))
        for rule, when, names, opaque, continuous in plan
    )
    traced = TracedRules(rules, recorder)
    _TRACED[id(ruleset)] = (ruleset, traced)
    return traced


_TRACED: dict[int, tuple[Any, TracedRules]] = {}


def trace_of(view: DocumentView | None, traced: TracedRules) -> tuple[Trace, tuple[str, ...]] | None:
    """Every rule's trace on a concrete document (its VIEW, made by its owner), and the ids of the rules that
    apply to it; None without one (invalid, or not concrete: the solver decides it and there is nothing to trace)."""
    if view is None:
        return None
    document = view._o
    entries = traced.recorder.entries
    entries.clear()
    try:
        applicability = document.applicability
        out: list[tuple[Entry, ...]] = []
        ids: list[str] = []
        for rule_id, _, kinds, when, checks, _, _ in traced.rules:
            if applicability in kinds:
                ids.append(rule_id)
                try:
                    if when is None or when(view):
                        for check in checks:
                            check(view)
                except LOWERED_FAILS:
                    entries.append(("fail", None))
            out.append(tuple(entries))
            entries.clear()
        return tuple(out), tuple(ids)
    finally:
        entries.clear()


def concrete_document(line: str, file: str) -> Document | None:
    """The document of one JSON line, built, where it is valid and concrete (what the margins trace); None where
    not. Its owner unlinks it when done."""
    document = build_json_line(line, file)
    if document is not None and not is_concrete(document):
        unlink(document)
        return None
    return document


def _time_of(value: Any) -> Any:
    """The time a `for every` binds, from a broken instance: a window's start, or the instant."""
    return getattr(value, "start", value)


def breaking_times(view: DocumentView | None, traced: TracedRules, index: int) -> tuple[Any, ...] | None:
    """For each `for every` check of rule INDEX, the time of its first broken instance on a concrete document
    (its VIEW; None where it holds); None without one, when the rule does not apply or a check fails."""
    if view is None:
        return None
    try:
        _, _, kinds, when, _, _, continuous = traced.rules[index]
        if view._o.applicability not in kinds:
            return None
        try:
            if when is not None and not when(view):
                return tuple(None for _ in continuous)
            times = []
            for found, _, var in continuous:
                broken = found(view)
                times.append(_time_of(broken[0][var]) if broken else None)
            return tuple(times)
        except LOWERED_FAILS:
            return None
    finally:
        traced.recorder.entries.clear()


def pinned_trace(view: DocumentView | None, traced: TracedRules, index: int, times: tuple[Any, ...]) -> tuple[tuple[Entry, ...], bool] | None:
    """Rule INDEX's `for every` checks on a concrete document (its VIEW), each pinned at its time in TIMES (None:
    not pinned): the margins of every comparison they make there (with the rule's `when`), and whether one
    breaks there.
    None when the document cannot be traced or a check fails."""
    if view is None:
        return None
    recorder = traced.recorder
    recorder.entries.clear()
    try:
        _, _, kinds, when, _, _, continuous = traced.rules[index]
        if view._o.applicability not in kinds:
            return None
        broken = False
        try:
            if when is None or when(view):
                for (_, replay, var), t in zip(continuous, times):
                    if t is not None and replay(view, {var: t}):
                        broken = True
        except LOWERED_FAILS:
            return None
        return tuple(recorder.entries), broken
    finally:
        recorder.entries.clear()


def _outcome(op: str, margin: Any) -> bool:
    return _OUTCOME[op](margin, 0)


def _first_flip(op: str, start: Fraction, slope: Fraction, unit: Fraction) -> int | None:
    """The least k >= 1 at which the outcome of a margin START + SLOPE * k * UNIT differs from its outcome
    at k = 0; None when it never does."""
    if slope == 0:
        return None
    at_zero = _outcome(op, start)
    root = -start / (slope * unit)  # in grid units from the start
    if op in ("=", "!="):
        if start == 0:
            return 1
        return int(root) if root.denominator == 1 and root >= 1 else None
    # A line keeps its sign strictly before its root and has the other sign strictly after it, so an
    # ordered comparison first changes its outcome at the root (when it is on the grid) or just after.
    if root <= 0:
        return 1 if _outcome(op, start + slope * unit) != at_zero else None
    k = int(root // 1)
    if k >= 1 and _outcome(op, start + slope * k * unit) != at_zero:
        return k
    return k + 1


@dataclass(frozen=True)
class Step:
    """Where the traced path from a point first changes, predicted from two traces one unit apart:
    `units` grid units on (None: nowhere up to the end), the rules whose outcomes change there, and whether
    a trace K units on is the one predicted there (to confirm the path is straight just before it)."""

    units: int | None
    rules: frozenset[int]
    matches: Callable[[int, Trace | None], bool]


def next_change(here: Trace, after: Trace, unit: Fraction) -> Step:
    """From the traces at a point and one unit past it: where the path first changes."""
    if len(here) != len(after):
        return Step(1, frozenset(range(len(here))), lambda k, actual: actual == here)
    changed: dict[int, int] = {}
    slopes: list[list[Fraction | None]] = []
    for index, (a, b) in enumerate(zip(here, after)):
        if a == b:
            slopes.append([])  # nothing of this rule moves: it stays as it is (matches compares it whole)
            continue
        rule_slopes: list[Fraction | None] = []
        if len(a) != len(b) or any(x[0] != y[0] or (_number(x[1]) != _number(y[1])) for x, y in zip(a, b)):
            changed[index] = 1
            slopes.append([])
            continue
        for (op, va), (_, vb) in zip(a, b):
            if not _number(va):
                if va != vb:
                    changed[index] = 1
                rule_slopes.append(None)
                continue
            slope = (vb - va) / unit
            rule_slopes.append(slope)
            flip = _first_flip(op, va, slope, unit)
            if flip is not None:
                changed[index] = min(changed.get(index, flip), flip)
        slopes.append(rule_slopes)

    def matches(k: int, actual: Trace | None) -> bool:
        """ACTUAL is the trace K units on as the two traces predict it: each margin moved by its slope, the rest as it was."""
        if actual is None or len(actual) != len(here):
            return False
        for a, rule_slopes, b in zip(here, slopes, actual):
            if not rule_slopes:
                if a != b:
                    return False
                continue
            if len(a) != len(b):
                return False
            for (op, va), slope, entry in zip(a, rule_slopes, b):
                if not slope:  # no slope (not a number), or a margin that stays
                    if entry[0] != op or entry[1] != va:
                        return False
                elif entry[0] != op or entry[1] != va + slope * k * unit:
                    return False
        return True

    if not changed:
        return Step(None, frozenset(), matches)
    first = min(changed.values())
    return Step(first, frozenset(i for i, k in changed.items() if k == first), matches)
