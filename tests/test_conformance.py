"""The conformance cases, run against the installed command as users run it.

Every case of CASES (the shared cases beside the checkout, else the project's own copy in tests/cases)
is checked here case by case: the verdict, the exact set of error requirements, the expected warnings
among those reported, and the exit code. When ../shared/examples is present its own `check` script
runs too, and the project's copy must still be the shared cases.
"""

from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys

import pytest
import yaml
from conftest import CASES, OWN_CASES, SHARED_CASES, itbverify_command, run_cli

CHECK = SHARED_CASES.parent / "check"
EXIT = {"safe": 0, "unsafe": 1, "invalid": 2, "unknown": 3}
EXPECTED = yaml.safe_load((CASES / "expected.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_case(name: str) -> None:
    expected = EXPECTED[name]
    proc = run_cli("check", "--format", "json", str(CASES / name))
    result = json.loads(proc.stdout)
    findings = result["findings"]
    errors = {f["requirement"] for f in findings if f["severity"] == "error"} - {None}
    warnings = {f["requirement"] for f in findings if f["severity"] == "warning"}
    assert result["verdict"] == expected["verdict"], proc.stdout
    if expected["verdict"] != "invalid":
        assert errors == set(expected["errors"]), proc.stdout
    else:
        assert findings and all(f["line"] for f in findings), proc.stdout
    assert set(expected["warnings"]) <= warnings, proc.stdout
    assert proc.returncode == EXIT[expected["verdict"]], proc.stdout + proc.stderr


@pytest.mark.skipif(not CHECK.exists(), reason="../shared/examples is not beside this checkout")
@pytest.mark.parametrize("kind", ["plan", "program"])
def test_shared_check_script_passes(kind: str) -> None:
    env = dict(os.environ, ITBVERIFY=" ".join(itbverify_command()))
    proc = subprocess.run([sys.executable, str(CHECK), "--kind", kind, "-v"], check=False, capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    passed = int(last.split()[0])
    assert passed > 0 and " 0 failed" in last, proc.stdout


@pytest.mark.skipif(not SHARED_CASES.is_dir(), reason="../shared/examples is not beside this checkout")
def test_own_copy_is_the_shared_cases() -> None:
    # A revised spec round brings new or changed cases: the project's copy follows them.
    shared = sorted(p.name for p in SHARED_CASES.iterdir())
    own = sorted(p.name for p in OWN_CASES.iterdir())
    assert own == shared
    _, mismatch, errors = filecmp.cmpfiles(SHARED_CASES, OWN_CASES, shared, shallow=False)
    assert mismatch == [] and errors == []
