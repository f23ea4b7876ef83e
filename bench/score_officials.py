"""Score `newsx officials` against the gold: names and (name, title) pairs.

For each gold file the predictions are the union over the file's articles
(split_articles, then find_officials on each Article.text); names and titles are
compared after Unicode NFKC and without a mirror's pinyin glosses (gold.nfkc, as
projects are); names and titles a gold note marks optional (`optional_items`) count
neither way. The baseline is jieba's part-of-speech tagger over
the same article texts: every token tagged nr is a predicted name; it gives no
titles, so its pair scores are 0.

    python bench/score_officials.py          # one markdown table
    python bench/score_officials.py -v       # plus misses and false positives per file
    python bench/score_officials.py --speed  # find_officials vs Segmenter().cut, MB/s

`score(files)` returns the numbers for bench/accuracy.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import GoldFile, load, nfkc, optional_items  # noqa: E402

from newsx.analysis.articles import split_articles  # noqa: E402
from newsx.analysis.officials import find_officials  # noqa: E402

Pair = tuple[str, str]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[Any], gold: set[Any]) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def as_dict(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": p, "r": r, "f1": f, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class FileResult:
    name: str
    gold_names: set[str]
    gold_pairs: set[Pair]
    predicted: dict[str, tuple[set[str], set[Pair]]] = field(default_factory=dict)
    gold_roles: set[Pair] = field(default_factory=set)  # (name, role), where annotated
    roles: set[Pair] = field(default_factory=set)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def gold_sets(gold: GoldFile) -> tuple[set[str], set[Pair]]:
    names: set[str] = set()
    pairs: set[Pair] = set()
    for article in gold.articles:
        for official in article.get("officials", []):
            name = nfkc(official["name"])
            names.add(name)
            pairs.update((name, nfkc(t)) for t in official.get("titles", []))
    return names, pairs


def gold_roles(gold: GoldFile) -> set[Pair]:
    return {
        (nfkc(o["name"]), role)
        for article in gold.articles
        for o in article.get("officials", [])
        for role in o.get("roles", [])
    }


def newsx_roles(texts: Iterable[str], names: set[str]) -> set[Pair]:
    return {
        (nfkc(o.name), role)
        for text in texts
        for o in find_officials(text)
        if nfkc(o.name) in names
        for role in o.roles
    }


def newsx_sets(texts: Iterable[str], *, one_article: bool = False) -> tuple[set[str], set[Pair]]:
    """Names and (name, title) pairs over the texts. one_article: the gold
    annotates the whole file as one article (news-dev's format) while
    split_articles may cut off its photo captions, so titles are merged over the
    file the way the conventions say: a bare title is dropped when the same
    person has it with its prefix in another part (县委副书记 in a caption,
    龙山县委副书记 in the body)."""
    names: set[str] = set()
    seen: dict[str, list[tuple[str, ...]]] = {}
    for text in texts:
        for official in find_officials(text):
            name = nfkc(official.name)
            names.add(name)
            seen.setdefault(name, []).append(tuple(nfkc(t) for t in official.titles))
    pairs: set[Pair] = set()
    for name, parts in seen.items():
        titles = {t for part in parts for t in part}
        for title in titles:
            covered = one_article and any(
                other != title
                and other.endswith(title)
                and not any(title in part and other in part for part in parts)
                for other in titles
            )
            if not covered:
                pairs.add((name, title))
    return names, pairs


def _without(optional: set[str], names: set[str], pairs: set[Pair]) -> tuple[set[str], set[Pair]]:
    """Names and pairs with the gold's optional items taken out: an optional
    name (an untitled person, a misspelt mention) or title string is neither
    right nor wrong, found or missed."""
    return (
        names - optional,
        {(n, t) for n, t in pairs if n not in optional and t not in optional},
    )


def jieba_sets(texts: Iterable[str]) -> tuple[set[str], set[Pair]]:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.CRITICAL + 1)
    names = {
        nfkc(pair.word) for text in texts for pair in jieba.posseg.cut(text) if pair.flag == "nr"
    }
    return names, set()


SYSTEMS: dict[str, Callable[[Iterable[str]], tuple[set[str], set[Pair]]]] = {
    "newsx": newsx_sets,
    "jieba nr": jieba_sets,
}


def score(files: Sequence[GoldFile]) -> dict[str, Any]:
    """Micro-averaged precision, recall and F1 over `files`, per system:
    {"systems": {system: {"names": {...}, "pairs": {...}}}, "files": [FileResult],
    "seconds": {system: float}}."""
    results: list[FileResult] = []
    counts = {s: (Counts(), Counts()) for s in SYSTEMS}
    roles = Counts()
    seconds = dict.fromkeys(SYSTEMS, 0.0)
    for gold in files:
        optional = optional_items(gold.notes)
        gold_names, gold_pairs = _without(optional, *gold_sets(gold))
        texts = [a.text for a in split_articles(_read(gold.text_path))]
        result = FileResult(gold.name, gold_names, gold_pairs)
        for system, run in SYSTEMS.items():
            began = time.perf_counter()
            if system == "newsx":
                names, pairs = newsx_sets(texts, one_article=len(gold.articles) == 1)
            else:
                names, pairs = run(texts)
            seconds[system] += time.perf_counter() - began
            names, pairs = _without(optional, names, pairs)
            result.predicted[system] = (names, pairs)
            counts[system][0].add(names, gold_names)
            counts[system][1].add(pairs, gold_pairs)
        if any("roles" in o for a in gold.articles for o in a.get("officials", [])):
            # roles are scored for the people both found and annotated
            result.gold_roles = gold_roles(gold)
            found = result.predicted["newsx"][0] & gold_names
            result.roles = newsx_roles(texts, found)
            roles.add(result.roles, {p for p in result.gold_roles if p[0] in found})
        results.append(result)
    return {
        "systems": {
            s: {"names": n.as_dict(), "pairs": p.as_dict()} for s, (n, p) in counts.items()
        },
        "files": results,
        "seconds": seconds,
        "roles": roles.as_dict() if roles.tp + roles.fn else None,
    }


def table(scores: dict[str, dict[str, Any]]) -> str:
    rows = [
        "| set | files | system | name P | name R | name F1 | name+title P | name+title R "
        "| name+title F1 |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for source, result in scores.items():
        for system, numbers in result["systems"].items():
            n, p = numbers["names"], numbers["pairs"]
            pair_cells = (
                f"{p['p']:.3f} | {p['r']:.3f} | {p['f1']:.3f}" if system == "newsx" else "– | – | 0"
            )
            rows.append(
                f"| {source} | {len(result['files'])} | {system} | {n['p']:.3f} | {n['r']:.3f} "
                f"| {n['f1']:.3f} | {pair_cells} |"
            )
    return "\n".join(rows)


def details(result: dict[str, Any], system: str = "newsx") -> str:
    lines = []
    for file in result["files"]:
        names, pairs = file.predicted[system]
        missed = sorted(file.gold_names - names)
        wrong = sorted(names - file.gold_names)
        missed_pairs = sorted(p for p in file.gold_pairs - pairs if p[0] in names)
        wrong_pairs = sorted(p for p in pairs - file.gold_pairs if p[0] in file.gold_names)
        if missed or wrong or missed_pairs or wrong_pairs:
            lines.append(f"{file.name}:")
            if missed:
                lines.append(f"  missed names: {' '.join(missed)}")
            if wrong:
                lines.append(f"  false names: {' '.join(wrong)}")
            for name, title in missed_pairs:
                lines.append(f"  missed title: {name} {title}")
            for name, title in wrong_pairs:
                lines.append(f"  wrong title:  {name} {title}")
        gold_roles = {p for p in file.gold_roles if p[0] in names}
        if file.roles != gold_roles and (file.roles or gold_roles):
            lines.append(f"{file.name} roles:")
            for name, role in sorted(gold_roles - file.roles):
                lines.append(f"  missed role: {name} {role}")
            for name, role in sorted(file.roles - gold_roles):
                lines.append(f"  extra role:  {name} {role}")
    return "\n".join(lines)


ICWB2 = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "icwb2"


def speed(texts: Sequence[tuple[str, str]], repeats: int = 5) -> str:
    """MB/s of Segmenter().cut, find_officials and official_names over the same
    text (the SIGHAN bakeoff test texts: news, one paragraph a line; and the
    gold sets' articles, all officials): cut and find_officials line by line,
    official_names on the whole raw text, its tables emptied before each run.
    Best of `repeats`, in CPU time of this process, so that other work on the
    machine does not count."""
    from newsx.analysis import officials as module
    from newsx.analysis.segmenter import Segmenter

    segmenter = Segmenter()
    segmenter.cut("预热")  # load the dictionary outside the timing
    find_officials("市委书记张三出席。", segmenter=segmenter)
    module.official_names("市委书记张三出席。", segmenter=segmenter)
    rows = [
        "| text | MB | cut MB/s | find_officials MB/s | official_names MB/s "
        "| names / find_officials speed |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, text in texts:
        lines = text.splitlines()
        mb = sum(len(line.encode()) for line in lines) / 1e6
        cut = officials = names = float("inf")
        for _ in range(repeats):
            began = time.process_time()
            for line in lines:
                segmenter.cut(line)
            cut = min(cut, time.process_time() - began)
            began = time.process_time()
            for line in lines:
                find_officials(line, segmenter=segmenter)
            officials = min(officials, time.process_time() - began)
            module._TABLES.clear()
            began = time.process_time()
            module.official_names(text, segmenter=segmenter)
            names = min(names, time.process_time() - began)
        rows.append(
            f"| {label} | {mb:.2f} | {mb / cut:.2f} | {mb / officials:.2f} "
            f"| {mb / names:.2f} | {officials / names:.2f} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="per-file misses and FPs")
    parser.add_argument("--speed", action="store_true", help="time find_officials against cut")
    args = parser.parse_args(argv)
    if args.speed:
        paths = [ICWB2 / "pku_test.utf8", ICWB2 / "msr_test.utf8"]
        texts = [(p.name, _read(p)) for p in paths if p.is_file()]
        gold = [f.text_path for source in ("samples", "news-dev") for f in load(source)]
        texts.append(("samples + news-dev", "\n".join(_read(p) for p in dict.fromkeys(gold))))
        print(speed(texts))
        return 0
    scores = {}
    for source in ("samples", "news-dev"):
        files = load(source)
        if files:
            scores[source] = score(files)
    print(table(scores))
    for source, result in scores.items():
        if result["roles"]:
            r = result["roles"]
            print(
                f"\n{source}: newsx (name, role) P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f}"
                " (people found and annotated)"
            )
    if args.verbose:
        for source, result in scores.items():
            text = details(result)
            print(f"\n## {source}\n\n{text or '(no errors)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
