"""Who appears with whom: co-occurrence graphs of officials (and projects) in articles.

Two officials named in the same article are linked; the weight of the link is the
number of articles that name both. With projects, the graph is bipartite: each
official is linked to each project of the articles that name them (officials are
not linked to each other, nor projects to projects). Nodes are keyed by name
(projects by :func:`newsx.analysis.projects.project_key`, labelled as first
written) and listed in order of first appearance.

Outputs: :func:`graphml` writes GraphML for Gephi, yEd or networkx (node
attributes ``label``, ``kind``, ``articles``; edge attributes ``weight``,
``articles``), and :func:`draw_network` draws the graph as PNG or SVG with its
Chinese labels in the bundled font. GraphML is written with the standard library:
the format is a few elements, not worth a dependency. The drawing lays out each
connected part with a force-directed layout (Fruchterman–Reingold, numpy) and
packs the parts in rows, largest first, so a graph of separate meetings reads as
separate clusters instead of a hairball; nodes are sized by degree.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree as ET

from newsx.analysis.errors import NewsxError

OFFICIAL = "official"
PROJECT = "project"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
MAX_DRAWN = 120  # more nodes than this make an unreadable picture
_LABEL_CHARS = 10  # longer project names are cut in the drawing (not in the data)


class NetworkError(NewsxError, ValueError):
    """A graph that cannot be made or drawn as asked; the message says what to do."""


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    kind: str  # "official" or "project"
    articles: int  # articles that name it


@dataclass(frozen=True)
class Edge:
    source: str  # node keys; for a bipartite graph, source is the official
    target: str
    weight: int  # articles that name both
    articles: tuple[str, ...]  # where: "file#n"


@dataclass(frozen=True)
class Graph:
    nodes: tuple[Node, ...]  # those with at least one edge, in order of first appearance
    edges: tuple[Edge, ...]  # heaviest first, then in order of first appearance

    def degree(self) -> dict[str, int]:
        """How many others each node is linked to."""
        found = {node.key: 0 for node in self.nodes}
        for edge in self.edges:
            found[edge.source] += 1
            found[edge.target] += 1
        return found


@dataclass
class CoOccurrence:
    """Accumulates the articles, then makes the graph; `+=` merges two."""

    bipartite: bool = False
    labels: dict[str, str] = field(default_factory=dict)  # key -> label, first seen first
    kinds: dict[str, str] = field(default_factory=dict)
    seen_in: dict[str, int] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)  # key -> first seen rank
    pairs: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def add(self, where: str, officials: Sequence[str], projects: Sequence[str] = ()) -> None:
        """One article: `where` it is (file#n), the officials and projects it names."""
        people = self._nodes(officials, OFFICIAL, lambda name: name)
        if self.bipartite:
            from newsx.analysis.projects import project_key

            things = self._nodes(projects, PROJECT, project_key)
            for person in people:
                for thing in things:
                    self.pairs.setdefault((person, thing), []).append(where)
        else:
            for i, first in enumerate(people):
                for second in people[i + 1 :]:
                    self.pairs.setdefault((first, second), []).append(where)

    def _nodes(self, names: Sequence[str], kind: str, key_of: Any) -> list[str]:
        keys: list[str] = []
        for name in names:
            key = (PROJECT[0] + ":" if kind == PROJECT else "") + key_of(name)
            if key in keys:
                continue
            keys.append(key)
            self._first(key, name, kind)
            self.seen_in[key] = self.seen_in.get(key, 0) + 1
        # a pair is kept once, its nodes in the order they were first seen
        return sorted(keys, key=self.order.__getitem__)

    def _first(self, key: str, label: str, kind: str) -> None:
        if key not in self.order:
            self.order[key] = len(self.order)
            self.labels[key] = label
            self.kinds[key] = kind

    def __iadd__(self, other: CoOccurrence) -> CoOccurrence:
        for key, label in other.labels.items():
            self._first(key, label, other.kinds[key])
            self.seen_in[key] = self.seen_in.get(key, 0) + other.seen_in[key]
        for pair, where in other.pairs.items():
            if not self.bipartite:  # the other may have met the two in the other order
                pair = min(pair, pair[::-1], key=lambda p: self.order[p[0]])
            self.pairs.setdefault(pair, []).extend(where)
        return self

    def graph(self, *, min_weight: int = 1) -> Graph:
        """The edges of weight `min_weight` or more and the nodes they link."""
        if min_weight < 1:
            raise ValueError("min_weight must be 1 or more")
        kept = [(pair, where) for pair, where in self.pairs.items() if len(where) >= min_weight]
        kept.sort(key=lambda item: -len(item[1]))  # stable: first seen first among equals
        edges = tuple(Edge(a, b, len(where), tuple(where)) for (a, b), where in kept)
        linked = {key for edge in edges for key in (edge.source, edge.target)}
        nodes = tuple(
            Node(key, label, self.kinds[key], self.seen_in[key])
            for key, label in self.labels.items()
            if key in linked
        )
        return Graph(nodes, edges)


def cooccurrence(
    articles: Iterable[tuple[str, Sequence[str], Sequence[str]]],
    *,
    bipartite: bool = False,
    min_weight: int = 1,
) -> Graph:
    """The graph of (where, officials, projects) articles; see the module's notes."""
    found = CoOccurrence(bipartite)
    for where, officials, projects in articles:
        found.add(where, officials, projects)
    return found.graph(min_weight=min_weight)


# -- per unit of input ----------------------------------------------------------------------
@dataclass(frozen=True)
class Names:
    """Who and what one article names: all that a co-occurrence graph needs of it."""

    officials: tuple[str, ...]
    projects: tuple[str, ...] = ()


def names(config: Any, bipartite: bool, unit: Any) -> Any:
    """The officials (and, if `bipartite`, the projects) of each article of a unit.

    A picklable task like those of :mod:`newsx.analysis.tasks`: `config` is a
    tasks.Config, `unit` a tasks.Unit, the result tasks.Articles[Names]. Only
    names travel back from a worker, not the officials' evidence sentences.
    """
    from newsx.analysis.articles import split_articles
    from newsx.analysis.officials import find_officials
    from newsx.analysis.projects import find_projects
    from newsx.analysis.tasks import Articles, Item, scoped, segmenter_for

    segmenter = segmenter_for(config.engine, config.hmm, config.user_words)
    found = split_articles(unit.text)
    items = []
    for article, date, fingerprint in scoped(config, unit, found):
        people = tuple(o.name for o in find_officials(article.text, segmenter=segmenter))
        listed = tuple(p.name for p in find_projects(article.text).projects) if bipartite else ()
        items.append(Item(article.index, article.title, date, fingerprint, Names(people, listed)))
    return Articles(items, len(found))


# -- GraphML -------------------------------------------------------------------------------
def graphml(graph: Graph) -> bytes:
    """The graph as GraphML (UTF-8), undirected, with labels, kinds, weights and articles."""
    ET.register_namespace("", GRAPHML_NS)

    def tag(name: str) -> str:
        return f"{{{GRAPHML_NS}}}{name}"

    root = ET.Element(tag("graphml"))
    keys = (
        ("label", "node", "string"),
        ("kind", "node", "string"),
        ("articles", "node", "int"),
        ("weight", "edge", "int"),
        ("articles", "edge", "string"),
    )
    ids = {}
    for name, owner, kind in keys:
        ids[(owner, name)] = key_id = f"{owner[0]}_{name}"
        ET.SubElement(
            root,
            tag("key"),
            {"id": key_id, "for": owner, "attr.name": name, "attr.type": kind},
        )
    body = ET.SubElement(root, tag("graph"), {"id": "newsx", "edgedefault": "undirected"})
    node_ids = {node.key: f"n{i}" for i, node in enumerate(graph.nodes)}

    def data(parent: ET.Element, owner: str, name: str, value: object) -> None:
        ET.SubElement(parent, tag("data"), {"key": ids[(owner, name)]}).text = str(value)

    for node in graph.nodes:
        element = ET.SubElement(body, tag("node"), {"id": node_ids[node.key]})
        data(element, "node", "label", node.label)
        data(element, "node", "kind", node.kind)
        data(element, "node", "articles", node.articles)
    for i, edge in enumerate(graph.edges):
        element = ET.SubElement(
            body,
            tag("edge"),
            {"id": f"e{i}", "source": node_ids[edge.source], "target": node_ids[edge.target]},
        )
        data(element, "edge", "weight", edge.weight)
        data(element, "edge", "articles", " ".join(edge.articles))
    ET.indent(root)
    text: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return text + b"\n"


# -- drawing -------------------------------------------------------------------------------
def busiest(graph: Graph, limit: int = MAX_DRAWN) -> Graph:
    """The graph restricted to its `limit` nodes of highest weighted degree."""
    if len(graph.nodes) <= limit:
        return graph
    strength = {node.key: 0 for node in graph.nodes}
    for edge in graph.edges:
        strength[edge.source] += edge.weight
        strength[edge.target] += edge.weight
    order = {node.key: i for i, node in enumerate(graph.nodes)}
    chosen = set(sorted(strength, key=lambda k: (-strength[k], order[k]))[:limit])
    edges = tuple(e for e in graph.edges if e.source in chosen and e.target in chosen)
    linked = {key for edge in edges for key in (edge.source, edge.target)}
    return Graph(tuple(n for n in graph.nodes if n.key in linked), edges)


def layout(graph: Graph, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for the nodes: each connected part laid out, the parts packed in rows."""
    parts = _components(graph)
    rank = {node.key: i for i, node in enumerate(graph.nodes)}
    placed: dict[str, tuple[float, float]] = {}
    boxes = []
    for part in parts:
        keys = sorted(part, key=rank.__getitem__)
        edges = [e for e in graph.edges if e.source in part]
        positions = _spring(keys, edges, seed=seed)
        side = max(1.0, math.sqrt(len(keys)))  # a part's area grows with its size
        boxes.append((keys, positions, side))
    # shelf packing: rows of parts, no wider than the whole would be as a square
    width = max(max(side for _, _, side in boxes), math.sqrt(sum(s * s for *_, s in boxes)) * 1.3)
    x = y = row_height = 0.0
    gap = 1.0  # labels stick out of their part
    for keys, positions, side in boxes:
        if x > 0 and x + side > width:
            x, y, row_height = 0.0, y - row_height - gap, 0.0
        for key, (px, py) in zip(keys, positions, strict=True):
            placed[key] = (x + px * side, y - (1 - py) * side)
        x += side + gap
        row_height = max(row_height, side)
    return placed


def _components(graph: Graph) -> list[set[str]]:
    neighbours: dict[str, set[str]] = {node.key: set() for node in graph.nodes}
    for edge in graph.edges:
        neighbours[edge.source].add(edge.target)
        neighbours[edge.target].add(edge.source)
    parts: list[set[str]] = []
    done: set[str] = set()
    for node in graph.nodes:
        if node.key in done:
            continue
        part, stack = set(), [node.key]
        while stack:
            key = stack.pop()
            if key not in part:
                part.add(key)
                stack.extend(neighbours[key] - part)
        done |= part
        parts.append(part)
    parts.sort(key=len, reverse=True)  # stable: first seen first among equals
    return parts


def _spring(
    keys: Sequence[str], edges: Sequence[Edge], *, seed: int, iterations: int = 200
) -> list[tuple[float, float]]:
    """Fruchterman–Reingold positions in the unit square (as networkx computes them)."""
    import numpy as np

    n = len(keys)
    if n == 1:
        return [(0.5, 0.5)]
    if n == 2:
        return [(0.0, 0.5), (1.0, 0.5)]
    index = {key: i for i, key in enumerate(keys)}
    weights = np.zeros((n, n))
    for edge in edges:
        i, j = index[edge.source], index[edge.target]
        weights[i, j] = weights[j, i] = 1 + math.log(edge.weight)
    rng = np.random.default_rng(seed)
    angle = np.linspace(0, 2 * math.pi, n, endpoint=False)
    pos = np.column_stack([np.cos(angle), np.sin(angle)]) * 0.5 + rng.random((n, 2)) * 0.05
    k = 1.5 * math.sqrt(1.0 / n)  # more room than networkx gives: labels need it
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=-1), 0.01)
        force = k * k / distance**2 - weights * distance / k
        displacement = np.einsum("ijk,ij->ik", delta, force)
        length = np.maximum(np.linalg.norm(displacement, axis=-1), 0.01)
        pos += displacement * (temperature / length)[:, None]
        temperature -= cooling
    pos -= pos.min(axis=0)
    pos /= max(float(pos.max()), 1e-9)
    return [(float(x), float(y)) for x, y in pos]


def draw_network(graph: Graph, *, title: str = "", fmt: str = "png", seed: int = 7) -> bytes:
    """The graph drawn with its labels: node size by degree, edge width by weight."""
    if not graph.edges:
        raise NetworkError("nothing to draw: no two names appear in the same article")
    from matplotlib.collections import LineCollection

    from newsx.analysis.charts import canvas, render

    positions = layout(graph, seed=seed)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x, span_y = max(xs) - min(xs) or 1.0, max(ys) - min(ys) or 1.0
    width = min(16.0, max(7.0, 2.2 * span_x + 2))
    height = min(16.0, max(4.0, width * span_y / span_x + 0.8))
    degree = graph.degree()
    most = max(degree.values())
    heaviest = max(edge.weight for edge in graph.edges)
    colours = {OFFICIAL: "#4C78A8", PROJECT: "#F58518"}
    with canvas(width, height) as fig:
        ax = fig.add_subplot()
        ax.set_axis_off()
        segments = [(positions[e.source], positions[e.target]) for e in graph.edges]
        ax.add_collection(
            LineCollection(
                segments,
                linewidths=[0.6 + 2.4 * (e.weight - 1) / max(heaviest - 1, 1) for e in graph.edges],
                colors="#9a9a9a",
                alpha=0.55,
                zorder=1,
            )
        )
        for kind in (OFFICIAL, PROJECT):
            shown = [node for node in graph.nodes if node.kind == kind]
            if not shown:
                continue
            ax.scatter(
                [positions[n.key][0] for n in shown],
                [positions[n.key][1] for n in shown],
                s=[40 + 260 * degree[n.key] / most for n in shown],
                c=colours[kind],
                marker="o" if kind == OFFICIAL else "s",
                edgecolors="white",
                linewidths=0.8,
                zorder=2,
                label="officials" if kind == OFFICIAL else "projects",
            )
        for node in graph.nodes:
            x, y = positions[node.key]
            ax.annotate(
                _short(node.label),
                (x, y),
                xytext=(0, 7 + 5 * degree[node.key] / most),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=10,
                zorder=3,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7},
            )
        ax.margins(0.06)
        if title:
            ax.set_title(title, loc="left")
        if any(node.kind == PROJECT for node in graph.nodes):
            ax.legend(loc="lower right", frameon=False, markerscale=0.6)
        picture: bytes = render(fig, fmt)
    return picture


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"
