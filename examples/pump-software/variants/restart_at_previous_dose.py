#!/usr/bin/env python3
"""Planted defect: every restart allowed at the dose in force before the stop -> breaks ITB-STOP-2.

After a break taken against tolerance (a stop at the end of a taper) or an
emergency stop, infusion restarts at no more than the first daily dose of the
prolonged infusion (label line 166); only shortly (48 h) after an abrupt stop may
it resume at the dose before the stop (lines 189, 312: the treatment of
withdrawal). This checker applies "resume at the same dose" to every restart:
after an emergency stop from 400 ug/day, a restart at 400 ug/day is accepted
although the infusion began at 150 ug/day.

Overrides exactly one method of the reference: ReferenceChecker.restart_limit.
"""

from __future__ import annotations

import os
import sys
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import reference_checker as reference
from reference_checker import Fraction  # the reference's exact numbers


class RestartAtPreviousDoseChecker(reference.ReferenceChecker):
    name = "restart_at_previous_dose"

    def restart_limit(self, tl: reference.Timeline, run: reference.Run) -> tuple[Fraction | None, str]:
        # DEFECT: the last running dose before the stop, whatever the stop and however long ago.
        back = run.first.previous
        while back is not None and back.stops:
            back = back.previous
        if back is None:
            return None, "no dose before the stop"
        return back.daily_dose_ug, f"the {reference.show(back.daily_dose_ug)} ug/day in force before the stop"


CHECKER = RestartAtPreviousDoseChecker()


def decide(request: dict[str, Any]) -> dict[str, Any]:
    return CHECKER.decide(request)


def main(argv: list[str] | None = None) -> int:
    return reference.serve(CHECKER, argv)


if __name__ == "__main__":
    sys.exit(main())
