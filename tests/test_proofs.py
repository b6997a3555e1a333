"""Proof artefacts: standalone SMT-LIB queries that re-check, break when edited, and are reproducible byte for byte."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import z3
from conftest import REPO, run_cli

from itbverify.analyses.proofs import generate, run_generate, run_verify
from itbverify.engines.z3.smtlib import canonical_smt2, renumber_let_names
from itbverify.language.ruleset import default_ruleset

PROOFS = REPO / "proofs"
# What the README says regenerates proofs/: `itbverify proofs generate examples/*.yaml --output proofs`,
# the shell's glob in its sorted order, from the repository root.
EXAMPLES = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "examples").glob("*.yaml"))


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _differences(left: dict[str, bytes], right: dict[str, bytes]) -> list[str]:
    return sorted(name for name in set(left) | set(right) if left.get(name) != right.get(name))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """proofs/ generated again by the command line, as the README says."""
    out = tmp_path_factory.mktemp("generated") / "proofs"
    proc = run_cli("proofs", "generate", *EXAMPLES, "--output", str(out), cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


def test_the_repository_proofs_still_hold() -> None:
    """CI: a rule change that invalidates a stored proof cannot land unnoticed."""
    proc = run_cli("proofs", "verify", "proofs", cwd=REPO)
    assert proc.returncode == 0, proc.stdout
    assert "all confirmed" in proc.stdout


def test_generating_reproduces_the_committed_proofs_byte_for_byte(generated: Path) -> None:
    """proofs/ is what `proofs generate` writes from the current rules and examples, not a stale copy."""
    committed, again = _tree(PROOFS), _tree(generated)
    assert _differences(committed, again) == [], "proofs/ is stale: regenerate it with `itbverify proofs generate examples/*.yaml --output proofs`"
    assert "manifest.json" in committed and len(committed) > 100


def test_generating_twice_gives_identical_trees(generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Another process, which built other terms before (so z3 numbers its terms otherwise), writes the same bytes."""
    x, y = z3.Reals("unrelated_x unrelated_y")
    _ = [z3.And(x + i > y, y * i < x) for i in range(500)]
    monkeypatch.chdir(REPO)
    again = tmp_path / "proofs"
    assert run_generate(EXAMPLES, again, default_ruleset(), 10.0) == 0
    assert capsys.readouterr().out == f"{len(json.loads((again / 'manifest.json').read_text())['artefacts'])} proof artefacts written to {again} (manifest: {again / 'manifest.json'})\n"
    assert _differences(_tree(generated), _tree(again)) == []


def test_the_manifest_holds_no_timings() -> None:
    manifest = json.loads((PROOFS / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["artefacts"]:
        assert set(entry) == {"document", "source", "requirement", "file", "sha256", "solver", "solver_version", "result", "meaning"}


def test_let_names_are_renumbered_one_to_one_and_nothing_else() -> None:
    text = ('; ?x9 in a comment stays\n(declare-fun |?x5 quoted| () Real)\n(declare-fun ?x77y () Real)\n'
            '(assert (let ((?x812 (+ a 1.0))) (let (($x90 (> ?x812 b))) (and $x90 (= a!3 "?x812") (< ?x812 |?x5 quoted|)))))\n')
    assert renumber_let_names(text) == (
        '; ?x9 in a comment stays\n(declare-fun |?x5 quoted| () Real)\n(declare-fun ?x77y () Real)\n'
        '(assert (let ((?x1 (+ a 1.0))) (let (($x2 (> ?x1 b))) (and $x2 (= a!3 "?x812") (< ?x1 |?x5 quoted|)))))\n')


def test_a_query_prints_the_same_whatever_python_still_holds() -> None:
    """z3 let-binds a subterm Python still holds a reference to; the canonical text does not depend on it."""
    context = z3.Context()  # its own terms: nothing else in this process holds them
    a, b = z3.Reals("a b", ctx=context)
    plain = z3.Solver(ctx=context)
    plain.add(z3.Or(a + b > 1, a < 0))
    plain_text = plain.to_smt2()
    held_sum = a + b  # the same term as in `plain` (z3 shares equal terms), now with two more references
    held_comparison = held_sum > 1
    held = z3.Solver(ctx=context)
    held.add(z3.Or(held_comparison, a < 0))
    assert plain_text != held.to_smt2(), "z3 prints these two alike now: this test no longer shows the problem"
    assert canonical_smt2(plain_text) == canonical_smt2(held.to_smt2())
    for text in (held.to_smt2(), canonical_smt2(held.to_smt2())):
        check = z3.Solver()
        check.from_string(text)
        assert check.check() == z3.sat


def test_every_query_is_standalone_for_the_z3_command() -> None:
    z3_command = Path(sys.executable).with_name("z3")
    manifest = json.loads((PROOFS / "manifest.json").read_text(encoding="utf-8"))
    checked = 0
    for entry in manifest["artefacts"][:40]:
        if not z3_command.exists():
            break
        out = subprocess.run([str(z3_command), str(PROOFS / entry["file"])], capture_output=True, text=True, timeout=120, check=False)
        assert out.stdout.strip() == entry["result"], entry
        checked += 1
    assert checked or not z3_command.exists()
    results = {e["result"] for e in manifest["artefacts"]}
    assert {"unsat", "sat"} <= results
    assert any(e["requirement"] == "consistency" and e["result"] == "sat" for e in manifest["artefacts"])


def test_an_edited_artefact_fails_verification(tmp_path: Path) -> None:
    copy = tmp_path / "proofs"
    shutil.copytree(PROOFS, copy)
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    target = copy / manifest["artefacts"][0]["file"]
    target.write_text(target.read_text(encoding="utf-8").replace("(check-sat)", "(assert false)\n(check-sat)"), encoding="utf-8")
    proc = run_cli("proofs", "verify", str(copy), cwd=REPO)
    assert proc.returncode == 1 and "SHA-256" in proc.stdout


def test_a_manifest_claiming_the_wrong_answer_fails(tmp_path: Path) -> None:
    copy = tmp_path / "proofs"
    shutil.copytree(PROOFS, copy)
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    entry = next(e for e in manifest["artefacts"] if e["result"] == "unsat")
    entry["result"] = "sat"
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    proc = run_cli("proofs", "verify", str(copy), cwd=REPO)
    assert proc.returncode == 1 and "the solver answers unsat" in proc.stdout


def _small_proofs(folder: Path, count: int = 3) -> list[dict[str, str]]:
    """A proofs folder with the first COUNT committed artefacts of one document and their manifest."""
    manifest = json.loads((PROOFS / "manifest.json").read_text(encoding="utf-8"))
    entries = [e for e in manifest["artefacts"] if e["requirement"] != "consistency"][:count]
    for entry in entries:
        (folder / entry["file"]).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PROOFS / entry["file"], folder / entry["file"])
    (folder / "manifest.json").write_text(json.dumps({**manifest, "artefacts": entries}, indent=2), encoding="utf-8")
    return entries


def test_verify_takes_a_report_folder_and_names_files_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`proofs verify DIR` on the folder `report --output DIR` wrote: its proofs/, paths shown from DIR as typed."""
    entries = _small_proofs(tmp_path / "r" / "proofs")
    monkeypatch.chdir(tmp_path)
    assert run_verify(Path("r"), default_ruleset()) == 0
    assert capsys.readouterr().out == f"{len(entries)} proof artefacts: all confirmed\n"
    edited = tmp_path / "r" / "proofs" / entries[1]["file"]
    edited.write_text(edited.read_text(encoding="utf-8") + "; edited\n", encoding="utf-8")
    for given in ("r", "r/proofs"):
        assert run_verify(Path(given), default_ruleset()) == 1
        out = capsys.readouterr().out
        assert out == (f"r/proofs/{entries[1]['file']}: SHA-256 differs from the manifest (the file was edited)\n"
                       f"{len(entries)} proof artefacts: 1 problems\n")


def _one_line_error(text: str) -> str:
    assert "Traceback" not in text
    lines = text.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("itbverify: "), text
    return lines[0]


@pytest.mark.parametrize(("setup", "message"), [
    ("absent", "r: no such folder"),
    ("file", "r: not a folder"),
    ("empty", "r: no manifest.json here or in r/proofs"),
    ("not json", "r/manifest.json:2:1: not JSON"),
    ("not a manifest", "r/manifest.json: not a proofs manifest"),
    ("entry without a file", "r/manifest.json: artefact 1 lacks one of"),
])
def test_verify_usage_problems_are_one_line_with_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str], setup: str, message: str) -> None:
    folder = tmp_path / "r"
    if setup == "file":
        folder.write_text("", encoding="utf-8")
    elif setup != "absent":
        folder.mkdir()
    manifests = {"not json": '{"artefacts": [\n', "not a manifest": "[]\n",
                 "entry without a file": '{"artefacts": [{"document": "d", "source": "", "requirement": "R", "sha256": "0", "result": "sat"}]}\n'}
    if setup in manifests:
        (folder / "manifest.json").write_text(manifests[setup], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_verify(Path("r"), default_ruleset()) == 2
    captured = capsys.readouterr()
    assert _one_line_error(captured.err).startswith(f"itbverify: {message}")
    assert captured.out == ""


def test_verify_reads_no_file_outside_the_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entries = _small_proofs(tmp_path / "p", 1)
    outside = tmp_path / "outside.smt2"
    shutil.copyfile(PROOFS / entries[0]["file"], outside)
    manifest = json.loads((tmp_path / "p" / "manifest.json").read_text(encoding="utf-8"))
    manifest["artefacts"][0]["file"] = "../outside.smt2"
    (tmp_path / "p" / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert run_verify(tmp_path / "p", default_ruleset()) == 1
    assert f"{tmp_path / 'p'}/../outside.smt2: outside the proofs folder" in capsys.readouterr().out


def test_generate_usage_problems_are_one_line_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert run_generate([str(REPO / "examples" / "taper-and-stop.yaml"), str(tmp_path / "absent.yaml")], out, default_ruleset(), 10.0) == 2
    assert _one_line_error(capsys.readouterr().err) == f"itbverify: {tmp_path / 'absent.yaml'}: no such file or folder"
    assert not out.exists(), "nothing is written when a path is missing"
    taken = tmp_path / "taken"
    taken.write_text("keep me\n", encoding="utf-8")
    assert run_generate([str(REPO / "examples" / "taper-and-stop.yaml")], taken, default_ruleset(), 10.0) == 2
    assert _one_line_error(capsys.readouterr().err) == f"itbverify: {taken}: not a folder"
    assert run_generate([str(REPO / "examples" / "taper-and-stop.yaml")], taken / "proofs", default_ruleset(), 10.0) == 2
    assert _one_line_error(capsys.readouterr().err) == f"itbverify: {taken / 'proofs'}: cannot write the proofs: a file is in the way of a folder"
    assert taken.read_text(encoding="utf-8") == "keep me\n"


def test_ids_that_read_the_same_as_file_names_keep_a_folder_each(tmp_path: Path) -> None:
    source = (REPO / "examples" / "taper-and-stop.yaml").read_text(encoding="utf-8")
    assert "\nid: taper-and-stop\n" in source
    paths = []
    for n, identifier in enumerate(['".."', '"."', '"a b"', '"a/b"', "A_B"]):
        path = tmp_path / f"doc-{n}.yaml"
        path.write_text(source.replace("\nid: taper-and-stop\n", f"\nid: {identifier}\n"), encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "deep" / "proofs"
    unrelated = out / "notes" / "mine.smt2"
    unrelated.parent.mkdir(parents=True)
    unrelated.write_text("(check-sat)\n", encoding="utf-8")
    artefacts, results = generate(paths, default_ruleset(), out, rule_set_proof=False)
    assert len(results) == 5
    folders = {}
    for artefact in artefacts:
        folders.setdefault(artefact.document, set()).add(artefact.file.split("/")[0])
    assert all(len(names) == 1 for names in folders.values())
    names = [next(iter(folders[identifier])) for identifier in ["..", ".", "a b", "a/b", "A_B"]]
    assert len({name.lower() for name in names}) == 5 and not any(name.startswith(".") for name in names)
    assert sorted(p.name for p in (tmp_path / "deep").iterdir()) == ["proofs"]
    assert unrelated.is_file(), "generate removes only what an earlier generate wrote"
    # Generating again replaces what the manifest lists, and nothing else.
    generate(paths[:1], default_ruleset(), out, rule_set_proof=False)
    assert sorted(p.name for p in out.iterdir()) == sorted([names[0], "manifest.json", "notes"])


def test_a_document_whose_check_fails_is_named_and_the_others_proofs_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from itbverify.analyses import proofs

    source = (REPO / "examples" / "taper-and-stop.yaml").read_text(encoding="utf-8")
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(source, encoding="utf-8")
    bad.write_text(source.replace("\nid: taper-and-stop\n", "\nid: breaks\n"), encoding="utf-8")
    real_verify = proofs.verify

    def verify(document, *args, **kwargs):  # type: ignore[no-untyped-def]
        if document.id == "breaks":
            raise RuntimeError("boom")
        return real_verify(document, *args, **kwargs)

    # The worker's function, run here so that the stand-in verify is the one it calls.
    monkeypatch.setattr(proofs, "verify", verify)
    monkeypatch.setattr(proofs, "_in_fresh_process", proofs._queries_of)
    monkeypatch.setattr(proofs, "consistency_artefacts", lambda *args: [])
    out = tmp_path / "out"
    assert run_generate([str(bad), str(good)], out, default_ruleset(), 10.0) == 2
    captured = capsys.readouterr()
    line = _one_line_error(captured.err)
    assert line.endswith("bad.yaml:3: no proofs: internal error while checking this document: RuntimeError: boom"), line
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {e["document"] for e in manifest["artefacts"]} == {"taper-and-stop"}
    assert captured.out.startswith(f"{len(manifest['artefacts'])} proof artefacts written to {out}")


def test_a_generate_that_fails_on_the_way_leaves_the_earlier_proofs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The earlier artefacts are removed only once every new one is built: a run that stops while building
    # (here a worker that dies) leaves the folder as it was, not emptied.
    from itbverify.analyses import proofs

    out = tmp_path / "proofs"
    shutil.copytree(PROOFS, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def dies(path: Path, timeout_s: float) -> Any:
        raise RuntimeError("the worker died")

    monkeypatch.setattr(proofs, "_in_fresh_process", dies)
    monkeypatch.setattr(proofs, "consistency_artefacts", lambda *args: [])
    with pytest.raises(RuntimeError, match="the worker died"):
        generate([str(REPO / "examples" / "taper-and-stop.yaml")], default_ruleset(), out, 10.0)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
