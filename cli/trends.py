"""`newsx trends`: keywords, officials or projects counted per day, week or month."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Annotated, Any, Optional

import typer

from newsx.analysis.keywords import WordCounts
from newsx.analysis.tasks import keyword_counts, people, projects
from newsx.analysis.trends import (
    Counted,
    Tally,
    TrendError,
    TrendRow,
    draw_trends,
    officials_counted,
    period,
    projects_counted,
    rising,
    top_items,
    trend_rows,
    words_counted,
)
from newsx.cli import options as opt
from newsx.cli.console import Messages
from newsx.cli.exitcodes import Exit, UsageError
from newsx.cli.keywords import (
    By as KeywordBy,
)
from newsx.cli.keywords import (
    Idf,
    IdfOpt,
    Method,
    MethodOpt,
    MinLen,
    NoStopwords,
    Stopwords,
    keyword_options,
    rank_groups,
)
from newsx.cli.output import choose_output, destination, write_records
from newsx.cli.runner import Found, Run, make_config, make_scope

COLUMNS = ("period", "item", "count", "share")
RISING_COLUMNS = ("item", "last_share", "archive_share", "score")
IMAGE_SUFFIXES = {".png": "png", ".svg": "svg"}


class Of(str, Enum):
    keywords = "keywords"
    officials = "officials"
    projects = "projects"


class Per(str, Enum):
    day = "day"
    week = "week"
    month = "month"


class Count(str, Enum):
    mentions = "mentions"
    articles = "articles"
    projects = "projects"
    yuan = "yuan"


# What each --of counts, first the default.
COUNTS = {
    Of.keywords: (Count.mentions, Count.articles),
    Of.officials: (Count.articles, Count.mentions),
    Of.projects: (Count.projects, Count.yuan),
}
Y_LABELS = {
    Count.mentions: "mentions",
    Count.articles: "articles",
    Count.projects: "projects",
    Count.yuan: "yuan",
}


def trends_cli(
    paths: opt.Paths = None,
    of: Annotated[
        Of, typer.Option("--of", help="Count keywords, officials (people) or projects.")
    ] = Of.keywords,
    by: Annotated[Per, typer.Option("--by", help="Count per day, ISO week or month.")] = Per.month,
    top: opt.Top = 10,
    count: Annotated[
        Optional[Count],  # noqa: UP045
        typer.Option(
            "--count",
            help="What to count. keywords: mentions (default) or articles; officials: "
            "articles (default) or mentions; projects: projects (default) or yuan.",
            show_default=False,
        ),
    ] = None,
    rising_words: Annotated[
        bool,
        typer.Option(
            "--rising",
            help="The items whose share grew most in the last period against the archive.",
        ),
    ] = False,
    method: MethodOpt = Method.tfidf,
    min_len: MinLen = 2,
    stopwords: Stopwords = None,
    no_stopwords: NoStopwords = False,
    idf: IdfOpt = Idf.jieba,
    fmt: opt.FormatOpt = None,
    csv: opt.Csv = False,
    json: opt.Json = False,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this file (atomically): a table (.csv .tsv .json .xlsx…) or a line "
            "chart (.png or .svg).",
            rich_help_panel=opt.OUTPUT_PANEL,
            show_default=False,
        ),
    ] = None,
    excel: opt.Excel = False,
    year: opt.Year = None,
    since: opt.Since = None,
    until: opt.Until = None,
    dedupe: opt.Dedupe = False,
    engine: opt.EngineOpt = opt.Engine.rjieba,
    no_hmm: opt.NoHmm = False,
    user_dict: opt.UserDict = None,
    no_learn: opt.NoLearn = False,
    glob: opt.Glob = "*.txt",
    encoding: opt.Encoding = None,
    jobs: opt.Jobs = 0,
    dask: opt.Dask = None,
    quiet: opt.Quiet = False,
) -> int:
    """Count keywords, officials or projects per day, week or month.

    Shows the --top items over the whole range as a long table: period, item,
    count and share (the count divided by everything counted in that period:
    all words, all mentions, all projects or yuan, or the period's articles).
    Keywords are chosen by --method (tfidf: the words that matter; freq: the
    most frequent). Articles need a date (from the text, the file name or
    --year); the others are left out. -o trends.png draws a line chart.

    --rising lists the items whose share grew most in the last period: a
    z-score of the log-odds ratio against the earlier periods, with the whole
    archive as the prior (above 2: a clear rise).

    Example: newsx trends archive/ --by week --top 8 -o trends.png
    """
    measure = _measure(of, count, rising_words)
    image = _image_format(output, fmt)
    run = Run(paths or [], glob, encoding, jobs, dask, dedupe=dedupe)
    run.messages.quiet = quiet
    chosen = "" if image else choose_output(fmt, csv, json, _path(output))
    config = make_config(
        engine=engine.value,
        no_hmm=no_hmm,
        user_dicts=user_dict,
        no_learn=no_learn,
        scope=make_scope(year=year, since=since, until=until, dedupe=dedupe),
    )
    tally = Tally()
    everything = WordCounts()  # keywords: the whole range, for choosing the top words
    if of is Of.keywords:
        options = keyword_options(
            method=method,
            by=KeywordBy.article,
            min_len=min_len,
            stopwords=stopwords,
            no_stopwords=no_stopwords,
        )
        found: Iterable[Found[Any]] = run.articles(
            functools.partial(keyword_counts, config, options)
        )

        def counted(payload: Any) -> Counted:
            everything.__iadd__(payload)
            return words_counted(payload, articles=measure is Count.articles)

        undated = _tally(found, by.value, counted, tally)
    elif of is Of.officials:
        found = run.articles(functools.partial(people, config))
        undated = _tally(
            found,
            by.value,
            lambda p: officials_counted(p.officials, articles=measure is Count.articles),
            tally,
        )
    else:
        found = run.articles(functools.partial(projects, config))
        undated = _tally(
            found, by.value, lambda r: projects_counted(r, yuan=measure is Count.yuan), tally
        )
    _warn_undated(undated, run.messages)
    what = f"{of.value} ({Y_LABELS[measure]})"
    if rising_words:
        try:
            found_rising = rising(tally, top=top)
        except TrendError as error:
            raise UsageError(str(error)) from None
        if image:
            shown = trend_rows(tally, [r.item for r in found_rising])
            _draw(shown, output, image, "share", f"rising {what}, share per {by.value}", measure)
        else:
            records = (
                {
                    "item": r.item,
                    "last_share": r.last_share,
                    "archive_share": r.archive_share,
                    "score": r.score,
                }
                for r in found_rising
            )
            write_records(records, RISING_COLUMNS, fmt=chosen, output=_path(output), excel=excel)
        return Exit.INPUT if run.messages.failures else Exit.OK
    if of is Of.keywords and method is not Method.freq:
        ((_, best),) = rank_groups([({}, everything)], method.value, top, idf is Idf.corpus)
        items = [k.word for k in best]
    else:
        items = top_items(tally, top)
    rows = trend_rows(tally, items)
    if image:
        _draw(rows, output, image, "count", f"{what} per {by.value}", measure)
    else:
        write_records(
            (vars(r) for r in rows), COLUMNS, fmt=chosen, output=_path(output), excel=excel
        )
    return Exit.INPUT if run.messages.failures else Exit.OK


def _measure(of: Of, count: Count | None, rising_words: bool) -> Count:
    allowed = COUNTS[of]
    if count is None:
        return allowed[0]
    if count not in allowed:
        raise UsageError(
            f"--count {count.value} does not apply to --of {of.value}; "
            f"use {' or '.join(c.value for c in allowed)}"
        )
    if rising_words and count is Count.yuan:
        raise UsageError("--rising compares counts, not money; use --count projects")
    return count


def _image_format(output: str | None, fmt: Any) -> str:
    """png or svg when -o names an image, else "" (a table)."""
    if output is None:
        return ""
    suffix = "." + output.rpartition(".")[2].lower() if "." in output else ""
    image = IMAGE_SUFFIXES.get(suffix, "")
    if image and fmt is not None:
        raise UsageError(f"{output} is an image; leave out --format (it is for tables)")
    return image


def _path(output: str | None) -> Any:
    from pathlib import Path

    return Path(output) if output is not None else None


def _tally(
    found: Iterable[Found[Any]], by: str, counted: Callable[[Any], Counted], tally: Tally
) -> int:
    """Add each dated article's counts to its period; returns how many had no date."""
    undated = 0
    for each in found:
        iso = each.item.date.iso
        if not iso:
            undated += 1
            continue
        tally.add(period(iso, by), counted(each.item.payload))
    return undated


def _warn_undated(undated: int, messages: Messages) -> None:
    if undated:
        noun = "article has" if undated == 1 else "articles have"
        messages.warn(
            "trends",
            f"{undated} {noun} no known date and {'is' if undated == 1 else 'are'} left out; "
            "give --year for dates written without one (5月30日), or name files by date "
            "(2023-05-30_x.txt)",
        )


def _draw(
    rows: list[TrendRow], output: Any, image: str, value: str, title: str, measure: Count
) -> None:
    try:
        picture = draw_trends(
            rows,
            value=value,
            title=title,
            ylabel="share" if value == "share" else Y_LABELS[measure],
            fmt=image,
        )
    except TrendError as error:
        raise UsageError(str(error)) from None
    with destination(_path(output), binary=True) as stream:
        stream.write(picture)
