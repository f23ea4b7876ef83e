"""Text normalisation, done once, here: every command sees the same paragraphs.

Real input comes from printed pages and web pages: CRLF line ends, indents with
ideographic spaces, paragraphs broken mid-word at a page or column end (sometimes
repeating a character across the break), every line cut to one width (a PDF's column,
a fixed-width copy), a web page's record lines (its address, the minute it was
posted, 来源：… 作者：…), layout residue such as page numbers, full-width digits, and
whole texts in traditional characters.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any, NamedTuple

from newsx.analysis.bylines import parse_byline, split_lead_credit

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
_SPACE = " \t\u3000\xa0"
_INDENTS = ("\u3000", "  ", "\t")  # a paragraph's first line, set in
# A paragraph that ends in one of these is complete.
_TERMINAL = "。！？!?…”」』\"'）)》"
_SENTENCE_END = "。！？!?…"
# A paragraph that ends in one of these continues on the next line.
_CONTINUES = "，,、"
# Sentence-internal punctuation: a line that has it is prose, not a heading.
_PROSE = re.compile("[，,。；;：:]")
_CLAUSE = re.compile("[，,、。；;：:]")  # (a line cut mid-list holds only 、)
_SEPARATOR = re.compile('[、，,。；;：:！？!?\\s“”"]')
_LIST_ITEM = re.compile(
    r"^\s*(\d{1,3}(?:[.．](?!\d)|[、)）])|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|[①-⑳])"
)
# Layout residue: page numbers and similar lines of digits and dashes.
_RESIDUE_MAX = 12
_RESIDUE_LINE = re.compile(rf"^[\s\d\-—–·./第版页]{{1,{_RESIDUE_MAX}}}$")
# A picture's note left where the picture stood: (资料图片) / （图片来源：网络）.
_PICTURE_NOTE = re.compile(
    r"^[（(](?:资料|新闻|现场|网络)?(?:图片|照片|图)(?:来源[^()（）]*)?[)）]$"
)
# Digits glued to the end of a byline's 文/图 or 摄 (the seed's "文/图7277").
_BYLINE_TAIL = re.compile(r"((?:文/图|图/文|文|图|摄)\s*)\d{2,}\s*$")
_PROSE_MIN_CHARS = 40
# A web page's record lines (来源：永州日报, 发布时间：…, a picture's file name): never a
# headline (articles.py), never joined to the line before or after.
# Matched at a line's start (every branch is anchored there).
PAGE_RECORD = re.compile(
    r"\s*(?:[\[【]\s*)?(?:(?:信息|文章|稿件|新闻)?来源|发布机构|发布时间|发布日期|发布人|作者|编辑|责任编辑"
    r"|点击数?|浏览次数|时间|日期)\s*[：:]"
    r"|.{0,20}?(?:编辑|审核|校对)\s*[|｜：:]"  # 每日经济新闻 张强 每经编辑|杨欢
    # 2024-09-30 09:09 / 06.09.2015 10:28, alone or before the page's source
    r"|\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:$|来源)"
    # 烟台日报 2022-02-17 07:56 / www.163.com 2024-10-13 14:28: the outlet and the time
    r"|\s*[^\s，,。：:]{2,16}\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
    r"|.*\.(?:jpe?g|png|gif|webp)$"  # QQ截图20210301111427.jpg: a picture's file name
    # Any short line without a sentence's end that holds a page's address or the minute it
    # was posted: 南海网 http://www.hinews.cn 时间:2019-11-18 09:21 来源:… 作者:韦雪梅 /
    # 2023-11-13 08:15:00 作者:卢誉升 来源:… (prose gives a day, not its minute)
    r"|(?=[^。！？!?]{0,120}$).*?(?:https?://|www\.[a-z\d]"
    r"|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}(?::|时)\d{2})"
)


@lru_cache(maxsize=8192)  # (asked of each paragraph several times while splitting)
def page_record(line: str) -> bool:
    """Is the line one of a web page's record lines?"""
    return PAGE_RECORD.match(line) is not None


# A photo credit ending a caption: 记者 李华摄 / 谢树渊 摄 / 文昌市委宣传部供图.
PHOTO_CREDIT = re.compile(
    r"(?:\s|[。！!]|(?:记者|通讯员)[:：]?|[(（](?=[^()（）]{2,12}供图[)）]。?$))"
    r"(?:[\u4e00-\u9fff·]{2,4}\s?(?:摄|供图)|[\u4e00-\u9fff]{2,10}(?:部|局|委|办|中心)供图)"
    r"(?:[)）]|[)）]。)?$"  # (活动现场(某县委宣传部供图)。)
)


def clean(text: str) -> str:
    """Unify line ends, drop control and zero-width characters, a comma doubled before
    another mark and a mirror site's pinyin glosses, write full-width digits and Latin
    letters as ASCII (１２．５亿元, ５Ｇ) and a text in traditional characters simplified."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = without_glosses(_FULL_WIDTH.sub(_half_width, _DOUBLED_COMMA.sub("", text)))
    return simplified(_CONTROL.sub("", text))


def without_glosses(text: str) -> str:
    """The text without a mirror site's pinyin glosses (项(xiàng)目 -> 项目)."""
    if any(mark in text for mark in _TONE_MARKS):  # (faster than a regex over the text)
        return _PINYIN_GLOSS.sub("", text)
    return text


# 项(xiàng)目 / 產(chǎn)業(yè): a mirror site's reading after a character, in brackets; only
# with a tone mark, so no English word in brackets goes.
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS = re.compile(
    r"(?<=[\u3400-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
    r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\s?[)）]"
)


# 市委副书记,、市长何洪涛,,市人大常委会主任…: a comma doubled by a page's converter before
# the text's own mark.
_DOUBLED_COMMA = re.compile("[，,](?=[，,、。；;])")


# A run of full-width digits and letters, with a point between digits (１２．５); full-width
# punctuation stays: ，。： are the text's own. (Only the runs are translated: str.translate
# over every text would cost more than the rest of normalising.)
_FULL_WIDTH = re.compile("[０-９Ａ-Ｚａ-ｚ](?:[０-９Ａ-Ｚａ-ｚ]|．(?=[０-９]))*")
_HALF_WIDTH = str.maketrans(
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ．",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.",
)


def _half_width(run: re.Match[str]) -> str:
    return run.group().translate(_HALF_WIDTH)


# The hundred traditional characters commonest in this genre (over a quarter of the Han
# characters of a traditional text, none of a simplified one): 項業產資開區發億設個….
_TRADITIONAL = re.compile(
    "[項業產資開區發億設個縣總動會約進爲國簽經園長點實現濟務記儀電來場將萬計強體舉與東書領劃團農"
    "達質創協優鎮機對關後時製鄉華鏈環級門裝標報礎據導學興張態調網備議責線額車參臺際戰遊該並積於佈"
    "陽規間訊員堅營廣內]"
)
_TRADITIONAL_SHARE = 0.04  # of a text's characters (over 0.2 in a traditional one)
_SAMPLE_CHARS = 4000


def simplified(text: str) -> str:
    """The text in simplified characters when it is written in traditional ones (a Big5
    mirror, a Hong Kong or Taiwan site), else the text itself. OpenCC converts character
    for character here, so lengths and offsets stay as they were."""
    sample = text[:_SAMPLE_CHARS]
    # (most of a news text is Han characters: its length stands for their count, and
    # a simplified text has no traditional character to find)
    if len(_TRADITIONAL.findall(sample)) < len(sample) * _TRADITIONAL_SHARE:
        return text
    return to_simplified(text)


def to_simplified(text: str) -> str:
    """Traditional characters simplified, one for one; 專案, Taiwan's word for a project
    (a mirror's converter writes it for 项目), read as 项目 (same length)."""
    converted: str = _converter().convert(text)
    return converted.replace("专案", "项目")


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc  # (imported only for a traditional text: 15 ms)

    return opencc.OpenCC("t2s")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text: one per non-empty line, page breaks mended."""
    return [para for para, _ in numbered_paragraphs(text)]


class _Line(NamedTuple):
    text: str  # stripped
    number: int  # 1-based line of the input
    width: int  # as laid out: with its indent, without trailing spaces
    starts: bool  # after a blank line or indented: a paragraph's start, if any line is
    space_before: bool  # one space before it, or after it (a line cut to a width may
    space_after: bool  # cut at a space)


def numbered_paragraphs(text: str) -> list[tuple[str, int]]:
    """Paragraphs with the (1-based) line of the text where each begins."""
    lines: list[_Line] = []
    blank = False
    for number, raw in enumerate(clean(text).split("\n"), start=1):
        stripped = raw.strip(_SPACE)
        if not stripped:
            blank = True
            continue
        starts, blank = blank or raw.startswith(_INDENTS), False
        if stripped[-1].isdigit():  # residue is digits: most lines need no look
            stripped = _BYLINE_TAIL.sub(r"\1", stripped).rstrip()
        if len(stripped) <= _RESIDUE_MAX and _RESIDUE_LINE.match(stripped):
            continue
        if stripped[0] in "(（" and _PICTURE_NOTE.match(stripped):
            continue
        width = len(raw.rstrip(_SPACE))
        lines.append(_Line(stripped, number, width, starts, raw[0] in _SPACE, raw[-1] in _SPACE))
    whole = "\n".join(line.text for line in lines)
    wrap = _wrap_width(lines)
    merged: list[tuple[str, int]] = []
    closed = False  # was the line joined last the end of a list (A、B等 / 8个项目)?
    for before, line in zip([None, *lines], lines, strict=False):
        if before is not None and wrap and _cut_at_width(before, line, wrap):
            # cut by a machine, not a page: nothing repeats across the cut
            space = " " if before.space_after or line.space_before else ""
            merged[-1] = (merged[-1][0] + space + line.text, merged[-1][1])
        elif merged and _broken(merged[-1][0], line.text, closed, headline=before is lines[0]):
            closed = merged[-1][0].endswith("等")
            merged[-1] = (_join(merged[-1][0], line.text, whole), merged[-1][1])
        else:
            merged.append((line.text, line.number))
            closed = False
    return merged


_WRAPPED_MIN = 10  # narrower than this, lines of one length are a list, not a column


def _wrap_width(lines: list[_Line]) -> int | None:
    """The width a text was cut to, line by line, when it was (a PDF's columns, a
    fixed-width copy): most of its long lines are then of that one width, none much
    wider, and they are prose (a list's names one a line may be of one width too)."""
    widths = [line.width for line in lines if line.width >= _WRAPPED_MIN]
    if len(widths) < 4:
        return None
    width, most = Counter(widths).most_common(1)[0]
    wider = sum(1 for n in widths if n > width + 6)  # (digits are narrower)
    if most < 4 or most * 10 < len(widths) * 3 or wider * 10 > len(widths):
        return None
    prose = sum(1 for line in lines if line.width == width and _CLAUSE.search(line.text))
    return width if prose * 3 >= most else None


def _cut_at_width(line: _Line, following: _Line, width: int) -> bool:
    """Does a line of a text cut to `width` run on into the next line?"""
    return not (
        line.width < width - 1
        or following.starts
        or line.text[-1] in _SENTENCE_END  # (a bracket or a quote closes mid-sentence too)
        or _LIST_ITEM.match(following.text)
        or page_record(line.text)
        or page_record(following.text)
        # a byline stands alone, unless the line runs into it as one (记者 A 通讯员 / B 文/图)
        or (
            parse_byline(following.text) is not None
            and parse_byline(line.text + following.text) is None
        )
    )


def normalize(text: str) -> str:
    """The whole text with page breaks mended, one paragraph a line."""
    return "\n".join(paragraphs(text))


def _broken(line: str, following: str, closed: bool = False, headline: bool = False) -> bool:
    """Was `line` cut off by the page layout, so that `following` continues it? (Not
    when `line` ends with the short line that closed a list set a line an item, nor
    when it is a text's spaced headline.)"""
    last = line[-1]
    if last in ")）" and _item_cut_at_bracket(line, following):
        return True
    if last in _TERMINAL or _LIST_ITEM.match(following):
        return False
    if line[0] in "▲△▼■":
        return False  # ▲…项目开工: a picture's caption ends where its line does
    if page_record(line) or page_record(following):
        return False  # a web page's record lines stand alone
    if parse_byline(following) is not None:
        return False  # a headline with a comma, then its byline: 极目新闻记者 赵德龙
    if (last == "等" or headline) and split_lead_credit(following)[1] is not None:
        # a deck ending in 等, or a text's first line, then the lead: 华声在线9月27日讯
        # (全媒体记者 X)… / …项目投资金额占85% then 湖南日报5月31日讯(记者 蒋睿)…
        return False
    if last in _CONTINUES or last == "等":
        return True  # (a list's 等 never ends a paragraph: A、B等 / 12个重大项目)
    if PHOTO_CREDIT.search(line):
        return False  # a caption's credit (记者 李华摄, 郅凤霞 供图) ends it
    if _PROSE.search(line) and last not in "：:；;" and following.endswith(tuple(_CONTINUES)):
        # 我市集中开工 / A、B、: a sentence's list set one item or two a line (phone layouts)
        return True
    if last in "：:；;":
        return False
    # Ends mid-word: only prose breaks like that; headings and bylines are short
    # and have no sentence punctuation.
    return (
        not closed
        and len(line) >= _PROSE_MIN_CHARS
        and bool(_PROSE.search(line))
        and not (headline and _SPACED_HEADLINE.search(line) and not _SENTENCE_END_IN.search(line))
    )


def _item_cut_at_bracket(line: str, following: str) -> bool:
    """A list set one item a line (A、 / B、), one item broken after a bracket in it:
    …项目、粤港澳大湾区肇庆(怀集) / 绿色农副产品集散基地项目、."""
    item = line[line.rfind("、") + 1 :]
    return (
        "、" in line
        and following.endswith("、")
        and len(item) <= 30
        and not _CLAUSE.search(item)
        and not _CLAUSE.search(following[:-1])
    )


# 签约动工19宗项目 总投资近500亿元 惠州惠阳打造千亿级园区,联动承接深莞产业: a text's first
# line of phrases set apart by spaces, with no sentence's end, is a headline (prose
# has no spaces), though it holds a comma; it ends where its line does.
_SPACED_HEADLINE = re.compile(r"[^\s]\s+[^\s]")
_SENTENCE_END_IN = re.compile(f"[{_SENTENCE_END}]")


def _join(line: str, following: str, whole: str) -> str:
    """Join a broken paragraph, dropping a character repeated across the break.

    Printed pages sometimes repeat the last character on the next page
    (天眼·创新中心 / 心、超凡视觉). The repeat is dropped when the phrase without
    it is written elsewhere in the text and the phrase with it is not, or when
    the repeat leaves a lone character that the phrase without it does not
    (产业 / 业园 reads 产业 业 园, 产业园 reads as one word), but not when
    both read as words (中国 / 国际: 中国国际 is right).
    """
    if line[-1] == following[0]:
        left = _SEPARATOR.split(line)[-1]
        right = _SEPARATOR.split(following, maxsplit=1)[0]
        doubled, single = left + right, left + right[1:]
        if len(single) >= 3 and (
            whole.count(single) > whole.count(doubled) or _lone(doubled) > _lone(single)
        ):
            return line + following[1:]
    return line + following


def _lone(phrase: str) -> int:
    """Single Han characters in the phrase's segmentation (rarely needed: imported late)."""
    import rjieba

    return sum(
        1 for word in rjieba.cut(phrase, False) if len(word) == 1 and "\u4e00" <= word <= "\u9fff"
    )
