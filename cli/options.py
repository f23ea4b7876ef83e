"""Options shared by commands, as Annotated aliases: one definition, one help text."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

INPUT_PANEL = "Input"
OUTPUT_PANEL = "Output"
WORDS_PANEL = "Segmentation"
RUN_PANEL = "Running"


class Format(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    xlsx = "xlsx"


class Engine(str, Enum):
    rjieba = "rjieba"
    jieba = "jieba"


Paths = Annotated[
    Optional[list[str]],  # noqa: UP045 (typer reads the annotation at run time)
    typer.Argument(
        help="Text files, folders (searched recursively) or globs. '-' or nothing reads stdin.",
        metavar="FILES...",
        show_default=False,
    ),
]
Glob = Annotated[
    str,
    typer.Option("--glob", help="Files to take from folders.", rich_help_panel=INPUT_PANEL),
]
Encoding = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--encoding",
        "-e",
        help="Read every input in this encoding instead of detecting it (utf-8, gb18030, big5…).",
        rich_help_panel=INPUT_PANEL,
        show_default=False,
    ),
]
FormatOpt = Annotated[
    Optional[Format],  # noqa: UP045
    typer.Option(
        "--format",
        "-f",
        help="Output format; default from -o's extension, else table on a terminal, TSV in a pipe.",
        rich_help_panel=OUTPUT_PANEL,
        show_default=False,
    ),
]
Csv = Annotated[
    bool, typer.Option("--csv", help="Same as --format csv.", rich_help_panel=OUTPUT_PANEL)
]
Json = Annotated[
    bool, typer.Option("--json", help="Same as --format json.", rich_help_panel=OUTPUT_PANEL)
]
Output = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (atomically) instead of stdout.",
        rich_help_panel=OUTPUT_PANEL,
        show_default=False,
    ),
]
Excel = Annotated[
    bool,
    typer.Option(
        "--excel",
        help="CSV for Excel: UTF-8 with BOM, CRLF, and cells starting with = + - @ defused.",
        rich_help_panel=OUTPUT_PANEL,
    ),
]
Jobs = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        help="Processes to use. 0: one per core.",
        min=0,
        rich_help_panel=RUN_PANEL,
    ),
]
Dask = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--dask",
        envvar="NEWSX_DASK_SCHEDULER",
        help="Run on this Dask cluster (tcp://host:8786). Needs: pip install 'newsx[dask]'.",
        rich_help_panel=RUN_PANEL,
        show_default=False,
    ),
]
Quiet = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="No warnings or progress; errors only.", rich_help_panel=RUN_PANEL
    ),
]
EngineOpt = Annotated[
    Engine,
    typer.Option(
        "--engine",
        help="Segmenter: rjieba (fast) or jieba (the reference).",
        rich_help_panel=WORDS_PANEL,
    ),
]
NoHmm = Annotated[
    bool,
    typer.Option(
        "--no-hmm", help="Do not guess unknown words with jieba's HMM.", rich_help_panel=WORDS_PANEL
    ),
]
UserDict = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option(
        "--user-dict",
        help="Extra dictionary in jieba's format (word [freq] [flag]); repeatable.",
        rich_help_panel=WORDS_PANEL,
        show_default=False,
    ),
]
NoLearn = Annotated[
    bool,
    typer.Option(
        "--no-learn",
        help="Do not keep names learned from the text whole (then tokens are plain jieba's).",
        rich_help_panel=WORDS_PANEL,
    ),
]
Top = Annotated[int, typer.Option("--top", "-n", help="How many to show.", min=1)]

ARTICLES_PANEL = "Articles"
Year = Annotated[
    Optional[int],  # noqa: UP045
    typer.Option(
        "--year",
        help=(
            "Year for dates written without one (5月30日), when neither the file name"
            " nor the headline gives one."
        ),
        rich_help_panel=ARTICLES_PANEL,
        show_default=False,
    ),
]
Since = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--since",
        help="Only articles dated on or after this day (2023, 2023-05 or 2023-05-01).",
        rich_help_panel=ARTICLES_PANEL,
        show_default=False,
    ),
]
Until = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--until",
        help="Only articles dated on or before this day (2023, 2023-05 or 2023-05-31).",
        rich_help_panel=ARTICLES_PANEL,
        show_default=False,
    ),
]
Dedupe = Annotated[
    bool,
    typer.Option(
        "--dedupe",
        help="Drop articles that are near-copies of an earlier one (syndicated reports).",
        rich_help_panel=ARTICLES_PANEL,
    ),
]

STATE_PANEL = "Incremental runs"
State = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--state",
        help="SQLite file remembering each input's hash and records: unchanged inputs are "
        "not processed again (their stored records are printed). Created if missing.",
        rich_help_panel=STATE_PANEL,
        show_default=False,
        metavar="FILE.sqlite",
    ),
]
NewOnly = Annotated[
    bool,
    typer.Option(
        "--new-only",
        help="With --state: print only records not printed by an earlier run.",
        rich_help_panel=STATE_PANEL,
    ),
]
StateWait = Annotated[
    float,
    typer.Option(
        "--state-wait",
        help="Seconds to wait for another run using the same --state file, then exit 75.",
        min=0,
        metavar="SECONDS",
        rich_help_panel=STATE_PANEL,
    ),
]
