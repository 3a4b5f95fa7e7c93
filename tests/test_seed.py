"""Acceptance on the seed article: every non-optional gold item is found, item by item, and
nothing forbidden or from after 免责声明 is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from g60extract.evaluation import GoldArticle, norm, relaxed
from g60extract.models import ExtractionResult

DATA = Path(__file__).resolve().parent.parent / "data"
SEED_ID = "000_40cff2c05ace707d"

GOLD = GoldArticle.load(DATA / "gold" / "dev" / f"{SEED_ID}.gold.json")
SAME = [frozenset(norm(s) for s in g) for g in GOLD.same_entity]


def _ids(items: list, key) -> list[str]:  # type: ignore[no-untyped-def]
    return [key(i) for i in items]


def _org_strings(r: ExtractionResult) -> list[str]:
    return [m.text for o in r.organizations for m in o.mentions]


@pytest.mark.parametrize("org", [o for o in GOLD.organizations if not o.optional], ids=lambda o: o.name)
def test_organization_found(seed_result: ExtractionResult, org) -> None:  # type: ignore[no-untyped-def]
    assert any(relaxed(org.name, s, SAME) for s in _org_strings(seed_result)), org.name


@pytest.mark.parametrize("date", [d for d in GOLD.dates if not d.optional], ids=lambda d: f"{d.text}={d.value}")
def test_date_found(seed_result: ExtractionResult, date) -> None:  # type: ignore[no-untyped-def]
    assert any(d.text == date.text and d.value == date.value for d in seed_result.dates)


@pytest.mark.parametrize("stat", [s for s in GOLD.statistics if not s.optional], ids=lambda s: s.text)
def test_statistic_found(seed_result: ExtractionResult, stat) -> None:  # type: ignore[no-untyped-def]
    hits = [s for s in seed_result.statistics if s.value == stat.value and s.unit == stat.unit]
    assert hits, stat.text
    s = hits[0]
    assert s.subject and relaxed(stat.subject.split(" (")[0], s.subject)
    for key in ("qualifier", "change", "basis"):
        want = getattr(stat, key)
        got = getattr(s, key)
        assert (got.value if got else None) == want, key


@pytest.mark.parametrize("agreement", [a for a in GOLD.agreements if not a.optional],
                         ids=lambda a: "+".join(a.parties))
def test_agreement_found(seed_result: ExtractionResult, agreement) -> None:  # type: ignore[no-untyped-def]
    def same(gp: list[str], pp: list[str]) -> bool:
        return len(gp) == len(pp) and all(any(relaxed(g, p, SAME) for p in pp) for g in gp)

    hits = [a for a in seed_result.agreements if same(agreement.parties, a.parties)]
    assert hits, agreement.parties
    assert hits[0].date == "2024-11-09"
    if agreement.title:
        assert hits[0].title == agreement.title


@pytest.mark.parametrize("initiative", [i for i in GOLD.initiatives if not i.optional], ids=lambda i: i.name)
def test_initiative_found(seed_result: ExtractionResult, initiative) -> None:  # type: ignore[no-untyped-def]
    hits = [i for i in seed_result.initiatives if relaxed(initiative.name, i.name)]
    assert hits, initiative.name
    assert hits[0].kind.value == initiative.kind or initiative.kind in ("platform", "base")
    for r in initiative.recipients:
        assert r in hits[0].recipients


@pytest.mark.parametrize("event", [e for e in GOLD.events if not e.optional], ids=lambda e: f"{e.type}:{e.name or e.object}")
def test_event_found(seed_result: ExtractionResult, event) -> None:  # type: ignore[no-untyped-def]
    target = event.name or event.object
    hits = [e for e in seed_result.events if e.type.value == event.type
            and (not target or any(relaxed(target, s) for s in (e.name, e.object) if s))]
    assert hits, (event.type, target)
    if event.date:
        assert hits[0].date == event.date
    if event.place:
        assert hits[0].place == event.place


def test_nothing_forbidden(seed_result: ExtractionResult) -> None:
    names = _org_strings(seed_result)
    for bad in GOLD.forbidden.get("organizations", []):
        assert bad not in names


def test_nothing_after_disclaimer(seed_result: ExtractionResult, seed_text: str) -> None:
    cut = seed_text.index("免责声明")
    assert seed_result.body.end <= cut
    starts = [m.start for o in seed_result.organizations for m in o.mentions]
    starts += [d.start for d in seed_result.dates] + [s.start for s in seed_result.statistics]
    starts += [e.trigger.start for e in seed_result.events]
    assert starts and max(starts) < cut


def test_only_one_signing_event(seed_result: ExtractionResult) -> None:
    assert [e.type.value for e in seed_result.events].count("signing") == 1


def test_metadata_line_parsed(seed_result: ExtractionResult) -> None:
    assert seed_result.article.source == "中新网上海"
    assert str(seed_result.article.published).startswith("2024-11-25")
