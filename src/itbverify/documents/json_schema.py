"""JSON Schemas (draft 2020-12) of the input documents, for editors and other tools.

The keys, types, required keys and enumerations are generated from the
schema data the validator itself reads (schema.py for plans and programs,
library.LIBRARY for dose-limit configurations), so that a key added there
appears here with no second edit. What the schema adds by hand is what the
validator's data cannot say: the few rules between keys that build.py,
program.py and library.py check (an event's time is `day:` or `at:`, a
positive screening states `effect_h`, ...) and each key's description.

A schema describes the data a YAML 1.2 or JSON parser makes of a document.
It catches most mistakes while typing; `itbverify check` stays the
authority (it also reads numbers as exact decimals, refuses YAML 1.1
spellings such as `yes` and `True`, and checks time order and carry-over).
"""

from __future__ import annotations

from typing import Any

from itbverify.documents import schema
from itbverify.documents.build import MAX_EVENTS, MAX_FLEX_STEPS
from itbverify.documents.kinds import KINDS
from itbverify.documents.schema import CONDITIONS, HYPERSENSITIVITIES, MEDICATIONS, Field
from itbverify.documents.validate import MAX_DIGITS

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# A clock time from 00:00 to 23:59 (validate.scalar_value's "clock").
CLOCK_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
# The ISO-8601 local date-times every supported Python reads (datetime.fromisoformat
# since 3.10), without a time-zone offset: an offset makes a document invalid.
DATETIME_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}(:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?)?)?$"

# validate.number refuses more than MAX_DIGITS digits and an exponent beyond 12, so every valid
# number is below this; the bound also refuses YAML's .inf (NaN escapes every comparison).
LARGEST = 10 ** (MAX_DIGITS + 12)

# Words the rules know, offered as completions; other words are allowed (build.py lists them in notes).
_VOCABULARIES = {
    "patient.conditions": CONDITIONS,
    "patient.medications": MEDICATIONS,
    "patient.hypersensitivity": HYPERSENSITIVITIES,
    "co_administered_intrathecal": MEDICATIONS,
}

# The unit is part of the key's name (docs/formats.md section 2); longest suffix first.
_UNITS = (
    ("daily_dose_ug", "ug per day"),
    ("_ug_ml", "ug/mL"),
    ("_ug_h", "ug per hour"),
    ("_ml_day", "mL per day"),
    ("_ug", "ug"),
    ("_ml", "mL"),
    ("_min", "minutes"),
    ("_h", "hours"),
    ("_pct", "percent"),
    ("_years", "years"),
    ("_kg", "kg"),
)

_WHEN = (
    "When: either `day` (a whole day number, with `time`) or `at` (a local date-time); "
    "one form throughout the document."
)

# What each key means, by its path in the document ("a.b" for a key in a mapping, "a[]" for
# the mappings of a list). A test holds this to the schema: no key without a description,
# no description of a key that does not exist.
_COMMON_DESCRIPTIONS = {
    "itbverify": "Format version: the integer 1.",
    "kind": "The kind of document.",
    "id": "Free text, echoed in every result.",
    "route": "Route of administration; default intrathecal. Any other route is an ITB-ROUTE-1 error.",
    "patient": "The patient.",
    "patient.age_years": "Age in years; the rules' adult_age separates adults from children.",
    "patient.weight_kg": "Body weight (informative).",
    "patient.origin": "Origin of the spasticity.",
    "patient.cause": "Cause of the spasticity, free text; traumatic-brain-injury enables ITB-PAT-3.",
    "patient.months_since_injury": (
        "Months from the injury to the first infusion step; required in a plan with screening "
        "when cause is traumatic-brain-injury."
    ),
    "patient.infection": "An active infection at screening and implant (ITB-PAT-4); default false.",
    "patient.hypersensitivity": "Known hypersensitivities: baclofen, sodium-chloride, water-for-injection; other words are listed in notes.",
    "patient.conditions": "Caution conditions (ITB-PAT-5); unknown words are listed in notes.",
    "patient.medications": "Co-medications (ITB-DDI-1); unknown words are listed in notes.",
    "pump": "The implanted pump.",
    "pump.programmable": "false: a non-programmable pump (increases further apart: the rules' increase_gap, ITB-TITR-2); default true.",
    "pump.reservoir_ml": "Reservoir capacity; no fill may exceed it.",
    "pump.low_reservoir_alarm_ml": "Low-reservoir alarm volume (ITB-PUMP-4); default 2.",
    "co_administered_intrathecal": "Other drugs given intrathecally at the same time (ITB-CONC-2).",
}

_FLEX_STEP_DESCRIPTIONS = {
    "start": "Clock time \"HH:MM\" at which this step starts; the first step's start holds from 00:00, starts in clock order.",
    "dose_ug_h": "Hourly dose of this step.",
}

_PLAN_DESCRIPTIONS = {
    **_COMMON_DESCRIPTIONS,
    "resuscitation_ready": "Resuscitation equipment and monitoring confirmed (ITB-SCR-7); absent means not confirmed.",
    "screening": "Single intrathecal test doses, in time order. A plan has screening or history, not both.",
    "screening[].day": "Day number (hour 0 is 00:00 of day 0).",
    "screening[].time": "Clock time \"HH:MM\" on that day; default \"08:00\".",
    "screening[].at": "Local date-time without offset; day 0 is the date of the document's earliest at.",
    "screening[].dose_ug": "Test dose.",
    "screening[].concentration_ug_ml": "Concentration of the solution used.",
    "screening[].duration_min": "Time over which the dose is given.",
    "screening[].response": "Clinical response to the test dose.",
    "screening[].effect_h": "How long the effect lasted; required with response positive.",
    "infusion": "Program changes, in time order, each holding until the next; a step carries over phase, mode, concentration and dose from the one before.",
    "infusion[].day": "Day number (hour 0 is 00:00 of day 0).",
    "infusion[].time": "Clock time \"HH:MM\" on that day; default \"08:00\".",
    "infusion[].at": "Local date-time without offset; day 0 is the date of the document's earliest at.",
    "infusion[].phase": "Phase of this step; stop and emergency never carry over.",
    "infusion[].mode": "continuous (a daily dose) or flex (a 24-hour schedule by clock time).",
    "infusion[].daily_dose_ug": "Daily dose of a continuous step; a flex step gives none.",
    "infusion[].concentration_ug_ml": "Programmed concentration; required on the first step.",
    "infusion[].rate_ml_day": "Optional cross-check of this step: rate times concentration is the daily dose within 1% (ITB-PUMP-3); never carried over.",
    "infusion[].steps": "Flex schedule: 1 to 13 steps by clock time, repeated daily.",
    **{f"infusion[].steps[].{k}": v for k, v in _FLEX_STEP_DESCRIPTIONS.items()},
    "boluses": "Extra doses on top of the infusion, delivered instantly, in time order.",
    "boluses[].day": "Day number (hour 0 is 00:00 of day 0).",
    "boluses[].time": "Clock time \"HH:MM\" on that day; default \"08:00\".",
    "boluses[].at": "Local date-time without offset; day 0 is the date of the document's earliest at.",
    "boluses[].dose_ug": "Bolus dose.",
    "boluses[].via": "pump (default) or access-port (the catheter access port, ITB-PUMP-6).",
    "boluses[].emergency": "An emergency bolus (exempt from ITB-PUMP-6); default false.",
    "refills": "Reservoir refills, in time order; each replaces the reservoir's contents.",
    "refills[].day": "Day number (hour 0 is 00:00 of day 0).",
    "refills[].time": "Clock time \"HH:MM\" on that day; default \"08:00\".",
    "refills[].at": "Local date-time without offset; day 0 is the date of the document's earliest at.",
    "refills[].volume_ml": "Volume filled; at most pump.reservoir_ml.",
    "refills[].concentration_ug_ml": "Concentration of the solution filled.",
    "refills[].diluent": "none (default), nacl-0.9, or any other text (an ITB-CONC-1 error).",
    "end": "End of the plan; default 24 hours after the last event.",
    "end.day": "Day number; end: {day: N} is 00:00 of day N.",
    "end.time": "Clock time \"HH:MM\" on that day; default \"00:00\".",
    "end.at": "Local date-time without offset.",
    "history": "Established therapy running when the plan starts (instead of screening).",
    "history.screened_positive": "The patient had a positive screening response; false is an ITB-SCR-6 error.",
    "history.first_daily_dose_ug": "First daily dose of the prolonged infusion (ITB-STOP-2).",
    "history.daily_dose_ug": "Continuous daily dose running at hour 0; greater than 0.",
    "history.phase": "Phase of the running dose; default maintenance.",
    "history.last_increase_h": "When the dose was last increased (at most 0; hour 0 is 00:00 of day 0).",
    "history.since_h": "Running unchanged since (at most 0, at least last_increase_h); default last_increase_h.",
    "history.reservoir_volume_ml": "Volume in the reservoir at hour 0.",
    "history.concentration_ug_ml": "Concentration of the running program and reservoir.",
    "history.filled_at_h": "When the reservoir was filled (at most 0; ITB-PUMP-5).",
}

_PROGRAM_DESCRIPTIONS = {
    **_COMMON_DESCRIPTIONS,
    "phase": "Phase of the new program.",
    "previous": "The program running now: continuous, or mode flex with steps.",
    "previous.mode": "continuous (default) or flex.",
    "previous.daily_dose_ug": "Daily dose of a continuous previous program; greater than 0.",
    "previous.steps": "Flex schedule of a flex previous program: 1 to 13 steps.",
    **{f"previous.steps[].{k}": v for k, v in _FLEX_STEP_DESCRIPTIONS.items()},
    "previous.concentration_ug_ml": "Concentration of the previous program; default reservoir.concentration_ug_ml.",
    "previous.last_increase_h": "When the dose was last increased, hours before the change (at most 0).",
    "previous.since_h": "Running unchanged since (at most 0, at least last_increase_h); default last_increase_h.",
    "new": "The program being sent to the pump, running from hour 0.",
    "new.mode": "continuous (default) or flex.",
    "new.daily_dose_ug": "Daily dose of a continuous new program; a flex program gives none.",
    "new.concentration_ug_ml": "Programmed concentration; must equal reservoir.concentration_ug_ml (ITB-PUMP-3).",
    "new.rate_ml_day": "Optional cross-check: rate times concentration is the daily dose within 1% (ITB-PUMP-3).",
    "new.steps": "Flex schedule of a flex new program: 1 to 13 steps.",
    **{f"new.steps[].{k}": v for k, v in _FLEX_STEP_DESCRIPTIONS.items()},
    "new.effective_at": "Clock time \"HH:MM\" of hour 0; required when either program is flex.",
    "reservoir": "The reservoir at hour 0.",
    "reservoir.volume_ml": "Volume in the reservoir at hour 0; at most pump.reservoir_ml.",
    "reservoir.concentration_ug_ml": "Concentration of the solution in the reservoir.",
    "reservoir.diluent": "none (default), nacl-0.9, or any other text (an ITB-CONC-1 error).",
    "reservoir.filled_at_h": "When the reservoir was filled (at most 0; ITB-PUMP-5).",
    "reservoir.next_refill_h": "Hours after hour 0 of the next refill, where the program's timeline ends; greater than 0.",
    "patient_bolus": "Doses the patient may trigger at any time; the solver tries every allowed pattern.",
    "patient_bolus.dose_ug": "Dose of one patient-activated bolus (ITB-DOSE-3).",
    "patient_bolus.lockout_h": "Least time between two activations.",
    "patient_bolus.max_per_day": "Most activations in any 24-hour window.",
    "delivery_tolerance_pct": "The pump may deliver up to this much more than programmed (one factor for everything).",
}

_LIBRARY_DESCRIPTIONS = {
    "itbverify": _COMMON_DESCRIPTIONS["itbverify"],
    "kind": _COMMON_DESCRIPTIONS["kind"],
    "id": "Free text, echoed in results; the prefix of counterexample program ids.",
    "pump": "The pump the programs run on.",
    "pump.programmable": "false: a non-programmable pump (increases further apart: the rules' increase_gap); default true.",
    "pump.reservoir_ml": "Capacity: an accepted program's reservoir.volume_ml is at most this.",
    "pump.low_reservoir_alarm_ml": "Low-reservoir alarm volume; default 2.",
    "pump.delivery_tolerance_pct": "The pump may deliver up to this much more than programmed; default 0.",
    "concentrations": "The solutions the software accepts.",
    "concentrations.undiluted_ug_ml": "With diluent none, the concentration is one of these.",
    "concentrations.diluents": "Diluents offered; default [none]; every word but none is a diluted solution.",
    "concentrations.diluted_min_ug_ml": "Least concentration of a diluted solution; required with a diluent other than none.",
    "concentrations.diluted_max_ug_ml": "Greatest concentration of a diluted solution; required with a diluent other than none.",
    "minimum_age_years": "The software refuses younger patients; default 0.",
    "refill": "Refill limits.",
    "refill.max_interval_h": "Greatest time from the reservoir's fill to the next refill.",
    "refill.refuse_below_alarm": "Refuse a program whose reservoir would reach the alarm before the next refill; default false.",
    "flex": "Flex (time-of-day) programs are accepted in these phases; absent: refused.",
    "flex.phases": "Phases in which flex programs are accepted.",
    "flex.max_steps": "Most steps of a flex schedule, 1 to 13.",
    "flex.max_step_ratio_pct": "Greatest rise of a step over the lowest step.",
    "patient_bolus": "Limits of patient-activated boluses; absent: none accepted.",
    "patient_bolus.max_dose_ug": "Largest bolus dose.",
    "patient_bolus.min_lockout_h": "Least lockout.",
    "patient_bolus.max_per_day": "Most activations in any 24 hours; 0 accepts none.",
    "profiles": "Limits per origin, age band and phase; programs no profile names are refused.",
    "profiles[].origin": "Origin of the spasticity.",
    "profiles[].age": "adult: from the rules' adult_age to 120 years; child: under adult_age.",
    "profiles[].phases": "Phases of the new program this profile covers; each origin, age and phase at most once.",
    "profiles[].daily_dose_ug": "Range of the new daily dose, not in emergency.",
    "profiles[].daily_dose_ug.min": "Least new daily dose.",
    "profiles[].daily_dose_ug.max": "Greatest new daily dose; at least min.",
    "profiles[].daily_dose_ug.soft_max": "Read, no effect in this version.",
    "profiles[].max_increase_pct": "Largest increase over the previous daily dose.",
    "profiles[].min_hours_between_increases": "Least time from previous.last_increase_h to an increase (hours).",
    "profiles[].max_reduction_pct": "Largest reduction below the previous daily dose.",
}

DESCRIPTIONS = {"plan": _PLAN_DESCRIPTIONS, "program": _PROGRAM_DESCRIPTIONS, "library": _LIBRARY_DESCRIPTIONS}

_TITLES = {
    "plan": "itbverify plan: a patient's intrathecal baclofen therapy over time",
    "program": "itbverify program: one pump programming, checked before it is sent to the pump",
    "library": "itbverify library: a pump software's dose-limit configuration",
}


def document_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a document of KIND: plan, program or library."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}; expected one of: {', '.join(KINDS)}")
    fields = _document_fields(kind)
    descriptions = DESCRIPTIONS[kind]
    body = _mapping(fields, "", descriptions)
    body["properties"]["kind"] = {**body["properties"]["kind"], "const": kind}
    body["properties"]["kind"].pop("enum", None)
    for path, extra in _constraints(kind).items():
        _at(body, path).setdefault("allOf", []).append(extra)
    return {
        "$schema": DRAFT,
        "title": _TITLES[kind],
        "description": (
            f"Generated by `itbverify schema {kind}`. Validate a YAML document in an editor with a first line "
            "`# yaml-language-server: $schema=PATH`; `itbverify check` remains the authority."
        ),
        **body,
    }


def _document_fields(kind: str) -> dict[str, Field]:
    if kind == "library":
        # The format version is one fact for every kind: the library's own check (load_library)
        # refuses anything but 1, which the common field says directly.
        return {**schema.LIBRARY, "itbverify": schema.COMMON["itbverify"]}
    return KINDS[kind].schema


def _mapping(fields: dict[str, Field], path: str, descriptions: dict[str, str]) -> dict[str, Any]:
    properties = {}
    for name, spec in fields.items():
        key_path = f"{path}.{name}" if path else name
        properties[name] = _value(spec, key_path, descriptions)
    result: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": properties}
    required = [name for name, spec in fields.items() if spec.required]
    if required:
        result["required"] = required
    if all(key in fields for key in schema.WHEN):
        result.update(_when())
    return result


def _value(spec: Field, path: str, descriptions: dict[str, str]) -> dict[str, Any]:
    kind = spec.type
    result: dict[str, Any]
    if kind == "map":
        result = _mapping(spec.fields, path, descriptions)
    elif kind == "list":
        result = {"type": "array", "items": _mapping(spec.fields, f"{path}[]", descriptions)}
    elif kind == "texts":
        result = {"type": "array", "items": _scalar("text")}
        if path in _VOCABULARIES:
            result["items"]["examples"] = sorted(_VOCABULARIES[path])
    elif kind == "numbers":  # library.py's own type: a non-empty list of numbers
        result = {"type": "array", "minItems": 1, "items": _scalar("number")}
    else:
        result = _scalar(kind, spec.choices)
    if spec.default is not None:
        result["default"] = _json_value(spec.default)
    described = descriptions.get(path)
    name = path.rsplit(".", 1)[-1]
    unit = next((u for suffix, u in _UNITS if name.endswith(suffix)), None)
    text = " ".join(part for part in (described, f"Unit: {unit}." if unit else None) if part)
    if text:
        result["description"] = text
    return result


def _json_value(value: object) -> object:
    """A default as JSON has it: an exact number (a Fraction) as an integer or a float."""
    if isinstance(value, (bool, str, int, float)):
        return value
    numerator, denominator = getattr(value, "numerator", None), getattr(value, "denominator", None)
    if isinstance(numerator, int) and isinstance(denominator, int):
        return numerator if denominator == 1 else numerator / denominator
    return str(value)


def _scalar(kind: str, choices: tuple[str, ...] = ()) -> dict[str, Any]:
    """One value of a validator type (validate.scalar_value), as a YAML 1.2 or JSON parser gives it."""
    if kind == "number":
        return {"type": "number", "minimum": 0, "exclusiveMaximum": LARGEST}
    if kind == "signed":
        return {"type": "number", "maximum": 0, "exclusiveMinimum": -LARGEST}
    if kind == "integer":
        return {"type": "integer", "minimum": 0, "exclusiveMaximum": 10**MAX_DIGITS}
    if kind == "version":
        return {"const": 1}
    if kind == "boolean":
        return {"type": "boolean"}
    if kind == "text":
        # A plain number or true/false is read as its text; an empty value is not text.
        return {"type": ["string", "number", "boolean"]}
    if kind == "enum":
        return {"type": "string", "enum": list(choices)}
    if kind == "clock":
        return {"type": "string", "pattern": CLOCK_PATTERN}
    if kind == "datetime":
        return {"type": "string", "pattern": DATETIME_PATTERN}
    raise ValueError(f"schema type {kind!r} has no JSON Schema form")


def _when() -> dict[str, Any]:
    """An event's time: `day` (with an optional `time`) or `at`, never both (build.py, Builder.hour)."""
    return {
        "anyOf": [{"required": ["day"]}, {"required": ["at"]}],
        "not": {"required": ["day", "at"]},
        "dependentRequired": {"time": ["day"]},
    }


def _flex_schedule() -> dict[str, Any]:
    return {"minItems": 1, "maxItems": MAX_FLEX_STEPS}


def _program_mode() -> dict[str, Any]:
    """A flex program gives steps and no daily dose; a continuous one the reverse (program._program_step)."""
    return {
        "if": {"properties": {"mode": {"const": "flex"}}, "required": ["mode"]},
        "then": {"required": ["steps"], "not": {"required": ["daily_dose_ug"]}},
        "else": {"required": ["daily_dose_ug"], "not": {"required": ["steps"]}},
    }


def _constraints(kind: str) -> dict[str, dict[str, Any]]:
    """Rules between keys that the validator's data cannot say, by the path of the mapping they constrain."""
    if kind == "plan":
        first_step = {"required": ["phase", "concentration_ug_ml"]}
        return {
            "": {
                # A plan starts either with screening or, during established therapy, with history.
                "not": {"required": ["history", "screening"], "properties": {"screening": {"minItems": 1}}},
                # Without history the first infusion step inherits nothing.
                "if": {"not": {"required": ["history"]}},
                "then": {"properties": {"infusion": {"prefixItems": [first_step]}}},
            },
            "screening[]": {"if": {"properties": {"response": {"const": "positive"}}}, "then": {"required": ["effect_h"]}},
            "infusion[].steps": _flex_schedule(),
            "infusion[]": {
                "if": {"properties": {"mode": {"const": "flex"}}, "required": ["mode"]},
                "then": {"not": {"required": ["daily_dose_ug"]}},
            },
            "history.daily_dose_ug": {"exclusiveMinimum": 0},
            **{f"{name}": {"maxItems": MAX_EVENTS} for name in ("screening", "infusion", "boluses", "refills")},
        }
    if kind == "program":
        flex_either = {
            "anyOf": [
                {"properties": {"new": {"properties": {"mode": {"const": "flex"}}, "required": ["mode"]}}},
                {"properties": {"previous": {"properties": {"mode": {"const": "flex"}}, "required": ["mode"]}}},
            ]
        }
        return {
            "": {"if": flex_either, "then": {"properties": {"new": {"required": ["effective_at"]}}}},
            "previous": _program_mode(),
            "new": _program_mode(),
            "previous.steps": _flex_schedule(),
            "new.steps": _flex_schedule(),
            "previous.daily_dose_ug": {"exclusiveMinimum": 0},
            "reservoir.next_refill_h": {"exclusiveMinimum": 0},
        }
    phases = {"items": {"enum": list(schema.PROGRAM_PHASES)}}
    return {
        "flex.phases": phases,
        "profiles[].phases": phases,
        "flex.max_steps": {"minimum": 1, "maximum": MAX_FLEX_STEPS},
        "profiles": {"minItems": 1},
    }


def _at(body: dict[str, Any], path: str) -> dict[str, Any]:
    """The subschema at PATH ("" the document, "a.b" a key, "a[]" a list's items)."""
    node = body
    for part in path.split(".") if path else []:
        listed = part.endswith("[]")
        node = node["properties"][part.removesuffix("[]")]
        if listed:
            node = node["items"]
    return node

