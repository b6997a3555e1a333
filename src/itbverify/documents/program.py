"""`kind: program`: one pump programming, put on the same timeline as a plan.

The previous program becomes the history step (from `since_h` to hour 0), the
new program the step at hour 0, the reservoir a fill at hour 0, and the
document ends at the next refill. What the pump or the patient may do is
stated as data: the delivery tolerance, and the patient bolus allowance
(dose, lockout, most per 24 hours). Only the solver (engines.z3.program)
turns them into variables: the times of the boluses taken, and the delivery
factor f in [1, 1 + tolerance].
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from itbverify.base.exact import Fraction
from itbverify.documents.model import (
    Document,
    Fill,
    History,
    PatientBolus,
    Step,
    build_segments,
    flex_daily_dose,
    link_fills,
    link_steps,
)

if TYPE_CHECKING:
    from itbverify.documents.build import Builder

# The most patient boluses a program is modelled with, one pair of solver variables each. A program that allows
# more before its next refill is not wrong, only beyond this tool: it is checked with this many (fewer boluses
# are a pattern too, so what they break is broken), and what they do not break is unknown, not proved.
MAX_PATIENT_BOLUSES = 400


def boluses_beyond_limit(document: Document) -> int | None:
    """How many patient boluses the program allows before its next refill, when that is more than MAX_PATIENT_BOLUSES."""
    allowance = document.patient_bolus
    return allowance.allowed if allowance is not None and allowance.allowed > MAX_PATIENT_BOLUSES else None


def bolus_count(horizon: Fraction, lockout: Fraction, most: int) -> int:
    """The most boluses the lockout and the daily maximum allow before the horizon."""
    by_day = most * math.ceil(horizon / 24)
    by_lockout = math.floor(horizon / lockout) + 1 if lockout > 0 else by_day
    return min(by_day, by_lockout)


def program_document(document: Document, previous: Step, new: Step, *, last_increase_h: Any, since_h: Any, volume_ml: Any,
                     fill_concentration: Any, filled_at_h: Any, diluent: Any, next_refill_h: Any) -> tuple[History, Fill]:
    """Put a programming on DOCUMENT's timeline, its values numbers or solver terms alike.

    The running program becomes the history's step, from `since_h` to hour 0;
    the new program the step at hour 0; the reservoir the fill in place at
    hour 0 (from the history), which both steps draw from; the document ends
    at the next refill. The caller links the steps once the document is
    valid, and gives it its segments (a symbolic flex schedule has no cut
    points to list).
    """
    previous.from_history = True
    history = History(
        screened_positive=True,
        first_daily_dose_ug=None,
        daily_dose_ug=previous.daily_dose_ug,
        phase=previous.phase,
        last_increase_h=last_increase_h,
        since_h=since_h,
        reservoir_volume_ml=volume_ml,
        concentration_ug_ml=previous.concentration_ug_ml,
        filled_at_h=filled_at_h,
    )
    fill = Fill(
        at_h=Fraction(0),
        filled_at_h=filled_at_h if filled_at_h is not None else Fraction(0),
        volume_ml=volume_ml,
        concentration_ug_ml=fill_concentration,
        diluent=diluent,
        from_history=True,
    )
    fill.step = new
    for step in (previous, new):
        step.reservoir_concentration_ug_ml = fill_concentration
    document.kind = "program"
    document.resuscitation_ready = True
    document.history = history
    document.steps = (previous, new)
    document.fills = (fill,)
    document.end_h = next_refill_h
    return history, fill


def build_program(builder: Builder) -> Document:
    record = builder.record
    document = Document()
    builder.common(document)
    document.resuscitation_ready = True
    previous = record.get("previous")
    new = record.get("new")
    reservoir = record.get("reservoir")
    phase: str = record.get("phase")

    either_flex = new.get("mode") == "flex" or previous.get("mode") == "flex"
    clock = new.get("effective_at")
    if clock is None and either_flex:
        builder.problem(new, None, "new.effective_at: the clock time of hour 0 is required when either program is flex")
    document.clock_offset_min = clock.minutes if clock is not None else 0

    last = previous.get("last_increase_h")
    since = previous.get("since_h", last)
    if since < last:
        builder.problem(previous, "since_h", "previous.since_h is before last_increase_h; the dose has run unchanged since its last increase at most")
    next_refill = reservoir.get("next_refill_h")
    if next_refill <= 0:
        builder.problem(reservoir, "next_refill_h", "reservoir.next_refill_h: the next refill is after hour 0")
    capacity = document.pump.reservoir_ml
    if capacity is not None and reservoir.get("volume_ml") > capacity:
        builder.problem(reservoir, "volume_ml", f"reservoir.volume_ml is more than the pump's {capacity} mL reservoir")

    concentration = new.get("concentration_ug_ml")
    old = _program_step(builder, previous, "previous", since, "maintenance", previous.get("concentration_ug_ml", reservoir.get("concentration_ug_ml")))
    fresh = _program_step(builder, new, "new", Fraction(0), phase, concentration)
    if old is None or fresh is None or builder.problems:
        return document
    if old.daily_dose_ug <= 0:
        builder.problem(previous, "daily_dose_ug", "previous.daily_dose_ug: the running program delivers more than 0")
        return document
    fresh.rate_ml_day = new.get("rate_ml_day")
    if phase == "emergency" and fresh.daily_dose_ug == 0:
        fresh.stops = True

    history, fill = program_document(
        document,
        old,
        fresh,
        last_increase_h=last,
        since_h=since,
        volume_ml=reservoir.get("volume_ml"),
        fill_concentration=reservoir.get("concentration_ug_ml"),
        filled_at_h=reservoir.get("filled_at_h"),
        diluent=reservoir.get("diluent", "none"),
        next_refill_h=next_refill,
    )
    builder.element(previous, history)
    builder.element(reservoir, fill)

    tolerance = record.get("delivery_tolerance_pct")
    if tolerance is not None and tolerance > 0:
        document.delivery_tolerance_pct = tolerance
    bolus = record.get("patient_bolus")
    if bolus is not None and bolus.get("max_per_day") > 0 and bolus.get("dose_ug") > 0:
        allowance = PatientBolus(
            dose_ug=bolus.get("dose_ug"),
            draws_ml=bolus.get("dose_ug") / concentration if concentration > 0 else Fraction(0),
            lockout_h=bolus.get("lockout_h"),
            max_per_day=bolus.get("max_per_day"),
            allowed=bolus_count(next_refill, bolus.get("lockout_h"), bolus.get("max_per_day")),
        )
        builder.element(bolus, allowance)
        if allowance.allowed > MAX_PATIENT_BOLUSES:
            document.notes.append(
                f"patient_bolus allows up to {allowance.allowed} boluses before the next refill; this tool models at most {MAX_PATIENT_BOLUSES}: "
                f"a requirement their patterns may break is broken only when {MAX_PATIENT_BOLUSES} or fewer break it, else unknown"
            )
        document.patient_bolus = allowance
    if builder.problems:
        return document
    link_steps(document)
    link_fills(document)
    document.segments = build_segments(document)
    return document


def _program_step(builder: Builder, r: Any, where: str, at_h: Fraction, phase: str, concentration: Fraction) -> Step | None:
    mode = r.get("mode", "continuous")
    step = Step(at_h=at_h, phase=phase, mode=mode, concentration_ug_ml=concentration)
    builder.element(r, step)
    if mode == "flex":
        if "daily_dose_ug" in r:
            builder.problem(r, "daily_dose_ug", f"{where}: a flex program gives no daily_dose_ug; its daily dose is the sum of its schedule")
        if "steps" not in r:
            builder.problem(r, None, f"{where}: a flex program needs its schedule (steps:)")
            return None
        schedule = builder.schedule(r.get("steps"), f"{where}.steps", r)
        if schedule is None:
            return None
        step.schedule = schedule
        step.daily_dose_ug = flex_daily_dose(schedule)
        return step
    if "steps" in r:
        builder.problem(r, "steps", f"{where}: steps: belong to mode flex, not continuous")
    if "daily_dose_ug" not in r:
        builder.problem(r, None, f"{where}: a continuous program states its daily_dose_ug")
        return None
    step.daily_dose_ug = r.get("daily_dose_ug")
    return step
