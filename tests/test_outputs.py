"""CI outputs through the installed command: SARIF, JUnit, GitHub annotations,
exit codes, --fail-on/--strict, waivers and the pre-commit hooks."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import CASES, REPO, SHARED, run_cli

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
MIXED = ["safe-spinal-adult.yaml", "increase-35pct.yaml", "interactions-and-cautions.yaml", "bad-type.yaml"]
UNKNOWN_CASE = "program-patient-bolus-worst-case.yaml"  # with --timeout 0.001 some requirements stay undecided
FUTURE = (date.today() + timedelta(days=365)).isoformat()
PAST = (date.today() - timedelta(days=1)).isoformat()
REASON_1 = "Inpatient titration under continuous monitoring, ticket QA-1234"
REASON_3 = "Same supervised titration; 24 h window reviewed by pharmacy"

needs_cases = pytest.mark.skipif(not CASES.is_dir(), reason="../shared/examples/cases is not beside this checkout")
needs_schema = pytest.mark.skipif(not SARIF_SCHEMA.is_file(), reason="../shared/schemas is not beside this checkout")


# ---------------------------------------------------------------- helpers


def as_list(stdout: str) -> list[dict[str, Any]]:
    payload = json.loads(stdout)
    return payload if isinstance(payload, list) else [payload]


def by_id(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in results}


def rule_rows() -> list[dict[str, Any]]:
    proc = run_cli("rules", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def sarif_errors(log: dict[str, Any]) -> list[str]:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def sarif_results(log: dict[str, Any]) -> list[dict[str, Any]]:
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    return log["runs"][0]["results"]


def region_of(result: dict[str, Any]) -> tuple[str, int, int | None]:
    location = result["locations"][0]["physicalLocation"]
    region = location["region"]
    return location["artifactLocation"]["uri"], region["startLine"], region.get("startColumn")


def junit_root(stdout: str) -> ET.Element:
    root = ET.fromstring(stdout)
    assert root.tag == "testsuites"
    return root


def case_outcome(case: ET.Element) -> str:
    tags = {child.tag for child in case} - {"system-out", "system-err"}
    assert len(tags) <= 1, (case.get("name"), tags)
    return tags.pop() if tags else "passed"


def assert_junit_counts(root: ET.Element) -> None:
    """Each suite's tests/failures/errors/skipped equal its counted test cases, and the root sums them."""
    totals = Counter()
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        outcomes = Counter(case_outcome(c) for c in cases)
        expected = {"tests": len(cases), "failures": outcomes["failure"], "errors": outcomes["error"], "skipped": outcomes["skipped"]}
        actual = {key: int(suite.get(key, "-1")) for key in expected}
        assert actual == expected, suite.get("name")
        totals.update(expected)
    for key in ("tests", "failures", "errors", "skipped"):
        assert int(root.get(key, "-1")) == totals[key], key


def suites_by_name(root: ET.Element) -> dict[str, ET.Element]:
    suites = root.findall("testsuite")
    names = [s.get("name") for s in suites]
    assert len(names) == len(set(names)), names
    return {s.get("name"): s for s in suites}  # type: ignore[misc]


def cases_by_name(suite: ET.Element) -> dict[str, ET.Element]:
    return {c.get("name"): c for c in suite.findall("testcase")}  # type: ignore[misc]


GITHUB = re.compile(r"^::(?P<level>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def github_annotations(stdout: str) -> list[dict[str, Any]]:
    out = []
    for line in stdout.splitlines():
        match = GITHUB.match(line)
        assert match, f"not a workflow command: {line!r}"
        props = dict(p.split("=", 1) for p in match["props"].split(","))
        out.append({"level": match["level"], **props, "message": match["message"]})
    return out


def assert_escaped(message: str) -> None:
    """Workflow-command data: % as %25, CR as %0D, LF as %0A; nothing else may follow a %."""
    assert re.search(r"%(?!25|0D|0A)", message) is None, message
    assert "\n" not in message and "\r" not in message


def copy_cases(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(CASES / name, folder / name)
    return folder


def waiver_text(*entries: dict[str, str]) -> str:
    """A waiver file; values are written as given (quote them yourself). One key a line, so line numbers are known."""
    lines = ["waivers:"]
    for entry in entries:
        for i, (key, value) in enumerate(entry.items()):
            lines.append(f"{'  - ' if i == 0 else '    '}{key}: {value}")
    return "\n".join(lines) + "\n"


def waiver(requirement: str, document: str = "increase-35pct", reason: str | None = None, expires: str = FUTURE, **extra: str) -> dict[str, str]:
    entry = {
        "requirement": requirement,
        "document": document,
        "reason": json.dumps(reason if reason is not None else (REASON_1 if requirement == "ITB-TITR-1" else REASON_3)),
        "approved_by": '"Dr. A. Reviewer"',
        "expires": expires,
    }
    entry.update(extra)
    return entry


# ---------------------------------------------------------------- shared runs over a mixed folder


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """root/docs holds a safe, an unsafe, a warning-only and an invalid document; run with cwd=root on 'docs'."""
    if not CASES.is_dir():
        pytest.skip("../shared/examples/cases is not beside this checkout")
    root = tmp_path_factory.mktemp("mixed")
    copy_cases(root / "docs", MIXED)
    return root


@pytest.fixture(scope="module")
def mixed_json(mixed: Path) -> dict[str, dict[str, Any]]:
    proc = run_cli("check", "--format", "json", "docs", cwd=mixed)
    assert proc.returncode == 2, proc.stderr
    results = by_id(as_list(proc.stdout))
    assert {r["verdict"] for r in results.values()} == {"safe", "unsafe", "invalid"}
    return results


@pytest.fixture(scope="module")
def mixed_sarif(mixed: Path) -> dict[str, Any]:
    # absolute folder path: the URIs must still come out relative
    proc = run_cli("check", "--format", "sarif", str(mixed / "docs"), cwd=mixed)
    assert proc.returncode == 2, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def mixed_junit(mixed: Path) -> ET.Element:
    proc = run_cli("check", "--format", "junit", "docs", cwd=mixed)
    assert proc.returncode == 2, proc.stderr
    return junit_root(proc.stdout)


@pytest.fixture(scope="module")
def rules() -> list[dict[str, Any]]:
    rows = rule_rows()
    assert len(rows) == 33  # one rule per requirement of the spec
    return rows


# ---------------------------------------------------------------- SARIF


@needs_schema
def test_sarif_validates_against_the_schema(mixed_sarif: dict[str, Any]) -> None:
    assert sarif_errors(mixed_sarif) == []


def test_sarif_rules_describe_every_requirement(mixed_sarif: dict[str, Any], rules: list[dict[str, Any]]) -> None:
    descriptors = {d["id"]: d for d in mixed_sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert {r["id"] for r in rules} <= set(descriptors)
    for row in rules:
        d = descriptors[row["id"]]
        assert row["title"] in d["shortDescription"]["text"]
        for field in ("fullDescription", "help"):
            text = d[field]["text"]
            for n in row["label_lines"]:
                assert re.search(rf"\b{n}\b", text), (row["id"], field, n, text)
            assert re.search(rf"\bbasis\W+{row['basis']}\b", text), (row["id"], field, text)
        assert d["defaultConfiguration"]["level"] == row["severity"]


def test_sarif_rule_index_points_at_the_rule(mixed_sarif: dict[str, Any]) -> None:
    descriptors = mixed_sarif["runs"][0]["tool"]["driver"]["rules"]
    for result in sarif_results(mixed_sarif):
        assert result["ruleId"]
        if "ruleIndex" in result:
            assert descriptors[result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_findings_match_json(mixed_sarif: dict[str, Any], mixed_json: dict[str, dict[str, Any]]) -> None:
    """Every finding of --format json is a SARIF result at the same file, line and column, at its level."""
    expected = Counter()
    for doc in mixed_json.values():
        for f in doc["findings"]:
            rule = f["requirement"] or "itbverify/invalid-input"
            expected[(doc["file"], rule, f["line"], f["column"], f["severity"])] += 1
    actual = Counter()
    for r in sarif_results(mixed_sarif):
        if r.get("kind", "fail") == "fail":
            uri, line, column = region_of(r)
            actual[(uri, r["ruleId"], line, column, r["level"])] += 1
    assert actual == expected


def test_sarif_error_result_has_numbers_and_relative_location(mixed_sarif: dict[str, Any], mixed_json: dict[str, dict[str, Any]]) -> None:
    results = sarif_results(mixed_sarif)
    for r in results:
        uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith("/") and "://" not in uri and not uri.startswith(".."), uri
    titr1 = [r for r in results if r["ruleId"] == "ITB-TITR-1" and r.get("kind", "fail") == "fail"]
    assert len(titr1) == 1
    r = titr1[0]
    assert r["level"] == "error"
    assert "35%" in r["message"]["text"] and "243" in r["message"]["text"] and "180" in r["message"]["text"]
    finding = next(f for f in mixed_json["increase-35pct"]["findings"] if f["requirement"] == "ITB-TITR-1")
    assert region_of(r) == ("docs/increase-35pct.yaml", finding["line"], finding["column"]) == ("docs/increase-35pct.yaml", 16, 42)
    titr3 = next(r for r in results if r["ruleId"] == "ITB-TITR-3" and r.get("kind", "fail") == "fail")
    window = next(f for f in mixed_json["increase-35pct"]["findings"] if f["requirement"] == "ITB-TITR-3")
    assert titr3["level"] == "error" and window["message"] in titr3["message"]["text"] and "ug delivered in the 24 h" in window["message"]


def test_sarif_proved_requirements_are_passes(mixed_sarif: dict[str, Any], mixed_json: dict[str, dict[str, Any]]) -> None:
    passes = {(region_of(r)[0], r["ruleId"]) for r in sarif_results(mixed_sarif) if r.get("kind") == "pass"}
    for r in sarif_results(mixed_sarif):
        if r.get("kind") == "pass":
            assert r.get("level", "none") == "none"
    expected = {(doc["file"], req) for doc in mixed_json.values() for req in doc["proved"]}
    assert len(mixed_json["safe-spinal-adult"]["proved"]) >= 29
    assert passes == expected


def test_sarif_invalid_document_has_its_location(mixed_sarif: dict[str, Any], mixed_json: dict[str, dict[str, Any]]) -> None:
    problem = mixed_json["bad-type"]["findings"][0]
    invalid = [r for r in sarif_results(mixed_sarif) if region_of(r)[0] == "docs/bad-type.yaml"]
    assert len(invalid) == len(mixed_json["bad-type"]["findings"]) >= 1
    r = invalid[0]
    assert r["level"] == "error"
    assert region_of(r) == ("docs/bad-type.yaml", problem["line"], problem["column"]) == ("docs/bad-type.yaml", 4, 22)
    assert "age_years" in r["message"]["text"]
    rule_ids = {d["id"] for d in mixed_sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert r["ruleId"] in rule_ids


def test_sarif_warnings_have_level_warning(mixed_sarif: dict[str, Any]) -> None:
    warnings = [r for r in sarif_results(mixed_sarif) if region_of(r)[0] == "docs/interactions-and-cautions.yaml" and r.get("kind") != "pass"]
    assert {r["ruleId"] for r in warnings} == {"ITB-PAT-5", "ITB-DDI-1"}
    assert {r["level"] for r in warnings} == {"warning"}
    assert any("levodopa" in r["message"]["text"] for r in warnings)


@needs_cases
@needs_schema
def test_sarif_unknown_requirements_are_reported(tmp_path: Path) -> None:
    proc = run_cli("check", "--format", "sarif", "--timeout", "0.001", str(CASES / UNKNOWN_CASE), cwd=tmp_path)
    assert proc.returncode == 3, proc.stdout[-2000:] + proc.stderr
    log = json.loads(proc.stdout)
    assert sarif_errors(log) == []
    undecided = [r for r in sarif_results(log) if r.get("kind") not in ("pass",) and r["ruleId"].startswith("ITB-")]
    assert undecided, "an unknown requirement must appear in SARIF"
    for r in undecided:
        assert "unknown" in r["message"]["text"] or "could not decide" in r["message"]["text"]


@needs_cases
def test_sarif_kind_and_level_agree(tmp_path: Path) -> None:
    proc = run_cli("check", "--format", "sarif", "--timeout", "0.001", str(CASES / UNKNOWN_CASE), cwd=tmp_path)
    assert proc.returncode == 3
    for r in sarif_results(json.loads(proc.stdout)):
        if r.get("kind", "fail") != "fail":
            assert r.get("level", "none") == "none", r


@needs_cases
def test_sarif_uri_is_percent_encoded(tmp_path: Path) -> None:
    shutil.copy(CASES / "increase-35pct.yaml", tmp_path / "my plan.yaml")
    proc = run_cli("check", "--format", "sarif", "my plan.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    uris = {region_of(r)[0] for r in sarif_results(json.loads(proc.stdout))}
    assert uris == {"my%20plan.yaml"}


# ---------------------------------------------------------------- JUnit


def test_junit_one_suite_per_document_one_case_per_requirement(mixed_junit: ET.Element, rules: list[dict[str, Any]]) -> None:
    suites = suites_by_name(mixed_junit)
    assert set(suites) == {"safe-spinal-adult", "increase-35pct", "interactions-and-cautions", "bad-type"}
    ids = [r["id"] for r in rules]
    for name in ("safe-spinal-adult", "increase-35pct", "interactions-and-cautions"):
        assert [c.get("name") for c in suites[name].findall("testcase")] == ids
    assert_junit_counts(mixed_junit)


def test_junit_failures_are_the_error_findings(mixed_junit: ET.Element) -> None:
    suites = suites_by_name(mixed_junit)
    outcomes = {name: case_outcome(c) for name, c in cases_by_name(suites["increase-35pct"]).items()}
    assert {n for n, o in outcomes.items() if o == "failure"} == {"ITB-TITR-1", "ITB-TITR-3"}
    failure = cases_by_name(suites["increase-35pct"])["ITB-TITR-1"].find("failure")
    assert failure is not None and "35%" in (failure.get("message") or "") and "243" in (failure.get("message") or "")
    assert "16:42" in (failure.text or "")
    for name in ("safe-spinal-adult", "interactions-and-cautions"):
        assert not [c for c in suites[name].findall("testcase") if case_outcome(c) in ("failure", "error")], name


def test_junit_not_applicable_is_skipped(mixed_junit: ET.Element, mixed_json: dict[str, dict[str, Any]]) -> None:
    suites = suites_by_name(mixed_junit)
    for name in ("safe-spinal-adult", "increase-35pct", "interactions-and-cautions"):
        skipped = {n for n, c in cases_by_name(suites[name]).items() if case_outcome(c) == "skipped"}
        assert skipped == set(mixed_json[name]["not_applicable"]) and skipped, name
    assert "ITB-PAT-3" in {n for n, c in cases_by_name(suites["increase-35pct"]).items() if case_outcome(c) == "skipped"}


def test_junit_warnings_are_not_failures_but_are_shown(mixed_junit: ET.Element) -> None:
    cases = cases_by_name(suites_by_name(mixed_junit)["interactions-and-cautions"])
    for name in ("ITB-PAT-5", "ITB-DDI-1"):
        assert case_outcome(cases[name]) == "passed"
        out = cases[name].find("system-out")
        assert out is not None and "warning" in (out.text or "")
    assert "levodopa" in (cases["ITB-DDI-1"].find("system-out").text or "")  # type: ignore[union-attr]


def test_junit_invalid_document_is_an_error(mixed_junit: ET.Element) -> None:
    suite = suites_by_name(mixed_junit)["bad-type"]
    errors = [c for c in suite.findall("testcase") if case_outcome(c) == "error"]
    assert len(errors) == 1 and int(suite.get("errors", "0")) == 1
    text = ET.tostring(errors[0], encoding="unicode")
    assert "age_years" in text and "4:22" in text


@needs_cases
def test_junit_unknown_requirement_is_an_error(tmp_path: Path, rules: list[dict[str, Any]]) -> None:
    proc = run_cli("check", "--format", "junit", "--timeout", "0.001", str(CASES / UNKNOWN_CASE), cwd=tmp_path)
    assert proc.returncode == 3, proc.stdout[-2000:] + proc.stderr
    root = junit_root(proc.stdout)
    assert_junit_counts(root)
    suite = suites_by_name(root)["program-patient-bolus-worst-case"]
    cases = cases_by_name(suite)
    assert list(cases) == [r["id"] for r in rules]
    errors = {n for n, c in cases.items() if case_outcome(c) == "error"}
    assert errors, "an undecided requirement must be a JUnit <error>"
    assert not {n for n, c in cases.items() if case_outcome(c) == "failure"}
    for n in errors:
        assert "unknown" in ET.tostring(cases[n], encoding="unicode")
    assert "ITB-SCR-1" in {n for n, c in cases.items() if case_outcome(c) == "skipped"}  # plan-only requirement


# ---------------------------------------------------------------- GitHub annotations


def test_github_error_annotation_at_the_json_location(mixed: Path, mixed_json: dict[str, dict[str, Any]]) -> None:
    proc = run_cli("check", "--format", "github", "docs/increase-35pct.yaml", cwd=mixed)
    assert proc.returncode == 1, proc.stderr
    notes = github_annotations(proc.stdout)
    finding = next(f for f in mixed_json["increase-35pct"]["findings"] if f["requirement"] == "ITB-TITR-1")
    prefix = f"::error file=docs/increase-35pct.yaml,line={finding['line']},col={finding['column']},title=ITB-TITR-1::"
    lines = [line for line in proc.stdout.splitlines() if line.startswith(prefix)]
    assert len(lines) == 1, proc.stdout
    assert {(n["level"], n["title"]) for n in notes} == {("error", "ITB-TITR-1"), ("error", "ITB-TITR-3")}
    for n in notes:
        assert_escaped(n["message"])
    message = lines[0][len(prefix):]
    assert "35%25" in message and "243" in message and "35%" not in message.replace("%25", "")


def test_github_warnings_for_a_warning_only_document(mixed: Path) -> None:
    proc = run_cli("check", "--format", "github", "docs/interactions-and-cautions.yaml", cwd=mixed)
    assert proc.returncode == 0, proc.stderr
    notes = github_annotations(proc.stdout)
    assert notes and {n["level"] for n in notes} == {"warning"}
    assert {n["title"] for n in notes} == {"ITB-PAT-5", "ITB-DDI-1"}
    assert all(n["file"] == "docs/interactions-and-cautions.yaml" and n["line"].isdigit() and n["col"].isdigit() for n in notes)


def test_github_invalid_document_is_an_error_at_its_location(mixed: Path) -> None:
    proc = run_cli("check", "--format", "github", "docs/bad-type.yaml", cwd=mixed)
    assert proc.returncode == 2
    notes = github_annotations(proc.stdout)
    assert len(notes) == 1 and notes[0]["level"] == "error"
    assert (notes[0]["file"], notes[0]["line"], notes[0]["col"]) == ("docs/bad-type.yaml", "4", "22")


def test_github_escapes_percent_and_newlines(mixed: Path) -> None:
    (mixed / "nl-waivers.yaml").write_text(
        waiver_text(waiver("ITB-TITR-1", reason="first line\nsecond line: 100% reviewed, a,b"), waiver("ITB-TITR-3")), encoding="utf-8"
    )
    proc = run_cli("check", "--format", "github", "--waivers", "nl-waivers.yaml", "docs/increase-35pct.yaml", cwd=mixed)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert all(line.startswith("::") for line in lines), proc.stdout
    notes = github_annotations(proc.stdout)
    titr1 = next(n for n in notes if n["title"] == "ITB-TITR-1")
    assert "first line%0Asecond line: 100%25 reviewed, a,b" in titr1["message"]
    for n in notes:
        assert_escaped(n["message"])


# ---------------------------------------------------------------- exit codes


def exit_of(*args: str, cwd: Path | None = None) -> int:
    return run_cli("check", *args, cwd=cwd).returncode


@needs_cases
@pytest.mark.parametrize(
    "args, code",
    [
        (["safe-spinal-adult.yaml"], 0),
        (["increase-35pct.yaml"], 1),
        (["interactions-and-cautions.yaml"], 0),
        (["--strict", "interactions-and-cautions.yaml"], 1),
        (["--fail-on", "warning", "interactions-and-cautions.yaml"], 1),
        (["--fail-on", "error", "interactions-and-cautions.yaml"], 0),
        (["bad-type.yaml"], 2),
        (["increase-35pct.yaml", "bad-type.yaml", "safe-spinal-adult.yaml"], 2),
        (["--strict", "bad-type.yaml", "interactions-and-cautions.yaml"], 2),
        (["--strict", "increase-35pct.yaml", "interactions-and-cautions.yaml"], 1),
    ],
    ids=["safe", "unsafe", "warning-only", "warning-strict", "warning-fail-on-warning", "warning-fail-on-error",
         "invalid", "invalid-beats-unsafe", "invalid-beats-strict", "unsafe-and-warning-strict"],
)
def test_exit_codes(args: list[str], code: int) -> None:
    resolved = [str(CASES / a) if a.endswith(".yaml") else a for a in args]
    assert exit_of(*resolved) == code


@needs_cases
@pytest.mark.parametrize(
    "others, verdicts, code",
    [([], {"unknown"}, 3), (["toddler.yaml"], {"unsafe", "unknown"}, 1), (["bad-type.yaml"], {"invalid", "unknown"}, 2)],
    ids=["unknown", "unsafe-and-unknown", "invalid-and-unknown"],
)
def test_exit_codes_with_unknown(others: list[str], verdicts: set[str], code: int) -> None:
    paths = [str(CASES / UNKNOWN_CASE)] + [str(CASES / o) for o in others]
    proc = run_cli("check", "--format", "json", "--timeout", "0.001", *paths)
    assert {r["verdict"] for r in as_list(proc.stdout)} == verdicts
    assert proc.returncode == code


def test_missing_path_exits_2(tmp_path: Path) -> None:
    assert exit_of(str(tmp_path / "no-such.yaml")) == 2


# ---------------------------------------------------------------- waivers


@pytest.fixture
def unsafe_doc(tmp_path: Path) -> Path:
    if not CASES.is_dir():
        pytest.skip("../shared/examples/cases is not beside this checkout")
    copy_cases(tmp_path / "docs", ["increase-35pct.yaml"])
    return tmp_path


def write_waivers(root: Path, *entries: dict[str, str], name: str = "waivers.yaml") -> str:
    (root / name).write_text(waiver_text(*entries), encoding="utf-8")
    return name


@pytest.mark.parametrize("pattern", ["increase-35pct", "increase-*"])
def test_waivers_turn_unsafe_into_pass(unsafe_doc: Path, pattern: str) -> None:
    w = write_waivers(unsafe_doc, waiver("ITB-TITR-1", document=pattern), waiver("ITB-TITR-3", document=pattern))
    assert exit_of("docs", cwd=unsafe_doc) == 1
    proc = run_cli("check", "--format", "json", "--waivers", w, "docs", cwd=unsafe_doc)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [doc] = as_list(proc.stdout)
    assert doc["verdict"] == "safe"
    findings = {f["requirement"]: f for f in doc["findings"]}
    assert set(findings) == {"ITB-TITR-1", "ITB-TITR-3"}
    for req, reason in (("ITB-TITR-1", REASON_1), ("ITB-TITR-3", REASON_3)):
        assert findings[req]["severity"] == "error"
        assert findings[req]["waiver"] == {"reason": reason, "approved_by": "Dr. A. Reviewer", "expires": FUTURE}


def test_waivers_in_text_output(unsafe_doc: Path) -> None:
    w = write_waivers(unsafe_doc, waiver("ITB-TITR-1"), waiver("ITB-TITR-3"))
    proc = run_cli("check", "--waivers", w, "docs", cwd=unsafe_doc)
    assert proc.returncode == 0
    assert REASON_1 in proc.stdout and REASON_3 in proc.stdout and "Dr. A. Reviewer" in proc.stdout
    assert "SAFE" in proc.stdout and "UNSAFE" not in proc.stdout


def test_waivers_in_junit_output(unsafe_doc: Path) -> None:
    w = write_waivers(unsafe_doc, waiver("ITB-TITR-1"), waiver("ITB-TITR-3"))
    proc = run_cli("check", "--format", "junit", "--waivers", w, "docs", cwd=unsafe_doc)
    assert proc.returncode == 0
    root = junit_root(proc.stdout)
    assert_junit_counts(root)
    suite = suites_by_name(root)["increase-35pct"]
    assert suite.get("failures") == "0"
    cases = cases_by_name(suite)
    for req, reason in (("ITB-TITR-1", REASON_1), ("ITB-TITR-3", REASON_3)):
        assert case_outcome(cases[req]) == "passed"
        out = cases[req].find("system-out")
        assert out is not None and reason in (out.text or "")


def test_waivers_in_sarif_output(unsafe_doc: Path) -> None:
    w = write_waivers(unsafe_doc, waiver("ITB-TITR-1"), waiver("ITB-TITR-3"))
    proc = run_cli("check", "--format", "sarif", "--waivers", w, "docs", cwd=unsafe_doc)
    assert proc.returncode == 0
    log = json.loads(proc.stdout)
    failing = {r["ruleId"]: r for r in sarif_results(log) if r.get("kind", "fail") == "fail"}
    assert set(failing) == {"ITB-TITR-1", "ITB-TITR-3"}
    for req, reason in (("ITB-TITR-1", REASON_1), ("ITB-TITR-3", REASON_3)):
        assert failing[req]["level"] == "error"
        suppressions = failing[req]["suppressions"]
        assert len(suppressions) == 1 and reason in suppressions[0]["justification"]
        assert suppressions[0].get("status", "accepted") == "accepted"


@needs_schema
def test_sarif_with_waivers_validates(unsafe_doc: Path) -> None:
    w = write_waivers(unsafe_doc, waiver("ITB-TITR-1"), waiver("ITB-TITR-3"))
    proc = run_cli("check", "--format", "sarif", "--waivers", w, "docs", cwd=unsafe_doc)
    assert proc.returncode == 0
    assert sarif_errors(json.loads(proc.stdout)) == []


def test_waivers_in_github_output(unsafe_doc: Path) -> None:
    w = write_waivers(unsafe_doc, waiver("ITB-TITR-1"), waiver("ITB-TITR-3"))
    proc = run_cli("check", "--format", "github", "--waivers", w, "docs", cwd=unsafe_doc)
    assert proc.returncode == 0
    notes = {n["title"]: n for n in github_annotations(proc.stdout)}
    assert set(notes) == {"ITB-TITR-1", "ITB-TITR-3"}
    assert {n["level"] for n in notes.values()} == {"warning"}
    assert REASON_1 in notes["ITB-TITR-1"]["message"] and REASON_3 in notes["ITB-TITR-3"]["message"]


def test_waiving_one_of_two_errors_stays_unsafe(unsafe_doc: Path) -> None:
    w = write_waivers(unsafe_doc, waiver("ITB-TITR-1"))
    proc = run_cli("check", "--format", "json", "--waivers", w, "docs", cwd=unsafe_doc)
    assert proc.returncode == 1
    [doc] = as_list(proc.stdout)
    assert doc["verdict"] == "unsafe"
    findings = {f["requirement"]: f for f in doc["findings"]}
    assert "waiver" in findings["ITB-TITR-1"] and "waiver" not in findings["ITB-TITR-3"]


def test_expired_waivers_make_the_file_invalid(unsafe_doc: Path) -> None:
    w = write_waivers(unsafe_doc, waiver("ITB-TITR-1", expires=PAST), waiver("ITB-TITR-3", expires=PAST))
    proc = run_cli("check", "--waivers", w, "docs", cwd=unsafe_doc)
    assert proc.returncode == 2
    lines = {int(n) for n in re.findall(rf"{re.escape(w)}:(\d+)", proc.stderr)}
    assert lines, proc.stderr
    assert lines & set(range(2, 7)) and lines & set(range(7, 12)), proc.stderr  # each waiver's own lines (5 keys each)
    assert "expired" in proc.stderr and PAST in proc.stderr


def test_a_waiver_expiring_today_is_still_valid(unsafe_doc: Path) -> None:
    today = date.today().isoformat()
    w = write_waivers(unsafe_doc, waiver("ITB-TITR-1", expires=today), waiver("ITB-TITR-3", expires=today))
    assert exit_of("--waivers", w, "docs", cwd=unsafe_doc) == 0


def _without(entry: dict[str, str], key: str) -> dict[str, str]:
    return {k: v for k, v in entry.items() if k != key}


@pytest.mark.parametrize(
    "entry",
    [
        _without(waiver("ITB-TITR-1"), "reason"),
        waiver("ITB-TITR-1", reason=""),
        waiver("ITB-TITR-1", reason="   "),
        _without(waiver("ITB-TITR-1"), "approved_by"),
        _without(waiver("ITB-TITR-1"), "expires"),
        _without(waiver("ITB-TITR-1"), "document"),
        _without(waiver("ITB-TITR-1"), "requirement"),
        waiver("ITB-TITR-1", ticket="QA-1"),
        waiver("ITB-TITR-1", expires="31/12/2099"),
        waiver("ITB-TITR-1", expires="2099-02-30"),
        waiver("ITB-TITR-1", expires="next year"),
    ],
    ids=["no-reason", "empty-reason", "blank-reason", "no-approver", "no-expiry", "no-document", "no-requirement",
         "unknown-key", "date-dmy", "date-impossible", "date-words"],
)
def test_malformed_waivers_exit_2(unsafe_doc: Path, entry: dict[str, str]) -> None:
    w = write_waivers(unsafe_doc, entry, waiver("ITB-TITR-3"))
    proc = run_cli("check", "--waivers", w, "docs", cwd=unsafe_doc)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert re.search(rf"{re.escape(w)}:\d+", proc.stderr), proc.stderr


@pytest.mark.parametrize("text", ["", "waivers: {}\n", "- requirement: ITB-TITR-1\n", "waivers:\n  - just a string\n"])
def test_waiver_file_of_the_wrong_shape_exits_2(unsafe_doc: Path, text: str) -> None:
    (unsafe_doc / "w.yaml").write_text(text, encoding="utf-8")
    assert exit_of("--waivers", "w.yaml", "docs", cwd=unsafe_doc) == 2


def test_missing_waiver_file_exits_2(unsafe_doc: Path) -> None:
    assert exit_of("--waivers", "no-such-waivers.yaml", "docs", cwd=unsafe_doc) == 2


@pytest.fixture
def stale(unsafe_doc: Path) -> str:
    """Both real findings waived, plus one waiver (lines 12-16) that matches nothing."""
    return write_waivers(unsafe_doc, waiver("ITB-TITR-1"), waiver("ITB-TITR-3"), waiver("ITB-ROUTE-1", document="increase-*"))


def test_stale_waiver_is_a_warning(unsafe_doc: Path, stale: str) -> None:
    proc = run_cli("check", "--format", "json", "--waivers", stale, "docs", cwd=unsafe_doc)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    findings = [f for doc in as_list(proc.stdout) for f in doc["findings"] if "stale" in f["message"]]
    assert len(findings) == 1
    assert findings[0]["severity"] == "warning" and "ITB-ROUTE-1" in findings[0]["message"]
    assert findings[0]["line"] in range(12, 17)
    assert by_id(as_list(proc.stdout))["increase-35pct"]["verdict"] == "safe"


@pytest.mark.parametrize("flag", [["--strict"], ["--fail-on", "warning"]])
def test_stale_waiver_fails_a_strict_run(unsafe_doc: Path, stale: str, flag: list[str]) -> None:
    assert exit_of(*flag, "--waivers", stale, "docs", cwd=unsafe_doc) == 1


def test_stale_waiver_in_github_and_sarif(unsafe_doc: Path, stale: str) -> None:
    proc = run_cli("check", "--format", "github", "--waivers", stale, "docs", cwd=unsafe_doc)
    assert proc.returncode == 0
    notes = [n for n in github_annotations(proc.stdout) if "stale" in n["message"]]
    assert len(notes) == 1 and notes[0]["level"] == "warning" and notes[0]["file"] == stale
    proc = run_cli("check", "--format", "sarif", "--waivers", stale, "docs", cwd=unsafe_doc)
    assert proc.returncode == 0
    results = [r for r in sarif_results(json.loads(proc.stdout)) if "stale" in r["message"]["text"]]
    assert len(results) == 1 and results[0]["level"] == "warning" and region_of(results[0])[0] == stale


def test_stale_waiver_is_a_warning_in_text(unsafe_doc: Path, stale: str) -> None:
    proc = run_cli("check", "--waivers", stale, "docs", cwd=unsafe_doc)
    assert proc.returncode == 0
    [line] = [line for line in proc.stdout.splitlines() if "stale waiver" in line]
    assert "warning" in line and "error" not in line, line


def test_stale_waiver_appears_in_junit(unsafe_doc: Path, stale: str) -> None:
    proc = run_cli("check", "--format", "junit", "--waivers", stale, "docs", cwd=unsafe_doc)
    assert proc.returncode == 0
    assert "stale waiver" in proc.stdout


def test_waiver_file_is_not_reported_as_a_checked_document_in_junit(unsafe_doc: Path, stale: str) -> None:
    proc = run_cli("check", "--format", "junit", "--waivers", stale, "docs", cwd=unsafe_doc)
    root = junit_root(proc.stdout)
    for suite in root.findall("testsuite"):
        if suite.get("file") == stale:
            assert not [c for c in suite.findall("testcase") if (c.get("name") or "").startswith("ITB-")]


# ---------------------------------------------------------------- pre-commit hooks


def hooks() -> list[dict[str, Any]]:
    data = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, list) and data
    return data


def test_pre_commit_hooks_file() -> None:
    ids = []
    for hook in hooks():
        assert isinstance(hook, dict)
        for key in ("id", "name", "entry", "language", "files"):
            assert isinstance(hook.get(key), str) and hook[key].strip(), (hook, key)
        assert hook["entry"].split()[:2] == ["itbverify", "check"]
        assert hook["language"] == "python"
        pattern = re.compile(hook["files"])
        for name in ("plan.yaml", "pump/programs/p-1.yml", "batch.jsonl"):
            assert pattern.search(name), (hook["id"], name)
        for name in ("plan.json", "notes.txt", "plan.yaml.bak", "yaml", "README.md"):
            assert not pattern.search(name), (hook["id"], name)
        ids.append(hook["id"])
    assert len(ids) == len(set(ids))
    assert "itbverify" in ids


@needs_cases
def test_pre_commit_hook_entries_run(tmp_path: Path) -> None:
    """Run each hook's entry the way pre-commit does: entry words, then the staged file names."""
    copy_cases(tmp_path, ["safe-spinal-adult.yaml", "interactions-and-cautions.yaml", "increase-35pct.yaml"])
    (tmp_path / "ci.yml").write_text("name: ci\non: push\n", encoding="utf-8")  # an unrelated YAML file is skipped
    expected = {"itbverify": (0, 1), "itbverify-strict": (1, 1)}
    for hook in hooks():
        args = hook["entry"].split()[1:] + hook.get("args", [])
        warning_only = run_cli(*args, "safe-spinal-adult.yaml", "interactions-and-cautions.yaml", "ci.yml", cwd=tmp_path).returncode
        unsafe = run_cli(*args, "safe-spinal-adult.yaml", "increase-35pct.yaml", cwd=tmp_path).returncode
        if hook["id"] in expected:
            assert (warning_only, unsafe) == expected[hook["id"]], hook["id"]
        else:
            assert unsafe == 1, hook["id"]
