"""DataFrames: one per kind, keyed by article id, with the columns analysts filter on."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

import g60extract
from g60extract.frames import ARTICLE_COLUMNS, EXTRA_COLUMNS, period_bounds, to_frames
from g60extract.tables import COLUMNS, KINDS

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def frames(seed_result):  # type: ignore[no-untyped-def]
    return seed_result.to_frames()


def test_one_frame_per_kind_and_articles(frames) -> None:  # type: ignore[no-untyped-def]
    assert set(frames) == {*KINDS, "articles"}
    for kind in KINDS:
        cols = list(frames[kind].columns)
        assert cols[:2] == ["article_id", "published"]
        for col in (*COLUMNS[kind], *EXTRA_COLUMNS.get(kind, ())):
            assert col in cols, (kind, col)
    assert list(frames["articles"].columns) == list(ARTICLE_COLUMNS)


def test_one_row_per_item(frames, seed_result) -> None:  # type: ignore[no-untyped-def]
    for kind in KINDS:
        assert len(frames[kind]) == len(getattr(seed_result, kind)), kind
    assert len(frames["articles"]) == 1


def test_keyed_by_article_id_and_dated(frames, seed_result) -> None:  # type: ignore[no-untyped-def]
    for kind in KINDS:
        df = frames[kind]
        assert df["article_id"].isna().sum() == 0
        assert (df["published"] == pd.Timestamp("2024-11-25")).all(), kind
    assert pd.api.types.is_datetime64_any_dtype(frames["agreements"]["published"])


def test_statistics_columns(frames) -> None:  # type: ignore[no-untyped-def]
    st = frames["statistics"]
    assert st["value"].dtype == "float64"
    row = st[st["unit"] == "%"].iloc[0]
    assert row["value"] == pytest.approx(42.95)
    assert (row["change"], row["basis"], row["unit_category"]) == ("increase", "year_on_year", "percent")
    nearly = st[st["qualifier"] == "nearly"]
    assert list(nearly["value"]) == [300.0]


def test_agreements_parties_are_lists_with_types(frames) -> None:  # type: ignore[no-untyped-def]
    ag = frames["agreements"]
    assert all(isinstance(p, list) for p in ag["parties"])
    row = ag[ag["parties"].map(lambda ps: "上海证券交易所" in ps)].iloc[0]
    assert row["party_types"] == ["government", "exchange"]
    assert row["date"] == "2024-11-09"
    exploded = ag.explode("parties_canonical")
    # G60联席办 signs six strategic cooperations, under its canonical name
    assert exploded["parties_canonical"].value_counts()["长三角G60科创走廊联席会议办公室"] == 6


def test_lists_stay_aligned_and_rules_are_recorded(frames) -> None:  # type: ignore[no-untyped-def]
    ag = frames["agreements"]
    rows = ag.explode(["parties", "parties_canonical", "party_types"])
    assert len(rows) == ag["parties"].map(len).sum()
    assert set(rows[rows["parties"] == "G60联席办"]["party_types"]) == {"government"}
    for kind in ("agreements", "initiatives", "statistics", "dates", "events"):
        assert frames[kind]["rule"].notna().all(), kind
    assert frames["statistics"]["rule"].str.startswith("statistic.").all()


def test_organization_type_and_canonical(frames) -> None:  # type: ignore[no-untyped-def]
    orgs = frames["organizations"].set_index("name")
    assert orgs.loc["上海证券交易所", "type"] == "exchange"
    assert orgs.loc["G60联席办", "canonical"] == "长三角G60科创走廊联席会议办公室"
    assert orgs.loc["长三角G60科创走廊", "aliases"] == ["G60科创走廊"]


def test_dates_have_periods(frames) -> None:  # type: ignore[no-untyped-def]
    d = frames["dates"].set_index("text")
    assert d.loc["11月9日", "period_start"] == pd.Timestamp("2024-11-09")
    assert d.loc["今年3月", "period_end"] == pd.Timestamp("2024-03-31")


def test_many_results_and_missing_ids(extractor) -> None:  # type: ignore[no-untyped-def]
    a = extractor.extract("复旦大学与华为技术有限公司签署战略合作协议。", "2024-01-05")
    b = extractor.extract("今年全市粮食产量达到6.9万吨。", "2023-06-01", id="b")
    frames = g60extract.to_frames([a, b])
    assert list(frames["articles"]["article_id"]) == ["#0", "b"]
    assert set(frames["agreements"]["article_id"]) == {"#0"}
    assert set(frames["statistics"]["article_id"]) == {"b"}
    assert frames["statistics"]["published"].iloc[0] == pd.Timestamp("2023-06-01")


def test_failed_records_are_articles_with_their_error(extractor) -> None:  # type: ignore[no-untyped-def]
    records = [{"id": "ok", "content": "复旦大学与华为技术有限公司签署战略合作协议。", "published": "2024-01-05"},
               {"id": "empty", "content": "   "}]
    results = list(extractor.extract_many(records, errors="yield"))
    frames = g60extract.to_frames(results)
    articles = frames["articles"].set_index("article_id")
    assert articles.loc["ok", "error"] is None or pd.isna(articles.loc["ok", "error"])
    assert "empty" in articles.loc["empty", "error"]
    assert set(frames["agreements"]["article_id"]) == {"ok"}
    with pytest.raises(TypeError, match="ExtractionResult"):
        to_frames(["not a result"])


def test_empty_frames_keep_their_columns(extractor) -> None:  # type: ignore[no-untyped-def]
    r = extractor.extract("天气晴朗。", None, id="x")
    frames = to_frames(r)
    assert frames["agreements"].empty
    assert "parties_canonical" in frames["agreements"].columns
    assert frames["organizations"].empty
    assert "canonical" in frames["organizations"].columns
    assert to_frames([])["events"].empty


def test_without_resolution(seed_result) -> None:  # type: ignore[no-untyped-def]
    frames = to_frames(seed_result, resolve=False)
    assert "parties_canonical" not in frames["agreements"].columns
    orgs = frames["organizations"].set_index("name")
    assert orgs.loc["G60联席办", "canonical"] == "长三角G60科创走廊联席会议办公室"  # the alias table, in-article


def test_module_function_matches_method(seed_result, frames) -> None:  # type: ignore[no-untyped-def]
    other = g60extract.to_frames([seed_result])
    for kind in frames:
        pd.testing.assert_frame_equal(frames[kind], other[kind])


def test_pandas_missing_is_a_clear_error(seed_result, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"g60extract\[pandas\]"):
        seed_result.to_frames()


@pytest.mark.parametrize(("value", "bounds"), [
    ("2024", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
    ("2024-11-09", (dt.date(2024, 11, 9), dt.date(2024, 11, 9))),
    ("2024-Q4", (dt.date(2024, 10, 1), dt.date(2024, 12, 31))),
    ("2023-H1", (dt.date(2023, 1, 1), dt.date(2023, 6, 30))),
    ("2024-01/2024-10", (dt.date(2024, 1, 1), dt.date(2024, 10, 31))),
    ("2024-02-30", (None, None)),
    (None, (None, None)),
    ("soon", (None, None)),
])
def test_period_bounds(value, bounds) -> None:  # type: ignore[no-untyped-def]
    assert period_bounds(value) == bounds
