"""Incremental runs: --state, --new-only and `newsx export`, as cron meets them.

What is asserted comes from the store itself (which run processed which input),
never from timings; crash and concurrency tests run real processes.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, run_newsx

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
ROW_COMMANDS = [
    ["articles"],
    ["officials", "--bylines"],
    ["officials", "--appointments"],
    ["projects"],
    ["amounts"],
]


def _folder(path: Path, count: int, start: int = 0) -> Path:
    """`count` sample articles under `path`, named so that folder order is stable."""
    path.mkdir(exist_ok=True)
    for i in range(start, start + count):
        sample = SAMPLE_FILES[i % len(SAMPLE_FILES)]
        shutil.copyfile(sample, path / f"{i:04d}_{sample.name}")
    return path


def _query(store: Path, sql: str, *args: object) -> list[tuple]:
    db = sqlite3.connect(store)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _newsx(*args: str | Path, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(
        [sys.executable, "-m", "newsx", *map(str, args)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,
    )


# -- the same output, less work --------------------------------------------------------
@pytest.mark.parametrize("command", ROW_COMMANDS, ids=" ".join)
def test_output_is_the_same_with_and_without_state(command, tmp_path):
    store = tmp_path / "s.sqlite"
    plain = run_newsx(*command, SAMPLES, "--csv")
    first = run_newsx(*command, SAMPLES, "--csv", "--state", store)
    again = run_newsx(*command, SAMPLES, "--csv", "--state", store)
    assert plain.code == first.code == again.code == 0, first.stderr + again.stderr
    assert first.stdout == plain.stdout
    assert again.stdout == plain.stdout  # now entirely from the store
    runs = _query(store, "SELECT processed, unchanged, failed FROM runs ORDER BY id")
    assert runs == [(len(SAMPLE_FILES), 0, 0), (0, len(SAMPLE_FILES), 0)]


def test_dedupe_is_decided_afresh_across_stored_and_new_inputs(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    text = SAMPLE_FILES[1].read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "s.sqlite"
    run_newsx("officials", folder, "--dedupe", "--csv", "--state", store)
    # a syndicated copy arrives later: it is dropped against the stored original
    (folder / "b.txt").write_text(text.replace("本报讯", "据市政府网站消息，"), encoding="utf-8")
    plain = run_newsx("officials", folder, "--dedupe", "--csv")
    stateful = run_newsx("officials", folder, "--dedupe", "--csv", "--state", store)
    assert stateful.stdout == plain.stdout
    assert {row[0] for row in _rows(plain.stdout)[1:]} == {str(folder / "a.txt")}
    assert len(_query(store, "SELECT * FROM records WHERE path LIKE '%b.txt'")) > 0  # kept


def test_a_growing_folder_is_processed_only_where_it_changed(tmp_path):
    folder = _folder(tmp_path / "news", 6)
    store = tmp_path / "s.sqlite"
    assert run_newsx("officials", folder, "--csv", "--state", store).code == 0
    _folder(folder, 2, start=6)  # two new files
    changed = sorted(folder.iterdir())[2]
    changed.write_text(SAMPLE_FILES[9].read_text(encoding="utf-8"), encoding="utf-8")
    gone = sorted(folder.iterdir())[0]
    gone_rows = _query(store, "SELECT count(*) FROM records WHERE path = ?", str(gone))[0][0]
    gone.unlink()

    result = run_newsx("officials", folder, "--csv", "--state", store)
    assert result.code == 0, result.stderr
    assert result.stdout == run_newsx("officials", folder, "--csv").stdout
    processed = _query(store, "SELECT path FROM inputs WHERE run = 2 ORDER BY path")
    new = sorted(folder.iterdir())[-2:]
    assert [p for (p,) in processed] == sorted(str(p) for p in [changed, *new])
    assert _query(store, "SELECT processed, unchanged FROM runs WHERE id = 2") == [(3, 4)]
    # the changed file's old records were replaced, not added to
    stored = _query(store, "SELECT record FROM records WHERE path = ?", str(changed))
    names = {json.loads(r)["name"] for (r,) in stored}
    assert "罗振东" not in names and "令狐斌" in names
    # a file that left the folder keeps its records (export shows them)
    assert _query(store, "SELECT count(*) FROM records WHERE path = ?", str(gone))[0][0] == (
        gone_rows
    )
    exported = run_newsx("export", "--state", store, "--csv")
    assert str(gone) in exported.stdout


def test_a_large_input_read_in_blocks_on_two_processes_is_stored_whole(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in SAMPLE_FILES]
    big = folder / "big.txt"
    big.write_text("\n\n".join(texts * 24), encoding="utf-8")
    assert big.stat().st_size > 1 << 20  # read in blocks: several units, on two processes
    (folder / "small.txt").write_text(texts[3], encoding="utf-8")
    store = tmp_path / "s.sqlite"
    plain = run_newsx("articles", folder, "--csv", "-j", "2")
    for _ in range(2):
        assert run_newsx("articles", folder, "--csv", "-j", "2", "--state", store).stdout == (
            plain.stdout
        )
    assert _query(store, "SELECT path, size FROM inputs ORDER BY path") == [
        (str(big), big.stat().st_size),
        (str(folder / "small.txt"), (folder / "small.txt").stat().st_size),
    ]
    assert _query(store, "SELECT processed, unchanged FROM runs") == [(2, 0), (0, 2)]


def test_an_input_that_fails_is_not_stored_and_is_tried_again(tmp_path):
    folder = _folder(tmp_path / "news", 2)
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 50)
    store = tmp_path / "s.sqlite"
    for _ in range(2):
        result = run_newsx("articles", folder, "--csv", "--state", store)
        assert result.code == 1 and "bad.txt" in result.stderr
    assert [p for (p,) in _query(store, "SELECT path FROM inputs")] == [
        str(p) for p in sorted(folder.glob("0*"))
    ]
    assert _query(store, "SELECT processed, unchanged, failed FROM runs") == [
        (2, 0, 1),
        (0, 2, 1),
    ]


def test_options_that_change_records_keep_records_apart(tmp_path):
    store = tmp_path / "s.sqlite"
    run_newsx("officials", SAMPLE_FILES[0], "--csv", "--state", store)
    run_newsx("officials", SAMPLE_FILES[0], "--bylines", "-f", "jsonl", "--state", store)
    run_newsx("officials", SAMPLE_FILES[0], "--since", "2020", "--state", store)
    keys = [k for (k,) in _query(store, "SELECT command_key FROM commands ORDER BY 1")]
    assert keys == ["officials", "officials --bylines", "officials --since 2020-01-01"]


def test_stdin_is_always_read_and_stored(tmp_path):
    store = tmp_path / "s.sqlite"
    text = SAMPLE_FILES[0].read_text(encoding="utf-8")
    for _ in range(2):
        result = run_newsx("articles", "--csv", "--state", store, "--new-only", stdin=text)
        assert result.code == 0
    assert _query(store, "SELECT path, size FROM inputs") == [("<stdin>", len(text.encode()))]
    assert _query(store, "SELECT processed FROM runs") == [(1,), (1,)]
    assert len(_rows(result.stdout)) == 1  # the second time: nothing new


# -- --new-only --------------------------------------------------------------------------
def test_new_only_prints_each_record_once(tmp_path):
    folder = _folder(tmp_path / "news", 4)
    store = tmp_path / "s.sqlite"
    first = run_newsx("amounts", folder, "--csv", "--state", store, "--new-only")
    assert first.stdout == run_newsx("amounts", folder, "--csv").stdout
    assert _rows(run_newsx("amounts", folder, "--csv", "--state", store, "--new-only").stdout) == [
        _rows(first.stdout)[0]
    ]
    _folder(folder, 1, start=4)
    new = sorted(folder.iterdir())[-1]
    rows = _rows(run_newsx("amounts", folder, "--csv", "--state", store, "--new-only").stdout)
    assert len(rows) > 1 and {row[0] for row in rows[1:]} == {str(new)}
    # an article appended to a file (the seed, which holds two): only its rows are new
    old = sorted(folder.iterdir())[0]
    extra = SAMPLE_FILES[20].read_text(encoding="utf-8")
    old.write_text(old.read_text(encoding="utf-8") + "\n\n" + extra, encoding="utf-8")
    rows = _rows(run_newsx("amounts", folder, "--csv", "--state", store, "--new-only").stdout)
    assert len(rows) > 1
    assert {(row[0], row[1]) for row in rows[1:]} == {(str(old), "3")}


def test_new_only_counts_printed_only_what_was_written_whole(tmp_path, monkeypatch):
    folder = _folder(tmp_path / "news", 3)
    store = tmp_path / "s.sqlite"
    out = tmp_path / "out.csv"
    rename = os.replace

    def full_disk(source, target):
        if Path(target) == out:
            raise OSError(28, "No space left on device")
        rename(source, target)

    monkeypatch.setattr(os, "replace", full_disk)  # the -o file fails at the very end
    failed = run_newsx("articles", folder, "--state", store, "--new-only", "-o", out)
    monkeypatch.undo()
    assert failed.code == 3 and not out.exists()
    assert _query(store, "SELECT count(*) FROM printed") == [(0,)]
    assert _query(store, "SELECT count(*) FROM inputs") == [(3,)]  # the work is kept
    assert run_newsx("articles", folder, "--state", store, "--new-only", "-o", out).code == 0
    records = _query(store, "SELECT count(*) FROM records")[0][0]
    assert len(_rows(out.read_text())) == 1 + records == 5  # all of them, this time
    assert _query(store, "SELECT count(*) FROM printed") == [(records,)]


def test_new_only_needs_state_and_state_needs_rows(tmp_path):
    store = tmp_path / "s.sqlite"
    result = run_newsx("amounts", SAMPLE_FILES[0], "--new-only")
    assert result.code == 2 and "--new-only needs --state" in result.stderr
    for args in (["officials", "--aggregate"], ["projects", "--totals", "file"]):
        result = run_newsx(*args, SAMPLE_FILES[0], "--state", store)
        assert result.code == 2 and "row listings" in result.stderr
    assert not store.exists()


def test_a_file_that_is_no_store_is_refused(tmp_path):
    other = tmp_path / "other.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all, just text\n" * 100)
    for path in (other, text, tmp_path):
        result = run_newsx("articles", SAMPLE_FILES[0], "--state", path)
        assert result.code == 2 and "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1, result.stderr
    assert run_newsx("export", "--state", tmp_path / "absent.sqlite").code == 2


# -- export ----------------------------------------------------------------------------
def test_export_round_trips_in_csv_jsonl_and_xlsx(tmp_path):
    import pandas as pd

    store = tmp_path / "s.sqlite"
    printed_csv = run_newsx("projects", SAMPLES, "--csv", "--state", store).stdout
    printed_jsonl = run_newsx("projects", SAMPLES, "-f", "jsonl").stdout
    assert run_newsx("export", "--state", store, "--csv").stdout == printed_csv
    assert run_newsx("export", "--state", store, "-f", "jsonl").stdout == printed_jsonl
    xlsx = tmp_path / "projects.xlsx"
    assert run_newsx("export", "--state", store, "-o", xlsx).code == 0
    from_excel = pd.read_excel(xlsx, engine="openpyxl", dtype=str, keep_default_na=False)
    from_csv = pd.read_csv(io.StringIO(printed_csv), dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(from_excel, from_csv)


def test_export_chooses_among_stored_commands(tmp_path):
    store = tmp_path / "s.sqlite"
    run_newsx("officials", SAMPLE_FILES[0], "--since", "2020", "--state", store)
    run_newsx("officials", SAMPLE_FILES[0], "--bylines", "--csv", "--state", store)
    run_newsx("amounts", SAMPLE_FILES[0], "--csv", "--state", store)
    several = run_newsx("export", "--state", store)
    assert several.code == 2 and "--command" in several.stderr
    ambiguous = run_newsx("export", "--state", store, "--command", "officials")
    assert ambiguous.code == 2 and "'officials --bylines'" in ambiguous.stderr
    assert "'officials --since 2020-01-01'" in ambiguous.stderr
    bylines = run_newsx("export", "--state", store, "-c", "officials --bylines", "--csv")
    assert _rows(bylines.stdout)[0][4] == "kind"
    amounts = run_newsx("export", "--state", store, "-c", "amounts", "--csv")
    assert amounts.stdout == run_newsx("amounts", SAMPLE_FILES[0], "--csv").stdout
    listed = run_newsx("export", "--state", store, "--list", "--csv")
    assert [row[0] for row in _rows(listed.stdout)[1:]] == [
        "amounts",
        "officials --bylines",
        "officials --since 2020-01-01",
    ]


# -- two cron runs at once ---------------------------------------------------------------
def test_a_second_run_waits_then_gives_up_with_exit_75(tmp_path):
    from newsx.cli.state import Store

    store = tmp_path / "s.sqlite"
    with Store.open(store, wait=0):  # this test process holds the run lock
        busy = _newsx("articles", SAMPLE_FILES[0], "--state", store, "--state-wait", "0.5")
        assert busy.returncode == 75
        assert busy.stdout == ""
        assert busy.stderr.startswith("newsx: error: ") and busy.stderr.count("\n") == 1
        assert f"pid {os.getpid()}" in busy.stderr and "--state-wait" in busy.stderr
        waiting = subprocess.Popen(
            [sys.executable, "-m", "newsx", "articles", str(SAMPLE_FILES[0])]
            + ["--csv", "--state", str(store), "--state-wait", "60"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.5)
        assert waiting.poll() is None  # still waiting for the lock
    out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    assert out == run_newsx("articles", SAMPLE_FILES[0], "--csv").stdout


def test_two_runs_at_once_leave_a_consistent_store(tmp_path):
    folder = _folder(tmp_path / "news", 60)
    store = tmp_path / "s.sqlite"
    expected = run_newsx("articles", folder, "--csv").stdout
    command = [sys.executable, "-m", "newsx", "articles", str(folder), "--csv"]
    command += ["--state", str(store), "--state-wait", "120"]
    runs = [
        subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _, err in outputs]
    assert all(out.decode() == expected for out, _ in outputs)
    assert _query(store, "PRAGMA integrity_check") == [("ok",)]
    # one after the other: the second found everything done by the first
    counts = _query(store, "SELECT processed, unchanged FROM runs ORDER BY id")
    assert counts == [(60, 0), (0, 60)]
    assert _query(store, "SELECT count(*) FROM inputs") == [(60,)]


# -- killed midway -----------------------------------------------------------------------
def _store_contents(store: Path) -> dict[str, list[tuple]]:
    return {
        "inputs": _query(store, "SELECT command_key, path, sha256, size, version FROM inputs"),
        "records": _query(store, "SELECT * FROM records ORDER BY command_key, path, seq"),
        "printed": _query(store, "SELECT * FROM printed ORDER BY 1, 2"),
        "commands": _query(store, "SELECT * FROM commands"),
    }


def test_sigkill_midway_then_rerun_equals_an_uninterrupted_run(tmp_path):
    files = 120
    folder = _folder(tmp_path / "news", files)
    killed_store, clean_store = tmp_path / "killed.sqlite", tmp_path / "clean.sqlite"
    args = ["officials", str(folder), "--csv", "-j", "1", "--new-only"]

    with (tmp_path / "killed.csv").open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsx", *args, "--state", str(killed_store)],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 120
        stored = 0
        while stored < 15 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
            if killed_store.exists():
                try:
                    stored = _query(killed_store, "SELECT count(*) FROM inputs")[0][0]
                except sqlite3.OperationalError:  # schema not there yet
                    pass
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    done = _query(killed_store, "SELECT count(*) FROM inputs")[0][0]
    assert 15 <= done < files, "the run was not killed midway"

    rerun = _newsx(*args, "--state", killed_store)
    clean = _newsx(*args, "--state", clean_store)
    assert rerun.returncode == clean.returncode == 0, rerun.stderr + clean.stderr

    assert _store_contents(killed_store) == _store_contents(clean_store)
    assert _query(killed_store, "PRAGMA integrity_check") == [("ok",)]
    export = [_newsx("export", "--state", s, "--csv").stdout for s in (killed_store, clean_store)]
    assert export[0] == export[1] == clean.stdout
    # at least once: every record printed by the killed run or the rerun; a repeat
    # only of what was flushed but not yet counted printed when the kill came
    killed_text = (tmp_path / "killed.csv").read_text()
    killed_rows = _rows(killed_text[: killed_text.rfind("\n") + 1])[1:]  # a line may be cut
    rerun_rows = _rows(rerun.stdout)[1:]
    clean_rows = _rows(clean.stdout)[1:]
    assert {tuple(r) for r in killed_rows + rerun_rows} == {tuple(r) for r in clean_rows}
    repeated = len(killed_rows) + len(rerun_rows) - len(clean_rows)
    assert 0 <= repeated <= max(len(clean_rows) // 10, 20)
