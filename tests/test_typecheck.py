"""The rule language's types: ill-typed rules are refused at load, with their place, on every load path.

Each refused form below is one on which the engines disagreed before the
checker (the concrete engine's Python and the solver read it two ways), or
one the language never meant; each accepted form is its well-typed neighbour.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, run_cli

from itbverify.base.resources import grammar_path, rules_dir
from itbverify.documents import model as m
from itbverify.engines import concrete
from itbverify.language import ruleset as ruleset_module
from itbverify.language import types
from itbverify.language.primitives import AGGREGATES, PRIMITIVES, TIMELINE, direction
from itbverify.language.ruleset import load_rule_files
from itbverify.language.syntax import RuleSyntaxError
from itbverify.semantics import evaluate, lower, timeline

META = "  severity error\n  basis interpretation\n  label lines 1\n  applies to plan\n"

# The two rules of the issue: a truth value compared with a number (Z3 proved it, the concrete engine
# broke it), and a text as a verdict (a TypeError out of the Z3 engine, a verdict from the other).
INFECTION = "    forbid patient.infection = 1\n    message \"infection\"\n"
TEXT_VERDICT = "    require route\n    message \"route is {route}\"\n"


def _folder(tmp_path: Path, check: str, *, shipped: bool = False, extra: str = "") -> Path:
    """A rules folder with one rule of one check (its lines), beside the shipped rules or their definitions."""
    folder = tmp_path / "rules"
    if shipped:
        shutil.copytree(rules_dir(), folder)
    else:
        folder.mkdir()
        shutil.copy(rules_dir() / "definitions.rules", folder / "definitions.rules")
    (folder / "probe.rules").write_text(f'{extra}rule ITB-TEST-1 "probe"\n{META}  check\n{check}end\n', encoding="utf-8")
    return folder


def _load(tmp_path: Path, check: str, extra: str = "") -> None:
    folder = _folder(tmp_path, check, extra=extra)
    load_rule_files(sorted(folder.glob("*.rules")))


def _refused(tmp_path: Path, check: str, extra: str = "") -> RuleSyntaxError:
    with pytest.raises(types.RuleTypeError) as caught:
        _load(tmp_path, check, extra)
    return caught.value


# ---- the issue's two rules, through the command line ---------------------------------------------------


@pytest.mark.parametrize(("check", "place", "words"), [
    (INFECTION, "probe.rules:7:32:", ("right of '='", "expected a truth value", "found a number")),
    (TEXT_VERDICT, "probe.rules:7:13:", ("'require'", "expected a truth value", "found a text")),
], ids=["truth-equals-number", "text-as-verdict"])
@pytest.mark.parametrize("command", [["rules"], ["rules", "--check", "--timeout", "5"]], ids=["rules", "rules-check"])
def test_the_issues_rules_are_refused_with_a_located_type_error(tmp_path: Path, check: str, place: str,
                                                                words: tuple[str, ...], command: list[str]) -> None:
    folder = _folder(tmp_path, check, shipped=True)
    proc = run_cli(*command, "--rule-set", str(folder))
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("itbverify: the rule files do not load: "), lines[0]
    assert place in lines[0], lines[0]
    for word in words:
        assert word in lines[0], (word, lines[0])
    assert proc.stdout == ""


def test_the_shipped_rules_type_check() -> None:
    paths = sorted(rules_dir().glob("*.rules"))
    assert len(paths) == 7
    loaded = load_rule_files(paths)
    types.check_types(loaded.rules, loaded.definitions)
    assert len(loaded.rules) >= 33


def test_a_cached_rule_set_never_passes_over_the_checker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled rule set is kept on disk only once it has loaded, types and all: an ill-typed one is
    refused at every load, and nothing is kept for the next."""
    folder = _folder(tmp_path, INFECTION)
    cache = tmp_path / "cache"
    monkeypatch.setenv("ITBVERIFY_CACHE_DIR", str(cache))
    monkeypatch.setattr(ruleset_module, "rules_dir", lambda: folder)
    ruleset_module.default_ruleset.cache_clear()
    try:
        for _ in range(2):
            with pytest.raises(types.RuleTypeError, match="expected a truth value"):
                ruleset_module.default_ruleset()
            ruleset_module.default_ruleset.cache_clear()
        assert not list(cache.glob("rules-*.pickle"))
    finally:
        ruleset_module.default_ruleset.cache_clear()


# ---- each typing rule: the accepted form, then the refused one ---------------------------------------------

ACCEPTED = {
    # = and != between values of one type; none with anything
    "truth-equals-truth": "    forbid patient.infection = true\n",
    "text-equals-text": '    require route = "intrathecal"\n',
    "record-identity": "    for each s in steps:\n    require s.next = none or s.next.previous = s\n",
    "optional-with-none": "    require patient.weight_kg != none\n",
    "optional-number-ordered": "    require patient.weight_kg > 10\n",
    # ordering numbers of one unit; a number written without a unit takes the other side's
    "time-ordered": "    for each s in steps:\n    require s.at_h >= -48 h and s.at_h < end_h and s.at_h > 0\n",
    "amounts-ordered": "    for each s in steps:\n    require 0 < s.daily_dose_ug <= 2000\n",
    # arithmetic on numbers: times add, a time scales, two times divide to a plain number
    "time-arithmetic": "    for each s in steps where s.next != none:\n    require (s.next.at_h - s.at_h) / 24 h <= 2 * 7 and s.next.at_h - s.at_h <= 2 * 7 days and (s.next.at_h - s.at_h) / 24 >= 0\n",
    "rate-times-time": "    for each s in steps:\n    require all(x.dose_ug_h * 24 h <= 2 * s.daily_dose_ug for x in s.schedule)\n",
    "text-concatenation": '    require route + "!" != "epidural!"\n',
    # truth values for and, or, not, if, where, guards
    "logic": '    when not has_history or adult:\n    for each s in steps where s.first and not s.stops:\n    require if s.restart then true else s.phase != "stop"\n',
    # in: an item of the collection's type
    "in-set": "    for each f in fills:\n    require f.concentration_ug_ml in {50, 500, 2000} and f.diluent in {\"none\", \"nacl-0.9\"}\n",
    "in-collection": '    require "morphine" not in patient.medications\n',
    # built-in functions with their signatures
    "functions": "    for each r in runs:\n    require count(r.steps) > 0 and abs(r.end - r.start) >= max(0, 1 h) and first(r.steps).at_h = r.start\n",
    "timeline": "    for each r in runs:\n    require delivered(r.start, r.end) >= 0 and reservoir_ml(r.end) >= 0 and step_at(r.start) != none\n",
    # aggregates: any/all of truths, sum/min/max of numbers; min with a filter the document decides
    "aggregates": '    for each s in steps:\n    require sum(x.dose_ug_h for x in s.schedule where x.dose_ug_h > 0) >= 0 and (count(s.schedule) = 0 or min(x.start_min for x in s.schedule where s.mode = "flex") >= 0)\n',
    # for every window / instant: a time length within a run; times inside
    "window": "    for each r in runs:\n    for every window w of 24 h within r:\n    require delivered(w.start, w.end) <= 2000\n",
    "instant": "    for each r in runs:\n    for every instant t in (max(r.start, 0), r.end]:\n    require reservoir_ml(t) > pump.low_reservoir_alarm_ml\n",
    # let, definitions inferred at each use, a conditional of two types shown in a message
    "let-and-definitions": "    for each s in steps where increase(s):\n    let p = increase_limit(s.phase)\n    require s.daily_dose_ug <= (1 + p) * s.previous.daily_dose_ug\n",
    "either-in-message": "    for each s in steps where increase(s):\n    require false\n    message \"{rise(s.daily_dose_ug, s.previous.daily_dose_ug)} {pct(1 / 3)} {when(s.at_h)}\"\n",
    # in a message or `at` every engine computes with exact numbers: a divisor read from the document,
    # min over a filter on numbers
    "exact-in-messages": "    for each s in steps where s.previous != none:\n    require true\n    message \"{s.daily_dose_ug / s.previous.daily_dose_ug} {min(x.at_h for x in steps where x.at_h > 0)}\"\n    at s\n",
}


@pytest.mark.parametrize("check", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_well_typed_forms_load(tmp_path: Path, check: str) -> None:
    if "message" not in check:
        check += '    message "m"\n'
    _load(tmp_path, check)


REFUSED = {
    # = and != only between values of one type (not a truth value and a number: Z3 said safe, Python True == 1)
    "truth-equals-number": (INFECTION, "right of '=': expected a truth value (as on the left), found a number"),
    "text-equals-number": ('    require route != 3\n', "right of '!=': expected a text (as on the left), found a number"),
    "time-equals-amount": ("    for each s in steps:\n    forbid s.at_h = s.daily_dose_ug\n",
                           "right of '=': expected a time (hours) (as on the left), found a number"),
    "collections-equal": ("    for each r in runs:\n    forbid r.steps = steps\n",
                          "'=': expected a truth value, a number, a text, a record or none, found a collection of steps"),
    "records-of-two-kinds": ("    for each s in steps:\n    for each f in fills:\n    forbid s = f\n",
                             "right of '=': expected a step (as on the left), found a fill"),
    # ordering: numbers of one unit only
    "text-ordered": ('    require route < "x"\n', "'<': expected a number (only numbers are ordered), found a text"),
    "truth-ordered": ("    require patient.infection <= true\n", "'<=': expected a number (only numbers are ordered), found a truth value"),
    "time-ordered-with-amount": ("    for each s in steps:\n    require s.at_h < s.daily_dose_ug\n",
                                 "right of '<': expected a time (hours) (as on the left), found a number"),
    "minutes-are-not-hours": ("    for each x in screenings:\n    require x.duration_min >= 1 h\n",
                              "right of '>=': expected a number (as on the left), found a time (hours)"),
    # arithmetic: numbers only (texts may be joined by +), one unit for + and -
    "truth-arithmetic": ("    require patient.infection + 1 > 0\n", "'+': expected a number or a text, found a truth value"),
    "text-plus-number": ('    require route + 1 = "x"\n', "'+' after a text: expected a text, found a number"),
    "text-times": ('    require route * 2 = "x"\n', "'*': expected a number, found a text"),
    "time-plus-amount": ("    for each s in steps:\n    require s.at_h + s.daily_dose_ug > 0\n",
                         "right of '+': expected a time (hours) (as on the left), found a number"),
    "negated-truth": ("    require -patient.infection = 0\n", "'-': expected a number, found a truth value"),
    "arithmetic-on-none": ("    require none + 1 > 0\n", "'+': expected a number or a text, found none"),
    # and, or, not, if, verdicts, guards, where: truth values only
    "text-verdict": (TEXT_VERDICT, "'require': expected a truth value, found a text"),
    "number-verdict": ("    forbid patient.age_years\n", "'forbid': expected a truth value, found a number"),
    "text-and": ('    require adult and route\n', "'and': expected a truth value, found a text"),
    "not-a-number": ("    require not patient.age_years\n", "'not': expected a truth value, found a number"),
    "if-on-text": ('    require if route then true else false\n', "'if': expected a truth value, found a text"),
    "where-on-number": ("    for each s in steps where s.daily_dose_ug:\n    require true\n", "'where': expected a truth value, found a number"),
    "guard-on-text": ("    when kind:\n    require true\n", "'when': expected a truth value, found a text"),
    "rule-when-on-number": ("    require true\n", "a rule's 'when': expected a truth value, found a number",
                            "  when patient.age_years\n"),
    # a conditional of two types is only shown in a message
    "either-compared": ('    require (if adult then 1 else "a child") != "x"\n',
                        "'!=': expected a truth value, a number, a text, a record or none, found a number or a text"),
    # in: a collection on the right, an item of its type on the left (a text is no collection)
    "in-a-text": ('    require "intra" in route\n', "right of 'in': expected a collection, found a text"),
    "in-mixed": ("    require patient.age_years in patient.medications\n",
                 "left of 'in': expected a text (as the collection's items), found a number"),
    "mixed-set": ('    require route in {"a", 1}\n', "a set's item: expected a text (as the items before), found a number"),
    # attributes: a record's own fields; a window's start and end
    "attribute-of-other-record": ("    for each f in fills:\n    require f.daily_dose_ug > 0\n",
                                  "'.daily_dose_ug': expected an attribute of a fill"),
    "attribute-of-number": ("    require patient.age_years.start > 0\n", "'.start': expected a record (an element of the document), found a number"),
    "window-as-a-value": ("    for each r in runs:\n    for every window w of 24 h within r:\n    let x = w\n    require true\n",
                          "'let x': expected a value, found a window"),
    # built-in functions: their arity and signatures
    "arity": ("    require count(steps, runs) > 0\n", "'count': expected 1 argument, found 2"),
    "min-of-one": ("    require min(1) > 0\n", "'min': expected 2 or more arguments, found 1"),
    "count-of-text": ("    require count(route) > 0\n", "argument 1 of 'count': expected a collection, found a text"),
    "delivered-at-amounts": ("    for each s in steps:\n    require delivered(s.daily_dose_ug, s.at_h) > 0\n",
                             "argument 1 of 'delivered': expected a time (hours), found a number"),
    "when-of-amount": ("    for each s in steps:\n    require true\n    message \"{when(s.daily_dose_ug)}\"\n",
                       "argument 1 of 'when': expected a time (hours), found a number"),
    "max-of-two-units": ("    for each s in steps:\n    require max(s.at_h, s.daily_dose_ug) > 0\n",
                         "argument 2 of 'max': expected a time (hours) (as the arguments before), found a number"),
    # aggregates
    "sum-of-texts": ("    require sum(x.phase for x in steps) > 0\n", "sum's body: expected a number, found a text"),
    "any-of-numbers": ("    require any(x.at_h for x in steps)\n", "any's body: expected a truth value, found a time (hours)"),
    "min-of-texts": ("    require min(x.phase for x in steps) = \"a\"\n", "min's body: expected a number, found a text"),
    # the solver cannot filter min/max by a comparison of numbers, iterate a collection chosen by one,
    # or refuse a division by 0 the concrete engine refuses
    "min-filtered-on-numbers": ("    for each s in steps:\n    require min(x.dose_ug_h for x in s.schedule where x.dose_ug_h > 0) > 11\n",
                                "min's 'where': expected a condition the document decides"),
    "collection-chosen-by-numbers": ("    for each s in steps:\n    require count(if s.daily_dose_ug > 100 then s.taper_before else steps) >= 0\n",
                                     "argument 1 of 'count': expected a collection the document decides"),
    "iterating-a-chosen-collection": ("    for each r in runs:\n    for every window w of 24 h within r:\n    require all(x.dose_ug_h > 0 for x in step_at(w.start).schedule)\n",
                                      "all's collection: expected a collection the document decides"),
    "division-by-a-document-number": ("    for each s in steps:\n    require s.daily_dose_ug / s.concentration_ug_ml > 0\n",
                                      "divisor: expected a number written in the rule, or a count"),
    "division-in-a-let": ("    for each s in steps:\n    let r = 1 / s.daily_dose_ug\n    require true\n", "divisor: expected a number written in the rule"),
    # windows and instants
    "window-within-a-step": ("    for each s in steps:\n    for every window w of 24 h within s:\n    require true\n",
                             "'within': expected a run, found a step"),
    "window-of-an-amount": ("    for each r in runs:\n    for every window w of r.first.daily_dose_ug within r:\n    require true\n",
                            "a window's length: expected a time (hours), found a number"),
    "window-attribute": ("    for each r in runs:\n    for every window w of 24 h within r:\n    require w.at_h > 0\n",
                         "'.at_h': expected .start or .end of a window"),
    "optional-truth": ('    require if adult then true else none\n', "'require': expected a truth value, found a truth value or none"),
    "instant-from-an-optional-time": ("    for every instant t in (0, history.filled_at_h]:\n    require true\n",
                                      "an instant's upper bound: expected a time (hours), found a time (hours) or none"),
    "instant-between-amounts": ("    for each s in steps:\n    for every instant t in (0, s.daily_dose_ug]:\n    require true\n",
                                "an instant's upper bound: expected a time (hours), found a number"),
    # messages show values, not records
    "record-in-a-message": ("    for each s in steps:\n    require true\n    message \"{s}\"\n", "a message's hole: expected a number, a text"),
    # definitions: typed at each use; a cycle never ends
    "definition-misused": ("    require patient_band > 3\n", "'>': expected a number (only numbers are ordered), found a text"),
    "function-without-call": ("    require increase\n", "'increase' is a function: expected a call"),
    "function-arity": ("    require increase_limit() > 0\n", "'increase_limit': expected 1 argument, found 0"),
    "argument-of-the-wrong-type": ("    for each r in runs:\n    require increase(r)\n", "(in 'increase')"),
    "recursion": ("    require loop(1)\n", "'loop' is defined in terms of itself (loop -> loop)", "define loop(x) = loop(x) > 0\n"),
}


@pytest.mark.parametrize("case", REFUSED.values(), ids=REFUSED.keys())
def test_ill_typed_forms_are_refused_with_what_was_expected_and_found(tmp_path: Path, case: tuple[str, ...]) -> None:
    check, words, *extra = case
    if "message" not in check:
        check += '    message "m"\n'
    if extra and extra[0].startswith("  when"):
        folder = tmp_path / "rules"
        folder.mkdir()
        (folder / "probe.rules").write_text(f'rule ITB-TEST-1 "probe"\n{META}{extra[0]}  check\n{check}end\n', encoding="utf-8")
        with pytest.raises(types.RuleTypeError) as caught:
            load_rule_files([folder / "probe.rules"])
        error: RuleSyntaxError = caught.value
    else:
        error = _refused(tmp_path, check, extra[0] if extra else "")
    assert words in error.message, (words, error.message)
    assert re.fullmatch(r".*\.rules:\d+:\d+", str(error.pos)), error.pos


def test_an_error_inside_a_definition_names_it_and_points_into_its_body(tmp_path: Path) -> None:
    error = _refused(tmp_path, "    for each r in runs:\n    require increase(r)\n    message \"m\"\n")
    assert error.pos.file.endswith("definitions.rules")
    assert "'.starts_run': expected an attribute of a run" in error.message
    assert error.message.endswith("(in 'increase')")


# ---- types of the document model ---------------------------------------------------------------------------


def test_every_field_and_global_has_a_type_from_the_model() -> None:
    globals_, records = types.model_types()
    assert set(globals_) == set(m.GLOBALS)
    assert {"patient", "pump", "history", "screening", "step", "run", "bolus", "fill", "flex entry"} == set(records)
    assert records["step"]["previous"] == types.Optional(types.Record("step"))
    assert records["run"]["steps"] == types.Collection(types.Record("step"))
    assert globals_["end_h"] == types.TIME and records["bolus"]["at_h"] == types.TIME
    assert records["flex entry"]["dose_ug_h"] == types.Number(-1)
    assert records["screening"]["duration_min"] == types.Number(0)


def test_the_unit_names_are_numeric_fields_of_the_model() -> None:
    _, records = types.model_types()
    numeric = {name for fields in records.values() for name, t in fields.items() if isinstance(types.strip(t), types.Number)}
    assert types.HOURS | types.PER_HOUR <= numeric | {"end_h"}
    for (record, field), t in types.SOLVER_CHOSEN.items():
        assert record == "document" or records[record][field] == t


# ---- the table of built-in functions -----------------------------------------------------------------------


def test_every_engine_implements_exactly_the_table() -> None:
    assert set(evaluate.CALLS) == set(PRIMITIVES)
    assert set(lower.CALLS) == set(PRIMITIVES)
    assert evaluate.BUILTINS == set(PRIMITIVES)
    assert set(evaluate.FOLDS) == set(AGGREGATES)
    assert set(lower.AGGREGATE_CALLS) == set(AGGREGATES)
    grammar = re.search(r"AGGREGATE\.2: /\((.*?)\)", grammar_path().read_text(encoding="utf-8"))
    assert grammar is not None and set(grammar.group(1).split("|")) == set(AGGREGATES)
    # The concrete engine's prepared timeline: one function per timeline row; every event a row jumps at is the timeline's.
    document = m.Document()
    view = concrete.DocumentView(document)
    for name in TIMELINE:
        assert callable(getattr(view, name)) and callable(getattr(view, f"{name}_k"))
    assert set(concrete._primitives(view.timeline, [False, False])) == set(TIMELINE)
    assert {event for p in TIMELINE.values() for event in p.jumps_at} == set(timeline.EVENTS)
    for name, primitive in PRIMITIVES.items():
        assert primitive.timeline == (name in TIMELINE)
        assert primitive.holds is None or primitive.timeline
        assert len(primitive.directions) in (0, len(primitive.params))


def test_the_table_gives_the_directions_the_search_relies_on() -> None:
    assert direction("delivered", [False, True]) == 1  # delivered(r.start, t) grows
    assert direction("delivered", [True, False]) == -1
    assert direction("delivered", [True, True]) is None  # a window's: not known
    assert direction("reservoir_ml", [True]) == -1  # falls between fills and pump boluses
    assert direction("step_at", [True]) is None


def _doc_section(title: str) -> str:
    text = (REPO / "docs" / "rule-language.md").read_text(encoding="utf-8")
    section = text[text.index(title):]
    after = re.search(r"\n#{2,3} ", section)
    return section[: after.start()] if after else section


def test_the_doc_lists_the_tables_signatures() -> None:
    section = _doc_section("Signatures of the built-in functions\n")
    listed = re.findall(r"^\| `([^`]+)` \|", section, flags=re.MULTILINE)
    expected = [p.signature() for p in PRIMITIVES.values()] + [a.signature() for a in AGGREGATES.values()]
    assert listed == expected


def test_the_doc_gives_every_fields_type_as_the_model_does() -> None:
    section = _doc_section("Records and their fields\n")
    listed = re.findall(r"^\| ([a-z ()]+) \| `([a-z_]+)` \| ([^|]+) \|$", section, flags=re.MULTILINE)
    globals_, records = types.model_types()
    expected = [("(global)", name, types.type_name(t)) for name, t in globals_.items()]
    expected += [(record, name, types.type_name(t)) for record, fields in records.items() for name, t in fields.items()]
    assert sorted(listed) == sorted(expected)


def test_the_records_a_rule_reaches_are_the_models_list() -> None:
    # The lowering refuses an attribute no record has from model.record_attributes, without the checker's
    # type tables (a run that finds its rule set in the cache never loads them); both must mean one set.
    from itbverify.documents import model as m
    from itbverify.language import types as t

    _, records = t.model_types()
    assert {t.record_name(getattr(m, name)) for name in m.RECORDS} == set(records)
    assert frozenset(a for fields in records.values() for a in fields) | {"start", "end"} == t.attribute_names()
