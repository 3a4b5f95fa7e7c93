"""g60extract.dask on a dask.distributed LocalCluster: 2 worker processes, 20 stories."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "xwlb-2022-2024.jsonl"


def _records() -> list[dict]:
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in itertools.islice(fh, 19)]
    else:
        records = [{"id": f"s{i}", "published": "2024-11-25",
                    "content": f"<p>2024年11月{i + 1}日，上海新增企业{i + 3}家，同比增长5.2%。</p>"} for i in range(19)]
    records.append({"id": "empty", "content": ""})
    return records


def test_bag_and_frame_on_a_local_cluster() -> None:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster

    from g60extract.batch import process_record
    from g60extract.dask import extract_bag, extract_frame, table

    records = _records()
    expected = [process_record(r) for r in records]
    with (LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
          Client(cluster) as client):
        got = extract_bag(db.from_sequence(records, npartitions=4)).compute()
        assert got == expected  # same outputs, in order, error record included
        assert got[-1]["error"]["code"] == "G001"

        frame = extract_frame(dd.from_pandas(pd.DataFrame(records), npartitions=4)).persist()
        lines = frame.compute()
        assert list(lines["id"]) == [r["id"] for r in records]
        assert [json.loads(line) for line in lines["output"]] == expected

        stats = table(frame, "statistics").compute()
        want = sum(len(e.get("statistics", [])) for e in expected)
        assert len(stats) == want > 0
        assert str(stats["value"].dtype) == "float64"
        errors = table(frame, "errors").compute()
        assert list(errors["article_id"]) == ["empty"]

        # each worker process built the pipeline once and reused it for all its partitions
        def pipelines() -> int:
            from g60extract import batch

            return len(batch._CACHE)

        built = client.run(pipelines)
        assert len(built) == 2
        assert set(built.values()) == {1}
