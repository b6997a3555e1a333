"""The document kinds, one entry each: the value of `kind:`, its schema, and how rules name it.

Every list of kinds (the schema's `kind` values, the JSON Schemas, `itbverify
schema KIND`, a rule's `applies to`, the message for a wrong `kind:`) is read
from here, so a new kind is one entry (and its builder and checker).
"""

from __future__ import annotations

from dataclasses import dataclass

from itbverify.documents.schema import KIND_NAMES, LIBRARY, PLAN, PROGRAM, Field


@dataclass(frozen=True)
class Kind:
    name: str
    schema: dict[str, Field]
    # What a rule's `applies to` calls documents of this kind; a plan with a history is its own rule kind,
    # as the rules that judge a running therapy differ. A configuration is judged through the programs it
    # accepts, so rules never name it.
    rule_kinds: tuple[str, ...]
    # Built into the document model (documents/build.py); otherwise read by its own analysis (a configuration).
    modelled: bool


KINDS: dict[str, Kind] = {
    "plan": Kind("plan", PLAN, ("plan", "history-plan"), modelled=True),
    "program": Kind("program", PROGRAM, ("program",), modelled=True),
    "library": Kind("library", LIBRARY, (), modelled=False),
}

assert tuple(KINDS) == KIND_NAMES, "schema.KIND_NAMES lists the kinds of this registry, in its order"

RULE_KINDS = tuple(rule_kind for kind in KINDS.values() for rule_kind in kind.rule_kinds)


def listed(names: tuple[str, ...] | list[str]) -> str:
    """NAMES as a reader lists them: "a, b or c"."""
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)
