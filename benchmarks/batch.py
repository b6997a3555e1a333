"""Batch throughput (run on demand, not in CI).

    python benchmarks/batch.py [--sizes 10000 100000] [--z3-subset 200] [--seed 7]

Generates N realistic 30-day titration plans with a fixed seed (screening,
daily increases around the patient's limit, a maintenance flex schedule in
some, patient-independent boluses in some, refills; about half unsafe),
writes them as one JSONL file and as a folder of YAML files, and prints:
plans/s for `itbverify batch --jobs 2` on each, the pure parse time of the
same files (JSON by the reader alone; YAML by libyaml alone, and by the
reader), the `--engine z3` rate on a subset with the ratio and whether every
document gets the same verdict and error requirements, the verdicts, and the
peak memory (largest resident set of the batch process and its workers) for
each N.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from itbverify.documents.read import read_jsonl_file, read_yaml_file


def plan(i: int, rng: random.Random) -> dict[str, Any]:
    adult = rng.random() < 0.8
    origin = "spinal" if rng.random() < 0.7 else "cerebral"
    limit = 0.30 if (adult and origin == "spinal") else 0.15
    dose = 100.0 if not adult else 150.0
    steps: list[dict[str, Any]] = [{"day": 3, "time": "10:00", "phase": "titration", "mode": "continuous", "daily_dose_ug": dose, "concentration_ug_ml": 2000}]
    day = 3
    for _ in range(rng.randint(3, 8)):
        day += rng.choice([1, 1, 2])
        step_up = rng.choice([0.05, 0.1, limit * 0.9, limit, limit * 1.2 if rng.random() < 0.15 else limit * 0.5])
        dose = round(dose * (1 + step_up), 2)
        steps.append({"day": day, "time": "10:00", "daily_dose_ug": dose})
    steps.append({"day": day + 1, "time": "10:00", "phase": "maintenance"})
    if rng.random() < 0.3:
        low = round(dose / 24 * 0.95, 2)
        steps.append({"day": day + 5, "time": "10:00", "mode": "flex",
                      "steps": [{"start": "07:00", "dose_ug_h": low}, {"start": "22:00", "dose_ug_h": round(low * rng.choice([1.1, 1.2, 1.25]), 2)}]})
    document: dict[str, Any] = {
        "itbverify": 1, "kind": "plan", "id": f"P-{i:06d}",
        "patient": {"age_years": rng.randint(18, 80) if adult else rng.randint(6, 17), "origin": origin, "cause": "multiple-sclerosis", "infection": False},
        "pump": {"programmable": True, "reservoir_ml": 20, "low_reservoir_alarm_ml": 2},
        "resuscitation_ready": True,
        "screening": [
            {"day": 0, "dose_ug": 25 if not adult else 50, "concentration_ug_ml": 50, "duration_min": 1, "response": "negative"},
            {"day": 1, "dose_ug": 50 if not adult else 75, "concentration_ug_ml": 50, "duration_min": 2, "response": "positive", "effect_h": 10},
        ],
        "refills": [{"day": 3, "time": "10:00", "volume_ml": 20, "concentration_ug_ml": 2000, "diluent": "none"}],
        "infusion": steps,
        "end": {"day": 33},
    }
    if rng.random() < 0.3:
        document["boluses"] = [{"day": rng.randint(5, 30), "time": "14:00", "dose_ug": rng.choice([10, 20, 40]), "via": "pump"}]
        document["boluses"].sort(key=lambda b: b["day"])
    return document


def generate(n: int, folder: Path, seed: int) -> tuple[Path, Path]:
    rng = random.Random(seed)
    jsonl = folder / f"plans-{n}.jsonl"
    yaml_dir = folder / f"plans-{n}"
    yaml_dir.mkdir()
    with jsonl.open("w", encoding="utf-8") as out:
        for i in range(n):
            document = plan(i, rng)
            out.write(json.dumps(document) + "\n")
            (yaml_dir / f"{document['id']}.yaml").write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return jsonl, yaml_dir


_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:]); "
    "sys.stderr.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) + chr(10))"
)


def run_batch(paths: list[str], *extra: str) -> tuple[float, dict[str, tuple[str, frozenset[str]]], float]:
    """Seconds, each document's (verdict, error requirements) by id, and the peak resident set in MB."""
    command = [str(Path(sys.executable).with_name("itbverify")), "batch", *paths, "--jobs", "2", "--no-progress", *extra]
    # A fresh wrapper per run: its RUSAGE_CHILDREN peak is this batch's (parent and workers) alone.
    wrapper = [sys.executable, "-c", _PEAK, *command]
    started = time.perf_counter()
    proc = subprocess.run(wrapper, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    peak_mb = int(proc.stderr.strip().splitlines()[-1]) / 1024
    outcomes: dict[str, tuple[str, frozenset[str]]] = {}
    for line in proc.stdout.splitlines():
        result = json.loads(line)
        errors = frozenset(f["requirement"] for f in result["findings"] if f["severity"] == "error" and f["requirement"])
        outcomes[result["id"]] = (result["verdict"], errors)
    return seconds, outcomes, peak_mb


def _counts(outcomes: dict[str, tuple[str, frozenset[str]]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for verdict, _ in outcomes.values():
        counts[verdict] = counts.get(verdict, 0) + 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--z3-subset", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in args.sizes:
            jsonl, yaml_dir = generate(n, folder, args.seed)
            started = time.perf_counter()
            parsed = sum(1 for _ in read_jsonl_file(jsonl, jsonl.name))
            jsonl_parse = time.perf_counter() - started
            started = time.perf_counter()
            for path in sorted(yaml_dir.iterdir()):
                next(iter(read_yaml_file(path, path.name)))
            yaml_parse = time.perf_counter() - started
            started = time.perf_counter()
            for path in sorted(yaml_dir.iterdir()):
                yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
            libyaml_parse = time.perf_counter() - started
            seconds, outcomes, peak = run_batch([str(jsonl)])
            assert len(outcomes) == n, f"{len(outcomes)} results for {n} documents"
            print(f"N={n}: JSONL batch --jobs 2: {n / seconds:.0f} plans/s ({seconds:.1f} s), peak {peak:.0f} MB, verdicts {_counts(outcomes)}")
            print(f"N={n}: JSONL parse alone: {parsed / jsonl_parse:.0f} plans/s ({jsonl_parse:.2f} s)")
            seconds_yaml, yaml_outcomes, _ = run_batch([str(yaml_dir)])
            print(f"N={n}: YAML batch --jobs 2: {n / seconds_yaml:.0f} plans/s ({seconds_yaml:.1f} s), {seconds_yaml / libyaml_parse:.2f}x the libyaml parse alone "
                  f"({n / libyaml_parse:.0f} plans/s, {libyaml_parse:.2f} s; itbverify's position-keeping reader alone: {n / yaml_parse:.0f} plans/s); "
                  f"same results as JSONL: {yaml_outcomes == outcomes}")
            subset = folder / f"subset-{n}.jsonl"
            subset.write_text("".join(jsonl.read_text(encoding="utf-8").splitlines(keepends=True)[: args.z3_subset]), encoding="utf-8")
            concrete_s, concrete_v, _ = run_batch([str(subset)])
            z3_s, z3_v, _ = run_batch([str(subset)], "--engine", "z3")
            # The batch's start-up (processes, rule set) is paid once; the rate is per document.
            print(f"N={n}: subset of {args.z3_subset}: auto {args.z3_subset / concrete_s:.0f} plans/s, z3 {args.z3_subset / z3_s:.1f} plans/s, "
                  f"ratio {z3_s / concrete_s:.0f}x (at the full batch's rate: {(n / seconds) / (args.z3_subset / z3_s):.0f}x), "
                  f"identical verdicts and error requirements per document: {concrete_v == z3_v}")

if __name__ == "__main__":
    main()
