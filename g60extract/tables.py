"""Flat rows, one per extracted item, keyed by article id: the shape of DataFrames and of the
batch job's CSV/Parquet tables. Plain Python here; pandas only in ``frames``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from g60extract.models import ExtractionResult

KINDS = ("organizations", "agreements", "initiatives", "statistics", "dates", "events")

# Column order per kind (lists stay lists; CSV writers serialise them as JSON).
COLUMNS: dict[str, tuple[str, ...]] = {
    "organizations": ("article_id", "org_id", "name", "type", "aliases", "canonical", "mentions",
                      "start", "end"),
    "agreements": ("article_id", "parties", "title", "kind", "verb", "date", "start", "end", "sentence"),
    "initiatives": ("article_id", "name", "kind", "action", "actors", "recipients", "date", "start", "end"),
    "statistics": ("article_id", "text", "value", "unit", "subject", "qualifier", "change", "basis",
                   "start", "end"),
    "dates": ("article_id", "text", "value", "granularity", "relative", "start", "end"),
    "events": ("article_id", "type", "name", "object", "date", "place", "arguments", "evidence",
               "start", "end"),
}


def _enum(v: Any) -> Any:
    return getattr(v, "value", v)


def flat_rows(result: ExtractionResult, article_id: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Rows of every kind for one result."""
    aid = article_id or result.article.id
    text = result.article.text
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
    for o in result.organizations:
        first = o.mentions[0]
        rows["organizations"].append({
            "article_id": aid, "org_id": o.id, "name": o.name, "type": _enum(o.type),
            "aliases": list(o.aliases), "canonical": o.canonical, "mentions": len(o.mentions),
            "start": first.start, "end": first.end,
        })
    for a in result.agreements:
        sent = result.sentences[a.trigger.sentence]
        rows["agreements"].append({
            "article_id": aid, "parties": list(a.parties), "title": a.title, "kind": a.kind,
            "verb": a.verb, "date": a.date, "start": a.trigger.start, "end": a.trigger.end,
            "sentence": text[sent.start : sent.end],
        })
    for i in result.initiatives:
        rows["initiatives"].append({
            "article_id": aid, "name": i.name, "kind": _enum(i.kind), "action": i.action,
            "actors": list(i.actors), "recipients": list(i.recipients), "date": i.date,
            "start": i.mention.start, "end": i.mention.end,
        })
    for s in result.statistics:
        rows["statistics"].append({
            "article_id": aid, "text": s.text, "value": s.value, "unit": s.unit, "subject": s.subject,
            "qualifier": _enum(s.qualifier), "change": _enum(s.change), "basis": _enum(s.basis),
            "start": s.start, "end": s.end,
        })
    for d in result.dates:
        rows["dates"].append({
            "article_id": aid, "text": d.text, "value": d.value, "granularity": _enum(d.granularity),
            "relative": d.relative, "start": d.start, "end": d.end,
        })
    for e in result.events:
        rows["events"].append({
            "article_id": aid, "type": _enum(e.type), "name": e.name, "object": e.object, "date": e.date,
            "place": e.place, "arguments": dict(e.arguments), "evidence": e.evidence,
            "start": e.trigger.start, "end": e.trigger.end,
        })
    return rows


def rows_of_many(results: Iterable[ExtractionResult]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
    for r in results:
        for kind, rows in flat_rows(r).items():
            out[kind].extend(rows)
    return out
