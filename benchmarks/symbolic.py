"""Time the symbolic checks: pump programs and dose-limit configurations (run on demand).

    python benchmarks/symbolic.py [--runs 5] [--only NAME] [--libraries-only]

For every `kind: program` document in examples/ and ../shared/examples/cases/,
every configuration in examples/libraries/, and the flex configurations the
tests build from them (limits-safe with flex programs in maintenance, and
limits-flex-safe with 20.01% steps or flex in taper too), prints the median
in-process wall time to decide it (read, build, solve and, for
configurations, re-check each counterexample program), its CPU time (this
process and the worker processes it starts), the verdict, the number of
solver calls, and the figure before the flex work, where one was measured.
Targets on a 2-core machine: under 1 s per program, under 10 s per configuration.

The figures before were measured the same way, from a checkout of the
commit before (`git worktree add /tmp/flex-base <commit>`, then this script
run with PYTHONPATH=/tmp/flex-base/src).
"""

from __future__ import annotations

import argparse
import resource
import statistics
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

# Before the flex work (commit 01d3161), --runs 1, 2 cores: document -> (wall s, CPU s, solver calls).
BEFORE: dict[str, tuple[float, float, int]] = {}


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
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="only the documents whose file name contains this")
    parser.add_argument("--libraries-only", action="store_true")
    args = parser.parse_args()
    folders = [REPO / "examples", REPO.parent / "shared" / "examples" / "cases"]
    programs = [] if args.libraries_only else sorted(p for f in folders if f.is_dir() for p in f.glob("*.yaml") if _kind(p) == "program")
    ruleset = default_ruleset()
    with tempfile.TemporaryDirectory() as scratch:
        libraries = sorted(LIBRARIES.glob("*.yaml")) + _flex_variants(Path(scratch))
        print(f"{'document':<40} {'median':>8} {'cpu':>8} {'calls':>6}  {'verdict':<8} before (wall, cpu, calls)")
        for group, paths in (("programs", programs), ("libraries", libraries)):
            times = []
            for path in (p for p in paths if args.only in p.name):
                seconds, cpu, calls, verdict = [], [], 0, "?"
                for _ in range(args.runs):
                    started, started_cpu = time.perf_counter(), _cpu()
                    source = next(iter(read_sources(path, str(path))))
                    result = check_source(source, ruleset)
                    seconds.append(time.perf_counter() - started)
                    cpu.append(_cpu() - started_cpu)
                    calls, verdict = result.solver_calls, result.verdict
                median = statistics.median(seconds)
                times.append(median)
                before = BEFORE.get(path.name)
                was = f"{before[0]:.1f} s, {before[1]:.1f} s, {before[2]}" if before else ""
                print(f"{path.name:<40} {median:>7.2f}s {statistics.median(cpu):>7.2f}s {calls:>6}  {verdict:<8} {was}", flush=True)
            if times:
                print(f"  {group}: median {statistics.median(times):.2f} s, slowest {max(times):.2f} s")


if __name__ == "__main__":
    main()
