"""Build the judge of the tagger's names (analysis/data/project_judge.crfsuite.xz) from gold.

    python bench/train_judge.py             # every gold set found, the test set left out
    python bench/train_judge.py --out F     # write the model elsewhere
    python bench/train_judge.py --before heldout141 --out F   # only the sets before one

Each name a tagger proposes beside the rules' names (learned.candidates) is an
example: right when it is one of its file's gold projects, wrong when it is not;
names a gold note calls optional are left out. The proposals are cross-fitted: the
sets are dealt into three folds and each fold is read by a tagger trained on the other
two (bench/train_tagger.py's training), so the judge learns how the tagger does on
articles it has not seen, as in use; a tagger reading its own training articles is
right far more often. The judge is a logistic model: crfsuite over one-item
sequences, L2-regularised. Sets as bench/train_tagger.py's. Deterministic, about
three minutes on two cores.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pycrfsuite  # noqa: E402
from gold import GoldFile, nfkc, optional_items  # noqa: E402
from train_tagger import arguments, named, train, training_files, write_model  # noqa: E402

from newsx.analysis.articles import split_articles  # noqa: E402
from newsx.analysis.projects import find_projects, learned, tagger  # noqa: E402
from newsx.analysis.projects.items import _Item  # noqa: E402

FOLDS = 3


def main(argv: list[str]) -> int:
    out, sets = arguments(argv, __doc__, learned.MODEL)
    trainer = pycrfsuite.Trainer(verbose=False)
    examples: Counter[str] = Counter()
    gold_files, used = training_files(sets)
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(FOLDS):
            read = [f for f in gold_files if used.index(f.source) % FOLDS == fold]
            others = [f for f in gold_files if used.index(f.source) % FOLDS != fold]
            if not read or not others:
                continue
            fold_tagger, _ = train(others)
            tagger.MODEL = Path(tmp) / f"fold{fold}.crfsuite"
            fold_tagger.train(str(tagger.MODEL))
            tagger._tagger.cache_clear()
            for label, features in _examples(read):
                examples[label] += 1
                trainer.append([features], [label])
    if not examples["Y"] or not examples["N"]:
        print(
            f"{out}: not written: the sets ({named(used)}) give no names beside the "
            "rules' to learn from (the blind sets ../heldoutN do)",
            file=sys.stderr,
        )
        return 1
    trainer.set_params({"c1": 0.0, "c2": 3.0, "max_iterations": 200})
    right, wrong = examples["Y"], examples["N"]
    write_model(trainer, out, f"{right} names right and {wrong} wrong, sets {named(used)}")
    return 0


def _examples(gold_files: list[GoldFile]) -> Iterator[tuple[str, list[str]]]:
    """Each name the tagger proposes in these files: Y or N, and the judge's features."""
    for gold_file in gold_files:
        notes = gold_file.notes + [n for a in gold_file.articles for n in a.get("notes", [])]
        optional = {nfkc(item) for item in optional_items(notes)}
        gold = {nfkc(p) for a in gold_file.articles for p in a.get("projects", [])}
        text = gold_file.text_path.read_text(encoding="utf-8")
        for article in split_articles(text):
            rules = find_projects(article.text, learned=False).projects
            found = [_Item(p.name, p.event) for p in rules]
            for candidate, _, features in learned.candidates(article.text, found):
                if nfkc(candidate) not in optional:
                    yield ("Y" if nfkc(candidate) in gold else "N"), features


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
