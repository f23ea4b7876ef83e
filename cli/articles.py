"""`newsx articles`: the articles in each input, with headline, date and byline."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from newsx.analysis.tasks import Config
from newsx.analysis.tasks import articles as articles_task
from newsx.cli import options as opt
from newsx.cli.exitcodes import Exit
from newsx.cli.output import choose_output, write_records
from newsx.cli.runner import ArticleNumbers, Run

COLUMNS = (
    "file",
    "article",
    "title",
    "subtitle",
    "date",
    "reporters",
    "correspondents",
    "photographers",
    "chars",
)


def articles_cli(
    paths: opt.Paths = None,
    fmt: opt.FormatOpt = None,
    csv: opt.Csv = False,
    json: opt.Json = False,
    output: opt.Output = None,
    excel: opt.Excel = False,
    glob: opt.Glob = "*.txt",
    encoding: opt.Encoding = None,
    jobs: opt.Jobs = 0,
    dask: opt.Dask = None,
    quiet: opt.Quiet = False,
) -> int:
    """List the articles in each file: headline, subtitle, date, byline, length.

    A file often holds several articles (a printed page, a scraped section);
    each gets its number within the file.

    Example: newsx articles samples/ --csv
    """
    run = Run(paths or [], glob, encoding, jobs, dask)
    run.messages.quiet = quiet
    chosen = choose_output(fmt, csv, json, output)
    write_records(_records(run), COLUMNS, fmt=chosen, output=output, excel=excel)
    return Exit.INPUT if run.messages.failures else Exit.OK


def _records(run: Run) -> Iterator[dict[str, Any]]:
    numbers = ArticleNumbers()
    for done in run.map(functools.partial(articles_task, Config(learn=False))):
        for article in done.result:
            yield {
                "file": done.source,
                "article": numbers.number(done.source, article.index),
                "title": article.title,
                "subtitle": article.subtitle,
                "date": article.date,
                "reporters": article.byline.reporters,
                "correspondents": article.byline.correspondents,
                "photographers": article.byline.photographers,
                "chars": article.chars,
            }
        numbers.add(done.source, len(done.result))
