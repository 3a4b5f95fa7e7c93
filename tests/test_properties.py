"""Property tests: whatever the text, a result or a G60Error, and offsets that hold."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from g60extract import Extractor
from g60extract.errors import G60Error

_PIECES = [
    "11月9日", "今年3月", "同比增长42.95%", "近300项", "上千家企业", "《合作备忘录》", "签署", "与",
    "、", "等单位分别与", "达成战略合作", "有限公司", "研究中心", "发起成立", "联盟", "会上", "，", "。",
    "\n", "１２个", "二〇二四年", "长三角", "G60", "政府", "（", "）", "“", "”", "万", "亿元", "免责声明",
]
TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(min_size=0, max_size=6)), min_size=0, max_size=40
).map("".join)
_EXTRACTOR: list[Extractor] = []


def _extractor() -> Extractor:
    if not _EXTRACTOR:
        _EXTRACTOR.append(Extractor())
    return _EXTRACTOR[0]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, published=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))))
def test_any_text_gives_a_result_or_a_clear_error(text: str, published: dt.date | None) -> None:
    try:
        r = _extractor().extract(text, published)
    except G60Error:
        assert not text.strip()
        return
    for o in r.organizations:
        for m in o.mentions:
            assert text[m.start : m.end] == m.text
    for d in r.dates:
        assert text[d.start : d.end] == d.text
    for s in r.statistics:
        assert text[s.start : s.end] == s.text
    for e in r.events:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
    for span in r.sentences:
        assert r.body.start <= span.start <= span.end <= r.body.end
    r.model_dump_json()
