"""Benchmarks: newsx against plain jieba, measured side by side in one run.

    python bench/run.py            # 1 article, ~10 MB and ~200 MB (about 40 minutes)
    python bench/run.py --quick    # 1 article and ~10 MB only (a few minutes)

Corpora are built at run time (never committed) from the SIGHAN 2005 bakeoff's
news text in ../shared/data/icwb2 plus the sample articles, repeated to size with
the sentences of every repetition shuffled across lines (so no line repeats), as
one big file and as many small files. Every figure is the median of --repeat runs
of the real command line; peak RSS is the largest sum of the resident memory of
the command's whole process tree, sampled every 20 ms. Ratios compare against the
baselines measured in the same run: `python -m jieba` on the same input, and
plain jieba in one process (`jieba.lcut` over the lines). The table is printed
and written to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = Path(os.environ.get("NEWSX_SHARED", ROOT.parent / "shared"))
CORPORA = HERE / "corpora"
SEED = ROOT / "samples" / "000_0429a0f6955e58f0.txt"
MB = 1_000_000
FILE_BYTES = 6_000  # size of each file in the "many files" shape
PY = sys.executable
JIEBA_LCUT = (
    "import sys, jieba; jieba.setLogLevel(60)\n"
    "for line in open(sys.argv[1], encoding='utf-8'):\n"
    "    jieba.lcut(line.rstrip('\\n'))\n"
)


@dataclass
class Measure:
    label: str
    corpus: str
    shape: str
    mb: float
    wall: float  # median seconds
    rss: float  # median peak MB
    runs: int

    @property
    def rate(self) -> float:
        return self.mb / self.wall if self.wall else 0.0


def build_corpus(size_mb: float) -> tuple[Path, Path]:
    """(one big file, a folder of many files) of about size_mb, made once and reused."""
    name = f"{size_mb:g}mb"
    big = CORPORA / name / "big.txt"
    many = CORPORA / name / "many"
    if big.exists() and many.is_dir():
        return big, many
    bakeoff = SHARED / "data" / "icwb2"
    sources = [bakeoff / "pku_test.utf8", bakeoff / "msr_test.utf8"]
    if not all(p.exists() for p in sources):
        sys.exit(f"bench needs the bakeoff text in {bakeoff}")
    block = "".join(p.read_text(encoding="utf-8").replace("\r\n", "\n") for p in sources)
    block += "".join(
        p.read_text(encoding="utf-8") + "\n\n" for p in sorted((ROOT / "samples").glob("*.txt"))
    )
    target = int(size_mb * MB)
    big.parent.mkdir(parents=True, exist_ok=True)
    with big.open("wb") as f:
        written, copy = 0, 0
        while written < target:
            chunk = (block if copy == 0 else _reshuffled(block, seed=copy)).encode("utf-8")
            if target - written < len(chunk):
                chunk = chunk[: chunk.rfind(b"\n", 0, target - written) + 1]
                if not chunk:
                    break
            f.write(chunk)
            written += len(chunk)
            copy += 1
    many.mkdir(exist_ok=True)
    with big.open("rb") as f:
        number = 0
        while piece := f.read(FILE_BYTES):
            piece += f.readline()
            (many / f"{number:06d}.txt").write_bytes(piece)
            number += 1
    return big, many


_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]?")


def _reshuffled(block: str, *, seed: int) -> str:
    """The block's sentences shuffled across its lines, line lengths kept.

    A repeated corpus would let any cache of repeated lines flatter newsx; real
    archives repeat phrases, not whole paragraphs.
    """
    lines = [[s for s in _SENTENCE.findall(line) if s] for line in block.split("\n")]
    pool = [s for line in lines for s in line]
    random.Random(seed).shuffle(pool)
    out, used = [], 0
    for line in lines:
        out.append("".join(pool[used : used + len(line)]))
        used += len(line)
    return "\n".join(out) + "\n"


def measure(command: list[str], *, stdin: Path | None = None, repeat: int) -> tuple[float, float]:
    """Median wall seconds and median peak RSS (MB, whole process tree) of a command."""
    walls, peaks = [], []
    for _ in range(repeat):
        # stderr to a file, not a pipe: a pipe nobody reads while the command runs fills
        # up (64 KB of `projects` count warnings at 200 MB) and the command waits forever.
        with (
            open(stdin, "rb") if stdin else open(os.devnull, "rb") as source,
            tempfile.TemporaryFile() as errors,
        ):
            start = time.perf_counter()
            proc = subprocess.Popen(command, stdin=source, stdout=subprocess.DEVNULL, stderr=errors)
            peak = 0
            while proc.poll() is None:
                peak = max(peak, _tree_rss(proc.pid))
                time.sleep(0.02)
            wall = time.perf_counter() - start
            if proc.returncode != 0:
                errors.seek(0)
                err = errors.read().decode(errors="replace")
                raise SystemExit(f"failed ({proc.returncode}): {' '.join(command)}\n{err}")
        walls.append(wall)
        peaks.append(peak / MB)
    return statistics.median(walls), statistics.median(peaks)


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (from /proc)."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def newsx(*args: str | Path) -> list[str]:
    return [PY, "-m", "newsx", *map(str, args)]


def run(sizes: list[float], repeat: int, big_repeat: int) -> list[Measure]:
    results: list[Measure] = []

    def add(
        label: str,
        corpus: str,
        shape: str,
        mb: float,
        cmd: list[str],
        reps: int,
        stdin: Path | None = None,
    ) -> Measure:
        wall, rss = measure(cmd, stdin=stdin, repeat=reps)
        m = Measure(label, corpus, shape, mb, wall, rss, reps)
        results.append(m)
        print(
            f"  {label:<28} {corpus:>8} {shape:<6} {wall:8.2f} s {m.rate:7.2f} MB/s {rss:7.0f} MB",
            flush=True,
        )
        return m

    seed_mb = SEED.stat().st_size / MB
    print("== 1 article (start-up)")
    add("python -m jieba", "1 art", "file", seed_mb, [PY, "-m", "jieba", "-q", str(SEED)], repeat)
    add(
        "jieba.lcut (1 process)",
        "1 art",
        "file",
        seed_mb,
        [PY, "-c", JIEBA_LCUT, str(SEED)],
        repeat,
    )
    for command in ("segment", "keywords", "officials", "projects", "articles"):
        add(f"newsx {command}", "1 art", "file", seed_mb, newsx(command, SEED), repeat)
    cloud_png = CORPORA / "cloud.png"
    add("newsx cloud", "1 art", "file", seed_mb, newsx("cloud", SEED, "-o", cloud_png), repeat)
    report_html = CORPORA / "report.html"
    add("newsx report", "1 art", "file", seed_mb, newsx("report", SEED, "-o", report_html), repeat)

    for size in sizes:
        big, many = build_corpus(size)
        mb = big.stat().st_size / MB
        name = f"{size:g} MB"
        reps = big_repeat if size >= 100 else repeat
        print(f"== {name}: {mb:.1f} MB, {len(list(many.iterdir()))} files")
        add("python -m jieba", name, "file", mb, [PY, "-m", "jieba", "-q", str(big)], reps)
        add("jieba.lcut (1 process)", name, "file", mb, [PY, "-c", JIEBA_LCUT, str(big)], reps)
        for command in ("segment", "keywords"):
            add(f"newsx {command}", name, "file", mb, newsx(command, big), reps)
            add(f"newsx {command}", name, "files", mb, newsx(command, many), reps)
            add(f"newsx {command}", name, "stdin", mb, newsx(command, "-"), reps, stdin=big)
        for command in ("officials", "projects", "articles"):
            add(f"newsx {command}", name, "files", mb, newsx(command, many), reps)
        if size < 100:
            add("newsx cloud", name, "files", mb, newsx("cloud", many, "-o", cloud_png), reps)
            add("newsx report", name, "files", mb, newsx("report", many, "-o", report_html), reps)
    return results


def table(results: list[Measure]) -> str:
    base: dict[tuple[str, str], Measure] = {}
    for m in results:
        if m.label in ("python -m jieba", "jieba.lcut (1 process)"):
            base[(m.label, m.corpus)] = m
    lines = [
        "| command | corpus | input | median wall (s) | MB/s | peak RSS (MB) "
        "| speed × `python -m jieba` | speed × `jieba.lcut` | runs |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for m in results:
        cli = base.get(("python -m jieba", m.corpus))
        lcut = base.get(("jieba.lcut (1 process)", m.corpus))
        x_cli = f"{cli.wall / m.wall:.2f}" if cli else ""
        x_lcut = f"{lcut.wall / m.wall:.2f}" if lcut else ""
        lines.append(
            f"| {m.label} | {m.corpus} | {m.shape} | {m.wall:.2f} | {m.rate:.2f} | {m.rss:.0f} "
            f"| {x_cli} | {x_lcut} | {m.runs} |"
        )
    return "\n".join(lines)


def targets(results: list[Measure]) -> str:
    """The figures the targets are stated in, computed from this run."""

    def find(label: str, corpus: str, shape: str = "file") -> Measure | None:
        return next(
            (m for m in results if (m.label, m.corpus, m.shape) == (label, corpus, shape)), None
        )

    out = []
    jieba_1 = find("python -m jieba", "1 art")
    kw_1 = find("newsx keywords", "1 art")
    if jieba_1 and kw_1:
        out.append(
            f"- start-up: `newsx keywords` on one article takes {kw_1.wall / jieba_1.wall:.2f}× "
            f"the wall time of `python -m jieba` (target ≤ 0.75)"
        )
    corpora = sorted(
        {m.corpus for m in results if m.corpus != "1 art"}, key=lambda c: float(c.split()[0])
    )
    for corpus in corpora:
        jieba = find("python -m jieba", corpus)
        for command in ("segment", "keywords"):
            for shape in ("file", "files", "stdin"):
                m = find(f"newsx {command}", corpus, shape)
                if jieba and m:
                    out.append(
                        f"- {corpus}, {shape}: `newsx {command}` is {jieba.wall / m.wall:.1f}× "
                        f"faster than `python -m jieba`"
                    )
        seg = find("newsx segment", corpus, "files")
        off = find("newsx officials", corpus, "files")
        if seg and off:
            out.append(
                f"- {corpus}: `officials` takes {off.wall / seg.wall:.2f}× the time of `segment` "
                "(target ≤ 1.3)"
            )
        for command in ("segment", "keywords", "officials", "projects"):
            peak = max(
                (m.rss for m in results if m.corpus == corpus and m.label == f"newsx {command}"),
                default=None,
            )
            if peak is not None:
                out.append(
                    f"- {corpus}: peak RSS of `{command}` {peak:.0f} MB (target ≤ 500 at 200 MB)"
                )
    if len(corpora) >= 2:
        small, large = corpora[0], corpora[-1]
        for command in ("segment", "keywords"):
            a, b = find(f"newsx {command}", small), find(f"newsx {command}", large)
            if a and b:
                per_small, per_large = a.wall / a.mb, b.wall / b.mb
                out.append(
                    f"- scaling: `{command}` time per MB at {large} is "
                    f"{per_large / per_small:.2f}× that at {small} (target ≤ 1.2)"
                )
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="1 article and ~10 MB only")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (default 3)")
    parser.add_argument("--big-repeat", type=int, default=3, help="runs per figure at 200 MB")
    parser.add_argument("--clean", action="store_true", help="rebuild the corpora")
    args = parser.parse_args()
    if args.clean:
        shutil.rmtree(CORPORA, ignore_errors=True)
    CORPORA.mkdir(exist_ok=True)
    # Byte-code as a user has it (pip compiles a wheel at install): an editable
    # install under PYTHONDONTWRITEBYTECODE would compile newsx at every start.
    compileall.compile_dir(ROOT / "analysis", quiet=1)
    compileall.compile_dir(ROOT / "cli", quiet=1)
    compileall.compile_file(ROOT / "__init__.py", quiet=1)
    compileall.compile_file(ROOT / "__main__.py", quiet=1)
    sizes = [10.0] if args.quick else [10.0, 200.0]
    started = time.strftime("%Y-%m-%d %H:%M")
    results = run(sizes, args.repeat, args.big_repeat)
    cpu = os.cpu_count()
    how = "python bench/run.py" + (" --quick" if args.quick else "")
    text = (
        f"# newsx benchmarks\n\nRun {started} by `{how}` "
        f"on {platform.machine()}, {cpu} cores, Python {platform.python_version()}.\n"
        f"Medians of {args.repeat} runs ({args.big_repeat} at 200 MB); "
        "baselines measured in the same run.\n\n"
        f"## Targets\n\n{targets(results)}\n\n## All figures\n\n{table(results)}\n"
    )
    (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
    print("\n" + text)


if __name__ == "__main__":
    main()
