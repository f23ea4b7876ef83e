"""The work each command does on one piece of input, as plain picklable functions.

A `Unit` is a whole file, or one block of a large file or stream. The CLI (or a
Dask worker) calls these with a frozen `Config`; they return plain data. Names
learned from a unit's text are kept whole in that unit only, so results do not
depend on the order in which units are processed.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, TypeVar

from newsx.analysis.articles import Article, split_articles
from newsx.analysis.dates import NO_DATE, ArticleDate, DateRange, article_date
from newsx.analysis.keywords import Filter, Tally, WordCounts, count_articles, count_tagged
from newsx.analysis.normalize import simplified
from newsx.analysis.segmenter import NOTHING_FORCED, Forced, Segmenter, UserWord

P = TypeVar("P")


@dataclass(frozen=True)
class Unit:
    source: str  # the input's name as shown to the user
    part: int  # 0 for a whole file; blocks of a large input count up from 0
    text: str
    first_line: int = 1  # line number of the text's first line in its input
    continued: bool = False  # the last line goes on in the next unit (a huge line)

    @property
    def size(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Scope:
    """Which articles a command reads: dated within a range; fingerprinted for --dedupe."""

    year: int | None = None  # for dates written without one
    dates: DateRange = field(default_factory=DateRange)
    dedupe: bool = False


@dataclass(frozen=True)
class Config:
    engine: str = "rjieba"
    hmm: bool = True
    user_words: tuple[UserWord, ...] = ()
    learn: bool = True
    scope: Scope = field(default_factory=Scope)


@dataclass(frozen=True)
class Item(Generic[P]):
    """One article's result, with what the corpus views need to filter it."""

    index: int  # 1-based within the unit; 0 for a result summed over the unit
    title: str
    date: ArticleDate
    fingerprint: Any  # for near-duplicate detection; None without --dedupe
    payload: P


@dataclass(frozen=True)
class Articles(Generic[P]):
    items: list[Item[P]]
    total: int  # articles in the unit, counting those outside the scope


def scoped(
    config: Config, unit: Unit, found: list[Article], *, dated: bool = True
) -> Iterator[tuple[Article, ArticleDate, Any]]:
    """The unit's articles inside the date range, with their dates and fingerprints.

    `dated=False`: the caller does not show dates, so they are worked out only
    when --since/--until need them.
    """
    scope = config.scope
    fingerprint: Callable[[str], Any] | None = None
    if scope.dedupe:
        from newsx.analysis import dedupe

        fingerprint = dedupe.fingerprint
    need_date = dated or not scope.dates.is_open
    for article in found:
        date = (
            article_date(article, file_name=unit.source, year=scope.year) if need_date else NO_DATE
        )
        if date in scope.dates:
            yield article, date, fingerprint(article.text) if fingerprint else None


@lru_cache(maxsize=4)
def segmenter_for(engine: str, hmm: bool, user_words: tuple[UserWord, ...]) -> Segmenter:
    segmenter = Segmenter(engine, hmm=hmm)
    for word in user_words:
        segmenter.add_word(*word)
    return segmenter


def _segmenter(config: Config) -> Segmenter:
    return segmenter_for(config.engine, config.hmm, config.user_words)


def learned_words(config: Config, text: str, token_lines: list[list[str]]) -> Forced:
    """Names the raw text makes clear (no splitting into articles needed)."""
    if not config.learn:
        return NOTHING_FORCED
    from newsx.analysis.learn import learned

    return learned(text, token_lines)


# -- articles -------------------------------------------------------------------------
def articles(config: Config, unit: Unit) -> Articles[Article]:
    found = split_articles(unit.text)
    items = [Item(a.index, a.title, d, fp, a) for a, d, fp in scoped(config, unit, found)]
    return Articles(items, len(found))


# -- segment --------------------------------------------------------------------------
@dataclass(frozen=True)
class SegmentOptions:
    mode: str = "accurate"
    pos: bool = False
    delimiter: str = " "
    jsonl: bool = False


def segment(config: Config, options: SegmentOptions, unit: Unit) -> str:
    """The unit's lines, segmented, one output line per input line. A text in traditional
    characters is cut as its simplified form is (the dictionary's), and its words are
    written as they stand in it."""
    segmenter = _segmenter(config)
    text = simplified(unit.text)  # (as long as unit.text: the words map back)
    written = [line.rstrip("\r") for line in unit.text.split("\n")]
    # (most texts are simplified already: nothing to split again, nothing to map back)
    converted = text is not unit.text
    lines = [line.rstrip("\r") for line in text.split("\n")] if converted else written
    plain = [segmenter.cut(line, options.mode) for line in lines]
    forced = learned_words(config, text, plain)
    out = []
    numbered = enumerate(zip(lines, written, plain, strict=True), start=unit.first_line)
    for number, (line, as_written, words) in numbered:
        if options.jsonl:
            out.append(
                _json_line(segmenter, options, unit.source, number, line, as_written, forced)
            )
        elif options.pos:
            tagged = segmenter.tag(line, forced)
            cut = [w for w, _ in tagged]
            cut = _as_written(cut, as_written) if converted else cut
            out.append(
                options.delimiter.join(f"{w}/{f}" for w, (_, f) in zip(cut, tagged, strict=True))
            )
        else:
            kept = segmenter.keep_whole(line, words, forced, options.mode)
            out.append(options.delimiter.join(_as_written(kept, as_written) if converted else kept))
    return "\n".join(out) + (options.delimiter if unit.continued else "\n")


def _as_written(words: list[str], line: str) -> list[str]:
    """The words cut from a line's simplified form, as the line writes them."""
    if "".join(words) == line or sum(map(len, words)) != len(line):
        return words
    out, at = [], 0
    for word in words:
        out.append(line[at : at + len(word)])
        at += len(word)
    return out


def _json_line(
    segmenter: Segmenter,
    options: SegmentOptions,
    source: str,
    number: int,
    line: str,
    as_written: str,
    forced: Forced,
) -> str:
    tokens: list[dict[str, object]] = []
    if options.pos:
        offset = 0
        for word, flag in segmenter.tag(line, forced):
            end = offset + len(word)
            tokens.append(
                {"word": as_written[offset:end], "start": offset, "end": end, "flag": flag}
            )
            offset = end
    else:
        for _, start, end in segmenter.tokenize(line, options.mode, forced):
            tokens.append({"word": as_written[start:end], "start": start, "end": end})
    record = {"file": source, "line": number, "tokens": tokens}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


# -- keywords -------------------------------------------------------------------------
@dataclass(frozen=True)
class KeywordOptions:
    word_filter: Filter
    textrank: bool = False
    per_article: bool = False
    doc_freq: bool = True  # only IDF computed from the inputs needs document frequencies


def keyword_counts(config: Config, options: KeywordOptions, unit: Unit) -> Articles[WordCounts]:
    """Word counts per article, or summed over the unit when not per_article."""
    if not (options.per_article or config.scope.dedupe):
        return keyword_totals(config, options, [unit])
    found = split_articles(unit.text)
    items = []
    for article, date, fp, words, counted in _article_words(config, options, unit, found):
        if counted is None:
            counted = count_articles([words], options.word_filter, doc_freq=options.doc_freq)
        items.append(Item(article.index, article.title, date, fp, counted))
    return Articles(items, len(found))


def keyword_totals(
    config: Config, options: KeywordOptions, units: list[Unit]
) -> Articles[WordCounts]:
    """Word counts summed over all the units' articles (a corpus ranked as a whole).

    Counting a batch of files at once, not file by file, saves merging thousands
    of small counts.
    """
    tally = Tally(doc_freq=options.doc_freq)
    total = WordCounts()
    articles = 0
    for unit in units:
        found = split_articles(unit.text)
        articles += len(found)
        for _, _, _, words, counted in _article_words(config, options, unit, found):
            if counted is None:
                tally.add(words)
            else:
                total += counted
    total += tally.counted(options.word_filter)
    return Articles([Item(0, "", NO_DATE, None, total)], articles)


def _article_words(
    config: Config, options: KeywordOptions, unit: Unit, found: list[Article]
) -> Iterator[tuple[Article, ArticleDate, Any, Iterable[str], WordCounts | None]]:
    """Each article in scope with its words, learned names kept whole; for
    TextRank, its counts with the co-occurrence graph instead."""
    segmenter = _segmenter(config)
    chosen = list(scoped(config, unit, found, dated=options.per_article))
    lines = [article.text.split("\n") for article, _, _ in chosen]
    plain = [[segmenter.cut(line) for line in text] for text in lines]
    forced = learned_words(config, unit.text, [t for text in plain for t in text])
    for (article, date, fp), text, tokens in zip(chosen, lines, plain, strict=True):
        if options.textrank:
            tagged = segmenter.tag(article.text, forced)
            yield article, date, fp, (), count_tagged(tagged, options.word_filter)
            continue
        if forced.search(article.text):
            tokens = [
                segmenter.keep_whole(line, cut, forced)
                for line, cut in zip(text, tokens, strict=True)
            ]
        yield article, date, fp, itertools.chain.from_iterable(tokens), None


# -- officials ------------------------------------------------------------------------
@dataclass(frozen=True)
class People:
    """Who appears in one article, who wrote it, and the appointments it reports."""

    officials: list[Any]  # newsx.analysis.officials.Official
    byline: Any  # newsx.analysis.bylines.Byline
    appointments: list[Any]  # newsx.analysis.officials.Appointment


def people(config: Config, unit: Unit) -> Articles[People]:
    from newsx.analysis.officials import read_officials

    segmenter = _segmenter(config)
    found = split_articles(unit.text)
    items = []
    for article, date, fp in scoped(config, unit, found):
        officials, appointments = read_officials(article.text, segmenter=segmenter)
        result = People(officials, article.byline, appointments)
        items.append(Item(article.index, article.title, date, fp, result))
    return Articles(items, len(found))


# -- projects and amounts -------------------------------------------------------------
def projects(config: Config, unit: Unit) -> Articles[Any]:
    """Each article's ProjectReport (newsx.analysis.projects)."""
    from newsx.analysis.projects import find_projects

    found = split_articles(unit.text)
    items = [
        Item(a.index, a.title, d, fp, find_projects(a.text))
        for a, d, fp in scoped(config, unit, found)
    ]
    return Articles(items, len(found))


@dataclass(frozen=True)
class AmountInContext:
    amount: Any  # newsx.analysis.amounts.Amount, offsets within the article's text
    sentence: str


def amounts(config: Config, unit: Unit) -> Articles[list[AmountInContext]]:
    """Every money amount of each article with the sentence it stands in."""
    from newsx.analysis.amounts import find_amounts, sentence_of

    found = split_articles(unit.text)
    items = []
    for article, date, fp in scoped(config, unit, found):
        text = article.text
        listed = [AmountInContext(a, sentence_of(text, a)) for a in find_amounts(text)]
        items.append(Item(article.index, article.title, date, fp, listed))
    return Articles(items, len(found))
