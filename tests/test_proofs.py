"""Proof artefacts: standalone SMT-LIB queries that re-check, and break when edited."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO, run_cli


def test_the_repository_proofs_still_hold() -> None:
    """CI: a rule change that invalidates a stored proof cannot land unnoticed."""
    proc = run_cli("proofs", "verify", "proofs", cwd=REPO)
    assert proc.returncode == 0, proc.stdout
    assert "all confirmed" in proc.stdout


def test_every_query_is_standalone_for_the_z3_command() -> None:
    z3_command = Path(sys.executable).with_name("z3")
    manifest = json.loads((REPO / "proofs" / "manifest.json").read_text(encoding="utf-8"))
    checked = 0
    for entry in manifest["artefacts"][:40]:
        if not z3_command.exists():
            break
        out = subprocess.run([str(z3_command), str(REPO / "proofs" / entry["file"])], capture_output=True, text=True, timeout=120)
        assert out.stdout.strip() == entry["result"], entry
        checked += 1
    assert checked or not z3_command.exists()
    results = {e["result"] for e in manifest["artefacts"]}
    assert {"unsat", "sat"} <= results
    assert any(e["requirement"] == "consistency" and e["result"] == "sat" for e in manifest["artefacts"])


def test_an_edited_artefact_fails_verification(tmp_path: Path) -> None:
    copy = tmp_path / "proofs"
    shutil.copytree(REPO / "proofs", copy)
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    target = copy / manifest["artefacts"][0]["file"]
    target.write_text(target.read_text(encoding="utf-8").replace("(check-sat)", "(assert false)\n(check-sat)"), encoding="utf-8")
    proc = run_cli("proofs", "verify", str(copy), cwd=REPO)
    assert proc.returncode == 1 and "SHA-256" in proc.stdout


def test_a_manifest_claiming_the_wrong_answer_fails(tmp_path: Path) -> None:
    copy = tmp_path / "proofs"
    shutil.copytree(REPO / "proofs", copy)
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    entry = next(e for e in manifest["artefacts"] if e["result"] == "unsat")
    entry["result"] = "sat"
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    proc = run_cli("proofs", "verify", str(copy), cwd=REPO)
    assert proc.returncode == 1 and "the solver answers unsat" in proc.stdout
