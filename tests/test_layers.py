"""The package's layers hold: the import contracts in pyproject.toml, and writers that do not load Z3."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

CONFIG = Path(__file__).resolve().parents[1] / "pyproject.toml"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
WRITERS = ("itbverify.outputs.jsonline", "itbverify.outputs.report", "itbverify.outputs.sarif", "itbverify.outputs.junit")
REPO = CONFIG.parent


def lint_imports(*contracts: str) -> subprocess.CompletedProcess[str]:
    command = [str(LINT_IMPORTS), str(CONFIG), "--no-cache", "--no-logo"]
    for contract in contracts:
        command += ["--contract", contract]
    # Wide, so that no import is wrapped over two lines of the report.
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False,
                          cwd=CONFIG.parent, env={**os.environ, "COLUMNS": "1000"})


def test_the_writers_and_only_z3_speaks_to_z3_contracts_hold() -> None:
    done = lint_imports("writers-without-z3", "z3-in-engines-z3")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 2 kept, 0 broken." in done.stdout, done.stdout


def test_no_layer_imports_a_higher_one() -> None:
    done = lint_imports("layers")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 1 kept, 0 broken." in done.stdout, done.stdout


def test_checking_a_concrete_plan_does_not_load_z3() -> None:
    # The concrete engine decides a plan with numbers only; the solver is loaded when a document needs it.
    code = (
        "import sys; from itbverify.app.cli import main; "
        f"code = main(['check', {str(REPO / 'examples' / 'taper-and-stop.yaml')!r}, '--format', 'json']); "
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] == 'z3'), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.stderr.strip().splitlines()[-1] == "0 []", done.stderr
    program = (
        "import sys; from itbverify.app.cli import main; "
        f"main(['check', {str(REPO / 'examples' / 'program-flex-night.yaml')!r}, '--format', 'json']); "
        "print('z3' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300, check=False)
    assert done.stderr.strip().splitlines()[-1] == "True", "a program with a delivery tolerance is decided by the solver"


def test_a_warm_check_neither_parses_nor_lowers_the_rules(tmp_path: Path) -> None:
    # The first run parses the rule files (Lark) and lowers the rules; both are kept under a content key,
    # so the next run only loads them, and answers the same.
    code = (
        "import sys; from itbverify.app.cli import main; "
        f"main(['check', {str(REPO / 'examples' / 'increase-too-fast.yaml')!r}, '--format', 'json']); "
        "print(sorted(m for m in ('lark', 'itbverify.language.parse', 'itbverify.semantics.lower') if m in sys.modules), file=sys.stderr)"
    )
    env = {**os.environ, "ITBVERIFY_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False, env=env) for _ in range(2)]
    cold, warm = runs
    assert cold.stderr.strip().splitlines()[-1] == "['itbverify.language.parse', 'itbverify.semantics.lower', 'lark']", cold.stderr
    assert warm.stderr.strip().splitlines()[-1] == "[]", warm.stderr
    assert warm.stdout == cold.stdout and '"verdict": "unsafe"' in warm.stdout
    assert len(list(tmp_path.glob("rules-*-lowered.pickle"))) == 1


def test_importing_the_writers_does_not_load_z3() -> None:
    code = f"import sys, {', '.join(WRITERS)}; print(sorted(m for m in sys.modules if m.split('.')[0] == 'z3'))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_the_solver_version_without_the_solver_is_the_solvers_own() -> None:
    import z3

    from itbverify.engines.z3.version import solver_version

    assert solver_version() == z3.get_version_string()


def test_the_grammar_names_the_rule_kinds_of_the_registry() -> None:
    # The grammar spells the kinds a rule applies to as keywords; the registry of document kinds is the list.
    from itbverify.base.resources import grammar_path
    from itbverify.documents.kinds import RULE_KINDS

    line = next(x for x in grammar_path().read_text(encoding="utf-8").splitlines() if x.startswith("KIND:"))
    assert set(re.findall(r'"([a-z-]+)"', line)) == set(RULE_KINDS)
