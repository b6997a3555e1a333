#!/usr/bin/env python3
"""Planted defect: the concentration change at a refill not carried into the program -> breaks ITB-PUMP-3.

When the reservoir is refilled with another concentration (500 -> 2000 ug/mL,
say) the pump must be reprogrammed at the same time (a new infusion step with
the new concentration_ug_ml), or the pump goes on computing its rate for the old
concentration and delivers 4 times the dose. This checker's refill screen
assumes the program follows the solution: it takes the concentration the pump
is programmed for at a refill to be the refill's own, so a refill with another
concentration, without a new infusion step, is accepted. (Infusion steps are
still compared with the reservoir, so the mismatch is caught only at the next
step, after the refill has been accepted.)

Overrides exactly one method of the reference: ReferenceChecker.programmed_concentration_at_refill.
"""

from __future__ import annotations

import os
import sys
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import reference_checker as reference
from reference_checker import Fraction  # the reference's exact numbers


class RefillRateNotRescaledChecker(reference.ReferenceChecker):
    name = "refill_rate_not_rescaled"

    def programmed_concentration_at_refill(self, tl: reference.Timeline, fill: reference.Fill) -> Fraction | None:
        step = tl.step_at(fill.at_h)
        if step is None or step.stops:
            return None
        return fill.concentration_ug_ml  # DEFECT: should be step.concentration_ug_ml, what the pump is programmed for


CHECKER = RefillRateNotRescaledChecker()


def decide(request: dict[str, Any]) -> dict[str, Any]:
    return CHECKER.decide(request)


def main(argv: list[str] | None = None) -> int:
    return reference.serve(CHECKER, argv)


if __name__ == "__main__":
    sys.exit(main())
