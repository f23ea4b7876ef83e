"""Lists closed by their count or kind (A、B等20个项目 / A、B等项目): the names before the
closer, and what makes such a run no batch (places visited, firms attending, fields,
speech, a ceremony's parties)."""

from __future__ import annotations

import re

from newsx.analysis.projects.clauses import (
    _FIRM_NAME,
    _PLAN,
    _alone,
    _hortative,
    _of_other_days,
    _scheduled,
    _strip_modifier,
)
from newsx.analysis.projects.items import (
    _LIST_VERB,
    _PHYSICAL_VISIT,
    _QUOTED_PAIR,
    _STRONG,
    _clean_name,
    _event_of,
    _group_counts,
    _has_money,
    _is_name,
    _is_single_name,
    _Item,
    _List,
    _modifier_end,
    _split_items,
    _strip_lead,
)
from newsx.analysis.projects.openers import (
    _FIELDISH,
    _FIRM,
    _STANDING,
    _YEAR_PLAN,
    _parts_after_amount,
    _split_by_count,
)
from newsx.analysis.projects.text import (
    _last_clause,
    _number,
    _partition_last,
    _partition_top,
    _split_top,
)
from newsx.analysis.projects.vocabulary import (
    _ADVERBS,
    _BEFORE_EVENT,
    _CLOSER_BIG,
    _CLOSER_COUNTED,
    _CLOSER_EVENT,
    _CLOSER_KIND,
    _CLOSER_LABELLED,
    _COUNT,
    _DONE,
    _EVENT,
    _EVENTS,
    _FIELD_CLOSER,
    _FIELD_WORD,
    _GOOD_ONES,
    _GOVERNMENT,
    _HAS,
    _HORTATIVE,
    _IN_TALKS,
    _INDUSTRIES_NAMED,
    _KIND,
    _NAME_SUFFIX,
    _NEXT_BATCH,
    _PART_DONE,
    _PLACES_CLOSED,
    _PROGRESS,
    _PROSE,
    _ROLE_OF,
    _SIGNING_VERB,
    _VISIT,
    _WISH,
)

_ATTENDED = re.compile(r"出席|参加|见证|观摩|列席|到场")


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
        if _EXHORTED.match(sentence, match.start()):
            continue  # 市本级城发集团、农林集团等要加大项目谋划力度: who is told what to do
        if _DEPARTMENTS.match(sentence, match.start()):
            continue  # 招商、商务、营商、项目中心等职能部门围绕推动项目落地: departments
        if sentence.startswith("为主", match.end()):
            continue  # 入园企业以A、B等高科技含量项目为主: what they mostly are, kinds
        if _CLASSES.search(match.group()):
            continue  # 独居石资源综合回收利用、稀土分离等8大类产业项目: categories, not names
        clause = _last_clause(sentence[: match.start()])
        # A、B两个产业项目和C、D两个基础设施项目: the run after the other count and its 和.
        for other, _ in matches:
            joined = _JOINED_RUN.match(sentence, other.end())
            if joined and match.start() - len(clause) < other.end() < match.start():
                clause = sentence[joined.end() : match.start()]
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
            ("n" in regex.groupindex and len(commas) == _number(match.group("n")) >= 3)
            # (A项目，B公司车灯、空调、线束项目，C项目等9个: each piece one project, its 、
            # between the things it makes)
            or (len(commas) >= 3 and all(_ONE_WORK.match(c) for c in commas))
        ) and not any(_EVENT.search(c) for c in commas)
        if "、" in clause and not counted:
            commas = []
        if commas:
            clause = "、".join(commas)  # A项目，B项目，C项目等3个项目集中开工
        # 听取了A、B等签约项目企业的介绍: the closer says what they are; only a visit
        # to them (来到A、B等新竣工项目现场) is still a visit.
        labelled = regex is _CLOSER_LABELLED
        visit = (_PHYSICAL_VISIT if labelled else _VISIT).search(clause)
        # (but 推介会进行了A、B等项目的签约: the meeting's name, and what it signed)
        if visit and not (
            _MEETING.match(clause, visit.start()) and _SIGNED_AFTER.match(sentence, match.end())
        ):
            continue
        if _visited_first(sentence[: match.start()]):
            continue  # 实地调研查看A公司，B公司、C公司等10家企业: the list began at the visit
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
        if re.search(r"未|没有", match.group()) or _NOT_DONE.match(sentence, match.end()):
            continue  # A、B等市直载体未申报新签约项目: none signed
        if re.match(r"[^、，,]{0,6}?各", clause.lstrip()):
            continue  # 湘潭各县市区、园区、投融资平台469个重点项目中: kinds of owner
        if _NEXT_BATCH.search(match.group()):
            continue  # 为A、B等下一批次入园项目顺利开工发挥了示范效应: not yet
        if "子项目" in match.group():
            continue  # 主要建设A、B等8个子项目: the parts of one project
        if _builds_parts(sentence[: match.start()]):
            continue  # 该基地…，建设A、B等项目 / 签约X项目，拟投资60亿元，建设A、B等项目
        if _IN_TALKS.search(match.group()) and not _EVENT_AFTER.match(sentence, match.end()):
            continue  # A、B等在谈项目 (but A等20个储备项目提前开工 have started)
        if _VISITED_AFTER.match(sentence, match.end()) or _TALKS_ON.match(sentence, match.start()):
            continue  # 先后到A、B等项目进行实地调研: places visited; 与A、B等企业就X进行对接
        at_sites = _AT_SITES.match(sentence, match.end())
        if at_sites and clause.lstrip().startswith("在") and not _EVENT.search(at_sites["next"]):
            continue  # 在A、B等重点项目现场，某某与企业负责人交流: sites visited
        if clause.lstrip().startswith("在") and sentence.startswith("中", match.end()):
            continue  # 在A、B等项目中取得了诸多成效: what was done within them, no batch
        if _PLACES_CLOSED.search(_last_clause(sentence[: match.end()])):
            continue  # 来自A、B等多个城市的31个项目 / 涉及A片区、B半岛等地区共计19个项目: where
        if _EACH_COUNTED.match(sentence, match.start()):
            continue  # 推动补链强基、增产增效等制造业重点项目各500项: kinds, each counted
        if _ROLE_OF.match(clause.lstrip()):
            continue  # 发挥A、B等大项目的龙头作用: what they do for the place, not a batch
        if clause.lstrip().startswith("吸引") and not _EVENT_AFTER.match(sentence, match.end()):
            continue  # 推介会吸引了A、B等170多家知名企业: who came, not what was signed
        if _PROCESS_AFTER.match(sentence, match.end()) and not _PLAN.get():
            continue  # A、B等项目的顺利推进，为… / A、B等项目已完成立项: no event
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
        standing = bool(_STANDING.search(match.group()))
        if _of_other_days(sentence[: match.start()], standing, sentence):
            continue  # 近年来实施了A、B等民生项目 / 现有A、B等在建项目30个: not this batch
        if _scheduled(sentence[: match.start()]):
            continue  # 6月底前，A、B等项目开工: a schedule
        # Plans and exhortations (计划实施A、B等10个项目) are not a batch that happened.
        counted = "n" in regex.groupindex
        # (推动A、B等项目纷纷落地开工: what the push brought about, one after another)
        pushed = counted or _DONE_ONE_BY_ONE.match(sentence, match.end())
        if _hortative(_PROGRESS.sub("", clause) if pushed else clause):
            continue
        # (A将对X进行投资，并在某地建设B、C等项目: 并 goes on with the plan before it)
        if clause.lstrip().startswith("并") and _hortative(_clause_before(sentence, match.start())):
            continue
        if _YEAR_PLAN.search(sentence[: match.start()]) and not _PLAN.get():
            continue  # 今年，该旗计划实施重点项目70个，…包括A、B等: a year's plan
        if re.match(r"\s*(?:拟|计划|预计)", sentence):
            continue  # 拟通过5年时间，投资40亿元，实施A、B等项目20余个: the plan heads the sentence
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
        # (…；A、B、C等28个项目涉及国际商贸、科技服务: the batch's projects by field)
        lead = lead or (
            batch
            and "n" in regex.groupindex
            and "项目" in match.group()
            and _FIELD_VERB.match(sentence, match.end()) is not None
        )
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
        # 引进了世界500强、中国500强等一批头部企业 / 成功引进服装加工、制药等企业: ranks or
        # trades, not names
        if introduced and _mostly(_split_top(clause, "、"), (_RANKS, _TRADE)):
            continue
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
        # 已经签约A、B等新能源装备制造项目: the event before, a kind of projects after,
        # and names no field words make
        kinded = (
            regex is _CLOSER_TAIL
            and len(items) >= 2
            and all(len(i.name) >= 5 and not _FIELDISH.search(i.name) for i in items)
        )
        strong = (
            _strong_closer(sentence, match)
            or ((lead or led) and (_bare(match) or invested or counted_projects or kinded))
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
        if (
            not any(shaped)
            and "n" not in regex.groupindex  # (包括A、B4个世界500强项目: counted, names)
            and _listed_after_industries(sentence[: match.start()])
        ):
            continue  # 签约项目聚焦三大主导产业，包括A、B等项目: its industries
        if _INDUSTRY_KIND.search(match.group()) and all(
            len(i.name) <= 4 and not _NAME_SUFFIX.search(i.name) for i in items
        ):
            continue  # 金融投资、总部经济等现代服务业项目: industries, not names
        if _INVOLVING.search(whole) and all(
            len(i.name) <= 6 and not _NAME_SUFFIX.search(i.name) for i in items
        ):
            continue  # 签订涉及白柚深加工、服饰加工、康养旅游等13个项目: what they are about
        if sum(bool(_RANKS.search(i.name)) for i in items) * 2 >= len(items):
            continue  # 来自世界500强、中国500强、央字号等二十余家大企业: ranks, not names
        pieces = [_clean_name(p.rsplit("的", 1)[-1]) for p in _split_top(clause, "、")]
        if sum(bool(_FIELD_WORD.match(p)) for p in pieces) * 2 >= len(pieces):
            continue  # 重点发展的钢铁、石化、林浆纸等项目: industries, most of them fields
        if _INDUSTRIES_CLOSER.fullmatch(match.group()) and all(
            len(i.name) <= 5 and not _NAME_SUFFIX.search(i.name) for i in items
        ):
            continue  # 涉及制造、生物制药、光能等产业项目: industries (not 等4个产业项目)
        if _KINDS_CLOSER.match(match.group()):
            continue  # 包括孝德教育、农耕体验、手工制作等多种体验项目: kinds, not names
        two = [i.name for i in items if len(i.name) == 2]
        if len(items) >= 3 and len(two) == len(items) and len({n[0] for n in two}) == 1:
            continue  # 引进鞋材、鞋楦、鞋底、鞋面等配套企业: the parts of one trade, not firms
        if _RELATED_CLOSER.match(match.group()) and not any(
            _NAME_SUFFIX.search(i.name) for i in items
        ):
            continue  # 家具五金、物流运输等相关上下游项目: the kinds that go with a trade
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
            # (in a year's plan the last of a list half shaped like projects need not be:
            # A博览园、B产业园…、大藏经数字化开发等项目)
            ((shaped[-1] or _PLAN.get()) and sum(shaped) * 2 >= len(items))
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


_EXHORTED = re.compile(r"等(?:单位|企业|集团|公司|部门)?(?:要|需要|必须|务必|应当?)(?!素)")
_DEPARTMENTS = re.compile(r"等(?:职能|相关|有关|责任|行政)?(?:部门|科室)")
_INDUSTRY_KIND = re.compile(r"(?:服务|制造)业类?项目")
_RELATED_CLOSER = re.compile(r"等(?:相关|有关)(?:上下游|配套|产业链)?")
_KINDS_CLOSER = re.compile(r"等(?:多|各|几|[一二三四五六七八九十两\d]+)[种类样]")


_EXISTENTIAL = re.compile(r"^(?:其中[，,]?)?(?:既有|又有|更有|还有|也有|另有)")


_NOT_DONE = re.compile(r"[^，,。；;]{0,6}?(?:未|没有|尚未)(?:申报|签约|开工|落地|入驻)")
_FIELDS_BEFORE = re.compile(rf"等{_FIELD_CLOSER}的?$")


_FIELDS_OPENING = re.compile(rf"^等{_FIELD_CLOSER}的")  # (a closer read with its fields)


_FRAME_HEAD = re.compile(r"^以(?!及)")  # 以A、B为代表的 (not 以及A、B)


_CLAUSE_ENDS = ("，", ",", "；", ";", "：", ":")


# A name that ends in 项目 or 工程 with no other such name inside before a 、.
_ONE_WORK = re.compile(r"^(?:(?!项目|工程)[^，,])+(?:项目|工程)$")
_FRAME_TAIL = re.compile(r"(?:为代表的?|在内的?|共|合计|总计|计)$")


def _comma_names(text: str, shape: re.Pattern[str], *, loose: bool = False) -> list[str]:
    """A项目，B项目，C项目 before a closer: names separated by commas, each a clause of
    its own of the closer's kind (X项目; a company when it counts companies: 与A公司，B集团
    等13家企业签约), as one 、-list (empty when they are not). When the closer counts
    projects and says what happened to them (等10个项目集中开工), any short name will do
    (帝鹏科技), but not a time (当天上午)."""
    # (a comma list stays within its ；-piece: 多措并举下，…进入全省考评前十；A工程等94个项目)
    piece = _split_top(text.rstrip("，, "), "；;")[-1]
    clauses = [c for c in _split_top(piece, "，,")]
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


_MEETING = re.compile(r"(?:推介|洽谈|座谈)大?会")
_SIGNED_AFTER = re.compile(r"的?(?:集中|现场)?签约")


def _clause_before(sentence: str, end: int) -> str:
    """The clause before the last one of sentence[:end]."""
    clauses = _split_top(sentence[:end], "，,；;")
    return clauses[-2] if len(clauses) > 1 else ""


def _visited_first(before: str) -> bool:
    """Does the list's first firm stand in the comma clause before it, after a visit
    (调研查看A公司，B公司、C公司等10家企业), or does the list go on from a visited group
    (先后参观了A、B、C3个项目，D、E2个项目)?"""
    clauses = _split_top(before, "，,")
    return len(clauses) >= 2 and (
        bool(_VISITED_FIRM.search(clauses[-2]))
        or any(_VISITED_GROUP.search(c) for c in clauses[:-1])
    )


_VISITED_FIRM = re.compile(rf"(?:{_PHYSICAL_VISIT.pattern})了?[^，,、]{{4,30}}(?:公司|集团|厂)$")
_VISITED_GROUP = re.compile(
    rf"(?:{_PHYSICAL_VISIT.pattern})了?[^，,]*、[^，,]*?{_COUNT}[个家](?:项目|企业)$"
)


def _listed_after_industries(before: str) -> bool:
    """Does the list's clause (the end of `before`) open on a lead (包括) right after a
    clause that names the batch's focus industries (签约项目聚焦三大主导产业，包括A、B)?"""
    told = [c for c in _split_top(before, "，,；;") if c.strip()]
    return (
        len(told) >= 2
        and _INDUSTRIES_NAMED.search(told[-2].strip()) is not None
        and _strip_lead(told[-1])[1]
    )


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
    # 昭通矿产资源丰富，绿色硅铝等大项目落户: what a place is like, a clause of its own
    r"|(?:丰富|明显|巨大|独特|优越|良好|突出|显著|雄厚|广阔)$"
)


_TIME_WORD = re.compile(
    r"^(?:当天|今天|今日|昨天|日前|近日|目前|同时|其中|此外|随后|会上|现场|据悉|据了解|上午|下午"
    r"|本年|今年|全年|同日|当日|次日|(?:\d{1,2}月)?\d{1,2}日)|(?:上午|下午|晚上|季度|月份|以来)$"
    # 某区推进9个项目签约落地 / 某镇有25个项目集中签约: the clause before the count is a
    # sentence's subject and verb; 在某产业园，: where it happened.
    r"|(?:推进|实现|完成|促成|新增|引进|有)$|^在"
)


# 等8大类产业项目: a count of categories.
_CLASSES = re.compile(rf"{_COUNT}大?类")
# 新引进A、B等上下游企业: firms brought in, named (see _closer_list: only after 引进).
_CLOSER_FIRMS = re.compile(
    # (引进了A、B等一批头部和重要机构: banks and funds brought in, like firms)
    r"(?<![高平初对均相同])(?<![^高]中)等(?:一批|多家)?[^，,。；;、\d等的]{0,10}?(?:企业|机构)"
    r"(?!家|代表|负责|主|法人)(?=[，,。；;]|$)"
)


# (园区先后入驻A、B等多家龙头企业, 招引A、B等企业: firms moved in or drawn in, likewise)
_INTRODUCING = (
    *("引进", "引进了", "新引进", "先后引进", "成功引进", "引入", "先后引入", "成功引入"),
    *("入驻", "入驻了", "新入驻", "先后入驻", "招引", "先后招引", "成功招引"),
)


_RANKS = re.compile(r"\d+强|百强|独角兽|瞪羚|小巨人|龙头|头部|领军")
# What firms do, not who they are (服装加工, 制药, 农业机械制造).
_TRADE = re.compile(r"(?:加工|制造|制药|生产|种植|养殖|回收|再生)$")


def _mostly(pieces: list[str], shapes: tuple[re.Pattern[str], ...]) -> bool:
    """Do half or more of the pieces have one of the shapes?"""
    return any(sum(bool(shape.search(p)) for p in pieces) * 2 >= len(pieces) for shape in shapes)


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


# 涉及A、B等13个项目: a run after 涉及 says what the projects are about.
_INVOLVING = re.compile(r"(?:涉及|涵盖)了?[^、，,]{2,8}、")


# 在A、B等项目现场，…: the sites someone is at, and what the next clause says happens there.
_AT_SITES = re.compile(r"(?:建设|施工)?现场[，,](?P<next>[^，,。；;]*)")


# What a list's visitors do there: 等项目进行实地调研 / 等企业参观考察.
_VISITED_AFTER = re.compile(
    r"[^，,。；;]{0,8}?(?:调研|考察|参观|视察|观摩|检查|督导|察看|走访)"
    # 加大与A、B等项目的沟通洽谈 / 就A、B等项目进行洽谈: still in talks
    r"|(?:进行|开展)?的?(?:沟通|对接)?(?:洽谈|磋商)"
    # 等一批项目正在洽谈之中 / 正在抓紧洽谈
    r"|(?:正在|仍在|还在)(?:积极|抓紧|加紧|深入)?(?:洽谈|对接|磋商|接洽)"
    # 与A、B等3家企业进行交流推介 / 对A、B等项目进行了重点推介: met or pitched, no deal
    r"|(?:进行|开展)了?(?:重点|集中|专题)?(?:交流|推介|座谈)"
)


_TALKS_ON = re.compile(r"等(?:企业|公司|单位)?就[^，,。；;]{2,20}?(?:进行)?(?:对接|洽谈|磋商)")


def _builds_parts(text: str) -> bool:
    """Does the list's clause (the end of `text`) say what one project builds or holds:
    the sentence opens with the project (该基地计划占地1100亩，建设A、B / 包括A、B), or the
    clause follows one named project and its amount (签约X项目，拟投资60亿元，建设A、B)?"""
    clauses = [c for c in _split_top(text, "，,；;") if c.strip()]
    if len(clauses) < 2:
        return False
    if _ONE_PROJECT.match(clauses[0].strip()) and _BUILDS_LEAD.match(clauses[-1].strip()):
        return True
    opening = _last_clause(text)
    return opening.lstrip().startswith(("建设", "新建")) and _parts_after_amount(
        text[: len(text) - len(opening)]
    )


_ONE_PROJECT = re.compile(r"^(?:其中)?(?:该|此|这个|这一)(?:项目|基地|园区|产业园|工程|中心)")
_BUILDS_LEAD = re.compile(r"^(?:主要|计划|拟|将|规划)?(?:建设|新建|包括|包含|涵盖|建成)")


# 等大项目进展顺利 (not X项目建设现场, the site where the article stands)
_PROCESS_AFTER = re.compile(
    r"(?:正在?)?的?(?:顺利|加快|全面|持续|有序|稳步)?(?:推进|实施|建设)(?!项目|完成|完工|现场|工地|地)|进展"
    r"|(?:已|已经)?(?:完成|通过|获批)?立项"  # 等新建项目已完成立项: approved, not started
    r"|[^，,。；;]{0,12}?(?:获批|获得批复|获批复)"  # A、B项目初步设计及概算均于日前获批复
    rf"|[^，,。；;]{{0,6}}?(?:{_PART_DONE.pattern})"  # 等工程现已完工80—90%: under way
)


_MODAL_AFTER = re.compile(r"(?:都|均|也)?(?:要|需要|需|应|必须|务必|力争|确保|争取)")


# (not 按照…方案要求, what is done by a plan)
_SPEECH = re.compile(rf"(?<!方案)(?<!工作)(?<!部署)(?<!目标)要求|强调|{_WISH}|号召")


_CEREMONY_BEFORE = re.compile(r"(?<=..)(?:仪式|活动)(?:[、和]|以及)")


# A list closed before ours in the same clause: 等市领导和 / 等单位以及.
# (胡某、朱某等领导共同见证A、B等31个项目签约: the witnesses, then the projects)
_PRIOR_LIST = re.compile(
    r"^.*(?<![高平初对均相同])(?<![^高]中)等"
    r"(?:[^、，,等]{1,8}?(?:和|及|以及|与)|[^、，,等]{0,4}(?:领导|嘉宾)[^、，,等]{0,4}?见证了?)"
)


# What happened after a closer one project after another (推动A、B等项目纷纷落地开工).
_DONE_ONE_BY_ONE = re.compile(rf"[^，,。；;]{{0,8}}?(?:纷纷|相继|先后|陆续)(?:{_EVENTS})")
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
    # (A、B、C共6个项目集中签约: the run counted whole)
    rf"等?(?:共|共计|合计|总计)?(?:一批|多个|一系列|(?:近|约|超|逾)?{_COUNT}(?:多|余)?(?:个|项(?!目)|家|户|大(?=项目)|(?=项目))"
    r"|(?:百余|百多|上百|近百|数十|几十|数百)(?:个|项(?!目)|家))?"  # 等在内的百余项重大项目
    # 等8个总投资127亿元项目 / 等48个投资过千万的重点项目
    r"(?:(?:计划|协议)?总?投资(?:约|超|达|过)?(?:[\d.]+[万亿]*元|[十百千万亿]{1,3}元?)(?:以上)?的?)?"
    r"(?:\d[\d.]*(?:[-~至]\d[\d.]*)?[万亿]*元(?:及?以上|以下)?)?"  # 等1-5亿元项目4个
    # (等一批基础性和节点性项目: qualities, as long as they run)
    rf"(?:[^，,。；;、\d等的]{{0,5}}?|(?:[\u4e00-\u9fff]{{1,4}}性[和及]?)+)"
    rf"(?:{_KIND}|(?:单位|机构)(?=与))"  # (等6家单位与某区签约)
    rf"(?:的项目|(?:共|计)?{_COUNT}(?:个|项|家))?"  # 等项目29个, 等框架协议10个
    + _GOOD_ONES  # 等一批大企业、大项目
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
    # (等11个前沿产业与现代服务业重点外资项目签约: a long kind of counted projects too)
    bare = _BARE_CLOSER.match(sentence, match.start()) or _COUNTED_KIND.match(
        sentence, match.start()
    )
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


# (a kind of fields before its rank: not 等5个特色农业产业项目, fields' projects)
_COUNTED_KIND = re.compile(
    rf"等(?:近|约|超|逾)?{_COUNT}(?:多|余)?(?:个|项(?!目))[^，,。；;、\d等的有]{{2,12}}?"
    r"(?:重点|重大|外资|招商引资)[^，,。；;、\d等的]{0,4}项目"
)


_WORK_KIND = re.compile(r"(?:改造|提升|融合|建设|一体化|减灾|保障|整治|治理|升级)$")


_TOTAL_AFTER_COUNT = re.compile(r"[，,]?(?:合计|共计|共)?(?:总投资|投资总额)")


def _pair_before_closer(
    sentence: str, clause: str, match: re.Match[str], regex: re.Pattern[str]
) -> _List | None:
    """A和B两个项目同时开工 / 现场签约的A和B两大项目: two names joined by 和, counted 2,
    with their event after or before them; also two names of a larger batch (A项目和B项目
    等20个项目入园签约), each with a name's ending."""
    if "n" not in regex.groupindex or match.group("n") is None:
        return None
    open_ended = _number(match.group("n")) != 2
    if open_ended and not match.group().startswith("等"):
        return None
    lead = _LIST_VERB.match(clause)  # (现场签约的: no 、 for _strip_lead to go by)
    rest = clause[lead.end() :] if lead else clause
    led = _event_of(lead.group()) if lead else ""
    if not (_strong_closer(sentence, match) or led) or _HORTATIVE.search(clause):
        return None
    for joiner in ("以及", "和", "及", "与"):
        left, sep, right = _partition_top(rest, joiner)
        if not sep:
            continue
        names = [_clean_name(left), _clean_name(right)]
        # (“致美斋酱油”和“中国华电能源”等20个项目: their quotes make them names)
        quoted = _QUOTED_PAIR.match(rest.strip()) is not None
        if open_ended and not quoted and not all(_NAME_SUFFIX.search(n) for n in names):
            return None
        if all(_is_name(n) and not _PROSE.search(n) for n in names):
            after = _EVENT_AFTER.match(sentence, match.end())
            event = _event_of(after.group()) if after else led
            return _List(
                tuple(_Item(n, event) for n in names),
                _number(match.group("n")),
                open_ended,
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
    verbs = list(re.finditer(rf"(?:{_EVENTS})(?:建设)?(?:了)?", clause))  # (开工建设X等13个)
    verb = verbs[-1] if verbs else None
    rest = clause[verb.end() :] if verb else re.sub(r"^(?:其中|此外|另有|还有)", "", clause)
    rest = re.sub(r"^.*?(?:举行|举办)了?", "", rest)  # 某县举行2019年二季度X等28个…
    rest = re.sub(r"^(?:促成|助推|推动|带动|实现|完成|引进了?)", "", rest)  # 促成X等30个项目签约
    rest = _WHERE_THEY_ARE.sub("", rest)  # 入驻某园二区的有X等4个项目: where, then X
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


_JOINED_RUN = re.compile(r"以及|和|及")
_WHERE_THEY_ARE = re.compile(rf"^[^、，,]{{2,24}}?的{_HAS}")
_EACH_COUNTED = re.compile(r"等[^，,。；;、]{0,12}?各[\d一二三四五六七八九十百千]")
_CONTINUING = re.compile(r"^(?:也有|还有|又有|另有|以及)")


_PAIR_OPENER = re.compile(r"^既有")


_CONTINUING_LATER = re.compile(r"[，,；;](?:也有|还有|又有|更有)")


_LED_SINGLE = re.compile(
    r"^[^，,、]{0,8}?(?:先后|成功|又|还|新)?(?:引进|签约|开工建设|开工)了?(?P<name>[^，,、]{4,40})$"
)


_KIND_AFTER = re.compile(r"(?:计划|协议)?总投资[^，,。；;]{1,12}?的项目")
