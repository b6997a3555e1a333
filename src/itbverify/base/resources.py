"""Where the grammar and the rule files live: inside the installed package, or
beside the sources when running from a checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _data_dir(name: str) -> Path:
    packaged = Path(str(resources.files("itbverify"))) / name
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
