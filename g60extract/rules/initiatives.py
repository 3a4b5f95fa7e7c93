"""Initiative rules: things founded, launched, published or conferred, with their actors.

- establishment: 发起成立/成立/组建 + an organisation name (联盟 → alliance, 平台/中心 → platform);
- launch: a platform or base before 落地/揭牌/启动/上线;
- release: 发布/印发/出台 next to a 《title》 (报告 → report, 清单 → list, 举措/意见 → document),
  including a title that opens the sentence after "…在会上书面发布。";
- designation: "X等N家单位被授予Y" → Y with recipients X;
- competition: 为…大赛获奖代表颁奖 → the competition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from g60extract.ner.recognizer import Entity, SentenceView
from g60extract.rules.base import Example, SentenceRule
from g60extract.rules.context import LIST_SEP, ArticleContext, find_words

_SKIP = re.compile(r"(?:了|的|正式|共同|联合|书面|首批|一批|一系列)*")
_ACTOR_TRIM = re.compile(r"^(?:会上|现场|同时|此外|随后|其中|共同|联合|等)+|(?:等|共同|联合|正式|还)+$")
_DESIGNATION_TAIL = re.compile(r"(?:荣誉称号|称号|荣誉|名单)$")
_ORG_KIND = {"alliance": "alliance", "platform": "platform", "research_institute": "platform",
             "association": "other", "government": "other", "enterprise": "other"}


def _title_kind(ctx: ArticleContext, title: str) -> str:
    heads: dict[str, list[str]] = ctx.lexicon.triggers["document_heads"]
    best, best_len = "other", 0
    for kind, words in heads.items():
        for w in words:
            if title.endswith(w) and len(w) > best_len:
                best, best_len = kind, len(w)
    if best_len == 0:
        for kind, words in heads.items():
            if any(w in title for w in words):
                return kind
    return best


def _org_kind(e: Entity, name: str) -> str:
    if name.endswith("基地"):
        return "base"
    return _ORG_KIND.get(str(e.attrs.get("type")), "other")


def _actors(ctx: ArticleContext, s: SentenceView, verb_start: int) -> list[str]:
    start = ctx.clause_start(s, verb_start)
    orgs = ctx.orgs_between(s, start, verb_start)
    seg = ctx.text[start:verb_start]
    pieces = []
    for piece in LIST_SEP.split(re.sub(r"联合|携手|共同", "、", seg)):
        piece = _ACTOR_TRIM.sub("", piece.strip())
        for d in s.of("DATE"):
            piece = piece.replace(ctx.text[d.start : d.end], "")
        if 2 <= len(piece) <= 25:
            pieces.append(piece)
    names = [ctx.text[o.start : o.end] for o in orgs]
    # prefer recognised organisations; keep generic partners (研究机构 …) that the clause lists
    return list(dict.fromkeys([*names, *(p for p in pieces if not any(n in p for n in names))]))


def _item(name: str, kind: str, action: str, span: tuple[int, int], trigger: tuple[int, int],
          date: str | None, actors: list[str] | None = None,
          recipients: list[str] | None = None) -> dict[str, Any]:
    return {"name": name, "kind": kind, "action": action, "span": span, "trigger": trigger,
            "date": date, "actors": actors or [], "recipients": recipients or []}


def find_establishments(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("establish_verbs")):
        m = _SKIP.match(ctx.text, ve, s.end)
        pos = m.end() if m else ve
        target = next((e for e in s.of("ORG") if e.start == pos), None)
        if target is None:
            # 联盟在会上正式成立: the organisation stands before the verb
            target = next((e for e in reversed(s.of("ORG")) if 0 <= vs - e.end <= 8
                           and ctx.clause_start(s, vs) <= e.start), None)
            if target is None or target.attrs.get("type") not in ("alliance", "platform", "research_institute"):
                continue
            actors: list[str] = []
        else:
            actors = _actors(ctx, s, vs)
        name = ctx.text[target.start : target.end]
        yield _item(name, _org_kind(target, name), verb, (target.start, target.end), (vs, ve),
                    ctx.event_date(s), actors)


def find_launches(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("launch_verbs")):
        start = ctx.clause_start(s, vs)
        cands = [e for e in s.of("ORG") if start <= e.start and e.end <= vs
                 and e.attrs.get("type") in ("platform", "research_institute", "alliance")]
        if not cands:
            continue
        target = cands[0]
        name = ctx.text[target.start : target.end]
        yield _item(name, _org_kind(target, name), verb, (target.start, target.end), (vs, ve),
                    ctx.event_date(s))


def find_releases(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    verbs = ctx.lexicon.trigger_list("release_verbs")
    seen: set[int] = set()
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, verbs):
        m = _SKIP.match(ctx.text, ve, s.end)
        pos = m.end() if m else ve
        titles = [e for e in s.of("WORK_OF_ART") if e.start == pos]
        if not titles:
            # 《T》在会上发布 / 《T》正式发布: the title closes the clause before the verb
            start = ctx.clause_start(s, vs)
            titles = [e for e in s.of("WORK_OF_ART") if start <= e.start and e.end <= vs and vs - e.end <= 8]
        for t in titles:
            if t.start in seen:
                continue
            seen.add(t.start)
            title = str(t.attrs["title"])
            actors = [ctx.text[o.start : o.end] for o in s.of("ORG")
                      if o.end <= vs and vs - o.end <= 4 and ctx.clause_start(s, vs) <= o.start]
            yield _item(title, _title_kind(ctx, title), verb, (t.start + 1, t.end - 1), (vs, ve),
                        ctx.event_date(s), actors)


def find_following_titles(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """"…成果在会上书面发布。《T》聚焦…": a title opening the sentence after a release."""
    if s.index == 0:
        return
    prev = ctx.sentences[s.index - 1]
    titles = s.of("WORK_OF_ART")
    if not titles or titles[0].start != s.start:
        return
    verbs = ctx.lexicon.trigger_list("release_verbs")
    hits = find_words(ctx.text, max(prev.start, prev.end - 8), prev.end, verbs)
    if not hits or prev.of("WORK_OF_ART"):
        return
    t = titles[0]
    title = str(t.attrs["title"])
    kind = _title_kind(ctx, title)
    if kind == "other":
        return
    vs, ve, verb = hits[-1]
    yield _item(title, kind, verb, (t.start + 1, t.end - 1), (vs, ve), ctx.event_date(prev))


def find_designations(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    verbs = ctx.lexicon.trigger_list("designation_verbs")
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, verbs):
        end = ctx.clause_end(s, ve)
        name_start = ve
        if ctx.text.startswith("为", name_start):
            name_start += 1
        name = ctx.text[name_start:end]
        name = _DESIGNATION_TAIL.sub("", name).strip("“”\"")
        if not 3 <= len(name) <= 40:
            continue
        nstart = ctx.text.find(name, name_start, end)
        start = ctx.clause_start(s, vs)
        recipients = [ctx.text[o.start : o.end] for o in ctx.orgs_between(s, start, vs)
                      if o.label == "ORG"]
        if not recipients:
            continue
        ctx.designations.append((nstart, nstart + len(name)))
        yield _item(name, "designation", verb.lstrip("被"), (nstart, nstart + len(name)), (vs, ve),
                    ctx.event_date(s), recipients=recipients)


_COMP_LEFT_STOP = re.compile(r"[，,。；;：:（）()、]|为|向|对|给|在|由|举办|举行|开展|参加|启动")


def find_competitions(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    award = find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("award_verbs"))
    if not award:
        return
    heads = find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("competition_heads"))
    for hs, he, _ in heads[:1]:
        start = s.start
        for m in _COMP_LEFT_STOP.finditer(ctx.text, s.start, hs):
            start = m.end()
        name = ctx.text[start:he]
        if len(name) < 4:
            continue
        vs, ve, verb = award[0]
        yield _item(name, "competition", verb, (start, he), (vs, ve), ctx.event_date(s))


def _rule(name: str, doc: str, apply: Any, examples: tuple[Example, ...]) -> SentenceRule:
    return SentenceRule(name=name, field="initiatives", doc=doc, apply=apply, examples=examples)


RULES = (
    _rule("initiative.establish", "Alliances and platforms founded.", find_establishments, (
        Example("会上，苏州市联合多家高校共同发起成立长三角人工智能产业创新联盟。",
                {"name": "长三角人工智能产业创新联盟", "kind": "alliance", "action": "发起成立"}),
        Example("合肥综合性国家科学中心能源研究院正式成立。",
                {"name": "合肥综合性国家科学中心能源研究院", "action": "正式成立"}),
    )),
    _rule("initiative.launch", "Platforms and bases landed or launched.", find_launches, (
        Example("长三角数字经济创新中心嘉兴协作基地等一批平台落地。",
                {"name": "长三角数字经济创新中心嘉兴协作基地", "action": "落地"}),
    )),
    _rule("initiative.release", "Documents, reports and lists published.", find_releases, (
        Example("会上发布了《长三角数字经济发展报告（2024）》。",
                {"name": "长三角数字经济发展报告（2024）", "kind": "report", "action": "发布"}),
        Example("浙江省商务厅正式印发《关于支持跨境电商高质量发展的若干措施》。",
                {"name": "关于支持跨境电商高质量发展的若干措施", "kind": "document", "actors": ["浙江省商务厅"]}),
        Example("《2023年度重点产业链供需清单》在会上正式发布。",
                {"name": "2023年度重点产业链供需清单", "kind": "list"}),
    )),
    _rule("initiative.release_following", "A title opening the sentence after a release.",
          find_following_titles, (
        Example("一批创新成果在会上书面发布。《合肥都市圈技术需求清单》包含需求120项。",
                {"name": "合肥都市圈技术需求清单", "kind": "list"}),
    )),
    _rule("initiative.designation", "Designations conferred on listed units.", find_designations, (
        Example("宁波材料技术研究所、嘉兴学院等8家单位被授予长三角新材料产业创新示范基地。",
                {"name": "长三角新材料产业创新示范基地", "kind": "designation",
                 "recipients": ["宁波材料技术研究所", "嘉兴学院"]}),
    )),
    _rule("initiative.competition", "Competitions whose awards are presented.", find_competitions, (
        Example("会上，为第二届长三角青年创新创业大赛获奖代表颁奖。",
                {"name": "第二届长三角青年创新创业大赛", "kind": "competition", "action": "颁奖"}),
    )),
)
