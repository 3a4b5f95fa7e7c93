"""Numbers written in Arabic or Chinese numerals, with 万/亿 multipliers and vague quantities.

cn2an converts an isolated Chinese numeral core (二万 → 20000); it must never see running
text (it turns 长三角 into 长3角), so the regexes here isolate the core first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import cn2an

CN_DIGITS = "零〇一二两三四五六七八九十百千"
MULTIPLIERS = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3, "百": 10**2}
# A multiplier after the numeral: 2万, 3.5亿 (千 only after digits: 3千; 三千 is one numeral).

# One numeral: Arabic (with optional thousands commas / decimal point, full-width allowed)
# or Chinese; then an optional multiplier. No nested quantifiers.
# bounded repeats: a run of 50,000 digits costs each start position at most a few steps
ARABIC = r"\d{1,3}(?:[,，]\d{3}){1,5}(?:[.．]\d{1,8})?|\d{1,15}(?:[.．]\d{1,8})?"
CHINESE = rf"[{CN_DIGITS}]{{1,12}}"
NUMBER = rf"(?:{ARABIC}|{CHINESE})(?:万亿|亿|万|千)?"
# Vague quantities: 上千, 数百, 几十, 成千上万 … (value, qualifier)
VAGUE = {
    "成千上万": (1000, "more_than"),
    "上亿": (100_000_000, "more_than"),
    "数亿": (100_000_000, "more_than"),
    "上万": (10000, "more_than"),
    "上千": (1000, "more_than"),
    "上百": (100, "more_than"),
    "数万": (10000, "more_than"),
    "数千": (1000, "more_than"),
    "数百": (100, "more_than"),
    "数十": (10, "more_than"),
    "几万": (10000, "more_than"),
    "几千": (1000, "more_than"),
    "几百": (100, "more_than"),
    "几十": (10, "more_than"),
    "近百": (100, "nearly"),
    "近千": (1000, "nearly"),
    "近万": (10000, "nearly"),
    "近亿": (100_000_000, "nearly"),
}


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    value: float
    chinese: bool


@lru_cache(maxsize=4096)  # a few numerals (一, 两, 十, 2024) recur in every story; cn2an is slow
def parse_number(core: str) -> ParsedNumber | None:
    """Value of one numeral core such as '2万', '42.95', '十六', '1,200', '３００'."""
    s = unicodedata.normalize("NFKC", core).replace(",", "").replace("，", "")
    if not s:
        return None
    factor = 1
    for mult in ("万亿", "亿", "万", "千"):
        if s.endswith(mult) and len(s) > len(mult):
            head = s[: -len(mult)]
            # 三千 / 二十万 are whole Chinese numerals; 3千 / 2万 are digits times a multiplier.
            if head[-1].isdigit() or mult in ("万亿", "亿", "万"):
                factor, s = MULTIPLIERS[mult], head
            break
    if not s:
        return None
    if s[0].isdigit():
        try:
            return ParsedNumber(float(s) * factor, chinese=False)
        except ValueError:
            return None
    if s[0] in "千百万" and len(s) == 1:
        return ParsedNumber(float(MULTIPLIERS[s]) * factor, chinese=True)  # 千余场
    try:
        value = cn2an.cn2an(s.replace("两", "二"), "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return ParsedNumber(float(value) * factor, chinese=True)


def as_number(value: float) -> int | float:
    """An integer when the value is whole (300 rather than 300.0)."""
    return int(value) if float(value).is_integer() else value


_YEAR_CN = re.compile(r"[零〇一二三四五六七八九]{4}")


def parse_small_int(s: str) -> int | None:
    """Month/day/year numerals: '11', '十一', '二〇二四' (digit by digit), '１１'."""
    s = unicodedata.normalize("NFKC", s)
    if s.isdigit():
        return int(s)
    if _YEAR_CN.fullmatch(s):
        return int("".join(str("零一二三四五六七八九".index(c) if c != "〇" else 0) for c in s))
    parsed = parse_number(s)
    return int(parsed.value) if parsed else None
