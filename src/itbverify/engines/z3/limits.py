"""The solver's limits: a budget of its own work per query, and a memory ceiling for the process.

Setting the ceiling does not load the solver (a concrete document never
needs it); it is applied when the solver's terms are loaded.
"""

from __future__ import annotations

from typing import Any

DEFAULT_MEMORY_MB = 4096
# A query's budget is counted in the solver's resource units, not in seconds, so that its answer (and a
# counterexample's model) is the same on an idle machine and a busy one: a time limit of T seconds is a
# budget of T * RLIMIT_PER_SECOND units (about what an unloaded core spends in T seconds). The wall clock
# stays only as an outer safety net, WALL_CLOCK_FACTOR times longer, for the rare query whose units come
# slowly (nonlinear arithmetic can spend a minute on a few units); its expiry is unknown, never safe.
RLIMIT_PER_SECOND = 2_000_000
WALL_CLOCK_FACTOR = 3

_memory: dict[str, Any] = {"megabytes": None, "loaded": False}


def set_limits(solver: Any, timeout_s: float) -> None:
    """Give a solver (or optimizer) its resource budget for TIMEOUT_S seconds, and the wall-clock safety net."""
    solver.set("rlimit", max(1, int(timeout_s * RLIMIT_PER_SECOND)))
    solver.set("timeout", max(1, int(timeout_s * WALL_CLOCK_FACTOR * 1000)))


def limit_solver_memory(megabytes: int = DEFAULT_MEMORY_MB) -> None:
    """Every solver query of this process stops (as unknown) past this much memory."""
    _memory["megabytes"] = megabytes
    if _memory["loaded"]:
        _apply()


def solver_loaded() -> None:
    """The solver is loaded (engines.z3.terms): the ceiling asked for so far applies from now on."""
    _memory["loaded"] = True
    _apply()


def _apply() -> None:
    if _memory["megabytes"] is not None:
        import z3

        z3.set_param("memory_max_size", _memory["megabytes"])
