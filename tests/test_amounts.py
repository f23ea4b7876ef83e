"""Money amounts: plain strings, and properties checked with hypothesis."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsx.analysis.amounts import Amount, find_amounts, parse_amount, sentence_of, yuan

# text, value, value_max, currency, qualifier, the amount's text within `text`
CASES = [
    ("64亿元", 6_400_000_000, None, "CNY", "", "64亿元"),
    ("超64亿元", 6_400_000_000, None, "CNY", "超", "超64亿元"),
    ("总投资超过100亿元", 10_000_000_000, None, "CNY", "超过", "超过100亿元"),
    ("约1.5亿美元", 150_000_000, None, "USD", "约", "约1.5亿美元"),
    # at least and at most: 不超过 is no 超过
    ("总投资不低于2.6亿，旨在打造", 260_000_000, None, "CNY", "不低于", "不低于2.6亿"),
    ("投资不少于5亿元", 500_000_000, None, "CNY", "不低于", "不少于5亿元"),
    ("单体投资不超过5000万元", 50_000_000, None, "CNY", "不超过", "不超过5000万元"),
    ("六十四亿元", 6_400_000_000, None, "CNY", "", "六十四亿元"),
    ("一百二十亿元", 12_000_000_000, None, "CNY", "", "一百二十亿元"),
    ("两千万元", 20_000_000, None, "CNY", "", "两千万元"),
    ("三千五百万元", 35_000_000, None, "CNY", "", "三千五百万元"),
    ("一千零五十万元", 10_500_000, None, "CNY", "", "一千零五十万元"),
    ("十二亿元", 1_200_000_000, None, "CNY", "", "十二亿元"),
    # A decimal point written out: 二点五亿 is 2.5亿, not 五亿.
    ("项目协议总投资额二点五亿元", 250_000_000, None, "CNY", "", "二点五亿元"),
    ("十二点零五亿元", 1_205_000_000, None, "CNY", "", "十二点零五亿元"),
    ("零点八亿元", 80_000_000, None, "CNY", "", "零点八亿元"),
    ("3000万元", 30_000_000, None, "CNY", "", "3000万元"),
    # A total's word before and an approximation after: the amount is approximate.
    ("总投资共10亿多元人民币", 1_000_000_000, None, "CNY", "多", "共10亿多元人民币"),
    ("签约金额达100多亿元", 10_000_000_000, None, "CNY", "多", "达100多亿元"),
    ("2.3万亿元", 2_300_000_000_000, None, "CNY", "", "2.3万亿元"),
    ("5亿至8亿元", 500_000_000, 800_000_000, "CNY", "", "5亿至8亿元"),
    ("5-8亿元", 500_000_000, 800_000_000, "CNY", "", "5-8亿元"),
    ("5亿~8亿元", 500_000_000, 800_000_000, "CNY", "", "5亿~8亿元"),
    ("5000万至1亿元", 50_000_000, 100_000_000, "CNY", "", "5000万至1亿元"),
    ("5亿元至8亿元", 500_000_000, 800_000_000, "CNY", "", "5亿元至8亿元"),
    ("100多亿元", 10_000_000_000, None, "CNY", "多", "100多亿元"),
    ("1亿余元", 100_000_000, None, "CNY", "余", "1亿余元"),
    ("8600余万元", 86_000_000, None, "CNY", "余", "8600余万元"),
    ("三十多万元", 300_000, None, "CNY", "多", "三十多万元"),
    ("逾10亿元", 1_000_000_000, None, "CNY", "逾", "逾10亿元"),
    ("近3亿元", 300_000_000, None, "CNY", "近", "近3亿元"),
    ("可达1.29亿元", 129_000_000, None, "CNY", "达", "达1.29亿元"),
    ("签约金额共计612.5亿元", 61_250_000_000, None, "CNY", "共", "共计612.5亿元"),
    ("投资不到1亿元的项目", 100_000_000, None, "CNY", "不到", "不到1亿元"),
    ("超百亿元", 10_000_000_000, None, "CNY", "超", "超百亿元"),
    ("总投资逾万亿元的1400多个项目", 1_000_000_000_000, None, "CNY", "逾", "逾万亿元"),
    ("1.2亿欧元", 120_000_000, None, "EUR", "", "1.2亿欧元"),
    ("8000万港元", 80_000_000, None, "HKD", "", "8000万港元"),
    ("500万美元", 5_000_000, None, "USD", "", "500万美元"),
    ("20亿日元", 2_000_000_000, None, "JPY", "", "20亿日元"),
    ("3000万英镑", 30_000_000, None, "GBP", "", "3000万英镑"),
    ("2999.98万元", 29_999_800, None, "CNY", "", "2999.98万元"),
    ("12.89亿元", 1_289_000_000, None, "CNY", "", "12.89亿元"),
    ("1,200万元", 12_000_000, None, "CNY", "", "1,200万元"),
    ("３０００万元", 30_000_000, None, "CNY", "", "３０００万元"),
    ("１．５亿元", 150_000_000, None, "CNY", "", "１．５亿元"),
    ("人民币5亿元", 500_000_000, None, "CNY", "", "人民币5亿元"),
    ("5亿元人民币", 500_000_000, None, "CNY", "", "5亿元人民币"),
    ("US$1.5亿", 150_000_000, None, "USD", "", "US$1.5亿"),
    ("1亿2000万元", 120_000_000, None, "CNY", "", "1亿2000万元"),
    ("3.5元", 3.5, None, "CNY", "", "3.5元"),
    ("每吨500元", 500, None, "CNY", "", "500元"),
    # Spaced out, as text from a PDF or a document site is.
    ("总投资 25 亿元，", 2_500_000_000, None, "CNY", "", "25 亿元"),
    ("3000 万美元", 30_000_000, None, "USD", "", "3000 万美元"),
    ("5 亿至 8 亿元", 500_000_000, 800_000_000, "CNY", "", "5 亿至 8 亿元"),
    ("总投资 3.5 亿，", 350_000_000, None, "CNY", "", "3.5 亿"),
    # Spoken: the measure word before 亿.
    ("涉及金额40个亿，", 4_000_000_000, None, "CNY", "", "40个亿"),
    ("投资40个亿元", 4_000_000_000, None, "CNY", "", "40个亿元"),
    # (a transcript: the money word, then what it came to)
    ("总的投资达到了41个亿，其中", 4_100_000_000, None, "CNY", "", "41个亿"),
]


@pytest.mark.parametrize(("text", "value", "value_max", "currency", "qualifier", "span"), CASES)
def test_find_amounts_reads_each_form(
    text: str, value: float, value_max: float | None, currency: str, qualifier: str, span: str
) -> None:
    (amount,) = find_amounts(text)
    assert amount.text == span
    assert text[amount.start : amount.end] == span
    assert amount.value == value
    assert type(amount.value) is type(value)  # int when whole, float otherwise
    assert amount.value_max == value_max
    assert amount.currency == currency
    assert amount.qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "兴安盟开工投资亿元以上项目有45个",  # 亿元以上 with no number
        "总投资万元以上的项目",  # 万 with no number and no 亿 after it
        "同比增长15.2%",
        "年产3000万吨",
        "建筑面积12万平方米",
        "建筑面积 12 万平方米",
        "2023 年 5 月",
        "US$ 元旦",
        "实施3个亿元以上项目",  # three projects of a class, not 3亿元
        "共40个亿元项目",
        "5个亿元级项目",
        "新增就业8000余人",
        "2023年",
        "5月30日",
        "总投资数十亿元",  # no definite value
        "几千万元",
        "推动经济一元化发展",  # a lone Chinese digit before 元
        "三元里",
        "第一元素",
        "亿元",
    ],
)
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_qualifier_word_inside_another_word_is_not_a_qualifier() -> None:
    # 签约 ends in 约, 最近 in 近: neither makes the amount approximate.
    assert [a.text for a in find_amounts("签约5亿元")] == ["5亿元"]
    assert find_amounts("签约5亿元")[0].qualifier == ""
    assert find_amounts("最近3亿元")[0].qualifier == ""


def test_a_dash_that_is_punctuation_is_not_a_range() -> None:
    (amount,) = find_amounts("投资1亿元—2019年开工")
    assert (amount.text, amount.value, amount.value_max) == ("1亿元", 100_000_000, None)


def test_several_amounts_in_order_with_spans() -> None:
    text = "项目总投资超64亿元，其中一期投资约1.5亿美元，年产值可达100多亿元。"
    amounts = find_amounts(text)
    assert [a.text for a in amounts] == ["超64亿元", "约1.5亿美元", "达100多亿元"]
    assert all(text[a.start : a.end] == a.text for a in amounts)
    assert [a.start for a in amounts] == sorted(a.start for a in amounts)


def test_amounts_far_apart_in_a_long_text() -> None:
    filler = "经济社会发展稳中向好。" * 200
    text = f"{filler}投资3亿元。{filler}人民币1,234,567.89万元{filler}"
    assert [a.value for a in find_amounts(text)] == [300_000_000, 12_345_678_900]


def test_parse_amount_whole_string_only() -> None:
    amount = parse_amount(" 超64亿元 ")
    assert amount is not None
    assert (amount.value, amount.qualifier, amount.start, amount.end) == (6_400_000_000, "超", 1, 6)
    assert parse_amount("64亿元项目") is None
    assert parse_amount("45个") is None
    assert parse_amount("") is None


def test_yuan_only_for_cny() -> None:
    assert yuan(find_amounts("3亿元")[0]) == 300_000_000
    assert yuan(find_amounts("3亿美元")[0]) is None


def test_amount_is_frozen() -> None:
    amount = find_amounts("3亿元")[0]
    with pytest.raises(AttributeError):
        amount.value = 1  # type: ignore[misc,unused-ignore]


# --- properties ----------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """n in Chinese numerals, written independently of the parser (一百二十亿, 三千零五万)."""

    def four(k: int) -> str:
        out = ""
        zero = False
        for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            d, k = divmod(k, size)
            if d:
                if zero:
                    out += "零"
                out += _DIGITS[d] + unit
                zero = False
            elif out:
                zero = True
        return out

    parts: list[str] = []
    for unit, size in (("亿", 10**8), ("万", 10**4), ("", 1)):
        group, n = divmod(n, size)
        if group:
            if parts and group < 1000:
                parts.append("零")
            parts.append(four(group) + unit)
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


@settings(max_examples=300)
@given(st.integers(min_value=10, max_value=9_999_9999_9999))
def test_chinese_numerals_round_trip(n: int) -> None:
    amount = parse_amount(f"{_chinese(n)}元")
    assert amount is not None, _chinese(n)
    assert amount.value == n


_UNITS = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}
_CURRENCIES = {"元": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD", "日元": "JPY"}
_QUALIFIERS = {
    "": "",
    "超": "超",
    "超过": "超过",
    "约": "约",
    "近": "近",
    "逾": "逾",
    "不到": "不到",
}


@settings(max_examples=300)
@given(
    whole=st.integers(min_value=1, max_value=99_999),
    cents=st.integers(min_value=0, max_value=99),
    unit=st.sampled_from(sorted(_UNITS)),
    currency=st.sampled_from(sorted(_CURRENCIES)),
    qualifier=st.sampled_from(sorted(_QUALIFIERS)),
    width=st.booleans(),
)
def test_arabic_amounts_round_trip(
    whole: int, cents: int, unit: str, currency: str, qualifier: str, width: bool
) -> None:
    number = f"{whole}.{cents:02d}" if cents else str(whole)
    if width:  # full-width digits, as some pages print them
        number = number.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    written = f"{qualifier}{number}{unit}{currency}"
    text = f"据介绍，该项目总投资{written}，建成后效益可观。"
    (amount,) = find_amounts(text)
    expected = Decimal(f"{whole}.{cents:02d}") * _UNITS[unit]
    assert amount.text == written
    assert amount.value == (int(expected) if expected == int(expected) else float(expected))
    assert amount.currency == _CURRENCIES[currency]
    assert amount.qualifier == _QUALIFIERS[qualifier]


@settings(max_examples=200)
@given(
    lo=st.integers(min_value=1, max_value=500),
    step=st.integers(min_value=1, max_value=500),
    sep=st.sampled_from(["至", "-", "~", "到"]),
    unit=st.sampled_from(["万", "亿"]),
)
def test_ranges_round_trip(lo: int, step: int, sep: str, unit: str) -> None:
    hi = lo + step
    (amount,) = find_amounts(f"计划投资{lo}{sep}{hi}{unit}元。")
    assert (amount.value, amount.value_max) == (lo * _UNITS[unit], hi * _UNITS[unit])


@settings(max_examples=300)
@given(
    st.text(alphabet="超约近逾多余0123456789.,万亿元美欧港至-年个%的和一二两十百千", max_size=40)
)
def test_any_text_gives_consistent_spans(text: str) -> None:
    amounts = find_amounts(text)
    ends = [0]
    for amount in amounts:
        assert isinstance(amount, Amount)
        assert text[amount.start : amount.end] == amount.text
        assert amount.start >= ends[-1]  # in order, not overlapping
        assert amount.value > 0
        assert amount.value_max is None or amount.value_max > amount.value
        ends.append(amount.end)


def test_sentence_of_an_amount() -> None:
    text = "会议召开。\n此次签约项目总投资超64亿元，涵盖多个领域。下一步将抓好落实。"
    (amount,) = find_amounts(text)
    assert sentence_of(text, amount) == "此次签约项目总投资超64亿元，涵盖多个领域。"
    tail = "年产值约3亿元"
    assert sentence_of(tail, find_amounts(tail)[0]) == tail


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("项目总投资20亿，建成后年产值可观", "20亿", 2_000_000_000, ""),
        ("计划投资约3.5亿建设厂房", "约3.5亿", 350_000_000, "约"),
        ("达产后年产值超50亿。", "超50亿", 5_000_000_000, "超"),
        ("总投资100多亿，分三期建设", "100多亿", 10_000_000_000, "多"),
        ("总投资120.5亿！东岭区招商项目集中签约", "120.5亿", 12_050_000_000, ""),
        ("签约总额达30亿!", "达30亿", 3_000_000_000, "达"),
        ("东岭半年签约121个重大产业项目 总投资超1159亿（三）", "超1159亿", 115_900_000_000, "超"),
        # A headline may put the money before the word: 328亿投资！
        ("328亿投资！27个项目！东岭招商引资再迎大动作", "328亿", 32_800_000_000, ""),
        # the sum a signing came to, and a number spaced out after its qualifier
        ("东岭区签下5项合同项目，签约额达11.5亿，超出预期", "达11.5亿", 1_150_000_000, "达"),
        ("总建筑面积约 15.6 万平方米，总投资约 9.2 亿。", "约 9.2 亿", 920_000_000, "约"),
        # 过 after a money word is 超过 (but 投资过程 is no amount)
        ("签约17个项目，总投资过百亿。", "过百亿", 10_000_000_000, "超过"),
        # a headline that lost the space after the sum runs on into its next words
        ("东岭4个项目签约总投资约27亿产销合作", "约27亿", 2_700_000_000, "约"),
        ("东岭区投资120亿开展20个重点项目", "120亿", 12_000_000_000, ""),
        # what a firm spends on it
        ("由南岭控股有限公司斥资15亿打造的综合体", "15亿", 1_500_000_000, ""),
        # what the signed projects are worth, in a headline
        ("东岭投资推介会 现场签约项目超400亿", "超400亿", 40_000_000_000, "超"),
        # a headline that opens with the money of its project
        ("8000万项目落地东岭北京工业园区", "8000万", 80_000_000, ""),
        # a page's bar after the sum, a caption run on after it
        ("重点建设190个项目，总投资约1489.9亿|东岭城区，航拍", "约1489.9亿", 148_990_000_000, "约"),
    ],
)
def test_money_without_currency_after_a_money_word(
    text: str, span: str, value: int, qualifier: str
) -> None:
    (amount,) = find_amounts(text)
    assert (amount.text, amount.value, amount.currency, amount.qualifier) == (
        span,
        value,
        "CNY",
        qualifier,
    )


@pytest.mark.parametrize(
    "text",
    [
        "总投资20万平方米",
        "投资3年",
        "产值12",
        "年产3万吨",
        "带动就业2万人",
        "投资过程中3亿",
        # after 亿, a unit or a class is no money
        "年发电量达5亿千瓦时",
        "产值10亿级企业",
        "投资20亿吨",
    ],
)
def test_bare_numbers_that_are_not_money(text: str) -> None:
    assert find_amounts(text) == []


def test_a_bare_magnitude_opening_a_headline_is_no_money() -> None:
    assert find_amounts("百亿项目开工 东岭区再添新动能") == []


def test_a_lead_that_exclaims_the_sum_is_money_and_a_count_is_not() -> None:
    for text in ("新疆都市报讯 832.75亿！这是9月1日签约的总额", "（记者 李华报道）832.75亿！这是…"):
        assert [(a.text, a.value, a.currency) for a in find_amounts(text)] == [
            ("832.75亿", 83_275_000_000, "CNY")
        ]
    assert find_amounts("全国人口14亿！") == []


def test_a_space_a_page_left_before_the_decimal_point() -> None:
    found = find_amounts("11个项目总投资42 .32亿元，年度计划投资1 .5亿美元")
    assert [(a.value, a.currency) for a in found] == [(4_232_000_000, "CNY"), (150_000_000, "USD")]


def test_a_space_a_pdf_left_after_the_decimal_point() -> None:
    # 60. 5 亿元: text extracted from a PDF spaces the number out after the point too.
    found = find_amounts("全年新引进项目 65 个，计划总投资 60. 5 亿元，合同外资 1. 04 亿美元。")
    assert [(a.value, a.currency) for a in found] == [(6_050_000_000, "CNY"), (104_000_000, "USD")]
