"""`newsx amounts`: every money amount in the inputs, with its sentence."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

from newsx.analysis.tasks import AmountInContext, amounts
from newsx.cli import options as opt
from newsx.cli.exitcodes import Exit
from newsx.cli.output import choose_output
from newsx.cli.runner import Found, Run, make_config, make_scope
from newsx.cli.state import DEFAULT_WAIT, command_key, write_rows

COLUMNS = (
    "file",
    "article",
    "title",
    "date",
    "text",
    "value",
    "value_max",
    "currency",
    "qualifier",
    "yuan",
    "sentence",
)


def amounts_cli(
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
    """List every money amount with its value, currency, qualifier and sentence.

    64亿元, 超64亿元, 约1.5亿美元, 六十四亿元, 5亿至8亿元 … each parsed into a
    value in units of its currency (yuan only for CNY: no exchange rates).

    Example: newsx amounts samples/000_0429a0f6955e58f0.txt --csv
    """
    run = Run(paths or [], glob, encoding, jobs, dask, dedupe=dedupe)
    run.messages.quiet = quiet
    chosen = choose_output(fmt, csv, json, output)
    config = make_config(scope=make_scope(year=year, since=since, until=until, dedupe=dedupe))
    write_rows(
        run,
        functools.partial(amounts, config),
        _rows,
        COLUMNS,
        fmt=chosen,
        output=output,
        excel=excel,
        state=state,
        new_only=new_only,
        wait=state_wait,
        key=command_key("amounts", config, encoding=encoding),
    )
    return Exit.INPUT if run.messages.failures else Exit.OK


def _rows(found: Iterable[Found[list[AmountInContext]]]) -> Iterator[dict[str, Any]]:
    from newsx.analysis.amounts import yuan  # compiles its patterns on import

    for each in found:
        for listed in each.item.payload:
            amount = listed.amount
            yield {
                "file": each.source,
                "article": each.number,
                "title": each.item.title,
                "date": each.item.date.text,
                "text": amount.text,
                "value": amount.value,
                "value_max": amount.value_max,
                "currency": amount.currency,
                "qualifier": amount.qualifier,
                "yuan": yuan(amount),
                "sentence": listed.sentence,
            }
