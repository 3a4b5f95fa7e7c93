"""Running rules' examples as tests: the library's own rules and users' rule files.

``check_example`` runs the whole extractor on an example sentence and looks, in the rule's
field, for an item produced by that rule and matching the example's expectation (or, for a
negative example, for no item of that rule). ``g60extract test-rules PATH [--lexicon FILE]``
runs the examples of the rules in a user's rules file; ``run_examples(extractor,
extractor.user_rules)`` does the same in code (a notebook, a pytest file);
``all_rules()`` lists the shipped ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

import click

from g60extract.models import ExtractionResult
from g60extract.rules import agreements, dates, events, initiatives, milestones, organizations, statistics
from g60extract.rules.base import Example, Rule, matches


def all_rules() -> list[Rule]:
    return [*dates.RULES, *statistics.RULES, *organizations.RULES, *agreements.RULES,
            *initiatives.RULES, *events.RULES, *milestones.RULES]


def items_of(result: ExtractionResult, rule: Rule) -> list[dict[str, Any]]:
    """The items of ``rule.field`` that ``rule`` produced, as JSON-like dicts."""
    out = []
    for item in getattr(result, rule.field):
        data = item.model_dump(mode="json")
        produced_by = (
            data.get("rule") or (data.get("trigger") or {}).get("rule")
            or ((data.get("mentions") or [{}])[0]).get("rule")
        )
        if rule.field == "organizations" or produced_by == rule.name:
            out.append(data)
    return out


def check_example(extractor: Any, rule: Rule, example: Example) -> str | None:
    """None when the example holds, else a message saying how it failed."""
    published = dt.date.fromisoformat(example.published) if example.published else None
    result = extractor.extract(example.text, published)
    found = items_of(result, rule)
    if example.expect is None:
        if found:
            return f"expected nothing from {rule.name}, found {found[:2]}"
        return None
    if not found:
        return f"nothing found by {rule.name} in {example.text!r}"
    if not any(matches(example.expect, item) for item in found):
        shown = [{k: item.get(k) for k in example.expect} for item in found]
        return f"no item matches {dict(example.expect)}; found {shown}"
    return None


class ExampleOutcome(NamedTuple):
    """One example run: the rule, the example sentence, and ``None`` or why it failed."""

    rule: str
    text: str
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None


def run_examples(extractor: Any, rules: Iterable[Rule]) -> list[ExampleOutcome]:
    """Every example of ``rules``, run through ``extractor``."""
    return [ExampleOutcome(rule.name, ex.text, check_example(extractor, rule, ex))
            for rule in rules for ex in rule.examples]


@click.command("test-rules")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lexicon", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="JSON lexicon extension the examples rely on (repeatable)")
def test_rules_command(path: Path, lexicon: tuple[str, ...]) -> None:
    """Run the examples of the rules in a user rules file PATH as tests."""
    from g60extract.config import ExtractorConfig
    from g60extract.errors import G60Error
    from g60extract.pipeline import Extractor

    try:
        extractor = Extractor(ExtractorConfig(rule_files=(str(path),), lexicon_files=lexicon))
    except G60Error as exc:
        raise click.ClickException(str(exc)) from None
    results = run_examples(extractor, extractor.user_rules)
    failed = 0
    for name, text, error in results:
        status = "ok  " if error is None else "FAIL"
        click.echo(f"{status} {name}: {text}" + (f"\n     {error}" if error else ""))
        failed += error is not None
    if not results:
        click.echo(f"no examples in {path}: every rule needs examples to be tested", err=True)
    click.echo(f"{len(results) - failed} passed, {failed} failed")
    if failed or not results:
        raise SystemExit(1)
