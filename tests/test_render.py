"""The notebook HTML view and the terminal repr: valid markup, every mention shown, text escaped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from g60extract import models as m
from g60extract.render import highlighted_text, marks, to_html


def _mentions(r: m.ExtractionResult) -> list[m.Mention]:
    """Every Mention object of the result, wherever it sits."""
    out: list[m.Mention] = [mm for o in r.organizations for mm in o.mentions]
    out += [*r.dates, *r.statistics]
    out += [a.trigger for a in r.agreements]
    out += [x for i in r.initiatives for x in (i.mention, i.trigger)]
    out += [e.trigger for e in r.events]
    return out


def _pieces(markup: str) -> dict[str, dict[str, Any]]:
    """Mark id → its kind, offsets and the text its pieces show (labels left out)."""
    root = ET.fromstring(markup)  # raises unless well-formed
    found: dict[str, dict[str, Any]] = {}

    def walk(el: ET.Element, active: list[str]) -> None:
        cls = el.get("class", "")
        if "g60-label" in cls:
            return
        if "g60-mark" in cls:
            mid = el.get("data-mid", "")
            active = [*active, mid]
            info = found.setdefault(mid, {"kind": el.get("data-kind"), "start": int(el.get("data-start", -1)),
                                          "end": int(el.get("data-end", -1)), "text": "", "pieces": 0})
            info["pieces"] += 1
        for mid in active:
            found[mid]["text"] += el.text or ""
        for child in el:
            walk(child, active)
            for mid in active:
                found[mid]["text"] += child.tail or ""

    walk(root, [])
    return found


def _lines(text: str) -> str:
    """Runs of newlines are shown as one line break."""
    return re.sub(r"\n+", "\n", text)


def _shown_spans(markup: str) -> set[tuple[int, int, str]]:
    return {(p["start"], p["end"], _lines(p["text"])) for p in _pieces(markup).values()}


def _visible(markup: str) -> str:
    """The text a reader sees in the highlighted view, labels left out."""
    def inner(el: ET.Element) -> str:
        shown = "" if "g60-label" in el.get("class", "") else (el.text or "")
        return shown + "".join(("" if "g60-label" in c.get("class", "") else inner(c)) + (c.tail or "") for c in el)

    return inner(ET.fromstring(f"<div>{markup}</div>"))


def test_seed_html_is_valid_and_shows_every_mention(seed_result: m.ExtractionResult) -> None:
    markup = seed_result._repr_html_()
    shown = _shown_spans(markup)
    mentions = _mentions(seed_result)
    assert len(mentions) > 50
    for mention in mentions:
        assert (mention.start, mention.end, _lines(mention.text)) in shown, mention


def test_nested_mentions_are_kept(seed_result: m.ExtractionResult) -> None:
    pieces = _pieces(to_html(seed_result)).values()
    inits = [p for p in pieces if p["kind"] == "initiative"]
    orgs = [p for p in pieces if p["kind"] == "organization"]
    nested = [(i, o) for i in inits for o in orgs if i["start"] <= o["start"] and o["end"] <= i["end"]]
    assert nested  # e.g. 长三角G60科创走廊 inside the 若干举措' title
    for i, o in nested:
        assert o["text"] in i["text"]


def test_events_table_has_a_row_per_event(seed_result: m.ExtractionResult) -> None:
    root = ET.fromstring(to_html(seed_result))
    table = next(t for t in root.iter("table") if t.get("class") == "g60-events")
    rows = table.findall("./tbody/tr")
    assert [r[0].text for r in rows] == [e.type.value for e in seed_result.events]


def _result(text: str, orgs: list[tuple[int, int]], dates: list[tuple[int, int]] = (),  # type: ignore[assignment]
            title: str | None = None) -> m.ExtractionResult:
    def mention(s: int, e: int) -> dict[str, Any]:
        return {"text": text[s:e], "start": s, "end": e, "sentence": 0}

    return m.ExtractionResult(
        article=m.Article(text=text, title=title), body=m.TextSpan(start=0, end=len(text)),
        sentences=[m.TextSpan(start=0, end=len(text))],
        organizations=[m.Organization(id=f"O{i}", name=text[s:e], type=m.OrgType.OTHER, mentions=[mention(s, e)])
                       for i, (s, e) in enumerate(orgs)],
        dates=[m.DateMention(**mention(s, e), value=None, granularity=m.Granularity.DAY, relative=False)
               for s, e in dates],
    )


def test_crossing_mentions_are_split_not_dropped() -> None:
    text = "甲乙丙丁戊己庚辛"
    r = _result(text, orgs=[(0, 5)], dates=[(3, 8)])
    pieces = _pieces(to_html(r))
    by_kind = {p["kind"]: p for p in pieces.values()}
    assert by_kind["organization"]["text"] == text[0:5]
    assert by_kind["date"]["text"] == text[3:8]
    assert by_kind["date"]["pieces"] == 2  # split at the organisation's end


def test_untrusted_text_is_escaped() -> None:
    text = '<script>alert("x")</script> & <b onmouseover="evil()">北京大学</b>'
    start = text.index("北京大学")
    r = _result(text, orgs=[(start, start + 4)], title="<img src=x onerror=alert(1)>")
    markup = to_html(r)
    assert "<script>" not in markup
    assert "<img" not in markup
    assert "<b " not in markup
    ET.fromstring(markup)
    assert _shown_spans(markup) == {(start, start + 4, "北京大学")}


def test_marks_merge_a_signing_event_into_its_agreement(seed_result: m.ExtractionResult) -> None:
    ms = marks(seed_result)
    spans = [(x.start, x.end, x.kind) for x in ms]
    assert len(spans) == len(set(spans))
    signing = next(e for e in seed_result.events if e.type == m.EventType.SIGNING)
    agreement_mark = next(x for x in ms if (x.start, x.end) == (signing.trigger.start, signing.trigger.end))
    assert agreement_mark.kind == "agreement"
    assert any(note.startswith("event (signing)") for note in agreement_mark.notes)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_spans_render_whole(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet="中国<&>\"'ab\n", min_size=1, max_size=30))
    span = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted).filter(lambda t: t[0] < t[1])
    orgs = data.draw(st.lists(span, max_size=6))
    dates = data.draw(st.lists(span, max_size=6))
    r = _result(text, orgs=[tuple(s) for s in orgs], dates=[tuple(s) for s in dates])
    markup = to_html(r)
    shown = _shown_spans(markup)
    for s, e in [*orgs, *dates]:
        assert (s, e, _lines(text[s:e])) in shown
    assert _lines(_visible(highlighted_text(r))) == _lines(text)


def test_repr_is_one_short_line(seed_result: m.ExtractionResult) -> None:
    text = repr(seed_result)
    assert "\n" not in text
    assert len(text) < 160
    assert "9 agreements" in text
    assert "当前位置" not in text  # the story, not the page's navigation
    long_title = _result("文本", orgs=[], title="很长的标题\n" * 20)
    assert "\n" not in repr(long_title)
    assert len(repr(long_title)) < 160


@pytest.mark.parametrize("kind", ["organization", "date", "statistic", "agreement", "initiative", "event"])
def test_legend_names_every_kind(seed_result: m.ExtractionResult, kind: str) -> None:
    assert f"g60-{kind}" in to_html(seed_result)
