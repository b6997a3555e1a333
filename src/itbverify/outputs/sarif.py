"""SARIF 2.1.0 output, for GitHub code scanning and other static-analysis dashboards."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from itbverify import __version__
from itbverify.analyses.run import Run
from itbverify.engines.results import Result
from itbverify.engines.z3.version import solver_version

if TYPE_CHECKING:  # named in annotations only: a writer reads the rule set it is handed, and need not load the rule language
    from itbverify.language.ruleset import RuleSet

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning"}


def _uri(path: str) -> str:
    relative = os.path.relpath(path) if os.path.isabs(path) else path
    return quote(relative.replace(os.sep, "/"))


def _descriptor(rule: Any) -> dict[str, Any]:
    place = f"{rule.pos.file}:{rule.pos.line}"
    if rule.source is not None:
        # A policy pack's rule: its source where a label rule has label lines.
        full = f"Source: {rule.source}; basis: {rule.basis} (a policy pack's rule)."
        text = f"Source: {rule.source}; basis: {rule.basis}."
        markdown = f"- source: {rule.source}\n- basis: `{rule.basis}`"
        cited: dict[str, Any] = {"source": rule.source}
    else:
        lines = ", ".join(str(n) for n in rule.label_lines)
        basis = "the label's words" if rule.basis == "label" else "an interpretation of the label, open to review"
        full = f"Source: label lines {lines}; basis: {rule.basis} ({basis})."
        text = f"Label lines {lines} of the Lioresal Intrathecal label; basis: {rule.basis}."
        markdown = f"- label lines: {lines}\n- basis: `{rule.basis}` ({basis})"
        cited = {"labelLines": list(rule.label_lines)}
    return {
        "id": rule.id,
        "name": rule.id.replace("-", ""),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": f"{rule.title}. {full}"},
        "help": {
            "text": f"{rule.id}: {rule.title}. {text} Rule: {place}.",
            "markdown": f"**{rule.id}** {rule.title}\n\n{markdown}\n- rule: `{place}`",
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"basis": rule.basis, **cited, "severity": rule.severity},
    }


def _location(result: Result, line: int | None, column: int | None) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(1, line or result.line or 1)}
    if column:
        region["startColumn"] = max(1, column)
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(result.file)}, "region": region}}


def sarif_log(run: Run, ruleset: RuleSet) -> dict[str, Any]:
    descriptors = [_descriptor(r) for r in ruleset.rules]
    index = {r.id: i for i, r in enumerate(ruleset.rules)}
    results: list[dict[str, Any]] = []
    for result in run.results:
        for finding in result.findings:
            entry: dict[str, Any] = {
                "level": LEVELS.get(finding.severity, "warning"),
                "message": {"text": f"{result.id}: {finding.message}" if result.id else finding.message},
                "locations": [_location(result, finding.line, finding.column)],
            }
            if finding.requirement is not None:
                entry["ruleId"] = finding.requirement
                entry["ruleIndex"] = index[finding.requirement]
                entry["properties"] = {"document": result.id, "basis": finding.basis, "labelLines": list(finding.label_lines)}
                if finding.source is not None:
                    entry["properties"]["source"] = finding.source
                if finding.counterexample is not None:
                    entry["properties"]["counterexample"] = finding.counterexample
            else:
                entry["ruleId"] = "itbverify/invalid-input" if result.verdict == "invalid" else "itbverify/internal"
            if finding.waiver is not None:
                w = finding.waiver
                entry["suppressions"] = [
                    {"kind": "external", "justification": f"{w['reason']} (approved by {w['approved_by']}, expires {w['expires']})"}
                ]
            results.append(entry)
        for requirement in result.unknown:
            results.append({
                "ruleId": requirement,
                "ruleIndex": index[requirement],
                "level": "error",
                "kind": "fail",
                "message": {"text": f"{result.id}: the solver could not decide {requirement} within its limits (unknown, never safe)"},
                "locations": [_location(result, result.line, 1)],
            })
        for requirement in result.proved:
            results.append({
                "ruleId": requirement,
                "ruleIndex": index[requirement],
                "kind": "pass",
                "level": "none",
                "message": {"text": f"{result.id}: {requirement} proved"},
                "locations": [_location(result, result.line, 1)],
            })
    for skip in run.skips:
        # Listed, not failed: a file that holds no document must not vanish from the log.
        results.append({
            "ruleId": "itbverify/skipped",
            "kind": "notApplicable",
            "level": "none",
            "message": {"text": f"skipped: {skip.reason}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(skip.file)}, "region": {"startLine": max(1, skip.line or 1)}}}],
        })
    extra_rules = [
        {"id": "itbverify/invalid-input", "shortDescription": {"text": "The document could not be read"}, "defaultConfiguration": {"level": "error"}},
        {"id": "itbverify/internal", "shortDescription": {"text": "Internal error or tool notice"}, "defaultConfiguration": {"level": "error"}},
        {"id": "itbverify/skipped", "shortDescription": {"text": "A file that holds no document, skipped"}, "defaultConfiguration": {"level": "note"}},
    ]
    extra_index = {rule["id"]: len(descriptors) + i for i, rule in enumerate(extra_rules)}
    for entry in results:
        if entry["ruleId"].startswith("itbverify/"):
            entry["ruleIndex"] = extra_index[entry["ruleId"]]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "itbverify",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": "https://example.invalid/itbverify",
                        "rules": descriptors + extra_rules,
                        "properties": {"z3Version": solver_version()},
                    }
                },
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
