"""The document formats as data: which keys each mapping may hold and what each value is."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Field:
    type: str  # number, signed, integer, version, boolean, text, enum, clock, datetime, texts, map, list
    required: bool = False
    choices: tuple[str, ...] = ()
    fields: dict[str, Field] = field(default_factory=dict)  # for map, and list of maps
    default: object = None


def _map(required: bool = False, **fields: Field) -> Field:
    return Field("map", required, fields=fields)


def _list(**fields: Field) -> Field:
    return Field("list", fields=fields)


NUMBER = Field("number")
REQUIRED_NUMBER = Field("number", required=True)
SIGNED = Field("signed")
BOOLEAN = Field("boolean")
TEXT = Field("text")
TEXTS = Field("texts")

# The values of `kind:`; documents/kinds.py holds what each one is.
KIND_NAMES = ("plan", "program", "library")
ORIGINS = ("spinal", "cerebral")
ROUTES = ("intrathecal", "intravenous", "intramuscular", "subcutaneous", "epidural")
PHASES = ("titration", "maintenance", "taper", "emergency", "stop")
PROGRAM_PHASES = ("titration", "maintenance", "taper", "emergency")
MODES = ("continuous", "flex")
VIAS = ("pump", "access-port")
RESPONSES = ("positive", "negative")

WHEN = {"day": Field("integer"), "time": Field("clock"), "at": Field("datetime")}

PATIENT = _map(
    True,
    age_years=REQUIRED_NUMBER,
    weight_kg=NUMBER,
    origin=Field("enum", True, ORIGINS),
    cause=TEXT,
    months_since_injury=NUMBER,
    infection=BOOLEAN,
    hypersensitivity=TEXTS,
    conditions=TEXTS,
    medications=TEXTS,
)

PUMP = _map(
    True,
    programmable=BOOLEAN,
    reservoir_ml=NUMBER,
    low_reservoir_alarm_ml=NUMBER,
)

FLEX_STEPS = _list(start=Field("clock", True), dose_ug_h=REQUIRED_NUMBER)

COMMON = {
    "itbverify": Field("version", True),
    "kind": Field("enum", True, KIND_NAMES),
    "id": Field("text", True),
    "route": Field("enum", choices=ROUTES),
    "patient": PATIENT,
    "pump": PUMP,
    "co_administered_intrathecal": TEXTS,
}

PLAN = {
    **COMMON,
    "resuscitation_ready": BOOLEAN,
    "screening": _list(
        **WHEN,
        dose_ug=REQUIRED_NUMBER,
        concentration_ug_ml=REQUIRED_NUMBER,
        duration_min=REQUIRED_NUMBER,
        response=Field("enum", True, RESPONSES),
        effect_h=NUMBER,
    ),
    "infusion": _list(
        **WHEN,
        phase=Field("enum", choices=PHASES),
        mode=Field("enum", choices=MODES),
        daily_dose_ug=NUMBER,
        concentration_ug_ml=NUMBER,
        rate_ml_day=NUMBER,
        steps=FLEX_STEPS,
    ),
    "boluses": _list(
        **WHEN,
        dose_ug=REQUIRED_NUMBER,
        via=Field("enum", choices=VIAS),
        emergency=BOOLEAN,
    ),
    "refills": _list(
        **WHEN,
        volume_ml=REQUIRED_NUMBER,
        concentration_ug_ml=REQUIRED_NUMBER,
        diluent=TEXT,
    ),
    "end": Field("map", fields=dict(WHEN)),
    "history": _map(
        screened_positive=Field("boolean", True),
        first_daily_dose_ug=NUMBER,
        daily_dose_ug=REQUIRED_NUMBER,
        phase=Field("enum", choices=("titration", "maintenance", "taper")),
        last_increase_h=Field("signed", True),
        since_h=SIGNED,
        reservoir_volume_ml=NUMBER,
        concentration_ug_ml=REQUIRED_NUMBER,
        filled_at_h=SIGNED,
    ),
}

PROGRAM = {
    **COMMON,
    "phase": Field("enum", True, PROGRAM_PHASES),
    "previous": _map(
        True,
        mode=Field("enum", choices=MODES),
        daily_dose_ug=NUMBER,
        steps=FLEX_STEPS,
        concentration_ug_ml=NUMBER,
        last_increase_h=Field("signed", True),
        since_h=SIGNED,
    ),
    "new": _map(
        True,
        mode=Field("enum", choices=MODES),
        daily_dose_ug=NUMBER,
        concentration_ug_ml=REQUIRED_NUMBER,
        rate_ml_day=NUMBER,
        steps=FLEX_STEPS,
        effective_at=Field("clock"),
    ),
    "reservoir": _map(
        True,
        volume_ml=REQUIRED_NUMBER,
        concentration_ug_ml=REQUIRED_NUMBER,
        diluent=TEXT,
        filled_at_h=SIGNED,
        next_refill_h=REQUIRED_NUMBER,
    ),
    "patient_bolus": _map(
        dose_ug=REQUIRED_NUMBER,
        lockout_h=REQUIRED_NUMBER,
        max_per_day=Field("integer", True),
    ),
    "delivery_tolerance_pct": NUMBER,
}

BANDS = ("adult", "child")  # a configuration's profile is for one band of patients

# A dose-limit configuration (kind: library): what a pump accepts, checked by analyses.library.
LIBRARY = {
    "itbverify": Field("integer", True),
    "kind": Field("enum", True, KIND_NAMES),
    "id": Field("text", True),
    "pump": _map(
        True,
        programmable=Field("boolean"),
        reservoir_ml=REQUIRED_NUMBER,
        low_reservoir_alarm_ml=NUMBER,
        delivery_tolerance_pct=NUMBER,
    ),
    "concentrations": _map(
        True,
        undiluted_ug_ml=Field("numbers", True),
        diluents=Field("texts"),
        diluted_min_ug_ml=NUMBER,
        diluted_max_ug_ml=NUMBER,
    ),
    "minimum_age_years": NUMBER,
    "refill": _map(True, max_interval_h=REQUIRED_NUMBER, refuse_below_alarm=Field("boolean")),
    "flex": _map(phases=Field("texts", True), max_steps=Field("integer", True), max_step_ratio_pct=REQUIRED_NUMBER),
    "patient_bolus": _map(max_dose_ug=REQUIRED_NUMBER, min_lockout_h=REQUIRED_NUMBER, max_per_day=Field("integer", True)),
    "profiles": Field(
        "list",
        True,
        fields={
            "origin": Field("enum", True, ORIGINS),
            "age": Field("enum", True, BANDS),
            "phases": Field("texts", True),
            "daily_dose_ug": _map(True, min=REQUIRED_NUMBER, max=REQUIRED_NUMBER, soft_max=NUMBER),
            "max_increase_pct": REQUIRED_NUMBER,
            "min_hours_between_increases": REQUIRED_NUMBER,
            "max_reduction_pct": REQUIRED_NUMBER,
        },
    ),
}

# Words the rules know; other tokens are allowed and listed in a result's notes.
CONDITIONS = frozenset(
    ["psychiatric-disorder", "schizophrenia", "confusion", "parkinsons-disease", "epilepsy", "autonomic-dysreflexia", "cerebrovascular-insufficiency", "respiratory-insufficiency", "peptic-ulcer", "hypertonic-sphincters", "renal-impairment", "diabetes-mellitus", "pregnancy"]
)
MEDICATIONS = frozenset(
    ["levodopa", "dopa-decarboxylase-inhibitor", "general-anaesthetic", "fentanyl", "propofol", "morphine", "opioid", "alcohol", "benzodiazepine", "neuroleptic", "anxiolytic", "cns-depressant", "tricyclic-antidepressant", "antihypertensive", "oral-baclofen"]
)
HYPERSENSITIVITIES = frozenset(["baclofen", "sodium-chloride", "water-for-injection"])
