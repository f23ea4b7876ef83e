"""Do the tagger and its judge help on articles nobody tuned to? The blind rounds, replayed.

    python bench/tagger_rounds.py                  # all rounds: about 40 minutes on two cores
    python bench/tagger_rounds.py --from heldout173   # the rounds from one set on

Each round of blind sets was scored once, with the rules of the day, before any
rule was written for it (the first run). This replays each round as it was then:
the rules of that commit (checked out in a temporary git worktree), then the names
today's tagger proposes beside them and today's judge keeps, both trained only on the
sets before the round (bench/train_tagger.py and bench/train_judge.py --before). It
prints project precision / recall / F1 of the rules alone and with the tagger and
judge. Needs the blind sets (../heldoutN) and a git checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import ROOT, load, nfkc, optional_items  # noqa: E402

from newsx.analysis.projects import learned, tagger  # noqa: E402
from newsx.analysis.projects.items import _Item  # noqa: E402


def _sets(first: int, last: int) -> tuple[str, ...]:
    return tuple(f"heldout{n}" for n in range(first, last + 1))


# (the rules' commit at the first run, the round's sets)
ROUNDS = (
    ("ba5eeef", _sets(77, 80)),
    ("9bfeea5", _sets(81, 84)),
    ("acb3b4d", _sets(85, 88)),
    ("e6fca83", _sets(89, 92)),
    ("0994a75", _sets(93, 96)),
    ("7db0f7a", _sets(97, 100)),
    ("b9571eb", _sets(101, 104)),
    ("ca284cd", _sets(105, 108)),
    ("0ed3ff9", _sets(109, 110)),
    ("1e7d23c", _sets(111, 116)),
    ("b73fc08", _sets(117, 122)),
    ("441ddca", _sets(123, 128)),
    ("4fcf9f9", _sets(129, 134)),
    ("c6373cf", _sets(135, 140)),
    ("2ad294a", _sets(141, 148)),
    ("b4de422", _sets(149, 154)),
    ("eeb7582", _sets(155, 160)),
    ("97c934f", _sets(161, 166)),
    ("6062f1f", _sets(167, 170)),
    ("184a7c9", _sets(171, 172)),
    ("5ca573b", _sets(173, 180)),
    ("577855e", _sets(181, 188)),
    ("c8a793e", _sets(189, 196)),
    ("5171013", _sets(197, 201)),
    ("4d19459", _sets(202, 209)),
    ("b661b29", _sets(210, 217)),
    ("74b1d32", _sets(218, 225)),
    ("e2c7d3d", _sets(226, 233)),
    ("e2c7d3d", _sets(234, 239)),
    ("b442184", _sets(240, 247)),
    ("4d3a65c", _sets(248, 255)),
    ("13662b2", _sets(256, 259)),
    ("dbd2c29", _sets(260, 267)),
    ("a180206", _sets(268, 275)),
    ("fb2ea71", _sets(276, 279)),
    ("e5a8398", _sets(280, 287)),
    ("e756559", _sets(288, 295)),
    ("b83e7ae", _sets(296, 303)),
    ("0db5523", _sets(304, 311)),
    ("bd68c48", _sets(312, 319)),
    ("b4d0eb3", _sets(320, 327)),
    ("14b64eb", _sets(328, 335)),
    ("ca2374e", _sets(336, 337)),
    ("554e0e7", _sets(338, 345)),
    ("f23ba6a", _sets(346, 353)),
    ("b8fc237", _sets(354, 357)),
    ("70a72e9", _sets(358, 365)),
    ("f12e124", _sets(366, 373)),
    ("25f3783", _sets(374, 379)),
)

# Run with the old commit's package: each article's text and the rules' names (the
# rules alone where that commit has the tagger already).
_DUMP = """
import json, sys
from newsx.analysis.articles import split_articles
from newsx.analysis.projects import find_projects
try:
    find_projects("", learned=False)
    rules = lambda text: find_projects(text, learned=False)  # a commit with the tagger
except TypeError:
    rules = find_projects
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    print(json.dumps([[a.text, [p.name for p in rules(a.text).projects]]
                      for a in split_articles(text)], ensure_ascii=False))
"""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="first", help="replay the rounds from this set on")
    first = parser.parse_args(argv).first
    print(
        "| round | rules of | sets | gold | rules P / R / F1 | with tagger and judge P / R / F1 |"
    )
    print("|---|---|---|---:|---|---|")
    pooled_rules, pooled_both, pooled_gold = Counter[str](), Counter[str](), 0
    began = [n for n, (_, sets) in enumerate(ROUNDS, start=1) if first in sets] or [1]
    with tempfile.TemporaryDirectory() as tmp:
        for number, (commit, sets) in enumerate(ROUNDS, start=1):
            if number < began[0]:
                continue
            files = [f for s in sets for f in load(s)]
            if not files:
                print(f"| {number} | {commit} | {sets[0]}… | – | (sets not found) | |")
                continue
            tagger_model = Path(tmp) / f"tagger{number}.crfsuite"
            judge_model = Path(tmp) / f"judge{number}.crfsuite"
            for script, model in (
                ("train_tagger.py", tagger_model),
                ("train_judge.py", judge_model),
            ):
                train = [sys.executable, str(ROOT / "bench" / script), "--before", sets[0]]
                subprocess.run([*train, "--out", str(model)], capture_output=True)
            if not judge_model.exists():
                print(f"| {number} | {commit} | {sets[0]}… | – | (no sets before it) | |")
                continue
            tagger.MODEL, learned.MODEL = tagger_model, judge_model
            tagger._tagger.cache_clear()
            learned._judge.cache_clear()
            articles = _old_rules(commit, [f.text_path for f in files], Path(tmp) / str(number))
            rules, both, gold = Counter[str](), Counter[str](), 0
            for gold_file, found in zip(files, articles, strict=True):
                want = _gold(gold_file)
                gold += sum(want.values())
                names = [n for _, ns in found for n in ns]
                _tally(rules, want, names, gold_file.notes)
                _tally(both, want, names + _added(found), gold_file.notes)
            print(
                f"| {number} | {commit} | {sets[0]}–{sets[-1][7:]} | {gold} "
                f"| {_prf(rules, gold)} | {_prf(both, gold)} |"
            )
            pooled_rules.update(rules)
            pooled_both.update(both)
            pooled_gold += gold
    print(
        f"| all | | | {pooled_gold} | {_prf(pooled_rules, pooled_gold)} "
        f"| {_prf(pooled_both, pooled_gold)} |"
    )
    return 0


def _old_rules(commit: str, paths: list[Path], tmp: Path) -> list[list[tuple[str, list[str]]]]:
    tmp.mkdir()  # one folder per round: two rounds may share a commit
    tree, package = tmp / commit, tmp / f"{commit}-pkg"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit])
    try:
        package.mkdir()
        (package / "newsx").symlink_to(tree)
        env = {**os.environ, "PYTHONPATH": str(package)}
        out = subprocess.run(
            [sys.executable, "-c", _DUMP, *map(str, paths)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)])
    return [[(text, names) for text, names in json.loads(line)] for line in out.splitlines()]


def _added(found: list[tuple[str, list[str]]]) -> list[str]:
    """What the tagger and judge add to the old rules' names: find_projects' own step."""
    return [
        item.name
        for text, names in found
        for item in learned.tagged_names(text, [_Item(name, "") for name in names])
    ]


def _gold(gold_file) -> Counter[str]:  # type: ignore[no-untyped-def]
    optional = optional_items(gold_file.notes)
    names = (nfkc(p) for a in gold_file.articles for p in a.get("projects", []))
    return Counter(n for n in names if n not in optional)


def _tally(tally: Counter[str], want: Counter[str], names: list[str], notes: list[str]) -> None:
    optional = optional_items(notes)
    got = Counter(n for n in map(nfkc, names) if n not in optional)
    tally["found"] += sum(got.values())
    tally["right"] += sum((want & got).values())


def _prf(tally: Counter[str], gold: int) -> str:
    p = tally["right"] / tally["found"] if tally["found"] else 1.0
    r = tally["right"] / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} / {r:.3f} / **{f:.3f}**"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
