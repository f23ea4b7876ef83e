"""Reading a person's name where the text may hold one: after a title, in a list of
names, before a role verb; a name the segmenter splits or glues, one spelt in syllable
characters, a rare surname that is also an everyday character."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsx.analysis.officials.base import (
    _DOTS,
    _KNOWN,
    _NEVER_NAME_TAGS,
    _STRONG_FOLLOWER,
    _Article,
)
from newsx.analysis.officials.words import (
    _CJK,
    _COMMON,
    _TIME_OR_COUNT,
    _closed_by_word,
    _common_word,
    _dictionary_tag,
    _frequency,
    _numbered_given,
    _plausible,
)

_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,8})+")


# The longest name spelt in syllable characters that is read (乌力吉吉日嘎拉, 额尔敦毕力格).
_SPELT_MAX = 8


# Words that follow names but are also syllables of spelt Uyghur names (阿不都拉).
_SPELT_FOLLOWERS = frozenset("都")


_ORDINARY_TAGS = ("n", "a", "b", "t", "s")


# A given name is often a verb or an adjective (建新, 启明, 致远) but never one of these.
_NOT_GIVEN_TAGS = ("m", "t", "p", "c", "u", "r", "f", "y", "e", "o")


_NAMELIKE_TAGS = ("nr", "ns", "nz", "nt")


# A word this common before a title head is what the title is of (项目负责人 13,257,
# 公司经理), never a name closed by the title.
_EVERYDAY = 10_000


_CONNECTORS = set("和与及同等在对向")
# What a person does, right after a name: a 和 (与, 及) before it joins no one, it ends
# the name (市委书记杨晓和到某区调研).
_VERB_AFTER = re.compile(
    r"来到|到|前往|赴|深入|走进|对|在|调研|考察|视察|察看|出席|主持|表示|指出|强调"
)


# Where an item of a list of people ends, before the next one's title.
_LIST_BREAK = re.compile(r"[、，,。；;：:]")
# What a person says (称，) or whom he turns to (向 + a word), right after a name.
_SAYS_OR_TOWARD = re.compile(r"[称说][，,：:]|向[\u4e00-\u9fff]")


class _NameReading(_Article):
    """Reading a person's name where the text may hold one."""

    def name_at(
        self,
        s: str,
        pos: int,
        *,
        strict: bool = False,
        prefixed: bool = False,
        titled: bool = False,
    ) -> str | None:
        """The person's name that starts at s[pos] (right after a title), or None.

        strict: the name must be followed by a word that ends names (used for the
        later names of a list, 副市长王刚、刘宇, where no title stands next to them).
        prefixed: the title before it names its organisation (国务院总理李鹏), so a
        name that is also a common word needs no more than a bare title would
        (书记任务重 is 书记 + 任务重, a subject and its predicate).
        titled: a full title stands before it (an organisation's, or a chain of
        titles), so a rare surname that is also an everyday character may start
        the name (县委书记都建华，县长…), as it may inside a list of names.
        """
        lex = self.lex
        dotted = _DOTTED_NAME.match(s, pos)
        if dotted and self._spelt_first_part(s, pos):
            # 马库斯·韦伯, 安瓦尔·易卜拉欣: the shortest reading of the last part that a
            # name-ending word closes, or all of it when no Chinese follows
            last = max(m.start() for m in _DOTS.finditer(s, pos, dotted.end()))

            def ends_by(closes: Callable[[str, int], object]) -> list[int]:
                # 都 that the segmenter reads inside a word is a syllable of the
                # name (买买提·阿不都拉, 排都拉), not the adverb after it
                # (two characters at least after the dot: 亚尔麦提·如则麦麦提, not ·如 + 则)
                return [
                    e
                    for e in range(last + 3, dotted.end() + 1)
                    if closes(s, e) and (s[e : e + 1] not in _SPELT_FOLLOWERS or self._cut_at(s, e))
                ]

            ends = ends_by(self.follower_at)
            if not ends or ends == [dotted.end()]:
                # a verb ends the run, and first when only what follows the run would
                # (约翰·库福尔获胜。); the segmenter is asked only then
                ends = ends_by(self._verb_at) or ends
            if ends:
                end = ends[0]
                if end + 1 in ends and not self._cut_at(s, end) and self._cut_at(s, end + 1):
                    end += 1  # two closing words overlap: 买买提 + 出席, not 买买 + 提出
                return s[pos:end]
            if not _CJK.match(s[dotted.end() : dotted.end() + 1] or "a"):
                return dotted.group()  # 易卜拉欣20日: digits or letters after it
        # (surname length, name length, after a rare surname)
        candidates: list[tuple[int, int, bool]] = []
        if s[pos : pos + 2] in lex.compound_surnames:
            candidates += [(2, 3, False), (2, 4, False)]
        if s[pos] in lex.surnames:
            candidates += [(1, 2, False), (1, 3, False)]
        elif s[pos] in lex.rare_surnames:
            # after a bare title only three characters closed by a role verb
            # (副县长操文斌主持): two would be a word's start (县长都出席)
            reads_rare = strict or titled or _STRONG_FOLLOWER.match(s, pos + 3) is not None
            if reads_rare and self._rare_surname_reading(s, pos):
                candidates += [(1, 2, True), (1, 3, True)] if strict or titled else [(1, 3, True)]
        here = self.offset + pos
        best: tuple[int, int, int, str] | None = None
        followed = False
        for surname_len, length, rare in candidates:
            name = s[pos : pos + length]
            closed = titled and (
                s[pos + length : pos + length + 1] in ("，", ",", "、")
                or _STRONG_FOLLOWER.match(s, pos + length) is not None
            )
            if len(name) < length or not _plausible(name, surname_len, closed=closed):
                continue
            if name in lex.follower_set or name[: surname_len + 1] in lex.follower_set:
                continue  # 全程, 曾经: a word that follows names (县长全程陪同)
            if length - surname_len == 2 and name[surname_len:] in lex.follower_set:
                continue  # 领导向前来参加的嘉宾: 向 + 前来, however the segmenter cuts it
            if name[0] in "来到赴" and re.search(re.escape(name[1:]) + "[省市县区镇乡]", self.text):
                continue  # 负责人来汉寿考察: coming to a place the article names (汉寿县)
            follower = self.follower_at(s, pos + length)
            if strict and not follower:
                continue
            word_tag = self._as_word(s, pos, length)
            if (
                (
                    strict
                    or length - surname_len > 1
                    or _closed_by_word(s, pos, length, follower)
                    # (江阴市市长包鸣，…: a title's name closed by a list's comma; not
                    # after a bare 领导, 项目领导包挂、部门包抓: a duty)
                    or (
                        titled
                        and s[pos + length : pos + length + 1] in ("，", ",", "、")
                        and not s.endswith("领导", 0, pos)
                    )
                )
                and word_tag.startswith(_NEVER_NAME_TAGS)
                and not _frequency(name)
            ):
                # a guess does not count: in a list of names (能荣 as a verb), for three
                # characters (远思彬 as an idiom), or for two closed by a word after a
                # surname seldom a verb (符冬随同考察); two after one often a verb (来川
                # 视察) are a verb phrase
                word_tag = ""
            # (孙喆率代表团 / 于伟国作开工动员: the segmenter joins 率, leading, or 作, making,
            # to the name before it)
            runs_on = word_tag == "-" and s[pos + length : pos + length + 1] not in ("率", "作")
            if runs_on or word_tag.startswith(_NEVER_NAME_TAGS):
                continue  # runs on into a longer word (高度重视), or a verb (强调)
            if self._split_as_words(s, pos, length, surname_len) and not (
                titled and follower >= 2 and _numbered_given(name, surname_len, word_tag)
            ):
                continue
            common = _common_word(name, surname_len)
            ordinary = (
                word_tag.startswith(_ORDINARY_TAGS)
                and not word_tag.startswith(_NAMELIKE_TAGS)
                # a three-character word the dictionary does not know, tagged by
                # guess (于学义 as a noun), is ordinary only if it starts with one
                and (length - surname_len != 2 or common or _frequency(name) > 0)
            ) or (not prefixed and common)
            if ordinary:
                # an ordinary word (周密, 向前, 华丽), or one starting the name (任务重):
                # a name only where a sentence of the article makes it one, before a
                # role verb, 一行 or in a list of people
                closed = self._strong_after(s, pos + length, word_tag or "n") or (
                    strict and s[pos + length : pos + length + 1] == "、"
                )  # inside a list of names (市领导X、方向亮、Y)
                # (听取某指挥部领导项目介绍: an everyday word of two is a name only in a
                # list, 副会长成功等出席, wherever else it stands)
                frequent = _frequency(name) >= _EVERYDAY
                everyday = (
                    frequent
                    and length == 2
                    and s[pos + length : pos + length + 1] not in ("、", "等")
                )
                if everyday or (frequent and lex.heads.match(s, pos + length)):
                    closed = False  # …及项目负责人出席: the title's own organisation
                if closed and not titled and _dictionary_tag(name).startswith(("a", "d")):
                    # after a bare title an adjective before a verb modifies it
                    # (县长严肃指出, 主任郑重宣布): only a list makes it a name
                    closed = s[pos + length : pos + length + 1] in ("、", "，", ",")
                if not (closed or (not everyday and self._strong_elsewhere(name, here))):
                    continue
            if rare and not self._rare_name_closed(s, pos, length, strict, here):
                continue
            if follower and len(name) - surname_len == 1 and name[-1] in lex.follower_set:
                follower = follower if follower >= 2 else 0  # 苏和参加, not 王和李四
            seen = self._seen_elsewhere(name, here)
            # a person the dictionary knows by this full name (周恩来誉为…)
            known = (
                word_tag.startswith("nr")
                and length - surname_len == 2
                and _frequency(name) > 0
                and not _common_word(name, surname_len)
            )
            if follower:
                score = 10 + min(follower, 2) + (2 if seen else 0)
            elif seen:
                score = 8
            elif known:
                score = 11
            elif (
                self._segmented_as_name(s, pos, length, surname_len)
                and self._cut_at(s, pos)
                and not self._spelling_goes_on(s, pos + length)
            ):
                score = 5
            else:
                continue
            # (a 和 before what the person does joins no one: 市委书记杨晓和到某区调研)
            joins_no_one = name[-1] in "和与及" and _VERB_AFTER.match(s, pos + length)
            if (
                length - surname_len == 2
                and name[-1] in _CONNECTORS
                and not (name[-1] == "同" and _STRONG_FOLLOWER.match(s, pos + length))
                and s[pos + length : pos + length + 1] not in ("、", "的", "等")
                and follower < 2
                and not joins_no_one
            ):
                # 黄菊和市长徐匡迪: 和 joins two people (陆炳同主持, 李广同、程春明, 周克同的
                # 汇报, 刘家和等领导: names; so is 文战和 before a verb, 文战和介绍)
                score -= 2
            if length - surname_len == 2 and name[-1] in "作做" and self._word_at(s, pos + length):
                score -= 3  # 梁君作汇报: 作 + a word is a light-verb phrase
            if length - surname_len == 2 and _SAYS_OR_TOWARD.match(s, pos + length - 1):
                score -= 2  # 经理施涛称，… / 县长吴滨向前来的代表推介: 称 and 向 end no name here
            # among equals, the usual three characters, unless the third is a word
            # that follows names (宋江则在…: 宋江 + 则)
            # (but not before 的 or 等: 周克同的汇报, 刘家和等, as 同的 and 和等 are no phrases)
            ends_in_follower = (
                surname_len == 1
                and name[-1] in lex.follower_set
                and s[pos + length : pos + length + 1] not in ("的", "等")
                and not joins_no_one
            )
            usual = 0 if length == 3 and ends_in_follower else 2 if length == 3 else 1
            key = (score, int(known), usual, name)
            if best is None or key > best:
                best, followed = key, bool(follower)
        if (best is None or best[0] < 10 or not followed) and not strict:
            # weak evidence for a Han name: a spelt name closed by a verb wins
            # (委员会副主席巴克斯特说, not 巴克斯; 乌力吉图陪同, not the known 乌力吉);
            # never inside a list after the first name, where countries are
            # listed the same way (巴巴多斯、缅甸)
            spelt = self._unsurnamed_name_at(s, pos, titled=titled)
            if spelt is not None or best is None:
                return spelt
        return best[3] if best else None

    def _spelt_subject(self, s: str, pos: int, name: str) -> bool:
        """Is the name at s[pos] spelt in syllable characters and no everyday
        word, and the subject of a role verb (副县长格桑顿珠主持, 副县长次仁出席) or
        the first of people listed with titles (县长德吉央宗、副县长…)? Then even a
        bare title before it makes it a person."""
        end = pos + len(name)
        return (
            all(c in self.lex.syllables for c in name)
            # a word rarely, or a name (拉巴次仁, 扎西), not one of everyday use (巴西)
            and (_frequency(name) < _COMMON or _dictionary_tag(name).startswith("nr"))
            and (bool(_STRONG_FOLLOWER.match(s, end)) or self._strong_after(s, end, "n"))
        )

    def _spelt_listed(self, s: str, pos: int) -> str | None:
        """A spelt name with no Han surname inside a list of names (市领导扎西、
        次仁多吉、王海): syllable characters that the list closes, no place and
        no everyday word."""
        end = pos
        while end < len(s) and end - pos < _SPELT_MAX and s[end] in self.lex.syllables:
            end += 1
        for stop in range(end, pos + 1, -1):
            name = s[pos:stop]
            if s[stop : stop + 1] not in ("、", "等", "，", ",", "。") and not (
                _STRONG_FOLLOWER.match(s, stop)
            ):
                continue
            frequency, tag = _frequency(name), _dictionary_tag(name)
            if (
                not frequency
                or tag.startswith("nr")
                or (frequency < _COMMON and not tag.startswith("ns"))
            ):
                return name
            return None
        return None

    def _spelling_goes_on(self, s: str, pos: int) -> bool:
        """Does a word the dictionary does not know, spelt in syllable characters,
        start at s[pos] (韦尔特罗尼: 罗尼)? Then a transliterated name runs on and a
        Han name cannot end before it."""
        tags = self._window_tags(s, pos)
        if not tags or len(tags[0][0]) < 2 or _frequency(tags[0][0]):
            return False
        return all(c in self.lex.syllables for c in tags[0][0])  # not 按下 (滕昱辰按下…)

    def _spelt_first_part(self, s: str, pos: int) -> bool:
        """Is the part before the first dot at s[pos] a spelt given name (马库斯,
        米歇尔), not a place (中国·郑州)?"""
        dot = _DOTS.search(s, pos)
        first = s[pos : dot.start()] if dot else ""
        if not first or all(c in self.lex.syllables for c in first):
            return bool(first)
        tags = self.tag(first)
        if len(first) <= 4 and all(t.startswith(("nr", "x")) for _w, t in tags):
            return True
        # 阿不都热合曼·艾买提: a first part with Han characters too, each word rare in
        # the dictionary, a name or spelt, and the part after the dot spelt; not
        # a place (中国·郑州) or a word (候选人约翰·…)
        assert dot is not None
        spelt_after = all(c in self.lex.syllables for c in s[dot.end() : dot.end() + 2])
        return spelt_after and all(
            t.startswith(("nr", "x"))
            or all(c in self.lex.syllables for c in w)
            or _frequency(w) < _KNOWN
            for w, t in tags
        )

    def _verb_at(self, s: str, pos: int) -> bool:
        tags = self._window_tags(s, pos)
        return bool(tags) and tags[0][1].startswith("v") and len(tags[0][0]) > 1

    def _word_at(self, s: str, pos: int) -> bool:
        """Does a word of two or more characters start at s[pos]?"""
        tags = self._window_tags(s, pos)
        return bool(tags) and len(tags[0][0]) > 1

    def _cut_at(self, s: str, pos: int) -> bool:
        """Does the segmenter put a word boundary at s[pos] when it reads across it?
        A title head inside a word (水利部长江 → 水利部 / 长江) is not a title."""
        left = max(0, pos - 4)
        offset = left
        for word, _tag in self.tag(s[left : pos + 4]):
            if offset == pos:
                return True
            if offset > pos:
                return False
            offset += len(word)
        return offset == pos

    def _unsurnamed_name_at(self, s: str, pos: int, *, titled: bool = False) -> str | None:
        """A name without a Han surname right after a title: transliterated names
        spelt in syllable characters: Mongolian, Tibetan or Uyghur names (额尔敦,
        乌日娜). Accepted only when bounded by punctuation or a role verb (after an
        organisation's title, any word that ends names: 所长巴桑旺堆在…) and not
        read as an ordinary word."""
        syllables = self.lex.syllables
        if s[pos] in _CONNECTORS:
            return None  # 江泽民主席和叶利钦总统: 和 joins two people
        end = pos
        while end < len(s) and end - pos < _SPELT_MAX and s[end] in syllables:
            if end - pos >= 2 and s[end] in _CONNECTORS:
                break  # 巴特尔和阿木: 和 joins two people
            end += 1
        for stop in range(end, pos + 1, -1):
            name = s[pos:stop]
            closed = self._strong_after(s, stop, "nr") or (titled and self.follower_at(s, stop))
            if not closed or self.lex.heads.search(name):
                continue
            if name[-1] in _CONNECTORS and self.lex.heads.match(s, stop):
                continue  # 希拉克和总理…: 和 joins the next person
            tag = self._as_word(s, pos, len(name))
            if tag in ("", "-") or tag.startswith(("nr", "ns", "nz")) or not _frequency(name):
                return name  # not an ordinary word; a guess (旦增 as a verb) is none
        return None

    def _rare_surname_reading(self, s: str, pos: int) -> bool:
        """Is the rare surname at s[pos] (都, 那, 明…) not starting an everyday word
        here: neither it with the next character (明确, 通过) nor with the next two
        is a dictionary word other than a person's name?"""
        tags = self._window_tags(s, pos)
        if tags and tags[0][0] == s[pos] and tags[0][1].startswith(("c", "p")):
            return False  # 和, 同, 从 as a conjunction or preposition
        for length in (2, 3):
            word = s[pos : pos + length]
            frequency = _frequency(word)
            if frequency and (frequency >= _COMMON or not _dictionary_tag(word).startswith("nr")):
                return False
        return True

    def _rare_name_closed(self, s: str, pos: int, length: int, strict: bool, here: int) -> bool:
        """A name after a rare surname needs the structure to close it: in a list,
        a list separator; otherwise a role verb, 一行, 等, or a comma before the
        next titled person, here or where the article writes it again. A
        two-character one needs a verb or 一行 right after it (县政协主席义洁出席)."""
        if length == 2 and self._titled_next(s, pos + length):
            return True  # 市委书记回建、市长武卫东: the next titled person closes it
        tags = self._window_tags(s, pos)
        if tags and len(tags[0][0]) == length:
            # 、能荣、 read as a verb, 远思彬 as an idiom: guesses
            guessed = (strict or length > 2) and not _frequency(tags[0][0])
            if not (guessed or tags[0][1].startswith(("nr", "a", "n"))):
                return False
        elif tags and tags[0][0] == s[pos] and len(tags) > 1:
            # the surname on its own, then the given name: never a verb or number
            offset, given = 1, []
            for word, tag in tags[1:]:
                if offset >= length:
                    break
                given.append((word, tag))
                offset += len(word)
            if offset != length or any(
                t.startswith(_NEVER_NAME_TAGS + _NOT_GIVEN_TAGS) for _w, t in given
            ):
                return False
        else:
            return False
        name = s[pos : pos + length]
        end = pos + length
        if strict:  # in a list of names: the list goes on or closes
            return s[end : end + 1] in ("、", "等") or (
                length == 3 and bool(self.follower_at(s, end))
            )
        if length == 2:
            return bool(end < len(s) and _STRONG_FOLLOWER.match(s, end))
        return self._strong_after(s, end, "n") or self._strong_elsewhere(name, here)

    def _titled_next(self, s: str, end: int) -> bool:
        """Does a titled person of a list start after s[end] (、市长X / 、市委副书记X)?"""
        if s[end : end + 1] != "、":
            return False
        head = self.lex.heads.search(s, end + 1, end + 9)
        return head is not None and not _LIST_BREAK.search(s, end + 1, head.start())

    def _surnamed(self, name: str) -> bool:
        return name[0] in self.lex.surnames or name[:2] in self.lex.compound_surnames

    def _as_word(self, s: str, pos: int, length: int) -> str:
        """How the segmenter reads s[pos:pos+length] in its sentence: the tag when
        it is one word, "-" when a word runs on past its end, "" otherwise."""
        tags = self._window_tags(s, pos)
        if not tags:
            return ""
        word, tag = tags[0]
        if len(word) > length and not tag.startswith("nr"):
            return "-"
        if len(word) == length:
            return tag
        return ""

    def _split_as_words(self, s: str, pos: int, length: int, surname_len: int) -> bool:
        """Does the segmenter read the name's characters as ordinary words: the
        surname starting a verb (应召来到: 应召 + 来到), or the given name being a
        number, time or function word (曾多年, 于今年)?"""
        tags = self._window_tags(s, pos)
        if not tags:
            return False
        word, tag = tags[0]
        if (
            surname_len < len(word) < length
            and tag.startswith(_NEVER_NAME_TAGS)
            and _frequency(word) > 0  # not a guess (杜始 as v, 宋位 as q): a real word
        ):
            return True
        if len(word) == surname_len and len(tags) > 1:
            given, given_tag = tags[1]
            if len(word) + len(given) == length and (
                (
                    given_tag.startswith(_NOT_GIVEN_TAGS)
                    # a time word only when it says a time (今年, 上午), not 国庆
                    and (given_tag[0] != "t" or _TIME_OR_COUNT.search(given))
                )
                or given in self.lex.follower_set
            ):
                return True  # 于今年, 王正在主持
        return False

    def _segmented_as_name(self, s: str, pos: int, length: int, surname_len: int) -> bool:
        """With nothing else to go on: does the segmenter end a word at the name's
        end, after either a person-name word or the surname alone (not 于 as in
        于今年)?"""
        tags = self._window_tags(s, pos)
        if not tags:
            return False
        first, tag = tags[0]
        if len(first) == length:
            # a person's name, or three characters the dictionary does not know
            # that the segmenter joined as one word (王会全 tagged by a guess)
            return tag.startswith("nr") or (length == 3 and not _frequency(first))
        if len(first) != surname_len or tag.startswith(("p", "c", "d", "u", "r")):
            return False
        offset = 0
        for word, _tag in tags:
            offset += len(word)
            if offset >= length:
                return offset == length
        return False
