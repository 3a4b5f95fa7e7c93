"""Every shipped rule's examples, each its own test case (Duckling-style corpus tests)."""

from __future__ import annotations

import pytest

from g60extract.rule_testing import all_rules, check_example

CASES = [(rule, ex) for rule in all_rules() for ex in rule.examples]


def test_enough_examples() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(("rule", "example"), CASES, ids=[f"{r.name}:{e.text[:18]}" for r, e in CASES])
def test_rule_example(extractor, rule, example) -> None:  # type: ignore[no-untyped-def]
    error = check_example(extractor, rule, example)
    assert error is None, error
