"""Split a text into articles: headline, subtitle, lead, bylines, headings, body.

A printed page or a scraped file often holds several articles. An article starts
at a headline: a short line with no sentence punctuation that is followed by a
second such line (its subtitle) or by a lead (本报讯, 新华社…电, or a date when
the previous article has just closed with a byline). Other short lines inside an
article are section headings.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from newsx.analysis.bylines import (
    Byline,
    names_alone,
    parse_byline,
    record_byline,
    roles_joined,
    split_closing_names,
    split_lead_credit,
    split_original_title_credit,
    split_trailing_credit,
)
from newsx.analysis.normalize import PHOTO_CREDIT, numbered_paragraphs, page_record

_HEADLINE_MAX = 40
_SENTENCE_END = re.compile("[。；;]")
_CLAUSE_MARK = re.compile("[，,；;：:]")
_COLON = re.compile("[：:]")
_LIST_ITEM = re.compile(
    # (not 2.4亿元医疗器械项目落户…: a headline opening on a decimal amount; 1.1987年… is
    # item 1)
    r"^\s*(\d{1,3}(?:[.．](?!\d+[亿万千百%％倍吨])|[、)）])|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|[①-⑳]"
    r"|[一二三四五六七八九十\d]{1,3}$)"  # a section's number alone on its line
)
# (图说：X / X项目(效果图): a picture's caption names what it shows, and says so at the end)
_CAPTION = re.compile(
    r"^(?:▲|△|图为|图[说注]?[：:]|上图|下图|左图|右图|.*[(（][^()（）]{0,4}(?:效果图|资料图|示意图|鸟瞰图|规划图)[)）]$)"
)
# 德州日报新媒体出品 / 出品 | 某县融媒体中心: who produced the page, a credit, no headline
_PRODUCED = re.compile(r"出品$|^出品\s*[|｜:：]")
_NEWS_LEAD = re.compile(
    r"^(本报讯|本报(?!通讯员)[^\s，,。]{1,12}讯|新华社[^\s，,。]{1,12}电|中新[网社][^\s，,。]{0,12}[电讯]"
    r"|[^\s，,。]{1,10}(日报|晚报|网|台)讯|据[^\s，,。]{1,12}报道|【[^】]{1,20}】)"
)
_GOES_ON = re.compile(r"(?:随后|随即|紧接着|接着|此后|会上|会后|仪式上|他说|她说)[，,：:]")
_DATE_LEAD = re.compile(r"^(\d{4}年)?\d{1,2}月\d{1,2}日")
# A file's first line may be a long headline (…集中开工签约暨X项目开工动员大会举行).
_FIRST_HEADLINE_MAX = 80
DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")


@dataclass(frozen=True)
class Article:
    index: int  # 1-based position in its file
    title: str
    subtitle: str
    date: str  # the first date of the article as written (5月30日), or ""
    byline: Byline
    headings: tuple[str, ...]
    paragraphs: tuple[str, ...]  # body paragraphs, headings included, bylines removed
    first_line: int = 1  # line of the input text where the article begins

    @property
    def text(self) -> str:
        """Headline, subtitle and body, one paragraph a line: what analysis reads."""
        return "\n".join(p for p in (self.title, self.subtitle, *self.paragraphs) if p)

    @property
    def chars(self) -> int:
        return sum(len(p) for p in (self.title, self.subtitle, *self.paragraphs))


def split_articles(text: str) -> list[Article]:
    """The articles of one file's text, in order."""
    numbered = numbered_paragraphs(text)
    paras = [para for para, _ in numbered]
    groups: list[list[str]] = []
    starts: list[int] = []
    i = 0
    date = ""  # the current article's first date
    while i < len(paras):
        size = _headline_size(paras, i, date)
        # A headline broken over short lines (项目 / 集中开工 / 暨X开工仪式) is one headline:
        # no article starts before the current one has a body.
        if size and groups and not _has_body(groups[-1]):
            size = 0
        # A paragraph that goes on from what came before (随后，…) is no article's lead: the
        # short lines over it are captions of the current one.
        if size and groups and i + size < len(paras) and _GOES_ON.match(paras[i + size]):
            size = 0
        # The current article's headline again (a photo's alt text, a page's running
        # title) is residue of that article, not the start of another; so are captions
        # that name what its body named (X项目 / Y产业园项目 under their photos).
        if (
            size
            and groups
            and (
                _same_headline(paras[i], groups[-1][0])
                or _named_in(paras[i : i + size], groups[-1])
            )
        ):
            size = 0
        lead = _NEWS_LEAD.match(paras[i])
        if size or not groups or (lead and _has_body(groups[-1]) and not _captioned(groups[-1])):
            groups.append([])
            starts.append(numbered[i][1])
            date = ""
        size = size or 1
        groups[-1].extend(paras[i : i + size])
        date = date or _date_in(paras[i])
        i += size
    articles = (
        _build(n, group, line)
        for n, (group, line) in enumerate(zip(groups, starts, strict=True), start=1)
    )
    kept: list[Article] = []
    for article in articles:
        if article.paragraphs or article.title:
            kept.append(article)
        elif kept and article.byline:  # bylines alone after an article are its own
            kept[-1] = dataclasses.replace(kept[-1], byline=kept[-1].byline.merged(article.byline))
    return kept


def _date_in(paragraph: str) -> str:
    """The paragraph's first date (6月20日), or "". (The look for 月 is fast, the search not.)"""
    found = DATE.search(paragraph) if "月" in paragraph else None
    return found.group() if found else ""


def _headline_size(paras: list[str], i: int, date: str) -> int:
    """2 if paras[i] starts an article with a subtitle, 1 without, 0 if it does not.

    `date` is the current article's first date: a short line followed by a lead
    with another date (6月20日，…) starts the next day's article, while a section
    heading is followed by more of the same story.
    """
    if not _headline_like(paras[i]):
        return 0
    if i > 0 and _LIST_ITEM.match(paras[i - 1]) and _COLON.search(paras[i - 1]):
        return 0  # 一、交通：A工程 / B公路 / 能源网：C工程: a numbered list's lines go on
    following = paras[i + 1] if i + 1 < len(paras) else ""
    if not following:
        return 0
    if _headline_like(following):
        after = paras[i + 2] if i + 2 < len(paras) else ""
        # Two more short lines before it: a run of captions or of list lines, not a
        # headline and its subtitle.
        in_run = i >= 2 and _headline_like(paras[i - 1]) and _headline_like(paras[i - 2])
        return 2 if after and not _headline_like(after) and not in_run else 0
    if i == 0 or _NEWS_LEAD.match(following):
        return 1
    # (▲摄影|某某: a picture's credit under a subtitle, not the writer under a headline)
    credit = None if _CAPTION.match(following) else parse_byline(following)
    if credit is not None and (credit.reporters or credit.correspondents):
        return 1  # a headline, then who wrote it: 本报驻加拿大记者 邹德浩
    lead_date = _DATE_LEAD.match(following)
    after_byline = i > 0 and parse_byline(paras[i - 1]) is not None
    if lead_date and (after_byline or (date and not lead_date.group().endswith(date))):
        return 1
    return 0


def _named_in(lines: list[str], group: list[str]) -> bool:
    """Are the lines all written in the article's body already (captions, not a headline)?"""
    body = "\n".join(group[1:])
    return len(lines) == 2 and all(len(line) >= 4 and line in body for line in lines)


def _same_headline(line: str, headline: str) -> bool:
    """The headline again, maybe respaced or cut short (…总投资26.5亿元 / …总投资26.5亿)."""
    line, headline = re.sub(r"\s+", "", line), re.sub(r"\s+", "", headline)
    if line == headline:
        return True
    shorter, longer = sorted((line, headline), key=len)
    return len(shorter) >= 10 and longer.startswith(shorter)


def _has_body(group: list[str]) -> bool:
    """Does the article have a paragraph of its own yet (not its headline, its byline,
    the page's record lines or a photo's caption: 某某会见某某一行。记者 某某 摄)?"""
    return any(
        not _headline_like(p)
        and not page_record(p)
        and not _long_headline(p)
        and not PHOTO_CREDIT.search(p)
        and parse_byline(p) is None
        for p in group
    )


def _captioned(group: list[str]) -> bool:
    """A headline with no more than a photo's caption under it (开工仪式现场。/ 图为:活动
    现场。): short lines of one clause. Its lead is still to come."""
    return (_headline_like(group[0]) or _long_headline(group[0])) and not _has_body(
        [p for p in group[1:] if not _CAPTION.match(p) and (len(p) > 20 or _CLAUSE_MARK.search(p))]
    )


@lru_cache(maxsize=4096)  # asked several times for each paragraph while splitting
def _headline_like(line: str) -> bool:
    return (
        len(line) <= _HEADLINE_MAX
        and not _SENTENCE_END.search(line)
        and line[-1] not in "，,、：:"
        and not _LIST_ITEM.match(line)
        and not _CAPTION.match(line)
        and not _PRODUCED.search(line)
        and not page_record(line)
        and parse_byline(line) is None
        and not _credit_alone(line)
    )


def _credit_alone(line: str) -> bool:
    """Is the line a lead's credit alone, its news in the paragraph after it
    (长江日报-长江网讯(记者高喜明 通讯员李玉))?"""
    rest, credit = split_lead_credit(line)
    return credit is not None and _NEWS_MARK.search(rest.strip()) is not None


# A teaser's label opening a paragraph: [摘要] / 【导读】 / 核心提示:
_TEASER_LABEL = re.compile(
    r"^(?:[\[【](?:摘要|导读|核心提示)[\]】]|(?:摘要|导读|核心提示)[:：])\s*"
)
# A page's notice after the article: 转载请注明出处, 版权归原作者所有, 本文由某某编辑发布
_NOTICE = re.compile(
    r"(?:[^。]{0,6}声明[:：]|[^。]{0,12}(?:版权|转载|侵权))|本文由[^，,。]{1,20}发布$"
    r"|凡本网注明"  # (凡本网注明“来源:某网”的所有作品，均为…版权…: a portal's terms)
)
_NEWS_MARK = re.compile(r"^[^，,。]{0,20}(?:讯|电)】?[:：]?$")


def _long_headline(line: str) -> bool:
    return (
        _HEADLINE_MAX < len(line) <= _FIRST_HEADLINE_MAX
        and not _SENTENCE_END.search(line)
        and line[-1] not in "，,、：:"
        # (2018-11-08 17:35 | 浙江新闻客户端 | 记者 周松华…: the page's record and byline)
        and parse_byline(line) is None
    )


def _build(index: int, paras: list[str], first_line: int) -> Article:
    title = subtitle = ""
    rest = list(paras)
    # (开工仪式现场 郭凯祥摄 opening a page that lost its headline: a picture's caption)
    # (2016年07月03日 来源:广西日报 作者:罗侠 梁波 opening one: a page's record line)
    headed = rest and not PHOTO_CREDIT.search(rest[0]) and record_byline(rest[0]) is None
    if headed and (_headline_like(rest[0]) or (index == 1 and _long_headline(rest[0]))):
        title = rest.pop(0)
        if (
            rest
            and _headline_like(rest[0])
            and len(rest) > 1
            and not _headline_like(rest[1])
            and names_alone(rest[0]) is None
            and record_byline(rest[0]) is None  # (2025-04-28 某新闻网 杨庭军 王先春)
        ):
            subtitle = rest.pop(0)
    rest = roles_joined(rest)
    byline = records = alone = Byline()
    body: list[str] = []
    headings: list[str] = []
    opening = True  # no paragraph of the article's news yet
    for para in rest:
        para = _TEASER_LABEL.sub("", para)  # ([摘要]本报记者 郭海洋/摄 / 核心提示:(记者 X))
        credit = parse_byline(para)
        if credit is not None:
            byline = byline.merged(credit)
            continue
        # (one name alone only above the news: further down it may be anything)
        names = names_alone(para, least=1 if opening else 2)
        if names is not None:
            alone = alone.merged(names)
            if not page_record(para):
                continue  # (耿丹丹 2025-12-05 23:59:32: the record line and its date stay)
        record = record_byline(para)  # 来源：… | 作者：X: the page's record line stays
        if record is not None:
            records = records.merged(record)
        para, original = split_original_title_credit(para)
        if original is not None:
            byline = byline.merged(original)
        para, lead_credit = split_lead_credit(para)
        if lead_credit is not None:
            byline = byline.merged(lead_credit)
        para, end_credit = split_trailing_credit(para)
        if end_credit is not None:
            byline = byline.merged(end_credit)
        if not para:
            continue  # a credit alone: (文 付柳)
        if _headline_like(para):
            headings.append(para)
        elif not page_record(para):
            opening = False
        body.append(para)
    # （高雷、卢增晖）: the names that close a county paper's report, in its last paragraph
    # or the one before a page's sign-off (本文由某某编辑发布); a page's record lines after it
    # (28.09.2015 19:43) are passed over
    last = len(body)
    while last > 1 and (
        page_record(body[last - 1])
        or len(body[last - 1].strip()) <= 2
        or _NOTICE.match(body[last - 1])
    ):
        last -= 1  # (and a page's stray characters: 故 / 事, and its notices)
    for at in range(last - 1, max(-1, last - 3), -1):
        before, closing = split_closing_names(body[at])
        if closing is not None:
            byline = byline.merged(closing)
            body[at : at + 1] = [before] if before else []
            break
    # A page's 作者 field is no role of its own: a lead that names the same people as
    # 通讯员 (作者:王西志 / 中国电力网讯(通讯员王西志)) says which they are.
    credited = {*byline.reporters, *byline.correspondents, *byline.photographers}
    byline = byline.merged(records.without(credited))
    # Names alone are an author's only where the news never names them: 石嘴山 above
    # 石嘴山项目引擎提速 is a place.
    news = "\n".join((title, *(p for p in body if not page_record(p))))
    byline = byline.merged(alone.without({n for n in alone.reporters if n in news}))
    date = next((found for p in body if (found := _date_in(p))), "")
    return Article(index, title, subtitle, date, byline, tuple(headings), tuple(body), first_line)
