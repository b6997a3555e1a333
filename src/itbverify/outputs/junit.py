"""JUnit XML output: a test suite per document, a test case per requirement."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

from itbverify.analyses.run import Run
from itbverify.documents.read import Skip
from itbverify.engines.results import Result, citation

if TYPE_CHECKING:  # named in annotations only: a writer reads the rule set it is handed, and need not load the rule language
    from itbverify.language.ruleset import RuleSet


def _suite(result: Result, ruleset: RuleSet) -> ET.Element:
    suite = ET.Element("testsuite", name=result.id or result.file, file=result.file)
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    classname = f"itbverify.{result.id or 'document'}"
    if result.kind == "waivers":
        # The waiver file itself: a case per stale waiver, reported, not failed.
        for finding in result.findings:
            case = ET.SubElement(suite, "testcase", name=f"waiver at line {finding.line}", classname="itbverify.waivers", file=result.file)
            ET.SubElement(case, "system-out").text = f"warning: {result.file}:{finding.line}:{finding.column}: {finding.message}"
            counts["tests"] += 1
    elif result.verdict in ("invalid", "error"):
        case = ET.SubElement(suite, "testcase", name="document", classname=classname, file=result.file)
        kind = "error"
        text = "\n".join(f"{result.file}:{f.line}:{f.column}: {f.message}" for f in result.findings)
        ET.SubElement(case, kind, message=f"{result.verdict}: {result.findings[0].message if result.findings else ''}", type=result.verdict).text = text
        counts["tests"] += 1
        counts["errors"] += 1
    else:
        by_requirement: dict[str, list[Any]] = {}
        for finding in result.findings:
            if finding.requirement is not None:
                by_requirement.setdefault(finding.requirement, []).append(finding)
        for rule in ruleset.rules:
            case = ET.SubElement(suite, "testcase", name=rule.id, classname=classname, file=result.file)
            counts["tests"] += 1
            findings = by_requirement.get(rule.id, [])
            errors = [f for f in findings if f.severity == "error" and f.waiver is None]
            if rule.id in result.not_applicable or rule.id in getattr(result, "depends_on_entry", []):
                why = "not applicable to this document" if rule.id in result.not_applicable else "depends on values entered at programming time"
                ET.SubElement(case, "skipped", message=why)
                counts["skipped"] += 1
            elif rule.id in result.unknown:
                ET.SubElement(case, "error", message="unknown: the solver could not decide it within its limits", type="unknown")
                counts["errors"] += 1
            elif errors:
                for f in errors:
                    failure = ET.SubElement(case, "failure", message=f.message, type=rule.id)
                    failure.text = f"{result.file}:{f.line}:{f.column}: {f.message}\n{citation(rule.label_lines, rule.source, 'basis: ' + rule.basis)}"
                counts["failures"] += 1
            notes = [f for f in findings if f.severity == "warning" or f.waiver is not None]
            if notes:
                lines = []
                for f in notes:
                    tag = "waived" if f.waiver else "warning"
                    extra = f" (waived by {f.waiver['approved_by']} until {f.waiver['expires']}: {f.waiver['reason']})" if f.waiver else ""
                    lines.append(f"{tag}: {result.file}:{f.line}:{f.column}: {f.message}{extra}")
                ET.SubElement(case, "system-out").text = "\n".join(lines)
    for key, value in counts.items():
        suite.set(key, str(value))
    return suite


def _skipped_suite(skip: Skip) -> ET.Element:
    """A file that holds no document: one skipped case, so a dashboard shows it was passed over, and why."""
    suite = ET.Element("testsuite", name=skip.file, file=skip.file, tests="1", failures="0", errors="0", skipped="1")
    case = ET.SubElement(suite, "testcase", name="document", classname="itbverify.skipped", file=skip.file)
    ET.SubElement(case, "skipped", message=skip.reason)
    return suite


def junit_xml(run: Run, ruleset: RuleSet) -> str:
    root = ET.Element("testsuites", name="itbverify")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    suites = [_suite(result, ruleset) for result in run.results] + [_skipped_suite(skip) for skip in run.skips]
    for suite in suites:
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
