"""The concrete engine (the rules lowered to Python) against the evaluator, the rules' reference meaning.

Both read the same syntax tree. On generated plans, concentrated at every
boundary the rules have, they must report the same findings: the same
messages, locations, times and counterexamples for every check quantified
over elements, and for `for every window|instant` the same requirements and
instances, each engine's broken time breaking the check in the other. Below
that, the window search is held to exact answers on rules made to break only
on a tiny interval or to touch their limit, and every failure of the lowered
form is shown to end in the evaluator's answer.
"""

from __future__ import annotations

import re
import tempfile
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DUMPER, base_plan
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_engines import plans

from itbverify.base.exact import Fraction
from itbverify.documents.build import load_document
from itbverify.documents.read import compose
from itbverify.engines import concrete
from itbverify.engines.concrete import DocumentView, is_concrete, lowered_rules
from itbverify.engines.solve import _evaluated_findings, decide_rule_concrete, verify
from itbverify.language import syntax as s
from itbverify.language.primitives import TIMELINE
from itbverify.language.ruleset import default_ruleset, load_rule_files
from itbverify.language.syntax import RuleSyntaxError
from itbverify.semantics import timeline
from itbverify.semantics.evaluate import Evaluator

RULES = default_ruleset()
EXAMPLES = 400


def _document(plan: dict[str, Any]) -> Any:
    node, problems = compose(yaml.dump(plan, Dumper=DUMPER, sort_keys=False), "generated.yaml")
    assert not problems
    return load_document(node, "generated.yaml")


def _continuous(check: s.Check) -> bool:
    return any(isinstance(step, (s.ForWindow, s.ForInstant)) for step in check.steps)


def test_every_rule_is_lowered() -> None:
    compiled = lowered_rules(RULES)
    assert [r.rule.id for r in compiled.rules] == [r.id for r in RULES.rules]
    refused = {r.rule.id: r.refused for r in compiled.rules if r.refused or any(c is None for _, c in r.checks)}
    assert refused == {}
    assert all((r.when is None) == (r.rule.when is None) for r in compiled.rules)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(plan=plans())
def test_lowered_rules_agree_with_the_evaluator(plan: dict[str, Any]) -> None:
    document = _document(plan)
    assert is_concrete(document)
    compiled = lowered_rules(RULES)
    view = DocumentView(document)
    evaluator = Evaluator(document, RULES.definitions, symbolic=False)
    lowered_result = verify(document, RULES, engine="concrete")
    by_rule: dict[str, list[dict[str, Any]]] = {}
    for finding in lowered_result.findings:
        by_rule.setdefault(str(finding.requirement), []).append(finding.to_json())
    for compiled_rule in compiled.rules:
        rule = compiled_rule.rule
        expected = [f.to_json() for f in decide_rule_concrete(rule, document, evaluator).findings]
        got = by_rule.get(rule.id, [])
        if not any(_continuous(c) for c in rule.checks):
            assert got == expected, rule.id
            continue
        assert len(got) == len(expected), rule.id
        for check, lowered in compiled_rule.checks:
            assert lowered is not None
            if lowered.continuous is None:
                # A check with no `for every` beside continuous ones (ITB-PUMP-4 at the document's end):
                # the concrete engine gives each of its findings as the evaluator does.
                for finding in _evaluated_findings(rule, check, document, evaluator):
                    assert finding.to_json() in got, rule.id
                continue
            name, _ = lowered.continuous
            # Each engine's broken time breaks the check in the other.
            for scope in lowered.broken(view):
                pins = {k: scope[k] for k in lowered.quantified}
                pins[name] = scope[name].start if lowered.continuous[1] == "window" else scope[name]
                assert any(o.violation is True for o in evaluator.obligations(check, pins)), (rule.id, pins)
            for obligation in evaluator.obligations(check):
                if obligation.violation is not True:
                    continue
                pinned = dict(obligation.chosen)
                pinned[name] = obligation.continuous[0].variable
                assert lowered.replay(view, pinned), (rule.id, pinned)


def _ruleset(tmp_path: Path, rule_id: str, title: str, check: str) -> Any:
    """A rule set of one error rule on plans, whose one check is `check` (its lines, indented)."""
    path = tmp_path / "probe.rules"
    meta = "  severity error\n  basis interpretation\n  label lines 1\n  applies to plan\n"
    path.write_text(f'rule {rule_id} "{title}"\n{meta}  check\n{check}end\n', encoding="utf-8")
    return load_rule_files([path])


def _steady(daily: int, days: int = 4) -> dict[str, Any]:
    return base_plan(
        infusion=[{"day": 3, "time": "10:00", "phase": "maintenance", "mode": "continuous", "daily_dose_ug": daily, "concentration_ug_ml": 500}],
        end={"day": 3 + days, "time": "10:00"},
    )


def _two_steps(first: int, second: int) -> dict[str, Any]:
    """FIRST ug/day from day 3 10:00, SECOND from day 4 10:00, to day 6."""
    return base_plan(
        infusion=[
            {"day": 3, "time": "10:00", "phase": "titration", "mode": "continuous", "daily_dose_ug": first, "concentration_ug_ml": 500},
            {"day": 4, "time": "10:00", "daily_dose_ug": second},
        ],
        end={"day": 6},
    )


PROBE = """\
    for each r in runs:
    for every instant t in (r.start, r.end]:
    let so_far = delivered(r.start, t)
    forbid {low} < so_far < {high}
    message "{{so_far}} ug by {{when(t)}}"
"""


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(plan=plans(), data=st.data())
def test_the_concrete_timeline_is_the_timelines(plan: dict[str, Any], data: st.DataObject) -> None:
    """The concrete engine's prepared timeline gives every primitive the value timeline.py defines, to the
    last digit, at every event time, between events and elsewhere; it says a read jumps only at a time
    where the table (through timeline.jump_times) says that primitive jumps."""
    document = _document(plan)
    view = DocumentView(document)
    events = sorted(set(timeline.event_times(document)))
    between = [(a + b) / 2 for a, b in pairwise(events)]
    elsewhere = data.draw(st.lists(st.fractions(min_value=-48, max_value=24 * 40, max_denominator=360), max_size=6))
    times = sorted({*events, *between, *elsewhere, events[0] - 1, events[-1] + 1})
    pairs = data.draw(st.lists(st.tuples(st.sampled_from(times), st.sampled_from(times)), min_size=1, max_size=40))
    jumps = {name: set(timeline.jump_times(document, name)) for name in TIMELINE}
    assert all(at <= set(events) for at in jumps.values())  # a primitive jumps only at an event time, a cut

    def read(name: str, *at: Fraction) -> Any:
        view.jumped[0] = view.jumped[1] = False
        value = getattr(view, name)(*at)
        if view.jumped[0] or view.jumped[1]:
            assert jumps[name] & set(at), (name, at)
        return value

    for t in times:
        assert read("reservoir_ml", t) == timeline.reservoir_ml(document, t), t
        assert read("step_at", t) is timeline.step_at(document, t), t
        assert read("step_before", t) is timeline.step_before(document, t), t
    for a, b in pairs:
        assert read("delivered", a, b) == timeline.delivered(document, a, b), (a, b)


@pytest.mark.parametrize(
    ("low", "high", "broken"),
    [
        ("10", "10.000001", True),  # breaks only on an open interval a millionth of a microgram wide, between two events
        ("10", "10", False),  # an empty interval
        ("-1", "0", False),  # below everything delivered after the start
        ("24", "25", False),  # 24 ug a day: 24 is reached only at the end, and nothing lies above it
        ("23.999999", "24", True),  # just before the end
    ],
)
def test_search_finds_a_breaking_instant_however_narrow(tmp_path: Path, low: str, high: str, broken: bool) -> None:
    rules = _ruleset(tmp_path, "TEST-PROBE-1", "probe", PROBE.format(low=low, high=high))
    document = _document(_steady(24, days=1))
    result = verify(document, rules, engine="concrete")
    reference = decide_rule_concrete(rules.rules[0], document, Evaluator(document, rules.definitions, symbolic=False))
    assert (result.verdict == "unsafe") is broken
    assert bool(reference.findings) is broken
    if broken:
        t = result.findings[0].at_h
        delivered = t - Fraction(3 * 24 + 10)  # 1 ug an hour from day 3 10:00
        assert Fraction(low) < delivered < Fraction(high)


TOUCH = """\
    for each r in runs:
    for every window w of 24 h within r:
    require delivered(w.start, w.end) <= {limit}
    message "{{delivered(w.start, w.end)}} ug from {{when(w.start)}}"
"""


@pytest.mark.parametrize(("limit", "broken"), [("180", False), ("179.99", True)])
def test_search_at_the_exact_limit(tmp_path: Path, limit: str, broken: bool) -> None:
    """150 then 180 ug/day: the window wholly at 180 touches a 180 limit (allowed) and breaks 179.99."""
    rules = _ruleset(tmp_path, "TEST-TOUCH-1", "a window's delivery", TOUCH.format(limit=limit))
    result = verify(_document(_two_steps(150, 180)), rules, engine="concrete")
    assert (result.verdict == "unsafe") is broken
    if broken:
        assert result.findings[0].message.startswith("180 ug from day 4 10:00")


TOUCHING_ENDS = """\
    for each r in runs:
    for every instant t in (r.start, r.end]:
    let so_far = delivered(r.start, t)
    let none_yet = so_far <= 0
    let all_of_it = so_far >= 24
    require none_yet or all_of_it
    message "{so_far} ug by {when(t)}"
"""


def test_search_probes_between_two_comparisons_each_at_its_limit_at_one_end(tmp_path: Path) -> None:
    """24 ug over the run, 1 an hour: at its start nothing is delivered yet (none_yet holds, its margin at 0),
    at its end all of it is (all_of_it holds, its margin at 0). Each comparison holds at one end and fails at
    the other, so the check holds at both ends and fails everywhere between: a margin at 0 is on the side of
    its comparison's outcome, not a sign that fits either side."""
    rules = _ruleset(tmp_path, "TEST-ENDS-1", "nothing or everything", TOUCHING_ENDS)
    document = _document(_steady(24, days=1))
    result = verify(document, rules, engine="concrete")
    reference = decide_rule_concrete(rules.rules[0], document, Evaluator(document, rules.definitions, symbolic=False))
    assert result.verdict == "unsafe"
    assert reference.findings
    assert 0 < result.findings[0].at_h - Fraction(3 * 24 + 10) < 24


BETWEEN_STEPS = """\
    for each r in runs:
    for every instant t in (r.start, r.start + 24 h]:
    require step_before(t) = none or step_at(t).at_h != step_before(t).at_h
    message "one step in force at {when(t)}"
"""


def test_search_probes_where_a_primitive_it_read_jumps(tmp_path: Path) -> None:
    """At a step's time step_at and step_before differ; just after it they agree. The only cut inside
    is a step's time, where nothing breaks, and nothing is traced: only the jump it read says to probe."""
    rules = _ruleset(tmp_path, "TEST-JUMP-1", "between steps", BETWEEN_STEPS)
    result = verify(_document(_two_steps(150, 160)), rules, engine="concrete")
    assert result.verdict == "unsafe"
    assert Fraction(3 * 24 + 10) < result.findings[0].at_h < Fraction(4 * 24 + 10)


def test_a_check_the_lowering_refuses_is_decided_by_the_evaluator(tmp_path: Path) -> None:
    rules = _ruleset(tmp_path, "TEST-SQUARE-1", "a product of two deliveries", """\
    for each r in runs:
    for every window w of 24 h within r:
    require delivered(w.start, w.end) * delivered(w.start, w.end) <= 40000
    message "window from {when(w.start)}"
""")
    compiled = lowered_rules(rules)
    assert compiled.rules[0].checks[0][1] is None and "product" in compiled.rules[0].refused[0]
    assert verify(_document(_steady(200)), rules, engine="concrete").verdict == "safe"
    assert verify(_document(_steady(201)), rules, engine="concrete").verdict == "unsafe"


def test_a_lowered_rule_that_fails_ends_in_the_evaluators_error(tmp_path: Path) -> None:
    rules = _ruleset(tmp_path, "TEST-FIRST-1", "the first bolus", """\
    require first(boluses).dose_ug > 0
    message "no"
""")
    document = _document(_steady(150))
    lowered = verify(document, rules, engine="concrete")
    reference = verify(document, rules, engine="z3")
    assert lowered.verdict == reference.verdict == "error"
    assert lowered.findings[0].message == reference.findings[0].message
    assert "first() of an empty collection" in lowered.findings[0].message


def test_pinned_replay_follows_the_evaluator(tmp_path: Path) -> None:
    """A replay pinned to a time outside the window's domain, or to another run, breaks nothing."""
    rules = _ruleset(tmp_path, "TEST-TOUCH-1", "a window's delivery", TOUCH.format(limit="150"))
    plan = base_plan(
        infusion=[
            {"day": 3, "time": "10:00", "phase": "titration", "mode": "continuous", "daily_dose_ug": 150, "concentration_ug_ml": 500},
            {"day": 4, "time": "10:00", "daily_dose_ug": 180},
        ],
        end={"day": 6},
    )
    document = _document(plan)
    compiled = lowered_rules(rules)
    view = DocumentView(document)
    lowered = compiled.rules[0].checks[0][1]
    assert lowered is not None
    run = view.runs[0]
    day4 = Fraction(4 * 24 + 10)
    assert lowered.replay(view, {"r": run, "w": day4})  # wholly at 180
    assert not lowered.replay(view, {"r": run, "w": Fraction(3 * 24 + 10)})  # wholly at 150: allowed
    assert not lowered.replay(view, {"r": run, "w": Fraction(6 * 24)})  # ends after the run
    assert not lowered.replay(view, {"r": object(), "w": day4})  # not one of the runs


def test_python_attributes_the_language_does_not_give_are_refused(tmp_path: Path) -> None:
    """`s.line` is Python's, not the language's: the rule set refuses it when it loads, where it is written
    (before, the evaluator found it only when the rule ran)."""
    with pytest.raises(RuleSyntaxError, match=r"probe\.rules:8:13: unknown attribute '\.line'"):
        _ruleset(tmp_path, "TEST-LINE-1", "a step's line", """\
    for each s in steps:
    require s.line > 0
    message "no"
""")


def test_solver_counterexamples_are_replayed_through_the_concrete_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    plan = base_plan()
    plan["infusion"][1]["daily_dose_ug"] = 203  # 150 -> 203: 35.3%, above the adult spinal 30%
    document = _document(plan)
    assert {f.requirement for f in verify(document, RULES, engine="z3").findings} >= {"ITB-TITR-1"}
    # A concrete engine that disagreed with the solver would stop the run, not pass silently.
    titr1 = next(r for r in lowered_rules(RULES).rules if r.rule.id == "ITB-TITR-1")
    lowered = titr1.checks[0][1]
    assert lowered is not None
    monkeypatch.setattr(lowered, "replay", lambda D, P: [])
    result = verify(_document(plan), RULES, engine="z3")
    assert result.verdict == "error"
    assert "does not replay as a violation in the concrete engine" in result.findings[0].message


def _without_passing_over(D: Any, body: Any, lo: Any, hi: Any, lo_open: bool, offsets: Any, jumps: Any = None,
                          periodic: Any = None) -> Any:
    """The search at every cut: no stretch between jumps passed over, no day of a repeating stretch taken for all."""
    return concrete._search(D, body, lo, hi, lo_open, offsets, None, None)


# Checks whose margins move one way and cross inside long stretches between jumps, on generated plans;
# the last breaks only between its ends, where one margin has fallen and the other not yet risen.
MONOTONE = [
    ("TEST-RISING-1", "delivered(r.start, t) < 1500"),
    ("TEST-FALLING-1", "reservoir_ml(t) > 19.5 or step_at(t).daily_dose_ug > 400"),
    ("TEST-BOTH-1", "reservoir_ml(t) > 19.6 or delivered(r.start, t) > 1200"),
]


def _monotone_rules() -> Any:
    meta = "  severity error\n  basis interpretation\n  label lines 1\n  applies to plan\n"
    text = "".join(f'rule {rule_id} "one way"\n{meta}  check\n    for each r in runs:\n'
                   f'    for every instant t in (r.start, r.end]:\n    require {condition}\n    message "at {{when(t)}}"\nend\n\n'
                   for rule_id, condition in MONOTONE)
    folder = Path(tempfile.mkdtemp())
    (folder / "monotone.rules").write_text(text, encoding="utf-8")
    return load_rule_files([folder / "monotone.rules"])


MONOTONE_RULES = _monotone_rules()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(plan=plans())
def test_passing_over_stretches_between_jumps_changes_no_answer(plan: dict[str, Any]) -> None:
    """A search that passes over the stretches its monotone body cannot break in, or the days after the
    first of a flex step its body repeats over, finds the very instances, at the very times, of the search
    that evaluates every cut."""
    _as_at_every_cut(_document(plan), [RULES, MONOTONE_RULES])


def _as_at_every_cut(document: Any, rule_sets: list[Any]) -> dict[str, list[dict[str, Any]]]:
    """Each continuous check's broken instances, which must be those of the search at every cut, by rule."""
    found: dict[str, list[dict[str, Any]]] = {}
    for compiled_rule in [r for rules in rule_sets for r in lowered_rules(rules).rules]:
        for check, lowered in compiled_rule.checks:
            if lowered is None or not _continuous(check):
                continue
            namespace = lowered.broken.__globals__
            searched = lowered.broken(DocumentView(document))
            namespace["_search"] = _without_passing_over
            try:
                every_cut = lowered.broken(DocumentView(document))
            finally:
                namespace["_search"] = concrete._search
            assert searched == every_cut, compiled_rule.rule.id
            found.setdefault(compiled_rule.rule.id, []).extend(searched)
    return found


@pytest.mark.parametrize(
    ("condition", "jumps"),
    [
        ("reservoir_ml(t) > pump.low_reservoir_alarm_ml", [("reservoir_ml", 0)]),
        ("2 * reservoir_ml(t) - 1 > delivered(r.start, t) / 1000", [("reservoir_ml", 0), ("delivered", 0)]),
        ("step_at(t).daily_dose_ug < 500 or reservoir_ml(t) > 3", [("step_at", 0), ("reservoir_ml", 0)]),
        ("delivered(t, t + 24 h) < 900", None),  # both ends move: rising or falling, not known
        ("reservoir_ml(t) * step_at(t).daily_dose_ug > 1", None),  # a factor whose sign the rule does not write
        ("reservoir_ml(t) > delivered(r.start, t) / 1000", [("reservoir_ml", 0), ("delivered", 0)]),  # falling less rising
        ("reservoir_ml(t) > delivered(r.start, t) / -1000", None),  # falling less falling: not known
    ],
)
def test_the_lowering_passes_the_jumps_of_a_body_whose_margins_move_one_way(
        tmp_path: Path, condition: str, jumps: list[tuple[str, int]] | None) -> None:
    rules = _ruleset(tmp_path, "TEST-MONOTONE-1", "one way", f"""\
    for each r in runs:
    for every instant t in (r.start, r.end]:
    require {condition}
    message "at {{when(t)}}"
""")
    source = lowered_rules(rules).source
    call = next(line for line in source.splitlines() if "_search(D" in line)
    call = re.sub(r", periodic=\(.*\)\)$", ")", call)  # what it says of repeating days: below
    passed = call.rsplit(",), ", 1)[1].rstrip(")")
    if jumps is None:
        assert passed == "None"
    else:
        assert sorted(re.findall(r"\('(\w+)'", passed)) == sorted(name for name, _ in jumps)


def test_pump4_passes_over_the_stretches_between_refills() -> None:
    """The reservoir only falls between fills: a long stretch of flex pieces takes a few evaluations."""
    plan = base_plan(
        infusion=[
            {"day": 3, "time": "10:00", "phase": "titration", "mode": "flex", "concentration_ug_ml": 500,
             "steps": [{"start": "00:00", "dose_ug_h": 5}, {"start": "08:00", "dose_ug_h": 7}, {"start": "20:00", "dose_ug_h": 4}]},
        ],
        refills=[{"day": 3, "time": "10:00", "volume_ml": 20, "concentration_ug_ml": 500, "diluent": "none"}],
        end={"day": 8},
    )
    document = _document(plan)
    compiled = {r.rule.id: r for r in lowered_rules(RULES).rules}
    _, lowered = compiled["ITB-PUMP-4"].checks[0]
    assert lowered is not None
    evaluated: list[Any] = []
    namespace = lowered.broken.__globals__

    def counting(D: Any, body: Any, *rest: Any) -> Any:
        def counted(x: Any, trace: Any) -> Any:
            evaluated.append(x)
            return body(x, trace)
        return concrete._search(D, counted, *rest)

    namespace["_search"] = counting
    try:
        assert lowered.broken(DocumentView(document)) == []
        passing_over = len(evaluated)
        evaluated.clear()
        namespace["_search"] = lambda D, body, *rest: counting(D, body, *rest[:-1], None)
        assert lowered.broken(DocumentView(document)) == []
    finally:
        namespace["_search"] = concrete._search
    assert (passing_over, len(evaluated)) == (6, 17)  # passing over the stretch between the cuts beside lo and hi; every cut


def _month_of_flex(high: float = 12.3, **extra: Any) -> dict[str, Any]:
    """The base plan's titration, then a flex schedule from day 8 to day 40 (07:00 and 22:00 every day)."""
    plan = base_plan(end={"day": 40}, **extra)
    plan["infusion"][-1] = {"day": 8, "time": "10:00", "phase": "maintenance", "mode": "flex",
                            "steps": [{"start": "07:00", "dose_ug_h": 10.25}, {"start": "22:00", "dose_ug_h": high}]}
    return plan


REPEATING = [
    _month_of_flex(),  # 264.45 ug a day after 259: safe
    _month_of_flex(high=30),  # 423.75 ug a day: ITB-TITR-3 breaks as the flex step starts
    # A bolus inside: the step no longer repeats, and the windows with it break ITB-TITR-3 (364 ug after 264).
    _month_of_flex(boluses=[{"day": 20, "time": "14:00", "dose_ug": 100, "via": "pump"}]),
    _month_of_flex(refills=[{"day": 3, "time": "10:00", "volume_ml": 20, "concentration_ug_ml": 500, "diluent": "none"},
                            {"day": 25, "time": "09:00", "volume_ml": 20, "concentration_ug_ml": 500, "diluent": "none"}]),
]

# The body compares its window's start with a time inside the flex step (day 20 02:00): it repeats only after it.
LATE = ("TEST-LATE-1", "w.start < r.start + 400 h or delivered(w.start, w.end) < 260")


def _late_rules() -> Any:
    meta = "  severity error\n  basis interpretation\n  label lines 1\n  applies to plan\n"
    text = (f'rule {LATE[0]} "late"\n{meta}  check\n    for each r in runs:\n    for every window w of 24 h within r:\n'
            f'    require {LATE[1]}\n    message "from {{when(w.start)}}"\nend\n')
    folder = Path(tempfile.mkdtemp())
    (folder / "late.rules").write_text(text, encoding="utf-8")
    return load_rule_files([folder / "late.rules"])


@pytest.mark.parametrize("plan", REPEATING, ids=["safe", "breaks", "bolus-inside", "refill-inside"])
def test_a_day_of_a_repeating_flex_step_stands_for_all_of_it(plan: dict[str, Any]) -> None:
    """Where a flex step repeats every 24 hours, the search takes its first day for all, and finds the very
    instances, at the very times, of the search at every cut: for every rule, and for one whose comparison
    of the window's start with a time inside the step makes it repeat only after that time."""
    late = _as_at_every_cut(_document(plan), [RULES, _late_rules()])[LATE[0]]
    assert late and late[0]["w"].start == Fraction(20 * 24 + 7)  # day 20 07:00: the first cut after 02:00


def test_titr3_takes_one_day_of_a_month_of_flex() -> None:
    document = _document(_month_of_flex())
    compiled = {r.rule.id: r for r in lowered_rules(RULES).rules}
    _, lowered = compiled["ITB-TITR-3"].checks[0]
    assert lowered is not None
    evaluated: list[Any] = []
    namespace = lowered.broken.__globals__

    def counting(D: Any, body: Any, *rest: Any, **named: Any) -> Any:
        def counted(x: Any, trace: Any) -> Any:
            evaluated.append(x)
            return body(x, trace)
        return concrete._search(D, counted, *rest, **named)

    namespace["_search"] = counting
    try:
        assert lowered.broken(DocumentView(document)) == []
        repeating = len(evaluated)
        evaluated.clear()
        namespace["_search"] = lambda D, body, *rest, **named: counting(D, body, *rest)
        assert lowered.broken(DocumentView(document)) == []
    finally:
        namespace["_search"] = concrete._search
    assert (repeating, len(evaluated)) == (17, 73)  # the titration and the flex step's first day; every cut


@pytest.mark.parametrize(
    ("condition", "roots"),
    [
        ("delivered(t, t + 24 h) < 900", 0),  # both times move: the same a day later where the rate repeats
        ("step_at(t).daily_dose_ug < 500 and delivered(t - 24 h, t) < 900", 0),
        ("t < r.start + 48 h or delivered(t, t + 24 h) < 900", 1),  # repeats on each side of r.start + 48 h
        ("t - r.start < 48 h or delivered(t, t + 24 h) < 900", 1),
        ("delivered(r.start, t) < 1500", None),  # grows with t
        ("reservoir_ml(t) > 2", None),  # only falls
        ("t * 2 < 100 h or delivered(t, t + 24 h) < 900", None),  # a number made of t itself
        ("t < step_at(t).at_h + 48 h", None),  # t against a time that moves with it (the step in force)
    ],
)
def test_the_lowering_says_when_a_body_repeats_with_the_timeline(tmp_path: Path, condition: str, roots: int | None) -> None:
    rules = _ruleset(tmp_path, "TEST-REPEAT-1", "repeats", f"""\
    for each r in runs:
    for every instant t in (r.start, r.end]:
    require {condition}
    message "at {{when(t)}}"
""")
    call = next(line for line in lowered_rules(rules).source.splitlines() if "_search(D" in line)
    found = re.search(r", periodic=\((.*)\)\)$", call)
    if roots is None:
        assert found is None
    else:
        assert found is not None and len([r for r in found.group(1).split(",") if r.strip()]) == roots
