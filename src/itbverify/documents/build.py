"""From a validated record to the document model: times, carry-over, history.

The checks here are the format's (formats.md section 1), not the label's: an
event out of order or a step that inherits from nothing is invalid input.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from itbverify.base.exact import Fraction, Memo
from itbverify.base.numbers import format_number
from itbverify.documents.kinds import KINDS, listed
from itbverify.documents.model import (
    Bolus,
    Document,
    Element,
    Fill,
    FlexEntry,
    History,
    Patient,
    Pump,
    Screening,
    Step,
    build_segments,
    flex_daily_dose,
    link_fills,
    link_steps,
)
from itbverify.documents.read import Mapping, Node, Problem, Scalar
from itbverify.documents.schema import CONDITIONS, HYPERSENSITIVITIES, MEDICATIONS
from itbverify.documents.validate import Clock, Record, Validator, described

DEFAULT_TIME_MIN = 8 * 60
_HOURS = Memo(lambda day_time: Fraction(day_time[0] * 24) + Fraction(day_time[1], 60))  # (day, minutes) to the hour
MAX_FLEX_STEPS = 13
MAX_EVENTS = 500


class Invalid(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def load_document(node: Node, file: str) -> Document:
    """Validate a node tree and resolve it into a Document, or raise Invalid."""
    validator = Validator(file)
    kind = _peek_kind(node, validator)
    if kind is None:
        raise Invalid(validator.problems)
    if not KINDS[kind.text].modelled:
        modelled = [name for name, entry in KINDS.items() if entry.modelled]
        validator.problem(kind, f"kind: {kind.text} documents are not supported by this version of itbverify; expected kind {listed(modelled)}")
        raise Invalid(validator.problems)
    record = validator.mapping(node, KINDS[kind.text].schema, "")
    if record is None or (validator.problems and kind.text != "plan"):
        raise Invalid(validator.problems)
    return build_document(record, kind.text, file, validator.problems)


def build_document(record: Record, kind: str, file: str, problems: list[Problem] | None = None) -> Document:
    """A validated plan's or program's record resolved into a Document, or Invalid.

    A plan with schema PROBLEMS is still built, tolerantly, so that its
    format problems (order, carry-over, capacity) are reported too.
    """
    builder = Builder(file, record, tolerant=bool(problems))
    document = builder.plan() if kind == "plan" else builder.program()
    found = (problems or []) + builder.problems
    if found:
        raise Invalid(sorted(found, key=lambda p: (p.line or 0, p.column or 0)))
    return document


def _peek_kind(node: Node, validator: Validator) -> Scalar | None:
    """The value of the key `kind`, which says which schema the document follows."""
    if not isinstance(node, Mapping):
        validator.problem(node, f"expected a document: a mapping that starts with itbverify, kind and id; got {described(node)}")
        return None
    for key, value in node.items:
        if key.text == "kind":
            if isinstance(value, Scalar) and value.text in KINDS:
                return value
            validator.problem(value, f"kind: expected one of: {', '.join(KINDS)}; got {described(value)}")
            return None
    validator.problem(node, f"document: the key 'kind' is required ({listed(list(KINDS))})")
    return None


class Builder:
    def __init__(self, file: str, record: Record, tolerant: bool = False) -> None:
        self.file = file
        self.record = record
        self.tolerant = tolerant  # the record has invalid values, left out: check what can be checked, build nothing
        self.problems: list[Problem] = []
        self.day0: datetime | None = None

    def problem(self, record: Record, key: str | None, message: str) -> None:
        line, column = record.pos(key) if key else (record.line, record.column)
        self.problems.append(Problem(self.file, line, column, message))

    # ---- shared parts
    def element(self, record: Record, target: Element) -> Element:
        target.line, target.column = record.line, record.column
        target.positions = record.positions  # a record is not changed once read
        return target

    def patient(self) -> Patient:
        r: Record | None = self.record.get("patient")
        if r is None:
            return Patient(self.record.line, self.record.column)
        get: Callable[..., Any] = r.values.get  # Record.get without a call of its own each time
        patient = Patient(
            age_years=get("age_years"),
            weight_kg=get("weight_kg"),
            origin=get("origin"),
            cause=get("cause"),
            months_since_injury=get("months_since_injury"),
            infection=get("infection", False),
            hypersensitivity=tuple(get("hypersensitivity", [])),
            conditions=tuple(get("conditions", [])),
            medications=tuple(get("medications", [])),
        )
        self.element(r, patient)
        return patient

    def pump(self) -> Pump:
        r: Record | None = self.record.get("pump")
        if r is None:
            return Pump(self.record.line, self.record.column)
        get: Callable[..., Any] = r.values.get
        pump = Pump(
            programmable=get("programmable", True),
            reservoir_ml=get("reservoir_ml"),
            low_reservoir_alarm_ml=get("low_reservoir_alarm_ml", Fraction(2)),
        )
        self.element(r, pump)
        return pump

    def common(self, document: Document) -> None:
        record = self.record
        get: Callable[..., Any] = record.values.get
        document.file = self.file
        document.line, document.column = record.line, record.column
        document.positions = dict(record.positions)
        document.kind = get("kind")
        document.id = get("id")
        document.route = get("route", "intrathecal")
        document.patient = self.patient()
        document.pump = self.pump()
        document.co_administered_intrathecal = tuple(get("co_administered_intrathecal", []))
        patient = document.patient
        for word in patient.conditions:
            if word not in CONDITIONS:
                document.notes.append(f"patient.conditions: '{word}' is not a condition the rules know")
        for word in patient.medications + document.co_administered_intrathecal:
            if word not in MEDICATIONS:
                document.notes.append(f"medication '{word}' is not one the rules know")
        for word in patient.hypersensitivity:
            if word not in HYPERSENSITIVITIES:
                document.notes.append(f"patient.hypersensitivity: '{word}' is not a component the rules know")

    # ---- time
    def resolve_times(self, lists: list[list[Record]], end: Record | None) -> None:
        records = [r for group in lists for r in group] + ([end] if end is not None else [])
        # A record's positions hold every key written (Record.present), read here directly: every event passes.
        dated = [r for r in records if "at" in r.positions]
        daily = [r for r in records if "day" in r.positions or "time" in r.positions]
        if dated and daily:
            later, key = (daily[0], "day" if daily[0].present("day") else "time") if daily[0].line >= dated[0].line else (dated[0], "at")
            self.problem(later, key, "a document uses either at: or day:/time: for its times, not both; expected one form throughout")
            return
        moments = [r.get("at") for r in dated if "at" in r]
        if moments:
            self.day0 = min(moments).replace(hour=0, minute=0, second=0, microsecond=0)

    def hour(self, record: Record, what: str, default_time: int = DEFAULT_TIME_MIN) -> Fraction | None:
        values = record.values  # Record.get and `in`, without a call each: every event passes here
        if "at" in values:
            moment: datetime = values["at"]
            assert self.day0 is not None
            delta = moment - self.day0
            return Fraction(delta.days * 24) + Fraction(delta.seconds, 3600) + Fraction(delta.microseconds, 3_600_000_000)
        if record.broken and any(record.present(key) and key not in record for key in ("day", "time", "at")):
            return None  # written, but not valid: reported already
        if "day" not in values:
            key = "time" if "time" in values else None
            self.problem(record, key, f"{what}: the key 'day' (or 'at') is required; expected the time of this event")
            return None
        clock: Clock | None = values.get("time")
        hour: Fraction = _HOURS[values["day"], clock.minutes if clock is not None else default_time]
        return hour

    def timed(self, records: list[Record], what: str, strict: bool = False) -> list[tuple[Record, Fraction]]:
        out: list[tuple[Record, Fraction]] = []
        last: Fraction | None = None
        for i, r in enumerate(records):
            h = self.hour(r, f"{what}[{i}]")
            if h is None:
                continue
            if last is not None and (h < last or (strict and h == last)):
                same = "at the same time as the one before" if h == last else "before the one above it"
                expected = "a later time than the step before" if strict else "events in time order"
                self.problem(r, "day" if "day" in r else "at", f"{what}[{i}]: out of time order: it is {same}; expected {expected}")
            last = h if last is None else max(last, h)
            out.append((r, h))
        return out

    def schedule(self, records: list[Record], where: str, owner: Record) -> tuple[FlexEntry, ...] | None:
        if not 1 <= len(records) <= MAX_FLEX_STEPS:
            self.problem(owner, "steps", f"{where}: expected a flex schedule of 1 to {MAX_FLEX_STEPS} steps, got {len(records)}")
            return None
        entries: list[FlexEntry] = []
        for i, r in enumerate(records):
            clock: Clock = r.get("start")
            if entries and clock.minutes <= entries[-1].start_min:
                self.problem(r, "start", f"{where}[{i}]: expected start times in clock order from 00:00, each later than the one before; {clock.text} comes after {_clock(entries[-1].start_min)}")
                return None
            entry = FlexEntry(start_min=clock.minutes, dose_ug_h=r.get("dose_ug_h"))
            self.element(r, entry)
            entries.append(entry)
        return tuple(entries)

    # ---- plans
    def plan(self) -> Document:
        record = self.record
        document = Document()
        self.common(document)
        document.resuscitation_ready = record.get("resuscitation_ready", False)
        screening: list[Record] = record.get("screening", [])
        infusion: list[Record] = record.get("infusion", [])
        boluses: list[Record] = record.get("boluses", [])
        refills: list[Record] = record.get("refills", [])
        end: Record | None = record.get("end")
        total = len(screening) + len(infusion) + len(boluses) + len(refills)
        if total > MAX_EVENTS:
            self.problem(record, None, f"the document has {total} events; expected at most {MAX_EVENTS}")
            return document
        self.resolve_times([screening, infusion, boluses, refills], end)
        if self.problems:
            return document
        document.uses_dates = self.day0 is not None
        document.day0 = self.day0
        history_record: Record | None = record.get("history")
        if history_record is not None and screening:
            self.problem(record, "history", "a plan starts either with screening: or, during established therapy, with history:; expected one of them, not both")
        history = self.history(history_record) if history_record is not None else None
        document.history = history

        screenings = []
        for i, (r, h) in enumerate(self.timed(screening, "screening")):
            get: Callable[..., Any] = r.values.get
            if get("response") == "positive" and "effect_h" not in r.positions:  # Record.present
                self.problem(r, "response", f"screening[{i}]: a positive response needs effect_h; expected effect_h, how many hours the effect lasted")
            x = Screening(
                r.line,
                r.column,
                r.positions,
                at_h=h,
                dose_ug=get("dose_ug"),
                concentration_ug_ml=get("concentration_ug_ml"),
                duration_min=get("duration_min"),
                response=get("response"),
                effect_h=get("effect_h"),
                first=i == 0,
            )
            screenings.append(x)
        document.screenings = tuple(screenings)

        if screening and document.patient.cause == "traumatic-brain-injury" and not record.get("patient").present("months_since_injury"):
            self.problem(record.get("patient"), None, "patient: months_since_injury is required when the cause is traumatic-brain-injury and the plan has screening; expected the months from the injury to the first infusion step")

        steps = self.steps(infusion, history)
        document.steps = tuple(steps)

        bolus_elements = []
        for i, (r, h) in enumerate(self.timed(boluses, "boluses")):
            bolus = Bolus(r.line, r.column, r.positions, at_h=h, dose_ug=r.get("dose_ug"), via=r.get("via", "pump"), emergency=r.get("emergency", False))
            bolus_elements.append(bolus)
        document.boluses = tuple(bolus_elements)

        fills: list[Fill] = []
        if history is not None and (history.reservoir_volume_ml is not None or history.filled_at_h is not None):
            # A fill before the plan is used for at most 77 days whether or not its volume is given
            # (ITB-PUMP-5); a volume not given is no content at hour 0 (ITB-PUMP-4), as with no fill.
            fills.append(
                Fill(
                    history.line,
                    history.column,
                    dict(history.positions),
                    at_h=Fraction(0),
                    filled_at_h=history.filled_at_h if history.filled_at_h is not None else Fraction(0),
                    volume_ml=history.reservoir_volume_ml if history.reservoir_volume_ml is not None else Fraction(0),
                    concentration_ug_ml=history.concentration_ug_ml,
                    diluent=None,
                    from_history=True,
                )
            )
        capacity = document.pump.reservoir_ml
        for i, (r, h) in enumerate(self.timed(refills, "refills")):
            refill: Callable[..., Any] = r.values.get
            if capacity is not None and refill("volume_ml") is not None and refill("volume_ml") > capacity:
                self.problem(r, "volume_ml", f"refills[{i}]: {_num(refill('volume_ml'))} mL is more than the pump's reservoir; expected at most pump.reservoir_ml, {_num(capacity)} mL")
            fill = Fill(
                r.line,
                r.column,
                r.positions,
                at_h=h,
                filled_at_h=h,
                volume_ml=refill("volume_ml"),
                concentration_ug_ml=refill("concentration_ug_ml"),
                diluent=refill("diluent", "none"),
            )
            fills.append(fill)
        document.fills = tuple(fills)

        last_event = max(
            [x.at_h for x in screenings] + [s.at_h for s in steps if not s.from_history] + [b.at_h for b in bolus_elements] + [f.at_h for f in fills if not f.from_history] + [Fraction(0)]
        )
        if end is not None:
            end_h = self.hour(end, "end", default_time=0)
            if end_h is not None and end_h < last_event:
                self.problem(record, "end", f"end: the plan ends at hour {_num(end_h)}, before its last event at hour {_num(last_event)}; expected an end after every event")
            document.end_h = end_h if end_h is not None else last_event + 24
        else:
            document.end_h = last_event + 24
        if self.problems or self.tolerant:
            return document
        link_steps(document)
        link_fills(document)
        document.segments = build_segments(document)
        return document

    def history(self, r: Record) -> History:
        last = r.get("last_increase_h")
        since = r.get("since_h", last)
        if since is not None and last is not None and since < last:
            self.problem(r, "since_h", f"history.since_h ({_num(since)}) is before last_increase_h ({_num(last)}); expected since_h >= last_increase_h (the dose is unchanged at most since its last increase)")
        if r.get("daily_dose_ug") is not None and r.get("daily_dose_ug") <= 0:
            self.problem(r, "daily_dose_ug", "history.daily_dose_ug: expected the running daily dose, greater than 0; got 0")
        history = History(
            screened_positive=r.get("screened_positive"),
            first_daily_dose_ug=r.get("first_daily_dose_ug"),
            daily_dose_ug=r.get("daily_dose_ug"),
            phase=r.get("phase", "maintenance"),
            last_increase_h=last,
            since_h=since,
            reservoir_volume_ml=r.get("reservoir_volume_ml"),
            concentration_ug_ml=r.get("concentration_ug_ml"),
            filled_at_h=r.get("filled_at_h"),
        )
        self.element(r, history)
        return history

    def steps(self, infusion: list[Record], history: History | None) -> list[Step]:
        steps: list[Step] = []
        if history is not None:
            hstep = Step(
                at_h=history.since_h,
                phase=history.phase,
                mode="continuous",
                daily_dose_ug=history.daily_dose_ug,
                concentration_ug_ml=history.concentration_ug_ml,
                from_history=True,
            )
            hstep.line, hstep.column, hstep.positions = history.line, history.column, dict(history.positions)
            steps.append(hstep)
        timed = self.timed(infusion, "infusion", strict=True)
        if history is not None and history.since_h is not None and timed and timed[0][1] <= history.since_h:
            self.problem(timed[0][0], None, "infusion[0]: expected the first step after history.since_h, when the history's dose started")
        for i, (r, h) in enumerate(timed):
            if r.broken:
                break  # what this step carries over is not known: the steps after it cannot be checked
            values = r.values  # Record.get and `in`, without a call each
            where = f"infusion[{i}]"
            before = steps[-1] if steps else None
            restart = before is not None and before.stops
            after_emergency = before is not None and before.phase == "emergency"
            if before is None:
                for key in ("phase", "concentration_ug_ml"):
                    if key not in values:
                        self.problem(r, None, f"{where}: the first infusion step inherits nothing; expected its {key}")
            if (restart or after_emergency) and "phase" not in values:
                what = "a stop or an emergency stop" if restart else "an emergency step"
                self.problem(r, None, f"{where}: the first step after {what} inherits no phase; expected its phase")
            phase = values.get("phase") or (before.phase if before and before.phase not in ("stop", "emergency") else "titration")
            mode = values.get("mode") or (before.mode if before else "continuous")
            concentration = values.get("concentration_ug_ml", before.concentration_ug_ml if before else Fraction(0))
            step = Step(r.line, r.column, r.positions, at_h=h, phase=phase, mode=mode, concentration_ug_ml=concentration, rate_ml_day=values.get("rate_ml_day"))
            if phase == "stop":
                if "daily_dose_ug" in values and values.get("daily_dose_ug") != 0 or "steps" in values:
                    self.problem(r, "daily_dose_ug" if "daily_dose_ug" in values else "steps", f"{where}: a stop step delivers nothing; expected no dose")
                step.mode = "continuous"
                step.stops = True
                steps.append(step)
                continue
            if mode == "flex":
                if "daily_dose_ug" in values:
                    self.problem(r, "daily_dose_ug", f"{where}: a flex step's daily dose is the sum of its schedule; expected no daily_dose_ug")
                if "steps" in values:
                    schedule = self.schedule(values["steps"], f"{where}.steps", r)
                elif before is not None and before.mode == "flex" and not restart:
                    schedule = before.schedule
                else:
                    self.problem(r, None, f"{where}: a flex step here has no schedule to inherit; expected its steps:")
                    schedule = None
                if schedule is None:
                    continue
                step.schedule = schedule
                step.daily_dose_ug = flex_daily_dose(schedule)
            else:
                if "steps" in values:
                    self.problem(r, "steps", f"{where}: steps: belong to mode flex, not continuous; expected mode: flex, or daily_dose_ug without steps:")
                if "daily_dose_ug" in values:
                    step.daily_dose_ug = values["daily_dose_ug"]
                elif before is None or restart:
                    self.problem(r, None, f"{where}: the first step{' after a stop or an emergency stop' if restart else ''} inherits no dose; expected its daily_dose_ug")
                elif before.mode == "flex":
                    self.problem(r, None, f"{where}: a continuous step after a flex step inherits no daily dose; expected its daily_dose_ug")
                else:
                    step.daily_dose_ug = before.daily_dose_ug
                if restart and "daily_dose_ug" not in values:
                    pass  # reported above
            if phase == "emergency" and step.daily_dose_ug == 0:
                step.stops = True
            steps.append(step)
        return steps

    # ---- programs
    def program(self) -> Document:
        from itbverify.documents.program import build_program

        return build_program(self)


def _num(value: Fraction) -> str:
    return format_number(value)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def record_of(value: Any) -> Record:
    assert isinstance(value, Record)
    return value
