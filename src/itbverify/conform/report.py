"""A conformance run as text, JSON or JUnit XML, and its exit code."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

import yaml

from itbverify.conform.run import ConformRun, Failure
from itbverify.engines.results import citation
from itbverify.language.ruleset import RuleSet

EXIT_CONFORMANT, EXIT_FAILED, EXIT_MISBEHAVED, EXIT_UNKNOWN = 0, 1, 2, 3


def exit_code(run: ConformRun, fail_on_refusal: bool) -> int:
    """2 if the target misbehaved, else 1 for an unsafe acceptance (or a needless refusal with --fail-on
    refusal), else 3 if a decision could not be judged, else 0 (as `check`'s codes)."""
    if run.misbehaviours:
        return EXIT_MISBEHAVED
    if run.failures or (fail_on_refusal and run.refusals):
        return EXIT_FAILED
    if run.unknown:
        return EXIT_UNKNOWN
    return EXIT_CONFORMANT


def verdict(run: ConformRun, fail_on_refusal: bool) -> str:
    return {EXIT_CONFORMANT: "conformant", EXIT_FAILED: "not conformant", EXIT_MISBEHAVED: "target misbehaved", EXIT_UNKNOWN: "unknown"}[exit_code(run, fail_on_refusal)]


def describe_event(event: dict[str, Any]) -> str:
    entry = event["entry"]
    when = f"day {entry.get('day')} {entry.get('time', '00:00')}"
    rest = ", ".join(f"{k} {json.dumps(v) if isinstance(v, (list, dict)) else v}" for k, v in entry.items() if k not in ("day", "time"))
    return f"{event['what']} on {when}" + (f": {rest}" if rest else "")


def _trace(ruleset: RuleSet, requirement: str | None) -> dict[str, Any]:
    rule = next((r for r in ruleset.rules if r.id == requirement), None)
    if rule is None:
        return {}
    out = {"severity": rule.severity, "basis": rule.basis, "label_lines": list(rule.label_lines), "title": rule.title}
    if rule.source is not None:
        out["source"] = rule.source
    return out


def failure_json(failure: Failure, ruleset: RuleSet) -> dict[str, Any]:
    return {
        "kind": failure.kind,
        "session": failure.session,
        "decision": failure.index,
        "requirement": failure.requirement,
        **_trace(ruleset, failure.requirement),
        "message": failure.message,
        "reason": failure.reason,
        "events_before_shrink": failure.events_before_shrink,
        "events": failure.events,
        "shrunk": failure.shrunk,
        "replayed": failure.replayed,
        "document": failure.document,
    }


def to_json(run: ConformRun, ruleset: RuleSet, fail_on_refusal: bool) -> dict[str, Any]:
    return {
        "target": run.target,
        "seed": run.seed,
        "sessions": run.sessions,
        "max_events": run.max_events,
        "verdict": verdict(run, fail_on_refusal),
        "decisions": run.decisions,
        "accepted": run.accepted,
        "refused": run.refused,
        "unknown": run.unknown,
        "unsafe_acceptances": [failure_json(f, ruleset) for f in run.failures],
        "needless_refusals": [failure_json(f, ruleset) for f in run.refusals],
        "misbehaviours": [{"session": m.session, "kind": m.kind, "detail": m.detail, "request": m.request} for m in run.misbehaviours],
        "coverage": {
            r: {"inside": vars(c.inside), "outside": vars(c.outside), "covered": r not in run.not_covered(), **_trace(ruleset, r)}
            for r, c in sorted(run.coverage.items())
        },
        "not_covered": run.not_covered(),
        "notes": run.notes,
        "seconds": round(run.seconds, 3),
    }


def to_text(run: ConformRun, ruleset: RuleSet, fail_on_refusal: bool) -> str:
    lines = [(f"itbverify conform {run.target}: seed {run.seed}, {run.sessions} sessions of at most {run.max_events} events, "
              f"{run.decisions} decisions ({run.accepted} accepted, {run.refused} refused) in {run.seconds:.1f} s")]
    for failure in run.failures:
        lines += _failure_text(failure, ruleset)
    if run.refusals:
        fails = " (they fail the run: --fail-on refusal)" if fail_on_refusal else " (reported; they fail the run only with --fail-on refusal)"
        lines.append(f"needless refusals: {len(run.refusals)}{fails}")
        for failure in run.refusals[:5]:
            lines += _failure_text(failure, ruleset)
        if len(run.refusals) > 5:
            lines.append(f"  ... and {len(run.refusals) - 5} more (--format json lists every one)")
    for m in run.misbehaviours:
        lines.append(f"TARGET MISBEHAVED ({m.kind}) in session {m.session}: {m.detail}")
        lines.append(f"  the request: {json.dumps(m.request)[:400]}")
        lines.append("  the target was restarted and the run went on with the next session")
    lines.append("coverage: proposals at each requirement's boundary, inside (allowed) and one unit outside, as the target decided them")
    lines.append(f"  {'requirement':<12} {'inside: accepted':>17} {'refused':>8}   {'outside: accepted':>18} {'refused':>8}")
    for r, c in sorted(run.coverage.items()):
        mark = "" if r not in run.not_covered() else "   not covered"
        lines.append(f"  {r:<12} {c.inside.accepted:>17} {c.inside.refused:>8}   {c.outside.accepted:>18} {c.outside.refused:>8}{mark}")
    missing = run.not_covered()
    if missing:
        lines.append(f"not covered at their boundary (on both sides): {', '.join(missing)}; more sessions or events reach them")
    if run.unknown:
        lines.append(f"{run.unknown} decisions could not be judged (the rule set left a requirement undecided); never counted as conformant")
    lines.append(f"verdict: {verdict(run, fail_on_refusal)}")
    return "\n".join(lines) + "\n"


def _failure_text(failure: Failure, ruleset: RuleSet) -> list[str]:
    trace = _trace(ruleset, failure.requirement)
    head = failure.kind.upper()
    if failure.requirement:
        head += f" {failure.requirement} ({citation(trace.get('label_lines', []), trace.get('source'), trace.get('basis', ''))})"
    if failure.shrunk:
        shrunk = f"shrunk from {failure.events_before_shrink} to {len(failure.events)} events" + (
            ", replayed against the target" if failure.replayed else "; the target did not fail the same way on replay (it may keep state across sessions)")
    else:
        shrunk = f"{len(failure.events)} events, not shrunk"
    out = [f"{head}: session {failure.session}, decision {failure.index}; {shrunk}", f"  {failure.message}"]
    if failure.reason:
        out.append(f"  the target said: {failure.reason}")
    for i, event in enumerate(failure.events, start=1):
        out.append(f"  {i}. {describe_event(event)}")
    out.append("  the plan, as `itbverify check` reads it:")
    out += ["    " + line for line in yaml.safe_dump(failure.document, sort_keys=False).splitlines()]
    return out


def to_junit(run: ConformRun, ruleset: RuleSet, fail_on_refusal: bool) -> str:
    suite = ET.Element("testsuite", name=f"itbverify conform {run.target}")
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for requirement, cover in sorted(run.coverage.items()):
        case = ET.SubElement(suite, "testcase", name=requirement, classname="itbverify.conform")
        counts["tests"] += 1
        found = [f for f in run.failures if f.requirement == requirement]
        if found:
            for f in found:
                failure = ET.SubElement(case, "failure", message=f.message, type="unsafe acceptance")
                failure.text = "\n".join(_failure_text(f, ruleset))
            counts["failures"] += 1
        elif requirement in run.not_covered():
            ET.SubElement(case, "skipped", message="never proposed on both sides of its boundary")
            counts["skipped"] += 1
        ET.SubElement(case, "system-out").text = (f"inside: {cover.inside.accepted} accepted, {cover.inside.refused} refused; "
                                                  f"outside: {cover.outside.accepted} accepted, {cover.outside.refused} refused")
    other = [f for f in run.failures if f.requirement not in run.coverage]
    for f in other:
        case = ET.SubElement(suite, "testcase", name=str(f.requirement), classname="itbverify.conform")
        ET.SubElement(case, "failure", message=f.message, type="unsafe acceptance").text = "\n".join(_failure_text(f, ruleset))
        counts["tests"] += 1
        counts["failures"] += 1
    case = ET.SubElement(suite, "testcase", name="needless refusals", classname="itbverify.conform")
    counts["tests"] += 1
    if run.refusals:
        kind = "failure" if fail_on_refusal else "system-out"
        text = "\n".join(line for f in run.refusals for line in _failure_text(f, ruleset))
        if fail_on_refusal:
            ET.SubElement(case, kind, message=f"{len(run.refusals)} needless refusals", type="needless refusal").text = text
            counts["failures"] += 1
        else:
            ET.SubElement(case, kind).text = text
    case = ET.SubElement(suite, "testcase", name="target behaviour", classname="itbverify.conform")
    counts["tests"] += 1
    if run.misbehaviours:
        for m in run.misbehaviours:
            ET.SubElement(case, "error", message=f"{m.kind}: {m.detail}", type=m.kind).text = json.dumps(m.request)
        counts["errors"] += 1
    for key, value in counts.items():
        suite.set(key, str(value))
    suite.set("time", f"{run.seconds:.3f}")
    suites = ET.Element("testsuites", name="itbverify conform")
    suites.append(suite)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
