"""The gold set validates, and the eval command scores it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from g60extract.cli import main
from g60extract.evaluation import GoldArticle, load_gold_dir, relaxed

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold"


def test_gold_set_size_and_split() -> None:
    dev, test = load_gold_dir(GOLD / "dev"), load_gold_dir(GOLD / "test")
    assert len(test) >= 15
    assert len(dev) + len(test) >= 41
    assert not {g.id for g in dev} & {g.id for g in test}


def test_every_gold_file_validates() -> None:
    for path in sorted(GOLD.rglob("*.gold.json")):
        g = GoldArticle.load(path)
        assert g.text, path


def test_relaxed_matching_follows_annotation_md() -> None:
    assert relaxed("《长三角G60科创走廊国际形象与影响力报告》", "长三角G60科创走廊国际形象与影响力报告")
    assert relaxed("浙江大学继续教育学院", "浙江大学继续教育学院 ")
    assert relaxed("G60科创走廊", "长三角G60科创走廊")  # contained, 7/10 ≥ 60%
    assert not relaxed("浙江大学", "浙江大学继续教育学院")  # 4/10 < 60%
    assert relaxed("G60联席办", "长三角G60科创走廊联席会议办公室", [frozenset({"G60联席办", "长三角G60科创走廊联席会议办公室"})])


def test_eval_command_on_the_seed(tmp_path: Path) -> None:
    seed_dir = tmp_path / "seed"
    seed_dir.mkdir()
    for f in (GOLD / "dev").glob("000_*"):
        (seed_dir / f.name).write_bytes(f.read_bytes())
    out = CliRunner().invoke(main, ["eval", str(seed_dir), "--min-f1", "0.85"])
    assert out.exit_code == 0, out.output
    assert "organizations" in out.output


def test_eval_exit_code_under_min_f1() -> None:
    out = CliRunner().invoke(main, ["eval", str(GOLD / "test"), "--min-f1", "0.999"])
    assert out.exit_code == 1


def test_a_spelling_the_gold_lists_counts_for_itself() -> None:
    """Gold lists 中央广播电视总台 and 总台 as two surface forms and as one entity: one predicted
    organisation written both ways finds both items."""
    from g60extract import extract
    from g60extract.evaluation import Report, score_article

    text = "总台与中国工商银行签署战略合作协议\n中央广播电视总台与中国工商银行今天签署战略合作协议。"
    gold = GoldArticle(
        id="t", published="2023-11-27", text=text,
        organizations=[{"name": "中央广播电视总台"}, {"name": "总台"}, {"name": "中国工商银行"}],
        same_entity=[["中央广播电视总台", "总台"]],
        agreements=[{"parties": ["中央广播电视总台", "中国工商银行"], "kind": "战略合作协议"}],
    )
    result = extract(text, published="2023-11-27")
    report = Report()
    score_article(gold, result, report)
    orgs = report.scores["organizations"]
    assert (orgs.tp, orgs.fp, orgs.fn) == (3, 0, 0)
    # the headline and the story report one signing, kept with the fuller names
    assert [a.parties for a in result.agreements] == [["中央广播电视总台", "中国工商银行"]]


def test_a_full_width_unit_matches_its_nfkc_form() -> None:
    """ANNOTATION.md compares strings after NFKC: a gold unit written ％ matches the % the
    extractor reports."""
    from g60extract import extract
    from g60extract.evaluation import Report, score_article

    text = "今年前三季度，全省外贸进出口增长67％。"
    gold = GoldArticle(id="t", published="2023-11-27", text=text,
                       statistics=[{"text": "增长67％", "value": 67, "unit": "％"}])
    result = extract(text, published="2023-11-27")
    assert [s.unit for s in result.statistics] == ["%"]
    report = Report()
    score_article(gold, result, report)
    stats = report.scores["statistics"]
    assert (stats.tp, stats.fp, stats.fn) == (1, 0, 0)


def test_eval_ner_scores_a_bio_file_and_lists_its_errors(tmp_path: Path) -> None:
    """Two sentences: 复旦大学 found; the span labelled 松江区 is no organisation of ours (a miss),
    and 上海交通大学 is found where the file labels nothing (a false hit). 上海市政府 is a false hit
    only as recognised: People's Daily labels no government named by its place."""
    rows = []
    for sentence, orgs in (("复旦大学在上海。", ["复旦大学"]), ("松江区与上海交通大学、上海市政府签约。", ["松江区"])):
        tags = ["O"] * len(sentence)
        for org in orgs:
            i = sentence.index(org)
            tags[i : i + len(org)] = ["B-ORG", *["I-ORG"] * (len(org) - 1)]
        rows += [f"{c} {t}" for c, t in zip(sentence, tags, strict=True)] + [""]
    bio = tmp_path / "tiny.bio"
    bio.write_text("\n".join(rows), encoding="utf-8")
    out = CliRunner().invoke(main, ["eval-ner", str(bio), "--show-errors"])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert "1\tmiss\t松江区\t\t[松江区]与上海交通大学、上海市政府签约" in lines
    assert any(line.startswith("1\tfalse\t上海交通大学\t") for line in lines)
    assert not any("\tfalse\t上海市政府" in line for line in lines)
    counts = {line.split("  ")[0].strip(): line.split()[-3:] for line in lines if line.startswith("g60extract ORG")}
    assert counts == {"g60extract ORG (PD scheme)": ["1", "1", "1"], "g60extract ORG (as recognised)": ["1", "2", "1"]}
