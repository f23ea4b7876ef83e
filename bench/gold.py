"""Gold annotations for the accuracy scripts: the samples and ../shared news-dev.

Both sets are loaded into one shape (GoldFile with a list of article dicts in the
samples' format, see samples/README.md). news-dev annotates whole files, so each
of its files becomes one article.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsx.analysis.normalize import simplified, to_simplified, without_glosses

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
NEWS_DEV = Path(os.environ.get("NEWSX_SHARED", ROOT.parent / "shared")) / "data" / "news-dev"
# Real published articles annotated blind, kept outside the repository (never
# committed): scored when present, to check that newsx generalises. heldout…
# heldout16 were used while developing; testset only as a final test (its misses
# are never printed). Each is ../NAME, or $NEWSX_NAME (NEWSX_HELDOUT2 …).
BLIND_SETS = ("heldout", *(f"heldout{n}" for n in range(2, 1700)), "testset")


@dataclass(frozen=True)
class GoldFile:
    source: str  # "samples" or "news-dev"
    text_path: Path
    articles: list[dict[str, Any]]
    notes: list[str]

    @property
    def name(self) -> str:
        return self.text_path.name


def nfkc(text: str) -> str:
    """A name as compared: NFKC, and without the pinyin glosses a mirror site put in it
    (开发(fā)区), which newsx drops from the text and some annotators kept."""
    return without_glosses(unicodedata.normalize("NFKC", text)).strip()


def load_samples() -> list[GoldFile]:
    files = []
    for path in sorted((SAMPLES / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        files.append(
            GoldFile("samples", SAMPLES / data["file"], data["articles"], data.get("notes", []))
        )
    return files


def load_news_dev(root: Path = NEWS_DEV, source: str = "news-dev") -> list[GoldFile]:
    """The six real articles; empty when ../shared is absent (a lone clone)."""
    if not (root / "gold").is_dir():
        return []
    files = []
    for path in sorted((root / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        article = {
            "officials": data.get("officials", []),
            "reporters": data.get("reporters", []),
            "projects": data.get("projects", []),
            "investment_total": (
                {"text": data["investment_total"]} if data.get("investment_total") else None
            ),
            "dates": data.get("dates", []),
        }
        text_path = root / "articles" / f"{path.stem}.txt"
        notes = data.get("notes", [])
        if _traditional(text_path):
            # newsx reads a traditional text in simplified characters (README): so is
            # its gold compared.
            article, notes = _simplified(article), _simplified(notes)
        files.append(GoldFile(source, text_path, [article], notes))
    return files


def _traditional(text_path: Path) -> bool:
    text = text_path.read_text(encoding="utf-8", errors="replace")
    return simplified(text) != text


def _simplified(value: Any) -> Any:
    """Every string in a gold value, in simplified characters."""
    if isinstance(value, str):
        return to_simplified(value)
    if isinstance(value, list):
        return [_simplified(v) for v in value]
    if isinstance(value, dict):
        return {k: _simplified(v) for k, v in value.items()}
    return value


def load(source: str) -> list[GoldFile]:
    if source == "samples":
        return load_samples()
    if source == "news-dev":
        return load_news_dev()
    if source not in BLIND_SETS:
        raise ValueError(f"unknown gold set: {source}")
    root = Path(os.environ.get(f"NEWSX_{source.upper()}", ROOT.parent / source))
    return load_news_dev(root, source)


_OPTIONAL_HEAD = re.compile(r"optional[^:]{0,30}:", re.IGNORECASE)
_QUOTED_NAME = re.compile(r"'([^']+)'|‘([^’]+)’|“([^”]+)”")


def optional_items(notes: list[str]) -> set[str]:
    """What the notes call optional (neither right nor wrong when found).

    Forms used by the annotators: "optional: A, B (why)" (or A / B) and quoted names in a
    note that says optional.
    """
    items: set[str] = set()
    for note in notes:
        lowered = note.lower()
        if "optional" not in lowered:
            continue
        # Each "optional: A, B (why)", also after another note's head
        # ("projects: none. optional: A (why). optional: B (why).")
        for rest in _OPTIONAL_HEAD.split(note)[1:]:
            # (up to "(why)", "- why" or the quote around the note: 'optional: A' and …)
            listed = re.split(r"\s+(?:\(|- )|['‘’]", rest, maxsplit=1)[0]
            items.update(nfkc(i) for i in re.split(r"[,，、;；]|\s/\s", listed) if i.strip())
        for match in _QUOTED_NAME.finditer(note):
            quoted = next(g for g in match.groups() if g)
            if not _OPTIONAL_HEAD.match(quoted):  # ('optional: A' is read above)
                items.add(nfkc(quoted))
    return items


def score_and_print(
    score: Callable[[list[GoldFile]], dict[str, Any]],
    table: Callable[[dict[str, dict[str, Any]]], str],
    argv: list[str],
) -> int:
    """A scoring script's main: samples and news-dev scored, one table, and with -v
    every file's misses (score's results carry them under "misses")."""
    results = {"samples": score(load_samples())}
    news_dev = load_news_dev()
    if news_dev:
        results["news-dev"] = score(news_dev)
    print(table(results))
    if not news_dev:
        print("\nnews-dev: not found (../shared/data/news-dev); set NEWSX_SHARED to score it.")
    if "-v" in argv or "--verbose" in argv:
        for name, r in results.items():
            for file, misses in r["misses"].items():
                print(f"\n{name}/{file}")
                for miss in misses:
                    print(f"  {miss}")
    return 0
