"""Agreement rules: who signed what with whom, and when.

A signing verb (签署/签订/达成/签约 …) anchors the rule. The agreement is the 《title》 next to
it or a kind phrase (战略合作框架协议, 合作备忘录, 项目签约 …). Parties are the organisations of
the clause before the verb — "A与B签订", "A、B等单位分别与D达成" (one agreement per listed unit
with D) — or, for a title such as 《A与B深化合作备忘录》, the organisations inside the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from g60extract.ner.recognizer import Entity, SentenceView
from g60extract.rules.base import Example, SentenceRule
from g60extract.rules.context import ArticleContext, find_words

_FILLER = re.compile(r"(?:了|的|共同|正式|现场|双方|两国|一系列|一批|多项|\d+项|[一二三四五六七八九十]+项)*")
_PROJECTS = re.compile(
    r"(?:[^，、\s]{0,12}?(?:本次|此次|这次)(?:[^，、\s]{1,5}会)?)?"
    r"(?P<p>[^，、\s]{0,12}?项目(?:、[^，、\s]{1,12}?项目)*)(?=相继|集中|现场|成功|陆续|顺利|同时|$)"
)
_PROJECT_BEFORE = re.compile(r"项目(?:相继|集中|现场|成功|陆续|顺利|同时)?$")


def _kind_after(ctx: ArticleContext, s: SentenceView, pos: int) -> tuple[str | None, str | None]:
    """(title, kind) of what was signed right after ``pos``."""
    m = _FILLER.match(ctx.text, pos, s.end)
    pos = m.end() if m else pos
    for e in s.of("WORK_OF_ART"):
        if e.start == pos:
            return str(e.attrs["title"]), _kind_of_title(ctx, str(e.attrs["title"]))
    end = ctx.clause_end(s, pos)
    kinds = ctx.lexicon.trigger_list("agreement_kinds")
    hits = find_words(ctx.text, pos, min(end, pos + 30), kinds)
    if hits:
        hs, he, _ = hits[0]
        # keep modifiers such as 战略合作 in 战略合作框架协议 (the longest kind ending there)
        best = max((k for k in kinds if ctx.text.startswith(k, he - len(k)) and he - len(k) >= pos),
                   key=len, default=ctx.text[hs:he])
        return None, best
    return None, None


def _kind_of_title(ctx: ArticleContext, title: str) -> str | None:
    for k in sorted(ctx.lexicon.trigger_list("agreement_kinds"), key=len, reverse=True):
        if title.endswith(k):
            return k
    return None


def _party_name(ctx: ArticleContext, e: Entity) -> str:
    return ctx.text[e.start : e.end]


def _parties(ctx: ArticleContext, s: SentenceView, verb_start: int) -> list[list[str]]:
    """Party lists, one per agreement, from the clause before the verb."""
    start = ctx.clause_start(s, verb_start)
    orgs = ctx.orgs_between(s, start, verb_start)
    if not orgs:
        return []
    seg = ctx.text[start:verb_start]
    dist = seg.find("分别与")
    if dist < 0:
        dist = seg.find("分别同")
    if dist >= 0:
        pivot = start + dist
        left = [o for o in orgs if o.end <= pivot]
        right = [o for o in orgs if o.start >= pivot]
        if left and right:
            others = [_party_name(ctx, o) for o in right]
            return [[_party_name(ctx, o), *others] for o in left]
    names = []
    for o in orgs:
        name = _party_name(ctx, o)
        if name not in names:
            names.append(name)
    return [names]


def find_agreements(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    verbs = ctx.lexicon.trigger_list("signing_verbs")
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, verbs):
        title, kind = _kind_after(ctx, s, ve)
        parties = _parties(ctx, s, vs)
        clause_before = ctx.text[ctx.clause_start(s, vs) : vs]
        if title is None and kind is None and _PROJECT_BEFORE.search(clause_before):
            kind = "项目签约"
            projects = _PROJECTS.search(clause_before)
            title = projects.group("p") if projects else None
            if not parties:
                subject = re.match(r"[^\s，、]{1,12}?(?=本次|此次|这次|联合|共同|相继|的|$)", clause_before)
                if subject and subject.group(0):
                    parties = [[ctx.expand_anaphor(subject.group(0), vs)]]
        if title is None and kind is None:
            continue
        if title:
            inside = [e for e in s.of("ORG") if e.start > vs and ctx.text[e.start:e.end] in title]
            title_parties = [ctx.text[e.start : e.end] for e in s.of("ORG")
                             if ctx.text[e.start : e.end] in title and e.end <= ctx.text.find(title, s.start) + len(title)
                             and e.start >= ctx.text.find(title, s.start)]
            if (title_parties and (not parties or inside)) or (title_parties and not any(parties)):
                parties = [title_parties]
        if not parties:
            # a titled agreement read from the title alone: 此次签署的《A与B…备忘录》
            if not title:
                continue
            parties = [[]]
        date = ctx.event_date(s)
        for group in parties:
            yield {
                "parties": group,
                "title": title,
                "kind": kind,
                "verb": verb,
                "date": date,
                "trigger": (vs, ve),
            }


AGREEMENTS = SentenceRule(
    name="agreement.signing",
    field="agreements",
    doc=__doc__ or "",
    apply=find_agreements,
    examples=(
        Example(
            "浙江大学与嘉兴市人民政府签订战略合作框架协议。",
            {"parties": ["浙江大学", "嘉兴市人民政府"], "kind": "战略合作框架协议", "verb": "签订"},
        ),
        Example(
            "合肥工业大学、安徽省科技成果转化促进会等单位分别与芜湖市人民政府达成战略合作。",
            {"parties": ["安徽省科技成果转化促进会", "芜湖市人民政府"], "kind": "战略合作"},
        ),
        Example(
            "合肥工业大学、安徽省科技成果转化促进会等单位分别与芜湖市人民政府达成战略合作。",
            {"parties": ["合肥工业大学", "芜湖市人民政府"]},
        ),
        Example(
            "会上签署了《嘉兴市人民政府与深圳证券交易所战略合作协议》。",
            {"parties": ["嘉兴市人民政府", "深圳证券交易所"], "title": "嘉兴市人民政府与深圳证券交易所战略合作协议"},
        ),
        Example(
            "中国商飞与东方航空股份有限公司签署合作备忘录。",
            {"parties": ["中国商飞", "东方航空股份有限公司"], "kind": "合作备忘录"},
        ),
        Example("双方表示将继续加强交流。", None),
    ),
)

RULES = (AGREEMENTS,)
