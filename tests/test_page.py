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


def test_a_headline_in_two_halves_opens_its_own_story(extractor: Extractor) -> None:
    text = ("澳门协和医院正式投入运营\n"
            "今天（9月16日），由澳门特区政府与北京协和医院合作运营和管理的澳门协和医院正式投入运营。\n"
            "第47届世界技能大赛闭幕 中国代表团位居金牌榜首位\n"
            "当地时间9月15日晚，第47届世界技能大赛在法国里昂闭幕。中国代表团位居金牌榜首位。")
    r = extractor.extract(text, published="2024-09-16")
    assert len(r.sections) == 2
    assert {e.object or e.name: e.date for e in r.events}["澳门协和医院"] == "2024-09-16"


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


CARDS = """当前位置:首页 > 财经

嘉兴召开科技大会

2023-05-12 09:30 来源:嘉兴日报 阅读量:2310

5月10日，嘉兴市科技大会召开，会上发布了《嘉兴市科技创新三年行动方案》。

  • 杭州亚运会新增场馆12个，阿里巴巴集团与浙江大学签约
    杭州亚运会新增场馆12个，阿里巴巴

    9月23日，杭州亚运会开幕，阿里巴巴集团与浙江大学签署合作协议...
"""


def test_teaser_cards_end_the_body_without_a_heading(extractor: Extractor) -> None:
    """A block of `• title / title cut short / summary...` cards follows the story directly."""
    r = extractor.extract(CARDS)
    assert r.body.end <= CARDS.index("  • 杭州")
    assert not r.agreements
    assert [d.value for d in r.dates] == ["2023-05-10"]


def test_the_agencys_end_mark_ends_the_story(extractor: Extractor) -> None:
    page = "新华社北京5月10日电 嘉兴市科技大会10日召开。（完）\n阿里巴巴集团与浙江大学9月23日签署合作协议。\n"
    r = extractor.extract(page, "2023-05-10")
    assert r.body.end == page.index("（完）") + len("（完）")
    assert not r.agreements


def test_a_bullet_of_the_story_is_body(extractor: Extractor) -> None:
    """●温家宝会见…: a bulleted item of a news digest, followed by its own prose."""
    page = (
        "●嘉兴市与浙江大学签署合作协议\n5月10日，嘉兴市与浙江大学签署战略合作协议。\n"
        "●湖州新材料论坛闭幕\n湖州新材料论坛5月8日闭幕。\n"
    )
    r = extractor.extract(page, "2023-05-10")
    assert r.body.end == len(page)
    assert [a.parties for a in r.agreements] == [["嘉兴市", "浙江大学"]]


def test_a_digest_of_wire_items_keeps_every_item(extractor: Extractor) -> None:
    """Each item of a digest ends in （完）: the body ends after the last one, not the first."""
    page = (
        "嘉兴市科技大会10日召开。（完）\n"
        "湖州市与浙江大学5月9日签署战略合作协议。（完）\n"
        "相关新闻\n阿里巴巴集团与浙江大学9月23日签署合作协议。\n"
    )
    r = extractor.extract(page, "2023-05-10")
    assert r.body.end == page.index("相关新闻") - 1
    assert [a.parties for a in r.agreements] == [["湖州市", "浙江大学"]]


def test_two_stories_of_a_bundle_keep_their_own_release_of_a_bare_kind(extractor: Extractor) -> None:
    text = ("银保监会要求加力提升小微企业金融服务质量\n"
            "银保监会日前发布通知，要求银行保险机构主动对接小微企业，加力提升小微企业金融服务质量。\n"
            "全国口岸开展智慧口岸试点建设\n"
            "国家口岸管理办公室近日发布通知，决定组织在全国口岸深入开展智慧口岸试点建设。")
    r = extractor.extract(text, published="2023-04-28")
    assert [e.object for e in r.events if e.type.value == "release"] == ["通知", "通知"]


def test_a_bundle_headline_may_sum_its_story_up_in_other_words(extractor: Extractor) -> None:
    # the third headline shares few words with its lead; the bundle's other headlines restate
    # theirs, so every line standing alone before a paragraph opens a story
    text = ("上半年全国铁路完成固定资产投资3373亿元\n"
            "记者今天从国铁集团获悉，今年上半年，全国铁路完成固定资产投资3373亿元。\n"
            "2024年旅游发展基金补助地方项目资金下达\n"
            "财政部今天发布通知，下达2024年旅游发展基金补助地方项目资金9.67亿元。\n"
            "我国将打造一批化工新材料产业集群\n"
            "日前，工业和信息化部等九部门联合下发通知，我国将加快新能源、新材料等领域关键产品攻关。\n"
            "引江补汉工程主隧洞掘进超2000米\n"
            "南水北调中线引江补汉工程主隧洞目前掘进已完成2120米。")
    r = extractor.extract(text, published="2024-07-16")
    assert [e.object for e in r.events if e.type.value == "release"] == ["通知", "通知"]
    assert len(r.sections) == 4
