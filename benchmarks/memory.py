"""Streaming memory: peak RSS of ``g60extract batch`` on 1,000 and on 10,000 stories.

    python benchmarks/memory.py [--sizes 1000 10000] [--jobs 1]

Each size runs as its own ``python -m g60extract batch`` process on the first N stories of the
corpus (repeated when N exceeds it); the batch summary reports the peak RSS of the main process
and of the largest worker (``-j 2``). Memory is flat when the larger run's peak is within 20 % of
the smaller one's.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "xwlb-2022-2024.jsonl"


def run(corpus: Path, n: int, jobs: int, work: Path) -> dict[str, Any]:
    src = work / f"first-{n}.jsonl"
    with corpus.open(encoding="utf-8") as fh, src.open("w", encoding="utf-8") as out:
        for i, line in enumerate(itertools.islice(itertools.cycle(fh), n)):
            if i >= 11_427:  # a repeated story: give it its own id
                story = json.loads(line)
                story["id"] = f"{story['id']}#{i}"
                line = json.dumps(story, ensure_ascii=False) + "\n"
            out.write(line)
    summary = work / f"summary-{n}.json"
    cmd = [sys.executable, "-m", "g60extract", "batch", str(src), "-o", str(work / f"out-{n}.jsonl"),
           "-j", str(jobs), "-q", "--overwrite", "--summary-json", str(summary)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    figures: dict[str, Any] = json.loads(summary.read_text(encoding="utf-8"))
    figures["wall_seconds"] = round(time.perf_counter() - t0, 1)
    return figures


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"jobs": args.jobs, "runs": {}}
    with tempfile.TemporaryDirectory(prefix="g60-memory-") as tmp:
        for n in args.sizes:
            r = run(args.corpus, n, args.jobs, Path(tmp))
            results["runs"][n] = r
            worker = f", largest worker {r['worker_peak_rss_mb']:.0f} MB" if r["worker_peak_rss_mb"] else ""
            print(f"{n:>7,} stories, -j {args.jobs}: peak RSS main {r['peak_rss_mb']:.0f} MB{worker}; "
                  f"{r['records']:,} records, {r['errors']} errors, {r['seconds']:.1f} s "
                  f"({r['processed'] / r['seconds']:.0f} articles/s)")
    small, large = (results["runs"][n] for n in (min(args.sizes), max(args.sizes)))
    key = "worker_peak_rss_mb" if args.jobs > 1 else "peak_rss_mb"
    growth = large[key] / small[key] - 1
    results["growth"] = round(growth, 4)
    print(f"peak RSS ({'largest worker' if args.jobs > 1 else 'the process'}) grows {growth:+.1%} "
          f"from {min(args.sizes):,} to {max(args.sizes):,} stories (limit +20 %)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
