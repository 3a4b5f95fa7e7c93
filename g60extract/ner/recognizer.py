"""All rule-based recognisers over one text: ORG, GPE, DATE, quantities, and 《》 titles.

Output is plain data (``Entity``), exact in character offsets; the spaCy component turns it
into ``doc.ents``/``doc.spans`` and the extractors read it directly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from g60extract.lexicon import Lexicon
from g60extract.ner.orgs import ENTERPRISE_TAIL, OrgRecognizer
from g60extract.rules import dates as date_rules
from g60extract.rules import statistics as stat_rules

_NUMERAL_HINT = re.compile(r"[\d０-９二三四五六七八九十百千万亿两零〇]|一半|半数|近半")
# every date rule names the characters it cannot match without: their union gates the sentence
_DATE_HINT = re.compile("|".join(sorted({re.escape(h) for rule in date_rules.RULES for h in rule.hints})))
# (《关于修订〈《内地与香港关于建立更紧密经贸关系的安排》服务贸易协议〉的协议二》: a title may quote
# another title inside it, one level deep)
_TITLE = re.compile(r"《((?:[^《》\n]|《[^《》\n]{1,60}》){1,120})》")
# （以下简称《公报》）, （下称…）: the short name an article goes on to use for what it just named
ALIAS_OPEN = r"[（(](?:以下|下文|下)?(?:简称|称)[ \u3000]?"  # (（以下简称 《意见》）: a space as typed)
_ALIAS_BEFORE = re.compile(ALIAS_OPEN + "$")
_QUOTE = re.compile(r"“([^“”\n]{1,40})”")


@dataclass(slots=True)
class Entity:
    label: str
    start: int
    end: int
    sentence: int
    rule: str
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class SentenceView:
    """One sentence with its words and entities, as the relation rules see it."""

    index: int
    start: int
    end: int
    text: str  # the whole article text (offsets are absolute)
    tokens: list[tuple[int, int]]
    entities: list[Entity]
    word_starts: set[int] = field(default_factory=set)
    _by_label: dict[str, list[Entity]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.word_starts:
            self.word_starts = {s for s, _ in self.tokens}
        for e in self.entities:
            self._by_label.setdefault(e.label, []).append(e)

    @property
    def string(self) -> str:
        return self.text[self.start : self.end]

    def of(self, label: str) -> list[Entity]:
        return self._by_label.get(label, [])

    def set_entities(self, entities: list[Entity]) -> None:
        """Replace the entities (kept in text order, longest first at a position) and their index."""
        self.entities = sorted(entities, key=lambda e: (e.start, -e.end))
        self._by_label = {}
        for e in self.entities:
            self._by_label.setdefault(e.label, []).append(e)


def _overlaps(a: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


class Recognizer:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.orgs = OrgRecognizer(lexicon)
        self.count_re, self.change_re, self.magnitude_re = stat_rules.patterns(lexicon)
        # longest first: 万人次 before 人次 before 次
        self._units = tuple(sorted(lexicon.units, key=len, reverse=True))
        self._verbs = self.orgs.pure_verbs | self.orgs.adverbs
        self.places = lexicon.places
        self._gazetteer = self.orgs.gazetteer(lexicon.places)
        self._future = date_rules.future_pattern(
            [*lexicon.trigger_list("future_words"), *lexicon.trigger_list("forward_date_words")]
        )

    def sentence(
        self,
        text: str,
        index: int,
        span: tuple[int, int],
        tokens: list[tuple[int, int]],
        published: dt.date | None,
    ) -> SentenceView:
        start, end = span
        sent = text[start:end]
        ents: list[Entity] = []
        for m in _TITLE.finditer(text, start, end):
            if _ALIAS_BEFORE.search(text, max(start, m.start() - 6), m.start()):
                continue  # 《…公报（2023年）》（以下简称《公报》）: the short name of the title before, not a title
            ents.append(Entity("WORK_OF_ART", m.start(), m.end(), index, "title.brackets",
                               {"title": m.group(1)}))
        # dates: longest match wins across the date rules
        dctx = date_rules.DateContext(published, sent, self._future)
        date_hits: list[Entity] = []
        # most sentences hold no time expression: one search decides whether the rules run
        for rule in date_rules.RULES if _DATE_HINT.search(text, start, end) else ():
            if not rule.may_match(sent):
                continue
            for m in rule.finditer(text, start, end):
                try:
                    built = rule.build(m, dctx)
                except (OverflowError, ValueError):
                    built = None  # a date beyond the calendar (9999年明天): not a date
                if built is not None:
                    date_hits.append(Entity("DATE", m.start(), m.end(), index, rule.name, built))
        dates = _merge_parenthesised(text, _longest(date_hits))
        ents.extend(dates)
        date_spans = [(d.start, d.end) for d in dates]
        end_of = dict(tokens)  # word start → word end
        sctx = stat_rules.StatContext(text, start, end, end_of, tuple(date_spans), self._units, self._verbs)
        stats: list[Entity] = []
        # a quantity needs a numeral other than a lone 一 (一批, 一项 are not counts): skip the rest
        numeric = _NUMERAL_HINT.search(text, start, end) is not None
        passes = (
            (self.change_re, stat_rules.CHANGE), (self.count_re, stat_rules.COUNT), (self.magnitude_re, stat_rules.MAGNITUDE)
        )
        for pattern, rule in passes if numeric else ():
            if rule is stat_rules.MAGNITUDE and "万" not in sent and "亿" not in sent:
                continue  # no 万 or 亿: no bare magnitude to find
            for m in pattern.finditer(text, start, end):
                if _overlaps(m.span(), date_spans) or _overlaps(m.span(), [(s.start, s.end) for s in stats]):
                    continue
                if _inside_word_number(text, m.start(), m.end()):
                    continue
                built = rule.build(m, sctx)
                if built is not None:
                    label = _quantity_label(built, self.lexicon.units)
                    stats.append(Entity(label, m.start(), m.end(), index, rule.name, built))
        ents.extend(stats)
        blocked = date_spans + [(s.start, s.end) for s in stats]
        hits = [(m.start(), m.end(), m.group(0)) for m in self._gazetteer.finditer(text, start, end)]
        index_of_end = {e: i for i, (_, e) in enumerate(tokens)}
        for org in self.orgs.find(text, tokens, blocked, hits, end_of, index_of_end):
            ents.append(Entity("ORG", org.start, org.end, index, org.rule, {"type": org.type}))
        org_spans = [(e.start, e.end) for e in ents if e.label == "ORG"]
        if hits:
            token_starts = end_of
            token_ends = set(index_of_end)
            for a, b, name in hits:  # places are words: 浙江|宁波, 浙江省 (with its level), 刚果|（|布|）
                kind = self.places.get(name)
                tok_end = token_starts.get(a)
                if kind is None or tok_end is None:
                    continue
                if tok_end < b and b in token_ends:
                    tok_end = b
                if tok_end == b + 2 and text.startswith("联邦", b):
                    tok_end = b  # 瑞士联邦|主席, 俄罗斯联邦|总统: the segmenter's word holds the state
                if not (tok_end == b or (tok_end == b + 1 and text[b] in "省市县区州")):
                    continue
                if not _overlaps((a, tok_end), org_spans):
                    ents.append(Entity("GPE", a, tok_end, index, "gpe.lexicon", {"kind": kind}))
        ents.sort(key=lambda e: (e.start, -e.end))
        return SentenceView(index, start, end, text, tokens, ents, set(end_of))


def _merge_parenthesised(text: str, dates: list[Entity]) -> list[Entity]:
    """今天（10月3日）: one date, written twice."""
    out: list[Entity] = []
    for d in dates:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end + 1 == d.start
            and text[prev.end] in "（("
            and d.end < len(text)
            and text[d.end] in "）)"
            and prev.rule == "date.deictic"
        ):
            # 今天（2月28日）: one date; the written-out day is the authority
            out[-1] = Entity("DATE", prev.start, d.end + 1, prev.sentence, d.rule, d.attrs)
            continue
        out.append(d)
    return out


def _longest(ents: list[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    for e in sorted(ents, key=lambda e: (-(e.end - e.start), e.start)):
        if all(e.end <= k.start or e.start >= k.end for k in kept):
            kept.append(e)
    return sorted(kept, key=lambda e: e.start)


def _inside_word_number(text: str, start: int, end: int) -> bool:
    """G60, 5G, COVID-19: digits glued to Latin letters are names, not quantities."""
    before = text[start - 1] if start > 0 else ""
    return before.isascii() and before.isalpha()


def _quantity_label(item: dict[str, Any], units: Mapping[str, str]) -> str:
    unit = item.get("unit") or ""
    if unit in ("%", "个百分点", "‰"):
        return "PERCENT"
    if unit.endswith("元") or units.get(unit) == "money":  # (英镑, 卢布)
        return "MONEY"
    return "CARDINAL" if unit in ("个", "家", "项", "条", "名", "人", "位") else "QUANTITY"


_SAME_DAY = re.compile(r"当天|当日|同日|同一天")
# 开幕当天, 大会当天: the day of an occasion, which the paragraph may not have dated; 实现当日通达,
# 于乘车当日: any day, not one
_NOT_THAT_DAY_BEFORE = re.compile(r"(?:开幕|闭幕|开业|开馆|开园|开通|大会|会议|活动|仪式|典礼|首日|实现|乘车|可|后)$")
_NOT_THAT_DAY_AFTER = re.compile(r"通达|到达|往返|办结|送达|到账|然")
# 自8月2日起, 截至19日, 将在本月18日到期: a date a statement looks to, not the day of the news
_NOT_NEWS_DAY = re.compile(r"起|前|后|以来|之前|之后|到期")
_SINCE_BEFORE = re.compile(r"(?:自|从|截至|截止|到|至)$")


def resolve_same_day(views: list[SentenceView]) -> None:
    """英国国防大臣华莱士11日称…佩斯科夫当天表示: 当天 (当日, 同日) is the day its paragraph named
    last; with no such day before it in the paragraph it stays undated, and so unreported."""
    last: Entity | None = None
    paragraph = scanned = 0  # where the paragraph being read starts; how far the text was searched for one
    for v in views:
        added: list[Entity] = []
        marks = [(m.start(), m.end()) for m in _SAME_DAY.finditer(v.text, v.start, v.end)]
        if not marks and not v.of("DATE"):
            continue
        word_ends = {b for _, b in v.tokens}
        by_start = {d.start: d for d in v.of("DATE")}
        covered = 0  # the end of the dates read so far: a mark before it is inside a date
        for pos, stop in sorted([(d.start, d.end) for d in v.of("DATE")] + marks):
            # (each stretch of text is searched once: linear in the article)
            paragraph = max(paragraph, v.text.rfind("\n", scanned, pos) + 1)
            scanned = max(scanned, pos)
            date = by_start.get(pos)
            if date is not None:
                covered = max(covered, date.end)
                since = _SINCE_BEFORE.search(v.text, max(v.start, date.start - 2), date.start)
                if date.attrs.get("granularity") == "day" and not (_NOT_NEWS_DAY.match(v.text, date.end) or since):
                    last = date
                continue
            if (
                last is None or last.end <= paragraph or pos < covered or pos not in v.word_starts or stop not in word_ends
                or _NOT_THAT_DAY_AFTER.match(v.text, stop) or _NOT_THAT_DAY_BEFORE.search(v.text, max(v.start, pos - 4), pos)
            ):
                continue  # (同|日本, 当|天津: the characters of other words)
            added.append(Entity("DATE", pos, stop, v.index, "date.same_day", {**last.attrs, "relative": True}))
        if added:
            v.set_entities([*v.entities, *added])


def add_short_forms(views: list[SentenceView], lexicon: Lexicon) -> None:
    """传化集团 … 传化已经上新了10多个项目: an enterprise the article names in full is named later
    by its core alone (中国石油吉林石化公司 → 吉林石化, its parent's known name dropped); each
    such mention, at word boundaries and outside other names, is the same organisation."""
    if not views:
        return
    known = lexicon.known_orgs
    works_after = lexicon.org_words("works_after")
    text = views[0].text
    cores: dict[str, dict[str, Any]] = {}
    for v in views:
        for e in v.of("ORG"):
            name = text[e.start : e.end]
            tail = ENTERPRISE_TAIL.search(name)
            if e.attrs.get("type") != "enterprise" or tail is None:
                continue
            core = name[: tail.start()]
            parent = next((core[:k] for k in range(len(core) - 2, 1, -1) if core[:k] in known), None)
            # (the rest after a known parent is taken only with three or more characters: a two-character
            # rest is mostly the trade, 日立造船公司 not 造船, 全日空航空公司 not 航空; a real two-character
            # short form is lost with them)
            for form in (core, core[len(parent) :] if parent and len(core) - len(parent) >= 3 else None):
                if form and 2 <= len(form) <= 6 and form not in known:
                    cores[form] = dict(e.attrs)
    if not cores:
        return
    for v in views:
        ends = {b for _, b in v.tokens}
        added = []
        for form, attrs in cores.items():
            at = text.find(form, v.start, v.end)
            while at >= 0:
                stop = at + len(form)
                # a place inside the core (吉林|石化) gives way to it, as inside any name
                inside = any(e.start <= at < e.end or e.start < stop <= e.end for e in v.entities if e.label != "GPE")
                # 三峡集团 … 三峡枢纽, 三峡工程: the core names the works, not the company
                works = text.startswith(works_after, stop)
                if at in v.word_starts and stop in ends and not inside and not works:
                    added.append(Entity("ORG", at, stop, v.index, "org.short_form", attrs))
                at = text.find(form, stop, v.end)
        if added:
            v.set_entities([*(e for e in v.entities if not any(a.start <= e.start and e.end <= a.end for a in added)), *added])
