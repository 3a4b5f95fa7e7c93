"""Human-readable views of a result: the terminal summary and the notebook HTML.

Article text is untrusted: everything it contributes to HTML goes through ``html.escape``.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from g60extract.models import ExtractionResult

_COLOURS = {"organization": "#aee4ff", "date": "#ffe3a3", "statistic": "#c9f2c7",
            "agreement": "#f5c6ff", "initiative": "#ffc9c9"}


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
        f"{' + '.join(ag.parties) or '?'}: {('《' + ag.title + '》') if ag.title else ag.kind} ({ag.verb}, {ag.date or '?'})"
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


def _marks(r: ExtractionResult) -> list[tuple[int, int, str, str]]:
    marks = [(mm.start, mm.end, "organization", o.type.value) for o in r.organizations for mm in o.mentions]
    marks += [(d.start, d.end, "date", d.value or "?") for d in r.dates]
    marks += [(s.start, s.end, "statistic", f"{s.value:g} {s.unit or ''}") for s in r.statistics]
    marks += [(i.mention.start, i.mention.end, "initiative", i.kind.value) for i in r.initiatives]
    return marks


def highlighted_text(r: ExtractionResult) -> str:
    """The body with every mention wrapped in a ``<mark>``; nested mentions are kept whole."""
    text = r.article.text
    marks = sorted(_marks(r), key=lambda m: (m[0], -m[1]))
    out, pos, open_end = [], r.body.start, -1
    for start, end, kind, label in marks:
        if start < pos or start < open_end:
            continue  # overlaps a mark already drawn
        out.append(html.escape(text[pos:start]))
        colour = _COLOURS[kind]
        out.append(
            f'<mark class="g60-{kind}" title="{html.escape(kind)}: {html.escape(label)}" '
            f'style="background:{colour};padding:0 2px;border-radius:3px">{html.escape(text[start:end])}'
            f'<sub style="font-size:60%;margin-left:2px">{html.escape(kind[:3].upper())}</sub></mark>'
        )
        pos = open_end = end
    out.append(html.escape(text[pos:r.body.end]))
    return "".join(out).replace("\n", "<br>\n")


def to_html(r: ExtractionResult) -> str:
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in (
            e.type.value, e.name or e.object or "", e.date or "", e.place or "",
            "; ".join(f"{k}: {', '.join(v)}" for k, v in e.arguments.items()),
        )) + "</tr>"
        for e in r.events
    )
    legend = " ".join(f'<mark style="background:{c}">{k}</mark>' for k, c in _COLOURS.items())
    return (
        '<div class="g60-result">'
        f"<h4>{html.escape(r.article.title or r.article.id or 'Extraction result')}</h4>"
        f"<p>{legend}</p>"
        f'<div style="line-height:2;max-height:40em;overflow:auto">{highlighted_text(r)}</div>'
        "<table><thead><tr><th>event</th><th>name/object</th><th>date</th><th>place</th>"
        f"<th>arguments</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
