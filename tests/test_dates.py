"""Article dates from text, file names and --year; --since / --until parsing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsx.analysis.articles import split_articles
from newsx.analysis.dates import (
    NO_DATE,
    ArticleDate,
    DateError,
    DateRange,
    article_date,
    date_range,
    file_name_date,
    parse_bound,
)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize(
    ("text", "written", "iso"),
    [
        ("2023年5月30日，一场无接触的招商引资项目", "2023年5月30日", "2023-05-30"),
        ("2023年05月30日上午", "2023年05月30日", "2023-05-30"),
        ("二〇二三年五月三十日", "二〇二三年五月三十日", "2023-05-30"),
        ("二〇二三年十二月三十一日", "二〇二三年十二月三十一日", "2023-12-31"),
        ("发布时间：2023-05-30 10:22 来源：郑州日报", "2023-05-30", "2023-05-30"),
        ("2023/5/30 郑州", "2023/5/30", "2023-05-30"),
        ("（2023.5.30）会议", "2023.5.30", "2023-05-30"),
        ("２０２３年５月３０日", "２０２３年５月３０日", "2023-05-30"),
    ],
)
def test_dates_written_with_their_year(text: str, written: str, iso: str) -> None:
    assert article_date(text) == ArticleDate(written, iso, "text")
    # the text's own year wins over the file name's and the option's
    assert article_date(text, file_name="2019-01-01.txt", year=2020).iso == iso


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("本报讯 5月31日上午，郑东新区党工委书记孙建功", "5月31日"),
        ("5月30日，一场无接触的招商引资项目", "5月30日"),
        ("十二月三日下午", "十二月三日"),
        ("截至6月19号，全市", "6月19号"),
    ],
)
def test_dates_without_a_year_take_it_from_elsewhere(text: str, written: str) -> None:
    alone = article_date(text)
    assert alone == ArticleDate(written, None, "text")
    with_option = article_date(text, year=2022)
    assert with_option.source == "option" and with_option.iso is not None
    assert with_option.iso.startswith("2022-")
    from_folder = article_date(text, file_name="archive/2021/05/a.txt", year=2022)
    assert from_folder.source == "filename" and from_folder.iso is not None
    assert from_folder.iso.startswith("2021-")


def test_first_valid_date_wins() -> None:
    assert article_date("5月30日签约，6月1日开工").text == "5月30日"
    assert article_date("2月30日（笔误），3月1日").text == "3月1日"  # not a real day: skipped
    assert article_date("增长64.5%，完成1983.6亿元").source == "none"  # decimals are not dates
    assert article_date("1—5月，全市重大项目") == NO_DATE  # a month is not a day
    assert article_date("٢٠٢٣年5月30日").iso is None  # other scripts' digits: no crash


def test_year_from_a_full_file_date_is_the_nearest() -> None:
    # A paper of 3 January reporting 30 December reports last year's.
    late = article_date("12月30日，全市", file_name="2024-01-03.txt")
    assert late == ArticleDate("12月30日", "2023-12-30", "filename")
    assert article_date("1月2日", file_name="20231231_a.txt").iso == "2024-01-02"
    assert article_date("5月30日", file_name="2023-05-31.txt").iso == "2023-05-30"


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("2023-05-30.txt", "2023-05-30"),
        ("20230530_xxx.txt", "2023-05-30"),
        ("news/2023/05/30.txt", "2023-05-30"),
        ("郑州日报_2023_05_30.txt", "2023-05-30"),
        ("2023年5月30日郑东新区.txt", "2023-05-30"),
        ("C:\\news\\2023-05-30\\a.txt", "2023-05-30"),
    ],
)
def test_file_name_gives_the_date_when_the_text_has_none(name: str, iso: str) -> None:
    got = article_date("没有日期的一段话。", file_name=name)
    assert got.iso == iso and got.source == "filename"
    assert got.text in name


@pytest.mark.parametrize(
    "name", ["000_0429a0f6955e58f0.txt", "a20230530.txt", "20231340.txt", "report_12345678.txt"]
)
def test_file_names_without_a_date(name: str) -> None:
    assert article_date("没有日期。", file_name=name) == NO_DATE
    found = file_name_date(name)
    assert found is None or found.day is None


def test_year_only_paths_give_a_year_not_a_day() -> None:
    found = file_name_date("news/2023/05/xx.txt")
    assert found is not None and (found.year, found.month, found.day) == (2023, 5, None)
    assert article_date("没有日期。", file_name="news/2023/05/xx.txt") == NO_DATE


def test_leap_day_without_a_leap_year() -> None:
    assert article_date("2月29日", year=2024).iso == "2024-02-29"
    assert article_date("2月29日", year=2023).iso is None


def test_year_option_out_of_range() -> None:
    with pytest.raises(ValueError, match="out of range"):
        article_date("5月30日", year=23)


def test_articles_of_the_samples() -> None:
    seed = (SAMPLES / "000_0429a0f6955e58f0.txt").read_text(encoding="utf-8")
    first, second = split_articles(seed)
    name = "2023-06-01/000.txt"
    assert article_date(first, file_name=name) == ArticleDate("5月30日", "2023-05-30", "filename")
    assert article_date(second, file_name=name) == ArticleDate("5月31日", "2023-05-31", "filename")
    chengdu = split_articles((SAMPLES / "002_chengdu_standing_meeting.txt").read_text("utf-8"))
    assert article_date(chengdu[0]) == ArticleDate("2023年9月4日", "2023-09-04", "text")
    # every sample article has a date as newsx articles shows it
    for path in sorted(SAMPLES.glob("*.txt")):
        for article in split_articles(path.read_text(encoding="utf-8")):
            got = article_date(article, year=2023)
            assert got.iso is not None, (path.name, article.title)
            assert got.text == article.date or article.date in got.text


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2023", "2023-01-01", "2023-12-31"),
        ("2023-05", "2023-05-01", "2023-05-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-12", "2023-12-01", "2023-12-31"),
        ("2023-05-01", "2023-05-01", "2023-05-01"),
        ("2023/5/1", "2023-05-01", "2023-05-01"),
        ("20230501", "2023-05-01", "2023-05-01"),
        ("2023年5月", "2023-05-01", "2023-05-31"),
        (" 2023年5月1日 ", "2023-05-01", "2023-05-01"),
    ],
)
def test_since_until_values(value: str, first: str, last: str) -> None:
    assert parse_bound(value).isoformat() == first
    assert parse_bound(value, end=True).isoformat() == last


@pytest.mark.parametrize("value", ["", "May 2023", "23-05-01", "2023-13", "2023-02-30", "2023-5-"])
def test_bad_since_until_values(value: str) -> None:
    with pytest.raises(DateError, match=r"YYYY|valid date"):
        parse_bound(value)


def test_date_range() -> None:
    may = date_range("2023-05", "2023-05")
    assert may == DateRange(dt.date(2023, 5, 1), dt.date(2023, 5, 31))
    assert ArticleDate("5月31日", "2023-05-31", "filename") in may
    assert ArticleDate("6月1日", "2023-06-01", "filename") not in may
    assert "2023-05-01" in may and dt.date(2023, 4, 30) not in may
    assert ArticleDate("5月31日", None, "text") not in may  # undated: outside a limited range
    assert NO_DATE in date_range()  # no limits: everything is inside
    assert ArticleDate("x", "1999-01-01", "text") in date_range(until="2000")
    with pytest.raises(DateError, match="after"):
        date_range("2024", "2023")


def test_a_headline_naming_its_event_s_year_dates_the_lead() -> None:
    head = "2023年南岭区重点产业项目集中开工仪式举行\n"
    dated = article_date(head + "2月8日，南岭区重点产业项目集中开工仪式在马坊镇举行。")
    assert dated == ArticleDate("2月8日", "2023-02-08", "title")
    # the file name's year comes first, --year after
    named = article_date(head + "2月8日，仪式举行。", file_name="2024-02-09.txt", year=2022)
    assert named.source == "filename" and named.iso == "2024-02-08"
    assert article_date(head + "2月8日，仪式举行。", year=2022).iso == "2023-02-08"
    # no event (a review written the next spring), a series' tag in brackets, two years,
    # or a date in November or December (next year's batch started early): no year
    for text in (
        "2023年南岭区工作回顾\n2月8日，区政府召开会议。",
        "8个项目签约落户南岭（南岭区2021年重点建设项目）\n3月30日，签约仪式举行。",
        "2023年南岭区2024年重点项目集中开工\n2月8日，仪式举行。",
        "2018年南岭县基础设施建设攻坚战项目举行集中开工仪式\n12月28日，仪式举行。",
    ):
        assert article_date(text).iso is None, text
