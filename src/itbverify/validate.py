"""Strict validation of a node tree against a schema, keeping every value's position.

Every problem is collected (not just the first), each with its line, column
and the form that was expected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from typing import Any

from .read import Mapping, Node, Problem, Scalar, Sequence
from .schema import Field

_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")
_INTEGER = re.compile(r"[-+]?\d+")
_CLOCK = re.compile(r"(\d\d):(\d\d)")
_NOT_FINITE = re.compile(r"[-+]?\.(inf|Inf|INF|nan|NaN|NAN)")
MAX_DIGITS = 30


@dataclass
class Record:
    """A validated mapping: values by key, with the position of each key's value."""

    line: int
    column: int
    values: dict[str, Any] = field(default_factory=dict)
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def __contains__(self, key: str) -> bool:
        return key in self.values

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

    def mapping(self, node: Node, fields: dict[str, Field], where: str) -> Record | None:
        if not isinstance(node, Mapping):
            self.problem(node, f"{where}: expected a mapping of keys to values")
            return None
        record = Record(node.line, node.column)
        seen: dict[str, Scalar] = {}
        for key, value in node.items:
            name = key.text
            if name in seen:
                first = seen[name]
                self.problem(key, f"{where}: key '{name}' appears twice (first at line {first.line}, column {first.column})")
                continue
            seen[name] = key
            spec = fields.get(name)
            if spec is None:
                known = ", ".join(sorted(fields))
                self.problem(key, f"{where}: unknown key '{name}'; expected one of: {known}")
                continue
            record.positions[name] = (value.line, value.column)
            converted = self.value(value, spec, f"{where}.{name}" if where else name)
            if converted is not None:
                record.values[name] = converted
        for name, spec in fields.items():
            if spec.required and name not in seen:
                self.problem(node, f"{where or 'document'}: the key '{name}' is required")
        return record

    def value(self, node: Node, spec: Field, where: str) -> Any:
        kind = spec.type
        if kind == "map":
            return self.mapping(node, spec.fields, where)
        if kind == "list":
            if not isinstance(node, Sequence):
                self.problem(node, f"{where}: expected a list")
                return None
            items = [self.mapping(item, spec.fields, f"{where}[{i}]") for i, item in enumerate(node.items)]
            return [i for i in items if i is not None] if all(i is not None for i in items) else None
        if kind == "texts":
            if not isinstance(node, Sequence):
                self.problem(node, f"{where}: expected a list of words")
                return None
            words = [self.text(item, f"{where}[{i}]") for i, item in enumerate(node.items)]
            return [w for w in words if w is not None] if all(w is not None for w in words) else None
        if not isinstance(node, Scalar):
            self.problem(node, f"{where}: expected a single value, not a {'list' if isinstance(node, Sequence) else 'mapping'}")
            return None
        if kind in ("number", "signed"):
            return self.number(node, where, signed=kind == "signed")
        if kind == "integer":
            if not node.plain or not _INTEGER.fullmatch(node.text):
                self.problem(node, f"{where}: expected a whole number, got {node.describe()}")
                return None
            number = int(node.text)
            if number < 0:
                self.problem(node, f"{where}: expected a whole number of at least 0, got {node.text}")
                return None
            return number
        if kind == "boolean":
            if node.plain and node.text in ("true", "false"):
                return node.text == "true"
            self.problem(node, f"{where}: expected true or false, got {node.describe()}")
            return None
        if kind == "text":
            return self.text(node, where)
        if kind == "enum":
            text = self.text(node, where)
            if text is None:
                return None
            if text not in spec.choices:
                self.problem(node, f"{where}: '{text}' is not one of: {', '.join(spec.choices)}")
                return None
            return text
        if kind == "clock":
            match = _CLOCK.fullmatch(node.text)
            if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
                self.problem(node, f"{where}: expected a clock time \"HH:MM\" from 00:00 to 23:59, got {node.describe()}")
                return None
            return Clock(int(match.group(1)) * 60 + int(match.group(2)), node.text)
        if kind == "datetime":
            try:
                moment = datetime.fromisoformat(node.text)
            except ValueError:
                self.problem(node, f"{where}: expected a date-time such as 2026-03-02T10:00, got {node.describe()}")
                return None
            if moment.tzinfo is not None:
                self.problem(node, f"{where}: a date-time is pump local time, without a time-zone offset")
                return None
            return moment
        raise AssertionError(kind)

    def text(self, node: Node, where: str) -> str | None:
        if not isinstance(node, Scalar):
            self.problem(node, f"{where}: expected a word or text")
            return None
        if node.plain and node.text in ("", "~", "null", "Null", "NULL"):
            self.problem(node, f"{where}: expected a word or text, got an empty value")
            return None
        return node.text

    def number(self, node: Scalar, where: str, signed: bool) -> Fraction | None:
        text = node.text
        if node.plain and _NOT_FINITE.fullmatch(text):
            self.problem(node, f"{where}: expected a finite number, got {text}")
            return None
        if not node.plain or not _NUMBER.fullmatch(text):
            self.problem(node, f"{where}: expected a number, got {node.describe()}")
            return None
        digits = sum(c.isdigit() for c in text.split("e")[0].split("E")[0])
        exponent = re.search(r"[eE]([-+]?\d+)", text)
        if digits > MAX_DIGITS or (exponent and abs(int(exponent.group(1))) > 12):
            self.problem(node, f"{where}: the number {text[:40]} is out of range (at most {MAX_DIGITS} digits)")
            return None
        value = Fraction(text)
        if signed and value > 0:
            self.problem(node, f"{where}: expected a number of hours at most 0 (before hour 0), got {text}")
            return None
        if not signed and value < 0:
            self.problem(node, f"{where}: expected a number of at least 0, got {text}")
            return None
        return value
