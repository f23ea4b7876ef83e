"""Word clouds: a word → weight mapping drawn to PNG or SVG in a font that has Chinese.

Drawing uses wordcloud's layout. Three things it does not do on its own:

* fonts: the default is Noto Sans SC from the `pylopdf-fonts-zh-cn` package, so a
  fresh machine needs no system font. A font given by path must have Chinese glyphs
  (checked in its cmap), else the picture would be a field of empty boxes. From a
  ``.ttc``/``.otc`` collection the Simplified Chinese face is chosen and copied
  once into the per-user cache, because wordcloud opens fonts through PIL without
  a face index (a collection would give its first face — Japanese in Noto's);
* speed: the largest font size is computed from one measurement instead of
  wordcloud's trial layout, and colours come from a colormap without pyplot;
* legibility: words stay horizontal (sideways Chinese reads badly), a margin keeps
  neighbouring words from reading as one phrase, and colours too close to the
  background are not used.

wordcloud, PIL, numpy, matplotlib and fontTools are imported inside the functions
that need them: importing this module costs nothing.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsx.analysis.errors import NewsxError

FORMATS = ("png", "svg")
DEFAULT_COLORMAP = "Dark2"
TRANSPARENT = ("none", "transparent")
# Common characters a font for Chinese must have; a Latin font has none of them.
_SAMPLE = "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要"
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_COLLECTION_SUFFIXES = (".ttc", ".otc")
# Markers of a Simplified Chinese face in a collection's family names.
_SC_NAME = re.compile(r"\b(SC|CN|GB|Simplified|Simp|S Chinese|简体)\b|简|GB\d", re.IGNORECASE)
_SIMPLIFIED_CODEPAGE = 1 << 18  # OS/2 ulCodePageRange1 bit 18: cp936, Simplified Chinese
_MIN_CONTRAST = 2.2  # WCAG contrast ratio a word's colour keeps from the background


class CloudError(NewsxError, ValueError):
    """A cloud cannot be drawn as asked; the message says why and how to fix it."""


@dataclass(frozen=True)
class Style:
    """How a cloud looks. The image is width×scale by height×scale pixels."""

    width: int = 640  # the layout canvas: its area is what layout time grows with
    height: int = 400
    scale: float = 2.5  # 1600×1000 pixels by default
    background: str = "white"  # a colour name, #rrggbb, or "none" for transparent
    colormap: str = DEFAULT_COLORMAP  # a matplotlib colormap name
    max_words: int = 150
    min_font_size: int = 8  # in layout pixels: 20 pixels in the default image
    margin: int = 6  # layout pixels between words, so neighbours do not read as one phrase
    relative_scaling: float = 0.5  # 0: size by rank only; 1: size proportional to weight
    prefer_horizontal: float = 1.0  # share of words kept horizontal
    seed: int = 7  # the same words give the same picture

    def __post_init__(self) -> None:
        if self.width < 16 or self.height < 16:
            raise CloudError(f"the canvas {self.width}×{self.height} is too small; use 16 or more")
        if not 0 < self.scale <= 16:
            raise CloudError(f"scale {self.scale} is out of range; use a number above 0, up to 16")
        if self.max_words < 1:
            raise CloudError("max_words must be 1 or more")
        if self.width * self.scale * self.height * self.scale > 100_000_000:
            raise CloudError("the image would exceed 100 megapixels; lower the size or the scale")


@dataclass(frozen=True)
class Font:
    """A single-face font file that PIL opens without an index."""

    path: Path  # the file drawn with (a face copied out of a collection lives in the cache)
    given: Path  # the file as given
    name: str  # family name, for messages and SVG
    covered: frozenset[int] = field(repr=False)  # code points the font has glyphs for

    def missing(self, word: str) -> str:
        """Characters of `word` the font cannot draw (spaces never count)."""
        return "".join(c for c in word if not c.isspace() and ord(c) not in self.covered)


# -- fonts ---------------------------------------------------------------------------


def default_font_path() -> Path:
    """Noto Sans SC Regular, shipped as the `pylopdf-fonts-zh-cn` dependency."""
    import pylopdf_fonts_zh_cn

    return Path(pylopdf_fonts_zh_cn.sans_path())


def load_font(path: Path | None = None) -> Font:
    """The font to draw with: `path`, or Noto Sans SC. Raises CloudError without Chinese."""
    given = Path(path) if path is not None else default_font_path()
    if not given.is_file():
        raise CloudError(f"{given}: no such font file")
    index = 0
    if given.suffix.lower() in _COLLECTION_SUFFIXES or _is_collection(given):
        index = _simplified_face(given)
    name, covered = _font_facts(given, index)
    font_path = given if index == 0 else _face_file(given, index)
    missing = [c for c in _SAMPLE if ord(c) not in covered]
    if len(missing) > len(_SAMPLE) // 4:
        raise CloudError(
            f"{given}: the font {name!r} has no Chinese glyphs (it lacks "
            f"{''.join(missing[:6])}…), so every word would be an empty box; "
            "give a Chinese font such as Noto Sans SC, or leave out --font"
        )
    return Font(font_path, given, name, covered)


def _is_collection(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"ttcf"
    except OSError as error:
        raise CloudError(f"{path}: cannot read the font ({error.strerror or error})") from None


def _font_facts(path: Path, index: int) -> tuple[str, frozenset[int]]:
    """Family name and covered code points, cached per font file (parsing a CJK cmap
    takes ~0.2 s; the cached set loads in milliseconds)."""
    from newsx.analysis.cache import cached

    def build() -> tuple[str, frozenset[int]]:
        font = _open_face(path, index)
        try:
            cmap = font["cmap"].getBestCmap() or {}
            name = font["name"].getBestFamilyName() or path.stem
        except Exception as error:  # fontTools raises many kinds on a broken file
            raise CloudError(f"{path}: not a usable font ({error})") from None
        return str(name), frozenset(cmap)

    try:
        name, covered = cached(f"font-facts-{index}", path, build)
    except CloudError:
        raise
    except Exception as error:
        raise CloudError(f"{path}: not a usable font ({error})") from None
    return str(name), frozenset(covered)


def _open_face(path: Path, index: int) -> Any:
    from fontTools.ttLib import TTFont, TTLibError

    try:
        return TTFont(path, fontNumber=index, lazy=True)
    except (TTLibError, OSError, ValueError, AssertionError) as error:
        raise CloudError(f"{path}: not a font file fontTools can read ({error})") from None


def _simplified_face(path: Path) -> int:
    """The index of the Simplified Chinese face of a font collection.

    Preference: a family name that says so (Noto Sans CJK SC, PingFang SC), then
    the OS/2 code page for GB (cp936), then any face with Chinese glyphs; regular
    before monospaced; ties go to the lower index.
    """
    from fontTools.ttLib import TTCollection, TTLibError

    try:
        collection = TTCollection(path, lazy=True)
    except (TTLibError, OSError, ValueError, AssertionError) as error:
        raise CloudError(f"{path}: not a font collection fontTools can read ({error})") from None
    best, best_score = 0, -1
    for index, face in enumerate(collection.fonts):
        try:
            names = " ".join(
                str(face["name"].getDebugName(n) or "") for n in (1, 4, 16) if "name" in face
            )
            codepages = face["OS/2"].ulCodePageRange1 if "OS/2" in face else 0
            cmap = face["cmap"].getBestCmap() or {}
        except Exception:  # a face fontTools cannot read is not the one to use
            continue
        score = 0
        if _SC_NAME.search(names):
            score += 8
        if codepages & _SIMPLIFIED_CODEPAGE:
            score += 4
        if sum(ord(c) in cmap for c in _SAMPLE) >= len(_SAMPLE) * 3 // 4:
            score += 2
        if "mono" in names.lower():
            score -= 1
        if score > best_score:
            best, best_score = index, score
    return best


def _face_file(path: Path, index: int) -> Path:
    """Face `index` of a collection as a font file of its own, made once in the cache."""
    from newsx.analysis.cache import cache_path

    target = cache_path(f"font-face-{index}", path, ".otf")
    if target.exists():
        return target
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        _open_face(path, index).save(tmp)  # lazy: the tables are copied as they are
        os.replace(tmp, target)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise CloudError(f"{path}: cannot copy face {index} to the cache ({error})") from None
    return target


# -- what to draw --------------------------------------------------------------------


def drawable(weights: Mapping[str, float], font: Font) -> tuple[dict[str, float], list[str]]:
    """The words with a positive weight the font can draw, and the words it cannot."""
    kept: dict[str, float] = {}
    dropped: list[str] = []
    for word, weight in weights.items():
        word = word.strip()
        if not word or not math.isfinite(weight) or weight <= 0:
            continue
        if font.missing(word):
            dropped.append(word)
        else:
            kept[word] = max(kept.get(word, 0.0), float(weight))
    return kept, dropped


@dataclass(frozen=True)
class TableRow:
    word: str
    score: float
    file: str = ""
    article: int = 0
    title: str = ""


def read_table(text: str) -> list[TableRow]:
    """Word/score rows from CSV, TSV, JSON or JSON lines (e.g. `newsx keywords` output).

    The header must name a `word` column and a `score` column (`weight` or `count`
    also serve); `file`, `article` and `title` are kept when present.
    """
    text = text.lstrip("\ufeff")
    start = text.lstrip()[:1]
    if start in ("[", "{"):
        records, lines = _json_records(text, start == "[")
    else:
        first = text.split("\n", 1)[0]
        reader = csv.DictReader(io.StringIO(text), delimiter="\t" if "\t" in first else ",")
        records = [dict(r) for r in reader]
        lines = [n + 2 for n in range(len(records))]
        fields = [f.strip() for f in reader.fieldnames or []]
        if "word" not in fields:
            shown = ", ".join(fields) or "nothing"
            raise CloudError(
                f"the table needs a header with word and score columns (found: {shown})"
            )
    rows = []
    for line, record in zip(lines, records, strict=True):
        record = {str(k).strip(): v for k, v in record.items() if k is not None}
        column = next((c for c in ("score", "weight", "count") if c in record), None)
        if "word" not in record or column is None:
            found = ", ".join(record) or "nothing"
            raise CloudError(
                f"line {line}: the table needs word and score columns (found: {found})"
            )
        value = record[column]
        try:
            score = float(value)
        except (TypeError, ValueError):
            raise CloudError(f"line {line}: {column} {value!r} is not a number") from None
        article = record.get("article")
        try:
            number = int(article) if article not in (None, "") else 0
        except (TypeError, ValueError):
            raise CloudError(f"line {line}: article {article!r} is not a number") from None
        rows.append(
            TableRow(
                word=str(record["word"] or "").strip(),
                score=score,
                file=str(record.get("file") or ""),
                article=number,
                title=str(record.get("title") or ""),
            )
        )
    return rows


def _json_records(text: str, array: bool) -> tuple[list[dict[str, Any]], list[int]]:
    try:
        if array:
            data = json.loads(text)
            if not isinstance(data, list):
                raise CloudError("the JSON table must be an array of objects")
            return data, list(range(1, len(data) + 1))
        records, lines = [], []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                records.append(json.loads(line))
                lines.append(number)
    except json.JSONDecodeError as error:
        raise CloudError(f"the table is not valid JSON ({error})") from None
    if not all(isinstance(r, dict) for r in records):
        raise CloudError("every JSON row must be an object with word and score")
    return records, lines


# -- drawing -------------------------------------------------------------------------


def check_style(style: Style) -> None:
    """Raise CloudError now for a colormap or background that drawing would reject."""
    _colormap(style.colormap)
    _background_rgb(style.background)


def load_mask(path: Path, style: Style) -> Any:
    """A mask array for `path`: words go where the picture is dark or opaque.

    White (or transparent) pixels are left empty. The picture is fitted into the
    style's width × height, keeping its proportions.
    """
    import numpy as np
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as opened:
            opened.load()
            image = opened
    except (OSError, UnidentifiedImageError) as error:
        reason = getattr(error, "strerror", None) or "not an image PIL can read"
        raise CloudError(f"{path}: cannot use as a mask ({reason})") from None
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        alpha = np.asarray(rgba.getchannel("A"))
        grey = np.asarray(rgba.convert("L"))
        empty = (alpha < 128) | (grey >= 250)
    else:
        empty = np.asarray(image.convert("L")) >= 250
    ratio = min(style.width / empty.shape[1], style.height / empty.shape[0])
    size = (max(1, round(empty.shape[1] * ratio)), max(1, round(empty.shape[0] * ratio)))
    fitted = Image.fromarray((empty * 255).astype(np.uint8)).resize(size, Image.Resampling.NEAREST)
    mask = np.asarray(fitted).copy()
    if (mask < 255).sum() < 0.02 * mask.size:
        raise CloudError(
            f"{path}: the mask leaves almost no room; words go where the picture is dark "
            "or opaque, and white or transparent parts stay empty"
        )
    return mask


def render(
    weights: Mapping[str, float],
    *,
    font: Font,
    style: Style = Style(),  # noqa: B008 (frozen, so a shared default is safe)
    mask: Any = None,
    fmt: str = "png",
) -> bytes:
    """The cloud of `weights` (word → weight; larger draws larger) as PNG or SVG bytes."""
    if fmt not in FORMATS:
        raise CloudError(f"unknown image format {fmt!r}; choose {' or '.join(FORMATS)}")
    words, _ = drawable(weights, font)
    if not words:
        raise CloudError("no words to draw")
    top = dict(sorted(words.items(), key=lambda item: -item[1])[: style.max_words])
    with _fonts_cached():
        cloud = _layout(top, font, style, mask)
        if fmt == "svg":
            return _svg(cloud, font).encode("utf-8")
        buffer = io.BytesIO()
        cloud.to_image().save(buffer, format="PNG", compress_level=3)
        return buffer.getvalue()


class Painter:
    """Draws clouds in a worker process that gets ready while the caller reads texts.

    Importing wordcloud (numpy, matplotlib, PIL) takes ~0.5 s; a worker started
    before the keyword pass does it on another core, which is most of the time of
    a small cloud. Style and mask problems found while getting ready are raised by
    `check()` (or the first `draw()`). Without a worker (`background=False`), or
    where forking is not available, everything runs in this process.

        with Painter(font, style, mask_path) as painter:
            ...  # count words
            painter.check()
            png = painter.draw(weights, "png")
    """

    def __init__(
        self, font: Font, style: Style, mask: Path | None = None, *, background: bool = True
    ) -> None:
        self.font, self.style, self.mask = font, style, mask
        self._pool: Any = None
        self._ready: Any = None
        if background and _can_fork():
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("fork"), initializer=_worker_init
            )
            self._ready = self._pool.submit(_prepare, style, mask)

    def __enter__(self) -> Painter:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        self.close(wait=kind is None)

    def close(self, *, wait: bool = True) -> None:
        """Stop the worker; wait=False when an error (Ctrl-C…) is on its way up."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None

    def check(self) -> None:
        """Raise CloudError if the colormap, background or mask cannot be used."""
        if self._ready is not None:
            self._ready.result()
        else:
            _prepare(self.style, self.mask)

    def draw(self, weights: Mapping[str, float], fmt: str = "png") -> bytes:
        if self._pool is None:
            return _draw_job(weights, self.font, self.style, self.mask, fmt)
        self.check()
        data: bytes = self._pool.submit(
            _draw_job, dict(weights), self.font, self.style, self.mask, fmt
        ).result()
        return data


def _can_fork() -> bool:
    import sys

    # fork shares what is already loaded; elsewhere a worker would load it all again.
    return sys.platform == "linux"


def _worker_init() -> None:
    import signal

    # Ctrl-C goes to the whole process group: the parent handles it and stops the worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


_MASKS: dict[tuple[Path, Style], Any] = {}


def _prepare(style: Style, mask: Path | None) -> None:
    import wordcloud  # noqa: F401 (the slow import, done ahead of the first cloud)

    check_style(style)
    if mask is not None:
        _mask(mask, style)


def _mask(path: Path | None, style: Style) -> Any:
    if path is None:
        return None
    if (path, style) not in _MASKS:
        _MASKS[(path, style)] = load_mask(path, style)
    return _MASKS[(path, style)]


def _draw_job(
    weights: Mapping[str, float], font: Font, style: Style, mask: Path | None, fmt: str
) -> bytes:
    return render(weights, font=font, style=style, mask=_mask(mask, style), fmt=fmt)


@contextmanager
def _fonts_cached() -> Iterator[None]:
    """Let wordcloud reuse a font object per size instead of reopening the file.

    wordcloud calls ImageFont.truetype(path, size) for every size it tries for
    every word (~300 calls for a cloud, ~85 distinct); reopening an 8 MB CJK font
    each time is half the layout time. The module attribute is restored on exit.
    """
    from functools import lru_cache

    import wordcloud.wordcloud as engine
    from PIL import ImageFont

    class CachedImageFont:
        TransposedFont = ImageFont.TransposedFont
        truetype = staticmethod(lru_cache(maxsize=None)(ImageFont.truetype))

    saved = engine.ImageFont
    engine.ImageFont = CachedImageFont
    try:
        yield
    finally:
        engine.ImageFont = saved


def _svg(cloud: Any, font: Font) -> str:
    """wordcloud's SVG with the font embedded: a WOFF subset of the characters drawn.

    wordcloud's own embedding round-trips the font through XML (~1 s for a CJK
    font); subsetting straight to WOFF takes a third of that.
    """
    import base64

    svg = str(cloud.to_svg(embed_font=False))
    drawn = "".join({c for (word, _), *_ in cloud.layout_ for c in word})
    data = base64.b64encode(woff_subset(font.path, drawn)).decode("ascii")
    # Our own family name, so an installed font of the same name cannot stand in.
    svg = re.sub(r"text\{font-family:[^;]*;", "text{font-family:'newsx-cloud';", svg, count=1)
    style = (
        "<style>@font-face{font-family:'newsx-cloud';"
        f'src:url("data:font/woff;base64,{data}") format("woff");}}</style>'
    )
    head, _, rest = svg.partition(">")
    size = re.search(r'width="([\d.]+)" height="([\d.]+)"', head)
    if size:  # a viewBox lets the picture scale with its box
        head += f' viewBox="0 0 {float(size[1]):g} {float(size[2]):g}"'
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{head}>\n{style}{rest}\n'


def woff_subset(path: Path, text: str) -> bytes:
    """The glyphs of `text` from the font at `path`, as a small WOFF file to embed."""
    from fontTools import subset

    options = subset.Options(
        hinting=False, desubroutinize=True, ignore_missing_glyphs=True, notdef_outline=True
    )
    options.layout_features = []
    face = subset.load_font(str(path), options, lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(face)
    face.flavor = "woff"
    buffer = io.BytesIO()
    face.save(buffer)
    return buffer.getvalue()


def _layout(words: dict[str, float], font: Font, style: Style, mask: Any) -> Any:
    from random import Random

    from wordcloud import WordCloud

    transparent = style.background.lower() in TRANSPARENT
    height, width = mask.shape if mask is not None else (style.height, style.width)
    first = max(words, key=lambda w: words[w])
    cloud = WordCloud(
        font_path=str(font.path),
        width=width,
        height=height,
        scale=style.scale,
        mask=mask,
        background_color=None if transparent else style.background,
        mode="RGBA" if transparent else "RGB",
        color_func=_colour_function(style),
        max_words=style.max_words,
        min_font_size=style.min_font_size,
        max_font_size=_largest_size(first, font, width, height, style.min_font_size),
        margin=style.margin,
        relative_scaling=style.relative_scaling,
        prefer_horizontal=style.prefer_horizontal,
        random_state=Random(style.seed),
        collocations=False,
        repeat=False,
    )
    try:
        cloud.generate_from_frequencies(words)
    except ValueError as error:  # wordcloud: no room at all
        raise CloudError(f"cannot place any word ({error}); use a larger canvas or mask") from None
    if not cloud.layout_:
        raise CloudError("cannot place any word; use a larger canvas or a smaller --min-font")
    return cloud


def _largest_size(word: str, font: Font, width: int, height: int, smallest: int) -> int:
    """Font size for the heaviest word: at most ~60% of the width and 35% of the height.

    wordcloud would find it by a trial layout of the first two words, ~0.4 s.
    """
    from PIL import ImageFont

    probe = 100
    left, top, right, bottom = ImageFont.truetype(str(font.path), probe).getbbox(word)
    across = max(right - left, 1)
    tall = max(bottom - top, 1)
    size = min(probe * 0.6 * width / across, probe * 0.35 * height / tall)
    return max(smallest + 1, int(size))


def _colour_function(style: Style) -> Callable[..., str]:
    """wordcloud's color_func: colormap colours, skipping those too close to the background."""
    colormap = _colormap(style.colormap)
    background = _background_rgb(style.background)

    def colour(word: str, font_size: int, position: Any, orientation: Any, **kw: Any) -> str:
        random = kw["random_state"]
        best: tuple[float, tuple[int, int, int]] = (0.0, (0, 0, 0))
        for _ in range(12):
            r, g, b, _alpha = colormap(random.uniform(0, 1))
            rgb = (round(r * 255), round(g * 255), round(b * 255))
            ratio = _contrast(rgb, background) if background else _MIN_CONTRAST
            if ratio >= _MIN_CONTRAST:
                best = (ratio, rgb)
                break
            best = max(best, (ratio, rgb))
        return "rgb({}, {}, {})".format(*best[1])

    return colour


def _colormap(name: str) -> Any:
    import matplotlib

    try:
        return matplotlib.colormaps[name]
    except KeyError:
        import difflib

        known = sorted(matplotlib.colormaps)
        close = difflib.get_close_matches(name, known, n=3) or ["Dark2", "tab10", "viridis"]
        raise CloudError(
            f"unknown colormap {name!r}; try {', '.join(close)} (any matplotlib colormap)"
        ) from None


def _background_rgb(colour: str) -> tuple[int, int, int] | None:
    if colour.lower() in TRANSPARENT:
        return None
    from PIL import ImageColor

    try:
        rgb = ImageColor.getrgb(colour)
    except ValueError:
        raise CloudError(
            f"unknown background colour {colour!r}; use a name (white, black), #rrggbb, "
            "or none for transparent"
        ) from None
    return rgb[0], rgb[1], rgb[2]


def _contrast(a: Iterable[int], b: Iterable[int]) -> float:
    """WCAG contrast ratio of two sRGB colours, 1 (same) to 21 (black on white)."""

    def luminance(rgb: Iterable[int]) -> float:
        linear = [(c / 255) / 12.92 if c <= 10 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
