"""Projects named in investment news: signed, started, completed or brought into a park.

Reports list projects in a few recurring shapes, and this module reads the shapes,
never a list of known names:

* an opener after a project subject: 签约项目有 / 开工项目包括： / 竣工项目分别是 /
  企业包括 / 项目如下： / 主要有： / 项目5个，分别为 / 12个项目中，有 / 项目有21个，包括,
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
  与A公司，B集团等13家企业签约;
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
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from newsx.analysis.amounts import Amount, find_amounts

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


# --- vocabulary -----------------------------------------------------------------------

_COUNT = r"(?:\d{1,4}|[一二两三四五六七八九十]{1,3})"
_ADVERBS = (
    r"(?:集中|现场|成功|正式|顺利|同时|同步|先后|陆续|相继|纷纷|已经|已|均|全部|同天|当天|率先"
    r"|在线|线上|网上|远程|分头|隆重|如期|按期|按计划|提前|实现|全面)"
)
_EVENTS = (
    "云签约|集中签约|集中开竣工|集中开工|集中竣工|开竣工|签约|开工|竣工|投产|入驻|落户|落地|引进"
    r"|集中开[(（]竣[)）]工|开[(（]竣[)）]工|动工"  # 开(竣)工 / 正式动工兴建
    r"|开复工|复工|奠基"  # 集中开复工 / 集中奠基
)
_EVENT = re.compile(_EVENTS)
# What a list of projects is about; one of these must precede an opener. Works (重点工程
# 共15项，分别为…) are projects by another word.
_SUBJECT = re.compile(r"项目|企业|工程")
# Cheap test before anything else: no article without one of these lists projects.
_ANY_CUE = re.compile(r"项目|企业|签约|开工|竣工|入驻|落户")
_BATCH_CUE = re.compile(rf"{_EVENTS}|此次|本次|现场|首批|产业园|园区|集中|重点项目|重大项目")
# Verbs of visiting, inviting and pitching: what follows them is not a project list.
_VISIT = re.compile(
    r"考察|参观|调研|走访|拜访|邀请|推介|座谈|会见|洽谈|(?<!据)了解|察看|查看|听取|观摩|视察|检查"
    r"|督导|慰问|来到|前往|走进|深入|莅临|实地|看望|参会|参展|与会|到会|出席"
    # Projects offered to investors or put up for funds: 发布招商项目, 申报项目.
    r"|发布|推出|申报|征集"
)
_OPENER = re.compile(
    r"(?:分别是|分别为|依次是|依次为|具体为|具体是|具体包括|主要有|主要包括|主要是|其中包括|其中有|包括|包含"
    r"|涉及|涵盖|如下|有|为|是|即(?![将可便使时刻日]))"
    r"[：:]?|[：:]"
)
# 为/是/有 and a bare colon open a list only right after the subject: 签约项目为：,
# 开工的项目有, 签约项目：, or its event: 签约的有.
_TELLING = re.compile(r"提醒|告诉|告诫|要求|希望|强调|指出|表示|认为|说|呼吁|号召|倡议")
_EVENT_OF = re.compile(r"(?:签约|开工|竣工|投产|落地|入驻)的$")
_WEAK_OPENERS = ("有", "为", "是", "即", "")
_WEAK_OPENER_LEFT = re.compile(
    rf"(?:项目|企业|引进|分别|具体|主要|名单)(?:的)?$|(?:签约|开工|竣工|投产|落地|入驻)的$"
    rf"|(?:项目|企业)(?:共|共有|有|计)?{_COUNT}(?:个|项|家)$"  # 服务业项目1个，为X
    r"|(?:项目|企业)中$"  # 开工的12个项目中，有A、B
)
# Between a list and its event: 等4个项目为开工项目 / 与桐江区签订 / 进行了集中签约.
_BEFORE_EVENT = (
    r"(?:为|是|属于|与[^，,。；;]{1,20}?|进行了?|举行了?|通过[^，,。；;]{1,15}?(?:方式|形式)?"
    r"|在[^，,。；;]{1,12}?[上中])"  # A、B两个项目在会上签约
)
# What a closer counts: projects, enterprises, or the agreements signed for them.
_KIND = r"(?:项目|企业|协议|合同)"
# A size class inside a closer: 等6个5000万元以下项目.
_SIZE = r"(?:\d[\d.]*[万亿]*元(?:及?以上|以下)?)"
_CLOSER_COUNTED = re.compile(
    rf"(?<![高平初对均相同])(?<![^高]中)等(?!离子|级|待|候|同|于|高|额)"
    # 等总投资55.7亿元的7个化工项目: the batch's total may come before its count.
    r"(?P<invested>(?:总|计划|协议)?投资(?:总额|额)?(?:约|达|超|为)?[\d.]+[万亿]*元的)?"
    rf"(?:[^，,。；;、]{{0,15}}?{_KIND})?(?:共|计|合计|总计)?(?:近|约|超|逾)?(?P<n>{_COUNT})(?:多|余)?"
    r"(?:个|项|家|户)"
    # 等6个工业项目 / 等5个3000万元以下项目
    # (…等130个省列、市列重点项目: the kind may hold a 、)
    rf"(?:[^，,。；;、\d]{{0,6}}?{_SIZE}?[^，,。；;\d]{{0,8}}?{_KIND})?(?:的项目)?"
    rf"(?=[，,。；;：:\s]|$|{_BEFORE_EVENT}?{_ADVERBS}*(?:{_EVENTS}|开建|投用|签订|签署)"
    r"|(?:计划|协议)?总投资"  # A、B等3个项目总投资30亿元
    # A、B等12个项目的投资方代表与某区签订了投资协议
    rf"|的[^，,。；;]{{0,12}}?(?:{_EVENTS}|签订|签署))"
)
_CLOSER_BIG = re.compile(rf"(?<![\d.])(?P<n>{_COUNT})(?:大|个)(?:重点|重大|产业|民生)?项目")
# A list closed by 等…项目 and an event: A、B等项目集中签约 / A、B等企业签约入驻.
_CLOSER_EVENT = re.compile(
    # A、B等项目正式签约 / A、B等正式签约: the kind may be left out.
    r"(?<![高平初对均相同])(?<![^高]中)等(?:一批|多个|一系列)?(?:[^，,。；;、]{0,8}?(?:项目|企业|单位|公司))?"
    # A、B等单位就采购设备达成了意向签约: what the deal is about between.
    r"(?:就[^，,。；;]{1,30}?)?(?:达成了?|进行了?)?(?:意向)?"
    rf"{_ADVERBS}*云?(?:签约|开工|竣工|落地|入驻|落户|投产)"
)
# A closer that names the items' event: 等签约项目企业, 等新开工项目业主. The items are
# projects of that event, whatever is said of them after (业主出席, 负责人介绍).
_CLOSER_LABELLED = re.compile(
    # 等签约项目企业 / 等落户园区的企业
    rf"(?<![高平初对均相同])(?<![^高]中)等(?:新)?(?:{_EVENTS})(?:[^，,。；;、的]{{1,8}}的|的)?"
    r"(?:重点|重大|产业|招商引资|招商)*(?:项目|企业)(?:企业|业主|单位|方)?"
)
_HORTATIVE = re.compile(
    r"督促|推动|加快|确保|力争|要求|将|拟|争取|希望|抓紧|推进|(?<![主重纲需只])要(?![素点闻件])"
    r"|计划(?!总?投资|完成投资)"  # not 年度计划投资12亿元, an amount
)
# Verbs of progress: in a report (大力推进A、B等3个项目，已完成投资1亿元) they describe
# named projects under way, and a count makes the list a batch; an exhortation also has
# a modal (要加快推进A、B等5个项目, 确保A、B等项目年内开工).
_PROGRESS = re.compile(r"推动|加快|推进|加紧")
_CLOSER_OPEN = re.compile(
    r"(?<![高平初对均相同])(?<![^高]中)等(?!离子|级|待|候|同|于|高|额)(?:[^，,。；;、]{0,12}?"
    r"(?:项目|企业|单位|机构|平台|央企|国企|龙头|企事业))?"
    # 以及C、D等一批服务业大项目也开工建设: what happened to them may end the clause.
    rf"(?:(?:也|还|均|都)?{_ADVERBS}*(?:{_EVENTS}|开建|投用)(?:建设)?)?$"
)
_FIELD_CLOSER = (
    rf"(?:多个|诸多|几大|{_COUNT}[个条大类])?(?:重点|新兴|主导|战略性新兴)?"
    r"(?:领域|产业链|产业|行业|板块|方向|门类|业态)"
)
_FIELD_LIST = re.compile(
    r"(?:聚焦|涵盖|涉及|覆盖|围绕|集中在|分布在|主要为|包括|包含|属于)(?:了)?"
    rf"(?P<body>[^，,。；;：:]{{2,120}}?)等{_FIELD_CLOSER}(?!项目|企业)"  # not 等4个产业项目
)
# Shapes of project names, for the weaker contexts (numbered paragraphs, closers alone).
_NAME_SUFFIX = re.compile(
    r"(?:项目|工程|中心|总部|基地|产业园|园区|园|研究院|研究所|分院|实验室|工作站|平台|工厂|厂"
    r"|生产线|产线|公司|集团|学校|小学|中学|大学|学院|幼儿园|院|公寓"
    r"|综合体|港|城|谷|小镇|街区|大楼|大厦|广场|馆|站|路|公路|大道|桥|隧道|管廊|仓|库|枢纽"
    r"|网|酒店|市场|厂房|用房|楼|株式会社|[一二三四五六七八九十]期|[(（][^()（）]{1,20}[)）]"
    r"|电场|风场|养殖场|牧场|农场|林场|机场|体育场|球场|屠宰场|停车场|填埋场|车间|码头"
    r"|小区|安置区|景区|片区|示范区|示范片|旅游区|度假区|水乡|(?<![阶手时地片])段"
    r"|山庄|庄园|农庄|酒庄|民宿|服务区|灌区|装置|机组|高速)$"
)
# Items that are organisations, places, people or classes of things, never projects.
# The end of a place name (旗: a banner, Inner Mongolia's county); 小镇, 园区, 小区, 景区,
# 片区, 安置区, 示范区, 旅游区, 度假区, 灌区, 服务区 end projects.
_PLACE_END = r"(?:省|市|县|(?<![园小景片置范游假灌务])区|(?<!小)镇|(?<!红)旗)"
_NOT_NAME = re.compile(
    # 水乡 (a water town) is a resort, like 小镇, not a township.
    r"(?:政府|管委会|委员会|局|厅|办公室|办事处|街道|(?<!水)乡|村|领导|书记|主任|负责人|代表|企业|单位"
    r"|央企|国企|机构|地区|国家|等地|我区|我县|我市)$"
    rf"|^(?:[\u4e00-\u9fff]{{1,6}}{_PLACE_END})$"
    r"|^[\d一二三四五六七八九十两]+(?:多|余)?[个项家]?$"
    # A category with its count (总部经济项目12个) counts projects, it names none.
    rf"|(?:项目|企业){_COUNT}(?:多|余)?[个项家]$"
    # A count of projects (此次签约的32个招商引资项目, 内蒙古45个投资亿元以上重点项目, 多个
    # 胶合板项目), not one project.
    rf"|^{_COUNT}(?:多|余)?[个项家批]|(?:(?<![第\d]){_COUNT}(?:多|余)?|多|数|若干|几)"
    # 家 counts companies, not projects: 田七家化项目 is a name.
    r"(?:[个项批][^、，,]{0,20}(?:项目|企业)|家[^、，,]{0,6}企业)$"
    # A demonstrative: 这次工业强区招商引资项目 refers to a batch, it names nothing.
    r"|^(?:这次|此次|本次|这些|这个|这批|这一批|该(?![县市区镇乡村省]))"
    # A date or a span of time (从当年10月23日工程) is prose, not a name.
    r"|\d{1,2}月\d{1,2}日|^从"
    # A description (民生提高的项目), not a name.
    r"|的项目$"
    # A count inside (连南县共21个重大工程) makes a sentence of it.
    rf"|(?:共|计|合计|总计){_COUNT}(?:多|余)?[个项家]"
    # A share of a batch: 一半多的重点项目, 部分项目.
    r"|^(?:一半|多半|大半|大部分|部分|全部|所有|多数|大多数|其余|其他|其它|剩余|个别)"
)
# Fields, industries and sectors (新材料, 生物医药, 工业生产, 民生工程): words of the
# genre, not of any name.
_FIELDS = (
    r"新能源|新材料|新一代|新型|生物|医药|医疗|大健康|健康|康养|养老|智能|智慧|制造业?|装备"
    r"|高端|先进|电子|信息|数字|数据|大数据|人工智能|区块链|云计算|互联网|软件|经济|文化|旅游"
    r"|文旅|体育|休闲|现代|物流|商贸|贸易|电商|农业|工业|服务业|服务|金融|保险|科技|研究|研发"
    r"|节能|环保|生态|绿色|低碳|能源|精细化工|化工|汽车|零部件|食品|纺织|服装|建材|材料|光伏|储能"
    r"|半导体|集成电路|航空|航天|海洋|教育|卫生|民生|基础设施|交通|水利|城建|市政|社会事业"
    r"|城市|乡村|振兴|产业|生产|设施"
)
# Labels of a kind of project, not a name: 开工项目, 新建项目, 招商引资项目, 签约的项目, and
# with a place, a time and fields: 相城区数字经济产业项目, 2017年春季项目, 地区9月招商引资项目,
# 某县百大项目暨亿元以上重点产业项目.
_GENERIC = re.compile(
    # A time or a place first: 2023年一季度重点项目, 桐江区第三批重大项目.
    r"^(?:\d{4}年度?|第?[一二三四1-4]季度|上半年|下半年|[春夏秋冬]季|\d{1,2}月份?"
    r"|全省|全市|全县|全区|[省市县区]|地区"
    rf"|我省|我市|我县|我区|[\u4e00-\u9fff]{{2,4}}?{_PLACE_END}|第[一二三四五六七八九十\d]{{1,3}}[批场次个]"
    r"|首批|新一批)*"
    rf"(?:这些|此次|本次|这次|该|各类|一批|多个|新|{_EVENTS}|开竣工|重点|重大|产业|招商|引资"
    rf"|新建|续建|在建|代表|合作|投资|的|{_FIELDS}|[一二三四五六七八九十百千\d]+大|项目暨|项目及|及|和"
    r"|众多|诸多|一系列|一大批|大批|优质|好|大|主要|重要"  # 此次签约的众多优质项目
    r"|(?:投资)?[\d.]*[万亿]元(?:及)?以[上下]|[十百千\d]+亿(?:元)?级?)*(?:项目|企业)$"
)
# A park or a place and a class of projects: 白城工业园区重大产业项目 labels a batch.
_PARK_LABEL = re.compile(
    rf"^[\u4e00-\u9fff]{{2,14}}?(?:园区|开发区|高新区|新区|工业园|产业园|集聚区|片区|{_PLACE_END})"
    # 青岛某新区2024年第二批重点项目 / 某园区第二个工业招商项目: a time, a batch or an
    # ordinal may come between.
    r"(?:\d{4}年度?|第?[一二三四1-4]季度|上半年|下半年|\d{1,2}月份?|第[一二三四五六七八九十\d]{1,3}[批个]"
    r"|首批)*"
    rf"(?:{_EVENTS}|重点|重大|产业|工业|招商|引资|新建|续建|在建|的)+(?:项目|企业)$"
)
# A meeting and a class of projects: 投资贸易洽谈会招商引资项目 is the meeting's batch.
_MEETING_LABEL = re.compile(
    rf"^.{{2,40}}?(?:会|节|活动|论坛)(?:{_EVENTS}|重点|重大|产业|招商|引资|合作|及|暨)*(?:项目|企业)$"
)
# An item made only of fields is a field list's member.
_FIELD_WORD = re.compile(rf"^(?:{_FIELDS}|工程|项目|类|等)+$")
# Appositive descriptors before a name: 国内最大罐车物流平台找罐车 -> 找罐车.
_DESCRIPTOR = re.compile(r"^(?P<desc>.{2,24}?(?:平台|企业|公司|集团|品牌))(?P<name>.{2,})$")
_DESCRIPTOR_CUE = re.compile(r"最大|第一|500强|百强|龙头|领军|领先|上市|知名|头部|独角兽|一线")
# A modifier in front of a list: 鄂尔多斯市援建的A、B / 位于我县境内的A、B.
_MODIFIER_VERB = re.compile(
    r"建设|援建|投资|捐|实施|承建|引进|签约|签订|签署|开工|竣工|入驻|落户|位于|境内|牵头|打造|建成|新建"
    r"|扩建|年产|产能|占地|举行|举办|召开|之一"  # 年产5万吨的X项目, 重点项目之一的X项目
)
_LEADING = re.compile(
    r"^(?:[，,、；;：:\s▲△■□●◆◇★☆]|还有|以及|另有|另外|同时|其中|包括|例如|比如|分别是|分别为|与|此次|本次|这次"
    r"|该[区县市镇乡](?=.{4})"  # 该区X产业园: the place the text is about, not the name's
    r"|目前|当前|已有|共有|现有|既有|也有|又有|今年|去年|明年|当年"
    r"|(?:又|再)?一(?:个|家|座)(?=.{3}))+"  # 又一个X项目落户: a new one of its kind
)
_MARKER = re.compile(
    r"^\s*(?:\d{1,2}\s*[.．、)）]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳]"
    r"|[一二三四五六七八九十]{1,3}(?:是|、)|(?:签约|开工|竣工|重点)?项目[一二三四五六七八九十\d]{1,3}[：:])\s*"
)
_INLINE_MARKER = re.compile(
    r"(?:(?<=[：:；;，,。])|^)\s*(?:[一二三四五六七八九十]{1,3}是|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|\d{1,2}[.．、](?!\d)|[①-⑳])"
)
_TOTAL_KEY = re.compile(
    r"(?:总投资|投资总额|总额|合计投资|共投资|总投资额|签约金额|签约总额|总金额|合同金额|协议投资|计划投资"
    # 签约额99.75亿元, 项目投资额353亿元, 协议引资45亿元, 金额达1.79亿美元
    r"|签约额|投资额|引资|金额|总规模|签约规模"
    # 投资概算71亿元, 引进资金354.8亿元, and 投资 opening the clause after a count
    # (签约项目12个，投资约27亿元)
    r"|概算|引进资金|(?<=[，,])投资)"
    # 招商引资目标任务为55亿元: a target, not a total
    r"(?:(?!目标|任务)[^，,。；;0-9０-９]){0,6}$"
)
# Between a project's name and its own amount: ，(由…建设，)(计划)总投资.
_OWN_AMOUNT_GAP = re.compile(
    r"^[”\"]?(?:[，,]?由[^，,。；;、]{1,30}?(?:建设|投资)[，,])?[，,]?(?:该?项目)?"
    r"(?:计划|预计|拟|协议|总)?(?:总投资|投资总额|投资额|投资)(?:额)?(?:为|约为|是)?$"
)
_COUNTED_SUBJECT = re.compile(
    rf"(?<![\d.])(?P<n>{_COUNT})(?:个|项|家|户|大)[^，,。；;、\d]{{0,10}}?(?:项目|企业|工程)"
    rf"|(?:项目|企业|工程)(?:共有|共计|共|有|数|达)?(?P<m>{_COUNT})(?:个|项|家|户)(?![\d多余])"
)
_NOT_BATCH_COUNT = re.compile(
    r"其中|单体|以上的|以下的|不到|累计|以来|今年|全年|将有|已|目标|力争|预计"
)
# The kind of agreement after its object: 战略合作协议, 项目投资合同, 入驻协议书.
_AGREEMENT = r"(?:战略|合作|框架|投资|入驻|意向|合资|招商)*(?:协议书?|合同)"
_SINGLE_SIGNING = re.compile(
    # 举行了X签约仪式 / 在X项目开工仪式上: a ceremony of one project.
    # (a long one may name the umbrella event first: …动员大会暨X项目开工活动)
    r"(?:举行|举办|召开|出席|参加|见证|在)了?(?P<name>[^，,。；;、“”]{4,70}?)"
    r"(?:意向协议|合作协议|框架协议|投资协议|战略合作协议|协议)?(?P<event>签约|开工奠基|开工|奠基"
    r"|竣工|投产|启动)(?:仪式|活动)"
    # 3月5日，X项目开工仪式举行 / X项目开工仪式在某地举行: the ceremony as the subject.
    r"|(?:^|[，,])(?P<subject>[^，,。；;、“”]{4,40}?)(?P<event2>签约|开工奠基|开工|奠基|竣工|投产)(?:仪式|活动)"
    r"(?:暨[^，,。；;]{2,40}?)?(?:在[^，,。；;]{1,20}?)?(?:隆重|正式)?(?:举行|召开)"
    # X项目成功签约 / X基地开工建设: a project and its event, nothing between.
    r"|(?:^|[，,]|宣布)(?P<single>(?:(?!举行|举办|召开|开展|组织|见证|出席|参加|宣布)[^，,。；;、“”]){4,60}?)"
    rf"(?P<adverbs>{_ADVERBS}*)(?:建成|破土)?(?P<event3>签约|开工|竣工|投产|落户|动工)"
    r"(?:建设|落地|投产|兴建)?(?:仪式)?(?:现场)?"
    # 落户我区 / 入驻园区: the place it moves to may follow.
    r"(?:(?<=落户|落地)[^，,。；;已有年]{1,10}?)?(?=[，,。；;！!\s]|$)"
    # 此次开工的X项目由A公司投资建设: the one project a batch's event qualifies.
    # 主会场开工的X项目: the main venue's own project.
    rf"|(?:此次|本次|这次|今天|当天|主会场|分会场)(?:集中)?(?:{_EVENTS}|签订|签署)的"
    r"(?P<this>[^，,。；;、“”]{4,40}?)"
    r"(?=[，,。；;]|$|由|总投资|计划|位于|是|将)"
    # X项目的签约将带动… / X项目签约能…: the event as the subject of what it brings.
    r"|(?:^|[，,；;])(?P<nominal>[^，,。；;、“”]{4,40}?(?:项目|工程))的?"
    r"(?P<event4>签约|开工|竣工|投产|落地|落户)(?=将|能|会|可|必将|标志着|为|使)"
    # 项目名称：X / 建设单位：… : a project's record, field by field.
    r"|(?:^|[；;。\s])项目名称[：:]\s*(?P<label>[^，,。；;\s]{4,60})"
    # 与A集团签订了X项目投资协议 / 签订《X项目战略合作协议》: the project it is about.
    rf"|(?:签订|签署)了?《?(?P<project>[^，,。；;、“”与《》]{{4,40}}?){_AGREEMENT}》?"
)
# One project in a batch report, in shapes with a cue word of their own (举行, 作为,
# 此次): read only where the cue is.
_SINGLE_MORE = re.compile(
    # X项目由A公司投资建设，总投资10亿元，今天正式开工: the subject, then its event last.
    # (X项目总投资2.2亿元，也已顺利开工建设: its amount may come first, with no comma)
    r"(?:^|(?<=[，,]))\s*(?P<topic>[^，,。；;、“”]{4,40}?(?:项目|工程))(?:[，,]|由|(?=总投资))[^。！？!?]*[，,]"
    r"(?:今天|今日|当天|日前|近日|昨天|昨日|\d{1,2}月\d{1,2}日)?(?:上午|下午)?"
    rf"(?:也|还)?{_ADVERBS}*(?P<event7>签约|开工|竣工|投产|动工)(?:建设|仪式)?$"
    # X项目举行开工仪式: the project holds its ceremony.
    r"|(?:^|[，,])(?P<host>[^，,。；;、“”]{4,40}?)(?:还|也|同时|同步|正式)?举行了?(?:隆重的)?"
    r"(?P<event6>签约|开工|奠基|竣工|投产)(?:奠基)?(?:仪式|活动)"
    # X项目是此次集中开工的重点项目之一: one of the batch, by a copula.
    r"|(?:^|[，,])(?P<copula>[^，,。；;、“”]{4,40}?)(?:是|为|系)(?:此次|本次|这次|今天|当天)(?:集中)?"
    r"(?P<event5>签约|开工|竣工|投产|落户|落地|入驻|动工)的[^，,。；;]{0,8}?项目(?:之一)?(?=[，,。；;]|$)"
    # 作为此次签约的重点项目，X项目总投资…: one of the batch, by apposition.
    rf"|作为(?:此次|本次|这次)(?:集中)?(?:{_EVENTS})的[^，,。；;]{{0,10}}?项目(?:之一)?[，,]"
    r"(?P<cast>[^，,。；;、“”]{4,40}?)(?=的|总投资|计划|由|位于|是|将|[，,。；;]|$)"
    # 共同为X项目培土奠基: the rite that starts it.
    r"|为(?P<rite>[^，,。；;、“”等]{4,40}?(?:项目|工程))(?:培土奠基|培土|奠基)"
    # 投资26亿元的A、B项目居首: ranked first or second by its amount.
    r"|(?:^|[，,])(?:在[^，,。；;]{1,12}方面[，,])?(?P<ranked>[^，,。；;]{4,60}?)"
    r"(?:居首|位居榜首|排名第[一二三]|排名首位|位列第[一二三]|位居第[一二三])(?=[，,。；;]|$)"
    # 其中，数额最大的是60亿元的X项目: the batch's largest, singled out.
    r"|(?:投资|数额|金额|规模|体量)(?:最大|最多|最高)的(?:项目)?(?:是|为)"
    r"(?P<largest>[^，,。；;、“”]{4,60}?)(?=[，,。；;]|$)"
)
_MORE_CUE = re.compile(
    r"举行|作为|此次|本次|这次|今天|当天|最大|最多|最高|居首|榜首|排名|位列|位居|奠基|培土|(?:签约|开工|竣工|投产|动工)(?:建设|仪式)?$"
)
# An agreement's kind at the end of its object: X平台建设战略合作 -> X平台建设.
_AGREEMENT_TAIL = re.compile(
    r"(?:战略|合作|框架|投资|入驻|意向|合资|招商|(?<=项目)建设|(?<=站)建站)+$"
)
# Adverbs that make the subject of an event plural: X项目集中签约 is a batch.
_PLURAL_ADVERB = re.compile(r"集中|同时|同步|陆续|相继|纷纷|先后|均|全部|分头")
# The other party of a signing: 与A公司、B公司签署项目合作协议 / 与A、B分别就W、X项目签约.
_PARTY_SIGNED = re.compile(
    r"与(?P<parties>[^，,。；;与]{2,160}?)(?:在[^，,。；;与]{1,20}?)?(?:分别)?"
    r"(?:就(?P<objects>[^，,。；;]{2,200}?))?"
    r"(?:进行了?)?(?:正式|成功|现场|集中|顺利)*(?:签约|签订|签署|完成签约)了?"
    r"(?P<obj>[^，,。；;]{0,120})"
)
# A、B分别与桐江区签约: companies as the parties, before 与.
_PARTY_SIGNING = re.compile(
    r"(?:出席|参加|见证|举行|^|[，,])了?(?P<parties>[^，,。；;]{4,80}?)(?:分别)?与[^，,。；;]{2,40}?"
    r"(?:签约|签署|签订|开展[^，,。；;]{0,12}签约)(?P<what>[^，,。；;]{0,20})"
)
_PARTY_CLOSER = re.compile(
    rf"(?:等(?:{_COUNT}(?:户|家|个))?|(?<![\d.])(?P<n>{_COUNT})(?:户|家|个))(?:企业|公司|单位|客商)"
    r"(?:代表|负责人)?$"
)
_PARTY_MODIFIER = re.compile(r"^[^、，,]{1,12}?的")
_COMPANY = re.compile(r"(?:公司|集团|企业|股份|有限公司)$")
_GOVERNMENT = re.compile(r"政府|管委会|委员会|局$|街道|镇$|区$|县$|市$")
_PARAGRAPH_PROJECT = re.compile(
    r"^(?P<name>[^，,。；;：:“”]{4,60}?)"
    r"(?:(?:投资额|投资规模|投资|规模|体量)(?:最大|最多|最高))?"  # X项目投资额最大，计划总投资…
    r"[，,]?(?:由[^，,。；;]{1,30}?(?:建设|投资)[，,])?(?:位于[^，,。；;]{1,20}[，,])?(?:计划|预计)?"
    r"(?:总投资|投资)(?:额)?(?:为|约为)?(?=[约近超逾达共\d一二两三四五六七八九十])"
)
# Projects still negotiated, followed up, planned or in preparation are not a batch that
# was signed or started: 在谈项目, 处于协议起草阶段的项目, 储备项目, 前期项目.
_IN_TALKS = re.compile(r"在谈|洽谈|跟踪|阶段|储备|谋划|策划|前期")
# Verbs that mark a clause as prose rather than a name.
_PROSE = re.compile(
    r"将|要|已|正在|进一步|推动|加快|确保|实现|形成|打造|提供|开展|进行|全力|积极"
    r"|完成|分别|作为"  # 并完成重点项目签约 / A公司分别作为…代表: a clause, not a name
)
_HEADLINE_MAX = 50
_OPEN_BRACKETS = "（(《“「【‘"
_CLOSE_BRACKETS = "）)》”」】’"
_QUOTES = "“”\"'‘’「」"


# --- public API ---------------------------------------------------------------------


def find_projects(text: str) -> ProjectReport:
    """The projects listed in one article's text (headline and body, a paragraph a line)."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if not paragraphs or not _ANY_CUE.search(text):
        return ProjectReport((), None, (), None, "", ())
    head = "\n".join(p for p in paragraphs[:2] if _headline_like(p))
    lists = _find_lists(paragraphs)
    # Lists and single ceremonies or agreements (集中开工暨X项目开工仪式), in the order
    # of their sentences: a project is reported once, as first written.
    singles = _signing_projects(paragraphs)
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
    for position, items, source in sorted(groups, key=lambda g: g[0]):
        fresh = [i for i in items if not _named_before(project_key(i.name), seen)]
        for item in items:
            # The same project read twice (X项目签约落地 / 总投资1500万美元的X项目): the
            # reading that has its amount lends it.
            key = project_key(item.name)
            if key in seen and item.amount is not None:
                at = next(n for n, old in enumerate(found) if project_key(old.name) == key)
                if found[at].amount is None:
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
            if key not in seen:
                seen.add(key)
                found.append(item)
                if 0 <= position < headline_end:
                    headed.add(key)
        if fresh and source is not None:
            contributing.append(source)
    # The projects a batch report singles out are some of its batch, not all.
    singled_out = False
    if not lists:
        representative = [
            i for i in _representative_projects(paragraphs) if project_key(i.name) not in seen
        ]
        found += representative
        singled_out = bool(representative)
    if not found:
        # No project named: the company of one, named in a speaker's or a signer's title.
        found = _titled_companies(paragraphs)
    if not found:
        # With no headline (a reposted dispatch), the lead says what the article is about.
        total = _unnamed_batch_total(text, paragraphs, head or paragraphs[0])
        return ProjectReport((), total, (), None, _event_of(head), ())
    amounts = find_amounts(text)
    sentences = _sentences(paragraphs)
    # Counts written with each list (4大项目 … 共11项) add up; else the announced one.
    counts = [lst.count for lst in contributing]
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
            problems.append(f"text announces {expected} projects, found {len(projects)}")
    return ProjectReport(
        projects=projects,
        batch_total=batch_total,
        fields=_fields(text, lists),
        expected=expected,
        event=event,
        problems=tuple(problems),
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
    return any(
        (len(old) >= 4 and key[:2] == old[:2] and key[-2:] == old[-2:] and _in_order(old, key))
        # or its short form without the place: 灵川县八里街学校 -> 八里街学校
        or (
            len(key) >= 5
            and old.endswith(key)
            and _PLACE_PREFIX.match(old[: len(old) - len(key)]) is not None
        )
        # or without its year: 2017年度安置点 -> 安置点
        or (len(key) >= 5 and old.endswith(key) and _YEAR.match(old[: len(old) - len(key)]))
        # or shortened, without its place: 祁东县科多供电母线及管道生产线 -> 科多供电生产线
        or _shortened(key, old)
        for old in seen
    )


def _shortened(key: str, old: str) -> bool:
    place = _LEADING_PLACE.match(old)
    if place is None or len(key) < 5:
        return False
    rest = old[place.end() :]
    return key[:2] == rest[:2] and key[-2:] == rest[-2:] and _in_order(key, rest)


_LEADING_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|镇|乡|州|旗)(?=.{5})")


def _placed_form_of(key: str, seen: set[str]) -> str | None:
    """The key found before that `key` writes with a place before it, if any."""
    return next(
        (
            old
            for old in seen
            if len(old) >= 5 and key.endswith(old) and _PLACE_PREFIX.match(key[: -len(old)])
        ),
        None,
    )


_YEAR = re.compile(r"^\d{4}年度?$")
_PHASE_END = re.compile(r"(?:项目)?[一二三四五六七八九十\d]期(?:工程|项目)?$")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|镇|乡|州|旗)$")


def _in_order(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)


def project_key(name: str) -> str:
    """A project's name normalised for matching: NFKC, no quotes or spaces, no 项目 suffix."""
    key = unicodedata.normalize("NFKC", name)
    key = re.sub(r"[\s“”\"'‘’「」《》]", "", key).lower()
    return re.sub(r"(?:建设)?项目$", "", key) or key


def dedupe_projects(items: Iterable[T], *, name: Callable[[T], str]) -> list[list[T]]:
    """Group items that name the same project (see `project_key`), in first-seen order.

    `name` gives an item's project name, so rows of any shape (file, article,
    project) can be grouped: ``dedupe_projects(rows, name=lambda r: r.project.name)``.
    """
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(project_key(name(item)), []).append(item)
    return list(groups.values())


# --- lists ------------------------------------------------------------------------------


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


def _find_lists(paragraphs: Sequence[str]) -> list[_List]:
    # In a batch report (an event in the headline) any project subject may open a list.
    batch = bool(_EVENT.search("\n".join(paragraphs[:2])))
    lists: list[_List] = []
    i = 0
    while i < len(paragraphs):
        para = paragraphs[i]
        run = _heading_run(paragraphs[i:], batch=batch)
        if run is not None:
            lists.append(run[0])
            i += run[1]
            continue
        marked = _marked_run(para) if batch else None
        if marked is not None:
            lists.append(marked)
            i += 1
            continue
        table = _table_list(paragraphs[i:])
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
        for n in range(1, len(sentences) if _OPENER_COLON.search(para) else 0):
            # ... or in the sentence before (paragraphs run together).
            if _CONTINUED_OPENER.match(sentences[n].strip()):
                sentences[n] = sentences[n - 1] + "，" + sentences[n].strip()
        for n, sentence in enumerate(sentences):
            if not _list_cue(sentence):
                continue
            found = _bracketed_lists(sentence) or _sentence_lists(sentence, batch=batch)
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
    return [lst for lst in lists if lst.items]


def _bracketed_lists(sentence: str) -> list[_List]:
    """3家是电子信息类企业（A、B、C）；还有2家企业进行签约（D、E）: a count of companies or
    projects, then in brackets as many names as it counts."""
    if "、" not in sentence or not _ANY_BRACKET.search(sentence):
        return []
    if not _COUNTED_SUBJECT.search(sentence):
        return []  # cheap first: no count, no bracketed list
    lists: list[_List] = []
    for start, end in _top_brackets(sentence):
        inner = sentence[start + 1 : end]
        if "、" not in inner:
            continue
        before = _split_top(sentence[:start], "，,；;：:")[-1]
        counted = _COUNTED_SUBJECT.search(before)
        if counted is None or _VISIT.search(before):
            continue
        pieces = _split_top(inner, "、")
        names = [_clean_name(p) for p in pieces]
        if len(names) != _number(counted["n"] or counted["m"]):
            continue
        if not all(_is_name(n) and not _PROSE.search(n) for n in names):
            continue
        event = _event_of(before) or _event_of(sentence)
        items = tuple(_Item(n, event) for n in names)
        lists.append(_List(items, len(items), False, sentence, start, end + 1))
    return lists


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


def _joined_list(opener: str, following: Sequence[str], *, batch: bool) -> _List | None:
    """The list an opener paragraph starts when the next paragraph is its whole body
    (A、B、C。 or A；B；C。), not one item a paragraph."""
    if not following:
        return None
    body = _split_top(following[0], "。！？!?")[0]
    if not re.search(r"[、；;]", body) or _split_top(following[0], "。")[1:2] not in ([], [""]):
        return None
    found = _opener_list(opener + body, batch=batch)
    return found if found is not None and len(found.items) >= 2 else None


def _marked_run(para: str) -> _List | None:
    """①A；②B；③C / 项目一：A。项目二：B / 第一，A，总投资…；第二，B: a paragraph of two or
    more numbered pieces, each opening with a project."""
    markers = list(_RUN_MARKER.finditer(para))
    if len(markers) < 2 or para[: markers[0].start()].strip("：: 。") != "":
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
    r"|第[一二三四五六七八九十]{1,3}[，,、]|项目[一二三四五六七八九十\d]{1,3}[：:])"
)
_LIST_TITLE = re.compile(r"(?:项目|企业)(?:名单|一览表?|清单|名录|如下)$")
# A table's header row: 序号 项目名称 投资额（亿元）
_TABLE_HEADER = re.compile(r"(?:^|\s)(?:项目名称|企业名称|项目)(?:\s|$)")


def _table_list(paragraphs: Sequence[str]) -> tuple[_List, int] | None:
    """A table of projects, a row a line, cells apart by spaces, under a header with a
    name column (序号 项目名称 投资额): the name cell of each row."""
    header = paragraphs[0]
    if not _TABLE_HEADER.search(header) or len(header.split()) < 2:
        return None
    column = next(
        (k for k, cell in enumerate(header.split()) if cell in ("项目名称", "企业名称", "项目")),
        0,
    )
    items: list[_Item] = []
    for row in paragraphs[1:]:
        cells = row.split()
        if len(cells) < 2:
            break
        cell = cells[column] if column < len(cells) else ""
        name = _clean_name(cell)
        if not (_NAME_SUFFIX.search(name) and _is_name(name)):
            break
        items.append(_Item(name, "", _chunk_amount(row)))
    if len(items) < 2:
        return None
    return _List(tuple(items), None, False, header), 1 + len(items)


_OPENER_COLON = re.compile(r"(?:分别|依次|具体|主要|包括)[^：:]{0,2}[：:]")
_CONTINUED_OPENER = re.compile(
    r"^(?:这些项目|这批项目|项目)?(?:分别是|分别为|依次是|依次为|具体是|具体为|具体包括|主要包括|主要有"
    r"|包括)[：:]"
)


def _heading_run(paragraphs: Sequence[str], *, batch: bool) -> tuple[_List, int] | None:
    """Two or more paragraphs in a row, each headed by a project (1. X项目。… / 【X项目】…
    / X项目：…), in a batch report: one project per paragraph, with no opener."""
    if not batch:
        return None
    items: list[_Item] = []
    used = 0
    bare = False  # the last heading is a line of its own: its text follows
    for n, para in enumerate(paragraphs):
        name = _heading(para)
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
    if len(items) < 2:
        return None
    return _List(tuple(items), None, False, paragraphs[0]), used


def _heading(para: str) -> str | None:
    match = _BRACKET_HEAD.match(para) or _COLON_HEAD.match(para)
    if match is not None:
        raw = match.group("name")
    elif _MARKER.match(para):
        raw = _split_top(_MARKER.sub("", para, count=1), "，,；;。：:")[0]
    else:
        return None
    name = _clean_name(raw)
    if _NAME_SUFFIX.search(name) and _is_name(name) and not _PROSE.search(name):
        return name
    return None


_BRACKET_HEAD = re.compile(r"^[【\[](?P<name>[^】\]]{2,60})[】\]]")
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
        rest = found.sentence[found.end :]
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
    if batch:
        candidates.append(_event_list(sentence))
    return min((c for c in candidates if c), key=lambda c: c.start, default=None)


def _event_list(sentence: str) -> _List | None:
    """A clause that is a list and what happened to it: A、B、C顺利开工 / A、B项目奠基开工 /
    A项目和B中心正式开工.

    With neither opener nor closer, every item must look like a project, and the
    list must open its clause (宣布A、B开工 is read from the list on).
    """
    at = 0
    for clause in _split_top(sentence, "，,；;：:"):
        start, at = at, at + len(clause) + 1
        led = _led_list(clause)
        if led is not None:
            return _List(led, None, False, sentence, start, start + len(clause))
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

        event = _EVENT_IN_CLAUSE.search(clause)
        if event is None:
            continue
        head = _LIST_LEAD.sub("", clause[: event.start()].rpartition("宣布")[2])
        head = _strip_lead(head)[0]  # 市政府与A、B签约: the other party is not an item
        head = head.removesuffix("的")  # A、B、C的开工，标志着…
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
        if _VISIT.search(head) or _HORTATIVE.search(head) or _NOT_LIST_HEAD.search(head):
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
        and not any(_PROSE.search(i.name) for i in items)
    ):
        return _List(tuple(items), None, True, sentence, 0, run.end())
    return None


_TRAILING_RUN = re.compile(r"^\s*(?P<run>[^、，,。…]{2,40}(?:、[^、，,。…]{2,40}){2,})(?:……|…)")
_RUN_EVENT = re.compile(r"项目[^。]{0,30}?(?:签约|落地|开工|投产|落户)")


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
_COPULA_EVENT = re.compile(r"(?:是|为)(?:此次|本次|这次|今年|今天|当天)?(?:集中)?$")
_EVENT_PROJECTS = re.compile(r"(?:建设)?的?[^，,。；;]{0,8}?项目")
# The event after a list: 顺利开工, 奠基开工, 正式签约 (an adverb or 奠基 may come first).
# A、B将抱团入驻: moving in is what enterprises commit to, so 将 does not make it a plan.
# A项目、B项目参与签约仪式: taking part in the signing is being signed.
_EVENT_IN_CLAUSE = re.compile(
    r"(?:(?:将|拟)?(?:抱团|整体|集体|陆续|相继)?(?=入驻|落户))?(?:进行了?)?"
    rf"(?:{_ADVERBS}|奠基)*(?:参与|参加)?(?:{_EVENTS}|动工|开建|建成|投用|投入使用)"
)
_REPRESENTED = re.compile(r"(?<=项目)(?:的)?(?:合作|签约)?(?:双方|各方|三方|投资方|业主)代表.*$")
# What may open a clause before its list: a connective or a quote mark.
_LIST_LEAD = re.compile(r"^[“\"‘\s。，,；;]*(?:随着|其中|此外|另外|同时|目前)?")
# Verbs before a list in its clause: the clause is about something else (出席A、B开工仪式).
_NOT_LIST_HEAD = re.compile(
    r"涉及|涵盖|覆盖|聚焦|围绕|举行|举办|出席|参加|见证|主持|致辞|推动|助力|带动"
    r"|代表[^、，,]{0,15}?与"  # 市长某某代表市政府与A、B签约: the parties, read as such
    r"|服务(?!区|中心|站|平台|基地|园|综合体)"  # to serve is a verb; 服务中心 is a name
)


def _list_cue(sentence: str) -> bool:
    """Cheap test: could this sentence hold or open a list of projects?"""
    return bool(_SUBJECT.search(sentence) or "引进" in sentence or _EVENT.search(sentence)) and (
        "、" in sentence
        or "；" in sentence
        or ";" in sentence
        or sentence.rstrip().endswith(("：", ":", "有", "包括", "分别是", "分别为", "如下"))
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
    )


def _last_sentence(para: str) -> str:
    pieces = [p for p in _split_top(para, "。！？!?") if p.strip()]
    return pieces[-1] if pieces else ""


def _ends_with_opener(sentence: str, *, batch: bool) -> bool:
    """签约项目如下： / 开工项目有： — a subject and an opener word end the paragraph."""
    s = sentence.rstrip()
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
    rf"(?:项目|企业)(?:{_COUNT}个|共{_COUNT}个)?(?:的)?"
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
        prefix = sentence[: match.start()]
        if _bracket_depth(prefix):
            continue
        clause = _last_clause(prefix)
        if word in _WEAK_OPENERS and not named and not _WEAK_OPENER_LEFT.search(clause):
            continue
        if not (named or _SUBJECT.search(prefix) or "引进" in clause or _EVENT_OF.search(clause)):
            continue
        if not (batch or _BATCH_CUE.search(prefix)):
            continue
        # 推介暨投资项目签约的企业有: the event after 暨 is the one the list took part in.
        if (
            _VISIT.search(clause.rpartition("暨")[2])
            or _HORTATIVE.search(clause)
            or _IN_TALKS.search(clause)
            or (word == "" and _TELLING.search(clause))  # 再一次提醒企业：只有…
        ):
            continue
        if _background(prefix) or _STANDING.search(clause):
            continue  # 此前签约的项目有… / 现有在建项目有…: not this batch
        if _FIELD_TAIL.match(sentence[match.end() :]):
            continue
        body = sentence[match.end() :]
        if word in _WEAK_OPENERS and _COUNT_FIRST.match(body):
            continue  # 项目有21个，包括A、B: the count, then the real opener
        if word in _WEAK_OPENERS and (_one_project(clause) or _PREDICATE_START.match(body)):
            continue  # 该项目是国内最先进的… / X项目是…的又一重大项目 / 是一批…的好项目
        if _PARTS_OF_ONE.search("".join(_split_top(prefix, "，,；;")[-2:])):
            continue  # 该项目主要建设厂房、仓库: the parts of one project, not a list
        first = _split_top(body, "，,；;")[0]
        bare = _strip_item_modifier(_BRACKETED_MONEY.sub("", first))[0]
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
            count += _prefix_count(prefix) or parsed.free
        items = _split_by_count(items, count)
        # Right after its subject (签约项目有) a list may name anything; further away
        # (…共4个，总投资16亿元，涉及A、B) most items must look like projects.
        shaped = sum(bool(_NAME_SUFFIX.search(i.name)) for i in items)
        if not items or (len(items) == 1 and not shaped):
            continue
        direct = _WEAK_OPENER_LEFT.search(clause) or _SUBJECT.search(clause)
        if not direct and count is None and shaped * 2 < len(items):
            continue
        if word in _WEAK_OPENERS and not colon:
            # 重大项目是稳定经济的“压舱石”、… / 项目有新变化、有新亮点: a copula or 有
            # says what they are; 项目777个，有力地推动了…: a predicate, not a list.
            if count is None and shaped * 2 <= len(items):
                continue
            if any(_PROSE.search(i.name) for i in items):
                continue
        if word == "涵盖" and shaped * 2 < len(items):
            continue  # 涵盖 names fields more often than projects
        if shaped < len(items) and any(_PROSE.search(i.name) for i in items):
            continue  # 涉及的开发区、部门要提供全程式、保姆式服务: a sentence, not names
        if clause.endswith(("既", "也")) and shaped < len(_split_top(first, "、")):
            continue  # 项目中既包含基础提升、产业提质的项目，也包含国企、民企项目: kinds
        open_ended = parsed.open_ended or word.startswith("其中") or word == "如"
        return _List(
            (*_representative(prefix, event), *items), count, open_ended, sentence, match.start()
        )
    return None


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
    if re.search(rf"{_COUNT}(?:个|项|家)$", subject):
        return False  # 现代服务业项目1个，为X: a counted class
    if re.match(r"^(?:该|此|这个|这一|这项)(?:项目|工程|企业)", subject):
        return True
    return bool(_NAME_SUFFIX.search(subject)) and _is_name(subject)


# A copula's predicate, not a list: 是一批…的好项目, 是又一重大项目, 是全县…
_PREDICATE_START = re.compile(r"^(?:一批|一个|一项|一座|一家|一种|又一|全[省市县区]|我[省市县区])")
# The parts of one project: 该项目主要建设A、B / 建设内容包括A、B.
_PARTS_OF_ONE = re.compile(r"该项目|此项目|这个项目|这一项目|建设内容|主要建设|建设规模")
# A clause after a list item that says what the item is made of.
_PARTS_CLAUSE = re.compile(r"^(?:该项目|项目)?(?:主要|具体)?(?:包括|包含|建设|建设内容|内容)")
_COUNT_FIRST = re.compile(rf"^(?:近|约|超|逾)?{_COUNT}(?:多|余)?(?:个|项|家)")


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
        loose = [n for n, i in enumerate(items) if not _STRONG.search(i.name)]
        n = loose[0] if len(loose) == 1 else -1
        if 0 <= n < len(items) - 1 and re.search(r"[和及]", items[n + 1].name):
            name = f"{items[n].name}、{items[n + 1].name}"
            return [*items[:n], _Item(name, items[n].event, items[n + 1].amount), *items[n + 2 :]]
    if count is None or len(items) != count - 1 or not items:
        return items
    last = items[-1]
    if _RELATED.search(last.name):
        return items  # X、Y及相关配套项目 is one item
    for joiner in ("和", "及", "与"):
        left, sep, right = _partition_top(last.name, joiner)
        if sep and len(left) >= 2 and len(right) >= 2 and _is_name(left) and _is_name(right):
            return [*items[:-1], _Item(left, last.event), _Item(right, last.event, last.amount)]
    return items


# 聚焦A、B等领域 after an opener: a list of fields, not of projects.
_FIELD_TAIL = re.compile(rf"^[^，,。；;]{{2,120}}?等{_FIELD_CLOSER}(?!项目|企业)")


def _closer_list(sentence: str, *, batch: bool = False, led: bool = False) -> _List | None:
    """A list known only by its closer: A、B、C4大项目 / A、B等在10月竣工项目共11项.
    `led`: the list goes on one before it (签约A、B等工业项目11个；C、D等文旅项目6个), so
    the event that led that one leads this one too."""
    matches = [
        (match, regex)
        for regex in (_CLOSER_COUNTED, _CLOSER_BIG, _CLOSER_EVENT, _CLOSER_LABELLED, _CLOSER_TAIL)
        for match in regex.finditer(sentence)
    ]
    # The first closer in the sentence first: the lists after it are read on their own.
    for match, regex in sorted(matches, key=lambda m: m[0].start()):
        if regex is _CLOSER_BIG and sentence[: match.start()].rstrip().endswith(_CLAUSE_ENDS):
            continue  # …举办恳谈会，7个重点项目成功签约: a count opening its clause closes nothing
        clause = _last_clause(sentence[: match.start()])
        if _FIELDS_BEFORE.search(clause):
            continue  # 新能源、文旅融合等领域的25个项目: fields, not names
        # 以A、B为代表的12个项目 / 包括A、B在内的 / A、B共3个项目: the frame is not a name.
        clause = _FRAME_TAIL.sub("", _FRAME_HEAD.sub("", clause)) if "、" in clause else clause
        firms = re.search(r"家|企业|公司", match.group()) is not None
        counts_event = _strong_closer(sentence, match)
        shape = _FIRM if firms else _NAME_SUFFIX if counts_event else _STRONG
        if "、" not in clause and (
            commas := _comma_names(sentence[: match.start()], shape, loose=counts_event)
        ):
            clause = commas  # A项目，B项目，C项目等3个项目集中开工
        # 听取了A、B等签约项目企业的介绍: the closer says what they are; only a visit
        # to them (来到A、B等新竣工项目现场) is still a visit.
        labelled = regex is _CLOSER_LABELLED
        if (_PHYSICAL_VISIT if labelled else _VISIT).search(clause):
            continue
        if _IN_TALKS.search(match.group()) and not _EVENT_AFTER.match(sentence, match.end()):
            continue  # A、B等在谈项目 (but A等20个储备项目提前开工 have started)
        if _VISITED_AFTER.match(sentence, match.end()):
            continue  # 先后到A、B等项目进行实地调研: places visited
        if _PROCESS_AFTER.match(sentence, match.end()):
            continue  # A、B等项目的顺利推进，为…: work going on, not an event
        if _MODAL_AFTER.match(sentence, match.end()) or _SPEECH.search(sentence[: match.start()]):
            continue  # 他要求，A、B等项目要加快建设: what should happen, not what did
        # 市领导A、B等市领导和C公司、D等新开工项目业主: the list after the other one.
        prior = _PRIOR_LIST.match(clause)
        if prior is not None:
            clause = clause[prior.end() :]
        if "、" not in clause:
            pair = _pair_before_closer(sentence, clause, match, regex)
            if pair is not None:
                return pair
            single = _single_before_closer(sentence, clause, match, regex, led=led)
            if single is not None:
                return single
            continue
        if _IN_TALKS.search(clause):
            continue  # 谋划储备A、B等50个项目
        if _background(sentence[: match.start()]) or _STANDING.search(match.group()):
            continue  # 近年来累计引进A、B等企业120家 / 现有A、B等在建项目30个: not this batch
        # Plans and exhortations (计划实施A、B等10个项目) are not a batch that happened.
        counted = "n" in regex.groupindex
        if _HORTATIVE.search(_PROGRESS.sub("", clause) if counted else clause):
            continue
        after = _EVENT_AFTER.match(sentence, match.end())
        if regex is not _CLOSER_EVENT and not (
            _EVENT.search(sentence) or "项目" in match.group() or after
        ):
            continue
        # The event before the list (现场集中签约了A、B等15个项目 / 此次签约的A、B等项目)
        # or the other party (桐江区与A、B等6家企业签约) is not part of the first name.
        clause, lead = _strip_lead(clause)
        parties, sep, firm_list = _partition_last(clause, "与")
        if firms and sep and (_GOVERNMENT.search(parties) or "代表" in parties):
            # 市领导A、B代表市政府、管委会与C、D等10家企业签约: the firms after 与.
            clause, lead = firm_list, True
        if not lead and regex is _CLOSER_TAIL and not batch:
            continue  # A、B等项目 with no event, outside a batch report
        event = (
            (_event_of(after.group()) if after else "")
            or _event_of(match.group())
            or _event_of(sentence)
        )
        items = _split_items(_strip_modifier(clause), event)
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
            or labelled
        ) and not _FIELD_VERB.search(clause)
        if len(items) >= 2 and (
            (shaped[-1] and sum(shaped) * 2 >= len(items))
            or (strong and not any(_PROSE.search(i.name) for i in items))
        ):
            count = _number(match.group("n")) if "n" in regex.groupindex else None
            items = _split_by_count(items, count)
            first = _split_top(clause, "、")[0]
            cut = _modifier_end(first)
            if cut >= 0 and _has_money(first[:cut]) and all(i.amount is None for i in items[1:]):
                # 总投资63亿元的A、B、C等12个项目: the amount before the list is the batch's.
                items[0] = _Item(items[0].name, items[0].event)
            return _List(tuple(items), count, count is None, sentence, match.start(), match.end())
    return None


_FIELDS_BEFORE = re.compile(rf"等{_FIELD_CLOSER}的?$")
_FRAME_HEAD = re.compile(r"^以")
_CLAUSE_ENDS = ("，", ",", "；", ";", "：", ":")
_FRAME_TAIL = re.compile(r"(?:为代表的?|在内的?|共|合计|总计|计)$")


def _comma_names(text: str, shape: re.Pattern[str], *, loose: bool = False) -> str:
    """A项目，B项目，C项目 before a closer: names separated by commas, each a clause of
    its own of the closer's kind (X项目; a company when it counts companies: 与A公司，B集团
    等13家企业签约), as one 、-list (empty when they are not). When the closer counts
    projects and says what happened to them (等10个项目集中开工), any short name will do
    (帝鹏科技), but not a time (当天上午)."""
    clauses = [c for c in _split_top(text.rstrip("，, "), "，,")]
    names: list[str] = []
    firms = shape is _FIRM
    for clause in reversed(clauses):
        name = _clean_name(clause)
        fits = shape.search(name) or (loose and _alone(name) and not _TIME_WORD.search(name))
        if not (fits and _is_name(name)) or _PROSE.search(name) or "与" in clause:
            # The first name after the other party: 副市长某某分别与A公司.
            lead = re.match(r"^[^，,]*?(?:分别)?与(?P<rest>[^与]{4,})$", clause) if firms else None
            if lead is not None and _FIRM.search(rest := _clean_name(lead["rest"])):
                names.insert(0, rest)
            break
        names.insert(0, clause)
    return "、".join(names) if len(names) >= 2 else ""


_FIRM = re.compile(r"(?:公司|集团|厂)$")
_TIME_WORD = re.compile(
    r"^(?:当天|今天|今日|昨天|日前|近日|目前|同时|其中|此外|随后|会上|现场|据悉|据了解|上午|下午"
    r"|\d{1,2}月\d{1,2}日)|(?:上午|下午|晚上)$"
)


# 等项目 / 等基础设施项目 with no count: a closer when the event opens the clause (此次签约
# 的A、B等项目), or in a batch report when the items look like projects.
_CLOSER_TAIL = re.compile(
    r"(?<![高平初对均相同])(?<![^高]中)等(?:一批|多个|一系列)?"
    # 等极具科技含量的产业类项目: what they are like may come first.
    r"(?:[^，,。；;、\d等的]{1,10}的)?[^，,。；;、\d等的]{0,8}?项目"
    # 等项目单位负责人出席: the items are the projects' owners, people who attend.
    r"(?!单位|业主|方|负责|代表|法人)"
)
# What a list's visitors do there: 等项目进行实地调研 / 等企业参观考察.
_VISITED_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:调研|考察|参观|视察|观摩|检查|督导|察看|走访)")
# Words that place a list before the report's event (近年来, 此前, 去年, 累计): the
# projects of other days, not this batch; nor are those standing under construction
# (现有A、B等在建项目30个).
_BACKGROUND = re.compile(r"此前|之前|近年来|近几年|多年来|历年|往年|去年|早在|先前|累计")
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
    return (
        len(clauses) > 1 and len(clauses[-2].strip()) <= 6 and bool(_BACKGROUND.search(clauses[-2]))
    )


# A modal or a call in a sentence: what follows is to happen.
_MODAL = re.compile(r"(?<![主重纲需只])要(?![素点闻件])|务必|必须|确保|力争|争取|强调|希望|号召")
_PROCESS_AFTER = re.compile(r"的?(?:顺利|加快|全面|持续)?(?:推进|实施|建设)(?!项目)")
_MODAL_AFTER = re.compile(r"(?:都|均|也)?(?:要|需要|需|应|必须|务必|力争|确保|争取)")
_SPEECH = re.compile(r"要求|强调|希望|号召")
# Visiting in person: what is visited is not a list of projects, whatever its closer.
_PHYSICAL_VISIT = re.compile(
    r"考察|参观|调研|走访|拜访|察看|查看|视察|观摩|检查|来到|前往|走进|深入|实地|莅临|督导|慰问|看望"
)
# A list closed before ours in the same clause: 等市领导和 / 等单位以及.
_PRIOR_LIST = re.compile(r"^.*(?<![高平初对均相同])(?<![^高]中)等[^、，,等]{1,8}?(?:和|及|以及|与)")
# An event right after a closer: 等10个项目集中开工 / 3个项目已经投产 / 等4个项目为开工项目.
_EVENT_AFTER = re.compile(rf"{_BEFORE_EVENT}?{_ADVERBS}*(?:{_EVENTS}|开建|投用|签订|签署)")
# A closer that counts projects, with at most a short kind (等10个项目, 3个项目, 等项目,
# 等6个工业项目). Industries before one (新能源、新材料等产业项目) are not names (_FIELD_WORD).
_BARE_CLOSER = re.compile(
    rf"等?(?:一批|多个|一系列|(?:近|约|超|逾)?{_COUNT}(?:多|余)?(?:个|项|家|户))?"
    r"(?:(?:计划|协议)?总?投资(?:约|超|达)?[\d.]+[万亿]*元的?)?"  # 等8个总投资127亿元项目
    r"(?:\d[\d.]*(?:[-~至]\d[\d.]*)?[万亿]*元(?:及?以上|以下)?)?"  # 等1-5亿元项目4个
    rf"(?:[^，,。；;、\d等的]{{0,5}}?){_KIND}"
    rf"(?:的项目|(?:共|计)?{_COUNT}(?:个|项|家))?"  # 等项目29个, 等框架协议10个
)
# Verbs that introduce fields or industries rather than projects.
_FIELD_VERB = re.compile(r"涉及|涵盖|覆盖|聚焦|围绕|集中在|分布在|属于")


# What opens a list's clause and is not part of its first name: the event (现场集中签约了,
# 此次开工的), or the other party of a signing (桐江区与).
_LIST_VERB = re.compile(
    rf"^(?:[^、，,]{{0,12}}?(?:此次|本次|这次|今年|当天|现场|共|先后|还|已)?{_ADVERBS}*"
    rf"(?:{_EVENTS}|签订|签署)(?:了|的)?|[^、，,与]{{2,20}}?(?:分别)?与"
    r"|[^、，,]{0,12}?(?:举行|举办|主要包括|包括|主要有|涉及|涵盖)了?"
    # Verbs no name holds (实现A、B签约 / 听取了A、B的介绍 / 列入计划的有A、B) ...
    r"|[^、，,]{0,12}?(?:实现|完成|达成|促成|听取|询问|对接|的有)了?"
    # ... and verbs a name may hold (X建设项目), so only first in the clause or after
    # an adverb: 实施A、B等3个项目 / 正在加快建设A、B.
    r"|(?:[^、，,]{0,12}?(?:正在|加快|加紧|全力|大力|着力|重点|积极|继续|持续|稳步|扎实|有序|全面"
    r"|共|还|已|先后))?"
    r"(?:实施|建设|推进|新建|引进|建成投用|建成投产|建成|在建)了?"
    # 在X合作中建设A、B: where they are built.
    r"|在[^、，,]{1,30}?[中内上里](?:投资)?(?:建设|实施|新建|打造)了?)"
)


def _strip_lead(clause: str) -> tuple[str, bool]:
    """The clause from its list on, and whether a lead was cut (开工项目涉及A、B -> A、B)."""
    cut = False
    for _ in range(3):
        lead = _LIST_VERB.match(clause)
        if lead is None or not 0 < lead.end() < clause.find("、"):
            break
        first = _clean_name(_split_top(clause[lead.end() :], "、")[0])
        if len(first) < 2 or _GENERIC.match(first):
            break  # 相如二小建设项目: the verb was part of the name
        clause, cut = clause[lead.end() :], True
    return clause, cut


def _bare(match: re.Match[str]) -> bool:
    """Is the closer only a count of projects (等15个项目, 等项目), no category?"""
    bare = _BARE_CLOSER.match(match.string, match.start())
    return bare is not None and bare.end() >= match.end() - 1


def _strong_closer(sentence: str, match: re.Match[str]) -> bool:
    """Does the closer only count projects, with what happened to them right after?"""
    bare = _BARE_CLOSER.match(sentence, match.start())
    if bare is None:
        return False
    # 等冶金企业共15个亿元以上招商引资项目均按计划开工建设: the event after the whole closer.
    return any(_EVENT_AFTER.match(sentence, at) for at in (bare.end(), match.end()))


def _pair_before_closer(
    sentence: str, clause: str, match: re.Match[str], regex: re.Pattern[str]
) -> _List | None:
    """A和B两个项目同时开工: two names joined by 和, counted 2, with their event."""
    if "n" not in regex.groupindex or _number(match.group("n")) != 2:
        return None
    if not _strong_closer(sentence, match) or _HORTATIVE.search(clause):
        return None
    rest = _strip_lead(clause)[0]
    for joiner in ("和", "及", "与"):
        left, sep, right = _partition_top(rest, joiner)
        names = [_clean_name(left), _clean_name(right)]
        if sep and all(_is_name(n) and not _PROSE.search(n) for n in names):
            after = _EVENT_AFTER.match(sentence, match.end())
            event = _event_of(after.group()) if after else ""
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
    if regex is _CLOSER_TAIL and _CONTINUING.match(clause):
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
    after = _EVENT_AFTER.match(sentence, match.end())  # X等8个项目已开工建设
    event = _event_of((verb or after or match).group())
    items = _split_items(rest, event)
    if count < 2 or len(items) != 1:
        return None
    # 开工轨道交通1号线支线等52个基础设施项目: led by its event and counted as one of
    # the projects, a name needs no project shape.
    # (其中X等25个产业项目: one of the batch just counted)
    led = led or clause.lstrip().startswith("其中")
    counted = (verb is not None or led) and "项目" in match.group()
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
            break
        items.append(_Item(name, event, amount))
        used += 1
    if len(items) < 2:
        return None, 0
    return _List(tuple(items), _subject_count(opener), False, opener), used


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
    for n, clause in enumerate(clauses):
        part, closer_count, closed_open = _cut_closer(clause)
        continuing = n == 0 or re.match(r"^(?:还有|以及|另有|另外还有|同时还有|和|及)", clause)
        if not continuing and _invested(clause) and any(_invested(c) for c in clauses[:n]):
            # A公司投资2亿元的X项目、…，D公司总投资1亿元的Y项目: the same shape goes on.
            items.extend(_split_items(clause, event))
            continue
        if not continuing:
            if _has_money(clause) or _VISIT.search(clause) or _HORTATIVE.search(clause):
                break
            if _PARTS_CLAUSE.match(clause):
                break  # A项目，主要包括X平台、Y平台等: the parts of the item before
            # 新建项目有A、B，续建项目有C、D / …，续建项目2个，分别是C、D: a further list
            # with its own opener reads the rest of the body.
            sub = _opener_list("，".join(clauses[n:]), batch=True)
            if sub is not None and sub.start <= len(clause) + 1:
                items.extend(sub.items)
                count = None if count is None or sub.count is None else count + sub.count
                break
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
                break
            # A further list closed by 等…项目: 包括A、B等基础设施项目，C等产业项目.
        count = count if closer_count is None else (count or 0) + closer_count
        open_ended = open_ended or closed_open
        # 等6个开工项目，…等5个竣工项目: each list's own event.
        own_event = _event_of(clause[len(part) :]) or event
        items.extend(_split_items(_strip_modifier(part), own_event))
        if closer_count is not None and n == 0 and len(clauses) > 1:
            # 等12个，总投资…: the list is closed; later clauses are about the batch,
            # unless one is another counted list (A等6个开工项目，B等5个竣工项目).
            nxt = clauses[1]
            if not re.match(r"^(?:还有|以及|另有)", nxt) and not _counted_list_clause(nxt):
                break
    return _Body(items, count, open_ended)


def _counted_list_clause(clause: str) -> bool:
    """A、B等5个竣工项目: a clause that is a list closed by a count of projects."""
    part, closer_count, _ = _cut_closer(clause)
    return closer_count is not None and "、" in part and not _has_money(part)


def _parse_chunks(chunks: Sequence[str], event: str) -> _Body:
    items: list[_Item] = []
    counted: list[int] = []
    free = 0
    open_ended = False
    for chunk in chunks:
        chunk = _MARKER.sub("", chunk.strip(), count=1)
        if not chunk:
            continue
        sub = _opener_list(chunk, batch=True)
        if sub is not None:
            items.extend(sub.items)
            if sub.count is None:
                free += len(sub.items)
            else:
                counted.append(sub.count)
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
        found = _split_items(_strip_modifier(head), event)
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
    raw, amount = _strip_item_modifier(chunk.rstrip("。；; "))
    name = _clean_name(raw)
    if raw == chunk or not _NAME_SUFFIX.search(name) or not _is_name(name):
        return None
    if re.search(r"[、，,]", name) or _PROSE.search(name):
        return None
    return _Item(name, event, amount)


_DESCRIPTION_START = re.compile(r"^(?:建设|新建|打造|购置|投资|由|总投资|计划投资|占地)")


def _cut_closer(clause: str) -> tuple[str, int | None, bool]:
    """Split a closer off a list clause: (list part, its count or None, open-ended?)."""
    for regex in (_CLOSER_COUNTED, _CLOSER_BIG):
        match = regex.search(clause)
        if match and not _bracket_depth(clause[: match.start()]):
            return clause[: match.start()], _number(match.group("n")), False
    for regex in (_CLOSER_DESCRIBED, _CLOSER_OPEN):
        match = regex.search(clause)
        if match and not _bracket_depth(clause[: match.start()]):
            return clause[: match.start()], None, True
    return clause, None, False


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
        if ch == "的" and depth == 0 and i + 2 < len(text):
            before = text[:i]
            if _MODIFIER_VERB.search(before) or _has_money(before):
                cut = i
    return cut


def _split_items(part: str, event: str) -> list[_Item]:
    """The items of one list clause: A、B、C和D; A项目（总投资5亿元） keeps its amount."""
    pieces = [p for p in _split_top(part, "、") if p.strip()]
    if pieces:
        # The last item may join two: A项目和B中心 / A项目及B项目 (not 鑫合实业总部及院士工作站).
        last = pieces[-1]
        for joiner, left_shape in (("以及", _NAME_SUFFIX), ("和", _NAME_SUFFIX), ("及", _STRONG)):
            left, sep, right = _partition_top(last, joiner)
            if (
                sep
                and left_shape.search(_clean_name(left))
                and _NAME_SUFFIX.search(_clean_name(right))
                # X大道和Y路改造工程: two roads, one work that names both; X总部和研发中心
                # 项目: a facility of no one's is the rest of the name before it.
                and not (
                    (_SHARED_WORK.search(right) or _KIND_ONLY.match(_clean_name(right)))
                    and not _STRONG.search(_clean_name(left))
                )
            ):
                pieces[-1:] = [left, right]
                break
        # Any item may join two projects: A、B项目和C项目、D (not 城西幼儿园和二小建设项目).
        split: list[str] = []
        for piece in pieces[:-1]:
            left, sep, right = _partition_top(piece, "和")
            if sep and _STRONG.search(_clean_name(left)) and _STRONG.search(_clean_name(right)):
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
    for piece in pieces:
        # A等8个物流项目、B等5个工业项目: each group named by one example.
        piece = _GROUP_TAIL.sub("", piece) or piece
        piece, amount = _strip_item_modifier(piece.strip())
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
        if name and _is_name(name) and not _FIGURE.match(piece.strip()):
            items.append(_Item(name, event, amount))
    return items


# A short word in quotes, nothing after it (也有追加投资的“老朋友”): a figure of speech.
_FIGURE = re.compile(r"^[“\"‘][^”\"’]{1,4}[”\"’]$")


_AGREEMENT_ITEM = re.compile(rf"{_AGREEMENT}(?:[(（][^()（）]*[)）])?$")


_GROUP_TAIL = re.compile(
    rf"(?<=[^、，,])(?<![高平初对均相同])(?<![^高]中)等{_COUNT}(?:多|余)?(?:个|项|家)[^、，,等]{{0,12}}?"
    r"(?:项目|企业)$"
)


# A facility named only by its field (研发中心项目, 生产基地项目): whose, the name before says.
_KIND_ONLY = re.compile(
    rf"^(?:{_FIELDS})+(?:中心|总部|基地|园区|工厂|厂房|车间|仓库|实验室|研究院)(?:项目|工程)$"
)
_SHARED_WORK = re.compile(r"(?:建设|改造|提升|扩建|改扩建|新建|整治|修缮|提标改造)(?:工程|项目)$")


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
        if out and _RELATED.search(piece) and not _STRONG.search(_clean_name(out[-1])):
            out[-1] += "、" + piece
        else:
            out.append(piece)
    return out


_RELATED = re.compile(r"及(?:其)?(?:相关)?配套(?:设施|工程|项目)*$")


def _invested(piece: str) -> bool:
    """Does `piece` carry an investment modifier (A公司总投资5亿元建设的X, 由A投资的X)?"""
    cut = _modifier_end(piece)
    return cut >= 0 and "投资" in piece[:cut]


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


_STRONG = re.compile(r"(?:项目|工程)$")
_BRACKETED_MONEY = re.compile(r"[(（](?P<inner>[^()（）]*)[)）]$")


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


def _leading_amount(piece: str) -> tuple[str, Amount | None]:
    """1.2亿元新健医养结合项目 as a list item (its amount first, no 的) -> (name, 1.2亿元)."""
    amounts = find_amounts(piece[:20])
    if not amounts or amounts[0].start != 0:
        return piece, None
    rest = piece[amounts[0].end :]
    if not _NAME_SUFFIX.search(_clean_name(rest)) or _has_money(rest):
        return piece, None
    return rest, amounts[0]


def _bracketed_amount(piece: str) -> tuple[str, Amount | None]:
    """A项目（总投资5亿元） -> (A项目, 5亿元)."""
    match = _BRACKETED_MONEY.search(piece)
    if match:
        amounts = find_amounts(match.group("inner"))
        if amounts:
            return piece[: match.start()], amounts[0]
    return piece, None


def _clean_name(raw: str) -> str:
    name = _MARKER.sub("", raw.strip(), count=1)
    name = _strip_quotes(_LEADING.sub("", name).strip(" \u3000"))
    name = _EXAMPLE_TAIL.sub("", name)
    name = _APPOSITION.sub("", name)  # 一个十亿级大好高项目——X项目 -> X项目
    match = _DESCRIPTOR.match(name)
    if match and _DESCRIPTOR_CUE.search(match.group("desc")):
        rest = match.group("name")
        if not re.search(r"(?:项目|工程|中心|基地)$", rest) or len(rest) > 6:
            name = rest
    return name.strip()


# X项目等大项目: the last example of a list, then what the list is of.
_EXAMPLE_TAIL = re.compile(r"(?<=项目|工程)等(?:一批)?(?:大|重点|重大|优质|产业)*(?:项目|工程)$")


def _strip_quotes(name: str) -> str:
    """Drop quotes around a name or left unpaired at its ends, not those inside it:
    “十二五”优质棉基地 keeps its quotes, “X项目” and X项目” lose them."""
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


def _is_name(name: str) -> bool:
    return (
        2 <= len(name) <= 60
        and not _not_name(name)
        and not _GENERIC.match(name)
        and not _PARK_LABEL.match(name)
        and not _MEETING_LABEL.match(name)
        and not _FIELD_WORD.match(name)
        and not _has_money(name)
    )


def _not_name(name: str) -> bool:
    match = _NOT_NAME.search(name)
    # 年产2000台电梯和1800个停车设备项目: what it makes, counted, not a count of projects.
    if match is None:
        return False
    return not ("年产" in name[: match.start()] and match.group()[0].isdigit())


def _is_single_name(name: str) -> bool:
    """A name read on its own, with no list around it: also not a bare facility
    (标准厂房, 该县工业园区), which a list would make specific."""
    return _is_name(name) and not _BARE_FACILITY.match(name)


_BARE_FACILITY = re.compile(
    rf"^(?:该[县市区镇]|我[县市区镇]|全[县市区]|[\u4e00-\u9fff]{{1,4}}{_PLACE_END})?"
    r"(?:标准化?|新建?|配套|基础|重点|重大|工业|产业|一批|多个|部分|相关)*"
    r"(?:厂房|园区|工业园区?|产业园区?|基地|道路|学校|医院|车间|仓库|生产线|工程|设施|项目"
    r"|(?:院士|专家|博士后?)工作站)$"  # 签订院士工作站建站协议: a kind, not a name
    # A capacity and a kind of work (20万吨扩建项目): whose, the text does not say.
    r"|^(?:年产)?[\d.]+[万千百亿]*[\u4e00-\u9fff]{0,2}?(?:扩建|新建|改扩建|改造|技改|扩能)(?:项目|工程)$"
)


def _has_money(text: str) -> bool:
    return bool(find_amounts(text)) or bool(re.search(r"总投资|投资\d", text))


# --- without a list -------------------------------------------------------------------


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
    """X项目，总投资Y亿元 opening two or more paragraphs (or clauses) of a batch report."""
    items = _paragraph_items(paragraphs)
    return items if len(items) >= 2 else []


def _paragraph_items(paragraphs: Sequence[str]) -> list[_Item]:
    head = "\n".join(paragraphs[:3])
    if not _EVENT.search(head):
        return []
    event = _event_of(head)
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
    return items


_TOPIC = re.compile(
    r"^(?:据(?:了解|介绍|悉)[，,]?)?(?:其中|此外|另外|同时|[^，,。；;]{0,12}项目中)[，,]?"
)


def _paragraph_item(piece: str, event: str) -> _Item | None:
    """X项目，总投资Y亿元 opening `piece`: the project and its amount."""
    match = _PARAGRAPH_PROJECT.match(piece)
    if match is None:
        return None
    name = _clean_name(_strip_item_modifier(match.group("name"))[0])
    if _COMPANY.search(name):
        # A公司计划投资20亿元建设X项目: the investor; what it builds is the project.
        built = _BUILDS.match(piece, match.end())
        if built is None:
            return None
        name = _clean_name(built.group("name"))
    if _NAME_SUFFIX.search(name) and _is_single_name(name) and not _VISIT.search(name):
        return _Item(name, event, _chunk_amount(piece))
    return None


_BUILDS = re.compile(
    r"[^，,。；;]{0,16}?元[，,]?(?:将|拟)?(?:在[^，,。；;]{1,12}?)?(?:建设|投建|新建|打造)"
    r"(?P<name>[^，,。；;]{4,40}?)(?=[，,。；;]|$)"
)


def _representative_projects(paragraphs: Sequence[str]) -> list[_Item]:
    """The one or two projects a batch report names without listing the batch.

    A report of N projects signed or started (an event at its top, a count of
    projects in it) often singles out one: 这次签约的X; “X项目”作为代表项目进行签约;
    X项目投资额最大，计划总投资Y; A公司投资Y亿元，将在某地建设X项目.
    """
    head = "\n".join(paragraphs[:2])
    event = _event_of(head)
    if not event or not any(_COUNTED_SUBJECT.search(p) for p in paragraphs):
        return []
    items = _paragraph_items(paragraphs)
    for para in paragraphs:
        if not _REPRESENTATIVE_CUE.search(para):
            continue
        for sentence in _split_top(para, "。！？!?"):
            for regex in (_THIS_BATCH_NAME, _QUOTED_NAME, _INVESTOR_BUILDS):
                for match in regex.finditer(sentence):
                    rest = match.groupdict().get("rest")
                    if rest is not None and not _SIGNED.search(rest):
                        continue
                    name = _clean_name(match.group("name"))
                    shaped = _NAME_SUFFIX.search(name) and _is_single_name(name)
                    if shaped and not _PROSE.search(name):
                        items.append(_Item(name, _event_of(match.group()) or event))
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
    r"(?P<name>[^，,。；;、“”]{4,40})(?=[，,。；;]|$)"
)
# “X项目”作为代表项目进行线上签约: a quoted name opening a clause about the event.
_QUOTED_NAME = re.compile(r"(?:^|[，,：:])“(?P<name>[^“”]{4,40})”(?P<rest>[^，,。；;]*)")
# A公司投资24亿元，将在某地建设X项目: the investor, its amount, what it builds.
_INVESTOR_BUILDS = re.compile(
    r"[^，,。；;]{2,30}(?:公司|集团)(?:计划|拟|将)?投资[^，,。；;]{1,12}?元[，,]"
    r"(?:将|拟|计划)?(?:在[^，,。；;]{1,12}?)?(?:建设|投建|新建|打造)"
    r"(?P<name>[^，,。；;]{4,40})(?=[，,。；;]|$)"
)


_CEREMONY_CUE = re.compile(
    r"签|仪式|开工|动工|竣工|投产|落户|投资|会场|项目名称|最大的|居首|排名|奠基|培土"
)


def _signing_projects(paragraphs: Sequence[str]) -> list[tuple[str, _Item]]:
    """Every single ceremony or agreement (举行了X签约仪式, X项目开工仪式举行, 签订了X项目
    投资协议), and A、B分别与…签约 (companies as the parties), with their sentences."""
    found: list[tuple[str, _Item]] = []
    # A report of a signing describes its companies one a sentence (A将在某地建设…).
    signing = "签" in "\n".join(paragraphs[:2])
    for para in paragraphs:
        if not (_CEREMONY_CUE.search(para) or (signing and "将" in para)):
            continue
        for sentence in _split_top(para, "。！？!?"):
            if _CEREMONY_CUE.search(sentence):
                found.extend((sentence, item) for item in _single_items(sentence))
            if signing:
                found.extend((sentence, item) for item in _company_builds(sentence))
    return found


def _titled_companies(paragraphs: Sequence[str]) -> list[_Item]:
    """签约企业代表A公司总经理某某作了发言 / 与A公司董事长某某共同为项目开工启动水晶球:
    where a batch names no project, the companies of its projects in people's titles."""
    found: list[_Item] = []
    for match in _TITLED_FIRM.finditer("\n".join(paragraphs)):
        name = match.group("signer") or match.group("starter")
        if _is_name(name) and not _GOVERNMENT.search(name) and name not in {i.name for i in found}:
            event = "开工" if match.group("starter") or "开工" in match.group() else "签约"
            found.append(_Item(name, event))
    return found


_TITLED_FIRM = re.compile(
    r"(?:签约|开工|入驻|落户)(?:企业|项目)(?:代表|方)"
    r"(?P<signer>[^，,。；;、\n]{4,40}?(?:公司|集团))(?=董事长|总经理|副总经理|总裁|执行董事|负责人)"
    r"|与(?P<starter>[^，,。；;、与\n]{4,40}?(?:公司|集团))(?:董事长|总经理|总裁|负责人)"
    r"[\u4e00-\u9fff]{2,4}共同(?:为项目)?(?:开工)?(?:启动|按下|推动|培土|奠基|揭牌)"
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
    obj = match.group("object") or match.group("object2")
    head, sep, rest = subject.rpartition("企业")  # 新能源龙头企业协鑫集团 -> 协鑫集团
    if sep and len(rest) >= 2:
        subject = rest
    subject = _clean_name(subject)
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


_WILL_BUILD = re.compile(
    r"^(?P<subject>[^，,。；;、]{2,30}?)[，,]?(?:此次|还|也|计划|拟)?将"
    r"(?:在[^，,。；;]{1,12}?|携手[^，,。；;]{1,12}?)?(?:投资(?:[^，,。；;]{0,12}?元)?[，,]?)?"
    r"(?:在[^，,。；;]{1,12}?)?(?:投资)?(?:建设|投建|新建|打造|布局)(?P<object>[^，,。；;]{4,60})"
    r"|^(?P<subject2>[^，,。；;、]{2,30}?)[，,]?(?:此次|还|也)?将(?P<object2>[^，,。；;]{4,40}?)"
    r"落户"
)
# Subjects that are not a company: people, the parties, the place, the projects,
# officials and offices, someone speaking.
_NOT_SUBJECT = re.compile(
    r"^(?:双方|各方|我们|他们|我|全[省市县区]|本[省市县区]|项目|企业|公司|集团|政府|该|这|其)"
    r"|[后时中长委局部办厅]$|书记|主任|董事长|总经理|总裁|负责人|表示|介绍|指出|强调|认为|说"
)


def _person_like(name: str) -> bool:
    """A surname and one or two characters (张伟): a person, not a company's short name."""
    return 2 <= len(name) <= 3 and name[0] in _surnames()


@functools.cache
def _surnames() -> frozenset[str]:
    path = Path(__file__).resolve().parent / "data" / "surnames.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(x for x in lines if len(x) == 1)


def _venue_items(sentence: str) -> list[_Item]:
    """The projects whose sites host the ceremony: 主会场设在X项目建设现场 / 分会场分别设在
    A项目和B项目 / 仪式在X项目现场举行 / 设X项目主会场；设有5个分会场，分别是A产业园
    分会场、B项目分会场. A hall, a centre or a place (乐东分会场) hosts no project."""
    items = [i for m in _SITES.finditer(sentence) for i in _site_items(m["sites"] or m["venue"])]
    if "会场" not in sentence and "分现场" not in sentence or not _GROUNDBREAKING.search(sentence):
        return items
    for match in _VENUE.finditer(sentence):
        name = _clean_name(_VENUE_LEAD.split(match.group("site"))[-1])
        if (
            _NAME_SUFFIX.search(name)
            and not _HALL.search(name)
            and _is_single_name(name)
            and not _PROSE.search(name)
            and not _EVENT.search(name)
        ):
            items.append(_Item(name, "开工"))
    return items


_SITES = re.compile(
    r"会场(?:分别)?设在(?P<sites>[^，,。；;]{4,80}?)(?:建设|施工)?(?:现场|工地)?(?=[，,。；;]|$)"
    # 开工仪式在X项目现场举行 / 集中开工在X项目建设现场举行
    rf"|(?:仪式|活动|{_EVENTS})(?:在|于)(?P<venue>[^，,。；;]{{4,60}}?)(?:建设|施工)?(?:现场|工地)"
    r"(?:隆重)?举行"
)
_GROUNDBREAKING = re.compile(r"开工|动工|奠基|开竣工|开[(（]竣[)）]工")
_VENUE = re.compile(r"(?P<site>[^，,。；;、：:“”]{4,40}?)(?:主会场|分会场|分现场)")
_VENUE_LEAD = re.compile(r"设有|设在|(?<!建)设|分别是|分别为|位于|在")
_HALL = re.compile(
    r"(?:中心|广场|宾馆|酒店|饭店|大厦|会堂|礼堂|馆|楼|会议室|政府|体育场|新城|新区|园区|开发区)$"
)


def _single_items(sentence: str) -> list[_Item]:
    # 今年新引进的大好高项目——X项目总投资2亿元: what it is, then its name after the dash.
    introduced = [
        _Item(name, _event_of(m.group()))
        for m in _APPOSITION.finditer(sentence)
        if _EVENT.search(m.group()) and not _MODAL.search(m.group())
        for name in [_clean_name(_split_top(sentence[m.end() :], "，,")[0])]
        if _STRONG.search(name) and _is_single_name(name) and not _PROSE.search(name)
    ]
    sentence = _APPOSITION.sub("", sentence)
    matches = list(_SINGLE_SIGNING.finditer(sentence))
    umbrella, sep, own = sentence.rpartition("暨")
    if sep and "举行" in umbrella:
        # 举行集中签约和集中开工活动暨X项目开工仪式: the ceremony's own project.
        matches += _SINGLE_SIGNING.finditer("举行" + own)
    if _MORE_CUE.search(sentence):
        matches += _SINGLE_MORE.finditer(sentence)
    items = [i for m in matches for i in _single_match_items(m)] + introduced
    items += _party_items(sentence)
    items += _paired_items(sentence)
    items += _invested_items(sentence)
    items += _venue_items(sentence)
    if items:
        # A、B项目 read whole by one shape and cut at 、 by another: the whole one. A公司X项目
        # read with its partner by one and without by another: X项目.
        return [
            i
            for i in items
            if not any(
                j.name.startswith(i.name + "、")
                or (i.name.endswith(j.name) and _COMPANY.search(i.name[: -len(j.name)]))
                for j in items
            )
        ]
    match = _PARTY_SIGNING.search(sentence)
    if match and not _NO_PROJECT_DEAL.search(match.group("what")):
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


_APPOSITION = re.compile(
    r"(?:^|(?<=[，,]))[^，,。；;——]{2,40}?(?:项目|企业|新秀|之一)——(?=[^——]{4})"
)


def _single_match_items(match: re.Match[str]) -> list[_Item]:
    groups = match.groupdict()
    kind = next(
        k
        for k in (
            "name",
            "project",
            "subject",
            "single",
            "this",
            "label",
            "host",
            "copula",
            "cast",
            "largest",
            "ranked",
            "rite",
            "topic",
            "nominal",
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
        or ("开工" if kind == "rite" else "")
        or _event_of(match.group())
        or "签约"
    )[:2]
    event = {"奠基": "开工", "启动": "开工"}.get(event, event)
    if kind == "single" and _PLURAL_ADVERB.search(groups["adverbs"]):
        return []  # X项目集中签约: a batch, not one project
    if kind == "nominal" and (_HORTATIVE.search(raw) or re.search(r"以|把|将|在", raw)):
        return []  # 希望各方以项目签约为起点: an exhortation, not a project
    if kind == "single":
        if raw.startswith(("是", "为", "系")):
            return []  # …，是全区第一场重大项目签约仪式: a predicate, not a name
        if _MODAL.search(match.string[: match.start()]):
            return []  # 各部门要紧盯项目入库，紧盯项目开工: what should happen, not what did
        raw = raw.removeprefix("在")  # 在X项目开工现场
        raw = raw.rpartition("就")[2]  # 与A公司就X项目签约: the deal's object
    if kind == "project":
        deal = (
            raw[len(_AGREEMENT_TAIL.sub("", raw)) :]
            + match.group()[match.end(kind) - match.start() :]
        )
        raw = _AGREEMENT_TAIL.sub("", raw)
        if "框架" in deal and not _STRONG.search(raw):
            return []  # 签署《X基地战略合作框架协议书》: a framework of cooperation
    if kind in ("name", "subject") and _PLURAL_ADVERB.search(raw[-2:]):
        return []  # X招商引资项目集中签约仪式: a batch's ceremony
    # 吉县——某教授合作共建X签约仪式: the parties, then what they build together.
    raw = _JOINT_BUILD.sub("", raw)
    # 集中开工暨X项目开工仪式: the ceremony's own project after the umbrella event.
    umbrella, sep, own = raw.rpartition("暨")
    if sep and (_EVENT.search(umbrella) or _MEETING_END.search(umbrella)):
        raw = own
    if kind == "name":  # 参加开幕式并参加X项目签约仪式: the last object
        raw = re.split(r"并?(?:参加|出席|见证|举行|举办|召开)了?", raw)[-1]
    raw, amount = _strip_item_modifier(raw)  # 总投资5亿元的X项目
    titled = kind == "project" and "《" in match.group()
    if kind == "single" and _MODAL.search(raw):
        return []  # 力争更多项目落户: a wish, not a project
    # X和Y项目开工仪式: two projects when both halves are names.
    # X项目一期已投产: the phase is what happened, the project is X项目.
    name = _PHASE.sub("", _clean_name(raw))
    left, sep, right = _partition_top(name, "和")
    # (not 年产2000台电梯和18000个停车设备项目: one project making two things)
    names = [left, right] if sep and _NAME_SUFFIX.search(left) else [name]
    if groups.get("event") == "启动" and not all(n.endswith("项目") for n in names):
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
    it was signed, started, finished or is being built."""
    if "投资" not in sentence or not _STATUS.search(sentence) or _PHYSICAL_VISIT.search(sentence):
        return []
    items: list[_Item] = []
    for match in _INVESTED_NAME.finditer(sentence):
        name = _clean_name(match.group("name") or match.group("member"))
        if (
            _NAME_SUFFIX.search(name)
            and _is_single_name(name)
            and not _PROSE.search(name)
            and not _COMPANY.search(name)
            and not _IN_TALKS.search(_clause_around(sentence, match.start(), match.end()))
        ):
            amounts = find_amounts(match.group())
            if _batch_clause_before(sentence[: match.start()]):
                amounts = []  # 13个项目集中开工，总投资102亿元，主会场的X项目: the batch's
            items.append(_Item(name, _event_of(sentence), amounts[0] if amounts else None))
    return items


def _batch_clause_before(text: str) -> bool:
    """Does `text` end with a clause that counts a batch (共有13个项目集中开工，)?"""
    clauses = [c for c in _split_top(text.rstrip("，, "), "，,") if c.strip()]
    match = _COUNTED_SUBJECT.search(clauses[-1]) if clauses else None
    return match is not None and _number(match.group("n") or match.group("m")) > 1


# What a sentence may say of a project: signed, started, done, or being built.
_STATUS = re.compile(rf"{_EVENTS}|签订|签署|建成|建设|完工")
_INVESTED_NAME = re.compile(
    # 总投资约1.5亿元，年产5万吨的X项目 / 投资8亿元的X项目
    r"(?:计划|预计|协议)?(?:总投资|投资)(?:额)?(?:约|近|超|达|为)?"
    # 总投资约1.5亿元，年产5万吨的X: a clause that describes it may come between, not one
    # that says what it will become (，建成后将成为…最大的研发基地).
    r"\s*[\d.]+\s*[万亿]*(?:元|美元)"
    r"(?:[，,](?![^，,。；;]*?(?:将|成为|后|是|为))[^，,。；;]{1,20}?)?的"
    r"(?P<name>[^，,。；;、的“”]{4,40}?)"
    # X项目一期已投产: the phase is not part of the name.
    r"(?=(?<=项目)[一二三四五六七八九十]期|已|正在|将|于|计划|预计|目前|顺利|正式|成功|实现"
    r"|今天|今日|当天|日前|近日|昨天|昨日"
    r"|签约|开工|竣工|投产|落地|落户|入驻|[，,。；;、]|$)"
    # 其中X项目总投资12亿元: one of a counted batch, with its own amount.
    r"|(?:^|[，,。；;])其中[，,]?(?P<member>[^，,。；;、的“”]{4,40}?项目)(?:计划)?总投资"
)


# Projects still being negotiated or drafted are not signed.
def _clause_around(sentence: str, start: int, end: int) -> str:
    """The text from the clause before `start` to the end of the ；-part after `end`."""
    before = max(sentence.rfind(c, 0, start) for c in "，,；;") + 1
    stops = [i for i in (sentence.find(c, end) for c in "；;") if i >= 0]
    return sentence[before : min(stops) if stops else len(sentence)]


def _site_items(sites: str) -> list[_Item]:
    """The projects whose sites host a groundbreaking (主会场设在X项目): only projects by
    name (a hall or a centre can host a signing too)."""
    pieces = [p for piece in _split_top(sites, "、") for p in _partition_all(piece, "和")]
    # 在某经开区X项目现场: the park is where the site is, not part of the name.
    names = [_clean_name(_SITE_PARK.sub("", p)) for p in pieces]
    if (
        names
        and all(_NAME_SUFFIX.search(n) and not _HALL.search(n) and _is_name(n) for n in names)
        and any(_STRONG.search(n) for n in names)
    ):
        return [_Item(n, "开工") for n in names]
    return []


_SITE_PARK = re.compile(
    r"^[\u4e00-\u9fff]{2,8}?(?:经开区|经济技术开发区|开发区|高新区|工业园区|产业园区)(?=.{4,}(?:项目|工程)$)"
)


def _partition_all(text: str, word: str) -> list[str]:
    left, sep, right = _partition_top(text, word)
    return [left, *_partition_all(right, word)] if sep else [text]


_JOINT_BUILD = re.compile(r"^.{2,30}?(?:合作共建|携手共建|共建|合作建设|联合建设|共同建设)(?=.{4})")
# The end of a meeting's name: 投资说明会暨招商项目签约仪式 is two events, not a project.
_MEETING_END = re.compile(r"(?:会|节|活动|论坛|仪式)$")
_PHASE = re.compile(r"(?<=项目)[一二三四五六七八九十]期(?:工程)?$")
# X平台建设: a project named by what is built.
_BUILT = re.compile(r"(?:项目|工程|中心|基地|平台|园|区|厂|线|站)建设$")


def _party_items(sentence: str) -> list[_Item]:
    """与A、B分别就W、X项目签约 -> W, X; 与A公司、B公司签署项目合作协议 -> A, B (the
    companies stand for projects the text does not name). A framework agreement
    (与A集团签订战略合作协议) is not a project, and the projects an agreement names
    (签订X项目协议) are read by _SINGLE_SIGNING."""
    if "与" not in sentence:
        return []
    items: list[_Item] = []
    for match in _PARTY_SIGNED.finditer(sentence):
        objects = match.group("objects")
        if objects:
            found = _split_items(objects, "签约")
            if found and not any(_PROSE.search(i.name) for i in found):
                items.extend(found)
            continue
        obj = match.group("obj")
        named = _object_projects(obj)
        if named:
            items.extend(named)  # 分别与A、B签订了X项目、Y项目投资协议 / 与A签约X项目
            continue
        if _NO_PROJECT_DEAL.search(obj) or _agreement_names_project(obj):
            continue
        # 该项目由某县与A公司签约: A invests in a project already named.
        if "该项目" in sentence or _last_clause(sentence[: match.start()]).startswith("由"):
            continue
        parties = _parties(match.group("parties"))
        if _INVESTMENT_DEAL.search(obj):
            # 与A公司董事长某某签订投资协议: the company invests through its head.
            parties = [_PARTY_HEAD.sub("", p) for p in parties]
        if parties and all(_STRONG.search(p) and _is_name(p) for p in parties):
            items.extend(_Item(p, "签约") for p in parties)  # 镇政府与X项目正式签约
            continue
        if parties and all(
            _COMPANY.search(p) and not _GOVERNMENT.search(p) and _is_name(p) for p in parties
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


_GOVERNMENT_PAIR = re.compile(
    r"^[^，,与]{2,30}?(?:政府|管委会|委员会|局)与(?P<company>[^，,与]{4,40}?(?:公司|集团))$"
)


# 与A集团X项目、与B公司Y项目在推介大会上签约: each project after its partner, no verb.
_PAIRED = re.compile(
    r"与(?P<party>[^、，,。；;与]{2,40}?(?:集团|公司|企业|合作社|研究院|研究所|大学|商会))"
    r"(?P<project>[^、，,。；;与签就]{3,50}?(?:项目|工程))(?=、与|[和及]与|在[^，,。；;]{0,30}签|签|$)"
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
    text = _OBJECT_LEAD.sub("", obj.strip("《》 "))
    text = re.sub(rf"{_AGREEMENT}》?$", "", text)
    text = _AGREEMENT_TAIL.sub("", text)
    if not text or _has_money(text):
        return []
    pieces = _split_top(text, "、")
    # 签订了X项目和建设Y项目: two projects joined by 和, each a deal's object.
    left, sep, right = _partition_top(pieces[-1], "和")
    if sep and _STRONG.search(left) and _STRONG.search(right):
        pieces[-1:] = [left, right]
    names = [_clean_name(_OBJECT_LEAD.sub("", p)) for p in pieces]
    # Named projects (X项目、Y基地): every piece shaped, one at least a project by name.
    if all(_NAME_SUFFIX.search(n) and _is_name(n) and not _PROSE.search(n) for n in names) and any(
        _STRONG.search(n) for n in names
    ):
        return [_Item(n, "签约") for n in names]
    return []


def _agreement_names_project(obj: str) -> bool:
    """Does what follows the signing verb name a project (X项目协议, 共建X基地), rather
    than describe the deal (项目合作协议, 合作开发风力资源协议, 合作实施两个百亿级项目)?"""
    name = _OBJECT_LEAD.sub("", obj.strip("《》 "))
    name = re.sub(rf"{_AGREEMENT}》?$", "", name)
    name = _AGREEMENT_TAIL.sub("", name)
    name = _strip_item_modifier(name)[0]  # 投资30亿元的X项目合同 names X项目
    return bool(
        (_NAME_SUFFIX.search(name) or _BUILT.search(name)) and _is_name(name)
    ) and not _PROSE.search(name)


# Deals that are not an investment: a strategy or a framework, a memorandum, trade,
# credit, research or training (签订供货协议, 产学研合作协议, 银企授信协议).
_NO_PROJECT_DEAL = re.compile(
    r"战略|框架|备忘录|供货|采购|购销|销售|贷款|授信|融资|产学研|人才|培训"
)
# Verbs of a deal before what it builds: 共建X基地, 合作实施X项目.
_OBJECT_LEAD = re.compile(r"^(?:的|共建|共同|合作|实施|建设|投资|开发|打造|新建|兴建|推进)+")


def _parties(text: str) -> list[str]:
    """A、B和C11户企业 -> [A, B, C]; 来自省内外的A -> A."""
    text = _PARTY_MODIFIER.sub("", text.strip())
    text = _PARTY_CLOSER.sub("", text)
    pieces = [p for p in _split_top(text, "、") if p.strip()]
    if pieces:
        left, sep, right = _partition_top(pieces[-1], "和")
        if sep and _COMPANY.search(left):
            pieces[-1:] = [left, right]
    return [_clean_name(p) for p in pieces]


_INVESTMENT_DEAL = re.compile(r"(?:投资|入驻|落户)(?:协议|合同)")
_PARTY_HEAD = re.compile(
    r"(?<=公司|集团)(?:董事长|副董事长|总经理|副总经理|总裁|副总裁|负责人|法人代表|代表)"
    r"[\u4e00-\u9fff]{0,4}$"
)


# --- counts, totals, fields, events ---------------------------------------------------


def _subject_count(clause: str) -> int | None:
    match = _COUNTED_SUBJECT.search(clause)
    if match is None or _NOT_BATCH_COUNT.search(clause):
        return None
    return _number(match.group("n") or match.group("m"))


def _prefix_count(prefix: str) -> int | None:
    """The count of the list's subject, in the clauses before its opener (项目9个，…，包括)."""
    for clause in reversed(_split_top(prefix, "，,；;")):
        match = _COUNTED_SUBJECT.search(clause)
        if match:
            return (
                None
                if _NOT_BATCH_COUNT.search(clause)
                else _number(match.group("n") or match.group("m"))
            )
    return None


def _announced_count(sentences: Sequence[str], head: str) -> int | None:
    """The first batch count the article announces (12个项目, 项目共15个, 20家企业).

    Cumulative counts (今年以来累计签约项目46个) and subsets (其中外资项目1个, 单体投资
    逾10亿元的项目有4个) are about other projects; so is the province's batch in a
    city's or a county's report (全省1359个项目集中开工。…我市举行…).
    """
    place = _HEAD_PLACE.match(head)
    for sentence in sentences:
        if _CUMULATIVE_COUNT.search(sentence):
            continue
        if (
            place is not None
            and _WIDER.search(sentence)
            and not _WIDER.search(head)
            and not _OWN.search(sentence)
            and place.group() not in sentence
        ):
            continue
        for clause in _split_top(sentence, "，,"):
            match = _COUNTED_SUBJECT.search(clause)
            if match and not _NOT_BATCH_COUNT.search(clause):
                return _number(match.group("n") or match.group("m"))
    return None


_CUMULATIVE_COUNT = re.compile(r"以来|累计|今年|已|截至")
# A province by name, or the whole of one: a level above the cities and counties.
_WIDER = re.compile(
    r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川"
    r"|贵州|云南|陕西|甘肃|青海|台湾)省|全省"
)
_OWN = re.compile(r"[我本全](?:市|县|区)")
_HEAD_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?[市县区]")


def _batch_total(
    text: str,
    sentences: Sequence[str],
    lists: Sequence[_List],
    amounts: Sequence[Amount],
    found: Sequence[_Item],
    expected: int | None,
    taken: set[int],
) -> Amount | None:
    if not found:
        return None
    totals = [
        a
        for a in amounts
        if _TOTAL_KEY.search(text[max(0, a.start - 12) : a.start])
        # 总投资5亿元以上的项目: a class, not a total (but 等8个总投资59亿元的项目 counts it)
        and not (
            _THRESHOLD.match(text, a.end)
            and not _COUNT_BEFORE_TOTAL.search(text[max(0, a.start - 16) : a.start])
        )
        and not _YEARLY.search(text[max(0, a.start - 12) : a.start])
    ]
    # A single project (中联重科拟建华东基地，总投资超过100亿元): its total is the batch's.
    single = totals[0] if totals and len(found) == 1 else None
    totals = [
        a
        for a in totals
        if a.start not in taken and not _own_gap_before(text, a, found) and not _part_total(text, a)
    ]

    def in_sentence(sentence: str, end: int | None = None, begin: int = 0) -> Amount | None:
        at = text.find(sentence)
        if at < 0:
            return None
        stop = at + (len(sentence) if end is None else end)
        return next((a for a in totals if at + begin <= a.start < stop), None)

    # Lists in several sentences, each with its own total (一是…等20个工业项目，总投资
    # 55.2亿元。二是…), are parts: none of their totals is the batch's.
    with_totals = {lst.sentence for lst in lists if in_sentence(lst.sentence) is not None}
    for lst in lists if len(with_totals) < 2 else ():
        # 新签约项目32个，签约额99.75亿元。其中，…7个，签约额32亿元: a 其中 sentence
        # holds parts; the batch is in the sentence before.
        if lst.sentence.startswith("其中") and lst.sentence in sentences:
            before = sentences[: sentences.index(lst.sentence)]
            total = in_sentence(before[-1]) if before else None
            if total is not None:
                return total
        # In a list of parts (…5个，分别为A、B，总投资48.9亿元；…1个，为C，总投资3.5亿元)
        # the totals after the opener are the parts'; the batch's comes before.
        parts = len(_split_top(lst.sentence[lst.start :], "；;")) > 1
        own = _prefix_count(lst.sentence[: lst.start])
        if parts and own is not None and own != lst.count:
            continue  # 产业项目44项，总投资…，主要有A、B；基础设施项目19项…: the first part's
        end = lst.start if parts else None
        # 计划开工14个，计划总投资X，当天集中开工A、B等8个，总投资Y: from the list's
        # own clause on first.
        begin = lst.start - len(_last_clause(lst.sentence[: lst.start]))
        total = in_sentence(lst.sentence, end, begin) or in_sentence(lst.sentence, end)
        if total is None and lst.sentence in sentences:
            at = sentences.index(lst.sentence)
            after = sentences[at + 1] if at + 1 < len(sentences) else ""
            before = sentences[at - 1] if at else ""
            # 共开工15个项目，分别是：A、…、O。总投资80.5亿元: a sentence with no
            # subject of its own goes on with the list ...
            if _TOTAL_OPENS.match(after.strip()):
                total = in_sentence(after)
            # ... and 其中，万州签约项目12个，协议总投资X。万州签约的项目主要包括：A、B
            # names the batch the sentence before counts.
            elif (
                _COUNTED_SUBJECT.search(before)
                and not _CUMULATIVE_COUNT.search(before)
                # 城乡类项目3个，总投资6亿元；农业类项目2个，总投资1.93亿元: parts.
                and len(_split_top(before, "；;")) < 2
            ):
                total = in_sentence(before)
        if total is not None:
            return total
    # Only sentences that may hold a total are read further (a long text stays cheap).
    holding = [s for s in sentences if _TOTAL_HINT.search(s)] if totals else []
    if expected is not None:
        for sentence in holding:
            begin = 0
            for clause in _split_top(sentence, "，,"):
                match = _COUNTED_SUBJECT.search(clause)
                if match and _number(match.group("n") or match.group("m")) == expected:
                    # 实施项目230个，总投资X，开工项目31个总投资Y: the count's own total.
                    total = in_sentence(sentence, begin=begin)
                    if total is not None:
                        return total
                begin += len(clause) + 1
    for line in text.split("\n")[:2]:
        if _headline_like(line):  # headline or subtitle: 12个项目总投资超过100亿元
            total = in_sentence(line)
            if total is not None:
                return total
    # The sentence that counts the batch and says what happened to it (17个招商重点项目
    # 签约，总投资112.8亿元), when it is not a running total.
    for sentence in holding:
        if (
            _COUNTED_SUBJECT.search(sentence)
            and _EVENT.search(sentence)
            and not _CUMULATIVE_COUNT.search(sentence)
        ):
            total = in_sentence(sentence)
            if total is not None:
                return total
    # The sentence that names the first project (与A、B分别就W、X项目签约，协议引资251.8亿元).
    first = next((s for s in sentences if found[0].name in s), None)
    if first is not None and len(found) > 1 and len(with_totals) < 2:
        total = in_sentence(first)
        if total is not None:
            return total
    return single


def _part_total(text: str, amount: Amount) -> bool:
    """Is `amount` the total of a part the sentence singles out after the whole (开工139个，
    其中过10亿元的项目26个，总投资775亿元)? A sentence that opens with 其中 is not."""
    start = max(text.rfind(c, 0, amount.start) for c in "。！？!?\n") + 1
    clauses = [c.strip() for c in _split_top(text[start : amount.start], "，,；;")]
    return any(c.startswith("其中") for c in clauses[1:][-2:])


def _unnamed_batch_total(text: str, paragraphs: Sequence[str], head: str) -> Amount | None:
    """The total of a batch whose projects are not named (云签约19个项目，总投资50.8亿元).

    Only in a batch report (an event in the headline or the lead: 推介会暨重点项目集中签约
    仪式), and only a total written with the batch: in a sentence that counts its projects
    or names the event (此次集中开工的项目…总投资达27.58亿元), else in the headline.
    Cumulative totals are not the batch's.
    """
    if not _TOTAL_WORD.search(text):
        return None
    lead = next((p for p in paragraphs if not _headline_like(p)), "")
    if not (_EVENT.search(head) or _EVENT.search(lead)):
        return None
    amounts = [
        a for a in find_amounts(text) if _TOTAL_KEY.search(text[max(0, a.start - 12) : a.start])
    ]
    if not amounts:
        return None
    sentences = _sentences(paragraphs)
    batch = [
        s for s in sentences if _COUNTED_SUBJECT.search(s) or (_EVENT.search(s) and "项目" in s)
    ]
    for sentence in [*batch, head]:
        at = text.find(sentence)
        if at < 0:
            continue
        total = next((a for a in amounts if at <= a.start < at + len(sentence)), None)
        # 今年以来累计签约46个，总投资300亿元 is not this batch (其中今年计划… after it is).
        if total is not None and not _CUMULATIVE_COUNT.search(text[at : total.start]):
            return total
    return None


_TOTAL_OPENS = re.compile(r"(?:共|合计)?(?:计划)?(?:总投资|投资总额)")
_TOTAL_HINT = re.compile(r"投资|额|引资|概算|资金|规模")
# A year's share of the spending (年度计划投资463.4亿元) is not what the projects cost.
_YEARLY = re.compile(r"(?:年度|全年|当年|年)(?:计划)?(?:完成)?投资[^，,。；;]{0,4}$")
_COUNT_BEFORE_TOTAL = re.compile(rf"{_COUNT}(?:个|项)(?:计划|协议)?总投资(?:约|达|超|为)?$")
_THRESHOLD = re.compile(r"及?以[上下]|左右的|的项目")
_TOTAL_WORD = re.compile(
    r"总投资|投资总额|总额|总金额|合计投资|共投资|签约额|概算|引进资金|[，,]投资"
)


def _own_gap_before(text: str, amount: Amount, found: Sequence[_Item]) -> bool:
    """Is `amount` written right after one of the projects (its own amount)?"""
    window = text[max(0, amount.start - 90) : amount.start]
    return any(_owns(window, item.name) for item in found)


def _owns(window: str, name: str) -> bool:
    """Does `window` (the text before an amount) end with `name` and an own-amount gap?

    The last member of a list (A、B和C，总投资…) does not own the list's total.
    """
    at = window.rfind(name)
    if at < 0 or not _OWN_AMOUNT_GAP.match(window[at + len(name) :]):
        return False
    before = window[:at].rstrip(_QUOTES)
    if before.endswith(("、", "和", "及", "以及")):
        return False
    # 投资3亿元的C项目，总投资15.8亿元: C has its amount before it; this one is the list's.
    return not (before.endswith("的") and _has_money(_last_clause(before)))


def _own_amounts(
    text: str, names: Sequence[str], amounts: Sequence[Amount], batch: Amount | None
) -> dict[str, Amount]:
    """Each project's own amount: the first amount written right after its name."""
    own: dict[str, Amount] = {}
    for name in sorted(names, key=len, reverse=True):
        for amount in amounts:
            if amount is batch or amount in own.values():
                continue
            window = text[max(0, amount.start - len(name) - 40) : amount.start]
            if _owns(window, name):
                own[name] = amount
                break
    return own


def _anchor(
    amount: Amount | None, name: str, text: str, amounts: Sequence[Amount]
) -> Amount | None:
    """An amount read from a piece of the text, with its span in the whole text."""
    if amount is None:
        return None
    at = text.find(name)
    same = [a for a in amounts if a.text == amount.text and abs(a.start - at) <= _NEAR]
    return min(same, key=lambda a: abs(a.start - at), default=None)


_NEAR = 120  # an item's amount is written within its list item, before or after the name


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


def _fields(text: str, lists: Sequence[_List]) -> tuple[str, ...]:
    """The 聚焦…等领域 list of the batch: in a list's sentence, else the longest.

    Sentences about cumulative totals (今年以来累计签约…涉及…等领域) describe other
    projects and are skipped.
    """
    best: tuple[str, ...] = ()
    for match in _FIELD_LIST.finditer(text):
        body = _LEADING.sub("", match.group("body"))
        if "项目" in body:
            continue
        items = tuple(i.strip() for i in _split_top(body, "、") if i.strip())
        items = tuple(re.sub(r"^(?:了|在)", "", i) for i in items)
        if not all(1 <= len(i) <= 12 for i in items):
            continue
        sentence = _sentence_at(text, match.start())
        if _CUMULATIVE.search(sentence):
            continue
        if any(lst.sentence in sentence or sentence in lst.sentence for lst in lists):
            return items
        if len(items) > len(best):
            best = items
    return best


_CUMULATIVE = re.compile(r"累计|以来|截至目前|截至")


def _sentence_at(text: str, at: int) -> str:
    ends = "。！？!?\n"
    start = max(text.rfind(c, 0, at) for c in ends) + 1
    stops = [i for i in (text.find(c, at) for c in ends) if i >= 0]
    return text[start : min(stops) if stops else len(text)]


def _event_of(text: str) -> str:
    match = _EVENT.search(text)
    return match.group() if match else ""


def _refine_event(event: str, head: str) -> str:
    """签约 in the list, 云签约 in the headline: the headline is more specific."""
    for specific in ("云签约", "集中签约", "集中开工", "集中竣工"):
        if specific.endswith(event) and event and specific in head:
            return specific
    return event


def _article_event(head: str, lists: Sequence[_List], lead: str) -> str:
    """The headline's event, else the first list's, else the lead sentence's (a
    reposted dispatch has no headline: 举行集中签约活动 is in its first sentence)."""
    event = _event_of(head)
    if not event and lists and lists[0].items:
        event = lists[0].items[0].event
    if event:
        return event
    # 为推动项目落地，…举行集中签约活动: the ceremony's event, not the purpose's.
    sentence = _split_top(lead, "。！？!?")[0]
    ceremony = re.search(rf"({_EVENTS})(?:仪式|活动|大会)", sentence)
    return ceremony.group(1) if ceremony else _event_of(sentence)


# --- text helpers ---------------------------------------------------------------------


def _split_top(text: str, separators: str) -> list[str]:
    """Split at separators outside brackets and quotes."""
    if not _ANY_BRACKET.search(text):
        return _splitter(separators).split(text)  # the common case, in C
    out: list[str] = []
    depth = 0
    start = 0
    # Visit only brackets and separators, not every character.
    for match in _specials(separators).finditer(text):
        ch = match.group()
        if ch in _OPEN_BRACKETS:
            depth += 1
        elif ch in _CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(text[start : match.start()])
            start = match.end()
    out.append(text[start:])
    return out


_ANY_BRACKET = re.compile(f"[{re.escape(_OPEN_BRACKETS + _CLOSE_BRACKETS)}]")


@functools.cache
def _splitter(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")


@functools.cache
def _specials(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(_OPEN_BRACKETS + _CLOSE_BRACKETS + separators)}]")


def _partition_last(text: str, word: str) -> tuple[str, str, str]:
    """text.rpartition(word) outside brackets; ("", "", text) without one."""
    parts = _partition_all(text, word)
    if len(parts) < 2:
        return "", "", text
    return word.join(parts[:-1]), word, parts[-1]


def _partition_top(text: str, word: str) -> tuple[str, str, str]:
    depth = 0
    for i, ch in enumerate(text):
        if ch in _OPEN_BRACKETS:
            depth += 1
        elif ch in _CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(word, i) and i > 0:
            return text[:i], word, text[i + len(word) :]
    return text, "", ""


def _bracket_depth(text: str) -> int:
    depth = 0
    for match in _ANY_BRACKET.finditer(text):
        depth = depth + 1 if match.group() in _OPEN_BRACKETS else max(0, depth - 1)
    return depth


def _headline_like(line: str) -> bool:
    """A headline or subtitle: short, with no sentence punctuation."""
    return 0 < len(line) <= _HEADLINE_MAX and not _SENTENCE_PUNCT.search(line)


# A headline may exclaim (灵山这27个重大项目开竣工！) but holds no sentence.
_SENTENCE_PUNCT = re.compile("[。；;]|[，,、：:]$")


def _last_clause(text: str) -> str:
    """The last clause of `text`, ignoring separators at its very end."""
    return _split_top(text.rstrip("，,；;：: "), "，,；;：:")[-1]


_CN_NUMBER = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    value = 0
    current = 0
    for ch in text:
        if ch == "十":
            value += (current or 1) * 10
            current = 0
        else:
            current = _CN_NUMBER[ch]
    return value + current
