"""Accuracy of the bylines newsx reads (who wrote the article, who took the pictures).

    python bench/score_bylines.py       # samples and news-dev
    python bench/score_bylines.py -v    # and every miss

The gold names of a file are its reporters, correspondents and photographers (the
samples keep them apart; news-dev and the blind sets list them all as reporters), and
newsx's are those of its articles' bylines, compared as sets per file after NFKC.
Editors are not counted. `score(files)` is importable (bench/accuracy.py uses it).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import GoldFile, nfkc, score_and_print  # noqa: E402

from newsx.analysis.articles import split_articles  # noqa: E402

_KINDS = ("reporters", "correspondents", "photographers")


def score(files: list[GoldFile]) -> dict[str, Any]:
    gold = found = right = 0
    misses: dict[str, list[str]] = {}
    for gold_file in files:
        want = {nfkc(n) for a in gold_file.articles for kind in _KINDS for n in a.get(kind) or []}
        text = gold_file.text_path.read_text(encoding="utf-8")
        got = {
            nfkc(n)
            for article in split_articles(text)
            for kind in _KINDS
            for n in getattr(article.byline, kind)
        }
        gold, found, right = gold + len(want), found + len(got), right + len(want & got)
        wrong = [f"byline missed: {n}" for n in sorted(want - got)]
        wrong += [f"byline extra: {n}" for n in sorted(got - want)]
        if wrong:
            misses[gold_file.name] = wrong
    precision = right / found if found else 1.0
    recall = right / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "files": len(files),
        "gold": gold,
        "found": found,
        "right": right,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "misses": misses,
    }


def table(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| set | files | gold names | found | right | P | R | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['files']} | {r['gold']} | {r['found']} | {r['right']} "
            f"| {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    return score_and_print(score, table, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
