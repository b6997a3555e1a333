"""How many generated documents it takes to find a rule moved one unit past the label (run on demand).

    python benchmarks/mutants.py [--documents 1500] [--seeds 11,12]

Sizes the generated-document tests by what they find. Each mutant copies
rules/ and moves one of the label's numbers one unit (30% to 31%, 24 h to
23 h, 50 ug to 51 ug...); the documents of tests/test_independent.py are drawn
from each seed, checked by the auto engine under the mutant, and compared with
the independent reference calculation (tests/independent.py). Prints, per
mutant and seed, the index of the first document on which they part (a
mutant no document finds is printed as "not found": a gap in the generator
to close, not a number to live with).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import test_independent as generated

from itbverify.analyses.check import check_source
from itbverify.documents.read import Source, compose
from itbverify.language.ruleset import RuleSet, load_rule_files

# (rule file, text, the text one unit past the label)
MUTANTS = [
    ("definitions.rules", "(if adult then 30% else 15%)", "(if adult then 31% else 15%)"),
    ("definitions.rules", "(if adult then 30% else 15%)", "(if adult then 30% else 16%)"),
    ("definitions.rules", "then 20% else 15%)", "then 21% else 15%)"),
    ("definitions.rules", "then 24 h else 48 h", "then 23 h else 48 h"),
    ("definitions.rules", "then 24 h else 48 h", "then 24 h else 47 h"),
    ("definitions.rules", "80% * x.previous.daily_dose_ug <= x.daily_dose_ug", "79% * x.previous.daily_dose_ug <= x.daily_dose_ug"),
    ("definitions.rules", "x.daily_dose_ug <= 90% * x.previous", "x.daily_dose_ug <= 91% * x.previous"),
    ("definitions.rules", "<= 48 h", "<= 47 h"),
    ("definitions.rules", "largest_test_dose = 100", "largest_test_dose = 101"),
    ("definitions.rules", "adult_age = 18", "adult_age = 17"),
    ("pump.rules", "require highest <= 120% * lowest", "require highest <= 121% * lowest"),
    ("pump.rules", "<= 1% * s.daily_dose_ug", "<= 2% * s.daily_dose_ug"),
    ("pump.rules", "<= 77 days", "<= 78 days"),
    ("discontinuation.rules", "require s.daily_dose_ug >= 80% * s.previous", "require s.daily_dose_ug >= 79% * s.previous"),
    ("discontinuation.rules", "<= 96 h", "<= 97 h"),
    ("discontinuation.rules", "require s.at_h - s.run.start >= 24 h", "require s.at_h - s.run.start >= 23 h"),
    ("screening.rules", "require x.dose_ug <= 50", "require x.dose_ug <= 51"),
    ("screening.rules", "a.dose_ug + 25", "a.dose_ug + 26"),
    ("screening.rules", "require b.at_h - a.at_h >= 24 h", "require b.at_h - a.at_h >= 23 h"),
    ("screening.rules", "x.effect_h <= 12 h", "x.effect_h <= 11 h"),
    ("patient.rules", "age_years >= 4", "age_years >= 5"),
    ("patient.rules", "months_since_injury >= 12", "months_since_injury >= 11"),
    ("patient.rules", "age_years > 65", "age_years > 66"),
    ("titration.rules", "require s.at_h - start >= 24 h", "require s.at_h - start >= 23 h"),
    ("titration.rules", "forbid s.daily_dose_ug > 1000", "forbid s.daily_dose_ug > 1001"),
    ("titration.rules", "require in_window <= (1 + p) * before", "require in_window <= (1 + p) * before + 1"),
]


def mutant_rules(folder: Path, name: str, old: str, new: str) -> RuleSet:
    for path in (REPO / "rules").glob("*.rules"):
        shutil.copy(path, folder / path.name)
    text = (folder / name).read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"rules/{name} no longer reads {old!r}: update the mutant")
    (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return load_rule_files(sorted(folder.glob("*.rules")))


def outcome(text: str, rules: RuleSet) -> tuple[set[str], set[str]]:
    node, problems = compose(text, "generated.yaml")
    result = check_source(Source("generated.yaml", 1, 1, node, problems), rules, 60.0, engine="auto")
    errors = {f.requirement for f in result.findings if f.severity == "error" and f.requirement}
    warnings = {f.requirement for f in result.findings if f.severity == "warning" and f.requirement}
    return errors, warnings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1500)
    parser.add_argument("--seeds", default="11,12")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    drawn: dict[int, list[tuple[str, Any]]] = {}
    for seed in seeds:
        docs = generated.draw_documents(seed, args.documents)
        drawn[seed] = [(yaml.safe_dump(d, sort_keys=False), (generated.reference_errors(d), generated.reference_warnings(d))) for d in docs]
    print(f"{args.documents} documents per seed, seeds {seeds}; first document that finds each mutant")
    worst = 0
    missed = 0
    for name, old, new in MUTANTS:
        with tempfile.TemporaryDirectory() as folder:
            rules = mutant_rules(Path(folder), name, old, new)
            found = []
            for seed in seeds:
                index = next((i for i, (text, expected) in enumerate(drawn[seed]) if outcome(text, rules) != expected), None)
                found.append("not found" if index is None else str(index))
                worst = max(worst, index if index is not None else 0)
                missed += index is None
        print(f"  {name}: {old!r} -> {new!r}: {', '.join(found)}", flush=True)
    print(f"latest find: document {worst}; mutant-seed pairs not found: {missed}")


if __name__ == "__main__":
    main()
