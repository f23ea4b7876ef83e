"""`officials --aggregate` and `projects --aggregate`: one row per person or project
across all inputs, with the dates and the title changes a corpus shows."""

import json

from conftest import SEED, run_newsx


def test_officials_aggregate_follows_a_person_across_dated_files(tmp_path):
    (tmp_path / "2023-03-01_meeting.txt").write_text(
        "张家口市召开招商工作会议\n"
        "本报讯 3月1日，张家口市副市长李明远出席会议并讲话。他要求各县区抓好项目落地。\n",
        encoding="utf-8",
    )
    (tmp_path / "2023-06-10_visit.txt").write_text(
        "李明远调研重点项目建设\n"
        "本报讯 6月10日，张家口市市长李明远到崇礼区调研重点项目建设，区委书记王海涛陪同。\n",
        encoding="utf-8",
    )
    result = run_newsx("officials", tmp_path, "--aggregate", "--json")
    assert result.code == 0, result.stderr
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert set(rows) == {"李明远", "王海涛"}
    li = rows["李明远"]
    assert (li["articles"], li["files"], li["mentions"]) == (2, 2, 3)
    assert li["titles"] == ["张家口市副市长", "张家口市市长"]
    assert (li["first_date"], li["last_date"]) == ("2023-03-01", "2023-06-10")
    assert li["title_changes"] == ["张家口市副市长 → 张家口市市长 (2023-06-10)"]
    assert {"出席", "调研"} <= set(li["roles"])
    assert rows["王海涛"]["roles"] == ["陪同"] and rows["王海涛"]["title_changes"] == []


def test_officials_aggregate_with_bylines_has_a_kind(tmp_path):
    result = run_newsx("officials", SEED, "--aggregate", "--bylines", "--csv")
    assert result.code == 0, result.stderr
    header, *lines = result.stdout.splitlines()
    assert header.endswith(",kind")
    kinds = {line.split(",")[0]: line.rsplit(",", 1)[1] for line in lines}
    assert kinds["孙建功"] == "official" and kinds["马燕"] == "reporter"
    assert kinds["游昆鹏"] == "correspondent"


def test_projects_aggregate_merges_the_same_project_reported_twice(tmp_path):
    # the text says 5月30日; the file names give the years
    for name in ("2023-05-30_first.txt", "2024-05-30_reprinted.txt"):
        (tmp_path / name).write_bytes(SEED.read_bytes())
    listed = json.loads(run_newsx("projects", tmp_path, "--json", "-q").stdout)
    result = run_newsx("projects", tmp_path, "--aggregate", "--json", "-q")
    assert result.code == 0, result.stderr
    merged = json.loads(result.stdout)
    assert len(listed) == 40 and len(merged) == 20
    assert [row["name"] for row in merged] == [row["name"] for row in listed[:20]]
    assert all(row["articles"] == 2 and row["files"] == 2 for row in merged)
    assert merged[0]["first_date"] == "2023-05-30" and merged[0]["last_date"] == "2024-05-30"
    assert "区块链" in merged[0]["fields"]
