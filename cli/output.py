"""Output, one layer for every command that emits rows.

Records (dicts) in, the chosen format out: a rich table for people at a terminal,
TSV when piped, or CSV / JSON / JSON lines / Excel on request. Files given with
-o are written atomically: a temporary file in the same folder, renamed into
place when complete, removed if the run fails or is interrupted.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from newsx.cli import signals

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "xlsx")
_EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".txt": "tsv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xlsx": "xlsx",
}
LIST_JOINER = "、"
TABLE_CELL_MAX = 40  # characters shown of a cell in a terminal table
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class OutputError(Exception):
    """The output cannot be written: the message says where and why."""


class StdoutClosed(Exception):
    """The reader of stdout went away (newsx … | head): stop quietly."""


def choose_format(fmt: str | None, output: Path | None, *, stdout_tty: bool) -> str:
    """Explicit format, else the output file's extension, else table on a terminal / TSV."""
    if fmt:
        return fmt
    if output is not None and str(output) != "-":
        found = _EXTENSIONS.get(output.suffix.lower())
        if found is None:
            raise OutputError(
                f"{output}: cannot tell the format from the extension; add --format "
                f"({', '.join(FORMATS)})"
            )
        return found
    return "table" if stdout_tty else "tsv"


def choose_output(fmt: Any, csv: bool, json: bool, output: Path | None) -> str:
    """The format from the shared options: --format, --csv, --json or -o's extension."""
    if sum(map(bool, (fmt, csv, json))) > 1:
        from newsx.cli.exitcodes import UsageError

        raise UsageError("choose one of --format, --csv and --json")
    explicit = fmt.value if fmt else "csv" if csv else "json" if json else None
    return choose_format(explicit, output, stdout_tty=sys.stdout.isatty())


@contextlib.contextmanager
def destination(output: Path | None, *, binary: bool = False) -> Iterator[IO[Any]]:
    """stdout, or a file written atomically."""
    if output is None or str(output) == "-":
        stream = sys.stdout.buffer if binary else sys.stdout
        try:
            yield stream
            stream.flush()
        except BrokenPipeError:
            # Not an OSError any more: typer turns those into exit 1 on its own.
            raise StdoutClosed from None
        return
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{output}: the folder {str(folder)!r} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(f"{output}: cannot write here ({error.strerror or error})") from None
    try:
        with (
            os.fdopen(fd, "wb") if binary else open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115
        ) as stream:
            yield stream
        signals.check()  # (not committed when SIGTERM came, whatever swallowed it)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, output)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_records(
    records: Iterable[dict[str, Any]],
    columns: Sequence[str],
    *,
    fmt: str,
    output: Path | None = None,
    excel: bool = False,
    title: str | None = None,
    table_columns: Mapping[str, Mapping[str, Any]] | None = None,
) -> int:
    """Render records in `fmt` to stdout or `output`; returns the number of rows.

    `table_columns` gives rich column settings for the table format only (e.g.
    `{"left": {"justify": "right"}}`); the data are the same in every format.
    """
    if fmt == "xlsx":
        return _write_xlsx(records, columns, output)
    if fmt == "table":
        return _write_table(records, columns, output, title, table_columns or {})
    with destination(output) as stream:
        if fmt in ("csv", "tsv"):
            return _write_delimited(stream, records, columns, fmt, excel)
        if fmt == "jsonl":
            count = 0
            for record in records:
                stream.write(_json(record, columns) + "\n")
                count += 1
            return count
        if fmt == "json":
            count = 0
            stream.write("[")
            for record in records:
                stream.write(("," if count else "") + "\n  " + _json(record, columns))
                count += 1
            stream.write("\n]\n" if count else "]\n")
            return count
    raise ValueError(f"unknown format {fmt!r}")


def _write_delimited(
    stream: IO[str],
    records: Iterable[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    excel: bool,
) -> int:
    if excel and fmt == "csv":
        stream.write("\ufeff")  # so Excel reads UTF-8
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\r\n" if excel else "\n")
        writer.writerow(columns)
        count = 0
        for record in records:
            writer.writerow([_cell(record.get(c), excel) for c in columns])
            count += 1
        return count
    stream.write("\t".join(columns) + "\n")
    count = 0
    for record in records:
        stream.write("\t".join(_tsv_cell(_cell(record.get(c), excel)) for c in columns) + "\n")
        count += 1
    return count


def _write_table(
    records: Iterable[dict[str, Any]],
    columns: Sequence[str],
    output: Path | None,
    title: str | None,
    settings: Mapping[str, Mapping[str, Any]],
) -> int:
    from rich.console import Console
    from rich.table import Table

    from newsx.cli.console import colour_allowed

    table = Table(title=title, show_lines=False, header_style="bold")
    numeric = set()
    rows = list(records)
    for column in columns:
        if rows and all(isinstance(r.get(column), (int, float)) for r in rows):
            numeric.add(column)
        table.add_column(
            column,
            **{
                "justify": "right" if column in numeric else "left",
                "overflow": "fold",
                **settings.get(column, {}),
            },
        )
    cut = False
    for record in rows:
        cells = [_cell(record.get(c), False) for c in columns]
        if any(len(cell) > TABLE_CELL_MAX for cell in cells):
            cut = True
            cells = [
                c if len(c) <= TABLE_CELL_MAX else c[: TABLE_CELL_MAX - 1] + "…" for c in cells
            ]
        table.add_row(*cells)
    if cut:
        table.caption = "long cells are cut here; --csv, --json or -o FILE give them whole"
    with destination(output) as stream:
        console = Console(
            file=stream,
            no_color=not colour_allowed(stream),
            highlight=False,
            soft_wrap=False,
        )
        console.print(table)
    return len(rows)


def _write_xlsx(
    records: Iterable[dict[str, Any]], columns: Sequence[str], output: Path | None
) -> int:
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"constant_memory": True, "in_memory": True})
    sheet = workbook.add_worksheet("newsx")
    bold = workbook.add_format({"bold": True})
    for col, name in enumerate(columns):
        sheet.write_string(0, col, name, bold)
    count = 0
    for count, record in enumerate(records, start=1):
        for col, name in enumerate(columns):
            value = record.get(name)
            if isinstance(value, bool) or value is None:
                sheet.write_string(count, col, "" if value is None else str(value).lower())
            elif isinstance(value, (int, float)):
                sheet.write_number(count, col, value)
            else:
                sheet.write_string(count, col, _cell(value, True))
    sheet.freeze_panes(1, 0)
    workbook.close()
    with destination(output, binary=True) as stream:
        stream.write(buffer.getvalue())
    return count


def _cell(value: Any, excel: bool) -> str:
    """One value as text: lists joined with 、, formulas defused for spreadsheets."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        text = LIST_JOINER.join(str(v) for v in value)
    else:
        text = str(value)
    if excel and text.startswith(_FORMULA_START):
        text = "'" + text  # scraped text must not run formulas on an analyst's machine
    return text


def _number(value: float) -> str:
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}"


def _tsv_cell(text: str) -> str:
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _json(record: dict[str, Any], columns: Sequence[str]) -> str:
    row = {c: _json_value(record.get(c)) for c in columns}
    return json.dumps(row, ensure_ascii=False)


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float):
        return float(f"{value:.6g}")
    return value
