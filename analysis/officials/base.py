"""What the parts of an article's reader share: its text, the lexicon, the segmenter's
readings of small windows (cached), where a candidate name occurs and what follows it."""

from __future__ import annotations

import re

from newsx.analysis.officials.lexicon import _lexicon
from newsx.analysis.officials.words import _CJK
from newsx.analysis.segmenter import Segmenter

ROLES = (
    "出席 主持 致辞 讲话 调研 督导 视察 考察 检查 陪同 会见 会谈 签约 强调 指出 要求 "
    "宣布 参加 带队 介绍 主讲 见证 座谈 慰问"
).split()


_DOTS = re.compile("[·•・]")


_STRONG_FOLLOWER = re.compile(
    "|".join(
        ROLES + ["一行", "等", "同志", "一同", "表示", "说", "率队", "带领", "率领", "代表", "下达"]
    )
)


# How the segmenter reads the characters after a title, when as one word: never a
# name (verbs, adverbs, function words, idioms), or an ordinary word that is a
# name only in a clear structure (nouns, adjectives, times: 周密, 向前, 常胜).
_NEVER_NAME_TAGS = ("v", "d", "p", "c", "u", "r", "m", "q", "y", "e", "o", "l", "i", "f")


_CLAUSE = re.compile(r"[^、，,。；;：:！？!?]*")


_CJK_RUN = re.compile(r"[\u3400-\u9fff]{1,8}")


_DEFAULT_SEGMENTER: list[Segmenter] = []


def _segmenter(segmenter: Segmenter | None) -> Segmenter:
    if segmenter is not None:
        return segmenter
    if not _DEFAULT_SEGMENTER:
        _DEFAULT_SEGMENTER.append(Segmenter())
    return _DEFAULT_SEGMENTER[0]


# A dictionary word this frequent is known as itself (a place: 苏州, 江阴), not as
# a person's name that happens to be in the dictionary (巴音朝鲁 1).
_KNOWN = 10


# A body named by its level, in a label over several (省、市领导, 县委、县政府领导).
_BODY = "[省市县区州盟旗镇乡](?:委|政府|人大|政协)?"


# Characters that may stand right before a name: connectors and prepositions.
_GROUP_NOUNS = frozenset("团组队")  # 考察团, 调研组, 督导组: a role verb as a group's name


class _Article:
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
