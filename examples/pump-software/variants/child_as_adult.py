#!/usr/bin/env python3
"""Planted defect: a child treated as an adult at the age-band boundary -> breaks ITB-TITR-1 (and ITB-TITR-3).

A child is under 18 years (rules/definitions.rules: adult = age_years >= 18).
Children's increases are limited to 15% per change (spinal origin; cerebral 15%)
against 30% for adults with spinal origin (20% in maintenance with cerebral
origin). This checker's age band is off by one year: the label's "children and
adolescents (from 4 to 18 years)" was coded as ending at the 17th birthday
(`age_years >= 17` is an adult), so a 17-year-old (or a 17.5-year-old) gets the
adult limits: 150 -> 195 ug/day (+30%) is accepted for a 17-year-old with
spinal origin, where at most 15% is allowed.

Overrides exactly one method of the reference: ReferenceChecker.is_adult.
"""

from __future__ import annotations

import os
import sys
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import reference_checker as reference


class ChildAsAdultChecker(reference.ReferenceChecker):
    name = "child_as_adult"

    def is_adult(self, patient: reference.Patient) -> bool:
        return patient.age_years >= 17  # DEFECT: the adult band starts at 18 (a child is under 18)


CHECKER = ChildAsAdultChecker()


def decide(request: dict[str, Any]) -> dict[str, Any]:
    return CHECKER.decide(request)


def main(argv: list[str] | None = None) -> int:
    return reference.serve(CHECKER, argv)


if __name__ == "__main__":
    sys.exit(main())
