"""A per-user cache for data that is slow to parse (jieba's IDF table, its prefix dict).

Files live in the user's cache directory (NEWSX_CACHE_DIR overrides), never in a
shared /tmp file, and each entry is rebuilt when the file it was made from changes.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    env = os.environ.get("NEWSX_CACHE_DIR")
    if env:
        path = Path(env)
    else:
        import platformdirs

        path = Path(platformdirs.user_cache_dir("newsx"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_path(name: str, source: Path, suffix: str) -> Path:
    """Where to keep data made from `source`; the name changes when the source does."""
    stat = source.stat()
    key = hashlib.sha1(f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()
    return cache_dir() / f"{name}-{key[:16]}{suffix}"


def cached(name: str, source: Path, build: Callable[[], Any]) -> Any:
    """build()'s result, stored under `name` and reused while `source` is unchanged."""
    try:
        path = cache_path(name, source, ".marshal")
    except OSError:
        return build()  # no writable cache directory: just do the work
    try:
        with path.open("rb") as f:
            return marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        _write(path, marshal.dumps(value))
    except OSError:
        pass  # kept in memory only
    return value


def cached_file(name: str, source: Path, suffix: str, build: Callable[[], bytes]) -> Path | None:
    """A file holding build()'s bytes, made once from `source` and kept while it is
    unchanged; None when there is no writable cache directory."""
    try:
        path = cache_path(name, source, suffix)
        if not path.is_file():
            _write(path, build())
    except OSError:
        return None
    return path


def _write(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (another process may be reading it)."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
