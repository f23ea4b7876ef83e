"""Lists of projects inside one sentence: those opened by their subject (openers.py) or
closed by their count (closers.py), bracketed and counted ones, event lists (A、B顺利开工),
runs of examples, of kinds, of invested or described projects, led clauses
(以A、B为代表) and, in a plan, the projects it will build."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsx.analysis.projects.clauses import _PLAN, _background, _cut_closer, _hortative
from newsx.analysis.projects.closers import (
    _CONTINUING,
    _TRADE,
    _WORK_KIND,
    _closer_list,
    _mostly,
)
from newsx.analysis.projects.items import (
    _STRONG,
    _TRAILING_BRACKET,
    _chunk_amount,
    _clean_name,
    _event_of,
    _is_name,
    _is_single_name,
    _Item,
    _List,
    _split_items,
    _strip_item_modifier,
    _strip_lead,
)
from newsx.analysis.projects.openers import (
    _CLASS_COUNT,
    _FIELDISH,
    _OPENER_IN_NAME,
    _invested_list,
    _opener_list,
)
from newsx.analysis.projects.text import _number, _partition_all, _split_top
from newsx.analysis.projects.vocabulary import (
    _ADVERBS,
    _CLOSER_COUNTED,
    _CLOSER_EVENT,
    _COUNT,
    _EVENT,
    _EVENTS,
    _FIELD_WORD,
    _HORTATIVE,
    _INLINE_MARKER,
    _NAME_SUFFIX,
    _PROSE,
    _SOME_KINDS,
    _SUBJECT,
    _VISIT,
)


def _opening_names(pieces: Sequence[str], shape: re.Pattern[str], count: int) -> list[str] | None:
    """The project opening each piece, two up to `count` of them; None unless every piece
    opens with one."""
    names = []
    for piece in pieces:
        match = shape.match(piece.strip())
        name = _clean_name(match.group("name")) if match else ""
        if not (name and _is_single_name(name)) or _PROSE.search(name):
            return None
        names.append(name)
    return names if 2 <= len(names) <= count else None


def _shaped(items: Sequence[_Item]) -> int:
    """How many items look like projects; the shape may stand before a bracket
    (X工程(年产10万吨…项目))."""
    return sum(bool(_NAME_SUFFIX.search(_TRAILING_BRACKET.sub("", i.name))) for i in items)


def _sentence_lists(sentence: str, *, batch: bool) -> list[_List]:
    """The lists of a sentence: the first, and after a closer the ones that follow it
    (A、B等4个项目为开工项目，C、D等2个项目为竣工项目)."""
    lists: list[_List] = []
    found = _first_list(sentence, batch=batch)
    while found is not None:
        lists.append(found)
        if found.end < 0:
            break
        # (…等15个工业项目和C、D等28个重大项目: the next run, without its 和; 以及 stays,
        # as it continues a list with one name: …等重点项目以及C等一批重大项目)
        rest = re.sub(r"^和", "", found.sentence[found.end :])
        # …，也有C等民生项目: after a list, one name may continue it.
        head = rest.lstrip("，, ")
        # …，C项目为竣工项目: one name and the event's class.
        cue = bool(_CONTINUING.match(head) or _COPULA_SINGLE.match(_split_top(head, "，,")[0]))
        found = _first_list(rest, batch=batch, cue=cue, led=True)
    return lists


def _first_list(
    sentence: str, *, batch: bool, cue: bool = False, led: bool = False
) -> _List | None:
    if not (cue or _list_cue(sentence)):
        return None
    opener = _opener_list(sentence, batch=batch)
    candidates = [opener, _closer_list(sentence, batch=batch, led=led)]
    if "…" in sentence:
        candidates.append(_trailing_run(sentence))
    if batch or _EVENT.search(sentence):
        invested = _invested_list(sentence)
        # 主要项目有：A公司投资30亿元的X项目，…: the opener's list, from its clause on.
        if not (
            opener is not None
            and invested is not None
            and invested.start <= opener.start
            and not re.search(r"[，,；;。]", sentence[invested.start : opener.start])
        ):
            candidates.append(invested)
    # 今年新开工A项目、B项目 / 某镇成功引进A、B: the event, then projects by name.
    candidates.append(_led_clause(sentence))
    if _EVENT.search(sentence):
        candidates.append(_bracketed_list(sentence))
    candidates.append(_status_chunks(sentence))
    if batch:
        candidates.append(_event_list(sentence))
        candidates.append(_amounted_run(sentence))
        candidates.append(_kind_groups(sentence))
        candidates.append(_example_runs(sentence))
    return min((c for c in candidates if c), key=lambda c: c.start, default=None)


# 引进…项目四个（A项目；B项目；C项目；D项目）: the count, then its names in brackets.
_BRACKETED = re.compile(
    rf"(?:项目|企业)(?P<n>{_COUNT})[个家项]?[（(](?P<body>(?:[^（）()]|[（(][^（）()]*[）)])+)[）)]"
)


def _bracketed_list(sentence: str) -> _List | None:
    for match in _BRACKETED.finditer(sentence):
        names = [_clean_name(n) for n in _split_top(match.group("body"), "；;")]
        if (
            2 <= len(names) == _number(match.group("n"))
            and all(_NAME_SUFFIX.search(n) and _is_name(n) for n in names)
            and not _hortative(sentence[: match.start()])
        ):
            event = _event_of(sentence[: match.start()])
            items = tuple(_Item(n, event) for n in names)
            return _List(items, len(names), False, sentence, match.start(), match.end())
    return None


def _example_runs(sentence: str) -> _List | None:
    """其中，A、B、C等，投资体量大…；D、E、F等一批基础性项目，…: in a batch report, a 其中
    sentence (or one of examples: 如A、B等，纷纷…) whose parts open with runs of the
    batch's projects closed by 等."""
    if not _EXAMPLE_LEAD.match(sentence.lstrip()):
        return None
    items: list[_Item] = []
    for chunk in _split_top(sentence, "；;"):
        run = _EXAMPLE_RUN.match(chunk.strip())
        if run is None:
            continue
        found = _split_items(run.group("run"), "")
        if len(found) < 2 or any(_PROSE.search(i.name) or _FIELDISH.search(i.name) for i in found):
            return None
        items.extend(found)
    return _List(tuple(items), None, True, sentence, 0) if items else None


_EXAMPLE_LEAD = re.compile(r"其中|(?:比|例)?如(?![意家东])")


_EXAMPLE_RUN = re.compile(
    r"^(?:其中[，,：:]?|(?:比|例)?如(?![意家东])[，,：:]?)?(?P<run>[^，,。；;等]{2,40}?(?:、[^，,。；;等]{2,40}?)+)"
    r"等(?:[，,]|一批[^，,。；;]{0,16}?项目)"
)


def _kind_groups(sentence: str) -> _List | None:
    """10个社会性投资项目既有A、B等传统产业，又有C、D等战略性新兴产业: a counted batch
    of projects in groups closed by their industries; the names are its projects."""
    subject = _GROUPED_SUBJECT.search(sentence)
    if subject is None:
        return None
    items: list[_Item] = []
    for group in _KIND_GROUP.finditer(sentence, subject.end()):
        if _SOME_KINDS.match(group.group("run")):
            continue  # 也有一些城市更新、老旧小区改造等民生项目: kinds of work
        pieces = _split_top(group.group("run"), "、")
        if sum(bool(_FIELD_WORD.match(_clean_name(p))) for p in pieces) * 2 >= len(pieces):
            return None  # 既有新材料、高端装备制造、汽车零部件等先进制造业项目: industries
        found = _split_items(group.group("run"), "")
        if not found or any(_PROSE.search(i.name) or _FIELDISH.search(i.name) for i in found):
            return None
        items.extend(found)
    if len(items) < 2:
        return None
    count = _number(subject.group("n"))
    return _List(tuple(items), count, True, sentence, subject.start())


_GROUPED_SUBJECT = re.compile(rf"(?P<n>{_COUNT})个[^，,。；;、]{{0,10}}?项目[，,]?(?=既有)")


_KIND_GROUP = re.compile(
    r"(?:既有|又有|也有|还有|更有)(?P<run>[^，,。；;等]{2,80}?)等[^，,。；;、]{0,12}?(?:产业|行业|领域|项目)"
)


def _amounted_run(sentence: str) -> _List | None:
    """其中，A公司X项目投资额为10亿元；B集团投资的Y项目投资额为6.72亿元: in a batch
    report, two or more chunks in a row, each a project and then its amount (or joined by
    、: 其中，A项目总投资13.6亿元、B项目总投资9.8亿元)."""
    chunks = _split_top(sentence, "；;")
    if len(chunks) < 2:
        chunks = _split_top(sentence, "、")
    if len(chunks) < 2:
        return None
    items: list[_Item] = []
    for chunk in chunks:
        match = _AMOUNT_AFTER_NAME.match(chunk.strip())
        if match is None:
            return None
        name = _clean_name(_strip_item_modifier(match.group("name"))[0])
        if not (_NAME_SUFFIX.search(name) and _is_single_name(name)) or _PROSE.search(name):
            return None
        if _OPENER_IN_NAME.search(name):
            return None  # 签约项目包括A项目投资5亿元、…: the opener's list, read as such
        items.append(_Item(name, "", _chunk_amount(chunk[match.start("money") :])))
    return _List(tuple(items), None, False, sentence, 0)


def _status_chunks(sentence: str) -> _List | None:
    """6个项目已完工并运营，其中：A项目已…；B项目于…投产；C项目…: a progress report's
    count of projects in one state, then each of them opening a ；-chunk of its own."""
    head = _STATUS_HEAD.search(sentence)
    if head is None:
        return None
    chunks = [c for c in _split_top(sentence[head.end() :], "；;") if c.strip()]
    count = _number(head.group("n"))
    names = _opening_names(chunks, _STATUS_NAME, count)
    if names is None:
        return None
    items = [_Item(n, _event_of(c)) for n, c in zip(names, chunks, strict=True)]
    return _List(tuple(items), count, False, sentence, head.start())


_STATUS_HEAD = re.compile(
    rf"(?P<n>{_COUNT})个(?:[^，,。；;：:]{{0,8}}?)?项目[^，,。；;：:]{{1,16}}[，,]其中[：:]"
)


_STATUS_NAME = re.compile(r"^(?P<name>[^，,。；;：:、“”]{4,40}?(?:项目|工程))(?=[^，,。；;：:])")


_AMOUNT_AFTER_NAME = re.compile(
    r"^(?:其中[，,]?)?(?P<name>[^，,。；;]{4,80}?(?:项目|工程))[，,]?"
    # what lies between a name and its amount: where it is, who builds it, who invests
    r"(?:(?:位于|坐落于|选址于?)[^，,。；;]{2,20}[，,]|由[^，,。；;]{2,40}?(?:投资)?(?:建设|实施)[，,]"
    r"|[^，,。；;]{2,40}?(?:公司|集团)(?=投资))?"
    r"(?P<money>(?:计划|拟|预计|总|协议)?投资(?:额|总额)?(?:约|达|为)?[\d.]+[万亿]*元)"
)


def _event_list(sentence: str) -> _List | None:
    """A clause that is a list and what happened to it: A、B、C顺利开工 / A、B项目奠基开工 /
    A项目和B中心正式开工.

    With neither opener nor closer, every item must look like a project, and the
    list must open its clause (宣布A、B开工 is read from the list on).
    """
    examples = _EXAMPLES.match(sentence)
    if (
        examples is not None
        and re.match(r"\s*其中[，,]", sentence)
        # (其中，新材料产业链有A项目、B项目: what has them is read by the opener 有)
        and not re.search(r"有|是|为", _split_top(examples.group("run"), "、")[0])
    ):
        # 共签下40个项目。其中，A项目、B项目等备受关注: examples of the batch by name
        items = _split_items(examples.group("run"), _event_of(sentence))
        if len(items) >= 2 and all(_STRONG.search(i.name) for i in items):
            return _List(tuple(items), None, True, sentence, 0, examples.end())
    at = 0
    for clause in _comma_joined_runs(_split_top(sentence, "，,；;：:")):
        start, at = at, at + len(clause) + 1
        if "、" not in clause and "和" not in clause:
            # …，C项目为竣工项目: one project and the event's class.
            single = _COPULA_SINGLE.match(clause.strip())
            name = _clean_name(single.group("name")) if single else ""
            if single and _NAME_SUFFIX.search(name) and _is_name(name):
                item = _Item(name, _event_of(single.group("event")))
                return _List((item,), None, False, sentence, start, at - 1)
            continue
        owned = _owned_list(clause)
        if owned is not None:
            return _List(owned, None, False, sentence, start, at - 1)
        examples = _EXAMPLES.match(clause)
        if examples is not None:
            items = _split_items(examples.group("run"), _event_of(sentence))
            if len(items) >= 2 and all(_STRONG.search(i.name) for i in items):
                return _List(tuple(items), None, True, sentence, start, at - 1)

        introduced = _COPULA_INTRODUCED.match(clause.strip())
        if introduced is not None:
            # A公司、B公司是我县新引进的一批项目: what the firms are.
            items = _split_items(introduced["run"], _event_of(introduced["event"]))
            if len(items) >= 2 and all(
                _is_name(i.name) and not _PROSE.search(i.name) for i in items
            ):
                return _List(tuple(items), None, False, sentence, start, at - 1)
        event = _EVENT_IN_CLAUSE.search(clause)
        if event is None:
            continue
        head = _LIST_LEAD.sub("", clause[: event.start()].rpartition("宣布")[2])
        head = _strip_lead(head)[0]  # 市政府与A、B签约: the other party is not an item
        head = _DEAL_OBJECT.sub("", head)  # 与A公司、B公司就合作项目进行签约: the parties
        head = head.removesuffix("的")  # A、B、C的开工，标志着…
        # 包括A、B在内的7家企业同时入园开工: the frame and its count are no name.
        head = re.sub(r"在内的?[^、，,]{0,12}$", "", head)
        # A项目、B项目合作双方代表上台签约: the projects' parties sign for them (but
        # A项目、B项目业主代表出席签约仪式 is still people who attend).
        represented = _REPRESENTED.search(head) if "、" in head else None
        if represented is not None and not _VISIT.search(represented.group()):
            head = head[: represented.start()]
        # A、B、C是此次开工的重点项目: the list is what the event's projects are.
        copula = _COPULA_EVENT.search(head)
        end = event.end()
        if copula is not None:
            kind = _EVENT_PROJECTS.match(clause, event.end())
            if kind is None:
                continue
            head, end = head[: copula.start()], kind.end()
        if _VISIT.search(head) or _hortative(head) or _NOT_LIST_HEAD.search(head):
            continue
        if _background(sentence[: start + len(clause)]):
            continue  # 近年来，A、B已建成投产: before this report's event
        if "继" in head[:12] and re.match(r"(?:建设)?(?:以来|之后)", clause[event.end() :]):
            continue  # 该项目是继A、B开工建设以来，又一…: earlier starts
        if _cut_closer(head)[0] != head:
            continue  # A、B4大项目同时开工: a closer list
        items = _split_items(head, _event_of(event.group()))
        # Every piece a project name (none dropped as an organisation or a place).
        if len(items) >= max(2, len(_split_top(head, "、"))) and _project_shaped(
            items, _headed_by_the_last
        ):
            return _List(tuple(items), None, False, sentence, start, start + end)
    return None


# What a project without 项目 in its name makes or does (超级活性炭生产及加工).
_WORK_DONE = re.compile(r"(?:加工|制造|生产|研发|开发|养殖|种植|扩建|技改|改造|利用|冶炼|装配)$")


# What a deal is about, after its parties, when it names nothing: 就合作项目 / 就相关事宜
# (not 就X项目: the project each pair signed for).
_DEAL_OBJECT = re.compile(r"就(?:合作|投资|相关|有关|共建)?(?:项目|事宜)(?:合作)?$")


def _headed_by_the_last(name: str) -> bool:
    """Could `name` be a project whose 项目 the list's last item writes for it (灿丰玻璃,
    not a kind of work: 城乡供水一体化, 县域公路桥梁建设)?"""
    return _is_name(name) and not _FIELDISH.match(name) and not _WORK_KIND.search(name)


def _comma_joined_runs(clauses: list[str]) -> list[str]:
    """A项目、B项目，C项目集中开工仪式举行: a run of projects goes on past a comma to
    the one whose event closes it; the two clauses are read as one (same length)."""
    out: list[str] = []
    for clause in clauses:
        event = _EVENT_IN_CLAUSE.search(clause)
        if (
            out
            and event is not None
            and "、" not in clause
            and _PROJECT_RUN.match(out[-1])
            and _PROJECT_RUN.match(clause[: event.start()])
            # (X项目是产业链重点招引项目，作为“项目开工大比拼”…: what X is, then its role)
            and not _NO_RUN.search(out[-1] + clause[: event.start()])
        ):
            out[-1] += "、" + clause
        else:
            out.append(clause)
    return out


_NO_RUN = re.compile(r"项目是|作为|[“”]")


# Names ending in 项目 or 工程, after a label of the batch (黑龙江省百大项目A项目、B项目).
_PROJECT_RUN = re.compile(r"^(?:[^、，,]{2,40}?(?:项目|工程)、)*[^、，,]{2,40}?(?:项目|工程)$")


# 其中A项目、B项目从签约到动工用时96天: in a batch report, examples of the batch by
# name, whatever is said of them.
_EXAMPLES = re.compile(
    r"^\s*其中[，,]?(?P<run>(?:(?:(?!项目|工程)[^、，,。和]){2,40}(?:项目|工程)[、和])+"
    r"(?:(?!项目|工程)[^、，,。和]){2,40}(?:项目|工程))"
    r"(?![^、，,。]{0,3}(?:项目|工程))"
)


def _trailing_run(sentence: str) -> _List | None:
    """A、B中心、C精密……今年以来，一批大项目成功签约落地: a run of names trailing off
    opens the sentence that says what happened to them; any names will do."""
    run = _TRAILING_RUN.match(sentence) or _TRAILING_WORKS.match(sentence)
    if run is None or not _RUN_EVENT.search(sentence, run.end()):
        return None
    names = re.sub(r"[，,]", "、", run.group("run"))
    pieces = _split_top(names, "、")
    if _mostly(pieces, (_TRADE,)):
        return None  # 废铜废铝再生加工、稀贵金属循环回收……7个项目签约: what they do
    items = _split_items(names, _event_of(sentence[run.end() :]))
    if (
        len(items) == len(pieces)
        and any(_NAME_SUFFIX.search(i.name) for i in items)
        and not any(_PROSE.search(i.name) or _SCENE.match(i.name) for i in items)
    ):
        return _List(tuple(items), None, True, sentence, 0, run.end())
    return None


# 轰隆的机器声、忙碌的生产线…… / 在栾城、在鹿泉……: a scene set in words, or where it is
# set, not names (美的 is a name).
_SCENE = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}(?<!美)的|在)")


_TRAILING_RUN = re.compile(r"^\s*(?P<run>[^、，,。…]{2,40}(?:、[^、，,。…]{2,40})+)(?:……|…)")
# A项目，B项目，C项目……9月12日，…: commas part the run only when each piece is a work.
_TRAILING_WORKS = re.compile(
    r"^\s*(?P<run>[^、，,。…]{2,40}?(?:项目|工程)(?:[，,][^、，,。…]{2,40}?(?:项目|工程)){2,})(?:……|…)"
)


_RUN_EVENT = re.compile(
    r"(?:项目|企业|名企|大企)[^。]{0,30}?(?:签约|落地|开工|投产|落户|接踵而来|纷至沓来|(?:加紧|加快|火热)建设)"
)


def _owned_list(clause: str) -> tuple[_Item, ...] | None:
    """A公司、B项目、C项目负责人分别作表态发言: in a batch report, the projects whose owners
    speak. Most items must be named projects (X项目), so a list of offices (公安局、
    发改局负责人) or of companies alone is not read."""
    owners = _OWNERS.search(clause)
    if owners is None:
        return None
    head = _LIST_LEAD.sub("", clause[: owners.start()])
    if _VISIT.search(head) or _HORTATIVE.search(head) or _NOT_LIST_HEAD.search(head):
        return None
    pieces = [p for piece in _split_top(head, "、") for p in _partition_all(piece, "和")]
    items = _split_items(head, "")
    strong = sum(bool(_STRONG.search(i.name)) for i in items)
    if len(items) < 2 or len(items) != len(pieces) or strong * 2 <= len(items):
        return None
    if any(_PROSE.search(i.name) or not _NAME_SUFFIX.search(i.name) for i in items):
        return None
    return tuple(items)


_OWNERS = re.compile(
    r"(?:的)?(?:主要)?(?:负责人|业主代表|业主|投资方代表|投资方|企业代表|代表)(?:分别|先后|依次|共同)?"
    # …负责人作表态发言 / …投资方代表分别与某区签订了投资协议
    r"(?:(?:作了?|进行了?|上台)?(?:表态|典型)?发言|(?:与[^，,。；;]{1,20}?)?(?:现场)?(?:签约|签订|签署))"
)


def _led_clause(sentence: str) -> _List | None:
    """A clause that is an event and then projects by name (今年新开工A项目、B项目; in a
    summary too: 干驿镇成功引进A项目、B项目、C项目)."""
    at = 0
    for clause in _split_top(sentence, "，,；;：:"):
        start, at = at, at + len(clause) + 1
        led = _led_list(clause)
        if led is not None:
            return _List(led, None, False, sentence, start, start + len(clause))
    return None


def _led_list(clause: str) -> tuple[_Item, ...] | None:
    """今年新开工A项目、B项目、C项目 / 现场签约了A、B: the event, then the list to the end
    of the clause, every item shaped like a project."""
    lead = _LED.match(clause)
    if lead is None or "、" not in clause[lead.end() :]:
        return None
    # 开工的A、B、C总投资10亿元: the batch's total after the list is not the last item's.
    rest = _TOTAL_AFTER.sub("", clause[lead.end() :])
    if _cut_closer(rest)[0] != rest or _VISIT.search(clause[: lead.end()]):
        return None
    if _OPENER_AHEAD.search(_split_top(rest, "、")[0]):
        return None  # 竣工投产项目涉及A、B: an opener list, read as such
    items = _split_items(rest, _event_of(lead.group()))
    if len(items) >= max(2, len(_split_top(rest, "、"))) and _project_shaped(
        items,
        _WORK_DONE.search,  # (not 华泰年产15万辆新能源汽车及锂电材料、锂电池配套项目: one)
    ):
        return tuple(items)
    return None


def _project_shaped(items: Sequence[_Item], headed: Callable[[str], object]) -> bool:
    """Is every item shaped like a project? In A站、B玻璃、C护栏项目 (新引进A及深加工、
    B生产及加工、C项目) the last item's 项目 is the others' head too, for the items that
    `headed` takes."""
    # (not A工业园暨B城、C食品、D项目: a 暨 is read by the mentions)
    shared = (
        len(items) >= 3
        and items[-1].name.endswith("项目")
        and not any("暨" in i.name for i in items)
    )
    return all(
        (_NAME_SUFFIX.search(i.name) or (shared and headed(i.name))) and not _PROSE.search(i.name)
        for i in items
    )


_OPENER_AHEAD = re.compile(r"涉及|包括|涵盖|分别|主要有|项目有|项目为|项目是|^[有为是]|[：:]")


_TOTAL_AFTER = re.compile(r"(?:共|合计)?(?:总投资|投资总额)[^、]*$")


_LED = re.compile(
    # 今年新开工 / 东岭区引进了: a time or the place, then the event.
    r"^(?:今年|当天|此次|本次|现场|会上|目前|其中|同时|首批|这批|本批|我们|[\u4e00-\u9fff]{1,6}?[省市县区镇])?"
    r"(?:新|共|已|还|现场|集中|成功|正式|先后)*"
    # (该市开工建设A、B: 建设 goes with the event)
    rf"(?:{_EVENTS}|动工|签订|签署)(?:建设)?(?:了|的)?(?![项企])"
)


_COPULA_SINGLE = re.compile(
    rf"^(?:其中)?(?P<name>[^、，,]{{4,40}}?)(?:为|是)(?P<event>{_EVENTS})(?:的)?项目$"
)


_COPULA_INTRODUCED = re.compile(
    r"^(?P<run>[^，,。；;]{4,200}?、[^，,。；;]{2,60}?)(?:是|为)[^，,。；;、]{0,12}?新?"
    r"(?P<event>引进|签约|落户|入驻|落地)的(?:一批|首批)?[^，,。；;、]{0,6}?(?:项目|企业)$"
)


_COPULA_EVENT = re.compile(r"(?:是|为)(?:此次|本次|这次|今年|今天|当天)?(?:集中)?$")


_EVENT_PROJECTS = re.compile(r"(?:建设)?的?[^，,。；;]{0,8}?项目")


# The event after a list: 顺利开工, 奠基开工, 正式签约 (an adverb or 奠基 may come first).
# A、B将抱团入驻: moving in is what enterprises commit to, so 将 does not make it a plan.
# A项目、B项目参与签约仪式: taking part in the signing is being signed.
_EVENT_IN_CLAUSE = re.compile(
    r"(?:(?:将|拟)?(?:抱团|整体|集体|陆续|相继)?(?=入驻|落户))?(?:进行了?|实现了?(?:当年|当季|当月)?)?"
    rf"(?:{_ADVERBS}|奠基)*(?:参与|参加)?(?:{_EVENTS}|动工|开建|建成|投用|投入使用)"
)


_REPRESENTED = re.compile(r"(?<=项目)(?:的)?(?:合作|签约)?(?:双方|各方|三方|投资方|业主)代表.*$")


# What may open a clause before its list: a connective or a quote mark.
_LIST_LEAD = re.compile(r"^[“\"‘\s。，,；;]*(?:随着|其中|此外|另外|同时|目前)?")


# Verbs before a list in its clause: the clause is about something else (出席A、B开工仪式).
_NOT_LIST_HEAD = re.compile(
    r"涉及|涵盖|覆盖|聚焦|围绕|举行|举办|出席|参加|见证|主持|致辞|推动|助力|带动"
    r"|代表[^、，,]{0,15}?与"  # 市长某某代表市政府与A、B签约: the parties, read as such
    r"|共建|合作建设|联合建设|共同建设"  # A、B共建X签约仪式: the parties of what they build
    r"|服务(?!区|中心|站|平台|基地|园|综合体)"  # to serve is a verb; 服务中心 is a name
)


def _list_cue(sentence: str) -> bool:
    """Cheap test: could this sentence hold or open a list of projects?"""
    subject = (
        _SUBJECT.search(sentence) is not None
        or "引进" in sentence
        or _EVENT.search(sentence) is not None
        or (_PLAN.get() and _PLAN_VERB.search(sentence) is not None)  # 建成A、B (a plan)
    )
    return bool(subject or _CLASS_COUNT.search(sentence)) and (
        "、" in sentence
        or "；" in sentence
        or ";" in sentence
        or sentence.rstrip().endswith(("：", ":", "有", "包括", "分别是", "分别为", "如下", "—"))
        or _INLINE_MARKER.search(sentence) is not None
        or "大项目" in sentence
        or "个项目" in sentence  # A和B两个项目同时开工
        or ("和" in sentence and _EVENT.search(sentence) is not None)  # A和B正式开工
        or "分别" in sentence  # 分别是A和B: two items joined by 和, no 、
        or "包括" in sentence  # 包括A项目，B项目，C项目等: items joined by ，
        or "：" in sentence  # 主要有：A项目，B项目
        or ":" in sentence
        or ("等" in sentence and _CLOSER_COUNTED.search(sentence) is not None)
        or ("等" in sentence and "引进" in sentence)  # 先后引进X项目等重大食品项目
        # 其中，A项目，B项目，C项目等签约落地: items joined by ，
        or ("等" in sentence and _CLOSER_EVENT.search(sentence) is not None)
    )


def _planned_lists(sentence: str) -> list[_List]:
    """In a key-project plan, clauses that name projects and what will be done with them
    (交通项目：A、B和C等将在今年内陆续建成通车 / 将确保A、B等工程在2017年竣工 / 同时新开工
    建设C、D等): the names before the count or the time, most shaped like projects."""
    lists: list[_List] = []
    at = 0
    for clause in _split_top(sentence, "，,；;"):
        start, at = at, at + len(clause) + 1
        if "、" not in clause or not _PLAN_VERB.search(clause):
            continue
        label = _split_top(clause, "：:")[-1].strip()
        if _BUILT_INTO.match(label):
            continue
        body = _PLAN_LEAD.sub("", label)
        run = _PLAN_TAIL.split(body, maxsplit=1)[0]
        items = _split_items(run, _event_of(clause))
        # (将确保A、B等工程…/ 新开工建设C、D等: the plan's verb before them says they are
        # projects, whatever their names end with)
        led = body != label and body[len(run) : len(run) + 1] == "等"
        if (
            len(items) >= 2
            and len(items) == len(_split_top(run, "、")) + run.count("和")
            and (_shaped(items) * 3 >= len(items) * 2 or led)
            and not any(_PROSE.search(i.name) or len(i.name) < 4 for i in items)
        ):
            lists.append(_List(tuple(items), None, True, sentence, start, at - 1))
    return lists or _progress_chunks(sentence)


def _progress_chunks(sentence: str) -> list[_List]:
    """In a key-project plan, a sentence of ；-chunks that each open with projects and say
    how they go (新建项目，A和B项目正在进行设备安装；C已完成主体建设；D、E正在进行前期设计):
    the names before the state, three chunks at least."""
    chunks = [c for c in _split_top(sentence, "；;") if c.strip()]
    if len(chunks) < 3:
        return []
    items: list[_Item] = []
    named = 0
    for chunk in chunks:
        clauses = _split_top(chunk.strip(), "，,")
        if len(clauses) > 1 and _CHUNK_LABEL.match(clauses[0]):
            clauses = clauses[1:]  # 新建项目，A…: the kind the chunks are of
        state = _STATE.search(clauses[0])
        if state is None and len(clauses) > 1 and _STATE.match(clauses[1]):
            run = clauses[0]  # A和B项目，正在进行…: the state in the next clause
        elif state is not None and state.start() >= 3:
            run = clauses[0][: state.start()]
        else:
            continue
        pieces = [q for p in _split_top(run, "、") for q in _partition_all(p, "和")]
        names = [_clean_name(_WORK_TAIL.sub("", n)) for n in pieces]
        if all(4 <= len(n) <= 30 and _is_name(n) and not _PROSE.search(n) for n in names):
            items += [_Item(n, "") for n in names]
            named += 1
    if named < 3 or named * 2 < len(chunks):
        return []
    return [_List(tuple(items), None, True, sentence, 0, -1)]


_CHUNK_LABEL = re.compile(r"^(?:新建|续建|在建|新开工|拟建)项目$")
_STATE = re.compile(r"正在|已经|已|即将|现已|目前|年内|前期工作")
_WORK_TAIL = re.compile(r"(?<=..)建设$")  # 西庄五保家园建设已完成…: the work, its name before


# What one project will become (X基地…，将建设为总部办公楼、研发中心等): its parts, no list.
_BUILT_INTO = re.compile(r"^(?:将|拟|计划)?(?:建设|建成|打造)(?:为|成)")
_PLAN_VERB = re.compile(r"将|确保|新开工|开工建设|建成|竣工|续建|新建|推进")


_PLAN_LEAD = re.compile(
    r"^(?:将确保|将|确保|同时|还将)?(?:新开工建设|新开工|开工建设|新建|续建|建成(?!区|投产|通车))?"
)


# Where a planned run of names ends: its closer, a count, the time or the plan's verb.
_PLAN_TAIL = re.compile(r"等|\d+个|年内|(?:将|要)(?=在|于|开工|建成|竣工|加快|陆续|全面)|在\d{4}年")
