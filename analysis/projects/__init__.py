"""Projects named in investment news: signed, started, completed or brought into a park.

Reports list projects in a few recurring shapes, and this package reads the shapes,
never a list of known names:

* an opener after a project subject: 签约项目有 / 开工项目包括： / 竣工项目分别是 /
  企业包括 / 项目如下： / 主要有： / 项目5个，分别为 / 12个项目中，有 / 项目有21个，包括 /
  此次集中签约的有——,
  followed by items separated by 、 ， or ；, or numbered (1. / 一是 / （一）/ ①), inline,
  in the next paragraph, or one per line (由A公司投资的X项目、); an opener paragraph
  (分别是：) may take its subject from the paragraph before, and a title (签约项目名单)
  or a table header (序号 项目名称 投资额) opens the lines after it; category sub-lists
  (先进制造业项目5个，分别为…；服务业项目1个，为…) add up their counts. When the count
  matches the pieces one to one (7个项目为：A，B，…，G / 3个项目：1.A；2.B；3.C), each
  piece is one name, whatever 、 or 等 it holds (文化馆、图书馆、博物馆三馆合一项目);
  groups are named by one example each (A等8个物流项目、B等5个工业项目);
* names in brackets after a count of as many (3家是电子信息类企业（A、B、C）);
* a closer that counts or names the batch: A、B、C等20个 / A、B4大项目 / 等项目29个 /
  等框架协议10个 / 等6个3000万元以下项目 / 近20个 / A、B等在10月竣工项目共11项 /
  与A、B等11家企业集中签约 / A、B等单位就…达成了意向签约 / A、B等正式签约 /
  签约X等14个项目 / 以A、B为代表的12个项目 / 包括A、B在内的 / A项目，B项目，C项目等3个 /
  与A公司，B集团等13家企业签约 / 引进A、B、C3家上市企业 / 等48个投资过千万的重点项目;
  several in one sentence (A、B等4个项目为开工项目，C、D等2个项目为竣工项目; 既有A、B等
  产业项目，也有C等民生项目). When the closer only counts projects and says what
  happened to them (A、B等10个项目集中开工), or names their event (等签约项目企业,
  等新开工项目业主, 等落户园区的企业), the items need not look like projects;
* a list and its event with neither: A、B、C顺利开工 / A项目和B中心正式开工 / 今年新开工
  A、B、C / A、B参与签约仪式 / A、B将抱团入驻X / A、B是此次开工的重点项目 (every item
  shaped like a project, in a batch report), and named projects whose owners speak or
  sign (A集团、B项目、C项目负责人作表态发言 / A、B和C的投资方代表与某区签订投资协议);
* items with their investor and amount (A公司投资2亿元的X项目, 由A投资的X项目, X项目
  投资5亿元), also as clauses in a row (A公司总投资X亿元建设的P项目，B公司…的Q项目);
  inner 、 stay in a name where a bare piece completes the one before (光栅板、探照灯
  项目 / X、Y及相关配套项目);
* the other party of a signing: 与A、B分别就W、X项目签约 -> W, X; 分别与A、B签订了X项目、
  Y项目投资协议 -> X, Y; 签订了X项目和建设Y项目 -> X, Y; with no project named, the
  companies stand for it (与A公司、B公司签署项目合作协议 / A公司、B公司分别与某区签订投资
  协议) - but a strategic or framework agreement names no project;
* single mentions beside or without lists: a ceremony or 活动 (举行了X签约仪式 / 集中开工
  暨X项目开工仪式 / 在X项目开工仪式上 / X项目举行开工仪式), its sites (主会场设在X项目 /
  设X项目主会场 / A产业园分会场), an agreement (签订《X项目战略合作协议》), a project and
  its event (X项目成功签约 / 宣布X项目正式开工 / X基地开工建设 / X正式破土动工 / A公司成功
  落户某区 / X项目的签约将… / X项目由A建设，总投资…，今天正式开工), a project its own
  amount introduces (总投资10亿元的X已投产, 其中X项目总投资…), the one a batch singles out
  (这次签约的X / “X项目”作为代表项目进行签约 / X是此次开工的重点项目之一 / 作为此次签约
  的重点项目，X…), a company that will build in a signing report (士兰微将在厦门建设…),
  and project records (项目名称：X);
* groups of a batch: 其中A项目、B项目… / 既有A、B等…项目，又有C等…项目 / 城市景观方面，有A；
  基础设施方面，有B、C / A、B、C3个先进制造业项目，D、E2个基础设施项目 / 一是…，开工A等26个
  产业项目 (each group's event leads the next), a run trailing off (A、B中心、C精密……一批大项目
  成功签约落地), and names under lone section numbers (一 / X项目 / X项目：总投资…);
* ceremony sentences: 宣布：活动启动、A项目开工、B项目开工 / 为X项目培土奠基 / 主会场——X项目
  现场 / 视频连线了X项目分会场 / A、B、C三个分会场负责人… / 与A集团X项目、与B公司Y项目在…签约 /
  甲政府和A公司就X项目签约 / 投资26亿元的A项目居首 / 金额最大的是X项目 / 其中…——X项目, and
  where a batch names no project, the companies in its signers' and speakers' titles;
* with no list at all, paragraphs headed by a project (1. X项目。/【X项目】/ 一、X项目),
  paragraphs or clauses that each open with a project and its amount (X项目，总投资Y亿元 /
  签约项目中，A公司计划投资Y亿元建设X项目), and in a report on a count of projects,
  sentences with a project as subject (X大道是… / X工程今年底也将完成).

Items lose what is not their name: modifiers (援建的, 总投资10亿元的, 年产5万吨的 - whose
amount the item keeps), descriptors (国内最大…平台), leading 还有/其中/此次/目前已有, the
event or the other party before a list (现场签约了 / 桐江区与 / 正在加快建设), the closer.
Organisations, places, people, counts (项目12个, 一半多的, 多个胶合板项目), labels of a
batch (开工项目, 白城工业园区重大产业项目, 某区2024年第二批重点项目, X洽谈会招商引资项目),
fields (新材料, 民生工程), clauses (并完成重点项目, A公司分别作为…) and bare facilities read
alone (标准厂房, 院士工作站) are not names. Lists of places visited, companies invited or
attending (等项目单位负责人出席), speakers, projects pitched, published or put up for funds,
projects still negotiated or stored (在谈, 储备), plans and exhortations (计划实施, 要加快
推进, 他要求), projects of other days (近年来, 此前, 累计, 在建, 等项目的顺利推进), what a
copula says of one project (该项目是…, X项目是…的又一重大项目) and the parts of one project
(该项目包括小学、教学楼) are not batches. A project named again later is reported once, in
the form of its first mention, also when the later mention is a long form (佳马胶合板项目
-> 佳马木业有限公司年产18万立方米胶合板项目) or drops the place (灵川县X学校 -> X学校); a
first mention without its place (a headline's) takes the placed form written later.

Then a learned tagger (tagger.py) reads the sentences that name projects, firms or parks
in an article that tells of projects coming in, and proposes the names the rules did not
read, in shapes no rule knows; a learned judge (learned.py) keeps those its sentence and
article make projects of the batch.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from newsx.analysis.amounts import Amount, find_amounts
from newsx.analysis.officials import official_names
from newsx.analysis.projects.batch import (
    _anchor,
    _announced_count,
    _article_event,
    _batch_total,
    _fields,
    _own_amounts,
    _refine_event,
    _unnamed_batch_total,
)
from newsx.analysis.projects.closers import _TRADE
from newsx.analysis.projects.items import (
    _FULL_FIRM,
    _LEADING_PROVINCE,
    _PHASE_END,
    _PLACE_PREFIX,
    _PROVINCE_CITY,
    _Item,
    _List,
    _named_before,
    _sentences,
    _told_event,
    _two_joined,
    project_key,
)
from newsx.analysis.projects.learned import tagged_names
from newsx.analysis.projects.lists import _find_lists
from newsx.analysis.projects.mentions import (
    _exemplar_projects,
    _paragraph_projects,
    _representative_projects,
    _signing_projects,
    _subject_projects,
    _titled_companies,
)
from newsx.analysis.projects.openers import _counted_as_a_kind, _hosts_a_count, _named_as_a_part
from newsx.analysis.projects.text import _headline_like, _partition_top
from newsx.analysis.projects.vocabulary import _ANY_CUE, _COMPANY, _EVENTS, _NAME_SUFFIX

__all__ = ["Project", "ProjectReport", "dedupe_projects", "find_projects", "project_key"]

T = TypeVar("T")


@dataclass(frozen=True)
class Project:
    name: str  # as first written
    event: str  # 签约 云签约 集中签约 开工 竣工 入驻 … ("" if the text gives none)
    amount: Amount | None  # the project's own amount, when the text gives one


@dataclass(frozen=True)
class ProjectReport:
    projects: tuple[Project, ...]
    batch_total: Amount | None  # the total of the batch (项目总投资超64亿元)
    fields: tuple[str, ...]  # 聚焦区块链、人工智能…等领域
    expected: int | None  # the count the text announces (等20个, 共15个项目)
    event: str  # the article's event
    problems: tuple[str, ...]  # notes for a human: "text announces 20 projects, found 18"


def _part_of(lst: _List, earlier: Sequence[_List], sentences: Sequence[str]) -> bool:
    """…等36个项目集中开建。其中，A等27个政府投资项目；B等9个企业投资项目: a list
    in a 其中 sentence right after another list's sentence counts a part of it."""
    at = next((n for n, s in enumerate(sentences) if s.endswith(lst.sentence)), -1)
    if at < 1 or not sentences[at].lstrip().startswith("其中"):
        return False
    return any(sentences[at - 1].endswith(e.sentence) for e in earlier)


def _closed_run(lst: _List) -> bool:
    """Is the list closed by its count or 等 and a kind (A、B、C三个项目, A、B等3大招商引资
    项目; not A、清华大学4个科技成果转化项目, a count inside the last name)?"""
    last = lst.items[-1].name
    at = lst.sentence.find(last)
    return at >= 0 and bool(_RUN_CLOSER.match(lst.sentence, at + len(last)))


_RUN_CLOSER = re.compile(
    r"等?(?:\d+|[一二三四五六七八九十两]+)[个家项大][^，,。；;、]{0,4}?(?:项目|工程|企业)"
    r"|等[^，,。；;、\d]{0,6}?(?:项目|工程|企业)"
)


def _told_again(lst: _List, earlier: Sequence[_List], lists: Sequence[_List]) -> bool:
    """Does `lst` count again what an earlier list in another sentence counted, with the
    same event: alone (…等10个项目顺利竣工 … 等10个项目如期竣工) or with the lists of its
    sentence (…等21个项目集中开工 … A等8个产业项目，以及B等13个基础设施项目正式开工)?"""
    if lst.count is None or lst.count == len(lst.items) == 1:
        return False  # (one counted and named: 生态环保项目1个，为X … 物流项目1个，为Y)
    kind = _event_kind(lst)
    siblings = [o for o in lists if _one_sentence(o, lst) and _event_kind(o) == kind]
    together = sum(o.count or 0 for o in siblings)
    names = {project_key(i.name) for i in lst.items}
    return any(
        not _one_sentence(e, lst)
        and (
            (_event_kind(e) == kind and e.count in (lst.count, together))
            # (…等7个重点项目集中开工、竣工 … 这次开工、竣工的7个重点项目中，有5个项目竣工，
            # 包括A…: the same count and the same names, whatever event each is told with)
            or (e.count == lst.count and any(project_key(i.name) in names for i in e.items))
        )
        for e in earlier
    )


def _one_sentence(a: _List, b: _List) -> bool:
    """Are two lists read from one sentence (the later one from the rest of it)?"""
    return a.sentence.endswith(b.sentence) or b.sentence.endswith(a.sentence)


def _event_kind(lst: _List) -> str:
    """What happened to a list's projects, without its manner (集中开工 -> 开工)."""
    return lst.items[0].event[-2:] if lst.items else ""


# 包括A、B、C……这些项目: an ellipsis ends a list an opener began, as 等 and a full stop
# do (A、B……项目接踵而来 goes on: what is said of the list follows).
_LIST_ELLIPSIS = re.compile(r"(?<=[^\s。，,；;：:！？!?…])……(?=[^\s。，,；;！？!?”\"…])")
_OPENED = re.compile(r"(?:包括|分别是|分别为|主要有)[：:]?[^。！？!?\n]*、[^。！？!?\n]*$")


# 4个项目分别为，A、B / 项目包括，A、B: a comma written for the opener's colon (same length).
# (not 。包括，A: a sentence so opened is read with the one before it, as a bare 包括)
_OPENER_COMMA = re.compile(
    r"(?:(?<=分别为|分别是)|(?<=包括)(?<![。！？!?\n]包括))[，,](?=[^，,。；;：:]{2,80}、)"
)


# 涉及A、B，以及C、D等项目: a comma before 以及 goes on with the run (read as 、, same length).
_COMMA_AND = re.compile(
    r"(、[^，,。；;、等]{2,40})[，,](?=以及[^，,。；;]{2,80}?等[^，,。；;]{0,10}?(?:项目|企业))"
)


# 宣布：我宣布，A等73个项目开工: the words announced open after a colon, not a comma
# (same length), so the formula is no name of the list.
_DECLARED = re.compile(r"(?<=宣布)[，,](?=[^。！？!?]{2,120}?(?:开工|签约|竣工|投产|启动))")


# 包括A，B，C、D在内的18个项目: inside the frame, a comma parts names as 、 does (same length).
_FRAMED = re.compile(r"(?<=包括)[^。！？!?；;\n]{4,240}?(?=在内的[^，,。；;]{0,10}?\d+个)")


def _commas_as_pauses(match: re.Match[str]) -> str:
    return re.sub("[，,]", "、", match.group())


# 等 24 家企业 / 工业项目 10个: web text spaces the digits of a count; the list's closer
# reads it unspaced (names keep their spaces: 年产 20 万件 is as written).
_SPACED_COUNT = re.compile(
    r"(?<=[等共有计])[ \xa0]+(?=\d)|(?<=项目)[ \xa0]+(?=\d+[ \xa0]*[个项](?!次))"
    r"|(?<=\d)[ \xa0]+(?=[个项家批](?!次))"
)


# 等一批基础性、节点性项目: what the batch is like, its 、 no list's (read as 和, same length).
_QUALITIES = re.compile(
    r"(?<=等)(?:一批|一系列|多个|众多)?(?:[\u4e00-\u9fff]{1,4}性、)+[\u4e00-\u9fff]{1,4}性"
    r"(?=的?(?:重大|重点|大)?(?:项目|工程|企业))"
    # 包括A等强链条、育集群、兴产业的发展类项目: what the kind does, in three-character slogans
    r"|(?<=等)(?:[\u4e00-\u9fff]{3}、)+[\u4e00-\u9fff]{3}(?=的[\u4e00-\u9fff]{0,4}类?(?:项目|工程))"
    # 等在内的百余项重大招商、建设项目: the kinds of the batch's projects
    r"|(?<=等)(?:在内的)?(?:[\d百千数几十余多上近]{1,4}[个项批])?(?:重大|重点)?"
    r"(?:招商|建设|签约|开工|产业|工业|民生)(?:、(?:招商|建设|签约|开工|产业|工业|民生))+(?=类?(?:项目|工程))"
    # 均呈现高技术、高成长、高附加值特质: the traits the batch shows
    r"|(?:[\u4e00-\u9fff]{2,4}、)+(?:(?!等)[\u4e00-\u9fff]){2,5}(?=的?(?:特质|特点|特征))"
)


def _read_as_and(match: re.Match[str]) -> str:
    return match.group().replace("、", "和")


# 包括A、B在内的24个市、区重点项目 / 列入省、市重点项目: levels of government, one kind
# of project; their 、 is no list's (read as 和, same length).
_LEVELS = re.compile(r"(?<=[\d个项家的为入是和及与])[省市县区]、[市县区镇乡](?=级|两级|重点|重大)")


# (the visits a headline names; not 深入, 检查 or 来到, which also head reports of a batch)
_TOUR = re.compile(r"调研|考察|视察|观摩|督导|督查|走访|察看")
_HEADLINE_EVENT = re.compile(rf"{_EVENTS}|签订|签署|建成|投用")
_HEADLINE_END = re.compile("[。；;]")  # (a long first line with none is a headline too)
# (a lead's tour: the officials' own, not 迎来…考察团, a visit awaited)
_OPENING_TOUR = re.compile(r"观摩|调研|视察|督导|督查")


# A headline of a visit with no event (某某到某区调研重点项目建设): over heldout380-743 the
# tagger's names in such articles were 0 right to 30 wrong (the rules' names are kept: in
# news-dev such an article names the firms that signed during the visit).
def _tour_headline(head: str) -> bool:
    return bool(_TOUR.search(head)) and not _HEADLINE_EVENT.search(head)


def _a_tour(head: str, paragraphs: Sequence[str]) -> bool:
    """Does the article report a tour: by its headline, a long one too (华景斌到X智算中心调研：
    全力推动…, 51 characters), or by a lead that opens on the officials' own (12月19日至20日，
    全市…观摩会议举行。)?"""
    first = paragraphs[0]
    long_head = first if len(first) <= 80 and not _HEADLINE_END.search(first) else ""
    if _tour_headline(head) or _tour_headline(long_head):
        return True
    lead = next((p for p in paragraphs if not _headline_like(p)), "")
    opening = _HEADLINE_END.split(lead, maxsplit=1)[0]
    return bool(_OPENING_TOUR.search(opening)) and not _HEADLINE_EVENT.search(opening)


# A、B等项目相继建成投产……去年，…: after what happened to a list, the sentence ends.
_EVENT_END = re.compile(rf"(?:{_EVENTS}|建成|投用|通车)$")


def _ellipsis_end(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 300) : match.start()]  # (not the whole text)
    if _OPENED.search(before):
        return "等。"  # (same length)
    return "。…" if _EVENT_END.search(before) else match.group()


def find_projects(text: str, *, learned: bool = True) -> ProjectReport:
    """The projects listed in one article's text (headline and body, a paragraph a line).

    learned: the tagger (tagger.py) adds the names the rules did not read."""
    read = _UNENCODED.sub(_unencoded, text) if "?" in text else text
    if "关键" in read:  # (blanked, same length: amounts keep their places)
        read = _KEYWORD_LINE.sub(lambda m: " " * len(m.group()), read)
    report = _find_projects(read, learned)
    report = _without_cut_end(report, text)
    return report if read == text else _given_back(report, text)


def _without_cut_end(report: ProjectReport, text: str) -> ProjectReport:
    """A page cut mid-name (…、B项目、长治经济技): a name the text ends on, with no stop
    after it, that ends in no kind of project is the page's last piece, no name."""
    body = text.rstrip()
    if not body or body[-1] in _ENDED or not report.projects:
        return report
    kept = tuple(
        p for p in report.projects if not body.endswith(p.name) or _NAME_SUFFIX.search(p.name)
    )
    return report if len(kept) == len(report.projects) else replace(report, projects=kept)


_ENDED = "。！？!?”」）)…】》.．"


# A page's keyword line (关键词: 项目 黄石 总部 / (关键字:石化 石化项目 产业基地)): its tags,
# no list.
_KEYWORD_LINE = re.compile(r"^[ \t]*[(（【\[]?[^，,。\n]{0,8}?关键[字词][ \t]*[:：][^\n]*$", re.M)


# An ASCII ? between two letters ends a question (进展如何?); else it mostly stands for a
# character the page could not encode (武汉?中国宝谷项目, 厦门鑫科钛?zhàn…有限公司) and
# must not end a sentence inside a list: it is read as a name's middle dot (same length),
# and given back in the names the text writes with a ?.
_UNENCODED = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9])\?(?=[\u4e00-\u9fffA-Za-z\u00c0-\u024f])")
_QUESTION = re.compile(
    r"(?:吗|呢|么|怎|谁|哪|何|几|多少|是否|能否|难道|岂|吧|啊)[^。！？!?，,、]{0,12}$"
)


def _unencoded(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 20) : match.start()]
    return "?" if _QUESTION.search(before.rsplit("\n", 1)[-1]) else "·"


def _given_back(report: ProjectReport, text: str) -> ProjectReport:
    def back(name: str) -> str:
        written = name.replace("·", "?")
        return written if name not in text and written in text else name

    def amount(a: Amount | None) -> Amount | None:
        return a and replace(a, text=back(a.text))

    return replace(
        report,
        projects=tuple(
            replace(p, name=back(p.name), amount=amount(p.amount)) for p in report.projects
        ),
        batch_total=amount(report.batch_total),
        fields=tuple(back(f) for f in report.fields),
    )


# “X小镇”项目: the quoted name is the project's (annotators wrote it alone 10 times in 12);
# a long name first written in quotes (a list's “X集团生产线整体搬迁”、“Y”) is X, but a
# short quoted label keeps them (“美丽县城”, “三馆一院”).
_QUOTED_WORK = re.compile(r"^“([^“”]{4,40})”(?:项目|工程)$|^“([^“”]{6,40})”$")


def _untagged(found: list[_Item]) -> list[_Item]:
    """A list that tags each project with where it is, 项目(灵川), 项目(阳朔), 项目(高新): a
    column of the page, no part of the names (one tag for all, 工程(绍兴), may be)."""
    tags = [m["tag"] for i in found if (m := _PLACE_TAG.search(i.name))]
    if len(tags) < 3 or len(set(tags)) < 2:
        return found
    return [_Item(_PLACE_TAG.sub("", i.name), i.event, i.amount) for i in found]


_PLACE_TAG = re.compile(
    r"(?<=项目|工程)[(（](?P<tag>(?![^()（）]*[期区段])[\u4e00-\u9fff]{2})[)）]$"
)


def _unquoted(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


def _firm_of_one_found(name: str, found: Sequence[_Item], text: str) -> bool:
    """Is `name` a firm in full whose short name opens a project found (赣锋锂业年产1000吨
    金属锂…项目 … 青海赣锋锂业有限公司提前优化施工方案): the project's builder, not another?
    (A firm a list names, A有限公司、 / A有限公司等16个项目, stands for its project.)"""
    if not _FULL_FIRM.search(name) or any(
        form in text for form in (name + "、", name + "等", "、" + name)
    ):
        return False
    short = _LEADING_PROVINCE.sub("", name)[:4]
    return any(i.name.startswith(short) and not _COMPANY.search(i.name) for i in found)


def _first_form(name: str, text: str, body_start: int) -> str:
    """A project is named as first written in the body: X项目 read from 总投资3亿元的X项目
    is X where a list before it wrote X、 or X等项目 (not where the headline did)."""
    base = name[:-2] if name.endswith("项目") else ""
    if len(base) < 4 or _TRADE.search(base):
        # (涉及服装、纤维板生产等 … 纤维板生产项目: a trade listed first is a field)
        return name
    at = text.find(base, body_start)
    if 0 <= at < text.find(name, body_start) and _BARE_END.match(text, at + len(base)):
        return base
    return name


# After a bare name: a list's next item, a clause's end, or the rite it holds (X揭牌仪式)
_BARE_END = re.compile(r"[、；;等和及，,。]|(?:揭牌|签约|开工|奠基|竣工|投产)")


def _phase_of_found(name: str, found: Sequence[_Item]) -> bool:
    """Is `name` a phase of a project found (北汽模塑项目 … 北汽模塑项目一期工程占地40亩):
    the same project, described?"""
    return any(name.startswith(i.name) and _PHASE_END.fullmatch(name[len(i.name) :]) for i in found)


def _listed_apart(item: _Item, text: str) -> list[_Item]:
    """A name joined by 及 or 和 whose halves a list of the article writes apart, one after
    the other (在A及B项目现场举行开工活动。A、B等9个项目参加开工): two projects, named as
    the list names them; a rite's A工程(二期)暨B工程, each half a work of its own."""
    left, sep, right = _partition_top(item.name, "暨")
    if sep and (_WORK_NAMED.search(left) or _PARK_NAMED.search(left)) and _WORK_NAMED.search(right):
        # (A产业园暨B项目开工: the park and its first project, each a work of its own)
        return [_Item(left, item.event), _Item(right, item.event)]
    for joiner in ("及", "和"):
        left, sep, right = _partition_top(item.name, joiner)
        core = _WORK_END.sub("", right)
        if not sep or min(len(left), len(core)) < 4:
            continue
        # (each half whole: not 深加工、活性炭生产 for 活性炭生产及加工)
        apart = f"(?:{re.escape(left)}、{re.escape(core)}|{re.escape(core)}、{re.escape(left)})"
        if re.search(apart + _AFTER_ITEM, text):
            return [_Item(left, item.event), _Item(core, item.event)]
    return [item]


_WORK_NAMED = re.compile(r"^[^，,、]{4,}(?:项目|工程)(?:[(（][^()（）]{1,6}[)）])?$")
_PARK_NAMED = re.compile(r"^[^，,、]{4,}(?:产业园|工业园|园区)$")


def _apart(found: list[_Item], text: str) -> list[_Item]:
    """The items with the pairs a list writes apart taken apart, each half kept unless
    another item names it already (A工程 found, A from the pair is the same)."""
    out: list[_Item] = []
    for item in found:
        halves = _listed_apart(item, text)
        if len(halves) == 1:
            out.append(item)
            continue
        others = {_core(i.name) for i in found if i is not item} | {_core(i.name) for i in out}
        out += [h for h in halves if _core(h.name) not in others]
    # (此次开工的某县A工程 after the rite's A工程暨B工程: the half, written first, is A)
    parted = {project_key(i.name) for i in out if i not in found}
    return [
        i for i in out if i not in found or _placed_form_of(project_key(i.name), parted) is None
    ]


def _core(name: str) -> str:
    return project_key(_WORK_END.sub("", name))


_AFTER_ITEM = r"(?=[、，,。；;等和及]|$)"
_WORK_END = re.compile(r"(?<=..)(?:项目|工程)$")


def _find_projects(text: str, learned: bool) -> ProjectReport:
    text = _LIST_ELLIPSIS.sub(_ellipsis_end, text)
    text = _OPENER_COMMA.sub("：", text)
    text = _COMMA_AND.sub(r"\1、", text)
    text = _DECLARED.sub("：", text)
    text = _SPACED_COUNT.sub("", text)
    text = _FRAMED.sub(_commas_as_pauses, text)
    written = text  # (the tagger reads 、 as written: it learned from such text)
    text = _QUALITIES.sub(_read_as_and, text)
    text = _LEVELS.sub(_read_as_and, text)
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if not paragraphs or not _ANY_CUE.search(text):
        return ProjectReport((), None, (), None, "", ())
    head = "\n".join(p for p in paragraphs[:2] if _headline_like(p))
    lists = _find_lists(paragraphs)
    # Lists and single ceremonies or agreements (集中开工暨X项目开工仪式), in the order
    # of their sentences: a project is reported once, as first written.
    singles = _signing_projects(paragraphs) + _exemplar_projects(paragraphs)
    groups: list[tuple[int, tuple[_Item, ...], _List | None]] = [
        (text.find(lst.sentence), lst.items, lst) for lst in lists
    ]
    groups += [(text.find(sentence), (item,), None) for sentence, item in singles]
    if not lists:
        groups.append((0, tuple(_paragraph_projects(paragraphs)), None))
        groups.append((0, tuple(_subject_projects(paragraphs)), None))
    found: list[_Item] = []
    seen: set[str] = set()
    headed: set[str] = set()  # the projects first named in the headline
    headline_end = len(paragraphs[0]) if _headline_like(paragraphs[0]) else 0
    contributing: list[_List] = []  # the lists that named a new project
    single: set[str] = set()  # the projects first named alone (X项目奠基现场)
    # The names each list read as one of several, by the list's position.
    runs: dict[str, int] = {}
    for position, joined, source in sorted(groups, key=lambda g: g[0]):
        items = _two_joined(joined, source.count if source else None)
        if source is not None and len(items) > 1 and _closed_run(source):
            runs.update((project_key(i.name), position) for i in items)
        # (a headline's short form is taken over by the body's placed one below)
        fresh = [
            i
            for i in items
            if _fresh(project_key(i.name), seen, headed) and not _bracketed_alias(i.name, seen)
        ]
        if source is None:
            single.update(project_key(i.name) for i in fresh)
        for item in items:
            # The same project read twice (X项目签约落地 / 总投资1500万美元的X项目): the
            # reading that has its amount lends it.
            key = project_key(item.name)
            # (not 总投资27.6亿元的A、B、C三个项目集中开工, read whole as a list and as A's
            # ceremony: the money before the run is the run's, not A's)
            if source is None and runs.get(key) == position:
                continue
            if key in seen and item.amount is not None:
                # (a key seen as the placed form of a shorter one has no item of its own)
                at = next((n for n, old in enumerate(found) if project_key(old.name) == key), -1)
                if at >= 0 and found[at].amount is None:
                    found[at] = _Item(found[at].name, found[at].event, item.amount)
        for item in fresh:
            key = project_key(item.name)
            short = _placed_form_of(key, seen)
            if short is not None:
                # 乡村振兴基础设施建设项目 (headline) -> 下洋镇乡村振兴基础设施建设项目: the
                # full form, with its place, is the name; in the body the first form is.
                at = next(n for n, old in enumerate(found) if project_key(old.name) == short)
                if short in headed:
                    found[at] = _Item(item.name, found[at].event, found[at].amount or item.amount)
                seen.add(key)
                continue
            if _FULL_FIRM.search(item.name) and any(
                old.name.startswith(item.name[:4]) and not _COMPANY.search(old.name)
                for old in found
            ):
                # 中创新航新能源枣庄基地项目签约 … 与中创新航科技集团股份有限公司签署: the
                # firm of a project named before, not another project
                continue
            if key not in seen:
                seen.add(key)
                found.append(item)
                if 0 <= position < headline_end:
                    headed.add(key)
        # (a list counts its projects though one was named alone before: X项目奠基现场，
        # …其中X等25个产业项目)
        if source is not None and (
            fresh or any(_named_before(project_key(i.name), single) for i in items)
        ):
            contributing.append(source)
    # The projects a batch report singles out are some of its batch, not all.
    singled_out = False
    if not lists:
        representative = [
            i
            for i in _two_joined(tuple(_representative_projects(paragraphs)))
            if not _named_before(project_key(i.name), seen)
        ]
        found += representative
        singled_out = bool(representative)
    if not found:
        # No project named: the company of one, named in a speaker's or a signer's title.
        found = _titled_companies(paragraphs)
    if learned and not _a_tour(head, paragraphs):
        found += tagged_names(written, found)
    people = _people_listed(found, paragraphs)
    found = [
        i
        for i in found
        if not _written_out(i.name, found, text)
        and not _titled_person_in(i.name)
        and i.name not in people
        and not _named_as_a_part(i.name, text)
        and not _hosts_a_count(i.name, text)
        and not _counted_as_a_kind(i.name, text)
        and not _firm_of_one_found(i.name, found, text)
    ]
    body_start = text.find(paragraphs[0]) + headline_end
    found = [
        _Item(_QUOTED_WORK.sub(_unquoted, _first_form(i.name, text, body_start)), i.event, i.amount)
        for i in found
    ]
    found = _untagged(found)
    found = _apart(found, text)
    found = [i for i in found if not _phase_of_found(i.name, found)]
    if not found:
        # With no headline (a reposted dispatch), the lead says what the article is about.
        total = _unnamed_batch_total(text, paragraphs, head or paragraphs[0])
        return ProjectReport((), total, (), None, _told_event(head), ())
    amounts = find_amounts(text)
    sentences = _sentences(paragraphs)
    # Counts written with each list (4大项目 … 共11项) add up; else the announced one.
    counts = [
        lst.count
        for n, lst in enumerate(contributing)
        if not _part_of(lst, contributing[:n], sentences)
        and not _told_again(lst, contributing[:n], contributing)
    ]
    if counts and all(c is not None for c in counts):
        expected: int | None = sum(c for c in counts if c is not None)
    else:
        expected = _announced_count(sentences, head or paragraphs[0])
    listed = {i.name: _anchor(i.amount, i.name, text, amounts) for i in found}
    taken = {a.start for a in listed.values() if a is not None}
    batch_total = _batch_total(text, sentences, lists, amounts, found, expected, taken)
    own = _own_amounts(text, [i.name for i in found], amounts, batch_total)
    body = paragraphs[len(head.splitlines()) :]
    event = _article_event(head, lists, body[0] if body else "")
    projects = tuple(
        Project(
            name=item.name,
            event=_refine_event(item.event, head) or event,
            amount=listed[item.name] or own.get(item.name),
        )
        for item in found
    )
    problems: list[str] = []
    # Single mentions (这次签约的X, X项目开工仪式) single out projects of a batch, they
    # do not enumerate it: fewer than announced is not a miscount then.
    open_ended = singled_out or not contributing or any(lst.open_ended for lst in contributing)
    if expected is not None and len(projects) != expected:
        if len(projects) > expected or not open_ended:
            noun = "project" if expected == 1 else "projects"
            problems.append(f"text announces {expected} {noun}, found {len(projects)}")
    return ProjectReport(
        projects=projects,
        batch_total=batch_total,
        fields=_fields(text, lists),
        expected=expected,
        event=event,
        problems=tuple(problems),
    )


def _people_listed(found: Sequence[_Item], paragraphs: Sequence[str]) -> set[str]:
    """The officials among short names read as a list's items (县领导王克贵、王权、张义明
    以及A公司等开工企业负责人参加): read in the paragraphs that hold such names only."""
    short = {i.name for i in found if 2 <= len(i.name) <= 3}
    if not short:
        return set()
    held = [p for p in paragraphs if any(name in p for name in short)]
    return short & official_names("\n".join(held))


def _titled_person_in(name: str) -> bool:
    """Is a titled person read where a project's name should be (宜昌人福药业有限责任公司
    董事长李杰, 某市人大常委会副主任吴景辉( 右))? A person named first is a project's
    namesake (张三院士工作站)."""
    return any(name.find(person) > 0 for person in official_names(name))


def _written_out(name: str, found: Sequence[_Item], text: str) -> bool:
    """Is `name` a road's full name whose short one was found, written first (苍泰高速 in
    the headline … 苍南至泰顺高速公路)? The project is named as first written."""
    at = text.find(name)
    return any(
        _abbreviates(i.name, name) and 0 <= text.find(i.name) < at for i in found if i.name != name
    )


def _abbreviates(short: str, name: str) -> bool:
    """Is `short` a road's or a railway's usual short name for `name`, the first character
    of each place kept (苍泰高速 for 苍南至泰顺高速公路)?"""
    kind = _ROUTE_KIND.search(short)
    if kind is None or "至" not in name or name[0] != short[0] or len(short) >= len(name):
        return False
    rest = iter(name)
    return all(ch in rest for ch in short[: kind.start()]) and kind.group() in name


_ROUTE_KIND = re.compile(r"(?<=^..)(?:高速|高铁|铁路|公路|城际)$")


def _fresh(key: str, seen: set[str], headed: set[str]) -> bool:
    """Is `key` a project not named before, or the placed form of a headline's name?"""
    if not _named_before(key, seen):
        return True
    return key not in seen and _placed_form_of(key, headed) is not None


def _bracketed_alias(name: str, seen: set[str]) -> bool:
    """Is the name a firm with its project in brackets, told before as one name or as the
    project alone (驭龙科技(商业火箭研发生产基地) after 驭龙科技商业火箭研发生产基地)?"""
    bracket = _FIRM_BRACKET.fullmatch(unicodedata.normalize("NFKC", name))
    if bracket is None:
        return False
    forms = (bracket["firm"] + bracket["inner"], bracket["inner"])
    return any(_named_before(project_key(form), seen) for form in forms)


_FIRM_BRACKET = re.compile(r"(?P<firm>[^()]{2,20})\((?P<inner>[^()]{4,40})\)")


def _placed_form_of(key: str, seen: set[str]) -> str | None:
    """The key found before that `key` writes with a place before it, if any (also a
    headline's short place: 奉节野茶水库 before 奉节县野茶水库; a province and its city:
    五粮液…项目 before 四川宜宾五粮液…项目)."""
    return next(
        (
            old
            for old in seen
            if len(old) >= 5
            and (
                (
                    key.endswith(old)
                    and (
                        _PLACE_PREFIX.match(key[: -len(old)])
                        or _PROVINCE_CITY.match(key[: -len(old)])
                    )
                )
                or any(key[:at] + key[at + 1 :] == old for at in _levels(key))
            )
        ),
        None,
    )


def _levels(key: str) -> list[int]:
    """Where a place's level (县, 市, 区) follows its name (2 to 4 characters) in `key`."""
    return [at for at in range(2, min(5, len(key) - 4)) if key[at] in "县市区"]


def dedupe_projects(items: Iterable[T], *, name: Callable[[T], str]) -> list[list[T]]:
    """Group items that name the same project (see `project_key`), in first-seen order.

    `name` gives an item's project name, so rows of any shape (file, article,
    project) can be grouped: ``dedupe_projects(rows, name=lambda r: r.project.name)``.
    """
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(project_key(name(item)), []).append(item)
    return list(groups.values())
