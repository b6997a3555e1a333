"""The conformance protocol: the requests itbverify sends a target, the answers it takes back, their schemas.

JSON Lines: one request per line on the target's stdin, one answer per line on
its stdout. docs/conform.md describes it for adapter writers; the schemas here
are the ones `itbverify schema conform-request|conform-answer` prints.
"""

from __future__ import annotations

import json
from typing import Any

from itbverify.base.compact import compact_json

VERSION = 1

# Which list of a plan an event joins, and what it is (a hint for the target; the entry is judged).
LISTS = ("infusion", "refills", "boluses")
WHATS = ("step", "flex", "taper", "stop", "restart", "refill", "bolus")


class NotAnAnswer(Exception):
    """A target's line that is not an answer: what was expected, and what came."""


def start_request(session: str, plan: dict[str, Any]) -> dict[str, Any]:
    return {"conform": VERSION, "type": "start", "session": session, "plan": plan}


def propose_request(session: str, index: int, event: dict[str, Any], plan: dict[str, Any]) -> dict[str, Any]:
    return {"conform": VERSION, "type": "propose", "session": session, "index": index, "event": event, "plan": plan}


def event_of(list_name: str, what: str, entry: dict[str, Any]) -> dict[str, Any]:
    assert list_name in LISTS and what in WHATS
    return {"list": list_name, "what": what, "entry": entry}


def encode(request: dict[str, Any]) -> str:
    return compact_json(request)


def parse_answer(line: str | dict[str, Any]) -> tuple[bool, str | None]:
    """(accept, reason) from a target's answer line (or, in process, the object returned); NotAnAnswer otherwise."""
    if isinstance(line, str):
        text = line.strip()
        if not text:
            raise NotAnAnswer("an empty line; expected a JSON object such as {\"accept\": true}")
        try:
            answer = json.loads(text)
        except json.JSONDecodeError as error:
            raise NotAnAnswer(f"not JSON ({error.msg} at column {error.colno}): {_clip(text)}") from None
    else:
        answer = line
    if not isinstance(answer, dict):
        raise NotAnAnswer(f"a JSON {type(answer).__name__}, not an object: {_clip(json.dumps(answer, default=str))}")
    unknown = sorted(set(answer) - {"accept", "reason"})
    if unknown:
        raise NotAnAnswer(f"unknown key{'s' if len(unknown) > 1 else ''} {', '.join(repr(k) for k in unknown)}; an answer has only 'accept' and 'reason'")
    if not isinstance(answer.get("accept"), bool):
        raise NotAnAnswer("'accept' must be true or false" if "accept" in answer else "no 'accept' key; expected {\"accept\": true|false}")
    reason = answer.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise NotAnAnswer("'reason' must be a string")
    return answer["accept"], reason


def _clip(text: str, most: int = 200) -> str:
    return text if len(text) <= most else text[:most] + "..."


_ENTRY = {"type": "object", "description": "One entry of the plan's list, as in a kind: plan document (day and HH:MM time)."}
_PLAN = {"type": "object", "description": "A kind: plan document (itbverify schema plan), without 'end': what the session has accepted so far."}

SCHEMAS: dict[str, dict[str, Any]] = {
    "conform-request": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "itbverify conform: a request to the target (one JSON object per line on its stdin)",
        "oneOf": [
            {
                "type": "object",
                "description": "A session starts: the patient, the pump and the screening, in an otherwise empty plan.",
                "required": ["conform", "type", "session", "plan"],
                "properties": {
                    "conform": {"const": VERSION},
                    "type": {"const": "start"},
                    "session": {"type": "string"},
                    "plan": _PLAN,
                },
            },
            {
                "type": "object",
                "description": "An event proposed for the session's plan; accepted events join it.",
                "required": ["conform", "type", "session", "index", "event", "plan"],
                "properties": {
                    "conform": {"const": VERSION},
                    "type": {"const": "propose"},
                    "session": {"type": "string"},
                    "index": {"type": "integer", "minimum": 1, "description": "1 for the session's first proposal"},
                    "event": {
                        "type": "object",
                        "required": ["list", "what", "entry"],
                        "additionalProperties": False,
                        "properties": {
                            "list": {"enum": list(LISTS), "description": "the plan's list the entry joins"},
                            "what": {"enum": list(WHATS), "description": "what the event is (a hint; the entry is judged)"},
                            "entry": _ENTRY,
                        },
                    },
                    "plan": _PLAN,
                },
            },
        ],
    },
    "conform-answer": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "itbverify conform: the target's answer to one request (one JSON object per line on its stdout)",
        "type": "object",
        "required": ["accept"],
        "additionalProperties": False,
        "properties": {
            "accept": {"type": "boolean", "description": "true: the event joins the plan (a start: the patient is taken on)"},
            "reason": {"type": "string", "description": "why, shown beside a refusal"},
        },
    },
}
