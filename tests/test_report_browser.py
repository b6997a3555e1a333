"""The evidence report as a browser shows it: headless Chromium renders the page and its charts.

Skipped when no Chromium is installed, except under CI (the CI variable set), where a missing
browser fails the test: CI must install it (Debian: `apt-get install -y chromium`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import OWN_CASES, REPO

from itbverify.language.ruleset import default_ruleset
from itbverify.outputs.evidence import run_report

CHROMIUM = next((found for name in ("chromium", "chromium-browser", "google-chrome", "chrome") if (found := shutil.which(name))), None)
if CHROMIUM is None:
    if os.environ.get("CI"):
        pytest.fail("CI: Chromium is not installed (apt-get install -y chromium); the report's browser checks cannot run",
                    pytrace=False)
    pytest.skip("no Chromium here (apt-get install -y chromium)", allow_module_level=True)

# A safe plan that raises warnings, a flex program, a plan whose reservoir runs dry, and one that raises too fast.
DOCUMENTS = ["interactions-and-cautions.yaml", "program-flex-safe.yaml", "reservoir-runs-low.yaml", "increase-35pct.yaml"]


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--allow-file-access-from-files",
                           *args], capture_output=True, text=True, timeout=180, check=False)


class _Elements(HTMLParser):
    """Every element of a serialised DOM, as (tag, attributes, text inside it up to the next element)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}, []))

    def handle_data(self, data: str) -> None:
        if self.elements:
            self.elements[-1][2].append(data)

    def having(self, tag: str, cls: str | None = None, **attributes: str) -> list[dict[str, str]]:
        return [a for t, a, _ in self.elements if t == tag and (cls is None or cls in a.get("class", "").split())
                and all(a.get(k) == v for k, v in attributes.items())]

    def text_of(self, tag: str, **attributes: str) -> str:
        return "".join(next(text for t, a, text in self.elements if t == tag and all(a.get(k) == v for k, v in attributes.items())))


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("browser") / "evidence"
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        assert run_report([str((OWN_CASES / name).relative_to(REPO)) for name in DOCUMENTS], out, default_ruleset()) == 0
    finally:
        os.chdir(cwd)
    return out, json.loads((out / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dom(report: tuple[Path, dict[str, Any]]) -> _Elements:
    """index.html as the browser built it, with every chart loaded into the page."""
    out, data = report
    # A page of our own beside the report: it loads each chart as an image and records, once loaded,
    # the size the browser gave it (0 for an SVG it could not read).
    charts = [d["chart"]["file"] for d in data["documents"] if d["chart"]]
    probe = out / "probe.html"
    probe.write_text(
        "<!DOCTYPE html><html><body>"
        + "".join(f'<img src="{c}" data-chart="{c}" onload="this.dataset.width=this.naturalWidth">' for c in charts)
        + "</body></html>", encoding="utf-8")
    proc = _chromium("--virtual-time-budget=10000", "--dump-dom", probe.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    images = _Elements()
    images.feed(proc.stdout)
    for chart in charts:
        loaded = images.having("img", **{"data-chart": chart})
        assert loaded and int(loaded[0].get("data-width", "0")) > 500, f"{chart} was not drawn by the browser"
    proc = _chromium("--virtual-time-budget=10000", "--dump-dom", (out / "index.html").as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    page = _Elements()
    page.feed(proc.stdout)
    return page


def test_warnings_look_different_from_errors_in_the_grid(report: tuple[Path, dict[str, Any]], dom: _Elements) -> None:
    _, data = report
    cells = [a for a in dom.having("td", "cell")]
    warnings = [a for a in cells if "st-warning" in a["class"].split()]
    errors = [a for a in cells if "st-cex" in a["class"].split()]
    expected_warnings = sum(1 for r in data["requirements_traced"] for s in r["results"].values() if s == "warning")
    assert expected_warnings >= 2 and len(warnings) == expected_warnings
    assert all(a["title"].endswith(": warning") for a in warnings)
    assert all(a["title"].endswith(": counterexample") for a in errors)
    safe = "interactions-and-cautions"
    assert not [a for a in errors if f" on {safe}:" in a["title"]], "a safe document shows a violated requirement"
    assert [a for a in warnings if f" on {safe}:" in a["title"]]


def test_violated_counts_errors_only_and_warnings_apart(report: tuple[Path, dict[str, Any]], dom: _Elements) -> None:
    _, data = report
    violated = data["summary"]["requirements_violated"]
    errors = sum(1 for v in violated if v["severity"] == "error")
    warnings = sum(1 for v in violated if v["severity"] == "warning")
    assert warnings >= 2 and errors >= 2
    assert dom.text_of("span", id="errors-violated").strip() == str(errors)
    assert dom.text_of("span", id="warnings-raised").strip() == str(warnings)


def test_label_quotes_are_whole_sentences(dom: _Elements) -> None:
    """Line 157 of the label starts mid-sentence: the quote starts where its sentence does, on line 156."""
    quotes = ["".join(text) for tag, a, text in dom.elements if tag == "span" and "ctx" in a.get("class", "").split()]
    assert any(t.startswith("In patients with spasticity in brain damage for") for t in quotes)
    cited = dom.having("mark", "cited")
    assert len(cited) > 30


def test_charts_are_on_the_page_and_show_the_defects_fixed(report: tuple[Path, dict[str, Any]], dom: _Elements) -> None:
    out, data = report
    shown = {a["src"] for a in dom.having("img")}
    documents = {d["id"]: d for d in data["documents"]}
    for document in documents.values():
        assert document["chart"] and document["chart"]["file"] in shown
    reservoir = (out / documents["reservoir-runs-low"]["chart"]["file"]).read_text(encoding="utf-8")
    ticks = re.findall(r'class="ytick">([^<]*)<', reservoir)
    assert ticks and all(not t.startswith("-") for t in ticks), ticks
    assert 'class="reservoir-empty"' in reservoir
    flex = (out / documents["program-flex-safe"]["chart"]["file"]).read_text(encoding="utf-8")
    assert 'class="flex-rate"' in flex and "Day view" in flex
    assert documents["program-flex-safe"]["chart"]["flex"] is True


def test_a_screenshot_is_drawn(report: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    out, _ = report
    shot = tmp_path / "page.png"
    proc = _chromium("--window-size=1400,2400", f"--screenshot={shot}", (out / "index.html").as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
