"""`newsx network`: who appears with whom — officials (and projects) named in one article."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from newsx.analysis.network import (
    CoOccurrence,
    Graph,
    Names,
    NetworkError,
    busiest,
    draw_network,
    graphml,
    names,
)
from newsx.cli import options as opt
from newsx.cli.exitcodes import Exit, UsageError
from newsx.cli.output import choose_output, destination, write_records
from newsx.cli.runner import Found, Run, make_config, make_scope

COLUMNS = ("source", "target", "weight", "articles")
IMAGE_SUFFIXES = {".png": "png", ".svg": "svg"}
GRAPH_SUFFIXES = {".graphml": "graphml", ".xml": "graphml"}


class With(str, Enum):
    officials = "officials"
    projects = "projects"


def network_cli(
    paths: opt.Paths = None,
    with_: Annotated[
        With,
        typer.Option(
            "--with",
            help="Link officials with officials, or officials with projects (a bipartite graph).",
        ),
    ] = With.officials,
    min_weight: Annotated[
        int,
        typer.Option(
            "--min-weight", help="Keep links found in at least this many articles.", min=1
        ),
    ] = 1,
    fmt: opt.FormatOpt = None,
    csv: opt.Csv = False,
    json: opt.Json = False,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this file (atomically): the edge list (.csv .tsv .json .xlsx…), "
            "GraphML for Gephi (.graphml) or a drawing (.png or .svg).",
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
    glob: opt.Glob = "*.txt",
    encoding: opt.Encoding = None,
    jobs: opt.Jobs = 0,
    dask: opt.Dask = None,
    quiet: opt.Quiet = False,
) -> int:
    """Show who appears with whom: officials named in the same article.

    One row per link: source, target, weight (the number of articles that
    name both) and those articles (file#n). --with projects links each
    official to the projects of the articles that name them. -o graph.graphml
    writes the graph for Gephi; -o graph.png draws it (node size by degree,
    line width by weight).

    Example: newsx network archive/ --min-weight 2 -o graph.png
    """
    kind = _kind(output, fmt)
    run = Run(paths or [], glob, encoding, jobs, dask, dedupe=dedupe)
    run.messages.quiet = quiet
    chosen = "" if kind else choose_output(fmt, csv, json, _path(output))
    config = make_config(
        engine=engine.value,
        no_hmm=no_hmm,
        user_dicts=user_dict,
        scope=make_scope(year=year, since=since, until=until, dedupe=dedupe),
    )
    bipartite = with_ is With.projects
    task = functools.partial(names, config, bipartite)
    graph = _collect(run.articles(task), bipartite).graph(min_weight=min_weight)
    if kind == "graphml":
        with destination(_path(output), binary=True) as stream:
            stream.write(graphml(graph))
    elif kind:
        drawn = busiest(graph)
        if len(drawn.nodes) < len(graph.nodes):
            run.messages.warn(
                str(output),
                f"drawing the {len(drawn.nodes)} best-connected of {len(graph.nodes)} names; "
                "raise --min-weight or narrow --since/--until for a complete picture",
            )
        title = "officials × projects" if bipartite else "officials named in the same article"
        if min_weight > 1:
            title += f" (at least {min_weight} articles)"
        try:
            picture = draw_network(drawn, title=title, fmt=kind)
        except NetworkError as error:
            raise UsageError(str(error)) from None
        with destination(_path(output), binary=True) as stream:
            stream.write(picture)
    else:
        write_records(_rows(graph), COLUMNS, fmt=chosen, output=_path(output), excel=excel)
    return Exit.INPUT if run.messages.failures else Exit.OK


def _collect(found: Iterable[Found[Names]], bipartite: bool) -> CoOccurrence:
    graph = CoOccurrence(bipartite)
    for each in found:
        names = each.item.payload
        graph.add(f"{each.source}#{each.number}", names.officials, names.projects)
    return graph


def _rows(graph: Graph) -> Iterator[dict[str, Any]]:
    labels = {node.key: node.label for node in graph.nodes}
    for edge in graph.edges:
        yield {
            "source": labels[edge.source],
            "target": labels[edge.target],
            "weight": edge.weight,
            "articles": edge.articles,
        }


def _kind(output: str | None, fmt: Any) -> str:
    """graphml, png or svg when -o names a graph file or an image, else "" (a table)."""
    if output is None:
        return ""
    suffix = Path(output).suffix.lower()
    kind = GRAPH_SUFFIXES.get(suffix) or IMAGE_SUFFIXES.get(suffix, "")
    if kind and fmt is not None:
        raise UsageError(f"{output} is not a table; leave out --format (it is for tables)")
    return kind


def _path(output: str | None) -> Path | None:
    return Path(output) if output is not None else None
