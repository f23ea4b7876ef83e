"""Officials: the named people of an article, with their titles and what they did.

Government news names people through their posts: 郑东新区党工委书记孙建功出席并致辞,
市委常委、秘书长陶文，副市长沈一鸣、司马骏参加调研. The rules here read that
structure instead of relying on a segmenter's person tags, which miss most such
names (孙建功 comes out as 孙 + 建功):

* a title is an organisation prefix as written plus a title head from a lexicon
  (书记, 局长, 董事长…); the prefix is read leftwards from the head, token by
  token, until a preposition, verb of address, number or punctuation, or a
  verb of what officials do (接待X公司总裁); 和/与 inside a department's or a
  place's name (教育和体育局, 平和县委) do not end it, nor do 、 between the
  bodies of a label (市委、市政府领导); a bracketed note after the head
  (县长（代）) is part of the title; a title naming another titled person
  (张三院士团队成员) is a relation, not a post;
* titles joined by 、 ， a space or 兼 before one name all belong to it;
* a name starts with a surname from a lexicon and ends where the sentence shows
  it ends: a verb such as 出席/主持/强调, 一行, 等, punctuation, or another
  mention of the same name in the article; a name that is an ordinary word is
  accepted only with that evidence; a surname that is also an everyday
  character (都, 那, 明) only after a full title, inside a list of names or
  closed by a role verb; names spelt in syllable characters (Tibetan, Mongolian,
  Uyghur: 次仁多吉, 斯琴毕力格, 阿不都热合曼·艾买提) where the structure
  closes them;
* 副市长张三、李四 gives both names the title; 孙建功(郑东新区党工委书记) puts the
  title after the name; 市领导/县领导 are collective labels;
* untitled later mentions (孙建功强调, 孙建功一行) count for the same person, and
  roles come from the verbs each mention governs.

Only small windows around title heads are segmented, so the cost on ordinary
text is a regular-expression scan. official_names gives the names alone, from
raw text of many articles, for the segmenter to keep whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsx.analysis.officials.appointments import (
    _APPOINT_VERB,
    Appointment,
    _appointments,
    find_appointments,
)
from newsx.analysis.officials.base import ROLES, _segmenter
from newsx.analysis.officials.lexicon import _lexicon
from newsx.analysis.officials.reader import _LEFT_OF_NAME, _Person, _Reader
from newsx.analysis.officials.roles import _assign_roles
from newsx.analysis.officials.words import _CJK
from newsx.analysis.segmenter import Segmenter

__all__ = [
    "ROLES",
    "Appointment",
    "Official",
    "find_appointments",
    "find_officials",
    "official_names",
    "read_officials",
]


@dataclass(frozen=True)
class Official:
    name: str
    titles: tuple[str, ...]  # verbatim, organisation prefix kept as written
    roles: tuple[str, ...]  # what the person does in the article, from ROLES
    mentions: int  # occurrences of the name in the article
    evidence: str  # the sentence where the (first) titles were found


def find_officials(text: str, *, segmenter: Segmenter | None = None) -> list[Official]:
    """The named officials of one article's text (Article.text), in order of first
    appearance, each with titles as written, roles, mention count and evidence."""
    return read_officials(text, segmenter=segmenter)[0]


def read_officials(
    text: str, *, segmenter: Segmenter | None = None
) -> tuple[list[Official], list[Appointment]]:
    """find_officials and find_appointments at once, the text read once."""
    lex = _lexicon()
    if not lex.heads.search(text):
        return [], []  # (an appointment names a post: no title head, none)
    reader = _Reader(text, segmenter)
    mentions = reader.read()
    appointments = _appointments(reader) if _APPOINT_VERB.search(text) else []
    people: dict[str, _Person] = {}
    for mention in mentions:
        for name in mention.names:
            person = people.setdefault(name, _Person(name))
            if mention.collective:
                person.collective.extend(t for t in mention.titles if t not in person.collective)
                if not person.chains and not person.evidence:
                    person.evidence = mention.sentence.strip()
            else:
                if not person.chains:
                    person.evidence = mention.sentence.strip()
                person.chains.append(mention.titles)
    for item in appointments:
        # 任命孙浩同志为洛阳市财政局局长: the post named is the person's title
        person = people.setdefault(item.name, _Person(item.name))
        if not person.chains:
            person.evidence = item.evidence
        person.chains.append([item.title])
    if not people:
        return [], appointments
    occurrences = _occurrences(reader, list(people))
    for _start, _end, name in occurrences:
        people[name].mentions += 1
    _assign_roles(reader, mentions, occurrences, people)
    first = {
        name: min((s for s, _e, n in occurrences if n == name), default=len(text))
        for name in people
    }
    ordered = sorted(people.values(), key=lambda p: first[p.name])
    officials = [
        Official(p.name, _titles(p), tuple(p.roles), max(p.mentions, 1), p.evidence)
        for p in ordered
    ]
    return officials, appointments


def official_names(text: str, *, segmenter: Segmenter | None = None) -> set[str]:
    """The names find_officials reports, read fast from raw text of any length
    (a whole file of many articles, or a block of one): no titles, roles,
    mentions or evidence, no splitting into articles.

    Each line is read as find_officials reads an article, so a name's evidence is
    what its own line says (news text gives each paragraph a line). On the
    samples, news-dev and the held-out articles this gives exactly the names of
    find_officials over split_articles; a name that only another paragraph of
    its article settles (an ordinary word named again with a role verb further
    on) can be missed. Only lines with a title head are read, each distinct line
    once (a corpus repeats lines: syndicated copies, captions, boilerplate), and
    the segmenter's readings are shared between them."""
    lex = _lexicon()
    names: set[str] = set()
    tags, lines = _shared_tables(segmenter)
    head = lex.heads.search(text)
    while head is not None:
        start = text.rfind("\n", 0, head.start()) + 1
        end = text.find("\n", head.end())
        end = end if end >= 0 else len(text)
        head = lex.heads.search(text, end)  # the next line with a title head
        line = text[start:end]
        found = lines.get(line)
        if found is None:
            found = lines[line] = _line_names(line, segmenter, tags)
        names.update(found)
    return names


def _line_names(
    line: str, segmenter: Segmenter | None, tags: dict[str, list[tuple[str, str]]]
) -> tuple[str, ...]:
    reader = _Reader(line, segmenter, tags, names_only=True)
    names = [name for mention in reader.read() for name in mention.names]
    if _APPOINT_VERB.search(line):
        names += [item.name for item in _appointments(reader)]
    return tuple(dict.fromkeys(names))


# What official_names has read, kept between its calls (a corpus comes in blocks,
# and titles, names and whole lines recur): the segmenter's readings of small
# windows and each line's names, per segmenter, emptied when they grow large.
_TABLES: dict[int, tuple[dict[str, list[tuple[str, str]]], dict[str, tuple[str, ...]]]] = {}


_MAX_ENTRIES = 50_000


def _shared_tables(
    segmenter: Segmenter | None,
) -> tuple[dict[str, list[tuple[str, str]]], dict[str, tuple[str, ...]]]:
    tables = _TABLES.setdefault(id(_segmenter(segmenter)), ({}, {}))
    for table in tables:
        if len(table) > _MAX_ENTRIES:
            table.clear()
    return tables


def _titles(person: _Person) -> tuple[str, ...]:
    """Union of the titles over all mentions, a bare form dropped when another
    mention gives it with its prefix (区长 beside 永川区区长) but kept when both are
    written in the same chain (管委会主任 and 中原科技城…管委会主任), or when what
    stands before it is another of the person's titles, not an organisation (组织部长
    and 县委常委 beside 县委常委组织部长: two titles written without a separator)."""
    if not person.chains:
        return tuple(person.collective)
    titles = list(dict.fromkeys(t for chain in person.chains for t in chain))

    def covered(short: str) -> bool:
        for long in titles:
            if long != short and long.endswith(short) and long[: -len(short)] not in titles:
                together = any(short in chain and long in chain for chain in person.chains)
                if not together:
                    return True
        return False

    return tuple(t for t in titles if not covered(t))


def _occurrences(reader: _Reader, names: list[str]) -> list[tuple[int, int, str]]:
    """Where the names occur in the text: longest name first, and only where the
    text reads as a name there (after a title, a connector or punctuation, or
    before a verb such as 强调): 文明 in 全国文明城市 is not the person 文明."""
    text = reader.text
    spans: list[tuple[int, int, str]] = []
    covered: set[int] = set()  # characters already in a (longer) name: longest wins
    for name in sorted(names, key=len, reverse=True):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if covered.isdisjoint(range(at, end)):
                spans.append((at, end, name))
                covered.update(range(at, end))
            at = text.find(name, end)
    out: list[tuple[int, int, str]] = []
    for start, end, name in sorted(spans):
        left = text[start - 1] if start else ""
        if (
            start in reader.name_positions
            or not left
            or not _CJK.match(left)
            or left in _LEFT_OF_NAME
            or reader.lex.head_before.search(text, max(0, start - 8), start)
            or reader.follower_at(text, end)
        ):
            out.append((start, end, name))
    return out
