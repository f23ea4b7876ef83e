"""A learned second reader of project names: a linear-chain CRF over characters.

The rules of this package read the list shapes they know; an article written in a
shape they have not met loses its projects. The tagger marks names by how they look
and where they stand (the characters around them, the words jieba reads, how far the
nearest 、 or 项目 is), as learned from every annotated article we have (the model is
built by bench/train_tagger.py from the sentences that name projects). It only
proposes: a name the rules found stays as they read it, and the judge (learned.py)
decides which proposed names are kept. In an article that tells of projects coming in,
it reads the sentences that name a project, a firm or a park.

With the judge, replayed on the 20 rounds of blind sets from heldout141 it was not
trained on, with the rules each round was first met with, it raised project F1 by
0.063 to 0.194;
bench/tagger_rounds.py measures it, the README's Accuracy section has the numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsx.analysis.cache import cached_file
from newsx.analysis.projects.vocabulary import GROUNDBREAKING
from newsx.analysis.segmenter import Segmenter

# Shipped xz-compressed (a third of the size); a plain .crfsuite file also works
# (bench/tagger_rounds.py points MODEL at models it trains).
MODEL = Path(__file__).resolve().parent.parent / "data" / "project_tagger.crfsuite.xz"
# A name is proposed when every one of its characters is tagged so with at least this
# probability (lower proposed more names, and the judge kept no more right ones); the
# judge (learned.py) decides which are kept.
THRESHOLD = 0.5
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
# Which sentences are read. In an article that tells of projects coming in (an event
# anywhere in it), every sentence that names a project, a firm or a park: the judge
# (learned.py) decides which of its names are projects; reading only the sentences of
# the event lost a fifth of the gold names of blind sets (在建光伏项目分别为A、B以及C;
# A、B等10个项目正抓紧施工). In any other article (a visit, a meeting, a progress
# report, a year's key projects), only sentences that tell of a project's investment or
# list projects.
_EVENT = re.compile(
    rf"签约|开工|落地|落户|引进|竣工|投产|签订|{GROUNDBREAKING}|奠基|入驻|开竣工|开[(（]竣[)）]工"
    r"|开复工|援建"
)
_NAMED = re.compile(r"项目|工程|公司|企业|集团|基地|园|中心|" + _EVENT.pattern)
# (and counted lists of projects: 健康服务体系12个，分别为A项目、B项目 in a year's key
# projects, 8个粮食仓储项目分别是A、B, a list closed by its count: A、B等13个重点文旅项目;
# X项目包括A区、B区 names its parts)
_COUNTED_LIST = (
    r"[\d一二三四五六七八九十两]+[个项][^，,。；;、]{0,10}?[，,：:]?(?:分别[为是]|包括)[^。]*、"
)
_INVESTED_OR_LISTED = re.compile(
    rf"项目.*投资|投资.*项目|(?:项目|工程).*?{_COUNTED_LIST}|{_COUNTED_LIST}.*(?:项目|工程)"
    r"|(?:、[^、，,。；;等]{2,30}){2,}等[\d一二三四五六七八九十两]+个[^，,。；;、]{0,10}?(?:项目|工程)"
)
# Words of the sentence that are features of each of its characters.
_CUES = (
    "签约",
    "开工",
    "落地",
    "落户",
    "引进",
    "竣工",
    "投产",
    "集中",
    "项目",
    "亿元",
    "分别",
    "包括",
    "等",
)
# How far the nearest of these is, before and after a character.
_MARKS = ("、", "项目", ",")
# The attribute names of distances (in steps of 5, up to 6; -1: none) and of word
# lengths, made once: formatting them for every character was a tenth of the work.
_DISTANCE_BEFORE = {m: {d: f"d<{m}={d}" for d in range(-1, 7)} for m in _MARKS}
_DISTANCE_AFTER = {m: {d: f"d>{m}={d}" for d in range(-1, 7)} for m in _MARKS}
_WORD_LENGTH = [f"wl={n}" for n in range(6)]


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """The sentences of a text with their offsets (a line break ends one too)."""
    for match in _SENTENCE.finditer(text):
        if match.end() - match.start() >= 2:
            yield match.start(), match.group()


def features(sentence: str, segmenter: Segmenter) -> list[list[str]]:
    """The features of each character of a sentence, as crfsuite's attribute names."""
    chars = [_normal(c) for c in sentence]
    n = len(chars)
    padded = ["^", "^", *chars, "$", "$"]  # padded[i + 2] is chars[i]
    kinds = [_kind(c) for c in padded]
    words: list[tuple[str, str, int]] = [("", "S", 0)] * n
    tokens = segmenter.tokenize("".join(chars))
    for t, (word, start, end) in enumerate(tokens):
        for k in range(start, end):
            place = "S" if end - start == 1 else "B" if k == start else "E" if k == end - 1 else "M"
            words[k] = (word, place, t)
    normal = "".join(chars)
    cues = ["kw=" + cue for cue in _CUES if cue in normal]
    before = {mark: _last_before(normal, mark) for mark in _MARKS}
    after = {mark: _first_after(normal, mark) for mark in _MARKS}
    out = []
    for i, c in enumerate(chars):
        word, place, t = words[i]
        l2, l1, r1, r2 = padded[i], padded[i + 1], padded[i + 3], padded[i + 4]
        f = [
            "b",
            "c=" + c,
            "c-1=" + l1,
            "c+1=" + r1,
            "c-2=" + l2,
            "c+2=" + r2,
            "b-1=" + l1 + c,
            "b+1=" + c + r1,
            "b-2=" + l2 + l1,
            "b+2=" + r1 + r2,
            "t=" + kinds[i + 2],
            "tt=" + kinds[i + 1] + kinds[i + 2] + kinds[i + 3],
            "wp=" + place,
            "w=" + word + "/" + place,
            _WORD_LENGTH[min(len(word), 5)],
        ]
        if place in "BS":
            f.append("pw=" + (tokens[t - 1][0] if t > 0 else "^"))
        if place in "ES":
            f.append("nw=" + (tokens[t + 1][0] if t + 1 < len(tokens) else "$"))
        for mark in _MARKS:
            back, ahead = before[mark][i], after[mark][i]
            f.append(_DISTANCE_BEFORE[mark][min(i - back, 30) // 5 if back >= 0 else -1])
            f.append(_DISTANCE_AFTER[mark][min(ahead - i, 30) // 5 if ahead >= 0 else -1])
        f.extend(cues)
        out.append(f)
    return out


def labels(sentence: str, names: Collection[str]) -> list[str]:
    """B/I/O for each character: where the (NFKC) names are written, longest first."""
    normal = "".join(_normal(c) for c in sentence)
    tags = ["O"] * len(sentence)
    for name in sorted(set(names), key=len, reverse=True):
        at = normal.find(name) if name else -1
        while at >= 0:
            if all(tag == "O" for tag in tags[at : at + len(name)]):
                tags[at : at + len(name)] = ["B"] + ["I"] * (len(name) - 1)
            at = normal.find(name, at + len(name))
    return tags


def find_names(
    text: str, known: Collection[str], *, skip: Callable[[str], bool] | None = None
) -> list[tuple[str, str, float]]:
    """Names the tagger finds that are not in `known` (the rules' names), each with
    its sentence and how sure the tagger is of it, in order of first appearance.
    Sentences for which `skip` is true (no name in them could be kept) are not tagged:
    a quarter of those read in general news, where tagging is most of the time newsx
    projects takes."""
    tagger = _tagger()
    segmenter = _segmenter()
    found: dict[str, tuple[str, float]] = {}
    read = _NAMED if _EVENT.search(text) else _INVESTED_OR_LISTED
    for _, sentence in sentences(text):
        if not (read.search(sentence) or any(k in sentence for k in known)):
            continue
        if skip is not None and skip(sentence):
            continue
        tags = tagger.tag(features(sentence, segmenter))
        for start, end in _spans(tags):
            probability = min(
                [tagger.marginal("B", start)]
                + [tagger.marginal("I", k) for k in range(start + 1, end)]
                + ([1 - tagger.marginal("I", end)] if end < len(tags) else [])
            )
            # (the tagger starts no name on Latin letters or inside a number:
            # TCL|黄冈智能制造产业园项目, 1000|吨工夫红茶技术改造项目)
            cut = _CUT_BEFORE.search(sentence, 0, start)
            start -= len(cut[0]) if cut else 0
            name = sentence[start:end].strip()
            if probability >= THRESHOLD and name not in known and name not in found:
                found[name] = sentence, probability
    return [(name, sentence, probability) for name, (sentence, probability) in found.items()]


_CUT_BEFORE = re.compile(
    r"(?:[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9Ａ-Ｚａ-ｚ０-９]*|[\d０-９][\d０-９.．]*[万千百亿]?)?$"
)


def _spans(tags: list[str]) -> Iterator[tuple[int, int]]:
    i = 0
    while i < len(tags):
        if tags[i] != "B":
            i += 1
            continue
        j = i + 1
        while j < len(tags) and tags[j] == "I":
            j += 1
        yield i, j
        i = j


def _last_before(text: str, mark: str) -> list[int]:
    """For each position, where `mark` last started before it (-1: nowhere)."""
    out, last, begin = [-1] * len(text), -1, 0
    for at in _starts(text, mark):
        out[begin : at + 1] = [last] * (at + 1 - begin)
        last, begin = at, at + 1
    out[begin:] = [last] * (len(text) - begin)
    return out


def _first_after(text: str, mark: str) -> list[int]:
    """For each position, where `mark` next starts after it (-1: nowhere)."""
    out, begin = [-1] * len(text), 0
    for at in _starts(text, mark):
        out[begin:at] = [at] * (at - begin)
        begin = at
    return out


def _starts(text: str, mark: str) -> list[int]:
    found, at = [], text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


@lru_cache(maxsize=4096)
def _normal(char: str) -> str:
    # One character for one, so tags index the text as written (㎡ is m).
    return unicodedata.normalize("NFKC", char)[:1] or char


def _kind(char: str) -> str:
    if char.isdigit():
        return "D"
    if "\u4e00" <= char <= "\u9fff":
        return "H"
    if char.isascii() and char.isalpha():
        return "L"
    return "P"


@lru_cache(maxsize=1)
def _segmenter() -> Segmenter:
    return Segmenter()


@lru_cache(maxsize=1)
def _tagger() -> Any:
    return open_model(MODEL, "project_tagger")


def open_model(model: Path, name: str) -> Any:
    """A crfsuite tagger of a model file, plain or xz-compressed."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    if model.suffix != ".xz":
        tagger.open(str(model))
        return tagger
    # Unpacked once into the user's cache, then opened there by every process.
    path = cached_file(name, model, ".crfsuite", lambda: _unpacked(model))
    if path is None:
        tagger.open_inmemory(_unpacked(model))
    else:
        tagger.open(str(path))
    return tagger


@lru_cache(maxsize=2)  # crfsuite reads an in-memory model in place: keep it alive
def _unpacked(model: Path) -> bytes:
    import lzma

    return lzma.decompress(model.read_bytes())
