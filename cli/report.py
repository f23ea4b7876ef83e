"""`newsx report`: one self-contained HTML page about the inputs, for people to read."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from newsx import __version__
from newsx.analysis.cloud import CloudError, Style
from newsx.analysis.keywords import WordCounts
from newsx.cli import options as opt
from newsx.cli.exitcodes import Exit, UsageError
from newsx.cli.keywords import (
    Idf,
    IdfOpt,
    Method,
    MethodOpt,
    MinLen,
    NoStopwords,
    Stopwords,
    rank_groups,
)
from newsx.cli.output import OutputError, destination
from newsx.cli.runner import Found, Run, make_config, make_scope

if TYPE_CHECKING:
    from newsx.analysis.cloud import Painter
    from newsx.analysis.report import ArticleFacts, Report

REPORT_PANEL = "Report"
# The cloud in a report: 1200×750 pixels, enough for a page column.
CLOUD_STYLE = Style(scale=1.875, max_words=120)


def report_cli(
    paths: opt.Paths = None,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="HTML file to write (atomically). Without -o the page goes to stdout "
            "when stdout is redirected.",
            rich_help_panel=opt.OUTPUT_PANEL,
            show_default=False,
        ),
    ] = None,
    title: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--title",
            help="The page's title. Default: 新闻分析报告 and the inputs' names.",
            rich_help_panel=REPORT_PANEL,
            show_default=False,
        ),
    ] = None,
    top: Annotated[
        int,
        typer.Option(
            "--top", "-n", help="Keywords in the chart.", min=1, rich_help_panel=REPORT_PANEL
        ),
    ] = 20,
    article_top: Annotated[
        int,
        typer.Option(
            "--article-top",
            help="Keywords shown for each article.",
            min=0,
            rich_help_panel=REPORT_PANEL,
        ),
    ] = 8,
    no_cloud: Annotated[
        bool,
        typer.Option("--no-cloud", help="Leave out the word cloud.", rich_help_panel=REPORT_PANEL),
    ] = False,
    no_embed_font: Annotated[
        bool,
        typer.Option(
            "--no-embed-font",
            help="Do not embed the page's Chinese glyphs; rely on the reader's fonts "
            "(a smaller file; a machine without Chinese fonts shows boxes).",
            rich_help_panel=REPORT_PANEL,
        ),
    ] = False,
    font: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--font",
            help="Font with Chinese for the word cloud and the page's embedded glyphs "
            "(default: the bundled Noto Sans SC).",
            rich_help_panel=REPORT_PANEL,
            show_default=False,
        ),
    ] = None,
    colormap: Annotated[
        str,
        typer.Option(
            "--colormap",
            help="Word cloud colours (a matplotlib colormap).",
            rich_help_panel=REPORT_PANEL,
        ),
    ] = CLOUD_STYLE.colormap,
    method: MethodOpt = Method.tfidf,
    min_len: MinLen = 2,
    stopwords: Stopwords = None,
    no_stopwords: NoStopwords = False,
    idf: IdfOpt = Idf.jieba,
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
    """Write one HTML report: summary, keyword chart, word cloud, officials, projects, articles.

    The page is self-contained (styles and pictures inline, nothing fetched from
    the network), reads on a laptop or a phone, and shows Chinese in the reader's
    own fonts. Officials and projects are those of `newsx officials --aggregate`
    and `newsx projects --aggregate`; keywords those of `newsx keywords`.

    Example: newsx report samples/ -o report.html
    """
    from newsx.analysis.cloud import Painter, load_font
    from newsx.analysis.report import render_html, report_facts
    from newsx.cli.keywords import By, keyword_options

    if output is None or str(output) == "-":
        if sys.stdout.isatty():
            raise UsageError("give -o FILE.html (or redirect stdout to a file)")
    elif not (output.parent if str(output.parent) else Path(".")).is_dir():
        raise OutputError(f"{output}: the folder {str(output.parent)!r} does not exist")
    painter = page_font = None
    if not (no_cloud and no_embed_font):
        try:
            chinese = load_font(font)
        except CloudError as error:
            raise UsageError(str(error)) from None
        page_font = None if no_embed_font else chinese.path
        if not no_cloud:  # the painter loads wordcloud while the texts are read
            painter = Painter(chinese, replace(CLOUD_STYLE, colormap=colormap))
    try:
        run = Run(paths or [], glob, encoding, jobs, dask, dedupe=dedupe)
        run.messages.quiet = quiet
        config = make_config(
            engine=engine.value,
            no_hmm=no_hmm,
            user_dicts=user_dict,
            no_learn=no_learn,
            scope=make_scope(year=year, since=since, until=until, dedupe=dedupe),
        )
        options = keyword_options(
            method=method,
            by=By.article,
            min_len=min_len,
            stopwords=stopwords,
            no_stopwords=no_stopwords,
        )
        found = list(run.articles(functools.partial(report_facts, config, options)))
        report = _report(found, run, method, idf is Idf.corpus, title, top, article_top, painter)
    finally:
        if painter is not None:
            painter.close(wait=sys.exc_info()[0] is None)
    page = render_html(report, font=page_font)
    with destination(output) as stream:
        stream.write(page)
    return Exit.INPUT if run.messages.failures else Exit.OK


def _report(
    found: list[Found[ArticleFacts]],
    run: Run,
    method: Method,
    own_idf: bool,
    title: str | None,
    top: int,
    article_top: int,
    painter: Painter | None,
) -> Report:
    from newsx.analysis.amounts import yuan
    from newsx.analysis.report import ArticleView, Report

    groups: list[tuple[dict[str, Any], WordCounts]] = [
        ({}, each.item.payload.counts) for each in found
    ]
    per_article = [k for _, k in rank_groups(groups, method.value, article_top, own_idf)]
    everything = WordCounts()
    for _, counts in groups:
        everything += counts
    cloud_words = painter.style.max_words if painter is not None else 0
    ((_, corpus),) = rank_groups([({}, everything)], method.value, max(top, cloud_words), own_idf)
    views = tuple(
        ArticleView(
            position=position,
            file=each.source,
            number=each.number,
            date=each.item.date.text,
            date_iso=each.item.date.iso or "",
            facts=each.item.payload,
            keywords=tuple(keywords) if article_top else (),
        )
        for position, (each, keywords) in enumerate(zip(found, per_article, strict=True), 1)
    )
    files = tuple(dict.fromkeys(each.source for each in found))
    batch_total = sum(
        yuan(each.item.payload.projects.batch_total) or 0
        for each in found
        if each.item.payload.projects.batch_total is not None
    )
    return Report(
        title=title or _title(files),
        files=files,
        articles=views,
        keywords=tuple(corpus[:top]),
        officials=_officials(found),
        projects=_projects(found, run),
        batch_total_yuan=float(batch_total),
        cloud_png=_cloud(painter, corpus, run) if painter is not None else None,
        method=method.value,
        generated=f"newsx {__version__} · {dt.datetime.now():%Y-%m-%d %H:%M}",
    )


def _title(files: tuple[str, ...]) -> str:
    if len(files) == 1:
        return f"新闻分析报告：{Path(files[0]).name}"
    return "新闻分析报告"


def _officials(found: list[Found[ArticleFacts]]) -> tuple[Any, ...]:
    """The rows of `newsx officials --aggregate`, most present first."""
    from newsx.analysis.report import OfficialRow
    from newsx.cli.officials import aggregate_people

    rows = aggregate_people((_with(each, each.item.payload.people) for each in found), False)
    people = [
        OfficialRow(
            name=row["name"],
            titles=tuple(row["titles"]),
            roles=tuple(row["roles"]),
            articles=row["articles"],
            mentions=row["mentions"],
            title_changes=tuple(row["title_changes"]),
        )
        for row in rows
    ]
    order = {p.name: i for i, p in enumerate(people)}
    return tuple(sorted(people, key=lambda p: (-p.articles, -p.mentions, order[p.name])))


def _projects(found: list[Found[ArticleFacts]], run: Run) -> tuple[Any, ...]:
    """The rows of `newsx projects --aggregate`, with its warnings on stderr."""
    from newsx.analysis.report import ProjectRow
    from newsx.cli.projects import aggregate_projects, checked

    reports = (_with(each, each.item.payload.projects) for each in found)
    return tuple(
        ProjectRow(
            name=row["name"],
            event=row["event"],
            amount=row["amount"],
            amount_yuan=row["amount_yuan"],
            articles=row["articles"],
            fields=tuple(row["fields"]),
        )
        for row in aggregate_projects(checked(reports, run.messages))
    )


def _with(each: Found[Any], payload: Any) -> Found[Any]:
    return Found(each.source, each.number, replace(each.item, payload=payload))


def _cloud(painter: Painter, keywords: list[Any], run: Run) -> bytes | None:
    words = {k.word: k.score for k in keywords}
    if not words:
        return None
    try:
        painter.check()
        return painter.draw(words, "png")
    except CloudError as error:
        raise UsageError(str(error)) from None
