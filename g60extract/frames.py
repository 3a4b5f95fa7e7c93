"""pandas DataFrames of results: one per kind, keyed by article id (needs the ``pandas`` extra).

    >>> frames = g60extract.to_frames(results)          # or result.to_frames()
    >>> frames["agreements"].explode("parties_canonical").parties_canonical.value_counts()
    >>> frames["statistics"].query("unit == '%' and change == 'increase'")

Kinds: ``organizations``, ``agreements``, ``initiatives``, ``statistics``, ``dates``, ``events``
(the columns of ``g60extract.tables.COLUMNS``), and ``articles`` (one row per article; a record
that failed, an ``ErrorRecord`` of ``extract_many(..., errors="yield")``, is a row there with
its ``error`` and nothing elsewhere). Every
frame starts with ``article_id`` and ``published`` (the article's publication date, for plots
over time). Beyond the shared table columns:

- organizations: ``canonical``, the organisation's name across the batch (``OrgResolver``);
- agreements: ``parties`` as a list, ``parties_canonical``, ``party_types`` (the org type of each
  party, ``None`` where the party is not a recognised organisation: a country, a place), the
  three aligned;
- initiatives: ``actors_canonical``, ``recipients_canonical``;
- statistics: ``unit_category`` (money, percent, count …, from the lexicon's units);
- dates: ``period_start`` and ``period_end``, the first and last day of the normalised value;
- agreements, initiatives, statistics, dates, events: ``rule``, the rule that produced the item.

Lists stay Python lists (``DataFrame.explode`` turns them into rows); enumerations are plain
strings; missing values are ``None``/``NaN``/``NaT``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from g60extract.lexicon import Lexicon
from g60extract.models import ExtractionResult
from g60extract.tables import COLUMNS, KINDS, flat_rows

if TYPE_CHECKING:
    import pandas as pd

    from g60extract.resolution import OrgResolver

ARTICLE_COLUMNS = ("article_id", "published", "title", "source", "url", "chars", "warnings", "error")

EXTRA_COLUMNS: dict[str, tuple[str, ...]] = {
    "agreements": ("party_types", "rule"),
    "initiatives": ("rule",),
    "statistics": ("unit_category", "rule"),
    "dates": ("period_start", "period_end", "rule"),
    "events": ("rule",),
}

_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$")


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "DataFrames need pandas: pip install 'g60extract[pandas]' (or use g60extract.tables.flat_rows)"
        ) from None
    return pandas


def period_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a normalised date value: ``2024``, ``2024-03``, ``2024-03-09``,
    ``2024-Q1``, ``2024-H2`` or an interval ``START/END``; ``(None, None)`` when unresolved."""
    if not value:
        return None, None
    if "/" in value:
        start, _, end = value.partition("/")
        return period_bounds(start)[0], period_bounds(end)[1]
    m = _PERIOD.match(value)
    if not m:
        return None, None
    year, month, day, quarter, half = m.groups()
    y = int(year)
    try:
        if day:
            d = dt.date(y, int(month), int(day))
            return d, d
        if month:
            mo = int(month)
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
        if quarter or half:
            months = 3 if quarter else 6
            first = (int(quarter or half) - 1) * months + 1
            last = first + months - 1
            return dt.date(y, first, 1), dt.date(y, last, calendar.monthrange(y, last)[1])
    except ValueError:
        return None, None
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _party_types(result: ExtractionResult) -> list[list[str | None]]:
    by_name: dict[str, str] = {}
    for o in result.organizations:
        for name in (o.name, *o.aliases):
            by_name.setdefault(name, o.type.value)
    return [[by_name.get(p) for p in a.parties] for a in result.agreements]


def to_frames(
    results: ExtractionResult | Iterable[Any],
    *,
    resolve: bool = True,
    resolver: OrgResolver | None = None,
    lexicon: Lexicon | None = None,
) -> dict[str, pd.DataFrame]:
    """DataFrames, one per kind, for one result or many.

    With ``resolve`` (the default) organisation spellings are resolved across the results by
    ``resolver`` (default: an ``OrgResolver`` over ``lexicon``, the shipped one unless given;
    pass ``extractor.lexicon`` so your own aliases count), which is fitted on their spellings.
    An article without an id is keyed by its position, ``"#0"``, ``"#1"`` ….
    """
    pandas = _pandas()
    if isinstance(results, ExtractionResult):
        results = [results]
    results = list(results)
    lexicon = lexicon or (resolver.lexicon if resolver is not None else Lexicon.default())
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
    articles: list[dict[str, Any]] = []
    for i, r in enumerate(results):
        if not isinstance(r, ExtractionResult):
            if not (hasattr(r, "code") and hasattr(r, "message")):
                raise TypeError(f"to_frames takes ExtractionResult objects, not {type(r).__name__}")
            articles.append({"article_id": getattr(r, "id", None) or f"#{i}",
                             "error": f"{r.code} {getattr(r, 'type', '')}: {r.message}"})
            continue
        aid = r.article.id or f"#{i}"
        published = r.article.published_date
        articles.append({
            "article_id": aid, "published": published, "title": r.article.title, "source": r.article.source,
            "url": r.article.url, "chars": len(r.article.text), "warnings": list(r.warnings), "error": None,
        })
        flat = flat_rows(r, article_id=aid)
        for row, types, a in zip(flat["agreements"], _party_types(r), r.agreements, strict=True):
            row["party_types"], row["rule"] = types, a.trigger.rule
        for row, init in zip(flat["initiatives"], r.initiatives, strict=True):
            row["rule"] = init.mention.rule
        for row, s in zip(flat["statistics"], r.statistics, strict=True):
            row["unit_category"] = lexicon.units.get(row["unit"]) if row["unit"] else None
            row["rule"] = s.rule
        for row, d in zip(flat["dates"], r.dates, strict=True):
            row["period_start"], row["period_end"] = period_bounds(row["value"])
            row["rule"] = d.rule
        for row, e in zip(flat["events"], r.events, strict=True):
            row["rule"] = e.trigger.rule
        for kind, kind_rows in flat.items():
            for row in kind_rows:
                row["published"] = published
            rows[kind].extend(kind_rows)

    frames: dict[str, pd.DataFrame] = {}
    for kind in KINDS:
        cols = ["article_id", "published", *(c for c in COLUMNS[kind] if c != "article_id"),
                *EXTRA_COLUMNS.get(kind, ())]
        frames[kind] = _typed(pandas, pandas.DataFrame(rows[kind], columns=cols))
    frames["articles"] = _typed(pandas, pandas.DataFrame(articles, columns=list(ARTICLE_COLUMNS)))
    if resolve:
        from g60extract.resolution import OrgResolver, resolve_frames, spellings

        if resolver is None:
            resolver = OrgResolver(lexicon)
        resolver.fit(spellings(r for r in results if isinstance(r, ExtractionResult)))
        resolve_frames(frames, resolver)
    return frames


def _typed(pandas: Any, frame: pd.DataFrame) -> pd.DataFrame:
    for col in ("published", "period_start", "period_end"):
        if col in frame:
            frame[col] = pandas.to_datetime(frame[col])
    for col in ("start", "end", "mentions"):
        if col in frame:
            frame[col] = frame[col].astype("int64")
    if "chars" in frame:
        frame["chars"] = frame["chars"].astype("Int64")  # missing for a failed record
    if "value" in frame and "unit" in frame:  # statistics (dates' value is a string)
        frame["value"] = frame["value"].astype("float64")
    if "relative" in frame:
        frame["relative"] = frame["relative"].astype("bool")
    return frame
