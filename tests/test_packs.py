"""Policy packs: a user's own rules, in the rule language, added to the label's (language/ruleset.with_packs).

A pack adds to the label and never takes from it: its rules take ids of their
own and cite their source, and a name the label defines is not defined again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from itbverify.analyses.check import check_text
from itbverify.language.ruleset import PackError, default_ruleset, with_packs
from itbverify.language.syntax import RuleSyntaxError

ROOT = Path(__file__).resolve().parents[1]
PLAN = (ROOT / "examples" / "titration-spinal-adult.yaml").read_text(encoding="utf-8")  # alarm at 2 mL, safe under the label

ALARM_AT_4 = '''
# The clinic sets the low-reservoir alarm at 4 mL, not 2.
define clinic_alarm_ml = 4

rule CLINIC-ALARM-1 "The low-reservoir alarm is set at 4 mL or more"
  severity error
  basis interpretation
  source "Clinic ITB protocol v3, section 4.2"
  applies to plan, history-plan, program
  check
    require pump.low_reservoir_alarm_ml >= clinic_alarm_ml
    message "the alarm is set at {pump.low_reservoir_alarm_ml} mL; the clinic sets it at {clinic_alarm_ml} mL or more"
end
'''


def _pack(tmp_path: Path, text: str, name: str = "clinic.rules") -> Path:
    folder = tmp_path / "pack"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def _errors(result: object) -> set[str]:
    return {f.requirement for f in result.findings if f.severity == "error" and f.requirement}  # type: ignore[attr-defined]


def test_a_plan_safe_under_the_label_breaks_the_packs_rule_only_with_the_pack(tmp_path: Path) -> None:
    label = check_text(PLAN, "plan.yaml", default_ruleset())
    assert label.verdict == "safe", label.findings
    packed = with_packs([_pack(tmp_path, ALARM_AT_4)])
    assert {r.id for r in packed.rules} == {r.id for r in default_ruleset().rules} | {"CLINIC-ALARM-1"}
    result = check_text(PLAN, "plan.yaml", packed)
    assert result.verdict == "unsafe" and _errors(result) == {"CLINIC-ALARM-1"}
    finding = next(f for f in result.findings if f.requirement == "CLINIC-ALARM-1")
    assert "the alarm is set at 2 mL; the clinic sets it at 4 mL or more" in finding.message
    rule = packed.rule("CLINIC-ALARM-1")
    assert rule.source == "Clinic ITB protocol v3, section 4.2" and rule.label_lines == ()


def test_at_4_ml_the_packs_rule_holds(tmp_path: Path) -> None:
    plan = PLAN.replace("low_reservoir_alarm_ml: 2}", "low_reservoir_alarm_ml: 4}")
    assert plan != PLAN
    result = check_text(plan, "plan.yaml", with_packs([_pack(tmp_path, ALARM_AT_4)]))
    assert "CLINIC-ALARM-1" not in _errors(result), result.findings


def _refused(tmp_path: Path, text: str) -> RuleSyntaxError:
    with pytest.raises(RuleSyntaxError) as caught:
        with_packs([_pack(tmp_path, text)])
    return caught.value


def test_a_pack_cannot_take_a_label_id(tmp_path: Path) -> None:
    error = _refused(tmp_path, ALARM_AT_4.replace("CLINIC-ALARM-1", "ITB-PUMP-4"))
    assert (error.pos.line, error.pos.column) == (5, 1) and "the label's requirements" in error.message
    error = _refused(tmp_path, ALARM_AT_4.replace("CLINIC-ALARM-1", "ITB-LOCAL-1"))
    assert "an id of its own" in error.message


def test_a_packs_rule_cites_its_source_not_label_lines(tmp_path: Path) -> None:
    error = _refused(tmp_path, ALARM_AT_4.replace('  source "Clinic ITB protocol v3, section 4.2"\n', ""))
    assert error.pos.line == 5 and "neither the label lines it comes from nor its source" in error.message
    error = _refused(tmp_path, ALARM_AT_4.replace('  source "Clinic ITB protocol v3, section 4.2"\n', "  label lines 12\n"))
    assert "does not cite its source" in error.message
    error = _refused(tmp_path, ALARM_AT_4.replace('  source "Clinic', '  label lines 12\n  source "Clinic'))
    assert "cites label lines" in error.message


def test_a_pack_cannot_define_again_a_name_the_label_defines(tmp_path: Path) -> None:
    error = _refused(tmp_path, "define increase_gap = 12 h\n" + ALARM_AT_4)
    assert error.pos.line == 1 and "'increase_gap' is defined twice" in error.message


def test_a_packs_mistake_is_located_in_its_file(tmp_path: Path) -> None:
    error = _refused(tmp_path, ALARM_AT_4.replace("pump.low_reservoir_alarm_ml >=", "pump.low_reservoir_alarm >="))
    assert error.pos.file.endswith("clinic.rules") and error.pos.line == 11
    assert "unknown attribute '.low_reservoir_alarm'" in error.message


def test_a_pack_folder_must_hold_rule_files(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no such folder"):
        with_packs([tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(PackError, match="no .rules files"):
        with_packs([tmp_path / "empty"])


def test_without_packs_the_rule_set_is_the_bundled_one() -> None:
    assert with_packs([]) is default_ruleset()


# ---- through the command line ---------------------------------------------------------------------------

def test_check_with_a_pack_is_unsafe_where_the_label_alone_is_safe(tmp_path: Path) -> None:
    import json

    from conftest import run_cli

    pack = _pack(tmp_path, ALARM_AT_4)
    plan = str(ROOT / "examples" / "titration-spinal-adult.yaml")
    assert run_cli("check", plan).returncode == 0
    proc = run_cli("check", plan, "--rules", str(pack), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    result = json.loads(proc.stdout)
    assert [f["requirement"] for f in result["findings"]] == ["CLINIC-ALARM-1"]


def test_batch_workers_check_with_the_pack(tmp_path: Path) -> None:
    import json

    from conftest import run_cli

    pack = _pack(tmp_path, ALARM_AT_4)
    plan = ROOT / "examples" / "titration-spinal-adult.yaml"
    lines = tmp_path / "plans.jsonl"
    import yaml

    document = yaml.safe_load(plan.read_text(encoding="utf-8"))
    lines.write_text("\n".join(json.dumps({**document, "id": f"p{i}"}) for i in range(3)) + "\n", encoding="utf-8")
    proc = run_cli("batch", str(lines), "--jobs", "2", "--rules", str(pack))
    assert proc.returncode == 1, proc.stderr
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(results) == 3 and all([f["requirement"] for f in r["findings"]] == ["CLINIC-ALARM-1"] for r in results)


def test_a_broken_pack_is_a_located_error_on_every_command(tmp_path: Path) -> None:
    from conftest import run_cli

    pack = _pack(tmp_path, ALARM_AT_4.replace("pump.low_reservoir_alarm_ml >=", "pump.low_reservoir_alarm >="))
    plan = str(ROOT / "examples" / "titration-spinal-adult.yaml")
    for command in (["check", plan], ["batch", plan], ["envelope", plan], ["rules"], ["rules", "--check"],
                    ["report", plan, "--output", str(tmp_path / "report")],
                    ["conform", "--target", "python:x:decide", "--sessions", "1"]):
        proc = run_cli(*command, "--rules", str(pack))
        assert proc.returncode == 2, (command, proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr
        assert "clinic.rules:11:" in proc.stderr and "unknown attribute '.low_reservoir_alarm'" in proc.stderr, (command, proc.stderr)


def test_rules_lists_a_packs_rule_with_its_source(tmp_path: Path) -> None:
    import json

    from conftest import run_cli

    pack = _pack(tmp_path, ALARM_AT_4)
    proc = run_cli("rules", "--rules", str(pack), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    row = next(r for r in json.loads(proc.stdout) if r["id"] == "CLINIC-ALARM-1")
    assert row["source"] == "Clinic ITB protocol v3, section 4.2" and row["label_lines"] == []
    text = run_cli("rules", "--rules", str(pack)).stdout
    assert "CLINIC-ALARM-1" in text and "source Clinic ITB protocol v3, section 4.2" in text


def test_a_whole_rule_set_and_a_pack_are_not_given_together(tmp_path: Path) -> None:
    from conftest import run_cli

    proc = run_cli("rules", "--rule-set", str(ROOT / "rules"), "--rules", str(_pack(tmp_path, ALARM_AT_4)))
    assert proc.returncode == 2 and "give one or the other" in proc.stderr


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github"])
def test_a_packs_finding_shows_its_id_source_and_place_in_every_output(tmp_path: Path, fmt: str) -> None:
    from conftest import run_cli

    proc = run_cli("check", str(ROOT / "examples" / "titration-spinal-adult.yaml"), "--rules", str(_pack(tmp_path, ALARM_AT_4)), "--format", fmt)
    assert proc.returncode == 1, proc.stderr
    for words in ("CLINIC-ALARM-1", "Clinic ITB protocol v3, section 4.2", "the alarm is set at 2 mL", "titration-spinal-adult.yaml"):
        assert words in proc.stdout, (fmt, words, proc.stdout[:2000])


CONTRADICTS = '''
rule LOCAL-ROUTE-1 "Epidural only (contradicts the label's intrathecal route)"
  severity error
  basis interpretation
  source "A protocol written for another drug"
  applies to plan, history-plan, program
  check
    require route = "epidural"
    message "route is {route}"
end
'''


def test_rules_check_reports_a_pack_rule_that_contradicts_the_label_with_its_core(tmp_path: Path) -> None:
    import json

    from conftest import run_cli

    proc = run_cli("rules", "--check", "--timeout", "20", "--rules", str(_pack(tmp_path, CONTRADICTS)), "--format", "json")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["inconsistent"], report
    for item in report["inconsistent"]:
        assert "LOCAL-ROUTE-1" in item["conflicting"] and "ITB-ROUTE-1" in item["conflicting"], item


BOLUS_AT_MOST_20 = '''
rule CLINIC-BOLUS-1 "No pump bolus above 20 ug"
  severity error
  basis interpretation
  source "Clinic ITB protocol v3, section 5.1"
  applies to plan
  check
    for each b in boluses where b.via = "pump":
    require b.dose_ug <= 20
    message "a pump bolus of {b.dose_ug} ug; the clinic gives at most 20 ug"
    at b
end
'''


def test_conform_meets_a_packs_rule_at_its_boundary_and_catches_a_target_that_ignores_it(tmp_path: Path) -> None:
    """The reference checker knows the label only: with the clinic's pack, its acceptance of a larger bolus is unsafe."""
    import json

    from conftest import run_cli

    reference = ROOT / "examples" / "pump-software" / "reference_checker.py"
    proc = run_cli("conform", "--target", f"python:{reference}:decide", "--sessions", "20", "--seed", "0", "--format", "json",
                   "--rules", str(_pack(tmp_path, BOLUS_AT_MOST_20)))
    assert proc.returncode == 1, proc.stderr
    out = json.loads(proc.stdout)
    failures = out["unsafe_acceptances"]
    assert failures and {f["requirement"] for f in failures} == {"CLINIC-BOLUS-1"}
    cover = out["coverage"]["CLINIC-BOLUS-1"]
    assert cover["covered"], cover


# ---- itbverify test: a folder of cases with their expected results ----------------------------------------

def _cases(tmp_path: Path, expected: str) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "alarm-2.yaml").write_text(PLAN, encoding="utf-8")
    (folder / "alarm-4.yaml").write_text(PLAN.replace("low_reservoir_alarm_ml: 2}", "low_reservoir_alarm_ml: 4}"), encoding="utf-8")
    (folder / "expected.yaml").write_text(expected, encoding="utf-8")
    return folder


EXPECTED_WITH_PACK = """\
alarm-2.yaml: {verdict: unsafe, errors: [CLINIC-ALARM-1], warnings: []}
alarm-4.yaml: {verdict: safe, errors: [], warnings: []}
"""


def test_test_passes_the_cases_with_the_pack_and_fails_them_without(tmp_path: Path) -> None:
    from conftest import run_cli

    cases, pack = _cases(tmp_path, EXPECTED_WITH_PACK), _pack(tmp_path, ALARM_AT_4)
    proc = run_cli("test", str(cases), "--rules", str(pack))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[-1] == "2 passed, 0 failed"
    proc = run_cli("test", str(cases))
    assert proc.returncode == 1
    assert f"FAIL {cases / 'alarm-2.yaml'}: verdict safe, expected unsafe; errors [], expected [CLINIC-ALARM-1]" in proc.stdout
    assert proc.stdout.splitlines()[-1] == "1 passed, 1 failed"


def test_test_writes_junit_a_case_each(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    from conftest import run_cli

    proc = run_cli("test", str(_cases(tmp_path, EXPECTED_WITH_PACK)), "--format", "junit")
    assert proc.returncode == 1
    suite = ET.fromstring(proc.stdout).find("testsuite")
    assert suite is not None and suite.get("tests") == "2" and suite.get("failures") == "1"
    failed = [c.get("name") for c in suite.iter("testcase") if c.find("failure") is not None]
    assert failed == ["alarm-2.yaml"]


@pytest.mark.parametrize(("expected", "words"), [
    ("alarm-2.yaml: {verdict: unsafe, errors: [CLINIC-ALARM-1], warning: []}\n", ("expected.yaml:1:", "unknown key 'warning'")),
    ("alarm-2.yaml: {verdict: broken}\n", ("expected.yaml:1:", "verdict: expected one of")),
    ("alarm-2.yaml: {errors: []}\n", ("expected.yaml:1:", "gives no verdict")),
    ("missing.yaml: {verdict: safe}\n", ("expected.yaml:1:", "no case file missing.yaml")),
    ("alarm-2.yaml: {verdict: safe, errors: CLINIC-ALARM-1}\n", ("expected.yaml:1:", "expected a list of requirement ids")),
    ("- alarm-2.yaml\n", ("expected.yaml:1:1:", "expected a mapping")),
], ids=["unknown-key", "bad-verdict", "no-verdict", "no-file", "not-a-list", "not-a-mapping"])
def test_test_refuses_an_expected_file_not_of_the_form_with_its_place(tmp_path: Path, expected: str, words: tuple[str, ...]) -> None:
    from conftest import run_cli

    proc = run_cli("test", str(_cases(tmp_path, expected)))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    for word in words:
        assert word in proc.stderr, (word, proc.stderr)


def test_test_of_a_folder_without_expected_results(tmp_path: Path) -> None:
    from conftest import run_cli

    proc = run_cli("test", str(tmp_path))
    assert proc.returncode == 2 and "no expected.yaml" in proc.stderr
    proc = run_cli("test", str(tmp_path / "nowhere"))
    assert proc.returncode == 2 and "no such folder" in proc.stderr


# ---- the example packs of examples/policies --------------------------------------------------------------

POLICIES = ROOT / "examples" / "policies"


@pytest.mark.parametrize("pack", sorted(p.name for p in POLICIES.iterdir() if (p / "cases").is_dir()))
def test_each_example_pack_passes_its_own_cases_and_the_label_alone_finds_its_plans_safe(pack: str) -> None:
    import yaml
    from conftest import run_cli

    folder = POLICIES / pack
    proc = run_cli("test", str(folder / "cases"), "--rules", str(folder / "rules"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    expected = yaml.safe_load((folder / "cases" / "expected.yaml").read_text(encoding="utf-8"))
    # Every unsafe case is unsafe for the pack's rules alone: under the label alone each plan is safe.
    assert any(case["errors"] for case in expected.values())
    for name, case in expected.items():
        assert all(not e.startswith("ITB-") for e in case["errors"]), (name, case)
        label = run_cli("check", str(folder / "cases" / name))
        assert label.returncode == 0, (name, label.stdout)


def test_the_evidence_report_traces_a_packs_rule_to_its_source_and_hashes_its_file(tmp_path: Path) -> None:
    import hashlib
    import json

    from conftest import run_cli

    pack = _pack(tmp_path, ALARM_AT_4)
    out = tmp_path / "report"
    proc = run_cli("report", str(ROOT / "examples" / "titration-spinal-adult.yaml"), "--output", str(out), "--rules", str(pack))
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    files = {f["file"]: f["sha256"] for f in report["inputs"]["rule_files"]}
    rule_file = pack / "clinic.rules"
    assert files[str(rule_file)] == hashlib.sha256(rule_file.read_bytes()).hexdigest()
    assert any(name.startswith("rules/") for name in files)
    traced = {r["id"]: r for r in report["requirements_traced"]}
    assert traced["CLINIC-ALARM-1"]["source"] == "Clinic ITB protocol v3, section 4.2" and traced["CLINIC-ALARM-1"]["label"] == []
    assert "Clinic ITB protocol v3, section 4.2" in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("wrong", "right", "words"), [
    ("pump.low_reservoir_alarm_ml >=", "pump.low_reservoir_alarm >=", "did you mean '.low_reservoir_alarm_ml'?"),
    (">= clinic_alarm_ml\n", ">= clinic_alarm_m\n", "did you mean 'clinic_alarm_ml'?"),
    ("require pump.", "require max(pump.low_reservoir_alarm_ml, 0) >= 0 and pumps.", "did you mean 'pump'?"),
    ("require pump.low_reservoir_alarm_ml >= clinic_alarm_ml", "require maxx(pump.low_reservoir_alarm_ml, 1) >= clinic_alarm_ml",
     "did you mean 'max'?"),
], ids=["attribute", "definition", "global", "function"])
def test_a_misspelt_name_is_refused_with_the_name_meant(tmp_path: Path, wrong: str, right: str, words: str) -> None:
    error = _refused(tmp_path, ALARM_AT_4.replace(wrong, right, 1))
    assert words in error.message, error.message


# ---- a real language's errors: mutated rule files -----------------------------------------------------------

_TOKENS = __import__("re").compile(r'"[^"\n]*"|\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_\-]*|<=|>=|!=|\S|\s+')
_PACK_TEXT = (ROOT / "examples" / "policies" / "clinic-refill" / "rules" / "clinic-refill.rules").read_text(encoding="utf-8")


def _mutated(data: object, text: str) -> str:
    from hypothesis import strategies as st

    draw = data.draw  # type: ignore[attr-defined]
    tokens = _TOKENS.findall(text)
    words = [i for i, t in enumerate(tokens) if not t.isspace() and not t.startswith("#")]
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.sampled_from(words))
        token = tokens[i]
        how = draw(st.sampled_from(["delete", "repeat", "misspell", "number", "text", "operator"]))
        if how == "delete":
            tokens[i] = ""
        elif how == "repeat":
            tokens[i] = token + " " + token
        elif how == "misspell" and len(token) > 2 and token[0].isalpha():
            at = draw(st.integers(0, len(token) - 1))
            tokens[i] = token[:at] + token[at + 1:]
        elif how == "number":
            tokens[i] = draw(st.sampled_from(["0", "1.5", "72 h", "3 days", "20%"]))
        elif how == "text":
            tokens[i] = '"x"'
        elif how == "operator":
            tokens[i] = draw(st.sampled_from(["<", "=", "and", "+", "/", ".", ",", ":", "(", "not"]))
    return "".join(tokens)


def test_a_mutated_pack_loads_or_is_refused_with_its_place_never_a_traceback() -> None:
    """Deleted and repeated tokens, misspelt names, numbers, texts and operators in the wrong place: every mutant of
    the example pack either loads or is refused as RuleSyntaxError, at a line and column of the pack's file."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from itbverify.base.resources import rules_dir
    from itbverify.language.ruleset import load_rule_sources

    bundled = [(f"rules/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(rules_dir().glob("*.rules"))]
    lines = _PACK_TEXT.count("\n") + 1

    @settings(max_examples=60, deadline=None)
    @given(st.data())
    def check(data: object) -> None:
        text = _mutated(data, _PACK_TEXT)
        try:
            load_rule_sources(bundled, (("pack.rules", text),))
        except RuleSyntaxError as error:
            assert error.pos.file in ("pack.rules",) or error.pos.file.startswith("rules/"), error
            if error.pos.file == "pack.rules":
                assert 1 <= error.pos.line <= lines + 2 and error.pos.column >= 1, error
            assert str(error).startswith(f"{error.pos.file}:{error.pos.line}:{error.pos.column}: ")

    check()


def test_the_broken_example_pack_is_proved_to_contradict_the_label_with_its_core() -> None:
    import json

    from conftest import run_cli

    proc = run_cli("rules", "--check", "--timeout", "30", "--rules", str(POLICIES / "broken" / "rules"), "--format", "json")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["inconsistent"]
    assert all(sorted(item["conflicting"]) == ["EPI-ROUTE-1", "ITB-ROUTE-1"] for item in report["inconsistent"]), report["inconsistent"]


def test_the_envelope_is_bound_by_a_packs_rule_where_it_is_the_stricter() -> None:
    import json

    from conftest import run_cli

    plan = str(POLICIES / "paediatric" / "cases" / "rises-10pct.yaml")
    label = json.loads(run_cli("envelope", plan, "--format", "json").stdout)["daily_dose_ug"]["highest"]
    packed = json.loads(run_cli("envelope", plan, "--format", "json", "--rules", str(POLICIES / "paediatric" / "rules")).stdout)["daily_dose_ug"]["highest"]
    # 121 ug/day in force: the label lets a child rise 15% (139.15), the hospital 10% (133.1).
    assert (label["value"], label["binding"]) == (139.15, "ITB-TITR-1")
    assert (packed["value"], packed["binding"]) == (133.1, "PAED-TITR-1")


REDUNDANT = '''
rule LOCAL-ROUTE-1 "Intrathecal only (the label says so already)"
  severity error
  basis interpretation
  source "Clinic protocol, section 1"
  applies to plan, history-plan, program
  check
    require route = "intrathecal"
    message "route is {route}"
end
'''


def test_rules_check_reports_a_packs_rule_the_label_implies_as_redundant(tmp_path: Path) -> None:
    import json

    from conftest import run_cli

    proc = run_cli("rules", "--check", "--timeout", "30", "--rules", str(_pack(tmp_path, REDUNDANT)), "--format", "json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    redundant = json.loads(proc.stdout)["redundant"]
    assert any(r["requirement"] == "LOCAL-ROUTE-1" and r["implied_by"] == ["ITB-ROUTE-1"] for r in redundant), redundant


@pytest.mark.parametrize("pack", sorted(p.name for p in POLICIES.iterdir() if (p / "cases").is_dir()))
def test_each_example_pack_is_proved_consistent_with_the_label_and_each_rule_breakable(pack: str) -> None:
    import json

    from conftest import run_cli

    proc = run_cli("rules", "--check", "--timeout", "30", "--rules", str(POLICIES / pack / "rules"), "--format", "json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["ok"] and not report["inconsistent"] and not report["vacuous"], report


@pytest.mark.parametrize(("check", "words"), [
    ('for each s in steps:\n    require s.mode != "flexx"', '"flexx" is not a word a step\'s .mode can be; expected one of continuous, flex'),
    ('for each s in steps where s.phase in {"taper", "tapering"}:\n    require s.daily_dose_ug >= 0',
     '"tapering" is not a word a step\'s .phase can be'),
    ('require route = "intrathecally"', '"intrathecally" is not a word route can be'),
    ('for each b in boluses where b.via = "port":\n    require b.dose_ug >= 0', '"port" is not a word a bolus\'s .via can be'),
], ids=["mode", "phase-in-set", "route", "via"])
def test_a_word_a_value_cannot_be_is_refused_not_checked_for_nothing(tmp_path: Path, check: str, words: str) -> None:
    text = ALARM_AT_4.replace("require pump.low_reservoir_alarm_ml >= clinic_alarm_ml", check)
    error = _refused(tmp_path, text)
    assert words in error.message, error.message
    assert error.pos.file.endswith("clinic.rules")


VACUOUS = '''
rule LOCAL-DOSE-1 "Daily doses are never negative (the format already says so)"
  severity error
  basis interpretation
  source "Clinic protocol, section 2"
  applies to plan
  check
    for each s in steps:
    require s.daily_dose_ug >= 0
    message "a negative daily dose"
end
'''


def test_rules_check_reports_a_packs_rule_no_plan_can_break_as_vacuous(tmp_path: Path) -> None:
    import json

    from conftest import run_cli

    proc = run_cli("rules", "--check", "--timeout", "30", "--rules", str(_pack(tmp_path, VACUOUS)), "--format", "json")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["vacuous"] == ["LOCAL-DOSE-1"]
