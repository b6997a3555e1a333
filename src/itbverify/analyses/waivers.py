"""Waivers: reviewed exceptions, kept outside the rules.

    waivers:
      - requirement: ITB-TITR-1
        document: increase-35pct        # a document id; shell-style globs allowed
        reason: "..."                   # required, non-empty
        approved_by: "..."              # required
        expires: 2027-01-31             # required; an expired waiver makes the file invalid

A matching error finding keeps its severity and gains the waiver; it no
longer makes its document unsafe. A waiver that matches nothing is stale and
reported as a warning.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from itbverify.documents.read import Mapping, Problem, Scalar, Sequence, read_sources
from itbverify.engines.results import Finding, Result, verdict_of

_FIELDS = ("requirement", "document", "reason", "approved_by", "expires")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Waiver:
    requirement: str
    document: str
    reason: str
    approved_by: str
    expires: date
    line: int
    column: int
    used: bool = False

    def record(self) -> dict[str, Any]:
        return {"reason": self.reason, "approved_by": self.approved_by, "expires": self.expires.isoformat()}


class InvalidWaivers(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def load_waivers(path: str, today: date | None = None) -> list[Waiver]:
    today = today or date.today()
    file = Path(path)
    if not file.is_file():
        raise InvalidWaivers([Problem(path, None, None, "no such waiver file")])
    sources = list(read_sources(file, path))
    source = sources[0]
    if source.node is None:
        raise InvalidWaivers(source.problems)
    problems: list[Problem] = []

    def bad(line: int, column: int, message: str) -> None:
        problems.append(Problem(path, line, column, message))

    node = source.node
    if not isinstance(node, Mapping) or [k.text for k, _ in node.items] != ["waivers"]:
        raise InvalidWaivers([Problem(path, node.line, node.column, "a waiver file is a mapping with the single key 'waivers', a list")])
    items = node.items[0][1]
    if not isinstance(items, Sequence):
        raise InvalidWaivers([Problem(path, items.line, items.column, "waivers: expected a list of waivers")])
    waivers = []
    for i, item in enumerate(items.items):
        where = f"waivers[{i}]"
        if not isinstance(item, Mapping):
            bad(item.line, item.column, f"{where}: expected a mapping with {', '.join(_FIELDS)}")
            continue
        values: dict[str, Scalar] = {}
        for key, value in item.items:
            if key.text not in _FIELDS:
                bad(key.line, key.column, f"{where}: unknown key '{key.text}'; expected one of: {', '.join(_FIELDS)}")
            elif key.text in values:
                bad(key.line, key.column, f"{where}: key '{key.text}' appears twice")
            elif not isinstance(value, Scalar) or not value.text.strip():
                bad(value.line, value.column, f"{where}.{key.text}: expected a non-empty value")
            else:
                values[key.text] = value
        missing = [f for f in _FIELDS if f not in values]
        if missing:
            bad(item.line, item.column, f"{where}: missing {', '.join(missing)} (every waiver needs a requirement, a document, a reason, an approver and an expiry date)")
            continue
        expires_text = values["expires"].text
        if not _DATE.fullmatch(expires_text):
            bad(values["expires"].line, values["expires"].column, f"{where}.expires: expected a date YYYY-MM-DD, got {expires_text}")
            continue
        try:
            expires = date.fromisoformat(expires_text)
        except ValueError:
            bad(values["expires"].line, values["expires"].column, f"{where}.expires: {expires_text} is not a date")
            continue
        if expires < today:
            bad(values["expires"].line, values["expires"].column, f"{where}: the waiver of {values['requirement'].text} for {values['document'].text} expired on {expires_text}")
            continue
        waivers.append(
            Waiver(values["requirement"].text, values["document"].text, values["reason"].text, values["approved_by"].text, expires, item.line, item.column)
        )
    if problems:
        raise InvalidWaivers(problems)
    return waivers


def apply_waivers(results: list[Result], waivers: list[Waiver]) -> None:
    """Attach each matching waiver to its error findings and recompute the verdicts."""
    for result in results:
        if result.verdict in ("invalid", "error"):
            continue
        for finding in result.findings:
            if finding.requirement is None or finding.severity != "error":
                continue
            for waiver in waivers:
                if waiver.requirement == finding.requirement and fnmatch.fnmatchcase(result.id or "", waiver.document):
                    finding.waiver = waiver.record()
                    waiver.used = True
                    break
        result.verdict = verdict_of(result)


def stale_result(path: str, waivers: list[Waiver]) -> Result | None:
    """A result for the waiver file itself: one warning per waiver that matched nothing."""
    stale = [w for w in waivers if not w.used]
    if not stale:
        return None
    findings = [
        Finding(None, "warning", f"stale waiver: {w.requirement} for '{w.document}' matches no finding (approved by {w.approved_by}, expires {w.expires.isoformat()})", w.line, w.column)
        for w in stale
    ]
    return Result("waivers", path, "waivers", "safe", 1, 1, findings)
