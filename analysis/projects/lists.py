"""Lists of projects: openers (签约项目有…), closers (A、B等20个), numbered runs, tables,
event lists (A、B顺利开工) and invested runs (A公司投资2亿元的X项目，…)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace

from newsx.analysis.projects.items import (
    _LIST_VERB,
    _PHYSICAL_VISIT,
    _RELATED,
    _STRONG,
    _TRAILING_BRACKET,
    _bracketed_amount,
    _chunk_amount,
    _clean_name,
    _event_of,
    _group_counts,
    _has_money,
    _invested,
    _is_name,
    _is_single_name,
    _Item,
    _join_related,
    _List,
    _loose_project,
    _modifier_end,
    _prefix_count,
    _split_items,
    _strip_item_modifier,
    _strip_lead,
    _subject_count,
    _trailing_amount,
)
from newsx.analysis.projects.text import (
    _ANY_BRACKET,
    _bracket_depth,
    _caption,
    _headline_like,
    _last_clause,
    _number,
    _partition_all,
    _partition_last,
    _partition_top,
    _split_top,
)
from newsx.analysis.projects.vocabulary import (
    _ADVERBS,
    _BATCH_CUE,
    _BEFORE_EVENT,
    _CLOSER_BIG,
    _CLOSER_COUNTED,
    _CLOSER_EVENT,
    _CLOSER_KIND,
    _CLOSER_LABELLED,
    _CLOSER_OPEN,
    _COMPANY,
    _COUNT,
    _COUNTED_SUBJECT,
    _DONE,
    _EVENT,
    _EVENT_DE,
    _EVENTS,
    _FIELD_CLOSER,
    _FIELD_WORD,
    _FIELDS,
    _GOVERNMENT,
    _HORTATIVE,
    _IN_TALKS,
    _INLINE_MARKER,
    _KIND,
    _MARKER,
    _NAME_SUFFIX,
    _OPEN_BRACKETS,
    _OPENER,
    _PROGRESS,
    _PROSE,
    _SIGNING_VERB,
    _SUBJECT,
    _TELLING,
    _VISIT,
    _WEAK_OPENER_LEFT,
    _WEAK_OPENERS,
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
    batch = bool(_EVENT.search("\n".join(head)) or plan)
    token = _PLAN.set(plan)
    try:
        lists = _lists_in(paragraphs, batch)
    finally:
        _PLAN.reset(token)
    if not batch and _PITCH_HEADLINE.search(head[0] if head else ""):
        # 某省发布100个招商项目 / 重大项目推介会召开: projects offered to investors; only a
        # sentence that signs or starts some names a batch.
        lists = [lst for lst in lists if _EVENT.search(lst.sentence)]
    return lists


_PITCH_HEADLINE = re.compile(r"推介会|(?:发布|推出|推介)[^，,。]{0,14}招商(?:引资)?项目")


def is_plan(paragraphs: Sequence[str]) -> bool:
    """Is the article a key-project list or plan, or a report of how one goes (郴州11个项目
    纳入省重点建设项目名单; 今年某区将实施72个重大项目), by its headline or lead?"""
    told = [p for p in paragraphs if not _caption(p)]
    return bool(told) and (
        _KEY_PROJECT_LIST.search(told[0]) is not None
        or any(_PLAN_IN_LEAD.search(p) for p in told[1:3])
    )


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
        for n in range(1, len(sentences) if _OPENER_COLON.search(para) or "包" in para else 0):
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
    return [lst for lst in lists if lst.items and not _TALKS_HEADING.search(lst.sentence)]


_KEY_PROJECT_LIST = re.compile(
    r"(?:纳入|列入|入选|安排|敲定|确定|公布)[^，,。；;]{0,12}?重[点大](?:建设)?(?:工程|项目|计划)"
    r"|重[点大](?:建设)?(?:工程|项目)(?:名单|清单|计划)?(?:公布|发布|出炉)"  # 35个省级重点项目公布
    # 全市在建重点项目建设进展顺利 / 重点项目建设完成投资近170亿元: how the plan goes
    r"|重[点大](?:建设)?项目(?:建设)?(?:累计)?(?:进展|完成投资|年度投资任务完成|推进情况|实现“?双过半|(?:稳步|加快|有序|顺利|全面)推进)"
    # 2020年怀柔第一批投资计划出炉 / 政府投资项目计划下达: a plan published
    r"|(?:项目|投资)计划(?:出炉|公布|发布|下达)"
    # 某区2021年拟重点投资3680亿元建设247个项目: a year's plan
    r"|\d{4}年(?:拟|计划)[^，,。；;]{0,16}?建设\d+个(?:重[点大])?(?:工程|项目)"
)
# The lead says the article is a year's plan: 今年某区将实施72个重大项目 / 重大项目清单印发.
# (2011年，某省安排了163个重点项目 / 该区共有5个项目被列入某州重点项目 / 列入省重点项目
# 计划40项: the year's key projects counted)
_PLAN_IN_LEAD = re.compile(
    r"重[点大]项目清单|(?:今年|年内|\d{4}年)[^，,。；;]{0,8}?(?:将|计划|拟)(?:实施|建设|推进)"
    # (将实施重点建设项目118个: the count after)
    r"(?:\d+个重[点大](?:工程|项目)|重[点大](?:建设)?(?:工程|项目)\d+个)"
    r"|通过[^，,。；;]{0,12}?重[点大](?:建设)?项目名单"  # 会议原则通过2016年省重点建设项目名单
    r"|安排了?\d+个重[点大](?:建设)?(?:工程|项目)|\d+个项目被?(?:列入|纳入)"
    r"|(?:列入|纳入)[^，,。；;]{0,10}?重[点大](?:建设)?项目计划\d+项"
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
        inner = sentence[start + 1 : end]
        if "、" not in inner:
            continue
        before = _split_top(sentence[:start], "，,；;：:")[-1]
        # (in a plan, 续建6条高速公路（A、B…）: the works of the plan's year, named)
        roads = _COUNTED_ROADS.search(before) if plan else None
        counted = _COUNTED_SUBJECT.search(before) or roads
        if counted is None or _VISIT.search(before) or (_CARRIED_OVER.search(before) and not plan):
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
_LIST_TITLE = re.compile(r"(?:项目|企业)(?:名单|一览表?|清单|名录|如下)$")
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


_CONTINUED_BARE = re.compile(r"^(?:具体|主要)?(?:包括|包含)(?![：:])")


def _counted_event(sentence: str) -> bool:
    """Does `sentence` count projects and tell what happened to them, or name them by
    their event (当天集中开工的项目涉及…多个领域)?"""
    counted = _COUNTED_SUBJECT.search(sentence) and _EVENT.search(sentence)
    return bool(counted or _EVENT_SUBJECT.search(sentence))


_EVENT_SUBJECT = re.compile(rf"(?:{_EVENTS})的(?:重点|重大)?项目")


_OPENS_LINE = re.compile(r"(?:有|为|是|如下|包括|分别是|分别为)[：:]?$|[：:]$")


def _name_lines(paragraphs: Sequence[str]) -> tuple[_List, int] | None:
    """此次开工的项目都有哪些？/ A项目 / B工程 / C综合防治 / …: in a batch report, three or
    more lines in a row that are each a name alone (their numbers dropped as layout),
    most of them shaped like projects."""
    items: list[_Item] = []
    used = 0
    for para in paragraphs:
        if _COUNTED_KIND_LINE.match(para):
            used += 1
            continue  # 02现代服务业（7个）: a kind's heading, its names follow
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
    shaped = _shaped(items)
    if len(items) < 3 or shaped * 3 < len(items) * 2:
        return None
    return _List(tuple(items), None, False, paragraphs[0]), used


def _without_column(items: list[_Item]) -> list[_Item]:
    """The items without the bracket every one of them ends with: a column of the list
    (X项目（高新区） / Y工程（市政公用集团）), not part of the names."""
    if not items or not all(_PLACE_COLUMN.search(i.name) for i in items):
        return items
    return [replace(i, name=_PLACE_COLUMN.sub("", i.name)) for i in items]


_KIND_HEADING = re.compile(r"^[^，,。；;：:、]{2,12}(?:工程项目|项目工程)\s*[：:]")
_COUNTED_KIND_LINE = re.compile(r"^\d{0,2}[\u4e00-\u9fff]{2,12}[（(]\d{1,3}[个项][)）]$")
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


def _shaped(items: Sequence[_Item]) -> int:
    """How many items look like projects; the shape may stand before a bracket
    (X工程(年产10万吨…项目))."""
    return sum(bool(_NAME_SUFFIX.search(_TRAILING_BRACKET.sub("", i.name))) for i in items)


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
    if shaped and _is_name(name) and not _PROSE.search(name):
        return name
    return None


_BRACKET_HEAD = re.compile(r"^[【\[](?P<name>[^】\]]{2,60})[】\]]")
# X项目 alone, or X项目，项目将建成… / X项目，落户某区…: a paragraph opened by a project.
_NAME_HEAD = re.compile(
    r"^(?P<name>[^，,。；;：:“”]{4,40}?(?:项目|工程))(?:$|[，,](?=(?:该|本)?项目|将|建成|总投资|计划|落户|落地|位于))"
)
_COLON_HEAD = re.compile(r"^(?P<name>[^，,。；;：:、]{4,60})[：:]")


def _sentence_lists(sentence: str, *, batch: bool) -> list[_List]:
    """The lists of a sentence: the first, and after a closer the ones that follow it
    (A、B等4个项目为开工项目，C、D等2个项目为竣工项目)."""
    lists: list[_List] = []
    found = _first_list(sentence, batch=batch)
    while found is not None:
        lists.append(found)
        if found.end < 0:
            break
        # (…等15个工业项目和C、D等28个重大项目: the next run, without its 和)
        rest = re.sub(r"^(?:和|以及)", "", found.sentence[found.end :])
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
    candidates.append(_status_chunks(sentence))
    if batch:
        candidates.append(_event_list(sentence))
        candidates.append(_amounted_run(sentence))
        candidates.append(_kind_groups(sentence))
        candidates.append(_example_runs(sentence))
    return min((c for c in candidates if c), key=lambda c: c.start, default=None)


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


_OPENER_IN_NAME = re.compile(r"包括|包含|分别|涉及|涵盖|主要有")
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
        if _cut_closer(head)[0] != head:
            continue  # A、B4大项目同时开工: a closer list
        items = _split_items(head, _event_of(event.group()))
        # Every piece a project name (none dropped as an organisation or a place).
        if len(items) >= max(2, len(_split_top(head, "、"))) and all(
            _NAME_SUFFIX.search(i.name) and not _PROSE.search(i.name) for i in items
        ):
            return _List(tuple(items), None, False, sentence, start, start + end)
    return None


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
        ):
            out[-1] += "、" + clause
        else:
            out.append(clause)
    return out


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
    run = _TRAILING_RUN.match(sentence)
    if run is None or not _RUN_EVENT.search(sentence, run.end()):
        return None
    pieces = _split_top(run.group("run"), "、")
    items = _split_items(run.group("run"), _event_of(sentence[run.end() :]))
    if (
        len(items) == len(pieces)
        and any(_NAME_SUFFIX.search(i.name) for i in items)
        and not any(_PROSE.search(i.name) or _SCENE.match(i.name) for i in items)
    ):
        return _List(tuple(items), None, True, sentence, 0, run.end())
    return None


# 轰隆的机器声、忙碌的生产线……: a scene set in words, not names (美的 is a name).
_SCENE = re.compile(r"^[\u4e00-\u9fff]{1,4}(?<!美)的")


_TRAILING_RUN = re.compile(r"^\s*(?P<run>[^、，,。…]{2,40}(?:、[^、，,。…]{2,40})+)(?:……|…)")
_RUN_EVENT = re.compile(
    r"(?:项目|企业|名企|大企)[^。]{0,30}?(?:签约|落地|开工|投产|落户|接踵而来|纷至沓来)"
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
    if len(items) >= max(2, len(_split_top(rest, "、"))) and all(
        _NAME_SUFFIX.search(i.name) and not _PROSE.search(i.name) for i in items
    ):
        return tuple(items)
    return None


_OPENER_AHEAD = re.compile(r"涉及|包括|涵盖|分别|主要有|项目有|项目为|项目是|^[有为是]|[：:]")
_TOTAL_AFTER = re.compile(r"(?:共|合计)?(?:总投资|投资总额)[^、]*$")
_LED = re.compile(
    # 今年新开工 / 东岭区引进了: a time or the place, then the event.
    r"^(?:今年|当天|此次|本次|现场|会上|目前|其中|同时|首批|这批|本批|我们|[\u4e00-\u9fff]{1,6}?[省市县区镇])?"
    r"(?:新|共|已|还|现场|集中|成功|正式|先后)*"
    rf"(?:{_EVENTS}|动工|签订|签署)(?:了|的)?(?![项企])"
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


def _opener_list(sentence: str, *, batch: bool = False) -> _List | None:
    for match in _OPENER.finditer(sentence):
        word = match.group().rstrip("：:")
        # Cheap first: a weak opener (有, 为, 是) needs its subject right before it.
        window = sentence[max(0, match.start() - 16) : match.start()].rstrip("，,；;：: ")
        # In a batch report, 有 and two or more projects by name is a list whatever has
        # them (其中，新材料产业链有A项目、B项目).
        named = word == "有" and batch and _named_run(sentence[match.end() :])
        if word in _WEAK_OPENERS and not named and not _WEAK_OPENER_LEFT.search(window):
            continue
        if (
            word in ("为", "是")
            and sentence[max(0, match.start() - 1)] in "，,"
            and not re.search(r"(?:个|项|家)$", window)
        ):
            continue  # …的综合性企业，为热电厂配套生产线: a predicate (not 项目2个，为A、B)
        prefix = sentence[: match.start()]
        if _bracket_depth(prefix):
            continue
        clause = _last_clause(prefix)
        if word in _WEAK_OPENERS and not named and not _WEAK_OPENER_LEFT.search(clause):
            continue
        # (新型工业方面，有A、B: a category of a batch report's projects)
        category = batch and clause.endswith("方面")
        subject = (
            _SUBJECT.search(prefix)
            or "引进" in clause
            or _EVENT_DE.search(clause)
            or _COUNTED_CLASS.search(clause)  # 民生和社会事业类7项，具体为：
            or clause.endswith("签约方")  # 现场签约方包括A公司、B公司: the firms that signed
        )
        if not (named or subject or category):
            continue
        if not (batch or _BATCH_CUE.search(prefix)):
            continue
        # 推介暨投资项目签约的企业有: the event after 暨 is the one the list took part in.
        if (
            _VISIT.search(clause.rpartition("暨")[2])
            or _PARTNERS_LISTED.search(clause)  # 投资合作方包括A集团、B公司: the parties
            or (not _PLAN.get() and _HORTATIVE.search(clause))
            or _IN_TALKS.search(clause)
            or (word == "" and _TELLING.search(clause))  # 再一次提醒企业：只有…
        ):
            continue
        if _KINDS_SUBJECT.search(clause):
            continue  # 项目类别包括水产、高标准农田建设等: the kinds, not the projects
        if _background(prefix) or (_STANDING.search(clause) and not _PLAN.get()):
            continue  # 此前签约的项目有… / 现有在建项目有…: not this batch
        ahead = sentence[match.end() :]
        if _PLACES_COUNTED.match(ahead):
            continue  # 项目涉及22个县（市、区）、开发区: where they are
        if _FIELD_TAIL.match(ahead) or _PLACES_TAIL.match(ahead) or _FACILITIES_TAIL.match(ahead):
            # (投资来源地主要有香港、日本等国家和地区: where the money comes from; 包含办公中心、
            # 仓库等设施工程: the parts of one project)
            continue
        body = sentence[match.end() :]
        if _SPECIFIED_AHEAD.match(body):
            continue  # 涉及商业综合体、水库等，具体包括A、B: kinds, then the names
        if word in _WEAK_OPENERS and _COUNT_FIRST.match(body):
            continue  # 项目有21个，包括A、B: the count, then the real opener
        if word.endswith("有") and _COUNT_FIRST.match(body) and not _COUNTED_RUN.match(body):
            continue  # 其中有3个项目投资超5亿元；…: a count and what is true of them
        if word in _WEAK_OPENERS and (_one_project(clause) or _PREDICATE_START.match(body)):
            continue  # 该项目是国内最先进的… / X项目是…的又一重大项目 / 是一批…的好项目
        if _PARTS_OF_ONE.search("".join(_split_top(prefix, "，,；;")[-2:])):
            continue  # 该项目主要建设厂房、仓库: the parts of one project, not a list
        first = _split_top(body, "，,；;")[0]
        bare = _strip_item_modifier(_TRAILING_BRACKET.sub("", first))[0]
        if word in _WEAK_OPENERS and "、" not in first and _has_money(bare):
            continue  # X项目：总投资8亿元，主要建设…: a description, not a list
        colon = match.group().endswith(("：", ":"))
        event = _event_of(clause) or _event_of(prefix)
        whole = _whole_items(body, _prefix_count(prefix), event)
        parsed = (
            _parse_body(body, event, colon=colon) if whole is None else _Body(whole, None, False)
        )
        count, items = parsed.count, parsed.items
        if count is None:
            count = _prefix_count(prefix)
        elif parsed.free:
            # 项目5个，分别为A…E；服务业项目1个，为F: the subject's count covers the
            # items before the first sub-list.
            # (其中经开区本部6个：A…F；临空经济区3个：…: the part's own count first)
            # (一般性工业项目11个，年内计划完成投资10.1亿元，主要有A、B、C等；…: the
            # clause before the amount's)
            own = next(
                (
                    m
                    for clause in reversed(_split_top(prefix.rstrip("，,：: "), "，,：:")[-2:])
                    if (m := re.search(rf"(?<![\d.])({_COUNT})(?:个|项|家)$", clause))
                ),
                None,
            )
            total = _prefix_count(prefix)
            if (
                total is not None
                and total >= count + parsed.free
                and (word.startswith("其中") or _last_clause(prefix).strip().startswith("其中"))
            ):
                # 项目共14个，其中包括A和B2个…；C等8个…；D社会保障项目: the batch's total
                # over its counted groups and the ones without a count
                count = total
            elif own:
                count += _number(own.group(1))
            else:
                count += total or parsed.free
        items = _split_by_count(items, count)
        # Right after its subject (签约项目有) a list may name anything; further away
        # (…共4个，总投资16亿元，涉及A、B) most items must look like projects.
        shaped = sum(bool(_NAME_SUFFIX.search(i.name)) for i in items)
        if not items or (len(items) == 1 and not shaped):
            continue
        direct = (
            _WEAK_OPENER_LEFT.search(clause)
            or _SUBJECT.search(clause)
            or _COUNTED_CLASS.search(clause)
        )
        if not direct and count is None and shaped * 2 < len(items):
            continue
        if word in _WEAK_OPENERS and not colon:
            # 重大项目是稳定经济的“压舱石”、… / 项目有新变化、有新亮点: a copula or 有
            # says what they are; 项目777个，有力地推动了…: a predicate, not a list.
            # (新型工业方面，有A公司、B高新技术: a category's members, one named whole)
            if count is None and shaped * 2 <= len(items) and not (category and shaped):
                continue
            if any(_PROSE.search(i.name) for i in items):
                continue
        if word in ("涵盖", "涉及") and shaped * 2 < len(items):
            continue  # 涵盖, 涉及 name fields and kinds (河道治理) more often than projects
        if shaped < len(items) and any(_PROSE.search(i.name) for i in items):
            continue  # 涉及的开发区、部门要提供全程式、保姆式服务: a sentence, not names
        pieces = _join_related(_split_top(first, "、"))
        if clause.endswith(("既", "也")) and shaped < len(pieces):
            continue  # 项目中既包含基础提升、产业提质的项目，也包含国企、民企项目: kinds
        if sum(bool(_FIELDISH.search(_clean_name(p))) for p in pieces) * 2 >= len(pieces):
            continue  # 项目涉及装备制造、新能源、稀土新材料及应用…6大产业: fields
        if _KINDS_COUNTED.search(_split_top(body, "，,。；;")[0]):
            continue  # 涉及到A、B、C和D四大门类: the kinds of the batch's projects
        if any(_METRIC.search(i.name) for i in items):
            continue  # 重大项目开工总数、产业项目数、总投资等均位列全省第一: measures
        if not batch and _PROGRESS_REPORT.search(prefix) and not _EVENT.search(prefix):
            continue  # 省重点项目共9项，…累计完成投资…。分别是：: projects under way, no batch
        if _described_project(prefix):
            continue  # X项目，投资…，占地…，包括A楼、B馆: the parts of the one described
        if (
            word in ("包括", "主要包括", "包含")
            and _one_project(clause)
            and sum(i.name.endswith("项目") for i in items) < 2
            and not any(_FIRM.search(i.name) for i in items)
        ):
            continue  # 华能某基地项目主要包括办公楼群、培训中心: its buildings (not its firms)
        if (_parts_after_amount(prefix) or _parts_after_builder(prefix)) and sum(
            i.name.endswith("项目") for i in items
        ) < 2:
            # X项目，概算总投资8000万元，包括种植基地、加工中心: one project's parts (but
            # 科技人才项目包括A项目、B项目: a class whose members are projects)
            continue
        open_ended = parsed.open_ended or word.startswith("其中") or word == "如"
        return _List(
            (*_representative(prefix, event), *items), count, open_ended, sentence, match.start()
        )
    return None


_PARTNERS_LISTED = re.compile(r"(?:投资|合作)方$")
_KINDS_SUBJECT = re.compile(r"(?:类别|类型|种类|门类|业态)(?:主要)?$")
_PLACES_COUNTED = re.compile(rf"^{_COUNT}个(?:省|市|县|区|乡|镇|街道|开发区|园区)")
# (涵盖A、B和C四大功能板块: a project's parts by use)
_KINDS_COUNTED = re.compile(rf"{_COUNT}大?(?:门类|类别|大类|类|功能板块|功能区)$")
_METRIC = re.compile(r"(?:总数|个数|项目数|总额|增速|增幅|比重|占比)$")
_SPECIFIED_AHEAD = re.compile(r"^[^，,。；;]+[，,](?:(?:具体|分别)(?:包括|为|是|有)|包括)")

# 签约项目以总投资11亿元的A项目为代表，包括B、C等21个项目: A heads the list.
_REPRESENTATIVE = re.compile(r"以(?P<rep>[^，,。；;、]{4,60}?)为(?:代表|龙头|引领)[，,]?$")


def _representative(prefix: str, event: str) -> list[_Item]:
    match = _REPRESENTATIVE.search(prefix.rstrip())
    if match is None:
        return []
    items = _split_items(match.group("rep"), event)
    return items if len(items) == 1 and _NAME_SUFFIX.search(items[0].name) else []


def _named_run(body: str) -> bool:
    """Does `body` open with two or more projects by name (A项目、B工程), to its clause's end?"""
    pieces = _split_top(_split_top(body, "，,；;。")[0], "、")
    return len(pieces) >= 2 and all(
        _STRONG.search(name := _clean_name(p)) and _is_name(name) for p in pieces
    )


def _one_project(clause: str) -> bool:
    """Is the subject before a copula one project (该项目, 陶瓷产业基地项目) rather than a
    class of the batch (签约项目, 此次开工的项目, 重大项目)? Then what follows says what it
    is: a predicate, not a list."""
    subject = _clean_name(clause.rpartition("的")[2])
    if re.search(rf"{_COUNT}(?:个|项|家)$|类(?:项目|企业)$", subject):
        return False  # 现代服务业项目1个，为X / 央企类项目有A、B: a class
    if re.match(r"^(?:该|此|这个|这一|这项)(?:项目|工程|企业)", subject):
        return True
    if _OPENER_IN_NAME.search(subject):
        return False  # 开工的项目涉及散货、燃料油等码头，包括: the kinds of a class
    return bool(_NAME_SUFFIX.search(subject)) and _is_name(subject)


# A copula's predicate, not a list: 是一批…的好项目, 是又一重大项目, 是全县…
_PREDICATE_START = re.compile(r"^(?:一批|一个|一项|一座|一家|一种|又一|全[省市县区]|我[省市县区])")
# The parts of one project: 该项目主要建设A、B / 建设内容包括A、B.
_PARTS_OF_ONE = re.compile(r"该项目|此项目|这个项目|这一项目|建设内容|主要建设|建设规模")
# A clause after a list item that says what the item is made of.
_PARTS_CLAUSE = re.compile(r"^(?:该项目|项目)?(?:主要|具体)?(?:包括|包含|建设|建设内容|内容)")
_COUNT_FIRST = re.compile(rf"^(?:近|约|超|逾)?{_COUNT}(?:多|余)?(?:个|项|家)")
# A count whose own clause names its items: 共有3个项目：A、B、C / 有2个，即A、B.
_COUNTED_RUN = re.compile(r"^[^，,；;。]*[：:、]|^[^，,；;。]*[，,](?:分别|即|为|是|包括)")


def _whole_items(body: str, count: int | None, event: str) -> list[_Item] | None:
    """The items of a list whose announced count matches its pieces one to one: 7个项目为：
    A，B，…，G / 3个项目：1.A；2.B；3.C. Each piece is then one project, whatever 、 or 等
    it holds (文化馆、图书馆、博物馆三馆合一项目 / 桥包上、下村污水处理工程)."""
    if count is None or count < 2 or not re.search(r"[、等]", body):
        return None
    chunks = [c for c in _split_top(body.strip().rstrip("。；;，, "), "；;") if c.strip()]
    if len(chunks) != count:
        markers = list(_INLINE_MARKER.finditer(body))
        if len(markers) == count:
            ends = [m.start() for m in markers[1:]] + [len(body)]
            chunks = [body[m.end() : e] for m, e in zip(markers, ends, strict=True)]
        else:
            # A，B，C: the clauses that look like projects, then the list ends.
            clauses = _split_top(body, "，,")
            names = [_whole_name(c) for c in clauses]
            shaped = [bool(_NAME_SUFFIX.search(n)) and _is_name(n) for n in names]
            k = shaped.index(False) if False in shaped else len(shaped)
            if k != count:
                return None
            chunks = clauses[:k]
    items: list[_Item] = []
    for chunk in chunks:
        chunk = _MARKER.sub("", chunk.strip(), count=1)
        described = _described_item(chunk, event)  # 建设集仓储、运输…的X项目
        if described is not None:
            items.append(described)
            continue
        head = _split_top(chunk, "，,：:")[0]
        name = _whole_name(head)
        # Pieces counted and numbered are projects whatever their shape; clauses were
        # already read as shaped.
        if not _is_name(name) or _PROSE.search(name):
            return None
        amount = _strip_item_modifier(head)[1] or _chunk_amount(chunk)
        items.append(_Item(name, event, amount))
    return items


def _whole_name(piece: str) -> str:
    piece = _strip_item_modifier(_MARKER.sub("", piece.strip(), count=1))[0]
    return _clean_name(_trailing_amount(_bracketed_amount(piece)[0])[0])


def _split_by_count(items: list[_Item], count: int | None) -> list[_Item]:
    """The items as many as the count says, where one 、 or 和 too many or too few is
    read: 分别是A和B with a count of 2 (the last item joins two names that have no
    suffix), or 15个项目：…、X馆、Y楼和Z建设项目 with 16 pieces (the one piece that is
    no project by name begins the next one's name, an enumeration that 和 ends)."""
    if count is not None and len(items) == count + 1:
        n = _name_begun(items)
        if n is not None:
            name = f"{items[n].name}、{items[n + 1].name}"
            return [*items[:n], _Item(name, items[n].event, items[n + 1].amount), *items[n + 2 :]]
    if count is None or len(items) != count - 1 or not items:
        return items
    last = items[-1]
    if _RELATED.search(last.name):
        return items  # X、Y及相关配套项目 is one item
    for joiner in ("以及", "和", "及", "与"):
        left, sep, right = _partition_top(last.name, joiner)
        # (投资5亿元建设的水库和工业供水项目: a bare kind and its works are one)
        bare_left = _clean_name(_strip_item_modifier(left)[0])
        if sep and len(bare_left) >= 3 and len(right) >= 2 and _is_name(left) and _is_name(right):
            return [*items[:-1], _Item(left, last.event), _Item(right, last.event, last.amount)]
    return items


def _name_begun(items: list[_Item]) -> int | None:
    """In a list with one piece too many, the piece that begins the next one's name: the
    one short piece with no name's ending (高端机械、轻纺产业园，双创产业园和C项目,
    counted 3), or the one loose piece before an enumeration 和 ends (…、X馆、Y楼和Z项目)."""
    last = len(items) - 1
    bare = [n for n, i in enumerate(items) if not _NAME_SUFFIX.search(i.name)]
    if len(bare) == 1 and len(items[bare[0]].name) <= 6 and bare[0] < last:
        return bare[0]
    loose = [n for n, i in enumerate(items) if not _STRONG.search(i.name)]
    if len(loose) == 1 and loose[0] < last and re.search(r"[和及]", items[loose[0] + 1].name):
        return loose[0]
    return None


# What an opener may list that is no project: fields (聚焦A、B等领域; 涵盖生态产业、民生发展
# 等方面，有A、B: the kinds, then the list), places the money comes from (香港、日本等国家和
# 地区) and a project's own facilities (包含办公中心、仓库等设施工程).
_FIELD_TAIL = re.compile(
    # (涉及学校、医院、公共服务等民生保障领域: what the fields serve may come first)
    rf"^[^，,。；;]{{2,120}}?等(?:{_FIELD_CLOSER}|[\u4e00-\u9fff]{{2,4}}领域|各行各业|多个方面|方面|多项内容|内容"
    # 包括并联审批、专班跟进等举措: ways of working
    r"|(?:多项|一系列|系列)?(?:举措|措施|方式|手段|政策|机制|服务|模式|办法))(?!项目|企业)"
)
_PLACES_TAIL = re.compile(
    r"^[^，,。；;]{2,120}?等(?:\d+个)?(?:国家|地区|国家和地区|省市|省份|城市|省区市|省|市|县|乡镇|街道|镇|乡|村)"
    r"(?![级属直]|[^，,。；;共]{0,6}项目)"  # (not 等5个市级项目; but 等地区共计19个项目)
)
_FACILITIES_TAIL = re.compile(
    r"^[^，,。；;]{2,120}?等(?:配套|附属|基础|公共)*设施(?:工程)?(?![^，,。；;]*项目)"
    r"|^[^，,。；;]{2,120}?等(?:工程|建设)内容"  # 包括道路、排水、供电等工程内容: one project's
)
_ATTENDED = re.compile(r"出席|参加|见证|观摩|列席")
_TOOK_PART = re.compile(r"参加(?=[，,。；;]|$)")
# A、B、C及D共5个，总投资2.6亿元: the run counted whole, the kind left out.
_CLOSER_ALL = re.compile(rf"(?<=[^、，,])共(?P<n>{_COUNT})(?:个|项)(?:项目)?(?=[，,。；;]|$)")


def _closer_list(sentence: str, *, batch: bool = False, led: bool = False) -> _List | None:
    """A list known only by its closer: A、B、C4大项目 / A、B等在10月竣工项目共11项.
    `led`: the list goes on one before it (签约A、B等工业项目11个；C、D等文旅项目6个), so
    the event that led that one leads this one too."""
    matches = [
        (match, regex)
        for regex in (
            _CLOSER_COUNTED,
            _CLOSER_ALL,
            _CLOSER_BIG,
            _CLOSER_KIND,
            _CLOSER_EVENT,
            _CLOSER_LABELLED,
            _CLOSER_TAIL,
            _CLOSER_FIRMS,
        )
        for match in regex.finditer(sentence)
    ]
    # The first closer in the sentence first: the lists after it are read on their own.
    for match, regex in sorted(matches, key=lambda m: m[0].start()):
        before = sentence[: match.start()]
        if regex is _CLOSER_KIND and "、" not in _last_clause(before):
            continue  # 3个先进制造业项目 closes a run of names only
        if regex in (_CLOSER_BIG, _CLOSER_KIND) and before.rstrip().endswith(_CLAUSE_ENDS):
            continue  # …举办恳谈会，7个重点项目成功签约: a count opening its clause closes nothing
        if regex in (_CLOSER_BIG, _CLOSER_KIND) and before.rstrip().endswith("等"):
            continue  # 等9个重点项目集中亮相: the 等-closer read it, and found no event
        clause = _last_clause(sentence[: match.start()])
        if _FIELDS_BEFORE.search(clause) or _FIELDS_OPENING.match(match.group()):
            continue  # 新能源、文旅融合等领域的25个项目: fields, not names
        # 以A、B为代表的12个项目 / 包括A、B在内的 / A、B共3个项目: the frame is not a name.
        clause = _FRAME_TAIL.sub("", _FRAME_HEAD.sub("", clause)) if "、" in clause else clause
        firms = re.search(r"家|企业|公司", match.group()) is not None
        counts_event = _strong_closer(sentence, match)
        shape = _FIRM if firms else _NAME_SUFFIX if counts_event else _STRONG
        commas = _comma_names(sentence[: match.start()], shape, loose=counts_event)
        # (…，A、B项目，…，C、D及E项目等14个项目: a comma list whose names hold 、, as
        # many as counted)
        counted = (
            "n" in regex.groupindex
            and len(commas) == _number(match.group("n")) >= 3
            and not any(_EVENT.search(c) for c in commas)
        )
        if "、" in clause and not counted:
            commas = []
        if commas:
            clause = "、".join(commas)  # A项目，B项目，C项目等3个项目集中开工
        # 听取了A、B等签约项目企业的介绍: the closer says what they are; only a visit
        # to them (来到A、B等新竣工项目现场) is still a visit.
        labelled = regex is _CLOSER_LABELLED
        if (_PHYSICAL_VISIT if labelled else _VISIT).search(clause):
            continue
        # A、B等出席了项目签约仪式: people who attended (but A、B等新开工项目业主出席仪式
        # names the projects whose owners attended, and A、B等29个重点项目参加集中开工活动
        # the projects that took part in the event)
        if _ATTENDED.search(match.group()) or (
            regex is not _CLOSER_LABELLED
            and _ATTENDED.match(sentence, match.end())
            and not ("项目" in match.group() and _EVENT_AFTER.match(sentence, match.end()))
            # (我区共有A、B等3个项目参加，总投资…: in a batch report, the projects taking part)
            and not (batch and "项目" in match.group() and _TOOK_PART.match(sentence, match.end()))
        ):
            continue
        if "子项目" in match.group():
            continue  # 主要建设A、B等8个子项目: the parts of one project
        if _IN_TALKS.search(match.group()) and not _EVENT_AFTER.match(sentence, match.end()):
            continue  # A、B等在谈项目 (but A等20个储备项目提前开工 have started)
        if _VISITED_AFTER.match(sentence, match.end()) or _TALKS_ON.match(sentence, match.start()):
            continue  # 先后到A、B等项目进行实地调研: places visited; 与A、B等企业就X进行对接
        if _PLACES_CLOSED.search(_last_clause(sentence[: match.end()])):
            continue  # 来自A、B等多个城市的31个项目 / 涉及A片区、B半岛等地区共计19个项目: where
        if clause.lstrip().startswith("吸引") and not _EVENT_AFTER.match(sentence, match.end()):
            continue  # 推介会吸引了A、B等170多家知名企业: who came, not what was signed
        if _PROCESS_AFTER.match(sentence, match.end()):
            continue  # A、B等项目的顺利推进，为…: work going on, not an event
        # (the words of firms' names are not said: 东方希望集团)
        said = _FIRM_NAME.sub("", sentence[: match.start()])
        if _MODAL_AFTER.match(sentence, match.end()) or _SPEECH.search(said):
            continue  # 他要求，A、B等项目要加快建设: what should happen, not what did
        # 市领导A、B等市领导和C公司、D等新开工项目业主: the list after the other one.
        prior = _PRIOR_LIST.match(clause)
        if prior is not None:
            clause = clause[prior.end() :]
        # 举行了X项目动工仪式和A、B等项目签约仪式: the list after the ceremonies before it.
        clause = _CEREMONY_BEFORE.split(clause)[-1]
        # 与A、B、C等在X、Y等16个项目签约: the parties, then what the projects are in.
        parties_end = clause.find("等在")
        if parties_end > 0 and "、" in clause[parties_end:]:
            clause = clause[:parties_end]
        if "、" not in clause:
            pair = _pair_before_closer(sentence, clause, match, regex)
            if pair is not None:
                return pair
            single = _single_before_closer(sentence, clause, match, regex, led=led or batch)
            if single is not None:
                return single
            continue
        if _IN_TALKS.search(clause):
            continue  # 谋划储备A、B等50个项目
        if _background(sentence[: match.start()]) or _STANDING.search(match.group()):
            continue  # 近年来累计引进A、B等企业120家 / 现有A、B等在建项目30个: not this batch
        # Plans and exhortations (计划实施A、B等10个项目) are not a batch that happened.
        counted = "n" in regex.groupindex
        if _hortative(_PROGRESS.sub("", clause) if counted else clause):
            continue
        after = _EVENT_AFTER.match(sentence, match.end())
        if regex is not _CLOSER_EVENT and not (
            _EVENT.search(sentence)
            or _SIGNING_VERB.search(sentence)
            or "项目" in match.group()
            or after
        ):
            continue
        # The event before the list (现场集中签约了A、B等15个项目 / 此次签约的A、B等项目)
        # or the other party (桐江区与A、B等6家企业签约) is not part of the first name.
        whole, (clause, lead) = clause, _strip_lead(clause)
        party = lead and whole[: len(whole) - len(clause)].endswith("与")
        if party and not _EVENT.search(sentence[match.end() :]):
            continue  # 建成后可与A、B等休闲文化项目形成片区: a party to no signing
        # 其中，A、B等27个政府投资项目，…；C等9个企业投资项目: parts of the batch.
        lead = lead or (batch and re.match(r"\s*其中[，,：:]", sentence) is not None)
        # 既有A、B等一批…项目，又有C、D等…项目，更有E等…项目: groups of the batch.
        existential = _EXISTENTIAL.match(clause) if batch else None
        if existential is not None and "、" in clause:
            clause, lead = clause[existential.end() :], True
        parties, sep, firm_list = _partition_last(clause, "与")
        if firms and sep and (_GOVERNMENT.search(parties) or "代表" in parties):
            # 市领导A、B代表市政府、管委会与C、D等10家企业签约: the firms after 与.
            clause, lead = firm_list, True
        if not lead and regex is _CLOSER_TAIL and not batch:
            continue  # A、B等项目 with no event, outside a batch report
        introduced = regex is _CLOSER_FIRMS
        if introduced and not (lead and whole[: len(whole) - len(clause)].endswith(_INTRODUCING)):
            continue  # A、B等企业 are firms; 引进A、B等企业 are firms brought in
        if introduced and _RANKS.search(clause):
            continue  # 引进了世界500强、中国500强等一批头部企业: ranks, not names
        event = (
            (_event_of(after.group()) if after else "")
            or _event_of(match.group())
            or _event_of(sentence)
        )
        names = _comma_tail(commas, clause)
        items = (
            [i for name in names for i in _comma_item(name, event)]
            if names
            else _split_items(_strip_modifier(clause), event)
        )
        # With no opener, the names themselves must look like projects, the last
        # one (which the closer follows) above all - unless the closer says they
        # are projects and what happened to them (A、B等10个项目集中开工): then
        # company names (帝鹏科技) are projects too.
        shaped = [bool(_NAME_SUFFIX.search(i.name)) for i in items]
        # A closer with the total and the count of projects (实施A、B等总投资9亿元的5个
        # 项目) says they are projects as plainly as a bare one.
        invested = "invested" in regex.groupindex and match.group("invested") is not None
        # 开工A、B等20个灾后恢复重建项目: the event before, a count of projects after.
        counted_projects = "n" in regex.groupindex and "项目" in match.group()
        strong = (
            _strong_closer(sentence, match)
            or ((lead or led) and (_bare(match) or invested or counted_projects))
            or (existential is not None and "项目" in match.group())
            or labelled
            or introduced
        ) and not _FIELD_VERB.search(_after_modifier(clause))
        # (A中心、B平台、C技改扩规3个…项目: a count as many as the names, most of them shaped)
        counted_run = (
            "n" in regex.groupindex
            and _number(match.group("n")) == len(items)
            and sum(shaped) * 2 > len(items)
        )
        # In a batch report, A、B、C等纷纷落户: three or more short names and their event.
        # (A、B、C等首批8家企业签约入驻: firms counted as such)
        firms_moved_in = (
            batch
            and (
                regex is _CLOSER_EVENT
                or (
                    regex in (_CLOSER_COUNTED, _CLOSER_KIND)
                    and _FIRMS_COUNTED.search(match.group())
                )
            )
            and len(items) >= 3
            and all(_alone(i.name) and not _FIELDISH.search(i.name) for i in items)
        )
        if _INDUSTRY_KIND.search(match.group()) and all(
            len(i.name) <= 4 and not _NAME_SUFFIX.search(i.name) for i in items
        ):
            continue  # 金融投资、总部经济等现代服务业项目: industries, not names
        if sum(bool(_RANKS.search(i.name)) for i in items) * 2 >= len(items):
            continue  # 来自世界500强、中国500强、央字号等二十余家大企业: ranks, not names
        pieces = [_clean_name(p.rsplit("的", 1)[-1]) for p in _split_top(clause, "、")]
        if sum(bool(_FIELD_WORD.match(p)) for p in pieces) * 2 >= len(pieces):
            continue  # 重点发展的钢铁、石化、林浆纸等项目: industries, most of them fields
        if _INDUSTRIES_CLOSER.fullmatch(match.group()) and all(
            len(i.name) <= 5 and not _NAME_SUFFIX.search(i.name) for i in items
        ):
            continue  # 涉及制造、生物制药、光能等产业项目: industries (not 等4个产业项目)
        # In a batch report, A、B、C等7个外资项目，合计总投资12.1亿美元: a count of projects
        # and its own total, as plain as an event after it.
        totalled = (
            batch
            and counted_projects
            and match.group().startswith("等")
            and _TOTAL_AFTER_COUNT.match(sentence, match.end()) is not None
            # (not 有色冶金、装备制造等工业类项目42个，投资总额…: industries)
            and not any(_FIELDISH.search(p) for p in _split_top(clause, "、"))
        )
        if len(items) >= 2 and (
            (shaped[-1] and sum(shaped) * 2 >= len(items))
            or counted_run
            # (not 老旧小区改造、产教融合等…项目65个，总投资…: kinds of work)
            or (
                totalled
                and not any(_PROSE.search(i.name) or _WORK_KIND.search(i.name) for i in items)
            )
            or (strong and not any(_PROSE.search(i.name) for i in items))
            or firms_moved_in
        ):
            count = _number(match.group("n")) if "n" in regex.groupindex else None
            # A1个农业项目、B等3个工业项目、C等2个文旅项目: groups, each named by one.
            grouped = _group_counts(clause)
            if count is not None and grouped:
                count += grouped
            items = _split_by_count(items, count)
            first = _split_top(clause, "、")[0]
            cut = _modifier_end(first)
            if cut >= 0 and _has_money(first[:cut]) and all(i.amount is None for i in items[1:]):
                # 总投资63亿元的A、B、C等12个项目: the amount before the list is the batch's.
                items[0] = _Item(items[0].name, items[0].event)
            open_ended = count is None or grouped > 0
            return _List(tuple(items), count, open_ended, sentence, match.start(), match.end())
    return None


_FIRMS_COUNTED = re.compile(r"家[^，,。；;]{0,8}企业$")
_INDUSTRIES_CLOSER = re.compile(r"等(?:[^，,。；;\d个]{0,4})?产业项目")
_INDUSTRY_KIND = re.compile(r"(?:服务|制造)业类?项目")
# A field, an industry or a sector, not a name: 新材料, 装备制造业, 节能环保6大产业.
_FIELDISH = re.compile(
    rf"^(?:{_FIELDS}|工程|项目|类|等|及|和|应用|道路|桥梁|管网|保障|建设)+$|(?:产业|领域|行业|板块)$"
)
_PROGRESS_REPORT = re.compile(r"完成投资|序时进度|形象进度|累计完成|投资完成率")
_ONE_AMOUNT = re.compile(r"^(?:概算|计划|预计)?总?投资[^，,。；;]{1,12}$")


# A counted class (民生和社会事业类7项): the subject of a list.
_CLASS_COUNT = re.compile(rf"类{_COUNT}(?:个|项)")
_COUNTED_CLASS = re.compile(rf"{_CLASS_COUNT.pattern}$")


def _described_project(prefix: str) -> bool:
    """X项目，落户某街道，投资金额110亿元，计划占地846亩，建设K12学校，(包括A、B): the
    sentence opens with one project and goes on to describe it."""
    clauses = [c.strip() for c in _split_top(prefix, "，,：:") if c.strip()]
    if len(clauses) < 3:
        return False
    if re.match(r"(?:该|本)?项目(?:坐落|位于|选址|建筑|总体)", clauses[0]):
        # 项目坐落于…，总建筑面积…，其中包含了A、B: the project just told of
        return sum(bool(_DESCRIBES.match(c)) for c in clauses[1:]) >= 2
    head = next((c for c in clauses[:2] if _NAME_SUFFIX.search(c)), "")
    return (
        bool(head)
        and "、" not in head
        and _is_single_name(_clean_name(head))
        and not _COUNTED_SUBJECT.search(head)
        and not _EVENT.search(head)
        and sum(bool(_DESCRIBES.match(c)) for c in clauses[1:]) >= 2
    )


_DESCRIBES = re.compile(
    r"(?:计划|规划|总|协议|建设)?(?:投资|占地|用地|建筑面积|分[一二三四两]期)|项目建筑|总体布局"
)


def _parts_after_amount(prefix: str) -> bool:
    """…建设X项目，概算总投资8000万元，包括A、B: the opener follows one project (not a
    count of them: 10个重大项目，总投资53亿元，包括…) and its amount."""
    clauses = _split_top(prefix.rstrip("，, 主要"), "，,")
    if len(clauses) >= 2 and _ONE_AMOUNT.match(clauses[-1].strip()):
        return bool(_STRONG.search(clauses[-2])) and not _COUNTED_SUBJECT.search(clauses[-2])
    # 投资5500万元的X工程项目，包括取水头部、输水管道: one named project, then its parts.
    last = clauses[-1].strip() if clauses else ""
    name = _clean_name(_strip_item_modifier(last)[0])
    return (
        bool(_STRONG.search(name))
        and "、" not in last
        and _is_single_name(name)
        and not _COUNTED_SUBJECT.search(last)
        and not _EVENT.search(last)  # (签约项目包括 / 开工的X项目包括: a batch's label)
    )


def _parts_after_builder(prefix: str) -> bool:
    """X项目由某公司全额投资建设，具体包括A、B: one project and who builds it, then its
    parts."""
    last = _split_top(prefix.rstrip("，, 具体主要"), "，,")[-1].strip()
    builder = _BUILT_BY.match(last)
    return (
        builder is not None
        and _is_single_name(_clean_name(builder["name"]))
        and not _COUNTED_SUBJECT.search(builder["name"])
        and not _EVENT.search(last)
    )


_BUILT_BY = re.compile(
    r"(?P<name>[^，,、]{4,40}?(?:项目|工程))由[^，,、]{2,40}?(?:投资)?(?:建设|兴建|承建)$"
)
_EXISTENTIAL = re.compile(r"^(?:其中[，,]?)?(?:既有|又有|更有|还有|也有|另有)")
_FIELDS_BEFORE = re.compile(rf"等{_FIELD_CLOSER}的?$")
_FIELDS_OPENING = re.compile(rf"^等{_FIELD_CLOSER}的")  # (a closer read with its fields)
_FRAME_HEAD = re.compile(r"^以(?!及)")  # 以A、B为代表的 (not 以及A、B)
_CLAUSE_ENDS = ("，", ",", "；", ";", "：", ":")
_FRAME_TAIL = re.compile(r"(?:为代表的?|在内的?|共|合计|总计|计)$")


def _comma_names(text: str, shape: re.Pattern[str], *, loose: bool = False) -> list[str]:
    """A项目，B项目，C项目 before a closer: names separated by commas, each a clause of
    its own of the closer's kind (X项目; a company when it counts companies: 与A公司，B集团
    等13家企业签约), as one 、-list (empty when they are not). When the closer counts
    projects and says what happened to them (等10个项目集中开工), any short name will do
    (帝鹏科技), but not a time (当天上午)."""
    clauses = [c for c in _split_top(text.rstrip("，, "), "，,")]
    names: list[str] = []
    firms = shape is _FIRM
    # A name of another ending (X公司Y生产基地) between two of the closer's kind is one
    # of them: kept once the one before it fits.
    between: str | None = None
    for clause in reversed(clauses):
        if "、" in clause and not _PARTY_WITH.search(clause):
            # (…，A工程、B项目，… two names; …，东郊湖、小北湖、西湖3个湖体及海绵设施工程，…
            # one name that lists its places)
            if _comma_item(clause, "") and not _PROSE.search(clause):
                names[:0] = [clause, *([between] if between else [])]
                between = None
                continue
            break
        name = _clean_name(clause)
        fits = not _SAYS.search(name) and (
            shape.search(name) or (loose and _alone(name) and not _TIME_WORD.search(name))
        )
        # (与 of parties, not inside a name: 工业清洗剂与工业稀释剂项目)
        party = _PARTY_WITH.search(clause) or ("与" in clause and not _PROJECT_END.search(name))
        named = _is_name(name) and not _PROSE.search(name) and not party
        if named and not fits and names and between is None and _NAME_SUFFIX.search(name):
            between = clause
            continue
        if not (fits and named):
            # The first name after the other party: 副市长某某分别与A公司.
            lead = re.match(r"^[^，,]*?(?:分别)?与(?P<rest>[^与]{4,})$", clause) if firms else None
            if lead is not None and _FIRM.search(rest := _clean_name(lead["rest"])):
                names.insert(0, rest)
            break
        names[:0] = [clause, *([between] if between else [])]
        between = None
    return names if len(names) >= 2 else []


def _comma_tail(names: list[str], clause: str) -> list[str]:
    """The comma-separated names that `clause` (their 、-join with a lead cut) still
    holds; empty when it is no longer their join."""
    cut = len("、".join(names)) - len(clause)
    if not names or cut < 0 or not "、".join(names).endswith(clause):
        return []
    out = list(names)
    while cut > 0 and out:
        if cut > len(out[0]):
            cut -= len(out.pop(0)) + 1
        else:
            out[0], cut = out[0][cut:], 0
    return out


# 副市长某某、某某分别与A公司: the other party of a signing (not 修复与保护工程).
_PARTY_WITH = re.compile(r"(?:^|分别)与|与[^、，,]{2,30}?(?:公司|集团)")
_PROJECT_END = re.compile(r"(?:项目|工程)$")


def _comma_item(clause: str, event: str) -> list[_Item]:
    """The items of one comma-separated clause: its 、 pieces when each is a project
    (A工程、B项目), else the whole clause as one name (东郊湖、小北湖3个湖体及海绵设施工程)."""
    pieces = _split_items(clause, event)
    if "、" not in clause:
        return pieces
    whole = _clean_name(_strip_lead(clause)[0])
    # (张铁沟、小崆峒、火巷沟3个沟道治理项目: the count is of the places it names)
    places = re.search(rf"({_COUNT})个[^、，,]{{1,12}}?(?:项目|工程)$", whole)
    own_count = places is not None and _number(places.group(1)) == len(_split_top(whole, "、"))
    if not own_count and (
        len(pieces) == len(_split_top(clause, "、"))
        and all(_NAME_SUFFIX.search(i.name) for i in pieces)
    ):
        return pieces
    single = own_count or _is_single_name(whole)
    if _NAME_SUFFIX.search(whole) and single and not _has_money(whole):
        return [_Item(whole, event)]
    return []


_SAYS = re.compile(
    r"^(?:他|她|我们|他们|大家|借助|促成|助推|推动|依托|通过|围绕|实现|完成)|说$"  # 促成X等30个项目
)
_FIRM = re.compile(r"(?:公司|集团|厂)$")
_FIRM_NAME = re.compile(r"[^、，,。；;：:]{2,30}?(?:公司|集团)")


def _hortative(text: str) -> bool:
    """Does `text` urge or plan (要加快, 将建设)? The words of firms' names (东方希望集团)
    do not. In a key-project plan every list is planned: none is set aside for it."""
    return not _PLAN.get() and _HORTATIVE.search(_FIRM_NAME.sub("", text)) is not None


# Reading a key-project plan (某市安排重点建设项目105个): its lists say what will be done.
_PLAN: ContextVar[bool] = ContextVar("plan", default=False)


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
    return lists


_PLAN_VERB = re.compile(r"将|确保|新开工|开工建设|建成|竣工|续建|新建|推进")
_PLAN_LEAD = re.compile(
    r"^(?:将确保|将|确保|同时|还将)?(?:新开工建设|新开工|开工建设|新建|续建|建成(?!区|投产|通车))?"
)
# Where a planned run of names ends: its closer, a count, the time or the plan's verb.
_PLAN_TAIL = re.compile(r"等|\d+个|年内|(?:将|要)(?=在|于|开工|建成|竣工|加快|陆续|全面)|在\d{4}年")


_TIME_WORD = re.compile(
    r"^(?:当天|今天|今日|昨天|日前|近日|目前|同时|其中|此外|随后|会上|现场|据悉|据了解|上午|下午"
    r"|本年|今年|全年|\d{1,2}月\d{1,2}日)|(?:上午|下午|晚上|季度|月份|以来)$"
    # 某区推进9个项目签约落地: the clause before the count is a sentence's subject and verb.
    r"|(?:推进|实现|完成|促成|新增|引进|共有|拥有)$"
)


# 新引进A、B等上下游企业: firms brought in, named (see _closer_list: only after 引进).
_CLOSER_FIRMS = re.compile(
    r"(?<![高平初对均相同])(?<![^高]中)等(?:一批|多家)?[^，,。；;、\d等的]{0,10}?企业"
    r"(?!家|代表|负责|主|法人)(?=[，,。；;]|$)"
)
_INTRODUCING = ("引进", "引进了", "新引进", "先后引进", "成功引进")
_RANKS = re.compile(r"\d+强|百强|独角兽|瞪羚|小巨人|龙头|头部|领军")
# 等项目 / 等基础设施项目 with no count: a closer when the event opens the clause (此次签约
# 的A、B等项目), or in a batch report when the items look like projects.
_CLOSER_TAIL = re.compile(
    # (包括A、B在内的某镇重点项目: the frame's end closes the run as 等 does)
    r"(?:(?<![高平初对均相同])(?<![^高]中)等|(?<=[^、，,等])在内的?)"
    r"(?![^，,。；;、]{0,3}为项目)(?:一批|多个|一系列)?"
    # 等极具科技含量的产业类项目: what they are like may come first.
    r"(?:[^，,。；;、\d等的]{1,10}的)?[^，,。；;、\d等的]{0,12}?项目"
    # 等项目单位负责人出席: the items are the projects' owners, people who attend.
    r"(?!单位|业主|方|负责|代表|法人)"
)
# What a list's visitors do there: 等项目进行实地调研 / 等企业参观考察.
_VISITED_AFTER = re.compile(
    r"[^，,。；;]{0,8}?(?:调研|考察|参观|视察|观摩|检查|督导|察看|走访)"
    # 加大与A、B等项目的沟通洽谈 / 就A、B等项目进行洽谈: still in talks
    r"|(?:进行|开展)?的?(?:沟通|对接)?(?:洽谈|磋商)"
    r"|(?:进行|开展)了?(?:交流|推介|座谈)"  # 与A、B等3家企业进行交流推介: met, no deal
)
_PLACES_CLOSED = re.compile(
    r"等(?:多个|\d+个)?(?:城市|地区|国家|省份|区域|县区|乡镇)(?=的|共|[，,。；;]|$)"
)
_TALKS_ON = re.compile(r"等(?:企业|公司|单位)?就[^，,。；;]{2,20}?(?:进行)?(?:对接|洽谈|磋商)")
# Words that place a list before the report's event (近年来, 此前, 去年, 累计): the
# projects of other days, not this batch; nor are those standing under construction
# (现有A、B等在建项目30个).
# (从去年开始 / 去年以来: a time up to now, not before it)
_BACKGROUND = re.compile(
    r"此前|之前|近年来|近几年|多年来|历年|往年|去年(?!开始|以来|起|至今)|早在|先前|累计|现有|聚集了|集聚了"
    r"|已(?:有|经)[\d一二三四五六七八九十几多]+年"  # A公司落户东岭已有12年
)
_STANDING = re.compile(r"在建")


def _background(text: str) -> bool:
    """Is the list's clause (the end of `text`) set before the report's event: a
    background word in it, or a clause of its own just before (近年来，A、B已建成投产)?
    Not one further away (继去年底集中开工10个项目后，本次集中开工的…)."""
    clauses = [c for c in _split_top(text.rstrip("，,；;：: "), "，,；;") if c.strip()]
    if not clauses:
        return False
    if _BACKGROUND.search(clauses[-1]):
        return True
    if len(clauses) > 1 and len(clauses[-2].strip()) <= 6 and _BACKGROUND.search(clauses[-2]):
        return True
    # 据悉，近年来，县委…，实施了A、B等一大批民生项目: a short background clause opening
    # the sentence sets all of it, unless a later one comes back to now.
    opening = [c for c in clauses[:2] if len(c.strip()) <= 6 and _BACKGROUND.search(c)]
    return bool(opening) and not any(_NOW.search(c) for c in clauses[1:])


_NOW = re.compile(r"今年|此次|本次|这次|当天|今天|日前|近日|目前|上午|下午")


# 等大项目进展顺利 (not X项目建设现场, the site where the article stands)
_PROCESS_AFTER = re.compile(
    r"的?(?:顺利|加快|全面|持续)?(?:推进|实施|建设)(?!项目|完成|完工|现场|工地|地)|进展"
)
_MODAL_AFTER = re.compile(r"(?:都|均|也)?(?:要|需要|需|应|必须|务必|力争|确保|争取)")
_SPEECH = re.compile(r"要求|强调|希望|号召")
_CEREMONY_BEFORE = re.compile(r"(?<=..)(?:仪式|活动)(?:[、和]|以及)")
# A list closed before ours in the same clause: 等市领导和 / 等单位以及.
# (胡某、朱某等领导共同见证A、B等31个项目签约: the witnesses, then the projects)
_PRIOR_LIST = re.compile(
    r"^.*(?<![高平初对均相同])(?<![^高]中)等"
    r"(?:[^、，,等]{1,8}?(?:和|及|以及|与)|[^、，,等]{0,4}(?:领导|嘉宾)[^、，,等]{0,4}?见证了?)"
)
# An event right after a closer: 等10个项目集中开工 / 3个项目已经投产 / 等4个项目为开工项目.
_EVENT_AFTER = re.compile(
    rf"{_BEFORE_EVENT}?{_ADVERBS}*"
    # (A、B和C4个项目同时在某示范园开工: the park after the adverb)
    r"(?:(?<=同时|同步|集中)在[^，,。；;]{2,20}?(?:园|园区|开发区|新区|基地)内?)?"
    rf"(?:{_EVENTS}|{_DONE})"
)
# A closer that counts projects, with at most a short kind (等10个项目, 3个项目, 等项目,
# 等6个工业项目). Industries before one (新能源、新材料等产业项目) are not names (_FIELD_WORD).
_BARE_CLOSER = re.compile(
    rf"等?(?:一批|多个|一系列|(?:近|约|超|逾)?{_COUNT}(?:多|余)?(?:个|项(?!目)|家|户|大(?=项目)|(?=项目)))?"
    # 等8个总投资127亿元项目 / 等48个投资过千万的重点项目
    r"(?:(?:计划|协议)?总?投资(?:约|超|达|过)?(?:[\d.]+[万亿]*元|[十百千万亿]{1,3}元?)(?:以上)?的?)?"
    r"(?:\d[\d.]*(?:[-~至]\d[\d.]*)?[万亿]*元(?:及?以上|以下)?)?"  # 等1-5亿元项目4个
    rf"(?:[^，,。；;、\d等的]{{0,5}}?)(?:{_KIND}|(?:单位|机构)(?=与))"  # (等6家单位与某区签约)
    rf"(?:的项目|(?:共|计)?{_COUNT}(?:个|项|家))?"  # 等项目29个, 等框架协议10个
    r"(?:、大?(?:项目|企业))?"  # 等一批大企业、大项目
)
# Verbs that introduce fields or industries rather than projects.
_FIELD_VERB = re.compile(r"涉及|涵盖|覆盖|聚焦|围绕|集中在|分布在|属于")


def _after_modifier(clause: str) -> str:
    """The list from its first name on: 围绕全域旅游签约的A、B -> A、B."""
    cut = _modifier_end(clause)
    first = clause.find("、")
    return clause[cut + 1 :] if 0 <= cut < first else clause


def _bare(match: re.Match[str]) -> bool:
    """Is the closer only a count of projects (等15个项目, 等项目), no category?"""
    bare = _BARE_CLOSER.match(match.string, match.start())
    return bare is not None and bare.end() >= match.end() - 1


def _strong_closer(sentence: str, match: re.Match[str]) -> bool:
    """Does the closer only count projects, with what happened to them right after?"""
    bare = _BARE_CLOSER.match(sentence, match.start())
    if bare is None:
        return False
    # 等冶金企业共15个亿元以上招商引资项目均按计划开工建设: the event after the whole closer
    # (等8个重点项目的集中开工建设: or after its 的).
    of_names = match.group().startswith("等")  # (not 向8个项目的顺利开工表示祝贺)
    return any(
        _EVENT_AFTER.match(sentence, at)
        or (of_names and sentence[at : at + 1] == "的" and _EVENT_AFTER.match(sentence, at + 1))
        for at in (bare.end(), match.end())
    )


_WORK_KIND = re.compile(r"(?:改造|提升|融合|建设|一体化|减灾|保障|整治|治理|升级)$")
_TOTAL_AFTER_COUNT = re.compile(r"[，,]?(?:合计|共计|共)?(?:总投资|投资总额)")


def _pair_before_closer(
    sentence: str, clause: str, match: re.Match[str], regex: re.Pattern[str]
) -> _List | None:
    """A和B两个项目同时开工 / 现场签约的A和B两大项目: two names joined by 和, counted 2,
    with their event after or before them."""
    if "n" not in regex.groupindex or _number(match.group("n")) != 2:
        return None
    lead = _LIST_VERB.match(clause)  # (现场签约的: no 、 for _strip_lead to go by)
    rest = clause[lead.end() :] if lead else clause
    led = _event_of(lead.group()) if lead else ""
    if not (_strong_closer(sentence, match) or led) or _HORTATIVE.search(clause):
        return None
    for joiner in ("以及", "和", "及", "与"):
        left, sep, right = _partition_top(rest, joiner)
        names = [_clean_name(left), _clean_name(right)]
        if sep and all(_is_name(n) and not _PROSE.search(n) for n in names):
            after = _EVENT_AFTER.match(sentence, match.end())
            event = _event_of(after.group()) if after else led
            return _List(
                tuple(_Item(n, event) for n in names),
                2,
                False,
                sentence,
                match.start(),
                match.end(),
            )
    return None


def _single_before_closer(
    sentence: str, clause: str, match: re.Match[str], regex: re.Pattern[str], *, led: bool
) -> _List | None:
    """签约X等14个项目 / 其中X项目等总部类项目2个: one name, then a count of the others;
    also 既有A、B等产业项目，也有C等民生项目: one name continuing a list."""
    introduced = _LED_SINGLE.match(clause) if regex is _CLOSER_TAIL else None
    if introduced is not None and not (_VISIT.search(clause) or _HORTATIVE.search(clause)):
        # 先后引进吉香居项目等重大食品项目: one example of what was brought in.
        name = _clean_name(introduced.group("name"))
        if _is_single_name(name) and not _PROSE.search(name) and "、" not in name:
            item = _Item(name, _event_of(introduced.group()) or "引进")
            return _List((item,), None, True, sentence, match.start(), match.end())
    # (既有A等…项目，也有B等…项目: the first of the pair, when the second follows)
    paired = _PAIR_OPENER.match(clause) and _CONTINUING_LATER.search(sentence, match.end())
    if regex is _CLOSER_TAIL and (_CONTINUING.match(clause) or paired):
        name = _clean_name(clause)
        if _NAME_SUFFIX.search(name) and _is_name(name) and not _PROSE.search(name):
            item = _Item(name, _event_of(sentence))
            return _List((item,), None, True, sentence, match.start(), match.end())
        return None
    if "n" not in regex.groupindex or not match.group().startswith("等"):
        return None
    count = _number(match.group("n"))
    verbs = list(re.finditer(rf"(?:{_EVENTS})(?:了)?", clause))
    verb = verbs[-1] if verbs else None
    rest = clause[verb.end() :] if verb else re.sub(r"^(?:其中|此外|另有|还有)", "", clause)
    rest = re.sub(r"^.*?(?:举行|举办)了?", "", rest)  # 某县举行2019年二季度X等28个…
    rest = re.sub(r"^(?:促成|助推|推动|带动|实现|完成|引进了?)", "", rest)  # 促成X等30个项目签约
    after = _EVENT_AFTER.match(sentence, match.end())  # X等8个项目已开工建设
    event = _event_of((verb or after or match).group())
    items = _split_items(rest, event)
    if count < 2 or len(items) != 1:
        return None
    # 开工轨道交通1号线支线等52个基础设施项目: led by its event and counted as one of
    # the projects, a name needs no project shape.
    # (其中X等25个产业项目: one of the batch just counted)
    led = led or clause.lstrip().startswith("其中")
    # (X等16个招商项目正式签约落户: the event right after counts as much as one before)
    counted = (verb is not None or led or after is not None) and "项目" in match.group()
    if not (_NAME_SUFFIX.search(items[0].name) or (counted and _is_single_name(items[0].name))):
        return None
    if _PROSE.search(items[0].name):
        return None
    # X等8个总投资59亿元的项目: the kind may follow the batch's total.
    kind = "项目" in match.group() or _KIND_AFTER.match(sentence, match.end())
    if not (verb or kind) or _HORTATIVE.search(clause):
        return None
    # A等27个项目集中开工，B等22个项目集中竣工: the lists after it are read too.
    return _List(tuple(items), count, True, sentence, match.start(), match.end())


_CONTINUING = re.compile(r"^(?:也有|还有|又有|另有|以及)")
_PAIR_OPENER = re.compile(r"^既有")
_CONTINUING_LATER = re.compile(r"[，,；;](?:也有|还有|又有|更有)")
_LED_SINGLE = re.compile(
    r"^[^，,、]{0,8}?(?:先后|成功|又|还|新)?(?:引进|签约|开工建设|开工)了?(?P<name>[^，,、]{4,40})$"
)
_KIND_AFTER = re.compile(r"(?:计划|协议)?总投资[^，,。；;]{1,12}?的项目")


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
        if not _is_name(name) or not (_NAME_SUFFIX.search(name) or (marked and amount) or alone):
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


@dataclass(frozen=True)
class _Body:
    items: list[_Item]
    count: int | None  # the counts written in the body (等6个, sub-lists' 项目4个), summed
    open_ended: bool
    free: int = 0  # items no count in the body covers (those before a counted sub-list)


# Words of a sentence, not of a name standing alone: 区长在签约仪式上致辞.
_NOT_ALONE = re.compile(
    r"在|致辞|讲话|表示|指出|强调|主持|出席|参加|介绍|要求|希望|仪式|活动|会议|签约|开工|竣工"
    r"|涉及|涵盖|覆盖|聚焦|围绕|主要|建设|总|共|将|举行|举办|召开|(?<!商)会$"
    r"|只有|才能|可以|能够|应当|应该|必须"  # 只有为消费者着想，才能…: a sentence
    r"|迎来|带来|标志|成为"  # 某县经济社会发展迎来一大喜事: a sentence
    # 紧盯国家产业政策和投资方向，确定了第二批200个项目集中开工: what was done, and a batch
    r"|了|政策|方向|第[一二三四五六七八九十\d]+批"
)


def _alone(name: str) -> bool:
    """Could `name`, standing alone after an opener, be a name without a project's shape
    (a company: 华远科技)? Short, and no word of a sentence in it."""
    return (
        len(name) <= 25
        and not re.search(r"\s", name)
        and not _PROSE.search(name)
        and not _NOT_ALONE.search(name)
    )


def _parse_body(body: str, event: str, *, colon: bool = False) -> _Body:
    """The items of a list body (the text after its opener), its count, and whether open."""
    body = body.strip()
    chunks = _split_top(body, "；;")
    markers = list(_INLINE_MARKER.finditer(body))
    if len(chunks) < 2 and len(markers) >= 2:
        chunks = [body[a.end() : b.start()] for a, b in zip(markers, markers[1:], strict=False)]
        chunks.append(body[markers[-1].end() :])
    if len(chunks) >= 2:
        return _parse_chunks(chunks, event)
    clauses = _split_top(body, "，,")
    items: list[_Item] = []
    count: int | None = None
    open_ended = False
    # 包括华远科技，东泰电子，明辉光电等: short names separated by commas up to a closer.
    closer_at = next((k for k, c in enumerate(clauses) if _cut_closer(c)[0] != c), 0)
    closed_run = closer_at > 0 and all(
        _alone(_clean_name(_cut_closer(c)[0])) for c in clauses[: closer_at + 1]
    )
    # A项目，B工程，…: one name a clause so far.
    comma_separated = len(clauses) > 2 and "、" not in clauses[0]
    for n, clause in enumerate(clauses):
        part, closer_count, closed_open = _cut_closer(clause)
        continuing = n == 0 or re.match(r"^(?:还有|以及|另有|另外还有|同时还有|和|及)", clause)
        if not continuing and _invested(clause) and any(_invested(c) for c in clauses[:n]):
            # A公司投资2亿元的X项目、…，D公司总投资1亿元的Y项目: the same shape goes on.
            # (…，C公司投资1.1亿元的年产20万吨丙烷、丁烷项目，…: one a clause, its 、 inside)
            name, amount = _strip_item_modifier(clause)
            whole = _clean_name(name)
            one = "、" in name and not any(_invested(c) for c in clauses[:n] if "、" in c)
            if one and _NAME_SUFFIX.search(whole) and _is_single_name(whole):
                items.append(_Item(whole, event, amount))
            else:
                items.extend(_split_items(clause, event))
            continue
        if not continuing:
            # 新建项目有A、B，续建项目有C、D / …，续建项目2个，分别是C、D: a further list
            # with its own opener reads the rest of the body (竣工项目包括C、D等6项、总投资
            # 3.16亿元: its money comes after its names).
            sub = _opener_list("，".join(clauses[n:]), batch=True)
            if (
                sub is not None
                and sub.start <= len(clause) + 1
                and not _has_money(clause[: sub.start])
            ):
                items.extend(sub.items)
                count = None if count is None or sub.count is None else count + sub.count
                break
            if _has_money(clause) or _VISIT.search(clause) or _HORTATIVE.search(clause):
                break
            if _PARTS_CLAUSE.match(clause):
                break  # A项目，主要包括X平台、Y平台等: the parts of the item before
            if part == clause:
                # A further name on its own (A项目，B项目，C中心; after a colon also
                # 华远科技，东泰电子), or the list has ended.
                names = _split_items(clause, event)
                if names and all(
                    _NAME_SUFFIX.search(i.name) or ((colon or closed_run) and _alone(i.name))
                    for i in names
                ):
                    items.extend(names)
                    continue
                # A项目，B市光村、木棠、峨蔓一体化供水工程，C项目: in a list a comma
                # separates, a 、 is inside a name.
                whole = _clean_name(clause)
                if (
                    comma_separated
                    and len(names) > 1
                    and _NAME_SUFFIX.search(whole)
                    and _is_single_name(whole)
                    and not _has_money(whole)
                ):
                    items.append(_Item(whole, event))
                    continue
                # …，D污水处理工程，E市级粮食储备库建设。: the last of a comma list, a work
                # named by its place and kind without a name's ending.
                if (
                    comma_separated
                    and n == len(clauses) - 1
                    and len(items) >= 2
                    and _WORK_END.search(whole)
                    and _loose_project(whole)
                ):
                    items.append(_Item(whole, event))
                break
            # A further list closed by 等…项目: 包括A、B等基础设施项目，C等产业项目.
        if n and closed_open and closer_count is None:
            count = None  # A、B4个500强项目，C、D等优质项目: how many in all, unsaid
        count = count if closer_count is None else (count or 0) + closer_count
        if grouped := _group_counts(part):
            count = (count or 0) + grouped
        open_ended = open_ended or closed_open or grouped > 0
        # 等6个开工项目，…等5个竣工项目: each list's own event.
        own_event = _event_of(clause[len(part) :]) or event
        # (…，同时集中开工C、D等6个项目: a further clause may open with its event)
        named = _strip_lead(part)[0] if n else part
        items.extend(_split_items(_strip_modifier(named), own_event))
        joined = _JOINED_AFTER_CLOSER.search(clause) if closer_count is not None else None
        if joined is not None and _is_single_name(name := _clean_name(joined["name"])):
            items.append(_Item(name, own_event))  # …等5个商贸服务项目以及D项目
            count = None if count is None else count + 1
        if closer_count is not None and n == 0 and len(clauses) > 1:
            # 等12个，总投资…: the list is closed; later clauses are about the batch,
            # unless one is another counted list (A等6个开工项目，B等5个竣工项目).
            nxt = clauses[1]
            if not (
                re.match(r"^(?:还有|以及|另有)", nxt)
                or _counted_list_clause(nxt)
                or _opens_list(nxt)  # …等6项，签约项目为C: another list of the batch
            ):
                break
    return _Body(items, count, open_ended)


_WORK_END = re.compile(r"(?:建设|改造|扩建|新建|提升|整治|修缮)$")


def _opens_list(clause: str) -> bool:
    sub = _opener_list(clause, batch=True)
    return sub is not None and not _has_money(clause[: sub.start])


def _counted_list_clause(clause: str) -> bool:
    """A、B等5个竣工项目: a clause that is a list closed by a count of projects."""
    part, closer_count, _ = _cut_closer(clause)
    if "、" in clause and _CLOSER_EVENT.search(clause) and not re.search(r"\d", clause):
        return True  # …，E、F等优质项目签约落户: a list with its event
    return closer_count is not None and "、" in part and not _has_money(part)


_COUNTED_CLASS_HEAD = re.compile(
    rf"^[^，,：:、]{{1,12}}?类项目(?P<n>{_COUNT})个[，,](?P<names>[^，,。；;]+?)[。]?$"
    # …；临空经济区3个：A、B、C: a part of the batch and its names, as many as it counts.
    rf"|^[^，,：:、]{{1,12}}?(?P<m>{_COUNT})(?:个|项|家)[：:](?P<run>[^，,。；;]+?)[。]?$"
)


_CLASS_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,8}项目[，,]?(?:具体|主要)?(?:包括|有|为|是)[：:]?")


def _parse_chunks(chunks: Sequence[str], event: str) -> _Body:
    items: list[_Item] = []
    counted: list[int] = []
    free = 0
    open_ended = False
    for chunk in chunks:
        chunk = _MARKER.sub("", chunk.strip(), count=1)
        if not chunk:
            continue
        if items and _IN_TALKS.search(_split_top(chunk, "、，,")[0]):
            break  # …；正在洽谈的企业有C、D: the list of those come in has ended
        sub = _opener_list(chunk, batch=True)
        if sub is not None:
            items.extend(sub.items)
            if sub.count is None:
                free += len(sub.items)
            else:
                counted.append(sub.count)
            continue
        # …；农业类项目1个，X项目: a counted class and its names, the opener left out.
        counted_class = _COUNTED_CLASS_HEAD.match(chunk)
        if counted_class is not None:
            n = _number(counted_class.group("n") or counted_class.group("m"))
            named = _split_items(counted_class.group("names") or counted_class.group("run"), event)
            if named and (
                all(_NAME_SUFFIX.search(i.name) for i in named)
                or (counted_class.group("run") and len(named) == n)
            ):
                items.extend(named)
                counted.append(n)
                continue
        # …；总部项目，包括A、B等: a class of the batch and its names (taken alone, 总部项目
        # 包括… could be one project's parts; after the list's first chunk it is a class).
        if items and (class_head := _CLASS_HEAD.match(chunk)) is not None:
            members = _parse_body(chunk[class_head.end() :], event)
            if len(members.items) >= 2:
                items.extend(members.items)
                free += len(members.items)
                open_ended = open_ended or members.open_ended
                continue
        # A公司投资30亿元的X项目，B公司投资17亿元的Y项目，…等: a run of invested items.
        head, _, run_open = _cut_closer(chunk)
        invested = _invested_list(head)
        if invested is not None and invested.start == 0:
            items.extend(invested.items)
            free += len(invested.items)
            open_ended = open_ended or run_open
            continue
        described = _described_item(chunk, event)
        if described is not None:
            items.append(described)
            free += 1
            continue
        head = _split_top(chunk, "，,：:")[0]
        head, closer_count, closed_open = _cut_closer(head)
        open_ended = open_ended or closed_open
        # (A和B2个产业项目: the count parts what 和 joins)
        found = _split_by_count(_split_items(_strip_modifier(head), event), closer_count)
        if len(found) == 1 and found[0].amount is None:
            found = [_Item(found[0].name, event, _chunk_amount(chunk))]
        # A chunk of prose after the list (；此外还将加快建设… / ；接待客商230余批次)
        # names no project.
        found = [
            i
            for i in found
            if _NAME_SUFFIX.search(i.name) or not (_PROSE.search(i.name) or _TALLY.search(i.name))
        ]
        items.extend(found)
        if closer_count is not None:
            counted.append(closer_count)
        else:
            free += len(found)
    return _Body(items, sum(counted) if counted else None, open_ended, free)


_TALLY = re.compile(r"\d+(?:多|余)?(?:批次|人次|次|人|批)$")


def _described_item(chunk: str, event: str) -> _Item | None:
    """建设集仓储、运输、餐饮一体化的X物流中心项目: a chunk that opens with what is built
    and ends with the project's name (the 、 and ， before it belong to the description)."""
    if not _DESCRIPTION_START.match(chunk):
        return None
    # 投资5亿元的X项目，是…的重大民生工程: the subject, not what it is said to be.
    chunk = re.split(r"[，,](?:是|为|系)", chunk, maxsplit=1)[0]
    raw, amount = _strip_item_modifier(chunk.rstrip("。；; "))
    name = _clean_name(raw)
    if raw == chunk or not _NAME_SUFFIX.search(name) or not _is_name(name):
        return None
    if re.search(r"[、，,]", name) or _PROSE.search(name):
        return None
    return _Item(name, event, amount)


_DESCRIPTION_START = re.compile(r"^(?:建设|新建|打造|购置|投资|由|总投资|计划投资|占地)")


_JOINED_AFTER_CLOSER = re.compile(
    r"(?<=\d个)[^，,。；;、等]{0,8}?(?:项目|工程)(?:和|以及)(?P<name>[^，,。；;、等]{2,40}?(?:项目|工程))。?$"
)


def _cut_closer(clause: str) -> tuple[str, int | None, bool]:
    """Split a closer off a list clause: (list part, its count or None, open-ended?)."""
    for regex in (_CLOSER_COUNTED, _CLOSER_BIG, _CLOSER_GLUED):
        match = regex.search(clause)
        if match and not _bracket_depth(clause[: match.start()]):
            return clause[: match.start()], _number(match.group("n")), False
    for regex in (_CLOSER_DESCRIBED, _CLOSER_OPEN):
        match = regex.search(clause)
        if match and not _bracket_depth(clause[: match.start()]):
            return clause[: match.start()], None, True
    return clause, None, False


# A count glued to the last name: 有A、B、C3家企业 / 国药控股4个世界500强项目.
_CLOSER_GLUED = re.compile(
    rf"(?<![\d.和及与、])(?P<n>{_COUNT})(?:家(?:企业|公司|单位)|个[^，,。；;、]{{1,10}}?项目)$"
)
# 以及E等一批产业链条长、科技含量高的项目: what the batch is like, 、 and all.
_CLOSER_DESCRIBED = re.compile(
    r"(?<![高平初对均相同])(?<![^高]中)等(?:一批|一系列|多个|众多)[^，,。；;等]{2,40}?的[^，,。；;、的]{0,6}?项目$"
)


def _strip_modifier(clause: str) -> str:
    """Drop a modifier that covers a whole list: 中煤集团、国电集团等央企投资建设的A."""
    cut = _modifier_end(clause)
    if cut >= 0 and "、" in clause[:cut] and "等" in clause[:cut]:
        return clause[cut + 1 :]
    return clause


def _invested_list(sentence: str) -> _List | None:
    """A公司总投资X亿元建设的P项目，B公司总投资Y亿元建设的Q项目，…: two or more clauses
    in a row, each an investor, its amount and its project (inner 、 stay in a name)."""
    if sentence.count("投资") < 2:
        return None
    at = 0
    run: list[_Item] = []
    start = -1
    for clause in _split_top(sentence, "，,；;"):
        here, at = at, at + len(clause) + 1
        # …的X项目和总投资1亿元的Y项目: the last clause may hold two.
        left, sep, right = _partition_top(clause, "和")
        halves = [left, right] if sep and _invested(left) and _invested(right) else [clause]
        found: list[_Item] = []
        for half in halves:
            if sum(_invested(p) for p in _split_top(half, "、")) > 1:
                break  # 总投资X的A、总投资Y的B: a 、-list of invested items, read by its opener
            name, amount = _strip_item_modifier(half.strip())
            name = _clean_name(name)
            if (
                _invested(half)
                and _NAME_SUFFIX.search(name)
                and _is_name(name)
                and not _PROSE.search(name)
            ):
                found.append(_Item(name, _event_of(sentence), amount))
        if found and len(found) == len(halves):
            start = here if not run else start
            run += found
            continue
        if len(run) >= 2:
            break
        run = []
    if len(run) < 2:
        return None
    return _List(tuple(run), None, False, sentence, start)
