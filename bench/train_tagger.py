"""Build the project-name tagger (analysis/data/project_tagger.crfsuite.xz) from the gold sets.

    python bench/train_tagger.py            # every gold set found, the test set left out
    python bench/train_tagger.py --out F    # write the model elsewhere
    python bench/train_tagger.py --before heldout33 --out F   # only the sets before one

The training text is every sentence that names one of its article's projects (NFKC,
as annotated), as newsx splits the article: the names are tagged where they are
written, every other character is not a name. Sentences that name none are left out:
the tagger learns what a name looks like where names are, and the judge (learned.py)
learns which names are projects. Trained on every sentence, it learned that the names
of a sentence no annotator counted are no names (在建项目分别为A、B以及C in a progress
report) and proposed 58% of the gold names of heldout173-201 in the sentences it read;
trained on these sentences alone, 69%. Sets: samples, news-dev and the blind sets
heldout … that are present (see bench/gold.py); `testset` is never trained on. After
it, train the judge (bench/train_judge.py). Training is deterministic (L-BFGS, fixed
order) and takes about a minute on two cores.
"""

from __future__ import annotations

import argparse
import lzma
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pycrfsuite  # noqa: E402
from gold import BLIND_SETS, GoldFile, load, nfkc  # noqa: E402

from newsx.analysis.articles import split_articles  # noqa: E402
from newsx.analysis.projects import tagger  # noqa: E402
from newsx.analysis.segmenter import Segmenter  # noqa: E402

TRAINING_SETS = ("samples", "news-dev", *(s for s in BLIND_SETS if s != "testset"))


def arguments(argv: list[str], doc: str, default: Path) -> tuple[Path, tuple[str, ...]]:
    """The model file to write and the sets to learn from (also bench/train_judge.py's)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default)
    parser.add_argument(
        "--before",
        type=_training_set,
        metavar="SET",
        help="train only on the sets before this one (heldout141: samples … heldout140)",
    )
    args = parser.parse_args(argv)
    sets = TRAINING_SETS[: TRAINING_SETS.index(args.before)] if args.before else TRAINING_SETS
    return args.out, sets


def _training_set(name: str) -> str:
    # (not argparse's choices: it would list all four hundred sets in its error)
    if name not in TRAINING_SETS:
        raise argparse.ArgumentTypeError(
            f"unknown set {name!r}: one of samples, news-dev, heldout, heldout2 … "
            f"{TRAINING_SETS[-1]}"
        )
    return name


def training_files(sets: tuple[str, ...]) -> tuple[list[GoldFile], list[str]]:
    """The gold files of the sets found, and the names of the sets that had any."""
    files = [(name, load(name)) for name in sets]
    return [f for _, found in files for f in found], [name for name, found in files if found]


def named(sets: list[str]) -> str:
    """The sets' names, a run of blind sets as one (samples, news-dev, heldout77-209)."""
    out: list[str] = []
    for name in sets:
        number = name.removeprefix("heldout")
        last = re.fullmatch(r"heldout(\d+)(?:-(\d+))?", out[-1]) if out else None
        if number.isdigit() and last and int(last[2] or last[1]) + 1 == int(number):
            out[-1] = f"heldout{last[1]}-{number}"
        else:
            out.append(name)
    return ", ".join(out)


def write_model(trainer: pycrfsuite.Trainer, out: Path, learned_from: str) -> None:
    """Train and write the model, then say on stderr what it learned from and how long
    training took."""
    began = time.perf_counter()
    if out.suffix == ".xz":  # a shipped model, compressed (tagger.open_model unpacks it)
        plain = out.with_suffix("")
        trainer.train(str(plain))
        out.write_bytes(lzma.compress(plain.read_bytes(), preset=9 | lzma.PRESET_EXTREME))
        plain.unlink()
    else:
        trainer.train(str(out))
    took = time.perf_counter() - began
    print(f"{out}: {learned_from}; trained in {took:.0f} s", file=sys.stderr)


def main(argv: list[str]) -> int:
    out, sets = arguments(argv, __doc__, tagger.MODEL)
    gold_files, used = training_files(sets)
    trainer, learned_from = train(gold_files)
    write_model(trainer, out, f"{learned_from}, sets {named(used)}")
    return 0


def train(gold_files: list[GoldFile]) -> tuple[pycrfsuite.Trainer, str]:
    """A trainer given the sentences of these files that name a project (write_model
    trains it), and what it learned from."""
    trainer = pycrfsuite.Trainer(verbose=False)
    segmenter = Segmenter()
    sentences = characters = 0
    for gold_file in gold_files:
        names = [nfkc(p) for a in gold_file.articles for p in a.get("projects", [])]
        text = gold_file.text_path.read_text(encoding="utf-8")
        for article in split_articles(text):
            for _, sentence in tagger.sentences(article.text):
                labels = tagger.labels(sentence, names)
                if "B" in labels:
                    trainer.append(tagger.features(sentence, segmenter), labels)
                    sentences += 1
                    characters += len(sentence)
    trainer.set_params(
        {
            "c1": 0.1,
            "c2": 0.01,
            "max_iterations": 150,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,  # features seen once: half the model, no accuracy
        }
    )
    files = len(gold_files)
    return trainer, f"{files} files, {sentences} sentences ({characters} characters)"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
