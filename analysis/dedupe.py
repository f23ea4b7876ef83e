"""Near-duplicate articles: syndicated copies of one report, found without comparing all pairs.

A report is reprinted by the city paper, the district site and a portal with a
new headline, a paragraph dropped or another byline. Two articles are copies
when the sets of their character 5-grams ("shingles", punctuation and spaces
left out) overlap with a Jaccard similarity of at least the threshold (default
0.8: four in five of all their distinct 5-grams shared). A copy that drops one of
five equal paragraphs keeps J = 0.8; unrelated articles of the same genre share
boilerplate but stay below 0.1.

How, and why this way:

- **MinHash, not SimHash.** MinHash estimates exactly the Jaccard similarity the
  threshold is stated in, and its LSH banding gives a tunable, documented
  recall curve. SimHash estimates cosine similarity of weighted features and
  needs permuted-table Hamming search; its threshold is harder to explain.
- **One permutation hashing with optimal densification** (Li, Owen & Zhang
  2012; Shrivastava 2017): each shingle is hashed once to 64 bits; the top 7
  bits pick one of 128 bins, the rest compete for the bin's minimum. Empty bins
  (short texts) borrow from a fixed probe sequence of other bins. Two
  fingerprints agree in a bin with probability J, like classic 128-hash MinHash,
  at 1/128 of its cost: about 0.15 ms for a 900-character article with numpy.
- **Stable across processes and runs.** Hashes are computed from Unicode code
  points with fixed multipliers and the splitmix64 finaliser — never Python's
  `hash()`, which is salted per process — so fingerprints made in worker
  processes (or on a Dask cluster) compare correctly in the parent.
- **LSH banding, never all pairs.** The 128 values are cut into b bands of r
  rows; articles sharing one whole band are candidates, and a candidate is a
  copy when its estimated Jaccard (the share of equal bins) reaches the
  threshold. r is the largest for which a pair exactly at the threshold is a
  candidate with probability >= 0.95. The default 0.8 gives 18 bands of 7 rows:
  pairs at J = 0.8 are candidates 98.6% of the time, at J = 0.9 99.999%, at
  J = 0.3 0.4%, at J = 0.1 two in a million; so the work grows with the number
  of articles, not of pairs. (Thresholds below about 0.6 make many more
  candidates; the command accepts 0.5 to 1.)
- **First seen wins.** Articles are checked in input order; a copy is reported
  against the first article of its cluster and is not indexed itself, so each
  cluster is that first article and the articles at least `threshold` similar
  to it (a copy of a copy that has drifted further starts its own cluster).

Fingerprint estimates have a standard error of about 0.035 near J = 0.8, so
pairs within a few hundredths of the threshold may fall either side.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from newsx.analysis.tasks import Articles, Config, Unit

K = TypeVar("K", bound=Hashable)

SHINGLE = 5  # characters per shingle
BINS = 128  # fingerprint values
DEFAULT_THRESHOLD = 0.8
RECALL_AT_THRESHOLD = 0.95
_PROBES = 256  # densification: bins tried for an empty bin before the fallback


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Fingerprint:
    """128 MinHash values (little-endian uint32) and the number of shingles hashed."""

    values: bytes
    shingles: int

    @property
    def empty(self) -> bool:
        """No letters or digits at all: never a copy of anything."""
        return self.shingles == 0


_PRIME = 0x100000001B3  # FNV-1a 64-bit prime: the polynomial base for shingle codes
_GOLDEN = 0x9E3779B97F4A7C15  # splitmix64's increment
_numpy_cache: dict[str, Any] = {}


def _tables() -> dict[str, Any]:
    """numpy and fixed tables, made on first use (importing this module costs nothing)."""
    if not _numpy_cache:
        import numpy as np

        counter = np.arange(BINS * (_PROBES + 1), dtype=np.uint64) * np.uint64(_GOLDEN)
        mixed = _mix(np, counter + np.uint64(_GOLDEN))  # splitmix64(0), splitmix64(1), ...
        # For empty bin i, the bins to copy from, in order: the same for every text.
        probes = (mixed[: BINS * _PROBES] % np.uint64(BINS)).astype(np.intp)
        _numpy_cache["probes"] = probes.reshape(BINS, _PROBES)
        _numpy_cache["band_multipliers"] = mixed[BINS * _PROBES :] | np.uint64(1)
        _numpy_cache["np"] = np
    return _numpy_cache


def fingerprint(text: str | _HasText) -> Fingerprint:
    """The MinHash fingerprint of a text (or of an `Article`'s headline and body).

    Letters and digits only (NFKC-style: full-width ASCII folded, Latin
    lower-cased); punctuation, spaces and symbols are left out, so copies that
    differ in punctuation width or line layout fingerprint alike.
    """
    if not isinstance(text, str):
        text = text.text
    t = _tables()
    np = t["np"]
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = np.where((codes >= 0xFF01) & (codes <= 0xFF5E), codes - 0xFEE0, codes)  # ＡＢ１２
    codes = np.where((codes >= 0x41) & (codes <= 0x5A), codes + 0x20, codes)  # A-Z
    keep = (
        ((codes >= 0x30) & (codes <= 0x39))  # 0-9
        | ((codes >= 0x61) & (codes <= 0x7A))  # a-z
        | ((codes >= 0xC0) & (codes < 0x2000) & (codes != 0xD7) & (codes != 0xF7))
        | (codes == 0x3007)  # 〇
        | ((codes >= 0x3040) & ((codes < 0xFE10) | (codes > 0xFFEF)))  # kana, CJK…
    )
    codes = codes[keep].astype(np.uint64)
    count = max(len(codes) - SHINGLE + 1, 1 if len(codes) else 0)
    if count == 0:
        return Fingerprint(b"\xff" * 4 * BINS, 0)
    width = min(SHINGLE, len(codes))
    hashes = codes[:count].copy()
    prime = np.uint64(_PRIME)
    for j in range(1, width):
        hashes *= prime
        hashes += codes[j : j + count]
    hashes = _mix(np, hashes)
    bins = (hashes >> np.uint64(57)).astype(np.intp)
    values = np.full(BINS, 0xFFFFFFFF, dtype=np.uint32)
    np.minimum.at(values, bins, (hashes & np.uint64(0xFFFFFFFF)).astype(np.uint32))
    filled = np.zeros(BINS, dtype=bool)
    filled[bins] = True
    if not filled.all():
        values = _densify(np, t["probes"], values, filled)
    return Fingerprint(values.astype("<u4").tobytes(), count)


def _mix(np: Any, x: Any) -> Any:
    """splitmix64's finaliser over a uint64 array (wrapping arithmetic)."""
    x ^= x >> np.uint64(30)
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return x


def _densify(np: Any, probes: Any, values: Any, filled: Any) -> Any:
    """Fill each empty bin from the first filled bin of its fixed probe sequence."""
    empty = np.flatnonzero(~filled)
    candidates = probes[empty]  # (empty bins, probes)
    hit = filled[candidates]
    first = hit.argmax(axis=1)
    found = hit[np.arange(len(empty)), first]
    source = candidates[np.arange(len(empty)), first]
    out = values.copy()
    out[empty[found]] = values[source[found]]
    for i in empty[~found]:  # very short texts: the next filled bin, cyclically
        j = int(i)
        while not filled[j]:
            j = (j + 1) % BINS
        out[i] = values[j]
    return out


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets (0 to 1)."""
    if a.empty or b.empty:
        return 0.0
    np = _tables()["np"]
    left = np.frombuffer(a.values, dtype="<u4")
    right = np.frombuffer(b.values, dtype="<u4")
    return int(np.count_nonzero(left == right)) / BINS


def bands_for(threshold: float) -> tuple[int, int]:
    """(bands, rows): the most rows per band that still find a pair at `threshold`
    with probability RECALL_AT_THRESHOLD."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be above 0 and at most 1, not {threshold}")
    best = (BINS, 1)
    for rows in range(1, BINS + 1):
        bands = BINS // rows
        if 1 - (1 - threshold**rows) ** bands >= RECALL_AT_THRESHOLD:
            best = (bands, rows)
    return best


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """Chance that a pair of this Jaccard similarity shares at least one band."""
    return 1 - (1 - similarity**rows) ** bands


@dataclass(frozen=True)
class Match(Generic[K]):
    key: K  # the first article of the cluster this one copies
    similarity: float


class NearDuplicates(Generic[K]):
    """An index of articles seen so far; `check` tells whether a new one copies one of them.

    Keys are whatever names an article for the caller ((file, number) pairs, ids).
    Only first copies (cluster heads) are indexed: memory grows with distinct
    articles, about 1.7 kB each (170 MB for 100,000).
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self.bands, self.rows = bands_for(threshold)
        self._keys: list[K] = []
        self._values: list[bytes] = []
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in range(self.bands)]
        self._needed = math.ceil(threshold * BINS - 1e-9)  # equal bins for a copy
        self._multipliers = _tables()["band_multipliers"][: self.rows]

    def __len__(self) -> int:
        return len(self._keys)

    def match(self, key: K, fp: Fingerprint) -> Match[K] | None:
        """The earlier article `fp` copies (most similar, then first seen), or None.

        An article that is no copy is added to the index under `key`.
        """
        if fp.empty:
            return None
        band_keys = self._band_keys(fp)
        candidates: set[int] = set()
        for buckets, band in zip(self._buckets, band_keys, strict=True):
            found = buckets.get(band)
            if found is not None:
                if isinstance(found, int):
                    candidates.add(found)
                else:
                    candidates.update(found)
        best = self._best(fp, candidates) if candidates else None
        if best is not None:
            return best
        number = len(self._keys)
        self._keys.append(key)
        self._values.append(fp.values)
        for buckets, band in zip(self._buckets, band_keys, strict=True):
            found = buckets.get(band)
            if found is None:
                buckets[band] = number
            elif isinstance(found, int):
                buckets[band] = [found, number]
            else:
                found.append(number)
        return None

    def check(self, key: K, fp: Fingerprint) -> K | None:
        """The key of the earlier article this one copies, or None (then it is added)."""
        found = self.match(key, fp)
        return None if found is None else found.key

    def _band_keys(self, fp: Fingerprint) -> list[int]:
        """Each band's values hashed to one int (a dot product with fixed odd multipliers):
        smaller dict keys than the values themselves; a collision only adds a candidate."""
        np = _tables()["np"]
        values = np.frombuffer(fp.values, dtype="<u4", count=self.bands * self.rows)
        keys: list[int] = (values.reshape(self.bands, self.rows) @ self._multipliers).tolist()
        return keys

    def _best(self, fp: Fingerprint, candidates: set[int]) -> Match[K] | None:
        np = _tables()["np"]
        order = sorted(candidates)
        mine = np.frombuffer(fp.values, dtype="<u4")
        theirs = np.frombuffer(b"".join(self._values[i] for i in order), dtype="<u4")
        equal = (theirs.reshape(len(order), BINS) == mine).sum(axis=1)
        at = int(equal.argmax())  # the first of the most similar
        if int(equal[at]) < self._needed:
            return None
        return Match(self._keys[order[at]], int(equal[at]) / BINS)


@dataclass(frozen=True)
class Cluster(Generic[K]):
    """An article and its near-copies, in input order; similarities to the first."""

    keys: tuple[K, ...]
    similarities: tuple[float, ...]


def clusters(
    items: Iterable[tuple[K, Fingerprint]], *, threshold: float = DEFAULT_THRESHOLD
) -> list[Cluster[K]]:
    """The clusters of two or more near-copies among `items` (in input order).

    Clusters come in the order of their first article.
    """
    index: NearDuplicates[K] = NearDuplicates(threshold)
    position: dict[K, int] = {}
    copies: dict[K, list[tuple[K, float]]] = {}
    for number, (key, fp) in enumerate(items):
        found = index.match(key, fp)
        if found is None:
            position[key] = number
        else:
            copies.setdefault(found.key, []).append((key, found.similarity))
    heads = sorted(copies, key=position.__getitem__)
    return [
        Cluster((head, *(k for k, _ in copies[head])), (1.0, *(s for _, s in copies[head])))
        for head in heads
    ]


# -- the task each worker runs on one unit of input ----------------------------------
def article_fingerprints(config: Config, unit: Unit) -> Articles[None]:
    """The fingerprint (and date) of every article of a unit in the config's date range."""
    from dataclasses import replace

    from newsx.analysis.articles import split_articles
    from newsx.analysis.tasks import Articles, Item, scoped

    config = replace(config, scope=replace(config.scope, dedupe=True))
    found = split_articles(unit.text)
    items = [
        Item(article.index, article.title, date, fp, None)
        for article, date, fp in scoped(config, unit, found)
    ]
    return Articles(items, len(found))
