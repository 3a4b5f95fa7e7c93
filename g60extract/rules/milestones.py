"""Milestones: a works reaching a stage of its building (木寨岭隧道全线贯通, 泸州长江六桥顺利合龙,
淮河入海水道二期工程顺利截流, …运输船交付), or a procurement round its bid opening (…集采在天津开标), is
an event of type other, the works its object. The
works is not launched: opening it (开通, 通车, 竣工) is the launch rule's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from g60extract.ner.recognizer import SentenceView
from g60extract.rules.base import Example, SentenceRule
from g60extract.rules.context import ArticleContext, find_words
from g60extract.rules.phrases import (
    MARKS,
    generic_words,
    is_directive,
    is_generic,
    is_planned,
    quoted_before,
    still_to_come,
    subject_phrase,
    target_year,
)

# what may stand between the works and the verb besides dates, places and the launch rule's
# adverbs: the part or the extent of the works reached (主体工程完工, 双线贯通, 实现整体贯通)
_STAGE = re.compile(
    r"(?:实现|完成了?|进行了?|迎来|开始|整机|全线|全部|全面|整体|全桥|双线|单线|左线|右线|主体工程|主体结构|主体|主线|钢结构|首节"
    r"|最后一段|\d+(?:秒|次)|长程|首次)+$"
)
# 贯通发展, 贯通后, 交付量, 合龙段, 下水道, 下水库, 封顶在即: the verb used as a noun or a time, inside a
# word, or a stage still ahead
_NOT_AFTER = (
    "发展", "后", "以来", "之后", "前", "率", "量", "数量", "规模", "仪式", "式", "道", "段", "运营", "通车", "在即", "库",
    "位", "能力", "期",
)
_DONE = re.compile(r"(?:成功|顺利)?(?:完成|实现)了?")
_PURPOSE = re.compile(r"为(?:\d{1,2}月|今年|明年|年底|年内)?$")
# 随着天山胜利隧道这一关键控制性工程贯通: the works itself, not the phrase that names its kind
_LEAD = re.compile(r"随着|至此")
_PART = re.compile(r"(?:主体结构|主体工程|主体|主线)$")
_LISTED = re.compile(r"[、等各]|全线[^，。；]{0,2}$|[阶时手节]段$")  # (…段全线隧道: every tunnel of the line; 阶段: no section)
_COUNT_AFTER = re.compile(r"[\d一二三四五六七八九十百千万]+[处座条个项公]")
_INDEFINITE = re.compile(r"(?<![第\d])一[段座条艘架个批]")
# 25座隧道全部贯通, 多艘邮轮交付: a batch, no one works named (but 榆安3号隧道: a number in a name)
_BATCH = re.compile(r"(?<![第\d])(?:\d+|[两三四五六七八九十百多数]+)[座条艘架台个项批]")
# 第100万台发动机下线: a unit counted off the line, not a works reaching a stage
_NTH_UNIT = re.compile(r"第[\d一二三四五六七八九十百]+万[台辆架艘]")  # (第100架…飞机交付 is a delivery)


def find_milestones(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """刘家山隧道今天（7月2日）贯通, 京雄大桥实现合龙: the works named right before a milestone verb,
    dated by the sentence. Milestones still to come (预计2025年实现贯通, 将于年内交付), called for
    (要加快…), or reached by a batch (25座隧道全部贯通) are not reported."""
    text = ctx.text
    heads = [*ctx.lexicon.trigger_list("project_heads"), *ctx.lexicon.trigger_list("structure_heads"),
             *ctx.lexicon.trigger_list("milestone_heads")]
    future = ctx.lexicon.trigger_list("future_words")
    generic = generic_words(ctx)
    for vs, ve, _verb in find_words(text, s.start, s.end, ctx.lexicon.trigger_list("milestone_verbs")):
        if text.startswith(_NOT_AFTER, ve) or _COUNT_AFTER.match(text, ve):
            continue  # (农村供水工程完工12298处: a tally of works, 贯通运营: an opening, the launch rule's)
        start = ctx.clause_start(s, vs)
        if text.startswith(MARKS, start):
            continue  # …试通车，标志着北横通道主线实现整体贯通: the stage the clause before reached, restated
        if (
            is_planned(ctx, s, vs) or target_year(ctx, s, vs) or is_directive(ctx, s, vs)
            or find_words(text, start, vs, future, s.word_starts)
        ):
            continue  # 预计2025年实现贯通, 届时…全线贯通, 要加快…: still to come, or called for
        stage = _STAGE.search(text, start, vs)
        end = stage.start() if stage is not None else vs
        span = subject_phrase(ctx, s, start, end, heads)
        if span is not None and (done := _DONE.search(text, span[0], span[1])) is not None:
            # 绵水特大桥今天完成连续梁合龙, 长征十号系列运载火箭成功完成了一子级动力系统试车: the works is the
            # subject of 完成, its part the object (not 中国航天开年连续完成火箭发动机试车: no works before the verb)
            span = subject_phrase(ctx, s, start, done.start(), heads)
        if span is None:
            span = quoted_before(ctx, s, start, end)  # 盾构顶管机“中铁1179号”在河南郑州成功下线
        if span is None:
            continue
        part = _PART.search(text, span[0], span[1])
        if part is not None and any(text.endswith(h, span[0], part.start()) for h in heads):
            span = (span[0], part.start())  # …T3航站楼主体结构顺利合拢: the works, as the headline names it
        lead = _LEAD.match(text, span[0], span[1])
        apposed = text.find("这一", span[0], span[1])
        span = (lead.end() if lead else span[0], apposed if apposed > 0 else span[1])
        works = text[span[0] : span[1]]
        if (
            _BATCH.search(works) or _NTH_UNIT.search(works) or _LISTED.search(works) or is_generic(works, heads, generic)
            or _INDEFINITE.search(text, start, span[0]) or _PURPOSE.search(text, start, span[0])
        ):  # (为11月深中通道全线贯通做准备: a purpose, not a stage reached)
            continue  # 全线25座隧道, 中欧班列、…等国际物流通道, 重点工程, 一段崭新的地下隧道: no one works named
        yield {"type": "other", "object": works, "date": ctx.event_date(s), "trigger": (vs, ve)}


# …督察追责问责工作全部完成, 考核巡查完成: a campaign's work completed, closing its clause (not 已完成…工作:
# a tally of work done; 布展工作已经完成: a step of preparation, no campaign)
_COMPLETED = re.compile(r"(?:顺利|圆满|全部|全面|成功)*完成(?=[，。；]|$)")
_IN_PROGRESS = re.compile(r"(?:已经?|基本|陆续|将|预计|按计划)")


def find_completions(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """An inspection, review or census completed (…第二轮中央生态环境保护督察追责问责工作全部完成):
    an event of type other, the campaign its object, dated by the sentence. A completion told as
    progress (已基本完成, 预计…完成) is not reported."""
    text = ctx.text
    campaigns = tuple(ctx.lexicon.trigger_list("campaign_heads"))
    for m in _COMPLETED.finditer(text, s.start, s.end):
        start = ctx.clause_start(s, m.start())
        if not _told_as_done(ctx, s, start, m.start()):
            continue
        span = subject_phrase(ctx, s, start, m.start(), [])
        if span is None:
            continue
        works = text[span[0] : span[1]]
        body = works[: -2] if works.endswith("工作") else works
        if not any(c in body[-6:] for c in campaigns) or _LISTED.search(works):
            continue  # (…清淤、消杀以及房屋安全鉴定等工作: a list of chores, no campaign named)
        yield {"type": "other", "object": works, "date": ctx.event_date(s), "trigger": m.span()}
    yield from _trials_completed(s, ctx)


def _told_as_done(ctx: ArticleContext, s: SentenceView, start: int, at: int) -> bool:
    """A completion at ``at`` (its clause from ``start``) reported as done: not told as progress, planned
    or called for, nor the step a 随着 clause brings about what the sentence reports (随着…热滑试验顺利完成，
    意味着…全部竣工)."""
    return not (
        _IN_PROGRESS.search(ctx.text, start, at) or is_planned(ctx, s, at) or is_directive(ctx, s, at)
        or ctx.text.startswith("随着", start)
    )


def _trials_completed(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """我国…成功完成重复使用运载火箭首次10公里级垂直起降飞行试验: a trial named after its completion; what is
    tried is the subject when one is named (海军福建舰顺利完成首次航行试验), not who carries it out (我国)."""
    text = ctx.text
    for m in _TRIAL_COMPLETED.finditer(text, s.start, s.end):
        start = ctx.clause_start(s, m.start())
        words = [text[a:b] for a, b in s.tokens if s.start <= a < m.start()]
        # (为顺利完成…试验, 如果…, 计划…, 相信…能够…: a trial not yet done; but 按照计划顺利完成…: done as planned)
        aimed = any(
            w in _NOT_DONE and not (w == "计划" and i and words[i - 1] in ("按照", "按", "按原")) for i, w in enumerate(words)
        )
        if aimed or not _told_as_done(ctx, s, start, m.start()) or _LISTED.search(m.group(1)):
            continue
        tried = subject_phrase(ctx, s, start, m.start(), [])
        if tried is None or text[tried[0] : tried[1]] in _ACTORS or any(
            e.start <= tried[0] and tried[1] <= e.end for e in s.entities if e.label in ("ORG", "GPE")
        ):
            yield {"type": "other", "object": m.group(1), "date": ctx.event_date(s), "trigger": m.span(1)}
        else:
            yield {"type": "other", "name": m.group(1), "object": text[tried[0] : tried[1]], "date": ctx.event_date(s),
                   "trigger": m.span(1)}


# words of a trial aimed at, planned, hoped for or set as a condition, anywhere in its sentence before it (as
# segmented words: not 作为, 为期)
_NOT_DONE = frozenset(
    {"为", "为了", "如果", "若", "只有", "能否", "计划", "相信", "能够", "争取", "力争", "希望", "将", "要"}
)
_ACTORS = ("我国", "中国", "我们", "国家")  # who carries a trial out, not what is tried
# a completion verb, then the trial, closing the clause (not 完成…试验任务: a programme's task)
_TRIAL_COMPLETED = re.compile(r"(?:成功|顺利|圆满)完成了?([^，。；、“”]{2,40}?试验)(?=[，。；]|$)")


COMPLETIONS = SentenceRule(
    name="event.completion",
    field="events",
    doc=find_completions.__doc__ or "",
    apply=find_completions,
    triggers=("campaign_heads",),
    examples=(
        Example("今天（6月19日），第二轮中央生态环境保护督察追责问责工作全部完成，共问责1900余人。",
                {"type": "other", "object": "第二轮中央生态环境保护督察追责问责工作", "date": "2023-06-19"}, "2023-06-19"),
        Example("国务院省级政府安全生产现场考核巡查完成", {"object": "国务院省级政府安全生产现场考核巡查"}),
        Example("今天（6月2日），我国2万吨重载自动驾驶列车试验在朔黄铁路黄骅港站顺利完成。",
                {"object": "2万吨重载自动驾驶列车试验", "date": "2023-06-02"}, "2023-06-02"),
        Example("随着铁路电气化改造工程热滑试验顺利完成，意味着改造项目全部竣工。", None),
        Example("今天（6月23日），我国在酒泉卫星发射中心成功完成重复使用运载火箭首次10公里级垂直起降飞行试验。",
                {"object": "重复使用运载火箭首次10公里级垂直起降飞行试验"}),
        Example("海军福建舰顺利完成首次航行试验", {"name": "首次航行试验", "object": "海军福建舰"}),
        Example("二十届中央第三轮巡视反馈工作近日全部完成。", {"object": "二十届中央第三轮巡视反馈工作"}),
        Example("对伤者的紧急救治工作已基本完成。", None),
        Example("北京房山区受灾学校的清淤、消杀以及房屋安全鉴定等工作全部完成。", None),
        Example("目前布展工作已经全部完成。", None),
    ),
)


# 《2023年春节联欢晚会》今天进行第一次彩排, …晚会1月9日晚完成第三次彩排: a rehearsal held or completed
_REHEARSAL = re.compile(
    r"(?:进行|完成|举行|开始)了?(?P<name>(?:第[一二三四五六七八九十\d]{1,3}次|首次|最后一次)?(?:全要素|合成|带妆|总)*(?:彩排|联排))"
    r"(?![的前后时])"
)
_SHOW_HEADS = ("晚会", "晚会演出", "演出", "阅兵", "庆典", "开幕式", "闭幕式", "仪式", "节目", "大会", "文艺演出")


def find_rehearsals(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """总台《2023年春节联欢晚会》今天进行第一次彩排: a show's rehearsal, an event of type other named
    by the rehearsal (第一次彩排), the show its object; a rehearsal to come (将进行…) is not reported."""
    text = ctx.text
    for m in _REHEARSAL.finditer(text, s.start, s.end):
        start = ctx.clause_start(s, m.start())
        if is_planned(ctx, s, m.start()) or is_directive(ctx, s, m.start()) or text.find("将", start, m.start()) >= 0:
            continue
        show = next((t for t in reversed(s.of("WORK_OF_ART")) if start <= t.start and t.end <= m.start()), None)
        if show is not None:
            name = str(show.attrs.get("title") or text[show.start + 1 : show.end - 1])
        else:
            span = subject_phrase(ctx, s, start, m.start(), list(_SHOW_HEADS))
            if span is None:
                continue
            name = text[span[0] : span[1]]
        if not name.rstrip("》”").endswith(_SHOW_HEADS):
            continue  # (演员们进行彩排: who rehearses, no show named)
        yield {"type": "other", "name": m.group("name"), "object": name, "date": ctx.event_date(s), "trigger": m.span("name")}


REHEARSALS = SentenceRule(
    name="event.rehearsal",
    field="events",
    doc=find_rehearsals.__doc__ or "",
    apply=find_rehearsals,
    examples=(
        Example("中央广播电视总台《2023年春节联欢晚会》今天（12月26日）进行第一次彩排。",
                {"type": "other", "name": "第一次彩排", "object": "2023年春节联欢晚会", "date": "2022-12-26"}, "2022-12-26"),
        Example("中央广播电视总台《2023年春节联欢晚会》1月9日晚完成第三次彩排。",
                {"name": "第三次彩排", "object": "2023年春节联欢晚会", "date": "2023-01-09"}, "2023-01-10"),
        Example("昨晚（9月18日），杭州第19届亚运会开幕式完成最后一次全要素彩排。",
                {"name": "最后一次全要素彩排", "object": "杭州第19届亚运会开幕式", "date": "2023-09-18"}, "2023-09-19"),
        Example("春晚将于1月16日进行第二次彩排。", None, "2023-01-10"),
        Example("演员们正在进行彩排。", None),
    ),
)


MILESTONES = SentenceRule(
    name="event.milestone",
    field="events",
    doc=find_milestones.__doc__ or "",
    apply=find_milestones,
    triggers=("milestone_verbs",),
    examples=(
        Example("经过7年多建设，全长15.2公里的木寨岭隧道今天（7月6日）全线贯通。",
                {"type": "other", "object": "木寨岭隧道", "date": "2023-07-06"}, "2023-07-06"),
        # an engine's or a rocket's test run is a milestone of its building (dev: 长征十号…试车)
        Example("今天（6月14日）下午，长征十号系列运载火箭成功完成了一子级动力系统试车。",
                {"object": "长征十号系列运载火箭", "date": "2024-06-14"}, "2024-06-14"),
        Example("我国最大推力液体火箭发动机首次整机试车圆满成功。", {"object": "最大推力液体火箭发动机"}),
        Example("大推力液氧煤油发动机进行了300秒长程试车，获得圆满成功。", {"object": "大推力液氧煤油发动机"}),
        Example("中国航天开年连续完成火箭发动机试车", None),  # no works named before the verb
        # a line named by its ends
        Example("内蒙古集宁经山西大同至原平的高速铁路开始铺轨施工。", {"object": "内蒙古集宁经山西大同至原平的高速铁路"}),
        Example("今天（6月26日）凌晨，泸州长江六桥顺利合龙，主桥全长1080米。", {"object": "泸州长江六桥", "date": "2023-06-26"},
                "2023-06-26"),
        Example("今天（6月17日），位于北京房山区永定河上的京雄大桥实现合龙，标志着大桥主体工程完工。", {"object": "京雄大桥"},
                "2023-06-17"),
        Example("今天（11月29日），淮河入海水道二期工程在淮安枢纽处顺利截流，为主体施工提供良好基础。",
                {"object": "淮河入海水道二期工程", "date": "2024-11-29"}),
        Example("今天（4月2日），昌九高铁扬子洲赣江公铁大桥最大承台在江西南昌成功浇筑。",
                {"object": "昌九高铁扬子洲赣江公铁大桥最大承台"}, "2023-04-02"),
        Example("今天（7月15日），广州海珠湾隧道实现双线贯通。", {"object": "广州海珠湾隧道"}, "2024-07-15"),
        Example("今天（1月18日）10时，广西大藤峡水利枢纽工程首次蓄水达到61米正常蓄水位。",
                {"object": "广西大藤峡水利枢纽工程", "date": "2024-01-18"}, "2024-01-18"),
        Example("第四批国家组织医用耗材集采昨天（11月30日）在天津开标，拟中选品种平均降价70%左右。",
                {"object": "第四批国家组织医用耗材集采", "date": "2023-11-30"}, "2023-12-01"),
        Example("下层为四条铁路线，预计在2025年实现贯通。", None, "2023-04-10"),
        Example("至此，沪渝蓉高铁武汉至宜昌段全线25座隧道全部贯通。", None),
        Example("推动超高清全产业链贯通发展。", None),
        Example("国家重点工程瑞梅铁路全线最长桥梁——绵水特大桥今天（4月15日）完成连续梁合龙。", {"object": "绵水特大桥"}),
        Example("常泰长江大桥主航道桥合龙段钢桁梁今天（5月29日）成功吊装，预计6月上旬合龙并实现全桥贯通。",
                {"object": "常泰长江大桥主航道桥合龙段钢桁梁", "date": "2024-05-29"}, "2024-05-29"),
        Example("上游的重庆，中欧班列、西部陆海新通道等国际物流通道全面贯通；", None),
        Example("一段崭新的地下隧道顺利贯通。", None),
        Example("黄金峡水利枢纽大坝主体封顶在即，工程建设者们正昼夜不停加紧施工。", None),
        Example("建设者仍在拆除隔断封门，为11月深中通道全线贯通做准备。", None),
        Example("今天，陕西镇安抽水蓄能电站下水库正式下闸蓄水。", None),
        Example("今天，广西横州飞龙大桥实现全桥合龙。", {"object": "广西横州飞龙大桥"}),
        Example("日前，超大型矩形盾构顶管机“中铁1179号”在河南郑州成功下线。", {"object": "中铁1179号"}),
        Example("连接福建龙岩和广东龙川的龙龙高铁福建段日前开始铺轨建设，预计6月中旬完成铺轨。", {"object": "龙龙高铁福建段"}),
        Example("今天（10月31日），我国自主研制的最大直径盾构机在湖南长沙下线。", {"object": "最大直径盾构机"}),
        Example("随着天山胜利隧道这一关键控制性工程顺利贯通，全线建设进入冲刺阶段。", {"object": "天山胜利隧道"}),
        Example("今天（2月18日），兰州中川国际机场三期扩建工程T3航站楼主体结构顺利合拢。",
                {"object": "兰州中川国际机场三期扩建工程T3航站楼"}),
        Example("完成中小河流治理1万多公里，农村供水工程完工12298处。", None),
        Example("京张高铁、京唐城际等开通运营，京雄城际铁路全线贯通运营。", None),
        Example("至此，沪渝蓉高铁武汉至宜昌段全线隧道贯通。", None),
        Example("木寨岭隧道是渭武高速全线控制性工程，它的贯通为今年底渭武高速通车打下基础。", None, "2023-07-06"),
        Example("京雄高速北京段预计今年年内建成，届时京雄高速全线贯通。", None, "2023-12-06"),
    ),
)

# the model an aircraft kind names (直升机AC332, 水陆两栖飞机“鲲龙”AG600M), then when and where, then its first
# flight closing the clause; the model carries a designation (letters or digits), which a description lacks
_FLOWN = re.compile(
    r"(?P<craft>(?:“[^“”，。；]{1,8}”)?[A-Za-z][A-Za-z0-9\-]{1,12})"
    r"(?:今天|今日|昨天|\d{1,2}日|(?:上午|下午|晚间)|在(?![^，。；]{0,14}?(?:航线|航班|年|月|后|前|之际|期间))[^，。；在“”]{2,14}"
    r"|成功|顺利)*(?P<verb>首飞成功|成功首飞|完成首飞|首飞)(?=[，。；\s]|$)"
)  # (not …在明年上半年首飞, 在完成地面试验后首飞: a time; 在京沪航线首飞: a route's first flight)


def find_maiden_flights(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A new aircraft's first flight (国产新型直升机AC332首飞成功): an event of type other, the model its object,
    as dev lists AC332. A rocket's 首飞 is a launch (the spacecraft rule's); a first flight still to come
    (计划明年首飞) or of a route (国际航线首飞) names no aircraft model and is not reported."""
    text = ctx.text
    kinds = tuple(ctx.lexicon.trigger_list("aircraft_heads"))
    for m in _FLOWN.finditer(text, s.start, s.end):
        if not text.endswith(kinds, s.start, m.start()) or still_to_come(ctx, s, m.start("verb")):
            continue
        verb = text.find("首飞", m.start("verb"), m.end())
        yield {"type": "other", "object": m.group("craft"), "date": ctx.event_date(s), "trigger": (verb, verb + 2)}


MAIDEN_FLIGHTS = SentenceRule(
    name="event.maiden_flight",
    field="events",
    doc=find_maiden_flights.__doc__ or "",
    apply=find_maiden_flights,
    triggers=("maiden_flight_verbs",),
    examples=(
        Example("今天（4月7日），由航空工业全新研制的先进多用途直升机AC332在天津首飞成功。",
                {"type": "other", "object": "AC332", "date": "2023-04-07"}, "2023-04-07"),
        Example("今天（2月25日），我国自主研制的第四架大型灭火、水上救援水陆两栖飞机“鲲龙”AG600M在广东珠海首飞成功。",
                {"object": "“鲲龙”AG600M", "date": "2023-02-25"}, "2023-02-25"),
        Example("国产新型直升机AC332首飞成功", {"object": "AC332"}),
        Example("该型无人机TB001计划于明年首飞。", None),  # still to come
        Example("西安至土库曼斯坦首都阿什哈巴德的国际航线首飞。", None),  # a route, no aircraft
        Example("新型运载火箭长征十二号首飞成功。", None),  # a rocket: the spacecraft rule's launch
        Example("按计划，新型无人机TB001在明年上半年首飞。", None),
        Example("专家表示，直升机AC332在完成全部地面试验后首飞。", None),
        Example("国产大型客机C919在京沪航线首飞。", None),  # a route's first flight
    ),
)

RULES = (MILESTONES, COMPLETIONS, REHEARSALS, MAIDEN_FLIGHTS)
