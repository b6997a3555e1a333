"""Policy packs: what loading a pack adds to a `check` (run on demand).

    python benchmarks/packs.py [--runs 15]

Times `itbverify check PLAN` in a fresh process with and without `--rules
examples/policies/clinic-refill/rules`, warm (the rule set and its lowered
form kept in the cache after a first run each), and prints the median of
each and the difference: the time a pack adds. Then, in one process, the
load of the rule set with the pack alone (language.ruleset.with_packs), warm
and cold (with an empty cache: parsed, type-checked and lowered).

Target of the issue: a pack adds at most 50 ms to a `check`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLAN = REPO / "examples" / "titration-spinal-adult.yaml"
PACK = REPO / "examples" / "policies" / "clinic-refill" / "rules"
ITBVERIFY = [sys.executable, "-m", "itbverify"]


def _run(extra: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([*ITBVERIFY, "check", str(PLAN), *extra], env=env, capture_output=True, check=False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "ITBVERIFY_CACHE_DIR": cache}
        for extra in ([], ["--rules", str(PACK)]):
            _run(extra, env)  # warm: the rule set and its lowered form kept
        label, packed = [], []
        for _ in range(args.runs):  # interleaved, so a busy moment falls on both
            label.append(_run([], env))
            packed.append(_run(["--rules", str(PACK)], env))
        a, b = statistics.median(label), statistics.median(packed)
        print(f"itbverify check {PLAN.name}, {args.runs} runs each, warm cache, median:")
        print(f"  label rules alone        {1000 * a:7.1f} ms")
        print(f"  with the clinic's pack   {1000 * b:7.1f} ms")
        print(f"  the pack adds            {1000 * (b - a):7.1f} ms   (target: at most 50 ms)")
    code = (
        "import time; from pathlib import Path; t = time.perf_counter();"
        "from itbverify.language.ruleset import with_packs; from itbverify.engines.concrete import lowered_rules;"
        f"lowered_rules(with_packs([Path({str(PACK)!r})])); print(1000 * (time.perf_counter() - t))"
    )
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "ITBVERIFY_CACHE_DIR": cache}
        cold = float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
        warm = float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
    print(f"the rule set with the pack, loaded and lowered in one process: {cold:.0f} ms cold (empty cache), {warm:.0f} ms warm")


if __name__ == "__main__":
    main()
