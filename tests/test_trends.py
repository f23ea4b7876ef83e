"""Trends: periods, tallies, shares and rising items on plain data; then `newsx trends`
on a corpus of sample articles copied under dated file names (two years, repeated people)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import warnings
from pathlib import Path

import pytest

from newsx.analysis.trends import (
    Counted,
    Tally,
    TrendError,
    TrendRow,
    draw_trends,
    event_kind,
    period,
    period_range,
    period_start,
    rising,
    top_items,
    trend_rows,
)

from conftest import SAMPLES, SEED, run_newsx

HEFEI = SAMPLES / "001_hefei_inspection.txt"
FOSHAN = SAMPLES / "004_foshan_reception.txt"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed (5月30日 and 5月31日: 孙建功 in both articles) in May 2023 and May 2024,
    the Hefei tour (7月18日: 罗振东) in July 2023 and July 2024, and one file whose
    date has no year anywhere (5月16日, no date in its name)."""
    folder = tmp_path_factory.mktemp("archive")
    for source, name in (
        (SEED, "2023-05-30_zhengdong.txt"),
        (HEFEI, "2023-07-18_hefei.txt"),
        (SEED, "2024-05-30_zhengdong.txt"),
        (HEFEI, "2024-07-18_hefei.txt"),
        (FOSHAN, "foshan.txt"),
    ):
        shutil.copy(source, folder / name)
    return folder


def rows(stdout: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(stdout), delimiter="\t"))


def table(stdout: str) -> dict[tuple[str, str], tuple[float, float]]:
    return {(r["period"], r["item"]): (float(r["count"]), float(r["share"])) for r in rows(stdout)}


# -- periods ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("iso", "by", "label"),
    [
        ("2023-05-30", "day", "2023-05-30"),
        ("2023-05-30", "week", "2023-W22"),  # Tuesday of ISO week 22
        ("2023-05-28", "week", "2023-W21"),  # a Sunday ends its week
        ("2024-12-30", "week", "2025-W01"),  # ISO weeks belong to the year of their Thursday
        ("2023-05-30", "month", "2023-05"),
    ],
)
def test_period_labels(iso: str, by: str, label: str) -> None:
    assert period(iso, by) == label
    assert period_start(label) <= dt.date.fromisoformat(iso)


def test_period_ranges_fill_the_gaps() -> None:
    assert period_range("2023-11", "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert period_range("2023-W52", "2024-W02") == ["2023-W52", "2024-W01", "2024-W02"]
    assert period_range("2024-02-28", "2024-03-01") == ["2024-02-28", "2024-02-29", "2024-03-01"]
    with pytest.raises(ValueError):
        period("2023-05-30", "year")


def test_event_kinds() -> None:
    assert [event_kind(e) for e in ("云签约", "集中签约", "签约", "集中开工", "")] == [
        "签约",
        "签约",
        "签约",
        "开工",
        "(no event)",
    ]


# -- tallies and shares ----------------------------------------------------------------
def small_tally() -> Tally:
    tally = Tally()
    tally.add("2023-01", Counted({"港口": 2, "物流": 1}, 10))
    tally.add("2023-01", Counted({"港口": 1}, 5))
    tally.add("2023-02", Counted({"物流": 4, "算力": 1}, 20))
    return tally


def test_shares_divide_by_everything_counted_in_the_period() -> None:
    tally = small_tally()
    assert tally.periods == ["2023-01", "2023-02"]
    assert tally.articles == {"2023-01": 2, "2023-02": 1}
    assert top_items(tally, 2) == ["物流", "港口"]  # 5 and 3 over the whole range
    assert trend_rows(tally, ["物流", "港口"]) == [
        TrendRow("2023-01", "物流", 1, 1 / 15),
        TrendRow("2023-01", "港口", 3, 3 / 15),
        TrendRow("2023-02", "物流", 4, 4 / 20),
        TrendRow("2023-02", "港口", 0, 0.0),  # zeros are rows too: the series is complete
    ]


def test_tallies_add_up() -> None:
    one, two = small_tally(), small_tally()
    one += two
    assert one.totals == {"2023-01": 30, "2023-02": 40}
    assert one.overall() == {"港口": 6, "物流": 10, "算力": 2}


# -- rising ----------------------------------------------------------------------------
def test_rising_finds_the_word_whose_share_grew() -> None:
    tally = Tally()
    for month in ("2023-01", "2023-02", "2023-03"):
        tally.add(month, Counted({"发展": 100, "港口": 10, "其他": 890}, 1000))
    tally.add("2023-04", Counted({"发展": 100, "港口": 40, "新词": 2, "其他": 858}, 1000))
    found = rising(tally, top=5)
    assert [r.item for r in found] == ["港口", "新词"]  # 发展 kept its share: not rising
    port = found[0]
    assert port.last_share == pytest.approx(0.04)
    assert port.archive_share == pytest.approx(70 / 4000)
    assert port.score > 2 > found[1].score > 0  # a word seen twice does not outrank it


def test_rising_needs_two_periods() -> None:
    tally = Tally()
    tally.add("2023-04", Counted({"港口": 1}, 1))
    with pytest.raises(TrendError, match="--by week"):
        rising(tally)


# -- the chart -------------------------------------------------------------------------
def _pixels(text: str, family: str) -> bytes:
    """The text drawn alone, as raw RGBA."""
    from newsx.analysis.charts import canvas

    with canvas(1.6, 0.5) as fig:
        fig.text(0.05, 0.3, text, family=family, fontsize=18)
        fig.canvas.draw()
        return bytes(fig.canvas.buffer_rgba())


def test_chinese_renders_with_the_bundled_font_not_as_boxes() -> None:
    from newsx.analysis.charts import chinese_font

    ours = chinese_font()
    # Real glyphs differ from word to word; missing ones are all the same box.
    assert _pixels("孙建功", ours) != _pixels("郑东新", ours)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Glyph … missing from font(s) DejaVu Sans"
        assert _pixels("孙建功", "DejaVu Sans") == _pixels("郑东新", "DejaVu Sans")
    blank = _pixels("", ours)
    assert _pixels("孙建功", ours) != blank


def test_the_chart_draws_every_label_with_a_glyph(tmp_path: Path) -> None:
    from PIL import Image

    trend = [
        TrendRow(label, item, count, count / 10)
        for label, counts in (("2023-05", (3, 1)), ("2023-07", (0, 4)))
        for item, count in zip(("孙建功", "郑东新区"), counts, strict=True)
    ]
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph")  # a box would warn
        picture = draw_trends(trend, title="官员 per month", ylabel="articles")
        svg = draw_trends(trend, value="share", fmt="svg")
    (tmp_path / "t.png").write_bytes(picture)
    with Image.open(tmp_path / "t.png") as image:
        assert image.size[0] >= 1200 and image.size[1] >= 600
        assert len(image.getcolors(1 << 24) or ()) > 50  # lines, text, antialiasing
    assert svg.startswith(b"<?xml") and b"<path" in svg


# -- newsx trends ----------------------------------------------------------------------
def test_officials_per_month(corpus: Path) -> None:
    result = run_newsx("trends", corpus, "--of", "officials", "--top", "20")
    assert result.code == 0, result.stderr
    found = table(result.stdout)
    # 孙建功 is in both articles of the seed: 2 articles of 2 in each May.
    assert found[("2023-05", "孙建功")] == (2, 1.0)
    assert found[("2024-05", "孙建功")] == (2, 1.0)
    assert found[("2023-07", "孙建功")] == (0, 0.0)
    assert found[("2023-07", "罗振东")] == found[("2024-07", "罗振东")] == (1, 1.0)
    assert sorted({p for p, _ in found}) == ["2023-05", "2023-07", "2024-05", "2024-07"]
    # the file without a year is left out, with one warning that says what to do
    warning = [line for line in result.stderr.splitlines() if "no known date" in line]
    assert len(warning) == 1 and "1 article" in warning[0] and "--year" in warning[0]
    with_year = run_newsx("trends", corpus, "--of", "officials", "--year", "2023", "-q")
    assert "2023-05" in with_year.stdout and with_year.stderr == ""
    assert {r["period"] for r in rows(with_year.stdout)} == {
        "2023-05",
        "2023-07",
        "2024-05",
        "2024-07",
    }  # foshan (5月16日) joins May 2023


def test_mentions_agree_with_newsx_officials(corpus: Path) -> None:
    trend = table(
        run_newsx("trends", corpus, "--of", "officials", "--count", "mentions", "-n", "50").stdout
    )
    listed = json.loads(run_newsx("officials", corpus, "--json", "-q").stdout)
    expected: dict[tuple[str, str], int] = {}
    totals: dict[str, int] = {}
    for row in listed:
        if not row["file"].endswith("foshan.txt"):
            month = Path(row["file"]).name[:7]
            expected[(month, row["name"])] = expected.get((month, row["name"]), 0) + row["mentions"]
            totals[month] = totals.get(month, 0) + row["mentions"]
    for key, mentions in expected.items():
        assert trend[key][0] == mentions
        assert trend[key][1] == pytest.approx(mentions / totals[key[0]], rel=1e-5)


def test_keywords_per_week_and_projects_per_month(corpus: Path) -> None:
    words = table(run_newsx("trends", corpus, "--by", "week", "--top", "5", "-q").stdout)
    weeks = sorted({p for p, _ in words})
    assert weeks == ["2023-W22", "2023-W29", "2024-W22", "2024-W29"]
    assert words[("2023-W22", "郑东新区")] == words[("2024-W22", "郑东新区")]
    assert words[("2023-W22", "郑东新区")][0] > 5 and words[("2023-W29", "郑东新区")][0] == 0
    projects = table(run_newsx("trends", corpus, "--of", "projects", "-q").stdout)
    assert projects[("2023-05", "签约")] == (20, 1.0)  # 等20个项目 (云签约)
    assert projects[("2023-07", "签约")] == (0, 0.0)
    money = table(run_newsx("trends", corpus, "--of", "projects", "--count", "yuan", "-q").stdout)
    assert money[("2024-05", "签约")] == (6_400_000_000, 1.0)  # 总投资超64亿元


def test_rising_and_the_chart(corpus: Path, tmp_path: Path) -> None:
    found = rows(run_newsx("trends", corpus, "--of", "officials", "--rising", "-q").stdout)
    assert list(found[0]) == ["item", "last_share", "archive_share", "score"]
    assert found[0]["item"] == "罗振东"  # in the last month, and in 2 of 6 dated articles
    assert float(found[0]["last_share"]) == 1.0
    assert float(found[0]["archive_share"]) == pytest.approx(2 / 6)
    chart = tmp_path / "trends.png"
    result = run_newsx("trends", corpus, "--of", "officials", "-o", chart, "-q")
    assert result.code == 0 and result.stdout == ""
    assert chart.read_bytes().startswith(b"\x89PNG") and chart.stat().st_size > 20_000


def test_usage_errors(corpus: Path) -> None:
    wrong = run_newsx("trends", corpus, "--of", "officials", "--count", "yuan")
    assert wrong.code == 2 and "use articles or mentions" in wrong.stderr
    one_month = run_newsx("trends", corpus, "--rising", "--since", "2024-07")
    assert one_month.code == 2 and "one period (2024-07)" in one_month.stderr
