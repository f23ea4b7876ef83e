"""Inputs, one layer for every command: paths, folders, globs and stdin in; units out.

Each input is decoded on its own (see newsx.analysis.decoding). A large file or
stream is read in blocks cut at paragraph or line ends, so memory stays flat. An
input that cannot be used becomes a `Problem` and the run goes on with the rest.
"""

from __future__ import annotations

import codecs
import fnmatch
import glob as globbing
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from newsx.analysis.decoding import decode, detect_encoding
from newsx.analysis.errors import InputError
from newsx.analysis.tasks import Unit

STDIN = "-"
STDIN_LABEL = "<stdin>"
BLOCK_CHARS = 1 << 18  # text per unit when a large input is read in blocks
_READ_BYTES = 1 << 20
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class Source:
    label: str  # as shown to the user
    path: Path | None  # None: stdin


@dataclass(frozen=True)
class Problem:
    label: str
    reason: str


@dataclass(frozen=True)
class Warning:
    label: str
    reason: str


def expand(paths: Sequence[str], pattern: str = "*.txt") -> Iterator[Source | Problem]:
    """Files named, found in folders (recursively, sorted) or matched by a glob."""
    for given in paths or [STDIN]:
        if given == STDIN:
            yield Source(STDIN_LABEL, None)
            continue
        path = Path(given)
        if path.is_dir():
            found = list(_walk(path, pattern))
            if not found:
                yield Problem(given, f"no files matching {pattern!r} in this folder")
            yield from found
        elif path.exists() or path.is_symlink():
            yield Source(given, path)
        elif _GLOB_CHARS & set(given):
            matches = sorted(globbing.glob(given, recursive=True))
            if not matches:
                yield Problem(given, "no files match this pattern")
            for match in matches:
                yield from expand([match], pattern)
        else:
            yield Problem(given, "no such file or folder")


def _walk(folder: Path, pattern: str) -> Iterator[Source]:
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        stat = os.stat(root)
        if (stat.st_dev, stat.st_ino) in seen:  # a symlink loop: been here
            dirs.clear()
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs.sort()
        for name in sorted(files):
            if fnmatch.fnmatch(name, pattern):
                path = Path(root) / name
                yield Source(str(path), path)


class Digest(Protocol):
    """Anything fed the bytes of an input as they are read (hashlib.sha256(), say)."""

    def update(self, data: bytes, /) -> None: ...


def read(
    source: Source, *, encoding: str | None = None, digest: Digest | None = None
) -> Iterator[Unit | Problem | Warning]:
    """The units of one input; a Problem instead when it cannot be read or decoded.

    `digest`, when given, is fed every byte read, so it describes exactly the
    content the units came from (--state stores it with their results).
    """
    try:
        if source.path is None:
            yield from _read_stream(source.label, _fed(sys.stdin.buffer, digest), encoding)
        else:
            if source.path.is_dir():
                yield Problem(source.label, "is a folder (name files, or a folder to search)")
                return
            with source.path.open("rb") as stream:
                yield from _read_stream(source.label, _fed(stream, digest), encoding)
    except OSError as error:
        yield Problem(source.label, _os_reason(error))


class _Feeding:
    """A binary stream that feeds what is read from it to a digest."""

    def __init__(self, stream: BinaryIO, digest: Digest) -> None:
        self.stream, self.digest = stream, digest

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.digest.update(data)
        return data


def _fed(stream: BinaryIO, digest: Digest | None) -> BinaryIO:
    return stream if digest is None else _Feeding(stream, digest)  # type: ignore[return-value]


def _read_stream(
    label: str, stream: BinaryIO, encoding: str | None
) -> Iterator[Unit | Problem | Warning]:
    first = stream.read(_READ_BYTES)
    more = stream.read(1)
    if not more:  # the whole input fits in one block: decode it in one piece
        try:
            decoded = decode(first, encoding=encoding)
        except InputError as error:
            yield Problem(label, str(error))
            return
        if decoded.warning:
            yield Warning(label, decoded.warning)
        text = _strip_final_newline(decoded.text)
        if text:
            yield Unit(label, 0, text)
        else:
            yield Warning(label, "empty input")
        return
    first += more
    yield from _read_blocks(label, stream, first, encoding)


def _read_blocks(
    label: str, stream: BinaryIO, first: bytes, encoding: str | None
) -> Iterator[Unit | Problem | Warning]:
    try:
        name = codecs.lookup(encoding).name if encoding else detect_encoding(first[:_READ_BYTES])
        decode(first[:65536] if not encoding else b"", encoding=encoding)  # binary check
    except (InputError, LookupError) as error:
        yield Problem(
            label, str(error) if isinstance(error, InputError) else f"unknown encoding {encoding!r}"
        )
        return
    decoder = codecs.getincrementaldecoder(name)(errors="replace")
    buffer = ""
    part = 0
    line = 1
    data = first
    while True:
        final = not data
        buffer += decoder.decode(data, final=final)
        while len(buffer) >= BLOCK_CHARS or (final and buffer):
            cut, at_newline = _cut_point(buffer) if not final else (len(buffer), True)
            text = buffer[:cut]
            buffer = buffer[cut + at_newline :]
            if final:
                text = _strip_final_newline(text)
            yield Unit(label, part, text, line, continued=not at_newline)
            part += 1
            line += text.count("\n") + at_newline
            if final:
                buffer = ""
        if final:
            return
        data = stream.read(_READ_BYTES)


def _cut_point(buffer: str) -> tuple[int, bool]:
    """Where to end a block, and whether a line break is used up there.

    At a blank line if one is near the end, else at a line end. A line longer
    than a block (a scraped page with no line breaks) is cut after a sentence
    end if possible, and the next block continues the same line.
    """
    half = len(buffer) // 2
    for mark in ("\n\n", "\n"):
        at = buffer.rfind(mark, half)
        if at >= 0:
            return at, True
    for mark in "。！？；，,. ":
        at = buffer.rfind(mark, half)
        if at >= 0:
            return at + 1, False
    return len(buffer), False


def _strip_final_newline(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith("\n") else text


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, FileNotFoundError):
        return "no such file (was it removed while newsx was running?)"
    if isinstance(error, IsADirectoryError):
        return "is a folder"
    return (error.strerror or str(error)).lower()
