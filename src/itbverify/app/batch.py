"""`itbverify batch`: many documents, in parallel, streamed, with nothing lost.

The parent walks the paths and cuts them into units: a YAML file, or a block
of raw lines of a JSON Lines file (bytes, so workers do the decoding and the
parsing, and the parent only splits lines). Workers check a chunk of units
and return its results as one piece of text, one JSON line per document, with
the counts of verdicts and violated requirements for the summary. At most a
bounded number of chunks is in flight and results are written in input order
as they complete, so memory stays flat however many documents there are. A
task that raises gets an `error` result; a worker that dies takes only its own
document down: the documents in flight are re-run one by one to find it.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from itbverify.analyses.check import NeedsSolver, check_json_line, check_source, invalid_result
from itbverify.analyses.run import skipped_json
from itbverify.base.processes import die_with_parent
from itbverify.documents.read import (
    FOREIGN,
    MAX_FILE_BYTES,
    UTF16_BOMS,
    Problem,
    Skip,
    decode,
    find_files,
    numbered_lines,
    read_yaml_file,
    too_big,
)
from itbverify.engines.results import VERDICTS, Finding, Result
from itbverify.outputs.jsonline import result_json

if TYPE_CHECKING:
    from itbverify.language.ruleset import PackSources

Task = tuple[str, str, str, int, str]  # one document: (kind, path, shown, line, text)
Block = tuple[str, str, str, int, list[bytes]]  # ("lines", path, shown, first line number, raw lines of a JSON Lines file)
Unit = Task | Block
BLOCK_LINES = 64


def units(paths: list[str], missing: list[Problem]) -> Iterator[Unit]:
    for found in find_files(paths):
        if isinstance(found, Skip):
            yield ("skip", found.file, found.file, 1, found.reason)
            continue
        if isinstance(found, Problem):
            missing.append(found)
            continue
        path, shown = found
        if path.suffix.lower() != ".jsonl":
            yield ("yaml", str(path), shown, 1, "")
            continue
        try:
            handle = path.open("rb")
        except OSError as error:
            yield ("problem", str(path), shown, 1, f"cannot read the file: {error.strerror}")
            continue
        with handle:
            yield from _jsonl_units(handle, str(path), shown)


def _jsonl_units(handle: Any, path: str, shown: str) -> Iterator[Unit]:
    if handle.read(2) in UTF16_BOMS:  # decoded whole, as `check` reads it: its lines are not bytes apart
        handle.seek(0)
        for number, line in numbered_lines(handle, shown):
            if isinstance(line, list):
                yield ("problem", path, shown, number, "; ".join(p.message for p in line))
            elif line.strip():
                yield ("jsonl", path, shown, number, line)
        return
    handle.seek(0)
    block: list[bytes] = []
    first = 1
    for number, raw in enumerate(handle, start=1):
        if len(raw) > MAX_FILE_BYTES:
            if block:
                yield ("lines", path, shown, first, block)
                block = []
            yield ("problem", path, shown, number, too_big(len(raw), shown, number)[0].message)
            continue
        if not block:
            first = number
        block.append(raw)
        if len(block) >= BLOCK_LINES:
            yield ("lines", path, shown, first, block)
            block = []
    if block:
        yield ("lines", path, shown, first, block)


def documents(unit: Unit) -> Iterator[Task]:
    """The documents of a unit, each a task of its own: a block's lines decoded as `check` decodes them."""
    if unit[0] != "lines":
        yield unit  # type: ignore[misc]
        return
    _, path, shown, first, block = unit
    for number, raw in enumerate(block, start=first):
        text, problems = decode(raw, shown)  # type: ignore[arg-type]
        if text is None:
            yield ("problem", path, shown, number, "; ".join(p.message for p in problems))
        elif text.strip():
            yield ("jsonl", path, shown, number, text)


_STATE: dict[str, Any] = {}


def _ruleset(packs: PackSources = ()) -> Any:
    """The label rules with the policy packs PACKS (read by the parent: a worker may not have the folders)."""
    found = _RULESETS.get(packs)
    if found is None:
        from itbverify.engines.z3.limits import limit_solver_memory
        from itbverify.language.ruleset import with_pack_sources

        limit_solver_memory()
        found = _RULESETS[packs] = with_pack_sources(packs)
    return found


_RULESETS: dict[PackSources, Any] = {}


# Fault injection for the tests of worker crashes, read once: a process's environment is set when it starts.
_CRASH_ON = os.environ.get("ITBVERIFY_FAULT_EXIT_ON")

Line = tuple[str, str, tuple[str, ...]]  # (JSON line, verdict, requirements it violates), so the parent need not parse it


def check_task(task: Task, timeout_s: float, engine: str = "auto", packs: PackSources = ()) -> Line:
    """One task to one JSON line with its verdict and violated requirements; never raises."""
    kind, path, shown, line, text = task
    if _CRASH_ON and _CRASH_ON in text:
        # Fault injection for the tests of worker crashes: the process dies as a crashing solver would.
        os._exit(70)
    try:
        if kind == "problem":
            result = invalid_result(shown, [Problem(shown, line, 1, text)], line)
            return _line(result)
        if kind == "skip":
            return _skipped_line(Skip(shown, None, None, text))
        if kind == "yaml":
            source = next(iter(read_yaml_file(Path(path), shown)))
            if source.skipped:
                return _skipped_line(Skip(shown, source.line, source.column, FOREIGN))
            result = check_source(source, _ruleset(packs), timeout_s, engine=engine)
        else:
            result = check_json_line(text, line, shown, _ruleset(packs), timeout_s, engine)
    except NeedsSolver as error:
        result = Result(None, shown, None, "error", line, 1, [Finding(None, "error", str(error).split(": ", 1)[1], line, 1)])
    except Exception as error:  # noqa: BLE001 - nothing is lost: the document gets an error result
        result = Result(None, shown, None, "error", line, 1, [Finding(None, "error", f"internal error: {type(error).__name__}: {error}", line, 1)])
    return _line(result)


def _line(result: Any) -> Line:
    violated = tuple(f.requirement for f in result.findings if f.requirement and f.severity == "error" and f.waiver is None)
    return result_json(result), result.verdict, violated


def _skipped_line(skip: Skip) -> Line:
    # The reason rides in the requirements' place: the parent lists skipped files without parsing lines.
    return json.dumps(skipped_json(skip), ensure_ascii=False), "skipped", (f"{skip.file}: {skip.reason}",)


Done = tuple[str, int, dict[str, int], dict[str, int], list[str]]  # (JSON lines, documents, verdicts counted, violations counted, files skipped and why)


def _done(lines: Iterable[Line]) -> Done:
    """Results as the parent takes them: one piece of text to write and the counts for the summary."""
    texts: list[str] = []
    verdicts: Counter[str] = Counter()
    violated: Counter[str] = Counter()
    skipped: list[str] = []
    for text, verdict, requirements in lines:
        texts.append(text)
        verdicts[verdict] += 1
        if verdict == "skipped":
            skipped += requirements
            continue
        for requirement in requirements:  # not Counter.update, which asks each tuple whether it is a Mapping
            violated[requirement] += 1
    texts.append("")
    return "\n".join(texts), len(texts) - 1, dict(verdicts), dict(violated), skipped


def _check_chunk(chunk: list[Unit], timeout_s: float, engine: str, packs: PackSources = ()) -> Done:
    done = _done(check_task(task, timeout_s, engine, packs) for unit in chunk for task in documents(unit))
    if "frozen" not in _STATE:
        # The rule set and its lowered form, made for the first chunk, live as long as the process:
        # the garbage collector need not walk them again at each of its full passes (what is garbage
        # already goes first, or it would be kept for good).
        gc.collect()
        gc.freeze()
        _STATE["frozen"] = True
    return done


@dataclass
class Summary:
    verdicts: Counter[str] = field(default_factory=Counter)
    violated: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    def add(self, done: Done) -> None:
        _, documents, verdicts, violated, skipped = done
        self.documents += documents
        self.verdicts.update(verdicts)
        self.violated.update(violated)  # in order of first violation, as most_common breaks ties by it
        self.skipped += skipped

    @property
    def checked(self) -> int:
        """Documents checked: every result but the skipped files."""
        return self.documents - self.verdicts["skipped"]

    def exit_code(self, usage_error: bool) -> int:
        if usage_error or self.verdicts["invalid"] or self.verdicts["error"] or not self.checked:
            return 2
        if self.verdicts["unsafe"]:
            return 1
        if self.verdicts["unknown"]:
            return 3
        return 0

    def write(self, out: TextIO) -> None:
        seconds = time.perf_counter() - self.started
        parts = ", ".join(f"{self.verdicts[v]} {v}" for v in (*VERDICTS, "skipped") if self.verdicts[v])
        out.write(f"itbverify batch: {_count(self.checked, 'document')} checked in {seconds:.1f} s{_rate(self.checked, seconds)}: {parts or 'none'}\n")
        shown = self.skipped[:_SKIPS_SHOWN]
        out.writelines(f"skipped: {line}\n" for line in shown)
        if len(self.skipped) > len(shown):
            out.write(f"skipped: {len(self.skipped) - len(shown)} more (the output lists each, verdict skipped)\n")
        if not self.checked:
            out.write("itbverify: error: no document was checked; a run that checks nothing does not pass\n")
        if self.violated:
            top = ", ".join(f"{rid} ({n})" for rid, n in self.violated.most_common(5))
            out.write(f"most violated: {top}\n")


_SKIPS_SHOWN = 20


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _rate(documents: int, seconds: float) -> str:
    """The throughput, when there is enough of a run to measure one (a tiny run would show 0/s or a wild figure)."""
    if documents < 10 or seconds < 0.5:
        return ""
    rate = documents / seconds
    return f" ({rate:.1f}/s)" if rate < 10 else f" ({rate:.0f}/s)"


def _chunks(units: Iterator[Unit], size: int) -> Iterator[list[Unit]]:
    """Units in chunks of about SIZE documents (a block of lines counts its lines)."""
    chunk: list[Unit] = []
    weight = 0
    for unit in units:
        chunk.append(unit)
        weight += len(unit[4]) if unit[0] == "lines" else 1
        if weight >= size:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def run_local(work: Iterator[Unit], jobs: int, timeout_s: float, engine: str, emit: Callable[[Done], None], chunk_size: int = BLOCK_LINES,
              packs: PackSources = ()) -> None:
    chunks = _chunks(work, chunk_size)
    if jobs <= 1:
        for each in chunks:
            emit(_check_chunk(each, timeout_s, engine, packs))
        return
    window = jobs * 4
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=die_with_parent)
    pending: deque[tuple[list[Unit], Future[Done]]] = deque()
    try:
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(_check_chunk, chunk, timeout_s, engine, packs)))
            if not pending:
                break
            chunk, future = pending.popleft()
            try:
                done = future.result()
            except BrokenProcessPool:
                # A worker died. Re-run what was in flight, document by document, each in a pool of its own.
                pool.shutdown(wait=False, cancel_futures=True)
                redo = [chunk] + [c for c, _ in pending]
                pending.clear()
                for c in redo:
                    for unit in c:
                        for task in documents(unit):
                            emit(_done([_isolated(task, timeout_s, engine, packs)]))
                pool = ProcessPoolExecutor(max_workers=jobs, initializer=die_with_parent)
                continue
            emit(done)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _isolated(task: Task, timeout_s: float, engine: str, packs: PackSources = ()) -> Line:
    with ProcessPoolExecutor(max_workers=1, initializer=die_with_parent) as single:
        try:
            return single.submit(check_task, task, timeout_s, engine, packs).result()
        except BrokenProcessPool:
            _, _, shown, line, _ = task
            result = Result(None, shown, None, "error", line, 1, [Finding(None, "error", "internal error: the worker checking this document stopped unexpectedly", line, 1)])
            return _line(result)


class BatchError(Exception):
    """A batch that cannot start (an output it cannot write, a scheduler it cannot reach): one line, exit 2."""


def run_dask(work: Iterator[Unit], scheduler: str | None, timeout_s: float, engine: str, emit: Callable[[Done], None],
             chunk_size: int = BLOCK_LINES, connect_timeout_s: float = 10.0, packs: PackSources = ()) -> None:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise BatchError("--executor dask needs the dask extra: pip install 'itbverify[dask]'") from None
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=connect_timeout_s)
        except (OSError, TimeoutError, ValueError, TypeError) as error:
            detail = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise BatchError(f"--scheduler {scheduler}: no Dask scheduler answers within {connect_timeout_s:g} s ({detail})") from None
    else:
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        pending: deque[Any] = deque()
        for chunk in _chunks(work, chunk_size):
            pending.append(client.submit(_check_chunk, chunk, timeout_s, engine, packs, pure=False))
            while len(pending) > 8:
                emit(pending.popleft().result())
        while pending:
            emit(pending.popleft().result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _open_output(output: str) -> TextIO:
    try:
        return open(output, "w", encoding="utf-8")
    except OSError as error:
        parent = Path(output).parent
        why = f"the folder {parent} does not exist" if not parent.is_dir() else (error.strerror or str(error)).lower()
        raise BatchError(f"--output {output}: cannot write it: {why}") from None


def run_batch(paths: list[str], output: str | None, jobs: int, timeout_s: float, engine: str, executor: str, scheduler: str | None,
              progress: bool | None, connect_timeout_s: float = 10.0, packs: PackSources = ()) -> int:
    """PACKS: the policy packs' rule files, read (language.ruleset.read_packs), sent to every worker."""
    try:
        return _run_batch(paths, output, jobs, timeout_s, engine, executor, scheduler, progress, connect_timeout_s, packs)
    except BatchError as error:
        sys.stderr.write(f"itbverify: error: {error}\n")
        return 2


def _run_batch(paths: list[str], output: str | None, jobs: int, timeout_s: float, engine: str, executor: str, scheduler: str | None,
               progress: bool | None, connect_timeout_s: float, packs: PackSources) -> int:
    missing: list[Problem] = []
    summary = Summary()
    out: TextIO = _open_output(output) if output else sys.stdout
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        try:
            from tqdm import tqdm

            bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)
        except ImportError:
            bar = None

    def emit(done: Done) -> None:
        out.write(done[0])
        summary.add(done)
        if bar is not None:
            bar.update(done[1])

    try:
        work = units(paths, missing)
        if executor == "dask":
            run_dask(work, scheduler, timeout_s, engine, emit, connect_timeout_s=connect_timeout_s, packs=packs)
        else:
            run_local(work, jobs, timeout_s, engine, emit, packs=packs)
    finally:
        if bar is not None:
            bar.close()
        if output:
            out.close()
    for problem in missing:
        sys.stderr.write(f"itbverify: {problem.where()}: {problem.message}\n")
    summary.write(sys.stderr)
    return summary.exit_code(bool(missing))
