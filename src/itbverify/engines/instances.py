"""A requirement's outcome on a document, and how a broken instance is shown: where it points, when, and its counterexample.

Both engines report through these, so a finding reads the same whichever decided it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from itbverify.base.exact import Fraction
from itbverify.base.numbers import to_json_exact
from itbverify.documents.model import Document, Element
from itbverify.engines.results import Finding
from itbverify.language import syntax as s
from itbverify.semantics.evaluate import Evaluator, Obligation, RuleError, Window


class InternalError(Exception):
    pass


@dataclass(slots=True)
class RuleOutcome:
    rule: s.Rule
    status: str  # proved | violated | unknown | not-applicable
    findings: list[Finding]
    solver: Any = None  # the solver it was first asked in (engines.z3), holding the query as posed: its proof artefact
    seconds: float = 0.0
    instances: list[tuple[s.Check, dict[str, Any]]] = field(default_factory=list)  # each broken instance: its check, its names as pinned in the replay


def applicable(rule: s.Rule, document: Document, evaluator: Evaluator) -> bool:
    if document.applicability not in rule.applies_to:
        return False
    if rule.when is None:
        return True
    value = evaluator.eval(rule.when, {})
    if not isinstance(value, bool):
        # `when` speaks of the document, never of solver variables.
        raise RuleError(rule.when.pos, "a rule's 'when' must be decided by the document alone")
    return value



def locate(check: s.Check, instance: Obligation, document: Document, concrete: Evaluator) -> tuple[int, int, Any]:
    return locate_with(check, instance, document, lambda expr: concrete.eval(expr, instance.scope))


def locate_with(check: s.Check, instance: Obligation, document: Document, evaluate: Callable[[s.Expr], Any]) -> tuple[int, int, Any]:
    """Where a broken instance points: its `at`, else the last element it quantifies over, else the document."""
    target = check.locate
    if target is not None:
        if isinstance(target, s.Attribute):
            owner = evaluate(target.target)
            if isinstance(owner, Element):
                line, column = owner.position_of(target.name)
                return line, column, owner
        if isinstance(target, s.Name) and target.name not in instance.scope and hasattr(document, target.name):
            line, column = document.position_of(target.name)
            return line, column, None
        value = evaluate(target)
        if isinstance(value, Element):
            return value.line, value.column, value
    for value in reversed(list(instance.chosen.values())):
        if isinstance(value, Element):
            return value.line, value.column, value
    return document.line, document.column, None


def moment_of(instance: Obligation, values: dict[str, Fraction], element: Any) -> Fraction | None:
    for c in instance.continuous:
        return values[c.name]
    if element is not None and isinstance(getattr(element, "at_h", None), Fraction):
        return element.at_h  # type: ignore[no-any-return]
    for value in reversed(list(instance.chosen.values())):
        at = getattr(value, "at_h", None)
        if isinstance(at, Fraction):
            return at
    return None


def counterexample(instance: Obligation, values: dict[str, Fraction]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in instance.chosen.items():
        out[name] = _describe(value)
    for c in instance.continuous:
        if c.kind == "window":
            start = values[c.name]
            out[c.name] = {"start_h": to_json_exact(start), "end_h": to_json_exact(start + c.length)}
        else:
            out[c.name] = to_json_exact(values[c.name])
    for binding in instance.check.bindings:
        out[binding.name] = _describe(instance.scope[binding.name])
    return out


DESCRIBED_FIELDS = ("at_h", "start", "daily_dose_ug", "dose_ug", "phase", "concentration_ug_ml", "volume_ml")


def _describe(value: Any) -> Any:
    if isinstance(value, Window):
        return {"start_h": to_json_exact(value.start), "end_h": to_json_exact(value.end)}
    if isinstance(value, Element):
        out: dict[str, Any] = {"line": value.line}
        fields = value.__dict__
        for key in DESCRIBED_FIELDS:
            if key in fields:
                out[key] = to_json_exact(fields[key])
        return out
    if isinstance(value, tuple):
        return [_describe(v) for v in value]
    return to_json_exact(value)
