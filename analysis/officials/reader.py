"""The reader of one article: it finds the title heads, reads each head's organisation
prefix leftwards and the names after it (or before it, or in brackets), names listed
under a collective label (市领导), and gives the mentions found."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from newsx.analysis.officials.base import _BODY, _DOTS, _KNOWN, _STRONG_FOLLOWER
from newsx.analysis.officials.names import _NameReading
from newsx.analysis.officials.prefixes import _CLOSE, _MODIFIER_CHARS, _OPEN, _PrefixReading
from newsx.analysis.officials.words import (
    _CJK,
    _ends_prefix,
    _frequency,
    _is_organisation,
    _plausible,
)

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")

_STAFF_COLON = re.compile(r"\s*[:：]")


@dataclass
class _Mention:
    names: list[str]
    titles: list[str]
    start: int  # offsets in the article text: first title (or name) to last name
    end: int
    sentence: str
    collective: bool = False


@dataclass
class _Person:
    name: str
    chains: list[list[str]] = field(default_factory=list)
    collective: list[str] = field(default_factory=list)
    evidence: str = ""
    roles: list[str] = field(default_factory=list)
    mentions: int = 0


class _Reader(_NameReading, _PrefixReading):
    """One article read for its officials: the mentions of its sentences."""

    def sentences(self) -> list[tuple[int, str]]:
        if self._sentences is None:
            self._sentences = [(m.start(), m.group()) for m in _SENTENCE.finditer(self.text)]
        return self._sentences

    def read(self) -> list[_Mention]:
        """The titled mentions of the sentences that have a title head."""
        # (副总编辑:彭坤煜 陈霞 / 审核:李震 | 总监:万军伟: the page's staff credited, no
        # officials of the news)
        spans = [
            m.span()
            for m in self.lex.heads.finditer(self.text)
            if not (m.group().endswith(("编辑", "总监")) and _STAFF_COLON.match(self.text, m.end()))
        ]
        starts = [start for start, _end in spans]
        found: list[_Mention] = []
        for offset, sentence in self.sentences():
            k = bisect_left(starts, offset)
            stop = offset + len(sentence)
            if k < len(starts) and starts[k] < stop:
                # the heads of this sentence (none spans a sentence's end)
                heads: list[tuple[int, int]] = []
                while k < len(spans) and spans[k][0] < stop:
                    start, end = spans[k][0] - offset, spans[k][1] - offset
                    if heads and heads[-1][1] == start:
                        heads[-1] = (heads[-1][0], end)  # 总经理助理, 市长助理: one head
                    else:
                        heads.append((start, end))
                    k += 1
                found.extend(self._read(sentence, offset, heads))
        return found

    def _read(self, s: str, offset: int, heads: list[tuple[int, int]]) -> list[_Mention]:
        lex = self.lex
        self.offset = offset
        self._heads_by_end = {end: (start, end) for start, end in heads}
        out: list[_Mention] = []
        floor = 0
        for head_start, head_end in heads:
            if head_start < floor:
                continue
            pos = head_end
            if s[pos : pos + 1] in (" ", "\u3000") and pos + 1 < len(s):
                pos += 1  # 市委书记 张三
            if (
                s[pos : pos + 1] in ("：", ":")
                and pos + 1 < len(s)
                and (self.name_at(s, pos + 1, strict=True) or self._spelt_listed(s, pos + 1))
            ):
                pos += 1  # 市委副书记：X、Y (a list of the people with that post)
            if pos >= len(s):
                continue
            if s[pos] in _CLOSE:
                mention = self._name_before_parenthesis(s, floor, head_start, head_end)
                if mention is not None:
                    out.append(mention)
                    floor = head_end + 1
                continue
            qualifier = _QUALIFIER.match(s, pos) if s[pos] in "（(" else None
            if qualifier and qualifier.end() < len(s):
                pos = qualifier.end()  # 县长（代）崔永康: a note on the post, part of the title
            collective = s[head_start:head_end] in lex.collective
            intro = _LIST_INTRO.match(s, pos) if collective else None
            if intro and intro.end() < len(s):
                pos = intro.end()  # 出席活动的市领导还有X、Y
            context = s[max(floor, head_start - 4) : head_start].rstrip(_MODIFIER_CHARS)
            prefixed = bool(context) and bool(_CJK.match(context[-1]))
            prefixed = prefixed and context[-1] not in _LEFT_OF_NAME
            link = head_start - 1
            while link > floor and s[link] in _MODIFIER_CHARS:
                link -= 1  # 县委常委、常务副县长: the 、 before the modifiers
            chained = link > floor and s[link] in "、兼" and link in self._heads_by_end
            titled = prefixed or chained
            name = self.name_at(s, pos, prefixed=prefixed, titled=titled)
            if name is None and collective:
                name = self._first_of_list(s, pos)  # 县领导宇震、杨素梅: a rare surname
            if name is None:
                before = self._name_before_head(s, floor, head_start, head_end)
                if before is not None:
                    out.append(before)
                    floor = head_end
                continue
            # a name with no surname (or a rare one) needs an organisation's title or
            # a chain of titles before it: 州委副书记、州长买买提·吐尔逊
            surnamed = (
                self._surnamed(name)
                or chained
                or (
                    name[0] in lex.rare_surnames
                    and (titled or (len(name) == 3 and _STRONG_FOLLOWER.match(s, pos + 3)))
                )
                or self._spelt_subject(s, pos, name)
                or _DOTS.search(name) is not None  # 阿不都热合曼·艾买提: spelt with a dot
            )
            titles: list[str] = []
            start = head_start
            if (
                not self.names_only
                or collective
                or not surnamed
                or (head_start > floor and self._surnamed(s[head_start - 1]))
            ):  # names alone need the titles only to check these two
                titles, start = self._chain(s, floor, head_start, head_end)
                if not titles:
                    continue  # 张三院士团队成员李四: a relation, not a post
                if qualifier:
                    titles[-1] += qualifier.group()
                if len(titles) == 1 and start == head_start - 1 and self._surnamed(s[start]):
                    continue  # 王局长, 毛主席: a surname and a title address a person
                bare = titles[-1] == s[head_start:head_end]
                if bare and ((collective and not intro) or not surnamed):
                    continue  # 领导英明; but 领导有：X、Y lists them
            name = self._joined_name(s, pos, name)
            names = [name]
            self.name_positions.add(offset + pos)
            end = pos + len(name)
            # 市领导X、Y; under a label also X Y, where a single post's name and a
            # space are a headline's clauses (会见董事长X Y参加)
            separators = "、 \u3000" if collective else "、"
            noted = -1  # where the first listed person with a post in brackets starts
            while end + 1 < len(s):
                note = _LISTED_NOTE.match(s, end)
                if note is not None:
                    # 郭峰（县委副书记）、周晓燕: a listed person's own post, read after
                    noted = end - len(names[-1]) if noted < 0 else noted
                    end = note.end()
                sep = end
                while (
                    sep + 1 < len(s) and s[sep] in " \u3000\xa0" and s[sep + 1] in "、 \u3000\xa0"
                ):
                    sep += 1  # X 、Y: a stray space before the separator
                if s[sep] not in separators:
                    break
                at = sep + 1
                while at + 1 < len(s) and s[at] in " \u3000\xa0":
                    at += 1  # X、 Y: a stray space after the separator
                following = (
                    self.name_at(s, at, strict=True)
                    or self._spelt_listed(s, at)
                    or self._spaced_name(s, at)
                )
                if following is not None:
                    following = self._joined_name(s, at, following)
                if following is None and collective:
                    following = self._last_of_list(s, at)  # 市领导A、B、连天浪参加
                if following is None:
                    # an item read as no name between two names is still one of the
                    # people listed (X、能荣、Y): step over it, report only names
                    item = _LIST_ITEM.match(s, at)
                    if item is None or self.name_at(s, item.end() + 1, strict=True) is None:
                        break
                    end = item.end()
                    continue
                self.name_positions.add(offset + at)
                names.append(following)
                end = at + len(following)
            last = _LIST_END.match(s, end) if len(names) > 1 or collective else None
            if last and last.end() < len(s):
                # X、Y和Z, 市领导X和Y: the conjunction closes the same list
                following = self.name_at(s, last.end(), strict=True)
                if following is not None:
                    self.name_positions.add(offset + last.end())
                    names.append(following)
                    end = last.end() + len(following)
            trailing = lex.heads.match(s, end)
            if trailing and len(names) == 1 and self.follower_at(s, trailing.end()):
                titles.append(trailing.group())  # 校长陈佳洱教授: a title after the name too
                end = trailing.end()
            out.append(_Mention(names, titles, offset + start, offset + end, s, collective))
            floor = end if noted < 0 else noted
        out.extend(self._listed_before_label(s, offset))
        return out

    def _first_of_list(self, s: str, pos: int) -> str | None:
        """The first item of a list of names under a label (县领导宇震、杨素梅、何铮), read
        as a name by the names after it where it is not one by itself."""
        item = _LIST_ITEM.match(s, pos)
        if item is None or len(item.group()) > 3:
            return None
        following = self.name_at(s, item.end() + 1, strict=True)
        return item.group() if following is not None else None

    def _last_of_list(self, s: str, pos: int) -> str | None:
        """The last name of a list under a label (市领导吴青、陈阳山、连天浪参加), where a
        rare surname leaves it unread alone: a surname and one or two characters, then
        what a person does."""
        for length in (3, 2):
            item = s[pos : pos + length]
            if (
                len(item) == length
                and _CJK_NAME.fullmatch(item)
                and (item[0] in self.lex.surnames or item[0] in self.lex.rare_surnames)
                and not item.endswith("等")  # (王建华、游泳等出席: the list's closer)
                and self.follower_at(s, pos + length)
            ):
                return item
        return None

    def _name_before_head(
        self, s: str, floor: int, head_start: int, head_end: int
    ) -> _Mention | None:
        """李鹏总理, 邹家华副总理: a name the segmenter knows as a person's, right
        before a bare title that ends there. The title is the head as written."""
        lex = self.lex
        if not any(
            s[i] in lex.surnames or s[i : i + 2] in lex.compound_surnames
            for i in range(max(floor, head_start - 4), head_start - 1)
        ):
            return None
        if not self.follower_at(s, head_end) or s[head_start:head_end] in lex.collective:
            return None
        head_start -= len(self._modifier_before(s, floor, head_start))  # 蓝蔚青特邀委员
        listed = self._listed_name_before_head(s, floor, head_start, head_end)
        if listed is not None:
            return listed
        left = max(floor, head_start - 6)
        tags = self.tag(s[left:head_start])
        if not tags:
            return None
        word, tag = tags[-1]
        used = 1
        if (
            len(tags) > 1
            and (tags[-2][0] in lex.surnames or tags[-2][0] in lex.compound_surnames)
            and len(word) < 3
            and (not tag.startswith("nr") or not tags[-2][1].startswith(("p", "c", "r", "d", "v")))
        ):
            # 姜成康局长 segmented 姜 / 成康, 郑文澜院士 as 郑 (a place) / 文澜 (a
            # name): the surname and the given name; not 向 as a preposition (向陈明市长)
            word, tag, used = tags[-2][0] + word, "nr", 2
        begin = head_start - len(word)
        if not tag.startswith("nr") or not 2 <= len(word) <= 4 or not self._surnamed(word):
            return None
        if begin > 0 and _DOTS.match(s[begin - 1]):
            return None  # 迈克·盖尔教授: the end of a longer name
        if len(word) == 4 and word[:2] not in lex.compound_surnames and word[0] in lex.prefix_stops:
            return None  # 应塞迪略总统的邀请: 应 is the verb
        if s[max(floor, begin - 6) : begin].rstrip("了").endswith(_CITING):
            return None  # 传达学习了X总书记…讲话精神: whose words are studied, not who came
        surname_len = 2 if word[:2] in self.lex.compound_surnames else 1
        if not _plausible(word, surname_len):
            return None
        if len(tags) > used:
            before = tags[-used - 1]
            if (
                not _ends_prefix(*before)
                and before[0] not in _LEFT_OF_NAME
                and before[0] not in self.lex.prefix_stops
                # 工业园区石峰主任: the body, then the person
                and not (len(before[0]) > 1 and _is_organisation(*before))
            ):
                return None  # the name must start a phrase: 在邹家华副总理…
        self.name_positions.add(self.offset + begin)
        names = [*self._listed_before(s, floor, begin), word]
        begin -= sum(len(n) + 1 for n in names[:-1])
        return _Mention(
            names, [s[head_start:head_end]], self.offset + begin, self.offset + head_end, s
        )

    def _modifier_before(self, s: str, floor: int, head_start: int) -> str:
        """The longest modifier of two characters or more written right before a title's
        head (特邀 in 特邀委员): the title's, not the name's."""
        for length in range(min(max(self.lex.modifier_max, 2), head_start - floor), 1, -1):
            word = s[head_start - length : head_start]
            if word in self.lex.modifiers or word in _INVITED:
                return word
        return ""

    def _listed_name_before_head(
        self, s: str, floor: int, head_start: int, head_end: int
    ) -> _Mention | None:
        """王洪涛、陈畴镛委员: the last of a list of names before a title, read as a name
        (the list says it is one) where the segmenter does not know it as a person's."""
        for length in (3, 2):
            begin = head_start - length
            if begin - 1 <= floor or s[begin - 1] != "、":
                continue
            if self.name_at(s, begin, strict=True) != s[begin:head_start]:
                continue
            earlier = self._listed_before(s, floor, begin)
            if earlier:
                start = begin - sum(len(n) + 1 for n in earlier)
                self.name_positions.add(self.offset + begin)
                return _Mention(
                    [*earlier, s[begin:head_start]],
                    [s[head_start:head_end]],
                    self.offset + start,
                    self.offset + head_end,
                    s,
                )
        return None

    def _listed_before(self, s: str, floor: int, begin: int) -> list[str]:
        """The names listed before the one at `begin` (王洪涛、|陈畴镛), first first; their
        places are noted as names'."""
        names: list[str] = []
        while begin - 1 > floor and s[begin - 1] == "、":
            earlier = next(
                (
                    s[at : begin - 1]
                    for at in range(max(floor, begin - 5), begin - 2)
                    if self.name_at(s, at, strict=True) == s[at : begin - 1]
                    and (at == 0 or not _CJK.match(s[at - 1]) or s[at - 1] in _LEFT_OF_NAME)
                ),
                None,
            )
            if earlier is None:
                break
            begin -= len(earlier) + 1
            self.name_positions.add(self.offset + begin)
            names.insert(0, earlier)
        return names

    def _name_before_parenthesis(
        self, s: str, floor: int, head_start: int, head_end: int
    ) -> _Mention | None:
        """孙建功(郑东新区党工委书记): the titles in brackets right after a name."""
        titles, start = self._chain(s, floor, head_start, head_end)
        paren = start - 1
        if paren < 1 or s[paren] not in _OPEN:
            return None
        for length in (3, 2, 4):
            begin = paren - length
            if begin < floor:
                continue
            if begin > 0 and _CJK.match(s[begin - 1]) and s[begin - 1] not in _LEFT_OF_NAME:
                continue
            if self.name_at(s, begin) == s[begin:paren]:
                self.name_positions.add(self.offset + begin)
                name = s[begin:paren]
                return _Mention([name], titles, self.offset + begin, self.offset + paren, s)
        return None

    def _joined_name(self, s: str, pos: int, name: str) -> str:
        """杨晓和、杨燕伟: a 和 (与, 及) before 、 ends no list, it ends the name."""
        end = pos + len(name)
        if (
            len(name) == 2
            and s[end : end + 1] in ("和", "与", "及")
            and s[end + 1 : end + 2] == "、"
        ):
            return name + s[end]
        return name

    def _spaced_name(self, s: str, pos: int) -> str | None:
        """李 波, 张 平: a one-character given name spaced out to the width of two, as
        lists of leaders print it; the name as written."""
        match = _SPACED_NAME.match(s, pos)
        if match and match.group(1) in self.lex.surnames:
            end = match.end()
            if s[end : end + 1] in ("、", "，", ",", "。", "；", ";", "等", "") or (
                self.follower_at(s, end)
            ):
                return match.group()
        return None

    def _listable(self, item: str) -> bool:
        """Characters a list of names may hold as a name: a common surname first, Han
        characters only, no title in them (the list says it is a name: 要 may be in it)."""
        return (
            item[0] in self.lex.surnames
            and item[0] not in self.lex.rare_surnames
            and all(_CJK.match(c) for c in item)
            and not self.lex.heads.search(item)
        )

    def _listed_name(self, item: str) -> bool:
        """Three characters that can be a name inside a list of names: a plausible name
        and no word of their own (齐纲要, not 县委会)."""
        return self._listable(item) and not _frequency(item)

    def _listed_word_name(self, s: str, begin: int) -> bool:
        """Two characters inside a list of names that are a word too (古松, 高峰), but no
        place (苏州、无锡、常州等市领导)."""
        item = s[begin : begin + 2]
        return self._listable(item) and not (self._as_word(s, begin, 2) or "").startswith("ns")

    def _listed_before_label(self, s: str, offset: int) -> list[_Mention]:
        """赵奇玲、周春涌、唐火祯、赵国平等县四家班子领导: names under a collective label."""
        out: list[_Mention] = []
        for m in _LABEL_AFTER_LIST.finditer(s):
            label = m.group(1)
            names: list[str] = []
            unsure = 0  # items read as names only because the list holds them
            end = m.start()
            while end > 0:
                for length in (3, 2, 4):
                    begin = end - length
                    if begin < 0:
                        continue
                    left = s[begin - 1] if begin > 0 else ""
                    # (龙山县陈忠耀、余佳祥、…等县领导: the list's place before its first name)
                    placed = left in _PLACE_END and len(names) >= 2
                    if left and _CJK.match(left) and left not in _LEFT_OF_NAME and not placed:
                        continue
                    tag = self._as_word(s, begin, length)
                    if tag and not tag.startswith("nr") and _frequency(s[begin:end]) >= _KNOWN:
                        continue  # 苏州、无锡、常州等市领导: places, not people
                    item = s[begin:end]
                    # (inside the list a rare surname may start a name: 张晓强、元茂荣、陈伟义)
                    inside = begin > 0 and s[begin - 1] == "、"
                    if self.name_at(s, begin, strict=inside) == item or (
                        # a spelt name the list delimits (乌力吉图、): not 乌力吉 + 图
                        length == 4
                        and all(c in self.lex.syllables for c in item)
                        and not _frequency(item)
                    ):
                        names.insert(0, item)
                        break
                else:
                    item = s[end - 3 : end]
                    if end >= 4 and s[end - 4] == "、" and self._listed_name(item):
                        names.insert(0, item)  # 廖劲松、齐纲要等县领导: 纲要 is a word too
                        unsure += 1
                        end -= 4
                        continue
                    long = s[end - 4 : end]
                    if end >= 5 and s[end - 5] == "、" and names and self._listed_name(long):
                        names.insert(0, long)  # 翁志鸿、叶石玄仙、刘赤波等市领导: four characters
                        unsure += 1
                        end -= 5
                        continue
                    short = s[end - 2 : end]
                    if end >= 3 and s[end - 3] == "、" and self._listed_word_name(s, end - 2):
                        names.insert(0, short)  # 万战伟、古松等市领导: 古松 (a pine) is a word too
                        unsure += 1
                        end -= 3
                        continue
                    names = []  # an item that is not a name: not a list of people
                    break
                if begin > 0 and s[begin - 1] == "、":
                    end = begin - 1
                    continue
                break
            if names and len(names) - unsure >= 2:
                start = s.rfind(names[0], 0, m.start())
                out.append(
                    _Mention(names, [label], offset + start, offset + m.start(), s, collective=True)
                )
        return out


# A note on a post in brackets after its head: acting, seconded, concurrent, rank.
_QUALIFIER = re.compile(
    r"[（(](?:代理?|挂职|挂任|兼(?:职|任)?|主持工作|试用期?|[正副][省部厅局处县科乡]级|援[疆藏青])[）)]"
)


# What introduces the people under a collective label (市领导还有X、Y), and the
# conjunction that ends a list of names (X、Y和Z).
_LIST_INTRO = re.compile(r"(?:还有|有|包括)[：:]?|[：:]")


_LIST_END = re.compile(r"以及|和|及|与")


_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}(?=、)")


# Verbs of studying a leader's words: the leader named after them is cited.
_CITING = ("学习", "贯彻", "传达", "落实", "领会", "践行", "遵循")


# Before a collective label, the writer's own body (我市领导, 本县领导), which the
# segmenter tags as a pronoun: it starts the label.
# A surname, one or two spaces, a given name (then the item must end).
_SPACED_NAME = re.compile(r"([\u4e00-\u9fff])[ \u3000\xa0]{1,2}[\u4e00-\u9fff]")


_LISTED_NOTE = re.compile(r"[(（][^()（）、，,。]{2,15}[)）](?=、)")


_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
# 特邀委员 after a name is a title; before one it may be the verb (会议特邀研究员X).
_INVITED = frozenset({"特邀", "特约"})
_LEFT_OF_NAME = set("和与及同在由对向请让被给是有为了")
_PLACE_END = frozenset("省市县区州旗")


# 等在家的县四套班子领导: a relative clause (在家的, 在场的) may stand before the label.
_LABEL_AFTER_LIST = re.compile(
    r"等(?:其他|相关|有关|全体在家|全体|在家|(?!单位|部门|方面|企业)(?:(?!的)[\u4e00-\u9fff]){1,3}的)?"
    r"((?:"
    + _BODY
    # (a quoted word may stand in it: 县“四大家”领导)
    + r"、){0,4}[省市县区州盟旗镇乡]?(?:(?!的)[\u4e00-\u9fff“”\"]){0,8}?领导(?:人|同志|干部)?)"
    r"(?!小组|班子成员)"
)
