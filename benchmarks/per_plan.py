"""The cost of one plan in one batch worker (run on demand, not in CI).

    python benchmarks/per_plan.py [--plans 3008] [--seed 7]

Generates the plans of benchmarks/batch.py (one 64-line block more than
--generate, 3008 unless given), then checks --plans of them (a multiple of 64)
as a batch worker does (blocks of raw JSON Lines lines, `_check_chunk`), each
plan once, after one block to warm up, and prints the microseconds per plan.

Seconds on a shared machine vary by several percent from run to run. The
number of instructions does not: run the script under callgrind twice, with
--plans 0 and with --plans 320, the same --generate, and divide the
difference by 320:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/per_plan.py --generate 320 --plans 0
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/per_plan.py --generate 320 --plans 320

(each prints "Collected : N"; the start, the generated file and the warm-up
are the same in both runs, so they cancel).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from batch import plan  # the generator of benchmarks/batch.py

from itbverify.app.batch import BLOCK_LINES, _check_chunk, _chunks, _ruleset, units


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=3008)
    parser.add_argument("--generate", type=int, default=3008)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plans.jsonl"
        path.write_text("".join(json.dumps(plan(i, rng)) + "\n" for i in range(BLOCK_LINES + args.generate)), encoding="utf-8")
        chunks = list(_chunks(units([str(path)], []), BLOCK_LINES))
    _ruleset()
    _check_chunk(chunks[0], 10.0, "auto")  # warm-up: the lowered rules are compiled, the memos start filling
    blocks = chunks[1:]
    started = time.perf_counter()
    checked = 0
    for block in blocks:
        if checked >= args.plans:
            break
        checked += _check_chunk(block, 10.0, "auto")[1]
    seconds = time.perf_counter() - started
    if checked:
        print(f"{checked} plans, {seconds / checked * 1e6:.0f} us per plan in one worker")


if __name__ == "__main__":
    main()
