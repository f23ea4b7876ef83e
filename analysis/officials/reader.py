"""The reader of one article: it finds the title heads, reads each head's organisation
prefix leftwards and the names after it (or before it, or in brackets), names listed
under a collective label (市领导), and gives the mentions found."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from newsx.analysis.officials.lexicon import _lexicon
from newsx.analysis.officials.words import (
    _CJK,
    _COMMON,
    _LEVELS,
    _TIME_OR_COUNT,
    _UNIT_ENDINGS,
    _closed_by_word,
    _common_word,
    _dictionary_tag,
    _ends_prefix,
    _frequency,
    _is_organisation,
    _joins_department,
    _names_a_field,
    _numbered_given,
    _place_before_and,
    _plausible,
    _starts_organisation,
)
from newsx.analysis.segmenter import Segmenter

ROLES = (
    "出席 主持 致辞 讲话 调研 督导 视察 考察 检查 陪同 会见 会谈 签约 强调 指出 要求 "
    "宣布 参加 带队 介绍 主讲 见证 座谈 慰问"
).split()


# Characters that end a title's organisation prefix when reading leftwards.
_PREFIX_BREAK = set("、，,；;：:。！？!?\"'『』【】[]▲△■□●◆★☆…—\t \u3000\n")


_LINKS = {"、", "，", ",", "兼"}  # between two titles of one person (plus whitespace)


# Brackets that may stand inside an organisation's name: 中原科技城(…)管委会,
# 中交协“一带一路”物流分会, 《人民日报》社.
_OPEN, _CLOSE = "(（“‘《「", ")）”’》」"


_ARABIC_DIGIT = re.compile(r"[\d０-９]")


# Units numbered within a body: 中铁二十五局, 农八师, 第一工程处.
_NUMBERED_UNITS = frozenset("局师团处院所")


_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,8})+")


_DOTS = re.compile("[·•・]")


# The longest name spelt in syllable characters that is read (乌力吉吉日嘎拉, 额尔敦毕力格).
_SPELT_MAX = 8


# Words that follow names but are also syllables of spelt Uyghur names (阿不都拉).
_SPELT_FOLLOWERS = frozenset("都")


_STRONG_FOLLOWER = re.compile(
    "|".join(ROLES + ["一行", "等", "同志", "一同", "表示", "说", "率队", "带领", "率领", "代表"])
)


# How the segmenter reads the characters after a title, when as one word: never a
# name (verbs, adverbs, function words, idioms), or an ordinary word that is a
# name only in a clear structure (nouns, adjectives, times: 周密, 向前, 常胜).
_NEVER_NAME_TAGS = ("v", "d", "p", "c", "u", "r", "m", "q", "y", "e", "o", "l", "i", "f")


_ORDINARY_TAGS = ("n", "a", "b", "t", "s")


# A given name is often a verb or an adjective (建新, 启明, 致远) but never one of these.
_NOT_GIVEN_TAGS = ("m", "t", "p", "c", "u", "r", "f", "y", "e", "o")


_NAMELIKE_TAGS = ("nr", "ns", "nz", "nt")


_BYLINE_IN_BRACKETS = re.compile(r"(?:记者|通讯员|摄影?|特约|实习生)[^()（）]*$")


# Verbs that are part of an organisation's name: 中国驻新西兰大使, 驻深圳联络处.
_ORGANISATION_VERBS = {"驻", "派驻", "常驻", "援"}


_MODIFIER_CHARS = "副常务执行专职兼挂代理名誉首席高级资深总第一二三四级"


_CLAUSE = re.compile(r"[^、，,。；;：:！？!?]*")


_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")


_CJK_RUN = re.compile(r"[\u3400-\u9fff]{1,8}")


_MAX_PREFIX = 40  # characters read leftwards from a head for its organisation


_DEFAULT_SEGMENTER: list[Segmenter] = []


def _segmenter(segmenter: Segmenter | None) -> Segmenter:
    if segmenter is not None:
        return segmenter
    if not _DEFAULT_SEGMENTER:
        _DEFAULT_SEGMENTER.append(Segmenter())
    return _DEFAULT_SEGMENTER[0]


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


class _Reader:
    """One article: its text, the segmenter and lexicon, and small caches."""

    def __init__(
        self,
        text: str,
        segmenter: Segmenter | None,
        tags: dict[str, list[tuple[str, str]]] | None = None,
        *,
        names_only: bool = False,
    ) -> None:
        self.text = text
        self.names_only = names_only  # titles are not wanted: read them only where names need
        self.lex = _lexicon()
        self._given_segmenter = segmenter
        self._seg: Segmenter | None = None
        # the segmenter's readings of small windows; shared by the lines of a text
        self._tags: dict[str, list[tuple[str, str]]] = {} if tags is None else tags
        self._found: dict[str, list[int]] = {}  # where a candidate name occurs
        self._sentences: list[tuple[int, str]] | None = None
        # the sentence being read: its offset in the text, its title heads by end
        self.offset = 0
        self._heads_by_end: dict[int, tuple[int, int]] = {}
        # absolute offsets of names read after a title: certainly names
        self.name_positions: set[int] = set()
        self._window: tuple[str, int, list[tuple[str, str]]] = ("", -1, [])

    def tag(self, text: str) -> list[tuple[str, str]]:
        tags = self._tags.get(text)
        if tags is None:
            if self._seg is None:
                self._seg = _segmenter(self._given_segmenter)
            tags = self._tags[text] = self._seg.tag(text)
        return tags

    # -- names ---------------------------------------------------------------------------

    def follower_at(self, s: str, pos: int) -> int:
        """How strongly the text at s[pos] shows that a name ended just before it:
        the length of a following word (出席 2, 等 1), 2 for punctuation or the end
        of the text, 0 when it reads as the name going on."""
        if pos >= len(s):
            return 2
        char = s[pos]
        if not _CJK.match(char):
            # a dot goes on with the name (安瓦尔·易卜拉欣), as do letters and digits
            return 0 if char.isalnum() or _DOTS.match(char) else 2
        word = self.lex.followers.match(s, pos)
        if word:
            if s[word.end() : word.end() + 1] in _GROUP_NOUNS and word.group() in ROLES:
                return 0  # 张颖率考察团: a delegation (考察团), not a verb after the name
            return len(word.group())
        if self.lex.heads.match(s, pos):
            return 1  # a title after the name: 校长陈佳洱教授
        return 0

    def _positions(self, name: str) -> list[int]:
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = []
            at = self.text.find(name)
            while at >= 0:
                found.append(at)
                at = self.text.find(name, at + 1)
        return found

    def _seen_elsewhere(self, name: str, here: int) -> bool:
        """Is `name` written elsewhere in the article and ended there by a word
        that ends names? Then the article itself settles where this one ends."""
        positions = self._positions(name)
        if len(positions) < 2:
            return False  # only here
        end = len(name)
        return any(
            start != here and self.follower_at(self.text, start + end)
            for start in self._positions(name)
        )

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
            for closes in (self.follower_at, self._verb_at):
                # 都 that the segmenter reads inside a word is a syllable of the
                # name (买买提·阿不都拉, 排都拉), not the adverb after it
                ends = [
                    e
                    for e in range(last + 2, dotted.end() + 1)
                    if closes(s, e) and (s[e : e + 1] not in _SPELT_FOLLOWERS or self._cut_at(s, e))
                ]
                if not ends:
                    continue
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
            if len(name) < length or not _plausible(name, surname_len):
                continue
            if name in lex.follower_set or name[: surname_len + 1] in lex.follower_set:
                continue  # 全程, 曾经: a word that follows names (县长全程陪同)
            if name[0] in "来到赴" and re.search(re.escape(name[1:]) + "[省市县区镇乡]", self.text):
                continue  # 负责人来汉寿考察: coming to a place the article names (汉寿县)
            follower = self.follower_at(s, pos + length)
            if strict and not follower:
                continue
            word_tag = self._as_word(s, pos, length)
            if (
                (strict or length - surname_len > 1 or _closed_by_word(s, pos, length, follower))
                and word_tag.startswith(_NEVER_NAME_TAGS)
                and not _frequency(name)
            ):
                # a guess does not count: in a list of names (能荣 as a verb), for three
                # characters (远思彬 as an idiom), or for two closed by a word after a
                # surname seldom a verb (符冬随同考察); two after one often a verb (来川
                # 视察) are a verb phrase
                word_tag = ""
            # (孙喆率代表团: the segmenter joins 率, leading, to the name before it)
            runs_on = word_tag == "-" and s[pos + length : pos + length + 1] != "率"
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
                if _frequency(name) >= _EVERYDAY and lex.heads.match(s, pos + length):
                    closed = False  # …及项目负责人出席: the title's own organisation
                if closed and not titled and _dictionary_tag(name).startswith(("a", "d")):
                    # after a bare title an adjective before a verb modifies it
                    # (县长严肃指出, 主任郑重宣布): only a list makes it a name
                    closed = s[pos + length : pos + length + 1] in ("、", "，", ",")
                if not (closed or self._strong_elsewhere(name, here)):
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
            if (
                length - surname_len == 2
                and name[-1] in _CONNECTORS
                and not (name[-1] == "同" and _STRONG_FOLLOWER.match(s, pos + length))
                and s[pos + length : pos + length + 1] != "、"
                and follower < 2
            ):
                # 黄菊和市长徐匡迪: 和 joins two people (陆炳同主持, 李广同、程春明: names;
                # so is 文战和 before a verb, 文战和介绍)
                score -= 2
            if length - surname_len == 2 and name[-1] in "作做" and self._word_at(s, pos + length):
                score -= 3  # 梁君作汇报: 作 + a word is a light-verb phrase
            # among equals, the usual three characters, unless the third is a word
            # that follows names (宋江则在…: 宋江 + 则)
            ends_in_follower = surname_len == 1 and name[-1] in lex.follower_set
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

    def _surnamed(self, name: str) -> bool:
        return name[0] in self.lex.surnames or name[:2] in self.lex.compound_surnames

    def _strong_elsewhere(self, name: str, here: int) -> bool:
        end = len(name)
        return any(
            start != here and _STRONG_FOLLOWER.match(self.text, start + end)
            for start in self._positions(name)
        )

    def _strong_after(self, s: str, pos: int, tag: str) -> bool:
        """Is s[pos] where a name ends for sure: a role verb, 一行, 等, 同志, or
        punctuation in a list of people (副市长向前，市政府副秘书长刘勇)? A word
        the segmenter reads as a verb or a function word is never a name there."""
        if tag.startswith(_NEVER_NAME_TAGS):
            return False  # 书记强调，
        if pos >= len(s):
            return tag.startswith("nr")
        if s[pos] in "、，,":
            if tag.startswith("nr"):
                return True
            clause = _CLAUSE.match(s, pos + 1)
            return bool(clause and self.lex.heads.search(clause.group()))
        if s[pos] in "。；;（(：:":  # 埃及总统穆巴拉克：… (a headline quoting him)
            return tag.startswith("nr")
        return bool(_STRONG_FOLLOWER.match(s, pos) or self.lex.heads.match(s, pos))

    def _window_tags(self, s: str, pos: int) -> list[tuple[str, str]]:
        """The segmenter's reading of the (up to 8) Chinese characters at s[pos]."""
        if s is self._window[0] and pos == self._window[1]:
            return self._window[2]  # asked again for the same place, candidate by candidate
        run = _CJK_RUN.match(s, pos)
        tags = self.tag(run.group()) if run else []
        self._window = (s, pos, tags)
        return tags

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

    # -- titles ---------------------------------------------------------------------------

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
                elif word in lex.prefix_stops or _ends_prefix(word, tag):
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
                elif (
                    len(word) >= 2
                    and word[0] in lex.prefix_stops
                    and word[1] in _LEVELS
                    and (
                        not _frequency(word)
                        if len(word) > 2
                        else k + 1 == len(tags) or not tags[k + 1][0].startswith(_LEVELS)
                    )
                ):
                    # 由县人大主任, X及旗委书记: the segmenter glued 由 to 县, 及 to 旗委
                    return start - len(word) + 1, False
                elif len(word) >= 3 and word[0] in "由在把被" and not _frequency(word):
                    return start - len(word) + 1, False  # 由白下高新园: 由 glued to a place
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
        return not (start > floor and s[start - 1] == "、" and start - 1 not in self._heads_by_end)

    # -- reading sentences ----------------------------------------------------------------

    def sentences(self) -> list[tuple[int, str]]:
        if self._sentences is None:
            self._sentences = [(m.start(), m.group()) for m in _SENTENCE.finditer(self.text)]
        return self._sentences

    def read(self) -> list[_Mention]:
        """The titled mentions of the sentences that have a title head."""
        spans = [m.span() for m in self.lex.heads.finditer(self.text)]
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
        left = max(floor, head_start - 6)
        tags = self.tag(s[left:head_start])
        if not tags:
            return None
        word, tag = tags[-1]
        used = 1
        if (
            len(tags) > 1
            and tags[-2][0] in (lex.surnames | lex.compound_surnames)
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
        return _Mention(
            [word], [s[head_start:head_end]], self.offset + begin, self.offset + head_end, s
        )

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

    def _listed_name(self, item: str) -> bool:
        """Three characters that can be a name inside a list of names: a common
        surname, a plausible given name, and no word of their own (齐纲要, not 县委会)."""
        return (
            item[0] in self.lex.surnames
            and item[0] not in self.lex.rare_surnames
            and all(_CJK.match(c) for c in item)
            and not _frequency(item)
            and not self.lex.heads.search(item)  # (the list says it is a name: 要 may be in it)
        )

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
                    if left and _CJK.match(left) and left not in _LEFT_OF_NAME:
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


# A dictionary word this frequent is known as itself (a place: 苏州, 江阴), not as
# a person's name that happens to be in the dictionary (巴音朝鲁 1).
_KNOWN = 10
# A word this common before a title head is what the title is of (项目负责人 13,257,
# 公司经理), never a name closed by the title.
_EVERYDAY = 10_000


# Bodies named by one character after a demonstrative: 我校, 该县, 本局.
_ONE_CHARACTER_BODIES = frozenset("校市县区镇乡局厅院所站")


# A body named by its level, in a label over several (省、市领导, 县委、县政府领导).
_BODY = "[省市县区州盟旗镇乡](?:委|政府|人大|政协)?"


_BODY_BEFORE = re.compile(f"{_BODY}$")


# Words for units, which may be named for an activity (调研组, 检查委员会, 推介中心).
_UNIT_WORDS = (*"组团队处室科局办委部站所院会", "中心", "集团", "公司")  # (东方希望集团)


# Words that end companies' names and that the segmenter reads as verbs: 碧桂园控股
# 副总裁, 城市发展集团… are titles, not a verb taking the title as its object.
_COMPANY_ENDINGS = frozenset("控股 置地 置业 发展 投资 建设 开发 实业 制造 建工 运营".split())


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


# Words that make a title a group's post: 各部门负责人, 相关企业负责人.
_GROUP_WORDS = ("各", "相关", "有关", "部分", "全体")


# Before a collective label, the writer's own body (我市领导, 本县领导), which the
# segmenter tags as a pronoun: it starts the label.
# A surname, one or two spaces, a given name (then the item must end).
_SPACED_NAME = re.compile(r"([\u4e00-\u9fff])[ \u3000\xa0]{1,2}[\u4e00-\u9fff]")


_OWN_BODY = re.compile(r"[我本该][省市县区州盟旗镇乡]")


# Demonstratives that refer back to an organisation (该公司, 本局), and 我 for the
# writer's own (我学会, as 我市 is one word): its name is elsewhere, so the title
# is only its head.
_DEMONSTRATIVES = frozenset("该 本 此 其 这 这家 该家 我".split())


# Characters that may stand right before a name: connectors and prepositions.
_GROUP_NOUNS = frozenset("团组队")  # 考察团, 调研组, 督导组: a role verb as a group's name


_LISTED_NOTE = re.compile(r"[(（][^()（）、，,。]{2,15}[)）](?=、)")


_CONNECTORS = set("和与及同等在对向")


_LEFT_OF_NAME = set("和与及同在由对向请让被给是有为了")


# 等在家的县四套班子领导: a relative clause (在家的, 在场的) may stand before the label.
_LABEL_AFTER_LIST = re.compile(
    r"等(?:其他|相关|有关|(?!单位|部门|方面|企业)(?:(?!的)[\u4e00-\u9fff]){1,3}的)?"
    r"((?:"
    + _BODY
    # (a quoted word may stand in it: 县“四大家”领导)
    + r"、){0,4}[省市县区州盟旗镇乡]?(?:(?!的)[\u4e00-\u9fff“”\"]){0,8}?领导(?:人|同志)?)"
    r"(?!小组|班子成员|干部)"
)
