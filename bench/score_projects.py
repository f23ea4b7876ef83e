"""Accuracy of `newsx projects` / `newsx amounts` against the gold annotations.

    python bench/score_projects.py       # one markdown table: samples and news-dev
    python bench/score_projects.py -v    # and every miss, file by file

Project names are compared exactly after NFKC, per file (so a wrong article split
does not count against the names); items a gold note marks as optional are neither
right nor wrong. Amounts: the share of gold amounts found with the same text, value,
value_max, currency and qualifier. news-dev annotates only the batch total (as number
and unit, without 超/超过/达), so there its amounts are those totals, compared by text
or, where the text writes it otherwise (33.5个亿), by value; batch totals likewise.
`score(files)` is importable (bench/accuracy.py uses it).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import GoldFile, nfkc, optional_items, score_and_print  # noqa: E402

from newsx.analysis.amounts import _QUALIFIERS, Amount, _alt, find_amounts, parse_amount  # noqa: E402
from newsx.analysis.articles import Article, split_articles  # noqa: E402
from newsx.analysis.projects import ProjectReport, find_projects  # noqa: E402

# A qualifier written before the number (or 余 / 多 inside it: 100余亿元, 42亿余元);
# news-dev's totals are written without it, and as number and unit: the currency word
# around it (40.6亿元人民币, 人民币305.33亿元) is not part of it.
# The words around a total (newsx's qualifiers: 超, 共计; 人民币) and, apart, the
# approximation inside it (100多亿元).
_AROUND = re.compile(rf"^(?:{_alt(_QUALIFIERS)})|(?<=元)人民币$|^人民币")
_LEADING_QUALIFIER = re.compile(
    rf"{_AROUND.pattern}|(?<=\d)[余多](?=[十百千万亿]*(?:元|$))|(?<=[十百千万亿])[余多](?=元)"
)


@dataclass
class _Tally:
    gold: int = 0
    found: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)


def score(files: list[GoldFile]) -> dict[str, Any]:
    """Scores for a list of gold files (one source or mixed)."""
    names, amounts, totals, counts = _Tally(), _Tally(), _Tally(), _Tally()
    per_file: dict[str, list[str]] = {}
    for gold_file in files:
        text = gold_file.text_path.read_text(encoding="utf-8")
        articles = split_articles(text)
        reports = [find_projects(a.text) for a in articles]
        misses: list[str] = []
        _score_names(gold_file, reports, names, misses)
        _score_amounts(gold_file, articles, amounts, misses)
        _score_totals(gold_file, articles, reports, totals, counts, misses)
        if misses:
            per_file[gold_file.name] = misses
    precision = names.right / names.found if names.found else 1.0
    recall = names.right / names.gold if names.gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "files": len(files),
        "projects": {
            "gold": names.gold,
            "found": names.found,
            "right": names.right,
            "precision": precision,
            "recall": recall,
            "f1": f1,
        },
        "amounts": {"gold": amounts.gold, "exact": amounts.right, "share": _share(amounts)},
        "batch_totals": {"gold": totals.gold, "right": totals.right, "share": _share(totals)},
        "expected_counts": {"gold": counts.gold, "right": counts.right, "share": _share(counts)},
        "misses": per_file,
    }


def _share(tally: _Tally) -> float:
    return tally.right / tally.gold if tally.gold else 1.0


def _score_names(
    gold_file: GoldFile, reports: list[ProjectReport], tally: _Tally, misses: list[str]
) -> None:
    optional = optional_items(gold_file.notes)
    want = Counter(nfkc(p) for a in gold_file.articles for p in a.get("projects", []))
    got = Counter(nfkc(p.name) for r in reports for p in r.projects)
    for name in optional:
        want.pop(name, None)
        got.pop(name, None)
    right = sum((want & got).values())
    tally.gold += sum(want.values())
    tally.found += sum(got.values())
    tally.right += right
    misses.extend(f"project missed: {n}" for n in (want - got).elements())
    misses.extend(f"project extra: {n}" for n in (got - want).elements())


def _score_amounts(
    gold_file: GoldFile, articles: list[Article], tally: _Tally, misses: list[str]
) -> None:
    found = [a for article in articles for a in find_amounts(article.text)]
    if gold_file.source != "samples":  # news-dev and heldout share its format
        # Only the batch total is annotated, as written without its qualifier (most
        # annotators drop 余 / 多 too, some keep them: 共10亿多元人民币 -> 10亿多元),
        # without spaces and without 人民币 before the number (达人民币353.3亿元 -> 353.3亿元).
        def forms(text: str) -> set[str]:
            text = re.sub(r"\s+", "", nfkc(text))
            bare = _LEADING_QUALIFIER.sub("", text)
            return {text, bare, bare.removeprefix("人民币"), _AROUND.sub("", text)}

        # The conventions ask for number and unit, so annotators normalise spoken forms
        # (总投资33.5个亿 -> 33.5亿元): a total written otherwise is matched by its value.
        left = [(forms(a.text), (a.value, a.value_max, a.currency)) for a in found]
        for article in gold_file.articles:
            total = article.get("investment_total")
            if total:
                tally.gold += 1
                want = re.sub(r"\s+", "", nfkc(total["text"]))
                parsed = parse_amount(want)
                value = parsed and (parsed.value, parsed.value_max, parsed.currency)
                match = next((n for n, (written, _) in enumerate(left) if want in written), None)
                if match is None and value:
                    match = next((n for n, (_, v) in enumerate(left) if v == value), None)
                if match is not None:
                    del left[match]
                    tally.right += 1
                else:
                    misses.append(f"amount missed: {total['text']}")
        return
    pool = Counter(_amount_key(a) for a in found)
    for article in gold_file.articles:
        for gold in article.get("amounts") or []:
            key: tuple[Any, ...] = (nfkc(gold["text"]), gold["value"], gold["value_max"])
            key += (gold["currency"], gold["qualifier"])
            tally.gold += 1
            if pool[key] > 0:
                pool[key] -= 1
                tally.right += 1
            else:
                misses.append(f"amount missed: {gold['text']} {key[1:]}")


def _amount_key(amount: Amount) -> tuple[Any, ...]:
    return (nfkc(amount.text), amount.value, amount.value_max, amount.currency, amount.qualifier)


def _score_totals(
    gold_file: GoldFile,
    articles: list[Article],
    reports: list[ProjectReport],
    totals: _Tally,
    counts: _Tally,
    misses: list[str],
) -> None:
    for gold in gold_file.articles:
        report = _matching_report(gold, articles, reports)
        if "investment_total" in gold:
            totals.gold += 1
            want = gold["investment_total"]
            got = report.batch_total if report else None
            if _same_total(want, got, news_dev=gold_file.source != "samples"):
                totals.right += 1
            else:
                misses.append(f"batch total: want {want and want['text']}, got {got and got.text}")
        if gold.get("projects_expected_count") is not None:
            counts.gold += 1
            got_count = report.expected if report else None
            if got_count == gold["projects_expected_count"]:
                counts.right += 1
            else:
                misses.append(
                    f"expected count: want {gold['projects_expected_count']}, got {got_count}"
                )


def _matching_report(
    gold: dict[str, Any], articles: list[Article], reports: list[ProjectReport]
) -> ProjectReport | None:
    """The report of the article with the gold title; news-dev: the one with projects."""
    title = gold.get("title")
    for article, report in zip(articles, reports, strict=True):
        if title is not None and nfkc(article.title) == nfkc(title):
            return report
    if title is None:
        return next((r for r in reports if r.projects), reports[0] if reports else None)
    return None


def _same_total(want: dict[str, Any] | None, got: Amount | None, *, news_dev: bool) -> bool:
    if want is None or got is None:
        return want is None and got is None
    if news_dev:
        if _LEADING_QUALIFIER.sub("", nfkc(got.text)) == nfkc(want["text"]):
            return True
        # As for amounts: a total written otherwise (达427.9亿 for 427.9亿元, 42 .32亿元 with
        # the page's space) is matched by its value.
        parsed = parse_amount(re.sub(r"\s+", "", nfkc(want["text"])))
        return parsed is not None and (parsed.value, parsed.value_max, parsed.currency) == (
            got.value,
            got.value_max,
            got.currency,
        )
    return bool(
        nfkc(got.text) == nfkc(want["text"])
        and got.value == want["yuan"]
        and got.qualifier == want.get("qualifier", "")
    )


def table(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| set | files | gold projects | found | right | precision | recall | F1 "
        "| amounts exact | batch totals | announced counts |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        p, a, t, c = r["projects"], r["amounts"], r["batch_totals"], r["expected_counts"]
        lines.append(
            f"| {name} | {r['files']} | {p['gold']} | {p['found']} | {p['right']} "
            f"| {p['precision']:.3f} | {p['recall']:.3f} | {p['f1']:.3f} "
            f"| {a['exact']}/{a['gold']} ({a['share']:.0%}) "
            f"| {t['right']}/{t['gold']} | {c['right']}/{c['gold']} |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    return score_and_print(score, table, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
