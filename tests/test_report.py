"""`newsx report`: one self-contained HTML page, checked as text and in a real browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsx.analysis.bylines import Byline
from newsx.analysis.keywords import Keyword, WordCounts
from newsx.analysis.projects import ProjectReport
from newsx.analysis.report import (
    ArticleFacts,
    ArticleView,
    OfficialRow,
    ProjectRow,
    Report,
    bar_chart,
    format_yuan,
    render_html,
)
from newsx.analysis.tasks import People

from conftest import SAMPLES, SEED, run_newsx

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Page(HTMLParser):
    """Tags, attributes and the text under each heading and table row."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.texts: dict[str, list[str]] = {"h1": [], "h2": [], "h3": [], "tr": [], "title": []}
        self._open: list[tuple[str, list[str]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in ("td", "th", "br", "li"):  # cells and lines read apart
            self.handle_data(" ")
        if tag in self.texts:
            self._open.append((tag, []))

    def handle_endtag(self, tag):
        if self._open and self._open[-1][0] == tag:
            name, parts = self._open.pop()
            self.texts[name].append(" ".join("".join(parts).split()))

    def handle_data(self, data):
        for _, parts in self._open:
            parts.append(data)

    def rows(self, first: str) -> list[str]:
        return [r for r in self.texts["tr"] if r.startswith(first)]


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = run_newsx("report", SEED, "-o", out)
    assert result.code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def page(seed_report) -> Page:
    return Page(seed_report.read_text(encoding="utf-8"))


# -- structure ----------------------------------------------------------------------------


def test_headings(page):
    assert page.texts["title"][0] == f"新闻分析报告：{SEED.name}"  # then the bars' tooltips
    assert page.texts["h1"] == page.texts["title"][:1]
    assert page.texts["h2"] == [
        "概览 Summary",
        "关键词 Keywords",
        "词云 Word cloud",
        "官员 Officials",
        "项目 Projects",
        "文章 Articles",
    ]
    assert page.texts["h3"] == ["“云签约”赋能郑东新区高质量招商", "孙建功调研督导辖区党建工作"]


def test_summary_counts(seed_report):
    text = seed_report.read_text(encoding="utf-8")
    stats = dict(re.findall(r"<dt>(\S+) <span[^>]*>[^<]*</span></dt><dd>(.*?)</dd>", text))
    assert stats["文件"] == "1" and stats["文章"] == "2"
    assert "5月30日" in stats["日期"] and "5月31日" in stats["日期"]
    assert stats["公布投资"] == "64亿元"
    assert int(stats["字数"].replace(",", "")) > 2000


def test_officials_aggregated_across_articles(page):
    (sun,) = page.rows("孙建功")
    assert "郑东新区党工委书记" in sun and "出席" in sun and "调研" in sun
    assert sun.split()[-2:] == ["2", "9"]  # in both articles, nine mentions
    assert page.rows("张波") and page.rows("牛瑞华")


def test_projects_with_totals(page, seed_report):
    assert page.rows("京东科技中原总部") and page.rows("中科瀚元研发中心")
    text = seed_report.read_text(encoding="utf-8")
    assert "共 20 个项目" in text and "64亿元" in text


def test_each_article_has_its_section(seed_report):
    text = seed_report.read_text(encoding="utf-8")
    sections = re.findall(r'<article id="(article-\d+)">(.*?)</article>', text, re.S)
    assert [anchor for anchor, _ in sections] == ["article-1", "article-2"]
    first, second = (body for _, body in sections)
    assert "马燕、王阳" in first and "李盼" in first and "5月30日" in first
    assert "京东科技中原总部" in first and "超64亿元" in first
    assert "周定友" in second and "游昆鹏、张二万" in second
    assert '<ul class="chips"><li>' in second


def test_keyword_chart_is_inline_svg(seed_report):
    text = seed_report.read_text(encoding="utf-8")
    chart = re.search(r'<svg class="bars".*?</svg>', text, re.S)
    assert chart is not None
    assert chart.group().count("<rect") == 20
    assert ">郑东新区</text>" in chart.group() and ">孙建功</text>" in chart.group()


def test_nothing_is_fetched_from_elsewhere(page, seed_report):
    text = seed_report.read_text(encoding="utf-8")
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "iframe", "object", "embed")
        for name in ("src", "href", "srcset", "poster", "data"):
            value = attrs.get(name, "")
            assert not value or value.startswith(("#", "data:")), (tag, name, value[:60])
    assert not re.search(r"https?://", text)
    assert "@import" not in text
    assert re.findall(r'url\("?(\w+):', text) == ["data"]  # the embedded font


def test_the_cloud_is_an_inline_png(page):
    (image,) = [attrs for tag, attrs in page.tags if tag == "img"]
    assert image["src"].startswith("data:image/png;base64,iVBORw0KGgo")
    assert "郑东新区" in image["alt"]


def test_page_embeds_its_chinese_glyphs_after_the_readers_fonts(seed_report):
    text = seed_report.read_text(encoding="utf-8")
    stack = re.search(r"body\{[^}]*font-family:([^;]+);", text).group(1)
    assert stack.index('"PingFang SC"') < stack.index('"newsx-sans"') < stack.index("system-ui")
    assert '@font-face{font-family:"newsx-sans";src:url("data:font/woff;base64,' in text


def test_no_embedded_font_on_request(tmp_path):
    out = tmp_path / "r.html"
    result = run_newsx("report", SEED, "-o", out, "--no-embed-font", "--no-cloud")
    assert result.code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "@font-face" not in text and "<img" not in text and "newsx-sans" not in text
    assert '"Microsoft YaHei"' in text


def test_text_is_escaped():
    nasty = '<script>alert("x")</script> & “引号”'
    facts = ArticleFacts(
        title=nasty,
        subtitle="",
        reporters=("马燕<b>",),
        correspondents=(),
        photographers=(),
        chars=10,
        counts=WordCounts(),
        people=People([], Byline(), []),
        projects=ProjectReport((), None, (), None, "", ()),
    )
    report = Report(
        title=nasty,
        files=("a<b>.txt",),
        articles=(ArticleView(1, "a<b>.txt", 1, "5月30日", "", facts, (Keyword(nasty, 1, 1),)),),
        keywords=(Keyword(nasty, 1.0, 3),),
        officials=(OfficialRow(nasty, (nasty,), (), 1, 1),),
        projects=(ProjectRow(nasty, "签约", "", None, 1),),
    )
    html = render_html(report)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “引号”" in html
    Page(html)  # parses


def test_bar_chart_scales_bars_to_the_best():
    svg = bar_chart([Keyword("甲", 2.0, 4), Keyword("乙", 1.0, 2)])
    widths = [float(w) for w in re.findall(r'<rect x="[\d.]+%" y="\d+" width="([\d.]+)%"', svg)]
    assert widths == [50.0, 25.0]


@pytest.mark.parametrize(
    "value, text",
    [
        (6_400_000_000, "64亿元"),
        (515_000_000, "5.15亿元"),
        (51_500_000, "5,150万元"),
        (800, "800元"),
    ],
)
def test_format_yuan(value, text):
    assert format_yuan(value) == text


def test_report_of_all_samples(tmp_path):
    out = tmp_path / "all.html"
    result = run_newsx("report", SAMPLES, "-o", out, "--no-cloud", "--no-embed-font")
    assert result.code == 0, result.stderr
    page = Page(out.read_text(encoding="utf-8"))
    articles = run_newsx("articles", SAMPLES, "--format", "jsonl").stdout.splitlines()
    assert len(page.texts["h3"]) == len(articles) > 20


def test_terminal_without_output_is_a_usage_error():
    result = run_newsx("report", SEED, tty=True)
    assert result.code == 2 and "-o" in result.stderr


def test_html_to_stdout_when_redirected():
    result = run_newsx("report", SEED, "--no-cloud", "--no-embed-font")
    assert result.code == 0 and result.stdout.startswith("<!doctype html>")


def test_no_file_when_the_folder_does_not_exist(tmp_path):
    result = run_newsx("report", SEED, "-o", tmp_path / "missing" / "r.html")
    assert result.code == 3 and list(tmp_path.iterdir()) == []


# -- in a real browser --------------------------------------------------------------------

# Appended to a copy of the report: after load and fonts, write what the browser saw.
PROBE = """<script>
addEventListener("load", async () => {
  await document.fonts.ready;
  const probe = {
    images: [...document.images].map(i => i.complete && i.naturalWidth),
    fonts: [...document.fonts].map(f => f.family + ":" + f.status),
    cjk: document.fonts.check('16px "newsx-sans"', "郑东新区孙建功"),
    fetched: performance.getEntriesByType("resource").map(e => e.name)
      .filter(n => !n.startsWith("data:")),
    overflow: document.documentElement.scrollWidth - innerWidth,
  };
  const out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify(probe);
  document.body.append(out);
});
</script>"""


def chromium(tmp_path: Path, page: Path, width: int, *extra: str) -> subprocess.CompletedProcess:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (Debian: apt-get install -y chromium)")
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # anything fetched from elsewhere fails
        "--enable-logging=stderr",
        "--virtual-time-budget=10000",
        f"--user-data-dir={tmp_path / f'profile-{width}'}",
        f"--window-size={width},2000",
        *extra,
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def probed(seed_report, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    copy = folder / "probed.html"
    copy.write_text(
        seed_report.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"),
        encoding="utf-8",
    )
    return copy


@pytest.mark.parametrize("width", [1280, 400])
def test_in_chromium(tmp_path, probed, width):
    done = chromium(tmp_path, probed, width, "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    errors = [
        line
        for line in done.stderr.splitlines()
        if "CONSOLE" in line and ("Uncaught" in line or "rror" in line or "Failed" in line)
    ]
    assert errors == []
    dom = Page(done.stdout)
    assert dom.texts["h2"][0] == "概览 Summary" and len(dom.texts["h2"]) == 6
    assert dom.texts["h3"] == ["“云签约”赋能郑东新区高质量招商", "孙建功调研督导辖区党建工作"]
    assert dom.rows("孙建功") and dom.rows("京东科技中原总部")
    probe = json.loads(re.search(r'<pre id="probe">(.*?)</pre>', done.stdout, re.S).group(1))
    assert probe["images"] == [1200]  # the cloud decoded
    assert probe["cjk"] is True and "newsx-sans:loaded" in probe["fonts"]
    assert probe["fetched"] == []  # nothing but data: URIs
    assert probe["overflow"] <= 0  # wide tables scroll in their box, not the page


@pytest.mark.parametrize("width", [1280, 400])
def test_screenshot(tmp_path, seed_report, width):
    shot = tmp_path / f"report-{width}.png"
    done = chromium(tmp_path, seed_report, width, f"--screenshot={shot}")
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    from PIL import Image

    image = Image.open(shot)
    assert image.size == (width, 2000)
    colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # text, chart and cloud, not a blank page
