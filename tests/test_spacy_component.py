"""g60_ner inside a user's own spaCy pipeline."""

from __future__ import annotations

import spacy

import g60extract.ner.spacy_component  # noqa: F401  (registers the factory, as the entry point does)


def test_component_in_a_blank_zh_pipeline() -> None:
    nlp = spacy.blank("zh")  # spaCy's own character segmenter
    nlp.add_pipe("g60_ner")
    doc = nlp.make_doc("11月9日，浙江大学与嘉兴市人民政府签订战略合作框架协议，同比增长5%。")
    doc._.g60_published = "2024-11-25"
    doc = nlp.get_pipe("g60_ner")(doc)
    labels = {e.label_ for e in doc.ents}
    assert {"DATE", "ORG", "PERCENT"} <= labels
    exact = {(e["label"], doc.text[e["start"] : e["end"]]) for e in doc._.g60_entities}
    assert ("ORG", "浙江大学") in exact and ("ORG", "嘉兴市人民政府") in exact
    dates = [e for e in doc._.g60_entities if e["label"] == "DATE"]
    assert dates[0]["attrs"]["value"] == "2024-11-09"
    assert len(doc.spans["g60"]) >= len(doc.ents)


def test_extension_values_are_plain_data() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("g60_ner")
    doc = nlp("中国商飞与东方航空股份有限公司签署合作备忘录。")
    doc.to_bytes()  # msgpack fails on anything but plain data


def test_component_reads_words_even_behind_a_character_tokenizer() -> None:
    nlp = spacy.blank("zh")  # segmenter "char": one token per character
    nlp.add_pipe("g60_ner")
    doc = nlp.make_doc("复旦大学与上海市人民政府签署合作协议。")
    doc = nlp.get_pipe("g60_ner")(doc)
    orgs = {doc.text[e["start"] : e["end"]] for e in doc._.g60_entities if e["label"] == "ORG"}
    assert orgs == {"复旦大学", "上海市人民政府"}


def test_bad_published_extension_is_a_clear_error() -> None:
    from g60extract.errors import InvalidDateError

    nlp = spacy.blank("zh")
    nlp.add_pipe("g60_ner")
    doc = nlp.make_doc("今年3月，大赛启动。")
    doc._.g60_published = "2024-13-45"
    import pytest

    with pytest.raises(InvalidDateError):
        nlp.get_pipe("g60_ner")(doc)
