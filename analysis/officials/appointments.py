"""Appointments and removals (任命孙浩同志为洛阳市财政局局长, 免去X的…职务, X不再担任…):
who, which post, appointed or removed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsx.analysis.officials.reader import _LEFT_OF_NAME, _Reader
from newsx.analysis.officials.words import _CJK
from newsx.analysis.segmenter import Segmenter


@dataclass(frozen=True)
class Appointment:
    name: str
    action: str  # "appoint" or "remove"
    title: str
    evidence: str


# Appointment verbs. 任 alone only where it is the verb (张三任市发改委主任), not in
# 主任, 责任, 信任, 历任 (a career, not an appointment), 任务, 任何, 任期…
_APPOINT_VERB = re.compile(
    r"任命|免去|不再担任|担任|兼任"
    r"|(?<![主责信历曾现原继离就赴上新连留聘委前时])任(?![命免务何期职用性教劳内上])"
)


_TITLE_TEXT = re.compile(r"[^，,。；;：:！？!?\s]+")


def find_appointments(text: str, *, segmenter: Segmenter | None = None) -> list[Appointment]:
    """Appointments and removals written as 任命X为…, X任…, 免去X的…职务 and
    X不再担任…: one Appointment per title named."""
    if not _APPOINT_VERB.search(text):
        return []
    return _appointments(_Reader(text, segmenter))


def _appointments(reader: _Reader) -> list[Appointment]:
    lex = reader.lex
    out: list[Appointment] = []
    for offset, sentence in reader.sentences():
        reader.offset = offset
        for m in _APPOINT_VERB.finditer(sentence):
            found = _appointment(reader, sentence, m.group(), m.start(), m.end())
            if found is None:
                continue
            name, action, body = found
            for title in re.sub(r"(?:职务|人选)$", "", body).split("、"):
                heads = list(lex.heads.finditer(title))
                if title and heads and heads[-1].end() == len(title):
                    item = Appointment(name, action, title, sentence.strip())
                    if item not in out:
                        out.append(item)
    return out


def _appointment(
    reader: _Reader, s: str, verb: str, start: int, end: int
) -> tuple[str, str, str] | None:
    """(name, action, the post as written) for the appointment verb at s[start:end]."""
    if verb in ("任命", "免去"):
        pos = end + (1 if s[end : end + 1] in ("：", ":") else 0)
        if pos >= len(s):
            return None
        name = reader.name_at(s, pos)
        if name is None:
            return None
        rest = pos + len(name)
        rest += 2 if s.startswith("同志", rest) else 0
        if verb == "任命":
            body = _TITLE_TEXT.match(s, rest + 1) if s[rest : rest + 1] == "为" else None
            return (name, "appoint", body.group()) if body else None
        rest += 1 if s[rest : rest + 1] == "的" else 0
        body = _TITLE_TEXT.match(s, rest)
        if body is None:
            return None
        post = body.group()
        cut = post.find("职务")
        return name, "remove", post[:cut] if cut > 0 else post
    # X任… / X担任… / X不再担任…: the name ends right before the verb (or 同志)
    name_end = start - 2 if s.startswith("同志", start - 2) else start
    body = _TITLE_TEXT.match(s, end)
    if body is None:
        return None
    for length in (3, 2, 4):
        begin = name_end - length
        if begin < 0:
            continue
        left = s[begin - 1] if begin else ""
        if left.isdigit() or (left and left in "〇零一二三四五六七八九十"):
            continue  # 1992年起担任: a date, not a name
        if left and _CJK.match(left) and left not in _LEFT_OF_NAME:
            if not s.endswith(("决定", "同意", "提名"), 0, begin):
                continue
        if reader.name_at(s, begin) == s[begin:name_end]:
            action = "remove" if verb == "不再担任" else "appoint"
            return s[begin:name_end], action, body.group()
    return None
