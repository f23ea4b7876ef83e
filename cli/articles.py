"""`newsx articles`: the articles in each input, with headline, date and byline."""

from __future__ import annotations

import functools
from typing import Any

from newsx.analysis.articles import Article
from newsx.analysis.tasks import articles as articles_task
from newsx.cli import options as opt
from newsx.cli.exitcodes import Exit
from newsx.cli.output import choose_output
from newsx.cli.runner import Found, Run, make_config, make_scope
from newsx.cli.state import DEFAULT_WAIT, command_key, write_rows

COLUMNS = (
    "file",
    "article",
    "title",
    "subtitle",
    "date",
    "date_iso",
    "date_source",
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
    year: opt.Year = None,
    since: opt.Since = None,
    until: opt.Until = None,
    dedupe: opt.Dedupe = False,
    state: opt.State = None,
    new_only: opt.NewOnly = False,
    state_wait: opt.StateWait = DEFAULT_WAIT,
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
    run = Run(paths or [], glob, encoding, jobs, dask, dedupe=dedupe)
    run.messages.quiet = quiet
    chosen = choose_output(fmt, csv, json, output)
    config = make_config(scope=make_scope(year=year, since=since, until=until, dedupe=dedupe))
    write_rows(
        run,
        functools.partial(articles_task, config),
        lambda found: map(_record, found),
        COLUMNS,
        fmt=chosen,
        output=output,
        excel=excel,
        state=state,
        new_only=new_only,
        wait=state_wait,
        key=command_key("articles", config, encoding=encoding),
    )
    return Exit.INPUT if run.messages.failures else Exit.OK


def _record(found: Found[Article]) -> dict[str, Any]:
    article, date = found.item.payload, found.item.date
    return {
        "file": found.source,
        "article": found.number,
        "title": article.title,
        "subtitle": article.subtitle,
        "date": date.text,
        "date_iso": date.iso,
        "date_source": date.source,
        "reporters": article.byline.reporters,
        "correspondents": article.byline.correspondents,
        "photographers": article.byline.photographers,
        "chars": article.chars,
    }
