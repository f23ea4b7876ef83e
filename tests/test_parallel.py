"""Parallel runs give the same output, in the same order, as a single process."""

from conftest import SAMPLES, run_newsx


def input_lines(path):
    """The lines a line filter sees: a final newline ends the last line."""
    text = path.read_text(encoding="utf-8")
    return (text[:-1] if text.endswith("\n") else text).split("\n")


def corpus(tmp_path, copies=12):
    """About a megabyte of sample articles: enough for the process pool to start."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([text] * copies), encoding="utf-8")
    return big


def test_segment_is_identical_with_one_or_two_jobs(tmp_path):
    big = corpus(tmp_path)
    one = run_newsx("segment", big, "-j", "1")
    two = run_newsx("segment", big, "-j", "2")
    assert one.code == two.code == 0
    assert one.stdout == two.stdout
    assert one.stdout.count("\n") == len(input_lines(big))


def test_article_commands_are_identical_with_one_or_two_jobs(tmp_path):
    big = corpus(tmp_path, copies=6)
    for command in ("officials", "projects", "keywords"):
        one = run_newsx(command, big, "-j", "1", "--csv")
        two = run_newsx(command, big, "-j", "2", "--csv")
        assert one.stdout == two.stdout, command


def test_a_large_stdin_is_streamed_in_blocks_with_line_numbers(tmp_path):
    big = corpus(tmp_path)
    lines = input_lines(big)
    result = run_newsx("segment", "--no-learn", "--format", "jsonl", stdin=big.read_bytes())
    records = result.stdout.splitlines()
    assert len(records) == len(lines)
    # Line numbers run on across blocks: the last record is the last line.
    assert records[-1].startswith(f'{{"file":"<stdin>","line":{len(lines)},')


def test_keywords_over_many_files_are_identical_with_one_or_two_jobs(tmp_path):
    # Many small files travel in batches whose counts are summed in the workers:
    # 30 copies of the samples are past the text handled before a pool starts.
    folder = tmp_path / "many"
    folder.mkdir()
    for copy in range(30):
        for sample in sorted(SAMPLES.glob("*.txt")):
            (folder / f"{copy}-{sample.name}").write_bytes(sample.read_bytes())
    for extra in (["--method", "freq", "--top", "50"], ["--by", "file"]):
        one = run_newsx("keywords", folder, "-j", "1", "--csv", *extra)
        two = run_newsx("keywords", folder, "-j", "2", "--csv", *extra)
        assert one.code == two.code == 0
        assert one.stdout == two.stdout, extra
