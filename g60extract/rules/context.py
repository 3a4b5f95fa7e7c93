"""What relation rules know about the article beyond their sentence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from g60extract.lexicon import Lexicon
from g60extract.ner.recognizer import Entity, SentenceView

_CLAUSE = re.compile(r"[，,；;：:。！？!?\n]")
DAYS_RUN = re.compile(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d")
_ASIDE_MAX = 12  # characters of a bracketed aside whose commas split no clause (（女，巴西）)
_GPE_FOLLOW = frozenset("与和同跟、及等，,分签达共双两方政就近今日在已将于正宣")
LIST_SEP = re.compile(r"、|，|,|以及|和|与|及|同|暨")
# 稳增长方案（2023—2024年）: the period a document covers, in brackets after its kind
PERIOD = re.compile(r"[（(]\d{4}(?:[—–\-－~～至]\d{4})?年?[）)]")
_OPENS_OR_CLOSES = ("自", "从", "至", "到", "延至", "截至", "截止", "截止到")
_FROM_OR_UNTIL = ("起", "前", "以前", "之前", "止", "为止", "开始", "施行", "生效")
NUMERAL = r"(?:\d+|[一二两三四五六七八九十百千]+)"  # 24, 二十四, 两: a count as news writes it
# words that set the time of the story itself (今天, 此次访问期间, 如今): after one, an earlier frame
# (5年前，…; 50年来，…; …将于…举行，) no longer governs what follows
_YEAR_WRITTEN = re.compile(r"\d{4}年|去年|前年")
_AS_OF = re.compile(r"截[至止]到?[^，。；]{1,16}")
_STATE_NOW = re.compile(r"目前")
CURRENT_FRAME = re.compile(r"今天|今日|当天|当日|今年|如今|目前|现在|此次|本次|日前|近日")
# …11年来首次访问非洲, 10多年来首次派出: the first in a period, news of the day all the same
FIRST_IN_YEARS = re.compile(r"[^，。；]{0,8}?首次")
# a period the story looks back over (五年来, 2014年以来, 党的十八大以来, 建交以来; not 2024年来自…)
LOOKED_BACK = re.compile(
    r"(?:这|过去)?(?:(?<!\d)[\d一二三四五六七八九十两几]{1,4}|近|多)年(?:以)?来(?![华京沪访自])"
    r"|(?:去年|前年|(?P<this>今年)|(?P<year>\d{4})年|(?:党的)?(?:十八|十九|二十)大|建交|成立"
    r"|“?十[一二三四五]五”?(?:时期)?)以来"  # (“十四五”以来: the plan period so far)
)


def split_listed(s: SentenceView, start: int, end: int) -> list[str]:
    """The items listed in text[start:end], cut at a separator only where it is a word of its own:
    700名维和官兵 is one item (和 inside 维和), 达式常、翟俊杰 and 张三和李四 are two."""
    word_ends = {e for _, e in s.tokens}
    items, last = [], start
    for m in LIST_SEP.finditer(s.text, start, end):
        if s.text.rfind("（", last, m.start()) > s.text.rfind("）", last, m.start()):
            continue  # 迪尔玛·罗塞芙（女，巴西）: inside a bracketed aside, no item ends
        if m.group() in "、，," or (m.start() in s.word_starts and m.end() in word_ends):
            items.append(s.text[last : m.start()])
            last = m.end()
    items.append(s.text[last:end])
    return [item for item in items if item]


def _full_sentence(s: SentenceView) -> bool:
    return s.string.rstrip().endswith(("。", "！", "？"))


@dataclass
class ArticleContext:
    text: str
    published: dt.date | None
    lexicon: Lexicon
    sentences: list[SentenceView]
    sections: list[int] = field(default_factory=list)  # section index of each sentence
    meetings: dict[int, tuple[str, str]] = field(default_factory=dict)  # section → (date, name)
    designations: list[tuple[int, int]] = field(default_factory=list)
    org_recognizer: Any = None
    _org_start_by_end: dict[int, int] | None = None
    _first_full: dict[int, int] | None = None  # section → index of its first full sentence (not a headline line)
    gates: dict[tuple[str, ...], Any] = field(default_factory=dict)
    title: str | None = None  # the article's headline where its metadata gives one (not part of ``text``)

    def section(self, s: SentenceView) -> int:
        return self.sections[s.index] if s.index < len(self.sections) else 0

    def leads_its_story(self, s: SentenceView, *, headline_too: bool = False) -> bool:
        """The first sentence of its story: no full sentence before it in its section, only a headline
        line (and not that line itself, which the lead restates, unless ``headline_too``)."""
        if self._first_full is None:
            self._first_full = {}
            for o in self.sentences:
                if _full_sentence(o):
                    self._first_full.setdefault(self.section(o), o.index)
        first = self._first_full.get(self.section(s), len(self.sentences))
        return s.index <= first and (headline_too or _full_sentence(s))

    def meeting_of(self, s: SentenceView) -> tuple[str, str] | None:
        """The dated meeting of the sentence's section (a bundle's stories each have theirs)."""
        return self.meetings.get(self.section(s))

    def clause_start(self, s: SentenceView, pos: int) -> int:
        start = s.start
        for m in _CLAUSE.finditer(self.text, s.start, pos):
            if not self.in_quoted_name(s, m.start()):
                start = m.end()
        return start

    def clause_end(self, s: SentenceView, pos: int) -> int:
        for m in _CLAUSE.finditer(self.text, pos, s.end):
            if not self.in_quoted_name(s, m.start()):
                return m.start()
        return s.end

    def in_quoted_name(self, s: SentenceView, pos: int) -> bool:
        """Inside a short quoted name (“中国与世界：合作 挑战 共赢”专题研讨活动), where a comma or colon
        is part of the name; not inside quoted speech (他说：“…，…。”), which has clauses of its own.
        A 《》 title is a name up to 80 characters, the longest the title recogniser reads
        (《共建“一带一路”：构建人类命运共同体的重大实践》)."""
        paren = self.text.rfind("（", s.start, pos)
        if paren >= 0 and self.text.find("）", paren, pos) < 0 and 0 <= self.text.find("）", pos, s.end) - paren <= _ASIDE_MAX:
            return True  # 授予迪尔玛·罗塞芙（女，巴西）“友谊勋章”: a short aside in brackets has no clauses
        book = self.text.rfind("《", s.start, pos)
        if book >= 0 and self.text.find("》", book, pos) < 0 and 0 <= self.text.find("》", pos, s.end) - book <= 80:
            return True
        opened = self.text.rfind("“", s.start, pos)
        if opened < 0 or self.text.find("”", opened, pos) >= 0:
            return False
        closed = self.text.find("”", pos, s.end)
        speech = self.text.endswith(("：", ":", "说", "表示"), s.start, opened)
        return closed >= 0 and closed - opened <= 30 and not speech

    def sentence_date(self, s: SentenceView, skip: Callable[[Entity], bool] | None = None) -> str | None:
        """The first resolved date of the sentence (that ``skip`` does not rule out), else the
        meeting's date when the sentence says it happened there (会上, 现场, 此次 …)."""
        for e in s.of("DATE"):
            if e.attrs.get("value") and e.attrs.get("granularity") == "day" and not (skip and skip(e)):
                return str(e.attrs["value"])
        here = self.lexicon.trigger_list("meeting_here_words")
        meeting = self.meeting_of(s)
        if meeting and any(w in s.string for w in here):
            return meeting[0]
        return None

    def event_date(self, s: SentenceView, skip: Callable[[Entity], bool] | None = None) -> str | None:
        """Like ``sentence_date``; in an article about one meeting, what it reports happened
        there unless the sentence dates it otherwise."""
        meeting = self.meeting_of(s)
        if meeting:
            opening = next((str(e.attrs["value"]) for e in s.of("DATE") if e.start == s.start and e.attrs.get("value")), None)
            if opening and not meeting[0].startswith(opening):
                # 2021年，…展览馆落成, 今年3月，…签署: the sentence opens on a coarser date of its own, not the meeting's day
                return self.sentence_date(s, skip) or opening
        return self.sentence_date(s, skip) or (meeting[0] if meeting else None)

    def dated_before_this_year(self, s: SentenceView, start: int, end: int, *, year_written: bool = False) -> bool:
        """A date of ``s`` starting between ``start`` and ``end`` lies in a year before the story's
        (2016年…共同见证签署的, 被授予…: what it tells happened before). With ``year_written``, only a
        date that writes its year out counts (2019年, 去年; not 12月28日 in a January story, which
        resolves to last year but is last month's news)."""
        if self.published is None:
            return False
        years = (str(d.attrs.get("value") or "")[:4] for d in s.of("DATE")
                 if start <= d.start < end and (not year_written or _YEAR_WRITTEN.match(self.text, d.start, d.end)))
        return any(y.isdigit() and int(y) < self.published.year for y in years)

    def period_opening(self, s: SentenceView) -> re.Match[str] | None:
        """近年来，两国人文合作方兴未艾，…, 截至目前，…: the period looked back over when it is the whole
        first clause of the sentence (not 今年以来: this year's news, dated or not)."""
        opening = self.clause_end(s, s.start)
        if (as_of := _AS_OF.match(self.text, s.start, opening)) is not None and as_of.end() == opening:
            return as_of  # 截至2021年底，…累计…, 截至目前，…: what a tally up to a day counts
        if (now := _STATE_NOW.fullmatch(self.text, s.start, opening)) is not None:
            return now  # 目前，…骨干路网全面通车，…基本建成: the state things are in, summed up
        period = LOOKED_BACK.match(self.text, s.start, opening)
        return period if period is not None and period.end() == opening and period.group("this") is None else None

    def bounds_a_period(self, e: Entity) -> bool:
        """自2022年11月1日起施行, 最长可延至2023年6月30日, 12月1日起推广: a date that opens or closes
        a period the sentence sets, not the day of what it reports (but 从今天开始推出: today's)."""
        if self.text.startswith(("今天", "今日", "即日"), e.start):
            return False
        return self.text.endswith(_OPENS_OR_CLOSES, 0, e.start) or self.text.startswith(_FROM_OR_UNTIL, e.end)

    def orgs_between(self, s: SentenceView, start: int, end: int) -> list[Entity]:
        """Organisations, and places standing alone as actors (中国与东盟), in ``start:end``; a short
        form in brackets right after its full name (巴勒斯坦伊斯兰抵抗运动（哈马斯）) is that name again."""
        found = [
            e for e in s.entities
            if start <= e.start and e.end <= end
            and (e.label == "ORG" or (e.label == "GPE" and self._standalone(e, s)))
        ]
        found += [p for p in self._province_cities(s) if start <= p.start and p.end <= end]
        found.sort(key=lambda e: e.start)
        ends = {e.end for e in found}
        return [e for e in found if not (e.start - 1 in ends and self.text[e.start - 1 : e.start] in ("（", "(")
                                         and self.text[e.end : e.end + 1] in ("）", ")"))]

    def _province_cities(self, s: SentenceView) -> list[Entity]:
        """四川成都与重庆, 内蒙古呼和浩特和包头市: a province and a city of it written together, one place
        standing alone as an actor (neither half is free on both sides)."""
        places = s.of("GPE")
        out = []
        for e in places:
            if e.attrs.get("kind") != "province":
                continue
            city = next((o for o in places if o.start == e.end and o.attrs.get("kind") == "city"), None)
            if city is not None and self._free_before(e, s) and self._free_after(city, s):
                out.append(Entity("GPE", e.start, city.end, e.sentence, "gpe.province_city", {"kind": "city"}))
        return out

    def _standalone(self, e: Entity, s: SentenceView) -> bool:
        return self._free_before(e, s) and self._free_after(e, s)

    def _next_country(self, e: Entity, s: SentenceView, before: bool) -> Entity | None:
        """沙特伊朗4月6日签署联合声明: two countries written side by side are two parties."""
        if e.attrs.get("kind") != "country":
            return None
        return next((o for o in s.of("GPE") if o.attrs.get("kind") == "country"
                     and (o.end == e.start if before else o.start == e.end)), None)

    def _free_before(self, e: Entity, s: SentenceView) -> bool:
        if e.start <= s.start or self.text[e.start - 1] in "，,、与和同及；：对":
            return True
        other = self._next_country(e, s, before=True)
        return other is not None and self._free_before(other, s)

    def _free_after(self, e: Entity, s: SentenceView) -> bool:
        if e.end >= s.end or self.text[e.end] in _GPE_FOLLOW or any(d.start == e.end for d in s.of("DATE")):
            return True  # (伊朗4月6日签署: a date may follow the party)
        if e.attrs.get("kind") == "country" and self.text.startswith(tuple(self.lexicon.org_words("group_words")), e.end):
            return True  # 叙利亚、约旦、伊拉克和黎巴嫩四国农业部长: the list the group sums up (not 中亚五国: a region's)
        other = self._next_country(e, s, before=False)
        return other is not None and self._free_after(other, s)

    def expand_anaphor(self, phrase: str, before: int) -> str:
        """九城市 → G60科创走廊九城市 when the article said that earlier."""
        if self._org_start_by_end is None:
            self._org_start_by_end = {}
            for s in self.sentences:
                for e in s.of("ORG"):
                    self._org_start_by_end[e.end] = min(e.start, self._org_start_by_end.get(e.end, e.start))
        best = phrase
        pos = self.text.find(phrase, 0, before)
        while 0 <= pos < before:
            start = self._org_start_by_end.get(pos)
            if start is not None and pos + len(phrase) - start > len(best):
                best = self.text[start : pos + len(phrase)]
            pos = self.text.find(phrase, pos + 1, before)
        return best


@lru_cache(maxsize=256)
def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation of ``words``, longest first, cached per word list."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def outside_quotes(text: str, start: int, pos: int) -> bool:
    """No “ opened between ``start`` and ``pos`` is still open at ``pos`` (a word there is not
    inside a quoted name such as “看电影过大年”)."""
    return text.count("“", start, pos) <= text.count("”", start, pos)


def find_words(
    text: str, start: int, end: int, words: list[str], word_starts: set[int] | None = None
) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of ``words`` in ``text[start:end]``, longest first at each spot;
    with ``word_starts``, only those starting where a segmented word starts (上线 is not in 线上线下)."""
    if not words:
        return []
    pattern = word_pattern(tuple(words))
    hits = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text, start, end)]
    if word_starts is not None:
        # (a match that starts inside a word may hide one that starts at the next word: 汽|车展|览会
        # hides 展览会)
        # (and one that ends inside a word may hide one starting inside it at a word: 艺术|展演|季 has
        # 艺术展 hide 展演季)
        kept: list[tuple[int, int, str]] = []
        for a, b, w in hits:
            inner = next(((m.start(), m.end(), m.group(0)) for p in range(a + 1, b)
                          if p in word_starts and (m := pattern.match(text, p, end)) is not None), None)
            runs_on = inner is not None and inner[1] > b and b not in word_starts and b < end
            if a in word_starts and not runs_on:
                kept.append((a, b, w))
            elif inner is not None:
                kept.append(inner)
        hits = []
        for h in kept:  # (non-overlapping: each against the last one kept)
            if not hits or h[0] >= hits[-1][1]:
                hits.append(h)
    return hits


def names_occasion(lexicon: Lexicon, name: str) -> bool:
    """``name`` is headed by a meeting or occasion word; a rite's head (大典) only with a word of
    the rite (公祭伏羲大典, 拜祖大典), for 新版国家职业分类大典 is a book."""
    if not lexicon.headed_by(name, "meeting_heads", "occasion_heads"):
        return False
    return not lexicon.headed_by(name, "rite_heads") or any(w in name for w in lexicon.trigger_list("rite_words"))


def body_heads(ctx: ArticleContext) -> tuple[str, ...]:
    """What ends a phrase naming bodies by kind, not by name (国际组织, 当地农业部门, 70多家单位):
    an organisation suffix or the lexicon's actor heads."""
    return (*naming_suffixes(ctx), *ctx.lexicon.org_words("actor_heads"))


def naming_suffixes(ctx: ArticleContext) -> list[str]:
    """The organisation suffixes that end a name the relation rules read whole: a one-character
    suffix that is also a verb (办) is left out (成立后首次举办, 挂牌督办)."""
    verbs = ctx.org_recognizer.pure_verbs if ctx.org_recognizer is not None else frozenset()
    return [x.suffix for x in ctx.lexicon.org_suffixes if len(x.suffix) > 1 or x.suffix not in verbs]
