"""`itbverify conform`: decisions per second, and the time to the first failure on each planted variant (run on demand).

    python benchmarks/conform.py [--sessions 400] [--max-events 24 12] [--seed 0] [--jobs 1 2]

Runs the reference checker of examples/pump-software in process
(python:FILE:decide) and over pipes (the same file run as a command), with
each --jobs and each --max-events, and prints the decisions, the wall time
and the decisions per second of each run (the run as `itbverify conform` runs it: generation,
the target's answers and judging; shrinking too, though the reference has
nothing to shrink). A decision costs more the longer its session has run:
every check reads the whole plan so far (its every 24-hour window, its
reservoir from the first fill), so a run of longer sessions makes fewer
decisions a second. Then, for each planted variant in
examples/pump-software/variants, the wall time until its first unsafe
acceptance is found and shrunk (sessions run one at a time, in order, until
one fails), the requirement named and the shrunk session's length.

Targets of the issue: 1,000 decisions/s in process and 200/s over pipes on 2 cores.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "pump-software"
REFERENCE = EXAMPLES / "reference_checker.py"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=400)
    parser.add_argument("--max-events", type=int, nargs="+", default=[24, 12])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    from itbverify.conform.run import conform, conform_parallel
    from itbverify.conform.targets import open_target
    from itbverify.language.ruleset import default_ruleset

    ruleset = default_ruleset()
    print(f"reference checker, {args.sessions} sessions, seed {args.seed}:")
    print(f"  {'target':<12} {'events':>6} {'jobs':>4} {'decisions':>10} {'wall s':>8} {'decisions/s':>12}  unsafe acceptances, needless refusals, not covered")
    for events in args.max_events:
        for label, spec in (("in process", f"python:{REFERENCE}:decide"), ("over pipes", f"{sys.executable} {REFERENCE}")):
            for jobs in args.jobs:
                started = time.perf_counter()
                run = conform_parallel(lambda spec=spec: open_target(spec, 10.0), ruleset, args.seed, args.sessions, events, jobs)
                wall = time.perf_counter() - started
                print(f"  {label:<12} {events:>6} {jobs:>4} {run.decisions:>10} {wall:>8.1f} {run.decisions / wall:>12.0f}  "
                      f"{len(run.failures)}, {len(run.refusals)}, {', '.join(run.not_covered()) or 'none'}")
    events = args.max_events[0]
    print(f"planted variants, sessions of at most {events} events, time to the first unsafe acceptance (found and shrunk), in process:")
    for variant in sorted((EXAMPLES / "variants").glob("*.py")):
        target = open_target(f"python:{variant}:decide", 10.0)
        started = time.perf_counter()
        found = None
        for number in range(args.sessions):
            run = conform(target, ruleset, args.seed, args.sessions, events, numbers=range(number, number + 1))
            if run.failures:
                found = run.failures[0]
                break
        wall = time.perf_counter() - started
        if found is None:
            print(f"  {variant.stem:<28} not found in {args.sessions} sessions ({wall:.1f} s)")
        else:
            print(f"  {variant.stem:<28} {wall:6.2f} s: session {found.session}, {found.requirement}, shrunk to {len(found.events)} events")


if __name__ == "__main__":
    main()
