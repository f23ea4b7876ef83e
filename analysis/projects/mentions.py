"""Projects named without a list: single ceremonies and agreements, signing parties, sites,
projects heading paragraphs or opening clauses with their amount, and the companies in
signers' titles where a batch names no project."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources

from newsx.analysis.amounts import find_amounts
from newsx.analysis.projects.items import (
    _APPOSITION,
    _EVENT_JOINED,
    _FULL_FIRM,
    _INVESTED_PAIR,
    _MODAL,
    _PHYSICAL_VISIT,
    _SITE_TAIL,
    _STRONG,
    _TRAILING_BRACKET,
    _chunk_amount,
    _clean_name,
    _counted,
    _event_of,
    _has_money,
    _is_name,
    _is_single_name,
    _Item,
    _leading_amount,
    _named_before,
    _split_items,
    _strip_item_modifier,
    _strip_lead,
    _told_event,
    _two_by_ji,
    project_key,
)
from newsx.analysis.projects.text import (
    _headline_like,
    _last_clause,
    _number,
    _partition_all,
    _partition_top,
    _split_outside,
    _split_top,
)
from newsx.analysis.projects.vocabulary import (
    _AGREEMENT,
    _AGREEMENT_TAIL,
    _COMPANY,
    _COUNT,
    _COUNTED_SUBJECT,
    _EVENT,
    _EVENTS,
    _GOVERNMENT,
    _HORTATIVE,
    _IN_TALKS,
    _MARKER,
    _MORE_CUE,
    _NAME_SUFFIX,
    _NOT_NAME,
    _PARAGRAPH_PROJECT,
    _PART_DONE,
    _PARTY_CLOSER,
    _PARTY_MODIFIER,
    _PARTY_SIGNED,
    _PARTY_SIGNING,
    _PLACES_CLOSED,
    _PLURAL_ADVERB,
    _PROGRESS,
    _PROSE,
    _RITE,
    _SINGLE_MORE,
    _SINGLE_SIGNING,
    _VISIT,
)


def _subject_projects(paragraphs: Sequence[str]) -> list[_Item]:
    """余姚大道是…重中之重 / 古乍线河姆渡段是…，总投资4.75亿元 / X工程今年底也将完成: in a
    report on a count of projects (16个重点交通项目), sentences that open with a project
    as their subject, one after another, each where its amount or progress is told."""
    if len(paragraphs) < 3 or not _headline_like(paragraphs[0]):
        return []  # no headline, no report on a count of projects
    if not _COUNTED_SUBJECT.search(paragraphs[0]) or _VISIT.search(paragraphs[0]):
        return []
    items: list[_Item] = []
    for para in paragraphs[1:]:
        if not _PROGRESS_NEWS.search(para) or _VISIT.search(para):
            continue
        for sentence in _split_top(para, "。！？!?"):
            match = _SUBJECT_PROJECT.match(_CONNECTIVE.sub("", sentence.strip()))
            if match is None:
                continue
            name = _clean_name(match.group("name"))
            if (
                _NAME_SUFFIX.search(name)
                and _is_single_name(name)
                and not _PROSE.search(name)
                and not _COMPANY.search(name)
                and not _GOVERNMENT.search(name)
            ):
                items.append(_Item(name, _event_of(para), _chunk_amount(para)))
    return items if len(items) >= 2 else []


# What a progress report tells of a project: its money, its start, its completion.
_PROGRESS_NEWS = re.compile(rf"投资|{_EVENTS}|完成|完工|建成|通车|建设")
_CONNECTIVE = re.compile(r"^(?:此外|另外|同时|其中|目前)[，,]?")
# A project opening its sentence, then what is said of it.
_SUBJECT_PROJECT = re.compile(
    r"^(?P<name>[^，,。；;：:“”、的]{4,25}?)"
    r"(?=是|按|于|已|将|今年|目前|正在|计划|预计|位于|全长|总长|总投资|[一二三四]期|也将|(?:年底|年内)前?)"
)


def _paragraph_projects(paragraphs: Sequence[str]) -> list[_Item]:
    """X项目，总投资Y亿元 opening two or more paragraphs (or clauses) of a batch report;
    else X项目，主要建设… opening two or more paragraphs in a row."""
    items = _paragraph_items(paragraphs)
    return items if len(items) >= 2 else _described_paragraphs(paragraphs)


def _described_paragraphs(paragraphs: Sequence[str]) -> list[_Item]:
    """X项目，新建科研楼6幢。/ Y项目，主要建设会展中心…: a batch report that gives its
    projects one a paragraph, each named, then what it builds (no amount)."""
    head = "\n".join(paragraphs[:3])
    if not _EVENT.search(head):
        return []
    event = _told_event(head)
    runs: list[list[_Item]] = [[]]
    for para in paragraphs:
        match = _DESCRIBED.match(para)
        name = _clean_name(match.group("name")) if match else ""
        if match and _STRONG.search(name) and _is_single_name(name) and not _PROSE.search(name):
            runs[-1].append(_Item(name, event))
        elif runs[-1]:
            runs.append([])
    longest = max(runs, key=len)
    return longest if len(longest) >= 2 else []


_DESCRIBED = re.compile(
    r"(?P<name>[^，,。；;：:“”]{4,40}?(?:项目|工程))[，,]"
    r"(?:主要|计划|规划|拟)?(?:建设内容为|建设内容包括|新建|建设|包括|占地)"
)


def _paragraph_items(paragraphs: Sequence[str]) -> list[_Item]:
    head = "\n".join(paragraphs[:3])
    if not _EVENT.search(head):
        return []
    event = _told_event(head)
    items: list[_Item] = []
    for para in paragraphs:
        if "投资" not in para:
            continue
        # 签约项目中，…；…: the paragraph's topic says what happened to its projects.
        topic = _TOPIC.match(para)
        own = (_event_of(topic.group()) if topic else "") or event
        for piece in _split_top(para, "。；;"):
            # 其中， / 签约项目中，: a topic before the project, not part of it.
            piece = _TOPIC.sub("", _MARKER.sub("", piece, count=1))
            # 签约项目中，A项目投资20亿元，B项目投资10亿元: parallel clauses, two or more.
            clauses = [c for c in _split_top(piece, "，,") if "投资" in c]
            found = [i for c in clauses if (i := _paragraph_item(c, own)) is not None]
            if len(found) >= 2:
                items.extend(found)
            elif (item := _paragraph_item(piece, own)) is not None:
                items.append(item)
            elif topic and items and (item := _described_piece(piece, own)) is not None:
                items.append(item)  # 在5个签约项目中，A项目，总投资…；B项目，将…；C项目，…
    return items


def _described_piece(piece: str, event: str) -> _Item | None:
    """X项目，将… opening a ；-piece of a topic paragraph whose first piece gave a project
    and its amount: the next member of the same batch, told without its amount."""
    match = _DESCRIBED_PIECE.match(piece)
    name = _clean_name(match.group("name")) if match else ""
    if match and _is_single_name(name) and not _PROSE.search(name) and not _COMPANY.search(name):
        return _Item(name, event)
    return None


def _closed(name: str) -> str:
    """X项目(一期投资12亿元): the amount was read inside a bracket; the name ends before it
    (not X项目(总投资7.3亿元), a list's line, which its own reader reads)."""
    _, unclosed = _split_outside(name, "", frozenset())
    return name[: unclosed[0]] if unclosed and unclosed[0] < len(name.rstrip()) - 1 else name


_DESCRIBED_PIECE = re.compile(r"^\s*(?P<name>[^，,。；;：:“”、]{4,40}?(?:项目|工程))[，,]")


_TOPIC = re.compile(
    r"^(?:据(?:了解|介绍|悉)[，,]?)?(?:其中|此外|另外|同时|比如|例如|譬如|[^，,。；;]{0,12}项目中)[，,]?"
)


def _paragraph_item(piece: str, event: str) -> _Item | None:
    """X项目，总投资Y亿元 opening `piece`: the project and its amount."""
    match = _PARAGRAPH_PROJECT.match(piece)
    if match is None:
        return None
    # (X三期项目紧邻已交付投产的Y一期、二期，总投资5亿元: where it lies goes first, or
    # the modifier's 的 would leave Y)
    name = _clean_name(_strip_item_modifier(_SITE_TAIL.sub("", _closed(match.group("name"))))[0])
    if _COMPANY.search(name):
        # A公司计划投资20亿元建设X项目: the investor; what it builds is the project.
        # (A公司总投资5100万元，在某镇建设高温大棚50个: what it builds has no name, so
        # the firm stands for it)
        built = _BUILDS.match(piece, match.end())
        if built is None:
            return None
        built_name = _clean_name(built.group("name"))
        if _NAME_SUFFIX.search(built_name) or not _FULL_FIRM.search(name):
            name = built_name
    if (
        _NAME_SUFFIX.search(name)
        and _is_single_name(name)
        and not _VISIT.search(name)
        # (a clause's words: 发展干细胞产业、形成…的X项目; but opening the piece, 以 is a
        # firm's, 以岭万洲…项目, not a preposition's)
        and not _PROSE.search(name, 1 if name.startswith("以") else 0)
    ):
        return _Item(name, event, _chunk_amount(piece))
    return None


_BUILDS = re.compile(
    r"[^，,。；;]{0,16}?元[，,]?(?:将|拟)?(?:在[^，,。；;]{1,12}?)?(?:建设|投建|新建|打造|开发|兴建)"
    r"(?P<name>[^，,。；;]{4,40}?)(?=[，,。；;]|$)"
)


def _representative_projects(paragraphs: Sequence[str]) -> list[_Item]:
    """The one or two projects a batch report names without listing the batch.

    A report of N projects signed or started (an event at its top, a count of
    projects in it) often singles out one: 这次签约的X; “X项目”作为代表项目进行签约;
    X项目投资额最大，计划总投资Y; A公司投资Y亿元，将在某地建设X项目.
    """
    head = "\n".join(paragraphs[:2])
    event = _told_event(head)
    if not event or not any(_COUNTED_SUBJECT.search(p) for p in paragraphs):
        return []
    items = _paragraph_items(paragraphs)
    for para in paragraphs:
        if not _REPRESENTATIVE_CUE.search(para):
            continue
        for sentence in _split_top(para, "。！？!?"):
            for regex in (
                _THIS_BATCH_NAME,
                _THIS_BATCH_IS,
                _STARTED_NAME,
                _QUOTED_NAME,
                _INVESTOR_BUILDS,
                _BY_INVESTOR,
                _INVESTOR_PROJECT,
                _AMOUNT_NAMED,
                _EXAMPLE_NAMED,
                _EXTREME,
                _ONE_OF_A_KIND,
            ):
                for match in regex.finditer(sentence):
                    rest = match.groupdict().get("rest")
                    if rest is not None and not _SIGNED.search(rest):
                        continue
                    name = _clean_name(match.group("name"))
                    # (what the batch's project is said to be needs no project's ending)
                    shaped = (
                        _NAME_SUFFIX.search(name) or regex is _THIS_BATCH_IS
                    ) and _is_single_name(name)
                    if shaped and not _PROSE.search(name):
                        # (投资5亿元的X项目: the amount written before the name is its own)
                        before = sentence[match.start() : match.start("name")]
                        amount = _chunk_amount(before) if regex in _AMOUNT_FIRST else None
                        items.append(_Item(name, _event_of(match.group()) or event, amount))
    out: list[_Item] = []
    for item in items:
        if not _named_before(project_key(item.name), {project_key(i.name) for i in out}):
            out.append(item)
    return out


_REPRESENTATIVE_CUE = re.compile(r"的|”|投资")
_SIGNED = re.compile(rf"{_EVENTS}|签订|签署")
# 这次签约的X / 本次开工的X: a name the batch's event qualifies.
_THIS_BATCH_NAME = re.compile(
    rf"(?:此次|这次|本次|今天|当天|现场)(?:集中)?(?:{_EVENTS}|签订|签署)的"
    # (not 此次集中签约的10个项目是…的优势项目: the batch counted, then what it is)
    rf"(?!{_COUNT}个)(?P<name>[^，,。；;、“”]{{4,40}})(?=[，,。；;]|$)"
)
# 此次参与视频连线集中开工的项目是X: the batch's one project, said to be X.
_THIS_BATCH_IS = re.compile(
    rf"(?:此次|这次|本次)[^，,。；;]{{0,12}}?(?:{_EVENTS})的(?:重点|重大)?项目(?:是|为)"
    r"(?P<name>[^，,。；;、“”]{4,40})(?=[，,。；;]|$)"
)
# 开建的X项目建成后…: a sentence opening with a project the batch's event qualifies.
_STARTED_NAME = re.compile(
    rf"^(?:新)?(?:{_EVENTS})的(?P<name>[^，,。；;、“”的]{{4,40}}?(?:项目|工程))"
    r"(?=建成|将|已|于|正式|[，,。；;]|$)"
)
# “X项目”作为代表项目进行线上签约: a quoted name opening a clause about the event.
# (a headline's space ends the clause: “黄金枢纽”激活产业新动能 某县65个项目集中签约)
_QUOTED_NAME = re.compile(r"(?:^|[，,：:])“(?P<name>[^“”]{4,40})”(?P<rest>[^，,。；;\s]*)")
# A公司投资24亿元，将在某地建设X项目: the investor, its amount, what it builds.
_INVESTOR_BUILDS = re.compile(
    # (not X项目由A公司拟投资…，建设Y: the project is the sentence's subject, _BY_INVESTOR)
    r"(?:^|(?<=[，,。；;]))(?![^，,。；;]{0,40}?(?:项目|工程)由)"
    r"[^，,。；;]{2,30}(?:公司|集团)(?:计划|拟|将)?投资[^，,。；;]{1,12}?元[，,]"
    r"(?:将|拟|计划)?(?:在[^，,。；;]{1,12}?)?(?:建设|投建|新建|打造)"
    r"(?P<name>[^，,。；;]{4,40})(?=[，,。；;]|$)"
)


# A公司投资的X项目拟投资1.2亿元 / 由A、B共同投资建设的Y项目，计划投资25亿元.
# X项目由A公司拟投资约50亿元，建设…: the project, then who invests in it.
_BY_INVESTOR = re.compile(
    r"(?:^|(?<=[，,。；;]))(?P<name>[^，,。；;由]{4,40}?(?:项目|工程))由"
    r"[^，,。；;]{2,30}?(?:公司|集团)[^，,。；;]{0,6}?投资"
)
_INVESTOR_PROJECT = re.compile(
    r"(?:公司|集团)[^，,。；;]{0,10}?(?:投资|建设|投建)的(?P<name>[^，,。；;的]{4,40}?项目)"
    r"[，,]?(?:计划|拟|预计|总|协议)?投资(?:额)?(?:约|达|为)?[\d.]+[万亿]"
)
# 比如X项目总投资20亿元: one of the batch, given as an example with its amount.
_EXAMPLE_NAMED = re.compile(
    r"(?:比如|例如|譬如)(?P<name>[^，,。；;、“”]{4,40}?(?:项目|工程))(?=(?:总|计划)?投资)"
)
# 其中投资5亿元的X项目建成后…，投资2亿元的Y项目…: projects named with their amounts.
_AMOUNT_NAMED = re.compile(
    r"(?:^|[，,；;]|其中)(?:总|计划)?投资[\d.]+[万亿]+元(?:人民币)?的"
    r"(?P<name>[^，,。；;的]{4,40}?(?:项目|工程))(?=建成|将|已|于|正式|[，,。；;]|$)"
)
# 投资最大的项目，为固定资产投资2.5亿元，年产20万吨X项目: the largest and the smallest.
_EXTREME = re.compile(
    r"投资(?:额)?最[大小]的(?:项目)?[，,]?(?:是|为)[^；;。]*?"
    r"(?P<name>[^，,。；;的]{4,40}?项目)(?=[；;。，,]|$)"
)

_AMOUNT_FIRST = (_AMOUNT_NAMED, _EXTREME)
# 既有…民企投资的X项目，也有…增资扩建的Y项目: the batch by kinds, one named each.
_ONE_OF_A_KIND = re.compile(
    r"(?:既有|也有|又有|更有)[^，,。；;等]{0,20}?的(?P<name>[^，,。；;、的等]{4,40}?(?:项目|工程))"
    r"(?=[，,。；;]|$)"
)


_CEREMONY_CUE = re.compile(
    r"签|仪式|开工|动工|[竣复][)）]?工|投产|落户|投资|会场|项目名称|最大的|居首|排名|奠基|培土"
)


def _signing_projects(paragraphs: Sequence[str]) -> list[tuple[str, _Item]]:
    """Every single ceremony or agreement (举行了X签约仪式, X项目开工仪式举行, 签订了X项目
    投资协议), and A、B分别与…签约 (companies as the parties), with their sentences."""
    found: list[tuple[str, _Item]] = []
    # A report of a signing describes its companies one a sentence (A将在某地建设…).
    signing = "签" in "\n".join(paragraphs[:2])
    for n, para in enumerate(paragraphs):
        if n == 0 and para.endswith("开建"):
            # A headline's X开建 is X开工 (in the body, 开建 also ends lists: A等道桥开建).
            found.extend((para, item) for item in _single_items(para[:-2] + "开工"))
            continue
        if not (_CEREMONY_CUE.search(para) or (signing and "将" in para)):
            continue
        for sentence in _split_top(para, "。！？!?"):
            if _CEREMONY_CUE.search(sentence):
                found.extend((sentence, item) for item in _single_items(sentence))
            if signing:  # (one company a ；-piece: A拟投资…，建设X；B拟投资…)
                for piece in _split_top(sentence, "；;"):
                    found.extend((sentence, item) for item in _company_builds(piece))
    return found


def _exemplar_projects(paragraphs: Sequence[str]) -> list[tuple[str, _Item]]:
    """以X项目为代表的重大工业项目25个 / 以建设Y为代表的21个…项目: a batch report's
    groups, each named by one example, with their sentences."""
    head = "\n".join(paragraphs[:2])
    out: list[tuple[str, _Item]] = []
    for para in paragraphs:
        if "为代表" not in para:
            continue
        context = head + para  # (其中，以X为代表的…: the event is told before)
        for sentence in _split_top(para, "。！？!?"):
            for match in _ONE_BATCH_EXEMPLARS.finditer(sentence):
                # 以A、B为代表的“竣工投产一批”活动: the examples of one of the “三个一批”
                for piece in _split_top(match["names"], "、"):
                    name = _clean_name(piece)
                    if _STRONG.search(name) and _is_single_name(name) and not _PROSE.search(name):
                        out.append((sentence, _Item(name, _event_of(match["batch"]))))
            for match in _EXEMPLAR.finditer(sentence):
                if not (_EVENT.search(context) and _COUNTED_SUBJECT.search(match.group())):
                    continue
                if (
                    _MODAL.search(sentence)
                    or _HORTATIVE.search(sentence)
                    or _IN_TALKS.search(sentence)
                ):
                    continue
                name = _clean_name(_EXEMPLAR_VERB.sub("", match["name"]))
                # 以A产业园和B基地项目为代表的: two examples, each shaped as a name
                pair = [_clean_name(p) for p in _partition_all(name, "和")]
                for one in pair if len(pair) == 2 and all(map(_exemplar, pair)) else [name]:
                    if _exemplar(one):
                        out.append((sentence, _Item(one, _event_of(context))))
    return out


def _exemplar(name: str) -> bool:
    """Is it shaped as the one project named as a batch's example?"""
    return bool(
        _NAME_SUFFIX.search(name)
        and _is_single_name(name)
        and not _PROSE.search(name)
        and not _COMPANY.search(name)
    )


# One example, no 、 (a run of them is a list's frame, read with the list).
_EXEMPLAR = re.compile(
    r"以(?P<name>[^，,。；;、]{4,60}?)为代表的?[^，,。；;、]{0,24}?(?:项目|工程)(?:\d{1,4}个)?"
)
_ONE_BATCH_EXEMPLARS = re.compile(
    r"以(?P<names>[^，,。；;]{4,120}?)为代表的{1,2}“(?P<batch>(?:签约|开工|竣工投产|竣工|投产)一批)”"
)
_EXEMPLAR_VERB = re.compile(r"^(?:建设|新建|实施|引进|推进)(?=.{4})")


def _titled_companies(paragraphs: Sequence[str]) -> list[_Item]:
    """签约企业代表A公司总经理某某作了发言 / 与A公司董事长某某共同为项目开工启动水晶球:
    where a batch names no project, the companies of its projects in people's titles."""
    found: list[_Item] = []
    for match in _TITLED_FIRM.finditer("\n".join(paragraphs)):
        name = match.group("signer") or match.group("starter")
        if _is_name(name) and not _GOVERNMENT.search(name) and name not in {i.name for i in found}:
            started = match.group("starter") and not re.search(r"签署|签订", match.group())
            event = "开工" if started or "开工" in match.group() else "签约"
            found.append(_Item(name, event))
    return found


_TITLED_FIRM = re.compile(
    r"(?:签约|开工|入驻|落户)(?:企业|项目)(?:代表|方)"
    r"(?P<signer>[^，,。；;、\n]{4,40}?(?:公司|集团))(?=董事长|总经理|副总经理|总裁|执行董事|负责人)"
    r"|与(?P<starter>[^，,。；;、与\n]{4,40}?(?:公司|集团))(?:董事长|总经理|总裁|负责人)"
    r"[\u4e00-\u9fff]{2,4}(?:先生|女士)?共同(?:为项目)?(?:开工)?"
    r"(?:启动|按下|推动|培土|奠基|揭牌|签署|签订)"
)


def _company_builds(sentence: str) -> list[_Item]:
    """士兰微将在厦门建设…生产线 / 新能源龙头企业协鑫集团此次将…基地落户厦门 / 华远集团
    将投资50亿元建设华远智能装备产业园: in a signing report, a company that opens a
    sentence and will build something is one of the signed projects. What it builds is
    the project when it carries the company's name; a description (国内第一条…生产线)
    names none, so the company stands for it."""
    match = _WILL_BUILD.match(sentence.strip())
    if match is None:
        return []
    subject = match.group("subject") or match.group("subject2")
    if "由" in subject:
        return []  # X项目由A公司拟投资…: the project, told with its investor
    obj = match.group("object") or match.group("object2")
    head, sep, rest = subject.rpartition("企业")  # 新能源龙头企业协鑫集团 -> 协鑫集团
    if sep and len(rest) >= 2:
        subject = rest
    # 签约落户宁河的X集团 -> X集团; 重点引进了X集团 -> X集团
    subject = _clean_name(_BROUGHT_IN.sub("", _strip_item_modifier(subject)[0]))
    if (
        not 2 <= len(subject) <= 20
        or not _is_name(subject)
        or _NOT_SUBJECT.search(subject)
        or _GOVERNMENT.search(subject)
        or _PROSE.search(subject)
        or (_NAME_SUFFIX.search(subject) and not _COMPANY.search(subject))
        or _person_like(subject)
    ):
        return []
    name = _clean_name(_strip_item_modifier(obj)[0])
    if subject[:2] in name and _NAME_SUFFIX.search(name) and _is_single_name(name):
        return [_Item(name, "签约")]
    return [_Item(subject, "签约")]


_BROUGHT_IN = re.compile(r"^[^，,、]{0,4}?(?:引进|招引)了?")
_WILL_BUILD = re.compile(
    # (A拟投资3亿元，在某区建设B: 拟 for 将, before its money; not X项目由A拟投资…)
    r"^(?P<subject>[^，,。；;、]{2,30}?)[，,]?(?:(?:此次|还|也|计划|拟)?将|拟(?=投资))"
    r"(?:在[^，,。；;]{1,12}?|携手[^，,。；;]{1,12}?)?(?:投资(?:[^，,。；;]{0,12}?元)?[，,]?)?"
    r"(?:在[^，,。；;]{1,12}?)?(?:投资)?(?:建设|投建|新建|打造|布局)(?P<object>[^，,。；;]{4,60})"
    r"|^(?P<subject2>[^，,。；;、]{2,30}?)[，,]?(?:此次|还|也)?将(?P<object2>[^，,。；;]{4,40}?)"
    r"落户"
)
# Subjects that are not a company: people, the parties, the place, the projects (前者:
# one named before), officials and offices, someone speaking, a phase or a time.
_NOT_SUBJECT = re.compile(
    r"^(?:双方|各方|我们|他们|我|全[省市县区]|本[省市县区]|项目|企业|公司|集团|政府|该|这|其"
    r"|前者|后者|两者|二者)"
    r"|^(?:首期|[一二三四五六七八九十]期|近期|远期|未来|下一步)$"  # 首期将建设厂房: a phase, when
    r"|[后时中长委局部办厅]$|书记|主任|董事长|总经理|总裁|负责人|表示|介绍|指出|强调|认为|说"
)


def _person_like(name: str) -> bool:
    """A surname and one or two characters (张伟): a person, not a company's short name."""
    return 2 <= len(name) <= 3 and name[0] in _surnames()


@functools.cache
def _surnames() -> frozenset[str]:
    text = resources.files("newsx.analysis").joinpath("data/surnames.txt").read_text("utf-8")
    lines = text.splitlines()
    return frozenset(x for x in lines if len(x) == 1)


def _venue_items(sentence: str) -> list[_Item]:
    """The projects whose sites host the ceremony: 主会场设在X项目建设现场 / 分会场分别设在
    A项目和B项目 / 仪式在X项目现场举行 / 设X项目主会场；设有5个分会场，分别是A产业园
    分会场、B项目分会场. A hall, a centre or a place (乐东分会场) hosts no project."""
    items = [
        i
        for m in _SITES.finditer(sentence)
        for i in _site_items(
            m["sites"]
            or m["venue"]
            or m["run"]
            or m["dashed"]
            or m["plain"]
            or m["told"]
            or m["at"]
            or m["joined"]
            or m["linked"],
            _number(m["n"]) if m["n"] else None,
        )
    ]
    if "会场" not in sentence and "分现场" not in sentence or not _GROUNDBREAKING.search(sentence):
        return items
    for match in _VENUE.finditer(sentence):
        name = _clean_name(_VENUE_LEAD.split(match.group("site"))[-1])
        if (
            len(name) >= 4  # (某某在聊城分会场介绍了…: a city's venue)
            and _NAME_SUFFIX.search(name)
            and not _HALL.search(name)
            and _is_single_name(name)
            and not _PROSE.search(name)
            and not _EVENT.search(name)
        ):
            items.append(_Item(name, "开工"))
    return items


_SITES = re.compile(
    # 在X项目现场设分会场: the venue set up on a site.
    r"在(?P<at>[^，,。；;]{4,60}?)(?:建设|施工)?(?:现场|驻地|工地)设(?:立)?(?:主|分)会场|"
    # 主会场——X项目现场: the venue after a dash.
    r"(?:主会场|分会场)(?:——|—|：|:|为|是)(?P<dashed>[^，,。；;—]{4,60}?)"
    r"(?:(?:建设|施工)?(?:现场|工地)|(?<=项目)(?=[，,]))"
    # 在开工活动的主会场，X项目由某公司投资建设: the project the venue is, told next.
    r"|(?:主会场|分会场)[，,](?P<told>[^，,。；;—]{4,60}?项目)(?=由|位于|是|总投资|计划)"
    # 第六期集中开工项目主会场X项目，参加…: the batch's main venue, named right after.
    r"|(?<=项目)(?:主会场|分会场)(?P<plain>[^，,。；;]{4,60}?项目)(?=[，,])"
    # A、B、C三个分会场负责人通过视频连线汇报: the sub-venues by name.
    # (下设A、B和C3个主会场: the main venues, as many as counted)
    # (某县还在A、B及C开工现场设置3个分会场: the sites after 在)
    r"|(?:^|(?<=[，,：:]))(?:下设|[^、，,。；;：:]{0,8}?(?:还|也|同时|分别|并)在(?!建|谈))?"
    r"(?P<run>[^，,。；;：:]{4,160}?)(?:设置|设立|设)?(?P<n>[一二三四五六七八九十两\d]{1,2})个"
    r"(?:主会场|分会场|分现场)"
    r"|会场(?:分别)?(?:设在|设立在|设于|安排在)(?P<sites>[^，,。；;]{4,120}?)(?:建设|施工|开工)?(?:现场|工地)?"
    r"(?=[，,。；;]|$)"
    # 开工仪式在X项目现场举行 / 集中开工在X项目建设现场举行 / 活动在X项目地块举行
    rf"|(?:{_RITE}|{_EVENTS})[，,]?(?:在|于)(?P<venue>[^，,。；;]{{4,60}}?)(?:建设|施工)?(?:现场|工地|生产基地|地块)"
    r"(?:隆重|成功|盛大)?举行"
    # 参加视频连线的是位于某区的X项目: the site a province-wide start is linked to.
    r"|(?:参加|参与)(?:视频)?连线的(?:项目)?(?:是|为)(?P<linked>[^，,。；;]{4,60}?项目)(?=[，,。；;]|$)"
    # 某县在X项目现场参与全州春季项目集中开工活动: the site a county joins from.
    r"|在(?P<joined>[^，,。；;]{4,60}?)(?:建设|施工)?(?:现场|工地)[，,]?(?:参与|参加|举行|举办)"
    rf"[^，,。；;]{{0,20}}?(?:{_EVENTS})"
)
_GROUNDBREAKING = re.compile(r"开工|动工|奠基|开竣工|开复工|开[(（][竣复][)）]工")
_VENUE = re.compile(r"(?P<site>[^，,。；;、：:“”]{4,40}?)(?:主会场|分会场|分现场)")
_VENUE_LEAD = re.compile(r"设有|设在|(?<!建)设|分别是|分别为|位于|在|连线了?|连通了?")
_HALL = re.compile(
    r"(?:中心|广场|宾馆|酒店|饭店|大厦|会堂|礼堂|馆|楼|会议室|政府|体育场|新城|新区|园区|开发区)$"
)


# A listed company's board approves an investment: 审议通过了关于公司投资新建X项目的议案 /
# 《公司关于投资X项目的议案》.
_RESOLVED = re.compile(
    r"关于[^，,。；;《》]{0,12}?投资(?:新建|建设|扩建|实施)?"
    r"(?P<name>[^，,。；;《》的]{4,60}?(?:项目|工程))的议案"
)


def _single_items(sentence: str) -> list[_Item]:
    # 今年新引进的大好高项目——X项目总投资2亿元: what it is, then its name after the dash.
    introduced = [
        _Item(name, _event_of(m.group()))
        for m in _APPOSITION.finditer(sentence)
        if _EVENT.search(m.group()) and not _MODAL.search(m.group())
        for name in [_clean_name(_split_top(sentence[m.end() :], "，,")[0])]
        # (新完工的标志性项目——X公路(某段): a project's rank vouches for a work's shape)
        if (_STRONG.search(name) or (m.group().endswith("项目——") and _NAME_SUFFIX.search(name)))
        and _is_single_name(name)
        and not _PROSE.search(name)
    ]
    sentence = _APPOSITION.sub("", sentence)
    matches = list(_SINGLE_SIGNING.finditer(sentence))
    umbrella, sep, own = sentence.rpartition("暨")
    # (not 举行X生产基地暨重点实验室建设项目签约仪式: one project's name holds the 暨;
    # 重大项目开工及劳动竞赛启动暨X项目开工仪式: a campaign launched is an event)
    ends_event = _ends_in_event(umbrella) or umbrella.endswith("启动")
    if sep and ends_event and ("举行" in umbrella or _EVENT.search(umbrella)):
        # 举行集中签约和集中开工活动暨X项目开工仪式: the ceremony's own project.
        matches += _SINGLE_SIGNING.finditer("举行" + own)
    elif sep and "宣布" in umbrella:
        # 宣布某县第一期“三个一批”活动暨X项目开工: the same, announced.
        matches += _SINGLE_SIGNING.finditer("宣布" + own)
    if _MORE_CUE.search(sentence):
        matches += _SINGLE_MORE.finditer(sentence)
    items = [i for m in matches for i in _single_match_items(m)] + introduced
    items += _party_items(sentence)
    items += _paired_items(sentence)
    items += _invested_items(sentence)
    site = own_site(sentence)
    items += [v for v in _venue_items(sentence) if v.name not in site]
    items += _signed_two(sentence)
    items += [
        _Item(name, "")
        for m in _RESOLVED.finditer(sentence)
        if _is_single_name(name := _clean_name(m["name"]))
    ]
    if items:
        # A、B项目 read whole by one shape and cut at 、 by another: the whole one. A公司X项目
        # read with its partner by one and without by another: X项目. A company stands for
        # a project only where its clause names none (与A集团签订协议，X项目落户; not
        # 与A公司签订X项目协议；与B公司签订项目协议: B stands for its project).
        clauses = _split_top(sentence, "；;")
        named = {_clause_of(clauses, i.name) for i in items if _STRONG.search(i.name)}
        return [
            i
            for i in items
            if not any(
                j.name.startswith(i.name + "、")
                or (i.name.endswith(j.name) and _COMPANY.search(i.name[: -len(j.name)]))
                for j in items
            )
            and not (_COMPANY.search(i.name) and _clause_of(clauses, i.name) in named)
        ]
    match = _PARTY_SIGNING.search(sentence)
    # (A、B与C就此项目签约: the project was named before; its firms stand for nothing)
    # (A公司与开发区签订的X项目: the firm invests in X, named after it)
    if (
        match
        and not _NO_PROJECT_DEAL.search(match.group("what"))
        and "就此项目" not in sentence
        and not match.group("what").startswith("的")
    ):
        raw = _strip_lead(re.sub(r"^.*?(?:出席|参加|见证|举行)了?", "", match.group("parties")))[0]
        parties = _parties(raw)
        # A、B、C3家企业代表分别与…签订: counted as companies, short names are companies too.
        closer = _PARTY_CLOSER.search(raw.strip())
        n = closer.group("n") if closer is not None else None
        counted = n is not None and _number(n) == len(parties)
        companies = [
            p
            for p in parties
            if (_COMPANY.search(p) or counted) and _is_name(p) and not _GOVERNMENT.search(p)
        ]
        if companies and len(companies) == len(parties):
            return [_Item(p, "签约") for p in companies]
    return []


def _clause_of(clauses: list[str], name: str) -> int:
    """The index of the first clause holding the name, -1 when it spans two."""
    return next((n for n, clause in enumerate(clauses) if name in clause), -1)


def own_site(sentence: str) -> str:
    """The site of a ceremony's own project, written another way (集中开工暨X项目开工
    活动在Y项目现场举行: Y is X's site, no other project), or ''."""
    umbrella, sep, own = sentence.rpartition("暨")
    if not sep or not _ends_in_event(umbrella):
        return ""
    clause = re.split(r"[，,；;]", own, maxsplit=1)[0]
    site = _OWN_SITE.search(clause)
    if site is None or not _SINGLE_SIGNING.search("举行" + clause[: site.start()]):
        return ""
    return site["site"]


_OWN_SITE = re.compile(r"在(?P<site>[^在]{4,60}?)(?:建设|施工)?(?:现场|工地)")


def _ends_in_event(umbrella: str) -> bool:
    """Does the text before 暨 end in a meeting or an event (…集中开工暨X项目开工仪式)?"""
    return bool(_MEETING_END.search(umbrella) or _EVENT.search(umbrella[-4:]))


# A second project's rite after the first's: 举行A项目启动暨B项目落户仪式.
_ALSO_RITE = re.compile(
    r"暨(?P<name>[^，,。；;、“”]{4,14}?(?:项目|工程))(?:签约|开工|落户|投产|奠基|启动)"
)


def _single_match_items(match: re.Match[str]) -> list[_Item]:
    groups = match.groupdict()
    kind = next(
        k
        for k in (
            "name",
            "project",
            "deal",
            "subject",
            "single",
            "this",
            "label",
            "host",
            "copula",
            "cast",
            "delegate",
            "largest",
            "ranked",
            "rite",
            "topic",
            "nominal",
            "one",
        )
        if groups.get(k)
    )
    raw = groups[kind]
    if kind == "label":  # the article says what happened to it
        name = _clean_name(raw)
        return [_Item(name, "")] if _NAME_SUFFIX.search(name) and _is_single_name(name) else []
    event = (
        groups.get("event")
        or groups.get("event2")
        or groups.get("event3")
        or groups.get("event4")
        or groups.get("event5")
        or groups.get("event6")
        or groups.get("event7")
        or groups.get("event8")
        or ("开工" if kind == "rite" else "")
        or _event_of(match.group())
        or "签约"
    )[:2]
    event = {"奠基": "开工", "启动": "开工"}.get(event, event)
    if kind == "host" and event == "签约" and not _STRONG.search(raw):
        return []  # 南岭工业园举行签约仪式: the park hosts the signing
    if kind == "single" and _PLURAL_ADVERB.search(groups["adverbs"]):
        return []  # X项目集中签约: a batch, not one project
    if kind == "nominal" and (_HORTATIVE.search(raw) or re.search(r"以|把|将|在|举行|举办", raw)):
        return []  # 希望各方以项目签约为起点: an exhortation, not a project
    if kind == "single":
        if raw.startswith(("是", "为", "系")):
            return []  # …，是全区第一场重大项目签约仪式: a predicate, not a name
        if _MODAL.search(match.string[: match.start()]):
            return []  # 各部门要紧盯项目入库，紧盯项目开工: what should happen, not what did
        raw = raw.removeprefix("在")  # 在X项目开工现场
        raw = re.split(r"会场(?:分别)?(?:设在|设于|设立在|安排在)", raw)[-1]  # 分会场设在X
        # 与A公司就X项目签约: the deal's object (not the 就 of 就业)
        raw = re.split(r"就(?!业)", raw)[-1]
    if kind == "project":
        deal = (
            raw[len(_AGREEMENT_TAIL.sub("", raw)) :]
            + match.group()[match.end(kind) - match.start() :]
        )
        raw = _AGREEMENT_TAIL.sub("", raw)
        if "框架" in deal and not _STRONG.search(raw):
            return []  # 签署《X基地战略合作框架协议书》: a framework of cooperation
    if (joined := _EVENT_JOINED.match(raw)) and _is_single_name(joined["a"]):
        raw = f"{joined['a']}和{joined['b']}"  # A项目启动和B项目落户仪式: both
    elif (
        kind == "name"
        and (also := _ALSO_RITE.match(match.string, match.end("event")))
        and _is_single_name(_clean_name(raw))
        and not _PLURAL_ADVERB.search(raw[-2:])  # (not 重点项目集中开工暨X项目开工仪式)
    ):
        raw = f"{raw}和{also['name']}"  # 举行A项目启动暨B项目落户仪式: both
    first, sep, batch = raw.rpartition("暨")
    if sep and _BATCH_OF.search(_PLURAL_ADVERB_END.sub("", batch)) and _is_name(_clean_name(first)):
        raw = first  # X研发中心暨某园区2022年一季度重点项目集中开工: its own project first
    elif kind in ("name", "subject") and _PLURAL_ADVERB.search(raw[-2:]):
        return []  # X招商引资项目集中签约仪式: a batch's ceremony
    # 吉县——某教授合作共建X签约仪式: the parties, then what they build together.
    raw = _JOINT_BUILD.sub("", raw)
    # 集中开工暨X项目开工仪式: the ceremony's own project after the umbrella event.
    umbrella, sep, own = raw.rpartition("暨")
    if sep and (
        _EVENT.search(umbrella)
        or _MEETING_END.search(umbrella)
        or _BATCH_OF.search(umbrella)
        or umbrella.endswith("会场")  # 某区分会场暨X项目举行开工仪式: the venue first
    ):
        raw = own  # (某县2024年二季度重大项目暨X工程开工: a batch, then its own project)
    elif sep and not _is_name(_clean_name(own)):
        return []  # 旅游投资项目招商暨重点项目签约仪式: a batch's ceremony
    if kind == "name":  # 参加开幕式并参加X项目签约仪式: the last object
        raw = re.split(r"并?(?:参加|出席|见证|举行|举办|召开)了?", raw)[-1]
    if (pair := _INVESTED_PAIR.match(raw)) is not None:
        # 总投资15亿元的A项目(一期)和总投资5.1亿元的B项目现场签约: two, each its own amount
        halves = [_strip_item_modifier(half) for half in (pair["left"], pair["right"])]
        named = [(_clean_name(half), amount) for half, amount in halves]
        if halves[0][1] and all(_NAME_SUFFIX.search(n) and _is_single_name(n) for n, _ in named):
            return [_Item(n, event, amount) for n, amount in named]
    raw, amount = _strip_item_modifier(raw)  # 总投资5亿元的X项目
    if amount is None:
        raw, amount = _leading_amount(raw)  # 总投资150亿元X项目已经签约
    titled = kind == "project" and "《" in match.group()
    if kind == "single" and _MODAL.search(raw):
        return []  # 力争更多项目落户: a wish, not a project
    # X和Y项目开工仪式: two projects when both halves are names.
    # X项目一期已投产: the phase is what happened, the project is X项目.
    name = _PHASE.sub("", _clean_name(raw))
    left, sep, right = _partition_top(name, "和")
    # (not 年产2000台电梯和18000个停车设备项目: one project making two things)
    names = [left, right] if sep and _NAME_SUFFIX.search(left) else [name]
    if (by_ji := _two_by_ji(name)) is not None:
        names = list(by_ji)  # A项目及B项目
    if groups.get("event") == "启动" and not all(n.endswith(("项目", "工程")) for n in names):
        return []  # 平台启动仪式 launches a service, not a project
    # Not 县委书记调研重点项目开工情况: a visit, not a project.
    if not _VISIT.search(raw) and all(
        (_NAME_SUFFIX.search(name) or (kind == "project" and _BUILT.search(name)))
        and "与" not in name
        # 签署《X县开发区基础设施项目投资协议》: a title names its project, however plain.
        and (_is_single_name(name) or (titled and not _NOT_NAME.search(name)))
        # A company is the project only where it moves in (A公司成功落户某开发区).
        and (not _COMPANY.search(name) or event == "落户")
        and not _PROSE.search(name)
        and not _PROGRESS.search(name)  # 有序推进签约项目开工建设
        for name in names
    ):
        return [_Item(name, event, amount if len(names) == 1 else None) for name in names]
    return []


def _invested_items(sentence: str) -> list[_Item]:
    """总投资10亿元的X项目已正式投产 / 对接了总投资20亿元的X项目，并签订框架协议 /
    其中X项目总投资12亿元: a project its own amount introduces, in a sentence that says
    it was signed, started, finished or is being built (or, after 其中, one of the batch
    the sentence before tells of)."""
    if "投资" not in sentence or _PHYSICAL_VISIT.search(sentence):
        return []
    # (其中，X项目，总投资…: one of the batch the sentence before tells of)
    # (…的X项目、…的Y项目等建设有序推进: work going on, no event)
    status = _STATUS.search(_GOING_ON.sub("", sentence)) is not None and not _PART_DONE.search(
        sentence
    )
    items: list[_Item] = []
    for match in _INVESTED_NAME.finditer(sentence):
        if not (status or match.group("member")):
            continue
        name = _clean_name(match.group("name") or match.group("member"))
        if (
            _NAME_SUFFIX.search(name)
            and _is_single_name(name)
            and not _PROSE.search(name)
            and not _COMPANY.search(name)
            # (新增在谈项目10个，包括投资1.5亿元的X项目: talks, told a clause before)
            and not _IN_TALKS.search(_stretch_before(sentence, match.start()))
            and not _IN_TALKS.search(_clause_around(sentence, match.start(), match.end()))
            # (总投资1亿元的X工程，完成投资2000万元: progress of work, no event)
            and not _PROGRESS_AFTER.match(sentence, match.end())
        ):
            amounts = find_amounts(match.group())
            if _batch_clause_before(sentence[: match.start()]):
                amounts = []  # 13个项目集中开工，总投资102亿元，主会场的X项目: the batch's
            items.append(_Item(name, _event_of(sentence), amounts[0] if amounts else None))
    return items


_PROGRESS_AFTER = re.compile(r"[，,]?(?:今年|年内|目前|已|累计)*完成(?:年度|年内)?投资")


def _stretch_before(sentence: str, at: int) -> str:
    """The clause before the one at `at` when that one goes on with it (在谈项目10个，
    包括…), else nothing."""
    clauses = _split_top(sentence[:at], "，,；;")
    if len(clauses) < 2 or not _GOES_ON.match(clauses[-1]):
        return ""
    return clauses[-2]


_GOES_ON = re.compile(r"\s*(?:包括|主要有|主要包括|有|如|其中)")


def _batch_clause_before(text: str) -> bool:
    """Does `text` end with a clause that counts a batch (共有13个项目集中开工，)?"""
    clauses = [c for c in _split_top(text.rstrip("，, "), "，,") if c.strip()]
    count = _counted(clauses[-1]) if clauses else None
    return count is not None and count > 1


# What a sentence may say of a project: signed, started, done, or being built.
_GOING_ON = re.compile(r"建设(?:正在)?(?:有序|稳步|加快|加速|快速|全力|持续)推进")
_STATUS = re.compile(rf"{_EVENTS}|签订|签署|建成|建设|完工")
_INVESTED_NAME = re.compile(
    # 总投资约1.5亿元，年产5万吨的X项目 / 投资8亿元的X项目
    r"(?:计划|预计|协议)?(?:总投资|投资)(?:额)?(?:约|近|超|达|为)?"
    # 总投资约1.5亿元，年产5万吨的X: a clause that describes it may come between, not one
    # that says what it will become (，建成后将成为…最大的研发基地).
    r"\s*[\d.]+\s*[万亿]*(?:元|美元)"
    r"(?:[，,](?![^，,。；;]*?(?:将|成为|后|是|为))[^，,。；;]{1,20}?)?的"
    r"(?:“(?=[^“”]{4,60}”))?(?P<name>[^，,。；;、的“”]{4,60}?)”?"  # (…的“X项目”: quoted)
    # X项目一期已投产: the phase is not part of the name.
    r"(?=(?<=项目)[一二三四五六七八九十]期|已|正在|将|于|计划|预计|目前|顺利|正式|成功|实现"
    r"|今天|今日|当天|日前|近日|昨天|昨日"
    r"|签约|开工|竣工|投产|落地|落户|入驻|[，,。；;、]|$"
    # (X项目是全市首个城市更新项目: what it is follows; X项目在某新城开工: where it is)
    r"|(?<=项目|工程)[是在])"
    # 其中X项目总投资12亿元: one of a counted batch, with its own amount.
    # (其中X项目，总投资约10亿元: a comma may come between)
    # (其中，位于某镇的X项目，总投资…: where it is may come first)
    r"|(?:^|[，,。；;])其中[，,]?(?:位于[^，,。；;、的]{2,12}的)?"
    r"(?P<member>[^，,。；;、的“”是为]{4,40}?项目)[，,]?(?:计划)?总?投资(?=[约近超逾达为\d])"
)


# Projects still being negotiated or drafted are not signed.
def _clause_around(sentence: str, start: int, end: int) -> str:
    """The text from the clause before `start` to the end of the ；-part after `end`."""
    before = max(sentence.rfind(c, 0, start) for c in "，,；;") + 1
    stops = [i for i in (sentence.find(c, end) for c in "；;") if i >= 0]
    return sentence[before : min(stops) if stops else len(sentence)]


def _site_items(sites: str, count: int | None = None) -> list[_Item]:
    """The projects whose sites host a groundbreaking (主会场设在X项目): only projects by
    name (a hall or a centre can host a signing too); `count`: as many as the text counts."""
    # A项目和B项目: two sites (but 鹿邑县和一肉业公司X项目 is one; A、B世界和C项目3个
    # 主会场 is three).
    pieces: list[str] = []
    # A施工现场、B施工现场: each site named as such.
    runs = [_SITE_END.sub("", p) for p in _split_top(sites, "、")]
    for n, piece in enumerate(runs):
        halves = _partition_all(piece, "和")
        counted = n == len(runs) - 1 and count == len(runs) + len(halves) - 1
        named = all(_NAME_SUFFIX.search(_clean_name(h)) for h in halves)
        if counted and not named and len(halves) > 1:
            # A项目及国电投和顺B项目 (4 counted): the count fits at 及, between two names.
            other = _partition_all(piece, "及")
            if len(other) == len(halves) and all(
                _NAME_SUFFIX.search(_clean_name(h)) for h in other
            ):
                halves = other
        pieces += halves if named or counted else [piece]
    # 在某经开区X项目现场: the park is where the site is, not part of the name.
    # (but X园区及基础设施配套工程: the park is the project)
    names = [_clean_name(p if _PARK_WORKS.search(p) else _SITE_PARK.sub("", p)) for p in pieces]
    if len(names) > 1 and not any(_NAME_SUFFIX.search(n) for n in names[:-1]):
        # A公司高档棉纱、纺织面料和特殊用途布建设项目: one site, its products listed.
        names = [_clean_name(_SITE_PARK.sub("", "、".join(pieces)))]
    if (
        names
        and all(
            (_NAME_SUFFIX.search(n) or len(names) == count) and not _HALL.search(n) and _is_name(n)
            for n in names
        )
        and any(_STRONG.search(n) for n in names)
    ):
        return [_Item(n, "开工") for n in names]
    return []


_PARK_WORKS = re.compile(r"(?:园区|开发区|新区)[及和](?:基础设施|配套)")
_SITE_END = re.compile(r"(?:建设|施工|开工)?(?:现场|工地)$")
_SITE_PARK = re.compile(
    r"^(?:该[县区市]|[\u4e00-\u9fff]{2,8}?(?:经开区|经济技术开发区|开发区|高新区|新区|保税区|经济区|工业园区|产业园区|园区)"
    # 三田产业园 (a park named by its place), not 低空经济产业园 (a park of an industry,
    # whose name goes with the site's)
    r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?:产业园|工业园))+"
    # (not 某产业园一期建设项目 / 某工业园标准厂房项目: the park's own works)
    r"(?![一二三四五六七八九十\d]期|建设|基础|配套|扩建|标准|道路|污水)(?=.{4,}(?:项目|工程)$)"
)


_JOINT_BUILD = re.compile(r"^.{2,30}?(?:合作共建|携手共建|共建|合作建设|联合建设|共同建设)(?=.{4})")
# A batch named by its time (2024年二季度重大项目, 第三批项目): not one project.
_PLURAL_ADVERB_END = re.compile(rf"(?:{_PLURAL_ADVERB.pattern})$")
_BATCH_OF = re.compile(
    r"(?:\d{4}年|季度|年度|第[一二三四五六七八九十\d]+批)[^，,。；;]{0,10}?项目$"
)
# The end of a meeting's name: 投资说明会暨招商项目签约仪式 is two events, not a project.
_MEETING_END = re.compile(r"(?:会|节|活动|论坛|仪式|周年|庆典)$")  # (建园三周年暨X项目开工仪式)
_PHASE = re.compile(r"(?<=项目)[一二三四五六七八九十]期(?:工程)?$")
# X平台建设: a project named by what is built.
_BUILT = re.compile(r"(?:项目|工程|中心|基地|平台|园|区|厂|线|站)建设$")


# 与A公司签约的X项目 (not 签订的项目, unnamed: the firm stands for it)
_FIRM_S_OBJECT = re.compile(r"的(?!项目|工程)")
# (A、B16家企业分四个批次与某运营公司签约: in turns, the count right after the names)
_FIRMS_BEFORE = re.compile(
    r"[一二三四五六七八九十两\d]{1,3}(?:家|户)企业"
    r"(?:分[两二三四五六七八九十\d]{1,2}个?(?:批次?|组|轮))?[，,]?(?:分别|先后)?与$"
)


_A_FIRM_SIGNS = re.compile(
    r"(?:^|[，,；;])[^，,；;与]{4,40}?(?:有限公司|有限责任公司)(?:分别|先后|也|还)?与$"
)


_TOPICS_END = re.compile(r"等(?:方面|内容|事项|领域|议题)$")


def _party_items(sentence: str) -> list[_Item]:
    """与A、B分别就W、X项目签约 -> W, X; 与A公司、B公司签署项目合作协议 -> A, B (the
    companies stand for projects the text does not name). A framework agreement
    (与A集团签订战略合作协议) is not a project, and the projects an agreement names
    (签订X项目协议) are read by _SINGLE_SIGNING."""
    sentence = _FIRM_AND_GOVERNMENT.sub("与", sentence)  # (same length)
    if "与" not in sentence:
        return []
    items: list[_Item] = []
    for match in _PARTY_SIGNED.finditer(sentence):
        if _FIRMS_BEFORE.search(sentence[: match.start("parties")]):
            continue  # A、B等八家企业与某园区公司签订入园协议: the firms sign with the park
        objects = match.group("objects")
        obj = match.group("obj")
        if objects and objects.startswith(("此", "该")):
            continue  # 与A公司就此项目合作协议举行了签约仪式: the project named before
        if objects and _TOPICS_END.search(objects):
            continue  # 分别就金融支持、校企合作等内容签订了合作协议: topics, not projects
        if objects:
            found = _split_items(objects, "签约")
            pieces = _split_top(objects, "、")
            if len(found) < len(pieces) == len(_split_top(match.group("parties"), "、")):
                # 与A、B分别就W、X项目签约: one object a party, whatever the pieces look like.
                found = [i for piece in pieces for i in _split_items(piece, "签约")]
            if _NO_PROJECT_DEAL.search(obj) and not any(_STRONG.search(i.name) for i in found):
                # 就实施全域国土综合整治签署战略合作框架协议: a field of work, not a project
                items.extend(_told_projects(sentence, match.end()))
                continue
            if found and not any(_PROSE.search(i.name) for i in found):
                items.extend(found)
            continue
        told = _SIGNED_IS.match(sentence, match.end()) if not obj.strip() else None
        if told is not None:
            obj = told.group("obj")  # 与A公司成功签约，签约项目为X项目: what was signed
        named = _object_projects(obj)
        if _FIRM_S_OBJECT.match(obj) and not named and not _PARTY_CLOSER.search(match["parties"]):
            continue  # 与A公司签约的X项目: A invests in X, read where X is named
        built = _BUILT_TOGETHER.match(sentence, match.end()) if not named else None
        if built is not None:  # 签订投资协议，共同建设X中心: what they build together
            name = _clean_name(built.group("obj"))
            # (a 的 only in a project's own name: not 全球领先的X产业园, a boast)
            plain = "的" not in name or name.endswith(("项目", "工程"))
            if plain and _NAME_SUFFIX.search(name) and _is_name(name) and not _PROSE.search(name):
                named = [_Item(name, "签约")]
        if named:
            items.extend(named)  # 分别与A、B签订了X项目、Y项目投资协议 / 与A签约X项目
            continue
        if _NO_PROJECT_DEAL.search(obj) or _agreement_names_project(obj):
            continue
        if re.match(r"(?:有关|关于)[^，,。；;]{4}", obj):
            continue  # 签订有关X、Y合作协议: the deal is about what it names, not the firm
        # 该项目由某县与A公司签约: A invests in a project already named.
        if "该项目" in sentence or _last_clause(sentence[: match.start()]).startswith("由"):
            continue
        parties = _parties(match.group("parties"))
        if _INVESTMENT_DEAL.search(obj):
            # 与A公司董事长某某签订投资协议: the company invests through its head.
            parties = [_PARTY_HEAD.sub("", p) for p in parties]
        if parties and all(_STRONG.search(p) and _is_name(p) for p in parties):
            # 镇政府与X项目正式签约; not 亿纬锂能储能与动力电池项目签约, one name around 与
            if not _WORD_BEFORE_AND.search(sentence, 0, match.start()):
                items.extend(_Item(p, "签约") for p in parties)
            continue
        # 与A、B、C等14家企业进行了签约: counted as companies, short names are companies too.
        firms = _PARTY_CLOSER.search(match.group("parties").strip()) is not None
        if firms and _A_FIRM_SIGNS.search(sentence[: match.start("parties")]):
            continue  # A储能科技有限公司与B、C等4家上下游企业签订合作协议: a firm's partners
        # (与A公司、B集团公司、C交易市场、D有限公司: a list of firms may hold one other name)
        companies = sum(bool(_COMPANY.search(p)) for p in parties)
        if parties and all(
            (_COMPANY.search(p) or firms or (companies >= 3 and companies >= len(parties) - 1))
            and not _GOVERNMENT.search(p)
            and _is_name(p)
            for p in parties
        ):
            # 县政府与A公司，开发区管委会与B公司在分会场签约: the pairs before sign too.
            earlier: list[_Item] = []
            for clause in reversed(_split_top(sentence[: match.start()], "，,")[:-1]):
                pair = _GOVERNMENT_PAIR.match(clause.strip())
                if pair is None or not _is_name(pair.group("company")):
                    break
                earlier.insert(0, _Item(pair.group("company"), "签约"))
            items.extend(earlier)
            items.extend(_Item(p, "签约") for p in parties)
    return items


# A word glued to 与 that no party ends in (储能与动力电池项目: one name, not a party and it).
_WORD_BEFORE_AND = re.compile(
    r"[\u4e00-\u9fff](?<![府会司团业局县市区镇乡村道园心院校学方们社行所金委台处部省州旗厅后别也还又均都同已将再])$"
)
# A公司和某县政府签约X项目: a firm and a government, joined by 和, are a signing's parties.
_FIRM_AND_GOVERNMENT = re.compile(
    r"(?<=公司|集团)和(?=[^，,。；;与和]{2,30}?(?:政府|管委会|委员会)(?:正式|成功|现场)?(?:签约|签订|签署))"
)
_BUILT_TOGETHER = re.compile(
    # (签署项目投资协议，确定建设X项目一期工程: what the deal settles)
    r"[，,](?:双方)?(?:将)?(?:(?:共同|合作|联合|携手)(?:投资)?|确定)(?:建设|开发|打造)"
    r"(?P<obj>[^，,。；;、]{4,60})(?=[，,。；;]|$)"
)
_SIGNED_IS = re.compile(
    r"[，,](?:首期|首批|第一期)?(?:签约|合作|投资)项目(?:为|是)(?P<obj>[^，,。；;]{4,60})"
)


def _told_projects(sentence: str, at: int) -> list[_Item]:
    """The projects a signing names after it (，首期合作项目为X项目), or none."""
    told = _SIGNED_IS.match(sentence, at)
    return _object_projects(told.group("obj")) if told is not None else []


_GOVERNMENT_PAIR = re.compile(
    r"^[^，,与]{2,30}?(?:政府|管委会|委员会|局)与(?P<company>[^，,与]{4,40}?(?:公司|集团))$"
)


# 与A集团X项目、与B公司Y项目在推介大会上签约: each project after its partner, no verb.
_PAIRED = re.compile(
    r"与(?P<party>[^、，,。；;与]{2,40}?(?:集团|公司|企业|合作社|研究院|研究所|大学|商会))"
    r"(?P<project>[^、，,。；;与签就]{3,50}?(?:项目|工程))(?=、与|[和及]与|在[^，,。；;]{0,30}签|签|$)"
)


def _signed_two(sentence: str) -> list[_Item]:
    """某市还签约了A和B项目，总投资10亿元: two projects signed, joined by the last 和 (厚和
    包装材料 holds one), the second a project by its name's ending."""
    match = _SIGNED_TWO.search(sentence) if "签约了" in sentence else None
    if match is None:
        return []
    left, sep, right = match.group("pair").rpartition("和")
    names = [_clean_name(left), _clean_name(right)]
    if not (sep and len(names[0]) >= 4 and _STRONG.search(names[1])):
        return []
    if not all(_is_name(n) and not _PROSE.search(n) for n in names):
        return []
    return [_Item(n, "签约") for n in names]


_SIGNED_TWO = re.compile(
    r"(?:^|[，,])[^，,。；;]{0,12}?(?:还|另|又|也|同时)签约了(?P<pair>[^，,。；;、与]{6,80}?)(?=[，,。；;]|$)"
)


def _paired_items(sentence: str) -> list[_Item]:
    if "签" not in sentence:
        return []
    pairs = list(_PAIRED.finditer(sentence))
    if len(pairs) < 2:
        return []
    names = [_clean_name(m.group("project")) for m in pairs]
    if not all(_is_name(n) and not _PROSE.search(n) for n in names):
        return []
    return [_Item(n, "签约") for n in names]


def _object_projects(obj: str) -> list[_Item]:
    """The projects named right after a signing verb: X项目、Y项目(投资协议) / 《X协议》."""
    titles = re.findall(r"《([^《》]{4,60})》", obj)
    if len(titles) > 1:
        # 签订了《战略合作框架协议》《X项目合作意向协议》: each title on its own.
        return [i for title in titles for i in _object_projects(f"《{title}》")]
    text = _deal_object(obj)
    if not text or _has_money(text):
        return []
    told = _COUNT_END.search(text)  # 签订了A、B、C三个项目协议: the pieces counted
    if told is not None:
        text = text[: told.start()]
    pieces = _split_top(text, "、")
    # 签订了X项目和建设Y项目 / X项目以及Y项目: two projects joined, each a deal's object.
    for joiner in ("以及", "和"):
        left, sep, right = _partition_top(pieces[-1], joiner)
        if sep and _STRONG.search(left) and _STRONG.search(right):
            pieces[-1:] = [left, right]
            break
    names = [_clean_name(_OBJECT_LEAD.sub("", p)) for p in pieces]
    if told is not None and _number(told.group("n")) == len(names) > 1:
        # Counted as projects, a piece need not look like one (Y生态园综合开发).
        if all(_is_name(n) and not _PROSE.search(n) for n in names):
            return [_Item(n, "签约") for n in names]
    # Named projects (X项目、Y基地): every piece shaped, one at least a project by name.
    # (X项目(钟祥石牌片): the part of the place it is in, bracketed after the name)
    bare = [_TRAILING_BRACKET.sub("", n) for n in names]
    if all(
        _NAME_SUFFIX.search(b) and _is_name(n) and not _PROSE.search(n)
        for b, n in zip(bare, names, strict=True)
    ) and any(_STRONG.search(b) for b in bare):
        return [_Item(n, "签约") for n in names]
    return []


_COUNT_END = re.compile(r"(?:等|共)?(?P<n>[一二三四五六七八九十两\d]{1,3})个项目$")


def _agreement_names_project(obj: str) -> bool:
    """Does what follows the signing verb name a project (X项目协议, 共建X基地), rather
    than describe the deal (项目合作协议, 合作开发风力资源协议, 合作实施两个百亿级项目)?"""
    name = _strip_item_modifier(_deal_object(obj))[0]  # 投资30亿元的X项目合同 names X项目
    return bool(
        (_NAME_SUFFIX.search(name) or _BUILT.search(name)) and _is_name(name)
    ) and not _PROSE.search(name)


def _deal_object(obj: str) -> str:
    """What a signing verb's object builds, its verbs and agreement cut: 共建X基地协议 -> X基地;
    X项目的合作协议 -> X项目."""
    name = _OBJECT_LEAD.sub("", obj.strip("《》 "))
    name = re.sub(rf"(?:(?<=项目|工程)的)?{_AGREEMENT}》?$", "", name)
    return _AGREEMENT_TAIL.sub("", name)


# Deals that are not an investment: a strategy or a framework, a memorandum, trade,
# credit, research or training (签订供货协议, 产学研合作协议, 银企授信协议).
_NO_PROJECT_DEAL = re.compile(
    r"战略|框架|备忘录|供货|采购|购销|销售|贷款|授信|融资|产学研|人才|培训"
)
# Verbs of a deal before what it builds: 共建X基地, 合作实施X项目.
_OBJECT_LEAD = re.compile(r"^(?:的|共建|共同|合作|实施|建设|投资|开发|打造|新建|兴建|推进)+")


def _parties(text: str) -> list[str]:
    """A、B和C11户企业 -> [A, B, C]; 来自省内外的A -> A; 广州、深圳等地多家企业 -> [] (places)."""
    if "等地" in text or _PLACE_PARTY.match(text) or _PLACES_CLOSED.search(text):
        return []  # (与国内20家知名企业签约 / 与来自A、B等省的客商: where they are from)
    text = _PARTY_MODIFIER.sub("", text.strip())
    text = _PARTY_CLOSER.sub("", text)
    pieces = [p for p in _split_top(text, "、") if p.strip()]
    if pieces:
        left, sep, right = _partition_top(pieces[-1], "和")
        if sep and _COMPANY.search(left):
            pieces[-1:] = [left, right]
    return [_clean_name(p) for p in pieces]


_PLACE_PARTY = re.compile(
    r"(?:国内外?|海内外|境内外|省内外?|区内外?|市内外?|县内外?|本地|当地)[\d一二三四五六七八九十两多]"
)
_INVESTMENT_DEAL = re.compile(r"(?:投资|入驻|落户)(?:协议|合同)")
_PARTY_HEAD = re.compile(
    r"(?<=公司|集团)(?:董事长|副董事长|总经理|副总经理|总裁|副总裁|负责人|法人代表|代表)"
    r"[\u4e00-\u9fff]{0,4}$"
)
