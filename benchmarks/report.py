"""The evidence report on the conformance cases: a base checkout against this one, side by side (run on demand, not in CI).

    git worktree add /tmp/report-base BASE_COMMIT
    python benchmarks/report.py --base /tmp/report-base [--cases tests/cases] [--runs 1]

Runs `itbverify report CASES --output DIR` from the repository root, once
with PYTHONPATH=BASE/src (the code of the base checkout, with this
environment's packages) and once with this checkout's src/, alternating,
--runs times each, and prints the wall time and the CPU time (user plus
system, of the command and every process it starts) of each, and their
ratios. Both run in the same minutes, so a busy machine slows both alike;
CPU time hardly depends on the load at all. It also checks that two runs of
this checkout wrote the same bytes (index.html's date fixed by
SOURCE_DATE_EPOCH, the run's own duration aside).

Before (the report as it was, on a busy two-core machine): wall 73.5 s,
CPU 50.3 s (user 45.5 s, system 4.7 s) for the 25 documents of tests/cases.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BEFORE = "before: wall 73.5 s, CPU 50.3 s (tests/cases, 25 documents)"
TARGET_RATIO = 3.0


def _run(source: Path, cases: str, output: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one `itbverify report` with the code in SOURCE."""
    env = {**os.environ, "PYTHONPATH": str(source), "SOURCE_DATE_EPOCH": "0"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "itbverify", "report", cases, "--output", str(output)],
                          cwd=REPO, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"report with {source} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file of a report folder; the run's duration, which the report states, left out."""
    files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    for name in ("report.json", "index.html"):
        files[name] = re.sub(rb'("seconds": |, )[0-9.]+( s</span>|\n)', rb"\1S\2", files[name])
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--base", type=Path, required=True, help="a checkout of the code to compare with (its src/ is used)")
    parser.add_argument("--cases", default="tests/cases", help="the folder of documents, relative to the repository root")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    base, here = args.base.resolve() / "src", REPO / "src"
    figures: dict[str, list[tuple[float, float]]] = {"base": [], "this": []}
    with tempfile.TemporaryDirectory() as scratch:
        folders = []
        for n in range(args.runs):
            for name, source in (("base", base), ("this", here)):
                # Always the same folder name (the page states the command), kept under another name after.
                out = Path(scratch) / f"{name}-{n}"
                figures[name].append(_run(source, args.cases, Path(scratch) / "out"))
                (Path(scratch) / "out").rename(out)
                wall, cpu = figures[name][-1]
                print(f"{name:5} run {n + 1}: wall {wall:6.1f} s, CPU {cpu:6.1f} s", flush=True)
                if name == "this":
                    folders.append(out)
        if len(folders) < 2:
            again = Path(scratch) / "this-again"
            _run(here, args.cases, Path(scratch) / "out")
            (Path(scratch) / "out").rename(again)
            folders.append(again)
        same = _tree(folders[0]) == _tree(folders[1])
        shutil.rmtree(scratch, ignore_errors=True)
    best = {name: (min(w for w, _ in runs), min(c for _, c in runs)) for name, runs in figures.items()}
    wall_ratio = best["base"][0] / best["this"][0]
    cpu_ratio = best["base"][1] / best["this"][1]
    print(f"base: wall {best['base'][0]:.1f} s, CPU {best['base'][1]:.1f} s")
    print(f"this: wall {best['this'][0]:.1f} s, CPU {best['this'][1]:.1f} s")
    print(f"faster: wall {wall_ratio:.1f}x, CPU {cpu_ratio:.1f}x (target {TARGET_RATIO:g}x wall); {BEFORE}")
    print("two runs of this checkout wrote " + ("the same bytes" if same else "DIFFERENT bytes"))


if __name__ == "__main__":
    main()
