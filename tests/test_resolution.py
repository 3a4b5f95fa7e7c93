"""Organisations across articles: one canonical entry per organisation, not per spelling."""

from __future__ import annotations

import json
import time

import pytest

import g60extract
from g60extract import Extractor
from g60extract.lexicon import Lexicon
from g60extract.resolution import OrgResolver

pd = pytest.importorskip("pandas")

ARTICLES = {
    "a": "11月9日，长三角G60科创走廊联席会议办公室与复旦大学签署战略合作协议。",
    "b": "会上，G60联席办与浙江大学签订合作协议。",
    "c": "上海市松江区人民政府与华为技术有限公司签署战略合作框架协议。",
    "d": "松江区政府与上海交通大学签约，双方将共建创新中心。",
}


@pytest.fixture(scope="module")
def frames(extractor):  # type: ignore[no-untyped-def]
    results = [extractor.extract(text, "2024-11-25", id=aid) for aid, text in ARTICLES.items()]
    return g60extract.to_frames(results)


@pytest.mark.parametrize(("ids", "canonical"), [
    (("a", "b"), "长三角G60科创走廊联席会议办公室"),
    (("c", "d"), "上海市松江区人民政府"),
])
def test_issue_examples_resolve_across_articles(frames, ids, canonical) -> None:  # type: ignore[no-untyped-def]
    orgs = frames["organizations"]
    spellings = orgs[orgs["article_id"].isin(ids) & (orgs["canonical"] == canonical)]
    assert sorted(spellings["article_id"]) == sorted(ids)
    assert spellings["name"].nunique() == 2  # two spellings, one organisation


def test_counts_are_per_organisation(frames) -> None:  # type: ignore[no-untyped-def]
    signers = frames["agreements"].explode("parties_canonical")["parties_canonical"].value_counts()
    assert signers["长三角G60科创走廊联席会议办公室"] == 2
    assert "G60联席办" not in signers


@pytest.mark.parametrize(("a", "b"), [
    ("长三角G60科创走廊联席会议办公室", "G60联席办"),
    ("上海市松江区人民政府", "松江区政府"),
    ("上海市松江区人民政府", "松江区人民政府"),
    ("浙江省嘉兴市人民政府", "嘉兴市政府"),
    ("中华人民共和国商务部", "商务部"),
    ("国家发改委", "国家发展改革委"),
    ("上海证券交易所", "上交所"),
    ("长三角G60科创走廊", "G60科创走廊"),
    ("中国船舶集团有限公司", "中国船舶集团"),
    ("上海长三角医疗器械产业发展促进会", "上海长三角医疗器械产业发展促进协会"),
])
def test_same_organisation(a, b) -> None:  # type: ignore[no-untyped-def]
    resolver = OrgResolver().fit([a, b])
    assert resolver.resolve(a) == resolver.resolve(b)


@pytest.mark.parametrize(("a", "b"), [
    ("江苏省科技厅", "浙江省科技厅"),
    ("上海市松江区人民政府", "上海市青浦区人民政府"),
    ("松江区政府", "青浦区政府"),
    ("中国人民解放军第七十一集团军", "中国人民解放军第七十二集团军"),
    ("2024长三角G60科创走廊大会组委会", "2023长三角G60科创走廊大会组委会"),
    ("杭州市人民政府", "嘉兴市人民政府"),
    ("复旦大学", "浙江大学"),
    ("上海电气集团股份有限公司", "上海电气"),
    ("华为有限公司", "华为"),
])
def test_different_organisations(a, b) -> None:  # type: ignore[no-untyped-def]
    resolver = OrgResolver().fit([a, b])
    assert resolver.resolve(a) != resolver.resolve(b)


def test_canonical_prefers_table_then_known_then_most_frequent() -> None:
    resolver = OrgResolver().fit(["G60联席办", "G60联席办", "松江区政府", "中华人民共和国商务部", "商务部",
                                  "沙县区总医院的", "三明市沙县区总医院", "福建三明市沙县区总医院", "三明市沙县区总医院"])
    assert resolver.resolve("G60联席办") == "长三角G60科创走廊联席会议办公室"  # table entry, never seen
    assert resolver.resolve("松江区政府") == "上海市松江区人民政府"
    assert resolver.resolve("中华人民共和国商务部") == "商务部"  # a known organisation
    assert resolver.groups()["商务部"] == ["中华人民共和国商务部", "商务部"]
    assert resolver.resolve("福建三明市沙县区总医院") == "三明市沙县区总医院"  # the usual spelling


def test_unfitted_names_resolve_against_fitted_ones() -> None:
    resolver = OrgResolver().fit(["上海市青浦区人民政府"])
    assert resolver.resolve("青浦区政府") == "上海市青浦区人民政府"
    assert resolver.resolve("无关的机构名称") == "无关的机构名称"


def test_users_extend_the_alias_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    resolver = OrgResolver(aliases={"复旦": "复旦大学"})
    resolver.add_alias("交大", "上海交通大学")
    resolver.fit(["复旦", "复旦大学", "交大"])
    assert resolver.resolve("复旦") == "复旦大学"
    assert resolver.resolve("交大") == "上海交通大学"
    # from a lexicon file, as the extractor reads it
    lex = tmp_path / "lexicon.json"
    lex.write_text(json.dumps({"aliases": {"星河": "星河智造科技有限公司"}}, ensure_ascii=False), encoding="utf-8")
    extractor = Extractor(lexicon_files=(str(lex),))
    assert OrgResolver(extractor.lexicon).resolve("星河") == "星河智造科技有限公司"
    assert OrgResolver(Lexicon.default().extended_from_file(lex)).resolve("星河") == "星河智造科技有限公司"


def test_to_frames_takes_a_resolver(extractor) -> None:  # type: ignore[no-untyped-def]
    r = extractor.extract("复旦大学与华为技术有限公司签署战略合作协议。", "2024-01-05", id="x")
    frames = g60extract.to_frames([r], resolver=OrgResolver(aliases={"复旦大学": "Fudan University"}))
    assert frames["agreements"]["parties_canonical"].iloc[0] == ["Fudan University", "华为技术有限公司"]


def test_fit_scales_to_a_corpus() -> None:
    places = ["上海", "杭州", "苏州", "嘉兴", "合肥", "湖州", "宣城", "芜湖", "金华"]
    names = [f"{p}市{kind}{i}号{suffix}" for p in places for i in range(120)
             for kind, suffix in (("第", "中学"), ("新区", "科技有限公司"))]
    start = time.perf_counter()
    resolver = OrgResolver().fit(names)
    assert time.perf_counter() - start < 5
    assert len(set(resolver.mapping().values())) == len(names)
