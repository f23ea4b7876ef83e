"""Run one command's task over all inputs: expand, read, process in parallel, report.

Problems with an input are reported on stderr as they happen and counted for the
exit code; the other inputs are still processed. Results come back in input order.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from newsx.analysis.errors import InputError
from newsx.analysis.parallel import default_jobs, map_ordered
from newsx.analysis.segmenter import UserWord, read_user_dict
from newsx.analysis.tasks import Articles, Config, Item, Scope, Unit
from newsx.cli import inputs
from newsx.cli.console import Messages
from newsx.cli.exitcodes import UsageError

R = TypeVar("R")
P = TypeVar("P")


@dataclass(frozen=True)
class Done(Generic[R]):
    """One unit's result with where it came from (its text is not kept)."""

    source: str
    part: int
    first_line: int
    result: R


@dataclass(frozen=True)
class Found(Generic[P]):
    """One article's result, numbered within its file, duplicates already dropped."""

    source: str
    number: int  # 1-based within the file; 0 for a result summed over a unit
    item: Item[P]


@dataclass
class Run:
    paths: Sequence[str]
    glob: str = "*.txt"
    encoding: str | None = None
    jobs: int = 0
    dask: str | None = None
    messages: Messages = field(default_factory=Messages)
    dedupe: bool = False  # drop near-copies of earlier articles
    watch: Watch | None = None  # --state: skips unchanged inputs (see cli/state.py)

    def units(self) -> Iterator[Unit]:
        sources = []
        for item in inputs.expand(self.paths, self.glob):
            if isinstance(item, inputs.Problem):
                self.messages.error(item.label, item.reason)
            else:
                sources.append(item)
        if any(s.path is None for s in sources) and sys.stdin.isatty():
            raise UsageError("no input: give files or folders, or pipe text in")
        with _progress(len(sources), self.messages) as advance:
            for source in sources:
                digest = self.watch.begin(source) if self.watch else None
                if self.watch and digest is None:  # unchanged: its stored results stand
                    advance()
                    continue
                for item in inputs.read(source, encoding=self.encoding, digest=digest):
                    if isinstance(item, inputs.Problem):
                        self.messages.error(item.label, item.reason)
                        if self.watch:
                            self.watch.failed(source)
                    elif isinstance(item, inputs.Warning):
                        self.messages.warn(item.label, item.reason)
                    else:
                        yield item
                advance()

    def map(
        self, task: Callable[[Unit], R], whole: Callable[[list[Unit]], R] | None = None
    ) -> Iterator[Done[R]]:
        """task(unit) for every unit of every input, in order.

        `whole`: the caller wants only a sum of the results (word counts of a
        corpus), which whole(units) gives for a batch of units at once.
        """
        jobs = self.jobs or default_jobs()
        return map_ordered(
            functools.partial(_done, task),
            self.units(),
            jobs=jobs,
            dask=self.dask,
            whole=functools.partial(_done_whole, whole) if whole else None,
        )

    def articles(
        self,
        task: Callable[[Unit], Articles[P]],
        whole: Callable[[list[Unit]], Articles[P]] | None = None,
    ) -> Iterator[Found[P]]:
        """Per-article results in input order, numbered per file, near-copies dropped.

        With `whole` several units' results may come summed as one (article 0).
        """
        numbers = ArticleNumbers()
        copies = None
        if self.dedupe:
            from newsx.analysis.dedupe import NearDuplicates

            copies = NearDuplicates()
        for done in self.map(task, whole):
            for item in done.result.items:
                number = numbers.number(done.source, item.index) if item.index else 0
                if copies is not None and copies.check((done.source, number), item.fingerprint):
                    continue
                yield Found(done.source, number, item)
            numbers.add(done.source, done.result.total)


class Watch(Protocol):
    """Told about each input before it is read (--state keeps the results of unchanged ones)."""

    def begin(self, source: inputs.Source) -> inputs.Digest | None:
        """A digest to feed the input's bytes to, or None to skip the input."""

    def failed(self, source: inputs.Source) -> None:
        """The input could not be read, or not to its end: its results are not whole."""


def _done(task: Callable[[Unit], R], unit: Unit) -> Done[R]:
    return Done(unit.source, unit.part, unit.first_line, task(unit))


def _done_whole(whole: Callable[[list[Unit]], R], units: list[Unit]) -> Done[R]:
    first = units[0]
    return Done(first.source, first.part, first.first_line, whole(units))


def make_scope(
    *,
    year: int | None = None,
    since: str | None = None,
    until: str | None = None,
    dedupe: bool = False,
) -> Scope:
    from newsx.analysis.dates import DateError, date_range

    try:
        return Scope(year=year, dates=date_range(since, until), dedupe=dedupe)
    except DateError as error:
        raise UsageError(str(error)) from None


def make_config(
    *,
    engine: str = "rjieba",
    no_hmm: bool = False,
    user_dicts: Sequence[Path] | None = None,
    no_learn: bool = False,
    scope: Scope | None = None,
) -> Config:
    words: list[UserWord] = []
    for path in user_dicts or ():
        try:
            words.extend(read_user_dict(path))
        except InputError as error:
            raise UsageError(str(error)) from None
    return Config(
        engine=engine,
        hmm=not no_hmm,
        user_words=tuple(words),
        learn=not no_learn,
        scope=scope or Scope(),
    )


class ArticleNumbers:
    """Numbers articles 1, 2, 3… per input, across the blocks of a large input."""

    def __init__(self) -> None:
        self._count: dict[str, int] = {}

    def number(self, source: str, index: int) -> int:
        return self._count.get(source, 0) + index

    def add(self, source: str, count: int) -> None:
        self._count[source] = self._count.get(source, 0) + count


class _progress:
    """A progress bar on stderr for many files, only on a terminal."""

    MIN_FILES = 20

    def __init__(self, total: int, messages: Messages) -> None:
        self.bar: Any = None
        if total >= self.MIN_FILES and not messages.quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            from newsx.cli.console import colour_allowed

            self.bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=Console(file=sys.stderr, no_color=not colour_allowed(sys.stderr)),
                transient=True,
            )
            self.task = self.bar.add_task("files", total=total)

    def __enter__(self) -> Callable[[], None]:
        if self.bar is None:
            return lambda: None
        self.bar.start()
        return lambda: self.bar.advance(self.task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
