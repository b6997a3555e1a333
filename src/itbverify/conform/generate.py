"""Programming sessions, generated from a seed: realistic patients and plans, proposals steered to the limits.

Each session is drawn from a generator seeded by the run's seed and the
session's number, so a session is the same on every run and in any order.
Most proposals sit at a bound of what the rule set allows at that moment, or
one grid unit past it (0.01 ug, one minute): the bound and the requirement
that sets it come from the rule set itself (the envelope of the next change,
or a search over one value with analyses.envelope.Probe), never from numbers
written here. The rest are known hazardous patterns and realistic values.
Each proposal says which requirement's boundary it aims at, and on which
side, for the coverage table.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from itbverify.analyses.check import check_json_line
from itbverify.analyses.envelope import FAR_H, Bound, Probe, document_key
from itbverify.analyses.envelope import _dose_in_force as dose_in_force
from itbverify.analyses.envelope import _longest_wait_h as longest_wait_h
from itbverify.base.exact import Fraction
from itbverify.base.numbers import yaml_decimal
from itbverify.conform.judge import as_judged, clock, error_rules, hours, last_hour, with_end, with_event
from itbverify.conform.protocol import event_of
from itbverify.engines.results import Result
from itbverify.language.ruleset import RuleSet
from itbverify.semantics.constants import constant

CENT = Fraction(1, 100)
DAY_H = 24
MINUTE = Fraction(1, 60)
PROBE_TIMEOUT_S = 10.0

# Aim: (requirement, "inside" | "outside") of the boundary a proposal's value sits at; None for the rest.
Aim = tuple[str, str] | None


@dataclass(frozen=True)
class Proposal:
    event: dict[str, Any]
    aim: Aim


def new_session(seed: int, number: int, adult_age: int) -> tuple[random.Random, dict[str, Any]]:
    """The session's generator and its starting plan: the patient, the pump and a positive screening. Ages
    cluster at the rule set's ADULT_AGE (a year either side) and at the youngest the label treats."""
    rng = random.Random(f"{seed}/{number}")
    age = rng.choice([4, 5, 6, 9, 12, 16, adult_age - 1, adult_age - 1, adult_age, adult_age, adult_age + 1, 25, 34, 47, 52, 66, 71, 80])
    origin = rng.choice(["spinal", "cerebral"])
    cause = rng.choice(["multiple-sclerosis", "spinal-cord-injury"] if origin == "spinal" else ["cerebral-palsy", "stroke", "hypoxic-brain-injury"])
    patient: dict[str, Any] = {"age_years": age, "weight_kg": rng.choice([16, 25, 40, 55, 70, 85]) if age >= 12 or rng.random() < 0.5 else 20,
                               "origin": origin, "cause": cause, "infection": False}
    pump = {"programmable": rng.random() < 0.85, "reservoir_ml": rng.choice([20, 20, 40]), "low_reservoir_alarm_ml": rng.choice([2, 2, 2, 1, 3])}
    effect = rng.choice([4, 6, 8, 10, 12, 12, 13, 24])
    if rng.random() < 0.7:
        screening = [{"day": 0, "time": "08:00", "dose_ug": 50, "concentration_ug_ml": 50, "duration_min": 1, "response": "positive", "effect_h": effect}]
    else:
        screening = [
            {"day": 0, "time": "08:00", "dose_ug": 50, "concentration_ug_ml": 50, "duration_min": 1, "response": "negative"},
            {"day": 1, "time": "08:00", "dose_ug": 75, "concentration_ug_ml": 50, "duration_min": 1, "response": "positive", "effect_h": effect},
        ]
    plan = {"itbverify": 1, "kind": "plan", "id": f"S-{number + 1:05d}", "route": "intrathecal", "patient": patient, "pump": pump,
            "resuscitation_ready": True, "screening": screening, "infusion": [], "refills": [], "boluses": []}
    return rng, plan


class Steering:
    """Proposes a session's next event from the plan it has accepted so far."""

    def __init__(self, ruleset: RuleSet, results: dict[str, Result] | None = None) -> None:
        self.ruleset = ruleset
        self.errors = error_rules(ruleset)
        # The error rules' results by document, shared with the judge (Judge.results).
        self.results: dict[str, Result] = results if results is not None else {}
        self.adult_age = int(constant(ruleset.definitions, "adult_age"))
        self._alone_sets: dict[str, RuleSet] = {}
        # The other side of the last boundary proposed, for the same plan: a refused proposal leaves the plan
        # as it was, and the bound found for it serves the next proposal too (half the searches).
        self._other: Proposal | None = None
        self._pending: tuple[dict[str, Any], Proposal] | None = None
        # The session's course: most titrate and maintain; some wean (to maintenance, a taper, a stop and a
        # restart within a dozen events).
        self._story: tuple[Any, str] = (None, "therapy")
        # What ITB-STOP-1 alone finds on the session's documents, by document (_stop_keeps asks of one plan again).
        self._stops: dict[str, int] = {}

    def propose(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        pending, self._pending = self._pending, None
        if pending is not None and pending[0] is plan:
            return pending[1]
        self._other = None
        proposal = self._choose(plan, rng)
        if self._other is not None:
            self._pending = (plan, self._other)
        return proposal

    def _choose(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        if self._story[0] != plan["id"]:
            self._story = (plan["id"], "wean" if rng.random() < 0.25 else "therapy")
            self._stops.clear()
        wean = self._story[1] == "wean"
        if not plan["refills"]:
            return self._first_fill(plan, rng)
        if not plan["infusion"]:
            return self._first_step(plan, rng)
        phase = _phase(plan)
        if phase == "stop":
            return self._restart(plan, rng)
        choices: list[tuple[float, Callable[[dict[str, Any], random.Random], Proposal]]] = [
            (4, self._dose), (2, self._early_increase), (2, self._refill), (1.5, self._bolus)]
        if phase == "titration":
            choices += [(12 if wean else 1, self._to_maintenance), (0.3, self._flex), (0.3, self._emergency_stop)]
        if phase == "maintenance":
            choices += [(1.5, self._flex), (15 if wean else 1, self._taper), (0.5, self._stop), (0.6 if wean else 0.3, self._emergency_stop)]
        if phase == "taper":
            # A taper runs two weeks or more before it ends in a stop (the rule set says how long; a stop
            # proposed early is a hazard the target should refuse).
            long = self._stop_keeps(plan, _last_step(plan) + DAY_H)
            choices = [(0.2 if wean else 1, self._refill), (0.1 if wean else 0.5, self._bolus), (4, self._taper), (4 if long else 0.4, self._stop)]
        action = rng.choices([c for _, c in choices], weights=[w for w, _ in choices])[0]
        return action(plan, rng)

    # ---- the first fill and the first step ----------------------------------------------------------
    def _first_fill(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        start = int(max(hours(s) for s in plan["screening"]) // 24) + 1
        concentration = rng.choice([500, 500, 500, 2000, 50])
        aim: Aim = ("ITB-CONC-1", "inside")
        if rng.random() < 0.08:
            concentration, aim = rng.choice([1000, 250]), ("ITB-CONC-1", "outside")
        entry = {"day": start, "time": "08:00", "volume_ml": plan["pump"]["reservoir_ml"], "concentration_ug_ml": concentration, "diluent": "none"}
        return Proposal(event_of("refills", "refill", entry), aim)

    def _first_step(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        fill = plan["refills"][0]
        at = {"day": fill["day"], "time": fill["time"]}

        def make(dose: Fraction) -> dict[str, Any]:
            return {**at, "phase": "titration", "mode": "continuous", "daily_dose_ug": yaml_decimal(dose), "concentration_ug_ml": fill["concentration_ug_ml"]}

        bound = self._search(plan, "infusion", make, Fraction(1), Fraction(2000), CENT)
        return self._near(bound, Fraction(1), rng, CENT, lambda x: event_of("infusion", "step", make(x)))

    # ---- changes of the daily dose ------------------------------------------------------------------
    def _dose(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        at = last_hour(plan) + rng.choice([24, 24, 25, 36, 2 * DAY_H, 3 * DAY_H, 4 * DAY_H]) + Fraction(rng.choice([0, 0, 0, 1, 30]), 60)
        current = _dose_in_force(plan)

        def make(dose: Fraction) -> dict[str, Any]:
            return _step_entry(plan, at, dose)

        if rng.random() < 0.6:
            # The highest dose, searched up to three times the dose in force or 1000 ug/day more, from one unit
            # above it (at the dose in force nothing changes: the margins' path would turn there at once).
            bound, towards = self._search(plan, "infusion", make, current + CENT, max(current * 3, current + 1000), CENT), 1
            if bound.value is None and self._search(plan, "infusion", make, current, current, CENT).value is not None:
                bound = Bound(current, bound.binding, bound.reason, method="computed")  # no increase is allowed
        else:
            bound, towards = self._search(plan, "infusion", make, Fraction(0), current, CENT, largest=False), -1
        if bound.value is None:
            dose, aim = current, None
        elif rng.random() < 0.2:
            # Realistic: between the dose in force and the bound.
            dose, aim = Fraction(round((current + (bound.value - current) * Fraction(rng.randint(0, 100), 100)) * 100), 100), None
        elif bound.binding is None or bound.value + towards * CENT < CENT:
            dose, aim = bound.value, ((bound.binding, "inside") if bound.binding else None)
        else:
            return self._pair(self._step(plan, at, bound.value, (bound.binding, "inside")),
                              self._step(plan, at, bound.value + towards * CENT, (bound.binding, "outside")), rng)
        return self._step(plan, at, max(dose, CENT), aim)

    def _step(self, plan: dict[str, Any], at: Fraction, dose: Fraction, aim: Aim) -> Proposal:
        return Proposal(event_of("infusion", "taper" if _phase(plan) == "taper" else "step", _step_entry(plan, at, dose)), aim)

    def _early_increase(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        last = last_hour(plan)
        step_up = _dose_in_force(plan) + CENT

        def entry(at: Fraction) -> dict[str, Any]:
            return _step_entry(plan, at, step_up)

        def make(at: Fraction, aim: Aim) -> Proposal:
            return Proposal(event_of("infusion", "step", entry(at)), aim)

        # The earliest the smallest increase may come after the plan's last event, searched up to a day past the
        # longest wait the rule set makes an increase keep.
        reach = last + longest_wait_h(plan, self.ruleset) + DAY_H
        earliest = self._search(plan, "infusion", entry, last + MINUTE, reach, MINUTE, largest=False)
        if earliest.value is None:
            return self._dose(plan, rng)
        if earliest.binding is None or earliest.value - MINUTE <= last:
            return make(earliest.value, None)
        return self._pair(make(earliest.value, (earliest.binding, "inside")), make(earliest.value - MINUTE, (earliest.binding, "outside")), rng)

    def _to_maintenance(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        at = last_hour(plan) + DAY_H * rng.choice([1, 2, 3])
        entry = {**clock(at), "phase": "maintenance", **_continuous(plan)}
        if entry.get("mode") == "continuous":
            entry["daily_dose_ug"] = yaml_decimal(_dose_in_force(plan))
        return Proposal(event_of("infusion", "step", entry), None)

    # ---- the reservoir ------------------------------------------------------------------------------
    def _refill(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        last = last_hour(plan)
        fill = plan["refills"][-1]
        if rng.random() < 0.12:
            # A new concentration in the reservoir, the program left as it is.
            other = rng.choice([c for c in (50, 500, 2000) if c != _programmed_concentration(plan)])
            entry = {**clock(last + rng.choice([1, 6, 24])), "volume_ml": fill["volume_ml"], "concentration_ug_ml": other, "diluent": "none"}
            return Proposal(event_of("refills", "refill", entry), ("ITB-PUMP-3", "outside"))
        if _phase(plan) == "taper" and rng.random() < 0.8:
            # A taper keeps its steps at most days apart: the refill comes soon.
            return Proposal(event_of("refills", "refill", {**clock(last + rng.choice([1, 12, 24])), "volume_ml": fill["volume_ml"],
                                                            "concentration_ug_ml": fill["concentration_ug_ml"], "diluent": fill.get("diluent", "none")}), None)
        entry = {"volume_ml": fill["volume_ml"], "concentration_ug_ml": fill["concentration_ug_ml"], "diluent": fill.get("diluent", "none")}
        # The latest refill of the same solution, the program as it is.
        latest = self._search(plan, "refills", lambda r: {**clock(r), **entry}, last + MINUTE, last + FAR_H, MINUTE)
        if latest.value is None or latest.value <= last:
            return Proposal(event_of("refills", "refill", {**clock(last + 1), **entry}), None)
        if rng.random() < 0.25:
            at = last + (latest.value - last) * Fraction(rng.randint(1, 99), 100)
            same = entry["concentration_ug_ml"] == _programmed_concentration(plan)
            return Proposal(event_of("refills", "refill", {**clock(Fraction(int(at * 60), 60)), **entry}), ("ITB-PUMP-3", "inside") if same else None)
        if latest.binding is None:
            return Proposal(event_of("refills", "refill", {**clock(latest.value), **entry}), None)
        return self._pair(Proposal(event_of("refills", "refill", {**clock(latest.value), **entry}), (latest.binding, "inside")),
                          Proposal(event_of("refills", "refill", {**clock(latest.value + MINUTE), **entry}), (latest.binding, "outside")), rng)

    # ---- boluses ------------------------------------------------------------------------------------
    def _bolus(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        at = {**clock(last_hour(plan) + rng.choice([1, 2, 6, 12]))}
        if rng.random() < 0.2:
            emergency = rng.random() < 0.4
            entry = {**at, "dose_ug": rng.choice([10, 20, 50]), "via": "access-port", **({"emergency": True} if emergency else {})}
            return Proposal(event_of("boluses", "bolus", entry), ("ITB-PUMP-6", "inside" if emergency else "outside"))

        def make(dose: Fraction) -> dict[str, Any]:
            return {**at, "dose_ug": yaml_decimal(dose), "via": "pump"}

        # The largest bolus the whole rule set allows (the 24-hour increase limit usually binds first), or the
        # largest the single-bolus limit allows on its own.
        only = "ITB-DOSE-3" if rng.random() < 0.4 else None
        bound = self._search(plan, "boluses", make, CENT, Fraction(2000), CENT, only=only)
        return self._near(bound, CENT, rng, CENT, lambda x: event_of("boluses", "bolus", make(x)))

    # ---- flex, taper, stop and restart --------------------------------------------------------------
    def _flex(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        at = clock(last_hour(plan) + DAY_H * rng.choice([1, 2, 3]))
        rate = Fraction(round(_dose_in_force(plan) / 24 * 100), 100)
        day, night = rng.choice([("07:00", "22:00"), ("06:00", "20:00"), ("00:00", "12:00")])

        def make(x: Fraction) -> dict[str, Any]:
            return {**at, "mode": "flex", "steps": [{"start": day, "dose_ug_h": yaml_decimal(rate)}, {"start": night, "dose_ug_h": yaml_decimal(x)}]}

        if _phase(plan) != "maintenance":
            # A flex schedule before the dose is stable (in titration): the night step as high as the day's.
            return Proposal(event_of("infusion", "flex", make(max(rate, CENT))), ("ITB-PUMP-1", "outside"))
        bound = self._search(plan, "infusion", make, max(rate, CENT), max(rate, CENT) * 3 + 10, CENT)
        proposal = self._near(bound, max(rate, CENT), rng, CENT, lambda x: event_of("infusion", "flex", make(x)))
        if proposal.aim is None and rng.random() < 0.5:
            proposal = Proposal(proposal.event, ("ITB-PUMP-1", "inside"))
        return proposal

    def _taper(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        at = clock(max(last_hour(plan) + 1, _last_step(plan) + DAY_H * rng.choice([1, 2, 2, 3, 3, 4, 4]) + rng.choice([0, 0, 0, 0, 0, 1])))
        current = _dose_in_force(plan)

        def make(dose: Fraction) -> dict[str, Any]:
            return {**at, "phase": "taper", "mode": "continuous", "daily_dose_ug": yaml_decimal(dose)}

        bound = self._search(plan, "infusion", make, CENT, current, CENT, largest=False)
        if bound.value is None:
            return self._dose(plan, rng)
        outside = bound.binding is not None and bound.value - CENT > 0
        if rng.random() < 0.3:
            # Realistic: a cut of between half the largest and the largest.
            dose, aim = Fraction(round((bound.value + (current - bound.value) * Fraction(rng.randint(0, 50), 100)) * 100), 100), None
        elif outside:
            return self._pair(Proposal(event_of("infusion", "taper", make(bound.value)), (str(bound.binding), "inside")),
                              Proposal(event_of("infusion", "taper", make(bound.value - CENT)), (str(bound.binding), "outside")), rng)
        else:
            dose, aim = bound.value, ((bound.binding, "inside") if bound.binding else None)
        return Proposal(event_of("infusion", "taper", make(dose)), aim)

    def _stop(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        at_h = max(last_hour(plan) + 1, _last_step(plan) + DAY_H * rng.choice([1, 2, 3, 4]))
        at = clock(at_h)
        ended = _phase(plan) == "taper" and self._stop_keeps(plan, at_h)
        aim: Aim = ("ITB-STOP-1", "inside" if ended else "outside")
        return Proposal(event_of("infusion", "stop", {**at, "phase": "stop"}), aim)

    def _alone(self, rule_id: str) -> RuleSet:
        """The rule set of one rule, made once: its lowered form is made per rule set (engines.concrete)."""
        found = self._alone_sets.get(rule_id)
        if found is None:
            found = self._alone_sets[rule_id] = RuleSet(self.ruleset.files, tuple(r for r in self.ruleset.rules if r.id == rule_id),
                                                        self.ruleset.definitions)
        return found

    def _stop_keeps(self, plan: dict[str, Any], at_h: Fraction) -> bool:
        """Would a stop at AT_H keep the reduction rule (ITB-STOP-1: the taper it ends long enough, its steps close
        enough), as the rule set says? Asked of that rule alone."""
        stop = event_of("infusion", "stop", {**clock(at_h), "phase": "stop"})
        rules = self._alone("ITB-STOP-1")

        def broken(document: dict[str, Any]) -> int:
            text = document_key(document)
            found = self._stops.get(text)
            if found is None:
                result = check_json_line(text, 1, "stop.jsonl", rules, PROBE_TIMEOUT_S, engine="auto")
                found = self._stops[text] = sum(1 for f in result.findings if f.severity == "error" and f.requirement)
            return found

        # The plan itself as the judge judged it (its result is kept): each rule is decided on its own, so the
        # rule's findings there are what it finds alone.
        judged = self.results.get(document_key(as_judged(plan)))
        before = (sum(1 for f in judged.findings if f.requirement == "ITB-STOP-1" and f.severity == "error")
                  if judged is not None and judged.verdict not in ("invalid", "error") else broken(plan))
        return broken(with_event(plan, stop)) == before

    def _emergency_stop(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        """An emergency stop (for an overdose or serious side effects): exempt from the reduction limits."""
        at = clock(last_hour(plan) + rng.choice([1, 6, 24]))
        return Proposal(event_of("infusion", "stop", {**at, "phase": "emergency", **_continuous(plan), "daily_dose_ug": 0}), None)

    def _restart(self, plan: dict[str, Any], rng: random.Random) -> Proposal:
        at = clock(last_hour(plan) + rng.choice([2, 12, DAY_H, 2 * DAY_H, 4 * DAY_H]))

        def make(dose: Fraction) -> dict[str, Any]:
            return {**at, "phase": "titration", "mode": "continuous", "daily_dose_ug": yaml_decimal(dose)}

        bound = self._search(plan, "infusion", make, CENT, Fraction(2000), CENT)
        return self._near(bound, CENT, rng, CENT, lambda x: event_of("infusion", "restart", make(x)))

    # ---- searches over one value --------------------------------------------------------------------
    def _search(self, plan: dict[str, Any], list_name: str, make: Callable[[Fraction], dict[str, Any]], low: Fraction, high: Fraction,
                unit: Fraction, largest: bool = True, only: str | None = None) -> Bound:
        """The largest (LARGEST: the last before the first that is not, from LOW) or smallest value in [LOW, HIGH]
        on UNIT's grid whose entry MAKE, added to LIST_NAME, adds no error requirement to the plan (with ONLY:
        does not break that rule), and the requirement that binds one unit past it. Each variant is the plan with the entry as the judge judges it (ending a day
        after its last event), so the proposal made at the bound is checked once, for both. Feasible is what
        the judge calls safe to accept: no error the plan as judged has not (Judge.judge), so what the plan
        already breaks is left out."""
        probe = Probe(plan, self.errors, PROBE_TIMEOUT_S, cache=self.results, key=_keys_of(plan, list_name))
        base = probe.check(as_judged(plan))
        probe.baseline = {f.requirement for f in base.findings if f.severity == "error" and f.requirement}
        if only is not None:
            probe.deciding = self._alone(only)
        last = last_hour(plan)
        made: dict[Fraction, dict[str, Any]] = {}

        def variant(x: Fraction) -> dict[str, Any]:
            # One document per value, so the probe writes it once (Probe.key).
            found = made.get(x)
            if found is None:
                entry = make(x)
                found = made[x] = with_end(with_event(plan, {"list": list_name, "entry": entry}), max(last, hours(entry)) + DAY_H)
            return found

        return probe.largest(variant, low, high, unit, nearest=True) if largest else probe.smallest(variant, low, high, unit)

    def _near(self, bound: Bound, low: Fraction, rng: random.Random, unit: Fraction, event: Callable[[Fraction], dict[str, Any]]) -> Proposal:
        """At the largest allowed value, or one unit past it (the other kept for the next proposal), or a realistic value below it."""
        if bound.value is None:
            return Proposal(event(low), None)
        if rng.random() < 0.2:
            value = low + (bound.value - low) * Fraction(rng.randint(30, 100), 100)
            return Proposal(event(max(Fraction(round(value / unit)) * unit, low)), None)
        if bound.binding is None:
            return Proposal(event(bound.value), None)
        inside = Proposal(event(bound.value), (bound.binding, "inside"))
        outside = Proposal(event(bound.value + unit), (bound.binding, "outside"))
        return self._pair(inside, outside, rng)

    def _pair(self, inside: Proposal, outside: Proposal, rng: random.Random) -> Proposal:
        """One unit past a boundary now, the bound itself next if the plan stays as it is (the past one refused),
        or the bound alone, now and then."""
        if rng.random() < 0.25:
            return inside
        self._other = inside
        return outside


def _keys_of(plan: dict[str, Any], list_name: str) -> Callable[[dict[str, Any]], str] | None:
    """The document_key of each variant of PLAN with one more entry in LIST_NAME and an end, written from the
    plan's text once: the variants of a search differ only there. None where the plan has an end already."""
    if "end" in plan:
        return None
    mark = "\u0000the entry"
    head, found, tail = document_key({**plan, list_name: [*plan[list_name], mark]}).partition(json.dumps(mark))
    if not found or not tail.endswith("}"):
        return None
    tail = tail[:-1] + ',"end":'

    def key(variant: dict[str, Any]) -> str:
        if len(variant) != len(plan) + 1 or len(variant[list_name]) != len(plan[list_name]) + 1:
            return document_key(variant)
        return head + document_key(variant[list_name][-1]) + tail + document_key(variant["end"]) + "}"
    return key


def _phase(plan: dict[str, Any]) -> str:
    phase = "titration"
    for entry in plan["infusion"]:
        if entry.get("phase") in ("stop",):
            phase = "stop"
        elif entry.get("phase") == "emergency":
            # An emergency change to 0 stops the infusion; the next step restarts it.
            phase = "stop" if entry.get("daily_dose_ug") == 0 else "emergency"
        elif "phase" in entry:
            phase = entry["phase"]
        elif phase == "stop":
            phase = "titration"
    return phase


def _dose_in_force(plan: dict[str, Any]) -> Fraction:
    return dose_in_force(plan["infusion"], plan)


def _step_entry(plan: dict[str, Any], at: Fraction, dose: Fraction) -> dict[str, Any]:
    """A change of the daily dose at AT, continuous from there."""
    return {**clock(at), **_continuous(plan), "daily_dose_ug": yaml_decimal(dose)}


def _continuous(plan: dict[str, Any]) -> dict[str, Any]:
    """`mode: continuous` where a flex schedule runs (a continuous step after it says so, with its dose)."""
    mode = next((e["mode"] for e in reversed(plan["infusion"]) if "mode" in e), "continuous")
    return {"mode": "continuous"} if mode == "flex" else {}


def _last_step(plan: dict[str, Any]) -> Fraction:
    return hours(plan["infusion"][-1])


def _programmed_concentration(plan: dict[str, Any]) -> Any:
    for entry in reversed(plan["infusion"]):
        if "concentration_ug_ml" in entry:
            return entry["concentration_ug_ml"]
    return plan["refills"][-1]["concentration_ug_ml"]
