"""Time the symbolic checks: pump programs and dose-limit configurations (run on demand).

    python benchmarks/symbolic.py [--runs 5] [--only NAME] [--libraries-only]

For every `kind: program` document in examples/ and ../shared/examples/cases/,
every configuration in examples/libraries/, and the flex configurations the
tests build from them (limits-safe with flex programs in maintenance, and
limits-flex-safe with 20.01% steps or flex in taper too), prints the median
wall time to decide it (read, build, solve and, for configurations,
re-check each counterexample program), its CPU time (the process and the
worker processes it starts), the verdict, the number of solver calls, and
the figures before the flex work, where they were measured. Each document is
checked in a process of its own, as the command checks it: a query's text,
and so its answer within the budget, can depend on the terms the process
built before it. CPU time is the figure to compare: the machine's other
load inflates wall time. Targets on a 2-core machine: under 1 s per program,
under 10 s per configuration.

The figures before were measured the same way, from a checkout of the
commit before (`git worktree add /tmp/flex-base 01d3161`, then this script
run with PYTHONPATH=/tmp/flex-base/src).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from itbverify.analyses.check import check_source
from itbverify.documents.read import read_sources
from itbverify.language.ruleset import default_ruleset

REPO = Path(__file__).resolve().parents[1]
LIBRARIES = REPO / "examples" / "libraries"

# Before the flex work (commit 01d3161), --runs 1, 2 cores shared with other work: document -> (wall s, CPU s,
# solver calls, how). "process": a process of its own, as now; "after others": in one process after the
# documents before it (the script's earlier way; flex-broken shows how much that can change); "test": the
# CPU seconds of the test that checks it, from the issue (tests/test_symbolic.py, the command in a subprocess).
BEFORE: dict[str, tuple[float | None, float, int | None, str]] = {
    "limits-broken.yaml": (13.88, 8.22, 179, "after others"),
    "limits-flex-broken.yaml": (156.63, 112.91, 203, "process"),
    "limits-flex-safe.yaml": (98.54, 58.56, 464, "after others"),
    "limits-safe.yaml": (3.14, 2.17, 211, "after others"),
    "limits-v2-child-20pct.yaml": (4.78, 2.86, 239, "after others"),
    "limits-safe+flex-maintenance.yaml": (601.90, 298.23, 467, "after others"),
    "limits-flex-safe+ratio-20.01.yaml": (None, 187.0, None, "test"),
    "limits-flex-safe+taper.yaml": (None, 318.0, None, "test"),
}


def _kind(path: Path) -> str | None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    return data.get("kind") if isinstance(data, dict) else None


def _flex_variants(folder: Path) -> list[Path]:
    """The flex configurations tests/test_symbolic.py builds, written as it writes them."""

    def variant(base: str, name: str, flex: dict[str, Any]) -> Path:
        doc = yaml.safe_load((LIBRARIES / base).read_text(encoding="utf-8"))
        doc["flex"] = flex
        path = folder / name
        path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
        return path

    return [
        variant("limits-safe.yaml", "limits-safe+flex-maintenance.yaml", {"phases": ["maintenance"], "max_steps": 13, "max_step_ratio_pct": 20}),
        variant("limits-flex-safe.yaml", "limits-flex-safe+ratio-20.01.yaml", {"phases": ["maintenance"], "max_steps": 13, "max_step_ratio_pct": 20.01}),
        variant("limits-flex-safe.yaml", "limits-flex-safe+taper.yaml", {"phases": ["maintenance", "taper"], "max_steps": 13, "max_step_ratio_pct": 20}),
    ]


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def _or_dash(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.1f} s"


def _one(path: str) -> None:
    """Check one document in this process and print its solver calls and verdict."""
    source = next(iter(read_sources(Path(path), path)))
    result = check_source(source, default_ruleset())
    print(json.dumps({"calls": result.solver_calls, "verdict": result.verdict}))


def _timed(path: Path) -> tuple[float, float, int, str]:
    """Wall and CPU seconds, solver calls and verdict of checking PATH in a process of its own."""
    started, started_cpu = time.perf_counter(), _cpu()
    run = subprocess.run([sys.executable, __file__, "--one", str(path)], check=True, capture_output=True, text=True)
    seconds, cpu = time.perf_counter() - started, _cpu() - started_cpu
    out = json.loads(run.stdout.strip().splitlines()[-1])
    return seconds, cpu, out["calls"], out["verdict"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="only the documents whose file name contains this")
    parser.add_argument("--libraries-only", action="store_true")
    args = parser.parse_args()
    if args.one:
        _one(args.one)
        return
    default_ruleset()  # the rule set's cache is written once, before any document is timed
    folders = [REPO / "examples", REPO.parent / "shared" / "examples" / "cases"]
    programs = [] if args.libraries_only else sorted(p for f in folders if f.is_dir() for p in f.glob("*.yaml") if _kind(p) == "program")
    with tempfile.TemporaryDirectory() as scratch:
        libraries = sorted(LIBRARIES.glob("*.yaml")) + _flex_variants(Path(scratch))
        print(f"{'document':<40} {'median':>8} {'cpu':>8} {'calls':>6}  {'verdict':<8} before (wall, cpu, calls)")
        for group, paths in (("programs", programs), ("libraries", libraries)):
            times = []
            for path in (p for p in paths if args.only in p.name):
                seconds, cpu, calls, verdict = [], [], 0, "?"
                for _ in range(args.runs):
                    wall, used, calls, verdict = _timed(path)
                    seconds.append(wall)
                    cpu.append(used)
                median = statistics.median(seconds)
                times.append(median)
                before = BEFORE.get(path.name)
                was = f"{_or_dash(before[0])}, {before[1]:.1f} s, {before[2] or '-'} ({before[3]})" if before else ""
                print(f"{path.name:<40} {median:>7.2f}s {statistics.median(cpu):>7.2f}s {calls:>6}  {verdict:<8} {was}", flush=True)
            if times:
                print(f"  {group}: median {statistics.median(times):.2f} s, slowest {max(times):.2f} s")


if __name__ == "__main__":
    main()
