"""Segmentation backends."""

from __future__ import annotations

import pytest

from g60extract import Extractor, ExtractorConfig
from g60extract.lexicon import Lexicon
from g60extract.segmentation import JiebaSegmenter, pkuseg_model_dir

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
