"""Start-up: the CPU time of one `itbverify check` of a small plan (run on demand, not in CI).

    python benchmarks/startup.py [--runs 21] [--plan examples/titration-spinal-adult.yaml]

Runs the installed command (or `python -m itbverify`) --runs times warm (the
rule set and its lowered form already kept in the cache folder) and --runs
times cold (a fresh, empty cache folder each time: the rule files are parsed,
type-checked and lowered), alternating, and prints the median CPU time (user
plus system, of the command and everything it starts) of each, beside the
check's own time in process and the target. CPU time, not wall time: it does
not depend on what else the machine is doing, within a few percent.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_WARM_S = 0.150
BEFORE = "before (issue 10): warm 0.41 s, cold about 0.84 s"


def _command() -> list[str]:
    script = Path(sys.executable).with_name("itbverify")
    return [str(script)] if script.exists() else [sys.executable, "-m", "itbverify"]


def _cpu(command: list[str], cache: str) -> float:
    """The CPU seconds of COMMAND run to its end, with the cache folder CACHE."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=False, capture_output=True, env={**os.environ, "ITBVERIFY_CACHE_DIR": cache})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _in_process(plan: str) -> float:
    """The CPU seconds of the check itself, once everything is loaded (the median of 21)."""
    from itbverify.analyses.check import check_paths
    from itbverify.language.ruleset import default_ruleset

    ruleset = default_ruleset()
    check_paths([plan], ruleset, engine="auto")
    times = []
    for _ in range(21):
        started = time.process_time()
        check_paths([plan], ruleset, engine="auto")
        times.append(time.process_time() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--plan", default=str(REPO / "examples" / "titration-spinal-adult.yaml"))
    args = parser.parse_args()
    command = [*_command(), "check", args.plan]
    warm_cache = tempfile.mkdtemp(prefix="itbverify-warm-")
    try:
        _cpu(command, warm_cache)  # fills the warm cache
        warm, cold = [], []
        for _ in range(args.runs):
            warm.append(_cpu(command, warm_cache))
            fresh = tempfile.mkdtemp(prefix="itbverify-cold-")
            try:
                cold.append(_cpu(command, fresh))
            finally:
                shutil.rmtree(fresh, ignore_errors=True)
    finally:
        shutil.rmtree(warm_cache, ignore_errors=True)
    python = _cpu([sys.executable, "-c", "pass"], warm_cache)
    print(f"`itbverify check {Path(args.plan).name}`, CPU, median of {args.runs}:")
    print(f"  warm start: {statistics.median(warm) * 1000:6.0f} ms   (target {TARGET_WARM_S * 1000:.0f} ms)")
    print(f"  cold start: {statistics.median(cold) * 1000:6.0f} ms   (the rules parsed, type-checked and lowered)")
    print(f"  of which the check itself, in process: {_in_process(args.plan) * 1000:.1f} ms; "
          f"a Python that does nothing: {python * 1000:.0f} ms")
    print(f"  {BEFORE}")
    if sys.flags.dont_write_bytecode:
        # Every module is then compiled from source on each start: about 60 ms more, not the command's own cost.
        print("  note: PYTHONDONTWRITEBYTECODE is set, so no module's bytecode is cached; unset it to measure a real start")


if __name__ == "__main__":
    main()
