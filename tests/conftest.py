"""Shared helpers: build documents as Python data, check them, read results."""

from __future__ import annotations

import contextlib
import copy
import io
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml

from itbverify.analyses.check import check_paths
from itbverify.engines.results import Result
from itbverify.language.ruleset import default_ruleset

REPO = Path(__file__).resolve().parents[1]
# libyaml's dumper where the machine has it: the generated-document tests write thousands of documents, and
# the pure-Python one takes a quarter of their time. Its text reads back as the same data.
DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
SHARED = REPO.parent / "shared"
# The conformance cases: the shared ones when they are beside the checkout, else the project's own copy
# (tests/cases, the same cases and expectations as of the spec's round four), so a fresh clone runs them too.
SHARED_CASES = SHARED / "examples" / "cases"
OWN_CASES = REPO / "tests" / "cases"
CASES = SHARED_CASES if SHARED_CASES.is_dir() else OWN_CASES


def itbverify_command() -> list[str]:
    """The installed console script if there is one beside this Python, else `python -m itbverify`."""
    script = Path(sys.executable).with_name("itbverify")
    if script.exists():
        return [str(script)]
    found = shutil.which("itbverify")
    return [found] if found else [sys.executable, "-m", "itbverify"]


# Commands that start processes of their own (a pool, a server to fork from) run as a real command.
_OWN_PROCESSES = frozenset({"batch", "report", "proofs"})


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The command's exit code and output, run in this process where that tests the same thing.

    The command's `main` is what the console script runs, less the process start-up (half a second
    a call, hundreds of calls); tests/test_cli_errors.py and tests/test_layers.py keep real
    command runs, and ITB_TESTS_SUBPROCESS=1 runs every call as one.
    """
    if os.environ.get("ITB_TESTS_SUBPROCESS") == "1" or (args and args[0] in _OWN_PROCESSES):
        return run_process(*args, cwd=cwd)
    from itbverify.app.cli import main

    out, err = io.StringIO(), io.StringIO()
    # From CWD, as the command would be started there (the workers of the suite run one test at a time).
    with contextlib.chdir(cwd or os.getcwd()), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as stop:  # argparse's usage errors
            code = stop.code if isinstance(stop.code, int) else 2
    return subprocess.CompletedProcess(["itbverify", *args], code, out.getvalue(), err.getvalue())


def run_process(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command run in a process of its own."""
    # The verdicts rest on solver budgets of work, not seconds; this limit only stops a command that
    # hangs, and is wide enough that a busy machine (a flex configuration takes minutes there) passes.
    return subprocess.run(itbverify_command() + list(args), check=False, capture_output=True, text=True, cwd=cwd, timeout=1200)


T = TypeVar("T")


def once_per_run(tmp_path_factory: pytest.TempPathFactory, name: str, produce: Callable[[], T]) -> T:
    """PRODUCE's value, made once in the whole run however many of the suite's workers ask for it.

    A costly fixture (a configuration proved, two configurations compared) read by tests that the
    workers share out between them would otherwise be made by each. The first worker to ask makes it and
    keeps it (pickled) in the run's temporary folder, which all the workers share; the others wait for it
    and read it. Run without workers, the value is made as any fixture's is.
    """
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        return produce()
    import fcntl

    kept = tmp_path_factory.getbasetemp().parent / f"once-{name}.pickle"
    with open(kept.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if kept.is_file():
            value: T = pickle.loads(kept.read_bytes())
            return value
        value = produce()
        kept.write_bytes(pickle.dumps(value))
        return value


def base_plan(**overrides: Any) -> dict[str, Any]:
    """The safe adult spinal plan of the conformance cases, as data; override keys at the top level."""
    plan: dict[str, Any] = {
        "itbverify": 1,
        "kind": "plan",
        "id": "test-plan",
        "patient": {"age_years": 34, "weight_kg": 70, "origin": "spinal", "cause": "multiple-sclerosis", "infection": False},
        "pump": {"programmable": True, "reservoir_ml": 20, "low_reservoir_alarm_ml": 2},
        "resuscitation_ready": True,
        "screening": [
            {"day": 0, "dose_ug": 50, "concentration_ug_ml": 50, "duration_min": 1, "response": "negative"},
            {"day": 1, "dose_ug": 75, "concentration_ug_ml": 50, "duration_min": 2, "response": "positive", "effect_h": 10},
        ],
        "refills": [{"day": 3, "time": "10:00", "volume_ml": 20, "concentration_ug_ml": 500, "diluent": "none"}],
        "infusion": [
            {"day": 3, "time": "10:00", "phase": "titration", "mode": "continuous", "daily_dose_ug": 150, "concentration_ug_ml": 500, "rate_ml_day": 0.3},
            {"day": 4, "time": "10:00", "daily_dose_ug": 180},
            {"day": 5, "time": "10:00", "daily_dose_ug": 216},
            {"day": 6, "time": "10:00", "daily_dose_ug": 259},
            {"day": 7, "time": "10:00", "phase": "maintenance"},
        ],
        "end": {"day": 10},
    }
    plan.update(copy.deepcopy(overrides))
    return plan


def write_yaml(folder: Path, name: str, document: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def check_document(folder: Path, document: dict[str, Any], name: str = "doc.yaml", timeout_s: float = 30.0) -> Result:
    path = write_yaml(folder, name, document)
    run = check_paths([str(path)], default_ruleset(), timeout_s)
    assert len(run.results) == 1, run
    return run.results[0]


def errors(result: Result) -> set[str]:
    return {f.requirement for f in result.findings if f.severity == "error" and f.requirement}


def warnings(result: Result) -> set[str]:
    return {f.requirement for f in result.findings if f.severity == "warning" and f.requirement}


@pytest.fixture
def check(tmp_path: Path):  # type: ignore[no-untyped-def]
    """check(document_dict) -> Result, written to a fresh YAML file."""
    counter = iter(range(10_000))

    def _check(document: dict[str, Any]) -> Result:
        return check_document(tmp_path, document, f"doc-{next(counter)}.yaml")

    return _check
