"""The JSON fast path must build the validator's records, and take nothing the validator would report.

For every JSON line: when the validator reads the line's node tree without a
problem, the fast path builds the very same record (values, positions of every
key, lines and columns); when the validator reports anything, the fast path
declines, so the line is read the slow way and its messages are unchanged.
Documents are generated from valid plans and programs, then broken in every
way the schema can be broken.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import yaml
from conftest import CASES, base_plan
from hypothesis import given, settings
from hypothesis import strategies as st

from itbverify.analyses.check import check_json_line, check_source
from itbverify.app.batch import check_task
from itbverify.documents.kinds import KINDS
from itbverify.documents.read import jsonl_document
from itbverify.documents.validate import Validator
from itbverify.documents.validate_json import read_json_document
from itbverify.language.ruleset import default_ruleset

EXAMPLES = sorted(CASES.glob("*.yaml"))  # the shared conformance cases, or the copy shipped in tests/cases
VALID = [d for d in (yaml.safe_load(p.read_text(encoding="utf-8")) for p in EXAMPLES if p.name != "expected.yaml") if isinstance(d, dict)]


def _reference(line: str, number: int) -> tuple[str, Any] | None:
    """What the validator makes of the line: (kind, record) when it reports nothing, else None."""
    source = jsonl_document(line, number, "x.jsonl")
    if source.node is None:
        return None
    kinds = [v.text for k, v in getattr(source.node, "items", ()) if k.text == "kind" and hasattr(v, "text")]
    if not kinds or kinds[0] not in KINDS or not KINDS[kinds[0]].modelled:
        return None
    validator = Validator("x.jsonl")
    record = validator.mapping(source.node, KINDS[kinds[0]].schema, "")
    return None if validator.problems or record is None else (kinds[0], record)


_scalars = st.one_of(
    st.integers(-3, 3000), st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.none(),
    st.sampled_from(["", "10:00", "24:00", "1", "plan", "spinal", "maintenance", "flex", "2026-03-02T10:00", "2026-03-02T10:00+01:00", "null", "x\\\"y"]),
)
_values = st.one_of(_scalars, st.lists(_scalars, max_size=2), st.dictionaries(st.sampled_from(["day", "dose_ug", "start", "x"]), _scalars, max_size=2))


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid plan or program, then up to three changes anywhere in it: a value replaced, a key dropped or added."""
    document = copy.deepcopy(draw(st.sampled_from([base_plan(), *VALID])))
    for _ in range(draw(st.integers(0, 3))):
        holders: list[Any] = []

        def walk(value: Any, holders: list[Any] = holders) -> None:
            if isinstance(value, dict):
                holders.append(value)
                for member in value.values():
                    walk(member)
            elif isinstance(value, list):
                for member in value:
                    walk(member)

        walk(document)
        holder = draw(st.sampled_from(holders))
        change = draw(st.sampled_from(["replace", "drop", "add"]))
        if change == "replace" and holder:
            holder[draw(st.sampled_from(sorted(holder)))] = draw(_values)
        elif change == "drop" and holder:
            del holder[draw(st.sampled_from(sorted(holder)))]
        else:
            holder[draw(st.sampled_from(["day", "time", "dose_ug", "phase", "unknown_key", "steps", "mode", "kind"]))] = draw(_values)
    return document


@settings(max_examples=400, deadline=None)
@given(document=documents(), compact=st.booleans(), pad=st.sampled_from(["", "  "]))
def test_fast_path_builds_the_validators_records_or_declines(document: dict[str, Any], compact: bool, pad: str) -> None:
    line = pad + json.dumps(document, separators=(",", ":") if compact else (", ", ": "), ensure_ascii=compact)
    fast = read_json_document(line.strip(), 9, len(pad))
    assert fast == _reference(line, 9)


def test_every_example_takes_the_fast_path_with_the_validators_records() -> None:
    taken = 0
    for document in [base_plan(), *VALID]:
        line = json.dumps(document, default=str)
        reference = _reference(line, 3)
        if reference is not None:
            assert read_json_document(line, 3, 0) == reference
            taken += 1
    assert taken >= 15


def test_what_the_validator_would_report_is_declined() -> None:
    plan = json.dumps(base_plan())
    assert read_json_document(plan, 1, 0) is not None
    assert read_json_document(plan.replace('"kind": "plan"', '"kind": "plan", "kind": "plan"'), 1, 0) is None  # repeated key
    assert read_json_document(plan.replace('"day": 10', '"day": 10, "day": 10', 1), 1, 0) is None  # repeated, the same value
    assert read_json_document(plan.replace('"patient": {', '"patient": {"age_years": 1, ', 1), 1, 0) is None  # repeated, a value lost
    assert read_json_document(plan.replace('"day": 10', '"day": 10, "hour": 3'), 1, 0) is None  # unknown key
    assert read_json_document(plan.replace('"day": 10', '"day": "10"'), 1, 0) is None  # quoted number
    assert read_json_document(plan.replace('"day": 10', '"day": 10.5'), 1, 0) is None  # not a whole number
    assert read_json_document(plan.replace('"time": "10:00"', '"time": "24:00"', 1), 1, 0) is None
    assert read_json_document(plan.replace('"daily_dose_ug": 150', '"daily_dose_ug": -150'), 1, 0) is None
    assert read_json_document(plan.replace('"daily_dose_ug": 150', '"daily_dose_ug": NaN'), 1, 0) is None
    assert read_json_document(plan.replace('"daily_dose_ug": 150', '"daily_dose_ug": 1' + "0" * 31), 1, 0) is None
    assert read_json_document(plan.replace('"origin": "spinal"', '"origin": "Spinal"'), 1, 0) is None
    assert read_json_document(plan.replace('"itbverify": 1', '"itbverify": "1"'), 1, 0) is None
    assert read_json_document(plan.replace('"kind": "plan"', '"kind": "library"'), 1, 0) is None
    assert read_json_document(plan.replace(', "end": {"day": 10}', ""), 1, 0) is not None  # optional
    assert read_json_document(plan.replace('"id": "test-plan", ', ""), 1, 0) is None  # required
    assert read_json_document(plan[:-1], 1, 0) is None  # not JSON


def test_a_whole_number_written_minus_zero_is_read_as_the_validator_reads_it() -> None:
    plan = json.dumps(base_plan())
    for line in (plan.replace('"id": "test-plan"', '"id": -0'), plan.replace('"id": "test-plan"', '"id": 0'),
                 plan.replace('"day": 10', '"day": -0', 1), plan.replace('"daily_dose_ug": 150', '"daily_dose_ug": -0')):
        assert read_json_document(line, 1, 0) == _reference(line, 1), line[:80]
    assert _reference(plan.replace('"id": "test-plan"', '"id": -0'), 1)[1].get("id") == "-0"


def test_numbers_repeated_across_documents_keep_their_own_text() -> None:
    first = read_json_document(json.dumps(base_plan()).replace('"daily_dose_ug": 150', '"daily_dose_ug": 150.0'), 1, 0)
    second = read_json_document(json.dumps(base_plan()), 2, 0)
    assert first is not None and second is not None
    assert first[1].get("infusion")[0].get("daily_dose_ug") == second[1].get("infusion")[0].get("daily_dose_ug") == 150


def test_a_json_line_gets_the_same_result_either_way() -> None:
    ruleset = default_ruleset()
    compared = 0
    for number, document in enumerate([base_plan(), *VALID], start=1):
        line = "  " + json.dumps(document, default=str)
        fast = check_json_line(line, number, "x.jsonl", ruleset, engine="auto")
        slow = check_source(jsonl_document(line, number, "x.jsonl"), ruleset, engine="auto")
        if slow.solver_calls:  # the solver may pick another counterexample on each call
            assert (fast.verdict, _requirements(fast)) == (slow.verdict, _requirements(slow))
            continue
        assert fast.to_json() == slow.to_json()
        assert check_task(("jsonl", "x.jsonl", "x.jsonl", number, line), 30.0, "auto")[0] == json.dumps(slow.to_json(), ensure_ascii=False)
        compared += 1
    assert compared >= 15


def _requirements(result: Any) -> set[str]:
    return {f.requirement for f in result.findings if f.requirement}
