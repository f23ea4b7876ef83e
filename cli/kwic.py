"""`newsx kwic`: keyword in context, every occurrence with the text either side."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from newsx.analysis.kwic import Hit, KwicOptions, concordance, word_pattern
from newsx.cli import options as opt
from newsx.cli.exitcodes import Exit, UsageError
from newsx.cli.output import choose_output, write_records
from newsx.cli.runner import Run, make_config, make_scope

_TITLE_WIDTH = 14
COLUMNS = ("file", "article", "title", "line", "offset", "left", "word", "right")


def kwic_cli(
    args: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(
            help="The word to look for, then files, folders or globs (stdin if none). "
            "With -w, every argument is an input.",
            metavar="WORD [FILES]...",
            show_default=False,
        ),
    ] = None,
    words: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--word", "-w", help="A word to look for; repeatable.", show_default=False),
    ] = None,
    regex: Annotated[
        bool, typer.Option("--regex", help="The words are Python regular expressions.")
    ] = False,
    width: Annotated[
        int, typer.Option("--width", help="Characters of context either side.", min=0)
    ] = 20,
    fmt: opt.FormatOpt = None,
    csv: opt.Csv = False,
    json: opt.Json = False,
    output: opt.Output = None,
    excel: opt.Excel = False,
    year: opt.Year = None,
    since: opt.Since = None,
    until: opt.Until = None,
    dedupe: opt.Dedupe = False,
    glob: opt.Glob = "*.txt",
    encoding: opt.Encoding = None,
    jobs: opt.Jobs = 0,
    dask: opt.Dask = None,
    quiet: opt.Quiet = False,
) -> int:
    """Show every occurrence of a word with the text either side (a concordance).

    Each hit gives the file, the article, and the line (from 1) and character
    offset (from 0) where the word starts in the file, to check a quote at its
    source. Words split by a page break are found. On a terminal the hits are
    aligned on the word.

    Example: newsx kwic 孙建功 samples/ --width 12
    """
    given = list(args or [])
    if words:
        looked_for, paths = list(words), given
    elif given:
        looked_for, paths = given[:1], given[1:]
    else:
        raise UsageError("give a word to look for: newsx kwic WORD [FILES]... or -w WORD")
    try:
        pattern = word_pattern(looked_for, regex=regex)
    except ValueError as error:
        raise UsageError(str(error)) from None
    run = Run(paths, glob, encoding, jobs, dask, dedupe=dedupe)
    run.messages.quiet = quiet
    chosen = choose_output(fmt, csv, json, output)
    config = make_config(scope=make_scope(year=year, since=since, until=until, dedupe=dedupe))
    task = functools.partial(concordance, config, KwicOptions(pattern, width))
    records: Iterable[dict[str, Any]] = _records(run, task)
    table: dict[str, dict[str, Any]] = {}
    if chosen == "table":
        records, table = _fit(list(records), width, output)
    write_records(records, COLUMNS, fmt=chosen, output=output, excel=excel, table_columns=table)
    return Exit.INPUT if run.messages.failures else Exit.OK


def _fit(
    records: list[dict[str, Any]], width: int, output: Path | None
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """For the table: hits aligned on the word, which stands out, each on one line.

    Contexts are trimmed (never folded) so that a row fits the terminal.
    """
    import sys

    from rich.cells import cell_len
    from rich.console import Console

    if not records:
        return records, {}
    shown = width
    if output is None:
        columns = Console(file=sys.stdout).width
        fixed = (
            max(cell_len(r["file"]) for r in records)
            + len("article")
            + _TITLE_WIDTH
            + max(len("line"), len(str(max(r["line"] for r in records))))
            + max(len("offset"), len(str(max(r["offset"] for r in records))))
            + max(cell_len(r["word"]) for r in records)
            + 3 * len(COLUMNS)
            + 1
        )
        shown = max(4, min(width, (columns - fixed) // 4))  # two cells a Chinese character
        if shown < width:
            for record in records:
                record["left"] = record["left"][-shown:]
                record["right"] = record["right"][:shown]
    context = {
        "no_wrap": True,
        "min_width": max(cell_len(r[c]) for r in records for c in ("left", "right")),
    }
    words = max(cell_len(r["word"]) for r in records)
    return records, {
        "title": {"max_width": _TITLE_WIDTH, "overflow": "ellipsis", "no_wrap": True},
        "left": {**context, "justify": "right"},
        "word": {"style": "bold red", "no_wrap": True, "min_width": words},
        "right": context,
    }


def _records(run: Run, task: Any) -> Iterator[dict[str, Any]]:
    for found in run.articles(task):
        hits: tuple[Hit, ...] = found.item.payload
        for hit in hits:
            yield {
                "file": found.source,
                "article": found.number,
                "title": found.item.title,
                "line": hit.line,
                "offset": hit.offset,
                "left": hit.left,
                "word": hit.word,
                "right": hit.right,
            }
