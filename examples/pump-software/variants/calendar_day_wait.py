#!/usr/bin/env python3
"""Planted defect: the wait between increases counted in calendar days -> breaks ITB-TITR-2.

The label (line 142) allows one increase per 24 hours with a programmable pump
(48 hours with a non-programmable one). This checker counts the wait in calendar
days - "not twice on the same day" - so an increase on the next calendar day is
accepted however soon it follows the last one: 10:00 on day 4, then 08:00 on day
5 (22 h later), or even 23:59 then 00:00 (1 minute later).

Overrides exactly one method of the reference: ReferenceChecker.increases_far_enough_apart.
"""

from __future__ import annotations

import math
import os
import sys
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import reference_checker as reference
from reference_checker import Fraction  # the reference's exact numbers


class CalendarDayWaitChecker(reference.ReferenceChecker):
    name = "calendar_day_wait"

    def increases_far_enough_apart(self, earlier_h: Fraction, later_h: Fraction, gap_h: Fraction) -> bool:
        # DEFECT: compares calendar days (day numbers), not elapsed hours.
        return math.floor(later_h / 24) - math.floor(earlier_h / 24) >= gap_h / 24


CHECKER = CalendarDayWaitChecker()


def decide(request: dict[str, Any]) -> dict[str, Any]:
    return CHECKER.decide(request)


def main(argv: list[str] | None = None) -> int:
    return reference.serve(CHECKER, argv)


if __name__ == "__main__":
    sys.exit(main())
