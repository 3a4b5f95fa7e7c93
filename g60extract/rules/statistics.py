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
from g60extract.normalise.numbers import MULTIPLIERS, NUMBER, VAGUE, as_number, parse_number
from g60extract.rules.base import Example, PatternRule

_QUAL_BEFORE = {
    "近": "nearly", "将近": "nearly", "接近": "nearly", "约": "about", "大约": "about",
    "超": "more_than", "超过": "more_than", "逾": "more_than", "突破": "more_than",
    "不到": "less_than", "不足": "less_than", "低于": "less_than", "高于": "more_than",
}
_QUAL_AFTER = {"左右": "about", "以上": "more_than", "余": "more_than", "多": "more_than",
               "以下": "less_than", "以内": "less_than"}
_CHANGE = {"增长": "increase", "增加": "increase", "上升": "increase", "提高": "increase",
           "提升": "increase", "上涨": "increase", "扩大": "increase", "多增": "increase",
           "下降": "decrease", "减少": "decrease", "回落": "decrease", "降低": "decrease",
           "下滑": "decrease", "下跌": "decrease", "收窄": "decrease"}
_BASIS = {"同比": "year_on_year", "环比": "month_on_month"}
# Units that never make a statistic on their own (durations, ordinals) are left out here.
_SKIP_CATEGORIES = frozenset({"duration", "ordinal"})
_JOINERS = frozenset({"和", "与", "及", "、"})
_NEEDS_ARABIC = frozenset({"地", "届", "处"})
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


@lru_cache(maxsize=8)
def _patterns(units_key: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    units = sorted((u for u, cat in units_key if cat not in _SKIP_CATEGORIES), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    before = "|".join(sorted(_QUAL_BEFORE, key=len, reverse=True))
    vague = "|".join(sorted(VAGUE, key=len, reverse=True))
    count = re.compile(
        rf"(?P<pre>{before})?"
        rf"(?:(?P<vague>{vague})|(?P<num>{NUMBER})(?P<mid>多|余)?)(?P<mult>万亿|亿|万)?"
        rf"(?P<unit>{unit_alt})(?P<post>左右|以上|以下|以内)?"
    )
    change = re.compile(
        r"(?P<basis>同比|环比)?(?:分别)?"
        rf"(?P<chg>{'|'.join(_CHANGE)})了?(?P<pre>近|约|超过|超)?"
        rf"(?P<num>{NUMBER})(?P<unit>%|％|个百分点|倍|‰)"
    )
    return count, change


def patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _patterns(tuple(sorted(lexicon.units.items())))


_TRAIL = re.compile(
    r"(?:分别|同比|环比|累计|已经|已|将|可|共|总计|合计|预计)*"
    r"(?:达到|达|超过|占到|占|为|有|提供|完成|实现|突破|增长到|增至|增长|增加|下降|减少|超|近|约|逾)?$"
)
_NUMERIC = re.compile(r"[\d０-９一二三四五六七八九十百千万亿]")


def _clause_subject(ctx: StatContext, end: int) -> tuple[str, int, int] | None:
    """The clause before ``end`` with leading dates and filler words and trailing verbs removed;
    an empty clause (…13.32万亿元，同比增长5.8%) borrows the previous clause's head."""
    start = ctx.sentence_start
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(ctx.text, ctx.sentence_start, end)]
    if breaks:
        start = breaks[-1]
    if end - start < 2 and len(breaks) >= 1:
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
    if end - start < 2 or end - start > 40:
        return None
    return ctx.text[start:end], start, end


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
    if m.group("vague"):
        value, qualifier = VAGUE[m.group("vague")]
    else:
        num = m.group("num")
        if num in ("一", "两") or (num == "一" and not m.group("mid")):
            return None  # 一批, 一项, 两国: articles and idioms, not counts
        parsed = parse_number(num)
        if parsed is None:
            return None
        value = parsed.value
    if m.group("mult"):
        value *= MULTIPLIERS[m.group("mult")]
    unit = m.group("unit")
    for mult in ("万亿", "亿", "万"):
        if unit.startswith(mult) and len(unit) > len(mult):
            value, unit = value * MULTIPLIERS[mult], unit[len(mult):]
            break
    if unit == "成":  # 八成 → 80 %
        value, unit = value * 10, "%"
    if m.group("pre"):
        qualifier = _QUAL_BEFORE[m.group("pre")]
    if m.group("mid"):
        qualifier = "more_than"
    if m.group("post"):
        qualifier = _QUAL_AFTER[m.group("post")]
    start, end = m.span()
    if unit == "个" and ctx.text.startswith(("月", "小时", "星期", "工作日"), end):
        return None  # 4个月: a duration
    if unit in _NEEDS_ARABIC and (m.group("vague") or not m.group("num")[0].isdigit()):
        return None  # 三地, 两届: anaphors and idioms, not counts
    # a slogan such as “五篇大文章” or a count inside a name: not a statistic of the article
    if start > 0 and ctx.text[start - 1] in "“\"第" and not m.group("pre"):
        return None
    subject = _following_subject(ctx, end) or _clause_subject(ctx, start)
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
    unit: str,
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
        Example("全省新建基站１２００个。", {"value": 1200, "unit": "个"}),
        Example("一批重点项目集中开工。", None),
        Example("活动为期4个月。", None),
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
    ),
)

RULES: tuple[PatternRule, ...] = (CHANGE, COUNT)
