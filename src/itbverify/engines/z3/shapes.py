"""Symbolic documents: the parts of a document whose values are solver variables.

The age that separates the label's adults from its children is the rule
set's `adult_age` (rules/definitions.rules), read once per rule set: a
configuration or the rule set's self-check bounds the solver's age by the
number the rules judge with, written nowhere else.
"""

from __future__ import annotations

from typing import Any

from itbverify.base.exact import Fraction
from itbverify.documents.model import Document
from itbverify.engines.z3.values import to_real
from itbverify.language import syntax as s
from itbverify.semantics.evaluate import Evaluator

BANDS = ("adult", "child")


def constant(definitions: dict[str, s.Definition], name: str) -> Fraction:
    """The number a constant definition of the rule set names (one that reads no document)."""
    definition = definitions.get(name)
    if definition is None or definition.params is not None:
        raise KeyError(f"the rule set defines no constant '{name}'")
    # A number written in the rule is its value; anything else is evaluated, over a document it may not read.
    value = definition.body.value if isinstance(definition.body, s.Number) else Evaluator(Document(), definitions, symbolic=False).eval(definition.body, {})
    if isinstance(value, bool) or not isinstance(value, (Fraction, int)):
        raise TypeError(f"the rule set's '{name}' is not a number")
    return Fraction(value)


# adult_age per rule set (its definitions, kept with the number so a reused id is never mistaken for it).
# Read once: a symbolic document is built many times per configuration, and the queries' text (the
# names Z3 gives shared terms) moves with how much the process allocates in between.
_ADULT_AGE: dict[int, tuple[dict[str, s.Definition], Fraction]] = {}


def adult_age(definitions: dict[str, s.Definition]) -> Fraction:
    """The rule set's `adult_age`."""
    known = _ADULT_AGE.get(id(definitions))
    if known is None or known[0] is not definitions:
        known = _ADULT_AGE[id(definitions)] = (definitions, constant(definitions, "adult_age"))
    return known[1]


def band_condition(definitions: dict[str, s.Definition], band: str, age: Any) -> Any:
    """What places a patient of AGE (a solver term) in BAND: `adult` is `age >= adult_age`, `child` below it.

    Built as the rules' `adult` and `child` build it, so the term is the one
    a rule's own comparison would give (a test holds the two to agree).
    """
    if band not in BANDS:
        raise ValueError(f"no age band '{band}'; expected one of: {', '.join(BANDS)}")
    limit = adult_age(definitions)
    # A whole age as a Python int: z3 then builds `age >= 18` as written (with a z3 numeral on the right,
    # Python asks the numeral first and gets `18 <= age`, another term, and other proof artefacts).
    bound = int(limit) if limit.denominator == 1 else to_real(limit)
    return age >= bound if band == "adult" else age < bound
