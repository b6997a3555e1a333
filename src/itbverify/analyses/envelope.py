"""`itbverify envelope`: what may the next programming be, and why.

Every bound is found on the grid the user programs with (0.01 ug/day, 0.01
ug/h, one minute) by bisection over documents that are checked exactly as
`itbverify check` checks them: the next change is written into the document,
the document is checked, and the answer is feasible when the change breaks no
error-level requirement the document did not already break. The requirements
are monotone in the quantity searched (more dose never mends a limit on dose,
a later change never breaks a limit on waiting), so the bound found is the
last feasible grid point: programming it passes `check`, and one unit past it
fails with the binding requirement, which is reported with its message. Both
are confirmed by a final check of each.
"""

from __future__ import annotations

import copy
import json
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from itbverify.analyses.check import check_built, check_json_line
from itbverify.analyses.margins import (
    Trace,
    breaking_times,
    concrete_document,
    next_change,
    pinned_trace,
    trace_of,
    traced_rules,
)
from itbverify.base.compact import compact_json
from itbverify.base.exact import Fraction
from itbverify.base.numbers import format_number, is_number, yaml_decimal
from itbverify.documents.build import Invalid, build_document
from itbverify.documents.model import unlink
from itbverify.documents.read import Mapping, Node, Scalar, Sequence
from itbverify.documents.validate_json import read_json_document
from itbverify.engines.concrete import DocumentView
from itbverify.engines.results import DEFAULT_TIMEOUT_S, Result
from itbverify.language.ruleset import RuleSet
from itbverify.semantics.evaluate import Evaluator, RuleError

CENT = Fraction(1, 100)
MINUTE = Fraction(1, 60)
DAY_H = Fraction(24)
# The farthest a search looks past its start (ninety days): for the latest refill, and for the earliest
# increase where the rule set has no `increase_gap`.
FAR_H = 24 * 90


@dataclass
class Bound:
    value: Fraction | None  # None: no feasible value on this side
    binding: str | None = None  # requirement id that fails one unit past it
    reason: str | None = None  # its message
    unit: str = "ug/day"
    method: str | None = None  # "computed" from the margins, or "bisection" over full checks
    method_note: str | None = None  # why the bisection, where the margins could not compute it

    def to_json(self) -> dict[str, Any]:
        out = {"value": _num(self.value), "unit": self.unit, "binding": self.binding, "reason": self.reason}
        if self.method is not None:
            out["method"] = self.method
            if self.method_note is not None:
                out["method_note"] = self.method_note
        return out


@dataclass
class Envelope:
    id: str
    kind: str
    at_h: Fraction
    current_daily_dose_ug: Fraction
    lowest: Bound
    highest: Bound
    earliest_increase_h: Bound | None = None
    flex_night: Bound | None = None
    latest_refill: dict[str, Bound] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dose_range: bool = True  # the daily dose range was computed (not when `--what` leaves it out)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "at_h": _num(self.at_h),
            "current_daily_dose_ug": _num(self.current_daily_dose_ug),
            "daily_dose_ug": {"lowest": self.lowest.to_json(), "highest": self.highest.to_json()} if self.dose_range else None,
            "earliest_increase_h": self.earliest_increase_h.to_json() if self.earliest_increase_h else None,
            "flex_night_step_ug_h": self.flex_night.to_json() if self.flex_night else None,
            "latest_refill_h": {k: v.to_json() for k, v in self.latest_refill.items()},
            "warnings": self.warnings,
            "notes": self.notes,
        }


def _num(value: Fraction | None) -> Any:
    if value is None:
        return None
    return int(value) if value.denominator == 1 else float(value)


class Probe:
    """Checks variants of one document, ignoring the error requirements it already breaks."""

    def __init__(self, data: dict[str, Any], ruleset: RuleSet, timeout_s: float, engine: str = "auto", method: str = "computed",
                 cache: dict[str, Result] | None = None, key: Callable[[dict[str, Any]], str] | None = None) -> None:
        self.data = data
        self.ruleset = ruleset
        self.timeout_s = timeout_s
        self.engine = engine
        self.baseline: set[str] = set()
        # RULESET's results by document_key; CACHE shares them with other probes (and conform's judge) of the same rules.
        self.cache: dict[str, Result] = cache if cache is not None else {}
        self.traces: dict[str, tuple[Trace, tuple[str, ...]] | None] = {}
        # Each variant's key, by the variant (a search asks for one variant many times: it is written once). KEY
        # writes it: document_key, or a quicker way to the same text that a caller knows.
        self._keys: dict[int, tuple[dict[str, Any], str]] = {}
        self._key = key or document_key
        # The last documents built, by key: a variant is often checked and traced in turn, and built once for both.
        self._built: OrderedDict[str, DocumentView | None] = OrderedDict()
        self.method = method
        # The rules a probe's feasibility is decided by, where fewer than the whole set (_program_envelope).
        self.deciding: RuleSet | None = None
        self.decided: dict[str, Result] = {}

    def close(self) -> None:
        """Let go of the documents built (each is unlinked: its elements are a cycle)."""
        for view in self._built.values():
            if view is not None:
                unlink(view._o)
        self._built.clear()

    def __del__(self) -> None:
        self.close()

    def _document(self, text: str, variant: dict[str, Any]) -> DocumentView | None:
        """The variant built, and its view, where it is valid and concrete (None where not: a full check says what it is)."""
        if text in self._built:
            self._built.move_to_end(text)
            return self._built[text]
        document = concrete_document(text, _file(variant)) if self.engine != "z3" else None
        view = self._built[text] = DocumentView(document) if document is not None else None
        if len(self._built) > _BUILT_KEPT:
            _, old = self._built.popitem(last=False)
            if old is not None:
                unlink(old._o)
        return view

    def _checked(self, text: str, variant: dict[str, Any], rules: RuleSet) -> Result:
        # As `itbverify check` checks it: the concrete engine for a concrete plan, the solver where the program leaves values open.
        view = self._document(text, variant)
        if view is not None:
            return check_built(view._o, rules, self.timeout_s, engine=self.engine, view=view)
        return check_json_line(text, 1, _file(variant), rules, self.timeout_s, engine=self.engine)

    def trace(self, variant: dict[str, Any]) -> Trace | None:
        """The margins of every comparison the checks make on VARIANT (margins.py); None: none to compute with."""
        text = self.key(variant)
        if text not in self.traces:
            self.traces[text] = trace_of(self._document(text, variant), traced_rules(self.ruleset)) if self.engine != "z3" else None
        found = self.traces[text]
        return None if found is None else found[0]

    def key(self, variant: dict[str, Any]) -> str:
        """VARIANT's document_key, written once per variant object (kept with it, so its id stays its own)."""
        found = self._keys.get(id(variant))
        if found is None or found[0] is not variant:
            found = self._keys[id(variant)] = (variant, self._key(variant))
        return found[1]

    def relevant(self) -> Callable[[int], bool]:
        """Whether a rule, by its index, can change a variant's feasibility: an error requirement not already broken."""
        rules = traced_rules(self.ruleset).rules
        return lambda index: rules[index][1] == "error" and rules[index][0] not in self.baseline

    def over_time(self, make: Callable[[Fraction], dict[str, Any]], unit: Fraction) -> Callable[[int, int, bool], int | None]:
        """Where a requirement decided over time (`for every`) changes a variant's feasibility, computed: given
        grid points KNOWN, as feasible as WAS says, and DIFFER, not, with no traced outcome changing between
        them, the first point past KNOWN whose feasibility is not WAS; None where the margins cannot tell.

        A `for every` check breaks where it breaks at some time. At a point where it breaks, the check itself
        gives such a time; pinned there, its margins are traced (margins.pinned_trace), and where they change
        its outcome at that time is worked out as for any traced check. Going towards infeasibility, that is
        a point where the check breaks, and the first is at or before it: the point before it is checked in
        full, and if it also breaks (at another time) the search goes on from there. Going towards
        feasibility, the check breaks at least until its pinned time stops breaking: the point there is
        checked in full, and the search goes on from it if another time still breaks. Every answer is
        confirmed by full checks on both sides of it."""
        traced = traced_rules(self.ruleset)
        relevant = self.relevant()
        rules = [i for i, rule in enumerate(traced.rules) if rule[6] and relevant(i)]

        def feasible(k: int) -> bool:
            return self.breaks(make(k * unit)) is None

        def pinned(index: int, times: tuple[Any, ...], k: int) -> tuple[tuple[Any, ...], bool] | None:
            variant = make(k * unit)
            return pinned_trace(self._document(self.key(variant), variant), traced, index, times) if self.engine != "z3" else None

        def flip(index: int, times: tuple[Any, ...], start: int, end: int) -> int | None:
            """The first point past START (up to END) where rule INDEX, pinned at TIMES, changes whether it breaks."""
            at, here = start, pinned(index, times, start)
            for _ in range(_MOST_CHANGES):
                if here is None or at + 1 > end:
                    return None
                after = pinned(index, times, at + 1)
                if after is None or after[1] != here[1]:
                    return None if after is None else at + 1
                step = next_change((here[0],), (after[0],), unit)
                if step.units is None or at + step.units > end:
                    return None
                if step.units > 2:
                    before = pinned(index, times, at + step.units - 1)
                    if before is None or before[1] != here[1] or not step.matches(step.units - 1, (before[0],)):
                        return None
                at += step.units
                now = pinned(index, times, at)
                if now is not None and now[1] != here[1]:
                    return at
                here = now
            return None

        def change(known: int, differ: int, was: bool) -> int | None:
            point = differ if was else known  # a point where some `for every` check breaks
            for _ in range(_MOST_CHANGES):
                variant = make(point * unit)
                flips = []
                for index in rules:
                    times = breaking_times(self._document(self.key(variant), variant), traced, index)
                    if times is None:
                        return None
                    if any(t is not None for t in times):
                        found = flip(index, times, known if was else point, differ)
                        if found is None:
                            return None
                        flips.append(found)
                if not flips:
                    return None  # what changes is not a `for every` check
                if was:
                    first = min(flips)
                    if feasible(first - 1):
                        return None if feasible(first) else first
                    point = first - 1
                    if point <= known:
                        return None
                else:
                    last = max(flips)
                    if feasible(last):
                        return last
                    point = last
            return None

        return change

    def largest(self, make: Callable[[Fraction], dict[str, Any]], low: Fraction, high: Fraction, unit: Fraction, nearest: bool = False) -> Bound:
        """The largest feasible grid point in [low, high] as a Bound (its unit is the caller's to set). NEAREST:
        the last feasible point before the first infeasible one from LOW, HIGH checked only where none is
        found on the way (the same where feasibility is monotone; it saves a check where one is looked for)."""
        def feasible(x: Fraction) -> tuple[str, str] | None:
            return self.breaks(make(x))

        if self.method == "bisection":
            value, why = _largest(feasible, low, high, unit)
            return _bound(value, why, "bisection", None)
        failed = feasible(low)
        if failed is not None:
            return _bound(None, failed, "computed", None)
        if not nearest and feasible(high) is None:
            return _bound(high, None, "computed", None)
        found, known, note = _first_change(feasible, lambda x: self.trace(make(x)), low, high, unit, self.relevant(), self.over_time(make, unit))
        if found is None and note == _SAME_TO_THE_END:
            return _bound(high, None, "computed", None)
        if found is not None:
            return _bound(found - unit, feasible(found), "computed", None)
        value, why = _largest(feasible, known, high, unit)
        return _bound(value, why, "bisection", note)

    def smallest(self, make: Callable[[Fraction], dict[str, Any]], low: Fraction, high: Fraction, unit: Fraction) -> Bound:
        """The smallest feasible grid point in [low, high] as a Bound."""
        def feasible(x: Fraction) -> tuple[str, str] | None:
            return self.breaks(make(x))

        if self.method == "bisection":
            value, why = _smallest(feasible, low, high, unit)
            return _bound(value, why, "bisection", None)
        failed = feasible(high)
        if failed is not None:
            return _bound(None, failed, "computed", None)
        start = int(-(-low // unit)) * unit
        if feasible(start) is None:
            return _bound(start, None, "computed", None)
        found, known, note = _first_change(feasible, lambda x: self.trace(make(x)), start, high, unit, self.relevant(), self.over_time(make, unit))
        if found is not None:
            return _bound(found, feasible(found - unit), "computed", None)
        value, why = _smallest(feasible, known, high, unit)
        return _bound(value, why, "bisection", note)

    def _decide(self, variant: dict[str, Any], rules: RuleSet) -> Result:
        """VARIANT checked against RULES only (each rule is decided on its own, so its outcome is the full check's)."""
        text = self.key(variant)
        if text not in self.decided:
            self.decided[text] = self._checked(text, variant, rules)
        return self.decided[text]

    def check(self, variant: dict[str, Any]) -> Result:
        text = self.key(variant)
        if text not in self.cache:
            self.cache[text] = self._checked(text, variant, self.ruleset)
        return self.cache[text]

    def breaks(self, variant: dict[str, Any]) -> tuple[str, str] | None:
        """The first new error requirement and its message, or None when the variant is feasible."""
        result = self.check(variant) if self.deciding is None else self._decide(variant, self.deciding)
        if result.verdict in ("invalid", "error"):
            message = result.findings[0].message if result.findings else result.verdict
            return ("invalid", message)
        if result.verdict == "unknown" and set(result.unknown) - self.baseline:
            return ("unknown", f"the solver could not decide {', '.join(sorted(set(result.unknown) - self.baseline))}")
        for finding in result.findings:
            if finding.severity == "error" and finding.requirement and finding.requirement not in self.baseline and finding.waiver is None:
                return (finding.requirement, finding.message)
        return None


# The documents a probe keeps built (Probe._document): a check, a trace and a pinned trace of one variant come
# within a few steps of one another.
_BUILT_KEPT = 3


def _file(variant: dict[str, Any]) -> str:
    return f"{variant.get('id', 'envelope')}.jsonl"


def document_key(variant: dict[str, Any]) -> str:
    """A variant as one line of JSON: the key its result is kept by, and the text it is checked as (the same
    document as its YAML: every number is an exact short decimal, yaml_decimal), read straight to a record as
    `check` reads a JSON Lines file."""
    return compact_json(variant)


def _largest(feasible: Callable[[Fraction], tuple[str, str] | None], low: Fraction, high: Fraction, unit: Fraction) -> tuple[Fraction | None, tuple[str, str] | None]:
    """The largest grid point in [low, high] that is feasible, given that low is; and why the next fails."""
    failed = feasible(low)
    if failed is not None:
        return None, failed
    lo, hi = int(low / unit), int(high / unit)
    if feasible(hi * unit) is None:
        return hi * unit, None
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if feasible(mid * unit) is None:
            lo = mid
        else:
            hi = mid
    return lo * unit, feasible(hi * unit)


def _bound(value: Fraction | None, why: tuple[str, str] | None, method: str, note: str | None) -> Bound:
    return Bound(value, why[0] if why else None, why[1] if why else None, method=method, method_note=note)


# The changes of the traced path a computed bound follows before it leaves the rest to bisection: each
# costs two or three traces, and a path that changes this often is cheaper bisected.
_MOST_CHANGES = 12


# _first_change's note where END turns out as feasible as START: nothing changes on the way.
_SAME_TO_THE_END = "the end is as feasible as the start"


def _first_change(feasible: Callable[[Fraction], tuple[str, str] | None], trace: Callable[[Fraction], Trace | None],
                  start: Fraction, end: Fraction, unit: Fraction, relevant: Callable[[int], bool],
                  over_time: Callable[[int, int, bool], int | None]) -> tuple[Fraction | None, Fraction, str | None]:
    """The first grid point past START (up to END, whose feasibility differs, or is checked where nothing
    changes before it) whose feasibility differs from START's, computed from the margins: (it, None, None).
    Where the margins cannot tell, (None, the last point known to be as feasible as START, why): the
    bisection goes on from there; where END is as feasible as START, (None, END, _SAME_TO_THE_END).

    Between two changes of the traced path every traced outcome stays, so no traced requirement changes;
    only where a relevant requirement's outcome changes is a full check needed. A requirement decided by a
    search over time (opaque to the trace) is seen by those full checks, and a change of it between them
    is worked out by OVER_TIME (Probe.over_time), or else left to bisection. The path's linearity is
    confirmed by a trace just before each change.
    """

    def opaque(differ: int) -> tuple[Fraction | None, Fraction, str | None]:
        if differ == last and (feasible(end) is None) == was:
            return None, end, _SAME_TO_THE_END  # (where END was not checked first: Probe.largest's NEAREST)
        found = over_time(known, differ, was)
        if found is not None:
            return found * unit, known * unit, None
        return None, known * unit, "a requirement decided over time (for every) changes it"

    at = int(start / unit)
    last = int(end / unit)
    was = feasible(start) is None
    known = at
    here = trace(at * unit)
    for _ in range(_MOST_CHANGES):
        if here is None:
            return None, known * unit, "the document is decided by the solver (no concrete margins)"
        if at + 1 > last:
            return opaque(last)
        after = trace((at + 1) * unit)
        if after is None:
            return None, known * unit, "the document is decided by the solver (no concrete margins)"
        step = next_change(here, after, unit)
        if step.units is None or at + step.units > last:
            return opaque(last)
        if step.units > 2 and not step.matches(step.units - 1, trace((at + step.units - 1) * unit)):
            return None, known * unit, "a margin is not linear in the quantity"
        at += step.units
        if any(relevant(index) for index in step.rules):
            if (feasible(at * unit) is None) != was:
                if at - 1 != known and (feasible((at - 1) * unit) is None) != was:
                    return opaque(at - 1)
                return at * unit, known * unit, None
            known = at
        here = after if step.units == 1 else trace(at * unit)
    return None, known * unit, f"the traced path changes more than {_MOST_CHANGES} times"


def _longest_wait_h(data: dict[str, Any], ruleset: RuleSet) -> Fraction:
    """The longest the rule set makes an increase wait (its `increase_gap`) on this plan with either kind of
    pump: past it, and a day's window beyond, an increase is not held back by the wait."""
    definition = ruleset.definitions.get("increase_gap")
    if definition is None or definition.params is not None:
        return Fraction(FAR_H)
    waits = []
    for programmable in (True, False):
        variant = {**data, "pump": {**(data.get("pump") or {}), "programmable": programmable}}
        read = read_json_document(json.dumps(variant), 1, 0)
        try:
            document = build_document(read[1], read[0], "envelope.jsonl") if read is not None else None
            value = Evaluator(document, ruleset.definitions, symbolic=False).eval(definition.body, {}) if document else None
        except (Invalid, RuleError):
            value = None
        if value is None or not is_number(value):
            return Fraction(FAR_H)
        waits.append(Fraction(value))
    return max(waits)


def _smallest(feasible: Callable[[Fraction], tuple[str, str] | None], low: Fraction, high: Fraction, unit: Fraction) -> tuple[Fraction | None, tuple[str, str] | None]:
    """The smallest grid point in [low, high] that is feasible, given that high is; and why the one before fails."""
    failed = feasible(high)
    if failed is not None:
        return None, failed
    lo, hi = -(-low // unit), int(high / unit)
    lo = int(lo)
    if feasible(lo * unit) is None:
        return lo * unit, None
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if feasible(mid * unit) is None:
            hi = mid
        else:
            lo = mid
    return hi * unit, feasible(lo * unit)


def _hours(day: int, clock: str) -> Fraction:
    hh, mm = clock.split(":")
    return Fraction(day * 24) + Fraction(int(hh) * 60 + int(mm), 60)


def _event_hours(event: dict[str, Any]) -> Fraction | None:
    if "day" in event:
        return _hours(int(event["day"]), str(event.get("time", "08:00")))
    return None


def _clock(hour: Fraction) -> tuple[int, str]:
    minutes = int(hour * 60)
    return minutes // (24 * 60), f"{(minutes // 60) % 24:02d}:{minutes % 60:02d}"


_AT_HOURS = re.compile(r"\d+(\.\d+)?")
_AT_DAY_CLOCK = re.compile(r"(\d+)\s+([01]?\d|2[0-3]):([0-5]\d)")


def parse_at(text: str) -> Fraction:
    """`--at`: hours from hour 0 ("106.5"), or a day and clock time ("4 10:00"); anything else is a ValueError."""
    text = text.strip()
    day_clock = _AT_DAY_CLOCK.fullmatch(text)
    if day_clock is not None:
        return _hours(int(day_clock[1]), f"{day_clock[2]}:{day_clock[3]}")
    if _AT_HOURS.fullmatch(text):
        return Fraction(text)
    raise ValueError(f'expected hours from hour 0 ("106.5") or a day and a clock time ("4 10:00"), got {text!r}')


# What `--what` may ask for; the warnings inside the dose range come with the dose.
PARTS = ("dose", "increase", "refill", "flex")
ALL_PARTS = frozenset({*PARTS, "warnings"})


def parts_of(what: list[str] | None) -> frozenset[str]:
    """The parts `--what` names (all of them when it is not given)."""
    if not what:
        return ALL_PARTS
    chosen = frozenset(what)
    return chosen | {"warnings"} if "dose" in chosen else chosen


def envelope_of(data: dict[str, Any], ruleset: RuleSet, at_h: Fraction | None = None, timeout_s: float = DEFAULT_TIMEOUT_S,
                parts: frozenset[str] = ALL_PARTS, engine: str = "auto", method: str = "computed") -> Envelope:
    """The envelope of the next change; `parts` limits it to some bounds (the dose range is computed for
    the dose, the refill at the highest dose and the warnings inside the range). ENGINE checks each probe
    (auto, as `check` does; z3 only to measure the solver against it). METHOD: "computed" from the margins
    where they tell (margins.py), else by bisection; "bisection" everywhere (the reference)."""
    if method not in ("computed", "bisection"):
        raise ValueError(f"unknown method {method!r}")
    if data.get("kind") == "program":
        return _program_envelope(data, ruleset, timeout_s, parts, engine, method)
    return _plan_envelope(data, ruleset, at_h, timeout_s, parts, engine, method)


def _plan_envelope(data: dict[str, Any], ruleset: RuleSet, at_h: Fraction | None, timeout_s: float, parts: frozenset[str], engine: str,
                   method: str) -> Envelope:
    if any("at" in e for key in ("screening", "infusion", "boluses", "refills") for e in data.get(key, [])):
        raise ValueError("the envelope takes plans written with day:/time: (not at:)")
    infusion = data.get("infusion") or []
    if not infusion:
        raise ValueError("the plan has no infusion step to continue")
    times = [_event_hours(e) for key in ("screening", "infusion", "boluses", "refills") for e in data.get(key, [])]
    last_event = max(t for t in times if t is not None)
    end = data.get("end")
    end_h = _hours(int(end["day"]), str(end.get("time", "00:00"))) if end else last_event + 24
    change_h = at_h if at_h is not None else max(end_h, last_event + MINUTE)
    if (change_h * 60).denominator != 1:
        raise ValueError("--at is on a whole minute")
    if any(_event_hours(e) is not None and _event_hours(e) >= change_h for e in infusion):  # type: ignore[operator]
        raise ValueError("the next change comes after the plan's last infusion step")
    current = _dose_in_force(infusion, data)
    phase = next((e["phase"] for e in reversed(infusion) if e.get("phase") not in (None, "stop", "emergency")), "maintenance")

    def variant(dose: Fraction | None = None, when: Fraction = change_h, refill_h: Fraction | None = None) -> dict[str, Any]:
        # A new top level over the document's own parts, which no variant changes: no deep copy per probe.
        day, clock = _clock(when)
        step: dict[str, Any] = {"day": day, "time": clock, "phase": phase, "mode": "continuous", "daily_dose_ug": yaml_decimal(dose if dose is not None else current)}
        v = {**data, "infusion": [*infusion, step]}
        horizon = when + 24
        if refill_h is not None:
            rday, rclock = _clock(refill_h)
            last_fill = (data.get("refills") or [{}])[-1]
            v["refills"] = [*(data.get("refills") or []), {"day": rday, "time": rclock, "volume_ml": last_fill.get("volume_ml", 20), "concentration_ug_ml": last_fill.get("concentration_ug_ml", step.get("concentration_ug_ml", 500)), "diluent": last_fill.get("diluent", "none")}]
            horizon = max(horizon, refill_h)
        end_day, end_clock = _clock(max(end_h, horizon))
        v["end"] = {"day": end_day, "time": end_clock}
        return v

    probe = Probe(data, ruleset, timeout_s, engine, method)
    base = probe.check(variant())
    probe.baseline = {f.requirement for f in base.findings if f.severity == "error" and f.requirement}
    result = Envelope(str(data.get("id")), "plan", change_h, current, Bound(None), Bound(None))
    if probe.baseline:
        result.notes.append(f"the plan already breaks {', '.join(sorted(probe.baseline))}; the envelope keeps to the other requirements")
    if parts & {"dose", "refill", "warnings"}:
        _dose_range(result, probe, lambda d: variant(d), current)
    elif parts & {"highest", "lowest"}:
        # One side of the range only (conform/generate.py asks for the side it steers to); the other stays unknown.
        _dose_range(result, probe, lambda d: variant(d), current, parts & {"highest", "lowest"})
    else:
        result.dose_range = False
    if "increase" in parts:
        # earliest increase: the smallest increase, one unit above the dose in force
        step_up = current + CENT

        last_step_h = max(h for h in (_event_hours(e) for e in infusion) if h is not None)
        reach = max(change_h, last_step_h) + _longest_wait_h(data, ruleset) + DAY_H
        result.earliest_increase_h = probe.smallest(lambda t: variant(step_up, when=t), last_step_h + MINUTE, reach, MINUTE)
        result.earliest_increase_h.unit = "h"
    if parts & {"refill", "refill-now"}:
        # latest refill at the current and at the upper-bound dose (refill-now: at the current dose only, without the dose range)
        for label, dose in (("at the current dose", current), ("at the highest dose", result.highest.value)):
            if dose is None or (label != "at the current dose" and "refill" not in parts):
                continue
            latest = probe.largest(lambda r: variant(dose, refill_h=r), change_h + MINUTE, change_h + FAR_H, MINUTE)  # noqa: B023 - called before the loop moves on
            latest.unit = "h"
            result.latest_refill[label] = latest
    if "flex" in parts:
        _flex_night(result, data, probe, change_h, phase, end_h)
    if "warnings" in parts:
        _soft_warnings(result, probe, lambda d: variant(d))
    return result


def _flex_night(result: Envelope, data: dict[str, Any], probe: Probe, change_h: Fraction, phase: str, end_h: Fraction) -> None:
    """With a flex schedule in force: the largest rate of its highest step, the other steps as they are."""
    schedule = None
    for e in data.get("infusion", []):
        if e.get("mode") == "flex" and "steps" in e:
            schedule = e["steps"]
        elif e.get("mode") == "continuous" or "daily_dose_ug" in e or e.get("phase") == "stop":
            schedule = None
    if not schedule or len(schedule) < 2:
        return
    night = max(range(len(schedule)), key=lambda i: Fraction(str(schedule[i]["dose_ug_h"])))
    rate = Fraction(str(schedule[night]["dose_ug_h"]))

    def variant(value: Fraction) -> dict[str, Any]:
        steps = list(schedule)
        steps[night] = {**schedule[night], "dose_ug_h": yaml_decimal(value)}
        day, clock = _clock(change_h)
        end_day, end_clock = _clock(max(end_h, change_h + 24))
        return {**data, "infusion": [*data["infusion"], {"day": day, "time": clock, "phase": phase, "mode": "flex", "steps": steps}],
                "end": {"day": end_day, "time": end_clock}}

    result.flex_night = probe.largest(variant, rate, rate * 3 + 10, CENT)
    result.flex_night.unit = f"ug/h (the {schedule[night]['start']} step)"


def with_next_dose(data: dict[str, Any], envelope: Envelope, dose: Fraction) -> dict[str, Any]:
    """The document with the next change programmed at `dose` (what a user would enter)."""
    v = copy.deepcopy(data)
    if data.get("kind") == "program":
        new = v.setdefault("new", {})
        new["mode"] = "continuous"
        new.pop("steps", None)
        new["daily_dose_ug"] = yaml_decimal(dose)
        return v
    infusion = v["infusion"]
    phase = next((e["phase"] for e in reversed(infusion) if e.get("phase") not in (None, "stop", "emergency")), "maintenance")
    day, clock = _clock(envelope.at_h)
    infusion.append({"day": day, "time": clock, "phase": phase, "mode": "continuous", "daily_dose_ug": yaml_decimal(dose)})
    end = data.get("end")
    end_h = _hours(int(end["day"]), str(end.get("time", "00:00"))) if end else envelope.at_h
    end_day, end_clock = _clock(max(end_h, envelope.at_h + 24))
    v["end"] = {"day": end_day, "time": end_clock}
    return v


def _dose_in_force(infusion: list[dict[str, Any]], data: dict[str, Any]) -> Fraction:
    dose: Fraction | None = None
    if data.get("history"):
        dose = Fraction(str(data["history"]["daily_dose_ug"]))
    for e in infusion:
        if e.get("phase") == "stop":
            dose = Fraction(0)
        elif "daily_dose_ug" in e:
            dose = Fraction(str(e["daily_dose_ug"]))
        elif e.get("mode") == "flex" and "steps" in e:
            dose = _flex_daily(e["steps"])
    return dose or Fraction(0)


def _flex_daily(steps: list[dict[str, Any]]) -> Fraction:
    starts = [int(s["start"][:2]) * 60 + int(s["start"][3:]) for s in steps]
    total = Fraction(0)
    for i, s in enumerate(steps):
        end = starts[i + 1] if i + 1 < len(steps) else starts[0] + 24 * 60
        total += Fraction(str(s["dose_ug_h"])) * Fraction(end - starts[i], 60)
    return total


def _dose_range(result: Envelope, probe: Probe, variant: Callable[[Fraction], dict[str, Any]], current: Fraction,
                sides: frozenset[str] = frozenset({"highest", "lowest"})) -> None:
    top = max(current * 3, current + 1000)
    if "highest" in sides:
        result.highest = probe.largest(variant, current, top, CENT)
        if result.highest.value is not None and result.highest.binding is None:
            result.notes.append(f"no requirement bounds the daily dose below {top} ug/day in this search")
    if "lowest" not in sides:
        return
    result.lowest = probe.smallest(variant, Fraction(0), current, CENT)
    if result.highest.value is None:
        result.notes.append("even the dose in force breaks a requirement at this time: there is no feasible change")


def _soft_warnings(result: Envelope, probe: Probe, variant: Callable[[Fraction], dict[str, Any]]) -> None:
    if result.highest.value is None or result.lowest.value is None:
        return
    seen: set[str] = set()
    for point in (result.lowest.value, result.current_daily_dose_ug, result.highest.value):
        for finding in probe.check(variant(point)).findings:
            if finding.severity == "warning" and finding.requirement and finding.requirement not in seen:
                seen.add(finding.requirement)
                result.warnings.append(f"{finding.requirement} at {point} ug/day: {finding.message}")


def _program_envelope(data: dict[str, Any], ruleset: RuleSet, timeout_s: float, parts: frozenset[str], engine: str, method: str) -> Envelope:
    previous = data.get("previous") or {}
    current = Fraction(str(previous["daily_dose_ug"])) if "daily_dose_ug" in previous else _flex_daily(previous.get("steps", []))

    def variant(dose: Fraction | None = None, refill_h: Fraction | None = None) -> dict[str, Any]:
        new = {key: value for key, value in (data.get("new") or {}).items() if key != "steps"}
        new["mode"] = "continuous"
        new["daily_dose_ug"] = yaml_decimal(dose if dose is not None else current)
        v = {**data, "new": new}
        if refill_h is not None:
            v["reservoir"] = {**data["reservoir"], "next_refill_h": yaml_decimal(refill_h)}
        return v

    probe = Probe(data, ruleset, timeout_s, engine, method)
    base = probe.check(variant())
    probe.baseline = {f.requirement for f in base.findings if f.severity == "error" and f.requirement}
    result = Envelope(str(data.get("id")), "program", Fraction(0), current, Bound(None), Bound(None))
    if probe.baseline:
        result.notes.append(f"the program already breaks {', '.join(sorted(probe.baseline))} at its present dose; the envelope keeps to the other requirements")
    # A probe is feasible or not by the error requirements the program does not already break, and the solver
    # decides each rule of a program with queries of its own: the probes ask those rules only (warnings are
    # read from full checks, _soft_warnings).
    probe.deciding = RuleSet(ruleset.files, tuple(r for r in ruleset.rules if r.severity == "error" and r.id not in probe.baseline),
                             ruleset.definitions)
    if parts & {"dose", "refill", "warnings"}:
        _dose_range(result, probe, lambda d: variant(d), current)
    else:
        result.dose_range = False
    if "refill" in parts:
        for label, dose in (("at the current dose", current), ("at the highest dose", result.highest.value)):
            if dose is None:
                continue
            latest = probe.largest(lambda r: variant(dose, refill_h=r), CENT, Fraction(FAR_H), CENT)  # noqa: B023 - called before the loop moves on
            latest.unit = "h"
            result.latest_refill[label] = latest
    if "warnings" in parts:
        _soft_warnings(result, probe, lambda d: variant(d))
    return result


def describe(envelope: Envelope) -> str:
    def bound(b: Bound, unit: str) -> str:
        if b.value is None:
            return f"none ({b.binding}: {b.reason})" if b.binding else "none"
        text = f"{_show(b.value)} {unit}"
        if unit == "h" and envelope.kind == "plan":
            day, clock = _clock(b.value)
            text = f"hour {_show(b.value)} (day {day} {clock})"
        if b.binding:
            text += f", bound by {b.binding}: one step past it, {b.reason}"
        return text

    lines = [f"{envelope.id}: the next change at hour {_show(envelope.at_h)} (daily dose in force: {_show(envelope.current_daily_dose_ug)} ug/day)"]
    if envelope.dose_range:
        lines.append(f"  highest daily dose: {bound(envelope.highest, 'ug/day')}")
        lines.append(f"  lowest daily dose:  {bound(envelope.lowest, 'ug/day')}")
    if envelope.earliest_increase_h is not None:
        extra = "" if envelope.earliest_increase_h.binding else " (no requirement makes it wait: the first minute after the last step)"
        lines.append(f"  earliest increase:  {bound(envelope.earliest_increase_h, 'h')}{extra}")
    if envelope.flex_night is not None:
        lines.append(f"  largest night-time flex step: {bound(envelope.flex_night, envelope.flex_night.unit)}")
    for label, b in envelope.latest_refill.items():
        lines.append(f"  latest refill {label}: {bound(b, 'h')}")
    for w in envelope.warnings:
        lines.append(f"  warning inside the range: {w}")
    lines += _methods(envelope)
    for n in envelope.notes:
        lines.append(f"  note: {n}")
    return "\n".join(lines)


def _methods(envelope: Envelope) -> list[str]:
    """How each bound was found: computed from the margins, or by bisection and why."""
    named = [("highest daily dose", envelope.highest if envelope.dose_range else None), ("lowest daily dose", envelope.lowest if envelope.dose_range else None),
             ("earliest increase", envelope.earliest_increase_h), ("flex step", envelope.flex_night),
             *((f"latest refill {label}", b) for label, b in envelope.latest_refill.items())]
    shown = [(name, b) for name, b in named if b is not None and b.method is not None]
    if not shown:
        return []
    if all(b.method == "computed" for _, b in shown):
        return ["  method: computed (every bound, from the requirements' margins)"]
    return ["  method: " + "; ".join(f"{name} {b.method}" + (f" ({b.method_note})" if b.method_note else "") for name, b in shown)]


def _show(value: Fraction) -> str:
    return format_number(value)


_INTEGER = re.compile(r"[-+]?\d+")
_DECIMAL = re.compile(r"[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?")


def node_data(node: Node) -> Any:
    """A composed document as plain data, each scalar read as the validator reads it: `10:00` stays
    the clock time it is (YAML 1.1's loader would make it the number 600), numbers stay numbers."""
    if isinstance(node, Mapping):
        return {key.text: node_data(value) for key, value in node.items}
    if isinstance(node, Sequence):
        return [node_data(item) for item in node.items]
    assert isinstance(node, Scalar)
    if not node.plain:
        return node.text
    text = node.text
    if text in ("true", "false"):
        return text == "true"
    if text in ("", "~", "null"):
        return None
    if _INTEGER.fullmatch(text):
        return int(text)
    if _DECIMAL.fullmatch(text):
        return float(text)
    return text


def read_document(path: str, ruleset: RuleSet, timeout_s: float) -> tuple[dict[str, Any] | None, list[str]]:
    """The document at PATH, read and checked exactly as `check` reads and checks it; or why not."""
    from pathlib import Path

    from itbverify.analyses.check import check_source
    from itbverify.documents.read import find_files, read_sources

    found = list(find_files([path]))
    if len(found) != 1 or not isinstance(found[0], tuple) or Path(path).is_dir():
        return None, [f"{path}: no such file" if not Path(path).exists() else f"{path}: expected one document file"]
    sources = list(read_sources(*found[0]))
    if len(sources) != 1:
        return None, [f"{path}: holds {len(sources)} documents; the envelope takes one"]
    source = sources[0]
    if source.skipped:
        return None, [f"{path}: not a document (a YAML mapping without the key 'itbverify'); the envelope takes a plan or a program"]
    first = check_source(source, ruleset, timeout_s)
    if first.verdict in ("invalid", "error"):
        return None, [f"{path}:{f.line}:{f.column}: {first.verdict}: {f.message}" for f in first.findings]
    assert source.node is not None
    data = node_data(source.node)
    if not isinstance(data, dict) or data.get("kind") not in ("plan", "program"):
        return None, [f"{path}: the envelope takes a plan or a program"]
    return data, []


def run_envelope(path: str, at: Fraction | None, fmt: str, ruleset: RuleSet, timeout_s: float, parts: frozenset[str] = ALL_PARTS) -> int:
    import sys

    data, problems = read_document(path, ruleset, timeout_s)
    if data is None:
        for problem in problems:
            sys.stderr.write(f"itbverify: {problem}\n")
        return 2
    if at is not None and data.get("kind") == "program":
        sys.stderr.write(f"itbverify: error: --at applies to plans; {path} is a program, whose next change is its new programming\n")
        return 2
    try:
        envelope = envelope_of(data, ruleset, at, timeout_s, parts)
    except (ValueError, KeyError) as error:
        sys.stderr.write(f"itbverify: {path}: {error}\n")
        return 2
    if fmt == "json":
        print(json.dumps(envelope.to_json(), indent=2))
    else:
        print(describe(envelope))
    return 0
