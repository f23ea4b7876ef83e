"""Incremental runs: `--state FILE.sqlite` remembers each input's content and its records.

An input whose content (SHA-256 of its bytes) is unchanged since the last run with
the same command and options is not read again: its stored records are printed in
its place, in input order. New and changed inputs are processed and their records
replace the stored ones. `--new-only` prints only records no earlier run printed.

The store is one SQLite file (embedded, no server) in WAL mode, so `newsx export`
can read it while a run writes. Guarantees, and how they are kept:

- **One run at a time.** A run holds a POSIX lock on `FILE.sqlite.lock` from start
  to end; a second run waits for it (`--state-wait`, default 60 s), then exits 75.
  The kernel drops the lock when its holder dies, even by SIGKILL.
- **Nothing lost, nothing half-stored.** An input's records are stored in one
  transaction, after the whole input was read, so a killed run leaves each input
  either stored completely or not at all; the next run redoes what is missing and
  ends with the store an uninterrupted run leaves.
- **At least once.** A record counts as printed (for `--new-only`) only after it
  was written and flushed (CSV, TSV or JSON lines on stdout: input by input), or
  after the whole output was written (an `-o` file, JSON, a table, XLSX). A crash
  may print a record a second time on the next run, never drop one.

Inputs are known by their path as given (`news/2024/a.txt`); an input that
disappeared from a folder keeps its stored records (`newsx export` shows them).
Records are stored before `--dedupe` is applied, with each article's fingerprint,
so which articles are copies is decided afresh on every run, across stored and new
inputs alike. Records made by another newsx version are made again.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from newsx import __version__
from newsx.cli import inputs
from newsx.cli.exitcodes import Exit, UsageError
from newsx.cli.output import write_records

if TYPE_CHECKING:
    import sqlite3

    from newsx.analysis.dedupe import NearDuplicates
    from newsx.analysis.tasks import Articles, Config, Unit
    from newsx.cli.runner import Found, Run

P = TypeVar("P")
Record = dict[str, Any]

SCHEMA_VERSION = 1
APPLICATION_ID = 0x6E657773  # "news": marks the SQLite file as a newsx store
DEFAULT_WAIT = 60.0  # seconds a run waits for another run holding the store
BUSY_TIMEOUT = 30.0  # seconds SQLite waits for a lock (export while a run commits)
_POLL = 0.1

_SCHEMA = """
CREATE TABLE commands (
    command_key TEXT PRIMARY KEY,   -- the command and the options that change its records
    command TEXT NOT NULL,          -- its name: officials
    columns TEXT NOT NULL           -- JSON list: the columns it prints
);
CREATE TABLE inputs (
    command_key TEXT NOT NULL,
    path TEXT NOT NULL,             -- as given, or as found in a folder
    sha256 TEXT NOT NULL,           -- of the bytes the records were made from
    size INTEGER NOT NULL,
    version TEXT NOT NULL,          -- the newsx that made the records
    processed_at TEXT NOT NULL,     -- UTC, ISO 8601
    run INTEGER NOT NULL,           -- runs.id
    PRIMARY KEY (command_key, path)
) WITHOUT ROWID;
CREATE TABLE records (
    command_key TEXT NOT NULL,
    path TEXT NOT NULL,
    seq INTEGER NOT NULL,           -- order within the input
    article INTEGER NOT NULL,
    hash TEXT NOT NULL,             -- what --new-only remembers
    record TEXT NOT NULL,           -- JSON object over the command's columns
    PRIMARY KEY (command_key, path, seq)
) WITHOUT ROWID;
CREATE TABLE articles (             -- fingerprints, for --dedupe only
    command_key TEXT NOT NULL,
    path TEXT NOT NULL,
    article INTEGER NOT NULL,
    shingles INTEGER NOT NULL,
    fingerprint BLOB NOT NULL,
    PRIMARY KEY (command_key, path, article)
) WITHOUT ROWID;
CREATE TABLE printed (
    command_key TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (command_key, hash)
) WITHOUT ROWID;
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    command_key TEXT NOT NULL,
    pid INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,               -- NULL: still running, or it was killed
    processed INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
);
"""


class StateError(Exception):
    """The --state file cannot be used: a one-line message and an exit code."""

    def __init__(self, message: str, code: int = Exit.USAGE) -> None:
        super().__init__(message)
        self.code = code


class StateBusy(StateError):
    """Another run holds the store for longer than --state-wait."""

    def __init__(self, message: str) -> None:
        super().__init__(message, Exit.BUSY)


# -- what identifies a command's records ----------------------------------------------
def command_key(
    command: str, config: Config, *, encoding: str | None = None, flags: Sequence[str] = ()
) -> str:
    """The command with the options that change its records, as a readable key.

    `officials --bylines --since 2024-01-01`: output options (format, -o, --excel)
    and running options (--jobs) are not part of it; a user dictionary counts by
    its content.
    """
    from newsx.analysis.tasks import Config

    parts = [command, *flags]
    if encoding:
        try:
            parts += ["--encoding", codecs.lookup(encoding).name]
        except LookupError:
            parts += ["--encoding", encoding]
    default = Config()
    if config.engine != default.engine:
        parts += ["--engine", config.engine]
    if not config.hmm:
        parts.append("--no-hmm")
    if not config.learn:
        parts.append("--no-learn")
    if config.user_words:
        words = hashlib.sha256(repr(config.user_words).encode("utf-8")).hexdigest()
        parts += ["--user-dict", f"sha256:{words[:12]}"]
    scope = config.scope
    if scope.year is not None:
        parts += ["--year", str(scope.year)]
    if scope.dates.since is not None:
        parts += ["--since", scope.dates.since.isoformat()]
    if scope.dates.until is not None:
        parts += ["--until", scope.dates.until.isoformat()]
    if scope.dedupe:
        parts.append("--dedupe")
    return " ".join(parts)


# -- the store ------------------------------------------------------------------------
@dataclass(frozen=True)
class Stored:
    article: int
    hash: str
    record: Record


class Store:
    """The SQLite file behind --state. Open it with `Store.open`."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    @contextlib.contextmanager
    def open(cls, path: Path, *, create: bool = True, wait: float | None = None) -> Iterator[Store]:
        """The store at `path`; with `wait`, locked for this run (waiting up to `wait` s)."""
        import sqlite3

        if path.is_dir():
            raise StateError(f"{path}: is a folder; --state wants a file such as news.sqlite")
        if not path.exists():
            if not create:
                raise StateError(f"{path}: no such state file (made by runs with --state)")
            if not path.parent.is_dir():
                raise StateError(f"{path}: the folder {str(path.parent)!r} does not exist")
        with contextlib.ExitStack() as stack:
            if wait is not None:
                stack.enter_context(_run_lock(path, wait))
            try:
                db = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
            except sqlite3.Error as error:
                raise StateError(f"{path}: cannot open ({error})") from None
            stack.callback(db.close)
            store = cls(db, path)
            try:
                store._prepare()
            except sqlite3.DatabaseError as error:
                raise StateError(f"{path}: not a newsx state file ({error})") from None
            yield store

    def _prepare(self) -> None:
        db = self.db
        application = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if application not in (0, APPLICATION_ID):
            raise StateError(f"{self.path}: not a newsx state file (another program's database)")
        if version > SCHEMA_VERSION:
            raise StateError(
                f"{self.path}: made by a newer newsx (store version {version}); upgrade newsx"
            )
        # WAL: readers (newsx export) never block the run; NORMAL: a commit is never torn,
        # and may be lost only with the machine's power, not with the process.
        db.execute("PRAGMA synchronous = NORMAL")
        if version == SCHEMA_VERSION:
            return
        if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] and not application:
            raise StateError(f"{self.path}: not a newsx state file (it holds other tables)")
        db.execute("PRAGMA journal_mode = WAL")  # kept in the file
        with self.transaction():
            if db.execute("PRAGMA user_version").fetchone()[0] == 0:  # no one was faster
                for statement in _SCHEMA.split(";"):  # not executescript: it commits first
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is stored, or none of it."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            with contextlib.suppress(Exception):
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Reads that all see the same committed state, whatever a run commits meanwhile."""
        self.db.execute("BEGIN")
        try:
            yield self.db
        finally:
            self.db.execute("COMMIT")

    # reading
    def input_hash(self, key: str, path: str) -> tuple[str, str] | None:
        """(sha256, newsx version) of a stored input."""
        row = self.db.execute(
            "SELECT sha256, version FROM inputs WHERE command_key = ? AND path = ?", (key, path)
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def records(self, key: str, path: str) -> Iterator[Stored]:
        rows = self.db.execute(
            "SELECT article, hash, record FROM records WHERE command_key = ? AND path = ? "
            "ORDER BY seq",
            (key, path),
        )
        for article, digest, record in rows:
            yield Stored(article, digest, json.loads(record))

    def fingerprints(self, key: str, path: str) -> list[tuple[int, Any]]:
        """(article, Fingerprint) of a stored input's articles, in order."""
        from newsx.analysis.dedupe import Fingerprint

        rows = self.db.execute(
            "SELECT article, shingles, fingerprint FROM articles "
            "WHERE command_key = ? AND path = ? ORDER BY article",
            (key, path),
        )
        return [(article, Fingerprint(bytes(blob), shingles)) for article, shingles, blob in rows]

    def was_printed(self, key: str, digest: str) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM printed WHERE command_key = ? AND hash = ?", (key, digest)
            ).fetchone()
            is not None
        )

    def paths(self, key: str) -> list[str]:
        rows = self.db.execute(
            "SELECT path FROM inputs WHERE command_key = ? ORDER BY path", (key,)
        )
        return [path for (path,) in rows]

    def commands(self) -> list[dict[str, Any]]:
        """Each stored command with its columns and counts, by key."""
        rows = self.db.execute(
            "SELECT c.command_key, c.command, c.columns,"
            " (SELECT count(*) FROM inputs i WHERE i.command_key = c.command_key),"
            " (SELECT count(*) FROM records r WHERE r.command_key = c.command_key),"
            " (SELECT max(processed_at) FROM inputs i WHERE i.command_key = c.command_key)"
            " FROM commands c ORDER BY c.command_key"
        )
        return [
            {
                "command": key,
                "name": name,
                "columns": tuple(json.loads(columns)),
                "inputs": inputs_count,
                "records": records_count,
                "updated": updated or "",
            }
            for key, name, columns, inputs_count, records_count, updated in rows
        ]

    # writing (inside a transaction)
    def add_command(self, key: str, columns: Sequence[str]) -> None:
        self.db.execute(
            "INSERT INTO commands (command_key, command, columns) VALUES (?, ?, ?) "
            "ON CONFLICT (command_key) DO UPDATE SET columns = excluded.columns",
            (key, key.split()[0], json.dumps(list(columns))),
        )

    def start_run(self, key: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO runs (command_key, pid, started_at) VALUES (?, ?, ?)",
            (key, os.getpid(), _now()),
        )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run: int, processed: int, unchanged: int, failed: int) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at = ?, processed = ?, unchanged = ?, failed = ? "
            "WHERE id = ?",
            (_now(), processed, unchanged, failed, run),
        )

    def replace_input(
        self,
        key: str,
        path: str,
        *,
        sha256: str,
        size: int,
        run: int,
        records: Sequence[tuple[int, str, str]],  # (article, hash, record JSON)
        fingerprints: Sequence[tuple[int, Any]] = (),
    ) -> None:
        db = self.db
        db.execute("DELETE FROM records WHERE command_key = ? AND path = ?", (key, path))
        db.execute("DELETE FROM articles WHERE command_key = ? AND path = ?", (key, path))
        db.execute(
            "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, path, sha256, size, __version__, _now(), run),
        )
        db.executemany(
            "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)",
            ((key, path, seq, a, h, r) for seq, (a, h, r) in enumerate(records)),
        )
        db.executemany(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?)",
            ((key, path, a, fp.shingles, fp.values) for a, fp in fingerprints if fp is not None),
        )

    def mark_printed(self, key: str, hashes: Iterable[str]) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO printed VALUES (?, ?)", ((key, h) for h in hashes)
        )


@contextlib.contextmanager
def _run_lock(path: Path, wait: float) -> Iterator[None]:
    """Hold FILE.lock for the run, waiting up to `wait` seconds for another run to finish.

    POSIX record locks (lockf): released by the kernel when the holder dies, and
    not shared with forked worker processes.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: SQLite's own locking still keeps the file whole
        yield
        return
    lock = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        raise StateError(f"{lock}: cannot create the lock file ({error.strerror})") from None
    try:
        deadline = time.monotonic() + wait
        said = False
        while True:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno not in (errno.EACCES, errno.EAGAIN):
                    raise StateError(f"{lock}: cannot lock ({error.strerror})") from None
            holder = _holder(fd)
            if time.monotonic() >= deadline:
                raise StateBusy(
                    f"{path} is in use by another newsx run{holder}; gave up after {wait:g} s "
                    "(try again later, or wait longer with --state-wait SECONDS)"
                )
            if not said and sys.stderr.isatty():
                print(f"newsx: waiting for another run{holder} using {path}…", file=sys.stderr)
                said = True
            time.sleep(_POLL)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        return f" (pid {int(os.pread(fd, 32, 0).decode().strip())})"
    return ""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None  # reading it will report why
    return digest.hexdigest()


def record_json(record: Record, columns: Sequence[str]) -> str:
    """The record over `columns` as it is stored (lists for tuples)."""
    row = {c: record.get(c) for c in columns}
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"), default=str)


def record_hash(stored_json: str, occurrence: int) -> str:
    """What --new-only remembers: the record's content, and which copy of it in its input."""
    data = f"{occurrence}\x00{stored_json}".encode()
    return hashlib.sha256(data).hexdigest()[:32]


# -- one run --------------------------------------------------------------------------
class _Reading:
    """Fed an input's bytes as they are read: its SHA-256 and size."""

    def __init__(self) -> None:
        self.sha256 = hashlib.sha256()
        self.size = 0

    def update(self, data: bytes, /) -> None:
        self.sha256.update(data)
        self.size += len(data)


@dataclass
class _Input:
    label: str
    reading: _Reading | None  # None: unchanged, its stored records stand
    failed: bool = False
    records: list[tuple[int, str, str]] = field(default_factory=list)  # (article, hash, JSON)
    fingerprints: list[tuple[int, Any]] = field(default_factory=list)
    occurrences: dict[str, int] = field(default_factory=dict)

    def keep(self, article: int, record: Record, columns: Sequence[str]) -> str:
        """Add a record made from this input, to be stored with it; returns its hash."""
        text = record_json(record, columns)
        occurrence = self.occurrences.get(text, 0)
        self.occurrences[text] = occurrence + 1
        digest = record_hash(text, occurrence)
        self.records.append((article, digest, text))
        return digest


class Session:
    """One run of a row command over the store: a `runner.Watch` and a record filter."""

    def __init__(
        self,
        store: Store,
        key: str,
        columns: Sequence[str],
        *,
        new_only: bool,
        streamed: bool,
        dedupe: bool,
        run: Run,
    ) -> None:
        self.store, self.key, self.columns = store, key, tuple(columns)
        self.new_only = new_only
        self.streamed = streamed  # records reach stdout one by one: count them printed as we go
        self.run = run
        self._queue: deque[_Input] = deque()  # inputs begun, not yet finished, in order
        self._inputs: dict[str, _Input] = {}  # every input begun, by label
        self._pending: list[str] = []  # hashes of records given out, not yet marked printed
        self._copies: NearDuplicates[tuple[str, int]] | None = None
        if dedupe:
            from newsx.analysis.dedupe import NearDuplicates

            self._copies = NearDuplicates()
        self.processed = self.unchanged = self.failures = 0
        with store.transaction():
            store.add_command(key, columns)
            self.run_id = store.start_run(key)

    # runner.Watch
    def begin(self, source: inputs.Source) -> inputs.Digest | None:
        label = source.label
        if label in self._inputs:
            self.run.messages.warn(label, "named more than once: read once (--state)")
            return None
        entry = _Input(label, _Reading())
        if source.path is not None:
            stored = self.store.input_hash(self.key, label)
            if (
                stored is not None
                and stored[1] == __version__
                and _file_sha256(source.path) == stored[0]
            ):
                entry.reading = None
        self._inputs[label] = entry
        self._queue.append(entry)
        return entry.reading

    def failed(self, source: inputs.Source) -> None:
        self._inputs[source.label].failed = True

    # records
    def records(
        self,
        task: Callable[[Unit], Articles[P]],
        rows: Callable[[Iterable[Found[P]]], Iterable[Record]],
    ) -> Iterator[Record]:
        """The records of every input in order: stored ones for unchanged inputs."""
        self.run.watch = self
        self.run.dedupe = False  # copies are dropped here, against stored articles too
        current: _Input | None = None
        for found in self.run.articles(task):
            if current is None or found.source != current.label:
                if current is not None:
                    yield from self._finish(current)
                current = self._queue.popleft()
                while current.label != found.source:  # unchanged or empty inputs before it
                    yield from self._finish(current)
                    current = self._queue.popleft()
            fingerprint = found.item.fingerprint
            if fingerprint is not None:
                current.fingerprints.append((found.number, fingerprint))
            made = [
                (record, current.keep(found.number, record, self.columns))
                for record in rows([found])
            ]
            if not self._copy(found.source, found.number, fingerprint):
                for record, digest in made:
                    yield from self._give(record, digest)
        if current is not None:
            yield from self._finish(current)
        while self._queue:
            yield from self._finish(self._queue.popleft())

    def _copy(self, label: str, number: int, fingerprint: Any) -> bool:
        if self._copies is None or fingerprint is None:
            return False
        return self._copies.check((label, number), fingerprint) is not None

    def _give(self, record: Record, digest: str) -> Iterator[Record]:
        if self.new_only and self.store.was_printed(self.key, digest):
            return
        self._pending.append(digest)
        yield record

    def _finish(self, entry: _Input) -> Iterator[Record]:
        """An input whose results are all in: store it; or print its stored records."""
        # Everything given out so far has been written (the writer asked for more).
        marks: list[str] = []
        if self.streamed and self._pending:
            sys.stdout.flush()
            marks, self._pending = self._pending, []
        store = entry.reading is not None and not entry.failed
        if marks or store:
            with self.store.transaction():
                self.store.mark_printed(self.key, marks)
                if store:
                    assert entry.reading is not None
                    self.store.replace_input(
                        self.key,
                        entry.label,
                        sha256=entry.reading.sha256.hexdigest(),
                        size=entry.reading.size,
                        run=self.run_id,
                        records=entry.records,
                        fingerprints=entry.fingerprints,
                    )
        if entry.reading is None:
            self.unchanged += 1
            yield from self._stored(entry.label)
        elif entry.failed:
            self.failures += 1
        else:
            self.processed += 1

    def _stored(self, label: str) -> Iterator[Record]:
        copies: set[int] = set()
        if self._copies is not None:
            for number, fingerprint in self.store.fingerprints(self.key, label):
                if self._copy(label, number, fingerprint):
                    copies.add(number)
        for stored in list(self.store.records(self.key, label)):
            if stored.article not in copies:
                yield from self._give(stored.record, stored.hash)

    def delivered(self) -> None:
        """The whole output was written: count the rest printed, and close the run."""
        with self.store.transaction():
            self.store.mark_printed(self.key, self._pending)
            self.store.finish_run(self.run_id, self.processed, self.unchanged, self.failures)
        self._pending = []
        messages = self.run.messages
        if sys.stderr.isatty() and not messages.quiet:
            messages.info(
                f"{self.store.path}: {self.processed} inputs processed, {self.unchanged} unchanged"
            )


# -- what the row commands call -------------------------------------------------------
def write_rows(
    run: Run,
    task: Callable[[Unit], Articles[P]],
    rows: Callable[[Iterable[Found[P]]], Iterable[Record]],
    columns: Sequence[str],
    *,
    fmt: str,
    output: Path | None,
    excel: bool,
    state: Path | None,
    new_only: bool,
    wait: float,
    key: str,
) -> None:
    """rows() of every article written with write_records; through the store with --state."""
    if state is None:
        if new_only:
            raise UsageError("--new-only needs --state FILE.sqlite (where printed rows are kept)")
        write_records(rows(run.articles(task)), columns, fmt=fmt, output=output, excel=excel)
        return
    import sqlite3

    streamed = fmt in ("csv", "tsv", "jsonl") and (output is None or str(output) == "-")
    try:
        with Store.open(state, wait=wait) as store:
            session = Session(
                store,
                key,
                columns,
                new_only=new_only,
                streamed=streamed,
                dedupe=run.dedupe,
                run=run,
            )
            records = session.records(task, rows)
            write_records(records, columns, fmt=fmt, output=output, excel=excel)
            session.delivered()
    except sqlite3.Error as error:
        raise StateError(f"{state}: cannot update the state file ({error})", Exit.OUTPUT) from None


def refuse_state(state: Path | None, new_only: bool, mode: str) -> None:
    """--state and --new-only keep rows per input: a summary over all inputs has none."""
    if state is not None or new_only:
        raise UsageError(
            f"--state and --new-only work with row listings, not with {mode} "
            "(a summary depends on every input); export the rows and summarise those"
        )
