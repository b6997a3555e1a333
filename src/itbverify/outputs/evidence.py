"""The evidence report: `itbverify report PATH... --output DIR`.

For regulatory and quality review, in one folder:

- DIR/index.html, for people, and DIR/report.json, the same data for tools:
  a summary with the provenance of the run (tool and solver versions, the
  SHA-256 of every rule file and of the label text, the date); a traceability
  matrix from each requirement to the label lines it comes from (quoted
  verbatim), its basis, the rule that encodes it, the tests that mention it
  and its result on each document; and, per document, the verdict, every
  finding with its counterexample, a dose timeline chart and links to the
  proof artefacts;
- DIR/charts/*.svg, one dose timeline per plan or program;
- DIR/proofs/, the SMT-LIB query behind every verdict with its manifest
  (written by `proofs.generate`); `itbverify proofs verify DIR/proofs`
  re-checks them;
- DIR/counterexamples/, the programs a dose-limit configuration accepts but
  should not, as YAML documents that `itbverify check` reads.

The verdicts of plans and programs are the ones `proofs.generate` computed
while writing the proof artefacts (the Z3 engine, always), so the report and
the proofs cannot disagree.
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from itbverify import __version__
from itbverify.analyses.check import check_source, iter_sources, peek
from itbverify.analyses.proofs import MANIFEST, Artefact
from itbverify.analyses.proofs import generate as generate_proofs
from itbverify.analyses.run import Run
from itbverify.base.exact import Fraction
from itbverify.base.numbers import format_number, to_json_exact
from itbverify.base.resources import label_path, rules_dir
from itbverify.documents.build import Invalid, load_document
from itbverify.documents.model import Bolus, Document, PatientBolus, Step
from itbverify.engines.results import DEFAULT_TIMEOUT_S, Finding, Result
from itbverify.engines.z3.version import solver_version
from itbverify.language.ruleset import RuleSet
from itbverify.semantics.evaluate import Evaluator, RuleError, describe_time

REPORT_JSON = "report.json"
INDEX_HTML = "index.html"
FORMAT_VERSION = 1

# The status of one requirement on one document, as the matrix shows it.
PROVED = "proved"
COUNTEREXAMPLE = "counterexample"
WARNING = "warning"  # a counterexample to a warning-severity requirement: to review, not a violation
WAIVED = "waived"
NOT_APPLICABLE = "not applicable"
UNKNOWN = "unknown"
DEPENDS = "depends on entry"
NOT_CHECKED = "not checked"
STATUSES = (PROVED, COUNTEREXAMPLE, WARNING, WAIVED, NOT_APPLICABLE, UNKNOWN, DEPENDS, NOT_CHECKED)

def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def label_lines(path: Path | None = None) -> list[str]:
    """The label text, one entry per line (line n is entry n - 1), exactly as in the file."""
    text = (path or label_path()).read_text(encoding="utf-8")
    return [line.removesuffix("\r") for line in text.split("\n")]


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _rule_files(ruleset: RuleSet) -> list[tuple[str, Path]]:
    """Each rule file of RULESET, as shown, and where it is read from: the bundled ones (rules/NAME), then a policy
    pack's (their own paths), so the report's hashes cover every rule it was made with."""
    bundled = {f"rules/{p.name}": p for p in rules_dir().glob("*.rules")}
    out = []
    for f in ruleset.files:
        path = bundled.get(f.path) or Path(f.path)
        if path.is_file():
            out.append((f.path, path))
    return out


def label_quote(label: list[str], line: int) -> dict[str, Any]:
    """Label line LINE (1-based), verbatim, and the whole sentences it is part of.

    The label file breaks lines inside sentences ("...carried out gradually, by" / "changing the
    rate..."): within a paragraph (up to a blank line) the quote reaches back to the start of the
    sentence the line begins in and on to the end of the one it ends in, the lines joined with spaces.
    `before` + `text` + `after` is that sentence text; `lines` the first and last label line it takes.
    """
    if not 0 < line <= len(label):
        return {"line": line, "text": None, "before": "", "after": "", "lines": [line, line]}
    text = label[line - 1]
    before: list[str] = []
    first = line
    while first > 1 and label[first - 2].strip() and not _ends_sentence(label[first - 2]):
        first -= 1
        previous = label[first - 1].strip()
        ends = list(_SENTENCE_END.finditer(previous))
        if ends:
            before.insert(0, previous[ends[-1].end():].strip())
            break
        before.insert(0, previous)
    after: list[str] = []
    last = line
    while last < len(label) and label[last].strip() and not _ends_sentence(label[last - 1]):
        last += 1
        following = label[last - 1].strip()
        end = _SENTENCE_END.search(following)
        if end:
            after.append(following[: end.end()])
            break
        after.append(following)
    joined_before = " ".join(part for part in before if part)
    joined_after = " ".join(after)
    return {"line": line, "text": text, "before": joined_before + " " if joined_before else "",
            "after": " " + joined_after if joined_after else "", "lines": [first, last]}


def _ends_sentence(line: str) -> bool:
    """A line that ends a sentence (or a heading or list item, ending in a colon or semicolon)."""
    return bool(re.search(r"[.!?:;]\s*$", line))


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "document"


def _number(value: Any) -> Any:
    return to_json_exact(value) if value is not None else None


# ---- tests that cover a requirement ----------------------------------------------


def _test_functions(tree: ast.Module) -> list[tuple[str, str]]:
    """(qualified name, the text it mentions) of each test function of a module.

    The text is every string and name inside the function, its decorators included (a
    `pytest.param(..., id="ITB-PAT-1-young")` names the test's cases): read from the syntax tree,
    so a comment, a table at module level or another function's body never counts for it.
    """
    found: list[tuple[str, str]] = []

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
                found.append((prefix + node.name, "\n".join(_mentions(node))))
            elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
                visit(node.body, f"{prefix}{node.name}::")

    visit(tree.body, "")
    return found


def _mentions(node: ast.AST) -> list[str]:
    words: list[str] = []
    for child in ast.walk(node):
        if isinstance(child, ast.Constant) and isinstance(child.value, str):
            words.append(child.value)
        elif isinstance(child, ast.Name):
            words.append(child.id)
        elif isinstance(child, ast.Attribute):
            words.append(child.attr)
    return words


def scan_tests(folder: Path, ids: list[str]) -> dict[str, list[str]] | None:
    """For each requirement id, the test functions (file::function) that mention it inside the function.

    None when there is no folder. A file that mentions an id only outside its test functions does not count.
    """
    if not folder.is_dir():
        return None
    patterns = {i: re.compile(re.escape(i) + r"(?![0-9A-Za-z])") for i in ids}
    covered: dict[str, list[str]] = {i: [] for i in ids}
    files = sorted(p for p in folder.rglob("*.py") if p.name.startswith("test_") or p.name.endswith("_test.py"))
    for path in files:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        mentioned = [i for i in ids if patterns[i].search(text)]
        if not mentioned:
            continue
        try:
            functions = _test_functions(ast.parse(text))
        except (SyntaxError, ValueError):
            continue
        shown = Path(os.path.relpath(path)).as_posix() if not path.is_absolute() or path.is_relative_to(Path.cwd()) else path.as_posix()
        for requirement in mentioned:
            covered[requirement].extend(f"{shown}::{name}" for name, words in functions if patterns[requirement].search(words))
    return covered


# ---- per-document data -----------------------------------------------------------


def requirement_status(result: Result, requirement: str) -> str:
    if result.verdict in ("invalid", "error"):
        return NOT_CHECKED
    findings = [f for f in result.findings if f.requirement == requirement]
    if findings:
        return _finding_status([f for f in findings if f.waiver is None])
    if requirement in result.proved:
        return PROVED
    if requirement in result.unknown:
        return UNKNOWN
    if requirement in result.not_applicable:
        return NOT_APPLICABLE
    if requirement in result.depends_on_entry:
        return DEPENDS
    return NOT_CHECKED


def _finding_status(unwaived: list[Finding]) -> str:
    """The status of a requirement's findings that no waiver covers: an error outweighs a warning; none left is waived."""
    if not unwaived:
        return WAIVED
    return COUNTEREXAMPLE if any(f.severity == "error" for f in unwaived) else WARNING


def _windows(value: Any) -> list[tuple[Fraction, Fraction]]:
    """Every {start_h, end_h} inside a counterexample."""
    found: list[tuple[Fraction, Fraction]] = []
    if isinstance(value, dict):
        if "start_h" in value and "end_h" in value:
            try:
                found.append((Fraction(str(value["start_h"])), Fraction(str(value["end_h"]))))
            except (ValueError, ZeroDivisionError):
                pass
        for key, item in value.items():
            if key != "program":
                found += _windows(item)
    elif isinstance(value, list):
        for item in value:
            found += _windows(item)
    return found


def _when(document: Document | None, hours: Fraction | None) -> str | None:
    if document is None or hours is None:
        return None
    try:
        return describe_time(document, hours)
    except (TypeError, ValueError, OverflowError):
        return None


def finding_record(finding: Finding, result: Result, document: Document | None) -> dict[str, Any]:
    record = finding.to_json()
    record["at_h"] = _number(finding.at_h)
    record.setdefault("basis", None)
    record.setdefault("label_lines", [])
    record["waiver"] = finding.waiver
    record["status"] = _finding_status([] if finding.waiver is not None else [finding]) if finding.requirement else finding.severity
    record["location"] = f"{result.file}:{finding.line}:{finding.column}" if finding.line is not None else result.file
    record["at"] = _when(document, finding.at_h)
    windows = _windows(finding.counterexample) if finding.counterexample else []
    record["window"] = None
    if windows:
        start, end = windows[0]
        record["window"] = {"start_h": _number(start), "end_h": _number(end), "start": _when(document, start), "end": _when(document, end)}
    return record


def _limit_function(document: Document, ruleset: RuleSet) -> Callable[[Step], Fraction | None]:
    """The increase limit of a step, from the rule set's own `increase_limit(phase)` definition.

    The label's limits are the rules' alone: a rule set without that
    definition, or one that cannot be evaluated for the step, draws no
    envelope for it rather than one the rules may not mean.
    """
    definition = ruleset.definitions.get("increase_limit")
    evaluator = Evaluator(document, ruleset.definitions, symbolic=False)

    def limit_of(step: Step) -> Fraction | None:
        if step.phase == "emergency":
            # ITB-TITR-1 holds an emergency change to the dose before it (no increase at all), not to increase_limit.
            return Fraction(0)
        if definition is None or definition.params is None or len(definition.params) != 1:
            return None
        try:
            value = evaluator.eval(definition.body, {definition.params[0]: step.phase})
        except RuleError:
            return None
        if isinstance(value, (Fraction, int)) and not isinstance(value, bool):
            return Fraction(value)
        return None

    return limit_of


def chart_document(document: Document, result: Result) -> tuple[Document, str]:
    """A document with numbers only, to draw: a program's worst case from its counterexample, or its nominal case."""
    if not document.leaves_open:
        return document, ""
    allowance = document.patient_bolus
    for finding in result.findings:
        example = finding.counterexample or {}
        if "boluses_h" in example or "delivery_factor" in example:
            times = [Fraction(str(t)) for t in example.get("boluses_h", [])]
            factor = Fraction(str(example.get("delivery_factor", 1)))
            boluses: tuple[Bolus, ...] = ()
            if allowance is not None:
                boluses = tuple(_taken(allowance, t) for t in times)
            concrete = _as_stated(document, boluses, factor)
            note = (f"Worst case found by the solver for {finding.requirement}: {len(times)} patient bolus"
                    f"{'es' if len(times) != 1 else ''} at the times of its counterexample, delivery factor {format_number(factor, 4)}.")
            return concrete, note
    concrete = _as_stated(document, (), Fraction(1))
    parts = []
    if allowance is not None:
        parts.append("no patient bolus taken")
    if document.delivery_tolerance_pct > 0:
        parts.append("delivery factor 1 (nominal)")
    note = "Nominal case: " + ", ".join(parts) + ". The proofs cover every bolus pattern and delivery factor the program allows." if parts else ""
    return concrete, note


def _as_stated(document: Document, boluses: tuple[Bolus, ...], factor: Fraction) -> Document:
    """A program with these boluses taken and this delivery factor, and nothing left open."""
    return dataclasses.replace(document, boluses=boluses, delivery_factor=factor, delivery_tolerance_pct=Fraction(0), patient_bolus=None)


def _taken(allowance: PatientBolus, at_h: Fraction) -> Bolus:
    """A patient bolus the allowance permits, taken at AT_H."""
    return Bolus(allowance.line, allowance.column, allowance.positions, at_h=at_h, dose_ug=allowance.dose_ug, via="pump",
                 emergency=False, draws_ml=allowance.draws_ml, active=True)


def _marks(result: Result) -> list[Any]:
    from itbverify.outputs.charts import Mark

    marks = []
    for finding in result.findings:
        if finding.requirement is None:
            continue
        severity = "waived" if finding.waiver is not None else finding.severity
        windows = _windows(finding.counterexample) if finding.counterexample else []
        if windows:
            marks.append(Mark(finding.requirement, severity, finding.at_h, windows[0]))
        elif isinstance(finding.at_h, Fraction):
            marks.append(Mark(finding.requirement, severity, finding.at_h, None))
    return marks


def draw_chart(document: Document, result: Result, ruleset: RuleSet, folder: Path, key: str) -> dict[str, Any]:
    from itbverify.outputs.charts import timeline_chart

    concrete, note = chart_document(document, result)
    path = folder / "charts" / f"{key}.svg"
    time_label = ("days from hour 0 of the program (negative: the previous program)" if document.kind == "program"
                  else "days from day 0 of the plan")
    title = f"{result.id or key}: dose timeline"
    facts = timeline_chart(concrete, path, _limit_function(concrete, ruleset), _marks(result), title, time_label,
                           lambda hours: _when(document, hours) or f"hour {format_number(hours, 2)}")
    return {
        "file": f"charts/{key}.svg",
        "case": note or None,
        "peak_24h_ug": _number(facts.peak_24h_ug),
        "peak_24h_window_end": _when(document, facts.peak_24h_end_h),
        "lowest_reservoir_ml": _number(facts.lowest_reservoir_ml),
        "lowest_reservoir_at": _when(document, facts.lowest_reservoir_h),
        "alarm_ml": _number(document.pump.low_reservoir_alarm_ml),
        "above_allowed": [{"start_h": _number(a), "end_h": _number(b), "start": _when(document, a), "end": _when(document, b)}
                          for a, b in facts.above_allowed],
        "flex": facts.day_view,
        "notes": facts.notes,
    }


def _write_programs(result: Result, folder: Path, key: str) -> list[dict[str, Any]]:
    """A configuration's counterexample programs, as YAML documents under DIR/counterexamples/KEY/."""
    import yaml

    out = []
    for finding in result.findings:
        program = (finding.counterexample or {}).get("program")
        if not isinstance(program, dict):
            continue
        name = _safe(str(program.get("id") or finding.requirement or "program"))
        path = folder / "counterexamples" / key / f"{name}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(program, sort_keys=False), encoding="utf-8")
        out.append({"requirement": finding.requirement, "id": program.get("id"), "file": path.relative_to(folder).as_posix()})
    return out


# ---- the report ------------------------------------------------------------------


def _unique_key(result: Result, used: set[str]) -> str:
    base = _safe(result.id or Path(result.file).stem)
    key, n = base, 2
    while key in used:
        key, n = f"{base}-{n}", n + 1
    used.add(key)
    return key


def _generated_at() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch and epoch.isdigit() else datetime.now(timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _clean(folder: Path, pattern: str) -> None:
    if folder.is_dir():
        for old in folder.rglob(pattern):
            old.unlink()


def collect(paths: list[str], output: Path, ruleset: RuleSet, timeout_s: float = DEFAULT_TIMEOUT_S,
            tests_folder: Path | None = None) -> dict[str, Any]:
    """Check PATHS, write the proofs, charts and counterexample programs under OUTPUT, and return the report data."""
    started = time.perf_counter()
    output.mkdir(parents=True, exist_ok=True)
    _clean(output / "charts", "*.svg")
    _clean(output / "counterexamples", "*.yaml")
    proofs_folder = output / "proofs"
    artefacts, proved_results = generate_proofs(paths, ruleset, proofs_folder, timeout_s)

    queued: dict[str, deque[Result]] = defaultdict(deque)
    for r in proved_results:
        queued[r.file].append(r)
    by_document: dict[tuple[str, str], dict[str, Artefact]] = defaultdict(dict)
    for a in artefacts:
        if a.requirement != "consistency":
            by_document[(a.source, a.document)][a.requirement] = a

    run = Run()
    used: set[str] = set()
    documents: list[dict[str, Any]] = []
    results: list[tuple[str, Result]] = []
    for source in iter_sources(paths, run):
        _, kind = peek(source)
        document: Document | None = None
        result: Result | None = None
        if source.node is not None and kind != "library":
            try:
                document = load_document(source.node, source.file)
            except Invalid:
                document = None
            if document is not None and queued[source.file]:
                result = queued[source.file].popleft()
                result.line, result.column = source.line, source.column
        if result is None:
            document = None
            result = check_source(source, ruleset, timeout_s)
        key = _unique_key(result, used)
        results.append((key, result))
        record: dict[str, Any] = {
            "key": key,
            "id": result.id,
            "file": result.file,
            "line": result.line,
            "kind": result.kind,
            "verdict": result.verdict,
            "findings": [finding_record(f, result, document) for f in result.findings],
            "proved": list(result.proved),
            "unknown": list(result.unknown),
            "not_applicable": list(result.not_applicable),
            "depends_on_entry": list(result.depends_on_entry),
            "notes": list(result.notes),
            "requirements": {rule.id: requirement_status(result, rule.id) for rule in ruleset.rules},
            "chart": None,
            "proofs": [],
            "counterexample_programs": [],
        }
        if document is not None and result.verdict != "invalid":
            try:
                record["chart"] = draw_chart(document, result, ruleset, output, key)
            except Exception as error:  # noqa: BLE001 - a chart must not stop the report
                record["notes"].append(f"the dose timeline chart could not be drawn: {type(error).__name__}: {error}")
            stored = by_document.get((result.file, result.id or ""), {})
            for rule in ruleset.rules:
                artefact = stored.get(rule.id)
                if artefact is not None:
                    record["proofs"].append({"requirement": artefact.requirement, "file": f"proofs/{Path(artefact.file).as_posix()}",
                                             "result": artefact.result, "meaning": artefact.meaning, "sha256": artefact.sha256})
        if result.kind == "library":
            record["counterexample_programs"] = _write_programs(result, output, key)
        documents.append(record)

    ids = [rule.id for rule in ruleset.rules]
    tests = scan_tests(tests_folder if tests_folder is not None else Path("tests"), ids)
    label_file = label_path()
    label = label_lines(label_file)
    requirements = []
    for rule in ruleset.rules:
        quotes = [label_quote(label, n) for n in rule.label_lines]
        statuses = {key: requirement_status(result, rule.id) for key, result in results}
        requirements.append({
            "id": rule.id,
            "title": rule.title,
            "severity": rule.severity,
            "basis": rule.basis,
            "applies_to": list(rule.applies_to),
            "label": quotes,
            "source": rule.source,
            "rule": {"file": rule.pos.file, "line": rule.pos.line},
            "tests": None if tests is None else tests[rule.id],
            "results": statuses,
            "counts": {s: n for s, n in Counter(statuses.values()).items()},
        })

    verdicts = Counter(d["verdict"] for d in documents)
    violated: dict[str, dict[str, Any]] = {}
    for d in documents:
        for f in d["findings"]:
            if f["requirement"] and f["status"] in (COUNTEREXAMPLE, WARNING):
                entry = violated.setdefault(f["requirement"], {"id": f["requirement"], "severity": f["severity"], "documents": []})
                if d["key"] not in entry["documents"]:
                    entry["documents"].append(d["key"])
    order = {rid: i for i, rid in enumerate(ids)}
    rule_files = _rule_files(ruleset)
    manifest = proofs_folder / MANIFEST
    consistency = [a for a in artefacts if a.requirement == "consistency"]
    shown_output = Path(os.path.relpath(output)) if not output.is_absolute() else output
    return {
        "format": FORMAT_VERSION,
        "title": "itbverify evidence report",
        "generated": _generated_at(),
        "command": "itbverify report " + " ".join(paths) + f" --output {output}" + (f" --timeout {timeout_s:g}" if timeout_s != DEFAULT_TIMEOUT_S else ""),
        "working_directory": os.getcwd(),
        "engine": "z3",
        "timeout_s": timeout_s,
        "tool": {"name": "itbverify", "version": __version__},
        "solver": {"name": "z3", "version": solver_version()},
        "python": sys.version.split()[0],
        "inputs": {
            "label": {"file": "label/" + label_file.name, "sha256": sha256_file(label_file), "lines": len(label) - (1 if label and label[-1] == "" else 0)},
            "rule_files": [{"file": shown, "sha256": sha256_file(path)} for shown, path in rule_files],
        },
        "summary": {
            "documents": len(documents),
            "verdicts": {v: verdicts[v] for v in ("safe", "unsafe", "unknown", "invalid", "error") if verdicts[v]},
            "findings": sum(len(d["findings"]) for d in documents),
            "requirements": len(ids),
            "requirements_violated": sorted(violated.values(), key=lambda v: order.get(v["id"], len(order))),
            # Counted apart: a warning is for review, and a SAFE document can raise one.
            "errors_violated": sum(1 for v in violated.values() if v["severity"] == "error"),
            "warnings_raised": sum(1 for v in violated.values() if v["severity"] != "error"),
            "interpretations": [r["id"] for r in requirements if r["basis"] != "label"],
            "skipped": list(run.skipped),
            "missing": [{"path": p.file, "message": p.message} for p in run.missing],
        },
        "proofs": {
            "folder": "proofs",
            "manifest": f"proofs/{MANIFEST}",
            "manifest_sha256": sha256_file(manifest) if manifest.is_file() else None,
            "artefacts": len(artefacts),
            "answers": dict(Counter(a.result for a in artefacts)),
            "rule_set_consistency": [{"file": f"proofs/{a.file}", "result": a.result} for a in consistency],
            "recheck": f"itbverify proofs verify {(shown_output / 'proofs').as_posix()}",
        },
        "tests_available": tests is not None,
        "requirements_traced": requirements,
        "documents": documents,
        "seconds": round(time.perf_counter() - started, 1),
    }


# ---- rendering -------------------------------------------------------------------


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return format_number(Fraction(str(value)))
    if isinstance(value, str) and re.fullmatch(r"-?\d+/\d+", value):
        exact = Fraction(value)
        return f"{format_number(exact, 4)} (exactly {value})"
    if value is None:
        return "none"
    return str(value)


def counterexample_rows(example: dict[str, Any] | None) -> list[dict[str, Any]]:
    """A counterexample as rows of (name, text, long list or program) for the page."""
    rows: list[dict[str, Any]] = []
    for name, value in (example or {}).items():
        if name in ("program", "file"):
            continue
        if isinstance(value, dict):
            text = ", ".join(f"{k} {_show(v)}" for k, v in value.items())
            rows.append({"name": name, "text": text, "items": None})
        elif isinstance(value, list):
            shown = [_show(v) if not isinstance(v, dict) else ", ".join(f"{k} {_show(x)}" for k, x in v.items()) for v in value]
            if len(shown) > 8:
                rows.append({"name": name, "text": f"{len(shown)} values", "items": ", ".join(shown)})
            else:
                rows.append({"name": name, "text": "; ".join(shown) if shown else "none", "items": None})
        else:
            rows.append({"name": name, "text": _show(value), "items": None})
    return rows


def _program_yaml(program: Any) -> str:
    import yaml

    return str(yaml.safe_dump(program, sort_keys=False))


def render_html(report: dict[str, Any]) -> str:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("itbverify.outputs", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["cx_rows"] = counterexample_rows
    environment.filters["program_yaml"] = _program_yaml
    environment.filters["slug"] = _safe
    environment.filters["show"] = _show
    environment.filters["num"] = lambda v: format_number(Fraction(str(v))) if v is not None else "none"
    template = environment.get_template("report.html.j2")
    proof_of = {(d["key"], p["requirement"]): p["file"] for d in report["documents"] for p in d["proofs"]}
    return template.render(report=report, statuses=STATUSES, proof_of=proof_of)


def write_report(report: dict[str, Any], output: Path) -> None:
    (output / REPORT_JSON).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (output / INDEX_HTML).write_text(render_html(report), encoding="utf-8")


def _cannot_write(error: OSError, output: Path) -> str:
    """One line for a folder or file of the report that cannot be written."""
    where = error.filename if error.filename is not None else output
    if isinstance(error, (FileExistsError, NotADirectoryError)):
        return f"{where}: cannot write the report: a file is in the way of a folder"
    return f"{where}: cannot write the report: {error.strerror or error}"


def _in_the_way(output: Path) -> str | None:
    """The report's own files and folders, when something of the other kind stands where one goes: known before any work is done."""
    for name in (INDEX_HTML, REPORT_JSON):
        if (output / name).is_dir():
            return f"{output / name}: cannot write the report: a folder is in the way of a file"
    for name in ("proofs", "charts"):
        if (output / name).exists() and not (output / name).is_dir():
            return f"{output / name}: cannot write the report: a file is in the way of a folder"
    return None


def run_report(paths: list[str], output: Path, ruleset: RuleSet, timeout_s: float = DEFAULT_TIMEOUT_S) -> int:
    """The `itbverify report` command: 0 when the report is written, 2 when a path does not exist or OUTPUT cannot be written."""
    if output.exists() and not output.is_dir():
        sys.stderr.write(f"itbverify: {output}: not a folder (the report is a folder: index.html, report.json, charts/, proofs/)\n")
        return 2
    blocked = _in_the_way(output)
    if blocked is not None:
        sys.stderr.write(f"itbverify: {blocked}\n")
        return 2
    try:
        report = collect(paths, output, ruleset, timeout_s)
        write_report(report, output)
    except OSError as error:
        sys.stderr.write(f"itbverify: {_cannot_write(error, output)}\n")
        return 2
    summary = report["summary"]
    for missing in summary["missing"]:
        sys.stderr.write(f"itbverify: {missing['path']}: {missing['message']}\n")
    verdicts = ", ".join(f"{n} {v}" for v, n in summary["verdicts"].items()) or "none"
    print(f"report written to {output / INDEX_HTML} and {output / REPORT_JSON}: "
          f"{summary['documents']} document{'s' if summary['documents'] != 1 else ''} ({verdicts}), "
          f"{report['proofs']['artefacts']} proof artefacts in {output / 'proofs'}, {report['seconds']} s")
    print(f"re-check the proofs with: {report['proofs']['recheck']}")
    return 2 if summary["missing"] else 0
