"""Extraction on a Dask cluster: ``dask.bag`` and ``dask.dataframe`` ``map_partitions``.

Each partition calls :func:`g60extract.batch.process_record`, the same per-record function as
the ``batch`` command. What travels to the workers is the small, frozen ``ExtractorConfig``;
each worker process builds the pipeline once, on first use, in a per-process cache keyed by that
config (``g60extract.batch.get_extractor``), and reuses it for every later partition and task.
Needs the ``dask`` extra: ``pip install 'g60extract[dask]'``.

    import dask.bag as db
    from g60extract.dask import extract_bag

    bag = db.read_text("dump-*.jsonl.gz").map(json.loads)
    extract_bag(bag).map(json.dumps).to_textfiles("out/*.jsonl")

    import dask.dataframe as dd
    from g60extract.dask import extract_frame, table

    frame = extract_frame(dd.read_parquet("articles.parquet")).persist()
    stats = table(frame, "statistics")          # one row per statistic, keyed by article_id
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from g60extract.batch import process_record
from g60extract.config import ExtractorConfig
from g60extract.readers import DEFAULT_FIELDS, FieldMap

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["FRAME_COLUMNS", "extract_bag", "extract_frame", "extract_partition", "table", "table_meta"]

#: Columns of :func:`extract_frame`'s result: the record's id, its error code (``None`` for a
#: result) and the output line (the same JSON as one line of ``g60extract batch``).
FRAME_COLUMNS = ("id", "error", "output")


def _require() -> None:
    try:
        import dask  # noqa: F401
    except ImportError:
        raise ImportError("g60extract.dask needs dask: pip install 'g60extract[dask]'") from None


def extract_partition(
    records: Iterable[Any], config: ExtractorConfig | None = None, fields: FieldMap | None = None
) -> list[dict[str, Any]]:
    """Output dicts for one partition of records (dicts of article fields, or texts), in order."""
    config = config or ExtractorConfig()
    return [process_record(r, config, fields=fields) for r in records]


def extract_bag(
    bag: dask.bag.Bag, config: ExtractorConfig | None = None, *, fields: FieldMap | None = None
) -> dask.bag.Bag:
    """A bag of output dicts (results with ``id``, or error records), one per input record."""
    _require()
    return bag.map_partitions(extract_partition, config or ExtractorConfig(), fields or DEFAULT_FIELDS)


def _frame_partition(df: pandas.DataFrame, config: ExtractorConfig, fields: FieldMap) -> pandas.DataFrame:
    import pandas as pd

    ids, codes, lines = [], [], []
    for row in df.to_dict(orient="records"):
        record = {k: (None if _is_missing(v) else v) for k, v in row.items()}
        out = process_record(record, config, fields=fields)
        ids.append(out["id"])
        codes.append(out["error"]["code"] if "error" in out else None)
        lines.append(json.dumps(out, ensure_ascii=False))
    return pd.DataFrame({"id": ids, "error": codes, "output": lines}, index=df.index,
                        columns=list(FRAME_COLUMNS)).astype(object)


def _is_missing(value: Any) -> bool:
    try:
        return bool(value != value)  # NaN / NaT / pd.NA from missing cells
    except (TypeError, ValueError):
        return False


def extract_frame(
    df: dask.dataframe.DataFrame, config: ExtractorConfig | None = None, *, fields: FieldMap | None = None
) -> dask.dataframe.DataFrame:
    """One row per article row of ``df`` (columns named as :class:`~g60extract.readers.FieldMap`
    expects): ``id``, ``error`` (code or missing) and ``output`` (the JSON line)."""
    _require()
    import pandas as pd

    meta = pd.DataFrame({c: pd.Series([], dtype=object) for c in FRAME_COLUMNS})
    return df.map_partitions(_frame_partition, config or ExtractorConfig(), fields or DEFAULT_FIELDS, meta=meta)


def table_meta(kind: str) -> pandas.DataFrame:
    """An empty DataFrame with the columns and dtypes of table ``kind``."""
    import pandas as pd

    from g60extract.batch import ERROR_COLUMNS, _column_type
    from g60extract.tables import COLUMNS

    columns = ERROR_COLUMNS if kind == "errors" else COLUMNS.get(kind)
    if columns is None:
        raise ValueError(f"unknown table {kind!r}: one of {', '.join((*COLUMNS, 'errors'))}")
    dtypes = {"int": "int64", "float": "float64", "bool": "bool"}
    return pd.DataFrame({c: pd.Series([], dtype=dtypes.get(_column_type(kind, c), object)) for c in columns})


def _table_partition(df: pandas.DataFrame, kind: str) -> pandas.DataFrame:
    import pandas as pd

    from g60extract.batch import ERROR_COLUMNS
    from g60extract.models import ExtractionResult
    from g60extract.tables import flat_rows

    meta = table_meta(kind)
    rows: list[Mapping[str, Any]] = []
    for line in df["output"]:
        obj = json.loads(line)
        article_id = obj.pop("id", None)
        if "error" in obj:
            if kind == "errors":
                rows.append({"article_id": article_id, **{k: obj["error"].get(k) for k in ERROR_COLUMNS[1:]}})
            continue
        if kind != "errors":
            rows.extend(flat_rows(ExtractionResult.model_validate(obj), article_id)[kind])
    if not rows:
        return meta
    out = pd.DataFrame.from_records(rows, columns=list(meta.columns))
    return out.astype({c: t for c, t in meta.dtypes.items() if str(t) != "object"})


def table(frame: dask.dataframe.DataFrame, kind: str) -> dask.dataframe.DataFrame:
    """The flat table ``kind`` (organizations, agreements, initiatives, statistics, dates, events
    or errors) of an :func:`extract_frame` result, one row per item keyed by ``article_id``."""
    _require()
    return frame.map_partitions(_table_partition, kind, meta=table_meta(kind))
