"""Bylines: who wrote the article and who took the pictures.

Forms seen in print and on the web:
    记者 马燕 王阳 通讯员 李盼 文/图
    本报讯(记者黄柏秀 文欢 莫保义 郭丽洁)
    图片均由记者李桂柏 黄柏秀 廖梓杰 摄
    ■本报记者 张三    (张三/文 李四/图)    摄影 王五    责任编辑：赵六
    极目新闻记者 赵德龙 / 大众网·海报新闻记者 高志玟 通讯员 陈宝滨 德州报道
    中新网广州3月9日电(王华 胡霜月) / 活动现场。记者 李征航 摄
    来源：中国网 | 作者：买祥发、史笑妍 | 责任编辑：赵茜 (a web page's record line)
    …居全市第一。（高雷、卢增晖） (a county paper's closing credit)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from newsx.analysis.wordlists import common_surnames, compound_surnames, surnames

# Role words, longest first; each maps to the byline field it fills.
_ROLES = {
    "本报特约记者": "reporters",
    "本报见习记者": "reporters",
    "本报实习记者": "reporters",
    "本报首席记者": "reporters",
    "本报记者": "reporters",
    "特约记者": "reporters",
    "见习记者": "reporters",
    "实习记者": "reporters",
    "首席记者": "reporters",
    "融媒记者": "reporters",
    "全媒体记者": "reporters",
    "摄影记者": "photographers",
    "特约摄影": "photographers",
    "记者": "reporters",
    "采访人员": "reporters",  # (what some reposting sites write for 记者)
    "特约通讯员": "correspondents",
    "通讯员": "correspondents",
    "通迅员": "correspondents",  # (a common typo of 通讯员)
    "实习生": "correspondents",
    "作者": "reporters",
    "撰稿": "reporters",
    "拟稿人": "reporters",  # (拟稿人:魏星宇, a government office's report)
    "撰稿人": "reporters",
    "供稿": "reporters",
    "文字报道": "reporters",
    "摄影报道": "photographers",
    "文字": "reporters",  # (文字:何辉 / 摄像:李挥, a video's credits)
    "摄像": "photographers",
    "文稿": "reporters",
    "报道组": "reporters",
    "摄影": "photographers",
    "本版摄影": "photographers",  # (※ 本版摄影:陈静 陈姗姗: a print page's pictures)
    "制图": "photographers",  # (a map's or a chart's credit)
    "图片": "photographers",
    "责任编辑": "editors",
    "责编": "editors",
    "图文编辑": "editors",
    "文字编辑": "editors",
    "图片编辑": "editors",
    "编辑": "editors",
    "校对": "editors",
    "审核": "editors",
    "编审": "editors",
    "图文": "reporters",  # (图文：张莉娜: wrote and pictured)
    "文": "reporters",
    "图": "photographers",
}
_ROLE_RE = "|".join(sorted(map(re.escape, _ROLES), key=len, reverse=True))
# 记者 / 张枥丹 / 编辑 / 李沁: a phone page's credits, each role on a line of its own and its
# names on the next (a role of one character, 文 or 图, is too often a word for this).
_ROLE_ALONE = re.compile(rf"(?:本报|全媒体|融媒体?)?(?:{_ROLE_RE})[:：]?(?<=..)")
_NAMES_LINE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ \u3000、，,][\u4e00-\u9fff]{2,4}){0,3}")
# (▲摄影:X: a caption's mark; …通讯员Y报道。: the sentence's full stop)
_DECORATION = re.compile(r"^[■□●◆◇★☆▲△※【\[(（\s]+|[】\])）\s]+$|(?<=报道)。$")
# Markers that close a byline or a credit: 文/图 (text and pictures), 摄 (photo by), 整理
# (compiled by: 本报记者某某整理).
_TRAILER = re.compile(
    r"\s*/?\s*(文\s*/\s*图|图\s*/\s*文|文图|图文|摄影报道|摄影?|报道|供图|/摄|整理)$"
)
# …记者 高志玟 通讯员 陈宝滨 德州报道: where the report comes from, after the names.
_FROM_PLACE = re.compile(r"\s+[\u4e00-\u9fff]{2,4}报道$")
# 开竣工仪式现场 邱俊杰/摄: a caption that shows a scene, not a person, before the credit.
_SCENE = re.compile(r"(?:现场|仪式|场景|全景|一角|外景|效果图|鸟瞰图)$")
# 文|记者 王俊 / 文、图/羊城晚报记者 曹月 / 文/图 记者 尹明: what the names wrote first.
_LEADING_MARK = re.compile(
    r"^(?:文\s*[、/]\s*图|图\s*[、/]\s*文|图文|文图|文|图)\s*"
    # (not 文/郝新颖 图/孙朝晖: a credit of its own, name by name)
    r"(?:[/|｜]\s*(?=图[\s:：]|[^\s/]{0,14}?(?:记者|通讯员|实习生))|\s+(?=记者))"
)
# What may come before 记者 or 通讯员 in a role word (全媒体记者, 见习记者, 摄影记者).
_ROLE_PREFIX = r"(?:全媒体|融媒|首席|见习|实习|特约|摄影)?"
# The outlet before a role: 极目新闻记者, 顶端新闻·河南商报记者, 新重庆-重庆日报记者, 本报通讯员,
# 观海新闻/青岛早报记者, 经济日报采访人员 (a reposting site's word for 记者).
# (看看新闻Knews记者: Latin letters in its name)
_OUTLET = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{2,8}}/)?[\u4e00-\u9fffA-Za-z\d·・∙•\-－]{{2,16}}?(?={_ROLE_PREFIX}(?:记者|通讯员|报道组)|采访人员)"
)
# …or spaced off before it: 河南日报 记者赵振杰 / 宣汉发布 记者 张平 (a county's news
# account) / 2025-04-10 黔东南州融媒体中心 通讯员 怡柯 (the page's date first).
# (2018-11-08 17:35 | 浙江新闻客户端 | 记者 周松华: with the time, fields split by bars)
# (图文来源:湖北日报 记者赵良英 / 据海南日报客户端丨记者苏庆明: the outlet named as the source)
_OUTLET_WORD = re.compile(
    r"^(?:\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[|｜]\s*|\s+))?"
    r"(?:(?:图文)?来源\s*[:：]\s*|据)?"
    r"[\u4e00-\u9fff·・∙•\-－]{2,12}?(?:日报|晚报|晨报|报|网|台|社|客户端|新闻|媒体中心|发布)"
    r"(?:[·・∙•]?[\u4e00-\u9fff]{2,4}?(?:壹点|客户端|号))?"  # 齐鲁晚报·齐鲁壹点: its app too
    r"(?:\s*[|｜丨]\s*|\s+)"
    rf"(?={_ROLE_PREFIX}(?:记者|通讯员))"
)
# 文/图 王贵宾: one person wrote and pictured it, as 图文 says.
_BOTH_MARK = re.compile(r"^(?:文\s*/\s*图|图\s*/\s*文)(?:\s*[:：]\s*|\s+)")
_FILLER = re.compile(r"^(图片|照片)?(均由|由|均为)")
# (记者 王春宝 口 董建伟 马婧: a page's box mark between names, copied as the character 口)
_BOX_MARK = re.compile(r"(?<=\s)[□口](?=\s)")
# 新华社发 孙晓宇 摄: the agency that sent the picture, before its photographer.
_AGENCY = re.compile(r"^[\u4e00-\u9fff]{1,6}社发\s+")
# (记者:王伟康 刘珊宇 来源:贵州商报): where the report comes from, after the names.
_SOURCE_TAIL = re.compile(r"\s*(?:来源|稿源|出处)\s*[:：].*$")
# 刘翊(汾阳台): the station a name works for, after it; 车骁( at a page's cut: a bracket
# left open.
_AFFILIATION = re.compile(
    r"[(（][\u4e00-\u9fff]{2,10}(?:台|电视台|融媒体中心|日报|报社?)[)）]|(?<=[\u4e00-\u9fff])[(（]$"
)
# 浙江日报's county stations credit their people: 共享联盟奉化站 严世君 郑连乔.
_STATION = re.compile(r"共享联盟[\u4e00-\u9fff]{1,6}站")
# 【全媒体记者】蒋才虎 余佩 / 【通讯员】黄赟: the role in brackets of its own.
_BRACKETED_ROLE = re.compile(
    r"^[【\[]?\s*((?:全媒体|融媒|本报)?(?:记者|通讯员|摄影|作者))\s*[】\]]"
)
_INNER_ROLE = re.compile(r"[【\[]\s*((?:全媒体|融媒|本报)?(?:记者|通讯员|摄影|作者))\s*[】\]]")
# (买地娜•帕拉提: the dot between a name's parts is typed several ways)
_NAME = re.compile(r"^[\u4e00-\u9fff·•・]{2,4}$|^[\u4e00-\u9fff]{2,5}[·•・][\u4e00-\u9fff]{2,6}$")
_SLASHED = re.compile(
    r"^([\u4e00-\u9fff·]{2,4})\s*/\s*(文|图|摄)$"
    r"|^(文|图|摄|图文|文图)\s*/\s*([\u4e00-\u9fff·]{2,4})$"  # (图文/苏扬: wrote and pictured)
)
# 作者:商瑞编辑:王擎宇: the editor's field run into the author's name before it.
_GLUED_EDITOR = re.compile(
    r"((?:作者|记者|撰稿)\s*[:：]\s*[\u4e00-\u9fff]{2,3})((?:责任编辑|责编|编辑)\s*[:：])"
)
# 文/郝新颖图/孙朝晖: the next credit run into the name before it.
_GLUED_CREDIT = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:图|摄)\s*/)")
# 本报讯(记者…) and similar credits in brackets at the start of a lead paragraph.
# (中新网广州3月9日电(王华 胡霜月), 云上大冶报道(记者 黄婕), 四川新闻网消息(陈珮云 摄影报道),
# 中国甘肃网8月24日讯 据甘肃经济日报报道(…): a news lead's other words; there the names
# with no role are the reporters)
_LEAD_CREDIT = re.compile(
    # (中国经济新闻联播4月18日黑龙江齐齐哈尔电: the place may come between the day and 电)
    # (本报成都电(记者 X): the place the paper's dispatch came from; 《陕西日报》(记者 X): the
    # paper's name alone)
    # (黄冈新闻网(通讯员 X Y): the outlet alone, a role in the brackets)
    r"^(?P<lead>[^()（），,。]{0,30}?(?:讯|日[\u4e00-\u9fff]{0,12}电|本报[\u4e00-\u9fff]{1,6}电|报道|消息"
    r"|[^()（），,。\s]{2,12}?(?:网|日报|晚报|融媒体?)(?=[(（](?:记者|通讯员)))】?[:：]?\s*"
    r"(?:[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日\s*)?"  # (某网讯 北京2月26日 (记者 X): a dateline)
    r"|《[^《》]{2,12}》\s*)?"
    r"[(（【](?P<credit>[^()（）【】]{2,60})(?<!讯)[)）】]"  # (【香港商报网讯】 is the outlet's)
    # 本报讯 记者石晶报道： / 羊城晚报讯 记者林翎、通讯员黄圃宣摄影报道：: the credit inline
    # (记者李勤 周波报道：: with no 讯 before it)
    r"|^(?P<inline_lead>(?:[^()（），,。：:]{0,20}?(?:讯|日电)】?)?)\s*"
    r"(?P<inline>(?:[^，,。：:\s]{2,4}\s+)?(?:[^，,。：:]{0,12}?记者|通讯员)[^，,。：:]{2,40}?)"
    r"(?:(?:摄影)?报[道导][:：\s]"  # (报导: Hong Kong papers' word)
    r"|[:：](?=[^\s:：])"  # 某网讯 通讯员 陈朝利 叶明波:今年以来…: a colon ends the names
    # 昆明信息港讯 记者甘凌菲 通讯员金亚清 杨树章 10月25日，… / 本报讯 记者 黄冉 昨日，…
    r"|\s+(?=\d{1,2}月\d{1,2}[日号]|\d{1,2}日|昨日|昨天|今日|今天|近日|日前))"
    # 四川在线记者 燕巧1月4日，…: a byline run into the lead's date
    r"|^(?P<dated_lead>)(?P<dated>[^，,。：:\s()（）]{0,12}?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3})"
    r"(?=\d{1,2}月\d{1,2}日)"
    # 记者 董伟伟 要实现高质量发展…: a spaced name, the lead run on after another space
    r"|^(?P<spaced>(?:[^，,。：:\s()（）]{0,12}?记者|通讯员)\s+[\u4e00-\u9fff]{2,3}"
    r"(?:\s+(?:记者|通讯员)\s+[\u4e00-\u9fff]{2,3})*)\s+(?=[\u4e00-\u9fff])"
)
# （宝鸡新闻网 张超）4月19日，…: the outlet, then its reporter, opening the lead.
_OUTLET_CREDIT = re.compile(
    r"^[(（](?P<outlet>[\u4e00-\u9fff·・∙•\-－]{2,12}?(?:日报|晚报|报|网|台|社|客户端|新闻))\s+"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[、\s]+[\u4e00-\u9fff]{2,3}){0,2})[)）]"
)
_COLON = re.compile(r"[:：]")
# (▏, │, 丨: a layout's bar between names: 记者 ▏齐云起 王国超)
_SPLIT = re.compile(r"[\s、，,;；\u3000□▏▕│┃丨]+")
# 全媒体记者/温琳 / 采访人员|张文辉 / 文字 | 杨春明 / 作者丨陈艳军: a role, a mark (丨 is
# the CJK stroke that some pages use for a bar), then its names.
_ROLE_MARK = re.compile(r"(作者|记者|通讯员|采访人员|摄影|摄像|文字|实习生|编辑)\s*[/|｜¦丨]\s*")


@dataclass(frozen=True)
class Byline:
    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.reporters or self.correspondents or self.photographers or self.editors)

    def without(self, names: set[str]) -> Byline:
        def keep(people: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(n for n in people if n not in names)

        return Byline(
            keep(self.reporters), keep(self.correspondents), keep(self.photographers), self.editors
        )

    def merged(self, other: Byline) -> Byline:
        def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(a + b))

        return Byline(
            union(self.reporters, other.reporters),
            union(self.correspondents, other.correspondents),
            union(self.photographers, other.photographers),
            union(self.editors, other.editors),
        )


@dataclass
class _Builder:
    people: dict[str, list[str]] = field(
        default_factory=lambda: {
            k: [] for k in ("reporters", "correspondents", "photographers", "editors")
        }
    )

    def add(self, role: str, name: str) -> None:
        if name not in self.people[role]:
            self.people[role].append(name)

    def build(self) -> Byline:
        p = self.people
        return Byline(
            *(tuple(p[k]) for k in ("reporters", "correspondents", "photographers", "editors"))
        )


# Every byline has a role word or a slash (张三/文); most lines have neither.
_HINT = re.compile(
    r"记者|采访人员|通讯员|实习生|作者|撰稿|拟稿|供稿|文稿|文字\s*[:：|｜]|制图|报道|摄|供图|编辑|责编|编审|校对|审核|/"
)
_AGENCY_AFTER = re.compile(r"\\[\u4e00-\u9fff]{2,8}$")
# (文 付柳): a bare mark, then names that must look like people's.
_BARE_MARK = re.compile(r"^(?:图文|文|图)[\s:：]")


# ·黄俊军·: a paper's closing credit, names between middle dots.
_DOTTED_NAMES = re.compile(
    r"[·•]\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3})\s*[·•]"
)


def roles_joined(paragraphs: list[str]) -> list[str]:
    """The paragraphs with a role alone on its line joined to the names on the next
    (记者 / 张枥丹 -> 记者 张枥丹), where they are a credit line: names that start with
    surnames (not 摄影 / 开工现场, a caption)."""
    out: list[str] = []
    at = 0
    while at < len(paragraphs):
        role = paragraphs[at].strip()
        if _ROLE_ALONE.fullmatch(role) and at + 1 < len(paragraphs):  # (most lines: not)
            names = paragraphs[at + 1].strip()
            joined = f"{role} {names}"
            if (
                _NAMES_LINE.fullmatch(names)
                and all(
                    n[0] in surnames() or n[:2] in compound_surnames() for n in _SPLIT.split(names)
                )
                and parse_byline(joined)
            ):
                out.append(joined)
                at += 2
                continue
        out.append(paragraphs[at])
        at += 1
    return out


def parse_byline(line: str, *, unlabelled: str | None = None) -> Byline | None:
    """The byline a whole line makes, or None when the line is anything else.
    `unlabelled`: the role of names before any role word (a news lead's credit:
    中新网广州3月9日电(王华 胡霜月) names reporters)."""
    if len(line) > 90:
        return None  # (most paragraphs: decided before the cache, which they would flush)
    return _parse_byline(line, unlabelled)


@lru_cache(maxsize=8192)  # (asked of each short line several times while splitting)
def _parse_byline(line: str, unlabelled: str | None) -> Byline | None:
    stripped = line.strip()
    dotted = _DOTTED_NAMES.fullmatch(stripped)
    if dotted is not None and all(_person(n) for n in dotted["names"].split()):
        return _reporters(dotted["names"].split())
    sent = _OUTLET_NAMES_FROM.match(stripped) or _STATION_NAMES.match(stripped)
    if sent is not None and all(_person(n) for n in sent["names"].split()):
        return _reporters(sent["names"].split())  # 达州频道 卓峻帆 深圳报道
    if "\\" in line:  # 文\图:何燕祖 / 特约摄影 秦廷富\视觉重庆: a slash, or the picture's agency
        line = _AGENCY_AFTER.sub("", line.strip()).replace("\\", "/")
    hinted = bool(unlabelled) or _HINT.search(line) is not None
    bare = not hinted and _BARE_MARK.match(line.strip()) is not None
    if not (hinted or bare):
        return None
    text = _BRACKETED_ROLE.sub(r"\1 ", _DECORATION.sub("", _AFFILIATION.sub(" ", line.strip())))
    text = _INNER_ROLE.sub(r" \1 ", text)  # 作者:【全媒体记者】陆军 吴磊
    text = _GLUED_EDITOR.sub(r"\1 \2", text)
    text = _GLUED_CREDIT.sub(" ", _ROLE_MARK.sub(r"\1 ", _FILLER.sub("", text)))
    text = _LEADING_MARK.sub("", _BOTH_MARK.sub("图文 ", text))
    text = _STATION.sub(" 通讯员 ", _OUTLET_WORD.sub("", text))
    text = _AGENCY.sub("", _SOURCE_TAIL.sub("", text))
    outlet_first = _OUTLET_THEN_NAMES.match(text)
    if outlet_first is not None:  # 河南手机报 雷一达 通讯员 范科伟: its reporter, unlabelled
        text, unlabelled = text[outlet_first.end() :], unlabelled or "reporters"
    place = _FROM_PLACE.search(text)
    if place and re.search(_ROLE_RE, text[: place.start()]) and not _named_report(place.group()):
        text = text[: place.start()]
    if not text or len(text) > 80:
        return None
    photo = supplied = wrote = False
    trailer = _TRAILER.search(text)
    if trailer:
        supplied = trailer.group(1) == "供图"
        wrote = trailer.group(1).replace(" ", "") in ("文/图", "图/文", "文图", "图文")
        photo = trailer.group(1).startswith("摄") or trailer.group(1) in ("/摄", "供图")
        text = text[: trailer.start()]
    text = _BOX_MARK.sub(" ", _COLON.sub(" ", text))
    if photo and unlabelled is None:
        words = _tokens(text)
        if len(words) == 2 and len(words[0]) > 4 and _SCENE.search(words[0]):
            # 开竣工仪式现场 邱俊杰/摄: a scene's caption, then its photographer (not 市委书记
            # 某某致辞 刘康 摄, a caption that names who is shown)
            text = words[1]
    builder = _Builder()
    role: str | None = unlabelled
    seen_role = unlabelled is not None
    seen_word = False  # a role word read
    for token in _tokens(text):
        slashed = _SLASHED.match(token)
        if slashed:
            name = slashed.group(1) or slashed.group(4)
            mark = slashed.group(2) or slashed.group(3)
            seen_role = True
            if name and len(name) == 3 and _OFFICE.search(name):
                role = "reporters" if "文" in mark else "photographers"
                continue  # 图文/办公室 李明泽: the desk, then the writer
            builder.add("reporters" if "文" in mark else "photographers", name)
            if slashed.group(3):  # 文/郑莉、郑重: the mark first is each name's
                role = "reporters" if "文" in mark else "photographers"
            continue
        outlet = _OUTLET.match(token)
        if outlet and not re.match(f"^(?:{_ROLE_RE})", token):
            token = token[outlet.end() :]  # 极目新闻记者: the role, whoever employs it
        match = re.match(f"^({_ROLE_RE})(.*)$", token)
        if match and match.group(1) in ("文", "图") and match.group(2):
            match = None  # a name that starts with 文 (文欢), not the role 文
        if match:
            role = _ROLES[match.group(1)]
            seen_role = seen_word = True
            token = match.group(2)
            if not token:
                continue
        if ((seen_word or unlabelled) and _OUTLET_NAME.match(token)) or token in _CUT_ROLES:
            continue  # (记者鄢朝晖 通讯: a role cut off by the page)
        if seen_word and (
            (len(token) > 4 and _EMPLOYER.search(token))
            or (len(token) == 3 and _OFFICE.search(token))
        ):
            continue  # 供稿:安乡交通局 邓锋 / 通讯员 | 商务局 吴恬: the employer, then the writer
        if (
            not _NAME.match(token)
            or _APP.match(token)
            or (role == unlabelled and not seen_word and _DESK.search(token))
            or _PLACE_CREDIT.match(token)
        ):
            return None  # (南岭讯(市发改委): a desk's credit; 供稿单位:东姚镇: a place's)
        if role is None and not photo:
            # 孙庆刚 本报记者 程传军: a writer's name before the reporter's role;
            # 莫舒华 莫新雄 文/图: writers' names before the mark that they wrote it
            rest = text[text.find(token) :]
            if not (_person(token) and (wrote or re.search(f"(?:{_ROLE_RE})", rest))):
                return None
            builder.add("reporters", token)
            continue
        builder.add(role or "photographers", token)
    if photo:
        # "记者 张三 摄": the credit is for the picture.
        people = builder.people
        for name in people["reporters"] + people["correspondents"]:
            builder.add("photographers", name)
        people["reporters"].clear()
        people["correspondents"].clear()
    byline = builder.build()
    if (
        photo
        and not seen_word
        and len(byline.photographers) > 1
        and not _person(byline.photographers[0])
    ):
        # 签约现场 林春盛 摄: a caption's last words before its photographer, no name
        byline = replace(byline, photographers=byline.photographers[1:])
    if supplied and not all(_person(n) for n in byline.photographers):
        return None  # 图片来源：成华区供图 / 吉林化建供图: pictures from a body, not a person
    if bare and not all(_person(n) for n in byline.reporters + byline.photographers):
        return None  # 文 化工园区
    return byline if byline and (seen_role or photo or wrote) else None


# A web page's record line: 来源：中国网 | 作者：买祥发、史笑妍 | 责任编辑：赵茜 / 作者:蒋林锋
# 钟芳玲 实习生:潘嘉诚 编辑:刘翥 2021-03-01 16:43:19. The people are in its 作者 (and
# 记者, 通讯员, 实习生, 摄影) fields.
# (the next field is spaced off: 作者:科左后旗发布 is an account, 作者:    发布日期 empty)
_RECORD_FIELD = re.compile(
    r"(?P<role>作者|记者|通讯员|实习生|摄影)(?:\s*[:：]\s*|\s+(?=[\u4e00-\u9fff]))"
    # (作者:      责任编辑:汪杰菲: an empty field, then the next)
    r"(?!丨|责任编辑|责编|编辑)(?P<names>[\u4e00-\u9fff·•・][\u4e00-\u9fff·•・、，,\s]{1,39}?)"
    r"(?=\s*(?:[|｜丨\]】]|[\d\[(（]|$|(?:文[/／]图|图[/／]文)\s*$)"
    r"|\s+(?:信息来源|来源|发布|发表|责任|编辑|网络编辑|审核|人气|浏览|阅读|点击|时间|日期|字体|字号|实习生|摄影|通讯员)"
    r"|(?:责任编辑|责编|编辑)\s*[:：])"  # (作者:朱子荣 李守钦责任编辑:王向力: run together)
)
_RECORD_CUE = re.compile(r"来源|来自\s*[:：]|发布|作者\s*[:：]")
# What a record line needs before it is read at all: a cue word or a date.
_RECORD_DAY = re.compile(r"\d{4}-\d")


def _may_be_record(line: str) -> bool:
    """Could the line be a record line? (Substring tests: a regex's alternation is slower.)"""
    return (
        "来源" in line
        or "来自" in line
        or "发布" in line
        or "作者" in line
        or ("-" in line and _RECORD_DAY.search(line) is not None)
    )


_DESK = re.compile(r"(?:室|部|科|局|站|处|中心|网|办|组|队|委|会|协|院|所|员|库|发布)$")
# No one's name: 作者:云上谷城 (a county's news app), 作者:佚名 (anonymous).
# (作者:消息 / 作者:综合 / 作者:本站 / 作者:本台记者 / 作者:小编: what the page was, not
# who wrote it)
_PLACE_CREDIT = re.compile(r"^(?:单位|[\u4e00-\u9fff]{1,4}(?:镇|乡|街道|县|村|社区))$")
_APP = re.compile(
    r"^(?:云上[\u4e00-\u9fff]{2,3}|今日[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,4}报"
    r"|佚名|匿名|消息|综合|本[网站台报刊](?:记者|编辑|通讯员)?|网络|未知|小编)$"
)
# An outlet, then its reporter's names with no role, then a role: 河南手机报 雷一达 通讯员 范科伟.
_OUTLET_THEN_NAMES = re.compile(
    r"^[\u4e00-\u9fff]{2,10}?(?:日报|晚报|晨报|报|网|台|新闻|客户端)\s+"
    r"(?=[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*\s+(?:通讯员|实习生|记者))"
)
# A county's station and its reporter under the headline: 临澧台:李绍平.
_STATION_NAMES = re.compile(
    r"^[\u4e00-\u9fff]{2,6}(?:电视台|台|融媒体中心|融媒)\s*[:：]\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*)$"
)
# An outlet, its reporter's names and where they reported from: 达州频道 卓峻帆 深圳报道.
_OUTLET_NAMES_FROM = re.compile(
    r"^[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|网|台|频道|新闻|客户端|在线)\s+"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*)\s+[\u4e00-\u9fff]{2,4}报道$"
)
_CUT_ROLES = frozenset({"通讯", "实习", "见习"})
# A local outlet among the names it sent: 川观新闻记者 赵荣昌 泸州观察 周梦颖 / 记者 张朝晖 中牟时报
# 马沂峰.
_OUTLET_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,8}(?:日报|晚报|晨报|时报|商报|频道|观察|客户端|网|台)$"
)


_GLUED_ROLE = re.compile(r"^(?:记者|通讯员|实习生)(?=[\u4e00-\u9fff]{2,3}$)")
_OUTLET_ROLE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:日报|晚报|商报|时报|报|网|台)(?:记者|通讯员)")
_ROLES_INSIDE = re.compile(r"(?:记者|通讯员|实习生)(?=\s*[\u4e00-\u9fff])")
_FIELD_END = re.compile(
    r"\s{2,}|\s*[|｜丨]|\s+(?=信息来源|来源|发布|发表|责任|编辑|网络编辑|审核|时间|日期|字号|字体|浏览|阅读|点击)"
)


def record_byline(line: str) -> Byline | None:
    """The people of a web page's record line (来源…作者：X…), or None."""
    if not _may_be_record(line):
        return None  # most lines: no cue and no date, nothing to read
    line = _BARRED_FIELD.sub(r"\1：", line)  # 来源 | X  作者 ¦ Y: a bar for the colon
    dated = _DATED_OUTLET_NAMES.match(line) or _DATED_OUTLET_REPORTER.search(line)
    if len(line) > 120 or not (dated or _RECORD_CUE.search(line)):
        return None
    builder = _Builder()
    source = _SOURCE_THEN_NAME.search(line) or dated or _TIMED_NAME.search(line)
    people = _padded_joined(source.group("names").split()) if source is not None else []
    if people and all(_person(name) for name in people):
        for name in people:
            builder.add("reporters", name)
    credit = _SOURCE_CREDIT.search(line)  # 来源:天津日报(记者 孙刚)
    credited = (credit and parse_byline(credit.group("credit"))) or Byline()
    for field_ in _RECORD_FIELD.finditer(line):
        if field_.group("role") == "作者" and _ROLES_INSIDE.match(field_.group("names")):
            # 作者:记者蒙思婷 通讯员韦宁 黄家胜: the author field holds a whole byline, up to
            # the next field (spaced off, or after a bar); the roles inside it are read
            # with it, not again as fields of their own
            whole = _FIELD_END.split(line[field_.start("names") :], maxsplit=1)[0]
            credited = credited.merged(parse_byline(whole) or Byline())
            break
        # (作者:记者 杨兰玲 吴贵民: the role written again before the names)
        # (作者: 商报记者 张云飞: the outlet's role)
        names = _padded_joined(
            [
                _GLUED_ROLE.sub("", n)  # (作者:邓静远 记者李华: the role glued to its name)
                for n in _SPLIT.split(field_.group("names"))
                if n and n not in _ROLES and not _OUTLET_ROLE.fullmatch(n)
            ]
        )
        while len(names) > 1 and len(names[0]) > 4 and _EMPLOYER.search(names[0]):
            names.pop(0)  # 作者:某某城建发展有限公司 叶其昌: the author's employer, then the author
        if not names or not all(
            _NAME.match(n) and not _DESK.search(n) and not _APP.match(n) for n in names
        ):
            return None  # (作者:办公室 / 作者:管理员: a desk, not a person)
        for name in names:
            builder.add(_ROLES[field_.group("role")], name)
    return builder.build().merged(credited) or None


_BARRED_FIELD = re.compile(r"(来源|作者|编辑|责编|编审|审核|校对)\s*[|｜¦]\s*")
# The page's source, then the author: 来源: 温岭日报 潘国志 / 来源:民进某区工委 彭珊 /
# 来自: 新乡日报 ;张亚鸽.
_SOURCE_THEN_NAME = re.compile(
    r"(?:来源|来自)\s*[:：]?\s*[^\s:：;；]{2,12}?(?:日报|晚报|晨报|报|网|台|社|新闻|委|局|办)"
    r"(?:\s+|\s*[;；]\s*)"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:\s+(?!发表|发布|时间)[\u4e00-\u9fff]{2,3}){0,3})"
    r"\s*(?:(?:发表|发布)?时间\s*[:：].*)?$"  # (来源 东方网 刘笑非 林朱辉 发表时间:11/27)
)
# The page's date, its outlet, then its people: 2025-04-28 黔东南新闻网 杨庭军 王先春 邰 有.
_DATED_OUTLET_NAMES = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}\s+[\u4e00-\u9fff]{2,12}?(?:日报|晚报|晨报|报|网|台|新闻)\s+"
    r"(?P<names>[\u4e00-\u9fff]{1,3}(?:\s+[\u4e00-\u9fff]{1,3}){1,7})\s*$"
)
# The page's date (and minute), its outlet, then its reporter: • 2018-06-13   《柳州日报》
# 记者 黎寒池 / 2019-09-20 14:34 四川画报记者王韬.
_DATED_OUTLET_REPORTER = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+《?[\u4e00-\u9fff]{2,12}?"
    r"(?:日报|晚报|晨报|报|网|台|新闻)》?\s*记者\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3})\s*$"
)
# The minute a page was posted, its authors, then its source: 2015-12-29 08:15:59  杨国才 来源:…
_TIMED_NAME = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,2})\s+来源"
)
# The source's credit in brackets: 来源:天津日报(记者 孙刚) 编辑:孙迟.
_SOURCE_CREDIT = re.compile(
    r"来源\s*[:：][^()（）]{2,16}[(（](?P<credit>[^()（）]{0,12}?记者[^()（）]{2,30})[)）]"
)
_EMPLOYER = re.compile(r"(?:公司|集团|中心|局|委|办|部|站|所|院|社|台|报|网)$")
# A government office of three characters (商务局, 发改委): no name ends so (社 and 台 may).
_OFFICE = re.compile(r"[局委办所室]$")


def _padded_joined(tokens: list[str]) -> list[str]:
    """麦 毅 / 焦 雯: a two-character name padded to the width of three is one name."""
    out: list[str] = []
    for token in tokens:
        if out and len(token) == 1 and len(out[-1]) == 1 and _NAME.match(out[-1] + token):
            out[-1] += token
        else:
            out.append(token)
    return out


def _glued(run: str) -> list[str] | None:
    """Names written without a space between them (李玲玲许金植, 蒋瑞姚森, 王将陈海黄学超, up to
    four: 袁增伟魏晓燕刘庆航叶青):
    the one way to cut the run into names of two or three characters that each begin
    with a surname, or None (欧阳志强, 司马连竹 are one name; a run cut two ways is left
    whole)."""
    if not 4 <= len(run) <= 12 or not _NAME_RUN.match(run) or _APP.match(run):
        return None
    if len(run) == 4 and run[:2] in compound_surnames():
        return None  # 司马连竹: a compound surname's name, not 司马 and 连竹

    def cuts(rest: str) -> list[list[str]]:
        if not rest:
            return [[]]
        return [
            [rest[:n], *tail]
            for n in (2, 3)
            if len(rest) >= n and rest[0] in surnames()
            for tail in cuts(rest[n:])
        ]

    found = [c for c in cuts(run) if len(c) > 1]
    if len(found) > 1:  # 顾旭昌李璇, not 顾旭 昌李璇: the one cut into common surnames
        found = [
            c
            for c in found
            if all(n[0] in common_surnames() and not _NOT_PERSON_END.search(n) for n in c)
        ]
    return found[0] if len(found) == 1 else None


_NAME_RUN = re.compile(r"^[\u4e00-\u9fff]+$")
# A role word of two characters or more glued after a name (记者曹敏通讯员俞新美); 文 and
# 图 are too common inside names to start a word, and a role's own prefix or an outlet
# (全媒体记者, 本报记者, 日报记者) is no name.
# (not inside 全媒体记者, nor after an outlet: 河南日报记者, 浙江之声记者, 县融媒体中心记者)
_BEFORE_ROLE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![体媒席习约报网台社闻端影声心])"
    r"(?:(?=(?:记者|通讯员|实习生|摄影|作者)[\u4e00-\u9fff]{2})"
    # 刘栋铭顾大炜见习记者 杨建雄: a prefixed role, its name spaced off (记者/ read as 记者 ),
    # but not after a posting (驻昆山首席记者 朱新国)
    r"|(?<!驻[\u4e00-\u9fff]{2})(?<!驻[\u4e00-\u9fff]{3})"
    r"(?=(?:见习|实习|特约|首席)(?:记者|通讯员)\s[\u4e00-\u9fff]{2}))"
)
# 记者高乐见习记者黄晓巍: a role with its prefix right after a name that follows a role.
_NAME_THEN_ROLE = re.compile(
    r"(?:(?<=记者[\u4e00-\u9fff]{2})|(?<=记者[\u4e00-\u9fff]{3})"
    r"|(?<=通讯员[\u4e00-\u9fff]{2})|(?<=通讯员[\u4e00-\u9fff]{3}))"
    r"(?=(?:全媒体|融媒|首席|见习|实习|特约|摄影)(?:记者|通讯员))"
    # 记者 陈勇通讯员 孙科强: any role right after a name spaced off a role
    r"|(?:(?<=记者\s[\u4e00-\u9fff]{2})|(?<=记者\s[\u4e00-\u9fff]{3}))(?=通讯员|实习生)"
)


def _tokens(text: str) -> list[str]:
    """The byline's words; a two-character name padded to the width of three (麦 毅) is
    one name, and names written without spaces (记者李玲玲许金植) are cut apart."""
    text = _BEFORE_ROLE.sub(" ", text)  # 记者曹敏通讯员俞新美: a role word starts a word
    text = _NAME_THEN_ROLE.sub(" ", text)
    tokens: list[str] = []
    for token in (t for t in _SPLIT.split(text) if t):
        role = re.match(f"^(?:{_ROLE_RE})", token)
        head, rest = (token[: role.end()], token[role.end() :]) if role else ("", token)
        # (封面新闻记者: an outlet and its role, no names run together)
        names = None if _OUTLET.match(rest) else _glued(rest)
        if head and len(rest) == 1:
            tokens += [head, rest]  # (记者栾 姗: a two-character name padded, then joined)
        elif names is None:
            tokens.append(token)
        else:
            tokens += [head, *names] if head else names
    return _padded_joined(tokens)


_LEAD_CUE = re.compile("[(（【讯者]")


# An outlet and its owner in brackets before the credit: 神农架新闻网(神农架融媒体中心)(记者X、Y).
# (荆楚网消息(楚天金报) 记者 毕卫 通讯员 丰汨 报道：: the credit spaced off, not bracketed)
_NAMED_OUTLET = re.compile(
    r"^[^()（），,。\s]{2,16}?(?:网|报|台|社|新闻|客户端)(?:消息|讯)?[(（][^()（）]{2,16}[)）]"
    r"(?=[(（]|\s*(?:记者|通讯员))"
)

# A site's tag before the credit: 【连网】 (连云港日报全媒体记者 王文 通讯员 段慧明).
_TAGGED_OUTLET = re.compile(r"^【[^【】()（）]{1,10}】\s*(?=[(（])")


def split_lead_credit(paragraph: str) -> tuple[str, Byline | None]:
    """Take a bracketed credit such as 本报讯(记者X 通讯员Y) off a lead paragraph.

    Returns the paragraph with the credit removed (the 本报讯 marker is kept) and
    the byline, or the paragraph unchanged and None.
    """
    if not _LEAD_CUE.search(paragraph, 0, 34):  # most paragraphs: no look needed
        return paragraph, None
    outlet = _OUTLET_CREDIT.match(paragraph)
    if outlet is not None:
        byline = parse_byline(outlet.group("names"), unlabelled="reporters")
        if byline is not None:
            return paragraph[outlet.end() :].lstrip(), byline
    named = _NAMED_OUTLET.match(paragraph) or _TAGGED_OUTLET.match(paragraph)
    if named is not None:
        rest, byline = split_lead_credit(paragraph[named.end() :])
        if byline is not None:
            return f"{named.group().rstrip()} {rest}", byline
    match = _LEAD_CREDIT.match(paragraph)
    if not match:
        return paragraph, None
    dated = match.group("dated") or match.group("spaced")
    if dated is not None:
        byline = parse_byline(dated)
        if byline is None:
            return paragraph, None
        return paragraph[match.end() :].lstrip(), byline
    if match.group("inline") is not None:
        byline = parse_byline(match.group("inline"), unlabelled="reporters")
        if byline is None:
            return paragraph, None
        if not match.group("inline_lead") and any(len(n) > 3 for n in byline.reporters):
            return paragraph, None  # 本报记者葛蕃西安报道: where the name ends is unknown
        rest = paragraph[match.end() :].lstrip()
        return f"{match.group('inline_lead').strip()} {rest}".lstrip(), byline
    news = match.group("lead") is not None
    rest = paragraph[match.end() :].lstrip()
    credit = _DISPATCH_DAY.sub(r"\1", match.group("credit"))  # 【本报记者熊晓芳21日电】
    # (方治 张世凌) 12月28号，…: names alone in brackets before the lead's date
    names = re.split(r"[、\s]+", credit.strip())
    if not news and _DATED_START.match(rest) and all(len(n) <= 3 and _person(n) for n in names):
        return rest, _reporters(names)
    byline = parse_byline(credit, unlabelled="reporters" if news else None)
    if byline is None:
        return paragraph, None
    lead = (match.group("lead") or "").strip()
    return (f"{lead} {rest}" if lead else rest), byline


_DATED_START = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|近日|日前|昨天|今天|昨日|今年")
# (not with a place before the day, 记者于珈琳沈阳31日电: where the name ends is unknown)
_DISPATCH_DAY = re.compile(
    r"((?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,3})\s*(?:\d{1,2}月)?\d{1,2}日电$"
)
_TRAILING_CREDIT = re.compile(r"[(（]([^()（）]{2,40})[)）]\s*$")
_ROLE_THEN_NAME = re.compile(r"(?P<role>记者|通讯员|实习生)\s*(?P<name>[\u4e00-\u9fff]{2,3})$")


# A caption's credit after its words: 活动现场。记者 李征航 摄 / 仪式现场 摄影 肖红光 /
# 签约现场。程子齐/摄.
_CAPTION_CREDIT = re.compile(
    # (记者:旦凯 摄 / 河北日报通讯员张军摄: a colon after the role, the paper before it)
    r"(?:(?<=[。！!])|\s)\s*(?P<credit>(?:[^\s。！!，,]{0,12}?(?:记者|通讯员)[:：]?)?\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:\s+(?:通讯员)?[\u4e00-\u9fff·]{2,4}){0,3}\s*/?(?:摄|供图)"
    r"|摄影\s*[:：]?\s*[\u4e00-\u9fff·]{2,4})$"
)


# A report signed off after its last sentence: …个。兰州日报社全媒体记者周靖博 / …项目。河南日报
# 记者赵振杰 / …亿元。□记者 朱玉东 通讯员 刘 博 / …意义。 □黄正西.
_SIGNED_OFF = re.compile(
    r"(?<=[。！!])\s*(?P<credit>[^。！!，,\s]{0,14}?\s*(?:记者|制图|□)\s*[\u4e00-\u9fff][\s\u4e00-\u9fff]{1,20})$"
)


_EDITOR_AFTER = re.compile(r"(?<=[)）])\s*(?:责任编辑|编辑)\s*[:：]\s*\S{1,20}$")
_REPOSTED = re.compile(r"\s+(?:转自|转载自)[\u4e00-\u9fff]{2,12}$")


def split_original_title_credit(paragraph: str) -> tuple[str, Byline | None]:
    """(原标题:共建“飞地”产业园 记者:阮帅 通讯员:朱舒瑶): the credits a repost keeps
    inside the original headline's brackets, taken off it."""
    match = _ORIGINAL_TITLE.match(paragraph.strip())
    byline = parse_byline(match["credits"]) if match else None
    if match is None or byline is None:
        return paragraph, None
    return f"(原标题:{match['title']})", byline


_ORIGINAL_TITLE = re.compile(
    r"^[(（]原标题\s*[:：]\s*(?P<title>[^()（）]+?)\s+"
    r"(?P<credits>(?:记者|通讯员|作者|实习生|文|图)\s*[:：][^()（）]+)[)）]$"
)


def split_trailing_credit(paragraph: str) -> tuple[str, Byline | None]:
    """Take a credit off the end of a paragraph: 图为签约现场。（张永刚 摄） / 活动现场。记者
    李征航 摄"""
    if paragraph.endswith((")?", "）?")):
        # (通讯员 朱元军)?: a character the page lost after the credit (a question ends in ？)
        paragraph = paragraph[:-1]
    if paragraph.endswith(("摄", "供图")) or "摄影" in paragraph[-12:]:
        # (…仪式 林芝报 蔡尧 摄: the paper's name is no name; the credit may start later)
        at = max(0, len(paragraph) - 40)
        while (caption := _CAPTION_CREDIT.search(paragraph, at)) is not None:
            byline = parse_byline(caption.group("credit"))
            if byline:
                return paragraph[: caption.start()].rstrip(), byline
            at = caption.start() + 1
    # (…示意图。 制图 寇博 / …意义。 □黄正西: a mark, then the reporter)
    if "记者" in paragraph[-20:] or "制图" in paragraph[-12:] or "□" in paragraph[-8:]:
        signed = _SIGNED_OFF.search(paragraph, max(0, len(paragraph) - 30))
        if signed is not None:
            credit = _REPOSTED.sub("", signed.group("credit"))  # (… 转自溧水发布: where from)
            # (□黄正西: a mark and the name alone, no role to say what the name is)
            byline = parse_byline(credit, unlabelled="reporters" if credit[0] == "□" else None)
            if byline:
                return paragraph[: signed.start()].rstrip(), byline
    editor = _EDITOR_AFTER.search(paragraph) if "编辑" in paragraph else None
    if editor is not None:
        # …报道。(通讯员 王长江) 责任编辑:guanliyuan3: the page's editor after the credit
        rest, byline = split_trailing_credit(paragraph[: editor.start()])
        if byline is not None:
            return rest, byline
    if not paragraph.endswith((")", "）")):
        return paragraph, None
    match = _TRAILING_CREDIT.search(paragraph, max(0, len(paragraph) - 60))
    if not match:
        return paragraph, None
    credit = match.group(1)
    byline = parse_byline(credit)
    if byline is None and re.search("记者|通讯员|实习生", credit):
        # （张晓玲 记者 孙伟民）: a correspondent's name before the reporter's role
        byline = parse_byline(credit, unlabelled="reporters")
    if byline is None and credit.endswith("报道"):
        # (罗新飞 报道): names and the word that they reported, no role
        names = credit.removesuffix("报道").split()
        byline = _reporters(names) if names and all(map(_person, names)) else None
    if byline is None and (last := _ROLE_THEN_NAME.search(credit)) and _person(last["name"]):
        # (中国台湾网郴州市台办通讯员冯吉生): an outlet and an office before the role
        byline = parse_byline(f"{last['role']} {last['name']}")
    if byline is None and credit.startswith("来源"):
        byline = record_byline(credit)  # …平台。(来源:中新网 郑江洛): the source, its reporter
    if byline is None:
        return paragraph, None
    return paragraph[: match.start()].rstrip(), byline


# The names that close a county paper's report, with no role: …居衡水市全市第一。（高雷、卢增晖）
# / （刘丽萍） / （工宣 顾卫远） / （蒋瑞姚森） / a last line 陈莹 严君臣 俞新美 / a wire's
# sign-off (完)中新社东莞3月9日电 (李映民 李纯).
_CLOSING_NAMES = re.compile(
    r"(?:^|(?<=[。！!？?”])|(?<=\d日电))\s*(?P<open>[(（])?\s*(?:(?<=[(（])(?P<desk>[\u4e00-\u9fff]{2,10})\s+)?"
    r"(?P<names>[\u4e00-\u9fff]{1,12}(?:[、\s]+[\u4e00-\u9fff]{1,3}){0,5})"
    r"(?(open)\s*[)）]|)\s*$"
)
_LINE_OUTLET = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:融媒体?|融媒体中心|发布|日报|电视台)\s+(?=\S)")
# (刘露露 来源:花乡沭阳): the page the names' report came from, inside their brackets
_SOURCE_INSIDE = re.compile(r"\s+(?:来源|稿源)[:：][^()（）]{1,12}(?=[)）]\s*$)")
# …完成率达到102%。 李瑞民: a space after the last sentence, then one name
_SPACED_LAST = re.compile(r"[。！!]\s+[\u4e00-\u9fff]{2,3}$")
_DONE = re.compile(r"\s*[(（]完[)）]\s*$")  # (迟焕东 赵永航)(完): the wire's end mark
# (马忠俊强调, a speech's subheading: 强调 is no name though 强 is a surname)
_NOT_PERSON_END = re.compile(r"(?:县|市|区|省|镇|乡|村|报|社|网|台|摄|供稿|提供|^强调|^表示)$")


def split_closing_names(paragraph: str) -> tuple[str, Byline | None]:
    """Take the names with no role off the end of an article's last paragraph, where
    county papers credit their reporters: （高雷、卢增晖）, （刘丽萍）, （工宣 顾卫远）, or
    a last line of names alone (陈莹 严君臣). Each name begins with a surname."""
    paragraph = _DONE.sub("", _SOURCE_INSIDE.sub("", paragraph))
    spaced = _SPACED_LAST.search(paragraph) is not None  # (…达到102%。 李瑞民)
    if len(paragraph) > 40 and not paragraph.endswith((")", "）")) and not spaced:
        return paragraph, None
    outlet = _LINE_OUTLET.match(paragraph)
    if outlet is not None:
        # 盐源融媒  刘晓琼  周静: a local outlet's line, then the names it sent
        sent = paragraph[outlet.end() :].split()
        if sent and all(len(n) <= 3 and _person(n) for n in sent):
            return "", _reporters(sent)
    match = _CLOSING_NAMES.search(paragraph, max(0, len(paragraph) - 40))
    if not match:
        return paragraph, None
    names: list[str] = []
    # (章 龙 / 崔 杰: a two-character name padded to the width of three is one name)
    for run in _padded_joined(re.split(r"[、\s]+", match.group("names").strip())):
        names += ([run] if len(run) <= 3 or _person(run) else _glued(run) or [""]) if run else []
    if names[-1:] == ["报道"]:
        names.pop()  # (区报道组 陈颖 陈强 报道): the word that they reported, no name
    desk = match.group("desk")
    if desk and len(desk) <= 3 and _person(desk):
        names.insert(0, desk)  # （宋成均 张宝林）: two names, no desk
    alone = not paragraph[: match.start()].strip()  # a line of names (陈莹 严君臣 俞新美)
    if (
        not names
        or _one_word_twice(names)
        or not (all(_person(n) for n in names) or _pen_names(names, match))
        or (match.group("open") is None and not spaced and (not alone or len(names) < 2))
    ):
        return paragraph, None
    return paragraph[: match.start()].rstrip(), _reporters(names)


def _pen_names(names: list[str], match: re.Match[str]) -> bool:
    """(江华 姗姗 秦超 凤丽): three or more names in the closing brackets, most of them a
    surname's, the others a pen name of two characters."""
    return (
        match.group("open") is not None
        and len(names) >= 3
        and 3 * sum(_person(n) for n in names) >= 2 * len(names)
        and all(
            _person(n) or (len(n) == 2 and not _DESK.search(n) and not _NOT_PERSON_END.search(n))
            for n in names
        )
    )


# Names alone under a headline (张惠 / 陈莹 严君臣 俞新美), or two or more opening a page's
# record line (佘振芳 周晓雪 发布时间:…): the article's authors.
_OPENING_NAMES = re.compile(
    r"^(?P<names>[\u4e00-\u9fff]{2,3}(?:[、\s]+[\u4e00-\u9fff]{2,3}){0,5})"
    r"(?:\s+(?:\d{4}[-/.年]|发布|来源|时间).*)?$"
)


def names_alone(line: str, least: int = 1) -> Byline | None:
    """The byline of a line of at least `least` names alone, or None."""
    match = _OPENING_NAMES.match(line.strip())
    if not match:
        return None
    names = re.split(r"[、\s]+", match.group("names"))
    if match.group("names") != line.strip():
        least = max(least, 2)  # (房大秘 2020-05-18 08:52: one name before a date may be an account)
    if len(names) < least or not all(_person(n) for n in names):
        return None
    if _one_word_twice(names):
        return None
    return _reporters(names)


def _one_word_twice(names: Sequence[str]) -> bool:
    """路过 路过 / 高兴 高兴: a page's mood buttons and their labels, no one's names."""
    return len(names) > 1 and len(set(names)) == 1


def _reporters(names: Sequence[str]) -> Byline:
    """The byline of names with no role, the reporters."""
    builder = _Builder()
    for name in names:
        builder.add("reporters", name)
    return builder.build()


def _named_report(place: str) -> bool:
    """记者刘明正 吴笙铭报道: the last reporter's name glued to 报道, not where they
    reported from (德州报道; 张家口报道, 哈尔滨报道: a place's ending, a dictionary word)."""
    name = place.strip()[:-2]
    return (
        len(name) == 3
        and _person(name)
        and not _PLACE_END_CHAR.search(name)
        and not _dictionary_word(name)
    )


_PLACE_END_CHAR = re.compile(r"[州市县区镇乡村口庄山江河湖岛城港省湾岭坝沟台]$")


@lru_cache(maxsize=4096)
def _dictionary_word(word: str) -> bool:
    import rjieba

    return bool(rjieba.has_word(word))


def _person(name: str) -> bool:
    return (
        (2 <= len(name) <= 3 and name[0] in surnames())
        or (3 <= len(name) <= 4 and name[:2] in compound_surnames())  # 皇甫秀玲
    ) and (name not in _ROLES and not _DESK.search(name) and not _NOT_PERSON_END.search(name))
