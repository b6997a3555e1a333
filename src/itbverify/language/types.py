"""The rule language's types, and the checker that refuses an ill-typed rule set when it loads.

The two engines give the same answer on a rule only where the rule means the
same thing to both: Python's `True == 1` is not the solver's, nor is its
`"a" in "abc"`, its `x / 0` or its `min()` of a collection filtered by a
comparison it has not decided yet. The checker admits exactly the rules whose
every operation has one meaning in every engine, and refuses the others at
load, with the place, what was expected and what was found.

Types: truth values, texts, numbers (each measured in a power of hours: a time
is hours, a plain number hours^0, a rate per hour hours^-1), `none`, records
(the document model's elements, their fields read from documents/model.py),
collections of one type, windows (only `.start` and `.end`), a value or none,
and a value of either of two types (a conditional whose branches differ, for
messages only). docs/rule-language.md ("Types") states the rules.

Besides its type, every value is known to be decided by the document, or not:
a number read from the document is a solver term in the Z3 engine, and so is
anything chosen by comparing one. A few places need a decided value outside
messages (where every engine computes with exact numbers): a collection to
iterate over, a divisor, the filter of `min` and `max`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from dataclasses import dataclass

from itbverify.base.exact import Fraction
from itbverify.documents import model as m
from itbverify.documents import schema
from itbverify.language import syntax as s
from itbverify.language.primitives import AGGREGATES, PRIMITIVES
from itbverify.language.syntax import UNIT_HOURS, RuleSyntaxError

# ---- types ----------------------------------------------------------------------


@dataclass(frozen=True)
class Truth:
    pass


@dataclass(frozen=True)
class Text:
    pass


@dataclass(frozen=True)
class Number:
    """A number measured in hours to this power; None for a number written in the rule without a unit,
    which takes the power of what it meets."""

    power: int | None = 0


@dataclass(frozen=True)
class Nothing:
    """The type of `none`."""


@dataclass(frozen=True)
class Record:
    name: str


@dataclass(frozen=True)
class Collection:
    item: Type


@dataclass(frozen=True)
class Window:
    pass


@dataclass(frozen=True)
class Optional:
    """A value of the inner type, or none."""

    inner: Type


@dataclass(frozen=True)
class Either:
    """A conditional whose branches have different types: only shown in messages."""

    options: tuple[Type, ...]


Type = Truth | Text | Number | Nothing | Record | Collection | Window | Optional | Either

TIME = Number(1)


@dataclass(frozen=True)
class Typed:
    type: Type
    solver: bool = False  # may be a solver term, or a case split over one, in the Z3 engine


class RuleTypeError(RuleSyntaxError):
    """A rule that does not type-check: refused at load, as a syntax error is."""


# ---- the document model's records ------------------------------------------------

# Which numbers of the model are in hours (times, and durations in hours) and which per hour; every
# other number is plain (micrograms, mL, a daily dose, years, minutes). The model writes them all as
# Fraction, so the unit is said here, by field name (the names agree across the model's records).
HOURS = frozenset({"at_h", "filled_at_h", "effect_h", "last_increase_h", "since_h", "end_h", "start", "end"})
PER_HOUR = frozenset({"dose_ug_h"})
# Fields the model writes as Any because the solver may choose them in a program.
SOLVER_CHOSEN: dict[tuple[str, str], Type] = {
    ("bolus", "at_h"): TIME,
    ("bolus", "active"): Truth(),
    ("document", "delivery_factor"): Number(0),
}
_NOT_FIELDS = m.NOT_ATTRIBUTES
# The words a text of the model may be, where the document's schema fixes them: a rule that compares one with
# a word it cannot be ("flexx") would check nothing and say nothing, so it is refused.
WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("document", "route"): schema.ROUTES,
    ("patient", "origin"): schema.ORIGINS,
    ("step", "phase"): schema.PHASES,
    ("step", "mode"): schema.MODES,
    ("bolus", "via"): schema.VIAS,
    ("screening", "response"): schema.RESPONSES,
}


def record_name(cls: type) -> str:
    """A model class's name in the language: FlexEntry is a "flex entry"."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()


def _number(field: str) -> Number:
    return Number(1 if field in HOURS else -1 if field in PER_HOUR else 0)


def _from_hint(hint: typing.Any, owner: str, field: str, records: dict[str, type]) -> Type:
    chosen = SOLVER_CHOSEN.get((owner, field))
    if chosen is not None:
        return chosen
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        present = [a for a in args if a is not type(None)]
        if len(present) == 1 and len(args) == 2:
            return Optional(_from_hint(present[0], owner, field, records))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return Collection(_from_hint(args[0], owner, field, records))
    if hint is bool:
        return Truth()
    if hint is str:
        return Text()
    if hint is int or hint is Fraction:
        return _number(field)
    if isinstance(hint, type) and issubclass(hint, m.Element):
        records[record_name(hint)] = hint
        return Record(record_name(hint))
    raise TypeError(f"{owner}.{field}: the rule language has no type for {hint!r}")


@functools.lru_cache(maxsize=1)
def model_types() -> tuple[dict[str, Type], dict[str, dict[str, Type]]]:
    """The globals' types, and every record reachable from them with its fields' types, from the model."""
    classes: dict[str, type] = {}
    document = typing.get_type_hints(m.Document)
    derived = {
        "has_history": typing.get_type_hints(m.Document.has_history.fget)["return"],  # type: ignore[attr-defined]
        "refills": document["fills"],  # the fills that are not the hour-0 reservoir
    }
    globals_: dict[str, Type] = {}
    for name in m.GLOBALS:
        globals_[name] = _from_hint(derived[name] if name in derived else document[name], "document", name, classes)
    records: dict[str, dict[str, Type]] = {}
    pending = list(classes)
    while pending:
        name = pending.pop()
        if name in records:
            continue
        cls = classes[name]
        hints = typing.get_type_hints(cls)
        records[name] = {f.name: _from_hint(hints[f.name], name, f.name, classes)
                         for f in dataclasses.fields(cls) if f.name not in _NOT_FIELDS}
        pending += [n for n in classes if n not in records]
    return globals_, records


@functools.cache
def attribute_names() -> frozenset[str]:
    """Every attribute a rule may read of some record, or of a window."""
    return m.record_attributes() | {"start", "end"}


# ---- describing types --------------------------------------------------------------


def type_name(t: Type, plural: bool = False) -> str:
    """A type's name without an article, as docs/rule-language.md writes it: "time (hours)", "step or none"."""
    if isinstance(t, Truth):
        word = "truth value"
    elif isinstance(t, Text):
        word = "text"
    elif isinstance(t, Number):
        if t.power == 1:
            return "times (hours)" if plural else "time (hours)"
        if t.power == -1:
            return "numbers per hour" if plural else "number per hour"
        if t.power not in (0, None):
            return f"numbers times hours^{t.power}" if plural else f"number times hours^{t.power}"
        word = "number"
    elif isinstance(t, Nothing):
        return "none"
    elif isinstance(t, Record):
        word = t.name
    elif isinstance(t, Collection):
        return f"collection{'s' if plural else ''} of {type_name(t.item, True)}"
    elif isinstance(t, Window):
        word = "window"
    elif isinstance(t, Optional):
        return f"{type_name(t.inner, plural)} or none"
    else:
        return " or ".join(type_name(o, plural) for o in t.options)
    if not plural:
        return word
    if word.endswith("y"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith("s") else "s")


def describe(t: Type) -> str:
    """A type as a message names it: "a time (hours)", "a collection of steps", "none"."""
    noun = type_name(t)
    if isinstance(t, Nothing):
        return noun
    if isinstance(t, Either):
        return " or ".join(describe(o) for o in t.options)
    if isinstance(t, Optional):
        return f"{describe(t.inner)} or none"
    return ("an " if noun[0] in "aeiou" else "a ") + noun


# ---- relations between types --------------------------------------------------------------

_NO = object()


def _power(p: int | None, q: int | None) -> int | None | object:
    if p is None:
        return q
    if q is None or p == q:
        return p
    return _NO


def strip(t: Type) -> Type:
    """The type of a value known not to be none (none is refused by every engine where it is used)."""
    return t.inner if isinstance(t, Optional) else t


def join(a: Type, b: Type) -> Type | None:
    """The one type of two values that may stand in one place (a conditional's branches), or None."""
    if a == b:
        return a
    if isinstance(a, (Window, Either)) or isinstance(b, (Window, Either)):
        return None
    if isinstance(a, Nothing):
        return b if isinstance(b, Optional) else Optional(b)
    if isinstance(b, Nothing):
        return a if isinstance(a, Optional) else Optional(a)
    if isinstance(a, Optional) or isinstance(b, Optional):
        inner = join(strip(a), strip(b))
        return None if inner is None else Optional(inner)
    if isinstance(a, Number) and isinstance(b, Number):
        power = _power(a.power, b.power)
        return None if power is _NO else Number(power)  # type: ignore[arg-type]
    if isinstance(a, Collection) and isinstance(b, Collection):
        item = join(a.item, b.item)
        return None if item is None else Collection(item)
    return None


def _equality(t: Type) -> bool:
    """Whether `=` means the same for values of this type in every engine (a collection's does not)."""
    return isinstance(strip(t), (Truth, Text, Number, Record, Nothing))


def _either(a: Type, b: Type) -> Either:
    options: list[Type] = []
    for t in (a, b):
        for o in t.options if isinstance(t, Either) else (t,):
            if o not in options:
                options.append(o)
    return Either(tuple(options))


def _literal(e: s.Number) -> Number:
    """A number written in the rule: with a unit it is a time, as a percentage a plain number."""
    if e.text.endswith("%"):
        return Number(0)
    words = e.text.split()
    if len(words) == 2 and words[1] in UNIT_HOURS:
        return TIME
    return Number(None)


# ---- the signature notation of primitives.py ------------------------------------------------------


def _signature_type(text: str, bound: dict[str, Type]) -> Type | None:
    """A type of the table's notation, with T and Q as bound so far (None: not bound yet)."""
    if text.startswith("collection of "):
        item = _signature_type(text[len("collection of "):], bound)
        return None if item is None else Collection(item)
    if text.endswith(" or none"):
        inner = _signature_type(text[: -len(" or none")], bound)
        return None if inner is None else Optional(inner)
    fixed: dict[str, Type] = {"number": Number(0), "time": TIME, "truth": Truth(), "text": Text()}
    if text in fixed:
        return fixed[text]
    if text in ("T", "Q"):
        return bound.get(text)
    return Record(text)


# ---- the checker ----------------------------------------------------------------------------------


Scope = dict[str, Typed]


class _Checker:
    def __init__(self, definitions: dict[str, s.Definition]) -> None:
        self.definitions = definitions
        self.globals, self.records = model_types()
        self.expanding: list[str] = []  # the definitions being typed, innermost last
        self.constants: dict[tuple[str, bool], Typed] = {}
        # The words an attribute or global read may be (WORDS), by the expression that reads it.
        self.words: dict[int, tuple[tuple[str, ...], str]] = {}

    # ---- errors
    def fail(self, pos: s.Pos, message: str) -> typing.NoReturn:
        raise RuleTypeError(pos, message + self._trail())

    def _trail(self) -> str:
        return "".join(f" (in '{name}')" for name in reversed(self.expanding))

    def expect(self, found: Typed, pos: s.Pos, what: str, expected: str, ok: bool) -> None:
        if not ok:
            self.fail(pos, f"{what}: expected {expected}, found {describe(found.type)}")

    def truth(self, e: s.Expr, scope: Scope, exact: bool, what: str) -> Typed:
        # Never a truth value or none: Python's `not None` is true, and the evaluator refuses it.
        found = self.expr(e, scope, exact)
        self.expect(found, e.pos, what, "a truth value", isinstance(found.type, Truth))
        return found

    def number(self, e: s.Expr, scope: Scope, exact: bool, what: str) -> tuple[Typed, Number]:
        found = self.expr(e, scope, exact)
        t = strip(found.type)
        self.expect(found, e.pos, what, "a number", isinstance(t, Number))
        assert isinstance(t, Number)
        return found, t

    def time(self, e: s.Expr, scope: Scope, exact: bool, what: str) -> Typed:
        found, t = self.number(e, scope, exact, what)
        self.expect(found, e.pos, what, "a time (hours)", _power(t.power, 1) is not _NO)
        return found

    def bound(self, e: s.Expr, scope: Scope, what: str) -> None:
        """A window's length or an instant's bound: never none, where the concrete search finds nothing
        and the solver refuses it."""
        found = self.time(e, scope, False, what)
        self.expect(found, e.pos, what, "a time (hours)", not isinstance(found.type, Optional))

    def collection(self, e: s.Expr, scope: Scope, exact: bool, what: str) -> tuple[Typed, Type]:
        found = self.expr(e, scope, exact)
        t = strip(found.type)
        self.expect(found, e.pos, what, "a collection", isinstance(t, Collection))
        assert isinstance(t, Collection)
        if found.solver and not exact:
            self.fail(e.pos, f"{what}: expected a collection the document decides, found one chosen by a comparison "
                             "of numbers (the solver cannot go through it; choose it in a message only)")
        return found, t.item

    def value(self, found: Typed, pos: s.Pos, what: str) -> Typed:
        """A value that is named, passed or shown: anything but a window."""
        if isinstance(found.type, Window):
            self.fail(pos, f"{what}: expected a value, found a window (a window is used only through .start and .end)")
        return found

    def item(self, item: Type) -> Typed:
        """An item of a collection: its numbers and truth values are the solver's in the Z3 engine."""
        return Typed(item, isinstance(strip(item), (Number, Truth)))

    # ---- expressions
    def expr(self, e: s.Expr, scope: Scope, exact: bool) -> Typed:
        if isinstance(e, s.Number):
            return Typed(_literal(e))
        if isinstance(e, s.String):
            return Typed(Text())
        if isinstance(e, s.Bool):
            return Typed(Truth())
        if isinstance(e, s.NoneLit):
            return Typed(Nothing())
        if isinstance(e, s.Name):
            return self.name(e, scope, exact)
        if isinstance(e, s.Attribute):
            return self.attribute(e, scope, exact)
        if isinstance(e, s.Arith):
            return self.arith(e, scope, exact)
        if isinstance(e, s.Compare):
            return self.compare(e, scope, exact)
        if isinstance(e, s.Logic):
            parts = [self.truth(x, scope, exact, f"'{e.op}'") for x in e.operands]
            return Typed(Truth(), any(p.solver for p in parts))
        if isinstance(e, s.Unary):
            if e.op == "not":
                operand = self.truth(e.operand, scope, exact, "'not'")
                return Typed(Truth(), operand.solver)
            found, t = self.number(e.operand, scope, exact, "'-'")
            return Typed(t, found.solver)
        if isinstance(e, s.Conditional):
            condition = self.truth(e.condition, scope, exact, "'if'")
            then = self.value(self.expr(e.then, scope, exact), e.then.pos, "'then'")
            otherwise = self.value(self.expr(e.otherwise, scope, exact), e.otherwise.pos, "'else'")
            joined = join(then.type, otherwise.type)
            solver = condition.solver or then.solver or otherwise.solver
            return Typed(joined if joined is not None else _either(then.type, otherwise.type), solver)
        if isinstance(e, s.Member):
            return self.member(e, scope, exact)
        if isinstance(e, s.SetLiteral):
            first = self.value(self.expr(e.items[0], scope, exact), e.items[0].pos, "a set's item")
            items: Type = first.type
            for x in e.items[1:]:
                other = self.value(self.expr(x, scope, exact), x.pos, "a set's item")
                together = join(items, other.type)
                if together is None:
                    self.fail(x.pos, f"a set's item: expected {describe(items)} (as the items before), found {describe(other.type)}")
                items = together
            self.expect(first, e.pos, "a set", "items of one type", not isinstance(items, Either))
            return Typed(Collection(items))
        if isinstance(e, s.Call):
            return self.call(e, scope, exact)
        if isinstance(e, s.Aggregate):
            return self.aggregate(e, scope, exact)
        self.fail(e.pos, f"no type for {type(e).__name__}")

    def name(self, e: s.Name, scope: Scope, exact: bool) -> Typed:
        if e.name in scope:
            return scope[e.name]
        definition = self.definitions.get(e.name)
        if definition is not None:
            if definition.params is not None:
                self.fail(e.pos, f"'{e.name}' is a function: expected a call '{e.name}(...)', found its name alone")
            key = (e.name, exact)
            if key not in self.constants:
                self.constants[key] = self.body(definition, {}, e.pos, exact)
            return self.constants[key]
        if e.name in self.globals:
            t = self.globals[e.name]
            words = WORDS.get(("document", e.name))
            if words is not None:
                self.words[id(e)] = (words, e.name)
            return Typed(t, isinstance(strip(t), Number))
        self.fail(e.pos, f"unknown name '{e.name}'")

    def body(self, definition: s.Definition, scope: Scope, pos: s.Pos, exact: bool) -> Typed:
        if definition.name in self.expanding:
            cycle = " -> ".join([*self.expanding[self.expanding.index(definition.name):], definition.name])
            self.fail(pos, f"'{definition.name}' is defined in terms of itself ({cycle}): expected a definition that ends")
        self.expanding.append(definition.name)
        try:
            return self.value(self.expr(definition.body, scope, exact), definition.body.pos, f"'{definition.name}'")
        finally:
            self.expanding.pop()

    def attribute(self, e: s.Attribute, scope: Scope, exact: bool) -> Typed:
        target = self.expr(e.target, scope, exact)
        t = strip(target.type)
        if isinstance(t, Window):
            if e.name not in ("start", "end"):
                self.fail(e.pos, f"'.{e.name}': expected .start or .end of a window, found .{e.name}")
            return Typed(TIME, True)
        if not isinstance(t, Record):
            self.fail(e.pos, f"'.{e.name}': expected a record (an element of the document), found {describe(target.type)}")
        fields = self.records[t.name]
        if e.name not in fields:
            self.fail(e.pos, f"'.{e.name}': expected an attribute of a {t.name} ({', '.join(sorted(fields))}), found '{e.name}'")
        field = fields[e.name]
        words = WORDS.get((t.name, e.name))
        if words is not None:
            self.words[id(e)] = (words, f"a {t.name}'s .{e.name}")
        solver = target.solver or isinstance(strip(field), Number) or (t.name, e.name) in SOLVER_CHOSEN
        return Typed(field, solver)

    def arith(self, e: s.Arith, scope: Scope, exact: bool) -> Typed:
        left = self.expr(e.first, scope, exact)
        for op, operand in e.rest:
            right = self.expr(operand, scope, exact)
            a, b = strip(left.type), strip(right.type)
            solver = left.solver or right.solver
            if op == "+" and isinstance(a, Text):
                self.expect(right, operand.pos, "'+' after a text", "a text", isinstance(b, Text))
                left = Typed(Text(), solver)
                continue
            what = f"'{op}'"
            self.expect(left, e.first.pos, what,
                        "a number" + (" or a text" if op == "+" else ""), isinstance(a, Number))
            self.expect(right, operand.pos, what, "a number", isinstance(b, Number))
            assert isinstance(a, Number) and isinstance(b, Number)
            if op in "+-":
                power = _power(a.power, b.power)
                if power is _NO:
                    self.fail(operand.pos, f"right of '{op}': expected {describe(a)} (as on the left), found {describe(b)}")
                left = Typed(Number(power), solver)  # type: ignore[arg-type]
                continue
            if op == "/" and right.solver and not exact:
                self.fail(operand.pos, "divisor: expected a number written in the rule, or a count; found a number read from "
                                       "the document or the time, which may be 0 (divide in messages, or compare by multiplying)")
            if a.power is None and b.power is None:
                left = Typed(Number(None), solver)
            else:
                p, q = a.power or 0, b.power or 0
                left = Typed(Number(p + q if op == "*" else p - q), solver)
        return left

    def compare(self, e: s.Compare, scope: Scope, exact: bool) -> Typed:
        operands = [(e.first, self.expr(e.first, scope, exact))] + [(x, self.expr(x, scope, exact)) for _, x in e.rest]
        solver = False
        for i, (op, _) in enumerate(e.rest):
            (_, left), (right_expr, right) = operands[i], operands[i + 1]
            solver = solver or left.solver or right.solver
            if op in ("=", "!="):
                self.equal(op, left, right, operands[i][0], right_expr)
                continue
            for x, found in ((operands[i][0], left), (right_expr, right)):
                self.expect(found, x.pos, f"'{op}'", "a number (only numbers are ordered)", isinstance(strip(found.type), Number))
            a, b = strip(left.type), strip(right.type)
            assert isinstance(a, Number) and isinstance(b, Number)
            if _power(a.power, b.power) is _NO:
                self.fail(right_expr.pos, f"right of '{op}': expected {describe(a)} (as on the left), found {describe(b)}")
        return Typed(Truth(), solver)

    def equal(self, op: str, left: Typed, right: Typed, left_expr: s.Expr, right_expr: s.Expr) -> None:
        for x, found in ((left_expr, left), (right_expr, right)):
            self.expect(found, x.pos, f"'{op}'", "a truth value, a number, a text, a record or none", _equality(found.type))
        if isinstance(left.type, Nothing) or isinstance(right.type, Nothing):
            return
        if join(strip(left.type), strip(right.type)) is None:
            self.fail(right_expr.pos, f"right of '{op}': expected {describe(strip(left.type))} (as on the left), found {describe(right.type)}")
        self.word(left_expr, right_expr, op)
        self.word(right_expr, left_expr, op)

    def word(self, read: s.Expr, written: s.Expr, where: str) -> None:
        """A word WRITTEN in the rule, compared with what READ reads, is one it can be."""
        known = self.words.get(id(read))
        if known is not None and isinstance(written, s.String) and written.value not in known[0]:
            self.fail(written.pos, f"'{where}': \"{written.value}\" is not a word {known[1]} can be; expected one of {', '.join(known[0])}")

    def member(self, e: s.Member, scope: Scope, exact: bool) -> Typed:
        item = self.expr(e.item, scope, exact)
        what = "'not in'" if e.negated else "'in'"
        collection, of = self.collection(e.collection, scope, exact, f"right of {what}")
        self.expect(item, e.item.pos, f"left of {what}", "a truth value, a number, a text, a record or none", _equality(item.type))
        if not isinstance(item.type, Nothing) and not isinstance(of, Nothing) and join(strip(item.type), strip(of)) is None:
            self.fail(e.item.pos, f"left of {what}: expected {describe(strip(of))} (as the collection's items), found {describe(item.type)}")
        if isinstance(e.collection, s.SetLiteral):
            for written in e.collection.items:
                self.word(e.item, written, what.strip("'"))
        return Typed(Truth(), item.solver or collection.solver)

    def call(self, e: s.Call, scope: Scope, exact: bool) -> Typed:
        args = [self.value(self.expr(a, scope, exact), a.pos, f"an argument of '{e.function}'") for a in e.args]
        definition = self.definitions.get(e.function)
        if definition is not None:
            if definition.params is None:
                self.fail(e.pos, f"'{e.function}' is a constant: expected its name alone, found a call")
            if len(definition.params) != len(args):
                self.fail(e.pos, f"'{e.function}': expected {len(definition.params)} argument{'s' if len(definition.params) != 1 else ''}, "
                                 f"found {len(args)}")
            return self.body(definition, dict(zip(definition.params, args)), e.pos, exact)
        primitive = PRIMITIVES.get(e.function)
        if primitive is None:
            self.fail(e.pos, f"unknown function '{e.function}'")
        if not primitive.takes(len(args)):
            fewest = f"{primitive.arity} or more" if primitive.variadic else str(primitive.arity)
            self.fail(e.pos, f"'{e.function}': expected {fewest} argument{'s' if primitive.arity != 1 else ''}, found {len(args)}")
        bound: dict[str, Type] = {}
        params = list(primitive.params) + [primitive.params[-1]] * (len(args) - primitive.arity)
        for i, (param, arg, x) in enumerate(zip(params, args, e.args)):
            what = f"argument {i + 1} of '{e.function}'"
            self.argument(param, arg, x, what, bound, exact)
        result = _signature_type(primitive.result, bound)
        assert result is not None, primitive
        if primitive.name == "count":
            return Typed(result)
        if primitive.name in ("first", "last"):
            return self.item(result)  # of a collection the document decides (argument above)
        # A timeline's amount may be scaled by a delivery factor the solver chooses, or count its boluses.
        solver = any(a.solver for a in args) or (primitive.timeline and isinstance(result, Number))
        return Typed(result, solver)

    def argument(self, param: str, arg: Typed, x: s.Expr, what: str, bound: dict[str, Type], exact: bool) -> None:
        t = strip(arg.type)
        if param == "Q":
            self.expect(arg, x.pos, what, "a number", isinstance(t, Number))
            joined = join(bound["Q"], t) if "Q" in bound else t
            if joined is None:
                self.fail(x.pos, f"{what}: expected {describe(bound['Q'])} (as the arguments before), found {describe(arg.type)}")
            bound["Q"] = joined
            return
        if param == "collection of T":
            self.expect(arg, x.pos, what, "a collection", isinstance(t, Collection))
            if arg.solver and not exact:
                self.fail(x.pos, f"{what}: expected a collection the document decides, found one chosen by a comparison "
                                 "of numbers (the solver cannot count it; choose it in a message only)")
            assert isinstance(t, Collection)
            bound["T"] = t.item
            return
        expected = _signature_type(param, bound)
        assert expected is not None, param
        if isinstance(expected, Number):
            self.expect(arg, x.pos, what, describe(expected), isinstance(t, Number) and _power(t.power, expected.power) is not _NO)
            return
        self.expect(arg, x.pos, what, describe(expected), join(expected, t) == expected)

    def aggregate(self, e: s.Aggregate, scope: Scope, exact: bool) -> Typed:
        form = AGGREGATES[e.function]
        collection, of = self.collection(e.collection, scope, exact, f"{e.function}'s collection")
        inner = {**scope, e.var: self.item(of)}
        solver = collection.solver
        if e.filter is not None:
            keep = self.truth(e.filter, inner, exact, f"{e.function}'s 'where'")
            if keep.solver and form.empty == "error" and not exact:
                self.fail(e.filter.pos, f"{e.function}'s 'where': expected a condition the document decides (on texts, truth values, "
                                        f"none, records or counts), found one on numbers, which the solver cannot filter "
                                        f"{e.function}() by (filter it in a message, or with a 'for each ... where')")
            solver = solver or keep.solver
        if form.body == "truth":
            body = self.truth(e.body, inner, exact, f"{e.function}'s body")
            return Typed(Truth(), solver or body.solver)
        found, t = self.number(e.body, inner, exact, f"{e.function}'s body")
        return Typed(t, solver or found.solver)

    # ---- checks and rules
    def check(self, check: s.Check) -> None:
        scope: Scope = {}
        for step in check.steps:
            if isinstance(step, s.ForEach):
                _, of = self.collection(step.collection, scope, False, "'for each'")
                scope = {**scope, step.var: self.item(of)}
                if step.where is not None:
                    self.truth(step.where, scope, False, "'where'")
            elif isinstance(step, s.ForPairs):
                _, of = self.collection(step.collection, scope, False, "'for each consecutive'")
                scope = {**scope, step.first: self.item(of), step.second: self.item(of)}
                if step.where is not None:
                    self.truth(step.where, scope, False, "'where'")
            elif isinstance(step, s.ForWindow):
                self.bound(step.length, scope, "a window's length")
                run = self.expr(step.within, scope, False)
                self.expect(run, step.within.pos, "'within'", "a run", strip(run.type) == Record("run"))
                if run.solver:
                    self.fail(step.within.pos, "'within': expected a run the document decides, found one chosen by a comparison of numbers")
                scope = {**scope, step.var: Typed(Window(), True)}
            elif isinstance(step, s.ForInstant):
                self.bound(step.low, scope, "an instant's lower bound")
                self.bound(step.high, scope, "an instant's upper bound")
                scope = {**scope, step.var: Typed(TIME, True)}
            else:
                self.truth(step.condition, scope, False, "'when'")
        for binding in check.bindings:
            scope = {**scope, binding.name: self.value(self.expr(binding.value, scope, False), binding.value.pos, f"'let {binding.name}'")}
        self.truth(check.condition, scope, False, "'forbid'" if check.forbid else "'require'")
        for part in check.message.parts:
            if not isinstance(part, str):
                self.shown(part, scope)
        if check.locate is not None:
            self.value(self.expr(check.locate, scope, True), check.locate.pos, "'at'")

    def shown(self, e: s.Expr, scope: Scope) -> None:
        """A message's hole: every engine shows it from exact numbers; a record's inner form is no message."""
        found = self.value(self.expr(e, scope, True), e.pos, "a message's hole")
        options = found.type.options if isinstance(found.type, Either) else (found.type,)
        for option in options:
            t = strip(option)
            while isinstance(t, Collection):
                t = strip(t.item)
            if isinstance(t, Record):
                self.fail(e.pos, f"a message's hole: expected a number, a text, a truth value or none, found {describe(found.type)} "
                                 "(show one of its attributes)")

    def rule(self, rule: s.Rule) -> None:
        if rule.when is not None:
            # Decided by the document alone, with exact numbers in every engine.
            self.truth(rule.when, {}, True, "a rule's 'when'")
        for check in rule.checks:
            self.check(check)


def check_types(rules: tuple[s.Rule, ...], definitions: dict[str, s.Definition]) -> None:
    """Refuse the first ill-typed definition or rule, with its place, what was expected and what was found.

    A constant is typed from its body; a function at each call, from its arguments' types, as the
    engines inline it. A function no rule calls is checked by the loader's names only.
    """
    checker = _Checker(definitions)
    for definition in definitions.values():
        if definition.params is None:
            # Its type alone: whether it is decided enough for where it is used is checked there.
            checker.name(s.Name(definition.pos, definition.name), {}, True)
    for rule in rules:
        checker.rule(rule)
