"""What each person did: the role verbs (ROLES) of the predicates a person is the
subject of, shared along a list of names, stopped by reported speech."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from newsx.analysis.officials.base import ROLES
from newsx.analysis.officials.reader import _Mention, _Person, _Reader

# A role verb written as a noun or an attribute: 签约仪式, 座谈会, 考察团, 讲话精神.
_NOUN_USE = re.compile(
    r"仪式|活动|现场|大会|会议|会|组|团|稿|精神|中心|人员|单位|点|项目|协议|企业|客商|双方"
)


# Verbs whose object can be another role verb: 参加调研 is 参加, not 调研.
_TAKES_ACTIVITY = ("参加", "出席", "陪同", "见证", "主持")


# Verbs after which the sentence reports speech: roles stop there (孙建功强调，一是…).
_SPEECH = re.compile(
    r"(?:强调|指出|要求|表示|说|认为|希望|提出|介绍|称|谈到|提到|坦言|透露|寄语|勉励|叮嘱)"
    r"(?:道)?[，,：:]"
)


def _assign_roles(
    reader: _Reader,
    mentions: list[_Mention],
    occurrences: list[tuple[int, int, str]],
    people: dict[str, _Person],
) -> None:
    """Give each person the role verbs of the predicates they are the subject of.

    People joined by 、 , 和 与 及 share a predicate (市领导贺思远、金山出席). A
    group inside 在…陪同下 accompanies; the predicate of the subject before it
    runs on after 陪同下 (诸葛岩一行在X的陪同下，考察了…). A group after 对 向 给
    把 为 按照 关于… is an object, and the predicate after it is still its
    subject's; one after 会见了 was met, and gets 会见.
    """
    text = reader.text
    spans = [(m.start, m.end, list(m.names)) for m in mentions]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    spans += [(start, end, [name]) for start, end, name in occurrences if start not in taken]
    spans.sort()
    starts = [sp[0] for sp in spans]
    heads = reader.lex.heads

    def give(names: list[str], roles: Iterable[str]) -> None:
        for name in names:
            for role in roles:
                if role not in people[name].roles:
                    people[name].roles.append(role)

    last: list[str] | None = None  # the last single person who was a subject
    for offset, sentence in reader.sentences():
        stop = offset + len(sentence)
        groups: list[tuple[int, int, list[str]]] = []
        first, after = bisect_left(starts, offset), bisect_left(starts, stop)
        for start, end, names in spans[first:after]:
            if groups and _GROUP_GAP.fullmatch(text[groups[-1][1] : start]):
                groups[-1] = (groups[-1][0], max(end, groups[-1][1]), groups[-1][2] + names)
            else:
                groups.append((start, end, list(names)))
        subject: tuple[int, list[str]] | None = None  # whose predicate is being read
        pronoun = _PRONOUN_SUBJECT.match(sentence) if last is not None else None
        if pronoun and last is not None and (not groups or groups[0][0] >= offset + pronoun.end()):
            # 他强调，…: the last person named as a subject before this sentence
            until = groups[0][0] if groups else stop
            give(last, _roles_in(text[offset + pronoun.end() : until], heads))
        if not groups:
            continue  # no one named here
        attending = _ATTENDING.match(sentence)
        if attending is not None:
            # 出席仪式的领导有A，B，C: everyone listed did it, up to the next predicate
            # or clause (…，大会由D主持 / …，同时，E出席了会议)
            opened = offset + attending.end()
            for start, _end, names in groups:
                if start < opened:
                    continue
                between = text[opened:start]
                if _ROLE_RE.search(between) or _ANOTHER_CLAUSE.search(between):
                    break
                give(names, [_ROLE_WORDS[attending["verb"]]])
        escorts = [(m.start() + offset, m.end() + offset) for m in _ESCORT.finditer(sentence)]
        for k, (start, end, names) in enumerate(groups):
            until = groups[k + 1][0] if k + 1 < len(groups) else stop
            escort = next(((a, b) for a, b in escorts if a <= start < b), None)
            before = text[max(offset, start - 4) : start]
            if escort is not None:
                give(names, ["陪同"])
                if subject is not None:  # the subject's predicate resumes after 陪同下
                    give(subject[1], _roles_in(text[escort[1] : until], heads))
                continue
            if before.endswith(_OBJECT_MARKERS):
                if before.endswith(_MEETING):
                    give(names, ["会见"])
                if subject is not None:
                    give(subject[1], _roles_in(text[end:until], heads))
                continue
            subject = (start, names)
            last = names if len(names) == 1 else None
            cut = next((a for a, _b in escorts if end <= a < until), until)
            give(names, _roles_in(text[end:cut], heads))
            if _SPEECH.search(text, end, cut):
                subject = None  # what follows is what they said


# A sentence that opens on who attended, then lists them: 出席今天开工仪式的领导有 /
# 参加活动的县领导还有.
_ATTENDING = re.compile(
    r"(?:[^，,。]{0,12}[，,])?(?P<verb>出席|参加|列席|见证)[^，,。：:]{0,30}?的"
    r"[^，,。：:]{0,12}?(?:有|是|为|包括)[：:]?"
)


_ANOTHER_CLAUSE = re.compile(r"由|同时|此外|另外|[；;]")


# A sentence whose subject is 他/她, after an optional adverbial (会上，他强调).
_PRONOUN_SUBJECT = re.compile(r"(?:[^，,。他她]{1,8}[，,])?[他她](?!们)")


_GROUP_GAP = re.compile(r"[、，,\s]*(?:和|与|及|以及|同)?[、，,\s]*")


# 在X陪同下 / 在X的陪同下 / 在X等人的陪同下
_ESCORT = re.compile(r"在[^。；;在]{1,80}?陪同下")


_MEETING = ("会见", "会见了", "接见", "接见了", "会晤", "会晤了")


_OBJECT_MARKERS = (
    *"对 向 给 把 为 按照 根据 依照 遵照 关于 对于".split(),
    *_MEETING,
)


# Words written for a role: 率队调研 is 带队, 列席会议 is 参加.
_ROLE_WORDS = {
    **{r: r for r in ROLES},
    "率队": "带队",
    "率领": "带队",
    "带领": "带队",
    "列席": "参加",
    "会晤": "会见",
}


_ROLE_RE = re.compile("|".join(sorted(_ROLE_WORDS, key=len, reverse=True)))


# Verbs that take a noun object (出席会议) and so never read as a noun themselves.
_TRANSITIVE = tuple("出席 参加 主持 陪同 见证 会见 慰问 宣布 要求 强调 指出 列席".split())


# Activities that everyone taking part does: 参加座谈 is 参加 and 座谈, but
# 参加调研 is only 参加 (the 调研 is the leader's).
_SHARED_ACTIVITIES = ("座谈", "会谈")


def _roles_in(predicate: str, heads: re.Pattern[str]) -> list[str]:
    """The role verbs of a predicate: 出席并致辞 → 出席, 致辞; not 签约 in
    出席签约仪式, not 调研 in 参加调研, nothing after 强调，(what was said).

    The predicate runs on over commas (深入高新区、经开区，调研…) until a clause
    names another subject by its title (…出席,华润数科等多家企业负责人在线参加会议);
    a title right after the subject is a co-subject (贺思远，市应急管理局…负责人参加).
    """
    speech = _SPEECH.search(predicate)
    if speech:
        predicate = predicate[: speech.end()]
    roles: list[str] = []
    read = ""
    for k, clause in enumerate(_COMMA.split(predicate)):
        if k and heads.search(clause) and _NOT_ONLY_LINKS.search(read):
            break
        read += clause
        for m in _ROLE_RE.finditer(clause):
            verb, before, after = m.group(), clause[: m.start()], clause[m.end() :]
            if verb not in _TRANSITIVE and _NOUN_USE.match(after):
                continue  # 签约仪式, 座谈会, 考察团
            if verb == "主持" and after.startswith("人"):
                continue
            if before.endswith(_TAKES_ACTIVITY) and verb not in _SHARED_ACTIVITIES:
                continue  # 参加调研: the activity is the object
            if before.endswith("的") and not after.startswith("下"):
                continue  # 听取…的介绍 (a noun); but 在X的陪同下
            role = _ROLE_WORDS[verb]
            if role not in roles:
                roles.append(role)
    return roles


_COMMA = re.compile("[，,]")


_NOT_ONLY_LINKS = re.compile(r"[^\s、，,等及和以一行]")
