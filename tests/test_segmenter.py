import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsx.analysis.errors import InputError
from newsx.analysis.segmenter import Forced, Segmenter, read_user_dict

from conftest import shared


@pytest.fixture(scope="module")
def fast():
    return Segmenter("rjieba")


@pytest.fixture(scope="module")
def reference():
    return Segmenter("jieba")


def test_forced_words_stay_whole_in_every_mode(fast):
    forced = Forced.of({"郑东新区": "ns", "孙建功": "nr"})
    text = "郑东新区党工委书记孙建功出席"
    assert fast.cut(text)[:2] == ["郑东新", "区"]
    assert fast.cut(text, forced=forced) == ["郑东新区", "党工委", "书记", "孙建功", "出席"]
    assert ("孙建功", "nr") in fast.tag(text, forced)
    tokens = fast.tokenize(text, forced=forced)
    assert all(text[s:e] == w for w, s, e in tokens)
    assert ("孙建功", 9, 12) in tokens


def test_keeping_names_whole_cuts_again_only_around_them(fast):
    forced = Forced.of({"刘济民": "nr", "孙建功": "nr"})
    line = "副秘书长刘济民主持了座谈会，孙建功强调要抓好落实。"
    plain = fast.cut(line)
    assert "刘济民" not in plain and "孙建功" not in plain
    kept = fast.keep_whole(line, plain, forced)
    # the pieces of the words a name cut through join their neighbours (民主 持 → 主持)
    assert kept[:6] == ["副", "秘书长", "刘济民", "主持", "了", "座谈会"]
    assert kept.count("孙建功") == 1 and "".join(kept) == line
    assert kept[-5:] == plain[-5:]  # the rest of the line keeps its cut
    calm = fast.cut("今天天气很好。")
    assert fast.keep_whole("今天天气很好。", calm, forced) is calm  # no name: nothing to do
    assert fast.keep_whole(line, fast.cut(line, "search"), forced, "search") == fast.cut(
        line, "search", forced
    )


def test_full_mode_offsets_point_at_the_words(fast):
    text = "中原科技城管委会主办"
    for word, start, end in fast.tokenize(text, "full"):
        assert text[start:end] == word


def test_user_dictionary_format(tmp_path):
    path = tmp_path / "dict.txt"
    path.write_text("云签约 10 n\n郑东新区 ns\n智慧岛\n", encoding="utf-8")
    assert read_user_dict(path) == [
        ("云签约", 10, "n"),
        ("郑东新区", None, "ns"),
        ("智慧岛", None, None),
    ]
    path.write_text("a b c d\n", encoding="utf-8")
    with pytest.raises(InputError, match="dict.txt:1"):
        read_user_dict(path)


@pytest.mark.parametrize("hmm", [True, False])
def test_fast_engine_matches_jieba_on_the_bakeoff(hmm, fast, reference):
    folder = shared("data", "icwb2")
    lines = [
        line
        for name in ("pku_test.utf8", "msr_test.utf8")
        for line in (folder / name).read_text(encoding="utf-8").splitlines()
    ]
    fast_hmm = Segmenter("rjieba", hmm=hmm)
    ref_hmm = Segmenter("jieba", hmm=hmm)
    same = sum(fast_hmm.cut(line) == ref_hmm.cut(line) for line in lines)
    assert same / len(lines) >= 0.998


@given(
    words=st.lists(st.text("孙建功区新东郑", min_size=2, max_size=4), min_size=1, max_size=8),
    text=st.text("孙建功区新东郑，", max_size=60),
)
def test_few_forced_words_are_found_as_the_regex_finds_them(words, text):
    # up to a dozen words are found with str.find, more with one regex: same spans
    forced = Forced.of(dict.fromkeys(words, "nr"))
    assert list(forced.spans(text)) == [m.span() for m in forced._regex.finditer(text)]
    assert forced.search(text) == (forced._regex.search(text) is not None)
