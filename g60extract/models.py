"""The output contract: typed, versioned, JSON-round-trippable models.

Every mention carries ``start``/``end`` character offsets into ``Article.text`` such that
``text[start:end]`` is the mention, and ``sentence``, the index of its sentence in
``ExtractionResult.sentences``. Field names follow ``ANNOTATION.md`` where they mean the same
thing. ``SCHEMA_VERSION`` changes whenever a field is renamed, removed or changes meaning (major)
or a field is added (minor).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION: Literal["1.1"] = "1.1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=False)


class OrgType(StrEnum):
    GOVERNMENT = "government"
    ENTERPRISE = "enterprise"
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    ASSOCIATION = "association"
    ALLIANCE = "alliance"
    PLATFORM = "platform"
    EXCHANGE = "exchange"
    INTERNATIONAL = "international_organization"
    MEDIA = "media"
    OTHER = "other"


class Qualifier(StrEnum):
    NEARLY = "nearly"
    ABOUT = "about"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"


class Change(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class Basis(StrEnum):
    YEAR_ON_YEAR = "year_on_year"
    MONTH_ON_MONTH = "month_on_month"


class Granularity(StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    INTERVAL = "interval"


class InitiativeKind(StrEnum):
    ALLIANCE = "alliance"
    PLATFORM = "platform"
    BASE = "base"
    DOCUMENT = "document"
    REPORT = "report"
    LIST = "list"
    COMPETITION = "competition"
    DESIGNATION = "designation"
    PROJECT = "project"
    OTHER = "other"


class EventType(StrEnum):
    MEETING = "meeting"
    SIGNING = "signing"
    ESTABLISHMENT = "establishment"
    LAUNCH = "launch"
    RELEASE = "release"
    DESIGNATION = "designation"
    AWARD = "award"
    OTHER = "other"


class Article(_Model):
    """An input article. ``text`` is what offsets refer to (for HTML input: the extracted text)."""

    id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | dt.datetime | None = None
    text: str

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


class TextSpan(_Model):
    """A stretch of the article text: ``text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> TextSpan:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class Mention(TextSpan):
    """A piece of evidence: the surface ``text`` at ``start:end`` in sentence ``sentence``."""

    text: str
    sentence: int = Field(ge=0)
    rule: str | None = Field(default=None, description="name of the rule that produced it")


class Organization(_Model):
    """One organisation of the article, its spellings merged."""

    id: str = Field(description="article-local id, e.g. 'O3'")
    name: str = Field(description="the fullest spelling used in the article")
    type: OrgType
    aliases: list[str] = Field(default_factory=list, description="other spellings, same entity")
    canonical: str | None = Field(
        default=None, description="entry of the alias table this resolves to, when known"
    )
    mentions: list[Mention]


class DateMention(Mention):
    """A time expression normalised against the publication date.

    ``value`` is ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Qn``, ``YYYY-Hn`` or an interval
    ``START/END``; ``None`` when it could not be resolved (no publication date).
    """

    value: str | None
    granularity: Granularity
    relative: bool = Field(description="resolved against the publication date (今年, 去年, 11月9日)")


class Statistic(Mention):
    """A reported quantity: ``value`` ``unit`` of ``subject``."""

    value: int | float
    value_max: int | float | None = Field(default=None, description="upper end of a range (40—50亿元): value is its lower end")
    unit: str | None
    subject: str | None = None
    subject_span: TextSpan | None = None
    qualifier: Qualifier | None = None
    change: Change | None = None
    basis: Basis | None = None


class Agreement(_Model):
    """An agreement signed or reached. ``parties`` as written; ids point at ``organizations``."""

    parties: list[str]
    party_ids: list[str | None] = Field(default_factory=list)
    title: str | None = Field(default=None, description="the agreement's name, without 《》")
    kind: str | None = Field(default=None, description="战略合作, 合作协议, 备忘录, 项目签约 …")
    verb: str | None = None
    date: str | None = None
    trigger: Mention


class Initiative(_Model):
    """Something founded, launched, published or conferred."""

    name: str
    kind: InitiativeKind
    action: str
    actors: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    date: str | None = None
    mention: Mention = Field(description="where the name stands")
    trigger: Mention


class Event(_Model):
    """An event tying the other items together, with its evidence sentence."""

    type: EventType
    name: str | None = None
    object: str | None = None
    date: str | None = None
    place: str | None = None
    arguments: dict[str, list[str]] = Field(
        default_factory=dict,
        description="the event's participants and objects by role: parties, agreements, actors, recipients, "
        "payloads (the craft a rocket launched carries); "
        "aliases holds the other wordings the story gives the same event or object (a headline's short form, "
        "进博会 beside 第七届中国国际进口博览会)",
    )
    trigger: Mention
    evidence: str = Field(description="the sentence the event was read from")


class ExtractionResult(_Model):
    """Everything extracted from one article."""

    # 1.1 added Statistic.value_max; results written as 1.0 still load
    schema_version: Literal["1.0", "1.1"] = SCHEMA_VERSION
    article: Article
    body: TextSpan = Field(description="the article body; boilerplate lies outside it")
    sentences: list[TextSpan]
    sections: list[TextSpan] = Field(
        default_factory=list,
        description="stories of the text: one for an article, several for a news bundle (联播快讯), "
        "each opened by its headline line",
    )
    organizations: list[Organization] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    initiatives: list[Initiative] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_text(self, index: int) -> str:
        span = self.sentences[index]
        return self.article.text[span.start : span.end]

    def summary(self) -> str:
        """A short human-readable digest (what the CLI prints)."""
        from g60extract.render import summary

        return summary(self)

    def __repr__(self) -> str:
        a = self.article
        head = " ".join((a.title or a.text[self.body.start : self.body.start + 20]).split())
        head = head if len(head) <= 30 else head[:29] + "…"
        return (
            f"<ExtractionResult{' ' + a.id if a.id else ''} {head!r}: {len(self.organizations)} orgs, "
            f"{len(self.agreements)} agreements, {len(self.initiatives)} initiatives, "
            f"{len(self.statistics)} statistics, {len(self.dates)} dates, "
            f"{len(self.events)} events>"
        )

    def _repr_html_(self) -> str:
        from g60extract.render import to_html

        return to_html(self)

    def to_frames(self) -> dict[str, Any]:
        """pandas DataFrames, one per kind, keyed by article id (needs the ``pandas`` extra)."""
        from g60extract.frames import to_frames

        return to_frames([self])


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``ExtractionResult``, the library's output contract."""
    return ExtractionResult.model_json_schema()
