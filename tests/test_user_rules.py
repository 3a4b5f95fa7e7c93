"""Users' own lexicon entries and rules, as the README's "Writing a rule" shows them: picked up by
extract, their examples run as tests, registered from files or in code."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import g60extract
from g60extract import Extractor, ExtractorConfig, UserRule
from g60extract.cli import main
from g60extract.errors import ConfigError
from g60extract.rule_testing import run_examples
from g60extract.rules.base import Example, SentenceRule

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "rules"


def _readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


def _blocks(section: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", section, flags=re.S)


SECTION = _readme_section("Writing a rule")
LEXICON_JSON, RULES_JSON = _blocks(SECTION, "json")


@pytest.fixture
def readme_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The README's two files, written where its commands and code expect them."""
    (tmp_path / "lexicon.json").write_text(LEXICON_JSON, encoding="utf-8")
    (tmp_path / "pilot_zones.json").write_text(RULES_JSON, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_readme_example_is_the_shipped_example() -> None:
    assert json.loads(LEXICON_JSON) == json.loads((EXAMPLES / "lexicon.json").read_text(encoding="utf-8"))
    assert json.loads(RULES_JSON) == json.loads((EXAMPLES / "pilot_zones.json").read_text(encoding="utf-8"))


def test_readme_test_rules_command(readme_files: Path) -> None:
    result = CliRunner().invoke(main, ["test-rules", "pilot_zones.json", "--lexicon", "lexicon.json"])
    assert result.exit_code == 0, result.output
    shown = re.search(r"\$ g60extract test-rules.*?\n((?:    .*\n)+)", SECTION)
    assert shown is not None
    assert result.output.splitlines() == [line[4:] for line in shown.group(1).splitlines()[:4]]


def test_readme_python_runs(readme_files: Path) -> None:
    namespace: dict[str, Any] = {}
    for block in _blocks(SECTION, "python"):
        exec(compile(block, "README.md", "exec"), namespace)
    # the last block is a pytest module: run its test on every example
    cases = namespace["CASES"]
    assert len(cases) == 3  # the rules file's examples
    for rule, example in cases:
        namespace["test_my_rules"](rule, example)


def test_readme_rule_is_picked_up_by_the_cli(readme_files: Path) -> None:
    (readme_files / "a.txt").write_text("11月9日，长三角一体化示范区发布三年行动计划。嘉兴获批国家数字经济创新发展试验区。",
                                        encoding="utf-8")
    args = ["extract", "a.txt", "--published", "2024-11-25", "--json",
            "--rules", "pilot_zones.json", "--lexicon", "lexicon.json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    zone = next(i for i in data["initiatives"] if i["mention"]["rule"] == "initiative.pilot_zone")
    assert (zone["name"], zone["recipients"]) == ("国家数字经济创新发展试验区", ["嘉兴"])
    assert [o["name"] for o in data["organizations"]] == ["长三角一体化示范区"]
    assert data["organizations"][0]["canonical"] == "长三角生态绿色一体化发展示范区"


@pytest.fixture(scope="module")
def user_extractor() -> Extractor:
    return Extractor(ExtractorConfig(rule_files=(str(EXAMPLES / "pilot_zones.json"),),
                                     lexicon_files=(str(EXAMPLES / "lexicon.json"),)))


@pytest.mark.parametrize(("text", "check"), [
    ("全市新增充电桩1.2万根。", lambda r: any(s.unit == "根" and s.value == 12000 for s in r.statistics)),
    ("嘉兴国际数字产业园正式试运营。", lambda r: any(i.action == "试运营" for i in r.initiatives)),
    ("11月9日，长三角一体化示范区发布三年行动计划。",
     lambda r: any(o.name == "长三角一体化示范区" and o.type.value == "government" for o in r.organizations)),
], ids=["unit", "trigger", "organization"])
def test_every_lexicon_section_takes_effect(user_extractor: Extractor, extractor: Extractor,
                                            text: str, check: Any) -> None:
    assert check(user_extractor.extract(text, "2024-11-25"))
    assert not check(extractor.extract(text, "2024-11-25"))


def test_examples_of_a_rules_file(user_extractor: Extractor) -> None:
    outcomes = run_examples(user_extractor, user_extractor.user_rules)
    assert [o.ok for o in outcomes] == [True, True, True]
    assert outcomes[0].rule == "initiative.pilot_zone"


def test_a_failing_example_fails_the_command(tmp_path: Path) -> None:
    rules = json.loads(RULES_JSON)
    rules["rules"][0]["examples"][0]["expect"]["name"] = "国家数字经济试验区"
    rules["rules"][0]["examples"].append({"text": "嘉兴获批国家级经济技术开发区。", "expect": {"name": "国家级经济技术开发区"}})
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["test-rules", str(path)])
    assert result.exit_code == 1
    assert "FAIL initiative.pilot_zone: 嘉兴获批国家数字经济创新发展试验区" in result.output
    assert "nothing found by initiative.pilot_zone" in result.output
    assert "2 passed, 2 failed" in result.output


def test_a_file_without_examples_fails(tmp_path: Path) -> None:
    rules = json.loads(RULES_JSON)
    del rules["rules"][0]["examples"]
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["test-rules", str(path)])
    assert result.exit_code == 1
    assert "no examples" in result.output


@pytest.mark.parametrize(("rule", "message"), [
    ({"name": "x", "field": "initiatives", "pattern": "获批(试验区)"}, "named group"),
    ({"name": "x", "field": "initiatives", "pattern": "(?P<name>"}, "bad pattern"),
    ({"name": "x", "field": "statistics", "pattern": "(?P<name>x)"}, "invalid rule"),
    ({"name": "x y", "field": "events", "pattern": "x"}, "invalid rule"),
])
def test_bad_rules_are_config_errors(rule: dict[str, Any], message: str) -> None:
    from g60extract.rules.user import as_rule

    with pytest.raises(ConfigError, match=message):
        as_rule(rule)


def test_bad_rules_file_is_a_clean_cli_error(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text('{"rules": [{"name": "x", "field": "initiatives", "pattern": "("}]}', encoding="utf-8")
    result = CliRunner().invoke(main, ["test-rules", str(path)])
    assert result.exit_code == 1
    assert "bad pattern" in result.output
    assert "Traceback" not in result.output


def _spec() -> dict[str, Any]:
    return json.loads(RULES_JSON)["rules"][0]


def test_rules_registered_in_code(extractor: Extractor) -> None:
    text = "嘉兴获批国家数字经济创新发展试验区。"
    assert not extractor.extract(text).initiatives
    from_dict = Extractor(rules=[_spec()])
    assert from_dict.extract(text).initiatives[0].recipients == ["嘉兴"]
    later = Extractor()
    compiled = later.add_rule(UserRule.model_validate(_spec()))
    assert compiled in later.user_rules
    assert later.extract(text).initiatives[0].mention.rule == "initiative.pilot_zone"
    assert [o.ok for o in run_examples(later, later.user_rules)] == [True, True, True]


def test_a_user_rule_wins_over_a_shipped_rule_for_the_same_item(extractor: Extractor) -> None:
    text = "就在几天前，新疆自贸试验区获批成立。"
    shipped = [i for i in extractor.extract(text).initiatives if i.name == "新疆自贸试验区"]
    rule = {"name": "initiative.zone_founded", "field": "initiatives", "kind": "designation", "action": "获批成立",
            "pattern": r"(?P<name>\p{Han}{2,20}?(?:试验区|示范区))(?:正式)?获批(?:成立|设立)",
            "examples": [{"text": text, "expect": {"name": "新疆自贸试验区", "kind": "designation"}}]}
    ex = Extractor(rules=[rule])
    mine = [i for i in ex.extract(text).initiatives if i.name == "新疆自贸试验区"]
    assert len(mine) == 1
    assert (mine[0].kind.value, mine[0].mention.rule) == ("designation", "initiative.zone_founded")
    assert [o.ok for o in run_examples(ex, ex.user_rules)] == [True]
    if shipped:  # a shipped rule finds it too, and gives way
        assert shipped[0].mention.rule != "initiative.zone_founded"


def _founded(s: Any, ctx: Any) -> list[dict[str, Any]]:
    pos = ctx.text.find("揭牌", s.start, s.end)
    if pos < 0:
        return []
    return [{"type": "launch", "name": None, "object": None, "place": None, "date": None,
             "trigger": (pos, pos + 2)}]


def test_a_python_function_rule() -> None:
    rule = SentenceRule(name="event.unveiled", field="events", doc="揭牌", apply=_founded,
                        examples=(Example("研究院今天揭牌。", {"type": "launch"}),))
    ex = Extractor(rules=[rule])
    assert [o.ok for o in run_examples(ex, ex.user_rules)] == [True]
    with pytest.raises(ConfigError, match="sentence rules fill"):
        Extractor().add_rule(SentenceRule(name="x", field="statistics", doc=""))


def test_code_rules_and_lexicon_travel_with_a_pickled_extractor() -> None:
    ex = Extractor(rules=[_spec()], lexicon={"units": {"根": "count"}})
    clone = pickle.loads(pickle.dumps(ex))
    r = clone.extract("嘉兴获批国家数字经济创新发展试验区，新增充电桩1.2万根。", "2024-11-25")
    assert r.initiatives[0].name == "国家数字经济创新发展试验区"
    assert r.statistics[0].unit == "根"
    assert clone.config == ex.config  # the config itself stays the shipped one


def test_frames_name_the_user_rule(user_extractor: Extractor) -> None:
    pytest.importorskip("pandas")
    r = user_extractor.extract("嘉兴获批国家数字经济创新发展试验区。", "2024-11-25", id="a")
    frames = g60extract.to_frames(r, resolver=g60extract.OrgResolver(user_extractor.lexicon))
    assert list(frames["initiatives"]["rule"]) == ["initiative.pilot_zone"]


def test_future_words_decide_the_year_of_a_later_month_day() -> None:
    """Dates read the lexicon's future_words: a month-day more than a month after publication is
    last year's unless the sentence speaks of the future, by a word a user may add."""
    text = "新规有望12月30日起生效。"
    plain = Extractor().extract(text, published="2024-10-05")
    told = Extractor(lexicon={"triggers": {"future_words": ["有望"]}}).extract(text, published="2024-10-05")
    assert [d.value for d in plain.dates] == ["2023-12-30"]
    assert [d.value for d in told.dates] == ["2024-12-30"]
