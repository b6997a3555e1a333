"""The rule language lowered to Python: each check becomes one generated function.

This is the concrete engine's compiler. It reads the same syntax tree the
evaluator reads and writes Python source for each check, so the rules are
never written a second time by hand: a rule changes, its lowered form changes
with it. The generated functions compute with the model's exact Fractions
over a document view (concrete.py) and return the scope of every instance
that breaks the check; its lowered message and location render it.

`for every window` and `for every instant` lower to a body function of the
time t, searched by `concrete._search`. The search is exact only if every
timeline primitive is affine in t between the document's event times shifted
by the offsets the body reads them at, so the lowering classifies every
expression of such a body (constant, t plus an offset, piecewise constant,
affine in t) and refuses anything else: a product of two times, a division by
a time, a primitive read at a time that is not t plus a constant. A check the
lowering refuses raises `Unsupported` and is left to the evaluator.

Inside such a body a time that moves with t is also written as its key, the
time in ticks of the document's timeline (concrete.Timeline): the body reads
the primitives at keys and compares two times in keys, integer arithmetic,
with every constant time turned into ticks once before the body.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from itbverify.base.exact import Fraction
from itbverify.documents import model as m
from itbverify.documents.model import GLOBALS
from itbverify.language import syntax as s
from itbverify.language.primitives import PRIMITIVES, TIMELINE
from itbverify.language.primitives import direction as table_direction


class Unsupported(Exception):
    """A check outside what the lowering handles: the evaluator decides it instead."""


# Kinds of a value inside a `for every` body, as functions of its time t.
CONST = "const"  # the same for every t
TIME = "time"  # t plus an offset (a constant)
STEP = "step"  # piecewise constant between event times
AFFINE = "affine"  # affine in t between event times (and numeric)

_ORDER = {"<": "<", "<=": "<=", ">": ">", ">=": ">="}
_SIGNS = {"=": "=="}  # the comparison operators of a traced comparison that Python spells otherwise


@dataclass
class Value:
    """A lowered expression: its Python source, and its kind inside a `for every` body."""

    src: str
    kind: str = CONST
    offset: str | None = None  # for TIME: the source of the offset
    inner: bool = False  # reads a name bound inside a `for every` body (so not known before it runs)
    key: str | None = None  # for TIME (and a window's start): the source of its key, the time in ticks (concrete.Timeline)
    # Inside a `for every` body, between the times where a primitive it reads jumps: whether the value
    # never falls (1), never rises (-1) or stays (0) as t grows, or None when that is not known.
    direction: int | None = 0


@dataclass
class Scope:
    """What names mean while a check is lowered."""

    names: dict[str, Value] = field(default_factory=dict)
    window_length: str | None = None
    timed: bool = False  # inside a `for every` body: comparisons of timed values are traced
    render: bool = False  # a message or location: pct() and when() make values shown as such
    length_key: str | None = None  # the window's length in ticks

    def with_names(self, names: dict[str, Value]) -> Scope:
        return Scope({**self.names, **names}, self.window_length, self.timed, self.render, self.length_key)


@dataclass
class Lowered:
    """One check as Python functions in `source`.

    `name(D)` returns one scope per broken instance: every name in force there
    (quantified, window or instant, `let`), as the lowered code holds it.
    `replay(D, P)` does the same for the instances whose quantified names (and
    time) are those in P.
    `message(D, S)` gives the message's parts, `locate(D, S)` the value of the
    check's `at`, `owner(D, S)` the element whose attribute `at` names.
    """

    check: s.Check
    name: str
    source: str
    replay: str
    message: str
    locate: str | None
    owner: str | None
    quantified: tuple[str, ...]  # the names the check quantifies over, in order
    continuous: tuple[str, str] | None  # (name, "window" | "instant") of its `for every`, if any


class Lowering:
    """Lowers the checks of one rule set into one module of Python source."""

    def __init__(self, definitions: dict[str, s.Definition]) -> None:
        self.definitions = definitions
        self.constants: list[Any] = []
        self.fresh = itertools.count()
        self.pinned = False  # lowering a replay: quantified names and the time come from P
        self.pinned_trace = "None"  # where a replay's `for every` body traces its margins (analyses/margins.py traces them)
        self.hoisted: dict[str, str] | None = None  # inside a `for every` body: constants in ticks, worked out before it
        self.jumps: list[tuple[str, str]] = []  # the body's primitive reads at a time that moves with t: (name, offset)
        self.monotone = True  # every margin the body traces has a known direction (concrete._search)
        # Inside a `for every` body, while the body is the same at t and at t + 24 h wherever the timeline
        # repeats every 24 hours (concrete._periodic): the keys of the times where its comparisons of t
        # with a constant time change; None once it reads something else that moves with t.
        self.periodic: list[str] | None = None

    def const(self, value: Any) -> str:
        for i, known in enumerate(self.constants):
            if type(known) is type(value) and known == value:
                return f"_k{i}"
        self.constants.append(value)
        return f"_k{len(self.constants) - 1}"

    def _aperiodic(self) -> None:
        """The body reads something that moves with t other than the timeline at t plus constants."""
        self.periodic = None

    def _periodic_root(self, left: Value, right: Value) -> None:
        """A traced comparison: of t with a constant time, its outcome changes only at one time, its root;
        of two times that both move with t, never; of t with anything else, the body is not periodic."""
        if self.periodic is None or TIME not in (left.kind, right.kind):
            return
        if left.kind == right.kind == TIME:
            return
        moving, fixed = (left, right) if left.kind == TIME else (right, left)
        if fixed.kind != CONST or fixed.inner or moving.inner or moving.offset is None:
            self._aperiodic()
            return
        self.periodic.append(self.ticks(Value(f"({fixed.src} - {moving.offset})")))

    def local(self, stem: str) -> str:
        return f"{stem}_{next(self.fresh)}"

    def ticks(self, value: Value) -> str:
        """A constant time in ticks: worked out once before the body when the body need not run to know it."""
        if value.inner or self.hoisted is None:
            return f"D.ticks({value.src})"
        if value.src not in self.hoisted:
            self.hoisted[value.src] = self.local("_ticks")
        return self.hoisted[value.src]

    def _key(self, value: Value) -> str:
        """A time's key: its own for a time that moves with t, else the constant's in ticks."""
        return value.key if value.kind == TIME and value.key is not None else self.ticks(value)

    # ---- expressions
    def expr(self, e: s.Expr, scope: Scope) -> Value:
        if isinstance(e, s.Number):
            return Value(self.const(e.value))
        if isinstance(e, s.String):
            return Value(repr(e.value))
        if isinstance(e, s.Bool):
            return Value("True" if e.value else "False")
        if isinstance(e, s.NoneLit):
            return Value("None")
        if isinstance(e, s.Name):
            return self.name(e, scope)
        if isinstance(e, s.Attribute):
            return self.attribute(e, scope)
        if isinstance(e, s.Arith):
            value = self.expr(e.first, scope)
            for op, operand in e.rest:
                value = self.arith(op, value, self.expr(operand, scope), e.pos)
            return value
        if isinstance(e, s.Compare):
            return self.compare(e, scope)
        if isinstance(e, s.Logic):
            parts = [self.expr(x, scope) for x in e.operands]
            return _joined("(" + f" {e.op} ".join(p.src for p in parts) + ")", parts, boolean=True)
        if isinstance(e, s.Unary):
            argument = self.expr(e.operand, scope)
            if e.op == "not":
                return _joined(f"(not {argument.src})", [argument], boolean=True)
            if argument.kind == TIME:
                self._aperiodic()
            value = _joined(f"(-{argument.src})", [argument])
            value.direction = _negated(argument.direction)
            return value
        if isinstance(e, s.Conditional):
            parts = [self.expr(x, scope) for x in (e.condition, e.then, e.otherwise)]
            condition, then, otherwise = parts
            if TIME in (then.kind, otherwise.kind):
                self._aperiodic()
            value = _joined(f"({then.src} if {condition.src} else {otherwise.src})", parts)
            # Between jumps the condition holds or fails throughout (its margins keep their signs there).
            value.direction = then.direction if then.direction == otherwise.direction else None
            return value
        if isinstance(e, s.Member):
            parts = [self.expr(e.item, scope), self.expr(e.collection, scope)]
            if parts[0].kind in (AFFINE, TIME) or parts[1].kind in (AFFINE, TIME):
                raise Unsupported(f"{e.pos}: 'in' with a value that changes with the time")
            return _joined(f"({parts[0].src} {'not in' if e.negated else 'in'} {parts[1].src})", parts, boolean=True)
        if isinstance(e, s.SetLiteral):
            items = [self.expr(x, scope) for x in e.items]
            if any(i.kind != CONST for i in items):
                raise Unsupported(f"{e.pos}: a set of values that change with the time")
            return _joined("(" + "".join(f"{i.src}, " for i in items) + ")", items)
        if isinstance(e, s.Call):
            return self.call(e, scope)
        if isinstance(e, s.Aggregate):
            return self.aggregate(e, scope)
        raise Unsupported(f"{e.pos}: {type(e).__name__}")

    def name(self, e: s.Name, scope: Scope) -> Value:
        known = scope.names.get(e.name)
        if known is not None:
            if known.kind == "window":
                raise Unsupported(f"{e.pos}: a window used other than by .start or .end")
            return known
        definition = self.definitions.get(e.name)
        if definition is not None:
            if definition.params is not None:
                raise Unsupported(f"{e.pos}: {e.name} is a function")
            # A definition speaks of the document only: inlined, the same for every t.
            return Value(f"({self.expr(definition.body, Scope(render=scope.render)).src})")
        if e.name in GLOBALS:
            return Value(f"D.{e.name}")
        raise Unsupported(f"{e.pos}: unknown name '{e.name}'")

    def attribute(self, e: s.Attribute, scope: Scope) -> Value:
        if isinstance(e.target, s.Name) and e.target.name in scope.names and scope.names[e.target.name].kind == "window":
            window = scope.names[e.target.name]
            t, k = window.src, window.key
            if e.name == "start":
                return Value(t, TIME, offset="_zero", key=k, direction=1)
            if e.name == "end":
                return Value(f"({t} + {scope.window_length})", TIME, offset=scope.window_length, key=f"({k} + {scope.length_key})",
                             direction=1)
            raise Unsupported(f"{e.pos}: a window has start and end, not '{e.name}'")
        target = self.expr(e.target, scope)
        if target.kind in (AFFINE, TIME):
            raise Unsupported(f"{e.pos}: an attribute of a number")
        if e.name not in m.record_attributes() and e.name not in ("start", "end"):  # a record's or a window's, nothing of Python's
            raise Unsupported(f"{e.pos}: no element has the attribute '{e.name}'")
        return Value(f"{target.src}.{e.name}", target.kind, inner=target.inner)

    def arith(self, op: str, a: Value, b: Value, pos: s.Pos) -> Value:
        src = f"({a.src} {op} {b.src})"
        inner = a.inner or b.inner
        if op in "+-" and a.kind == TIME and b.kind == CONST:
            key = f"({a.key} {op} {self.ticks(b)})" if a.key is not None else None
            return Value(src, TIME, offset=f"({a.offset} {op} {b.src})", inner=inner, key=key, direction=1)
        if op == "+" and a.kind == CONST and b.kind == TIME:
            key = f"({self.ticks(a)} + {b.key})" if b.key is not None else None
            return Value(src, TIME, offset=f"({a.src} + {b.offset})", inner=inner, key=key, direction=1)
        timed = {a.kind, b.kind} & {AFFINE, TIME}
        if TIME in timed:
            self._aperiodic()  # a number made of t itself: t * 2, t - t0
        if op == "*" and a.kind in (AFFINE, TIME) and b.kind in (AFFINE, TIME):
            raise Unsupported(f"{pos}: a product of two values that change with the time")
        if op == "/" and b.kind in (AFFINE, TIME):
            raise Unsupported(f"{pos}: a division by a value that changes with the time")
        if timed:
            if op == "+":
                direction = _combined(a.direction, b.direction)
            elif op == "-":
                direction = _combined(a.direction, _negated(b.direction))
            else:  # scaled by the other side, whose sign is known only for a number written in the rule
                timed_side, factor = (a, b) if a.kind in (AFFINE, TIME) else (b, a)
                sign = self.sign(factor)
                direction = None if sign is None or timed_side.direction is None else timed_side.direction * sign
            return Value(src, AFFINE, inner=inner, direction=direction)
        return _joined(src, [a, b])

    def sign(self, value: Value) -> int | None:
        """The sign of a number written in the rule (a lowered constant), else None."""
        if value.src.startswith("_k") and value.src[2:].isdigit():
            number = self.constants[int(value.src[2:])]
            if isinstance(number, (int, Fraction)) and not isinstance(number, bool):
                return (number > 0) - (number < 0)
        return None

    def compare(self, e: s.Compare, scope: Scope) -> Value:
        operands = [self.expr(e.first, scope)] + [self.expr(x, scope) for _, x in e.rest]
        # A chain reads each middle operand once, through a temporary.
        shown = [o.src for o in operands]
        first_use = list(shown)
        for i in range(1, len(operands) - 1):
            temp = self.local("_m")
            first_use[i] = f"({temp} := {shown[i]})"
            shown[i] = temp
        parts = []
        for i, (op, _) in enumerate(e.rest):
            left, right = operands[i], operands[i + 1]
            left_src = shown[i]
            right_src = first_use[i + 1]
            if scope.timed and (left.kind in (AFFINE, TIME) or right.kind in (AFFINE, TIME)):
                # Traced: the margin goes to the search (concrete._search), written out as the call would cost more.
                margin, sign = self.local("_m"), _SIGNS.get(op, op)
                self._periodic_root(left, right)
                if _combined(left.direction, _negated(right.direction)) is None:
                    self.monotone = False
                if len(operands) == 2 and {left.kind, right.kind} <= {TIME, CONST} and all(o.kind == CONST or o.key is not None for o in (left, right)):
                    # Two times: compared in ticks, whole numbers (a margin's scale is its own).
                    left_src, right_src = self._key(left), self._key(right)
                parts.append(f"(({_traced(margin, op, left_src, right_src)}) if tr is not None else ({left_src} {sign} {right_src}))")
            elif op in _ORDER:
                parts.append(f"({left_src} {op} {right_src})")
            elif "None" in (left.src, right.src):
                parts.append(f"({left_src} {'is' if op == '=' else 'is not'} {right_src})")
            else:
                parts.append(f"({left_src} {'==' if op == '=' else '!='} {right_src})")
        return _joined("(" + " and ".join(parts) + ")", operands, boolean=True)

    def call(self, e: s.Call, scope: Scope) -> Value:
        name = e.function
        definition = self.definitions.get(name)
        args = [self.expr(a, scope) for a in e.args]
        if definition is not None:
            if definition.params is None or len(definition.params) != len(args):
                raise Unsupported(f"{e.pos}: {name} called with {len(args)} arguments")
            # Inlined, its parameters naming the arguments (a definition sees nothing else).
            inner = Scope(dict(zip(definition.params, args)), scope.window_length, scope.timed, scope.render, scope.length_key)
            return self.expr(definition.body, inner)
        primitive = PRIMITIVES.get(name)
        if primitive is None:
            raise Unsupported(f"{e.pos}: unknown function '{name}'")
        return CALLS[name](self, e, args, scope)

    def timeline_call(self, e: s.Call, args: list[Value], scope: Scope) -> Value:
        """delivered, step_at, step_before, reservoir_ml: the concrete engine's prepared timeline."""
        name = e.function
        primitive = TIMELINE[name]
        if not primitive.takes(len(args)):
            raise Unsupported(f"{e.pos}: {name} takes {primitive.arity} arguments")
        timed = False
        for a in args:
            if a.kind == TIME:
                if a.inner:
                    raise Unsupported(f"{e.pos}: {name} read at an offset known only inside the body")
                self.jumps.append((name, str(a.offset)))
                timed = True
            elif a.kind != CONST:
                raise Unsupported(f"{e.pos}: {name} read at a time that is not t plus a constant")
        kind = (AFFINE if primitive.result == "number" else STEP) if timed else CONST
        if timed and (not primitive.repeats_daily or any(a.kind != TIME for a in args)):
            self._aperiodic()  # the reservoir only falls; delivered(r.start, t) grows with t
        known_inside = any(a.inner for a in args)
        direction = _primitive_direction(name, [a.kind == TIME for a in args]) if kind == AFFINE else 0
        if timed and all(a.kind == CONST or a.key is not None for a in args):
            # Read at keys: the body's times are ticks already (concrete.Timeline).
            return Value(f"D.{name}_k({', '.join(self._key(a) for a in args)})", kind, inner=known_inside, direction=direction)
        return Value(f"D.{name}({', '.join(a.src for a in args)})", kind, inner=known_inside, direction=direction)

    def collection_call(self, e: s.Call, args: list[Value], scope: Scope) -> Value:
        """count, first, last."""
        name = e.function
        if not PRIMITIVES[name].takes(len(args)) or args[0].kind not in (CONST, STEP):
            raise Unsupported(f"{e.pos}: {name}() of one collection")
        src = {"count": f"len({args[0].src})", "first": f"{args[0].src}[0]", "last": f"{args[0].src}[-1]"}[name]
        return _joined(src, args)

    def shown_call(self, e: s.Call, args: list[Value], scope: Scope) -> Value:
        """pct, when: the value itself, marked for a message."""
        name = e.function
        if not PRIMITIVES[name].takes(len(args)):
            raise Unsupported(f"{e.pos}: {name} takes 1 argument")
        if scope.render:
            return Value(f"_{name}(D, {args[0].src})", args[0].kind, inner=args[0].inner)
        return args[0]

    def abs_call(self, e: s.Call, args: list[Value], scope: Scope) -> Value:
        if not PRIMITIVES[e.function].takes(len(args)):
            raise Unsupported(f"{e.pos}: abs takes 1 argument")
        if scope.timed and args[0].kind in (AFFINE, TIME):
            self.monotone = False
            if args[0].kind == TIME:
                self._aperiodic()
            return Value(f"_tabs(tr, {args[0].src})", AFFINE, inner=args[0].inner, direction=None)
        return _joined(f"abs({args[0].src})", args)

    def extremum_call(self, e: s.Call, args: list[Value], scope: Scope) -> Value:
        """min, max of two or more values."""
        name = e.function
        if not PRIMITIVES[name].takes(len(args)):
            raise Unsupported(f"{e.pos}: {name}() of fewer than two values")
        if scope.timed and any(a.kind in (AFFINE, TIME) for a in args):
            self.monotone = False
            if any(a.kind == TIME for a in args):
                self._aperiodic()
            src = args[0].src
            for a in args[1:]:
                src = f"_t{name}(tr, {src}, {a.src})"
            return Value(src, AFFINE, inner=any(a.inner for a in args), direction=None)
        return _joined(f"{name}({', '.join(a.src for a in args)})", args)

    def aggregate(self, e: s.Aggregate, scope: Scope) -> Value:
        collection = self.expr(e.collection, scope)
        var = self.local(f"a_{e.var}")
        inner = scope.with_names({e.var: Value(var, collection.kind, inner=True)})
        body = self.expr(e.body, inner)
        keep = self.expr(e.filter, inner) if e.filter is not None else None
        parts = [collection, body] + ([keep] if keep is not None else [])
        if any(p.kind in (AFFINE, TIME) for p in parts):
            raise Unsupported(f"{e.pos}: an aggregate over values that change with the time")
        where = f" if {keep.src}" if keep is not None else ""
        function = AGGREGATE_CALLS[e.function]
        value = _joined(f"{function}({body.src} for {var} in {collection.src}{where})", parts)
        value.inner = collection.inner  # the aggregate's own variable does not leak out
        return value

    # ---- checks
    def check(self, check: s.Check, number: int) -> Lowered:
        name = f"check_{number}"
        lines = [f"def {name}(D):", "    out = []"]
        self._steps(check, 0, Scope(), lines, "    ")
        lines.append("    return out")
        # The replay: the same check with every quantified name (and the time) pinned by P, as the evaluator replays.
        replay = f"replay_{number}"
        lines += [f"def {replay}(D, P):", "    out = []"]
        self.pinned = True
        try:
            self._steps(check, 0, Scope(), lines, "    ")
        finally:
            self.pinned = False
        lines.append("    return out")
        quantified: list[str] = []
        continuous: tuple[str, str] | None = None
        for step in check.steps:
            if isinstance(step, s.ForEach):
                quantified.append(step.var)
            elif isinstance(step, s.ForPairs):
                quantified += [step.first, step.second]
            elif isinstance(step, s.ForWindow):
                continuous = (step.var, "window")
            elif isinstance(step, s.ForInstant):
                continuous = (step.var, "instant")
        # Messages and locations read the broken instance's scope S, where every value is known.
        names = dict.fromkeys(quantified + [b.name for b in check.bindings] + ([continuous[0]] if continuous else []))
        shown = Scope({n: Value(f"S[{n!r}]") for n in names}, render=True)
        parts = [repr(part) if isinstance(part, str) else self.expr(part, shown).src for part in check.message.parts]
        message = f"message_{number}"
        lines += [f"def {message}(D, S):", f"    return [{', '.join(parts)}]"]
        locate = owner = None
        if check.locate is not None:
            locate = f"locate_{number}"
            lines += [f"def {locate}(D, S):", f"    return {self.expr(check.locate, shown).src}"]
            if isinstance(check.locate, s.Attribute):
                owner = f"owner_{number}"
                lines += [f"def {owner}(D, S):", f"    return {self.expr(check.locate.target, shown).src}"]
        return Lowered(check, name, "\n".join(lines), replay, message, locate, owner, tuple(quantified), continuous)

    def _loop(self, step: s.ForEach | s.ForPairs, scope: Scope, lines: list[str], pad: str, inner: bool) -> Scope:
        collection = self.expr(step.collection, scope)
        if collection.kind not in (CONST, STEP):
            raise Unsupported(f"{step.pos}: a collection that changes with the time")
        if isinstance(step, s.ForEach):
            var = self.local(f"v_{step.var}")
            lines.append(f"{pad}for {var} in {collection.src}:")
            names = {step.var: Value(var, collection.kind, inner=inner)}
        else:
            first, second, items = self.local(f"v_{step.first}"), self.local(f"v_{step.second}"), self.local("_items")
            lines.append(f"{pad}{items} = {collection.src}")
            lines.append(f"{pad}for {first}, {second} in zip({items}, {items}[1:]):")
            names = {step.first: Value(first, collection.kind, inner=inner), step.second: Value(second, collection.kind, inner=inner)}
        if self.pinned and not inner:
            for name, value in names.items():
                lines.append(f"{pad}    if {name!r} in P and not _same({value.src}, P[{name!r}]):")
                lines.append(f"{pad}        continue")
        scope = scope.with_names(names)
        if step.where is not None:
            lines.append(f"{pad}    if not {self.expr(step.where, scope).src}:")
            lines.append(f"{pad}        continue")
        return scope

    def _steps(self, check: s.Check, index: int, scope: Scope, lines: list[str], pad: str,
               body: tuple[str, str] | None = None) -> None:
        """The check's steps from `index` on. Inside a `for every` body (`body`: its name and how its
        scope shows it), a broken instance is a hit at t; elsewhere, a result of the check."""
        if index == len(check.steps):
            verdict, scope = self._verdict(check, scope, lines, pad)
            lines.append(f"{pad}if {verdict}:")
            if body is None:
                lines.append(f"{pad}    out.append({_scope(scope)})")
            else:
                lines.append(f"{pad}    hits.append({_scope(scope, {body[0]: body[1]})})")
            return
        step = check.steps[index]
        if isinstance(step, s.Guard):
            lines.append(f"{pad}if {self.expr(step.condition, scope).src}:")
            self._steps(check, index + 1, scope, lines, pad + "    ", body)
        elif isinstance(step, (s.ForEach, s.ForPairs)):
            inner = self._loop(step, scope, lines, pad, inner=body is not None)
            self._steps(check, index + 1, inner, lines, pad + "    ", body)
        elif isinstance(step, (s.ForWindow, s.ForInstant)) and body is None:
            self._search(check, index, step, scope, lines, pad)
        elif isinstance(step, (s.ForWindow, s.ForInstant)):
            raise Unsupported(f"{step.pos}: a `for every` inside another")
        else:
            raise Unsupported(f"{check.pos}: unknown step {type(step).__name__}")

    def _search(self, check: s.Check, index: int, step: s.ForWindow | s.ForInstant, scope: Scope,
                lines: list[str], pad: str) -> None:
        k = self.local("k")
        t = f"D.hours({k})"  # t in hours, worked out only where the body needs it (what it reports, mostly)
        body = self.local("_body")
        self.hoisted = {}
        if isinstance(step, s.ForWindow):
            length = self.local("_length")
            run = self.local("_run")
            lines.append(f"{pad}{length} = {self.expr(step.length, scope).src}")
            lines.append(f"{pad}{run} = _as_run({self.expr(step.within, scope).src})")
            lines.append(f"{pad}_lo, _hi, _open = {run}.start, {run}.end - {length}, False")
            inner = Scope({**scope.names, step.var: Value(t, "window", key=k)}, length, timed=True,
                          length_key=self.ticks(Value(length)))
            shown = f"_window({t}, {length})"
        else:
            lines.append(f"{pad}_lo, _hi, _open = {self.expr(step.low, scope).src}, {self.expr(step.high, scope).src}, True")
            inner = Scope({**scope.names, step.var: Value(t, TIME, offset="_zero", key=k, direction=1)}, None, timed=True)
            shown = t
        self.jumps, self.monotone, self.periodic = [], True, []
        # The body lists the broken instances at t (none: t does not break the check). It is called with
        # t's key k, reads the timeline at keys, and takes constants in ticks worked out before it.
        body_lines = [f"{pad}def {body}({k}, tr):", f"{pad}    hits = []"]
        try:
            self._steps(check, index + 1, inner, body_lines, pad + "    ", (step.var, shown))
        finally:
            hoisted, self.hoisted = self.hoisted, None
            periodic, self.periodic = self.periodic, None
        lines += [f"{pad}{name} = D.ticks({source})" for source, name in hoisted.items()]
        lines += body_lines
        lines.append(f"{pad}    return hits")
        if self.pinned:
            lines.append(f"{pad}_found = P[{step.var!r}]")
            lines.append(f"{pad}if (_lo < _found if _open else _lo <= _found) and _found <= _hi:")
            lines.append(f"{pad}    out += {body}(D.ticks(_found), {self.pinned_trace})")
            return
        # The offsets it reads the timeline at: the cuts are the event times shifted by each.
        offsets = ", ".join(dict.fromkeys(["_zero", *(offset for _, offset in self.jumps)]))
        # A body whose every margin has a known direction: the search may pass over the stretches between jumps.
        jumps = "(" + "".join(f"({name!r}, {offset}), " for name, offset in dict.fromkeys(self.jumps)) + ")" if self.monotone else "None"
        # A body that moves with t only through the timeline read at t plus constants: where the timeline
        # repeats every 24 hours, the search may take one day for all (concrete._periodic).
        repeats = "" if periodic is None else ", periodic=(" + "".join(f"{root}, " for root in periodic) + ")"
        lines.append(f"{pad}_found = _search(D, {body}, _lo, _hi, _open, ({offsets},), {jumps}{repeats})")
        lines.append(f"{pad}if _found is not None:")
        lines.append(f"{pad}    out += {body}(D.ticks(_found), None)")

    def _verdict(self, check: s.Check, scope: Scope, lines: list[str], pad: str) -> tuple[str, Scope]:
        for binding in check.bindings:
            value = self.expr(binding.value, scope)
            name = self.local(f"l_{binding.name}")
            lines.append(f"{pad}{name} = {value.src}")
            key = None
            if value.kind == TIME and value.key is not None:
                key = f"{name}_k"
                lines.append(f"{pad}{key} = {value.key}")
            # A time keeps its offset, which the body need not run to know; any other value is known only inside.
            known_before = value.inner if value.kind == TIME else (scope.timed or value.inner)
            scope = scope.with_names({binding.name: Value(name, value.kind, value.offset, inner=known_before, key=key,
                                                          direction=value.direction)})
        condition = self.expr(check.condition, scope).src
        return (condition if check.forbid else f"(not {condition})"), scope


def _traced(margin: str, op: str, left: str, right: str) -> str:
    """A traced comparison: its margin, oriented so that the comparison's outcome is whether the margin is >= 0
    or not (equality takes both orientations), goes to the trace; the comparison's outcome is the value.

    So the margin's side of 0, with 0 itself on the side of the positives, is the outcome: the search
    (concrete._search) tells from the margins alone that the comparison has one outcome across an interval.
    """
    if op in (">=", "<"):
        return f"tr.append({margin} := {left} - {right}) or {margin} {op} 0"
    if op in ("<=", ">"):
        return f"tr.append({margin} := {right} - {left}) or {margin} {'>=' if op == '<=' else '<'} 0"
    sign = _SIGNS.get(op, op)
    return f"tr.append({margin} := {left} - {right}) or tr.append(-{margin}) or {margin} {sign} 0"


def _scope(scope: Scope, extra: dict[str, str] | None = None) -> str:
    """A broken instance: every name in force, as a dict literal."""
    names = {n: v.src for n, v in scope.names.items() if v.kind != "window"}
    names.update(extra or {})
    return "{" + ", ".join(f"{n!r}: {src}" for n, src in names.items()) + "}"


def _joined(src: str, parts: list[Value], boolean: bool = False) -> Value:
    kinds = {p.kind for p in parts}
    inner = any(p.inner for p in parts)
    if kinds <= {CONST}:
        kind = CONST
    elif boolean:
        kind = STEP  # a truth that changes only at a traced comparison's root
    elif kinds & {AFFINE, TIME}:
        kind = AFFINE
    else:
        kind = STEP
    # A piecewise constant value stays between jumps; any other mix of values that move is not known.
    return Value(src, kind, inner=inner, direction=0 if kind in (CONST, STEP) else None)


def _negated(direction: int | None) -> int | None:
    return None if direction is None else -direction


def _combined(a: int | None, b: int | None) -> int | None:
    """The direction of a sum of two values going in directions A and B."""
    if a is None or b is None:
        return None
    if a == 0 or a == b:
        return b
    return a if b == 0 else None


def _primitive_direction(name: str, moves: list[bool]) -> int | None:
    """A primitive's direction between its jumps, as the time(s) it is read at move with t.

    The amounts infused only grow (no rate is negative, concrete.Timeline checks it): delivered(a, b)
    grows with b and falls with a, and the reservoir only falls between fills and pump boluses
    (the table's directions, language/primitives.py).
    """
    return table_direction(name, moves)


# Each built-in function of the table (language/primitives.py), lowered; the table says how many arguments.
CALLS: dict[str, Callable[[Lowering, s.Call, list[Value], Scope], Value]] = {
    "count": Lowering.collection_call,
    "first": Lowering.collection_call,
    "last": Lowering.collection_call,
    "abs": Lowering.abs_call,
    "min": Lowering.extremum_call,
    "max": Lowering.extremum_call,
    "pct": Lowering.shown_call,
    "when": Lowering.shown_call,
    "delivered": Lowering.timeline_call,
    "step_at": Lowering.timeline_call,
    "step_before": Lowering.timeline_call,
    "reservoir_ml": Lowering.timeline_call,
}

# Each aggregate of the table, as the Python function the lowered code calls.
AGGREGATE_CALLS = {"any": "any", "all": "all", "sum": "_sum", "min": "min", "max": "max"}
