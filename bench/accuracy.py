"""Accuracy of newsx against gold annotations: officials, bylines, projects and amounts.

    python bench/accuracy.py        # tables for every gold set found
    python bench/accuracy.py -v     # and each file's misses and false finds

Gold sets: `samples` (the seed and the articles written for newsx, in
samples/gold), `news-dev` (six real articles in ../shared/data/news-dev) and,
when present, sets of real published articles annotated blind and kept
outside the repository: `heldout`, `heldout2` … `heldout100` (../heldoutN or
$NEWSX_HELDOUTN; used while developing; heldout2 is mostly lists of projects)
and `testset` (../testset or $NEWSX_TESTSET, a final test: its
misses are never printed, so nobody tunes to it). The project tagger is trained
on every set but testset (bench/train_tagger.py), so the other sets' project
scores are fitted; bench/tagger_rounds.py measures it on sets it has not seen.
The baseline for officials is
jieba's part-of-speech tagger: every token tagged nr counts as a name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_bylines  # noqa: E402
import score_officials  # noqa: E402
import score_projects  # noqa: E402
from gold import BLIND_SETS, load  # noqa: E402


def main(argv: list[str]) -> int:
    verbose = "-v" in argv or "--verbose" in argv
    names = ("samples", "news-dev", *BLIND_SETS)
    sets = {name: files for name in names if (files := load(name))}
    officials = {name: score_officials.score(files) for name, files in sets.items()}
    bylines = {name: score_bylines.score(files) for name, files in sets.items()}
    projects = {name: score_projects.score(files) for name, files in sets.items()}
    print("## Officials: names and (name, title) pairs\n")
    print(score_officials.table(officials))
    print("\n## Bylines: reporters, correspondents and photographers\n")
    print(score_bylines.table(bylines))
    print("\n## Projects and amounts\n")
    print(score_projects.table(projects))
    missing = [n for n in names[1:] if n not in sets]
    if missing:
        print(f"\n(not found here: {', '.join(missing)})")
    if verbose:
        for name in sets:
            if name == "testset":
                continue  # a test set's misses stay unseen
            print(f"\n## {name}: officials\n")
            print(score_officials.details(officials[name]))
            for file, misses in bylines[name]["misses"].items():
                print(f"{file}: {'; '.join(misses)}")
            print(f"\n## {name}: projects\n")
            for file, misses in projects[name]["misses"].items():
                print(f"{file}")
                for miss in misses:
                    print(f"  {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
