"""--dask: every command's per-file work on a Dask cluster gives the local output."""

from __future__ import annotations

import pytest

from conftest import SAMPLES, run_newsx

distributed = pytest.importorskip("distributed", reason="pip install 'newsx[dask]'")

COMMANDS = [
    ["segment"],
    ["keywords", "--by", "article", "--csv"],
    ["articles", "--csv"],
    ["officials", "--bylines", "--csv"],
    ["projects", "--csv"],
    ["amounts", "--csv"],
    ["kwic", "项目", "--csv"],
    ["duplicates", "--csv"],
    ["trends", "--year", "2023", "--csv"],
    ["network", "--csv"],
]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local.scheduler_address


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_same_output_on_a_cluster(cluster, command):
    local = run_newsx(*command, SAMPLES, "-j", "1")
    remote = run_newsx(*command, SAMPLES, "--dask", cluster)
    assert local.code == remote.code == 0, remote.stderr
    assert remote.stdout == local.stdout


def test_scheduler_from_the_environment(cluster, monkeypatch):
    monkeypatch.setenv("NEWSX_DASK_SCHEDULER", cluster)
    local = run_newsx("articles", SAMPLES, "--csv", "-j", "1")
    assert run_newsx("articles", SAMPLES, "--csv").stdout == local.stdout


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    result = run_newsx("articles", SAMPLES, "--dask", "tcp://127.0.0.1:9", "--csv")
    assert result.code == 2
    assert result.stderr.startswith("newsx: error: ") and "Traceback" not in result.stderr
