"""The meaning of the rule language: expressions to values, checks to obligations.

`symbolic=True` turns every number read from the document into a Z3 term and
every window start or instant into a Z3 variable, so a check becomes a Z3
formula; `symbolic=False` computes with exact rationals, which is how a
counterexample is replayed and a message filled in. Both go through the same
code below.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from itbverify.base.exact import Fraction, Memo
from itbverify.base.numbers import format_number, is_number
from itbverify.documents.model import GLOBALS, Document, Element, Entered, Run
from itbverify.language import syntax as s
from itbverify.language.primitives import AGGREGATES, PRIMITIVES
from itbverify.semantics import search, timeline
from itbverify.semantics.affine import Affine, Region, SplitAt, atom, decide
from itbverify.semantics.values import (
    Bounded,
    Choice,
    Factor,
    add,
    compare,
    conjunction,
    disjunction,
    div,
    exact,
    if_then_else,
    is_term,
    lifted,
    maximum,
    merge,
    minimum,
    mul,
    neg,
    negate,
    sub,
    term_errors,
    to_real,
    truth,
    variable,
)


class DependsOnEntry(Exception):
    """A check quantifies over values entered at programming time (a configuration cannot decide it)."""


class RuleError(Exception):
    """A rule could not be evaluated on a document (a defect in the rule, or a model gap)."""

    def __init__(self, pos: s.Pos, message: str) -> None:
        super().__init__(f"{pos}: {message}")
        self.pos = pos
        self.message = message


@dataclass(frozen=True)
class Window:
    start: Any
    end: Any


@dataclass
class Continuous:
    """A solver variable introduced by `for every window|instant`."""

    name: str
    variable: Any
    kind: str  # window | instant
    length: Any = None


@dataclass
class Obligation:
    """One instance of a check: what its quantifiers chose, its solver variables and the violation."""

    check: s.Check
    chosen: dict[str, Any]  # quantified name -> element (or word) it stands for
    scope: dict[str, Any]  # every name in force, `let`s included
    continuous: list[Continuous]
    violation: Any  # a Python bool or a Z3 Boolean: true exactly when this instance is broken
    products: list[tuple[Any, Any]] = dataclasses.field(default_factory=list)  # f * D stand-ins it uses


BUILTINS = frozenset(PRIMITIVES)

_FIELDS_CACHE: dict[type, frozenset[str]] = {}


def _fields(cls: type) -> frozenset[str]:
    names = _FIELDS_CACHE.get(cls)
    if names is None:
        names = frozenset(f.name for f in dataclasses.fields(cls)) - {"line", "column", "positions"}
        if cls is Document:
            names = names | {"has_history"}
        _FIELDS_CACHE[cls] = names
    return names


class Evaluator:
    def __init__(
        self,
        document: Document,
        definitions: dict[str, s.Definition],
        symbolic: bool,
    ) -> None:
        self.document = document
        self.definitions = definitions
        self.symbolic = symbolic
        self.counter = itertools.count()
        self._shared: dict[tuple[Any, ...], Any] = {}
        self._reads: dict[tuple[int, int], frozenset[str]] = {}
        self._constants: dict[tuple[str, bool], Any] = {}
        self._fixed: dict[str, Any] = {}
        # While a step's condition is being decided (_decided), document numbers stay exact.
        self._folding = False

    # ---- expressions
    def eval(self, expr: s.Expr, env: dict[str, Any]) -> Any:
        try:
            return self._eval(expr, env)
        except (RuleError, SplitAt):
            raise
        except Exception as error:
            if isinstance(error, (TypeError, AttributeError, ZeroDivisionError, ValueError, *term_errors())):
                raise RuleError(expr.pos, str(error)) from None
            raise

    def _lift(self, value: Any) -> Any:
        if self.symbolic and not self._folding and is_number(value):
            return to_real(value)
        return value

    def _eval(self, expr: s.Expr, env: dict[str, Any]) -> Any:
        if isinstance(expr, s.Number):
            return expr.value
        if isinstance(expr, s.String):
            return expr.value
        if isinstance(expr, s.Bool):
            return expr.value
        if isinstance(expr, s.NoneLit):
            return None
        if isinstance(expr, s.Name):
            return self.name(expr, env)
        if isinstance(expr, s.Attribute):
            return self.attribute(self._eval(expr.target, env), expr.name, expr.pos)
        if isinstance(expr, s.Arith):
            value = self._eval(expr.first, env)
            for op, operand in expr.rest:
                right = self._eval(operand, env)
                value = {"+": add, "-": sub, "*": mul, "/": div}[op](value, right)
            return value
        if isinstance(expr, s.Compare):
            results = []
            left = self._eval(expr.first, env)
            for op, operand in expr.rest:
                right = self._eval(operand, env)
                if isinstance(left, Affine) or isinstance(right, Affine):
                    # A condition of the rule on a time: the exact set where it holds.
                    difference = sub(left, right)
                    results.append(atom(op, difference) if isinstance(difference, Affine) else compare(op, left, right))
                else:
                    results.append(compare(op, left, right))
                left = right
            return conjunction(results)
        if isinstance(expr, s.Logic):
            results = []
            for operand in expr.operands:
                value = self._eval(operand, env)
                # Short-circuit, so a guard such as `not s.starts_run and s.previous...` is safe.
                if expr.op == "and" and value is False:
                    return False
                if expr.op == "or" and value is True:
                    return True
                results.append(value)
            return conjunction(results) if expr.op == "and" else disjunction(results)
        if isinstance(expr, s.Unary):
            value = self._eval(expr.operand, env)
            return neg(value) if expr.op == "-" else negate(value)
        if isinstance(expr, s.Conditional):
            condition = truth(self._eval(expr.condition, env))
            if isinstance(condition, Region):
                if not (condition.is_full() or condition.is_empty()):
                    raise SplitAt(condition.boundary())
                condition = condition.is_full()
            if condition is True:
                return self._eval(expr.then, env)
            if condition is False:
                return self._eval(expr.otherwise, env)
            return if_then_else(condition, self._eval(expr.then, env), self._eval(expr.otherwise, env))
        if isinstance(expr, s.Member):
            item = self._eval(expr.item, env)
            collection = self._eval(expr.collection, env)
            if not isinstance(collection, tuple):
                raise RuleError(expr.pos, "'in' needs a collection or a {set} on its right")
            found = disjunction([compare("=", item, member) for member in collection])
            return negate(found) if expr.negated else found
        if isinstance(expr, s.SetLiteral):
            return tuple(self._eval(item, env) for item in expr.items)
        if isinstance(expr, s.Call):
            return self.call(expr, env)
        if isinstance(expr, s.Aggregate):
            return self.aggregate(expr, env)
        raise RuleError(expr.pos, f"cannot evaluate {type(expr).__name__}")

    def name(self, expr: s.Name, env: dict[str, Any]) -> Any:
        if expr.name in env:
            return env[expr.name]
        definition = self.definitions.get(expr.name)
        if definition is not None:
            if definition.params is not None:
                raise RuleError(expr.pos, f"{expr.name} is a function; call it with its arguments")
            key = (expr.name, self._folding)
            if key not in self._constants:
                self._constants[key] = self.eval(definition.body, {})
            return self._constants[key]
        if expr.name in GLOBALS:
            value = timeline.global_value(self.document, expr.name)
            return self._lift(value)
        raise RuleError(expr.pos, f"unknown name '{expr.name}'")

    def attribute(self, target: Any, name: str, pos: s.Pos) -> Any:
        if isinstance(target, Choice):
            return merge([(c, self.attribute(v, name, pos)) for c, v in target.branches])
        if isinstance(target, Window):
            if name == "start":
                return target.start
            if name == "end":
                return target.end
            raise RuleError(pos, f"a window has start and end, not '{name}'")
        if target is None:
            raise RuleError(pos, f"'.{name}' of none (nothing is there)")
        if not isinstance(target, Element):
            raise RuleError(pos, f"'.{name}' of a value that has no attributes")
        if name not in _fields(type(target)):
            raise RuleError(pos, f"{type(target).__name__.lower()} has no attribute '{name}'")
        value = getattr(target, name)
        if isinstance(value, list):
            value = tuple(value)
        return self._lift(value)

    def call(self, expr: s.Call, env: dict[str, Any]) -> Any:
        name = expr.function
        definition = self.definitions.get(name)
        args = [self._eval(a, env) for a in expr.args]
        if definition is not None:
            if definition.params is None:
                raise RuleError(expr.pos, f"{name} is not a function")
            if len(definition.params) != len(args):
                raise RuleError(expr.pos, f"{name} takes {len(definition.params)} arguments, not {len(args)}")
            return self.eval(definition.body, dict(zip(definition.params, args)))
        primitive = PRIMITIVES.get(name)
        if primitive is None:
            raise RuleError(expr.pos, f"unknown function '{name}'")
        if not primitive.takes(len(args)):
            if primitive.variadic:
                raise RuleError(expr.pos, f"{name}() takes two or more numbers, or `{name}(x for x in ...)`")
            n = primitive.arity
            raise RuleError(expr.pos, f"{name} takes {n} argument{'s' if n != 1 else ''}, not {len(args)}")
        return CALLS[name](self.document, args, expr.pos)

    def aggregate(self, expr: s.Aggregate, env: dict[str, Any]) -> Any:
        items = _collection(self._eval(expr.collection, env), expr.pos)
        values: list[Any] = []
        for item in items:
            inner = {**env, expr.var: item}
            if expr.filter is not None:
                keep = self._eval(expr.filter, inner)
                if keep is False:
                    continue
                if keep is not True:
                    body = self._eval(expr.body, inner)
                    values.append(_filtered(expr.function, keep, body))
                    continue
            values.append(self._eval(expr.body, inner))
        function = expr.function
        if not values and AGGREGATES[function].empty == "error":
            raise RuleError(expr.pos, f"{function}() over an empty collection")
        return FOLDS[function](values)

    # ---- checks
    def obligations(self, check: s.Check, fixed: dict[str, Any] | None = None) -> Iterator[Obligation]:
        """Every instance of a check; `fixed` pins quantified names to given values (a replay)."""
        self._fixed = fixed or {}
        yield from self._expand(check, 0, {}, [], [], {})

    def _expand(
        self,
        check: s.Check,
        index: int,
        env: dict[str, Any],
        guards: list[Any],
        continuous: list[Continuous],
        chosen: dict[str, Any],
    ) -> Iterator[Obligation]:
        if index == len(check.steps):
            yield self._instance(check, env, guards, continuous, chosen)
            return
        step = check.steps[index]
        if isinstance(step, s.Guard):
            condition = self._decided(step.condition, env)
            if condition is not False:
                yield from self._expand(check, index + 1, env, guards + [condition], continuous, chosen)
            return
        if isinstance(step, (s.ForEach, s.ForPairs)):
            items = _collection(self.eval(step.collection, env), step.pos)
            if isinstance(step, s.ForEach):
                bound = [{step.var: item} for item in items]
            else:
                bound = [{step.first: a, step.second: b} for a, b in itertools.pairwise(items)]
            for names in bound:
                if any(k in self._fixed and not _same(self._fixed[k], v) for k, v in names.items()):
                    continue
                inner = {**env, **names}
                condition = self._decided(step.where, inner) if step.where is not None else True
                if condition is False:
                    continue
                yield from self._expand(
                    check, index + 1, inner, guards + [condition], continuous, {**chosen, **names}
                )
            return
        if isinstance(step, (s.ForWindow, s.ForInstant)) and not self.symbolic and step.var not in self._fixed:
            yield from self._search(check, index, env, guards, continuous, chosen)
            return
        if isinstance(step, s.ForWindow):
            length = self.eval(step.length, env)
            run = self.eval(step.within, env)
            if not is_number(length) and not is_term(length):
                raise RuleError(step.pos, "a window's length is a number of hours")
            if not isinstance(run, Run):
                raise RuleError(step.pos, "a window lies within a run")
            fits = compare("<=", add(run.start, length), run.end)
            if fits is False:
                return
            variable = self._variable(step.var, check, index, env)
            domain = [compare("<=", run.start, variable), compare("<=", add(variable, length), run.end)]
            more = continuous + [Continuous(step.var, variable, "window", length)]
            pieces = self._pieces(variable, run.start, sub(run.end, length), (Fraction(0), length, -length))
            if pieces is not None:
                yield from self._pieced(check, index, env, guards + domain, more, chosen, step.var, variable, pieces,
                                        lambda at: Window(at, add(at, length)))
                return
            inner = {**env, step.var: Window(variable, add(variable, length))}
            yield from self._expand(check, index + 1, inner, guards + domain, more, chosen)
            return
        if isinstance(step, s.ForInstant):
            low = self.eval(step.low, env)
            high = self.eval(step.high, env)
            if compare("<", low, high) is False:
                return
            variable = self._variable(step.var, check, index, env)
            domain = [compare("<", low, variable), compare("<=", variable, high)]
            more = continuous + [Continuous(step.var, variable, "instant")]
            pieces = self._pieces(variable, self._exact(step.low, env), self._exact(step.high, env), (Fraction(0),))
            if pieces is not None:
                yield from self._pieced(check, index, env, guards + domain, more, chosen, step.var, variable, pieces,
                                        lambda at: at)
                return
            inner = {**env, step.var: variable}
            yield from self._expand(check, index + 1, inner, guards + domain, more, chosen)
            return
        raise RuleError(check.pos, f"unknown step {type(step).__name__}")

    def _pieces(self, variable: Any, low: Any, high: Any, offsets: tuple[Fraction, ...]) -> list[tuple[Fraction, Fraction]] | None:
        """The closed pieces that cover [LOW, HIGH] between the document's event times shifted by OFFSETS,
        on which a timeline primitive read at the variable plus an offset is linear; None where the prover
        keeps one variable over the whole domain (a bound or an event time is itself a solver term)."""
        low, high = exact(low), exact(high)
        if not is_term(variable) or low is None or high is None or low > high:
            return None
        times = timeline.event_times(self.document)
        if not all(is_number(x) for x in times) or any(hasattr(x, "infused") for x in self.document.segments):
            return None
        cuts = sorted({Fraction(x) - shift for x in times for shift in offsets if low < Fraction(x) - shift < high} | {low, high})
        return list(itertools.pairwise(cuts)) or [(low, high)]

    def _pieced(
        self,
        check: s.Check,
        index: int,
        env: dict[str, Any],
        guards: list[Any],
        continuous: list[Continuous],
        chosen: dict[str, Any],
        name: str,
        variable: Any,
        pieces: list[tuple[Fraction, Fraction]],
        value: Callable[[Bounded], Any],
    ) -> Iterator[Obligation]:
        """A `for every` in the prover, one piece at a time: the variable is the same in every piece, and
        an instance (what the later steps choose) is broken when it is broken on some piece, so each
        instance is still one obligation, its violation the disjunction over the pieces."""
        found: dict[tuple[tuple[str, int], ...], list[Obligation]] = {}
        for lo, hi in pieces:
            at = Bounded(variable, Fraction(0), lo, hi)
            bounds = [compare("<=", to_real(lo), variable), compare("<=", variable, to_real(hi))]
            inner = {**env, name: value(at)}
            for obligation in self._expand(check, index + 1, inner, guards + bounds, continuous, chosen):
                key = tuple((k, id(v)) for k, v in obligation.chosen.items())
                found.setdefault(key, []).append(obligation)
        for parts in found.values():
            first = parts[0]
            products = [p for part in parts for p in part.products]
            violation = disjunction([part.violation for part in parts])
            yield Obligation(first.check, first.chosen, first.scope, first.continuous, violation, products)

    def _foldable(self) -> bool:
        """Whether an expression may be tried on the document's exact numbers first: in the prover, and not
        with a delivery factor, whose f * D stand-ins are made as a side effect of evaluating (a trial
        would leave stand-ins no instance uses, and one could be the one f is read back from)."""
        return self.symbolic and not self._folding and not isinstance(self.document.delivery_factor, Factor)

    def _exact(self, expr: s.Expr, env: dict[str, Any]) -> Fraction | None:
        """EXPR's exact value when it is a number on the document's exact numbers (an instant's bound
        such as `max(r.start, 0)`); None otherwise."""
        if not self._foldable():
            return exact(self.eval(expr, env))
        saved = self._folding
        self._folding = True
        try:
            return exact(self.eval(expr, env))
        except (RuleError, SplitAt):
            return None
        finally:
            self._folding = saved

    def _decided(self, condition: s.Expr, env: dict[str, Any]) -> Any:
        """A step's condition, decided with the document's exact numbers when no solver variable enters it.

        A condition that picks the instances of a check (`where`, `when`) then drops or keeps an instance
        while the query is built, as the replay does, instead of putting every pair of a `for each ... for
        each ...` to the solver. Decided this way it has the one value it has in every model; a condition
        that meets a solver variable (a program's bolus, the delivery factor) is evaluated as a term.
        """
        if self._foldable():
            self._folding = True
            try:
                value = self.eval(condition, env)
            except (RuleError, SplitAt):
                value = None  # evaluated again below, where the error is reported as it always was
            finally:
                self._folding = False
            if isinstance(value, bool):
                return value
        return self.eval(condition, env)

    def _search(
        self, check: s.Check, index: int, env: dict[str, Any], guards: list[Any], continuous: list[Continuous], chosen: dict[str, Any]
    ) -> Iterator[Obligation]:
        """A `for every` on a concrete document: the earliest time that breaks the check, exactly (search.py).

        The cuts are lo, hi and the document's event times between them; an interval between cuts is
        decided over t affine on it (affine.py): where a comparison's root or a primitive's jump lies
        inside, the interval is cut there too, and the rule's own comparisons give the exact set of t
        where the check breaks.
        """
        step = check.steps[index]
        if isinstance(step, s.ForWindow):
            length = self.eval(step.length, env)
            run = self.eval(step.within, env)
            if not isinstance(run, Run):
                raise RuleError(step.pos, "a window lies within a run")
            lo, hi, lo_open = run.start, run.end - length, False
        else:
            assert isinstance(step, s.ForInstant)
            lo, hi, lo_open = self.eval(step.low, env), self.eval(step.high, env), True
        if not (is_number(lo) and is_number(hi)) or lo > hi or (lo_open and lo == hi):
            return
        lo, hi = Fraction(lo), Fraction(hi)

        def broken_at(value: Any) -> Any:
            saved = self._fixed
            self._fixed = {**saved, step.var: value}
            try:
                return disjunction([o.violation for o in self._expand(check, index, env, guards, continuous, chosen)])
            finally:
                self._fixed = saved

        def probe(t: Fraction) -> search.Probe:
            # The open end of (lo, hi] is not in the domain; the interval after it is decided like every other.
            return (not (lo_open and t == lo)) and broken_at(t) is True, None, False, False

        def interval(a: Fraction, b: Fraction) -> Fraction | None:
            try:
                result = broken_at(Affine(Fraction(0), Fraction(1), a, b))
            except SplitAt as split:
                middle = split.point
                found = interval(a, middle)
                if found is None and broken_at(middle) is True:
                    found = middle
                return found if found is not None else interval(middle, b)
            if result is True:
                return (a + b) / 2
            if isinstance(result, Region) and not result.is_empty():
                return result.point()
            return None

        found = search.earliest(search.cuts(self._event_times(), lo, hi, (Fraction(0),)), probe, interval)
        if found is None:
            return
        saved = self._fixed
        self._fixed = {**saved, step.var: found}
        try:
            yield from self._expand(check, index, env, guards, continuous, chosen)
        finally:
            self._fixed = saved

    def _event_times(self) -> list[Fraction]:
        """The document's event times (timeline.event_times), sorted, without repeats."""
        cached = getattr(self, "_events", None)
        if cached is None:
            cached = self._events = sorted({Fraction(t) for t in timeline.event_times(self.document) if is_number(t)})
        return cached

    def _variable(self, name: str, check: s.Check, index: int, env: dict[str, Any]) -> Any:
        """The solver's variable for the window's start or the instant chosen at step INDEX.

        Instances that reach this step with the same values of every name the rest of the check reads (the
        names bound before it that it never reads aside) share one variable: their violations are then one
        term, and a rule's query (the disjunction of its instances' violations) holds it once. A check
        `for each s in steps` whose window never reads s asks the solver for one window, not one per step.
        Sharing a variable is sound whatever the key: "some instance breaks at some time" is "at some time,
        some instance breaks" (an existential distributes over a disjunction).
        """
        if name in self._fixed:
            return self._fixed[name]
        if not self.symbolic:
            raise RuleError(s.Pos("?", 0, 0), "a window or instant without a value needs the solver")
        reads = self._reads.get((id(check), index))
        if reads is None:
            reads = self._reads[(id(check), index)] = frozenset(_names_read((check.steps[index:], check.bindings, check.condition)))
        # The values themselves are held in the key (compared by identity), so that no id is reused while it lives.
        key = (_Same(check), index, *((n, _Same(env[n])) for n in sorted(reads) if n in env))
        found = self._shared.get(key)
        if found is None:
            found = self._shared[key] = variable(f"{name}_{next(self.counter)}")
        return found

    def _instance(
        self, check: s.Check, env: dict[str, Any], guards: list[Any], continuous: list[Continuous], chosen: dict[str, Any]
    ) -> Obligation:
        factor = self.document.delivery_factor
        first_product = len(factor.products) if isinstance(factor, Factor) else 0
        scope = dict(env)
        for binding in check.bindings:
            scope[binding.name] = self.eval(binding.value, scope)
        condition = self.eval(check.condition, scope)
        broken = condition if check.forbid else negate(condition)
        violation = conjunction(guards + [broken])
        products = list(factor.products[first_product:]) if isinstance(factor, Factor) else []
        return Obligation(check, dict(chosen), scope, continuous, violation, products)

    # ---- messages
    def render(self, template: s.Template, scope: dict[str, Any]) -> str:
        out = []
        for part in template.parts:
            if isinstance(part, str):
                out.append(part)
            else:
                out.append(show(self.eval(part, scope)))
        return "".join(out)


def _end(items: tuple[Any, ...], pos: s.Pos, name: str) -> Any:
    if not items:
        raise RuleError(pos, f"{name}() of an empty collection")
    return items[0] if name == "first" else items[-1]


# Each built-in function of the table (language/primitives.py) on its arguments' values, for the
# evaluator and Z3 alike; the table has checked how many there are.
CALLS: dict[str, Callable[[Document, list[Any], s.Pos], Any]] = {
    "count": lambda document, args, pos: len(_collection(args[0], pos)),
    "first": lambda document, args, pos: _end(_collection(args[0], pos), pos, "first"),
    "last": lambda document, args, pos: _end(_collection(args[0], pos), pos, "last"),
    "abs": lambda document, args, pos: _abs(args[0]),
    "min": lambda document, args, pos: functools.reduce(minimum, args),
    "max": lambda document, args, pos: functools.reduce(maximum, args),
    "pct": lambda document, args, pos: _pct(args[0]),
    "when": lambda document, args, pos: _when(document, args[0]),
    "delivered": lambda document, args, pos: timeline.delivered(document, args[0], args[1]),
    "step_at": lambda document, args, pos: timeline.step_at(document, args[0]),
    "step_before": lambda document, args, pos: timeline.step_before(document, args[0]),
    "reservoir_ml": lambda document, args, pos: timeline.reservoir_ml(document, args[0]),
}

# Each aggregate of the table over its body's values (an empty min or max is refused before).
FOLDS: dict[str, Callable[[list[Any]], Any]] = {
    "any": disjunction,
    "all": conjunction,
    "sum": lambda values: functools.reduce(add, values, Fraction(0)),
    "min": lambda values: functools.reduce(minimum, values),
    "max": lambda values: functools.reduce(maximum, values),
}


class _Same:
    """A value in a key, the same only as itself (document elements, runs and terms have no useful equality here)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __hash__(self) -> int:
        return id(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.value is self.value


def _names_read(node: object) -> Iterator[str]:
    """Every name an expression, step or binding reads, however deep (a name an aggregate binds too: more
    names than are read free, never fewer)."""
    if isinstance(node, s.Name):
        yield node.name
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _names_read(item)
    elif dataclasses.is_dataclass(node) and not isinstance(node, (type, s.Pos)):
        for f in dataclasses.fields(node):
            yield from _names_read(getattr(node, f.name))


def _same(a: Any, b: Any) -> bool:
    return a is b or (isinstance(a, str) and a == b)


def _collection(value: Any, pos: s.Pos) -> tuple[Any, ...]:
    if isinstance(value, Entered):
        raise DependsOnEntry(str(pos))
    if isinstance(value, tuple):
        return value
    raise RuleError(pos, "expected a collection")


def _filtered(function: str, keep: Any, body: Any) -> Any:
    """An aggregate element whose filter is symbolic: the neutral value when filtered out."""
    if function == "any":
        return conjunction([keep, body])
    if function == "all":
        return disjunction([negate(keep), body])
    if function == "sum":
        return if_then_else(keep, body, Fraction(0))
    raise TypeError(f"{function}() with a filter that depends on the solver")


@lifted
def _abs(value: Any) -> Any:
    if is_number(value):
        return abs(Fraction(value))
    if isinstance(value, Affine):
        # The exact search's time: one sign on the interval, or a cut where it changes.
        return value if decide(">=", value) else neg(value)
    x = to_real(value)
    return if_then_else(x >= 0, x, -x)


class Percent(Fraction):
    """A number shown as a percentage in messages."""


class Moment(Fraction):
    """An hour shown as a day and clock time in messages."""

    document: Document


def _pct(value: Any) -> Any:
    if is_number(value):
        return Percent(value)
    return value


def _when(document: Document, value: Any) -> Any:
    if is_number(value):
        moment = Moment(value)
        moment.document = document
        return moment
    return value


def _shown(key: tuple[type, int, int]) -> str:
    kind, numerator, denominator = key
    value = Fraction(numerator, denominator)
    if kind is Percent:
        return _percent(value)
    if kind is Moment:
        return _day_and_clock(value)
    return format_number(value)


_SHOWN = Memo(_shown)  # numbers, percentages and plan times, as shown


def show(value: Any) -> str:
    kind = type(value)
    if kind is Fraction or kind is Percent or kind is int or (kind is Moment and value.document.kind != "program" and not value.document.uses_dates):
        return _SHOWN[kind, value.numerator, value.denominator]  # type: ignore[no-any-return]  # a plan's time: from its hour alone
    return _show(value)


def _percent(value: Fraction) -> str:
    # Four places, so a 30.0039% rise is not shown as the 30% it breaks.
    return format_number(value * 100, places=4) + "%"


def _show(value: Any) -> str:
    if type(value) is str:  # a word of the message: before the number tests, whose ABC checks are slow
        return value
    if isinstance(value, Percent):
        return _percent(Fraction(value))
    if isinstance(value, Moment):
        return describe_time(value.document, Fraction(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if is_number(value):
        return format_number(value)
    if value is None:
        return "none"
    if isinstance(value, tuple):
        return ", ".join(show(v) for v in value)
    return str(value)


def describe_time(document: Document, hour: Fraction) -> str:
    if document.kind == "program":
        minutes = (document.clock_offset_min + hour * 60) % (24 * 60)
        return f"hour {format_number(hour)} ({_clock(minutes)})"
    if document.uses_dates:
        from datetime import timedelta

        moment = document.day0 + timedelta(hours=float(hour))
        return str(moment.strftime("%Y-%m-%d %H:%M"))
    return _day_and_clock(hour)


def _day_and_clock(hour: Fraction) -> str:
    day = hour // 24
    return f"day {day} {_clock((hour - day * 24) * 60)}"


def _clock(minutes: Fraction) -> str:
    whole = int(minutes)
    text = f"{whole // 60:02d}:{whole % 60:02d}"
    rest = minutes - whole
    if rest:
        text += f":{int(rest * 60):02d}"
    return text
