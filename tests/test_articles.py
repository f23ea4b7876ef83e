import pytest

from newsx.analysis.articles import split_articles
from newsx.analysis.bylines import parse_byline, record_byline, split_lead_credit
from newsx.analysis.normalize import paragraphs
from newsx.analysis.projects import find_projects

from conftest import SAMPLES, SEED, shared


def seed_articles():
    return split_articles(SEED.read_text(encoding="utf-8"))


def test_page_breaks_are_mended_and_headings_kept():
    text = "\n".join(paragraphs(SEED.read_text(encoding="utf-8")))
    assert "产业化应用" in text and "产业化应\n" not in text
    assert "参与社会治理" in text
    # The character repeated across a page break is dropped: 天眼·创新中心 is
    # written whole later in the article.
    assert "天眼·创新中心、超凡视觉" in text
    assert "着力打造科技创新高地\n" in text  # a heading stays a paragraph of its own


def test_a_repeated_character_without_evidence_is_kept():
    text = (
        "这是一段很长的正文，用来说明分页时的断行处理方式，以及相关的规则和例外情况，"
        "最后提到了远程中心\n\n心脏病研究所成立。"
    )
    assert "中心心脏病研究所" in paragraphs(text)[0]


def test_a_caption_marked_with_a_triangle_is_a_paragraph_of_its_own():
    caption = "▲2024年全省第二批重大项目集中开工仪式东岭分会场，攸县南岭汽车涂料建设项目开工"
    after = "该项目总投资18.9亿元，分两期建设，实行统一规划、分期交地。"
    assert paragraphs(f"{caption}\n\n{after}") == [caption, after]


def test_a_caption_with_its_photo_credit_is_a_paragraph_of_its_own():
    caption = "4月18日，市委书记王某某等市领导为北岭钢结构有限公司智能装配产业园项目奠基。融媒体中心记者 李华摄"
    assert paragraphs(caption + "\n\n副市长严俊杰主持开工仪式。")[1] == "副市长严俊杰主持开工仪式。"
    # the credit right after the caption's last sentence, then a page number
    caption = (
        "3月21日，在东岭产业园项目施工现场，工人进行设备安装作业。预计今年10月即可完工。明辉 摄"
    )
    after = (
        "南岭公路项目建设现场(摄于3月20日)。该项目总投资13.2亿元，预计今年9月建成通车。 李嘉成 摄"
    )
    assert len(paragraphs(f"{caption}\n\n3\n\n{after}")) == 2
    # and a lead broken after its first comma does not draw the caption into it
    lead = "东岭网南岭4月28日讯(记者 齐彦红 通讯员 郅凤霞)4月27日,"
    for caption in ("项目签约现场。 郅凤霞 供图", "图为开工现场。 南岭市委宣传部供图"):
        assert paragraphs(f"{caption}\n\n{lead}\n\n南岭县举行推介会。")[0] == caption
    # a prose line broken mid-word still joins the next
    broken = "这是一段很长的正文，用来说明分页时的断行处理方式，以及相关的规则和例外情况，最后提到了远程拍"
    assert len(paragraphs(broken + "\n\n摄工作的安排。")) == 1


def test_crlf_indents_and_residue_lines():
    text = "标题在这里\r\n\r\n\u3000\u3000正文第一段。\r\n7277\r\n"
    assert paragraphs(text) == ["标题在这里", "正文第一段。"]


def test_a_picture_s_note_is_no_paragraph():
    text = "南岭新闻\n(资料图片)\n正文第一段。\n（图片来源：网络）\n（图为南岭县城）\n"
    assert paragraphs(text) == ["南岭新闻", "正文第一段。", "（图为南岭县城）"]
    # A page that opens with the note has no headline, not the note for one.
    page = "(资料图片)\n\n3月30日，南岭县重点项目集中开工仪式举行。\n"
    assert [a.title for a in split_articles(page)] == [""]


def test_an_outlet_and_its_time_stand_alone_between_headline_and_lead():
    page = (
        "南岭5G大数据中心赋能城市高质量发展 东岭区集中开工8个项目,总投资15.4亿元\n\n"
        "南岭日报 2022-02-17 07:56\n\n"
        "本报讯(全媒体记者 衣文萍 通讯员 揣志国)16日,东岭区举行项目集中开工活动。\n"
    )
    (article,) = split_articles(page)
    assert article.title.startswith("南岭5G大数据中心")
    assert article.byline.reporters == ("衣文萍",)


def test_the_seed_holds_two_articles():
    first, second = seed_articles()
    assert first.title == "“云签约”赋能郑东新区高质量招商"
    assert first.subtitle == "总投资超64亿元 聚焦区块链、人工智能等领域"
    assert first.date == "5月30日"
    assert first.byline.reporters == ("马燕", "王阳")
    assert first.byline.correspondents == ("李盼",)
    assert "着力打造科技创新高地" in first.headings
    assert second.title == "孙建功调研督导辖区党建工作"
    assert second.subtitle == "对照“五星”标准全面提升基层治理能力"
    assert second.date == "5月31日"
    assert second.byline.reporters == ("马燕",)
    assert second.byline.correspondents == ("游昆鹏", "张二万")
    # Bylines are not body text.
    assert not any("通讯员" in p for p in first.paragraphs + second.paragraphs)


def test_a_text_without_a_headline_is_one_article():
    (article,) = split_articles(
        "5月3日，市政府召开常务会议，研究部署近期重点工作。\n会议强调，要抓好落实。"
    )
    assert article.title == ""
    assert article.date == "5月3日"
    assert len(article.paragraphs) == 2


def test_a_lead_marker_starts_an_article_after_a_byline():
    text = (
        "第一篇报道的标题\n5月1日，第一篇报道的正文写在这里，内容比较长，足以构成一个段落。\n记者 张三\n"
        "第二篇报道的标题\n本报讯 5月2日，第二篇报道的正文写在这里，内容同样比较长，足以构成一个段落。"
    )
    titles = [a.title for a in split_articles(text)]
    assert titles == ["第一篇报道的标题", "第二篇报道的标题"]


def test_a_photo_credited_in_brackets_before_the_lead_is_no_article():
    # 集中开工活动现场(某县委宣传部供图)。 opening a page that lost its headline: the
    # picture's caption, then the dateline's lead, all one article.
    text = (
        "集中开工活动现场(南岭县委宣传部供图)。\n"
        "新华社客户端东岭11月2日电(记者王全超)11月2日，东岭市南岭县2021年第三次重点项目集中"
        "开工活动在北岭镇举行。\n此次集中开工的61个项目，总投资58.3亿元。\n"
    )
    articles = split_articles(text)
    assert len(articles) == 1
    assert articles[0].byline.reporters == ("王全超",)


@pytest.mark.parametrize(
    "line, reporters, correspondents, photographers",
    [
        ("记者 马燕 王阳 通讯员 李盼 文/图", ("马燕", "王阳"), ("李盼",), ()),
        ("■本报记者 张三", ("张三",), (), ()),
        ("(张三/文 李四/图)", ("张三",), (), ("李四",)),
        ("图片均由记者李桂柏 黄柏秀\u3000廖梓杰 摄", (), (), ("李桂柏", "黄柏秀", "廖梓杰")),
        ("摄影 王五", (), (), ("王五",)),
        ("摄影报道:吕卫锋", (), (), ("吕卫锋",)),
        ("本报记者 刘洋 实习生 陈晨", ("刘洋",), ("陈晨",), ()),
        # the outlet before the role
        ("极目新闻记者 赵德龙", ("赵德龙",), (), ()),
        ("顶端新闻·河南商报记者 张治中 见习记者 周美娇", ("张治中", "周美娇"), (), ()),
        ("新重庆-重庆日报记者 王翔", ("王翔",), (), ()),
        ("本报通讯员 王宇 报道", (), ("王宇",), ()),
        # where the report comes from, after the names; what they wrote, before them
        ("大众网·海报新闻记者 高志玟 通讯员 陈宝滨 德州报道", ("高志玟",), ("陈宝滨",), ()),
        ("记者 高志玟 哈尔滨报道", ("高志玟",), (), ()),
        # ... unless it is the last reporter's name, glued to 报道
        ("(县融媒体中心全媒体记者刘明正 吴笙铭报道)", ("刘明正", "吴笙铭"), (), ()),
        ("文、图/羊城晚报全媒体记者 曹月 欧阳志强", ("曹月", "欧阳志强"), (), ()),
        ("文|记者 王俊 李晓旭", ("王俊", "李晓旭"), (), ()),
        ("作者丨陈艳军", ("陈艳军",), (), ()),  # (丨, the CJK stroke, for the bar)
        ("记者 张朝广 麦 毅", ("张朝广", "麦毅"), (), ()),  # a name padded to three
        # what reposting sites write for 记者; an outlet with Latin letters
        ("采访人员 尹耀增 通讯员 刚察宣", ("尹耀增",), ("刚察宣",), ()),
        ("(经济日报采访人员 柳洁 通讯员 万永庄)", ("柳洁",), ("万永庄",), ()),
        ("看看新闻Knews记者 谢丹青", ("谢丹青",), (), ()),
        # credits name by name, also run together; text and pictures by one person
        ("文/郝新颖图/孙朝晖", ("郝新颖",), (), ("孙朝晖",)),
        ("图文/苏扬", ("苏扬",), (), ()),
        ("文 付柳", ("付柳",), (), ()),
        ("文/图:沈来", ("沈来",), (), ()),
        ("(文/图 第三建设集团 王贵宾)", ("王贵宾",), (), ()),  # (with the writer's employer)
        ("文/图 记者 尹明", ("尹明",), (), ()),
        ("莫舒华 莫新雄 文/图", ("莫舒华", "莫新雄"), (), ()),  # (the mark after the names)
        # who supplied the text, after their employer; an outlet spaced off after the page's date
        ("供稿:安乡交通局 邓锋", ("邓锋",), (), ()),
        ("(作者:【全媒体记者】陆军 吴磊)", ("陆军", "吴磊"), (), ()),  # a bracketed role inside
        ("(南岭广电-第1眼TV记者 杨汶霖 唐畅)", ("杨汶霖", "唐畅"), (), ()),  # digits in the outlet
        ("供稿:陈思伦 卢锡江    审核:张俊", ("陈思伦", "卢锡江"), (), ()),
        (
            "2025-04-10 黔东南州融媒体中心 通讯员 怡柯 记者 韦启悬 李雄",
            ("韦启悬", "李雄"),
            ("怡柯",),
            (),
        ),
        # a role with its prefix run into the name before it; a radio station's 之声
        ("记者高乐见习记者黄晓巍", ("高乐", "黄晓巍"), (), ()),
        ("记者张文君特约记者郝少波", ("张文君", "郝少波"), (), ()),
        # names run together, then a prefixed role marked with a slash; a posting is no name
        ("记者/刘栋铭顾大炜见习记者/杨建雄", ("刘栋铭", "顾大炜", "杨建雄"), (), ()),
        ("驻昆山首席记者 朱新国", ("朱新国",), (), ()),
        ("浙江之声记者王晓玲,通讯员张凌翊报道", ("王晓玲",), ("张凌翊",), ()),
        ("南方财经全媒体记者陈梦璇 南沙报道", ("陈梦璇",), (), ()),
        ("封面新闻记者 杨霁月", ("杨霁月",), (), ()),  # (no names run together)
        # a mark between a role and its names; a layout's □ between names
        ("全媒体记者/温琳 通讯员/张坚煜", ("温琳",), ("张坚煜",), ()),
        ("采访人员|张文辉", ("张文辉",), (), ()),
        ("记者 樊春勤 □ 张静攀 张正行", ("樊春勤", "张静攀", "张正行"), (), ()),
        ("周一民、伊洋/摄影报道", (), (), ("周一民", "伊洋")),
        ("图文:张莉娜", ("张莉娜",), (), ()),
        ("图文编辑:吴滟", (), (), ()),  # an editor, no author
        # a county media centre before its role; a padded name run into its role; a
        # local outlet among the names it sent
        ("南岭县融媒体中心记者张三", ("张三",), (), ()),
        ("记者陶 然", ("陶然",), (), ()),
        ("川观新闻记者 李明远 南岭观察 周小燕", ("李明远", "周小燕"), (), ()),
        ("记者 张朝晖 南岭时报 马沂峰 通讯员 庞杰 文/图", ("张朝晖", "马沂峰"), ("庞杰",), ()),
        # a video's credits; a backslash for the slash; the picture's agency after one
        ("文字:何辉", ("何辉",), (), ()),
        ("文字 | 杨春明", ("杨春明",), (), ()),
        ("摄像 | 敖卓麟", (), (), ("敖卓麟",)),
        ("通讯员 | 商务局 吴恬", (), ("吴恬",), ()),  # the employer, then the writer
        # the page's date and time, its outlet and the people, split by bars
        (
            "2018-11-08 17:35 | 南岭新闻客户端 | 记者 周松华 通讯员 江幼红",
            ("周松华",),
            ("江幼红",),
            (),
        ),
        ("摄像:李挥", (), (), ("李挥",)),
        ("文\\图:何燕祖", ("何燕祖",), (), ()),
        ("记者 罗斌 特约摄影 钟志兵\\视觉重庆", ("罗斌",), (), ("钟志兵",)),
        ("文字报道:王华 张晓玲", ("王华", "张晓玲"), (), ()),
        ("南岭手机报 王华 通讯员 张晓玲 胡霜月", ("王华",), ("张晓玲", "胡霜月"), ()),
        ("孙庆刚 本报记者 程传军", ("孙庆刚", "程传军"), (), ()),  # a writer before the role
        ("文稿:王华 校对:张晓玲 审核:胡霜月", ("王华",), (), ()),  # (editors not counted)
        ("(本报记者张晓玲整理)", ("张晓玲",), (), ()),  # compiled by
        # (a station after a name; a bracket left open where the page was cut)
        ("记者:贾晓瑜 侯 超 刘 翊(汾阳台) 车 骁(", ("贾晓瑜", "侯超", "刘翊", "车骁"), (), ()),
    ],
)
def test_byline_forms(line, reporters, correspondents, photographers):
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.reporters, byline.correspondents, byline.photographers) == (
        reporters,
        correspondents,
        photographers,
    )


@pytest.mark.parametrize(
    "line",
    [
        "着力打造科技创新高地",
        "郑东新区",
        "记者会上，他表示将继续推进。",
        "文明 城市",
        "文 化工园区",
        "项目 建设 文/图",  # (words before the mark, not people)
        "活动现场 记者 张三",  # (a caption's words are no writer: 活 is no surname)
    ],
)
def test_other_lines_are_not_bylines(line):
    assert parse_byline(line) is None


def test_a_credit_in_brackets_leaves_the_lead():
    text, byline = split_lead_credit("本报讯(记者黄柏秀 文欢 莫保义)“现在，我宣布开工!”")
    assert text == "本报讯 “现在，我宣布开工!”"
    assert byline is not None and byline.reporters == ("黄柏秀", "文欢", "莫保义")


def test_a_spaced_credit_after_a_named_outlet_leaves_the_lead():
    text, byline = split_lead_credit(
        "南岭网消息(南岭晚报) 记者 王华 实习生 吴芳 通讯员 张晓玲、胡霜月 报道:继某工业园落成后，近日开工。"
    )
    assert text == "南岭网消息(南岭晚报) 继某工业园落成后，近日开工。"
    assert byline is not None and byline.reporters == ("王华",)
    assert byline.correspondents == ("吴芳", "张晓玲", "胡霜月")


def test_a_box_mark_between_names_copied_as_a_character_is_no_name():
    text, byline = split_lead_credit(
        "本报讯 (记者 王华 口 胡霜月 张晓玲)为推动项目落地,南岭县举行签约活动。"
    )
    assert text == "本报讯 为推动项目落地,南岭县举行签约活动。"
    assert byline is not None and byline.reporters == ("王华", "胡霜月", "张晓玲")


def test_a_caption_credit_with_a_slash_before_its_mark():
    text = "南岭县项目集中开工\n本报讯 南岭县举行集中开工仪式。\n签约仪式现场。 记者 李征航/摄\n"
    article = split_articles(text)[0]
    assert article.byline.photographers == ("李征航",)
    assert article.paragraphs[-1] == "签约仪式现场。"


def test_news_dev_articles_are_one_each_with_their_headline():
    folder = shared("data", "news-dev", "articles")
    for path in sorted(folder.glob("*.txt")):
        found = split_articles(path.read_text(encoding="utf-8"))
        assert len(found) == 1, path.name
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        if not first_line.startswith("本报讯"):
            assert found[0].title == first_line


def _gold_files():
    import json

    from conftest import SAMPLES

    for path in sorted((SAMPLES / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        yield pytest.param(SAMPLES / gold["file"], gold["articles"], id=gold["file"])


@pytest.mark.parametrize("path, gold", list(_gold_files()))
def test_samples_split_into_their_gold_articles_and_bylines(path, gold):
    found = split_articles(path.read_text(encoding="utf-8"))
    assert [(a.title, a.subtitle) for a in found] == [
        (g["title"], g.get("subtitle") or "") for g in gold
    ]
    for article, expected in zip(found, gold, strict=True):
        byline = article.byline
        assert sorted(byline.reporters) == sorted(expected.get("reporters", []))
        assert sorted(byline.correspondents) == sorted(expected.get("correspondents", []))
        if "photographers" in expected:
            assert sorted(byline.photographers) == sorted(expected["photographers"])


@pytest.mark.parametrize(
    "before, after, joined",
    [
        ("签约项目包括绿色新材料产业", "业园、智能装备基地等。", "绿色新材料产业园、"),
        ("代表团将出席第六届中国", "国际进口博览会。", "第六届中国国际进口博览会"),
        ("演出由北京", "京剧院承担。", "北京京剧院承担"),
    ],
)
def test_a_repeated_character_at_a_page_break(before, after, joined):
    prose = "这是一段很长的正文，用来说明分页时的断行处理方式，以及相关的规则和例外情况，"
    text = "\n".join(paragraphs(prose + before + "\n\n" + after))
    assert joined in text


def test_a_headline_broken_over_lines_and_numbered_sections_stay_one_article():
    text = (
        "3月3日上午10:00\n南岭市2020年第一批重点建设项目\n集中开工\n暨南岭健康新区建设项目一期工程\n"
        "举行开工仪式\n本次集中开工的重点项目共有三个，总投资13.4亿元。\n重点项目介绍\n一\n"
        "南岭防水材料有限公司年产1500万平方米防水卷材项目\n"
        "南岭防水材料有限公司年产1500万平方米防水卷材项目：总投资3亿元，主要建设生产车间。\n二\n"
        "南岭制衣有限公司年产5000万件服装加工项目\n"
        "南岭制衣有限公司年产5000万件服装加工项目：总投资5亿元，主要建设办公楼。\n"
    )
    articles = split_articles(text)
    assert len(articles) == 1
    assert "南岭制衣有限公司年产5000万件服装加工项目" in articles[0].text


def test_a_numbered_list_of_labelled_lines_stays_one_article():
    text = (
        "东岭11个项目纳入省重点建设项目名单\n省发改委日前发布了名单，我市共有11个项目纳入其中。\n"
        "东岭入选项目分别是：\n一、基础设施 交通网—高速公路：北岭至南岭高速公路扩容工程\n"
        "西岭至东岭（省界）高速公路\n能源网 ：北岭电厂灵活送电工程\n二、生态环保 ： 东岭稀贵金属综合回收项目\n"
    )
    assert len(split_articles(text)) == 1
    # (likewise with a page's ASCII colons)
    assert len(split_articles(text.replace("：", ":"))) == 1


def test_a_run_of_captions_in_an_article_starts_no_new_one():
    text = (
        "5月8日上午，南岭县举行第八期集中开工活动，南岭电气城二期项目作为主会场项目。\n\n"
        "县委副书记王某主持开工仪式\n\n县委书记李某作重要讲话\n\n"
        "市人大常委会副主任赵某下达开工令\n\n参加仪式领导共同为项目奠基培土\n\n"
        "此次共有13个项目集中开工，总投资102亿元，主会场开工的南岭电气城二期项目总投资12.8亿元。\n"
    )
    assert len(split_articles(text)) == 1
    # A headline and its subtitle after an article's body still start the next one.
    text = (
        "南岭县集中开工\n\n5月8日，南岭县举行集中开工活动。\n\n"
        "北岭县集中签约\n\n12个项目总投资50亿元\n\n5月9日，北岭县举行集中签约活动。\n"
    )
    assert [a.title for a in split_articles(text)] == ["南岭县集中开工", "北岭县集中签约"]


def test_captions_that_name_what_the_article_named_start_no_new_one():
    text = (
        "11月12日上午，南岭镇举行四季度重大项目集中开工仪式，此次集中开工共计3个项目。\n\n"
        "据悉，此次集中开工的项目为：投资2亿元的智诺科技产业项目、投资1亿元的九黎科技产业园"
        "项目、投资600万元的芦溪村综合楼项目。\n\n"
        "智诺科技产业项目\n\n九黎科技产业园项目\n\n"
        "近年来，南岭镇上下围绕“工业强镇”的目标要求，推动项目落地。\n"
    )
    assert len(split_articles(text)) == 1


def test_captions_that_say_they_show_a_design_start_no_new_one():
    text = (
        "南岭集中开工3宗项目\n\n"
        "据了解,此次南岭集中开工的3宗项目分别为:南岭县湾岭学校学生宿舍项目、"
        "南岭县红岭水库移民安置建设项目、南岭县体育中心项目(二期工程)。\n\n"
        "南岭县红岭水库移民安置建设项目(效果图)\n\n"
        "南岭县体育中心项目(二期工程)(效果图)\n\n"
        "为做好一季度工作,南岭将集中开工项目列入重点督办事项。\n"
    )
    assert len(split_articles(text)) == 1


def test_captions_labelled_as_captions_start_no_new_one():
    text = (
        "南岭区今年60项重大工程项目出炉\n\n"
        "近日，南岭区梳理形成重大工程项目清单，其中产业项目包括北岭半导体、西岭智算中心等。\n\n"
        "图说：东岭轨道交通3号线西延伸\n\n图注：南岭公路匝道\n\n"
        "围绕基础设施建设，清单中包含了东岭轨道交通3号线西延伸、南岭公路匝道等20个工程项目。\n"
    )
    assert len(split_articles(text)) == 1


def test_a_pictures_credit_and_a_report_closed_by_a_full_stop_are_bylines():
    text = (
        "南岭市政协主席调研\n\n南岭市政协主席张某到南岭经济技术开发区调研。\n\n"
        "南岭广播电视台记者江汉、通讯员王晓春报道。\n"
    )
    (article,) = split_articles(text)
    assert article.byline.reporters == ("江汉",)
    assert article.byline.correspondents == ("王晓春",)
    text = (
        "省长在南岭调研\n\n一鼓作气实现目标任务\n\n张某参加有关调研\n\n"
        "▲摄影|南岭日报首席记者林君\n\n南岭网讯(南岭日报记者刘勇)6月7日,省长在南岭调研。\n"
    )
    (article,) = split_articles(text)  # (the picture's credit starts no article)
    assert "林君" in article.byline.reporters + article.byline.photographers


def test_a_production_credit_before_the_credits_starts_no_new_article():
    text = (
        "南岭市15个项目集中开工\n\n此次集中开工的15个项目涉及绿色化工、高端装备等领域。\n\n"
        "南岭日报新媒体出品\n记者|刘振兴 董天力 编辑|王琳\n审核|张晓航 终审|朱代军\n"
    )
    (article,) = split_articles(text)
    assert article.byline.reporters == ("刘振兴", "董天力")


def test_a_long_record_line_opening_a_page_is_its_byline_not_its_headline():
    line = "2018-11-08 17:35 | 南岭新闻客户端 | 记者 周松华 通讯员 江幼红 严世君"
    (article,) = split_articles(f"{line}\n\n11月8日下午，南岭县举行项目签约仪式。\n")
    assert article.title == ""
    assert article.byline.reporters == ("周松华",)


def test_names_between_middle_dots_closing_an_article_are_its_byline():
    text = "南岭县招商引资持续升温\n南岭县全力推进项目建设。\n·黄俊军 王明·\n"
    assert split_articles(text)[0].byline.reporters == ("黄俊军", "王明")
    # words between dots are no people
    text = "南岭县招商引资持续升温\n南岭县全力推进项目建设。\n·全面推进·\n"
    assert not split_articles(text)[0].byline


def test_a_record_line_with_bars_for_colons_is_a_byline():
    text = (
        "南岭县集中开工\n12个项目集中开工。\n"
        "来源 ¦ 南岭网 南岭日报  作者 ¦ 曹霓 章巧慧 王涛\n编辑 ¦ 陈也  编审 ¦ 毛宇峰\n"
    )
    assert split_articles(text)[0].byline.reporters == ("曹霓", "章巧慧", "王涛")


def test_a_short_record_line_opening_a_page_is_its_byline_not_its_headline():
    line = "2016年07月03日 来源:南岭日报 作者:罗侠 梁波"
    (article,) = split_articles(f"{line}\n\n6月28日,南岭市举行第二季度项目集中开竣工活动。\n")
    assert article.title == ""
    assert article.byline.reporters == ("罗侠", "梁波")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a katakana middle dot between two outlets
        (
            "每日南岭网东岭讯(南岭日报・每日南岭网记者杨世智)6月27日上午,东岭县19个项目开工。",
            ["杨世智"],
        ),
        # a bullet operator between two outlets, on the line under the headline
        (
            "东岭县14个项目集中签约\n\n南岭日报∙新南岭客户端记者 李瑞才\n\n全县招商引资百日冲刺行动结出硕果。",
            ["李瑞才"],
        ),
        # a layout's bar between the role and its names
        (
            "南岭县调研开复工重点工作\n(记者 ▏齐云起 王国超)\n3月9日,县长王某调研开复工工作。",
            ["齐云起", "王国超"],
        ),
        # a mark, then the name, after the last sentence
        (
            "南岭县举行公路开工仪式\n11月30日,南岭县举行公路改扩建工程项目开工仪式,具有重要意义。 □黄正西",
            ["黄正西"],
        ),
        # an outlet alone before the bracket, a role in it
        (
            "南岭县举行项目集中开工仪式\n黄冈新闻网(通讯员 刘世民 王婧 陈钦)11月8日上午,南岭县举行项目集中开工仪式。",
            ["刘世民", "王婧", "陈钦"],
        ),
        # a colon after the names ends the credit
        (
            "南岭区招商引资成效明显\n安康新网讯 通讯员 陈朝利 叶明波:今年以来,南岭区加大招商引资力度。",
            ["陈朝利", "叶明波"],
        ),
    ],
)
def test_credits_marked_by_a_dot_a_bar_a_box_a_bracket_or_a_colon(text, people):
    (article,) = split_articles(text)
    assert sorted(article.byline.reporters + article.byline.correspondents) == sorted(people)


def test_图文_before_the_role_is_no_name():
    text = "南岭市重大项目建设进展顺利\n\n图文/记者:艾尼瓦尔、张明先\n\n6月16日,南岭市重大项目建设进展顺利。"
    (article,) = split_articles(text)
    assert article.byline.reporters == ("艾尼瓦尔", "张明先")


def test_a_typo_of_a_role_is_the_role_and_a_speech_s_subheading_no_name():
    text = "南岭县考察\n映象网讯（记者 杨晓 见习记者 冯创新 通迅员 曹聪）3月22日，南岭县考察团到东岭县考察。"
    (article,) = split_articles(text)
    assert article.byline.correspondents == ("曹聪",)
    text = "南岭州30个项目集中开工\n3月2日,南岭州30个项目集中开工。\n\n马忠俊强调\n\n此次30个项目的开工建设意义重大。"
    (article,) = split_articles(text)
    assert article.byline.reporters == ()


def test_a_short_caption_between_a_headline_and_its_lead_keeps_them_together():
    for caption in ("开工仪式现场。", "图为:开工仪式现场。(本报视界网张三 摄)"):
        text = (
            f"南岭县4个项目开工\n\n{caption}\n\n本报讯 3月2日上午，南岭县举行项目集中开工仪式。\n"
        )
        (article,) = split_articles(text)
        assert (article.title, article.date) == ("南岭县4个项目开工", "3月2日")
    # a short line opening a page is no caption under a headline: what follows is read on
    text = "庄稼地里也能种出希望。\n\n本报讯靠种田能不能致富？\n\n一个村能不能靠种田脱贫？\n\n记者调查了三个县。\n"
    assert split_articles(text)[-1].title == "本报讯靠种田能不能致富？"


def test_a_list_set_an_item_or_two_a_line_is_one_paragraph():
    # phone layouts break a sentence's list over short lines, each ending in 、 or 等
    text = (
        "在开工仪式上，我市集中开工\n\n南岭中学、东岭幼儿园、\n\n北岭小学西校区、\n\n"
        "西岭幼儿园（以上均为暂用名）等\n\n8个重大项目\n\n其中市直属学校项目1个。"
    )
    assert paragraphs(text)[0] == (
        "在开工仪式上，我市集中开工南岭中学、东岭幼儿园、北岭小学西校区、"
        "西岭幼儿园（以上均为暂用名）等8个重大项目"
    )
    # an item broken after a bracket inside it, between items each ending in 、
    text = "包括南岭中学、\n\n东岭产业园(北岭)\n\n农副产品集散基地项目、\n\n西岭幼儿园等。"
    assert paragraphs(text) == [
        "包括南岭中学、东岭产业园(北岭)农副产品集散基地项目、西岭幼儿园等。"
    ]
    # a heading (no sentence punctuation) before a list line stays a heading
    assert paragraphs("重点项目\n\n南岭中学、东岭幼儿园、\n\n北岭小学等")[0] == "重点项目"


def test_a_first_line_with_a_comma_and_no_sentence_s_end_is_a_headline_not_a_broken_line():
    head = "签约动工19宗项目 总投资近500亿元 南岭县打造千亿级产业园区,联动承接北岭产业"
    assert len(head) >= 40
    text = f"{head}\n\n扫码看园区规划\n\n本报讯(记者/周欢张峰)29日，南岭县举行集中签约。\n"
    (article,) = split_articles(text)
    assert (article.title, article.byline.reporters) == (head, ("周欢", "张峰"))
    # a body's line broken by the page, a line after the first, is still joined
    body = "本报讯 29日，南岭县举行集中签约，联动承接北岭产业，总投资近500亿元的19宗项目签约动"
    assert paragraphs(f"{head}\n\n{body}\n\n工。\n")[1:] == [body + "工。"]


def test_the_headline_repeated_before_each_photo_starts_no_article():
    # a page that puts its headline in every photo's alt text, with the caption after it
    head = "南岭物流园项目开工仪式举行"
    text = (
        f"{head}\n\n11月20日，南岭物流园项目开工仪式举行。市委书记某某出席。\n\n"
        f"{head}\n\n开工仪式现场\n\n仪式上，某某宣布项目开工。\n\n"
        f"{head}\n\n某某宣布项目开工\n\n项目总投资25亿元。\n"
    )
    articles = split_articles(text)
    assert [a.title for a in articles] == [head]
    assert "项目总投资25亿元。" in articles[0].paragraphs
    # another headline after a body still starts the next article
    assert len(split_articles(text + "\n北岭县集中签约\n\n5月9日，北岭县举行集中签约活动。\n")) == 2


def test_a_long_first_headline_and_the_page_s_record_lines_start_no_article():
    head = "2024年全市第三次重大项目集中开工签约暨南岭天子山抽水蓄能电站项目开工动员大会举行"
    assert len(head) > 40
    text = (
        f"{head}\n\n2024-09-30 09:09\n\n来源: 南岭日报\n\n发布机构:市数据局\n\n"
        "南岭日报讯 9月29日上午，开工动员大会在南岭县举行。市委书记某某出席并宣布开工。\n\n"
        "此次集中开工签约活动，共开工重大项目43个。\n"
    )
    articles = split_articles(text)
    assert [a.title for a in articles] == [head]
    assert articles[0].subtitle == ""
    # two articles on one page still split where the second headline and lead begin
    two = text + "\n北岭县集中签约\n\n北岭日报讯 5月9日，北岭县举行集中签约活动。\n"
    assert [a.title for a in split_articles(two)] == [head, "北岭县集中签约"]


def test_an_article_s_source_line_stands_alone():
    # 文章来源:… 字号:【小】 【大】 ends in no sentence mark, yet never runs on into the lead.
    text = (
        "南岭县4个重点建设项目开工\n\n文章来源:南岭县融媒体中心 发布时间:2019年03月14日 字号:【小】 【大】\n\n"
        "3月12日上午，南岭县举行2019年第一季度重点建设项目集中开工仪式。\n"
    )
    article = split_articles(text)[0]
    assert article.paragraphs[-1].startswith("3月12日上午")


@pytest.mark.parametrize(
    "residue",
    [
        "QQ截图20210301111427.jpg",  # a picture's file name
        "06.09.2015  10:28",  # a time stamp, day first
        "2023-06-26 11:41:35 来源:杭州",  # a time stamp and the source
        "每日经济新闻 张强 每经编辑|杨欢",  # an editor's credit
    ],
)
def test_page_residue_before_a_lead_starts_no_article(residue):
    text = (
        "南岭9个产业项目集中开工\n\n南岭县委书记某某会见北岭集团一行。记者 某某 摄\n\n"
        f"{residue}\n\n南岭日报讯 9月2日下午，南岭县9个产业项目集中开工，总投资26.5亿元。\n"
    )
    assert [a.title for a in split_articles(text)] == ["南岭9个产业项目集中开工"]


def test_the_headline_again_respaced_or_cut_short_starts_no_article():
    text = (
        "湖南南岭：9个产业项目集中开工 总投资26.5亿元\n\n3月1日，南岭县9个产业项目集中开工。\n\n"
        "湖南南岭：9个产业项目集中开工  总投资26.5亿\n\n仪式现场\n\n项目涵盖新材料、电子信息等产业。\n"
    )
    assert len(split_articles(text)) == 1


def test_a_headline_may_exclaim_before_its_news():
    head = "总投资超80亿元！南岭县集中开工6个重大项目"
    text = f"{head}\n\n3月1日上午，南岭县举行重大项目集中开工仪式。\n"
    assert [a.title for a in split_articles(text)] == [head]


@pytest.mark.parametrize(
    "line, people",
    [
        (
            "发布时间:2024-04-07 10:40:41 | 来源:中国网 | 作者:买祥发、史笑妍 | 责任编辑:赵茜",
            ("买祥发", "史笑妍"),
        ),
        (
            "来源:江华融媒体中心 作者:蒋林锋 钟芳玲 实习生:潘嘉诚 编辑:刘翥 2021-03-01 16:43:19",
            ("蒋林锋", "钟芳玲", "潘嘉诚"),
        ),
        ("作者:任庆华 来源:滨海日报 浏览次数:5600", ("任庆华",)),
        ("2020-11-16 08:00:00 来源:某旗人民政府 作者:某旗发布 责任编辑:康康", ()),  # an account
        ("来源:     作者:    发布日期:2022-05-13    点击数:", ()),  # empty fields
        ("来源:本站 作者:办公室", ()),  # a desk
        ("发布时间:2016-12-26 作者:派智库 来源:云南网", ()),  # a think tank's account
        ("发布时间:2024-06-24来源: 农业农村部 作者:佚名", ()),  # anonymous
        ("作者:本网编辑 文章来源:南岭物流网 发布时间:2010-12-13", ()),  # the site's desk
        ("作者:本台记者", ()),  # the station's reporter, unnamed
        ("2024-02-28 17:49:06来源:南岭发布 作者:深无协", ()),  # an association's short name
        ("发布时间:2012-05-31作者:南岭报", ()),  # a paper, not a person
        ("作者:今日南岭", ()),  # a county's news site
        ("来源:南岭日报作者:记者 杨兰玲 吴贵民", ("杨兰玲", "吴贵民")),  # the role again
        ("来源:南岭网    刘笑非 林朱辉    发表时间:11/27/2018", ("刘笑非", "林朱辉")),
        ("来源:南岭日报(记者 孙刚) 编辑:孙迟", ("孙刚",)),  # the source's credit in brackets
        ("发布时间:2023-11-17来源:民进南岭区工委 彭珊", ("彭珊",)),  # a body, then its writer
        ("2025-04-28 南岭新闻网 杨庭军 王先春 邰 有", ("杨庭军", "王先春", "邰有")),  # date, outlet
        ("2020-09-24 08:00:00 来源:南岭区人民政府门户网站 作者:消息 责任编辑:康康", ()),
        ("2016年08月10日 18:05:40 来源: 南岭日报 王华", ("王华",)),  # the source, then its writer
        ("时间:2014年03月04日 来源:南岭文化报 作者:陶 然", ("陶然",)),  # a padded name
        ("【 作者:南岭县城建发展有限公司 王华 】", ("王华",)),  # the employer, then the author
        ("来源:南岭新闻网 作者:王华 胡霜月 发表时间:09-30 11:45", ("王华", "胡霜月")),
        # the author field holds a whole byline, roles run into names
        (
            "2023-08-04   来源:南岭新闻网-南岭日报   作者:记者蒙思婷 通讯员韦宁 黄家胜   网络编辑:何美凡",
            ("蒙思婷", "韦宁", "黄家胜"),
        ),
        ("来源:南岭日报  作者:通讯员 赵永辉 发布时间:2019/09/11 字号:", ("赵永辉",)),
        ("来源: 《南岭日报》 作者: 通讯员 谭继涛 苗宏伟 字体:", ("谭继涛", "苗宏伟")),
        ("来源: 中国南岭网·南岭商报 作者: 商报记者 张云飞", ("张云飞",)),  # the outlet's role
        ("来自: 南岭日报 ;张亚鸽", ("张亚鸽",)),
        ("来源:南岭日报·新南岭客户端记者 龚键荣 文/图", ("龚键荣",)),
        ("• 2018-06-13   《南岭日报》   记者 黎寒池", ("黎寒池",)),
        ("nl.fjsen.com  2015-06-04 09:02:50  杨国才 夏巧鸿 来源:南岭侨乡报", ("杨国才", "夏巧鸿")),
        ("南岭晚报·南岭壹点 通讯员 张斌", ("张斌",)),  # the paper, then its app
        ("南岭晚报南岭客户端 记者 张斌", ("张斌",)),
    ],
)
def test_a_web_page_s_record_line_names_its_authors(line, people):
    article = split_articles(f"南岭县项目集中开工\n{line}\n3月1日，南岭县举行集中开工仪式。\n")[0]
    assert (*article.byline.reporters, *article.byline.correspondents) == people


def test_credits_in_leads_captions_and_at_the_end():
    text = (
        "南岭县项目集中开工\n中新网南岭3月9日电(王华 胡霜月)南岭县举行集中开工仪式。\n"
        "活动现场。记者 李征航 摄\n项目奠基仪式现场 摄影 肖红光\n"
        "项目总投资12亿元。(张晓玲 记者 孙伟民)\n项目建成后将带动就业。(高雷、卢增晖)\n"
    )
    byline = split_articles(text)[0].byline
    assert byline.reporters == ("王华", "胡霜月", "张晓玲", "孙伟民", "高雷", "卢增晖")
    assert byline.photographers == ("李征航", "肖红光")
    # both roles in a caption's credit, at a report's end, in an outlet's inline lead
    text = (
        "南岭县项目集中开工\n南岭网讯 南岭县新闻传媒中心记者王华 通讯员胡霜月报道:3月9日,"
        "南岭县举行集中开工仪式。\n仪式现场。南岭日报记者李征航 通讯员肖红光 摄\n"
        "项目总投资12亿元。□记者 张晓玲 通讯员 孙 伟\n"
    )
    byline = split_articles(text)[0].byline
    assert (byline.reporters, byline.correspondents) == (("王华", "张晓玲"), ("胡霜月", "孙伟"))
    assert byline.photographers == ("李征航", "肖红光")
    lead = "【南岭商报网讯】记者 王华 报导:3月9日,南岭县举行集中开工仪式。"
    assert split_articles(f"南岭县项目集中开工\n{lead}\n")[0].byline.reporters == ("王华",)
    lead = "南岭新闻网(南岭县融媒体中心)(记者王华、胡霜月)3月9日,南岭县举行集中开工仪式。"
    assert split_articles(f"南岭县项目集中开工\n{lead}\n")[0].byline.reporters == ("王华", "胡霜月")
    lead = "【南岭网·独家报道】(记者 王华 实习生 胡霜月)3月9日,南岭县举行集中开工仪式。"
    byline = split_articles(f"南岭县项目集中开工\n{lead}\n")[0].byline
    assert (byline.reporters, byline.correspondents) == (("王华",), ("胡霜月",))
    # a county paper's closing names, one with a compound surname; a credit cut by the page
    text = (
        "南岭县项目集中开工\n项目建成后将带动就业。(皇甫秀玲)\n项目总投资12亿元。 (记者王华 通讯\n"
    )
    assert set(split_articles(text)[0].byline.reporters) == {"皇甫秀玲", "王华"}
    unlabelled = "南岭在线消息(王华 胡霜月 南岭频道 张晓玲)3月9日,南岭县举行集中开工仪式。"
    reporters = split_articles(f"南岭县项目集中开工\n{unlabelled}\n")[0].byline.reporters
    assert reporters == ("王华", "胡霜月", "张晓玲")
    # a caption opening a page that lost its headline; a map's credit; a record line run
    # into its editor's field
    text = (
        "\n开工仪式现场 郭凯祥摄\n4月7日，南岭县举行集中开工仪式。\n管道工程示意图。 制图 寇博\n"
        "2020-11-26 16:28:45来源:中国网作者:朱子荣 郝留建责任编辑:王向力\n"
    )
    article = split_articles(text)[0]
    assert article.title == ""
    assert article.byline.photographers == ("郭凯祥", "寇博")
    assert article.byline.reporters == ("朱子荣", "郝留建")
    # a total's bracket after 发电, a place, a desk, a 资料图 are no one's credit
    for other in ("4月30日，光伏发电(新能源)项目签约。", "项目总投资12亿元。(南岭县)", "(资料图)"):
        assert not split_articles(f"南岭县项目集中开工\n{other}\n")[0].byline


def test_inline_lead_credits_and_a_headline_then_its_byline():
    for lead, people in (
        ("本报讯 记者石晶报道：3月28日上午，南岭县集中开工。", ("石晶",)),
        ("本报讯 揭剑华 记者陈绍鹏报道：12月30日，南岭县集中开工。", ("揭剑华", "陈绍鹏")),
        ("【本报记者熊晓芳21日电】10月19日，南岭县集中开工。", ("熊晓芳",)),  # a dispatch's day
        (
            "【本报实习记者于珈琳沈阳31日电】30日，南岭县集中开工。",
            (),
        ),  # (a place: where ends 于珈琳?)
        ("【全媒体记者 胡远 报道】1月5日，南岭县集中开工。", ("胡远",)),
        ("羊城晚报讯 记者林翎、通讯员黄圃宣摄影报道：南岭县集中开工。", ("林翎", "黄圃宣")),
        ("本报讯 记者从市商务局获悉，南岭县集中开工。", ()),  # the reporter learns, unnamed
        # names spaced off, then the day (no 报道)
        (
            "南岭网讯 记者王华 通讯员胡霜月 张晓玲 3月9日，南岭县集中开工。",
            ("王华", "胡霜月", "张晓玲"),
        ),
        # or a day said in words; a dateline between the outlet and the bracketed credit
        ("本报讯 记者 黄冉 昨日，市委书记王华率队前往南岭县调研。", ("黄冉",)),
        ("南岭新闻网讯 北京2月26日 (记者 杜燕 宋敏涛)26日，南岭县集中签约。", ("杜燕", "宋敏涛")),
        # a dispatch (某日电) before the inline credit; a county's media centre (融媒)
        ("本报南岭4月17日电记者刘成、通讯员张涛报道:10个重点项目17日开工。", ("刘成", "张涛")),
        ("南岭融媒(记者 葛佳欣)1月9日上午，南岭县集中签约。", ("葛佳欣",)),
        # a county's station before its reporters (红安台: no person)
        ("云上南岭报道(东岭台 杨林青 廖启华)东岭县强化支撑。", ("杨林青", "廖启华")),
    ):
        byline = split_articles(f"南岭县集中开工\n{lead}\n")[0].byline
        assert (*byline.reporters, *byline.correspondents) == people, lead
    # a headline with a comma is not joined to the byline after it
    head = "102亿！东岭经开区全球招商锁定半导体、新能源赛道，光谷东“链”出产业新爆点"
    article = split_articles(
        f"{head}\n极目新闻记者 赵德龙\n通讯员 龚柳颖\n3月21日上午，大会举行。\n"
    )[0]
    assert article.title == head and article.byline.correspondents == ("龚柳颖",)
    # nor a deck ending in 等 (a page that lost its headline) to the lead after it
    deck = "签约金额186.44亿元，涵盖旅游景区开发、文旅产业融合、森林康养、乡村振兴等"
    article = split_articles(
        f"{deck}\n南岭在线9月27日讯(全媒体记者 田育才)南岭旅游开发有限公司与南岭县签订投资协议。\n"
    )[0]
    assert article.title == deck and article.byline.reporters == ("田育才",)
    # a short line, then a reporter's byline, starts the next article
    two = "东岭新闻\n南岭县集中开工。\n防堵网络黄害\n本报驻加拿大记者 邹德浩\n国际互联网络的发展给社会带来了方便。\n"
    assert [a.title for a in split_articles(two)] == ["东岭新闻", "防堵网络黄害"]


@pytest.mark.parametrize(
    "line, reporters, correspondents",
    [
        ("记者李玲玲许金植", ("李玲玲", "许金植"), ()),  # names without a space between
        ("记者曹敏通讯员俞新美", ("曹敏",), ("俞新美",)),
        ("记者 颜婧文铭权", ("颜婧", "文铭权"), ()),
        ("记者 欧阳志强", ("欧阳志强",), ()),  # one name: 阳 begins no name
        ("记者 司马连竹", ("司马连竹",), ()),  # one name, though 连 begins some
        # two cuts (顾旭 昌李璇): the one into common surnames
        ("记者谢毅通讯员顾旭昌李璇李东梅", ("谢毅",), ("顾旭昌", "李璇", "李东梅")),
        ("通讯员施正言 全媒体记者吕静远", ("吕静远",), ("施正言",)),
        ("报道组 裘霞萍 赵国青", ("裘霞萍", "赵国青"), ()),
    ],
)
def test_glued_names_and_other_roles(line, reporters, correspondents):
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.reporters, byline.correspondents) == (reporters, correspondents)


@pytest.mark.parametrize(
    "end, names",
    [
        ("园区企业两不停。(刘丽萍)", ("刘丽萍",)),
        ("奠定坚实基础。(宋成均 张宝林)", ("宋成均", "张宝林")),
        ("增添发展动力。(蒋瑞姚森)", ("蒋瑞", "姚森")),
        ("列入省市项目库。(王将陈海黄学超)", ("王将", "陈海", "黄学超")),
        ("开工仪式举行。(新华社)", ()),
        ("图为现场。(资料图)", ()),
        # a two-character name padded to three, spaces inside the brackets, the paper
        # before the names, the wire's end mark after them
        ("注入强劲动能。(章 龙)", ("章龙",)),
        ("确保争列省重点项目60个以上。( 尉迟国利 )", ("尉迟国利",)),
        ("等4大领域。 (山西日报 邓焕彦 崔 杰)", ("邓焕彦", "崔杰")),
        ("总投资80多亿元。(迟焕东 赵永航)(完)", ("迟焕东", "赵永航")),
        ("绿色通道。(完)中新社南岭3月9日电 (李映民 李纯)", ("李映民", "李纯")),
        ("满意度和获得感。(刘露露 来源:花乡南岭)", ("刘露露",)),
        # one name after a space closing the last sentence
        ("投资完成率达到102%。 李瑞民", ("李瑞民",)),
        # pen names among the closing names
        ("贸易额7000万元。(江华 姗姗 秦超 凤丽)", ("江华", "姗姗", "秦超", "凤丽")),
        ("开工仪式举行。(县委 县政府 张三)", ()),
        ("投资完成率达到102%。 南岭县", ()),
        ("活动圆满结束。(完)", ()),
    ],
)
def test_the_names_that_close_a_county_report(end, names):
    article = split_articles(f"南岭县项目集中开工\n3月1日，南岭县举行集中开工仪式。{end}\n")[0]
    assert article.byline.reporters == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("南岭县集中开工\n(宝鸡新闻网 张超)4月19日，南岭县集中开工。\n", ("张超",)),
        ("南岭县集中开工\n四川在线记者 燕巧1月4日，南岭县集中开工。\n", ("燕巧",)),
        ("南岭县集中开工\n3月1日，南岭县集中开工。兰州日报社全媒体记者周靖博\n", ("周靖博",)),
        ("南岭县集中开工\n3月1日，南岭县集中开工。河南日报 记者赵振杰\n", ("赵振杰",)),
        # the outlet named as the source, or 据 it (据X客户端丨记者A 通讯员B)
        (
            "南岭县集中开工\n3月1日，南岭县集中开工。\n图文来源:南岭日报 记者赵良英、通讯员李易子\n",
            ("赵良英",),
        ),
        (
            "南岭县集中开工\n据南岭日报客户端丨记者苏庆明 通讯员陈思国\n3月1日，南岭县集中开工。\n",
            ("苏庆明",),
        ),
        ("南岭县集中开工\n(国家发改委 刘明)4月19日，南岭县集中开工。\n", ()),
        # names alone in brackets before the lead's date; not a place before other words
        ("南岭县集中开工\n(方治 张世凌) 12月28号，南岭县集中开工。\n", ("方治", "张世凌")),
        ("南岭县集中开工\n(方治 张世凌)作为项目负责人，介绍了情况。\n", ()),
        # (a page's editor after the closing credit)
        (
            "南岭县集中开工\n3月1日，南岭县集中开工。(记者 王长江) 责任编辑:guanliyuan3\n",
            ("王长江",),
        ),
        # a paper's dispatch from a city, a paper named in book-title marks, a credit alone
        ("南岭县集中开工\n本报成都电(记者 刘怀英)19日，南岭县集中开工。\n", ("刘怀英",)),
        ("《陕西日报》(记者 董芸)日前，南岭县集中开工。\n", ("董芸",)),
        ("长江日报-长江网讯(记者高喜明 通讯员李玉)\n9月19日，南岭县集中开工。\n", ("高喜明",)),
        # 号 for 日 after an inline credit; a source and its reporter closing the report
        ("南岭县集中开工\n昆明信息港讯 记者周硕 3月26号，南岭县集中开工。\n", ("周硕",)),
        ("南岭县集中开工\n3月1日，南岭县集中开工。(来源:中新网 郑江洛)\n", ("郑江洛",)),
        ("南岭县集中开工\n3月1日，南岭县集中开工。他对记者说，项目进展顺利。\n", ()),
    ],
)
def test_outlets_credited_before_a_lead_or_after_the_last_sentence(text, names):
    assert split_articles(text)[0].byline.reporters == names


@pytest.mark.parametrize(
    "text, people",
    [
        # a correspondent's byline is no news lead (本报通讯员…讯 read as 本报…讯 before)
        (
            "南岭县集中开工\n3月1日，南岭县集中开工。\n本报通讯员张琳\n韦晓平胡宇佳摄\n",
            ("张琳", "韦晓平", "胡宇佳"),
        ),
        (
            "南岭县集中开工\n项目签约现场。 郅凤霞 供图\n南岭网4月28日讯(记者 齐彦红)4月27日，南岭县集中开工。\n",
            ("齐彦红", "郅凤霞"),
        ),
        (
            "南岭县集中开工\n3月1日，南岭县集中开工。\n【全媒体记者】蒋才虎 余佩\n【通讯员】黄赟\n",
            ("蒋才虎", "余佩", "黄赟"),
        ),
        (
            "南岭县集中开工\n本报讯(记者王博 南岭区委报道组杨磊)3月1日，南岭县集中开工。\n",
            ("王博", "杨磊"),
        ),
        (
            "南岭县集中开工\n来源:县融媒体中心 记者 黄苑 付鹏\n3月1日，南岭县集中开工。\n",
            ("黄苑", "付鹏"),
        ),
        (
            "南岭县集中开工\n[来源:华声在线] [作者:周月桂 黄颀杨] [编辑:印奕帆]\n3月1日，南岭县集中开工。\n",
            ("周月桂", "黄颀杨"),
        ),
        (
            "南岭县集中开工\n3月1日，南岭县集中开工。(潘城高 黄广妃)\n本文由南岭早知道编辑发布\n",
            ("潘城高", "黄广妃"),
        ),
        # a name's parts joined by a bullet
        (
            "南岭县集中开工\n时间:2024-04-10来源 : 中国网作者 : 赵海滨 买地娜•帕拉提\n4月10日，南岭县集中开工。\n",
            ("赵海滨", "买地娜•帕拉提"),
        ),
        ("南岭县集中开工\n通讯员白云峰4月22日上午，南岭县集中开工。\n", ("白云峰",)),
        (
            "南岭县集中开工\n3月1日，南岭县集中开工。(文/郑莉、郑重)\n编辑:李晨阳\n",
            ("郑莉", "郑重"),
        ),
        ("南岭县集中开工\n3月1日，南岭县集中开工。(撰稿:宋鹏鹏)\n", ("宋鹏鹏",)),
        (
            "南岭县集中开工\n3月1日，南岭县集中开工。\n(观海新闻/南岭早报记者 陈勇通讯员 孙科强 张德杰)\n",
            ("陈勇", "孙科强", "张德杰"),
        ),
        # an outlet before its reporter, spaced off the name: no one's name
        (
            "南岭县集中开工\n华声在线6月23日讯(湖南日报·华声在线记者 周月桂 通讯员 黄颀杨)南岭县集中开工。\n",
            ("周月桂", "黄颀杨"),
        ),
        (
            "南岭县集中开工\n苏报讯(驻太仓记者 顾志敏 周哲)前天，南岭县集中开工。\n",
            ("顾志敏", "周哲"),
        ),
        ("南岭县集中开工\n3月1日，南岭县集中开工。\n作者:云上南岭\n", ()),  # a county's app
        # the agency that sent the picture is no one
        ("南岭县集中开工\n开工仪式现场(9月17日摄)。新华社发 孙晓宇 摄\n", ("孙晓宇",)),
        # where the report came from, after the names
        (
            "南岭县集中开工\n3月1日，南岭县集中开工。(记者:王伟康 刘珊宇 来源:南岭商报)\n",
            ("王伟康", "刘珊宇"),
        ),
        # a lead credit with no 讯 before it; a site's tag before a bracketed credit
        ("南岭县集中开工\n记者李勤 周波报道:3月28日，南岭县集中开工。\n", ("李勤", "周波")),
        (
            "南岭县集中开工\n【南岭网】 (南岭日报全媒体记者 王文 通讯员 段慧明 董甜甜)3月1日，南岭县集中开工。\n",
            ("王文", "段慧明", "董甜甜"),
        ),
        # a county's news account before its reporters; five names closing the report
        (
            "南岭县集中开工\n3月1日，南岭县集中开工。(南岭发布 记者 张平 孙忠华)\n",
            ("张平", "孙忠华"),
        ),
        (
            "南岭县集中开工\n3月1日，南岭县集中开工。(周胜伟、梁卓豪、陈彩玉、黄丽婷、张哲)\n",
            ("周胜伟", "梁卓豪", "陈彩玉", "黄丽婷", "张哲"),
        ),
        # a caption's credit: a colon after the role, the paper before it, the paper spaced off
        ("南岭县集中开工\n3月1日，南岭县集中开工。\n开工仪式现场 记者:旦凯 摄\n", ("旦凯",)),
        (
            "南岭县集中开工\n3月1日，南岭县集中开工。\n图为开工现场。南岭日报通讯员张军摄\n",
            ("张军",),
        ),
        ("南岭县集中开工\n3月1日，南岭县集中开工。\n开工奠基仪式现场 南岭报 蔡尧 摄\n", ("蔡尧",)),
        ("南岭县集中开工\n3月1日，南岭县集中开工。\n作者:海外网\n", ()),  # an outlet, no one
        # a caption's last words before its photographer are no name
        ("南岭县集中开工\n3月1日，南岭县集中开工。\n签约现场 林春盛 摄\n", ("林春盛",)),
    ],
)
def test_more_credits_of_web_pages(text, people):
    byline = split_articles(text)[0].byline
    assert (*byline.reporters, *byline.correspondents, *byline.photographers) == people


def test_pictures_supplied_by_a_body_credit_no_one():
    for caption in ("活动现场 图片来源:成华区供图", "吉化转型升级项目施工现场。 吉林化建供图"):
        assert not split_articles(f"南岭县集中开工\n3月1日，南岭县集中开工。\n{caption}\n")[
            0
        ].byline


@pytest.mark.parametrize(
    "record, people",
    [
        # an outlet, its address, the minute and the author, above the lead
        (
            "南岭网 http://www.nanling.cn 时间:2019-11-18 09:21 来源:南岭市人民政府网 作者:韦雪梅",
            ("韦雪梅",),
        ),
        ("2023-11-13 08:15:00 作者:卢誉升 来源:南岭市政协", ("卢誉升",)),
        ("http://www.sina.com.cn  2011年05月16日17:45  中国新闻网", ()),
        ("2022-07-06 12:01:20南岭来源: 南岭网作者:陈城", ("陈城",)),
    ],
)
def test_a_line_with_a_page_s_address_or_minute_is_its_record(record, people):
    lead = "为认真贯彻落实省委部署，11月18日，南岭市举行重点项目集中开工仪式"
    (article,) = split_articles(f"南岭市5个重点项目集中开工\n{record}\n{lead}，总投资7.87亿元。\n")
    assert article.title == "南岭市5个重点项目集中开工" and article.subtitle == ""
    assert any(p.startswith(lead) for p in article.paragraphs)  # not run into the record
    assert article.byline.reporters == people


def test_a_page_s_author_field_takes_the_role_the_lead_gives():
    text = (
        "南岭公司两个项目签约\n南岭电力网发布时间:2023-07-17 15:06:07  作者:王西志、高楠\n"
        "南岭电力网讯(通讯员王西志、高楠 ) 7月7日，南岭公司两个项目在兰州签约。\n"
    )
    byline = split_articles(text)[0].byline
    assert (byline.reporters, byline.correspondents) == ((), ("王西志", "高楠"))


@pytest.mark.parametrize(
    "lead, reporters, correspondents",
    [
        (
            "中国经济新闻联播4月18日黑龙江齐齐哈尔电(记者 魏伯勤 通讯员 刘佳 刘弈含)为深入贯彻落实",
            ("魏伯勤",),
            ("刘佳", "刘弈含"),
        ),
        (
            "本报宁波11月17日电 (记者 周文丹 共享联盟奉化站 严世君 郑连乔) 17日上午，",
            ("周文丹",),
            ("严世君", "郑连乔"),
        ),
    ],
)
def test_a_dateline_s_credit_with_a_place_or_a_station(lead, reporters, correspondents):
    byline = split_articles(f"南岭县集中开工\n{lead}南岭县举行集中开工仪式。\n")[0].byline
    assert (byline.reporters, byline.correspondents) == (reporters, correspondents)


@pytest.mark.parametrize(
    "text, reporters",
    [
        ("南岭开发区集中签约\n张惠\n12月27日，南岭开发区举行集中签约仪式。\n", ("张惠",)),
        (
            "南岭新区集中开工\n耿丹丹 王伟 2025-12-05 23:59:32\n12月5日，南岭新区集中开工。\n",
            ("耿丹丹", "王伟"),
        ),
        # one name before the page's minute may be an account's (房大秘 2020-05-18 08:52)
        ("南岭新区集中开工\n房大秘  2020-05-18 08:52\n12月5日，南岭新区集中开工。\n", ()),
        (
            "32个大项目集中开工\n3月13日，南岭举行集中开工活动。\n陈莹 严君臣 俞新美\n据介绍，项目总投资248.7亿元。\n",
            ("陈莹", "严君臣", "俞新美"),
        ),
        # a place above its own headline, a single name amid the news: no one's byline
        ("石嘴山项目提速\n石嘴山 2010-09-05 11:09 宁夏日报\n9月5日，石嘴山市集中开工。\n", ()),
        ("南岭县集中开工\n3月13日，南岭县集中开工。\n张惠\n据介绍，项目总投资8亿元。\n", ()),
        # a page's mood buttons, each word written twice
        ("南岭县集中开工\n3月13日，南岭县集中开工。\n路过 路过\n6票\n高兴 高兴\n", ()),
    ],
)
def test_names_alone_under_a_headline_or_in_a_line_of_their_own(text, reporters):
    assert split_articles(text)[0].byline.reporters == reporters


def _read(text: str) -> list[tuple[object, ...]]:
    """What a reader gets of a text: each article's title, byline, date and projects."""
    return [
        (a.title, a.byline, a.date, [p.name for p in find_projects(a.text).projects])
        for a in split_articles(text)
    ]


def _cut(text: str, width: int, indent: str) -> str:
    """The text as a fixed-width copy gives it (each paragraph cut every `width`
    characters, a blank line between paragraphs) or a PDF's column (no blank lines,
    each paragraph's first line indented)."""
    lines = []
    for para in (indent + line for line in text.split("\n") if line.strip()):
        lines += [para[i : i + width] for i in range(0, len(para), width)]
        lines += [] if indent else [""]
    return "\n".join(lines)


@pytest.mark.parametrize("width", [16, 20, 33, 40])
@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_a_text_cut_to_a_width_reads_as_it_was_written(width, indent):
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _read(_cut(text, width, indent)) == _read(text), path.name


def test_a_list_of_names_of_one_width_is_no_cut_text():
    names = ["南岭县智能制造产业园项目", "北岭县智能制造产业园项目", "东岭县智能制造产业园项目"]
    text = "\n".join(["南岭县签约项目", *names, "西岭县智能制造产业园项目"])
    assert paragraphs(text) == text.split("\n")


def test_a_credit_alone_in_brackets_after_the_news():
    text = "南岭县集中开工\n3月1日，南岭县集中开工。\n(文 付柳)\n"  # (it once raised IndexError)
    (article,) = split_articles(text)
    assert article.byline.reporters == ("付柳",)
    assert article.paragraphs == ("3月1日，南岭县集中开工。",)


def _traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def test_a_text_in_traditional_characters_reads_as_its_simplified_form():
    from newsx.analysis.normalize import simplified

    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert simplified(text) is text  # a simplified text is left as it is
        assert _read(_traditional(text)) == _read(text), path.name
    # a mirror's converter writes Taiwan's word for a project, 專案, for 项目
    taiwanese = (
        "南嶺集中開工\n南嶺區集中開工5個專案，包括東嶺風電產業園基礎設施配套專案、北嶺醫院。\n"
    )
    assert [p.name for p in find_projects(simplified(taiwanese)).projects] == [
        "东岭风电产业园基础设施配套项目",
        "北岭医院",
    ]


def test_segment_cuts_a_traditional_text_as_its_simplified_form_and_writes_it_as_it_was():
    from conftest import run_newsx

    text = SEED.read_text(encoding="utf-8")
    plain = run_newsx("segment", stdin=text).stdout
    traditional = run_newsx("segment", stdin=_traditional(text)).stdout
    # the same cuts, and the characters as the input wrote them
    assert [len(w) for w in traditional.split()] == [len(w) for w in plain.split()]
    assert "".join(traditional.split()) == "".join(_traditional(text).split())


def test_a_comma_doubled_before_another_mark_is_dropped() -> None:
    from newsx.analysis.officials import find_officials

    text = "南岭市举行签约仪式\n6月3日,,南岭商会家乡行活动举行,。市委副书记,、市长何洪涛,,市政协主席姚明海出席。"
    (article,) = split_articles(text)
    assert (
        article.paragraphs[0]
        == "6月3日,南岭商会家乡行活动举行。市委副书记、市长何洪涛,市政协主席姚明海出席。"
    )
    titles = {o.name: o.titles for o in find_officials(article.text)}
    assert titles["何洪涛"] == ("市委副书记", "市长")


def test_a_mirror_site_s_pinyin_glosses_are_dropped() -> None:
    text = "南岭县签约\n漳州开发(fā)区(qū)现(xiàn)场签约了南岭新能源商用车项(xiàng)目，县长王华(wáng huá)出席。(OK) 南岭(Nanling)公司\n"
    (article,) = split_articles(text)
    assert article.paragraphs[0].startswith("漳州开发区现场签约了南岭新能源商用车项目，")
    assert "(OK) 南岭(Nanling)公司" in article.paragraphs[0]  # no tone mark: not a gloss


def test_full_width_digits_and_letters_read_as_ascii():
    full_width = str.maketrans("0123456789.GD", "０１２３４５６７８９．ＧＤ")

    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _read(text.translate(full_width)) == _read(text), path.name


def test_a_spaced_credit_opening_the_lead_and_a_reposted_one_closing_it() -> None:
    text = (
        "80亿投资助力南岭高新区二次创业\n\n记者 董伟伟 要实现高质量发展，必须靠一批大项目作强大引擎。"
        "在昨日举行的招商会上，5个项目签约落户。\n\n共同助推全区高质量发展。 融媒体记者 齐岑 转自南岭发布\n"
    )
    (article,) = split_articles(text)
    assert article.byline.reporters == ("董伟伟", "齐岑")
    assert "\n要实现高质量发展" in article.text
    assert "转自" not in article.text
    # (a name run into the lead with no space after it is not cut: where would it end?)
    (glued,) = split_articles(text.replace("董伟伟 要实现", "董伟伟要实现"))
    assert "董伟伟" not in glued.byline.reporters


def test_a_station_s_reporter_and_a_page_s_author_before_its_source() -> None:
    assert parse_byline("东昌府融媒:于继镔") == parse_byline("记者 于继镔")
    assert parse_byline("电视台:新闻部") is None
    record = "fq.fjsen.com  2015-12-29 08:15:59  杨国才 来源:福清侨乡报  我来说两句"
    byline = record_byline(record)
    assert byline is not None and byline.reporters == ("杨国才",)


def test_a_desk_before_the_writer_and_an_empty_author_field_are_no_one() -> None:
    assert parse_byline("图文/办公室 李明泽") == parse_byline("图文/李明泽")
    record = "发布于 2023-01-10 09:21:46      来源:杭州日报      作者:      责任编辑:汪杰菲"
    assert record_byline(record) is None


def test_credits_in_an_original_headline_a_teaser_and_an_outlet_s_line() -> None:
    lead = "\n\n12月18日，南岭县举行项目签约仪式，共签约20个项目。\n"
    (titled,) = split_articles(
        "南岭共建产业园" + lead + "\n(原标题:共建“飞地”产业园 记者:阮帅 通讯员:朱舒瑶)\n"
    )
    assert titled.byline.reporters == ("阮帅",)
    assert titled.byline.correspondents == ("朱舒瑶",)
    assert "(原标题:共建“飞地”产业园)" in titled.text
    (teaser,) = split_articles(
        "南岭县签约8个项目\n\n核心提示:(记者 黄大海)近日，南岭县签约8个项目。\n"
    )
    assert teaser.byline.reporters == ("黄大海",)
    (summary,) = split_articles(
        "南岭县项目签约\n\n南岭日报 2016-12-21 13:18\n\n[摘要]本报记者 郭海洋/摄 冯启俊/文" + lead
    )
    assert (summary.byline.reporters, summary.byline.photographers) == (("冯启俊",), ("郭海洋",))
    (outlet,) = split_articles("南岭县在深圳签约20个项目\n\n南岭频道 卓峻帆 深圳报道" + lead)
    assert outlet.byline.reporters == ("卓峻帆",)


def test_a_local_outlet_s_closing_line_of_names() -> None:
    text = (
        "南岭县24个项目集中开工\n\n3月1日，南岭县24个重点项目集中开工。\n\n南岭融媒  刘晓琼  周静\n"
    )
    (article,) = split_articles(text)
    assert article.byline.reporters == ("刘晓琼", "周静")
    assert "南岭融媒" not in article.text
    # (an outlet's line that names no one stays text)
    (other,) = split_articles(text.replace("刘晓琼  周静", "记者部"))
    assert other.byline.reporters == ()


def test_closing_names_before_the_page_s_record_lines_and_no_小编() -> None:
    text = (
        "南岭县18个项目集中开工\n\n南岭县第四季度集中开工项目共18个，总投资4.3亿元。农林水利类项目4个，"
        "总投资8710万元。(王猛 廖娅)\n\n28.09.2015 19:43\n"
    )
    (article,) = split_articles(text)
    assert article.byline.reporters == ("王猛", "廖娅")
    # (and before a page's notices: who posted it, where from, its copyright)
    notices = "\n\n本文由南岭早知道编辑发布\n\n转载请注明出处\n\n版权归原作者所有，如有侵权请联系\n"
    (noticed,) = split_articles(text.replace("\n\n28.09.2015 19:43\n", notices))
    assert noticed.byline.reporters == ("王猛", "廖娅")
    (anonymous,) = split_articles("南岭县项目开工\n\n作者:小编\n\n南岭县10个项目集中开工。\n")
    assert anonymous.byline.reporters == ()


def test_a_place_s_credit_is_no_byline_and_stray_characters_end_no_report() -> None:
    text = (
        "南岭县用好人才资源\n\n南岭县收集招商引资信息100余条，有力推动了县域经济发展。(吴建正)\n\n"
        "23.11.2014 12:05\n\n故\n\n事\n"
    )
    (article,) = split_articles(text)
    assert article.byline.reporters == ("吴建正",)
    assert parse_byline("供稿单位:东姚镇") is None
    assert parse_byline("供稿:南岭交通局 邓锋") == parse_byline("供稿:邓锋")


def test_a_long_headline_with_a_comma_stays_apart_from_the_lead_and_its_credit() -> None:
    text = (
        "“湘商”成投资“主力军”!东岭市大湾区产业对接会“揽金”110亿元,“湘商回归”项目投资金额占85%\n\n"
        "湖南日报·新湖南客户端5月31日讯(记者 蒋睿 通讯员 张骞予 杨阳)今天，东岭市产业对接项目"
        "集中签约仪式在深圳举行。\n"
    )
    (article,) = split_articles(text)
    assert article.title.endswith("占85%")
    assert article.byline.reporters == ("蒋睿",)
    assert article.byline.correspondents == ("张骞予", "杨阳")


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        # an empty author field, then the editor's after a bar 丨
        ("发布时间:2022-07-22 13:35:00丨来源:中国网丨作者:丨责任编辑:苏文彦", ()),
        # a role glued to the second name of the field
        (
            "来源:中国赣州网-赣南日报 作者:邓静远 记者李华 发布时间:2017年11月17日",
            ("邓静远", "李华"),
        ),
    ],
)
def test_a_page_s_author_field_holds_people_only(line: str, reporters: tuple[str, ...]) -> None:
    found = record_byline(line)
    assert (found.reporters if found else ()) == reporters


def test_an_editor_s_field_run_on_after_the_author_s() -> None:
    byline = parse_byline("( 作者:商瑞编辑:王擎宇 )")
    assert byline is not None
    assert byline.reporters == ("商瑞",)
    assert byline.editors == ("王擎宇",)


def test_closing_names_before_a_portal_s_terms_are_the_byline() -> None:
    text = (
        "东岭开发区签约项目\n\n"
        "该区签约项目全部建成投产后，预计可实现年产值108亿元。( 姚本慧 蒋建民)\n\n"
        "凡本网注明“来源:东岭信息港”的所有作品，均为东岭信息港合法拥有版权或有权使用的作品，未经本网授权"
        "不得转载、摘编或利用其它方式使用上述作品。\n\n"
        "凡本网注明“来源:XXX(非东岭信息港)”的作品，均转载自其它媒体，并不代表本网赞同其观点。\n"
    )
    (article,) = split_articles(text)
    assert article.byline.reporters == ("姚本慧", "蒋建民")


def test_a_government_office_s_drafter_is_the_report_s_author() -> None:
    text = "东岭区重点项目集中开工\n\n接下来，区发展和改革局将持续加大项目跟踪推进力度。(拟稿人:魏星宇)\n"
    (article,) = split_articles(text)
    assert article.byline.reporters == ("魏星宇",)


@pytest.mark.parametrize(
    ("last", "reporters", "correspondents", "photographers"),
    [
        ("为项目建设营造好的环境。(罗新飞 报道)", ("罗新飞",), (), ()),  # names that reported
        ("签订了合作备忘录。(通讯员 朱元军)?", (), ("朱元军",), ()),  # a character the page lost
        ("助力绵山经济高质量发展。(何小卫 剌思敏)", ("何小卫", "剌思敏"), (), ()),  # a rare surname
        ("※ 本版摄影:陈静 陈姗姗 杨桐", (), (), ("陈静", "陈姗姗", "杨桐")),  # a print page's
    ],
)
def test_credits_that_close_a_report(last, reporters, correspondents, photographers):
    text = f"南岭县项目集中开工\n3月1日，南岭县举行集中开工仪式。\n{last}\n"
    article = split_articles(text)[0]
    byline = article.byline
    assert (byline.reporters, byline.correspondents) == (reporters, correspondents)
    assert byline.photographers == photographers
    assert not any(name in article.text for name in reporters + correspondents + photographers)


def test_credits_with_each_role_on_a_line_of_its_own() -> None:
    # 记者 / 张丽丹 / 编辑 / 李沁 / 责编 / 刘志: a phone page's credit block.
    text = (
        "南岭体育产业项目签约\n\n近日，南岭县与东岭集团签约体育产业项目。\n\n"
        "记者\n\n张丽丹\n\n编辑\n\n李沁\n\n责编\n\n刘志\n"
    )
    [article] = split_articles(text)
    assert article.byline.reporters == ("张丽丹",)
    assert article.byline.editors == ("李沁", "刘志")
    assert article.paragraphs == ("近日，南岭县与东岭集团签约体育产业项目。",)
    # (摄影 / 开工现场: a caption, no one's name)
    text = "南岭项目开工\n\n近日，南岭县项目开工。\n\n摄影\n\n开工现场\n"
    [article] = split_articles(text)
    assert article.byline.photographers == ()


def test_four_names_glued_and_an_office_before_the_role_close_a_report() -> None:
    # (袁增伟魏晓燕刘庆航叶青): four names run together; (中国台湾网某市台办通讯员冯吉生):
    # an outlet and an office before the role.
    text = (
        "南岭两项工程竣工\n\n昨天，南岭有两项工程竣工，市领导出席了仪式。(袁增伟魏晓燕刘庆航叶青)\n"
    )
    [article] = split_articles(text)
    assert article.byline.reporters == ("袁增伟", "魏晓燕", "刘庆航", "叶青")
    text = "南岭签约项目4个\n\n南岭区招商签约项目4个，总投资5亿元。(中国台湾网南岭市台办通讯员冯吉生)\n"
    [article] = split_articles(text)
    assert article.byline.correspondents == ("冯吉生",)
    assert article.paragraphs == ("南岭区招商签约项目4个，总投资5亿元。",)


def test_a_record_line_s_author_field_before_a_view_count_and_a_minute_stamped_reporter() -> None:
    # 作者:A B 阅读: the page's view count ends the field; 2019-09-20 14:34 某画报记者X:
    # the page's minute, its outlet, then its reporter.
    assert record_byline("时间:2021-10-19 作者:张颖 杨增朝 阅读:").reporters == ("张颖", "杨增朝")
    assert record_byline("2019-09-20 14:34 南岭画报记者王韬").reporters == ("王韬",)


def test_a_scene_s_caption_before_its_photographer() -> None:
    # 开竣工仪式现场 邱俊杰/摄: the scene, then who took it; a caption that names who is
    # shown stays text (市委书记某某致辞 刘康 摄).
    text = "南岭县项目开竣工\n\n开竣工仪式现场 邱俊杰/摄\n\n南岭县举行项目集中开竣工仪式。\n"
    [article] = split_articles(text)
    assert article.byline.photographers == ("邱俊杰",)
    text = "南岭县项目签约\n\n南岭县举行项目签约仪式。\n\n南岭县委书记张三致辞 刘康 摄\n"
    [article] = split_articles(text)
    assert "南岭县委书记张三致辞" in article.text


def test_a_name_credited_for_words_and_pictures_and_a_desk_s_closing_names() -> None:
    # (张飞龙/图文): wrote and pictured; (区报道组 陈颖 陈强 报道): 报道 is no pen name.
    text = "荣昌区举行项目集中开工仪式\n\n助推荣昌区经济社会发展再上新台阶。(张飞龙/图文)\n"
    assert split_articles(text)[0].byline.reporters == ("张飞龙",)
    text = "南岭区举行项目签约仪式\n\n总建筑面积约23.8万平方米。(区报道组 陈颖 陈强 报道)\n"
    assert split_articles(text)[0].byline.reporters == ("陈颖", "陈强")


def test_a_headline_opening_on_a_decimal_amount_heads_its_article():
    # 2.4亿元… is an amount, not item 2 of a list: the headline, its photo's caption and
    # the dispatch under them are one article (1.1987年… still opens item 1 of a list).
    text = (
        "2.4亿元医疗器械项目落户东岭高新区\n\n图为座谈交流现场\n\n"
        "本网讯(通讯员 文进)9月11日，东岭新津医疗器械有限公司董事长石保社与管委会副主任张伟"
        "签订了总额2.4亿元的项目投资协议。\n"
    )
    [article] = split_articles(text)
    assert article.title == "2.4亿元医疗器械项目落户东岭高新区"
    assert article.byline.correspondents == ("文进",)


def test_captions_over_a_paragraph_that_goes_on_are_no_headline():
    # Two short lines, then 随后，…: photo captions inside the article, whose story goes on;
    # a headline's lead does not open by going on from what came before.
    text = (
        "2月23日上午，东岭市北岭机械项目开工仪式在东岭产业集聚区举行。县长王某某出席开工仪式。\n\n"
        "县长王某某主持项目开工仪式\n\n北岭集团董事长张某某对项目进行介绍\n\n"
        "随后，县委书记李某某宣布项目开工。北岭机械项目总投资10亿元。\n"
    )
    [article] = split_articles(text)
    assert article.paragraphs[-1].startswith("随后")
