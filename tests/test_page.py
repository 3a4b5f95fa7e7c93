"""Page boilerplate: metadata line, navigation, disclaimers and teasers."""

from __future__ import annotations

from g60extract import Extractor

PAGE = """当前位置:首页 > 财经

嘉兴召开科技大会

2023-05-12 09:30 来源:嘉兴日报 阅读量:2310

5月10日，嘉兴市科技大会召开，会上发布了《嘉兴市科技创新三年行动方案》。全市高新技术企业达3200家。

免责声明:本文仅供参考。

热门推荐
  • 杭州亚运会新增场馆12个
    9月23日，杭州亚运会开幕，阿里巴巴集团与浙江大学签署合作协议。
"""


def test_metadata_line_gives_source_and_date(extractor: Extractor) -> None:
    r = extractor.extract(PAGE)
    assert r.article.source == "嘉兴日报"
    assert str(r.article.published).startswith("2023-05-12")


def test_nothing_from_boilerplate(extractor: Extractor) -> None:
    r = extractor.extract(PAGE)
    cut = PAGE.index("免责声明")
    assert r.body.end <= cut
    assert [d.value for d in r.dates] == ["2023-05-10"]
    assert {s.value for s in r.statistics} == {3200}
    assert not r.agreements
    assert all(m.start < cut for o in r.organizations for m in o.mentions)
    assert [i.name for i in r.initiatives] == ["嘉兴市科技创新三年行动方案"]


def test_navigation_is_not_body(extractor: Extractor) -> None:
    r = extractor.extract(PAGE)
    assert r.body.start > PAGE.index("阅读量")


BUNDLE = """央视网消息（新闻联播）：
嘉兴科技大会今天开幕
嘉兴科技大会今天（5月10日）开幕，会上发布了《嘉兴市科技创新行动方案》。
湖州新材料论坛闭幕
湖州新材料论坛5月8日闭幕。会上，12家企业签约入驻。
"""


def test_news_bundle_sections_keep_their_own_meeting_date(extractor: Extractor) -> None:
    r = extractor.extract(BUNDLE, "2023-05-10")
    assert len(r.sections) == 2  # the byline line is not part of the body
    release = next(i for i in r.initiatives if i.kind.value == "document")
    assert release.date == "2023-05-10"
    meetings = {e.name: e.date for e in r.events if e.type.value == "meeting"}
    assert meetings["湖州新材料论坛"] == "2023-05-08"


def test_sub_headings_do_not_split_an_article(seed_result) -> None:  # type: ignore[no-untyped-def]
    assert len(seed_result.sections) == 1


def test_a_lead_sentence_is_not_a_metadata_line(extractor: Extractor) -> None:
    text = "2024年3月5日，浙江大学与嘉兴市人民政府签订合作协议，明确资金来源。\n双方将共建研究院。"
    r = extractor.extract(text, "2024-03-06")
    assert r.body.start == 0
    assert r.agreements


def test_a_disclaimer_above_the_story_does_not_end_it(extractor: Extractor) -> None:
    text = "免责声明：本文仅供参考。\n浙江大学与嘉兴市人民政府签订合作协议。"
    r = extractor.extract(text, "2024-03-06")
    assert r.agreements


def test_an_empty_body_says_so(extractor: Extractor) -> None:
    r = extractor.extract("当前位置:首页 > 财经\n", "2024-03-06")
    assert any("body" in w for w in r.warnings)
