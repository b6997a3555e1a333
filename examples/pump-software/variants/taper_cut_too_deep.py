#!/usr/bin/env python3
"""Planted defect: a taper step allowed to cut more than 20% -> breaks ITB-STOP-1.

Outside an emergency a daily-dose reduction is at most 20% of the dose it
replaces (label: "reduced by 10-20%"), taper steps included. This checker lets a
step in phase taper cut up to 30% ("the taper has its own schedule"): a taper
step from 150 to 112.5 ug/day (-25%) is accepted.

Overrides exactly one method of the reference: ReferenceChecker.reduction_floor.
"""

from __future__ import annotations

import os
import sys
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import reference_checker as reference
from reference_checker import Fraction  # the reference's exact numbers


class TaperCutTooDeepChecker(reference.ReferenceChecker):
    name = "taper_cut_too_deep"

    def reduction_floor(self, step: reference.Step) -> Fraction | None:
        if step.phase == "emergency":
            return None
        if step.phase == "taper":
            return Fraction(70, 100)  # DEFECT: a taper step may cut 30%; the limit is 20% (floor 80%)
        return Fraction(80, 100)


CHECKER = TaperCutTooDeepChecker()


def decide(request: dict[str, Any]) -> dict[str, Any]:
    return CHECKER.decide(request)


def main(argv: list[str] | None = None) -> int:
    return reference.serve(CHECKER, argv)


if __name__ == "__main__":
    sys.exit(main())
