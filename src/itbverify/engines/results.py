"""What checking a document gives: its findings, the requirements by status, and its verdict.

Apart from the engines that produce them, so that the writers, the waivers
and the batch can read results without loading the solver.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from itbverify.base.exact import Fraction
from itbverify.base.numbers import to_json_number

# A solver query's budget unless told otherwise; here so that the command line can show it without loading the solver.
DEFAULT_TIMEOUT_S = 10.0

# Every verdict a checked document can get, in the order summaries list them.
VERDICTS = ("safe", "unsafe", "unknown", "invalid", "error")


def citation(label_lines: tuple[int, ...] | list[int], source: str | None, basis: str | None) -> str:
    """Where a requirement comes from, as every output shows it: "label lines 138, 140; label", or for a
    policy pack's rule "source Clinic ITB protocol v3, section 4.2; interpretation"."""
    cited = f"source {source}" if source is not None and not label_lines else f"label lines {', '.join(map(str, label_lines))}"
    return f"{cited}; {basis}"


@dataclass
class Finding:
    requirement: str | None
    severity: str
    message: str
    line: int | None
    column: int | None
    at_h: Fraction | None = None
    basis: str | None = None
    label_lines: tuple[int, ...] = ()
    counterexample: dict[str, Any] | None = None
    waiver: dict[str, Any] | None = None
    source: str | None = None  # a policy pack's rule: its source, where a label rule has label lines

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "requirement": self.requirement,
            "severity": self.severity,
            "message": self.message,
            "at_h": to_json_number(self.at_h) if self.at_h is not None else None,
            "line": self.line,
            "column": self.column,
            "counterexample": self.counterexample,
        }
        if self.requirement is not None:
            out["basis"] = self.basis
            out["label_lines"] = list(self.label_lines)
            if self.source is not None:
                out["source"] = self.source
        if self.waiver is not None:
            out["waiver"] = self.waiver
        return out


@dataclass
class Result:
    id: str | None
    file: str
    kind: str | None
    verdict: str
    line: int = 1
    column: int = 1
    findings: list[Finding] = field(default_factory=list)
    proved: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    not_applicable: list[str] = field(default_factory=list)
    depends_on_entry: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    solver_calls: int = 0
    seconds: float = 0.0

    def list_under(self, rule_id: str, status: str) -> bool:
        """List the rule under its status; False for a status whose findings say it instead."""
        if status == "proved":
            self.proved.append(rule_id)
        elif status == "unknown":
            self.unknown.append(rule_id)
        elif status == "not-applicable":
            self.not_applicable.append(rule_id)
        elif status == "depends":
            self.depends_on_entry.append(rule_id)
        else:
            return False
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file,
            "line": self.line,
            "kind": self.kind,
            "verdict": self.verdict,
            "findings": [f.to_json() for f in self.findings],
            "proved": self.proved,
            "unknown": self.unknown,
            "not_applicable": self.not_applicable,
            **({"depends_on_entry": self.depends_on_entry} if self.kind == "library" else {}),
            "notes": self.notes,
        }


def verdict_of(result: Result) -> str:
    if any(f.severity == "error" and f.requirement is not None and f.waiver is None for f in result.findings):
        return "unsafe"
    if result.unknown:
        return "unknown"
    return "safe"
