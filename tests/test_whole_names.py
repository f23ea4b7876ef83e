"""Names the article makes clear stay whole in `segment` and `keywords` (issue 2, item 7)."""

import json

from conftest import SAMPLES, SEED, run_newsx

GOLD = json.loads((SAMPLES / "gold" / "000_0429a0f6955e58f0.json").read_text(encoding="utf-8"))
NAMES = sorted({o["name"] for a in GOLD["articles"] for o in a["officials"]})


def tokens(*args: str) -> set[str]:
    result = run_newsx("segment", SEED, *args)
    assert result.code == 0, result.stderr
    return set(result.stdout.split())


def test_every_gold_official_and_the_district_are_single_tokens():
    found = tokens()
    for name in NAMES + ["郑东新区"]:
        assert name in found, name


def test_reporters_in_bylines_are_single_tokens():
    found = tokens()
    for article in GOLD["articles"]:
        for name in article["reporters"] + article["correspondents"]:
            assert name in found, name


def test_no_learn_gives_plain_jieba_cuts():
    found = tokens("--no-learn")
    assert "孙建功" not in found and "郑东新区" not in found
    assert {"孙", "建功", "郑东新"} <= found


def test_keywords_count_the_whole_names():
    result = run_newsx("keywords", SEED, "--top", "40", "--csv")
    words = [line.split(",")[1] for line in result.stdout.splitlines()[1:]]
    assert "郑东新区" in words and "孙建功" in words
    assert "郑东新" not in words and "建功" not in words


def test_pos_flags_learned_names():
    result = run_newsx("segment", SEED, "--pos")
    assert "孙建功/nr" in result.stdout and "郑东新区/ns" in result.stdout
