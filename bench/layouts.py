"""Project accuracy when the same articles come laid out otherwise.

    python bench/layouts.py heldout380 heldout381 …   # gold sets by name (default: news-dev)

Real input is not always one paragraph a line: a PDF's column or a fixed-width copy
cuts every line, a scraper may drop every line break, a Big5 mirror writes traditional
characters. Each layout below is made from the gold sets' own texts (in a temporary
folder, never committed) and scored like them (bench/score_projects.py); the first row
is the texts as collected.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_projects  # noqa: E402
from gold import GoldFile, load  # noqa: E402


def _cut(text: str, width: int, indent: str = "") -> str:
    """Every paragraph cut every `width` characters: a fixed-width copy keeps a blank
    line between paragraphs; a PDF's column (`indent`) indents first lines instead."""
    lines: list[str] = []
    for para in (indent + line for line in text.split("\n") if line.strip()):
        lines += [para[i : i + width] for i in range(0, len(para), width)]
        lines += [] if indent else [""]
    return "\n".join(lines)


def _one_line(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    return "\n".join(lines[:1] + ["".join(lines[1:])])


def _traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2t").convert(text))


LAYOUTS: dict[str, Callable[[str], str]] = {
    "as collected": lambda text: text,
    "no blank lines, CRLF": lambda text: "\r\n".join(x for x in text.split("\n") if x.strip()),
    "cut every 40 characters": lambda text: _cut(text, 40),
    "cut every 25 characters": lambda text: _cut(text, 25),
    "a PDF's column of 16, first lines indented": lambda text: _cut(text, 16, "\u3000\u3000"),
    "one line after the headline": _one_line,
    "full-width digits": lambda text: text.translate(
        str.maketrans("0123456789.", "０１２３４５６７８９．")
    ),
    "traditional characters": _traditional,
}


def main(argv: list[str]) -> int:
    files = [f for name in (argv or ["news-dev"]) for f in load(name)]
    if not files:
        print("no gold sets found", file=sys.stderr)
        return 1
    print(f"{len(files)} articles\n")
    print("| layout | precision | recall | F1 | amounts |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n, (layout, make) in enumerate(LAYOUTS.items()):
            laid_out = [
                _laid_out(f, make, Path(tmp) / str(n) / str(i)) for i, f in enumerate(files)
            ]
            result = score_projects.score(laid_out)
            p, amounts = result["projects"], result["amounts"]
            print(
                f"| {layout} | {p['precision']:.3f} | {p['recall']:.3f} | {p['f1']:.3f} "
                f"| {amounts['exact']} of {amounts['gold']} |"
            )
    return 0


def _laid_out(gold: GoldFile, make: Callable[[str], str], folder: Path) -> GoldFile:
    folder.mkdir(parents=True)
    path = folder / gold.text_path.name  # (the name: scores are per file)
    path.write_text(make(gold.text_path.read_text(encoding="utf-8")), encoding="utf-8")
    return dataclasses.replace(gold, text_path=path)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
