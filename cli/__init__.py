"""newsx.cli: the command line. Parses options, calls newsx.analysis, renders results."""

from __future__ import annotations

import sys
from typing import NoReturn


def main() -> NoReturn:
    """The `newsx` command. Ctrl-C while its libraries load (half a second) ends it as
    quietly as Ctrl-C at any later moment: one line, exit code 130, no traceback."""
    try:
        from newsx.cli.app import main as run
    except KeyboardInterrupt:
        sys.stderr.write("newsx: interrupted\n")
        sys.exit(130)
    run()
