"""A conformance run: sessions generated, every decision of the target judged, failures shrunk, coverage counted."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from itbverify.base.exact import Fraction
from itbverify.base.numbers import yaml_decimal
from itbverify.conform.generate import Aim, Steering, new_session
from itbverify.conform.judge import Judge, Judgement, clock, hours, with_event
from itbverify.conform.protocol import propose_request, start_request
from itbverify.conform.targets import Misbehaviour, Target
from itbverify.language.ruleset import LABEL_PREFIX, RuleSet

# The error requirements a programming event (an infusion step, a refill, a bolus, a stop or a restart) can
# break, each aimed at by the generator (conform/generate.py); a run lists those never met at their boundary.
PROGRAMMING_REQUIREMENTS = (
    "ITB-CONC-1", "ITB-DOSE-3", "ITB-INIT-1", "ITB-INIT-2", "ITB-PUMP-1", "ITB-PUMP-2", "ITB-PUMP-3", "ITB-PUMP-4",
    "ITB-PUMP-5", "ITB-PUMP-6", "ITB-STOP-1", "ITB-STOP-2", "ITB-TITR-1", "ITB-TITR-2", "ITB-TITR-3",
)
# Replays of the target a shrink may spend on one failure.
SHRINK_BUDGET = 400


@dataclass
class Failure:
    kind: str  # "unsafe acceptance" | "needless refusal"
    session: str
    index: int  # the decision's proposal number in its session (0: the start)
    requirement: str | None  # the requirement the accepted event breaks (None for a needless refusal)
    message: str  # the rule set's finding, or for a refusal the target's reason
    reason: str | None  # the target's reason, when it gave one
    events_before_shrink: int
    start: dict[str, Any]  # the session's starting plan
    events: list[dict[str, Any]]  # the shrunk session's events, the failing one last
    document: dict[str, Any]  # the plan with every event, as judged: `itbverify check` reports the requirement
    replayed: bool  # the shrunk session was replayed against the target and fails the same way
    shrunk: bool = False  # shrinking ran (not with --no-shrink)


@dataclass
class Misbehaved:
    session: str
    request: dict[str, Any]
    kind: str
    detail: str


@dataclass
class Side:
    accepted: int = 0
    refused: int = 0


@dataclass
class Coverage:
    inside: Side = field(default_factory=Side)
    outside: Side = field(default_factory=Side)


@dataclass
class ConformRun:
    target: str
    seed: int
    sessions: int
    max_events: int
    decisions: int = 0
    accepted: int = 0
    refused: int = 0
    unknown: int = 0
    failures: list[Failure] = field(default_factory=list)
    refusals: list[Failure] = field(default_factory=list)  # needless refusals
    misbehaviours: list[Misbehaved] = field(default_factory=list)
    coverage: dict[str, Coverage] = field(default_factory=lambda: {r: Coverage() for r in PROGRAMMING_REQUIREMENTS})
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    judge_checks: int = 0
    numbers: range = range(0)  # the sessions this part of a parallel run ran

    def not_covered(self) -> list[str]:
        """Requirements never met on both sides of their boundary."""
        return [r for r, c in sorted(self.coverage.items())
                if (c.inside.accepted + c.inside.refused) == 0 or (c.outside.accepted + c.outside.refused) == 0]


def conform(target: Target, ruleset: RuleSet, seed: int, sessions: int, max_events: int, shrink: bool = True,
            progress: Callable[[int, int], None] | None = None, numbers: range | None = None) -> ConformRun:
    """Sessions NUMBERS (default: 0 .. SESSIONS - 1) of SEED against TARGET."""
    run = ConformRun(target.name, seed, sessions, max_events)
    for rule in ruleset.rules:
        # A policy pack's error rules (language.ruleset.with_packs) are met at their boundaries as the label's are.
        if rule.severity == "error" and not rule.id.startswith(LABEL_PREFIX):
            run.coverage.setdefault(rule.id, Coverage())
    judge = Judge(ruleset)
    steering = Steering(ruleset, judge.results)
    started = time.perf_counter()
    chosen = numbers if numbers is not None else range(sessions)
    for done, number in enumerate(chosen, start=1):
        _session(run, target, judge, steering, seed, number, max_events, shrink)
        if progress is not None:
            progress(done, len(chosen))
    run.seconds = time.perf_counter() - started
    run.judge_checks = judge.checks
    return run


_WORK: dict[str, Any] = {}


def conform_parallel(open_target: Callable[[], Target], ruleset: RuleSet, seed: int, sessions: int, max_events: int, jobs: int,
                     shrink: bool = True, progress: Callable[[int, int], None] | None = None) -> ConformRun:
    """As `conform`, the sessions shared among JOBS worker processes (forked), each with a target of its own
    (OPEN_TARGET); the results are merged in session order, so the output is the one `conform` gives."""
    if jobs <= 1 or sessions < 2:
        target = open_target()
        try:
            with _collected_seldom():
                return conform(target, ruleset, seed, sessions, max_events, shrink, progress)
        finally:
            target.close()
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _WORK.update(open_target=open_target, ruleset=ruleset, seed=seed, sessions=sessions, max_events=max_events, shrink=shrink)
    _WORK.pop("target", None)  # each worker opens its own target
    started = time.perf_counter()
    # Small slices, handed out as workers free up: a session that shrinks a failure takes far longer than one that does not.
    slices = [range(i, min(i + SLICE, sessions)) for i in range(0, sessions, SLICE)]
    parts: list[ConformRun] = []
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"), initializer=_worker) as pool:
        done = 0
        for part in pool.map(_run_slice, slices):
            parts.append(part)
            done += len(part.numbers)
            if progress is not None:
                progress(done, sessions)
    run = _merge(parts, seed, sessions, max_events)
    run.seconds = time.perf_counter() - started
    return run


SLICE = 4

# The first generation's threshold during a run (the default is 700 allocations): see _collected_seldom.
_GENERATION_0 = 20000


@contextmanager
def _collected_seldom() -> Iterator[None]:
    """A run makes and drops thousands of documents a second, none left in a cycle (each is unlinked), while
    what it keeps (the rule sets, their lowered code, the target) lives as long as it: the collector's passes,
    every 700 allocations and now and then over everything, cost more than they find. What lives so far is
    frozen (what is garbage already goes first), and the first generation is collected less often."""
    gc.collect()
    gc.freeze()
    threshold = gc.get_threshold()
    gc.set_threshold(_GENERATION_0, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _worker() -> None:
    """A worker process's start: it ends with the parent, and collects as a run does (_collected_seldom) for its life."""
    from itbverify.base.processes import die_with_parent

    die_with_parent()
    gc.freeze()
    gc.set_threshold(_GENERATION_0, *gc.get_threshold()[1:])


def _run_slice(numbers: range) -> ConformRun:
    # One target per worker, kept for its slices as `conform` keeps one for all its sessions (a process target
    # costs a start each time), closed as the worker exits.
    target = _WORK.get("target")
    if target is None:
        from multiprocessing.util import Finalize

        target = _WORK["target"] = _WORK["open_target"]()
        Finalize(target, target.close, exitpriority=10)
    part = conform(target, _WORK["ruleset"], _WORK["seed"], _WORK["sessions"], _WORK["max_events"], _WORK["shrink"], numbers=numbers)
    part.numbers = numbers
    return part


def _merge(parts: list[ConformRun], seed: int, sessions: int, max_events: int) -> ConformRun:
    run = ConformRun(parts[0].target, seed, sessions, max_events)
    for part in parts:
        run.decisions += part.decisions
        run.accepted += part.accepted
        run.refused += part.refused
        run.unknown += part.unknown
        run.failures += part.failures
        run.refusals += part.refusals
        run.misbehaviours += part.misbehaviours
        run.notes += part.notes
        run.judge_checks += part.judge_checks
        for requirement, cover in part.coverage.items():
            mine = run.coverage.setdefault(requirement, Coverage())
            for side in ("inside", "outside"):
                a, b = getattr(mine, side), getattr(cover, side)
                a.accepted += b.accepted
                a.refused += b.refused
    return run


def session_id(number: int) -> str:
    return f"S-{number + 1:05d}"  # the same as the starting plan's id (generate.new_session)


def _session(run: ConformRun, target: Target, judge: Judge, steering: Steering, seed: int, number: int, max_events: int, shrink: bool) -> None:
    judge.forget()
    rng, start = new_session(seed, number, steering.adult_age)
    sid = session_id(number)
    request = start_request(sid, start)
    try:
        accept, reason = target.ask(request)
    except Misbehaviour as error:
        _misbehaved(run, target, sid, request, error)
        return
    judgement = judge.judge(start, None)
    if not _decided(run, sid, 0, accept, reason, None, judgement, start, [], shrink, target, judge):
        return
    plan = start
    events: list[dict[str, Any]] = []
    for index in range(1, max_events + 1):
        try:
            proposal = steering.propose(plan, rng)
        except ValueError as error:
            # The rule set's envelope has no next change to offer here (the plan already breaks a requirement
            # at every value): the session ends.
            run.notes.append(f"{sid}: the session ends after {index - 1} events: {error}")
            return
        request = propose_request(sid, index, proposal.event, plan)
        try:
            accept, reason = target.ask(request)
        except Misbehaviour as error:
            _misbehaved(run, target, sid, request, error)
            return
        judgement = judge.judge(plan, proposal.event)
        if judgement.invalid is not None:
            run.notes.append(f"{sid} event {index}: the generated event makes an invalid plan ({judgement.invalid}); not judged")
            continue
        _cover(run, proposal.aim, accept, judgement)
        if not _decided(run, sid, index, accept, reason, proposal.event, judgement, start, events, shrink, target, judge):
            return
        if accept:
            plan = with_event(plan, proposal.event)
            events.append(proposal.event)


def _misbehaved(run: ConformRun, target: Target, sid: str, request: dict[str, Any], error: Misbehaviour) -> None:
    run.misbehaviours.append(Misbehaved(sid, request, error.kind, error.detail))
    target.restart()


def _cover(run: ConformRun, aim: Aim, accept: bool, judgement: Judgement) -> None:
    """Counts a proposal at a requirement's boundary, on the side the rule set confirms it is."""
    if aim is None or aim[0] not in run.coverage:
        return
    requirement, side = aim
    broken = requirement in {r for r, _ in judgement.new_errors}
    if (side == "outside") != broken:
        return  # not where it was aimed (another requirement bound it first): not counted at this boundary
    tally = run.coverage[requirement].outside if side == "outside" else run.coverage[requirement].inside
    if accept:
        tally.accepted += 1
    else:
        tally.refused += 1


def _decided(run: ConformRun, sid: str, index: int, accept: bool, reason: str | None, event: dict[str, Any] | None, judgement: Judgement,
             start: dict[str, Any], events: list[dict[str, Any]], shrink: bool, target: Target, judge: Judge) -> bool:
    """Records one decision; False when the session ends with it (refused start, unsafe acceptance)."""
    run.decisions += 1
    if accept:
        run.accepted += 1
    else:
        run.refused += 1
    if judgement.unknown:
        run.unknown += 1
        run.notes.append(f"{sid} event {index}: the rule set could not decide {', '.join(judgement.unknown)}; the decision is not judged")
        return accept or event is not None
    sequence = [*events, event] if event is not None else []
    if accept and judgement.new_errors:
        requirement, message = judgement.new_errors[0]
        failure = _failure("unsafe acceptance", sid, index, requirement, message, reason, start, sequence)
        if shrink:
            _shrink(failure, target, judge)
        run.failures.append(failure)
        # The plan now breaks the requirement: later decisions would be judged against a broken plan.
        return False
    if not accept and judgement.safe_with:
        failure = _failure("needless refusal", sid, index, None, reason or "(no reason given)", reason, start, sequence)
        if shrink and event is not None:
            _shrink(failure, target, judge)
        run.refusals.append(failure)
    # A refused event leaves the plan as it was and the session goes on; a refused start ends it.
    return accept or event is not None


def _failure(kind: str, sid: str, index: int, requirement: str | None, message: str, reason: str | None, start: dict[str, Any],
             events: list[dict[str, Any]]) -> Failure:
    return Failure(kind, sid, index, requirement, message, reason, len(events), start, list(events), _document(start, events), False)


def _document(start: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """The plan with every event, as judged (no `end:`: 24 hours after its last event)."""
    plan = start
    for event in events:
        plan = with_event(plan, event)
    return plan


# ---- shrinking ------------------------------------------------------------------------------------------


def _replay(failure: Failure, events: list[dict[str, Any]], target: Target, judge: Judge, tries: list[int]) -> tuple[bool, str]:
    """Does the session of EVENTS fail as FAILURE did, against the target now? (and the rule set's message)"""
    tries[0] += 1
    sid = f"{failure.session}-shrink-{tries[0]}"
    try:
        accept, _ = target.ask(start_request(sid, failure.start))
        if not accept:
            return False, ""
        plan = failure.start
        for index, event in enumerate(events, start=1):
            accept, _ = target.ask(propose_request(sid, index, event, plan))
            last = index == len(events)
            if not last:
                if not accept:
                    return False, ""
                plan = with_event(plan, event)
                continue
            judgement = judge.judge(plan, event)
            if failure.kind == "unsafe acceptance":
                found = dict(judgement.new_errors)
                return (accept and failure.requirement in found), found.get(str(failure.requirement), "")
            return (not accept and judgement.safe_with and not judgement.unknown), ""
    except Misbehaviour:
        target.restart()
        return False, ""
    return False, ""


def _shrink(failure: Failure, target: Target, judge: Judge) -> None:
    """The shortest session, with the simplest numbers, that still fails against the target (each candidate replayed)."""
    events = list(failure.events)
    tries = [0]

    def fails(candidate: list[dict[str, Any]]) -> bool:
        return tries[0] < SHRINK_BUDGET and _replay(failure, candidate, target, judge, tries)[0]

    changed = True
    while changed and tries[0] < SHRINK_BUDGET:
        changed = False
        # Events before the failing one, removed one at a time while the failure stays.
        for i in range(len(events) - 2, -1, -1):
            candidate = events[:i] + events[i + 1:]
            if fails(candidate):
                events, changed = candidate, True
                continue
            # A change of the daily dose removed with every later dose scaled by its ratio, so that each later
            # change keeps its size (a reduction that only set up a later increase goes).
            for other in (_without_change(events, i), _phase_moved_back(events, i)):
                if other is not None and fails(other):
                    events, changed = other, True
                    break
            else:
                # A boundary the failing event sat just past may move with what went (a reservoir's alarm time
                # with a dose): the failing event moved to meet it, nearest first.
                for minutes in _SHIFTS:
                    moved = _last_moved(candidate, minutes)
                    if moved is not None and fails(moved):
                        events, changed = moved, True
                        break
        # A long wait between two events closed up (every later event moved earlier by whole days): the
        # refills that only bridged it can then go.
        for i in range(len(events) - 1, 0, -1):
            days = int((hours(events[i]["entry"]) - hours(events[i - 1]["entry"])) // 24) - 1
            if days >= 1:
                candidate = events[:i] + [_earlier(e, days) for e in events[i:]]
                if fails(candidate):
                    events, changed = candidate, True
    # Simpler numbers: each value rounded to fewer decimals, kept where the failure stays.
    for i, event in enumerate(events):
        for key, value in list(event["entry"].items()):
            if not isinstance(value, float):
                continue
            for simpler in _simpler(value):
                if tries[0] >= SHRINK_BUDGET:
                    break
                candidate = [*events[:i], {**event, "entry": {**event["entry"], key: simpler}}, *events[i + 1:]]
                if _replay(failure, candidate, target, judge, tries)[0]:
                    events = candidate
                    event = candidate[i]
                    break
    ok, message = _replay(failure, events, target, judge, tries)
    failure.events = events
    failure.document = _document(failure.start, events)
    failure.replayed = ok
    failure.shrunk = True
    if ok and message:
        failure.message = message


# The moves of the failing event's time, in minutes, tried when an event before it goes: nearest first, to a day.
_SHIFTS = tuple(sign * 2**k for k in range(11) for sign in (-1, 1))


def _last_moved(events: list[dict[str, Any]], minutes: int) -> list[dict[str, Any]] | None:
    """EVENTS with the last one MINUTES later (earlier when negative); None where that is not after every other event."""
    if not events or "day" not in events[-1]["entry"]:
        return None
    at = hours(events[-1]["entry"]) + Fraction(minutes, 60)
    if any(at <= hours(e["entry"]) for e in events[:-1] if "day" in e["entry"]):
        return None
    return [*events[:-1], {**events[-1], "entry": {**events[-1]["entry"], **clock(at)}}]


def _phase_moved_back(events: list[dict[str, Any]], i: int) -> list[dict[str, Any]] | None:
    """EVENTS without event I, an infusion step that changes only the phase, its phase given to the step before it."""
    entry = events[i]["entry"]
    if events[i]["list"] != "infusion" or "phase" not in entry or set(entry) - {"day", "time", "phase", "mode", "daily_dose_ug"}:
        return None
    j = next((k for k in range(i - 1, -1, -1) if events[k]["list"] == "infusion"), None)
    if j is None or events[j]["entry"].get("phase") in ("stop", "emergency"):
        return None
    moved = {**events[j], "entry": {**events[j]["entry"], "phase": entry["phase"]}}
    return [*events[:j], moved, *events[j + 1:i], *events[i + 1:]]


def _without_change(events: list[dict[str, Any]], i: int) -> list[dict[str, Any]] | None:
    """EVENTS without event I, an infusion step that changes the daily dose, every later dose scaled by before/after."""
    entry = events[i]["entry"]
    if events[i]["list"] != "infusion" or "daily_dose_ug" not in entry or not entry["daily_dose_ug"]:
        return None
    before = next((e["entry"]["daily_dose_ug"] for e in reversed(events[:i]) if e["list"] == "infusion" and "daily_dose_ug" in e["entry"]), None)
    if not before:
        return None
    ratio = Fraction(str(before)) / Fraction(str(entry["daily_dose_ug"]))
    out = events[:i]
    for event in events[i + 1:]:
        later = event["entry"]
        if event["list"] == "infusion" and later.get("daily_dose_ug"):
            event = {**event, "entry": {**later, "daily_dose_ug": _scaled(later["daily_dose_ug"], ratio)}}
        elif event["list"] == "infusion" and later.get("steps"):
            event = {**event, "entry": {**later, "steps": [{**step, "dose_ug_h": _scaled(step["dose_ug_h"], ratio)} for step in later["steps"]]}}
        out.append(event)
    return out


def _scaled(value: Any, ratio: Fraction) -> Any:
    return yaml_decimal(Fraction(round(Fraction(str(value)) * ratio * 100), 100))


def _earlier(event: dict[str, Any], days: int) -> dict[str, Any]:
    return {**event, "entry": {**event["entry"], "day": event["entry"]["day"] - days}}


def _simpler(value: float) -> list[int | float]:
    out: list[int | float] = []
    for digits in (0, 1):
        for rounded in (round(value, digits), float(int(value * 10**digits)) / 10**digits):
            candidate: int | float = int(rounded) if digits == 0 else rounded
            if candidate != value and candidate not in out and candidate > 0:
                out.append(candidate)
    return out
