"""`newsx cloud`: Chinese really drawn, names whole, tables in, one image per unit, SVG."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from newsx.analysis import cloud
from newsx.analysis.cloud import CloudError, Font, Painter, Style

from conftest import ROOT, SEED, run_newsx

WEIGHTS = {"郑东新区": 1.0, "孙建功": 0.8, "招商引资": 0.6, "区块链": 0.5, "人工智能": 0.4}
SMALL = Style(width=320, height=200, scale=1, max_words=40)


@pytest.fixture(scope="session")
def dejavu() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


@pytest.fixture(scope="session")
def noto() -> Font:
    return cloud.load_font()


@pytest.fixture
def captured(monkeypatch):
    """Record the weights the CLI hands to the renderer (no drawing, no worker)."""
    calls: list[dict[str, float]] = []

    def draw(self, weights, fmt="png"):
        calls.append(dict(weights))
        return b"\x89PNG fake"

    monkeypatch.setattr(cloud, "_can_fork", lambda: False)
    monkeypatch.setattr(Painter, "draw", draw)
    return calls


def ink(png: bytes) -> float:
    """Share of pixels that differ from the background (the top-left pixel)."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("L")).astype(int)
    return float((abs(pixels - pixels[0, 0]) > 40).mean())


# -- the picture ------------------------------------------------------------------------


def cell_inks(png: bytes, cells: int) -> list[float]:
    """Ink of each character cell of a one-word picture, left to right."""
    import numpy as np
    from PIL import Image

    dark = np.asarray(Image.open(io.BytesIO(png)).convert("L")) < 200
    columns = np.flatnonzero(dark.any(axis=0))
    rows = np.flatnonzero(dark.any(axis=1))
    word = dark[rows[0] : rows[-1] + 1, columns[0] : columns[-1] + 1]
    return [round(float(c.mean()), 3) for c in np.array_split(word, cells, axis=1)]


ONE_WORD = Style(width=400, height=160, scale=1, max_words=1, margin=0)


def test_chinese_glyphs_have_more_ink_than_a_latin_fonts_boxes(noto, dejavu):
    boxes = Font(dejavu, dejavu, "DejaVu Sans", frozenset(range(0x110000)))  # checks bypassed
    chinese = ink(cloud.render({"郑东新区": 1}, font=noto, style=ONE_WORD))
    latin = ink(cloud.render({"郑东新区": 1}, font=boxes, style=ONE_WORD))
    assert chinese > 0.04
    assert chinese > 1.3 * latin


def test_each_character_is_its_own_glyph_not_a_box(noto, dejavu):
    """A font without CJK draws every character as the same .notdef box."""
    boxes = Font(dejavu, dejavu, "DejaVu Sans", frozenset(range(0x110000)))
    with_boxes = cell_inks(cloud.render({"郑东新区": 1}, font=boxes, style=ONE_WORD), 4)
    assert max(with_boxes) - min(with_boxes) < 0.03  # the test can tell boxes apart
    glyphs = cell_inks(cloud.render({"郑东新区": 1}, font=noto, style=ONE_WORD), 4)
    assert len(set(glyphs)) == 4 and max(glyphs) - min(glyphs) > 0.05, glyphs


def test_seed_cloud_png_is_drawn_with_ink(tmp_path):
    out = tmp_path / "seed.png"
    result = run_newsx("cloud", SEED, "-o", out)
    assert result.code == 0, result.stderr
    from PIL import Image

    image = Image.open(out)
    assert image.format == "PNG" and image.size == (1600, 1000)
    assert 0.05 < ink(out.read_bytes()) < 0.6


def test_same_words_same_picture(noto):
    assert cloud.render(WEIGHTS, font=noto, style=SMALL) == cloud.render(
        WEIGHTS, font=noto, style=SMALL
    )


def test_background_worker_and_in_process_draw_the_same(noto):
    with Painter(noto, SMALL) as worker:
        in_worker = worker.draw(WEIGHTS)
    with Painter(noto, SMALL, background=False) as here:
        in_process = here.draw(WEIGHTS)
    assert in_worker == in_process


def test_transparent_background(noto):
    from PIL import Image

    png = cloud.render(WEIGHTS, font=noto, style=Style(width=200, height=120, background="none"))
    image = Image.open(io.BytesIO(png))
    assert image.mode == "RGBA" and image.getpixel((0, 0))[3] == 0


def test_mask_keeps_words_inside_the_shape(tmp_path, noto):
    import numpy as np
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (300, 300), "white")
    ImageDraw.Draw(picture).ellipse((50, 50, 250, 250), fill="black")
    path = tmp_path / "circle.png"
    picture.save(path)
    style = Style(width=300, height=300, scale=1)
    png = cloud.render(WEIGHTS, font=noto, style=style, mask=cloud.load_mask(path, style))
    drawn = np.asarray(Image.open(io.BytesIO(png)).convert("L")) < 200
    y, x = np.nonzero(drawn)
    assert len(x) > 500
    outside = (x - 150) ** 2 + (y - 150) ** 2 > 105**2
    assert outside.mean() < 0.01


def test_colours_keep_contrast_with_the_background(noto):
    """Light colours of a colormap are not used on white."""
    from PIL import Image

    style = Style(width=300, height=200, scale=1, colormap="Greys")
    import numpy as np

    image = Image.open(io.BytesIO(cloud.render(WEIGHTS, font=noto, style=style))).convert("L")
    assert np.asarray(image).min() < 140


# -- the words --------------------------------------------------------------------------


def test_names_reach_the_renderer_whole(captured, tmp_path):
    result = run_newsx("cloud", SEED, "-o", tmp_path / "unused.png")
    assert result.code == 0, result.stderr
    (weights,) = captured
    assert "孙建功" in weights and "郑东新区" in weights
    assert not {"建功", "郑东新", "孙"} & set(weights)
    assert max(weights, key=weights.__getitem__) == "郑东新区"


def test_weights_are_the_keyword_ranking(captured, tmp_path):
    result = run_newsx("keywords", SEED, "--csv", "--top", "40", "--method", "freq")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    run_newsx("cloud", SEED, "-o", tmp_path / "unused.png", "--max-words", "40", "--method", "freq")
    assert list(captured[0]) == [r["word"] for r in rows]


def test_from_table_round_trip(captured, tmp_path):
    table = run_newsx("keywords", SEED, "--csv", "--top", "60").stdout
    direct = run_newsx("cloud", SEED, "-o", tmp_path / "unused.png", "--top", "60")
    piped = run_newsx("cloud", "--from-table", "-", "-o", tmp_path / "unused.png", stdin=table)
    assert direct.code == piped.code == 0, piped.stderr
    from_text, from_table = captured
    assert list(from_text) == list(from_table)
    assert all(
        abs(from_text[w] - from_table[w]) <= 1e-5 * from_text[w] for w in from_text
    )  # 6 digits


def test_from_table_reads_tsv_and_json(captured, tmp_path):
    tsv = run_newsx("keywords", SEED, "--top", "10").stdout  # TSV in a pipe
    jsonl = run_newsx("keywords", SEED, "--top", "10", "--format", "jsonl").stdout
    assert run_newsx("cloud", "--from-table", "-", "-o", tmp_path / "x.png", stdin=tsv).code == 0
    assert run_newsx("cloud", "--from-table", "-", "-o", tmp_path / "x.png", stdin=jsonl).code == 0
    assert captured[0] == captured[1] and len(captured[0]) == 10


def test_table_without_score_column_is_a_usage_error(tmp_path):
    result = run_newsx(
        "cloud", "--from-table", "-", "-o", tmp_path / "x.png", stdin="word,rank\n招商,1\n"
    )
    assert result.code == 2
    assert "word and score" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_read_table_reports_the_bad_line():
    with pytest.raises(CloudError, match="line 3"):
        cloud.read_table("word,score\n招商,0.5\n签约,lots\n")


# -- one image per unit, formats, files -----------------------------------------------


def test_by_article_writes_one_image_per_article(tmp_path):
    result = run_newsx("cloud", SEED, "--by", "article", "-o", tmp_path / "{stem}-{article}.png")
    assert result.code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"{SEED.stem}-1.png",
        f"{SEED.stem}-2.png",
    ]
    assert (tmp_path / f"{SEED.stem}-1.png").read_bytes() != (
        tmp_path / f"{SEED.stem}-2.png"
    ).read_bytes()


@pytest.mark.parametrize(
    "by, output, message",
    [
        ("article", "cloud.png", "{article}"),
        ("file", "cloud.png", "{stem}"),
        ("corpus", "{stem}.png", "--by file"),
        ("article", "{stem}-{nope}.png", "unknown field"),
        ("file", None, "-o"),
    ],
)
def test_by_needs_a_pattern(tmp_path, by, output, message):
    args = ["cloud", SEED, "--by", by] + (["-o", tmp_path / output] if output else [])
    result = run_newsx(*args)
    assert result.code == 2
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_two_files_one_name_is_refused(tmp_path):
    other = tmp_path / "in" / SEED.name
    other.parent.mkdir()
    other.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_newsx("cloud", SEED, other, "--by", "file", "-o", tmp_path / "{stem}.png")
    assert result.code == 2 and "two clouds" in result.stderr


def test_svg_is_valid_xml_with_text_and_its_font(tmp_path):
    out = tmp_path / "cloud.svg"
    result = run_newsx("cloud", SEED, "-o", out, "--max-words", "30")
    assert result.code == 0, result.stderr
    root = ET.parse(out).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    words = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "郑东新区" in words and "孙建功" in words and len(words) <= 30
    style = "".join(s.text or "" for s in root.iter("{http://www.w3.org/2000/svg}style"))
    assert "@font-face" in style and "data:font/woff;base64," in style
    assert "http://" not in style and "https://" not in style


def test_png_to_stdout_when_redirected():
    result = run_newsx("cloud", SEED, "--max-words", "20")
    assert result.code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"\x89PNG\r\n\x1a\n")


def test_nothing_to_draw_writes_nothing_and_says_so(tmp_path):
    result = run_newsx("cloud", "-o", tmp_path / "x.png", stdin="的的的。\n")
    assert result.code == 1 and "no words to draw" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_terminal_without_output_is_a_usage_error():
    result = run_newsx("cloud", SEED, tty=True)
    assert result.code == 2 and "-o" in result.stderr


def test_no_file_when_the_folder_does_not_exist(tmp_path):
    result = run_newsx("cloud", SEED, "-o", tmp_path / "missing" / "cloud.png")
    assert result.code == 3
    assert "does not exist" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_no_half_file_when_drawing_fails(tmp_path, monkeypatch):
    def broken(self, weights, fmt="png"):
        raise KeyboardInterrupt

    monkeypatch.setattr(cloud, "_can_fork", lambda: False)
    monkeypatch.setattr(Painter, "draw", broken)
    result = run_newsx("cloud", SEED, "-o", tmp_path / "cloud.png")
    assert result.code == 130
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["cloud.jpg", "cloud"])
def test_output_must_be_png_or_svg(tmp_path, name):
    result = run_newsx("cloud", SEED, "-o", tmp_path / name)
    assert result.code == 2 and ".png or .svg" in result.stderr


# -- fonts ------------------------------------------------------------------------------


def test_font_without_chinese_is_a_one_line_usage_error(tmp_path, dejavu):
    result = run_newsx("cloud", SEED, "--font", dejavu, "-o", tmp_path / "x.png")
    assert result.code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no Chinese glyphs" in lines[0] and "DejaVu" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_missing_font_file_is_a_usage_error(tmp_path):
    result = run_newsx("cloud", SEED, "--font", tmp_path / "nope.ttf", "-o", tmp_path / "x.png")
    assert result.code == 2 and "no such font file" in result.stderr


def test_collection_gives_its_simplified_chinese_face(tmp_path, dejavu, noto, monkeypatch):
    """A .ttc whose first face has no Chinese: the SC face is found and used."""
    from fontTools.ttLib import TTCollection, TTFont

    monkeypatch.setenv("NEWSX_CACHE_DIR", str(tmp_path / "cache"))  # the face is copied there
    collection = TTCollection()
    collection.fonts = [TTFont(dejavu, lazy=True), TTFont(noto.path, lazy=True)]
    path = tmp_path / "pair.ttc"
    collection.save(path)
    font = cloud.load_font(path)
    assert font.name == "Noto Sans SC"
    assert font.path != path and font.path.is_file()
    glyphs = cell_inks(cloud.render({"郑东新区": 1}, font=font, style=ONE_WORD), 4)
    assert len(set(glyphs)) == 4 and max(glyphs) - min(glyphs) > 0.05, glyphs


def test_unknown_colormap_is_a_usage_error(tmp_path):
    result = run_newsx("cloud", SEED, "--colormap", "viridiss", "-o", tmp_path / "x.png")
    assert result.code == 2 and "viridis" in result.stderr


def test_unknown_background_is_a_usage_error(tmp_path):
    result = run_newsx("cloud", SEED, "--background", "blurple", "-o", tmp_path / "x.png")
    assert result.code == 2 and "background" in result.stderr


# -- start-up ---------------------------------------------------------------------------


def test_loading_the_cli_imports_nothing_heavy():
    code = (
        "import sys, newsx.cli.app, newsx.cli.cloud, newsx.analysis.cloud;"
        "heavy = {'wordcloud', 'PIL', 'numpy', 'matplotlib', 'fontTools'} & set(sys.modules);"
        "print(sorted(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
        check=True,
    )
    assert out.stdout.strip() == "[]"
