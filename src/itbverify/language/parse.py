"""Rule files: Lark parses the text, a transformer builds the syntax tree."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken, VisitError

from itbverify.base.exact import Fraction
from itbverify.base.resources import grammar_path
from itbverify.documents.kinds import RULE_KINDS, listed
from itbverify.language import syntax as s
from itbverify.language.syntax import UNIT_HOURS, RuleSyntaxError

# How a token is named in an error message: "expected one of: require, forbid".
_TOKEN_NAMES = {
    "NAME": "a name",
    "NUMBER": "a number",
    "INT": "a whole number",
    "STRING": "a quoted string",
    "RULE_ID": "a requirement id (ITB-... for the label, a prefix of your own in a policy pack)",
    "COMP_OP": "a comparison",
    "ADD_OP": "+ or -",
    "MUL_OP": "* or /",
    "SEVERITY": "error or warning",
    "BASIS": "label or interpretation",
    "KIND": listed(list(RULE_KINDS)),
    "REQUIRE": "require",
    "FORBID": "forbid",
    "AGGREGATE": "any, all, sum, min or max",
    "UNIT": "a unit (h, days)",
}


@functools.lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(
        grammar_path().read_text(encoding="utf-8"),
        parser="lalr",
        start=["start", "expr"],
        propagate_positions=True,
        maybe_placeholders=False,
    )


def _expected(names: set[str]) -> str:
    shown = sorted({_TOKEN_NAMES.get(n, n.strip('"').lower()) for n in names})
    return ", ".join(shown[:12])


@v_args(meta=True, inline=True)
class _Build(Transformer[Token, Any]):
    def __init__(self, path: str, line_offset: int = 0, column_offset: int = 0) -> None:
        super().__init__()
        self.path = path
        self.line_offset = line_offset
        self.column_offset = column_offset

    def _pos(self, meta: Any) -> s.Pos:
        line = getattr(meta, "line", 1)
        column = getattr(meta, "column", 1)
        if line == 1:
            column += self.column_offset
        return s.Pos(self.path, line + self.line_offset, column)

    def _tpos(self, token: Token) -> s.Pos:
        line = token.line or 1
        column = token.column or 1
        if line == 1:
            column += self.column_offset
        return s.Pos(self.path, line + self.line_offset, column)

    # ---- expressions
    def number(self, meta: Any, value: Token, unit: Token | None = None) -> s.Number:
        number = Fraction(str(value))
        if unit is not None:
            number *= UNIT_HOURS[str(unit)]
        return s.Number(self._pos(meta), number, str(value) + (f" {unit}" if unit else ""))

    def percent(self, meta: Any, value: Token) -> s.Number:
        return s.Number(self._pos(meta), Fraction(str(value)) / 100, f"{value}%")

    def string(self, meta: Any, value: Token) -> s.String:
        return s.String(self._pos(meta), _unquote(str(value)))

    def name(self, meta: Any, value: Token) -> s.Name:
        return s.Name(self._pos(meta), str(value))

    def true(self, meta: Any) -> s.Bool:
        return s.Bool(self._pos(meta), True)

    def false(self, meta: Any) -> s.Bool:
        return s.Bool(self._pos(meta), False)

    def none(self, meta: Any) -> s.NoneLit:
        return s.NoneLit(self._pos(meta))

    def set_literal(self, meta: Any, *items: s.Expr) -> s.SetLiteral:
        return s.SetLiteral(self._pos(meta), tuple(items))

    def attribute(self, meta: Any, target: s.Expr, name: Token) -> s.Attribute:
        return s.Attribute(self._pos(meta), target, str(name))

    def call(self, meta: Any, function: Token, *args: s.Expr) -> s.Call:
        return s.Call(self._pos(meta), str(function), tuple(a for a in args if a is not None))

    def aggregate(
        self, meta: Any, function: Token, body: s.Expr, var: Token, collection: s.Expr, *where: tuple[str, s.Expr]
    ) -> s.Aggregate:
        return s.Aggregate(
            self._pos(meta), str(function), body, str(var), collection, where[0][1] if where else None
        )

    def neg(self, meta: Any, operand: s.Expr) -> s.Unary:
        return s.Unary(self._pos(meta), "-", operand)

    def not_(self, meta: Any, operand: s.Expr) -> s.Unary:
        return s.Unary(self._pos(meta), "not", operand)

    def arith(self, meta: Any, first: s.Expr, *rest: Any) -> s.Expr:
        if not rest:
            return first
        pairs = tuple((str(rest[i]), rest[i + 1]) for i in range(0, len(rest), 2))
        return s.Arith(self._pos(meta), first, pairs)

    def compare(self, meta: Any, first: s.Expr, *rest: Any) -> s.Compare:
        pairs = tuple((str(rest[i]), rest[i + 1]) for i in range(0, len(rest), 2))
        return s.Compare(self._pos(meta), first, pairs)

    def member(self, meta: Any, item: s.Expr, collection: s.Expr) -> s.Member:
        return s.Member(self._pos(meta), item, collection, False)

    def not_member(self, meta: Any, item: s.Expr, collection: s.Expr) -> s.Member:
        return s.Member(self._pos(meta), item, collection, True)

    def and_(self, meta: Any, *operands: s.Expr) -> s.Expr:
        return s.Logic(self._pos(meta), "and", operands) if len(operands) > 1 else operands[0]

    def or_(self, meta: Any, *operands: s.Expr) -> s.Expr:
        return s.Logic(self._pos(meta), "or", operands) if len(operands) > 1 else operands[0]

    def conditional(self, meta: Any, c: s.Expr, a: s.Expr, b: s.Expr) -> s.Conditional:
        return s.Conditional(self._pos(meta), c, a, b)

    # ---- checks
    def where(self, meta: Any, condition: s.Expr) -> tuple[str, s.Expr]:
        return ("where", condition)

    def for_each(self, meta: Any, var: Token, collection: s.Expr, *where: Any) -> s.ForEach:
        return s.ForEach(self._pos(meta), str(var), collection, where[0][1] if where else None)

    def for_pairs(
        self, meta: Any, first: Token, second: Token, collection: s.Expr, *where: Any
    ) -> s.ForPairs:
        return s.ForPairs(
            self._pos(meta), str(first), str(second), collection, where[0][1] if where else None
        )

    def for_window(self, meta: Any, var: Token, length: s.Expr, within: s.Expr) -> s.ForWindow:
        return s.ForWindow(self._pos(meta), str(var), length, within)

    def for_instant(self, meta: Any, var: Token, low: s.Expr, high: s.Expr) -> s.ForInstant:
        return s.ForInstant(self._pos(meta), str(var), low, high)

    def guard(self, meta: Any, condition: s.Expr) -> s.Guard:
        return s.Guard(self._pos(meta), condition)

    def binding(self, meta: Any, name: Token, value: s.Expr) -> s.Binding:
        return s.Binding(self._pos(meta), str(name), value)

    def verdict(self, meta: Any, keyword: Token, condition: s.Expr) -> tuple[bool, s.Expr]:
        return (str(keyword) == "forbid", condition)

    def message(self, meta: Any, text: Token) -> s.Template:
        return _template(self._tpos(text), _unquote(str(text)))

    def locate(self, meta: Any, target: s.Expr) -> tuple[str, s.Expr]:
        return ("at", target)

    def check(self, meta: Any, *items: Any) -> s.Check:
        steps = tuple(i for i in items if isinstance(i, (s.ForEach, s.ForPairs, s.ForWindow, s.ForInstant, s.Guard)))
        bindings = tuple(i for i in items if isinstance(i, s.Binding))
        verdict = next(i for i in items if isinstance(i, tuple) and isinstance(i[0], bool))
        message = next(i for i in items if isinstance(i, s.Template))
        locate = next((i[1] for i in items if isinstance(i, tuple) and i[0] == "at"), None)
        return s.Check(self._pos(meta), steps, bindings, verdict[0], verdict[1], message, locate)

    # ---- rules and definitions
    def severity(self, meta: Any, value: Token) -> tuple[str, Any]:
        return ("severity", str(value))

    def basis(self, meta: Any, value: Token) -> tuple[str, Any]:
        return ("basis", str(value))

    def label_lines(self, meta: Any, *lines: Token) -> tuple[str, Any]:
        return ("label_lines", tuple(int(str(n)) for n in lines))

    def source(self, meta: Any, text: Token) -> tuple[str, Any]:
        return ("source", _unquote(str(text)))

    def applies(self, meta: Any, *kinds: Token) -> tuple[str, Any]:
        return ("applies_to", tuple(str(k) for k in kinds))

    def when(self, meta: Any, condition: s.Expr) -> tuple[str, Any]:
        return ("when", condition)

    def rule(self, meta: Any, rule_id: Token, title: Token, *items: Any) -> s.Rule:
        pos = self._pos(meta)
        meta_items: dict[str, Any] = {}
        for item in items:
            if isinstance(item, tuple):
                key, value = item
                if key in meta_items:
                    raise RuleSyntaxError(pos, f"rule {rule_id} gives '{key}' twice")
                meta_items[key] = value
        for key in ("severity", "basis", "applies_to"):
            if key not in meta_items:
                what = key.replace("_", " ")
                raise RuleSyntaxError(pos, f"rule {rule_id} does not give its {what}")
        if "label_lines" not in meta_items and "source" not in meta_items:
            raise RuleSyntaxError(pos, f"rule {rule_id} gives neither the label lines it comes from nor its source "
                                       '(label lines 138, 140; or, in a policy pack, source "Clinic protocol v3, section 4.2")')
        checks = tuple(i for i in items if isinstance(i, s.Check))
        return s.Rule(
            pos,
            str(rule_id),
            _unquote(str(title)),
            meta_items["severity"],
            meta_items["basis"],
            meta_items.get("label_lines", ()),
            meta_items["applies_to"],
            meta_items.get("when"),
            checks,
            meta_items.get("source"),
        )

    def params(self, meta: Any, *names: Token) -> tuple[str, ...]:
        return tuple(str(n) for n in names)

    def definition(self, meta: Any, name: Token, *rest: Any) -> s.Definition:
        params = rest[0] if len(rest) == 2 else None
        return s.Definition(self._pos(meta), str(name), params, rest[-1])

    def start(self, meta: Any, *items: Any) -> list[Any]:
        return list(items)


def _unquote(text: str) -> str:
    body = text[1:-1]
    return body.replace('\\"', '"').replace("\\\\", "\\").replace("\\n", "\n")


def _template(pos: s.Pos, text: str) -> s.Template:
    """Split a message at its `{expr}` holes and parse each hole."""
    parts: list[str | s.Expr] = []
    literal = ""
    i = 0
    while i < len(text):
        c = text[i]
        if c == "{":
            end = text.find("}", i)
            if end < 0:
                raise RuleSyntaxError(pos, "message has a '{' without its closing '}'")
            if literal:
                parts.append(literal)
                literal = ""
            source = text[i + 1 : end]
            hole_pos = s.Pos(pos.file, pos.line, pos.column + 1 + i)
            parts.append(parse_expression(source, hole_pos))
            i = end + 1
        else:
            literal += c
            i += 1
    if literal:
        parts.append(literal)
    return s.Template(pos, tuple(parts))


def _raise_syntax(error: UnexpectedInput, path: str, line_offset: int = 0, column_offset: int = 0) -> None:
    line = (error.line or 1) + line_offset
    column = (error.column or 1) + (column_offset if (error.line or 1) == 1 else 0)
    pos = s.Pos(path, line, column)
    if isinstance(error, UnexpectedToken):
        got = "the end of the file" if error.token.type == "$END" else repr(str(error.token))
        raise RuleSyntaxError(pos, f"unexpected {got}; expected {_expected(set(error.expected))}") from None
    if isinstance(error, UnexpectedCharacters):
        raise RuleSyntaxError(pos, f"unexpected character {error.char!r}") from None
    raise RuleSyntaxError(pos, str(error).splitlines()[0]) from None


def parse_expression(source: str, pos: s.Pos) -> s.Expr:
    try:
        tree = _parser().parse(source, start="expr")
    except UnexpectedInput as error:
        _raise_syntax(error, pos.file, pos.line - 1, pos.column - 1)
        raise  # unreachable
    try:
        result: s.Expr = _Build(pos.file, pos.line - 1, pos.column - 1).transform(tree)
    except VisitError as error:
        if isinstance(error.orig_exc, RuleSyntaxError):
            raise error.orig_exc from None
        raise
    return result


def parse_rules(text: str, path: str) -> s.RuleFile:
    try:
        tree = _parser().parse(text, start="start")
    except UnexpectedInput as error:
        _raise_syntax(error, path)
        raise  # unreachable
    try:
        items = _Build(path).transform(tree)
    except VisitError as error:
        if isinstance(error.orig_exc, RuleSyntaxError):
            raise error.orig_exc from None
        raise
    definitions = tuple(i for i in items if isinstance(i, s.Definition))
    rules = tuple(i for i in items if isinstance(i, s.Rule))
    return s.RuleFile(path, definitions, rules)


def parse_rule_file(path: Path, shown_as: str | None = None) -> s.RuleFile:
    return parse_rules(path.read_text(encoding="utf-8"), shown_as or str(path))
