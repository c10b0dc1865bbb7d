"""Child processes that do not outlive the process that started them."""

from __future__ import annotations

import ctypes
import os
import signal

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Run in a child (a pool initializer, a `preexec_fn`): it is killed when its parent dies,
    even by SIGKILL.

    Linux's PR_SET_PDEATHSIG, which survives exec; should the parent already be gone when this
    runs, the child exits. Elsewhere, children end when their pipes or queues do.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:
        os._exit(1)
