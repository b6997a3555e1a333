"""The command line never tracebacks, never passes on nothing, and says what it skipped.

Every usage mistake is one line on standard error (after the command's usage,
for argparse's own) and exit 2; a run that checks no document exits 2; a file
that holds no document is listed, with why, in every output format.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import REPO, base_plan, itbverify_command, run_cli, run_process

PLAN = yaml.safe_dump(base_plan(id="T-plan"), sort_keys=False)
MISSPELT = PLAN.replace("itbverify: 1", "itbverfy: 1")
FOREIGN = "name: ci\non: push\n"
FORMATS = ["text", "json", "sarif", "junit", "github"]


def error_lines(proc: subprocess.CompletedProcess[str]) -> list[str]:
    """Standard error without argparse's usage block (its first line and the indented lines after it)."""
    lines = proc.stderr.splitlines()
    if lines and lines[0].startswith("usage:"):
        lines = lines[1:]
        while lines and lines[0].startswith(" "):
            lines = lines[1:]
    return lines


def assert_usage_error(proc: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 2, no traceback, one line of error that names what is wrong."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr
    lines = error_lines(proc)
    assert len(lines) == 1, proc.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def folder_with(tmp_path: Path, files: dict[str, str], name: str = "docs") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


# ---------------------------------------------------------------- nothing checked is not a pass


def test_a_misspelt_version_key_is_invalid_with_a_hint(tmp_path: Path) -> None:
    folder_with(tmp_path, {"plan.yaml": MISSPELT})
    proc = run_process("check", "--format", "json", "docs", cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout
    result = json.loads(proc.stdout)
    assert result["verdict"] == "invalid" and result["id"] == "T-plan"
    hint = result["findings"][0]
    assert "did you mean itbverify" in hint["message"] and (hint["line"], hint["column"]) == (1, 1)
    text = run_process("check", "docs", cwd=tmp_path)
    assert text.returncode == 2 and "docs/plan.yaml:1:1: invalid: 'itbverfy'" in text.stdout and "0 documents" not in text.stdout


@pytest.mark.parametrize("text", ["kind: plan\nid: x\n", "ITBVerify: 1\nkind: plan\n", "itb_verify: 1\n"], ids=["kind", "case", "underscore"])
def test_a_mapping_that_looks_like_a_document_is_invalid(tmp_path: Path, text: str) -> None:
    (tmp_path / "doc.yaml").write_text(text, encoding="utf-8")
    proc = run_process("check", "--format", "json", "doc.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and json.loads(proc.stdout)["verdict"] == "invalid", proc.stdout
    assert "itbverify" in json.loads(proc.stdout)["findings"][0]["message"]


def test_an_empty_folder_checks_nothing_and_fails(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    proc = run_process("check", "empty", cwd=tmp_path)
    assert_usage_error(proc, "no document was checked")
    batch = run_process("batch", "empty", "--jobs", "1", cwd=tmp_path)
    assert batch.returncode == 2 and "no document was checked" in batch.stderr and "Traceback" not in batch.stderr


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_folder_of_json_files_fails_and_lists_them(tmp_path: Path, fmt: str) -> None:
    folder_with(tmp_path, {"plan.json": json.dumps(base_plan())})
    proc = run_process("check", "--format", fmt, "docs", cwd=tmp_path)
    assert proc.returncode == 2
    assert "no document was checked" in proc.stderr and "docs/plan.json" in proc.stderr
    assert_skipped_listed(proc.stdout, fmt, "docs/plan.json", ".jsonl")


@pytest.mark.parametrize("fmt", FORMATS)
def test_foreign_yaml_is_skipped_and_listed_in_every_format(tmp_path: Path, fmt: str) -> None:
    folder_with(tmp_path, {"plan.yaml": PLAN, "ci.yml": FOREIGN})
    proc = run_process("check", "--format", fmt, "docs", cwd=tmp_path)
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    assert_skipped_listed(proc.stdout, fmt, "docs/ci.yml", "without the key 'itbverify'")


def test_only_foreign_yaml_checks_nothing(tmp_path: Path) -> None:
    folder_with(tmp_path, {"ci.yml": FOREIGN})
    proc = run_process("check", "--format", "json", "docs", cwd=tmp_path)
    assert proc.returncode == 2 and "no document was checked" in proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "skipped"
    allowed = run_process("check", "--allow-empty", "docs", cwd=tmp_path)  # a pre-commit hook handed only a CI file
    assert allowed.returncode == 0 and "docs/ci.yml" in allowed.stdout and allowed.stderr == ""


def assert_skipped_listed(stdout: str, fmt: str, file: str, why: str) -> None:
    if fmt == "text":
        assert f"{file}:1:1: skipped: " in stdout or f"{file}: skipped: " in stdout, stdout
        assert why in stdout and "1 skipped" in stdout.splitlines()[-1]
    elif fmt == "json":
        payload = json.loads(stdout)
        entries = payload if isinstance(payload, list) else [payload]
        skipped = [e for e in entries if e["verdict"] == "skipped"]
        assert [e["file"] for e in skipped] == [file] and why in skipped[0]["notes"][0]
    elif fmt == "sarif":
        results = json.loads(stdout)["runs"][0]["results"]
        skipped = [r for r in results if r["ruleId"] == "itbverify/skipped"]
        assert len(skipped) == 1 and skipped[0]["kind"] == "notApplicable" and skipped[0]["level"] == "none"
        assert skipped[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == file and why in skipped[0]["message"]["text"]
        rules = json.loads(stdout)["runs"][0]["tool"]["driver"]["rules"]
        assert rules[skipped[0]["ruleIndex"]]["id"] == "itbverify/skipped"
    elif fmt == "junit":
        root = ET.fromstring(stdout.split("\n", 1)[1])
        suites = [s for s in root if s.get("file") == file]
        assert len(suites) == 1 and suites[0].get("skipped") == "1"
        skipped = suites[0].find("testcase/skipped")
        assert skipped is not None and why in skipped.get("message", "")
        assert int(root.get("skipped", "0")) >= 1
    else:
        notices = [line for line in stdout.splitlines() if line.startswith("::notice")]
        assert len(notices) == 1 and f"file={file}" in notices[0] and "skipped" in notices[0]


def test_batch_lists_skipped_files_in_its_output_and_summary(tmp_path: Path) -> None:
    folder_with(tmp_path, {"plan.yaml": PLAN, "ci.yml": FOREIGN, "plan.json": "{}"})
    proc = run_process("batch", "docs", "--jobs", "1", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert sorted((r["file"], r["verdict"]) for r in lines) == [("docs/ci.yml", "skipped"), ("docs/plan.json", "skipped"), ("docs/plan.yaml", "safe")]
    assert "skipped: docs/ci.yml: " in proc.stderr and "skipped: docs/plan.json: " in proc.stderr
    assert "1 document checked" in proc.stderr, proc.stderr


def test_batch_summary_of_a_tiny_run_has_no_rate_and_right_plurals(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    proc = run_process("batch", "plan.yaml", "--jobs", "1", cwd=tmp_path)
    assert proc.returncode == 0
    summary = proc.stderr.splitlines()[0]
    assert "1 document checked" in summary and "1 documents" not in summary and "/s)" not in summary, summary


def test_batch_of_only_skipped_files_fails(tmp_path: Path) -> None:
    folder_with(tmp_path, {"ci.yml": FOREIGN})
    proc = run_process("batch", "docs", "--jobs", "1", cwd=tmp_path)
    assert proc.returncode == 2 and "no document was checked" in proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "skipped"


# ---------------------------------------------------------------- batch


def test_batch_output_into_a_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    proc = run_process("batch", "plan.yaml", "--output", "nowhere/out.jsonl", cwd=tmp_path)
    assert_usage_error(proc, "--output", "nowhere", "does not exist")


def test_batch_dask_scheduler_that_does_not_answer(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    with socket.socket() as probe:  # a port nothing listens on: bound, then released
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    started = time.monotonic()
    proc = run_process("batch", "plan.yaml", "--executor", "dask", "--scheduler", f"tcp://127.0.0.1:{port}", "--connect-timeout", "1", cwd=tmp_path)
    assert_usage_error(proc, "--scheduler", str(port))
    assert time.monotonic() - started < 60


@pytest.mark.parametrize(
    "args, words",
    [
        (["--jobs", "0", "plan.yaml"], ["--jobs"]),
        (["--jobs", "two", "plan.yaml"], ["--jobs"]),
        (["--timeout", "-1", "plan.yaml"], ["--timeout"]),
        (["--executor", "spark", "plan.yaml"], ["--executor"]),
        (["--formt", "json", "plan.yaml"], ["--formt"]),
        ([], ["PATH"]),
    ],
    ids=["jobs-zero", "jobs-word", "timeout", "executor", "unknown-flag", "no-path"],
)
def test_batch_bad_arguments(tmp_path: Path, args: list[str], words: list[str]) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    proc = run_process("batch", *args, cwd=tmp_path)
    assert_usage_error(proc, *words)
    assert proc.stderr.startswith("usage: itbverify batch")


def test_batch_missing_path_is_named(tmp_path: Path) -> None:
    proc = run_process("batch", "no-such.jsonl", cwd=tmp_path)
    assert proc.returncode == 2 and "no-such.jsonl: no such file or folder" in proc.stderr and "Traceback" not in proc.stderr


# ---------------------------------------------------------------- check


@pytest.mark.parametrize(
    "args, words",
    [
        (["--formt", "json", "plan.yaml"], ["--formt"]),
        (["--format", "xml", "plan.yaml"], ["--format", "xml"]),
        (["--timeout", "soon", "plan.yaml"], ["--timeout"]),
        (["--engine", "fast", "plan.yaml"], ["--engine"]),
        ([], ["PATH"]),
    ],
    ids=["unknown-flag", "format", "timeout", "engine", "no-path"],
)
def test_check_bad_arguments_show_the_check_usage(tmp_path: Path, args: list[str], words: list[str]) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    proc = run_process("check", *args, cwd=tmp_path)
    assert_usage_error(proc, *words)
    assert proc.stderr.startswith("usage: itbverify check"), proc.stderr


def test_check_missing_path_and_missing_waivers(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    missing = run_process("check", "no-such.yaml", cwd=tmp_path)
    assert missing.returncode == 2 and "no-such.yaml: no such file or folder" in missing.stdout + missing.stderr
    assert "Traceback" not in missing.stderr
    waivers = run_process("check", "--waivers", "no-waivers.yaml", "plan.yaml", cwd=tmp_path)
    assert_usage_error(waivers, "no-waivers.yaml", "no such waiver file")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="a file its owner cannot read needs a user other than root")
def test_check_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    path.chmod(0)
    try:
        proc = run_process("check", "plan.yaml", cwd=tmp_path)
    finally:
        path.chmod(0o644)
    assert proc.returncode == 2 and "cannot read the file" in proc.stdout and "Traceback" not in proc.stderr


def test_check_engine_concrete_on_a_program_is_a_usage_error(tmp_path: Path) -> None:
    shutil.copy(REPO / "examples" / "program-flex-night.yaml", tmp_path / "program.yaml")
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    proc = run_process("check", "--engine", "concrete", "program.yaml", "plan.yaml", cwd=tmp_path)
    line = assert_usage_error(proc, "--engine concrete", "program.yaml", "--engine auto or z3")
    assert "internal error" not in proc.stdout + line and "plan.yaml" not in line
    assert "T-plan: SAFE" in proc.stdout  # the documents it can check are still checked


def test_broken_json_line_says_it_is_not_valid_json(tmp_path: Path) -> None:
    good = json.dumps(base_plan(id="good"))
    (tmp_path / "plans.jsonl").write_text(good + '\n  {"itbverify": 1, "kind": "plan" "id": "x"}\n', encoding="utf-8")
    proc = run_process("check", "--format", "json", "plans.jsonl", cwd=tmp_path)
    results = json.loads(proc.stdout)
    assert proc.returncode == 2 and [r["verdict"] for r in results] == ["safe", "invalid"]
    finding = results[1]["findings"][0]
    assert "not valid JSON" in finding["message"] and "YAML" not in finding["message"], finding
    assert (finding["line"], finding["column"]) == (2, 35) and "column 35" in finding["message"]


# ---------------------------------------------------------------- help


@pytest.mark.parametrize("command", [[], ["check"], ["batch"]], ids=["top", "check", "batch"])
def test_help_lists_exit_codes_and_an_example(command: list[str]) -> None:
    proc = run_cli(*command, "--help")
    assert proc.returncode == 0
    assert "exit codes:" in proc.stdout and "example:" in proc.stdout
    for code in ("0  every document is safe", "1  some document is unsafe", "2  some document is invalid", "3  some document is unknown"):
        assert code in proc.stdout, code
    if command == ["check"]:
        assert "skipped" in proc.stdout


# ---------------------------------------------------------------- rules


def misspelt_rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    path = folder / "discontinuation.rules"
    text = path.read_text(encoding="utf-8")
    assert "80% * s.previous.daily_dose_ug" in text
    path.write_text(text.replace("80% * s.previous.daily_dose_ug", "80% * s.previous.daily_dose_uggg", 1), encoding="utf-8")
    return folder


def test_rules_with_a_misspelt_attribute_do_not_load(tmp_path: Path) -> None:
    folder = misspelt_rules(tmp_path)
    for args in (["rules", "--rule-set", str(folder)], ["rules", "--check", "--timeout", "5", "--rule-set", str(folder)]):
        proc = run_cli(*args)
        line = assert_usage_error(proc, "daily_dose_uggg", "discontinuation.rules:")
        assert "unknown attribute" in line


def test_rules_folder_that_does_not_exist(tmp_path: Path) -> None:
    proc = run_cli("rules", "--rules", str(tmp_path / "nowhere"))
    assert_usage_error(proc, "--rules", "no such folder")
    assert "0 rules" not in proc.stdout


def test_rules_check_of_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    proc = run_cli("rules", "--check", "--rules", str(tmp_path / "empty"))
    assert_usage_error(proc, "no .rules files")
    assert "consistent" not in proc.stdout


@pytest.mark.parametrize("args", [["--format", "yaml"], ["--timeout", "0"], ["--chek"]], ids=["format", "timeout", "unknown-flag"])
def test_rules_bad_arguments(args: list[str]) -> None:
    proc = run_cli("rules", *args)
    assert_usage_error(proc)
    assert proc.stderr.startswith("usage: itbverify rules")


# ---------------------------------------------------------------- envelope


def test_envelope_reads_the_document_as_check_does(tmp_path: Path) -> None:
    from itbverify.analyses.envelope import read_document
    from itbverify.language.ruleset import default_ruleset

    quoted = tmp_path / "quoted.yaml"
    quoted.write_text(PLAN, encoding="utf-8")
    unquoted = tmp_path / "unquoted.yaml"
    unquoted.write_text(PLAN.replace("'10:00'", "10:00"), encoding="utf-8")
    assert "time: 10:00" in unquoted.read_text(encoding="utf-8")
    ruleset = default_ruleset()
    data, problems = read_document(str(unquoted), ruleset, 30.0)
    assert problems == [] and data is not None
    assert data == read_document(str(quoted), ruleset, 30.0)[0]
    assert data["infusion"][0]["time"] == "10:00" and data["infusion"][0]["daily_dose_ug"] == 150


@pytest.mark.parametrize("at", ["day 30", "4 25:00", "tomorrow", "-3", "4 10:00:00"])
def test_envelope_at_in_a_wrong_form_is_a_usage_error(tmp_path: Path, at: str) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    proc = run_process("envelope", "--at", at, "plan.yaml", cwd=tmp_path)
    assert_usage_error(proc, "--at", '"106.5"', '"4 10:00"')


def test_envelope_at_for_a_program_is_a_usage_error(tmp_path: Path) -> None:
    shutil.copy(REPO / "examples" / "program-flex-night.yaml", tmp_path / "program.yaml")
    proc = run_process("envelope", "--at", "4 10:00", "program.yaml", cwd=tmp_path)
    assert_usage_error(proc, "--at", "program")


@pytest.mark.parametrize(
    "args, words",
    [(["no-such.yaml"], ["no-such.yaml", "no such file"]), (["docs"], ["docs", "one document file"]),
     (["ci.yml"], ["ci.yml", "not a document"]), (["--formt", "json", "plan.yaml"], ["--formt"]), ([], ["DOC"])],
    ids=["missing", "folder", "foreign", "unknown-flag", "no-path"],
)
def test_envelope_bad_arguments(tmp_path: Path, args: list[str], words: list[str]) -> None:
    folder_with(tmp_path, {"a.yaml": PLAN})
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "ci.yml").write_text(FOREIGN, encoding="utf-8")
    proc = run_process("envelope", *args, cwd=tmp_path)
    assert_usage_error(proc, *words)


def test_envelope_of_an_invalid_document_names_its_problems(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(MISSPELT, encoding="utf-8")
    proc = run_process("envelope", "plan.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "plan.yaml:1:1: invalid: 'itbverfy'" in proc.stderr


# ---------------------------------------------------------------- report, proofs, compare, schema


def test_report_output_onto_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "out").write_text("taken", encoding="utf-8")
    proc = run_process("report", "plan.yaml", "--output", "out", cwd=tmp_path)
    assert_usage_error(proc, "--output", "out")
    assert (tmp_path / "out").read_text(encoding="utf-8") == "taken"


@pytest.mark.parametrize("args", [["plan.yaml"], ["--output", "out"], ["plan.yaml", "--output", "out", "--timeout", "x"], ["plan.yaml", "--outptu", "out"]],
                         ids=["no-output", "no-path", "timeout", "unknown-flag"])
def test_report_bad_arguments(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    proc = run_process("report", *args, cwd=tmp_path)
    assert_usage_error(proc)
    assert proc.stderr.startswith("usage: itbverify report")


@pytest.mark.parametrize(
    "args",
    [["generate", "plan.yaml"], ["generate", "--output", "out"], ["verify"], ["verify", "a", "b"], ["sign", "x"], [], ["verify", "--deep", "x"]],
    ids=["generate-no-output", "generate-no-path", "verify-no-folder", "verify-two-folders", "unknown-command", "no-command", "unknown-flag"],
)
def test_proofs_bad_arguments(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    proc = run_process("proofs", *args, cwd=tmp_path)
    assert_usage_error(proc)
    assert proc.stderr.startswith("usage: itbverify proofs")


def test_proofs_verify_of_a_missing_folder(tmp_path: Path) -> None:
    proc = run_process("proofs", "verify", "no-such-folder", cwd=tmp_path)
    assert_usage_error(proc, "no-such-folder")


@pytest.mark.parametrize("args", [["only-one.yaml"], ["a.yaml", "b.yaml", "--format", "xml"], ["a.yaml", "b.yaml", "--formt", "json"]],
                         ids=["one-path", "format", "unknown-flag"])
def test_compare_bad_arguments(tmp_path: Path, args: list[str]) -> None:
    proc = run_process("compare", *args, cwd=tmp_path)
    assert_usage_error(proc)
    assert proc.stderr.startswith("usage: itbverify compare")


def test_compare_missing_files(tmp_path: Path) -> None:
    proc = run_process("compare", "old.yaml", "new.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr + proc.stdout
    assert "old.yaml" in proc.stdout + proc.stderr and "new.yaml" in proc.stdout + proc.stderr


@pytest.mark.parametrize("kind", ["plan", "program", "library"])
def test_schema_prints_the_json_schema_of_a_kind(kind: str) -> None:
    pytest.importorskip("itbverify.json_schema")
    proc = run_cli("schema", kind)
    assert proc.returncode == 0, proc.stderr
    schema = json.loads(proc.stdout)
    assert isinstance(schema, dict) and schema.get("type") == "object"
    assert proc.stdout.startswith("{\n  "), "indented"


@pytest.mark.parametrize("args", [["invoice"], [], ["plan", "program"], ["--formt", "plan"]], ids=["kind", "no-kind", "two-kinds", "unknown-flag"])
def test_schema_bad_arguments(args: list[str]) -> None:
    proc = run_cli("schema", *args)
    assert_usage_error(proc)
    assert proc.stderr.startswith("usage: itbverify schema")


def test_no_command_and_unknown_command() -> None:
    for args in ([], ["chek", "x.yaml"]):
        proc = run_cli(*args)
        assert_usage_error(proc)
        assert proc.stderr.startswith("usage: itbverify ")


# ---------------------------------------------------------------- process hygiene


def _children(pid: int) -> set[int]:
    """The pids whose parent is PID, from /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _killed_leaves_no_worker(args: list[str], cwd: Path) -> None:
    """Start `itbverify ARGS`, wait for its worker processes, SIGKILL it: every worker must die too."""
    proc = subprocess.Popen(itbverify_command() + args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(workers) < 2:
            workers |= _children(proc.pid)
            time.sleep(0.1)
        assert workers, "the command started no worker"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers), "a worker outlived the killed command"
    finally:
        if proc.poll() is None:
            proc.kill()
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_batch_workers_die_when_the_batch_is_killed(tmp_path: Path) -> None:
    documents = [json.dumps(base_plan(id=f"p-{i}")) for i in range(400)]
    (tmp_path / "plans.jsonl").write_text("\n".join(documents) + "\n", encoding="utf-8")
    _killed_leaves_no_worker(["batch", "plans.jsonl", "--jobs", "2", "--output", "out.jsonl"], tmp_path)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="a configuration's shapes are decided in parallel only with 2 cores")
def test_check_workers_die_when_check_is_killed(tmp_path: Path) -> None:
    # A flex configuration's shapes are decided in a pool of worker processes.
    _killed_leaves_no_worker(["check", str(REPO / "examples" / "libraries" / "limits-flex-safe.yaml")], tmp_path)


def test_check_tells_its_progress_before_each_document_once_every_file_is_read() -> None:
    from itbverify.analyses.check import check_paths
    from itbverify.language.ruleset import default_ruleset

    told: list[tuple[int, int, str]] = []
    folder = REPO / "examples"
    plans = sorted(str(p) for p in folder.glob("*.yaml") if "program" not in p.name)
    run = check_paths(plans, default_ruleset(), engine="auto", progress=lambda done, total, place: told.append((done, total, place)))
    assert [t[:2] for t in told] == [(i, len(plans)) for i in range(len(plans) + 1)]
    assert [t[2] for t in told] == [f"{r.file}:{r.line}" for r in run.results] + [""]


def test_the_progress_bar_names_the_document_being_checked_and_is_cleared(capsys: pytest.CaptureFixture[str]) -> None:
    from itbverify.app.cli import _progress_bar

    with _progress_bar(True, delay=0) as progress:
        assert progress is not None
        progress(0, 3, "plans/a.yaml:1")
        progress(1, 3, "plans/b.yaml:1")
    err = capsys.readouterr().err
    assert "1/3" in err and "plans/b.yaml:1" in err
    with _progress_bar(False) as none:
        assert none is None
    # Not on a terminal, and not asked for: nothing on standard error but what the check says.
    proc = run_process("check", "examples/taper-and-stop.yaml", cwd=REPO)
    assert proc.returncode == 0 and proc.stderr == ""
