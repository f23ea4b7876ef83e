"""Reading a title's organisation prefix leftwards from its head, word by word, until
a preposition, a verb of address, a number or punctuation; and the titles chained
before one name (市委常委、秘书长)."""

from __future__ import annotations

import re

from newsx.analysis.officials.base import _BODY, _KNOWN, _Article
from newsx.analysis.officials.words import (
    _CJK,
    _UNIT_ENDINGS,
    _dictionary_tag,
    _ends_prefix,
    _frequency,
    _glued_stop,
    _is_organisation,
    _joins_department,
    _names_a_field,
    _place_before_and,
    _starts_organisation,
)

# The marks that join 中国 to a partner in a body's name (中国—东盟, 中国·印尼), which
# the segmenter reads as words of their own.
_LINKED_TO_CHINA = frozenset("—–-·・")


# Characters that end a title's organisation prefix when reading leftwards.
# (丨, a radical no word uses, is a page's bar: 读书班学习笔记丨某区党工委书记)
_PREFIX_BREAK = set("、，,；;：:。！？!?\"'『』【】[]▲△■□●◆★☆…—|｜丨\t \u3000\n")


_LINKS = {"、", "，", ",", "兼"}  # between two titles of one person (plus whitespace)


# Brackets that may stand inside an organisation's name: 中原科技城(…)管委会,
# 中交协“一带一路”物流分会, 《人民日报》社.
_OPEN, _CLOSE = "(（“‘《「", ")）”’》」"


_ARABIC_DIGIT = re.compile(r"[\d０-９]")


# Units numbered within a body: 中铁二十五局, 农八师, 第一工程处.
_NUMBERED_UNITS = frozenset("局师团处院所")


_BYLINE_IN_BRACKETS = re.compile(r"(?:记者|通讯员|摄影?|特约|实习生)[^()（）]*$")


# Verbs that are part of an organisation's name: 中国驻新西兰大使, 驻深圳联络处.
_ORGANISATION_VERBS = {"驻", "派驻", "常驻", "援"}


_MODIFIER_CHARS = "副常务执行专职兼挂代理名誉首席高级资深总第一二三四级"


_MAX_PREFIX = 40  # characters read leftwards from a head for its organisation


# Bodies named by one character after a demonstrative: 我校, 该县, 本局.
_ONE_CHARACTER_BODIES = frozenset("校市县区镇乡局厅院所站")


# (and a zone's bodies: 区党工委、管委会班子成员)
_BODY_BEFORE = re.compile(f"(?:{_BODY}|[省市县区州盟旗镇乡]?(?:党工委|管委会|党委))$")


# Words for units, which may be named for an activity (调研组, 检查委员会, 推介中心).
_UNIT_WORDS = (*"组团队处室科局办委部站所院会", "中心", "集团", "公司")  # (东方希望集团)


# Words that end companies' names and that the segmenter reads as verbs: 碧桂园控股
# 副总裁, 城市发展集团… are titles, not a verb taking the title as its object.
_COMPANY_ENDINGS = frozenset("控股 置地 置业 发展 投资 建设 开发 实业 制造 建工 运营".split())


# Words that make a title a group's post: 各部门负责人, 相关企业负责人.
_GROUP_WORDS = ("各", "相关", "有关", "部分", "全体")


_OWN_BODY = re.compile(r"[我本该][省市县区州盟旗镇乡]")
_LEAD_WORDS = re.compile(
    r"[由与](?=[\u4e00-\u9fff]{4})|(?:项目)?(?:投资|签约|合作|入驻)企业(?=[\u4e00-\u9fff]{4})"
)
_GROUP_JOINED = re.compile(rf"[及和与](?:[\u4e00-\u9fff]{{1,6}}?)?(?:{'|'.join(_GROUP_WORDS)})")


# Demonstratives that refer back to an organisation (该公司, 本局), and 我 for the
# writer's own (我学会, as 我市 is one word): its name is elsewhere, so the title
# is only its head.
_DEMONSTRATIVES = frozenset("该 本 此 其 这 这家 该家 我".split())


_NUMERALS = frozenset("一二三四五六七八九十")


class _PrefixReading(_Article):
    """Reading a title's organisation prefix, leftwards from its head."""

    def prefix_start(self, s: str, floor: int, head_start: int) -> tuple[int, bool]:
        """Where the title whose head starts at s[head_start] begins, and whether
        its whole stretch back to a separator is title (so it can be linked to a
        title before it: 党组书记、局长 / 局长,自贸试验区…主任)."""
        lex = self.lex
        depth = 0
        i = head_start - 1
        limit = max(floor, head_start - _MAX_PREFIX)
        outer_close = -1  # where the outermost open bracket closes
        collective = s.startswith(lex.collective_heads, head_start)
        while i >= limit:
            char = s[i]
            if char in _CLOSE:
                if depth == 0 and _BYLINE_IN_BRACKETS.search(s, max(limit, i - 20), i):
                    break  # 日电(记者奚彬)司法部部长: a dateline credit, not an organisation
                if depth == 0:
                    outer_close = i
                depth += 1
            elif char in _OPEN:
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and (
                char in _PREFIX_BREAK or (char == "兼" and i in self._heads_by_end)
            ):
                if char == "—" and s.endswith("中国", 0, i):
                    i -= 1  # 中国—东盟博览会: one body named for two countries
                    continue
                body = (
                    _BODY_BEFORE.search(s, max(limit, i - 4), i)
                    if char == "、" and collective
                    else None
                )
                if body is None or (
                    body.start() > 0
                    and _CJK.match(s[body.start() - 1])
                    and s[body.start() - 1] != "的"
                ):
                    break
                i = body.start() - 1  # 省、市领导, 县委、县政府领导: a label over bodies
                continue
            elif depth and char in "，,。；;！？!?\n":
                i = outer_close  # a bracket closed but never opened: “…。”国家…局长
                break
            i -= 1
        if depth and i < limit:
            i = outer_close
        left = i + 1
        whole = left == 0 or (left > floor and left > head_start - _MAX_PREFIX)
        window = s[left:head_start]
        if not window:
            return head_start, whole
        tags = self.tag(window)
        # Between two titles linked by 、 there is only title (县委常委、统战部长):
        # a word there that reads as a verb is part of a department's name.
        linked = left > 0 and s[left - 1] == "、" and left - 1 in self._heads_by_end
        # right after the last person read (县长于立明接待X公司总裁…): the first
        # word there is that person's predicate, not the start of an organisation
        first = int(
            0 < left == floor
            and len(tags) > 1
            and (tags[0][1].startswith(("v", "d")) or tags[0][0] in lex.follower_set)
        )
        start = head_start
        depth = 0
        for k in range(len(tags) - 1, first - 1, -1):
            word, tag = tags[k]
            if word == "、" and collective:
                pass  # between the bodies of a label (省、市领导)
            elif word in _CLOSE:
                depth += 1
            elif word in _OPEN:
                depth -= 1
            elif depth == 0 and word not in lex.modifiers:
                if word in ("和", "与") and _joins_department(tags, k, window[start - left :]):
                    pass
                elif word == "和" and (place := _place_before_and(tags, k, lex)):
                    if place < len(tags[k - 1][0]):
                        return start - 1 - place, False  # 由云和县: 由 glued to the place
                elif (
                    word in ("和", "与", "及")
                    and collective
                    and k > 0
                    and _is_organisation(*tags[k - 1])
                    and window[start - left :].endswith(_UNIT_ENDINGS)
                ):
                    pass  # 县委和县政府领导: a label over the leaders of two bodies
                elif word in ("地", "得") and start == head_start:
                    pass  # 华润置地副总裁: 地 read as a particle, but none stands before a noun
                elif word in _DEMONSTRATIVES and k + 1 < len(tags) and tags[k + 1][1] == "n":
                    # 该公司副总经理: the company is named elsewhere; the title is the
                    # head, and what follows a one-character body glued to it (我 /
                    # 校党委副书记: 党委副书记)
                    noun = tags[k + 1][0]
                    if len(noun) == 2 and noun[0] in _ONE_CHARACTER_BODIES and noun[1] == "委":
                        return start, False  # 该县委常委: 县委 is the body of the title
                    one = len(noun) > 1 and noun[0] in _ONE_CHARACTER_BODIES
                    return start + (1 if one else len(noun)), False
                elif collective and tag == "r" and word in ("在家", "在场"):
                    pass  # 在家县级领导, 区四套班子在家领导: those in town, in the label
                elif collective and tag == "r" and _OWN_BODY.fullmatch(word):
                    if window[start - left :].startswith(word[1]):
                        return start, False  # 该县县领导: the body said twice, once kept
                    return start - len(word), False  # 我市领导: the writer's own body
                elif (
                    tag.startswith(("m", "t"))
                    and start < head_start
                    and k > 0
                    and tags[k - 1][1].startswith("ns")
                    and not _ARABIC_DIGIT.search(word)
                ):
                    pass  # 深圳市九天睿芯科技: a numeral word between a place and a name
                elif (
                    tag.startswith("m")
                    and start < head_start
                    and not _ARABIC_DIGIT.search(word)
                    and k + 1 < len(tags)
                    and tags[k + 1][0][:1] in _NUMBERED_UNITS
                ):
                    pass  # 中铁二十五局集团: a numbered unit (局, 师, 团) of a body
                elif (
                    len(word) == 1
                    and k > 0
                    and tags[k - 1][0] in _NUMERALS
                    and k + 1 < len(tags)
                    and tags[k + 1][0][:1] in "市县区旗"
                ):
                    return start - 2, False  # 四会市委书记: a place named with a numeral first
                elif set(word) <= _LINKED_TO_CHINA and k > 0 and tags[k - 1][0].endswith("中国"):
                    pass  # (the mark read as a word of its own)
                elif word in lex.prefix_stops or _ends_prefix(word, tag):
                    return start, False
                elif (
                    tag == "f"
                    and word in ("中", "上", "期间")
                    and k > 0
                    and tags[k - 1][1] in ("v", "vn", "n")
                    and len(tags[k - 1][0]) > 1
                    and tags[k - 1][0] not in lex.prefix_stops
                    and (
                        s[start] in "省市县区镇乡"
                        or (k + 1 < len(tags) and tags[k + 1][1].startswith("ns"))
                    )
                ):
                    # 活动中蒲城县县委副书记: the setting frames the sentence (not 中联办
                    # after 还有, nor 中金国泰)
                    return start, False
                elif (
                    len(word) > 1
                    and word in lex.follower_set
                    and (tag.startswith("v") or _dictionary_tag(word).startswith("v"))
                    and k + 1 < len(tags)
                    and not tags[k + 1][0].startswith(_UNIT_WORDS)
                ):
                    # X接待华拓公司总裁: what officials do, with the organisation as
                    # its object; not a unit named for it (调研组组长, 纪律检查委员会)
                    return start, False
                elif _glued_stop(word, tags[k + 1][0] if k + 1 < len(tags) else "", lex):
                    return start - len(word) + 1, False
                elif (
                    len(word) == 2
                    and word[1] in lex.prefix_stops
                    and word[0] in "地得的了着过"
                    and not _frequency(word)
                ):
                    return start, False  # 热情地向副市长: 地向 glued, a particle and 向
                elif word in _ORGANISATION_VERBS or linked:
                    pass
                elif (
                    tag == "v"
                    and len(word) > 1
                    and not s[start:head_start].strip(_MODIFIER_CHARS)
                    and word not in _COMPANY_ENDINGS
                    and _frequency(word) >= _KNOWN
                    and not _names_a_field(tags, k, lex)
                    # 组织部长, 宣传部长: with the head's first character the verb
                    # names a department (组织部), as 征得校 names nothing
                    and not _frequency(word + s[head_start])
                ):
                    return start, False  # a verb taking the title as object: 征得校长
                elif (
                    tag.startswith(("v", "l", "i"))
                    and k + 1 < len(tags)
                    and _starts_organisation(*tags[k + 1])
                    and _frequency(word) >= _KNOWN  # not a rare word: 曲水县才纳乡 (才纳, v)
                    and self.text.count(word + tags[k + 1][0][0]) < 2
                    # 产业集聚区管委会: a lone 区 between a noun's verb and a unit
                    # is the end of the area's name, not a body of its own (but
                    # 通知区管委会主任: a verb first in the phrase is its predicate)
                    and not (
                        len(tags[k + 1][0]) == 1
                        and k + 2 < len(tags)
                        and _is_organisation(*tags[k + 2])
                        and k > 0
                        and tags[k - 1][1].startswith("n")
                        and not tags[k - 1][1].startswith("nr")
                    )
                    # 大庆连环湖渔业公司: a verbal noun between two places is part of
                    # a place's name
                    and not (tag == "vn" and k > 0 and tags[k - 1][1].startswith("ns"))
                    # 青岛市即墨区: a verb (即墨) between a city and a level is a district
                    and not (
                        tags[k + 1][0] in ("区", "县", "市")
                        and k > 0
                        and tags[k - 1][1].startswith("ns")
                    )
                ):
                    # 发自县委书记, 记杭州东宝…: the name starts after; but a place the
                    # article names again (前进区委书记 … 前进区的) is a place
                    return start, False
            start -= len(word)
        return start, whole and not first

    def _chain(self, s: str, floor: int, head_start: int, head_end: int) -> tuple[list[str], int]:
        """The titles that end at head_end, with those linked before it by 、 兼 or a
        space, or (whole titles only) by a comma: 郑州市商务局党组书记、局长,
        自贸试验区郑州片区管委会常务副主任. Returns them and where the first begins."""
        titles: list[str] = []
        while True:
            start, whole = self.prefix_start(s, floor, head_start)
            # 由X主任王渊与…签约 / 项目投资企业X公司总经理: a preposition or a description
            # before the organisation is no part of the title
            lead = _LEAD_WORDS.match(s, start, head_start)
            if lead is not None:
                start = lead.end()
            # a prefix of four characters or more has room for a name and a head
            if head_start - start < 4 or not self._names_a_person(s[start:head_start]):
                titles.insert(0, s[start:head_end])
            first = start
            if not whole:
                break
            j = start - 1
            while j >= floor and s[j] in " \u3000\t":
                j -= 1
            if j < floor:
                break
            spaced = j < start - 1
            if spaced and s[j] not in _LINKS:
                kind, prev_end = " ", j + 1
            elif not spaced and s[j] in _LINKS:
                kind, prev_end = s[j], j
            else:
                break
            prev = self._heads_by_end.get(prev_end)
            if prev is None or prev[0] < floor:
                break
            if kind in "，," and not self._single_post(s, floor, prev[0]):
                break  # 张三任市委书记，副市长李四: not one chain
            head_start, head_end = prev
        return titles, first

    def _names_a_person(self, prefix: str) -> bool:
        """Does the prefix name a titled person (张三院士团队成员, 李四教授秘书)?
        Then the title is a relation to that person, not a post in a body."""
        if not self.lex.heads.search(prefix):
            return False
        tags = self.tag(prefix)
        return any(
            tag.startswith("nr") and self.lex.heads.fullmatch(following)
            for (_word, tag), (following, _tag) in zip(tags, tags[1:], strict=False)
        )

    def _single_post(self, s: str, floor: int, head_start: int) -> bool:
        """Is the title whose head starts at s[head_start] whole and one person's,
        so that a comma may link it to the next title? Not when it is the post of
        several organisations listed by 、 (市直机关、县直机关单位主要负责人) or of
        a group (各部门负责人, 相关企业负责人, 市援兴办有关负责人): those are other people."""
        start, whole = self.prefix_start(s, floor, head_start)
        if not whole:
            return False
        if s.startswith(_GROUP_WORDS, start) or s[start:head_start].endswith(_GROUP_WORDS):
            return False  # (市援兴办有关负责人: a body's people, before its head too)
        if _GROUP_JOINED.search(s, start, head_start):
            return False  # (县长及十堰市部分市直单位主要负责人: a second group joined on)
        return not (start > floor and s[start - 1] == "、" and start - 1 not in self._heads_by_end)
