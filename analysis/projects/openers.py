"""Lists opened by their subject (签约项目有… / 分别是 / 包括 / 涉及): the body after the
opener read into items, one project's parts or description being no list."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newsx.analysis.projects.clauses import (
    _PLAN,
    _alone,
    _cut_closer,
    _of_other_days,
    _strip_modifier,
)
from newsx.analysis.projects.items import (
    _FIELD_NAMED,
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
    _prefix_count,
    _split_items,
    _strip_item_modifier,
    _strip_lead,
    _trailing_amount,
)
from newsx.analysis.projects.text import (
    _bracket_depth,
    _last_clause,
    _number,
    _partition_top,
    _split_top,
)
from newsx.analysis.projects.vocabulary import (
    _BATCH_CUE,
    _CLOSER_EVENT,
    _COUNT,
    _COUNTED_SUBJECT,
    _COUNTED_WORKS,
    _EVENT,
    _EVENT_DE,
    _FIELD_CLOSER,
    _FIELD_LIST,
    _FIELDS,
    _HORTATIVE,
    _IN_TALKS,
    _INDUSTRIES_NAMED,
    _INLINE_MARKER,
    _MARKER,
    _NAME_SUFFIX,
    _OPENER,
    _PROSE,
    _SOME_KINDS,
    _SUBJECT,
    _TELLING,
    _TOTAL_BEFORE_KIND,
    _VISIT,
    _WEAK_OPENER_LEFT,
    _WEAK_OPENERS,
)

_OPENER_IN_NAME = re.compile(r"包括|包含|分别|涉及|涵盖|主要有")


def _builds_one(prefix: str) -> bool:
    """Does the clause before the opener build one named thing (在北湖生态公园建设成都熊猫
    海洋世界，包括A、B), not a batch (建设一批项目 / 开工建设12个项目)?"""
    built = _BUILDS_ONE.search(_last_clause(prefix))
    return built is not None and not _BATCH_BUILT.search(built.group("thing"))


_BUILDS_ONE = re.compile(r"(?:建设|打造|兴建|新建)(?P<thing>[^，,：:、等]{4,30})$")
_BATCH_BUILT = re.compile(r"(?:项目|工程)$|一批|\d|[一二三四五六七八九十两几多]+[个项座条]|一系列")


# A run of sub-projects (包含A、B等4个子项目) from one of its names on, not from the
# project that holds them.
_SUB_PROJECTS = re.compile(r"(?:(?!包含|包括)[^。；;])*?等[^，,。；;]{0,6}?子项目")


def _with_antecedent(prefix: str, clause: str) -> str:
    """The opener's clause, with the clause before when it opens with 其 (计划入驻15家企业，
    其涉及有A、B: its subject is there)."""
    if not clause.lstrip().startswith("其"):
        return clause
    clauses = _split_top(prefix.rstrip("，,；;：: "), "，,；;")
    return "".join(clauses[-2:])


# 以X为Y: X taken as Y (以龙头企业为引领, 以项目为抓手); 用X为Y: X used for Y (用一个个项目为
# 转型发展夯基垒台).
_TAKEN_AS = re.compile(
    r"(?:(?:^|[^所可难加足予])以(?![来上下及后前内外便])|(?:^|[^利使应作费信适采运功专通])用)"
    r"[^，,；;。：:]{1,24}$"
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
            and not re.search(r"(?:个|项|家)(?:项目)?$", window)
        ):
            # …的综合性企业，为热电厂配套生产线: a predicate (not 项目2个，为A、B; 有1个项目，为A)
            continue
        prefix = sentence[: match.start()]
        if _bracket_depth(prefix):
            continue
        if word in ("包括", "包含") and prefix.endswith(("涵盖", "涉及")):
            word = prefix[-2:]  # 项目涵盖包括A、B: what 涵盖 names, kinds more often
        clause = _last_clause(prefix)
        if word == "为" and _TAKEN_AS.search(clause):
            continue  # 以陕鼓等龙头企业为引领: what is taken as the lead, no list
        if word in _WEAK_OPENERS and not named and not _WEAK_OPENER_LEFT.search(clause):
            continue
        # (新型工业方面，有A、B: a category of a batch report's projects)
        category = batch and clause.endswith("方面")
        subject = (
            _SUBJECT.search(prefix)
            or "引进" in clause
            or _EVENT_DE.search(clause)
            or _COUNTED_CLASS.search(clause)  # 民生和社会事业类7项，具体为：
            or _COUNTED_WORKS.search(clause)  # 3座加氢站集中开工，分别为A、B和C
            or clause.endswith("签约方")  # 现场签约方包括A公司、B公司: the firms that signed
            or _NTH_CLASS.match(_last_sentence_start(prefix))  # 第二类为农产品深加工，包括A、B
        )
        if not (named or subject or category):
            continue
        if not (batch or _BATCH_CUE.search(prefix)):
            continue
        # 推介暨投资项目签约的企业有: the event after 暨 is the one the list took part in.
        if (
            (_VISIT.search(clause.rpartition("暨")[2]) and not _VISITED_BATCH.search(clause))
            or _PARTNERS_LISTED.search(clause)  # 投资合作方包括A集团、B公司: the parties
            or (not _PLAN.get() and _HORTATIVE.search(_with_antecedent(prefix, clause)))
            or _IN_TALKS.search(clause)
            or (word == "" and _TELLING.search(clause))  # 再一次提醒企业：只有…
        ):
            continue
        if _KINDS_SUBJECT.search(clause):
            continue  # 项目类别包括水产、高标准农田建设等: the kinds, not the projects
        if _YEAR_PLAN.search(prefix) and not _PLAN.get():
            continue  # 今年，该旗计划实施重点项目70个，…，其中政府投资项目33个，包括A、B: a plan
        standing = bool(_STANDING.search(clause)) and not _PLAN.get()
        if _of_other_days(prefix, standing, sentence):
            continue  # 此前签约的项目有… / 现有在建项目有…: not this batch
        ahead = sentence[match.end() :]
        if _PLACES_COUNTED.match(ahead):
            continue  # 项目涉及22个县（市、区）、开发区: where they are
        if _FIELD_TAIL.match(ahead) or _PLACES_TAIL.match(ahead) or _FACILITIES_TAIL.match(ahead):
            # (投资来源地主要有香港、日本等国家和地区: where the money comes from; 包含办公中心、
            # 仓库等设施工程: the parts of one project)
            continue
        # (a paragraph that ends in ；, the next part of the list to come)
        body = sentence[match.end() :].rstrip("；;")
        if _SPECIFIED_AHEAD.match(body):
            continue  # 涉及商业综合体、水库等，具体包括A、B: kinds, then the names
        if _SUB_PROJECTS.match(body):
            continue  # X项目包含A、B等4个子项目: the parts of one project
        if _SOME_KINDS.match(body):
            continue  # 也包括了一些城市更新、老旧小区改造等民生项目
        if word in _WEAK_OPENERS and _COUNT_FIRST.match(body):
            continue  # 项目有21个，包括A、B: the count, then the real opener
        if word.endswith("有") and _COUNT_FIRST.match(body) and not _COUNTED_RUN.match(body):
            continue  # 其中有3个项目投资超5亿元；…: a count and what is true of them
        if word in _WEAK_OPENERS and (
            (_one_project(clause) and not _run_of_names(body)) or _PREDICATE_START.match(body)
        ):
            # 该项目是国内最先进的… / X项目是…的又一重大项目 / 是一批…的好项目 (but 产业发展
            # 项目为A基地、B园区、C产业园: a class, and its names)
            continue
        clauses = _split_top(prefix, "，,；;")
        if _DIVIDED.search("".join(clauses[-2:])):
            continue  # 整个项目共分为6大片区，分别为A区、B区: the parts of one project
        if _PARTS_OF_ONE.search("".join(clauses[-2:])) or any(
            _THE_PROJECT_BUILT.match(c.strip())
            or _BUILDS_FACILITIES.match(c.strip())
            or _WORKS_ON.search(c)
            for c in clauses[-2:]
        ):
            # 该项目主要建设厂房、仓库 / 一期项目…，建设10万吨粮食仓储设施，包括A仓、B中心: the
            # parts of one project, not a list
            continue
        if any(_THE_PROJECT_PLACED.match(c.strip()) for c in clauses[1:]) or (
            _NAMED_PROJECT_PLACED.match(clauses[0].strip())
        ):
            # X项目是…，项目位于某社区，…，包括新建市政道路、堤防 / X项目位于某大道北侧，…，
            # 涵盖幼儿园、初级中学: its parts
            continue
        after_comma = prefix.rstrip().endswith(("，", ","))
        if word in ("包括", "包含") and after_comma and _builds_one(prefix):
            continue  # 在某公园建设X海洋世界，包括海洋馆、科技馆: what one project holds
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
        if not _counted_first_chunk(body, count):
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
        if word in ("涵盖", "涉及") and shaped * 2 <= len(items):
            # 涵盖, 涉及 name fields and kinds (河道治理) more often than projects (涉及休闲
            # 度假、零担物流、艺术中心、新建医院等: half of them shaped is not enough)
            continue
        if _THIS_PROJECT.match(clauses[0].strip()) and not any(
            i.name.endswith(("项目", "工程")) for i in items
        ):
            continue  # 该项目由某集团投资，…，项目涉及A中心、B馆: the parts of the one project
        if shaped < len(items) and any(_PROSE.search(i.name) for i in items):
            continue  # 涉及的开发区、部门要提供全程式、保姆式服务: a sentence, not names
        pieces = _join_related(_split_top(first, "、"))
        if word in ("涵盖", "涉及") and sum(not _is_name(_clean_name(p)) for p in pieces) >= 2:
            continue  # 涉及转型项目、产业项目、城市建设项目等: two kinds make all of them kinds
        if clause.endswith(("既", "也")) and shaped < len(pieces):
            continue  # 项目中既包含基础提升、产业提质的项目，也包含国企、民企项目: kinds
        if sum(bool(_FIELDISH.search(_clean_name(p))) for p in pieces) * 2 >= len(pieces):
            continue  # 项目涉及装备制造、新能源、稀土新材料及应用…6大产业: fields
        if not shaped and count is None and _INDUSTRIES_NAMED.search(_last_told(clauses)):
            continue  # 签约项目聚焦三大主导产业，包括航空发动机、电子电器制造等项目: its industries
        if _KINDS_COUNTED.search(_split_top(body, "，,。；;")[0]):
            continue  # 涉及到A、B、C和D四大门类: the kinds of the batch's projects
        if any(_METRIC.search(i.name) for i in items):
            continue  # 重大项目开工总数、产业项目数、总投资等均位列全省第一: measures
        if not batch and _PROGRESS_REPORT.search(prefix) and not _EVENT.search(prefix):
            continue  # 省重点项目共9项，…累计完成投资…。分别是：: projects under way, no batch
        if _described_project(prefix):
            continue  # X项目，投资…，占地…，包括A楼、B馆: the parts of the one described
        if _MEASURED.match(_split_top(prefix.rstrip("，, 主要具体"), "，,")[-1].strip()):
            continue  # …2条城市主干道的建设，总长4280米，包括A、B: what the work takes in
        if (
            word in ("包括", "主要包括", "包含")
            and _one_project(clause)
            and sum(i.name.endswith("项目") for i in items) < 2
            and not any(_FIRM.search(i.name) for i in items)
        ):
            continue  # 华能某基地项目主要包括办公楼群、培训中心: its buildings (not its firms)
        if (
            (_parts_after_amount(prefix) or _parts_after_builder(prefix))
            and sum(i.name.endswith("项目") for i in items) < 2
            and not (word in _WEAK_OPENERS and _run_of_names(body))  # (产业发展项目为A、B、C)
        ):
            # X项目，概算总投资8000万元，包括种植基地、加工中心: one project's parts (but
            # 科技人才项目包括A项目、B项目: a class whose members are projects)
            continue
        open_ended = parsed.open_ended or word.startswith("其中") or word == "如"
        return _List(
            (*_representative(prefix, event), *items), count, open_ended, sentence, match.start()
        )
    return None


_DIVIDED = re.compile(r"分为[\d一二三四五六七八九十两]+(?:大|个)?(?:片区|功能区|板块|区域|组团)")
# A year's plan, counted, at the head of the sentence.
_YEAR_PLAN = re.compile(
    r"(?:^|[，,])(?:今年|年内|\d{4}年)[，,]?[^，,。；;]{0,8}?(?:计划|拟)(?:实施|建设|推进)"
    r"[^，,。；;]{0,6}?项目\d+个"
)


_PARTNERS_LISTED = re.compile(r"(?:投资|合作)方$")


# (产业涵盖A、B: the industries of the batch, whatever they look like)
# (这类项目涉及道路、码头、电力: what a class of the batch's projects is about)
_KINDS_SUBJECT = re.compile(
    r"(?:类别|类型|种类|门类|业态|^产业|^行业|^领域|^[这此该]类项目)(?:主要)?$"
)


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
    pieces = _first_run(body)
    return len(pieces) >= 2 and all(
        _STRONG.search(name := _clean_name(p)) and _is_name(name) for p in pieces
    )


def _run_of_names(body: str) -> bool:
    """Does the body open with three or more names, most of them shaped like projects?"""
    pieces = _first_run(body)
    shaped = sum(bool(_NAME_SUFFIX.search(_clean_name(p))) for p in pieces)
    return len(pieces) >= 3 and shaped * 3 >= len(pieces) * 2


def _first_run(body: str) -> list[str]:
    """The 、-pieces of the body's first clause."""
    return _split_top(_split_top(body, "，,；;。")[0], "、")


def _one_project(clause: str) -> bool:
    """Is the subject before a copula one project (该项目, 陶瓷产业基地项目) rather than a
    class of the batch (签约项目, 此次开工的项目, 重大项目)? Then what follows says what it
    is: a predicate, not a list."""
    subject = _clean_name(clause.rpartition("的")[2])
    if re.search(rf"{_COUNT}(?:个|项|家)$|类(?:项目|企业)$", subject):
        return False  # 现代服务业项目1个，为X / 央企类项目有A、B: a class
    if re.match(r"^(?:该|此|这个|这一|这项)(?:项目|工程|企业)", subject):
        return True
    if re.search(r"(?:项目|工程|企业)(?:均|都|全部|全都|皆)(?:为|是|属于?)", subject):
        return False  # 本次开工项目均为公共基础设施项目: what all of them are
    if _OPENER_IN_NAME.search(subject):
        return False  # 开工的项目涉及散货、燃料油等码头，包括: the kinds of a class
    return bool(_NAME_SUFFIX.search(subject)) and _is_name(subject)


# X扩建工程主要是对A路、B路进行扩建，主要包括路基扩宽、车道拓宽: what one work does to
# what, then its parts.
_WORKS_ON = re.compile(r"(?:项目|工程)(?:主要|将|主要是|是)对[^，,。；;]{2,40}?进行")
# 第二类为农产品深加工，包括A、B: the second class of a batch's projects, named.
_NTH_CLASS = re.compile(r"^(?:其中)?[，,]?第[一二三四五六七八九十]类")


def _last_sentence_start(prefix: str) -> str:
    return re.split(r"[。！？!?；;]", prefix)[-1].lstrip()


# A copula's predicate, not a list: 是一批…的好项目, 是又一重大项目, 是全县…
_PREDICATE_START = re.compile(r"^(?:一批|一个|一项|一座|一家|一种|又一|全[省市县区]|我[省市县区])")


# The parts of one project: 该项目主要建设A、B / 建设内容包括A、B / 项目建成后，主要包括
# 总部功能、研发平台.
_PARTS_OF_ONE = re.compile(
    r"该项目|此项目|这个项目|这一项目|建设内容|主要建设|建设规模|项目建设(?:主要)?$"
    r"|^项目(?:建成|投产|投用|完工|达产)后"
)
# What one project is made of or will build, before an item in its clause: X项目主要建设
# 厂房、仓库 / 其项目建设内容包括A、B / 工程内容包括游客中心、文化展厅 / 规划建设A、B.
# (After a project or a comma: 南岭规划建设发展中心 is a body's name.)
_PARTS_BEFORE = re.compile(
    r"(?:建设|工程|项目)内容(?:主要)?(?:包括|包含|有|为|是)"
    r"|(?:(?<=项目)|(?<=工程)|(?<=[，,]))(?:主要|计划|拟|规划)建设"
)
_CLAUSE_END = re.compile(r"[。！？!?；;\n]")


def _named_as_a_part(name: str, text: str) -> bool:
    """Is the name first written as a part of one project (its clause says so before it,
    or the name runs on into them: X项目主要建设5层标准厂房)?"""
    inside = _PARTS_BEFORE.search(name)
    if inside and inside.end() < len(name):  # (贵港城区通用机场规划建设 is a name)
        return True
    at = text.find(name)
    if at < 0:
        return False
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    return _PARTS_BEFORE.search(text, start, at) is not None


# 射阳航空城落户5个产业项目 / 某园区签约12个项目: the place projects come to, followed by
# their count, is their host.
_HOSTS_COUNT = re.compile(
    r"(?:新|再|又|成功)?(?:签约)?(?:落户|引进|签约|迎来)了?"
    r"(?:\d+|[一二三四五六七八九十两]+)(?:多|余)?[个家项批](?:[^，,。；;]{0,8}?)(?:项目|企业)"
)


def _hosts_a_count(name: str, text: str) -> bool:
    """Is the name written as the place a count of projects comes to? (A park's projects
    are named for it: 精细化工产业园签约项目6个 … 此次签约的精细化工产业园项目.)"""
    park = name.removesuffix("项目")
    return (
        any(_HOSTS_COUNT.match(text, at + len(name)) for at in _places_of(name, text))
        or (
            _PARK_END.search(park) is not None
            # (not a 、-list's last item before its count: A项目、B园区项目五个项目)
            and any(
                _PARK_COUNT.match(text, at + len(park)) and text[at - 1 : at] != "、"
                for at in _places_of(park, text)
            )
        )
    )


_PARK_END = re.compile(r"(?:产业园|工业园|园区|开发区|新区)$")
_PARK_COUNT = re.compile(
    rf"(?:{_EVENT.pattern})?项目(?:\d+|[一二三四五六七八九十两]+)(?:多|余)?[个家项]"
)


def _places_of(name: str, text: str) -> Iterator[int]:
    """Where the name is written in the text, first to last."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


# 参加现场观摩的开工开业项目9个，包括A、B: the batch of the day's event, which officials
# visited, not projects only visited.
_VISITED_BATCH = re.compile(
    rf"(?:{_VISIT.pattern})[^，,。；;]*的(?:{_EVENT.pattern})[^，,。；;的]{{0,4}}(?:项目|企业)"
)


# 包括年度建设项目和前期规划研究项目。年度建设项目743个，总投资…: a name that opens a
# clause followed by its count is a kind of project, not one (but A、B及C共3个 counts
# the list the name ends).
_COUNTED_AFTER = re.compile(
    r"(?:\d+|[一二三四五六七八九十两百]+)(?:多|余)?[个项](?=[，,。；;：:、]|$)"
)


def _counted_as_a_kind(name: str, text: str) -> bool:
    """Is the name written somewhere as a clause's subject with its count (。年度建设
    项目743个，), or everywhere after a count (A、B、C3个总投资1.2亿元的石材加工项目)?"""
    places = list(_places_of(name, text))
    return any(
        (at == 0 or text[at - 1] in "。，,；;：:\n") and _COUNTED_AFTER.match(text, at + len(name))
        for at in places
    ) or (bool(places) and all(_COUNTED_BEFORE.search(text, max(0, at - 24), at) for at in places))


_COUNTED_BEFORE = re.compile(
    # (not 又一个X项目落户: one more; nor 总投资5000万元的3个X项目, an item of a list)
    rf"(?<![\d.一二三四五六七八九十两的])(?!一[个项])(?:\d+|[一二三四五六七八九十两]+)[个项]"
    rf"{_TOTAL_BEFORE_KIND}?\Z"
)


# 项目于7月22日开工建设，包括养殖场、饲料厂 / 项目计划分两期建设：…: the project (the
# article's one) and how it is built.
_THE_PROJECT_BUILT = re.compile(
    r"^项目(?:于|已于|已|将于|计划)?[^，,：:]{0,12}?(?:开工建设|分[两二三四]期(?:建设|实施))"
)


# A sentence about the one project already named (该项目由某集团投资，…).
_THIS_PROJECT = re.compile(r"^(?:该|此|这个|这一)项目")
# 项目位于某社区 / 项目规划占地2500亩, in a sentence about one project: where it is.
_THE_PROJECT_PLACED = re.compile(r"^项目(?:位于|选址|地处|坐落|规划占地|占地|总占地)")
_NAMED_PROJECT_PLACED = re.compile(r"^[^、]{2,30}?项目(?:位于|选址|地处|坐落|规划占地|总占地)")


_BUILDS_FACILITIES = re.compile(r"^(?:新建|建设|建成|配套建设)[^，,]{0,24}(?:设施|设备)$")


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


def _counted_first_chunk(body: str, count: int | None) -> bool:
    """Does the count cover just the body's first chunk, the chunks after ； opening lists
    of their own (开工的6个项目分别是A…F；奠基项目为G: six, then one more)?"""
    chunks = [c.strip() for c in _split_top(body, "；;") if c.strip()]
    return (
        count is not None
        and len(chunks) > 1
        and len(_split_top(chunks[0], "、")) == count
        and all(_SUB_OPENER.match(c) for c in chunks[1:])
    )


_SUB_OPENER = re.compile(r"^[^、，,]{0,10}?(?:项目|工程|企业)(?:为|是|有|包括)")


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
    # 涉及旅游、公路、水利、市政、能源五大方面: fields counted, with no 等
    rf"|^[^，,。；;]{{2,120}}?{_COUNT}大(?:领域|产业|行业|板块|方面|类)(?!项目|企业)"
)


_PLACES_TAIL = re.compile(
    r"^[^，,。；;]{2,120}?等(?:\d+个)?(?:国家|地区|国家和地区|省市|省份|城市|省区市|省|市|县|乡镇|街道|镇|乡|村)"
    r"(?![级属直]|[^，,。；;共]{0,6}项目)"  # (not 等5个市级项目; but 等地区共计19个项目)
)


_FACILITIES_TAIL = re.compile(
    r"^[^，,。；;]{2,120}?等(?:配套|附属|基础|公共)*设施(?:工程)?(?![^，,。；;]*项目)"
    r"|^[^，,。；;]{2,120}?等(?:工程|建设)内容"  # 包括道路、排水、供电等工程内容: one project's
    # 包括住宅、酒店、商业、广场等5个区域: one project's parts
    rf"|^[^，,。；;]{{2,120}}?等(?:{_COUNT}[个大])?(?:区域|板块|功能区|分区|业态)"
)


# A field, an industry or a sector, not a name: 新材料, 装备制造业, 节能环保6大产业.
_FIELDISH = re.compile(
    rf"^(?:{_FIELDS}|工程|项目|类|等|及|和|应用|道路|桥梁|管网|保障|建设)+$|(?:产业|领域|行业|板块)$"
)


_PROGRESS_REPORT = re.compile(r"完成投资|序时进度|形象进度|累计完成|投资完成率")


# (拟投资60.24亿元(人民币，下同): a note on the currency may follow)
_ONE_AMOUNT = re.compile(
    r"^(?:概算|计划|预计|拟)?总?投资[^，,。；;]{1,12}(?:[(（][^()（）]{1,10}[)）])?$"
)


_NAMED_AMOUNT = re.compile(
    r"^(?P<name>[^，,、]{4,60}?(?:项目|工程))(?:概算|计划|协议)?总投资(?:约|达|超)?[\d.]+[万亿]*元$"
)


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


_MEASURED = re.compile(
    r"^(?:总长|全长|总长度|长|宽|总面积|建筑面积|总建筑面积|占地面积?|总占地)(?:约|达|为|超过|超|近|逾)?"
    r"[\d.]+[万千]?(?:多|余)?(?:米|公里|千米|平方米|平方公里|亩)$"
)
_DESCRIBES = re.compile(
    r"(?:计划|规划|总|协议|建设)?(?:投资|占地|用地|建筑面积|分[一二三四两]期)|项目建筑|总体布局"
)


def _parts_after_amount(prefix: str) -> bool:
    """…建设X项目，概算总投资8000万元，包括A、B: the opener follows one project (not a
    count of them: 10个重大项目，总投资53亿元，包括…) and its amount."""
    clauses = _split_top(prefix.rstrip("，, 主要"), "，,")
    while len(clauses) > 1 and _MEASURED.match(clauses[-1].strip()):
        clauses.pop()  # X项目总投资25亿元，总建筑面积约21.7万平方米，建设A、B: its size too
    if len(clauses) >= 2 and _ONE_AMOUNT.match(clauses[-1].strip()):
        return bool(_STRONG.search(clauses[-2])) and not _COUNTED_SUBJECT.search(clauses[-2])
    # 此次启动的X项目总投资约2000亿元，包括A和B: the name and its amount in one clause
    named = _NAMED_AMOUNT.match(clauses[-1].strip()) if clauses else None
    if named is not None:
        name = _clean_name(_strip_item_modifier(named["name"])[0])
        return (
            bool(_STRONG.search(name))
            and _is_single_name(name)
            and not _COUNTED_SUBJECT.search(named["name"])
            and not _EVENT.search(name)
        )
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


_FIRM = re.compile(r"(?:公司|集团|厂)$")
_CONJUNCTION = re.compile(r"^(?:以及|和|及)")


_STANDING = re.compile(r"在建")


@dataclass(frozen=True)
class _Body:
    items: list[_Item]
    count: int | None  # the counts written in the body (等6个, sub-lists' 项目4个), summed
    open_ended: bool
    free: int = 0  # items no count in the body covers (those before a counted sub-list)


_FIELDS_CLAUSE = re.compile(r"^(?:涵盖|涉及|聚焦|覆盖|分布在|集中在)了?[^，,。；;]{2,120}等$")


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
    headed = [_COUNTED_KIND_DASH.match(c) for c in clauses]
    if sum(m is not None for m in headed) >= 2 and headed[0]:
        # 包括1项水环境治理工程——A，15项道路新建项目——B、C…，以及4个…项目——D、E等: each
        # kind's count, a dash, then its names.
        kinds = [c[m.end() :] if m else c for c, m in zip(clauses, headed, strict=True)]
        parsed = _parse_chunks(kinds, event)
        total = sum(_number(m["n"]) for m in headed if m)
        return _Body(parsed.items, total, parsed.open_ended)
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
        if n == 0 and _first_of_comma_names(part, clauses[1:3]):
            # 分别是A机器人、无人机产业园项目，B项目，C项目: the first of a comma list,
            # its 、 inside the name
            items.append(_Item(_clean_name(part), event))
            continue
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
        if n and (_FIELD_LIST.match(clause) or _FIELDS_CLAUSE.match(clause)):
            # …，涉及民生工程、基础设施等多个领域 / …，涵盖汽车制造、新能源等: the batch's
            # fields end its names
            break
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
        # (…的A科技园，和B科学园: the conjunction before the last name is no part of it)
        named = _strip_lead(_CONJUNCTION.sub("", part))[0] if n else part
        if n and _SOME_KINDS.match(named.lstrip()):
            break  # …，也包括了一些城市更新、老旧小区改造等民生项目: kinds of work
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


def _first_of_comma_names(part: str, following: Sequence[str]) -> bool:
    """Is `part` one name holding a 、, the first of names set apart by commas: the two
    clauses after it each a name with a project's ending and no 、, and its own pieces
    not each such a name (A项目、B项目 are two)?"""
    if "、" not in part or len(following) < 2:
        return False
    if not all("、" not in c and _NAME_SUFFIX.search(_clean_name(c)) for c in following):
        return False
    whole = _clean_name(part)
    pieces = [_clean_name(p) for p in _split_top(part, "、")]
    return (
        bool(_NAME_SUFFIX.search(whole))
        and _is_single_name(whole)
        and not _has_money(whole)
        and not all(_NAME_SUFFIX.search(p) for p in pieces)
    )


_COUNTED_KIND_DASH = re.compile(
    rf"^(?:以及|和|及|还有)?(?P<n>{_COUNT})(?:项|个)[^，,、—]{{1,16}}?(?:项目|工程)——"
)
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


_JOINED_ON = re.compile(r"^\s*(?:以及|及|和|还有)")


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
        if run:  # …，以及投资10亿元的Z项目: the last clause joined on
            clause = _JOINED_ON.sub("", clause)
        # …的X项目和总投资1亿元的Y项目: the last clause may hold two.
        left, sep, right = _partition_top(clause, "和")
        halves = [left, right] if sep and _invested(left) and _invested(right) else [clause]
        found: list[_Item] = []
        for half in halves:
            if sum(_invested(p) for p in _split_top(half, "、")) > 1:
                break  # 总投资X的A、总投资Y的B: a 、-list of invested items, read by its opener
            name, amount = _strip_item_modifier(half.strip())
            name = _clean_name(name)
            # (投资10亿元的半导体高端装备制造项目: named by its fields, but its own amount
            # makes it one project, as in a 、-list)
            if (
                _invested(half)
                and _NAME_SUFFIX.search(name)
                and (_is_name(name) or _FIELD_NAMED.match(name))
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


def _last_told(clauses: list[str]) -> str:
    """The last clause that holds anything, stripped ("" for none)."""
    return next((c.strip() for c in reversed(clauses) if c.strip()), "")
