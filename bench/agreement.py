"""How far two annotators agree on the projects of the same articles: a ceiling for newsx.

    python bench/agreement.py --second ../agree/A --second ../agree/B ../heldout320 ../heldout322

Each --second folder holds articles annotated a second time (articles/NN.txt and
gold/NN.json, as the blind sets), by an annotator who never saw the first gold; each
article is matched by its text to one of the first folders. Prints the project
precision / recall / F1 of each annotation against the other, and of newsx against
each, on the same articles: names exact after NFKC, the reference's optional items set
aside as bench/score_projects.py does (and, in the last column, those of either
annotator: what the two disagree on only where one of them was unsure is then left out).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import GoldFile, load_news_dev, nfkc, optional_items  # noqa: E402
from score_officials import Counts  # noqa: E402

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
    # (compared, reference) -> counts with the reference's optional items set aside (as
    # newsx is scored), and with those of either annotator set aside
    rows = {
        key: (Counts(), Counts())
        for key in (
            ("second", "first"),
            ("first", "second"),
            ("newsx", "first"),
            ("newsx", "second"),
        )
    }
    for one, two in pairs:
        named = {"first": _names(one), "second": _names(two), "newsx": _found(one)}
        optional = {"first": _optional(one), "second": _optional(two)}
        either = optional["first"] | optional["second"]
        for (compared, reference), (own, both) in rows.items():
            own.add(named[compared] - optional[reference], named[reference] - optional[reference])
            both.add(named[compared] - either, named[reference] - either)
    print(f"{len(pairs)} articles annotated twice")
    print(
        "| compared | reference | gold | found | right | P | R | F1 | F1, either's optional aside |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    labels = {"first": "first annotator", "second": "second annotator", "newsx": "newsx"}
    for (compared, reference), (own, both) in rows.items():
        scores, aside = own.as_dict(), both.as_dict()
        print(
            f"| {labels[compared]} | {reference} | {own.tp + own.fn} | {own.tp + own.fp} | "
            f"{own.tp} | {scores['p']:.3f} | {scores['r']:.3f} | {scores['f1']:.3f} | "
            f"{aside['f1']:.3f} |"
        )
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
