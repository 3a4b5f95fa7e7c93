"""A killed batch run leaves whole lines only, and ``--resume`` completes it to exactly the output
of an uninterrupted run: no record duplicated, none skipped."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from g60extract.batch import run_batch

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "xwlb-2022-2024.jsonl"


def _input(tmp_path: Path, n: int) -> Path:
    """``n`` records: corpus stories when the corpus is there (else synthetic), with bad ones mixed in."""
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as fh:
            lines = [line.rstrip("\n") for line in itertools.islice(fh, n)]
    else:
        lines = [json.dumps({"id": f"s{i}", "text": f"2024年11月{i % 28 + 1}日，上海新增企业{i}家。"},
                            ensure_ascii=False) for i in range(n)]
    lines[5] = "{not json"
    lines[17] = json.dumps({"id": "empty", "text": ""})
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def _batch(src: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "g60extract", "batch", str(src), "-o", str(out), "--batch-size", "4",
           "--allow-errors", "-q", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_killed_then_resumed_equals_clean_run(tmp_path: Path, jobs: str) -> None:
    n = 400
    src = _input(tmp_path, n)
    clean = tmp_path / "clean.jsonl"
    run_batch([src], clean, progress="off")
    assert _lines(clean) == n

    out = tmp_path / "out.jsonl"
    proc = _batch(src, out, "-j", jobs)
    deadline = time.monotonic() + 120
    while _lines(out) < 40 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, f"finished before it could be killed: {proc.stderr.read() if proc.stderr else ''!r}"
    os.killpg(proc.pid, signal.SIGKILL)  # the whole run, workers included: as a crash would
    proc.wait()
    if proc.stderr:
        proc.stderr.close()
    partial = out.read_bytes()
    done = partial.count(b"\n")
    assert 40 <= done < n
    assert clean.read_bytes().startswith(partial[: partial.rfind(b"\n") + 1])  # whole lines, in order
    # a crash may also leave half a line: resume must cut it off, not keep or duplicate it
    with out.open("ab") as fh:
        fh.write(b'{"id": "half a li')

    resumed = _batch(src, out, "-j", jobs, "--resume", "--summary-json", str(tmp_path / "summary.json"))
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err.decode()
    assert out.read_bytes() == clean.read_bytes()
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["resumed_from"] == done
    assert summary["processed"] == n - done
    assert summary["records"] == n
    assert summary["errors"] == 2
