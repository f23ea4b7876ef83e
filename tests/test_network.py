"""Co-occurrence graphs: pairs and weights on plain data; then `newsx network` on a corpus
of sample articles copied under dated names (each report twice, a year apart)."""

from __future__ import annotations

import csv
import io
import shutil
import warnings
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from newsx.analysis.network import (
    CoOccurrence,
    Edge,
    Graph,
    Node,
    busiest,
    cooccurrence,
    draw_network,
    graphml,
    layout,
)

from conftest import SAMPLES, SEED, run_newsx

HEFEI = SAMPLES / "001_hefei_inspection.txt"
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
# The gold officials of the samples (samples/gold/*.json).
SEED_FIRST = ["孙建功", "张波", "牛瑞华", "高正龙"]  # 5月30日, the signing
SEED_SECOND = ["孙建功", "周定友", "马光辉"]  # 5月31日, the tour
HEFEI_PEOPLE = ["罗振东", "陶文", "沈一鸣", "司马骏", "汪海涛", "周密", "孔令辉"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    for source, name in (
        (SEED, "2023-05-30_zhengdong.txt"),
        (HEFEI, "2023-07-18_hefei.txt"),
        (SEED, "2024-05-30_zhengdong.txt"),
    ):
        shutil.copy(source, folder / name)
    return folder


def rows(stdout: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(stdout), delimiter="\t"))


def pairs(found: list[dict[str, str]]) -> dict[frozenset[str], dict[str, str]]:
    return {frozenset((r["source"], r["target"])): r for r in found}


# -- the library -----------------------------------------------------------------------
def test_pairs_weights_and_where() -> None:
    graph = cooccurrence(
        [
            ("a.txt#1", ["甲", "乙", "丙"], []),
            ("a.txt#2", ["乙", "甲"], []),  # the same pair, met in the other order
            ("b.txt#1", ["丁"], []),  # alone: no edge, no node
        ]
    )
    assert graph.edges == (
        Edge("甲", "乙", 2, ("a.txt#1", "a.txt#2")),
        Edge("甲", "丙", 1, ("a.txt#1",)),
        Edge("乙", "丙", 1, ("a.txt#1",)),
    )
    assert [(n.label, n.articles) for n in graph.nodes] == [("甲", 2), ("乙", 2), ("丙", 1)]
    assert graph.degree() == {"甲": 2, "乙": 2, "丙": 2}
    heavy = cooccurrence([("a#1", ["甲", "乙", "丙"], []), ("a#2", ["甲", "乙"], [])], min_weight=2)
    assert [(e.source, e.target) for e in heavy.edges] == [("甲", "乙")]
    assert [n.key for n in heavy.nodes] == ["甲", "乙"]


def test_bipartite_links_only_officials_to_projects() -> None:
    graph = cooccurrence(
        [
            ("a#1", ["甲", "乙"], ["智慧岛项目", "数据中心"]),
            ("a#2", ["甲"], ["“智慧岛”"]),  # the same project, written otherwise
        ],
        bipartite=True,
    )
    labels = {n.key: n.label for n in graph.nodes}
    found = {(labels[e.source], labels[e.target]): e.weight for e in graph.edges}
    assert found == {
        ("甲", "智慧岛项目"): 2,
        ("甲", "数据中心"): 1,
        ("乙", "智慧岛项目"): 1,
        ("乙", "数据中心"): 1,
    }
    assert {n.kind for n in graph.nodes if n.label in "甲乙"} == {"official"}


def test_merged_accumulators_agree_with_one() -> None:
    one, two = CoOccurrence(), CoOccurrence()
    one.add("a#1", ["甲", "乙"])
    two.add("b#1", ["乙", "甲"])
    one += two
    assert one.graph().edges == (Edge("甲", "乙", 2, ("a#1", "b#1")),)


def test_graphml_round_trip() -> None:
    graph = Graph(
        (Node("甲", "甲", "official", 2), Node("p:园区", "园区", "project", 1)),
        (Edge("甲", "p:园区", 1, ("a.txt#1",)),),
    )
    root = ET.fromstring(graphml(graph))
    keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", NS)}
    nodes = {
        n.get("id"): {keys[d.get("key")]: d.text for d in n.findall("g:data", NS)}
        for n in root.findall("g:graph/g:node", NS)
    }
    assert nodes == {
        "n0": {"label": "甲", "kind": "official", "articles": "2"},
        "n1": {"label": "园区", "kind": "project", "articles": "1"},
    }
    (edge,) = root.findall("g:graph/g:edge", NS)
    assert (edge.get("source"), edge.get("target")) == ("n0", "n1")


def test_layout_keeps_parts_apart_and_drawing_is_limited() -> None:
    people = [f"人{i}" for i in range(60)]
    articles = [(f"x#{i}", people[i : i + 4], []) for i in range(0, 60, 4)]  # 15 meetings
    graph = cooccurrence(articles)
    positions = layout(graph)
    assert len(positions) == 60
    assert len({(round(x, 3), round(y, 3)) for x, y in positions.values()}) == 60
    smaller = busiest(graph, 20)
    assert len(smaller.nodes) == 20 and all(e.weight == 1 for e in smaller.edges)


# -- newsx network ---------------------------------------------------------------------
def test_officials_who_appear_together(corpus: Path) -> None:
    result = run_newsx("network", corpus)
    assert result.code == 0, result.stderr
    found = rows(result.stdout)
    assert list(found[0]) == ["source", "target", "weight", "articles"]
    edges = pairs(found)
    together = edges[frozenset(("孙建功", "张波"))]
    assert together["weight"] == "2"  # the signing, reported in 2023 and again in 2024
    assert together["articles"] == (
        f"{corpus / '2023-05-30_zhengdong.txt'}#1、{corpus / '2024-05-30_zhengdong.txt'}#1"
    )
    assert edges[frozenset(("孙建功", "周定友"))]["articles"].endswith("2024-05-30_zhengdong.txt#2")
    assert edges[frozenset(("罗振东", "陶文"))]["weight"] == "1"
    assert frozenset(("张波", "周定友")) not in edges  # different articles of one file
    assert frozenset(("孙建功", "罗振东")) not in edges
    expected = {
        frozenset((a, b))
        for people in (SEED_FIRST, SEED_SECOND, HEFEI_PEOPLE)
        for i, a in enumerate(people)
        for b in people[i + 1 :]
    }
    assert expected <= set(edges)  # every pair of the gold officials is linked
    heavy = pairs(rows(run_newsx("network", corpus, "--min-weight", "2", "-q").stdout))
    assert {frozenset((a, b)) for a, b in heavy} >= {
        frozenset(("孙建功", "张波")),
        frozenset(("周定友", "马光辉")),
    }
    assert not any("罗振东" in pair for pair in heavy)  # Hefei was reported once
    once = pairs(rows(run_newsx("network", corpus, "--dedupe", "-q").stdout))
    assert once[frozenset(("孙建功", "张波"))]["weight"] == "1"  # the 2024 copy is dropped


def test_officials_and_projects(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "bipartite.graphml"
    result = run_newsx("network", corpus, "--with", "projects", "-o", out)
    assert result.code == 0 and result.stdout == "", result.stderr
    root = ET.parse(out).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", NS)}

    def data(element: ET.Element) -> dict[str, str]:
        return {keys[d.get("key") or ""]: d.text or "" for d in element.findall("g:data", NS)}

    nodes = {n.get("id"): data(n) for n in root.findall("g:graph/g:node", NS)}
    kinds: dict[str, list[str]] = {}
    for node in nodes.values():
        kinds.setdefault(node["kind"], []).append(node["label"])
    assert set(SEED_FIRST) <= set(kinds["official"])  # those of the signing article only
    assert not set(HEFEI_PEOPLE) & set(kinds["official"])  # the tour names no project
    assert len(kinds["project"]) == 20  # 等20个项目
    edges = root.findall("g:graph/g:edge", NS)
    assert len(edges) == len(kinds["official"]) * 20
    for edge in edges:
        source, target = nodes[edge.get("source")], nodes[edge.get("target")]
        assert (source["kind"], target["kind"]) == ("official", "project")
        assert data(edge)["weight"] == "2"


def test_the_drawing(corpus: Path, tmp_path: Path) -> None:
    from PIL import Image

    picture = tmp_path / "graph.png"
    result = run_newsx("network", corpus, "-o", picture)
    assert result.code == 0, result.stderr
    with Image.open(picture) as image:
        assert image.size[0] >= 1000 and image.size[1] >= 600
        assert len(image.getcolors(1 << 24) or ()) > 50
    graph = cooccurrence([("a#1", SEED_FIRST, []), ("a#2", HEFEI_PEOPLE, [])])
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph")  # a name drawn as boxes warns
        svg = draw_network(graph, title="同一篇报道中的官员", fmt="svg")
    assert svg.startswith(b"<?xml")
    nobody = run_newsx("network", corpus, "--min-weight", "9", "-o", tmp_path / "none.png")
    assert nobody.code == 2 and "nothing to draw" in nobody.stderr
    assert not (tmp_path / "none.png").exists()
