"""The pipeline for one source: read -> validate -> build -> solve -> a Result."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from itbverify.analyses.run import Run
from itbverify.documents.build import Invalid, build_document, load_document
from itbverify.documents.model import Document, unlink
from itbverify.documents.read import FOREIGN, Problem, Skip, Source, find_files, jsonl_document, read_sources
from itbverify.documents.validate_json import read_json_document
from itbverify.engines.concrete import DocumentView
from itbverify.engines.results import DEFAULT_TIMEOUT_S, Finding, Result
from itbverify.engines.solve import verify
from itbverify.language.ruleset import RuleSet

NEEDS_SOLVER = "has solver variables (patient boluses or a delivery tolerance): --engine concrete cannot check it; use --engine auto or z3"


class NeedsSolver(Exception):
    """`--engine concrete` was asked of a document only the solver can check: a usage mistake, not a failure."""


def invalid_result(file: str, problems: list[Problem], line: int = 1, column: int = 1, doc_id: str | None = None, kind: str | None = None) -> Result:
    findings = [Finding(None, "error", p.message, p.line, p.column) for p in problems]
    return Result(doc_id, file, kind, "invalid", line, column, findings)


def peek(source: Source) -> tuple[str | None, str | None]:
    """The id and kind a source says it has, before it is validated."""
    from itbverify.documents.read import Mapping, Scalar

    doc_id = kind = None
    if isinstance(source.node, Mapping):
        for key, value in source.node.items:
            if isinstance(value, Scalar):
                if key.text == "id":
                    doc_id = value.text
                elif key.text == "kind":
                    kind = value.text
    return doc_id, kind



def check_source(source: Source, ruleset: RuleSet, timeout_s: float = DEFAULT_TIMEOUT_S, emit: Path | None = None, engine: str = "z3") -> Result:
    doc_id, kind = peek(source)
    if source.node is None:
        return invalid_result(source.file, source.problems, source.line, source.column, doc_id, kind)
    if source.problems:
        # A mapping that looks like a misspelt document: invalid, the hint first, then what the validator says.
        result = _check_node(source, ruleset, timeout_s, emit, engine, doc_id, kind)
        found = list(source.problems) + [Problem(source.file, f.line, f.column, f.message) for f in result.findings if result.verdict == "invalid"]
        return invalid_result(source.file, found, source.line, source.column, doc_id, kind)
    return _check_node(source, ruleset, timeout_s, emit, engine, doc_id, kind)


def _check_node(source: Source, ruleset: RuleSet, timeout_s: float, emit: Path | None, engine: str, doc_id: str | None, kind: str | None) -> Result:
    assert source.node is not None
    if kind == "library":
        return _check_library(source, ruleset, timeout_s, emit, doc_id)
    try:
        document = load_document(source.node, source.file)
    except Invalid as error:
        return invalid_result(source.file, error.problems, source.line, source.column, doc_id, kind)
    return _verified(document, source.file, source.line, source.column, doc_id, kind, ruleset, timeout_s, engine)


def check_json_line(text: str, number: int, file: str, ruleset: RuleSet, timeout_s: float = DEFAULT_TIMEOUT_S, engine: str = "z3") -> Result:
    """Line NUMBER of a JSON Lines file, as check_source would check it: read straight to a record
    when it has nothing to report (validate_json.py), else through its node tree."""
    body = text.strip()
    fast = read_json_document(body, number, len(text) - len(text.lstrip())) if body.startswith("{") else None
    if fast is None:
        return check_source(jsonl_document(text, number, file), ruleset, timeout_s, engine=engine)
    kind, record = fast
    doc_id = record.get("id")
    try:
        document = build_document(record, kind, file)
    except Invalid as error:
        return invalid_result(file, error.problems, number, 1, doc_id, kind)
    result = _verified(document, file, number, 1, doc_id, kind, ruleset, timeout_s, engine)
    unlink(document)  # a result holds no element: the document goes when this returns
    return result


def build_json_line(text: str, file: str) -> Document | None:
    """The document of one JSON line, built, where it reads straight to a record and builds without a
    problem; None where not (check_json_line says what is wrong). Its owner unlinks it when done."""
    body = text.strip()
    fast = read_json_document(body, 1, len(text) - len(text.lstrip())) if body.startswith("{") else None
    if fast is None:
        return None
    try:
        return build_document(fast[1], fast[0], file)
    except Invalid:
        return None


def check_built(document: Document, ruleset: RuleSet, timeout_s: float = DEFAULT_TIMEOUT_S, engine: str = "z3",
                view: DocumentView | None = None) -> Result:
    """A document built from one JSON line (build_json_line), checked as check_json_line checks that line
    (VIEW: its concrete view, where the caller has one)."""
    return _verified(document, document.file, 1, 1, document.id, document.kind, ruleset, timeout_s, engine, view)


def _verified(document: Document, file: str, line: int, column: int, doc_id: str | None, kind: str | None,
              ruleset: RuleSet, timeout_s: float, engine: str, view: DocumentView | None = None) -> Result:
    if engine == "concrete":
        from itbverify.engines.concrete import is_concrete

        if not is_concrete(document):
            raise NeedsSolver(f"{file}:{line}: {doc_id or 'the document'} {NEEDS_SOLVER}")
    try:
        result = verify(document, ruleset, timeout_s, engine, view=view)
    except Exception as error:  # noqa: BLE001 - one document's failure must not stop the others
        detail = traceback.format_exception_only(type(error), error)[-1].strip()
        return Result(doc_id, file, kind, "error", line, column,
                      [Finding(None, "error", f"internal error while checking this document: {detail}", line, column)])
    result.line, result.column = line, column
    return result


def _check_library(source: Source, ruleset: RuleSet, timeout_s: float, emit: Path | None, doc_id: str | None) -> Result:
    from itbverify.analyses.library import InvalidLibrary, load_library, verify_library

    assert source.node is not None
    try:
        library = load_library(source.node, source.file)
    except InvalidLibrary as error:
        return invalid_result(source.file, error.problems, source.line, source.column, doc_id, "library")
    try:
        result, found = verify_library(library, ruleset, timeout_s)
    except Exception as error:  # noqa: BLE001 - one document's failure must not stop the others
        detail = traceback.format_exception_only(type(error), error)[-1].strip()
        return Result(doc_id, source.file, "library", "error", source.line, source.column,
                      [Finding(None, "error", f"internal error while checking this configuration: {detail}", source.line, source.column)])
    result.line, result.column = source.line, source.column
    if emit is not None:
        import yaml

        emit.mkdir(parents=True, exist_ok=True)
        for item, finding in zip(found, [f for f in result.findings if f.requirement]):
            path = emit / f"{item.program['id']}.yaml"
            path.write_text(yaml.safe_dump(item.program, sort_keys=False), encoding="utf-8")
            if finding.counterexample is not None:
                finding.counterexample["file"] = str(path)
    return result


def check_text(text: str, name: str, ruleset: RuleSet, timeout_s: float = DEFAULT_TIMEOUT_S, engine: str = "z3") -> Result:
    """Check a document held in memory (a generated counterexample, say) as if read from NAME."""
    from itbverify.documents.read import compose, source_of

    node, problems = compose(text, name)
    if node is None:
        return check_source(Source(name, 1, 1, None, problems), ruleset, timeout_s, engine=engine)
    return check_source(source_of(node, name), ruleset, timeout_s, engine=engine)


def iter_sources(paths: list[str], run: Run) -> Iterator[Source]:
    for found in find_files(paths):
        if isinstance(found, Skip):
            run.skips.append(found)
            continue
        if isinstance(found, Problem):
            run.missing.append(found)
            continue
        path, shown = found
        for source in read_sources(path, shown):
            if source.skipped:
                run.skips.append(Skip(source.file, source.line, source.column, FOREIGN))
                continue
            yield source


# Told before each document is checked: how many are done, how many there are, and the next one's place.
Progress = Callable[[int, int, str], None]


def check_paths(paths: list[str], ruleset: RuleSet, timeout_s: float = DEFAULT_TIMEOUT_S, emit: Path | None = None, engine: str = "z3",
                progress: Progress | None = None) -> Run:
    """Every document under PATHS, checked in order. With PROGRESS, every file is read first, so it can
    be told how many documents there are."""
    run = Run()
    sources: Iterable[Source] = iter_sources(paths, run)
    if progress is not None:
        sources = list(sources)
    total = len(sources) if isinstance(sources, list) else 0
    for done, source in enumerate(sources):
        if progress is not None:
            progress(done, total, f"{source.file}:{source.line}")
        try:
            run.results.append(check_source(source, ruleset, timeout_s, emit, engine))
        except NeedsSolver:
            run.needs_solver.append(f"{source.file}:{source.line}")
    if progress is not None:
        progress(total, total, "")
    return run


def exit_code(results: list[Result], strict: bool = False, usage_error: bool = False) -> int:
    verdicts = {r.verdict for r in results}
    if usage_error or "invalid" in verdicts or "error" in verdicts:
        return 2
    if "unsafe" in verdicts:
        return 1
    if strict and any(f.severity == "warning" and f.waiver is None for r in results for f in r.findings):
        return 1
    if "unknown" in verdicts:
        return 3
    return 0

