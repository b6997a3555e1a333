"""The programming checker under test: a command spoken to over pipes, or a Python callable in process.

A target answers one request at a time. Whatever goes wrong on its side (it
exits, it hangs past the time limit, it answers something that is not an
answer, it raises) is a Misbehaviour naming the request; the target is then
restarted and the run goes on.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import json
import os
import selectors
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any, Protocol

from itbverify.conform.protocol import NotAnAnswer, encode, parse_answer


class Misbehaviour(Exception):
    """The target crashed, timed out or answered something that is not an answer."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind  # "crashed" | "timed out" | "not an answer"
        self.detail = detail


class Target(Protocol):
    name: str

    def ask(self, request: dict[str, Any]) -> tuple[bool, str | None]: ...

    def restart(self) -> None: ...

    def close(self) -> None: ...


def open_target(spec: str, timeout_s: float, cwd: Path | None = None) -> Target:
    """`python:MODULE:FUNCTION` (MODULE a module name or a .py file) for a callable, else a command line."""
    if spec.startswith("python:"):
        module, _, function = spec[len("python:"):].rpartition(":")
        if not module or not function:
            raise ValueError(f"--target {spec}: expected python:MODULE:FUNCTION (MODULE a module name or a path to a .py file)")
        return PythonTarget(spec, _load(module, function), timeout_s)
    argv = shlex.split(spec)
    if not argv:
        raise ValueError("--target: an empty command")
    target = ProcessTarget(spec, argv, timeout_s, cwd)
    target.start()  # a command that cannot be started is a usage error, before any session
    return target


def _load(module: str, function: str) -> Callable[[dict[str, Any]], Any]:
    if module.endswith(".py") or os.sep in module or "/" in module:
        path = Path(module)
        if not path.is_file():
            raise ValueError(f"--target python:{module}:{function}: no such file {module}")
        name = f"itbverify_conform_target_{abs(hash(str(path.resolve())))}"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise ValueError(f"--target python:{module}:{function}: {module} is not a Python file")
        loaded = importlib.util.module_from_spec(spec)
        sys.modules[name] = loaded
        try:
            spec.loader.exec_module(loaded)
        except Exception as error:  # noqa: BLE001 - whatever the target's module raises on import is reported as a usage error
            raise ValueError(f"--target python:{module}:{function}: importing {module} failed: {type(error).__name__}: {error}") from None
    else:
        try:
            loaded = importlib.import_module(module)
        except Exception as error:  # noqa: BLE001 - as above
            raise ValueError(f"--target python:{module}:{function}: cannot import {module}: {type(error).__name__}: {error}") from None
    found = getattr(loaded, function, None)
    if not callable(found):
        raise ValueError(f"--target python:{module}:{function}: {module} has no function {function!r}")  # noqa: TRY004 - a usage error
    return found  # type: ignore[no-any-return]


class PythonTarget:
    """A callable taking a request (a dict) and returning an answer (a dict, or a JSON line)."""

    def __init__(self, name: str, function: Callable[[dict[str, Any]], Any], timeout_s: float) -> None:
        self.name = name
        self.function = function
        self.timeout_s = timeout_s

    def ask(self, request: dict[str, Any]) -> tuple[bool, str | None]:
        # A copy through JSON: the callable sees what a command would read, and cannot change the session's plan.
        copy = json.loads(encode(request))
        with _time_limit(self.timeout_s):
            try:
                answer = self.function(copy)
            except _TimedOut:
                raise Misbehaviour("timed out", f"no answer within {self.timeout_s:g} s") from None
            except Exception as error:  # noqa: BLE001 - anything the target raises is its misbehaviour
                where = traceback.extract_tb(error.__traceback__)[-1]
                raise Misbehaviour("crashed", f"{type(error).__name__}: {error} ({Path(where.filename).name}:{where.lineno})") from None
        try:
            return parse_answer(answer)
        except NotAnAnswer as error:
            raise Misbehaviour("not an answer", str(error)) from None

    def restart(self) -> None:
        pass

    def close(self) -> None:
        pass


class _TimedOut(BaseException):
    pass


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupts pure-Python code that runs past SECONDS (main thread only; elsewhere, no limit)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise _TimedOut()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class ProcessTarget:
    """A command that reads requests on stdin and answers on stdout, one JSON line each."""

    def __init__(self, name: str, argv: list[str], timeout_s: float, cwd: Path | None = None) -> None:
        self.name = name
        self.argv = argv
        self.timeout_s = timeout_s
        self.cwd = cwd
        self.process: subprocess.Popen[bytes] | None = None
        self.buffer = b""
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 - held for the target's life, closed by close()
        self.starts = 0

    def start(self) -> subprocess.Popen[bytes]:
        try:
            self.process = subprocess.Popen(self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
                                            cwd=self.cwd, start_new_session=True)
        except OSError as error:
            raise ValueError(f"--target {self.name}: cannot start it: {error.strerror or error}") from None
        self.buffer = b""
        self.starts += 1
        return self.process

    def ask(self, request: dict[str, Any]) -> tuple[bool, str | None]:
        process = self.process if self.process is not None and self.process.poll() is None else self.start()
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(encode(request).encode() + b"\n")
            process.stdin.flush()
        except (BrokenPipeError, OSError):
            raise Misbehaviour("crashed", f"it closed its input{self._exit_note()}") from None
        line = self._read_line(process)
        try:
            return parse_answer(line.decode("utf-8", errors="replace"))
        except NotAnAnswer as error:
            raise Misbehaviour("not an answer", str(error)) from None

    def _read_line(self, process: subprocess.Popen[bytes]) -> bytes:
        assert process.stdout is not None
        deadline = time.monotonic() + self.timeout_s
        fd = process.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while b"\n" not in self.buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    raise Misbehaviour("timed out", f"no answer within {self.timeout_s:g} s")
                chunk = os.read(fd, 65536)
                if not chunk:
                    process.wait(timeout=5)
                    raise Misbehaviour("crashed", f"it ended without answering{self._exit_note()}")
                self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line

    def _exit_note(self) -> str:
        code = self.process.poll() if self.process is not None else None
        self.stderr.seek(0)
        tail = self.stderr.read().decode("utf-8", errors="replace").strip().splitlines()[-3:]
        note = f" (exit status {code})" if code is not None else ""
        return note + (f"; its last error output: {' | '.join(tail)}" if tail else "")

    def restart(self) -> None:
        self._stop()

    def _stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=5)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self.stderr.seek(0)
        self.stderr.truncate()

    def close(self) -> None:
        self._stop()
        self.stderr.close()
