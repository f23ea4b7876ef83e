"""Counts over time: words, officials or projects per day, week or month.

Each dated article adds its counts to its period (:class:`Tally`); a period's
*share* of an item is its count divided by everything counted in that period —
all words, all mentions of officials, all projects, all yuan, or, when articles
are counted, the period's articles (so 0.25 means "in a quarter of the month's
articles"). Periods are labelled ``2023-05-30`` (day), ``2023-W22`` (ISO week,
Monday to Sunday) or ``2023-05`` (month); the labels sort in time order.

:func:`rising` finds the items whose share grew most in the last period, with the
archive as its own baseline: the log-odds ratio of the item in the last period
against the periods before it, smoothed by an informative Dirichlet prior drawn
from the whole archive, divided by its standard error (Monroe, Colaresi & Quinn
2008, "Fightin' Words", eq. 16–22). The prior adds to both sides as many
pseudo-counts as the last period holds, spread at archive rates, so a word seen
twice does not outrank one seen two hundred times. A score above 2 is a clear rise.

:func:`draw_trends` draws the table as a line chart (PNG or SVG) whose Chinese
labels render with the bundled font (see :mod:`newsx.analysis.charts`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from newsx.analysis.errors import NewsxError

PERIODS = ("day", "week", "month")
Number = int | float
NO_EVENT = "(no event)"
# Variants of one event kind: 云签约 and 集中签约 are signings, 集中开工 a start…
_EVENT_PREFIX = re.compile(r"^(?:云|集中|现场)")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


class TrendError(NewsxError, ValueError):
    """A trend that cannot be computed as asked; the message says why and what to do."""


# -- periods ---------------------------------------------------------------------------
def period(iso: str, by: str = "month") -> str:
    """The label of the day, ISO week or month that holds the date `iso` (2023-05-30)."""
    day = dt.date.fromisoformat(iso)
    if by == "day":
        return day.isoformat()
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{day.year}-{day.month:02d}"
    raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")


def period_start(label: str) -> dt.date:
    """The first day of a period from its label: 2023-05-30, 2023-W22 or 2023-05."""
    week = _WEEK.match(label)
    if week:
        return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
    if len(label) == 7:
        return dt.date.fromisoformat(label + "-01")
    return dt.date.fromisoformat(label)


def period_range(first: str, last: str) -> list[str]:
    """Every period label from `first` to `last`, both included (same kind of period)."""
    start, end = period_start(first), period_start(last)
    if len(first) == 7:  # months
        months = range(start.year * 12 + start.month - 1, end.year * 12 + end.month)
        return [f"{m // 12}-{m % 12 + 1:02d}" for m in months]
    by = "week" if _WEEK.match(first) else "day"
    step = dt.timedelta(days=7 if by == "week" else 1)
    days = (end - start) // step + 1
    return [period((start + i * step).isoformat(), by) for i in range(days)]


# -- what one article counts -----------------------------------------------------------
@dataclass(frozen=True)
class Counted:
    """One article's counts per item and what they are shares of."""

    counts: Mapping[str, Number]
    total: Number


class _WordCounts(Protocol):
    @property
    def counts(self) -> Mapping[str, int]: ...


class _Official(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def mentions(self) -> int: ...


def words_counted(counts: _WordCounts, *, articles: bool = False) -> Counted:
    """A WordCounts of one article: occurrences of each word among all words counted,
    or (articles) 1 for each word the article has, of 1 article."""
    if articles:
        return Counted(dict.fromkeys(counts.counts, 1), 1)
    return Counted(dict(counts.counts), sum(counts.counts.values()))


def officials_counted(officials: Iterable[_Official], *, articles: bool = True) -> Counted:
    """The officials of one article: 1 each of 1 article, or their mentions of all mentions."""
    if articles:
        return Counted({o.name: 1 for o in officials}, 1)
    mentions: Counter[str] = Counter()
    for official in officials:
        mentions[official.name] += official.mentions
    return Counted(dict(mentions), sum(mentions.values()))


def event_kind(event: str) -> str:
    """A project event without its manner: 云签约 and 集中签约 → 签约; "" → (no event)."""
    return _EVENT_PREFIX.sub("", event) or NO_EVENT


def projects_counted(report: Any, *, yuan: bool = False) -> Counted:
    """A ProjectReport's projects per event kind (签约, 开工, 竣工, 入驻…), or their yuan.

    Yuan: each project's own amount; what the batch total (项目总投资64亿元) leaves
    beyond the own amounts is shared equally by the projects without one. Amounts
    in other currencies are not counted.
    """
    from newsx.analysis.amounts import yuan as in_yuan

    kinds = [event_kind(p.event or report.event) for p in report.projects]
    if not yuan:
        counts = Counter(kinds)
        return Counted(dict(counts), len(kinds))
    own = [in_yuan(p.amount) if p.amount is not None else None for p in report.projects]
    total_batch = in_yuan(report.batch_total) if report.batch_total is not None else None
    known = sum(v for v in own if v is not None)
    unknown = sum(1 for v in own if v is None)
    rest = (total_batch - known) if total_batch is not None else 0
    share = rest / unknown if unknown and rest > 0 else 0
    money: dict[str, float] = {}
    for kind, value in zip(kinds, own, strict=True):
        money[kind] = money.get(kind, 0) + (value if value is not None else share)
    values = {k: round(v) for k, v in money.items() if v}  # shares of a batch: whole yuan
    return Counted(values, sum(values.values()))


def _whole(value: Number) -> Number:
    return int(value) if isinstance(value, float) and value.is_integer() else value


# -- the tally -------------------------------------------------------------------------
@dataclass
class Tally:
    """Counts per period and item, with each period's total; `+=` merges two."""

    counts: dict[str, dict[str, Number]] = field(default_factory=dict)
    totals: dict[str, Number] = field(default_factory=dict)
    articles: Counter[str] = field(default_factory=Counter)  # dated articles per period

    def add(self, label: str, counted: Counted) -> None:
        _add(self.counts.setdefault(label, {}), counted.counts)
        _add(self.totals, {label: counted.total})
        self.articles[label] += 1

    def __iadd__(self, other: Tally) -> Tally:
        for label, counts in other.counts.items():
            _add(self.counts.setdefault(label, {}), counts)
        _add(self.totals, other.totals)
        self.articles.update(other.articles)
        return self

    @property
    def periods(self) -> list[str]:
        """The periods with at least one dated article, in time order."""
        return sorted(self.articles)

    def overall(self) -> dict[str, Number]:
        """Each item's count over the whole range, in order of first appearance."""
        everything: dict[str, Number] = {}
        for counts in self.counts.values():
            _add(everything, counts)
        return everything


def _add(into: dict[str, Number], counts: Mapping[str, Number]) -> None:
    for key, value in counts.items():
        into[key] = into.get(key, 0) + value


def top_items(tally: Tally, n: int) -> list[str]:
    """The n items with the largest count over the whole range (ties: first seen first)."""
    if n < 1:
        raise ValueError("n must be 1 or more")
    best = sorted(tally.overall().items(), key=lambda pair: -pair[1])
    return [item for item, count in best[:n] if count > 0]


@dataclass(frozen=True)
class TrendRow:
    period: str
    item: str
    count: Number
    share: float  # count / everything counted in the period


def trend_rows(tally: Tally, items: Sequence[str]) -> list[TrendRow]:
    """One row per period (with any dated article) and item, zeros included, in time order."""
    rows = []
    for label in tally.periods:
        counts = tally.counts.get(label, {})
        total = tally.totals.get(label, 0)
        for item in items:
            count = _whole(counts.get(item, 0))
            rows.append(TrendRow(label, item, count, count / total if total else 0.0))
    return rows


# -- rising ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Rising:
    item: str
    last_share: float  # share in the last period
    archive_share: float  # share over all periods, the last one included
    score: float  # z-score of the log-odds ratio, last period against the ones before


def rising(tally: Tally, *, top: int = 20) -> list[Rising]:
    """The items whose share grew most in the last period (see the module's notes)."""
    periods = tally.periods
    if len(periods) < 2:
        raise TrendError(
            "--rising compares the last period with earlier ones, but all dated articles "
            f"fall in one period ({periods[0] if periods else 'none'}); use a shorter "
            "period (--by week or --by day) or add older articles"
        )
    last = periods[-1]
    in_last = tally.counts.get(last, {})
    n_last = tally.totals.get(last, 0)
    everything = tally.overall()
    n_all = sum(tally.totals.values())
    n_before = n_all - n_last
    if n_last <= 0 or n_before <= 0:
        raise TrendError(f"nothing was counted in the last period ({last}) or before it")
    prior = n_last  # pseudo-counts the archive adds to each side
    found = []
    for item, y_last in in_last.items():
        if y_last <= 0:
            continue
        y_all = everything.get(item, 0)
        y_before = y_all - y_last
        archive = y_all / n_all
        a = prior * archive
        odds_last = (y_last + a) / max(n_last + prior - y_last - a, 1e-9)
        odds_before = (y_before + a) / max(n_before + prior - y_before - a, 1e-9)
        delta = math.log(odds_last) - math.log(odds_before)
        score = delta / math.sqrt(1 / (y_last + a) + 1 / (y_before + a))
        if score > 0:
            found.append(Rising(item, y_last / n_last, archive, score))
    found.sort(key=lambda r: (-r.score, -r.last_share))  # ties: first seen first
    return found[:top]


# -- the chart -------------------------------------------------------------------------
def draw_trends(
    rows: Sequence[TrendRow],
    *,
    value: str = "count",
    title: str = "",
    ylabel: str = "",
    fmt: str = "png",
) -> bytes:
    """A line chart of the rows' counts (or shares) over time, one line per item."""
    if value not in ("count", "share"):
        raise ValueError("value must be 'count' or 'share'")
    if not rows:
        raise TrendError("nothing to draw: no dated article counted any item")
    from newsx.analysis.charts import canvas, render

    items = list(dict.fromkeys(r.item for r in rows))
    present = sorted({r.period for r in rows})
    labels = period_range(present[0], present[-1])
    x = {label: period_start(label) for label in labels}
    # A period without articles has no count, not a zero one: the line breaks there.
    series: dict[str, list[float]] = {item: [math.nan] * len(labels) for item in items}
    position = {label: i for i, label in enumerate(labels)}
    for row in rows:
        series[row.item][position[row.period]] = getattr(row, value)
    colours = _colours(len(items))
    legend_rows = max(1, math.ceil(len(items) / 2)) if len(items) > 12 else len(items)
    with canvas(10, max(4.8, 0.24 * legend_rows + 1.5)) as fig:
        ax = fig.add_subplot()
        days = [x[label] for label in labels]
        for colour, item in zip(colours, items, strict=False):
            values = series[item]
            seen = [(day, v) for day, v in zip(days, values, strict=True) if not math.isnan(v)]
            if len(seen) < len(values):  # a faint dashed line bridges periods without articles
                ax.plot(*zip(*seen, strict=True), linestyle=(0, (2, 3)), linewidth=1, color=colour)
            ax.plot(days, values, marker="o", markersize=4, linewidth=1.8, color=colour, label=item)
        _date_ticks(ax, labels, x)
        ax.set_ylim(bottom=0)
        if value == "share":
            from matplotlib.ticker import PercentFormatter

            ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=1))
        else:
            from matplotlib.ticker import MaxNLocator

            ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # no 0.25 of an article
        ax.set_ylabel(ylabel)
        ax.set_title(title, loc="left")
        ax.grid(True, axis="y", alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            frameon=False,
            ncols=1 if len(items) <= 12 else 2,
            fontsize=10,
        )
        picture: bytes = render(fig, fmt)
    return picture


def _colours(n: int) -> list[Any]:
    from matplotlib import colormaps

    name = "tab10" if n <= 10 else "tab20"
    table = colormaps[name].colors  # type: ignore[attr-defined]
    return [table[i % len(table)] for i in range(n)]


def _date_ticks(ax: Any, labels: Sequence[str], x: Mapping[str, dt.date]) -> None:
    """Ticks labelled with the period labels; thinned so they never overlap."""
    step = max(1, math.ceil(len(labels) / 16))
    shown = list(labels[::step])
    if shown[-1] != labels[-1]:  # the last period is the one readers look for
        if len(labels) - 1 - labels.index(shown[-1]) < step / 2:
            shown[-1] = labels[-1]  # too close to the last tick: move that tick
        else:
            shown.append(labels[-1])
    ax.set_xticks([x[label] for label in shown], shown)
    for tick in ax.get_xticklabels():
        tick.set_rotation(45 if len(shown) > 6 else 0)
        tick.set_horizontalalignment("right" if len(shown) > 6 else "center")
    if len(labels) == 1:
        only = x[labels[0]]
        ax.set_xlim(only - dt.timedelta(days=15), only + dt.timedelta(days=15))
