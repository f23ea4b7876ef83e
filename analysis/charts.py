"""Matplotlib figures whose Chinese text renders: the bundled font, the Agg canvas.

matplotlib's default font (DejaVu Sans) has no Chinese glyphs: every label would
be a row of empty boxes. Noto Sans SC from the `pylopdf-fonts-zh-cn` dependency is
registered with matplotlib's font manager and made the figure's font, so a fresh
machine needs no system font. Figures are drawn on the Agg canvas directly, never
through pyplot (no global state, no GUI backend); SVG keeps text as paths, so it
shows the same on a machine without the font.

matplotlib is imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

FORMATS = ("png", "svg")
DPI = 150


def font_path() -> Path:
    """Noto Sans SC Regular, shipped as the `pylopdf-fonts-zh-cn` dependency."""
    import pylopdf_fonts_zh_cn

    return Path(pylopdf_fonts_zh_cn.sans_path())


@cache
def chinese_font() -> str:
    """Register the bundled font with matplotlib (once) and return its family name."""
    from matplotlib import font_manager

    path = str(font_path())
    font_manager.fontManager.addfont(path)
    return str(font_manager.FontProperties(fname=path).get_name())


@contextmanager
def canvas(width: float, height: float) -> Iterator[Any]:
    """A matplotlib Figure on the Agg canvas, sized in inches, drawing in the bundled font.

    Draw and render inside the `with`: the font settings hold only there.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    settings: dict[str, Any] = {
        "font.family": [chinese_font(), "DejaVu Sans"],
        "axes.unicode_minus": False,
        "svg.fonttype": "path",
    }
    with matplotlib.rc_context(settings):  # type: ignore[arg-type]
        fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
        FigureCanvasAgg(fig)
        yield fig


def render(fig: Any, fmt: str = "png") -> bytes:
    """The figure as PNG or SVG bytes."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown image format {fmt!r}; choose one of {', '.join(FORMATS)}")
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, dpi=DPI, facecolor="white")
    return buffer.getvalue()
