"""`itbverify batch`: results out equal documents in, in order, whatever breaks."""

from __future__ import annotations

import json
import os
import shutil
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import CASES, REPO, base_plan, run_cli

needs_cases = pytest.mark.skipif(not CASES.exists(), reason="../shared/examples is not beside this checkout")


def _jsonl(path: Path, documents: list[dict], extra_lines: list[str] = ()) -> Path:
    lines = [json.dumps(d) for d in documents] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _plans(n: int) -> list[dict]:
    out = []
    for i in range(n):
        plan = base_plan(id=f"plan-{i}")
        if i % 3 == 1:
            plan["infusion"][2]["daily_dose_ug"] = 243  # +35%: unsafe
        out.append(plan)
    return out


def test_batch_writes_one_result_per_document_in_order(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "plans.jsonl", _plans(12), ["{not json", "", "[1, 2]"])
    out = tmp_path / "results.jsonl"
    proc = run_cli("batch", str(source), "--jobs", "2", "--output", str(out))
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(results) == 14  # 12 plans and 2 broken lines; the blank line is no document
    assert [r["id"] for r in results[:12]] == [f"plan-{i}" for i in range(12)]
    assert [r["verdict"] for r in results[:12]] == ["unsafe" if i % 3 == 1 else "safe" for i in range(12)]
    assert [r["line"] for r in results] == list(range(1, 14)) + [15]
    assert {r["verdict"] for r in results[12:]} == {"invalid"}
    assert all(r["findings"] and r["findings"][0]["line"] == r["line"] for r in results[12:])
    assert proc.returncode == 2  # an invalid document decides the exit code
    assert "14 documents" in proc.stderr and "4 unsafe" in proc.stderr and "ITB-TITR-1" in proc.stderr


def test_batch_result_is_the_check_json_object(tmp_path: Path) -> None:
    write = tmp_path / "one.yaml"
    write.write_text(yaml.safe_dump(_plans(2)[1], sort_keys=False), encoding="utf-8")
    batch = run_cli("batch", str(write), "--jobs", "1")
    check = run_cli("check", "--format", "json", str(write))
    assert json.loads(batch.stdout.strip()) == json.loads(check.stdout)
    assert batch.returncode == check.returncode == 1


def test_exit_codes_follow_check(tmp_path: Path) -> None:
    safe = _jsonl(tmp_path / "safe.jsonl", _plans(1))
    assert run_cli("batch", str(safe), "--jobs", "1").returncode == 0
    unsafe = _jsonl(tmp_path / "unsafe.jsonl", _plans(2))
    assert run_cli("batch", str(unsafe), "--jobs", "1").returncode == 1
    assert run_cli("batch", str(tmp_path / "missing.jsonl")).returncode == 2


def test_a_worker_that_dies_loses_only_its_own_document(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "plans.jsonl", _plans(10))
    out = tmp_path / "results.jsonl"
    env = dict(os.environ, ITBVERIFY_FAULT_EXIT_ON='"plan-4"')
    import subprocess

    from conftest import itbverify_command

    proc = subprocess.run(itbverify_command() + ["batch", str(source), "--jobs", "2", "--output", str(out)], check=False, capture_output=True, text=True, env=env, timeout=300)
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(results) == 10
    verdicts = {r["line"]: r["verdict"] for r in results}
    assert verdicts[5] == "error" and "stopped unexpectedly" in results[4]["findings"][0]["message"]
    assert all(v in ("safe", "unsafe") for line, v in verdicts.items() if line != 5)
    assert proc.returncode == 2


@needs_cases
def test_dask_executor_gives_the_local_results(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    folder = tmp_path / "cases"
    folder.mkdir()
    for name in ("safe-spinal-adult.yaml", "increase-35pct.yaml", "bad-type.yaml", "program-increase-too-soon.yaml"):
        shutil.copy(CASES / name, folder / name)
    _jsonl(folder / "more.jsonl", _plans(4))
    local = run_cli("batch", str(folder), "--jobs", "2")
    dask = run_cli("batch", str(folder), "--executor", "dask")
    assert local.returncode == dask.returncode == 2
    assert [json.loads(x) for x in local.stdout.splitlines()] == [json.loads(x) for x in dask.stdout.splitlines()]
    assert len(local.stdout.splitlines()) == 8


def test_lines_are_decoded_as_check_decodes_them_across_blocks(tmp_path: Path) -> None:
    # Workers decode raw lines in blocks of 64: a bad line in the second block is still its own document,
    # at its own line, and a UTF-16 file (decoded whole) gives the results of its UTF-8 twin.
    plans = _plans(70)
    text = "\n".join(json.dumps(p) for p in plans) + "\n"
    raw = text.encode("utf-8").split(b"\n")
    raw.insert(66, b'{"itbverify": "\xff"}')
    raw.insert(3, b"   ")
    (tmp_path / "bytes.jsonl").write_bytes(b"\n".join(raw))
    proc = run_cli("batch", str(tmp_path / "bytes.jsonl"), "--jobs", "2")
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(results) == 71
    assert [r["line"] for r in results] == [1, 2, 3] + list(range(5, 73))  # line 4 is blank
    bad = [r for r in results if r["line"] == 68]
    assert bad and bad[0]["verdict"] == "invalid" and "0xff is not UTF-8" in bad[0]["findings"][0]["message"]
    assert [r["id"] for r in results if r["line"] != 68] == [p["id"] for p in plans]
    assert proc.returncode == 2

    (tmp_path / "wide.jsonl").write_bytes(text.encode("utf-16"))
    (tmp_path / "narrow.jsonl").write_text(text, encoding="utf-8")
    wide = run_cli("batch", str(tmp_path / "wide.jsonl"), "--jobs", "2")
    narrow = run_cli("batch", str(tmp_path / "narrow.jsonl"), "--jobs", "2")
    assert len(wide.stdout.splitlines()) == 70
    assert [json.loads(x) | {"file": None} for x in wide.stdout.splitlines()] == [json.loads(x) | {"file": None} for x in narrow.stdout.splitlines()]
    assert wide.returncode == narrow.returncode == 1


def _every_kind_of_result() -> list[Any]:
    """Results of the bundled examples, the conformance cases and the hostile corpus (safe, unsafe,
    invalid, warnings, programs), and made ones for what those lack: a waiver, a library, no id or
    kind, an internal error, text JSON must escape, numbers that are not whole."""
    from itbverify.analyses.check import check_paths
    from itbverify.engines.results import Finding, Result
    from itbverify.language.ruleset import default_ruleset

    paths = [str(p) for p in sorted((REPO / "examples").glob("*.yaml"))] + [str(REPO / "tests" / "corpus" / "hostile")]
    if CASES.exists():
        paths.append(str(CASES))
    results = check_paths(paths, default_ruleset(), engine="auto").results
    odd = 'a "quoted" \\ back\\slash, a tab\t, a bell \x07, é, → and 😀'
    waived = Finding("ITB-TITR-1", "error", odd, 3, 14, Fraction(245, 2), "label", (138, 140),
                     {"s": {"line": 3, "at_h": 122.5, "daily_dose_ug": "1/3"}, "p": 0.3, "none": None, "flags": [True, False]},
                     {"reason": odd, "expires": "2027-01-01"})
    library = Result("lib-1", "lib.yaml", "library", "unsafe", 1, 1, [waived], ["ITB-PAT-1"], ["ITB-PUMP-4"], [],
                     ["ITB-TITR-3"], [odd])
    bare = Result(None, odd, None, "error", 7, 1, [Finding(None, "error", "internal error: boom", None, None)])
    interpreted = Result("P-1", "p.yaml", "plan", "unsafe", 1, 1,
                         [Finding("ITB-TITR-3", "warning", "m", 1, 2, Fraction(1, 3), "interpretation", (138,), None)])
    return [*results, library, bare, interpreted]


def test_a_batch_line_is_the_encoders_text_of_the_result() -> None:
    """The batch writes each result written out piece by piece (jsonline.py), with the parts that repeat
    kept: the very text json.dumps gives for the result's to_json(), twice over so the kept parts are used."""
    from itbverify.outputs.jsonline import result_json

    results = _every_kind_of_result()
    assert {r.verdict for r in results} >= {"safe", "unsafe", "invalid", "error"}
    for _ in range(2):
        for result in results:
            assert result_json(result) == json.dumps(result.to_json(), ensure_ascii=False)


def test_a_checked_json_line_leaves_no_garbage_for_the_collector() -> None:
    """A batch checks a document and lets it go: nothing of it may wait for the garbage collector (a cycle
    of steps, runs and neighbours would, and the collector would then walk it every few dozen plans)."""
    import gc

    from itbverify.analyses.check import check_json_line
    from itbverify.language.ruleset import default_ruleset

    rules = default_ruleset()
    lines = [json.dumps(plan) for plan in _plans(6)]
    gc.collect()
    gc.disable()
    try:
        for number, line in enumerate(lines, start=1):
            result = check_json_line(line, number, "plans.jsonl", rules, engine="auto")
            assert result.verdict in ("safe", "unsafe")
        assert gc.collect() == 0
    finally:
        gc.enable()
