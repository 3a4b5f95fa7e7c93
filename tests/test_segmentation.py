"""Segmentation backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from g60extract import Extractor, ExtractorConfig
from g60extract.lexicon import Lexicon
from g60extract.segmentation import JiebaSegmenter, pkuseg_model_dir

DATA = Path(__file__).resolve().parent.parent / "data"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "xwlb-2022-2024.jsonl"
TEXT = "中国国际技术智力合作集团有限公司与松江区政府签订战略合作框架协议。"


def test_jieba_keeps_domain_words() -> None:
    words = JiebaSegmenter(Lexicon.default()).cut("长三角G60科创走廊联席办发布报告")
    assert "长三角G60科创走廊" in words and "".join(words) == "长三角G60科创走廊联席办发布报告"


def _has_pkuseg_model() -> bool:
    d = pkuseg_model_dir()
    return (d / "weights.npz").exists()


@pytest.fixture(scope="module")
def pkuseg_extractor() -> Extractor:
    if not _has_pkuseg_model():
        pytest.skip("pkuseg model not pulled (g60extract models pull pkuseg)")
    return Extractor(ExtractorConfig(segmenter="pkuseg"))


def test_pkuseg_backend_extracts_the_same_agreement(pkuseg_extractor: Extractor) -> None:
    ex = pkuseg_extractor
    words = ex.nlp.tokenizer.segmenter.cut(TEXT)
    assert "".join(words) == TEXT
    r = ex.extract(TEXT, "2024-11-25")
    assert r.agreements[0].parties == ["中国国际技术智力合作集团有限公司", "松江区政府"]


def test_pkuseg_backend_on_the_seed(pkuseg_extractor: Extractor, seed_text: str) -> None:
    r = pkuseg_extractor.extract(seed_text, "2024-11-25")
    assert len(r.agreements) >= 8


# -- our route search against jieba's own: the same words, always ----------------------------------

_SEGMENTER: list[JiebaSegmenter] = []


def _jieba_segmenter() -> JiebaSegmenter:
    if not _SEGMENTER:
        _SEGMENTER.append(JiebaSegmenter(Lexicon.default()))
    return _SEGMENTER[0]


def _jieba_words(text: str) -> list[str]:
    seg = _jieba_segmenter()
    return list(seg._tok.cut(text, HMM=False))


def test_the_fast_cut_gives_jiebas_words_on_every_gold_story() -> None:
    seg = _jieba_segmenter()
    texts = sorted((DATA / "gold").rglob("*.txt"))
    assert len(texts) > 400
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert seg.cut(text) == _jieba_words(text), path.name


def test_the_fast_cut_gives_jiebas_words_on_raw_corpus_html() -> None:
    if not CORPUS.exists():
        pytest.skip("the shared corpus is not beside the checkout")
    seg = _jieba_segmenter()
    with CORPUS.open(encoding="utf-8") as fh:
        # raw records: HTML tags, Latin, digits and entities besides Chinese
        lines = [line for i, line in enumerate(fh) if i % 25 == 0]
    for line in lines:
        assert seg.cut(line) == _jieba_words(line)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("中国科创走廊长三角协议签署G60ab1９ .%-_#&+\r\n\t，。（）《》—")) | st.characters(),
               max_size=40))
def test_the_fast_cut_gives_jiebas_words_on_any_text(text: str) -> None:
    assert _jieba_segmenter().cut(text) == _jieba_words(text)


def test_a_tie_between_routes_goes_to_the_longer_word_as_in_jieba() -> None:
    import math

    import jieba

    from g60extract.segmentation import _cut_no_hmm

    tok = jieba.Tokenizer()
    # every word has frequency 1 and the total is 1: every route scores 0, all tie
    tok.FREQ, tok.total, tok.initialized = {"甲": 1, "乙": 1, "甲乙": 1, "丙": 1, "乙丙": 1}, 1, True
    text = "甲乙丙丁"
    expected = list(tok.cut(text, HMM=False))
    assert expected == ["甲乙", "丙", "丁"]
    assert _cut_no_hmm(tok.FREQ, math.log(tok.total), text, jieba.re_han_default, jieba.re_skip_default) == expected
