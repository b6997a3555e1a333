"""Writing results: text for people, JSON for tools."""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import TYPE_CHECKING, Any, TextIO

from itbverify.analyses.run import Run, skipped_json
from itbverify.engines.results import VERDICTS, Result, citation

if TYPE_CHECKING:  # named in annotations only: a writer reads the rule set it is handed, and need not load the rule language
    from itbverify.language.ruleset import RuleSet

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "safe": "\033[32m", "unknown": "\033[35m", "reset": "\033[0m"}


def results_json(run: Run) -> str:
    objects: list[Any] = [r.to_json() for r in run.results] + [skipped_json(skip) for skip in run.skips]
    payload: Any = objects[0] if len(objects) == 1 else objects
    return json.dumps(payload, indent=2, ensure_ascii=False)


def _paint(text: str, colour: str, enabled: bool) -> str:
    if not enabled:
        return text
    return f"{_COLOURS[colour]}{text}{_COLOURS['reset']}"


def write_text(run: Run, out: TextIO, colour: bool | None = None) -> None:
    if colour is None:
        colour = out.isatty()
    out.writelines(f"{problem.where()}: {problem.message}\n" for problem in run.missing)
    for result in run.results:
        write_result(result, out, colour)
    counts = Counter(r.verdict for r in run.results)
    parts = [f"{counts[v]} {v}" for v in VERDICTS if counts[v]]
    findings = sum(len(r.findings) for r in run.results)
    out.writelines(f"{skip.where()}: skipped: {skip.reason}\n" for skip in run.skips)
    summary = f"{len(run.results)} document{'s' if len(run.results) != 1 else ''}: {', '.join(parts) or 'none'}; {findings} finding{'s' if findings != 1 else ''}"
    if run.skips:
        summary += f"; {len(run.skips)} skipped: {', '.join(run.skipped)}"
    out.write(summary + "\n")


def write_result(result: Result, out: TextIO, colour: bool) -> None:
    verdict = result.verdict
    shade = {"safe": "safe", "unsafe": "error", "invalid": "error", "error": "error", "unknown": "unknown"}[verdict]
    out.write(f"{result.file}:{result.line}: {result.id or '(no id)'}: {_paint(verdict.upper(), shade, colour)}\n")
    for f in result.findings:
        where = f"{result.file}:{f.line}:{f.column}" if f.line is not None else result.file
        if f.requirement is None:
            label = "invalid" if verdict == "invalid" else f.severity
            out.write(f"  {where}: {_paint(label, f.severity, colour)}: {f.message}\n")
            continue
        tag = f"{f.severity}" + (" (waived)" if f.waiver else "")
        cited = f"label lines {','.join(map(str, f.label_lines))}; {f.basis}" if f.source is None else citation((), f.source, f.basis)
        out.write(
            f"  {where}: {f.requirement} {_paint(tag, f.severity, colour)}: {f.message} "
            f"[{cited}]\n"
        )
        if f.waiver:
            w = f.waiver
            out.write(f"      waived by {w['approved_by']} until {w['expires']}: {w['reason']}\n")
    if result.unknown:
        out.write(f"  {_paint('unknown', 'unknown', colour)}: the solver could not decide {', '.join(result.unknown)} within its limits\n")
    out.writelines(f"  note: {note}\n" for note in result.notes)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write_github(run: Run, out: TextIO) -> None:
    """GitHub Actions workflow commands: an annotation on the right line of each file."""
    out.writelines(f"::error file={_escape_property(problem.file)},title=itbverify::{_escape_data(problem.message)}\n" for problem in run.missing)
    out.writelines(f"::notice file={_escape_property(skip.file)},title=itbverify skipped::{_escape_data(f'skipped: {skip.reason}')}\n" for skip in run.skips)
    for result in run.results:
        for f in result.findings:
            level = "error" if f.severity == "error" and f.waiver is None else "warning"
            title = f.requirement or ("invalid input" if result.verdict == "invalid" else "itbverify")
            message = f"{result.id}: {f.message}" if result.id else f.message
            if f.requirement:
                message += f" [{citation(f.label_lines, f.source, f.basis)}]"
            if f.waiver:
                message += f" (waived by {f.waiver['approved_by']} until {f.waiver['expires']}: {f.waiver['reason']})"
            place = f"file={_escape_property(result.file)}"
            if f.line is not None:
                place += f",line={f.line}"
                if f.column is not None:
                    place += f",col={f.column}"
            out.write(f"::{level} {place},title={_escape_property(title)}::{_escape_data(message)}\n")
        out.writelines(f"::error file={_escape_property(result.file)},line={result.line},title={requirement}::{_escape_data(f'{result.id}: unknown: the solver could not decide {requirement} within its limits')}\n" for requirement in result.unknown)


def write(run: Run, fmt: str, out: TextIO | None = None, ruleset: RuleSet | None = None) -> None:
    # Standard output as it is when called, not when this module was imported (a caller may have redirected it).
    out = sys.stdout if out is None else out
    if fmt == "json":
        out.write(results_json(run) + "\n")
    elif fmt == "sarif":
        from itbverify.outputs.sarif import sarif_log

        assert ruleset is not None
        out.write(json.dumps(sarif_log(run, ruleset), indent=2, ensure_ascii=False) + "\n")
    elif fmt == "junit":
        from itbverify.outputs.junit import junit_xml

        assert ruleset is not None
        out.write(junit_xml(run, ruleset))
    elif fmt == "github":
        write_github(run, out)
    else:
        write_text(run, out)
