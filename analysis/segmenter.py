"""Word segmentation behind one small interface.

Two engines with the same dictionary and algorithm: ``rjieba`` (jieba-rs, the
default, an order of magnitude faster) and ``jieba`` (the reference). Words that
an article makes clear (names learned from it) are kept whole by cutting the text
around them, so the engine's shared dictionary is never changed by one article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from newsx.analysis.errors import InputError

ENGINES = ("rjieba", "jieba")
MODES = ("accurate", "full", "search")

Token = tuple[str, int, int]  # word, start, end (character offsets)
UserWord = tuple[str, "int | None", "str | None"]  # word, frequency, part-of-speech flag


@dataclass(frozen=True)
class Forced:
    """Words to keep whole in one text, with their part-of-speech flags."""

    flags: Mapping[str, str]
    words: tuple[str, ...] = ()  # those of two characters or more, longest first

    @classmethod
    def of(cls, flags: Mapping[str, str]) -> Forced:
        words = sorted((w for w in flags if len(w) > 1), key=lambda w: (-len(w), w))
        return cls(dict(flags), tuple(words))

    def search(self, text: str) -> bool:
        """Does any of the words occur in the text?"""
        if len(self.words) > _FEW_WORDS:
            return self._regex.search(text) is not None
        return any(word in text for word in self.words)

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Where the words occur: leftmost first, the longest at one place, none
        overlapping (as a regex alternation of the words, longest first, finds them)."""
        if len(self.words) > _FEW_WORDS:
            yield from (match.span() for match in self._regex.finditer(text))
            return
        found = sorted(
            (start, -len(word)) for word in self.words for start in _occurrences(text, word)
        )
        end = 0
        for start, minus_length in found:
            if start >= end:
                end = start - minus_length
                yield start, end

    @cached_property
    def _regex(self) -> re.Pattern[str]:
        return re.compile("|".join(map(re.escape, self.words)))


# Up to this many words are found with str.find: compiling a regex for a small
# file's few names costs more than the search it speeds up.
_FEW_WORDS = 12


def _occurrences(text: str, word: str) -> Iterator[int]:
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + 1)


NOTHING_FORCED = Forced({})


class Segmenter:
    def __init__(self, engine: str = "rjieba", *, hmm: bool = True) -> None:
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
        self.engine = engine
        self.hmm = hmm
        self._impl: Any = _load_rjieba() if engine == "rjieba" else _load_jieba()
        self._posseg: Any = None

    # -- dictionary -----------------------------------------------------------------
    def add_word(self, word: str, freq: int | None = None, flag: str | None = None) -> None:
        self._impl.add_word(word, freq, flag)

    def has_word(self, word: str) -> bool:
        if self.engine == "rjieba":
            return bool(self._impl.has_word(word))
        return bool(self._impl.FREQ.get(word))

    # -- cutting --------------------------------------------------------------------
    def cut(self, text: str, mode: str = "accurate", forced: Forced = NOTHING_FORCED) -> list[str]:
        if not forced.words:
            return self._cut(text, mode)
        out: list[str] = []
        for piece, whole in _pieces(text, forced):
            if whole:
                out.append(piece)
            else:
                out.extend(self._cut(piece, mode))
        return out

    def keep_whole(
        self, text: str, words: list[str], forced: Forced, mode: str = "accurate"
    ) -> list[str]:
        """`words`, the plain cut of `text`, with the forced words kept whole.

        Only the words a forced word overlaps are cut again (around it): the rest
        of the line keeps the cut it had, and a line without one costs a search.
        """
        if not forced.words:
            return words
        if mode != "accurate":  # full and search modes overlap words: cut it all again
            return self.cut(text, mode, forced) if forced.search(text) else words
        regions: list[tuple[int, int]] = []  # spans of whole words to cut again
        ends: list[int] | None = None
        for match_start, match_end in forced.spans(text):
            if ends is None:
                ends = list(itertools.accumulate(map(len, words)))
            # with a word of context either side, so the parts a forced word leaves
            # of the words it cut through join their neighbours (刘济 民主 持了 →
            # 刘济民 主持 了)
            first = max(0, bisect.bisect_right(ends, match_start) - 1)
            last = min(len(words) - 1, bisect.bisect_right(ends, match_end - 1) + 1)
            if regions and first <= regions[-1][1]:
                regions[-1] = (regions[-1][0], last)
            else:
                regions.append((first, last))
        if ends is None:
            return words
        out: list[str] = []
        done = 0
        for first, last in regions:
            out += words[done:first]
            start = ends[first - 1] if first else 0
            out += self.cut(text[start : ends[last]], mode, forced)
            done = last + 1
        out += words[done:]
        return out

    def tag(self, text: str, forced: Forced = NOTHING_FORCED) -> list[tuple[str, str]]:
        if not forced.words:
            return self._tag(text)
        out: list[tuple[str, str]] = []
        for piece, whole in _pieces(text, forced):
            if whole:
                out.append((piece, forced.flags[piece]))
            else:
                out.extend(self._tag(piece))
        return out

    def tokenize(
        self, text: str, mode: str = "accurate", forced: Forced = NOTHING_FORCED
    ) -> list[Token]:
        if not forced.words:
            return self._tokenize(text, mode)
        out: list[Token] = []
        offset = 0
        for piece, whole in _pieces(text, forced):
            if whole:
                out.append((piece, offset, offset + len(piece)))
            else:
                out.extend((w, s + offset, e + offset) for w, s, e in self._tokenize(piece, mode))
            offset += len(piece)
        return out

    def _cut(self, text: str, mode: str) -> list[str]:
        impl = self._impl
        if self.engine == "rjieba":
            if mode == "accurate":
                return impl.cut(text, self.hmm)  # type: ignore[no-any-return]
            if mode == "full":
                return impl.cut_all(text)  # type: ignore[no-any-return]
            return impl.cut_for_search(text, self.hmm)  # type: ignore[no-any-return]
        if mode == "search":
            return list(impl.cut_for_search(text, HMM=self.hmm))
        return list(impl.cut(text, cut_all=mode == "full", HMM=self.hmm))

    def _tag(self, text: str) -> list[tuple[str, str]]:
        if self.engine == "rjieba":
            return self._impl.tag(text, self.hmm)  # type: ignore[no-any-return]
        if self._posseg is None:
            import jieba.posseg

            self._posseg = jieba.posseg.POSTokenizer(self._impl)
        return [(p.word, p.flag) for p in self._posseg.cut(text, HMM=self.hmm)]

    def _tokenize(self, text: str, mode: str) -> list[Token]:
        if mode == "full":
            return _offsets(text, self._cut(text, "full"))
        if self.engine == "rjieba":
            kind = "search" if mode == "search" else "default"
            return self._impl.tokenize(text, kind, self.hmm)  # type: ignore[no-any-return]
        kind = "search" if mode == "search" else "default"
        return list(self._impl.tokenize(text, mode=kind, HMM=self.hmm))


def read_user_dict(path: Path) -> list[UserWord]:
    """A user dictionary in jieba's format: `word [freq] [flag]` per line."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read user dictionary ({_reason(error)})") from None
    words: list[UserWord] = []
    for number, line in enumerate(lines, start=1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) > 3 or (len(parts) > 1 and not parts[1].isdigit() and len(parts) == 3):
            raise InputError(f"{path}:{number}: expected 'word [freq] [flag]', got {line!r}")
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        flag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        words.append((parts[0], freq, flag))
    return words


def _pieces(text: str, forced: Forced) -> Iterable[tuple[str, bool]]:
    """The text cut at the forced words: (piece, is_forced_word) pairs."""
    pos = 0
    for start, end in forced.spans(text):
        if start > pos:
            yield text[pos:start], False
        yield text[start:end], True
        pos = end
    if pos < len(text):
        yield text[pos:], False


def _offsets(text: str, words: list[str]) -> list[Token]:
    """Offsets of full-mode words, which overlap: each is found from the last start."""
    out: list[Token] = []
    start = 0
    for word in words:
        found = text.find(word, start)
        if found < 0:
            found = start
        out.append((word, found, found + len(word)))
        start = found
    return out


_COMMON_MIN_FREQ = 50


@cache  # learn.places asks once per unit; loading the set takes ~0.2 s
def common_words() -> frozenset[str]:
    """Words of jieba's dictionary frequent enough to be ordinary vocabulary.

    jieba's dictionary also holds rare junk entries (郑东新, freq 3, tagged nr);
    rare and unknown words are the ones a text may need to name for itself.
    """
    from newsx.analysis.cache import cached

    path = jieba_dictionary()

    def build() -> list[str]:
        words = []
        with path.open(encoding="utf-8") as f:
            for line in f:
                parts = line.split(" ", 2)
                if len(parts) >= 2 and int(parts[1]) >= _COMMON_MIN_FREQ:
                    words.append(parts[0])
        return words

    return frozenset(cached("common-words", path, build))


def jieba_dictionary() -> Path:
    """jieba's dict.txt, found without importing jieba (120 ms)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.origin is not None, "jieba is a dependency"
    return Path(spec.origin).parent / "dict.txt"


def _load_rjieba() -> Any:
    # The module's functions use the instance it builds on import; a second
    # rjieba.Jieba() would load the dictionary twice.
    import rjieba

    return rjieba


def _load_jieba() -> Any:
    import logging

    import jieba

    from newsx.analysis.cache import cache_dir

    jieba.setLogLevel(logging.CRITICAL + 1)
    tokenizer = jieba.Tokenizer()
    try:
        tokenizer.tmp_dir = str(cache_dir())  # not the shared /tmp/jieba.cache
    except OSError:
        pass
    tokenizer.initialize()
    return tokenizer


def _reason(error: BaseException) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8"
    return getattr(error, "strerror", None) or str(error)
