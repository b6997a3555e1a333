"""A result as the one line of JSON a batch writes for it: the text of
json.dumps(result.to_json(), ensure_ascii=False), written out piece by piece.

The general encoder walks a fresh dict of dicts for every document, and for
a batch that cost about a tenth of the checks. Most of a line repeats from
one document to the next: each rule's requirement, severity, basis and label
lines, and the lists of proved and not applicable requirements. Those are
encoded once and kept; what varies (ids, messages, numbers, counterexamples)
is encoded as the encoder encodes it. A test holds the two texts equal on
every kind of result.
"""

from __future__ import annotations

import json
import json.encoder
from json.encoder import encode_basestring
from typing import Any

from itbverify.base.numbers import to_json_number
from itbverify.engines.results import Finding, Result

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
# The C encoder json.dumps makes for each call, made once (it keeps no state between calls).
_MAKE = getattr(json.encoder, "c_make_encoder", None)  # None where the C accelerator is missing
_C_ENCODE = _MAKE(None, json.JSONEncoder().default, encode_basestring, None, ": ", ", ", False, False, True) if _MAKE else None

# Texts that repeat, by what they encode: a finding's start (requirement, severity), its end (basis,
# label lines), a list of requirement ids or notes. Cleared when full, so a long batch keeps a bounded number.
_HEADS: dict[tuple[Any, str], str] = {}
_TAILS: dict[tuple[Any, tuple[int, ...], str | None], str] = {}
_LISTS: dict[tuple[str, ...], str] = {}
_MAX_KEPT = 4096


def _encode(value: Any) -> str:
    if type(value) is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    if _C_ENCODE is not None:
        return "".join(_C_ENCODE(value, 0))
    return _ENCODE(value)


def _keep(kept: dict[Any, str], key: Any, text: str) -> str:
    if len(kept) >= _MAX_KEPT:
        kept.clear()
    kept[key] = text
    return text


def _names(names: list[str]) -> str:
    if not names:
        return "[]"
    key = tuple(names)
    text = _LISTS.get(key)
    return text if text is not None else _keep(_LISTS, key, _ENCODE(names))


def finding_json(finding: Finding) -> str:
    """The text of the finding's to_json()."""
    requirement, severity = finding.requirement, finding.severity
    head = _HEADS.get((requirement, severity))
    if head is None:
        head = _keep(_HEADS, (requirement, severity), f'{{"requirement": {_encode(requirement)}, "severity": {_encode(severity)}, "message": ')
    at_h = finding.at_h
    parts = [head, _encode(finding.message),
             ', "at_h": ', _encode(to_json_number(at_h) if at_h is not None else None),
             ', "line": ', _encode(finding.line), ', "column": ', _encode(finding.column),
             ', "counterexample": ', _encode(finding.counterexample)]
    if requirement is not None:
        key = (finding.basis, finding.label_lines, finding.source)
        tail = _TAILS.get(key)
        if tail is None:
            source = "" if finding.source is None else f', "source": {_encode(finding.source)}'
            tail = _keep(_TAILS, key, f', "basis": {_encode(finding.basis)}, "label_lines": {_ENCODE(list(finding.label_lines))}{source}')
        parts.append(tail)
    if finding.waiver is not None:
        parts += [', "waiver": ', _encode(finding.waiver)]
    parts.append("}")
    return "".join(parts)


def result_json(result: Result) -> str:
    """The text of json.dumps(result.to_json(), ensure_ascii=False)."""
    parts = ['{"id": ', _encode(result.id), ', "file": ', _encode(result.file), ', "line": ', _encode(result.line),
             ', "kind": ', _encode(result.kind), ', "verdict": ', _encode(result.verdict),
             ', "findings": [', ", ".join([finding_json(f) for f in result.findings]),
             '], "proved": ', _names(result.proved), ', "unknown": ', _names(result.unknown),
             ', "not_applicable": ', _names(result.not_applicable)]
    if result.kind == "library":
        parts += [', "depends_on_entry": ', _names(result.depends_on_entry)]
    parts += [', "notes": ', _names(result.notes), "}"]
    return "".join(parts)
