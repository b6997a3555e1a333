"""Reading files into position-carrying node trees.

YAML is parsed into events and composed here, never constructed: a tag such
as `!!python/object` is refused and can never build an object, and every
scalar keeps the text it was written with (so numbers stay exact decimals and
`10:00` stays a clock time). The composer has no recursion, and it limits
nesting and alias expansion, so no input can exhaust the stack or the memory.
JSON Lines are read line by line through the same composer, so a JSONL
document gets the same checks and a location of line and column.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import yaml

try:  # libyaml's C parser when the machine has it
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python fallback
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 200_000
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\r"  # the ASCII that UNPRINTABLE lets through
# What YAML does not allow in a document (it allows tab, line breaks and the printable characters).
UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


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


@dataclass(frozen=True)
class Skip:
    """A file read, or found, that holds no document: listed in every output with why."""

    file: str
    line: int | None
    column: int | None
    reason: str

    def where(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


FOREIGN = "a YAML mapping without the key 'itbverify': not a document"
JSON_FILE = "a .json file in a folder: documents are .yaml or .yml files, or .jsonl files (one JSON document per line)"


def misspelt_document(node: Node) -> list[Problem]:
    """Why a mapping without the key itbverify is taken for a document, not skipped: a key like
    `itbverify` (a typo must not turn a CI gate into one that checks nothing) or a `kind:` key."""
    if not isinstance(node, Mapping) or any(k.text == "itbverify" for k, _ in node.items):
        return []
    import difflib  # only for a mapping without the key: a document that has it never loads it

    for key, _ in node.items:
        word = re.sub(r"[\s_-]", "", key.text.lower())
        if word == "itbverify" or difflib.SequenceMatcher(None, word, "itbverify").ratio() >= 0.75:
            return [Problem("", key.line, key.column, f"'{key.text}' is not a key of a document; did you mean itbverify?")]
    for key, _ in node.items:
        if key.text == "kind":
            return [Problem("", key.line, key.column, "a mapping with 'kind:' but without 'itbverify: 1' at its top; expected itbverify: 1 (did you mean to write itbverify?)")]
    return []


class _Refused(Exception):
    """A reason to stop reading, at a place in the text."""

    def __init__(self, at: tuple[int, int], message: str) -> None:
        super().__init__(message)
        self.line, self.column = at
        self.message = message


@dataclass
class _Open:
    """A list or mapping whose items are still being read."""

    line: int
    column: int
    anchor: str | None
    is_mapping: bool
    items: list[Node] = field(default_factory=list)
    size: int = 1


class _Composer:
    """Builds the node tree from the parser's events, without recursion.

    Aliases are shared, not copied, but every alias counts the values it
    stands for, so a document that expands to too many values (an alias bomb)
    is refused as soon as it gets there. Nesting is limited the same way.
    """

    def __init__(self, line_offset: int, column_offset: int) -> None:
        self.line_offset = line_offset
        self.column_offset = column_offset
        self.stack: list[_Open] = []
        self.anchors: dict[str, tuple[Node, int]] = {}
        self.total = 0
        self.documents = 0
        self.root: Node | None = None

    def at(self, event: yaml.Event) -> tuple[int, int]:
        mark = event.start_mark
        assert mark is not None  # the composer's events always carry their position
        return mark.line + 1 + self.line_offset, mark.column + 1 + self.column_offset

    def count(self, size: int, event: yaml.Event) -> None:
        self.total += size
        if self.total > MAX_NODES:
            raise _Refused(self.at(event), f"the document expands to more than {MAX_NODES} values (an alias bomb?); expected a plain document")

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise _Refused(self.at(event), "a file holds one document; expected no second '---' document")
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.anchors:
                raise _Refused(self.at(event), f"the alias *{event.anchor} refers to no complete value; expected an anchor &{event.anchor} before it")
            node, size = self.anchors[event.anchor]
            self.count(size, event)
            self.add(node, size, None)
        elif isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if event.tag is not None:
                tag = event.tag.replace("tag:yaml.org,2002:", "!!")
                raise _Refused(self.at(event), f"the YAML tag {tag} is not allowed; expected plain values without tags")
            self.count(1, event)
            line, column = self.at(event)
            if isinstance(event, yaml.ScalarEvent):
                self.add(Scalar(line, column, event.value, event.style in (None, "")), 1, event.anchor)
            elif len(self.stack) >= MAX_DEPTH:
                raise _Refused((line, column), f"the document nests deeper than {MAX_DEPTH} levels; expected a plan or program a few levels deep")
            else:
                self.stack.append(_Open(line, column, event.anchor, isinstance(event, yaml.MappingStartEvent)))
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            top = self.stack.pop()
            self.add(self.close(top), top.size, top.anchor)

    @staticmethod
    def close(top: _Open) -> Node:
        if not top.is_mapping:
            return Sequence(top.line, top.column, tuple(top.items))
        pairs: list[tuple[Scalar, Node]] = []
        for key, value in zip(top.items[::2], top.items[1::2]):
            if not isinstance(key, Scalar):
                raise _Refused((key.line, key.column), "a mapping key is a list or mapping; expected a word")
            pairs.append((key, value))
        return Mapping(top.line, top.column, tuple(pairs))

    def add(self, node: Node, size: int, anchor: str | None) -> None:
        if anchor is not None:
            self.anchors[anchor] = (node, size)
        if self.stack:
            self.stack[-1].items.append(node)
            self.stack[-1].size += size
        else:
            self.root = node


def compose(text: str, file: str, line_offset: int = 0, column_offset: int = 0) -> tuple[Node | None, list[Problem]]:
    composer = _Composer(line_offset, column_offset)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            composer.feed(event)
    except _Refused as error:
        return None, [Problem(file, error.line, error.column, error.message)]
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(error, text, file, line_offset, column_offset)]
    except yaml.YAMLError as error:  # pragma: no cover - decode() refuses what the reader would
        return None, [Problem(file, 1 + line_offset, 1, f"not readable as YAML: {str(error).splitlines()[0]}; expected well-formed YAML")]
    root = composer.root
    if root is None or (isinstance(root, Scalar) and root.plain and not root.text):
        return None, [Problem(file, 1 + line_offset, 1, "the file holds no document; expected a mapping that starts with itbverify: 1")]
    return root, []


def _place(before: str) -> tuple[int, int]:
    """The line and column just after the text `before`."""
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, file: str, line_offset: int, column_offset: int) -> Problem:
    """Where the YAML breaks; when the text ends inside a construct, where that construct starts."""
    end = len(text.rstrip())
    mark = error.problem_mark or error.context_mark
    what = error.problem or error.context or "malformed YAML"
    context = error.context_mark
    if mark is not None and mark.index >= end and context is not None and context.index < end:
        mark = context
        what += f" ({error.context})"
    if "nesting depth" in what:  # libyaml's own limit, met while it looks ahead in [[[...
        what += f"; expected a plan or program a few levels deep (at most {MAX_DEPTH})"
    elif not re.search(r"\bexpected\b", what):
        what += "; expected well-formed YAML"
    if mark is None:
        line, column = 1, 1
    elif mark.index >= end:  # the end of the text, not the empty line after it
        line, column = _place(text[:end])
    else:
        line, column = mark.line + 1, mark.column + 1
    return Problem(file, line + line_offset, column + column_offset, f"not readable as YAML: {what}")


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """UTF-8, or UTF-16 with a byte-order mark; anything else is refused."""
    if data.isascii() and not data.translate(None, _PRINTABLE_ASCII):
        return data.decode("ascii"), []  # the common case, without the search below: nothing in it is refused
    wide = data.startswith(UTF16_BOMS)
    encoding, body = ("utf-16", data) if wide else ("utf-8", data.removeprefix(codecs.BOM_UTF8))
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        line, column = _place(body[: error.start].decode(encoding, "replace"))
        if wide:
            message = f"not valid UTF-16 ({error.reason}); expected UTF-16 text after the byte-order mark"
        else:
            message = f"byte 0x{body[error.start]:02x} is not UTF-8; expected UTF-8 text (or UTF-16 with a byte-order mark)"
        return None, [Problem(file, line, column, message)]
    odd = UNPRINTABLE.search(text)
    if odd is not None:
        line, column = _place(text[: odd.start()])
        char = odd.group()
        what = "binary data (a NUL character)" if char == "\x00" else f"the control character U+{ord(char):04X}"
        return None, [Problem(file, line, column, f"{what}; expected a text document of printable characters")]
    return text, []


def too_big(size: int, file: str, line: int = 1) -> list[Problem]:
    return [Problem(file, line, 1, f"the file is {size} bytes; expected at most {MAX_FILE_BYTES} bytes")]


def read_yaml_file(path: Path, shown: str) -> Iterator[Source]:
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Source(shown, 1, 1, None, [Problem(shown, 1, 1, f"cannot read the file: {error.strerror}")])
        return
    if len(data) > MAX_FILE_BYTES:
        yield Source(shown, 1, 1, None, too_big(len(data), shown))
        return
    text, problems = decode(data, shown)
    if text is None:
        yield Source(shown, 1, 1, None, problems)
        return
    node, problems = compose(text, shown)
    if node is None:
        yield Source(shown, 1, 1, None, problems)
        return
    yield source_of(node, shown)


def source_of(node: Node, shown: str) -> Source:
    """A composed YAML document: skipped when it is a foreign mapping, with hints when it looks like a misspelt document."""
    hints = [Problem(shown, p.line, p.column, p.message) for p in misspelt_document(node)]
    skipped = not hints and isinstance(node, Mapping) and not any(k.text == "itbverify" for k, _ in node.items)
    return Source(shown, node.line, node.column, node, hints, skipped)


UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def numbered_lines(handle: BinaryIO, shown: str) -> Iterator[tuple[int, str | list[Problem]]]:
    """Numbered lines of a JSON Lines file, or the problems of the lines that are not text."""
    if handle.read(2) in UTF16_BOMS:  # decoded whole: lines are not bytes apart
        handle.seek(0)
        data = handle.read(MAX_FILE_BYTES + 1)
        text, problems = decode(data, shown) if len(data) <= MAX_FILE_BYTES else (None, too_big(len(data), shown))
        if text is None:
            yield problems[0].line or 1, problems
            return
        yield from enumerate(text.split("\n"), start=1)
        return
    handle.seek(0)
    for number, raw in enumerate(handle, start=1):
        if len(raw) > MAX_FILE_BYTES:
            yield number, too_big(len(raw), shown, number)
            continue
        text, problems = decode(raw, shown)
        yield number, text if text is not None else [Problem(shown, number, p.column, p.message) for p in problems]


def jsonl_document(text: str, number: int, shown: str) -> Source:
    body = text.strip()
    indent = len(text) - len(text.lstrip())
    if not body.startswith("{"):
        problem = Problem(shown, number, indent + 1, "a JSON Lines line holds one document; expected a JSON object '{...}'")
        return Source(shown, number, 1, None, [problem])
    node = json_node(body, number, indent)
    if node is not None:
        return Source(shown, number, 1, node, [])
    # Not plain JSON (or past a limit): the YAML composer reads it and says what is wrong, and where.
    node, problems = compose(body, shown, line_offset=number - 1, column_offset=indent)
    if node is None and problems and problems[0].message.startswith("not readable as YAML"):
        problems = [_json_problem(body, number, indent, shown) or problems[0]]
    return Source(shown, number, 1, node, problems)


def _json_problem(body: str, number: int, indent: int, shown: str) -> Problem | None:
    """What the JSON parser says of a line that neither it nor the YAML composer reads: a JSON Lines line is JSON."""
    try:
        json.loads(body)
    except json.JSONDecodeError as error:
        return Problem(shown, number, indent + error.pos + 1, f"not valid JSON: {error.msg} at column {indent + error.pos + 1}; expected one JSON object per line")
    except (ValueError, RecursionError):
        return None
    return None


class JsonNumber(str):
    """A JSON number's text as written (so it stays an exact decimal)."""


class _Pairs(list):  # type: ignore[type-arg]
    """A JSON object's members in order, repeated keys kept (the validator reports them)."""


# One match per JSON token that starts a value, a key or a closing bracket.
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[^\s,:\[\]{}"]+|[\[\]{}]')
JSON_LITERALS = {True: "true", False: "false", None: "null"}


class _Misread(Exception):
    pass


def json_node(body: str, line: int, indent: int) -> Node | None:
    """A JSON line as the node tree the composer would build, read by the C JSON parser; None to fall back."""
    try:
        value = json.loads(body, parse_float=JsonNumber, parse_int=JsonNumber, parse_constant=JsonNumber, object_pairs_hook=_Pairs)
    except (ValueError, RecursionError):
        return None
    starts = [m.start() for m in _JSON_TOKEN.finditer(body)]
    if len(starts) > MAX_NODES * 2:
        return None
    tokens = iter(starts)
    column = indent + 1
    new = object.__new__

    def scalar(value: object) -> Scalar:
        """The node of a string, number or literal: the next token, which must start it."""
        at = next(tokens)
        made = new(Scalar)
        fields = made.__dict__
        fields["line"] = line
        fields["column"] = at + column
        kind = type(value)
        if kind is str:
            if body[at] != '"':
                raise _Misread
            fields["text"], fields["plain"] = value, False
        elif kind is JsonNumber:
            fields["text"], fields["plain"] = str(value), True
        else:
            fields["text"], fields["plain"] = JSON_LITERALS[value], True  # type: ignore[index]
        return made

    def node(value: object, depth: int) -> Node:
        kind = type(value)
        if kind is not _Pairs and kind is not list:
            return scalar(value)
        at = next(tokens)
        if depth >= MAX_DEPTH or body[at] != ("{" if kind is _Pairs else "["):
            raise _Misread
        made = new(Mapping if kind is _Pairs else Sequence)
        fields = made.__dict__
        fields["line"] = line
        fields["column"] = at + column
        if kind is _Pairs:
            # Keys are JSON strings: their nodes are made here, without a call each.
            items = []
            for key, member in value:  # type: ignore[attr-defined]
                key_node = new(Scalar)
                key_fields = key_node.__dict__
                key_fields["line"], key_fields["column"], key_fields["text"], key_fields["plain"] = line, next(tokens) + column, key, False
                member_kind = type(member)
                items.append((key_node, scalar(member) if member_kind is not _Pairs and member_kind is not list else node(member, depth + 1)))
            fields["items"] = tuple(items)
        else:
            fields["items"] = tuple([node(item, depth + 1) for item in value])  # type: ignore[attr-defined]
        next(tokens)  # the closing bracket
        return made

    try:
        root = node(value, 0)
    except (_Misread, StopIteration, KeyError):
        return None
    if next(tokens, None) is not None:
        return None
    return root


def read_jsonl_file(path: Path, shown: str) -> Iterator[Source]:
    """One document per non-blank line; a broken line is invalid on its own and the others are still read."""
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Source(shown, 1, 1, None, [Problem(shown, 1, 1, f"cannot read the file: {error.strerror}")])
        return
    with handle:
        for number, line in numbered_lines(handle, shown):
            if isinstance(line, list):
                yield Source(shown, number, 1, None, line)
            elif line.strip():
                yield jsonl_document(line, number, shown)


def find_files(paths: list[str]) -> Iterator[tuple[Path, str] | Problem | Skip]:
    """The files named, and the .yaml/.yml/.jsonl files under the folders named (a .json file
    there is a Skip: likely meant as a document, so it is listed, not passed over in silence)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in {".yaml", ".yml", ".jsonl", ".json"}
            )
            for p in found:
                if p.suffix.lower() == ".json":
                    yield Skip(_shown(p), None, None, JSON_FILE)
                else:
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
