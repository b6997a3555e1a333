"""`itbverify report`: the evidence report for review (HTML, JSON, charts, proofs)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
import z3
from conftest import CASES, REPO, SHARED, once_per_run, run_cli

import itbverify
from itbverify.language.ruleset import default_ruleset
from itbverify.outputs.evidence import label_lines, label_quote, render_html, run_report, scan_tests

LABEL = REPO / "label" / "lioresal-intrathecal-label.txt"
REQUIREMENTS = SHARED / "spec" / "requirements.yaml"
LIBRARY = REPO / "examples" / "libraries" / "limits-broken.yaml"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
needs_cases = pytest.mark.skipif(not CASES.is_dir(), reason="the conformance cases (../shared/examples/cases) are not beside this checkout")
needs_spec = pytest.mark.skipif(not REQUIREMENTS.is_file(), reason="the spec (../shared/spec/requirements.yaml) is not beside this checkout")

# The report's own documents: five of the conformance cases, word for word, so that the report
# is tested on a fresh clone alone. Each with its expected verdict and error requirements.
_SAFE_SPINAL_ADULT = """\
itbverify: 1
kind: plan
id: safe-spinal-adult
patient: {age_years: 34, weight_kg: 70, origin: spinal, cause: multiple-sclerosis, infection: false}
pump: {programmable: true, reservoir_ml: 20, low_reservoir_alarm_ml: 2}
resuscitation_ready: true
screening:
- {day: 0, dose_ug: 50, concentration_ug_ml: 50, duration_min: 1, response: negative}
- {day: 1, dose_ug: 75, concentration_ug_ml: 50, duration_min: 2, response: positive, effect_h: 10}
refills:
- {day: 3, time: '10:00', volume_ml: 20, concentration_ug_ml: 500, diluent: none}
infusion:
- {day: 3, time: '10:00', phase: titration, mode: continuous, daily_dose_ug: 150, concentration_ug_ml: 500,
  rate_ml_day: 0.3}
- {day: 4, time: '10:00', daily_dose_ug: 180}
- {day: 5, time: '10:00', daily_dose_ug: 216}
- {day: 6, time: '10:00', daily_dose_ug: 259}
- {day: 7, time: '10:00', phase: maintenance}
end: {day: 10}
"""
_PROGRAM_BOLUS_WORST_CASE = """\
itbverify: 1
kind: program
id: program-patient-bolus-worst-case
patient: {age_years: 40, origin: spinal, cause: spinal-cord-injury}
pump: {programmable: true, reservoir_ml: 40}
phase: maintenance
previous: {daily_dose_ug: 400, last_increase_h: -200}
new: {mode: continuous, daily_dose_ug: 400, concentration_ug_ml: 2000, effective_at: '09:00'}
reservoir: {volume_ml: 18.5, concentration_ug_ml: 2000, next_refill_h: 1200}
delivery_tolerance_pct: 15
patient_bolus: {dose_ug: 40, lockout_h: 4, max_per_day: 4}
"""
DOCUMENTS: dict[str, tuple[str, str, set[str]]] = {
    "safe-spinal-adult": (_SAFE_SPINAL_ADULT, "safe", set()),
    "increase-35pct": (
        _SAFE_SPINAL_ADULT.replace("id: safe-spinal-adult", "id: increase-35pct").replace("daily_dose_ug: 216", "daily_dose_ug: 243"),
        "unsafe", {"ITB-TITR-1", "ITB-TITR-3"}),
    "reservoir-runs-low": (
        _SAFE_SPINAL_ADULT.replace("id: safe-spinal-adult", "id: reservoir-runs-low").replace("concentration_ug_ml: 500", "concentration_ug_ml: 50")
        .replace(",\n  rate_ml_day: 0.3}", "}"),
        "unsafe", {"ITB-PUMP-4"}),
    "program-patient-bolus-worst-case": (_PROGRAM_BOLUS_WORST_CASE, "unsafe", {"ITB-TITR-3"}),
    "bad-type": (_SAFE_SPINAL_ADULT.replace("id: safe-spinal-adult", "id: bad-type").replace("age_years: 34", "age_years: thirty-four"),
                 "invalid", set()),
}
SOME_CASES = list(DOCUMENTS)


class _Page(HTMLParser):
    """Checks that every element is closed in order, and collects what the tests look at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.references: list[str] = []
        self.ids: list[str] = []
        self.quotes: list[str] = []
        self._quote: list[str] | None = None
        self._depth = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("href", "src"):
            if values.get(name):
                self.references.append(values[name] or "")
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if tag in VOID:
            return
        self.open.append(tag)
        if tag == "blockquote" and "label" in (values.get("class") or "").split():
            self._quote, self._depth = [], len(self.open)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            self.handle_starttag(tag, attrs)
        else:
            self.problems.append(f"<{tag}/> is not a void element")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.problems.append(f"</{tag}> closes a void element")
            return
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> at {self.getpos()} closes <{self.open[-1] if self.open else 'nothing'}>")
            return
        if tag == "blockquote" and self._quote is not None and len(self.open) == self._depth:
            self.quotes.append("".join(self._quote))
            self._quote = None
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._quote is not None:
            self._quote.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def write_documents(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (text, _, _) in DOCUMENTS.items():
        path = folder / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], str]:
    def build() -> tuple[Path, dict[str, Any], str]:
        base = tmp_path_factory.mktemp("report")
        out = base / "evidence"
        paths = [str(p) for p in write_documents(base / "documents")] + [str(LIBRARY)]
        proc = run_cli("report", "--output", str(out), *paths, cwd=REPO)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "itbverify proofs verify" in proc.stdout
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        return out, report, (out / "index.html").read_text(encoding="utf-8")

    # Read by a dozen tests, which the suite's workers share out: made once.
    return once_per_run(tmp_path_factory, "report", build)


def _documents(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in report["documents"]}


def test_the_page_parses_is_self_contained_and_names_every_requirement(built: tuple[Path, dict[str, Any], str]) -> None:
    out, report, html = built
    assert html.lstrip().lower().startswith("<!doctype html>")
    page = _parse(html)
    assert page.problems == []
    assert page.open == []
    assert len(page.ids) == len(set(page.ids)), "duplicate element ids"
    for reference in page.references:
        assert not re.match(r"^[a-z]+://", reference) and not reference.startswith("//"), f"external reference {reference}"
        if reference.startswith("#"):
            assert reference[1:] in page.ids, f"broken anchor {reference}"
        else:
            assert (out / reference.split("#")[0]).exists(), f"broken link {reference}"
    assert "<link" not in html and "<script" not in html
    text = "".join(page.text)
    for rule in default_ruleset().rules:
        assert rule.id in text, rule.id
        assert f"req-{rule.id}" in page.ids
    assert {r["id"] for r in report["requirements_traced"]} == {r.id for r in default_ruleset().rules}


def test_every_label_quote_is_the_label_line_verbatim(built: tuple[Path, dict[str, Any], str]) -> None:
    _, report, html = built
    label = LABEL.read_text(encoding="utf-8").split("\n")
    rules = {rule.id: rule for rule in default_ruleset().rules}
    quotes_on_page = set(_parse(html).quotes)
    quoted = 0
    for requirement in report["requirements_traced"]:
        rule = rules[requirement["id"]]
        assert [q["line"] for q in requirement["label"]] == list(rule.label_lines), requirement["id"]
        assert requirement["basis"] == rule.basis
        for quote in requirement["label"]:
            assert quote["text"] == label[quote["line"] - 1], (requirement["id"], quote["line"])
            # On the page: the line verbatim, within the whole sentence it is part of.
            whole = quote["before"] + quote["text"] + quote["after"]
            assert any(q.startswith(f"line {quote['line']}") and q.endswith(whole) for q in quotes_on_page), (requirement["id"], quote["line"])
            first, last = quote["lines"]
            assert whole.strip() in " ".join(line.strip() for line in label[first - 1:last]), (requirement["id"], quote["line"])
            quoted += 1
    assert quoted > 30


def test_the_single_bolus_limit_is_traced_to_label_line_122(built: tuple[Path, dict[str, Any], str]) -> None:
    """ITB-DOSE-3 comes from the rule files like every requirement: nothing in the report lists the requirements."""
    _, report, html = built
    rows = {r["id"]: r for r in report["requirements_traced"]}
    assert [rule.id for rule in default_ruleset().rules] == [r["id"] for r in report["requirements_traced"]]
    assert report["summary"]["requirements"] == len(default_ruleset().rules) == len(rows)
    dose3 = rows["ITB-DOSE-3"]
    line_122 = LABEL.read_text(encoding="utf-8").split("\n")[121]
    assert "100 μg" in line_122
    assert [(q["line"], q["text"]) for q in dose3["label"]] == [(122, line_122)]
    assert dose3["basis"] == "interpretation" and "ITB-DOSE-3" in report["summary"]["interpretations"]
    assert dose3["severity"] == "error"
    assert dose3["results"]["safe-spinal-adult"] == "proved"
    assert dose3["results"]["bad-type"] == "not checked"
    page = _parse(html)
    assert "req-ITB-DOSE-3" in page.ids and "line 122" + line_122 in page.quotes
    assert f"against {len(rows)} requirements" in html


@needs_spec
def test_the_traced_requirements_are_the_specs(built: tuple[Path, dict[str, Any], str]) -> None:
    _, report, _ = built
    spec = {r["id"]: r for r in yaml.safe_load(REQUIREMENTS.read_text(encoding="utf-8"))["requirements"]}
    assert {r["id"] for r in report["requirements_traced"]} == set(spec)
    for requirement in report["requirements_traced"]:
        assert [q["line"] for q in requirement["label"]] == spec[requirement["id"]]["source"], requirement["id"]
        assert requirement["basis"] == spec[requirement["id"]]["basis"], requirement["id"]
        assert requirement["severity"] == spec[requirement["id"]]["severity"], requirement["id"]
    assert report["summary"]["requirements"] == len(spec)


def test_summary_states_versions_hashes_and_date(built: tuple[Path, dict[str, Any], str]) -> None:
    _, report, html = built
    assert report["tool"]["version"] == itbverify.__version__
    assert report["solver"]["version"] == z3.get_version_string()
    assert report["inputs"]["label"]["sha256"] == hashlib.sha256(LABEL.read_bytes()).hexdigest()
    rule_files = {f["file"]: f["sha256"] for f in report["inputs"]["rule_files"]}
    assert rule_files == {f"rules/{p.name}": hashlib.sha256(p.read_bytes()).hexdigest() for p in (REPO / "rules").glob("*.rules")}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", report["generated"])
    summary = report["summary"]
    assert summary["documents"] == len(SOME_CASES) + 1
    assert summary["verdicts"] == {"safe": 1, "unsafe": 4, "invalid": 1}
    assert {v["id"] for v in summary["requirements_violated"]} >= {"ITB-TITR-1", "ITB-TITR-3", "ITB-PUMP-4"}
    for value in [report["tool"]["version"], report["solver"]["version"], report["inputs"]["label"]["sha256"], report["generated"],
                  "itbverify proofs verify", *rule_files.values()]:
        assert value in html


def test_each_document_has_its_verdict_findings_and_chart(built: tuple[Path, dict[str, Any], str]) -> None:
    out, report, html = built
    documents = _documents(report)
    for name, (_, verdict, expected_errors) in DOCUMENTS.items():
        document = documents[name]
        assert document["verdict"] == verdict, name
        errors = {f["requirement"] for f in document["findings"] if f["severity"] == "error" and f["requirement"]}
        assert errors == expected_errors, name
        for finding in document["findings"]:
            if finding["requirement"]:
                assert document["requirements"][finding["requirement"]] == "counterexample"
        if document["kind"] in ("plan", "program") and document["verdict"] != "invalid":
            chart = out / document["chart"]["file"]
            assert chart.is_file() and chart.suffix == ".svg"
            assert "<svg" in chart.read_text(encoding="utf-8")[:2000]
            assert document["chart"]["file"] in html
        else:
            assert document["chart"] is None
    # The window of a 24-hour finding is reported with the finding, for the chart to shade.
    titr3 = next(f for f in documents["increase-35pct"]["findings"] if f["requirement"] == "ITB-TITR-3")
    assert titr3["window"] is not None and titr3["window"]["start_h"] < titr3["window"]["end_h"]
    assert documents["program-patient-bolus-worst-case"]["chart"]["case"].startswith("Worst case")
    # A configuration: findings and its counterexample programs, no chart.
    library = documents["limits-broken"]
    assert library["kind"] == "library" and library["chart"] is None and library["verdict"] == "unsafe"
    programs = library["counterexample_programs"]
    assert programs and len(programs) == sum(1 for f in library["findings"] if f["requirement"])
    for program in programs:
        assert yaml.safe_load((out / program["file"]).read_text(encoding="utf-8"))["kind"] == "program"


def test_traceability_lists_covering_tests_and_results(built: tuple[Path, dict[str, Any], str]) -> None:
    _, report, _ = built
    assert report["tests_available"] is True
    rows = {r["id"]: r for r in report["requirements_traced"]}
    assert any(t.startswith("tests/test_requirements.py::test_") for t in rows["ITB-TITR-1"]["tests"])
    assert rows["ITB-TITR-3"]["basis"] == "interpretation" and "ITB-TITR-3" in report["summary"]["interpretations"]
    assert rows["ITB-TITR-1"]["rule"] == {"file": "rules/titration.rules", "line": default_ruleset().rule("ITB-TITR-1").pos.line}
    assert rows["ITB-TITR-1"]["results"]["increase-35pct"] == "counterexample"
    assert rows["ITB-TITR-1"]["results"]["safe-spinal-adult"] == "proved"
    assert rows["ITB-PAT-3"]["results"]["safe-spinal-adult"] == "not applicable"
    assert rows["ITB-TITR-1"]["results"]["bad-type"] == "not checked"


def test_tests_not_available_without_a_tests_folder(tmp_path: Path, built: tuple[Path, dict[str, Any], str]) -> None:
    ids = ["ITB-PAT-1", "ITB-PAT-10"]
    assert scan_tests(tmp_path / "tests", ids) is None
    folder = tmp_path / "tests"
    folder.mkdir()
    (folder / "test_x.py").write_text(
        'TABLE = ["ITB-PAT-10"]\n\n'
        '@pytest.mark.parametrize("x", [pytest.param(1, id="ITB-PAT-1-young")])\n'
        'def test_young(x):\n    pass\n\n'
        'class TestMore:\n    def test_other(self):\n        assert "ITB-PAT-1" != "ITB-PAT-10"\n',
        encoding="utf-8",
    )
    found = scan_tests(folder, ids)
    assert found is not None
    assert [t.split("::", 1)[1] for t in found["ITB-PAT-1"]] == ["test_young", "TestMore::test_other"]
    # The table at module level names ITB-PAT-10 outside any test function: it does not count.
    assert [t.split("::", 1)[1] for t in found["ITB-PAT-10"]] == ["TestMore::test_other"]
    (folder / "test_y.py").write_text('ROWS = ["ITB-PAT-10"]\n\ndef helper():\n    return "ITB-PAT-1"\n\ndef test_z():\n    # ITB-PAT-1 in a comment\n    pass\n',
                                      encoding="utf-8")
    again = scan_tests(folder, ids)
    assert again is not None and again == found
    _, report, _ = built
    absent = json.loads(json.dumps(report))
    absent["tests_available"] = False
    for row in absent["requirements_traced"]:
        row["tests"] = None
    html = render_html(absent)
    assert "tests not available" in html and _parse(html).problems == []


def test_proofs_cover_every_decided_requirement_and_recheck(built: tuple[Path, dict[str, Any], str], tmp_path: Path) -> None:
    out, report, _ = built
    manifest = json.loads((out / "proofs" / "manifest.json").read_text(encoding="utf-8"))
    answers = {(e["source"], e["document"], e["requirement"]): e for e in manifest["artefacts"]}
    checked = 0
    for document in report["documents"]:
        if document["kind"] not in ("plan", "program") or document["verdict"] == "invalid":
            assert document["proofs"] == []
            continue
        listed = {p["requirement"]: p for p in document["proofs"]}
        for requirement in document["proved"]:
            entry = answers[(document["file"], document["id"], requirement)]
            assert entry["result"] == "unsat"
            assert (out / "proofs" / entry["file"]).is_file() and entry["file"].endswith(".smt2")
            assert listed[requirement]["file"] == f"proofs/{entry['file']}"
            checked += 1
        for finding in document["findings"]:
            assert answers[(document["file"], document["id"], finding["requirement"])]["result"] == "sat"
    assert checked > 100
    assert report["proofs"]["manifest_sha256"] == hashlib.sha256((out / "proofs" / "manifest.json").read_bytes()).hexdigest()

    proc = run_cli("proofs", "verify", str(out / "proofs"), cwd=REPO)
    assert proc.returncode == 0, proc.stdout
    assert "all confirmed" in proc.stdout

    # The report folder itself, as `report --output DIR` named it: its proofs/ are checked, paths shown from DIR as typed.
    edited = tmp_path / "r"
    shutil.copytree(out, edited)
    target = edited / "proofs" / manifest["artefacts"][0]["file"]
    target.write_text(target.read_text(encoding="utf-8").replace("(check-sat)", "(assert false)\n(check-sat)"), encoding="utf-8")
    proc = run_cli("proofs", "verify", "r", cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[0] == f"r/proofs/{manifest['artefacts'][0]['file']}: SHA-256 differs from the manifest (the file was edited)"
    assert proc.stdout.splitlines()[-1] == f"{len(manifest['artefacts'])} proof artefacts: 1 problems"


def test_a_quote_is_joined_across_the_label_files_line_breaks() -> None:
    label = label_lines()
    quote = label_quote(label, 157)  # "maintain adequate effect daily dose ..." continues a sentence begun on line 156
    assert quote["before"] == label[155].strip() + " "
    assert quote["after"].strip().startswith("the infusion pump and / or") and quote["after"].endswith(".")
    assert quote["lines"] == [156, 158]
    single = label_quote(label, 122)
    assert single["before"] == single["after"] == "" and single["lines"] == [122, 122]


@needs_cases
def test_the_example_cases_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole conformance folder, as a reviewer would run it, in this process."""
    out = tmp_path / "evidence"
    monkeypatch.chdir(REPO)
    assert run_report([str(CASES)], out, default_ruleset()) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    # A safe plan with warnings: its cells are warnings, not counterexamples, and the violated count leaves them out.
    documents_by_id = {d["id"]: d for d in report["documents"]}
    cautions = documents_by_id["interactions-and-cautions"]
    assert cautions["verdict"] == "safe"
    assert {r for r, s in cautions["requirements"].items() if s != "proved" and s != "not applicable"} == {"ITB-PAT-5", "ITB-DDI-1"}
    assert set(cautions["requirements"].values()) <= {"proved", "not applicable", "warning"}
    summary = report["summary"]
    assert summary["errors_violated"] == sum(1 for v in summary["requirements_violated"] if v["severity"] == "error")
    assert summary["warnings_raised"] == 2
    # Flex schedules get a day view; no reservoir axis goes below 0 mL.
    assert documents_by_id["program-flex-safe"]["chart"]["flex"] is True
    for document in report["documents"]:
        if document["chart"]:
            assert not re.search(r'class="ytick">-', (out / document["chart"]["file"]).read_text(encoding="utf-8")), document["id"]
    expected = yaml.safe_load((CASES / "expected.yaml").read_text(encoding="utf-8"))
    documents = {Path(d["file"]).name: d for d in report["documents"]}
    assert set(documents) == set(expected)
    for name, want in expected.items():
        assert documents[name]["verdict"] == want["verdict"], name
        if documents[name]["verdict"] != "invalid":
            assert (out / documents[name]["chart"]["file"]).is_file(), name
    assert _parse((out / "index.html").read_text(encoding="utf-8")).problems == []


@needs_cases
def test_the_reports_documents_are_the_conformance_cases() -> None:
    """The documents above are copies of the shared cases: the same text, the same expected results."""
    expected = yaml.safe_load((CASES / "expected.yaml").read_text(encoding="utf-8"))
    for name, (text, verdict, errors) in DOCUMENTS.items():
        assert text == (CASES / f"{name}.yaml").read_text(encoding="utf-8"), name
        assert verdict == expected[f"{name}.yaml"]["verdict"], name
        assert errors == set(expected[f"{name}.yaml"]["errors"]), name


def _one_line_error(text: str) -> str:
    assert "Traceback" not in text
    lines = text.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("itbverify: "), text
    return lines[0]


def test_report_onto_a_file_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "taken"
    target.write_text("keep me\n", encoding="utf-8")
    assert run_report([str(REPO / "examples" / "taper-and-stop.yaml")], target, default_ruleset()) == 2
    captured = capsys.readouterr()
    assert str(target) in _one_line_error(captured.err) and "not a folder" in captured.err
    assert captured.out == ""
    assert target.read_text(encoding="utf-8") == "keep me\n"


@pytest.mark.parametrize("in_the_way", ["proofs", "report.json", "index.html"])
def test_a_file_or_folder_in_the_way_inside_the_report_is_a_one_line_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], in_the_way: str) -> None:
    out = tmp_path / "evidence"
    out.mkdir()
    blocker = out / in_the_way
    if in_the_way == "proofs":
        blocker.write_text("a file where the proofs folder goes\n", encoding="utf-8")
    else:
        blocker.mkdir()
    document = tmp_path / "safe.yaml"
    document.write_text(_SAFE_SPINAL_ADULT, encoding="utf-8")
    assert run_report([str(document)], out, default_ruleset()) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert str(blocker) in line and "cannot write the report" in line


def test_a_missing_path_is_named_and_the_report_still_written(tmp_path: Path) -> None:
    document = tmp_path / "safe.yaml"
    document.write_text(_SAFE_SPINAL_ADULT, encoding="utf-8")
    out = tmp_path / "evidence"
    proc = run_cli("report", "--output", str(out), str(document), str(tmp_path / "absent.yaml"), cwd=REPO)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and "absent.yaml" in proc.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [m["message"] for m in report["summary"]["missing"]] == ["no such file or folder"]
    assert [d["verdict"] for d in report["documents"]] == ["safe"]

