"""A `kind: program` document as the solver sees it: what the pump or the patient may do, as variables.

Every patient bolus the allowance permits is a pair of solver variables (is
it taken, and when), constrained by the lockout and the most per 24 hours,
and the delivery factor f is a solver variable in [1, 1 + tolerance]. The
document read from the file stays as it was; the solver works on a copy.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from itbverify.base.exact import Fraction
from itbverify.documents.model import Bolus, Document
from itbverify.documents.program import MAX_PATIENT_BOLUSES
from itbverify.engines.z3.shapes import Boluses, bolus_pattern, delivery_factor
from itbverify.semantics.values import to_real


@dataclass(eq=False)
class SymbolicDocument(Document):
    """A document some of whose values are solver variables, with the constraints those variables meet."""

    assumptions: list[Any] = field(default_factory=list)


def symbolic_document(document: Document) -> Document:
    """DOCUMENT with what it leaves open as solver variables (DOCUMENT itself when it leaves nothing open)."""
    if not document.leaves_open:
        return document
    assumptions: list[Any] = []
    factor: Any = document.delivery_factor
    if document.delivery_tolerance_pct > 0:
        factor, bounds = delivery_factor("delivery_factor", document.delivery_tolerance_pct)
        assumptions += bounds
    boluses: tuple[Bolus, ...] = document.boluses
    allowance = document.patient_bolus
    if allowance is not None:
        count = min(allowance.allowed, MAX_PATIENT_BOLUSES)
        boluses, constraints = bolus_pattern("", count, allowance.dose_ug, to_real(allowance.lockout_h), allowance.max_per_day,
                                             allowance.max_per_day, to_real(document.end_h))
        for bolus in boluses:
            bolus.line, bolus.column, bolus.positions = allowance.line, allowance.column, allowance.positions
            bolus.draws_ml = allowance.draws_ml
        if allowance.allowed > MAX_PATIENT_BOLUSES:
            boluses = Boluses(boluses)
        assumptions += constraints
    stated = {f.name: getattr(document, f.name) for f in dataclasses.fields(Document) if f.init}
    return SymbolicDocument(**{**stated, "boluses": boluses, "delivery_factor": factor}, assumptions=assumptions)


def without_solver(document: Document, boluses: tuple[Bolus, ...], factor: Fraction) -> Document:
    """The concrete document a solver's answer describes: these boluses taken, this delivery factor, and
    nothing left open."""
    stated = {f.name: getattr(document, f.name) for f in dataclasses.fields(Document) if f.init}
    return Document(**{**stated, "boluses": boluses, "delivery_factor": factor, "delivery_tolerance_pct": Fraction(0),
                       "patient_bolus": None})


def assumptions_of(document: Document) -> list[Any]:
    """The constraints the solver variables of DOCUMENT meet (none for a document without any)."""
    return document.assumptions if isinstance(document, SymbolicDocument) else []
