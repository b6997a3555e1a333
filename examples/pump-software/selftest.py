#!/usr/bin/env python3
"""Self-test of a programming checker against the project's rule set, without `itbverify conform`.

Generates random programming sessions with boundary values (increases at exactly
the limit and just above it, 23:59 h / 24:00 h waits, 20% and 20.01% cuts,
tapers, stops, restarts, flex schedules, boluses, refills that run close to the
alarm volume, ...), lets the checker decide every proposal in process, and has
`itbverify batch` judge, for every proposal, the plan with the event added
(ending 24 h after the later of the event and the plan's last event) and the
plan without it (ending 24 h after its own last event).

  unsafe acceptance: the checker accepted an event after which the plan has an
                     error finding (by requirement id) that it did not have before
  needless refusal:  the checker refused an event after which the plan has no
                     error finding it did not have before (refusing is allowed;
                     this is only counted)

Standard library + subprocess only. Examples:
  python3 selftest.py --sessions 300                        # the reference
  python3 selftest.py --checker variants/calendar_day_wait.py --sessions 100
  python3 selftest.py --itbverify .venv/bin/itbverify --seed 7 --show 5

Exit code: 1 if some acceptance was unsafe, else 0.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from fractions import Fraction
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def load_decide(path: str) -> Any:
    spec = importlib.util.spec_from_file_location("checker_under_test_" + str(abs(hash(path))), path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.decide


def find_itbverify(given: str | None) -> str:
    if given:
        return given
    for candidate in (os.path.join(HERE, "..", "..", ".venv", "bin", "itbverify"), shutil.which("itbverify") or ""):
        if candidate and os.path.exists(candidate):
            return os.path.abspath(candidate)
    sys.exit("selftest: itbverify not found; give --itbverify PATH")


# --------------------------------------------------------------------------- time helpers


def hm(h: Fraction) -> dict[str, Any]:
    """{day, time} of an hour on whole minutes."""
    minutes = int(h * 60)
    day, rest = divmod(minutes, 24 * 60)
    return {"day": day, "time": f"{rest // 60:02d}:{rest % 60:02d}"}


def hour(entry: dict[str, Any]) -> Fraction:
    hh, mm = (entry.get("time") or "08:00").split(":")
    return Fraction(entry["day"] * 24) + int(hh) + Fraction(int(mm), 60)


def num(q: Fraction) -> Any:
    """A JSON number for an exact value: an int, or a float that prints as a short decimal."""
    q = Fraction(q)
    if q.denominator == 1:
        return int(q)
    value = round(float(q), 4)
    return value


def last_event_h(plan: dict[str, Any]) -> Fraction:
    times = [hour(x) for name in ("screening", "infusion", "refills", "boluses") for x in plan.get(name) or []]
    return max(times + [Fraction(0)])


def with_end(plan: dict[str, Any], end_h: Fraction) -> dict[str, Any]:
    doc = copy.deepcopy(plan)
    doc["end"] = hm(end_h)
    return doc


# --------------------------------------------------------------------------- session generator


class Session:
    """A generator of plausible, boundary-rich proposals that follows what the checker accepts."""

    def __init__(self, rng: random.Random, name: str, history_share: float = 0.0, wild: float = 0.0) -> None:
        self.wild = wild
        self.rng = rng
        self.name = name
        r = rng
        age = r.choice([4, 5, 9, 12, 16, 17, 17.5, 18, 18, 25, 41, 60, 70])
        origin = r.choice(["spinal", "spinal", "cerebral"])
        positive = r.choice([25, 50, 75, 100])
        effect = r.choice([6, 8, 12, 12, 13, 20])
        screening = []
        dose, day = (25 if positive <= 50 else 50), 0
        while dose < positive:
            screening.append(
                {
                    "day": day,
                    "time": "09:00",
                    "dose_ug": dose,
                    "concentration_ug_ml": 50,
                    "duration_min": 2,
                    "response": "negative",
                }
            )
            dose, day = dose + 25, day + 1
        screening.append(
            {
                "day": day,
                "time": "09:00",
                "dose_ug": positive,
                "concentration_ug_ml": 50,
                "duration_min": 2,
                "response": "positive",
                "effect_h": effect,
            }
        )
        self.first_most = Fraction(2 * positive) if effect <= 12 else Fraction(positive)
        self.plan: dict[str, Any] = {
            "itbverify": 1,
            "kind": "plan",
            "id": name,
            "route": "intrathecal",
            "patient": {"age_years": age, "origin": origin, "cause": "multiple-sclerosis"},
            "pump": {
                "programmable": r.random() < 0.8,
                "reservoir_ml": r.choice([10, 20, 20, 40]),
                "low_reservoir_alarm_ml": r.choice([2, 2, 2, 1, 0.5, 4]),
            },
            "resuscitation_ready": True,
            "screening": screening,
            "infusion": [],
            "refills": [],
            "boluses": [],
        }
        if r.random() < history_share:
            # a plan that starts during established therapy
            daily = Fraction(r.choice([100, 150, 300, 600]))
            conc = r.choice([500, 2000])
            del self.plan["screening"]
            self.plan["history"] = {
                "screened_positive": True,
                "first_daily_dose_ug": num(daily * r.choice([Fraction(1, 2), Fraction(1)])),
                "daily_dose_ug": num(daily),
                "phase": r.choice(["maintenance", "maintenance", "titration", "taper"]),
                "last_increase_h": -r.choice([0, 12, 24, 72]),
                "reservoir_volume_ml": num(Fraction(r.choice([3, 8, 15]))),
                "concentration_ug_ml": conc,
                "filled_at_h": -r.choice([0, 240, 1700]),
            }
            day = 0
            self.history_daily: Fraction | None = daily
            self.history_conc: Fraction | None = Fraction(conc)
        else:
            self.history_daily = None
            self.history_conc = None
        self.adult = age >= 18
        self.now = Fraction(day * 24 + 9)
        # what the generator believes runs (from the accepted events)
        self.dose: Fraction | None = None
        self.conc: Fraction | None = None
        self.phase = "titration"
        self.mode = "continuous"
        self.stopped = False
        self.first_dose: Fraction | None = None
        self.before_stop: Fraction | None = None
        self.fill_conc: Fraction | None = None
        self.tapering = False
        self.taper_start = Fraction(0)
        if self.history_daily is not None:
            self.now = Fraction(0)
            self.dose, self.conc, self.fill_conc = self.history_daily, self.history_conc, self.history_conc
            self.first_dose = Fraction(str(self.plan["history"]["first_daily_dose_ug"]))
            self.phase = self.plan["history"]["phase"]
            self.tapering = self.phase == "taper"

    def limit(self, phase: str) -> Fraction:
        origin = self.plan["patient"]["origin"]
        if origin == "spinal":
            return Fraction(30, 100) if self.adult else Fraction(15, 100)
        return Fraction(20, 100) if self.adult and phase == "maintenance" else Fraction(15, 100)

    def later(self, choices: list[Any]) -> Fraction:
        dt = self.rng.choice(choices)
        return self.now + Fraction(dt)

    def propose(self) -> tuple[str, str, dict[str, Any]]:
        r = self.rng
        gaps = [
            0,
            Fraction(1, 60),
            1,
            12,
            Fraction(23 * 60 + 59, 60),
            24,
            Fraction(24 * 60 + 1, 60),
            30,
            Fraction(47 * 60 + 59, 60),
            48,
            72,
            96,
            Fraction(96 * 60 + 1, 60),
            24 * 7,
            24 * 20,
        ]
        if self.wild and r.random() < self.wild / 3:
            return self.wild_event()
        if self.dose is None:  # nothing runs yet: a refill, then the first step
            if not self.plan["refills"] or r.random() < 0.15:
                conc = r.choice([500, 500, 500, 2000, 50, 250])
                entry = {
                    **hm(self.later([24, 25, 26, 48])),
                    "volume_ml": num(Fraction(r.choice([5, 10, 18, 20, 40]))),
                    "concentration_ug_ml": conc,
                }
                if conc == 250:
                    entry["diluent"] = "nacl-0.9"
                return "refills", "refill", entry
            factor = r.choice(
                [Fraction(1), Fraction(1), Fraction(1, 2), Fraction(9, 10), Fraction(10001, 10000), Fraction(11, 10)]
            )
            first_conc = self.fill_conc if r.random() < 0.9 and self.fill_conc else r.choice([500, 2000])
            entry = {
                **hm(self.later([0, 0, 1, Fraction(1, 60)])),
                "phase": "titration",
                "mode": "continuous",
                "daily_dose_ug": num(self.first_most * factor),
                "concentration_ug_ml": num(Fraction(first_conc)),
            }
            if r.random() < 0.2:
                entry["rate_ml_day"] = num(
                    self.first_most
                    * factor
                    / Fraction(first_conc)
                    * r.choice([Fraction(1), Fraction(101, 100), Fraction(102, 100)])
                )
            return "infusion", "step", entry
        if r.random() < self.wild:
            return self.wild_event()
        if (
            self.fill_conc is not None
            and self.conc is not None
            and self.fill_conc != self.conc
            and not self.stopped
            and r.random() < 0.5
        ):
            # the reservoir now holds another concentration: the program follows it at the refill's time
            last = hour(self.plan["refills"][-1]) if self.plan["refills"] else self.now
            return self.step(
                max(last, self.now + Fraction(1, 60)),
                self.dose or Fraction(0),
                "step",
                concentration_ug_ml=num(self.fill_conc),
            )
        roll = r.random()
        if self.stopped:
            if roll < 0.2:
                return self.refill(gaps)
            if roll < 0.3:
                return self.bolus(gaps)
            options = [
                self.first_dose,
                self.before_stop,
                (self.before_stop or Fraction(0)) * Fraction(11, 10),
                self.first_dose * Fraction(11, 10) if self.first_dose else None,
            ]
            dose = r.choice([x for x in options if x])
            entry = {
                **hm(self.later([1, 12, 47, 48, Fraction(48 * 60 + 1, 60), 72, 24 * 5])),
                "phase": r.choice(["titration", "maintenance"]),
                "mode": "continuous",
                "daily_dose_ug": num(dose),
            }
            return "infusion", "restart", entry
        if self.tapering and roll < 0.85:
            return self.taper() if roll < 0.75 else self.refill(gaps)
        if roll < 0.16:
            return self.refill(gaps)
        if roll < 0.26:
            return self.bolus(gaps)
        if roll < 0.50:
            return self.increase(gaps)
        if roll < 0.60:
            return self.reduce(gaps)
        if roll < 0.70:
            return self.flex(gaps)
        if roll < 0.85 or self.tapering:
            return self.taper()
        if roll < 0.93:
            kind = r.choice(["stop", "stop", "emergency-stop", "emergency"])
            when = hm(self.later([1, 24, 48, 96]))
            if kind == "stop":
                return "infusion", "stop", {**when, "phase": "stop"}
            if kind == "emergency-stop":
                return "infusion", "stop", {**when, "phase": "emergency", "mode": "continuous", "daily_dose_ug": 0}
            return (
                "infusion",
                "step",
                {
                    **when,
                    "phase": "emergency",
                    "mode": "continuous",
                    "daily_dose_ug": num(
                        (self.dose or Fraction(0))
                        * r.choice([Fraction(1, 2), Fraction(3, 4), Fraction(1), Fraction(11, 10)])
                    ),
                },
            )
        return self.phase_change(gaps)

    def wild_event(self) -> tuple[str, str, dict[str, Any]]:
        """Anything, at any time a little after now: for agreement on odd corners of the rules."""
        r = self.rng
        when = hm(self.now + Fraction(r.randrange(0, 60 * 24 * 4), 60))
        if r.random() < 0.15:
            del when["time"]  # 08:00 by default
        dose = self.dose or Fraction(100)
        kind = r.choice(["bolus", "refill", "flex", "step", "step", "stop", "emergency", "inherit"])
        if kind == "inherit":  # a step that changes only its phase or mode, inheriting the rest
            entry = {
                **when,
                **r.choice(
                    [
                        {"phase": "maintenance"},
                        {"mode": "flex"},
                        {"phase": "taper"},
                        {},
                        {"concentration_ug_ml": r.choice([500, 2000])},
                    ]
                ),
            }
            return "infusion", "step", entry
        if kind == "bolus":
            entry = {
                **when,
                "dose_ug": num(Fraction(r.randrange(1, 400)) / r.choice([1, 4])),
                "via": r.choice(["pump", "access-port"]),
                "emergency": r.random() < 0.5,
            }
            return "boluses", "bolus", entry
        if kind == "refill":
            conc = r.choice([50, 500, 2000, 1000, 250])
            entry = {**when, "volume_ml": num(Fraction(r.randrange(1, 41)) / 2), "concentration_ug_ml": conc}
            if conc in (1000, 250):
                entry["diluent"] = "nacl-0.9"
            return "refills", "refill", entry
        if kind == "flex":
            n = r.randrange(1, 14)
            starts = sorted(r.sample(range(24 * 60), n))
            base = dose / 24 * Fraction(r.randrange(80, 131), 100)
            steps = [
                {"start": f"{m // 60:02d}:{m % 60:02d}", "dose_ug_h": num(base * Fraction(r.randrange(100, 122), 100))}
                for m in starts
            ]
            entry = {
                **when,
                "phase": r.choice(["maintenance", "maintenance", "taper", "emergency"]),
                "mode": "flex",
                "steps": steps,
            }
            return "infusion", "flex", entry
        if kind == "stop":
            return "infusion", "stop", {**when, "phase": "stop"}
        if kind == "emergency":
            return (
                "infusion",
                "step",
                {
                    **when,
                    "phase": "emergency",
                    "mode": "continuous",
                    "daily_dose_ug": num(dose * Fraction(r.randrange(0, 120), 100)),
                },
            )
        phase = r.choice(["titration", "maintenance", "taper"])
        if self.dose is None and r.random() < 0.5:
            dose = self.first_most
        entry = {
            **when,
            "phase": phase,
            "mode": "continuous",
            "daily_dose_ug": num(dose * Fraction(r.randrange(70, 135), 100)),
        }
        if self.stopped or r.random() < 0.2:
            entry["concentration_ug_ml"] = num(self.fill_conc or Fraction(500))
        return "infusion", "step", entry

    def refill(self, gaps: list[Any]) -> tuple[str, str, dict[str, Any]]:
        r = self.rng
        capacity = Fraction(self.plan["pump"]["reservoir_ml"])
        conc = self.fill_conc if r.random() < 0.85 and self.fill_conc else r.choice([500, 2000, 1000])
        entry = {
            **hm(self.later([0, 1, 24, 24 * 3, 24 * 7, 24 * 14, 24 * 30, 24 * 76, 24 * 78])),
            "volume_ml": num(
                capacity * r.choice([Fraction(1), Fraction(1), Fraction(1, 2), Fraction(1, 5), Fraction(11, 10)])
            ),
            "concentration_ug_ml": num(Fraction(conc)),
        }
        if conc == 1000:
            entry["diluent"] = r.choice(["nacl-0.9", "nacl-0.9", "glucose-5"])
        return "refills", "refill", entry

    def bolus(self, gaps: list[Any]) -> tuple[str, str, dict[str, Any]]:
        r = self.rng
        dose = r.choice(
            [5, 10, 20, 50, 100, 101, num((self.dose or Fraction(0)) * Fraction(r.choice([5, 10, 15, 31]), 100))]
        )
        entry = {**hm(self.later([0, 1, 6, 24, 30])), "dose_ug": dose}
        via = r.choice(["pump", "pump", "pump", "access-port"])
        if via != "pump" or r.random() < 0.2:
            entry["via"] = via
        if r.random() < 0.3:
            entry["emergency"] = r.random() < 0.7
        return "boluses", "bolus", entry

    def step(self, when: Fraction, dose: Fraction, what: str, **keys: Any) -> tuple[str, str, dict[str, Any]]:
        entry: dict[str, Any] = {**hm(when)}
        if self.mode == "flex" or self.rng.random() < 0.3:
            entry["mode"] = "continuous"
        entry["daily_dose_ug"] = num(dose)
        entry.update(keys)
        if self.rng.random() < 0.1 and self.conc:
            entry["rate_ml_day"] = num(Fraction(entry["daily_dose_ug"]).limit_denominator(10000) / self.conc)
        return "infusion", what, entry

    def increase(self, gaps: list[Any]) -> tuple[str, str, dict[str, Any]]:
        r = self.rng
        phase = self.phase if self.phase in ("titration", "maintenance") else "titration"
        p = self.limit(phase)
        factor = r.choice(
            [
                1 + p,
                1 + p,
                1 + p + Fraction(1, 10000),
                Fraction(11, 10),
                Fraction(105, 100),
                Fraction(115, 100),
                Fraction(120, 100),
                Fraction(130, 100),
            ]
        )
        dose = (self.dose or Fraction(0)) * factor
        keys = {"phase": phase} if self.phase not in ("titration", "maintenance") or r.random() < 0.2 else {}
        return self.step(self.later(gaps[:12]), dose, "step", **keys)

    def reduce(self, gaps: list[Any]) -> tuple[str, str, dict[str, Any]]:
        r = self.rng
        factor = r.choice(
            [Fraction(9, 10), Fraction(8, 10), Fraction(7999, 10000), Fraction(85, 100), Fraction(95, 100)]
        )
        keys = {"phase": "titration"} if self.phase not in ("titration", "maintenance") else {}
        return self.step(self.later(gaps), (self.dose or Fraction(0)) * factor, "step", **keys)

    def flex(self, gaps: list[Any]) -> tuple[str, str, dict[str, Any]]:
        r = self.rng
        base = (self.dose or Fraction(24)) / 24 * r.choice([Fraction(9, 10), Fraction(1), Fraction(105, 100)])
        ratio = r.choice([Fraction(12, 10), Fraction(12, 10), Fraction(1201, 1000), Fraction(11, 10)])
        starts = sorted(r.sample(range(0, 24 * 60, 30), r.choice([1, 2, 2, 3])))
        steps = []
        for i, start in enumerate(starts):
            rate = base * (ratio if i % 2 else 1)
            steps.append({"start": f"{start // 60:02d}:{start % 60:02d}", "dose_ug_h": num(rate)})
        entry = {**hm(self.later(gaps)), "mode": "flex", "steps": steps}
        if self.phase != "maintenance" or r.random() < 0.3:
            entry["phase"] = r.choice(["maintenance", "maintenance", "maintenance", "titration"])
        return "infusion", "flex", entry

    def taper(self) -> tuple[str, str, dict[str, Any]]:
        r = self.rng
        if self.tapering and (r.random() < 0.1 or (self.now - self.taper_start >= 24 * 13 and r.random() < 0.7)):
            return "infusion", "stop", {**hm(self.later([24, 72, 95, 96, Fraction(96 * 60 + 1, 60)])), "phase": "stop"}
        factor = r.choice(
            [
                Fraction(9, 10),
                Fraction(9, 10),
                Fraction(85, 100),
                Fraction(8, 10),
                Fraction(7999, 10000),
                Fraction(91, 100),
            ]
        )
        keys = {"phase": "taper"}
        return self.step(
            self.later([24, 72, 96, 96, Fraction(96 * 60 + 1, 60), 120]),
            (self.dose or Fraction(0)) * factor,
            "taper",
            **keys,
        )

    def phase_change(self, gaps: list[Any]) -> tuple[str, str, dict[str, Any]]:
        phase = self.rng.choice(["maintenance", "titration"])
        return (
            "infusion",
            "step",
            {
                **hm(self.later(gaps)),
                "phase": phase,
                **(
                    {"mode": "continuous", "daily_dose_ug": num(self.dose or Fraction(1))}
                    if self.mode == "flex"
                    else {}
                ),
            },
        )

    def accepted(self, list_name: str, entry: dict[str, Any]) -> None:
        self.plan[list_name].append(entry)
        self.now = max(self.now, hour(entry))
        if list_name == "refills":
            self.fill_conc = Fraction(str(entry["concentration_ug_ml"]))
            return
        if list_name != "infusion":
            return
        phase = entry.get("phase", self.phase)
        if phase == "stop" or (phase == "emergency" and entry.get("daily_dose_ug") == 0):
            self.before_stop = self.dose
            self.stopped = True
            self.tapering = False
            self.phase = "stop"
            return
        self.stopped = False
        self.phase = phase
        if phase == "taper" and not self.tapering:
            self.taper_start = hour(entry)
        self.tapering = phase == "taper"
        if "concentration_ug_ml" in entry:
            self.conc = Fraction(str(entry["concentration_ug_ml"]))
        if entry.get("mode") == "flex" or (self.mode == "flex" and "daily_dose_ug" not in entry):
            self.mode = "flex"
            steps = entry.get("steps")
            if steps:
                total = Fraction(0)
                mins = [int(s["start"][:2]) * 60 + int(s["start"][3:]) for s in steps]
                for i, s in enumerate(steps):
                    end = mins[i + 1] if i + 1 < len(mins) else mins[0] + 24 * 60
                    total += Fraction(str(s["dose_ug_h"])) * Fraction(end - mins[i], 60)
                self.dose = total
        else:
            self.mode = "continuous"
            if "daily_dose_ug" in entry:
                self.dose = Fraction(str(entry["daily_dose_ug"]))
        if self.first_dose is None:
            self.first_dose = self.dose


# --------------------------------------------------------------------------- running and judging


def run_sessions(
    decide: Any, sessions: int, events: int, seed: int, history_share: float = 0.0, wild: float = 0.0
) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    records: list[dict[str, Any]] = []
    for n in range(sessions):
        session = Session(rng, f"S-{n:04d}", history_share, wild)
        start = decide({"conform": 1, "type": "start", "session": session.name, "plan": copy.deepcopy(session.plan)})
        if not start.get("accept"):
            records.append(
                {"session": session.name, "index": 0, "start": True, "accept": False, "reason": start.get("reason")}
            )
            continue
        for index in range(1, events + 1):
            list_name, what, entry = session.propose()
            plan = copy.deepcopy(session.plan)
            answer = decide(
                {
                    "conform": 1,
                    "type": "propose",
                    "session": session.name,
                    "index": index,
                    "event": {"list": list_name, "what": what, "entry": copy.deepcopy(entry)},
                    "plan": copy.deepcopy(plan),
                }
            )
            after = copy.deepcopy(plan)
            after[list_name].append(entry)
            end_after = max(last_event_h(plan), hour(entry)) + 24
            records.append(
                {
                    "session": session.name,
                    "index": index,
                    "accept": bool(answer.get("accept")),
                    "reason": answer.get("reason"),
                    "event": {"list": list_name, "what": what, "entry": entry},
                    "before": with_end(plan, last_event_h(plan) + 24),
                    "after": with_end(after, end_after),
                }
            )
            if answer.get("accept"):
                session.accepted(list_name, entry)
    return records


def judge(records: list[dict[str, Any]], itbverify: str, jobs: int) -> None:
    """Error requirement ids of every before/after plan, by itbverify batch (one run for all)."""
    docs: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    for record in records:
        for side in ("before", "after"):
            if side in record:
                text = json.dumps(record[side], sort_keys=True)
                if text not in keys:
                    keys[text] = f"D{len(keys)}"
                    doc = dict(record[side])
                    doc["id"] = keys[text]
                    docs[keys[text]] = doc
                record[side + "_id"] = keys[text]
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "plans.jsonl")
        output = os.path.join(folder, "results.jsonl")
        with open(source, "w") as f:
            for doc in docs.values():
                f.write(json.dumps(doc) + "\n")
        subprocess.run(
            [itbverify, "batch", source, "--output", output, "--jobs", str(jobs), "--no-progress"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        verdicts: dict[str, tuple[str, set[str]]] = {}
        with open(output) as f:
            for line in f:
                result = json.loads(line)
                errors = {
                    x["requirement"] or "INVALID"
                    for x in result.get("findings", [])
                    if x.get("severity") == "error" and not x.get("waiver")
                }
                if result.get("verdict") in ("invalid", "error"):
                    errors.add(result["verdict"].upper())
                if result.get("verdict") == "unknown":
                    errors.add("UNKNOWN:" + ",".join(result.get("unknown", [])))
                verdicts[result["id"]] = (result.get("verdict"), errors)
    for record in records:
        if "after_id" in record:
            record["errors_before"] = sorted(verdicts[record["before_id"]][1])
            record["errors_after"] = sorted(verdicts[record["after_id"]][1])
            record["new_errors"] = sorted(set(record["errors_after"]) - set(record["errors_before"]))


def demo(itbverify: str, jobs: int) -> int:
    """Each variant's demo session (variants/demo_sessions.json): the variant drives the session; every
    event is also put to the reference; the plans with each event are judged by itbverify."""
    with open(os.path.join(HERE, "variants", "demo_sessions.json")) as f:
        demos = json.load(f)
    reference = load_decide(os.path.join(HERE, "reference_checker.py"))
    records: list[dict[str, Any]] = []
    for name, session in demos["sessions"].items():
        variant = load_decide(os.path.join(HERE, "variants", name + ".py"))
        plan = copy.deepcopy(demos["start"])
        plan["patient"].update(session.get("patient", {}))
        plan["id"] = "demo-" + name
        start = (
            variant({"conform": 1, "type": "start", "session": name, "plan": copy.deepcopy(plan)}),
            reference({"conform": 1, "type": "start", "session": name, "plan": copy.deepcopy(plan)}),
        )
        assert start[0]["accept"] and start[1]["accept"], (name, start)
        for index, (list_name, what, entry) in enumerate(session["events"], 1):
            request = {
                "conform": 1,
                "type": "propose",
                "session": name,
                "index": index,
                "event": {"list": list_name, "what": what, "entry": entry},
                "plan": plan,
            }
            mine, theirs = variant(copy.deepcopy(request)), reference(copy.deepcopy(request))
            after = copy.deepcopy(plan)
            after[list_name].append(entry)
            records.append(
                {
                    "variant": name,
                    "index": index,
                    "event": {"list": list_name, "what": what, "entry": entry},
                    "accept": mine["accept"],
                    "reference": theirs,
                    "variant_answer": mine,
                    "before": with_end(plan, last_event_h(plan) + 24),
                    "after": with_end(after, max(last_event_h(plan), hour(entry)) + 24),
                }
            )
            if mine["accept"]:
                plan = after
    judge(records, itbverify, jobs)
    shown: dict[str, bool] = {}
    for r in records:
        mark = ""
        if r["accept"] and not r["reference"]["accept"] and r["new_errors"]:
            mark = "  <- DEFECT: the variant accepts, the reference refuses, new errors " + ", ".join(r["new_errors"])
            shown[r["variant"]] = True
        elif r["accept"] and r["new_errors"]:
            mark = "  <- unsafe, but the reference accepts it too: " + ", ".join(r["new_errors"])
        print(f"{r['variant']:26s} #{r['index']} {r['event']['what']:7s} {json.dumps(r['event']['entry'])}")
        print(
            f"{'':29s}variant: {'accept' if r['accept'] else 'refuse'}; reference: "
            f"{'accept' if r['reference']['accept'] else 'refuse (' + str(r['reference'].get('reason')) + ')'}{mark}"
        )
    missing = [name for name in demos["sessions"] if name not in shown]
    print(
        f"\n{len(shown)} of {len(demos['sessions'])} variants show their defect"
        + (f"; not shown: {', '.join(missing)}" if missing else "")
    )
    return 1 if missing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--checker", default=os.path.join(HERE, "reference_checker.py"), help="a checker module with decide(request)"
    )
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--events", type=int, default=24, help="proposals per session")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--itbverify", default=None, help="the itbverify command (default: the project's .venv, then PATH)"
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--history", type=float, default=0.0, help="share of sessions that start during established therapy (history:)"
    )
    parser.add_argument("--wild", type=float, default=0.0, help="share of proposals drawn at random (odd corners)")
    parser.add_argument(
        "--show", type=int, default=3, help="how many unsafe acceptances (and needless refusals) to print in full"
    )
    parser.add_argument("--save", default=None, help="write every judged record as JSON lines here")
    parser.add_argument(
        "--demo", action="store_true", help="run each variant's demo session (variants/demo_sessions.json) instead"
    )
    args = parser.parse_args()
    if args.demo:
        return demo(find_itbverify(args.itbverify), args.jobs)

    decide = load_decide(os.path.abspath(args.checker))
    records = run_sessions(decide, args.sessions, args.events, args.seed, args.history, args.wild)
    judge(records, find_itbverify(args.itbverify), args.jobs)
    proposals = [r for r in records if "after_id" in r]
    unsafe = [r for r in proposals if r["accept"] and r["new_errors"]]
    needless = [r for r in proposals if not r["accept"] and not r["new_errors"]]
    accepted = [r for r in proposals if r["accept"]]
    refused_patients = [r for r in records if r.get("start") and not r["accept"]]
    if args.save:
        with open(args.save, "w") as f:
            f.writelines(json.dumps(r) + "\n" for r in records)
    print(f"checker: {os.path.relpath(args.checker)}")
    print(
        f"sessions: {args.sessions} ({len(refused_patients)} patients refused at start); proposals: {len(proposals)}, "
        f"accepted {len(accepted)}, refused {len(proposals) - len(accepted)}"
    )
    print(f"unsafe acceptances: {len(unsafe)}")
    print(f"needless refusals: {len(needless)} of {len(proposals) - len(accepted)} refusals")
    by_requirement: dict[str, int] = {}
    for r in unsafe:
        for x in r["new_errors"]:
            by_requirement[x] = by_requirement.get(x, 0) + 1
    if by_requirement:
        print("unsafe acceptances by new error: " + ", ".join(f"{k} {v}" for k, v in sorted(by_requirement.items())))
    for r in unsafe[: args.show]:
        print(
            f"\nUNSAFE {r['session']} #{r['index']}: {r['event']['what']} {json.dumps(r['event']['entry'])} -> new errors {r['new_errors']}"
        )
        print(
            "  plan before: "
            + json.dumps(
                {k: r["before"][k] for k in ("patient", "pump", "screening", "infusion", "refills", "boluses")}
            )
        )
    for r in needless[: args.show]:
        print(f"\nneedless refusal {r['session']} #{r['index']}: {json.dumps(r['event']['entry'])}: {r['reason']}")
    return 1 if unsafe else 0


if __name__ == "__main__":
    sys.exit(main())
