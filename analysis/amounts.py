"""Money amounts in Chinese news text: 超64亿元, 约1.5亿美元, 六十四亿元, 5亿至8亿元.

An amount is a number (Arabic, Chinese or mixed: 2.3万亿, 一百二十亿, 1亿2000万),
an optional range end, and a currency (元, 美元, 港币, 人民币, $ …). Qualifiers
written next to it (超过, 约, 近, 逾 before; 多, 余 inside) are part of its text;
labels such as 总投资 are not. A number without a currency (3000万吨, 45个, 2023年,
15%) is not money, and neither is a bare magnitude (亿元以上项目, 数十亿元) - except
a 万/亿 number right after a money word that ends there (总投资20亿，), read as CNY.

Spans index the text as given; full-width digits (３０００万元) are read as they are.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["Amount", "find_amounts", "parse_amount", "sentence_of", "yuan"]

Number = int | float


@dataclass(frozen=True)
class Amount:
    text: str  # as written, qualifier included: 超64亿元
    value: Number  # in units of the currency: 6400000000
    value_max: Number | None  # upper end of a range (5亿至8亿元), else None
    currency: str  # ISO 4217: CNY, USD, EUR, HKD …
    qualifier: str  # 超 超过 约 近 逾 多 余 达 共 不到 …, or ""
    start: int
    end: int


# Full-width punctuation read as ASCII when a number's value is computed.
_WIDTH = str.maketrans({"．": ".", "～": "~", "－": "-", "﹣": "-"})

# Longest first: the alternation takes the first that matches.
_CURRENCIES: dict[str, str] = {
    "元人民币": "CNY",
    "人民币": "CNY",
    "新加坡元": "SGD",
    "新台币": "TWD",
    "澳门元": "MOP",
    "澳门币": "MOP",
    "瑞士法郎": "CHF",
    "越南盾": "VND",
    "美元": "USD",
    "美金": "USD",
    "欧元": "EUR",
    "港元": "HKD",
    "港币": "HKD",
    "日元": "JPY",
    "英镑": "GBP",
    "澳元": "AUD",
    "加元": "CAD",
    "韩元": "KRW",
    "卢布": "RUB",
    "卢比": "INR",
    "泰铢": "THB",
    "台币": "TWD",
    "元": "CNY",
}
# Written before the number: 人民币5亿元, US$1.5亿, ￥3000万.
_PREFIXES: dict[str, str] = {
    "人民币": "CNY",
    "US$": "USD",
    "HK$": "HKD",
    "$": "USD",
    "¥": "CNY",
    "￥": "CNY",
    "€": "EUR",
    "£": "GBP",
}
# Qualifier as written -> the canonical form reported in Amount.qualifier.
_QUALIFIERS: dict[str, str] = {
    "超过": "超过",
    "超出": "超过",
    "超": "超",
    "过": "超过",
    "逾": "逾",
    "大约": "约",
    "约合": "约",
    "约为": "约",
    "约": "约",
    "将近": "近",
    "接近": "近",
    "近": "近",
    "高达": "达",
    "达到": "达",
    "达": "达",
    "共计": "共",
    "合计": "共",
    "总计": "共",
    "共": "共",
    "不到": "不到",
    "不足": "不到",
    # at least / at most (不超过 is no 超过)
    "不低于": "不低于",
    "不少于": "不低于",
    "至少": "不低于",
    "不超过": "不超过",
    "不高于": "不超过",
    "不多于": "不超过",
}

_CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
_CN_MAGS = "十拾百佰千仟万亿"
# \d is Unicode-aware in Python, so full-width digits (３０００) match as they are.
# Text extracted from a PDF or a document site spaces numbers out: 总投资 25 亿元, and
# even around a decimal point (42 .32亿元, 60. 5 亿元).
_SPACE = r"[ \u3000\xa0]"
_ARABIC = rf"\d+(?:,\d{{3}})+(?![\d,])(?:[.．]\d+)?|\d+(?:{_SPACE}?[.．]{_SPACE}?\d+)?"
# A number: Arabic-led (1.5亿, 3千万, 1亿2000万, 100多亿, 1亿余) or Chinese (一百二十亿).
# A Chinese number must not follow characters that make it part of a word
# (第一, 之一, 统一, 数十亿, 几百万, 上亿). A bare 百/千 counts before 万/亿 (超百亿元),
# a bare 万 before 亿 too (逾万亿元), a bare 万/亿 else never (亿元以上项目).
_NUM = (
    # (40个亿: spoken, the measure word before 亿)
    rf"(?:(?:{_ARABIC})(?:{_SPACE}?(?:个(?=亿(?!元?(?:以上|以下|级|项目|企业|大项目))))?[多余]?[{_CN_MAGS}]+(?:\d+(?:[.．]\d+)?)?)*"
    rf"|(?<![第之统唯单同其逐数几上万多])(?:[{_CN_DIGITS}十拾]|[百佰千仟](?=[万亿])|万(?=亿))"
    rf"[{_CN_DIGITS}{_CN_MAGS}]*"
    rf"(?:点[{_CN_DIGITS}]+[{_CN_MAGS}]*)?"  # 二点五亿: a decimal point written out
    rf"(?:[多余][{_CN_MAGS}]+)?)"
)


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Lookbehinds keep qualifier characters that end another word out (签约, 最近, 公共, 表达).
_QUAL_RE = (
    r"(?:不低于|不少于|至少|不超过|不高于|不多于|超过|超出|(?<![赶])超|逾|大约|约合|约为|(?<![签合预节制公条契违履邀相婚特])约"
    r"|将近|接近|(?<![最附就亲邻临贴])近|高达|达到|(?<![到抵传表下发送雷])达"
    r"|共计|合计|总计|(?<![公])共|不到|不足"
    r"|(?<=[资额值])过)"  # 总投资过百亿: 过 after a money word is 超过
)
_QUAL = re.compile(_QUAL_RE)
_AMOUNT = re.compile(
    rf"""
    (?P<qual>{_QUAL_RE})?
    (?P<pre>{_alt(_PREFIXES)})?
    (?<![\d.．])(?<!\d,)
    (?P<lo>{_NUM})
    (?:(?P<locur>{_alt(_CURRENCIES)})?\s?(?:至|到|-|~|—|–|～|－|﹣)\s?(?P<pre2>{_alt(_PREFIXES)})?
       (?P<hi>{_NUM}))?
    (?P<tail>[多余])?
    (?(pre)|{_SPACE}?)
    # A currency is required unless a sign came first (US$1.5亿).
    (?P<cur>(?(pre)(?:{_alt(_CURRENCIES)})?|(?:{_alt(_CURRENCIES)})))
    (?![旦宵素首帅])
    """,
    re.VERBOSE,
)
# Cheap test before the full pattern: a currency word or sign somewhere.
_CUE = re.compile(r"元|美金|英镑|卢布|卢比|泰铢|越南盾|法郎|人民币|港币|台币|\$|¥|￥|€|£")

_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")}
_DIGIT_VALUE.update({"〇": 0, "两": 2})
_DIGIT_VALUE.update({c: i + 1 for i, c in enumerate("壹贰叁肆伍陆柒捌玖")})
_MAG_VALUE = {
    "十": 10,
    "拾": 10,
    "百": 100,
    "佰": 100,
    "千": 1000,
    "仟": 1000,
    "万": 10_000,
    "亿": 100_000_000,
}
_TOKEN = re.compile(rf"[0-9]+(?:\.[0-9]+)?|[{_CN_DIGITS}]|[{_CN_MAGS}]")


def find_amounts(text: str) -> list[Amount]:
    """Every money amount in `text`, in order, not overlapping."""
    found: list[Amount] = []
    # Only the text around a currency word or sign can hold an amount: the full
    # pattern runs on those windows alone (its lookbehinds still see the text before).
    for start, end in _windows(text):
        for match in _AMOUNT.finditer(text, start, end):
            amount = _from_match(match, text)
            if amount is not None:
                found.append(amount)
    bare = [a for a in _bare_amounts(text) if not _covered(a, found)]
    if bare:
        found = sorted(found + bare, key=lambda a: a.start)
    return found


# 总投资20亿, 年产值超50亿, 签约额达11.5亿: no currency is written, but the word before
# says it is money.
_MONEY_WORD = re.compile(
    r"投资|资金|金额|总额|产值|营收|营业收入|销售额|融资|估值|税收|利税|造价|预算|贷款|授信|交易额"
    r"|签约额|合同额|协议额|斥资|出资|注资|耗资"  # (斥资15亿打造)
    r"|签约项目"  # (a headline's 现场签约项目超400亿: what the signed projects are worth)
)
_BARE = re.compile(
    rf"""
    (?:{_MONEY_WORD.pattern})(?:总额|额)?(?:为|是|达到了|达了)?{_SPACE}?  # (总的投资达到了41个亿)
    (?P<amount>(?:{_QUAL_RE}{_SPACE}?)?  # (总投资约 9.2 亿: spaced out)
      (?<![\d.．])(?P<lo>{_NUM}))
    # The number must end there: 20亿吨, 20万平方米 and 20万人 are not money.
    # A headline may end it with an exclamation or a bracket: 总投资190.6亿！ / 超1159亿（三）;
    # a page's bar, a caption run on after it: 总投资约1489.9亿|四会城区，航拍
    (?=[，,。；;、：:\s（()）!！？?”|｜丨]|$|的|用于|以上|左右|主要|建设|将|，
    # or run on into its next words, a space lost (总投资约27亿产销合作超2.5亿元): after 亿,
    # any word but a unit (20亿吨, 1亿千瓦时, 5亿人次) or a class (10亿级)
       |(?<=亿)(?![吨度人立平千方户件台辆头只株斤公米个套张册份次字级元美港欧日英])[\u4e00-\u9fff])
    """,
    re.VERBOSE,
)
_NUMBER_THEN_INVEST = re.compile(rf"[\d{_CN_DIGITS}{_CN_MAGS}]投资")
# 328亿投资！27个项目！: a headline puts the money before the word that says it is money.
_BARE_BEFORE = re.compile(
    rf"(?P<amount>(?:{_QUAL_RE})?(?<![\d.．])(?P<lo>{_NUM}))(?=投资(?:[！!，,。\s]|$))"
)


# （记者 某某报道）832.75亿！这是… / 某某报讯 832.75亿！: a lead that opens by exclaiming
# the sum.
# 8000万项目落地某园区: a headline opens with the money of the project it tells of.
_BARE_HEADED = re.compile(rf"^(?P<amount>(?P<lo>(?=\d){_NUM}))(?=项目)", re.MULTILINE)
_BARE_EXCLAIMED = re.compile(
    rf"(?:^|(?<=[）)])|(?<=讯[ \u3000]))(?P<amount>(?:{_QUAL_RE})?(?P<lo>{_NUM}))(?=[！!])",
    re.MULTILINE,
)


def _bare_amounts(text: str) -> list[Amount]:
    out: list[Amount] = []
    # Anchored at each money word: far cheaper than scanning every position.
    matches = [_BARE.match(text, word.start()) for word in _MONEY_WORD.finditer(text)]
    if _NUMBER_THEN_INVEST.search(text):  # cheap first: the full pattern tries every place
        matches += _BARE_BEFORE.finditer(text)
    if "！" in text or "!" in text:
        matches += _BARE_EXCLAIMED.finditer(text)
    if "项目" in text:  # (cheap first, as above)
        matches += _BARE_HEADED.finditer(text)
    for match in sorted((m for m in matches if m), key=lambda m: m.start("amount")):
        if out and match.start("amount") < out[-1].end:
            continue
        lo = match.group("lo")
        if not any(c in "万亿" for c in lo):
            continue  # 投资3, 产值12: a bare number without 万/亿 is not read as money
        value = _number(lo)
        if value is None:
            continue
        start, end = match.span("amount")
        qual = _QUAL.match(text, start, end)  # (with what stands before: 投资过)
        out.append(
            Amount(
                text=text[start:end],
                value=_plain(value),
                value_max=None,
                currency="CNY",
                qualifier=_qualifier(qual.group() if qual else None, _tail_mark(lo)),
                start=start,
                end=end,
            )
        )
    return out


def _covered(amount: Amount, found: list[Amount]) -> bool:
    """Does `amount` overlap one of `found` (sorted by start)?"""
    i = bisect.bisect_right([a.start for a in found], amount.start)
    near = found[max(0, i - 1) : i + 1]
    return any(a.start < amount.end and amount.start < a.end for a in near)


def _windows(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for cue in _CUE.finditer(text):
        start = max(0, cue.start() - _REACH)
        end = min(len(text), cue.end() + _TRAIL)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


# How far a number (with its qualifier) reaches before its currency, and a currency
# word after its cue (元人民币), plus one character for the lookahead.
_REACH = 40
_TRAIL = 5


def parse_amount(text: str) -> Amount | None:
    """`text` read as one amount (surrounding spaces allowed), or None if it is not one."""
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    match = _AMOUNT.fullmatch(stripped)
    if match is None:
        return None
    amount = _from_match(match, stripped)
    if amount is None:
        return None
    return Amount(
        text=amount.text,
        value=amount.value,
        value_max=amount.value_max,
        currency=amount.currency,
        qualifier=amount.qualifier,
        start=amount.start + offset,
        end=amount.end + offset,
    )


def yuan(amount: Amount) -> Number | None:
    """The amount in yuan when it is in CNY (no exchange rates here), else None."""
    return amount.value if amount.currency == "CNY" else None


def sentence_of(text: str, amount: Amount) -> str:
    """The sentence of `text` that holds `amount` (for listings: the money in context)."""
    start = max(text.rfind(c, 0, amount.start) for c in _SENTENCE_ENDS) + 1
    stops = [i for i in (text.find(c, amount.end) for c in _SENTENCE_ENDS) if i >= 0]
    end = min(stops) + 1 if stops else len(text)
    return text[start:end].strip()


_SENTENCE_ENDS = "。！？!?\n"


def _from_match(match: re.Match[str], original: str) -> Amount | None:
    amount = _read(match, original, whole=True)
    if amount is None and match.group("locur"):
        # 1亿元—2019年: the dash was punctuation, not a range; keep the first amount.
        amount = _read(match, original, whole=False)
    return amount


def _read(match: re.Match[str], original: str, *, whole: bool) -> Amount | None:
    """The amount of `match`, or of its low end alone when not `whole`."""
    lo_text = match.group("lo")
    hi_text = match.group("hi") if whole else None
    cur = (match.group("cur") or match.group("locur")) if whole else match.group("locur")
    cur = cur or None  # the currency group matches "" after a sign
    pre = (match.group("pre") or match.group("pre2")) if whole else match.group("pre")
    if cur is None and pre is None:
        return None
    currency = _CURRENCIES[cur] if cur else _PREFIXES[pre or ""]
    if cur and pre and pre != "人民币" and _PREFIXES[pre] != currency:
        return None  # $5亿欧元: contradictory
    if _CN_ONLY.fullmatch(lo_text) and not _has_magnitude(lo_text):
        return None  # 一元化, 三元里: a lone Chinese digit before 元 is rarely money
    hi = _number(hi_text) if hi_text else None
    # 5-8亿元: the low end borrows the high end's trailing magnitude.
    if hi_text and not _has_magnitude(lo_text) and _has_magnitude(hi_text):
        lo_text += _trailing_magnitude(hi_text)
    lo = _number(lo_text)
    if lo is None or (hi_text and (hi is None or hi <= lo)):
        return None
    qual = match.group("qual")
    tail = (match.group("tail") if whole else None) or _tail_mark(match.group("lo"))
    start = match.start()
    end = match.end() if whole else match.end("locur")
    return Amount(
        text=original[start:end],
        value=_plain(lo),
        value_max=_plain(hi) if hi is not None else None,
        currency=currency,
        qualifier=_qualifier(qual, tail),
        start=start,
        end=end,
    )


def _qualifier(before: str | None, tail: str) -> str:
    """The qualifier written before the number, or the mark after it (100多亿元); the
    mark wins over a total's word (共10亿多元, 达100多亿元: approximate, not exact)."""
    named = _QUALIFIERS[before] if before else ""
    return tail if tail and named in ("", "共", "达") else named


def _tail_mark(number: str) -> str:
    match = _TAIL_MARK.search(number)
    return match.group() if match else ""


_CN_ONLY = re.compile(rf"[{_CN_DIGITS}{_CN_MAGS}]+")
_TAIL_MARK = re.compile("[多余]")
_MAGNITUDE_TAIL = re.compile(rf"[{_CN_MAGS}]+$")


def _has_magnitude(number: str) -> bool:
    return any(c in _MAG_VALUE for c in number)


def _trailing_magnitude(number: str) -> str:
    match = _MAGNITUDE_TAIL.search(number)
    return match.group() if match else ""


def _number(text: str) -> Decimal | None:
    """The value of a number written with Arabic and/or Chinese digits and magnitudes."""
    # Any Unicode decimal digit (３, ٣) as ASCII; \d in the pattern accepted it.
    text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
    text = text.translate(_WIDTH).replace(",", "").replace("多", "").replace("余", "")
    text = re.sub(_SPACE, "", text)
    if "点" in text:
        text = _CN_DECIMAL.sub(_arabic_decimal, text)
        if "点" in text:
            return None
    total = Decimal(0)  # finished 万/亿 groups
    section = Decimal(0)  # below 万: 三千五百
    current: Decimal | None = None  # the digits not yet given a magnitude
    try:
        for token in _TOKEN.findall(text):
            if token in _MAG_VALUE:
                mag = _MAG_VALUE[token]
                if mag < 10_000:
                    section += (current if current is not None else Decimal(1)) * mag
                elif mag == 10_000:
                    bare = not (total or section or current is not None)  # 万亿: one 万亿
                    total += (section + (current or 0) + bare) * mag
                    section = Decimal(0)
                else:  # 亿 multiplies everything before it: 2.3万亿
                    total = (total + section + (current or 0)) * mag
                    section = Decimal(0)
                current = None
            elif token in _DIGIT_VALUE:
                digit = Decimal(_DIGIT_VALUE[token])
                current = digit if current is None else current * 10 + digit  # 二〇二三
            else:
                if current is not None:
                    return None  # two Arabic numbers in a row
                current = Decimal(token)
    except InvalidOperation:
        return None
    value = total + section + (current or 0)
    return value if value > 0 else None


# 二点五 / 十二点零五: a Chinese number with its decimal point written out.
_CN_DECIMAL = re.compile(rf"(?P<whole>[{_CN_DIGITS}十拾百佰千仟]+)点(?P<frac>[{_CN_DIGITS}]+)")


def _arabic_decimal(match: re.Match[str]) -> str:
    """二点五 -> 2.5, in Arabic digits for _number to read with what follows (亿)."""
    digits = match.group("whole")
    whole = Decimal(0) if digits.strip("零〇") == "" else _number(digits)  # 零点八
    frac = "".join(str(_DIGIT_VALUE[c]) for c in match.group("frac"))
    return f"{whole}.{frac}" if whole is not None else match.group()


def _plain(value: Decimal) -> Number:
    return int(value) if value == value.to_integral_value() else float(value)
