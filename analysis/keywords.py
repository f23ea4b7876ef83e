"""Keyword ranking: frequency, TF-IDF and TextRank over counted words.

Counting is separate from ranking so a corpus can be counted in pieces (in
parallel, or on a cluster) and ranked once: :class:`WordCounts` add up.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from newsx.analysis.errors import InputError

METHODS = ("tfidf", "freq", "textrank")
# Parts of speech TextRank keeps (jieba's default: place names, nouns, verbal nouns, verbs).
TEXTRANK_POS = frozenset({"ns", "n", "vn", "v", "nr", "nz", "nt"})
TEXTRANK_WINDOW = 5
_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_NUMBERLIKE = re.compile(
    r"^[\d０-９.．,，%％]+[万亿千百十]?$|^[零一二三四五六七八九十百千万亿两]+$"
)


@dataclass(frozen=True)
class Keyword:
    word: str
    score: float
    count: int


@dataclass
class WordCounts:
    """Counts of content words over some text; `+=` merges two."""

    counts: Counter[str] = field(default_factory=Counter)
    doc_freq: Counter[str] = field(default_factory=Counter)  # articles containing the word
    docs: int = 0
    edges: Counter[tuple[str, str]] = field(default_factory=Counter)  # TextRank co-occurrence

    def __iadd__(self, other: WordCounts) -> WordCounts:
        self.counts.update(other.counts)
        self.doc_freq.update(other.doc_freq)
        self.docs += other.docs
        self.edges.update(other.edges)
        return self


@dataclass(frozen=True)
class Filter:
    """Which tokens count as words worth ranking."""

    stopwords: frozenset[str]
    min_len: int = 2

    def keeps(self, word: str) -> bool:
        return (
            len(word) >= self.min_len
            and word not in self.stopwords
            and _WORDLIKE.search(word) is not None
            and not _NUMBERLIKE.match(word)
        )

    def judge(self, words: Iterable[str]) -> dict[str, bool]:
        """Verdicts on the words, each distinct word judged once per process."""
        judged = _judged.setdefault(self, {})
        if len(judged) > _MAX_JUDGED:
            judged.clear()  # a bound on memory over a huge vocabulary
        for word in words:
            if word not in judged:
                judged[word] = self.keeps(word)
        return judged


# Each filter's past decisions (kept, left out), per process.
_judged: dict[Filter, dict[str, bool]] = {}
_MAX_JUDGED = 500_000


def count_words(words: Iterable[str], word_filter: Filter) -> WordCounts:
    """Counts for one article's tokens."""
    return count_articles([words], word_filter)


def count_articles(
    articles: Iterable[Iterable[str]], word_filter: Filter, *, doc_freq: bool = True
) -> WordCounts:
    """Counts summed over several articles' tokens."""
    tally = Tally(doc_freq=doc_freq)
    for words in articles:
        tally.add(words)
    return tally.counted(word_filter)


class Tally:
    """Tokens counted as they come, at C speed; the filter judges each distinct
    word once, at the end. Without `doc_freq` (only IDF from the inputs needs
    document frequencies) counting is half the work."""

    def __init__(self, *, doc_freq: bool = True) -> None:
        self.counts: Counter[str] = Counter()
        self.documents: Counter[str] | None = Counter() if doc_freq else None
        self.docs = 0

    def add(self, words: Iterable[str]) -> None:
        """One article's tokens."""
        if self.documents is None:
            self.counts.update(words)
        else:
            listed = list(words)
            self.counts.update(listed)
            self.documents.update(set(listed))
        self.docs += 1

    def counted(self, word_filter: Filter) -> WordCounts:
        judged = word_filter.judge(self.counts)
        kept = Counter({w: c for w, c in self.counts.items() if judged[w]})
        documents = self.documents or Counter()
        frequencies = Counter({w: c for w, c in documents.items() if judged[w]})
        return WordCounts(kept, frequencies, self.docs)


def count_tagged(tagged: Sequence[tuple[str, str]], word_filter: Filter) -> WordCounts:
    """Counts for one article's (word, flag) tokens, with TextRank's graph."""
    result = count_words((w for w, _ in tagged), word_filter)
    result.edges = cooccurrences(tagged, word_filter)
    return result


def cooccurrences(
    tagged: Sequence[tuple[str, str]], word_filter: Filter
) -> Counter[tuple[str, str]]:
    """jieba's TextRank graph: word pairs within a window of 5 tokens."""
    judged = word_filter.judge(w for w, flag in tagged if flag in TEXTRANK_POS)
    edges: Counter[tuple[str, str]] = Counter()
    for i, (word, flag) in enumerate(tagged):
        if flag not in TEXTRANK_POS or not judged[word]:
            continue
        for other, other_flag in tagged[i + 1 : i + TEXTRANK_WINDOW]:
            if other_flag in TEXTRANK_POS and judged[other] and other != word:
                edges[(word, other) if word < other else (other, word)] += 1
    return edges


def rank(
    counts: WordCounts,
    *,
    method: str = "tfidf",
    top: int = 20,
    idf: Mapping[str, float] | None = None,
) -> list[Keyword]:
    """The top words of counted text by `method`.

    tfidf uses `idf` (jieba's table by default; pass :func:`corpus_idf` to weigh by
    the inputs themselves); freq scores a word by its share of all counted words;
    textrank runs PageRank over the co-occurrence graph, scores scaled to max 1.
    """
    total = sum(counts.counts.values())
    if not total:
        return []
    if method == "freq":
        scores = {w: c / total for w, c in counts.counts.items()}
    elif method == "tfidf":
        table: Mapping[str, float]
        if idf is None:
            table, default = jieba_idf().lookup(counts.counts), jieba_idf().median
        else:
            table, default = idf, max(idf.values(), default=1.0)
        scores = {w: c / total * table.get(w, default) for w, c in counts.counts.items()}
    elif method == "textrank":
        scores = pagerank(counts.edges)
    else:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    best = sorted(scores.items(), key=lambda item: (-item[1], -counts.counts[item[0]], item[0]))
    return [Keyword(w, s, counts.counts[w]) for w, s in best[:top]]


def corpus_idf(counts: WordCounts) -> dict[str, float]:
    """IDF computed from the articles counted: the corpus is its own baseline."""
    n = max(counts.docs, 1)
    return {w: math.log((n + 1) / (df + 1)) + 1 for w, df in counts.doc_freq.items()}


def pagerank(
    edges: Mapping[tuple[str, str], int], *, damping: float = 0.85, iterations: int = 10
) -> dict[str, float]:
    """Weighted undirected PageRank as jieba's TextRank computes it, scaled to max 1."""
    neighbours: dict[str, list[tuple[str, int]]] = {}
    for (a, b), weight in edges.items():
        neighbours.setdefault(a, []).append((b, weight))
        neighbours.setdefault(b, []).append((a, weight))
    if not neighbours:
        return {}
    out_weight = {w: sum(wt for _, wt in ns) for w, ns in neighbours.items()}
    score = dict.fromkeys(neighbours, 1.0 / len(neighbours))
    for _ in range(iterations):
        score = {
            w: (1 - damping) + damping * sum(score[o] * wt / out_weight[o] for o, wt in ns)
            for w, ns in neighbours.items()
        }
    top = max(score.values())
    return {w: s / top for w, s in score.items()}


class JiebaIdf:
    """jieba's IDF table (270,000 words), looked up word by word from SQLite.

    Building a dict of the whole table costs ~0.3 s at every start; a ranking
    needs only the words it counted. The database is made once from jieba's
    idf.txt in the per-user cache and remade when that file changes.
    """

    def __init__(self) -> None:
        import importlib.util
        import sqlite3

        from newsx.analysis.cache import cache_path

        spec = importlib.util.find_spec("jieba")
        assert spec is not None and spec.origin is not None
        source = Path(spec.origin).parent / "analyse" / "idf.txt"
        path = cache_path("jieba-idf", source, ".sqlite")
        if not path.exists():
            _build_idf_db(source, path)
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        (self.median,) = self._db.execute("SELECT value FROM meta WHERE key = 'median'").fetchone()

    def lookup(self, words: Iterable[str]) -> dict[str, float]:
        found: dict[str, float] = {}
        batch = list(words)
        for start in range(0, len(batch), 900):  # SQLite's limit on bound parameters
            chunk = batch[start : start + 900]
            marks = ",".join("?" * len(chunk))
            found.update(
                self._db.execute(f"SELECT word, value FROM idf WHERE word IN ({marks})", chunk)
            )
        return found


def _build_idf_db(source: Path, path: Path) -> None:
    import os
    import sqlite3

    rows = []
    with source.open(encoding="utf-8") as f:
        for line in f:
            word, _, value = line.strip().rpartition(" ")
            if word:
                rows.append((word, float(value)))
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    db = sqlite3.connect(tmp)
    db.execute("CREATE TABLE idf (word TEXT PRIMARY KEY, value REAL) WITHOUT ROWID")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value REAL)")
    db.executemany("INSERT OR REPLACE INTO idf VALUES (?, ?)", rows)
    db.execute("INSERT INTO meta VALUES ('median', ?)", (_median(v for _, v in rows),))
    db.commit()
    db.close()
    os.replace(tmp, path)  # atomic: a concurrent run sees the old file or the new one


@cache
def jieba_idf() -> JiebaIdf:
    return JiebaIdf()


@cache
def builtin_stopwords() -> frozenset[str]:
    text = resources.files("newsx.analysis").joinpath("data/stopwords.txt").read_text("utf-8")
    return frozenset(_words(text))


def read_stopwords(path: Path) -> frozenset[str]:
    try:
        return frozenset(_words(path.read_text(encoding="utf-8-sig")))
    except (OSError, UnicodeDecodeError) as error:
        reason = "not UTF-8" if isinstance(error, UnicodeDecodeError) else error.strerror
        raise InputError(f"{path}: cannot read stop words ({reason})") from None


def _words(text: str) -> Iterable[str]:
    for line in text.splitlines():
        if not line.startswith("#"):
            yield from line.split()


def _median(values: Iterable[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 1.0
