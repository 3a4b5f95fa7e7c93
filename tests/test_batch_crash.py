"""A record that kills its worker process becomes an error record; the run goes on."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from g60extract.batch import run_batch

TEXT = "2024年11月24日，长三角G60科创走廊联席会议办公室与复旦大学签署战略合作协议。今年新增企业3000多家。"

CRASHY = '''
import os

from g60extract import Extractor


class Crashy(Extractor):
    """Dies like a native crash or the OOM killer would, on a record that says CRASH."""

    def __reduce__(self):
        return (Crashy, (self.config,))

    def extract(self, text, *args, **kwargs):
        if "CRASH" in getattr(text, "text", text):
            os._exit(70)
        return super().extract(text, *args, **kwargs)
'''


def test_a_record_that_kills_its_worker_is_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "crashy_g60.py").write_text(textwrap.dedent(CRASHY), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))  # spawned workers get the parent's sys.path
    from crashy_g60 import Crashy  # type: ignore[import-not-found]

    records = [{"id": f"r{i}", "text": TEXT.replace("3000", str(3000 + i))} for i in range(12)]
    records[5] = {"id": "boom", "text": "CRASH " + TEXT}
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    good = tmp_path / "good.jsonl"
    run_batch([src], good, progress="off")  # in process, with the ordinary extractor

    out = tmp_path / "out.jsonl"
    summary = run_batch([src], out, extractor=Crashy(), n_process=2, batch_size=4, progress="off")
    assert summary.records == 12
    assert summary.errors == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    expected = good.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12
    crashed = json.loads(lines[5])
    assert crashed["id"] == "boom"
    assert crashed["error"]["type"] == "WorkerCrashed"
    assert crashed["error"]["record"] == f"{src}:6"
    assert lines[:5] == expected[:5]
    assert lines[6:] == expected[6:]
