"""Statistic rules: a value, its unit, what it measures, a qualifier and a change.

100亿元 → 10000000000 元; 近300项 → nearly 300 项; 上千家企业 → more_than 1000 家 of 企业;
同比增长42.95% → 42.95 % increase year_on_year. The subject is the noun right after the unit
(16条举措 → 举措) or else the clause before the number (报道量同比增长… → 报道量).
Durations (为期4个月, 20周年) and ordinals (第七届) are not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from g60extract.lexicon import Lexicon
from g60extract.normalise.numbers import ARABIC, MULTIPLIERS, NUMBER, VAGUE, as_number, parse_number
from g60extract.rules.base import Example, PatternRule

_QUAL_BEFORE = {
    "近": "nearly", "将近": "nearly", "接近": "nearly", "约": "about", "大约": "about",
    "超": "more_than", "超过": "more_than", "逾": "more_than", "突破": "more_than",
    "不到": "less_than", "不足": "less_than", "低于": "less_than", "高于": "more_than",
    "不低于": "more_than", "不少于": "more_than", "不超过": "less_than", "不高于": "less_than",
}
_QUAL_AFTER = {"左右": "about", "以上": "more_than", "余": "more_than", "多": "more_than",
               "以下": "less_than", "以内": "less_than"}
_CHANGE = {"增长": "increase", "增加": "increase", "上升": "increase", "提高": "increase",
           "提升": "increase", "上涨": "increase", "扩大": "increase", "多增": "increase",
           "下降": "decrease", "减少": "decrease", "回落": "decrease", "降低": "decrease",
           "下滑": "decrease", "下跌": "decrease", "收窄": "decrease", "上调": "increase", "下调": "decrease"}
_BASIS = {"同比": "year_on_year", "环比": "month_on_month"}
# Units that never make a statistic on their own (durations, ordinals) are left out here.
_SKIP_CATEGORIES = frozenset({"duration", "ordinal"})
_JOINERS = frozenset({"和", "与", "及", "、"})
# 两次, 两起袭击, 两场记者招待会, 两架飞机, 两大板块: 两 counts with these measure words (not 两国, 两岸,
# 两个维护)
_TWICE_UNITS = frozenset({"次", "起", "场", "台", "架", "座", "艘", "颗", "栋", "项", "条", "家", "名", "位", "份", "大"})
# one-character measure words that also begin common words (节气, 集团, 集装箱, 口岸, 对外, 大会)
_WORD_HEAD_UNITS = frozenset("节集口对块档尾宗席匹趟大成")
_NEEDS_ARABIC = frozenset({"地", "届", "处", "班"})  # 三地, 两届, 三班倒 (but 千余处)
_FRACTION_PART = r"(?:[一二三四五六七八九十]|[1-9]\d?)"  # 三分之一, 10分之1
_NEIGHBOURS = re.compile(r"[一两二三四五六七八九]{2}")
_MULT_TAIL = re.compile(r"(?:万亿|亿|万|千)$")
_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?（(）)\n]")
_LEAD_WORDS = ("报告显示", "数据显示", "统计显示", "据统计", "据了解", "其中", "目前", "截至目前",
               "全年", "累计", "共计", "共有", "包含", "包括", "实现", "完成", "达到", "达",
               "共", "有", "约", "已", "将", "为", "的", "和", "与", "其", "总计", "合计")
_SUBJECT_STOPS = frozenset(
    (
        "中 被 共 和 与 及 等 的 在 为 将 是 了 也 都 已 从 向 对 把 由 获 获得 参加 参与 提出 包括 达到 实现 完成 "
        "覆盖 涉及 分别 相继 其中 同比 环比 增长 下降 以上 左右 遴选 入选 各 各有 已经 正在 可 能 到 至 以 占 达 超过 "
        "累计 包揽 进入 顺利 成功"
    ).split()
)


@dataclass(frozen=True, slots=True)
class StatContext:
    text: str
    sentence_start: int
    sentence_end: int
    token_ends: dict[int, int]  # token start → token end
    dates: tuple[tuple[int, int], ...]
    units: tuple[str, ...] = ()  # the lexicon's units, longest first
    verbs: frozenset[str] = frozenset()  # verbs and adverbs: a noun phrase ends before one


@lru_cache(maxsize=8)
def _patterns(units_key: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    units = sorted((u for u, cat in units_key if cat not in _SKIP_CATEGORIES), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    before = "|".join(sorted(_QUAL_BEFORE, key=len, reverse=True))
    vague = "|".join(sorted(VAGUE, key=len, reverse=True))
    count = re.compile(
        rf"(?P<pre>{before})?"
        # (not 近半个世纪, 近半小时, 过半数 (a quorum), 二十分之一 read as 十分之一,
        # 四分之一决赛, 四分之一世纪)
        r"(?:(?P<half>一半|(?:(?<=超过)|(?<!过))半数|近半(?![个年月天百世成岛小数]))|"
        rf"(?<![一二三四五六七八九十百])(?P<den>{_FRACTION_PART})分之(?P<numr>{_FRACTION_PART})(?![个决赛世])|(?P<snum>\d)/(?P<sden>\d{{1,2}})(?![\d/决赛])|"
        rf"(?:(?P<vague>{vague})|(?P<num>{NUMBER})(?P<mid>多|余)?(?:[—―–－~～至到](?P<num2>{NUMBER}))?"
        r"|(?(pre)(?P<bare>万)|(?!)))"  # 超万亿元, 逾万人: a bare 万 after a qualifier (not 万人空巷)
        rf"(?P<mult>万亿|亿|万)?(?P<unit>{unit_alt}))"
        r"(?P<post>左右|以上|以下|以内)?"
    )
    change = re.compile(
        r"(?P<basis>同比|环比)?(?:分别)?"
        rf"(?P<chg>{'|'.join(_CHANGE)})了?(?P<pre>近|约|超过|超)?"
        rf"(?P<num>{NUMBER})(?P<unit>%|％|个百分点|个基点|基点|倍|‰)"
    )
    magnitude = re.compile(
        rf"(?P<pre>{before})?(?P<num>{ARABIC})(?P<mid>多|余)?(?P<mult>万亿|亿|万)(?P<mid2>多|余)?"
        r"(?P<post>左右|以上)?(?![\d０-９万亿千百.])"
    )
    return count, change, magnitude


def patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _patterns(tuple(sorted(lexicon.units.items())))


_TRAIL = re.compile(
    r"(?:分别|同比|环比|累计|已经|已|将|可|共|总计|合计|预计)*+"
    r"(?:达到|达|超过|占到|占|为|有|提供|完成|实现|突破|增长到|增至|增长|增加|下降|减少|超|近|约|逾)?$"
)
# where a quantity starts: digits, or Chinese numerals with a multiplier or measure word (长三角,
# 一般贸易 are words, not numbers)
# (possessive, and started only at a numeral run's start: 十 is in both loops, a run of it was cubic)
_NUMERIC = re.compile(
    r"[\d０-９]|(?<![一二三四五六七八九十两])[一二三四五六七八九十两]++[十百千万亿]*(?:[万亿]|[个家项条名位件座所批])"
)
# 增速比1—2月份加快, 比2022年同期: the basis of a comparison ends the measured thing
_COMPARISON = re.compile(r"(?:比|较|同比|环比)(?:[^，,；;]{0,14}?(?:同期|月份|季度|上半年|上年|去年|前|年|月))?")


def _clause_subject(ctx: StatContext, end: int) -> tuple[str, int, int] | None:
    """The clause before ``end`` with leading dates and filler words and trailing verbs removed;
    an empty clause (…13.32万亿元，同比增长5.8%; 比2022年同期增长89.1%; 其中，3月份增长3.9%)
    borrows the previous clause's head."""
    start = ctx.sentence_start
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(ctx.text, ctx.sentence_start, end)]
    if breaks:
        start = breaks[-1]
    cmp = _COMPARISON.search(ctx.text, start, end)
    if cmp is not None and cmp.start() > start:
        end = cmp.start()  # 增速比1—2月份加快 → 增速
    elif cmp is not None:
        end = start  # the clause is only the comparison
    if _only_dates(ctx, start, end) and len(breaks) >= 1:
        prev_start = breaks[-2] if len(breaks) >= 2 else ctx.sentence_start
        first_num = _NUMERIC.search(ctx.text, prev_start, breaks[-1] - 1)
        if first_num is None:
            return None
        start, end = prev_start, first_num.start()
    changed = True
    while changed and start < end:
        changed = False
        for ds, de in ctx.dates:
            if ds <= start < de:
                start, changed = de, True
        for word in _LEAD_WORDS:
            if ctx.text.startswith(word, start) and start + len(word) < end:
                start, changed = start + len(word), True
                break
    trail = _TRAIL.search(ctx.text, start, end)
    if trail and trail.start() > start:
        end = trail.start()
    while end > start and ctx.text[end - 1] in "的了，, ":
        end -= 1
    # 新开工重点产业项目60多个、总投资…: a listed quantity before 、 belongs to the item before
    listed = ctx.text.rfind("、", start, end)
    if listed > start and _NUMERIC.search(ctx.text, start, listed):
        start = listed + 1
    if end - start < 2 or end - start > 40:
        return None
    return ctx.text[start:end], start, end


def _only_dates(ctx: StatContext, start: int, end: int) -> bool:
    """Nothing but dates and filler words (3月份, 其中，今年) between ``start`` and ``end``."""
    pos = start
    while pos < end:
        date = next((de for ds, de in ctx.dates if ds <= pos < de), None)
        if date is not None:
            pos = date
            continue
        word = next((w for w in _LEAD_WORDS if ctx.text.startswith(w, pos)), None)
        if word is None:
            return end - pos < 2
        pos += len(word)
    return True


def _following_subject(ctx: StatContext, pos: int) -> tuple[str, int, int] | None:
    """The noun phrase right after the unit: 16条举措 → 举措, 近60家企业和机构 → 企业和机构,
    98场形式多样的配套活动 → 配套活动."""
    start, end, words = pos, pos, 0
    while words < 6 and end < ctx.sentence_end and end - start < 14:
        tok_end = ctx.token_ends.get(end)
        if tok_end is None:
            break
        word = ctx.text[end:tok_end]
        if word == "的" and end > start:
            start = end = tok_end
            continue
        if word in _JOINERS and end > start:
            nxt_end = ctx.token_ends.get(tok_end)
            nxt = ctx.text[tok_end:nxt_end] if nxt_end else ""
            if not nxt or nxt in _SUBJECT_STOPS or not all(_is_name_char(c) for c in nxt):
                break
            end, words = tok_end, words + 1
            continue
        if word in _SUBJECT_STOPS or not all(_is_name_char(c) for c in word) or word[0].isdigit():
            break
        if end > start and word in ctx.verbs:
            break  # 企业和机构|现场签约, 运动员|报名参赛: the verb phrase is not what was counted
        end, words = tok_end, words + 1
    while end > start and ctx.text[end - 1] in "和与及、":
        end -= 1
    if end - start < 1 or end - start > 14:
        return None
    return ctx.text[start:end], start, end


def _is_name_char(c: str) -> bool:
    return c.isalnum() or c in "“”\"·-"


def build_count(m: re.Match[str], ctx: StatContext) -> dict[str, Any] | None:
    qualifier = None
    value: float
    value_max: float | None = None
    if m.group("half"):  # 超过一半, 一半左右, 超过半数, 近半: a share
        qualifier = "nearly" if m.group("half") == "近半" else _qualifier(m)
        return _stat(50, "%", qualifier, None, None, _clause_subject(ctx, m.start()))
    if m.group("den") or m.group("sden"):  # 三分之一 → 33.33 %, 超3/4 → 75 % (as a share, like 八成)
        return _fraction(m, ctx)
    if ctx.text.endswith("分之", 0, m.start()):
        return None  # 四分之三个世纪: the numerator of a fraction of a unit, not a count
    if m.group("vague"):
        if m.group("vague") == "上亿" and m.start("vague") not in ctx.token_ends:
            return None  # 海上|亿吨级油田, 线上|亿元: the 上 of the word before
        value, qualifier = VAGUE[m.group("vague")]
    elif m.group("bare"):
        value = MULTIPLIERS["万"]
    else:
        num = m.group("num")
        if num in ("一", "零", "〇") or (num == "两" and (
            m.group("unit") not in _TWICE_UNITS or _in_longer_word(ctx, m.start("unit"), m.end("unit"))
        )):
            # 一批, 一项, 两国, 零部件: articles and idioms, not counts (两次, 两起 are); 两|场馆: the
            # measure word begins a longer word
            return None
        if num in ("百", "千", "万") and _in_longer_word(ctx, m.start("num"), m.end()):
            return None  # 千家万户, 百家争鸣: an idiom the segmenter holds as one word, not a count
        if _NEIGHBOURS.fullmatch(num):  # 两三吨, 三四家: a range of two neighbouring numerals
            a, b = (parse_number(c) for c in num)
            if a is not None and b is not None and b.value == a.value + 1:
                num, value_max = num[0], b.value
        num2 = m.group("num2")
        if num2:  # 40—50亿元: the lower end takes the upper end's multiplier
            tail = _MULT_TAIL.search(num2)
            if tail and not _MULT_TAIL.search(num):
                num += tail.group(0)
            upper = parse_number(num2)
            value_max = upper.value if upper else None
        parsed = parse_number(num)
        if parsed is None:
            return None
        value = parsed.value
        if value_max is not None and value_max <= value:
            return None  # 2023-2024 and the like: not a range of counts
    scale = MULTIPLIERS[m.group("mult")] if m.group("mult") else 1
    unit = m.group("unit")
    for mult in ("万亿", "亿", "万"):
        if unit.startswith(mult) and len(unit) > len(mult):
            scale, unit = scale * MULTIPLIERS[mult], unit[len(mult):]
            break
    if unit == "成":  # 八成 → 80 %
        if value > 10 or m.group("mult"):
            return None  # 2024成都, 约9亿成员: a share is at most 十成
        scale, unit = scale * 10, "%"
    value *= scale
    value_max = value_max * scale if value_max is not None else None
    qualifier = _qualifier(m) or qualifier
    start, end = m.span()
    if m.group("pre") == "近" and ctx.text.endswith("附", 0, start):
        qualifier = None  # 附近两座水坝: the 近 of 附近, no qualifier
    if unit == "个" and ctx.text.startswith(("月", "小时", "星期", "工作日"), end):
        return None  # 4个月: a duration
    if unit == "大" and (
        not m.group("num") or (value > 10 and not m.group("num").isdigit()) or ctx.text.endswith(("党", "党的", "中共"), 0, start)
        or not _CONGRESS_FREE.match(ctx.text, end)
    ):
        # 二十大, 党的七大在这里召开, 朝党八大, 七大会址, 中国作协九大、…: congresses, not counts (but
        # 四大板块, 十大考古新发现); 突破万亿大关: no count at all
        return None
    if unit in _WORD_HEAD_UNITS and _in_longer_word(ctx, m.start("unit"), m.end("unit")):
        return None  # 二十四节气, 78集团军, 3000集装箱: the measure word begins a longer word
    if (unit == "档" and (ctx.text[start - 1 : start] in (":", "：") or m.group("num") in ("五一", "十一"))) or (
        unit == "块" and ctx.text.startswith("钱", end)
    ) or (unit == "对" and ctx.text[end : end + 1].isdigit()) or (unit == "位" and ctx.text.endswith("前", 0, start)):
        return None  # 20:00档, 五一档 (time slots), 3块钱 (yuan, spoken), 3对3 (a format), 前两位 (a rank)
    if unit == "位" and ctx.text.startswith("数", end):
        return None  # 两位数增长: double-digit growth, not two people
    if unit == "项" and ctx.text.endswith(("冬季", "北欧"), 0, start):
        return None  # 冬季两项, 北欧两项: the biathlon and the Nordic combined, sports not counts
    if unit == "部" and ctx.text.startswith(("门", "委"), end):
        return None  # 七部门联合印发: the bodies acting, not a count of the story
    if unit in _NEEDS_ARABIC and (m.group("vague") or m.group("bare") or not m.group("num")[0].isdigit()) and not m.group("mid"):
        return None  # 三地, 两届: anaphors and idioms, not counts
    # a slogan such as “五篇大文章” or a count inside a name: not a statistic of the article
    if start > 0 and ctx.text[start - 1] in "“\"第" and not m.group("pre"):
        return None
    if unit == "届" and 1900 <= value < 2100:
        return None  # 2024届毕业生: a cohort named by its year
    subject = _following_subject(ctx, end) or _clause_subject(ctx, start)
    stat = _stat(value, unit, qualifier, None, None, subject)
    if value_max is not None:
        stat["value_max"] = as_number(value_max)
    return stat


def _fraction(m: re.Match[str], ctx: StatContext) -> dict[str, Any] | None:
    if m.group("sden") and not m.group("pre"):
        return None  # 1/2决赛, 7/24: only a qualified share (超3/4, 超过1/4) is read as one
    parts = (m.group("numr"), m.group("den")) if m.group("den") else (m.group("snum"), m.group("sden"))
    numerator, denominator = (parse_number(p) for p in parts)
    if numerator is None or denominator is None or not 0 < numerator.value < denominator.value:
        return None
    share = round(numerator.value / denominator.value * 100, 2)
    return _stat(share, "%", _qualifier(m), None, None, _clause_subject(ctx, m.start()))


# after N大 a noun follows (四大板块), not what a congress takes (召开, 以来, 精神, 报告, 代表, 会址, 和, 、)
_CONGRESS_FREE = re.compile(r"(?![在召开闭以精报代期上会和及与])[\u4e00-\u9fff]")


def _in_longer_word(ctx: StatContext, start: int, end: int) -> bool:
    """The segmenter's word that holds the text from ``start`` runs past ``end``."""
    for pos in range(start, max(ctx.sentence_start, start - 8) - 1, -1):
        if pos in ctx.token_ends:
            return ctx.token_ends[pos] > end
    return False


def _qualifier(m: re.Match[str]) -> str | None:
    """近/约/超 before the number, 多/余 inside it, 左右/以上 after it: the last one written wins."""
    groups = m.groupdict()
    qualifier = _QUAL_BEFORE.get(groups.get("pre") or "")
    if groups.get("mid") or groups.get("mid2"):
        qualifier = "more_than"
    if groups.get("post"):
        qualifier = _QUAL_AFTER[groups["post"]]
    return qualifier


def build_magnitude(m: re.Match[str], ctx: StatContext) -> dict[str, Any] | None:
    """1.35亿 with no unit after it: the unit is the noun that follows (800多万群众), or the
    unit the measured thing ends with (观影人次为957万 → 人次), or none."""
    parsed = parse_number(m.group("num"))
    if parsed is None:
        return None
    value = parsed.value * MULTIPLIERS[m.group("mult")]
    qualifier = _qualifier(m)
    unit: str | None = None
    subject = _following_subject(ctx, m.end())
    if subject is not None:
        noun_end = ctx.token_ends.get(m.end(), m.end())
        unit = ctx.text[m.end() : noun_end] if noun_end - m.end() >= 2 else None
    else:
        subject = _clause_subject(ctx, m.start())
        if subject is not None:  # a one-character unit at the end (报考人数) is part of a noun
            measured = subject[0].removesuffix("数")
            unit = next((u for u in ctx.units if len(u) > 1 and measured.endswith(u)), None)
    return _stat(value, unit, qualifier, None, None, subject)


def build_change(m: re.Match[str], ctx: StatContext) -> dict[str, Any] | None:
    parsed = parse_number(m.group("num"))
    if parsed is None:
        return None
    qualifier = _QUAL_BEFORE.get(m.group("pre") or "")
    subject = _clause_subject(ctx, m.start())
    unit = "%" if m.group("unit") == "％" else m.group("unit")
    return _stat(
        parsed.value, unit, qualifier, _CHANGE[m.group("chg")],
        _BASIS.get(m.group("basis") or ""), subject,
    )


def _stat(
    value: float,
    unit: str | None,
    qualifier: str | None,
    change: str | None,
    basis: str | None,
    subject: tuple[str, int, int] | None,
) -> dict[str, Any]:
    return {
        "value": as_number(value),
        "unit": "%" if unit == "％" else unit,
        "qualifier": qualifier,
        "change": change,
        "basis": basis,
        "subject": subject[0] if subject else None,
        "subject_span": {"start": subject[1], "end": subject[2]} if subject else None,
    }


# The patterns depend on the lexicon's units, so the rules carry a placeholder pattern and the
# recogniser compiles the real one (see ``patterns``); the examples still belong to each rule.
COUNT = PatternRule(
    name="statistic.count",
    field="statistics",
    doc="A number (Arabic, Chinese, 万/亿, vague 上千/数百) with a unit and qualifiers.",
    build=build_count,
    examples=(
        Example("全市共有高新技术企业1.2万家。", {"value": 12000, "unit": "家", "subject": "全市共有高新技术企业"}),
        Example("活动吸引近300家企业参加。", {"value": 300, "unit": "家", "qualifier": "nearly", "subject": "企业"}),
        Example("论坛期间签约项目62个，总投资超100亿元。", {"value": 10000000000, "unit": "元", "qualifier": "more_than"}),
        Example("从上千家企业中遴选出获奖项目。", {"value": 1000, "unit": "家", "qualifier": "more_than", "subject": "企业"}),
        Example("方案从六个方面提出二十条举措。", {"value": 20, "unit": "条", "subject": "举措"}),
        Example("春运期间客流达3.5万人次。", {"value": 35000, "unit": "人次"}),
        Example("展会吸引了数百家参展商。", {"value": 100, "unit": "家", "qualifier": "more_than"}),
        Example("运送各类物资3000多件。", {"value": 3000, "unit": "件", "qualifier": "more_than"}),
        Example("投资约2.5亿美元建设新工厂。", {"value": 250000000, "unit": "美元", "qualifier": "about"}),
        Example("共洽谈签约项目超380个，涉及投资额超万亿元。", {"value": 1000000000000, "unit": "元", "qualifier": "more_than"}),
        Example("英国应向加勒比国家支付2050亿英镑赔偿。", {"value": 205000000000, "unit": "英镑"}),
        Example("节日期间万人空巷。", None),
        Example("全省排查整治隐患近万处。", None),  # (处 needs Arabic digits, as 三处 does; this once raised)
        Example("全省新建基站１２００个。", {"value": 1200, "unit": "个"}),
        Example("预计带动消费40—50亿元。", {"value": 4000000000, "value_max": 5000000000, "unit": "元"}),
        Example("超过一半的企业实现盈利。", {"value": 50, "unit": "%", "qualifier": "more_than"}),
        Example("春节期间，这条街的销售额上亿元。", {"value": 100000000, "unit": "元", "qualifier": "more_than"}),
        Example("东北地区秋粮面积占全国秋粮面积的三分之一以上。", {"value": 33.33, "unit": "%", "qualifier": "more_than"}),
        Example("我国为全球贡献了约1/4的新增绿化面积。", {"value": 25, "unit": "%", "qualifier": "about"}),
        Example("其中近半数都是数字职业。", {"value": 50, "unit": "%", "qualifier": "nearly"}),
        Example("她晋级四分之一决赛。", None),
        Example("中俄关系四分之三个世纪的风雨历程。", None),
        Example("执政联盟未能获得过半数议席。", None),
        Example("共查处案件1570余起。", {"value": 1570, "unit": "起", "qualifier": "more_than"}),
        Example("全国高校2024届毕业生招聘会启动。", None),
        Example("一批重点项目集中开工。", None),
        Example("活动为期4个月。", None),
        Example("当地发生两起袭击事件。", {"value": 2, "unit": "起"}),
        Example("二十大新闻中心今天举行两场记者招待会。", {"value": 2, "unit": "场"}),
        Example("俄罗斯决定将于8月削减50万桶石油日出口量。", {"value": 500000, "unit": "桶"}),
        Example("高速公路总长近58公里，为双向四车道。", {"value": 4, "unit": "车道"}),
        Example("北京南站始发终到列车停运50趟。", {"value": 50, "unit": "趟"}),
        Example("寒露是二十四节气中的第十七个节气。", None),
        Example("展会设孕婴童、时尚、家用纺织品、文具、健康休闲五大板块。", {"value": 5, "unit": "大"}),
        Example("1945年4月至6月党的七大在这里召开。", None),
        Example("我国海上亿吨级油田开发项目投产。", None),
        Example("全球半数以上国家参与。", {"value": 50, "unit": "%", "qualifier": "more_than"}),
        Example("2023年，GDP首次突破万亿大关。", None),
        Example("1945年党的七大在这里召开，我都要来七大会址看看。", None),
        Example("上千大学生参加招聘会。", None),
        Example("省级财政科技专项资金投入基础研究的比例不低于三分之一。", {"value": 33.33, "qualifier": "more_than"}),
        Example("节目在央视综合频道20:00档首播。", None),
        Example("软件业务收入保持两位数增长。", None),
        Example("中国星在通信、导航等领域服务千行百业、走进千家万户。", None),
        Example("第十四届全国冬季运动会北欧两项的比赛在河北举行。", None),
        Example("两国元首举行会谈。", None),
        Example("两座变电站容量为600万千伏安。", {"value": 6000000, "unit": "千伏安"}),
        Example("营业面积达到六十平米。", {"value": 60, "unit": "平米"}),
        Example("超九成受访者表示满意。", {"value": 90, "unit": "%", "qualifier": "more_than"}),
        Example("2024成都世园会进行开幕前最后一次合练。", None),
    ),
)

CHANGE = PatternRule(
    name="statistic.change",
    field="statistics",
    doc="A change: 同比增长42.95%, 环比下降3个百分点, 增长两倍.",
    build=build_change,
    examples=(
        Example(
            "前三季度，全省规上工业增加值同比增长6.8%。",
            {"value": 6.8, "unit": "%", "change": "increase", "basis": "year_on_year",
             "subject": "全省规上工业增加值"},
        ),
        Example("10月份，快递业务量环比下降3.2%。", {"value": 3.2, "unit": "%", "change": "decrease", "basis": "month_on_month"}),
        Example("出口占比提高1.5个百分点。", {"value": 1.5, "unit": "个百分点", "change": "increase"}),
        Example("一年期贷款市场报价利率下降10个基点。", {"value": 10, "unit": "个基点", "change": "decrease"}),
        Example("美联储宣布将联邦基金利率下调超过30基点。",
                {"value": 30, "unit": "基点", "change": "decrease", "qualifier": "more_than"}),
    ),
)

MAGNITUDE = PatternRule(
    name="statistic.magnitude",
    field="statistics",
    doc="A number with 万/亿 and no unit after it: 出游人次达1.35亿, 800多万群众, 超1.2万亿.",
    build=build_magnitude,
    examples=(
        Example("全国国内旅游出游人次达1.35亿，同比增长155.3%。", {"value": 135000000, "unit": "人次"}),
        Example("800多万群众参与活动。", {"value": 8000000, "unit": "群众", "qualifier": "more_than"}),
        Example("全年减税降费超1.2万亿。", {"value": 1200000000000, "unit": None, "qualifier": "more_than"}),
    ),
)

RULES: tuple[PatternRule, ...] = (CHANGE, COUNT, MAGNITUDE)
