"""The rule language's syntax tree: frozen dataclasses carrying source positions."""

from __future__ import annotations

from dataclasses import dataclass

from itbverify.base.exact import Fraction


@dataclass(frozen=True)
class Pos:
    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class RuleSyntaxError(Exception):
    """A rule file the language refuses: its position and what is wrong (the parser, the loader's checks, the type checker)."""

    def __init__(self, pos: Pos, message: str) -> None:
        super().__init__(f"{pos}: {message}")
        self.pos = pos
        self.message = message


# The units a duration may be written in, in hours: `24 h`, `3 days`.
UNIT_HOURS = {"h": 1, "hour": 1, "hours": 1, "day": 24, "days": 24}


# ---- expressions -------------------------------------------------------------


@dataclass(frozen=True)
class Expr:
    pos: Pos


@dataclass(frozen=True)
class Number(Expr):
    value: Fraction
    text: str


@dataclass(frozen=True)
class String(Expr):
    value: str


@dataclass(frozen=True)
class Bool(Expr):
    value: bool


@dataclass(frozen=True)
class NoneLit(Expr):
    pass


@dataclass(frozen=True)
class Name(Expr):
    name: str


@dataclass(frozen=True)
class Attribute(Expr):
    target: Expr
    name: str


@dataclass(frozen=True)
class Call(Expr):
    function: str
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class Aggregate(Expr):
    """`any|all|sum|min|max(BODY for VAR in COLLECTION [where FILTER])`."""

    function: str
    body: Expr
    var: str
    collection: Expr
    filter: Expr | None


@dataclass(frozen=True)
class SetLiteral(Expr):
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Unary(Expr):
    op: str  # "-" or "not"
    operand: Expr


@dataclass(frozen=True)
class Arith(Expr):
    """A left-associative chain: first (op operand)*."""

    first: Expr
    rest: tuple[tuple[str, Expr], ...]


@dataclass(frozen=True)
class Compare(Expr):
    """A comparison chain: `a <= b <= c` means `a <= b and b <= c`."""

    first: Expr
    rest: tuple[tuple[str, Expr], ...]


@dataclass(frozen=True)
class Member(Expr):
    item: Expr
    collection: Expr
    negated: bool


@dataclass(frozen=True)
class Logic(Expr):
    op: str  # "and" or "or"
    operands: tuple[Expr, ...]


@dataclass(frozen=True)
class Conditional(Expr):
    condition: Expr
    then: Expr
    otherwise: Expr


# ---- checks and rules ----------------------------------------------------------


@dataclass(frozen=True)
class ForEach:
    pos: Pos
    var: str
    collection: Expr
    where: Expr | None


@dataclass(frozen=True)
class ForPairs:
    pos: Pos
    first: str
    second: str
    collection: Expr
    where: Expr | None


@dataclass(frozen=True)
class ForWindow:
    """Every window [t, t + length) lying wholly inside `within` (a run)."""

    pos: Pos
    var: str
    length: Expr
    within: Expr


@dataclass(frozen=True)
class ForInstant:
    """Every instant t with low < t <= high."""

    pos: Pos
    var: str
    low: Expr
    high: Expr


@dataclass(frozen=True)
class Guard:
    pos: Pos
    condition: Expr


Step = ForEach | ForPairs | ForWindow | ForInstant | Guard


@dataclass(frozen=True)
class Binding:
    pos: Pos
    name: str
    value: Expr


@dataclass(frozen=True)
class Template:
    """A message: literal text and `{expr}` holes, alternating."""

    pos: Pos
    parts: tuple[str | Expr, ...]


@dataclass(frozen=True)
class Check:
    pos: Pos
    steps: tuple[Step, ...]
    bindings: tuple[Binding, ...]
    forbid: bool
    condition: Expr
    message: Template
    locate: Expr | None


@dataclass(frozen=True)
class Rule:
    pos: Pos
    id: str
    title: str
    severity: str
    basis: str
    label_lines: tuple[int, ...]
    applies_to: tuple[str, ...]
    when: Expr | None
    checks: tuple[Check, ...]
    source: str | None = None  # a policy pack's rule: the protocol or document it comes from (label rules give label lines)


@dataclass(frozen=True)
class Definition:
    pos: Pos
    name: str
    params: tuple[str, ...] | None  # None: a constant, not a function
    body: Expr


@dataclass(frozen=True)
class RuleFile:
    path: str
    definitions: tuple[Definition, ...]
    rules: tuple[Rule, ...]
