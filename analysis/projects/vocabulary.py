"""The words and shapes of project reports: events, openers, closers, names and non-names."""

from __future__ import annotations

import re

_COUNT = r"(?:\d{1,4}|[一二两三四五六七八九十]{1,3})"
# A batch's total between its count and its kind (A、B、C3个总投资20亿元的项目).
_TOTAL_BEFORE_KIND = r"(?:(?:总|计划)?投资(?:约|达|超)?[\d.]+[万亿]*元的)"
# Provinces, and the municipalities and regions of the same level.
_PROVINCES = (
    "河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南"
    " 四川 贵州 云南 陕西 甘肃 青海 台湾"
).split()
_REGIONS = "北京 天津 上海 重庆 内蒙古 广西 西藏 宁夏 新疆".split()
# 有 opening what follows (有A、B / 的有A、B), not the words it begins that begin names too:
# 有色(金属), 有机(肥), 有限(公司), 有效, 有序, 有线, 有轨(电车).
_HAS = r"有(?![色机限效序线轨])"
_ADVERBS = (
    r"(?:集中|现场|上台|成功|正式|顺利|同时|同步|先后|陆续|相继|纷纷|目前|现已|已经|已|均|全部|同天|同日|当天|当日|今天|今日|昨天|昨日|率先"
    r"|在线|线上|网上|远程|分头|隆重|如期|按期|按计划|提前|实现|全面|破土|共同|共|首批|当会|当场|选择)"
)
# (动工 not inside 推动工业, 电动工具, 启动工作)
GROUNDBREAKING = r"动工(?![业作具人资])"
_EVENTS = (
    "云签约|集中签约|集中开竣工|集中开工|集中竣工|开竣工|签约|开工|竣工|(?<!预计)(?<!计划)(?<!年底)(?<!年内)(?<![将要])完工|投产|[入进]驻|入园|(?<!退城)(?<!出城)进园|落户|落地|引进"
    r"|集中开[(（][竣复][)）]工|开[(（][竣复][)）]工|开[/／]竣工"  # 开(竣)工, 开/竣工
    rf"|{GROUNDBREAKING}"
    r"|开复工|复工|奠基|开建|集中启动"  # 集中开复工 / 集中奠基 / 集中开建 / 集中启动
    r"|(?<![将要])建成投(?:入使)?用"  # 7个项目已建成投入使用，分别是: completed
)
_EVENT = re.compile(_EVENTS)
# Signing in other words (签订了A、B项目): an event where none of _EVENTS is written.
_SIGNING_VERB = re.compile(r"签订|签署")
# What a list of projects is about; one of these must precede an opener. Works (重点工程
# 共15项，分别为…) are projects by another word.
_SUBJECT = re.compile(r"项目|企业|工程")
# Cheap test before anything else: no article without one of these lists projects.
_ANY_CUE = re.compile(rf"项目|企业|签约|开工|竣工|[入进]驻|落户|奠基|{GROUNDBREAKING}|开建")
_BATCH_CUE = re.compile(
    rf"{_EVENTS}|新签|新建|签订|签署|此次|本次|现场|首批|产业园|园区|集中|重点项目|重大项目"
)
# Verbs of visiting, inviting and pitching: what follows them is not a project list.
_VISIT = re.compile(
    r"考察|参观|调研|走访|拜访|邀请|推介|路演(?![会暨])|座谈|会见|洽谈(?!成功)|(?<!据)了解|察看|查看|听取|观摩|视察|检查"
    r"|一行(?:先后|分别|相继|还)?[到赴]"  # 某某一行先后到A、B等项目建设现场: a delegation's tour
    r"|督导|督查|慰问|来到|前往|走进|深入|莅临|实地|看望|参会|参展|与会|到会|到场|出席"
    # Projects offered to investors or put up for funds: 发布招商项目, 申报项目.
    r"|发布|推出|申报|征集"
)
_OPENER = re.compile(
    r"(?:分别是|分别为|分别由(?=[^，,。；;]{4,}?投资建设)|依次是|依次为|具体为|具体是|具体包括|主要有|主要包括|主要是|重点有|重点包括|其中包括|其中有|包括|包含"
    # (以A、B的企业为主的X: what they mostly are, no list after 为)
    r"|涉及到?|涵盖|如下|有(?![限色机效序线])|为(?!主)|是|即(?![将可便使时刻日])"
    r"|(?<=项目)含(?![税有]|.?量)"  # 建设项目含A、B、C等 (not 项目含金量、含新量高)
    # 引进成果突出，如A项目、B项目: examples, when what follows is a run of projects.
    r"|(?:例如|比如|(?<=[，,])如)(?=[^，,。；;、]{2,40}?(?:项目|工程)、))"
    r"[：:]?|[：:]"
)
# Verbs of telling: what follows their colon is said, not listed (提醒企业：只有…).
_TELLING = re.compile(r"提醒|告诉|告诫|要求|希望|强调|指出|表示|认为|说|呼吁|号召|倡议")
# An event and 的 at the end of a clause (签约的有): the subject of a list.
_EVENT_DE = re.compile(r"(?:签约|开工|竣工|投产|落地|[入进]驻)的$")
# 为/是/有 and a bare colon open a list only right after the subject: 签约项目为：,
# 开工的项目有, 签约项目：, or its event: 签约的有.
_WEAK_OPENERS = ("有", "为", "是", "即", "")
_WEAK_OPENER_LEFT = re.compile(
    # (具有代表性的是A、B: the batch's examples)
    rf"(?:项目|企业|引进|分别|具体|主要|名单|代表性)(?:的)?$|{_EVENT_DE.pattern}"
    rf"|(?:项目|企业)(?:共|共有|有|计)?{_COUNT}(?:个|项|家)$"  # 服务业项目1个，为X
    r"|(?:项目|企业)中$"  # 开工的12个项目中，有A、B
    r"|方面$"  # 其中城市景观方面，有A；新型工业方面，有B、C
    rf"|其中[^，,。；;]{{1,12}}?{_COUNT}(?:个|项|家)$"  # 其中经开区本部6个：A、B
)
# Between a list and its event: 等4个项目为开工项目 / 与桐江区签订 / 进行了集中签约.
_BEFORE_EVENT = (
    # (分两批进行了现场签约: in turns; 共同举办“某某”签约仪式: the rite, with its title;
    # 参加某市重点项目签约仪式主会场签约: the ceremony they took part in)
    r"(?:分[两二三四五六七八九十\d]{1,2}(?:批|组|轮)(?:进行了?)?|为|是|属于|(?:代表)?与[^，,。；;]{1,20}?|进行了?|(?:共同|联合)?(?:举行|举办)了?(?:“[^“”]{1,30}”)?|(?:参加|参与)了?[^，,。；;]{0,24}?"
    r"|通过[^，,。；;]{1,15}?(?:方式|形式)?"
    # A、B两个项目在会上签约 / A、B等六个项目在某工业区和某开发区同时奠基动工
    r"|在[^，,。；;]{1,12}?[上中]|在[^，,。；;]{2,30}?(?=同时|同步|分别)|在这里|在此)"
)
# What a closer counts: projects, enterprises, or the agreements signed for them.
_KIND = r"(?:项目|企业|协议|合同)"
# What a 等-closer may add after its kind: 等一批大企业、大项目 / 大项目、好项目.
_GOOD_ONES = r"(?:、[大好优新强]?(?:项目|企业))?"
# A size class inside a closer: 等6个5000万元以下项目.
_SIZE = r"(?:\d[\d.]*[万亿]*元(?:及?以上|以下)?)"
# What happened to a list's projects, written right after its closer besides _EVENTS
# (等15个重点项目建成投运, 等80个重点项目实现新开工建设, 等12个项目完成签约).
_DONE = (
    r"开建|动建|投用|签订|签署|建设完成|建成投产|建成投[运用]|(?:实现|完成)?新?开工|完成签约|新签约"
)
_CLOSER_COUNTED = re.compile(
    rf"(?<![高平初对均相同])(?<![^高]中)等\s?(?!离子|级|待|候|同|于|高(?!端|新|科|质|效)|额)"
    r"(?:在内的?)?"  # 包括A、B等在内的56个破土动工: the kind may be left out after the frame
    # (等进行了5个产业合作项目的现场签约: the event's verb before the count)
    r"(?P<carried>进行了?(?=[^，,。；;]{2,20}?项目的(?:现场|集中)?签约))?"
    # 等总投资55.7亿元的7个化工项目: the batch's total may come before its count.
    r"(?P<invested>(?:总|计划|协议)?投资(?:总额|额)?(?:约|达|超|为)?[\d.]+[万亿]*元的)?"
    # (等世界500强、中国500强企业投资项目4个: ranks before the kind)
    # (等电子信息类6个项目: the class before the count)
    rf"(?:(?:(?:世界|中国|全国|民营)?500强[、和]?)*[^，,。；;、]{{0,15}}?{_KIND}"
    r"|[^，,。；;、\d]{1,10}?类)?"
    # (等首批8家优质企业: which batch before the count)
    rf"(?:共计|共|计|合计|总计)?(?:首批|第[一二三四五六七八九十\d]{{1,2}}批)?(?:近|约|超|逾)?(?P<n>{_COUNT})(?:多|余)?"
    # (等21项目: the counter left out; 等十大重点工程)
    r"(?:个|项(?!目)|家|户|(?:只|大)(?=[^，,。；;、]{0,4}?(?:项目|工程))|(?=项目))"
    # 等6个工业项目 / 等5个3000万元以下项目
    # (…等130个省列、市列重点项目: the kind may hold a 、)
    # (等32个重点工程: works counted as projects)
    rf"(?:[^，,。；;、\d]{{0,6}}?{_SIZE}?[^，,。；;\d]{{0,8}}?(?:{_KIND}|工程|(?:单位|机构)(?=与)))?(?:的项目)?"
    r"(?:协议书?|合同)?"  # 签订了A、B等3个项目协议书
    r"(?:、(?:院校|高校|科研院所|机构|单位))?"  # 签约A、B等8家企业、院校: firms and schools
    # (等12家企业现场与某园签订了入园协议: an adverb before the party)
    rf"(?=[，,。；;：:\s]|$|(?(carried)的){_ADVERBS}*{_BEFORE_EVENT}?{_ADVERBS}*(?:{_EVENTS}|{_DONE}"
    r"|建成运营|进场施工|完工)"
    r"|、?(?:计划|协议)?总投资"  # A、B等3个项目总投资30亿元 (…等5项、总投资4.53亿元)
    r"|投资额?(?:均|都)?(?:过|超|达|在)"  # 等14个项目投资额过10亿元, 等3个项目投资过百亿元
    r"|(?:全部|均|都)(?:过|超)(?=[\d亿千百万])"  # A、B等五个项目全部过亿元
    # A、B等13个项目涉及重大产业项目…: what they are about follows.
    r"|涉及|涵盖"
    r"|参加(?=[，,。；;]|$)"  # 我区共有A、B等3个项目参加，总投资…: took part (in a batch)
    # 介绍了A、B等9个重点项目具体情况: what is told of them.
    r"|的?(?:具体|基本|建设)?情况"
    # A、B等5家企业先后与北海签约: the party they signed with between.
    r"|(?:先后|分别|相继|共同)?与[^，,。；;]{1,12}?(?:签约|签订|签署)"
    # (A、B等6家企业在投融资、产业链配套等方面与县政府签约: on what, first)
    r"|在[^，,。；;]{2,30}?方面(?:先后|分别|相继|共同)?与[^，,。；;]{1,12}?(?:签约|签订|签署)"
    # A、B等15个工业项目和C、D等28个重大项目集中开工: another run follows.
    r"|(?:和|以及)(?=[^，,。；;]{2,80}?等)"
    # …C等5个商贸服务项目以及D项目: one more, named alone, ends the list.
    r"|(?:和|以及)[^，,。；;、等]{2,40}?(?:项目|工程)。?$"
    # A、B等6家企业代表参加开工仪式: the firms whose projects started.
    # (A、B等24户企业负责人和代表参加集中签约 / A、B等10个项目代表与某区政府签订协议)
    rf"|(?:代表|负责人)(?:和代表)?(?:(?:参加|出席|参与)了?[^，,。；;]{{0,8}}?(?:{_EVENTS})"
    r"|与[^，,。；;]{1,20}?(?:签订|签署|签约))"
    # A、B等12个项目的投资方代表与某区签订了投资协议
    rf"|的[^，,。；;]{{0,12}}?(?:{_EVENTS}|签订|签署))"
)
_CLOSER_BIG = re.compile(
    # (A、B、C三项目集中签约: a count in words may go without its 个; A、B、C这三个项目: a
    # pointer before it)
    rf"(?<![\d.])(?:共|合计|总计|这)?(?P<n>{_COUNT})(?:大|个|(?<=[两二三四五六七八九十])(?=项目))"
    rf"{_TOTAL_BEFORE_KIND}?"  # (A、B、C3个总投资20亿元的项目)
    # (包括A、B在内的24个市、区重点项目: the levels of government, see _LEVELS)
    r"(?:[省市县区]级?(?:和[省市县区镇乡]级?)?)?(?:重点|重大|产业|民生|合作)?项目"
)
# A、B、C3个先进制造业项目: a count right after the last name, and what the projects are.
_CLOSER_KIND = re.compile(
    # (not 北京、深圳等地20家企业: places)
    rf"(?<![\d.等有了的在共是为“”\"])(?<!等地)(?:(?<=[^、，,])共)?(?P<n>{_COUNT})"
    # (A、B、C7家上市企业: firms counted as many)
    # (A、B、C3家“明星企业”: the kind in quotes)
    # (A、B、C3个总投资1.2亿元的石材加工项目: the total before the kind)
    rf"(?:个{_TOTAL_BEFORE_KIND}?“?[^，,。；;、\d的等“”\"]{{2,8}}?项目”?"
    r"|家“?[^，,。；;、\d的等“”\"]{0,6}?企业”?)"
)
# A list closed by 等…项目 and an event: A、B等项目集中签约 / A、B等企业签约入驻.
_CLOSER_EVENT = re.compile(
    # A、B等项目正式签约 / A、B等正式签约: the kind may be left out.
    # (not 等多个领域的项目签约: fields; not 等市领导在重点项目开工现场: people)
    # (not 某某、某某等还为项目开工培土: people doing it for the projects)
    r"(?<![高平初对均相同])(?<![^高]中)等(?![^，,。；;、]{0,3}为项目)(?:一批批?|多个|一系列)?"
    r"(?:(?:(?!领域|行业|领导|嘉宾)[^，,。；;、]){0,8}?(?:项目|企业|单位|公司|机构))?"
    rf"{_GOOD_ONES}"  # 等一批大企业、大项目相继落户
    r"(?:(?<=项目|企业|单位|公司|机构)的)?"  # 等一批批优质企业的落户: the event as a noun
    # A、B等单位就采购设备达成了意向签约: what the deal is about between.
    r"(?:就[^，,。；;]{1,30}?)?(?:达成了?|进行了?)?(?:意向)?"
    # A、B等也将于年底前入驻: moving in is what firms commit to (see sentence_lists.py).
    r"(?:(?:也|还|均|都)?(?:将|拟)(?:于[^，,。；;、]{1,6}?)?(?=[入进]驻|落户))?"
    rf"{_ADVERBS}*云?(?:签约|开工|竣工|落地|[入进]驻|落户|投产|建设完成)"
)
# A closer that names the items' event: 等签约项目企业, 等新开工项目业主. The items are
# projects of that event, whatever is said of them after (业主出席, 负责人介绍).
_CLOSER_LABELLED = re.compile(
    # 等签约项目企业 / 等落户园区的企业
    rf"(?<![高平初对均相同])(?<![^高]中)等(?:新)?(?:{_EVENTS})(?:[^，,。；;、的]{{1,8}}的|的)?"
    r"(?:重点|重大|产业|招商引资|招商)*(?:项目|企业)(?:企业|业主|单位|方)?"
)
# 发挥A、B等大项目的龙头作用: what projects do for the place, not a batch.
_ROLE_OF = re.compile(r"^(?:充分)?(?:发挥|依托|借助|用好)")
# 也包括了一些城市更新、老旧小区改造等民生项目: an indefinite count lists kinds of work.
_SOME_KINDS = re.compile(r"^(?:[既又更还也另]有|[也还]?包括)?了?(?:一些|若干|各类|各种|多种)")
# A wish (希望): not in a firm's name (新希望, 东方希望).
_WISH = r"(?<![新方])希望"
_HORTATIVE = re.compile(
    rf"督促|推动(?!了)|加快|确保|力保|力争|要求|将(?![军乐])|拟(?!投资[\d.]+[万亿]*元)|争取|{_WISH}|抓紧|推进|(?<![主重纲需只])要(?![素点闻件])"
    r"|计划(?!总?投资|完成投资)"  # not 年度计划投资12亿元, an amount
    r"|大力引进(?!了)"  # 并大力引进A、B等航空制造项目，计划到…: the kinds a plan wants
)
# Verbs of progress: in a report (大力推进A、B等3个项目，已完成投资1亿元) they describe
# named projects under way, and a count makes the list a batch; an exhortation also has
# a modal (要加快推进A、B等5个项目, 确保A、B等项目年内开工).
_PROGRESS = re.compile(r"推动|加快|推进|加紧")
# 现已完工80—90% / 完成工程量的60%: part of the work done, no project finished.
_PART_DONE = re.compile(
    r"(?:完工|竣工|完成)(?:了|工程量的?)?\d+(?:\.\d+)?(?:[—\-~～至到]\d+)?[%％]"
)
_CLOSER_OPEN = re.compile(
    r"(?<![高平初对均相同])(?<![^高]中)等(?!离子|级|待|候|同|于|高(?!端|新|科|质|效)|额)"
    # (等在内的百余项重大招商和建设项目: a round count, then the kinds)
    r"(?:在内的(?:百余|百多|上百|近百|数十|几十|数百)[个项](?!目))?"
    # (not 年综合利用锂渣等一般固废10万吨项目: a capacity, inside one name)
    r"(?![^，,。；;、]{0,8}?\d[\d.]*万?(?:吨|千瓦|平方米|台|套|件)[^，,。；;、]{0,4}项目$)"
    r"(?:[^，,。；;、]{0,12}?"
    r"(?:项目|企业|单位|机构|平台|央企|国企|龙头|企事业))?"
    # 以及C、D等一批服务业大项目也开工建设: what happened to them may end the clause.
    # (E、F等优质项目签约落户西青: the place it moved to may follow)
    rf"(?:(?:也|还|均|都)?{_ADVERBS}*(?:{_EVENTS}|开建|投用){{1,2}}(?:建设)?"
    r"(?:(?<=落户|落地|入驻)[^，,。；;、]{1,10})?)?$"
)
_FIELD_CLOSER = (
    rf"(?:多个|诸多|几大|各个|各|{_COUNT}[个条大类])?(?:重点|新兴|主导|战略性新兴)?"
    r"(?:领域|产业链|产业|行业|板块|方向|方面|门类|业态|大类|类别|类(?!项目|企业))"
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
    r"|小区|安置区|景区|片区|示范区|示范片|旅游区|度假区|院区|校区|水乡|(?<![阶手时地片])段"
    r"|山庄|庄园|农庄|酒庄|民宿|服务区|灌区|装置|机组|高速|铁路|客专|快速通道|快速路|延线"
    r"|至[\u4e00-\u9fff]{1,4}线)$"  # 市域铁路某中心城区至永川线: a line from one place to another
)
# The end of a place name (旗: a banner, Inner Mongolia's county); 小镇, 园区, 小区, 景区,
# 片区, 安置区, 示范区, 旅游区, 度假区, 灌区, 服务区, 院区 and 校区 end projects.
_PLACE_END = (
    r"(?:省|(?<![超城门夜股菜])市|县|(?<![园小景片置范游假灌务套院校])区|(?<!小)镇"
    r"|(?<!红)旗(?!舰|下))"
)
# Fields, industries and sectors (新材料, 生物医药, 工业生产, 民生工程): words of the
# genre, not of any name.
_FIELDS = (
    r"新能源|新材料|新一代|新型|生物|医药|医疗|大健康|健康|康养|养老|智能|智慧|制造业?|装备"
    r"|高端|先进|电子|信息|数字|数据|大数据|人工智能|区块链|云计算|互联网|软件|经济|文化|旅游"
    r"|文旅|体育|休闲|现代|物流|商贸|贸易|电商|农业|工业|服务业|服务|金融|保险|科技|研究|研发"
    r"|节能|环保|生态|绿色|低碳|能源|精细化工|化工|汽车|零部件|食品|纺织|服装|建材|材料|光伏|储能"
    r"|半导体|集成电路|航空|航天|海洋|教育|卫生|民生|基础设施|交通|水利|城建|市政|社会事业"
    r"|城市|乡村|振兴|产业|生产|设施|钢铁|石化|房地产|清洁能源"
)
# Items that are organisations, places, people or classes of things, never projects.
_NOT_NAME = re.compile(
    # 水乡 (a water town), 度假村 and 文化村 are resorts, like 小镇, not a township or a village;
    # 新村 is a village built new.
    r"(?:政府|管委会|委员会|局|厅|办公室|办事处|街道|(?<!水)乡|(?<!度假|文化)(?<!新)村|领导|书记|主任|负责人|企业|单位"
    r"|央企|国企|机构|地区|国家|等地|我区|我县|我市|方面|工程师|教授|博士|院士|附近"
    r"|[省市县区镇]委|党委|党工委|常委会?|政协|主席|[省市县区]长"
    r"|CEO|总裁|董事长|总经理)$"  # 吉利控股集团CEO: a person's title
    # (…的前提下, 兴牧战略: a clause's setting, a policy)
    r"|(?:前提|情况|条件|背景)下$|基础上$|战略$"
    # A size, the whole country or an effort first (30000平方米购物中心, 我国多项重大水利工程,
    # 努力为X), a news app last (新海南客户端): a description, no name
    r"|^[\d.]+万?(?:平方米|亩|公顷)|^我国|^努力|客户端$"
    # 某市委书记某某作会议讲话并宣布X: an official and what he did, not a name
    r"|(?:书记|[省市县区镇]长)[\u4e00-\u9fff]{2,3}(?:作|在|宣布|出席)"
    r"|^截至|[\u4e00-\u9fff]的$"  # 截至目前 / 园区今年列入考核的: a time, a description
    r"|^(?:上述|以上|上列|下列)"  # 上述项目: the projects told of, by a pronoun
    r"|^[这那该此][座个家项所处条批]"  # 标志着这座国家A级专业电竞馆开工: one told of before
    r"|^更多"  # 吸引更多优质企业和项目落户: a wish for more, none named
    r"|^(?:许多|很多|不少|大量)"  # 还有许多制鞋制袜项目: how many, none named
    r"|^标志着"  # 标志着西园全面动工建设: what an event means
    r"|^[\u4e00-\u9fff]{2}融合(?:发展)?(?:项目|工程)$"  # 引进农旅融合项目: a kind, not a name
    r"|^入驻"  # 签署了入驻X产业园协议: the firms' deal to move in, not a project
    r"|^利用"  # 利用中密度纤维板(的项目): what they use, no name (no gold name opens so)
    r"|[大快]干项目$"  # 烘托出大干项目、快干项目的氛围: a slogan
    # 包括公路、产业园、市政、水电等项目: kinds of work, each a bare word (no gold name is)
    r"|^(?:高速)?(?:公路|铁路)$|^(?:产业|物流)?园区?$|^(?:水电|风电|光伏|港口|机场|码头|学校|医院|管网)$"
    r"|这一[^，,。]{0,8}(?:项目|工程)$"  # 建城市中央厨房这一总部项目: what it is, told of
    r"|^(?:国内|国际|对外|区域)?经济合作项目$"  # 国内经济合作项目签约仪式专场: a kind of deal
    r"|[两二三四五六七八九十]项目$"  # 瓯江口三项目今天开工: a place's count of projects
    r"|(?:引进|引入|落户)$"  # 高栏港区集中引进(3个新材料项目): who brought in, not what
    r"|(?:签订|签署|签约)了"  # A公司等香港企业签订了: a clause, its verb read into the name
    r"|^[\u4e00-\u9fff]{2,3}(?<!深)加工$"  # 海产品加工: what the projects do, not a name
    # 代表 (who signed on whose behalf: 代表区委、区政协副主席) or 项目中 (among the
    # projects) inside: a clause
    r"|代表|^.{0,6}项目中"
    # X幼儿园举行(迁建)项目: a ceremony's verb; 13个学校幼儿园1个医院: a headline's tally
    r"|举行|\d+个[^个]*\d+个"
    r"|的子项目$"  # X项目是Y项目的子项目: what it belongs to
    r"|包[含括]\d"  # X工程包含9项道路工程: what it is made of
    # 第24届 / 25届兰洽会: a meeting's edition; 科技类3家: a class counted
    r"|^[^，,、]{0,6}?第?[\d一二三四五六七八九十]+届|类\d+[家个项]$"
    # 风电项目, 新居工程: a kind in two characters (over heldout380-671, 1 gold name of
    # 11,500 is one, and all 24 such names newsx read were wrong);
    # 投资环境说明暨X项目, 开海节暨X项目: a meeting or a festival before 暨
    r"|^[\u4e00-\u9fff]{2}(?:项目|工程)$|说明暨|节暨"
    # 某区政府与A公司(B公司的全资子公司), 某市人民政府与B公司(广西)总部战略合作协议: the
    # parties of a signing
    r"|政府与"
    # 汇报东侨项目开工情况: a report on the projects; 春季线上项目签约暨招商大会: the event's label
    r"|^汇报|(?:春季|夏季|秋季|冬季)(?:线上|网上|云上)?项目$"
    # 佛山招商网: a news site's name (its page's chrome); 10大类基础设施: classes of works
    r"|(?:招商|新闻|资讯|投资|商务)网$|[\d一二三四五六七八九十]+大类"
    # 临沂·深圳合作对接项目签约大会, 京津冀协同发展项目签约会: the event's label
    r"|(?:合作对接|协同发展)项目$"
    r"|在谈的"  # 某区跟踪在谈的X项目: still negotiated
    r"|项目或"  # 签署新投资项目或增资项目协议: the kinds of deal, either one
    # 乐昌市设立分会场，A等22个项目集中开工 / 吕梁分会场项目签约仪式: the venue (and its
    # projects), no name
    r"|^[主分]会场$|[主分]会场项目$"
    # 盘锦京津冀招商引资项目签约仪式: the event's label, by its places (not 富森大酒店招商引资项目)
    r"|^[\u4e00-\u9fff]{0,4}(?:京津冀|长三角|珠三角|大湾区|粤港澳|[省市县区])招商引资项目$"
    r"|^\d{4}年[\u4e00-\u9fff]{0,4}招商引资项目$"  # 2024年深圳招商引资项目签约仪式: likewise
    # 举行招商引资项目集中开工和新项目投产活动: the events' label; 首个超百亿级项目: a size;
    # 新旧动能转换重大工程启动: a province's programme
    r"|项目集中(?:开工|签约|竣工)和|^超?[十百千]亿(?:元)?级?项目$|^新旧动能转换"
    r"|首[个批家]"  # 某产业园今年首个产业项目: its rank in the year, no name
    r"|^[一二三四五六七八九十两]+大[^，,、]{0,10}项目$"  # 四大新能源汽车整车项目: a group
    r"|[\d一二三四五六七八九十两几多]+[项个座]大?(?:工程|项目)$"  # 湛江有两项大工程: a count
    r"|(?:公司|集团)新项目$"  # 江西某集团新项目落户某县: a headline's stand-in for the name
    # 国家发展和改革委、财政部…有关司局负责同志和嘉宾共同启动…: ministries and the people
    # from them (总部 and 俱乐部 are projects; 东部, 西部 regions)
    r"|(?<![总东西南北中])(?<!俱乐)部$|改革委$|负责同志|嘉宾"
    r"|(?:公司|集团)\d{4}年度?建设项目$"  # 中储粮集团公司2021年建设项目: the year's batch
    # 产业项目(173项) / 基础设施(69项): a kind and its count; 让项目落户: a verb's object;
    # 王某首先对项目签约表示祝贺: a preposition's object
    r"|[(（]\d+[项个][)）]|^[是让使将]项目$|[把给对就]项目$"
    # 抢抓项目开工 / 促进项目开工建设: work on projects, no name
    r"|^(?:抢抓|促进|推动|推进|加快|加速|保障|确保|助力|力促|争取|抓好|抓实)项目$"
    # 银川各县（市）区、各园区: places, not names
    r"|(?:^|[\u4e00-\u9fff]{2})各(?:县|市|区(?!域)|乡|镇|园区|部门|单位)"
    rf"|^(?:[\u4e00-\u9fff]{{1,6}}{_PLACE_END})$"
    # (a count; but a firm may be named by three digits or more: 科大讯飞、360、惠科)
    r"|^(?:\d{1,2}|[一二三四五六七八九十两]+)(?:多|余)?[个项家宗]?(?:项目)?$"
    r"|^\d{1,3}新?(?:签约|开工|投产|竣工|续建|在建)项目$"  # 22新开工项目: a class counted
    r"|^\d+(?:多|余)?(?:[个项家宗](?:项目)?|项目)$|(?<=[\u4e00-\u9fff])\d+个$"
    r"|(?<=[\u4e00-\u9fff])各?\d+[项宗家]$"  # 赤峰市95项、通辽市75项: each place's count
    r"|^[一二三四五六七八九十\d]期(?:工程|项目)?$"  # 一期: a phase of the project told of
    # 6处新建大型灌区工程 / 两条高速公路项目: a count of works, no name
    r"|^[\d一二三四五六七八九十两]+[处座条个幢栋](?!.{0,3}[号期])"
    r"|\d\s+个\s*(?:项目|企业)$"  # 累计有 168 个项目 (spaced, as PDFs write numbers)
    r"|[外台港澳侨德日韩美法英欧]资(?:项目|企业)$"  # 中德生态园重点德资项目: whose money, no name
    # 分别在川商发展大会、中国西部国际博览会等平台签约: where projects were signed, or pitched
    # (有色金属加工招商项目), or what they all are (年产量均超万吨项目)
    r"|(?:大会|博览会|论坛|洽谈会|交易会|推介会|峰会|招商会|座谈会|平台签约|招商项目)$"
    r"|(?<=[\u4e00-\u9fff])均(?:超过?|达到?|为|是|属)"  # (重点项目均为工业项目: what all are)
    # A country or region (引进澳大利亚、瑞士、新加坡等国际知名金融企业): where firms come from
    r"|^(?:中国|美国|日本|韩国|朝鲜|德国|法国|英国|意大利|西班牙|葡萄牙|荷兰|比利时|瑞士|瑞典|挪威|丹麦|芬兰"
    r"|奥地利|俄罗斯|乌克兰|波兰|捷克|匈牙利|希腊|土耳其|以色列|印度|泰国|越南|老挝|柬埔寨|缅甸|马来西亚"
    r"|新加坡|印度尼西亚|印尼|菲律宾|澳大利亚|新西兰|加拿大|墨西哥|巴西|阿根廷|智利|南非|埃及|沙特|阿联酋"
    r"|蒙古|哈萨克斯坦|巴基斯坦|香港|澳门|台湾|欧洲|欧盟|东盟|亚洲|非洲|美洲|中东)$"
    rf"|^[\u4e00-\u9fff]{{2,6}}?{_COUNT}个(?:民生|重点|重大)?工程$"  # 宜城15个民生工程开建: a count
    # 集团公司, 该公司: a kind of company, no name.
    r"|^(?:该|本|我|贵|双方)?(?:集团|集团公司|总公司|有限公司|股份公司|公司|分公司)$"
    # A category with its count (总部经济项目12个) counts projects, it names none.
    rf"|(?:项目|企业){_COUNT}(?:多|余)?[个项家]$"
    r"|在谈(?:在建)?项目$"  # 招商引资在谈项目: a heading of projects still negotiated
    # 某某水泥一项目签约: "a project" of a firm, told in a headline, no name
    r"|(?<![第\d一二三四五六七八九十合统唯])一项目$"
    # 在建和拟建项目: projects by their state, no name
    r"|^(?:在建|拟建|续建|新建)(?:和|及|与)(?:在建|拟建|续建|新建)项目$"
    r"|为项目$"  # 某某等领导为项目培土奠基: who did it, for the project
    # A count of projects (此次签约的32个招商引资项目, 内蒙古45个投资亿元以上重点项目, 多个
    # 胶合板项目), not one project.
    # (和2个装配式建筑研究院: the count after a list's last name)
    # (博州“两个联营”综合能源示范项目: a quoted slogan's count names the project)
    rf"|^(?:和|及)?{_COUNT}(?:多|余)?[个项家批]|(?:(?<![第\d“]){_COUNT}(?:多|余)?|多|数|若干|几)"
    # 家 counts companies, not projects: 田七家化项目 is a name.
    r"(?:[个项批][^、，,]{0,20}(?:项目|企业)|家[^、，,]{0,6}企业)$"
    # A demonstrative: 这次工业强区招商引资项目 refers to a batch, it names nothing.
    r"|^(?:这次|此次|本次|这些|这个|这批|这一批|该(?![县市区镇乡村省]))|这些|那些"  # 吉安这些项目
    r"|^(?:这一|此|本)项目$"  # 就这一项目进行了签约: the project just told of
    r"|这个(?:大|重大|重点)?项目$"  # 衡阳县这个大项目开工: the one told of
    rf"|^(?:全国|全省|全市|全县|全区)(?:{_FIELDS})+$"  # 全省电子信息材料: a field, province-wide
    r"|央字号|国字头"  # 世界500强、央字号、国字头等二十余家大企业: ranks of firms
    # 签约3项目, 当日再有两项目, 促成15只投资项目, 举行项目签约: a count or an act, no name
    r"|(?:(?<=[约进工成户区县市共有批了])\d{1,3}只?|两|(?:举行|举办|进行|开展)了?)(?:投资|重点|重大|招商)?项目$"
    r"|^\d{4}年度?(?:工业|产业|重点|重大|招商引资|招商|融资)*项目"  # 举行2018年工业项目入园签约仪式
    r"|\d{4}年\d{1,2}月"  # X古玩城 2003年3月动工首期工程: a date, then what happened
    # 众多高投资额, 签约仪式举行 签约项目, 灾后重建各项工程: prose
    r"|^(?:众多|诸多|大批)|仪式举行|各项(?:工程|项目)$"
    r"|(?<=..)是(?=[^、，,]{4,}项目$)"  # X新能源是某省援建重点支持项目: what it is, a sentence
    r"|(?<!工程)师$"  # 国家一级美术师: a title
    r"|\d%$|百分点$|^个|^论坛项目$"  # 某县94.1% (a rate), 个…合作项目, …暨论坛项目: no names
    # 世界500强 / 科技含量高 / 辐射带动大: ranks and qualities of a batch, no names
    # (国内100强项目, 新的净土健康项目: what a named one is, after its name)
    r"|^(?:世界|中国|全国|民营|国内)?(?:500|100)强(?:项目|企业)?$|^新的|(?:含量|带动|效益|质量|层次|水平|规模)[高大强好优]$"
    # 推进更多优质项目 / 谋划布局更多高质量项目: more of them
    r"|更多(?:优质|重大|重点|好|大|高质量)?的?(?:项目|企业)$"
    r"|类项目$"  # 社会保障类项目: a class
    r"|^以[\u4e00-\u9fff]{1,6}[引招](?:项目|商|资)$"  # 一是以市场引项目: a way, not a project
    # 紫金县又一大项目, 又一重大农业产业化龙头项目: news of one (not 又一村); 片区最大的民生
    # 工程: what it is among others
    r"|^举行|又一(?:个|批)?(?:大|重大|重点)?(?:项目|工程)|^又一(?!村)[^、，,]{0,12}(?:项目|工程)$"
    r"|最(?:大|重要)的[^、，,]{0,8}(?:项目|工程)$"
    r"|优势$"  # 不可复制的区位优势、政策优势: what a place offers
    # 汽车天窗生产六大项目, A等十大工业项目: a count closing a run; 两大工业转型项目: a batch
    rf"|{_COUNT}大(?:重点|重大|产业|民生)?项目$|(?:^|等){_COUNT}大[^、，,]{{0,6}}?(?:项目|工程)$"
    rf"|^以?{_COUNT}大(?:{_FIELDS}|和|及|工程|项目)+$"  # 以十大基础设施、十大产业和…: kinds
    rf"|^新?(?:{_EVENTS})$"  # 新签约、新达成意向的项目: an event, not a name
    r"|^[“\"][^”\"]{1,4}[”\"](?:项目|工程)$"  # “三新”项目: a kind
    # 市长王刚: an official, not a project
    r"|^(?:常务)?副?(?:[市县区镇乡州旗]长|书记|主任)[\u4e00-\u9fff]{2,3}$"
    # A date or a span of time (从当年10月23日工程) is prose, not a name.
    r"|\d{1,2}月\d{1,2}日|^从|^\d{1,2}[时点](?:\d{1,2}分)?许?$"
    r"|^\d{1,2}月(?:底|初|末|中旬|上旬|下旬|份)"  # 5月底第一条生产线(投产): when, then what
    r"|共同(?:建设|投资|打造|出资)"  # TCL与宏齐科技共同建设X项目: a firm and what it does
    # Where something is (在衢州绿色产业集聚区常山片区，总投资…的X项目), not what.
    rf"|^在[\u4e00-\u9fff]{{2,20}}(?:{_PLACE_END}|片区|园区?)$"
    # A description (民生提高的项目), not a name.
    r"|的(?:重大|重点|好|大)?项目$"
    rf"|的(?:{_FIELDS}|和|及|类)+项目$"  # 夯实发展后劲的民生和基础设施项目
    # A count inside (连南县共21个重大工程) makes a sentence of it.
    rf"|(?:共|计|合计|总计){_COUNT}(?:多|余)?[个项家]"
    # 处于温泉带上 / 项目位于某园区: where a project lies
    r"|^(?:占地|毗邻|紧邻|位于|地处|坐落|处于)|^(?:该|本)?项目(?:位于|地处|坐落|选址)"
    # 占地10亩、建筑面积1.3万平方米、总投资1亿元的X: the figures before a name, split at 、
    r"|^总?(?:建筑|用地|规划)?面积"
    r"|^(?:均|都|皆|全)(?:是|为)"  # 集中开工的项目均是投资项目: what they all are
    r"|一(?:个|批)?(?:重大|重点)项目$"  # 某市一重点项目开工: news of one
    # 汤阴县一食用菌项目签约 / 吉安一103亿项目: news of one, by its kind or its money
    r"|(?:[县市区镇乡州]|开发区)又?一(?![号期路体站区带二三条座])[^、，,]{0,8}?项目$"
    # 东港区一大型钢铁物流基地奠基: news of one, by its size (not 某区一中, a school)
    r"|(?:[县市区镇乡州]|开发区)又?一(?:个|家|座)?(?:大型|特大|超大|重大|重点)[^、，,]{0,10}?"
    r"(?:基地|园|中心|厂|工程)$"
    r"|协议[和及、]"  # 签订合作协议和项目投资协议: deals, not projects
    # A byline or a time (本报讯(记者某某)日前), read as a list's first clause.
    r"|本报讯|[(（](?:记者|通讯员)|(?:日前|近日|当天|当日|今天|今日|昨天|昨日)$"
    # A share of a batch: 一半多的重点项目, 部分项目.
    r"|^(?:一半|多半|大半|大部分|部分|全部|所有|多数|大多数|其余|其他|其它|剩余|个别)"
    # A clause's start read into a name: 随着X项目…, 也见证了X, 签下了X, 由X公司投资.
    r"|^(?:随着|也见证了?|签下了?|建成竣工的|由(?=.{2,}(?:公司|集团)$))"
    # A batch called key (白城市重点项目, 中新科技城重大项目): no gold name ends so, but
    # a project joined to its purpose may (X水库生态修复暨产业融合发展重点项目).
    r"|^(?!.*暨).*(?:重点|重大)(?:产业|建设|工业|招商)?项目$"
    # A list's closer read into a name (A等, A等首批, A等民生): a kind, no name.
    r"|(?<![高平同中初对均相何上])等(?:近|首批)?$|(?<![高平同中初对均相何上])等[\u4e00-\u9fff]{0,4}(?:民生|领域)$"
)
# Labels of a kind of project, not a name: 开工项目, 新建项目, 招商引资项目, 签约的项目, and
# with a place, a time and fields: 相城区数字经济产业项目, 2017年春季项目, 地区9月招商引资项目,
# 某县百大项目暨亿元以上重点产业项目.
_GENERIC = re.compile(
    # A time or a place first: 2023年一季度重点项目, 桐江区第三批重大项目.
    r"^(?:\d{4}年度?|第?[一二三四1-4]季度|上半年|下半年|[春夏秋冬]季|\d{1,2}月份?|\d{1,2}[.．]\d{1,2}"
    r"|全省|全市|全县|全区|[省市县区]|地区"
    rf"|我省|我市|我县|我区|[\u4e00-\u9fff]{{2,4}}?{_PLACE_END}|第[一二三四五六七八九十\d]{{1,3}}[批场次个]"
    r"|首批|新一批|[\u4e00-\u9fff]{2,10}?自治[州县旗]|[\u4e00-\u9fff]{1,3}州"  # 湘西自治州, 湘西州
    # 杨浦重大工程重大项目, 遂溪两大项目: a place's short name
    r"|[\u4e00-\u9fff]{2}(?=重大|重点|[两一二三四五六七八九十\d]+大))*"
    rf"(?:这些|此次|本次|这次|现场|该|各类|一批|多个|新|集中|{_EVENTS}|开竣工|重点|重大|产业链|产业|招商|引资"
    r"|利用外资|外商投资|台外资|[外台港澳侨内民德日韩美法英欧]资|民营|国有|央企"
    r"|重大工程|重点工程|工程(?=项目$)|援建"  # 重大民生工程项目, 首批援建项目: a kind
    rf"|新建|续建|在建|代表|合作|协作|投资|的|{_FIELDS}|[两一二三四五六七八九十百千\d]+大|项目暨|项目及|及|和"
    r"|众多|诸多|不少|许多|很多|一系列|一大批|大批|优质|好|最大|超大|特大|重特大|大型|大|主要|重要|核心|龙头|标志性|新兴"
    # 均为战新产业项目, 湘商返乡投资项目: a class
    r"|战新|战略性新兴|实体经济|政府投资|大建设|回归创业|[\u4e00-\u9fff]{0,2}(?:返乡|回归)(?:投资|创业)?"
    r"|明星|旗舰|标杆|亮点|精品"  # 技术强的明星项目: a rank
    r"|强链|补链|延链|固链|配套"  # 紧密结合五金产业的强链项目, 转型升级的配套项目: a role
    r"|越来越多|重磅|高质量|高精尖|哪些|民生改善"  # 越来越多好项目, 一季度11区都有哪些项目
    r"|[两一二三四五六七八九十\d]+[宗个项家]"  # 众多优质项目, 两宗大型项目
    r"|[\u4e00-\u9fff]{1,3}性|经营"  # 生产性经营项目, 公益性项目: a class
    r"|(?:投资)?[\d.]*[万亿]元(?:及)?以[上下]|[十百千\d]+亿(?:元)?级?)*(?:项目|企业)$"
)
# A park or a place and a class of projects: 白城工业园区重大产业项目 labels a batch.
_PARK_LABEL = re.compile(
    # (25日上午某开发区重大招商项目: the time the sentence opens with may come first)
    r"^(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上)?"
    rf"[\u4e00-\u9fff]{{2,14}}?(?:园区|开发区|高新区|新区|工业园|产业园|集聚区|片区|{_PLACE_END})"
    # 青岛某新区2024年第二批重点项目 / 某园区第二个工业招商项目: a time, a batch or an
    # ordinal may come between.
    r"(?:\d{4}年度?|第?[一二三四1-4]季度|上半年|下半年|\d{1,2}月份?|第[一二三四五六七八九十\d]{1,3}[批个]"
    r"|首批|[\d.]+[万亿]元?(?:总额)?)*"  # (某开发区78.2亿总额招商项目)
    rf"(?:{_EVENTS}|重点|重大|产业|工业|招商|引资|新建|续建|在建|入园|的)+(?:项目|企业)$"
)
# A meeting and a class of projects: 投资贸易洽谈会招商引资项目 is the meeting's batch.
_MEETING_LABEL = re.compile(
    rf"^.{{2,40}}?(?:会|节|活动|论坛|交易团)(?:{_EVENTS}|重点|重大|产业|招商|引资|合作|投资|经济技术|经贸|及|暨)*"
    r"(?:项目|企业)$"
)
# An item made only of fields is a field list's member.
# (金融投资: a field; 新能源及汽车: two)
# (重大交通基础设施、社会民生补短板等“兴城市”项目: kinds, with what makes them key)
_FIELD_WORD = re.compile(
    rf"^(?:重大|重点)?(?:{_FIELDS}|社会|补短板|工程|项目|类|等|投资)+(?:及(?:{_FIELDS})+)?$"
)
# 签约光伏和风电建设项目: kinds of work joined, no name.
_KINDS_JOINED = re.compile(
    rf"^(?:{_FIELDS}|风电|水电|火电|核电)(?:[和及、](?:{_FIELDS}|风电|水电|火电|核电))+(?:建设)?(?:项目|工程)$"
)
# 包含了产业转型类、科教人才类: classes of projects, whatever the words before 类.
_CLASS_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}类$")
# Appositive descriptors before a name: 国内最大罐车物流平台找罐车 -> 找罐车.
_DESCRIPTOR = re.compile(
    # (企业级 describes: 全球最大的企业级软件公司甲骨文 -> 甲骨文)
    r"^(?P<desc>.{2,24}?(?:平台|企业|公司|集团|品牌|[供制生]\w{0,2}商|老字号[”\"]?))(?![级型])"
    r"(?P<name>.{2,})$"
)
_DESCRIPTOR_CUE = re.compile(
    r"最大|第[一二三四五六七八九十\d]+大|第一|500强|百强|龙头|领军|领先|上市|知名|头部|独角兽|一线|老字号"
    r"|^(?:国内|全国|全球)"  # 国内生鲜新零售企业呆萝卜: where it stands, a description
)
# A modifier in front of a list: 鄂尔多斯市援建的A、B / 位于我县境内的A、B.
_MODIFIER_VERB = re.compile(
    r"建设|援建|投资|出资|建造|捐|实施|承建|引进|签约|签订|签署|开工|竣工|入驻|落户|落址|位于|境内|牵头|打造|建成|新建"
    r"|扩建|年产|产能|占地|面积|举行|举办|召开|之一|投产"  # 年产5万吨的X项目, 重点项目之一的X项目
    r"|吞吐|处理能力|装机"  # 年吞吐能力100万吨的X码头: its capacity
    r"|\d(?:万|千)?(?:平方米|亩|公顷|公里|千米)$"  # 26万平方米的X大厦 / 约3公里的X工程: its size
    r"|洽谈成功|合资|独资"  # 一季度洽谈成功的X项目, 中美合资的X公司
    r"|核准|批复|审批|备案|立项|获批"  # 国家已经核准或批复可研的X水库: approved
    r"|列为|列入|包抓"  # 被列为省、市级领导包抓的X: its rank
    # 管委会与A公司的X项目 / 与B集团合作的Y项目: the parties of the deal
    r"|与[^、，,]{2,30}?(?:公司|集团)$|合作$|共建$"
    r"|与[^、，,]{2,20}?配套$"  # 与新能源汽车配套的X: what it supplies
    r"|(?:产业|领域|行业|项目)中$"  # 生物医药产业中的X项目
    # 进一步挖掘自然资源的X项目 / 聚焦文旅融合创新的Y: what it does, a clause of its own
    # (not 围绕X形成…的A、B: what a place forms around, a description of kinds)
    r"|^(?:以及|及|和)?(?:进一步)?(?:挖掘|聚焦)"
)
# 就建设X项目签约: what is to be built, after the 就 of a deal.
_DEAL_BUILD = r"(?:(?:投资|合作)?建设|共建)?"
_LEADING = re.compile(
    r"^(?:[，,、；;：:∶\s▲△▼▽■□●◆◇★☆◎※☑✅✔✓➤►▶•的—–]|了(?=.{4})|还有|更有|以及|另有|另外|同时|其中|(?:(?:当天|当日)?(?:活动|仪式)?共|(?:当天|当日)(?:活动|仪式)|也|还|又|既)?(?:具体|主要)?(?:包括|包含|含(?![山笑量氟硫磷氮碳铅锌铜油水盐]))|例如|比如|如(?![意家东皋])(?=.{4})|分别是|分别为|与|此次|本次|这次"
    # 包括新开工X工程; 图为X开工仪式 (a photo's caption); (本次集中开工)涉及X等11个项目
    r"|特别是|尤其是|不乏|涉及(?=.{4})|新(?:开工|签约)的?(?=.{4})|图为(?=.{4})"
    r"|[^，,、]{1,12}?即(?!墨)(?=.{4})"  # 1座大型水库即凤山水库: what it is, then its name
    r"|(?:龙头|重点|代表性?|标志性|压轴)项目(?=.{4})"  # 本次开工的龙头项目X: its rank first
    # 陕西日报 A公司与…: a reprint's outlet
    r"|[\u4e00-\u9fff]{2,6}(?:日报|晚报|晨报|时报|商报)\s+(?=.{4})"
    r"|(?:计划|拟)(?:投资)?(?:新建|建设|实施|开工建设|开工)(?=.{4})"  # 计划(投资)新建X: a plan
    r"|(?:大力度|大力|全力|着力|加快|加速)(?:推进|建设|打造)(?=.{4})"  # 大力度建设X: the effort
    r"|通过(?:引入|引进|招引)(?=.{4})"  # 通过引入X等项目: the means
    r"|谋划(?=.{4})"  # 谋划X等项目3项: the planning verb
    # 和华朔科技同处某产业飞地的X公司: the neighbour it shares a place with
    r"|[和与][^，,、的]{2,24}?(?:同处|同在|一样|一同|共同)[^，,、的]{0,12}的(?=.{4})"
    # 签订在该区设立X项目 / 甘肃阿敏生物在印尼投资建设明胶厂项目: the firm and the site
    r"|[\u4e00-\u9fff]{0,12}?在[\u4e00-\u9fff]{1,8}?(?:设立|新建|投资建设|建设|投建|布局)(?=.{4})"
    r"|[\u4e00-\u9fff]{2,4}布局(?=[^，,、]{4,}(?:项目|工程)$)"  # 南川布局X项目: where
    # 中建三局与长江新城合作投资建设X: the firm and its partner
    r"|[\u4e00-\u9fff]{0,12}?与[\u4e00-\u9fff]{1,10}?合作(?:投资)?(?:建设|新建|打造)(?=.{4})"
    # 分别与A公司合作生产X项目 / B大学与C(湖北)科技有限公司合作X: the partners of a deal
    r"|(?:分别)?[^，,、]{0,20}?与[^，,、]{2,30}?(?:公司|集团|大学|学院|研究院)合作(?:生产|进行|开发|的)?(?=.{4})"
    r"|[^，,、]{2,30}?(?:公司|集团)合作(?:生产|进行|开发)(?=.{4})"  # (分别与 read as the list's)
    r"|[^，,、]{2,20}?(?:公司|集团)在[^，,、的]{1,10}的(?=.{4})"  # 香港某集团在某县的X项目
    r"|(?:尽管|虽然|但是|而且|并且)(?=.{4})"  # 尽管X项目已签约: the clause's conjunction
    r"|(?:活动|仪式|会)[中上](?=.{4})"  # 活动中A公司、B公司等8家企业正式入园: when
    # 标志着X项目正式开工: what the scene means (标志著: a converter's leftover)
    r"|(?:这|也|这也|此举)?标志[着著](?=.{4})"
    r"|(?:本次|此次)?(?:仪式|活动)?共设(?=.{4})"  # 本次仪式共设A、B、C三个分会场: the venues
    # 由某客商投资落户于X产业园的A / 落户于X工业园A: the park it came to, then its name
    r"|(?:[^、，,]{0,20}?(?:落户|入驻|落地))?于[^、，,]{2,16}?(?:工业园|产业园|园区|开发区|新区)的?(?=.{2})"
    r"|投资(?=[^\d、，,]{4,}项目$)"  # 投资太阳能发电空气动力发电项目: the verb
    r"|见证了?(?=.{4})"  # (市领导)见证A、B等项目签约: what the leaders did
    # 本月建成或部分建成X工程: when and what happened, before the name
    r"|(?:本月|本周|当月|当天|近日|日前)(?:建成|竣工|完工)(?:或部分(?:建成|竣工))?(?=.{4})"
    r"|公司(?=.{4})"  # 公司X项目: the company's (the report's own firm), not a name's start
    # 当天X项目、Y项目签约: when, before the first name (not 今日头条, a name)
    r"|(?:当天|当日|昨天|昨日|近日|日前|目前)(?=.{4})"
    # 「四平」X基地 / 【四平】X: a page's place label in corner brackets
    r"|(?:【[^】，,、]{1,8}】|「[^」，,、]{1,3}」)(?=.{4})"  # (「健康乡村」X: a quoted label, kept)
    # 农业项目普定县2020年X工程: the kind of the list's item, before its name
    r"|(?:农业|工业|服务业|文旅|旅游|民生|基础设施|社会事业|生态环保)项目(?=[\u4e00-\u9fff]{2,6}(?:省|市|县|区|镇|乡)|\d{4}年)"
    r"|(?:招引|新上|暨)(?=.{4})"  # 新上A项目, 暨B项目: a verb or a joint before the name
    # A大学与B市政府战略合作暨X项目签约: the agreement signed with it is no part of X
    r"|[^，,、]{2,30}?(?:战略合作|合作协议|框架协议)暨(?=.{4})"
    r"|[^，,、]{0,20}?成功(?=招引|引进|引入|吸引)|争取(?=.{4})"  # (某公司)成功招引A、B, 争取C
    r"|当地(?=.{4})"  # 当地县人民医院X项目: the place the text is about
    r"|或?(?:提速|推进)(?=.{4})"  # 完成或提速A、B: a plan's verb
    r"|(?:力促|力推|推动)(?=.{4})|及(?![时早第格])(?=.{4})"  # 力促A / …和C及D: a verb, a joint
    r"|(?:先后|相继|陆续)?促成(?=.{4})"  # 先后促成A等一批重大项目签约落户: who brought it
    r"|(?:拟|计划|将)设立(?=.{4})"  # 拟设立X基金: what will be set up
    r"|并(?:集体|共同|一同)?为(?=.{4})"  # 领导…并集体为A、B等12个项目奠基: for whom
    # 并同步启动X项目 / 并就X签约 / 并筛选出X: the clause's joint and verb (not 并购, 并州)
    r"|并(?:同步|同时|一并)?(?:启动|开工|签约|签订|签署|推进|筛选出|确定|就)(?=.{4})"
    r"|随[着著](?=.{4})"  # 随着X项目落地: what comes with it (随著: a converter's leftover)
    r"|[^，,、：:]{1,6}方面[：:]|预备项目(?=.{4})"  # 水利方面：X工程, 预备项目X: its heading
    r"|[\u4e00-\u9fff]{2,4}[：:](?=[^：:]{6})"  # 凤冈：X项目签约 (a headline's place first)
    # 辽宁首个X项目 / 示范区第一个X项目: a rank, not the name
    r"|[^，,、“”]{0,6}?(?:首个|首家|首批|第一[个家座所])(?=.{6})"
    r"|[^，,、“”]{0,8}?大型项目(?=.{4})"  # 中外合作大型项目中韩产业园: what it is, then the name
    # 由A公司投巨资兴建的X项目 / 与省联投合作开发的X / 具有徽派特色的X小区: who builds it
    # (or with whom), what it is like
    r"|由[^，,、]{2,30}?(?:兴建|建设|开发|打造|投资|招引|引进)的(?=.{4})|具有[^，,、]{1,12}?特色的(?=.{4})"
    r"|与?[^，,、]{2,20}?(?:合作|联合|共同)(?:开发|建设|打造|投资)的(?=.{4})"
    r"|[^，,、]{2,30}?分别(?:同|与|和)(?=.{4})"  # 某县人民政府分别同A、B: who signed with them
    # 项目已吸引了A公司 / 园区吸引A、B等项目进驻: what came to it
    r"|(?:项目|园区|产业园|示范园)(?:已|还|也|先后|相继)?(?:吸引|引进|引来)了?(?=.{4})"
    # 某开发区的A公司: where it lies
    r"|[^，,、]{2,12}?(?:开发区|高新区|园区|新区|工业园|示范区|集聚区|集中区)的(?=.{4})"
    r"|[^，,、]{0,10}?核心项目(?=.{4})"  # 上马园区核心项目七连轧项目: its rank
    r"|[^，,、]{0,8}?[主分]会场(?:——|—)?(?=.{4})"  # 在市主会场——X项目现场: the venue first
    # 某报讯 记者某某报道：A、B: the lead's credit
    r"|(?:[^，,、\s]{2,12}讯\s*)?记者[\u4e00-\u9fff\s]{2,12}报道[：:](?=.{4})"
    # 笔者日前从X项目建设现场了解到: where the writer learnt it; 加上原有的X: the ones before
    r"|(?:笔者|记者)[^，,、]{0,6}?从(?=.{4})|加上(?:原有|已有|此前)?的?(?=.{4})"
    # 甲与乙镇关于X项目签约 / 甲与乙就建设X项目签约: the parties (not 就业)
    rf"|[^，,、]{{2,30}}?(?:就(?!业){_DEAL_BUILD}|关于)(?=[^，,、]{{4,}}(?:项目|工程)$)"
    r"|(?:世界|全球|中国|全国|国内)(?:500|五百|100|一百)强(?:企业)?(?=.{4})"  # 世界500强X: a rank
    r"|[^，,、]{2,20}?(?:集团|公司)?旗下(?=.{4})"  # 某集团旗下X公司, 某科技旗下X基地: the parent
    r"|[\u4e00-\u9fff]{0,12}?宣布[：:]?(?=.{4})"  # 某某宣布X等40个项目开工: who announced it
    r"|该[区县市镇乡](?=.{4})"  # 该区X产业园: the place the text is about, not the name's
    # 市委书记某某等市领导为X项目奠基 / 某某等县领导分别参加X、Y等3个项目开工仪式: who
    r"|[^，,、]{2,30}?领导(?:[^，,、]{2,4})?(?:为|(?:分别)?(?:参加|出席)了?)(?=.{4})"
    # 某区IJ地块内X: where (not X(某新区内)Y: a bracket's note inside the name)
    r"|[^，,、()（）]{2,30}?(?:地块|园区|开发区|工业园|产业园|新区)内(?=.{2})"
    # 并见证了X / 祝贺X项目: the guests' part in it, then the name
    r"|并?见证了?(?=.{4})|(?:热烈)?祝贺(?=.{4})"
    r"|(?:集中|同步)?(?:收看|观看)了?(?=.{4})"  # 收看X工程动员大会: watched, on a screen
    r"|希望(?!小学|工程|之)(?=.{6})"  # 希望X项目早日竣工: the speaker's wish, then the name
    r"|目前|当前|已有|(?:现场|[我全][省市县区州]|[\u4e00-\u9fff]{1,10}?[省市县区])?(?:共有(?!产权)|先后有|相继有|陆续有)|现有|既有|也有|又有|并有|安排|来自|兴建|今年|去年|明年|当年|年底|年初|就|暨|而|原标题[：:]|图说[：:]"
    rf"|{_HAS}(?=.{{4}})"  # (竣工投产的)有A、B: what is left of 的有 (not 有色金属)
    r"|[\u4e00-\u9fff]{0,6}?项目[为是](?=.{6})"  # (开工的)省级项目为A、B: the group, then its names
    r"|[^，,、]{0,16}?(?:项目|企业)(?:还有|还包括|另有)[：:]?(?=.{4})"  # 开工的工业项目还有：X
    r"|[^丨｜|]{2,12}[丨｜|](?=.{4})"  # 四川达州丨X项目签约: a headline's kicker, then the name
    r"|[^，,、\s]{2,12}(?:消息|报道|讯)(?:[ \u3000]+|[：:])(?=.{4})"  # 某网讯：X: the source
    r"|(?:详细)?介绍了?"  # 介绍X项目情况: what was presented, not its name
    r"|作为[^，,、的]{1,12}的(?=.{4})"  # 作为主会场的X项目: its role in the event
    r"|(?:项目)?除(?=.{4})"  # 开工的项目除A、B5个项目外，还有C: a frame, not a name
    # 高新区的X项目, 水利局的Y项目: the unit that brings the project, not its name.
    r"|(?:[\u4e00-\u9fff]{1,5}?(?:区|局|镇|乡|县|街道|委|办)|我市|本市|[\u4e00-\u9fff]{2}市?)的(?=.{4})"
    # 永靖镇坪上工业园区的X项目 / 九庄镇青堰村的Y项目: where it is, not its name.
    r"|[\u4e00-\u9fff]{2,4}?[镇乡][\u4e00-\u9fff]{2,8}?(?:村|社区|园区|工业园|产业园)的(?=.{4})"
    r"|使(?=.{4})"  # 使X项目实现拿地即开工: what made it so
    r"|是(?=[^，,、]{4})"  # (本次开工的)是一期工程: the copula of the clause
    # 9月X公司与某县签约: when
    r"|(?:\d{4}年)?\d{1,2}月(?:份|\d{1,2}日)?(?:上旬|中旬|下旬|初|底|末)?(?=.{4})"
    # 2024年重点水利综合整治提升工程: the year's key works (2023年老旧小区改造项目 keeps its
    # year, the year's round of a programme)
    r"|\d{4}年度?(?=(?:重点|重大)(?!项目|工程)[^，,、]{4})"
    r"|[^，,、]{0,10}?进行了(?=.{4})"  # 推介会进行了X、Y等项目的签约: the clause's verb
    # 生产高档电动牙刷等家电产品的X二期项目: what the firm makes, before its project
    r"|(?:生产|从事|主营)[^，,、的]{2,20}?的(?=[^，,、的]{4})"
    r"|(?:签约)?落实(?=[^，,、]{4})"  # 将与某公司签约落实X项目: the clause's verb
    # 实施X / 共设X / 近日新增X / 吸引X / 某市集中推进X / 某县全速推进X: the verb of the
    # clause, not the name
    r"|(?:近日|日前)?(?:新增|共设|实施|吸引了?|签订了?|签署了?|(?:合作)?引入了?|投资兴建)(?=.{4})"
    # 着力打造X总部 / 保障X基地落地 / 发展X项目 / 备受市民关注的X: the clause's verb or
    # what is said of it (not 保障性住房, 保障房)
    r"|(?:着力|全力|倾力)打造(?=.{4})|保障(?![性房])(?=.{4})"
    r"|(?:重点|突出|着力|全力)?支持(?=.{4})"  # 突出支持X、Y等重大项目: what money goes to
    r"|发展(?!大道|路|大街|街)(?=[^，,、]{4,}(?:项目|工程)$)"  # (not 发展大道, a road's name)
    # 投资1160万美元在铅山县发展X项目 / 在弋阳县上马Y项目: where and the verb, not the name
    r"|[\u4e00-\u9fff]{1,5}?[县区市镇乡](?:发展|上马)(?=[^，,、]{4,}(?:项目|工程)$)"
    r"|备受[^，,、的]{1,8}的(?=.{4})"
    # 签订合资建设X项目协议 / 某公司施工的X项目 / 先后承建了X: the deal's or the builder's
    # words, not the name
    r"|(?:合资|合作|共同)建设(?=.{4})|[^，,、]{2,20}?(?:公司|集团|局)(?:施工|承建)的?(?=.{4})"
    # 某集团投资的X项目 / 某公司增资兴建的X项目 / 某公司拟在某县建X项目: its investor
    r"|[^，,、]{2,20}?(?:公司|集团)(?:增资|投资)(?:[^，,、的]{2,8}?)?(?:建设|兴建)?的(?=.{4})"
    # 某某代表省政府对X项目奠基表示祝贺: who spoke, for whom, then the name
    r"|[^，,、]{2,30}?代表[^，,、]{2,12}?(?:政府|党委|省委|市委|县委|区委|管委会)对(?=.{4})"
    r"|[^，,、]{2,30}?(?:公司|集团)(?:拟|计划|将)?在[^，,、]{1,10}?(?:投资)?(?:建设|兴建|新建|建)(?=.{4})"
    r"|(?:先后|相继)?承建了(?=.{4})"
    # 常务副县长某某对X项目: the official and what he did, not the name
    r"|[^，,、]{0,20}?(?:书记|[省市县区镇]长|主任)[\u4e00-\u9fff]{2,3}对(?=.{4})"
    r"|(?:全国|全省|全市|全县|省内|国内)(?:首家|首个|第一家)(?=.{4})"  # 全省首家X: a rank
    r"|[十百千]亿(?:元)?级?项目(?=.{4})"  # 百亿项目恒科四期: its size, then its name
    # 对X项目进行…: the object of what is done (not 对口, 对外)
    r"|对(?![口外接标台岸面])(?=[^，,、]{4,}(?:项目|工程|产业园|基地)?$)"
    r"|[^，,、]{0,6}?(?:集中|全速|全力|大力|强力|着力|扎实)推进(?=.{4})|(?:又|也|既)?涵盖了?(?=.{4})"
    r"|[^，,、]{2,20}?祝贺(?=.{4})"  # 县委书记某某祝贺X项目: who congratulated
    r"|即(?!墨)(?=.{4})"  # 即A、B: what a count just named is (not 即墨, a place)
    r"|[^，,、]{2,16}?项目之一(?=.{4})"  # 某开发区项目之一X项目: which group, then the name
    r"|(?:加快|开工|启动|加紧)建设(?=.{4})"  # 包括加快建设A，开工建设B: what will be done to it
    r"|启动(?!区)(?=.{4})"  # 开工建设A、启动B: the verb of the last item (not 启动区, an area)
    r"|项目(?=[^，,、]{4,}(?:项目|工程)$)"  # 项目X工程: the word before the name
    # 北湖区有A、B / 海口国家高新区有A、B…共7个项目参与集中开工: where they are
    rf"|[\u4e00-\u9fff]{{1,10}}?[区县市]{_HAS}(?=.{{2}})"
    # 高速公路有A、B等2个项目；水运建设有C: the class of the batch's projects, then the names
    rf"|[\u4e00-\u9fff]{{0,6}}?(?:公路|铁路|建设|站场|场站|项目){_HAS}(?=.{{4}})"
    # 民营企业X公司 / 港资企业X公司 / 广东传统优势企业X公司: what it is, then its name
    r"|[^，,、]{0,8}?企业(?=(?!集团|有限|管理|服务|发展|咨询|孵化|投资)[^，,、]{4,}(?:公司|集团)$)"
    # 视频连线了X项目 / 岳某某代表X集团 / 是X集团: the scene or the speaker, not the name
    r"|(?:视频|远程)?连线了?(?=.{4})|[\u4e00-\u9fff]{2,3}代表(?=[^，,、]{2,}(?:集团|公司)$)"
    r"|是(?=[^，,、]{2,}(?:集团|公司)$)"
    # 开工活动的有X项目 (not 有色金属…项目): the opener's 有 left on the first name
    r"|有(?![色限机线序效])(?=[^，,、]{4,}(?:项目|工程)$)"
    r"|(?:园区|街镇|乡镇|街道)与(?=.{4})"
    # A公司在某县建设X中心: the company and the place, then what it builds
    r"|[^，,、]{2,40}?(?:公司|集团)在[^，,、]{1,8}?(?:投资)?(?:建设|打造|新建)"
    r"(?=.{4})"  # 各街镇、园区与A、B等38个项目集中签约: the party
    # 具有代表性的是X项目 / 单笔投资额最大的是X项目: why it is named, not its name
    r"|[^，,、]{0,10}?(?:代表性的?|最大的|最高的|最多的)(?:项目)?(?:是|为|有|当属)[：:]?(?=.{4})"
    # 南宁市有X项目 (not 城市有机更新: 有 begins a word there)
    rf"|[\u4e00-\u9fff]{{1,6}}?[市县区]{_HAS}(?=[^，,、]{{4,}}(?:项目|工程)$)"
    r"|[^，,、]{0,12}?项目是(?=[^，,、]{4,}(?:项目|工程)$)"  # 最大外资项目是X项目: what it is
    r"|我[省市县区州旗](?=.{4})"  # 我市X公园开发: the writer's place
    r"|是(?=[^，,、]{4,}(?:项目|工程)$)"  # (the same after 最大的 was cut as a modifier)
    r"|[^，,、]{2,10}?(?:领域|行业|板块|产业类|类)的(?=.{4})"  # 生物医药领域的X项目: its field
    # 陕西再生资源产业园的X项目: the park it is in; 某某在签约仪式上对X项目: who spoke of it;
    # “某园区”揭牌暨X大楼: the rite before
    r"|[^，,、]{2,20}?(?:产业园|工业园|园区)的(?=.{4})|[^，,、]{2,20}?在[^，,、]{2,12}?上对(?=.{4})"
    r"|[^，,、]{2,30}?(?:揭牌|揭幕)(?:仪式)?暨(?=.{4})"
    r"|(?:战略|全面)合作(?:框架)?(?:协议)?暨(?=.{4})"  # 签署战略合作暨X项目合作协议: the other deal
    r"|(?:又|再)?一(?:个|家|座|条)(?=.{3})"  # 又一个X项目落户: a new one of its kind
    # 某县政府举行X工程竣工剪彩 / 某市政府举行X项目签约: who held it
    r"|[^，,、]{2,30}?(?:政府|管委会|县委|市委|区委)(?:举行|举办)了?(?=.{4})"
    r"|为(?=[日年]产)|(?:将)?建设为(?=.{4}))+"  # 为日产900吨X生产线: for what
)
# A unit after a number: 40 万吨磷酸, 5 GW电池片 (a quantity, not an item's number).
_UNIT_AFTER = (
    r"万(?:吨|辆|台|套|千瓦|平方|立方|头|只|亩|件|片|张|条|个|羽)|亿(?:只|片|支|瓶|颗)"
    r"|吨|千瓦|兆瓦|[GMK]Wh?|[gmk]wh?|台|套|辆|条|头|只|英寸|亩"
)
_MARKER = re.compile(
    # (1 X项目: a number and a space number a line too; not 40 万吨磷酸, a quantity)
    rf"^\s*(?:\d{{1,2}}\s*(?:[.．](?!\d)|[、)）])|\d{{1,2}}[ \u3000]+(?=[^\d\s])(?!{_UNIT_AFTER})"
    r"|[(（][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳]"
    r"|[一二三四五六七八九十]{1,3}(?:是|、)|(?:签约|开工|竣工|重点)?项目[一二三四五六七八九十\d]{1,3}[：:])\s*"
)
_INLINE_MARKER = re.compile(
    r"(?:(?<=[：:；;，,。])|^)\s*(?:[一二三四五六七八九十]{1,3}是|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|\d{1,2}[.．、](?!\d)|[①-⑳])"
)
_TOTAL_KEY = re.compile(
    # (not 纳税总额, 销售总额, 产值总额: what the works will yield)
    r"(?:总投资|投资总额|(?<![税值售收])总额|合计投资|共投资|总投资额|签约金额|签约总额|总金额|合同金额|合同投资|协议投资|计划投资"
    # 签约额99.75亿元, 项目投资额353亿元, 协议引资45亿元, 金额达1.79亿美元,
    # 合同资金224.9亿元 (not 合同额: a firm's yearly contracts, 1993年合同额300万元)
    r"|签约额|投资额|引资|金额|总规模|签约规模|合同资金|协议资金"
    # 投资概算71亿元, 引进资金354.8亿元, and 投资 opening the clause after a count
    # (签约项目12个，投资约27亿元)
    r"|概算|引进(?:市外|省外|境外|外来)?资金|(?<=[，,])(?:拟|预计)?投资"  # (…，拟投资41亿元，…)
    # 揽金589.6亿元 / 收获270.68亿元投资: a headline's take
    r"|揽金|收获)"
    # 招商引资目标任务为55亿元: a target, not a total
    r"(?:(?!目标|任务)[^，,。；;0-9０-９]){0,6}$"
)
# Between a project's name and its own amount: ，(由…建设，)(计划)总投资.
# A clause of how big a project is (占地150亩，/ 总建筑面积1.2万平方米，), money left out.
_SIZE_CLAUSE = r"(?:总?占地|总?用地|总?建筑面积|建设规模)[^，,。；;\n元]{1,24}?[，,]"
_OWN_AMOUNT_GAP = re.compile(
    # (X项目 a line of its own, then 位于某镇，总投资金额16亿元: where it is, then its money)
    r"^[”\"]?(?:\n(?:该?项目)?位于[^。；;\n]{1,40}?[，,])?"
    # (X项目位于某区，由某集团投资建设，占地150亩，计划总投资5亿元: where, by whom, how big)
    r"(?:[，,]?(?:该?项目)?(?:(?:位于|选址|坐落|落户|规划用地)[^，,。；;\n元]{1,24}?[，,]"
    rf"|{_SIZE_CLAUSE})){{0,2}}"
    r"(?:[，,]?由[^，,。；;、]{1,30}?(?:建设|投资)[，,])?"
    rf"(?:[，,]?(?:该?项目)?{_SIZE_CLAUSE})?"
    r"[，,]?(?:该?项目)?"
    r"(?:计划|预计|拟|协议|总)?(?:总投资|投资总额|投资额|投资)(?:金?额)?(?:为|约为|是)?$"
)
# 3座加氢站 / 2座水库: works counted by their own counter, a batch's subject too.
_COUNTED_WORKS = re.compile(
    rf"(?<![\d.第又]){_COUNT}座[^，,。；;、\d]{{0,6}}?(?:站|水库|电站|水厂|泵站|枢纽|大桥|隧道|码头)"
)
_COUNTED_SUBJECT = re.compile(
    # (一个个项目, 一家家企业: one after another; 第一个, 又一个: an ordinal, another; no count)
    rf"(?<![\d.第又])(?P<n>{_COUNT})(?P<unit>个|项|家|户|宗|大|只(?=项目))(?!(?P=unit))"
    # (签约14个投资总额16.52亿元项目: the total may sit between count and kind)
    r"(?:(?:总|计划)?投资(?:总额|额)?(?:约|达|超)?[\d.]+[万亿]*元的?)?"
    r"[^，,。；;、\d]{0,10}?(?:项目|企业|工程)"
    # (重点项目集中签约109个: the event between the kind and its count)
    rf"|(?:项目|企业|工程)(?:(?:集中)?(?:签约|开工|竣工|落地|入驻))?(?:共有|共计|共|有|数|达)?"
    rf"(?P<m>{_COUNT})(?:个|项|家|户|宗)(?![\d多余])"
)
_NOT_BATCH_COUNT = re.compile(
    r"其中|单体|以上的|以下的|不到|累计|以来|今年|全年|将有|已|目标|力争|预计|推介"
    # 共有374家企业、2万余人参会: who attended, not what was signed (not 参会采购商与…达成了)
    r"|(?:参会|与会|到会|参展)(?:洽谈|采购|交流)*$"
)
# The kind of agreement after its object: 战略合作协议, 项目投资合同, 入驻协议书.
_AGREEMENT = r"(?:战略|合作|框架|投资|入驻|入园|意向|合资|招商)*(?:协议书?|合同)"
# A ceremony: 仪式, 典礼, or a project's own rally (X项目开工动员大会 / 动员会 / 誓师大会).
_RITE = r"(?:仪式|典礼|活动|(?:动员|誓师)?大会|(?:动员|誓师)会)"
# The kind of deal a ceremony signs, between the project and its event (X投资开发协议签约).
_DEAL = r"(?:(?:战略|合作|框架|投资|开发|意向|合资)*(?:协议|合同))?"
_SINGLE_SIGNING = re.compile(
    # 举行了X签约仪式 / 在X项目开工仪式上: a ceremony of one project.
    # (a long one may name the umbrella event first: …动员大会暨X项目开工活动)
    # (举行了A动工仪式、B签约暨办公室揭牌仪式: one ceremony after another, one of two rites)
    # (举行了“X”项目合作签约仪式: a quoted name, the deal's kind after it)
    # (在主持X项目签约仪式时: what the speaker did at it)
    r"(?:举行|举办|召开|出席|参加|见证|在(?:主持|出席|参加|见证)?|(?<=仪式)[、和])了?"
    r"(?P<name>“[^“”]{4,60}”(?:项目|工程)?(?=合作)|[^，,。；;、“”]{4,70}?)(?:合作)?"
    rf"{_DEAL}(?P<event>签约|开工奠基|开工|动工|奠基"
    r"|开[/／(（]?[竣复][)）]?工|竣工|投产|启动)(?:暨[^，,。；;、“”]{2,16}?)?"
    f"{_RITE}"
    # 3月5日，X项目开工仪式举行 / X项目开工仪式在某地举行: the ceremony as the subject.
    r"|(?:^|[，,])(?P<subject>[^，,。；;、“”]{4,40}?)(?:“云”上|云上|“云”)?"
    rf"{_DEAL}"  # X投资开发协议签约仪式举行
    r"(?:开园)?"  # X产业园开园奠基仪式: the park opens as it is founded
    r"(?P<event2>签约|开工奠基|开工|奠基|开[/／(（]?[竣复][)）]?工|竣工|投产)"
    # (X生产线奠基暨某区重点项目集中开工仪式在某地举行: the batch's rite after 暨)
    r"(?:暨[^，,。；;]{2,30}?集中(?:开工|签约|竣工|投产))?"
    f"{_RITE}"
    r"(?:暨[^，,。；;]{2,40}?)?(?:在[^，,。；;]{1,20}?)?(?:隆重|正式|盛大|顺利)?(?:举行|召开)"
    # X项目成功签约 / X基地开工建设: a project and its event, nothing between.
    # (宣布：活动启动、A项目开工、B项目开工: several announced, each with its event)
    # (总投资超百亿！X项目签约安徽东至: a headline may exclaim before it)
    # (“中国酒业大王”——X项目正式开工: an epithet before the dash)
    r"|(?:^|[，,！!]|宣布|(?<=”——)|(?<=开工、|签约、|竣工、|投产、|启动、))"
    r"(?P<single>(?:(?!举行|举办|召开|开展|组织|见证|出席|参加|宣布|主持|围绕|等\d)[^，,。；;、“”\s]){4,60}?)"
    # (X项目在辉南奠基: the place it starts in may come first)
    # (X项目在陕粤港文化产业合作发展推介会上成功签约: a long venue is a meeting's)
    rf"(?:在[^，,。；;、“”]{{2,12}}?|在[^，,。；;、“”]{{2,20}}?[会节]上)?"
    rf"(?:也|还|亦)?(?P<adverbs>{_ADVERBS}*)(?:建成|破土|开园)?"
    r"(?P<event3>签约|开工|竣工|投产|落户|动工|奠基)"
    r"(?:建设|落地|落户|投产|兴建|入驻|启用|投用)?(?:仪式|典礼)?(?:现场)?"  # (X楼竣工启用)
    # 落户我区 / 入驻园区: the place it moves to may follow.
    # (not 自X签约落户眉山以来: since then)
    # (…签约安徽东至: a headline's place; not …签约双方代表参加活动, who attends)
    r"(?:(?<=落户|落地)[^，,。；;已有年以的]{1,10}?"
    r"|(?<=签约)(?![^，,。]*?(?:代表|参加|出席|活动|仪式|举行|双方|现场|项目|企业))"
    r"[\u4e00-\u9fff]{2,8}?(?:省|市|县|区)?$)?"
    r"(?=[，,。；;！!\s]|$|、(?=[^，,。；;]*(?:开工|签约|竣工|投产)))"
    # 此次开工的X项目由A公司投资建设: the one project a batch's event qualifies.
    # 主会场开工的X项目: the main venue's own project.
    rf"|(?<!作为)(?:此次|本次|这次|今天|当天|主会场|分会场)(?:集中)?(?:{_EVENTS}|签订|签署)的"
    r"(?P<this>[^，,。；;、“”]{4,40}?)"
    r"(?=[，,。；;]|$|由|总投资|计划|位于|是|将)"
    # X项目的签约将带动… / X项目签约能…: the event as the subject of what it brings.
    r"|(?:^|[，,；;])(?P<nominal>[^，,。；;、“”]{4,40}?(?:项目|工程))的?"
    r"(?P<event4>签约|开工|竣工|投产|落地|落户)(?=将|能|会|可|必将|标志着|为|使)"
    # 项目名称：X / 建设单位：… : a project's record, field by field.
    r"|(?:^|[；;。\s])(?:\d{1,2}[、.．]?)?项目名称[：:]\s*(?P<label>[^，,。；;\s]{4,60})"
    # 成功签约一个亿元蔬菜冻干生产项目: one project, counted and sized.
    r"|(?:签约|签下|引进|落户)了?(?:一个|一项|1个)(?:[\d.]*亿元|[\d.]+万元)?"
    r"(?P<one>[^，,。；;、“”]{4,40}?项目)(?=[，,。；;]|$)"
    # 甲、乙双方就X项目签订框架协议: what both parties signed for.
    # (双方就X项目达成合作意向，并成功签署了投资合作协议: the intent, then the deal)
    r"|(?:双方|三方)就(?P<deal>[^，,。；;、“”]{4,40}?(?:项目|工程))"
    r"(?:达成[^，,。；;]{0,8}?[，,]?并?)?(?:正式|成功)?(?:签订|签署|签约)"
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
    # X项目举行开工仪式 / X中心在施工现场举行开工仪式: the project holds its ceremony.
    r"|(?:^|[，,])(?P<host>[^，,。；;、“”]{4,40}?)(?:还|也|同时|同步|正式)?"
    r"(?:在(?:项目|施工|建设)?(?:现场|工地))?举行了?(?:隆重的)?"
    # (X项目举行签约及开工仪式: two rites at once)
    r"(?P<event6>签约|开工|奠基|竣工|投产)(?:奠基|[及暨和](?:签约|开工|奠基|竣工|投产))?(?:仪式|典礼|活动)"
    # X项目是此次集中开工的重点项目之一: one of the batch, by a copula.
    r"|(?:^|[，,])(?P<copula>[^，,。；;、“”]{4,40}?)(?:是|为|系)(?:此次|本次|这次|今天|当天)(?:集中)?"
    r"(?P<event5>签约|开工|竣工|投产|落户|落地|入驻|动工)的[^，,。；;]{0,8}?项目(?:之一)?(?=[，,。；;]|$)"
    # 作为此次签约的重点项目，X项目总投资…: one of the batch, by apposition.
    rf"|作为(?:此次|本次|这次)(?:集中)?(?:{_EVENTS})的[^，,。；;]{{0,10}}?项目(?:之一)?[，,]"
    r"(?P<cast>[^，,。；;、“”]{4,40}?)(?=的|总投资|(?:规划|计划)(?:总)?投资|计划|由|位于|是|将|[，,。；;]|$)"
    # X产业园(二期)作为项目代表参加开工活动: the one project that stands for the batch.
    # (X项目代表三明参加全省集中开工视频连线: a project, standing for its city)
    # (当天，X项目参加视频连线集中开工活动: the project, taking part itself)
    r"|(?:^|[，,])(?P<delegate>[^，,。；;、“”]{4,40}?)"
    r"(?:作为[^，,。；;]{0,8}?代表|(?<=项目|工程)代表[^，,。；;]{1,10}?|(?<=项目|工程)(?=参加|参与))"
    r"(?:参加|参与|出席|进行)了?"
    r"[^，,。；;]{0,10}?(?P<event8>签约|开工|竣工|投产|动工|奠基)"
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
    r"举行|作为|代表|(?<=项目|工程)参[加与]|此次|本次|这次|今天|当天|最大|最多|最高|居首|榜首|排名|位列|位居|奠基|培土|(?:签约|开工|竣工|投产|动工)(?:建设|仪式)?$"
)
# An agreement's kind at the end of its object: X平台建设战略合作 -> X平台建设.
_AGREEMENT_TAIL = re.compile(
    r"(?:战略|合作|框架|投资|入驻|意向|合资|招商|(?<=项目)建设|(?<=站)建站)+$"
)
# Adverbs that make the subject of an event plural: X项目集中签约 is a batch.
_PLURAL_ADVERB = re.compile(r"集中|同时|同步|陆续|相继|纷纷|先后|均|全部|分头")
# The other party of a signing: 与A公司、B公司签署项目合作协议 / 与A、B分别就W、X项目签约.
_PARTY_SIGNED = re.compile(
    r"与(?!会)(?P<parties>[^，,。；;与]{2,160}?)(?:在[^，,。；;与]{1,20}?)?(?:分别)?"
    rf"(?:就{_DEAL_BUILD}(?P<objects>[^，,。；;]{{2,200}}?))?"
    # (就X项目落户举行签约仪式: the project's move is what the rite is for)
    r"(?:(?:落户|落地|入驻)?(?:进行|举行)了?)?(?:正式|成功|现场|集中|顺利|首批)*(?:签约|签订|签定|签署|完成签约)了?"
    r"(?P<obj>[^，,。；;]{0,120})"
)
# A、B分别与桐江区签约: companies as the parties, before 与.
_PARTY_SIGNING = re.compile(
    # (A、B8家单位也与某管委会签署了项目合作协议: an adverb may come before 与)
    r"(?:出席|参加|见证|举行|^|[，,])了?(?P<parties>[^，,。；;]{4,240}?)(?:也|还|又|均|都)?(?:分别)?与"
    r"[^，,。；;]{2,80}?"
    r"(?:签约|签署|签订|签定|开展[^，,。；;]{0,12}签约)(?P<what>[^，,。；;]{0,20})"
)
_PARTY_CLOSER = re.compile(
    # (等来自深圳市的6家新引进科技公司: where they come from, before their count)
    rf"(?:等(?:来自[^，,。；;、等的]{{2,10}}的)?(?:{_COUNT}(?:户|家|个))?|(?<![\d.])(?P<n>{_COUNT})(?:户|家|个))[^，,。；;、\d]{{0,8}}?"
    r"(?:企业|公司|单位|客商|投资商|投资方)"
    r"(?:代表|负责人)?$"
)
_PARTY_MODIFIER = re.compile(r"^[^、，,]{1,12}?(?<!美)的")  # (not 山东美的X公司: 美的 is a name)
_COMPANY = re.compile(r"(?:公司|集团|企业|股份|有限公司)$")
_GOVERNMENT = re.compile(r"政府|管委会|委员会|局$|街道|镇$|区$|县$|市$")
_PARAGRAPH_PROJECT = re.compile(
    r"^(?P<name>(?:“[^“”，,。]{1,12}”)?[^，,。；;：:“”]{4,60}?)"  # (“静观田园”综合体项目)
    r"(?:(?:投资额|投资规模|投资|规模|体量)(?:最大|最多|最高))?"  # X项目投资额最大，计划总投资…
    r"[，,]?(?:由[^，,。；;]{1,30}?(?:建设|投资)[，,])?(?:位于[^，,。；;]{1,20}[，,])?"
    r"(?:计划|预计|协议)?"
    r"(?:总投资|投资)(?:额)?(?:为|约为)?(?=[约近超逾达共\d一二两三四五六七八九十])"
)
# Projects still negotiated, followed up, planned or in preparation are not a batch that
# was signed or started: 在谈项目, 处于协议起草阶段的项目, 储备项目, 前期项目, 被列入重点项目.
# (洽谈成功的A、B / 从洽谈到签约: talks that ended in the signing; a 洽谈会 or 洽谈暨签约活动
# is the event)
# 为A、B等下一批次入园项目开工发挥示范效应: a batch still to come.
_NEXT_BATCH = re.compile(r"下一?批")
_IN_TALKS = re.compile(
    r"在谈|洽谈(?!成功|会|暨|到)|跟踪|(?:谈判|协议|起草|筹备|可研|论证|规划|设计)[^，,。；;]{0,6}?阶段"
    r"|储备(?![库仓]|基地|中心|站|设施)|谋划(?!开工)|策划|前期|意向项目|被列入"
)
# Firms honoured, not brought in or signed: A、B、C4家企业成功晋级“亿元俱乐部” / 等企业
# 荣获…称号 / 被评为高新技术企业.
_HONOURED = re.compile(
    r"(?:企业|公司)[^，,。；;]{0,4}?(?:入选|获评|评为|荣获|晋级|跻身|上榜|荣登|认定为)"
)
# A clause naming the batch's industries (签约项目聚焦三大主导产业): a list right after it
# (，包括A、B等项目) is of them, not names.
_INDUSTRIES_NAMED = re.compile(r"(?:聚焦|围绕)[^，,。；;]*(?:产业|领域|行业)$")
# Verbs that mark a clause as prose rather than a name.
_PROSE = re.compile(
    # (将黑铁路: a railway named by its two ends, 将军庙 and 黑山)
    r"将(?![军乐]|.(?:铁路|公路|高速))|要|已|正在|进一步|推动|加快|确保|实现|形成|打造|提供|开展|进行|全力|积极"
    r"|完成|分别|作为|纷纷"  # 并完成重点项目签约 / A公司分别作为…代表: a clause, not a name
    r"|稳步|增长"  # 新达成意向的项目也稳步增长: a trend
    r"|拓宽了|通过|拥有|高度重视|基于"  # A公司通过收购…技术 / 拓宽了…路径 / 基于…战略: a clause
    # 以半导体…, 围绕X, 今天在X, 项目投资规模较大, X迎来了Y: a clause's words first
    r"|^(?:以(?!色列)|围绕|调研|今天|规划了|项目|由|并(?:培育|引进)了?|[^，,、]{0,4}最大)|迎来了"
    # X工程建设进展顺利, X12月底提前开工, A属于B, 深挖比亚迪, 成功签下了X: what happened
    r"|进展(?:有序|顺利)|顺利推进|提前开工|属于|深挖|成功签下"
    # A公司竞得X地块, 援建工程分为A和B, 抓好X等项目: a deal, a division, a plan's verb
    r"|竞得|分为|抓好|^拟"  # (拟引进X产线, 拟供地项目: a plan)
    r"|^总?(?:用地|占地|建筑面积)\d"  # 总用地902亩、一期…的X项目: its size, not its name
    # 成功与两家企业达成项目, 跟进X客户, A等企业来泉州考察: what was done
    r"|^(?:成功与|跟进)|考察$"
    r"|^我们|欢迎和?期待"  # 我们真诚欢迎和期待X集团落户某市: a wish, in a speech
    r"|^切实|解决好"  # 切实解决好项目开工…中遇到的问题: what is to be done
)
_HEADLINE_MAX = 50
_OPEN_BRACKETS = "（(《“「【‘"
_CLOSE_BRACKETS = "）)》”」】’"
_QUOTES = "“”\"'‘’「」"


# 来自A、B等多个城市的31个项目 / 来自浙江、河北等省的客商: where the projects or the
# investors are from.
_PLACES_CLOSED = re.compile(
    r"(?:等(?:多个|\d+个)?(?:城市|地区?|国家|省份|区域|县区|乡镇|[省国](?=的))"
    # (在新疆、青海、河北、宁夏四省区共计…80个重点项目: places counted, no 等)
    r"|[两二三四五六七八九十]个?(?:省区市|省区|省市|省份|地市|市县|县区|县市))(?=的|共|[，,。；;]|$)"
)
