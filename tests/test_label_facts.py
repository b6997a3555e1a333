"""The label's numbers live in the rules: the report, the configuration proofs and the rule set's
self-check read them from the rule set, and no module of the package writes them again."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path
from typing import Any

import pytest
import z3

from itbverify.analyses.library import load_library
from itbverify.base.exact import Fraction
from itbverify.base.resources import rules_dir
from itbverify.documents.build import load_document
from itbverify.documents.model import Document, Patient
from itbverify.documents.read import find_files, read_sources
from itbverify.engines.z3.configurations import build_shape
from itbverify.engines.z3.ruleset_layouts import layouts
from itbverify.engines.z3.shapes import adult_age, band_condition
from itbverify.language.ruleset import RuleSet, default_ruleset, load_rule_files
from itbverify.outputs.charts import _envelope
from itbverify.outputs.evidence import _limit_function
from itbverify.semantics.evaluate import Evaluator

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "src" / "itbverify"
EXAMPLES = REPO / "examples"


def _first_node(path: Path) -> Any:
    found = next(iter(find_files([str(path)])))
    assert isinstance(found, tuple)
    return next(iter(read_sources(*found))).node


def _rules_with(tmp_path: Path, old: str, new: str) -> RuleSet:
    """The installed rule set with one text replaced in rules/definitions.rules."""
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    definitions = folder / "definitions.rules"
    text = definitions.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    definitions.write_text(text.replace(old, new), encoding="utf-8")
    return load_rule_files(sorted(folder.glob("*.rules")))


def _envelope_levels(document: Document, ruleset: RuleSet) -> list[float]:
    return [float(allowed) for _, _, allowed in _envelope(document, document.end_h, _limit_function(document, ruleset))]


def test_the_reports_envelope_line_follows_the_rule_sets_increase_limit(tmp_path: Path) -> None:
    path = EXAMPLES / "titration-spinal-adult.yaml"
    document = load_document(_first_node(path), path.name)
    assert document.patient.origin == "spinal" and document.patient.age_years >= 18
    raises = [s for s in document.steps if s.previous is not None and not s.starts_run and not s.stops and not s.previous.stops]
    assert raises, "the example has no step that replaces a running one"

    shipped = _envelope_levels(document, default_ruleset())
    assert shipped == [float(s.previous.daily_dose_ug * Fraction(13, 10)) for s in raises if s.previous is not None]

    changed = _rules_with(tmp_path, "(if adult then 30% else 15%)", "(if adult then 25% else 15%)")
    assert _envelope_levels(document, changed) == [float(s.previous.daily_dose_ug * Fraction(5, 4)) for s in raises if s.previous is not None]


def test_no_increase_limit_in_the_rule_set_draws_no_envelope() -> None:
    path = EXAMPLES / "titration-spinal-adult.yaml"
    document = load_document(_first_node(path), path.name)
    shipped = default_ruleset()
    # Its rules would not load without the definition they call; the report reads the definitions alone.
    without = RuleSet(shipped.files, shipped.rules, {k: v for k, v in shipped.definitions.items() if k != "increase_limit"})
    limit_of = _limit_function(document, without)
    assert all(limit_of(s) is None for s in document.steps if s.phase != "emergency")
    assert not _envelope_levels(document, without)


def test_the_age_bands_are_the_rules_adult_and_child() -> None:
    """adult_age, adult and child say the same thing: the solver's band is the rules' own condition."""
    definitions = default_ruleset().definitions
    age = z3.Real("age")
    document = Document(patient=Patient(age_years=age))
    evaluator = Evaluator(document, definitions, symbolic=True)
    for band in ("adult", "child"):
        rules_term = evaluator.eval(definitions[band].body, {})
        solver = z3.Solver()
        solver.add(z3.Not(band_condition(definitions, band, age) == rules_term))
        assert solver.check() == z3.unsat, band
    limit = adult_age(definitions)
    for years, adult in ((limit - Fraction(1, 100), False), (limit, True), (limit + Fraction(1, 100), True)):
        concrete = Evaluator(Document(patient=Patient(age_years=years)), definitions, symbolic=False)
        assert concrete.eval(definitions["adult"].body, {}) is adult
        assert concrete.eval(definitions["child"].body, {}) is not adult


def test_configurations_and_the_rule_set_check_take_the_adult_age_from_the_rules(tmp_path: Path) -> None:
    changed = _rules_with(tmp_path, "define adult_age = 18", "define adult_age = 21")
    assert adult_age(changed.definitions) == 21
    path = EXAMPLES / "libraries" / "limits-safe.yaml"
    library = load_library(_first_node(path), path.name)
    for profile in library.profiles:
        shape = build_shape(library, profile, profile.phases[0], definitions=changed.definitions)
        age = z3.ToReal(shape.variables["age_years"]) / 100
        expected = age >= 21 if profile.band == "adult" else age < 21
        assert any(z3.eq(c, expected) for c in shape.accepted), profile.band
    for band in ("adult", "child"):
        age = z3.Real(f"spinal_{band}_l0_age_years")
        expected = age >= 21 if band == "adult" else age < 21
        assert any(z3.eq(c, expected) for c in layouts("spinal", band, changed.definitions)[0].wellformed), band


# ---- no label number in the package ------------------------------------------------------------------

# The label's numbers that are distinctive enough to spot: the adult age, the increase limits as the
# fractions the code would compute with, the 48-hour gap, the studied maintenance ranges, the age of
# caution. The limits' percentages (30, 20, 15), the largest test dose (100) and the 24-hour gap are left
# out: the package uses those numbers for other things (figure sizes, percent scaling, hours in a day),
# where a ban would only add noise.
LABEL_NUMBERS = {18, 48, 65, 2003, 1400, 0.3, 0.2, 0.15}
LABEL_FRACTIONS = {(3, 10), (1, 5), (3, 20)}

# (module relative to src/itbverify, number): why it is not the label's.
ALLOWED: dict[tuple[str, float], str] = {
    ("conform/generate.py", 0.2): "how often the session generator draws an event of a kind (a probability or a weight)",
    ("conform/generate.py", 0.3): "how often the session generator draws an event of a kind (a probability or a weight)",
}


def _label_numbers(tree: ast.AST) -> list[tuple[int, float]]:
    found: list[tuple[int, float]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool) and node.value in LABEL_NUMBERS:
            found.append((node.lineno, float(node.value)))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Fraction" and len(node.args) == 2
                and all(isinstance(a, ast.Constant) and type(a.value) is int for a in node.args)):
            pair = (node.args[0].value, node.args[1].value)  # type: ignore[attr-defined]
            if pair in LABEL_FRACTIONS:
                found.append((node.lineno, pair[0] / pair[1]))
    return found


@pytest.mark.parametrize("module", sorted(p.relative_to(SOURCES).as_posix() for p in SOURCES.rglob("*.py")))
def test_no_module_writes_a_label_number(module: str) -> None:
    tree = ast.parse((SOURCES / module).read_text(encoding="utf-8"))
    found = [(line, value) for line, value in _label_numbers(tree) if (module, value) not in ALLOWED]
    assert not found, f"{module}: label numbers {found}; read them from the rule set (rules/definitions.rules)"


def test_the_scan_finds_what_it_looks_for() -> None:
    sample = "adult = age >= 18\nlimit = Fraction(3, 10)\nshare = 0.2\nfont = 30\n"
    assert sorted(v for _, v in _label_numbers(ast.parse(sample))) == [0.2, 0.3, 18]
