"""Human-readable views of a result: the terminal summary and the notebook HTML.

The HTML (``to_html``, a result's ``_repr_html_``) shows the article body with every mention
highlighted by kind, in the manner of spaCy's displacy span view: nested mentions (an
organisation inside an initiative's name) are drawn inside each other, each with its own
underline, and mentions that cross are split, so none is dropped. Below come the events as a
table and, folded, the agreements, initiatives and statistics.

Article text is untrusted: everything it contributes goes through ``html.escape``. The markup
is well-formed XHTML with inline styles only (no ``<style>``, no scripts), so Jupyter's
sanitiser keeps it and an XML parser can check it. Every mark carries ``data-kind``,
``data-start`` and ``data-end`` (offsets into the article text) and ``data-mid``, shared by the
pieces of a mention that had to be split.
"""

from __future__ import annotations

import heapq
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

# characters XML forbids (NUL, vertical tab …): replaced so the output stays well-formed
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _esc(text: str) -> str:
    return html.escape(_CONTROL.sub("\ufffd", text))


if TYPE_CHECKING:
    from g60extract.models import ExtractionResult

# kind → (background, underline, label); the order is the nesting order for equal spans
KINDS: dict[str, tuple[str, str, str]] = {
    "initiative": ("#ffd6d6", "#d9534f", "INIT"),
    "agreement": ("#f3d1ff", "#9b4dca", "AGR"),
    "event": ("#e4e4e4", "#777777", "EVT"),
    "statistic": ("#d2f5cf", "#3c9a35", "STAT"),
    "date": ("#ffe9b3", "#d19a00", "DATE"),
    "organization": ("#cdeeff", "#1f8dd6", "ORG"),
}
_ORDER = {kind: i for i, kind in enumerate(KINDS)}


def summary(r: ExtractionResult) -> str:
    a = r.article
    lines = [f"{a.title or a.id or '(article)'}  published={a.published or '?'}  source={a.source or '?'}"]

    def section(name: str, rows: list[str]) -> None:
        lines.append(f"\n{name} ({len(rows)})")
        lines.extend(f"  - {row}" for row in rows)

    section("Organizations", [
        f"{o.name} [{o.type.value}]" + (f" = {', '.join(o.aliases)}" if o.aliases else "")
        for o in r.organizations
    ])
    section("Agreements", [
        f"{' + '.join(ag.parties) or '?'}: {('《' + ag.title + '》') if ag.title else ag.kind}"
        f" ({ag.verb}, {ag.date or '?'})"
        for ag in r.agreements
    ])
    section("Initiatives", [
        f"[{i.kind.value}] {i.name} ({i.action}"
        + (f"; by {', '.join(i.actors)}" if i.actors else "")
        + (f"; to {', '.join(i.recipients)}" if i.recipients else "") + ")"
        for i in r.initiatives
    ])
    section("Statistics", [
        f"{s.text}: {s.qualifier.value + ' ' if s.qualifier else ''}{s.value:g} {s.unit or ''}"
        + (f" of {s.subject}" if s.subject else "")
        + (f" ({s.change.value}{', ' + s.basis.value if s.basis else ''})" if s.change else "")
        for s in r.statistics
    ])
    section("Dates", [f"{d.text} → {d.value or '(unresolved)'}" for d in r.dates])
    section("Events", [
        f"{e.type.value}: {e.name or e.object or ''} {e.date or ''} {('@ ' + e.place) if e.place else ''}".rstrip()
        for e in r.events
    ])
    if r.warnings:
        section("Warnings", r.warnings)
    return "\n".join(lines)


# -- marks --------------------------------------------------------------------------------------
@dataclass
class Mark:
    """One highlighted mention: ``text[start:end]`` of ``kind``, explained by ``notes``."""

    start: int
    end: int
    kind: str
    notes: list[str] = field(default_factory=list)
    mid: str = ""


def marks(r: ExtractionResult) -> list[Mark]:
    """Every mention of the result as a mark; one mark per span and kind (an agreement's trigger
    that is also its signing event's is one ``agreement`` mark noting both)."""
    found: dict[tuple[int, int, str], Mark] = {}

    def add(start: int, end: int, kind: str, note: str) -> None:
        if kind == "event" and (start, end, "agreement") in found:
            kind = "agreement"
        mark = found.setdefault((start, end, kind), Mark(start, end, kind))
        if note not in mark.notes:
            mark.notes.append(note)

    for o in r.organizations:
        for mm in o.mentions:
            add(mm.start, mm.end, "organization", f"organization {o.id}: {o.name} ({o.type.value})")
    for d in r.dates:
        add(d.start, d.end, "date", f"date: {d.value or 'unresolved'} ({d.granularity.value})")
    for s in r.statistics:
        add(s.start, s.end, "statistic",
            f"statistic: {s.qualifier.value + ' ' if s.qualifier else ''}{s.value:g} {s.unit or ''}"
            + (f" of {s.subject}" if s.subject else ""))
    for a in r.agreements:
        add(a.trigger.start, a.trigger.end, "agreement",
            f"agreement: {' + '.join(a.parties) or '?'}: {a.title or a.kind or ''} ({a.date or 'undated'})")
    for i in r.initiatives:
        add(i.mention.start, i.mention.end, "initiative", f"initiative ({i.kind.value}): {i.name}")
        add(i.trigger.start, i.trigger.end, "event", f"{i.action}: {i.name}")
    for e in r.events:
        add(e.trigger.start, e.trigger.end, "event", f"event ({e.type.value}): {e.name or e.object or ''}".rstrip(": "))
    out = sorted(found.values(), key=lambda m: (m.start, -m.end, _ORDER[m.kind]))
    for n, mark in enumerate(out):
        mark.mid = f"m{n}"
    return out


@dataclass
class _Node:
    start: int
    end: int
    mark: Mark | None = None
    last_piece: bool = True
    children: list[_Node] = field(default_factory=list)

    def height(self) -> int:
        return 1 + max((c.height() for c in self.children), default=0)


def _tree(ms: Sequence[Mark], start: int, end: int) -> _Node:
    """Nest the marks; a mark crossing the end of an enclosing one is split at that end."""
    root = _Node(start, end)
    stack = [root]
    heap = [(m.start, -m.end, _ORDER[m.kind], n, m.start, m) for n, m in enumerate(ms)]
    heapq.heapify(heap)
    while heap:
        s, neg_end, order, n, _, mark = heapq.heappop(heap)
        e = -neg_end
        while len(stack) > 1 and stack[-1].end <= s:
            stack.pop()
        top = stack[-1]
        if e > top.end and top is not root:
            heapq.heappush(heap, (top.end, -e, order, n, s, mark))  # the rest, after the enclosing mark
            e = top.end
        node = _Node(s, e, mark, last_piece=e == mark.end)
        top.children.append(node)
        stack.append(node)
    return root


_NEWLINES = re.compile(r"\n+")


def _text(chunk: str) -> str:
    return _NEWLINES.sub("<br/>\n", _esc(chunk))


def _render(node: _Node, text: str) -> str:
    out, pos = [], node.start
    for child in node.children:
        out.append(_text(text[pos:child.start]))
        out.append(_render_mark(child, text))
        pos = child.end
    out.append(_text(text[pos:node.end]))
    return "".join(out)


def _render_mark(node: _Node, text: str) -> str:
    assert node.mark is not None
    m = node.mark
    bg, line, label = KINDS[m.kind]
    pad = 2 + 5 * (node.height() - 1)
    style = (f"background:{bg};border-bottom:2px solid {line};padding:1px 1px {pad}px;"
             "border-radius:3px;margin:0 1px")
    inner = _render(node, text)
    if node.last_piece:
        inner += (f'<span class="g60-label" style="font-size:55%;font-weight:bold;color:{line};'
                  f'margin-left:2px;vertical-align:super">{label}</span>')
    return (f'<span class="g60-mark g60-{m.kind}" data-mid="{m.mid}" data-kind="{m.kind}" '
            f'data-start="{m.start}" data-end="{m.end}" title="{_esc("; ".join(m.notes))}" '
            f'style="{style}">{inner}</span>')


def highlighted_text(r: ExtractionResult) -> str:
    """The body with every mention highlighted (nested mentions inside each other)."""
    ms = marks(r)
    start = min([r.body.start, *(m.start for m in ms)])
    end = max([r.body.end, *(m.end for m in ms)])
    return _render(_tree(ms, start, end), r.article.text)


# -- tables -------------------------------------------------------------------------------------
def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], cls: str) -> str:
    cell = "border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top"
    head = "".join(f'<th style="{cell};background:#f4f4f4">{_esc(h)}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td style="{cell}">{_esc(_cell(c))}</td>' for c in row) + "</tr>"
        for row in rows
    )
    return (f'<table class="{cls}" style="border-collapse:collapse;font-size:90%;margin:4px 0">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(getattr(value, "value", value))


def _folded(title: str, count: int, table: str) -> str:
    return (f'<details style="margin:4px 0"><summary style="cursor:pointer">{_esc(title)} ({count})</summary>'
            f"{table}</details>")


def to_html(r: ExtractionResult) -> str:
    """The notebook view of one result (see the module's docstring)."""
    a = r.article
    meta = " · ".join(_esc(str(x)) for x in (a.id, a.published_date, a.source) if x)
    counts = [("organization", "organizations", len(r.organizations)), ("agreement", "agreements", len(r.agreements)),
              ("initiative", "initiatives", len(r.initiatives)), ("statistic", "statistics", len(r.statistics)),
              ("date", "dates", len(r.dates)), ("event", "events", len(r.events))]
    legend = " ".join(
        f'<span style="background:{KINDS[kind][0]};border-bottom:2px solid {KINDS[kind][1]};padding:0 4px;'
        f'border-radius:3px">{KINDS[kind][2]} {name} {n}</span>'
        for kind, name, n in counts
    )
    events = _table(
        ("event", "name / object", "date", "place", "arguments"),
        ((e.type.value, e.name or e.object, e.date, e.place,
          "; ".join(f"{k}: {', '.join(v)}" for k, v in e.arguments.items())) for e in r.events),
        "g60-events",
    )
    agreements = _table(
        ("parties", "title / kind", "verb", "date"),
        ((ag.parties, ag.title or ag.kind, ag.verb, ag.date) for ag in r.agreements), "g60-agreements",
    )
    initiatives = _table(
        ("kind", "name", "action", "actors", "recipients", "date"),
        ((i.kind, i.name, i.action, i.actors, i.recipients, i.date) for i in r.initiatives), "g60-initiatives",
    )
    statistics = _table(
        ("text", "qualifier", "value", "unit", "subject", "change", "basis"),
        ((s.text, s.qualifier, s.value, s.unit, s.subject, s.change, s.basis) for s in r.statistics),
        "g60-statistics",
    )
    warnings = "".join(f'<p style="color:#a94442;margin:2px 0">⚠ {_esc(w)}</p>' for w in r.warnings)
    return (
        '<div class="g60-result" style="font-family:sans-serif;max-width:60em">'
        f'<div style="font-weight:bold;font-size:110%">{_esc(a.title or a.id or "Extraction result")}</div>'
        f'<div style="color:#666;font-size:90%">{meta}</div>{warnings}'
        f'<div style="margin:6px 0;font-size:85%">{legend}</div>'
        '<div class="g60-text" style="line-height:2.6;max-height:36em;overflow:auto;border:1px solid #eee;'
        f'padding:6px 8px">{highlighted_text(r)}</div>'
        f'<div style="margin-top:6px;font-weight:bold">Events ({len(r.events)})</div>{events}'
        f"{_folded('Agreements', len(r.agreements), agreements)}"
        f"{_folded('Initiatives', len(r.initiatives), initiatives)}"
        f"{_folded('Statistics', len(r.statistics), statistics)}"
        "</div>"
    )
