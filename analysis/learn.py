"""Names an article makes clear, kept whole by the segmenter for that text.

Plain jieba cuts 郑东新区 into 郑东新 + 区 and 孙建功 into 孙 + 建功. The text
itself says better: a person named after a title (郑东新区党工委书记孙建功) or in
a byline, and a place whose name jieba does not know followed by an
administrative suffix (省 市 区 县 镇 街道 社区 …).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from newsx.analysis.segmenter import Forced, Segmenter, common_words

# Administrative suffixes that jieba leaves as tokens of their own after a name it
# does not know.
PLACE_SUFFIXES = frozenset(
    "省 市 区 县 镇 乡 村 旗 盟 州 新区 街道 社区 开发区 高新区 自治区 自治州 自治县".split()
)
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
# Single characters that end a place name's head when walking back (在郑东新区).
_STOP_CHARS = frozenset(
    "在于到至从向对和与及的是为由将把被了等各全本该这那我其每经之个图省市县区镇乡村"
)
_MAX_HEAD = 3


def places(tokens: Iterable[Sequence[str]]) -> set[str]:
    """Place names from token lines: rare or unknown words before an admin suffix.

    Walking back from the suffix, the name's head takes rare or unknown words and
    single characters, and must hold at least one rare or unknown word
    (郑东新 + 区, 祭 + 城路 + 街道, 正光 + 街 + 社区).
    """
    common = common_words()
    found = set()
    for line in tokens:
        if PLACE_SUFFIXES.isdisjoint(line):
            continue  # most lines name no place: skip them at C speed
        for i, suffix in enumerate(line):
            if suffix not in PLACE_SUFFIXES:
                continue
            head = ""
            rare = False
            for token in reversed(line[max(0, i - 3) : i]):
                is_rare = token not in common
                if not _HAN.match(token) or not (is_rare or len(token) == 1):
                    break
                if token[0] in _STOP_CHARS or "个" in token or len(head) + len(token) > _MAX_HEAD:
                    break
                head = token + head
                rare = rare or is_rare
            if rare and len(head) >= 2:
                found.add(head + suffix)
    return found


# Lines that can hold a byline or a credit have a role word or a slash (记者, 摄, 文/图).
_CREDIT_HINT = re.compile("记者|通讯员|实习生|作者|摄|/")


def people(text: str, *, segmenter: Segmenter | None = None) -> set[str]:
    """Officials named in a text and the people in its bylines and photo credits.

    Reads the raw text of any number of articles, line by line: no splitting into
    articles (official_names reads each line as an article)."""
    from newsx.analysis.bylines import (
        parse_byline,
        record_byline,
        split_lead_credit,
        split_trailing_credit,
    )
    from newsx.analysis.normalize import paragraphs
    from newsx.analysis.officials import official_names

    names = official_names(text, segmenter=segmenter)
    done: set[str] = set()
    for hint in _CREDIT_HINT.finditer(text):
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.end())
        raw = text[start : end if end >= 0 else len(text)]
        if raw in done:
            continue
        done.add(raw)
        for line in paragraphs(raw):  # as an article's paragraph: trimmed, tails mended
            credits = (
                parse_byline(line),
                record_byline(line),
                split_lead_credit(line)[1],
                split_trailing_credit(line)[1],
            )
            for byline in credits:
                if byline is not None:
                    names.update(byline.reporters + byline.correspondents + byline.photographers)
    return names


@cache
def _terms() -> re.Pattern[str]:
    text = resources.files("newsx.analysis").joinpath("data/terms.txt").read_text("utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))


def terms(text: str) -> set[str]:
    """Modern policy and economy terms in the text that jieba would cut apart."""
    return set(_terms().findall(text))


def learned(
    text: str, tokens: Iterable[Sequence[str]], *, segmenter: Segmenter | None = None
) -> Forced:
    """The words to keep whole in a text: its people, its places and today's terms."""
    flags = {term: "n" for term in terms(text)}
    flags.update({name: "ns" for name in places(tokens)})
    flags.update({name: "nr" for name in people(text, segmenter=segmenter)})
    return Forced.of(flags)
