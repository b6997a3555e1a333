"""Where the grammar and the rule files live: inside the installed package, or
beside the sources when running from a checkout."""

from __future__ import annotations

from pathlib import Path


def _data_dir(name: str) -> Path:
    # The package's folder as importlib.resources.files gives it for a package on disk, without importing
    # importlib.resources (and tempfile), a twentieth of a small check's start-up.
    packaged = Path(__file__).resolve().parents[1] / name
    if packaged.is_dir():
        return packaged
    # An editable install or a bare checkout: src/itbverify/base/../../../NAME.
    checkout = Path(__file__).resolve().parents[3] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"itbverify is installed without its {name}/ folder")


def grammar_path() -> Path:
    return _data_dir("grammar") / "itbrules.lark"


def rules_dir() -> Path:
    return _data_dir("rules")


def label_path() -> Path:
    return _data_dir("label") / "lioresal-intrathecal-label.txt"
