"""A report people open and read: one self-contained HTML file built from plain data.

`report_facts` is the per-unit task (picklable, like those in newsx.analysis.tasks):
for each article its metadata, word counts, officials and projects. The caller
aggregates and ranks, fills a :class:`Report`, and :func:`render_html` turns it
into a page that needs no network: styles inline, the word cloud as a data URI,
the keyword chart as inline SVG, text in the reader's own Chinese fonts.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsx.analysis.keywords import Keyword, WordCounts
from newsx.analysis.tasks import (
    Articles,
    Config,
    Item,
    KeywordOptions,
    People,
    Unit,
    keyword_counts,
    people,
    projects,
)

# The reader's Chinese fonts first, then (when embedded) the page's own subset of
# Noto Sans SC, then the system UI font for Latin text. system-ui must not come
# first: Chromium does not fall back from it to later families for characters it
# lacks (on a machine without Chinese fonts, mixed runs such as 5月30日 showed
# empty boxes although the embedded font had the glyphs).
FONT_STACK = (
    '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", '
    '"Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", EMBEDDED, '
    "system-ui, -apple-system, sans-serif"
)


# -- per article: what the task finds ----------------------------------------------------


@dataclass(frozen=True)
class ArticleFacts:
    """One article as the report needs it (its text is not kept)."""

    title: str
    subtitle: str
    reporters: tuple[str, ...]
    correspondents: tuple[str, ...]
    photographers: tuple[str, ...]
    chars: int
    counts: WordCounts
    people: People  # officials, byline and appointments, as `newsx officials` finds them
    projects: Any  # newsx.analysis.projects.ProjectReport, as `newsx projects` finds it

    @property
    def officials(self) -> tuple[Any, ...]:  # newsx.analysis.officials.Official
        return tuple(self.people.officials)


def report_facts(config: Config, options: KeywordOptions, unit: Unit) -> Articles[ArticleFacts]:
    """Each article's byline, size, word counts, officials and projects.

    Composed of the keywords, officials and projects tasks, so the report shows
    what `newsx keywords`, `newsx officials` and `newsx projects` show.
    """
    from newsx.analysis.articles import split_articles

    counted = keyword_counts(config, replace(options, per_article=True), unit)
    seen = people(config, unit)
    listed = projects(config, unit)
    found = {article.index: article for article in split_articles(unit.text)}
    items = []
    for words, persons, report in zip(counted.items, seen.items, listed.items, strict=True):
        article = found[words.index]
        facts = ArticleFacts(
            title=article.title,
            subtitle=article.subtitle,
            reporters=article.byline.reporters,
            correspondents=article.byline.correspondents,
            photographers=article.byline.photographers,
            chars=article.chars,
            counts=words.payload,
            people=persons.payload,
            projects=report.payload,
        )
        items.append(Item(words.index, words.title, words.date, words.fingerprint, facts))
    return Articles(items, counted.total)


# -- the report's data -------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleView:
    position: int  # 1-based, in the report
    file: str
    number: int  # within its file
    date: str  # as written (5月30日)
    date_iso: str  # 2020-05-30, or "" when the year is unknown
    facts: ArticleFacts
    keywords: tuple[Keyword, ...]

    @property
    def anchor(self) -> str:
        return f"article-{self.position}"


@dataclass(frozen=True)
class OfficialRow:
    name: str
    titles: tuple[str, ...]
    roles: tuple[str, ...]
    articles: int
    mentions: int
    title_changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProjectRow:
    name: str
    event: str
    amount: str  # as written (超5亿元), or ""
    amount_yuan: float | None
    articles: int
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    title: str
    files: tuple[str, ...]
    articles: tuple[ArticleView, ...]
    keywords: tuple[Keyword, ...]  # the corpus's top keywords, best first
    officials: tuple[OfficialRow, ...]
    projects: tuple[ProjectRow, ...]
    batch_total_yuan: float = 0.0  # totals the articles announce for their batches, summed
    cloud_png: bytes | None = None
    method: str = "tfidf"
    generated: str = ""  # shown in the footer, e.g. "newsx 0.2.0, 2024-06-01 10:00"

    @property
    def chars(self) -> int:
        return sum(a.facts.chars for a in self.articles)

    @property
    def dates(self) -> tuple[str, str]:
        """The first and last date: ISO where known, else as written."""
        known = sorted(a.date_iso for a in self.articles if a.date_iso)
        if known:
            return known[0], known[-1]
        written = [a.date for a in self.articles if a.date]
        return (written[0], written[-1]) if written else ("", "")

    @property
    def project_amount_yuan(self) -> float:
        return sum(p.amount_yuan or 0 for p in self.projects)


# -- rendering ---------------------------------------------------------------------------


def render_html(report: Report, *, font: Path | None = None) -> str:
    """The report as one HTML document with everything inline.

    With `font` (a font file with Chinese, e.g. the bundled Noto Sans SC), the
    glyphs the page uses are embedded as a WOFF subset and listed in the font
    stack after the reader's own Chinese fonts: a machine with none still shows
    Chinese, not boxes.
    """
    main = "\n".join(
        [
            '<header class="top">',
            f"<h1>{_e(report.title)}</h1>",
            f'<p class="lead">{_lead(report)}</p>',
            _nav(),
            "</header>",
            "<main>",
            _summary(report),
            _keywords(report),
            _cloud(report),
            _officials(report),
            _projects(report),
            _articles(report),
            "</main>",
            f"<footer><p>{_e(report.generated or 'newsx')}</p></footer>",
        ]
    )
    face = _font_face(font, report.title + _DATA_URI.sub("", main)) if font else ""
    stack = FONT_STACK.replace("EMBEDDED, ", f"{EMBEDDED_FAMILY}, " if face else "")
    css = face + _CSS.replace("FONTS", stack)
    parts = [
        "<!doctype html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="newsx">',
        f"<title>{_e(report.title)}</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
        main,
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


EMBEDDED_FAMILY = '"newsx-sans"'
_DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+")


def _font_face(path: Path, page: str) -> str:
    """@font-face with the page's non-ASCII characters from the font at `path`."""
    from newsx.analysis.cloud import woff_subset

    text = "".join(sorted({c for c in html.unescape(page) if ord(c) > 0x7F}))
    if not text:
        return ""
    data = base64.b64encode(woff_subset(path, text)).decode("ascii")
    return (
        f"@font-face{{font-family:{EMBEDDED_FAMILY};"
        f'src:url("data:font/woff;base64,{data}") format("woff")}}'
    )


SECTIONS = (
    ("summary", "概览", "Summary"),
    ("keywords", "关键词", "Keywords"),
    ("cloud", "词云", "Word cloud"),
    ("officials", "官员", "Officials"),
    ("projects", "项目", "Projects"),
    ("articles", "文章", "Articles"),
)


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _heading(key: str) -> str:
    chinese, english = next((c, e) for k, c, e in SECTIONS if k == key)
    return f'<h2 id="{key}">{_e(chinese)} <span class="en">{_e(english)}</span></h2>'


def _nav() -> str:
    links = "".join(f'<a href="#{k}">{_e(c)}</a>' for k, c, _ in SECTIONS)
    return f'<nav aria-label="目录">{links}</nav>'


def _lead(report: Report) -> str:
    """One line under the title, as HTML: how much, and when."""
    first, _ = report.dates
    parts = [f"{len(report.files)} 个文件", f"{len(report.articles)} 篇文章"]
    line = " · ".join(f'<span class="nw">{_e(p)}</span>' for p in parts)
    return line + (f" · {_span(*report.dates)}" if first else "")


def _summary(report: Report) -> str:
    first, last = report.dates
    cells = [  # values are HTML
        ("文件", "Files", f"{len(report.files):,}"),
        ("文章", "Articles", f"{len(report.articles):,}"),
        ("日期", "Dates", _span(first, last)),
        ("字数", "Characters", f"{report.chars:,}"),
        ("官员", "Officials", f"{len(report.officials):,}"),
        ("项目", "Projects", f"{len(report.projects):,}"),
    ]
    if report.batch_total_yuan:
        cells.append(("公布投资", "Announced", _e(format_yuan(report.batch_total_yuan))))
    items = "".join(
        f'<div class="stat"><dt>{_e(c)} <span class="en">{_e(e)}</span></dt><dd>{v}</dd></div>'
        for c, e, v in cells
    )
    files = "".join(f"<li><code>{_e(f)}</code></li>" for f in report.files)
    return (
        f'<section class="summary">{_heading("summary")}<dl class="stats">{items}</dl>'
        f'<details><summary>输入文件 Inputs</summary><ul class="files">{files}</ul></details>'
        "</section>"
    )


def _span(first: str, last: str) -> str:
    """A date range that breaks only at its dash."""
    if not first:
        return "—"
    if first == last:
        return f'<span class="nw">{_e(first)}</span>'
    return f'<span class="nw">{_e(first)}</span> – <span class="nw">{_e(last)}</span>'


def _keywords(report: Report) -> str:
    if not report.keywords:
        return f'<section>{_heading("keywords")}<p class="none">没有关键词。</p></section>'
    label = {"tfidf": "TF-IDF", "freq": "词频 frequency", "textrank": "TextRank"}.get(
        report.method, report.method
    )
    return (
        f'<section>{_heading("keywords")}<p class="note">按 {_e(label)} 排序；'
        "括号内为出现次数。</p>"
        f"{bar_chart(report.keywords)}</section>"
    )


def bar_chart(keywords: Sequence[Keyword], *, row: int = 26) -> str:
    """Horizontal bars as inline SVG: word, bar (score), value and count.

    Horizontal positions are percentages of the chart's width, so the chart fits
    a phone or a laptop while its text keeps the page's font size.
    """
    if not keywords:
        return ""
    top = max(k.score for k in keywords) or 1.0
    height = row * len(keywords) + 4
    names = ", ".join(k.word for k in keywords[:10])
    out = [
        f'<svg class="bars" width="100%" height="{height}" role="img" '
        f'aria-label="{_e("关键词: " + names)}">'
    ]
    for i, keyword in enumerate(keywords):
        y = i * row + 2
        share = 50 * keyword.score / top
        middle = y + row / 2
        out.append(
            f"<g><title>{_e(keyword.word)}: {keyword.score:.4g} ({keyword.count})</title>"
            f'<text class="word" x="24%" y="{middle:.1f}" text-anchor="end" '
            f'dominant-baseline="central">{_e(keyword.word)}</text>'
            f'<rect x="25%" y="{y + 4}" width="{share:.2f}%" height="{row - 8}" rx="3"></rect>'
            f'<text class="value" x="{25 + share + 1:.2f}%" y="{middle:.1f}" '
            f'dominant-baseline="central">{keyword.score:.3g} ({keyword.count})</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


def _cloud(report: Report) -> str:
    if not report.cloud_png:
        return ""
    data = base64.b64encode(report.cloud_png).decode("ascii")
    words = "、".join(k.word for k in report.keywords[:12])
    return (
        f'<section>{_heading("cloud")}<figure class="cloud">'
        f'<img src="data:image/png;base64,{data}" alt="{_e("词云：" + words)}">'
        "</figure></section>"
    )


def _officials(report: Report) -> str:
    if not report.officials:
        return f'<section>{_heading("officials")}<p class="none">没有找到官员。</p></section>'
    rows = []
    for person in report.officials:
        changes = (
            f'<div class="changes">{_e("；".join(person.title_changes))}</div>'
            if person.title_changes
            else ""
        )
        rows.append(
            "<tr>"
            f'<th scope="row">{_e(person.name)}</th>'
            f"<td>{_list(person.titles)}{changes}</td>"
            f"<td>{_e('、'.join(person.roles))}</td>"
            f'<td class="num">{person.articles}</td>'
            f'<td class="num">{person.mentions}</td>'
            "</tr>"
        )
    return (
        f"<section>{_heading('officials')}"
        f'<p class="note">{len(report.officials)} 人，按出现的文章数排序。</p>'
        '<div class="scroll"><table class="officials">'
        "<thead><tr><th>姓名</th><th>职务</th><th>活动</th>"
        '<th class="num">文章</th><th class="num">提及</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def _projects(report: Report) -> str:
    if not report.projects:
        return f'<section>{_heading("projects")}<p class="none">没有找到项目。</p></section>'
    with_amount = [p for p in report.projects if p.amount_yuan]
    fields = {p.fields for p in report.projects}
    totals = [f"共 {len(report.projects)} 个项目"]
    if report.batch_total_yuan:
        totals.append(f"文章公布的投资总额合计 {format_yuan(report.batch_total_yuan)}")
    if with_amount:
        totals.append(
            f"{len(with_amount)} 个项目列出金额，合计 {format_yuan(report.project_amount_yuan)}"
        )
    if len(fields) == 1 and next(iter(fields)):
        totals.append(f"领域：{'、'.join(next(iter(fields)))}")
    # (header, numeric, cell): a column only where it tells rows apart.
    columns: list[tuple[str, bool, Callable[[ProjectRow], str]]] = [
        ("事件", False, lambda p: p.event),
    ]
    if with_amount or any(p.amount for p in report.projects):
        columns.append(("金额", True, lambda p: p.amount))
    columns.append(("文章", True, lambda p: str(p.articles)))
    if len(fields) > 1:
        columns.append(("领域", False, lambda p: "、".join(p.fields)))
    numeric = ' class="num"'
    head = "".join(f"<th{numeric if num else ''}>{_e(h)}</th>" for h, num, _ in columns)
    rows = "".join(
        f'<tr><th scope="row">{_e(p.name)}</th>'
        + "".join(f"<td{numeric if num else ''}>{_e(cell(p))}</td>" for _, num, cell in columns)
        + "</tr>"
        for p in report.projects
    )
    foot = ""
    if with_amount:
        cells = "".join(
            f'<td class="num">{_e(format_yuan(report.project_amount_yuan))}</td>'
            if h == "金额"
            else "<td></td>"
            for h, _, _ in columns
        )
        foot = f'<tfoot><tr><th scope="row">合计 Total</th>{cells}</tr></tfoot>'
    return (
        f'<section>{_heading("projects")}<p class="totals">{_e("；".join(totals))}。</p>'
        '<div class="scroll"><table class="projects">'
        f"<thead><tr><th>项目</th>{head}</tr></thead>"
        f"<tbody>{rows}</tbody>{foot}</table></div></section>"
    )


def _articles(report: Report) -> str:
    toc = "".join(
        f'<li><a href="#{a.anchor}">{_e(a.facts.title or "（无标题）")}</a>'
        f'<span class="when">{_e(a.date_iso or a.date)}</span></li>'
        for a in report.articles
    )
    sections = "".join(_article(a) for a in report.articles)
    return (
        f'<section class="articles">{_heading("articles")}'
        f'<ol class="toc">{toc}</ol>{sections}</section>'
    )


def _article(view: ArticleView) -> str:
    facts = view.facts
    meta = [
        ("文件", f"<code>{_e(view.file)}</code> 第 {view.number} 篇"),
        ("日期", _e(view.date_iso or view.date or "—")),
    ]
    for label, names in (
        ("记者", facts.reporters),
        ("通讯员", facts.correspondents),
        ("摄影", facts.photographers),
    ):
        if names:
            meta.append((label, _e("、".join(names))))
    meta.append(("字数", f"{facts.chars:,}"))
    meta_html = "".join(f"<div><dt>{_e(k)}</dt><dd>{v}</dd></div>" for k, v in meta)
    parts = [
        f'<article id="{view.anchor}">',
        f"<h3>{_e(facts.title or '（无标题）')}</h3>",
        f'<p class="subtitle">{_e(facts.subtitle)}</p>' if facts.subtitle else "",
        f'<dl class="meta">{meta_html}</dl>',
    ]
    if facts.officials:
        items = "".join(
            f"<li><strong>{_e(o.name)}</strong> {_e('、'.join(o.titles))}"
            + (f' <span class="roles">{_e("、".join(o.roles))}</span>' if o.roles else "")
            + "</li>"
            for o in facts.officials
        )
        parts.append(f'<h4>官员</h4><ul class="people">{items}</ul>')
    report = facts.projects
    if report is not None and report.projects:
        total = (
            f'<p class="totals">公布总投资 {_e(report.batch_total.text)}</p>'
            if report.batch_total is not None
            else ""
        )
        items = "".join(
            f"<li>{_e(p.name)}"
            + (f' <span class="amount">{_e(p.amount.text)}</span>' if p.amount else "")
            + "</li>"
            for p in report.projects
        )
        parts.append(
            f'<h4>项目 <span class="count">{len(report.projects)}</span></h4>'
            f'{total}<ol class="projects">{items}</ol>'
        )
    if view.keywords:
        chips = "".join(f"<li>{_e(k.word)}</li>" for k in view.keywords)
        parts.append(f'<h4>关键词</h4><ul class="chips">{chips}</ul>')
    parts.append('<p class="back"><a href="#articles">↑ 文章列表</a></p></article>')
    return "".join(p for p in parts if p)


def _list(values: Iterable[str]) -> str:
    return "<br>".join(_e(v) for v in values)


def format_yuan(value: float) -> str:
    """An amount in yuan as a reader writes it: 64亿元, 5150万元, 800元."""
    for size, unit in ((1e8, "亿元"), (1e4, "万元")):
        if abs(value) >= size:
            number = f"{value / size:,.2f}".rstrip("0").rstrip(".")
            return f"{number}{unit}"
    return f"{value:,.0f}元"


_CSS = """
:root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--soft:#f6f8fa;--accent:#0b6bcb;
--bar:#2f81f7;--page:#fff}
@media (prefers-color-scheme:dark){:root{--ink:#e6edf3;--muted:#9198a1;--line:#3d444d;
--soft:#151b23;--accent:#4493f8;--bar:#4493f8;--page:#0d1117}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--page);color:var(--ink);font-family:FONTS;
font-size:16px;line-height:1.65}
header.top,main,footer{max-width:64rem;margin:0 auto;padding:0 1.25rem}
header.top{padding-top:1.5rem;border-bottom:1px solid var(--line)}
h1{font-size:1.75rem;line-height:1.3;margin:0 0 .25rem}
h2{font-size:1.35rem;margin:2.5rem 0 .75rem;padding-bottom:.3rem;
border-bottom:1px solid var(--line)}
h3{font-size:1.15rem;margin:0 0 .25rem;line-height:1.4}
h4{font-size:.95rem;margin:1rem 0 .35rem;color:var(--muted)}
.en{font-weight:normal;color:var(--muted);font-size:.8em}
.lead,.note,.none,.subtitle,.when,footer{color:var(--muted)}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:.6rem 0}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;
word-break:break-all}
dl.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.75rem;
margin:0}
.stat{background:var(--soft);border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem}
.stat dt{font-size:.85rem;color:var(--muted)}
.stat dd{margin:0;font-size:1.3rem;font-weight:600;overflow-wrap:anywhere}
details{margin-top:.75rem}
ul.files{margin:.25rem 0;padding-left:1.25rem;font-size:.9rem}
svg.bars{display:block;font-size:14px;max-width:46rem}
.nw{white-space:nowrap}
svg.bars rect{fill:var(--bar)}
svg.bars text{fill:var(--ink)}
svg.bars text.value{fill:var(--muted);font-size:12px}
figure.cloud{margin:0}
figure.cloud img{display:block;width:100%;height:auto;border:1px solid var(--line);
border-radius:8px;background:#fff}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid var(--line);
border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.92rem}
table.officials{min-width:40rem}
table.projects{min-width:36rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .7rem;border-bottom:1px solid var(--line)}
thead th{background:var(--soft);font-weight:600;white-space:nowrap}
tbody th{font-weight:600;white-space:nowrap}
tbody tr:last-child th,tbody tr:last-child td{border-bottom:0}
tfoot th,tfoot td{border-top:2px solid var(--line);border-bottom:0;font-weight:600}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.changes{color:var(--muted);font-size:.85em}
p.totals{margin:.25rem 0 .75rem}
ol.toc{padding-left:1.5rem}
ol.toc li{margin:.15rem 0}
ol.toc .when{margin-left:.5rem;font-size:.85em}
article{border:1px solid var(--line);border-radius:8px;padding:1rem 1.1rem;margin:1.25rem 0}
article .subtitle{margin:0 0 .5rem}
dl.meta{display:flex;flex-wrap:wrap;gap:.2rem 1.25rem;margin:.25rem 0;font-size:.9rem}
dl.meta div{display:flex;gap:.4rem}
dl.meta dt{color:var(--muted);white-space:nowrap}
table.projects tbody th{white-space:normal;min-width:12rem}
dl.meta dd{margin:0}
ul.people{margin:0;padding-left:1.25rem}
ul.people li{margin:.15rem 0}
.roles{color:var(--muted);font-size:.9em}
.roles::before{content:"· "}
ol.projects{margin:0;padding-left:1.5rem;columns:2 18rem;column-gap:2rem}
ol.projects li{break-inside:avoid}
.amount{color:var(--muted);white-space:nowrap}
.count{font-weight:normal}
ul.chips{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;margin:0;padding:0}
ul.chips li{background:var(--soft);border:1px solid var(--line);border-radius:999px;
padding:.05rem .65rem;font-size:.9rem}
p.back{margin:.75rem 0 0;font-size:.85rem}
footer{padding-top:1rem;padding-bottom:2rem;font-size:.85rem;border-top:1px solid var(--line);
margin-top:2rem}
@media (max-width:600px){
body{font-size:15px}
header.top,main,footer{padding-left:.8rem;padding-right:.8rem}
h1{font-size:1.4rem}
article{padding:.8rem}
dl.stats{grid-template-columns:repeat(2,1fr)}
svg.bars{font-size:13px}
}
@media print{nav,p.back{display:none}article{break-inside:avoid-page}}
""".strip().replace("\n", "")
