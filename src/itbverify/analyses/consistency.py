"""`itbverify rules --check`: the rule set itself, checked with Z3.

Over symbolic plans of a bounded shape (every time, dose, concentration,
volume, age and choice a solver variable; only the order of events and the
phases of the steps are fixed by the layout), per patient profile (origin x
adult/child), for the error-severity rules:

- consistent: some well-formed plan satisfies every rule (the witness is shown);
  otherwise the unsat core names the conflicting requirement ids, minimised;
- not vacuous: each rule is broken by some well-formed plan of some layout;
- redundant: a rule no plan of a layout can break while keeping all the
  others is reported with the ids that imply it (the unsat core).

The layouts are built by engines.z3.ruleset_layouts and the queries put by
engines.z3.ruleset_queries; this module decides what to ask of each layout
and gathers the answers into a report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from itbverify.engines.z3.ruleset_layouts import layouts
from itbverify.engines.z3.ruleset_queries import (
    Solver,
    all_hold,
    breakable,
    broken_while_others_hold,
    holding,
    minimal_core,
    violation,
    witness,
)
from itbverify.language.ruleset import RuleSet


@dataclass
class Report:
    consistent: list[str] = field(default_factory=list)
    inconsistent: list[tuple[str, list[str]]] = field(default_factory=list)
    vacuous: list[str] = field(default_factory=list)
    redundant: list[tuple[str, str, list[str]]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    witnesses: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.inconsistent and not self.vacuous and not self.unknown

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "consistent": self.consistent,
            "inconsistent": [{"profile": p, "conflicting": ids} for p, ids in self.inconsistent],
            "vacuous": self.vacuous,
            "redundant": [{"profile": p, "requirement": r, "implied_by": ids} for p, r, ids in self.redundant],
            "unknown": self.unknown,
            "witnesses": self.witnesses,
        }


def check_ruleset(ruleset: RuleSet, timeout_s: float = 30.0, profiles: list[tuple[str, str]] | None = None,
                  keep: list[tuple[str, Solver, str]] | None = None) -> Report:
    """`keep` collects the consistency queries (label, solver, answer), for the proof artefacts."""
    report = Report()
    rules = [r for r in ruleset.rules if r.severity == "error"]
    broken_somewhere: set[str] = set()
    for origin, band in profiles or [("spinal", "adult"), ("spinal", "child"), ("cerebral", "adult"), ("cerebral", "child")]:
        layouts_here = layouts(origin, band, ruleset.definitions)
        for layout in layouts_here:
            label = f"{band}, {origin} origin; {layout.name}"
            formulas = {r.id: f for r in rules if (f := violation(r, layout, ruleset)) is not None}
            holds = holding(formulas)
            # consistent: every rule holds at once
            answer, query, solver, core = all_hold(layout, holds, timeout_s)
            if keep is not None:
                keep.append((label, query, answer))
            if answer == "sat":
                report.consistent.append(label)
                if origin == "spinal" and band == "adult" and layout is layouts_here[0]:
                    report.witnesses[label] = witness(solver)
            elif answer == "unsat":
                report.inconsistent.append((label, minimal_core(layout, holds, core, timeout_s)))
                continue
            else:
                report.unknown.append(f"consistency: {label}")
                continue
            # vacuity and redundancy, rule by rule
            for rid, formula in formulas.items():
                if rid in broken_somewhere and layout is not layouts_here[0]:
                    continue
                answer, core = broken_while_others_hold(layout, rid, formula, holds, timeout_s)
                if answer == "sat":
                    broken_somewhere.add(rid)
                elif answer == "unsat":
                    if breakable(layout, formula, timeout_s):
                        broken_somewhere.add(rid)
                        if layout is layouts_here[0]:
                            report.redundant.append((label, rid, sorted(core)))
                else:
                    report.unknown.append(f"{rid}: {label}")
    for rule in rules:
        if rule.id not in broken_somewhere:
            report.vacuous.append(rule.id)
    return report


def write_report(report: Report, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(report.to_json(), indent=2))
        return
    print(f"consistent: {len(report.consistent)} profile and layout combinations have a plan that satisfies every error rule")
    for profile, ids in report.inconsistent:
        print(f"INCONSISTENT ({profile}): no plan satisfies all of {', '.join(ids)}")
    for rid in report.vacuous:
        print(f"VACUOUS: {rid} cannot be broken by any well-formed plan of the checked shapes")
    for profile, rid, ids in report.redundant:
        print(f"redundant ({profile}): {rid} is implied by {', '.join(ids) or 'the format alone'}")
    for item in report.unknown:
        print(f"unknown: {item}")
    print("rule set: " + ("consistent, no vacuous rule" if report.ok else "PROBLEMS FOUND"))
