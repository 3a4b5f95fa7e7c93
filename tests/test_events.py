"""Events the pipeline builds from several rules or sentences: what one rule's examples cannot show."""

from __future__ import annotations

import pytest

from g60extract import Extractor


def test_headline_and_lead_report_one_milestone(extractor: Extractor) -> None:
    text = "京秦高速全线贯通\n今天（2月6日），北京至秦皇岛高速公路全线贯通。"
    events = [e for e in extractor.extract(text, published="2023-02-06").events if e.type.value == "other"]
    assert [(e.object, e.date) for e in events] == [("北京至秦皇岛高速公路", "2023-02-06")]


def test_two_milestones_of_one_story_stay_apart(extractor: Extractor) -> None:
    text = "今天（2月6日），龙龙铁路双髻山隧道贯通。今天（2月6日），沈白高铁白山隧道贯通。"
    events = extractor.extract(text, published="2023-02-06").events
    assert sorted(e.object for e in events if e.type.value == "other") == ["沈白高铁白山隧道", "龙龙铁路双髻山隧道"]


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("今天（1月15日），广深港高铁香港段恢复运营。", "广深港高铁香港段"),
        ("2月10日，中断近三年的泉州至金门“小三通”客运航线恢复通航。", "泉州至金门“小三通”客运航线"),
    ],
)
def test_a_service_resumed_is_launched_but_no_initiative(extractor: Extractor, text: str, service: str) -> None:
    r = extractor.extract(text, published="2023-02-10")
    assert [(e.type.value, e.object) for e in r.events] == [("launch", service)]
    assert r.initiatives == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("今天（9月5日），北方水稻研究中心在黑龙江双鸭山市落成。", "establishment"),
        ("今天（9月5日），杭州亚运会国际广播中心正式启用。", "launch"),
        ("今天（9月5日），杭州亚运会主媒体中心亚运村分中心正式启用。", "launch"),
    ],
)
def test_a_research_body_whose_building_opens_is_founded(extractor: Extractor, text: str, etype: str) -> None:
    events = extractor.extract(text, published="2023-09-05").events
    assert [(e.type.value, e.date) for e in events] == [(etype, "2023-09-05")]


def test_what_a_report_finds_released_is_no_release_of_the_day(extractor: Extractor) -> None:
    text = ("生态环境部今天发布的《中国适应气候变化进展报告2023》显示，我国已有24个省（区、市）正式印发了"
            "省级适应气候变化行动方案。")
    events = extractor.extract(text, published="2024-05-15").events
    assert [(e.type.value, e.object) for e in events] == [("release", "中国适应气候变化进展报告2023")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 大会 here is the 乌镇峰会 of the 世界互联网大会, not a meeting named 2022年世界互联网大会
        ("2022年世界互联网大会乌镇峰会新闻发布会今天举行。大会将于11月9日至11日举行。",
         ["2022年世界互联网大会乌镇峰会新闻发布会"]),
        # a count is no edition, a clause no name
        ("记者从组委会获悉，共有1200多名中外嘉宾报名参加本次大会。大会将于3月15日在北京召开。", []),
        ("2023年我国成功举办中国—中亚峰会等主场外交活动。峰会将于今年6月在阿斯塔纳举行。", []),
        # the 大会 of 人民大会堂 names no meeting
        ("首届全球数字贸易论坛今天在北京人民大会堂开幕。来自40多个国家的代表出席。大会将于明天闭幕。", ["首届全球数字贸易论坛"]),
        # two editions named: which one the bare 峰会 is, is unsure
        ("国新办今天举行新闻发布会，介绍第七届数字中国建设峰会筹备情况。本届峰会展览面积比第六届数字中国建设峰会扩大一倍。"
         "峰会将于5月24日在福州召开。", ["新闻发布会"]),
    ],
)
def test_a_bare_kind_is_named_only_by_the_one_meeting_its_story_named(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    assert [e.name for e in extractor.extract(text, published="2023-03-01").events if e.type.value == "meeting"] == names


def test_a_release_dated_in_its_own_clause_after_findings_is_news(extractor: Extractor) -> None:
    text = "监测数据显示，今年以来全国空气质量持续改善，生态环境部今天正式发布了《2023中国生态环境状况公报》。"
    events = extractor.extract(text, published="2024-06-05").events
    assert [(e.type.value, e.object, e.date) for e in events] == [("release", "2023中国生态环境状况公报", "2024-06-05")]


@pytest.mark.parametrize("text", ["受台风影响停运的旅客列车今天恢复开行。", "相关铁路线所有列车已恢复运营。"])
def test_a_service_back_to_normal_is_no_launch(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text, published="2024-09-07").events == []


def test_an_audience_framed_again_is_not_another_audience(extractor: Extractor) -> None:
    text = ("赵乐际29日在北京分别会见赤道几内亚总统奥比昂、埃及总统塞西。\n"
            "在会见奥比昂时，赵乐际表示，中方愿同赤道几内亚深化合作。\n在会见塞西时，赵乐际表示，中埃友谊源远流长。")
    audiences = [e for e in extractor.extract(text, published="2024-05-29").events if e.name == "会见"]
    # one audience for each guest of 分别会见, and the clauses that frame them again add none
    assert [e.object for e in audiences] == ["赤道几内亚总统奥比昂", "埃及总统塞西"]


@pytest.mark.parametrize(
    "text",
    [
        "今天，应急管理部调度当前安全防范工作，要求各地深入扎实开展消防安全专项整治。",
        "今年我国将继续科学开展大规模国土绿化行动。",
        "今年，商务部还通过开展“投资中国年”系列活动，展示我国各地营商环境和投资机遇。",
        # a launch its clause dates, by the year written out, to a year before the story's: background
        "长江经济带生态保护红线划定2019年启动，分为初步划定、优化调整、规划统筹三个阶段。",
        "京雄高速北京段全长27公里，其中六环路至市界段去年已开通。",
    ],
)
def test_a_programme_ordered_carried_on_or_of_an_earlier_year_is_not_launched(extractor: Extractor, text: str) -> None:
    assert [e for e in extractor.extract(text, published="2024-01-23").events if e.type.value == "launch"] == []


def test_a_programme_started_is_launched(extractor: Extractor) -> None:
    text = "近日，中央网信办在全国范围开展“清朗·整治‘自媒体’无底线博流量”专项行动。"
    events = extractor.extract(text, published="2024-04-25").events
    assert [(e.type.value, e.object) for e in events] == [("launch", "“清朗·整治‘自媒体’无底线博流量”专项行动")]


def test_a_meeting_named_again_by_its_head_is_one_meeting(extractor: Extractor) -> None:
    text = "全国政协今天（12月30日）在京举行新年茶话会。\n出席茶话会的有在京的党和国家领导同志。"
    meetings = [e.name for e in extractor.extract(text, published="2022-12-30").events if e.type.value == "meeting"]
    assert meetings == ["新年茶话会"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name cut inside a title starts at the title's opening mark
        (
            "今天，《平“语”近人——习近平喜欢的典故》第二季（俄语版）在俄罗斯开播上线。",
            "《平“语”近人——习近平喜欢的典故》第二季（俄语版）",
        ),
        # a name cut before its closing quote keeps it
        ("第二届中国播音主持“金声奖”颁奖典礼日前在山东青岛举行，共有30个作品获奖。", "第二届中国播音主持“金声奖”"),
    ],
)
def test_a_name_keeps_its_quotes_and_title_marks_paired(extractor: Extractor, text: str, name: str) -> None:
    r = extractor.extract(text, published="2024-06-01")
    assert name in [i.name for i in r.initiatives]
    for i in r.initiatives:
        assert i.name.count("“") == i.name.count("”") and i.name.count("《") == i.name.count("》")
        assert r.article.text[i.mention.start : i.mention.end] == i.name


def test_a_games_under_its_full_and_short_name_is_one_event(extractor: Extractor) -> None:
    text = "第33届夏季奥林匹克运动会今天在巴黎闭幕。中国体育代表团在巴黎奥运会上获得40枚金牌。"
    events = [e for e in extractor.extract(text, published="2024-08-12").events if e.type.value == "other"]
    assert [e.name for e in events] == ["第33届夏季奥林匹克运动会"]
    # a bare or generic name (夏季奥运会: any games) absorbs no named one
    text = "这是我国参加夏季奥运会以来的最好成绩。巴黎奥运会今天闭幕。"
    names = {e.name for e in extractor.extract(text, published="2024-08-12").events}
    assert "巴黎奥运会" in names
    # two games of one kind, held in two places, stay two
    text = "杭州亚运会今天开幕。广州亚运会今天开幕。"
    names = {e.name for e in extractor.extract(text, published="2023-09-23").events}
    assert {"杭州亚运会", "广州亚运会"} <= names


@pytest.mark.parametrize(
    "text",
    [
        "这部著作集收录了习近平同志的重要文稿，其中有12篇重要文献是第一次公开发表。",
        "今年上半年，我国有三条特高压输电线路开工。",
        "今年以来，全省有三条特高压输电线路开工。",
    ],
)
def test_a_clause_before_the_verb_names_nothing(extractor: Extractor, text: str) -> None:
    r = extractor.extract(text, published="2023-07-20")
    assert [i.name for i in r.initiatives] == []


def test_a_signing_whose_kind_ends_inside_a_title_is_named_by_the_title(extractor: Extractor) -> None:
    text = "山东、河南两省正式签订新一轮《黄河流域（豫鲁段）横向生态保护补偿协议》。"
    events = [e for e in extractor.extract(text, published="2024-01-16").events if e.type.value == "signing"]
    assert [e.object for e in events] == ["黄河流域（豫鲁段）横向生态保护补偿协议"]


def test_a_festival_joined_to_a_fair_is_one_occasion_with_its_headline(extractor: Extractor) -> None:
    text = "2024南国书香节今天开幕\n2024南国书香节暨羊城书展今天（8月16日）开幕，展销各类出版物30余万种。"
    events = extractor.extract(text, published="2024-08-16").events
    assert [(e.type.value, e.name, e.date) for e in events] == [("other", "2024南国书香节暨羊城书展", "2024-08-16")]


def test_a_match_of_a_games_is_an_occasion_but_no_competition(extractor: Extractor) -> None:
    r = extractor.extract("第十四届全国冬季运动会越野滑雪比赛今天在内蒙古举行。", published="2024-02-14")
    assert [(e.type.value, e.name) for e in r.events] == [("other", "第十四届全国冬季运动会越野滑雪比赛")]
    assert r.initiatives == []
    r = extractor.extract("第三十七届全国全民健身登泰山比赛今天在泰安举行。", published="2023-09-06")
    assert [i.name for i in r.initiatives] == ["第三十七届全国全民健身登泰山比赛"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("纪念“三八”国际妇女节暨表彰大会今天在京举行。", "纪念“三八”国际妇女节暨表彰大会"),
        ("使馆今天举办“2023年欢乐春节暨侨界新春招待会”。", "“2023年欢乐春节暨侨界新春招待会”"),
    ],
)
def test_a_holiday_joined_to_a_gathering_is_a_meeting(extractor: Extractor, text: str, name: str) -> None:
    events = extractor.extract(text, published="2024-03-03").events
    assert [(e.type.value, e.name) for e in events] == [("meeting", name)]


def test_a_headline_naming_works_by_the_leads_description_is_one_launch(extractor: Extractor) -> None:
    text = ("国内规模最大新能源跨长江输送通道投运\n今天（7月2日），国内规模最大的新能源跨长江输送通道——"
            "江苏泰州凤城至无锡梅里500千伏输变电工程建成投运。")
    r = extractor.extract(text, published="2023-07-02")
    assert [(e.type.value, e.object) for e in r.events] == [("launch", "江苏泰州凤城至无锡梅里500千伏输变电工程")]
    assert [i.name for i in r.initiatives] == ["江苏泰州凤城至无锡梅里500千伏输变电工程"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("国务院总理李强日前签署国务院令，公布《生态保护补偿条例》，自2024年6月1日起施行。", None),
        ("近日，海关总署发布联合公告，决定自2023年1月1日起对进口关税配额全面实施联网核查。", None),
        ("今天（11月9日），工信部发布《指南》，自12月1日起施行。", "2024-11-09"),
        ("新闻联播从今天（4月19日）开始推出《学习贯彻主题教育》专栏。", "2024-04-19"),
    ],
)
def test_a_release_is_not_dated_by_the_day_it_takes_effect(extractor: Extractor, text: str, date: str | None) -> None:
    events = [e for e in extractor.extract(text, published="2024-04-19" if "4月19日" in text else "2024-11-14").events
              if e.type.value == "release"]
    assert [e.date for e in events] == [date]


def test_a_text_a_working_meeting_adopts_is_no_release(extractor: Extractor) -> None:
    r = extractor.extract("会议审议通过了《政协全国委员会对口协商工作规则》。", published="2024-10-30")
    assert [i.name for i in r.initiatives] == ["政协全国委员会对口协商工作规则"]
    assert [e.type.value for e in r.events] == []
    r = extractor.extract("第二十六号主席令说，《中华人民共和国农村集体经济组织法》已由中华人民共和国第十四届全国人民代表大会"
                          "常务委员会第十次会议于2024年6月28日通过，现予公布。", published="2024-06-28")
    assert [(e.type.value, e.object) for e in r.events if e.type.value != "meeting"] == [
        ("release", "中华人民共和国农村集体经济组织法")
    ]
    # (the session that adopted it is a meeting of that day)
    assert [(e.name, e.date) for e in r.events if e.type.value == "meeting"] == [
        ("中华人民共和国第十四届全国人民代表大会常务委员会第十次会议", "2024-06-28")
    ]


@pytest.mark.parametrize(("text", "document"), [
    ("世界贸易组织第13届部长级会议闭幕，会议通过了《阿布扎比部长宣言》。", "阿布扎比部长宣言"),
    ("会议通过《香港宣言·2024》。", "香港宣言·2024"),
    ("新华社今天受权播发全国政协十四届一次会议通过的《中国人民政治协商会议章程》。", "中国人民政治协商会议章程"),
])
def test_an_outcome_text_or_a_text_published_is_released(extractor: Extractor, text: str, document: str) -> None:
    # what a summit adopts is its outcome, and a publication verb releases what a meeting adopted
    events = extractor.extract(text, published="2024-03-02").events
    assert [(e.type.value, e.object) for e in events if e.type.value == "release"] == [("release", document)]


def test_a_past_adoption_referred_to_is_no_release(extractor: Extractor) -> None:
    r = extractor.extract("三国一致同意致力于落实第八次领导人会议通过的《中日韩合作未来十年展望》。", published="2024-05-27")
    assert [e.type.value for e in r.events if e.type.value == "release"] == []


@pytest.mark.parametrize(
    "text", ["各地陆续出台积极举措，稳定就业。", "全国多地出台措施，支持消费。", "鼓励各地结合实际出台配套支持政策。"]
)
def test_measures_of_many_hosts_or_encouraged_are_no_release(extractor: Extractor, text: str) -> None:
    r = extractor.extract(text, published="2024-06-01")
    assert (r.initiatives, r.events) == ([], [])


def test_a_route_works_and_its_short_form_are_one_launch(extractor: Extractor) -> None:
    r = extractor.extract("深圳至中山跨江通道6月30日建成开通。黄坤明宣布深中通道开通。", published="2024-06-30")
    assert [(e.type.value, e.object, e.date) for e in r.events] == [("launch", "深圳至中山跨江通道", "2024-06-30")]
    assert r.events[0].arguments["aliases"] == ["深中通道"]
    assert [i.name for i in r.initiatives] == ["深圳至中山跨江通道"]


def test_a_programme_many_hosts_carry_out_is_no_launch(extractor: Extractor) -> None:
    r = extractor.extract("各地开展“全国安全宣传咨询日”活动。", published="2023-06-16")
    assert [i.name for i in r.initiatives] == ["“全国安全宣传咨询日”活动"]
    assert [e.type.value for e in r.events] == []


def test_a_founding_announced_for_later_is_an_initiative_without_event(extractor: Extractor) -> None:
    r = extractor.extract("今天（10月24日），中方宣布将牵头成立全球南方智库合作联盟。", published="2024-10-24")
    assert [(i.name, i.date) for i in r.initiatives] == [("全球南方智库合作联盟", None)]
    assert r.events == []


def test_a_session_named_with_its_nation_before_or_after_the_number_is_one_event(extractor: Extractor) -> None:
    text = ("第十二届全国少数民族传统体育运动会今晚在海南三亚开幕。"
            "21时，王沪宁宣布：中华人民共和国第十二届少数民族传统体育运动会开幕！")
    result = extractor.extract(text, published="2024-11-22")
    assert [e.name for e in result.events] == ["第十二届全国少数民族传统体育运动会"]
    text = "第十二届全国人民代表大会第二次会议今天开幕。第十二届全国政协委员会第二次会议今天开幕。"
    other = extractor.extract(text, published="2024-11-22")
    assert len(other.events) == 2  # the same number, other bodies


def test_a_series_named_without_its_number_is_the_session_reported(extractor: Extractor) -> None:
    text = ("金砖国家领导人第十五次会晤今天在约翰内斯堡开幕。"
            "习近平表示，这次来到南非的另一项重要议程是出席金砖国家领导人会晤。")
    meetings = [e.name for e in extractor.extract(text, published="2023-08-22").events if e.type.value == "meeting"]
    assert meetings == ["金砖国家领导人第十五次会晤"]
    # two numbered sessions stay two
    text = "十四届全国人大常委会第二次委员长会议今天举行。十四届全国人大常委会第二次会议今天闭幕。"
    assert len(extractor.extract(text, published="2023-04-26").events) == 2


@pytest.mark.parametrize("text", [
    "国家主席习近平6月28日签署第二十五号、第二十六号主席令。",
    # seven numbers run past the window the kind is looked for in; the run is read to its end
    "国家主席习近平6月28日签署了第三十四号、第三十五号、第三十六号、第三十七号、第三十八号、第三十九号、第四十号主席令。",
])
def test_a_decree_signed_is_a_signing_event_without_an_agreement(extractor: Extractor, text: str) -> None:
    result = extractor.extract(text, published="2024-06-28")
    assert [(e.type.value, e.object, e.date) for e in result.events] == [("signing", "主席令", "2024-06-28")]
    assert result.agreements == []


@pytest.mark.parametrize("text", [
    "中国将同300所海合会国家大中小学合作开展中文教育，建立中文学习测试中心和网络中文课堂。",
    "宣传周期间将举行2024中国知识产权保护高层论坛，发布专利产业化十大典型案例。",
])
def test_a_plan_announced_in_an_earlier_clause_is_no_event(extractor: Extractor, text: str) -> None:
    result = extractor.extract(text, published="2024-04-20")
    assert not [e for e in result.events if e.type.value in ("establishment", "release")]


def test_a_clause_after_jiang_as_ba_is_news(extractor: Extractor) -> None:
    text = "中国在全球率先将数据确立为生产要素，出台《数字中国建设整体布局规划》。"
    events = extractor.extract(text, published="2024-06-12").events
    assert [(e.type.value, e.object) for e in events] == [("release", "数字中国建设整体布局规划")]


def test_holders_of_a_title_published_are_designated(extractor: Extractor) -> None:
    events = extractor.extract("2022年100个国家乡村振兴示范县公布", published="2022-10-15").events
    assert [(e.type.value, e.object) for e in events] == [("designation", "2022年国家乡村振兴示范县")]
    # a list of them is the release of a list, and the title conferred on those listed (as dev has both)
    events = extractor.extract("教育部日前公布第二批1000所全国急救教育试点学校名单。", published="2023-11-14").events
    assert sorted((e.type.value, e.object) for e in events) == [
        ("designation", "全国急救教育试点学校"), ("release", "第二批1000所全国急救教育试点学校名单")
    ]


def test_an_honour_title_published_designates_its_holders(extractor: Extractor) -> None:
    text = "中央宣传部、国家卫生健康委向全社会公开发布了2024年“最美医生”。"
    events = extractor.extract(text, published="2024-08-19").events
    assert [(e.type.value, e.object) for e in events] == [("designation", "2024年“最美医生”")]
    events = extractor.extract("中央宣传部、国家发展改革委近日向社会发布了2023年“诚信之星”。", published="2024-05-01").events
    assert [e.type.value for e in events] == ["designation"]
    # their deeds are a text published
    text = "中央宣传部、全国总工会向全社会发布2024年“最美职工”先进事迹。"
    events = extractor.extract(text, published="2024-04-30").events
    assert [(e.type.value, e.object) for e in events] == [("release", "2024年“最美职工”先进事迹")]


def test_a_launch_restated_by_part_of_its_name_is_one_event(extractor: Extractor) -> None:
    text = "今天，教育部、财政部联合启动2024年义务教育阶段“特岗计划”招聘工作。特岗计划今年招聘3.7万人，今天正式启动。"
    events = extractor.extract(text, published="2024-05-13").events
    assert [(e.type.value, e.object) for e in events] == [("launch", "2024年义务教育阶段“特岗计划”招聘工作")]
    # one item of a list launched stays an event of its own
    text = ("“海葵一号”和“海基二号”两大国之重器同时投产\n今天（9月19日），位于深圳海域的亚洲首艘圆筒型海上油气加工厂"
            "“海葵一号”和亚洲第一深水导管架平台“海基二号”同时投产。")
    events = extractor.extract(text, published="2024-09-19").events
    assert "海基二号" in [e.object for e in events if e.type.value == "launch"]


def test_an_initiative_restated_by_the_end_of_its_name_is_one(extractor: Extractor) -> None:
    text = "中共中央、国务院日前印发《关于实施就业优先战略 促进高质量充分就业的意见》（以下简称《意见》）。《意见》提出，…"
    names = [i.name for i in extractor.extract(text, published="2024-09-25").initiatives]
    assert names == ["关于实施就业优先战略 促进高质量充分就业的意见"]
    # what a document is about is another initiative
    text = "国务院印发《关于支持福建探索海峡两岸融合发展新路 建设两岸融合发展示范区的意见》。两岸融合发展示范区今天揭牌。"
    names = [i.name for i in extractor.extract(text, published="2023-09-12").initiatives]
    assert "两岸融合发展示范区" in names


def test_results_published_and_the_title_they_confer_are_two(extractor: Extractor) -> None:
    text = "今天（2月4日），中央组织部、中央宣传部发布“最美公务员”评选结果，孟二梅等20名同志被评选确定为“最美公务员”。"
    events = extractor.extract(text, published="2024-02-04").events
    assert sorted((e.type.value, e.object) for e in events) == [
        ("designation", "最美公务员"), ("release", "“最美公务员”评选结果"),
    ]


@pytest.mark.parametrize("text", [
    "开幕会听取了全国政协有关专门委员会关于开展“加快传统制造业改造提升”“推进产业绿色低碳转型”等调研情况的报告。",
    "会议听取了关于召开十四届全国人大二次会议的决定草案审议情况的汇报。",
    "通过大力挖掘就业岗位、开展融媒体招聘宣讲、举办供需对接交流活动等，促进高校毕业生等重点群体就业。",
    "从创立双周协商座谈会到探索举办远程协商会，从规范界别协商会到设立专家协商会，协商议政形式更加多元。",
    "“和平荣誉勋章”是联合国授予维和人员的最高荣誉。",
    "空军航空兵某团飞行二大队是人民空军首批组建、首支参战、首立战功的轰炸航空兵部队。",
    "今年是我提出构建人类命运共同体理念、共建“一带一路”倡议和亲诚惠容周边外交理念10周年。",
    "今年是《中国制造2025》发布10周年。",
    "一年来，我们成功举办北京冬奥会、冬残奥会，隆重庆祝香港回归祖国25周年。",
    "这是宁夏和天津两地会同口岸、海关、铁路等部门共同推出的便利化措施，效率高、成本低。",
    "从中国网络文明大会、中国互联网大会，到开展“净网”“清朗”治理行动，网络健康文化加速培育。",
])
def test_a_verb_in_a_subordinate_clause_reports_nothing(extractor: Extractor, text: str) -> None:
    # a document's topic (关于…的报告), a span of change (从…到…), a means (通过…等，), a copula's relative
    # clause, an anniversary (今年是…提出…10周年), a period summed up (一年来，…成功举办…)
    result = extractor.extract(text, published="2024-06-04")
    assert not result.events and not result.initiatives


def test_the_first_meeting_in_years_is_news(extractor: Extractor) -> None:
    result = extractor.extract("11年来伊朗总统首次到访埃及，埃及总统塞西当天同佩泽希齐扬举行会谈。", published="2024-12-20")
    assert [e.name for e in result.events if e.type.value == "meeting"] == ["会谈"]


@pytest.mark.parametrize(("text", "name"), [
    ("会议表决通过了全国人大常委会关于设立全国人大常委会代表工作委员会的决定。", "全国人大常委会代表工作委员会"),
    ("中共中央发出关于印发《习近平新时代中国特色社会主义思想学习纲要（2023年版）》的通知。",
     "习近平新时代中国特色社会主义思想学习纲要（2023年版）"),
])
def test_a_decision_adopted_or_a_notice_issuing_a_title_still_reports_it(extractor: Extractor, text: str, name: str) -> None:
    result = extractor.extract(text, published="2024-06-04")
    assert [e.object or e.name for e in result.events] == [name]


def test_a_signing_keeps_the_quoted_word_that_names_its_agreement(extractor: Extractor) -> None:
    r = extractor.extract("中央广播电视总台与江苏省人民政府今天签署“品牌强国工程”战略合作协议。", published="2024-09-25")
    assert [e.object for e in r.events if e.type == "signing"] == ["“品牌强国工程”战略合作协议"]


def test_a_signing_names_the_agreements_listed_before_the_kind_that_sums_them_up(extractor: Extractor) -> None:
    r = extractor.extract("两国领导人共同见证签署经济技术合作协定、海关检疫合作协议等双边合作文件。", published="2023-10-19")
    (signing,) = [e for e in r.events if e.type == "signing"]
    assert signing.object == "双边合作文件"  # dev's name for the occasion; the agreements named ride along
    assert signing.arguments["agreements"] == ["双边合作文件", "经济技术合作协定", "海关检疫合作协议"]


@pytest.mark.parametrize(("text", "agreements"), [
    ("双方签署了经贸、农业等领域合作文件。", ["合作文件"]),  # fields, not agreements, listed
    ("双方签署了经贸合作、科技创新合作等领域合作文件。", ["合作文件"]),  # fields of cooperation
    ("两国签署了涵盖经贸、农业、海关检疫合作等领域的合作文件。", ["合作文件"]),
    # the sides named with 和 inside one agreement's name
    ("双方签署了中华人民共和国政府和巴西联邦共和国政府经济合作协定等双边合作文件。",
     ["双边合作文件", "中华人民共和国政府和巴西联邦共和国政府经济合作协定"]),
    # the kind that sums up stands after the 等, though an item ends in it too
    ("两国签署了投资合作协议、经济技术合作协定等合作协议。", ["投资合作协议", "经济技术合作协定"]),
])
def test_a_signing_lists_only_agreements_named_before_the_summing_kind(
    extractor: Extractor, text: str, agreements: list[str]
) -> None:
    r = extractor.extract(text, published="2023-10-19")
    assert [e.arguments["agreements"] for e in r.events if e.type == "signing"] == [agreements]


def test_a_signing_referred_to_by_a_demonstrative_is_the_one_reported(extractor: Extractor) -> None:
    text = ("《联合国海洋法公约》缔约方20日在纽约签署《海洋生物多样性养护协定》。"
            "中国积极参与谈判进程，并在《协定》开放签署首日签署这一重要法律文件。")
    r = extractor.extract(text, published="2023-09-21")
    assert [e.object for e in r.events if e.type == "signing"] == ["海洋生物多样性养护协定"]


def test_an_opening_held_as_one_with_a_forum_is_the_fair_and_the_forum(extractor: Extractor) -> None:
    text = ("国务院总理李强28日在北京出席首届中国国际供应链促进博览会开幕式暨全球供应链创新发展论坛，并发表主旨演讲。"
            "随后，李强宣布首届中国国际供应链促进博览会开幕。")
    r = extractor.extract(text, published="2023-11-28")
    assert [e.name for e in r.events] == ["首届中国国际供应链促进博览会", "全球供应链创新发展论坛"]


def test_a_headline_signing_is_the_leads_when_分别_splits_it(extractor: Extractor) -> None:
    text = ("总台与北美职业冰球联盟 美国网球协会达成合作\n"
            "11月10日，中国中央广播电视总台与北美职业冰球联盟、美国网球协会分别签署合作备忘录。")
    r = extractor.extract(text, published="2023-11-11")
    assert sorted(a.parties[1] for a in r.agreements) == ["北美职业冰球联盟", "美国网球协会"]


def test_a_meeting_described_by_a_copula_is_still_held(extractor: Extractor) -> None:
    r = extractor.extract("今年是世界互联网大会乌镇峰会举办的第十年。", published="2023-11-08")
    assert [e.name for e in r.events] == ["世界互联网大会乌镇峰会"]


def test_a_yearly_top_ten_news_is_a_list_released(extractor: Extractor) -> None:
    r = extractor.extract("中央广播电视总台今天（12月29日）发布2024国内十大新闻、国际十大新闻。", published="2024-12-29")
    assert [(i.name, i.kind.value) for i in r.initiatives] == [("2024国内十大新闻", "list"), ("国际十大新闻", "list")]


def test_a_publication_first_issued_is_released(extractor: Extractor) -> None:
    r = extractor.extract("《美术经典中的党史》画册今天（5月22日）在中国共产党历史展览馆首发。", published="2023-05-22")
    assert [(e.type.value, e.object) for e in r.events] == [("release", "《美术经典中的党史》画册")]


def test_an_exhibition_named_short_in_its_headline_is_one_event(extractor: Extractor) -> None:
    text = ("古埃及文明大展在沪开幕\n"
            "由上海博物馆、埃及最高文物委员会联合举办的“金字塔之巅：古埃及文明大展”今天（7月17日）在上海博物馆开幕。")
    r = extractor.extract(text, published="2024-07-17")
    assert [(e.type.value, e.name) for e in r.events] == [("other", "“金字塔之巅：古埃及文明大展”")]


def test_a_body_approved_is_founded_and_acts_for_no_one(extractor: Extractor) -> None:
    r = extractor.extract("近日，“朱鹮国家保护研究中心”获批，将开展朱鹮保护研究。", published="2024-07-17")
    assert [(e.type.value, e.arguments) for e in r.events] == [("establishment", {})]


def test_a_project_and_the_initials_of_its_parts_are_one_launch(extractor: Extractor) -> None:
    r = extractor.extract("中国—吉尔吉斯斯坦—乌兹别克斯坦铁路项目今天正式启动。中吉乌铁路项目启动仪式由三国共同举办。",
                          published="2024-12-27")
    assert [(e.type.value, e.object) for e in r.events] == [("launch", "中国—吉尔吉斯斯坦—乌兹别克斯坦铁路项目")]
    assert r.events[0].arguments["aliases"] == ["中吉乌铁路项目"]


def test_a_title_read_whole_is_named_without_its_marks(extractor: Extractor) -> None:
    r = extractor.extract("《中国互联网发展报告2024》今天（11月21日）在世界互联网大会乌镇峰会上发布。", published="2024-11-21")
    assert [i.name for i in r.initiatives] == ["中国互联网发展报告2024"]
    assert r.article.text[r.initiatives[0].mention.start : r.initiatives[0].mention.end] == "中国互联网发展报告2024"


def test_a_book_titled_whole_is_released_on_its_first_issue(extractor: Extractor) -> None:
    r = extractor.extract("《中国道路》今天正式首发。", published="2024-06-01")
    assert [(e.type.value, e.object) for e in r.events] == [("release", "中国道路")]


@pytest.mark.parametrize(
    ("first", "second"),
    [("中东峰会", "中国-东盟峰会"), ("中非论坛", "中国和非洲国家青年论坛")],
)
def test_a_region_or_a_longer_name_is_not_a_china_pair(extractor: Extractor, first: str, second: str) -> None:
    r = extractor.extract(f"{first}今天在北京举行。{second}今天在北京举行。", published="2024-06-01")
    assert sorted(e.name or "" for e in r.events if e.type.value == "meeting") == sorted([first, second])


def test_two_quoted_meetings_are_two_meetings_and_no_launch(extractor: Extractor) -> None:
    r = extractor.extract("今天，“良渚论坛”和“太湖论坛”在杭州开幕。", published="2024-06-01")
    assert sorted((e.type.value, e.name) for e in r.events) == [("meeting", "“太湖论坛”"), ("meeting", "“良渚论坛”")]


def test_a_headline_names_its_leads_document_by_the_measures_it_holds(extractor: Extractor) -> None:
    text = ("国家发改委发布21条措施支持民间投资\n"
            "今天（11月7日），国家发展改革委发布《关于进一步完善政策环境加大力度支持民间投资发展的意见》，提出21条具体举措。")
    r = extractor.extract(text, published="2022-11-07")
    assert [(e.type.value, e.object) for e in r.events] == [
        ("release", "关于进一步完善政策环境加大力度支持民间投资发展的意见")
    ]


def test_a_signing_named_before_its_day_and_place_is_named_by_the_phrase(extractor: Extractor) -> None:
    text = "长三角区域市场一体化商务发展合作协议今天在京签署。"
    events = extractor.extract(text, published="2023-09-05").events
    assert [(e.type.value, e.object, e.date) for e in events] == [
        ("signing", "长三角区域市场一体化商务发展合作协议", "2023-09-05")
    ]


def test_a_headline_describing_the_first_of_a_kind_gives_way_to_the_name(extractor: Extractor) -> None:
    text = "我国首艘具有破冰功能的大型航标船列编\n今天（1月16日），我国首艘具有破冰功能的大型航标船“海巡156”轮在天津列编。"
    events = extractor.extract(text, published="2023-01-16").events
    assert [(e.type.value, e.object) for e in events] == [("launch", "“海巡156”轮")]


def test_a_headline_describing_what_the_lead_names_in_quotes_gives_way_to_the_name(extractor: Extractor) -> None:
    text = ("我国首台兆瓦级漂浮式波浪能发电装置试运行\n"
            "今天（6月14日），我国首台兆瓦级漂浮式波浪能发电装置“南鲲”号在广东珠海投入试运行。")
    result = extractor.extract(text, published="2023-06-14")
    assert [i.name for i in result.initiatives] == ["“南鲲”号"]
    assert [(e.type.value, e.object, e.arguments.get("aliases")) for e in result.events] == [
        ("launch", "“南鲲”号", ["兆瓦级漂浮式波浪能发电装置"])
    ]


def test_a_headline_of_a_things_results_gives_way_to_the_thing_its_lead_launches(extractor: Extractor) -> None:
    text = (
        "北京中轴线数字资源库成果发布\n北京中轴线数字资源库今天（5月8日）上线，包括中轴线官网、云上中轴小程序等数字产品。"
        "北京市文物局同步发布中轴线数字文化IP共创计划。"
    )
    events = extractor.extract(text, published="2023-05-08").events
    assert [(e.type.value, e.object) for e in events] == [
        ("launch", "北京中轴线数字资源库"),
        ("release", "中轴线数字文化IP共创计划"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the owner the lead names before its verb, then a short form of the lead's name
        (
            "长三角生态绿色一体化发展示范区三周年成果发布\n今天（11月15日），长三角生态绿色一体化发展示范区发布三周年建设成果。",
            "三周年建设成果",
        ),
        # the count the lead writes right before its name
        (
            "47项自贸试验区制度创新最新成果发布\n近日，商务部集中发布47项自贸试验区制度创新成果，聚焦贸易便利化等多个领域。",
            "自贸试验区制度创新成果",
        ),
    ],
)
def test_a_headline_wording_the_leads_release_otherwise_is_one_release(extractor: Extractor, text: str, name: str) -> None:
    events = extractor.extract(text, published="2024-01-21").events
    assert [(e.type.value, e.object) for e in events] == [("release", name)]


def test_a_headline_naming_the_first_body_is_not_the_second_the_lead_founds(extractor: Extractor) -> None:
    text = "中央广播电视总台新疆总站揭牌运行\n中央广播电视总台新疆总站8月3日揭牌运行，总台新疆总站兵团记者站同时揭牌。"
    events = extractor.extract(text, published="2023-08-04").events
    assert sorted(e.object for e in events if e.object) == ["中央广播电视总台新疆总站", "总台新疆总站兵团记者站"]


def test_a_name_read_inside_a_longer_one_by_the_same_verb_is_part_of_it(extractor: Extractor) -> None:
    initiatives = extractor.extract("教育部今天启动第二批“国优计划”试点。", published="2024-08-20").initiatives
    assert [i.name for i in initiatives] == ["第二批“国优计划”试点"]


@pytest.mark.parametrize(("text", "name"), [
    ("韩正出席巴黎奥运会开幕式\n韩正26日在巴黎出席了第33届夏季奥林匹克运动会开幕式。", "第33届夏季奥林匹克运动会"),
    ("俄罗斯首届未来运动会在喀山开幕\n第一届未来运动会21日在俄罗斯喀山开幕。", "第一届未来运动会"),
])
def test_a_games_is_one_event_named_in_full(extractor: Extractor, text: str, name: str) -> None:
    events = extractor.extract(text, published="2024-07-27").events
    assert [e.name for e in events if e.type.value == "other"] == [name]


def test_two_honours_of_one_sentence_stay_two_however_alike(extractor: Extractor) -> None:
    text = ("共青团中央决定授予马晓云、邓小燕等30名同志第27届中国青年五四奖章；"
            "授予航空工业沈飞罗阳青年突击队等19个青年集体第27届中国青年五四奖章集体。")
    result = extractor.extract(text, published="2023-05-03")
    assert [i.name for i in result.initiatives] == ["第27届中国青年五四奖章", "第27届中国青年五四奖章集体"]
    assert [e.object for e in result.events] == ["第27届中国青年五四奖章", "第27届中国青年五四奖章集体"]


def test_a_headline_of_two_prizes_apart_by_a_space_awards_each(extractor: Extractor) -> None:
    text = "第34届电视剧“飞天奖” 第28届电视文艺“星光奖”颁奖典礼在厦门举行"
    initiatives = extractor.extract(text, published="2024-09-22").initiatives
    assert [i.name for i in initiatives] == ["第34届电视剧“飞天奖”", "第28届电视文艺“星光奖”"]


def test_a_programme_presenting_a_column_is_not_released(extractor: Extractor) -> None:
    text = "从今天（4月22日）起，《新闻联播》推出【党纪学习教育】专栏，展现把党纪学习教育融入日常的做法和成效。"
    assert not extractor.extract(text, published="2024-04-22").initiatives


# slips a review of the session found (each was a false hit or a lost item)
@pytest.mark.parametrize("text", [
    "截至目前，全国共有81个城市纳入国家新型城镇化综合试点。",  # a running total
    "根据此前公布的第一批国家级文化产业示范园区名单，各地加快建设。",  # a list published before
    "《2024年全球能源展望报告》由于部分数据尚未核实而推迟发布。",  # 由于 is no publisher
    "华为今天发布新一代旗舰产品“Mate60”。",  # a company's product
    "土耳其伊斯坦布尔未能获得2036年奥运会举办权。",  # not won
    "中阿双方共同建立了中阿卫生健康共同体。",  # a bond between peoples
    "上汽集团第100万台发动机今天在上海下线。",  # a unit counted off the line
    "联合国秘书长古特雷斯召集安理会成员国代表紧急磋商加沙局势。",  # people summoned
])
def test_no_event_where_the_review_found_one(extractor: Extractor, text: str) -> None:
    assert not extractor.extract(text, published="2024-06-01").events


@pytest.mark.parametrize(("text", "expected"), [
    ("七国集团财长今天齐聚意大利，举行七国集团财长会议，旨在协调对俄制裁。", ("meeting", "七国集团财长会议")),
    ("中央军委决定，授予王忠心等3名同志八一勋章。", ("award", "八一勋章")),
    ("全国首个氢能示范项目“氢进万家”今天在济南启动。", ("launch", "氢进万家")),
    ("中国海关与新加坡海关今天签署了海关数据交换合作协议。", ("signing", "海关数据交换合作协议")),
])
def test_the_item_the_review_found_lost_or_misnamed(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    events = extractor.extract(text, published="2024-06-01").events
    assert [(e.type.value, e.object or e.name) for e in events if e.type.value == expected[0]] == [expected]


def test_who_refuses_to_join_a_treaty_is_no_party(extractor: Extractor) -> None:
    result = extractor.extract("《武器贸易条约》今天在纽约签署，美国拒绝成为条约的缔约国。", published="2024-06-01")
    assert not result.agreements


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # a name no head list knows, written by the headline line and again by its lead
        ("我国启动5G异网漫游商用推广\n中国移动、中国电信、中国联通、中国广电今天（5月17日）共同启动5G异网漫游商用推广。",
         None, [("launch", "5G异网漫游商用推广", "2024-05-17")]),
        # the headline's verb and the lead's differ; the lead's types the event
        ("中小学语文示范诵读库第四批作品上线\n中央广播电视总台、教育部、国家语委今天（5月29日）联合发布中小学语文示范诵读库第四批作品。",
         None, [("release", "中小学语文示范诵读库第四批作品", "2024-05-29")]),
        # the name before the lead's verb, a time and place between; the page's title as the headline
        ("由中国国家话剧院组织开展的“青年导演创作扶持计划第二季”昨晚（5月16日）在山东济宁开幕，将举办系列活动。",
         "“青年导演创作扶持计划第二季”开幕", [("launch", "“青年导演创作扶持计划第二季”", "2024-05-16")]),
        # the lead's own words before the headline's (第七批) belong to the name
        ("国家发展改革委推出重大外资项目\n国家发展改革委近日推出第七批标志性重大外资项目，进一步巩固外资基本盘。",
         None, [("launch", "第七批标志性重大外资项目", None)]),
    ],
)
def test_a_name_the_headline_and_its_lead_both_write_is_launched_or_released(
    extractor: Extractor, text: str, title: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    events = extractor.extract(text, published="2024-05-17", title=title).events
    assert [(e.type.value, e.object, e.date) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("北京今天开通3条地铁新线\n北京今天开通3条地铁新线，运营里程达到879公里。", "3条地铁新线"),  # counted, none named
        ("气候大会就启动损失与损害基金达成一致\n与会各方就启动损失与损害基金达成一致。", "损失与损害基金"),  # a topic
        ("总台将推出端午特别节目\n中央广播电视总台将推出端午特别节目。", "端午特别节目"),  # to come
        ("广汕高铁今日启动联调联试\n今天（7月10日），广汕高铁联调联试启动。", "联调联试"),  # too short to vouch for
        ("社论祝贺全国运动会开幕\n人民日报将发表社论《团结奋进——热烈祝贺第十四届全国运动会开幕》。", "第十四届全国运动会"),
    ],
)
def test_a_headline_and_lead_vouch_for_no_name_that_is_counted_described_or_to_come(
    extractor: Extractor, text: str, unwanted: str
) -> None:
    r = extractor.extract(text, published="2024-05-17")
    # (the editorial 《团结奋进——热烈祝贺第十四届全国运动会开幕》 is an initiative; the games it names are not)
    assert not [i.name for i in r.initiatives if i.name.endswith(unwanted)]


def test_quoted_lists_released_together_are_two_releases(extractor: Extractor) -> None:
    text = "今天（5月23日），在第二十届文博会上，“2024·全国文化企业30强”和“2024·全国成长性文化企业30强”发布。"
    events = extractor.extract(text, published="2024-05-23").events
    assert sorted(e.object for e in events if e.type.value == "release") == [
        "2024·全国成长性文化企业30强", "2024·全国文化企业30强"
    ]


def test_a_headline_meeting_the_lead_names_after_its_host_is_one_meeting(extractor: Extractor) -> None:
    text = "第二届“国乐之春”艺术节举行\n国家大剧院第二届“国乐之春”艺术节昨晚（3月31日）开幕，将持续至4月30日。"
    events = [e for e in extractor.extract(text, published="2024-04-01").events if e.type.value == "meeting"]
    assert [(e.name, e.date) for e in events] == [("国家大剧院第二届“国乐之春”艺术节", "2024-03-31")]


def test_a_security_council_open_meeting_is_a_meeting_once_with_its_headline(extractor: Extractor) -> None:
    text = "联合国安理会就人工智能问题举行公开会\n联合国安理会18日就人工智能与安全问题举行高级别公开会。"
    events = [e for e in extractor.extract(text, published="2023-07-19").events if e.type.value == "meeting"]
    assert [(e.name, e.date) for e in events] == [("高级别公开会", "2023-07-18")]


def test_the_day_a_signed_decree_takes_effect_does_not_date_its_signing(extractor: Extractor) -> None:
    text = "国务院总理李强日前签署国务院令，公布《稀土管理条例》，自2024年10月1日起施行。"
    events = [e for e in extractor.extract(text, published="2024-06-29").events if e.type.value == "signing"]
    assert [(e.object, e.date) for e in events] == [("国务院令", None)]


def test_a_session_named_by_its_kind_after_its_full_name_is_one_meeting(extractor: Extractor) -> None:
    text = ("李希25日在北京会见出席联合国全球反腐败执法合作网络全体会议部分高级别代表。"
            "联合国全球反腐败执法合作网络是全球反腐败执法合作平台，全体会议于9月24日至27日在北京举行。")
    events = extractor.extract(text, published="2024-09-25").events
    meetings = [e for e in events if e.type.value == "meeting" and e.name != "会见"]
    assert [e.name for e in meetings] == ["联合国全球反腐败执法合作网络全体会议"]


def test_signings_of_one_day_in_two_items_of_a_bundle_are_two_events(extractor: Extractor) -> None:
    """A 联播快讯 bundle holds several stories: their signings of one day are not one occasion."""
    text = ("《北京船舶司法出售公约》在京签约\n"
            "《北京船舶司法出售公约》今天（9月5日）在京签约，中国、沙特等15个国家和地区成为公约的首批签约方。\n"
            "长三角区域市场一体化商务合作协议今天签署\n"
            "记者从今天（9月5日）商务部专题新闻发布会上了解到，长三角区域市场一体化商务发展合作协议今天在京签署，"
            "将围绕6个方面深化合作。\n")
    events = [e for e in extractor.extract(text, published="2023-09-05").events if e.type.value == "signing"]
    assert sorted(e.object or "" for e in events) == ["北京船舶司法出售公约", "长三角区域市场一体化商务发展合作协议"]


def test_an_agreement_reached_before_is_no_signing_of_the_day(extractor: Extractor) -> None:
    text = "布尔汉称，解决危机的首要任务是确认冲突双方对之前达成的《吉达声明》的承诺。"
    events = extractor.extract(text, published="2023-12-10").events
    assert [e for e in events if e.type.value == "signing"] == []


def test_a_body_the_recogniser_cut_at_与_is_launched_whole(extractor: Extractor) -> None:
    text = "近日，生态环境部启动陆海统筹生态治理与系统调控重点实验室，开展河口海湾研究。"
    events = extractor.extract(text, published="2023-03-23").events
    assert [(e.type.value, e.object) for e in events] == [("launch", "陆海统筹生态治理与系统调控重点实验室")]


def test_可持续_is_a_word_of_a_name_not_a_break(extractor: Extractor) -> None:
    events = extractor.extract("论坛期间还发起设立全球可持续交通创新联盟。", published="2023-09-21").events
    assert [(e.type.value, e.object) for e in events] == [("establishment", "全球可持续交通创新联盟")]


@pytest.mark.parametrize(("text", "body"), [
    ("中国—东盟数字经济合作中心今天揭牌。", "中国—东盟数字经济合作中心"),
    ("今天，中国—非洲（埃塞俄比亚）—联合国（工业发展组织）合作示范中心在京揭牌成立。",
     "中国—非洲（埃塞俄比亚）—联合国（工业发展组织）合作示范中心"),
])
def test_one_dash_joins_the_partners_a_joint_body_is_named_after(extractor: Extractor, text: str, body: str) -> None:
    result = extractor.extract(text, published="2024-07-11")
    assert body in [o.name for o in result.organizations]
    assert [e.object for e in result.events if e.type.value == "establishment"] == [body]


def test_emblems_released_together_are_one_release(extractor: Extractor) -> None:
    events = extractor.extract("仪式上发布了十五运会和残特奥会主题口号、会徽和吉祥物。", published="2024-11-09").events
    assert [(e.type.value, e.object) for e in events] == [("release", "十五运会和残特奥会主题口号、会徽和吉祥物")]


@pytest.mark.parametrize(("text", "expected"), [
    ("总台推出大型文化节目《中国书法大会》。", [("release", "中国书法大会")]),
    ("中文国际频道推出直播特别节目《传奇中国节·春节》以及《春节大联欢》。",
     [("release", "传奇中国节·春节"), ("release", "春节大联欢")]),
    ("中央广播电视总台大型文化节目《中国书法大会》今天（5月31日）启播。", [("launch", "中国书法大会")]),
    ("中国首部AI系列动画片《千秋诗颂》启播暨中央广播电视总台人工智能工作室揭牌仪式今天举行。", [("launch", "千秋诗颂")]),
    # (a run starts for a programme only: not for the time before 在非洲启播)
    ("该片第二季多语种版本，当地时间8月20日在非洲启播。", []),
])
def test_a_programme_its_genre_introduces_is_released_or_starts_its_run(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    events = extractor.extract(text, published="2024-02-23").events
    assert [(e.type.value, e.object) for e in events if e.type.value in ("release", "launch")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2月20日，中希文明互鉴中心成立仪式在雅典大学举行。", [("establishment", "中希文明互鉴中心", "2023-02-20")]),
    ("今天，上海数据集团挂牌仪式在上海举行。", [("establishment", "上海数据集团", "2023-02-21")]),
    # (no founding read: the ceremony stays the sentence's event)
    ("中国（上海）自由贸易试验区临港新片区成立仪式今天在上海举行。",
     [("other", None, "2023-02-21")]),
])
def test_a_founding_ceremony_held_is_the_founding_alone(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    events = extractor.extract(text, published="2023-02-21").events
    assert [(e.type.value, e.object, e.date) for e in events] == expected


def test_talks_framing_what_was_said_are_reported_once(extractor: Extractor) -> None:
    text = "韩正同荷兰首相吕特举行会谈。与吕特会谈时，韩正表示，两国关系发展良好。"
    events = extractor.extract(text, published="2023-05-13").events
    assert [(e.type.value, e.name) for e in events] == [("meeting", "会谈")]
    # (the first report of talks with this guest is the frame itself)
    text = "李希对古巴进行正式访问。在同古共中央组织书记莫拉莱斯会谈时，双方同意加强政治互信。"
    events = extractor.extract(text, published="2023-09-19").events
    assert [(e.name, e.object) for e in events if e.type.value == "meeting"] == [("会谈", "古共中央组织书记莫拉莱斯")]
    # (the guest named before, but not at talks: the frame reports them)
    text = "俄罗斯总统普京应邀抵达北京。在同普京会谈时，习近平表示，中俄关系稳定。"
    events = extractor.extract(text, published="2024-05-16").events
    assert [(e.name, e.object) for e in events if e.type.value == "meeting"] == [("会谈", "普京")]


def test_a_pair_in_short_form_opening_the_clause_before_signs(extractor: Extractor) -> None:
    text = ("美国总统特使克里表示赞赏。"
            "中美共同推动了《巴黎协定》的达成、生效，近日达成《关于加强合作应对气候危机的阳光之乡声明》。")
    agreements = extractor.extract(text, published="2023-12-03").agreements
    assert [(a.parties, a.title) for a in agreements] == [(["中国", "美国"], "关于加强合作应对气候危机的阳光之乡声明")]
    # (中美关系 is no subject that signs)
    assert extractor.extract("美国代表到访。中美关系持续改善，近日达成《合作声明》。", published="2023-12-03").agreements == []


@pytest.mark.parametrize("text", [
    "迪雅里克当天表示，1974年签署的《部队脱离接触协议》仍然有效，应该被尊重。",
    "加上双方签订的合同年底就要到期，不少居民提出了更换物业公司的想法。",
])
def test_an_agreement_whose_term_is_told_is_no_signing_of_the_day(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text, published="2024-12-18").events
    assert [e for e in events if e.type.value == "signing"] == []


def test_a_head_word_at_a_word_start_beats_one_across_two_words(extractor: Extractor) -> None:
    """汽车|展览会: the leftmost match 车展 runs across two words and hid the head 展览会."""
    text = "2024中国国际自行车展览会今天（5月5日）在上海开幕，1460家企业参展。"
    events = extractor.extract(text, published="2024-05-05").events
    assert [(e.type.value, e.name) for e in events] == [("meeting", "2024中国国际自行车展览会")]


def test_find_words_with_word_starts_finds_a_match_hidden_by_an_overlapping_one() -> None:
    from g60extract.rules.context import find_words

    text = "上海汽车展览会今天开幕"
    assert find_words(text, 0, len(text), ["车展", "展览会"], {0, 2, 4, 7, 9}) == [(4, 7, "展览会")]
    assert find_words(text, 0, len(text), ["车展", "展览会"]) == [(3, 5, "车展")]
    # (a match ending inside a word gives way to one starting inside it at a word: 艺术|展演|季)
    text = "艺术展演季开幕"
    assert find_words(text, 0, len(text), ["艺术展", "展演季"], {0, 2, 4, 5, 7}) == [(2, 5, "展演季")]


def test_a_season_of_shows_opened_is_a_meeting(extractor: Extractor) -> None:
    text = "“大地流彩·全国乡村文化艺术展演季”今天（11月21日）在北京全国农业展览馆开幕。"
    events = extractor.extract(text, published="2024-11-21").events
    assert [(e.type.value, e.name) for e in events] == [("meeting", "“大地流彩·全国乡村文化艺术展演季”")]


@pytest.mark.parametrize(("text", "expected"), [
    ("这家石化企业的仓储空间刚上线，就被预定过半。", [("launch", "仓储空间")]),  # (刚: an adverb, not the name's)
    ("六律邕江特大桥顺利合龙，它的合龙标志着南深高铁南宁至玉林段线下工程全面竣工。", [("other", "六律邕江特大桥")]),
    ("按照我国GDP统计核算和数据发布制度规定，初步核算数据需要修订。", []),  # (发布制度: a noun)
])
def test_what_a_subject_or_a_release_verb_is_not(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    events = extractor.extract(text, published="2024-03-31").events
    assert [(e.type.value, e.object or e.name) for e in events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dated signing whose term the story tells is the day's signing
    ("中国人民银行12日与阿根廷中央银行签署的双边本币互换协议有效期为三年。", [("signing", "双边本币互换协议")]),
    # what brought the projects' signing about is no part of them, wherever it stands
    ("今年以来，衢州市已完成亿元以上项目签约79个。", [("signing", "亿元以上项目")]),
    # 和 joins two works, not the parts of a body's name the recogniser cut
    ("园区建成标准厂房和长三角先进材料研究院。", []),
    # a bare emblem names no one's mascot; one joined to what follows is part of that name
    ("组委会发布了赛事观赛指南和吉祥物。", [("release", "赛事观赛指南")]),
    ("组委会发布了会徽和吉祥物设计方案。", [("release", "会徽和吉祥物设计方案")]),
    # a title that describes what follows it is not what is released
    ("发布了电影《长津湖》定档海报和预告片。", []),
    ("财经频道推出大型文博知识竞答节目《中国国宝大会》第二季。", [("release", "中国国宝大会")]),
])
def test_slips_a_review_found(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    events = extractor.extract(text, published="2024-06-01").events
    assert [(e.type.value, e.object) for e in events] == expected


def test_a_plan_outline_signed_is_named_in_full(extractor: Extractor) -> None:
    text = "双方签署共建“一带一路”倡议同“两廊一圈”战略对接合作规划纲要，为两国拓展务实合作打开新空间。"
    result = extractor.extract(text, published="2023-12-13")
    assert [a.kind for a in result.agreements] == ["合作规划纲要"]
    assert [e.object for e in result.events if e.type.value == "signing"] == [
        "共建“一带一路”倡议同“两廊一圈”战略对接合作规划纲要"
    ]


def test_this_signing_referred_to_again_is_no_second_signing(extractor: Extractor) -> None:
    text = ("今天（4月29日），中国船舶集团与卡塔尔能源集团在北京签订了18艘超大型液化天然气运输船项目订单。"
            "此次签订的订单成为目前全球最大单笔造船订单。")
    events = extractor.extract(text, published="2024-04-29").events
    assert [e.object for e in events if e.type.value == "signing"] == ["18艘超大型液化天然气运输船项目订单"]
    # (a pair that signs 此次 is the two sides, and the signing is reported)
    result = extractor.extract("中国与法国此次签署的《合作备忘录》涵盖多个领域。", published="2024-04-29")
    assert [a.parties for a in result.agreements] == [["中国", "法国"]]
    assert [e.object for e in result.events if e.type.value == "signing"] == ["合作备忘录"]


def test_a_pair_inside_a_matter_is_no_side(extractor: Extractor) -> None:
    text = ("当地时间10月28日，中国中央广播电视总台分别与中希文明互鉴中心和国际奥林匹克学院签署合作备忘录，"
            "就促进中希两国文明交流互鉴等方面达成合作。")
    agreements = extractor.extract(text, published="2023-10-29").agreements
    assert [a.parties for a in agreements] == [
        ["中国中央广播电视总台", "中希文明互鉴中心"], ["中国中央广播电视总台", "国际奥林匹克学院"]
    ]


def test_a_state_by_its_initial_is_named_as_the_story_writes_it_most(extractor: Extractor) -> None:
    text = ("《沙特阿拉伯王国和伊朗伊斯兰共和国联合声明》发表。沙特和伊朗恢复外交关系。沙特外交大臣表示欢迎。"
            "本月6日，沙伊双方在北京签署联合声明，恢复外交关系。")
    agreements = extractor.extract(text, published="2023-04-18").agreements
    assert [a.parties for a in agreements] == [["沙特", "伊朗"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("根据最新发布的全国国民阅读调查报告显示，我国成年国民综合阅读率增至81.8%。", ["全国国民阅读调查报告"]),
    ("根据已发布的全国国民阅读调查报告，我国成年国民综合阅读率增至81.8%。", []),  # (in force, referred to)
    ("根据英国市场调查企业凯度公司日前发布的报告，英国食品价格同比上涨。", []),  # (a bare kind names nothing)
])
def test_a_document_just_released_is_news_even_after_根据(extractor: Extractor, text: str, expected: list[str]) -> None:
    events = extractor.extract(text, published="2023-04-23").events
    assert [e.object for e in events if e.type.value == "release"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("国务院安委会部署开展安全生产治本攻坚三年行动。", [("launch", "安全生产治本攻坚三年行动")]),
    ("我国部署实施专精特新中小企业就业创业扬帆计划。", [("launch", "专精特新中小企业就业创业扬帆计划")]),
    # (celebrations ordered held, works counted: no campaign begun)
    ("全国妇联等10部门联合下发通知，部署开展2023年“六一”庆祝活动。", []),
    ("自然资源部表示，截至目前，国家部署实施了51个山水林田湖草沙一体化保护和修复工程。", []),
])
def test_a_programme_deployed_and_begun_is_launched(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    events = extractor.extract(text, published="2024-02-05").events
    assert [(e.type.value, e.object) for e in events if e.type.value == "launch"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("中国与法国此次正式签署的《合作备忘录》涵盖多个领域。", [("signing", "合作备忘录")]),
    ("今天（4月29日），中国船舶集团与卡塔尔能源集团在北京签订了18艘运输船项目订单。此次正式签订的订单成为目前全球最大单笔造船订单。",
     [("signing", "18艘运输船项目订单")]),
    ("组委会今天发布了会徽和观赛指南。", [("release", "观赛指南")]),
    ("自然资源部今天启动三亚陆海统筹生态治理与系统调控重点实验室。", [("launch", "三亚陆海统筹生态治理与系统调控重点实验室")]),
    ("总台今天推出大型纪录片《中国》并在央视综合频道播出。", [("release", "中国")]),
    ("王毅出席东盟外长会（上午）后参加东亚峰会外长会。", [("meeting", "东盟外长会"), ("meeting", "东亚峰会外长会")]),
    ("他出席第十三届中国（日本）贸易博览会。", [("meeting", "第十三届中国（日本）贸易博览会")]),
])
def test_slips_a_second_review_found(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    events = extractor.extract(text, published="2024-06-01").events
    assert [(e.type.value, e.object or e.name) for e in events] == expected


def test_a_state_is_not_another_whose_name_it_begins(extractor: Extractor) -> None:
    text = "印度总理到访。印度尼西亚总统表示欢迎。印度尼西亚外长出席。中印双方签署了合作文件。"
    assert [a.parties for a in extractor.extract(text, published="2024-06-01").agreements] == [["中国", "印度"]]
    text = "中国中央广播电视总台与国际奥林匹克学院签署合作备忘录，双方就促进中希两国文明交流互鉴等方面达成合作。"
    assert [a.parties for a in extractor.extract(text, published="2024-06-01").agreements] == [
        ["中国中央广播电视总台", "国际奥林匹克学院"]
    ]


def test_a_signing_referred_back_to_is_one_of_its_own_story(extractor: Extractor) -> None:
    """In a bundle, 此次签署的… refers to its own item's signing, not to another item's."""
    text = ("中法签署合作协议\n今天（4月29日），中国与法国在北京签署了《合作协议》。\n"
            "中国船舶集团订单创纪录\n中国船舶集团此次签订的订单创纪录，成为目前全球最大单笔造船订单。\n")
    events = extractor.extract(text, published="2024-04-29").events
    assert sorted(e.object or "" for e in events if e.type.value == "signing") == ["合作协议", "订单"]


def test_the_sides_a_clause_names_sign_a_treaty_titled_with_long_forms(extractor: Extractor) -> None:
    text = ("6月2日，中国和阿根廷两国政府代表在北京签署"
            "《中华人民共和国政府与阿根廷共和国政府关于共同推进“一带一路”建设的合作规划》，深化双方合作。")
    result = extractor.extract(text, published="2023-06-03")
    assert [a.parties for a in result.agreements] == [["中国", "阿根廷"]]
    # (两国政府 is the governments of both, no one body)
    assert "中国和阿根廷两国政府" not in [o.name for o in result.organizations]
    text = "会谈后，赵乐际与欧舒米共同签署了中国全国人大与阿拉伯议会建立交流机制的谅解备忘录。"
    assert [a.parties for a in extractor.extract(text, published="2023-08-28").agreements] == [["中国全国人大", "阿拉伯议会"]]


def test_a_title_confirmed_on_holders_is_a_designation(extractor: Extractor) -> None:
    text = "近日，2000个工会驿站被全国总工会确认为“最美工会户外劳动者服务站点”。"
    events = extractor.extract(text, published="2023-12-10").events
    assert [(e.type.value, e.object) for e in events] == [("designation", "最美工会户外劳动者服务站点")]
    assert extractor.extract("警方确认为自杀。", published="2023-12-10").events == []  # (a finding, no title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a service or a facility put into use is launched
        ("浙江、北京等地推出了“轮椅友好厅”，方便轮椅使用者观影。", ("launch", "“轮椅友好厅”")),
        # a title put out is released, as are counted measures
        ("纪录频道推出纪录片《鹤舞长江》。", ("release", "鹤舞长江")),
        ("交通运输部推出5项便民措施。", ("release", "5项便民措施")),
    ],
)
def test_what_tuichu_puts_out_decides_launch_or_release(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    events = extractor.extract(text, published="2024-05-19").events
    assert [(e.type.value, e.object) for e in events] == [expected]


def test_projects_signed_counted_after_them_are_a_signing_of_the_meeting(extractor: Extractor) -> None:
    text = "第六届世界浙商大会昨天（12月24日）在杭州闭幕，会上共签约项目78个，总投资额3699亿元。"
    r = extractor.extract(text, published="2022-12-25")
    signings = [(e.name, e.object, e.date) for e in r.events if e.type.value == "signing"]
    assert signings == [("共签约项目", "项目", "2022-12-24")]
    assert r.agreements == []  # where the meeting was held is no party to its signings


def test_a_headline_shortening_its_leads_name_gives_way_to_it(extractor: Extractor) -> None:
    text = "总台央视综合频道2024年精品片单发布\n中央广播电视总台今天（1月24日）发布央视综合频道2024年精品节目片单。"
    r = extractor.extract(text, published="2024-01-24")
    assert [i.name for i in r.initiatives] == ["央视综合频道2024年精品节目片单"]


def test_a_meeting_the_headline_shortens_after_its_year_is_one(extractor: Extractor) -> None:
    text = "500多家中外企业参加2023智博会\n今天（9月4日）在重庆开幕的2023中国国际智能产业博览会，分为四大板块。"
    events = extractor.extract(text, published="2023-09-04").events
    assert [(e.type.value, e.name, e.date) for e in events] == [("meeting", "2023中国国际智能产业博览会", "2023-09-04")]


def test_a_headline_naming_a_title_by_the_leads_description_is_one_release(extractor: Extractor) -> None:
    text = "首个区块链技术领域国家标准发布\n我国首个区块链技术领域国家标准——《区块链和分布式记账技术参考架构》近日正式发布。"
    r = extractor.extract(text, published="2023-06-02")
    assert [(e.type.value, e.object) for e in r.events] == [("release", "区块链和分布式记账技术参考架构")]
    assert [i.name for i in r.initiatives] == ["区块链和分布式记账技术参考架构"]


def test_an_occasion_held_by_a_body_is_named_by_its_quoted_name(extractor: Extractor) -> None:
    text = ("总台“何以文明”数字艺术大展启动\n中央广播电视总台“央博”数字文化艺术博物馆“何以文明——中华文明探源工程成果"
            "数字艺术大展”今天（5月27日）启动。")
    r = extractor.extract(text, published="2023-05-27")
    assert [(e.type.value, e.name or e.object) for e in r.events] == [("launch", "“何以文明——中华文明探源工程成果数字艺术大展”")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a first train that marks a line's opening is that opening, and a habit is no launch
        ("今天（2月1日）7时，首趟列车从北京南站发车，标志着京雄城际铁路正式开通运营。", "2024-02-01",
         [("launch", "京雄城际铁路")]),
        ("每天早上6时，首班车从始发站发车。", "2024-02-01", []),
        # two trains each named in full by one head are two
        ("今天，首趟沪苏湖高铁列车、杭温高铁列车开通运营。", "2024-05-01",
         [("launch", "首趟沪苏湖高铁列车"), ("launch", "杭温高铁列车")]),
        # a prize's category is no prize
        ("本届电影节最佳影片奖、最佳导演奖等十个奖项今天揭晓。", "2024-05-01", []),
        ("“华表奖”“金鸡奖”等五大奖项今天揭晓。", "2024-05-01", [("award", "“华表奖”"), ("award", "“金鸡奖”")]),
        # a title whose topics open alike is one title
        ("中国信息通信研究院今天发布数字经济和数字贸易发展报告。", "2024-05-01", [("release", "数字经济和数字贸易发展报告")]),
        # a trial aimed at or planned is not done
        ("为顺利完成首次航行试验，科研人员连续奋战了三个月。", "2024-05-01", []),
        ("今年，我们计划顺利完成10项重大试验。", "2024-05-01", []),
        ("作为国之重器，海军福建舰顺利完成首次航行试验。", "2024-05-08", [("other", "首次航行试验")]),  # 作为 is no aim
        # a part of a programme is no festival; 推出 of an emblem is a release
        ("比赛的决赛环节今天在北京举行。", "2024-05-01", []),
        ("今天（12月6日），中央广播电视总台推出2024年龙年春晚吉祥物形象。", "2023-12-06",
         [("release", "2024年龙年春晚吉祥物形象")]),
    ],
)
def test_review_of_this_sessions_rules(extractor: Extractor, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    events = extractor.extract(text, published=published).events
    assert [(e.type.value, e.name or e.object) for e in events] == expected


def test_a_ministry_signs_through_its_minister_and_a_pair_named_before_signs_as_both_sides(extractor: Extractor) -> None:
    r = extractor.extract("外交部副部长孙卫东与巴西外交部秘书长签署谅解备忘录。", published="2024-05-01")
    assert [a.parties for a in r.agreements] == [["外交部", "巴西外交部"]]
    # 双方 refers to the pair the sentence before names (中国 is a side though the places lexicon files it as a region)
    r = extractor.extract("中国与老挝举行会谈。双方回顾了两国关系发展，并共同见证签署了多项合作文件。", published="2024-05-01")
    assert [a.parties for a in r.agreements] == [["中国", "老挝"]]
    r = extractor.extract("中国与老挝举行会谈。双方今天（5月1日）还签署了合作协议。", published="2024-05-01")
    assert [a.parties for a in r.agreements] == [["中国", "老挝"]]


def test_a_fair_and_a_summit_held_at_it_stay_two_meetings(extractor: Extractor) -> None:
    text = "2023年服贸会今天开幕\n今天，2023年中国国际服务贸易交易会全球服务贸易峰会在北京举行。"
    names = [e.name for e in extractor.extract(text, published="2023-09-02").events]
    assert names == ["2023年服贸会", "2023年中国国际服务贸易交易会全球服务贸易峰会"]


def test_the_leads_name_keeps_the_headlines_day(extractor: Extractor) -> None:
    text = "全国铁路6月15日起实行新的列车运行图\n记者今天（5月30日）从国铁集团获悉，6月15日零时起，全国铁路将实行新列车运行图。"
    events = extractor.extract(text, published="2024-05-30").events
    assert [(e.type.value, e.object, e.date) for e in events] == [("launch", "新列车运行图", "2024-06-15")]


def test_a_campaign_many_hosts_carry_out_is_no_launch_unless_a_body_deploys_it(extractor: Extractor) -> None:
    r = extractor.extract("多地还积极开展求职创业补贴、各类培训行动和优化就业流程等服务。", published="2023-03-18")
    assert [e for e in r.events if e.type.value == "launch"] == []
    r = extractor.extract("近日，教育部部署各地各高校开展2024届高校毕业生就业“百日冲刺”行动。", published="2024-05-25")
    assert [e.type.value for e in r.events] == ["launch"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公安部组织各地公安机关开展打击整治专项行动。", [("launch", "打击整治专项行动")]),  # one body carries it out
        ("我们相信，在全体官兵努力下，福建舰一定能顺利完成系泊试验。", []),  # hoped for, in a clause before
        ("福建舰按照计划顺利完成首次航行试验。", [("other", "首次航行试验")]),  # done as planned
        ("今天，首趟“熊猫专列”从成都站发车，标志着两地往来更加便捷。", [("launch", "熊猫专列")]),  # marks no opening
        ("第36届中国电影金鸡奖最佳故事片、最佳导演等20个奖项今天揭晓。", [("award", "第36届中国电影金鸡奖")]),
        ("国家统计局发布新版标准——《国民经济行业分类》。", []),  # no false 新版标准 (the titled name stays unread)
    ],
)
def test_second_review_of_this_sessions_rules(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.type.value, e.name or e.object) for e in extractor.extract(text, published="2024-05-01").events] == expected


def test_a_summit_and_its_short_form_are_one_meeting(extractor: Extractor) -> None:
    text = "乌镇峰会开幕\n今天，2023年世界互联网大会乌镇峰会在浙江乌镇开幕。"
    assert [e.name for e in extractor.extract(text, published="2023-11-08").events] == ["2023年世界互联网大会乌镇峰会"]


def test_a_programme_is_named_by_its_title_and_a_meeting_by_its_edition(extractor: Extractor) -> None:
    text = "总台大型文化节目《帛书传奇》启动\n总台联合摄制的大型文化节目《帛书传奇》昨天（9月10日）启动。"
    events = extractor.extract(text, published="2024-09-11").events
    assert [(e.type.value, e.object, e.date) for e in events] == [("launch", "帛书传奇", "2024-09-10")]
    # 消博会开馆两天 read first, 正在海南举办的第三届消博会 after: the meeting keeps its edition
    text = "正在海南举办的第三届消博会吸引了全球65个国家和地区的展商，消博会开馆两天，密集举办380多场活动。"
    assert [e.name for e in extractor.extract(text, published="2023-04-12").events if e.type.value == "meeting"] == [
        "第三届消博会"
    ]


def test_an_occasion_reported_twice_keeps_the_other_name_as_an_alias(extractor: Extractor) -> None:
    text = "正在海南举办的第三届消博会吸引了全球65个国家和地区的展商，消博会开馆两天，密集举办380多场活动。"
    meeting = next(e for e in extractor.extract(text, published="2023-04-12").events if e.type.value == "meeting")
    assert (meeting.name, meeting.arguments.get("aliases")) == ("第三届消博会", ["消博会"])


def test_a_document_set_about_is_planned_not_released(extractor: Extractor) -> None:
    # 着手 plans what follows, and a clause opening with 针对 carries the plan on; a plan keeps its
    # document as an initiative (as 将出台… does) but reports no release
    for text in ("生态环境部门已着手研究，针对不同行业出台分类指导技术指南。", "生态环境部已着手研究出台分类指导技术指南。"):
        result = extractor.extract(text, published="2023-07-23")
        assert [i.name for i in result.initiatives] == ["分类指导技术指南"]
        assert [e.type.value for e in result.events] == []
    # a 针对 clause with a subject of its own is not carried on
    result = extractor.extract("针对不同行业，生态环境部今天出台分类指导技术指南。", published="2023-07-23")
    assert [(e.type.value, e.object, e.date) for e in result.events] == [("release", "分类指导技术指南", "2023-07-23")]


def test_a_joint_occasion_shortened_later_is_the_same_occasion(extractor: Extractor) -> None:
    text = ("庆祝澳门回归祖国25周年大会暨澳门特别行政区第六届政府就职典礼20日上午在澳门东亚运动会体育馆隆重举行。"
            "上午10时，庆祝大会暨就职典礼开始。何厚铧也出席庆祝大会暨就职典礼。")
    meetings = [e for e in extractor.extract(text, published="2024-12-20").events if e.type.value == "meeting"]
    assert [(e.name, e.date, e.arguments.get("aliases")) for e in meetings] == [
        ("庆祝澳门回归祖国25周年大会暨澳门特别行政区第六届政府就职典礼", "2024-12-20", ["庆祝大会暨就职典礼"])
    ]
    # another pair of occasions, not a shortening of this one, stays apart
    text += "澳门各界随后举行庆祝大会暨表彰大会。"
    names = [e.name for e in extractor.extract(text, published="2024-12-20").events if e.type.value == "meeting"]
    assert "庆祝大会暨表彰大会" in names


def test_the_audiences_one_verb_reports_are_one_meeting_per_guest(extractor: Extractor) -> None:
    text = "6月20日至21日，蔡奇访问卢森堡，分别会见卢森堡大公亨利、国民议会议长维斯勒、首相弗里登。"
    meetings = [e for e in extractor.extract(text, published="2024-06-22").events if e.type.value == "meeting"]
    assert [(e.name, e.object, e.date) for e in meetings] == [
        ("会见", "卢森堡大公亨利", "2024-06-20/2024-06-21"),
        ("会见", "国民议会议长维斯勒", "2024-06-20/2024-06-21"),
        ("会见", "首相弗里登", "2024-06-20/2024-06-21"),
    ]


def test_a_title_quoting_another_title_is_one_agreement(extractor: Extractor) -> None:
    text = "近日，商务部与香港特区政府签署《关于修订〈《内地与香港关于建立更紧密经贸关系的安排》服务贸易协议〉的协议二》。"
    agreements = extractor.extract(text, published="2024-10-13").agreements
    assert [(a.parties, a.title) for a in agreements] == [
        (["商务部", "香港特区政府"], "关于修订〈《内地与香港关于建立更紧密经贸关系的安排》服务贸易协议〉的协议二")
    ]


def test_a_release_the_plan_of_the_clause_before_announces_is_no_event(extractor: Extractor) -> None:
    text = "本届博览会将举办主旨论坛等系列活动，并集中发布工业互联网领域一批重大成果。"
    r = extractor.extract(text, published="2023-09-06")
    assert [i.name for i in r.initiatives] == ["工业互联网领域一批重大成果"]
    assert [e for e in r.events if e.type.value == "release"] == []


def test_what_leaders_sign_and_what_they_witness_are_two_signings(extractor: Extractor) -> None:
    text = ("会谈后，两国元首签署了《中华人民共和国和吉尔吉斯共和国关于建立新时代全面战略伙伴关系的联合宣言》，"
            "并共同见证签署经贸、农业等领域多项双边合作文件。")
    signings = [e for e in extractor.extract(text, published="2023-05-18").events if e.type.value == "signing"]
    assert len(signings) == 2
    assert [e.object for e in signings][1] == "双边合作文件"


@pytest.mark.parametrize(("text", "objects"), [
    # a titled text, then the many texts of named fields summed up: two signings (audits 86, 88 and 95)
    ("会谈后，两国元首共同见证签署《中华人民共和国政府和秘鲁共和国政府2024年至2029年共同行动计划》以及经贸合作、"
     "数字经济等领域多项双边合作文件。",
     ["中华人民共和国政府和秘鲁共和国政府2024年至2029年共同行动计划", "合作文件"]),
    # two titled texts signed at once are two signings
    ("两国元首共同签署《中俄关于深化新时代全面战略协作伙伴关系的联合声明》和《2030年前中俄经济合作重点方向发展规划的联合声明》。",
     ["中俄关于深化新时代全面战略协作伙伴关系的联合声明", "2030年前中俄经济合作重点方向发展规划的联合声明"]),
])
def test_texts_signed_at_once_but_named_apart_are_signings_apart(
    extractor: Extractor, text: str, objects: list[str]
) -> None:
    signings = [e for e in extractor.extract(text, published="2024-06-28").events if e.type.value == "signing"]
    assert sorted(e.object or "" for e in signings) == sorted(objects)


def test_a_newcomer_s_status_is_no_signing_of_its_own(extractor: Extractor) -> None:
    text = ("习近平指出，中方欢迎瑙鲁成为又一个同中国签署共建“一带一路”合作文件的国家。"
            "会谈后，两国元首共同见证签署农业等领域多项双边合作文件。")
    r = extractor.extract(text, published="2024-03-25")
    assert [e.object for e in r.events if e.type.value == "signing"] == ["双边合作文件"]
    assert any(a.parties == ["中国", "瑙鲁"] for a in r.agreements)


def test_a_body_considered_is_an_initiative_not_a_founding(extractor: Extractor) -> None:
    r = extractor.extract("欢迎海方参与中国航天任务搭载合作，研究成立中海联合月球和深空探测中心。", published="2022-12-10")
    assert [i.name for i in r.initiatives] == ["中海联合月球和深空探测中心"]
    assert r.events == []


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        ("全国政协十四届一次会议9日下午举行视频会议。", ["全国政协十四届一次会议"]),  # a session held by video
        ("世界互联网大会今天召开视频会议，部署乌镇峰会筹备工作。", ["视频会议"]),  # a body's meeting, not the body
    ],
)
def test_a_meeting_held_by_video(extractor: Extractor, text: str, meetings: list[str]) -> None:
    events = extractor.extract(text, published="2023-03-09").events
    assert [e.name for e in events if e.type.value == "meeting"] == meetings


def test_a_state_welcome_is_an_occasion_named_by_its_kind(extractor: Extractor) -> None:
    text = ("国家主席习近平1日下午在人民大会堂北大厅举行仪式，欢迎白俄罗斯总统卢卡申科对我国进行国事访问。"
            "王毅等出席欢迎仪式。当晚，习近平举行宴会，欢迎卢卡申科。")
    events = extractor.extract(text, published="2023-03-01").events
    assert [(e.type.value, e.name, e.date) for e in events if e.trigger.rule != "event.visit"] == [
        ("other", "欢迎仪式", "2023-03-01"), ("other", "欢迎宴会", None),  # (当晚 names no day of its own)
    ]
    # and the visit the lead tells of, as dev lists it (optional)
    assert [e.name for e in events if e.trigger.rule == "event.visit"] == ["国事访问"]


def test_a_programme_initiated_is_launched_unless_named_by_who_began_it(extractor: Extractor) -> None:
    r = extractor.extract("新疆伊宁发起“暖心屋”公益活动，为环卫工人提供歇脚暖身的地方。", published="2023-12-16")
    assert [(e.type.value, e.object) for e in r.events] == [("launch", "“暖心屋”公益活动")]
    r = extractor.extract("全国妇联、中国儿童少年基金会发起的“春蕾计划”十年来累计为176万人次女童提供助学帮扶。",
                          published="2023-10-22")
    assert [i.name for i in r.initiatives] == ["春蕾计划"]
    assert r.events == []  # referred to by who began it, not begun in the story


def test_the_ceremony_that_marks_a_launch_names_its_event(extractor: Extractor) -> None:
    r = extractor.extract("两国总理出席金边至西哈努克港高速公路通车仪式。", published="2022-11-10")
    assert [(e.type.value, e.name, e.object) for e in r.events] == [("launch", "通车仪式", "金边至西哈努克港高速公路")]


def test_a_quoted_activity_is_named_without_the_body_that_runs_it(extractor: Extractor) -> None:
    r = extractor.extract("中央广播电视总台“跨越山海 格桑花开——乘着大巴看中国·西藏行”大型融媒体活动今天在北京启动。",
                          published="2024-10-09")
    assert [(i.name, i.actors) for i in r.initiatives] == [
        ("“跨越山海 格桑花开——乘着大巴看中国·西藏行”大型融媒体活动", ["中央广播电视总台"]),
    ]
    r = extractor.extract("“蓝色循环”海洋塑料废弃物治理模式荣获联合国“地球卫士奖”。", published="2023-10-30")
    assert [i.name for i in r.initiatives] == ["联合国“地球卫士奖”"]  # a prize keeps who gives it


def test_an_agreement_reached_in_an_earlier_year_is_referred_to_not_signed(extractor: Extractor) -> None:
    text = "联合国观察员部队13日发表声明说，以色列行为违反1974年叙以双方达成的《部队脱离接触协议》，敦促相关方遵守协议条款。"
    assert [e for e in extractor.extract(text, published="2024-12-14").events if e.type.value == "signing"] == []


def test_a_joint_statement_named_again_by_its_kind_is_the_one_signed(extractor: Extractor) -> None:
    text = ("两国元首共同签署《中俄关于深化新时代全面战略协作伙伴关系的联合声明》。"
            "两国元首会谈后签署联合声明再次强调，国际法必须得到尊重。")
    r = extractor.extract(text, published="2023-03-23")
    assert [a.title for a in r.agreements] == ["中俄关于深化新时代全面战略协作伙伴关系的联合声明"]
    assert [e.object for e in r.events if e.type.value == "signing"] == ["中俄关于深化新时代全面战略协作伙伴关系的联合声明"]


def test_a_statement_signed_is_a_document_published_too(extractor: Extractor) -> None:
    text = "会谈后，两国元首签署了《中华人民共和国和乌兹别克斯坦共和国联合声明》，并见证签署多项双边合作文件。"
    r = extractor.extract(text, published="2023-05-18")
    title = "中华人民共和国和乌兹别克斯坦共和国联合声明"
    assert [(i.name, i.kind.value, i.action) for i in r.initiatives] == [(title, "document", "签署")]
    assert text[r.initiatives[0].mention.start : r.initiatives[0].mention.end] == title
    # its events are the signing and, a joint statement being issued by it, the release
    assert sorted((e.type.value, e.object) for e in r.events) == [
        ("release", title), ("signing", title), ("signing", "双边合作文件")
    ]
    # (a bare kind names no document)
    r = extractor.extract("双方签署了《中国—中亚峰会西安宣言》和《联合声明》。", published="2023-05-19")
    assert [i.name for i in r.initiatives] == ["中国—中亚峰会西安宣言"]
    # (a memorandum stays between the sides: an agreement alone)
    r = extractor.extract("双方签署了《关于加强经贸合作的谅解备忘录》。", published="2023-05-18")
    assert r.agreements and r.initiatives == []


@pytest.mark.parametrize(("text", "names"), [
    ("中塞双方签署了构建新时代中塞命运共同体的联合声明。", ["构建新时代中塞命运共同体的联合声明"]),
    # (no side named, as for a titled statement: signed by no one the story names)
    ("两国元首签署了构建新时代中塞命运共同体的联合声明。", []),
    ("双方签署了关于深化全面战略合作伙伴关系的联合声明。", ["关于深化全面战略合作伙伴关系的联合声明"]),
    ("两国元首签署了联合声明。", []),  # the bare kind names none
    ("双方签署了具有历史意义的联合声明。", []),  # described, not named
    ("双方签署了这份具有里程碑意义的联合声明。", []),
    ("双方签署了涵盖经贸、人文等领域的多份合作文件及联合声明。", []),
    # (a kind of cooperation text, which dev lists as the agreement alone)
    ("国家国际发展合作署与联合国工业发展组织以及埃塞俄比亚工业部签署了三方合作联合声明。", []),
])
def test_an_untitled_statement_signed_is_a_document_when_its_subject_names_it(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    r = extractor.extract(text, published="2024-05-09")
    assert [i.name for i in r.initiatives if i.kind.value == "document"] == names
    for i in r.initiatives:
        assert text[i.mention.start : i.mention.end] == i.name


@pytest.mark.parametrize(("text", "names"), [
    ("随后，《关于支持戏曲传承发展的若干政策》、“长城、大运河、长征、黄河、长江国家文化公园建设方案”等相继出台。",
     ["关于支持戏曲传承发展的若干政策", "长城、大运河、长征、黄河、长江国家文化公园建设方案"]),
    ("随后，《关于支持戏曲传承发展的若干政策》、“关于加快推进长江经济带沿线十一省市农业面源污染综合治理工作的实施方案”等相继出台。",
     ["关于支持戏曲传承发展的若干政策", "关于加快推进长江经济带沿线十一省市农业面源污染综合治理工作的实施方案"]),
    ("随后，《关于支持戏曲传承发展的若干政策》、“健康中国战略”等相继出台。", ["关于支持戏曲传承发展的若干政策"]),
])
def test_titles_and_the_quoted_names_listed_after_them_are_released(extractor: Extractor, text: str, names: list[str]) -> None:
    r = extractor.extract(text, published="2023-06-01")
    assert sorted(i.name for i in r.initiatives) == sorted(names)
    assert all(text[i.mention.start : i.mention.end] == i.name for i in r.initiatives)


def test_a_works_plot_founds_and_launches_nothing(extractor: Extractor) -> None:
    text = ("电视剧《江河之上》今晚（3月11日）起将在总台央视综合频道黄金档播出，讲述了基层环保试点法庭从无案可审、"
            "无人理解，走向成立“跨区域、全流域”的环境资源审判庭的故事。")
    r = extractor.extract(text, published="2024-03-11")
    assert r.initiatives == []
    assert not [e for e in r.events if e.type.value == "establishment"]


def test_a_programme_reported_on_since_it_began_is_no_launch_of_the_day(extractor: Extractor) -> None:
    text = "记者今天（12月24日）从公安部获悉，“平安长江2024”专项行动开展以来，各地公安机关依法严厉打击违法犯罪。"
    r = extractor.extract(text, published="2024-12-24")
    assert [(i.name, i.action) for i in r.initiatives] == [("“平安长江2024”专项行动", "开展")]
    assert r.events == []


def test_titles_listed_after_one_conferral_are_each_conferred(extractor: Extractor) -> None:
    text = "党中央、国务院决定授予81名个人“国家卓越工程师”称号、50个团队“国家卓越工程师团队”称号。"
    r = extractor.extract(text, published="2024-01-19")
    assert [(i.name, i.recipients) for i in r.initiatives] == [
        ("国家卓越工程师", ["81名个人"]), ("国家卓越工程师团队", ["50个团队"]),
    ]
    assert [e.object for e in r.events] == ["国家卓越工程师", "国家卓越工程师团队"]


def test_a_museum_reopened_is_no_founding(extractor: Extractor) -> None:
    r = extractor.extract("经过一年多的修缮，北京鲁迅纪念馆今天正式开馆。", published="2024-06-01")
    assert [e.type.value for e in r.events] == ["launch"]
    r = extractor.extract("今天，中共中央秘书处机关旧址纪念馆正式开馆。", published="2024-06-01")
    assert [e.type.value for e in r.events] == ["establishment"]


def test_a_meeting_named_again_cut_short_is_the_one_named_in_full(extractor: Extractor) -> None:
    text = ("当地时间7月4日上午，国家主席习近平在阿斯塔纳独立宫出席上海合作组织成员国元首理事会第二十四次会议。"
            "习近平同上海合作组织成员国领导人集体合影，随后出席元首理事会会议。")
    r = extractor.extract(text, published="2024-07-05")
    assert [(e.name, e.date) for e in r.events if e.type.value == "meeting"] == [
        ("上海合作组织成员国元首理事会第二十四次会议", "2024-07-04"),
    ]


@pytest.mark.parametrize("text", [
    "中国驻巴基斯坦使馆日前举办国庆75周年招待会。\n中国驻塞尔维亚使馆日前也举办了国庆招待会，武契奇总统出席。",
    "4月29日，习近平主持召开中央政治局常委会会议，研究部署疫情防控工作。\n随后召开的中央政治局会议听取了汇报。",
])
def test_a_shorter_name_with_words_of_its_own_left_out_is_another_meeting(extractor: Extractor, text: str) -> None:
    r = extractor.extract(text, published="2024-09-23")
    assert len([e for e in r.events if e.type.value == "meeting"]) == 2


def test_two_meetings_one_sentence_lists_stay_two(extractor: Extractor) -> None:
    text = "习近平总书记亲自谋划部署，主持召开中央政治局常委会会议和中央政治局会议专门进行研究。"
    r = extractor.extract(text, published="2022-09-26")
    assert [e.name for e in r.events if e.type.value == "meeting"] == ["中央政治局常委会会议", "中央政治局会议"]


def test_the_days_launch_after_a_period_looked_back_on_is_news(extractor: Extractor) -> None:
    text = "“十四五”以来，我国成效显著，今天，国家卫健委启动职业病危害专项治理。"
    r = extractor.extract(text, published="2023-12-23")
    assert [(e.type.value, e.object, e.date) for e in r.events] == [("launch", "职业病危害专项治理", "2023-12-23")]


@pytest.mark.parametrize(("text", "events"), [
    ("三地共同公布涵盖食品、中医药、养老等领域的“湾区标准”已经达到183项。", []),  # a tally over time
    ("今天公布的“湾区标准”达到20项，涵盖多个领域。", [("release", "湾区标准")]),  # the day's release, counted
])
def test_a_count_after_a_released_name_is_a_tally_unless_the_release_is_the_days(
    extractor: Extractor, text: str, events: list[tuple[str, str]]
) -> None:
    r = extractor.extract(text, published="2024-06-01")
    assert [(e.type.value, (e.object or "").strip("“”")) for e in r.events] == events


def test_a_programme_of_the_plan_period_so_far_is_no_launch_of_the_day(extractor: Extractor) -> None:
    text = "“十四五”以来，我国以防尘、防毒为重点，开展职业病危害专项治理，从源头上减少危害。"
    r = extractor.extract(text, published="2023-12-23")
    assert [i.name for i in r.initiatives] == ["职业病危害专项治理"]
    assert r.events == []


@pytest.mark.parametrize("text", [
    "蒙内铁路2017年5月31日投入运营，截至2023年9月30日累计发送旅客1000多万人次。",
    "近年来，两国人文合作方兴未艾，互设文化中心协定签署，鲁班工坊落地，人员往来日益密切。",
])
def test_a_launch_looked_back_on_is_background_not_an_initiative(extractor: Extractor, text: str) -> None:
    r = extractor.extract(text, published="2023-10-07")
    assert [i.name for i in r.initiatives if i.mention.rule == "initiative.launch"] == []
    assert [e for e in r.events if e.type.value == "launch"] == []


def test_each_site_inscribed_on_the_world_heritage_list_is_a_designation(extractor: Extractor) -> None:
    text = ("今天（7月26日），在联合国教科文组织第46届世界遗产大会上，"
            "中国的“巴丹吉林沙漠—沙山湖泊群”和“黄（渤）海候鸟栖息地（第二期）”成功列入《世界遗产名录》。")
    r = extractor.extract(text, published="2024-07-26")
    assert [(e.object, e.date) for e in r.events if e.type.value == "designation"] == [
        ("巴丹吉林沙漠—沙山湖泊群", "2024-07-26"), ("黄（渤）海候鸟栖息地（第二期）", "2024-07-26"),
    ]
    assert [i.name for i in r.initiatives] == ["世界遗产名录"]  # the list stays the initiative


def test_a_headline_space_ends_the_name_and_the_lead_names_it_in_full(extractor: Extractor) -> None:
    text = ("欧盟公布新一轮对俄制裁 俄称将采取报复措施\n"
            "欧盟24日公布新一轮对俄制裁措施，包括禁止使用欧盟港口转运俄液化天然气等。")
    r = extractor.extract(text, published="2024-06-25")
    assert [(i.name, i.date) for i in r.initiatives] == [("对俄制裁措施", "2024-06-24")]
    assert [(e.type.value, e.object) for e in r.events] == [("release", "对俄制裁措施")]
    # (a quoted name keeps its own space)
    r = extractor.extract("人社部今天启动“奋斗有我 国聘行动”。", published="2022-12-11")
    assert [i.name for i in r.initiatives] == ["奋斗有我 国聘行动"]


@pytest.mark.parametrize(("text", "expected"), [
    ("钱凯港今天正式开港。", ["钱凯港"]),
    ("洋山港今天开通。", ["洋山港"]),
    ("今天，空间站全面建成。", []),  # a kind of works, not one named (the lexicon's common_works_nouns)
    ("该港今天开通。", []),
])
def test_a_port_station_or_bridge_may_be_named_in_three_characters(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    r = extractor.extract(text, published="2024-11-15")
    assert [i.name for i in r.initiatives] == expected


def test_holders_of_a_title_for_two_levels_of_place_are_designated(extractor: Extractor) -> None:
    text = "全国首批自然资源节约集约示范县（市）公布\n今天，自然资源部公布全国首批258个自然资源节约集约示范县（市）。"
    r = extractor.extract(text, published="2023-02-09")
    assert [e.type.value for e in r.events] == ["designation"]


def test_documents_a_list_calls_outcomes_are_released_whatever_their_heads(extractor: Extractor) -> None:
    text = "会议通过《大湄公河次区域经济合作第八次领导人会议宣言》和《大湄公河次区域经济合作2030创新发展战略》等成果文件。"
    events = extractor.extract(text, published="2024-11-07").events
    assert [(e.type.value, e.object) for e in events] == [
        ("release", "大湄公河次区域经济合作第八次领导人会议宣言"), ("release", "大湄公河次区域经济合作2030创新发展战略"),
    ]


def test_an_editorial_titled_in_the_next_clause_is_released_unless_announced(extractor: Extractor) -> None:
    text = "今天（7月23日）出版的《人民日报》发表评论员文章，题目是《加强党对生态文明建设的全面领导》。"
    events = extractor.extract(text, published="2023-07-23").events
    assert [(e.type.value, e.object, e.date) for e in events] == [("release", "加强党对生态文明建设的全面领导", "2023-07-23")]
    text = "明天（9月29日）出版的人民日报将发表任仲平文章，题目是《掌握历史主动 凝聚奋进伟力》。"
    assert extractor.extract(text, published="2022-09-28").events == []  # to come


def test_a_themed_year_whose_opening_ceremony_is_held_is_an_initiative(extractor: Extractor) -> None:
    r = extractor.extract("国务院总理李强4月25日向中国—东盟农业发展和粮食安全合作年开幕式致贺信。", published="2023-04-25")
    assert [(i.name, i.kind.value) for i in r.initiatives] == [("中国—东盟农业发展和粮食安全合作年", "other")]
    # (and the letter itself, an event of type other)
    assert [(e.type.value, e.name) for e in r.events] == [("meeting", "中国—东盟农业发展和粮食安全合作年开幕式"),
                                                          ("other", "致贺信")]


def test_a_treaty_signing_ceremony_is_the_signing(extractor: Extractor) -> None:
    text = "9月30日，顿涅茨克、卢甘斯克、扎波罗热与赫尔松四地加入俄罗斯联邦的条约签署仪式在克里姆林宫举行。"
    events = extractor.extract(text, published="2022-10-01").events
    assert [(e.type.value, e.name, e.date) for e in events] == [("signing", "条约签署仪式", "2022-09-30")]


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        # what an order or a notice demands of others is not done yet
        ("美国纽约市市长亚当斯27日发布行政令，要求转运移民的巴士公司在抵达纽约市前32小时发出通知。", "行政令"),
        ("全国总工会近日印发通知，要求各级工会督促用人单位落实防暑降温主体责任，建立健全防暑降温工作制度。", "通知"),
        ("两部门印发意见，要求各地加强家庭亲子阅读指导服务，设立家庭亲子阅读体验基地，打造活动品牌。", "意见"),
    ],
)
def test_what_a_document_demands_of_others_is_neither_released_nor_founded(
    extractor: Extractor, text: str, issued: str
) -> None:
    r = extractor.extract(text, published="2024-06-10")
    assert [i.name for i in r.initiatives] == [issued]
    assert [e.object for e in r.events] == [issued]


def test_a_demand_met_is_no_call(extractor: Extractor) -> None:
    text = "会议要求，落实制造业领域外资准入限制措施“清零”要求，推出新一轮服务业扩大开放试点举措。"
    assert [i.name for i in extractor.extract(text, published="2024-06-26").initiatives] == ["服务业扩大开放试点举措"]


@pytest.mark.parametrize(
    "text",
    [
        "中国银行、建设银行、交通银行等多家银行近期也先后出台措施，支持外经贸企业扩大人民币跨境使用。",
        "新一年，各地把恢复和扩大消费摆在优先位置，出台务实举措，开展多样活动。",  # the hosts open the sentence
    ],
)
def test_measures_many_hosts_issue_name_no_document(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text, published="2023-02-25").initiatives == []


def test_a_text_many_bodies_issue_jointly_is_one_release(extractor: Extractor) -> None:
    text = "联合国儿童基金会、世界卫生组织等多家机构3日发布联合声明。"
    events = extractor.extract(text, published="2023-11-04").events
    assert [(e.type.value, e.object) for e in events] == [("release", "联合声明")]


@pytest.mark.parametrize(
    "text",
    [
        "柬埔寨人民党以绝对优势赢得第七届国民议会选举，负责组建新一届政府。",  # a charge given
        "巴勒斯坦各派同意围绕加沙战后治理、组建临时民族和解政府。",  # agreed to
        "双方建立的中俄议会合作委员会是增进政治互信、促进务实合作的稳固有效平台。",  # what it is
        "中方倡议成立上海合作组织数字教育联盟，愿向本组织国家提供数字技术培训名额。",  # proposed
    ],
)
def test_a_body_charged_agreed_proposed_or_described_is_not_founded_in_the_story(extractor: Extractor, text: str) -> None:
    assert [e for e in extractor.extract(text, published="2023-11-21").events if e.type.value == "establishment"] == []


def test_a_body_founded_today_and_then_described_is_founded(extractor: Extractor) -> None:
    r = extractor.extract("今天成立的长三角人工智能产业联盟是国内首个区域性人工智能联盟。", published="2023-11-21")
    assert [(e.type.value, e.object) for e in r.events] == [("establishment", "长三角人工智能产业联盟")]


def test_measures_a_speech_looks_back_on_are_not_released_unless_of_this_occasion(extractor: Extractor) -> None:
    text = "我们还给予法国等多个国家普通公民15天免签政策，制定了便利外籍人员在华旅游、支付的新举措。"
    assert extractor.extract(text, published="2024-05-06").events == []
    text = "在本次会晤中，我们围绕金砖国家合作等问题进行了深入交流，达成广泛共识，发表了峰会宣言。"
    events = extractor.extract(text, published="2023-08-24").events
    assert [(e.type.value, e.object) for e in events if e.type.value == "release"] == [("release", "峰会宣言")]


def test_counted_measures_after_a_titled_document_are_its_contents(extractor: Extractor) -> None:
    text = ("上海制定《上海市党纪学习教育实施方案》，紧密联系实际，出台集中学习研讨、组织专题学习、注重示范带动等10项具体举措；"
            "制定《上海市党纪学习教育工作安排表》，细化形成88项具体工作任务。")
    events = extractor.extract(text, published="2024-04-27").events
    assert [e.object for e in events] == ["上海市党纪学习教育实施方案", "上海市党纪学习教育工作安排表"]


def test_a_lead_names_what_its_headline_launches_past_a_second_verb(extractor: Extractor) -> None:
    r = extractor.extract("今天（7月7日），国家发展改革委联合七家银行启动建立了投贷联动试点合作机制。", published="2023-07-07",
                          title="投贷联动试点合作机制今天启动")
    assert [(e.type.value, e.object) for e in r.events] == [("launch", "投贷联动试点合作机制")]


def test_talks_a_statement_names_again_are_the_talks_reported(extractor: Extractor) -> None:
    text = ("当地时间11月20日上午，国家主席习近平同巴西总统卢拉在巴西利亚总统官邸黎明宫会谈后共同会见记者。"
            "习近平指出，刚才，我同卢拉总统举行了亲切友好、富有成果的会谈。")
    events = extractor.extract(text, published="2024-11-21").events
    assert [(e.name, e.object) for e in events if e.name == "会谈"] == [("会谈", "巴西总统卢拉")]


def test_achievements_of_a_period_the_sentence_opens_with_are_not_news_of_the_day(extractor: Extractor) -> None:
    text = "近年来，两国人文合作方兴未艾，互免签证协定生效，互设文化中心协定签署，鲁班工坊落地，青年交流佳话频传。"
    r = extractor.extract(text, published="2024-03-30")
    assert r.events == []
    # (one of the period's achievements: background, no initiative of the story; dev lists none so told)
    assert "鲁班工坊" not in [i.name for i in r.initiatives]
    text = "今年以来，广东与香港、澳门特区政府分别签署智慧城市群合作协议。"  # this year's: news, undated
    assert [e.type.value for e in extractor.extract(text, published="2023-12-09").events] == ["signing"]


def test_what_a_tally_up_to_a_day_counts_is_no_news_of_the_day(extractor: Extractor) -> None:
    texts = [
        "截至2021年底，全国累计完成古籍普查登记数据270余万部，制定颁布古籍保护国家标准、行业标准17项。",
        "截至目前，297个启动相关工作的城市当中，236个地级及以上城市成立了城市体检工作领导小组。",
        "截至目前，中国湿地面积达到5635万公顷，设立国家湿地公园901处，出台了《湿地保护法》。",
    ]
    for text in texts:
        r = extractor.extract(text, published="2024-03-17")
        assert r.events == [], text
        assert r.initiatives, text  # still initiatives the story names
    # (a line opened in the tally: background, neither an event nor an initiative)
    r = extractor.extract("截至目前，雄安新区383个重点项目累计完成投资6712亿元，京雄高铁全线建成通车。", published="2024-03-17")
    assert r.events == [] and r.initiatives == []
    # an opening that only dates the day is no tally: 截至 must open the first clause whole
    r = extractor.extract("3月17日，城市体检工作领导小组成立。", published="2024-03-17")
    assert [e.type.value for e in r.events] == ["establishment"]


def test_a_launch_last_month_in_a_january_story_is_news(extractor: Extractor) -> None:
    events = extractor.extract("12月28日，京雄高速公路北京段正式通车。", published="2024-01-05").events
    assert [(e.type.value, e.date) for e in events] == [("launch", "2023-12-28")]


def test_the_games_a_guest_came_for_are_no_event_of_the_audience(extractor: Extractor) -> None:
    text = "国务院总理李强30日下午在京会见来华出席第31届世界大学生夏季运动会开幕式的格鲁吉亚总理加里巴什维利。"
    events = extractor.extract(text, published="2023-07-30").events
    assert [e.type.value for e in events] == ["meeting"]
    text = "国家主席习近平在人民大会堂会见来华出席第三届“一带一路”国际合作高峰论坛的塞尔维亚总统武契奇。"
    assert "第三届“一带一路”国际合作高峰论坛" in [e.name for e in extractor.extract(text, published="2023-10-18").events]


def test_a_forums_sessions_named_by_their_kind_are_no_meetings_of_their_own(extractor: Extractor) -> None:
    text = "第五届中国国际进口博览会虹桥国际经济论坛，今天（11月5日）举行了高层论坛和多场平行分论坛。"
    events = extractor.extract(text, published="2022-11-05").events
    assert [(e.type.value, e.name) for e in events] == [("meeting", "第五届中国国际进口博览会虹桥国际经济论坛")]


def test_a_quoted_meeting_set_again_is_the_one_named_in_full(extractor: Extractor) -> None:
    text = ("全国政协十四届二次会议首场“委员通道”今天（3月4日）开启，九位全国政协委员走上“委员通道”，接受了记者的集体采访。"
            "在今天的“委员通道”上，全国政协委员叶聪回答了记者提问。")
    events = extractor.extract(text, published="2024-03-04").events
    assert [e.name for e in events] == ["全国政协十四届二次会议首场“委员通道”"]


def test_a_decree_signed_is_both_signed_and_issued(extractor: Extractor) -> None:
    text = "普京当天还签署总统令，禁止俄罗斯石油出口商向参与价格上限机制的国家出口石油。"
    events = extractor.extract(text, published="2022-12-23").events
    assert sorted((e.type.value, e.object) for e in events) == [("release", "总统令"), ("signing", "总统令")]


def test_a_text_proposed_and_issued_is_released(extractor: Extractor) -> None:
    events = extractor.extract("论坛闭幕式上与会代表共同倡议发表了《茅山宣言》。", published="2023-09-25").events
    assert [(e.type.value, e.object) for e in events] == [("release", "茅山宣言")]


@pytest.mark.parametrize(
    "text",
    [
        "今年我国将继续出台具体措施，牢牢守住18亿亩耕地红线。",  # measures in general
        "无论是出台法律法规还是政策措施，都要着眼于强化中华民族的共同性。",  # kinds as alternatives
        "加强顶层设计，上百个专项方案陆续出台，覆盖资源、环境、生态等各个领域。",  # a tally
        "新春伊始，一系列统筹扩大内需的政策举措密集出台，市场消费加速回暖。",  # a batch
        "去年，国家关于基本养老服务体系建设、养老人才发展等一系列政策密集出台。",  # a batch summed up
        "17批医疗服务价格项目立项指南密集发布，为百姓看病就医把好“价格关”。",  # batches counted
        "中国残联推出就业指导、“一对一”精准服务等一系列举措。",  # a batch summed up
        "英国情报部门在乌克兰秘密组建和训练袭击小组。",  # a name opening on the 和 that joins two verbs
        "从三峡工程建成，到港珠澳大桥通车，再到白鹤滩水电站全面投产，一项项超级工程彰显了中国实力。",  # a span's third step
        "全国共建立了13个跨省流域生态保护补偿机制，出台建立了长江、黄河全流域横向补偿机制的实施方案。",  # a verb done inside
        "西藏博物馆还通过推出文创产品、举办“沉浸式”体验活动等方式，丰富旅游场景。",  # means, by their kind after 等
    ],
)
def test_sentences_that_name_nothing_done_report_nothing(extractor: Extractor, text: str) -> None:
    r = extractor.extract(text, published="2024-02-19")
    assert r.events == [] and r.initiatives == [], text


def test_measures_named_bodies_issue_are_one_text_released(extractor: Extractor) -> None:
    text = "近日，国务院国资委、国家发展改革委联合出台政策措施，支持中央企业设立相应创业投资基金。"
    events = extractor.extract(text, published="2024-12-03").events
    assert [(e.type.value, e.object) for e in events] == [("release", "政策措施")]


def test_an_audience_told_as_a_noun_is_none_reported(extractor: Extractor) -> None:
    assert extractor.extract("习近平总书记的亲切会见与问候，让广大公安民警倍感温暖。", published="2024-05-30").events == []
    events = extractor.extract("开幕式前，王沪宁会见了与会两岸企业家代表。", published="2023-11-14").events
    assert [e.name for e in events] == ["会见"]


def test_a_press_appearance_is_news_where_the_headline_is_about_it(extractor: Extractor) -> None:
    text = "当地时间5月9日下午，国家主席习近平在布达佩斯总理府同匈牙利总理欧尔班会谈后共同会见记者。"
    about = extractor.extract(text, published="2024-05-10", title="习近平同匈牙利总理共同会见记者").events
    assert "会见记者" in [e.name for e in about]
    talks = extractor.extract(text, published="2024-05-10", title="习近平同匈牙利总理会谈").events
    assert "会见记者" not in [e.name for e in talks]


def test_an_audience_planned_is_not_held(extractor: Extractor) -> None:
    text = "访法期间，李强将会见马克龙总统，出席中法工商界晚餐会。"
    assert [e for e in extractor.extract(text, published="2023-06-22").events if e.name == "会见"] == []


def test_a_founding_over_years_to_come_is_planned(extractor: Extractor) -> None:
    text = "金砖数字教育合作倡议已经落地，将实施能力建设计划，未来5年在金砖国家设立10个海外学习中心。"
    result = extractor.extract(text, published="2024-10-24")
    assert "海外学习中心" in [i.name for i in result.initiatives]  # announced: an initiative, no event yet
    assert [e for e in result.events if e.type.value == "establishment"] == []


def test_what_a_sentence_dates_by_a_coarser_date_of_its_own_is_not_dated_by_the_meeting(extractor: Extractor) -> None:
    text = ("2014年10月15日，文艺工作座谈会在北京召开。"
            "十年来，一批文艺作品广受好评。2021年，中国共产党历史展览馆落成，广场上五组主题雕塑雄伟矗立。")
    events = extractor.extract(text, published="2024-10-15").events
    assert [(e.type.value, e.date) for e in events] == [("meeting", "2014-10-15"), ("establishment", "2021")]


def test_a_headline_wording_the_leads_description_shorter_is_the_named_works(extractor: Extractor) -> None:
    text = ("我国首个万吨级光伏绿氢项目投产\n"
            "昨天（6月30日），我国首个万吨级光伏绿氢示范项目——中国石化库车绿氢项目投产，项目利用太阳能发电制氢。")
    r = extractor.extract(text, published="2023-07-01")
    assert [(e.type.value, e.object, e.date) for e in r.events] == [("launch", "中国石化库车绿氢项目", "2023-06-30")]


def test_an_item_after_a_lists_and_is_named_without_it(extractor: Extractor) -> None:
    r = extractor.extract("我国相继出台二十条和“新十条”优化措施。", published="2023-01-08")
    assert [i.name for i in r.initiatives] == ["“新十条”优化措施"]
    assert all(r.article.text[i.mention.start : i.mention.end] == i.name for i in r.initiatives)


def test_projects_signed_are_named_from_their_count(extractor: Extractor) -> None:
    texts = ("大会涉及能源、基础设施等领域的20个国际科技合作重点项目现场签约。",
             "大会加强项目合作，35个生物医药和大健康领域投资合作重点项目签约。")
    objects = [e.object for t in texts for e in extractor.extract(t, published="2023-07-06").events]
    assert objects == ["20个国际科技合作重点项目", "35个生物医药和大健康领域投资合作重点项目"]


def test_the_first_step_of_a_span_of_change_reports_nothing(extractor: Extractor) -> None:
    text = "从《“健康中国2030”规划纲要》发布，到十九大报告对“实施健康中国战略”作出全面部署，顶层设计不断明确。"
    r = extractor.extract(text, published="2022-09-26")
    assert r.initiatives == [] and r.events == []


def test_a_plenary_the_session_holds_is_the_sessions_meeting(extractor: Extractor) -> None:
    text = "十四届全国人大二次会议8日上午在北京人民大会堂举行第二次全体会议，听取和审议全国人大常委会工作报告。"
    events = extractor.extract(text, published="2024-03-08").events
    assert [(e.type.value, e.name) for e in events] == [("meeting", "十四届全国人大二次会议")]
    assert events[0].arguments["aliases"] == ["第二次全体会议"]  # (the plenary's own name, kept on it)


def test_a_time_frame_opened_by_a_date_is_no_step_of_change(extractor: Extractor) -> None:
    r = extractor.extract("从今天起举办第六届中国国际进口博览会，到11月10日闭幕。", published="2023-11-05")
    assert [(e.type.value, e.name) for e in r.events] == [("meeting", "第六届中国国际进口博览会")]


@pytest.mark.parametrize("text", [
    "国家主席习近平8日在北京会见来华进行国事访问的巴西总统卢拉。在会见卢拉总统时，习近平表示，中巴是全面战略伙伴。",
    "国家主席习近平会见俄罗斯总统普京。在会见上述外宾时，习近平表示，两国要深化合作。",
])
def test_an_audience_framing_a_remark_is_the_one_reported(extractor: Extractor, text: str) -> None:
    meetings = [e for e in extractor.extract(text, published="2024-03-10").events if e.type.value == "meeting"]
    assert len(meetings) == 1


@pytest.mark.parametrize("text", [
    "赵乐际会见赤道几内亚总统奥比昂。在会见出席中国高等教育博览会的外方代表时，赵乐际表示，教育合作前景广阔。",
    "国家主席习近平会见新加坡总统哈莉玛。在会见来华进行国事访问、出席亚洲文明对话大会的希腊总统帕夫洛普洛斯时，"
    "习近平表示，中希是文明古国。",
])
def test_an_audience_with_a_guest_not_met_before_is_its_own(extractor: Extractor, text: str) -> None:
    audiences = [e for e in extractor.extract(text, published="2024-03-10").events if e.name == "会见"]
    assert len(audiences) == 2


def test_a_quoted_name_holding_you_keeps_its_launch(extractor: Extractor) -> None:
    r = extractor.extract("上海市“文明由我”志愿服务活动今天正式启动。", published="2024-03-10")
    assert [e.object for e in r.events] == ["上海市“文明由我”志愿服务活动"]


def test_a_plenary_held_with_le_keeps_its_name(extractor: Extractor) -> None:
    r = extractor.extract("十四届全国人大二次会议8日下午在人民大会堂举行了第二次全体会议。", published="2024-03-08")
    assert [e.arguments.get("aliases") for e in r.events] == [["第二次全体会议"]]


def test_a_plenary_another_meeting_decides_on_is_no_alias_of_it(extractor: Extractor) -> None:
    r = extractor.extract("中共中央政治局召开会议，决定7月在北京召开第三次全体会议。", published="2024-06-27")
    assert [e.arguments.get("aliases") for e in r.events] == [None]


def test_a_joint_statement_signed_is_released_once(extractor: Extractor) -> None:
    title = "中华人民共和国和哈萨克斯坦共和国联合声明"
    text = f"两国元首签署了《{title}》。双方发表的联合声明指出，双方将深化合作。"
    r = extractor.extract(text, published="2023-05-18")
    assert [e.object for e in r.events if e.type.value == "release"] == [title]  # (the bare kind is that one)
    r = extractor.extract(f"2019年，两国元首签署了《{title}》。", published="2023-05-18")
    assert [e.type.value for e in r.events] == ["signing"]  # (a statement of years ago: released then)
    r = extractor.extract(f"2019年6月习近平主席访问期间，两国元首签署了《{title}》。", published="2023-05-18")
    assert [e.type.value for e in r.events] == ["signing"]
    r = extractor.extract(f"今年是中哈1992年建交31周年，两国元首签署了《{title}》。", published="2023-05-18")
    assert sorted(e.type.value for e in r.events) == ["release", "signing"]  # (an anniversary's year)
    r = extractor.extract(f"两国元首签署了《{title}》。中哈两国发表的联合声明指出，双方将深化合作。", published="2023-05-18")
    assert [e.object for e in r.events if e.type.value == "release"] == [title]


def test_a_plenary_named_with_its_session_stays(extractor: Extractor) -> None:
    text = "香港特别行政区第十四届全国人大代表选举会议第二次全体会议今天（12月15日）在香港举行。"
    events = extractor.extract(text, published="2022-12-15").events
    assert [e.name for e in events] == ["香港特别行政区第十四届全国人大代表选举会议第二次全体会议"]


def test_a_signing_witnessed_in_a_later_clause_is_a_signing_of_its_own(extractor: Extractor) -> None:
    text = "会谈后，赵乐际与鲁斯塔姆共同签署了中国全国人大与塔议会上院合作协议，并见证有关领域合作协议签署。"
    events = extractor.extract(text, published="2023-08-21").events
    assert [(e.type.value, e.object) for e in events] == [
        ("signing", "中国全国人大与塔议会上院合作协议"), ("signing", "有关领域合作协议")
    ]


def test_a_sentence_opening_on_mu_qian_tells_a_state_not_news(extractor: Extractor) -> None:
    text = "目前，雄安新区启动区骨干路网全面通车，重点市政基础设施基本建成。"
    r = extractor.extract(text, published="2024-04-29")
    assert r.events == []
    assert "雄安新区启动区骨干路网" not in [i.name for i in r.initiatives]  # a state, background (dev lists none)


def test_figures_made_public_are_released_but_no_initiative(extractor: Extractor) -> None:
    text = "国家统计局今天（8月31日）发布了8月份中国采购经理指数。"
    r = extractor.extract(text, published="2023-08-31")
    assert r.initiatives == []
    assert [(e.type.value, e.object) for e in r.events] == [("release", "8月份中国采购经理指数")]


def test_a_route_short_form_in_the_headline_names_the_works(extractor: Extractor) -> None:
    text = "贵州德余高速公路建成通车\n今天（7月10日），贵州省德江至余庆高速公路建成通车。"
    r = extractor.extract(text, published="2023-07-10")
    assert [i.name for i in r.initiatives] == ["贵州德余高速公路"]
    assert [e.arguments.get("aliases") for e in r.events] == [["贵州省德江至余庆高速公路"]]


def test_a_service_platform_made_public_is_launched(extractor: Extractor) -> None:
    text = "全国首个国家海洋大数据服务平台（海洋云）今天正式对外公布。"
    events = extractor.extract(text, published="2024-06-08").events
    assert [(e.type.value, e.object) for e in events] == [("launch", "国家海洋大数据服务平台（海洋云）")]


def test_a_headline_signing_and_a_later_sentence_of_its_story_are_one(extractor: Extractor) -> None:
    # the headline names no sides the recogniser reads, and the signing is the lead's second sentence
    text = ("伊朗委内瑞拉元首会晤 签署合作协议\n委内瑞拉总统马杜罗12日在首都加拉加斯会见到访的伊朗总统莱希。"
            "两国签署了涉及石油、天然气、化工和矿业等领域的双边合作协议。")
    signings = [e for e in extractor.extract(text, published="2023-06-13").events if e.type.value == "signing"]
    assert [(e.object, sorted(e.arguments["parties"])) for e in signings] == [("双边合作协议", ["伊朗", "委内瑞拉"])]


def test_an_alias_aside_typed_with_a_space_is_no_second_document(extractor: Extractor) -> None:
    text = "中共中央、国务院日前印发《关于实施就业优先战略 促进高质量充分就业的意见》（以下简称 《意见》）。"
    names = [i.name for i in extractor.extract(text, published="2024-09-25").initiatives]
    assert names == ["关于实施就业优先战略 促进高质量充分就业的意见"]


def test_an_exchange_activity_is_an_occasion_and_a_seminar_activity_a_meeting(extractor: Extractor) -> None:
    text = "两国今天在北京举办庆祝中俄建交75周年人文交流活动。双方今天在上海举办中俄企业专题研讨活动。"
    events = extractor.extract(text, published="2024-10-15").events
    assert [(e.type.value, e.name) for e in events] == [
        ("other", "庆祝中俄建交75周年人文交流活动"), ("meeting", "中俄企业专题研讨活动")
    ]


def test_a_prize_selection_or_award_activity_held_is_an_award(extractor: Extractor) -> None:
    text = "首届金熊猫奖评选活动将于9月19日—20日在四川成都举行。"
    assert [e.type.value for e in extractor.extract(text, published="2023-08-26").events] == ["award"]


def test_a_campaign_putting_on_sessions_is_launched_but_not_when_it_puts_on_named_fairs(extractor: Extractor) -> None:
    text = "近日，人力资源社会保障部2023年大中城市联合招聘高校毕业生秋季专场活动将推出第四批共77场特色服务活动。"
    r = extractor.extract(text, published="2023-11-14")
    assert [(e.type.value, e.object) for e in r.events] == [("launch", "2023年大中城市联合招聘高校毕业生秋季专场活动")]
    r = extractor.extract("本周，人力资源社会保障部“百日千万”招聘专项行动推出了4个线上招聘专场。", published="2023-07-13")
    assert [i.name for i in r.initiatives] == ["“百日千万”招聘专项行动"]
    assert r.events == []


def test_a_campaign_reported_on_since_it_began_is_no_launch(extractor: Extractor) -> None:
    text = "记者从公安部获悉，今年开展打击整治非法制售“特供酒”犯罪专项行动以来，17起重大案件全部告破。"
    r = extractor.extract(text, published="2024-06-08")
    assert [i.name for i in r.initiatives] == ["打击整治非法制售“特供酒”犯罪专项行动"]
    assert r.events == []


def test_a_signing_ceremony_the_headline_shortens_is_the_leads(extractor: Extractor) -> None:
    text = ("巴西美丽山特高压输电项目签字仪式举行\n"
            "3日，巴西美丽山±800千伏特高压直流输电项目特许经营权协议签字仪式在巴西总统府举行。")
    events = extractor.extract(text, published="2024-04-04").events
    assert [(e.type.value, e.name, e.date) for e in events] == [
        ("signing", "巴西美丽山±800千伏特高压直流输电项目特许经营权协议签字仪式", "2024-04-03")
    ]


def test_a_meeting_named_in_passing_dates_nothing_else_of_the_story(extractor: Extractor) -> None:
    text = "按照去年12月召开的中央经济工作会议部署，各地推进工作。两国宣布成立“高级战略委员会”。"
    events = extractor.extract(text, published="2024-01-25").events
    assert [(e.type.value, e.date) for e in events] == [("meeting", "2023-12"), ("establishment", None)]


def test_an_initiative_named_again_by_the_lead_keeps_the_headlines_wording_on_its_event(extractor: Extractor) -> None:
    text = "危化品重大危险源企业部级督导核查启动\n应急管理部日前启动危化品重大危险源企业2023年第一次部级督导核查。"
    events = extractor.extract(text, published="2023-07-07").events
    assert [(e.object, e.arguments.get("aliases")) for e in events] == [
        ("危化品重大危险源企业2023年第一次部级督导核查", ["危化品重大危险源企业部级督导核查"])
    ]


def test_a_meeting_described_takes_the_date_nearest_its_verb(extractor: Extractor) -> None:
    text = "商务部今天介绍了将于11月举行的第七届中国国际进口博览会筹备情况。"
    events = extractor.extract(text, published="2024-10-10").events
    assert [(e.name, e.date) for e in events] == [("第七届中国国际进口博览会", "2024-11")]


def test_a_bare_document_kind_is_no_alias_of_the_lead_title(extractor: Extractor) -> None:
    text = "国务院办公厅印发意见\n近日，国务院办公厅印发《关于加快发展银发经济的意见》。"
    events = extractor.extract(text, published="2024-01-15").events
    assert [e.arguments.get("aliases") for e in events] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    # the story's own news: a law taking effect, as the audits require it (dev lists it optional)
    ("《互联网广告管理办法》今起施行\n《互联网广告管理办法》今（5月1日）起施行，包括对弹出广告作出规范。",
     [("施行", "互联网广告管理办法")]),
    ("今天（6月1日），《中华人民共和国粮食安全保障法》正式施行。", [("施行", "中华人民共和国粮食安全保障法")]),
    # told beside other news, or a measure rather than a law: no event
    ("今年以来，各地加快推进改革。今天（6月1日），《中华人民共和国粮食安全保障法》正式施行。", []),
])
def test_a_law_taking_effect_is_an_event_when_the_story_leads_with_it(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    events = extractor.extract(text, published="2024-06-01").events
    assert [(e.name, e.object) for e in events if e.type.value == "other"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("国家防总今天（7月26日）启动防汛四级应急响应。", ["防汛四级应急响应"]),
    # the level after whom the response covers; a Roman level written in Latin letters
    ("应急管理部今天启动针对湖南的国家地质灾害四级应急响应。", ["国家地质灾害四级应急响应"]),
    ("今天，安徽启动重大气象灾害（暴雪）IV级应急响应。", ["重大气象灾害（暴雪）IV级应急响应"]),
    # a response called for, of no level: nothing begun
    ("国家防总要求当地及时启动应急响应。", []),
])
def test_an_emergency_response_begun_is_a_launch_but_no_initiative(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    result = extractor.extract(text, published="2024-07-26")
    assert [e.object for e in result.events if e.type.value == "launch"] == expected
    assert not [i for i in result.initiatives if i.name in expected]  # dev and the audits list the response optional at most


def test_a_meeting_named_first_with_a_contest_is_a_meeting_whose_contest_is_the_initiative(extractor: Extractor) -> None:
    result = extractor.extract("今天（11月18日），第四届中国急救大会暨第七届全国急救技能大赛在北京举行。", published="2023-11-18")
    assert [(e.type.value, e.name) for e in result.events] == [("meeting", "第四届中国急救大会暨第七届全国急救技能大赛")]
    assert [(i.name, i.kind.value) for i in result.initiatives] == [("第七届全国急救技能大赛", "competition")]
    # the games named first, with a side event: other, as before
    games = extractor.extract("第20届世界风筝锦标赛暨万人风筝放飞活动今天开幕。", published="2023-11-18")
    assert [e.type.value for e in games.events] == ["other"]


def test_a_bare_document_kind_in_another_story_of_a_bundle_is_its_own_release(extractor: Extractor) -> None:
    text = (
        "《交通物流降本提质增效行动计划》正式发布\n"
        "《交通物流降本提质增效行动计划》今天（11月12日）正式发布。\n"
        "《关于做好医保基金预付工作的通知》发布\n"
        "国家医保局、财政部日前印发通知，在全国层面统一和完善基本医保基金预付制度。\n"
        "教育部等三部门部署儿童近视防控工作\n"
        "日前，教育部、国家卫生健康委员会、国家疾控局联合印发通知，要求前移防控关口，抓牢幼儿园和小学近视防控关键阶段防控工作。\n"
        "海关总署出台15条重点举措推动西部陆海新通道建设\n"
        "海关总署今天（11月12日）再次出台推动西部陆海新通道建设15条重点举措，主要聚焦继续提升跨境班列整体运行效率，扩大铁海联运境内段运费扣减政策范围等，支持打造内陆开放综合枢纽，进一步推动西部陆海新通道高质量发展。\n"
        "我国超400个综合货运枢纽加快建设\n"
        "记者从交通运输部获悉，截至目前，我国37个枢纽城市的超400个综合货运枢纽正在加快建设，直接服务于超220个国家级产业园区和产业集群。\n"
    )
    result = extractor.extract(text, published="2024-11-12")
    released = [e.object for e in result.events if e.type.value == "release"]
    assert "关于做好医保基金预付工作的通知" in released and "通知" in released  # (the first story's lead restates its headline)
    assert [i.name for i in result.initiatives].count("通知") == 1


def test_a_headline_that_describes_by_a_superlative_what_its_lead_names_is_one_launch(extractor: Extractor) -> None:
    text = ("塔克拉玛干沙漠腹地最大集中式光伏电站并网发电\n"
            "日前，塔里木油田且末10万千瓦光伏发电项目正式并网发电。该项目是塔克拉玛干沙漠腹地最大的集中式光伏电站。\n")
    result = extractor.extract(text, published="2023-06-03")
    assert [e.object for e in result.events if e.type.value == "launch"] == ["塔里木油田且末10万千瓦光伏发电项目"]


def test_a_letter_the_headline_names_is_news_after_the_occasion_it_is_written_to(extractor: Extractor) -> None:
    text = ("央视网消息（新闻联播）：12月27日，中国—吉尔吉斯斯坦—乌兹别克斯坦铁路项目启动仪式在贾拉拉巴德市举行。"
            "中国国家主席习近平向启动仪式致贺信，吉尔吉斯斯坦总统扎帕罗夫现场出席活动。")
    letters = [e for e in extractor.extract(text, published="2024-12-27", title="习近平向中吉乌铁路项目启动仪式致贺信").events
               if e.name == "致贺信"]
    assert [(e.type.value, e.date) for e in letters] == [("other", "2024-12-27")]
    untitled = extractor.extract(text, published="2024-12-27").events
    assert not [e for e in untitled if e.name == "致贺信"]  # (a letter after the lead, with no headline naming it)
    reactions = extractor.extract(text, published="2024-12-27", title="习近平致贺信引发热烈反响").events
    assert not [e for e in reactions if e.name == "致贺信"]


def test_counted_actions_announced_are_launched_unless_recalled(extractor: Extractor) -> None:
    told = extractor.extract("习近平主席宣布中国支持高质量共建“一带一路”的八项行动，为全球合力应对经济挑战注入了信心。",
                             published="2023-10-19").events
    assert [(e.type.value, e.object) for e in told] == [("launch", "中国支持高质量共建“一带一路”的八项行动")]
    recalled = extractor.extract("韩正指出，在10月召开的第三届“一带一路”国际合作高峰论坛上，习近平主席宣布了中国支持高质量"
                                 "共建“一带一路”的八项行动。", published="2023-11-03").events
    assert not [e for e in recalled if e.type.value == "launch"]


def test_a_programme_reported_on_since_its_start_is_no_launch_of_the_day(extractor: Extractor) -> None:
    r = extractor.extract("民政部等11个部门自今年6月起联合开展打击整治非法社会组织专项行动以来已取缔非法社会组织34家。",
                          published="2023-08-19")
    assert [i.name for i in r.initiatives] == ["打击整治非法社会组织专项行动"]
    assert not [e for e in r.events if e.type.value == "launch"]


def test_a_service_opened_before_what_the_story_reports_is_named_without_its_opening(extractor: Extractor) -> None:
    r = extractor.extract("自2022年6月，厦门港开通“丝路海运”电商快线以来，集装箱吞吐量突破2万标箱。", published="2023-02-20")
    assert [i.name for i in r.initiatives] == ["“丝路海运”电商快线"]
    assert not [e for e in r.events if e.type.value == "launch"]


@pytest.mark.parametrize(("text", "place"), [
    ("中国驻冰岛使馆举办的2024新春招待会暨婺剧专场演出在这里拉开帷幕。", None),
    ("王毅在纽约出席联合国大会期间会见了法国外长。", None),
    ("第五届全球数字经济论坛今天在北京举行。", "北京"),
])
def test_a_place_is_named_not_pointed_at(extractor: Extractor, text: str, place: str | None) -> None:
    events = extractor.extract(text, published="2024-02-13").events
    assert events
    assert all(e.place == place for e in events)


def test_a_signing_restated_by_its_kind_is_the_ceremony(extractor: Extractor) -> None:
    text = ("国务院副总理丁薛祥28日在北京出席昆明生物多样性基金合作协议签字仪式并致辞。"
            "中国生态环境部与联合国有关机构签署了合作协议。")
    signings = [e for e in extractor.extract(text, published="2024-05-28").events if e.type.value == "signing"]
    assert [e.name for e in signings] == ["昆明生物多样性基金合作协议签字仪式"]
    assert signings[0].arguments["parties"] == ["中国生态环境部", "联合国有关机构"]


@pytest.mark.parametrize(("text", "released"), [
    ("根据美国国家运输安全委员会23日发布的报告，列车有5节车厢装载了氯乙烯。", True),  # dated: that day's news
    ("根据联合国机构发布的报告，妇女和儿童占到约70%。", False),  # a source cited by its kind alone
])
def test_a_cited_report_is_released_when_its_day_dates_it(extractor: Extractor, text: str, released: bool) -> None:
    events = extractor.extract(text, published="2023-02-24").events
    assert any(e.type.value == "release" and e.object == "报告" for e in events) is released


def test_a_pointing_place_gives_way_to_the_named_one(extractor: Extractor) -> None:
    text = "2024全球数字经济大会在这里开幕。\n2024全球数字经济大会今天在北京开幕。"
    events = extractor.extract(text, published="2024-07-02").events
    assert [(e.name, e.place) for e in events] == [("2024全球数字经济大会", "北京")]


def test_a_restated_signing_keeps_the_ceremony_name(extractor: Extractor) -> None:
    text = ("丁薛祥出席昆明生物多样性基金合作协议签字仪式并致辞。"
            "28日，中国生态环境部与联合国有关机构在北京签署了合作协议。")
    signings = [e for e in extractor.extract(text, published="2024-05-28").events if e.type.value == "signing"]
    assert [e.name for e in signings] == ["昆明生物多样性基金合作协议签字仪式"]


def test_measures_a_headline_counts_are_the_document_its_lead_names(extractor: Extractor) -> None:
    text = ("北京发布12条举措\n"
            "昨天（5月9日），北京市发布《关于支持人工智能产业发展的若干政策措施（试行）》，共12条举措。")
    result = extractor.extract(text, published="2024-05-10")
    assert [i.name for i in result.initiatives] == ["关于支持人工智能产业发展的若干政策措施（试行）"]
    assert [(e.type.value, e.object, e.date) for e in result.events] == [
        ("release", "关于支持人工智能产业发展的若干政策措施（试行）", "2024-05-09")
    ]


def test_a_report_counted_as_one_is_named_by_its_kind(extractor: Extractor) -> None:
    result = extractor.extract("国际货币基金组织发布的一份报告指出，全球金融稳定风险上升。", published="2023-04-15")
    assert [i.name for i in result.initiatives] == ["报告"]
    assert result.text[result.initiatives[0].mention.start : result.initiatives[0].mention.end] == "报告"


@pytest.mark.parametrize(("text", "published", "expected"), [
    # one session, named two ways in two stories of a bundle: one meeting
    ("央视网消息（新闻联播）：\n十四届全国人大二次会议开幕\n十四届全国人大二次会议今天（3月5日）在人民大会堂开幕。\n"
     "代表热议政府工作报告\n出席全国人大二次会议的代表今天（3月5日）分组审议政府工作报告。",
     "2024-03-05", ["十四届全国人大二次会议"]),
    # one kind of briefing held twice, in two stories: two meetings
    ("央视网消息（新闻联播）：\n《数据安全条例》明年起施行\n今天（12月28日），国新办举行国务院政策例行吹风会，介绍《数据安全条例》。\n"
     "《关于加强基层医疗卫生服务的指导意见》发布\n"
     "国务院新闻办公室今天（12月28日）举行政策例行吹风会，介绍《关于加强基层医疗卫生服务的指导意见》有关情况。",
     "2023-12-28", ["国务院政策例行吹风会", "政策例行吹风会"]),
])
def test_meetings_in_two_stories_of_a_bundle(extractor: Extractor, text: str, published: str, expected: list[str]) -> None:
    meetings = [e.name for e in extractor.extract(text, published=published).events if e.type.value == "meeting"]
    assert meetings == expected


@pytest.mark.parametrize(("text", "released"), [
    ("今天（10月31日）获悉，《交通强国建设纲要》印发五年来，我国交通运输实力大幅跃升。", False),  # long since
    ("今天（11月15日），长三角生态绿色一体化发展示范区发布三周年建设成果。", True),  # the day's results
])
def test_a_document_released_years_ago_is_no_release_of_the_day(extractor: Extractor, text: str, released: bool) -> None:
    result = extractor.extract(text, published="2024-11-15")
    assert len(result.initiatives) == 1
    assert any(e.type.value == "release" for e in result.events) is released


def test_a_country_the_story_writes_short_is_a_party_as_written(extractor: Extractor) -> None:
    text = ("李强表示，中埃塞关系高水平发展，中方愿同埃塞进一步弘扬友好传统，扩大经贸等务实合作。"
            "会谈后，两国总理共同见证签署共建“一带一路”等多项双边合作文件。")
    result = extractor.extract(text, published="2023-10-16", title="李强同埃塞俄比亚总理会谈")
    assert [a.parties for a in result.agreements] == [["中方", "埃塞"]]  # (each as the story writes it)


@pytest.mark.parametrize(("text", "title", "state"), [
    ("李强表示，古罗马文化源远流长。会谈后，两国总理共同见证签署多项双边合作文件。", "李强同罗马尼亚总理会谈", "罗马尼亚"),
    ("李强表示，乌兹别克人民勤劳。会谈后，两国总理共同见证签署多项双边合作文件。", "李强同乌兹别克斯坦总统会谈", "乌兹别克斯坦"),
])
def test_a_word_that_starts_a_country_name_is_no_short_form(extractor: Extractor, text: str, title: str, state: str) -> None:
    result = extractor.extract(text, published="2024-01-01", title=title)
    assert [a.parties for a in result.agreements] == [["中国", state]]


def test_a_themed_year_in_the_hosts_words_is_the_one_named_before(extractor: Extractor) -> None:
    text = "两国宣布将2024年确定为“中朝友好年”。朝中两党和两国政府将2024年确定为“朝中友好年”。"
    result = extractor.extract(text, published="2024-01-01")
    assert [i.name for i in result.initiatives] == ["中朝友好年"]


def test_two_leaders_sign_after_sentences_that_report_their_talks(extractor: Extractor) -> None:
    text = ("叙利亚总统巴沙尔·阿萨德3日在与到访的伊朗总统莱希举行会谈时表示，叙伊两国愿成为新的国际秩序的积极参与者。"
            "莱希表示，叙利亚政府和人民克服困难取得了胜利。"
            "两国领导人当天签署了长期战略全面合作计划谅解备忘录。")
    result = extractor.extract(text, published="2023-05-04")
    assert [a.parties for a in result.agreements] == [["叙利亚", "伊朗"]]


@pytest.mark.parametrize(("text", "founded"), [
    ("到2030年，初步建立湿地保护高质量发展新格局。", []),  # a target
    ("为实现到2030年碳达峰目标，上海市今天正式成立长三角G60碳中和产业联盟。", ["长三角G60碳中和产业联盟"]),
    ("根据规划，到2027年全区将集聚企业500家，今天上午区政府正式成立了松江人工智能产业联盟。", ["松江人工智能产业联盟"]),
])
def test_a_target_year_founds_nothing_but_a_founding_reported_beside_it_stands(
    extractor: Extractor, text: str, founded: list[str]
) -> None:
    events = extractor.extract(text, published="2024-03-01").events
    assert [e.object for e in events if e.type.value == "establishment"] == founded


def test_a_programme_whose_name_holds_bing_keeps_it(extractor: Extractor) -> None:
    result = extractor.extract("证监会今天正式启动“科创板八条”并购重组专项行动。", published="2024-03-01")
    assert [i.name for i in result.initiatives] == ["“科创板八条”并购重组专项行动"]


def test_a_reversed_name_said_in_passing_hides_no_designation(extractor: Extractor) -> None:
    text = "朝方表示，愿以“朝中友好年”为契机深化合作。两国领导人共同宣布将2024年确定为“中朝友好年”。"
    assert [i.name for i in extractor.extract(text, published="2024-01-01").initiatives] == ["中朝友好年"]


def test_a_session_holding_an_unnumbered_plenary_is_one_meeting(extractor: Extractor) -> None:
    events = extractor.extract("政协第十四届全国委员会常务委员会第九次会议10日上午举行全体会议。", published="2024-10-10").events
    assert [(e.type.value, e.name) for e in events] == [("meeting", "政协第十四届全国委员会常务委员会第九次会议")]


@pytest.mark.parametrize("text", ["巴黎奥运会开幕式定于7月26日晚举行。", "第十九届亚洲运动会开幕式今晚在杭州举行。"])
def test_the_opening_ceremony_of_a_games_is_typed_as_the_games(extractor: Extractor, text: str) -> None:
    assert [e.type.value for e in extractor.extract(text, published="2023-09-23").events] == ["other"]


def test_a_bare_plenary_no_session_holds_stays_its_own(extractor: Extractor) -> None:
    events = extractor.extract("十四届全国人大二次会议6日上午开幕，下午香港代表团举行全体会议。", published="2024-03-06").events
    assert [e.name for e in events] == ["十四届全国人大二次会议", "全体会议"]


def test_a_games_named_after_a_meeting_keeps_its_ceremony_a_meeting(extractor: Extractor) -> None:
    events = extractor.extract("第四届中国急救大会暨第七届全国急救技能大赛开幕式在北京举行。", published="2024-03-06").events
    assert [e.type.value for e in events] == ["meeting"]


def test_a_credentials_ceremony_held_is_one_event(extractor: Extractor) -> None:
    events = extractor.extract("新任驻华大使递交国书仪式12日在人民大会堂举行。", published="2024-03-12").events
    assert [(e.type.value, e.name) for e in events] == [("other", "新任驻华大使递交国书仪式")]


@pytest.mark.parametrize(
    "text",
    [
        # a release planned: jieba's 门将 (goalkeeper) must not hide the 将 of 部门将
        "下一步，商务部门将推动出台促进服务消费高质量发展的综合性文件。",
        "交通运输部门将出台便民措施。",
        # a record of releases, not one made now
        "今年的中央一号文件是党的十八大以来，中央连续出台的第12个指导“三农”工作的一号文件。",
    ],
)
def test_a_document_planned_or_counted_is_an_initiative_without_a_release(extractor: Extractor, text: str) -> None:
    r = extractor.extract(text, published="2024-08-03")
    assert r.initiatives
    assert [e for e in r.events if e.type.value == "release"] == []


def test_releases_told_in_a_row_are_news(extractor: Extractor) -> None:
    r = extractor.extract("中国人民银行今天连续发布两份报告。", published="2024-06-01")
    assert [e.type.value for e in r.events] == ["release"]


def test_a_goalkeeper_is_no_plan(extractor: Extractor) -> None:
    r = extractor.extract("门将王大雷与山东泰山队续签合同。", published="2024-06-01")
    assert [e.type.value for e in r.events] == ["signing"]


@pytest.mark.parametrize(
    ("text", "published", "launched"),
    [
        # a launch an earlier year dates, opening the sentence or after 自, is recalled
        ("2012年我国启动国家储备林建设工程。", "2023-02-04", False),
        ("国家发展改革委等部门自2022年6月起在全国开展涉企违规收费专项整治行动。", "2023-02-28", False),
        # the year of something else, or last month's launch with its year written, is not
        ("依据2021年出台的规划，国家林草局启动国家储备林建设三期工程。", "2024-02-01", True),
        ("2023年12月28日，工业和信息化部在北京启动“数字化转型”专项行动。", "2024-01-03", True),
        # a past year alone, early in the next, is still past; so is one right before the verb
        ("2023年，教育部启动了“国家智慧教育平台”二期建设。", "2024-02-05", False),
        ("国家林草局2021年启动了国家储备林建设三期工程。", "2024-02-05", False),
        ("早在2018年，我国就启动了“蓝天保卫战”专项行动。", "2024-02-05", False),
        ("国家林草局于2021年6月在北京启动了国家储备林建设三期工程。", "2024-06-01", False),
    ],
)
def test_a_launch_of_an_earlier_year_is_recalled(extractor: Extractor, text: str, published: str, launched: bool) -> None:
    events = extractor.extract(text, published=published).events
    assert any(e.type.value == "launch" for e in events) is launched


def test_a_run_of_releases_over_years_is_a_record(extractor: Extractor) -> None:
    r = extractor.extract("中央连续出台20个一号文件。", published="2024-06-01")
    assert r.initiatives and not r.events


@pytest.mark.parametrize("text", ["今天，国家统计局连续发布3份报告。", "生态环境部连续发布两个通知，部署大气治理。"])
def test_releases_in_a_row_of_the_day_are_news(extractor: Extractor, text: str) -> None:
    assert [e.type.value for e in extractor.extract(text, published="2024-06-01").events] == ["release"]


def test_a_release_told_as_an_earlier_stage_has_no_event(extractor: Extractor) -> None:
    r = extractor.extract("前期推出财政金融政策支持重大项目建设、设备更新改造，政策效应正在显现。", published="2022-11-23")
    assert r.initiatives and not r.events


@pytest.mark.parametrize("text", ["铁路部门在春运前期推出了20项便民利民措施。", "本届进博会前期发布了《世界开放报告2023》。"])
def test_a_release_in_the_early_stage_of_an_occasion_is_news(extractor: Extractor, text: str) -> None:
    assert [e.type.value for e in extractor.extract(text, published="2024-06-01").events] == ["release"]


def test_a_forecasters_own_plan_founds_nothing_yet(extractor: Extractor) -> None:
    # (预计华南将有强降雨: a forecast of a state carries no plan on; 预计明年将建成…: the maker's own plan does)
    r = extractor.extract("该市预计明年将建成智慧城市平台，成立数字经济研究院。", published="2024-06-01")
    assert [i.name for i in r.initiatives] == ["数字经济研究院"]
    assert [e for e in r.events if e.type.value == "establishment"] == []


def test_decisions_approving_alike_treaties_stay_apart(extractor: Extractor) -> None:
    text = ("会议表决通过了全国人大常委会关于批准《中华人民共和国和刚果共和国引渡条约》的决定、"
            "《中华人民共和国和亚美尼亚共和国引渡条约》的决定、《中华人民共和国和肯尼亚共和国引渡条约》的决定。")
    names = [i.name for i in extractor.extract(text, published="2022-12-30").initiatives]
    assert len(names) == 3 and all(n.endswith("引渡条约》的决定") for n in names)
    assert [n for n in names if "肯尼亚" in n] and [n for n in names if "亚美尼亚" in n]
