"""A dose-limit configuration (`kind: library`): its limits, as data.

Read and validated by analyses.library: the pump,
the concentrations, the refill interval, the flex and patient bolus limits,
and its profiles (a patient origin and age band, its phases and dose limits).
They hold no solver state; engines.z3.configurations makes the accepted
programs of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from itbverify.base.exact import Fraction
from itbverify.documents.validate import Record


@dataclass(frozen=True)
class Profile:
    origin: str
    band: str
    phases: tuple[str, ...]
    dose_min: Fraction
    dose_max: Fraction
    soft_max: Fraction | None
    max_increase: Fraction  # a fraction, 0.3 for 30%
    min_gap_h: Fraction
    max_reduction: Fraction
    line: int
    column: int


@dataclass
class Library:
    id: str
    file: str
    line: int
    column: int
    programmable: bool
    reservoir_ml: Fraction
    alarm_ml: Fraction
    tolerance: Fraction
    undiluted: tuple[Fraction, ...]
    diluents: tuple[str, ...]
    diluted_min: Fraction | None
    diluted_max: Fraction | None
    minimum_age: Fraction
    max_interval_h: Fraction
    refuse_below_alarm: bool
    flex: Record | None
    bolus_max_dose: Fraction | None
    bolus_min_lockout: Fraction | None
    bolus_max_per_day: int | None
    profiles: tuple[Profile, ...]
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)


def flex_limits(library: Library) -> tuple[tuple[str, ...], int, Fraction]:
    """The phases that accept flex programs, the most steps, the largest ratio of a step to the lowest."""
    assert library.flex is not None
    ratio = 1 + Fraction(library.flex.get("max_step_ratio_pct")) / 100
    return tuple(library.flex.get("phases")), int(library.flex.get("max_steps")), ratio
