"""`itbverify report`: the evidence report for review (HTML, JSON, charts, proofs)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
import z3
from conftest import CASES, REPO, SHARED, run_cli

import itbverify
from itbverify.evidence import render_html, scan_tests
from itbverify.ruleset import default_ruleset

LABEL = SHARED / "label" / "lioresal-intrathecal-label.txt"
REQUIREMENTS = SHARED / "spec" / "requirements.yaml"
SOME_CASES = ["safe-spinal-adult", "increase-35pct", "reservoir-runs-low", "program-patient-bolus-worst-case", "bad-type"]
LIBRARY = REPO / "examples" / "libraries" / "limits-broken.yaml"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


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


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], str]:
    out = tmp_path_factory.mktemp("report") / "evidence"
    paths = [str(CASES / f"{name}.yaml") for name in SOME_CASES] + [str(LIBRARY)]
    proc = run_cli("report", "--output", str(out), *paths, cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "itbverify proofs verify" in proc.stdout
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return out, report, (out / "index.html").read_text(encoding="utf-8")


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
    spec = {r["id"]: r for r in yaml.safe_load(REQUIREMENTS.read_text(encoding="utf-8"))["requirements"]}
    quotes_on_page = set(_parse(html).quotes)
    quoted = 0
    for requirement in report["requirements_traced"]:
        assert [q["line"] for q in requirement["label"]] == spec[requirement["id"]]["source"], requirement["id"]
        assert requirement["basis"] == spec[requirement["id"]]["basis"]
        for quote in requirement["label"]:
            assert quote["text"] == label[quote["line"] - 1], (requirement["id"], quote["line"])
            assert f"line {quote['line']}{quote['text']}" in quotes_on_page, (requirement["id"], quote["line"])
            quoted += 1
    assert quoted > 30


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
    expected = yaml.safe_load((CASES / "expected.yaml").read_text(encoding="utf-8"))
    documents = _documents(report)
    for name in SOME_CASES:
        document = documents[name]
        assert document["verdict"] == expected[f"{name}.yaml"]["verdict"], name
        errors = {f["requirement"] for f in document["findings"] if f["severity"] == "error" and f["requirement"]}
        assert errors == set(expected[f"{name}.yaml"]["errors"]), name
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
    assert [t.split("::", 1)[1] for t in found["ITB-PAT-10"] if "::" in t] == ["TestMore::test_other"]
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

    edited = tmp_path / "proofs"
    shutil.copytree(out / "proofs", edited)
    target = edited / manifest["artefacts"][0]["file"]
    target.write_text(target.read_text(encoding="utf-8").replace("(check-sat)", "(assert false)\n(check-sat)"), encoding="utf-8")
    proc = run_cli("proofs", "verify", str(edited), cwd=REPO)
    assert proc.returncode == 1 and "SHA-256" in proc.stdout


def test_the_example_cases_folder(tmp_path: Path) -> None:
    """The whole conformance folder, as a reviewer would run it (about half a minute)."""
    out = tmp_path / "evidence"
    started = time.perf_counter()
    proc = run_cli("report", "--output", str(out), str(CASES), cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert time.perf_counter() - started < 240
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    expected = yaml.safe_load((CASES / "expected.yaml").read_text(encoding="utf-8"))
    documents = {Path(d["file"]).name: d for d in report["documents"]}
    assert set(documents) == set(expected)
    for name, want in expected.items():
        assert documents[name]["verdict"] == want["verdict"], name
        if documents[name]["verdict"] != "invalid":
            assert (out / documents[name]["chart"]["file"]).is_file(), name
    assert _parse((out / "index.html").read_text(encoding="utf-8")).problems == []
