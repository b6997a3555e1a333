"""Time the symbolic checks: pump programs and dose-limit configurations (run on demand).

    python benchmarks/symbolic.py [--runs 5]

For every `kind: program` document in examples/ and ../shared/examples/cases/,
and every configuration in examples/libraries/, prints the median in-process
time to decide it (read, build, solve and, for configurations, re-check each
counterexample program), the verdict and the number of solver calls.
Targets on a 2-core machine: under 1 s per program, under 10 s per configuration.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import yaml

from itbverify.analyses.check import check_source
from itbverify.documents.read import read_sources
from itbverify.language.ruleset import default_ruleset

REPO = Path(__file__).resolve().parents[1]


def _kind(path: Path) -> str | None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    return data.get("kind") if isinstance(data, dict) else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folders = [REPO / "examples", REPO.parent / "shared" / "examples" / "cases"]
    programs = sorted(p for f in folders if f.is_dir() for p in f.glob("*.yaml") if _kind(p) == "program")
    libraries = sorted((REPO / "examples" / "libraries").glob("*.yaml"))
    ruleset = default_ruleset()
    print(f"{'document':<45} {'median':>9} {'calls':>6}  verdict")
    for group, paths in (("program", programs), ("library", libraries)):
        times = []
        for path in paths:
            seconds, calls, verdict = [], 0, "?"
            for _ in range(args.runs):
                started = time.perf_counter()
                source = next(iter(read_sources(path, str(path))))
                result = check_source(source, ruleset)
                seconds.append(time.perf_counter() - started)
                calls, verdict = result.solver_calls, result.verdict
            median = statistics.median(seconds)
            times.append(median)
            print(f"{path.name:<45} {median:>8.2f}s {calls:>6}  {verdict}")
        if times:
            print(f"  {group.replace('y', 'ie') if group.endswith('y') else group}s: median {statistics.median(times):.2f} s, slowest {max(times):.2f} s")


if __name__ == "__main__":
    main()
