"""`newsx projects`: signed and introduced projects, with amounts, fields and dates."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newsx.analysis.tasks import projects
from newsx.cli import options as opt
from newsx.cli.console import Messages
from newsx.cli.exitcodes import Exit
from newsx.cli.output import choose_output, write_records
from newsx.cli.runner import Found, Run, make_config, make_scope

if TYPE_CHECKING:  # the extractor compiles its patterns on import: load it when used
    from newsx.analysis.amounts import Amount
    from newsx.analysis.projects import ProjectReport
from newsx.cli.state import DEFAULT_WAIT, command_key, refuse_state, write_rows

COLUMNS = (
    "file",
    "article",
    "title",
    "date",
    "date_iso",
    "name",
    "event",
    "amount",
    "amount_yuan",
    "batch_total",
    "batch_total_yuan",
    "fields",
    "expected",
)
AGGREGATE_COLUMNS = (
    "name",
    "event",
    "amount",
    "amount_yuan",
    "articles",
    "files",
    "first_date",
    "last_date",
    "fields",
)
TOTALS_COLUMNS = ("group", "projects", "articles", "amount_yuan", "batch_total_yuan")


class Totals(str, Enum):
    file = "file"
    date = "date"
    field = "field"


def projects_cli(
    paths: opt.Paths = None,
    aggregate: Annotated[
        bool,
        typer.Option(
            "--aggregate",
            help="One row per project across all inputs (the same project reported twice is one).",
        ),
    ] = False,
    totals: Annotated[
        Totals | None,
        typer.Option(
            "--totals",
            help="Totals per file, date or field instead of projects.",
            show_default=False,
        ),
    ] = None,
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
    """List the projects in lists of signed, started or introduced projects.

    One row per project with its own amount where the text gives one, the
    total of its batch (超64亿元 → 6400000000), the fields of the batch and
    the count the text announces. When the text announces N projects and a
    different number is found, a warning says so on stderr.

    Example: newsx projects samples/000_0429a0f6955e58f0.txt --csv
    """
    run = Run(paths or [], glob, encoding, jobs, dask, dedupe=dedupe)
    run.messages.quiet = quiet
    chosen = choose_output(fmt, csv, json, output)
    config = make_config(scope=make_scope(year=year, since=since, until=until, dedupe=dedupe))
    task = functools.partial(projects, config)
    if totals is None and not aggregate:
        write_rows(
            run,
            task,
            lambda found: _rows(checked(found, run.messages)),
            COLUMNS,
            fmt=chosen,
            output=output,
            excel=excel,
            state=state,
            new_only=new_only,
            wait=state_wait,
            key=command_key("projects", config, encoding=encoding),
        )
        return Exit.INPUT if run.messages.failures else Exit.OK
    refuse_state(state, new_only, "--totals" if totals is not None else "--aggregate")
    found = checked(run.articles(task), run.messages)
    if totals is not None:
        records: Iterable[dict[str, Any]] = _totals(found, totals)
        columns = TOTALS_COLUMNS
    else:
        records, columns = aggregate_projects(found), AGGREGATE_COLUMNS
    write_records(records, columns, fmt=chosen, output=output, excel=excel)
    return Exit.INPUT if run.messages.failures else Exit.OK


def checked(
    found: Iterable[Found[ProjectReport]], messages: Messages
) -> Iterator[Found[ProjectReport]]:
    """Pass results through, saying on stderr where the count found differs from the text's."""
    for each in found:
        for problem in each.item.payload.problems:
            messages.warn(f"{each.source} article {each.number}", problem)
        yield each


def _money(amount: Amount | None) -> tuple[str, Any]:
    from newsx.analysis.amounts import yuan

    return (amount.text, yuan(amount)) if amount is not None else ("", None)


def _rows(found: Iterable[Found[ProjectReport]]) -> Iterator[dict[str, Any]]:
    for each in found:
        report = each.item.payload
        total, total_yuan = _money(report.batch_total)
        for project in report.projects:
            amount, amount_yuan = _money(project.amount)
            yield {
                "file": each.source,
                "article": each.number,
                "title": each.item.title,
                "date": each.item.date.text,
                "date_iso": each.item.date.iso,
                "name": project.name,
                "event": project.event,
                "amount": amount,
                "amount_yuan": amount_yuan,
                "batch_total": total,
                "batch_total_yuan": total_yuan,
                "fields": report.fields,
                "expected": report.expected,
            }


def aggregate_projects(found: Iterable[Found[ProjectReport]]) -> list[dict[str, Any]]:
    """Projects deduplicated across articles: the first report names it, later ones count."""
    from newsx.analysis.projects import project_key

    merged: dict[str, dict[str, Any]] = {}
    for row in _rows(found):
        key = project_key(row["name"])
        entry = merged.get(key)
        if entry is None:
            entry = merged[key] = {
                "name": row["name"],
                "event": row["event"],
                "amount": row["amount"],
                "amount_yuan": row["amount_yuan"],
                "articles": 0,
                "files": {},
                "dates": [],
                "fields": dict.fromkeys(row["fields"]),
            }
        entry["articles"] += 1
        entry["files"][row["file"]] = None
        if row["date_iso"]:
            entry["dates"].append(row["date_iso"])
        if not entry["amount"] and row["amount"]:
            entry["amount"], entry["amount_yuan"] = row["amount"], row["amount_yuan"]
        entry["fields"].update(dict.fromkeys(row["fields"]))
    records = []
    for entry in merged.values():
        dates = sorted(entry.pop("dates"))
        entry["files"] = len(entry["files"])
        entry["fields"] = tuple(entry["fields"])
        entry["first_date"] = dates[0] if dates else ""
        entry["last_date"] = dates[-1] if dates else ""
        records.append(entry)
    return records


def _totals(found: Iterable[Found[ProjectReport]], by: Totals) -> list[dict[str, Any]]:
    """Projects, articles and money per file, per date or per field."""
    from newsx.analysis.amounts import yuan

    groups: dict[str, dict[str, Any]] = {}
    for each in found:
        report = each.item.payload
        if not report.projects:
            continue
        if by is Totals.file:
            keys = [each.source]
        elif by is Totals.date:
            keys = [each.item.date.iso or each.item.date.text or "(no date)"]
        else:
            keys = list(report.fields) or ["(no field)"]
        for key in keys:
            group = groups.setdefault(
                key,
                {
                    "group": key,
                    "projects": 0,
                    "articles": 0,
                    "amount_yuan": 0,
                    "batch_total_yuan": 0,
                },
            )
            group["projects"] += len(report.projects)
            group["articles"] += 1
            group["amount_yuan"] += sum(yuan(p.amount) or 0 for p in report.projects if p.amount)
            group["batch_total_yuan"] += (
                (yuan(report.batch_total) or 0) if report.batch_total else 0
            )
    return sorted(groups.values(), key=lambda g: g["group"])
