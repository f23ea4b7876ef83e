"""The foundation as a user meets it: inputs, formats, exit codes, pipelines."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLES, SEED, run_newsx

SEED_TEXT = SEED.read_text(encoding="utf-8")


def test_version_and_help():
    result = run_newsx("--version")
    assert result.code == 0 and result.stdout.startswith("newsx ")
    assert run_newsx("--help").code == 0


def test_no_learn_segment_is_exactly_jieba():
    import jieba

    jieba.setLogLevel(60)
    expected = "".join(" ".join(jieba.cut(line)) + "\n" for line in SEED_TEXT.split("\n")[:-1])
    expected += " ".join(jieba.cut(SEED_TEXT.split("\n")[-1])) + "\n"
    result = run_newsx("segment", "--no-learn", SEED)
    assert result.code == 0, result.stderr
    assert result.stdout == expected


def test_segment_keeps_line_structure_from_stdin():
    import jieba

    text = "第一行文字\n\n第三行，有标点。\r\n"
    result = run_newsx("segment", "--no-learn", stdin=text)
    lines = result.stdout.split("\n")
    assert lines[:3] == [
        " ".join(jieba.cut("第一行文字")),
        "",
        " ".join(jieba.cut("第三行，有标点。")),
    ]
    assert result.stdout.count("\n") == 3


def test_segment_jsonl_has_offsets():
    result = run_newsx(
        "segment", "--no-learn", "--format", "jsonl", stdin="郑州市商务局局长张波出席"
    )
    record = json.loads(result.stdout)
    line = "郑州市商务局局长张波出席"
    assert record["line"] == 1
    assert all(line[t["start"] : t["end"]] == t["word"] for t in record["tokens"])


def test_articles_csv_columns_and_lists():
    result = run_newsx("articles", SEED, "--csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [
        "file",
        "article",
        "title",
        "subtitle",
        "date",
        "date_iso",
        "date_source",
        "reporters",
        "correspondents",
        "photographers",
        "chars",
    ]
    assert [r["article"] for r in rows] == ["1", "2"]
    assert rows[0]["reporters"] == "马燕、王阳"


def test_json_keeps_lists_as_arrays_and_jsonl_is_one_per_line():
    data = json.loads(run_newsx("articles", SEED, "--json").stdout)
    assert data[0]["reporters"] == ["马燕", "王阳"]
    lines = run_newsx("articles", SEED, "-f", "jsonl").stdout.splitlines()
    assert [json.loads(line)["article"] for line in lines] == [1, 2]


def test_default_is_tsv_in_a_pipe_and_a_table_on_a_terminal():
    assert run_newsx("articles", SEED).stdout.startswith("file\tarticle\ttitle")
    table = run_newsx("articles", SEED, tty=True).stdout
    assert "┃" in table and "\t" not in table


def test_output_file_format_from_extension_written_atomically(tmp_path):
    import pandas as pd

    out = tmp_path / "articles.xlsx"
    result = run_newsx("articles", SEED, "-o", out)
    assert result.code == 0 and result.stdout == ""
    frame = pd.read_excel(out)
    assert list(frame["article"]) == [1, 2]
    assert [p.name for p in tmp_path.iterdir()] == ["articles.xlsx"]


def test_excel_csv_has_a_bom_and_defused_formulas(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(
        '=HYPERLINK("x")\n本报讯 5月3日，市政府召开常务会议，研究部署近期重点工作。',
        encoding="utf-8",
    )
    result = run_newsx("articles", source, "--csv", "--excel")
    assert result.stdout_bytes.startswith("\ufeff".encode())
    assert "'=HYPERLINK" in result.stdout


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path):
    (tmp_path / "empty_folder").mkdir()
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(SEED_TEXT.encode("gbk"))
    result = run_newsx(
        "articles", tmp_path / "missing.txt", tmp_path / "empty_folder", binary, gbk, SEED, "--csv"
    )
    assert result.code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    assert all(line.startswith("newsx: error: ") for line in errors)
    assert "missing.txt: no such file" in errors[0]
    assert "empty_folder: no files matching" in errors[1]
    assert "image.txt: binary file" in errors[2]
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 4  # two articles from each readable file


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("正文", encoding="utf-8")
    locked.chmod(0)
    result = run_newsx("articles", locked)
    assert result.code == 1 and "permission denied" in result.stderr


def test_folders_are_searched_with_a_glob(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "b.md").write_text(SEED_TEXT, encoding="utf-8")
    assert len(run_newsx("articles", tmp_path, "--csv").stdout.splitlines()) == 3
    assert len(run_newsx("articles", tmp_path, "--glob", "*.md", "--csv").stdout.splitlines()) == 3


def test_usage_errors_exit_2():
    assert run_newsx("keywords", "--method", "nope", SEED).code == 2
    result = run_newsx("articles", SEED, "--csv", "--json")
    assert result.code == 2 and "choose one of" in result.stderr


def test_missing_output_folder_exits_3_and_writes_nothing(tmp_path):
    result = run_newsx("articles", SEED, "-o", tmp_path / "no" / "such" / "out.csv")
    assert result.code == 3
    assert "does not exist" in result.stderr


def _subprocess(*args, **kwargs):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run([sys.executable, "-m", "newsx", *args], env=env, cwd=ROOT, **kwargs)


def test_head_closing_the_pipe_is_quiet():
    big = "\n".join([SEED_TEXT] * 40)
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsx", "segment", "--no-learn", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    proc.stdin.write(big.encode())
    proc.stdin.close()
    proc.stdout.readline()
    proc.stdout.close()
    code = proc.wait(timeout=60)
    stderr = proc.stderr.read().decode()
    assert "Traceback" not in stderr
    assert code == 141


def test_full_disk_is_an_output_error():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        proc = _subprocess("articles", str(SEED), stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert proc.returncode == 3
    assert "Traceback" not in proc.stderr.decode()


def test_help_imports_nothing_heavy():
    code = (
        "import sys, runpy; sys.argv=['newsx','--help']\n"
        "try:\n  runpy.run_module('newsx', run_name='__main__')\n"
        "except SystemExit: pass\n"
        "heavy=[m for m in ('pandas','jieba','rjieba','wordcloud','matplotlib','numpy') if m in sys.modules]\n"
        "print('HEAVY', heavy, file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=SAMPLES)
    assert "HEAVY []" in proc.stderr, proc.stderr
