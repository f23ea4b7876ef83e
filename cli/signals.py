"""SIGTERM, raised as an exception so that cleanup (temporary output files) runs.

Python runs a signal handler between any two bytecodes of the main thread; where the
exception it raises cannot propagate (a fork handler of the logging module while a
worker process starts, a finaliser), Python prints "Exception ignored in …" and goes
on. So the signal is also remembered: an output file is not committed and the run
ends as terminated all the same, and that message is not printed.
"""

from __future__ import annotations

import signal
import sys
from typing import Any, NoReturn


class Terminated(BaseException):
    """SIGTERM was received."""


_received = False


def install() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    default = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, Terminated):
            default(unraisable)

    sys.unraisablehook = hook


def check() -> None:
    """Raise Terminated if SIGTERM came, also where its exception was swallowed."""
    if _received:
        raise Terminated


def _terminate(signum: int, frame: object) -> NoReturn:
    global _received
    _received = True
    raise Terminated
