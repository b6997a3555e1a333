#!/usr/bin/env python3
"""Planted defect: the low-reservoir alarm volume ignored -> breaks ITB-PUMP-4.

While infusion runs the reservoir must stay above the pump's low-reservoir alarm
volume (pump.low_reservoir_alarm_ml, 2 mL by default) until the next refill.
This checker only makes sure the reservoir does not run empty: a program or a
refill that leaves 1.9 mL in a pump whose alarm is at 2 mL is accepted.

Overrides exactly one method of the reference: ReferenceChecker.alarm_floor_ml.
"""

from __future__ import annotations

import os
import sys
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import reference_checker as reference
from reference_checker import Fraction  # the reference's exact numbers


class AlarmVolumeIgnoredChecker(reference.ReferenceChecker):
    name = "alarm_volume_ignored"

    def alarm_floor_ml(self, pump: reference.Pump) -> Fraction:
        return Fraction(0)  # DEFECT: should be pump.low_reservoir_alarm_ml


CHECKER = AlarmVolumeIgnoredChecker()


def decide(request: dict[str, Any]) -> dict[str, Any]:
    return CHECKER.decide(request)


def main(argv: list[str] | None = None) -> int:
    return reference.serve(CHECKER, argv)


if __name__ == "__main__":
    sys.exit(main())
