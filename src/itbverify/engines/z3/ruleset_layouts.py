"""The symbolic plans the rule set's self-check is run over.

A layout is a plan of a bounded shape: the order of its events and the
phases of its steps are fixed, and every time, dose, concentration, volume,
age and choice is a solver variable, with what a well-formed plan requires
of them. There is one set of layouts per patient profile (origin x
adult/child).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import z3

from itbverify.base.exact import Fraction
from itbverify.documents.model import (
    Bolus,
    Document,
    Fill,
    FlexEntry,
    History,
    Patient,
    Pump,
    Screening,
    Step,
    link_steps,
)
from itbverify.documents.schema import PROGRAM_PHASES
from itbverify.engines.z3.shapes import band_condition, continuous_segment
from itbverify.language import syntax as s
from itbverify.semantics.timeline import step_at
from itbverify.semantics.values import Choice, compare, merge, to_bool

ROUTES = ("intrathecal", "epidural")
BOUND = 100_000


@dataclass
class Layout:
    name: str
    document: Document
    wellformed: list[Any]


class _Vars:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.wellformed: list[Any] = []

    def real(self, name: str, low: Any = 0, high: Any = BOUND) -> Any:
        v = z3.Real(f"{self.prefix}{name}")
        if low is not None:
            self.wellformed.append(v >= low)
        if high is not None:
            self.wellformed.append(v <= high)
        return v

    def boolean(self, name: str) -> Any:
        return z3.Bool(f"{self.prefix}{name}")

    def choice(self, name: str, options: tuple[str, ...]) -> Any:
        selector = z3.Int(f"{self.prefix}{name}")
        self.wellformed += [selector >= 0, selector < len(options)]
        return Choice(tuple((selector == i, o) for i, o in enumerate(options[:-1])) + ((True, options[-1]),))


def _document(
    v: _Vars, origin: str, band: str, definitions: dict[str, s.Definition], phases: list[Any], *, history: str | None, flex_at: int | None,
    boluses: int, refills: int, screenings_n: int = 4
) -> Layout:
    """A plan whose steps have the given phases ('stop' for a stop; a tuple: the solver picks one), all its values free."""
    age = v.real("age_years", 0, 120)
    v.wellformed.append(band_condition(definitions, band, age))
    patient = Patient(
        age_years=age,
        origin=origin,
        cause="traumatic-brain-injury",
        months_since_injury=v.real("months_since_injury"),
        infection=v.boolean("infection"),
    )
    pump = Pump(programmable=v.boolean("programmable"), reservoir_ml=v.real("reservoir_ml"), low_reservoir_alarm_ml=v.real("alarm_ml"))
    concentration = v.real("concentration_ug_ml")

    screenings: list[Screening] = []
    hist = None
    last: Any = 0
    if history:
        since = v.real("since_h", -BOUND, 0)
        last_increase = v.real("last_increase_h", -BOUND, 0)
        v.wellformed.append(since >= last_increase)
        daily = v.real("history_daily_dose_ug")
        v.wellformed.append(daily > 0)
        hist = History(
            screened_positive=v.boolean("screened_positive"),
            first_daily_dose_ug=v.real("first_daily_dose_ug"),
            daily_dose_ug=daily,
            phase=history,
            last_increase_h=last_increase,
            since_h=since,
            reservoir_volume_ml=v.real("history_volume_ml"),
            concentration_ug_ml=concentration,
            filled_at_h=v.real("history_filled_at_h", -BOUND, 0),
        )
        last = since
    else:
        for i in range(screenings_n):
            at = v.real(f"screening_{i}_h")
            v.wellformed.append(at >= last)
            last = at
            screenings.append(
                Screening(
                    at_h=at,
                    dose_ug=v.real(f"screening_{i}_dose_ug"),
                    concentration_ug_ml=v.real(f"screening_{i}_concentration_ug_ml"),
                    duration_min=v.real(f"screening_{i}_duration_min"),
                    response=v.choice(f"screening_{i}_response", ("negative", "positive")),
                    effect_h=v.real(f"screening_{i}_effect_h"),
                    first=i == 0,
                )
            )

    steps: list[Step] = []
    if hist is not None:
        steps.append(Step(at_h=hist.since_h, phase=hist.phase, daily_dose_ug=hist.daily_dose_ug, concentration_ug_ml=concentration, from_history=True))
    for i, phase in enumerate(phases):
        if isinstance(phase, tuple):
            phase = v.choice(f"step_{i}_phase", phase)
        at = v.real(f"step_{i}_h", None if history else 0)
        v.wellformed.append(at > last if steps else at >= last)
        last = at
        step = Step(at_h=at, phase=phase, mode="continuous", concentration_ug_ml=concentration)
        if phase == "stop":
            step.daily_dose_ug = Fraction(0)
            step.stops = True
        else:
            step.daily_dose_ug = v.real(f"step_{i}_daily_dose_ug")
            rate = v.real(f"step_{i}_rate_ml_day")
            step.rate_ml_day = rate
        if i == flex_at:
            low, high = v.real(f"step_{i}_flex_low_ug_h"), v.real(f"step_{i}_flex_high_ug_h")
            step.mode = "flex"
            step.schedule = (FlexEntry(start_min=0, dose_ug_h=low), FlexEntry(start_min=12 * 60, dose_ug_h=high))
            v.wellformed.append(step.daily_dose_ug == 12 * low + 12 * high)
        steps.append(step)
    end = v.real("end_h", None)
    v.wellformed.append(end >= last)

    fills: list[Fill] = []
    if hist is not None and hist.reservoir_volume_ml is not None:
        fills.append(Fill(at_h=Fraction(0), filled_at_h=hist.filled_at_h if hist.filled_at_h is not None else Fraction(0), volume_ml=hist.reservoir_volume_ml, concentration_ug_ml=concentration, diluent=None, from_history=True))
    for i in range(refills):
        at = v.real(f"refill_{i}_h", None)
        v.wellformed += [at <= end, at >= (steps[0].at_h if not history else 0)]
        if fills and not fills[-1].from_history:
            v.wellformed.append(at > fills[-1].at_h)
        volume = v.real(f"refill_{i}_volume_ml")
        v.wellformed.append(volume <= pump.reservoir_ml)
        fills.append(Fill(at_h=at, filled_at_h=at, volume_ml=volume, concentration_ug_ml=v.real(f"refill_{i}_concentration_ug_ml"), diluent=v.choice(f"refill_{i}_diluent", ("none", "nacl-0.9", "glucose-5"))))
    if not history and fills:
        v.wellformed.append(fills[0].at_h == steps[0].at_h)

    bolus_list = []
    previous_bolus: Any = None
    for i in range(boluses):
        at = v.real(f"bolus_{i}_h", None)
        v.wellformed += [at >= steps[0].at_h, at <= end]
        if previous_bolus is not None:
            v.wellformed.append(at >= previous_bolus)
        previous_bolus = at
        dose = v.real(f"bolus_{i}_dose_ug")
        bolus = Bolus(at_h=at, dose_ug=dose, via=v.choice(f"bolus_{i}_via", ("pump", "access-port")), emergency=v.boolean(f"bolus_{i}_emergency"))
        bolus.draws_ml = dose / concentration
        bolus_list.append(bolus)

    document = Document(
        file="rules --check",
        kind="plan",
        id=f"{origin}-{band}",
        route=v.choice("route", ROUTES),
        patient=patient,
        pump=pump,
        history=hist,
        resuscitation_ready=v.boolean("resuscitation_ready"),
        screenings=tuple(screenings),
        steps=tuple(steps),
        boluses=tuple(bolus_list),
        fills=tuple(fills),
        end_h=end,
    )
    link_steps(document)
    for i, fill in enumerate(fills):
        fill.next = fills[i + 1] if i + 1 < len(fills) else None
        fill.step = step_at(document, fill.at_h)  # type: ignore[assignment]
    for step in steps:
        branches = [(to_bool(compare("<=", f.at_h, step.at_h)) if not f.from_history else True, f.concentration_ug_ml) for f in reversed(fills)]
        step.reservoir_concentration_ug_ml = merge(branches + [(True, None)]) if branches else None
    segments = []
    for i, step in enumerate(steps):
        stop = steps[i + 1].at_h if i + 1 < len(steps) else end
        segments.append(continuous_segment(step.at_h, stop, step.daily_dose_ug, concentration))
    document.segments = tuple(segments)
    return Layout("", document, v.wellformed)


def layouts(origin: str, band: str, definitions: dict[str, s.Definition]) -> list[Layout]:
    """The bounded shapes checked: up to 6 infusion steps, 2 boluses and 2 refills."""
    def phased(phase: str) -> Callable[[_Vars], Layout]:
        return lambda v: _document(v, origin, band, definitions, ["titration", phase, phase, phase], history=None, flex_at=None, boluses=2, refills=2)

    plans: list[tuple[str, Callable[[_Vars], Layout]]] = []
    for phase in PROGRAM_PHASES:
        plans.append((f"4 screening doses, 4 steps ({phase} after the first), 2 boluses, 2 refills", phased(phase)))
    plans.append(("history in taper, 3 taper steps, a stop, a restart", lambda v: _document(v, origin, band, definitions, ["taper", "taper", "taper", "stop", ("titration", "maintenance")], history="taper", flex_at=None, boluses=0, refills=1)))
    plans.append(("2 screening doses, 3 steps, the last flex", lambda v: _document(v, origin, band, definitions, ["titration", "titration", ("titration", "maintenance")], history=None, flex_at=2, boluses=0, refills=1, screenings_n=2)))
    plans.append(("history, 3 steps, 1 bolus, 1 refill", lambda v: _document(v, origin, band, definitions, [("titration", "maintenance"), "maintenance", ("taper", "emergency")], history="maintenance", flex_at=None, boluses=1, refills=1)))
    out = []
    for i, (name, make) in enumerate(plans):
        layout = make(_Vars(f"{origin}_{band}_l{i}_"))
        layout.name = name
        out.append(layout)
    return out
