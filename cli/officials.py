"""`newsx officials`: who appears, with which titles, doing what; and who wrote it."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any

import typer

from newsx.analysis.tasks import People, people
from newsx.cli import options as opt
from newsx.cli.exitcodes import Exit
from newsx.cli.output import choose_output, write_records
from newsx.cli.runner import Found, Run, make_config, make_scope
from newsx.cli.state import DEFAULT_WAIT, command_key, refuse_state, write_rows

COLUMNS = ("file", "article", "title", "date", "name", "titles", "roles", "mentions", "evidence")
BYLINE_KINDS = (
    ("reporters", "reporter"),
    ("correspondents", "correspondent"),
    ("photographers", "photographer"),
)
AGGREGATE_COLUMNS = (
    "name",
    "articles",
    "files",
    "titles",
    "roles",
    "mentions",
    "first_date",
    "last_date",
    "title_changes",
)
APPOINTMENT_COLUMNS = ("file", "article", "title", "date", "name", "action", "post", "evidence")


def officials_cli(
    paths: opt.Paths = None,
    bylines: Annotated[
        bool,
        typer.Option(
            "--bylines", help="Add reporters, correspondents and photographers (column kind)."
        ),
    ] = False,
    aggregate: Annotated[
        bool,
        typer.Option(
            "--aggregate",
            help="One row per person across all inputs, with title changes over time.",
        ),
    ] = False,
    appointments: Annotated[
        bool,
        typer.Option(
            "--appointments", help="List appointments and removals (任命, 免去, 不再担任)."
        ),
    ] = False,
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
    engine: opt.EngineOpt = opt.Engine.rjieba,
    no_hmm: opt.NoHmm = False,
    user_dict: opt.UserDict = None,
    glob: opt.Glob = "*.txt",
    encoding: opt.Encoding = None,
    jobs: opt.Jobs = 0,
    dask: opt.Dask = None,
    quiet: opt.Quiet = False,
) -> int:
    """List the officials in each article: name, titles, roles, mentions, evidence.

    Titles are verbatim with their organisation (郑州市商务局党组书记, 局长);
    roles are what the person did (出席, 主持, 调研, 陪同 …); evidence is the
    sentence the titles come from, so a reader can check.

    Example: newsx officials samples/000_0429a0f6955e58f0.txt --csv
    """
    run = Run(paths or [], glob, encoding, jobs, dask, dedupe=dedupe)
    run.messages.quiet = quiet
    chosen = choose_output(fmt, csv, json, output)
    config = make_config(
        engine=engine.value,
        no_hmm=no_hmm,
        user_dicts=user_dict,
        scope=make_scope(year=year, since=since, until=until, dedupe=dedupe),
    )
    task = functools.partial(people, config)
    if aggregate and not appointments:
        refuse_state(state, new_only, "--aggregate")
        records = aggregate_people(run.articles(task), bylines)
        write_records(
            records,
            AGGREGATE_COLUMNS + (("kind",) if bylines else ()),
            fmt=chosen,
            output=output,
            excel=excel,
        )
        return Exit.INPUT if run.messages.failures else Exit.OK
    if appointments:
        rows, columns, flags = _appointments, APPOINTMENT_COLUMNS, ["--appointments"]
    else:
        rows = functools.partial(_rows, bylines=bylines)
        columns = COLUMNS[:4] + (("kind",) if bylines else ()) + COLUMNS[4:]
        flags = ["--bylines"] if bylines else []
    write_rows(
        run,
        task,
        rows,
        columns,
        fmt=chosen,
        output=output,
        excel=excel,
        state=state,
        new_only=new_only,
        wait=state_wait,
        key=command_key("officials", config, encoding=encoding, flags=flags),
    )
    return Exit.INPUT if run.messages.failures else Exit.OK


def _where(each: Found[People]) -> dict[str, Any]:
    return {
        "file": each.source,
        "article": each.number,
        "title": each.item.title,
        "date": each.item.date.text,
    }


def _rows(found: Iterable[Found[People]], bylines: bool) -> Iterator[dict[str, Any]]:
    for each in found:
        where = _where(each)
        for person in each.item.payload.officials:
            yield {
                **where,
                "kind": "official",
                "name": person.name,
                "titles": person.titles,
                "roles": person.roles,
                "mentions": person.mentions,
                "evidence": person.evidence,
            }
        if bylines:
            for name, kind in _byline_people(each.item.payload):
                yield {**where, "kind": kind, "name": name, "titles": (), "roles": ()}


def _byline_people(result: People) -> Iterator[tuple[str, str]]:
    for attribute, kind in BYLINE_KINDS:
        for name in getattr(result.byline, attribute):
            yield name, kind


def _appointments(found: Iterable[Found[People]]) -> Iterator[dict[str, Any]]:
    for each in found:
        for event in each.item.payload.appointments:
            yield {
                **_where(each),
                "name": event.name,
                "action": event.action,
                "post": event.title,
                "evidence": event.evidence,
            }


@dataclass
class _Person:
    name: str
    kind: str
    articles: int = 0
    files: dict[str, None] = field(default_factory=dict)
    titles: dict[str, None] = field(default_factory=dict)
    roles: dict[str, None] = field(default_factory=dict)
    mentions: int = 0
    dated: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (iso, titles)


def aggregate_people(found: Iterable[Found[People]], bylines: bool) -> list[dict[str, Any]]:
    """One row per person (by name and kind) across all inputs, in order of first appearance."""
    people_seen: dict[tuple[str, str], _Person] = {}

    def person(name: str, kind: str) -> _Person:
        return people_seen.setdefault((name, kind), _Person(name, kind))

    for each in found:
        iso = each.item.date.iso or ""
        for official in each.item.payload.officials:
            entry = person(official.name, "official")
            entry.articles += 1
            entry.files[each.source] = None
            entry.titles.update(dict.fromkeys(official.titles))
            entry.roles.update(dict.fromkeys(official.roles))
            entry.mentions += official.mentions
            if iso:
                entry.dated.append((iso, official.titles))
        if bylines:
            for name, kind in _byline_people(each.item.payload):
                entry = person(name, kind)
                entry.articles += 1
                entry.files[each.source] = None
                if iso:
                    entry.dated.append((iso, ()))
    return [_summary(entry) for entry in people_seen.values()]


def _summary(entry: _Person) -> dict[str, Any]:
    dates = sorted(iso for iso, _ in entry.dated)
    return {
        "name": entry.name,
        "kind": entry.kind,
        "articles": entry.articles,
        "files": len(entry.files),
        "titles": tuple(entry.titles),
        "roles": tuple(entry.roles),
        "mentions": entry.mentions,
        "first_date": dates[0] if dates else "",
        "last_date": dates[-1] if dates else "",
        "title_changes": title_changes(entry.dated),
    }


def title_changes(dated: list[tuple[str, tuple[str, ...]]]) -> tuple[str, ...]:
    """'old → new (since date)' for each change in a person's titles over time.

    A title that disappears and one that appears between two dated articles make
    a change; a later article that simply omits a title is not one.
    """
    changes: list[str] = []
    current: set[str] = set()
    for iso, titles in sorted(dated, key=lambda pair: pair[0]):
        now = set(titles)
        if not now:
            continue
        if current and now.isdisjoint(current):
            old = "、".join(sorted(current))
            new = "、".join(titles)
            changes.append(f"{old} → {new} ({iso})")
            current = set()
        current |= now
    return tuple(changes)
