"""How fast near-duplicate detection is: fingerprints per second, index time for N articles.

    python bench/dedupe_speed.py [N]          (default 100000)

Articles are made of random sentences of the samples (same genre, shared
boilerplate); every 50th is an earlier article with its last 8% cut, a copy the
index must find. Runs on one core; rates are per CPU second (process time), so a
busy machine does not distort them.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

from newsx.analysis.dedupe import NearDuplicates, fingerprint

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def corpus(count: int, seed: int = 1) -> tuple[list[str], dict[int, int]]:
    sentences = [
        s
        for path in sorted(SAMPLES.glob("*.txt"))
        for s in re.split("(?<=[。！？])", path.read_text(encoding="utf-8").replace("\n", ""))
        if len(s) > 8
    ]
    rnd = random.Random(seed)
    texts = ["".join(rnd.sample(sentences, 12)) for _ in range(count)]
    planted: dict[int, int] = {}
    for i in range(100, count, 50):
        j = rnd.randrange(0, i - 1)
        while j in planted:
            j = planted[j]
        texts[i] = texts[j][: len(texts[j]) * 92 // 100]
        planted[i] = j
    return texts, planted


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    texts, planted = corpus(count)
    chars = sum(map(len, texts)) / len(texts)
    started = time.process_time()
    prints = [fingerprint(text) for text in texts]
    took = time.process_time() - started
    print(
        f"fingerprints: {count / took:,.0f} articles per CPU second ({chars:.0f} characters each)"
    )
    index: NearDuplicates[int] = NearDuplicates()
    started = time.process_time()
    found = {i: j for i, fp in enumerate(prints) if (j := index.check(i, fp)) is not None}
    took = time.process_time() - started
    right = sum(found.get(i) == j for i, j in planted.items())
    print(
        f"index: {count:,} articles in {took:.1f} CPU s; {right} of {len(planted)} planted copies "
        f"found, {len(set(found) - set(planted))} other articles reported as copies"
    )


if __name__ == "__main__":
    main()
