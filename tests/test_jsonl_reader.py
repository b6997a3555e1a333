"""JSON Lines are read by the C JSON parser; the node tree must be the one the YAML composer builds.

The composer stays the reference: for every JSON object the fast reader
accepts, both give the same tree (texts, quoting, line and column of every
key and value); anything else (broken JSON, a limit passed) goes to the
composer, so its messages are unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from itbverify.documents.read import MAX_DEPTH, compose, json_node, jsonl_document

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
_number = st.one_of(st.integers(-10**6, 10**6), st.decimals(allow_nan=False, allow_infinity=False, places=3).map(float))
_scalar = st.one_of(_text, _number, st.booleans(), st.none())
_value = st.recursive(
    _scalar,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_text, inner, max_size=4)),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(document=st.dictionaries(_text, _value, max_size=6), indent=st.sampled_from([None, 0, 2]), pad=st.sampled_from(["", "  "]))
def test_fast_reader_builds_the_composers_tree(document: dict[str, Any], indent: int | None, pad: str) -> None:
    line = json.dumps(document, separators=(", ", ": ") if indent is None else (",", ":"), ensure_ascii=False)
    fast = json_node(line, 7, len(pad))
    reference, problems = compose(line, "x.jsonl", line_offset=6, column_offset=len(pad))
    assert not problems
    assert fast == reference


def test_repeated_keys_are_kept_for_the_validator() -> None:
    line = '{"itbverify": 1, "kind": "plan", "kind": "program"}'
    fast = json_node(line, 1, 0)
    assert fast is not None and [k.text for k, _ in fast.items] == ["itbverify", "kind", "kind"]
    assert fast == compose(line, "x")[0]


def test_exact_number_text_is_kept() -> None:
    fast = json_node('{"a": 1.50, "b": 1e2, "c": -0, "d": NaN}', 1, 0)
    assert fast is not None
    assert [(v.text, v.plain) for _, v in fast.items] == [("1.50", True), ("1e2", True), ("-0", True), ("NaN", True)]


def test_anything_else_goes_to_the_composer() -> None:
    assert json_node('{"a": 1,}', 1, 0) is None  # not JSON
    assert json_node('{"a": [1, 2}', 1, 0) is None
    deep = '{"a": ' + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "}"
    assert json_node(deep, 1, 0) is None
    source = jsonl_document(deep, 4, "x.jsonl")
    assert source.node is None and "nests deeper" in source.problems[0].message and source.problems[0].line == 4
    # YAML's flow mappings allow a trailing comma: the composer reads the line as it always did.
    lenient = jsonl_document('  {"a": 1,}', 2, "x.jsonl")
    assert lenient.node is not None and lenient.node == compose('{"a": 1,}', "x.jsonl", line_offset=1, column_offset=2)[0]
    assert lenient.node.column == 3
