"""How many generated examples each differential test needs to find a defect seeded in one engine (run on demand).

    python benchmarks/differential_mutants.py [--seeds 1,2,3] [--only engines|independent|rules]
        [--mutants NAME,...] [--limit N | --limit engines=1000,independent=2000,rules=300] [--isolated]

Sizes the generated-example tests by what they find, as benchmarks/mutants.py
does for the rules' numbers. Here the rules stay as shipped and a defect is
seeded into ONE engine at a time: a monkeypatch, in force only inside a
context manager, of the Z3 path (the prover's pieces of a `for every`, the
symbolic timeline, the joint query) or of the concrete engine (its search's
cuts, its timeline primitives), each a slip at a boundary of the kind a
change could make (`<` for `<=`, an event at a window's edge on the wrong
side). Each generator is then drawn from each seed, and its examples checked
in order, as its test checks them, with the mutant in force:

- engines: tests/test_engines.py's `plans()`; a plan finds the mutant when
  `--engine z3` and `--engine concrete` give another verdict or error set
  (the test's `_check`; its explicit @example is not drawn);
- independent: tests/test_independent.py's `draw_documents(seed, n)`; a
  document finds it when its `compare` (the auto engine and Z3, on every
  document, against the independent reference) reports a disagreement;
- rules: tests/test_rule_differential.py's generated rule files
  (rulegen.rule_files()) with DOCUMENTS documents each (`document_data()`);
  a rule file finds it when the module's `compare` fails on one of its
  documents (any exception, as in the test). As in the test's shares, every
  other rule file has the solver ask each rule on its own (each_alone), the
  rest all rules first together.

The hypothesis strategies are drawn as their tests draw them: @given runs
(the generate phase only) of one test share's size each (250 plans, 50 rule
files), the first from the seed and each next from a seed of its own, so an
index does not depend on --limit.

Prints, per mutant, generator and seed, the 0-based index of the first
example that finds the mutant (as benchmarks/mutants.py does), or "-" when
none of the first N does, then a table with the median (the higher middle
one for an even number of seeds) and the worst over the seeds. An example
that fails without the mutant too is passed over and listed (a bug of its
own, not a find). Z3 replays its counterexamples through the concrete engine
(engines/z3/decide.replay), so a concrete mutant may surface as an internal
error of the Z3 run, as it would in the tests; --isolated has that replay
run the shipped concrete engine, so that a concrete mutant is found only
where the concrete engine's own answers part from the solver's.

A mutant no generator finds is a gap in the generators to close; the worst
index over the seeds says how many examples a test must draw to be likely to
find a defect of its kind. The mutants mirror the engines' source; one whose
source no longer reads as it expects stops the run ("update the mutant"), as
benchmarks/mutants.py does for a rule's text.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import statistics
import sys
import time
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import test_engines as engines_test
import test_independent as independent_test
import test_rule_differential as rules_test
import z3
from conftest import DUMPER
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from rulegen import rule_files

from itbverify.base.exact import Fraction
from itbverify.engines import concrete
from itbverify.engines.z3 import decide
from itbverify.engines.z3.limits import set_limits
from itbverify.semantics import evaluate, search, timeline
from itbverify.semantics.values import (
    Bounded,
    add,
    compare,
    conjunction,
    disjunction,
    if_then_else,
    is_term,
    to_bool,
    to_real,
)

GENERATORS = ("engines", "independent", "rules")
LIMITS = {"engines": 1000, "independent": 2000, "rules": 300}
WHAT = {"engines": "plans (test_engines)", "independent": "documents (test_independent)", "rules": "rule files (test_rule_differential)"}


# ---- seeding a defect ----------------------------------------------------------------------------


@contextlib.contextmanager
def patched(owner: Any, name: str, value: Any) -> Iterator[None]:
    """OWNER.NAME set to VALUE inside the block, restored after it."""
    saved = getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, saved)


def expect(function: Callable[..., Any], *texts: str) -> None:
    """The engine's source still reads as the mutant mirrors it."""
    source = inspect.getsource(function)
    for text in texts:
        if text not in source:
            raise SystemExit(f"{function.__module__}.{function.__qualname__} no longer reads {text!r}: update the mutant")


def _pieced_with(low: str, high: str) -> Callable[..., Iterator[evaluate.Obligation]]:
    """Evaluator._pieced (evaluate.py) with a piece's bounds written LOW and HIGH (the engine's are <= and <=)."""

    def pieced(self: evaluate.Evaluator, check: Any, index: int, env: dict[str, Any], guards: list[Any], continuous: list[Any],
               chosen: dict[str, Any], name: str, variable: Any, pieces: list[tuple[Fraction, Fraction]],
               value: Callable[[Bounded], Any]) -> Iterator[evaluate.Obligation]:
        found: dict[tuple[tuple[str, int], ...], list[evaluate.Obligation]] = {}
        for lo, hi in pieces:
            at = Bounded(variable, Fraction(0), lo, hi)
            bounds = [compare(low, to_real(lo), variable), compare(high, variable, to_real(hi))]
            inner = {**env, name: value(at)}
            for obligation in self._expand(check, index + 1, inner, guards + bounds, continuous, chosen):
                key = tuple((k, id(v)) for k, v in obligation.chosen.items())
                found.setdefault(key, []).append(obligation)
        for parts in found.values():
            first = parts[0]
            products = [p for part in parts for p in part.products]
            violation = disjunction([part.violation for part in parts])
            yield evaluate.Obligation(first.check, first.chosen, first.scope, first.continuous, violation, products)

    return pieced


@contextlib.contextmanager
def z3_pieces_open() -> Iterator[None]:
    """Evaluator._pieced's pieces open at both ends: a window or instant exactly at a cut (an event time,
    shifted by the window's length or not) is in no piece, so the prover never considers it."""
    expect(evaluate.Evaluator._pieced, 'compare("<=", to_real(lo), variable), compare("<=", variable, to_real(hi))')
    with patched(evaluate.Evaluator, "_pieced", _pieced_with("<", "<")):
        yield


@contextlib.contextmanager
def z3_piece_open_end() -> Iterator[None]:
    """Evaluator._pieced's pieces open at their end only: the pieces still meet, but the domain's last
    point (the window that ends at its run's end, the instant at the run's end) is in none."""
    expect(evaluate.Evaluator._pieced, 'compare("<=", to_real(lo), variable), compare("<=", variable, to_real(hi))')
    with patched(evaluate.Evaluator, "_pieced", _pieced_with("<=", "<")):
        yield


@contextlib.contextmanager
def z3_bolus_at_window_start() -> Iterator[None]:
    """The symbolic timeline's delivered (timeline._events_in) leaves out a bolus given exactly at the
    start of [a, b) when a is the prover's time (a solver term or a time on a piece): `a < at` for `a <= at`.
    An exact a (the replay, the concrete evaluator) is counted as shipped."""
    original = timeline._events_in
    expect(original, 'compare("<=", a, bolus.at_h), compare("<", bolus.at_h, b), bolus.active',
           "boluses[bisect.bisect_left(times, span_a[0]):bisect.bisect_left(times, span_b[1])]")

    def events_in(document: Any, a: Any, b: Any, amount: str) -> Any:
        if not (isinstance(a, Bounded) or is_term(a)):
            return original(document, a, b, amount)
        total: Any = Fraction(0)
        boluses: Any = document.boluses
        times = timeline._sorted_times(document, "boluses", boluses)
        span_a, span_b = timeline._span(a), timeline._span(b)
        if times is not None and span_a is not None and span_b is not None:
            boluses = boluses[bisect_left(times, span_a[0]):bisect_left(times, span_b[1])]
        for bolus in boluses:
            value = getattr(bolus, amount)
            if amount == "draws_ml" and bolus.via != "pump":
                continue
            inside = conjunction([compare("<", a, bolus.at_h), compare("<", bolus.at_h, b), bolus.active])
            if inside is False:
                continue
            total = add(total, value if inside is True else if_then_else(to_bool(inside), value, Fraction(0)))
        return total

    with patched(timeline, "_events_in", events_in):
        yield


@contextlib.contextmanager
def z3_joint_first_model() -> Iterator[None]:
    """decide._proved_together takes the rules the joint query's first model does not break as proved,
    instead of asking them together again."""
    expect(decide._proved_together, "broken |= shown", "open_ = [i for i in open_ if i not in shown]")

    def proved_together(posed: list[Any], timeout_s: float) -> tuple[set[int], set[int]]:
        asked = {i: p.violations for i, p in enumerate(posed) if p is not None and p.violations}
        open_ = list(asked)
        if not open_:
            return set(), set()
        solver = z3.Solver()
        set_limits(solver, timeout_s * decide.JOINT_SHARE)
        solver.add(z3.Or(*[z3.Or(*asked[i]) for i in open_]))
        try:
            answer = solver.check()
        except z3.Z3Exception:
            answer = z3.unknown
        if answer == z3.unsat:
            return set(open_), set()
        if answer != z3.sat:
            return set(), set()
        model = solver.model()
        shown = {i for i in open_ if any(z3.is_true(model.eval(v, model_completion=True)) for v in asked[i])}
        if not shown:
            return set(), set()
        return set(open_) - shown, shown  # the defect: the rest are not asked again

    with patched(decide, "_proved_together", proved_together):
        yield


@contextlib.contextmanager
def concrete_cuts_without_hi() -> Iterator[None]:
    """The concrete engine's search (concrete._search) cuts its domain without its high end: the last
    window or instant is not probed, nor the interval from the last event to it. The evaluator's own
    search (search.cuts through its module) is left as shipped."""
    original = search.cuts
    expect(original, "found = {lo, hi}")
    if concrete.cuts is not original:
        raise SystemExit("itbverify.engines.concrete no longer cuts with search.cuts: update the mutant")

    def cuts(event_keys: Any, lo: Any, hi: Any, shifts: Any) -> list[Any]:
        return [k for k in original(event_keys, lo, hi, shifts) if k != hi or k == lo]

    with patched(concrete, "cuts", cuts):
        yield


def _primitives_with(change: Callable[[concrete.Timeline, dict[str, Callable[..., Any]]], None]) -> contextlib.AbstractContextManager[None]:
    """The concrete engine's timeline primitives (concrete._primitives) as shipped, then CHANGE to them."""
    original = concrete._primitives

    def primitives(T: concrete.Timeline, jumped: list[bool]) -> dict[str, Callable[..., Any]]:
        made: dict[str, Callable[..., Any]] = original(T, jumped)
        change(T, made)
        return made

    return patched(concrete, "_primitives", primitives)


@contextlib.contextmanager
def concrete_bolus_at_window_end() -> Iterator[None]:
    """The concrete engine's delivered(x, y) also counts a bolus given exactly at y: the boluses of
    [x, y] (bisect_right) for those of [x, y)."""
    expect(concrete._primitives, "i, j = bisect_left(bolus_keys, x), bisect_left(bolus_keys, y)")

    def change(T: concrete.Timeline, made: dict[str, Callable[..., Any]]) -> None:
        shipped = made["delivered"]
        keys, sums = T.bolus_keys, T.bolus_ug

        def delivered(x: Any, y: Any) -> Any:
            value = shipped(x, y)
            if keys and x < y:
                i, j = bisect_left(keys, y), bisect_right(keys, y)
                if j > i:
                    value += T.factor * Fraction(sums[j] - sums[i], T.ug.denominator)
            return value

        made["delivered"] = delivered

    with _primitives_with(change):
        yield


@contextlib.contextmanager
def concrete_reservoir_after_fill() -> Iterator[None]:
    """The concrete engine's reservoir_ml(x) at the instant of a fill reads the fill's volume, as after
    it: the last fill at or before x (bisect_right) for the last one strictly before it."""
    expect(concrete._primitives, "i = bisect_left(fill_keys, x) - 1  # the last fill strictly before x")

    def change(T: concrete.Timeline, made: dict[str, Callable[..., Any]]) -> None:
        shipped = made["reservoir_ml"]
        keys, volumes = T.fill_keys, T.fill_volume

        def reservoir_ml(x: Any) -> Any:
            value = shipped(x)  # for the jumps it notes
            j = bisect_right(keys, x) - 1
            if j >= 0 and keys[j] == x:
                return Fraction(volumes[j], T.ml.denominator)
            return value

        made["reservoir_ml"] = reservoir_ml

    with _primitives_with(change):
        yield


SHIPPED_CUTS, SHIPPED_PRIMITIVES = concrete.cuts, concrete._primitives


@contextlib.contextmanager
def shipped_replay() -> Iterator[None]:
    """Z3's replay of its counterexamples through the concrete engine (decide._lowered_replay) runs the
    shipped concrete engine, whatever mutant is in force (--isolated)."""
    original = decide._lowered_replay

    def lowered_replay(lowered: Any, document: Any, fixed: dict[str, Any]) -> Any:
        with patched(concrete, "cuts", SHIPPED_CUTS), patched(concrete, "_primitives", SHIPPED_PRIMITIVES):
            return original(lowered, document, fixed)

    with patched(decide, "_lowered_replay", lowered_replay):
        yield


@dataclass(frozen=True)
class Mutant:
    name: str
    engine: str  # the engine it is seeded in
    seeded: Callable[[], contextlib.AbstractContextManager[None]]


MUTANTS = [
    Mutant("z3-pieces-open", "z3", z3_pieces_open),
    Mutant("z3-piece-open-end", "z3", z3_piece_open_end),
    Mutant("z3-bolus-at-window-start", "z3", z3_bolus_at_window_start),
    Mutant("z3-joint-first-model", "z3", z3_joint_first_model),
    Mutant("concrete-cuts-without-hi", "concrete", concrete_cuts_without_hi),
    Mutant("concrete-bolus-at-window-end", "concrete", concrete_bolus_at_window_end),
    Mutant("concrete-reservoir-after-fill", "concrete", concrete_reservoir_after_fill),
]


# ---- the generators, drawn as their tests draw them, and their tests' checks ---------------------------


def _hypothesis_draws(strategy: st.SearchStrategy[Any], seed_value: int, count: int, share: int) -> list[Any]:
    """COUNT examples of STRATEGY as the test's shares draw them: @given runs of SHARE examples each (the
    test's max_examples), the generate phase only, the first from SEED_VALUE and each next from a seed of
    its own. Hypothesis draws a run's examples by its max_examples, so a run of another size would draw
    other examples, and the indexes would depend on the limit."""
    drawn: list[Any] = []
    for part in range(-(-count // share)):

        @seed(seed_value * 1_000_003 + part)
        @settings(max_examples=share, database=None, phases=[Phase.generate], deadline=None,
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def collect(example: Any) -> None:
            drawn.append(example)

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            collect()
    return drawn[:count]


def share_of(generator: str) -> int:
    """The examples one share (one @given run, one part) of a hypothesis generator's test draws."""
    if generator == "engines":
        return int(-(-engines_test.EXAMPLES // engines_test.PARTS))
    return int(-(-rules_test.RULES // rules_test.PARTS))


def draw(generator: str, seed_value: int, count: int) -> list[Any]:
    if generator == "engines":
        return _hypothesis_draws(engines_test.plans(), seed_value, count, share_of(generator))
    if generator == "independent":
        return list(independent_test.draw_documents(seed_value, count))
    documents = st.lists(rules_test.document_data(), min_size=rules_test.DOCUMENTS, max_size=rules_test.DOCUMENTS)
    return _hypothesis_draws(st.tuples(rule_files(), documents), seed_value, count, share_of(generator))


def fails(generator: str, index: int, example: Any) -> bool:
    """Does the generator's test fail on this example?"""
    try:
        if generator == "engines":
            text = yaml.dump(example, Dumper=DUMPER, sort_keys=False)
            z3_result = engines_test._check(text, "z3")
            concrete_result = engines_test._check(text, "concrete")
            return (concrete_result.verdict, engines_test._errors(concrete_result)) != (z3_result.verdict, engines_test._errors(z3_result))
        if generator == "independent":
            return bool(independent_test.compare(example))
        text, docs = example
        ruleset = rules_test.load_rules(text)
        for doc in docs:
            document = rules_test.load(doc)
            if document is not None:
                rules_test.compare(text, ruleset, document, each_alone=index % 2 == 1)
        return False
    except Exception:  # noqa: BLE001 - a crash fails the test as a disagreement does
        return True


@dataclass
class Found:
    index: int | None  # the first example that finds the mutant; None: none of those drawn
    drawn: int
    passed_over: int  # examples that fail without the mutant too
    seconds: float


class Scan:
    """Each generator's examples from each seed, drawn once, and which fail with no mutant (found lazily)."""

    def __init__(self, limits: dict[str, int], isolated: bool = False) -> None:
        self.limits = limits
        self.isolated = isolated
        self.examples: dict[tuple[str, int], list[Any]] = {}
        self.shipped_fails: dict[tuple[str, int, int], bool] = {}

    def examples_of(self, generator: str, seed_value: int) -> list[Any]:
        key = (generator, seed_value)
        if key not in self.examples:
            self.examples[key] = draw(generator, seed_value, self.limits[generator])
        return self.examples[key]

    def first(self, mutant: Mutant, generator: str, seed_value: int) -> Found:
        examples = self.examples_of(generator, seed_value)
        started = time.perf_counter()
        passed_over = 0
        for index, example in enumerate(examples):
            with mutant.seeded(), shipped_replay() if self.isolated and mutant.engine == "concrete" else contextlib.nullcontext():
                found = fails(generator, index, example)
            if not found:
                continue
            key = (generator, seed_value, index)
            if key not in self.shipped_fails:
                self.shipped_fails[key] = fails(generator, index, example)
            if self.shipped_fails[key]:
                passed_over += 1
                continue
            return Found(index, len(examples), passed_over, time.perf_counter() - started)
        return Found(None, len(examples), passed_over, time.perf_counter() - started)


# ---- the table -------------------------------------------------------------------------------------


def _shown(index: int | None) -> str:
    return "-" if index is None else str(index)


def _summary(found: list[Found]) -> tuple[str, str]:
    """The median and the worst index over the seeds; a seed that did not find it counts as past every index."""
    keys = [f.index if f.index is not None else float("inf") for f in found]
    median = statistics.median_high(keys)
    worst = max(keys)
    limit = max(f.drawn for f in found)
    return (f">{limit - 1}" if median == float("inf") else str(median)), (f">{limit - 1}" if worst == float("inf") else str(worst))


def _limits(text: str | None, chosen: list[str]) -> dict[str, int]:
    limits = dict(LIMITS)
    if text:
        for part in text.split(","):
            if "=" in part:
                name, value = part.split("=", 1)
                if name not in GENERATORS:
                    raise SystemExit(f"--limit: no generator {name!r} (one of {', '.join(GENERATORS)})")
                limits[name] = int(value)
            else:
                limits.update({name: int(part) for name in chosen})
    return limits


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--only", choices=GENERATORS, help="one generator (default: all three)")
    parser.add_argument("--mutants", help="comma-separated names (default: all): " + ", ".join(m.name for m in MUTANTS))
    parser.add_argument("--limit", help="examples per seed: N for every generator, or engines=N,independent=N,rules=N "
                        f"(default {', '.join(f'{k}={v}' for k, v in LIMITS.items())})")
    parser.add_argument("--isolated", action="store_true",
                        help="Z3 replays its counterexamples through the shipped concrete engine, not the mutant")
    args = parser.parse_args()
    seeds = [int(x) for x in args.seeds.split(",")]
    generators = [args.only] if args.only else list(GENERATORS)
    names = args.mutants.split(",") if args.mutants else [m.name for m in MUTANTS]
    unknown = [n for n in names if n not in {m.name for m in MUTANTS}]
    if unknown:
        raise SystemExit(f"no mutant {', '.join(unknown)}; the mutants: {', '.join(m.name for m in MUTANTS)}")
    mutants = [m for m in MUTANTS if m.name in names]
    limits = _limits(args.limit, generators)
    scan = Scan(limits, args.isolated)
    print(f"seeds {seeds}; at most {', '.join(f'{limits[g]} {WHAT[g]}' for g in generators)} per seed; "
          "the 0-based index of the first example that finds each mutant ('-': none)"
          + ("; Z3 replays through the shipped concrete engine" if args.isolated else ""), flush=True)
    rows: list[tuple[Mutant, str, list[Found]]] = []
    started = time.perf_counter()
    for generator in generators:
        for mutant in mutants:
            found = []
            for seed_value in seeds:
                result = scan.first(mutant, generator, seed_value)
                found.append(result)
                note = f", {result.passed_over} failing without it passed over" if result.passed_over else ""
                print(f"  {generator} {mutant.name} seed {seed_value}: {_shown(result.index)} of {result.drawn} "
                      f"({result.seconds:.0f} s{note})", flush=True)
            rows.append((mutant, generator, found))
    elapsed = time.perf_counter() - started
    seed_heads = [f"seed {x}" for x in seeds]
    head = ["mutant", "engine", "generator", *seed_heads, "median", "worst"]
    table = [head]
    for mutant, generator, found in rows:
        median, worst = _summary(found)
        table.append([mutant.name, mutant.engine, generator, *(_shown(f.index) for f in found), median, worst])
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    print()
    for row in table:
        print("  ".join(cell.ljust(width) if i < 3 else cell.rjust(width) for i, (cell, width) in enumerate(zip(row, widths))).rstrip())
    missed = [(m.name, g) for m, g, found in rows if all(f.index is None for f in found)]
    print(f"\n{len(rows)} mutant-generator pairs in {elapsed:.0f} s; found by no seed: "
          + (", ".join(f"{m} ({g})" for m, g in missed) if missed else "none"))
    shipped = sorted(k for k, v in scan.shipped_fails.items() if v)
    if shipped:
        print("examples that fail without any mutant (generator, seed, index): " + ", ".join(map(str, shipped)))


if __name__ == "__main__":
    main()
