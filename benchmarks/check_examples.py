"""Time `itbverify check` on the bundled examples (run on demand, not in CI).

    python benchmarks/check_examples.py [--runs 7] [FILES...]

Prints, per document: the median wall time of the whole command (process
start included), the median in-process time split into read, build and solve,
and the number of solver calls. Defaults to every file in examples/.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from itbverify.documents.build import load_document
from itbverify.documents.read import read_sources
from itbverify.engines.solve import verify
from itbverify.language.ruleset import default_ruleset

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    files = [Path(f) for f in args.files] or sorted((REPO / "examples").glob("*.yaml"))
    command = [str(Path(sys.executable).with_name("itbverify"))]
    ruleset = default_ruleset()
    print(f"{'document':<40} {'command':>9} {'read':>8} {'build':>8} {'solve':>8} {'calls':>6}  verdict")
    totals = []
    for path in files:
        wall = []
        for _ in range(args.runs):
            started = time.perf_counter()
            subprocess.run(command + ["check", str(path)], check=False, capture_output=True)
            wall.append(time.perf_counter() - started)
        reads, builds, solves = [], [], []
        calls, verdict = 0, "?"
        for _ in range(args.runs):
            t0 = time.perf_counter()
            source = next(iter(read_sources(path, str(path))))
            t1 = time.perf_counter()
            assert source.node is not None
            document = load_document(source.node, str(path))
            t2 = time.perf_counter()
            result = verify(document, ruleset)
            t3 = time.perf_counter()
            reads.append(t1 - t0)
            builds.append(t2 - t1)
            solves.append(t3 - t2)
            calls, verdict = result.solver_calls, result.verdict
        med = statistics.median
        totals.append(med(wall))
        print(f"{path.name:<40} {med(wall) * 1000:>7.0f}ms {med(reads) * 1000:>6.1f}ms {med(builds) * 1000:>6.1f}ms {med(solves) * 1000:>6.0f}ms {calls:>6}  {verdict}")
    print(f"median over documents: {statistics.median(totals) * 1000:.0f} ms per `itbverify check` of one document")


if __name__ == "__main__":
    main()
