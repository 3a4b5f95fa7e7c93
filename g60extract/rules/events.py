"""Event rules. Meetings are read from sentences ("X大会在Y举行"); signing, establishment,
launch, release, designation and award events are derived from the agreements and
initiatives found, one event per initiative and one signing event per signing date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from g60extract.ner.recognizer import SentenceView
from g60extract.rules.base import Example, SentenceRule
from g60extract.rules.context import ArticleContext, find_words

_NAME_LEFT_STOP = re.compile(r"[，,。；;：:、（）()“”]|在|于|举行|召开|出席|参加|期间|当天|今天|今日|昨天")
_PLACE = re.compile(r"在([^，,。；;在]{2,20}?)(?:隆重|盛大|正式|顺利|成功)?(?:举行|召开|举办|开幕|闭幕|落幕|启幕)")


def find_meetings(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    verbs = find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("meeting_verbs"))
    if not verbs:
        return
    heads = find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("meeting_heads"))
    for hs, he, head in heads:
        vs, ve, verb = next(((a, b, v) for a, b, v in verbs if a >= he), (None, None, None))
        if vs is None or vs - he > 24:
            continue
        # the name: from the last stop before the head, skipping dates
        start = s.start
        for m in _NAME_LEFT_STOP.finditer(ctx.text, s.start, hs):
            start = m.end()
        for d in s.of("DATE"):
            if d.start <= start < d.end or d.start == start:
                start = d.end
        name = ctx.text[start:he]
        if len(name) < 4 or len(name) > 60:
            continue
        place_m = _PLACE.search(ctx.text, he, ve + 2)
        date = None
        for d in s.of("DATE"):
            if d.attrs.get("value") and d.attrs.get("granularity") == "day":
                date = str(d.attrs["value"])
                break
        yield {"name": name, "span": (start, he), "trigger": (vs, ve), "verb": verb,
               "place": place_m.group(1) if place_m else None, "date": date}
        return


MEETINGS = SentenceRule(
    name="event.meeting",
    field="events",
    doc="A meeting, forum or expo held, with its date and place.",
    apply=find_meetings,
    examples=(
        Example("11月9日，2024长三角数字经济发展大会在嘉兴国际会展中心举行。",
                {"type": "meeting", "name": "2024长三角数字经济发展大会", "date": "2024-11-09",
                 "place": "嘉兴国际会展中心"}),
        Example("第十四届中国航展今天闭幕。", {"type": "meeting", "name": "第十四届中国航展", "date": "2022-11-13"},
                "2022-11-13"),
        Example("各地积极开展防汛演练。", None),
    ),
)

RULES = (MEETINGS,)
