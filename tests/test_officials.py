"""find_officials / find_appointments on plain sentences, then against the gold.

The sentences are written for these tests (people and places invented); each
checks one way news text names officials, or one thing that must not be taken
for an official.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path
from typing import TypeVar, cast

import pytest

from newsx.analysis.articles import split_articles
from newsx.analysis.officials import (
    ROLES,
    Appointment,
    Official,
    find_appointments,
    find_officials,
    official_names,
    read_officials,
)
from newsx.analysis.segmenter import Segmenter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = "000_0429a0f6955e58f0"
NEWS_DEV = Path(os.environ.get("NEWSX_SHARED", ROOT.parent / "shared")) / "data" / "news-dev"


@pytest.fixture(scope="session")
def segmenter() -> Segmenter:
    return Segmenter()


def people(text: str, segmenter: Segmenter) -> dict[str, Official]:
    return {o.name: o for o in find_officials(text, segmenter=segmenter)}


def titles(text: str, segmenter: Segmenter) -> dict[str, tuple[str, ...]]:
    return {o.name: o.titles for o in find_officials(text, segmenter=segmenter)}


# -- titles and names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title before name
        ("5月8日上午，洛川县委书记黄建国深入企业调研。", {"黄建国": ("洛川县委书记",)}),
        # two titles sharing one organisation prefix
        (
            "会上，郑州市商务局党组书记、局长李志明作了发言。",
            {"李志明": ("郑州市商务局党组书记", "局长")},
        ),
        # several titles split by 、 and a comma before one name
        (
            "市委副书记、市长，高新区党工委书记王海涛出席并讲话。",
            {"王海涛": ("市委副书记", "市长", "高新区党工委书记")},
        ),
        # a parenthesised organisation inside a title
        (
            "江北新区（自贸区江北片区）管委会主任孙立华主持会议。",
            {"孙立华": ("江北新区（自贸区江北片区）管委会主任",)},
        ),
        # name, then the title in brackets
        ("活动由刘建军（市政协副主席）主持。", {"刘建军": ("市政协副主席",)}),
        # 同志 after the name
        ("市委书记陈光明同志出席会议并讲话。", {"陈光明": ("市委书记",)}),
        # one title, several names
        (
            "副市长张明远、李晓华、王丽出席签约仪式。",
            {"张明远": ("副市长",), "李晓华": ("副市长",), "王丽": ("副市长",)},
        ),
        # 一行
        ("市人大常委会副主任赵丽娟一行到我区视察。", {"赵丽娟": ("市人大常委会副主任",)}),
        # 兼
        (
            "集团公司董事长兼总经理钱卫东介绍了企业情况。",
            {"钱卫东": ("集团公司董事长", "总经理")},
        ),
        # titles separated by a space
        ("区委常委 常务副区长马晓东陪同调研。", {"马晓东": ("区委常委", "常务副区长")}),
        # two-character names; a name ended by punctuation
        ("县长王军，副县长刘洋出席。", {"王军": ("县长",), "刘洋": ("副县长",)}),
        # 纪委 and 监委, a deputy of a 管委会, 政协, 人大
        (
            "市纪委书记、市监委主任韩立新，开发区党工委副书记、管委会常务副主任郑家豪，"
            "县政协主席许文斌，县人大常委会主任秦志远出席。",
            {
                "韩立新": ("市纪委书记", "市监委主任"),
                "郑家豪": ("开发区党工委副书记", "管委会常务副主任"),
                "许文斌": ("县政协主席",),
                "秦志远": ("县人大常委会主任",),
            },
        ),
        # company and institution titles
        # digits with no place word name a company (三一), they count nothing
        (
            "三一重工（中国）有限公司总裁易志强出席。",
            {"易志强": ("三一重工（中国）有限公司总裁",)},
        ),
        ("县自然资源和规划局局长潘志刚介绍情况。", {"潘志刚": ("县自然资源和规划局局长",)}),
        ("国务院参事汤明远出席论坛。", {"汤明远": ("国务院参事",)}),
        # military ranks
        ("省军区原政委、少将蔡文多出席。", {"蔡文多": ("省军区原政委", "少将")}),
        (
            "公司总工程师、高级工程师邴文涛介绍了技术。",
            {"邴文涛": ("公司总工程师", "高级工程师")},
        ),
        ("德国公司驻华首席代表米勒·汉斯出席。", {"米勒·汉斯": ("德国公司驻华首席代表",)}),
        ("公司高级顾问闫德胜参加座谈。", {"闫德胜": ("公司高级顾问",)}),
        ("县林场场长单玉柱介绍情况。", {"单玉柱": ("县林场场长",)}),
        ("企业董事会秘书汪海燕宣读协议。", {"汪海燕": ("企业董事会秘书",)}),
        ("公司技术主管褚建设介绍了工艺。", {"褚建设": ("公司技术主管",)}),
        ("阿里巴巴集团CEO张启明出席。", {"张启明": ("阿里巴巴集团CEO",)}),
        ("项目总工汪海波介绍了施工进度。", {"汪海波": ("项目总工",)}),
        ("公司法人代表刘德胜签约。", {"刘德胜": ("公司法人代表",)}),
        # professional ranks and posts of courts, firms and boards
        ("县统计局高级经济师饶建华讲解政策。", {"饶建华": ("县统计局高级经济师",)}),
        ("公司董秘郑晓东介绍了募投项目。", {"郑晓东": ("公司董秘",)}),
        ("县法院审判长鲍国强宣读判决。", {"鲍国强": ("县法院审判长",)}),
        (
            "东明律师事务所律师贾志明见证签约。",
            {"贾志明": ("东明律师事务所律师",)},
        ),
        (
            "中衡会计师事务所合伙人邵国平出席。",
            {"邵国平": ("中衡会计师事务所合伙人",)},
        ),
        (
            "华信集团董事长宋晓峰、总经理马骏出席。",
            {"宋晓峰": ("华信集团董事长",), "马骏": ("总经理",)},
        ),
        (
            "中国工程院院士、浙江大学教授杨卫东作主旨报告。",
            {"杨卫东": ("中国工程院院士", "浙江大学教授")},
        ),
        (
            "市第一人民医院院长侯志强和项目负责人张立群介绍了进展。",
            {"侯志强": ("市第一人民医院院长",), "张立群": ("项目负责人",)},
        ),
        # 和 inside a department's name, and 和 between two people
        (
            "市人力资源和社会保障局局长蔡文辉主持。",
            {"蔡文辉": ("市人力资源和社会保障局局长",)},
        ),
        (
            "经开区主任韩涛和中建华东公司董事长孔祥瑞出席。",
            {"韩涛": ("经开区主任",), "孔祥瑞": ("中建华东公司董事长",)},
        ),
        # the object of a verb: the title starts after it
        (
            "县长吕文杰会见了远航集团总裁鲍志勇。",
            {"吕文杰": ("县长",), "鲍志勇": ("远航集团总裁",)},
        ),
        # quotation marks inside an organisation's name, and a quote that ends before it
        (
            "中交协“一带一路”物流分会会长赵春明出席。",
            {"赵春明": ("中交协“一带一路”物流分会会长",)},
        ),
        (
            "他说：“要加快进度。”市发改委副主任钱宏出席。",
            {"钱宏": ("市发改委副主任",)},
        ),
        # an adverb-like word inside a company's name
        ("山东高速集团党委副书记李广明致辞。", {"李广明": ("山东高速集团党委副书记",)}),
        # a photo caption
        ("▲市委书记方志远为项目揭牌。", {"方志远": ("市委书记",)}),
        # an ordinary word as a name where the list makes it one
        (
            "副县长高尚，县政府办主任李刚陪同。",
            {"高尚": ("副县长",), "李刚": ("县政府办主任",)},
        ),
        # a transliterated name and a Mongolian name
        (
            "德方公司总经理约翰·施密特，自治区人大常委会委员巴特尔参加座谈。",
            {"约翰·施密特": ("德方公司总经理",), "巴特尔": ("自治区人大常委会委员",)},
        ),
        # a party branch's 总支书记 (not 支书 + 记); 副总编; 励, a surname
        ("大龙村总支书记周德田分别发言。", {"周德田": ("大龙村总支书记",)}),
        ("南岭日报副总编张晓东出席。", {"张晓东": ("南岭日报副总编",)}),
        ("省委宣传部部长励小捷出席签约仪式。", {"励小捷": ("省委宣传部部长",)}),
        # an industry chain's 链长, a post of city leaders
        (
            "副市长、市核技术应用产业链链长黄立见证签约。",
            {"黄立": ("副市长", "市核技术应用产业链链长")},
        ),
        # a division of the Production and Construction Corps, led by its 师长
        (
            "第五师双河市党委副书记、师长王强陪同调研。东莞市副市长张少康、副师长黄少峰出席。",
            {
                "王强": ("第五师双河市党委副书记", "师长"),
                "张少康": ("东莞市副市长",),
                "黄少峰": ("副师长",),
            },
        ),
        # 能, a modal after a name, begins one (陈能刚)
        (
            "市政协主席罗雪松，市委常委、副市长陈能刚出席。",
            {"罗雪松": ("市政协主席",), "陈能刚": ("市委常委", "副市长")},
        ),
    ],
)
def test_titles_and_names(
    text: str, expected: dict[str, tuple[str, ...]], segmenter: Segmenter
) -> None:
    assert titles(text, segmenter) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a department whose name the segmenter reads as a verb, between two titles
        (
            "区委常委、统战部长柯丽萍出席。",
            {"柯丽萍": ("区委常委", "统战部长")},
        ),
        # a noun and a verb naming a field of work
        (
            "远航集团产品研发总监洪宇参加座谈。",
            {"洪宇": ("远航集团产品研发总监",)},
        ),
        # 与 between a person and another organisation's title
        (
            "崔立平与滨江市委书记窦海峰举行会谈。",
            {"窦海峰": ("滨江市委书记",)},
        ),
        # right after a person, a verb is their predicate, not part of the next
        # person's organisation
        (
            "县长于立明接待华拓科技公司总裁庞志刚一行。",
            {"于立明": ("县长",), "庞志刚": ("华拓科技公司总裁",)},
        ),
        (
            "县委书记龚建华会同远航集团董事长鲍志勇考察。",
            {"龚建华": ("县委书记",), "鲍志勇": ("远航集团董事长",)},
        ),
        # … also after a name read with no title: what officials do takes the
        # organisation as its object; but a unit may be named for it
        ("于立明接待华拓科技公司总裁庞志刚一行。", {"庞志刚": ("华拓科技公司总裁",)}),
        ("省委调研组组长韦正阳出席。", {"韦正阳": ("省委调研组组长",)}),
        (
            "市纪律检查委员会副书记韦正阳出席。",
            {"韦正阳": ("市纪律检查委员会副书记",)},
        ),
        ("参加活动的还有省委常委、秘书长尤宏。", {"尤宏": ("省委常委", "秘书长")}),
        # a rare dictionary word read as a verb inside a place's name (才纳乡)
        ("曲水县才纳乡党委书记达瓦次仁出席。", {"达瓦次仁": ("曲水县才纳乡党委书记",)}),
        # a preposition the segmenter glues to the level (由县 …, 及旗委)
        (
            "市政府秘书长严众志及旗委书记华瑞安出席。",
            {"严众志": ("市政府秘书长",), "华瑞安": ("旗委书记",)},
        ),
        ("开工仪式由县政协主席祁国栋主持。", {"祁国栋": ("县政协主席",)}),
        # … or 有 glued to 原 (former) before a place it does not know
        (
            "出席活动的领导嘉宾有原南岭省人大常委会副主任刘春良。",
            {"刘春良": ("原南岭省人大常委会副主任",)},
        ),
        # a setting's 中 / 上 before a place frames the sentence; 中 before a body
        # it names (中联办) is the body's
        (
            "活动中蒲城县县委副书记、县长张毅锋宣布开工令。",
            {"张毅锋": ("蒲城县县委副书记", "县长")},
        ),
        ("仪式上区委书记龙建民致辞。", {"龙建民": ("区委书记",)}),
        ("主礼嘉宾还有中联办经济部副巡视员杨文明。", {"杨文明": ("中联办经济部副巡视员",)}),
        # a page's bar (丨, a radical) ends the prefix
        ("读书班学习笔记丨南岭新区党工委书记周先毅:加快建设", {"周先毅": ("南岭新区党工委书记",)}),
        # but 同乡 is a word (fellow townsmen), not 同 before a township
        ("旅台南岭同乡总会副会长龚兴生致辞。", {"龚兴生": ("旅台南岭同乡总会副会长",)}),
        # a company name that the segmenter tags as a particle (…得)
        ("他会见了万得科技公司总经理费文。", {"费文": ("万得科技公司总经理",)}),
        # a district named after a verb, written again as a place in the article
        (
            "胜利区委书记蒋国华在会上强调，胜利区的企业要抓紧复工。",
            {"蒋国华": ("胜利区委书记",)},
        ),
        # 该公司: the company is named before, the title is the bare head
        ("该公司副总经理严家伟介绍了进展。", {"严家伟": ("副总经理",)}),
        # … and 我 + a body, the writer's own (as 我市); a one-character body
        # glued to what follows (我 / 校党委)
        ("我学会秘书长汪立新参加会议。", {"汪立新": ("秘书长",)}),
        ("我校党委副书记、校长王明发致辞。", {"王明发": ("党委副书记", "校长")}),
        # 与 inside a laboratory's long name
        (
            "省农科院资源与环境信息系统重点实验室主任周成林出席。",
            {"周成林": ("省农科院资源与环境信息系统重点实验室主任",)},
        ),
        # 和 after a lone character is inside a place's name, also when the
        # segmenter glues the preposition before it to the place
        ("会议由平和县委书记高建平主持。", {"高建平": ("平和县委书记",)}),
        (
            "会议由云和县委副书记高建平主持，嘉和县委书记邹明出席。",
            {"高建平": ("云和县委副书记",), "邹明": ("嘉和县委书记",)},
        ),
        ("他和县委书记邹明出席。", {"邹明": ("县委书记",)}),
        # 由 glued to a place the dictionary does not know; 这是 before a caption's title
        (
            "首先由白下高新园党工委书记张仲金致辞。",
            {"张仲金": ("白下高新园党工委书记",)},
        ),
        ("这是县委书记张继军讲话", {"张继军": ("县委书记",)}),
        # 省长 inside 安徽省长江流域 is no title; a governor named 江 still is one
        ("规划范围为安徽省长江流域，主要包括合肥。", {}),
        ("省长江泽林出席。", {"江泽林": ("省长",)}),
        # a common word before a title is what the title is of (项目负责人), no name
        (
            "市领导孙忠礼、贾来友及项目负责人出席开工仪式。",
            {"孙忠礼": ("市领导",), "贾来友": ("市领导",)},
        ),
        # 和 / 与 inside a department's or an institute's name
        (
            "县教育和体育局党组书记、局长郑凯出席。",
            {"郑凯": ("县教育和体育局党组书记", "局长")},
        ),
        (
            "省农业科学院土壤与肥料研究所研究员马振宇作报告。",
            {"马振宇": ("省农业科学院土壤与肥料研究所研究员",)},
        ),
        # a verb of inviting before the organisation
        ("会议特邀省社科院研究员孔德明作辅导报告。", {"孔德明": ("省社科院研究员",)}),
        # a department named by a verb (组织部) at the start of a sentence
        (
            "组织部长伍义彬，宣传部长邵林出席。",
            {"伍义彬": ("组织部长",), "邵林": ("宣传部长",)},
        ),
        # a batch number inside a body's name, and 领队
        (
            "省第五批援疆工作队领队、市委副书记韦正阳出席。",
            {"韦正阳": ("省第五批援疆工作队领队", "市委副书记")},
        ),
        # a label over the leaders of two bodies joined by 和
        (
            "出席仪式的县委和县政府领导有吴国平、谢林。",
            {"吴国平": ("县委和县政府领导",), "谢林": ("县委和县政府领导",)},
        ),
        # a title naming another titled person is a relation, not a post
        (
            "李明教授课题组成员、省农科院研究员张华介绍了情况。",
            {"张华": ("省农科院研究员",)},
        ),
        # an adverb of sequence before the organisation is not part of it
        (
            "县长胡志远主持仪式，最后县委书记邵明德讲话。",
            {"胡志远": ("县长",), "邵明德": ("县委书记",)},
        ),
        # a numeral word after the place in a company's name (not a date)
        (
            "杭州市九天微光科技有限公司创始人严明哲出席。",
            {"严明哲": ("杭州市九天微光科技有限公司创始人",)},
        ),
        # a company's name that starts in Latin letters
        (
            "ABC新材料科技股份有限公司总经理孟宪良出席。",
            {"孟宪良": ("ABC新材料科技股份有限公司总经理",)},
        ),
        # a verb inside an area's name (产业集聚区) before its 管委会
        (
            "商城县产业集聚区管委会主任华庆林介绍了园区情况。",
            {"华庆林": ("商城县产业集聚区管委会主任",)},
        ),
        # but a verb first in the phrase is the predicate, before the area (区)
        ("通知区管委会主任骆明川到场。", {"骆明川": ("区管委会主任",)}),
    ],
)
def test_organisation_prefix_boundaries(
    text: str, expected: dict[str, tuple[str, ...]], segmenter: Segmenter
) -> None:
    assert titles(text, segmenter) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surnames that are also everyday characters, after a full title
        (
            "镇党委书记都振华，镇长侯宁出席。",
            {"都振华": ("镇党委书记",), "侯宁": ("镇长",)},
        ),
        (
            "街道办事处副主任那雪梅、街道城管科科长柏立强陪同。",
            {"那雪梅": ("街道办事处副主任",), "柏立强": ("街道城管科科长",)},
        ),
        ("区政协主席义洁出席。", {"义洁": ("区政协主席",)}),
        # … and inside a list of names
        (
            "市领导龚志成、明海涛、谭林等参加。",
            {"龚志成": ("市领导",), "明海涛": ("市领导",), "谭林": ("市领导",)},
        ),
        # rare surnames not among the everyday characters
        ("市委常委、副市长隽永清出席。", {"隽永清": ("市委常委", "副市长")}),
        ("县委书记辜明远出席。", {"辜明远": ("县委书记",)}),
        (
            "副市长冯林华,市长助理亓丕华及市委秘书长余振泰等参加了奠基仪式。",
            {"冯林华": ("副市长",), "亓丕华": ("市长助理",), "余振泰": ("市委秘书长",)},
        ),
        (
            "区领导付华、马秉军、弭学峰参加会议。",
            {n: ("区领导",) for n in ("付华", "马秉军", "弭学峰")},
        ),
        # rarer surnames that also begin everyday words (楼房, 南方, 海上)
        (
            "市委常委、副市长楼建华，县委书记南振华出席。",
            {"楼建华": ("市委常委", "副市长"), "南振华": ("县委书记",)},
        ),
        (
            "市政协主席丘树宏，市委常委梁丽娴出席。",
            {"丘树宏": ("市政协主席",), "梁丽娴": ("市委常委",)},
        ),
        # surnames written with characters no everyday word uses (贠, 虢)
        (
            "市委书记贠建民出席开工仪式。市委书记虢正贵在致辞中说，要精准施策。",
            {"贠建民": ("市委书记",), "虢正贵": ("市委书记",)},
        ),
        # rare surnames that begin everyday words (宛如, 羌族)
        (
            "县委书记宛国华出席。南通开发区党工委书记羌志明、县长周涛共同揭牌。",
            {"宛国华": ("县委书记",), "羌志明": ("南通开发区党工委书记",), "周涛": ("县长",)},
        ),
        # a name without a Han surname after a chain of bare titles
        (
            "县委副书记、县长多吉次仁主持。",
            {"多吉次仁": ("县委副书记", "县长")},
        ),
    ],
)
def test_rare_surnames_and_unsurnamed_names(
    text: str, expected: dict[str, tuple[str, ...]], segmenter: Segmenter
) -> None:
    assert titles(text, segmenter) == expected


@pytest.mark.parametrize(
    "text",
    [
        "市长明确指出，要抓好落实。",  # 明确 is a word
        "县委书记都要求各部门抓好落实。",
        "两位县长都出席了活动。",
        "市委书记都表示，要加快进度。",
        "县长通报情况。",
        "县长远离群众。",  # 远离 is a word
        "县长海上巡查。",
        "县长：高度重视安全生产。",  # a colon before what the person said
        "县长李再次强调要加快进度。",  # 再次 is an adverb, not a given name
        "县长刘日前表示。",
        "副县长来川调研。",  # two characters the segmenter guesses at: a verb phrase
        "县长丘陵地带调研。",  # 丘陵 is a word
    ],
)
def test_rare_surname_characters_in_everyday_words(text: str, segmenter: Segmenter) -> None:
    assert find_officials(text, segmenter=segmenter) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of reporting end a name; 作 + a word is the verb, not the name's end
        ("副县长蔡晓娟通报了项目进展。", {"蔡晓娟": ("副县长",)}),
        ("区委副书记、区长樊君作工作报告。", {"樊君": ("区委副书记", "区长")}),
        ("副县长王作义出席。", {"王作义": ("副县长",)}),
        # a conjunction closes a list of names under one title
        (
            "副市长邵天明、韦文华和龙国强出席活动。",
            {"邵天明": ("副市长",), "韦文华": ("副市长",), "龙国强": ("副市长",)},
        ),
        ("区领导卜一凡和贝明出席。", {"卜一凡": ("区领导",), "贝明": ("区领导",)}),
        # a label over several bodies listed by 、, before or after the names
        (
            "市委、市政府领导龚建华、贝晓东出席。",
            {"龚建华": ("市委、市政府领导",), "贝晓东": ("市委、市政府领导",)},
        ),
        (
            "龚建华、贝晓东、柯明等省、市领导出席。",
            {k: ("省、市领导",) for k in ("龚建华", "贝晓东", "柯明")},
        ),
        # a bare label that introduces its list
        (
            "出席仪式的领导有：龚建华、贝晓东。",
            {"龚建华": ("领导",), "贝晓东": ("领导",)},
        ),
        # a title, a colon and the people holding it
        (
            "新一届市委常委中，市委副书记：普布顿珠、丁海峰、张明。",
            {k: ("市委副书记",) for k in ("普布顿珠", "丁海峰", "张明")},
        ),
        # a stray space after a list separator
        (
            "县领导韦国锋、 姚明华、邓正军出席会议。",
            {k: ("县领导",) for k in ("韦国锋", "姚明华", "邓正军")},
        ),
        # the people under a label, introduced by 还有
        (
            "出席活动的县领导还有闵志刚、傅红。",
            {"闵志刚": ("县领导",), "傅红": ("县领导",)},
        ),
        # the writer's own body (我市) and the leaders in town (在家) are part of a
        # label before the list
        (
            "我市领导石长河、柴晓雯、鲁一鸣等出席。",
            {k: ("我市领导",) for k in ("石长河", "柴晓雯", "鲁一鸣")},
        ),
        (
            "县委书记郝建平，在家县级领导鲍思远、樊立新出席。",
            {"郝建平": ("县委书记",), "鲍思远": ("在家县级领导",), "樊立新": ("在家县级领导",)},
        ),
        (
            "区四套班子在家领导鲍思远、樊立新陪同。",
            {"鲍思远": ("区四套班子在家领导",), "樊立新": ("区四套班子在家领导",)},
        ),
        # a relative clause before a label after a list
        (
            "卞文广、汤立、危小红等在家的县四套班子领导出席。",
            {k: ("县四套班子领导",) for k in ("卞文广", "汤立", "危小红")},
        ),
        # a group's post before a comma is not the next person's title
        (
            "市直部门、县直单位主要负责人，恒远集团董事长骆山参加。",
            {"骆山": ("恒远集团董事长",)},
        ),
        ("各乡镇负责人，县委书记尹建平出席。", {"尹建平": ("县委书记",)}),
        (
            "市援兴办有关负责人，旗领导伊达木、王力平陪同。",
            {"伊达木": ("旗领导",), "王力平": ("旗领导",)},
        ),
        # 受…委托: the title starts after 受
        ("受市长庞文斌委托，副市长祝捷讲话。", {"庞文斌": ("市长",), "祝捷": ("副市长",)}),
    ],
)
def test_lists_labels_and_boundaries(
    text: str, expected: dict[str, tuple[str, ...]], segmenter: Segmenter
) -> None:
    assert titles(text, segmenter) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # given names with characters that are also function words or time words
        ("区委副书记、区长钱其瑞在会上指出。", {"钱其瑞": ("区委副书记", "区长")}),
        ("市委秘书长罗干出席。", {"罗干": ("市委秘书长",)}),
        (
            "县检察院检察长梁国庆、县法院院长葛红出席。",
            {"梁国庆": ("县检察院检察长",), "葛红": ("县法院院长",)},
        ),
        # two people joined by 和, each named before a bare title
        ("周宏伟局长和冯文博处长举行会谈。", {"周宏伟": ("局长",), "冯文博": ("处长",)}),
        # a spelt name with several dots, and one followed by digits
        (
            "德国博世集团董事长弗朗茨·约瑟夫·施密特一行到访。",
            {"弗朗茨·约瑟夫·施密特": ("德国博世集团董事长",)},
        ),
        ("马来西亚财政部长安瓦尔·易卜拉欣20日宣布。", {"安瓦尔·易卜拉欣": ("马来西亚财政部长",)}),
        # a spelt name after a bare title, the subject of a role verb
        ("副州长达瓦扎西主持会议。", {"达瓦扎西": ("副州长",)}),
        # a compound surname and a two-character given name the dictionary splits
        ("副县长欧阳明华出席。", {"欧阳明华": ("副县长",)}),
        # a body named before the name, the title after it
        ("开工仪式由工业园区石峰主任主持。", {"石峰": ("主任",)}),
        ("学校何超副校长携团队参加。", {"何超": ("副校长",)}),
        # a measure word starting a given name; a guess of the segmenter (a verb
        # morpheme, an idiom) over a surname and a given name
        ("副县长宋位平出席。", {"宋位平": ("副县长",)}),
        # an adverb that begins a given name, not one that closes it (李强又来到)
        ("据南岭市市长谢又生介绍，项目共116项。", {"谢又生": ("南岭市市长",)}),
        ("市长李强又来到项目现场。", {"李强": ("市长",)}),
        # a place's 镇 begins a given name, but ends no name (海宁市长安镇 is a town)
        ("县委副书记、县长李镇江主持。", {"李镇江": ("县委副书记", "县长")}),
        ("仪式在南岭市长安镇举行。", {}),
        ("集团党委委员、副总经理于在明出席。", {"于在明": ("集团党委委员", "副总经理")}),
        ("市委常委杨记明、谢京帅参加仪式。", {"杨记明": ("市委常委",), "谢京帅": ("市委常委",)}),
        # a verb in a firm's name (希望集团); a verb before a firm is no part of it
        ("东方希望集团项目负责人冯学理出席。", {"冯学理": ("东方希望集团项目负责人",)}),
        ("县长接待华拓公司总裁李明一行。", {"李明": ("华拓公司总裁",)}),
        ("县委书记明确表示支持。", {}),
        (
            "自治区领导王莉华、张院生、艾丽琴出席。",
            {k: ("自治区领导",) for k in ("王莉华", "张院生", "艾丽琴")},
        ),
        (
            "自治区党委副书记、自治区主席布小文主持会议。",
            {"布小文": ("自治区党委副书记", "自治区主席")},
        ),
        # three characters the segmenter joins by a guess, after an organisation's title
        ("该市纪委书记王会全借用古人的话说。", {"王会全": ("纪委书记",)}),
        # a colon after a name in a headline quoting the person
        ("县委书记龚建华：抓项目就是抓发展", {"龚建华": ("县委书记",)}),
        (
            "副县长李得胜出席，县长张从军、区长周日新陪同。",
            {"李得胜": ("副县长",), "张从军": ("县长",), "周日新": ("区长",)},
        ),
        ("镇党委书记杜始安作了讲话。杜始安说，好。", {"杜始安": ("镇党委书记",)}),
        (
            "市委常委、组织部长远思彬，宣传部长邵林出席。",
            {"远思彬": ("市委常委", "组织部长"), "邵林": ("宣传部长",)},
        ),
        # a note on the post in brackets after the head
        (
            "县委副书记、县长（代）崔永康出席。",
            {"崔永康": ("县委副书记", "县长（代）")},
        ),
        ("县委常委、副县长(挂职)葛文亮陪同调研。", {"葛文亮": ("县委常委", "副县长(挂职)")}),
        # names under a label separated by spaces
        (
            "市领导王建华 李志红 赵德明出席。",
            {k: ("市领导",) for k in ("王建华", "李志红", "赵德明")},
        ),
        # a rare surname after a bare title, closed by a role verb
        ("会上，副县长操文斌主持会议。", {"操文斌": ("副县长",)}),
        # a name the segmenter knows, then a word it does not (按下): no spelling
        ("市委书记滕昱辰按下启动球。", {"滕昱辰": ("市委书记",)}),
        # adverbs and instruments after a subject
        ("县委书记房晓彤一一握手致意。", {"房晓彤": ("县委书记",)}),
        ("副市长龙敬尧用三个词概括了成绩。", {"龙敬尧": ("副市长",)}),
        # spelt names with a dot, the first part written with Han characters too,
        # and the reading where the segmenter ends a word (买买提 + 出席)
        ("县长阿不都热合曼·艾买提主持会议。", {"阿不都热合曼·艾买提": ("县长",)}),
        ("副县长玉素甫江·买买提出席。", {"玉素甫江·买买提": ("副县长",)}),
        ("副县长热依拉·吾守尔陪同调研。", {"热依拉·吾守尔": ("副县长",)}),
        # Tibetan, Mongolian and Uyghur names: two characters after a bare title
        # closed by a role verb, a guess of the segmenter (旦增 as a verb), five
        # characters, a known shorter name that a role verb does not close (乌力吉
        # + 图陪同), the first of people listed with titles, one inside a list of
        # names, a dotted one with Han characters in its first part
        ("副县长次仁出席。", {"次仁": ("副县长",)}),
        (
            "县委副书记、县长旦增，县人大常委会主任索朗出席。",
            {"旦增": ("县委副书记", "县长"), "索朗": ("县人大常委会主任",)},
        ),
        (
            "市委常委、副市长斯琴毕力格陪同调研。",
            {"斯琴毕力格": ("市委常委", "副市长")},
        ),
        ("副旗长乌力吉图陪同。", {"乌力吉图": ("副旗长",)}),
        (
            "县长德吉央宗、副县长拉巴次仁出席。",
            {"德吉央宗": ("县长",), "拉巴次仁": ("副县长",)},
        ),
        (
            "市领导扎西、次仁多吉、王海出席。",
            {"扎西": ("市领导",), "次仁多吉": ("市领导",), "王海": ("市领导",)},
        ),
        # (seven syllables, and 满 of 满都呼, inside a list of names)
        (
            "旗领导乌力吉吉日嘎拉、宝音满都呼、王海出席。",
            {"乌力吉吉日嘎拉": ("旗领导",), "宝音满都呼": ("旗领导",), "王海": ("旗领导",)},
        ),
        # Yi names spelt in syllables (阿苦, 俄木)
        ("州长阿苦木呷、副州长俄木拉哈出席。", {"阿苦木呷": ("州长",), "俄木拉哈": ("副州长",)}),
        # 阿不都 spelt without a dot, after a title or in a list
        ("副州长阿不都热依木出席。", {"阿不都热依木": ("副州长",)}),
        (
            "市领导阿不都拉、龚志成出席。",
            {"阿不都拉": ("市领导",), "龚志成": ("市领导",)},
        ),
        # 都 inside a spelt Uyghur name (阿不都拉, 排都拉) is a syllable, not the adverb
        ("副州长吐尔洪·阿不都拉出席开工仪式。", {"吐尔洪·阿不都拉": ("副州长",)}),
        (
            "县委副书记、县长艾山·阿不都热西提主持；副县长周立新致辞。",
            {"艾山·阿不都热西提": ("县委副书记", "县长"), "周立新": ("副县长",)},
        ),
        (
            "行署副专员努尔兰·排都拉；副县长周立新出席。",
            {"努尔兰·排都拉": ("行署副专员",), "周立新": ("副县长",)},
        ),
        (
            "地委委员、行署副专员阿不来提·买买提出席。",
            {"阿不来提·买买提": ("地委委员", "行署副专员")},
        ),
        # a Tibetan name after an institution's title, ended by 在
        ("自治区博物馆馆长次仁旺堆在开幕式上致辞。", {"次仁旺堆": ("自治区博物馆馆长",)}),
    ],
)
def test_more_name_shapes(
    text: str, expected: dict[str, tuple[str, ...]], segmenter: Segmenter
) -> None:
    assert titles(text, segmenter) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that is also a word (纲要) inside a list under a collective label
        (
            "县长毛政出席，廖劲松、曹辉正、吴新波、齐纲要等县领导及相关部门负责人参加。",
            {
                "毛政": ("县长",),
                "廖劲松": ("县领导",),
                "曹辉正": ("县领导",),
                "吴新波": ("县领导",),
                "齐纲要": ("县领导",),
            },
        ),
        # a quoted word in the label
        (
            "万鼎、杨波、华黄河等县“四大家”领导参加活动。",
            {n: ("县“四大家”领导",) for n in ("万鼎", "杨波", "华黄河")},
        ),
        # 和 before 、 ends a name, and one-character given names spaced out
        (
            "市领导杨晓和、杨燕伟、李 波、张海川、张 平出席活动。",
            {n: ("市领导",) for n in ("杨晓和", "杨燕伟", "李 波", "张海川", "张 平")},
        ),
        # a stray space before 、, as printed
        (
            "县领导朱韶伟、 徐军、 张晨 、杨剑舒、白咏、艾丹 、吴应鹏参加活动。",
            {
                n: ("县领导",)
                for n in ("朱韶伟", "徐军", "张晨", "杨剑舒", "白咏", "艾丹", "吴应鹏")
            },
        ),
        # a rare surname (元) inside the list
        (
            "张晓强、元茂荣、陈伟义、吴海平等市四套班子领导出席开工仪式。",
            {n: ("市四套班子领导",) for n in ("张晓强", "元茂荣", "陈伟义", "吴海平")},
        ),
    ],
)
def test_lists_of_leaders_as_printed(
    text: str, expected: dict[str, tuple[str, ...]], segmenter: Segmenter
) -> None:
    assert titles(text, segmenter) == expected


def test_one_word_in_a_list_of_places_is_no_name(segmenter: Segmenter) -> None:
    # Places before 等市领导 are not people, even when one item could be a name.
    assert titles("苏州、无锡、常州、齐纲要等市领导出席。", segmenter) == {}


@pytest.mark.parametrize(
    "text",
    [
        "参观了毛主席纪念堂的陈列。",  # a surname and a title address a person
        "2019年起担任集团公司总经理。",  # a date before 担任, not a name
        "英国的迈克·盖尔教授先后来访。",  # the end of a dotted name is not a name
    ],
)
def test_no_false_names_from_address_dates_and_spellings(text: str, segmenter: Segmenter) -> None:
    assert find_officials(text, segmenter=segmenter) == []


def test_a_conjunction_is_not_part_of_a_spelt_name(segmenter: Segmenter) -> None:
    assert titles("美国总统希拉里和总理出席。", segmenter) == {"希拉里": ("美国总统",)}


def test_an_adjective_name_after_a_full_title_or_in_a_list(segmenter: Segmenter) -> None:
    assert titles("区委常委、副区长温暖出席。", segmenter) == {"温暖": ("区委常委", "副区长")}
    assert titles("副县长严明，县政府办主任韩冰陪同。", segmenter) == {
        "严明": ("副县长",),
        "韩冰": ("县政府办主任",),
    }


def test_names_under_a_label_that_the_segmenter_misreads(segmenter: Segmenter) -> None:
    # a given name that is a word (传记), a Mongolian name and a Han name the
    # segmenter reads as places: the list and its label make them people
    text = "邵传记、乌力吉图、龚广滨、毕文清等区领导和企业代表出席。"
    assert titles(text, segmenter) == {
        k: ("区领导",) for k in ("邵传记", "乌力吉图", "龚广滨", "毕文清")
    }


def test_a_list_under_a_label_goes_on_past_an_unusual_name(segmenter: Segmenter) -> None:
    # a rare surname that is an everyday character, a name that starts with an
    # ordinary word (方向), a surname outside the lexicon (青): all in the list
    text = "市领导贺明川、能荣、方向亮、青立山、严国栋等出席。"
    assert titles(text, segmenter) == {
        k: ("市领导",) for k in ("贺明川", "能荣", "方向亮", "青立山", "严国栋")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unknown three-character word the segmenter guesses is a noun
        ("市山西商会会长于学礼应邀出席。", {"于学礼": ("市山西商会会长",)}),
        # a bank's branch, which the segmenter reads as a verb
        ("建设银行湖南分行行长艾俊出席。", {"艾俊": ("建设银行湖南分行行长",)}),
        # companies' names ending in words read as verbs or particles
        ("远洋置地副总裁常青松出席。", {"常青松": ("远洋置地副总裁",)}),
        ("恒信控股副总裁苗林出席。", {"苗林": ("恒信控股副总裁",)}),
        # a particle glued to a preposition before the title
        ("他热情地向副市长蒋明介绍情况。", {"蒋明": ("副市长",)}),
    ],
)
def test_guessed_tags_and_units(
    text: str, expected: dict[str, tuple[str, ...]], segmenter: Segmenter
) -> None:
    assert titles(text, segmenter) == expected


def test_a_name_does_not_end_in_a_word_that_follows_names(segmenter: Segmenter) -> None:
    # 卢兵 + 则在…, not 卢兵则 + 在…: both are closed by a one-character word
    assert titles("副县长卢兵则在一旁记录。", segmenter) == {"卢兵": ("副县长",)}


def test_a_verb_after_a_label_is_not_a_name(segmenter: Segmenter) -> None:
    text = "全区实行重点项目领导包挂、部门包抓责任制。"
    assert find_officials(text, segmenter=segmenter) == []
    text = "东岭市打好领导包联、政策落实、优化环境的组合拳。"
    assert find_officials(text, segmenter=segmenter) == []
    # 包 is a surname too.
    assert titles("市领导包国强、王大明出席活动。", segmenter) == {
        "包国强": ("市领导",),
        "王大明": ("市领导",),
    }


def test_a_leader_whose_words_are_studied_is_not_present(segmenter: Segmenter) -> None:
    text = "会议传达学习了李克强总理在座谈会上的讲话精神。"
    assert find_officials(text, segmenter=segmenter) == []


def test_name_before_title(segmenter: Segmenter) -> None:
    # a well-known name the segmenter tags as a person's, before a bare title
    found = people("李克强总理出席并讲话。会议要求按照刘鹤副总理的要求抓好落实。", segmenter)
    assert found["李克强"].titles == ("总理",)
    assert found["李克强"].roles == ("出席", "讲话")
    assert found["刘鹤"].titles == ("副总理",)
    assert found["刘鹤"].roles == ()  # after 按照: not the subject


def test_names_listed_before_a_title_share_it(segmenter: Segmenter) -> None:
    # the list says the last is a name too, where the segmenter does not know it
    text = "会议由黄勇部长主持，王洪涛、陈畴镛委员，王东祥、李明、张华委员参加。"
    assert titles(text, segmenter) == {
        "黄勇": ("部长",),
        "王洪涛": ("委员",),
        "陈畴镛": ("委员",),
        "王东祥": ("委员",),
        "李明": ("委员",),
        "张华": ("委员",),
    }
    assert find_officials("大会、陈述委员会主持。", segmenter=segmenter) == []


def test_参会_closes_a_listed_name(segmenter: Segmenter) -> None:
    text = "市领导郭洪昌、胡广坤参会并参加了大会有关活动。"
    assert titles(text, segmenter) == {"郭洪昌": ("市领导",), "胡广坤": ("市领导",)}


def test_the_first_of_a_label_s_list_with_a_rare_surname(segmenter: Segmenter) -> None:
    text = "县领导宇震、杨素梅、梁红光代表南湖县与8家企业签订了投资协议。"
    assert titles(text, segmenter) == {
        "宇震": ("县领导",),
        "杨素梅": ("县领导",),
        "梁红光": ("县领导",),
    }
    # (a label before words that are no names stays a label)
    assert find_officials("市领导及相关部门、企业负责人出席。", segmenter=segmenter) == []
    # and the last of such a list, before what its people do
    assert titles("市领导吴青、陈阳山、连天浪参加。", segmenter) == {
        "吴青": ("市领导",),
        "陈阳山": ("市领导",),
        "连天浪": ("市领导",),
    }
    assert set(titles("市领导吴青、陈阳山、各部门参加。", segmenter)) == {"吴青", "陈阳山"}
    # (a two-character last name that is a word too, then 等: the closer is no part of it)
    assert set(titles("区领导张进、王建华、游泳等出席开工仪式。", segmenter)) == {
        "张进",
        "王建华",
        "游泳",
    }


def test_任_begins_a_given_name(segmenter: Segmenter) -> None:
    assert titles("区委书记刘任远出席。", segmenter) == {"刘任远": ("区委书记",)}
    assert find_officials("办公室刘主任出席。", segmenter=segmenter) == []


def test_a_group_s_firm_is_the_title_s_body(segmenter: Segmenter) -> None:
    text = "东岭集团旗下东岭旅游发展有限公司总经理宋朝阳代表集团签约。"
    assert titles(text, segmenter) == {"宋朝阳": ("东岭旅游发展有限公司总经理",)}


def test_a_modifier_before_a_title_after_the_name_is_the_title_s(segmenter: Segmenter) -> None:
    text = "王东祥、蓝蔚青特邀委员参加。王明高级工程师讲话。"
    assert titles(text, segmenter) == {
        "王东祥": ("特邀委员",),
        "蓝蔚青": ("特邀委员",),
        "王明": ("高级工程师",),
    }


def test_title_after_name_in_a_chain(segmenter: Segmenter) -> None:
    text = "北方大学校长陈明远教授、副校长何静出席。"
    assert titles(text, segmenter) == {
        "陈明远": ("北方大学校长", "教授"),
        "何静": ("副校长",),
    }


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("市政协主席诸葛文涛出席。", "诸葛文涛", "市政协主席"),
        ("县长皇甫俊主持会议。", "皇甫俊", "县长"),
        ("市委常委、宣传部部长令狐云峰讲话。", "令狐云峰", "宣传部部长"),
        ("市科技局局长东方明出席。", "东方明", "市科技局局长"),
        ("副市长欧阳振华、司马骏出席。", "司马骏", "副市长"),
        ("区长上官晓燕指出，要抓好落实。", "上官晓燕", "区长"),
        ("市体育局局长慕容雪出席。", "慕容雪", "市体育局局长"),
    ],
)
def test_compound_surnames(text: str, name: str, title: str, segmenter: Segmenter) -> None:
    found = titles(text, segmenter)
    assert name in found
    assert title in found[name]


@pytest.mark.parametrize(
    "text",
    [
        "商务局局长出席了会议。",  # a title with no name
        "相关部门负责人参加会议。",
        "书记强调，要高度重视安全生产。",  # a verb after the title
        "局长高度重视此项工作。",
        "主任全面部署了下一步工作。",
        "局长高尚的品德令人敬佩。",  # an adjective, nothing makes it a name
        "郑州航空港经济综合实验区举行项目签约仪式，总投资50亿元。",  # places, projects
        "市长热线全天开通，市民可拨打12345反映问题。",
        "在市委领导下，全市上下齐心协力。",
        "市人大常委会主任会议研究了有关事项。",
        "城市长远发展离不开社区长效治理。",  # 市长 / 区长 inside other words
        "各县（市、区）人大常委会主任、部分市人大代表列席会议。",
        "该公司董事长表示，将加大投资。",
        "记者从市发改委获悉，项目进展顺利。",
        "院长办公会议审议通过了相关方案。",
        "南京市长江大桥建成通车。",  # 市长 across two words
        "主任何时到场，大家都在等。",
        "苏州、无锡、常州等市领导出席。",  # places listed under a label
        "江阴、张家港等市领导出席。",
        # a bare title as the subject, then a common word that starts with a surname
        "书记任务重，压力大。",
        "主任华丽转身，成为企业家。",
        "局长蓝图已绘就。",
        # an adverbial before the verb after a bare title
        "县长全程陪同。",
        "律师费由公司承担，县里还聘请了律师团队。",
        "局长不太满意，书记都出席了会议。",
        "书记苦口婆心地劝说，局长惹不起。",
        # a doubled character after a title is an adverb (殷殷嘱托), not a name
        "全县上下牢记总书记殷殷嘱托，奋力推进项目建设。",
        "主任郑重宣布，项目开工。",
        "县长严肃指出，要压实责任。",
        "董事长简单介绍了公司情况。",
        "大渡口镇地处长江南岸，是白酒金三角的中心。",  # 地处 + 长江, not 处长 江南岸
        "望城县属湖南省会长沙近郊。",  # 省会 + 长沙, not 会长 沙近郊
    ],
)
def test_nothing_reported(text: str, segmenter: Segmenter) -> None:
    assert find_officials(text, segmenter=segmenter) == []


def test_no_title_head_means_no_segmentation() -> None:
    class Refuses:
        def tag(self, *args: object, **kwargs: object) -> list[tuple[str, str]]:
            raise AssertionError("segmented text with no title in it")

    text = "项目总投资50亿元，建成后年产值可达100亿元，带动就业3000人。" * 50
    assert find_officials(text, segmenter=cast(Segmenter, Refuses())) == []


# -- mentions, roles, order, evidence -----------------------------------------------------


def test_later_mentions_counted_and_roles_from_each(segmenter: Segmenter) -> None:
    text = (
        "周建平调研重点项目\n"
        "区委书记周建平主持召开专题会议。周建平强调，要抓好落实。"
        "随后，周建平一行察看了项目现场。周建平同志要求各部门加强协作。"
    )
    (official,) = find_officials(text, segmenter=segmenter)
    assert official.name == "周建平"
    assert official.titles == ("区委书记",)
    assert official.mentions == 5
    assert official.roles[:2] == ("调研", "主持")
    assert {"强调", "要求"} <= set(official.roles)
    assert official.evidence == "区委书记周建平主持召开专题会议。"


def test_roles_by_sentence_structure(segmenter: Segmenter) -> None:
    text = (
        "在县长冯志强陪同下，省委常委吴德明一行考察了园区。"
        "副市长曹立新出席并致辞，市商务局局长严峰主持大会，"
        "远航集团董事长鲍志勇参加签约仪式。"
    )
    found = people(text, segmenter)
    assert found["冯志强"].roles == ("陪同",)
    assert found["吴德明"].roles == ("考察",)
    assert found["曹立新"].roles == ("出席", "致辞")
    assert found["严峰"].roles == ("主持",)
    assert found["鲍志勇"].roles == ("参加",)  # 签约 is in 签约仪式, a noun
    assert all(set(o.roles) <= set(ROLES) for o in found.values())


def test_speech_content_gives_no_roles(segmenter: Segmenter) -> None:
    found = people("市长苗卫国指出，各部门要主动出席现场调研。", segmenter)
    assert found["苗卫国"].roles == ("指出",)


def test_collective_label_and_own_title(segmenter: Segmenter) -> None:
    text = "市长张宏伟出席开工仪式。张宏伟、刘海峰、施雨等市领导参加活动。"
    found = titles(text, segmenter)
    assert found == {"张宏伟": ("市长",), "刘海峰": ("市领导",), "施雨": ("市领导",)}
    assert "参加" in people(text, segmenter)["刘海峰"].roles


def test_collective_label_of_leading_cadres(segmenter: Segmenter) -> None:
    # 领导干部 is a collective label as 领导 is, whoever is said to be present (在家的)
    text = "市委书记李中华，以及李宗岩、张红梅、王琴芝等在家的县处级领导干部出席活动。"
    assert titles(text, segmenter) == {
        "李中华": ("市委书记",),
        **{name: ("县处级领导干部",) for name in ("李宗岩", "张红梅", "王琴芝")},
    }


def test_collective_prefix_label(segmenter: Segmenter) -> None:
    assert titles("市领导何志军、曾庆华出席。", segmenter) == {
        "何志军": ("市领导",),
        "曾庆华": ("市领导",),
    }


def test_bare_title_dropped_when_also_prefixed(segmenter: Segmenter) -> None:
    text = "永宁区区长胡立新出席。区长胡立新指出，要优化营商环境。"
    assert titles(text, segmenter) == {"胡立新": ("永宁区区长",)}


def test_bare_title_kept_when_written_in_the_same_chain(segmenter: Segmenter) -> None:
    text = "城区党工委书记、管委会主任，高新区管委会主任梁军主持。"
    assert titles(text, segmenter) == {"梁军": ("城区党工委书记", "管委会主任", "高新区管委会主任")}


def test_two_titles_run_together_do_not_cover_the_bare_one(segmenter: Segmenter) -> None:
    # 县委常委组织部长 is 县委常委 + 组织部长 unseparated, not 组织部长 with an
    # organisation's prefix: the bare title of the first mention stays
    text = "县委常委、组织部长宋明远主持会议。会上，县委常委组织部长宋明远作了讲话。"
    assert titles(text, segmenter) == {"宋明远": ("县委常委", "组织部长", "县委常委组织部长")}
    # but a body's name before the title does cover it
    text = "区长贺文涛主持。永川区区长贺文涛致辞。"
    assert titles(text, segmenter) == {"贺文涛": ("永川区区长",)}


def test_name_that_is_a_word_counted_only_as_a_name(segmenter: Segmenter) -> None:
    text = "市政府秘书长文明出席会议。会议要求巩固全国文明城市创建成果。"
    (official,) = find_officials(text, segmenter=segmenter)
    assert (official.name, official.mentions) == ("文明", 1)


def test_order_of_first_appearance(segmenter: Segmenter) -> None:
    text = "副市长林涛出席。市委书记邹平主持。林涛表示，全力服务企业。"
    assert [o.name for o in find_officials(text, segmenter=segmenter)] == ["林涛", "邹平"]


# -- names alone, fast, from raw text --------------------------------------------------------


def test_official_names_from_raw_text_of_several_articles(segmenter: Segmenter) -> None:
    text = (
        "高新区举行项目签约仪式\n"
        "区委书记邵明远出席并致辞，副区长姜文涛、卫红主持。\n"
        "\n"
        "县长调研园区建设\n"
        "5月6日，县委副书记、县长祁海波深入园区调研。祁海波强调，要抓好落实。\n"
        "会议决定任命鲁建新同志为县商务局局长。\n"
    )
    expected = {"邵明远", "姜文涛", "卫红", "祁海波", "鲁建新"}
    assert official_names(text, segmenter=segmenter) == expected
    whole = {o.name for a in split_articles(text) for o in find_officials(a.text)}
    assert whole == expected


def test_official_names_reads_only_lines_with_a_title(segmenter: Segmenter) -> None:
    class Refuses:
        def tag(self, *args: object, **kwargs: object) -> list[tuple[str, str]]:
            raise AssertionError("segmented a line with no title in it")

    text = "项目总投资50亿元，带动就业3000人。\n" * 100
    assert official_names(text, segmenter=cast(Segmenter, Refuses())) == set()


def sample_files() -> list[Path]:
    files = sorted(SAMPLES.glob("*.txt"))
    if NEWS_DEV.is_dir():
        files += sorted((NEWS_DEV / "articles").glob("*.txt"))
    return files


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_official_names_match_find_officials(path: Path, segmenter: Segmenter) -> None:
    text = path.read_text(encoding="utf-8")
    names = {o.name for a in split_articles(text) for o in find_officials(a.text)}
    assert official_names(text, segmenter=segmenter) == names
    # and block by block (cut at line ends), as a large input is read
    lines = text.split("\n")
    blocks = ["\n".join(lines[i : i + 7]) for i in range(0, len(lines), 7)]
    assert set().union(*(official_names(b, segmenter=segmenter) for b in blocks)) == names


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_read_officials_is_both_finders(path: Path, segmenter: Segmenter) -> None:
    """`newsx officials` reads each article once for officials and appointments."""
    for article in split_articles(path.read_text(encoding="utf-8")):
        text = article.text
        both = (
            find_officials(text, segmenter=segmenter),
            find_appointments(text, segmenter=segmenter),
        )
        assert read_officials(text, segmenter=segmenter) == both


# -- appointments --------------------------------------------------------------------------


def test_appointments(segmenter: Segmenter) -> None:
    text = (
        "会议决定任命王立新同志为市交通运输局局长；免去陈卫国的市交通运输局局长职务。"
        "因年龄原因，郝建设同志不再担任市人大常委会副秘书长。"
        "经研究，吕梅任市妇联主席、党组书记。"
    )
    assert find_appointments(text, segmenter=segmenter) == [
        Appointment(
            "王立新", "appoint", "市交通运输局局长", "会议决定任命王立新同志为市交通运输局局长；"
        ),
        Appointment("陈卫国", "remove", "市交通运输局局长", "免去陈卫国的市交通运输局局长职务。"),
        Appointment(
            "郝建设",
            "remove",
            "市人大常委会副秘书长",
            "因年龄原因，郝建设同志不再担任市人大常委会副秘书长。",
        ),
        Appointment("吕梅", "appoint", "市妇联主席", "经研究，吕梅任市妇联主席、党组书记。"),
        Appointment("吕梅", "appoint", "党组书记", "经研究，吕梅任市妇联主席、党组书记。"),
    ]
    # the people named in them are officials, with the post as their title
    assert titles(text, segmenter)["王立新"] == ("市交通运输局局长",)
    officials, appointments = read_officials(text, segmenter=segmenter)
    assert appointments == find_appointments(text, segmenter=segmenter)
    assert "王立新" in {o.name for o in officials}


@pytest.mark.parametrize(
    "text",
    ["他任务繁重，责任重大。", "主任委员会议由副主任主持。", "他历任县长、县委书记等职。"],
)
def test_no_appointment(text: str, segmenter: Segmenter) -> None:
    assert find_appointments(text, segmenter=segmenter) == []


# -- against the gold ------------------------------------------------------------------------


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def gold_sets(officials: list[dict[str, object]]) -> tuple[set[str], set[tuple[str, str]]]:
    names = {nfkc(str(o["name"])) for o in officials}
    pairs = {(nfkc(str(o["name"])), nfkc(t)) for o in officials for t in o["titles"]}  # type: ignore[attr-defined]
    return names, pairs


def predicted_sets(text: str, segmenter: Segmenter) -> tuple[set[str], set[tuple[str, str]]]:
    names: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for article in split_articles(text):
        for official in find_officials(article.text, segmenter=segmenter):
            names.add(nfkc(official.name))
            pairs.update((nfkc(official.name), nfkc(t)) for t in official.titles)
    return names, pairs


T = TypeVar("T")


def f1(predicted: set[T], gold: set[T]) -> float:
    tp = len(predicted & gold)
    return 2 * tp / (len(predicted) + len(gold)) if predicted or gold else 1.0


def test_seed_articles(segmenter: Segmenter) -> None:
    gold = json.loads((SAMPLES / "gold" / f"{SEED}.json").read_text(encoding="utf-8"))
    articles = split_articles((SAMPLES / f"{SEED}.txt").read_text(encoding="utf-8"))
    assert len(articles) == len(gold["articles"]) == 2
    for article, expected in zip(articles, gold["articles"], strict=True):
        found = find_officials(article.text, segmenter=segmenter)
        gold_names, gold_pairs = gold_sets(expected["officials"])
        names = {nfkc(o.name) for o in found}
        pairs = {(nfkc(o.name), nfkc(t)) for o in found for t in o.titles}
        assert names == gold_names  # no false official, none missed
        assert f1(pairs, gold_pairs) >= 0.92
        for official in found:
            roles = next(o["roles"] for o in expected["officials"] if o["name"] == official.name)
            assert set(roles) <= set(official.roles)
            assert official.name in official.evidence


def test_seed_mentions(segmenter: Segmenter) -> None:
    articles = split_articles((SAMPLES / f"{SEED}.txt").read_text(encoding="utf-8"))
    second = {o.name: o for o in find_officials(articles[1].text, segmenter=segmenter)}
    assert second["孙建功"].mentions == articles[1].text.count("孙建功") == 8
    assert second["周定友"].roles == ("陪同",)


def score_files(
    pairs_of_paths: list[tuple[Path, list[dict[str, object]]]], segmenter: Segmenter
) -> tuple[float, float]:
    gold_n: set[tuple[str, str]] = set()
    gold_p: set[tuple[str, str, str]] = set()
    got_n: set[tuple[str, str]] = set()
    got_p: set[tuple[str, str, str]] = set()
    for path, officials in pairs_of_paths:
        names, pairs = gold_sets(officials)
        gold_n |= {(path.name, n) for n in names}
        gold_p |= {(path.name, n, t) for n, t in pairs}
        names, pairs = predicted_sets(path.read_text(encoding="utf-8"), segmenter)
        got_n |= {(path.name, n) for n in names}
        got_p |= {(path.name, n, t) for n, t in pairs}
    return f1(got_n, gold_n), f1(got_p, gold_p)


def test_samples_targets(segmenter: Segmenter) -> None:
    files = []
    for path in sorted((SAMPLES / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        officials = [o for a in data["articles"] for o in a.get("officials", [])]
        files.append((SAMPLES / data["file"], officials))
    name_f1, pair_f1 = score_files(files, segmenter)
    assert name_f1 >= 0.97
    assert pair_f1 >= 0.92


@pytest.mark.skipif(not NEWS_DEV.is_dir(), reason="../shared/data/news-dev is not here")
def test_news_dev_targets(segmenter: Segmenter) -> None:
    files = []
    for path in sorted((NEWS_DEV / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        files.append((NEWS_DEV / "articles" / f"{path.stem}.txt", data["officials"]))
    assert len(files) == 6
    name_f1, pair_f1 = score_files(files, segmenter)
    assert name_f1 >= 0.97
    assert pair_f1 >= 0.92


def test_a_given_name_that_starts_with_a_numeral(segmenter: Segmenter) -> None:
    # jieba reads 许四 as a number; after a full title and before 、 it is a name.
    assert titles("县委书记王强、县人大常委会主任许四军、县政协主席种飞出席仪式。", segmenter) == {
        "王强": ("县委书记",),
        "许四军": ("县人大常委会主任",),
        "种飞": ("县政协主席",),
    }


def test_a_verbal_noun_inside_a_place_name_stays_in_the_title(segmenter: Segmenter) -> None:
    # 连环 (tagged vn) between 大庆 and 湖 is part of the lake's name, not a predicate.
    assert titles("“今年订单翻了一番。”大庆连环湖渔业公司总经理杜汝君说。", segmenter) == {
        "杜汝君": ("大庆连环湖渔业公司总经理",)
    }


def test_a_rare_surname_in_a_list_of_titled_leaders(segmenter: Segmenter) -> None:
    # 拓 (拓展, 拓宽) starts a name only where the structure makes it one.
    assert titles("县委书记张强、县长拓巍峰出席。", segmenter) == {
        "张强": ("县委书记",),
        "拓巍峰": ("县长",),
    }
    assert titles("县长拓展了思路。", segmenter) == {}


def test_an_executive_chairman_is_no_compound_surname(segmenter: Segmenter) -> None:
    # 执行董事长孙某: the title ends in 长; 长孙 is a surname only where no title ends.
    text = "市长王勇会见北岭钢结构股份有限公司党委书记、执行董事长孙关富。"
    assert titles(text, segmenter)["孙关富"] == ("北岭钢结构股份有限公司党委书记", "执行董事长")


def test_a_numbered_unit_of_a_body_stays_in_the_title(segmenter: Segmenter) -> None:
    # 二十五 before 局 numbers a unit; elsewhere a count ends the organisation's name.
    text = "中铁二十五局集团公司副总经理李志锋出席开工仪式。"
    assert titles(text, segmenter) == {"李志锋": ("中铁二十五局集团公司副总经理",)}


def test_a_name_before_率_or_before_同_and_a_role_verb(segmenter: Segmenter) -> None:
    # 率 (leads) is not a given name's last character; 同 before a role verb is one.
    text = "市委副书记、市长孙喆率市政府代表团赴珠海参加座谈会。"
    assert titles(text, segmenter) == {"孙喆": ("市委副书记", "市长")}
    text = "北岭集团股份有限公司董事长陆炳同主持会议并致辞。"
    assert titles(text, segmenter) == {"陆炳同": ("北岭集团股份有限公司董事长",)}
    assert titles("市长张三同市委书记李四一起出席。", segmenter) == {
        "张三": ("市长",),
        "李四": ("市委书记",),
    }


def test_a_name_before_作_or_before_关于(segmenter: Segmenter) -> None:
    # The segmenter joins 作 (makes a speech) to a name; 关于 (about) starts after one.
    text = "3月10日，省委书记于伟国作开工动员。"
    assert titles(text, segmenter) == {"于伟国": ("省委书记",)}
    text = "调研组听取了县长汪涛关于示范区建设的汇报。"
    assert titles(text, segmenter) == {"汪涛": ("县长",)}


def test_a_district_the_segmenter_reads_as_a_verb(segmenter: Segmenter) -> None:
    # 即墨 is tagged a verb; between a city and 区 it names the district.
    text = "青岛市即墨区中小企业协会会长孙克圣出席。"
    assert titles(text, segmenter) == {"孙克圣": ("青岛市即墨区中小企业协会会长",)}


def test_the_county_committee_after_该_is_the_title_s_body(segmenter: Segmenter) -> None:
    text = "春节期间，该县委常委、副县长翟建平一行先后拜访了在外乡贤。"
    assert titles(text, segmenter) == {"翟建平": ("县委常委", "副县长")}
    assert titles("该公司副总经理张强出席。", segmenter) == {"张强": ("副总经理",)}


def test_a_listed_leader_s_own_post_in_brackets(segmenter: Segmenter) -> None:
    text = "县领导田林、郭峰（县委副书记）、周晓燕、郭强（县政协主席）、宋煜参加活动。"
    assert titles(text, segmenter) == {
        "田林": ("县领导",),
        "郭峰": ("县委副书记",),
        "周晓燕": ("县领导",),
        "郭强": ("县政协主席",),
        "宋煜": ("县领导",),
    }


def test_钦_is_a_rare_surname_after_a_full_title(segmenter: Segmenter) -> None:
    text = "湖南省东岭县委书记钦代寿，县委常委、统战部长金建平一行考察了广东。"
    assert titles(text, segmenter) == {
        "钦代寿": ("湖南省东岭县委书记",),
        "金建平": ("县委常委", "统战部长"),
    }
    assert titles("钦差大臣来了。", segmenter) == {}


def test_a_name_before_率_and_a_delegation(segmenter: Segmenter) -> None:
    # 考察团 names a delegation: 考察 there is no verb that ends the name before 率.
    text = "9月8日，东岭市副市长张颖率考察团，来我市学习考察。"
    assert titles(text, segmenter) == {"张颖": ("东岭市副市长",)}
    assert titles("副市长王刚考察了企业。", segmenter) == {"王刚": ("副市长",)}


def test_a_listed_name_ending_in_同_before_the_list_s_comma(segmenter: Segmenter) -> None:
    text = "县领导张宏、李广同、程春明、樊海放出席仪式。"
    assert titles(text, segmenter) == {
        "张宏": ("县领导",),
        "李广同": ("县领导",),
        "程春明": ("县领导",),
        "樊海放": ("县领导",),
    }
    assert titles("市领导黄菊和市长徐匡迪出席。", segmenter) == {
        "黄菊": ("市领导",),
        "徐匡迪": ("市长",),
    }
    # Before a verb 和 ends the name: 文战和 introduces, not 文战 and someone.
    assert titles("县委常委、副县长文战和介绍了项目情况。", segmenter) == {
        "文战和": ("县委常委", "副县长"),
    }


def test_a_two_character_name_closed_by_a_word_after_it(segmenter: Segmenter) -> None:
    # 亲率 and 随同 follow the name: not 唐华亲 + 率, not 符冬随 + 同.
    assert titles("近日，县委书记唐华亲率考察团调研。", segmenter) == {"唐华": ("县委书记",)}
    assert titles("副县长符冬随同考察。", segmenter) == {"符冬": ("副县长",)}
    # 来, often a verb, makes no name of two characters: 省长来川视察 names nobody.
    assert titles("省长来川视察。", segmenter) == {}
    # a list's comma closes a title's name of two (包鸣, read as a verb), but not after
    # a bare 领导 (项目领导包挂、部门包抓: a duty)
    text = "南岭市委书记许峰出席。南岭市市长包鸣，南岭市领导邵文松出席。"
    assert titles(text, segmenter)["包鸣"] == ("南岭市市长",)
    assert titles("继续实行重点项目领导包挂、部门包抓责任制。", segmenter) == {}


def test_coming_to_a_place_the_article_names_is_no_name(segmenter: Segmenter) -> None:
    text = "北岭板业公司负责人来汉寿考察。董事长郭兴田一行来汉寿县考察。"
    assert titles(text, segmenter) == {"郭兴田": ("董事长",)}
    assert titles("副市长来国华出席。", segmenter) == {"来国华": ("副市长",)}


def test_据_and_a_place_it_does_not_know_before_a_title(segmenter: Segmenter) -> None:
    text = "据道真县委书记肖发君介绍，项目进展顺利。"
    assert titles(text, segmenter) == {"肖发君": ("道真县委书记",)}


def test_a_government_and_a_firm_joined_by_与_are_two_bodies(segmenter: Segmenter) -> None:
    text = "九台区政府与复星集团党委书记、高级副总裁李海峰签订协议。"
    assert titles(text, segmenter) == {"李海峰": ("复星集团党委书记", "高级副总裁")}
    # (two words of one unit's name are joined: 土壤与肥料研究所)
    text = "土壤与肥料研究所所长王东出席。"
    assert titles(text, segmenter) == {"王东": ("土壤与肥料研究所所长",)}


def test_a_venue_before_与_a_term_before_a_title_and_an_everyday_word_name_no_one(
    segmenter: Segmenter,
) -> None:
    text = "市委书记邵玉龙在南岭宾馆与招商局集团党委书记、董事长缪建民一行座谈。"
    assert titles(text, segmenter)["缪建民"] == ("招商局集团党委书记", "董事长")
    text = "新任中共南岭市委书记庞国梅出席。"
    assert titles(text, segmenter) == {"庞国梅": ("中共南岭市委书记",)}
    # (项目 is everywhere in such an article: a word that common names someone only in a list)
    text = (
        "刘卫处长到北岭区调研项目\n听取北岭新城指挥部领导项目介绍\n项目进展顺利，项目建设有序推进。"
    )
    assert "项目" not in titles(text, segmenter)


def test_a_nominee_for_a_post_is_titled_so(segmenter: Segmenter) -> None:
    text = "旗委常委、政府党组成员、副旗长提名人选刘海涛及旗政府副旗长参加。"
    assert titles(text, segmenter) == {"刘海涛": ("旗委常委", "政府党组成员", "副旗长提名人选")}


def test_a_place_named_with_a_numeral_first_keeps_it(segmenter: Segmenter) -> None:
    text = "省供销联社主任李朝明，四会市委书记袁鹏然，卓达集团顾问陈润谦出席。"
    assert titles(text, segmenter)["袁鹏然"] == ("四会市委书记",)
    # (a count of officials is no place: 三名县委书记)
    assert titles("他与三名县委书记李明、王强交流。", segmenter)["李明"] == ("县委书记",)


def test_昨_after_a_name_is_yesterday(segmenter: Segmenter) -> None:
    text = "德州经济开发区党工委书记杨军昨在港出席活动时指出，产业园规划即将出台。"
    assert titles(text, segmenter) == {"杨军": ("德州经济开发区党工委书记",)}


def test_a_name_ending_in_a_connective_before_的(segmenter: Segmenter) -> None:
    text = "调研组听取了丹阳市江西商会会长周克同的汇报。"
    assert titles(text, segmenter) == {"周克同": ("丹阳市江西商会会长",)}


def test_与_glued_to_a_firm_the_dictionary_lacks_and_a_name_ending_in_和_before_等(
    segmenter: Segmenter,
) -> None:
    text = "双方进行签约，与川铁电气(天津)股份公司投资总监姚长生就项目签约。"
    assert titles(text, segmenter) == {"姚长生": ("川铁电气(天津)股份公司投资总监",)}
    text = "县委书记邵建华、县委副书记刘家和等领导同志出席。"
    assert titles(text, segmenter) == {"邵建华": ("县委书记",), "刘家和": ("县委副书记",)}


def test_an_enumeration_before_a_title_is_no_part_of_it(segmenter: Segmenter) -> None:
    text = "仪式共有两项议程：一是南岭县文物局党组书记岳耀海介绍项目情况；二是纸坊镇党委书记姜传辉表态发言。"
    assert titles(text, segmenter) == {
        "岳耀海": ("南岭县文物局党组书记",),
        "姜传辉": ("纸坊镇党委书记",),
    }


def test_a_name_ending_in_和_before_a_verb(segmenter: Segmenter) -> None:
    # 和 before 到 joins no one: it is the name's (黄菊和市长徐匡迪: it joins two people)
    text = "10月20日下午,市委书记杨晓和到安次区调研检查开发区改革和项目建设工作。"
    assert titles(text, segmenter) == {"杨晓和": ("市委书记",)}


def test_a_dotted_name_s_last_part_and_a_deputy_commander(segmenter: Segmenter) -> None:
    # (two characters at least after the dot: 则 is the name's, not a connective)
    text = "加汗巴格乡党委书记董万斌、阿依玛克村村长亚尔麦提·如则麦麦提分别作了汇报。"
    assert titles(text, segmenter)["亚尔麦提·如则麦麦提"] == ("阿依玛克村村长",)
    text = "市委常委、常务副市长、北京援藏指挥部副指挥洪家志一行赴尼木县实地考察。"
    assert titles(text, segmenter) == {"洪家志": ("市委常委", "常务副市长", "北京援藏指挥部副指挥")}


def test_the_county_said_twice_before_its_leaders_is_kept_once(segmenter: Segmenter) -> None:
    text = "2月18日上午，南岭县委书记段贵建，该县县领导蒋剑、伍继承出席开工仪式。"
    assert titles(text, segmenter) == {
        "段贵建": ("南岭县委书记",),
        "蒋剑": ("县领导",),
        "伍继承": ("县领导",),
    }
    # (the writer's own body stays: 我市领导)
    assert titles("我市领导张华出席开工仪式。", segmenter) == {"张华": ("我市领导",)}


def test_a_group_joined_on_by_及_is_no_one_s_title(segmenter: Segmenter) -> None:
    text = (
        "南岭市领导张歌莺，南岭市各县(市、区)党委书记、县(市、区)长及南岭市部分市直单位主要负责人，"
        "东岭市领导李翔、陈武等参加活动。"
    )
    assert titles(text, segmenter) == {
        "张歌莺": ("南岭市领导",),
        "李翔": ("东岭市领导",),
        "陈武": ("东岭市领导",),
    }


def test_a_preposition_or_a_description_before_a_title_is_no_part_of_it(
    segmenter: Segmenter,
) -> None:
    text = "海城市集中签约1个项目，由腾鳌经济开发区主任王渊与北岭新能源科技有限公司总经理周伟签约。"
    assert titles(text, segmenter)["王渊"] == ("腾鳌经济开发区主任",)
    text = "项目投资企业南岭高温材料股份有限公司总经理王东介绍了企业有关情况。"
    assert titles(text, segmenter) == {"王东": ("南岭高温材料股份有限公司总经理",)}


def test_the_page_s_editors_after_a_colon_are_no_officials(segmenter: Segmenter) -> None:
    assert titles("副总编辑:彭坤煜 陈霞\n总编辑：王宇", segmenter) == {}
    assert titles("南岭日报总编辑王宇出席开幕式。", segmenter) == {"王宇": ("南岭日报总编辑",)}


def test_与_before_a_title_is_a_preposition(segmenter: Segmenter) -> None:
    # (jieba reads 与惠 as one word here: the preposition glued to the county's name)
    text = "北岭集团副总裁樊浩杰先生与惠民县委常委、副县长赵金沙先生在惠民县签署了投资开发协议。"
    assert titles(text, segmenter) == {
        "樊浩杰": ("北岭集团副总裁",),
        "赵金沙": ("惠民县委常委", "副县长"),
    }


def test_a_four_character_name_inside_a_list_under_a_label(segmenter: Segmenter) -> None:
    text = "翁志鸿、叶石玄仙、刘赤波、蓝景芬等市领导出席开工仪式。"
    assert titles(text, segmenter) == {
        "翁志鸿": ("市领导",),
        "叶石玄仙": ("市领导",),
        "刘赤波": ("市领导",),
        "蓝景芬": ("市领导",),
    }
    # (places under a label stay places)
    assert titles("苏州、无锡、常州等市领导出席。", segmenter) == {}


def test_a_two_character_name_that_is_a_word_too_inside_a_list_under_a_label(
    segmenter: Segmenter,
) -> None:
    text = "郭鸿勋、万战伟、古松、李长治等市领导分别在主会场或分会场出席活动。"
    assert titles(text, segmenter) == {
        "郭鸿勋": ("市领导",),
        "万战伟": ("市领导",),
        "古松": ("市领导",),
        "李长治": ("市领导",),
    }
    assert titles("苏州、王刚、常州等市领导出席。", segmenter) == {}


def test_看来_follows_a_name(segmenter: Segmenter) -> None:
    text = "在张江集团党委书记、董事长袁涛看来，产业发展生态是未来产业发展的重点。"
    assert titles(text, segmenter) == {"袁涛": ("张江集团党委书记", "董事长")}


def test_a_given_name_ending_in_太_省_or_要_between_a_full_title_and_a_comma(
    segmenter: Segmenter,
) -> None:
    # 太, 省 and 要 end everyday words (太多, 某省, 需要), not names, unless a full title
    # stands before them and a comma or a role verb after them.
    text = "东岭县委副书记、县长赵其太，县人大常委会副主任钱先省，市人民政府副市长孙纲要出席。"
    assert titles(text, segmenter) == {
        "赵其太": ("东岭县委副书记", "县长"),
        "钱先省": ("县人大常委会副主任",),
        "孙纲要": ("市人民政府副市长",),
    }
    assert titles("副县长李明要求各部门加快进度。", segmenter) == {"李明": ("副县长",)}
    assert titles("嵊州市长乐镇、黄泽镇建设水厂。", segmenter) == {}


def test_里_in_a_given_name_framed_by_a_full_title(segmenter: Segmenter) -> None:
    # 里 ends place words (县里, 这里), but begins a given name inside a list and ends one
    # between a full title and a role verb
    text = "省工信厅党组成员、副厅长钱里平，昆明市副市长孙云等领导出席。市委副书记、市长吴里主持。"
    assert titles(text, segmenter) == {
        "钱里平": ("省工信厅党组成员", "副厅长"),
        "孙云": ("昆明市副市长",),
        "吴里": ("市委副书记", "市长"),
    }
    assert titles("县长在村里召开座谈会。", segmenter) == {}


def test_a_nominee_s_title_and_a_bare_candidate(segmenter: Segmenter) -> None:
    text = "市委常委、副市长人选周薇致辞。区委副书记、区长提名候选人钱林宣布开工。"
    assert titles(text, segmenter) == {
        "周薇": ("市委常委", "副市长人选"),
        "钱林": ("区委副书记", "区长提名候选人"),
    }
    # after a head a candidate goes on the title; a word before a spelt name is not in
    # it, and a verb inside the run after the dot ends it
    assert titles("该党总统候选人约翰·库福尔获胜。", segmenter) == {"约翰·库福尔": ("总统候选人",)}
    # a candidate on its own is no post
    assert titles("选举会议的候选人应多于应选人数五分之一。", segmenter) == {}


def test_what_a_leader_s_words_are_taken_up_with_is_no_part_of_the_title(
    segmenter: Segmenter,
) -> None:
    text = "为贯彻落实省委副书记、省长赵明关于产业园的重要指示精神，连日来，开发区抢抓机遇。"
    assert titles(text, segmenter) == {"赵明": ("省委副书记", "省长")}


def test_前来_after_向_is_no_given_name(segmenter: Segmenter) -> None:
    text = "县委书记罗明代表县领导向前来参加签约活动的嘉宾表示欢迎。"
    assert titles(text, segmenter) == {"罗明": ("县委书记",)}


def test_everyone_listed_after_who_attended_attended(segmenter: Segmenter) -> None:
    # 出席仪式的领导有A，B，C: each did it, up to the next predicate or clause.
    text = (
        "出席今天集中开工仪式的领导有区委书记赵国芳，区委常委、常务副区长钱建文，区人大常委会副主任"
        "孙振海，大会由经济开发区李彦龙主任主持。"
    )
    found = people(text, segmenter)
    assert {name: o.roles for name, o in found.items()} == {
        "赵国芳": ("出席",),
        "钱建文": ("出席",),
        "孙振海": ("出席",),
        "李彦龙": ("主持",),
    }
    text = "参加会议的有市经合办副主任周骏，同时，市商会会长吴鹏飞出席了会议。"
    assert people(text, segmenter)["吴鹏飞"].roles == ("出席",)


def test_称_and_向_after_a_name_end_it(segmenter: Segmenter) -> None:
    # 施涛称，: what he says; 吴滨向前来…: whom he turns to. Neither is a given name's end.
    text = "该公司副总经理施涛称，南海制造业基础雄厚。"
    assert titles(text, segmenter) == {"施涛": ("副总经理",)}
    text = "曲沃县委副书记、县长吴滨向前来参会的100多家商会代表全面推介曲沃。"
    assert titles(text, segmenter) == {"吴滨": ("曲沃县委副书记", "县长")}


def test_都_府_and_a_rare_surname_in_a_titled_list(segmenter: Segmenter) -> None:
    # 都 may begin a given name and 府 end one between a full title and a comma or verb;
    # a rare surname's two-character name is closed by the next titled person.
    text = "区人大常委会主任张都喜，区政协主席尚晓明出席。区委常委、区委办公室主任王洪府出席。"
    assert set(titles(text, segmenter)) == {"张都喜", "尚晓明", "王洪府"}
    text = "张家口市委书记回建、市长武卫东陪同考察。"
    assert titles(text, segmenter) == {"回建": ("张家口市委书记",), "武卫东": ("市长",)}
    assert titles("县长都出席了会议。", segmenter) == {}


def test_党_ends_a_given_name_between_a_title_and_an_order(segmenter: Segmenter) -> None:
    # 建党 is a given name; 下达开工令 closes it as a role verb would.
    text = "在仪式现场，区委书记张建党下达开工令，区长王献超致辞。"
    assert titles(text, segmenter) == {"张建党": ("区委书记",), "王献超": ("区长",)}
    assert titles("市委书记张建党委托秘书长讲话。", segmenter) == {}


def test_如是说_ends_a_name_and_a_page_s_staff_are_no_officials(segmenter: Segmenter) -> None:
    text = "“用最高效的服务支持项目建设。”汝州市市长万英如是说。"
    assert titles(text, segmenter) == {"万英": ("汝州市市长",)}
    assert titles("责编:黄鑫 | 审核:李震 | 总监:万军伟", segmenter) == {}


def test_a_listed_collective_after_a_place_and_全体(segmenter: Segmenter) -> None:
    # 龙山县陈忠耀、余佳祥…等全体在家县领导: the place before the first name, and 全体在家
    # (all who are in the county) no part of the label.
    text = "德顺公司董事长谢建华；龙山县陈忠耀、余佳祥、吴少叶、张胜军等全体在家县领导出席活动。"
    assert titles(text, segmenter) == {
        "谢建华": ("德顺公司董事长",),
        "陈忠耀": ("县领导",),
        "余佳祥": ("县领导",),
        "吴少叶": ("县领导",),
        "张胜军": ("县领导",),
    }


def test_a_body_named_for_china_and_a_partner_keeps_both(segmenter: Segmenter) -> None:
    # 中国—东盟博览会, 中国·印尼经贸合作区: the dash or dot joins the two in one name
    text = (
        "中国—东盟博览会秘书处秘书长韦朝晖介绍了本届博览会的情况。"
        "中国·印尼经贸合作区有限公司董事长范志明表示，明年一季度开工建设。"
    )
    assert titles(text, segmenter) == {
        "韦朝晖": ("中国—东盟博览会秘书处秘书长",),
        "范志明": ("中国·印尼经贸合作区有限公司董事长",),
    }


def test_让_ends_a_given_name(segmenter: Segmenter) -> None:
    # 让 is a given-name character (孙西让) as well as a verb: the verb after a name
    # (王强让企业家放心) is left to the segmenter.
    text = "县委书记孙西让主持会议。副市长钱东让，区委书记俞东来等参加活动。"
    assert titles(text, segmenter) == {
        "孙西让": ("县委书记",),
        "钱东让": ("副市长",),
        "俞东来": ("区委书记",),
    }
    assert titles("县长王强让企业家放心投资。", segmenter) == {"王强": ("县长",)}


def test_a_chain_s_name_joined_by_与_stays_in_its_head_s_title(segmenter: Segmenter) -> None:
    text = "市政协主席、市电力新能源与装备制造(含汽车)产业链链长聂方红出席开工仪式。"
    assert titles(text, segmenter) == {
        "聂方红": ("市政协主席", "市电力新能源与装备制造(含汽车)产业链链长"),
    }


def test_members_of_a_zone_s_leadership_under_one_label(segmenter: Segmenter) -> None:
    # (区党工委、管委会在家班子成员A、B: a label over two bodies, as 县委、县政府领导 is)
    text = "区党工委、管委会在家班子成员程从国、龚百林参加活动。"
    label = ("区党工委、管委会在家班子成员",)
    assert titles(text, segmenter) == {"程从国": label, "龚百林": label}


def test_a_special_assistant_keeps_the_whole_title(segmenter: Segmenter) -> None:
    text = "长兴太湖能谷科技公司董事长特别助理李彦华出席。县长王强特别指出要加快进度。"
    assert titles(text, segmenter) == {
        "李彦华": ("长兴太湖能谷科技公司董事长特别助理",),
        "王强": ("县长",),
    }
