"""How far two annotators agree on the projects of the same articles: a ceiling for newsx.

    python bench/agreement.py --second ../agree/A --second ../agree/B ../heldout320 ../heldout322

Each --second folder holds articles annotated a second time (articles/NN.txt and
gold/NN.json, as the blind sets), by an annotator who never saw the first gold; each
article is matched by its text to one of the first folders. Prints the project
precision / recall / F1 of the second annotation against the first, and of newsx
against each, on the same articles: names exact after NFKC, an item either annotator
calls optional set aside, as bench/score_projects.py does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import GoldFile, load_news_dev, nfkc, optional_items  # noqa: E402

from newsx.analysis.articles import split_articles  # noqa: E402
from newsx.analysis.projects import find_projects  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--second", type=Path, action="append", required=True)
    parser.add_argument("first", type=Path, nargs="+")
    args = parser.parse_args(argv)
    first = {
        f.text_path.read_text(encoding="utf-8"): f
        for folder in args.first
        for f in load_news_dev(folder, folder.name)
    }
    pairs = [
        (first[text], f)
        for folder in args.second
        for f in load_news_dev(folder, folder.name)
        if (text := f.text_path.read_text(encoding="utf-8")) in first
    ]
    if not pairs:
        print("no article of the second folders is in the first ones", file=sys.stderr)
        return 1
    counts = {k: [0, 0, 0] for k in ("second", "newsx", "newsx-second")}
    for one, two in pairs:
        optional = _optional(one) | _optional(two)
        a, b = _names(one) - optional, _names(two) - optional
        found = _found(one) - optional
        for key, gold, got in (("second", a, b), ("newsx", a, found), ("newsx-second", b, found)):
            counts[key][0] += len(gold)
            counts[key][1] += len(got)
            counts[key][2] += len(gold & got)
    print(f"{len(pairs)} articles annotated twice")
    print("| compared | reference | gold | found | right | P | R | F1 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    labels = {
        "second": ("second annotator", "first"),
        "newsx": ("newsx", "first"),
        "newsx-second": ("newsx", "second"),
    }
    for key, (gold, found, right) in counts.items():
        p = right / found if found else 0.0
        r = right / gold if gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        what, reference = labels[key]
        scores = f"{p:.3f} | {r:.3f} | {f1:.3f}"
        print(f"| {what} | {reference} | {gold} | {found} | {right} | {scores} |")
    return 0


def _names(gold_file: GoldFile) -> set[str]:
    return {nfkc(p) for a in gold_file.articles for p in a.get("projects", [])}


def _optional(gold_file: GoldFile) -> set[str]:
    notes = gold_file.notes + [n for a in gold_file.articles for n in a.get("notes", [])]
    return optional_items(notes)


def _found(gold_file: GoldFile) -> set[str]:
    text = gold_file.text_path.read_text(encoding="utf-8")
    return {nfkc(p.name) for a in split_articles(text) for p in find_projects(a.text).projects}


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
