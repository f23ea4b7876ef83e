"""`newsx duplicates`: clusters of near-copies (syndicated reports) across the inputs."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Annotated, Any

import typer

from newsx.analysis.dedupe import DEFAULT_THRESHOLD, Cluster, clusters
from newsx.analysis.dedupe import article_fingerprints as fingerprints_task
from newsx.cli import options as opt
from newsx.cli.exitcodes import Exit
from newsx.cli.output import choose_output, write_records
from newsx.cli.runner import Run, make_config, make_scope

COLUMNS = ("cluster", "file", "article", "title", "similarity")

Key = tuple[str, int, str]  # file, article number, title


def duplicates_cli(
    paths: opt.Paths = None,
    threshold: Annotated[
        float,
        typer.Option(
            "--threshold",
            help="Estimated Jaccard similarity of character 5-grams from which an article "
            "is a copy (0.5–1). 0.8: four in five shared; 0.7 also catches copies cut by "
            "a quarter.",
            min=0.5,
            max=1.0,
        ),
    ] = DEFAULT_THRESHOLD,
    fmt: opt.FormatOpt = None,
    csv: opt.Csv = False,
    json: opt.Json = False,
    output: opt.Output = None,
    excel: opt.Excel = False,
    year: opt.Year = None,
    since: opt.Since = None,
    until: opt.Until = None,
    glob: opt.Glob = "*.txt",
    encoding: opt.Encoding = None,
    jobs: opt.Jobs = 0,
    dask: opt.Dask = None,
    quiet: opt.Quiet = False,
) -> int:
    """List clusters of near-duplicate articles: syndicated copies of one report.

    Copies with another headline, a dropped paragraph or another byline are
    found (MinHash over character 5-grams, LSH: fast on 100,000 articles).
    Each cluster starts with its first article in input order; similarity is
    each copy's estimated similarity to it. --dedupe on other commands drops
    the copies listed here.

    Example: newsx duplicates archive/ --threshold 0.7
    """
    run = Run(paths or [], glob, encoding, jobs, dask)
    run.messages.quiet = quiet
    chosen = choose_output(fmt, csv, json, output)
    config = make_config(scope=make_scope(year=year, since=since, until=until))
    task = functools.partial(fingerprints_task, config)
    articles = (
        ((found.source, found.number, found.item.title), found.item.fingerprint)
        for found in run.articles(task)
    )
    found = clusters(articles, threshold=threshold)
    write_records(_records(found), COLUMNS, fmt=chosen, output=output, excel=excel)
    return Exit.INPUT if run.messages.failures else Exit.OK


def _records(found: list[Cluster[Key]]) -> Iterator[dict[str, Any]]:
    for number, cluster in enumerate(found, start=1):
        for (source, article, title), similarity in zip(
            cluster.keys, cluster.similarities, strict=True
        ):
            yield {
                "cluster": number,
                "file": source,
                "article": article,
                "title": title,
                "similarity": round(similarity, 3),
            }
