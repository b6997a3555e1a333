"""The complete `kind: program` document a model of a configuration's symbolic program describes."""

from __future__ import annotations

from typing import Any

import z3

from itbverify.base.exact import Fraction
from itbverify.base.numbers import yaml_decimal
from itbverify.documents.configuration import Library
from itbverify.engines.z3.configurations import SCALE, Shape
from itbverify.engines.z3.fresh import Model


def _value(model: Model, n: Any) -> Fraction:
    return Fraction(model.eval(n, model_completion=True).as_long(), SCALE)


def program_from_model(library: Library, shape: Shape, model: Model, name: str, names: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The complete program document a model describes."""
    v = shape.variables
    names = names or library.diluents
    val = {k: _value(model, n) for k, n in v.items() if k not in ("diluent", "bolus_max_per_day", "has_bolus") and "_flex_start_min_" not in k and not k.endswith("_flex_steps")}
    diluent = names[model.eval(v["diluent"], model_completion=True).as_long()]
    program: dict[str, Any] = {
        "itbverify": 1,
        "kind": "program",
        "id": name,
        "patient": {"age_years": yaml_decimal(val["age_years"]), "origin": shape.profile.origin},
        "pump": {"programmable": library.programmable, "reservoir_ml": yaml_decimal(library.reservoir_ml), "low_reservoir_alarm_ml": yaml_decimal(library.alarm_ml)},
        "phase": shape.phase,
        "previous": _previous_program(shape, model, val),
        "new": _new_program(shape, model, val),
        "reservoir": {
            "volume_ml": yaml_decimal(val["volume_ml"]),
            "concentration_ug_ml": yaml_decimal(val["concentration_ug_ml"]),
            "diluent": diluent,
            "filled_at_h": yaml_decimal(val["filled_at_h"]),
            "next_refill_h": yaml_decimal(val["next_refill_h"]),
        },
    }
    if "bolus_dose_ug" in val and z3.is_true(model.eval(v["has_bolus"], model_completion=True)):
        program["patient_bolus"] = {
            "dose_ug": yaml_decimal(val["bolus_dose_ug"]),
            "lockout_h": yaml_decimal(val["bolus_lockout_h"]),
            "max_per_day": model.eval(v["bolus_max_per_day"], model_completion=True).as_long(),
        }
    if library.tolerance > 0:
        program["delivery_tolerance_pct"] = yaml_decimal(library.tolerance)
    return program


def _steps(shape: Shape, model: Model, val: dict[str, Fraction], role: str) -> list[dict[str, Any]]:
    steps = []
    count = sum(1 for k in shape.variables if k.startswith(f"{role}_flex_start_min_"))
    for j in range(count):
        minute = model.eval(shape.variables[f"{role}_flex_start_min_{j}"], model_completion=True).as_long()
        steps.append({"start": f"{minute // 60:02d}:{minute % 60:02d}", "dose_ug_h": yaml_decimal(val[f"{role}_flex_rate_{j}"])})
    return steps


def _previous_program(shape: Shape, model: Model, val: dict[str, Fraction]) -> dict[str, Any]:
    times = {"last_increase_h": yaml_decimal(val["last_increase_h"]), "since_h": yaml_decimal(val["since_h"])}
    if "previous_daily_dose_ug" in val:
        return {"daily_dose_ug": yaml_decimal(val["previous_daily_dose_ug"]), **times}
    return {"mode": "flex", "steps": _steps(shape, model, val, "previous"), **times}


def _new_program(shape: Shape, model: Model, val: dict[str, Fraction]) -> dict[str, Any]:
    concentration = yaml_decimal(val["concentration_ug_ml"])
    if "new_daily_dose_ug" in val:
        new: dict[str, Any] = {"mode": "continuous", "daily_dose_ug": yaml_decimal(val["new_daily_dose_ug"]), "concentration_ug_ml": concentration}
    else:
        new = {"mode": "flex", "concentration_ug_ml": concentration, "steps": _steps(shape, model, val, "new")}
    if shape.periodic:
        # Hour 0 at midnight: the shape's schedule days begin at hour 0.
        new["effective_at"] = "00:00"
    return new



def flex_steps(model: Model, shape: Shape) -> int:
    """The number of steps of the new flex schedule a model of an envelope shape has."""
    return int(model.eval(shape.variables["new_flex_steps"], model_completion=True).as_long())
