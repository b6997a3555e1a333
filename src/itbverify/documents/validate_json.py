"""A JSON Lines document straight to validated records, at batch speed.

The C JSON parser reads the line into plain dicts, lists and ints (only a
decimal's text is kept, by a hook: a hook per value or per object would cost
more than the parse); this walks them against the schema, with the positions
of one token scan, and builds the very records the validator builds from a
node tree (validate.py): the same values, converted by the same functions, at
the same lines and columns. It takes only documents with nothing to report.
At the first thing the validator would report (an unknown or repeated key, a
missing key, a value of the wrong form) it gives up, and the line is read the
slow way, which says what is wrong and where. A repeated key shows as a token
left over: a dict keeps one value per key, so the walk takes fewer tokens
than the scan found. A test holds the two ways to the same records on
generated documents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from itbverify.documents.kinds import KINDS
from itbverify.documents.read import JSON_LITERALS, MAX_NODES, JsonNumber
from itbverify.documents.schema import Field
from itbverify.documents.validate import BadValue, Record, scalar_value

# One match per JSON value, its group 1 where the value starts: a member's key and colon are part of
# the match, and so are the blanks, commas and closing brackets before it (no record keeps a closing
# bracket's position, and the search then never stops at one to fail there).
# Possessive: a line the C parser took is valid JSON, where no token needs a second try.
_STARTS = re.compile(r'[\s,\]}]*+(?:"[^"\\]*+(?:\\.[^"\\]*+)*+"\s*+:\s*+)?+("[^"\\]*+(?:\\.[^"\\]*+)*+"|[^\s,:\[\]{}"]++|[\[{])')
_DECODE = json.JSONDecoder(parse_float=JsonNumber, parse_constant=JsonNumber).decode


class _Slow(Exception):
    """The document has something to report: the validator must read it."""


class _Cursor:
    """The token starts of one line, taken in document order."""

    __slots__ = ("body", "column", "line", "next", "tokens")

    def __init__(self, starts: list[int], body: str, line: int, column: int) -> None:
        self.tokens = iter(starts)
        self.next = self.tokens.__next__
        self.body = body
        self.line = line
        self.column = column


Reader = Callable[[Any, _Cursor], tuple[Any, int]]  # a value and its cursor to (its converted value, its first token)


Memo = tuple[dict[Any, Any], type, Any]  # (values already converted, by their JSON value; the two types it holds)
_MEMOS: dict[Reader, Memo] = {}  # each cached scalar reader's memo: read_record looks there first


def _scalar_reader(spec: Field) -> Reader:
    kind = spec.type
    known: dict[Any, Any] = {}  # numbers and clock texts already converted: a batch repeats them
    cached = {"number": JsonNumber, "signed": JsonNumber, "integer": JsonNumber, "clock": str}.get(kind)  # as JSON writes them
    whole = int if cached is JsonNumber else None  # a whole number is parsed to an int: -0 and 0 are one number

    def general(value: Any, at: int, body: str) -> Any:
        kind_of = type(value)
        if kind_of is str:
            text, plain = value, False
        elif kind_of is JsonNumber:
            text, plain = str(value), True
        elif kind_of is int:
            text, plain = ("-0" if not value and body[at] == "-" else str(value)), True  # an id's -0 stays -0
        elif kind_of is bool or value is None:
            text, plain = JSON_LITERALS[value], True
        else:
            raise _Slow  # a list or a mapping where a single value belongs
        try:
            converted = scalar_value(spec, text, plain, "")
        except BadValue:
            raise _Slow from None
        if kind_of is cached or kind_of is whole:
            if len(known) > 4096:
                known.clear()
            known[value] = converted
        return converted

    if cached is not None:
        def read_new(value: Any, cursor: _Cursor) -> tuple[Any, int]:
            # Only records hold these, and read_record looks in `known` first (_MEMOS): a value here is new,
            # or of another form (a quoted number, say).
            at = cursor.next()
            return general(value, at, cursor.body), at
        _MEMOS[read_new] = (known, cached, whole)
        return read_new
    if kind in ("text", "enum"):
        choices = frozenset(spec.choices) if kind == "enum" else None

        def read_word(value: Any, cursor: _Cursor) -> tuple[Any, int]:
            at = cursor.next()
            if type(value) is str and (choices is None or value in choices):
                if cursor.body[at] != '"':
                    raise _Slow
                return value, at
            return general(value, at, cursor.body), at
        return read_word
    if kind == "boolean":
        def read_boolean(value: Any, cursor: _Cursor) -> tuple[Any, int]:
            at = cursor.next()
            if value is True or value is False:
                return value, at
            return general(value, at, cursor.body), at
        return read_boolean

    def read_other(value: Any, cursor: _Cursor) -> tuple[Any, int]:
        at = cursor.next()
        return general(value, at, cursor.body), at
    return read_other


def _sequence_reader(item_reader: Reader) -> Reader:
    """A list whose items ITEM_READER reads: a list of words, or of mappings."""

    def read_sequence(value: Any, cursor: _Cursor) -> tuple[Any, int]:
        at = cursor.next()
        if type(value) is not list or cursor.body[at] != "[":
            raise _Slow
        return [item_reader(item, cursor)[0] for item in value], at
    return read_sequence


def _reader(spec: Field) -> Reader:
    if spec.type == "map":
        return _record_reader(spec.fields)
    if spec.type == "list":
        return _sequence_reader(_record_reader(spec.fields))
    if spec.type == "texts":
        return _sequence_reader(_scalar_reader(Field("text")))
    return _scalar_reader(spec)


def _record_reader(fields: dict[str, Field]) -> Reader:
    readers = {name: _reader(spec) for name, spec in fields.items()}
    memos = {name: _MEMOS[reader] for name, reader in readers.items() if reader in _MEMOS}
    required = frozenset(name for name, spec in fields.items() if spec.required)

    def read_record(value: Any, cursor: _Cursor) -> tuple[Any, int]:
        at = cursor.next()
        if type(value) is not dict or cursor.body[at] != "{":
            raise _Slow
        line, column = cursor.line, cursor.column
        values: dict[str, Any] = {}
        positions: dict[str, tuple[int, int]] = {}
        for key, member in value.items():
            memo = memos.get(key)
            if memo is not None:  # most values are numbers seen before: taken here, without a reader's call
                known, cached, whole = memo
                kind_of = type(member)
                if kind_of is cached or kind_of is whole:  # never a quoted number: "20" is no JsonNumber nor int
                    converted = known.get(member)
                    if converted is not None:
                        values[key] = converted
                        positions[key] = (line, cursor.next() + column)
                        continue
            reader = readers.get(key)
            if reader is None:
                raise _Slow  # an unknown key
            values[key], start = reader(member, cursor)
            positions[key] = (line, start + column)
        if not required.issubset(values):
            raise _Slow  # a missing key (a repeated one leaves a token over)
        return Record(line, at + column, values, positions), at
    return read_record


_DOCUMENTS = {name: _record_reader(kind.schema) for name, kind in KINDS.items() if kind.modelled}


def read_json_document(body: str, line: int, indent: int) -> tuple[str, Record] | None:
    """A plan's or a program's validated record from one JSON line, or None when the validator must read it.

    BODY is the line without its surrounding blanks, INDENT the blanks before it.
    """
    try:
        value = _DECODE(body)
    except (ValueError, RecursionError):
        return None
    if type(value) is not dict:
        return None
    kind = value.get("kind")
    read = _DOCUMENTS.get(kind) if type(kind) is str else None
    if read is None or not isinstance(kind, str):
        return None
    starts = [m.start(1) for m in _STARTS.finditer(body)]
    if len(starts) > MAX_NODES * 2:
        return None
    cursor = _Cursor(starts, body, line, indent + 1)
    try:
        record, _ = read(value, cursor)
        if next(cursor.tokens, None) is not None:
            return None
    except (_Slow, StopIteration, IndexError):
        return None
    return kind, record
