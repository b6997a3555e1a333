"""What checking a set of paths gathers: each document's result, and the files passed over.

Apart from the checking itself, so that the writers read a run without
loading the solver.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from itbverify.documents.read import Problem, Skip
from itbverify.engines.results import Result


@dataclass
class Run:
    results: list[Result] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    missing: list[Problem] = field(default_factory=list)
    needs_solver: list[str] = field(default_factory=list)  # file:line of documents --engine concrete cannot check

    @property
    def skipped(self) -> list[str]:
        """The files skipped, by name."""
        return [skip.file for skip in self.skips]


def skipped_json(skip: Skip) -> dict[str, object]:
    """A skipped file as a result object (verdict `skipped`, the reason its note), so JSON lists it too."""
    return {"id": None, "file": skip.file, "line": skip.line or 1, "kind": None, "verdict": "skipped", "findings": [],
            "proved": [], "unknown": [], "not_applicable": [], "notes": [skip.reason]}
