"""The language's built-in functions and aggregates: one table, which every engine and the type checker read.

Each row gives a function's signature in the notation of docs/rule-language.md
(section "Types"), and the facts about it that the engines need as plain data:
how many arguments it takes, whether it reads the document's delivery
timeline, where a timeline primitive's value jumps and which side of the jump
it holds, and how it moves between jumps as the times it is read at grow.
The implementations stay in the engines (semantics/evaluate.py and
semantics/timeline.py for the evaluator and Z3, semantics/lower.py and
engines/concrete.py for the concrete engine), each keyed by these names; a
test holds every engine to every row, and the doc's list of signatures to the
table.

Signature notation: `number` (a plain number), `time` (hours), `Q` (a number
of any unit, the same Q throughout one signature), `T` (any type, the same T
throughout), `collection of T`, `step or none`, `truth`.
"""

from __future__ import annotations

from dataclasses import dataclass

AFTER = "after"  # at a jump, the value is its limit from the left: it jumps just after the time
BEFORE = "before"  # at a jump, the value is its limit from the right: it jumps just before the time


@dataclass(frozen=True)
class Primitive:
    name: str
    params: tuple[str, ...]  # the arguments' types; with `variadic`, the last repeats
    result: str
    summary: str
    variadic: bool = False  # the last parameter repeats: len(params) or more arguments
    timeline: bool = False  # reads the delivery timeline at its arguments, which are times
    # Where a timeline primitive's value jumps (the document's events, by name: boluses, pump boluses,
    # fills, steps, start of the timeline), and which side of a jump it holds there.
    jumps_at: tuple[str, ...] = ()
    holds: str | None = None
    # Between jumps, how a number-valued timeline primitive moves as each argument grows: 1 never falls,
    # -1 never rises. A value whose moving arguments disagree has no known direction.
    directions: tuple[int, ...] = ()
    # Where the infusion rate repeats every 24 hours, so does the value, while every time it reads moves with t.
    repeats_daily: bool = False

    @property
    def arity(self) -> int:
        """The number of arguments, or the fewest for a variadic function."""
        return len(self.params)

    def takes(self, count: int) -> bool:
        return count >= self.arity if self.variadic else count == self.arity

    def signature(self) -> str:
        params = ", ".join(self.params) + (", ..." if self.variadic else "")
        return f"{self.name}({params}) -> {self.result}"


@dataclass(frozen=True)
class AggregateForm:
    """`NAME(BODY for x in C [where F])`: the body's type and the result's."""

    name: str
    body: str
    result: str
    empty: str  # its value over an empty collection (after the filter), or "error"

    def signature(self) -> str:
        return f"{self.name}({self.body} for x in collection of T [where truth]) -> {self.result}"


_ROWS = (
    Primitive("count", ("collection of T",), "number", "the number of items"),
    Primitive("first", ("collection of T",), "T", "the first item; an error on an empty collection"),
    Primitive("last", ("collection of T",), "T", "the last item; an error on an empty collection"),
    Primitive("abs", ("Q",), "Q", "the absolute value"),
    Primitive("min", ("Q", "Q"), "Q", "the least of two or more numbers", variadic=True),
    Primitive("max", ("Q", "Q"), "Q", "the greatest of two or more numbers", variadic=True),
    Primitive("pct", ("number",), "number", "the number, shown in a message as a percentage"),
    Primitive("when", ("time",), "time", "the time, shown in a message as a day and clock time"),
    Primitive("delivered", ("time", "time"), "number", "micrograms delivered in [a, b), boluses included",
              timeline=True, jumps_at=("boluses",), holds=AFTER, directions=(-1, 1), repeats_daily=True),
    Primitive("step_at", ("time",), "step or none", "the step in force at t",
              timeline=True, jumps_at=("steps",), holds=BEFORE, repeats_daily=True),
    Primitive("step_before", ("time",), "step or none", "the step in force just before t",
              timeline=True, jumps_at=("steps",), holds=AFTER, repeats_daily=True),
    Primitive("reservoir_ml", ("time",), "number", "mL in the reservoir at t, before a refill at t",
              timeline=True, jumps_at=("fills", "pump boluses", "start"), holds=AFTER, directions=(-1,)),
)

PRIMITIVES: dict[str, Primitive] = {p.name: p for p in _ROWS}
TIMELINE: dict[str, Primitive] = {p.name: p for p in _ROWS if p.timeline}

AGGREGATES: dict[str, AggregateForm] = {
    a.name: a
    for a in (
        AggregateForm("any", "truth", "truth", "false"),
        AggregateForm("all", "truth", "truth", "true"),
        AggregateForm("sum", "Q", "Q", "0"),
        AggregateForm("min", "Q", "Q", "error"),
        AggregateForm("max", "Q", "Q", "error"),
    )
}


def direction(name: str, moves: list[bool]) -> int | None:
    """How a timeline primitive moves between its jumps as t grows, MOVES saying which of its arguments
    move with t: the one direction its moving arguments agree on, or None."""
    signs = {d for d, moving in zip(PRIMITIVES[name].directions, moves) if moving}
    return signs.pop() if len(signs) == 1 else None
