"""`itbverify test`: each case as it passed or failed, as text or JUnit XML (a test case per case)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from itbverify.analyses.cases import Outcome


def cases_text(folder: Path, outcomes: list[Outcome]) -> str:
    lines = []
    for outcome in outcomes:
        if outcome.passed:
            lines.append(f"PASS {outcome.case.name}")
        else:
            lines.append(f"FAIL {folder / outcome.case.name}: {'; '.join(outcome.differences)}")
            if outcome.result is not None:
                for f in outcome.result.findings:
                    where = f":{f.line}:{f.column}" if f.line is not None else ""
                    lines.append(f"  {outcome.result.file}{where}: {f.requirement or f.severity}: {f.message}")
    failed = sum(1 for o in outcomes if not o.passed)
    lines.append(f"{len(outcomes) - failed} passed, {failed} failed")
    return "\n".join(lines) + "\n"


def cases_junit(folder: Path, outcomes: list[Outcome]) -> str:
    failed = sum(1 for o in outcomes if not o.passed)
    suites = ET.Element("testsuites", name="itbverify test", tests=str(len(outcomes)), failures=str(failed))
    suite = ET.SubElement(suites, "testsuite", name=str(folder), tests=str(len(outcomes)), failures=str(failed), errors="0", skipped="0")
    for outcome in outcomes:
        case = ET.SubElement(suite, "testcase", name=outcome.case.name, classname="itbverify.cases", file=str(folder / outcome.case.name))
        if not outcome.passed:
            failure = ET.SubElement(case, "failure", message="; ".join(outcome.differences), type="case")
            if outcome.result is not None:
                failure.text = "\n".join(f"{f.requirement or f.severity}: {f.message}" for f in outcome.result.findings)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
