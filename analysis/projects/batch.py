"""What a report says of its batch: the announced count, the batch total, each project's own
amount, the fields (聚焦…等领域) and the event."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from newsx.analysis.amounts import Amount, find_amounts
from newsx.analysis.projects.items import (
    _counted,
    _has_money,
    _Item,
    _List,
    _prefix_count,
    _sentences,
    _told_event,
)
from newsx.analysis.projects.text import _headline_like, _last_clause, _number, _split_top
from newsx.analysis.projects.vocabulary import (
    _COUNT,
    _COUNTED_SUBJECT,
    _EVENT,
    _EVENTS,
    _FIELD_LIST,
    _LEADING,
    _NOT_BATCH_COUNT,
    _OWN_AMOUNT_GAP,
    _PROVINCES,
    _QUOTES,
    _SIGNING_VERB,
    _TOTAL_KEY,
)


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
            # (向投资商发布135个项目: projects offered, not the batch)
            offered = match and _OFFERED.search(clause[: match.start()])
            # (一大批企业: many, no count)
            many = match and match.group().startswith("一大批")
            if match and not _NOT_BATCH_COUNT.search(clause) and not offered and not many:
                return _number(match.group("n") or match.group("m"))
    return None


_OFFERED = re.compile(r"(?:推出|发布|推介)了?[^，,。；;会]{0,8}$")


# Money that has come in (招商引资到位资金161.97亿元) is a tally, not what projects cost.
_ARRIVED = re.compile(r"到位(?:资金|资本|外资|内资)?[^，,。；;]{0,2}$|实际利用")
_PITCHED = re.compile(r"推介|推出|发布")
# (今年将安排…项目40个: this year's plan, no running count)
_CUMULATIVE_COUNT = re.compile(
    r"以来|累计(?!总投资|投资总额)|今年(?![^，,。；;]{0,12}?(?:将|计划|拟)安排)|已|截至"
    r"|近年来|近几年|多年来"  # (近年来其在锡承接约30个项目: the firm's record)
)
# Before a total, a year gone by makes it that year's (仅去年…新上32个工程，总投资就达1.52亿元).
_RUNNING_OR_PAST = re.compile(rf"{_CUMULATIVE_COUNT.pattern}|去年|上年|前年|往年")
# A province by name, or the whole of one: a level above the cities and counties.
_WIDER = re.compile(rf"(?:{'|'.join(_PROVINCES)})省|全省")
_OWN = re.compile(r"[我本全](?:市|县|区)")
_TOUR_OR_MEETING = re.compile(r"观摩|调研|视察|督导|督查|考察|会议")
# (西洽会, 厦洽会, 兰洽会: a fair by its short name)
_FAIR = re.compile(r"推介会|洽谈会|招商会|博览会|[\u4e00-\u9fff]洽会|交易会")
_THIS_TIME = re.compile(r"(?<=[，,])(?:本次|此次|这次)")
_SHARE = re.compile(r"占[^，,。；;]{0,8}?(?:总额|总投资|总量)")
# 偃师市在本届中博会上…签订了投资合同: a county of the city, before the city's own list.
_A_PART = re.compile(r"[\u4e00-\u9fff]{2,4}[市县区](?![委长])(?<![我本全]市)(?<![我本全][县区])")
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
        and not _ARRIVED.search(text[max(0, a.start - 8) : a.start])
        # 我县谋划项目共69个，总投资约300亿元: a pool of plans, not a batch.
        and not _PLANNED_POOL.search(_sentence_at(text, a.start)[:40])
        # 目前在建和拟建项目总投资近3亿元: what stands or is still to come, not a batch.
        and not _STANDING_TOTAL.search(text[max(0, a.start - 16) : a.start])
        # 投资额分别为300亿元、700亿元: each project's own.
        and not _EACH_TOTAL.search(text, max(0, a.start - 3), a.start)
        # 20个项目中有5个总投资超过10亿元: how many are over a size, no total (but
        # 16个项目总投资超64亿元 is the batch's).
        and not (a.qualifier and _SIZE_COUNTED.search(text, max(0, a.start - 12), a.start))
    ]
    keyed = totals
    # A single project (中联重科拟建华东基地，总投资超过100亿元): its total is the batch's.
    single = totals[0] if totals and len(found) == 1 else None
    totals = [
        a
        for a in keyed
        if a.start not in taken and not _own_gap_before(text, a, found) and not _part_total(text, a)
    ]

    def in_sentence(sentence: str, end: int | None = None, begin: int = 0) -> Amount | None:
        at = text.find(sentence)
        if at < 0:
            return None
        stop = at + (len(sentence) if end is None else end)
        return next((a for a in totals if at + begin <= a.start < stop), None)

    # 全部项目总投资达到120亿元: the total of all, whatever the lists' own totals.
    for sentence in sentences:
        whole = _ALL_PROJECTS_TOTAL.search(sentence)
        total = in_sentence(sentence, begin=whole.end()) if whole else None
        if total is not None:
            return total
    headlines = [line for line in text.split("\n")[:2] if _headline_like(line)]
    # A headline that counts the batch and gives its total (108个项目集中开工 总投资668亿元)
    # tells the whole, where the body may go on to name a part's projects (其中产业项目58个，
    # 总投资388亿元，涵盖…) — not a running count (今年以来共开工…136个).
    # (not 142个重点项目全年总投资757.08亿元: the year's whole plan, not a batch)
    for line in headlines:
        total = in_sentence(line)
        if (
            total is not None
            and (_counted(line) or 0) > 1
            and not _CUMULATIVE_COUNT.search(line)
            and "全年" not in line
        ):
            return _written_out(total, keyed, text.find(line) + len(line))
    # Lists in several sentences, each with its own total (一是…等20个工业项目，总投资
    # 55.2亿元。二是…), are parts: none of their totals is the batch's.
    with_totals = {lst.sentence for lst in lists if in_sentence(lst.sentence) is not None}
    for lst in lists if len(with_totals) < 2 else ():
        # 新签约项目32个，签约额99.75亿元。其中，…7个，签约额32亿元: a 其中 sentence
        # holds parts; the batch is in the sentence before.
        if lst.sentence.startswith("其中") and lst.sentence in sentences:
            before = sentences[: sentences.index(lst.sentence)]
            total = in_sentence(before[-1]) if before else None
            # (not 总投资分别达216.03亿元、1518.7亿元: the parts' totals, told together)
            if total is not None and not _EACH_TOTAL.search(
                text, max(0, total.start - 3), total.start
            ):
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
                # (not 该项目是该县一项重要的民生工程，项目总投资约3亿元: one project, its own)
                (_counted(before) or 0) > 1
                and not _CUMULATIVE_COUNT.search(before)
                and not _PITCHED.search(before)  # 推出…招商引资项目40个，概算投资321亿元
                # 城乡类项目3个，总投资6亿元；农业类项目2个，总投资1.93亿元: parts.
                and len(_split_top(before, "；;")) < 2
                # (not a county's batch before 我市签约项目中…主要有: the city's list)
                and not (_OWN.search(lst.sentence[: lst.start]) and _A_PART.match(before))
                # (此外，市外…广安市签约3个项目，金额22.5亿元: an aside on others' batch)
                and not before.lstrip().startswith(("此外", "另外"))
                # (…产业项目355个，投资额3291亿元，占签约总额的52%: a share of the whole)
                and not _SHARE.search(before)
            ):
                total = in_sentence(before)
        if total is not None:
            return total
    # Only sentences that may hold a total are read further (a long text stays cheap).
    holding = [s for s in sentences if _TOTAL_HINT.search(s)] if totals else []
    if expected is not None:
        # The body's total before the headline's (超145亿 rounds 145.96亿元).
        for sentence in [s for s in holding if s not in headlines]:
            # 签约项目16个。其中，产业类项目10个、科技人才类项目6个，累计总投资达17亿元:
            # the breakdown after the count goes on to the batch's total.
            if (
                sentence.startswith("其中")
                and _counted(_sentence_before(sentence, sentences)) == expected
            ):
                total = in_sentence(sentence)
                if total is not None:
                    return total
            begin = 0
            for clause in _split_top(sentence, "，,"):
                if _counted(clause) == expected:
                    # 实施项目230个，总投资X，开工项目31个总投资Y: the count's own total.
                    total = in_sentence(sentence, begin=begin)
                    if total is not None:
                        return total
                begin += len(clause) + 1
    for line in headlines:  # headline or subtitle: 12个项目总投资超过100亿元
        total = in_sentence(line)
        if total is not None:
            return _written_out(total, keyed, text.find(line) + len(line))
    # The sentence that counts the batch and says what happened to it (17个招商重点项目
    # 签约，总投资112.8亿元), when it is not a running total.
    # What follows the total does not make it a running one (…总投资71.5亿元，是…有史以来
    # 规模最大的一年).
    for sentence in holding:
        # (…共签订…正式合同项目692个，投资总额6329.81亿元: 签订 is the event too)
        if _COUNTED_SUBJECT.search(sentence) and (
            _EVENT.search(sentence) or _SIGNING_VERB.search(sentence)
        ):
            total = in_sentence(sentence)
            if total is not None and not _RUNNING_OR_PAST.search(_before(text, sentence, total)):
                return total
            # (截至目前…完成总投资20.2亿元，本次该县共安排集中开工项目15个，总投资达53.2亿元:
            # the day's batch after the running count)
            this = _THIS_TIME.search(sentence)
            total = in_sentence(sentence, begin=this.end()) if this else None
            if (
                this is not None
                and total is not None
                and not _RUNNING_OR_PAST.search(_before(text, sentence, total)[this.end() :])
            ):
                return total
    # … or the sentence after it, with no subject of its own (12个重大项目集中开工。项目总投资
    # 245亿元).
    for sentence, after in itertools.pairwise(sentences):
        if (
            _TOTAL_OPENS.match(after.strip())
            and _COUNTED_SUBJECT.search(sentence)
            and _EVENT.search(sentence)
            and not _CUMULATIVE_COUNT.search(sentence)
        ):
            total = in_sentence(after)
            if total is not None:
                return total
    # The day's batch as a subject (此次集中开工项目总投资约10.67亿元), with no count; what
    # comes before 此次 is not about the batch (作为今年…的活动之一，本次集中开工的项目…).
    for sentence in holding:
        batch = _THIS_BATCH.search(sentence)
        total = in_sentence(sentence) if batch is not None else None
        if (
            batch is not None
            and total is not None
            and not _RUNNING_OR_PAST.search(_before(text, sentence, total)[batch.start() :])
        ):
            return total
    # The sentence that names the first project (与A、B分别就W、X项目签约，协议引资251.8亿元).
    first = next((s for s in sentences if found[0].name in s), None)
    if first is not None and len(found) > 1 and len(with_totals) < 2:
        total = in_sentence(first)
        if total is not None:
            return total
    return single


def _written_out(rounded: Amount, totals: Sequence[Amount], body: int) -> Amount:
    """The body's total that the headline's rounds (超百亿元 / 10亿元 / 超千亿元 for
    103.3亿元 / 10.4亿元 / 1126亿元), if the body writes one; else the headline's."""
    if not rounded.qualifier and any(a.start >= body and a.value == rounded.value for a in totals):
        return rounded  # (the body writes the same: 总投资152亿元, not a part's 138亿元)
    return next(
        (
            a
            for a in totals
            if a.start >= body
            and a.currency == rounded.currency
            and a.value != rounded.value
            and abs(a.value - rounded.value) <= 0.15 * rounded.value
            # (超800亿元 rounds no 681.498亿元: over is over, near is under)
            and not (rounded.qualifier in _OVER and a.value < rounded.value)
            and not (rounded.qualifier in _UNDER and a.value > rounded.value)
        ),
        rounded,
    )


_OVER = frozenset({"超", "超过", "逾", "多", "余", "达"})  # (达50亿元: at least)
_UNDER = frozenset({"近", "不到"})


def _before(text: str, sentence: str, amount: Amount) -> str:
    """The part of `sentence` (found in `text`) before `amount`."""
    return text[text.find(sentence) : amount.start]


def _sentence_before(sentence: str, sentences: Sequence[str]) -> str:
    at = sentences.index(sentence) if sentence in sentences else 0
    return sentences[at - 1] if at else ""


def _part_total(text: str, amount: Amount) -> bool:
    """Is `amount` the total of a part the sentence singles out after the whole (开工139个，
    其中过10亿元的项目26个，总投资775亿元)? A sentence that opens with 其中 is not, nor a
    其中 that splits the whole in parts adding up to it (签约项目21个，其中现场签约12个、网络
    视频签约9个，签约协议总投资额为176.25亿元)."""
    start = max(text.rfind(c, 0, amount.start) for c in "。！？!?\n") + 1
    clauses = [c.strip() for c in _split_top(text[start : amount.start], "，,；;")]
    return any(
        c.startswith("其中") and not _adds_up(c, clauses[:n])
        for n, c in enumerate(clauses)
        if n and n >= len(clauses) - 2
    )


def _adds_up(parts: str, before: Sequence[str]) -> bool:
    """Do the counts of `parts` add up to the count of the clause before them?"""
    counts = [_number(n) for n in _PART_COUNT.findall(parts)]
    return len(counts) > 1 and _counted(before[-1]) == sum(counts)


def _unnamed_batch_total(text: str, paragraphs: Sequence[str], head: str) -> Amount | None:
    """The total of a batch whose projects are not named (云签约19个项目，总投资50.8亿元).

    Only in a batch report (an event in the headline or the lead: 推介会暨重点项目集中签约
    仪式), and only a total written with the batch: in a sentence that counts its projects
    or names the event (此次集中开工的项目…总投资达27.58亿元), else in the headline.
    Cumulative totals are not the batch's.
    """
    if not _TOTAL_WORD.search(text):
        return None
    # (a page that lost its headline, its lead standing in: the paragraph after it too,
    # unless the lead tells of a tour or a meeting, whose business comes after it)
    body = [p for p in paragraphs if not _headline_like(p)]
    headless = bool(body) and body[0] == head and not _TOUR_OR_MEETING.search(head)
    lead = "\n".join(body[: 2 if headless else 1])
    # (a fair in the headline signs too: 某县招商引资项目推介会召开 … 共9个项目进行了签约)
    if not (_EVENT.search(head) or _EVENT.search(lead) or _FAIR.search(head)):
        return None
    amounts = [
        a
        for a in find_amounts(text)
        if _TOTAL_KEY.search(text[max(0, a.start - 12) : a.start])
        and not _YEARLY.search(text[max(0, a.start - 12) : a.start])  # (年度计划投资: the year's)
    ]
    if not amounts:
        return None
    sentences = _sentences(paragraphs)
    batch = []
    for n, s in enumerate(sentences):
        if _COUNTED_SUBJECT.search(s) or (_EVENT.search(s) and "项目" in s):
            batch.append(s)
            # (签约项目共计22个，其中…。总投资额为24.65亿元: its total opening the next)
            if n + 1 < len(sentences) and _TOTAL_OPENS.match(sentences[n + 1]):
                batch.append(sentences[n + 1])
    for sentence in [*batch, head]:
        at = text.find(sentence)
        if at < 0:
            continue
        total = next((a for a in amounts if at <= a.start < at + len(sentence)), None)
        # 今年以来累计签约46个，总投资300亿元 is not this batch (其中今年计划… after it is).
        if total is not None and not _CUMULATIVE_COUNT.search(text[at : total.start]):
            # (a headline's 签约总额超130亿 rounds the body's 合计签约额130.1亿元)
            return _written_out(total, amounts, at + len(sentence)) if sentence in head else total
    return None


# (签约项目预计投资总额超百亿元: the signed projects opening the sentence are the day's too;
# 此次集中开工的工程…: works are projects)
_THIS_BATCH = re.compile(
    rf"(?:此次|本次|这次|今天|当天)(?:{_EVENTS})的?(?:项目|企业|工程)"
    r"|^(?:签约|开工)(?:的)?项目(?=预计|总投资|投资总额|计划总投资)"
)
_TOTAL_OPENS = re.compile(
    r"(?:(?:以上|上述|这些)?项目)?(?:共|合计|估算|概算)?(?:计划)?(?:总投资|投资总额)"
)
_TOTAL_HINT = re.compile(r"投资|额|引资|概算|资金|规模")
_EACH_TOTAL = re.compile(r"分别(?:达|为|是|约)?$")
_PART_COUNT = re.compile(rf"(?<![\d.])({_COUNT})(?:个|项|家)")
_STANDING_TOTAL = re.compile(r"(?:在建|拟建)[^，,。；;]{0,4}项目[^，,。；;]{0,4}$")
_PLANNED_POOL = re.compile(r"(?:谋划|储备|策划|在谈|(?<!签约)洽谈)(?:的)?(?:重点|重大)?项目")
# A year's share of the spending (年度计划投资463.4亿元) is not what the projects cost.
_YEARLY = re.compile(r"(?:年度|全年|当年|年内|年)(?:计划)?(?:完成)?投资[^，,。；;]{0,4}$")
_SIZE_COUNTED = re.compile(rf"有{_COUNT}个(?:项目)?(?:计划)?总?投资(?:额)?$")
_ALL_PROJECTS_TOTAL = re.compile(
    r"(?:全部|所有)(?:签约|开工)?(?:项目|企业)(?:合计|共计)?(?:计划)?(?:总投资|投资总额)"
)
_COUNT_BEFORE_TOTAL = re.compile(rf"{_COUNT}(?:个|项)(?:计划|协议)?总投资(?:约|达|超|为)?$")
_THRESHOLD = re.compile(r"及?以[上下]|左右的|的项目|项目\d+[个项]")
_TOTAL_WORD = re.compile(
    r"总投资|投资总额|总额|金额|合计投资|共投资|合同投资|签约额|概算|引进资金|引资|计划投资|[，,]投资|揽金"
)


def _own_gap_before(text: str, amount: Amount, found: Sequence[_Item]) -> bool:
    """Is `amount` written right after one of the projects (its own amount)?"""
    window = text[max(0, amount.start - 90) : amount.start]
    return any(_owns(window, item.name) for item in found)


_HEAD_AGAIN = re.compile(r"^(?:[(（][^()（）]{1,12}[)）])?项目")
_ITEM_NUMBER = re.compile(r"(?:^|[\s。；;：:])[\d一二三四五六七八九十]{1,2}、$")


def _owns(window: str, name: str) -> bool:
    """Does `window` (the text before an amount) end with `name` and an own-amount gap?

    The last member of a list (A、B和C，总投资…) does not own the list's total.
    """
    at = window.rfind(name)
    if at < 0:
        return False
    # 新能源动力电池 (a list's short form) -> …电池项目，总投资; X项目(某公司)项目计划总投资
    gap = _HEAD_AGAIN.sub("", window[at + len(name) :], count=1)
    if not _OWN_AMOUNT_GAP.match(gap):
        return False
    before = window[:at].rstrip(_QUOTES)
    if before.endswith(("和", "及", "以及")) or (
        before.endswith("、") and not _ITEM_NUMBER.search(before)  # (2、X项目: its number)
    ):
        return False
    # 投资3亿元的C项目，总投资15.8亿元: C has its amount before it; this one is the list's.
    # (a sentence before, with money of its own, is not C's clause)
    clause = _last_clause(re.split(r"[。！？!?\n]", before)[-1])
    return not (before.endswith("的") and _has_money(clause))


def _own_amounts(
    text: str, names: Sequence[str], amounts: Sequence[Amount], batch: Amount | None
) -> dict[str, Amount]:
    """Each project's own amount: the first amount written right after its name.

    A batch's total is no member's own, unless the batch is that one project.
    """
    own: dict[str, Amount] = {}
    for name in sorted(names, key=len, reverse=True):
        for amount in amounts:
            if (amount is batch and len(names) > 1) or amount in own.values():
                continue
            window = text[max(0, amount.start - len(name) - 64) : amount.start]
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


def _refine_event(event: str, head: str) -> str:
    """签约 in the list, 云签约 in the headline: the headline is more specific."""
    for specific in ("云签约", "集中签约", "集中开工", "集中竣工"):
        if specific.endswith(event) and event and specific in head:
            return specific
    return event


def _article_event(head: str, lists: Sequence[_List], lead: str) -> str:
    """The headline's event, else the first list's, else the lead sentence's (a
    reposted dispatch has no headline: 举行集中签约活动 is in its first sentence)."""
    event = _told_event(head)
    if not event and lists and lists[0].items:
        event = lists[0].items[0].event
    if event:
        return event
    # 为推动项目落地，…举行集中签约活动: the ceremony's event, not the purpose's.
    sentence = _split_top(lead, "。！？!?")[0]
    ceremony = _CEREMONY_EVENT.search(sentence)
    event = ceremony.group(1) if ceremony else _told_event(sentence)
    if not event and lists and _SIGNING_VERB.search(lists[0].sentence):
        event = "签约"  # 成功签订A、B、C共5个: a signing, in other words
    return event


_CEREMONY_EVENT = re.compile(rf"({_EVENTS})(?:仪式|活动|大会)")
