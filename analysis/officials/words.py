"""What one word or a few characters tell the reader: whether they can be a name
(_plausible, a common word, a numeral given name), how often the segmenter sees them and
as what, and whether a word starts an organisation, ends a title's prefix, joins a
department's name or names a field."""

from __future__ import annotations

import re
from functools import lru_cache

from newsx.analysis.officials.lexicon import _Lexicon, _lexicon

# Segmenter tags that end a prefix: pronouns, prepositions, conjunctions,
# particles, interjections. Not adverbs: the segmenter tags 高速 in 山东高速集团
# as one, so the adverbs that do end a prefix (亲切, 先后) are listed as words.
_STOP_TAGS = ("r", "p", "c", "u", "y", "e", "o")


# Times and numbers end it too, but not 未来科技 or 第一: only real dates and counts.
_TIME_OR_COUNT = re.compile(
    r"[\d０-９]|^[一二三四五六七八九十两几多半]+[个名位次]?$"
    r"|(?:[一二三四五六七八九十两]|^[今去明前当本次昨同]?)[年月日时号天]$"
    r"|[上下中]午|晚|早|今|昨|明天|近[日期来]|日前|当天|目前"
)


_DIGIT_RUN = re.compile("[一二三四五六七八九〇零]{2,}")


_CJK = re.compile(r"[\u3400-\u9fff]")


def _numbered_given(name: str, surname_len: int, word_tag: str) -> bool:
    """许四军: a given name starting with a numeral, which the segmenter reads as a
    number (许四 m); after a full title and before a list's 、 it is a name."""
    return name[surname_len] in "一二三四五六七八九十" and word_tag in ("", "m")


@lru_cache(maxsize=65536)
def _plausible(name: str, surname_len: int, *, closed: bool = False) -> bool:
    """Can these characters be a name, by themselves: not a modifier (常务), no
    character that never stands in a given name, no title head inside (张书记)?
    closed: a full title stands before it and a comma or a role verb after it, so a
    character that ends given names only rarely may end this one (谷纲要, 张其太)."""
    lex = _lexicon()
    if name in lex.modifiers:
        return False  # 常务副区长, 高级总裁
    if len(name) == 2 and name[0] == name[1]:
        return False  # 总书记殷殷嘱托: a doubled character is an adverb, not a name
    given = name[surname_len:]
    if closed and given[-1] in _RARELY_LAST_GIVEN:
        given = given[:-1]
    if len(given) == 2 and given[1] in _LAST_GIVEN:
        given = given[0]  # 郑传记: ends a two-character given name
    elif len(given) == 2 and given[0] in _NOT_LAST_GIVEN:
        given = given[1]  # 宋位平: inside a name it is a given name's character
    if not all(_CJK.match(c) and c not in lex.excluded_given for c in given):
        return False
    return not lex.heads.search(name)


# Excluded from given names as title fragments (书记), but they end two-character
# given names (传记, 永记) where a title cannot follow.
_LAST_GIVEN = frozenset("记")


# Excluded as an adverb, a province, a verb or a place word (太多, 某省, 需要, 县里),
# but they end given names where a full title and a comma or a role verb frame them
# (张其太, 刘先省, 谷纲要, 市长董里主持).
_RARELY_LAST_GIVEN = frozenset("太省要里府党")


# Excluded as measure words, particles or adverbs where they end a reading (三位,
# 单位, 获得, 一日, 正在, 医院, 能够, 主任, 李强又来到; 长安镇, a place; 县里), but they
# begin two-character given names (宋位平, 李得胜, 王再兴, 张从军, 刘更生, 赵太平, 孙名扬,
# 周日新, 于在明, 张院生, 杨记明, 陈能刚, 刘任远, 谢又生, 李镇江, 聂里宁).
_NOT_LAST_GIVEN = frozenset("位得再从更太名日在院记能任又镇里都")


# How often a word is in the segmenter's dictionary above which it is an ordinary
# word first (华丽 433, 文明 6584) and a name only where the structure says so;
# given names that are words are rarer (海涛 32, 常胜 120, 方军 77).
_COMMON = 200


_COMMON_START = 1000  # 任务重, 方向东: the surname and one character make a word


def _closed_by_word(s: str, pos: int, length: int, follower: int) -> bool:
    """Is the name at s[pos] closed by a word of two characters that follows names
    (随同, 亲率; not a comma), after a surname seldom a verb of its own (符, not 来)?"""
    if follower < 2 or not _CJK.match(s, pos + length):
        return False
    return not _dictionary_tag(s[pos]).startswith("v") or _frequency(s[pos]) < _VERB_OFTEN


_VERB_OFTEN = 10_000


def _common_word(name: str, surname_len: int) -> bool:
    if len(name) - surname_len == 1:
        return _frequency(name) >= _COMMON
    start = name[: surname_len + 1]
    return _frequency(start) >= _COMMON_START and not _dictionary_tag(start).startswith("nr")


@lru_cache(maxsize=65536)
def _frequency(word: str) -> int:
    """The word's frequency in jieba's dictionary, 0 when it is not a word."""
    import rjieba

    return int(rjieba.suggest_freq(word)) - 1 if rjieba.has_word(word) else 0


@lru_cache(maxsize=65536)
def _dictionary_tag(word: str) -> str:
    import rjieba

    tags = rjieba.tag(word, False)
    return str(tags[0][1]) if len(tags) == 1 else ""


def _starts_organisation(word: str, tag: str) -> bool:
    """Does this word begin an organisation's name: a place, or an administrative
    level (县委, 市政府, 省发改委) or 中共/中国/国家/全国?"""
    return (
        tag.startswith("ns")
        or word[0] in "省市县区镇乡州盟旗"
        or word.startswith(("中共", "中国", "国家", "全国", "中央"))
    )


def _ends_prefix(word: str, tag: str) -> bool:
    """Does this word, read leftwards, end a title's organisation prefix?"""
    if tag.startswith(_STOP_TAGS) and tag != "eng":
        # TCL中环: a word in Latin letters (eng, not e) starts a company's name;
        # particles are one character (的, 得); 万得 tagged ud is a name
        return not tag.startswith("u") or len(word) == 1 or word in ("等等", "之类")
    if tag.startswith(("m", "t")):
        if _DIGIT_RUN.fullmatch(word):
            return False  # 三一重工: digits with no place word (三十一) are no count
        return bool(_TIME_OR_COUNT.search(word))  # 5月30日, 上午; not 未来科技
    if tag == "x":
        return not _CJK.match(word)  # punctuation; unknown words (澜启) are tagged x too
    return False


# 和 in a department's name: 组织人事和社会保障局, 住房和城乡建设局; not between a
# person and another organisation (郑学选与苏州市委书记).
def _joins_department(tags: list[tuple[str, str]], k: int, after: str) -> bool:
    before = tags[k - 1] if k > 0 else None
    return (
        before is not None
        and before[1].startswith(("n", "v", "l"))  # 自然资源 (l) 和规划局
        and not before[1].startswith("nr")
        and k + 1 < len(tags)
        and not _starts_organisation(*tags[k + 1])
        and not before[0].endswith(_WHOLE_BODIES)  # 区政府与复星集团党委书记: two bodies
        and _DEPARTMENT.match(after) is not None
    )


# (在漳州宾馆与招商局集团党委书记: a venue, then the body whose leader is met)
_WHOLE_BODIES = ("政府", "公司", "集团", "宾馆", "酒店", "饭店", "大厦", "会堂", "礼堂", "会议室")


# The conjunct after 和 reaches a unit's name: 社会保障局, 体育局党组, 土壤与肥料
# 研究所, 资源与环境信息系统国家重点实验室, 新能源与装备制造产业链 (whose head is 链长).
_DEPARTMENT = re.compile(r"[^和与、，,]{1,12}?(?:[局厅部委办所院室]|中心|产业链|指挥部)")


# 平和县委书记: a conjunction joins two phrases, and a lone character at the start
# of the prefix is no phrase, so 和 with one character before it and an
# administrative level after it is inside a place's name. Not a pronoun (他和县长).
# Returns how many characters of the word before 和 belong to the place: 1, also
# when the segmenter glued a preposition to it (由云 / 和 / 县委), else 0.
def _place_before_and(tags: list[tuple[str, str]], k: int, lex: _Lexicon) -> int:
    if k == 0 or k + 1 >= len(tags) or not tags[k + 1][0].startswith(_LEVELS):
        return 0
    word, tag = tags[k - 1]
    char = word[-1]
    if not _CJK.match(char) or char in _LEVELS or tag.startswith("r"):
        return 0
    if len(word) == 2 and word[0] in lex.prefix_stops and not _frequency(word):
        return 1
    starts = k == 1 or tags[k - 2][0] in lex.prefix_stops or _ends_prefix(*tags[k - 2])
    return 1 if len(word) == 1 and starts else 0


# A noun and a verb before a title name a field of work (市场开发总监, 技术研发
# 主管) or a unit (湖北分行行长, where the segmenter reads 分行 as a verb): the
# verb has a noun before it, so it does not take the title as its object.
def _names_a_field(tags: list[tuple[str, str]], k: int, lex: _Lexicon) -> bool:
    if k == 0:
        return False
    word, tag = tags[k - 1]
    return (
        tag in ("n", "vn", "nz", "ns", "nt")
        and len(word) > 1
        and word not in lex.prefix_stops
        and not lex.heads.search(word)
    )


_LEVELS = tuple("省市县区镇乡州盟旗")


# The last characters of bodies' names: 县委, 县政府, 地区, 集团公司, 财政局.
_UNIT_ENDINGS = tuple("委府区局厅部办司团院所校行会")


def _is_organisation(word: str, tag: str) -> bool:
    return tag.startswith(("ns", "nt")) or (len(word) > 1 and word.endswith(_UNIT_ENDINGS))


def _glued_stop(word: str, after: str, lex: _Lexicon) -> bool:
    """Did the segmenter glue a word that ends a prefix to what starts the organisation:
    由 to 县 (由县人大主任), 及 to 旗委 (X及旗委书记), 有 to 原 (有原河南省…), 由 or 与 to a
    name it does not know (由白下高新园, 与川铁电气…投资总监)?"""
    if len(word) < 2 or word[0] not in lex.prefix_stops:
        return False
    if word[1:] == "原" and not _frequency(word):
        return True  # 领导嘉宾有原河南省人大常委会…: 有 glued to 原 (former; not 还原)
    if word[1] == "乡" and _frequency(word) >= 100:
        return False  # 同乡总会: a word (fellow townsmen), not 同 before a township
    if word[1] in _LEVELS:
        return not _frequency(word) if len(word) > 2 else not after.startswith(_LEVELS)
    if word[0] == "据":  # 据道真县委书记: a place it does not know, after 据 (according to)
        return not _frequency(word)
    return len(word) >= 3 and word[0] in "由在把被与" and not _frequency(word)
