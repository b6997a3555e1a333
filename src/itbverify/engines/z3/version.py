"""The solver's version, for the reports that name it, without loading the solver."""

from __future__ import annotations

from importlib import metadata


def solver_version() -> str:
    """What z3.get_version_string() gives (major.minor.build), from the installed z3-solver distribution,
    whose version adds a fourth, packaging number."""
    try:
        return ".".join(metadata.version("z3-solver").split(".")[:3])
    except metadata.PackageNotFoundError:
        # z3 installed without its distribution's metadata (built from source, say): only the library can tell.
        import z3

        return str(z3.get_version_string())
