"""The date of an article: from its text, else from its file name, else from --year.

Local news dates its event in the lead (本报讯 5月31日上午, 6月19日上午) and
usually leaves the year out; scraped archives put the publication date in the
file name (2023-05-30.txt, 20230530_xxx.txt, 2023/05/…). `article_date` takes
the first date written in the article and completes it:

- a date written with its year (2023年5月30日, 二〇二三年五月三十日, 2023-05-30,
  2023.5.30) is used as is: source "text";
- a date without a year (5月30日) takes the year from the file name (source
  "filename"): when the file name has a full date, the year that puts the day
  nearest that date (a paper of 2024-01-03 reporting 12月30日 means 2023-12-30);
  else the year of the event the headline names (2023年某区重点项目集中开工仪式举行,
  source "title"); else the year given as `year` (source "option"); else it stays
  without a year (iso None, source "text");
- an article with no date in its text takes the file name's full date (source
  "filename"), else it has none (source "none").

`date_range` parses --since / --until values (2023, 2023-05, 2023-05-01) into a
`DateRange` that tells whether an article's date falls inside it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

SOURCES = ("text", "filename", "option", "none")

_FULLWIDTH = re.compile("[０-９－／．]+")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0}
_CN_YEAR = "[〇零○Ｏ一二三四五六七八九]{4}"
_CN_MONTH_DAY = "(?:三十一|三十|[二]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_NOT_CN_NUMBER = "(?<![〇零○一二三四五六七八九十])"

# Dates as written in article text, longest forms first, each with groups yN, mN, dN.
_TEXT_DATE_FORMS = (
    rf"(?P<y0>{_CN_YEAR})年(?P<m0>{_CN_MONTH_DAY})月(?P<d0>{_CN_MONTH_DAY})[日号]",
    r"(?<!\d)(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[日号]",
    r"(?<![\d.])(?P<y2>(?:19|20)\d\d)(?P<s2>[-/.])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2})(?!\d)",
    rf"{_NOT_CN_NUMBER}(?P<m3>{_CN_MONTH_DAY})月(?P<d3>{_CN_MONTH_DAY})[日号]",
    r"(?<![\d年])(?P<m4>\d{1,2})\s*月\s*(?P<d4>\d{1,2})\s*[日号]",
)


@functools.cache
def _text_date() -> re.Pattern[str]:
    """All forms in one pattern, compiled on first use (it costs ~5 ms: not at start-up).

    The lookahead fails fast on the characters that cannot start a date (most of them).
    """
    forms = "|".join(f"(?:{form})" for form in _TEXT_DATE_FORMS)
    return re.compile(f"(?=[0-9〇零○Ｏ一二三四五六七八九十])(?:{forms})", re.ASCII)


# Dates in file names and paths: a full date, or a year and month, or a year.
_NOT_ALNUM_BEFORE = "(?<![0-9A-Za-z])"
_FILE_FULL = (
    re.compile(
        _NOT_ALNUM_BEFORE + r"(?P<y>(?:19|20)\d\d)[-_./\\年](?P<m>\d{1,2})[-_./\\月](?P<d>\d{1,2})"
        r"日?(?!\d)"
    ),
    re.compile(_NOT_ALNUM_BEFORE + r"(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)(?!\d)"),
)
_FILE_YEAR = re.compile(_NOT_ALNUM_BEFORE + r"(?P<y>(?:19|20)\d\d)(?![0-9A-Za-z])")
_FILE_YEAR_MONTH = re.compile(
    _NOT_ALNUM_BEFORE + r"(?P<y>(?:19|20)\d\d)(?:[-_./\\年](?P<m>\d{1,2})|(?P<m2>\d\d))(?!\d)"
)

_MIN_YEAR, _MAX_YEAR = 1900, 2099


class DateError(ValueError):
    """A --since / --until value that is not a date; the message shows the accepted forms."""


@dataclass(frozen=True)
class ArticleDate:
    """An article's date: as written, as ISO 8601 (None if incomplete), and its source.

    `source` says where the date, or the part the text lacked (its year), came
    from: "text" (the article itself), "filename", "title" (the year of the event its
    headline names), "option" (--year) or "none".
    """

    text: str
    iso: str | None
    source: str

    @property
    def date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.iso) if self.iso else None


NO_DATE = ArticleDate("", None, "none")

# A headline naming its event's year (2023年某区重点项目集中开工仪式举行) dates a lead's
# 2月8日: over the blind sets, 53 articles so dated, all in the year their pages give. Not
# a year in brackets (a series' tag: （某区2021年重点建设项目）), nor two years, nor a
# headline without an event (2023年工作回顾, written the next spring), nor a date in
# November or December, when next year's batch is often started (2018年…项目集中开工 on
# 2017-12-28): without the first and the last, 2 of 51 came out a year off.
_HEADLINE_EVENT = re.compile(
    r"((?:19|20)\d\d)年[^，,。]{0,40}?(?:集中|开工|签约|竣工|投产|落地|开幕|举行|启动|奠基|动工)"
)
_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")
_FIRST_LINE = re.compile(r"\s*([^\n]*)")
_HEADLINE_MAX = 60  # a longer first line is a lead, not a headline
_LAST_TITLED_MONTH = 10


def _headline_year(text: str) -> int | None:
    first = _FIRST_LINE.match(text)  # (not split: the rest of a long text is not copied)
    line = first.group(1).strip() if first else ""
    head = _BRACKETED.sub("", line)
    if len(line) > _HEADLINE_MAX or len(set(re.findall(r"(?:19|20)\d\d(?=年)", head))) != 1:
        return None
    event = _HEADLINE_EVENT.search(head)
    return int(event.group(1)) if event else None


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class WrittenDate:
    """A date as found in a text or file name; the year, month or day may be missing."""

    text: str  # as written
    year: int | None
    month: int
    day: int | None


def article_date(
    article: str | _HasText, *, file_name: str | None = None, year: int | None = None
) -> ArticleDate:
    """The date of one article (its text, or an `Article`), completed as the module says."""
    text = article if isinstance(article, str) else article.text
    if year is not None and not _MIN_YEAR <= year <= _MAX_YEAR:
        raise ValueError(f"year {year} is out of range ({_MIN_YEAR}–{_MAX_YEAR})")
    written = first_text_date(text)
    in_name = file_name_date(file_name) if file_name else None
    if written is not None and written.year is not None:
        return ArticleDate(written.text, _iso(written.year, written.month, written.day), "text")
    if written is not None:
        assert written.day is not None
        if in_name is not None and in_name.day is not None:
            assert in_name.year is not None
            near = _nearest_year(written.month, written.day, _day(in_name))
            return ArticleDate(written.text, _iso(near, written.month, written.day), "filename")
        if in_name is not None and in_name.year is not None:
            return ArticleDate(
                written.text, _iso(in_name.year, written.month, written.day), "filename"
            )
        titled = _headline_year(text) if written.month <= _LAST_TITLED_MONTH else None
        if titled is not None:
            return ArticleDate(written.text, _iso(titled, written.month, written.day), "title")
        if year is not None:
            return ArticleDate(written.text, _iso(year, written.month, written.day), "option")
        return ArticleDate(written.text, None, "text")
    if in_name is not None and in_name.day is not None:
        return ArticleDate(in_name.text, _day(in_name).isoformat(), "filename")
    return NO_DATE


def first_text_date(text: str) -> WrittenDate | None:
    """The first valid day-level date written in `text` (year optional)."""
    return next(_text_dates(text), None)


def _text_dates(text: str) -> Iterator[WrittenDate]:
    # same length: spans still index `text`; only the runs are translated (translating
    # a whole text is slow)
    plain = _FULLWIDTH.sub(lambda run: run.group().translate(_FULLWIDTH_DIGITS), text)
    for match in _text_date().finditer(plain):
        groups = match.groupdict()
        form = next(i for i in range(len(_TEXT_DATE_FORMS)) if groups.get(f"m{i}"))
        written_year = groups.get(f"y{form}")
        year = _number(written_year) if written_year else None
        month, day = _number(groups[f"m{form}"]), _number(groups[f"d{form}"])
        if _valid(year, month, day):
            yield WrittenDate(text[match.start() : match.end()], year, month, day)


def file_name_date(name: str) -> WrittenDate | None:
    """The date a file name or path gives: a full date, else a year (and month), else None.

    `month` is 0 and `day` None when the name gives only a year.
    """
    name = name.translate(_FULLWIDTH_DIGITS)
    base = re.split(r"[/\\]", name)[-1]
    for where in (base, name):
        for pattern in _FILE_FULL:
            for match in pattern.finditer(where):
                y, m, d = (int(match.group(g)) for g in "ymd")
                if _valid(y, m, d):
                    return WrittenDate(match.group(), y, m, d)
    for match in _FILE_YEAR_MONTH.finditer(name):
        m = int(match.group("m") or match.group("m2"))
        if 1 <= m <= 12:
            y = int(match.group("y"))
            return WrittenDate(match.group(), y, m, None)
    for match in _FILE_YEAR.finditer(name):
        return WrittenDate(match.group(), int(match.group("y")), 0, None)
    return None


def _number(written: str) -> int:
    if written.isdigit() and written.isascii():
        return int(written)
    if len(written) == 4 and "十" not in written:  # a year written digit by digit
        return int("".join(str(_CN_DIGIT[c]) for c in written))
    tens, ten, units = written.partition("十")
    if not ten:
        return _CN_DIGIT[written]
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[units] if units else 0)


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if year is not None and not _MIN_YEAR <= year <= _MAX_YEAR:
        return False
    try:
        dt.date(year or 2000, month, day or 1)  # 2000: a leap year, so 2月29日 passes
    except ValueError:
        return False
    return True


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        return dt.date(year, month, day or 1).isoformat()
    except ValueError:  # 2月29日 in a year that has none
        return None


def _day(found: WrittenDate) -> dt.date:
    assert found.year is not None and found.day is not None
    return dt.date(found.year, found.month, found.day)


def _nearest_year(month: int, day: int, near: dt.date) -> int:
    """The year that puts month/day nearest to `near` (the file's date)."""
    best = near.year
    best_gap: int | None = None
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            gap = abs((dt.date(year, month, day) - near).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


# -- --since / --until ---------------------------------------------------------------
_BOUND = re.compile(
    r"^(?P<y>\d{4})(?:(?:[-/.]|年)?(?P<m>\d{1,2})(?:(?:[-/.]|月)?(?P<d>\d{1,2})日?|月)?|年)?$"
)


@dataclass(frozen=True)
class DateRange:
    """Days from `since` to `until`, both included; None leaves that side open."""

    since: dt.date | None = None
    until: dt.date | None = None

    @property
    def is_open(self) -> bool:
        return self.since is None and self.until is None

    def __contains__(self, value: object) -> bool:
        """True when the date is inside; an undated article is never inside a limited range."""
        day: dt.date | None
        if isinstance(value, ArticleDate):
            day = value.date
        elif isinstance(value, dt.date):
            day = value
        elif isinstance(value, str):
            day = dt.date.fromisoformat(value) if value else None
        elif value is None:
            day = None
        else:
            raise TypeError(f"not a date: {value!r}")
        if day is None:
            return self.is_open
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )


def parse_bound(value: str, *, end: bool = False) -> dt.date:
    """A --since (first day) or --until (`end=True`: last day) value as a date.

    Accepts a year (2023), a month (2023-05, 2023年5月) or a day (2023-05-01,
    2023/5/1, 20230501, 2023年5月1日).
    """
    written = value.strip().translate(_FULLWIDTH_DIGITS)
    match = _BOUND.match(written)
    if match is None:
        raise DateError(
            f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-05-01)"
        )
    year = int(match.group("y"))
    month = int(match.group("m") or (12 if end else 1))
    try:
        if match.group("d"):
            return dt.date(year, month, int(match.group("d")))
        if not end:
            return dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    except ValueError:
        raise DateError(
            f"{value!r} is not a valid date (month 1–12, a day in that month)"
        ) from None


def date_range(since: str | None = None, until: str | None = None) -> DateRange:
    """The range --since / --until give; raises DateError for a bad or reversed range."""
    start = parse_bound(since) if since else None
    stop = parse_bound(until, end=True) if until else None
    if start is not None and stop is not None and start > stop:
        raise DateError(f"--since {since} is after --until {until}")
    return DateRange(start, stop)
