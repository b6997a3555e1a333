"""The search of a `for every` window or instant on a fully concrete document: one definition, run by both engines.

A `for every` step ranges over t in [lo, hi] (a window's start: from its
run's start to its run's end less its length) or (lo, hi] (an instant
strictly after its low bound, up to its high bound). The search reports the
earliest cut that breaks the check, and when no cut does, a time in the
earliest interval between cuts that does; else nothing.

The cuts are lo, hi and every event time of the document
(timeline.event_times) shifted by each offset at which the body reads the
timeline, strictly between them. Between two consecutive cuts every
timeline primitive the body reads is affine in t, so an interval holds no
surprise a probe of it cannot see: each engine decides an interval exactly
in its own way (the evaluator over an affine t, semantics/affine.py; the
concrete engine by two probes of the comparisons' margins,
engines/concrete.py), and both run this one order of cuts and intervals.

The search runs on keys: a key is a time in some fixed unit (the concrete
engine counts ticks of 1 / per_hour hours, the evaluator hours), so the same
definition serves both; a caller turns the key it gets back into hours.

A probe of a cut says whether the check breaks there, and what lets an
interval be passed over without a probe of its own: its comparisons'
outcomes (None: not known, so the interval is probed), and whether a
primitive read there jumps just after it or just before it. An interval
(a, b) needs no probe when the comparisons have the same outcomes, in the
same order, at a and at b, no primitive read at a jumps just after it, and
none read at b jumps just before it (engines/concrete.py gives the proof).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import repeat
from operator import sub
from typing import Any

# At a cut: the check breaks there, its comparisons' outcomes (None: not known), and a primitive read
# there jumps just after it, just before it.
Probe = tuple[bool, "list[bool] | None", bool, bool]


def cuts(event_keys: Sequence[Any], lo: Any, hi: Any, shifts: Sequence[Any]) -> list[Any]:
    """The keys lo, hi and every event key less each shift strictly between them, sorted, without repeats.

    EVENT_KEYS are sorted; LO, HI and the SHIFTS are keys too.
    """
    found = {lo, hi}
    for shift in shifts:
        shifted = event_keys[bisect_right(event_keys, lo + shift):bisect_left(event_keys, hi + shift)]
        found.update(map(sub, shifted, repeat(shift, len(shifted))))  # k - shift for each, without a generator's frame
    return sorted(found)


def earliest(keys: Sequence[Any], probe: Callable[[Any], Probe], interval: Callable[[Any, Any], Any],
             known: Mapping[Any, Probe] | None = None, covered: Collection[Any] = ()) -> Any:
    """The earliest cut of KEYS that breaks the check; else the time INTERVAL gives for the earliest
    interval between consecutive cuts that breaks it; else None.

    The cuts come first, in time order: a window that starts at an event is
    the one a reader recognises. Each interval that needs a probe is noted
    as the cuts are probed, and decided after them all. KNOWN holds cuts
    already probed; an interval after a cut in COVERED is known not to
    break the check (it mirrors earlier ones) and is passed over.
    """
    pending: list[int] = []  # the intervals (keys[i], keys[i + 1]) to decide, by i
    outcomes: list[bool] | None = None  # the last cut's comparisons' outcomes
    after = False  # a primitive the last cut read jumps just after it
    for i, x in enumerate(keys):
        broken, here, now_after, before = known[x] if known and x in known else probe(x)
        if broken:
            return x
        if i and (here is None or here != outcomes or after or before) and keys[i - 1] not in covered:
            pending.append(i - 1)
        outcomes, after = here, now_after
    for i in pending:
        found = interval(keys[i], keys[i + 1])
        if found is not None:
            return found
    return None
