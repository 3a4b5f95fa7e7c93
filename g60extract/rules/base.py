"""What a rule is: a small declarative object that carries its own examples.

Pattern rules (dates, statistics) pair a regex with a function that turns a match into a typed
value. Structural rules (agreements, initiatives, events) are functions over a sentence that
already has its entities. Either way a rule has a ``name`` recorded on everything it
produces, and ``examples``: sentences with the item the whole extractor must produce from them
(``expect``), or must not produce (``expect=None``). ``g60extract test-rules`` and the test
suite run every example as its own test case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

FieldName = Literal["organizations", "dates", "statistics", "agreements", "initiatives", "events"]
FIELDS: tuple[FieldName, ...] = (
    "organizations", "dates", "statistics", "agreements", "initiatives", "events",
)


@dataclass(frozen=True, slots=True)
class Example:
    """``text`` must yield an item of the rule's field matching ``expect`` (``None``: no item)."""

    text: str
    expect: Mapping[str, Any] | None
    published: str | None = "2024-11-25"


@dataclass(frozen=True)
class Rule:
    name: str
    field: FieldName
    doc: str
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True)
class PatternRule(Rule):
    """A regex and a function from a match to the item's fields (``None``: reject the match)."""

    pattern: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    build: Callable[[re.Match[str], Any], dict[str, Any] | None] = field(
        default=lambda m, ctx: None
    )
    # substrings one of which every match contains: a sentence without any skips the regex
    hints: tuple[str, ...] = ()

    def may_match(self, sentence: str) -> bool:
        return not self.hints or any(h in sentence for h in self.hints)

    def finditer(self, text: str, start: int, end: int) -> Iterable[re.Match[str]]:
        return self.pattern.finditer(text, start, end)


@dataclass(frozen=True)
class SentenceRule(Rule):
    """A function over one analysed sentence yielding items of ``field``."""

    apply: Callable[..., Iterable[Any]] = field(default=lambda sentence, ctx: ())
    # lexicon trigger lists one of whose words a sentence must contain for the rule to apply
    # (a cheap gate: most sentences trigger no rule); empty: always applies
    triggers: tuple[str, ...] = ()


def matches(expected: Mapping[str, Any], item: Mapping[str, Any]) -> bool:
    """Partial match: every expected key equals the item's (lists compare as sets)."""
    for key, want in expected.items():
        got = item.get(key)
        if isinstance(want, list) and isinstance(got, list):
            if {str(x) for x in want} != {str(x) for x in got}:
                return False
        elif isinstance(want, float | int) and isinstance(got, float | int):
            if abs(float(want) - float(got)) > 1e-9:
                return False
        elif want != got:
            return False
    return True
