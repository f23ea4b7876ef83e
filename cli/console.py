"""Messages for people, on stderr: errors, warnings, progress. stdout is for data."""

from __future__ import annotations

import os
import sys
from typing import TextIO

PROG = "newsx"


class Messages:
    """Counts problems so the exit code can tell the truth about them."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet
        self.failures = 0

    @property
    def stream(self) -> TextIO:
        return sys.stderr  # resolved at call time: tests swap it

    def error(self, where: str, reason: str) -> None:
        """An input or output that failed; the run goes on with the others."""
        self.failures += 1
        self._write(f"{PROG}: error: {where}: {reason}")

    def warn(self, where: str, reason: str) -> None:
        if not self.quiet:
            self._write(f"{PROG}: warning: {where}: {reason}")

    def info(self, text: str) -> None:
        if not self.quiet:
            self._write(f"{PROG}: {text}")

    def _write(self, line: str) -> None:
        try:
            print(_one_line(line), file=self.stream, flush=True)
        except (BrokenPipeError, ValueError):
            pass


def colour_allowed(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _one_line(text: str) -> str:
    return " ".join(text.split("\n"))
