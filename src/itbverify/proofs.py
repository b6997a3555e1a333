"""Proof artefacts: the exact SMT-LIB query behind each verdict, and their re-check.

Every query is standalone (`z3 FILE.smt2` answers it: unsat for a proved
requirement, sat for a counterexample). The manifest records, per artefact,
the document and requirement, the file, its SHA-256, the solver and version,
the time taken and the answer. `verify` re-runs each query and checks its
answer and hash, and, where the source document is still there, builds the
query again from the current rules: a rule change that invalidates a stored
proof shows up as a changed query.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import z3

from . import __version__
from .build import Invalid, load_document
from .check import Run, iter_sources
from .ruleset import RuleSet
from .solve import DEFAULT_TIMEOUT_S, Result, RuleOutcome, verify

ANSWER = {"proved": "unsat", "violated": "sat", "unknown": "unknown"}
MANIFEST = "manifest.json"


@dataclass
class Artefact:
    document: str
    source: str
    requirement: str
    file: str
    sha256: str
    solver: str
    solver_version: str
    seconds: float
    result: str  # unsat | sat | unknown
    meaning: str  # proved | counterexample | unknown | consistent | ...


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name) or "document"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def query_text(outcome: RuleOutcome) -> str:
    assert outcome.solver is not None
    return f"; itbverify {__version__}: {outcome.rule.id}\n(set-option :produce-models true)\n" + str(outcome.solver.to_smt2())


def _queries_of(path: str, timeout_s: float) -> list[tuple[Result, list[tuple[str, str, str, float]]]]:
    """In a fresh process: each document of a file, with (requirement, query, status, seconds) per rule.

    Z3 numbers the terms of one process in creation order and prints queries
    accordingly, so a query is only reproducible byte for byte when it is
    built first thing in a fresh process: every document gets one.
    """
    from .ruleset import default_ruleset

    ruleset = default_ruleset()
    out = []
    for source in iter_sources([path], Run()):
        result, outcomes, _ = document_outcomes(source, ruleset, timeout_s)
        if result is None:
            continue
        queries = [(o.rule.id, query_text(o), o.status, o.seconds) for o in outcomes if o.solver is not None]
        out.append((result, queries))
    return out


def _in_fresh_process(path: str, timeout_s: float) -> list[tuple[Result, list[tuple[str, str, str, float]]]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_queries_of, path, timeout_s).result()


def document_outcomes(source: Any, ruleset: RuleSet, timeout_s: float) -> tuple[Result | None, list[RuleOutcome], Any]:
    """The Z3 outcomes of every rule on one source, or none if it is not a plan or program."""
    if source.node is None:
        return None, [], None
    try:
        document = load_document(source.node, source.file)
    except Invalid:
        return None, [], None
    outcomes: list[RuleOutcome] = []
    result = verify(document, ruleset, timeout_s, engine="z3", keep=outcomes)
    return result, outcomes, document


def write_document_proofs(result: Result, queries: list[tuple[str, str, str, float]], source_file: str, folder: Path) -> list[Artefact]:
    artefacts = []
    sub = folder / _safe(result.id or Path(source_file).stem)
    for requirement, text, status, seconds in queries:
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{requirement}.smt2"
        path.write_text(text, encoding="utf-8")
        meaning = {"proved": "proved", "violated": "counterexample", "unknown": "unknown"}[status]
        artefacts.append(
            Artefact(result.id or "", source_file, requirement, str(path.relative_to(folder)), _sha(text), "z3", z3.get_version_string(),
                     round(seconds, 6), ANSWER[status], meaning)
        )
    return artefacts


def consistency_artefacts(ruleset: RuleSet, folder: Path, timeout_s: float) -> list[Artefact]:
    """The rule-set consistency proof: one satisfiable query (a witness plan) per profile and layout."""
    from .consistency import check_ruleset

    kept: list[tuple[str, z3.Solver, str]] = []
    check_ruleset(ruleset, timeout_s, keep=kept)
    artefacts = []
    sub = folder / "rule-set"
    sub.mkdir(parents=True, exist_ok=True)
    for label, solver, answer in kept:
        text = f"; itbverify {__version__}: rule-set consistency, {label}\n" + solver.to_smt2()
        path = sub / f"consistent-{_safe(label)}.smt2"
        path.write_text(text, encoding="utf-8")
        artefacts.append(Artefact("rule-set", "", "consistency", str(path.relative_to(folder)), _sha(text), "z3", z3.get_version_string(), 0.0, answer, "consistent"))
    return artefacts


def write_manifest(folder: Path, artefacts: list[Artefact]) -> None:
    manifest = {"tool": f"itbverify {__version__}", "solver": "z3", "solver_version": z3.get_version_string(),
                "artefacts": [asdict(a) for a in artefacts]}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def generate(paths: list[str], ruleset: RuleSet, folder: Path, timeout_s: float = DEFAULT_TIMEOUT_S, rule_set_proof: bool = True) -> tuple[list[Artefact], list[Result]]:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.rglob("*.smt2"):
        old.unlink()
    from .read import find_files

    artefacts: list[Artefact] = []
    results: list[Result] = []
    for found in find_files(paths):
        if isinstance(found, tuple):
            for result, queries in _in_fresh_process(found[1], timeout_s):
                results.append(result)
                artefacts += write_document_proofs(result, queries, result.file, folder)
    if rule_set_proof:
        artefacts += consistency_artefacts(ruleset, folder, timeout_s * 3)
    write_manifest(folder, artefacts)
    return artefacts, results


def verify_folder(folder: Path, ruleset: RuleSet, timeout_s: float = 60.0) -> list[str]:
    """Problems found; an empty list means every artefact still proves what it says."""
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        return [f"{manifest_path}: no manifest"]
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    regenerated: dict[str, dict[tuple[str, str], str]] = {}
    for entry in manifest["artefacts"]:
        path = folder / entry["file"]
        if not path.is_file():
            problems.append(f"{entry['file']}: missing")
            continue
        text = path.read_text(encoding="utf-8")
        if _sha(text) != entry["sha256"]:
            problems.append(f"{entry['file']}: SHA-256 differs from the manifest (the file was edited)")
            continue
        solver = z3.Solver()
        solver.set("timeout", int(timeout_s * 1000))
        started = time.perf_counter()
        try:
            solver.from_string(text)
            answer = str(solver.check())
        except z3.Z3Exception as error:
            problems.append(f"{entry['file']}: the solver cannot read it: {error}")
            continue
        if entry["result"] != "unknown" and answer != entry["result"]:
            problems.append(f"{entry['file']}: the solver answers {answer}, the manifest says {entry['result']}")
        if time.perf_counter() - started > timeout_s:
            problems.append(f"{entry['file']}: took longer than {timeout_s} s")
        source = entry.get("source")
        if source and Path(source).is_file():
            if source not in regenerated:
                regenerated[source] = _current_queries(source, ruleset)
            current = regenerated[source].get((entry["document"], entry["requirement"]))
            if current is not None and current != entry["sha256"]:
                problems.append(f"{entry['file']}: the current rules give a different query for {entry['requirement']} on {source}; regenerate the proofs")
    return problems


def _current_queries(source_file: str, ruleset: RuleSet) -> dict[tuple[str, str], str]:
    """(document id, requirement) -> SHA-256 of the query the current rules build (a JSONL file holds many documents)."""
    hashes: dict[tuple[str, str], str] = {}
    for result, queries in _in_fresh_process(source_file, DEFAULT_TIMEOUT_S):
        for requirement, text, _, _ in queries:
            hashes[(result.id or "", requirement)] = _sha(text)
    return hashes
