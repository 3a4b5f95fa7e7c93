"""Date rules: time expressions normalised against the publication date.

Values are ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Qn``, ``YYYY-Hn`` or ``START/END``.
A month-day without a year takes the publication year, or the year before when that day lies
more than a month after publication and the sentence speaks neither of the future nor of this
year (今年, 下半年, with no other year named). Without a
publication date, relative expressions come back with ``value=None`` (never the clock).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from g60extract.normalise.numbers import parse_small_int
from g60extract.rules.base import Example, PatternRule

# the dashes a range is written with (—, ―, –, －); one list for every range pattern below
_DASHES = "—―–－"
_TO = "至|到|" + "|".join(_DASHES)  # 9月4日至6日, 1月—2月, 2024年1月―2月
_D = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # month or day numeral
_Y = r"(?:\d{4}|[零〇一二三四五六七八九]{4})"  # year numeral
# 网上|年货节, 线上|年会, 以上|年龄: 上年 only where 上 is not the end of a word, and no 年 of 年货/年轻
_REL_YEAR = r"(?P<rel>今年|去年|明年|前年|(?<![网线以之马晚早路北向身台海天地街岸])上年(?![货轻龄糕画味夜])|本年)"
_QUARTER_NUM = "一二三四1234"


def future_pattern(words: list[str]) -> re.Pattern[str]:
    """The words by which a sentence speaks of the future (the lexicon's future_words: 将, 预计,
    起施行 …): a month-day later than publication then stays in the publication year."""
    # (原定于12月28日开通: what was planned, no future: the 定于 of 原定于 does not count)
    alternatives = [("(?<!原)" if w == "定于" else "") + re.escape(w) for w in sorted(words, key=len, reverse=True)]
    return re.compile("|".join(alternatives) or "(?!)")


@dataclass(frozen=True, slots=True)
class DateContext:
    published: dt.date | None
    sentence: str
    future: re.Pattern[str]


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _rel_year(word: str | None, pub: dt.date | None) -> int | None:
    if pub is None:
        return None
    offsets = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
    return pub.year + offsets.get(word or "今年", 0)


def _valid(y: int, m: int, d: int = 1) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _infer_year(m: int, d: int, ctx: DateContext, deadline: bool = False) -> int | None:
    """Year of a month(-day) written without one (see module docstring); a ``deadline`` (9月15日前)
    speaks of the future itself."""
    pub = ctx.published
    if pub is None:
        return None
    year = pub.year
    later = _valid(year, m, d) and dt.date(year, m, d) > pub + dt.timedelta(days=31)
    if later and not deadline and not ctx.future.search(ctx.sentence) and not _this_year(ctx.sentence, year):
        year -= 1
    return year


# 今年…10月底前, 下半年征兵8月15日开始 (read in January): a day of this year's calendar, however far
# ahead; not when the sentence names another year (去年下半年, 2023年，…下半年以来…12月 read in 2024)
_THIS_YEAR = re.compile(r"今年|本年|[上下]半年")
_A_YEAR = re.compile(r"(\d{4})年|去年|前年|上年|明年")


def _this_year(sentence: str, year: int) -> bool:
    return _THIS_YEAR.search(sentence) is not None and all(
        m.group(1) is not None and int(m.group(1)) == year for m in _A_YEAR.finditer(sentence)
    )


def _item(value: str | None, granularity: str, relative: bool) -> dict[str, Any]:
    return {"value": value, "granularity": granularity, "relative": relative}


def _build_ymd(m: re.Match[str], ctx: DateContext) -> dict[str, Any] | None:
    y, mo, d = (parse_small_int(m.group(k)) for k in ("y", "m", "d"))
    if y is None or mo is None or d is None or not _valid(y, mo, d):
        return None
    return _item(f"{y:04d}-{mo:02d}-{d:02d}", "day", False)


def _build_ym(m: re.Match[str], ctx: DateContext) -> dict[str, Any] | None:
    y, mo = parse_small_int(m.group("y")), parse_small_int(m.group("m"))
    if y is None or mo is None or not _valid(y, mo):
        return None
    return _item(_ym(y, mo), "month", False)


def _build_y(m: re.Match[str], ctx: DateContext) -> dict[str, Any] | None:
    y = parse_small_int(m.group("y"))
    if y is None or not 1000 <= y <= 2999:
        return None
    return _item(f"{y:04d}", "year", False)


def _period(year: int | None, m: re.Match[str], relative: bool) -> dict[str, Any] | None:
    """The part after a year: 3月, 3月9日, 前8个月, 1至10月, 一季度, 前三季度, 上半年."""
    g = m.groupdict()
    if year is None:
        value = None
    elif g.get("m1"):
        mo = parse_small_int(g["m1"])
        if mo is None or not 1 <= mo <= 12:
            return None
        if g.get("d1"):
            d = parse_small_int(g["d1"])
            if d is None or not _valid(year, mo, d):
                return None
            return _item(f"{year:04d}-{mo:02d}-{d:02d}", "day", relative)
        return _item(_ym(year, mo), "month", relative)
    elif g.get("first"):
        n = parse_small_int(g["first"])
        if n is None or not 1 <= n <= 12:
            return None
        return _item(f"{_ym(year, 1)}/{_ym(year, n)}", "interval", relative)
    elif g.get("ra") or g.get("ma"):
        a, b = (parse_small_int(g["ra"]), parse_small_int(g["rb"])) if g.get("ra") else (
            parse_small_int(g["ma"]), parse_small_int(g["mb"]))
        if a is None or b is None or not (1 <= a <= 12 and 1 <= b <= 12) or a == b:
            return None
        # 7月至8月; 12月至2月 runs into the next year
        return _item(f"{_ym(year, a)}/{_ym(year + (b < a), b)}", "interval", relative)
    elif g.get("q"):
        q = _QUARTER_NUM.index(g["q"]) % 4 + 1
        if g.get("qfirst"):
            return _item(f"{year:04d}-Q1/{year:04d}-Q{q}", "interval", relative)
        return _item(f"{year:04d}-Q{q}", "quarter", relative)
    elif g.get("h"):
        return _item(f"{year:04d}-H{1 if g['h'] == '上' else 2}", "half", relative)
    elif g.get("edge"):
        return _item(_ym(year, 1 if g["edge"] == "初" else 12), "month", relative)
    else:
        return _item(f"{year:04d}", "year", relative)
    return _item(value, "interval", relative)


_PERIOD = (
    rf"(?:(?P<ma>{_D})月(?:份)?(?:{_TO}|~|～)(?P<mb>{_D})月(?:份)?(?![\d０-９一二三四五六七八九十]|中旬|上旬|下旬|底|初|末)"
    rf"|(?P<m1>{_D})月(?:份)?(?:(?P<d1>{_D})[日号]|底|初|末|中旬|上旬|下旬)?"
    r"|年?(?P<edge>底|末|初)"
    rf"|前(?P<first>{_D}|两)个?月"
    rf"|(?P<ra>{_D})(?:{_TO}|-|~|～|、)(?P<rb>{_D})月"
    rf"|(?P<qfirst>前)?第?(?P<q>[{_QUARTER_NUM}])季度"
    r"|(?P<h>[上下])半年)"
)


def _build_rel_year(m: re.Match[str], ctx: DateContext) -> dict[str, Any] | None:
    year = _rel_year(m.group("rel"), ctx.published)
    if m.string.startswith("同期", m.end()):
        return None  # 去年同期, 上年同期: the basis of a comparison, not a time of the story
    if m.group("since"):  # 今年以来 speaks of this year: annotators give the year
        return _item(None if year is None else f"{year:04d}", "year", True)
    return _period(year, m, relative=True)


def _build_bare_period(m: re.Match[str], ctx: DateContext) -> dict[str, Any] | None:
    g = m.groupdict()
    if g.get("edge"):
        return None  # 底/初 only mean a month after a year: 当初, 初步 are not dates
    if ctx.published is None:
        gran = "day" if g.get("d1") else "month" if g.get("m1") else "interval"
        return _item(None, gran, True)
    mo = parse_small_int(g["m1"]) if g.get("m1") else 1
    d = parse_small_int(g["d1"]) if g.get("d1") else 1
    if mo is None or d is None or not _valid(2000, mo, d):
        return None
    if g.get("q"):
        mo = (_QUARTER_NUM.index(g["q"]) % 4) * 3 + 1
    if (g.get("q") or g.get("h")) and (named := _year_named_before(m, ctx.published)) is not None:
        return _period(named, m, relative=True)  # 2023年，…特别是下半年以来: the half of the year named
    if g.get("h"):
        return _period(ctx.published.year, m, relative=True)  # a half, named alone, is this year's
    # 美国9月15日前从尼日尔撤军, 录取工作8月底之前结束 (published in May, June): a day or month
    # something must happen before
    deadline = (bool(g.get("d1") or g.get("m1")) and m.string.startswith(("前", "之前"), m.end())
                and not m.string.startswith("前后", m.end()))  # (10月前后: around, not before)
    year = _infer_year(mo, d, ctx, deadline)
    span = (g.get("ra") or g.get("ma"), g.get("rb") or g.get("mb"))
    first, last = (parse_small_int(x) if x else None for x in span)
    if year is not None and first is not None and last is not None and first > last and ctx.published.month <= last:
        year -= 1  # 12月至2月 read in February: the winter that is ending
    return _period(year, m, relative=True)


# (上年同期, 从2022年的3.1%, 与2019年相比, 2020年以来: a comparison's basis or a span's start, not
# the year the sentence speaks of)
_YEAR_BEFORE = re.compile(rf"(?:{_Y}|今|去|明|上)年(?!同期|的|相比|以来)")
_SENTENCE_OPEN = re.compile(r"[。！？\n]")


def _year_named_before(m: re.Match[str], pub: dt.date) -> int | None:
    """The year the sentence names before ``m`` (2023年末，…较年初; 今年…下半年), if any."""
    window = max(0, m.start() - 80)
    opening = max((x.end() for x in _SENTENCE_OPEN.finditer(m.string, window, m.start())), default=window)
    named = [y.group(0) for y in _YEAR_BEFORE.finditer(m.string, opening, m.start())]
    if not named:
        return None
    word = named[-1]
    year = _rel_year(word, pub) if word[0] in "今去明上" else parse_small_int(word[:-1])
    return year if year is not None and 1900 <= year <= 2999 else None


def _build_year_edge(m: re.Match[str], ctx: DateContext) -> dict[str, Any] | None:
    """The year a sentence has named before (2023年末，…较年初增长 → 2023), else the publication
    year; a 年底 read in January or February without a word of the future is the one just past
    (全年基金收入…年底累计结余, 年底的中央经济工作会议)."""
    pub = ctx.published
    if pub is None:
        return _item(None, "month", True)
    month = 12 if m.group("edge") == "底" else 1
    named = _year_named_before(m, pub)
    if named is not None:
        return _item(_ym(named, month), "month", True)
    year = pub.year
    if month == 12 and pub.month <= 2 and not ctx.future.search(ctx.sentence):
        year -= 1
    return _item(_ym(year, month), "month", True)


def _build_deictic(m: re.Match[str], ctx: DateContext) -> dict[str, Any] | None:
    word, pub = m.group(0), ctx.published
    days = {"今天": 0, "今日": 0, "今晚": 0, "今早": 0, "今晨": 0, "昨天": -1, "昨日": -1, "昨晚": -1,
            "明天": 1, "明日": 1, "前天": -2}
    if word.endswith("明两天"):  # 今明两天, 今（2月6日）明两天
        if pub is None:
            return _item(None, "interval", True)
        return _item(f"{pub.isoformat()}/{(pub + dt.timedelta(days=1)).isoformat()}", "interval", True)
    months = {"本月": 0, "这个月": 0, "当月": 0, "上个月": -1, "上月": -1, "下个月": 1, "下月": 1}
    if word in days:
        if pub is None:
            return _item(None, "day", True)
        return _item((pub + dt.timedelta(days=days[word])).isoformat(), "day", True)
    if pub is None:
        return _item(None, "month", True)
    y, mo = _shift_month(pub.year, pub.month, months[word])
    return _item(_ym(y, mo), "month", True)


def _build_relative_month_day(m: re.Match[str], ctx: DateContext) -> dict[str, Any] | None:
    pub = ctx.published
    d = parse_small_int(m.group("d"))
    if d is None:
        return None
    if pub is None:
        return _item(None, "day", True)
    shift = {"上个月": -1, "上月": -1, "下个月": 1, "下月": 1}.get(m.group("rel"), 0)
    y, mo = _shift_month(pub.year, pub.month, shift)
    return _item(f"{y:04d}-{mo:02d}-{d:02d}", "day", True) if _valid(y, mo, d) else None


def _build_year_range(m: re.Match[str], ctx: DateContext) -> dict[str, Any] | None:
    a, b = parse_small_int(m.group("y")), parse_small_int(m.group("y2"))
    if a is None or b is None or not 1000 <= a < b <= 2999:
        return None
    return _item(f"{a:04d}/{b:04d}", "interval", False)


_NOT_AFTER_DIGIT = r"(?<![\d０-９.])"


def _build_day_range(m: re.Match[str], ctx: DateContext) -> dict[str, Any] | None:
    pub = ctx.published
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if pub is None:
        return _item(None, "interval", True)
    if m.group("m"):
        mo = parse_small_int(m.group("m"))
        if mo is None:
            return None
        if m.group("y"):
            year = parse_small_int(m.group("y"))
        elif m.group("ry"):
            year = _rel_year(m.group("ry"), pub)
        else:
            year = _infer_year(mo, d1, ctx)
    else:
        shift = {"本月": 0, "上月": -1, "下月": 1}.get(m.group("rel") or "", 0)
        year, mo = _shift_month(pub.year, pub.month, shift)
    if year is None:
        return None
    year2, mo2 = year, mo
    if m.group("m2"):  # 9月29日至10月6日, 12月30日至1月2日
        mo2 = int(m.group("m2"))
        if mo2 < mo:
            year2 += 1
    if not (_valid(year, mo, d1) and _valid(year2, mo2, d2)) or (year2, mo2, d2) <= (year, mo, d1):
        return None
    return _item(f"{year:04d}-{mo:02d}-{d1:02d}/{year2:04d}-{mo2:02d}-{d2:02d}", "interval", True)


def _build_bare_day(m: re.Match[str], ctx: DateContext) -> dict[str, Any] | None:
    """20日 in a story of the 22nd: this month's 20th (or last month's, if still to come)."""
    pub = ctx.published
    d = int(m.group("d"))
    if pub is None:
        return _item(None, "day", True)
    year, mo = pub.year, pub.month
    if d > pub.day and not ctx.future.search(ctx.sentence) and not m.string.startswith(("起", "开始"), m.end()):
        year, mo = _shift_month(year, mo, -1)
    if not _valid(year, mo, d):
        return None
    return _item(f"{year:04d}-{mo:02d}-{d:02d}", "day", True)

RULES: tuple[PatternRule, ...] = (
    PatternRule(
        name="date.year_range",
        hints=("年",),
        field="dates",
        doc="A span of years: 2021年至2025年, 2021—2025年, 2022—2023年度.",
        pattern=re.compile(rf"{_NOT_AFTER_DIGIT}(?P<y>{_Y})年?(?:{_TO}|-)(?P<y2>{_Y})年(?:度)?"),
        build=_build_year_range,
        examples=(
            Example("2021年至2025年，全省将新建基站3万个。", {"value": "2021/2025"}),
            Example("2022—2023年度中国建设工程鲁班奖揭晓。", {"text": "2022—2023年度", "value": "2022/2023"}),
        ),
    ),
    PatternRule(
        name="date.absolute_day",
        hints=("年",),
        field="dates",
        doc="A full date: 2024年11月9日, 二〇二四年十一月九日.",
        pattern=re.compile(rf"{_NOT_AFTER_DIGIT}(?P<y>{_Y})年(?P<m>{_D})月(?P<d>{_D})[日号]"),
        build=_build_ymd,
        examples=(
            Example("2023年6月18日，第五届智博会在重庆开幕。", {"value": "2023-06-18"}),
            Example("二〇二四年十一月九日，大会召开。", {"value": "2024-11-09"}),
            Example("2023年2月30日的说法并不存在。", None),
        ),
    ),
    PatternRule(
        name="date.absolute_period",
        hints=("年",),
        field="dates",
        doc="A year with a month, months, quarter or half: 2023年5月, 2023年前三季度.",
        pattern=re.compile(rf"{_NOT_AFTER_DIGIT}(?P<y>{_Y})年(?:度)?{_PERIOD}"),
        build=lambda m, ctx: _period(parse_small_int(m.group("y")), m, relative=False),
        examples=(
            Example("2023年5月，浙江大学与宁波市签署协议。", {"value": "2023-05"}),
            Example("2023年前三季度，全市外贸进出口增长5%。", {"value": "2023-Q1/2023-Q3"}),
            Example("2022年上半年，营收达到12亿元。", {"value": "2022-H1"}),
            Example("预计2024年底具备通车条件。", {"value": "2024-12"}),
            Example("2024年1月―2月，我国对外非金融类直接投资同比增长10%。", {"value": "2024-01/2024-02"}),
        ),
    ),
    PatternRule(
        name="date.absolute_year",
        hints=("年",),
        field="dates",
        doc="A year: 2024年, 2024年度.",
        pattern=re.compile(rf"{_NOT_AFTER_DIGIT}(?P<y>{_Y})年(?:度)?(?![\d０-９]|[一二三四五六七八九十]{{1,3}}月|代)"),
        build=_build_y,
        examples=(
            Example("2022年，合肥市新增高新技术企业1800家。", {"value": "2022"}),
            Example("上世纪90年代以来，园区不断扩大。", None),
        ),
    ),
    PatternRule(
        name="date.relative_year",
        hints=("年",),
        field="dates",
        doc="今年/去年/明年, alone or with a month, day, months, quarter or half.",
        pattern=re.compile(rf"{_REL_YEAR}(?:(?P<since>以来)|{_PERIOD})?"),
        build=_build_rel_year,
        examples=(
            Example("今年3月，大赛正式启动。", {"value": "2024-03"}),
            Example("今年前8个月，全省出口增长6.1%。", {"value": "2024-01/2024-08"}, "2024-09-20"),
            Example("去年，苏州实现地区生产总值2.4万亿元。", {"value": "2023"}),
            Example("今年一季度，全市新签约项目120个。", {"value": "2024-Q1"}),
            Example("今年1至10月，进出口总值增长5%。", {"value": "2024-01/2024-10"}),
            Example("今年是联合国成立80周年。", {"value": "2025"}, "2025-06-26"),
            Example("今年以来，全国铁路发送旅客增长12%。", {"value": "2024"}),
            Example("进出口额较去年同期增长5%。", None),
            Example("2024全国网上年货节今天启动。", None),  # (网上|年货节: no 上年)
            Example("新疆铁路今年货物发送量突破2亿吨。", {"value": "2024"}),
        ),
    ),
    PatternRule(
        name="date.month_day",
        hints=("月", "季度", "半年"),
        field="dates",
        doc="A month-day, a month, months or a quarter without a year, resolved as the guideline says.",
        pattern=re.compile(
            rf"(?<![年\d０-９一二三四五六七八九十第])(?<!每年的)(?:{_PERIOD})"  # (每年的9月30日: every year's, no one day)
        ),
        build=_build_bare_period,
        examples=(
            Example("11月9日，论坛在嘉兴开幕。", {"value": "2024-11-09"}),
            Example("12月30日，项目集中签约。", {"value": "2023-12-30"}, "2024-01-05"),
            Example("美国9月15日前从尼日尔撤出全部驻军。", {"value": "2024-09-15"}, "2024-05-20"),
            Example("各省录取工作一般于7月上旬开始，8月底之前结束。", {"text": "8月底", "value": "2023-08"}, "2023-06-25"),
            Example("新规将于12月30日起施行。", {"value": "2024-12-30"}, "2024-10-05"),
            Example("即日起至3月底，在全国组织开展消防安全集中除患攻坚大整治行动。", {"value": "2024-03"}, "2024-01-27"),
            Example("巴黎奥运会开幕式定于7月26日晚举行。", {"value": "2024-07-26"}, "2024-03-09"),
            Example("下半年征兵8月15日开始，9月30日结束。", {"value": "2023-08-15"}, "2023-01-18"),
            Example("去年下半年，8月15日开始的活动吸引了游客。", {"value": "2022-08-15"}, "2023-01-18"),
            Example("2023年，采购指数持续处于景气区间，特别是下半年以来，其中12月为54.5%。", {"value": "2023-12"}, "2024-01-21"),
            Example("一季度，全省实际使用外资增长12%。", {"value": "2024-Q1"}, "2024-04-20"),
            Example("2023年，采购指数持续处于景气区间，特别是下半年以来，指数值连续上升。",
                    {"text": "下半年", "value": "2023-H2"}, "2024-01-21"),
            Example("下半年，经济将持续恢复。", {"value": "2024-H2"}, "2024-04-10"),
            Example("为期4个月的活动结束。", None),
            Example("2014年起，我国将每年的9月30日定为烈士纪念日。", None, "2024-04-05"),
            Example("行动将于7月至8月开展。", {"value": "2023-07/2023-08"}, "2023-07-07"),
            Example("12月至2月，北方进入采暖季。", {"value": "2023-12/2024-02"}, "2023-11-20"),
            Example("12月至2月，北方处于采暖季。", {"value": "2023-12/2024-02"}, "2024-02-10"),
            Example("1月—3月中旬，全国开展行动。", {"text": "3月中旬"}, "2024-03-24"),
            Example("与2019年相比，一季度增长5%。", {"text": "一季度", "value": "2024-Q1"}, "2024-04-24"),
        ),
    ),
    PatternRule(
        name="date.day_range",
        hints=("日", "号"),
        field="dates",
        doc="A span of days: 9月4日至6日, 本月21—22日, 9月29日至10月6日.",
        pattern=re.compile(
            rf"(?:(?P<rel>本月|上月|下月)|(?:{_NOT_AFTER_DIGIT}(?P<y>{_Y})年|(?P<ry>今年|明年|去年))?(?<![\d])(?P<m>{_D})月"
            r"|(?<![\d月]))(?P<d1>\d{1,2})[日号]?"
            rf"(?:{_TO}|~|～|持续到|一直到)(?:(?P<m2>1[0-2]|0?[1-9])月)?(?P<d2>\d{{1,2}})[日号]"
        ),
        build=_build_day_range,
        examples=(
            Example("峰会将于9月4日至6日在北京举行。", {"value": "2024-09-04/2024-09-06"}, "2024-09-01"),
            Example("比赛将于本月21—22日在福州举行。", {"value": "2023-06-21/2023-06-22"}, "2023-06-11"),
            Example("9月29日至10月6日，全国跨区域人员流动量累计21.97亿人次。", {"value": "2023-09-29/2023-10-06"}, "2023-10-06"),
            Example("展会将从本月7日持续到11日。", {"value": "2023-06-07/2023-06-11"}, "2023-06-07"),
            Example("第十五届全运会将于2025年11月9日至21日举行。", {"value": "2025-11-09/2025-11-21"}, "2024-11-09"),
            Example("进博会将于今年11月5日—10日在上海举办。", {"value": "2024-11-05/2024-11-10"}, "2024-07-27"),
        ),
    ),
    PatternRule(
        name="date.bare_day",
        hints=("日",),
        field="dates",
        doc="A day of the month alone: 国新办20日举行发布会.",
        pattern=re.compile(rf"(?<![\d月０-９.年到{_DASHES}~～])(?<!(?<!截)至)(?P<d>[1-9]|[12]\d|3[01])日(?![\d元])"),
        build=_build_bare_day,
        examples=(
            Example("国务院新闻办公室20日举行新闻发布会。", {"value": "2024-09-20"}, "2024-09-22"),
            Example("截至28日，累计发送旅客1.2亿人次。", {"value": "2024-01-28"}, "2024-02-02"),
            Example("新一轮强降雨28日起再次影响南方地区。", {"value": "2023-03-28"}, "2023-03-26"),
        ),
    ),
    PatternRule(
        name="date.relative_month_day",
        hints=("月",),
        field="dates",
        doc="A day of a month named relative to publication: 本月1日, 上月15日, 下个月3号.",
        # (not 当月15日: 当月 refers back to a month the text named)
        pattern=re.compile(rf"(?P<rel>本月|这个月|上个月|上月|下个月|下月)(?P<d>{_D})[日号](?![\d])"),
        build=_build_relative_month_day,
        examples=(
            Example("继本月1日中泰互免签证协定正式生效后再次扩容。", {"text": "本月1日", "value": "2024-03-01"}, "2024-03-17"),
            Example("上月15日，双方签署协议。", {"text": "上月15日", "value": "2024-02-15"}, "2024-03-17"),
            Example("本月底前完成。", None, "2024-03-17"),
        ),
    ),
    PatternRule(
        name="date.deictic",
        hints=("天", "日", "月", "晚", "早", "晨"),
        field="dates",
        doc="今天/昨天/本月/上个月 resolved against the publication date.",
        pattern=re.compile(
            r"今(?:天|日)?(?:（[^（）]{1,12}）)?明两天|今天|今日|今晚|今早|今晨|昨天|昨日|昨晚|明天|前天"
            r"|本月|这个月|当月|上个月|上月|下个月"
        ),
        build=_build_deictic,
        examples=(
            Example("第十四届中国航展今天闭幕。", {"value": "2022-11-13"}, "2022-11-13"),
            Example("上个月，全国铁路发送旅客3.2亿人次。", {"value": "2024-10"}),
            Example("今明两天，南方仍有强降雨。", {"value": "2023-06-11/2023-06-12"}, "2023-06-11"),
            Example("节目今晚播出。", {"value": "2024-01-27"}, "2024-01-27"),
        ),
    ),
    PatternRule(
        name="date.year_edge",
        hints=("年",),
        field="dates",
        doc="年底/年初 alone: the end or start of the publication year (预计年底建成通车, 较年初增长11.2%).",
        # (not 岁末年初, 青年初创, 二十五年初心, 大年初一, 来年初)
        pattern=re.compile(
            r"(?<![\d０-９零〇一二三四五六七八九十百千两今去明前上下本当该新过拜同每历近多往逐跨大年末青少来])"
            r"年(?P<edge>底|初)(?![一二三四五六七八九十创心衷步])"
        ),
        build=_build_year_edge,
        examples=(
            Example("黄茅海跨海通道预计年底建成通车。", {"text": "年底", "value": "2024-12"}, "2024-06-19"),
            Example("保险公司总资产35万亿元，较年初增长11.2%。", {"text": "年初", "value": "2024-01"}, "2024-11-23"),
            Example("大年初一，各地举办庙会。", None, "2024-02-10"),
            Example("2023年末，各项贷款余额较年初增长10.6%。", {"text": "年初", "value": "2023-01"}, "2024-01-13"),
            Example("全年基金收入8.2万亿元，年底累计结余7.4万亿元。", {"text": "年底", "value": "2022-12"}, "2023-01-18"),
            Example("多个产油国今日起自愿减产至年底。", {"text": "年底", "value": "2023-12"}, "2023-05-01"),
        ),
    ),
)
