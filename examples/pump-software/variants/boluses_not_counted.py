#!/usr/bin/env python3
"""Planted defect: boluses left out of the 24-hour increase check -> breaks ITB-TITR-3.

ITB-TITR-3 reads the increase limit on what the patient receives: in every
24-hour window the infusion AND every bolus count. This checker sums only the
programmed infusion in its windows, so a bolus (within the single-dose limit of
ITB-DOSE-3) on top of a dose that was just raised - or any bolus larger than
the limit's margin - is accepted: 150 ug/day, then a 60 ug bolus, is 210 ug in
24 hours (+40%).

Overrides exactly one method of the reference: ReferenceChecker.window_delivered.
"""

from __future__ import annotations

import os
import sys
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import reference_checker as reference
from reference_checker import Fraction  # the reference's exact numbers


class BolusesNotCountedChecker(reference.ReferenceChecker):
    name = "boluses_not_counted"

    def window_delivered(self, tl: reference.Timeline, a: Fraction, b: Fraction) -> Fraction:
        return tl.infused_ug(a, b)  # DEFECT: should be tl.delivered(a, b), boluses included


CHECKER = BolusesNotCountedChecker()


def decide(request: dict[str, Any]) -> dict[str, Any]:
    return CHECKER.decide(request)


def main(argv: list[str] | None = None) -> int:
    return reference.serve(CHECKER, argv)


if __name__ == "__main__":
    sys.exit(main())
