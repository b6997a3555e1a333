"""SMT-LIB text: a query printed the same in every process, and a stored query put to the solver again."""

from __future__ import annotations

import re

import z3

_SMT_TOKEN = re.compile(r'"(?:[^"]|"")*"|\|[^|]*\||;[^\n]*|[A-Za-z0-9~!@$%^&*_\-+=<>.?/]+')
# The names z3's printer makes up for shared subterms, from the term's id.
_GENERATED_NAME = re.compile(r"([?$]x|a!)(\d+)")


def renumber_let_names(text: str) -> str:
    """The query with z3's made-up let names (`?x22379`, `$x29094`) renumbered in order of first use.

    Every name of that form is renamed, one to one, to another of that form,
    so the query keeps its meaning and its answer.
    """
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        token = match.group(0)
        generated = _GENERATED_NAME.fullmatch(token)
        if generated is None:
            return token
        if token not in names:
            names[token] = f"{generated.group(1)}{len(names) + 1}"
        return names[token]

    return _SMT_TOKEN.sub(rename, text)


def canonical_smt2(benchmark: str) -> str:
    """A z3 benchmark printed as a function of its terms alone, the same in every process.

    z3 prints a subterm as a `let` when it has more than one reference,
    Python's included (a term some object still holds is let-bound, the same
    term freed is written out), and names it after its id, which counts every
    term the process built before. Read into a context of its own, the query
    has only the references its own structure gives; printed from there, with
    the let names renumbered, it is the same text whatever the process did
    before.
    """
    solver = z3.Solver(ctx=z3.Context())
    solver.from_string(benchmark)
    return renumber_let_names(solver.to_smt2())


class SmtError(Exception):
    """The solver cannot read an SMT-LIB text."""


def check_smtlib(text: str, timeout_s: float) -> str:
    """The solver's answer (sat, unsat or unknown) to a stored query, within TIMEOUT_S seconds."""
    solver = z3.Solver()
    solver.set("timeout", int(timeout_s * 1000))
    try:
        solver.from_string(text)
        return str(solver.check())
    except z3.Z3Exception as error:
        raise SmtError(str(error)) from None
