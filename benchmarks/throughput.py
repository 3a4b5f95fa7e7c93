"""Throughput of the full pipeline against bare ``jieba.lcut``, and of ``-j 1`` against ``-j 2``.

    python benchmarks/throughput.py [--n 2000] [--corpus ../shared/corpora/xwlb-2022-2024.jsonl]

On the first N stories of the corpus (HTML reduced to text first, so every contender sees the
same texts), in one run:

* bare ``jieba.lcut`` (the process-global default dictionary) over the texts;
* the full pipeline, ``Extractor.extract`` over the same texts on one core, and the ratio
  full / jieba in articles per second;
* the batch job end to end (records → field mapping, HTML reduction, extraction, JSON line) with
  ``-j 1`` (in process) and ``-j 2`` (worker processes), timed after the workers have built their
  pipelines (start-up is reported apart), and the speed-up of ``-j 2`` over ``-j 1``;
* peak RSS of the main process and of each worker.

``--json FILE`` also writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "xwlb-2022-2024.jsonl"


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text(encoding="utf-8").split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    import jieba
    import spacy

    import g60extract

    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "os": f"{platform.system()} {platform.release()}", "g60extract": g60extract.__version__,
            "jieba": jieba.__version__, "spacy": spacy.__version__}


def rate(n: int, chars: int, seconds: float) -> dict[str, float]:
    return {"seconds": round(seconds, 3), "articles_per_s": round(n / seconds, 1),
            "chars_per_s": round(chars / seconds, 0)}


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def machine_busy() -> float | None:
    """CPU seconds all processes of the machine have used (Linux ``/proc/stat``), else None."""
    try:
        parts = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in parts[1:9])
    return (user + nice + system + irq + softirq + steal) / _TICK


def process_cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime


class Phase:
    """Wall time of a phase, and how many cores other processes kept busy meanwhile (a noisy
    neighbour makes throughput figures meaningless: the report says so)."""

    def __init__(self, pids: list[int] | None = None) -> None:
        self.pids = pids or []

    def __enter__(self) -> Phase:
        self.t0 = time.perf_counter()
        self.busy0 = machine_busy()
        self.own0 = time.process_time() + sum(process_cpu(p) for p in self.pids)
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.t0
        own = time.process_time() + sum(process_cpu(p) for p in self.pids) - self.own0
        busy1 = machine_busy()
        self.own_cores = own / self.seconds
        self.other_cores = None if busy1 is None or self.busy0 is None else max(
            0.0, (busy1 - self.busy0 - own) / self.seconds)

    def figures(self, n: int, chars: int) -> dict[str, Any]:
        out: dict[str, Any] = rate(n, chars, self.seconds)
        out["own_cores"] = round(self.own_cores, 2)
        if self.other_cores is not None:
            out["other_cores"] = round(self.other_cores, 2)
        return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="stories of the corpus (default 2000)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--jobs", type=int, default=2, help="the parallel run's worker count (default 2)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)

    import jieba

    from g60extract import Extractor
    from g60extract.batch import Runner, _peak_rss_kb, article_of
    from g60extract.readers import Record

    with args.corpus.open(encoding="utf-8") as fh:
        stories = [json.loads(line) for line in itertools.islice(fh, args.n)]
    records = [Record(f"{args.corpus.name}:{i + 1}", data=s) for i, s in enumerate(stories)]
    articles = [article_of(r) for r in records]
    texts = [a.text for a in articles]
    n, chars = len(texts), sum(map(len, texts))
    out: dict[str, Any] = {"machine": machine(), "corpus": str(args.corpus), "articles": n, "chars": chars}
    print(f"{n:,} stories, {chars:,} characters (mean {chars / n:.0f}) from {args.corpus.name}")

    # bare jieba.lcut: the default dictionary, loaded before timing
    jieba.setLogLevel(60)
    jieba.initialize()
    for t in texts[:50]:
        jieba.lcut(t)
    with Phase() as phase:
        for t in texts:
            jieba.lcut(t)
    out["jieba_lcut"] = phase.figures(n, chars)

    # the full pipeline on one core: Extractor.extract on the same texts (Article objects)
    extractor = Extractor()
    for a in articles[:50]:
        extractor.extract(a)
    with Phase() as phase:
        for a in articles:
            extractor.extract(a)
    out["extract_j1"] = phase.figures(n, chars)
    out["ratio_full_over_jieba"] = round(out["extract_j1"]["articles_per_s"] / out["jieba_lcut"]["articles_per_s"], 3)

    # the batch job end to end, in process (-j 1) and with worker processes (-j N)
    for jobs in (1, args.jobs):
        t_start = time.perf_counter()
        with Runner(None, n_process=jobs, batch_size=args.batch_size, mode="lines") as runner:
            runner.warm_up()
            if jobs == 1:
                for _ in runner.run(records[:50]):
                    pass
            ready = time.perf_counter()
            with Phase(list(runner.worker_peak_rss_kb)) as phase:
                lines = sum(1 for _ in runner.run(records))
        assert lines == n
        key = f"batch_j{jobs}"
        out[key] = phase.figures(n, chars)
        out[key]["startup_seconds"] = round(ready - t_start, 2)
        if runner.worker_peak_rss_kb:
            out[key]["worker_peak_rss_mb"] = sorted(round(v / 1024, 1) for v in runner.worker_peak_rss_kb.values())
    out["speedup_parallel"] = round(out[f"batch_j{args.jobs}"]["articles_per_s"] / out["batch_j1"]["articles_per_s"], 2)
    out["main_peak_rss_mb"] = round(_peak_rss_kb() / 1024, 1)

    m = out["machine"]
    print(f"machine: {m['cpu']}, {m['cores']} cores, {m['memory']}, Python {m['python']}, {m['os']}")
    print(f"{'':34s}{'articles/s':>12s}{'chars/s':>14s}{'seconds':>9s}{'own cores':>11s}{'others':>8s}")
    rows = [("bare jieba.lcut", "jieba_lcut"), ("full pipeline, 1 core (extract)", "extract_j1"),
            ("batch -j 1 (end to end)", "batch_j1"), (f"batch -j {args.jobs} (end to end)", f"batch_j{args.jobs}")]
    for label, key in rows:
        r = out[key]
        print(f"{label:34s}{r['articles_per_s']:>12,.1f}{r['chars_per_s']:>14,.0f}{r['seconds']:>9.2f}"
              f"{r['own_cores']:>11.2f}{r.get('other_cores', float('nan')):>8.2f}")
    noisy = [label for label, key in rows if out[key].get("other_cores", 0) > 0.15]
    out["disturbed"] = noisy
    if noisy:
        print(f"WARNING: other processes kept cores busy during: {', '.join(noisy)}; rerun on a quiet machine")
    print(f"ratio full pipeline / bare jieba: {out['ratio_full_over_jieba']:.3f}")
    print(f"speed-up -j {args.jobs} over -j 1: {out['speedup_parallel']:.2f}x "
          f"(start-up apart: {out[f'batch_j{args.jobs}']['startup_seconds']:.1f} s for -j {args.jobs})")
    print(f"peak RSS: this process {out['main_peak_rss_mb']:.0f} MB (jieba + an extractor + the texts); "
          f"workers {out[f'batch_j{args.jobs}'].get('worker_peak_rss_mb')} MB")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    main(sys.argv[1:])
