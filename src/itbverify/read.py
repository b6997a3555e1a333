"""Reading files into position-carrying node trees.

YAML is composed, never constructed: a tag such as `!!python/object` can
therefore never build an object, and every scalar keeps the text it was
written with (so numbers stay exact decimals and `10:00` stays a clock time).
JSON Lines are read line by line through the same composer, so a JSONL
document gets the same checks and a location of line and column.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

try:  # libyaml's C parser when the machine has it
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python fallback
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 200_000

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:timestamp",
}


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    column: int | None
    message: str

    def where(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Node:
    line: int
    column: int


@dataclass(frozen=True)
class Scalar(Node):
    text: str
    plain: bool  # written without quotes

    def describe(self) -> str:
        return f"{self.text!r}" if not self.plain else self.text or "an empty value"


@dataclass(frozen=True)
class Mapping(Node):
    items: tuple[tuple[Scalar, Node], ...]


@dataclass(frozen=True)
class Sequence(Node):
    items: tuple[Node, ...]


@dataclass
class Source:
    """One document as read: its node tree, or the problems that stopped the reading."""

    file: str
    line: int
    column: int
    node: Node | None
    problems: list[Problem] = field(default_factory=list)
    skipped: bool = False


class _Limit(Exception):
    pass


def _convert(node: yaml.Node, file: str, line_offset: int, depth: int, budget: list[int]) -> Node:
    budget[0] += 1
    if budget[0] > MAX_NODES:
        raise _Limit(f"the document has more than {MAX_NODES} values (an alias bomb?)")
    if depth > MAX_DEPTH:
        raise _Limit(f"the document nests deeper than {MAX_DEPTH} levels")
    line = node.start_mark.line + 1 + line_offset
    column = node.start_mark.column + 1
    if node.tag not in _STANDARD_TAGS:
        raise _TagError(line, column, node.tag)
    if isinstance(node, yaml.ScalarNode):
        return Scalar(line, column, str(node.value), node.style in (None, ""))
    if isinstance(node, yaml.SequenceNode):
        return Sequence(line, column, tuple(_convert(n, file, line_offset, depth + 1, budget) for n in node.value))
    assert isinstance(node, yaml.MappingNode)
    items: list[tuple[Scalar, Node]] = []
    for key, value in node.value:
        k = _convert(key, file, line_offset, depth + 1, budget)
        if not isinstance(k, Scalar):
            raise _TagError(k.line, k.column, "a mapping key that is not text")
        items.append((k, _convert(value, file, line_offset, depth + 1, budget)))
    return Mapping(line, column, tuple(items))


class _TagError(Exception):
    def __init__(self, line: int, column: int, tag: str) -> None:
        super().__init__(tag)
        self.line = line
        self.column = column
        self.tag = tag


def _compose(text: str, file: str, line_offset: int = 0) -> tuple[Node | None, list[Problem]]:
    try:
        documents = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line + 1 + line_offset) if mark else None
        column = (mark.column + 1) if mark else None
        what = error.problem or error.context or "malformed YAML"
        return None, [Problem(file, line, column, f"not readable as YAML: {what}")]
    except yaml.YAMLError as error:
        return None, [Problem(file, None, None, f"not readable as YAML: {error}")]
    except RecursionError:
        return None, [Problem(file, None, None, f"the document nests deeper than {MAX_DEPTH} levels")]
    documents = [d for d in documents if d is not None]
    if not documents:
        return None, [Problem(file, 1 + line_offset, 1, "the file holds no document")]
    if len(documents) > 1:
        second = documents[1].start_mark
        return None, [
            Problem(file, second.line + 1 + line_offset, second.column + 1, "a YAML file holds one document; found another")
        ]
    try:
        return _convert(documents[0], file, line_offset, 0, [0]), []
    except _TagError as error:
        return None, [Problem(file, error.line, error.column, f"YAML tag {error.tag} is not allowed; plain values only")]
    except _Limit as error:
        return None, [Problem(file, None, None, str(error))]
    except RecursionError:
        return None, [Problem(file, None, None, f"the document nests deeper than {MAX_DEPTH} levels")]


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """UTF-8, or UTF-16 with a byte-order mark; anything else is refused."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as error:
            return None, [Problem(file, None, None, f"not valid UTF-16: {error.reason}")]
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, [Problem(file, line, None, "not UTF-8 text (declare UTF-16 with a byte-order mark, or save as UTF-8)")]
    if "\x00" in text:
        return None, [Problem(file, text[: text.index("\x00")].count("\n") + 1, None, "binary data, not a text document")]
    return text, []


def _too_big(size: int, file: str) -> list[Problem]:
    return [Problem(file, None, None, f"the file is {size} bytes; the limit is {MAX_FILE_BYTES} bytes")]


def read_yaml_file(path: Path, shown: str) -> Iterator[Source]:
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Source(shown, 1, 1, None, [Problem(shown, None, None, f"cannot read the file: {error.strerror}")])
        return
    if len(data) > MAX_FILE_BYTES:
        yield Source(shown, 1, 1, None, _too_big(len(data), shown))
        return
    text, problems = decode(data, shown)
    if text is None:
        yield Source(shown, 1, 1, None, problems)
        return
    node, problems = _compose(text, shown)
    if node is None:
        yield Source(shown, 1, 1, None, problems)
        return
    skipped = isinstance(node, Mapping) and not any(k.text == "itbverify" for k, _ in node.items)
    yield Source(shown, node.line, node.column, node, [], skipped)


def read_jsonl_file(path: Path, shown: str) -> Iterator[Source]:
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Source(shown, 1, 1, None, [Problem(shown, None, None, f"cannot read the file: {error.strerror}")])
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            if len(raw) > MAX_FILE_BYTES:
                yield Source(shown, number, 1, None, _too_big(len(raw), shown))
                continue
            text, problems = decode(raw, shown)
            if text is None:
                yield Source(shown, number, 1, None, [Problem(shown, number, 1, p.message) for p in problems])
                continue
            stripped = text.strip()
            if not stripped.startswith("{"):
                yield Source(shown, number, 1, None, [Problem(shown, number, 1, "a JSON Lines line holds one JSON object")])
                continue
            node, problems = _compose(stripped, shown, line_offset=number - 1)
            yield Source(shown, number, 1, node, problems)


def find_files(paths: list[str]) -> Iterator[tuple[Path, str] | Problem]:
    """The files named, and the .yaml/.yml/.jsonl files under the folders named."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in {".yaml", ".yml", ".jsonl"}
            )
            for p in found:
                yield p, _shown(p)
        elif path.is_file():
            yield path, _shown(path)
        else:
            yield Problem(given, None, None, "no such file or folder")


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def read_sources(path: Path, shown: str) -> Iterator[Source]:
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl_file(path, shown)
    else:
        yield from read_yaml_file(path, shown)
