"""Strict validation of a node tree against a schema, keeping every value's position.

Every problem is collected (not just the first), each with its line, column
and the form that was expected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from itbverify.base.exact import Fraction
from itbverify.documents.read import Mapping, Node, Problem, Scalar, Sequence
from itbverify.documents.schema import Field

_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")
_INTEGER = re.compile(r"[-+]?\d+")
_CLOCK = re.compile(r"(\d\d):(\d\d)")
_NOT_FINITE = re.compile(r"[-+]?\.?(inf|infinity|nan)", re.IGNORECASE)
MAX_DIGITS = 30


@dataclass
class Record:
    """A validated mapping: values by key, with the position of each key's value."""

    line: int
    column: int
    values: dict[str, Any] = field(default_factory=dict)
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)  # every key written, valid or not
    broken: bool = False  # a problem was found in this mapping or inside it

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def __contains__(self, key: str) -> bool:
        return key in self.values

    def present(self, key: str) -> bool:
        """The key is written, whether or not its value is valid."""
        return key in self.positions

    def pos(self, key: str) -> tuple[int, int]:
        return self.positions.get(key, (self.line, self.column))


@dataclass(frozen=True)
class Clock:
    minutes: int
    text: str


class Validator:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.file, node.line, node.column, message))

    def mapping(self, node: Node, fields: dict[str, Field], where: str, owner: Node | None = None) -> Record | None:
        """A mapping's keys and values; `owner` is the key it is written under, where missing keys are reported."""
        if not isinstance(node, Mapping):
            self.problem(node, f"{where or 'document'}: expected a mapping of keys to values, got {described(node)}")
            return None
        record = Record(node.line, node.column)
        before = len(self.problems)
        seen: dict[str, Scalar] = {}
        for key, value in node.items:
            name = key.text
            if name in seen:
                first = seen[name]
                self.problem(key, f"{where or 'document'}: key '{name}' appears twice (first at line {first.line}, column {first.column}); expected each key once")
                continue
            seen[name] = key
            spec = fields.get(name)
            if spec is None:
                known = ", ".join(sorted(fields))
                self.problem(key, f"{where or 'document'}: unknown key '{name}'; expected one of: {known}")
                continue
            record.positions[name] = (value.line, value.column)
            converted = self.value(value, spec, f"{where}.{name}" if where else name, key)
            if converted is not None:
                record.values[name] = converted
        for name, spec in fields.items():
            if spec.required and name not in seen:
                self.problem(owner or node, f"{where or 'document'}: the key '{name}' is required")
        record.broken = len(self.problems) > before
        return record

    def value(self, node: Node, spec: Field, where: str, owner: Node | None = None) -> Any:
        kind = spec.type
        if kind == "map":
            return self.mapping(node, spec.fields, where, owner)
        if kind == "list":
            if not isinstance(node, Sequence):
                self.problem(node, f"{where}: expected a list of mappings, got {described(node)}")
                return None
            items = [self.mapping(item, spec.fields, f"{where}[{i}]") for i, item in enumerate(node.items)]
            return [i for i in items if i is not None] if all(i is not None for i in items) else None
        if kind == "texts":
            if not isinstance(node, Sequence):
                self.problem(node, f"{where}: expected a list of words, got {described(node)}")
                return None
            words = [self.text(item, f"{where}[{i}]") for i, item in enumerate(node.items)]
            return [w for w in words if w is not None] if all(w is not None for w in words) else None
        if not isinstance(node, Scalar):
            self.problem(node, f"{where}: expected {_EXPECTED.get(kind, 'a single value')}, got {described(node)}")
            return None
        try:
            return scalar_value(spec, node.text, node.plain, where)
        except BadValue as error:
            self.problem(node, error.message)
            return None

    def text(self, node: Node, where: str) -> str | None:
        if not isinstance(node, Scalar):
            self.problem(node, f"{where}: expected a word or text, got {described(node)}")
            return None
        try:
            return word(node.text, node.plain, where)
        except BadValue as error:
            self.problem(node, error.message)
            return None


    def number(self, node: Scalar, where: str, signed: bool) -> Fraction | None:
        try:
            return number(node.text, node.plain, where, signed)
        except BadValue as error:
            self.problem(node, error.message)
            return None

class BadValue(Exception):
    """A scalar that is not what its key expects, and the message that says so."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _shown(text: str, plain: bool) -> str:
    """A scalar as a message shows it (read.Scalar.describe)."""
    return f"{text!r}" if not plain else text or "an empty value"


def scalar_value(spec: Field, text: str, plain: bool, where: str) -> Any:
    """A scalar's value for its key's type (plain: written unquoted), or BadValue.

    The validator and the JSON fast path (validate_json.py) both convert
    through here, so a value means the same however it was read.
    """
    kind = spec.type
    if kind in ("number", "signed"):
        return number(text, plain, where, signed=kind == "signed")
    if kind == "version":
        if plain and text == "1":
            return 1
        raise BadValue(f"{where}: expected the format version 1 (the number, unquoted), got {_shown(text, plain)}")
    if kind == "integer":
        if not plain or not _INTEGER.fullmatch(text) or len(text) > MAX_DIGITS:
            raise BadValue(f"{where}: expected a whole number, got {_shown(text, plain)}")
        whole = int(text)
        if whole < 0:
            raise BadValue(f"{where}: expected a whole number of at least 0, got {text}")
        return whole
    if kind == "boolean":
        if plain and text in ("true", "false"):
            return text == "true"
        raise BadValue(f"{where}: expected true or false, got {_shown(text, plain)}")
    if kind == "text":
        return word(text, plain, where)
    if kind == "enum":
        chosen = word(text, plain, where)
        if chosen not in spec.choices:
            raise BadValue(f"{where}: expected one of: {', '.join(spec.choices)}; got {_shown(text, plain)}")
        return chosen
    if kind == "clock":
        match = _CLOCK.fullmatch(text)
        if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            raise BadValue(f"{where}: expected a clock time \"HH:MM\" from 00:00 to 23:59, got {_shown(text, plain)}")
        return Clock(int(match.group(1)) * 60 + int(match.group(2)), text)
    if kind == "datetime":
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise BadValue(f"{where}: expected a date-time such as 2026-03-02T10:00, got {_shown(text, plain)}") from None
        if moment.tzinfo is not None:
            raise BadValue(f"{where}: expected a date-time without a time-zone offset (pump local time), got {_shown(text, plain)}")
        return moment
    raise AssertionError(kind)


def word(text: str, plain: bool, where: str) -> str:
    if plain and text in ("", "~", "null", "Null", "NULL"):
        raise BadValue(f"{where}: expected a word or text, got an empty value")
    return text


def number(text: str, plain: bool, where: str, signed: bool) -> Fraction:
    if plain and _NOT_FINITE.fullmatch(text):
        raise BadValue(f"{where}: expected a finite number, got {text}")
    if not plain or not _NUMBER.fullmatch(text):
        raise BadValue(f"{where}: expected a number, got {_shown(text, plain)}")
    mantissa, _, exponent = text.lower().partition("e")
    # The text matched _NUMBER: every character of the mantissa is a digit but a sign and a point.
    digits = len(mantissa) - mantissa.count(".") - (mantissa[0] in "+-")
    if digits > MAX_DIGITS or len(exponent.lstrip("+-")) > 2 or (exponent and abs(int(exponent)) > 12):
        raise BadValue(f"{where}: the number {text[:40]} is out of range; expected at most {MAX_DIGITS} digits and an exponent within 12")
    value = Fraction(text)
    if signed and value > 0:
        raise BadValue(f"{where}: expected a number of hours at most 0 (before hour 0), got {text}")
    if not signed and value < 0:
        raise BadValue(f"{where}: expected a number of at least 0, got {text}")
    return value


_EXPECTED = {
    "number": "a number",
    "signed": "a number",
    "integer": "a whole number",
    "version": "the format version 1",
    "boolean": "true or false",
    "text": "a word or text",
    "enum": "a word",
    "clock": 'a clock time "HH:MM"',
    "datetime": "a date-time",
}


def described(node: Node) -> str:
    """How a value that has the wrong shape is shown in a message."""
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    assert isinstance(node, Scalar)
    return node.describe()
