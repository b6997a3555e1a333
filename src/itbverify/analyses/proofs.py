"""Proof artefacts: the exact SMT-LIB query behind each verdict, and their re-check.

Every query is standalone (`z3 FILE.smt2` answers it: unsat for a proved
requirement, sat for a counterexample). The manifest records, per artefact,
the document and requirement, the file, its SHA-256, the solver and version
and the answer. `verify` re-runs each query and checks its answer and hash,
and, where the source document is still there, builds the query again from
the current rules: a rule change that invalidates a stored proof shows up as
a changed query.

The artefacts are reproducible byte for byte: the same documents, rules and
solver version give the same files and the same manifest. The manifest holds
no timings, and each query is printed from a solver context of its own
with its let names renumbered (see `canonical_smt2`).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from itbverify import __version__
from itbverify.analyses.check import iter_sources
from itbverify.analyses.run import Run
from itbverify.documents.build import Invalid, load_document
from itbverify.engines.instances import RuleOutcome
from itbverify.engines.results import DEFAULT_TIMEOUT_S, Result
from itbverify.engines.solve import verify
from itbverify.engines.z3.smtlib import SmtError, canonical_smt2, check_smtlib
from itbverify.engines.z3.version import solver_version
from itbverify.language.ruleset import RuleSet

ANSWER = {"proved": "unsat", "violated": "sat", "unknown": "unknown"}
MANIFEST = "manifest.json"
# The keys every manifest entry must have for `verify` to read it.
_ENTRY_KEYS = ("document", "source", "requirement", "file", "sha256", "result")

Query = tuple[str, str, str]  # requirement, SMT-LIB text, status


@dataclass
class Artefact:
    document: str
    source: str
    requirement: str
    file: str
    sha256: str
    solver: str
    solver_version: str
    result: str  # unsat | sat | unknown
    meaning: str  # proved | counterexample | unknown | consistent | ...


class ProofsError(Exception):
    """A folder `verify` cannot read as proofs (none there, no manifest, a manifest that is not one): one line, exit code 2."""


def _safe(name: str) -> str:
    # No leading dot: an id "." or ".." must not name the proofs folder or its parent.
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).lstrip(".") or "document"


def _unique(name: str, used: set[str]) -> str:
    """NAME, or NAME-2, NAME-3...: two documents whose ids read the same as file names keep a folder each."""
    unique, n = name, 2
    while unique.lower() in used:
        unique, n = f"{name}-{n}", n + 1
    used.add(unique.lower())
    return unique


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# A string literal, a quoted symbol, a comment, or a simple symbol: renaming only
# whole simple symbols leaves literals and user names alone.
def query_text(outcome: RuleOutcome) -> str:
    assert outcome.solver is not None
    return (f"; itbverify {__version__}: {outcome.rule.id}\n(set-option :produce-models true)\n"
            + canonical_smt2(outcome.solver.to_smt2()))


FileQueries = tuple[list[tuple[Result, list[Query]]], list[str]]  # per document, and the documents that failed


def _queries_of(path: str, timeout_s: float) -> FileQueries:
    """In a fresh process: each document of a file, with (requirement, query, status) per rule.

    Each file gets a fresh process, so that its queries never depend on what
    was built for another (`query_text` prints each query the same way
    whatever the process built before, in any case). A document whose check
    fails is left out, with a line saying why: `check` reports it as an error.
    """
    from itbverify.language.ruleset import default_ruleset

    ruleset = default_ruleset()
    out = []
    failed = []
    for source in iter_sources([path], Run()):
        try:
            result, outcomes, _ = document_outcomes(source, ruleset, timeout_s)
        except Exception as error:  # noqa: BLE001 - one document's failure must not stop the others
            failed.append(f"{source.file}:{source.line}: no proofs: internal error while checking this document: "
                          f"{type(error).__name__}: {error}")
            continue
        if result is None:
            continue
        queries = [(o.rule.id, query_text(o), o.status) for o in outcomes if o.solver is not None]
        out.append((result, queries))
    return out, failed


# What the process that forks each worker imports once (none of it makes a solver term: each worker's
# solver starts from nothing, as in a process of its own), so that a worker starts in milliseconds.
_PRELOAD = ["itbverify.analyses.proofs", "itbverify.analyses.check", "itbverify.engines.solve", "itbverify.engines.z3.decide",
            "itbverify.engines.z3.ruleset_queries", "itbverify.engines.z3.ruleset_layouts", "itbverify.language.ruleset"]


def _context() -> Any:
    """Fresh processes forked from a server that has the modules loaded; spawned ones where there is no such server."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


def _in_fresh_process(path: str, timeout_s: float) -> FileQueries:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from itbverify.base.processes import die_with_parent

    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=_context(), initializer=die_with_parent) as pool:
            return pool.submit(_queries_of, path, timeout_s).result()
    except BrokenProcessPool:
        return [], [f"{path}: no proofs: the process building them stopped (out of memory?)"]


def _has_documents(path: str) -> bool:
    """Whether a file holds a plan or program that loads: only those have queries, and need a process to build them."""
    for source in iter_sources([path], Run()):
        if source.node is None or source.problems:
            continue
        try:
            load_document(source.node, source.file)
        except Invalid:
            continue
        except Exception:  # noqa: BLE001 - the worker reports what went wrong
            return True
        return True
    return False


def stop_workers() -> None:
    """End the process that forks the workers, and wait for it: nothing is left running, and the
    workers' CPU time is counted in this process's children (as `time` and the benchmarks read it)."""
    import multiprocessing.forkserver

    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    stop = getattr(server, "_stop", None)
    if callable(stop):
        stop()


def jobs() -> int:
    """How many fresh processes to run at once: one per core this process may use."""
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def document_outcomes(source: Any, ruleset: RuleSet, timeout_s: float) -> tuple[Result | None, list[RuleOutcome], Any]:
    """The Z3 outcomes of every rule on one source, or none if it is not a plan or program (or `check` finds it invalid)."""
    if source.node is None or source.problems:
        return None, [], None
    try:
        document = load_document(source.node, source.file)
    except Invalid:
        return None, [], None
    outcomes: list[RuleOutcome] = []
    result = verify(document, ruleset, timeout_s, engine="z3", keep=outcomes)
    return result, outcomes, document


def write_document_proofs(result: Result, queries: list[Query], source_file: str, folder: Path,
                          used: set[str] | None = None) -> list[Artefact]:
    """Write one document's queries under FOLDER/ID/; USED holds the folder names taken (lower case) and gains this one."""
    artefacts = []
    name = _safe(result.id or Path(source_file).stem)
    sub = folder / (_unique(name, used) if used is not None else name)
    for requirement, text, status in queries:
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{requirement}.smt2"
        path.write_text(text, encoding="utf-8")
        meaning = {"proved": "proved", "violated": "counterexample", "unknown": "unknown"}[status]
        artefacts.append(
            Artefact(result.id or "", source_file, requirement, path.relative_to(folder).as_posix(), _sha(text), "z3",
                     solver_version(), ANSWER[status], meaning)
        )
    return artefacts


def consistency_queries(ruleset: RuleSet, timeout_s: float) -> list[tuple[str, str, str]]:
    """(label, query text, answer) of the rule-set consistency query of each profile and layout: a witness plan exists.

    Only the query `rules --check` asks first of each layout (every error rule holding at once); its
    vacuity and redundancy queries are not artefacts. Each is decided from its canonical text in a
    context of its own, so the answer is the one `rules --check` gives.
    """
    from itbverify.engines.z3.ruleset_layouts import layouts
    from itbverify.engines.z3.ruleset_queries import all_hold, holding, violation

    rules = [r for r in ruleset.rules if r.severity == "error"]
    kept = []
    for origin, band in [("spinal", "adult"), ("spinal", "child"), ("cerebral", "adult"), ("cerebral", "child")]:
        for layout in layouts(origin, band, ruleset.definitions):
            formulas = {r.id: f for r in rules if (f := violation(r, layout, ruleset)) is not None}
            answer, query, _, _ = all_hold(layout, holding(formulas), timeout_s)
            text = f"; itbverify {__version__}: rule-set consistency, {band}, {origin} origin; {layout.name}\n" + canonical_smt2(query.to_smt2())
            kept.append((f"{band}, {origin} origin; {layout.name}", text, answer))
    return kept


def consistency_artefacts(ruleset: RuleSet, folder: Path, timeout_s: float) -> list[Artefact]:
    """The rule-set consistency proof: one satisfiable query (a witness plan) per profile and layout, built in a fresh process."""
    from concurrent.futures import ProcessPoolExecutor

    from itbverify.base.processes import die_with_parent

    with ProcessPoolExecutor(max_workers=1, mp_context=_context(), initializer=die_with_parent) as pool:
        kept = pool.submit(consistency_queries, ruleset, timeout_s).result()
    artefacts = []
    sub = folder / "rule-set"
    sub.mkdir(parents=True, exist_ok=True)
    for label, text, answer in kept:
        path = sub / f"consistent-{_safe(label)}.smt2"
        path.write_text(text, encoding="utf-8")
        artefacts.append(Artefact("rule-set", "", "consistency", path.relative_to(folder).as_posix(), _sha(text), "z3",
                                  solver_version(), answer, "consistent"))
    return artefacts


def write_manifest(folder: Path, artefacts: list[Artefact]) -> None:
    manifest = {"tool": f"itbverify {__version__}", "solver": "z3", "solver_version": solver_version(),
                "artefacts": [asdict(a) for a in artefacts]}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def _old_artefacts(folder: Path) -> set[str]:
    """The files an earlier `generate` listed in this folder's manifest."""
    try:
        entries = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["artefacts"]
        return {str(entry["file"]) for entry in entries}
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def _remove(folder: Path, files: set[str]) -> None:
    """These artefacts of an earlier `generate`; nothing else, as OUTPUT may hold other files."""
    for name in sorted(files):
        path = folder / str(name)
        if path.suffix == ".smt2" and _inside(folder, path) and path.is_file():
            path.unlink()
            if path.parent != folder and not any(path.parent.iterdir()):
                path.parent.rmdir()


def _inside(folder: Path, path: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def generate(paths: list[str], ruleset: RuleSet, folder: Path, timeout_s: float = DEFAULT_TIMEOUT_S, rule_set_proof: bool = True,
             failed: list[str] | None = None) -> tuple[list[Artefact], list[Result]]:
    """Write the proofs of PATHS into FOLDER; FAILED gains a line for each document whose proofs could not be built."""
    folder.mkdir(parents=True, exist_ok=True)
    old = _old_artefacts(folder)
    from itbverify.documents.read import find_files

    files = [found[1] for found in find_files(paths) if isinstance(found, tuple)]
    # Each file's queries in a fresh process of its own, as many at once as there are cores; everything
    # is written afterwards in the order of the files, so the artefacts do not depend on which finished first.
    # A stand-in for _in_fresh_process (the tests') runs in this process, where solver work must not overlap.
    fresh = _in_fresh_process
    workers = jobs() if fresh is _IN_FRESH_PROCESS else 1
    try:
        with ThreadPoolExecutor(max_workers=workers) as threads:
            rule_set = threads.submit(consistency_artefacts, ruleset, folder, timeout_s * 3) if rule_set_proof and workers > 1 else None
            built = list(threads.map(lambda path: fresh(path, timeout_s) if _has_documents(path) else ([], []), files))
            consistency = rule_set.result() if rule_set is not None else None
        if rule_set_proof and consistency is None:
            consistency = consistency_artefacts(ruleset, folder, timeout_s * 3)
    finally:
        stop_workers()
    # The earlier artefacts go only once everything is built: a run that fails on the way leaves them as they were
    # (the rule-set's, written while building, are kept).
    _remove(folder, old - {a.file for a in consistency or []})
    artefacts: list[Artefact] = []
    results: list[Result] = []
    used = {"rule-set", MANIFEST}
    for documents, problems in built:
        for result, queries in documents:
            results.append(result)
            artefacts += write_document_proofs(result, queries, result.file, folder, used)
        if failed is not None:
            failed += problems
    artefacts += consistency or []
    write_manifest(folder, artefacts)
    return artefacts, results


def _unwritable(error: OSError, output: Path) -> str:
    where = error.filename if error.filename is not None else output
    if isinstance(error, (FileExistsError, NotADirectoryError)):
        return f"{where}: cannot write the proofs: a file is in the way of a folder"
    return f"{where}: cannot write the proofs: {error.strerror or error}"


_IN_FRESH_PROCESS = _in_fresh_process


def run_generate(paths: list[str], output: Path, ruleset: RuleSet, timeout_s: float) -> int:
    """The `itbverify proofs generate` command: 0 when written; 2 for a missing path, an unwritable OUTPUT,
    or a document whose check failed (the others' proofs are written)."""
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        for path in missing:
            sys.stderr.write(f"itbverify: {path}: no such file or folder\n")
        return 2
    if output.exists() and not output.is_dir():
        sys.stderr.write(f"itbverify: {output}: not a folder\n")
        return 2
    failed: list[str] = []
    try:
        artefacts, _ = generate(paths, ruleset, output, timeout_s, failed=failed)
    except OSError as error:
        sys.stderr.write(f"itbverify: {_unwritable(error, output)}\n")
        return 2
    for problem in failed:
        sys.stderr.write(f"itbverify: {problem}\n")
    print(f"{len(artefacts)} proof artefacts written to {output} (manifest: {output / MANIFEST})")
    return 2 if failed else 0


def proofs_folder(folder: Path) -> Path:
    """The proofs folder FOLDER names: itself, or the `proofs/` of a report folder."""
    if not folder.is_dir():
        raise ProofsError(f"{folder}: " + ("not a folder" if folder.exists() else "no such folder"))
    if (folder / MANIFEST).is_file():
        return folder
    if (folder / "proofs" / MANIFEST).is_file():
        return folder / "proofs"
    raise ProofsError(f"{folder}: no {MANIFEST} here or in {folder / 'proofs'} (not a proofs folder or a report folder)")


def read_manifest(folder: Path) -> list[dict[str, Any]]:
    """The manifest's entries, each with every key `verify` reads.

    A manifest that is missing or is not one is a ProofsError whose message
    starts with the manifest's name relative to FOLDER.
    """
    path = folder / MANIFEST
    if not path.is_file():
        raise ProofsError(f"{MANIFEST}: no manifest")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ProofsError(f"{MANIFEST}:{error.lineno}:{error.colno}: not JSON: {error.msg}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ProofsError(f"{MANIFEST}: cannot be read: {getattr(error, 'strerror', None) or error}") from None
    entries = manifest.get("artefacts") if isinstance(manifest, dict) else None
    if not isinstance(entries, list):
        raise ProofsError(f"{MANIFEST}: not a proofs manifest (no list of artefacts)")
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not all(isinstance(entry.get(key), str) for key in _ENTRY_KEYS):
            raise ProofsError(f"{MANIFEST}: artefact {number} lacks one of {', '.join(_ENTRY_KEYS)} (each a string)")
    return entries


def verify_folder(folder: Path, ruleset: RuleSet, timeout_s: float = 60.0) -> list[str]:
    """Problems found, each starting with a file name relative to FOLDER; an empty list means every artefact still proves what it says."""
    try:
        entries = read_manifest(folder)
    except ProofsError as error:
        return [str(error)]
    problems: list[str] = []
    regenerated: dict[str, dict[tuple[str, str], str]] = {}
    for entry in entries:
        problem = _check_artefact(folder, entry, timeout_s)
        if problem is not None:
            problems.append(problem)
            continue
        source = entry["source"]
        if source and Path(source).is_file():
            if source not in regenerated:
                regenerated[source] = _current_queries(source)
            current = regenerated[source].get((entry["document"], entry["requirement"]))
            if current is not None and current != entry["sha256"]:
                problems.append(f"{entry['file']}: the current rules give a different query for {entry['requirement']} on {source}; regenerate the proofs")
    return problems


def _check_artefact(folder: Path, entry: dict[str, Any], timeout_s: float) -> str | None:
    """What is wrong with one stored query: missing, edited, unreadable, or answering otherwise than recorded."""
    name = entry["file"]
    path = folder / name
    if not _inside(folder, path):
        return f"{name}: outside the proofs folder"
    if not path.is_file():
        return f"{name}: missing"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return f"{name}: cannot be read: {getattr(error, 'strerror', None) or error}"
    if _sha(text) != entry["sha256"]:
        return f"{name}: SHA-256 differs from the manifest (the file was edited)"
    started = time.perf_counter()
    try:
        answer = check_smtlib(text, timeout_s)
    except SmtError as error:
        return f"{name}: the solver cannot read it: {error}"
    if entry["result"] != "unknown" and answer != entry["result"]:
        return f"{name}: the solver answers {answer}, the manifest says {entry['result']}"
    if time.perf_counter() - started > timeout_s:
        return f"{name}: took longer than {timeout_s} s"
    return None


def _current_queries(source_file: str) -> dict[tuple[str, str], str]:
    """(document id, requirement) -> SHA-256 of the query the current rules build (a JSONL file holds many documents)."""
    hashes: dict[tuple[str, str], str] = {}
    for result, queries in _in_fresh_process(source_file, DEFAULT_TIMEOUT_S)[0]:
        for requirement, text, _ in queries:
            hashes[(result.id or "", requirement)] = _sha(text)
    return hashes


def run_verify(folder: Path, ruleset: RuleSet) -> int:
    """The `itbverify proofs verify` command: 0 all confirmed, 1 a stored proof does not check, 2 no proofs folder there.

    FOLDER may be a proofs folder or a report folder (its `proofs/`); the
    problems name each file under the folder as the user gave it.
    """
    try:
        proofs = proofs_folder(folder)
    except ProofsError as error:
        sys.stderr.write(f"itbverify: {error}\n")
        return 2
    try:
        count = len(read_manifest(proofs))
    except ProofsError as error:
        sys.stderr.write(f"itbverify: {proofs}/{error}\n")
        return 2
    issues = verify_folder(proofs, ruleset)
    for issue in issues:
        print(f"{proofs}/{issue}")
    print(f"{count} proof artefacts: " + ("all confirmed" if not issues else f"{len(issues)} problems"))
    return 1 if issues else 0
