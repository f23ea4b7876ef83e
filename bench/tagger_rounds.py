"""Does the tagger help on articles nobody tuned to? The blind rounds, replayed.

    python bench/tagger_rounds.py        # about 30 minutes on two cores

Each round of blind sets was scored once, with the rules of the day, before any
rule was written for it (the first run). This replays each round as it was then:
the rules of that commit (checked out in a temporary git worktree), and a tagger
trained only on the sets that existed before the round. It prints project
precision / recall / F1 of the rules alone and of the rules with the tagger.
Needs the blind sets (../heldoutN) and a git checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import ROOT, load, nfkc, optional_items  # noqa: E402

from newsx.analysis.projects import _tagged, tagger  # noqa: E402
from newsx.analysis.projects.items import _Item  # noqa: E402

# (the rules' commit at the first run, the round's sets)
ROUNDS = (
    ("60038e3", ("heldout25", "heldout26", "heldout27", "heldout28")),
    ("9ed57f6", ("heldout29", "heldout30", "heldout31", "heldout32")),
    ("85a89f7", ("heldout33", "heldout34", "heldout35", "heldout36")),
    ("48fd23b", ("heldout37", "heldout38", "heldout39", "heldout40")),
    ("5b3e6ec", ("heldout41", "heldout42", "heldout43", "heldout44")),
    ("52874da", ("heldout45", "heldout46", "heldout47", "heldout48")),
    ("220cee0", ("heldout49", "heldout50", "heldout51", "heldout52")),
    ("c0b62f6", ("heldout53", "heldout54", "heldout55", "heldout56")),
    ("5ad9e07", ("heldout57", "heldout58", "heldout59", "heldout60")),
    ("169d44d", ("heldout61", "heldout62", "heldout63", "heldout64")),
    ("d0a4224", ("heldout65", "heldout66", "heldout67", "heldout68")),
    ("bc08585", ("heldout69", "heldout70", "heldout71", "heldout72")),
    ("4933b90", ("heldout73", "heldout74", "heldout75", "heldout76")),
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


def main() -> int:
    print("| round | rules of | sets | gold | rules P / R / F1 | with tagger P / R / F1 |")
    print("|---|---|---|---:|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for number, (commit, sets) in enumerate(ROUNDS, start=1):
            files = [f for s in sets for f in load(s)]
            if not files:
                print(f"| {number} | {commit} | {sets[0]}… | – | (sets not found) | |")
                continue
            articles = _old_rules(commit, [f.text_path for f in files], Path(tmp))
            model = Path(tmp) / f"round{number}.crfsuite"
            train = [sys.executable, str(ROOT / "bench" / "train_tagger.py")]
            trained = [*train, "--before", sets[0], "--out", str(model)]
            subprocess.run(trained, check=True, capture_output=True)
            tagger.MODEL = model
            tagger._tagger.cache_clear()
            rules, both, gold = Counter(), Counter(), 0
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
    return 0


def _old_rules(commit: str, paths: list[Path], tmp: Path) -> list[list[tuple[str, list[str]]]]:
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
    """What the tagger adds to the old rules' names: find_projects' own step."""
    return [
        item.name
        for text, names in found
        for item in _tagged(text, [_Item(name, "") for name in names])
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
    raise SystemExit(main())
