"""The work each command does on one piece of input, as plain picklable functions.

A `Unit` is a whole file, or one block of a large file or stream. The CLI (or a
Dask worker) calls these with a frozen `Config`; they return plain data. Names
learned from a unit's text are kept whole in that unit only, so results do not
depend on the order in which units are processed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from newsx.analysis.articles import Article, split_articles
from newsx.analysis.keywords import Filter, WordCounts, count_tagged, count_words
from newsx.analysis.segmenter import NOTHING_FORCED, Forced, Segmenter, UserWord


@dataclass(frozen=True)
class Unit:
    source: str  # the input's name as shown to the user
    part: int  # 0 for a whole file; blocks of a large input count up from 0
    text: str
    first_line: int = 1  # line number of the text's first line in its input

    @property
    def size(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Config:
    engine: str = "rjieba"
    hmm: bool = True
    user_words: tuple[UserWord, ...] = ()
    learn: bool = True


@lru_cache(maxsize=4)
def segmenter_for(engine: str, hmm: bool, user_words: tuple[UserWord, ...]) -> Segmenter:
    segmenter = Segmenter(engine, hmm=hmm)
    for word in user_words:
        segmenter.add_word(*word)
    return segmenter


def _segmenter(config: Config) -> Segmenter:
    return segmenter_for(config.engine, config.hmm, config.user_words)


def learned_words(config: Config, articles: list[Article], token_lines: list[list[str]]) -> Forced:
    if not config.learn:
        return NOTHING_FORCED
    from newsx.analysis.learn import learned

    return learned(articles, token_lines)


# -- articles -------------------------------------------------------------------------
def articles(config: Config, unit: Unit) -> list[Article]:
    return split_articles(unit.text)


# -- segment --------------------------------------------------------------------------
@dataclass(frozen=True)
class SegmentOptions:
    mode: str = "accurate"
    pos: bool = False
    delimiter: str = " "
    jsonl: bool = False


def segment(config: Config, options: SegmentOptions, unit: Unit) -> str:
    """The unit's lines, segmented, one output line per input line."""
    segmenter = _segmenter(config)
    lines = [line.rstrip("\r") for line in unit.text.split("\n")]
    plain = [segmenter.cut(line, options.mode) for line in lines]
    forced = (
        learned_words(config, split_articles(unit.text), plain) if config.learn else NOTHING_FORCED
    )
    out = []
    for number, (line, words) in enumerate(zip(lines, plain, strict=True), start=unit.first_line):
        use = (
            forced if forced.pattern is not None and forced.pattern.search(line) else NOTHING_FORCED
        )
        if options.jsonl:
            out.append(_json_line(segmenter, options, unit.source, number, line, use))
        elif options.pos:
            out.append(options.delimiter.join(f"{w}/{f}" for w, f in segmenter.tag(line, use)))
        else:
            if use is not NOTHING_FORCED:
                words = segmenter.cut(line, options.mode, use)
            out.append(options.delimiter.join(words))
    return "\n".join(out) + "\n"


def _json_line(
    segmenter: Segmenter,
    options: SegmentOptions,
    source: str,
    number: int,
    line: str,
    forced: Forced,
) -> str:
    tokens: list[dict[str, object]] = []
    if options.pos:
        offset = 0
        for word, flag in segmenter.tag(line, forced):
            tokens.append({"word": word, "start": offset, "end": offset + len(word), "flag": flag})
            offset += len(word)
    else:
        for word, start, end in segmenter.tokenize(line, options.mode, forced):
            tokens.append({"word": word, "start": start, "end": end})
    record = {"file": source, "line": number, "tokens": tokens}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


# -- keywords -------------------------------------------------------------------------
@dataclass(frozen=True)
class KeywordOptions:
    word_filter: Filter
    textrank: bool = False
    per_article: bool = False


@dataclass(frozen=True)
class ArticleCounts:
    index: int
    title: str
    counts: WordCounts


def keyword_counts(config: Config, options: KeywordOptions, unit: Unit) -> list[ArticleCounts]:
    """Word counts per article (or one total for the unit when not per_article)."""
    segmenter = _segmenter(config)
    found = split_articles(unit.text)
    texts = [a.text for a in found]
    plain = [segmenter.cut(line) for text in texts for line in text.split("\n")]
    forced = learned_words(config, found, plain)
    results = []
    total = WordCounts()
    for article in found:
        if options.textrank:
            counts = count_tagged(segmenter.tag(article.text, forced), options.word_filter)
        else:
            counts = count_words(segmenter.cut(article.text, forced=forced), options.word_filter)
        if options.per_article:
            results.append(ArticleCounts(article.index, article.title, counts))
        else:
            total += counts
    return results if options.per_article else [ArticleCounts(0, "", total)]
