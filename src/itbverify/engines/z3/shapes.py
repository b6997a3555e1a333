"""Symbolic documents: the documents whose values are solver variables, built in one place.

A `kind: program` document (its patient boluses and delivery factor left to
the solver), every program a dose-limit configuration accepts (all of it
left to the solver) and the rule set's self-check's plans are made of the
same parts: the programming on the timeline (`program_document` in
documents/program.py, which takes numbers and solver terms alike), its
continuous segments, the delivery factor, the pattern of patient boluses,
and the patient's age band.

The age that separates the label's adults from its children is the rule
set's `adult_age` (rules/definitions.rules), read once per rule set: a
configuration or the rule set's self-check bounds the solver's age by the
number the rules judge with, written nowhere else.
"""

from __future__ import annotations

from typing import Any

import z3

from itbverify.base.exact import Fraction
from itbverify.documents.model import Bolus, Segment
from itbverify.engines.z3 import terms as _terms  # noqa: F401 - loads Z3's terms into the operations
from itbverify.language import syntax as s
from itbverify.semantics.constants import constant
from itbverify.semantics.values import Factor, to_real

BANDS = ("adult", "child")


# adult_age per rule set (its definitions, kept with the number so a reused id is never mistaken for it):
# a configuration builds its symbolic programs many times, one rule set reads it once.
_ADULT_AGE: dict[int, tuple[dict[str, s.Definition], Fraction]] = {}


def adult_age(definitions: dict[str, s.Definition]) -> Fraction:
    """The rule set's `adult_age`."""
    known = _ADULT_AGE.get(id(definitions))
    if known is None or known[0] is not definitions:
        known = _ADULT_AGE[id(definitions)] = (definitions, constant(definitions, "adult_age"))
    return known[1]


def band_condition(definitions: dict[str, s.Definition], band: str, age: Any) -> Any:
    """What places a patient of AGE (a solver term) in BAND: `adult` is `age >= adult_age`, `child` below it.

    The same condition as the rules' `adult` and `child` (a test proves the
    two equivalent), written as the stored proofs of the rule set have it.
    """
    if band not in BANDS:
        raise ValueError(f"no age band '{band}'; expected one of: {', '.join(BANDS)}")
    limit = adult_age(definitions)
    # A whole age as a Python int: z3 then builds `age >= 18` as written (with a z3 numeral on the right,
    # Python asks the numeral first and gets `18 <= age`, another term, and other proof artefacts).
    bound = int(limit) if limit.denominator == 1 else to_real(limit)
    return age >= bound if band == "adult" else age < bound


def continuous_segment(start: Any, end: Any, daily_dose_ug: Any, concentration_ug_ml: Any) -> Segment:
    """A step in continuous mode from START to END: its hourly dose and volume."""
    return Segment(start, end, daily_dose_ug / 24, daily_dose_ug / 24 / concentration_ug_ml)


def delivery_factor(name: str, tolerance_pct: Fraction) -> tuple[Factor, list[Any]]:
    """The pump's over-delivery factor f in [1, 1 + tolerance], a solver variable, and those bounds."""
    variable = z3.Real(name)
    high = 1 + Fraction(tolerance_pct) / 100
    bounds = [variable >= 1, variable <= z3.Q(high.numerator, high.denominator)]
    return Factor(variable, high, [], []), bounds


class Boluses(tuple):  # type: ignore[type-arg]
    """A program's patient boluses that counts how often a rule reads them (to tell which rules depend on them)."""

    reads = 0

    def __iter__(self) -> Any:
        Boluses.reads += 1
        return super().__iter__()

    def __len__(self) -> int:
        Boluses.reads += 1
        return super().__len__()

    def __getitem__(self, index: Any) -> Any:
        Boluses.reads += 1
        return super().__getitem__(index)


def bolus_pattern(prefix: str, count: int, dose: Any, lockout: Any, most: Any, most_max: int, horizon: Any) -> tuple[tuple[Bolus, ...], list[Any]]:
    """COUNT patient boluses whose times the solver chooses.

    Bolus i is at a time t_i with t_i - t_(i-1) >= lockout and t_(i+k) - t_i >= 24 h when at
    most k are allowed per 24 h; it is taken when t_i is before the horizon (the next refill),
    so the taken ones are always the first, in time order.
    """
    times = [z3.Real(f"{prefix}bolus_{i}_h") for i in range(count)]
    constraints: list[Any] = []
    boluses = []
    for i, t in enumerate(times):
        boluses.append(Bolus(at_h=t, dose_ug=dose, via="pump", emergency=False, active=t < horizon))
        constraints.append(t >= 0)
        if i > 0:
            constraints.append(t - times[i - 1] >= lockout)
        for k in range(1, most_max + 1):
            if i >= k:
                gap = t - times[i - k] >= 24
                constraints.append(gap if isinstance(most, int) and most == k else z3.Implies(most == k, gap) if not isinstance(most, int) else True)
    return tuple(boluses), [c for c in constraints if c is not True]
