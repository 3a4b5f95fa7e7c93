"""User rules, loaded from JSON files or registered in code, without forking the library.

A file holds ``{"rules": [...]}``; each rule is a regex with named groups, the field it fills
(``initiatives`` or ``events``), fixed values for the rest, and examples::

    {"name": "initiative.pilot_zone", "field": "initiatives",
     "pattern": "获批(?P<name>[^，。]{2,30}?(?:试验区|示范区))",
     "kind": "designation", "action": "获批",
     "examples": [{"text": "嘉兴获批国家数字经济创新发展试验区。",
                   "expect": {"name": "国家数字经济创新发展试验区"}}]}

Named groups: ``name`` (required for initiatives), ``actor`` and ``recipient`` (initiatives),
``name``, ``object`` and ``place`` (events). The same rule can be registered in code as a
:class:`UserRule` (or its dict) with ``Extractor(rules=[...])`` or ``Extractor.add_rule``.

User patterns run with the ``regex`` module and a time limit per sentence, so a pattern that
backtracks badly fails loudly instead of hanging a batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from g60extract.errors import ConfigError
from g60extract.models import EventType, InitiativeKind
from g60extract.ner.recognizer import SentenceView
from g60extract.rules.base import Example, SentenceRule
from g60extract.rules.context import ArticleContext

PATTERN_TIMEOUT = 0.5  # seconds per sentence


class ExampleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    expect: dict[str, Any] | None
    published: str | None = "2024-11-25"


class UserRule(BaseModel):
    """One user rule, as written in a rules file or built in code."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[\w.\-]+$")
    field: Literal["initiatives", "events"]
    pattern: str
    kind: InitiativeKind | None = None
    type: EventType | None = None
    action: str | None = None
    doc: str = ""
    examples: list[ExampleSpec] = Field(default_factory=list)


UserRuleSpec = UserRule  # the name used before rules could be registered in code


def _compile(spec: UserRule) -> regex.Pattern[str]:
    try:
        pattern = regex.compile(spec.pattern)
    except regex.error as exc:
        raise ConfigError(f"rule {spec.name!r}: bad pattern: {exc}") from None
    group = "name" if spec.field == "initiatives" else None
    if group and group not in pattern.groupindex:
        raise ConfigError(f"rule {spec.name!r}: pattern needs a named group (?P<name>…)")
    return pattern


def make_rule(spec: UserRule) -> SentenceRule:
    pattern = _compile(spec)

    def apply(s: SentenceView, ctx: ArticleContext) -> Iterator[dict[str, Any]]:
        try:
            found = list(pattern.finditer(ctx.text, s.start, s.end, timeout=PATTERN_TIMEOUT))
        except TimeoutError:
            raise ConfigError(f"rule {spec.name!r}: pattern timed out on sentence {s.index}") from None
        for m in found:
            groups = {k: v for k, v in m.groupdict().items() if v}
            if spec.field == "initiatives":
                yield {
                    "name": groups["name"], "kind": (spec.kind or InitiativeKind.OTHER).value,
                    "action": spec.action or m.group(0)[:4], "span": m.span("name"),
                    "trigger": m.span(), "date": ctx.event_date(s),
                    "actors": [groups["actor"]] if "actor" in groups else [],
                    "recipients": [groups["recipient"]] if "recipient" in groups else [],
                }
            else:
                yield {
                    "type": (spec.type or EventType.OTHER).value, "name": groups.get("name"),
                    "object": groups.get("object"), "place": groups.get("place"),
                    "date": ctx.event_date(s), "trigger": m.span(),
                }

    return SentenceRule(
        name=spec.name, field=spec.field, doc=spec.doc, apply=apply,
        examples=tuple(Example(e.text, e.expect, e.published) for e in spec.examples),
    )


def load_rule_specs(path: str | Path) -> list[UserRule]:
    """The rules of a rules file, validated but not compiled."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return [UserRule.model_validate(r) for r in data["rules"]]
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ConfigError(f"cannot read rules file {path}: {exc}") from None
    except ValidationError as exc:
        raise ConfigError(f"invalid rule in {path}: {exc}") from None


def load_user_rules(path: str | Path) -> list[SentenceRule]:
    return [make_rule(s) for s in load_rule_specs(path)]


RuleLike = UserRule | Mapping[str, Any] | SentenceRule


def as_rule(rule: RuleLike) -> SentenceRule:
    """A rule to register in code: a :class:`UserRule`, its dict, or a ready ``SentenceRule``
    (a function over analysed sentences, as the shipped relation rules are)."""
    if isinstance(rule, SentenceRule):
        if rule.field not in ("agreements", "initiatives", "events"):
            raise ConfigError(f"rule {rule.name!r}: sentence rules fill agreements, initiatives or events")
        return rule
    if isinstance(rule, Mapping):
        try:
            rule = UserRule.model_validate(dict(rule))
        except ValidationError as exc:
            raise ConfigError(f"invalid rule: {exc}") from None
    if isinstance(rule, UserRule):
        return make_rule(rule)
    raise ConfigError(f"not a rule: {type(rule).__name__} (expected UserRule, dict or SentenceRule)")
