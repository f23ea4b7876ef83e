"""List items and project names: splitting a list clause into items, cleaning a name of what is
not its name (modifiers, amounts, leads), telling a name from a non-name, and a project's key."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsx.analysis.amounts import Amount, find_amounts
from newsx.analysis.projects.text import _number, _partition_top, _split_top
from newsx.analysis.projects.vocabulary import (
    _ADVERBS,
    _AGREEMENT,
    _AGREEMENT_TAIL,
    _CLASS_LABEL,
    _CLOSE_BRACKETS,
    _COUNT,
    _COUNTED_SUBJECT,
    _DESCRIPTOR,
    _DESCRIPTOR_CUE,
    _EVENT,
    _EVENTS,
    _FIELD_WORD,
    _FIELDS,
    _GENERIC,
    _HAS,
    _KINDS_JOINED,
    _LEADING,
    _MARKER,
    _MEETING_LABEL,
    _MODIFIER_VERB,
    _NAME_SUFFIX,
    _NOT_BATCH_COUNT,
    _NOT_NAME,
    _OPEN_BRACKETS,
    _PARK_LABEL,
    _PLACE_END,
    _PROVINCES,
    _QUOTES,
    _REGIONS,
    _WISH,
)


def _named_before(key: str, seen: set[str]) -> bool:
    """Is `key` a project already found, its long form or its short form? A later mention
    often adds the company and the capacity: 佳马胶合板项目 -> 佳马木业有限公司年产18万立方米
    胶合板项目 (the short name's characters in order, same beginning, same end), or drops
    what comes first (the place, the company)."""
    if key in seen:
        return True
    bare = _PHASE_END.sub("", key)
    if bare in seen or any(_PHASE_END.sub("", old) == key for old in seen):
        return True  # X项目一期 and X项目: the same project
    if bare != key and _named_before(bare, seen):
        return True  # X项目二期项目 after 某公司X项目: a phase of one found
    # (the key without a place before it: 东乡县|达板冷链物流园)
    cores = [key] + [key[at:] for at in range(2, 8) if key[at - 1 : at] in "省市县区镇乡州旗"]
    return any(
        (len(old) >= 4 and key[:2] == old[:2] and key[-2:] == old[-2:] and _in_order(old, key))
        # or its short form without the place: 灵川县八里街学校 -> 八里街学校
        or (
            len(key) >= 5
            and old.endswith(key)
            and _PLACE_PREFIX.match(old[: len(old) - len(key)]) is not None
        )
        # or without its province and firm before: 辽宁华电大连太平湾供热 -> 太平湾供热
        or (len(key) >= 5 and old.endswith(key) and _PROVINCE_FIRST.match(old[: -len(key)]))
        # or with its province before: 桂东县工业园 -> 湖南桂东县工业园
        or (len(old) >= 5 and key.endswith(old) and _PROVINCE.match(key[: len(key) - len(old)]))
        # or without its year: 2017年度安置点 -> 安置点
        or (len(key) >= 5 and old.endswith(key) and _YEAR.match(old[: len(old) - len(key)]))
        # or shortened, without its place: 祁东县科多供电母线及管道生产线 -> 科多供电生产线
        or _shortened(key, old)
        # or without its company and its capacity: 洱源锦泰矿业溪灯坪金矿14万吨/年采选工程 ->
        # 溪灯坪金矿采选工程
        or _inner_form(key, old)
        # or with its company before: 年产300万只皮带轮 -> 精锐恒丰年产300万只皮带轮,
        # or without it: 国药中联五峰中药全产业链 -> 五峰中药全产业链
        or (
            len(old) >= 8
            and key.endswith(old)
            and not _PLACE_PREFIX.match(key[: len(key) - len(old)])
        )
        or (len(key) >= 6 and old.endswith(key) and len(old) > len(key))
        # (北京康居科技有限公司粮食仓储物流项目 -> 粮食仓储物流项目: the company dropped)
        or (len(key) >= 4 and old.endswith(key) and _COMPANY_END.search(old[: -len(key)]))
        # or by its firm's short name alone: 辛格顿新材料研发与制造基地 -> 辛格顿
        or (len(key) >= 3 and old.startswith(key) and len(old) >= len(key) + 3)
        # or without what it builds: 某锂电新能源材料基地项目 -> 某锂电新能源材料项目
        or (len(key) >= 8 and old.startswith(key) and old[len(key) :] in _FACILITY_WORDS)
        # or with it: 顺丰四川分拨中心 -> 顺丰四川分拨中心产业园项目
        or (len(old) >= 6 and key.startswith(old) and key[len(old) :] in _FACILITY_WORDS)
        # or without what is done with it: 达板冷链物流园投资运营项目 -> (东乡县)达板冷链物流园
        or any(len(k) >= 5 and old.startswith(k) and old[len(k) :] in _WORK_WORDS for k in cores)
        # or without its capacity: 200MW/400MWh储能电站 -> 储能电站项目
        or (len(key) >= 4 and old.endswith(key) and _CAPACITY.fullmatch(old[: -len(key)]))
        # or with it, in words: 梅县抽水蓄能电站 -> 装机容量180万千瓦抽水蓄能电站
        or (len(rest := _WORDED_CAPACITY.sub("", key)) >= 4 and rest != key and old.endswith(rest))
        # or with or without 年产 before its output: 某某年产500万吨焦化 -> 某某500万吨焦化
        or ("年产" in old + key and old.replace("年产", "") == key.replace("年产", ""))
        for old in seen
    )


_FACILITY_WORDS = frozenset({"基地", "产业园", "园区", "产业基地", "生产基地"})
_WORK_WORDS = frozenset({"投资运营", "建设运营", "开发建设", "投资建设", "运营"})
# A capacity in the units' letters (keys are NFKC lower case: 200mw/400mwh).
_CAPACITY = re.compile(r"[\d.]+[a-z]+(?:/[\d.]+[a-z]+)?")
_COMPANY_END = re.compile(r"(?:公司|集团)$")
_WORDED_CAPACITY = re.compile(r"^(?:装机容量|装机|总装机)?[\d.]+[万千]?(?:千瓦|兆瓦|瓦)")


def _inner_form(key: str, old: str) -> bool:
    at = old.find(key[:2]) if len(key) >= 6 else -1
    return at > 0 and key[-2:] == old[-2:] and _in_order(key, old[at:])


def _shortened(key: str, old: str) -> bool:
    place = _LEADING_PLACE.match(old)
    if place is None or len(key) < 5:
        return False
    rest = old[place.end() :]
    return key[:2] == rest[:2] and key[-2:] == rest[-2:] and _in_order(key, rest)


_LEADING_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|镇|乡|州|旗)(?=.{5})")


_YEAR = re.compile(r"^\d{4}年度?$")
_PHASE_END = re.compile(r"(?:项目)?[一二三四五六七八九十\d]期(?:工程|项目)?$")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|镇|乡|州|旗)$")
_PROVINCE = re.compile(rf"^(?:{'|'.join((*_PROVINCES, *_REGIONS))})(?:省|市|自治区)?$")
_PROVINCE_FIRST = re.compile(rf"^(?:{'|'.join(_PROVINCES)})省?[\u4e00-\u9fff]{{2,8}}$")
# A province and its city written without their levels (四川宜宾五粮液…项目).
_PROVINCE_CITY = re.compile(rf"^(?:{'|'.join(_PROVINCES)})省?[\u4e00-\u9fff]{{2}}市?$")


def _in_order(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)


def project_key(name: str) -> str:
    """A project's name normalised for matching: NFKC, no quotes or spaces, no 项目 or 建设 suffix,
    no bracketed note (X公路(A村至B村)改建工程 is X公路改建工程) unless it is a phase,
    section, batch or plot (X(二期)项目 and X项目(C02地块) are other projects than X项目)."""
    key = unicodedata.normalize("NFKC", name)
    key = re.sub(r"[\s“”\"'‘’「」《》]", "", key).lower()
    key = re.sub(r"\((?![^)]*(?:[期段号批]|地块|[a-z]-?\d))[^)]*\)", "", key) or key
    return re.sub(r"(?:建设)?项目$|建设$", "", key) or key  # (X建设 is X建设项目)


@dataclass(frozen=True)
class _Item:
    name: str
    event: str
    amount: Amount | None = None


@dataclass(frozen=True)
class _List:
    items: tuple[_Item, ...]
    count: int | None  # the count written with the list (等20个, 4大项目, 项目5个)
    open_ended: bool  # ends in 等 with no count, or 其中包括: more exist than are named
    sentence: str  # the sentence that holds the list (or its opener)
    start: int = 0  # where its opener (or closer) is in the sentence: the first one wins
    end: int = -1  # where a closer list ends (another may follow); -1: at the sentence end


def _sentences(paragraphs: Sequence[str]) -> list[str]:
    return [p for para in paragraphs for p in _split_top(para, "。！？!?") if p.strip()]


# A modal or a call in a sentence: what follows is to happen.
_MODAL = re.compile(
    rf"(?<![主重纲需只])要(?![素点闻件])|务必|必须|确保|力争|力促|争取|强调|{_WISH}|号召"
)
# Visiting in person: what is visited is not a list of projects, whatever its closer.
_PHYSICAL_VISIT = re.compile(
    r"考察|参观|调研|走访|拜访|察看|查看|视察|观摩|检查|来到|前往|走进|深入|实地|莅临|督导|督查|慰问|看望"
)


# What opens a list's clause and is not part of its first name: the event (现场集中签约了,
# 此次开工的), or the other party of a signing (桐江区与, 已与).
_LIST_VERB = re.compile(
    rf"^(?:[^、，,]{{0,20}}?(?:此次|本次|这次|今年|当天|现场|共|先后|还|已)?{_ADVERBS}*"
    rf"(?:{_EVENTS}|签订|签署)(?:了|的)?|[^、，,与]{{1,20}}?(?:分别)?与"
    r"|[^、，,]{0,12}?(?:举行(?!的)|举办(?!的)|主要包括|包括|包含|主要有|共有|计有|已经有|已有|涉及|涵盖)了?"
    rf"|{_HAS}"  # …等方面，有A、B等36个 (not 有色金属产业园, 有机肥厂)
    # Verbs no name holds (实现A、B签约 / 听取了A、B的介绍 / 列入计划的有A、B) ...
    r"|[^、，,]{0,12}?(?:实现|完成|达成|促成|助推|推动|引导|带动|撬动|挑选|精选|遴选|听取|询问|介绍|对接|设立|选取|选定|确定|明确|紧盯|盯紧)了?(?:我[县市区])?"
    rf"|[^、，,]{{0,20}}?的{_HAS}"  # 园区二区的有A、B: where they are
    # (…；抓好A、B等新建大项目 / 重点加快A、B等项目建设进度: a plan's clause opening on its verb)
    r"|(?:抓好|(?:重点|全力|大力|着力|积极|继续|持续)加快)(?=[^、，,]{4})"
    # 某市纳入省级考核的A、B / 全区省定重点管理的A、B: which list
    r"|[^、，,]{0,20}?(?:纳入|列入|属于?|[省市县区]定)[^、，,的]{1,12}的"
    r"|全[省市县区](?=[\u4e00-\u9fff]{4})"  # 全区技师学院新校区、B: the whole district's
    # 会上还为A、B等17个项目举行了签约仪式 / 随着A、B等项目的引进: for what, with what
    r"|[^、，,]{0,12}?(?:还|也|又|同时|集中)为|随[着著]"
    r"|[^、，,]{0,12}?(?:将|拟|计划|重点|主要)对"  # 某公司将对A、B等项目进行投资: for whom
    # ... and verbs a name may hold (X建设项目), so only first in the clause or after
    # an adverb: 实施A、B等3个项目 / 正在加快建设A、B.
    r"|(?:[^、，,]{0,12}?(?:正在|加快|加紧|全力|大力|着力|重点|积极|继续|持续|稳步|扎实|有序|全面|高标准|高质量"
    r"|共|还|已|先后|负责|将|确定|决定|安排))?"  # (今年确定实施A、B等百个重点项目)
    r"(?:实施|开发建设|启动建设|建设|推进|促进|新建|引进|招引|建成投用|建成投产|建成|在建)了?"
    # 太平洋集团拟投资35亿元建设A、B及C3个项目: the investor and its money, then the list
    r"|[^、，,]{2,20}?(?:公司|集团)(?:拟|计划|将)?(?:总)?投资[\d.]+[万亿]*元(?:建设|新建|打造|实施)"
    # 在X合作中建设A、B: where they are built; 在X专题周签约活动上成功签约A、B: where signed.
    r"|在[^、，,]{1,30}?[中内上里](?:投资)?(?:建设|实施|新建|打造)了?"
    # (…举行的“2012某项目合作恳谈会”上又成功签约A、B: the meeting's name in quotes)
    rf"|在?[^、，,]{{2,40}}?(?:活动|仪式|大会|会)[”\"]?上[又还也]?{_ADVERBS}*(?:签约|签订|签署)了?"
    # 某县还在A、B开工现场设置分会场: where something is done (not 在建, 在谈).
    r"|(?:[^、，,]{0,8}?(?:还|也|同时|分别|并|[县市区镇乡]))?在(?!建|谈|线))"
)


def _strip_lead(clause: str) -> tuple[str, bool]:
    """The clause from its list on, and whether a lead was cut (开工项目涉及A、B -> A、B)."""
    cut = False
    hosts = _HOSTS_LEAD.match(clause)  # A产业园、B产业园与C、D签约: the hosts, then the firms
    if hosts is not None and "、" in clause[hosts.end() :]:
        clause, cut = clause[hosts.end() :], True
    events = _EVENTS_LEAD.match(clause)  # 当天集中签约、动工、投产的A、B: the events, then the list
    if events is not None:
        clause, cut = clause[events.end() :], True
    named = False  # a lead ending in 的 was cut: a name begins (开工的海西拆解与再制造X)
    for _ in range(3):
        lead = _LIST_VERB.match(clause)
        if lead is None or not 0 < lead.end() < clause.find("、"):
            break
        first = _clean_name(_split_top(clause[lead.end() :], "、")[0])
        if len(first) < 2 or _GENERIC.match(first):
            break  # 相如二小建设项目: the verb was part of the name
        if lead.group().endswith("与") and (
            named or _BARE_KIND.match(first) or _WORK_BEFORE_AND.search(lead.group())
        ):
            # 资源化利用与处置项目 / 装备制造与再制造: 与 inside a name (处置项目 names
            # nothing; no party ends in 制造)
            break
        clause, cut = clause[lead.end() :], True
        named = lead.group().endswith("的")
    return clause, cut


_EVENTS_LEAD = re.compile(
    rf"^[^、，,]{{0,12}}?(?:{_EVENTS})(?:、(?:{_EVENTS}))+的(?=[^、，,]{{2}})"
)
# (有关国家级、省级园区、区县(市)分别与: levels of parks and places, a bracketed level)
_HOST = r"[^、，,与]{1,20}?(?:园|区|县|市|政府|管委会|级)(?:[(（][市县区][)）])?"
_HOSTS_LEAD = re.compile(rf"^(?:{_HOST}、)+{_HOST}(?:分别)?与")
# 投资6亿元的A和计划总投资7亿元的B: two halves, the second opening on its own amount (a list's
# last piece; a single rite's subject, 总投资15亿元的A和总投资5.1亿元的B现场签约)
_INVESTED_PAIR = re.compile(
    r"^(?P<left>.+?)(?:以及|和|及)(?P<right>(?:计划|协议)?总?投资[^和及的、]{1,14}的[^和及的、]{2,})$"
)
# Any half of four characters or more (what 以及 may join).
_FOUR_CHARS = re.compile(r"^.{4}")
# Two characters and a kind of work: no name of its own (处置项目, 配套工程).
_BARE_KIND = re.compile(r"^[\u4e00-\u9fff]{2}(?:项目|工程)$")
# What a name makes, before a 与 inside it (装备制造与再制造).
_WORK_BEFORE_AND = re.compile(r"(?:制造|加工|生产|研发|利用|开发|回收|装配)(?:分别)?与$")


def _strip_item_modifier(item: str) -> tuple[str, Amount | None]:
    """Drop an item's own modifier: 援建的A -> A; 总投资10亿元的B -> B, with its amount."""
    cut = _modifier_end(item)
    if cut < 0:
        return item, None
    return item[cut + 1 :], _chunk_amount(item[:cut])


def _modifier_end(text: str) -> int:
    """The last 的 outside brackets that closes a modifier (a verb or money before it)."""
    cut = -1
    depth = 0
    for i, ch in enumerate(text):
        depth += ch in _OPEN_BRACKETS
        depth -= ch in _CLOSE_BRACKETS and depth > 0
        # (美的 is a name: 总投资50亿元的芜湖美的厨热家电产业园项目)
        if ch == "的" and depth == 0 and i + 2 < len(text) and text[i - 1 : i + 1] != "美的":
            before = text[:i]
            if _MODIFIER_VERB.search(before) or _has_money(before):
                cut = i
    if cut < 0 and (builds := _INVESTOR_BUILDS.match(text)) is not None:
        cut = builds.end() - 1
    # 年产5万吨的炭黑生产线: a capacity before a plain kind of work is the name's own, though
    # what came before it goes (某县的年产…的X) (not 年产290万件羊绒衫的河南神艺服饰加工项目:
    # the named maker's project is the name)
    capacity = _CAPACITY_LAST.search(text, 0, cut) if cut > 0 else None
    if capacity is not None and not _MAKER.search(text[cut + 1 :]):
        return capacity.start() if capacity.group() else -1
    return cut


# (…的)年产5万吨, ending where the modifier ends; its 的 (or -1 at the start) is the cut
_CAPACITY_LAST = re.compile(r"(?:^|的)(?=年产(?![值量])[^的，,、；;。]{1,15}$)")
# A province opening a name (青海赣锋锂业有限公司, 河南神艺服饰加工项目)
_LEADING_PROVINCE = re.compile(rf"^(?:{'|'.join(_PROVINCES)})(?:省|市|自治区)?")
_MAKER = re.compile(
    rf"^[\u4e00-\u9fff]{{1,6}}?(?:省|市|县|区)|{_LEADING_PROVINCE.pattern}|公司|集团"
)


# A公司投资5亿元建设B项目, no 的: the investor and its money, then what it builds.
_INVESTOR_BUILDS = re.compile(
    r"^[^、，,；;。：:]{2,30}?(?:拟|计划|将)?总?投资(?:约|超)?[\d.]+[万亿]*(?:元|美元)"
    r"(?:建设|新建|兴建|打造|实施)(?=[^、，,；;。]{4,}$)"
)


def _split_items(part: str, event: str) -> list[_Item]:
    """The items of one list clause: A、B、C和D; A项目（总投资5亿元） keeps its amount."""
    # (“A项目”“B中心”: quoted names one after another are items too; not “五大工程”“六大产业”)
    part = _QUOTED_RUN.sub(lambda m: m[1] + "”、“" if _quoted_name(m[1]) else m.group(), part)
    pieces = _numbered_units([p for p in _split_top(part, "、") if p.strip()])
    # A、B等新材料产业领域项目以及C、D: a closed group, then the next one's first name
    pieces = [q for p in pieces for q in _group_then_next(p)]
    # 由A和B共同投资的X项目: the investors' 和 joins no items; the project is X项目
    pieces = [_BY_INVESTORS.sub("", p) for p in pieces]
    pieces = _names_before_kinds(pieces)
    # A、B、C10家: the count of the run written right after its last name (not A项目12个、
    # B项目5个: each kind counted)
    if len(pieces) >= 3 and not any(_RUN_COUNT.search(p) for p in pieces[:-1]):
        pieces[-1] = _RUN_COUNT.sub("", pieces[-1])
    if pieces:
        pieces[-1:] = _same_place_joined(pieces[-1])
        # The last item may join two: A项目和B中心 / A项目及B项目 (not 鑫合实业总部及院士工作站).
        last = pieces[-1]
        # 投资6亿元的A和投资7亿元的B: each with its own amount, two items whatever their
        # endings.
        pair = _INVESTED_PAIR.match(last)
        joiners: tuple[tuple[str, re.Pattern[str]], ...] = (
            ("以及", _FOUR_CHARS),  # (no name annotators wrote holds 以及: A食品以及B食品)
            ("和", _NAME_SUFFIX),
            ("及", _STRONG),
            ("与", _STRONG),
        )
        if pair and _strip_item_modifier(pair["left"])[1]:
            pieces[-1:] = [pair["left"], pair["right"]]
            joiners = ()
        elif firms := next((j for j in ("及", "和") if _two_firms(last, j)), None):
            # A有限责任公司及B有限公司: two firms, each named in full
            left, _, right = _partition_top(last, firms)
            pieces[-1:] = [left, right]
            joiners = ()
        elif _QUOTED_PAIR.match(last):
            # “致美斋酱油”和“中国华电能源”: two names, each in its quotes (no figure of
            # speech, however short)
            left, _, right = _partition_top(last, "和")
            pieces[-1:] = [left.strip("“”"), right.strip("“”")]
            joiners = ()
        for joiner, left_shape in joiners:
            left, sep, right = _partition_top(last, joiner)
            if not sep:
                continue
            first, second = _clean_name(left), _clean_name(right)
            # (X风电项目和50万千瓦光伏发电: after a project, any name of a project's length)
            # (以及 joins no name annotators wrote: after it, any name of a firm's length)
            named = (
                _NAME_SUFFIX.search(second)
                or (_STRONG.search(first) and _loose_project(second))
                or (joiner == "以及" and len(second) >= 4)
            )
            if (
                # (A“灯塔工厂”和B学校: a name may close on its quoted part)
                left_shape.search(first.rstrip("”"))
                # (投资5亿元建设的水库和工业供水项目: a bare kind and its works are one)
                and len(_clean_name(_strip_item_modifier(left)[0])) >= 3
                and named
                # X大道和Y路改造工程: two roads, one work that names both; X总部和研发中心
                # 项目: a facility of no one's is the rest of the name before it.
                and not (
                    (_SHARED_WORK.search(right) or _KIND_ONLY.match(second))
                    and not _STRONG.search(first)
                    # (A建设项目和B建设项目: the first is whole, the work is not shared)
                    and not first.endswith(("项目", "工程"))
                )
                # X产业园区及基础设施配套工程: the park's own works, no one else's
                and not _OWN_WORKS.match(second)
                # A公司和B管委会签署的X项目: a deal's two parties, one project (not A与B签约的
                # X项目以及A与C签约的Y项目: two deals)
                and not (_PARTIES_DEAL.search(right) and not _PARTIES_DEAL.search(left))
                # (A有限公司和B有限公司签署X项目: the same, with no 的)
                and not (_SIGNED_LEAD.match(last) and not _SIGNED_LEAD.match(left))
            ):
                pieces[-1:] = [left, right]
                break
        # A list of short firm names may join its last two with 和 (长远锂科、清源华建、
        # 威铭能源和湘电电气等项目), whatever their endings.
        if _short_names_joined(pieces) or _alike_pair_closing(pieces):
            left, _, right = _partition_top(pieces[-1], "和")
            pieces[-1:] = [left, right]
        # Any item may join two projects or two firms: A、B项目和C项目、D / A、B有限公司和
        # C有限公司、D (not 城西幼儿园和二小建设项目).
        split: list[str] = []
        for piece in pieces[:-1]:
            left, sep, right = _partition_top(piece, "和")
            first, second = (_clean_name(left), _clean_name(right)) if sep else ("", "")
            if sep and (
                any(shape.search(first) and shape.search(second) for shape in (_STRONG, _FULL_FIRM))
                # (A产业园和B创业中心、C: two named places of a list, not one's facility)
                or (
                    _NAME_SUFFIX.search(first)
                    and _NAME_SUFFIX.search(second)
                    and min(len(first), len(second)) >= 5
                    and not _STRONG.search(second)
                    # (not A研发中心和产业化基地: the first's own facility, named by its use)
                    and not _FACILITY_OF_USE.match(second)
                )
            ):
                split += [left, right]
                continue
            # A、B以及C、D: 以及 joins two runs of the list.
            left, sep, right = _partition_top(piece, "以及")
            if sep and _NAME_SUFFIX.search(_clean_name(left)) and right.strip():
                split += [left, right]
            else:
                split.append(piece)
        pieces = [*split, pieces[-1]]
    pieces = _join_parallel(pieces)
    items: list[_Item] = []
    by_fields: list[tuple[int, _Item]] = []  # names of fields and work alone, and where
    for piece in pieces:
        # A等8个物流项目、B等5个工业项目: each group named by one example.
        piece = _GROUP_TAIL.sub("", piece) or piece
        # 甲县人民政府和A公司就X项目: the parties, then the deal's object.
        parties, sep, deal = piece.rpartition("就")
        if sep and re.search(r"[和与]", parties) and _NAME_SUFFIX.search(_clean_name(deal)):
            piece = deal
        piece, amount = _strip_item_modifier(piece.strip())
        if amount is not None:
            # 总投资5000万元的3个新型农村社区扩建项目: works of one kind, named once, with
            # their amount
            piece = _COUNTED_WORKS.sub("", piece)
        piece, leading = _leading_amount(piece)
        piece, bracketed = _bracketed_amount(piece)
        piece, trailing = _trailing_amount(piece)
        amount = amount or leading or bracketed or trailing
        name = _clean_name(piece)
        if _AGREEMENT_ITEM.search(name):
            # 以及X项目合作协议、Y框架协议: a deal stands for the project it names, if any.
            name = _AGREEMENT_TAIL.sub("", _AGREEMENT_ITEM.sub("", name))
            if not _NAME_SUFFIX.search(name):
                continue
        if not name or _FIGURE.match(piece.strip()):
            continue
        # (投资1.71亿元的智慧能源制造产业项目: named by its fields, but its own amount
        # makes it one project)
        fields = _FIELD_NAMED.match(name) is not None
        if _is_name(name) or (amount is not None and fields):
            items.append(_Item(name, event, amount))
        elif fields and len(name) >= 7:
            by_fields.append((len(items), _Item(name, event, amount)))
    # (A项目、B项目、新型材料生产项目、C项目: among three named projects or more, one named
    # by its fields and its work is a project too)
    if by_fields and sum(bool(_STRONG.search(i.name)) for i in items) >= 3:
        for at, item in reversed(by_fields):
            items.insert(at, item)
    return items


def _two_firms(piece: str, joiner: str) -> bool:
    """A有限公司及B有限公司 / A集团及B有限公司: two firms, one at least named in full."""
    left, sep, right = _partition_top(piece, joiner)
    names = [_clean_name(p) for p in (left, right)] if sep else []
    return (
        bool(names)
        and any(_FULL_FIRM.search(n) for n in names)
        and all(_COMPANY_END.search(n) and len(n) >= 4 for n in names)
    )


def _same_place_joined(piece: str) -> list[str]:
    """南安市疾控中心迁建及南安市医院新院区传染病楼: names joined by 及 or 和 that each
    open on the same place are as many names (一小学教学楼及食堂及宿舍项目 stays one)."""
    parts = _AND.split(piece)
    place = _SAME_PLACE.match(parts[0])
    if len(parts) < 2 or place is None:
        return [piece]
    if all(p.startswith(place.group()) and len(p) > len(place.group()) + 2 for p in parts):
        return parts
    return [piece]


_SAME_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|镇|乡|旗)")
_AND = re.compile(r"(?<!以)及|和")


def _short_names_joined(pieces: list[str]) -> bool:
    """Are the items short names with no project's ending (firms by their brand), two
    or more of them, and the last two such names joined by 和?"""
    left, sep, right = _partition_top(pieces[-1], "和")
    right = right.split("等")[0]
    others = [_clean_name(p) for p in pieces[:-1]]
    return bool(
        sep
        and len(others) >= 2
        and all(2 <= len(n) <= 6 and not _NAME_SUFFIX.search(n) for n in others)
        and all(2 <= len(_clean_name(n)) <= 6 for n in (left, right))
        and not _NAME_SUFFIX.search(_clean_name(left))
    )


def _alike_pair_closing(pieces: list[str]) -> bool:
    """Does a list of three or more close on two items of one kind joined by 和 (节水灌溉
    设备生产、水泵生产、塑料加工和肉制品加工): the halves end alike?"""
    left, sep, right = _partition_top(pieces[-1], "和")
    left, right = _clean_name(left), _clean_name(right.split("等")[0])
    return bool(
        sep and len(pieces) >= 3 and min(len(left), len(right)) >= 4 and left[-2:] == right[-2:]
    )


# (A、B、C3个亿元以上企业入驻某园: the count, what they are and where they came, too)
_RUN_COUNT = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:共|计)?\d{1,3}(?:家|个)(?:[^、，,]{0,8}?企业(?:入驻|落户)[^、，,]{0,12})?$"
)
_QUOTED_RUN = re.compile(r"(?<=“)([^“”]{2,40})”“")
_BY_INVESTORS = re.compile(
    r"^\s*由[^、，,]{2,40}?[和与及][^、，,]{2,40}?(?:共同|合资|联合)?(?:投资|建设|兴建|打造|开发)+的(?=.{4})"
)


def _quoted_name(text: str) -> bool:
    """Is a quoted run's item a name (“X项目”), not a class (“五大工程”)?"""
    return bool(_NAME_SUFFIX.search(text)) and not re.match(r"[\d一二三四五六七八九十百]+大", text)


_FIELD_NAMED = re.compile(rf"^(?:{_FIELDS}){{2,}}(?:产业)?项目$")


def _numbered_units(pieces: list[str]) -> list[str]:
    """A、 between two numbers of one name joins them: 陆丰核电5、6号机组 is one item, and
    so are 石门澳作业区1号、2号泊位工程 (1^#、13^#泊位 where a page wrote # raised) and
    电容屏2.5D、3D玻璃盖板生产项目 (two specs of one product), and 六和商业广场二、三期
    (two phases of one work)."""
    out: list[str] = []
    for piece in pieces:
        if out and (
            (_NUMBER_END.search(out[-1]) and _UNIT_NUMBER.match(piece))
            or (_SPEC_END.search(out[-1]) and _SPEC_START.match(piece))
            or (_NUMERAL_END.search(out[-1]) and _PHASES_HEAD.match(piece))
        ):
            out[-1] += "、" + piece
        else:
            out.append(piece)
    return out


def _names_before_kinds(pieces: list[str]) -> list[str]:
    """A、B等对外交通、轨道交通、市政设施等项目: the names closed by 等, then the kinds they
    are of; the kinds are no items."""
    for n, piece in enumerate(pieces[:-1]):
        closed = _CLOSED_ON_KIND.search(piece)
        if closed and all(len(k) <= 6 and not _NAME_SUFFIX.search(k) for k in pieces[n + 1 :]):
            return [*pieces[:n], piece[: closed.start()]]
    return pieces


_CLOSED_ON_KIND = re.compile(r"(?<=..)等[\u4e00-\u9fff]{2,6}$")


def _group_then_next(piece: str) -> list[str]:
    """A piece that closes one group and opens the next (B等新材料产业领域项目以及C): two."""
    match = _GROUP_THEN_NEXT.search(piece)
    return [piece[: match.start("and")], piece[match.end() :]] if match else [piece]


# A group of names closed by its field: A、B等新材料产业领域项目.
_FIELD_GROUP = r"等[\u4e00-\u9fff]{2,12}?(?:领域|行业)的?(?:项目|工程)"
_GROUP_THEN_NEXT = re.compile(rf"(?<=..){_FIELD_GROUP}(?P<and>以及)")
_UNIT_NUMBER = re.compile(r"^\d{1,2}\^?[号#](?:机组|线|楼|地块|泊位|炉)")
_NUMBER_END = re.compile(r"\d(?:\^?[号#])?$")
_SPEC_END = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?[A-Za-z]{1,2}$")
_SPEC_START = re.compile(r"^\d+(?:\.\d+)?[A-Za-z]{1,2}(?![A-Za-z])")
_NUMERAL_END = re.compile(r"(?<=[^\d一二三四五六七八九十])[一二三四五六七八九十\d]$")
_PHASES_HEAD = re.compile(r"^[一二三四五六七八九十\d]{1,2}期")


def _loose_project(name: str) -> bool:
    """A name with no name's ending that can still be a project beside one (50万千瓦光伏
    发电), not what belongs to it (配套设施, 相关配套)."""
    return len(name) >= 6 and _is_name(name) and not _BELONGS.match(name)


_BELONGS = re.compile(r"配套|相关|其他|其它|附属|周边|基础设施|[一二三四五六七八九十]期")
_FULL_FIRM = re.compile(r"(?:有限公司|有限责任公司|股份公司)$")
# A short word in quotes, nothing after it (也有追加投资的“老朋友”): a figure of speech.
_FIGURE = re.compile(r"^[“\"‘][^”\"’]{1,4}[”\"’]$")


_AGREEMENT_ITEM = re.compile(rf"{_AGREEMENT}(?:[(（][^()（）]*[)）])?$")


_GROUP_TAIL = re.compile(
    rf"(?:(?<=[^、，,])(?<![高平初对均相同])(?<![^高]中)等(?P<n>{_COUNT})(?:多|余)?(?:个|项|家|座|条|所)"
    # A1个农业产业项目: a group of one, named in full.
    r"|(?<=[\u4e00-\u9fff])(?<![第一二三四五六七八九十])1个)[^、，,等]{0,12}?"
    r"(?:项目|企业|工程|水库|电站|学校|医院|公路|道路)$"  # (A、B等6座小型水库)
)


def _group_counts(run: str) -> int:
    """How many projects the groups of a run count (A1个农业项目、B等3个工业项目 → 4)."""
    total = 0
    for piece in _split_top(run, "、"):
        match = _GROUP_TAIL.search(piece)
        if match:
            total += _number(match.group("n")) if match.group("n") else 1
    return total


# A facility named only by its field (研发中心项目, 生产基地项目): whose, the name before says.
_KIND_ONLY = re.compile(
    rf"^(?:{_FIELDS})+(?:中心|总部|基地|园区|工厂|厂房|车间|仓库|实验室|研究院)(?:项目|工程)$"
)
_OWN_WORKS = re.compile(
    r"^(?:基础设施|配套设施|附属设施|公共设施)?(?:及)?(?:配套|附属)?(?:工程|设施)$"
)
_SHARED_WORK = re.compile(
    r"(?:建设|改造|提升|扩建|改扩建|新建|整治|修缮|提标改造|延伸|延长|拓宽)(?:工程|项目)$"
)


def _join_parallel(pieces: list[str]) -> list[str]:
    """A公司投资2亿元的A项目、B公司投资1.5亿元的光栅板、远程探照灯项目: when items carry
    their investor and amount, a bare piece after one whose name has no project shape
    is the rest of that name (光栅板、远程探照灯项目), not an item of its own."""
    pieces = _join_related(pieces)
    invested = [_invested(p) for p in pieces]
    if sum(invested) < 2:
        return pieces
    out: list[str] = []
    for n, piece in enumerate(pieces):
        if (
            n
            and invested[n - 1]
            and not invested[n]
            and _NAME_SUFFIX.search(_clean_name(piece))
            and not _NAME_SUFFIX.search(_clean_name(_strip_item_modifier(out[-1])[0]))
        ):
            out[-1] += "、" + piece
            invested[n] = True  # the joined piece
        else:
            out.append(piece)
    return out


def _join_related(pieces: list[str]) -> list[str]:
    """A公司分布式光伏电站、太阳能组件及相关配套项目: a piece that ends in what goes with
    the one before (及相关配套项目) is the rest of that item's name."""
    out: list[str] = []
    for piece in pieces:
        if (
            out
            and _RELATED.search(piece)
            and not _STRONG.search(_clean_name(out[-1]))
            # (not B广场及配套项目: what it goes with is named in it; nor B集团X生产及配套项目:
            # a firm of its own)
            and not _NAME_SUFFIX.search(_clean_name(_RELATED.sub("", piece)))
            and not _NAMES_A_FIRM.search(piece)
            and not _PLACED_HEAD.match(piece.strip())
        ):
            out[-1] += "、" + piece
        elif out and out[-1].rstrip().endswith("#") and _BERTH.match(piece.strip()):
            out[-1] += "、" + piece  # 某港区东1#、东2#、4#-6#泊位: the berths of one work
        elif (
            out
            and _OUTPUT_HEAD.match(_clean_name(out[-1]))
            and _NAME_SUFFIX.search(_clean_name(piece))
        ):
            # 年产300台新能源、光电行业用加工设备项目: the products of one output.
            out[-1] += "、" + piece
        elif out and _ORDINAL_END.search(out[-1]) and _ORDINAL_HEAD.match(piece.strip()):
            out[-1] += "、" + piece  # X迁建及第四、第五、第六幼儿园: the ordinals of one name
        elif out and _SECTION.search(out[-1]) and _SECTION.fullmatch(piece.strip()):
            out[-1] += "、" + piece  # X配套二期一标段、二标段: the sections of one work
        elif out and _AMOUNT_ONLY.match(out[-1].strip()):
            out[-1] += "、" + piece  # 总投资28.5亿元、位于某地的X项目: one modifier's 、
        elif (
            out
            and _OUTPUT_INSIDE.search(out[-1])
            # (…、1000台肺功能仪(营养代谢车): a product's bracket ends no name)
            and not _NAME_SUFFIX.search(_TRAILING_BRACKET.sub("", _clean_name(out[-1])))
            and _QUANTITY_HEAD.match(piece.strip())
            # (not 年产30万吨焦油深加工、120万吨能源储备基地: a facility named on its own)
            and not _OWN_FACILITY.search(_clean_name(piece))
        ):
            out[-1] += "、" + piece  # A公司年产20万吨CPE、30万吨聚合氯化铝项目: one plant
        elif (
            out
            and _FIRM_ACTIVITY.search(out[-1])
            and not _NAME_SUFFIX.search(_clean_name(out[-1]))
            and _STRONG.search(piece)
            and len(piece) <= 10
            and not _NAMES_A_FIRM.search(piece)
        ):
            out[-1] += "、" + piece  # A有限公司供应链管理、外贸进出口项目: one firm's business
        elif (
            out
            and len(out[-1]) >= 10
            and not _NAME_SUFFIX.search(_clean_name(out[-1]))
            and _SHARED_KIND.match(piece.strip())
        ):
            out[-1] += "、" + piece  # X旧址消防、安防工程项目: two kinds of one work
        else:
            out.append(piece)
    return out


_NAMES_A_FIRM = re.compile(r"公司|集团")
# (A街区、昭山示范区B景观及配套工程: a piece with a place of its own is a name of its own)
_PLACED_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:示范区|新区|开发区|高新区|[市县区镇乡])")
_QUOTED_PAIR = re.compile(r"^“[^“”]{2,30}”和“[^“”]{2,30}”$")
_SHARED_KIND = re.compile(r"^[\u4e00-\u9fff]{2}(?:工程项目|工程|项目)$")
_FIRM_ACTIVITY = re.compile(r"(?:有限公司|有限责任公司)[\u4e00-\u9fff]{2,8}$")
# 年产300台新能源: an output whose product is cut short by a 、 (a whole one, 年产5万吨环氧
# 树脂, is a name of its own).
_FACILITY_OF_USE = re.compile(r"^(?:产业化?|研发|生产|配套|综合|物流|仓储|办公|加工)")
_UNITS = r"(?:台|套|吨|件|只|辆|片|瓶|平方米|立方米|米|条|张|块|千瓦|兆瓦)"
_OUTPUT = r"(?:年产|日产|年加工|年处理)[\d.]+[万亿千百]?"
_OUTPUT_HEAD = re.compile(rf"^{_OUTPUT}{_UNITS}?[\u4e00-\u9fff]{{1,3}}$")
_RELATED = re.compile(r"及(?:其)?(?:相关)?配套(?:设施|工程|项目)*$")
_BERTH = re.compile(r"^[东西南北]?\d+#")
_COUNTED_WORKS = re.compile(r"^[\d一二三四五六七八九十两]{1,3}个(?=[^，,、]{4,}(?:项目|工程)$)")
_ORDINAL_END = re.compile(r"第[一二三四五六七八九十\d]{1,3}$")
_ORDINAL_HEAD = re.compile(r"^第[一二三四五六七八九十\d]{1,3}")
_SECTION = re.compile(r"[一二三四五六七八九十\d]{1,2}标段$")
_AMOUNT_ONLY = re.compile(r"^(?:计划|协议)?总?投资(?:额)?(?:约|达|为|超)?[\d.]+[万亿]*元$")
_OUTPUT_INSIDE = re.compile(rf"{_OUTPUT}{_UNITS}")
_QUANTITY_HEAD = re.compile(rf"^[\d.]+[万亿千百]?{_UNITS}")
_QUANTITY_ONLY = re.compile(rf"{_QUANTITY_HEAD.pattern}$")
_OWN_FACILITY = re.compile(r"(?:基地|园|园区|厂|中心)$")


_INVESTING_WORD = re.compile(r"(?<!产业)(?<!股权)(?<!风险)(?<!创业)(?<!金融)投资")


def _invested(piece: str) -> bool:
    """Does `piece` carry an investment modifier (A公司总投资5亿元建设的X, 由A投资的X)?"""
    cut = _modifier_end(piece)
    # (投资3.29亿元X项目: the amount leads the name, no 的; 集研发、产业投资等为一体的X: a
    # kind of business, not an investment)
    return (cut >= 0 and _INVESTING_WORD.search(piece[:cut]) is not None) or (
        piece.lstrip().startswith("投资") and _leading_amount(piece.strip())[1] is not None
    )


_STRONG = re.compile(r"(?:项目|工程)$")
# A bracket ending a piece: 项目（总投资5亿元） / X工程(年产10万吨…项目).
_TRAILING_BRACKET = re.compile(r"[(（](?P<inner>[^()（）]*)[)）]$")


def _trailing_amount(piece: str) -> tuple[str, Amount | None]:
    """A项目投资5亿元 / A项目5亿元 as a list item -> (A项目, 5亿元)."""
    if not _has_money(piece):
        return piece, None
    amounts = find_amounts(piece)
    if not amounts or piece[amounts[-1].end :].strip():
        return piece, None
    head = _AMOUNT_LABEL.sub("", piece[: amounts[-1].start])
    if _has_money(head) or not _NAME_SUFFIX.search(_clean_name(head)):
        return piece, None
    return head, amounts[-1]


_AMOUNT_LABEL = re.compile(r"[，,]?(?:计划|协议)?(?:总投资|投资)?(?:额|总额)?(?:约|为|达)?$")


_LEADING_NOTE = re.compile(r"^[(（][^()（）]{1,10}[)）]")
_AMOUNT_LEAD = re.compile(r"(?:计划|协议)?总?投资(?=\d)")


def _leading_amount(piece: str) -> tuple[str, Amount | None]:
    """1.2亿元新健医养结合项目 as a list item (its amount first, no 的) -> (name, 1.2亿元)."""
    amounts = find_amounts(piece[:24])
    lead = _AMOUNT_LEAD.match(piece)
    if not amounts or amounts[0].start != (lead.end() if lead else 0):
        return piece, None
    rest = _LEADING_NOTE.sub("", piece[amounts[0].end :])  # 投资6800万元(分二期)X项目
    if not _NAME_SUFFIX.search(_clean_name(rest)) or _has_money(rest):
        return piece, None
    return rest, amounts[0]


def _bracketed_amount(piece: str) -> tuple[str, Amount | None]:
    """A项目（总投资5亿元） -> (A项目, 5亿元); A项目（聚焦无人机研发、生产） -> (A项目, None):
    a note on what it does is no part of its name."""
    match = _TRAILING_BRACKET.search(piece)
    if match:
        amounts = find_amounts(match.group("inner"))
        if amounts:
            return piece[: match.start()], amounts[0]
        inner = match.group("inner")
        # (not X基地(年产36万吨…生产线建设项目): the project's own full name)
        if (
            _BRACKET_NOTE.match(inner) and not inner.endswith(("项目", "工程"))
        ) or _SHORT_FORM.match(inner):
            return piece[: match.start()], None
    return piece, None


# What a project does, in brackets after its name (not (一期), (重庆), (一期、二期), nor a
# road's section: 东风路(建设路—银岭路)).
_SHORT_FORM = re.compile(r"以下简称|下称|简称")  # A公司（以下简称“A”）: how it is called next
_BRACKET_NOTE = re.compile(
    r"(?=.{6})(?:聚焦|涵盖|主要|主营|年产|年处理|用于|建设(?![路街道])|包括|生产|从事)"
)
# A comment on a firm or a name, in brackets after it (世界500强企业，生产汽车塑料油箱 /
# 中国排名前5 / 以上均为暂用名): a sentence or a rank, no part of the name.
_RANK = r"排名|500强|百强"
_BRACKET_COMMENT = re.compile(
    rf"{_RANK}|以上均为|暂用名|暂定名|[^，,]{{2}}[，,][^，,]{{2}}"
    # (拟供应 369 套): how many homes or beds it brings, no part of the name
    r"|^(?:拟|计划|预计)?(?:供应|提供|建设|新建|安置)\s*[\d.]+\s*(?:万|千)?(?:套|户|间|个|张)"
    # (年产BOPP薄膜33万吨): its output, no part of the name (not a full name: (年产X项目))
    r"|^(?:年产|年处理|设计产能|产能)(?![^()（）]*(?:项目|工程)$)"
    # (又名“X产业园”) / (600133): another name, a stock's code
    r"|^(?:又名|又称|(?:以)?下(?:简)?称|简称)|^\d{6}$"  # (下称中交建): its short name
    r"|^\d+(?:\.\d+)?%$"  # (91.8%): how far its work has gone
    r"|效果图|示意图|^(?:如下|见下)图"  # (如下效果图): the picture beside it
)


@lru_cache(maxsize=8192)  # (the same pieces are cleaned again by many readers)
def _clean_name(raw: str) -> str:
    """`raw` without what is not its name; cleaned again until nothing changes, as one cut
    can bare another (长春某区与万达集团签署了X项目: the place, then the signing). Quotes
    are judged once, on the name as written (2019年二季度“美丽县城” keeps them)."""
    name = _cleaned_once(raw)
    for _ in range(3):
        again = _cleaned_once(name, quotes=False)
        if again == name:
            break
        name = again
    return name


_HEADING_BEFORE_MARKER = re.compile(r"^[^\s，,。；;、：:]{2,20}[ \u3000]+(?=1\s*[、.．](?!\d))")
_DOUBLED_HEAD = re.compile(r"项目(?:[(（][^()（）]{1,12}[)）])?项目$")


def _cleaned_once(raw: str, *, quotes: bool = True) -> str:
    strip_quotes = _strip_quotes if quotes else str
    # (响水县省级示范项目 1、X项目: a heading run on before the list's first number)
    name = _MARKER.sub("", _HEADING_BEFORE_MARKER.sub("", raw.strip(), count=1), count=1)
    name = _DOUBLED_HEAD.sub("项目", name)  # X项目项目 / X项目(某公司)项目: a page's slip
    comment = _TRAILING_BRACKET.search(name) if name.endswith((")", "）")) else None
    if comment and _BRACKET_COMMENT.search(comment.group("inner")):
        name = name[: comment.start()]
    name = strip_quotes(_LEADING.sub("", name).strip(" \u3000"))
    name = _BRACKET_LEAD.sub("", name)  # 在某高新区(南区)X公司Y项目: the place's bracket
    # 仪征市刘集镇：华电光伏发电项目 (a headline's place) / 宝应县“10GW高效光伏电池…”: the
    # place the name is written after is no part of it.
    name = _FROM_REGION.sub("", _SIZE_CLASS.sub("", name))
    placed = _PLACED.match(name)
    if placed:
        name = placed.group("name") or placed.group("quoted")
    elif ":" in name or "：" in name:
        # 马鞍岛发生了几件事：X科技园 / 上海某集团：X项目: what leads up to the name (no
        # annotator wrote a colon inside one)
        name = _split_top(name, ":：")[-1]
    if name.count("）") + name.count(")") > name.count("（") + name.count("("):
        name = name.rstrip(")）")  # X循环经济A区）/ X建设项目）: a stray bracket of the page
    name = _EXAMPLE_TAIL.sub("", _OPEN_TAIL.sub("", name))
    name = _without_admin_chain(name)  # 河南省安阳市内黄县安阳天浩…有限公司X项目 -> 安阳天浩…
    name = _FRAME_END.sub("", name)  # 包括A、B在内的9个项目: the frame's end is no part of B
    if _RITE_TITLE.search(name) or _MONEY_LABEL.match(name):
        # 某开发区招商引资开门红暨项目(入园签约仪式): the rite's title; 年度计划投资:2亿元 (a
        # table's field, run into a list): what it costs; no names
        return ""
    name = _UMBRELLA.sub("", name)  # 重大项目“擂台赛”暨A、B等14个项目开工: the contest first
    name = _PERIOD_LEAD.sub("", name)  # 2019年二季度“美丽县城” -> “美丽县城”
    name = _MORE_LEAD.sub("", name)  # (此次开工的)高速公路还有X段 / 值得关注的还有X -> X
    name = _BATCH_LABEL.sub("", name)  # 黑龙江省百大项目X项目 -> X项目
    name = _VENUE_LEAD.sub("", name)  # 集中开工活动设X项目 / 还专设X -> X: where it is held
    name = _PLACE_SIGNED.sub("", name)  # 昆山开发区签约X项目 -> X项目: who signed it
    name = _DONE_LEAD.sub("", name)  # 投产达效了X / 已研发并上报了X -> X: what was done
    name = _INVESTOR_LEAD.sub("", name)  # A公司投资X项目 -> X项目: who invests
    name = _YEAR_LABEL.sub("", name)  # 2018年文化旅游重点项目武氏祠景区 -> 武氏祠景区
    if _AS_VENUE.search(name):
        return ""  # 嘉定新城作为本次活动主会场: where the event is held, no project
    name = _AS_ROLE.sub("", name)  # X产业园作为容县…的延链补链项目 -> X产业园
    name = _SITE_TAIL.sub("", name)  # X项目占地110亩 / X项目毗邻某公园 -> X项目
    name = _EVENT_TAIL.sub("", name)  # X项目落地某市投资建设Y项目 -> X项目
    name = _STATUS_TAIL.sub("", name)  # X项目2条生产线建成投产 -> X项目
    name = _PROSE_TAIL.sub("", name)  # X项目分3期建设 / X项目以…为特色 / X项目则 -> X项目
    name = _BUILDER_TAIL.sub("", name)  # 分别由A公司、B公司投资建设 -> B公司; X项目由某集团
    counted = _COUNT_TAIL.search(name)  # 包括A、B、C3项: the count closing an opened list
    if counted and counted.start() >= 8:  # (not 重大民生工程11项, a kind counted)
        name = name[: counted.start()]
    name = _COUNTED_KIND_TAIL.sub("", name)  # A路、B路、C路四条道路: the kind counted after
    name = _LENGTH_TAIL.sub("", name)
    name = _FIRMS_TAIL.sub("", name)  # 已引进A项目、B项目4家企业入驻园区: the count of firms
    name = _BUILDINGS_TAIL.sub("", name)  # X实业有限公司两幢厂房: the firm's buildings
    group = _GROUP_CLOSER.search(name)  # A工程等重大生态环保项目，B等…: each group's closer
    if group and _NAME_SUFFIX.search(name[: group.start()]):
        name = name[: group.start()]
    name = _KIND_CLOSER.sub("", name)  # A等一批高新技术企业: the closer read in
    name = _HEADED_GROUP.sub("", name)  # X项目三大数字经济产业项目 -> X项目
    name = _WORKS_AFTER.sub("", name)  # 城市会客厅项目工程 -> 城市会客厅项目
    if _THIS_ONE.search(name):  # 就“X基地建设”这一项目签订协议 -> X基地建设
        name = strip_quotes(_THIS_ONE.sub("", name))
    name = _QUOTED_KIND.sub(r"\1", name)  # “X配置中心”现代服务业项目 -> X配置中心
    signed = _SIGNED_LEAD.match(name)  # 某县政府与A公司签订X项目 -> X项目
    deal = name[signed.end() :] if signed else ""
    if signed and _NAME_SUFFIX.search(_AGREEMENT_TAIL.sub("", _AGREEMENT_ITEM.sub("", deal))):
        name = name[signed.end() :]
    paired = _PAIR_SIGNED.match(name)  # 某市政府与A公司“X”综合体项目合作签约 -> “X”综合体项目
    if paired:
        name = paired.group("name")
    name = _APPOSITION.sub("", name)  # 一个十亿级大好高项目——X项目 -> X项目
    name = _KIND_BEFORE_NAME.sub("", name)  # (首个)负极材料项目海容负极材料项目 -> 海容…
    match = _DESCRIPTOR.match(name)
    if match and _DESCRIPTOR_CUE.search(match.group("desc")):
        rest = match.group("name")
        if not re.search(r"(?:项目|工程|中心|基地)$", rest) or len(rest) > 6:
            name = rest
    return name.strip()


_PAIR_SIGNED = re.compile(
    r"^[^、“”]{2,30}?(?:政府|管委会|委员会|局)与[^、“”]{2,40}?(?:公司|集团)"
    r"(?P<name>[^、]{4,}?(?:项目|工程))(?:合作)?(?:签约|签订|签署)$"
)
_PARTIES_DEAL = re.compile(r"(?:签订|签署|签约|达成)的.{4}")
_SIGNED_LEAD = re.compile(
    r"^(?:[^、]{2,60}?[与和][^、]{2,40}?|[^、与]{2,40}?(?:公司|集团)|[^、与]{0,40}?企业)"
    r"(?:签订|签定|签署|签约|举行|进行|达成)[了的]?(?=.{4})"
)
_DONE_LEAD = re.compile(
    r"^[^、，,“”()（）]{0,8}?(?:上报|补充|达效|汇集|聚集|集聚|吸引|引进|招引|签下|签订|落户|布局|投产|建成"
    r"|开工|竣工)了(?:像|如)?(?=.{4})"
    r"|^[^、，,“”()（）]{0,12}?已(?:启动|引进|签约|落户|开工|建成|入驻)(?=.{4})"  # 园区已启动X
    r"|^(?:(?:建成|竣工|完工)并?|并)(?:投入使用|投用|投产|通车)(?=.{4})"  # 建成并投入使用X
)
# A公司投资X项目 / A公司与某市投资X项目 / A公司开发X项目: the investor before the name.
_INVESTOR_LEAD = re.compile(
    r"^[^、，,；;。：:]{2,40}?(?:公司|集团|与[^、，,与]{2,12}?)(?:合作)?(?:拟|计划|将)?"
    r"(?:投资(?:建设|兴建)?(?=[^、，,；;。\d]{4,}(?:项目|工程)$)|开发(?![区商])(?=[^、，,；;。]{4,}(?:项目|工程)$))"
)
_PLACE_SIGNED = re.compile(r"^[^、与和，,]{2,20}?(?:区|县|市|镇|乡)签约(?=.{4})")
_QUOTED_KIND = re.compile(r"^[“\"]([^”\"]{4,40})[”\"][\u4e00-\u9fff]{0,6}(?:业|化|设施|民生)项目$")
_BRACKET_LEAD = re.compile(r"^[（(][^（）()]{1,4}[)）](?=[^、]{6})")
_FRAME_END = re.compile(r"(?<=..)在内的?$")
_PLACED = re.compile(
    r"^[\u4e00-\u9fff]{1,14}?(?:省|市|县|区|镇|乡|街道)"
    r"(?:[：:](?P<name>[^：:]{4,})|“(?P<quoted>[^“”]{4,40})”)$"
)
# 如上海的A、北京的B: where a firm comes from, before 的 (not 北京的士公司, a taxi firm)
_FROM_REGION = re.compile(
    rf"^(?:{'|'.join((*_PROVINCES, *_REGIONS, '香港', '澳门'))})(?:省|市|自治区)?的(?!士)(?=..)"
)
# “百亿级”X生态城: the class of its money, a label before the name
_SIZE_CLASS = re.compile(r"^“(?:超|近)?[十百千万]+亿级”(?=[^，,、]{4})")
_RITE_TITLE = re.compile(r"暨(?:重点|重大)?项目$")
_MONEY_LABEL = re.compile(r"(?:年度|当年|本年|今年)?(?:计划)?(?:总)?投资(?:额|总额)?[:：]?$")
_UMBRELLA = re.compile(
    r"^[^、，,。]{2,40}?(?:(?:赛|大会|活动|仪式)[”\"]?|(?:重点|重大)项目)暨(?=[^、]{4})"
)
_AS_ROLE = re.compile(r"(?<=.{4})作为.*$")
_AS_VENUE = re.compile(r"作为[^，,、]{0,8}?[主分]会场")
# Where a project lies or how much land it takes, written after its name without a comma.
_SITE_TAIL = re.compile(
    # (景文高速公路(温州段)位于文成县境内: after a bracket that closes the name too)
    r"(?:(?<=..(?:项目|工程))|(?<=..[)）]))(?:总?占地|毗邻|紧邻|位于|地处|坐落|处于|规划用地|用地面积|总?建筑面积"
    r"|[东西南北]起|起于|起自).*$"  # (X改造工程西起某大道: where the road runs)
    # X项目在某工业园: where, run on without a verb
    # (奥克斯…生产基地在上街区 / X项目在开发区·铁山区光亮配套产业园)
    r"|(?<=..(?:项目|工程|基地|小镇|中心))在(?!内)[^，,、在]{2,20}(?:园|园区|开发区|新区|[县市区镇乡城])"
    # (…文旅小镇在县产业集聚区南区(亢村镇) / …小镇在武汉开发区(汉南区)智慧生态城)
    r"(?:[(（][^()（）]{1,10}[)）])?$"
)
# The works of a project (在X项目工程现场) are the project.
# (X项目主体工程: its main works; X项目项目招商: the deal's kind, 项目 written twice)
_WORKS_AFTER = re.compile(r"(?<=..项目)(?:(?:主体)?工程|(?:项目)?招商)$")
# What happened to a project, then more, written into one clause with its name.
# (广东某医药股份正式入驻某产业园: after a company's name the adverb says it)
# (X项目的签约落地: the event made a noun after the name)
_EVENT_TAIL = re.compile(
    r"(?:(?<=..(?:项目|工程))(?:成功|正式|顺利)?|(?<=....)(?:成功|正式|顺利))(?:落地|落户|入驻)(?=.{4}).*$"
    # (X项目正式签约落户雨城: signed, then where it goes)
    r"|(?<=..(?:项目|工程))(?:成功|正式|顺利)?签约(?:落地|落户|入驻)(?=.{2}).*$"
    r"|(?<=....)进驻(?=.{4}).*$"  # 远大住工进驻某高科园: a firm, then where it went
    r"|(?<=..(?:项目|工程))的(?:签约|开工|竣工|投产)(?:落地|建设|仪式)?$"
    r"|(?<=..(?:项目|工程))(?:正式|顺利|全面)?(?:开工|动工|落地)建设$"  # (A项目开工建设: its event)
    r"|(?<=..(?:项目|工程))(?:同步|同时|正式|顺利|全面)?(?:启动|开工|动工)$"  # (A项目同步启动)
    r"|(?<=..项目)(?:入园|入驻|落户|进园)$"  # (X项目入园签约仪式: the event's name)
)
# How far a project has come, written after its name in a list of them (分别是：A项目部分
# 建成投产、B项目一期生产线试产).
_STATUS_TAIL = re.compile(
    r"(?<=..(?:项目|工程))(?:部分|全面|已经?|[一二三四]期|\d+条)[^项、，,]{0,10}?"
    r"(?:建成投产|建成|投产|试产|竣工|投用)$"
    r"|(?<=..)首[板车台件批辆块][产品]?下线$"  # X产业园首板下线: its first product made
)


# A clause run on after a project's name with no comma: how it is built, what it is
# known for, how it was ranked (X项目分3期建设, X项目以沉浸式体验为特色, X项目首当其冲
# 被列为一号项目, X项目则).
_PROSE_TAIL = re.compile(
    r"(?<=..(?:项目|工程))(?:分[\d一二三四五六七八九十两]+[期批个]|以(?!及)[^、，,]{2,}|首当其冲|被列|在会上|则$"
    r"|暨企业(?:入园|入驻)$"  # X产业园项目暨企业入园签约仪式: the firms' rite joined to it
    r"|为(?=[^、，,]{4,}(?:项目|工程)$)"  # X项目为某港区Y工程项目: what else it is called
    r"|属于?(?=[^、，,]{4,}(?:项目|工程)$)).*$"  # X项目属废料综合利用项目: its class
)
_GROUP_CLOSER = re.compile(
    r"(?<=..)等(?:重大|重点|[\u4e00-\u9fff]{0,4}合作)[\u4e00-\u9fff]{0,8}?项目$"  # 等校地合作项目
)
# A closer of a kind read into a name, cut off whatever stands before it.
_KIND_CLOSER = re.compile(
    r"(?<=..)(?<![高平同中初对均相何上])等(?:一批|大型|国内|重大|特色|高端|业内|行业|知名|龙头).*"
)
# X项目三大数字经济产业项目: the group the named project heads, after its name.
_HEADED_GROUP = re.compile(r"(?<=..项目)[一二三四五六七八九十两\d]+大[^，,、]{0,8}项目$")
_COUNT_TAIL = re.compile(
    r"(?<=..[程心台地园楼馆站区])(?:\d{1,3}项|[两二三四五六七八九十\d]{1,3}个(?:园区|项目|工程|小区))$"
)
_COUNTED_KIND_TAIL = re.compile(
    r"(?<=..[路街道桥校学园院馆场站心区楼])[两二三四五六七八九十\d]{1,3}(?:条|所|座|处|个)"
    r"(?:市政)?(?:道路|路|学校|中小学|小学|中学|幼儿园|桥梁|场馆|体育场馆|小区)$"
)
# 杨柳茶叶谷旅游路10.2公里: a road's length after its name
_LENGTH_TAIL = re.compile(r"(?<=..[路线段道桥])[\d.]+(?:公里|千米|km)$")
_BUILDINGS_TAIL = re.compile(
    r"(?<=公司|集团)[两二三四五六七八九十\d]{1,3}(?:幢|栋|座)(?:标准)?(?:厂房|车间|仓库|办公楼)$"
)
_FIRMS_TAIL = re.compile(
    r"(?<=..(?:项目|工程|公司|集团))[两二三四五六七八九十\d]{1,3}家(?:企业|公司)?"
    r"(?:正式|成功)?(?:入驻|落户|签约|落地|入园)?(?:园区|产业园)?$"
)
# 分别由A公司、B公司投资建设 -> B公司 / A公司拟建20万锭纺纱项目 -> A公司: the firm, then
# what it means to build (a description, the firm its name); X项目由某集团(投资建设) -> X项目:
# who builds it.
_BUILDER_TAIL = re.compile(
    r"(?<=..(?:公司|集团))(?:投资建设$|(?:拟|计划)(?:投资)?(?:新建|建设|建)(?=.{2,}(?:项目|工程)$).*)"
    r"|(?<=项目|工程)由[^，,、]{2,16}$"
)
_BATCH_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?[省市县区](?:重点|重大|百大|十大)项目[：:\s]*"
    # (X项目(三期) / X二期: a phase after it)
    r"(?=.{4,}(?:项目|工程|[一二三四五六七八九十]期)(?:[(（][^()（）]{1,6}[)）])?$)"
    # 分别是市重点项目A、区重点项目B: each item's rank, whatever its name's ending
    r"|^[省市县区]级?(?:重点|重大)项目(?=.{4})"
)
_VENUE_LEAD = re.compile(
    r"^(?:[^，,、]{0,12}?(?:活动|会场|仪式)|[^，,、]{0,4}?(?:还|另)专?)设(?:在|于)?(?=.{4})"
)
# 2018年文化旅游重点项目武氏祠景区: the year's list the name is on, before it
_YEAR_LABEL = re.compile(r"^\d{4}年度?[\u4e00-\u9fff]{0,6}?(?:重点|重大)项目[：:\s]*(?=.{4})")
_MORE_LEAD = re.compile(r"^[^、，,]{1,12}?(?:还有|另有)(?=.{4})")
_PERIOD_LEAD = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,6}?[县区市])?\d{4}年度?"
    r"(?:第?[一二三四1-4]季度|上半年|下半年|第[一二三四五六七八九十\d]{1,3}批(?:次)?"
    r"|有(?=.{4}))(?=.{2})"  # (其中2017年有A、B2个: the year's share of a batch)
)


def _without_admin_chain(name: str) -> str:
    """The name without the development zone before a company's project, or without the
    province, city and county before a company that names its own place (益阳市赫山区
    湖南袁小饺食品集团X项目 -> 湖南袁小饺…; but 梅州市梅县区嘉涛电子有限公司, a firm
    registered under its county's name, keeps it)."""
    zone = _ZONE_BEFORE_FIRM.match(name)
    if zone is not None:
        return name[zone.end() :]  # 交城经济开发区华庆…有限公司X项目: the zone it is in
    chain = _ADMIN_CHAIN.match(name)
    if chain is None:
        return name
    rest = name[chain.end() :]
    own = rest.startswith(_OWN_PLACES) or rest[:2] in chain.group()
    return rest if own else name


_OWN_PLACES = (*_PROVINCES, *_REGIONS, "中国")  # what a company's own name may open with
# Where a company is, province to county, before the company's own name.
_ADMIN_CHAIN = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}?省)?(?:[\u4e00-\u9fff]{2,4}?[市州][\u4e00-\u9fff]{2,4}?[县区市]"
    r"|[\u4e00-\u9fff]{2,4}?[县区][\u4e00-\u9fff]{1,4}?(?:镇|乡|街道))"  # (南浔区练市镇: a town)
    r"(?=[^，,、]{2,24}?(?:有限公司|有限责任公司|集团|公司))"
)
# A development zone before a company's project (高新区石药集团X项目).
_ZONE_BEFORE_FIRM = re.compile(
    r"^[\u4e00-\u9fff]{0,8}?(?:经开区|经济技术开发区|经济开发区|开发区|高新区|产业集聚区)"
    r"(?=[^，,、]{2,20}?(?:有限公司|有限责任公司|集团|公司)[^，,、]{2,}(?:项目|工程)$)"
)
# 总投资8亿元的X项目等。 / X有限公司投资，建设Y项目 (a page that lost the amount): the firm
_OPEN_TAIL = re.compile(r"(?<=..(?:项目|工程))等$|(?<=..(?:公司|集团))投资$")
# X项目等大项目, Y中心等项目: the last example of a list, then what the list is of.
# X项目等过百个大项目 (a headline) too.
_EXAMPLE_TAIL = re.compile(
    r"(?<=..)等(?:(?:过百|上百|近百|数十|逾百|百余)个|其[他余]\d{1,4}个)?(?:一大?批|一?系列)?"
    rf"(?:大|重点|重大|优质|(?:{_FIELDS})?产业)*(?:项目|工程)$"  # (等纺织产业项目)
    rf"|(?<=..){_FIELD_GROUP}$"  # 等新材料产业领域项目
    # (A、B等6个场馆建成投入使用: the run's count and what it counts, not projects, before an
    # event's closer)
    r"|(?<=..)等[\d一二三四五六七八九十两]{1,3}[个座所处家][\u4e00-\u9fff]{1,4}(?<!项目)(?<!工程)(?<!企业)$"
)


_THIS_ONE = re.compile(r"(?<=[”\"’])这(?:一|个|一个)?项目$")


def _strip_quotes(name: str) -> str:
    """Drop quotes around a name or left unpaired at its ends, not those inside it:
    “十二五”优质棉基地 keeps its quotes, “X项目” and X项目” lose them, and so does
    嘉兴市“X项目”, with the place that introduces it."""
    placed = _PLACED_QUOTE.match(name)
    if placed:
        name = placed.group(1)
    if name.startswith("《") and name.endswith("》") and name.count("《") == 1:
        name = name[1:-1]  # 《X项目》: a project written as a title
    while name and name[0] in _QUOTES:
        close = _QUOTE_PAIRS.get(name[0], name[0])
        inner = name.find(close, 1)
        if 0 < inner < len(name) - 1:
            break  # a quoted word opens the name
        name = name[1:-1] if inner == len(name) - 1 else name[1:]
    while name and name[-1] in _QUOTES:
        opener = next((o for o, c in _QUOTE_PAIRS.items() if c == name[-1]), name[-1])
        if opener != name[-1] and opener in name:
            break  # A“B” : a quoted word ends the name
        name = name[:-1]
    return name.strip()


_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」"}
_PLACED_QUOTE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:省|市|县|区)“([^“”]{4,60}(?:项目|工程))”$")


_WORDED = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def _is_name(name: str) -> bool:
    return (
        2 <= len(name) <= 60
        and _WORDED.search(name) is not None  # (↓↓↓: a page's arrows pointing at a list)
        and not _not_name(name)
        and not _GENERIC.match(name)
        # 事关全局和长远发展的重大基础设施项目: a description, then a kind
        and not ("的" in name and _GENERIC.match(name.rsplit("的", 1)[1]))
        and not _PARK_LABEL.match(name)
        and not _PROVINCE.match(name)  # 由山东、天津、北京、安徽的企业: where firms are from
        and not _MEETING_LABEL.match(name)
        and not _FIELD_WORD.match(name)
        and not _KINDS_JOINED.match(name)
        and not _CLASS_LABEL.match(name)
        and not _has_money(name)
        and not _QUANTITY_ONLY.match(name)  # (装机规模分别为45万千瓦、120万千瓦: sizes)
        and not _BATCH_EVENT.search(name)  # (就某市项目集中开工及项目签约情况: the events)
        and not _SOURCE_LABEL.match(name)  # (荆楚网消息(楚天金报): a lead's source)
        # (签约并推进了一期, 铺开了易地扶贫搬迁: a clause's 了; no name in the gold has one)
        and "了" not in name
    )


_BATCH_EVENT = re.compile(r"项目集中(?:开工|签约|竣工|开竣工|开复工)")
_SOURCE_LABEL = re.compile(r"^[^，,、\s]{2,12}(?:消息|[网报台社]讯)(?:[(（][^()（）]{2,10}[)）])?$")


def _not_name(name: str) -> bool:
    match = _NOT_NAME.search(name)
    # 年产2000台电梯和1800个停车设备项目: what it makes, counted, not a count of projects.
    if match is None:
        return False
    return not ("年产" in name[: match.start()] and match.group()[0].isdigit())


def _two_joined(items: tuple[_Item, ...], count: int | None = None) -> list[_Item]:
    """Two projects read as one item are two (其中A项目和B项目，计划总投资1.5亿元: each
    half a project by its name; their amount is the pair's). A list counted one more
    than its items (A、B、C和D等四个项目) has its one pair joined by 和, whatever the
    halves are called; and a run of names each ending in 项目 or 工程 read as one item
    (A项目、B项目、C项目3项) is each of them."""
    pairs = [_partition_top(item.name, "和") for item in items]
    counted = count == len(items) + 1 and sum(1 for _, sep, _ in pairs if sep) == 1
    out: list[_Item] = []
    for item, (left, sep, right) in zip(items, pairs, strict=True):
        run = _split_top(item.name, "、")
        if len(run) > 1 and all(_OWN_PROJECT.search(n) and _is_name(n) for n in run):
            out += [_Item(n, item.event) for n in run]  # A项目、B项目3项 read as one item
            continue
        if (joined := _EVENT_JOINED.match(item.name)) and _is_single_name(joined["a"]):
            out += [_Item(joined["a"], item.event), _Item(joined["b"], item.event)]
            continue
        halves = (left, right)
        by_ji = None if sep else _two_by_ji(item.name)
        if sep and (
            all(_STRONG.search(n) and len(n) >= 6 and _is_name(n) for n in halves)
            or (counted and all(len(n) >= 4 and _is_name(n) for n in halves))
        ):
            out += [_Item(left, item.event), _Item(right, item.event)]
        elif by_ji is not None and all(len(n) >= 6 and _is_name(n) for n in by_ji):
            out += [_Item(n, item.event) for n in by_ji]
        else:
            out.append(item)
    return out


def _two_by_ji(name: str) -> tuple[str, str] | None:
    """A项目及B项目: two projects joined by 及, each named as a project. Not X项目及配套工程
    (its own parts), A设备及配件, nor 某公司A二期工程及B项目 (one firm's works and what goes
    with them)."""
    first, sep, second = _partition_top(name, "及")
    if sep and first.endswith("项目") and second.endswith("项目") and len(second) >= 6:
        return first, second
    return None


_OWN_PROJECT = re.compile(r"^.{4,}(?:项目|工程)$")
# A项目启动暨B项目落户: two projects, each with what happened to it, in one rite's name.
_EVENT_JOINED = re.compile(
    r"^(?P<a>.{4,}?(?:项目|工程))(?:正式|同步|同时)?(?:点火投产|启动|开工|动工|签约|投产|落户|奠基|竣工)"
    r"(?:暨|和|及)(?P<b>.{4,}?(?:项目|工程))$"
)


def _is_single_name(name: str) -> bool:
    """A name read on its own, with no list around it: also not a bare facility
    (标准厂房, 该县工业园区), which a list would make specific."""
    return _is_name(name) and not _BARE_FACILITY.match(name)


_BARE_FACILITY = re.compile(
    rf"^(?:该[县市区镇]|我[县市区镇]|全[县市区]|[\u4e00-\u9fff]{{1,4}}{_PLACE_END})?"
    r"(?:标准化?|新建?|配套|基础|重点|重大|工业|产业|一批|多个|部分|相关)*"
    r"(?:厂房|园区|工业园区?|产业园区?|基地|道路|学校|医院|车间|仓库|生产线|工程|设施|项目"
    r"|(?:院士|专家|博士后?)工作站)"  # 签订院士工作站建站协议: a kind, not a name
    r"(?:[一二三四五六七八九十\d]期(?:工程|项目)?)?$"  # (产业园一期工程: a phase of no named one)
    # A capacity and a kind of work (20万吨扩建项目): whose, the text does not say.
    r"|^(?:年产)?[\d.]+[万千百亿]*[\u4e00-\u9fff]{0,2}?(?:扩建|新建|改扩建|改造|技改|扩能)(?:项目|工程)$"
)


def _has_money(text: str) -> bool:
    # (数百亿元的超大产业项目: a sum told by its size, no figure)
    return bool(find_amounts(text)) or bool(
        re.search(r"总投资|投资\d|[数几上][十百千][万亿]?元", text)
    )


# A kind of project, then the project's name, which ends with that kind.
_KIND_BEFORE_NAME = re.compile(r"^([^、，,]{2,16}?(?:项目|工程))(?=[^、，,]{1,12}\1$)")
_APPOSITION = re.compile(
    r"(?:^|(?<=[，,；;]))[^，,。；;—]{2,40}?"
    # (大足招商引资再结硕果——X项目: the news, then the name)
    # (承接…成果转化的孵化基地——X项目: what it is, then its name)
    # (总投资2.4亿元的省重点工程——X项目: its rank, then its name)
    r"(?:项目|(?:重点|重大|民生)工程|企业|新秀|之一|硕果|喜讯|捷报|好消息|新突破|新成果|的[^，,。；;—]{0,6}(?:基地|平台|载体)"
    r"|机构|公司)"  # (全国首个合资理财公司——X有限公司: what it is, then its name)
    r"—{2,}(?=[^—]{4})"
)


def _counted(text: str) -> int | None:
    """The number of projects `text` counts (签约项目16个 -> 16; 9个项目 -> 9)."""
    match = _COUNTED_SUBJECT.search(text)
    return _number(match.group("n") or match.group("m")) if match else None


def _subject_count(clause: str) -> int | None:
    return None if _NOT_BATCH_COUNT.search(clause) else _counted(clause)


def _prefix_count(prefix: str) -> int | None:
    """The count of the list's subject, in the clauses before its opener (项目9个，…，包括)."""
    for clause in reversed(_split_top(prefix, "，,；;")):
        if _COUNTED_SUBJECT.search(clause):
            return _subject_count(clause)
    return None


def _chunk_amount(chunk: str) -> Amount | None:
    """The amount of a one-project chunk (A，总投资12亿元；): the first after 投资, or
    one that is all the chunk says (3.2亿元的A项目)."""
    for amount in find_amounts(chunk):
        before = chunk[: amount.start]
        if re.search(r"投资[^，,。；;]{0,6}$|投资$", before) or (
            not before.strip(" 、，,：:") and not chunk[amount.end :].strip()
        ):
            return amount
    return None


def _event_of(text: str) -> str:
    match = _EVENT.search(text)
    return _event_named(match.group()) if match else ""


def _told_event(text: str) -> str:
    """The first event a headline or lead tells that is no plan (总投资29.4亿元 拟在10月底
    完工投产: a subheading of what is to come, under 六大市场破土开建)."""
    for match in _EVENT.finditer(text):
        if not _PLANNED_BEFORE.search(text, max(0, match.start() - 10), match.start()):
            return _event_named(match.group())
    return ""


def _event_named(written: str) -> str:
    return "建成投用" if written == "建成投入使用" else written


_PLANNED_BEFORE = re.compile(r"(?:拟|计划|预计|力争|争取|有望)[^，,。；;：:]{0,8}$")
