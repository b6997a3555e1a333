"""The shared conformance cases, run against the installed command as users run it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import SHARED, itbverify_command

CHECK = SHARED / "examples" / "check"

pytestmark = pytest.mark.skipif(not CHECK.exists(), reason="../shared/examples is not beside this checkout")


@pytest.mark.parametrize("kind", ["plan", "program"])
def test_conformance_cases_pass(kind: str) -> None:
    env = dict(os.environ, ITBVERIFY=" ".join(itbverify_command()))
    proc = subprocess.run([sys.executable, str(CHECK), "--kind", kind, "-v"], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    passed = int(last.split()[0])
    assert passed > 0 and " 0 failed" in last, proc.stdout
