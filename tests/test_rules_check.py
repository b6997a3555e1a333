"""`itbverify rules` and `itbverify rules --check`: the rule set listed, and proved consistent."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import SHARED, run_cli

from itbverify.base.resources import rules_dir


@pytest.mark.skipif(not (SHARED / "spec" / "requirements.yaml").is_file(), reason="../shared/spec/requirements.yaml is not beside this checkout")
def test_rules_lists_every_requirement_with_its_source() -> None:
    proc = run_cli("rules", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    ids = {row["id"] for row in rows}
    spec = yaml.safe_load((SHARED / "spec" / "requirements.yaml").read_text(encoding="utf-8"))
    expected = {r["id"]: r for r in spec["requirements"]}
    assert ids == set(expected)
    for row in rows:
        requirement = expected[row["id"]]
        assert row["severity"] == requirement["severity"], row
        assert row["basis"] == requirement["basis"], row
        assert row["label_lines"] == requirement["source"], row
        assert row["file"].startswith("rules/") and row["line"] >= 1


def test_shipped_rule_set_is_consistent_and_no_rule_is_vacuous() -> None:
    proc = run_cli("rules", "--check", "--format", "json")
    report = json.loads(proc.stdout)
    assert proc.returncode == 0, proc.stdout
    assert report["ok"] and not report["inconsistent"] and not report["vacuous"] and not report["unknown"]
    assert len(report["consistent"]) >= 4
    assert report["witnesses"], "a consistent rule set comes with a witness plan"


def test_the_self_check_answers_the_same_whatever_the_process_built_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each query is decided from its own canonical text in a fresh context, never in the process's
    shared one, where Z3 numbers the terms in the order the process made and freed them (a query near
    its budget was once decided under one numbering and unknown under another)."""
    import z3

    from itbverify.analyses.consistency import check_ruleset
    from itbverify.language.ruleset import default_ruleset

    shared: list[bool] = []
    check = z3.Solver.check

    def watched(self: z3.Solver, *assumptions: z3.ExprRef) -> z3.CheckSatResult:
        shared.append(self.ctx == z3.main_ctx())
        return check(self, *assumptions)

    monkeypatch.setattr(z3.Solver, "check", watched)
    ruleset = default_ruleset()
    first = check_ruleset(ruleset, 10.0, profiles=[("cerebral", "child")]).to_json()
    assert shared and not any(shared), f"{sum(shared)} of {len(shared)} queries were checked in the shared context"
    # Terms made, and every other one freed: their ids are handed out again, out of order, to the next terms made.
    kept = [z3.Real(f"unrelated_{i}") * i + 1 for i in range(20000)]
    del kept[::2]
    again = check_ruleset(ruleset, 10.0, profiles=[("cerebral", "child")]).to_json()
    assert kept and again == first
    assert first["ok"] and not first["unknown"], first["unknown"]


def test_contradictory_rule_file_is_reported_with_the_conflicting_ids(tmp_path: Path) -> None:
    # The rule ITB-ROUTE-1 is in, and the definitions: the shipped rules' own consistency is tested above.
    folder = tmp_path / "rules"
    folder.mkdir()
    for name in ("definitions.rules", "route-and-product.rules"):
        shutil.copy(rules_dir() / name, folder)
    (folder / "contradiction.rules").write_text(
        '''rule ITB-TEST-1 "Epidural only (deliberately contradicts ITB-ROUTE-1)"
  severity error
  basis interpretation
  label lines 75
  applies to plan, history-plan, program
  check
    require route = "epidural"
    message "route is {route}"
end
''',
        encoding="utf-8",
    )
    proc = run_cli("rules", "--check", "--rule-set", str(folder), "--format", "json")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["inconsistent"]
    for item in report["inconsistent"]:
        assert sorted(item["conflicting"]) == ["ITB-ROUTE-1", "ITB-TEST-1"], item
    text = run_cli("rules", "--check", "--rule-set", str(folder))
    assert text.returncode == 1 and "ITB-ROUTE-1" in text.stdout and "ITB-TEST-1" in text.stdout


def test_a_rule_no_plan_can_break_is_reported_vacuous(tmp_path: Path) -> None:
    # The definitions and the rule alone: the shipped rules' own vacuity is the test above's.
    folder = tmp_path / "rules"
    folder.mkdir()
    shutil.copy(rules_dir() / "definitions.rules", folder)
    (folder / "vacuous.rules").write_text(
        '''rule ITB-TEST-2 "Doses are never negative (the format already says so)"
  severity error
  basis interpretation
  label lines 1
  applies to plan
  check
    for each s in steps:
    require s.daily_dose_ug >= 0
    message "negative dose"
end
''',
        encoding="utf-8",
    )
    proc = run_cli("rules", "--check", "--rule-set", str(folder), "--format", "json")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["vacuous"] == ["ITB-TEST-2"]


def test_a_rule_file_with_a_syntax_error_is_refused_with_its_location(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "broken.rules").write_text('rule ITB-X-1 "x"\n  severity error\n  basis label\n  label lines 1\n  applies to plan\n  check\n    require route =\n    message "m"\nend\n', encoding="utf-8")
    proc = run_cli("rules", "--rule-set", str(folder))
    assert proc.returncode == 2
    assert "broken.rules:8:" in proc.stderr and "expected" in proc.stderr


def test_a_rule_file_with_a_type_error_is_refused_with_its_location(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "typed.rules").write_text('rule ITB-X-1 "x"\n  severity error\n  basis label\n  label lines 1\n  applies to plan\n  check\n    require route + 1 = "x"\n    message "m"\nend\n', encoding="utf-8")
    proc = run_cli("rules", "--check", "--rule-set", str(folder))
    assert proc.returncode == 2
    assert "typed.rules:7:21:" in proc.stderr and "expected a text, found a number" in proc.stderr
