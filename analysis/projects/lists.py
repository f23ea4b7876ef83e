"""Lists of projects in an article, read paragraph by paragraph: numbered runs, tables,
one name a line, one project a paragraph under its heading, a paragraph whose last
sentence opens a list that the next paragraphs hold; every other paragraph is read a
sentence at a time (sentence_lists.py). Whether the article is a plan or a key-project
list (is_plan) is decided here too."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsx.analysis.projects.clauses import _PLAN, _alone
from newsx.analysis.projects.items import (
    _chunk_amount,
    _clean_name,
    _event_of,
    _has_money,
    _is_name,
    _Item,
    _List,
    _split_items,
    _strip_item_modifier,
    _subject_count,
)
from newsx.analysis.projects.openers import _opener_list
from newsx.analysis.projects.sentence_lists import (
    _list_cue,
    _opening_names,
    _planned_lists,
    _sentence_lists,
    _shaped,
)
from newsx.analysis.projects.text import (
    _ANY_BRACKET,
    _caption,
    _headline_like,
    _last_clause,
    _number,
    _split_top,
)
from newsx.analysis.projects.vocabulary import (
    _BATCH_CUE,
    _COMPANY,
    _COUNT,
    _COUNTED_SUBJECT,
    _COUNTED_WORKS,
    _EVENT,
    _EVENTS,
    _HONOURED,
    _IN_TALKS,
    _MARKER,
    _NAME_SUFFIX,
    _OPEN_BRACKETS,
    _PROSE,
    _VISIT,
)


def _find_lists(paragraphs: Sequence[str]) -> list[_List]:
    # In a batch report (an event in the headline) any project subject may open a list.
    # (a headline broken over short lines counts whole: 项目 / 集中开工 / 暨X开工仪式)
    # (a photo's caption between them is not read: the report's words are)
    told = [p for p in paragraphs if not _caption(p)]
    head = told[:2]
    while len(head) < min(6, len(told)) and _headline_like(told[len(head) - 1]):
        head = told[: len(head) + 1]
    plan = is_plan(paragraphs)
    head_text = "\n".join(head)
    batch = bool(_EVENT.search(head_text) or _SIGNED_COUNT.search(head_text) or plan)
    token = _PLAN.set(plan)
    try:
        lists = _lists_in(paragraphs, batch)
    finally:
        _PLAN.reset(token)
    if not batch and _PITCH_HEADLINE.search(head[0] if head else ""):
        # 某省发布100个招商项目 / 重大项目推介会召开: projects offered to investors; only a
        # sentence that signs or starts some names a batch.
        lists = [lst for lst in lists if _EVENT.search(lst.sentence)]
    elif lists and any("推介" in p for p in told) and not any(_EVENT.search(p) for p in told):
        # 共推出55个项目…展开推介。A项目包括: a page that pitches and never signs or starts.
        return []
    return lists


# 鲁渝签12个协作项目: a signing told by 签 and its count.
_SIGNED_COUNT = re.compile(r"签(?:下|了)?(?:\d+|[一二三四五六七八九十两]+)个")
_PITCH_HEADLINE = re.compile(r"推介会|(?:发布|推出|推介)[^，,。]{0,14}招商(?:引资)?项目")


def is_plan(paragraphs: Sequence[str]) -> bool:
    """Is the article a key-project list or plan, or a report of how one goes (郴州11个项目
    纳入省重点建设项目名单; 今年某区将实施72个重大项目), by its headline or lead?"""
    told = [p for p in paragraphs if not _caption(p)]
    # (a lead broken into short lines, one a paragraph, is read whole: 同时，也公布了 /
    # 2021年某市级重大项目名单)
    head = told[:1]
    while len(head) < min(6, len(told)) and _headline_like(told[len(head)]):
        head = told[: len(head) + 1]
    return (
        bool(told)
        and (
            _KEY_PROJECT_LIST.search("".join(head)) is not None
            # (not after a headline or lead that reports the day's rite: 某市重点项目春季集中开工
            # 仪式在某县举行 … 今年某旗计划实施重点项目56个: the rite is the news)
            # (a page with no headline opens on its lead)
            or (
                not _RITE_HELD.search(told[0])
                and any(_PLAN_IN_LEAD.search(p) for p in told[int(_headline_like(told[0])) : 3])
            )
        )
    )


_RITE_HELD = re.compile(rf"(?:{_EVENTS})(?:仪式|活动)[^，,。；;]{{0,20}}?举行")


def _lists_in(paragraphs: Sequence[str], batch: bool) -> list[_List]:
    lists: list[_List] = []
    i = 0
    while i < len(paragraphs):
        para = paragraphs[i]
        run = _heading_run(paragraphs[i:], batch=batch)
        if run is not None:
            lists.append(run[0])
            i += run[1]
            continue
        counted = _counted_heading_run(para, paragraphs[i + 1 : i + 2])
        if counted is not None:
            lists.append(counted)
            i += 2
            continue
        marked = (_marked_run(para) if batch else None) or _topic_sentences(para)
        if marked is not None:
            lists.append(marked)
            i += 1
            continue
        table = _table_list(paragraphs[i:]) or (_name_lines(paragraphs[i:]) if batch else None)
        if table is not None:
            lists.append(table[0])
            i += table[1]
            continue
        if _LIST_TITLE.search(para) and _headline_like(para):
            # 签约项目名单 / 开工项目一览: a title line, then a table or one name a line.
            table = _table_list(paragraphs[i + 1 :])
            block, used = table if table is not None else _paragraph_list(para, paragraphs[i + 1 :])
            if block is None:
                # … or a name a line, each followed by what it builds (X项目 / 年度计划投资…)
                block, used = _heading_run(paragraphs[i + 1 :], batch=True) or (None, 0)
            if block is not None:
                lists.append(block)
                i += 1 + used
                continue
        consumed = 0
        sentences = _split_top(para, "。！？!?")
        if i and _CONTINUED_OPENER.match(para):
            # 5月23日，某镇签约3个项目。/ 分别是：A；B；C: the opener's subject is in
            # the paragraph before ...
            sentences[0] = _last_sentence(paragraphs[i - 1]) + "，" + sentences[0]
        # A bare 包括 list read with the counted sentence before it is still the one it is
        # written in: its place in the text, and no total of the sentence before for its own.
        written: dict[int, str] = {}
        continued = _OPENER_COLON.search(para) or "包" in para or "分别" in para
        for n in range(1, len(sentences) if continued else 0):
            # ... or in the sentence before (paragraphs run together; 集中开工项目共8个，
            # 总投资32.48亿元。包括A、B等: a count and its event, then what it counts).
            bare = _CONTINUED_BARE.match(sentences[n].strip()) and _counted_event(sentences[n - 1])
            if bare:
                written[n] = sentences[n]
            if _CONTINUED_OPENER.match(sentences[n].strip()) or bare:
                sentences[n] = sentences[n - 1] + "，" + sentences[n].strip()
        for n, sentence in enumerate(sentences):
            if not _list_cue(sentence):
                lists.extend(_counted_one(sentence) if batch else [])
                continue
            found = _bracketed_lists(sentence) or _sentence_lists(sentence, batch=batch)
            if not found and _PLAN.get():
                found = _planned_lists(sentence)
            if n in written:
                found = [replace(lst, sentence=written[n]) for lst in found]
            if n and sentence.lstrip().startswith("其中"):
                # 还集中签约了6个项目。其中包括工业类项目3个，分别为A、B: the sentence
                # before says what happened to them.
                found = [_with_event(lst, _event_of(sentences[n - 1])) for lst in found]
            lists.extend(found)
            if found:
                continue
            last = not "".join(sentences[n + 1 :]).strip()
            if last and _ends_with_opener(sentence, batch=batch):
                # 这些项目分别是： / A、B、C。: the next paragraph is the list's body ...
                joined = _joined_list(sentence, paragraphs[i + 1 : i + 2], batch=batch)
                if joined is not None:
                    lists.append(joined)
                    consumed = 1
                    continue
                # ... or holds its first item, one a paragraph.
                block, consumed = _paragraph_list(sentence, paragraphs[i + 1 :])
                if block is not None:
                    lists.append(block)
        i += 1 + consumed
    # (招商引资在谈项目：/ 一是A项目…: a heading of projects still negotiated)
    return [
        lst
        for lst in lists
        if lst.items
        and not _TALKS_HEADING.search(lst.sentence)
        and not _parts_of_one(lst)
        and not (lst.end >= 0 and _HONOURED.search(lst.sentence, lst.start, lst.end + 12))
    ]


def _parts_of_one(lst: _List) -> bool:
    """打造涵盖A、B、C于一体的X / 涵盖了A、B以及C三部分工程 / 项目建设主要内容有三个方面：
    一是A、B，二是C: the parts of one whole."""
    span = lst.sentence[lst.start : lst.end] if lst.end >= 0 else lst.sentence[lst.start :]
    return (
        lst.sentence.startswith("于一体", lst.end)
        or any(_PARTS_OF_ONE.search(item.name) for item in lst.items)
        or _CONTENTS.match(lst.sentence) is not None
        or "等配套项目" in span  # 同步推进A、B、C等配套项目建设: one project's facilities
    )


_CONTENTS = re.compile(r"^(?:该|此)?项目(?:建设|主要)*内容")


_PARTS_OF_ONE = re.compile(r"于一体|[一二三四五六七八九十两\d]+(?:个)?部分(?:工程|项目)?$")


# A year's list of key works or projects (重点建设项目名单, 重大工程项目), as published.
_KEY_LIST = r"重[点大](?:建设)?(?:工程)?(?:工程|项目)(?:名单|清单|计划)?"
_KEY_PROJECT_LIST = re.compile(
    # A government's work report (两会) sets out the year's projects.
    r"政府工作报告|"
    # (入选省重大工业项目库)
    r"(?:纳入|列入|入选|安排|敲定|确定|公布)[^，,。；;]{0,12}?"
    r"重[点大](?:建设)?(?:工业|产业)?(?:工程|项目|计划)"
    # 35个省级重点项目公布 / 116项重大工程项目出炉 / 省发改委发布了2021年省重点建设项目名单
    rf"|{_KEY_LIST}(?:公布|发布|出炉)"
    r"|发布了?[^，,。；;]{0,12}?重[点大](?:建设)?(?:工程|项目)名单"
    # 全市在建重点项目建设进展顺利 / 重点项目建设完成投资近170亿元: how the plan goes
    r"|重[点大](?:建设)?项目(?:建设)?(?:累计)?(?:进展|完成投资|年度投资任务完成|推进情况|实现“?双过半|(?:稳步|加快|有序|顺利|全面)推进)"
    # 2020年怀柔第一批投资计划出炉 / 政府投资项目计划下达: a plan published
    r"|(?:项目|投资)计划(?:出炉|公布|发布|下达)"
    # 某区2021年拟重点投资3680亿元建设247个项目: a year's plan
    r"|\d{4}年(?:拟|计划)[^，,。；;]{0,16}?建设\d+个(?:重[点大])?(?:工程|项目)"
    # 达州市今年重点推进30个重大项目: the year's projects, counted
    r"|(?:今年|年内|\d{4}年)(?:重点|集中)?(?:推进|实施)\d+个重[点大](?:建设)?(?:工程|项目)"
    # 某镇项目建设稳步推进: a place's projects and how they go (not one project's)
    r"|^[\u4e00-\u9fff]{2,12}?[镇乡县区市]项目建设(?:稳步|加快|有序|顺利|全面)推进"
    # 2017年全市共实施重点文旅产业项目60个: the same, the count after
    r"|(?:今年|年内|\d{4}年)[^，,。；;]{0,6}?(?:推进|实施|安排)重[点大][^，,。；;]{0,8}?项目\d+个"
)


# The lead says the article is a year's plan: 今年某区将实施72个重大项目 / 重大项目清单印发.
# (2011年，某省安排了163个重点项目 / 该区共有5个项目被列入某州重点项目 / 列入省重点项目
# 计划40项: the year's key projects counted)
_PLAN_IN_LEAD = re.compile(
    r"政府工作报告|"
    r"重[点大]项目清单|(?:今年|年内|\d{4}年)[^，,。；;]{0,8}?(?:将|计划|拟)(?:实施|建设|推进)"
    # (将实施重点建设项目118个: the count after)
    r"(?:\d+个重[点大](?:工程|项目)|重[点大](?:建设)?(?:工程|项目)\d+个)"
    r"|通过[^，,。；;]{0,12}?重[点大](?:建设)?项目名单"  # 会议原则通过2016年省重点建设项目名单
    r"|安排了?\d+个重[点大](?:建设)?(?:工程|项目)|\d+个项目被?(?:列入|纳入)"
    r"|(?:列入|纳入)[^，,。；;]{0,10}?重[点大](?:建设)?项目计划\d+项"
    r"|重点推进的重[点大](?:建设)?(?:工程|项目)共?\d+个"  # 市委、市政府重点推进的重大项目共30个
    # 票决确定某县人民政府2022年实施的民生实事项目10件: the year's projects for the people
    r"|(?:确定|票决|安排)[^，,。；;]{0,24}?民生实事项目"
    # 某市2012年重点建设项目已经出炉 / 实施第二批70项重点文化产业项目: a year's list
    rf"|{_KEY_LIST}(?:已经|已|正式)(?:公布|发布|出炉)"
    r"|(?:实施|推进)第[一二三四五六七八九十\d]{1,2}批\d+[个项]重[点大][^，,。；;]{0,6}?项目"
)


_TALKS_HEADING = re.compile(rf"(?:{_IN_TALKS.pattern})[^，,。；;]*[：:]\s*$")


def _with_event(lst: _List, event: str) -> _List:
    """The list with `event` for its items that have none of their own."""
    if not event:
        return lst
    items = tuple(i if i.event else replace(i, event=event) for i in lst.items)
    return replace(lst, items=items)


_CARRIED_OVER = re.compile(r"上年|去年|往年|续建|在建")


def _bracketed_lists(sentence: str) -> list[_List]:
    """3家是电子信息类企业（A、B、C）；还有2家企业进行签约（D、E）: a count of companies or
    projects, then in brackets as many names as it counts."""
    if "、" not in sentence or not _ANY_BRACKET.search(sentence):
        return []
    plan = _PLAN.get()
    if not (_COUNTED_SUBJECT.search(sentence) or (plan and _COUNTED_ROADS.search(sentence))):
        return []  # cheap first: no count, no bracketed list
    lists: list[_List] = []
    for start, end in _top_brackets(sentence):
        # (签约项目2个（A、B，总投资8亿元）: what they invest, after the names)
        inner = _BRACKETED_MONEY.sub("", sentence[start + 1 : end])
        if "、" not in inner:
            continue
        clauses = _split_top(sentence[:start], "，,；;：:")
        before = clauses[-1]
        if _ALL_OF_THEM.match(before) and len(clauses) > 1:
            before = clauses[-2] + "，" + before  # 新建项目4个，均为产业项目（A、B、C、D）
        # (in a plan, 续建6条高速公路（A、B…）: the works of the plan's year, named)
        roads = _COUNTED_ROADS.search(before) if plan else None
        counted = _COUNTED_SUBJECT.search(before) or roads
        if counted is None or _VISIT.search(before) or _IN_TALKS.search(before):
            continue  # (新洽谈项目4个（A、B、C、D）: no list of projects signed)
        if _CARRIED_OVER.search(before) and not plan:
            continue  # (实施上年续建项目4个（A、B、C、D）: projects of other years)
        pieces = _split_top(inner, "、")
        names = [_clean_name(p) for p in pieces]
        if len(names) != _number(counted["n"] or counted["m"]):
            continue
        # (a road named by its ends, 兴国至赣县, ends with a place)
        if not all((_is_name(n) or (roads and "至" in n)) and not _PROSE.search(n) for n in names):
            continue
        event = _event_of(before) or _event_of(sentence)
        items = tuple(_Item(n, event) for n in names)
        lists.append(_List(items, len(items), False, sentence, start, end + 1))
    return lists


_BRACKETED_MONEY = re.compile(
    r"[，,](?:计划|协议|合同)?总?投资额?[约超近达逾]?[\d.]+[亿万]?(?:美)?元$"
)


# What the counted ones all are, the count in the clause before.
_ALL_OF_THEM = re.compile(
    r"^(?:均为|均是|都是|全部为|全部是|全为|全是)[^，,。；;\d]{0,12}(?:项目|企业)$"
)


# 建成5条高速公路 / 新开工2条铁路: roads counted, in a plan
_COUNTED_ROADS = re.compile(
    rf"(?<![\d.])(?P<n>{_COUNT})条[^，,。；;、\d]{{0,4}}?(?:公路|铁路|客专|轨道交通|快速路)"
)


def _counted_one(sentence: str) -> list[_List]:
    """生态环保项目1个，为X工程: a kind's one project, named after its count."""
    match = _COUNTED_ONE.search(sentence)
    if match is None:
        return []
    name = _clean_name(match["name"])
    if not (_is_name(name) and _NAME_SUFFIX.search(name)) or _PROSE.search(name):
        return []
    item = _Item(name, _event_of(sentence))
    return [_List((item,), 1, False, sentence, match.start("name"))]


_COUNTED_ONE = re.compile(
    r"(?:项目|工程)(?:1|一)(?:个|项)[，,：:]?(?:为|即)(?P<name>[^，,。；;、：:]{4,60}?)\s*(?:[；;]|$)"
)


def _top_brackets(text: str) -> list[tuple[int, int]]:
    """The spans (open, close) of the brackets not inside others."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for match in _ANY_BRACKET.finditer(text):
        if match.group() in _OPEN_BRACKETS:
            if depth == 0:
                start = match.start()
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, match.start()))
    return spans


# 此次集中签约的有—— / A、B: a dash after an opener is a colon.
_DASH_END = re.compile(r"[：:]?[—–－-]+$")


def _joined_list(opener: str, following: Sequence[str], *, batch: bool) -> _List | None:
    """The list an opener paragraph starts when the next paragraph is its whole body
    (A、B、C。 or A；B；C。), not one item a paragraph."""
    if not following:
        return None
    body = _split_top(following[0], "。！？!?")[0]
    if not re.search(r"[、；;]", body) or _split_top(following[0], "。")[1:2] not in ([], [""]):
        return None
    found = _opener_list(_DASH_END.sub("：", opener.rstrip()) + body, batch=batch)
    if found is None or len(found.items) < 2:
        return None
    # Every item is the body's (none runs on from the opener's words).
    return found if all(item.name in body for item in found.items) else None


def _counted_heading_run(heading: str, following: Sequence[str]) -> _List | None:
    """基础设施项目5个 / A、B、C、D、E，总投资29.5亿元: a heading that counts a kind of
    projects, then a paragraph opening with as many names."""
    counted = _COUNTED_HEADING.match(heading.strip())
    if counted is None or not following:
        return None
    run = _split_top(following[0], "，,。；;")[0]
    items = _split_items(run, "")
    if len(items) != _number(counted.group("n")) or len(items) < 2:
        return None
    if any(_PROSE.search(i.name) for i in items) or _shaped(items) * 2 < len(items):
        return None
    return _List(tuple(items), len(items), False, following[0], 0)


_COUNTED_HEADING = re.compile(rf"^[^，,。；;、]{{0,12}}?项目(?P<n>{_COUNT})个$")


def _topic_sentences(para: str) -> _List | None:
    """这次开工的4个重点项目中，A项目重点建设…。B项目总占地…。C项目…: the count of a
    batch as the paragraph's topic, then sentences each opening with one of its projects."""
    topic = _COUNTED_TOPIC.match(para)
    if topic is None:
        return None
    sentences = [s for s in _split_top(para[topic.end() :], "。；;") if s.strip()]
    count = _number(topic.group("n"))
    names = _opening_names(sentences, _TOPIC_NAME, count)
    if names is None:
        return None
    event = _event_of(topic.group())
    items = [_Item(n, event, _chunk_amount(s)) for n, s in zip(names, sentences, strict=True)]
    return _List(tuple(items), count, False, para, 0)


_TOPIC_NAME = re.compile(r"^(?P<name>[^，,。；;：:“”]{4,40}?(?:项目|工程))(?=[^，,。；;：:、])")


_COUNTED_TOPIC = re.compile(
    rf"^(?:这次|此次|本次|今天|当天)?[^，,。；;]{{0,8}}?(?P<n>{_COUNT})个[^，,。；;]{{0,8}}?项目中[，,]"
)


def _marked_run(para: str) -> _List | None:
    """①A；②B；③C / 项目一：A。项目二：B / 第一，A，总投资…；第二，B: a paragraph of two or
    more numbered pieces, each opening with a project; or led by its opener (…包括：1.A，
    高速公路102公里…。2.B，…)."""
    markers = list(_RUN_MARKER.finditer(para))
    if len(markers) < 2:
        return None
    lead = para[: markers[0].start()]
    if lead.strip("：: 。") and not _RUN_LEAD.search(lead):
        return None
    ends = [m.start() for m in markers[1:]] + [len(para)]
    items: list[_Item] = []
    for marker, end in zip(markers, ends, strict=True):
        chunk = para[marker.end() : end]
        name = _clean_name(_split_top(chunk, "，,；;。：:")[0])
        if not (_NAME_SUFFIX.search(name) and _is_name(name)) or _PROSE.search(name):
            return None
        items.append(_Item(name, "", _chunk_amount(chunk)))
    return _List(tuple(items), None, False, para)


# The numbers of pieces inside a paragraph (after the start or a stop).
_RUN_MARKER = re.compile(
    r"(?:(?<=[：:；;，,。])|^)\s*(?:[①-⑳]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|第[一二三四五六七八九十]{1,3}[，,、]|项目[一二三四五六七八九十\d]{1,3}[：:]"
    r"|\d{1,2}[.．](?!\d))"  # 1.A (not 5.19公里)
)


# The opener a numbered run may follow in its paragraph: 重点建设公路、铁路项目，包括：
_RUN_LEAD = re.compile(
    r"(?:项目|工程)[^。；;]{0,12}?(?:包括有?|主要有|如下|分别是|分别为)[：:]\s*$"
)


# (清单如下 alone: the list a sentence before named, 列入《重大项目名单》)
_LIST_TITLE = re.compile(r"(?:项目|企业)(?:名单|一览表?|清单|名录|如下)$|^(?:清单|名单)如下[：:]?$")


# A table's header row: 序号 项目名称 投资额（亿元）
_TABLE_HEADER = re.compile(r"(?:^|\s)(?:项目名称|企业名称|项目)(?:\s|$)")


def _table_list(paragraphs: Sequence[str]) -> tuple[_List, int] | None:
    """A table of projects, a row a line, cells apart by spaces, under a header with a
    name column (序号 项目名称 投资额, or spaced out: 序号 项 目 名 称 备注): the name cell
    of each row. Rows numbered in their first cell are projects whatever their endings
    (国家海底长期科学观测系统); the table's sections and totals between them (（一） 科创中心
    （8项）, 正式项目合计173项) are skipped."""
    header = _SPACED_OUT.sub(lambda m: m.group().replace(" ", ""), paragraphs[0])
    if not _TABLE_HEADER.search(header) or len(header.split()) < 2:
        return None
    column = next(
        (k for k, cell in enumerate(header.split()) if cell in ("项目名称", "企业名称", "项目")),
        0,
    )
    items: list[_Item] = []
    used = 1
    for row in paragraphs[1:]:
        cells = row.split()
        if _TABLE_SECTION.match(row):
            used += 1
            continue
        if len(cells) < 2:
            break
        cell = cells[column] if column < len(cells) else ""
        name = _clean_name(cell)
        numbered = column > 0 and cells[0].isdigit()
        if not ((numbered or _NAME_SUFFIX.search(name)) and _is_name(name)):
            break
        items.append(_Item(name, "", _chunk_amount(row)))
        used += 1
    if len(items) < 2:
        return None
    return _List(tuple(items), None, False, header), used


# 项 目 名 称: a header's cell spaced out, a character at a time.
_SPACED_OUT = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: [\u4e00-\u9fff](?![\u4e00-\u9fff]))+"
)


# 一 科技产业类67项 / （一） 科创中心 （ 8项） / 正式项目合计173项: a table's sections and totals.
_TABLE_SECTION = re.compile(
    r"^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、\s])\s*[^\d\s]"
    r"|^[^\s\d]{0,8}(?:合计|共计|共)\d+[项个]$"
)


_OPENER_COLON = re.compile(r"(?:分别|依次|具体|主要|包括)[^：:]{0,2}[：:]")


_CONTINUED_OPENER = re.compile(
    r"^(?:这些项目|这批项目|项目)?(?:分别是|分别为|依次是|依次为|具体是|具体为|具体包括|主要包括|主要有"
    r"|包括)[：:]"
)


_CONTINUED_BARE = re.compile(r"^(?:(?:具体|主要)?(?:包括|包含)|分别[为是])(?![：:])")


def _counted_event(sentence: str) -> bool:
    """Does `sentence` count projects and tell what happened to them, or name them by
    their event (当天集中开工的项目涉及…多个领域)?"""
    counted = (_COUNTED_SUBJECT.search(sentence) or _COUNTED_WORKS.search(sentence)) and (
        _EVENT.search(sentence)
    )
    return bool(counted or _EVENT_SUBJECT.search(sentence))


_EVENT_SUBJECT = re.compile(rf"(?:{_EVENTS})的(?:重点|重大)?项目")


_OPENS_LINE = re.compile(r"(?:有|为|是|如下|包括|分别是|分别为)[：:]?$|[：:]$")


def _name_lines(paragraphs: Sequence[str]) -> tuple[_List, int] | None:
    """此次开工的项目都有哪些？/ A项目 / B工程 / C综合防治 / …: in a batch report, three or
    more lines in a row that are each a name alone (their numbers dropped as layout),
    most of them shaped like projects."""
    items: list[_Item] = []
    used = headings = 0
    for para in paragraphs:
        if _COUNTED_KIND_LINE.match(para) or (
            _KIND_LINE.match(para) and not _shaped([_Item(_clean_name(para), "")])
        ):
            used += 1
            if not headings:
                # (the first heading opens the list: a line before it is the text's own,
                # 具体有哪些项目？一起来看看)
                items = []
            headings += 1
            continue  # 02现代服务业（7个） / 一、产业发展 / ▲电子信息: a kind's heading
        if not _headline_like(para):  # cheap first: most paragraphs are sentences
            break
        name = _clean_name(para)
        if not _is_name(name) or _PROSE.search(name):
            break
        if (
            re.search(r"[?？!！：:]", para)
            or _LIST_TITLE.search(para)
            or _OPENS_LINE.search(para)
            or _EVENT.search(para)
        ):
            break  # 都有哪些？/ 签约项目名单 / 开工的项目有 / 项目名称：X / a headline: no name
        items.append(_Item(name, ""))
        used += 1
    items = _without_column(items)
    # (names grouped under their kinds' headings need only half be shaped like projects:
    # the headings make it a list)
    share = 2 if headings > 1 else 3
    if len(items) < 3 or _shaped(items) * share < len(items) * (share - 1):
        return None
    return _List(tuple(items), None, False, paragraphs[0]), used


def _without_column(items: list[_Item]) -> list[_Item]:
    """The items without the bracket every one of them ends with: a column of the list
    (X项目（高新区） / Y工程（市政公用集团）), not part of the names; the last item may
    lack it where the page cut the list off (20.兆驰光)."""
    columned = [_PLACE_COLUMN.search(i.name) is not None for i in items]
    if not items or not (all(columned) or (len(items) >= 3 and all(columned[:-1]))):
        return items
    return [replace(i, name=_PLACE_COLUMN.sub("", i.name)) for i in items]


_KIND_HEADING = re.compile(r"^[^，,。；;：:、]{2,12}(?:工程项目|项目工程)\s*[：:]")


_COUNTED_KIND_LINE = re.compile(r"^\d{0,2}[\u4e00-\u9fff]{2,12}[（(]\d{1,3}[个项][)）]$")
_KIND_LINE = re.compile(
    r"^(?:[▲△■□◆◇●○★☆]\s*[\u4e00-\u9fff]{2,8}|[一二三四五六七八九十]{1,3}、\s*[\u4e00-\u9fff、]{2,12})$"
)


# X项目（高新区） / Y工程（市政公用集团）: a column of where each lies or who builds it
# (not a phase or a section of the name: （一期）, （阳江段）)
_PLACE_COLUMN = re.compile(
    r"\s*[（(](?![一二三四五六七八九十\d]+期)[\u4e00-\u9fff]{2,10}(?<!段)[)）]$"
)


def _heading_run(paragraphs: Sequence[str], *, batch: bool) -> tuple[_List, int] | None:
    """Two or more paragraphs in a row, each headed by a project (1. X项目。… / 【X项目】…
    / X项目：…), in a batch report: one project per paragraph, with no opener."""
    if not batch:
        return None
    items: list[_Item] = []
    used = 0
    bare = False  # the last heading is a line of its own: its text follows
    numbered = False  # the last line was a numeral alone (一 / 二): a name line follows
    named_line = False  # the last item was such a line: what follows describes it
    for n, para in enumerate(paragraphs):
        if _LONE_NUMERAL.match(para):
            numbered, bare, named_line = True, False, False
            continue
        if numbered:
            # 一 / X项目 / X项目：主要建设…: the name, then its description.
            numbered = False
            # (the numbers make it a list: most lines, not all, need a project's shape)
            line = _clean_name(para)
            if not (_headline_like(para) and _is_name(line) and not _PROSE.search(line)):
                break
            items.append(_Item(line, ""))
            bare = named_line = True
            used = n + 1
            continue
        if named_line and not _MARKER.match(para):
            # 一 / X项目 / X项目：总投资3亿元，主要建设…: the description of the name above.
            if items[-1].amount is None:
                items[-1] = _Item(items[-1].name, "", _chunk_amount(para))
            used = n + 1
            continue
        named_line = False
        # (after two projects' headings, a third need not end like a project's name)
        name = _heading(para, loose=_shaped(items) >= 2)
        if name is None:
            # 一、X项目 / 该项目总投资12亿元…/ 二、Y项目: the text between two bare headings.
            if items and bare and not (_MARKER.match(para) or _BRACKET_HEAD.match(para)):
                if items[-1].amount is None:
                    items[-1] = _Item(items[-1].name, "", _chunk_amount(para))
                continue
            break
        items.append(_Item(name, "", _chunk_amount(para)))
        bare = _clean_name(_MARKER.sub("", para, count=1).rstrip("。：: ")) == name
        used = n + 1
    if len(items) < 2 or _shaped(items) * 2 < len(items):
        return None
    items = _without_column(items)
    return _List(tuple(items), None, False, paragraphs[0]), used


_LONE_NUMERAL = re.compile(r"^[一二三四五六七八九十\d]{1,3}[、.．]?$")


def _heading(para: str, *, loose: bool = False) -> str | None:
    unmarked = _MARKER.sub("", para, count=1)
    if _COUNTED_KIND_LINE.match(unmarked) or _KIND_HEADING.match(unmarked):
        # （一）基础设施项目（12项） / 交通运输工程项目：A、B…: a kind's heading, not a project's
        return None
    para = _labelled_name(unmarked) or para
    match = _BRACKET_HEAD.match(para) or _COLON_HEAD.match(para) or _NAME_HEAD.match(para)
    if match is not None:
        raw = match.group("name")
    elif _MARKER.match(para):
        raw = _split_top(_MARKER.sub("", para, count=1), "，,；;。：:")[0]
    else:
        return None
    name = _clean_name(raw)
    shaped = _NAME_SUFFIX.search(name) or (loose and match is not None)
    if shaped and _is_name(name) and not _PROSE.search(name) and not _FIELD_LABEL.match(name):
        return name
    return None


# A table's field turned to a line (投资规模：100亿元 / 建设单位：X公司): no project's heading.
_FIELD_LABEL = re.compile(
    r"^(?:项目名称|投资规模|投资额|总投资|计划投资|建设内容|建设规模|建设地点|建设单位|业主单位"
    r"|责任单位|实施单位|央企|企业|投资方|合作方|签约单位|签约方"
    # (项目意义：… / 产能规划：…: what a project is for and what it will make)
    r"|(?:项目|投资|建设|产能|合作|用地|占地|经济|社会)(?:主体|金额|内容|方案|规划|意义|进度|概况|简介"
    r"|周期|期限|面积|效益|产值)"
    r"|(?:责任)?编辑|来源|作者|记者|通讯员|审核|校对)$"  # (责任编辑：X: the page's credits)
)


_BRACKET_HEAD = re.compile(r"^[【\[](?P<name>[^】\]]{2,60})[】\]]")


# X项目 alone, or X项目，项目将建成… / X项目，落户某区…: a paragraph opened by a project.
_NAME_HEAD = re.compile(
    r"^(?P<name>[^，,。；;：:“”]{4,40}?(?:项目|工程))(?:$|[，,](?=(?:该|本)?项目|将|建成|总投资|计划|落户|落地|位于))"
)


_COLON_HEAD = re.compile(r"^(?P<name>[^，,。；;：:、]{4,60})[：:]")


def _last_sentence(para: str) -> str:
    pieces = [p for p in _split_top(para, "。！？!?") if p.strip()]
    return pieces[-1] if pieces else ""


def _ends_with_opener(sentence: str, *, batch: bool) -> bool:
    """签约项目如下： / 开工项目有： — a subject and an opener word end the paragraph."""
    s = _DASH_END.sub("：", sentence.rstrip())
    if s.endswith(("：", ":")):
        clause = _last_clause(s[:-1])
        opener = _PARAGRAPH_OPENER.search(clause)
    else:
        # 此次集中开工的项目有 / A / B: the opener word ends the paragraph, no colon.
        clause = _last_clause(s)
        opener = _PARAGRAPH_OPENER.search(clause)
        if opener is None or not opener.group("word"):
            return False
    return (
        opener is not None
        and not _VISIT.search(clause)
        and (batch or _BATCH_CUE.search(sentence) is not None)
    )


_PARAGRAPH_OPENER = re.compile(
    rf"(?:项目|企业|(?:{_EVENTS})的(?=有|是|为))(?:{_COUNT}个|共{_COUNT}个)?(?:的)?"
    r"(?P<word>如下|有|包括|分别是|分别为|依次是|依次为|为|是|主要有|具体为|名单如下)?$"
)


def _paragraph_list(opener: str, following: Sequence[str]) -> tuple[_List | None, int]:
    """Items one per paragraph after an opener paragraph ending in ：."""
    event = _event_of(_last_clause(opener)) or _event_of(opener)
    items: list[_Item] = []
    used = 0
    for para in following:
        marked = _MARKER.match(para) is not None
        # A line of a table-like list ends in the list's separator: 由A公司投资的X项目、
        body = _MARKER.sub("", para, count=1).rstrip("、，,；; ")
        body = _labelled_name(body) or body
        if _COUNTED_KIND_LINE.match(body):
            used += 1
            continue  # （一）基础设施项目（1项）: a kind's heading inside the list
        if _opener_list(body, batch=True) is not None:
            break  # a sub-list (（一）先进制造业项目5个，分别为：…) is read on its own
        head = _split_top(body, "，,；;。：:")[0]
        raw, amount = _strip_item_modifier(head)  # 由A公司投资的X项目 -> X项目
        if not _NAME_SUFFIX.search(_clean_name(raw)):
            raw, amount = head, None
        name = _clean_name(raw)
        amount = amount or _chunk_amount(body)
        # A paragraph that is only a name (a company: 华远科技) is an item after an opener.
        alone = head == body.rstrip("。；;，, ") and _alone(name)
        # A line of its investor, amount and project (A公司投资2.8亿元的智慧农业项目) is
        # an item whatever its name is like.
        invested = amount is not None and raw != head
        named = _is_name(name) or (invested and _FIELD_NAMED_LINE.match(name) is not None)
        if not named or not (_NAME_SUFFIX.search(name) or (marked and amount) or alone):
            # (after two projects' headings, X移民新村：… is a third)
            headed = _heading(body, loose=_shaped(items) >= 2) if _COLON_HEAD.match(body) else None
            if headed is None:
                break
            name = headed
        items.append(_Item(name, event, amount))
        used += 1
    if len(items) < 2:
        return None, 0
    items = _without_column(items)
    return _List(tuple(items), _subject_count(opener), False, opener), used


_FIELD_NAMED_LINE = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:项目|工程)$")


def _labelled_name(line: str) -> str | None:
    """The name on a line of a list under kinds: 交通网—高速公路：X工程 / 生物医药：Y中心
    (not X项目：某公司, a project and its investor, nor X区：该园区总投资…, a description)."""
    match = _LABELLED_LINE.match(line)
    if match is None:
        return None
    name = match["name"]
    if _COMPANY.search(name) or _has_money(name) or not _NAME_SUFFIX.search(name):
        return None
    return name


_LABELLED_LINE = re.compile(
    r"^(?P<label>[^，,。；;：:、]{2,24}?)(?<!项目|工程)\s*[：:]\s*(?P<name>[^，,。；;：:、\s]{4,60})$"
)
