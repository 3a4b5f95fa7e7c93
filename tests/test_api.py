"""The public API: entry points, errors on bad input, the output contract."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import jieba
import pytest

import g60extract
from g60extract import Extractor, ExtractorConfig
from g60extract.errors import EmptyTextError, G60Error, InvalidDateError, InvalidInputError, TextTooLongError
from g60extract.models import SCHEMA_VERSION, ExtractionResult

SENTENCE = "11月9日，浙江大学与嘉兴市人民政府签订战略合作框架协议，全年新增项目近300项。"


def _all_mentions(r: ExtractionResult) -> list[tuple[int, int, str]]:
    out = [(m.start, m.end, m.text) for o in r.organizations for m in o.mentions]
    out += [(d.start, d.end, d.text) for d in r.dates] + [(s.start, s.end, s.text) for s in r.statistics]
    out += [(a.trigger.start, a.trigger.end, a.trigger.text) for a in r.agreements]
    out += [(i.mention.start, i.mention.end, i.mention.text) for i in r.initiatives]
    out += [(e.trigger.start, e.trigger.end, e.trigger.text) for e in r.events]
    return out


def test_extract_one_article() -> None:
    r = g60extract.extract(SENTENCE, published="2024-11-25")
    assert r.schema_version == SCHEMA_VERSION
    assert [a.parties for a in r.agreements] == [["浙江大学", "嘉兴市人民政府"]]
    assert r.agreements[0].date == "2024-11-09"
    assert any(s.value == 300 and s.qualifier and s.qualifier.value == "nearly" for s in r.statistics)


def test_offsets_point_at_mentions(seed_result: ExtractionResult) -> None:
    text = seed_result.article.text
    mentions = _all_mentions(seed_result)
    assert len(mentions) > 50
    for start, end, mention in mentions:
        assert text[start:end] == mention
    for s in seed_result.statistics:
        if s.subject_span:
            assert text[s.subject_span.start : s.subject_span.end] == s.subject


def test_json_round_trip(seed_result: ExtractionResult) -> None:
    data = seed_result.model_dump_json()
    again = ExtractionResult.model_validate_json(data)
    assert again == seed_result
    assert json.loads(data)["schema_version"] == SCHEMA_VERSION


def test_json_schema_lists_top_level_fields() -> None:
    schema = g60extract.json_schema()
    for name in ("organizations", "dates", "statistics", "agreements", "initiatives", "events"):
        assert name in schema["properties"]


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_is_a_clear_error(extractor: Extractor, text: str) -> None:
    with pytest.raises(EmptyTextError, match="empty"):
        extractor.extract(text, id="rec-7")


def test_errors_name_the_record(extractor: Extractor) -> None:
    with pytest.raises(G60Error, match="rec-7"):
        extractor.extract("", id="rec-7")


def test_errors_are_value_errors() -> None:
    assert issubclass(G60Error, ValueError)


def test_non_string_input(extractor: Extractor) -> None:
    with pytest.raises(InvalidInputError):
        extractor.extract(b"bytes", "2024-01-01")  # type: ignore[arg-type]


def test_bad_published_date(extractor: Extractor) -> None:
    with pytest.raises(InvalidDateError, match="not a date"):
        extractor.extract(SENTENCE, "yesterday")


def test_size_limit() -> None:
    small = Extractor(ExtractorConfig(max_chars=100))
    with pytest.raises(TextTooLongError, match="over the limit"):
        small.extract("中" * 101)


def test_non_chinese_text_gives_an_empty_result_with_a_warning(extractor: Extractor) -> None:
    r = extractor.extract("The quick brown fox met ACME Inc. on 11/9.", "2024-11-25")
    assert not r.organizations and not r.events
    assert any("Chinese" in w for w in r.warnings)


def test_without_publication_date_relative_dates_stay_unresolved(extractor: Extractor) -> None:
    r = extractor.extract("今年3月，大赛启动。")
    assert r.dates[0].value is None
    assert any("publication date" in w for w in r.warnings)


@pytest.mark.parametrize(("text", "expected"), [
    # the day the paragraph named last
    ("英国国防大臣华莱士11日称，英国正向乌克兰提供导弹。俄总统新闻秘书佩斯科夫当天表示，俄将回应。", [("当天", "2023-05-11")]),
    # not a day the news looks to (自8月2日起), so the day before it
    ("欧洲央行27日发布公告说，自8月2日起加息。拉加德当天表示，通胀仍高。", [("当天", "2023-04-27")]),
    # nor a day something will expire
    ("俄方3日表示，将不再延长本月18日到期的协议。佩斯科夫同一天表示，俄将回应。", [("同一天", "2023-05-03")]),
    # no day before it in its paragraph, an occasion's day, any day, or not the word at all
    ("英国国防大臣11日称，英国正提供导弹。\n俄方当天表示，将回应。", []),
    ("科博会今天（5月12日）开幕。开幕当天签约项目13个。", []),
    ("今天（5月12日），中老铁路开通跨境列车，昆明至万象可实现当日通达。", []),
    ("今天（5月12日）降温。当天然气价格上涨时，用户增加。", []),
    ("习近平11日同日本首相岸田文雄互致贺电。", []),
    ("比赛11日举行。当天津队夺冠时，全场欢呼。", []),
    ("今天（5月12日）起，开车后当日均可改签。", []),
])
def test_same_day_takes_the_day_named_before(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    r = extractor.extract(text, "2023-05-12")
    assert [(d.text, d.value) for d in r.dates if d.rule == "date.same_day"] == expected


def test_full_width_digits_and_control_characters(extractor: Extractor) -> None:
    text = "\x00会上，\u200b项目同比增长４２．９５％，签约项目１２个。\x1b"
    r = extractor.extract(text, "2024-11-25")
    values = {(s.value, s.unit) for s in r.statistics}
    assert (42.95, "%") in values and (12, "个") in values
    for start, end, mention in _all_mentions(r):
        assert text[start:end] == mention


def test_one_megabyte_article(extractor: Extractor) -> None:
    text = "11月9日，长三角G60科创走廊联席办与浙江大学签署战略合作协议，报道量同比增长5%。\n" * 25000
    assert len(text.encode("utf-8")) > 1_000_000
    r = extractor.extract(text, "2024-11-25")
    assert len(r.statistics) == 25000
    assert r.sentences[-1].end <= len(text)


def test_one_sentence_of_100k_characters(extractor: Extractor) -> None:
    text = "合作" * 50_000
    r = extractor.extract(text, "2024-11-25")
    assert max(s.end - s.start for s in r.sentences) <= 400


def test_extractor_pickles_as_its_config() -> None:
    ex = Extractor(ExtractorConfig(max_chars=5000))
    again = pickle.loads(pickle.dumps(ex))
    assert again.config == ex.config
    assert again.extract(SENTENCE, "2024-11-25").agreements


def test_config_is_json_serialisable() -> None:
    cfg = ExtractorConfig(segmenter="jieba", max_chars=10)
    assert ExtractorConfig.model_validate_json(cfg.model_dump_json()) == cfg


def test_global_jieba_is_untouched(extractor: Extractor) -> None:
    """The domain dictionary lives in the pipeline's own Tokenizer, not in jieba's global one."""
    extractor.extract(SENTENCE, "2024-11-25")
    assert "长三角G60科创走廊" not in jieba.dt.FREQ


def test_article_object_and_metadata(extractor: Extractor) -> None:
    art = g60extract.Article(id="a1", title="t", published=dt.date(2024, 11, 25), text=SENTENCE)
    r = extractor.extract(art)
    assert r.article.id == "a1"
    assert "a1" in repr(r) and len(repr(r)) < 300


def test_summary_is_readable(seed_result: ExtractionResult) -> None:
    text = seed_result.summary()
    assert "Agreements (9)" in text and "G60联席办" in text


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-1-5", "2024-01-05"), ("2024/1/5", "2024-01-05"), ("2024年1月5日", "2024-01-05"),
     ("2024-01-05 8:05", "2024-01-05T08:05:00"), ("2024-11-25T08:23:00", "2024-11-25T08:23:00")],
)
def test_published_formats(value: str, expected: str) -> None:
    from g60extract.pipeline import parse_published

    parsed = parse_published(value)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "2024-13-45"])
def test_out_of_range_published_is_a_clear_error(extractor: Extractor, value: str) -> None:
    with pytest.raises(InvalidDateError):
        extractor.extract("明天，上海召开大会。", value)


def test_far_dates_in_text_do_not_crash(extractor: Extractor) -> None:
    r = extractor.extract("9999年12月31日，大会召开。下个月，论坛举行。", "2024-11-25")
    assert all(d.value is None or len(d.value) <= 21 for d in r.dates)


def test_unknown_option_is_rejected() -> None:
    with pytest.raises(ValueError, match="segmentr"):
        Extractor(segmentr="pkuseg")


def test_learning_is_not_a_society(extractor: Extractor) -> None:
    r = extractor.extract("小学生学会了垃圾分类。", "2024-11-25")
    assert not r.organizations


def test_a_signing_event_names_what_the_sentence_says_was_signed() -> None:
    """The agreement's kind is 协议; the event's object is the agreement as written."""
    from g60extract import extract

    r = extract("苏丹武装部队和快速支援部队代表20日在沙特吉达签署为期7天的人道主义停火协议。", published="2023-05-21")
    signings = [e for e in r.events if e.type.value == "signing"]
    assert [e.object for e in signings] == ["人道主义停火协议"]
    assert r.text[signings[0].trigger.start : signings[0].trigger.end] == "签署"
    # a quoted word inside the name stays; a list summed up by 等 gives the kind it sums up
    for text, expected in [
        ("今天（12月26日），京津冀签订社保卡居民服务“一卡通”合作框架协议。", "社保卡居民服务“一卡通”合作框架协议"),
        ("会谈后，两国总理共同见证签署共建“一带一路”等多项双边合作文件。", "双边合作文件"),
        ("双方相关部门签署关于共建“一带一路”、数字经济等领域合作文件。", "合作文件"),
        ("当天，两国签署了通信、渔业、文化等多领域合作协议。", "合作协议"),
        ("双方签署高等教育合作协议。", "高等教育合作协议"),  # (the 等 of a word)
        ("两国签署了中俄的高等教育合作协议。", "高等教育合作协议"),
        ("浙江宁波现场签约93亿元的项目。", "项目签约"),  # (an amount, not a count of projects)
        # projects signed at a fair, by parties the story does not name (not the 三省 of 三省一区)
        ("本届辽洽会共签约271个项目，签约总额达5863.4亿元。", "271个项目"),
        ("会上，三省一区与多家央企签约合作项目达到111个。", "合作项目"),
        # (neither what brought the signing about nor a signing joined before is part of the projects)
        ("年会期间共举办128场活动，并促成309个项目签约。", "309个项目"),
    ]:
        r = extract(text, published="2023-12-26")
        assert [e.object for e in r.events if e.type.value == "signing"] == [expected]
    # an agreement and projects signed in one breath are two signings, the sides the agreement's
    r = extract("会上，还举行了江苏省政府与央企战略合作框架协议签订和百亿级重大产业项目集中签约。", published="2023-05-20")
    assert sorted((e.object or "", e.name) for e in r.events if e.type.value == "signing") == [
        ("战略合作框架协议", "签订"), ("百亿级重大产业项目", "集中签约")  # (each by its own verb)
    ]
    assert [a.parties for a in r.agreements] == [["江苏省政府", "央企"]]


def test_a_signing_that_opens_a_period_is_no_signing_event() -> None:
    """签署…以来 dates the years the story looks back on: the agreement stands, no signing is news."""
    from g60extract import extract

    r = extract("中老两国签署命运共同体行动计划以来，双方合作成果丰硕。", published="2024-10-23")
    assert [a.kind for a in r.agreements] == ["行动计划"]
    assert [e for e in r.events if e.type.value == "signing"] == []
    # (以来 inside the thing signed is no period: 建交以来首份…协定)
    r = extract("中国与洪都拉斯今天签署了建交以来首份自由贸易协定。", published="2024-10-23")
    assert len([e for e in r.events if e.type.value == "signing"]) == 1
    r = extract("会谈后，中老两国签署命运共同体行动计划。", published="2024-10-23")
    assert [e.object for e in r.events if e.type.value == "signing"] == ["命运共同体行动计划"]


def test_measures_that_take_effect_are_launched_but_a_law_in_force_is_no_event() -> None:
    from g60extract import extract

    r = extract("从今天（7月1日）起，8项公安交管便民利企改革新措施正式实施。", published="2024-07-01")
    assert [(e.type.value, e.object) for e in r.events] == [("launch", "公安交管便民利企改革新措施")]
    # set to take effect: reported with its day, as dev annotates such measures
    r = extract("公安部8项交管改革新措施7月1日起实施。", published="2024-06-13")
    assert [(e.type.value, e.date) for e in r.events] == [("launch", "2024-07-01")]
    # a law in force told beside other news is no event (one a story leads with is: test_events)
    r = extract("各地加快推进无障碍改造。今天（9月1日），《中华人民共和国无障碍环境建设法》正式施行。", published="2023-09-01")
    assert [i.name for i in r.initiatives] == ["中华人民共和国无障碍环境建设法"] and r.events == []


def test_no_initiative_begins_with_a_list_separator() -> None:
    """由中国提出、联合多国共同建设的…计划: 提出 is one of a list of modifiers, not a verb with an object."""
    from g60extract import extract

    r = extract("此外，由中国提出、联合多国共同建设的国际月球科研站计划，也迎来了两位新伙伴的加入。", published="2023-11-19")
    assert [i.name for i in r.initiatives if i.name.startswith("、")] == []


def test_a_headline_and_its_lead_report_one_signing_or_release() -> None:
    """The headline names the agreement by its kind; the lead names it in full: one signing event,
    as the lead writes it. Two signings in two sentences of the story stay two."""
    from g60extract import extract

    r = extract(
        "苏丹冲突双方签署为期7天的停火协议\n20日，苏丹武装部队和快速支援部队代表在沙特吉达签署为期7天的人道主义停火协议。",
        published="2023-05-21",
    )
    assert [(e.object, e.date) for e in r.events if e.type.value == "signing"] == [("人道主义停火协议", "2023-05-20")]
    r = extract("甲公司与乙公司签署合作协议。丙公司与丁公司签署经贸合作协议。", published="2023-05-21")
    assert len([e for e in r.events if e.type.value == "signing"]) == 2
    # the lead may tell of the meeting first and of the signing in the sentence after it
    r = extract(
        "阿联酋与土耳其签署多项合作协议\n19日，阿联酋总统穆罕默德在阿布扎比会见到访的土耳其总统埃尔多安。"
        "两国宣布成立“高级战略委员会”，并签署多项协议和谅解备忘录。",
        published="2023-07-20",
    )
    assert [sorted(a.parties) for a in r.agreements] == [["土耳其", "阿联酋"]]
    # one sentence further down, only the headline's own parties make the lead's signing its own
    r = extract(
        "中国与巴西签署合作协议\n卢拉今天会见中国代表团。此外，巴西与阿根廷也签署了贸易协议。",
        published="2023-07-20",
    )
    assert sorted(sorted(a.parties) for a in r.agreements) == [["中国", "巴西"], ["巴西", "阿根廷"]]
    # two headline lines in a row (a list of headlines) are two items, not a headline and its lead
    r = extract("甲公司与乙公司签署合作协议\n丙公司与丁公司签署经贸合作协议", published="2023-05-21")
    assert len([e for e in r.events if e.type.value == "signing"]) == 2
    # so do a headline and its lead of a release, the headline naming the document by its end
    r = extract(
        "财险业高质量发展行动方案发布\n昨天（12月6日），国家金融监督管理总局发布《关于强监管防风险促改革推动财险业高质量发展行动方案》。",
        published="2024-12-07",
    )
    assert [i.name for i in r.initiatives] == ["关于强监管防风险促改革推动财险业高质量发展行动方案"]
    assert [(e.type.value, e.date) for e in r.events] == [("release", "2024-12-06")]


def test_a_headline_that_counts_or_shortens_a_document_names_its_leads_document() -> None:
    """北京海关发布12条便利措施 (headline) is the lead's 《北京海关支持…便利措施》, 18项举措 the lead's
    …18项具体措施, a shortened title or the start of one the lead's full one; a lead's own document that the headline
    names only inside a longer phrase stays its own."""
    from g60extract import extract

    cases = [
        ("北京海关发布12条便利措施保障服贸会通关工作\n《北京海关支持中国国际服务贸易交易会便利措施》昨天（9月6日）发布。",
         "北京海关支持中国国际服务贸易交易会便利措施"),
        ("司法部推出18项举措 加大对涉企行政执法监督力度\n司法部今天发布行政复议护航企业高质量发展5个方面18项具体措施。",
         "行政复议护航企业高质量发展5个方面18项具体措施"),
        ("七部门印发智能检测装备产业三年发展计划\n日前，工业和信息化部等七部门印发《智能检测装备产业发展行动计划（2023—2025年）》。",
         "智能检测装备产业发展行动计划（2023—2025年）"),
        ("总台2025“品牌强国工程”发布\n中央广播电视总台今天发布2025“品牌强国工程”乡村振兴公益传播和融媒体传播服务方案。",
         "2025“品牌强国工程”乡村振兴公益传播和融媒体传播服务方案"),
        ("天津发布34条创新政策激发创新动能\n天津市近日发布推进创新34项政策举措，从成果转化等十个方面构建科技服务体系。",
         "推进创新34项政策举措"),
    ]
    for text, name in cases:
        r = extract(text, published="2024-09-07")
        assert [e.object for e in r.events if e.type.value == "release"] == [name], text
        assert [i.name for i in r.initiatives] == [name], text
    r = extract("北京冬奥会 冬残奥会赛后遗产报告和可持续发展报告发布\n今天（2月1日），"
                "《北京2022年冬奥会和冬残奥会赛后遗产报告》和《赛后可持续发展报告》发布。", published="2023-02-01")
    assert "赛后可持续发展报告" in [e.object for e in r.events if e.type.value == "release"]


def test_a_headline_signing_in_short_forms_is_its_leads_signing() -> None:
    """内地与澳门 (headline) is 公安部 and 澳门特别行政区政府 (lead): one agreement, with the lead's
    parties; a headline followed by a lead that reports no signing keeps its own."""
    from g60extract import extract

    r = extract(
        "内地与澳门签署驾驶证互认换领协议\n近日，公安部与澳门特别行政区政府签署《内地与澳门驾驶证互认换领协议》。",
        published="2023-02-20",
    )
    assert [a.parties for a in r.agreements] == [["公安部", "澳门特别行政区政府"]]
    # a lead that only tallies (已签署) reports no signing of its own: the headline's stays
    r = extract(
        "中新签署自由贸易协定进一步升级议定书\n记者从商务部了解到，中国和新加坡已签署进一步升级《自由贸易协定》的议定书。",
        published="2023-12-08",
    )
    assert [e.type.value for e in r.events].count("signing") == 1
    r = extract("中国与格鲁吉亚签署互免签证协定\n协定将于明年生效。", published="2024-04-11")
    assert [a.parties for a in r.agreements] == [["中国", "格鲁吉亚"]]


def test_sides_inferred_from_the_headline_are_written_as_the_story_writes_them() -> None:
    """A talks story whose text names the foreign state only as 法方 (the headline names 法国): the
    sides are 中方 and 法方, strings a reader can point to; a story naming the states keeps their names."""
    import g60extract

    text = ("欢迎仪式后，李强在总理府同博尔内总理举行会谈。李强指出，中方愿同法方推动双边贸易平衡发展。"
            "会谈后，两国总理共同见证了航空等领域多项双边合作文件的签署。")
    art = g60extract.Article(id="t", title="李强同法国总理举行会谈", published=dt.date(2023, 6, 23), text=text)
    assert [a.parties for a in g60extract.extract(art).agreements] == [["中方", "法方"]]
    art = g60extract.Article(id="t", title="李强同法国总理举行会谈", published=dt.date(2023, 6, 23),
                             text=text.replace("同博尔内总理", "同法国总理博尔内"))
    assert [a.parties for a in g60extract.extract(art).agreements] == [["中方", "法国"]]
    art = g60extract.Article(id="t", title="李强同法国总理举行会谈", published=dt.date(2023, 6, 23),
                             text=text.replace("同博尔内总理", "同法国总理博尔内").replace("双边贸易", "中国和法国的贸易"))
    assert [a.parties for a in g60extract.extract(art).agreements] == [["中国", "法国"]]


def test_agreements_with_tens_of_countries_are_a_tally_not_a_signing() -> None:
    from g60extract import extract

    r = extract("目前，我国已同180多个建交国开展了教育合作交流，与59个国家和地区签署了学历学位互认协议。", published="2024-06-10")
    assert r.agreements and not [e for e in r.events if e.type.value == "signing"]
    r = extract("中国与东盟10国签署合作协议。", published="2024-06-10")
    assert [e.object for e in r.events if e.type.value == "signing"] == ["合作协议"]


def test_two_countries_written_side_by_side_sign_as_two_parties() -> None:
    from g60extract import extract

    r = extract("沙特伊朗4月6日签署联合声明，宣布即日起恢复外交关系。", published="2023-05-13")
    assert [a.parties for a in r.agreements] == [["沙特", "伊朗"]]
    r = extract("伊朗和沙特宣布复交。本月6日，沙伊双方在北京签署联合声明。", published="2023-05-13")
    assert [a.parties for a in r.agreements] == [["沙特", "伊朗"]]  # the states of the story by their initials
    r = extract("中央广播电视总台与西泠印社昨天（3月1日）签署战略合作框架协议。", published="2023-03-02")
    assert [a.parties for a in r.agreements] == [["中央广播电视总台", "西泠印社"]]  # (a date with its day in brackets)
    r = extract("中国与瑙鲁两国外长今天在北京签署《中华人民共和国和瑙鲁共和国关于恢复外交关系的联合公报》。",
                published="2024-01-24")
    # a joint communiqué's sides as its title writes them (dev's and the audits' convention)
    assert [a.parties for a in r.agreements] == [["中华人民共和国", "瑙鲁共和国"]]
    r = extract("中国与瑙鲁两国外长今天在北京签署合作协议。", published="2024-01-24")
    assert [a.parties for a in r.agreements] == [["中国", "瑙鲁"]]  # the state its ministers sign for
    r = extract("中方与瑞士方面签署了关于开展自贸协定升级联合研究的谅解备忘录。", published="2023-05-13")
    assert [(a.parties, a.kind) for a in r.agreements] == [(["中方", "瑞士"], "谅解备忘录")]


def test_org_boundaries_of_channels_titles_and_bodies_acting_together() -> None:
    """Names in a list of channels are channels; 长 after 局 is a title only as a word of its own;
    会同 joins two bodies."""
    from g60extract import extract

    def orgs(text: str) -> list[str]:
        return [o.name for o in extract(text, published="2024-05-01").organizations]

    assert "央视网" not in orgs("节目还将在央视新闻、央视频、央视网等新媒体平台同步上线。")
    assert orgs("阿里巴巴、腾讯等平台企业积极参与。") == ["阿里巴巴", "腾讯"]
    assert orgs("杭州市数据资源局长期以来推动改革。") == ["杭州市数据资源局"]
    assert "中亚应急管理部" not in orgs("中国—中亚应急管理部长级会议在新疆乌鲁木齐举行。")
    assert orgs("财政部会同农业农村部日前下达资金。") == ["财政部", "农业农村部"]
    # the committee of an event named by its abbreviation; not the committee of 大会 in general
    assert orgs("消博会组委会发布数据，成都大运会执委会表示欢迎。") == ["消博会组委会", "成都大运会执委会"]
    assert orgs("他在大会组委会工作。") == []
    assert orgs("据杭州第19届亚运会组委会消息。") == ["杭州第19届亚运会组委会"]
    # a verb before a known name ends the span (非盟|加入|二十国集团 is a clause, not a name)
    assert orgs("中方支持非盟加入二十国集团。") == ["非盟", "二十国集团"]
    # an ordinal after a body's name is part of its unit's name; 司 after a ministry is its department
    assert orgs("河北塞罕坝机械林场与自然资源部第三海洋研究所签署倡议。") == ["河北塞罕坝机械林场", "自然资源部第三海洋研究所"]
    assert orgs("国家卫生健康委医政司司长表示。") == ["国家卫生健康委医政司"]
    assert orgs("这家公司表示，他的上司同意。") == []
    # a country's mission in another; armed forces named by their country
    assert orgs("中国驻朝鲜大使馆举办国庆招待会。") == ["中国驻朝鲜大使馆"]
    assert orgs("我驻外使馆使团举办国庆招待会，中国驻东盟使团也举行招待会。") == ["中国驻东盟使团"]
    assert orgs("乌克兰武装部队17日称。") == ["乌克兰武装部队"]
    # a city before an international body is where it sits; 书记处 and 总站 are units
    assert orgs("大会在巴黎联合国教科文组织总部举行。") == ["联合国教科文组织"]
    assert orgs("中央书记处书记蔡奇出席。") == ["中央书记处"]
    assert orgs("总台辽宁总站揭牌运行。") == ["总台辽宁总站"]
    assert orgs("中国援非盟非洲疾控中心项目竣工。") == ["非盟非洲疾控中心"]  # 援 'aid' is a verb
    # 司 only after a ministry's name; 一/某 before a suffix is an article, not part of a name
    assert orgs("游客在东京品尝日本寿司，早餐是一片法国吐司。") == []
    assert orgs("山西一煤矿发生透水事故。") == []
    assert orgs("联大通过决议，北京景山学校师生观看。") == ["联大", "北京景山学校"]
    # a category noun before a proper or transliterated name describes it (but 中央机构编制委员会 is one name)
    assert orgs("国际评级机构标普全球公司宣布，法国主流财经媒体BFM经济电视台报道。") == ["标普全球公司", "BFM经济电视台"]
    assert orgs("中央机构编制委员会印发通知。") == ["中央机构编制委员会"]
    # a verb before a dictionary name holding the suffix ends the span; so does a lone adverb before
    # a verb, but not a lone character of a brand (正|泰集团); 组织 after a verb is the verb's
    assert orgs("英特尔坚决反对联邦贸易委员会的指控。") == ["英特尔", "联邦贸易委员会"]
    assert orgs("正泰集团打造孵化园。") == ["正泰集团"]
    assert orgs("其余皆引厂进店，由州里具体负责组织搬运工作。") == []
    assert orgs("美洲国家组织发表声明，欧洲安全与合作组织表示欢迎。") == ["美洲国家组织", "欧洲安全与合作组织"]
    # the 中 of 在…中 'in' before a verb starting with 共 is no 中共
    assert orgs("嘉宾在节目中共话两国交流，在文明交流互鉴中共创辉煌。") == []
    assert orgs("在5G领域中兴发挥了重要作用。") == ["中兴"]
    assert orgs("他在中兴工作了十年。") == ["中兴"]
    assert orgs("中国国际商会与上海国际商会签署合作备忘录。") == ["中国国际商会", "上海国际商会"]
    assert orgs("中共代表团访问越南。") == ["中共代表团"]
    # 和 inside a national body's committee; an international body's name ends no longer name;
    # 中心城区 is a district, not a 中心
    assert orgs("会议听取了全国人大宪法和法律委员会的报告。") == ["全国人大宪法和法律委员会"]
    assert orgs("中国全国人大愿与巴哈马议会加强往来。") == ["中国全国人大", "巴哈马议会"]
    assert orgs("日本民众在广岛连续抗议七国集团峰会。") == ["七国集团"]
    assert orgs("届时，广州市中心城区到广州南站只需15分钟。") == []
    # 地方政府 and 大党 are categories; a known party and its verb do not begin a name
    assert orgs("2022年全国发行地方政府债券73676亿元，彰显了中国大党大国的担当。") == []
    assert orgs("社民党与绿党、自民党组成联合政府。") == ["社民党", "绿党", "自民党"]
    # a superlative or 新一届 describes; 选举产生 is a clause (but 最高 is in names: 最高人民法院)
    assert orgs("油田群建有亚洲最大原油生产平台。") == []
    assert orgs("以色列国防军当天表示，越共中央和韩国国会也发表声明。") == ["以色列国防军", "越共中央", "韩国国会"]
    # a party's organ of one session is named with the party and the session
    assert orgs("蔡达峰代表民进第十五届中央常务委员会作工作报告。") == ["民进第十五届中央常务委员会"]
    assert orgs("大会选举产生中国电影家协会新一届理事会。") == ["中国电影家协会"]
    assert orgs("俄罗斯和白俄罗斯联盟国家最高国务委员会会议6日召开。") == ["白俄罗斯联盟国家最高国务委员会"]


def test_org_names_around_titles_missions_verbs_and_descriptions() -> None:
    from g60extract import extract

    def orgs(text: str) -> list[str]:
        return [o.name for o in extract(text, published="2024-05-01").organizations]

    # jieba fuses a suffix with the member's title (协会主席, 公司总裁): the name ends at the suffix
    assert orgs("李强在京会见英中贸易协会主席古沛勤。") == ["英中贸易协会"]
    assert orgs("生产仪器仪表的TRW公司总裁说。") == ["TRW公司"]
    assert orgs("中国乒乓球队顶住众多强手冲击。") == ["中国乒乓球队"]
    # a report named 年报/半年报 is no newspaper (报)
    assert orgs("世界银行发布了《东亚和太平洋地区经济半年报》。") == ["世界银行"]
    # a mission's number belongs to the team with its country
    assert orgs("中国第13次北冰洋科学考察队搭乘破冰船返回。") == ["中国第13次北冰洋科学考察队"]
    # a body and the verb it does are not one name
    assert orgs("此次选拔由中国载人航天工程办公室统一组织实施。") == ["中国载人航天工程办公室"]
    assert orgs("涿州高新技术开发区组织专业人员检修线路。") == ["涿州高新技术开发区"]
    assert orgs("应急管理部派出工作组赶赴现场。") == ["应急管理部"]
    assert orgs("会议是落实中共中央政治局会议精神的举措。") == ["中共中央政治局"]
    assert orgs("日本民众起诉政府，要求叫停排海。") == []
    assert orgs("今天是中国少年先锋队建队74周年纪念日。") == ["中国少年先锋队"]
    assert orgs("全国政协在京召开远程协商会。") == ["全国政协"]
    # categories, not names
    assert orgs("深圳这家锂电池公司与下游企业达成协议。") == []
    assert orgs("县级以上地方人民政府有关部门、乡镇人民政府要完成清理。") == []
    assert orgs("地方党委政府及其有关部门履职不到位。") == []
    # a description before the name is not part of it
    assert orgs("英国央行英格兰银行日前表示。") == ["英国央行", "英格兰银行"]
    assert orgs("硅谷银行的前母公司硅谷银行金融集团发表声明。") == ["硅谷银行金融集团"]
    assert orgs("美国疾病控制和预防中心18日发布消息。") == ["美国疾病控制和预防中心"]
    assert orgs("英国反对党工党党首表示。") == ["工党"]
    assert orgs("在京中共中央政治局委员出席仪式。") == ["中共中央政治局"]
    assert orgs("生态环境部门在调研中发现问题。") == []
    assert orgs("保守党支持率大幅落后工党。") == ["保守党", "工党"]
    assert orgs("由江苏、内蒙古等省区市人民政府共同主办。") == []
    assert orgs("部分焦炉煤气进入亚鑫集团，转化合成甲醇。") == ["亚鑫集团"]
    assert orgs("山东贯彻落实党的二十大精神。") == []
    assert orgs("万步炎同志现为湖南科技大学教授。") == ["湖南科技大学"]
    assert orgs("开创经济兴、百姓富、生态美的多彩贵州新未来。") == []
    assert orgs("记者从中储粮集团获悉。") == ["中储粮集团"]
    assert orgs("新闻发布会，通报应急管理部推动高质量发展的情况。") == ["应急管理部"]
    assert orgs("九三学社是中国特色社会主义参政党。") == ["九三学社"]
    assert orgs("美国肯塔基州路易斯维尔市中心发生枪击。") == []
    assert orgs("国家主席习近平复信雅典大学中国研究中心的学者。") == ["雅典大学中国研究中心"]
    assert orgs("紧紧围绕地方党委政府中心工作。") == []
    # (review of this change) what a rule must not take away
    assert orgs("国家知识产权局面向社会公开征求意见，外交部门户网站发布消息。") == ["国家知识产权局", "外交部"]
    assert orgs("中国驻美大使馆发表声明。") == ["中国驻美大使馆"]
    assert orgs("福建队以3比1战胜浙江队。") == ["福建队", "浙江队"]
    assert orgs("巴基斯坦看守政府总理会见中方代表，日本维新党党首表示欢迎。") == ["巴基斯坦看守政府", "日本维新党"]
    assert orgs("日本央行政策委员会决定加息。") == ["日本央行政策委员会"]
    assert orgs("美国执政党全国委员会发表声明。") == ["美国执政党全国委员会"]
    assert orgs("京东集团下属子公司研发中心正式启用。") == ["京东集团"]
    assert orgs("中国第41次南极考察队出发。") == ["中国第41次南极考察队"]
    assert orgs("土耳其派遣重型城市救援队赴灾区，主持人听取学院专业建设汇报。") == []
    assert orgs("机构改革主要包括：重新组建科学技术部。") == ["科学技术部"]
    assert orgs("代表们充分肯定最高人民法院工作报告。") == ["最高人民法院"]
    assert orgs("中央全面深化改革委员会统筹机构改革。") == ["中央全面深化改革委员会"]
    assert orgs("事发时正值塔斯基吉大学举办返校活动，现任北京市公安局房山分局副局长到场。") == [
        "塔斯基吉大学", "北京市公安局房山分局"
    ]
    assert orgs("爱乐希望小学的学生，北方局地有高温。") == ["爱乐希望小学"]
    assert orgs("以色列将继续全力打击黎巴嫩真主党武装。") == ["黎巴嫩真主党"]
    assert orgs("用新思想武装全党，在山东省援建高标准现代蔬菜产业园的同时。") == []
    assert orgs("2023年全国海关税收入库2.21万亿元。") == []
    assert orgs("第20届中国—东盟博览会签约项目总投资额超4800亿元。") == []
    assert orgs("中国阿根廷两国央行续签双边本币互换协议，美、英、法三国海军将领出席。") == []
    # a known body, a verb and a strong suffix: a body's committee (选举委员会), not a clause
    assert orgs("会议表决通过了中国人民解放军选举委员会主任人选。") == ["中国人民解放军选举委员会"]
    assert orgs("免去其中国人民解放军军事检察院检察长职务。") == ["中国人民解放军军事检察院"]
    assert orgs("听取了关于政协第十四届全国委员会主席人选的说明。") == ["政协第十四届全国委员会"]


def test_a_company_core_before_its_works_is_the_works() -> None:
    from g60extract import extract

    r = extract("记者从三峡集团获悉，三峡枢纽航运通过量创新高。三峡集团表示将扩能。", published="2023-04-02")
    assert [(o.name, o.aliases) for o in r.organizations] == [("三峡集团", [])]


def test_a_national_body_written_with_its_country_is_its_short_form_too() -> None:
    from g60extract import extract

    r = extract("中国中央广播电视总台联合法国BFM经济电视台推出特别节目。节目在总台CGTN法语频道播出。", published="2024-01-27")
    assert [(o.name, o.aliases) for o in r.organizations] == [("中国中央广播电视总台", ["总台"]), ("法国BFM经济电视台", [])]


def test_an_enterprise_named_in_full_is_found_by_its_core_later() -> None:
    """传化集团 … 传化已经…: the short form is a mention of the same organisation, at word
    boundaries only."""
    from g60extract import extract

    r = extract("传化集团加大了研发力度。传化已经上新了10多个项目。", published="2022-12-22")
    assert [(o.name, o.aliases) for o in r.organizations] == [("传化集团", ["传化"])]
    assert all(r.text[m.start : m.end] == m.text for o in r.organizations for m in o.mentions)


def test_a_short_form_drops_a_known_parent_and_outranks_a_place_inside_it() -> None:
    """中国石油吉林石化公司 … 吉林石化: 中国石油 is the parent's known name, 吉林 a place inside the core."""
    from g60extract import extract

    r = extract("中国石油吉林石化公司年产120万吨乙烯装置开工建设。吉林石化乙烯年总产能190万吨。", published="2022-11-12")
    assert [(o.name, o.aliases) for o in r.organizations] == [("中国石油吉林石化公司", ["吉林石化"])]


def test_what_a_known_parent_leaves_is_no_short_form_when_it_is_a_field() -> None:
    """全日空航空公司 … 航空: the rest after the known parent 全日空 is the trade, not the company."""
    from g60extract import extract

    r = extract("全日空航空公司取消了部分航班。航空和铁路运输都受到影响。", published="2024-08-29")
    assert [(o.name, o.aliases) for o in r.organizations] == [("全日空航空公司", [])]


def test_a_headline_and_its_lead_write_one_number_two_ways() -> None:
    """中国八千年…展 (headline) and 中国8000年…展 (lead) are one exhibition; 第十届 and 第10届 one meeting."""
    from g60extract import extract

    text = "中国八千年龙文化精品文物展在中国考古博物馆正式开展\n今天（4月29日），中国8000年龙文化精品文物展在中国考古博物馆开展。"
    r = extract(text, published="2024-04-29")
    assert [(e.type.value, e.name, e.date) for e in r.events] == [("other", "中国8000年龙文化精品文物展", "2024-04-29")]
    r = extract("第十届世界水资源大会在京召开\n第10届世界水资源大会今天在北京开幕。", published="2024-04-29")
    assert len(r.events) == 1


def test_a_headline_without_the_session_number_reports_the_same_meeting() -> None:
    """世界水资源大会在京召开 (headline) and 第18届世界水资源大会…开幕 are one meeting; two numbered
    sessions of one body stay two."""
    from g60extract import extract

    r = extract("世界水资源大会在京召开\n第18届世界水资源大会今天在北京开幕。", published="2023-09-11")
    assert [(e.type.value, e.date) for e in r.events] == [("meeting", "2023-09-11")]
    r = extract("第二次全体会议在京召开。第三次全体会议在京召开。", published="2023-09-11")
    assert len([e for e in r.events if e.type.value == "meeting"]) == 2
    # a headline naming one of joint events (A暨B) reports the lead's meeting
    r = extract("中阿合作论坛第十届企业家大会举行\n中阿合作论坛第十届企业家大会暨第八届投资研讨会11日在利雅得举行。",
                published="2023-06-12")
    assert [e.name for e in r.events if e.type.value == "meeting"] == ["中阿合作论坛第十届企业家大会暨第八届投资研讨会"]
    r = extract("2022年中国金鸡百花电影节今天在厦门开幕\n2022年中国金鸡百花电影节暨第35届中国电影金鸡奖今天在福建厦门开幕。",
                published="2022-11-10")
    assert [e.name for e in r.events if e.type.value == "meeting"] == ["2022年中国金鸡百花电影节暨第35届中国电影金鸡奖"]


def test_a_tally_of_agreements_in_force_is_no_signing_event() -> None:
    """上海已签约重点产业项目160多个 and 对外签署的自贸协定 count what was signed before: the
    agreement is kept, but the story reports no signing; a named agreement 已签署 is one."""
    from g60extract import extract

    def signings(text: str) -> list[str | None]:
        return [e.object for e in extract(text, published="2023-01-31").events if e.type.value == "signing"]

    r = extract("一月，上海已签约重点产业项目160多个。", published="2023-01-31")
    assert [a.parties for a in r.agreements] == [["上海"]]
    assert signings("一月，上海已签约重点产业项目160多个。") == []
    assert signings("对外签署的自贸协定由10个增加到22个。") == []
    assert signings("金砖国家领导人达成的共识为目标。") == []
    assert signings("目前，三地已签署《营商环境一体化发展合作框架协议》。") == ["营商环境一体化发展合作框架协议"]
    assert signings("今天，中国商飞与7家租赁公司签订了300架国产大飞机C919订单。") == ["300架国产大飞机C919订单"]
    # 截至 opens a running total for the whole sentence; 多次 qualifies only its own clause
    assert signings("截至目前，全国医疗卫生机构和养老机构签约合作8.7万对。") == []
    # the total's own date (截至1月30日) is no day of news
    assert signings("截至1月30日，全国医疗卫生机构和养老机构签约合作8.7万对。") == []
    assert signings("双方经过多次磋商，今天签署了合作协议。") == ["合作协议"]
    # a day named after the running total: the signing is news
    assert signings("该区今年累计引进项目50个，今天上午，区政府与华为公司签署战略合作协议。") == ["战略合作协议"]
    # 先后 over the years a sentence opens with is a record; 先后 at one ceremony is not
    assert signings("50年来，双方先后达成4个政治文件和一系列重要共识。") == []
    assert signings("会谈后，双方先后签署了4个合作文件。") == ["4个合作文件"]
    assert signings("两国建交50年来友好关系不断深化，此次访问期间，双方先后签署了4个合作文件。") == ["4个合作文件"]


def test_only_a_leading_session_number_is_dropped_when_matching_a_headline() -> None:
    from g60extract import extract

    r = extract("第十四届全国人大常委会第五次会议在京召开\n全国人大常委会第五次会议今天在北京开幕。", published="2023-09-01")
    assert len([e for e in r.events if e.type.value == "meeting"]) == 1


def test_signings_announced_or_tallied_and_real_ones() -> None:
    """将/拟 as words announce a signing (not 虚拟 or 将乐); 已 tallies agreements unless the
    clause dates the signing to a day; a signing witnessed (见证…签署的) is news."""
    from g60extract import extract

    def signing_objects(text: str) -> list[str | None]:
        return [e.object for e in extract(text, published="2023-01-31").events if e.type.value == "signing"]

    assert signing_objects("双方将签署合作备忘录。") == []
    assert signing_objects("虚拟现实产业园与南昌市政府签署合作协议。") == ["合作协议"]
    assert signing_objects("双方已于今天签署战略合作协议。") == ["战略合作协议"]
    assert signing_objects("目前，我国已与59个国家和地区签署了学历学位互认协议。") == []
    assert signing_objects("两国元首共同见证了双方签署的多项合作文件。") == ["合作文件"]
    assert extract("以金砖国家领导人达成的共识为目标。", published="2024-10-24").agreements == []
    r = extract("此次签署的《嘉兴市人民政府与深圳证券交易所战略合作协议》将推动合作。", published="2024-11-09")
    assert [a.parties for a in r.agreements] == [["嘉兴市人民政府", "深圳证券交易所"]]
    r = extract("北京大学的研究团队与华为公司签署合作协议。", published="2023-01-31")
    assert [a.parties for a in r.agreements] == [["北京大学", "华为公司"]]


def test_counts_of_two_and_laws_that_take_effect_need_their_own_words() -> None:
    from g60extract import extract

    def stats(text: str) -> list[tuple[float, str | None]]:
        return [(x.value, x.unit) for x in extract(text, published="2024-05-01").statistics]

    assert stats("当地发生两起袭击事件，警方两次发出警告。") == [(2, "起"), (2, "次")]
    assert stats("两场馆将于明年完工。") == []
    for text in ("这种新方法已经在全省实施。", "上述做法实施了。", "有关部门按照有关规定实施。"):
        assert extract(text, published="2024-05-01").initiatives == []


def test_occasions_joined_to_a_meeting_and_prizes_announced_are_typed_by_what_they_are() -> None:
    from g60extract import extract

    result = extract("今天，第二届“中国消防忠诚卫士”表彰大会暨消防救援纪念章颁发仪式在北京举行。", published="2023-11-08")
    assert [e.type.value for e in result.events] == ["meeting"]
    result = extract("今天，中新双向投资洽谈会暨苏州工业园区中新合作项目签约活动举行。", published="2024-11-25")
    assert sorted(e.type.value for e in result.events) == ["meeting", "signing"]
    # a ceremony named first by the signing it holds is one signing, with the agreement it names
    result = extract("住房城乡建设部与中央广播电视总台战略合作框架协议签约暨大型系列纪录片《文脉春秋》开播仪式"
                     "今天（11月23日）在京举行。", published="2023-11-23")
    assert [e.type.value for e in result.events] == ["signing"]
    assert [a.parties for a in result.agreements] == [["住房城乡建设部", "中央广播电视总台"]]
    # a competition held is an occasion and an initiative of kind competition
    result = extract("中华人民共和国第二届职业技能大赛9月16日在天津开幕。", published="2023-09-16")
    assert [(e.type.value, e.name) for e in result.events] == [("other", "中华人民共和国第二届职业技能大赛")]
    assert [(i.kind.value, i.name) for i in result.initiatives] == [("competition", "中华人民共和国第二届职业技能大赛")]
    result = extract("第36届中国电影金鸡奖昨晚（11月4日）在福建厦门揭晓。", published="2023-11-05")
    assert [(e.type.value, e.object) for e in result.events] == [("award", "第36届中国电影金鸡奖")]


def test_a_headline_naming_a_document_by_its_kind_and_its_lead_report_one_release() -> None:
    from g60extract import extract

    r = extract("国家医保局发布通知规范医保药品外配处方管理\n"
                "近日，国家医保局发布《关于规范医保药品外配处方管理的通知》，要求各地加强管理。", published="2023-02-15")
    assert [e.object for e in r.events if e.type.value == "release"] == ["关于规范医保药品外配处方管理的通知"]
    # two headlines in a row are a list, not a headline and its lead
    r = extract("国家医保局发布通知规范处方管理\n吉林出台60条措施助力民企发展\n", published="2023-02-15")
    assert len([e for e in r.events if e.type.value == "release"]) == 2


def test_a_headline_naming_a_meeting_by_its_short_form_and_its_lead_report_one_meeting() -> None:
    from g60extract import extract

    r = extract("第十二届服博会今天在武汉开幕\n第十二届中国国际服务外包交易博览会今天（3月21日）在武汉开幕。",
                published="2023-03-21")
    assert [e.name for e in r.events if e.type.value == "meeting"] == ["第十二届中国国际服务外包交易博览会"]
    r = extract("第十一届中国-中亚合作论坛今天在银川开幕\n今天（10月26日），第十一届中国—中亚合作论坛在宁夏银川开幕。",
                published="2024-10-26")
    assert len([e for e in r.events if e.type.value == "meeting"]) == 1
    # two sessions, or a headline list, stay apart
    r = extract("第十二届服博会今天在武汉开幕\n第十三届中国国际服务外包交易博览会今天在武汉开幕。", published="2023-03-21")
    assert len([e for e in r.events if e.type.value == "meeting"]) == 2
    # a press conference held about the meeting is another meeting, on its own day
    r = extract("第七届世界智能大会5月18日在天津召开\n记者今天（5月11日）在第七届世界智能大会新闻发布会上获悉，"
                "本届大会将于5月18日至21日在天津举办。", published="2023-05-11")
    assert sorted((e.name, e.date) for e in r.events if e.type.value == "meeting") == [
        ("第七届世界智能大会", "2023-05-18"), ("第七届世界智能大会新闻发布会", "2023-05-11")]


def test_bodies_of_a_congress_and_a_broadcasters_own_outlets() -> None:
    from g60extract import extract

    r = extract("中国共产党第二十次全国代表大会主席团21日上午在人民大会堂举行第三次会议。", published="2022-10-21")
    assert "中国共产党第二十次全国代表大会主席团" in [o.name for o in r.organizations]
    r = extract("大会秘书处今天发布公告。", published="2023-03-09")
    assert [o.name for o in r.organizations] == ["大会秘书处"]
    # 央视网 listed among a broadcaster's outlets is a channel, not a body of its own
    r = extract("节目将在央视综合频道，央视频、央视网等平台播出。", published="2023-11-05")
    assert "央视网" not in [o.name for o in r.organizations]
    r = extract("成立国际剧院联盟、国际智库合作委员会等平台。", published="2024-06-10")
    assert "国际智库合作委员会" in [o.name for o in r.organizations]


def test_a_body_stationed_somewhere_and_a_body_that_organises() -> None:
    from g60extract import extract

    r = extract("中国人民解放军驻香港部队今天组织第27次建制单位轮换。", published="2024-08-25")
    assert [o.name for o in r.organizations] == ["中国人民解放军驻香港部队"]
    r = extract("交通部门组织人员进行铲雪除冰。", published="2023-12-18")
    assert r.organizations == []


def test_review_cases_two_meetings_a_channel_and_talks_without_china() -> None:
    from g60extract import extract

    # two meetings of one session number are two meetings, unless one name abbreviates the other
    r = extract("第五届中国国际进口博览会今天开幕\n第五届虹桥国际经济论坛今天（11月5日）在上海开幕。", published="2022-11-05")
    assert len([e for e in r.events if e.type.value == "meeting"]) == 2
    # 通过 meaning "through" releases nothing, even before 和
    r = extract("观众可通过《新闻联播》和央视频客户端收看直播。", published="2024-01-01")
    assert r.initiatives == [] and [e for e in r.events if e.type.value == "release"] == []
    # talks China is not part of do not make China a party
    r = extract("俄罗斯总统普京同朝鲜领导人金正恩举行会谈。会谈后，两国签署了全面战略伙伴关系条约。", published="2024-06-19")
    assert all("中国" not in a.parties for a in r.agreements)
    # a meeting holds its own sessions; a body holds a meeting named after the verb
    r = extract("第七届进博会举行开幕式。", published="2024-11-05")
    assert [e.name for e in r.events if e.type.value == "meeting"] == ["第七届进博会"]
    r = extract("世界互联网大会今天召开新闻发布会。", published="2024-10-24")
    assert [e.name for e in r.events if e.type.value == "meeting"] == ["新闻发布会"]


def test_counts_sizes_and_market_words_do_not_open_a_name() -> None:
    from g60extract import extract

    for text in ("由几个发达国家组成的这一小集团，肆意干涉别国内政。", "免收存量及增量上市公司年费。"):
        assert extract(text, published="2023-05-18").organizations == []
    names = [o.name for o in extract("京津冀成立了15个跨区域特色职教集团。", published="2023-02-26").organizations]
    assert not any(n.startswith("个") for n in names)
    assert [o.name for o in extract("中国一汽集团今天发布年报。", published="2023-05-18").organizations] == ["中国一汽集团"]
    for text in ("实现从幼儿园到大学各级各类学校急救教育试点全覆盖。", "对城镇居民非法购买宅基地的不予登记。"):
        assert extract(text, published="2023-07-10").organizations == []


def test_drafts_passed_on_and_documents_in_force_are_initiatives_without_a_release_event() -> None:
    from g60extract import extract

    r = extract("会议讨论并原则通过《中华人民共和国危险化学品安全法（草案）》，决定将草案提请全国人大常委会审议。",
                published="2024-11-22")
    assert [i.name for i in r.initiatives] == ["中华人民共和国危险化学品安全法（草案）"]
    assert [e.type.value for e in r.events] == []
    r = extract("按照水利部印发的水量调度计划，本年度将分别向江苏、安徽、山东调水。", published="2024-11-25")
    assert [i.name for i in r.initiatives] == ["水量调度计划"] and r.events == []
    r = extract("我国自2020年启动新能源汽车下乡活动以来，共发布7批下乡车型目录清单。", published="2024-05-16")
    assert [e.type.value for e in r.events if e.type.value == "release"] == []
    # 先后印发 reports two releases all the same
    r = extract("从2019年开始，《交通强国建设纲要》与《国家综合立体交通网规划纲要》的先后印发，标志着交通强国建设上升。",
                published="2024-04-15")
    assert "国家综合立体交通网规划纲要" in [e.object for e in r.events if e.type.value == "release"]
    # a release announced (将发布) names the document, with no release event yet
    r = extract("中国将发布《全球数据跨境流动合作倡议》。", published="2024-11-17")
    assert [i.name for i in r.initiatives] == ["全球数据跨境流动合作倡议"] and r.events == []
    # …and so does one a later clause carries on (壮大 opens its clause as a verb, whatever jieba tags it)
    r = extract("工业和信息化部表示，2024年将全面实施该行动，加快培育新兴产业，壮大新能源等新兴产业，出台未来产业发展行动计划。",
                published="2024-01-13")
    assert "未来产业发展行动计划" in [i.name for i in r.initiatives]
    assert [e.type.value for e in r.events if e.type.value == "release"] == []


def test_a_project_signing_is_named_by_the_projects_the_sentence_signs() -> None:
    from g60extract import extract

    r = extract("本届投洽会共有客商参会，签约各类投资项目638个，总投资规模约4845.7亿元。", published="2023-09-11")
    assert [e.object for e in r.events if e.type.value == "signing"] == ["各类投资项目"]


def test_a_programme_carried_on_is_no_initiative_of_the_story() -> None:
    from g60extract import extract

    # begun before, told as carried on: dev and audits annotate none of these as required
    r = extract("2023年春运，全国铁路公安机关持续开展打击整治专项行动。", published="2023-02-16")
    assert (r.initiatives, r.events) == ([], [])
    # a programme started is still one, and a launch
    r = extract("今天，全国铁路公安机关开展打击整治专项行动。", published="2023-02-16")
    assert [(i.name, i.action) for i in r.initiatives] == [("打击整治专项行动", "开展")]


def test_review_cases_of_this_change_keep_their_whole_output() -> None:
    from g60extract import extract

    r = extract("文化和旅游部与中央广播电视总台签署战略合作框架协议。", published="2023-07-24")
    assert [a.parties for a in r.agreements] == [["文化和旅游部", "中央广播电视总台"]]
    r = extract("我们来认识新疆金风科技股份有限公司董事长武钢。", published="2022-10-11")
    assert [o.name for o in r.organizations] == ["新疆金风科技股份有限公司"]
    # a headline naming the document by its kind and a lead giving its title with its period: one release
    r = extract("多部门发布方案 促进汽车行业稳定增长\n工业和信息化部等七部门日前发布汽车行业稳增长方案（2023—2024年）。",
                published="2023-09-02")
    assert [e.object for e in r.events if e.type.value == "release"] == ["汽车行业稳增长方案（2023—2024年）"]
    # 中共印发 is no tally (共), and a draft published for comment is released
    r = extract("近日，中共印发《中国共产党纪律处分条例》。", published="2023-12-27")
    assert [e.object for e in r.events if e.type.value == "release"] == ["中国共产党纪律处分条例"]
    r = extract("全国人大常委会法工委今天公布《中华人民共和国民法典（草案）》，向社会公开征求意见。", published="2024-01-01")
    assert [e.type.value for e in r.events] == ["release"]


def test_who_attends_an_opening_is_not_what_opens() -> None:
    from g60extract import extract

    r = extract("国家主席习近平同塔吉克斯坦总统拉赫蒙在杜尚别共同出席中方援塔议会大楼和政府大楼落成仪式。",
                published="2024-07-06")
    assert not any("习近平" in (i.name or "") for i in r.initiatives)
    assert not any("习近平" in (e.object or "") for e in r.events)


def test_conditions_settings_and_words_that_only_look_like_rule_words() -> None:
    from g60extract import extract

    def events(text: str) -> list[tuple[str, str | None]]:
        return [(e.type.value, e.object or e.name) for e in extract(text, published="2024-10-18").events]

    # a condition is no signing; 若 inside a place name is no condition
    assert events("卡茨表示，如果以色列和哈马斯就交换被扣押人员达成协议，以方将暂缓行动。") == []
    assert ("signing", "对口帮扶协议") in events("若尔盖县同成都市签署对口帮扶协议。")
    # who attends a meeting is not its name
    assert events("在中国国家主席习近平将赴俄罗斯出席金砖国家领导人第十六次会晤之际，中俄媒体举办活动。") == [
        ("meeting", "金砖国家领导人第十六次会晤")
    ]
    # a setting (在…举行的仪式上) and a place name with 从 (从化区) still stand between a works and its verb
    assert ("launch", "沪苏湖高铁") in events("沪苏湖高铁在今天举行的仪式上正式开通运营。")
    assert ("launch", "广州市从化区数字经济产业园") in events("广州市从化区数字经济产业园正式开园。")
    assert ("launch", "根据地红色旅游平台") in events("根据地红色旅游平台正式上线。")
    # a programme carried out as ordered is launched; one that a body orders others to carry out is not
    assert ("launch", "“清朗”专项行动") in events("按照省委部署开展“清朗”专项行动。")
    assert events("全国妇联等11部门部署开展“六一”庆祝活动。") == []


def test_a_headline_deploying_a_programme_its_lead_starts_is_one_launch() -> None:
    """民政部部署… (headline) / …从即日起在全国范围内开展… (lead): one initiative, started, so one
    launch event; a lead that orders others (部署各地…，开展…) still launches nothing."""
    from g60extract import extract

    r = extract("民政部部署“寒冬送温暖”专项救助行动\n民政部日前发出通知，从即日起在全国范围内开展“寒冬送温暖”专项救助行动。",
                published="2024-11-05")
    assert [i.name for i in r.initiatives if i.kind.value != "document"] == ["“寒冬送温暖”专项救助行动"]
    assert ("launch", "“寒冬送温暖”专项救助行动") in [(e.type.value, e.object) for e in r.events]
    r = extract("全国妇联等11部门部署开展“六一”庆祝活动\n全国妇联等11部门日前联合下发通知，部署各地围绕“我与祖国共成长”主题，"
                "开展丰富多彩的“六一”庆祝活动。", published="2024-05-29")
    assert [e.type.value for e in r.events] == ["release"]


def test_an_activity_of_talks_or_trade_is_a_meeting(extractor: Extractor) -> None:
    """研讨活动, 交流活动, 对接活动 gather people to talk or trade: meetings; 植树活动 is an occasion."""
    def types(text: str) -> list[tuple[str, str | None]]:
        return [(e.type.value, e.name) for e in extractor.extract(text, "2024-05-30").events]

    assert types("“中国与世界”专题研讨活动今天在北京举行。") == [("meeting", "“中国与世界”专题研讨活动")]
    assert types("2024中国产业转移发展对接活动今天在黑龙江哈尔滨举行。") == [("meeting", "2024中国产业转移发展对接活动")]
    # a rally on site pushing projects on: a meeting, as a 推进会 is
    assert types("今天，四川举行2023年第一季度重大项目现场推进活动。") == [("meeting", "2023年第一季度重大项目现场推进活动")]
    assert types("2023年共和国部长义务植树活动今天在北京举行。") == [("other", "2023年共和国部长义务植树活动")]
    # games named first, joined by 暨 to a side event: the games' type, and one event with its headline
    kites = "第20届世界风筝锦标赛在山东潍坊举行\n今天（4月20日），第20届世界风筝锦标赛暨万人风筝放飞活动在山东潍坊举行。"
    assert types(kites) == [("other", "第20届世界风筝锦标赛暨万人风筝放飞活动")]


def test_an_alliance_unveiled_is_founded(extractor: Extractor) -> None:
    r = extractor.extract("世界剧院联盟今天在北京揭幕。", "2023-11-13")
    assert [(e.type.value, e.object) for e in r.events] == [("establishment", "世界剧院联盟")]


@pytest.mark.parametrize(("text", "orgs"), [
    ("十四届全国人大常委会第四次会议25日在北京人民大会堂举行。", ["十四届全国人大常委会"]),
    ("会议通过了二十届中央委员会委员候选人名单。", ["二十届中央委员会"]),
    ("这次代表大会将选举新一届中央委员会。", ["中央委员会"]),
])
def test_a_body_of_one_session_is_named_with_its_number(extractor: Extractor, text: str, orgs: list[str]) -> None:
    r = extractor.extract(text, "2023-07-25")
    assert [m.text for o in r.organizations for m in o.mentions] == orgs


def test_review_cases_of_the_headline_programme_and_distributed_rules(extractor: Extractor) -> None:
    """What a corpus review of those rules found: 成都 is no 都 of many hosts, attendees listed with
    各单位 hold nothing, a 部署 of another clause with its own subject orders nothing, and two
    sessions' bodies are two organisations."""
    def events(text: str) -> list[tuple[str, str | None]]:
        return [(e.type.value, e.name or e.object) for e in extractor.extract(text, "2024-04-26").events]

    assert events("国家副主席韩正26日在四川成都出席2024年成都世界园艺博览会开幕式并致辞。") == [
        ("meeting", "2024年成都世界园艺博览会")]
    assert events("解放军各单位和武警部队主要负责同志参加研讨班。") == [("meeting", "研讨班")]
    assert events("国务院去年部署全国开展安全生产大检查，今年应急管理部启动“护航”专项行动。") == [
        ("launch", "“护航”专项行动")]
    r = extractor.extract("会议选举产生二十届中央纪律检查委员会，审查十九届中央纪律检查委员会的工作报告。", "2022-10-22")
    assert sorted(o.name for o in r.organizations) == ["二十届中央纪律检查委员会", "十九届中央纪律检查委员会"]
    r = extractor.extract("这一届全国人大常委会依法履职。", "2022-10-22")
    assert [o.name for o in r.organizations] == ["全国人大常委会"]


def test_review_cases_of_the_known_groups_and_sessions(extractor: Extractor) -> None:
    """A short form in brackets is its full name again, not a second party; a wish, an open question
    or a signing spoken of signs nothing; 第十九届 is no 九届."""
    def parties(text: str) -> list[list[str]]:
        return [a.parties for a in extractor.extract(text, "2024-05-06").agreements]

    assert parties("巴勒斯坦伊斯兰圣战组织（杰哈德）与以色列13日晚达成停火协议。") == [["巴勒斯坦伊斯兰圣战组织", "以色列"]]
    assert parties("哈马斯政治局领导人哈尼亚5日表示，哈马斯希望达成全面停火协议。") == []
    assert parties("内塔尼亚胡当天说，无论以色列与哈马斯是否达成协议，以军都将攻打拉法。") == []
    assert parties("内塔尼亚胡1日称，与哈马斯达成协议并不意味着可以避免以军进攻拉法。") == []
    r = extractor.extract("习近平总书记代表第十九届中央委员会向大会作了报告。", "2022-10-16")
    assert [m.text for o in r.organizations for m in o.mentions] == ["中央委员会"]


def test_armed_and_political_groups_of_the_news_are_organisations(extractor: Extractor) -> None:
    r = extractor.extract("巴勒斯坦伊斯兰抵抗运动（哈马斯）今天表示接受停火提议。也门胡塞武装宣布袭击船只。"
                          "苏丹武装部队与快速支援部队在喀土穆交火。", "2024-05-07")
    assert {o.name: [m.text for m in o.mentions] for o in r.organizations} == {
        "巴勒斯坦伊斯兰抵抗运动": ["巴勒斯坦伊斯兰抵抗运动", "哈马斯"], "也门胡塞武装": ["也门胡塞武装"],
        "苏丹武装部队": ["苏丹武装部队"], "快速支援部队": ["快速支援部队"],
    }


def test_two_ministries_side_by_side_are_two(extractor: Extractor) -> None:
    r = extractor.extract("民政部财政部部署开展服务类社会救助试点", "2024-08-15")
    assert sorted(o.name for o in r.organizations) == ["民政部", "财政部"]


@pytest.mark.parametrize(("text", "orgs"), [
    ("国家禁毒办发布2023年中国毒情形势报告。", ["国家禁毒办"]),
    ("中央网信办今天启动专项行动。", ["中央网信办"]),
    # 办 as a verb: newly registered, handled across provinces, founding a province and a zone
    ("今年前三季度，全国新办涉税经营主体达1257.8万户。", []),
    ("在庆祝海南建省办经济特区30周年大会上。", []),
    ("83个国家和国际组织设展办会。", []),
])
def test_a_bureau_in_ban(extractor: Extractor, text: str, orgs: list[str]) -> None:
    r = extractor.extract(text, "2024-06-19")
    assert [o.name for o in r.organizations if o.type.value == "government"] == orgs


def test_a_batch_sent_abroad_is_named_with_its_destination(extractor: Extractor) -> None:
    r = extractor.extract("中国第13批赴南苏丹（瓦乌）维和部队今天回国。", "2023-12-17")
    assert [o.name for o in r.organizations] == ["中国第13批赴南苏丹（瓦乌）维和部队"]


def test_every_same_day_mark_of_a_long_paragraph_is_resolved(extractor: Extractor) -> None:
    # a mark per clause, one date before them all (the resolver reads the text once, not once per mark)
    text = "11日，甲表示。" + "当天乙说，" * 2000
    r = extractor.extract(text, "2023-05-12")
    assert sum(d.rule == "date.same_day" for d in r.dates) == 2000


def test_a_ceremony_that_confers_is_typed_by_what_it_confers() -> None:
    """颁奖典礼 and 授勋仪式 are awards, 授牌仪式 and 颁证仪式 designations; other ceremonies are occasions."""
    from g60extract import extract

    cases = {
        "第十六届中华图书特殊贡献奖颁奖仪式今天在京举行。": "award",
        "今天，跨国公司地区总部和研发中心颁证仪式在上海举行。": "designation",
        "今天，第十批在韩志愿军烈士遗骸交接仪式在仁川举行。": "other",
    }
    for text, etype in cases.items():
        r = extract(text, published="2023-06-14")
        assert [e.type.value for e in r.events] == [etype], text


def test_a_ceremony_named_by_its_act_is_one_award_with_what_it_confers(extractor: Extractor) -> None:
    """授予R“友谊勋章”，并举行隆重颁授仪式: one award, by the ceremony's name and the medal's; 向 names who
    receives it, not the state that confers it."""
    result = extractor.extract(
        "10月31日，习近平在人民大会堂向越共中央总书记阮富仲授予中华人民共和国“友谊勋章”，并举行隆重颁授仪式。",
        published="2022-11-01",
    )
    assert [(e.type.value, e.name, e.object, e.date) for e in result.events] == [
        ("award", "颁授仪式", "中华人民共和国“友谊勋章”", "2022-10-31")
    ]
    assert [i.recipients for i in result.initiatives] == [["越共中央总书记阮富仲"]]
    # in the next sentence too, as a bundle item's headline and its first line write it
    bundle = extractor.extract("700名维和官兵被联合国授予“和平荣誉勋章”\n日前，维和步兵营在超级营地举行授勋仪式。",
                               published="2022-10-03")
    assert [(e.type.value, e.name, e.object) for e in bundle.events] == [("award", "授勋仪式", "和平荣誉勋章")]


def test_what_a_sentence_recalls_from_years_back_is_history(extractor: Extractor) -> None:
    """5年前，…共同启动…“百校项目”: a frame some years back recalls a launch or a founding as history (as
    45年前…缔结…条约 does for agreements)."""
    recalled = extractor.extract("5年前，我同穆罕默德总统共同启动阿联酋中文教学“百校项目”。", published="2024-05-26")
    assert recalled.initiatives == [] and recalled.events == []
    decade = extractor.extract("习近平指出，10年前，我在巴西利亚同拉美国家领导人共同宣布成立中拉论坛。", published="2024-11-21")
    assert decade.events == []
    # a later time in the sentence opens a frame of its own
    today = extractor.extract("5年前，中老铁路开工建设，今天，中老铁路正式开通运营。", published="2024-05-26")
    assert [e.object for e in today.events if e.type.value == "launch"] == ["中老铁路"]
    # a meeting so recalled stays, as dev dates one held a year before
    last_year = extractor.extract("一年前，习近平总书记致信祝贺首届全民阅读大会举办。", published="2023-04-23")
    assert [e.name for e in last_year.events] == ["首届全民阅读大会"]


def test_a_book_launched_with_a_meeting_is_released_and_the_meeting_held(extractor: Extractor) -> None:
    """《…》…文版首发式暨…研讨会…举行: the edition is released (an initiative too), and the meeting is
    the one after 暨."""
    result = extractor.extract(
        "20日，《习近平谈治国理政》第一卷白俄罗斯文版首发式暨中白治国理政研讨会在白俄罗斯首都明斯克举行。", published="2023-12-21"
    )
    assert [(e.type.value, e.name or e.object) for e in result.events] == [
        ("release", "《习近平谈治国理政》第一卷白俄罗斯文版"), ("meeting", "中白治国理政研讨会"),
    ]
    assert [(i.name, i.action) for i in result.initiatives] == [("《习近平谈治国理政》第一卷白俄罗斯文版", "首发")]
    mention = result.initiatives[0].mention
    assert result.article.text[mention.start : mention.end] == mention.text


def test_a_release_referred_back_to_is_no_release_event(extractor: Extractor) -> None:
    # 暂行措施出台后，…: what followed a release made before; the measures stay an initiative
    result = extractor.extract("暂行措施出台后，取消了向驻外使领馆申报健康码环节。", published="2023-01-13")
    assert [i.name for i in result.initiatives] == ["暂行措施"]
    assert not [e for e in result.events if e.type.value == "release"]
    # a titled document still reports its release, as the gold reads it
    titled = extractor.extract("《海南自由贸易港建设总体方案》发布后，这里引进了首家大型实体企业。", published="2023-07-15")
    assert [e.object for e in titled.events if e.type.value == "release"] == ["海南自由贸易港建设总体方案"]


def test_a_headline_and_its_lead_wording_one_initiative_differently_give_one(extractor: Extractor) -> None:
    text = ("载人月球探测任务新飞行器名称征集活动启动\n"
            "中国载人航天工程办公室今天（8月31日）启动载人月球探测任务新飞行器征名活动。")
    result = extractor.extract(text, published="2023-08-31")
    assert [i.name for i in result.initiatives] == ["载人月球探测任务新飞行器征名活动"]
    [launch] = [e for e in result.events if e.type.value == "launch"]
    assert launch.date == "2023-08-31"
    assert launch.arguments["aliases"] == ["载人月球探测任务新飞行器名称征集活动"]


def test_a_headline_meeting_named_by_a_short_form_is_its_leads(extractor: Extractor) -> None:
    # 总台 is the alias table's short form of 中央广播电视总台: one meeting, not two
    text = ("总台首届版权生态合作大会在上海举行\n"
            "中央广播电视总台首届版权生态合作大会今天（4月28日）在上海举行。")
    result = extractor.extract(text, published="2023-04-28")
    [meeting] = [e for e in result.events if e.type.value == "meeting"]
    assert meeting.date == "2023-04-28"


@pytest.mark.parametrize(("text", "signed"), [
    # the content before a bare kind names the document; a term or a value before it does not
    ("中国和新加坡在北京签署互免持普通护照人员签证的协定。", "互免持普通护照人员签证的协定"),
    ("双方签署为期7天的停火协议。", "停火协议"),
])
def test_a_signing_event_names_what_was_signed(extractor: Extractor, text: str, signed: str) -> None:
    [signing] = [e for e in extractor.extract(text, published="2024-01-25").events if e.type.value == "signing"]
    assert signing.object == signed


def test_a_verb_the_dictionary_mistags_opens_no_name(extractor: Extractor) -> None:
    # jieba tags 祝贺 as a person name: the lexicon's dictionary_verbs read it as the verb it is
    result = extractor.extract("斯塔默祝贺中国体育代表团取得佳绩。", published="2024-08-23")
    assert [o.name for o in result.organizations] == ["中国体育代表团"]


def test_a_ceremony_the_next_sentence_names_is_the_award_conferred(extractor: Extractor) -> None:
    text = ("习近平向拉赫蒙颁授中华人民共和国“友谊勋章”。\n"
            "这是中方首次在境外举行勋章颁授仪式，充分体现了中国人民的深情厚谊。")
    awards = [e for e in extractor.extract(text, published="2024-07-06").events if e.type.value == "award"]
    assert len(awards) == 1


def test_a_headline_name_its_lead_describes_is_the_one_kept(extractor: Extractor) -> None:
    # the lead read by another rule (a programme started), its name the headline's with more before it:
    # one initiative; a quoted name before the headline's is the campaign's own, which the lead's keeps (dev
    # writes 105 names “…”+kind, and one kind without its quote)
    text = ("黄河禁渔专项执法行动启动\n"
            "农业农村部今天（4月1日）启动“中国渔政亮剑2023”黄河禁渔专项执法行动，将强化常年禁渔和区域禁渔执法监管。")
    result = extractor.extract(text, published="2023-04-01")
    assert [i.name for i in result.initiatives] == ["“中国渔政亮剑2023”黄河禁渔专项执法行动"]
    [launch] = [e for e in result.events if e.type.value == "launch"]
    assert launch.date == "2023-04-01"
    assert launch.arguments["aliases"] == ["黄河禁渔专项执法行动"]


@pytest.mark.parametrize(("text", "orgs"), [
    # a list vouches for an item whose weak suffix wants a proper name
    ("进修班由中组部、国家经贸委、人事部、中央党校和国家行政学院共同组织。",
     ["中组部", "国家经贸委", "人事部", "中央党校", "国家行政学院"]),
    ("议员向法律部和内政部提出质询。", ["法律部", "内政部"]),
    # not a place and a bare suffix, nor a common word ending in one, nor a generic body
    ("企业在上海建设亚太物流中心及中国总部。", ["亚太物流中心"]),
    ("商务部、外交部、有关部门和单位出席。", ["商务部", "外交部"]),
    ("上海市政府及领导干部出席。", ["上海市政府"]),
])
def test_a_list_item_beside_a_named_body_is_a_body(extractor: Extractor, text: str, orgs: list[str]) -> None:
    r = extractor.extract(text, "2024-08-15")
    assert sorted(o.name for o in r.organizations) == sorted(orgs)


@pytest.mark.parametrize(("text", "org"), [
    ("中国、斯洛伐克联合登山队第一次冲击顶峰失利。", "中国、斯洛伐克联合登山队"),
    ("有关领导向中、斯登山队颁发了登顶证书。", "中、斯登山队"),
])
def test_a_joint_body_is_named_with_the_states_it_lists(extractor: Extractor, text: str, org: str) -> None:
    assert org in [o.name for o in extractor.extract(text, "1998-05-20").organizations]


def test_the_ministries_of_listed_states_are_not_one_body(extractor: Extractor) -> None:
    names = [o.name for o in extractor.extract("伊朗、叙利亚外交部发表联合声明。", "2024-05-20").organizations]
    assert "伊朗、叙利亚外交部" not in names


def test_a_ministry_whose_name_holds_a_conjunction_is_not_cut_by_the_list_rule(extractor: Extractor) -> None:
    r = extractor.extract("由总台与埃及旅游和文物部、中国驻埃及大使馆共同主办。", "2024-07-31")
    assert "文物部" not in [o.name for o in r.organizations]


def test_a_decision_adopted_and_the_body_it_founds_are_two_initiatives(extractor: Extractor) -> None:
    r = extractor.extract("会议表决通过了全国人大常委会关于设立全国人大常委会代表工作委员会的决定。", "2023-06-28")
    assert {i.name for i in r.initiatives} == {
        "全国人大常委会代表工作委员会", "全国人大常委会关于设立全国人大常委会代表工作委员会的决定",
    }


def test_two_untitled_agreements_of_a_kind_one_verb_signs_are_two() -> None:
    r = g60extract.extract("今天（4月5日），中国国家航天局和泰国高等教育科研与创新部在北京签署了关于探索与和平利用外层空间合作的"
                           "谅解备忘录和国际月球科研站合作的谅解备忘录。", published="2024-04-05")
    assert [(a.parties, a.kind) for a in r.agreements] == [(["中国国家航天局", "泰国高等教育科研与创新部"], "谅解备忘录")] * 2
    assert len([e for e in r.events if e.type.value == "signing"]) == 1  # (one occasion)


def test_a_headline_describing_its_leads_works_by_standing_is_the_leads() -> None:
    r = g60extract.extract("中企参建的孟加拉国重要铁路路段通车\n11日，由中国和孟加拉国企业共同建设的“一带一路”项目——"
                           "孟加拉国多哈扎里至科克斯巴扎尔铁路举行通车仪式。", published="2023-11-12")
    assert [i.name for i in r.initiatives] == ["孟加拉国多哈扎里至科克斯巴扎尔铁路"]


@pytest.mark.parametrize("text", [
    "7月5日，习近平向拉赫蒙颁授中华人民共和国“友谊勋章”。习近平向拉赫蒙颁授“友谊勋章”。",  # both forms: one honour
    "中华人民共和国“友谊勋章”授予拉赫蒙。",  # the honour first, who after the verb
])
def test_the_states_honour_is_one_item_named_whole(extractor: Extractor, text: str) -> None:
    initiatives = extractor.extract(text, published="2024-07-06").initiatives
    assert [(i.name, i.recipients) for i in initiatives] == [("中华人民共和国“友谊勋章”", ["拉赫蒙"])]
