"""Text helpers for project reports: splitting outside brackets, clauses, numbers."""

from __future__ import annotations

import functools
import re

from newsx.analysis.projects.vocabulary import _CLOSE_BRACKETS, _HEADLINE_MAX, _OPEN_BRACKETS


def _partition_all(text: str, word: str) -> list[str]:
    left, sep, right = _partition_top(text, word)
    return [left, *_partition_all(right, word)] if sep else [text]


def _split_top(text: str, separators: str) -> list[str]:
    """Split at separators outside brackets and quotes (a bracket never closed opens none:
    举行了“某推介会暨签约仪式，A、B…, a quote the page lost the end of)."""
    if not _ANY_BRACKET.search(text):
        return _splitter(separators).split(text)  # the common case, in C
    out, unclosed = _split_outside(text, separators, frozenset())
    if unclosed:
        out, _ = _split_outside(text, separators, frozenset(unclosed))
    return out


def _split_outside(
    text: str, separators: str, ignored: frozenset[int]
) -> tuple[list[str], list[int]]:
    """The pieces between separators outside brackets (but those opened at `ignored`),
    and where the brackets left open were opened."""
    out: list[str] = []
    depth = 0
    start = 0
    unclosed: list[int] = []
    # Visit only brackets and separators, not every character.
    for match in _specials(separators).finditer(text):
        ch = match.group()
        if ch in _OPEN_BRACKETS:
            if match.start() in ignored:
                continue
            depth += 1
            unclosed.append(match.start())
        elif ch in _CLOSE_BRACKETS:
            depth = max(0, depth - 1)
            if unclosed:
                unclosed.pop()
        elif depth == 0:
            out.append(text[start : match.start()])
            start = match.end()
    out.append(text[start:])
    return out, unclosed


_ANY_BRACKET = re.compile(f"[{re.escape(_OPEN_BRACKETS + _CLOSE_BRACKETS)}]")


@functools.cache
def _splitter(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")


@functools.cache
def _specials(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(_OPEN_BRACKETS + _CLOSE_BRACKETS + separators)}]")


def _partition_last(text: str, word: str) -> tuple[str, str, str]:
    """text.rpartition(word) outside brackets; ("", "", text) without one."""
    parts = _partition_all(text, word)
    if len(parts) < 2:
        return "", "", text
    return word.join(parts[:-1]), word, parts[-1]


def _partition_top(text: str, word: str) -> tuple[str, str, str]:
    depth = 0
    for i, ch in enumerate(text):
        if ch in _OPEN_BRACKETS:
            depth += 1
        elif ch in _CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        # (i > 1: one character and 和 begin a word, 顺和养老院)
        elif depth == 0 and text.startswith(word, i) and i > 1 and not _in_word(text, i, word):
            return text[:i], word, text[i + len(word) :]
    return text, "", ""


_WHOLE_ENDS = ("项目", "工程", "公司", "基地", "中心", "园", "厂", "期")


def _in_word(text: str, at: int, joiner: str) -> bool:
    """Is the joiner at `at` part of a word (金龙大街和平通道: 和平, not 和)?"""
    if joiner != "和" or text.endswith(_WHOLE_ENDS, 0, at):
        return False  # (X项目和田东Y: a name ends before it, whatever 和田 may be)
    import rjieba  # (the dictionary is loaded once for the process anyway)

    start = 0
    for token in rjieba.cut(text, False):
        if start + len(token) > at:  # the token that holds it
            # (南延和河东文体广场: 和河东 is read as one word, but 河东 is a word alone)
            rest = token[1:] if start == at and len(token) >= 3 else ""
            return token != joiner and not (rest and rjieba.cut(rest, False) == [rest])
        start += len(token)
    return False


def _bracket_depth(text: str) -> int:
    depth = 0
    for match in _ANY_BRACKET.finditer(text):
        depth = depth + 1 if match.group() in _OPEN_BRACKETS else max(0, depth - 1)
    return depth


def _headline_like(line: str) -> bool:
    """A headline or subtitle: short, with no sentence punctuation."""
    return 0 < len(line) <= _HEADLINE_MAX and not _SENTENCE_PUNCT.search(line)


def _caption(para: str) -> bool:
    """A photo's caption (…，工人正在生产。记者 张三 摄 / 图为…): not the report's words."""
    return _CAPTION.search(para.strip()) is not None


_CAPTION = re.compile(r"摄[)）]?$|^图为|^图[：:]")
# A headline may exclaim (灵山这27个重大项目开竣工！) but holds no sentence.
_SENTENCE_PUNCT = re.compile("[。；;]|[，,、：:]$")


def _last_clause(text: str) -> str:
    """The last clause of `text`, ignoring separators at its very end."""
    return _split_top(text.rstrip("，,；;：: "), "，,；;：:")[-1]


_CN_NUMBER = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    value = 0
    current = 0
    for ch in text:
        if ch == "十":
            value += (current or 1) * 10
            current = 0
        else:
            current = _CN_NUMBER[ch]
    return value + current
