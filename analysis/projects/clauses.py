"""What a clause says that several list readers need: projects of other days
(background), exhortations, the closer cut off a clause, a modifier stripped, a name
that cannot stand alone; and whether the article is a plan (_PLAN, set while
lists._find_lists reads it)."""

from __future__ import annotations

import re
from contextvars import ContextVar

from newsx.analysis.projects.items import _modifier_end
from newsx.analysis.projects.text import _bracket_depth, _number, _split_top
from newsx.analysis.projects.vocabulary import (
    _CLOSER_BIG,
    _CLOSER_COUNTED,
    _CLOSER_OPEN,
    _COUNT,
    _HORTATIVE,
    _PROSE,
    _TOTAL_BEFORE_KIND,
)

_FIRM_NAME = re.compile(r"[^、，,。；;：:]{2,30}?(?:公司|集团)")


def _hortative(text: str) -> bool:
    """Does `text` urge or plan (要加快, 将建设)? The words of firms' names (东方希望集团)
    do not: a firm's ending follows them closely (not 计划新开工建设某某股份有限公司, a
    plan's word well before the name). In a key-project plan every list is planned: none
    is set aside for it."""
    return not _PLAN.get() and any(
        not _IN_FIRM_NAME.match(text, m.end()) for m in _HORTATIVE.finditer(text)
    )


_IN_FIRM_NAME = re.compile(r"[^、，,。；;：:]{0,8}?(?:公司|集团)")


# Reading a key-project plan (某市安排重点建设项目105个): its lists say what will be done.
_PLAN: ContextVar[bool] = ContextVar("plan", default=False)


# Words that place a list before the report's event (近年来, 此前, 去年, 累计): the
# projects of other days, not this batch; nor are those standing under construction
# (现有A、B等在建项目30个).
# (从去年开始 / 去年以来 / 去年来: a time up to now, not before it)
_BACKGROUND = re.compile(
    r"此前|之前|近年来|近几年|多年来|历年|往年|去年(?!开始|以来|来|起|至今)|早在|先前|累计|现有|聚集了|集聚了"
    r"|已(?:有|经)[\d一二三四五六七八九十几多]+年"  # A公司落户东岭已有12年
)


# 近年来引进A、B等一批项目落地: projects brought in count, whenever they came (a list of
# other days that brings projects in is no background).
_COME_IN = re.compile(r"引进|引入|招引|落户|落地|[入进]驻|入园")


def _of_other_days(before: str, standing: bool, sentence: str) -> bool:
    """Is a list set aside as no batch of this report: told of other days (`before`, the
    sentence up to it) or of works standing under construction (`standing`), in a sentence
    that brings no projects in (those count whenever they came)?"""
    return (standing or _background(before)) and not _COME_IN.search(sentence)


def _background(text: str) -> bool:
    """Is the list's clause (the end of `text`) set before the report's event: a
    background word in it, or a clause of its own just before (近年来，A、B已建成投产)?
    Not one further away (继去年底集中开工10个项目后，本次集中开工的…)."""
    clauses = [c for c in _split_top(text.rstrip("，,；;：: "), "，,；;") if c.strip()]
    if not clauses:
        return False
    if _BACKGROUND.search(clauses[-1]):
        return True
    if (
        len(clauses) > 1
        and (len(clauses[-2].strip()) <= 6 or _ELABORATING.match(clauses[-1].strip()))
        and _BACKGROUND.search(clauses[-2])
    ):
        # (近年来其在锡承接约30个项目，涉及A、B: the list spells out the clause before)
        return True
    # 据悉，近年来，县委…，实施了A、B等一大批民生项目: a short background clause opening
    # the sentence sets all of it, unless a later one comes back to now.
    opening = [c for c in clauses[:2] if len(c.strip()) <= 6 and _BACKGROUND.search(c)]
    return bool(opening) and not any(_NOW.search(c) for c in clauses[1:])


_ELABORATING = re.compile(r"(?:主要)?(?:涉及|包括|包含|涵盖)|主要有|分别[是为]")
_NOW = re.compile(r"今年|此次|本次|这次|当天|今天|日前|近日|目前|上午|下午")


def _scheduled(text: str) -> bool:
    """Is the list's clause (the end of `text`) set after a deadline that opens its part of
    the sentence (6月底前，A、B等项目开工；10月底前，C等项目启动，D试生产): a schedule, not
    a batch?"""
    part = _split_top(text.rstrip("，,；;：: "), "；;")[-1]
    clauses = [c for c in _split_top(part, "，,") if c.strip()]
    return len(clauses) > 1 and _DEADLINE.search(clauses[0]) is not None


_DEADLINE = re.compile(r"(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)|年底|年内)前$")


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


def _cut_closer(clause: str) -> tuple[str, int | None, bool]:
    """Split a closer off a list clause: (list part, its count or None, open-ended?)."""
    for regex in (_CLOSER_COUNTED, _CLOSER_BIG, _CLOSER_GLUED):
        match = regex.search(clause)
        if match and not _bracket_depth(clause[: match.start()]):
            return clause[: match.start()], _number(match.group("n")), False
    for regex in (_CLOSER_DESCRIBED, _CLOSER_OPEN, _CLOSER_KINDS):
        match = regex.search(clause)
        if match and not _bracket_depth(clause[: match.start()]):
            return clause[: match.start()], None, True
    return clause, None, False


# A count glued to the last name: 有A、B、C3家企业 / 国药控股4个世界500强项目 /
# 弘祥成建材3个总投资1.2亿元的石材加工项目.
_CLOSER_GLUED = re.compile(
    rf"(?<![\d.和及与、])(?P<n>{_COUNT})"
    rf"(?:家(?:企业|公司|单位)|个{_TOTAL_BEFORE_KIND}?[^，,。；;、]{{1,10}}?项目)$"
)


# 以及E等一批产业链条长、科技含量高的项目: what the batch is like, 、 and all.
_CLOSER_DESCRIBED = re.compile(
    r"(?<![高平初对均相同])(?<![^高]中)等(?:一批|一系列|多个|众多)[^，,。；;等]{2,40}?的[^，,。；;、的]{0,6}?项目$"
)


# 等一批完善城市功能项目、科技型新产业项目和“双20”工程项目: the kinds of a batch, 、 and all.
_CLOSER_KINDS = re.compile(
    r"(?<![高平初对均相同])(?<![^高]中)等(?:一批|一系列|多个|众多)[^，,。；;等]{2,60}?(?:项目|工程)$"
)


def _strip_modifier(clause: str) -> str:
    """Drop a modifier that covers a whole list: 中煤集团、国电集团等央企投资建设的A."""
    cut = _modifier_end(clause)
    if cut >= 0 and "、" in clause[:cut] and "等" in clause[:cut]:
        return clause[cut + 1 :]
    return clause
