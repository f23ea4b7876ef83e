"""Shared fixtures: the samples, ../shared data (skipped where absent), and a harness
that runs `newsx` in-process through its real entry point (exit codes included)."""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "000_0429a0f6955e58f0.txt"
SHARED = Path(os.environ.get("NEWSX_SHARED", ROOT.parent / "shared"))


def shared(*parts: str) -> Path:
    """A path under ../shared; skips the test when the shared data is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared data sits beside the repository)")
    return path


@dataclass
class Result:
    code: int
    stdout_bytes: bytes
    stderr: str

    @property
    def stdout(self) -> str:
        return self.stdout_bytes.decode("utf-8")


class _Stream(io.TextIOWrapper):
    def __init__(self, data: bytes = b"", tty: bool = False) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", newline="")
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def run_newsx(*args: str | Path, stdin: bytes | str | None = None, tty: bool = False) -> Result:
    """Run `newsx ARGS` through newsx.cli.app.main, as a user would, in this process."""
    from newsx.cli.app import main

    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
    out = _Stream(tty=tty)
    err = io.StringIO()
    sys.argv = ["newsx", *map(str, args)]
    sys.stdin = _Stream(data or b"", tty=stdin is None)
    sys.stdout, sys.stderr = out, err
    try:
        main()
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    finally:
        out.flush()
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
    return Result(code, out.buffer.getvalue(), err.getvalue())  # type: ignore[attr-defined]


@pytest.fixture
def newsx():
    return run_newsx
