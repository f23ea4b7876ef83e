"""Keyword in context: hits point into the input as read, with their articles."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from newsx.analysis.kwic import Hit, KwicOptions, concordance, find, word_pattern
from newsx.analysis.tasks import Config, Unit

from conftest import SAMPLES, SEED, run_newsx

SEED_TEXT = SEED.read_text(encoding="utf-8")


def hits(text: str, *words: str, regex: bool = False, width: int = 20) -> list[Hit]:
    return list(find(text, word_pattern(words, regex=regex), width=width))


def at(text: str, hit: Hit, length: int) -> str:
    """The characters of `text` at the hit's line and offset."""
    return text.split("\n")[hit.line - 1].rstrip("\r")[hit.offset : hit.offset + length]


def rows(stdout: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(stdout), delimiter="\t"))


# -- the library ----------------------------------------------------------------------
def test_line_offset_and_context_on_plain_text() -> None:
    text = "第一段没有。\n\n\u3000\u3000郑东新区党工委书记孙建功出席并致辞。孙建功强调。\n"
    first, second = hits(text, "孙建功", width=5)
    assert (first.line, first.offset) == (3, 11)  # the two ideographic spaces count
    assert (first.left, first.word, first.right) == ("党工委书记", "孙建功", "出席并致辞")
    assert (second.line, second.offset) == (3, 20)
    assert at(text, first, 3) == at(text, second, 3) == "孙建功"


def test_context_stays_inside_the_paragraph() -> None:
    text = "上一篇文章的结尾。\n孙建功调研督导辖区党建工作\n本报讯 孙建功先后来到"
    title, lead = hits(text, "孙建功", width=30)
    assert title.left == "" and title.right == "调研督导辖区党建工作"
    assert lead.left == "本报讯 " and lead.right == "先后来到"


def test_words_cut_by_a_page_break_are_found_where_they_begin() -> None:
    # The seed breaks 社 / 会治理 and 产业化应 / 用 across lines.
    found = hits(SEED_TEXT, "社会治理", "产业化应用")
    words = [(h.word, h.line) for h in found]
    assert words == [("产业化应用", 15), ("产业化应用", 21), ("社会治理", 43)]
    broken = found[-1]
    assert at(SEED_TEXT, broken, 1) == "社"
    following = [line for line in SEED_TEXT.split("\n")[broken.line :] if line.strip()]
    assert following[0].startswith("会治理")
    assert broken.left.endswith("参与") and broken.right.startswith(",不断充实")


def test_every_hit_points_at_its_word_in_every_sample() -> None:
    words = ("孙建功", "项目", "签约", "高质量发展", "记者", "亿元")
    total = 0
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for hit in hits(text, *words):
            total += 1
            lines = text.split("\n")
            rest = lines[hit.line - 1][hit.offset :]
            assert hit.word in words
            # the word starts here, whole or cut by a page break
            assert rest.startswith(hit.word) or hit.word.startswith(rest.strip()), (path, hit)
        # nothing is missed: every occurrence in a line is a hit
        expected = sum(line.count(w) for line in text.split("\n") for w in ("项目",))
        assert len(hits(text, "项目")) >= expected
    assert total > 100


def test_longest_word_first_and_each_occurrence_once() -> None:
    found = hits("郑东新区和郑东", "郑东", "郑东新区")
    assert [(h.word, h.offset) for h in found] == [("郑东新区", 0), ("郑东", 5)]


def test_regex_words() -> None:
    found = hits(SEED_TEXT, r"\d+亿元", regex=True)
    assert [h.word for h in found] == ["64亿元", "64亿元"]
    assert hits("aaa", "x*", regex=True) == []  # empty matches are no hits
    with pytest.raises(ValueError, match="not a regular expression"):
        word_pattern(["孙(建功"], regex=True)
    with pytest.raises(ValueError, match="give a word"):
        word_pattern([""])
    # without --regex, regex syntax is literal
    assert [h.word for h in hits("a.b axb", "a.b")] == ["a.b"]


def test_invisible_characters_and_crlf() -> None:
    text = "第一行\r\n郑东新区党工委书记孙\u200b建功出席。\r\n"
    (hit,) = hits(text, "孙建功")
    assert (hit.line, hit.offset, hit.word) == (2, 9, "孙建功")
    assert hit.right == "出席。"


def test_width_zero_and_first_line() -> None:
    (hit,) = find("甲乙丙", word_pattern(["乙"]), width=0, first_line=41)
    assert (hit.line, hit.offset, hit.left, hit.right) == (41, 1, "", "")


def test_concordance_names_the_article() -> None:
    found = concordance(Config(), KwicOptions(word_pattern(["孙建功"])), Unit("seed", 0, SEED_TEXT))
    assert found.total == 2
    assert [(item.index, len(item.payload)) for item in found.items] == [(1, 1), (2, 8)]
    second = found.items[1]
    assert second.title == "孙建功调研督导辖区党建工作"
    assert (second.payload[0].line, second.payload[0].offset) == (35, 0)
    assert second.date.text == "5月31日" and second.fingerprint is None


# -- the command ----------------------------------------------------------------------
def test_kwic_seed_columns_and_positions() -> None:
    result = run_newsx("kwic", "孙建功", SEED)
    assert result.code == 0, result.stderr
    assert result.stdout.split("\n")[0].split("\t") == [
        "file", "article", "title", "line", "offset", "left", "word", "right",
    ]  # fmt: skip
    found = rows(result.stdout)
    assert len(found) == 9
    assert {r["file"] for r in found} == {str(SEED)}
    assert [r["article"] for r in found] == ["1"] + ["2"] * 8
    for row in found:
        line = SEED_TEXT.split("\n")[int(row["line"]) - 1]
        assert line[int(row["offset"]) :].startswith("孙建功")
        assert row["left"] + row["word"] + row["right"] in SEED_TEXT


def test_kwic_words_regex_width_and_stdin() -> None:
    many = rows(run_newsx("kwic", "-w", "孙建功", "-w", "牛瑞华", SEED).stdout)
    assert sorted({r["word"] for r in many}) == ["孙建功", "牛瑞华"]
    regex = rows(run_newsx("kwic", "--regex", r"[孙牛]\w{2}(?=出席|主持)", SEED).stdout)
    assert [r["word"] for r in regex] == ["孙建功", "牛瑞华"]
    narrow = rows(run_newsx("kwic", "孙建功", "--width", "3", SEED).stdout)
    assert all(len(r["left"]) <= 3 and len(r["right"]) <= 3 for r in narrow)
    piped = run_newsx("kwic", "孙建功", stdin=SEED_TEXT)
    assert piped.code == 0 and [r["file"] for r in rows(piped.stdout)] == ["<stdin>"] * 9


def test_kwic_json_and_table(monkeypatch) -> None:
    records = json.loads(run_newsx("kwic", "牛瑞华", SEED, "--json").stdout)
    assert records == [
        {
            "file": str(SEED),
            "article": 1,
            "title": "“云签约”赋能郑东新区高质量招商",
            "line": 7,
            "offset": records[0]["offset"],
            "left": "(郑东新区智慧岛大数据实验区)管委会主任",
            "word": "牛瑞华",
            "right": "主持大会,河南省科学院党委委员、副院长高",
        }
    ]
    monkeypatch.setenv("COLUMNS", "120")
    coloured = run_newsx("kwic", "孙建功", SEED, tty=True).stdout
    assert "\x1b[1;31m孙建功" in coloured  # the word stands out
    table = re.sub("\x1b\\[[0-9;]*m", "", coloured)
    lines = [line for line in table.split("\n") if "孙建功" in line and "│" in line]
    assert len(lines) == 9
    # aligned on the word: it starts in the same terminal column on every row
    from rich.cells import cell_len

    columns = {cell_len(line[: line.rindex("│ 孙建功")]) for line in lines}
    assert len(columns) == 1


def test_kwic_usage_and_input_errors(tmp_path) -> None:
    assert run_newsx("kwic").code == 2
    bad = run_newsx("kwic", "--regex", "孙(", SEED)
    assert bad.code == 2 and "not a regular expression" in bad.stderr
    missing = run_newsx("kwic", "孙建功", tmp_path / "nope.txt", SEED)
    assert missing.code == 1 and "nope.txt" in missing.stderr
    assert len(rows(missing.stdout)) == 9  # the other input still processed


def test_kwic_large_input_read_in_blocks(tmp_path, monkeypatch) -> None:
    from newsx.cli import inputs

    monkeypatch.setattr(inputs, "BLOCK_CHARS", 3000)
    monkeypatch.setattr(inputs, "_READ_BYTES", 3000)
    big = tmp_path / "big.txt"
    text = "\n".join([SEED_TEXT.rstrip("\n")] * 6) + "\n"
    big.write_text(text, encoding="utf-8")
    found = rows(run_newsx("kwic", "孙建功", big, "-j", "1").stdout)
    assert len(found) == 6 * 9
    lines = text.split("\n")
    for row in found:
        assert lines[int(row["line"]) - 1][int(row["offset"]) :].startswith("孙建功")
    numbers = [int(r["article"]) for r in found]
    assert numbers == sorted(numbers) and numbers[-1] >= 12
    assert re.fullmatch(r"\d+", found[-1]["line"])


def test_kwic_dates_and_dedupe(tmp_path) -> None:
    second = SEED_TEXT[SEED_TEXT.index("孙建功调研督导辖区党建工作") :]
    (tmp_path / "20230601_seed.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "20240601_portal.txt").write_text(
        second.replace("孙建功调研督导辖区党建工作", "郑东新区：孙建功到基层调研党建"),
        encoding="utf-8",
    )

    def files(*options: str) -> list[tuple[str, str]]:
        result = run_newsx("kwic", "孙建功", tmp_path, *options)
        assert result.code == 0, result.stderr
        return [(r["file"].rsplit("/", 1)[-1][:8], r["article"]) for r in rows(result.stdout)]

    assert len(files()) == 9 + 8
    assert files("--dedupe") == files()[:9]  # the portal's copy is dropped
    assert set(files("--since", "2024")) == {("20240601", "1")}  # 5月31日 of 2024
    assert files("--until", "2023-05-30") == [("20230601", "1")]  # 5月30日 of 2023
    assert run_newsx("kwic", "孙建功", tmp_path, "--since", "2023-13").code == 2


def test_a_traditional_text_is_found_by_either_script_and_quoted_as_written():
    from newsx.analysis.kwic import find, word_pattern

    text = "南嶺縣6個項目集中簽約\n6月12日，南嶺縣6個項目成功簽約，總投資79.7億元。\n"
    for word in ("签约", "簽約"):
        hits = list(find(text, word_pattern([word]), width=4))
        assert [(h.line, h.offset, h.word, h.left) for h in hits] == [
            (1, 9, "簽約", "項目集中"),
            (2, 15, "簽約", "項目成功"),
        ]
