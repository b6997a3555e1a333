"""The bundled rule set kept on disk: the very rule set a parse gives, or a parse when the cache fails."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from itbverify.base.resources import rules_dir
from itbverify.language.rulecache import cache_dir, cache_key
from itbverify.language.ruleset import default_ruleset, load_rule_files

parse_default = default_ruleset.__wrapped__  # past the per-process memo, to the cache on disk


def _parsed() -> object:
    paths = sorted(rules_dir().glob("*.rules"))
    return load_rule_files(paths, {p: f"rules/{p.name}" for p in paths})


def test_a_kept_rule_set_is_the_parsed_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITBVERIFY_CACHE_DIR", str(tmp_path))
    first = parse_default()
    kept = list(tmp_path.glob("rules-*.pickle"))
    assert len(kept) == 1
    second = parse_default()
    assert second is not first  # read back from the file
    assert first == second == _parsed()
    assert [r.id for r in second.rules] == [r.id for r in _parsed().rules]  # type: ignore[attr-defined]


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps({"rules": []}), pickle.dumps(object)[:5]])
def test_a_broken_or_foreign_file_is_passed_over_and_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    monkeypatch.setenv("ITBVERIFY_CACHE_DIR", str(tmp_path))
    parse_default()
    (path,) = tmp_path.glob("rules-*.pickle")
    path.write_bytes(content)
    assert parse_default() == _parsed()
    assert pickle.loads(path.read_bytes()) == _parsed()  # written anew


def test_no_cache_folder_still_parses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    monkeypatch.setenv("ITBVERIFY_CACHE_DIR", str(blocker / "cache"))  # cannot be made
    assert parse_default() == _parsed()
    monkeypatch.setenv("ITBVERIFY_CACHE_DIR", "")
    assert cache_dir() is None
    assert parse_default() == _parsed()


def test_the_key_moves_with_every_input() -> None:
    sources = [("rules/a.rules", b"rule text"), ("rules/b.rules", b"more")]
    base = cache_key(sources, b"grammar")
    assert cache_key(list(sources), b"grammar") == base
    assert cache_key([("rules/a.rules", b"rule text."), sources[1]], b"grammar") != base
    assert cache_key([("rules/c.rules", b"rule text"), sources[1]], b"grammar") != base
    assert cache_key(sources[:1], b"grammar") != base
    assert cache_key(sources, b"grammar ") != base
    assert cache_key([("rules/a.rules", b"rule textmore")], b"grammar") != cache_key([("rules/a.rules", b"rule text"), ("more", b"")], b"grammar")


def test_the_key_moves_with_the_packages_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from itbverify.language import rulecache

    package = Path(rulecache.__file__).parents[1]
    shutil.copytree(package, tmp_path / "itbverify", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(rulecache, "__file__", str(tmp_path / "itbverify" / "language" / "rulecache.py"))
    sources = [("rules/a.rules", b"rule text")]
    before = cache_key(sources, b"grammar")
    evaluate = tmp_path / "itbverify" / "semantics" / "evaluate.py"
    evaluate.write_bytes(evaluate.read_bytes() + b"\n# a change to the names the static checks know\n")
    assert cache_key(sources, b"grammar") != before


def test_without_a_home_folder_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    def nowhere() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("ITBVERIFY_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(nowhere))
    assert cache_dir() is None
    assert parse_default() == _parsed()
    monkeypatch.setenv("XDG_CACHE_HOME", "/elsewhere")
    assert cache_dir() == Path("/elsewhere/itbverify")
