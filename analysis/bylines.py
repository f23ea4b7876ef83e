"""Bylines: who wrote the article and who took the pictures.

Forms seen in print and on the web:
    记者 马燕 王阳 通讯员 李盼 文/图
    本报讯(记者黄柏秀 文欢 莫保义 郭丽洁)
    图片均由记者李桂柏 黄柏秀 廖梓杰 摄
    ■本报记者 张三    (张三/文 李四/图)    摄影 王五    责任编辑：赵六
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
    "记者": "reporters",
    "特约通讯员": "correspondents",
    "通讯员": "correspondents",
    "实习生": "correspondents",
    "摄影": "photographers",
    "图片": "photographers",
    "责任编辑": "editors",
    "编辑": "editors",
    "校对": "editors",
    "审核": "editors",
    "文": "reporters",
    "图": "photographers",
}
_ROLE_RE = "|".join(sorted(map(re.escape, _ROLES), key=len, reverse=True))
_DECORATION = re.compile(r"^[■□●◆◇★☆【\[(（\s]+|[】\])）\s]+$")
# Markers that close a byline or a credit: 文/图 (text and pictures), 摄 (photo by).
_TRAILER = re.compile(r"\s*(文\s*/\s*图|图\s*/\s*文|文图|摄影?|报道|供图|/摄)$")
_FILLER = re.compile(r"^(图片|照片)?(均由|由|均为)")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_SLASHED = re.compile(
    r"^([\u4e00-\u9fff·]{2,4})\s*/\s*(文|图|摄)$|^(文|图|摄)\s*/\s*([\u4e00-\u9fff·]{2,4})$"
)
# 本报讯(记者…) and similar credits in brackets at the start of a lead paragraph.
_LEAD_CREDIT = re.compile(r"^(?P<lead>[^()（）]{0,16}?讯\s*)?[(（](?P<credit>[^()（）]{2,60})[)）]")
_COLON = re.compile(r"[:：]")
_SPLIT = re.compile(r"[\s、，,;；\u3000]+")


@dataclass(frozen=True)
class Byline:
    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.reporters or self.correspondents or self.photographers or self.editors)

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
_HINT = re.compile("记者|通讯员|实习生|摄|编辑|校对|审核|/")


def parse_byline(line: str) -> Byline | None:
    """The byline a whole line makes, or None when the line is anything else."""
    if len(line) > 90 or not _HINT.search(line):
        return None
    text = _DECORATION.sub("", line.strip())
    text = _FILLER.sub("", text)
    if not text or len(text) > 80:
        return None
    photo = False
    trailer = _TRAILER.search(text)
    if trailer:
        photo = trailer.group(1).startswith("摄") or trailer.group(1) == "/摄"
        text = text[: trailer.start()]
    text = _COLON.sub(" ", text)
    builder = _Builder()
    role: str | None = None
    seen_role = False
    for token in filter(None, _SPLIT.split(text)):
        slashed = _SLASHED.match(token)
        if slashed:
            name = slashed.group(1) or slashed.group(4)
            mark = slashed.group(2) or slashed.group(3)
            builder.add("reporters" if mark == "文" else "photographers", name)
            seen_role = True
            continue
        match = re.match(f"^({_ROLE_RE})(.*)$", token)
        if match and match.group(1) in ("文", "图") and match.group(2):
            match = None  # a name that starts with 文 (文欢), not the role 文
        if match:
            role = _ROLES[match.group(1)]
            seen_role = True
            token = match.group(2)
            if not token:
                continue
        if not _NAME.match(token):
            return None
        if role is None:
            if not photo:
                return None
            role = "photographers"
        builder.add(role, token)
    if photo:
        # "记者 张三 摄": the credit is for the picture.
        people = builder.people
        for name in people["reporters"] + people["correspondents"]:
            builder.add("photographers", name)
        people["reporters"].clear()
        people["correspondents"].clear()
    byline = builder.build()
    return byline if byline and (seen_role or photo) else None


def split_lead_credit(paragraph: str) -> tuple[str, Byline | None]:
    """Take a bracketed credit such as 本报讯(记者X 通讯员Y) off a lead paragraph.

    Returns the paragraph with the credit removed (the 本报讯 marker is kept) and
    the byline, or the paragraph unchanged and None.
    """
    opening = paragraph[:20]
    if "(" not in opening and "（" not in opening:  # most paragraphs: no look needed
        return paragraph, None
    match = _LEAD_CREDIT.match(paragraph)
    if not match:
        return paragraph, None
    byline = parse_byline(match.group("credit"))
    if byline is None:
        return paragraph, None
    lead = (match.group("lead") or "").strip()
    rest = paragraph[match.end() :].lstrip()
    return (f"{lead} {rest}" if lead else rest), byline


_TRAILING_CREDIT = re.compile(r"[(（]([^()（）]{2,40})[)）]\s*$")


def split_trailing_credit(paragraph: str) -> tuple[str, Byline | None]:
    """Take a bracketed credit off the end of a paragraph: 图为签约现场。（张永刚 摄）"""
    if not paragraph.endswith((")", "）")):
        return paragraph, None
    match = _TRAILING_CREDIT.search(paragraph, max(0, len(paragraph) - 60))
    if not match:
        return paragraph, None
    byline = parse_byline(match.group(1))
    if byline is None:
        return paragraph, None
    return paragraph[: match.start()].rstrip(), byline
