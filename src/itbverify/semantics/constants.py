"""The numbers a rule set's constant definitions name (`define adult_age = 18`): read, never written again."""

from __future__ import annotations

from itbverify.base.exact import Fraction
from itbverify.documents.model import Document
from itbverify.language import syntax as s
from itbverify.semantics.evaluate import Evaluator


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
