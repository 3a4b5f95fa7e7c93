"""The Extractor: loads once, then turns article texts into ``ExtractionResult`` objects.

Stages: page analysis and sentence split → segmentation (own jieba or pkuseg) into a spaCy
``Doc`` → the ``g60_ner`` recognisers → relation rules (agreements, initiatives, events) →
organisation merging → typed, offset-checked models.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from difflib import SequenceMatcher
from functools import lru_cache, partial
from itertools import pairwise
from typing import Any, NamedTuple, cast

import spacy
from rapidfuzz import fuzz

from g60extract import models as m
from g60extract.config import ExtractorConfig
from g60extract.errors import EmptyTextError, InvalidDateError, InvalidInputError, RuleError, TextTooLongError
from g60extract.lexicon import Lexicon
from g60extract.ner.orgs import SESSION_ORDINAL
from g60extract.ner.recognizer import Entity, SentenceView
from g60extract.ner.spacy_component import G60EntityRecognizer, G60Tokenizer
from g60extract.normalise.numbers import as_number, parse_number
from g60extract.page import HEADLINE_MAX, SENTENCE_FINAL, section_starts
from g60extract.rules import agreements, events, initiatives, milestones
from g60extract.rules import organizations as org_rules
from g60extract.rules.base import SentenceRule
from g60extract.rules.context import (
    CURRENT_FRAME,
    FIRST_IN_YEARS,
    LOOKED_BACK,
    NUMERAL,
    PERIOD,
    ArticleContext,
    find_words,
)
from g60extract.rules.phrases import DEMONSTRATIVES, document_heads, step_of_change, verb_at
from g60extract.rules.user import RuleLike, as_rule, load_user_rules
from g60extract.segmentation import make_segmenter

# 2024-11-25, 2024-1-5, 2024/1/5, 2024年1月5日, with an optional time 08:23(:00) or T08:23
_PUBLISHED = re.compile(
    r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]{1,2}(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
PublishedLike = dt.date | dt.datetime | str | None


def parse_published(value: PublishedLike, record: str | None = None) -> dt.date | dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value
    s = unicodedata.normalize("NFKC", str(value)).strip()
    m = _PUBLISHED.fullmatch(s)
    try:
        if m is None:
            raise ValueError(s)
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not 1000 <= y <= 2999:
            raise ValueError(s)  # far years overflow 明天/下个月 arithmetic and are never news dates
        if m.group(4):
            return dt.datetime(y, mo, d, int(m.group(4)), int(m.group(5)), int(m.group(6) or 0))  # noqa: DTZ001
        return dt.date(y, mo, d)
    except ValueError:
        raise InvalidDateError(f"published is not a date (YYYY-MM-DD): {value!r}", record=record) from None


class Extractor:
    """Reusable extractor. Build once (it loads the segmenter and lexicons), call many times.

    Pickles as its configuration, so it can be shipped to worker processes.

    ``rules`` and ``lexicon`` register user rules (``UserRule``, its dict, or a ``SentenceRule``)
    and lexicon entries (the sections of a lexicon file) in code; :meth:`add_rule` adds one
    later. They live outside the config: a pickled extractor carries them, but workers built
    from an ``ExtractorConfig`` alone need them in ``rule_files`` and ``lexicon_files``.
    """

    def __init__(
        self,
        config: ExtractorConfig | None = None,
        *,
        rules: Iterable[RuleLike] = (),
        lexicon: Mapping[str, Any] | None = None,
        **overrides: Any,
    ) -> None:
        base = (config or ExtractorConfig()).model_dump()
        self.config = ExtractorConfig.model_validate({**base, **overrides})  # unknown options fail here
        self._code_rules: list[RuleLike] = []
        self._code_lexicon = dict(lexicon or {})
        lex = Lexicon.default()
        for path in self.config.lexicon_files:
            lex = lex.extended_from_file(path)
        if self._code_lexicon:
            lex = lex.extended(self._code_lexicon)
        self.lexicon = lex
        self.nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
        # the trigger patterns of the rules, and other things built once from the lexicon
        self._gates: dict[tuple[str, ...], Any] = {}
        self.segmenter = make_segmenter(self.config.segmenter, lex)
        self.tokenizer = G60Tokenizer(self.nlp.vocab, self.segmenter, lex)
        self.nlp.tokenizer = self.tokenizer
        self.ner = cast(G60EntityRecognizer, self.nlp.add_pipe("g60_ner"))
        self.ner.recognizer = type(self.ner.recognizer)(lex)
        self.user_rules: tuple[SentenceRule, ...] = tuple(
            rule for path in self.config.rule_files for rule in load_user_rules(path)
        )
        self.sentence_rules: tuple[SentenceRule, ...] = _with_user_rules(self.user_rules)
        for rule in rules:
            self.add_rule(rule)

    def add_rule(self, rule: RuleLike) -> SentenceRule:
        """Register a user rule in code; it runs after the shipped and file rules."""
        compiled = as_rule(rule)
        self._code_rules.append(rule)
        self.user_rules = (*self.user_rules, compiled)
        self.sentence_rules = _with_user_rules(self.user_rules)
        return compiled

    def __reduce__(self) -> tuple[Any, ...]:
        if self._code_rules or self._code_lexicon:
            return (_rebuild, (self.config, tuple(self._code_rules), self._code_lexicon))
        return (Extractor, (self.config,))

    # -- public API -------------------------------------------------------------------------
    def extract(
        self,
        text: str | m.Article,
        published: PublishedLike = None,
        *,
        id: str | None = None,
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> m.ExtractionResult:
        """Extract from one article (its text, or an ``Article``)."""
        if isinstance(text, m.Article):
            article = text
        else:
            if not isinstance(text, str):
                raise InvalidInputError(f"text must be str, not {type(text).__name__}", record=id)
            article = m.Article(id=id, title=title, source=source, url=url,
                                published=parse_published(published, id), text=text)
        return self._extract(article)

    def extract_many(self, articles: Iterable[str | m.Article | dict[str, Any]], **kwargs: Any) -> Iterator[m.ExtractionResult]:
        """Results in input order, lazily (see ``g60extract.batch.extract_many`` for processes)."""
        from g60extract.batch import extract_many

        return extract_many(articles, extractor=self, **kwargs)

    # -- internals --------------------------------------------------------------------------
    def _extract(self, article: m.Article) -> m.ExtractionResult:
        text = article.text
        if not text.strip():
            raise EmptyTextError("article text is empty", record=article.id)
        if len(text) > self.config.max_chars:
            raise TextTooLongError(
                f"article has {len(text)} characters, over the limit of {self.config.max_chars}",
                record=article.id,
            )
        # the spaCy pipeline's own stages, on plain data: ``self.nlp(text)`` gives the same
        # entities as a Doc, for those who want one
        seg = self.tokenizer.segment(text)
        page = seg.page
        if article.published is None and page["published"]:
            article = article.model_copy(update={"published": dt.datetime.fromisoformat(page["published"])})
        if article.source is None and page["source"]:
            article = article.model_copy(update={"source": page["source"]})
        pub = article.published_date
        views = self.ner.analyse_segmented(text, page, seg.sentence_tokens, pub)
        warnings = []
        if _CJK.search(text, 0, 5000) is None:
            warnings.append("no Chinese text found")
        if pub is None:
            warnings.append("no publication date: relative dates are left unresolved")
        if not views:
            warnings.append("no article body found (the text is all page boilerplate)")
        sections = section_starts(text, [(v.start, v.end) for v in views])
        ctx = ArticleContext(text=text, published=pub, lexicon=self.lexicon, sentences=views,
                             sections=sections, org_recognizer=self.ner.recognizer.orgs, gates=self._gates,
                             title=article.title)
        return _assemble(article, page, views, ctx, self.sentence_rules, warnings)


# a book's edition launched with the meeting held as one with it (首发式 alone is no meeting head, so
# no meeting rule names it)
_BOOK_LAUNCH = re.compile(r"(?P<title>《[^《》]{2,40}》[^《》暨，。]{0,24}?)(?:全球)?首发式暨(?P<rest>[^暨]{3,})")


def _with_user_rules(user_rules: tuple[SentenceRule, ...]) -> tuple[SentenceRule, ...]:
    """The shipped event rules first (a meeting dates what is reported from it), then the user's,
    then the shipped agreement and initiative rules: for one item, a user's rule wins."""
    return (*events.RULES, *milestones.RULES, *user_rules, *agreements.RULES, *initiatives.RULES)


def _rebuild(config: ExtractorConfig, rules: tuple[RuleLike, ...], lexicon: dict[str, Any]) -> Extractor:
    return Extractor(config, rules=rules, lexicon=lexicon)


def _names_a_place(place: str, lexicon: Lexicon) -> bool:
    """在这里拉开帷幕, 会前, 在纽约出席联合国大会期间, 在充满仪式感的“点福字”中, 当地时间…: 在 before what is
    no place (not 北京的一所高中)."""
    if place in lexicon.trigger_list("not_places") or place.endswith(tuple(lexicon.trigger_list("not_place_tails"))):
        return False
    return not (place.endswith("”中") or place.startswith("当地时间"))


def _assemble(
    article: m.Article,
    page: dict[str, Any],
    views: list[SentenceView],
    ctx: ArticleContext,
    rules: tuple[SentenceRule, ...],
    warnings: list[str],
) -> m.ExtractionResult:
    text = article.text

    def mention(span: tuple[int, int], sentence: int, rule: str | None) -> m.Mention:
        start, end = span
        # built from our own offsets, which the property tests check: no re-validation per mention
        return m.Mention.model_construct(text=text[start:end], start=start, end=end, sentence=sentence, rule=rule)

    # meetings first: later rules date what happened 会上 by the meeting
    outputs: dict[str, list[tuple[SentenceView, SentenceRule, dict[str, Any]]]] = {}
    ordered = sorted(rules, key=lambda r: r.field != "events")
    starts = [v.start for v in views]
    for rule in ordered:
        gate = _gate(ctx.lexicon, rule.triggers, ctx.gates)
        for view in views if gate is None else _views_with(gate, text, views, starts):
            try:
                items = list(rule.apply(view, ctx))
            except Exception as exc:
                raise RuleError(f"{type(exc).__name__}: {exc}", rule=rule.name, record=article.id) from exc
            for item in items:
                if rule.field == "initiatives" and _opens_on_joining_word(text, view, item):
                    if item["span"][0] == item["trigger"][1]:
                        continue  # 组建和训练袭击小组: the 和 joins the verb to another, no name follows
                    item = _without_first_character(text, item)  # 出台二十条和“新十条”优化措施: a list's 和
                if rule.field == "initiatives" and _done_inside(text, item):
                    continue
                if rule.field in ("events", "initiatives") and (
                    not _balanced(text, view, item) or _CLAUSE_NAME.search(str(item.get("name") or ""))
                    or _subordinate_trigger(ctx, view, item, meeting=rule.name in _MEETING_RULES)
                ):
                    continue
                outputs.setdefault(rule.field, []).append((view, rule, item))
                # (巴黎奥运会将于7月26日晚开幕: a meeting still to come dates nothing the story reports done)
                # (a run of days, 2024-11-26/2024-11-30, dates the meeting but not what is reported 会上)
                if (rule.name in _MEETING_RULES and item.get("date") and "/" not in item["date"] and item.get("object") is None
                        and not item.get("named_in_passing")
                        and not ctx.lexicon.headed_by(item["name"], "occasion_heads", "exhibition_heads")
                        and not _festival(ctx, item["name"])
                        and not (ctx.published and item["date"][:10] > ctx.published.isoformat())):
                    ctx.meetings.setdefault(ctx.section(view), (item["date"], item["name"]))

    _add_named_by_headline(ctx, views, rules, outputs)

    result_events: list[m.Event] = []
    occasion_initiatives: list[tuple[SentenceView, SentenceRule, dict[str, Any]]] = []
    ceremonies: list[tuple[int, int]] = []  # signing ceremonies named as such (…项目签约活动举行)
    for view, rule, item in outputs.get("events", []):
        if rule.name not in _MEETING_RULES:
            result_events.append(_user_event(item, view, rule, mention, text))
            continue
        if item["date"] is None:
            meeting = ctx.meeting_of(view)
            item["date"] = meeting[0] if meeting and item["name"] == meeting[1] else None
        if (launch := _BOOK_LAUNCH.fullmatch(item["name"])) is not None:
            # 《习近平谈治国理政》第一卷白俄罗斯文版首发式暨中白治国理政研讨会: the edition is released, at
            # the meeting held as one with its launch
            start, end = item["span"]
            book = {**item, "name": launch.group("title"), "verb": "首发", "span": (start, start + len(launch.group("title")))}
            occasion_initiatives.append((view, rule, book))
            result_events.append(m.Event(
                type=m.EventType.RELEASE, object=book["name"], date=item["date"], place=item["place"],
                trigger=mention(item["trigger"], view.index, rule.name), evidence=view.string,
            ))
            item = {**item, "name": launch.group("rest"), "span": (end - len(launch.group("rest")), end)}
        # 向中国—东盟农业发展和粮食安全合作年开幕式致贺信: the themed year whose opening is held is
        # launched, an initiative as when the story says it opens (…旅游文化年今天开幕)
        if (opening := _SESSION_OF.fullmatch(item["name"])) is not None and ctx.lexicon.headed_by(
            opening.group(1), "season_heads"
        ) and opening.group(1).rstrip("”").endswith("年"):
            year = opening.group(1)
            occasion_initiatives.append((view, rule, {**item, "name": year, "verb": "开幕",
                                                      "span": (item["span"][0], item["span"][0] + len(year))}))
        # a sports games is held and opens like a meeting (annotators type it other); a signing
        # ceremony is a signing
        etype = m.EventType.MEETING
        first, joint, _ = item["name"].partition("暨")
        if joint and ctx.lexicon.headed_by(first, "sports_heads") and not ctx.lexicon.headed_by(item["name"], "sports_heads"):
            etype = m.EventType.OTHER  # 第20届世界风筝锦标赛暨万人风筝放飞活动: the games named first, with a side event
        elif not joint and (ceremony_of := _GAMES_CEREMONY.search(item["name"])) is not None and ctx.lexicon.headed_by(
            item["name"][: ceremony_of.start()], "sports_heads"
        ):
            etype = m.EventType.OTHER  # 巴黎奥运会开幕式定于7月26日晚举行: the games' ceremony, as the games (audits)
        elif ctx.lexicon.headed_by(item["name"], "sports_heads"):
            etype = m.EventType.LAUNCH if item["verb"] == "启动" else m.EventType.OTHER  # 大赛启动: launched
            contest = item
            if joint and ctx.lexicon.headed_by(first, "meeting_heads") and not ctx.lexicon.headed_by(first, "sports_heads"):
                # 第四届中国急救大会暨第七届全国急救技能大赛在北京举行: a meeting named first, holding a contest
                # (the contest, by its own name, is the initiative)
                etype = m.EventType.MEETING
                rest = item["name"][len(first) + 1 :]
                contest = {**item, "name": rest, "span": (item["span"][1] - len(rest), item["span"][1])}
            # (…世界杯盐湖城站比赛进入第二个比赛日: a contest under way, started before this story)
            if ctx.lexicon.headed_by(item["name"], "competition_heads") and not _match_of_games(ctx, item["name"]) and (
                item["verb"] not in ctx.lexicon.trigger_list("under_way_words")
            ):
                occasion_initiatives.append((view, rule, contest))
        elif ctx.lexicon.headed_by(item["name"], "signing_ceremony_heads") or _signing_first(
            ctx, item["name"]
        ):
            etype = m.EventType.SIGNING
            ceremonies.append(item["span"])
            if _meeting_first(ctx, item["name"]):  # 洽谈会暨…签约活动: a meeting that holds a signing
                result_events.append(m.Event(
                    type=m.EventType.MEETING, name=item["name"], date=item["date"], place=item["place"],
                    trigger=mention(item["trigger"], view.index, rule.name), evidence=view.string,
                ))
        elif ctx.lexicon.headed_by(item["name"], "exhibition_heads") and not _at_trade_fair(ctx, item["name"]):
            # …主题展览, …特展 opened: a cultural exhibition, not a meeting; 特展启动: launched, as a
            # competition is, and an initiative too
            launched = item["verb"] in ctx.lexicon.trigger_list("exhibition_launch_verbs")
            etype = m.EventType.LAUNCH if launched else m.EventType.OTHER
            if etype == m.EventType.LAUNCH:
                occasion_initiatives.append((view, rule, item))
        elif ctx.lexicon.headed_by(item["name"], "award_ceremony_heads"):
            etype = m.EventType.AWARD  # 颁奖典礼, 授勋仪式: the ceremony confers awards
        elif ctx.lexicon.headed_by(item["name"], "designation_ceremony_heads"):
            etype = m.EventType.DESIGNATION  # 授牌仪式, 颁证仪式: the ceremony confers titles
        elif ctx.lexicon.headed_by(item["name"], "occasion_heads") and not _meeting_first(ctx, item["name"]) and not (
            item["name"].rstrip("”").endswith("活动")
            and any(w in item["name"] for w in ctx.lexicon.trigger_list("meeting_activity_words"))
        ):
            etype = m.EventType.OTHER  # 植树活动, 入驻仪式, 宣传周 held: an occasion, not a meeting
        elif _festival(ctx, item["name"]):
            etype = m.EventType.OTHER  # 第三十八届泰山国际登山节, 第二届…帆船赛 held
        result_events.append(m.Event(
            type=etype, name=item["name"], object=item.get("object"), date=item["date"],
            place=item["place"],
            trigger=mention(item["trigger"], view.index, rule.name),
            evidence=view.string,
        ))

    signed: list[m.Agreement] = []  # every signing, named parties or not
    worded: dict[int, str] = {}  # 人道主义停火协议 for an agreement of kind 协议: what the event names
    named_in_list: dict[int, list[str]] = {}  # 经济技术合作协定 of …协定等双边合作文件: named, then summed up
    # agreements in force that the story tallies, and those reached by issuing them (双方发表《…联合
    # 声明》, whose event is the release): no signing event
    standing: set[int] = set()
    for view, rule, item in outputs.get("agreements", []):
        if item.get("standing") or item.get("issued"):
            standing.add(len(signed))
        if item.get("object"):
            worded[len(signed)] = item["object"]
        if item.get("listed"):
            named_in_list[len(signed)] = item["listed"]
        signed.append(m.Agreement(
            parties=item["parties"], title=item["title"], kind=item["kind"], verb=item["verb"],
            date=item["date"], trigger=mention(item["trigger"], view.index, rule.name),
        ))
    # one signing event per signing occasion: per story of a bundle and date when the article
    # dates it (the signings of one meeting), else per sentence
    # a headline's signing that its lead reports with the parties named is the lead's: one signing
    reported = {id(a) for a in _drop_headline_signings(signed, ctx, {id(signed[i]) for i in standing})}
    reported -= _restated_signings([a for a in signed if id(a) in reported])
    agreements_out = [a for a in signed if a.parties and id(a) in reported]
    occasions: dict[tuple[int, str | None, int | None, bool], list[tuple[int, m.Agreement]]] = {}
    for i, a in enumerate(signed):
        if i in standing or id(a) not in reported:
            continue
        story = ctx.section(ctx.sentences[a.trigger.sentence])
        # (两国元首签署了《…联合声明》，并共同见证签署…双边合作文件: what the leaders sign and what they
        # witness others sign are two signings)
        # (并见证有关领域合作协议签署: the witness verb opens the clause, the agreement between)
        witnessed = "见证" in text[max(0, a.trigger.start - 6) : a.trigger.start] or "见证" in text[
            ctx.clause_start(ctx.sentences[a.trigger.sentence], a.trigger.start) : a.trigger.start
        ]
        occasions.setdefault((story, a.date, None if a.date else a.trigger.sentence, witnessed), []).append((i, a))
    # who attends or holds a signing ceremony, or witnesses it: its name starts after them
    ceremony_verbs = (*ctx.lexicon.trigger_list("meeting_attend_verbs"), "见证")
    for (_, date, _, _), numbered in occasions.items():
        group = [a for _, a in numbered]
        first = group[0]
        if any(a <= first.trigger.start < b for a, b in ceremonies):
            continue  # 签约 inside the ceremony's own name: that signing event is reported already
        # (a signing of no named kind, 18家民企与金融机构集中签约, has the verb for its kind: nothing named)
        object_of = {i: worded.get(i) or a.title or (a.kind if a.kind != "签约" else None) or "" for i, a in numbered}
        objects = list(dict.fromkeys(object_of.values()))
        # …成立协定在深圳正式签署，…代表共同签署协定: the bare kind again names the one agreement
        objects = [o for o in objects if not o or not any(o != p and p.endswith(o) for p in objects)]
        back = all(text.startswith("的", a.trigger.end) and _THIS_TIME.search(text, max(0, a.trigger.start - 6), a.trigger.start)
                   for a in group)
        # (the signing referred to is one of the same story, not of another item of a bundle)
        here = ctx.section(ctx.sentences[first.trigger.sentence])
        if objects and (back or all(o.startswith(DEMONSTRATIVES) for o in objects)) and any(
            e.type == m.EventType.SIGNING and ctx.section(ctx.sentences[e.trigger.sentence]) == here for e in result_events
        ):
            # …在《协定》开放签署首日签署这一重要法律文件, 此次签订的订单成为…: the signing reported already,
            # referred to
            continue
        signing = partial(_signing_event, ctx, first.trigger, date, named_in_list, ceremony_verbs)
        # 见证签署《…共同行动计划》以及…等领域多项双边合作文件: the titled text and the many unnamed ones
        # summed up after it are two signings, as annotators list them (within one sentence)
        apart = [o for o in objects if o and (o.endswith(_SUMMED_DOCUMENTS) or any(o == a.title for a in group))]
        # (…协议签订和百亿级重大产业项目集中签约: the agreement and the projects signed at one event are two
        # signings, as annotators list them)
        projects = [o for o in objects if o and any(object_of[i] == o and a.kind == "项目签约" for i, a in numbered)]
        if projects and len(projects) < len([o for o in objects if o]):
            apart = [o for o in objects if o]
        if len(apart) > 1 and len({a.trigger.sentence for a in group}) == 1:
            for obj in apart:
                own = [(i, a) for i, a in numbered if object_of[i] == obj]
                # (each signing by its own verb: …协议签订 / …项目集中签约)
                result_events.append(_signing_event(ctx, own[0][1].trigger, date, named_in_list, ceremony_verbs, own, [obj]))
            numbered = [(i, a) for i, a in numbered if object_of[i] not in apart]
            objects = [o for o in objects if o not in apart]
            if not numbered:
                continue
        result_events.append(signing(numbered, objects))

    initiatives_out: list[m.Initiative] = []
    event_of = {"alliance": m.EventType.ESTABLISHMENT, "designation": m.EventType.DESIGNATION,
                "competition": m.EventType.AWARD}
    # a headline and its story name one initiative: keep the fuller name, at the first place
    chosen: list[tuple[SentenceView, SentenceRule, dict[str, Any]]] = []
    kinds = _document_kinds(ctx)
    work_kinds = tuple(ctx.lexicon.trigger_list("titled_work_kinds"))

    def one_release(v: SentenceView, a: str, view: SentenceView, b: str) -> bool:
        short, long = sorted((a, b), key=len)
        return _headline_pair((v.index, v.string), (view.index, view.string), short, long, kinds)

    for view, rule, item in outputs.get("initiatives", []):
        if item["name"][:1] in "、，,；;":
            continue  # 由中国提出、联合多国共同建设的…计划: a verb in a list of modifiers, not what it acts on
        if _PLOT.search(text, view.start, item["trigger"][0]):
            continue  # 电视剧《江河之上》…讲述了…走向成立…审判庭: a work's plot, not news
        if (gap := _HEADLINE_GAP.search(item["name"])) is not None and (
            item["span"][0] == 0 or text[item["span"][0] - 1] not in "《“"
        ):
            # 欧盟公布新一轮对俄制裁 俄称将采取报复措施: a headline's space ends its clause, and the name (a
            # title's own spaces, 《…意见》, are its words)
            if gap.start() < 2:
                continue
            item = {**item, "name": item["name"][: gap.start()], "span": (item["span"][0], item["span"][0] + gap.start())}
        if item["name"][:1] in _JOINING and verb_at(ctx, item["span"][0] + 1):
            continue  # 创建和培育了人民军队, 建立和完善相关工作制度: the second of two verbs, not a name
        if (one := _ONE_COPY.match(item["name"])) is not None:
            # 发布的一份报告指出: one report, named by its kind (as 报告), not by the count
            item = {**item, "name": item["name"][one.end() :], "span": (item["span"][0] + one.end(), item["span"][1])}
        if _BRACKETED.fullmatch(item["name"]):
            # 《新时代基础教育扩优提质行动计划》 read whole as a subject: the title, without its brackets
            item = {**item, "name": item["name"][1:-1], "span": (item["span"][0] + 1, item["span"][1] - 1), "titled": True}
        elif (work_title := _DESCRIBED_TITLE.fullmatch(item["name"])) is not None and (
            work_title.group(1).endswith(work_kinds)
        ):
            # 总台大型文化节目《帛书传奇》启动: a programme or film is named by its title, not its description
            at = item["span"][0]
            span = (at + work_title.start(2), at + work_title.end(2))
            item = {**item, "name": work_title.group(2), "span": span, "titled": True}
        elif (described_prize := _DESCRIBED_PRIZE.fullmatch(item["name"])) is not None:
            # 动漫赛事“金猴奖”揭晓: a prize or contest named by its quoted name, not the kind it is
            at = item["span"][0]
            span = (at + described_prize.start(1), at + described_prize.end(1))
            item = {**item, "name": described_prize.group(1), "span": span}
        elif rule.name in _RUN_BY_A_BODY and (owner := next(
            (o for o in view.of("ORG") if o.start == item["span"][0] and o.end < item["span"][1] and text.startswith("“", o.end)
             and not _QUOTED_DAY.match(text, o.end, item["span"][1])),  # (…长峰医院“4·18”火灾事故调查组)
            None,
        )) is not None and item["span"][1] - owner.end >= 6:
            # 中央广播电视总台“跨越山海 格桑花开——…”大型融媒体活动启动: the body that runs it, then its quoted
            # name (dev: 总台“何以文明·遇见良渚”…特展 is named without 总台; not a prize, 联合国“地球卫士奖”, nor
            # an arrangement, 中国-澳大利亚海关“经认证的经营者”互认, which the body's name is part of)
            item = {**item, "name": text[owner.end : item["span"][1]], "span": (owner.end, item["span"][1]),
                    "actors": item["actors"] or [text[owner.start : owner.end]]}
        # (the stories of a bundle are apart: 银保监会…发布通知 / 国家口岸管理办公室…发布通知 are two)
        # (授予…第27届中国青年五四奖章；授予…第27届中国青年五四奖章集体: two honours of one sentence, each by
        # its own verb, however alike their names)
        same = next((i for i, (v, r, it) in enumerate(chosen) if ctx.section(v) == ctx.section(view) and not (
            _views_one_statement(v, view) and (it["trigger"] != item["trigger"] or item.get("listed"))
            and r.name == rule.name
            and it["kind"] == item["kind"] and _bare(it["name"]) != _bare(item["name"])
            and (it["span"][1] <= item["span"][0] or item["span"][1] <= it["span"][0])
        ) and (
            (_same_name(item["name"], it["name"]) and not (
                # 关于设立全国人大常委会代表工作委员会的决定 adopted, and the committee it founds: two items
                # (发布“最美公务员”评选结果, …被评选确定为“最美公务员”: the results published, and the title conferred)
                {r.name, rule.name} in _RELEASED_AND_MADE and item["name"] != it["name"]
            ) and not (
                # 公布了第49届南丁格尔奖获奖者名单，…获得南丁格尔奖: the list published, and the prize won (a
                # title won, 获得2023年“最美铁路人”称号, is the one its 先进事迹 published confer)
                {r.name, rule.name} == {"initiative.release", "initiative.prize_won"} and item["name"] != it["name"]
                and "competition" in (it["kind"], item["kind"])
            )) or (
                r.name.startswith("initiative.release") and rule.name.startswith("initiative.release")
                and one_release(v, it["name"], view, item["name"])
            ) or (r.name == rule.name == "initiative.launch" and _route_short_form(item["name"], it["name"]))
            or _initialism(item["name"], it["name"])
        )), None)
        paired = [] if same is not None else [
            i for i, (v, r, it) in enumerate(chosen)
            if _one_family(r.name, rule.name) and _headline_then_lead((v.index, v.string), (view.index, view.string))
        ]
        reworded = next((i for i in paired if chosen[i][0].index < view.index and _rewords(chosen[i][2], item, view)), None)
        # (the lead read first, by another rule)
        reworded_lead = next(
            (i for i in paired if view.index < chosen[i][0].index and _rewords(item, chosen[i][2], chosen[i][0])), None
        )
        if (at := reworded if reworded is not None else reworded_lead) is not None:
            headline, lead = (chosen[at], (view, rule, item)) if reworded is not None else ((view, rule, item), chosen[at])
            # 西宁至成都高铁 (headline) / 西部铁路大动脉——西宁至成都高铁 (lead): the headline's name, which
            # the lead describes (or writes out in full, where the lead's is cut short); 载人月球探测任务
            # 新飞行器名称征集活动 / …征名活动: the lead's own words
            names = (headline[2]["name"], lead[2]["name"])
            keep, drop = (headline, lead) if names[0] in names[1] or names[1] in names[0] else (lead, headline)
            if _QUOTED_BEFORE_HEADLINE.fullmatch(names[1]) and names[1].endswith(names[0]):
                # 黄河禁渔专项执法行动 / “中国渔政亮剑2023”黄河禁渔专项执法行动: the campaign's name, which the lead quotes
                keep, drop = lead, headline
            if names[1].startswith(names[0] + "·"):
                keep, drop = lead, headline  # 第九届中国戏剧奖 / 第九届中国戏剧奖·梅花表演奖、曹禺剧本奖: its prizes named
            keep[2]["date"] = keep[2]["date"] or drop[2]["date"]
            keep[2]["event_only"] = keep[2].get("event_only") and drop[2].get("event_only")  # (an initiative if either is)
            keep[2]["aliases"] = [*keep[2].get("aliases", []), drop[2]["name"]]  # the other wording, kept on the event
            chosen[at] = keep
            continue
        described = None if same is not None else next((
            i for i, (v, r, it) in enumerate(chosen)
            if r.name == rule.name and v.index < view.index
            and _headline_then_lead((v.index, v.string), (view.index, view.string))
            and _named_after_description(it["name"], item["name"], view.string)
        ), None)
        if described is not None:
            # 国内规模最大新能源跨长江输送通道投运 (headline) / …输送通道——江苏泰州…工程建成投运: the lead's name
            item["date"] = item["date"] or chosen[described][2]["date"]
            item["event_only"] = item.get("event_only") and chosen[described][2].get("event_only")
            item["aliases"] = [*item.get("aliases", []), chosen[described][2]["name"]]  # the headline's wording
            chosen[described] = (view, rule, item)
            continue
        if same is None:
            chosen.append((view, rule, item))
            continue
        kept = chosen[same][2]
        # (…综合性政策文件 / 《关于加强养老服务人才队伍建设的意见》: the document's own name, however short)
        releases = rule.name.startswith("initiative.release") and chosen[same][1].name.startswith("initiative.release")
        by_content = [releases and x["name"].endswith(kinds.contents) for x in (item, kept)]
        longer = len(item["name"].strip("“”")) > len(kept["name"].strip("“”"))
        # 总台央视综合频道2024年精品片单 (headline) / 央视综合频道2024年精品节目片单 (lead): where neither name
        # holds the other, the lead's, which a headline shortens
        after_headline = chosen[same][0].index < view.index and _headline_then_lead(
            (chosen[same][0].index, chosen[same][0].string), (view.index, view.string)
        )
        lead_named = after_headline and _bare(item["name"]) not in _bare(kept["name"]) and (
            _bare(kept["name"]) not in _bare(item["name"])
        )
        longer = longer or lead_named
        if after_headline and len(kept["name"]) < len(item["name"]) and _route_short_form(item["name"], kept["name"]) and (
            _route_ends_kept(item["name"], kept["name"])
        ):
            longer = False  # 德余高速公路 (headline) / 贵州省德江至余庆高速公路 (lead): the headline's short form, as dev has it
        # (医保目录调整谈判药品续约规则 (headline) / 公布2023年《谈判药品续约规则》: the title the lead gives)
        bracketed = [releases and text.startswith("《", x["span"][0] - 1) for x in (item, kept)]
        # (对俄制裁 (headline) / 对俄制裁措施 (lead): the headline's name cut short of its head)
        cut_short = after_headline and item["name"].startswith(kept["name"]) and len(item["name"]) > len(kept["name"])
        # 北京中轴线数字资源库成果发布 (headline) / 北京中轴线数字资源库今天上线 (lead): the thing itself, by its own verb
        results = _results_of(item["name"], kept["name"]) and _headline_then_lead(
            (chosen[same][0].index, chosen[same][0].string), (view.index, view.string)
        )
        if results:
            longer = cut_short = len(item["name"]) < len(kept["name"])
        if (bracketed[0] and not bracketed[1]) or (bracketed[0] == bracketed[1] and (
            (by_content[1] and not by_content[0]) or (by_content[0] == by_content[1] and longer) or cut_short
        )) or (
            # 民政部部署“寒冬送温暖”专项救助行动 (headline) / …开展“寒冬送温暖”专项救助行动: the lead's
            # start of the programme is its event
            item["name"] == kept["name"] and _programme_started(rule, item) and not _programme_started(chosen[same][1], kept)
        ):
            chosen[same] = (view, rule, item)
            item, kept = kept, item
            if item.get("aliases"):
                kept["aliases"] = list(dict.fromkeys([*kept.get("aliases", []), *item["aliases"]]))  # (the replaced one's)
            published = ctx.published.isoformat() if ctx.published else None
            if lead_named and item["date"] and kept["date"] in (None, published) and item["date"] != published:
                # (…6月15日起实行新的列车运行图: the headline's day where the lead's is only the story's)
                kept["date"] = item["date"]
        kept["date"] = kept["date"] or item["date"]  # an undated headline and its dated body: one, dated
        kept["event_only"] = kept.get("event_only") and item.get("event_only")
        if not _same_name(item["name"], kept["name"]) and _bare(item["name"]) not in (*kinds.bare, *kinds.heads):
            # 深中通道, 危化品重大危险源企业部级督导核查 (headline) / …2023年第一次部级督导核查: the other
            # wording, kept on the event (not a bare kind, 意见 or 方案, which names nothing of its own)
            kept["aliases"] = [*kept.get("aliases", []), item["name"]]
    for view, rule, item in chosen:
        init = m.Initiative(
            name=item["name"], kind=m.InitiativeKind(item["kind"]), action=item["action"],
            actors=item["actors"], recipients=item["recipients"], date=item["date"],
            mention=mention(item["span"], view.index, rule.name),
            trigger=mention(item["trigger"], view.index, rule.name),
        )
        # 广深港高铁香港段恢复运营: a service resumed is launched again, but nothing new is begun; figures
        # made public (…采购经理指数发布) are released, but no initiative either; a launch looked back on
        # (蒙内铁路2017年5月31日投入运营, 近年来…鲁班工坊落地) is background, no initiative of the story
        launch_rule = rule.name in ("initiative.launch", "initiative.pilot", "initiative.in_force")
        if not (launch_rule and item.get("looked_back")) and not (
            rule.name == "initiative.launch" and item["action"] in ctx.lexicon.trigger_list("resume_verbs")
        ) and not (
            rule.name.startswith("initiative.release") and ctx.lexicon.headed_by(init.name, "data_release_heads")
        ) and not item.get("event_only"):
            initiatives_out.append(init)
        designated: str | None = None
        in_force: str | None = None  # the word a law takes effect by, when that is the event
        if rule.name == "initiative.establish":
            if item.get("planned") or item.get("looked_back"):
                continue  # 中方还将建立…平台: announced, not yet founded; 截至目前，…成立了…: a tally's
            etype = m.EventType.ESTABLISHMENT
        elif rule.name in ("initiative.launch", "initiative.pilot"):
            if item.get("looked_back") or item.get("since_start"):
                # 近年来，…，鲁班工坊落地: an achievement of a period looked back over, not news of the day;
                # 自2022年6月，厦门港开通“丝路海运”电商快线以来: opened before what the story reports
                continue
            # 世界剧院联盟在北京揭幕: an alliance launched is founded
            alliance = init.kind == m.InitiativeKind.ALLIANCE
            # 北方水稻研究中心落成: a research or teaching body whose building opens is founded with it (not
            # …研究所正式启用新所址: a body long founded opens something of its own)
            opened = init.action.removeprefix("正式")
            institute = (
                (opened in ctx.lexicon.trigger_list("opening_verbs") and ctx.lexicon.headed_by(init.name, "institute_heads"))
                # (中共中央秘书处机关旧址纪念馆开馆; not 伊朗驻沙特大使馆…重新开馆, 经过修缮，…纪念馆今天开馆: reopened)
                or (opened in ctx.lexicon.trigger_list("museum_opening_verbs")
                    and ctx.lexicon.headed_by(init.name, "museum_heads")
                    and not text.endswith("重新", 0, item["trigger"][0])
                    and _REPAIRED.search(text, view.start, item["trigger"][0]) is None)
            ) and _VERB_CLOSES.match(ctx.text, item["trigger"][1]) is not None
            etype = m.EventType.ESTABLISHMENT if alliance or institute else m.EventType.LAUNCH
            if init.action.endswith("首发") and (item.get("titled") or _publication(ctx, init.name)):
                etype = m.EventType.RELEASE  # 《美术经典中的党史》画册首发: a publication is released, as 出版 is
        elif rule.name == "initiative.decree":
            # 塞西颁布总统令; 普京签署总统令 is a release too, which most audit annotators require, while
            # the signing rule reports the act as dev annotates it (a signing)
            etype = m.EventType.RELEASE
        elif rule.name.startswith("initiative.release"):
            if item.get("referred") or ("草案" in init.name and "通过" in init.action):
                continue  # a document in force or a tally of releases; a draft passed on (not one published for comment)
            # 第36届中国电影金鸡奖揭晓: a prize announced is awarded, not published
            prize = init.action == "揭晓" and init.name.rstrip("”").endswith("奖")
            etype = m.EventType.AWARD if prize else m.EventType.RELEASE
            if init.action in initiatives.JOINT_LAUNCH_VERBS:
                etype = m.EventType.LAUNCH  # “央博”平台上线暨…发布: the act joined first is a launch
            in_title = ctx.text[item["span"][0] - 1 : item["span"][0]] == "《"
            # (but 推出…吉祥物形象, “考古中国”重大项目进展: what dev types as released, by the document heads)
            released_kind = _bare(init.name).endswith(kinds.heads) or init.name.endswith("进展")
            if init.action.endswith("推出") and init.kind in _PUT_INTO_USE and not in_title and not released_kind:
                # 推出了“轮椅友好厅”, 推出…信息服务系统: a service put into use (but 推出《…》, a title, is released)
                etype = m.EventType.LAUNCH
            if not in_title and _SERVICE_PLATFORM.search(_ALIAS_AFTER.sub("", init.name)):
                # 国家海洋大数据服务平台（海洋云）今天正式对外公布, 发布…综合服务平台: a service platform made
                # public is put into use (not 星图云开放平台, 鸿蒙操作系统: products released)
                etype = m.EventType.LAUNCH
            if init.action.endswith("获批") and ctx.lexicon.headed_by(
                init.name, "founded_heads", "park_heads", "approved_body_heads"
            ):
                etype = m.EventType.ESTABLISHMENT  # “朱鹮国家保护研究中心”获批: a body approved is founded
            if etype == m.EventType.RELEASE and _honour_title(ctx.lexicon, init.name):
                etype = m.EventType.DESIGNATION  # 发布了2024年“最美医生”: the title's holders are named, not a text
            if etype == m.EventType.RELEASE and ctx.lexicon.headed_by(init.name, "honour_heads"):
                etype = m.EventType.DESIGNATION  # 2022年100个国家乡村振兴示范县公布: the holders named are designated
                designated = _HOLDER_COUNT.sub("", init.name)
        elif rule.name == "initiative.in_force":
            etype = m.EventType.LAUNCH  # measures that come into use
            if not item.get("launched"):
                a_law = text[init.mention.start - 1 : init.mention.start] == "《" or ctx.lexicon.headed_by(init.name, "law_heads")
                if not a_law or not ctx.leads_its_story(view, headline_too=True) or (
                    events.recalled(ctx, view, init.trigger.start)  # 近年来，…协定生效
                ):
                    # a law taking effect, told beside other news: published policy (dev lists it optional); a
                    # measure (…“经认证的经营者”互认将于12月14日起正式实施), which dev types launched if at all
                    continue
                # 《互联网广告管理办法》今（5月1日）起施行: the story's own news, an event of type other as the
                # audits require it (dev lists the same optional)
                etype, in_force = m.EventType.OTHER, init.trigger.text
        elif rule.name == "initiative.commendation":
            etype = m.EventType.AWARD  # …先进集体和先进个人表彰大会: the honour awarded, as the gold types it
        elif rule.name in ("initiative.programme", "initiative.plan"):
            if not _programme_started(rule, item):
                continue  # a programme proposed or carried on is an initiative, not a dated event
            etype = m.EventType.LAUNCH
        else:
            etype = event_of.get(init.kind.value, m.EventType.OTHER)
        if item.get("joint"):
            continue  # 命名第八批…示范点和岗位学雷锋标兵各50个: one act conferring both, reported by the first
        args = {"actors": init.actors} if init.actors else {}
        if init.recipients:
            args["recipients"] = init.recipients
        if item.get("aliases"):
            args["aliases"] = item["aliases"]
        if etype == m.EventType.DESIGNATION and init.recipients and _bare(init.name) in ctx.lexicon.trigger_list("site_lists"):
            # “普洱景迈山古茶林文化景观”成功列入世界遗产名录: each site inscribed is the event's object
            result_events.extend(m.Event(
                type=etype, object=site, date=init.date, arguments={**args, "recipients": [site]},
                trigger=init.trigger, evidence=view.string,
            ) for site in init.recipients)
            continue
        # 出席…高速公路通车仪式: the ceremony that marks the act names the event, its object the road
        ceremony = initiatives.CEREMONY_AFTER_VERB.match(text, init.trigger.end)
        manner = _CEREMONY_MANNER.search(text, max(0, init.trigger.start - 2), init.trigger.start) if ceremony else None
        result_events.append(m.Event(
            type=etype, name=(manner.group() if manner else "") + init.trigger.text + ceremony.group() if ceremony else in_force,
            object=designated or item.get("act") or init.name, date=init.date, arguments=args,
            trigger=init.trigger, evidence=view.string,
        ))
    # …职业技能大赛在天津开幕: a competition held is an initiative too (its event is the occasion's);
    # so is an exhibition launched (…特展启动), of kind other
    for view, rule, item in occasion_initiatives:
        if not any(_same_name(item["name"], i.name) for i in initiatives_out):
            competition = ctx.lexicon.headed_by(item["name"], "competition_heads")
            initiatives_out.append(m.Initiative(
                name=item["name"], kind=m.InitiativeKind.COMPETITION if competition else m.InitiativeKind.OTHER,
                action=item["verb"], date=item["date"],
                mention=mention(item["span"], view.index, rule.name), trigger=mention(item["trigger"], view.index, rule.name),
            ))

    # 两国元首签署了《…联合声明》: a statement signed is published too, a document beside the agreement
    # (its event is the signing, and for a joint statement the release too; not one the story tallies or
    # refers to, 2019年签署《…》以来); so is an
    # untitled one named by what it is about (签署了构建新时代塞中命运共同体的联合声明), but not a kind of
    # cooperation text (三方合作联合声明, which dev lists as the agreement alone) nor one only described
    # (具有历史意义的联合声明, 多份合作文件及联合声明)
    statement_kinds = tuple(ctx.lexicon.trigger_list("published_agreement_kinds"))
    jointly_issued = tuple(ctx.lexicon.trigger_list("issued_jointly_kinds"))
    with_sides = {id(a) for a in agreements_out}  # (the sides named: signed by someone the story names)
    for i, a in enumerate(signed):
        if i in standing or id(a) not in with_sides:
            continue
        if a.title:
            name, bare_kind = a.title, _GENERIC_STATEMENT.fullmatch(a.title) is not None  # 《联合声明》
        else:
            name = worded.get(i) or ""
            bare_kind = (len(name) < _NAMED_STATEMENT_MIN or _GENERIC_STATEMENT.fullmatch(name) is not None
                         or _DESCRIBED_STATEMENT.search(name) is not None)
        if not name.endswith(statement_kinds) or bare_kind or any(_same_name(name, x.name) for x in initiatives_out):
            continue
        sentence = ctx.sentences[a.trigger.sentence]
        if a.title:
            at = text.find(f"《{name}》", sentence.start, sentence.end) + 1
        else:
            at = text.find(name, a.trigger.end, sentence.end)
        if at <= 0:
            continue
        initiatives_out.append(m.Initiative(
            name=name, kind=m.InitiativeKind.DOCUMENT, action=a.verb or "签署", actors=a.parties, date=a.date,
            mention=mention((at, at + len(name)), a.trigger.sentence, a.trigger.rule), trigger=a.trigger,
        ))
        # (2019年，两国元首签署了…, 2019年6月…访问期间，…签署了…: a statement of a past year, released then;
        # not 在1964年建交60周年之际，两国元首8日签署…: an anniversary's year, the signing dated in its own clause)
        clause = ctx.clause_start(sentence, a.trigger.start)
        past = (not any(clause <= d.start < a.trigger.start for d in sentence.of("DATE")) and any(
            ctx.dated_before_this_year(sentence, d.start, d.start + 1, year_written=True)
            and _ANNIVERSARY_AFTER.match(text, d.end) is None
            for d in sentence.of("DATE") if d.end <= a.trigger.start
        )) or ctx.dated_before_this_year(sentence, clause, a.trigger.start, year_written=True)
        if name.endswith(jointly_issued) and not past:
            # 两国元首签署了《中华人民共和国和哈萨克斯坦共和国联合声明》: a joint statement signed is issued by
            # it, a release as when the sides 发表 it (audit annotators require the release, the signing optional);
            # a release the story reports by the bare kind (双方发表的联合声明指出…) is this one, named in full
            # (by the sides that signed it, or the two of them: not 中俄两国发表联合声明 before a 中哈 one)
            by_kind = next((i for i, e in enumerate(result_events) if e.type == m.EventType.RELEASE
                            and e.object in jointly_issued and name.endswith(e.object)
                            and ctx.section(ctx.sentences[e.trigger.sentence]) == ctx.section(sentence)
                            and all(x.endswith(_BOTH_SIDES) or x in a.parties for x in e.arguments.get("actors", []))), None)
            if by_kind is not None:
                result_events[by_kind] = result_events[by_kind].model_copy(update={"object": name})
                continue
            result_events.append(m.Event(
                type=m.EventType.RELEASE, object=name, date=a.date, trigger=a.trigger, evidence=sentence.string,
                arguments={"actors": list(a.parties)},
            ))
    initiatives_out = _initiatives_without_restatements(
        initiatives_out, story=lambda i: ctx.section(ctx.sentences[i.mention.sentence])
    )
    # “东亚文化之都”…举行授牌仪式: the title conferred names the ceremony's designation
    bare = set(ctx.lexicon.trigger_list("designation_ceremony_heads"))
    titled = {e.trigger.sentence for e in result_events if e.type == m.EventType.DESIGNATION and e.name not in bare}
    result_events = [e for e in result_events if not (
        e.type == m.EventType.DESIGNATION and e.name in bare and e.object is None and e.trigger.sentence in titled
    )]
    # 中希文明互鉴中心成立仪式在雅典大学举行: a founding ceremony held is the founding the story reports,
    # no occasion of its own (where no founding is read, 临港新片区成立仪式, the ceremony stays)
    founded = [e.object for e in result_events if e.type == m.EventType.ESTABLISHMENT and e.object]
    result_events = [e for e in result_events if not (
        e.type == m.EventType.OTHER and e.name and _FOUNDING_CEREMONY.search(e.name) and any(f in e.name for f in founded)
    )]
    result_events = _plenaries_in_sessions(result_events, text)
    # (before the merge, so that a headline's 在这里 gives way to the lead's 在北京)
    result_events = [
        e.model_copy(update={"place": None}) if e.place and not _names_a_place(e.place, ctx.lexicon) else e
        for e in result_events
    ]
    result_events = _dedupe_events(
        result_events, kinds, ctx.lexicon.triggers.get("games_short_names", {}), ctx.lexicon.aliases,
        story=lambda e: ctx.section(ctx.sentences[e.trigger.sentence]),
        restated=partial(_ceremony_restated, ceremonies=tuple(ctx.lexicon.trigger_list("signing_ceremony_heads")),
                         verbs=frozenset(ctx.lexicon.trigger_list("signing_verbs"))),
    )
    organizations = _organizations(views, ctx, mention)
    by_surface = {mm.text: o.id for o in organizations for mm in o.mentions}
    for a in agreements_out:
        a.party_ids = [by_surface.get(p) for p in a.parties]
    agreements_out = _dedupe_agreements(agreements_out)
    dates = [
        m.DateMention.model_construct(
            text=text[e.start:e.end], start=e.start, end=e.end, sentence=e.sentence, rule=e.rule,
            value=e.attrs["value"], granularity=m.Granularity(e.attrs["granularity"]), relative=e.attrs["relative"],
        )
        for v in views for e in v.of("DATE")
    ]
    statistics = [
        m.Statistic.model_construct(
            text=text[e.start:e.end], start=e.start, end=e.end, sentence=e.sentence, rule=e.rule,
            value=e.attrs["value"], value_max=e.attrs.get("value_max"), unit=e.attrs["unit"], subject=e.attrs["subject"],
            subject_span=m.TextSpan.model_construct(**e.attrs["subject_span"]) if e.attrs["subject_span"] else None,
            qualifier=m.Qualifier(e.attrs["qualifier"]) if e.attrs["qualifier"] else None,
            change=m.Change(e.attrs["change"]) if e.attrs["change"] else None,
            basis=m.Basis(e.attrs["basis"]) if e.attrs["basis"] else None,
        )
        for v in views for e in v.entities if e.rule.startswith("statistic.")
    ]
    # every part is a typed model built above: assemble without a second validation pass
    return m.ExtractionResult.model_construct(
        article=article,
        body=m.TextSpan(start=page["body"][0], end=page["body"][1]),
        sentences=[m.TextSpan.model_construct(start=v.start, end=v.end) for v in views],
        sections=_section_spans(views, ctx.sections),
        organizations=organizations, dates=dates, statistics=statistics,
        agreements=agreements_out, initiatives=initiatives_out, events=result_events,
        warnings=warnings,
    )


_THIS_TIME = re.compile(rf"(?:{'|'.join(agreements.THIS_OCCASION)})(?:正式|共同|集中|所)?$")  # 此次(正式)签订的订单
_SIGNING_MANNER = ("集中", "现场", "云", "相继", "正式", "成功", "同步", "线上")


def _signing_phrase(text: str, trigger: m.Mention, ceremony_verbs: tuple[str, ...]) -> str:
    """集中签约, 现场签约, “云签约”: the verb with the manner word before it (and 签约项目 of 签约项目78个:
    the signing of projects counted after them)."""
    start = trigger.start
    for word in _SIGNING_MANNER:
        if text.startswith(word, start - len(word)):
            start -= len(word)
            break
    end = trigger.end + 2 if agreements.PROJECTS_COUNTED_AFTER.match(text, trigger.end) else trigger.end
    if text.startswith("仪式", trigger.end):
        # 共同出席…合作协议签署仪式: the ceremony by its own name, from the last verb of attending or
        # holding in its clause (出席中国—东盟出口管制…仪式: 出口 is no such verb)
        lowest = max(0, start - 60)
        clause = max(lowest, *(text.rfind(p, lowest, start) + 1 for p in "，。；：\n"))
        held = max(((at, v) for v in ceremony_verbs if (at := text.rfind(v, clause, start)) >= 0), default=None)
        if held is not None:
            named = held[0] + len(held[1]) + text.startswith("了", held[0] + len(held[1]))
            if trigger.start - named >= 4:
                return text[named : trigger.end + 2]
    return text[start:end]


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
def _gate(
    lexicon: Lexicon, triggers: tuple[str, ...], cache: dict[tuple[str, ...], re.Pattern[str] | None]
) -> re.Pattern[str] | None:
    """One pattern of all the trigger words a rule needs (cached on the extractor's context)."""
    if not triggers:
        return None
    if triggers not in cache:
        words = sorted({w for t in triggers for w in lexicon.trigger_list(t)}, key=len, reverse=True)
        cache[triggers] = re.compile("|".join(map(re.escape, words))) if words else None
    return cache[triggers]


def _views_with(gate: re.Pattern[str], text: str, views: list[SentenceView], starts: list[int]) -> list[SentenceView]:
    """The sentences in which ``gate`` matches, in order: one search from each hit's sentence end to
    the next hit, not one search per sentence (the sentences between hits are scanned in C)."""
    out: list[SentenceView] = []
    if not views:
        return out
    pos, end = views[0].start, views[-1].end
    while (hit := gate.search(text, pos, end)) is not None:
        i = bisect_right(starts, hit.start()) - 1
        view = views[i]
        if hit.end() <= view.end:
            out.append(view)
            pos = view.end
        else:
            pos = hit.start() + 1  # (a hit across a sentence end, or in a gap between sentences)
    return out


def _section_spans(views: list[SentenceView], sections: list[int]) -> list[m.TextSpan]:
    spans: list[m.TextSpan] = []
    for view, section in zip(views, sections, strict=True):
        if section == len(spans):
            spans.append(m.TextSpan(start=view.start, end=view.end))
        else:
            spans[-1] = m.TextSpan(start=spans[-1].start, end=view.end)
    return spans


_REWORDED = 70  # fuzz.ratio of a headline's and its lead's wordings of one initiative
_SHARED_RUN = 4  # Han characters in a row that a headline's short wording keeps of its lead's


def _rewords(headline: dict[str, Any], lead: dict[str, Any], lead_view: SentenceView) -> bool:
    """A headline's initiative and its lead's, the lead right after it, are one in other words."""
    # (47项自贸试验区制度创新最新成果 (headline) / 发布47项自贸试验区制度创新成果 (lead): the count the lead
    # writes right before the name is the headline's)
    at = lead["span"][0] - lead_view.start
    count = _COUNT_BEFORE.search(lead_view.string, 0, at)
    lead_words = (count.group() if count is not None else "") + lead["name"]
    return _counted_in_lead(headline, lead, lead_view) or _owner_named(headline, lead, lead_view.string[:at]) or (
        (_reworded(headline["name"], lead["name"]) or (
            # 塔克拉玛干沙漠腹地最大集中式光伏电站并网发电 (headline) / …且末10万千瓦光伏发电项目正式并网发电
            # (lead): a headline that describes by a superlative what its lead names, by the same verb
            headline.get("action") == lead.get("action") and _SUPERLATIVE.search(headline["name"]) is not None
            and _SUPERLATIVE.search(lead["name"]) is None
        )
    ) and (
        not lead["name"].startswith(("和", "及", "与", "的", "并"))  # (和通过复核的…名单: a list's tail)
        # (田湾核电站7号机组 / …8号机组, 苏南段 / 无锡段: names differing in a number or where they
        # stand; a headline name the lead writes out itself, not inside the lead's name, is its own item)
        and not Counter(_NUMBERS.findall(headline["name"])) - Counter(_NUMBERS.findall(lead_words))
        and headline["name"] not in lead_view.string.replace(lead["name"], "")
    ))


# a count or an edition right before a lead's name (47项…成果, 第七届…新闻中心), not a date (6月7日，…8号机组)
_COUNT_BEFORE = re.compile(r"(?:第[\d一二三四五六七八九十百]{1,4}[届次期批]|(?<![\d第月])\d{1,4}[项条个批家所座])$")
# what a headline adds to the name of the thing its lead reports (北京中轴线数字资源库成果发布)
_RESULTS_OF = re.compile(r"(?:建设|最新|阶段性)?(?:成果|情况|进展)")


def _owner_named(headline: dict[str, Any], lead: dict[str, Any], before: str) -> bool:
    """长三角生态绿色一体化发展示范区三周年成果发布 (headline) / 长三角…示范区发布三周年建设成果 (lead): the
    headline names the thing by its owner, whom the lead names before it (``before``), then by a short
    form of the lead's name."""
    name, lead_name = headline["name"], lead["name"]
    if name in before:
        return False  # (中央广播电视总台新疆总站8月3日揭牌运行，总台新疆总站兵团记者站同时揭牌: the headline's own)
    return any(
        name[:cut] in before and name[-2:] == lead_name[-2:] and len(name) - cut >= 0.6 * len(lead_name)
        and _abbreviates(name[cut:], lead_name) for cut in range(len(name) - 3, 3, -1)
    )


def _results_of(a: str, b: str) -> bool:
    """One name is the other's with 成果 or the like after it (北京中轴线数字资源库成果 / 北京中轴线数字资源库)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and _RESULTS_OF.fullmatch(long, len(short)) is not None


# 14条举措, 二十条措施: measures named by their count
_COUNTED_MEASURES = re.compile(
    r"(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3})(?P<unit>[条项])[\u4e00-\u9fff]{0,4}?(?:举措|措施|政策)"
)


def _counted_in_lead(headline: dict[str, Any], lead: dict[str, Any], lead_view: SentenceView) -> bool:
    """上海发布14条举措 (headline) / 上海市发布《…若干政策措施（试行）》，共14条举措 (lead): the
    measures the headline counts are the document the lead names, which it says holds as many."""
    counted = _COUNTED_MEASURES.fullmatch(headline["name"])
    if counted is None or _COUNTED_MEASURES.fullmatch(lead["name"]):
        return False
    after = lead_view.string[max(0, lead["span"][1] - lead_view.start):]
    return re.search(rf"(?<![\d一二两三四五六七八九十]){counted['count']}{counted['unit']}", after) is not None


# (…and by its standing: 中企参建的孟加拉国重要铁路路段通车 / …孟加拉国多哈扎里至科克斯巴扎尔铁路举行通车仪式)
_SUPERLATIVE = re.compile(r"最[大长高深早新先]|首[个座台条家艘列趟]|第一[个座台条家]|重要|关键|标志性")


def _reworded(headline: str, lead: str) -> bool:
    """One initiative as a headline and its lead word it: alike as a whole (fuzz.ratio), or the
    headline's name is the lead's with words left out (呼北高速朔神段 / 内蒙古呼和浩特至广西北海高速公路
    山西朔城至神池段), or the two share a run of Han characters (300兆瓦级压气储能电站 / 湖北应城压气储能电站
    示范工程), its head among them."""
    if fuzz.ratio(headline, lead) >= _REWORDED:
        return True
    if len(headline) >= 4 and _abbreviates(headline, lead):
        return True
    match = SequenceMatcher(None, headline, lead, autojunk=False).find_longest_match()
    run = headline[match.a : match.a + match.size]
    if match.size >= _SHARED_RUN and _CJK_RUN.fullmatch(run) is not None and headline.endswith(run[-2:]):
        return True
    # “看电影过大年”优惠观影活动 / 看电影过大年——2024年春节档…优惠活动: the campaign's quoted name, and its head
    quoted = _QUOTED_CORE.search(headline)
    return quoted is not None and quoted.group(1) in lead and headline.rstrip("”")[-2:] == lead.rstrip("”")[-2:]


_JOINING = frozenset("和及并与")
_DESCRIBED_TITLE = re.compile(r"([^《》“”，。；]{2,16})《([^《》]{2,30})》")
_ONE_COPY = re.compile(r"一[份篇部项](?=[\u4e00-\u9fff]{2})")
_BRACKETED = re.compile(r"《[^《》]+》")
_DESCRIBED_PRIZE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:赛事|奖项|大奖赛|评选)(“[^“”]{2,20}(?:奖|杯|赛)”)")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_QUOTED_CORE = re.compile(r"“([^“”]{4,})”")
_NUMBERS = re.compile(r"[\d一二三四五六七八九十百千万]+")


def _one_statement(first: int, second: int, first_line: str) -> bool:
    """Sentences ``first`` <= ``second`` are one statement: one sentence, or two that a semicolon joins
    (授予…奖章；授予…奖章集体; ``first_line``: the first sentence's text)."""
    return first == second or (second == first + 1 and first_line.endswith("；"))


def _views_one_statement(a: SentenceView, b: SentenceView) -> bool:
    first, second = sorted((a, b), key=lambda v: v.index)
    return _one_statement(first.index, second.index, first.string)


def _same_name(a: str, b: str) -> bool:
    # 营商环境意见 / 营商环境的意见: a headline drops the 的 its story writes; 中华人民共和国“友谊勋章” / 友谊勋章
    short, long = sorted((initiatives.without_state(x).strip("“”").replace("的", "") for x in (a, b)), key=len)
    # …40米射电望远镜 / …40米口径射电望远镜: one word more, as ANNOTATION.md's relaxed match allows
    return short == long or (short in long and len(short) >= 0.5 * len(long)) or fuzz.ratio(short, long) >= 90


def _drop_headline_signings(signings: list[m.Agreement], ctx: ArticleContext, standing: set[int]) -> list[m.Agreement]:
    """内地与澳门签署驾驶证互认换领协议 (headline) / 公安部与澳门特别行政区政府…签署 (lead): a
    headline reports its lead's signing in short forms (内地, 中法, 国合署), so a headline signing
    is dropped for the lead's when the lead names as many parties, none of them a group (双方),
    and reports a signing, not a tally (``standing``: ids of the agreements only tallied)."""
    def line(index: int) -> tuple[int, str]:
        return index, ctx.sentences[index].string

    def named(a: m.Agreement) -> int:
        return 0 if any(map(agreements.is_group, a.parties)) else len(a.parties)

    named_at: dict[int, set[str]] = {}  # sentence → the parties its signings name together (分别 splits them)
    parties_at: dict[int, list[set[str]]] = {}  # sentence → the party sets of its signings
    for a in signings:
        if id(a) not in standing:
            if named(a):
                named_at.setdefault(a.trigger.sentence, set()).update(a.parties)
            parties_at.setdefault(a.trigger.sentence, []).append(set(a.parties))

    def in_story(a: m.Agreement) -> bool:
        # the lead, or the sentence after it when the lead tells of the meeting first (阿联酋与土耳其
        # 签署多项合作协议 / 19日，阿联酋总统…会见到访的土耳其总统… / 两国宣布…，并签署多项协议…)
        h = a.trigger.sentence
        if h + 1 >= len(ctx.sentences) or not _headline_then_lead(line(h), line(h + 1)):
            return False
        return any(
            k in parties_at and len(named_at.get(k, ())) >= len(a.parties)
            and ctx.section(ctx.sentences[k]) == ctx.section(ctx.sentences[h])
            # (one sentence further down, the signing must be the headline's: the same parties)
            and (k == h + 1 or set(a.parties) in parties_at.get(k, []))
            # (a headline signing that names no party stays: its object may be the better one)
            for k in ((h + 1, h + 2) if a.parties else (h + 1,))
            if k < len(ctx.sentences) and SENTENCE_FINAL.search(ctx.sentences[k].string)
        )

    return [a for a in signings if not in_story(a)]


def _restated_signings(signed: list[m.Agreement]) -> set[int]:
    """两国元首共同签署《中俄关于…的联合声明》… / 两国元首会谈后签署联合声明再次强调…: a later sentence
    that names by its kind alone what the same sides (or sides it does not name) signed under a title
    refers back to it (the ids of those agreements)."""
    out: set[int] = set()
    for i, a in enumerate(signed):
        if a.title is None and a.kind and not a.kind.endswith(("项目", "项目签约")) and any(
            b.title and b.title.endswith(a.kind) and set(b.parties) == set(a.parties or b.parties)
            and b.trigger.sentence < a.trigger.sentence
            for b in signed[:i]
        ):
            out.add(id(a))
    return out


def _dedupe_agreements(agreements: list[m.Agreement]) -> list[m.Agreement]:
    """A headline and its story report one signing (总台与工行签署… / 中央广播电视总台与中国工商银行…):
    the same organisations and the same agreement are one, written with the fuller names."""
    kept: dict[tuple[frozenset[str], str], int] = {}
    out: list[m.Agreement] = []
    for a in agreements:
        who = frozenset(i or p for i, p in zip(a.party_ids, a.parties, strict=False)) if a.party_ids else frozenset(a.parties)
        # project signings of one party are one occasion however each sentence words the projects
        key = (who, "项目签约" if a.kind == "项目签约" else a.title or a.kind or "")
        if key not in kept:
            kept[key] = len(out)
            out.append(a)
            continue
        prev = out[kept[key]]
        if a.trigger == prev.trigger:
            out.append(a)  # 签署了关于…的谅解备忘录和…的谅解备忘录: two of a kind one verb signs
            continue
        if sum(map(len, a.parties)) > sum(map(len, prev.parties)):
            out[kept[key]] = a.model_copy(update={"date": a.date or prev.date})
        elif a.date and not prev.date:
            out[kept[key]] = prev.model_copy(update={"date": a.date})
    return out


# what 推出 puts into use rather than publishes (a document, report or list is released)
_PUT_INTO_USE = frozenset({m.InitiativeKind.PLATFORM, m.InitiativeKind.BASE, m.InitiativeKind.PROJECT, m.InitiativeKind.OTHER})


# (…举行全面开通运营仪式: how the works open and the verb's second half are the ceremony's name too)
_CEREMONY_MANNER = re.compile(initiatives.CEREMONY_MANNER + "$")
_SESSION_OF = re.compile(r"(.{2,40}?)(?:开幕式|启动仪式|开幕仪式)")
# what a work's synopsis tells (电视剧…讲述了…): its plot, not news
_PLOT = re.compile(r"讲述了|讲述的是|讲述[^，。；]{0,12}的故事|剧情")
# an incident named by its day (长峰医院“4·18”火灾事故调查组), not a day observed (“3·15”消费维权主题宣传活动)
_QUOTED_DAY = re.compile(r"“\d{1,2}[·.]\d{1,2}”[^，。；“”]{0,12}?(?:事故|火灾|爆炸|坍塌|倒塌|灾害|案)")
_RUN_BY_A_BODY = frozenset({"initiative.launch", "initiative.programme", "initiative.plan", "initiative.establish"})


_QUOTED_BEFORE_HEADLINE = re.compile(r"“[^“”]{2,20}”[^“”]{2,30}")


def _programme_started(rule: SentenceRule, item: dict[str, Any]) -> bool:
    """A programme or plan that is started (启动, 开展 …), not proposed or deployed, is a launch event;
    so is a campaign deployed (部署开展…专项行动, 联合部署…整治行动: the ministry starts it), though
    not activities that it orders done (部署各地开展…庆祝活动)."""
    if rule.name not in ("initiative.programme", "initiative.plan") or item.get("looked_back") or item.get("distributed"):
        return False
    action = item["action"].removeprefix("联合")
    # (部署实施2023年高校毕业生等青年就业创业推进计划, 部署开展…关爱服务活动: deployed and begun, a programme
    # of any head but the celebrations it orders held, 部署开展2023年“六一”庆祝活动)
    if action == "宣布" and _COUNTED_ACTIONS.search(item["name"]) is not None:
        return True  # 习近平主席宣布中国支持高质量共建“一带一路”的八项行动, 宣布“十大伙伴行动”: launched by announcement
    return action in _PROGRAMME_STARTS or (
        action.startswith("部署") and (
            _CAMPAIGN.search(item["name"]) is not None
            or (action in _DEPLOYED_STARTS and not item["name"].rstrip("”").endswith(_CELEBRATIONS))
        )
        and _SUMMED.search(item["name"]) is None
    )


_PROGRAMME_STARTS = frozenset({"启动", "开展", "展开", "推出", "开启", "发起"})
_COUNTED_ACTIONS = re.compile(r"(?:[一二三四五六七八九十]项|[一二三四五六七八九十]大)[^，。；]{0,8}行动”?$")
_DEPLOYED_STARTS = frozenset({"部署实施", "部署开展", "部署展开", "部署启动"})
_CELEBRATIONS = ("庆祝活动", "纪念活动", "庆祝大会")  # occasions held where ordered, not a campaign begun
_SUMMED = re.compile(r"(?<![高中初平对])等")  # A和B等专项行动: a list (not 高等学校…专项治理行动)
_CAMPAIGN = re.compile(r"(?:专项|整治|治理)[^，。；]{0,4}行动”?$")
# rules whose items are all launched: a headline may read one thing by one (黄河禁渔专项执法行动启动)
# and its lead by another (…启动“中国渔政亮剑2023”黄河禁渔专项执法行动)
_LAUNCH_RULES = frozenset({"initiative.launch", "initiative.programme", "initiative.plan", "initiative.pilot"})


def _one_family(a: str, b: str) -> bool:
    """Two rules whose items report the same kind of event."""
    return a == b or (a in _LAUNCH_RULES and b in _LAUNCH_RULES)


@lru_cache(maxsize=4)
def _alias_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    names = sorted((a for a, _ in pairs if len(a) >= 2), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


def _canonical_names(aliases: Mapping[str, str]) -> Callable[[str | None], str | None]:
    """总台首届版权生态合作大会 → 中央广播电视总台首届版权生态合作大会: an event's name with the
    organisations' short forms written out, so that a headline's and its lead's wordings compare."""
    pattern = _alias_pattern(tuple(aliases.items()))  # (the pattern orders them, longest first)

    def canonical(name: str | None) -> str | None:
        if name is None or pattern is None:
            return name
        return pattern.sub(lambda m: aliases[m.group(0)], name)

    return canonical


_HOLDER_COUNT = re.compile(r"(?:共)?\d+(?:[家所座个项处名])")


def _honour_title(lexicon: Lexicon, name: str) -> bool:
    """2023年“诚信之星”, 2024年“最美医生”: an honour title itself, headed by an honour title word or
    opening its quotes with one (not …“最美医生”先进事迹: the deeds, a text published)."""
    quoted = name.rstrip("”").rsplit("“", 1)[-1] if name.endswith("”") else ""
    opens = bool(quoted) and re.sub(r"^\d{4}年?", "", quoted).startswith(tuple(lexicon.trigger_list("honour_title_openers")))
    return opens or lexicon.headed_by(name, "honour_title_heads")


_FOUNDING_CEREMONY = re.compile(r"(?:成立|挂牌)仪式$")
# a statement only described or counted, not named: 具有历史意义的, 这份, 多份合作文件及联合声明
_DESCRIBED_STATEMENT = re.compile(r"^(?:这|该|此|本|多|一|两)|意义|历史性|重要|份|及|、")
_NAMED_STATEMENT_MIN = 10  # characters of an untitled statement named by its subject (中俄总理定期会晤联合公报)
_GENERIC_STATEMENT = re.compile(r"(?:联合|共同|新闻|峰会|最终)*(?:声明|宣言|公报)")
# a space outside quotes (“党建引领 接诉即办” keeps its own)
_HEADLINE_GAP = re.compile(r"[ \u3000](?=[^”]*(?:“|$))")
# (and 宣读《…关于表彰…模范集体和模范个人的决定》: the decision read out, and the honour it confers)
_RELEASED_AND_MADE = (
    {"initiative.release", "initiative.establish"}, {"initiative.release", "initiative.designation"},
    {"initiative.release_read", "initiative.commendation"},
)


# (经过一年多的修缮，…, 改造提升后的…, 历时两年维修，…: a building repaired, reopened)
_REPAIRED = re.compile(r"(?:修缮|改造|改陈|修复|维修|升级)(?:一新|完成|提升|后|，)|闭馆")
_VERB_CLOSES = re.compile(r"(?:仪式|典礼)?(?![\u4e00-\u9fff“《])")  # (…落成。, …落成仪式、: nothing opened after the verb)
_BRIEFINGS = ("吹风会", "发布会", "记者会", "通气会", "例会")
_BRIEFING_NUMBER = re.compile(r"第|届|[\d一二三四五六七八九十]次")


def _recurring_briefing(name: str | None) -> bool:
    """A briefing of a kind held again and again (新闻发布会, 政策例行吹风会), not one numbered session."""
    return name is not None and name.endswith(_BRIEFINGS) and _BRIEFING_NUMBER.search(name) is None


def _dedupe_events(events: list[m.Event], kinds: _DocumentKinds, games: Mapping[str, str] | None = None,
                   aliases: Mapping[str, str] | None = None, story: Callable[[m.Event], int] | None = None,
                   restated: Callable[[m.Event, m.Event], bool] | None = None) -> list[m.Event]:
    """A headline and its story report one event: one of each type and name (the headline's
    2024“…”活动 and the story's 2024年“…”活动 are one; an award ceremony and the prize it names in one
    sentence are one: ``_ceremony_of``), at the first place, written as the later
    mention writes it when that one knows the date or place the first lacks, or names the thing in
    full where the headline gave its head alone (an occasion of type other keeps the headline's name
    when the dated lead's is the shorter one)."""
    kept: list[m.Event] = []
    canonical = _canonical_names(aliases or {})

    def same(a: str | None, b: str | None) -> bool:
        return _same_event_name(a, b) or _same_event_name(canonical(a), canonical(b))

    def apart(k: m.Event, e: m.Event) -> bool:
        # (two stories of a bundle: 银保监会…发布通知 / 国家口岸管理办公室…发布通知, a bare kind naming neither;
        # 国新办举行国务院政策例行吹风会 / 国务院新闻办公室…举行政策例行吹风会, a briefing held twice; but
        # 十四届全国人大二次会议, a session, is one however the stories name it)
        return (story is not None and story(k) != story(e) and (not (k.name or e.name) or (
            k.type == e.type == m.EventType.MEETING and _recurring_briefing(k.name) and _recurring_briefing(e.name)
        ))) or _titled_apart(k, e)

    for e in events:
        at = next((i for i, k in enumerate(kept) if k.type == e.type and not apart(k, e) and ((same(k.name, e.name) and (
            same(k.object, e.object) or _headline_and_lead(k, e, kinds)
        )) or (k.type in _OCCASION_TYPES and _headline_and_lead(k, e, kinds)) or _ceremony_of(k, e)
            or _name_is_object(k, e) or (k.type == m.EventType.OTHER and _same_games(k.name, e.name, games or {}))
            or _talks_restated(k, e) or (story is not None and story(k) == story(e) and (
                _one_signing(k, e) or (restated is not None and restated(k, e)))))), None)
        if at is None and e.type == m.EventType.MEETING:
            # (…全体会议 … 全体会议于…举行: the session named again by its kind is the nearest one before it;
            # 上海合作组织成员国元首理事会第二十四次会议 … 元首理事会会议: or by its name cut short)
            at = next((i for i in range(len(kept) - 1, -1, -1) if kept[i].type == e.type and (
                _session_named_again(kept[i].name, e.name) or (
                    # (not 中央政治局常委会会议和中央政治局会议: two meetings one sentence lists)
                    _shortened_again(kept[i].name, e.name) and (story is None or story(kept[i]) == story(e))
                    and e.date in (None, kept[i].date) and e.trigger.sentence != kept[i].trigger.sentence
                ))), None)
        if at is None and any(_named_again(k, e) for k in kept):
            continue
        if at is None:
            kept.append(e)
            continue
        k = kept[at]
        longer = len(e.object or "") > len(k.object or "") or len(e.name or "") > len(k.name or "")
        paired = _headline_and_lead(k, e, kinds)
        # (the lead's A暨B for the headline's A; 第33届夏季奥林匹克运动会 for 巴黎奥运会, a games by its full name)
        full_games = k.type == m.EventType.OTHER and len(e.name or "") > len(k.name or "") and _same_games(
            k.name, e.name, games or {}
        ) and _NUMBERED_GAMES.search(e.name or "") is not None  # (not 随着北京冬奥会: words around a short name)
        # (消博会开馆两天 … 正在海南举办的第三届消博会: a meeting named again in full, its edition kept)
        edition = k.type == m.EventType.MEETING and k.name is not None and e.name is not None and (
            k.name != e.name and k.name in e.name
        )
        fuller = (longer and (paired or _one_signing(k, e))) or _one_of_joint(k.name, e.name) or full_games or edition
        if _name_is_object(k, e) or _bare_ceremony_of(k, e):
            named = {"name": k.name or e.name, "object": k.object or e.object}
            kept[at] = k = k.model_copy(update=named)
            e = e.model_copy(update=named)
        if restated is not None and restated(k, e):
            # (the ceremony's name and agreement, with the date, place and sides the restatement adds)
            sides = {"parties": e.arguments.get("parties") or k.arguments.get("parties") or []}
            kept[at] = k.model_copy(update={"date": k.date or e.date, "place": k.place or e.place,
                                            "arguments": {**k.arguments, **sides}})
            continue
        if (e.date and not k.date) or (e.place and not k.place) or fuller:
            update = {"date": k.date or e.date, "place": k.place or e.place}
            if k.type == m.EventType.OTHER and len(k.name or "") > len(e.name or "") and paired:
                update["name"] = k.name  # 世界计量日中国主场活动 (headline) / 中国主场活动 (dated lead): the fuller name
            if _session_named_again(k.name, e.name) and len(k.name or "") > len(e.name or ""):
                update["name"] = k.name  # (…全体会议 / 全体会议于…举行: the full name, the later date)
            kept[at] = e.model_copy(update=update)
        kept[at] = _with_other_names(kept[at], k, e)
    return _without_restatements(kept, story)


def _ceremony_restated(kept: m.Event, e: m.Event, *, ceremonies: tuple[str, ...], verbs: frozenset[str]) -> bool:
    """…出席昆明生物多样性基金合作协议签字仪式 … 中国生态环境部与联合国有关机构签署了合作协议: a later
    signing (named by its verb) of the agreement's kind alone restates the ceremony (the lexicon's
    signing_ceremony_heads) the story named, with no title of its own."""
    if kept.type != m.EventType.SIGNING or e.type != m.EventType.SIGNING or not (kept.name and kept.object and e.object):
        return False
    whole, kind = _bare(kept.object), _bare(e.object)
    titled = any("《" in a for a in e.arguments.get("agreements") or ())
    return (kept.name.endswith(ceremonies) and e.name in verbs and e.trigger.sentence > kept.trigger.sentence
            and not titled and len(kind) >= 4 and whole.endswith(kind) and whole != kind)


_TALKS_WORDS = frozenset({"会谈", "会晤", "会见"})


def _talks_restated(kept: m.Event, e: m.Event) -> bool:
    """刚才，我同卢拉总统举行了…会谈: talks a statement after them names again, with no guest or day of
    their own, are the talks the story reported (…同巴西总统卢拉…会谈后共同会见记者)."""
    return (kept.type == e.type == m.EventType.MEETING and kept.name == e.name and e.name in _TALKS_WORDS
            and kept.object is not None and e.object is None and e.date is None)


def _with_other_names(final: m.Event, *merged: m.Event) -> m.Event:
    """进博会 … 第七届中国国际进口博览会: the names the story gave an occasion it reports once, kept
    beside the one chosen (arguments["aliases"]), so that either can be looked up."""
    if final.type == m.EventType.SIGNING:
        return final  # (a signing's name is its verb: no other name of the occasion)
    chosen = {final.name, final.object}
    others = [x for ev in merged for x in (ev.name, ev.object) if x and x not in chosen]
    if not others:
        return final
    aliases = list(dict.fromkeys([*final.arguments.get("aliases", []), *others]))
    return final.model_copy(update={"arguments": {**final.arguments, "aliases": aliases}})


def _session_named_again(a: str | None, b: str | None) -> bool:
    """联合国全球反腐败执法合作网络全体会议 … 全体会议于9月24日至27日在北京举行: a session named by
    its kind alone after the story named it in full."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return short in events.SESSION_WORDS and long.endswith(short) and long != short


def _plenaries_in_sessions(events: list[m.Event], text: str) -> list[m.Event]:
    """十四届全国人大二次会议…举行第二次全体会议: a plenary the session holds is the session's, one event
    that carries the plenary's name too (dev lists the session and the plenary as optional; audit
    annotators the session, the plenary, or both names in one); only the plenary the session's own verb
    holds lends its name (not 中共中央政治局召开会议，决定…召开第三次全体会议)."""
    def plenary(e: m.Event) -> bool:
        return e.type == m.EventType.MEETING and e.name is not None and _PLENARY.fullmatch(e.name) is not None

    def session(e: m.Event) -> bool:
        return e.type == m.EventType.MEETING and e.name is not None and e.name.endswith("会议") and not plenary(e)

    def held_by(p: m.Event, e: m.Event) -> bool:
        after = e.trigger.end + text.startswith("了", e.trigger.end)  # (举行了第二次全体会议)
        return p.trigger.sentence == e.trigger.sentence and text.startswith(p.name or "", after)

    plenaries = [e for e in events if plenary(e)]
    sessions = [e for e in events if session(e)]
    # (a numbered plenary beside a session is the session's, or one it decides on; 十四届全国人大二次会议6日上午
    # 开幕，下午香港代表团举行全体会议: a bare one no session holds is another body's)
    sentences = {e.trigger.sentence for e in sessions}
    held = [p for p in plenaries if any(held_by(p, e) for e in sessions) or (
        p.name != _BARE_PLENARY and p.trigger.sentence in sentences
    )]
    return [_with_other_names(e, *(p for p in plenaries if held_by(p, e))) if session(e) else e
            for e in events if not any(e is p for p in held)]


def _shortened_again(first: str | None, later: str | None) -> bool:
    """上海合作组织成员国元首理事会第二十四次会议 … 随后出席元首理事会会议, 中共中央政治局第十六次集体学习 …
    中央政治局集体学习: a later name that is the first without its opening words and at most its edition
    is the first cut short (not 国庆招待会 after 国庆75周年招待会, 联合国大会 after 联合国工业发展组织第二十届
    大会, 东盟领导人会议 after 中国—东盟（10+1）领导人会议: words of their own left out, another meeting)."""
    if not first or not later or not 5 <= len(later) <= len(first) - 2 or _EDITION_IN_NAME.search(later):
        return False
    if first.endswith(later):
        return True
    return any(
        (cut := first[: e.start()] + first[e.end() :]).endswith(later) and len(cut) - len(later) <= e.start()
        for e in _EDITION_IN_NAME.finditer(first)
    )


_EDITION_IN_NAME = re.compile(r"第[\d一二三四五六七八九十百]+[次届]")


def _titled_apart(a: m.Event, b: m.Event) -> bool:
    """“2024·全国文化企业30强”和“2024·全国成长性文化企业30强”发布: two titles one verb reports, each
    written whole in its own marks, are two things however alike."""
    if a.trigger.start != b.trigger.start or not a.object or not b.object or a.object == b.object:
        return False
    return all(any(f"{o}{x}{c}" in a.evidence for o, c in ("《》", "“”")) for x in (a.object, b.object))


# held or opened under a name: a headline's short form and the lead's full name are one (an exhibition
# launched is named as a meeting is, and so is a signing ceremony)
_OCCASION_TYPES = frozenset({m.EventType.MEETING, m.EventType.OTHER, m.EventType.LAUNCH, m.EventType.SIGNING})
_RESTATED_TYPES = frozenset({
    m.EventType.LAUNCH, m.EventType.RELEASE, m.EventType.ESTABLISHMENT, m.EventType.DESIGNATION, m.EventType.AWARD,
})


def _without_restatements(events: list[m.Event], story: Callable[[m.Event], int] | None = None) -> list[m.Event]:
    """启动2024年义务教育阶段“特岗计划”招聘工作 … 特岗计划: a thing launched, released or founded, restated
    in the story by a part of its name, is the one event (the fuller name kept, dated by either); a
    bundle's stories are apart (《关于做好医保基金预付工作的通知》发布 / 教育部…联合印发通知: two)."""
    out = list(events)
    for e in events:
        if e.type not in _RESTATED_TYPES or e.name or len(_bare(e.object)) < 2:
            continue
        fuller = next((i for i, k in enumerate(out) if k is not e and k.type == e.type and not k.name
                       and (story is None or story(k) == story(e))
                       and _bare(e.object) in _bare(k.object) and _bare(e.object) != _bare(k.object)
                       and not _LISTED_ITEMS.search(_bare(k.object))  # (not one item of a list launched)
                       and not _apart_in_one_statement(k, e) and not _titled_apart(k, e)), None)
        if fuller is None:
            continue
        if e.date and not out[fuller].date:
            out[fuller] = out[fuller].model_copy(update={"date": e.date})
        out.remove(e)
    return out


def _apart_in_one_statement(a: m.Event, b: m.Event) -> bool:
    """授予…第27届中国青年五四奖章；授予…奖章集体: two things of one statement (one sentence, or two a
    semicolon joins), each by its own verb, however alike."""
    first, second = sorted((a, b), key=lambda e: e.trigger.start)
    joined = _one_statement(first.trigger.sentence, second.trigger.sentence, first.evidence)
    short, long = sorted((_bare(a.object), _bare(b.object)), key=len)
    # (印发…以党中央名义发布的少先队工作文件: a name that ends the other's is read inside it, not apart)
    return joined and first.trigger.start != second.trigger.start and not long.endswith(short)


def _initiatives_without_restatements(
    initiatives: list[m.Initiative], story: Callable[[m.Initiative], int] | None = None
) -> list[m.Initiative]:
    """2024年义务教育阶段…, 春风行动 after 2024年“春风行动”, 《意见》 after 《关于…的意见》: a name that ends
    another initiative's of the story restates it (not one inside it: …示范区 is not 关于…建设…示范区的意见).
    启动第二批“国优计划”试点: a name that another rule read inside a longer one, by the same verb, is
    part of it."""
    def inside(i: m.Initiative, k: m.Initiative) -> bool:
        a, b = i.mention, k.mention
        return a.sentence == b.sentence and b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end) and (
            # (a list published and the title its holders get stay two; nor a phrase that lists more)
            i.action == k.action and i.kind == k.kind and not _LISTED_ITEMS.search(_bare(k.name))
        )

    return [i for i in initiatives if len(_bare(i.name)) < 2 or not any(
        k is not i and (inside(i, k) or (
            _bare(k.name).endswith(_bare(i.name)) and _bare(k.name) != _bare(i.name)
            and (story is None or story(k) == story(i))  # (a bundle's stories are apart)
            # (…中华人民共和国和阿塞拜疆共和国…的联合声明: a 和 inside a title of which the kind is the head;
            # but 国务院办公厅印发《关于…和…的通知》… 住房城乡建设部也发布通知: another body's document of that kind)
            and (not _LISTED_ITEMS.search(_bare(k.name)) or (
                _bare(k.name).endswith("的" + _bare(i.name))
                and not (i.actors and k.actors and set(i.actors).isdisjoint(k.actors))
            ))
            and " " not in k.name
        ))
        for k in initiatives
    )]


_LISTED_ITEMS = re.compile(r"[、和及与]")
_QUOTE_MARKS = str.maketrans("", "", "“”《》\"")


def _bare(name: str | None) -> str:
    """A name without its quote and title marks (“特岗计划” → 特岗计划)."""
    return (name or "").translate(_QUOTE_MARKS)


_GAMES_PREFIX = re.compile(r"(?P<place>[\u4e00-\u9fff]{0,4}?)(?:\d{4}年?)?(?:第(?P<n>\d+)届)?")


@lru_cache(maxsize=4)
def _games_forms(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The full names longest first (亚洲残疾人运动会 before 亚洲运动会) and the short heads, once per lexicon."""
    fulls = sorted((f for f, _ in pairs), key=len, reverse=True)
    return tuple(fulls), tuple(sorted({h for _, h in pairs}, key=len, reverse=True))


_NUMBERED_GAMES = re.compile(r"\d|第[一二三四五六七八九十百\d]+届")


def _same_games(a: str | None, b: str | None, games: Mapping[str, str]) -> bool:
    """第33届夏季奥林匹克运动会 and 巴黎奥运会, 杭州第19届亚洲运动会 and 杭州第19届亚运会: one games under
    its full and its short name (the lexicon's games_short_names), when each name gives a place or an
    edition and those both give agree."""
    if not a or not b or a == b or not games:
        return False
    fulls, heads = _games_forms(tuple(games.items()))
    parts = []
    for name in (a, b):
        for full in fulls:
            name = name.replace(full, games[full])
        head = next((h for h in heads if name.endswith(h)), None)
        m = _GAMES_PREFIX.fullmatch(_in_digits(name[: -len(head)])) if head else None
        if head is None or m is None:
            return False
        parts.append((head, m["place"], m["n"]))
    (head_a, place_a, n_a), (head_b, place_b, n_b) = parts
    # (a bare 奥运会 or 夏季奥运会 may be any games: only two names that each say which games merge)
    if not (place_a or n_a) or not (place_b or n_b):
        return False
    return head_a == head_b and (not place_a or not place_b or place_a == place_b) and (not n_a or not n_b or n_a == n_b)


def _named_again(first: m.Event, later: m.Event) -> bool:
    """新年茶话会 … 出席茶话会的有…: a meeting the story named before, named again by its head alone
    (茶话会, 座谈会, 招待会, 追悼大会), on no other day. (Two-character heads such as 会见 and 会谈 are
    the names the annotators give such meetings themselves.)"""
    return (
        first.type == later.type == m.EventType.MEETING and first.name is not None and later.name is not None
        and later.object is None and 3 <= len(later.name) <= 4 and len(first.name) > len(later.name)
        and first.name.endswith(later.name) and not (first.date and later.date and first.date != later.date)
    )


def _name_is_object(a: m.Event, b: m.Event) -> bool:
    """大赛在深圳启动 read as an occasion (a launch by its name) and as a thing launched (a launch of
    its object): one event when the one name is the other's object."""
    return any(x.object is None and y.name is None and _same_event_name(x.name, y.object) for x, y in ((a, b), (b, a)))


_SESSION_WORDS = frozenset(events.SESSION_WORDS)
_MEETING_RULES = frozenset({events.MEETINGS.name, events.TOPIC_MEETINGS.name, events.ADOPTING_SESSIONS.name})  # meetings
_NUMBERING = frozenset("第届次期号0123456789０１２３４５６７８９零一二三四五六七八九十百")
_YEAR_WORD = re.compile(r"(?<=\d{4})年度?")
_DASHES = re.compile(r"[-－–—―]")  # 中国-中亚合作论坛 (headline) / 中国—中亚合作论坛 (lead): one name
_LEADING_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
_SESSION_NUMBER = re.compile(rf"{SESSION_ORDINAL}[届次]")


def _at_trade_fair(ctx: ArticleContext, name: str) -> bool:
    """第136届广交会首期展览: a phase of a meeting named inside the exhibition's name is that meeting's."""
    key = ("_fair_heads",)
    if key not in ctx.gates:  # the meeting heads that are no exhibition's, built once per extractor
        exhibitions = set(ctx.lexicon.trigger_list("exhibition_heads"))
        ctx.gates[key] = tuple(h for h in ctx.lexicon.trigger_list("meeting_heads") if h not in exhibitions)
    core = name.rstrip("”")
    heads = [h for h in ctx.lexicon.trigger_list("exhibition_heads") if core.endswith(h)]
    before = core[: -max(map(len, heads))] if heads else core
    return any(h in before for h in ctx.gates[key])


def _signing_event(ctx: ArticleContext, trigger: m.Mention, date: str | None, named_in_list: dict[int, list[str]],
                   ceremony_verbs: tuple[str, ...], members: list[tuple[int, m.Agreement]], named: list[str]) -> m.Event:
    """One signing of an occasion: the agreements ``members`` (numbered as signed), named by ``named``
    (its object when one), with their sides and the agreements listed before a kind that sums them up."""
    return m.Event(
        type=m.EventType.SIGNING, name=_signing_phrase(ctx.text, trigger, ceremony_verbs),
        object=named[0] if len(named) == 1 and named[0] else None, date=date,
        arguments={"parties": list(dict.fromkeys(p for _, a in members for p in a.parties)),
                   "agreements": list(dict.fromkeys([o for o in named if o]
                                                     + [n for i, _ in members for n in named_in_list.get(i, [])]))},
        trigger=trigger, evidence=ctx.sentences[trigger.sentence].string,
    )


def _signing_first(ctx: ArticleContext, name: str) -> bool:
    """…战略合作框架协议签约暨…开播仪式: an occasion named first by a signing is that signing."""
    first = name.split("暨", 1)[0]
    return first != name and first.endswith(tuple(ctx.lexicon.trigger_list("signing_verbs")))


def _match_of_games(ctx: ArticleContext, name: str) -> bool:
    """第十四届全国冬季运动会越野滑雪比赛: one match of a games, whose competition is the games' own."""
    games = tuple(w for w in ctx.lexicon.trigger_list("sports_heads") if w.endswith("会"))
    return any(w in name[: -2] for w in games)


def _festival(ctx: ArticleContext, name: str) -> bool:
    """第三十八届泰山国际登山节, 第二届…帆船赛: an edition's festival or race, held as a meeting is but
    typed other (电影节, 艺术节 and 大赛 are named by the meeting and sports heads); 2024南国书香节暨羊城书展
    is the festival named first, but 2023年欢乐春节暨侨界新春招待会 a gathering (…会) named last."""
    first = name.split("暨", 1)[0]
    gathering = first != name and ctx.lexicon.headed_by(name, "meeting_heads") and name.rstrip("”").endswith("会")
    # (拉萨雪顿节 opens without an edition: a festival all the same, once the meeting rule has read it)
    named = events.EDITION_FIRST.match(first) is not None or events.is_festival(ctx, first)
    return (named and ctx.lexicon.headed_by(first, "edition_occasion_heads")
            and not ctx.lexicon.headed_by(first, "meeting_heads") and not gathering)


def _meeting_first(ctx: ArticleContext, name: str) -> bool:
    """表彰大会暨…颁发仪式, 洽谈会暨…签约活动: an occasion joined to a meeting named first is that meeting."""
    first = name.split("暨", 1)[0]
    return first != name and ctx.lexicon.headed_by(first, "meeting_heads")


class _DocumentKinds(NamedTuple):
    """What a headline may call the document its lead names: a bare kind (通知, 措施), any document
    head (细则, 计划, 报告; longest first), and heads that name one kind (举措 / 措施)."""

    bare: tuple[str, ...]
    heads: tuple[str, ...]
    synonyms: dict[str, str]
    contents: tuple[str, ...]  # what a document is or holds (文件, 举措, 政策), which a headline may name it by


def _document_kinds(ctx: ArticleContext) -> _DocumentKinds:
    """The lexicon's document kinds, built once per extractor (kept with its trigger patterns)."""
    key = ("_document_kinds",)
    if key not in ctx.gates:
        triggers = ctx.lexicon.triggers
        ctx.gates[key] = _DocumentKinds(
            bare=tuple(ctx.lexicon.trigger_list("bare_document_heads")),
            heads=document_heads(ctx),
            synonyms=dict(triggers["document_head_synonyms"]),
            contents=tuple(ctx.lexicon.trigger_list("document_content_heads")),
        )
    return cast(_DocumentKinds, ctx.gates[key])


def _headline_pair(first: tuple[int, str], second: tuple[int, str], short: str, long: str,
                   kinds: _DocumentKinds) -> bool:
    """苏丹冲突双方签署为期7天的停火协议 / 20日，…签署为期7天的人道主义停火协议: a headline line and
    the sentence right after it, its story's lead, name one thing when the headline's name ends the
    lead's, or when the headline's shorter name (in the headline, and the lead's not cut at a
    conjunction) runs mostly inside the lead's or names a document of the same kind
    (``_one_document``: 北京海关发布12条便利措施 / 《北京海关支持…便利措施》发布; not a lead's
    《赛后可持续发展报告》 against a headline's 赛后遗产报告和可持续发展报告). ``first`` and ``second``
    are (sentence index, sentence text). Two headline-shaped lines in a row (a list of headlines)
    are not a headline and its lead: the lead ends like a sentence."""
    # 发布通知 / 发布《关于…的通知》, 出台60条措施 / 出台《…若干措施》: a headline may name the document by
    # its kind alone, or by its count and kind
    kind = _counted_kind(kinds.bare).fullmatch(short) if kinds.bare else None  # (no kinds: no bare kind to match)
    ending = kind.group("kind") if kind is not None else short
    if (period := PERIOD.search(long)) is not None and period.end() == len(long):
        long = long[: period.start()]  # …稳增长方案（2023—2024年）: the period after the kind
    return _headline_then_lead(first, second) and (
        ((len(short) >= 4 or kind is not None) and long.endswith(ending) and len(long) > len(ending))
        or (short in min(first, second)[1] and not long.startswith(_LINKS) and _one_document(short, long, kinds))
    )


_COUNT_UNITS = "个方面|方面|条|项|个"  # 60条措施, 18项举措, 5个方面 (longest first)
_COUNTED = re.compile(rf"{NUMERAL}(?:{_COUNT_UNITS})")
_LINKS = ("和", "与", "及", "并", "的")  # (公布新一批|和通过复核的…名单: a name cut at a conjunction)


def _one_document(short: str, long: str, kinds: _DocumentKinds) -> bool:
    """Names of one document: the headline's runs mostly inside the lead's (``_mostly_within``), or
    both end in one kind of document (its head, or a synonym of it) that the headline counts or
    that shares a run of four characters before the head (智能检测装备产业三年发展计划 /
    智能检测装备产业发展行动计划, 18项举措 / …5个方面18项具体措施)."""
    if _mostly_within(short, long):
        return True
    synonyms = kinds.synonyms
    heads = [next((h for h in kinds.heads if x.rstrip("》”").endswith(h)), None) for x in (short, long)]
    if heads[0] is None or heads[1] is None:
        return False
    if heads[0] in kinds.contents and heads[1] not in kinds.contents:
        # 三部门发布惩处盗采海砂犯罪司法文件 / …联合发布《…座谈会纪要》, 五部门出台…新举措 / …联合印发通知:
        # a headline names the lead's document by what it is or holds
        return True
    if synonyms.get(heads[0], heads[0]) != synonyms.get(heads[1], heads[1]):
        return False
    body = short[: len(short.rstrip("》”")) - len(heads[0])]
    return _COUNTED.search(short) is not None or any(body[i : i + 4] in long for i in range(len(body) - 3))


def _mostly_within(short: str, long: str) -> bool:
    """总台2025“品牌强国工程” / 2025“品牌强国工程”乡村振兴公益传播和融媒体传播服务方案: the headline's
    name, but for a word or two of its actor, runs inside the lead's (a run of 70% of it, 6 characters
    at least)."""
    size = max(6, -(-len(short) * 7 // 10))
    return any(short[i : i + size] in long for i in range(len(short) - size + 1))


def _publication(ctx: ArticleContext, name: str) -> bool:
    """A book, an album or another printed work (画册, 丛书, 《…》 by its title alone)."""
    return name.endswith("》") or ctx.lexicon.headed_by(name, "publication_heads")


def _subordinate_trigger(ctx: ArticleContext, view: SentenceView, item: dict[str, Any], *, meeting: bool = False) -> bool:
    """A verb that reports nothing done: inside the 关于…的 that names a document (听取了…关于开展“…”等
    调研情况的报告: the report was heard, nothing launched), in a clause that spans a change 从…到…,
    in a relative clause after a copula (…是联合国授予维和人员的最高荣誉: what a thing is, not what
    was done; a meeting so described stays), in an anniversary (今年是…提出…倡议10周年: done years
    ago), or in a means clause (通过…、举办供需对接交流活动等，促进…就业: a way of doing something else)."""
    trigger = item.get("trigger")
    if not isinstance(trigger, tuple):
        return False
    text = ctx.text
    start, end = ctx.clause_start(view, trigger[0]), ctx.clause_end(view, trigger[1])
    about = text.rfind("关于", start, trigger[0])
    if about >= 0 and "的" not in text[about : trigger[0]] and "的" in text[trigger[1] : end] and not (
        text.startswith("《", trigger[1])  # (发出关于印发《…纲要》的通知: the notice issues the title)
        or ("通过" in text[start:about] and text[trigger[0] : trigger[1]] in _DONE_BY_DECISION)
        # (宣读《…关于表彰…模范集体和模范个人的决定》: the title of the act that confers the honour)
        or (text[trigger[0] : trigger[1]] == "表彰" and _CONFERRING_TITLE.match(text, trigger[1], end) is not None)
    ):  # (表决通过了…关于设立…代表工作委员会的决定: a decision adopted founds the body)
        return True
    # (not 《求是》, nor 特别是, 而是, 还是: 是 inside a title or a conjunction)
    copula = next((a for a, b in view.tokens if start <= a and b <= trigger[0] and text[a:b] == "是"
                   and text.rfind("《", start, a) <= text.rfind("》", start, a) and text[a - 1 : a] not in _NOT_COPULA), None)
    # (a meeting so described is held all the same: 今年是世界互联网大会乌镇峰会举办的第十年)
    if not meeting and copula is not None and (trigger[0] - copula <= 12 or _THIS_IS.match(text, start, copula + 1)) and (
        "的" in text[trigger[1] : end] and "的" not in text[copula : trigger[0]]
    ):
        return True  # “和平荣誉勋章”是联合国授予维和人员的最高荣誉: what the thing is, defined by a verb
    if copula is not None and _ANNIVERSARY_CLOSES.search(text, trigger[1], end) is not None:
        return True  # 今年是我提出共建“一带一路”倡议10周年, 今年是《中国制造2025》发布10周年: an anniversary
    if meeting and (back := LOOKED_BACK.search(text, view.start, trigger[0])) is not None and not (
        any(back.end() <= d.start < trigger[0] for d in view.of("DATE")) or FIRST_IN_YEARS.match(text, back.end())
    ):
        # 一年来，…成功举办北京冬奥会、冬残奥会: what a period saw held, summed up, not news of it (but
        # 11年来伊朗总统首次到访埃及，…举行会谈: the first in years, news)
        return True
    if step_of_change(ctx, view, trigger[0]):
        return True
    if not meeting and (ago := _YEARS_AGO.search(text, view.start, trigger[0])) is not None and not (
        CURRENT_FRAME.search(text, ago.end(), trigger[0]) or any(
            ago.end() <= d.start < trigger[0] and _recent(d, ctx.published) for d in view.of("DATE")
        )
    ):
        # 5年前，我同穆罕默德总统共同启动…“百校项目”: history recalled, as an agreement so dated is (a
        # meeting so recalled stays: dev dates 一年前…首届全民阅读大会举办, and audit 21 the 5年前 世园会;
        # and not after a later time: 5年前，中老铁路开工建设，今天，中老铁路正式开通运营)
        return True
    # (通过推出文创产品、举办“沉浸式”体验活动等方式，…: the means named by their kind after 等)
    # (西藏博物馆还通过…: the means after the clause's subject)
    means = _MEANS.match(text, start) is not None or bool(find_words(text, start + 1, trigger[0], ["通过"], view.word_starts))
    return means and end < view.end and _MEANS_CLOSE.search(text, start, end) is not None


_ANNIVERSARY_AFTER = re.compile(r"[^，。；]{0,8}周年")  # (1992年建交32周年: the year an anniversary counts from)
_BOTH_SIDES = ("双方", "两国", "两国元首", "两国领导人")  # (中哈两国, 中哈双方: the pair by its short names)
_BARE_PLENARY = "全体会议"
_GAMES_CEREMONY = re.compile(r"(?:开幕式|闭幕式)”?$")
_PLENARY = re.compile(r"(?:第[\d一二三四五六七八九十]+次)?全体会议")  # (举行全体会议: the session's plenary, unnumbered)
_SUMMED_DOCUMENTS = ("合作文件",)  # 多项双边合作文件, 多份合作文件: many texts summed up by their kind
_SERVICE_PLATFORM = re.compile(r"(?:服务|公共|信息|交易|监管|对接)平台”?$")
_ALIAS_AFTER = re.compile(r"[（(][^（）()]{1,12}[）)]$")
_DONE_BY_DECISION = frozenset({"设立", "成立", "组建", "撤销"})  # what a decision adopted does
_CONFERRING_TITLE = re.compile(r"[^，。；《》]{2,40}?的(?:决定|通报)》")
_THIS_IS = re.compile(r"(?:这|这也|这就|这些|这些都|这都)是")  # 这是宁夏和天津两地…共同推出的便利化措施: a description
# (bounded digits, and a clause with no punctuation before the anniversary: linear on any input)
_ANNIVERSARY_CLOSES = re.compile(r"[\d一二两三四五六七八九十百]{1,4}(?:多|余)?周年(?:之际|纪念日)?[，。；！]?$")
_NOT_COPULA = frozenset("别其而但还或于可凡要若")
_MEANS = re.compile(r"(?:[还也并]|同时)?通过")
_MEANS_CLOSE = re.compile(r"等(?:多种|一系列)?(?:方式|举措|措施|形式|手段|途径|渠道)?$")
def _recent(date: Any, published: dt.date | None) -> bool:
    """A date of the story's year or the one before (时间回到54年前，1970年4月24日: still the past)."""
    value = str(date.attrs.get("value") or "")
    return published is None or not value[:4].isdigit() or int(value[:4]) >= published.year - 1


# a time some years back, said as the frame of what follows (5年前，…; 早在十多年前，…), not 比一年前增加
# (一年前，…致信祝贺首届全民阅读大会举办: dev reports last year's meeting, dated)
_YEARS_AGO = re.compile(
    r"(?<![\d今去前])(?:[2-9]|\d{2,3}|[二两三四五六七八九十]|[一二三四五六七八九]?十[一二三四五六七八九]?|多|几|数)多?年前(?:的今天)?[，,]"
)
def _opens_on_joining_word(text: str, view: SentenceView, item: dict[str, Any]) -> bool:
    """A name that opens on 和 or 及 as a word of its own: right after the verb, the word joining it to
    another verb (组建和训练袭击小组: no name); after a list's first item, the word joining the next
    (出台二十条和“新十条”优化措施)."""
    start, end = item["span"]
    return text[start : start + 1] in ("和", "及") and start + 1 in view.word_starts and item["name"] == text[start:end]


def _without_first_character(text: str, item: dict[str, Any]) -> dict[str, Any]:
    start, end = item["span"]
    return {**item, "span": (start + 1, end), "name": text[start + 1 : end]}


def _done_inside(text: str, item: dict[str, Any]) -> bool:
    """出台建立了…机制的实施方案, 推出的音乐剧《…》中文版体现了…成果, 大大加速了项目: a name that holds a
    verb done (了) is a clause, not a name (a title or a quoted name aside: 《为了人民幸福生活》)."""
    start, end = item["span"]
    if text[start - 1 : start] in ("《", "“") or item["name"] != text[start:end]:
        return False
    bare = _QUOTED_PARTS.sub("", _NOT_DONE.sub("", item["name"]))
    return "了" in bare


_QUOTED_PARTS = re.compile(r"《[^《》]*》|“[^“”]*”")
_NOT_DONE = re.compile(r"为了|除了|了解|了不起|不得了")


_MARKS = (("“", "”"), ("《", "》"))
# a clause or a reference, not a name: 有12篇重要文献是第一次公开(发表), 有三条特高压输电线路(开工), 该协议,
# 上述草案 (a rule's phrase before its verb that holds no name of its own; 部分文稿是(首次公开发表): a copula)
_CLAUSE_NAME = re.compile(
    r"^(?:(?:全国|全省|全市|我国|各地)?有[\d一二两三四五六七八九十百几]|该|这些|上述)|是(?:第一次|首次)|是$"
)


def _balanced(text: str, view: SentenceView, item: dict[str, Any]) -> bool:
    """Whether a name's quotes and title marks pair up, after mending the two cuts rules make:
    a name that stops before its closing mark (第27届电视文艺“星光奖 → …“星光奖”) and one that starts
    inside a title (典故》第二季 → 《平“语”近人——习近平喜欢的典故》第二季). A name still unpaired
    (四铁”先进单位并荣立…) is no name; the item is dropped."""
    name, span = item.get("name"), item.get("span")
    if not isinstance(name, str) or not any(m in name for pair in _MARKS for m in pair):
        return True
    if not span or text[span[0] : span[1]] != name:
        return all(name.count(o) == name.count(c) for o, c in _MARKS)
    start, end = span
    for opening, closing in _MARKS:
        opened = text.count(opening, start, end) - text.count(closing, start, end)
        if opened == 1 and text.startswith(closing, end):
            end += 1
        elif opened == -1:
            at = text.rfind(opening, view.start, start)
            if at < 0 or start - at > 24 or any(c in text[at:start] for c in "，。；：" + closing):
                return False
            start = at
    if any(text.count(o, start, end) != text.count(c, start, end) for o, c in _MARKS):
        return False
    item["name"], item["span"] = text[start:end], (start, end)
    return True


_TITLE_COLUMN = re.compile(r"^【[^】]*】")  # 【领航中国】: a column's name before the headline


def _add_named_by_headline(
    ctx: ArticleContext,
    views: list[SentenceView],
    rules: tuple[SentenceRule, ...],
    outputs: dict[str, list[tuple[SentenceView, SentenceRule, dict[str, Any]]]],
) -> None:
    """Launches and releases whose name only a headline and its lead, agreeing, vouch for
    (``initiatives.named_by_headline``), where no rule read the lead's words or verb already."""
    by_name = {r.name: r for r in rules if r.name in ("initiative.launch", "initiative.release")}
    if len(by_name) < 2:
        return  # (a pipeline built without the shipped initiative rules)
    # (a response begun, 启动防汛四级应急响应, read as an event only: a headline that names it still vouches
    # for it as an initiative too, as before)
    spans = [span for items in outputs.values() for _, _, item in items if not item.get("event_only")
             for span in (item.get("span"), item.get("trigger")) if isinstance(span, tuple)]

    def taken(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in spans)

    pairs: list[tuple[str, SentenceView]] = []
    for first, second in pairwise(views):
        if ctx.section(first) == ctx.section(second) and _headline_then_lead(
            (first.index, first.string), (second.index, second.string)
        ) and not taken(first.start, first.end):
            pairs.append((first.string, second))  # (a headline some rule read: the headline/lead merge pairs them)
    title = _TITLE_COLUMN.sub("", ctx.title or "").strip()
    if title and views and title not in ctx.text[: len(title) + 40] and SENTENCE_FINAL.search(views[0].string):
        pairs.append((title, views[0]))  # a single story's headline, which its page gives beside the text
    for headline, lead in pairs:
        for family, item in initiatives.named_by_headline(ctx, headline, lead, taken):
            outputs.setdefault("initiatives", []).append((lead, by_name[family], item))
            spans.extend((item["span"], item["trigger"]))


def _headline_then_lead(first: tuple[int, str], second: tuple[int, str]) -> bool:
    """Two sentences, (index, text), of which the first is a headline line and the second, right
    after it, ends like a sentence."""
    (i, first_text), (j, second_text) = sorted((first, second))
    return (
        j == i + 1 and len(first_text) <= HEADLINE_MAX and not SENTENCE_FINAL.search(first_text)
        and SENTENCE_FINAL.search(second_text) is not None
    )


@lru_cache(maxsize=8)
def _counted_kind(kinds: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{NUMERAL}(?:{_COUNT_UNITS}))?(?P<kind>{'|'.join(sorted(kinds, key=len, reverse=True))})")


def _ceremony_of(a: m.Event, b: m.Event) -> bool:
    """第十六届中华图书特殊贡献奖颁奖仪式 held and 中华图书特殊贡献奖 conferred in one sentence: one
    award, the ceremony's name holding the prize's; or in the sentence next to it, the prize's name
    holding what the ceremony confers (颁授…“友谊勋章”。…勋章颁授仪式), or a ceremony named by its act
    alone (颁授仪式, 授勋仪式) beside what it confers."""
    if _bare_ceremony_of(a, b):
        return True
    if a.type not in (m.EventType.AWARD, m.EventType.DESIGNATION) or abs(a.trigger.sentence - b.trigger.sentence) > 1:
        return False
    for x, y in ((a, b), (b, a)):
        if not x.name or not y.object:
            continue
        prize = initiatives.without_state(y.object).strip("“”")  # (中华人民共和国“友谊勋章” / 友谊勋章颁授仪式)
        if prize in x.name and (a.trigger.sentence == b.trigger.sentence or len(prize) >= 4):
            return True
        conferred = _CONFERRING.search(x.name)
        if conferred is not None and a.trigger.sentence != b.trigger.sentence and len(
            core := x.name[: conferred.start()].strip("“”")
        ) >= 2 and prize.endswith(core):
            return True
    return False


def _bare_ceremony_of(a: m.Event, b: m.Event) -> bool:
    """授予R“友谊勋章”，并举行颁授仪式: a ceremony named by its act alone (颁授仪式, 授勋仪式) confers what
    the award beside it (its sentence or the next) names; one event, by both names."""
    if a.type != b.type or a.type not in (m.EventType.AWARD, m.EventType.DESIGNATION) or abs(
        a.trigger.sentence - b.trigger.sentence
    ) > 1:
        return False
    return any(x.name and not x.object and y.object and not y.name and (c := _CONFERRING.search(x.name)) is not None
               and c.start() == 0 for x, y in ((a, b), (b, a)))


_CONFERRING = re.compile(r"(?:颁授|颁奖|授勋|颁发|颁证|授牌)(?:仪式|典礼|大会)$")


# a meeting head inside a name, not at its end: a meeting held within another (…交易会全球服务贸易峰会)
_INNER_MEETING = re.compile(r"(?:交易会|博览会|展览会|大会|论坛|峰会|洽谈会|运动会|交流会)(?=[^，。]{2,})")
_ASIDE_END = re.compile(r"（[^（）]*）$")
_HOSTED_NAME_MIN = 6  # characters of a headline's meeting name that the lead's may follow its host with


def _one_signing(a: m.Event, b: m.Event) -> bool:
    """伊朗委内瑞拉元首会晤 签署合作协议 (headline) / …两国签署了…双边合作协议 (a later sentence of the
    story, not only the lead): one signing, when the headline names the same sides or none and the
    later name ends in the headline's."""
    if a.type != m.EventType.SIGNING or b.type != m.EventType.SIGNING or not a.object or not b.object:
        return False
    first, later = sorted((a, b), key=lambda e: e.trigger.sentence)
    sides = [frozenset(str(p) for p in e.arguments.get("parties") or ()) for e in (first, later)]
    # (a headline line may name no side the recogniser reads: 伊朗委内瑞拉元首会晤 签署合作协议)
    headline = len(first.evidence) <= HEADLINE_MAX and not SENTENCE_FINAL.search(first.evidence)
    short, long = sorted((_bare(a.object), _bare(b.object)), key=len)
    return headline and len(sides[1]) >= 2 and sides[0] in (sides[1], frozenset()) and (
        len(short) >= 4 and long.endswith(short)
    )


def _headline_and_lead(a: m.Event, b: m.Event, kinds: _DocumentKinds) -> bool:
    """A signing whose headline names the agreement by its kind alone, or a release whose headline
    names the document by the end of its title, reported again by the lead; or a meeting the
    headline names by its short form and the lead in full, with one session number
    (第十二届服博会 / 第十二届中国国际服务外包交易博览会), or an occasion of type other of which
    one name (headline's or lead's) keeps characters of the other's in order. (Launched objects are names, and a
    headline's shorter name can be another thing the lead also names.)"""
    if a.type == m.EventType.MEETING and a.name and b.name:
        short, long = sorted((_bare(a.name), _bare(b.name)), key=len)
        hosted = (len(short) >= _HOSTED_NAME_MIN or short.endswith("会")) and long.endswith(short) and long != short
        if hosted and _headline_then_lead((a.trigger.sentence, a.evidence), (b.trigger.sentence, b.evidence)):
            # 第二届“国乐之春”艺术节举行 (headline) / 国家大剧院第二届“国乐之春”艺术节…开幕: the lead's name
            # with its host or theme before it (…举行公开会 / …举行高级别公开会: a gathering by its kind)
            return True
        numbers = [_SESSION_NUMBER.match(x) for x in (a.name, b.name)]
        if numbers[0] is None and numbers[1] is None:
            # 2023智博会 (headline) / 2023中国国际智能产业博览会 (lead): one year, then a short form
            numbers = [_LEADING_YEAR.match(x) for x in (a.name, b.name)]
        if numbers[0] is None or numbers[1] is None or numbers[0].group(0) != numbers[1].group(0):
            return False
        short, long = sorted((a.name[numbers[0].end() :], b.name[numbers[1].end() :]), key=len)
        if long.startswith(short) and len(long) > len(short):
            return False  # 第七届世界智能大会 / 第七届世界智能大会新闻发布会: a meeting held about it, not its full name
        core = _ASIDE_END.sub("", long)  # (中国进出口商品交易会（广交会）: the short form aside)
        if _INNER_MEETING.search(core) and short[-2:] != core[-2:]:
            # 2023年服贸会 / 2023年中国国际服务贸易交易会全球服务贸易峰会: a meeting held at the fair (but 乌镇峰会 /
            # 世界互联网大会乌镇峰会: the same summit)
            return False
        return _abbreviates(short, long) and _headline_then_lead(
            (a.trigger.sentence, a.evidence), (b.trigger.sentence, b.evidence)
        )
    if a.trigger.rule == b.trigger.rule == milestones.MILESTONES.name:
        # 京秦高速全线贯通 (headline) / 北京至秦皇岛高速公路…全线贯通: a milestone the headline names in
        # its own words, the lead in full (…燃料舱交付 / …燃料舱正式完工交付: in its own verb too)
        return _headline_then_lead((a.trigger.sentence, a.evidence), (b.trigger.sentence, b.evidence))
    # (a milestone names no occasion but its works: 广西龙门大桥顺利合龙 / 广西滨海公路龙门大桥顺利合龙)
    pair = (a.name, b.name) if a.name or b.name else (a.object, b.object)
    # (总台“何以文明”数字艺术大展启动 / …“何以文明——…数字艺术大展”今天启动: an exhibition launched is
    # named as an occasion is)
    # (巴西美丽山特高压输电项目签字仪式举行 / …±800千伏特高压直流输电项目特许经营权协议签字仪式…举行: a
    # signing ceremony named as an occasion is)
    occasion = a.type == m.EventType.OTHER or (
        a.type in (m.EventType.LAUNCH, m.EventType.SIGNING)
        and (a.trigger.rule in _MEETING_RULES or b.trigger.rule in _MEETING_RULES)
    )
    if occasion and pair[0] and pair[1]:
        # 俄举行保卫北方航道演习 (headline) / 俄罗斯海军…举行保卫北方航道军事演习: the lead's name in full
        # (“金字塔之巅：古埃及文明大展” for 古埃及文明大展: the quote marks are no characters of the name)
        short, long = sorted((_bare(pair[0]).replace(" ", ""), _bare(pair[1]).replace(" ", "")), key=len)
        # (总台“何以文明”数字艺术大展 / “何以文明——…数字艺术大展”: the headline's host, which the lead's name leaves out)
        headline_name = _bare(pair[0] if a.trigger.sentence < b.trigger.sentence else pair[1]).replace(" ", "")
        hosted_short = short == headline_name and len(short) >= 8 and _abbreviates(short[2:], long)
        return len(short) >= 4 and (_abbreviates(short, long) or hosted_short) and _headline_then_lead(
            (a.trigger.sentence, a.evidence), (b.trigger.sentence, b.evidence)
        )
    if a.type == m.EventType.LAUNCH and a.object and b.object and _headline_then_lead(
        (a.trigger.sentence, a.evidence), (b.trigger.sentence, b.evidence)
    ):
        # 国内规模最大新能源跨长江输送通道投运 (headline) / 国内规模最大的新能源跨长江输送通道——江苏泰州…工程
        # 建成投运: the headline names the works by the lead's description of them
        (_, headline), (_, lead) = sorted(((a.trigger.sentence, a.object), (b.trigger.sentence, b.object)))
        return _named_after_description(headline, lead, max((a, b), key=lambda e: e.trigger.sentence).evidence)
    if a.type not in (m.EventType.SIGNING, m.EventType.RELEASE) or a.object is None or b.object is None:
        return False
    short, long = sorted((a.object, b.object), key=len)
    return _headline_pair((a.trigger.sentence, a.evidence), (b.trigger.sentence, b.evidence), short, long, kinds)


def _named_after_description(description: str, name: str, sentence: str) -> bool:
    """国内规模最大的新能源跨长江输送通道——江苏泰州…工程: the sentence gives the name after a
    description (which a headline may use as the name; 的 aside)."""
    # (我国首个区块链技术领域国家标准——《区块链和分布式记账技术参考架构》: the title's marks aside)
    described, named, said = (_bare(x).replace("的", "") for x in (description, name, sentence))
    if f"{described}——{named}" in said:
        return True
    if name.startswith("“") and len(described) >= 4 and f"{described}{named}" in said:
        return True  # 我国首台兆瓦级漂浮式波浪能发电装置“南鲲”号: the description, then the quoted name
    # 万吨级光伏绿氢项目 (headline) / 我国首个万吨级光伏绿氢示范项目——中国石化库车绿氢项目 (lead): the
    # headline's name is the lead's description with words left out
    at = said.find(f"——{named}")
    before = said[max(0, *(said.rfind(p, 0, at) + 1 for p in "，。；：")) : at] if at > 0 else ""
    if len(described) >= 4 and before and len(before) <= 2 * len(described) and _abbreviates(described, before):
        return True
    # 全球最大“华龙一号”核电基地首台机组 (headline) / …核电基地——福建漳州核电1号机组 (lead): the part the
    # headline adds to the description is the kind the lead's name ends in
    return any(described.endswith(named[-2:]) and f"{described[:-k]}——{named}" in said for k in (3, 4, 5))


def _route_short_form(a: str, b: str) -> bool:
    """深中通道 for 深圳至中山跨江通道: a works named by a route (X至Y) and its short form, which keeps the
    first character of each end and the head."""
    short, long = sorted((a, b), key=len)
    return (len(short) >= 4 and len(long) >= len(short) + 2 and _ROUTE.search(long) is not None and "至" not in short
            and short[0] == long[0] and short[-2:] == long[-2:] and _abbreviates(short, long))


_ROUTE = re.compile(r"[\u4e00-\u9fff]至[\u4e00-\u9fff]")
_ROUTE_ENDS = re.compile(r"([\u4e00-\u9fff]{2})至([\u4e00-\u9fff])")


def _route_ends_kept(a: str, b: str) -> bool:
    """深中通道 / 深圳至中山跨江通道: the short form keeps the first character of both ends of the route
    (not 柬埔寨公路升级项目 / 柬埔寨7号公路斯昆至磅湛段升级改造项目, a name with the route left out)."""
    short, long = sorted((a, b), key=len)
    ends = _ROUTE_ENDS.search(long)
    return ends is not None and ends.group(1)[0] in short and ends.group(2) in short


def _initialism(a: str, b: str) -> bool:
    """中吉乌铁路项目 for 中国—吉尔吉斯斯坦—乌兹别克斯坦铁路项目: the short form is the initials of the
    parts the dashes join, then the same head."""
    short, long = sorted((a, b), key=len)
    n = 0
    while n < len(short) and short[-1 - n] == long[-1 - n]:
        n += 1
    head = short[len(short) - n :]
    parts = [p for p in re.split("[—–－-]", long[: len(long) - len(head)]) if p]
    return len(head) >= 2 and len(parts) >= 2 and short[: len(short) - len(head)] == "".join(p[0] for p in parts)


def _abbreviates(short: str, long: str) -> bool:
    """服博会 for 中国国际服务外包交易博览会: a short form keeps characters of the full name, in
    order, and its last (进博会 is no short form of 虹桥国际经济论坛)."""
    chars = iter(long)
    return bool(short) and short[-1] == long[-1] and all(c in chars for c in short)


_FIRST_AS_ORDINAL = re.compile(r"首([届次])")  # 首届 is 第一届, 首次 第一次


def _same_event_name(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    # (首届 is 第一届: 俄罗斯首届未来运动会 (headline) / 第一届未来运动会 (lead), the place dropped)
    a, b = (_DASHES.sub("—", _YEAR_WORD.sub("", _in_digits(_FIRST_AS_ORDINAL.sub(
        r"第一\1", x.replace("“", "").replace("”", "")))))
            for x in (a, b))
    if _one_session_by_scope(a, b) or _session_of_its_series(a, b):
        return True
    short, long = sorted((a, b), key=len)
    if _SESSION_NUMBER.match(short) and long.endswith(short) and len(short) >= 0.7 * len(long):
        return True
    lead_a, lead_b = _SESSION_NUMBER.match(a), _SESSION_NUMBER.match(b)
    if bool(lead_a) != bool(lead_b):
        # 世界水资源大会在京召开 (headline) / 第18届世界水资源大会今天开幕: a leading session number
        # only (…第五次会议 keeps its own); two numbered sessions stay apart
        a, b = a[lead_a.end() if lead_a else 0 :], b[lead_b.end() if lead_b else 0 :]
    year_a, year_b = _LEADING_YEAR.match(a), _LEADING_YEAR.match(b)
    if bool(year_a) != bool(year_b) and len(b if year_a else a) >= 6:
        # 2024年新加坡航空展 / 新加坡航空展将于2月20日举行: a leading year once (two years stay apart; a
        # short generic name, 新春招待会 / 2024年新春招待会, may be another host's)
        a, b = a[year_a.end() if year_a else 0 :], b[year_b.end() if year_b else 0 :]
    short, long = sorted((a, b), key=len)
    if _one_of_joint(short, long) or _china_pair_short(short, long) or _joint_shortened(short, long):
        return True  # …第十届企业家大会 (headline) / …第十届企业家大会暨第八届投资研讨会: one of the joint events
    # a headline drops a leading year, place or ordinal, or a session word (…论坛全会); a sub-forum
    # (…大会分论坛) is another event
    trimmed = long[len(short) :] in _SESSION_WORDS and long.startswith(short)
    # …高技术装备搜救演练 (headline) / …高技术装备海空立体搜救演练: words added inside, a head of four or
    # more characters kept after them (not …峰会 / …峰会新闻发布会, nor …第一次会议 / …第一次委员长会议: another
    # meeting; a number added inside, 亚太经合组织第三十一次领导人非正式会议, is _session_of_its_series's)
    kept = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    tail = short[kept:]
    added = long[kept : len(long) - len(tail)]
    inserted = kept >= 4 and len(tail) >= 4 and long.endswith(tail) and not any(c in _NUMBERING for c in added)
    return short == long or (len(short) >= 4 and (long.endswith(short) or trimmed or inserted) and len(short) >= 0.7 * len(long))


def _china_pair_short(short: str, long: str) -> bool:
    """首届中阿峰会 / 首届中国-阿拉伯国家峰会: China and a partner by their initials, the rest the same
    (not 中阿 for 中国-海湾阿拉伯国家…: the partner's own initial)."""
    pair, full = _PAIR_INITIALS.search(short), _CHINA_WITH.search(long)
    if pair is None or full is None or full.end() >= len(long) or long[full.end()] != pair.group(1):
        return False
    if pair.group(0) in _REGIONS:
        return False  # 中东峰会, 中亚峰会: a region, not China and a partner
    # (the partner named in full, 阿拉伯国家 or 东盟, then the rest the same: not 中国和非洲国家青年论坛 for 中非论坛)
    rest = short[pair.end() :]
    if len(rest) < 2 or not long.endswith(rest) or not long[full.end() : len(long) - len(rest)].endswith(_PARTNER_ENDS):
        return False
    # (中阿峰会 / 首届中国-阿拉伯国家峰会: the session said once; 第二届 / 首届: two sessions)
    leads = sorted((short[: pair.start()], long[: full.start()]), key=len)
    return leads[0] == leads[1] or (not leads[0] and _ORDINAL_LEAD.fullmatch(leads[1]) is not None)


_ORDINAL_LEAD = re.compile(rf"首届|{SESSION_ORDINAL}届")
_REGIONS = frozenset({"中东", "中亚"})
_PARTNER_ENDS = ("国家", "国", "盟", "共同体", "地区")
_PAIR_INITIALS = re.compile(r"中([^\W\d国])")
_CHINA_WITH = re.compile(r"中国[-—－–与和]")
_NATIONAL_SCOPE = re.compile(r"中华人民共和国|全国|中国")
_SESSION_ANYWHERE = re.compile(rf"{SESSION_ORDINAL}[届次]|首[届次]")


def _without_scope(name: str) -> str:
    scope = _NATIONAL_SCOPE.match(name)
    return name[scope.end() :] if scope else name


def _one_session_by_scope(a: str, b: str) -> bool:
    """中华人民共和国第十二届少数民族传统体育运动会 / 第十二届全国少数民族传统体育运动会: one session,
    its nation named before the number or after it (the same number and the same name after it)."""
    ma, mb = _SESSION_ANYWHERE.search(a), _SESSION_ANYWHERE.search(b)
    if ma is None or mb is None or ma.group(0) != mb.group(0):
        return False
    if any(before and _NATIONAL_SCOPE.fullmatch(before) is None for before in (a[: ma.start()], b[: mb.start()])):
        return False
    after_a, after_b = (_without_scope(x[m.end() :]) for x, m in ((a, ma), (b, mb)))
    return len(after_a) >= 6 and after_a == after_b and a != b


def _session_of_its_series(a: str, b: str) -> bool:
    """金砖国家领导人第十五次会晤 / 金砖国家领导人会晤, 首届“良渚论坛” / “良渚论坛”: in one story the
    series named without a number is the session the story reports (the same name once the one
    number is taken out; two numbered names stay apart)."""
    numbered = [_SESSION_ANYWHERE.search(x) for x in (a, b)]
    if (numbered[0] is None) == (numbered[1] is None):
        return False
    bare = [_SESSION_ANYWHERE.sub("", x, count=1) for x in (a, b)]
    return bare[0] == bare[1] and len(bare[0]) >= 4


def _one_of_joint(short: str | None, long: str | None) -> bool:
    """``short`` is one of the events ``long`` joins with 暨 (A暨B names two occasions held as one)."""
    if not short or not long or "暨" not in long:
        return False
    return len(short) >= 6 and short in long.split("暨")


def _joint_shortened(short: str, long: str) -> bool:
    """庆祝大会暨就职典礼 after 庆祝澳门回归祖国25周年大会暨澳门特别行政区第六届政府就职典礼: each event of a
    joint name shortened, keeping its head and, where it had one, its opening word (a later mention)."""
    parts, full = short.split("暨"), long.split("暨")
    if len(parts) < 2 or len(parts) != len(full):
        return False
    # (第2届…暨… is no shortening of 第20届…暨…: a number the short form keeps is the full name's)
    return all(
        len(p) >= 4 and f.endswith(p[-2:]) and (f.endswith(p) or (f.startswith(p[:2]) and _abbreviates(p, f)))
        and set(_NUMBER.findall(p)) <= set(_NUMBER.findall(f))
        for p, f in zip(parts, full, strict=True)
    )


_NUMBER = re.compile(r"\d+")


def _in_digits(name: str) -> str:
    """中国八千年龙文化精品文物展 = 中国8000年…, 第十四届 = 第14届: a count before its counter in digits,
    so that a headline and its lead compare alike however each writes the number."""
    def digits(m: re.Match[str]) -> str:
        parsed = parse_number(m.group(0))
        return str(as_number(parsed.value)) if parsed is not None else m.group(0)

    return _CHINESE_COUNT.sub(digits, name)


_CHINESE_COUNT = re.compile(r"[零〇一二两三四五六七八九十百千万]+(?=周年|年|届|次|期|批)")


def _user_event(item: dict[str, Any], view: SentenceView, rule: SentenceRule, mention: Any, text: str) -> m.Event:
    return m.Event(
        type=m.EventType(item.get("type", "other")), name=item.get("name"), object=item.get("object"),
        date=item.get("date"), place=item.get("place"), arguments=item.get("arguments") or {},
        trigger=mention(item["trigger"], view.index, rule.name), evidence=view.string,
    )


# a list of channels closed by 等新媒体平台: 、央视频、央视网等新媒体平台 (、 is outside the item class: linear)
_CHANNEL_LIST = re.compile(r"(?:、[^，。；、“”]{1,8}){0,8}等(?:新媒体|网络|媒体|视听)平台(?!企业|公司|经济)")
# a media body's own outlets listed (央视频、央视网等平台, 央视网、央视频客户端同步播出): channels too
_MEDIA_CHANNEL_LIST = re.compile(r"(?:、[^，。；、“”]{1,8}){0,8}(?:等平台|客户端(?:同步|同时|上线|播出))")


def _organizations(views: list[SentenceView], ctx: ArticleContext, mention: Any) -> list[m.Organization]:
    text = ctx.text
    orgs: list[Entity] = []
    for v in views:
        for e in v.of("ORG"):
            channels = _CHANNEL_LIST.match(text, e.end) or (
                _MEDIA_CHANNEL_LIST.match(text, e.end) if e.attrs.get("type") == "media" else None
            )
            if channels and (channels.group(0).startswith("、") or text[e.start - 1 : e.start] == "、"):
                continue  # 在央视新闻、央视频、央视网等新媒体平台同步上线: a channel here, not a body
            if (e.start, e.end) in ctx.designations:
                inner = _inner_org(v, e, ctx)
                if inner is None:
                    continue
                e = inner
            orgs.append(e)
    names = list(dict.fromkeys(text[e.start:e.end] for e in orgs))
    groups = org_rules.cluster(names, ctx.lexicon)
    out = []
    for i, group in enumerate(groups):
        main = max(group, key=len)
        members = [e for e in orgs if text[e.start:e.end] in group]
        types = [str(e.attrs["type"]) for e in members if text[e.start:e.end] == main] or [str(members[0].attrs["type"])]
        out.append(m.Organization(
            id=f"O{i + 1}", name=main, type=m.OrgType(types[0]),
            aliases=[n for n in group if n != main],
            canonical=org_rules.canonical(group, ctx.lexicon),
            mentions=[mention((e.start, e.end), e.sentence, e.rule) for e in members],
        ))
    return out


def _inner_org(v: SentenceView, e: Entity, ctx: ArticleContext) -> Entity | None:
    """The organisation inside a designation (中阿G60合作发展促进中心 in …促进中心参访基地)."""
    if ctx.org_recognizer is None:
        return None
    tokens = [(s, t) for s, t in v.tokens if e.start <= s and t <= e.end]
    while tokens:
        tokens = tokens[:-1]
        found = [o for o in ctx.org_recognizer.find(ctx.text, tokens) if o.start == e.start]
        if found:
            o = found[0]
            return Entity("ORG", o.start, o.end, e.sentence, o.rule, {"type": o.type})
    return None
