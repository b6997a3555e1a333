"""`itbverify test DIR`: a folder of documents with their expected results, checked against the rules.

DIR holds the documents and `expected.yaml`, the form of the conformance
cases: for each document's file name, its verdict, the exact set of error
requirements it breaks, and warnings that must be among those it gets:

    too-low-alarm.yaml:
      verdict: unsafe
      errors: [CLINIC-ALARM-1]
      warnings: []

A case passes when the document's result has that verdict, exactly those
error requirements (for an invalid document, none are compared) and at least
those warnings. A policy pack's CI is this one command with `--rules`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from itbverify.analyses.check import check_paths
from itbverify.engines.results import VERDICTS, Result
from itbverify.language.ruleset import RuleSet

EXPECTED = "expected.yaml"
_KEYS = ("verdict", "errors", "warnings")


class CasesError(Exception):
    """A folder of cases that cannot be run: no expected.yaml, one that says something other than the form, a
    case file missing. Located where it can be (file:line:column)."""


@dataclass(frozen=True)
class Expected:
    name: str
    line: int
    verdict: str
    errors: frozenset[str]
    warnings: frozenset[str]


@dataclass
class Outcome:
    case: Expected
    result: Result | None
    differences: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.differences


def read_expected(folder: Path) -> list[Expected]:
    """The cases of FOLDER's expected.yaml, in name order; CasesError, located, where it is not of the form."""
    import yaml

    path = folder / EXPECTED
    if not folder.is_dir():
        raise CasesError(f"{folder}: {'not a folder' if folder.exists() else 'no such folder'}; expected a folder of cases with an {EXPECTED}")
    if not path.is_file():
        raise CasesError(f"{folder}: no {EXPECTED}; expected one naming each case's verdict, errors and warnings")
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
        raise CasesError(f"{where}: not YAML: {getattr(error, 'problem', None) or error}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CasesError(f"{path}: cannot read it: {getattr(error, 'strerror', None) or error}") from None
    if not isinstance(root, yaml.MappingNode):
        raise CasesError(f"{path}:1:1: expected a mapping of case file names to their expected results")
    cases = []
    for key, value in root.value:
        where = f"{path}:{key.start_mark.line + 1}:{key.start_mark.column + 1}"
        if not isinstance(key, yaml.ScalarNode) or not isinstance(value, yaml.MappingNode):
            raise CasesError(f"{where}: expected a case file's name and a mapping of {', '.join(_KEYS)}")
        verdict: str | None = None
        lists: dict[str, frozenset[str]] = {}
        for k, v in value.value:
            at = f"{path}:{k.start_mark.line + 1}:{k.start_mark.column + 1}"
            if not isinstance(k, yaml.ScalarNode) or k.value not in _KEYS:
                raise CasesError(f"{at}: unknown key {getattr(k, 'value', '?')!r}; expected {', '.join(_KEYS)}")
            if k.value in lists or (k.value == "verdict" and verdict is not None):
                raise CasesError(f"{at}: '{k.value}' is given twice")
            if k.value == "verdict":
                if not isinstance(v, yaml.ScalarNode) or v.value not in VERDICTS:
                    raise CasesError(f"{at}: verdict: expected one of {', '.join(VERDICTS)}")
                verdict = str(v.value)
            else:
                if not isinstance(v, yaml.SequenceNode) or not all(isinstance(i, yaml.ScalarNode) and i.value for i in v.value):
                    raise CasesError(f"{at}: {k.value}: expected a list of requirement ids ([] for none)")
                lists[k.value] = frozenset(str(i.value) for i in v.value)
        if verdict is None:
            raise CasesError(f"{where}: case {key.value} gives no verdict")
        if not (folder / key.value).is_file():
            raise CasesError(f"{where}: no case file {key.value} in {folder}")
        cases.append(Expected(str(key.value), key.start_mark.line + 1, verdict, lists.get("errors", frozenset()), lists.get("warnings", frozenset())))
    return sorted(cases, key=lambda c: c.name)


def run_cases(folder: Path, ruleset: RuleSet, timeout_s: float) -> list[Outcome]:
    """Every case of FOLDER checked against RULESET, as `itbverify check` checks it, and compared."""
    outcomes = []
    for case in read_expected(folder):
        run = check_paths([str(folder / case.name)], ruleset, timeout_s, engine="auto")
        result = run.results[0] if run.results else None
        outcomes.append(Outcome(case, result, _differences(case, result, run.skipped)))
    return outcomes


def _differences(case: Expected, result: Result | None, skipped: list[str]) -> list[str]:
    if result is None:
        return [f"no document was checked ({'skipped: not an itbverify document' if skipped else 'the file holds none'})"]
    out = []
    if result.verdict != case.verdict:
        out.append(f"verdict {result.verdict}, expected {case.verdict}")
    errors = {f.requirement for f in result.findings if f.severity == "error" and f.requirement}
    if case.verdict != "invalid" and errors != case.errors:
        out.append(f"errors [{', '.join(sorted(errors))}], expected [{', '.join(sorted(case.errors))}]")
    warnings = {f.requirement for f in result.findings if f.severity == "warning" and f.requirement}
    missing = case.warnings - warnings
    if missing:
        out.append(f"warnings missing: {', '.join(sorted(missing))}")
    return out
