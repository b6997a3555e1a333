"""Both engines held to the independent reference calculation (tests/independent.py).

Documents of every shape are drawn afresh on each run from a seeded generator
(the seed is printed; set ITB_INDEPENDENT_SEED to replay a run), with values
at and just past the label's boundaries and events that meet at one instant or
one minute apart. Each is checked by the tool's auto engine (the concrete
engine for concrete documents) and by Z3, and both must give the reference's
verdict, error set and warning set (a requirement the solver leaves unknown is never a
wrong SAFE and may stand in for an error). Every ordered pair of event kinds
is also placed at one instant and one minute apart in either order.

tests/regressions/ holds the documents that once disagreed (the tool or the
reference being wrong), one YAML file each with its expected error set in a
`# expected-errors: [...]` line, replayed on every run: when a run fails, add
the document it prints there, with the error set the spec gives.

The generated documents are drawn in PARTS shares, each from a fresh seed of
its own, so that the suite's workers share them. Every document is checked by
the auto engine; every Z3_EVERY-th (every tenth) by Z3 as well, whose
agreement with the concrete engine tests/test_engines.py and
tests/test_rule_differential.py also hold. The sizes follow what the documents
find: benchmarks/mutants.py moves each of the rules' boundary numbers one unit
and counts the documents drawn before the auto engine parts from the
reference (the latest find, 1,269 documents); benchmarks/differential_mutants.py
seeds a defect in one engine, and with Z3 on every document finds each of
its Z3 defects within 93 documents (so within some 930 checking every
tenth). ITB_INDEPENDENT_SEED replays a part (the seed is printed),
ITB_INDEPENDENT_DOCUMENTS sets how many documents are drawn in all (5000),
ITB_INDEPENDENT_Z3_EVERY how often Z3 checks one (1: every document).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import DUMPER
from independent import DAY, ZERO, reference_errors, reference_warnings, schedule_daily

Doc = dict[str, Any]

HERE = Path(__file__).resolve().parent
REGRESSIONS = HERE / "regressions"
DOCUMENTS = int(os.environ.get("ITB_INDEPENDENT_DOCUMENTS", "5000"))
Z3_EVERY = int(os.environ.get("ITB_INDEPENDENT_Z3_EVERY", "10"))
PARTS = 10

# ---- numbers ----------------------------------------------------------------------


def dec(x: Fraction | int, places: int = 6) -> int | float:
    """A number for the YAML text that reads back as exactly x (rounded down to `places` decimals if need be)."""
    x = Fraction(x)
    if x.denominator == 1:
        return int(x)
    scaled = Fraction(int(x * 10**places), 10**places)
    value = float(scaled)
    assert Fraction(repr(value)) == scaled, scaled
    return int(scaled) if scaled.denominator == 1 else value


def clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def when(minutes: int) -> dict[str, Any]:
    """The day/time form of a whole number of minutes from 00:00 of day 0."""
    return {"day": minutes // 1440, "time": clock(minutes % 1440)}


H = 60  # minutes in an hour


class Gen(random.Random):
    """A seeded generator that draws a boundary value (one that breaks, or only just holds) at a rate of its own."""

    edge = 0.1

    def pick(self, usual: list[Any], edge: list[Any]) -> Any:
        return self.choice(edge) if self.random() < self.edge else self.choice(usual)

# ---- patients and pumps -----------------------------------------------------------


def gen_patient(r: Gen, screening: bool) -> dict[str, Any]:
    patient: dict[str, Any] = {
        "age_years": r.pick([34, 34, 34, 52, 70, 18, 17, 12, 6, 5, 65, 66], [4, 3, 18, 17, 65, 66]),
        "origin": r.choice(["spinal", "spinal", "cerebral"]),
        "cause": "multiple-sclerosis",
    }
    if r.random() < 0.5:
        patient["weight_kg"] = r.choice([20, 70])
    if screening and r.random() < 0.1:
        patient["cause"] = "traumatic-brain-injury"
        patient["months_since_injury"] = r.choice([11, 12, 14])
    if screening:
        patient["infection"] = r.random() < 0.05
    if r.random() < 0.05:
        patient["hypersensitivity"] = [r.choice(["baclofen", "sodium-chloride", "water-for-injection", "latex"])]
    if r.random() < 0.1:
        patient["medications"] = [r.choice(["morphine", "antihypertensive", "aspirin"])]
    if r.random() < 0.05:
        patient["conditions"] = ["epilepsy"]
    return patient


def gen_pump(r: Gen) -> dict[str, Any]:
    pump: dict[str, Any] = {"programmable": r.random() < 0.85, "reservoir_ml": r.choice([20, 40])}
    if r.random() < 0.5:
        pump["low_reservoir_alarm_ml"] = r.choice([2, 2, 1, 3])
    return pump


def patient_limit(patient: dict[str, Any], phase: str) -> Fraction:
    """The percentage the generator aims at (its own copy of the label's numbers, for boundary values)."""
    adult = patient["age_years"] >= 18
    if patient["origin"] == "cerebral":
        return Fraction(20, 100) if adult and phase == "maintenance" else Fraction(15, 100)
    return Fraction(30, 100) if adult else Fraction(15, 100)


# ---- plans ---------------------------------------------------------------------------


class PlanBuilder:
    """Draws infusion steps one after another, with the state a valid document needs."""

    def __init__(self, r: Gen, patient: dict[str, Any], conc: int) -> None:
        self.r = r
        self.patient = patient
        self.conc = conc
        self.steps: list[tuple[int, dict[str, Any]]] = []
        self.dose = Fraction(0)
        self.first_dose = Fraction(0)
        self.phase = "titration"
        self.mode = "continuous"
        self.stopped = False
        self.pre_stop_dose = Fraction(0)
        self.t = 0
        self.programmable = True

    def gap(self) -> int:
        if not self.programmable:
            # Increases 48 h apart with a non-programmable pump: without this aim a 47 h limit went unseen in 1,500 documents.
            return self.r.pick([48 * H, 48 * H + 1, 49 * H, 72 * H, 24 * H], [48 * H - 1, 47 * H, 48 * H - 30])
        return self.r.pick([24 * H, 24 * H + 1, 48 * H, 48 * H + 1, 36 * H, 72 * H, 30 * H + 7], [24 * H - 1, 48 * H - 1, 23 * H, 48 * H, 24 * H])

    def add(self, t: int, step: dict[str, Any]) -> None:
        self.steps.append((t, step))
        self.t = t

    def continuous(self, t: int, dose: Fraction, phase: str | None = None, state_mode: bool = False, round_up: bool | None = None) -> None:
        # Round towards the dose replaced, so that a change drawn at a limit stays within it.
        if (dose < self.dose if round_up is None else round_up) and dose * 100 != int(dose * 100):
            dose = Fraction(int(dose * 100) + 1, 100)
        step: dict[str, Any] = {**when(t), "daily_dose_ug": dec(dose, 2)}
        dose = Fraction(str(step["daily_dose_ug"]))
        if phase is not None and (phase != self.phase or self.phase in ("stop", "emergency") or self.r.random() < 0.3):
            step["phase"] = phase
        if self.mode != "continuous" or state_mode:
            step["mode"] = "continuous"
        if self.r.random() < 0.1:
            step["rate_ml_day"] = dec(dose / self.conc + self.r.choice([0, 0, Fraction(1, 1000)]), 4)
        self.add(t, step)
        self.dose, self.mode = dose, "continuous"
        if phase is not None:
            self.phase = phase
        elif self.phase in ("stop", "emergency"):
            raise AssertionError("a step after stop/emergency states its phase")

    def pct_change(self, up: bool) -> Fraction:
        if up:
            p = patient_limit(self.patient, self.phase if self.phase not in ("stop", "emergency") else "titration")
            return self.r.pick([p, p / 2, Fraction(10, 100), Fraction(0), Fraction(5, 100)], [p + Fraction(1, 10000), Fraction(30, 100), Fraction(20, 100), Fraction(15, 100), p])
        return -self.r.pick([Fraction(10, 100), Fraction(15, 100), Fraction(5, 100), Fraction(20, 100)], [Fraction(2001, 10000), Fraction(25, 100), Fraction(20, 100)])

    def step_change(self) -> None:
        r = self.r
        t = self.t + self.gap()
        phase = r.choice([None, None, "titration", "maintenance", "maintenance"])
        if phase is None and self.phase in ("stop", "emergency"):
            phase = "maintenance"
        new = self.dose * (1 + self.pct_change(r.random() < 0.6))
        self.continuous(t, new, phase)

    def flex(self) -> None:
        r = self.r
        t = self.t + self.gap()
        base = self.dose / 24 * r.choice([1, 1, Fraction(11, 10), Fraction(9, 10)])
        base = Fraction(int(base * 100), 100) or Fraction(1, 100)
        starts = sorted(r.sample(range(0, 24 * 60, 30), r.randint(1, 3)))
        if r.random() < 0.5:
            starts[0] = 0
        steps = []
        for i, s in enumerate(starts):
            factor = Fraction(1) if i == 0 else r.pick([Fraction(1), Fraction(11, 10), Fraction(9, 10), Fraction(12, 10)], [Fraction(12001, 10000), Fraction(12, 10), Fraction(5, 6), Fraction(8, 10)])
            steps.append({"start": clock(s), "dose_ug_h": dec(base * factor, 4)})
        phase = r.pick(["maintenance"], ["titration", "taper"])
        step: dict[str, Any] = {**when(t), "mode": "flex", "steps": steps}
        if phase != self.phase or self.phase in ("stop", "emergency"):
            step["phase"] = phase
        self.add(t, step)
        self.phase, self.mode = phase, "flex"
        self.dose = schedule_daily(steps)

    def taper(self) -> None:
        """A run of taper steps, then (usually) the stop that ends it."""
        r = self.r
        gap = r.pick([72 * H, 96 * H, 96 * H, 90 * H, 48 * H], [96 * H + 1, 96 * H, 100 * H])
        total = r.pick([336 * H, 15 * 24 * H, 17 * 24 * H + 7], [336 * H - 1, 10 * 24 * H, 336 * H])
        n = max(1, -(-total // gap))
        t0 = self.t + r.choice([24 * H, 48 * H])
        broken = r.randrange(1, n) if n > 1 and r.random() < r.edge else -1
        for i in range(n):
            if i == broken:
                # A stop and a restart (phase taper) inside the run of taper steps.
                self.stop(self.t + (t0 + i * gap - self.t) // 2, r.choice(["stop", "emergency"]))
                self.continuous(t0 + i * gap, self.dose, "taper", state_mode=True)
                self.stopped = False
                continue
            cut = r.pick([Fraction(10, 100), Fraction(15, 100), Fraction(20, 100), Fraction(18, 100)], [Fraction(999, 10000), Fraction(2001, 10000), Fraction(5, 100), Fraction(10, 100), Fraction(20, 100)])
            self.continuous(t0 + i * gap, self.dose * (1 - cut), "taper", state_mode=self.mode == "flex", round_up=cut > Fraction(15, 100))
        if r.random() < 0.85:
            self.stop(max(self.t + 1, t0 + total), "stop")

    def stop(self, t: int, kind: str) -> None:
        self.pre_stop_dose = self.dose
        step: dict[str, Any] = {**when(t), "phase": kind}
        if kind == "emergency":
            step["daily_dose_ug"] = 0
            if self.mode == "flex":
                step["mode"] = "continuous"
                self.mode = "continuous"
        self.add(t, step)
        self.phase = kind
        self.stopped = True

    def restart(self) -> None:
        r = self.r
        t = self.t + r.choice([24 * H, 48 * H, 48 * H + 1, 48 * H - 1, 72 * H, 30 * H, 47 * H + 59])
        choice = r.pick([self.first_dose, self.first_dose * Fraction(9, 10), min(self.first_dose, self.pre_stop_dose)],
                        [self.pre_stop_dose, self.pre_stop_dose + Fraction(1, 100), self.first_dose + Fraction(1, 100)])
        self.continuous(t, choice, r.pick(["titration", "maintenance"], ["taper"]), state_mode=r.random() < 0.5 or self.mode == "flex")
        self.stopped = False
        if r.random() < 0.4:
            t2 = t + r.pick([24 * H, 30 * H], [24 * H - 1, 12 * H, 24 * H])
            self.continuous(t2, self.dose * r.choice([Fraction(11, 10), Fraction(1), Fraction(9, 10)]), None if self.phase not in ("stop", "emergency") else "maintenance")

    def emergency(self) -> None:
        r = self.r
        t = self.t + r.choice([1, 60, 24 * H, 12 * H])
        if r.random() < 0.5:
            self.stop(t, "emergency")
            return
        dose = self.dose * r.choice([Fraction(5, 10), Fraction(9, 10), Fraction(1), Fraction(11, 10)])
        self.continuous(t, dose, "emergency", state_mode=self.mode == "flex")
        self.pre_stop_dose = self.dose
        # The step after an emergency step states its phase.
        if r.random() < 0.7:
            t2 = self.t + r.choice([24 * H, 48 * H, 6 * H])
            self.continuous(t2, self.dose * r.choice([Fraction(1), Fraction(11, 10), Fraction(8, 10), Fraction(7, 10)]), r.choice(["maintenance", "titration"]), state_mode=False)


def gen_screening(r: Gen) -> tuple[list[dict[str, Any]], int, Fraction, Fraction]:
    """Screening doses; returns them, the time after the last, the effective dose and its effect."""
    doses = []
    t = r.choice([0, 8 * H, 10 * H])
    dose = Fraction(r.pick([25, 50], [51, 50]))
    n = r.choice([1, 2, 2, 3, 3])
    effect = Fraction(0)
    for i in range(n):
        last = i == n - 1
        response = "positive" if last and r.random() < 0.95 else "negative"
        if not last and r.random() < r.edge / 2:
            response = "positive"  # a screening after a positive one: ITB-SCR-4
        if any(d["response"] == "positive" for d in doses):
            # One positive response at most: which of several is "the effective screening dose"
            # (ITB-INIT-1) the spec does not say, and the document breaks ITB-SCR-4 anyway.
            response = "negative"
        entry: dict[str, Any] = {**when(t), "dose_ug": dec(dose), "concentration_ug_ml": 50 if r.random() < 0.97 else 500,
                                 "duration_min": r.pick([1, 2, 60], [Fraction(1, 2), 1]), "response": response}
        entry["duration_min"] = dec(Fraction(entry["duration_min"]))
        if response == "positive":
            effect = Fraction(r.choice([10, 12, 12, 13, 24]))
            entry["effect_h"] = dec(effect)
        doses.append(entry)
        t += r.pick([24 * H, 48 * H], [24 * H - 1, 24 * H])
        dose = dose + r.pick([25, 0, 10], [26, 25])
        if r.random() < r.edge:
            dose = Fraction(100) + r.choice([0, 1])
    effective = next((Fraction(str(s["dose_ug"])) for s in doses if s["response"] == "positive"), Fraction(50))
    return doses, t, effective, effect


def T_of(event: dict[str, Any]) -> int:
    """The minutes from 00:00 of day 0 of a day/time event."""
    hh, mm = event.get("time", "08:00").split(":")
    return int(event["day"]) * 1440 + int(hh) * 60 + int(mm)


def gen_plan(r: Gen) -> Doc:
    history = r.random() < 0.35
    patient = gen_patient(r, not history)
    conc = r.pick([500, 2000, 1000], [50, 500])
    doc: Doc = {"itbverify": 1, "kind": "plan", "id": "generated"}
    if r.random() < 0.03:
        doc["route"] = r.choice(["epidural", "intravenous", "intrathecal"])
    doc["patient"] = patient
    doc["pump"] = gen_pump(r)
    if r.random() < 0.9:
        doc["resuscitation_ready"] = True
    b = PlanBuilder(r, patient, conc)
    b.programmable = doc["pump"]["programmable"]
    first_t: int
    if history:
        daily = Fraction(r.choice([150, 200, 300, 259, 100]))
        last_inc = r.choice([Fraction(-24), Fraction(-48), Fraction(-72), Fraction(-2399, 100), Fraction(-500), Fraction(-4775, 100)])
        hist: dict[str, Any] = {"screened_positive": r.random() < 0.97, "first_daily_dose_ug": dec(daily * r.choice([Fraction(1, 2), Fraction(1)])),
                                "daily_dose_ug": dec(daily), "last_increase_h": dec(last_inc)}
        if r.random() < 0.7:
            hist["phase"] = r.choice(["maintenance", "maintenance", "titration", "taper"])
        if r.random() < 0.3:
            hist["since_h"] = dec(last_inc + r.choice([0, 1, 10]) if last_inc + 10 <= 0 else last_inc)
        if r.random() < 0.8:
            hist["reservoir_volume_ml"] = dec(Fraction(r.pick([20, 10, 18], [5, 2, 3])))
        hist["concentration_ug_ml"] = conc
        if r.random() < 0.5:
            hist["filled_at_h"] = dec(Fraction(r.choice([-240, -1848, -1000, -1700, -30])))
        doc["history"] = hist
        b.dose, b.first_dose = daily, Fraction(str(hist["first_daily_dose_ug"]))
        b.phase = hist.get("phase", "maintenance")
        first_t = r.choice([0, 60, 10 * H, 24 * H, 34 * H, 2 * 24 * H])
        if r.random() < 0.2:
            if hist.get("phase") == "taper":
                b.t = first_t - 24 * H
                b.taper()
            else:
                b.stop(first_t, r.choice(["stop", "emergency"]))
        else:
            new = b.dose * (1 + b.pct_change(r.random() < 0.6))
            b.continuous(first_t, new, r.choice([None, None, "titration", "maintenance"]))
        first_t = b.steps[0][0]
    else:
        screening, after, effective, effect = gen_screening(r)
        doc["screening"] = screening
        first_t = after + r.choice([0, 0, 2 * H, 24 * H, -1]) if after > 0 else 3 * 24 * H
        first_t = max(first_t, 1)
        if r.random() < r.edge / 2:
            first_t = T_of(screening[-1])  # infusion starts at the instant of the last screening dose
        factor = 2 if effect <= 12 else 1
        first = effective * factor * r.pick([Fraction(1), Fraction(3, 4)], [Fraction(10001, 10000)])
        b.continuous(first_t, first, "titration", state_mode=True)
        b.steps[0][1]["phase"] = "titration"
        b.steps[0][1]["concentration_ug_ml"] = conc
        b.first_dose = b.dose
        if r.random() < r.edge / 2:
            # A taper from the first infusion step on (which is never a taper step itself).
            b.steps[0][1]["phase"] = b.phase = "taper"
            b.taper()
    if history:
        b.steps[0][1].setdefault("concentration_ug_ml", conc)
    # Z3 pays for every step: most plans are short, a few long.
    for _ in range(r.choice([0, 1, 1, 2, 2, 3, 3, 4, 6])):
        if b.stopped:
            if r.random() < 0.8:
                b.restart()
            break
        action = r.pick(["change", "change", "change", "change", "flex", "taper", "emergency"], ["stop", "taper", "emergency"])
        if action == "change":
            b.step_change()
        elif action == "flex":
            b.flex()
        elif action == "taper":
            b.taper()
        elif action == "stop":
            b.stop(b.t + b.gap(), "stop")
        else:
            b.emergency()
    if b.stopped and r.random() < 0.5:
        b.restart()
    doc["infusion"] = [s for _, s in b.steps]
    step_times = [t for t, _ in b.steps]
    last_t = step_times[-1]
    # Refills: the first at, just before or just after the first step (or none).
    refills: list[tuple[int, dict[str, Any]]] = []
    diluent = "none" if conc in (50, 500, 2000) else "nacl-0.9"
    cap = doc["pump"]["reservoir_ml"]

    def refill(t: int) -> dict[str, Any]:
        entry: dict[str, Any] = {**when(t), "volume_ml": dec(Fraction(r.pick([cap, 18], [10, 5]))), "concentration_ug_ml": conc if r.random() < 0.97 else 2000}
        if r.random() < 0.7 or diluent != "none":
            entry["diluent"] = diluent if r.random() < 0.97 else r.choice(["none", "dextrose"])
        return entry

    if not history or r.random() < 0.3:
        t0 = first_t + r.pick([0, -24 * H, -60], [0, -1, 1])
        if t0 >= 0 and (r.random() < 0.95 or history):
            refills.append((t0, refill(t0)))
    for _ in range(r.choice([0, 0, 1, 2])):
        anchor = r.choice(step_times)
        t = max(0, anchor + r.choice([0, 1, -1, 24 * H, r.randint(0, 30 * 24 * H)]))
        refills.append((t, refill(t)))
    if r.random() < 0.05:
        t = (refills[0][0] if refills else first_t) + r.choice([1848 * H, 1848 * H + 1, 1848 * H - 1])
        refills.append((t, refill(t)))
    refills.sort(key=lambda e: e[0])
    dedup: list[tuple[int, dict[str, Any]]] = []
    for t, e in refills:
        if not dedup or dedup[-1][0] != t:
            dedup.append((t, e))
    if dedup:
        doc["refills"] = [e for _, e in dedup]
    # Boluses, placed at or around other events.
    boluses: list[tuple[int, dict[str, Any]]] = []
    anchors = step_times + [t for t, _ in dedup]
    for _ in range(r.choice([0, 0, 0, 1, 1, 2, 3])):
        anchor = r.choice(anchors)
        t = max(0, anchor + r.choice([0, 0, 1, -1, 24 * H, -24 * H, 24 * H - 1, 12 * H]))
        via = r.choice(["pump", "pump", "access-port"])
        entry: dict[str, Any] = {**when(t), "dose_ug": dec(Fraction(r.pick([5, 10, 2, 20], [40, 100, Fraction(10001, 100), 150])))}
        if r.random() < 0.1:
            # The daily dose in force, or just past it (computed from the steps drawn).
            in_force = Fraction(0)
            for st, s in b.steps:
                if st <= t and "daily_dose_ug" in s:
                    in_force = Fraction(str(s["daily_dose_ug"]))
            entry["dose_ug"] = dec(in_force + r.choice([0, Fraction(1, 100)]), 2) or 1
        if via != "pump" or r.random() < 0.8:
            entry["via"] = via
        if via == "access-port" or r.random() < 0.1:
            entry["emergency"] = r.random() > r.edge
        boluses.append((t, entry))
    boluses.sort(key=lambda e: e[0])
    if boluses:
        doc["boluses"] = [e for _, e in boluses]
    last_event = max([last_t] + [t for t, _ in dedup] + [t for t, _ in boluses])
    if r.random() < 0.85:
        end = last_event + r.choice([0, 1, 24 * H, 48 * H, 72 * H, 5 * 24 * H, 24 * H - 1])
        if r.random() < 0.5:
            end = (end + 1439) // 1440 * 1440
            doc["end"] = {"day": end // 1440}
        else:
            doc["end"] = when(end)
    if history and r.random() < r.edge:
        # The history's fill used for exactly 77 days (or one minute more) by the first refill or the end.
        fills = [t for t, _ in dedup] or ([end] if "end" in doc else [])
        if fills:
            filled = Fraction(fills[0], 60) - 1848 - r.choice([0, 0, Fraction(1, 60), Fraction(1, 4)])
            if filled <= 0 and (filled * 10**6).denominator == 1:
                doc["history"]["filled_at_h"] = dec(filled, 6)
    return doc


def to_at_form(doc: Doc, r: Gen) -> Doc:
    """The same plan with every time written as `at:` (day 0 is the date of the earliest `at:`)."""
    import datetime as dt

    base = dt.datetime(2026, r.choice([1, 2, 3]), r.choice([1, 28]))

    def convert(event: dict[str, Any], default_time: str) -> dict[str, Any]:
        out = {k: v for k, v in event.items() if k not in ("day", "time")}
        hh, mm = event.get("time", default_time).split(":")
        at = base + dt.timedelta(days=event["day"], hours=int(hh), minutes=int(mm))
        return {"at": at.strftime("%Y-%m-%dT%H:%M"), **out}

    events = [e for key in ("screening", "infusion", "boluses", "refills") for e in doc.get(key, [])]
    first_day = min(e["day"] for e in events)
    if first_day != 0:
        return doc  # day 0 would move to the earliest event's date
    out = dict(doc)
    for key in ("screening", "infusion", "boluses", "refills"):
        if key in doc:
            out[key] = [convert(e, "08:00") for e in doc[key]]
    if "end" in doc:
        out["end"] = convert(doc["end"], "00:00")
    return out


def tune_reservoir(doc: Doc, r: Gen) -> Doc:
    """Move one fill's volume to where ITB-PUMP-4 just holds, or just fails (the reference finds the place)."""
    fills: list[dict[str, Any]] = list(doc.get("refills", []))
    key = "volume_ml"
    if "history" in doc and "reservoir_volume_ml" in doc["history"]:
        fills.append(doc["history"])
        key_of = {id(doc["history"]): "reservoir_volume_ml"}
    else:
        key_of = {}
    if not fills:
        return doc
    fill = r.choice(fills)
    key = key_of.get(id(fill), "volume_ml")
    cap = Fraction(doc["pump"]["reservoir_ml"])
    saved = fill[key]

    def fails(units: int) -> bool:
        fill[key] = dec(Fraction(units, 10000), 4)
        return "ITB-PUMP-4" in reference_errors(doc)

    lo, hi = 0, int(cap * 10000)
    if not fails(lo) or fails(hi):
        fill[key] = saved
        return doc
    while hi - lo > 1:  # fails(lo), not fails(hi)
        mid = (lo + hi) // 2
        if fails(mid):
            lo = mid
        else:
            hi = mid
    fill[key] = dec(Fraction(r.choice([lo, hi]), 10000), 4)
    return doc


def tune_bolus(doc: Doc, r: Gen) -> Doc:
    """Move one bolus's dose to where ITB-TITR-3 flips (0.01 ug either side), as the reference finds it."""
    if not doc.get("boluses"):
        return doc
    bolus = r.choice(doc["boluses"])
    saved = bolus["dose_ug"]

    def fails(cents: int) -> bool:
        bolus["dose_ug"] = dec(Fraction(cents, 100), 2)
        return "ITB-TITR-3" in reference_errors(doc)

    lo, hi = 1, 10000
    if fails(lo) or not fails(hi):
        bolus["dose_ug"] = saved
        return doc
    while hi - lo > 1:  # not fails(lo), fails(hi)
        mid = (lo + hi) // 2
        if fails(mid):
            hi = mid
        else:
            lo = mid
    bolus["dose_ug"] = dec(Fraction(r.choice([lo, hi]), 100), 2)
    return doc


# ---- programs ----------------------------------------------------------------------------


def gen_program(r: Gen) -> Doc:
    patient = gen_patient(r, False)
    phase = r.choice(["maintenance", "maintenance", "titration", "taper", "emergency"])
    conc = r.choice([500, 2000, 2000, 1000])
    prev_daily = Fraction(r.choice([300, 400, 150, 100]))
    last_inc = r.choice([Fraction(-24), Fraction(-20), Fraction(-48), Fraction(-72), Fraction(-200)])
    previous: dict[str, Any] = {"last_increase_h": dec(last_inc)}
    flex_any = False
    if r.random() < 0.25:
        rate = prev_daily / 24
        previous["mode"] = "flex"
        previous["steps"] = [{"start": "00:00", "dose_ug_h": dec(rate, 4)}, {"start": clock(r.choice([6, 12, 20]) * 60), "dose_ug_h": dec(rate * r.choice([1, Fraction(13, 10)]), 4)}]
        prev_daily = schedule_daily(previous["steps"])
        flex_any = True
    else:
        previous["daily_dose_ug"] = dec(prev_daily)
    if r.random() < 0.3:
        previous["since_h"] = dec(last_inc + r.choice([0, 2]) if last_inc + 2 <= 0 else last_inc)
    p = patient_limit(patient, phase)
    change = r.pick([p, Fraction(0), Fraction(-20, 100), Fraction(10, 100), Fraction(-10, 100)], [p + Fraction(1, 10000), Fraction(-2001, 10000), -p])
    new_daily = prev_daily * (1 + change)
    new_daily = Fraction(int(new_daily * 100) + (1 if change < 0 and new_daily * 100 != int(new_daily * 100) else 0), 100)
    new: dict[str, Any] = {}
    if r.random() < 0.3:
        new["mode"] = "flex"
        base = new_daily / 24
        new["steps"] = [{"start": "00:00", "dose_ug_h": dec(base, 4)}, {"start": clock(r.choice([7, 20, 22]) * 60), "dose_ug_h": dec(base * r.choice([1, Fraction(12, 10), Fraction(12001, 10000), Fraction(11, 10)]), 4)}]
        new_daily = schedule_daily(new["steps"])
        flex_any = True
    else:
        new["mode"] = "continuous"
        new["daily_dose_ug"] = dec(new_daily, 2)
        new_daily = Fraction(str(new["daily_dose_ug"]))
    new["concentration_ug_ml"] = conc
    if flex_any or r.random() < 0.5:
        new["effective_at"] = clock(r.choice([0, 9 * 60, 14 * 60, 22 * 60 + 30]))
    if new["mode"] == "continuous" and r.random() < 0.15:
        new["rate_ml_day"] = dec(new_daily / conc + r.choice([0, Fraction(1, 100)]), 5)
    next_refill = Fraction(r.choice([24, 48, 200, 1200, 1848, 1849, 700]))
    doc: Doc = {"itbverify": 1, "kind": "program", "id": "generated", "patient": patient, "pump": {"programmable": r.random() < 0.85, "reservoir_ml": 40}, "phase": phase,
                "previous": previous, "new": new}
    tol = Fraction(r.choice([0, 0, 5, 15])) if r.random() < 0.5 else None
    bolus = None
    if r.random() < 0.5:
        bolus = {"dose_ug": dec(Fraction(r.choice([10, 40, 100, Fraction(10001, 100), 150]))), "lockout_h": dec(Fraction(r.choice([4, 3, 6, 8, Fraction(5, 2), 1]))),
                 "max_per_day": r.choice([1, 3, 4, 6])}
    if bolus is not None:
        # Every activation is a solver variable: keep the span short (ITB-PUMP-5 is drawn without them).
        next_refill = Fraction(r.choice([12, 24, 25, 48, 72, 100]))
    elif flex_any and next_refill > 700:
        # Z3 pays for every day of a flex schedule: 77 days are drawn with continuous programs.
        next_refill = Fraction(r.choice([200, 700]))
    # Reservoir volume at or just past what the worst case uses before next_refill_h.
    f = 1 + (tol or 0) / Fraction(100)
    alarm = Fraction(2)
    use = new_daily * next_refill / 24
    if bolus is not None:
        use += Fraction(str(bolus["dose_ug"])) * _earliest_count(Fraction(str(bolus["lockout_h"])), bolus["max_per_day"], next_refill)
    need = alarm + f * use / conc
    volume = r.choice([need, need + Fraction(1, 100), need - Fraction(1, 100), Fraction(185, 10), Fraction(40)])
    volume = min(max(volume, Fraction(1)), Fraction(40))
    reservoir: dict[str, Any] = {"volume_ml": dec(volume, 4), "concentration_ug_ml": conc if r.random() < 0.95 else 500}
    if conc == 1000 or r.random() < 0.3:
        reservoir["diluent"] = "nacl-0.9" if conc == 1000 and r.random() < 0.95 else r.choice(["none", "nacl-0.9"])
    if r.random() < 0.4:
        reservoir["filled_at_h"] = dec(Fraction(r.choice([-240, -648, -649, 0, -24])))
    reservoir["next_refill_h"] = dec(next_refill)
    doc["reservoir"] = reservoir
    if bolus is not None:
        doc["patient_bolus"] = bolus
    if tol is not None:
        doc["delivery_tolerance_pct"] = dec(tol)
    return doc


def _earliest_count(lockout: Fraction, per_day: int, until: Fraction) -> int:
    """How many activations fit in [0, until) when each comes as early as the limits allow."""
    times: list[Fraction] = []
    x = ZERO
    while x < until:
        times.append(x)
        x = max(x + lockout, times[-per_day] + DAY if len(times) >= per_day else ZERO)
    return len(times)


# ---- systematic orderings ---------------------------------------------------------------------

# Every kind of event, placed in a plan whose scaffold makes it meaningful.
EVENT_KINDS = ["screening", "refill", "bolus-pump", "bolus-port", "bolus-port-emergency", "step-titration", "step-maintenance", "step-taper",
               "step-emergency", "stop", "emergency-stop", "restart", "end"]


def systematic_plan(a: str, b: str, delta_min: int, bolus_ug: float = 40) -> Doc | None:
    """A plan with an event of kind a at an anchor and one of kind b delta_min minutes later (None when no valid plan has both)."""
    anchor = 20 * 24 * H + 10 * H  # day 20 10:00, in maintenance after a titration
    events = {a: anchor, b: anchor + delta_min} if a != b else None
    if events is None:
        if delta_min == 0:
            return None
        events = {a: anchor}
        second = anchor + delta_min
    else:
        second = None
    base = {
        "itbverify": 1, "kind": "plan", "id": f"order-{a}-{b}-{delta_min}-{bolus_ug}",
        "patient": {"age_years": 34, "origin": "spinal", "cause": "multiple-sclerosis", "infection": False},
        "pump": {"programmable": True, "reservoir_ml": 40, "low_reservoir_alarm_ml": 2},
        "resuscitation_ready": True,
        "screening": [{"day": 0, "dose_ug": 50, "concentration_ug_ml": 50, "duration_min": 1, "response": "negative"},
                      {"day": 1, "dose_ug": 75, "concentration_ug_ml": 50, "duration_min": 2, "response": "positive", "effect_h": 10}],
    }
    steps: list[tuple[int, dict[str, Any]]] = [
        (3 * 24 * H + 10 * H, {"phase": "titration", "mode": "continuous", "daily_dose_ug": 150, "concentration_ug_ml": 2000}),
        (4 * 24 * H + 10 * H, {"daily_dose_ug": 195}),
        (5 * 24 * H + 10 * H, {"phase": "maintenance", "daily_dose_ug": 195}),
    ]
    refills: list[tuple[int, dict[str, Any]]] = [(3 * 24 * H + 10 * H, {"volume_ml": 40, "concentration_ug_ml": 2000})]
    boluses: list[tuple[int, dict[str, Any]]] = []
    screening_extra: list[tuple[int, dict[str, Any]]] = []
    end: int | None = None
    times = [(k, t) for k, t in events.items()] + ([(a, second)] if second is not None else [])
    for kind, t in times:
        if kind == "screening":
            screening_extra.append((t, {"dose_ug": 50, "concentration_ug_ml": 50, "duration_min": 1, "response": "negative"}))
        elif kind == "refill":
            refills.append((t, {"volume_ml": 40, "concentration_ug_ml": 2000}))
        elif kind.startswith("bolus"):
            entry: dict[str, Any] = {"dose_ug": bolus_ug, "via": "pump" if kind == "bolus-pump" else "access-port"}
            if kind == "bolus-port-emergency":
                entry["emergency"] = True
            boluses.append((t, entry))
        elif kind == "step-titration":
            steps.append((t, {"phase": "titration", "daily_dose_ug": 250}))
        elif kind == "step-maintenance":
            steps.append((t, {"phase": "maintenance", "daily_dose_ug": 180}))
        elif kind == "step-taper":
            steps.append((t, {"phase": "taper", "daily_dose_ug": 170}))
        elif kind == "step-emergency":
            steps.append((t, {"phase": "emergency", "daily_dose_ug": 100}))
        elif kind == "stop":
            steps.append((t, {"phase": "stop"}))
        elif kind == "emergency-stop":
            steps.append((t, {"phase": "emergency", "daily_dose_ug": 0}))
        elif kind == "restart":
            steps.append((t - 30 * H, {"phase": "stop"}))
            steps.append((t, {"phase": "maintenance", "mode": "continuous", "daily_dose_ug": 195}))
        elif kind == "end":
            end = t
    steps.sort(key=lambda s: s[0])
    if len({t for t, _ in steps}) != len(steps):
        return None
    # A step after a stop or an emergency step states its phase and dose; one after a stop kind restarts.
    fixed: list[tuple[int, dict[str, Any]]] = []
    prev_phase, prev_stops = "titration", False
    for t, s in steps:
        s = dict(s)
        stops = s.get("phase") == "stop" or (s.get("phase") == "emergency" and s.get("daily_dose_ug") == 0)
        if stops and prev_stops:
            return None  # a stop of a stopped infusion is not a document
        if prev_phase in ("stop", "emergency") and not stops:
            s.setdefault("phase", "maintenance")
            s.setdefault("daily_dose_ug", 150)
            s.setdefault("mode", "continuous")
        prev_phase, prev_stops = s.get("phase", prev_phase), stops
        fixed.append((t, s))
    last = max([t for t, _ in fixed] + [t for t, _ in refills] + [t for t, _ in boluses] + [t for t, _ in screening_extra])
    if end is None:
        end = last + 3 * 24 * H
    elif end < last:
        return None
    doc = dict(base)
    doc["screening"] = base["screening"] + [{**when(t), **e} for t, e in sorted(screening_extra, key=lambda x: x[0])]
    doc["infusion"] = [{**when(t), **s} for t, s in fixed]
    refills.sort(key=lambda x: x[0])
    if len({t for t, _ in refills}) != len(refills):
        refills = list({t: (t, e) for t, e in refills}.values())
    doc["refills"] = [{**when(t), **e} for t, e in refills]
    if boluses:
        boluses.sort(key=lambda x: x[0])
        doc["boluses"] = [{**when(t), **e} for t, e in boluses]
    doc["end"] = when(end)
    return doc


RESERVOIR_KINDS = {"refill", "bolus-pump", "stop", "emergency-stop", "restart", "end"}


def systematic_documents() -> list[Doc]:
    """Every ordered pair of event kinds at one instant and one minute apart; where the reservoir is
    concerned, a copy whose first fill leaves the alarm volume just reached or just not."""
    docs = []
    r = Gen(0)
    r.edge = 1.0
    for i, a in enumerate(EVENT_KINDS):
        for j, b in enumerate(EVENT_KINDS):
            # a one minute before b, for every ordered pair, gives either order; at one instant
            # the order is the spec's (refills, the step, boluses), so each pair once.
            for delta in (0, 1) if i <= j else (1,):
                # 100.01 ug: above ITB-DOSE-3's 100 ug only where no daily dose is in force.
                for bolus_ug in ((40, 100.01) if "bolus" in a + b else (40,)):
                    doc = systematic_plan(a, b, delta, bolus_ug)
                    if doc is None:
                        continue
                    docs.append(doc)
                    if {a, b} & RESERVOIR_KINDS and bolus_ug == 40:
                        tuned = systematic_plan(a, b, delta, bolus_ug)
                        assert tuned is not None
                        tuned["id"] += "-tuned"
                        tuned["refills"][0]["concentration_ug_ml"] = 500
                        tuned["infusion"][0]["concentration_ug_ml"] = 500
                        for fill in tuned["refills"]:
                            fill["concentration_ug_ml"] = 500
                        docs.append(tune_reservoir(tuned, r))
    return docs


# ---- checking ----------------------------------------------------------------------------------

_RULES: Any = None


def _tool(text: str, engine: str) -> tuple[str, set[str], set[str], list[str], set[str]]:
    """The tool's verdict, error requirements, undecided requirements, error messages and warning requirements."""
    global _RULES
    from itbverify.analyses.check import check_source
    from itbverify.documents.read import Source, compose
    from itbverify.language.ruleset import default_ruleset

    if _RULES is None:
        _RULES = default_ruleset()
    node, problems = compose(text, "generated.yaml")
    result = check_source(Source("generated.yaml", 1, 1, node, problems), _RULES, 60.0, engine=engine)
    errs = {f.requirement for f in result.findings if f.severity == "error" and f.requirement}
    warns = {f.requirement for f in result.findings if f.severity == "warning" and f.requirement}
    messages = [f"{f.requirement}: {f.message}" for f in result.findings if f.severity == "error"]
    return result.verdict, errs, set(result.unknown or []), messages, warns


def compare(doc: Doc, engines: tuple[str, ...] = ("auto", "z3")) -> list[str]:
    """The disagreements between the reference and each engine on one document (empty when they agree).

    A requirement the solver could not decide in time (`unknown`) is never a wrong SAFE: it may
    stand in for an error the reference finds, and the verdict is then unsafe or unknown.
    """
    text = yaml.dump(doc, Dumper=DUMPER, sort_keys=False)
    expected = reference_errors(doc)
    expected_warnings = reference_warnings(doc)
    out = []
    for engine in engines:
        got_verdict, got, unknown, messages, warns = _tool(text, engine)
        decided = expected - unknown
        verdict = "unsafe" if decided else ("unknown" if unknown else "safe")
        if (got_verdict, got - unknown) != (verdict, decided):
            out.append(f"engine {engine}: tool {got_verdict} {sorted(got)} (unknown {sorted(unknown)}), reference {sorted(expected)}\n  tool says: {messages}")
        if warns - unknown != expected_warnings - unknown:
            out.append(f"engine {engine}: tool warns {sorted(warns)}, reference {sorted(expected_warnings)}")
    return out


def _work(item: tuple[int, Doc, tuple[str, ...]]) -> tuple[int, str, list[str]]:
    index, doc, engines = item
    try:
        problems = compare(doc, engines)
    except Exception as exc:  # noqa: BLE001 - a crash of the reference or the tool is reported with its document
        problems = [f"crash: {type(exc).__name__}: {exc}"]
    return index, yaml.safe_dump(doc, sort_keys=False) if problems else "", problems


def run_all(docs: list[Doc], z3_every: int = 1) -> list[tuple[int, str, list[str]]]:
    """The documents that disagree; every one is checked by the auto engine, every `z3_every`-th by Z3 too.

    Under pytest-xdist the suite's workers already use every core, so the
    documents are checked in this process; run alone, two processes share them.
    """
    items = [(i, doc, ("auto", "z3") if i % z3_every == 0 else ("auto",)) for i, doc in enumerate(docs)]
    workers = 1 if os.environ.get("PYTEST_XDIST_WORKER") else min(2, os.cpu_count() or 1)
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = list(pool.imap_unordered(_work, items, chunksize=8))
    else:
        results = [_work(i) for i in items]
    return sorted((r for r in results if r[2]), key=lambda r: r[0])


def _report(seed: int | None, failures: list[tuple[int, str, list[str]]], total: int) -> str:
    head = f"{len(failures)} of {total} documents disagree" + (f" (seed {seed}; rerun with ITB_INDEPENDENT_SEED={seed})" if seed is not None else "")
    parts = [head]
    for index, text, problems in failures[:5]:
        parts.append(f"--- document {index}:\n{text}" + "\n".join(problems))
    return "\n".join(parts)


def draw_documents(seed: int, count: int) -> list[Doc]:
    r = Gen(seed)
    docs = []
    for _ in range(count):
        # Some documents keep to the label almost everywhere, some are full of boundary values.
        r.edge = r.choice([0.0, 0.02, 0.05, 0.1, 0.2, 0.4])
        if r.random() < 0.3:
            docs.append(gen_program(r))
            continue
        doc = gen_plan(r)
        if r.random() < 0.1:
            doc = tune_reservoir(doc, r)
        if r.random() < 0.1:
            doc = tune_bolus(doc, r)
        if r.random() < 0.05:
            doc = to_at_form(doc, r)
        docs.append(doc)
    return docs


@pytest.mark.parametrize("part", range(PARTS))
def test_generated_documents_agree_with_reference(part: int) -> None:
    """One of PARTS equal shares of the DOCUMENTS, each drawn from a fresh seed of its own (so the suite's workers share the load)."""
    replay = os.environ.get("ITB_INDEPENDENT_SEED")
    if replay is not None and part > 0:
        pytest.skip(f"replaying ITB_INDEPENDENT_SEED={replay} in part 0")
    seed = int(replay) if replay is not None else random.SystemRandom().randrange(2**32)
    print(f"ITB_INDEPENDENT_SEED={seed}")
    count = DOCUMENTS if replay is not None else DOCUMENTS // PARTS + (part < DOCUMENTS % PARTS)
    docs = draw_documents(seed, count)
    failures = run_all(docs, Z3_EVERY)
    assert not failures, _report(seed, failures, len(docs))


def test_systematic_orderings_agree_with_reference() -> None:
    docs = systematic_documents()
    assert len(docs) > 300
    failures = run_all(docs)
    assert not failures, _report(None, failures, len(docs))


def _regression_cases() -> list[Path]:
    return sorted(REGRESSIONS.glob("*.yaml"))


def _expected_of(path: Path) -> set[str]:
    """The error set a regression document expects, from its `# expected-errors: [...]` comment."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expected-errors:"):
            return set(yaml.safe_load(line.split(":", 1)[1]) or [])
    raise AssertionError(f"{path.name}: no '# expected-errors:' line")


@pytest.mark.parametrize("path", _regression_cases(), ids=lambda p: p.stem)
def test_regressions(path: Path) -> None:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    expected = _expected_of(path)
    assert reference_errors(doc) == expected, "the reference calculation changed its answer"
    problems = compare(doc)
    assert not problems, "\n".join(problems)
