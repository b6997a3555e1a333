"""Time the Z3 engine on long plans: a year of therapy, 10 to 500 events (run on demand).

    python benchmarks/events.py [--sizes 10 30 100 300 500] [--report] [--write DIR]

`plan(n)` builds a valid, SAFE `kind: plan` of exactly N events (one
screening dose, then infusion steps, pump boluses and refills): dose
selection from the effective screening dose in steps of at most 25% two
days apart, then maintenance with dose changes every other day that rise and
fall by under 10%, a small bolus most days and a refill every week, long
before the reservoir runs low. The plan is the same on every run. Each plan
is first checked SAFE by the concrete engine.

For each size, a fresh subprocess reads the plan and runs the check with
`--engine z3` in process; it reports its CPU time (user + system) and peak
resident memory (ru_maxrss; of its own worker processes too, if it starts
any: CPU added, the larger peak). `--report` also times the evidence report of
the largest plan (`itbverify report`, in process). `--base SRC` measures
another checkout's code (its `src` folder) instead of this one's.

Target: 500 events decided (not unknown) within 30 s of CPU and 300 MB; its
report within 60 s.

Figures before the change (commit 01d3161: every pair of steps of ITB-TITR-2
put to the solver, one case split over every segment of the document for
each window and instant), measured with `--base` on a checkout of it, on the
shared 2-core machine (CPU seconds of the whole process, peak MB):

    events   cpu s   peak MB   verdict
    10         0.4        63   safe
    30         0.5        65   safe
    100        2.0        73   safe
    300       11.5       151   unknown (ITB-TITR-3 ran out of its budget)
    500       27.8       242   unknown (ITB-TITR-3 ran out of its budget)
    report of 500 events: 52.0 s CPU, 354 MB

The issue's own plans, heavier in increases, took 115 s at 300 events and
330 s and 715 MB at 500 (both unknown); most of that was ITB-TITR-2's pairs.

After (the same machine; CPU varies by some 20% with its load): 10: 0.5 s,
63 MB; 30: 0.5 s, 64 MB; 100: 1.1 s, 66 MB; 300: 2.8 s, 75 MB; 500: 6.4 s,
96 MB, all safe; the report of 500 events 12.1 s, 125 MB. A plan of 500
events that are nearly all dose changes (many more pairs of increases for
ITB-TITR-2) takes about 9 s and 140 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

# Figures before the change, in the docstring's table: events -> (CPU s, peak MB, verdict).
BEFORE: dict[int, tuple[float, int, str]] = {
    10: (0.4, 63, "safe"),
    30: (0.5, 65, "safe"),
    100: (2.0, 73, "safe"),
    300: (11.5, 151, "unknown"),
    500: (27.8, 242, "unknown"),
}
BEFORE_REPORT = (52.0, 354)  # the report of the 500-event plan: CPU s, peak MB


def _clock(hour: int) -> dict[str, Any]:
    return {"day": hour // 24, "time": f"{hour % 24:02d}:00"}


def plan(n: int) -> str:
    """A SAFE plan of exactly N events (N >= 3), as YAML text."""
    if n < 3:
        raise ValueError("a plan of this shape needs at least 3 events")
    screening = [{"day": 0, "time": "09:00", "dose_ug": 50, "concentration_ug_ml": 50, "duration_min": 2,
                  "response": "positive", "effect_h": 8}]
    start = 34  # day 1 10:00
    steps: list[dict[str, Any]] = []
    boluses: list[dict[str, Any]] = []
    refills: list[dict[str, Any]] = []
    fill = {"volume_ml": 20, "concentration_ug_ml": 500, "diluent": "none"}
    count = 1
    # Dose selection: from 2 x the effective screening dose, up by at most 25% every 2 days, to about 300 ug.
    refills.append({**_clock(start), **fill})
    steps.append({**_clock(start), "phase": "titration", "mode": "continuous", "daily_dose_ug": 100,
                  "concentration_ug_ml": 500})
    count += 2
    dose, hour = 100, start
    while dose < 300 and count < n:
        hour += 48
        dose = min(300, dose * 5 // 4)
        steps.append({**_clock(hour), "daily_dose_ug": dose})
        count += 1
    # Maintenance: every week a refill, four dose changes two days apart (under 10% up or down) and five boluses.
    week = 0
    pattern = (20, 30, 10, 0)  # added to the week's base dose, in turn
    while count < n:
        base = 300 + 10 * (week % 5)
        monday = hour + 24
        week_events: list[tuple[int, str, dict[str, Any]]] = [(monday, "refill", fill)]
        for i, extra in enumerate(pattern):
            change: dict[str, Any] = {"daily_dose_ug": base + extra}
            if week == 0 and i == 0:
                change["phase"] = "maintenance"
            week_events.append((monday + 1 + 48 * i, "step", change))
        for i in range(5):
            week_events.append((monday + 30 + 24 * i, "bolus", {"dose_ug": 10 + 5 * (i % 3), "via": "pump"}))
        for at, kind, fields in sorted(week_events, key=lambda e: e[0]):
            if count >= n:
                break
            entry = {**_clock(at), **fields}
            {"refill": refills, "step": steps, "bolus": boluses}[kind].append(entry)
            count += 1
        hour = monday + 1 + 48 * 3
        week += 1
    document = {"itbverify": 1, "kind": "plan", "id": f"year-{n}-events",
                "patient": {"age_years": 41, "weight_kg": 78, "origin": "spinal", "cause": "spinal-cord-injury",
                            "infection": False},
                "pump": {"programmable": True, "reservoir_ml": 20, "low_reservoir_alarm_ml": 2},
                "resuscitation_ready": True, "screening": screening, "infusion": steps, "boluses": boluses,
                "refills": refills}
    return _yaml(document)


def _yaml(document: dict[str, Any]) -> str:
    """Block YAML, one event a line (a flow mapping each): JSON's flow syntax is YAML's."""
    lines = []
    for key, value in document.items():
        if isinstance(value, list) and not value:
            continue
        if isinstance(value, list):
            lines.append(f"{key}:")
            lines += [f"  - {json.dumps(item)}" for item in value]
        else:
            lines.append(f"{key}: {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def _measure(path: Path, engine: str, report: bool) -> dict[str, Any]:
    """In this (fresh) process: check or report one plan; CPU seconds and peak MB of the process."""
    from itbverify.analyses.check import check_source
    from itbverify.documents.read import read_sources
    from itbverify.language.ruleset import default_ruleset

    ruleset = default_ruleset()
    source = next(iter(read_sources(path, str(path))))
    if report:
        from itbverify.app.cli import main as cli

        with tempfile.TemporaryDirectory() as folder:
            code = cli(["report", str(path), "--output", folder])
        verdict = f"exit {code}"
    else:
        result = check_source(source, ruleset, engine=engine)
        unknown = list(result.unknown)
        verdict = result.verdict + (f" ({', '.join(unknown)} unknown)" if unknown else "")
    # The whole process, its start-up included, as a command-line check would spend, and the processes it
    # started (the report decides its documents in worker processes): CPU added up, the larger peak.
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return {"cpu": cpu, "peak_mb": max(own.ru_maxrss, children.ru_maxrss) / 1024, "verdict": verdict}


def _child(path: Path, engine: str, report: bool, src: Path | None) -> dict[str, Any]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", str(path), "--engine", engine]
    if report:
        command.append("--report-only")
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"measuring {path} failed:\n{done.stderr}")
    measured: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return measured


def _concrete_verdict(path: Path) -> str:
    from itbverify.analyses.check import check_source
    from itbverify.documents.read import read_sources
    from itbverify.language.ruleset import default_ruleset

    result = check_source(next(iter(read_sources(path, str(path)))), default_ruleset(), engine="concrete")
    if result.findings:
        raise SystemExit(f"{path.name}: the generated plan has findings: {[f.message for f in result.findings]}")
    return str(result.verdict)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 30, 100, 300, 500])
    parser.add_argument("--report", action="store_true", help="also time the evidence report of the largest plan")
    parser.add_argument("--base", type=Path, help="measure the code of another checkout's src folder")
    parser.add_argument("--write", type=Path, help="write the plans to this folder and stop")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="z3", help=argparse.SUPPRESS)
    parser.add_argument("--report-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure is not None:
        print(json.dumps(_measure(args.measure, args.engine, args.report_only)))
        return
    folder = args.write or Path(tempfile.mkdtemp(prefix="itb-events-"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for n in args.sizes:
        paths[n] = folder / f"year-{n}-events.yaml"
        paths[n].write_text(plan(n), encoding="utf-8")
        verdict = _concrete_verdict(paths[n])
        if verdict != "safe":
            raise SystemExit(f"{paths[n].name}: the concrete engine finds it {verdict}, not safe")
    if args.write is not None:
        print(f"wrote {len(paths)} plans to {folder}")
        return
    print(f"{'events':>6} {'cpu s':>8} {'peak MB':>8}  {'verdict':<12} | before: {'cpu s':>7} {'peak MB':>8}  verdict")
    for n, path in paths.items():
        now = _child(path, "z3", False, args.base)
        before = BEFORE.get(n)
        was = f"{before[0]:>7.1f} {before[1]:>8}  {before[2]}" if before else "-"
        print(f"{n:>6} {now['cpu']:>8.1f} {now['peak_mb']:>8.0f}  {now['verdict']:<12} | {was}", flush=True)
    if args.report:
        n = max(paths)
        now = _child(paths[n], "z3", True, args.base)
        was = f"; before: {BEFORE_REPORT[0]:.1f} s, {BEFORE_REPORT[1]} MB" if n == 500 else ""
        print(f"report of {n} events: {now['cpu']:.1f} s CPU, {now['peak_mb']:.0f} MB peak, {now['verdict']}{was}")


if __name__ == "__main__":
    main()
