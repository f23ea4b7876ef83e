"""`newsx segment`: words, one output line per input line, like `python -m jieba`."""

from __future__ import annotations

import functools
import sys
from enum import Enum
from typing import Annotated

import typer

from newsx.analysis.tasks import SegmentOptions
from newsx.analysis.tasks import segment as segment_task
from newsx.cli import options as opt
from newsx.cli.exitcodes import Exit
from newsx.cli.output import destination
from newsx.cli.runner import Run, make_config

WRITE_CHARS = 1 << 14


class Mode(str, Enum):
    accurate = "accurate"
    full = "full"
    search = "search"


class SegmentFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


def segment_cli(
    paths: opt.Paths = None,
    delimiter: Annotated[
        str, typer.Option("--delimiter", "-d", help="Put this between words.")
    ] = " ",
    pos: Annotated[
        bool, typer.Option("--pos", help="Add part-of-speech flags: word/flag.")
    ] = False,
    mode: Annotated[
        Mode,
        typer.Option(
            "--mode", "-m", help="accurate (default), full (every dictionary word) or search."
        ),
    ] = Mode.accurate,
    fmt: Annotated[
        SegmentFormat,
        typer.Option(
            "--format", "-f", help="text, or jsonl: one object per line with token offsets."
        ),
    ] = SegmentFormat.text,
    output: opt.Output = None,
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
    """Cut text into words; each input line becomes one output line.

    A filter for pipelines: reads files, folders or stdin and writes words
    separated by a space. Names the text makes clear (孙建功, 郑东新区) stay
    whole; with --no-learn the words are exactly `python -m jieba`'s.

    Example: cat article.txt | newsx segment | head
    """
    run = Run(paths or [], glob, encoding, jobs, dask)
    run.messages.quiet = quiet
    config = make_config(
        engine=engine.value, no_hmm=no_hmm, user_dicts=user_dict, no_learn=no_learn
    )
    seg_options = SegmentOptions(
        mode=mode.value, pos=pos, delimiter=delimiter, jsonl=fmt is SegmentFormat.jsonl
    )
    task = functools.partial(segment_task, config, seg_options)
    with destination(output) as stream:
        for done in run.map(task):
            # In pieces: a reader that goes away mid-write (| head) can make one
            # big write come back short without an error; the next piece fails.
            for start in range(0, len(done.result), WRITE_CHARS):
                stream.write(done.result[start : start + WRITE_CHARS])
            if stream is sys.stdout and sys.stdout.isatty():
                stream.flush()
    return Exit.INPUT if run.messages.failures else Exit.OK
