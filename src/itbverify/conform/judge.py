"""Judging a target's decision with the rule set: does the event add an error to the plan, is the plan with it safe?

The plan without the event (what the session has accepted) and the plan with
it are judged as plan documents, each ending where a plan without `end:`
ends: 24 hours after its last event. So the plan with the event is judged a
day past it, where what it starts shows (a 24-hour window, the reservoir
running down): accepting a refill booked after the reservoir reaches its
alarm volume, or a change after which it does within the day, adds an error
the accepted plan did not have. Only error findings count; a warning never
makes an acceptance unsafe.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from itbverify.analyses.check import check_json_line
from itbverify.analyses.envelope import DAY_H, _clock, _event_hours, document_key
from itbverify.base.exact import Fraction
from itbverify.engines.results import Result
from itbverify.language.ruleset import RuleSet

LISTS_IN_PLAN = ("screening", "infusion", "boluses", "refills")
JUDGE_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Judgement:
    """What the rule set says of the plan with the event, against the plan without it."""

    new_errors: tuple[tuple[str, str], ...]  # (requirement, message) of each error the event adds
    safe_with: bool  # the plan with the event has no error finding and nothing undecided
    unknown: tuple[str, ...]  # requirements the rule set could not decide on the plan with the event
    invalid: str | None  # the plan with the event is not a valid document (the generator's slip, never the target's)
    errors_with: tuple[str, ...]  # every error requirement of the plan with the event


def hours(entry: dict[str, Any]) -> Fraction:
    """The hour of an entry written with a day and an HH:MM time (hour 0 is 00:00 of day 0; no time is the format's 08:00)."""
    found = _event_hours(entry)
    if found is None:
        raise ValueError(f"an entry without a day: {entry}")
    return found


def clock(hour: Fraction) -> dict[str, Any]:
    """{day, time} of an hour on a whole minute."""
    day, time = _clock(hour)
    return {"day": day, "time": time}


def last_hour(plan: dict[str, Any]) -> Fraction:
    times = [hours(e) for key in LISTS_IN_PLAN for e in plan.get(key, []) if "day" in e]
    return max(times) if times else Fraction(0)


def with_end(plan: dict[str, Any], end_h: Fraction) -> dict[str, Any]:
    return {**plan, "end": clock(end_h)}


def with_event(plan: dict[str, Any], event: dict[str, Any]) -> dict[str, Any]:
    key = event["list"]
    return {**plan, key: [*plan.get(key, []), event["entry"]]}


class Judge:
    def __init__(self, ruleset: RuleSet, results: dict[str, Result] | None = None) -> None:
        # Only error findings count, so only the error rules are asked.
        self.ruleset = error_rules(ruleset)
        self.checks = 0
        # The error rules' results by document_key: RESULTS shares them with the generator's searches, which
        # write each variant as the judge does (as_judged), so a proposal at a bound is checked once.
        self.results: dict[str, Result] = results if results is not None else {}

    def check(self, plan: dict[str, Any]) -> Result:
        document = as_judged(plan)
        text = document_key(document)
        found = self.results.get(text)
        if found is None:
            self.checks += 1
            found = check_json_line(text, 1, f"{plan.get('id', 'session')}.jsonl", self.ruleset, JUDGE_TIMEOUT_S, engine="auto")
            self.results[text] = found
        return found

    def forget(self) -> None:
        """A new session: no document of the last one comes again (each session's plans carry its id)."""
        self.results.clear()

    def judge(self, plan: dict[str, Any], event: dict[str, Any] | None) -> Judgement:
        """The event (None: the session's start, its plan judged alone) against the plan accepted so far."""
        with_it = self.check(with_event(plan, event) if event is not None else plan)
        if with_it.verdict in ("invalid", "error"):
            message = with_it.findings[0].message if with_it.findings else with_it.verdict
            return Judgement((), False, (), message, ())
        errors_with = _errors(with_it)
        before_ids: set[str] = set()
        if event is not None:
            without = self.check(plan)
            before_ids = _errors(without) if without.verdict not in ("invalid", "error") else set()
        new = tuple(sorted({(r, m) for r, m in _error_findings(with_it) if r not in before_ids}))
        unknown = tuple(sorted(with_it.unknown or ()))
        return Judgement(new, with_it.verdict == "safe", unknown, None, tuple(sorted(errors_with)))


def as_judged(plan: dict[str, Any]) -> dict[str, Any]:
    """PLAN with the end a plan without `end:` has written in (24 hours after its last event): the same document."""
    if "end" in plan or "history" in plan:
        return plan
    return with_end(plan, last_hour(plan) + DAY_H)


def error_rules(ruleset: RuleSet) -> RuleSet:
    """The rule set's error rules (made once per rule set: each rule set is lowered once, engines.concrete)."""
    found = _ERROR_RULES.get(id(ruleset))
    if found is None or found[0] is not ruleset:
        found = _ERROR_RULES[id(ruleset)] = (ruleset, RuleSet(ruleset.files, tuple(r for r in ruleset.rules if r.severity == "error"), ruleset.definitions))
    return found[1]


_ERROR_RULES: dict[int, tuple[RuleSet, RuleSet]] = {}


def _error_findings(result: Result) -> list[tuple[str, str]]:
    return [(str(f.requirement), f.message) for f in result.findings if f.severity == "error" and f.requirement and f.waiver is None]


def _errors(result: Result) -> set[str]:
    return {r for r, _ in _error_findings(result)}
