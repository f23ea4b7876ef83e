"""Keyword in context: every occurrence of a word with the text either side.

A journalist checking a quote wants to jump to it, so each hit says where it is
in the input as read: the line (1-based) and the character offset in that line
(0-based). The search sees the text as newsx reads it, with page breaks mended:
a word the printed page cut across two lines (社 / 会治理) is still found, and its
position is where it begins. Context stays inside the paragraph, so a hit in a
headline is not padded with the end of the previous article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsx.analysis.articles import split_articles
from newsx.analysis.normalize import _RESIDUE_LINE, _SPACE, simplified
from newsx.analysis.normalize import _broken as _continues

_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
_VISIBLE_RUN = re.compile("[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]+")
PARAGRAPH_BREAK = "\n"

if TYPE_CHECKING:
    from newsx.analysis.tasks import Articles, Config, Unit


@dataclass(frozen=True)
class Hit:
    """One occurrence: where it is and the text around it."""

    line: int  # 1-based line of the input
    offset: int  # 0-based character offset of the word in that line
    left: str  # up to `width` characters before, within the paragraph
    word: str  # the text matched
    right: str  # up to `width` characters after, within the paragraph


def word_pattern(words: Sequence[str], *, regex: bool = False) -> re.Pattern[str]:
    """One pattern for all `words`: literal (longest first) or regular expressions."""
    given = [w for w in dict.fromkeys(words)]
    if not regex:  # (項目 finds 项目: the search reads traditional text simplified)
        given = list(dict.fromkeys(simplified(w) for w in given))
    if not given or any(not w for w in given):
        raise ValueError("give a word to look for (an empty word matches everywhere)")
    if regex:
        for word in given:
            try:
                re.compile(word)
            except re.error as error:
                raise ValueError(f"{word!r} is not a regular expression: {error}") from None
        return re.compile("|".join(f"(?:{w})" for w in given))
    return re.compile("|".join(re.escape(w) for w in sorted(given, key=len, reverse=True)))


class _Flat:
    """The text as one string of paragraphs, mapped back to input lines and offsets.

    Lines the normaliser would join (a page break mid-sentence) are joined with
    nothing; other line breaks become PARAGRAPH_BREAK. Blank lines, page-number
    residue and invisible characters (zero-width spaces, controls) are left out.
    """

    def __init__(self, text: str, first_line: int) -> None:
        parts: list[str] = []
        self.starts: list[int] = []  # position in the flat text where each run begins
        self.places: list[tuple[int, int]] = []  # (line, offset) of each run's first character
        size = 0
        paragraph = ""
        for number, raw in enumerate(text.split("\n"), start=first_line):
            line = raw.rstrip("\r")
            stripped = line.strip(_SPACE)
            visible = _INVISIBLE.sub("", stripped)
            if not visible or _RESIDUE_LINE.match(visible):
                continue
            if paragraph and not _continues(paragraph, visible):
                parts.append(PARAGRAPH_BREAK)
                size += 1
                paragraph = ""
            paragraph += visible
            indent = len(line) - len(line.lstrip(_SPACE))
            for run in _VISIBLE_RUN.finditer(stripped):
                self.starts.append(size)
                self.places.append((number, indent + run.start()))
                parts.append(run.group())
                size += len(run.group())
        self.text = "".join(parts)

    def place(self, position: int) -> tuple[int, int]:
        """(line, offset) in the input of the flat text's character at `position`."""
        run = bisect.bisect_right(self.starts, position) - 1
        line, offset = self.places[run]
        return line, offset + position - self.starts[run]


def find(
    text: str, pattern: re.Pattern[str], *, width: int = 20, first_line: int = 1
) -> Iterator[Hit]:
    """Every match of `pattern` in `text`, with `width` characters of context either side.

    `first_line` is the input line of the text's first line (for a block of a
    large input), so that hits point into the input as read.
    """
    if width < 0:
        raise ValueError("width must be 0 or more")
    flat = _Flat(text, first_line)
    whole = flat.text
    searched = simplified(whole)  # a traditional text is searched in simplified characters,
    if len(searched) != len(whole):  # and quoted as it is written
        whole = searched
    for match in pattern.finditer(searched):
        start, end = match.span()
        if start == end:  # a pattern that can match nothing (a*): no hit there
            continue
        line, offset = flat.place(start)
        left = whole[max(0, start - width) : start]
        right = whole[end : end + width]
        yield Hit(
            line,
            offset,
            left.rpartition(PARAGRAPH_BREAK)[2],
            whole[start:end].replace(PARAGRAPH_BREAK, " "),
            right.partition(PARAGRAPH_BREAK)[0],
        )


# -- the task each worker runs on one unit of input ----------------------------------
@dataclass(frozen=True)
class KwicOptions:
    pattern: re.Pattern[str]
    width: int = 20


def concordance(config: Config, options: KwicOptions, unit: Unit) -> Articles[tuple[Hit, ...]]:
    """The hits in one unit (a file, or a block of a large input), article by article.

    Every article in the config's scope (dates) is an item, with or without hits,
    so that --dedupe sees them all in input order.
    """
    from newsx.analysis.tasks import Articles, Item, scoped

    found = split_articles(unit.text)
    starts = [a.first_line for a in found]
    hits: dict[int, list[Hit]] = {}
    for hit in find(unit.text, options.pattern, width=options.width, first_line=unit.first_line):
        at = bisect.bisect_right(starts, hit.line - unit.first_line + 1) - 1
        if found:
            hits.setdefault(found[max(at, 0)].index, []).append(hit)
    items = [
        Item(article.index, article.title, date, fp, tuple(hits.get(article.index, ())))
        for article, date, fp in scoped(config, unit, found)
    ]
    return Articles(items, len(found))
