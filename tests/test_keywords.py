from collections import Counter

import pytest

from newsx.analysis.keywords import (
    Filter,
    WordCounts,
    builtin_stopwords,
    corpus_idf,
    count_tagged,
    count_words,
    rank,
)

FILTER = Filter(builtin_stopwords())


def test_stop_words_numbers_and_punctuation_do_not_count():
    counts = count_words(
        ["记者", "本报讯", "的", "2023", "六十四", "，", "区块链", "区块链", "有助于", "签约"],
        FILTER,
    )
    assert counts.counts == Counter({"区块链": 2, "签约": 1})


def test_a_side_s_de_split_off_by_jieba_does_not_count():
    # 建设端的实施能力 is segmented 建设 / 端的 (jieba's adverb, "indeed"): no keyword.
    from newsx.analysis.segmenter import Segmenter

    words = Segmenter().cut("签约项目既整合了建设端的实施能力，又激活了金融端的支持潜力。")
    assert "端的" in words
    assert "端的" not in count_words(words, FILTER).counts


def test_min_len_drops_single_characters():
    assert "链" not in count_words(["链", "区块"], Filter(frozenset(), 2)).counts
    assert "链" in count_words(["链", "区块"], Filter(frozenset(), 1)).counts


def test_counts_add_up_like_the_concatenated_text():
    a = count_words(["招商", "签约", "签约"], FILTER)
    b = count_words(["签约", "项目"], FILTER)
    together = count_words(["招商", "签约", "签约", "签约", "项目"], FILTER)
    a += b
    assert a.counts == together.counts
    assert a.docs == 2 and a.doc_freq["签约"] == 2


@pytest.mark.parametrize("method", ["freq", "tfidf", "textrank"])
def test_every_method_ranks_best_first(method):
    tagged = [
        ("区块链", "n"),
        ("产业", "n"),
        ("区块链", "n"),
        ("签约", "v"),
        ("区块链", "n"),
        ("项目", "n"),
    ] * 3
    counts = count_tagged(tagged, FILTER)
    ranked = rank(counts, method=method, top=3)
    assert ranked[0].word == "区块链"
    assert ranked[0].count == 9
    assert [k.score for k in ranked] == sorted((k.score for k in ranked), reverse=True)


def test_tfidf_prefers_rare_words_over_common_ones():
    counts = count_words(["发展"] * 3 + ["区块链"] * 3, FILTER)
    ranked = rank(counts, method="tfidf")
    assert ranked[0].word == "区块链"


def test_corpus_idf_weighs_words_found_everywhere_down():
    every = WordCounts()
    for words in (["招商", "区块链"], ["招商", "党建"], ["招商", "水务"]):
        every += count_words(words, FILTER)
    idf = corpus_idf(every)
    assert idf["招商"] < idf["区块链"]


def test_counts_are_the_same_after_the_filter_forgets_its_past_verdicts(monkeypatch):
    from newsx.analysis import keywords

    words = ["发展", "我们", "区块链", "2023", "链", "发展"]
    expected = {"发展": 2, "区块链": 1}
    assert count_words(words, Filter(frozenset({"我们"}), 2)).counts == expected
    monkeypatch.setattr(keywords, "_MAX_JUDGED", 3)
    word_filter = Filter(frozenset({"我们"}), 2)
    for _ in range(3):  # past the bound the verdicts are dropped and made again
        assert count_words(words, word_filter).counts == expected
        assert count_words(["签约", "我们"], word_filter).counts == {"签约": 1}
