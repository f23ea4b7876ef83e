"""`newsx keywords`: the words that matter, counted and ranked."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from newsx.analysis.errors import InputError
from newsx.analysis.keywords import (
    Filter,
    Keyword,
    WordCounts,
    builtin_stopwords,
    corpus_idf,
    rank,
    read_stopwords,
)
from newsx.analysis.tasks import Config, KeywordOptions, keyword_counts, keyword_totals
from newsx.cli import options as opt
from newsx.cli.exitcodes import Exit, UsageError
from newsx.cli.output import choose_output, write_records
from newsx.cli.runner import Found, Run, make_config, make_scope


class Method(str, Enum):
    tfidf = "tfidf"
    freq = "freq"
    textrank = "textrank"


class By(str, Enum):
    corpus = "corpus"
    file = "file"
    article = "article"


class Idf(str, Enum):
    jieba = "jieba"
    corpus = "corpus"


# Options shared by every command that ranks words (keywords, cloud, report).
MethodOpt = Annotated[
    Method, typer.Option("--method", "-m", help="tfidf, freq (share of words) or textrank.")
]
MinLen = Annotated[int, typer.Option("--min-len", help="Shortest word to count.", min=1)]
Stopwords = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option(
        "--stopwords",
        help="More stop words, one or more per line; repeatable.",
        show_default=False,
    ),
]
NoStopwords = Annotated[
    bool, typer.Option("--no-stopwords", help="Do not use the built-in stop words.")
]
IdfOpt = Annotated[
    Idf,
    typer.Option("--idf", help="IDF weights from jieba's table or from the inputs themselves."),
]


def keywords_cli(
    paths: opt.Paths = None,
    top: opt.Top = 20,
    method: MethodOpt = Method.tfidf,
    by: Annotated[
        By, typer.Option("--by", help="Rank over the whole corpus, per file or per article.")
    ] = By.corpus,
    min_len: MinLen = 2,
    stopwords: Stopwords = None,
    no_stopwords: NoStopwords = False,
    idf: IdfOpt = Idf.jieba,
    fmt: opt.FormatOpt = None,
    csv: opt.Csv = False,
    json: opt.Json = False,
    output: opt.Output = None,
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
    """Rank the words that matter by TF-IDF, frequency or TextRank.

    Stop words (function words, news boilerplate such as 记者 and 本报讯,
    numbers, punctuation) are left out. Names the text makes clear (孙建功,
    郑东新区) count as one word.

    Example: newsx keywords samples/ --top 10 --by file
    """
    run = Run(paths or [], glob, encoding, jobs, dask, dedupe=dedupe)
    run.messages.quiet = quiet
    chosen = choose_output(fmt, csv, json, output)
    config = make_config(
        engine=engine.value,
        no_hmm=no_hmm,
        user_dicts=user_dict,
        no_learn=no_learn,
        scope=make_scope(year=year, since=since, until=until, dedupe=dedupe),
    )
    options = keyword_options(
        method=method,
        by=by,
        min_len=min_len,
        stopwords=stopwords,
        no_stopwords=no_stopwords,
        doc_freq=idf is Idf.corpus,
    )
    groups = count_groups(run, config, options, by)
    columns = ("rank", "word", "score", "count")
    if by is not By.corpus:
        columns = ("file", "article", "title")[: 1 if by is By.file else 3] + columns
    records = _ranked(groups, method.value, top, idf is Idf.corpus)
    write_records(records, columns, fmt=chosen, output=output, excel=excel)
    return Exit.INPUT if run.messages.failures else Exit.OK


def keyword_options(
    *,
    method: Method,
    by: By,
    min_len: int,
    stopwords: list[Path] | None,
    no_stopwords: bool,
    doc_freq: bool = True,
) -> KeywordOptions:
    """What keyword_counts needs from the shared options; bad stop word files are usage errors."""
    words = frozenset() if no_stopwords else builtin_stopwords()
    for path in stopwords or ():
        try:
            words |= read_stopwords(path)
        except InputError as error:
            raise UsageError(str(error)) from None
    return KeywordOptions(
        Filter(words, min_len),
        textrank=method is Method.textrank,
        per_article=by is By.article,
        doc_freq=doc_freq,
    )


def count_groups(
    run: Run, config: Config, options: KeywordOptions, by: By
) -> list[tuple[dict[str, Any], WordCounts]]:
    """Counts per ranking unit (corpus, file or article) over the run's inputs."""
    task = functools.partial(keyword_counts, config, options)
    summed = None
    if by is By.corpus and not config.scope.dedupe:  # no article is seen on its own
        summed = functools.partial(keyword_totals, config, options)
    return group_counts(run.articles(task, summed), by)


def group_counts(
    found: Iterator[Found[WordCounts]], by: By
) -> list[tuple[dict[str, Any], WordCounts]]:
    """Counts per ranking unit: the corpus, each file or each article."""
    groups: dict[tuple[str, int], tuple[dict[str, Any], WordCounts]] = {}
    for each in found:
        if by is By.corpus:
            key, label = ("", 0), {}
        elif by is By.file:
            key, label = (each.source, 0), {"file": each.source}
        else:
            key = (each.source, each.number)
            label = {"file": each.source, "article": each.number, "title": each.item.title}
        if key not in groups:
            groups[key] = (label, WordCounts())
        groups[key][1].__iadd__(each.item.payload)
    return list(groups.values())


def rank_groups(
    groups: list[tuple[dict[str, Any], WordCounts]], method: str, top: int, own_idf: bool
) -> Iterator[tuple[dict[str, Any], list[Keyword]]]:
    """Each group's label with its top keywords; own_idf weighs by the groups themselves."""
    idf = None
    if own_idf:
        everything = WordCounts()
        for _, counts in groups:
            everything += counts
        idf = corpus_idf(everything)
    for label, counts in groups:
        yield label, rank(counts, method=method, top=top, idf=idf)


def _ranked(
    groups: list[tuple[dict[str, Any], WordCounts]], method: str, top: int, own_idf: bool
) -> Iterator[dict[str, Any]]:
    for label, keywords in rank_groups(groups, method, top, own_idf):
        for position, keyword in enumerate(keywords, start=1):
            yield {
                **label,
                "rank": position,
                "word": keyword.word,
                "score": keyword.score,
                "count": keyword.count,
            }
