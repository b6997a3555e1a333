"""The bundled rule set, parsed once per installation and kept on disk.

Building the grammar and parsing the rule files takes about a tenth of a
second, at every start of every process: a `check` in a CI gate, each worker
of a batch. The parsed rule set is kept in the user's cache folder under a key
made from everything the parse depends on: the rule files' names and texts,
the grammar, the source of every module of the package (the parser, the
syntax tree, the names the static checks know) and the Python version. A
change to any of these makes another key, so a kept rule set is always the one
a parse would give now. What is made from the rule set by code of the package
is kept under the same key with a suffix: its lowered form, compiled
(engines/concrete.py, `-lowered`), which a process would otherwise make again
at every start.

A cache that cannot be read or written is passed over: the rules are parsed,
as without one. `ITBVERIFY_CACHE_DIR` names the folder; set to an empty value,
nothing is kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

FORMAT = b"itbverify rule set cache 1"


def cache_dir() -> Path | None:
    """The folder kept rule sets live in, or None when nothing is to be kept."""
    chosen = os.environ.get("ITBVERIFY_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home folder to be found: nothing is kept
            return None
    return Path(base) / "itbverify"


def cache_key(sources: list[tuple[str, bytes]], grammar: bytes) -> str:
    """The key of a rule set parsed from SOURCES (shown name, text) with GRAMMAR, by this code."""
    digest = hashlib.sha256(FORMAT)
    modules = sorted(Path(__file__).parents[1].rglob("*.py"))  # all of them: a millisecond, and no module overlooked
    parts: list[bytes] = [sys.version.encode(), grammar]
    for module in modules:
        parts += [module.relative_to(Path(__file__).parents[1]).as_posix().encode(), module.read_bytes()]
    for shown, text in sources:
        parts += [shown.encode(), text]
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))  # lengths first, so no two lists of parts hash alike
        digest.update(part)
    return digest.hexdigest()


def cached(key: str, parse: Callable[[], Any], expected: type) -> Any:
    """The value kept under KEY, or PARSE's, kept for next time. Never fails for want of a cache."""
    folder = cache_dir()
    if folder is None:
        return parse()
    path = folder / f"rules-{key}.pickle"
    try:
        with path.open("rb") as handle:
            kept = pickle.load(handle)  # our own file, in the user's own cache folder, under a content key
        if isinstance(kept, expected):
            return kept
    except Exception:  # noqa: BLE001, S110 - a missing, partial or stale file: parse instead
        pass
    value = parse()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        import tempfile  # only to write: a process that finds what it needs never loads it

        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".rules-")
    except OSError:
        return value
    try:
        # Written whole, then renamed: a process reading at the same time sees the old file or the new one.
        with os.fdopen(descriptor, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except Exception:  # noqa: BLE001 - a full disk, say: the value stands, unkept
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    return value
