"""Worker processes that die with the process that started them.

A killed parent (SIGKILL, an out-of-memory kill, a CI job cancelled) cannot
clean up, so each worker must notice by itself: on Linux the kernel sends it
SIGKILL when its parent thread goes (PR_SET_PDEATHSIG); elsewhere a daemon
thread polls the parent's pid. Pass `die_with_parent` as the `initializer` of
every process pool.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                # The parent may have died between fork and prctl: then no signal comes.
                if os.getppid() != parent:
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="itbverify-parent-watch").start()


def _watch(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(0.5)
