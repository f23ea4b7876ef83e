"""`newsx export`: everything a --state file holds, in any output format."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from newsx.cli import options as opt
from newsx.cli.exitcodes import Exit, UsageError
from newsx.cli.output import choose_output, write_records
from newsx.cli.state import StateError, Store

LIST_COLUMNS = ("command", "inputs", "records", "updated")


def export_cli(
    state: Annotated[
        Path,
        typer.Option(
            "--state",
            help="The SQLite file written by runs with --state.",
            metavar="FILE.sqlite",
            show_default=False,
        ),
    ],
    command: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--command",
            "-c",
            help="Which stored command to export: its name (officials) or its whole key "
            "('officials --bylines'). Needed when the file holds several.",
            show_default=False,
        ),
    ] = None,
    list_commands: Annotated[
        bool,
        typer.Option("--list", help="List the stored commands with their counts instead."),
    ] = False,
    fmt: opt.FormatOpt = None,
    csv: opt.Csv = False,
    json: opt.Json = False,
    output: opt.Output = None,
    excel: opt.Excel = False,
) -> int:
    """Dump the records a --state file holds, with the columns the command printed.

    Rows come sorted by file, in the order the command printed them within a
    file. Every input the store has seen counts, including inputs since removed
    from their folder; --dedupe, when part of the command, is applied in that
    order. Reading never blocks a run that is writing the file.

    Example: newsx export --state news.sqlite --command officials -o officials.xlsx
    """
    chosen = choose_output(fmt, csv, json, output)
    import sqlite3

    try:
        with Store.open(state, create=False) as store, store.snapshot():
            stored = store.commands()
            if list_commands:
                rows = [{c: entry[c] for c in LIST_COLUMNS} for entry in stored]
                write_records(rows, LIST_COLUMNS, fmt=chosen, output=output, excel=excel)
                return Exit.OK
            entry = _choose(stored, command, state)
            records = exported(store, entry["command"])
            write_records(records, entry["columns"], fmt=chosen, output=output, excel=excel)
    except sqlite3.Error as error:
        raise StateError(f"{state}: cannot read the state file ({error})") from None
    return Exit.OK


def _choose(stored: list[dict[str, Any]], command: str | None, state: Path) -> dict[str, Any]:
    keys = ", ".join(repr(entry["command"]) for entry in stored)
    if command is not None:
        for entry in stored:
            if entry["command"] == command:
                return entry
        named = [entry for entry in stored if entry["name"] == command]
        if len(named) == 1:
            return named[0]
        if named:
            raise UsageError(
                f"{state} holds {command} with different options: choose one with "
                f"--command {' or '.join(repr(e['command']) for e in named)}"
            )
        raise UsageError(f"{state} holds no {command!r} records; it holds: {keys or 'nothing'}")
    if len(stored) == 1:
        return stored[0]
    if not stored:
        raise UsageError(f"{state} holds no records yet")
    raise UsageError(f"{state} holds several commands; choose one with --command: {keys}")


def exported(store: Store, key: str) -> Iterator[dict[str, Any]]:
    """Every stored record of `key`, by file; article copies dropped when --dedupe is in it."""
    copies = None
    if "--dedupe" in key.split():
        from newsx.analysis.dedupe import NearDuplicates

        copies = NearDuplicates()
    for path in store.paths(key):
        dropped: set[int] = set()
        if copies is not None:
            for number, fingerprint in store.fingerprints(key, path):
                if copies.check((path, number), fingerprint) is not None:
                    dropped.add(number)
        for stored in store.records(key, path):
            if stored.article not in dropped:
                yield stored.record
