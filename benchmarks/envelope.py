"""The envelope's speed (run on demand, not in CI).

    python benchmarks/envelope.py [--plans 200] [--old 5] [--seed 7]

For the bundled examples and --plans generated plans (benchmarks/batch.py's
generator, the same seed), prints the CPU time of the full envelope per
document (median and worst, plans and programs apart), and of each part
alone (`--what dose|increase|refill|flex`). For the bundled examples and the
first --old generated plans it also computes the envelope the old way, every
probe decided by Z3, and prints the ratio and whether every bound (value and
binding requirement) is the same. Every document's envelope is also computed
by bisection alone (`method="bisection"`, the reference), in the same run:
the ratio of its time to the computed envelope's, per document and per part,
and whether every bound (value, binding requirement and reason) is the same.
Times are in-process CPU seconds after one warm-up envelope, so start-up is
not counted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from batch import plan  # the generator of benchmarks/batch.py

from itbverify.analyses.envelope import PARTS, envelope_of, parts_of, read_document
from itbverify.language.ruleset import default_ruleset

REPO = Path(__file__).resolve().parents[1]
RULES = default_ruleset()


def _cpu(work: Any) -> tuple[float, Any]:
    started = time.process_time()
    value = work()
    return time.process_time() - started, value


def _bounds(envelope: dict[str, Any]) -> dict[str, Any]:
    """Every bound's value and binding requirement (the reason's wording may name another instant)."""
    def pick(bound: dict[str, Any] | None) -> Any:
        return None if bound is None else (bound["value"], bound["binding"])

    dose = envelope["daily_dose_ug"] or {}
    return {
        "lowest": pick(dose.get("lowest")), "highest": pick(dose.get("highest")),
        "increase": pick(envelope["earliest_increase_h"]), "flex": pick(envelope["flex_night_step_ug_h"]),
        **{f"refill {k}": pick(v) for k, v in envelope["latest_refill_h"].items()},
    }


def _all(envelope: dict[str, Any]) -> list[dict[str, Any]]:
    dose = envelope["daily_dose_ug"] or {}
    found = [*dose.values(), envelope["earliest_increase_h"], envelope["flex_night_step_ug_h"], *envelope["latest_refill_h"].values()]
    return [b for b in found if b is not None]


def _exact(envelope: dict[str, Any]) -> list[Any]:
    """Every bound's value, binding requirement and reason (not how it was found)."""
    return [(b["value"], b["binding"], b["reason"]) for b in _all(envelope)]


def _line(label: str, seconds: list[float]) -> str:
    if not seconds:
        return f"  {label:<28} -"
    return f"  {label:<28} median {statistics.median(seconds) * 1000:8.1f} ms   worst {max(seconds) * 1000:8.1f} ms   ({len(seconds)})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--old", type=int, default=5, help="generated plans also computed the old way (Z3 for every probe)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    documents: list[tuple[str, dict[str, Any], bool]] = []
    for path in sorted((REPO / "examples").glob("*.yaml")):
        data, problems = read_document(str(path), RULES, 10.0)
        if data is None:
            raise SystemExit("; ".join(problems))
        documents.append((path.name, data, True))
    rng = random.Random(args.seed)
    documents += [(f"generated {i}", plan(i, rng), i < args.old) for i in range(args.plans)]
    envelope_of(documents[0][1], RULES)  # warm-up: the lowered rules are compiled

    whole: dict[str, list[float]] = {"plan": [], "program": []}
    by_part: dict[str, list[float]] = {part: [] for part in PARTS}
    bisected: dict[str, list[float]] = {"plan": [], "program": []}
    bisected_part: dict[str, list[float]] = {part: [] for part in PARTS}
    against: list[float] = []  # bisection time / computed time, per document
    unlike: list[str] = []  # documents whose bounds differ between the two methods
    methods: dict[str, int] = {}
    ratios: list[float] = []
    differ: list[str] = []
    for name, data, old in documents:
        kind = "program" if data.get("kind") == "program" else "plan"
        seconds, envelope = _cpu(lambda: envelope_of(data, RULES).to_json())  # noqa: B023 - called at once
        whole[kind].append(seconds)
        for part in PARTS:
            by_part[part].append(_cpu(lambda: envelope_of(data, RULES, parts=parts_of([part])))[0])  # noqa: B023
            bisected_part[part].append(_cpu(lambda: envelope_of(data, RULES, parts=parts_of([part]), method="bisection"))[0])  # noqa: B023
        reference_seconds, reference = _cpu(lambda: envelope_of(data, RULES, method="bisection").to_json())  # noqa: B023
        bisected[kind].append(reference_seconds)
        against.append(reference_seconds / seconds)
        if _exact(reference) != _exact(envelope):
            unlike.append(name)
        for bound in _all(envelope):
            methods[bound.get("method", "?")] = methods.get(bound.get("method", "?"), 0) + 1
        if old:
            old_seconds, old_envelope = _cpu(lambda: envelope_of(data, RULES, engine="z3").to_json())  # noqa: B023
            ratios.append(old_seconds / seconds)
            if _bounds(old_envelope) != _bounds(envelope):
                differ.append(name)
            print(f"  {name:<40} {seconds * 1000:8.1f} ms, the old way {old_seconds:6.2f} s ({old_seconds / seconds:5.0f}x)", flush=True)
    print(f"{len(documents)} documents ({len(whole['plan'])} plans, {len(whole['program'])} programs), CPU per envelope:")
    print(_line("full envelope, plans", whole["plan"]))
    print(_line("full envelope, programs", whole["program"]))
    for part in PARTS:
        print(_line(f"--what {part}", by_part[part]))
    print("the same envelopes by bisection alone (the reference), in this run:")
    print(_line("full envelope, plans", bisected["plan"]))
    print(_line("full envelope, programs", bisected["program"]))
    for part in PARTS:
        print(_line(f"--what {part}", bisected_part[part]))
    print(f"bisection time / computed time per document: median {statistics.median(against):.2f}, least {min(against):.2f}, most {max(against):.2f}")
    print(f"bounds by method: {', '.join(f'{k} {v}' for k, v in sorted(methods.items()))}")
    print(f"every bound (value, binding, reason) the bisection's: {'yes' if not unlike else 'NO: ' + ', '.join(unlike)}")
    if ratios:
        print(f"the old way (Z3 for every probe) on {len(ratios)} documents: median {statistics.median(ratios):.0f}x slower, "
              f"least {min(ratios):.0f}x; bounds the same: {'yes' if not differ else 'NO: ' + ', '.join(differ)}")


if __name__ == "__main__":
    main()
