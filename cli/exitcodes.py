"""Exit codes, one place. The README lists them; tests assert each one."""

from enum import IntEnum


class Exit(IntEnum):
    OK = 0  # every input processed
    INPUT = 1  # some input could not be processed; the others were
    USAGE = 2  # bad options or arguments; nothing was processed
    OUTPUT = 3  # the output could not be written (no such folder, disk full, ...)
    INTERNAL = 70  # a bug in newsx: please report it
    BUSY = 75  # --state FILE is in use by another run: try again later (EX_TEMPFAIL)
    INTERRUPTED = 130  # Ctrl-C (SIGINT)
    PIPE = 141  # the reader of stdout went away (| head)
    TERMINATED = 143  # SIGTERM


class UsageError(Exception):
    """Bad options or arguments found after parsing: exit 2 with this message."""
