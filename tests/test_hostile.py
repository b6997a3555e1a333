"""Hostile input: a corpus of malformed, hostile and enormous documents, and a mutation fuzzer.

Nothing may crash (no traceback, no `error` verdict), hang, execute anything,
or come out `safe` when it breaks the format.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import base_plan, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itbverify.analyses.check import check_source
from itbverify.documents.read import Source, compose
from itbverify.language.ruleset import default_ruleset

CORPUS = Path(__file__).resolve().parent / "corpus"
EXPECTED = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
RULES = default_ruleset()


def test_corpus_is_large_enough() -> None:
    assert len(EXPECTED) >= 40


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_case(name: str, tmp_path: Path) -> None:
    expected = EXPECTED[name]
    started = time.perf_counter()
    proc = run_cli("check", "--format", "json", str(CORPUS / "hostile" / name), cwd=tmp_path)
    assert time.perf_counter() - started < 60, "bounded time"
    assert "Traceback" not in proc.stderr, proc.stderr
    assert not list(tmp_path.iterdir()) and not Path("/tmp/itbverify-pwned").exists(), "nothing executed"
    if "verdicts" in expected:
        results = json.loads(proc.stdout)
        assert [r["verdict"] for r in results] == expected["verdicts"]
        for r in results:
            if r["verdict"] == "invalid":
                assert r["findings"] and r["findings"][0]["line"] == r["line"], r
        assert proc.returncode == 2
        return
    if expected["verdict"] == "skipped":
        # Listed, and nothing checked: a run that checks nothing fails.
        assert proc.returncode == 2 and "no document was checked" in proc.stderr
        assert json.loads(proc.stdout)["verdict"] == "skipped"
        return
    result = json.loads(proc.stdout)
    assert result["verdict"] == expected["verdict"], result
    if expected["verdict"] == "invalid":
        assert proc.returncode == 2
        assert result["findings"] and all(f["requirement"] is None and f["message"] for f in result["findings"])
        if expected["line"] is not None:
            assert expected["line"] in {f["line"] for f in result["findings"]}, result["findings"]
    else:
        assert proc.returncode == 0


# ---- the fuzzer -----------------------------------------------------------------------------

BROKEN = "broken"  # a mutation that makes any document break the format
ANY = "any"  # a mutation that may or may not


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, prefix + (i,))
    return out


def _parent(document: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        document = document[key]
    return document


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    """(text, kind): a valid plan mutated once or twice."""
    document = base_plan(boluses=[{"day": 5, "time": "14:00", "dose_ug": 20, "via": "pump"}])
    kind = ANY
    broken: set[tuple[Any, ...]] = set()
    for _ in range(draw(st.integers(1, 2))):
        # A second mutation leaves the value the first one broke alone (perturbing a negated dose to 0
        # would mend it, and the document would be taken for broken).
        paths = [q for q in _paths(document) if not any(q[: len(b)] == b for b in broken)]
        path = draw(st.sampled_from(paths))
        parent = _parent(document, path)
        key = path[-1]
        action = draw(st.sampled_from(["retype", "unknown-key", "perturb", "delete", "shift-time", "negate"]))
        if action == "retype" and isinstance(parent[key], (int, float)) and not isinstance(parent[key], bool):
            parent[key] = draw(st.sampled_from(["12", True, [1], {"x": 1}, None]))
            kind = BROKEN
            broken.add(path)
        elif action == "unknown-key" and isinstance(parent, dict):
            parent[str(key) + draw(st.sampled_from(["_x", "s", "\u0131"]))] = 1
            kind = BROKEN
        elif action == "negate" and isinstance(parent[key], (int, float)) and not isinstance(parent[key], bool) and parent[key] > 0 and key not in ("day",):
            parent[key] = -parent[key]
            kind = BROKEN
            broken.add(path)
        elif action == "perturb" and isinstance(parent[key], (int, float)) and not isinstance(parent[key], bool):
            parent[key] = draw(st.sampled_from([0, 0.01, 1e6, parent[key] * 1.3, parent[key] + 0.01]))
        elif action == "delete" and isinstance(parent, dict):
            del parent[key]
            kind = ANY  # it may have deleted what an earlier mutation broke
        elif action == "shift-time" and key == "time":
            parent[key] = draw(st.sampled_from(["00:00", "23:59", "10:01", "24:00", "9:5"]))
            if parent[key] in ("24:00", "9:5"):
                kind = BROKEN
                broken.add(path)
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    if draw(st.integers(0, 9)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
        kind = ANY
    if draw(st.integers(0, 9)) == 0:
        lines = text.splitlines(keepends=True)
        if len(lines) > 2:
            i = draw(st.integers(1, len(lines) - 1))
            if lines[i].startswith(("patient", "pump", "id:", "kind:", "end")):
                text = text + lines[i]  # a duplicated top-level key
                kind = BROKEN
    return text, kind


@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=mutated())
def test_fuzzed_documents_never_crash_and_never_pass_broken(case: tuple[str, str]) -> None:
    text, kind = case
    node, problems = compose(text, "fuzz.yaml")
    line, column = (node.line, node.column) if node is not None else (1, 1)
    result = check_source(Source("fuzz.yaml", line, column, node, problems), RULES, 10.0, engine="auto")
    assert result.verdict != "error", [f.message for f in result.findings]
    if kind == BROKEN:
        assert result.verdict == "invalid", (text, result.verdict)
    if result.verdict == "invalid":
        for f in result.findings:
            assert f.requirement is None and f.message
            assert f.line is None or 1 <= f.line <= max(1, text.count("\n") + 1), f
