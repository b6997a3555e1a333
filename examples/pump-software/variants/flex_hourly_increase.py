#!/usr/bin/env python3
"""Planted defect: a flex schedule's hourly rates taken wrongly after a flex change -> breaks ITB-TITR-1 (and ITB-TITR-3).

A flex schedule is a clock-day table whose steps hold FROM their start until the
next start (the last one past midnight until the first). This checker reads the
table the other way round, as "this hourly rate UNTIL this time": an off-by-one
in the table lookup gives each stretch the hourly rate of the step that starts
at its end. Every daily dose it derives from a flex schedule (what the schedule
delivers, the dose the next change is measured from) is then wrong. With a
night step higher than the day step and a day longer than the night (the usual
night schedule), the checker over-estimates the schedule, and the next increase
is measured from a dose that was never given: it is accepted above the limit.
(With two 12-hour steps the error cancels out and hides.)

Example (adult, spinal origin, 150 ug/day = 6.25 ug/h continuous): a flex
schedule [07:00 6.25 ug/h, 22:00 7.5 ug/h] delivers 6.25 x 15 + 7.5 x 9 = 161.25
ug/day; this checker takes it for 7.5 x 15 + 6.25 x 9 = 168.75 ug/day. A day
later a continuous 215 ug/day is +33% (over the 30% limit) of what is given, but
+27% of what the checker thinks, and it accepts.

Overrides exactly one method of the reference: ReferenceChecker.flex_pieces.
"""

from __future__ import annotations

import os
import sys
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import reference_checker as reference
from reference_checker import Fraction  # the reference's exact numbers


class FlexHourlyIncreaseChecker(reference.ReferenceChecker):
    name = "flex_hourly_increase"

    def flex_pieces(self, schedule: list[tuple[int, Fraction]]) -> list[tuple[int, int, Fraction]]:
        pieces: list[tuple[int, int, Fraction]] = []
        first_start = schedule[0][0]
        if first_start > 0:
            pieces.append((0, first_start, schedule[0][1]))  # DEFECT: should be schedule[-1][1], the last step
        for i, (start, rate) in enumerate(schedule):
            end = schedule[i + 1][0] if i + 1 < len(schedule) else 24 * 60
            # DEFECT: should be `rate`, this step's own; the next step's rate is taken ("rate until its start").
            pieces.append((start, end, schedule[(i + 1) % len(schedule)][1]))
        return pieces


CHECKER = FlexHourlyIncreaseChecker()


def decide(request: dict[str, Any]) -> dict[str, Any]:
    return CHECKER.decide(request)


def main(argv: list[str] | None = None) -> int:
    return reference.serve(CHECKER, argv)


if __name__ == "__main__":
    sys.exit(main())
