"""Batch processing: readers, the one-line-per-record contract, error records, the Python API."""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import g60extract
from g60extract import Article, ExtractionResult, Extractor, ExtractorConfig
from g60extract.batch import ErrorRecord, article_of, extract_many, process_record, run_batch, write_tables
from g60extract.cli import main
from g60extract.errors import EmptyTextError, G60Error, InvalidDateError, RuleError
from g60extract.models import SCHEMA_VERSION
from g60extract.readers import FieldMap, Record, detect_encoding, expand_inputs, iter_records

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "xwlb-2022-2024.jsonl"
needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")

STORY = (
    "<p>本报上海11月25日电 2024年11月24日，长三角G60科创走廊联席会议办公室与上海交通大学签署战略合作协议。</p>"
    "<p>今年前三季度，九城市GDP同比增长5.2%&nbsp;，新增企业3000多家。</p>"
)
TEXT = "2024年11月24日，长三角G60科创走廊联席会议办公室与复旦大学签署战略合作协议。今年新增企业3000多家。"
BOOM_RULE = {"rules": [{"name": "user.boom", "field": "events", "pattern": "(?:(?:B|BB)+)+X"}]}


def corpus_lines(n: int) -> list[str]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in itertools.islice(fh, n)]


def read_out(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.endswith(b"\n")
    return [json.loads(line) for line in raw.split(b"\n")[:-1]]


# -- the mixed file: one line per record, each bad record with its reason -----------------------


def _mixed_file(tmp_path: Path) -> tuple[Path, list[tuple[int, str | None, str | None]]]:
    """A JSONL file mixing good records with every kind of bad one; returns the expected
    (line number, id, error code or None) per record."""
    long_text = "上海" + "科创走廊建设。" * 400
    lines: list[bytes] = [
        json.dumps({"id": "good-1", "published": "2024-11-25", "html": STORY}, ensure_ascii=False).encode(),
        b'{"id": "broken", "text": "unterminated',                               # malformed JSON
        json.dumps({"id": "no-text", "title": "标题"}, ensure_ascii=False).encode(),  # missing text field
        b'{"id": "bad-bytes", "text": "\xff\xfe\xfa"}',                             # undecodable bytes
        b"",                                                                       # blank: not a record
        json.dumps({"id": "empty", "content": "  \n "}).encode(),                  # empty text
        json.dumps({"id": "long", "text": long_text}, ensure_ascii=False).encode(),  # over --max-chars
        json.dumps({"id": "boom", "text": "今天" + "B" * 40 + "。"}).encode(),        # a rule raises
        json.dumps({"text": TEXT, "date": "2024-11-25"}, ensure_ascii=False).encode(),  # good, no id
        json.dumps({"id": 7, "text": TEXT, "published": "25/11/2024"}, ensure_ascii=False).encode(),  # bad date
        b"[1, 2, 3]",                                                              # not an object
        json.dumps({"id": "good-2", "body": TEXT}, ensure_ascii=False).encode(),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    expected = [
        (1, "good-1", None), (2, "mixed.jsonl:2", "G003"), (3, "no-text", "G003"),
        (4, "mixed.jsonl:4", "G003"), (6, "empty", "G001"), (7, "long", "G002"), (8, "boom", "G030"),
        (9, "mixed.jsonl:9", None), (10, "7", "G004"), (11, "mixed.jsonl:11", "G003"), (12, "good-2", None),
    ]
    return path, expected


def _run_cli(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    return result.exit_code, result.output


def test_every_record_yields_one_line_with_its_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _, expected = _mixed_file(tmp_path)
    (tmp_path / "boom.json").write_text(json.dumps(BOOM_RULE), encoding="utf-8")
    args = ["batch", "mixed.jsonl", "-o", "out.jsonl", "--max-chars", "2000", "--rules", "boom.json",
            "--tables", "tables", "-q"]
    code, _ = _run_cli(args)
    assert code == 1  # some records failed
    out = read_out(tmp_path / "out.jsonl")
    assert len(out) == len(expected)
    for line, (lineno, rid, err) in zip(out, expected, strict=True):
        assert line["id"] == rid
        if err is None:
            assert "error" not in line
            assert line["schema_version"] == SCHEMA_VERSION
            assert line["article"]["id"] == rid
            ExtractionResult.model_validate({k: v for k, v in line.items() if k != "id"})
        else:
            assert line["error"]["code"] == err, line
            assert line["error"]["record"] == f"mixed.jsonl:{lineno}"
            assert line["error"]["message"]
    reasons = {line["id"]: line["error"] for line in out if "error" in line}
    assert "malformed JSON" in reasons["mixed.jsonl:2"]["message"]
    assert "missing text field" in reasons["no-text"]["message"]
    assert "undecodable bytes" in reasons["mixed.jsonl:4"]["message"]
    assert reasons["empty"]["type"] == "EmptyTextError"
    assert reasons["long"]["type"] == "TextTooLongError"
    assert reasons["boom"]["type"] == "RuleError"
    assert reasons["boom"]["rule"] == "user.boom"
    assert reasons["7"]["type"] == "InvalidDateError"
    assert "not a JSON object" in reasons["mixed.jsonl:11"]["message"]
    assert all("rule" not in r for k, r in reasons.items() if k != "boom")
    # the HTML record: text reduced (paragraphs as lines, entities unescaped), offsets into it
    good = out[0]
    text = good["article"]["text"]
    assert "<p>" not in text
    assert "&nbsp;" not in text
    assert "\n" in text
    for stat in good["statistics"]:
        assert text[stat["start"]:stat["end"]] == stat["text"]
    assert any(s["value"] == 5.2 for s in good["statistics"])
    # tables: one row per error, keyed by the same ids
    import csv

    with (tmp_path / "tables" / "errors.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["article_id"] for r in rows] == [rid for _, rid, err in expected if err]
    assert next(r for r in rows if r["article_id"] == "boom")["rule"] == "user.boom"
    with (tmp_path / "tables" / "statistics.csv").open(encoding="utf-8") as fh:
        stats = list(csv.DictReader(fh))
    assert {r["article_id"] for r in stats} <= {"good-1", "mixed.jsonl:9", "good-2"}
    # --allow-errors: same output, exit 0
    code, _ = _run_cli([*args[:-3], "--overwrite", "--allow-errors", "-q"])
    assert code == 0
    assert read_out(tmp_path / "out.jsonl") == out


def test_existing_output_needs_resume_or_overwrite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    (tmp_path / "out.jsonl").write_text("precious\n", encoding="utf-8")
    code, output = _run_cli(["batch", "in.jsonl", "-o", "out.jsonl", "-q"])
    assert code == 2
    assert "--resume" in output
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "precious\n"


def test_summary_and_progress_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": TEXT}, ensure_ascii=False) + "\n"
                           for i in range(3)), encoding="utf-8")
    summary = run_batch([src], tmp_path / "out.jsonl", progress="log", log_interval=0.1)
    assert (summary.records, summary.results, summary.errors) == (3, 3, 0)
    assert "3 records" in summary.text()
    assert summary.ok


# -- inputs: formats, encodings, fields, ids --------------------------------------------------


def test_csv_gb18030_with_multiline_field(tmp_path: Path) -> None:
    rows = ('doc,headline,正文,when\n'
            'x1,标题,"第一段：G60科创走廊。\n第二段，增长5.2%。",2024-11-25\n\n'
            ',无编号,"上海发布。",\n')
    path = tmp_path / "dump.csv"
    path.write_bytes(rows.encode("gb18030"))
    fields = FieldMap.from_options(id="doc", title="headline", text="正文", published="when")
    records = list(iter_records(expand_inputs([path])))
    assert [r.ref for r in records] == [f"{path}:2", f"{path}:5"]
    first = article_of(records[0], fields)
    assert first.id == "x1"
    assert first.title == "标题"
    assert first.text.startswith("第一段")
    assert "\n" in first.text
    assert str(first.published) == "2024-11-25"
    second = article_of(records[1], fields)
    assert second.id == f"{path}:5"
    assert second.published is None


def test_utf8_bom_gzip_jsonl_and_encoding_option(tmp_path: Path) -> None:
    line = json.dumps({"id": "b", "content": TEXT}, ensure_ascii=False)
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(b"\xef\xbb\xbf" + line.encode("utf-8") + b"\r\n")
    (rec,) = iter_records(expand_inputs([path]))
    assert rec.data is not None
    assert rec.data["id"] == "b"
    gb = tmp_path / "gb.jsonl"
    gb.write_bytes(line.encode("gb18030") + b"\n")
    (rec,) = iter_records(expand_inputs([gb]))
    assert rec.data is not None
    assert rec.data["content"] == TEXT
    (rec,) = iter_records(expand_inputs([gb]), encoding="utf-8")
    assert rec.error is not None
    assert "undecodable" in rec.error.message


def test_detect_encoding() -> None:
    assert detect_encoding(b"\xef\xbb\xbf{}").name == "utf-8-sig"
    assert detect_encoding("上海".encode()).name == "utf-8"
    assert detect_encoding("上海".encode("gb18030")).name == "gb18030"
    ascii_only = detect_encoding(b'{"a": 1}')
    assert ascii_only.name == "utf-8"
    assert not ascii_only.certain
    with pytest.raises(G60Error, match="unknown encoding"):
        detect_encoding(b"", "no-such-codec")


def test_folder_of_text_and_html(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text(TEXT, encoding="utf-8")
    (docs / "b.html").write_bytes(STORY.encode("gb18030"))
    with gzip.open(docs / "sub" / "c.txt.gz", "wb") as fh:
        fh.write(TEXT.encode("utf-8"))
    (docs / "notes.md").write_text("ignored", encoding="utf-8")
    (docs / ".hidden.txt").write_text("ignored", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([docs], out, progress="off")
    assert summary.records == 3
    assert summary.errors == 0
    lines = read_out(out)
    assert [r["id"] for r in lines] == [f"{docs}/a.txt", f"{docs}/b.html", f"{docs}/sub/c.txt.gz"]
    html_text = lines[1]["article"]["text"]
    assert html_text.splitlines()[0].startswith("本报上海")
    assert "<p>" not in html_text
    assert "\xa0" not in html_text
    assert "&nbsp;" not in html_text


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dump.xml").write_text("<a/>", encoding="utf-8")
    with pytest.raises(G60Error, match="--format"):
        expand_inputs([tmp_path / "dump.xml"])
    assert expand_inputs([tmp_path / "dump.xml"], "text")[0].format == "text"


def test_oversized_line_is_an_error_record_and_the_next_line_survives(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": "长" * 5000}, ensure_ascii=False)
    small = json.dumps({"id": "small", "text": TEXT}, ensure_ascii=False)
    path.write_text(big + "\n" + small + "\n", encoding="utf-8")
    records = list(iter_records(expand_inputs([path]), max_record_bytes=1000))
    assert records[0].error is not None
    assert records[0].error.code == "G002"
    assert records[1].data is not None
    assert records[1].data["id"] == "small"


def test_skip_resumes_at_the_same_record(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join([json.dumps({"id": str(i), "text": TEXT}) for i in range(5)] + ["", "oops", ""]),
                    encoding="utf-8")
    second = tmp_path / "e.jsonl"
    second.write_text(json.dumps({"id": "e", "text": TEXT}) + "\n", encoding="utf-8")
    sources = expand_inputs([path, second])
    every = [r.ref for r in iter_records(sources)]
    assert len(every) == 7
    for k in range(8):
        assert [r.ref for r in iter_records(sources, skip=k)] == every[k:]


# -- the Python API ---------------------------------------------------------------------------


def test_extract_many_accepts_str_article_dict_in_order(extractor: Extractor) -> None:
    items = [TEXT, Article(id="art", text=TEXT, published="2024-11-25"),
             {"id": "d", "html": STORY, "published": "2024-11-25"}]
    results = list(extractor.extract_many(items))
    assert [r.article.id for r in results] == [None, "art", "d"]
    assert all(isinstance(r, ExtractionResult) for r in results)
    assert "<p>" not in results[2].article.text
    assert results[0].model_dump() == extractor.extract(TEXT).model_dump()


def test_extract_many_is_lazy(extractor: Extractor) -> None:
    endless = itertools.repeat(TEXT)
    first = list(itertools.islice(extract_many(endless, extractor=extractor, batch_size=4), 3))
    assert len(first) == 3


def test_errors_raise_by_default_after_earlier_results(extractor: Extractor) -> None:
    stream = extract_many([TEXT, TEXT, "  "], extractor=extractor)
    got = [next(stream), next(stream)]
    with pytest.raises(EmptyTextError):
        next(stream)
    assert len(got) == 2
    out = list(extract_many([TEXT, "  ", {"id": "x", "text": TEXT, "published": "yesterday"}, 42],
                            extractor=extractor, errors="yield"))
    assert isinstance(out[0], ExtractionResult)
    assert isinstance(out[1], ErrorRecord)
    assert out[1].code == "G001"
    assert out[1].record == "#1"
    assert isinstance(out[2], ErrorRecord)
    assert out[2].id == "x"
    assert out[2].code == "G004"
    assert isinstance(out[3], ErrorRecord)
    assert out[3].code == "G003"
    assert isinstance(out[2].to_exception(), InvalidDateError)


def test_a_raising_rule_is_reported_with_its_name(tmp_path: Path) -> None:
    rules = tmp_path / "boom.json"
    rules.write_text(json.dumps(BOOM_RULE), encoding="utf-8")
    config = ExtractorConfig(rule_files=(str(rules),))
    out = process_record({"id": "b", "text": "今天" + "B" * 40 + "。"}, config)
    assert out == {"id": "b", "error": {
        "code": "G030", "type": "RuleError", "record": None, "rule": "user.boom",
        "message": out["error"]["message"]}}
    assert "timed out" in out["error"]["message"]
    exc = ErrorRecord(**{"id": "b", **{k: v for k, v in out["error"].items()}}).to_exception()
    assert isinstance(exc, RuleError)
    assert exc.rule == "user.boom"


def test_an_internal_exception_is_caught_per_record(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    original = extractor._extract

    def flaky(article: Article) -> ExtractionResult:
        calls["n"] += 1
        if calls["n"] == 2:
            raise ZeroDivisionError("division by zero")
        return original(article)

    monkeypatch.setattr(extractor, "_extract", flaky)
    out = list(extract_many([TEXT, TEXT, TEXT], extractor=extractor, errors="yield"))
    assert [type(o).__name__ for o in out] == ["ExtractionResult", "ErrorRecord", "ExtractionResult"]
    err = out[1]
    assert isinstance(err, ErrorRecord)
    assert err.code == "G000"
    assert err.type == "ZeroDivisionError"
    assert "test_batch.py" in err.message


def test_process_record_output_shape() -> None:
    out = process_record({"id": "p", "text": TEXT, "published": "2024-11-25"})
    assert next(iter(out)) == "id"
    assert out["id"] == "p"
    assert ExtractionResult.model_validate({k: v for k, v in out.items() if k != "id"}).article.id == "p"
    assert process_record(Record("f.jsonl:3", "f.jsonl:3", data={"text": ""}))["error"]["record"] == "f.jsonl:3"


@needs_corpus
def test_workers_give_the_same_output_in_order(tmp_path: Path) -> None:
    lines = corpus_lines(24)
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join([*lines[:10], "{oops", *lines[10:]]) + "\n", encoding="utf-8")
    one = run_batch([src], tmp_path / "one.jsonl", progress="off")
    two = run_batch([src], tmp_path / "two.jsonl", n_process=2, batch_size=3, progress="off")
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert one.records == two.records == 25
    assert two.errors == 1
    assert two.worker_peak_rss_mb > 0
    # the Python API with workers: same results, in order
    stories = [json.loads(line) for line in lines[:6]]
    here = list(g60extract.extract_many(stories))
    there = list(g60extract.extract_many(stories, n_process=2, batch_size=2))
    assert [r.model_dump() for r in here] == [r.model_dump() for r in there]


@needs_corpus
def test_tables_from_output(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(corpus_lines(8)) + "\n", encoding="utf-8")
    run_batch([src], tmp_path / "out.jsonl", progress="off")
    write_tables(tmp_path / "out.jsonl", tmp_path / "t")
    for kind in ("organizations", "agreements", "initiatives", "statistics", "dates", "events", "errors"):
        csv_frame = pd.read_csv(tmp_path / "t" / f"{kind}.csv")
        pq_frame = pd.read_parquet(tmp_path / "t" / f"{kind}.parquet")
        assert len(csv_frame) == len(pq_frame)
        assert list(csv_frame.columns) == list(pq_frame.columns)
    stats = pd.read_parquet(tmp_path / "t" / "statistics.parquet")
    assert len(stats) > 0
    assert str(stats["value"].dtype) == "float64"
    assert str(stats["start"].dtype) == "int64"
    assert set(stats["article_id"]) <= {json.loads(line)["id"] for line in corpus_lines(8)}


@needs_corpus
def test_token_fast_path_equals_reading_the_doc(extractor: Extractor) -> None:
    """The recogniser reads word spans the tokenizer recorded instead of Token objects (a
    throughput fix): the sentence views must be exactly those read from the Doc."""

    def views(doc: object) -> list[tuple]:
        return [(v.index, v.start, v.end, v.tokens, [(e.label, e.start, e.end, e.rule) for e in v.entities])
                for v in extractor.ner.analyse(doc)]  # type: ignore[arg-type]

    for line in corpus_lines(30):
        story = json.loads(line)
        doc = extractor.nlp.tokenizer(article_of(Record(None, data=story)).text)
        fast = views(doc)
        doc._.g60_tokens = None
        assert fast == views(doc), story["id"]
    doc = extractor.nlp.tokenizer(TEXT)
    with doc.retokenize() as retok:  # a later component merged words: the recorded spans are stale
        retok.merge(doc[0:3])
    assert views(doc)[0][3][0] == (doc[0].idx, doc[0].idx + len(doc[0].text))
