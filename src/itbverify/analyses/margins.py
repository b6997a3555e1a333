"""The margins of every comparison a concrete document's checks make, for the envelope's computed bounds.

The rule set is lowered a second time (concrete.py lowers it for `check`),
with every comparison outside a `for every` body traced: the comparison
records its rule and its margin, left minus right, and gives its outcome as
before. Run on two variants of a document one grid unit apart, the traces
give each margin's slope in the probed quantity; where the traces follow the
same path, the outcomes hold until the first margin reaches its root, which
is worked out exactly on the grid. A check with a `for every` (decided by a
search over time, concrete._search), or one the lowering refuses, is opaque:
its outcome is seen only by a full check.

The generated functions are this module's own: the concrete engine's are
untouched.
"""

from __future__ import annotations

import json
import marshal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from itbverify.base.exact import RATIONAL, Fraction
from itbverify.documents.build import Invalid, build_document
from itbverify.documents.model import unlink
from itbverify.documents.validate_json import read_json_document
from itbverify.engines.concrete import _RUNTIME, LOWERED_FAILS, DocumentView, is_concrete
from itbverify.language import syntax as s
from itbverify.semantics.lower import Lowering, Scope, Unsupported, Value, _joined

# One entry of a trace: (operator, margin) for two numbers, (operator, (outcome,)) for anything else
# (a word, none, an element: its outcome must stay the same along a path), ("fail", None) for a check that failed on the document.
Entry = tuple[str, Any]
# By rule, in the rule set's order: the entries its `when` and checks recorded, in the order they ran.
Trace = tuple[tuple[Entry, ...], ...]

_OUTCOME: dict[str, Callable[[Any, Any], bool]] = {
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
    "=": lambda a, b: a is b if a is None or b is None else a == b,
    "!=": lambda a, b: a is not b if a is None or b is None else a != b,
}


def _number(value: Any) -> bool:
    return isinstance(value, RATIONAL) and not isinstance(value, bool)


class _Recorder:
    """The trace being written: the generated functions call it for every comparison."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []

    def __call__(self, op: str, left: Any, right: Any) -> bool:
        outcome = _OUTCOME[op](left, right)
        # Anything but two numbers (a word, none, an element) steers the path by its outcome alone.
        self.entries.append((op, left - right) if _number(left) and _number(right) else (op, (outcome,)))
        return outcome


class _TracingLowering(Lowering):
    """The concrete engine's lowering, with each comparison outside a `for every` body traced."""

    def compare(self, e: s.Compare, scope: Scope) -> Value:
        if scope.timed or scope.render:
            return super().compare(e, scope)
        operands = [self.expr(e.first, scope)] + [self.expr(x, scope) for _, x in e.rest]
        shown = [o.src for o in operands]
        first_use = list(shown)
        for i in range(1, len(operands) - 1):  # a chain reads each middle operand once
            temp = self.local("_m")
            first_use[i] = f"({temp} := {shown[i]})"
            shown[i] = temp
        parts = [f"_mt({op!r}, {shown[i]}, {first_use[i + 1]})" for i, (op, _) in enumerate(e.rest)]
        return _joined("(" + " and ".join(parts) + ")", operands, boolean=True)


@dataclass(frozen=True)
class TracedRules:
    """A rule set's checks, traced: by rule, its id, severity, kinds, `when` and check functions, and
    whether some check of it is opaque (seen only by a full check)."""

    rules: tuple[tuple[str, str, frozenset[str], Callable[[Any], Any] | None, tuple[Callable[[Any], Any], ...], bool], ...]
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
    plan: list[tuple[s.Rule, str | None, list[str], bool]] = []
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
        for check in rule.checks:
            number += 1
            if _continuous(check):
                opaque = True
                continue
            try:
                lowered = lowering.check(check, number)
            except Unsupported:
                opaque = True
                continue
            pieces.append(lowered.source)
            names.append(lowered.name)
        plan.append((rule, when_name, names, opaque or (rule.when is not None and when_name is None)))
    recorder = _Recorder()
    namespace: dict[str, Any] = {**_RUNTIME, "_mt": recorder}
    for i, value in enumerate(lowering.constants):
        namespace[f"_k{i}"] = value
    exec(marshal.loads(marshal.dumps(compile("\n\n".join(pieces) + "\n", "<traced rules>", "exec"))), namespace)  # noqa: S102 - our own generated code
    rules = tuple(
        (rule.id, rule.severity, frozenset(rule.applies_to), namespace[when] if when else None, tuple(namespace[n] for n in names), opaque)
        for rule, when, names, opaque in plan
    )
    traced = TracedRules(rules, recorder)
    _TRACED[id(ruleset)] = (ruleset, traced)
    return traced


_TRACED: dict[int, tuple[Any, TracedRules]] = {}


def trace_of(variant: dict[str, Any], traced: TracedRules) -> tuple[Trace, tuple[str, ...]] | None:
    """Every rule's trace on the document VARIANT, and the ids of the rules that apply to it; None when the
    document is invalid or not concrete (the solver decides it: there is nothing to trace)."""
    read = read_json_document(json.dumps(variant), 1, 0)
    if read is None:
        return None
    try:
        document = build_document(read[1], read[0], "envelope.jsonl")
    except Invalid:
        return None
    try:
        if not is_concrete(document):
            return None
        view = DocumentView(document)
        applicability = document.applicability
        recorder = traced.recorder
        out: list[tuple[Entry, ...]] = []
        ids: list[str] = []
        for rule_id, _, kinds, when, checks, _ in traced.rules:
            recorder.entries = []
            if applicability in kinds:
                ids.append(rule_id)
                try:
                    if when is None or when(view):
                        for check in checks:
                            check(view)
                except LOWERED_FAILS:
                    recorder.entries.append(("fail", None))
            out.append(tuple(recorder.entries))
        return tuple(out), tuple(ids)
    finally:
        unlink(document)


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
    `units` grid units on (None: nowhere up to the end), the rules whose outcomes change there, and the
    trace predicted just before it (to be confirmed)."""

    units: int | None
    rules: frozenset[int]
    predict: Callable[[int], Trace]


def next_change(here: Trace, after: Trace, unit: Fraction) -> Step:
    """From the traces at a point and one unit past it: where the path first changes."""
    if len(here) != len(after):
        return Step(1, frozenset(range(len(here))), lambda k: here)
    changed: dict[int, int] = {}
    slopes: list[list[Fraction | None]] = []
    for index, (a, b) in enumerate(zip(here, after)):
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

    def predict(k: int) -> Trace:
        return tuple(
            tuple((op, va + rule_slopes[j] * k * unit) if rule_slopes[j] is not None else (op, va)  # type: ignore[operator]
                  for j, (op, va) in enumerate(a)) if rule_slopes or not a else a
            for a, rule_slopes in zip(here, slopes)
        )

    if not changed:
        return Step(None, frozenset(), predict)
    first = min(changed.values())
    return Step(first, frozenset(i for i, k in changed.items() if k == first), predict)
