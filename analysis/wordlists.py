"""The word lists shipped in analysis/data: one entry a line, # starts a comment."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@cache
def lines(name: str) -> tuple[str, ...]:
    text = (DATA / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and line[0] != "#")


@cache
def surnames() -> frozenset[str]:
    """Single-character surnames, the rare ones (marked ?) left out."""
    return frozenset(s for s in lines("surnames.txt") if len(s) == 1)


@cache
def common_surnames() -> frozenset[str]:
    """The hundred commonest single-character surnames."""
    return frozenset(lines("common_surnames.txt"))


@cache
def compound_surnames() -> frozenset[str]:
    """Two-character surnames: 欧阳, 皇甫, 司马 …"""
    return frozenset(s for s in lines("surnames.txt") if len(s) == 2 and s[0] != "?")
