"""`itbverify batch`: many documents, in parallel, streamed, with nothing lost.

The parent walks the paths and cuts them into tasks: a YAML file, or one line
of a JSON Lines file (its raw text, so workers do the parsing). Workers check
a task and return its result as one JSON line, with its verdict and the
requirements it violates for the summary. At most a bounded number of
tasks is in flight and results are written in input order as they complete,
so memory stays flat however many documents there are. A task that raises
gets an `error` result; a worker that dies takes only its own task down: the
tasks in flight are re-run one by one to find it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .check import check_json_line, check_source, invalid_result
from .read import Problem, _lines, find_files, read_yaml_file
from .solve import Finding, Result

Task = tuple[str, str, str, int, str]  # (kind, path, shown, line, text)


def tasks(paths: list[str], missing: list[Problem]) -> Iterator[Task]:
    for found in find_files(paths):
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
            for number, line in _lines(handle, shown):
                if isinstance(line, list):
                    yield ("problem", str(path), shown, number, "; ".join(p.message for p in line))
                elif line.strip():
                    yield ("jsonl", str(path), shown, number, line)


_STATE: dict[str, Any] = {}


def _ruleset() -> Any:
    if "ruleset" not in _STATE:
        from .ruleset import default_ruleset
        from .solve import limit_solver_memory

        limit_solver_memory()
        _STATE["ruleset"] = default_ruleset()
    return _STATE["ruleset"]


# Fault injection for the tests of worker crashes, read once: a process's environment is set when it starts.
_CRASH_ON = os.environ.get("ITBVERIFY_FAULT_EXIT_ON")

Line = tuple[str, str, tuple[str, ...]]  # (JSON line, verdict, requirements it violates), so the parent need not parse it


def check_task(task: Task, timeout_s: float, engine: str = "auto") -> Line:
    """One task to one JSON line with its verdict and violated requirements; never raises."""
    kind, path, shown, line, text = task
    if _CRASH_ON and _CRASH_ON in text:
        # Fault injection for the tests of worker crashes: the process dies as a crashing solver would.
        os._exit(70)
    try:
        if kind == "problem":
            result = invalid_result(shown, [Problem(shown, line, 1, text)], line)
            return _line(result)
        if kind == "yaml":
            source = next(iter(read_yaml_file(Path(path), shown)))
            if source.skipped:
                return json.dumps(_skipped(shown)), "skipped", ()
            result = check_source(source, _ruleset(), timeout_s, engine=engine)
        else:
            result = check_json_line(text, line, shown, _ruleset(), timeout_s, engine)
    except Exception as error:  # noqa: BLE001 - nothing is lost: the document gets an error result
        result = Result(None, shown, None, "error", line, 1, [Finding(None, "error", f"internal error: {type(error).__name__}: {error}", line, 1)])
    return _line(result)


def _line(result: Any) -> Line:
    violated = tuple(f.requirement for f in result.findings if f.requirement and f.severity == "error" and f.waiver is None)
    return json.dumps(result.to_json(), ensure_ascii=False), result.verdict, violated


def _skipped(shown: str) -> dict[str, Any]:
    return {"id": None, "file": shown, "line": 1, "kind": None, "verdict": "skipped", "findings": [], "proved": [],
            "unknown": [], "not_applicable": [], "notes": ["not a document: a mapping without the key 'itbverify'"]}


def _check_chunk(chunk: list[Task], timeout_s: float, engine: str) -> list[Line]:
    return [check_task(t, timeout_s, engine) for t in chunk]


@dataclass
class Summary:
    verdicts: Counter[str] = field(default_factory=Counter)
    violated: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    started: float = field(default_factory=time.perf_counter)

    def add(self, verdict: str, violated: tuple[str, ...]) -> None:
        self.documents += 1
        self.verdicts[verdict] += 1
        self.violated.update(violated)

    def exit_code(self, usage_error: bool) -> int:
        if usage_error or self.verdicts["invalid"] or self.verdicts["error"]:
            return 2
        if self.verdicts["unsafe"]:
            return 1
        if self.verdicts["unknown"]:
            return 3
        return 0

    def write(self, out: TextIO) -> None:
        seconds = max(time.perf_counter() - self.started, 1e-9)
        parts = ", ".join(f"{self.verdicts[v]} {v}" for v in ("safe", "unsafe", "unknown", "invalid", "error", "skipped") if self.verdicts[v])
        out.write(f"itbverify batch: {self.documents} documents in {seconds:.1f} s ({self.documents / seconds:.0f}/s): {parts or 'none'}\n")
        if self.violated:
            top = ", ".join(f"{rid} ({n})" for rid, n in self.violated.most_common(5))
            out.write(f"most violated: {top}\n")


def _chunks(items: Iterator[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_local(work: Iterator[Task], jobs: int, timeout_s: float, engine: str, emit: Callable[[Line], None], chunk_size: int = 64) -> None:
    if jobs <= 1:
        for task in work:
            emit(check_task(task, timeout_s, engine))
        return
    window = jobs * 4
    pool = ProcessPoolExecutor(max_workers=jobs)
    pending: deque[tuple[list[Task], Future[list[Line]]]] = deque()
    chunks = _chunks(work, chunk_size)
    try:
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(_check_chunk, chunk, timeout_s, engine)))
            if not pending:
                break
            chunk, future = pending.popleft()
            try:
                lines = future.result()
            except BrokenProcessPool:
                # A worker died. Re-run what was in flight, task by task, each in a pool of its own.
                pool.shutdown(wait=False, cancel_futures=True)
                redo = [chunk] + [c for c, _ in pending]
                pending.clear()
                for c in redo:
                    for task in c:
                        emit(_isolated(task, timeout_s, engine))
                pool = ProcessPoolExecutor(max_workers=jobs)
                continue
            for line in lines:
                emit(line)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _isolated(task: Task, timeout_s: float, engine: str) -> Line:
    with ProcessPoolExecutor(max_workers=1) as single:
        try:
            return single.submit(check_task, task, timeout_s, engine).result()
        except BrokenProcessPool:
            _, _, shown, line, _ = task
            result = Result(None, shown, None, "error", line, 1, [Finding(None, "error", "internal error: the worker checking this document stopped unexpectedly", line, 1)])
            return _line(result)


def run_dask(work: Iterator[Task], scheduler: str | None, timeout_s: float, engine: str, emit: Callable[[Line], None], chunk_size: int = 64) -> None:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise SystemExit("itbverify: --executor dask needs the dask extra: pip install 'itbverify[dask]'") from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        pending: deque[Any] = deque()
        for chunk in _chunks(work, chunk_size):
            pending.append(client.submit(_check_chunk, chunk, timeout_s, engine, pure=False))
            while len(pending) > 8:
                for line in pending.popleft().result():
                    emit(line)
        while pending:
            for line in pending.popleft().result():
                emit(line)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_batch(paths: list[str], output: str | None, jobs: int, timeout_s: float, engine: str, executor: str, scheduler: str | None, progress: bool | None) -> int:
    missing: list[Problem] = []
    summary = Summary()
    out: TextIO = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        try:
            from tqdm import tqdm

            bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)
        except ImportError:
            bar = None

    def emit(done: Line) -> None:
        line, verdict, violated = done
        out.write(line + "\n")
        summary.add(verdict, violated)
        if bar is not None:
            bar.update(1)

    try:
        work = tasks(paths, missing)
        if executor == "dask":
            run_dask(work, scheduler, timeout_s, engine, emit)
        else:
            run_local(work, jobs, timeout_s, engine, emit)
    finally:
        if bar is not None:
            bar.close()
        if output:
            out.close()
    for problem in missing:
        sys.stderr.write(f"itbverify: {problem.where()}: {problem.message}\n")
    summary.write(sys.stderr)
    return summary.exit_code(bool(missing))
