"""Near-duplicates: syndicated copies cluster, unrelated articles do not, fast and stable."""

from __future__ import annotations

import csv
import io
import json
import pickle
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsx.analysis.articles import split_articles
from newsx.analysis.dedupe import (
    BINS,
    RECALL_AT_THRESHOLD,
    Fingerprint,
    NearDuplicates,
    bands_for,
    candidate_probability,
    clusters,
    fingerprint,
    similarity,
)

from conftest import SAMPLES, SEED, run_newsx

SEED_TEXT = SEED.read_text(encoding="utf-8")


def sample(name: str) -> str:
    return (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")


def shingle_jaccard(a: str, b: str, k: int = 5) -> float:
    """The exact Jaccard similarity the fingerprints estimate."""

    def grams(text: str) -> set[str]:
        plain = re.sub(r"[\W_]+", "", text).lower()
        return {plain[i : i + k] for i in range(len(plain) - k + 1)}

    left, right = grams(a), grams(b)
    return len(left & right) / len(left | right)


def drop_line(text: str, starting: str) -> str:
    lines = text.split("\n")
    kept = [line for line in lines if not line.startswith(starting)]
    assert len(kept) == len(lines) - 1, starting
    return "\n".join(kept)


# The copies a syndicated report gets, made from the samples (name: text).
def syndicated_copies() -> dict[str, str]:
    seed_second = SEED_TEXT[SEED_TEXT.index("孙建功调研督导辖区党建工作") :]
    hefei = sample("001_hefei_inspection")
    chengdu = sample("002_chengdu_standing_meeting")
    suzhou = sample("020_suzhou_signing")
    yantai = sample("010_yantai_ocean_forum")
    return {
        # another headline, and no subtitle
        "zz_portal_sun.txt": seed_second.replace(
            "孙建功调研督导辖区党建工作\n\n对照“五星”标准全面提升基层治理能力",
            "郑东新区：孙建功到商都路办事处和祭城路街道调研党建",
        ),
        # a paragraph dropped (the photo caption and the 孔令辉 paragraph)
        "zz_district_hefei.txt": drop_line(drop_line(hefei, "▲"), "在经开区党工委书记孔令辉"),
        # another byline and source line
        "zz_reprint_chengdu.txt": chengdu.replace("■本报记者 蒲晓岚", "记者 王晓东 通讯员 李响")
        + "\n\n（责任编辑：王某）\n",
        # reprinted on a page after another report (its caption dropped), punctuation
        # half-width, lines re-wrapped
        "zz_page_suzhou.txt": drop_line(yantai, "图为")
        + "\n\n"
        + suzhou.replace("，", ",").replace("。", "。\n").replace("：", ":"),
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(SAMPLES.glob("*.txt")):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    for name, text in syndicated_copies().items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# -- fingerprints ---------------------------------------------------------------------
def test_fingerprint_is_small_picklable_and_stable_across_processes() -> None:
    fp = fingerprint(SEED_TEXT)
    assert isinstance(fp, Fingerprint) and len(fp.values) == 4 * BINS
    assert pickle.loads(pickle.dumps(fp)) == fp
    code = (
        "import sys; from newsx.analysis.dedupe import fingerprint; "
        "sys.stdout.write(fingerprint(sys.stdin.read()).values.hex())"
    )
    for seed in ("1", "2"):
        env = {"PYTHONHASHSEED": seed, "PATH": ""}
        out = subprocess.run(
            [sys.executable, "-c", code],
            input=SEED_TEXT,
            capture_output=True,
            text=True,
            env=env,
            check=True,
            encoding="utf-8",
        ).stdout
        assert out == fp.values.hex()


def test_fingerprint_of_an_article_is_that_of_its_text() -> None:
    first = split_articles(SEED_TEXT)[0]
    assert fingerprint(first) == fingerprint(first.text)


def test_layout_and_punctuation_do_not_matter() -> None:
    text = split_articles(SEED_TEXT)[1].text
    relaid = text.replace("，", ",").replace("。", ".\n\n").replace("“", '"')
    assert similarity(fingerprint(text), fingerprint(relaid)) == 1.0
    full_width = "ＡＢＣ公司２０２３年投资" * 3
    assert fingerprint(full_width) == fingerprint("abc公司2023年投资" * 3)


def test_estimates_follow_the_exact_jaccard() -> None:
    base = split_articles(SEED_TEXT)[0].text
    paragraphs = base.split("\n")
    for cut in range(1, len(paragraphs)):
        variant = "\n".join(paragraphs[:cut])
        exact = shingle_jaccard(base, variant)
        estimate = similarity(fingerprint(base), fingerprint(variant))
        assert abs(estimate - exact) < 0.13, (cut, exact, estimate)  # ~3.5 standard errors


def test_empty_and_short_texts() -> None:
    empty = fingerprint("。。。 \n ——")
    assert empty.empty and similarity(empty, empty) == 0.0
    index: NearDuplicates[int] = NearDuplicates()
    assert index.check(1, empty) is None and index.check(2, empty) is None
    assert len(index) == 0  # nothing to match: not indexed
    short = fingerprint("签约")
    assert not short.empty and similarity(short, fingerprint("签约")) == 1.0
    assert similarity(short, fingerprint("开工")) < 0.5
    tiny = fingerprint("郑东新区签约二十个项目")
    assert similarity(tiny, fingerprint("郑东新区签约二十个项目。")) == 1.0


# -- the index ------------------------------------------------------------------------
def test_bands_find_pairs_at_the_threshold() -> None:
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0):
        bands, rows = bands_for(threshold)
        assert bands * rows <= BINS
        assert candidate_probability(threshold, bands, rows) >= RECALL_AT_THRESHOLD
        assert candidate_probability(threshold / 4, bands, rows) < 0.1
    assert bands_for(0.8) == (18, 7)
    with pytest.raises(ValueError, match="threshold"):
        bands_for(0.0)


def test_first_seen_wins() -> None:
    text = split_articles(SEED_TEXT)[1].text
    copy = text.replace("孙建功调研督导辖区党建工作", "孙建功到基层调研党建")
    other = sample("004_foshan_reception")
    index: NearDuplicates[str] = NearDuplicates(0.8)
    assert index.check("original", fingerprint(text)) is None
    assert index.check("other", fingerprint(other)) is None
    assert index.check("copy", fingerprint(copy)) == "original"
    assert index.check("again", fingerprint(text)) == "original"
    match = index.match("third", fingerprint(copy))
    assert match is not None and match.key == "original" and match.similarity > 0.9
    assert len(index) == 2  # copies are not indexed


def test_threshold_is_honoured() -> None:
    base = split_articles(SEED_TEXT)[0].text
    paragraphs = base.split("\n")
    half = "\n".join(paragraphs[: len(paragraphs) // 2])
    estimate = similarity(fingerprint(base), fingerprint(half))
    assert 0.2 < estimate < 0.8
    strict: NearDuplicates[int] = NearDuplicates(0.8)
    strict.check(1, fingerprint(base))
    assert strict.check(2, fingerprint(half)) is None
    loose: NearDuplicates[int] = NearDuplicates(max(0.5, estimate - 0.1))
    loose.check(1, fingerprint(base))
    assert loose.check(2, fingerprint(half)) == 1


def test_syndicated_copies_of_the_samples() -> None:
    """Each copy is close to its original; no two unrelated articles come close."""
    originals = [
        (path.name, article)
        for path in sorted(SAMPLES.glob("*.txt"))
        for article in split_articles(path.read_text(encoding="utf-8"))
    ]
    prints = [fingerprint(a) for _, a in originals]
    for i in range(len(prints)):
        for j in range(i + 1, len(prints)):
            assert similarity(prints[i], prints[j]) < 0.3, (originals[i][0], originals[j][0])
    for name, text in syndicated_copies().items():
        copy = split_articles(text)[-1]
        best = max(range(len(prints)), key=lambda i: similarity(prints[i], fingerprint(copy)))
        assert similarity(prints[best], fingerprint(copy)) >= 0.8, name
        assert originals[best][1].title != copy.title or name != "zz_portal_sun.txt"


def test_clusters_in_input_order() -> None:
    a = split_articles(SEED_TEXT)[1].text
    b = sample("004_foshan_reception")
    found = clusters(
        [
            ("b", fingerprint(b)),
            ("a", fingerprint(a)),
            ("b2", fingerprint(b + "\n（来源：佛山日报）")),
            ("x", fingerprint(sample("009_guiyang_safety_check"))),
            ("a2", fingerprint(a.replace("孙建功调研", "孙建功到基层调研"))),
        ]
    )
    assert [c.keys for c in found] == [("b", "b2"), ("a", "a2")]
    assert all(c.similarities[0] == 1.0 and min(c.similarities) >= 0.8 for c in found)


def test_scaling_never_compares_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A few thousand same-genre articles with planted copies: found, fast, few comparisons."""
    sentences = [
        s
        for path in sorted(SAMPLES.glob("*.txt"))
        for s in re.split("(?<=[。！？])", path.read_text(encoding="utf-8").replace("\n", ""))
        if len(s) > 8
    ]
    rnd = random.Random(8)
    texts = ["".join(rnd.sample(sentences, 12)) for _ in range(3000)]
    planted = {}
    for i in range(100, len(texts), 50):  # every 50th: an earlier article, its end cut
        j = rnd.randrange(0, i - 1)
        while j in planted:
            j = planted[j]
        texts[i] = texts[j][: len(texts[j]) * 92 // 100]
        planted[i] = j
    started = time.perf_counter()
    prints = [fingerprint(t) for t in texts]
    fingerprinting = time.perf_counter() - started
    compared = 0
    best = NearDuplicates._best

    def counting(self: NearDuplicates[int], fp: Fingerprint, candidates: set[int]) -> object:
        nonlocal compared
        compared += len(candidates)
        return best(self, fp, candidates)

    monkeypatch.setattr(NearDuplicates, "_best", counting)
    index: NearDuplicates[int] = NearDuplicates()
    started = time.perf_counter()
    found = {i: index.check(i, fp) for i, fp in enumerate(prints)}
    indexing = time.perf_counter() - started
    copies = {i: j for i, j in found.items() if j is not None}
    assert copies == planted
    assert compared < 3 * len(texts)  # all pairs would be 4.5 million
    # generous bounds for a loaded 2-core CI machine (measured: ~0.7 s and ~0.1 s)
    assert fingerprinting < 6 and indexing < 3


# -- the command ----------------------------------------------------------------------
def rows(stdout: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(stdout), delimiter="\t"))


def test_duplicates_lists_the_clusters(corpus: Path) -> None:
    result = run_newsx("duplicates", corpus)
    assert result.code == 0, result.stderr
    assert result.stdout.split("\n")[0] == "cluster\tfile\tarticle\ttitle\tsimilarity"
    found = rows(result.stdout)
    clustered: dict[str, list[tuple[str, str]]] = {}
    for row in found:
        clustered.setdefault(row["cluster"], []).append((Path(row["file"]).name, row["article"]))
    assert list(clustered.values()) == [
        [("000_0429a0f6955e58f0.txt", "2"), ("zz_portal_sun.txt", "1")],
        [("001_hefei_inspection.txt", "1"), ("zz_district_hefei.txt", "1")],
        [("002_chengdu_standing_meeting.txt", "1"), ("zz_reprint_chengdu.txt", "1")],
        [("010_yantai_ocean_forum.txt", "1"), ("zz_page_suzhou.txt", "1")],
        [("020_suzhou_signing.txt", "1"), ("zz_page_suzhou.txt", "2")],
    ]
    assert [r["similarity"] for r in found[::2]] == ["1"] * 5
    assert all(0.8 <= float(r["similarity"]) <= 1 for r in found[1::2])
    # bylines and punctuation are not compared: the Chengdu and Suzhou copies are exact
    copies = {(Path(r["file"]).name, r["article"]): r["similarity"] for r in found[1::2]}
    assert copies["zz_reprint_chengdu.txt", "1"] == copies["zz_page_suzhou.txt", "2"] == "1"
    assert found[2]["title"] == "罗振东调研科技创新和重点项目建设时强调"


def test_duplicates_json_threshold_and_usage(corpus: Path) -> None:
    records = json.loads(run_newsx("duplicates", corpus, "--json").stdout)
    assert records[0] == {
        "cluster": 1,
        "file": str(corpus / "000_0429a0f6955e58f0.txt"),
        "article": 2,
        "title": "孙建功调研督导辖区党建工作",
        "similarity": 1.0,
    }
    exact = rows(run_newsx("duplicates", corpus, "--threshold", "1").stdout)
    assert [(Path(r["file"]).name, r["cluster"]) for r in exact] == [
        ("002_chengdu_standing_meeting.txt", "1"),
        ("zz_reprint_chengdu.txt", "1"),
        ("020_suzhou_signing.txt", "2"),
        ("zz_page_suzhou.txt", "2"),
    ]  # another headline or a dropped paragraph or caption: not exact copies
    assert run_newsx("duplicates", corpus, "--threshold", "0.2").code == 2
    alone = run_newsx("duplicates", SEED)
    assert alone.code == 0 and rows(alone.stdout) == []  # two articles, not copies


def test_duplicates_from_stdin_and_within_one_file() -> None:
    page = SEED_TEXT + "\n\n" + SEED_TEXT[SEED_TEXT.index("孙建功调研督导辖区党建工作") :]
    found = rows(run_newsx("duplicates", stdin=page).stdout)
    assert [(r["file"], r["article"]) for r in found] == [("<stdin>", "2"), ("<stdin>", "3")]


def test_dedupe_drops_the_copies_in_other_commands(corpus: Path) -> None:
    every = rows(run_newsx("articles", corpus).stdout)
    kept = rows(run_newsx("articles", corpus, "--dedupe").stdout)
    dropped = {(Path(r["file"]).name, r["article"]) for r in every} - {
        (Path(r["file"]).name, r["article"]) for r in kept
    }
    assert dropped == {
        ("zz_portal_sun.txt", "1"),
        ("zz_district_hefei.txt", "1"),
        ("zz_reprint_chengdu.txt", "1"),
        ("zz_page_suzhou.txt", "1"),
        ("zz_page_suzhou.txt", "2"),
    }
