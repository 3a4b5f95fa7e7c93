"""Initiative rules: things founded, launched, published or conferred, with their actors.

- establishment: 发起成立/成立/组建/揭牌 + an organisation (联盟 → alliance, 平台/中心 → platform),
  or the organisation before 揭牌/挂牌成立;
- launch: a platform, base, project or works before 落地/开工/投运/启动/上线;
- release: 发布/印发/出台 next to a 《title》 or a document noun phrase (…政策措施, 行动方案), with
  the organisation right before the verb as actor; also a title opening the sentence after
  "…在会上书面发布。";
- programmes: a “quoted” plan, action or initiative that is 实施/提出/启动/开展 (“十大合作计划”);
- designation: "X等N家单位被授予Y" → Y with recipients X (not the granter in 被Z授予);
- competition: 为…大赛获奖代表颁奖 → the competition.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import Any

from g60extract.ner.recognizer import ALIAS_OPEN, Entity, SentenceView
from g60extract.normalise.numbers import parse_small_int
from g60extract.page import HEADLINE_MAX, SENTENCE_FINAL
from g60extract.rules.base import Example, SentenceRule
from g60extract.rules.context import (
    CURRENT_FRAME,
    LIST_SEP,
    LOOKED_BACK,
    NUMERAL,
    PERIOD,
    ArticleContext,
    body_heads,
    find_words,
    names_occasion,
    naming_suffixes,
    outside_quotes,
    split_listed,
    word_pattern,
)
from g60extract.rules.events import NOT_HELD, SATELLITE_COUNT, gap_ok, spacecraft
from g60extract.rules.phrases import (
    COUNT_PREFIX,
    DEMONSTRATIVES,
    DESCRIPTION,
    GAP_ADVERBS,
    MARKS,
    OCCASION_FOR,
    PREPOSITION_WORDS,
    PREPOSITIONS,
    SECTION_AFTER,
    SUPERLATIVE,
    THIS_OCCASION,
    clauses_carried_on,
    document_heads,
    generic_words,
    head_phrase_end,
    in_listed_measures,
    is_demanded,
    is_directive,
    is_generic,
    is_planned,
    quoted_before,
    still_to_come,
    subject_phrase,
    target_year,
    titled_before,
    titles_run,
    verb_at,
    without_dates,
)

# 发布了2023年4月期《…半年报》, 最新一期《…》: the issue of a titled periodical, before its title
# (发表题为《…》的署名文章: the article by its title, whose kind a head after 的 may say)
# (发布2023年至2024年《人类发展报告》: the years a report covers, before its title)
_ISSUE = (r"(?:\d{4}年?(?:至|到|—|－|-)\d{4}年度?|\d{4}年度|\d{4}年(?:\d{1,2}月)?|\d{1,2}月)(?:期|版)?(?=《)|\d{4}版(?=《)"
          r"|(?:最新|新)一期(?=《)|题为(?=《)")
# (发布联合公告, 成立联合研究平台, 建设共同富裕示范区, 发布共同推进…的行动方案: after the verb, 联合 and 共同
# belong to the name unless a second act's verb follows them)
_JOINTLY = "(?:共同|联合)(?=发布|成立|发起|设立|建立|组建|推出|启动|签署|举办|主办)"
_SKIP = re.compile(
    rf"(?:了|的|起|正式|{_JOINTLY}|书面|首批|新一批|最新一批|一批|一系列|系列|新一轮|多项|首张|首个|首部|首份|"
    rf"{_ISSUE}|"
    r"\d+多?[个家批项条座所张份部款]|[一二三四五六七八九十两]+[个家批项条座所张份部款])*+"  # (possessive: 一批 parses two ways)
)
# a count of measures or articles (12条, 30项): what a policy document is named by
_MEASURE_COUNT = re.compile(rf"{NUMERAL}多?[条项]")
# 全国版和自贸试验区版|两张…清单: versions listed, then counted
_VERSIONS_COUNTED = re.compile(r"[和与及、][^，。；、和与及]{1,12}?版(?:两|[二三四五六七八九十]|\d+)[张份部套个]")
_SIZE_PREFIX = re.compile(
    r"(?:规模)?(?:\d+(?:\.\d+)?多?[万亿]{0,2}|[一二两三四五六七八九十百千万亿]+多?)(?:(?:元|美元)(?:级|规模|量级)?|级|规模|量级)的?"
    r"|为期[^，。；、的“”]{1,10}的"  # 为期三年的, 为期一年半的, 为期5个多月的专项行动: how long, not the name
)
# the money a fund or facility holds, before its name (总额3000亿元, 百亿元规模的; 300亿国有企业…专项基金: 亿 with
# its 元 left out, when no other unit or currency follows); read only before a name money_heads heads
_AMOUNT_PREFIX = re.compile(
    r"(?:规模|总额|总规模)?(?:\d+(?:\.\d+)?多?[万亿]{0,2}|[一二两三四五六七八九十百千万亿]+多?)(?:元|美元)(?:级|规模|量级)?的?"
    r"|\d+(?:\.\d+)?亿(?=[\u4e00-\u9fff])(?![元美欧日英港澳韩加新卢瑞级规量吨千万瓦立平方米公里人次辆台套个件只头户家座条项斤升度])"
)
_ACTOR_TRIM = re.compile(
    r"^(?:会上|现场|同时|此外|随后|其中|共同|联合|等|刚刚|日前|近日)+"
    r"|(?:等|共同|联合|正式|还|将|将要|即将|也|已|已经|继续|逐步|进一步|不断|刚刚|率先|先后|积极|专门|随后|正)+$"
)
_DESIGNATION_TAIL = re.compile(r"(?:国家荣誉称号|荣誉称号|称号|荣誉|名单)$")
_ORG_KIND = {"alliance": "alliance", "platform": "platform", "research_institute": "platform",
             "association": "other", "government": "other", "enterprise": "other"}
# (可持续 is a word of the name: 全球可持续交通创新联盟)
_NP_BREAK = re.compile(r"[，,。；;：:！？!?（）()]|以及|并且|并|同时|进一步|(?<!可)持续|确保|着力|旨在")
# only a place and adverbs between an organisation and its verb (联盟在会上正式成立)
_PLACE_TAIL = re.compile(rf"(?:在[^，。在]{{1,12}}?)?(?:{GAP_ADVERBS})*$")


def _title_kind(ctx: ArticleContext, title: str, after: int | None = None, inside: bool = True) -> str:
    """The kind a document's name says by its end (…报告: report); else, with ``after`` the offset
    right after its closing 》, a head written there (《中国的能源转型》白皮书: report); else, when
    ``inside``, a head word inside the name."""
    heads: dict[str, list[str]] = ctx.lexicon.triggers["document_heads"]
    best, best_len = "other", 0
    for kind, words in heads.items():
        for w in words:
            if title.endswith(w) and len(w) > best_len:
                best, best_len = kind, len(w)
    if best_len == 0 and after is not None:
        # (发表题为《新时代的中国国家安全》的白皮书: the head after a 的 as well)
        at = after + 1 if ctx.text.startswith("的", after) else after
        following = max(((k, w) for k, ws in heads.items() for w in ws if ctx.text.startswith(w, at)),
                        key=lambda kw: len(kw[1]), default=None)
        if following is not None:
            return following[0]
    if best_len == 0 and inside:
        for kind, words in heads.items():
            if any(w in title for w in words):
                return kind
    return best


def _org_kind(e: Entity, name: str) -> str:
    if name.endswith("基地"):
        return "base"
    return _ORG_KIND.get(str(e.attrs.get("type")), "other")


_PROGRAMME_ENDS = ("工程", "项目", "计划", "行动", "活动")


def _np_kind(ctx: ArticleContext, name: str) -> str:
    # 中国环境管理体系认证指导委员会: a body's name says its kind by its suffix, not by a word inside
    # (…专科联盟(西部): by the name before its bracketed section)
    name = name[: section.start()] if (section := SECTION_AFTER.search(name)) is not None and section.start() >= 2 else name
    # (科技成果赋智中小企业专项行动: a programme, whatever its topic's words)
    # (科技成果转化专班: a body founded, whatever its topic's words)
    founded = tuple(ctx.lexicon.trigger_list("founded_heads"))
    kind = _title_kind(ctx, name, inside=not name.endswith((*naming_suffixes(ctx), *_PROGRAMME_ENDS, *founded)))
    if kind != "other":
        return kind
    if name.endswith(("联盟",)):
        return "alliance"
    parks = tuple(ctx.lexicon.trigger_list("park_heads"))
    if name.endswith(("平台", "中心", "园区", "试验区", "示范区", "先导区", "先行区", *parks)):
        return "platform"
    if name.endswith("基地"):
        return "base"
    if name.endswith(_PROGRAMME_ENDS):
        return "project"
    return "other"


_TARGET_WORDS = frozenset({"对", "向", "面向", "针对", "为"})


def _actors(ctx: ArticleContext, s: SentenceView, verb_start: int) -> list[str]:
    start = ctx.clause_start(s, verb_start)
    place = ctx.text.find("在", start + 1, verb_start)
    if place > 0 and not any(e.start <= place < e.end for e in s.of("ORG")):
        verb_start = place  # 海关总署在青岛、杭州…开展: who acts stands before where (not 中国在线…协会)
    # 并对匈牙利、瑞士等国家试行…: whom the action is for stands after 对/向, not who acts
    target = next((a for a, b in s.tokens if start < a < verb_start and ctx.text[a:b] in _TARGET_WORDS), None)
    if target is not None and not any(e.start <= target < e.end for e in s.of("ORG")):
        verb_start = target
    orgs = ctx.orgs_between(s, start, verb_start)
    seg = ctx.text[start:verb_start]
    pieces = []
    for piece in LIST_SEP.split(re.sub(r"联合(?!国)|携手|共同", "、", seg)):
        piece = _ACTOR_TRIM.sub("", piece.strip())
        for d in s.of("DATE"):
            piece = piece.replace(ctx.text[d.start : d.end], "")
        if 2 <= len(piece) <= 25 and _actor_like(ctx, piece):
            pieces.append(piece)
    names = [ctx.text[o.start : o.end] for o in orgs]
    # prefer recognised organisations; keep generic partners (研究机构 …) that the clause lists, not the
    # pieces of a name that the split at 联合/和 broke (联合国教科文组织 → 国教科文组织, 文化和旅游部 → 旅游部)
    return list(dict.fromkeys([*names, *(p for p in pieces if not any(n in p or p in n for n in names))]))


_SIDE = re.compile(r"[\u4e00-\u9fff]{1,2}方|[\u4e00-\u9fff]{0,2}(?:双方|两国|两地|三地)|各方|各地")
_ADMIN_ENDS = frozenset("省市县区州盟旗")
_TOWN = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:市|县|区|镇|乡|新片区)")  # a county or town the lexicon does not list


def _actor_like(ctx: ArticleContext, piece: str) -> bool:
    """A clause piece the recogniser does not name that can still act: a place or places (江苏常州),
    a side (中方, 中老双方), or bodies by kind (当地农业部门, 70多家单位); not the clause's other
    words (要求各地, 倡议未来三年, 重申反对)."""
    if piece == "当地" or piece in ctx.lexicon.places or _SIDE.fullmatch(piece) or (
        piece in ctx.lexicon.trigger_list("home_side_words")
    ):
        return True
    rest = piece
    while rest:
        head = ctx.lexicon.place_at(rest)
        if head is not None:
            rest = rest[len(head) :]
            rest = rest[1:] if rest[:1] in _ADMIN_ENDS else rest
        elif (town := _TOWN.match(rest)) is not None:
            rest = rest[town.end() :]
        else:
            break
    if not rest:
        return True  # 江苏常州, 湖北省咸宁市, 浙江省德清县新市镇: places in a row
    return len(piece) <= 12 and "的" not in piece and piece.endswith(body_heads(ctx))


def _item(name: str, kind: str, action: str, span: tuple[int, int], trigger: tuple[int, int],
          date: str | None, actors: list[str] | None = None,
          recipients: list[str] | None = None) -> dict[str, Any]:
    return {"name": name, "kind": kind, "action": action, "span": span, "trigger": trigger,
            "date": date, "actors": actors or [], "recipients": recipients or []}


_SKIP_WORDS = re.compile(
    rf"(?:了|的|正式|{_JOINTLY}|一款|书面|新一轮|新一批|最新一批|共(?=\d)|、(?:解读|介绍|宣介)|{_ISSUE})*"
)


def _skip(ctx: ArticleContext, pos: int, end: int, *, counts: bool = True) -> int:
    """Past particles and adverbs (and, with ``counts``, counts such as 15个) after a verb."""
    m = (_SKIP if counts else _SKIP_WORDS).match(ctx.text, pos, end)
    return m.end() if m else pos


def _np_break(ctx: ArticleContext, s: SentenceView, pos: int) -> re.Match[str] | None:
    """Where the noun phrase from ``pos`` ends: not at a comma or colon inside a quoted name
    (公布了“美丽中国，我是行动者”先进典型名单)."""
    return next((b for b in _NP_BREAK.finditer(ctx.text, pos, s.end)
                 if not (b.group() in "，,：:" and ctx.in_quoted_name(s, b.start()))), None)


def _phrases_after(ctx: ArticleContext, s: SentenceView, pos: int, heads: list[str],
                   limit: int = 36, since: bool = False) -> list[tuple[int, int]]:
    """Noun phrases right after ``pos`` that end in one of ``heads``: 'A倡议、B倡议和C倡议' gives
    three; each runs from the previous separator to its head; with ``since``, also one that 以来
    follows (…联合开展打击整治非法社会组织专项行动|以来: a programme begun before)."""
    stop = _np_break(ctx, s, pos)
    if stop is not None and stop.start() == pos and len(stop.group()) > 1 and not ctx.text.startswith("的", stop.end()):
        # 发布进一步促进和扩大消费的15条措施: an adverb opening the phrase describes its purpose
        # (not 出台了进一步的引资促进政策, further policies unnamed)
        stop = _np_break(ctx, s, stop.end())
    period = (PERIOD.match(ctx.text, stop.start()) or _ORDINAL_AFTER.match(ctx.text, stop.start())) if stop else None
    if period is not None:
        stop = _np_break(ctx, s, period.end())  # 稳增长方案（2023—2024年）: the period is part of the name
    end = min(stop.start() if stop else s.end, pos + limit + (period.end() - period.start() if period else 0))
    out: list[tuple[int, int]] = []
    if (run := _QUOTED_RUN.match(ctx.text, pos, s.end)) is not None:
        # 发布了“中拉青年影视共创计划”和“一起看中国：拉美青年中国行”等项目: each quoted item the kind sums up
        return [(q.start() + 1, q.end() - 1) for q in _QUOTED_ITEM.finditer(ctx.text, pos, run.end("items"))]
    if ctx.text.startswith("“", pos):
        close = ctx.text.find("”", pos, end)
        if close > 0 and ctx.text[pos + 1 : close].endswith(tuple(heads)):
            return [(pos + 1, close)]  # 发布的“行动方案”
    hits = find_words(ctx.text, pos, end, heads)
    start = pos
    summed = None  # where the kind after a list's 等 begins (外交、经贸、海关等|部长级会晤机制)
    word_ends = {b for _, b in s.tokens}
    for _, he, head in hits:
        if (dated := PERIOD.match(ctx.text, he) or _ORDINAL_AFTER.match(ctx.text, he)) is not None and dated.end() <= end:
            he = dated.end()  # (…规划（2023—2025年）, 刑法修正案（十二）: the period or the number is part of the name)
        # (the next head ending a word: not the 部 of 部长级)
        kind_after = next((h[1] for h in hits if h[0] > he and h[1] in word_ends), None)
        listed = ctx.text.startswith("等", he) and "、" in ctx.text[start:he]
        if listed and "\u4e00" <= ctx.text[he + 1 : he + 2] <= "\u9fff" and (kind_after is None or kind_after - he > 4):
            # 建立外交、经贸、海关等部长级会晤机制: items listed before 等 (words after it: not …行动等，), the
            # last of which happens to end in a head word, then what they are: not a name (the kind after 等
            # is, where it has a head; a short one, …等文件, sums up documents named each)
            if kind_after is not None:
                summed = he + 1
            continue
        opened = ctx.text.find("“", start, he)
        if ctx.text.startswith("”", he) and opened >= 0 and he + 1 <= end and (
            opened == start or (
                (counted_quote := COUNT_PREFIX.match(ctx.text, start, opened)) is not None and counted_quote.end() == opened
            ) or ctx.text.startswith("的", opened - 1)
        ):
            # 发布了12项“携手构建网络空间命运共同体精品案例”和…: the head closes a quoted name, counted (or described:
            # 公布了110项三地通行的“湾区标准”)
            he += 1
        nxt = ctx.text[he : he + 1]  # a headline's last word ends at its line's end
        # (…成立的…创新联合体|正在对…展开攻关: the phrase is the subject, an adverb opens its predicate)
        boundary = not nxt or nxt.isspace() or nxt in "、和及与，,。；;：:）)" or ctx.text.startswith(
            ("等", "的", "——“", "以及", "正在", "已经", "目前"), he
        ) or (since and ctx.text.startswith("以来", he))
        if not boundary and (ctx.text.startswith(_REPORTING, he) or _SAYS.match(ctx.text, he)):
            boundary = True  # 发布的公告|明确…: the document is the subject of what it says
        if not boundary and head in ctx.lexicon.trigger_list("bare_document_heads") and ctx.text.startswith(
            tuple(ctx.lexicon.trigger_list("purpose_verbs")), he
        ):
            boundary = True  # 发布通知|规范…, 出台60条措施|助力…: the purpose follows the document
        if not boundary and head in ctx.lexicon.trigger_list("founded_heads") and ctx.text.startswith(
            (*ctx.lexicon.trigger_list("body_task_verbs"), *ctx.lexicon.trigger_list("purpose_verbs")), he
        ) and not any(h[0] >= he for h in hits):
            # 成立事故调查组|开展调查工作: the body founded, then the work it is founded for (not 产业基金服务中心,
            # 工作组协调办公室: a later head ends the name)
            boundary = True
        counted = _counted_start(ctx.text, start, he)
        measures = counted is not None and _MEASURE_COUNT.match(ctx.text, counted, he) is not None
        purpose = ctx.text.startswith(tuple(ctx.lexicon.trigger_list("purpose_verbs")), he)
        if measures and not boundary and verb_at(ctx, he) and (purpose or not any(h[0] >= he for h in hits)):
            # 出台12条举措|促进电子产品消费: a purpose clause follows the counted document (not 6项制度|集成创新案例:
            # a later head ends the phrase, the word after the first is no verb of a clause)
            boundary = True
        if not boundary and (not any(ctx.text.startswith(h, he) for h in heads) or any(h[0] >= he for h in hits)):
            continue  # the head word is inside a longer noun (计划生育) or a longer head (标准|体系建设指南)
        if ctx.text.startswith("的", he) and any(h[0] > he for h in hits):
            continue  # 适用增值税政策的…清单: the phrase goes on to a later head
        if measures and counted is not None:
            start = counted  # 推出A、B等30项举措: the list summed up by its count is one document
        elif summed is not None and he - summed >= 4:
            start = summed
        summed = None  # (the kind after 等 starts one phrase only)
        framed = ctx.text.rfind("在内的", start, he)
        if ctx.text.startswith("包括", start) and framed >= 0 and he - framed >= 5:
            start = framed + 3  # 推出包括…应用程序在内的7种反诈举措: the frame lists, the phrase after it names
        prefix = COUNT_PREFIX.match(ctx.text, start, he)
        if prefix and he - prefix.end() > 4:
            start = prefix.end()  # 首张跨境服务贸易负面清单 → 跨境…清单, but 20项便利措施 stays whole
        sized = _SIZE_PREFIX.match(ctx.text, start, he)
        if sized and he - sized.end() >= 4:
            start = sized.end()  # 百亿元规模的产业投资基金: the fund, not its size
        versions = _VERSIONS_COUNTED.search(ctx.text, start, he)
        if versions and he - versions.end() >= 4:
            start = versions.end()  # 全国版和自贸试验区版两张跨境服务贸易负面清单: the versions summed up, then the name
        quoted = ctx.text.find("的“", start, he)
        if quoted >= 0 and ctx.text.find("”", quoted, he) > 0 and "“" not in ctx.text[start:quoted]:
            start = quoted + 1  # 专项支持光子产业…发展的“高光20条”政策: the quoted name, not what describes it
        described = ctx.text.rfind("的", start, he)
        if described > start and "“" not in ctx.text[start:he] and (
            (counted_kind := _COUNTED_KIND.match(ctx.text, described + 1, he - len(head))) is not None
            and _own_wording(ctx, s, counted_kind.end(), he - len(head)) >= 2
        ):
            # 促进民营经济发展的28条便民办税措施: measures counted and named by their own words, as dev names them
            # (深化科创板改革的8条措施, 中国支持全球发展的八项行动: a bare count of a kind keeps its description)
            start = described + 1
        if he - start >= 2:
            out.append((start, he))
        rest = ctx.text[he:end]
        sep = re.match(r"以及|[、和及与]", rest)  # (…的声明以及…的一系列决议)
        if not sep:
            break
        start = he + sep.end()
    return _shared_head(ctx.text, out)


# the heads of a body whose members a list before it names (丝绸之路国际剧院、博物馆、美术馆联盟)
_COLLECTIVE_HEAD = re.compile(r"(?:联盟|联合会|协会|共同体|合作网络)$")


def _shared_head(text: str, phrases: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """丝绸之路国际剧院、博物馆、美术馆联盟: kinds listed with 、, the last of them a short word before
    a collective head, are the members that one body's name lists, not bodies of their own (but 中国高校
    科创联盟、中国园区科创联盟: two alliances, each named in full)."""
    if len(phrases) < 2 or any(text[a[1] : b[0]] != "、" for a, b in pairwise(phrases)):
        return phrases
    last = text[phrases[-1][0] : phrases[-1][1]]
    head = _COLLECTIVE_HEAD.search(last)
    if head is None or not 2 <= head.start() <= 3 or any(_COLLECTIVE_HEAD.search(text[a:b]) for a, b in phrases[:-1]):
        return phrases  # (长三角乡村振兴研究联合会、青年联合会: a body named in full before the last)
    return [(phrases[0][0], phrases[-1][1])]


# 刑法修正案（十二）, …实施办法（征求意见稿）, …选举办法（草案）: the number or the stage of a draft is part of
# the name
_ORDINAL_AFTER = re.compile(r"（(?:[一二三四五六七八九十]{1,3}|征求意见稿|草案|修订草案|修正草案|试行|暂行|送审稿|修订稿)）")
_QUOTED_ITEM = re.compile(r"“[^“”，。；]{2,30}”")
_QUOTED_RUN = re.compile(
    r"(?P<items>“[^“”，。；]{2,30}”(?:[、和及与]“[^“”，。；]{2,30}”)+)等(?:[\d一二三四五六七八九十多]{1,3}[个项])?"
    r"(?:项目|计划|举措)"  # (not 等品牌, 等成果, 等活动: categories, satellites, occasions named apart)
)
# what a document says (…报告将今年…增长预期下调至0.2%: 将 takes what the report revises)
_REPORTING = ("明确", "指出", "提出", "要求", "规定", "强调", "显示", "说，", "说：", "称，", "称：", "将")
# (发表声明说实现…停火是达成协议的基础: what the statement says, however it ends; not 说明, 称号, 称为)
_SAYS = re.compile(r"(?:说|称)(?![明号为赞])")


def _counted_start(text: str, start: int, head_end: int) -> int | None:
    """Where a counted phrase begins: at ``start`` (12条举措) or after the 等 or 在内的 that sums up
    a list before it (推出A、B等30项举措, 包括A、B在内的20条措施)."""
    if COUNT_PREFIX.match(text, start, head_end):
        return start
    for mark in ("在内的", "等"):
        at = text.rfind(mark, start, head_end)
        if at >= 0 and COUNT_PREFIX.match(text, at + len(mark), head_end):
            return at + len(mark)
    return None


def _proposed_by_document(ctx: ArticleContext, s: SentenceView, verb: int) -> bool:
    """印发《…方案》，提出在…，开展…: the verb's clause, or one it carries on, opens with 提出 or 明确 right
    after a clause that ends in a title (the document's content, not an act of the day)."""
    clause = ctx.clause_start(s, verb)
    for pos, _ in [(clause, verb), *clauses_carried_on(ctx, s, clause)]:
        if ctx.text.startswith(_SETS_OUT, pos) and ctx.text.endswith(("》，", "》,"), s.start, pos):
            return True
    return False


_SETS_OUT = ("提出", "明确", "并提出")


@lru_cache(maxsize=4)
def _negation_before(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})(?:正式|公开|对外|及时|如期)?$")


def _negated(ctx: ArticleContext, s: SentenceView, vs: int, ve: int | None = None, *, founding: bool = False) -> bool:
    """事故具体原因仍未公布, 尚未正式开通: a verb denied, nothing released or launched; with the verb's
    end ``ve``, also 反对在本国建立北约基地, 严禁擅自设立: an opposed word of its own (not 反对党, 禁止化学
    武器组织) governing the verb across at most a setting or manner, or across a named body it keeps from
    acting (阻挠联合国大会通过…) or, with ``founding``, forbids to found (反对北约建立…); not one ignored
    (不顾…反对发布…), nor before 的 (反对美国日前发布的《…》: released all the same)."""
    clause = ctx.clause_start(s, vs)
    words = tuple(ctx.lexicon.trigger_list("negation_words"))
    if _negation_before(words).search(ctx.text, clause, vs) is not None:
        return True
    if ve is None or ctx.text.startswith("的", ve):
        return False
    opposed = ctx.lexicon.trigger_list("opposed_words")
    kept_from = ctx.lexicon.trigger_list("kept_from_words")
    forbidding = ctx.lexicon.trigger_list("forbidding_words")
    return any(
        clause <= a and b <= vs and ctx.text[a:b] in opposed
        and not any(e.start <= a and b <= e.end for e in s.of("ORG"))
        and (_OPPOSED_GAP.fullmatch(ctx.text, b, vs) is not None or (
            (ctx.text[a:b] in kept_from or (founding and ctx.text[a:b] in forbidding))
            and not any(e.end == a for e in s.of("ORG"))
            and any(e.start == b and e.end == vs for e in s.entities if e.label in ("ORG", "GPE"))
        ))  # (阻挠联合国大会|通过决议: who is kept from acting, named; not 联合国禁止酷刑委员会: one body's name)
        and _OPPOSITION_IGNORED.search(ctx.text, clause, a) is None
        for a, b in s.tokens
    )


# what may stand between an opposed word and the verb it governs: a setting, with who would act before it
# (反对在本国|建立, 反对任何国家在中亚地区|建立), or a manner (严禁擅自|设立); no title, 的 or other words
# (联合国禁止酷刑委员会|发布, 3票弃权…关于|设立)
_OPPOSED_GAP = re.compile(r"(?:[^，。；的《》“”在于]{0,8}?(?:在|于)[^，。；的《》“”]{1,12}?)?(?:擅自|私自|随意|违规|非法|再)?")
# 不顾中方坚决反对|发布…: the verb done against the opposition
_OPPOSITION_IGNORED = re.compile(r"不顾|无视|罔顾|置若罔闻")


def _dated_by_day(s: SentenceView, start: int, end: int) -> bool:
    """A day's date opens between ``start`` and ``end`` (…23日发布的报告)."""
    return any(start <= d.start < end and d.attrs.get("granularity") == "day" for d in s.of("DATE"))


def _document_before(ctx: ArticleContext, s: SentenceView, verb: int) -> bool:
    """A title stands before ``verb`` in the sentence: what the verb says is that document's."""
    return any(e.end <= verb for e in s.of("WORK_OF_ART"))


_OBJECT_ONLY_RELEASES = frozenset({"提出", "下发"})


def find_establishments(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    suffixes = [*naming_suffixes(ctx), *ctx.lexicon.trigger_list("founded_heads"), *ctx.lexicon.trigger_list("park_heads")]
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("establish_verbs"), s.word_starts):
        # 长三角国家技术创新中心揭牌仪式今天在上海举行: the ceremony held founds what names it
        # (…文化中心举行揭幕仪式, 举办雄安新区中关村科技园揭牌仪式: the holding verb before the name or the verb)
        held_before = next(reversed(list(_HELD_BEFORE.finditer(ctx.text, ctx.clause_start(s, vs), vs))), None)
        ceremony = (
            _CEREMONY_HELD.match(ctx.text, ve, ctx.clause_end(s, ve)) is not None
            or (held_before is not None and _CEREMONY.match(ctx.text, ve) is not None)
        ) and not (
            # (…揭牌仪式将于…举行: to come; not …揭牌仪式，相信这将…: the next clause's hope)
            _CELEBRATED.search(ctx.text, ctx.clause_start(s, vs), vs)
            or _intended(ctx, s, ctx.clause_start(s, vs), min(ve + 12, ctx.clause_end(s, ve)))
        )
        if (ctx.text.startswith(("仪式", "典礼", "大会", "揭牌", "以来", "周年"), ve) and not ceremony) or _ANNIVERSARY.match(
            ctx.text, ve, s.end
        ) or ctx.text.endswith(_ERA_FOUNDED, s.start, vs) or _AGED.match(ctx.text, ve, s.end) or _FOUNDED_IN.match(ctx.text, ve):
            continue  # 成立130多年来, 成立75周年, 这家成立只有两年多的服装厂: an age, not a founding reported here;
            # 新中国成立后: an era
        if ctx.text[max(s.start, vs - 2) : vs] in ("签署", "签订", "缔结") or ctx.text.startswith(_TREATY_WORDS, ve):
            continue  # 签署建立俄白联盟国家条约, 国际红树林中心成立协定: the founding is the treaty's name
        if ctx.text.startswith(_IMPROVED, ve):
            continue  # 建立健全…表彰制度, 建立完善…机制: a system built up, not a body founded
        if ctx.text.endswith("以", s.start, vs) and OCCASION_FOR.search(ctx.text, ve, ctx.clause_end(s, ve)):
            continue  # 以建立中阿投资合作高级别委员会为契机，推动…: the occasion of what follows, no founding reported
        if _PERMITTED.search(ctx.text, ctx.clause_start(s, vs), vs) or _policy_content(ctx, s, vs) or is_directive(
            ctx, s, vs
        ) or is_demanded(ctx, s, vs) or _under_target(ctx, s, vs, ve) or _negated(ctx, s, vs, ve, founding=True) or (
            ctx.text.endswith("通过", s.start, vs) and not _voted(ctx, s, vs - 2)
        ):
            # 拟允许在北京…设立外商独资医院: a founding allowed, not one that happened; 要建立…: called for; 要求各地
            # 加强…，设立家庭亲子阅读体验基地: demanded of others; 到2030年，初步建立…新格局: a target; 反对在本国
            # 建立北约基地: opposed; 通过组建…团队，及时传递…: the means of what the clause goes on to tell
            continue
        not_yet = _NOT_YET_FOUNDED.search(ctx.text, max(ctx.clause_start(s, vs), vs - 12), vs)
        # 中方还将建立…平台: a body its founder announces is an initiative, not yet an event (but 加快创建…中心,
        # 推动建立…机制 are aims)
        planned = (not_yet is not None and not_yet.group(1) in _WILL_FOUND) or (
            not_yet is None and is_planned(ctx, s, vs)  # (中国将同…开展中文教育，…，建立…中心: an earlier clause's 将)
        )
        if (not_yet is not None and not planned) or (
            ctx.text.endswith(("已", "已经", "陆续", "先后", "累计", "共"), s.start, vs)
            and COUNT_PREFIX.match(ctx.text, _skip_words(ctx, ve, ("了", "起")))
        ):
            continue  # 加快创建…中心: not founded yet; 目前已建立8个…平台, 陆续设立了65个…试验区: a tally
        if _EACH_FOUNDED.search(ctx.text, ctx.clause_start(s, vs), vs) and not ctx.text.startswith("“", _skip(ctx, ve, s.end)):
            continue  # 全市11个区县都成立了总医院: each founded one of its own, none named
        if ctx.text.startswith("的", ve) and ctx.dated_before_this_year(s, ctx.clause_start(s, vs), vs, year_written=True):
            continue  # 2019年成立的马背警队: when the body the story tells of was founded
        if ctx.text.startswith("的", ve) and _visited_before(ctx, s, vs):
            continue  # 参观了中国代表团在会场设立的中国角: what a visitor saw, founded before the visit
        copula = next((b for a, b in s.tokens if ctx.clause_start(s, vs) <= a and b <= vs and ctx.text[a:b] == "是"), None)
        if ctx.text.startswith("的", ve) and copula is not None and not _DATED.search(ctx.text, copula, vs):
            # 是中美两国建交前美方专门成立的民间对华贸易组织: what the body is, not a founding reported (but
            # 分别是今年3月成立的…中心: a named body's founding, dated this year)
            continue
        if _DESCRIBED_BY_COPULA.match(ctx.text, ve, ctx.clause_end(s, ve)) and not (
            _DATED.search(ctx.text, ctx.clause_start(s, vs), vs) or CURRENT_FRAME.search(ctx.text, ctx.clause_start(s, vs), vs)
            or any(ctx.clause_start(s, vs) <= d.start < vs for d in s.of("DATE"))
        ):
            continue  # 双方建立的中俄议会合作委员会是…平台: what the body is, founded some time before (not
            # 今天成立的…联盟是…: news, then what it is)
        if verb == "创建" and _GRADE.search(ctx.text, ve, ctx.clause_end(s, ve)):
            continue  # 成功创建二级甲等医院, 创建全国文明城市: a grade or title won, not a body founded
        pos = _skip(ctx, ve, s.end)
        if (composed := _COMPOSED_OF.match(ctx.text, pos, s.end)) is not None:
            pos = composed.end()  # 组建了20个由科技领军企业…等组成的创新联合体: who it is made of, then what
        # X落户Y: Y is where X settles; X stands before the verb
        target = None if verb.endswith("落户") or ceremony else next((e for e in s.of("ORG") if e.start == pos), None)
        if target is not None and ctx.text.startswith("等", target.end) and "、" in ctx.text[target.start : target.end]:
            target = None  # 建立外交、经贸、海关等部长级会晤机制: items listed, then what they are
        actors: list[str] = []
        also: list[dict[str, Any]] = []  # more bodies founded with the first
        # (设立深圳“国际红树林中心”: the place it is founded in, then its quoted name)
        opening = next((e.end for e in s.of("GPE") if e.start == pos and ctx.text.startswith("“", e.end)), pos)
        quoted = re.match(r"“([^“”]{2,20})”(?=[，。；、,;]|$|的|等)", ctx.text[opening : s.end])
        if target is None and quoted and not ceremony:
            span = (opening + 1, opening + 1 + len(quoted.group(1)))
            if (found := _founding(_item(quoted.group(1), _np_kind(ctx, quoted.group(1)), verb, span, (vs, ve),
                                         ctx.event_date(s), _actors(ctx, s, vs)), planned)) is not None:
                yield found
            continue
        if target is not None:
            span = (target.start, target.end)
            kind = _org_kind(target, ctx.text[target.start : target.end])
            actors = _actors(ctx, s, vs)
            unit = next(iter(_phrases_after(ctx, s, target.end, suffixes, limit=12)), None)
            if unit is not None and unit[0] == target.end and _UNIT_OF.fullmatch(ctx.text, unit[0], unit[1]):
                span = (target.start, unit[1])  # 设立全国人大常委会|代表工作委员会: a unit of the body, founded
            elif (body := _BODY_OF_ORG.match(ctx.text, target.end, s.end)) is not None:
                span = (target.start, body.end())  # 成立陆军领导机构、火箭军…: the body's leadership, founded
            elif (team := _TEAM_AFTER.match(ctx.text, target.end, ctx.clause_end(s, target.end))) is not None and (
                team.group().endswith(tuple(ctx.lexicon.trigger_list("founded_heads")))
            ):
                # 成立国务院北京丰台长峰医院“4·18”火灾事故调查组: a team named after the body it looks into
                span = (target.start, team.end())
            # 发起成立中国高校科创联盟和中国园区科创联盟, 成立A联盟、B联盟和C联盟: more bodies joined to the first,
            # the last closing the clause (a body one founds: not 成立…联盟和上海交通大学, a university named beside it)
            chain, last = [], target
            while (joined := next((e for e in s.of("ORG") if e.start == last.end + 1 and ctx.text[last.end] in "、和及与"
                                   and (e.attrs.get("type") == target.attrs.get("type")
                                        or e.attrs.get("type") in _FOUNDED_TYPES)), None)) is not None:
                chain.append(joined)
                last = joined
            if chain and span[1] == target.end and ctx.clause_end(s, last.end) == last.end:
                for joined in chain:
                    name = ctx.text[joined.start : joined.end]
                    item = _item(name, _org_kind(joined, name), verb, (joined.start, joined.end), (vs, ve),
                                 ctx.event_date(s), actors)
                    if (found := _founding(item, planned)) is not None:
                        also.append(found)
        else:
            phrases = [] if verb.endswith("落户") or ceremony else _phrases_after(ctx, s, pos, suffixes, limit=40)
            if phrases and phrases[0][1] - pos > 24:
                phrases = []  # a long first phrase is a clause (建立…齐抓共管青年发展事业的工作格局), not a name
            # (but a second body may end further on: 建立全球“智慧海关”在线合作平台和金砖国家海关示范中心)
            if phrases:
                span = phrases[0]
                kind = _np_kind(ctx, ctx.text[span[0] : span[1]])
                actors = _actors(ctx, s, vs)
                for previous, more in pairwise(phrases):  # 成立了…专班和种子基金: each body founded
                    if ctx.text[previous[1] : previous[1] + 1] not in "和及与" or "等" in ctx.text[more[0] : more[1]]:
                        continue  # 剧院、艺术节、图书馆…等联盟: items of a list that shares one head
                    name = ctx.text[more[0] : more[1]]
                    if _no_body_named(ctx, name, suffixes):
                        continue  # 成立现场指挥部和多个工作组: the second, bodies in numbers, none named
                    if (found := _founding(_item(name, _np_kind(ctx, name), verb, more, (vs, ve), ctx.event_date(s), actors),
                                           planned)) is not None:
                        yield found
            elif _skip_words(ctx, ve, _AFTER_FOUNDING) < ctx.clause_end(s, ve) and not verb.endswith("落户") and not ceremony:
                continue  # 中国共产党在赣南创建革命根据地: the verb has an object; its subject founded it
            else:
                # 联盟在会上正式成立 / 国家短视频基地今天在杭州揭牌: the name stands before the verb
                # (文化中心|举行|揭幕仪式: the name ends before the verb that holds the ceremony)
                name_end = held_before.start() if ceremony and held_before is not None and held_before.end() == vs else vs
                before = next((e for e in reversed(s.of("ORG")) if e.end <= name_end
                               and ctx.clause_start(s, vs) <= e.start
                               and not ctx.text.startswith("在", e.start - 1)  # 在北京景山学校揭牌: the place
                               and "的" not in ctx.text[e.end : name_end]  # 国家铁路集团…规划的40个…中心: whose, not what
                               and _PLACE_TAIL.fullmatch(without_dates(ctx, s, _past_quote(ctx, e), name_end)) is not None),
                              None)
                held_from = held_before.end() if ceremony and held_before is not None else None
                bodies = None if held_from is None or before is None else _listed_bodies(ctx, (held_from, before.end), suffixes)
                if bodies is None and held_from is not None and held_from < name_end:
                    named = subject_phrase(ctx, s, held_from, name_end, suffixes)
                    bodies = _listed_bodies(ctx, named, suffixes) if named is not None else None
                if bodies is None and held_from is None and not verb.endswith("落户"):
                    bodies = _listed_subjects(ctx, s, name_end, suffixes)
                if bodies is not None:
                    # 出席了两国文化中心和北京语言大学哈萨克斯坦分校揭牌仪式: each body listed is founded
                    for part in bodies:
                        name = ctx.text[part[0] : part[1]]
                        org = next((e for e in s.of("ORG") if (e.start, e.end) == part), None)
                        kind = _org_kind(org, name) if org is not None else _np_kind(ctx, name)
                        item = _item(name, kind, verb, part, (vs, ve), ctx.event_date(s))
                        if (found := _founding(item, planned)) is not None:
                            yield found
                    continue
                # (a company or an international body founded at its own ceremony: 中国资源循环集团有限公司成立大会)
                if before is not None and (
                    ceremony or before.attrs.get("type") not in ("enterprise", "international_organization")
                ) and not _batch_before(ctx, s, vs, before.start):
                    span = (before.start, before.end)
                    kind = _org_kind(before, ctx.text[before.start : before.end])
                else:
                    # (特斯拉首个海外储能超级工厂项目昨天落户上海: a project settles where a body does)
                    settled = ["项目"] if verb.endswith("落户") else []
                    begin = held_before.end() if ceremony and held_before is not None and (
                        held_before.end() < vs) else ctx.clause_start(s, vs)
                    unveiled_for = ctx.text.rfind("并为", begin, name_end)
                    if verb in _PLAQUE_VERBS and unveiled_for >= 0:
                        begin = unveiled_for + 2  # 代表共同签署协定并为国际红树林中心揭牌: for whom, after another verb
                    subject = subject_phrase(ctx, s, begin, name_end, suffixes + settled)
                    if settled and subject is not None and ctx.text[subject[0] : subject[1]].endswith(tuple(settled)) and (
                        ctx.text.startswith("、", ve) or not _noun_phrase(ctx, s, subject)
                        or _BATCH.search(ctx.text, max(s.start, subject[0] - 6), subject[0])
                        or _COUNTED_WORKS.search(ctx.text, max(s.start, subject[0] - 8), subject[0])
                    ):
                        subject = None  # 吸引一批优质项目落户, 5家…项目落户衢州, 从项目落户、人才…: no one project
                    if subject is None and (quoted_name := quoted_before(ctx, s, ctx.clause_start(s, vs), name_end)) and (
                        ctx.text[quoted_name[0] : quoted_name[1]].rstrip("”").endswith(tuple(suffixes))
                    ):
                        subject = quoted_name  # 中央广播电视总台“家校社共育基地”今日揭牌: a quoted body named by its suffix
                    if subject is None and verb in _PLAQUE_VERBS and not ceremony:
                        # 长白山世界地质公园…正式揭牌, …应急广播中心工作机制今天揭牌: a plaque names what it founds,
                        # whatever its head
                        # (not X为熊猫馆揭牌, 一批新晋…企业揭牌, 24条道路开始挂牌, …启动暨“…站”揭牌)
                        subject = subject_phrase(ctx, s, ctx.clause_start(s, vs), name_end, [])
                        if subject is not None and (subject[1] - subject[0] < 5 or _UNNAMED_PLAQUE.search(
                            ctx.text, subject[0], subject[1]
                        ) or _COUNTED_BEFORE.search(ctx.text, max(s.start, subject[0] - 3), subject[0])):
                            subject = None
                    if subject is not None and (honoured := _PLAQUE_FOR.search(ctx.text, subject[0], subject[1])) is not None:
                        subject = (honoured.end(), subject[1])  # 成员国代表共同为国际红树林中心揭牌: the body the plaque is for
                    if subject is not None and (tallied := _FIRST_OF_TALLY.search(ctx.text, subject[0], subject[1])) is not None:
                        # 中非农业创新联盟等17家创新中心、联合实验室…成立: the body named, not the kinds tallied after it
                        subject = (subject[0], tallied.start()) if tallied.start() - subject[0] >= 4 else None
                    if subject is None or re.search(r"和|与|已|分别|完成", ctx.text[subject[0] : subject[1]]):
                        continue
                    if _batch_before(ctx, s, vs, subject[0]):
                        continue  # 一批劳模工作室、工匠学院建立: kinds of body in numbers, none named
                    if "的" in ctx.text[subject[1] : vs]:
                        continue  # 国家铁路集团在全国规划的40个铁路物流中心…挂牌成立: whose, not what is founded
                    span = subject
                    kind = _np_kind(ctx, ctx.text[span[0] : span[1]])
        de = ctx.text.rfind("的", span[0], span[1])
        if de >= 0 and outside_quotes(ctx.text, span[0], de):
            span = (de + 1, span[1])  # 由30名专家组成的专家组: the kind after the description
        span = _past_amount(ctx, span)  # 总额3000亿元保障性住房再贷款已设立: the facility, not its size
        if ctx.text.endswith("等", s.start, span[0]) and "、" in ctx.text[ctx.clause_start(s, span[0]) : span[0]]:
            continue  # 建立外交、经贸、海关等部长级会晤机制: several bodies, their kind summing the list up, none named
        name = ctx.text[span[0] : span[1]]
        task_force = name in _TASK_FORCES and bool(actors) and not planned and span[0] > vs
        if _no_body_named(ctx, name, suffixes) and not task_force:
            # (中方愿…在中亚设立更多鲁班工坊: no one body founded; …共同成立的专家组: a kind, not a name; but
            # 民政部门成立工作专班: a body's own task force, which it names by its kind alone)
            continue
        bonds = tuple(f"{w}共同体" for w in ctx.lexicon.trigger_list("bond_words"))
        if _UNQUALIFIED_COMMUNITY.match(name) or name.endswith(bonds):
            continue  # 建立更加紧密的中柬命运共同体, 组建培训共同体: no body named (产教融合共同体 is one)
        if (found := _founding(_item(name, kind, verb, span, (vs, ve), ctx.event_date(s), actors), planned)) is not None:
            yield found
            yield from also


# who unveils a plaque for a body: the body follows 为 (not 为民服务中心, a service named by whom it serves)
_PLAQUE_FOR = re.compile(r"[^，。；]{2,}?为(?![民老企农侨残])(?=[^，。；为]{4,}$)")
_FOUNDED_TYPES = frozenset({"platform", "alliance", "research_institute", "association"})
_TASK_FORCES = frozenset({"工作专班", "专班"})
_FIRST_OF_TALLY = re.compile(r"等(?:\d{1,4}|[一二两三四五六七八九十百]{1,4})[家个所座批]")
_TREATY_WORDS = ("协定", "协议", "公约", "条约")
_UNQUALIFIED_COMMUNITY = re.compile(r"^.{0,3}共同体$")  # a kind of community no name qualifies (组建培训共同体)
# words that refer to a body rather than name it: 建立了…的相关实验室, 设立新工厂
_REFERRING_OPENER = re.compile(r"(?:相关|有关|上述|此类|这些|该|新的?|专门的?)")


def _no_body_named(ctx: ArticleContext, name: str, suffixes: list[str]) -> bool:
    """``name`` is a batch (多个工作组), a bare kind (专家组) or a kind a referring word opens
    (相关实验室, 新工厂): no one body is named."""
    if _VAGUE_BATCH.match(name) or name in suffixes or name in ctx.lexicon.org_generic:
        return True
    opener = _REFERRING_OPENER.match(name)
    rest = name[opener.end() :] if opener is not None else ""
    # (相关实验室, 有关工作组: a kind; but 新 opens names too, 新华社, 新浪网: after it, only a kind the lexicon knows)
    short = len(rest) <= 2 and not name.startswith("新")
    return bool(rest) and (rest in suffixes or rest in ctx.lexicon.org_generic or short)


def _listed_bodies(ctx: ArticleContext, span: tuple[int, int], suffixes: list[str]) -> list[tuple[int, int]] | None:
    """Bodies listed with 、, 和 or 与, each named by an organisation suffix (A中心和B分校)."""
    span = (_skip_words(ctx, span[0], ("了",)), span[1])
    de = ctx.text.rfind("的", span[0], span[1])
    if de >= 0:
        span = (de + 1, span[1])  # 在北京举行的|两国文化中心和…: what describes them is no part of the names
    parts = [(m.start() + span[0], m.end() + span[0]) for m in _BODY_ITEM.finditer(ctx.text[span[0] : span[1]])]
    if len(parts) < 2 or not all(b - a >= 4 and ctx.text.endswith(tuple(suffixes), a, b) for a, b in parts):
        return None
    return parts


_BODY_ITEM = re.compile(r"[^、和与]+")
# between the last of the bodies listed as a subject and the verb: 等, a place, adverbs, dates (…创新中心等相继成立)
_LISTED_TAIL = re.compile(rf"(?:等|在[^，。在、]{{1,12}}|{GAP_ADVERBS})$")


def _batch_before(ctx: ArticleContext, s: SentenceView, vs: int, subject: int) -> bool:
    """一批劳模工作室、工匠学院|建立: a batch word right before the subject, or opening the clause, which
    counts it (not 由多个部门联合发起的…联盟: a batch inside the description, across its 的)."""
    clause = ctx.clause_start(s, vs)
    batches = list(_BATCH.finditer(ctx.text, clause, subject))
    if not batches:
        return False
    last = batches[-1]
    # (一批由龙头企业牵头组建的创新联合体: a batch opening the clause counts what its description describes)
    return (subject - last.end() <= 12 and "的" not in ctx.text[last.end() : subject]) or batches[0].start() == clause


def _listed_subjects(ctx: ArticleContext, s: SentenceView, name_end: int, suffixes: list[str]) -> list[tuple[int, int]] | None:
    """国家生物制造产业创新中心、国家地方共建具身智能机器人创新中心等相继成立: the bodies the clause lists
    before its verb (``name_end``), each named by an organisation suffix, are each founded (the first from
    where a recognised name of it begins); not who unveils or founds what (浙江大学和之江实验室为…中心揭牌,
    由中国科学院和清华大学发起成立), nor bodies counted or kinds (10个研究中心和20个重点实验室)."""
    clause, end = ctx.clause_start(s, name_end), name_end
    while end > clause:
        date = next((d.start for d in s.of("DATE") if d.end == end and clause <= d.start), None)
        gap = _LISTED_TAIL.search(ctx.text, clause, end)
        at = date if date is not None else gap.start() if gap is not None else None
        if at is None:
            break
        end = at
    if any(clause <= a and b <= end and ctx.text[a:b] in _AGENT_WORDS for a, b in s.tokens):
        return None
    bodies = _listed_bodies(ctx, (clause, end), suffixes)
    if bodies is None:
        return None
    first = next((e for e in s.of("ORG") if e.end == bodies[0][1] and bodies[0][0] <= e.start), None)
    if first is None and (bodies[0][1] - bodies[0][0] > 24 or not _noun_phrase(ctx, s, bodies[0])):
        return None
    bodies = [(first.start, first.end) if first is not None else bodies[0], *bodies[1:]]
    names = [ctx.text[a:b] for a, b in bodies]
    if any(COUNT_PREFIX.match(n) or _VAGUE_BATCH.match(n) or n in suffixes or n in ctx.lexicon.org_generic for n in names):
        return None
    return bodies


# who acts on the bodies named after it, or by whom they are founded (…为联合研究中心揭牌, 由…发起成立)
# 理事会全票通过成立…, 会议审议通过设立…: 通过 that passes a decision, not the means of what follows
# (董事会通过成立…; not 全社会通过建立…, 工会通过成立…中心: a means)
_VOTED = re.compile(
    r"(?:审议|表决|批准|一致|票|会议|大会|全会|常委会|常务会|理事会|委员会|董事会|党委会|党组会|安理会|股东会)$"
)


def _voted(ctx: ArticleContext, s: SentenceView, end: int) -> bool:
    """A vote or a voting body stands before ``end`` (the 通过 before a founding verb), past any day between
    (安理会今天通过设立…)."""
    end = next((d.start for d in s.of("DATE") if d.end == end), end)
    return _VOTED.search(ctx.text, s.start, end) is not None
_AGENT_WORDS = frozenset({"为", "由", "被", "向", "对", "把", "给", "于"})


def _founding(item: dict[str, Any], planned: bool) -> dict[str, Any] | None:
    """A founding announced for later has no date of its own, and the pipeline makes no event of it;
    it must be named (将成立专项工作组, 调查委员会: a kind of body, not one named)."""
    if planned:
        if len(item["name"].strip("“”")) < 6:
            return None
        item.update(date=None, planned=True)
    return item


_IMPROVED = ("健全", "完善")
_AGED = re.compile(
    r"(?:只有|仅有|仅|才|刚|刚刚|不到|不足|已|已经|已有)[近约]?[\d一二两三四五六七八九十百]{1,4}[多余]?(?:年|个月|天)多?的"
)
# 成立于2021年的武汉产业创新发展研究院, 这家公司成立于上世纪90年代, 成立于两年前: when a body was founded, told
# of it (a founding reported names its day before the verb: 于11月9日在上海成立)
_FOUNDED_IN = re.compile(
    r"于(?:\d{4}|[〇○零一二三四五六七八九]{4}|[上本]世纪|\d{2}世纪|二十世纪|[一二三四五六七八九]十年代|\d{2}年代|去年|前年"
    r"|[\d一二两三四五六七八九十]{1,3}多?年前)"
)
_ERA_FOUNDED = ("新中国", "中华人民共和国", "中国共产党", "建党", "人民军队")  # (…成立后, …成立以来: a time)
# 揭牌仪式今天在上海举行, 成立大会昨天召开: a founding's ceremony, held (not 成立大会上: a setting)
_CEREMONY_HELD = re.compile(r"(?:揭牌|揭幕)?(?:仪式|典礼|大会)(?:[^，。；]{0,16}?)(?:举行|举办|召开)")
_CELEBRATED = re.compile(r"庆祝|纪念|周年")
_CEREMONY = re.compile(r"(?:揭牌|揭幕)?(?:仪式|典礼)")
_HELD_BEFORE = re.compile(r"(?:举行|举办|出席|参加|见证)了?")
_UNIT_OF = re.compile(r"[^、，和与及的“”]{2,10}(?:委员会|工作委员会|办公室|中心|研究院)")  # 代表工作委员会
# 陆军|领导机构: the leadership of a named body
_BODY_OF_ORG = re.compile(r"[^、，,。；和与及的“”\s]{0,6}?(?:领导机构|领导小组|指挥部|机构)(?=[、，,。；和与及]|$)")
# what stands between a body's name and the clause's end: an incident's quoted date, then a head
_TEAM_AFTER = re.compile(r"[^、，,。；和与及的“”\s]{0,8}(?:“[^“”，。；]{1,12}”)?[^、，,。；和与及的“”\s]{1,20}(?=[，,。；]|$)")
_GRADE = re.compile(r"甲等|乙等|[一二三]级|文明城市|卫生城市|示范|模范|先进")
# words after a founding verb that still leave its subject the thing founded (揭牌运行, 揭牌成立,
# 正式揭牌并投入使用)
_AFTER_FOUNDING = ("并投入使用", "并投入运营", "投入使用", "运行", "运营", "启用", "成立", "了")
_PLAQUE_VERBS = frozenset({"揭牌", "揭牌成立", "挂牌成立"})  # (not 挂牌 alone: 经营权在农交中心挂牌 is listed)
_UNNAMED_PLAQUE = re.compile(r"^(?:这|该|此|一|首|多|[\d两三四五六七八九十]+[个家所座批条])|[，、为暨]|开始|启动")
_COUNTED_BEFORE = re.compile(r"(?:[一两三四五六七八九十\d]+|多)[批个家所座]$")
_OPENING_VERBS = frozenset({"落成", "揭牌", "开业", "启用", "开馆", "开园", "揭幕", "落成启用"})
# a date between 是 and a founding verb: a named body's founding told (分别是今年3月成立的…中心; one of a past year is background)
_DATED = re.compile(r"\d{4}年|\d{1,2}月|[一二三四五六七八九十]{1,3}月|今年|去年|年代")
# (由应急管理部牵头，公安部…和北京市人民政府参加的…调查组: who leads it, then who takes part, past a comma)
_COMPOSED_OF = re.compile(r"由[^，。；由]{2,40}?(?:组成|构成|共同发起|联合发起|牵头(?:，[^，。；由的]{2,80}?(?:参加|参与))?)的")
_THIS_OCCASION = re.compile(r"本次|此次|这次|今天|今年")
_EACH_FOUNDED = re.compile(r"(?:个|各)[^，。；]{0,8}(?:都|均)(?:已经|已)?$")
_DESCRIBED_BY_COPULA = re.compile(r"的[^，。；是]{2,30}?是(?!否)")


def _past_quote(ctx: ArticleContext, e: Entity) -> int:
    """Where the text after a name resumes: past the closing mark of a quoted name
    (“新时代国际传播研究院”今天成立)."""
    text = ctx.text
    if e.start > 0 and text[e.start - 1] == "“" and text.startswith("”", e.end):
        return e.end + 1
    return e.end


# 《…公报（2023年）》（以下简称《公报》）发布: the short name the article goes on to use
_ALIAS_BRACKET = re.compile("^" + ALIAS_OPEN + r"[^（）()]{1,24}[）)]")


# 三峡电站首台机组投产发电20年来, 投运10周年: how long ago, not a launch reported now
# (深中通道自6月30日通车试运营以来: the service it began, then 以来, as 开通以来 is)
_SINCE_IN_USE = re.compile(r"(?:试运营|试运行|试营业|运营|运行|投用|投运)以来")
_SINCE_LAUNCH = re.compile(r"(?:发电|运营|运行|使用)?[\d一二两三四五六七八九十百]{1,4}(?:多|余)?(?:周年|年来|年以来)")
_TALLY_AFTER = re.compile(
    r"了?(?:\d+(?:\.\d+)?|[两三四五六七八九十百千]+)[多余]?[万亿]?(?:[个项家座条所批处]|公里|千米)"
    r"|(?:总)?里程|\d+(?:小时|天)(?!内)"
)


def find_launches(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    yield from _year_openings(s, ctx)
    for item in _find_launches(s, ctx):
        if item["action"] == "建造完工" and _a_vessel(ctx, s, item["span"]):
            continue  # 亚洲首艘新型“海上油气加工厂”船体建造完工: a ship built is a milestone (delivered later), not opened
        if item["action"].endswith(_OPENED_TO_PUBLIC) and item["name"].rstrip("”").endswith("活动"):
            continue  # 全国各地多项科普活动对公众开放: activities the public may join, no venue opened
        if _HAS_COUNTED.search(item["name"]):
            # 河南周口有8个重点水利工程开工建设: a batch counted, none named (but …四个重点民生项目集中开业，
            # 包含A、B、C、D: each it lists)
            yield from _batch_listed_after(ctx, s, item)
            continue
        if (described := _DESCRIBED_WORKS.match(item["name"])) is not None and DESCRIPTION.search(described.group(1)) and (
            item["name"].endswith(tuple(ctx.lexicon.trigger_list("named_works_heads")))
        ):
            # 湖南省重大水利工程金塘冲水库: the kind of works it is, then its name
            at = item["span"][0] + described.end(1)
            item = {**item, "name": ctx.text[at : item["span"][1]], "span": (at, item["span"][1])}
        # (…生态保护红线划定2019年启动: a launch its clause dates, by the year written out, to a year before
        # the story's is background)
        verb = item["trigger"][0]
        item["looked_back"] = _period_opens(ctx, s, verb) or ctx.dated_before_this_year(
            s, ctx.clause_start(s, verb), verb, year_written=True
        ) or _circumstance(ctx, s, verb)
        yield from _each_listed_works(ctx, item)


def _host_wording(ctx: ArticleContext, name: str, pos: int) -> bool:
    """“朝中友好年”, as the host says it: the “中朝友好年” the story designated or opened before ``pos``."""
    if "中" not in name[:2]:
        return False
    named = re.escape(name[1] + name[0] + name[2:])
    return re.search(rf"(?:确定为|定为|设立为|设为)“?{named}|{named}”?(?:开幕式|启动仪式)", ctx.text[:pos]) is not None


# 到2030年，初步建立…新格局: a target the sentence opens with (not 为实现到2030年…目标，今天正式成立…)
_TARGET_OPENING = re.compile(r"(?:力争|争取|预计|计划)?到\d{4}年(?:底|末)?[，,]")
_REPORTED_NOW = re.compile(r"今天|今日|日前|近日|当天|昨天|已|正式")


def _under_target(ctx: ArticleContext, s: SentenceView, vs: int, ve: int) -> bool:
    """A founding the sentence sets as a target for a year to come, which it opens with."""
    opening = _TARGET_OPENING.match(ctx.text, s.start)
    return (opening is not None and target_year(ctx, s, vs) and not ctx.text.startswith("了", ve)
            and _REPORTED_NOW.search(ctx.text, opening.end(), vs) is None)


def _year_openings(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """出席“中朝友好年”开幕式, 共同出席“中俄文化年”开幕式暨…音乐会: a themed year whose opening ceremony a
    leader attends or a host holds is launched (its subject-first form, …旅游年当日在北京开幕, is the launch
    rule's)."""
    for m in _YEAR_OPENING.finditer(ctx.text, s.start, s.end):
        if is_planned(ctx, s, m.start()) or ctx.text.startswith("的", m.end()):
            continue  # 将出席…开幕式, 出席…开幕式的嘉宾: to come, or who attended
        if _host_wording(ctx, m.group("name").strip("“”"), m.start()):
            continue
        yield _item(m.group("name"), "other", "开幕", m.span("name"), m.span("ceremony"), ctx.event_date(s))


# a year of exchanges quoted, or named by its kind (中法文化旅游年), then its opening ceremony
_YEAR_OPENING = re.compile(
    r"(?:出席|举行|举办|参加)了?(?P<name>“[^“”，。；]{2,16}年”|[^“”，。；、的]{2,12}?(?:文化|旅游|友好|交流|合作|人文)年)"
    r"(?P<ceremony>开幕式|启动仪式)"
)


def _a_vessel(ctx: ArticleContext, s: SentenceView, span: tuple[int, int]) -> bool:
    """A ship, its hull or a floating plant: named by its kind, or counted in 艘 (首艘, 两艘)."""
    # (大洋钻探船“梦想”号: a ship's name after its kind)
    named_ship = ctx.text.endswith("号", span[0], span[1]) and ctx.text.endswith(_VESSEL_HEADS, s.start, span[0])
    counted = ctx.text.rfind("艘", max(s.start, span[0] - 10), span[0])
    # (首艘圆筒型“…”; not 可停靠两艘邮轮的…港: a 的 between, so what it serves)
    return ctx.text.endswith(_VESSEL_HEADS, span[0], span[1]) or named_ship or (
        counted >= 0 and "的" not in ctx.text[counted : span[0]]
    )


_VESSEL_HEADS = ("船体", "船", "舰", "艇", "轮")
_OPENED_TO_PUBLIC = ("向公众开放", "对公众开放")  # a venue's opening (the lexicon's launch verbs)


def _circumstance(ctx: ArticleContext, s: SentenceView, verb: int) -> bool:
    """随着中星16号、19号和26号高通量卫星相继发射成功，我国初步建成…: launches made one after another, given
    in a 随着 clause as what led to the news another clause tells (but 随着…工程开工建设，…已开工24项 reports
    the launch itself, as dev and the audits annotate it)."""
    clause = ctx.clause_start(s, verb)
    return ctx.text.startswith(("随着", "伴随着"), clause) and ctx.clause_end(s, verb) < s.end - 1 and not _of_the_day(
        ctx, s, verb
    ) and (
        _ONE_AFTER_ANOTHER.search(ctx.text, clause, verb) is not None
    )  # (今天，随着…相继开通运营: the day's news)


_ONE_AFTER_ANOTHER = re.compile(r"相继|陆续|先后")
_THE_DAY = re.compile(r"今天|今日|当天|当日|昨天|昨日|(?<![节假])日前|近日")  # (not 春节日前)


def _of_the_day(ctx: ArticleContext, s: SentenceView, pos: int) -> bool:
    """The sentence dates what comes before ``pos`` to a day (今天, 3月5日), not to a period (今年以来)."""
    return _THE_DAY.search(ctx.text, s.start, pos) is not None or _dated_by_day(s, s.start, pos)


def _period_opens(ctx: ArticleContext, s: SentenceView, verb: int) -> bool:
    """近年来，两国人文合作方兴未艾，…，鲁班工坊落地: the sentence opens with a period looked back over and
    nothing of the day comes before the verb: one of the period's achievements."""
    period = ctx.period_opening(s)
    return (period is not None and CURRENT_FRAME.search(ctx.text, period.end(), verb) is None
            and not any(period.end() <= d.start < verb for d in s.of("DATE")))


def _in_period_looked_back(find: _Finder) -> _Finder:
    """``find`` with each item marked ``looked_back`` when its sentence opens with a period looked back
    over (截至目前，236个…城市成立了…领导小组): one of the period's achievements, no news of the day."""

    def apply(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
        for item in find(s, ctx):
            if _period_opens(ctx, s, item["trigger"][0]):
                item = {**item, "looked_back": True}
            yield item

    return apply


def _batch_listed_after(ctx: ArticleContext, s: SentenceView, item: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """…项目集中开业，包含北京大学人民医院雄安健康管理中心、…、雄安白塔幼儿园: the works the clause after a
    counted batch's launch lists, each launched with it."""
    after = ctx.clause_end(s, item["trigger"][1])
    listed = _LISTED_AFTER.match(ctx.text, after, s.end)
    if listed is None:
        return
    at = listed.start("items")
    for part in split_listed(s, at, listed.end("items")):  # (a 和 inside a name, 文化和旅游…, lists nothing)
        at = ctx.text.find(part, at)
        if len(part) >= 4 and not _VAGUE_BATCH.match(part):
            yield {**item, "name": part, "kind": _np_kind(ctx, part), "span": (at, at + len(part))}
        at += len(part)


_LISTED_AFTER = re.compile(r"[，,](?:包含|包括|分别是|分别为)(?P<items>[^，,。；;：:“”《》]{4,120}?)(?=[。；;]|$)")
_DESCRIBED_WORKS = re.compile(r"([^“”《》]{2,14}?(?:工程|项目))(?!项目|工程)(?=[^“”《》]{3,})")
# (雄安新区四个重点民生项目集中开业: a batch counted inside the subject, none named)
_HAS_COUNTED = re.compile(
    r"有(?:\d+|[一二两三四五六七八九十百千万]+)[多余]?[个座条项家所批]|^[^“”《》第]{2,8}?[两三四五六七八九十]个重[点大]"
    r"|^[^“”《》第]{2,8}?[两三四五六七八九]大(?=[\u4e00-\u9fff]{2})"  # 辽宁两大抽水蓄能电站: a batch counted
)


# the part of a line or bridge that opens as a works of its own (济南黄河大桥主线)
_OWN_HEAD_PARTS = ("主线", "线", "段", "桥")


def _each_listed_works(ctx: ArticleContext, item: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """济南黄河大桥主线、济南黄河齐鲁大桥同时通车运营: works listed, each a name ending in its own head,
    are each launched (not 汾阳至石楼、浮山至临汾高速公路: the first shares the last one's head, which the
    route reader splits; nor a quoted or titled name)."""
    name = item["name"]
    parts = name.split("、")
    heads = (*_works_heads(ctx), *_OWN_HEAD_PARTS)
    if not 2 <= len(parts) <= 4 or any(m in name for m in "“”《》（）()") or _one_first_run(ctx, item["span"]) or not all(
        len(p) >= 4 and p.endswith(heads) for p in parts
    ):
        yield item
        return
    at = item["span"][0]
    for part in parts:
        yield {**item, "name": part, "span": (at, at + len(part))}
        at += len(part) + 1


# 刚刚投产的, 前不久并网发电的, 日前正式投运的: a launch so recent the story tells it as a description
_JUST_BEFORE = re.compile(r"(?:刚刚|刚|前不久|不久前|日前|近日|新近)(?:正式|成功|已经|已)?$")
# (a numeral is read from where its run starts: searched from inside a long run, it would be read once per digit)
_THIS_OR_COUNTED = re.compile(rf"(?:这|那|该|(?<![\d一二两三四五六七八九十百千]){NUMERAL})[座个家台条处所批]")
_NOT_PUT_INTO_USE = frozenset({"启播", "启动", "开幕", "拉开帷幕", "启幕", "发射", "发射升空", "发行", "发出", "发车",
                               "驶出", "开行", "首发", "落地"})
# what 全面展开 begins: a named round of work, a census, a project
_UNFOLDED_HEADS = ("工作", "普查", "工程")
_ROUND_OF_WORK = re.compile(r"(?:19|20)\d\d年|第[一二三四五六七八九十\d]+[次批轮]|全国")  # (a year's, a numbered, the nation's)
# a train that leaves: its first run is launched (首趟…专列从西安国际港站驶出)
_DEPARTURE_VERBS = ("发车", "驶出")


def _just_launched(ctx: ArticleContext, s: SentenceView, vs: int, ve: int, verb: str) -> Iterable[dict[str, Any]]:
    """前不久并网发电的库布其光伏治沙基地二期: the works after 的, put into use just now."""
    if verb in _NOT_PUT_INTO_USE or not _JUST_BEFORE.search(ctx.text, ctx.clause_start(s, vs), vs):
        return
    heads = _works_heads(ctx)
    pos = ve + 1
    if (counted := COUNT_PREFIX.match(ctx.text, pos, s.end)) is not None:
        pos = counted.end()  # 两条智能冰箱拆解生产线: the works, not how many
    # (…基地二期，: the phase after the base's name; …水电站是…: the copula)
    end = head_phrase_end(ctx, s, pos, min(s.end, pos + 30), heads)
    if end is None:
        return
    name = ctx.text[pos:end]
    head = max((h for h in heads if name.endswith(h)), key=len)
    if len(name) - len(head) < 3 or _THIS_OR_COUNTED.search(ctx.text, ctx.clause_start(s, vs), vs):
        return  # 这座刚刚投产的加工中心, 60台刚刚投产的风电机组: works of a kind, none named
    yield _item(name, _np_kind(ctx, name), verb, (pos, end), (vs, ve), ctx.event_date(s))


# …开通运营|揭幕, …通车|剪彩: the opening of works unveiled, the launch verb right before the unveiling
_RIBBON = re.compile(r"(?:运营|仪式)?(?:揭幕|剪彩|揭牌)")
_RIBBON_WORKS = re.compile(rf"为([^，。；为]{{2,24}}?)(?:{GAP_ADVERBS})*$")


def _works_heads(ctx: ArticleContext) -> tuple[str, ...]:
    """The heads that name works put into use: projects and structures (生产线, 高铁, 大桥)."""
    return (*ctx.lexicon.trigger_list("project_heads"), *ctx.lexicon.trigger_list("structure_heads"))


def _find_launches(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    heads = ctx.lexicon.trigger_list("project_heads")
    resumed = ctx.lexicon.trigger_list("resume_verbs")
    generic = generic_words(ctx)
    launch = ctx.lexicon.trigger_list("launch_verbs")
    chained = _chained(ctx.text, find_words(ctx.text, s.start, s.end, launch, s.word_starts),
                       word_pattern((*launch, *ctx.lexicon.trigger_list("release_verbs"))))
    for vs, ve, verb in chained:
        if ctx.text.startswith(_NOT_LAUNCHED_AFTER, ve) or _SINCE_LAUNCH.match(
            ctx.text, ve, s.end
        ) or _SINCE_IN_USE.match(ctx.text, ve) or (
            ctx.text.startswith("数", ve) and not ctx.text.startswith(_NOUNS_WITH_SHU, ve)
        ):
            continue  # 投运规模, 建成投运后, 开通数: not a launch of something named here (上线数据…平台 is)
        if verb == "发射" and ctx.text.startswith(_LAUNCHER_NOUNS, ve):
            continue
        if ctx.text.endswith("发布", s.start, vs) and any(
            ctx.clause_start(s, vs) <= t.start and t.end < vs for t in s.of("WORK_OF_ART")
        ):
            continue  # 主题MV《冰雪之约》今天正式发布上线: a titled work released, which the release rule reads
        ribbon = _RIBBON.match(ctx.text, ve, ctx.clause_end(s, ve))
        if ribbon is not None:
            # 两国元首共同为雅万高铁正式开通运营揭幕, 李强为中老铁路通车剪彩: the works whose opening is unveiled,
            # after 为 (who unveils it stands before)
            opened = _RIBBON_WORKS.search(ctx.text, ctx.clause_start(s, vs), vs)
            if opened is not None and ctx.text[opened.start(1) : opened.end(1)].endswith(_works_heads(ctx)):
                yield _item(opened.group(1), _np_kind(ctx, opened.group(1)), verb, opened.span(1), (vs, ve), ctx.event_date(s))
            continue
        if ctx.text.endswith(_NOT_BEFORE_VERB.get(verb, ()), s.start, vs) or ctx.text.startswith("线上线下", vs - 1):
            # 确保…决策部署落实落地: carried out, not launched; 研发出…体系: developed, not sent out; 搭建…线上线下
            # 对接平台: online and offline, no 上线 at all
            continue
        bond = _BOND_ISSUED.match(ctx.text, ve, ctx.clause_end(s, ve)) if verb == "发行" else None
        if bond is None and verb in _CLAUSE_FINAL and ctx.text[ve : ctx.clause_end(s, ve)] not in _CLAUSE_FINAL_ENDS and not (
            verb == "开行" and _TRAIN_RUN.match(ctx.text, ve, ctx.clause_end(s, ve))
            and _FIRST_RUN.search(ctx.text, ctx.clause_start(s, vs), ctx.clause_end(s, ve))
            and not _MANY_RUN.search(ctx.text, ctx.clause_start(s, vs), ctx.clause_end(s, ve))
        ):
            continue  # 中欧班列开行13056列: a count of runs, not a first run (but 首次开行跨境旅游专列 is one)
        if verb in _DEPARTURE_VERBS and not _departure_launches(ctx, s, vs, ve):
            continue
        if _TALLY_AFTER.match(ctx.text, ve):
            continue  # 重大项目已开工230个, 高铁网主通道已建成投产3.53万公里, 通车24小时车流量: a tally, not a launch
        if ctx.text.startswith("的", ve) and not (verb == "开行" and _FIRST_RUN.match(ctx.text, ve + 1)):
            # 2015年全国高速投入使用的第一个充电桩: the verb describes what follows it (but 吕梁开行的首趟中欧班列，
            # 昨天…驶出 is the first run the story reports; 刚刚投产的两条…生产线: a launch just made, told as
            # a description)
            yield from _just_launched(ctx, s, vs, ve, verb)
            continue
        if _YEAR_END.search(ctx.text, ctx.clause_start(s, vs), vs) is not None:
            continue  # 为今年底渭武高速通车奠定坚实基础: a launch the year's end is to bring
        if ctx.text.endswith(("至此，", "至此,"), s.start, ctx.clause_start(s, vs)):
            continue  # …工程竣工投产。至此，…两条输电大通道全部建成投运: the state reached, told again
        scheduled = _scheduled(ctx, s, vs)
        date = scheduled or ctx.event_date(s)
        if is_directive(ctx, s, vs) or _negated(ctx, s, vs, ve) or (scheduled is None and (
            ctx.text.endswith(_NOT_YET, s.start, vs) or _WILL.search(ctx.text, ctx.clause_start(s, vs), vs)
            or is_planned(ctx, s, vs) or target_year(ctx, s, vs)
        )):
            # 光热电站即将投入使用, 多条高铁将在年内开通运营, 框架体系2026年基本建成 (read in 2023): not
            # yet launched; 要稳妥推进…政策落地: called for
            continue
        if bond is not None:
            # 财政部在澳门发行50亿元人民币国债: a bond issue launches the bond (not 今年共发行…, 连续第三年在
            # 澳门发行…, 今年在香港发行…的第二期: a total, a series, a description)
            if (
                not _BOND_NOT_ONE.search(ctx.text, s.start, vs) and _BOND_NAMED.search(bond.group(1))
                and not bond.group(1).startswith(("的", "并"))
            ):
                issuers = {ctx.text[e.start : e.end] for e in s.of("ORG")}
                actors = [a for a in _actors(ctx, s, vs) if a in issuers]  # the issuer is a body (not 招标发行's 招标)
                yield _item(bond.group(1), "other", verb, bond.span(1), (vs, ve), date, actors)
            continue
        if verb in _PREMIERE_VERBS:
            # 《中国书法大会》今天启播, 《千秋诗颂》启播暨…揭牌仪式: the titled programme whose run starts
            titled = [(t, tail) for t in s.of("WORK_OF_ART") if ctx.clause_start(s, vs) <= t.start and t.end <= vs
                      and (tail := _PREMIERE_TAIL.fullmatch(without_dates(ctx, s, t.end, vs))) is not None]
            for t, tail in titled[-1:]:
                if tail.group("part"):  # 《宗师列传·唐宋八大家》浙江篇: the part of the programme, named with it
                    named = (t.start, t.end + len(tail.group("part")))
                    yield _item(ctx.text[named[0] : named[1]], "other", verb, named, (vs, ve), date)
                else:
                    yield _item(str(t.attrs["title"]), "other", verb, (t.start + 1, t.end - 1), (vs, ve), date)
            if titled:
                continue
        if ctx.text.endswith("全部", s.start, vs) and (
            ctx.text.endswith("已全部", s.start, vs) or _COUNTED_BATCH.search(ctx.text, ctx.clause_start(s, vs), vs)
        ):
            continue  # …6项…改造项目全部竣工, 高速公路已全部开通: a batch completed (not 各地…工程全部开工)
        start = ctx.clause_start(s, vs)
        if verb.startswith("发射") and (
            spacecraft(ctx, s, start, vs, ve) is not None or SATELLITE_COUNT.search(ctx.text, vs, ctx.clause_end(s, vs))
            or find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("orbit_verbs"))
        ):
            continue  # a satellite launched is the event rule's (event.spacecraft), not an initiative
        seasons = tuple(ctx.lexicon.trigger_list("season_heads")) if verb in _SEASON_OPENERS else None
        orgs = [] if seasons else [e for e in s.of("ORG") if start <= e.start and e.end <= vs
                and e.attrs.get("type") in ("platform", "research_institute", "alliance")]
        # 'A等一批平台落地': the first listed; not 'A指导举办的活动启动' (A only modifies the subject)
        # nor '发射中心…发射', '天文台举行…启用仪式' (A does the launching)
        orgs = [e for e in orgs if (_LISTED_BEFORE.match(ctx.text, e.end, vs)
                or _PLACE_TAIL.fullmatch(without_dates(ctx, s, _past_quote(ctx, e), vs)) is not None)
                and not any(max(start, e.start - 4) <= a < e.start and ctx.text[a:b] in ("在", "从") for a, b in s.tokens)]
        # (火箭在酒泉卫星发射中心发射, 飞船从酒泉卫星发射中心发射升空: the place)
        if orgs and verb.startswith("发射") and ctx.text[_skip_words(ctx, ve, ("了",)) : ctx.clause_end(s, ve)]:
            continue  # 太原卫星发射中心在山东附近海域成功发射谷神星一号…火箭: the centre launches, it is not launched
        rest = _skip_words(ctx, ve, _AFTER_LAUNCH_WORDS)
        closes = rest >= ctx.clause_end(s, ve) or CEREMONY_AFTER_VERB.match(ctx.text, ve) is not None
        if orgs and verb in _LAUNCH_TRANSITIVE and not closes and _object_follows(ctx, s, ve, heads):
            # 重庆高新区启动新年消费节: a body that launches what follows, not itself launched (but 上海超算中心
            # 上线首日, …启用并开始对外接待服务: no object, the body's own opening)
            orgs = []
        if orgs:
            target = orgs[0]
            opens = target.start
            if (corridor := _ROUTE_BEFORE.fullmatch(ctx.text, start, target.start)) is not None and not (
                ctx.text.startswith(_TIME_OPENINGS, start) or any(start < d.end and d.start < target.start for d in s.of("DATE"))
                or verb_at(ctx, start) or ctx.text.startswith(tuple(ctx.lexicon.trigger_list("purpose_verbs")), start)
                or _REPORTED_BY.search(ctx.text, start, target.start)
            ):
                # 西部陆海新通道|钦州联运中心: the corridor the centre serves names it too (not 昨天…, 记者获悉…,
                # 服务…通道: a time or a clause before the name)
                opens = corridor.start()
            name = ctx.text[opens : target.end]
            yield _item(name, _org_kind(target, name), verb, (opens, target.end), (vs, ve),
                        date)
            continue
        # 南水北调东线一期工程启动…全线调水, 中老铁路开通…列车: a subject that launches an object
        # is not itself launched (启动展播, 开工建设 close the clause all the same)
        # (X启动仪式举行: the ceremony of X's launch reports X launched)
        span = None
        # 菲律宾达沃-萨马尔岛跨海大桥27日举行开工仪式: the works hold the ceremony of their start
        # (…城铁一期29日举行全面开通运营仪式: a manner word before the verb, the verb's second half after it)
        holder = _CEREMONY_HOLDER.search(ctx.text, start, vs)
        held = holder is not None and verb in _CEREMONY_STARTS and CEREMONY_AFTER_VERB.match(ctx.text, ve) is not None
        subject_end = holder.start() if held and holder is not None else vs
        if ctx.text.startswith("的", vs - 1) and closes:
            # 随着新一轮以旧换新政策的启动: the thing whose launch the phrase names
            span = subject_phrase(ctx, s, start, vs - 1, heads + _POLICY_HEADS)
            if span is not None and re.search(r"等|一系列|一批", ctx.text[span[0] : span[1]]):
                span = None  # …等一系列政策措施的落地: a batch
        elif closes or verb not in _LAUNCH_TRANSITIVE:
            found = subject_phrase(ctx, s, start, subject_end, heads) or quoted_before(ctx, s, start, subject_end) or (
                # (《中国科技创新盛典》今天启动: a titled programme started; a work that 开播 is released, as dev has it)
                titled_before(ctx, s, start, subject_end) if verb == "启动" else None
            )
            if found is not None and ctx.text[found[1] - 1] == "”" and (
                quote := ctx.text.rfind("“", found[0], found[1])
            ) > found[0] and ctx.text.endswith(_KIND_BEFORE_NAME, found[0], quote):
                # 中国西班牙建交50周年主题活动“中西文化之旅”启动, 中俄媒体联合报道项目“遇见中国”: the activity or
                # project described, then its name
                found = (quote, found[1])
            before = ctx.clause_start(s, start - 1) if start > s.start else start
            opens = ctx.text.count("，", s.start, before) <= 1
            if found is None and closes and opens and _gap_clause(ctx, s, start, subject_end):
                # …“我们的中国梦——文化进万家”活动，今天（2月4日）在广东省潮州市启动: the subject ends the
                # clause before, when this one holds only when, where and how (and that clause opens the
                # sentence, after a short lead at most: not the last of a description's clauses)
                found = subject_phrase(ctx, s, before, start - 1, heads)
                modal = ctx.lexicon.trigger_list("modal_words")
                if found is not None and (
                    _BORROWED_NOT.search(ctx.text, before, found[0]) or not _noun_phrase(ctx, s, found)
                    or is_planned(ctx, s, found[0]) or any(ctx.text[a:b] in modal for a, b in s.tokens if before <= a < found[0])
                ):
                    found = None  # 要加快推进重大工程项目，今年…开工, …的两条…高速铁路，日前…开工: no one thing named
            span = _first_counted(ctx, found)
            span = _past_amount(ctx, span) if span is not None else None
            if span is not None and _LISTED_BATCH.search(ctx.text, max(ctx.clause_start(s, span[0]), span[0] - 5), span[0]):
                # 中老铁路、匈塞铁路等一批标志性项目相继建成: the works listed, summed up as a batch (but 重庆一批
                # 城市交通重大项目开通 is news of the batch)
                span = None
        if span is None and closes:
            # 上海机场联络线今日开通。: the subject of a clause that the verb closes, whatever its head
            span = _first_counted(ctx, subject_phrase(ctx, s, start, subject_end, []))
            span = _past_amount(ctx, span) if span is not None else None
            if span is not None and ctx.text.endswith(tuple(heads), span[1], subject_end) and not any(
                e.end == subject_end for e in s.entities if e.label in ("ORG", "GPE")
            ):
                span = None  # 跨国车企在华投资最大动力电池项目动工: the works end the 在 clause, whose subject is its investor
            # 国家（中关村）火炬科创学院落成仪式: a body opened (not 国家统计局启动仪式: a body acting)
            ceremony = ctx.text.startswith(("仪式", "典礼"), ve) and verb in _OPENING_VERBS
            # 第三轮第三批中央生态环境保护督察全面启动: what is started may end in a verb used as a noun,
            # when something names it (a number, a quote, a place: not 晚稻收割全面启动, 水网先导区接续启动)
            started = verb in ("启动", "开启") and span is not None and _named_activity(ctx, ctx.text[span[0] : span[1]])
            if span is not None and not _launchable(ctx, s, span, verbal=started, body_ok=ceremony, phased=held):
                listed = _listed_works(ctx, s, span)
                if listed:
                    # 重庆轨道交通9号线二期、10号线二期、郭家沱长江大桥及六纵线北段同日开通: each listed works
                    for a, b in listed:
                        yield _item(ctx.text[a:b], _np_kind(ctx, ctx.text[a:b]), verb, (a, b), (vs, ve), date)
                    continue
                span = None
        if span is None and verb in _LAUNCH_TRANSITIVE:
            # 启动建设数据交易所国际板, 上线就业智慧平台: the thing launched follows the verb
            pos = _skip(ctx, ve, s.end)
            pos = _skip_words(ctx, pos, ("建设", "运营", "试点", "实施", "建立", "了"))
            # (启动中俄体育交流年: a themed year of the project heads, 交流年 or 文化年, is started too)
            # (启动乡村旅游节: a season of promotions, 消费季 or 旅游节, too)
            years = [h for h in heads if h.endswith("年")] + ctx.lexicon.trigger_list("season_heads")
            # (a quoted programme, 启动“百日千万”招聘专项行动, is the programme rule's; a quoted themed year,
            # 宣布启动“中柬友好年”, is no programme it reads)
            quoted_year = _QUOTED_NAME.match(ctx.text, pos)
            programme = verb in ("启动", "开启") and (
                not ctx.text.startswith("“", pos) or (quoted_year is not None and quoted_year.group(1).endswith(tuple(years)))
            )
            heads_after = _OBJECT_HEADS + (_PROGRAMME_OBJECTS + years if programme else [])
            if verb in ("发出", "开行"):
                heads_after = list(_TRAINS)  # 发出…的时代强音: only a train is launched by 发出 or 开行
            # (自2022年6月，厦门港开通“丝路海运”电商快线以来: what was opened, the time since then after it)
            after = _phrases_after(ctx, s, pos, heads_after, limit=24, since=True)
            if not after:
                # 启动数字教育集成化、智能化、国际化专项行动暨“扩优提质年”活动: two programmes 暨 joins, one name
                after = [sp for sp in _phrases_after(ctx, s, pos, heads_after, limit=40)[:1] if "暨" in ctx.text[sp[0] : sp[1]]]
            # (上海浦东新区启动中科大上海科教基地等7个科创策源重点平台: the one named before the count)
            span = _first_counted(ctx, after[0]) if after else None
            if span is not None and ctx.text[span[0] : span[1]] in heads_after:
                span = None  # 启动安全检查, 开通热线: a bare kind, nothing named
            # (启动…陆海统筹生态治理与系统调控重点实验室: a body whose name the recogniser cut at 与 starts
            # where the object does)
            built = next((e for e in s.of("ORG") if pos <= e.start and _BODY_NAME_GAP.fullmatch(ctx.text, pos, e.start)
                          and e.attrs.get("type") in ("platform", "research_institute", "alliance")), None)
            if span is None and built is not None:
                span = (pos, built.end)  # 建成浙大衢州研究院等创新平台: a named body opened
            if span is None and verb in ("启动", "开启") and (
                building := _STARTED_BUILDING.match(ctx.text, pos, ctx.clause_end(s, pos))
            ) is not None:
                span = building.span(1)  # 水利部启动了省、市、县级水网先导区建设: the zone whose building starts
        if closes and (span is None or span[0] - start <= 4):
            # (the part found as the subject, 首批|20台机组, gives way to the works it belongs to)
            span = _topic_of_part(ctx, s, start, heads) or span
        if span is None:
            continue
        summed = _SUMMED_UP.fullmatch(ctx.text, span[0], span[1])
        if summed is not None and summed.group(2).endswith(tuple(heads)):
            # 青藏铁路西宁至格尔木段、兰新高铁兰州至西宁段等提质改造项目投产运营: each listed works, or
            # else each that a head names (札纳塔斯风电站、…、奇姆肯特炼厂现代化改造等重大战略项目), not the
            # list (向家坝、溪洛渡…等特大型水电站) nor a shared start left out (南宁至钦州、至北海高速公路)
            listed = _listed_works(ctx, s, summed.span(1)) or [
                (a, b) for a, b in _split_at(ctx.text, summed.span(1), "、")
                if b - a >= 4 and ctx.text[a:b].endswith(tuple(heads)) and _noun_phrase(ctx, s, (a, b))
            ]
            # (…等一大批重大工程建成投运, …等多条铁路陆续开通: a batch looked back on, not launches reported)
            batch = _BATCH.search(summed.group(2)) or summed.group(2).startswith(("多", "大批", "一"))
            if not batch and not any(ctx.text.startswith(("至", "到"), a) for a, _ in listed):
                for a, b in listed:
                    yield _item(ctx.text[a:b], _np_kind(ctx, ctx.text[a:b]), verb, (a, b), (vs, ve), date)
            continue
        for item in _list_items(ctx, span, heads):
            name = ctx.text[item[0] : item[1]]
            if is_generic(name, heads, generic) or _starts_with_verb(ctx, s, item[0]) or _VAGUE_BATCH.match(name) or (
                _BARE_WORK.fullmatch(name)  # (“榛树”导弹的量产工作已经启动: a task of what was named before 的)
            ):
                continue
            if _SUMMED_BATCH.search(name):
                continue  # 推出就业指导、“一对一”精准服务等一系列举措: a batch summed up, none named
            if _BARE_ROUTE.fullmatch(name) and _route_before(ctx, s, item) is None:
                continue  # 甘肃庆阳、广西河池开通了客运专线和高铁: a kind of service, no route named
            if _PLACES_COUNTED.match(name):
                continue  # 两地“华龙一号”核电项目今天开工建设: works in two places, which the lead names one by one
            if seasons and not name.rstrip("”").endswith(seasons):
                continue  # a meeting or festival that opens is the meeting rule's
            if _described(ctx, name) or _first_of_kind(ctx, s, item[0], name) or _FIRST_UNITS.search(name):
                continue
            clause = ctx.clause_start(s, item[0])
            if (ctx.text.startswith(("标志着", "意味着"), clause) and SUPERLATIVE.search(ctx.text, clause, item[0])) or (
                ctx.text.startswith("标志", clause) and ctx.text[item[0] - 1] == "的" and _route_before(ctx, s, item) is None
                and (SUPERLATIVE.search(ctx.text, clause, item[0]) or _FIRST_RANK.search(ctx.text, clause, item[0]))
            ):
                # …“海巡156”轮在天津列编，标志着我国目前排水量最大的大型航标船正式投入使用: restated by its rank
                # (…接收站成功接卸首船液化天然气，标志国内规模最大的|液化天然气储备基地实现投产, …航线首航，
                # 标志着我国首条直飞拉丁美洲的|客运航线正式开通: what is left of the description is a kind; but
                # 标志着大湾区首条|直航土库曼斯坦的国际货运航线正式开通 still names the route)
                continue
            if _DONE_LEAD.match(name):
                continue  # 成功实施海上一箭双星|发射: what was carried out, a way of launching, not works
            if scheduled and _STEP.search(name) and not _named_activity(ctx, name):
                continue  # 线下售票将于1月9日启动, …制度也将于7月1日启动改革: a step set for a day, not a thing named
            if verb in resumed and not _named_service(ctx, name):
                continue  # 旅客列车恢复开行, 闽江干流恢复通航 (after a storm): service back to normal, none named
            if (route := _route_before(ctx, s, item)) is not None:
                item, name = (route, item[1]), ctx.text[route : item[1]]
            if verb in _PREMIERE_VERBS and "》" not in name:
                continue  # only a programme starts its run (not 当地时间…在非洲启播's time)
            if verb in _DEPARTURE_VERBS and (origin := name.find("从")) > 0:
                item, name = (item[0], item[0] + origin), name[:origin]  # …专列从北京站|发车: where it leaves from
            if verb == "全面展开" and (
                not name.endswith(_UNFOLDED_HEADS) or ctx.text.endswith(("已", "已经"), s.start, vs)
                or (name.endswith("工作") and _ROUND_OF_WORK.search(name) is None)
            ):
                continue  # 2024年上半年全国征兵体检工作近日全面展开: a round of work begun (not 春耕春管全面展开, a season's
                # work; …钢桁梁架设工作全面展开, a step of building; …工作已经全面展开, under way)
            launched = _item(name, _np_kind(ctx, name), verb, item, (vs, ve), date)
            # (…开通“丝路海运”电商快线以来: opened before, the story's initiative; its opening no news of the day)
            yield {**launched, "since_start": True} if ctx.text.startswith("以来", item[1]) else launched


def _object_follows(ctx: ArticleContext, s: SentenceView, ve: int, heads: list[str]) -> bool:
    """A launchable noun phrase right after a transitive launch verb: its object."""
    pos = _skip_words(ctx, ve, ("了",))
    wanted = [*heads, *_OBJECT_HEADS, *_PROGRAMME_OBJECTS, *ctx.lexicon.trigger_list("season_heads")]
    return any(a == pos or (a == pos + 1 and ctx.text[pos] == "“") for a, _ in _phrases_after(ctx, s, pos, wanted, limit=24))


def _chained(text: str, hits: list[tuple[int, int, str]], verbs: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """平台正式上线试运行, 主媒体中心启动试运行, 公开课上线推出: verbs run together launch one thing, named
    before the first; the run is one trigger, called by its first verb (the later verbs name nothing)."""
    runs: list[tuple[int, int, str]] = []
    for vs, ve, verb in hits:
        if runs and vs == runs[-1][1]:
            runs[-1] = (runs[-1][0], ve, runs[-1][2])
            continue
        runs.append((vs, ve, verb))
    for i, (vs, ve, verb) in enumerate(runs):
        while (more := verbs.match(text, ve)) is not None:
            ve = more.end()
        runs[i] = (vs, ve, verb)
    return runs


_YEAR_END = re.compile(r"(?<![去前])(?:今年|年)(?:年底|底|年末|末|内)(?!已)")
# 首批20台机组, 6个新油田, 第3台机组: a counted part of the works a clause before names
_COUNTED_PART = re.compile(r"(?:首批|第[一二三四五六七八九十\d]+[台批座个])|(?:首批)?(?:\d+|[两三四五六七八九十]+)[台个座口]")


def _topic_of_part(ctx: ArticleContext, s: SentenceView, clause: int, heads: list[str]) -> tuple[int, int] | None:
    """我国西北地区海拔最高的乌恰风电场，首批20台机组在新疆正式投运: when the launch clause opens with
    a counted part, the works are the noun phrase that closes the clause before it."""
    if not _COUNTED_PART.match(ctx.text, clause) or clause - 1 <= s.start or ctx.text[clause - 1] not in "，,":
        return None
    before = ctx.clause_start(s, clause - 1)
    found = subject_phrase(ctx, s, before, clause - 1, heads)
    if found is None:
        # 三峡集团在金沙江建设的乌东德水电站，首批2台机组投产: a description holding a verb, the name after its 的
        de = ctx.text.rfind("的", before, clause - 1)
        if de < 0 or not ctx.text[de + 1 : clause - 1].endswith(tuple(heads)) or clause - 2 - de > 16:
            return None
        found = (de + 1, clause - 1)
    de = ctx.text.rfind("的", found[0], found[1])
    begin = de + 1 if de >= 0 else found[0]  # (我国…海拔最高的|乌恰风电场: the name after its description)
    # (我国第二大水电站|乌东德水电站: an appositive description with the same head, no 的)
    head = next((h for h in sorted(heads, key=len, reverse=True) if ctx.text.endswith(h, begin, found[1])), None)
    if head is not None:
        again = ctx.text.find(head, begin, found[1] - len(head))
        if again >= 0 and found[1] - (again + len(head)) >= 4:
            begin = again + len(head)
    return (begin, found[1]) if found[1] - begin >= 4 else None


# 西北地区海拔最高风电场首批机组投运: the first units of a plant that a headline describes (the lead names it)
_DONE_LEAD = re.compile(r"(?:成功|顺利|首次)?(?:实施|进行|完成|开展)")
_FIRST_UNITS = re.compile(r"首批(?:\d+台)?机组$")
_SERVICE = re.compile(r"(?:航线|航班|列车|班列|铁路|高铁|段|线路|专线)$")
_SERVICE_ROUTE = re.compile(r"[至到与和]|往返|间|“")
_ANY_SERVICE = re.compile(r"所有|各|有")


def _named_service(ctx: ArticleContext, name: str) -> bool:
    """A service resumed is named by its route or its place (泉州至金门“小三通”客运航线, 中蒙两国间国际旅客
    列车, 广深港高铁香港段), not by its kind (旅客列车, 相关铁路线所有列车, 有两条公交线路)."""
    recognizer = ctx.org_recognizer
    return bool(_SERVICE.search(name)) and not _ANY_SERVICE.search(name) and (
        _SERVICE_ROUTE.search(name) is not None or (recognizer is not None and recognizer.has_proper(name))
    )


# 5座抽水蓄能电站, 辽宁3个项目, 有12条线路: works counted after at most a short place or 有 (not 第一批, 2024年…)
# (digits only: 五家渠市, 三台县 are places)
_COUNTED_WORKS = re.compile(r"[^\d第年号]{0,3}?\d+[多余]?[个座条所家项台]")


def _described(ctx: ArticleContext, name: str) -> bool:
    """A works described rather than named: by a superlative or by its count (5座抽水蓄能电站); a
    place, a known name, a quote or a number makes a name all the same."""
    if _COUNTED_WORKS.match(name):
        return True
    recognizer = ctx.org_recognizer
    if recognizer is None or re.search(r"[“《\dA-Za-z]", name) or recognizer.has_proper(name):
        return False
    return SUPERLATIVE.search(name) is not None


_FIRST_RANK = re.compile(r"首[个条家座台艘列]|第一[个条家座台艘列]")
_FIRST_MEASURES = "[个条家座台批项套艘]"  # 首个, 首条, 首座 …: the first of a kind
_FIRST_OF_KIND = re.compile(rf"首{_FIRST_MEASURES}$")
_FIRST_AGAIN = re.compile(rf"(?:首|第一){_FIRST_MEASURES}$")


_FIRST_DESCRIBED = re.compile(r"首[个艘台座列条家][^，。；“”]{1,12}的$")


def _first_of_kind(ctx: ArticleContext, s: SentenceView, start: int, name: str) -> bool:
    """广西首个海上风电项目全面启动: the first of a kind, which a headline line describes and its story
    names otherwise (防城港海上风电示范项目); not when the story uses the words again (我国首个永久基本
    农田查询平台上线: the description is all the name there is), nor 首个“…”, 首座…长江大桥: a quote, a
    number or a place names it."""
    recognizer = ctx.org_recognizer
    # (我国首艘具有破冰功能的大型航标船列编: the first of a kind, described before 的)
    first = _FIRST_OF_KIND.search(ctx.text, max(0, start - 2), start) or _FIRST_DESCRIBED.search(
        ctx.text, max(0, start - 16), start
    )
    if recognizer is None or first is None or s.end - s.start > HEADLINE_MAX or SENTENCE_FINAL.search(ctx.text, s.start, s.end):
        return False
    again = ctx.text.find(name, s.end)
    while again >= 0:
        if _FIRST_AGAIN.search(ctx.text, max(0, again - 3), again):
            return False  # (长江中游首条件杂货国际班轮航线开通 / …第一条件杂货国际班轮航线: described so again)
        again = ctx.text.find(name, again + 1)
    return not (re.search(r"[“《\dA-Za-z]|[十百千万]+[万亿]?[吨瓦米]级", name) or recognizer.has_proper(name))


def _listed_works(ctx: ArticleContext, s: SentenceView, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The items of a subject that lists named works (A、B、C及D), each a name by itself: a digit,
    a works head or a place in it, no organisation or place alone, no batch or 等; or quoted names
    summed up by a count (“海葵一号”、“海基二号”和“深海一号”三大国之重器)."""
    text = ctx.text[span[0] : span[1]]
    if _QUOTED_LIST.fullmatch(text) is not None and not text.endswith("”"):
        return [(span[0] + q.start(1), span[0] + q.end(1)) for q in _QUOTED_NAME.finditer(text)]
    heads = tuple(ctx.lexicon.trigger_list("project_heads")) + _WORKS_PARTS
    counted = _LIST_COUNTED.fullmatch(text)
    if counted is not None and re.sub(r"（[^（）]*）$", "", counted.group(2)).endswith(heads):
        # 北京地铁3号线、12号线、昌平线等3条地铁新线: the works listed, summed up by a count of their kind
        return _listed_works(ctx, s, (span[0], span[0] + counted.end(1)))
    if "、" not in text or "等" in text or _BATCH.search(text) or not outside_quotes(text, 0, len(text)):
        return []
    items, pos = [], span[0]
    for part in re.split(r"(、|及|和)", text):
        if part in ("、", "及", "和"):
            pos += len(part)
            continue
        items.append((pos, pos + len(part)))
        pos += len(part)
    recognizer = ctx.org_recognizer
    for a, b in items:
        name = ctx.text[a:b]
        named = re.search(r"\d|[一二三四五六七八九十]号", name) or name.endswith(heads) or (
            recognizer is not None and recognizer.has_proper(name))
        alone = any(e.start == a and e.end == b for e in s.entities)
        if len(name) < 3 or not named or alone or not (_noun_phrase(ctx, s, (a, b)) or name.endswith(_WORKS_PARTS)):
            return []  # (六|纵线|北段: jieba's cut of a section may look like a verb)
    return items if len(items) >= 2 else []


# 主题活动“中西文化之旅”, 联合报道项目“遇见中国”: an activity or project described, then named in quotes
_KIND_BEFORE_NAME = ("活动", "项目")
_SUMMED_UP = re.compile(r"([^等、]+(?:、[^等、]+)+)等([\u4e00-\u9fff]{2,10})")  # A、B等提质改造项目: a list and its kind
_WORKS_PARTS = ("一期", "二期", "三期", "北段", "南段", "东段", "西段", "大桥", "线")  # (线 covers 号线)
# (each item bounded, so that no search can try every split: A、B等3条地铁新线)
_LIST_COUNTED = re.compile(
    r"([^等、，。；]{2,30}(?:、[^等、，。；]{2,30}){1,12})等(?:\d{1,3}|[两三四五六七八九十]{1,3})[条座个项]([^，。；、等]{2,16})"
)


def _split_at(text: str, span: tuple[int, int], separator: str) -> list[tuple[int, int]]:
    items, pos = [], span[0]
    for part in text[span[0] : span[1]].split(separator):
        items.append((pos, pos + len(part)))
        pos += len(part) + len(separator)
    return items


def _route_before(ctx: ArticleContext, s: SentenceView, item: tuple[int, int]) -> int | None:
    """摩拉港至中国广西北部湾港的|集装箱航线, 直航土库曼斯坦的|国际货运航线: a route's ends, which its
    的 description names (the gold keeps them); where that description starts, else None."""
    if not ctx.text.startswith("的", item[0] - 1) or not _ROUTE_HEAD.search(ctx.text, item[0], item[1]):
        return None
    start = ctx.clause_start(s, item[0])
    window = ctx.text[start : item[0] - 1]
    if not 2 <= len(window) <= 40 or "的" in window or not re.fullmatch(r"[\u4e00-\u9fff（）()]+", window):
        return None
    joint = max(window.rfind(w) for w in ("至", "到", "直航", "往返"))
    if joint < 0 or len(window) - joint > 18:
        return None
    # (文莱唯一深水港口|摩拉港至…, 新疆首条|直航土库曼斯坦: the route starts after a description of it)
    lead = max((m.end() for m in _ROUTE_LEAD.finditer(window, 0, joint)), default=0)
    begin = max(lead, joint - 12 if window[joint] in "至到" else joint)
    begin += window.startswith(("从", "由"), begin)  # 从乌鲁木齐到阿拉木图的…: the ends, not the preposition
    return start + begin if joint - begin >= (0 if window[joint] not in "至到" else 2) else None


_PLACES_COUNTED = re.compile(r"[两三四五六七八九十多]地(?![区方])")  # (not 两地联合实验室揭牌: one body founded)
_BARE_ROUTE = re.compile(r"(?:国际|国内|跨境)?(?:客运|货运|旅客|货物)?(?:专线|班列|航线|专列|航班|快线)")
_ROUTE_HEAD = re.compile(r"(?:航线|班列|专线|航班|快线|专列|货运线)$")
_ROUTE_LEAD = re.compile(r"首[条趟个列班]|唯一[\u4e00-\u9fff]{0,4}?(?:港口|机场|车站)|今天|昨天|日前|近日")


def _list_items(ctx: ArticleContext, span: tuple[int, int], heads: list[str]) -> list[tuple[int, int]]:
    """中国—赞比亚文化和旅游年、中国—坦桑尼亚旅游文化年、中俄文化年相继启动: one launch per listed
    name, when every item ends in a head word."""
    text = ctx.text[span[0] : span[1]]
    if _QUOTED_LIST.fullmatch(text) is not None:
        # “海葵一号”和“海基二号”两大国之重器: quoted names, and what the count sums them up as
        return [(span[0] + q.start(1), span[0] + q.end(1)) for q in _QUOTED_NAME.finditer(text)]
    if not _LISTED.search(text) or not outside_quotes(text, 0, len(text)) or ("、" in text and _one_first_run(ctx, span)):
        return [span]
    # (京港澳高速和大广高速同时通车: 和 and 及 join items too, when each is a name with a head; 文化和旅游年
    # holds one 和 of its own, so the 、 split comes first)
    for separator in ("、", "和", "及"):
        items = [(a, b) for part in _split_at(ctx.text, span, "、") for a, b in (
            _split_at(ctx.text, part, separator) if separator != "、" else [part])]
        if len(items) > 1 and all(
            ctx.text[a:b].rstrip("”").endswith(tuple(heads)) and b - a >= 4 for a, b in items
        ):
            return items
    return [span]


_LISTED = re.compile("[、和及]")
_ONE_FIRST = re.compile(r"首[列趟班]")


def _one_first_run(ctx: ArticleContext, span: tuple[int, int]) -> bool:
    """首列途经武广高铁、时速350公里列车: one first run, told by traits listed before its head."""
    listed = ctx.text.find("、", span[0], span[1])
    first = _ONE_FIRST.search(ctx.text, max(0, span[0] - 2), listed)
    # (首趟沪苏湖高铁列车、杭温高铁列车: two trains, each named in full by one head)
    return first is not None and ctx.text[listed - 2 : listed] != ctx.text[span[1] - 2 : span[1]]
_QUOTED_NAME = re.compile(r"“([^“”]{2,16})”")
_QUOTED_LIST = re.compile(
    r"(?:“[^“”]{2,16}”(?:和|与|及|、))+“[^“”]{2,16}”"
    r"(?:(?:[两二三四五六七八九十]|\d{1,2})(?:大|个|座|艘|台|项|款|条|家)[\u4e00-\u9fff]{1,8})?"
)
_WORKS_STARTS = frozenset({"开工", "动工", "开工建设", "通车", "投产", "竣工", "投运"})
# a works' start or opening whose ceremony the works hold (…大桥27日举行开工仪式, …城铁一期举行全面开通运营仪式)
_CEREMONY_STARTS = _WORKS_STARTS | {"开通", "投产发电", "建成通车", "建成投产", "竣工投产", "并网发电", "全线通车", "全线开通"}
# how a works opens, before the verb its ceremony is named by (举行全面开通运营仪式); the assembler names the
# launch event by the same words
CEREMONY_MANNER = "(?:全面|正式|全线)"
_CEREMONY_HOLDER = re.compile(rf"(?:举行|举办)(?:了)?{CEREMONY_MANNER}?$")
CEREMONY_AFTER_VERB = re.compile(r"(?:运营|运行|发电)?(?:仪式|典礼)")
_NOUNS_WITH_SHU = ("数据", "数字", "数智", "数电", "数码", "数控")
_BODY_NAME_GAP = re.compile(r"(?:(?!(?:\d+|[一两三四五六七八九十]+)[个座项条家批台])[^，。；、“”《》\s与和及]{2,12}+与)?+")
# (not 开播: 《…》今晚开播 closes a story as a teaser of the channel's schedule, which dev never annotates;
# nor 开机, the start of shooting, which dev marks optional)
_PREMIERE_VERBS = ("启播",)
# after the title: a part of it (浙江篇, 超高清版), a place or a channel (通过总台“百城千屏”项目), adverbs
_PREMIERE_TAIL = re.compile(
    rf"(?P<part>[^，。；“”《》\s在]{{0,6}}?(?:篇|版|季))?(?:在[^，。在]{{1,12}}?|通过[^，。；通]{{2,16}}?)?(?:{GAP_ADVERBS})*$"
)
# what may follow a launch verb in a clause the subject's launch closes (启动建设, 开通运营, 建成投产成功)
_AFTER_LAUNCH_WORDS = ("建设", "运营", "试运营", "运行", "试点", "实施", "展播", "掘进", "施工", "成功", "了")
_LAUNCH_TRANSITIVE = frozenset({"启动", "上线", "开通", "推出", "开启", "启用", "建成", "发射", "发出", "开行"})
_TRAINS = ("班列", "列车", "专列")
# 开行 with a train as its object, closing the clause (not 开行旅客列车1.2万列: a count of runs)
_TRAIN_RUN = re.compile(rf"了?[^，。；\d]{{0,16}}?(?:{'|'.join(_TRAINS)})$")
# only a first run is a launch (首次开行跨境旅游专列, 开行的首趟中欧班列), and not a tally of many (多个城市都开行首趟…)
_FIRST_RUN = re.compile(r"首[次趟列班]")
# (nor a first run in a description or in history: 这是今年春运…开行的首趟高铁列车, 2013年首次开行中欧班列)
_MANY_RUN = re.compile(r"多个|多地|各地|多条|一批|纷纷|\d+个|这是|(?:19|20)\d\d年")
# a train named for its occasion (…10周年纪念号, “一带一路”十周年长安号西安—中亚专列), whose departure is its launch
_NAMED_TRAIN = re.compile(r"纪念号|(?:号|”)[^，。；]{0,12}专列")
_HABITUAL = re.compile(r"每[天日周月年]|每逢|天天")
def _departure_launches(ctx: ArticleContext, s: SentenceView, vs: int, ve: int) -> bool:
    """A train's 发车 is a launch only for a first run or a train named for its occasion, and not a run of
    many (集装箱班列从银川发车, …8020次列车正点发车), a habit (每天…首班车发车, in the clause or in a short time
    lead that opens the sentence), nor a first run whose clause after marks an opening (首趟列车…发车，标志着…
    开通运营: the opening is the launch)."""
    text, clause = ctx.text, ctx.clause_start(s, vs)
    if _MANY_RUN.search(text, clause, vs) or _HABITUAL.search(text, clause, vs):
        return False
    if not (_FIRST_RUN.search(text, clause, vs) or _NAMED_TRAIN.search(text, clause, vs)):
        return False
    lead_end = ctx.clause_end(s, s.start)
    if lead_end - s.start <= 10 and _HABITUAL.search(text, s.start, lead_end):
        return False
    after = ctx.clause_end(s, ve) + 1
    return not (text.startswith(MARKS, after) and _OPENING_MARKED.search(text, after, ctx.clause_end(s, after)))


_OPENING_MARKED = re.compile(r"开通|开行|通车|运营|投运|启用")  # what a first run may mark: the line's opening
# verbs that report a launch only when they close the clause (班列开行。, not 开行旅客列车1.2万列)
_BOND_ISSUED = re.compile(r"了?([^，。；、了]{0,20}?(?:国债|债券))$")
# a total, a series, a plan, a re-issue or a halt, anywhere before the verb in its sentence
_BOND_NOT_ONE = re.compile(
    r"共|累计|已|连续|每年|今年|多次|首次|计划|拟|(?<![持继陆])续"
    r"|增发|暂停|停止|大量|第[一二三四五六七八九十\d]+次"
)
# an issue named by its amount, number or year (50亿元人民币国债, 第三期…国债; not 各地发行新增专项债券)
_BOND_NAMED = re.compile(r"\d|[首第][一二三四五六七八九十\d]*期")
_CLAUSE_FINAL = frozenset({"开行", "发行", "开钻", "通水", "开航"})
_CLAUSE_FINAL_ENDS = ("", "了", "运行", "运营")  # (…供水工程通水运行: the verb's own second half)
# verbs that open a meeting launch only a season or a themed year (…旅游文化年在京开幕, 年货节拉开帷幕)
_SEASON_OPENERS = frozenset({"开幕", "拉开帷幕", "启幕"})
# what may follow the titles a meeting adopts: the clause's end or a count of them (两份成果文件)
_ADOPTED = re.compile(r"[，。；、]|$|[两二三四五六七八九十]份|等")
_CLAUSE_ADVERBS = frozenset("还也都就又才再已将正即均为")  # (大桥为单孔|双向通航: a copula, not a name)
_POLICY_HEADS = ["政策", "制度", "措施", "机制"]
_LISTED_BEFORE = re.compile(r"等[^，。；]{0,10}$")
# what stands between a book's title and 出版: its volumes, a date and 由 its publisher
_PUBLISHED_BY = re.compile(r"[^《》。；由]{0,30}由[^，。；《》由]{2,40}?(?:正式)?")  # (two publishers named in full)
_COUNTED_BATCH = re.compile(r"\d+[项个座条所批]")
# (2024四川省冬季旅游, 2022—2023年度…: a year or a span of years; 5G+工业互联网…, 5G-A…: a technology's
# name joined to another, not a count, nor 5G基站: a kind of thing)
_NOT_YEAR_DIGIT = re.compile(
    r"(?!(?:19|20)\d\d(?:[\u4e00-\u9fff]|[—–-](?:19|20)\d\d))\d+(?:\.\d+)?(?![\d.]*(?:年|[A-Za-z]+[+＋-]))"
)
# 即将投入使用, 预计年底部分开通: a launch forecast, before the verb or opening a subject-less clause
_NOT_YET = ("预计", "即将", "将于", "计划于", "有望")


_WILL = re.compile(r"将[在于][^，。；将]{0,12}$")
# 线下售票, …启动改革, 网上报名: a step set for a day, not a thing launched (福厦高铁, 进博会线上国家展 are)
_STEP = re.compile(r"(?:售票|报名|改革|招生|申报|预约|登记|工作)$")


# (…目录将于3月1日落地实施: a policy set to take effect, which is in force, not launched)
_WORKS_DONE = re.compile(r"(?:全部|全面|全线)?(?:建成|竣工|投产|通车|并网|贯通|落地)")
_HORIZON = re.compile(r"底|内|初|末|中|上半年|下半年|前后")  # 年底, 年内, 月底: a plan's horizon, not a day set


def _scheduled(ctx: ArticleContext, s: SentenceView, verb: int) -> str | None:
    """人社部将于9月至12月…启动…活动, 从7月1日起，公安部将推出…措施, …热线明年5月1日前开通: a launch set
    for a day or a month of the year to come is reported (the annotators give it that date); a
    horizon (年内, 年底, 2027年底) or a year alone leaves it a plan. The date stands in the verb's
    clause, or opens the sentence as 从…起."""
    clause = ctx.clause_start(s, verb)
    if ctx.published is None or is_planned(ctx, s, verb, will=False) or _WORKS_DONE.match(ctx.text, verb):
        return None  # 预计4月份一期生产线试运行, 项目将于今年6月建成投产: a forecast, works still to finish
    conditions = ctx.lexicon.trigger_list("condition_words")
    if any(ctx.text[a:b] in conditions for a, b in s.tokens if s.start <= a < verb):
        return None  # 如果天气允许，天舟八号将于6月5日发射: on a condition (not the 若 of 若干)
    for d in s.of("DATE"):
        value = d.attrs.get("value")
        if not isinstance(value, str) or d.end > verb or _HORIZON.search(ctx.text, d.start, d.end):
            continue
        if d.start < clause and not ctx.text.startswith("起", d.end):
            continue
        first = value.split("/", 1)[0]
        if len(first) < 7 or d.attrs.get("granularity") not in ("day", "month", "interval"):
            continue
        try:
            when = dt.date.fromisoformat(first if len(first) == 10 else first + "-01")
        except ValueError:
            continue
        if ctx.published < when <= ctx.published + dt.timedelta(days=366) or (
            len(first) == 7 and first == ctx.published.isoformat()[:7] and _WILL.search(ctx.text, clause, verb)
        ):
            return value
    return None
_NOT_YET_FOUNDED = re.compile(
    r"(将|将要|即将|计划|力争|加快|推动|逐步|愿意|愿|研究)(?:[同与和][^，。；同与和]{1,8}?)?(?:牵头|共同|联合|正式|在[^，。；]{1,8})?$"
)
# (中方愿同阿方设立…中心, 研究成立中海联合月球和深空探测中心: a founding offered or considered, an initiative)
_WILL_FOUND = ("将", "将要", "即将", "愿", "愿意", "研究")
_PERMITTED = re.compile(r"允许|鼓励|拟|支持(?![^，。；]{0,8}下)")  # (not 在…大力支持和指导下)
# 出台政策措施，支持中央企业聚焦…，设立…基金: a clause with no subject continues what a policy supports
_SUPPORTED = re.compile(r"(?:^|[，；：])(?:支持|鼓励|允许|引导|要求)(?![^，。；]{0,8}下)[^。；：]{0,80}，$")


_URGED = re.compile(r"(?:推动|要求|鼓励|支持|加快|探索|研究)$")  # 要求推动|建立…: urged, not done


def _policy_content(ctx: ArticleContext, s: SentenceView, vs: int) -> bool:
    """A clause with no subject of its own that continues what a policy supports or allows."""
    clause = ctx.clause_start(s, vs)
    return clause == vs and _SUPPORTED.search(ctx.text, s.start, clause) is not None


_WILL_HOLD = re.compile(r"将(?:于[^，,。；;]{1,12}?)?(?:举办|举行|召开|发布|推出|出台|开展|启动)")
_TASK_VERBS = frozenset({"抓", "促", "推", "保"})  # one-character verbs of a slogan's tasks (抓增量政策出台)
_LIST_OF_BATCH = ("名单", "榜单")  # a list whose entries a batch word counts (最新一批“灯塔工厂”名单)
_BATCH = re.compile(r"一批|一大批|一系列|多个|多项|各项|大量|多款|各类|[几数]十[项个条]|一[个项条]{2}|一项项|一条条")
# 多个权威报告, 一系列…重要成果, 多世界级产业资源: an unnamed batch, whatever verb reports it
_VAGUE_BATCH = re.compile(
    r"(?:平均)?每[天日月年周](?:有)?|(?:全[省市区县国]|[^\d，。第]{0,3}?)(?:一批|一大批|大批|一系列|一整套|一套|多个|多项|各项|大量|多款|各类|更多|一些|多[^\d]{0,2}级|\d+[余多]?[个项家批条座]重[点大])"
    r"|(?:近|约|超过?|逾|累计)?\d+(?:\.\d+)?[万亿]?(?:公里|千米|平方公里|亩|公顷|轮)"
)  # (全省10000余个重点项目: the place the batch is in does not make it one; 近300公里滨水慢行系统,
# 7轮15份试点方案: a length, an area or rounds built or issued, a tally)


_NAMED_THEN_COUNTED = re.compile(
    r"(?P<first>[^、，等]{4,30}?)等(?:\d+|[两三四五六七八九十多])[条个座项家所台处][\u4e00-\u9fff]{1,10}"
)


def _first_counted(ctx: ArticleContext, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """包银高铁惠农至银川段等多条新线开通: the one named before 等 of a count (as 天仪41星等8颗卫星 is read)."""
    if span is None:
        return None
    m = _NAMED_THEN_COUNTED.fullmatch(ctx.text, span[0], span[1])
    return (span[0], m.end("first")) if m is not None else span


def _past_amount(ctx: ArticleContext, span: tuple[int, int]) -> tuple[int, int]:
    """300亿国有企业土地资产盘活专项基金在北京启动: the fund or facility, not the money it holds (but 三元桥…专线,
    1元公交线路, 1000亿参数…大模型: no money held, the name whole)."""
    amount = _AMOUNT_PREFIX.match(ctx.text, span[0], span[1])
    name = ctx.text[span[0] : span[1]]
    if amount is not None and span[1] - amount.end() >= 4 and ctx.lexicon.headed_by(name, "money_heads"):
        return amount.end(), span[1]
    return span


def _launchable(ctx: ArticleContext, s: SentenceView, span: tuple[int, int], announced: bool = False,
                body_ok: bool = False, verbal: bool = False, phased: bool = False) -> bool:
    """A subject phrase without a head word is launched unless it is a body that acts
    (国家统计局; but a body whose 落成仪式 is held opens) or a meeting or occasion, which the event
    rules read."""
    name = ctx.text[span[0] : span[1]]
    if not body_ok and any(e.start <= span[0] and span[1] <= e.end and e.attrs.get("type") not in ("platform", "alliance")
                           for e in s.of("ORG")):
        return False
    if name.endswith(("部门", "发改委", "政府")):
        return False  # 工业和信息化部等五部门|近日发布, 川渝两地发改委: bodies that act
    if name.startswith(PREPOSITION_WORDS) or name.endswith(("向", "对", "给")):
        # (…出版，面向海内外|发行: a prepositional phrase, which jieba may cut 面|向; 习近平向|启动仪式致贺信:
        # who writes to the ceremony, not what starts)
        return False
    if name.startswith(_NOT_YET):
        return False  # 终点河北唐山，预计年底部分|开通: a forecast, with no subject of its own
    if name.startswith(tuple(ctx.lexicon.trigger_list("duration_words"))):
        return False  # 项目于2017年开工建设，历时7年|建成开通: how long it took, not what opened
    if names_occasion(ctx.lexicon, name) or COUNT_PREFIX.match(name) or _NOT_YEAR_DIGIT.match(name):
        return False
    if _PLACE_DESCRIBED.search(ctx.text, ctx.clause_start(s, span[0]), span[0]):
        return False  # 《…计划》在被称为“中国廊桥之乡”的浙江泰顺启动: where it starts, described
    # (全国铁路中秋、国庆假期运输: two holidays of one season of works, not a list of things)
    seasons = tuple(ctx.lexicon.trigger_list("holiday_periods"))
    parts = name.split("、")
    if all(a.endswith(seasons) and b.startswith(seasons) for a, b in pairwise(parts)):
        name = "".join(parts)
    if re.search(r"[与、]", name) or _BATCH.search(ctx.text, ctx.clause_start(s, span[0]), span[0]):
        return False  # 儋州市与洋浦…决策, 京张高铁、京唐城际等, 一批…珍贵文物: parties or a batch, not one named thing
    if _WORKS_SECTION.fullmatch(name):
        return True  # 都香高速昭通段: a section of a named line (whose short name may read as adverbs: 都, 高速)
    if phased and _PHASE.search(name) and span[1] - span[0] >= 6:
        # …阿布贾城铁一期举行全面开通运营仪式: a phase of what the rest names, which jieba tags a numeral (read
        # only when it holds the ceremony: a bare …项目一期投产发电 headline restates its lead by another name)
        span = (span[0], span[1] - 2)
    return _noun_phrase(ctx, s, span, announced, verbal)


_PHASE = re.compile(r"[一二三四五六七八九]期$")


# 启动典礼, 投产以来, 开通后, 落地生根: the verb as a time, a measure, a ceremony or a metaphor
# (…正式运营各项准备工作, 开通前的准备: a launch still being prepared)
_NOT_LAUNCHED_AFTER = (
    "典礼", "以来", "规模", "率", "量", "时间", "后", "投运后", "投产后", "生根", "各项准备", "准备工作", "前的准备",
)
# 导弹发射装置, 发射井, 发射场: the verb inside the name of a device or site, nothing launched
_LAUNCHER_NOUNS = ("装置", "系统", "井", "场", "台", "车", "架", "器", "阵地")
_PLACE_DESCRIBED = re.compile(r"在[^，。；在]*的$")
_LISTED_BATCH = re.compile(r"等(?:一批|一大批|一系列)")
# a section of a road or railway named by the line and its ends (都香高速昭通段, 川青铁路镇江关至黄胜关段)
_WORKS_SECTION = re.compile(
    r"(?!随着|伴随|随|在|从|由|经|对|将|把|沿线|城市|受损|受灾|部分|全国|该|这)[^\W\d]{2,6}?(?:高速公路|高速铁路|高速|高铁|城际铁路|城际|铁路|公路|快速路|\d{1,2}号线)[^，。；、\s]{1,14}?段"
)


def _named_activity(ctx: ArticleContext, name: str) -> bool:
    """What is started is named, not a season's work: a number, a quote or Latin letters in it, or a
    place in a phrase of eight characters or more (大科学装置江门中微子实验液体灌注; not 安徽夏粮收购)."""
    recognizer = ctx.org_recognizer
    return re.search(r"[\d“《第A-Za-z]", name) is not None or (
        recognizer is not None and len(name) >= 8 and recognizer.has_proper(name)
    )


_FIRST_OF = re.compile(rf"首{_FIRST_MEASURES}")  # (first in a phrase, 首艘国产大型邮轮, it is no name's part)


def _noun_phrase(ctx: ArticleContext, s: SentenceView, span: tuple[int, int], announced: bool = False,
                 verbal: bool = False) -> bool:
    """No verb or adverb outside quotes (not 计划2025年建成, 各个展台上还有大量新品). Before 揭晓
    (``announced``) the last word may be a verb used as a noun (十大考古新发现), and so may it be
    in a named activity that is started (``verbal``: 中央生态环境保护督察全面启动), where a verb
    before it may qualify it (保护|督察)."""
    recognizer = ctx.org_recognizer
    if recognizer is None:
        return True
    end = span[1] if announced else span[1] + 1
    words = [(a, b) for a, b in s.tokens if span[0] <= a and b < end and outside_quotes(ctx.text, span[0], a)]
    dated = [(d.start, d.end) for d in s.of("DATE") if d.start == span[0] and not d.attrs.get("relative")]
    holidays = set(ctx.lexicon.trigger_list("holiday_periods"))
    for i, (a, b) in enumerate(words[: len(words) - 1] if verbal else words):
        if any(x <= a and b <= y for x, y in dated):
            continue  # 2024年上半年|全国新兵运输工作: the round a date opening the name names (jieba tags 上半年 a verb)
        word = ctx.text[a:b]
        following = ctx.text[words[i + 1][0] : words[i + 1][1]] if i + 1 < len(words) else ""
        if word in holidays and (following == "、" or (len(following) > 1 and following not in recognizer.adverbs)):
            continue  # 全国铁路国庆|假期|运输: the season it runs in (jieba tags these time words; not 春节|前)
        adverb = word in _CLAUSE_ADVERBS if len(word) == 1 else word in recognizer.adverbs  # 遥 in 遥四 is a name
        # 一号, 首届, 首批 are tagged verbs or adverbs too (“夸父一号”首批科学图像)
        numbered = word[0] in "一二三四五六七八九十第" or word == "首届" or (i > 0 and _FIRST_OF.fullmatch(word) is not None)
        if adverb or (len(word) > 1 and word in recognizer.verbs and word not in recognizer.proper and not numbered
                      and not _modifies_noun(ctx, s, recognizer, words, i)):
            return False
    return True


def _modifies_noun(ctx: ArticleContext, s: SentenceView, recognizer: Any, words: list[tuple[int, int]], i: int) -> bool:
    """智能制造工厂, 高端装备研发中心: a verb inside a name, after a noun and before the noun it
    qualifies (not 计划2025年建成, 推动项目: a verb that opens or closes the phrase)."""
    if i == 0 or i + 1 >= len(words) or ctx.text[words[0][0] : words[0][1]] in PREPOSITIONS:
        return False
    if _URGED.search(ctx.text, words[i][0], words[i][1]) or any(e.end == words[i - 1][1] for e in s.of("ORG")):
        return False  # 从机器人加快产业化, 国家疾控局授权中心: a clause, not a name
    before, after = (ctx.text[a:b] for a, b in (words[i - 1], words[i + 1]))

    def noun(w: str) -> bool:
        return len(w) > 1 and w not in recognizer.verbs and w not in recognizer.adverbs and not w[0].isdigit()

    if i == 1 and _NUMBERED_WORD.fullmatch(before):
        return noun(after)  # 第三代|超导|量子计算机: a numbered generation or phase qualifies like a noun

    def verb(k: int) -> bool:
        return ctx.text[words[k][0] : words[k][1]] in recognizer.verbs

    # 5G|应用|联合|创新|实验室: a run of up to three verbs qualifying a body's name that an organisation
    # suffix ends, after a noun or a Latin-lettered term (5G, AI); not a list (…成果和…平台)
    name = ctx.text[words[0][0] : words[-1][1]]
    if name.endswith(tuple(naming_suffixes(ctx))) and not re.search("[和及与、]", name):
        first, end = i, i
        while first > 1 and verb(first - 1) and i - first < 2:
            first -= 1
        while end + 2 < len(words) and verb(end + 1) and end - first < 2:
            end += 1
        if end > first:
            lead, tail = (ctx.text[a:b] for a, b in (words[first - 1], words[end + 1]))
            return (noun(lead) or re.fullmatch(r"\d*[A-Za-z]+\d*", lead) is not None) and noun(tail)

    # 巴图塔|加氢|站, 二氧化碳|封存|回|注|井: a one-character facility noun that the verbs qualify may end
    # the name, a few words after them
    last = ctx.text[words[-1][0] : words[-1][1]]
    facility = last in _FACILITY_NOUNS and len(words) - i <= 4
    return noun(before) and (facility or noun(after))
# 启动海关区域通关一体化改革, 启动实施个人养老金制度: a programme started is named after the verb
# (行动, 计划, 工程 and 制度 started are the plan rule's)
_FACILITY_NOUNS = frozenset("站厂场馆港园库井塔楼")
_NUMBERED_WORD = re.compile(r"第[一二三四五六七八九十\d]{1,3}[代期批]")
_STARTED_BUILDING = re.compile(
    r"((?:“[^“”]{1,16}”|[^，。；“”\s的]){2,30}?(?:先导区|示范区|试验区|先行区|园区|基地|中心|平台|枢纽|工程|项目|试点城市))"
    r"建设(?:工作)?$"
)
_PROGRAMME_OBJECTS = ["活动", "项目", "改革", "试点", "登记", "展播", "创作季", "工作", "征集", "专项", "执法检查",
                      "安全检查", "专项检查", "督导检查", "督导核查"]
_OBJECT_HEADS = ["网站", "门户网站", "门户", "数据库", "国际板", "板", "专区", "专线", "快线", "航线", "班列", "线路", "系统",
                 "平台", "小程序", "改革", "栏目", "卫星", "生产线", "工具", "热线", "频道", "专场", "基站"]


def _skip_words(ctx: ArticleContext, pos: int, words: tuple[str, ...]) -> int:
    while True:
        word = next((w for w in words if ctx.text.startswith(w, pos)), None)
        if word is None:
            return pos
        pos += len(word)


def _starts_with_verb(ctx: ArticleContext, s: SentenceView, start: int) -> bool:
    recognizer = ctx.org_recognizer
    if recognizer is None or (start > 0 and ctx.text.startswith("的", start - 1)):
        return False  # (重点建设的|天开高教科创园: after 的 a noun phrase starts, whatever jieba tags its first word)
    first = next((ctx.text[a:b] for a, b in s.tokens if a == start), "")
    # a one-character verb often opens a name (环北部湾…工程, 通…铁路): only words such as 推动 count
    return len(first) > 1 and first in recognizer.pure_verbs and first not in recognizer.proper


_ANNIVERSARY = re.compile(r"[\d一二两三四五六七八九十百]{1,4}(?:多|余)?周?年")  # 130多年来, 75周年


# 按照水利部印发的水量调度计划: a document in force, named by who issued it; 多次出台, 共发布7批:
# releases tallied, not the one this story reports
_JUST = ("最新", "新近", "刚刚", "近日", "日前", "最近")
_IN_FORCE_BY = re.compile(r"(?:按照|根据|依据|依照|遵照)[^，。；]{0,20}$")
_TELLING = ("介绍", "通报", "解读", "说明", "宣布", "回顾")
_YEARS_SINCE = re.compile(r"[\d一二两三四五六七八九十百]{1,4}[多余]?(?:年来|年以来|个月来|个月以来|周年)(?=之际|[，。；\s]|$)")
_EARLIER_STAGE = ("前期", "早前", "先前")


def _earlier_stage(ctx: ArticleContext, s: SentenceView, clause: int, vs: int) -> bool:
    """前期推出…, 教育部前期发布…: earlier, opening the clause or right after who acts (not 春运前期推出…,
    进博会前期发布…: the early stage of an occasion under way)."""
    word = next((w for w in _EARLIER_STAGE if ctx.text.endswith(w, clause, vs)), None)
    if word is None:
        return False
    at = vs - len(word)
    return at == clause or any(e.end == at for e in s.entities if e.label in ("ORG", "GPE"))
_RUN_COUNTED = re.compile(r"了?(?P<n>\d+|[一二两三四五六七八九十百]+)[个项份条部]")
_TALLIED = re.compile(r"(?:多次|累计|(?<![中总公])共)$")  # (not the 共 of 中共印发)
# 28条便民办税措施: a number, then the measures (not 首个, 多项)
_COUNTED_KIND = re.compile(r"(?:\d++|[一二三四五六七八九十两百]++)[条项个]")


def _own_wording(ctx: ArticleContext, s: SentenceView, start: int, end: int) -> int:
    """How many characters of ``start:end`` are words of their own: whole words that are not
    generic_measure_words (the 重大 of 10项重大举措 is generic; 新能源 is a word, not 新)."""
    generic = _generic_words(tuple(ctx.lexicon.trigger_list("generic_measure_words")))
    # (a word running on into the head, 具体措施, counts by its part before the head; a word made of generic
    # words alone, 配套改革, is generic)
    return sum(len(piece) for a, b in s.tokens if a < end and b > start
               and generic.sub("", piece := ctx.text[max(a, start) : min(b, end)]))


@lru_cache(maxsize=4)
def _generic_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))

# what makes a count after a released name a running total whatever day the clause names: 截至5月31日, 到今年
# 5月底, 记者今天获悉 (the day of the telling, not of the release)
_TALLY_SPAN = re.compile(r"截至|截止|到[^，。；]{0,8}底|获悉|了解到")
_TALLY_OF_NAMED = re.compile(r"”?(?:已经|已|累计|共)?达到?(?:\d|[一二两三四五六七八九十百千])")
_REFERRING_KIND = re.compile(r"(?:有关|相关|上述|此类|这些)[\u4e00-\u9fff]{1,4}")
_IN_A_SERIES = re.compile(r"连续第?[\d一二三四五六七八九十]{1,3}次$")


def find_releases(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """Documents, reports and lists published; an item is ``referred`` when the sentence names a
    document in force or tallies releases rather than reporting one (it stays an initiative, with
    no release event)."""
    unnamed = ctx.lexicon.trigger_list("unnamed_release_kinds")
    jointly = ctx.lexicon.trigger_list("issued_jointly_kinds")
    bare = document_heads(ctx)
    for whole in _find_releases(s, ctx):
        if whole["action"] == "下达" and (
            not whole["name"].endswith(_HANDED_DOWN) or whole["name"] in _HANDED_DOWN
            or ctx.text.startswith("完毕", whole["trigger"][1])
        ):
            # 下达资金, 下达命令, 分三批下达完毕…清单: funds, orders, batches tallied; only a list handed down is
            # news, named by more than its kind (…设备更新的项目清单已下达: the name runs past a 的 this reads not)
            continue
        if ctx.text.startswith(_PART_OF, whole["span"][1]):
            continue  # …上的报告的一部分《…》: the part is what is published (_PART_PUBLISHED reads it)
        titled = _TITLED_AFTER.match(ctx.text, whole["span"][1]) if whole["name"] in bare else None
        if titled is None and whole["name"] in unnamed:
            continue  # 外交部发表声明, 据…发表的声明: a statement named by its kind alone is no document of the story
        if titled is None and whole["name"] in jointly and _YEARS_AGO.search(
            ctx.text, ctx.clause_start(s, whole["trigger"][0]), whole["trigger"][0]
        ):
            continue  # 60年前双方发表联合公报: a text of long ago, named by its kind alone, recalled in a speech
        if titled is not None:
            # 发布报告，题为《2023年全球气候状况》: the title the next words give it
            kind = _title_kind(ctx, titled.group(1), inside=False)  # (a title's own head says its kind first)
            whole = {**whole, "name": titled.group(1), "span": titled.span(1),
                     "kind": kind if kind != "other" else _title_kind(ctx, whole["name"])}
        if _SPEECH_AFTER_TITLE.match(ctx.text, whole["span"][1]):
            continue  # 发表题为《…》的重要讲话: the title of a speech given, not of a document published
        for item in _released(ctx, s, whole):
            said = _CONTENT_OPENS.search(ctx.text, item["trigger"][1], s.end)
            if said is not None and item["date"] is not None and any(
                d.start >= said.end() and str(d.attrs.get("value")) == item["date"] for d in s.of("DATE")
            ):
                # 近日发布报告称，2018年4月7日，…: a date of what the document says, not of its release
                item = {**item, "date": ctx.event_date(s, skip=_within((said.end(), s.end)))}
            yield item
    yield from _launched_at_conference(s, ctx)
    for m in _PART_PUBLISHED.finditer(ctx.text, s.start, s.end):
        if is_planned(ctx, s, m.start()) or _negated(ctx, s, m.start()) or find_words(
            ctx.text, ctx.clause_start(s, m.start()), m.start(), ctx.lexicon.trigger_list("record_words")
        ) or ctx.dated_before_this_year(s, s.start, m.start(), year_written=True):
            continue  # 将于…发表, 未发表, 2019年，…曾发表: not published now
        # (the day the speech was given, inside the description, is not the day of publication)
        yield _item(m.group("name"), _title_kind(ctx, m.group("name")), m.group("verb"), m.span("name"), m.span("verb"),
                    ctx.event_date(s, skip=_within((m.start("verb"), m.end()))), _actors(ctx, s, m.start("verb")))


# 丁薛祥在“国际零碳岛屿合作倡议”发布会上表示: the launch conference of a document, held, releases it
_LAUNCH_CONFERENCE = re.compile(r"“(?P<name>[^“”，。；]{2,30})”(?P<verb>发布)会")


def _launched_at_conference(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """“国际零碳岛屿合作倡议”发布会上…: a document's launch conference, held the story's day or before,
    releases it (not one to come, put off, recalled or of a past year)."""
    for m in _LAUNCH_CONFERENCE.finditer(ctx.text, s.start, s.end):
        name = m.group("name")
        kind = _title_kind(ctx, name, inside=False)
        if kind == "other" and not name.endswith(_PROPOSALS):
            continue  # “数字中国”发布会, “央博”发布会: a brand or a platform, not a document
        cut = next((a for a, b in s.tokens if a >= m.end() and ctx.text[a:b] in ("并", "并且")), ctx.clause_end(s, m.end()))
        end = min(cut, ctx.clause_end(s, m.end()))  # (…今天举行并将巡回宣讲: held; not 并购)
        not_held = find_words(ctx.text, m.end(), end, list(_NOT_HELD_WORDS), s.word_starts)
        if is_planned(ctx, s, m.start()) or _negated(ctx, s, m.start()) or not_held or find_words(
            ctx.text, ctx.clause_start(s, m.start()), m.start(), ctx.lexicon.trigger_list("record_words")
        ) or ctx.dated_before_this_year(s, s.start, m.start(), year_written=True) or any(
            m.end() <= d.start < end and str(d.attrs.get("value") or "")[:10] > (ctx.published or dt.date.min).isoformat()
            for d in s.of("DATE")
        ):
            continue  # 将举行“…报告”发布会, “…”发布会将于下月举行, …被推迟, 筹备工作, 曾出席, 2019年，…: not held now
        yield _item(name, kind, "发布", m.span("name"), m.span("verb"), ctx.event_date(s))  # (who speaks there need not issue it)


_PROPOSALS = ("倡议", "倡议书")
_NOT_HELD_WORDS = ("将", "将于", "即将", "拟", "拟于", "筹备", "推迟", "延期", "取消")  # (words of their own)


_YEARS_AGO = re.compile(r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})多?年前")
_CONTENT_OPENS = re.compile(r"(?:称|说|表示|指出|显示)[，,：:]")
_FINDINGS_OPEN = re.compile(r"显示[，,：:]$")  # (a survey's or report's findings follow, not the day's news)


def _findings_clause(ctx: ArticleContext, s: SentenceView, clause: int) -> bool:
    """The clause at ``clause`` comes right after a 显示， that opens what a report or survey finds."""
    return clause > s.start and _FINDINGS_OPEN.search(ctx.text, max(s.start, clause - 3), clause) is not None
# what 下达 releases: a list of projects (2023年增发国债第二批项目清单已下达), as dev and the audits read it
_HANDED_DOWN = ("项目清单", "名单")


# (对查处的6起…典型问题进行公开通报: a short description before 的 is no part of the name)
_BRIEFED_BEFORE = re.compile(r"对(?:[^，。；对的]{1,8}的)?([^，。；对]{4,40}?)进行了?(?:公开)?$")
_BARE_WORK = re.compile(r"[\u4e00-\u9fff]{2}工作")
_LIST_GOES_ON = re.compile(r"[，,]?以及|[、和及]")
_TITLED_AFTER = re.compile(r"[，,]?(?:题为|名为|题目为)《([^《》]{2,40})》")
# 《求是》杂志发表习近平…在…上的报告的一部分《…》: the part of a speech or report published, by its own title
_PART_OF = ("的一部分《", "的节选《", "的部分内容《")
_PART_PUBLISHED = re.compile(r"(?P<verb>发表|刊发|刊登)[^，。；《》]{2,90}?的(?:一部分|节选|部分内容)《(?P<name>[^《》]{2,40})》")
# (题为《…》的主题演讲, …的一般性辩论演说, …的祝酒辞: whatever words describe it, a speech given)
_SPEECH_AFTER_TITLE = re.compile(
    r"》?的[^，。；《》“”]{0,8}?(?:讲话|演讲|演说|致辞|致词|祝酒辞|祝酒词|答谢辞|答谢词|贺词|发言|报告会)(?!提纲|读本|稿|集|汇编|选编|文本)"
)


def _bare_kinds(ctx: ArticleContext, name: str) -> bool:
    """发表的法律、条例, 白皮书: kinds of documents only (not 关于…的意见, a document named)."""
    kinds = document_heads(ctx)
    return not _ABOUT.match(name) and all(
        p in kinds or p in _LAW_KINDS for p in re.split(r"[、和及]", name.rsplit("的", 1)[-1])
    )


_LAW_KINDS = ("法律", "法规", "法令")
_BARE_POLICY = re.compile(
    r"(?:国家|省|市|县|地方|中央|各级)?(?:层面|级)?的?(?:相关|有关|各项)?政策"
    # (具体措施, 有关政策措施, 一揽子政策和接续措施: measures in general; a bare 措施 that named bodies 联合出台
    # is news of one text)
    r"|(?:相关|有关|各项|具体|配套|更多|一些|接续|后续)(?:措施|举措|政策措施|政策举措)"
)
_PICKED_FOR = re.compile(r"(?:入选|获评|荣获|列入|纳入|登上|上榜)了?(?:本届|今年|首次|最新|新一届|该|此次|年度)*$")


def _released(ctx: ArticleContext, s: SentenceView, whole: dict[str, Any]) -> Iterable[dict[str, Any]]:
    # 《中国互联网发展报告2024》和《世界互联网发展报告2024》…发布: each title listed is released
    listed = _JOINED_TITLES.fullmatch(whole["name"]) is not None
    parts = [(whole["span"][0] + t.start(t.lastindex or 1), whole["span"][0] + t.end(t.lastindex or 1))
             for t in _TITLE_NAME.finditer(whole["name"])] if listed else []
    for item in [{**whole, "name": ctx.text[a:b], "span": (a, b), "listed": True} for a, b in parts] or [whole]:
        vs, ve = item["trigger"]
        if _BARE_POLICY.fullmatch(item["name"]) or (item["name"] == "声明" and _SPEECH_AFTER.match(ctx.text, item["span"][1])):
            continue  # 各地不断出台政策, 国家层面政策出台: no document named; 发表声明称…: what was said, not a document
        if "还是" in item["name"]:
            continue  # 无论是出台法律法规还是政策措施: kinds offered as alternatives, no document named
        if item["name"] in ("措施", "举措") and ctx.text[vs - 1 : vs] == "、":
            continue  # 制定政策、出台举措: a pair of duties done in general, no document named
        if item["name"].startswith("包括"):
            continue  # 提出包括“金砖+”合作模式等一系列重要主张和倡议: what is listed, summed up by no one name
        if _SESSIONS_COUNTED.search(item["name"]) and item["span"][1] <= vs:
            continue  # 举办了19场专业论坛、…与11场重要成果发布: release sessions counted, 发布 a noun
        clause = ctx.clause_start(s, vs)
        if ctx.text.startswith("的", ve) and _PICKED_FOR.search(ctx.text, clause, vs):
            continue  # …等入选今年首次发布的“成长性文化企业30强”: which list they joined, its release told before
        if item["action"] == "通报" and (not item["name"].endswith(("案例", "典型问题")) or _unbriefed(ctx.text[clause:vs])):
            # 通报了…情况: what a briefing tells; only cases a named briefer makes public (督察通报7个典型案例,
            # 中央纪委国家监委公开通报十起…典型问题) are a release (not 严肃查处…，通报典型案例: a duty listed)
            continue
        if _WHEN_TIMELY.search(ctx.text, max(clause, vs - 6), vs) and not ctx.text.startswith("《", item["span"][0] - 1):
            continue  # 适时出台务实管用的政策措施, 及早储备并适时推出增量政策举措: an untitled document called for
            # (近日适时推出《…若干措施》 is released)
        untitled = not ctx.text.startswith("《", item["span"][0] - 1)
        batch = item["name"].startswith(("系列", "一系列")) or _SUMMED_BATCH.search(item["name"]) is not None
        if untitled and batch and item["name"].endswith(("举措", "措施", "政策")):
            continue  # 三中全会推出的系列重要改革举措, 中国近期出台的系列重要举措: a batch, no one document named
        if untitled and is_demanded(ctx, s, vs):
            continue  # 发布行政令，要求…巴士公司…发出通知: a notice the order demands of others
        if untitled and _bare_kinds(ctx, item["name"]) and _DOCUMENTS_TALLIED.match(
            ctx.text, item["span"][1], ctx.clause_end(s, item["span"][1])
        ):
            continue  # …颁布发表的法律、条例、白皮书等21篇: kinds of documents counted, none named
        if untitled and (
            _VAGUE_COUNT.match(item["name"]) or item["name"].startswith("据")
            or _SIGNIFICANT_AFTER.match(ctx.text, item["span"][1])
        ):
            # 会同财政部出台20多项管理办法: a tally of documents, none named (20项新措施 is one release);
            # 据日本气象厅发布: who the figures are from, not what was published; 制定出台一揽子支持政策，对于…
            # 具有重要意义: a release weighed, as a subject, not reported
            continue
        subject = min((a for a, _ in clauses_carried_on(ctx, s, clause)), default=clause)
        if untitled and not (item["name"].startswith("联合") or item["action"].startswith("联合")) and find_words(
            ctx.text, max(subject, vs - 24), vs, ctx.lexicon.trigger_list("distributed_hosts")
        ):
            # 各地陆续出台积极举措, 全国多地出台措施, 各地把…摆在优先位置，出台务实举措: many hosts' measures, none
            # named (多家机构3日发布联合声明: one text they issue together)
            continue
        if untitled and _ENCOURAGED.search(ctx.text, clause, min(vs, item["span"][0])):
            continue  # 鼓励各地结合实际出台配套支持政策: measures encouraged, not issued (not 鼓励外商投资产业目录 itself)
        if item["date"] is not None and item["date"] == ctx.event_date(s):
            # 日前…公布《…条例》，自2022年11月1日起施行: published that day, in force from the later one
            item["date"] = ctx.event_date(s, ctx.bounds_a_period)
        # (中国…将发布《全球数据跨境流动合作倡议》, 峰会还将通过《宣言》: announced, so no release event yet)
        item["referred"] = bool(
            is_planned(ctx, s, vs)
            or _period_opens(ctx, s, vs)  # 截至目前，…，出台了《湿地保护法》: one of the period's achievements
            # (博览会将举办…系列活动，并集中发布…成果: the plan of the clause 并 carries on)
            or (ctx.text.startswith("并", clause) and clause > s.start
                and _WILL_HOLD.search(ctx.text, ctx.clause_start(s, clause - 1), clause - 1) is not None)
            # (but 根据最新发布的…报告显示: the report just released is news, when named by more than its kind)
            # (nor 根据美国国家运输安全委员会23日发布的报告: a report its day dates is that day's news)
            or (ctx.text.startswith("的", ve) and _IN_FORCE_BY.search(ctx.text, clause, vs)
                and not (ctx.text.endswith(_JUST, clause, vs) and item["name"] not in document_heads(ctx))
                and not (item["name"] == "报告" and _dated_by_day(s, clause, vs)))
            or _TALLIED.search(ctx.text, clause, vs)
            or _earlier_stage(ctx, s, clause, vs)  # (前期推出财政金融政策…: released before, told again)
            # (中央连续出台的第12个…一号文件: a record of releases; not 今天连续发布两份报告)
            or (ctx.text.endswith("连续", clause, vs) and (ctx.text.startswith("的第", ve) or (
                (run := _RUN_COUNTED.match(ctx.text, ve)) is not None and (parse_small_int(run.group("n")) or 0) >= 10
                and CURRENT_FRAME.search(ctx.text, s.start, vs) is None and not s.of("DATE")
            )))  # (中央连续出台20个一号文件: a run of years; not 今天连续发布两份报告, 生态环境部连续发布两个通知)
            # (公布…的“湾区标准”已经达到183项: a tally; not 今天公布的“湾区标准”达到20项, 本次大会发布的…达50个: what
            # the day's release counts, the day or occasion right before its verb)
            or (_TALLY_OF_NAMED.match(ctx.text, item["span"][1]) is not None and (
                _TALLY_SPAN.search(ctx.text, clause, vs) is not None or not (
                    _THE_DAY.search(ctx.text, clause, vs) or _dated_by_day(s, clause, vs)
                    or find_words(ctx.text, clause, vs, list(THIS_OCCASION))
                )))
            # (…进展报告显示，我国已有24个省…印发了…方案: what a report finds, in the clause right after 显示,
            # not a release of the day; but 数据显示，…，生态环境部今天发布了…: a clause of its own, dated)
            or (_findings_clause(ctx, s, clause) and not _THE_DAY.search(ctx.text, clause, vs)
                and not _dated_by_day(s, clause, vs))
            or _YEARS_SINCE.match(ctx.text, item["trigger"][1], s.end) is not None  # 《交通强国建设纲要》印发五年来: long since
            or (ctx.text.endswith("相继", s.start, vs) and ctx.text.startswith("多项", ve))  # 相继出台多项…措施
            # 及时果断出台稳经济一揽子政策和接续措施, 近期我们陆续推出一揽子增量政策: policies a speech looks
            # back on, untitled (a titled one, 及时出台《…条例》, is still named news)
            or (not ctx.text.startswith("《", item["span"][0] - 1) and (
                _POLICY_LOOKED_BACK.search(ctx.text, max(clause, vs - 6), vs) is not None
                or ctx.text.find("我们", clause, vs) >= 0
                # (我们还给予…，制定了…新举措: the speaker's; not 在本次会晤中，我们…，发表了峰会宣言: this meeting's)
                or (ctx.text.find("我们", subject, vs) >= 0 and _THIS_OCCASION.search(ctx.text, s.start, vs) is None)
            ))
            # 暂行措施出台后，…: what followed a release made before (a titled one, 《…方案》发布后, is still
            # news of the document, as the gold reads it)
            or (ctx.text.startswith(_AFTER_RELEASE, ve) and item["span"][1] <= vs
                and not ctx.text.startswith("《", item["span"][0] - 1))
            # 国务院常务会议…审议通过《…（草案）》, 会议审议通过了《…工作规则》: a working meeting adopts a text,
            # which the annotators list as the meeting's business (optional), not as a release
            # (but …已由…常务委员会第十次会议于…通过，现予公布: a law promulgated is released)
            # (a summit's or conference's outcome text, 会议通过了《阿布扎比部长宣言》, is released, and so is a
            # text a publication verb governs: 受权播发…会议通过的《…章程》)
            or (_ADOPTION.search(item["action"]) is not None and _WORKING_MEETING.search(ctx.text, s.start, vs) is not None
                and _PROMULGATED.search(ctx.text, ve, s.end) is None
                and (ctx.text.startswith("的", ve) or (
                    not ctx.lexicon.headed_by(re.sub(r"[·•]\d{4}$", "", item["name"]), "outcome_text_heads")
                    and _OUTCOME_MEETING.search(ctx.text, s.start, vs) is None
                    # (会议通过《…宣言》和《…2030创新发展战略》等成果文件: each called an outcome by the list)
                    and "成果文件" not in ctx.text[item["span"][1] : ctx.clause_end(s, item["span"][1])]))
                and not (ctx.text.startswith("的", ve) and _PUBLISHED_BEFORE.search(ctx.text, clause, vs) is not None))
        )
        if _REFERRING_KIND.fullmatch(item["name"]) and (item["referred"] or _IN_A_SERIES.search(ctx.text, clause, vs)):
            continue  # 这是连续第十次发布有关报告: the series referred to by its kind, none named (四部门发布有关通知 is one)
        yield item


_REGULATION_NAME = re.compile(r"(?:条例|规定|办法|细则|[\u4e00-\u9fff]{6,}法)$")
_SIGNIFICANT_AFTER = re.compile(r"[，,]对于?[^。；]{0,40}?(?:具有重要意义|具有重大意义|意义重大|至关重要)")
_COUNTED_PROGRAMMES = re.compile(r"(?:\d+|[一二三四五六七八九十百千]+)[多余]?[项个批类]")
_VAGUE_COUNT = re.compile(
    r"(?:\d{1,6}|[一二三四五六七八九十]{1,6})[多余]项|(?:数十|数百|上百|上千|几十|几百)[个项条部份]?|多项"
    r"|(?:\d{1,6}|[两三四五六七八九十]{1,6})批"
)
_AFTER_RELEASE = ("后", "以来", "之后", "以后")
_ADOPTION = re.compile(r"通过$")
_ENCOURAGED = re.compile(r"鼓励|引导|支持各地|推动各地")
_WORKING_MEETING = re.compile(r"(?<!大)会议|全会|会上")
_PROMULGATED = re.compile(r"现予公布|予以公布|公布施行")
_OUTCOME_MEETING = re.compile(r"峰会|部长级会议|领导人会议|论坛")
_PUBLISHED_BEFORE = re.compile(r"播发|公布|发布|印发|刊发|发表")
_WHEN_TIMELY = re.compile(r"适时|及早|择机|相机")
# the word a trigger ends or continues, not the trigger: 落实落地 (carried out), 研发出 (developed)
_NOT_BEFORE_VERB: dict[str, tuple[str, ...]] = {"落地": ("落实",), "发出": ("研",)}
_POLICY_LOOKED_BACK = re.compile(r"(?:及时|果断)[\u4e00-\u9fff]{0,4}$")
_NAMED_RELEASE_STOP = re.compile(r"[、，；：]|(?:举办|举行|开展)了?|包括|还有|以及")


def _unbriefed(before: str) -> bool:
    """No one stands before 通报 in its clause to brief (，通报典型案例; 查处并通报…)."""
    return re.search(r"[\u4e00-\u9fff]", before) is None or before.endswith(("、", "并", "和", "及"))


_TITLE_NAME = re.compile(r"《([^《》]{2,40})》|“([^“”]{4,40})”")
# (“2024·全国文化企业30强”和“2024·全国成长性文化企业30强”发布: quoted names joined, each a list)
_JOINED_TITLES = re.compile(
    r"(?:《[^《》]{2,40}》(?:和|及|与|、)?)+《[^《》]{2,40}》|(?:“[^“”]{4,40}”(?:和|及|与|、))+“[^“”]{4,40}”"
)
_DOCUMENTS_TALLIED = re.compile(r"(?:、[^，。；、]{1,6})*等[\d一二三四五六七八九十百千]+[余多]?[篇部件份]")
_COUNTED_SESSIONS = re.compile(r"(?:上|近|超|数)?(?:\d+|[一二两三四五六七八九十百千万]+)[余多]?[场次](?!性)")  # (not 一次性)
_SESSIONS_COUNTED = re.compile(r"(?:\d+|[一两三四五六七八九十百千多数]+)[余多]?场")
_SPEECH_AFTER = re.compile(r"[，,]?(?:称|说|表示|指出|强调|宣布)")


_SERVICE_VERBS = frozenset({"推出", "发布", "正式发布", "联合发布"})
_FIRST_IN_NAME = re.compile(rf"首(?:{_FIRST_MEASURES}|款)|第一")  # 行业内首个…系统: the first of a kind, described


def _find_releases(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    verbs = ctx.lexicon.trigger_list("release_verbs")
    heads = [h for hs in ctx.lexicon.triggers["document_heads"].values() for h in hs] + ["政策措施", "行动方案"]
    seen: set[int] = set()
    names = s.of("ORG")
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, verbs):
        if ctx.text.startswith(("会", "厅", "平台", "审核", "机制", "渠道", "时间", "方式", "制度"), ve):
            continue  # 发布会, 发布厅: the meeting, not a release; 信息发布审核, 数据发布制度: a noun
        if any(o.start <= vs and ve <= o.end for o in names):
            continue  # 由…香港中和出版有限公司出版发行: the verb inside a publisher's name
        if verb == "播发" and vs not in s.word_starts:
            continue  # 利用互联网直播发布广告: 直播|发布, not 播发
        if ctx.text.endswith(_NOT_BEFORE_VERB.get(verb, ()), s.start, vs):
            continue
        if ctx.text.endswith(tuple(ctx.lexicon.trigger_list("launch_verbs")), s.start, vs):
            continue  # “全民安全公开课”上线推出: the launch verb's run, which the launch rule reads
        if verb in ("制定", "制订") and not ctx.text.startswith("《", ve) and (
            not _DRAWN_UP_PLAN.match(ctx.text, ve, s.end) or _DRAFTING.search(ctx.text, s.start, vs)
            or _URGED_TO.search(ctx.text, ctx.clause_start(s, vs), vs)
        ):
            # 制定政策: drawn up, in general (上海制定《…实施方案》 names what it issues, as 云南制定全省…实施方案
            # names its plan by its head; 正在研究制定…行动计划 is still being drafted, 督促各市制定… asked of others)
            continue
        if verb.startswith("出版") and ctx.text.startswith(("的", "社", "物", "业", "界", "座谈", "研讨", "工作", "集团"), ve):
            continue  # 今天出版的《人民日报》发表…, 出版座谈会, 出版社: not a book published
        if is_directive(ctx, s, vs) or _negated(ctx, s, vs, ve):
            continue  # 要制定出台促进民间投资的政策措施: called for, not released; 仍未公布: not at all
        briefed = _BRIEFED_BEFORE.search(ctx.text, ctx.clause_start(s, vs), vs) if verb == "通报" else None
        if briefed is not None and ctx.text.endswith(tuple(heads), briefed.start(1), briefed.end(1)):
            # 对7起违反中央八项规定精神典型问题进行公开通报: what is made public stands before the verb, after 对
            yield _item(briefed.group(1), "report", verb, briefed.span(1), (vs, ve), ctx.event_date(s), _actors(ctx, s, vs))
            continue
        if ctx.text.startswith("的", ve) and ctx.text.endswith(_EARLIER, s.start, vs):
            continue  # 已出台的稳经济一揽子政策: documents released before, referred to
        if verb == "发布" and ctx.text.startswith(("、", "活动", "仪式", "等"), ve) and not _document_before(ctx, s, vs):
            # 举办…世界互联网大会蓝皮书发布、…等系列活动: the release an occasion is named by
            start = max((m.end() for m in _NAMED_RELEASE_STOP.finditer(ctx.text, ctx.clause_start(s, vs), vs)),
                        default=ctx.clause_start(s, vs))
            name = ctx.text[start:vs]
            generic = generic_words(ctx)
            if (4 <= len(name) <= 30 and name.endswith(tuple(heads)) and _noun_phrase(ctx, s, (start, vs), announced=True)
                    and not is_generic(name, heads, generic) and not is_planned(ctx, s, vs)):
                yield _item(name, _title_kind(ctx, name), verb, (start, vs), (vs, ve), ctx.event_date(s))
                continue
            # (组委会今天发布活动方案, 发布、解读《…》白皮书: the object follows after all)
        pos = _skip(ctx, ve, s.end, counts=False)  # 发布20项便利措施: the count names the document
        if verb.endswith("发布") and ctx.text.startswith("实施", pos):
            pos = _skip(ctx, pos + 2, s.end, counts=False)  # 正式发布实施…制度规则: released and in force at once
        if (focus := _FOCUS_FIRST.match(ctx.text, pos)) is not None:
            pos = focus.end()  # 发布了以制造业为重点，促进外资…的若干政策措施: the focus, then the document
        before_title = (_REVISED.match(ctx.text, pos) or _ISSUE_ORDINAL.match(ctx.text, pos)
                        or _OUTCOME_TEXT.match(ctx.text, pos) or _FIRST_BEFORE_TITLE.match(ctx.text, pos))
        if before_title is not None and ctx.text.startswith("《", before_title.end()):
            # 印发了新修订的《中国共产党巡视工作条例》, 发布第53次《中国互联网络发展状况统计报告》: the title is the object
            pos = before_title.end()
        if ctx.text.startswith("包括", pos):  # 出台了包括A、B等在内的20条措施: past the list to what it sums up
            inside = ctx.text.find("在内的", pos, ctx.clause_end(s, pos))
            pos = inside + 3 if inside > 0 and _MEASURE_COUNT.match(ctx.text, inside + 3) else pos
        counted = _counted_start(ctx.text, pos, ctx.clause_end(s, pos))
        if verb == "提出" and (
            counted is None or not _MEASURE_COUNT.match(ctx.text, counted)
            or _document_before(ctx, s, vs) or find_words(ctx.text, s.start, vs, [v for v in verbs if v != "提出"] + heads)
        ):
            # 提出 releases only a counted set of measures (提出16条举措; 提出要求 releases nothing), and
            # not when the sentence has released or named a document already: then it says what that
            # document contains (发布了《…若干举措》，…提出16条举措; “行动方案”提出了195条任务举措)
            continue
        if verb in ("出台", "推出") and counted is not None and _MEASURE_COUNT.match(ctx.text, counted) and any(
            e.end <= vs and find_words(ctx.text, ctx.clause_start(s, e.start), e.start, verbs) for e in s.of("WORK_OF_ART")
        ):
            continue  # 上海制定《…实施方案》，…，出台…等10项具体举措: the measures of the document just released
        clause_end = ctx.clause_end(s, pos)
        if (titled := _TITLED_AS.match(ctx.text, clause_end)) is not None and _ARTICLE_BEFORE.search(ctx.text, pos, clause_end):
            clause_end = ctx.clause_end(s, titled.end())  # 发表评论员文章，题目是《…》: the title the next clause gives
        titles = [e for e in s.of("WORK_OF_ART") if pos <= e.start and e.end <= clause_end]
        adopted = [e for e in s.of("WORK_OF_ART") if e.end < vs and _ADOPTED_BY.fullmatch(ctx.text, e.end, vs)]
        if "通过" in verb and adopted:
            # 《…法》已由…常务委员会第十次会议于2024年6月28日修订通过: the law a session passed
            t = adopted[-1]
            yield _item(str(t.attrs["title"]), _title_kind(ctx, str(t.attrs["title"]), t.end), verb, (t.start + 1, t.end - 1),
                        (vs, ve), ctx.event_date(s))
            continue
        if "通过" in verb and titles and _adopting_vote(ctx, s, vs, ve, verb) and (
            approvals := list(_approval_decisions(ctx, s, pos, (vs, ve), verb))
        ):
            yield from approvals  # 表决通过了…关于批准《…引渡条约》的决定: the decisions adopted, each naming a treaty
            continue
        if "通过" in verb and not (titles and titles[0].start == pos and (
            _ADOPTED.match(ctx.text, titles[-1].end) or ctx.text.startswith(("和《", "及《"), titles[-1].end)
            or _listed_document(ctx, s, titles[-1].end, heads) is not None
        )):
            if not titles:
                yield from _adopted_unquoted(ctx, s, vs, ve, verb)
            continue  # 通过视频, 通过《人民日报》客户端: only 通过《…》 closing the clause adopts a document
        if titles and ctx.text.endswith("报道", pos, titles[0].start):
            continue  # 《新闻联播》推出系列报道《…》: the programme's own series, not a document (nor 《新闻联播》)
        article = bool(titles) and titles[0].start != pos and _ARTICLE_BEFORE.search(ctx.text, pos, titles[0].start) is not None
        genre: re.Match[str] | None = None
        if article:
            titles = titles[:1]  # 发表…的重要文章《…》: the article is what is published
        elif titles and titles[0].start != pos and (genre := _GENRE_BEFORE.fullmatch(ctx.text, pos, titles[0].start)) and (
            ctx.text.startswith("的", ve) or _TITLE_ENDS_OBJECT.match(ctx.text, titles_run(ctx.text, titles)[-1].end)
        ):
            # 推出大型文化节目《中国书法大会》: the programme its genre introduces (and those listed with it:
            # 推出直播特别节目《传奇中国节·春节》以及《…春节大联欢》)
            titles = titles_run(ctx.text, titles)
        elif titles and titles[0].start != pos and _SUBMITTED.fullmatch(ctx.text, pos, titles[0].start):
            titles = titles[:1]  # 批复湖南省政府、商务部提交的《…总体方案》: what was submitted is the object
        elif titles and titles[0].start != pos and _ABOUT.fullmatch(ctx.text, pos, titles[0].start):
            titles = titles[:1]  # 发布关于公路建设项目的《环境影响评价技术导则》: what the title is about, then it
        elif titles and titles[0].start != pos and _TITLED_WORK.fullmatch(ctx.text, pos, titles[0].start) and (
            _TITLED_WORK_KIND.match(ctx.text, titles[0].end)
        ):
            # 受权全文播发习近平同志在…大会上…作的题为《…》的报告: the report, by its title
            titles = titles[:1]
        elif titles and titles[0].start != pos:
            titles = [t for t in titles if ctx.text[t.start - 1] in "、和与及"] if titles[0].start > pos else titles
        if not titles:
            # 《T》在会上发布 / 《T》正式发布: the title closes the clause before the verb (but
            # 《2025年春节联欢晚会》发布主题和主标识 releases what follows the verb, not the gala)
            start = ctx.clause_start(s, vs)
            object_after = _OBJECT_AFTER.match(ctx.text, pos, clause_end) is not None and not verb_at(ctx, pos)
            titles = [e for e in s.of("WORK_OF_ART") if start <= e.start and e.end <= vs and not object_after
                      # (《…报告（2024年）》近日由生态环境部环境规划院发布: who releases it, after 由)
                      and len(_BY_WHOM.sub("", _ALIAS_BRACKET.sub("", _past_quoted_list(
                          without_dates(ctx, s, e.end, vs)), count=1))) <= 8
                      and not ctx.text.startswith(_PUBLICATIONS, e.end)  # 《求是》杂志发表…: where, not what
                      and not _newspaper(ctx, str(e.attrs["title"]))]  # 出版的《人民日报》发表评论员文章
            if not titles and verb.startswith("出版"):
                # 《论坚持和完善人民代表大会制度》，近日由中央文献出版社出版: the book its publisher publishes
                titles = [e for e in s.of("WORK_OF_ART") if e.end < vs and _PUBLISHED_BY.fullmatch(ctx.text, e.end, vs)][-1:]
            # (a book its publisher publishes may stand a clause before the verb, with the list it ends)
            listed_from = s.start if titles and titles[-1].end < start else start
            titles = _with_titles_listed_before(ctx, [e for e in s.of("WORK_OF_ART") if listed_from <= e.start], titles)
            if titles and (quoted_after := _QUOTED_LISTED_AFTER.match(ctx.text, titles[-1].end, vs)) is not None:
                # (…》、“长城、大运河…国家文化公园建设方案”等相继出台: a document the list quotes is released too;
                # not “健康中国战略”, a course named, nor a kind no document has)
                for q in _QUOTED_LISTED_ITEM.finditer(ctx.text, quoted_after.start(), quoted_after.end()):
                    inner = q.group(1)
                    if inner.endswith(tuple(heads)) and not inner.endswith(_COURSES):
                        yield _item(inner, _title_kind(ctx, inner), verb, q.span(1), (vs, ve), ctx.event_date(s),
                                    _actors(ctx, s, vs))
        # (not a body inside the quoted name: “朱鹮国家保护研究中心”获批)
        near = [o for o in s.of("ORG") if o.end <= vs and vs - o.end <= 4 and ctx.clause_start(s, vs) <= o.start
                and outside_quotes(ctx.text, s.start, o.start)]
        if near:
            # (上交所、深交所、北交所发布通知: the bodies listed before the nearest, each joined to the next)
            while (chained := next((o for o in s.of("ORG") if o.end + 1 == near[0].start
                                    and ctx.text[o.end] in "、和与及" and ctx.clause_start(s, vs) <= o.start), None)) is not None:
                near.insert(0, chained)
        actors = [ctx.text[o.start : o.end] for o in near]
        if titles and _WORKS_COUNTED.match(ctx.text, titles[-1].end):
            titles = []  # 推出《热血河山》《大道十年》等24部精品节目: programmes and films, not documents
        for t in titles:
            if t.start in seen:
                continue
            seen.add(t.start)
            title = str(t.attrs["title"])
            kind = "other" if genre else _title_kind(ctx, title, t.end)  # (a programme: no document, whatever it ends in)
            if (edition := _LANGUAGE_EDITION.match(ctx.text, t.end)) is not None:
                # 《解码十年》多语种版本发布, 《…学习问答》英文版由…出版: the edition in another language is what
                # is published, named with its work's title as the annotators write it
                yield _item(ctx.text[t.start : edition.end()], kind, verb, (t.start, edition.end()), (vs, ve),
                            ctx.event_date(s), actors)
                continue
            yield _item(title, kind, verb, (t.start + 1, t.end - 1), (vs, ve), ctx.event_date(s), actors)
        if titles and (titles[0].start == pos or article):
            listed = None if article else _listed_document(ctx, s, titles[-1].end, heads)
            if listed is not None:
                name = ctx.text[listed[0] : listed[1]]
                if not _VAGUE_BATCH.match(name) and not _starts_with_verb(ctx, s, listed[0]):
                    yield _item(name, _np_kind(ctx, name), verb, listed, (vs, ve), ctx.event_date(s), actors)
            continue
        if verb == "揭晓" and not titles and (prizes := _PRIZE_RESULTS.fullmatch(ctx.text, ctx.clause_start(s, vs), vs)):
            # 第三十二届中国新闻奖、第十七届长江韬奋奖评选结果今天揭晓: each prize is awarded
            at = prizes.start(1)
            for name in re.split("[、 　]", prizes.group(1)):
                yield _item(name, "competition", verb, (at, at + len(name)), (vs, ve), ctx.event_date(s), actors)
                at += len(name) + 1
            continue
        if verb == "揭晓" and (prize := _PRIZE_CATEGORIES.fullmatch(ctx.text, ctx.clause_start(s, vs), vs)) is not None:
            # “金椰奖”最佳影片、最佳导演等九大奖项隆重揭晓, “华表奖”“金鸡奖”等五大奖项: each prize whose
            # categories are out is awarded (not “最佳影片奖”, 一等奖: a category)
            named = [q.span() for q in _QUOTED_NAME.finditer(ctx.text, *prize.span(1)) if not _CATEGORY.match(q.group(1))]
            if not ctx.text.startswith("“", prize.start(1)):
                named = [prize.span(1)]  # 第36届中国电影金鸡奖最佳故事片、最佳导演等20个奖项揭晓: a prize named by its edition
            for a, b in named:
                yield _item(ctx.text[a:b], "competition", verb, (a, b), (vs, ve), ctx.event_date(s), actors)
            if named:
                continue
        about = _ABOUT_DOCUMENT.match(ctx.text, pos, s.end) if not titles else None
        # 发布关于给陈冬、刘洋颁发“二级航天功勋奖章”，授予…荣誉称号的决定: an untitled 关于…的 document, whose
        # subject may hold commas
        after = [about.span()] if about is not None else _phrases_after(ctx, s, pos, heads, limit=30)
        while after and len(after) < 8 and (joined := _LIST_GOES_ON.match(ctx.text, after[-1][1], s.end)) is not None:
            # 发布了12项“…精品案例”和15项年度领先科技成果，以及世界互联网大会蓝皮书: a list that runs past the
            # window, or on after 以及, names each item it joins
            more = _phrases_after(ctx, s, joined.end(), heads, limit=30)[:1]
            count = COUNT_PREFIX.match(ctx.text, joined.end())  # (15项|年度领先科技成果: the count left out of the name)
            if not more or more[0][0] not in (joined.end(), count.end() if count else joined.end()) or find_words(
                ctx.text, joined.end(), joined.end() + 4, verbs
            ):
                break  # (出台…规划、印发…文件: the next item is a verb's own, which that verb releases)
            after += more
        if not after and verb in _SERVICE_VERBS and not LIST_SEP.match(ctx.text, ve):
            # 推出“阳光志愿”信息服务系统, 发布了…综合服务平台: a service put out, when no document is (not
            # 推出A平台、B平台等建设方案, plans for platforms; nor 权威发布、…联盟平台等方面: 发布 a noun in a list)
            # (not 推出公共服务平台的做法: a practice; nor 推出了行业内首个…巡检系统: a product described)
            after = [(a, b) for a, b in _phrases_after(ctx, s, pos, ctx.lexicon.trigger_list("service_heads"), limit=30)
                     if not ctx.text.startswith("的", b) and not _described(ctx, ctx.text[a:b])
                     and not (_FIRST_IN_NAME.search(ctx.text, a, b) and "“" not in ctx.text[a:b])]
        emblems = tuple(ctx.lexicon.triggers["document_heads"]["other"])
        if len(after) > 1 and all(ctx.text[b:a] in ("、", "和", "及", "与") for (_, b), (a, _) in pairwise(after)) and (
            (ctx.text[after[0][0] : after[0][1]].endswith(emblems) and all(ctx.text[a:b] in emblems for a, b in after[1:]))
            or (ctx.text[after[0][0] : after[0][1]] in emblems and all(ctx.text.startswith(emblems, a) for a, _ in after[1:]))
        ):
            # 发布了十五运会和残特奥会主题口号、会徽和吉祥物: the emblems the first one's modifier names are
            # one release; so is 会徽和吉祥物设计方案, a bare emblem joined to an emblem's name (not 观赛指南和吉祥物,
            # 会徽和观赛指南)
            after = [(after[0][0], after[-1][1])]
        after = [(a, b) for a, b in after if ctx.text[a:b] not in emblems]  # (a bare 吉祥物 names no one's mascot)
        if not after:
            # 推出强化…、开展…、推行…等30项举措: a long list summed up by its count is one document
            after = [sp for sp in _phrases_after(ctx, s, pos, heads, limit=120) if _MEASURE_COUNT.match(ctx.text, sp[0])]
        if not after and not titles and (ctx.clause_end(s, ve) - ve <= 1 or ctx.text[ve : ctx.clause_end(s, ve)] == "以来"):
            # 中国企业全球形象评价体系发布: the thing released closes the clause before the verb (优化调整
            # 疫情防控二十条措施发布以来: or the time since it was)
            before = subject_phrase(ctx, s, ctx.clause_start(s, vs), vs, [h for h in heads if h not in emblems])
            if before is not None and ctx.text.startswith("以来", ve) and ctx.text.startswith(_TELLING, before[0]):
                # (…举行新闻发布会，介绍|优化调整疫情防控二十条措施发布以来…: what is told of, past the verb; not
                # 支持小微企业发展十条措施, whose verb is its own)
                first = before[0] + next(len(w) for w in _TELLING if ctx.text.startswith(w, before[0]))
                before = (first, before[1]) if before[1] - first >= 4 else None
            results = _RESULTS_OF.search(ctx.text, ctx.clause_start(s, vs), vs)
            if before is None and results is not None:
                before = results.span(1)  # “…2022年度十大案件”评选结果揭晓: the list whose results are out
            if before is not None and any(a == before[0] and ctx.text[a:b] in _TASK_VERBS for a, b in s.tokens):
                continue  # 抓存量政策落实，抓增量政策出台: a task in a slogan, no document named
            if before is not None and _BATCH.search(ctx.text, ctx.clause_start(s, vs), before[0]) and not (
                ctx.text.endswith(_LIST_OF_BATCH, before[0], before[1])
            ):
                before = None  # 一系列…重大举措相继出台: a batch, not one named document
            if before is None:
                # 星图地球智脑引擎发布。: what a clause-closing verb releases, whatever its head
                before = subject_phrase(ctx, s, ctx.clause_start(s, vs), vs, [])
                if before is not None and (not _launchable(ctx, s, before, announced=verb == "揭晓")
                                           or is_planned(ctx, s, vs)):
                    before = None  # (新总理人选将在未来几天内公布: to come, and no document's head to stay named by)
                if before is not None and any(e.start <= before[0] and before[1] <= e.end for e in s.of("ORG")):
                    before = None  # 国务院联防联控机制综合组今天公布，自2月6日起…: who makes it public, not what
            after = [before] if before else []
            for t in s.of("WORK_OF_ART"):
                if (before is not None and t.end < before[0] <= t.end + 8 and ctx.text[t.end] in "和、及"
                        and "，" not in ctx.text[t.end : before[0]] and t.start not in seen):
                    # 首批《海洋数据开放共享目录》和…平台今天正式对外公布: the title listed before the subject
                    seen.add(t.start)
                    title = str(t.attrs["title"])
                    yield _item(title, _title_kind(ctx, title, t.end), verb, (t.start + 1, t.end - 1), (vs, ve),
                                ctx.event_date(s), actors)
        if not after and not titles:
            quoted = _QUOTED_RELEASE.match(ctx.text, pos, ctx.clause_end(s, pos))
            if quoted is not None:
                # 发布了2024年“最美医生”: a title conferred, quoted and closing the clause
                after = [quoted.span(1)]
            elif (ranked := _RANKED_RELEASE.match(ctx.text, pos, ctx.clause_end(s, pos))) is not None:
                after = [ranked.span(1)]  # 公布2023年度全国十大考古新发现: a ranked list, whatever its head
            elif (articles := _NUMBERED_ARTICLES.match(ctx.text, pos, ctx.clause_end(s, pos))) is not None:
                after = [articles.span(1)]  # 发布了防控儿童青少年近视核心知识十条: a text of N articles
        for span in after:
            if any(t.start <= span[0] < t.end for t in titles):
                continue
            de = ctx.text.rfind("的", span[0], span[1])
            if de >= 0 and _MEASURE_COUNT.match(ctx.text, de + 1) and ctx.text.startswith(_SCOPE_WORDS, span[0]):
                # 推出涉及招投标等领域的90项服务保障举措: the counted measures and what they cover (but
                # 深化科创板改革的8条措施 is named by its purpose)
                span = (de + 1, span[1])
            name = ctx.text[span[0] : span[1]]
            if verb == "通报" and name.startswith("一批"):
                span, name = (span[0] + 2, span[1]), name[2:]  # 通报一批典型案例: the cases a briefing makes public
            if name.startswith("就") or verb in name:
                # 就主要制度规则向社会公开征求意见: what a consultation is about, no document named (but
                # 揭晓对…的修订方案 names one); 发布广告、变相发布…的广告等…监管规则: the verb again inside,
                # a clause read as a name
                continue
            if len(name) < 2 or _VAGUE_BATCH.match(name) or (
                (opinion := _SPOKEN_OPINION.fullmatch(name)) is not None and (opinion.group(1) or verb in ("发表", "提出"))
            ):
                continue
            if (closed := name.rfind("》")) >= 0 and _WORKS_COUNTED.fullmatch(name, closed + 1):
                continue  # 推出《简牍探中华》《文脉春秋》等20档重点节目: works counted after their titles, no list named
            for a, b in _repeated_items(name, span):
                kind = "document" if _NUMBERED_ARTICLES.fullmatch(ctx.text, a, b) else _np_kind(ctx, ctx.text[a:b])
                yield _item(ctx.text[a:b], kind, verb, (a, b), (vs, ve), ctx.event_date(s), actors)


# 就未来金砖发展发表重要意见, 与会代表发表了意见: views voiced, no document (a body that 发布意见 or 印发意见
# issues one untitled; others have a topic or a kind: 指导意见, 关于…的意见)
_SPOKEN_OPINION = re.compile(r"(重要|宝贵|不同|个人|书面|具体|积极|建设性的?)?(?:意见|看法|观点|见解)")


# two items that open with the same word, joined (国歌标准演奏曲谱和国歌官方录音版本)
# (数字经济和数字贸易发展报告: a first part of four characters is a topic of one title, not an item)
_OWN_ITEM_MIN = 6
_REPEATED_OPENING = re.compile(r"(([\u4e00-\u9fff]{2,4})[^和及、，。；“”]{2,20})[和及](\2[^和及、，。；“”]{2,20})")


def _repeated_items(name: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """国歌标准演奏曲谱和国歌官方录音版本: the opening word said again after 和 starts a second item (when the
    first can stand alone); else the one ``span``."""
    pair = _REPEATED_OPENING.fullmatch(name)
    if pair is None or pair.end(1) < _OWN_ITEM_MIN:
        return [span]
    return [(span[0], span[0] + pair.end(1)), (span[0] + pair.start(3), span[1])]


# words ending in 法 that name no law (…工作要点和立法|工作计划, 新做法)
_NOT_LAWS = (
    "立法", "执法", "司法", "普法", "守法", "依法",
    "方法", "做法", "看法", "说法", "想法", "手法", "用法", "写法", "打法", "疗法", "算法", "语法", "技法", "书法",
)
# documents referred to or counted rather than named (有关决定, 其他任免案, 一份特别决议, 会议议程)
_REFERRING = ("有关", "其他", "其它", *DEMONSTRATIVES, "各项", "一批", "多项", "若干", "一份", "本次", "会议")
# who adopts by vote stands right before 通过: a session, or the vote itself (会议还表决通过了,
# 会议原则通过了, 会议经表决，通过了); 通过视频, 通过…渠道 have none of them
_AGENDA = re.compile(r"议程(?:主要)?(?:有|是|包括|为)")  # 本次会议主要议程有：审议通过…: what is to be done
_PROPOSED = ("提出", "主提", "提交", "起草", "牵头起草", "发起", "推动")
_FILED_ABOUT = re.compile(rf"(?:{'|'.join(_PROPOSED)})的(?=关于)")
# words that make an outcome text's kind, not its name (联合宣言, 峰会公报, 最终声明)
_OUTCOME_KINDS = frozenset({"联合", "共同", "最终", "会议", "峰会", "部长", "领导人", "成果", "政治", "重要", "有关", "相关"})
# (首脑会议5日通过多哈宣言: the day the session adopts it may stand between)
_ADOPTING = re.compile(
    r"(?:表决|审议|原则|会议|大会|全会|常委会|常务会议|经表决，|协商一致)(?:\d{1,2}日)?(?:还|并|一致|正式|最终)?$"
)


# （以下简称《纲要（2023年版）》）: an alias aside, one bracket deep
_ALIAS_ASIDE = re.compile(ALIAS_OPEN + r"[^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]")
_LIST_JOINS = ("", "和", "、", "及", "与")


# an edition in another language or script right after a title (英文版, 斯瓦希里文版, 印尼语版, 多语种版本, 繁体版,
# 民族文字版, 国际版), but not 出版 nor a volume alone (第四卷, which the annotators leave out)
_LANGUAGE_EDITION = re.compile(
    r"(?:第[一二三四五六七八九十]{1,3}卷)?(?:一书)?[^\W\d以的和与及在由用]{0,5}?(?:文|语|语种|文字|繁体|国际)版(?:本)?(?=[^\u4e00-\u9fff]|由|在|今|昨|于|正式|出版|发布|发行|首发|上线|全球|近日|日前|面向)"
)
_VOLUMES = re.compile(rf"(?:第{NUMERAL}[卷册部辑]、?)*(?:[\u4e00-\u9fff]{{0,4}}?(?:文版|版|本))?")


# 《A》《B》、“…建设方案”等相继出台: quoted names listed after the titles, before the 等 that sums them up
_QUOTED_LISTED_AFTER = re.compile(r"(?:、“[^“”，。；]{2,40}”)+(?=等)")
_QUOTED_LISTED_ITEM = re.compile(r"“([^“”，。；]{2,40})”")
_COURSES = ("战略", "理念", "思想", "精神")


def _past_quoted_list(gap: str) -> str:
    listed = _QUOTED_LISTED_AFTER.match(gap)
    return gap[listed.end() :] if listed else gap


def _with_titles_listed_before(ctx: ArticleContext, arts: list[Entity], titles: list[Entity]) -> list[Entity]:
    """《赛后遗产报告》和《赛后可持续发展报告》今天发布: each title of the list that ends with the titles
    released, an alias aside after a title passed over (《…纲要（2023年版）》（以下简称《纲要》）和《…》)."""
    titles = list(titles)
    if not titles:
        return titles
    while True:
        for earlier in reversed([e for e in arts if e.end <= titles[0].start]):
            gap = ctx.text[earlier.end : titles[0].start]
            aside = _ALIAS_ASIDE.match(gap) or _VOLUMES.match(gap)  # (《习近平著作选读》第一卷、第二卷繁体版和《…》)
            if (gap[aside.end() :] if aside else gap) in _LIST_JOINS and not _newspaper(ctx, str(earlier.attrs["title"])):
                titles.insert(0, earlier)
                break
            if not ctx.text.endswith(("简称", "称"), 0, earlier.start):
                return titles
        else:
            return titles


def _adopted_unquoted(
    ctx: ArticleContext, s: SentenceView, vs: int, ve: int, verb: str
) -> Iterable[dict[str, Any]]:
    """会议经表决，通过了新修订的国防教育法、关于修改统计法的决定: each law, decision or report a
    session adopts by vote, unquoted, is one document."""
    if not _adopting_vote(ctx, s, vs, ve, verb):
        return
    pos = _skip(ctx, ve, s.end, counts=False)
    revised = _REVISED.match(ctx.text, pos)
    pos = revised.end() if revised is not None else pos
    heads = ctx.lexicon.trigger_list("adopted_heads")
    spans: list[tuple[int, int]] = []
    # (a session's list may run long: four resolutions and reports of 40-odd characters each)
    for span in _phrases_after(ctx, s, pos, heads, limit=240):
        last = spans[-1] if spans else None
        if last is not None and (
            # 关于…报告|及报告人的决定: one decision about a list
            (ctx.text.startswith("关于", last[0]) and "的" not in ctx.text[last[0] : last[1]])
            # 民族委员会、宪法|和法律委员会…的报告: a list of bodies, then what they filed
            or any(o.start < last[1] < o.end or (last[0] <= o.start and o.end < last[1] and ctx.text.startswith("、", o.end))
                   for o in s.of("ORG"))
        ):
            spans[-1] = (last[0], span[1])
        else:
            spans.append(span)
    for span in spans:
        if (again := _REVISED.match(ctx.text, span[0], span[1])) is not None and span[1] - again.end() >= 2:
            span = (again.end(), span[1])  # …、新修订的畜牧法: each item of the list may be revised too
        name = ctx.text[span[0] : span[1]]
        if (de := name.rfind("的")) > 0 and name.endswith(_PROPOSED, 0, de):
            span, name = (span[0] + de + 1, span[1]), name[de + 1 :]  # 中国提出的设立文明对话国际日决议: whose motion
        elif not name.startswith("关于") and (filed := _FILED_ABOUT.search(name)) is not None:
            # 全国人大监察司法委、…分别提出的关于…审议结果的报告: who filed it, then the report's own title
            span, name = (span[0] + filed.end(), span[1]), name[filed.end() :]
        head = max((h for h in heads if name.endswith(h)), key=len, default="")
        if name in ctx.lexicon.trigger_list("bare_adopted_heads") and ctx.text.startswith(("，", "。", "；", ","), span[1]):
            if ctx.dated_before_this_year(s, s.start, vs) or _negated(ctx, s, vs, ve):
                continue  # 2014年，联合国大会通过决议…: recalled; 美方阻挠…通过决议: blocked
            yield _item(name, _np_kind(ctx, name), verb, span, (vs, ve), ctx.event_date(s))
            continue  # 联合国大会30日通过决议，再次敦促…: the resolution, named by its kind
        if (
            # (公司法 is a law, but 专题报告, 工作报告, 决议草案 describe a document rather than name it)
            # (多哈宣言: a summit's outcome named by its place, not 联合宣言, 峰会宣言)
            len(body := name[: len(name) - len(head)]) < 2 or body in heads or (
                len(body) == 2 and not head.endswith("法") and not (
                    head in ctx.lexicon.trigger_list("outcome_text_heads") and body not in _OUTCOME_KINDS
                )
            )
            or _VAGUE_BATCH.match(name) or COUNT_PREFIX.match(name)
            or name.startswith(_REFERRING) or "相关" in name
            # (公司法: 司法 ends it, but not as a word of its own)
            or any(name.endswith(w) and span[1] - len(w) in s.word_starts for w in _NOT_LAWS)
            or (any(o.start < span[1] < o.end for o in s.of("ORG")))
        ):
            continue  # 有关决定, 三项决议, 会议议程: documents referred to or counted, not named
        yield _item(name, _np_kind(ctx, name), verb, span, (vs, ve), ctx.event_date(s))


def _adopting_vote(ctx: ArticleContext, s: SentenceView, vs: int, ve: int, verb: str) -> bool:
    """The verb at ``vs`` is a session's vote that adopts what follows it (not 常委会通过的法律: what
    it adopted, referred to; nor 将审议通过, 议程有：审议通过…: to come)."""
    return not (
        (verb == "通过" and not _ADOPTING.search(ctx.text, max(s.start, vs - 8), vs) and not _adoption_goes_on(ctx, s, vs))
        or ctx.text.startswith("的", ve)
        or _intended(ctx, s, ctx.clause_start(s, vs), vs) or _AGENDA.search(ctx.text, s.start, vs)
    )


# 全国人大常委会关于批准《…引渡条约》的决定: a decision that approves a treaty, named with the treaty's
# title inside it (one level of titles nested in the title: 《〈…公约〉…修正案》, 《国务院关于…的议案》)
_APPROVAL_DECISION = re.compile(
    r"(?:(?:全国人大常委会|全国人民代表大会常务委员会)?关于(?:批准|加入|接受))?"
    r"《(?:[^《》。]|《[^《》。]*》)++》(?:[和、及]《(?:[^《》。]|《[^《》。]*》)++》)*的?(?:决定|决议)"
    r"(?!草案|稿|的)"  # (…的决定草案, …的决议稿, …的决定的说明: not the decision adopted)
)


def _approval_decisions(
    ctx: ArticleContext, s: SentenceView, pos: int, trigger: tuple[int, int], verb: str
) -> Iterable[dict[str, Any]]:
    """Each decision of a list adopted by vote that approves a titled treaty or motion (关于批准《A》的决定、
    关于批准《B》的决定); the first must say what it approves (关于批准…), not just close a title."""
    found = _APPROVAL_DECISION.match(ctx.text, pos, s.end)
    if found is None or ctx.text.startswith("《", pos):
        return
    while found is not None:
        span = found.span()
        # (listed: 《…和肯尼亚共和国引渡条约》的决定 and 《…和亚美尼亚共和国引渡条约》的决定, two however alike)
        yield {**_item(ctx.text[span[0] : span[1]], "document", verb, span, trigger, ctx.event_date(s)), "listed": True}
        # (…的决定，关于批准《…》的决定: a comma goes on with the list only where the next decision says what it
        # approves; not …的决定，《…》的决定则推迟表决)
        following = span[1] + 1 if ctx.text.startswith(("、", "和", "及", "，关于"), span[1]) else None
        found = _APPROVAL_DECISION.match(ctx.text, following, s.end) if following is not None else None


def _adoption_goes_on(ctx: ArticleContext, s: SentenceView, vs: int) -> bool:
    """会议通过关于…的决定；通过关于…的决定: a 通过 that opens its clause carries on the session's vote
    of an earlier clause of the sentence."""
    clause = ctx.clause_start(s, vs)
    if clause == s.start or ctx.text[clause:vs] not in ("", "还", "并", "又", "同时"):
        return False
    earlier = (s.start + m.start() for m in re.finditer("通过", ctx.text[s.start : clause]))
    return any(_ADOPTING.search(ctx.text, max(s.start, pos - 8), pos) for pos in earlier)


def _listed_document(ctx: ArticleContext, s: SentenceView, pos: int, heads: list[str]) -> tuple[int, int] | None:
    """通过了《武汉宣言》和全球湿地发展战略框架决议: an unquoted document listed by 和/及/与 after
    the titles that end at ``pos`` (not 通过《新闻联播》和央视频客户端: a channel)."""
    if not ctx.text.startswith(("和", "及", "与"), pos):
        return None
    after = _phrases_after(ctx, s, pos + 1, heads, limit=24)
    return after[0] if after else None


_PUBLICATIONS = ("杂志", "期刊", "日报", "客户端")
_EARLIER = ("已", "已经", "此前", "先前", "之前", "前期", "近年来", "去年", "早前")
# a noun after a release verb, its object (not 了, 并实施, 以来, 后, 的, nor who receives it: 印发全军,
# nor the occasion: 发布暨国际研讨会, 发布特别会议, 发布仪式; a verb is ruled out apart: 发布上线)
# (推出【党纪学习教育】专栏: a bracketed name is an object too; 印发五年来: the years since, no object)
_OBJECT_AFTER = re.compile(
    rf"(?![了并后时的于在以至和及与且即就暨]|全[军党国]|各[地级省]|{_YEARS_SINCE.pattern}|[^，。；]{{0,4}}(?:会议?|仪式|典礼|活动)"
    r"|上线|同意|实施|施行|生效|落地|亮相)[\u4e00-\u9fff“【][\u4e00-\u9fff”】]"
)


def _newspaper(ctx: ArticleContext, title: str) -> bool:
    """《人民日报》, 《费加罗报》: a paper where something is published, not what is."""
    recognizer = ctx.org_recognizer
    return recognizer.is_newspaper(title) if recognizer is not None else title.endswith(("日报", "晚报", "时报", "杂志"))
_ABOUT_DOCUMENT = re.compile(
    r"关于[^。；《》“”]{2,80}?(?:“[^“”]{1,20}”[^。；《》“”]{0,40}?)*"
    r"的(?:决定|决议|意见|实施意见|指导意见|通知|办法|规定|方案|公告|批复"
    # (关于进一步优化新冠肺炎疫情防控的20条措施: measures named by their subject and count)
    r"|(?:若干|\d{1,3}条|[一二三四五六七八九十]{1,3}条)(?:措施|举措|政策措施))(?![\u4e00-\u9fff])"
)
_FOCUS_FIRST = re.compile(r"以[^，。；以]{1,12}为(?:重点|主线|核心|抓手|导向|引领|目标)，")
_OUTCOME_TEXT = re.compile(r"(?:一份|一系列)?(?:成果性?|重要|最终)?文件")  # 峰会通过成果性文件《坎帕拉宣言》
_ISSUE_ORDINAL = re.compile(rf"第{NUMERAL}[次期版号批]")
_FIRST_BEFORE_TITLE = re.compile(r"(?:我国|全国|国内|全球|中国)?(?:首个|首份|首部|首批|首张|第一份|第一部)")  # 发布首份《…报告》
_REVISED = re.compile(r"(?:新|最新)?修订(?:后)?的|新版的?|最新版?的?")
_ADOPTED_BY = re.compile(r"已由[^，。；《》]{2,70}?")  # (…会议于2024年6月28日修订: fullmatch runs to 通过)
_ARTICLE_BEFORE = re.compile(r"(?:文章|署名文章|讲话|社论)(?:[，,]?(?:题目是|题为))?$")
_TITLED_AS = re.compile(r"[，,](?:题目是|题为)(?=《)")
# (发布了电影《长津湖》定档海报: the title describes what is released, which follows it; but a season, a
# list going on or the clause's end leave the title the object, as does a relative clause: 联合推出的…节目
# 《美美与共》将从今晚…)
_TITLE_ENDS_OBJECT = re.compile(r"[，。；！？、和与及并（\s]|等|以及|第[一二三四五六七八九十\d]{1,3}[季部]|$")

_GENRE_BEFORE = re.compile(
    r"[^，。；《》“”、]{0,10}?(?:节目|纪录片|电视剧|动画片|专题片|微短剧|短剧|栏目|影片|电影|系列片|宣传片|系列报道|歌曲|MV"
    r"|快评|评论|通讯|综述|述评|白皮书|蓝皮书)"  # (播发央视快评《…》, 播发长篇通讯《…》, 发布白皮书《…》)
)
# 湖南省政府、商务部提交的: who submitted or drafted the document named next
_SCOPE_WORDS = ("涉及", "涵盖", "覆盖", "包括", "包含")
_ABOUT = re.compile(r"关于[^，。；《》“”]{1,30}的")
_TITLED_WORK = re.compile(r"[^，。；《》“”]{0,80}?题为")  # …作的题为《…》的报告: a work described, then titled
_TITLED_WORK_KIND = re.compile(r"的(?:报告|重要讲话|讲话|主旨讲话|主旨演讲|演讲|署名文章|文章)(?=[，。；]|$)")
_DRAFTING = re.compile(r"(?:加快|抓紧|着手|正在?|将|拟|起草|计划|准备|开始)(?:研究)?$")
_URGED_TO = re.compile(r"(?:督促|责令|推动|组织|支持|引导|鼓励|指导|要求)[^，。；]{1,12}$")
# (a plan named by what it is for and its head, closing the clause)
_DRAWN_UP_PLAN = re.compile(
    r"(?!实施|出台|印发|发布|好)[^，。；、《》“”]{2,24}?(?:实施方案|工作方案|行动方案|行动计划|工作计划)(?=[，。；、]|$)"
)
_SUBMITTED = re.compile(r"[^，。；《》“”]{2,30}(?:提交|报送|起草|编制|制定)的")
# 等24部精品节目, 30集电视剧: works counted (not 等3部法律)
_WORKS_COUNTED = re.compile(
    rf"等?(?:{NUMERAL}[多余]?[部集档台项]|一系列|一批)[\u4e00-\u9fff]{{0,4}}?(?:节目|电影|影片|作品|力作|纪录片|电视剧|动画片|剧|精品)"
)  # (推出《简牍探中华》《帛书传奇》等一系列精品文化节目: programmes summed up as a batch)
# 2023年度全国十大考古新发现, 中国科学十大进展, 十佳…: a ranked list closing the clause
_RANKED_RELEASE = re.compile(
    r"((?:\d{4}年度?)?[^，。；、“”《》的]{0,16}?(?:(?<![一二三四五六七八九])十大|十佳|十强|百佳|百强|(?<!\d)\d{2,3}(?:大|强|佳))[^，。；、“”《》的]{2,10})$"
)  # (not 二十大…: a congress)
# 核心知识十条, 稳外贸十条, “国十条”, 地方版“数据二十条”: a text named by its count of articles, in Chinese numerals (发布3条
# 线路 counts routes); the count closes the clause
_NUMBERED_ARTICLES = re.compile(
    r"((?:[\u4e00-\u9fff]{2,16}?|[\u4e00-\u9fff]{0,6}“[\u4e00-\u9fff]{1,12}?)[一二三四五六七八九十]{1,3}条”?)$"
)
_PRIZE_RESULTS = re.compile(
    r"((?:[^，。；、“”\s]{3,24}?奖[、 　])*[^，。；、“”\s]{3,24}?奖)(?:评选|评审|评比)?结果"
    r"(?:今天|昨天|今日|当天|日前|近日)?(?:（[^（）]{2,12}）)?(?:正式)?$"
)
# a prize, then its categories summed up by their count (…最佳导演等九大奖项)
_PRIZE_CATEGORIES = re.compile(
    r"((?:“[^“”]{2,16}奖”[、和]?)+|(?:第[\d一二三四五六七八九十百]{1,4}届|\d{4}年度?)[^，。；、“”\s]{2,20}?奖)"
    r"[^，。；“”]{0,40}?等?(?:\d{1,2}|[两二三四五六七八九十]{1,3})(?:大|个|项)?奖项"
    r"(?:今天|昨天|今日|当天|日前|近日)?(?:（[^（）]{2,12}）)?(?:隆重|正式|相继|陆续|也)?$"
)
_CATEGORY = re.compile(r"最佳|[一二三]等奖|特等奖|优秀奖")
_RESULTS_OF = re.compile(r"“([^“”]{3,40})”(?:评选|评审|评比|遴选)?结果(?:正式)?$")
# (发布“考古中国”重大项目进展, 发布“最美公务员”评选结果: what is published of a quoted programme or title)
_BY_WHOM = re.compile(r"由(?!于)[^，。；由《》“”]{2,24}$")  # (not 由于…推迟发布: a reason)
_QUOTED_RELEASE = re.compile(
    # 发布系列融媒体行动“勇立潮头大湾区”: the kind, then its name
    r"(?:系列)?(?:[\u4e00-\u9fff]{0,8}(?:行动|活动|节目|报道))?"
    r"((?:\d{4}年度?)?“[^“”]{2,16}”(?:[\u4e00-\u9fff]{0,6}?(?:评选结果|项目进展|进展|先进事迹|事迹|典型案例))?)(?:名单|榜单)?$"
)


def find_programmes(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A quoted programme that is implemented, proposed or launched: 实施“十大合作计划”."""
    heads = ctx.lexicon.trigger_list("initiative_heads")
    verbs = ctx.lexicon.trigger_list("implement_verbs")
    for m in re.finditer(r"“([^“”]{2,30})”", ctx.text[s.start : s.end]):
        qs, qe = s.start + m.start(), s.start + m.end()
        if ctx.text.rfind("《", s.start, qs) > ctx.text.rfind("》", s.start, qs):
            continue  # 推出《“国聘行动”第四季》: a quote inside a title, which names the work
        if ctx.text.endswith(_THEMED, s.start, qs):
            continue  # 开展主题为“放心托育 方便可及”的系列活动: a theme, not a programme's name
        inner = m.group(1)
        end = qe
        tail = _tail_pattern(tuple(heads)).match(ctx.text, qe, s.end)
        started = _STARTED_TAIL.match(ctx.text, qe, s.end)
        if started is not None and _STARTED_BEFORE.search(ctx.text, max(s.start, qs - 8), qs) and (
            tail is None or not _ends_phrase(ctx, s, tail.end())
        ):
            # 上海正式启动“无废医院”建设, 全面启动“三北”工程攻坚战: what is started is a programme (but
            # 推进“一带一路”建设 carries one on)
            end = started.end()
        elif tail:
            end = tail.end()
        elif not inner.endswith(tuple(heads)):
            continue
        if end > qe and not _ends_phrase(ctx, s, end):
            continue  # 协调推进“四个全面”战略|布局: the head word is inside a longer noun
        if (since := _SINCE_STARTED.match(ctx.text, end, s.end)) is not None:
            # “平安长江2024”专项行动开展以来, “春季促就业攻坚行动”自3月实施以来: a programme the story reports
            # on, begun before it (an initiative, no launch of the day)
            name = ctx.text[qs:end] if end > qe else inner
            span = (qs, end) if end > qe else (qs + 1, qe - 1)
            item = _item(name, _np_kind(ctx, name.rstrip("”")), since.group("verb"), span, since.span("verb"), None)
            yield {**item, "looked_back": True}
            continue
        clause = ctx.clause_start(s, qs)
        trigger = [
            (a, b, v) for a, b, v in find_words(ctx.text, clause, qs, verbs)
            # (…活动启动仪式暨全国“五一”…主场活动: the verb inside a ceremony's name starts what precedes it)
            if not ctx.text.startswith(("仪式", "典礼"), b)
            and (qs - b <= 14 or re.fullmatch(r"(?:“[^“”]{2,30}”[和、及与]?)+", ctx.text[b:qs].lstrip("了"))
            or _YEARS_DESCRIPTION.fullmatch(ctx.text, b, qs))
        ]
        if not trigger:
            continue
        vs, ve, verb = trigger[-1]
        if len(trigger) > 1 and trigger[-2][1] == vs and trigger[-2][2] in ("启动", "开启"):
            vs, ve, verb = trigger[-2]  # 启动实施新一轮“秦创原”三年行动计划: started, so launched
        name = ctx.text[qs:end] if end > qe else inner
        span = (qs, end) if end > qe else (qs + 1, qe - 1)
        lead = _described_from(ctx, s, _skip_words(ctx, ve, ("了", "实施", "的")), qs)
        if lead is not None:
            # 启动夏季避暑旅游“百日行动”, 实施小麦“一喷三防”, 联合发起的钛合金材料“众筹科研”项目: the words
            # bound to the quoted name are its own
            span = (lead, end)
            name = ctx.text[lead:end]
        if verb in ("发布", "出台", "印发"):
            continue  # find_releases reads these
        if verb == "展开" and "专项" not in name:
            continue  # 展开“北方之箭”行动: an operation unfolds (as in find_plans)
        if _judged(ctx, s, vs):
            continue  # 我提出…共建“一带一路”倡议…，就是希望…: the clause is the subject of a judgement
        if is_directive(ctx, s, vs, narrated_pace=True) or ctx.text[ve:qs] == "好":
            # 双方要共同实施好“两国双园”等旗舰项目: a programme called for, not one carried out (实施好,
            # 落实好: done well, which is always asked or hoped for)
            continue
        if verb == "提出" and _document_before(ctx, s, vs):
            continue  # 《…规划》…提出了“十四五”时期重点任务: what a document contains
        if verb in _PROPOSE_VERBS and ctx.text.startswith("的", ve):
            continue  # 习近平主席提出的共建“一带一路”等重大倡议: a proposal made before, only named here
        if ctx.text.startswith("的", ve) and _CARRIED_OUT_BEFORE.search(ctx.text, clause, vs):
            continue  # 顺利完成前两届论坛会议推出的“八大行动”: a programme launched before, now carried out
        if _SUMMED_BATCH.search(name):
            continue  # 推出就业指导、“一对一”精准服务等一系列举措: a batch summed up, none named
        # (the kind by the head inside the quotes: 夏季避暑旅游“百日行动” is a project as 百日行动 is)
        item = _item(name, _np_kind(ctx, name.rstrip("”")), _ongoing(ctx, s, vs) + verb, span, (vs, ve), ctx.event_date(s))
        item["distributed"] = _carried_out_by_many(ctx, s, vs)
        yield _looked_back(ctx, s, vs, item)


def _carried_out_by_many(ctx: ArticleContext, s: SentenceView, vs: int) -> bool:
    """各地开展“全国安全宣传咨询日”活动: many hosts carry a programme out, no one start of it (as a meeting
    held by distributed hosts is no one event); but a body named before them starts it (公安部组织各地…开展…,
    教育部部署各地各高校开展…)."""
    clause = ctx.clause_start(s, vs)
    return bool(find_words(ctx.text, clause, vs, ctx.lexicon.trigger_list("distributed_hosts"))) and not (
        "部署" in ctx.text[clause:vs] or any(e.label == "ORG" and clause <= e.start < vs for e in s.entities)
    )


# what a clause says of a programme named by the verb that launched it (…推出的“八大行动”): done, or launched
# at an earlier session (not 全面落实本届论坛推出的…: carried on, launched now)
_CARRIED_OUT_BEFORE = re.compile(r"完成|前[两三四五六七八九十\d]+届|上一?届|此前|以往")
_STARTED_TAIL = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?)(?:建设|攻坚战)(?=[，,。；;、]|以来|$)")
_STARTED_BEFORE = re.compile(r"启动(?:了|实施)?[\u4e00-\u9fff]{0,4}$")
_SINCE_STARTED = re.compile(r"(?:自[^，。；“”]{1,12}?)?(?P<verb>实施|开展|启动)以来")


# a year's edition (or a graduating class's, 2025届高校毕业生) and a description with no punctuation, 的, count
# or quote of its own
_YEARS_DESCRIPTION = re.compile(r"(?:19|20)\d\d(?:年度?|届)[^，,。；;、：:的“”《》（）()\s\d]{2,20}")
# punctuation, 的, a count or batch (53场“贸易之桥”…, 第二批“国优计划”), a second item (…和“揭榜挂帅”,
# 仪式暨…) or a copula (主题为“…”): not a description bound to the quoted name
_NOT_DESCRIPTION = re.compile(
    r"[，,。；;、：:的“”《》（）()\s]|\d|[一二两三四五六七八九十百千几多数首]+[批项场条个家座]|批|暨|和|与|及|或|为|是"
)


_CRACKDOWN_VERBS = frozenset({"打击", "严厉打击", "整治", "治理", "查处"})
_CRACKDOWN_AFTER = re.compile(r"“[^“”]{1,30}”[^，,。；;“”]{0,10}?(?:行动|整治|治理)(?=[，,。；;、]|以来|$)")


def _described_from(ctx: ArticleContext, s: SentenceView, pos: int, quote: int) -> int | None:
    """Where the words between a verb and a quoted name start, when they are a short description
    bound to the name (no punctuation, no 的, no other quote, not opening with a verb: 编制“十五五”规划
    is a task, not a name); else None."""
    gap = ctx.text[pos:quote]
    if _YEARS_DESCRIPTION.fullmatch(gap) and pos in s.word_starts:
        return pos  # 开展2024年度高校毕业生等重点群体促就业“国聘行动”: the year's edition, described
    if not 2 <= len(gap) <= 10 or _NOT_DESCRIPTION.search(gap) or pos not in s.word_starts:
        return None
    recognizer = ctx.org_recognizer
    first = next((ctx.text[a:b] for a, b in s.tokens if a == pos), "")
    crackdown = first in _CRACKDOWN_VERBS and _CRACKDOWN_AFTER.match(ctx.text, quote) is not None
    if recognizer is not None and (first in recognizer.pure_verbs or first in recognizer.adverbs) and not crackdown:
        return None  # (but 开展打击整治非法制售“特供酒”犯罪专项行动: a crackdown is named by what it fights)
    if any(e.start == pos for e in s.entities if e.label in ("ORG", "GPE")) or first in ctx.lexicon.trigger_list(
        "home_side_words"
    ):
        return None  # 宣布中方支持“全球南方”合作的八项举措: who acts, not a description of the name
    return pos


# 持续开展, 深入开展, 继续实施: a programme carried on, not a launch this story reports (a quoted one,
# 继续开展“便民办税春风行动”, is still an initiative; an unquoted one, _KEPT_ON, is none); 部署开展: one
# that a body orders others to carry out
_ONGOING = ("持续", "继续", "深入", "常态化", "广泛", "部署")
_KEPT_ON = ("持续", "继续", "深入")


def _ongoing(ctx: ArticleContext, s: SentenceView, vs: int) -> str:
    """The adverb of continuation right before a programme's verb, or ''; 部署 also when it orders
    the verb from earlier in its clause, or from the clause before when the verb opens its own
    (部署各地围绕…主题，开展…庆祝活动)."""
    word = next((w for w in _ONGOING if ctx.text.endswith(w, 0, vs)), "")
    # the verb's clause, or the one before when the verb opens its clause with no subject of its own
    # (部署各地围绕…主题，|开展…; not 国务院去年部署全国开展…，今年应急管理部|启动…)
    clause = ctx.clause_start(s, vs)
    if _OPENING_LINKS.fullmatch(ctx.text, clause, vs):
        clause = ctx.clause_start(s, max(s.start, clause - 1))
    addressees = tuple(ctx.lexicon.trigger_list("order_addressees"))
    for order in ("部署", "要求"):
        if not word and (at := ctx.text.rfind(order, clause, vs)) >= 0 and ctx.text.startswith(addressees, at + 2):
            word = order  # (应急管理部…要求各地深入扎实开展…专项整治: ordered, not launched by the story)
            vs = at + 2
    if not word and (carried := _CARRIED_ON.search(ctx.text, clause, vs)) is not None:
        word = carried.group(1)  # 今年我国将继续科学开展…行动: carried on, with a manner word between
    if word == "部署" and _IN_FORCE_BY.search(ctx.text, max(0, vs - 24), vs - 2):
        return ""  # 按照省委部署开展: carried out as ordered, so launched here
    return word


# a continuation word a few words before the verb (将继续科学开展), or 通过 (通过举办…、开展…等举措: the
# means of something else)
_CARRIED_ON = re.compile(r"(继续|持续|常年|不断|先后|通过)[\u4e00-\u9fff]{0,4}$")
_OPENING_LINKS = re.compile(r"(?:\s|并|同时|还|集中|统一)*")  # 并开展, 同时开展, 集中开展: a clause that opens with its verb


def _ends_phrase(ctx: ArticleContext, s: SentenceView, end: int) -> bool:
    """A noun phrase may end at ``end``: punctuation, a particle, a conjunction or a verb follows."""
    if end >= s.end or ctx.text[end] in "，,。；;、：:）)”" or ctx.text.startswith(("的", "等", "和", "及", "与", "并"), end):
        return True
    word = next((ctx.text[a:b] for a, b in s.tokens if a == end), "")
    recognizer = ctx.org_recognizer
    return recognizer is None or word in recognizer.verbs or word in recognizer.adverbs


_SCOPE_STARTS = ("全", "国", "各", "省", "市", "县", "区", "地方", "基层")


_BEFORE_INNER_VERB = frozenset({"全国", "各地", "迅速", "全面", "集中", "统一", "深入", "联合", "组织"})


_PROPOSAL_HEADS = ("倡议", "理念", "构想", "主张", "计划", "战略", "方案", "行动")


# a named campaign that puts on sessions of its own (…秋季专场活动将推出第四批共77场特色服务活动, “百日千万”
# 招聘专项行动推出了…线上招聘专场), or runs on while they are put on (…专场活动持续开展中，…将陆续推出9场…);
# its name opens its clause
_CAMPAIGN_RUNS = re.compile(
    r"(?<![^，,。；;：:\s])(?P<name>[^，,。；;：:、“”的\s]{0,30}?(?:“[^“”]{2,20}”[^，,。；;：:、“”的]{0,12}?)?"
    r"(?:专场活动|专项行动|专场|活动|行动))(?:近日|日前|本周|目前|近期|今天)?"
    r"(?:(?P<ongoing>持续开展中?|正在开展中?|火热进行中?)[，,]|(?P<verb>(?:将|还将)?(?:陆续)?推出了?))"
)
# what it puts on: sessions, fairs or activities it counts (百余场, 多个, 第四批共77场, 4个)
_SESSIONS_PUT_ON = re.compile(
    r"推出了?[^，,。；;]{0,30}?(?:\d+|[一二两三四五六七八九十百千]+|百余|多|数十)[余多]?[场个](?P<what>[^，,。；;]{0,30})"
)
_SESSION_KINDS = re.compile(r"(?:活动|招聘会|专场|招聘)$")
_CAMPAIGN_YEAR = re.compile(r"(?:19|20)\d\d年?")
_NOT_A_CAMPAIGN_NAME = re.compile(r"^(?:这|该|此|本|各|系列|一系列|相关)|(?<!\d)\d{1,8}[余多]?[场个项]")


def _campaigns_putting_on(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A named campaign that is the subject of the sessions it puts on: 2024年大中城市联合招聘高校毕业生秋季
    专场活动持续开展中，各地将陆续推出9场跨区域巡回招聘会 (launched, as dev types it); one that puts on
    named 专场 (…专项行动推出了…多个线上招聘专场) is the story's initiative but launches only those."""
    for m in _CAMPAIGN_RUNS.finditer(ctx.text, s.start, s.end):
        a, b = m.span("name")
        actors: list[str] = []
        lead = next((e for e in s.of("ORG") if e.start == a and e.end < b - 4), None)
        if lead is not None:
            actors, a = [ctx.text[lead.start : lead.end]], lead.end  # 人力资源社会保障部|百日千万专项招聘行动
        name = ctx.text[a:b]
        if len(name) < 8 or _NOT_A_CAMPAIGN_NAME.search(name) or is_planned(ctx, s, a) or _period_opens(ctx, s, a):
            continue
        if not (_CAMPAIGN_YEAR.match(name) or "“" in name):
            continue  # (上海市夏季消费促进活动推出了100多场主题活动: a kind of activity, no campaign named by its year or quote)
        rest = ctx.text.find("推出", m.start("verb") if m.group("verb") else m.end(), s.end)
        put_on = _SESSIONS_PUT_ON.match(ctx.text, rest, s.end) if rest >= 0 else None
        if put_on is None or not _SESSION_KINDS.search(put_on.group("what")):
            continue  # (推出了一个招聘小程序: no sessions)
        item = _item(name, _np_kind(ctx, name), "推出", (a, b), (rest, rest + 2), ctx.event_date(s), actors)
        # (推出…4个线上招聘专场: the 专场 are what is launched, the campaign runs on)
        yield {**item, "looked_back": "专场" in put_on.group("what")}


def find_plans(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """An unquoted programme after 实施/启动/推出: 启动粮油等主要农作物大面积单产提升行动."""
    yield from _campaigns_putting_on(s, ctx)
    standing = ctx.lexicon.trigger_list("programme_heads")
    # 全面启动学习贯彻…主题教育: a campaign the lexicon's started_programme_heads name only when started
    # (扎实开展…主题教育, 开展这次主题教育 carry on the one campaign of the year: read after any verb, the
    # head gave 55 initiatives in the corpus batch, most of them so)
    started = [*standing, *ctx.lexicon.trigger_list("started_programme_heads")]
    # a programme's topic names it (数字教育专项行动): of the organisations' category words only
    # the scope words make one generic (全国专项行动, 国家专项行动), not topics (数字, 教育)
    generic = set(ctx.lexicon.trigger_list("generic_project_words")) | {
        w for w in ctx.lexicon.org_generic if w.startswith(_SCOPE_STARTS)
    }
    verbs = ctx.lexicon.trigger_list("implement_verbs")
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, verbs):
        # (建立健全…制度: the compound verb's second half is no part of the name)
        pos = _skip_words(ctx, _skip(ctx, ve, s.end), (" ", "\u3000", *_IMPROVED))
        if ctx.text.startswith("“", pos):
            continue  # find_programmes reads quoted names
        if _judged(ctx, s, vs):
            continue  # 在中国实行人民代表大会制度，是…基本结论: the clause is the subject of a judgement, no news
        if ctx.text.endswith(_KEPT_ON, s.start, vs):
            # 深入实施水污染防治行动计划, 持续开展…: a programme carried on, begun before (dev and audits
            # annotate none of 33 so told as required)
            continue
        if _URGED.search(ctx.text, max(s.start, vs - 4), vs) or in_listed_measures(ctx, s, ctx.clause_start(s, vs), vs, ve) or (
            is_directive(ctx, s, vs, narrated_pace=True)
        ) or (ctx.text.startswith(_IMPROVED, ve) and is_demanded(ctx, s, vs)):
            # 要求推动建立…制度, 要…，扎实开展治理欠薪冬季行动: a programme urged, not one set up; 推出…、统筹推进…工程
            # 等30项举措: a measure; 印发通知，要求各级工会…，建立健全…制度: a system demanded
            continue
        heads = started if verb in _STARTED_ONLY else standing
        # 实施社区清淤、环境提升、饮用水安全等六大专项行动: the items listed, then the set they make, by
        # its count of 大 (六大专项行动, 八大行动), which names the programme
        for span in _phrases_after(ctx, s, pos, heads, limit=24, since=True):
            if (named_set := _NAMED_SET.search(ctx.text, span[0], span[1])) is not None:
                span = (named_set.end(), span[1])
            name = ctx.text[span[0] : span[1]]
            # 部署|开展2024年…专项行动, 启动|实施了新一轮找矿突破战略行动, 部署|全国开展…, 部署|迅速开展…:
            # the programme after the inner verb
            inner = next(((a, v) for a, _, v in find_words(ctx.text, span[0], min(span[0] + 5, span[1]), verbs)
                          if a == span[0] or (a - span[0] <= 3 and ctx.text[span[0] : a] in _BEFORE_INNER_VERB)), None)
            action = _ongoing(ctx, s, vs) + verb
            if inner:
                if verb == "部署" and inner[1] != verb:
                    action = action + inner[1]  # 部署开展: the order and the start
                at = inner[0] + len(inner[1])
                span = (_skip(ctx, _skip_words(ctx, at, (" ", "\u3000")), span[1]), span[1])
                name = ctx.text[span[0] : span[1]]
            if (joined := _AFTER_QUOTED_CONJUNCT.search(name)) is not None:
                # 共建“一带一路”、全球发展倡议, “一带一路”和三大全球倡议: the conjunct the head names
                span = (span[0] + joined.end(), span[1])
                name = name[joined.end() :]
            if (lead := _PLAN_LEAD.match(name)) is not None and lead.end():
                if lead.group("proposer") and verb not in _STARTING:
                    # 愿同非方共同实施习近平主席提出的…十大伙伴行动, 全面实施…提出的中非合作八大行动: carrying out
                    # a programme proposed before (but 正式启动…提出的…行动 starts it)
                    continue
                span = (span[0] + lead.end(), span[1])  # 实施好|乡村建设行动: the programme itself
                name = name[lead.end() :]
            if ctx.text.startswith("的", ve) and verb in _PROPOSE_VERBS:
                continue  # 支持中方提出的全球发展倡议: a proposal made before, only named here
            if _proposed_by_document(ctx, s, vs):
                continue  # 印发《…行动方案》，提出在…65个海湾，开展为期三年的拉网式清理行动: what the document sets out
            if verb == "展开" and "专项" not in name:
                continue  # 展开地面作战行动, 展开电子侦察等支援行动: operations unfold (部署展开…专项治理工作 starts one)
            if _NOT_A_PLAN.search(name) or ctx.text.startswith("的", span[1]) or _kind_after_description(
                name, campaign=not (is_planned(ctx, s, vs) or _intended(ctx, s, s.start, vs))
            ):
                continue  # 转化为…实际行动, …是一个系统工程, …伟大工程的重大部署, 建设性的重要倡议: no programme named
            if ctx.lexicon.headed_by(name, "figurative_heads"):
                continue  # 推进新时代党的建设新的伟大工程: a figure of speech, not works
            too_short = len(name) < 5 and named_set is None  # (五大行动: a set named by its count is a name)
            if too_short or is_generic(name, heads, generic) or _VAGUE_BATCH.match(name) or "等系列" in name or (
                _COUNTED_SESSIONS.match(name)  # 将开展上万场巡河护河行动: sessions counted, no programme named
                or name.startswith("包括")  # 提出包括“金砖+”合作模式等一系列…倡议: what is listed, no one name
            ):
                continue
            if _BATCH.search(ctx.text, max(ctx.clause_start(s, span[0]), span[0] - 4), span[0]):
                continue  # 宣布了一系列|重大合作倡议: a batch, none named
            if _COUNTED_PROGRAMMES.match(name):
                continue  # 累计开展3500余项改革试点: a tally of programmes, none named
            if name.startswith(PREPOSITION_WORDS):
                continue  # 宣布启动关于宣战或采取重大军事行动的程序: what a procedure is about, not a programme's name
            if name.startswith(_THEMED):
                continue  # 开展主题为“强国有我”的专项行动: a theme, then a kind (as find_programmes reads it)
            if name.startswith(tuple(ctx.lexicon.trigger_list("modal_words"))):
                continue  # 提出要积极践行全球文明倡议: a call the speaker makes, not a programme proposed
            if verb == "提出" and _starts_with_verb(ctx, s, span[0]) and not name.endswith(_PROPOSAL_HEADS) and "“" not in name:
                # 创造性提出构建…根本制度、基本制度: a course of action put forward (dev keeps 提出构建… optional),
                # not a proposal named by its kind (共建“一带一路”倡议, 构建人类命运共同体理念)
                continue
            if _NO_PROGRAMME_NAME.search(name) or ctx.lexicon.headed_by(name, "warfare_heads"):
                continue  # 继续推进在加沙地带的地面行动, 实施670多次军事行动: a war's operations, not a programme
            if any(ctx.text.startswith("“", _skip(ctx, e, span[1])) for _, e, _ in find_words(ctx.text, span[0], span[1], verbs)):
                continue  # 部署|全国公安机关深入组织开展“昆仑2023”专项行动: the inner verb's quoted programme
            item = _item(name, _np_kind(ctx, name), action, span, (vs, ve), ctx.event_date(s))
            item["distributed"] = _carried_out_by_many(ctx, s, vs)  # 各地开展《职业病防治法》宣传周活动
            yield _looked_back(ctx, s, vs, item)


# before a programme's name: the verb's complement (实施好), a verb of carrying out what was set up
# before (落实, 贯彻), a duration (为期5个月的), who proposed it (习近平主席提出的)
_PLAN_LEAD = re.compile(r"(?:好|落实|贯彻)?(?:为期[^，。；的]{1,8}的|[^，。；的“”]{1,12}(?:发起|(?P<proposer>提出|倡导))的)?")
# (not the 等 of 平等, 同等, 对等…: a word of its own; 十二大专项行动: a count of two numerals)
_NAMED_SET = re.compile(r"(?<![平同相对高中初均上])等(?=(?:[两二三四五六七八九]|十[一二三四五六七八九]?)大[^大批])")
_STARTED_ONLY = frozenset({"启动", "开启"})
_THEMED = ("主题为", "主题是", "题为")
_COPULAS = re.compile(r"(?:就|也|正)?是(?!日)")


def _judged(ctx: ArticleContext, s: SentenceView, vs: int) -> bool:
    """实施新一轮千亿斤粮食产能提升行动，是…重要任务, …，是否可行: the verb's clause is the subject of the
    copula that opens the next, in a sentence with no day of its own (not 今天，教育部启动…专项行动，是…重要
    举措: news, then what it means; nor 是日, that day)."""
    return _COPULAS.match(ctx.text, ctx.clause_end(s, vs) + 1) is not None and not _of_the_day(ctx, s, vs)
_STARTING = frozenset({"启动", "开启", "发起", "推出"})  # verbs that start a programme, proposed before or not
# the verbs of a proposal: 提出的X, 倡导的X name one made before (not 发起的: 一个由…联合发起的…项目正在进行
# reports the project)
_PROPOSE_VERBS = frozenset({"提出", "倡导"})
# no programme at all: a change of state (转化为…行动, 成为…自觉行动), a plan still to come (将实施…),
# a predication (中国式现代化是一个系统工程)
# a quoted conjunct without a head before 、/和/以及/等: the list's first item, which the head does not name
_AFTER_QUOTED_CONJUNCT = re.compile(r"^[^“”]{0,6}“[^“”]{1,12}”(?:、|和|以及|及|等)")
_NOT_A_PLAN = re.compile(r"^(?:转化为|化为|成为|将|等)|(?<!实事求)是")
_NUMBERED = re.compile(r"[\d一二三四五六七八九十百千两]")


def _kind_after_description(name: str, *, campaign: bool = True) -> bool:
    """建设性的重要倡议, 长江十年禁渔的扎实行动, 健全维护国家安全的法律制度: a short kind after its
    description, not a name (中国支持…的八项行动 keeps its count)."""
    bare = re.sub(r"“[^“”]*”", "", name)
    if "的" not in bare:
        return False
    tail = bare.rsplit("的", 1)[1]
    # (美丽河湖保护的专项行动: a campaign's own kind, which names it with its description, when it is
    # carried out; 今年将…开展…突出问题的专项整治 is an intention)
    return len(tail) <= 4 and _NUMBERED.search(tail) is None and not (campaign and tail.startswith("专项"))


# no one programme's name: what is counted (三次打击行动, 多轮造林绿化工程), one said where or whose (在汗尤尼斯
# 的地面行动, 其地面行动), one referred to (相关…), or an air raid in a list (空袭和地面行动)
_NO_PROGRAMME_NAME = re.compile(
    r"^(?:在[^，。；]{1,16}的|其|有限的|有针对性的|后续|相关)|^(?:\d+多?|[一二两三四五六七八九十多]+)[次轮](?!性)|空袭"
)


# 五年来，…组织开展夏季治安打击整治行动, 2014年以来，…开展“猎狐行动”: the programmes of a period
# looked back on, when the period opens the sentence (not 论坛展现了十年来…，还启动…行动)
# (context.LOOKED_BACK, read by _looked_back at a sentence's opening and _since_a_past_year before a
# pilot's verb; 今年以来 and a year named are told apart there)


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d年")
_SINCE_BEFORE_DATE = ("自", "从", "于")
_DATE_CLAUSE_END = re.compile(r"(?:开始|起)?[，,]")  # (从2021年开始，…)
_DATE_OPENERS = frozenset({"", "从", "自", "早在", "在", "于"})


def _recalled_year(ctx: ArticleContext, s: SentenceView, vs: int) -> bool:
    """2019年7月，…正式启动…“百校项目”, 2012年我国启动…, …自2022年6月起在全国开展…: a launch that a date
    with an earlier year written out dates, opening the sentence or the verb's clause or after 自/从/于 in it,
    or right before the verb, with no 的 between it and the verb (not 依据2021年出台的规划，…启动…: that date
    is the plan's); a month more than two months before the story (2023年12月28日，…启动… in a January story
    is news; so is 去年…, as dev counts it), or a past year alone."""
    if ctx.published is None or CURRENT_FRAME.search(ctx.text, s.start, vs) is not None:
        return False
    clause = ctx.clause_start(s, vs)
    now = ctx.published.year * 12 + ctx.published.month
    for d in s.of("DATE"):
        if not (d.end <= vs and _YEAR_DIGITS.match(ctx.text, d.start)):
            continue
        # (2023年，…, 早在2018年，…: a date that is the whole first clause dates the sentence, whatever 的 follows)
        whole_clause = _DATE_CLAUSE_END.match(ctx.text, d.end) is not None and ctx.text[s.start : d.start] in _DATE_OPENERS
        if not (whole_clause or d.start in (s.start, clause) or (
            clause <= d.start and ctx.text.endswith(_SINCE_BEFORE_DATE, clause, d.start)
        ) or (clause <= d.start and vs - d.end <= 2)):
            continue  # (在2002年发起了…, 国家林草局2021年启动了…: the year right before its verb)
        value = str(d.attrs.get("value") or "")
        if ("的" in ctx.text[d.end : vs] and not whole_clause) or not value[:4].isdigit() or int(value[:4]) >= ctx.published.year:
            continue
        if not (value[4:5] == "-" and value[5:7].isdigit()):
            return True  # (2023年，…启动… in a January story: a year past, whatever its month)
        if now - (int(value[:4]) * 12 + int(value[5:7])) > 2:
            return True
    return False


def _looked_back(ctx: ArticleContext, s: SentenceView, vs: int, item: dict[str, Any]) -> dict[str, Any]:
    opening = ctx.clause_end(s, s.start)
    period = LOOKED_BACK.match(ctx.text, s.start, opening)
    # (截至目前，国家部署实施了51个…工程: works counted, a tally looked back on)
    counted = _COUNTED_BEFORE_NAME.search(ctx.text, max(vs, item["span"][0] - 8), item["span"][0]) is not None and (
        item["name"].endswith(("工程", "项目"))  # (not 开展88条“母亲河”复苏行动: rivers counted, one campaign)
    )
    # (全国妇联发起的“春蕾计划”十年来…: a programme named by who began it, referred to)
    referred = ctx.text.startswith("的", item["trigger"][1])
    # (今年开展…“特供酒”犯罪专项行动以来, …自今年6月起联合开展打击整治非法社会组织专项行动以来已取缔…:
    # begun before, reported on; an initiative, as dev has it, whose start is no news of the day)
    since = ctx.text.startswith("以来", item["span"][1])
    # (not “十四五”以来，…，今天，…启动…: the day's news after the period)
    of_the_period = period is not None and period.end() == opening < vs and CURRENT_FRAME.search(
        ctx.text, period.end(), vs
    ) is None and not any(
        period.end() <= d.start < vs and not ctx.dated_before_this_year(s, d.start, d.end) for d in s.of("DATE")
    )  # (but 于2021年启动: a year of the period, still looked back on)
    # (2019年7月，…中阿双方…正式启动阿联酋中文教学“百校项目”: a launch an earlier year dates, recalled)
    past = _recalled_year(ctx, s, vs)
    item["looked_back"] = of_the_period or counted or referred or since or past
    return item


# 推出A、B等一系列举措: a list summed up as a batch, none named; so is 实行“提前备案通关”等多项举措, and
# “先使用后付费”等创新措施, one example of the measures named by their kind
# a corridor or belt that opens the clause and the name of a body on it (西部陆海新通道钦州联运中心)
_TIME_OPENINGS = ("今", "昨", "明", "近日", "日前", "目前", "此前", "近期", "当天", "同日")
_REPORTED_BY = re.compile(r"获悉|了解到|记者|据悉|据了解")
_ROUTE_BEFORE = re.compile(r"[^，。；、\s“”《》在从的]{2,10}(?:新通道|大通道|通道|走廊|经济带)")
_SUMMED_BATCH = re.compile(r"等(?:一系列|一批|多项|各项|多种)|^[^、，等]{2,20}等[\u4e00-\u9fff]{0,4}(?:措施|举措)$")
_COUNTED_BEFORE_NAME = re.compile(r"(?:\d+|[两三四五六七八九十百]+)[多余]?[个项批座条]$")


def find_pilots(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A scheme put on trial: 率先试点“文体旅一证通”, 试行在线选铺服务, 推广应用“数电发票”, or a
    pilot carried out, 开展跨境电商零售进口关税保证保险试点."""
    verbs = ctx.lexicon.trigger_list("pilot_verbs")
    starting = ctx.lexicon.trigger_list("start_verbs")
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, [*verbs, *starting, *_PILOT_STARTS], s.word_starts):
        if is_directive(ctx, s, vs):
            continue  # 要开展…试点: called for; 推出…、开展…试点、…等30项举措: a measure listed
        pos = _skip_words(ctx, _skip(ctx, ve, s.end, counts=False), ("实施", "运行"))
        if verb in starting:
            # 6月5日起，铁路12306手机客户端提供…核验服务; 6月15日零时起，全国铁路将实行新列车运行图:
            # a service or timetable that starts on a day the clause before names
            if _STARTS_ON.search(ctx.text, s.start, vs) is None:
                continue
            spans = _phrases_after(ctx, s, pos, [*_PILOT_OBJECTS, "运行图"], limit=24)
            kind = "other"
        elif verb in _PILOT_STARTS:
            if _since_a_past_year(ctx, s, vs):
                continue  # 2007年以来，全国28个省份开展排污权交易试点: pilots of years past, summed up
            # (部署开展第二批国家数字乡村试点工作: the pilot, without the word for the work of it)
            spans = [(a, b - len("工作") if ctx.text.endswith("试点工作", a, b) else b)
                     for a, b in _phrases_after(ctx, s, pos, ["试点", "试点工作"], limit=24) if b - a >= 6]
            kind = "project"
            if not spans and verb == "启动" and (response := _EMERGENCY_RESPONSE.match(ctx.text, pos, s.end)):
                # 国家防总…启动防汛四级应急响应, 中国红十字会今天启动二级应急响应: a response of a named level
                # begun (not 及时启动应急响应, one of no level called for)
                spans, kind = [response.span("name")], "response"
        else:
            if ctx.text.startswith(
                ("城市", "地区", "学校", "单位", "企业", "工作", "范围", "经验", "示范", "措施", "政策", "合作", "机制"), ve
            ):
                continue  # 试点城市, 试点工作, …等试点措施, 投贷联动试点合作机制: the noun, not the verb
            spans = _phrases_after(ctx, s, pos, _PILOT_OBJECTS, limit=24)
            if not spans and ctx.text.startswith("“", pos):
                close = ctx.text.find("”", pos, s.end)
                if 0 < close - pos <= 20 and (close + 1 == s.end or _NP_BREAK.match(ctx.text, close + 1)):
                    spans = [(pos, close + 1)]  # 试点“文体旅一证通”，…: the quoted scheme itself
            kind = "other"
        for span in spans[:1]:
            name = ctx.text[span[0] : span[1]]
            if _VAGUE_BATCH.match(name) or (_starts_with_verb(ctx, s, span[0]) and not name.startswith("“")):
                continue
            if verb in starting and len(_PRAISE.sub("", name)) <= 2:
                continue  # 从今天起，签证处…提供高效快捷服务: a service only praised, not named
            if _COUNTED_PROGRAMMES.match(name) and not ctx.text.startswith("“", span[0]):
                continue  # 累计开展3500余项改革试点: a tally of pilots, none named
            if kind == "response":
                # (a launch the annotators require, of no initiative the story reports: dev and the audits list
                # the response itself at most as optional)
                yield {**_item(name, "other", verb, span, (vs, ve), ctx.event_date(s), actors=_actors(ctx, s, vs)),
                       "event_only": True}
                continue
            yield _item(name, kind, verb, span, (vs, ve), ctx.event_date(s), actors=_actors(ctx, s, vs))


_PILOT_STARTS = ("开展", "启动")  # 开展跨境电商…试点, 正式启动增值电信业务扩大对外开放试点
# an emergency response by its level (…四级应急响应, 防汛防风Ⅳ级应急响应), after whom it covers (针对湖南的)
_EMERGENCY_RESPONSE = re.compile(
    r"(?:(?:针对|对)[^，。；的]{1,30}的)?(?P<name>[\u4e00-\u9fff（）]{0,16}?(?:[一二三四1-4ⅠⅡⅢⅣ]|IV|I{1,3})级应急响应)"
)


def _since_a_past_year(ctx: ArticleContext, s: SentenceView, vs: int) -> bool:
    """A period that began in an earlier year, the last time the sentence names before the verb
    (2007年以来, 近年来, 党的十八大以来): what is carried out in it is summed up, not begun now (今年以来
    may be either, so it does not count; 十年来…，今年3月，…开展: the later date is the pilot's)."""
    last = None
    for m in LOOKED_BACK.finditer(ctx.text, s.start, vs):
        year = m.group("year")
        if m.group("this") is None and (year is None or ctx.published is None or int(year) < ctx.published.year):
            last = m
    return last is not None and not any(last.end() <= d.start and d.end <= vs for d in s.of("DATE"))


_PRAISE = re.compile(r"高效|快捷|便捷|便利|优质|贴心|周到|全方位|全天候|一站式|暖心|更好|更多|专门|相关|各类|多种|全程")
_STARTS_ON = re.compile(r"(?:\d{1,2}月\d{1,2}日|今天|明天|即日)(?:（[^（）]{1,12}）)?(?:零时|0时)?起")
# what is put on trial after 试点/试行: a service, policy or way of working
_PILOT_OBJECTS = [*_POLICY_HEADS, "服务", "方式", "模式", "业务"]


def find_in_force(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """《中华人民共和国无障碍环境建设法》正式施行, 中国—南非“经认证的经营者”互认安排今（9月1日）起实施:
    a law or arrangement that takes effect, named before the verb that closes its clause."""
    measures = ctx.lexicon.trigger_list("in_force_measure_heads")
    heads = ctx.lexicon.trigger_list("in_force_heads") + measures
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("in_force_verbs"), s.word_starts):
        if ctx.text[ve : ctx.clause_end(s, ve)] not in ("", "了"):
            continue  # 实施…行动: the verb's object is the programme rules'
        start = ctx.clause_start(s, vs)
        end, moved = vs, True
        while moved:  # 今（9月1日）起: gap words and dates, interleaved
            gap_start = _before_gap(ctx.text, start, end)
            date = next((d for d in s.of("DATE") if d.start < gap_start <= d.end and d.start >= start), None)
            # 《区域全面经济伙伴关系协定》RCEP对15个成员国全面生效: the short form after the title, and whom
            # it binds, are no part of its name
            aside = None if date is not None else (
                _IN_FORCE_FOR.search(ctx.text, start, gap_start) or _LATIN_ALIAS.search(ctx.text, start, gap_start)
            )
            moved = gap_start < end or date is not None or aside is not None
            end = date.start if date is not None else aside.start() if aside is not None else gap_start
        titles = [e for e in s.of("WORK_OF_ART") if start <= e.start and e.end == end]
        if titles:
            span = (titles[-1].start + 1, titles[-1].end - 1)
        else:
            found = subject_phrase(ctx, s, start, end, heads)
            if found is None:
                continue
            span = found
        name = ctx.text[span[0] : span[1]]
        if (len(name) < 4 or not name.endswith(tuple(heads)) or name.endswith(_NOT_LAWS)
                or (not titles and ((name.startswith(_REFERENCES) and not name.startswith("新版"))
                                    or re.search("按照|根据|依照", name)))):
            continue  # 这种新方法已经实施, 相关规定正式实施, 有关部门按照有关规定实施: no law named
        if not titles and (
            (_starts_with_verb(ctx, s, span[0]) and not _REGULATION_NAME.search(name)) or is_directive(ctx, s, vs)
            or _governed_law(ctx, s, span)
        ):
            # 保证宪法实施, 要推动宪法实施: 实施 the noun a verb governs, not a law taking effect (an untitled
            # regulation's name may itself begin with a verb: 促进个体工商户发展条例今天起正式实施)
            continue
        if not titles and name.endswith("试点") and span[1] == vs:
            continue  # 北京个人所得税改革率先试点实施: 试点实施 the verb, no pilot named (…试点开始实施 names one)
        measure = not titles and name.endswith(tuple(measures))
        if measure and _governed_law(ctx, s, span, anywhere=True):
            continue  # 国家知识产权局全面推进专利开放许可制度实施: 实施 the noun a verb inside the subject governs
        if measure and (
            span[1] != end or _VAGUE_BATCH.match(name) or _BATCH.search(ctx.text, start, span[0]) or DESCRIPTION.match(name)
            or _starts_with_verb(ctx, s, span[0]) or is_planned(ctx, s, vs)
        ):
            # 一系列…的重大举措相继实施, …举措在雄安新区落地实施: no measures named, or not taking effect
            # (…新措施7月1日起实施, read in June, is reported with its day, as dev annotates it)
            continue
        if measure and (counted := COUNT_PREFIX.match(ctx.text, span[0], span[1])) and span[1] - counted.end() >= 4:
            span, name = (counted.end(), span[1]), ctx.text[counted.end() : span[1]]  # 8项…新措施: the measures
        if not titles and (inner := _APPLIED_INSIDE.search(name)) is not None:
            # 中国对瑞士等6国试行免签政策今起实施: the policy applied, not whom it is applied to
            span, name = (span[0] + inner.end(), span[1]), name[inner.end() :]
        # 外商投资法和优化营商环境条例正式施行: each law listed takes effect
        # 跨境电商零售进口试点于2016年开始实施: measures in use since an earlier year are background
        earlier = measure and ctx.dated_before_this_year(s, span[1], vs, year_written=True)
        for part in [span] if titles else _list_items(ctx, span, heads):
            name = ctx.text[part[0] : part[1]]
            item = _item(name, _np_kind(ctx, name) if measure else "document", verb, part, (vs, ve), ctx.event_date(s))
            item["launched"] = measure and not earlier
            item["looked_back"] = earlier
            yield item


def _governed_law(ctx: ArticleContext, s: SentenceView, span: tuple[int, int], *, anywhere: bool = False) -> bool:
    """用…制度体系|保证|宪法实施: the words before the law are a clause whose verb governs it; with
    ``anywhere``, a governing verb at any word of the subject (国家知识产权局全面推进|专利开放许可制度)."""
    words = [(a, b) for a, b in s.tokens if span[0] <= a and b <= span[1]]
    governing = ctx.lexicon.trigger_list("in_force_governing_verbs")
    if anywhere:
        return any(ctx.text[a:b] in governing for a, b in words)
    return len(words) >= 3 and words[-1][1] == span[1] and ctx.text[words[-2][0] : words[-2][1]] in governing


_VISITED = frozenset({"参观", "考察", "走访", "察看", "视察", "来到", "走进"})


def _visited_before(ctx: ArticleContext, s: SentenceView, vs: int) -> bool:
    """参观了…设立的中国角: the clause's verb is a visit (a word of its own) and nothing between it and the
    founding tells of the story's time (not 走进今天刚刚成立的社区服务中心, 参观了昨天/本月成立的…; but 参观了
    3月15日成立的…: a visit to what an earlier month founded)."""
    clause = ctx.clause_start(s, vs)
    visit = max((b for a, b in s.tokens if clause <= a and b <= vs and ctx.text[a:b] in _VISITED), default=None)
    return visit is not None and CURRENT_FRAME.search(ctx.text, visit, vs) is None and "刚" not in ctx.text[visit:vs] and not any(
        visit <= d.start < vs and _recent(ctx, str(d.attrs.get("value") or "")) for d in s.of("DATE")
    )


def _recent(ctx: ArticleContext, value: str) -> bool:
    """A date value of the story's month, or a day at most 31 days before the story."""
    if ctx.published is None:
        return False
    try:
        return 0 <= (ctx.published - dt.date.fromisoformat(value[:10])).days <= 31
    except ValueError:
        return value == ctx.published.isoformat()[:7]  # (本月)


# before a subject borrowed from the clause before: a count, a batch or a visit (参观了…的) makes it no name
# (a plan or a call, 将…, 要加快推进…, is read by word: is_planned, modal_words)
_BORROWED_NOT = re.compile(r"[两三四五六七八九十\d]+[条座个项家批]|一批|参观|考察|走进|来到")
_PLACE_AND_GAP = re.compile(rf"(?:{GAP_ADVERBS})*+(?:在[^，。；在]{{1,20}}?(?:{GAP_ADVERBS})*+)?")  # (日前在辽宁沈阳|动工)


def _gap_clause(ctx: ArticleContext, s: SentenceView, start: int, end: int) -> bool:
    """A clause after a comma that holds only dates, a place (在…) and adverbs before its verb."""
    if start <= s.start or ctx.text[start - 1] != "，" or start >= end:
        return False
    pos = start
    for d in sorted(s.of("DATE"), key=lambda d: d.start):
        if d.start == pos:
            pos = d.end
    return _PLACE_AND_GAP.fullmatch(ctx.text, pos, end) is not None


# 对…试行|免签政策: whom a measure applies to, then the verb that applies it, inside a subject
_APPLIED_INSIDE = re.compile(r"^[^，。；《》“”]{0,6}对[^，。；对《》“”]{1,16}?(?:试行|实行|施行|推行)(?=[^，。；]{4,}$)")
# what stands between a law's name and 施行: 今（9月1日）起, 将于…起, 正式 (dates are removed first)
_IN_FORCE_FOR = re.compile(r"对[^，。；对《》]{1,12}?(?:国|方|成员|地区|签署国|成员国|缔约方)$")
_LATIN_ALIAS = re.compile(r"(?<=[》）)（(])[A-Za-z]{2,10}$")
_IN_FORCE_GAP = (
    "今天", "今日", "即日", "开始", "正式", "全面", "已经", "已", "今", "自", "从", "将", "于", "起", "（", "）", "(", ")",
    "在全国范围内", "在全国",  # (个人养老金制度在全国范围内实施: where, nationwide)
)
_REFERENCES = ("相关", "有关", "其", "新", *DEMONSTRATIVES)


def _before_gap(text: str, start: int, end: int) -> int:
    """Where the gap words before ``end`` begin, stripped right to left one word at a time (a
    regex anchored at ``$`` and searched from every start would be quadratic on long runs)."""
    moved = True
    while moved:
        moved = False
        for word in _IN_FORCE_GAP:
            if end - len(word) >= start and text.startswith(word, end - len(word)):
                end, moved = end - len(word), True
                break
    return end


@lru_cache(maxsize=8)
def _tail_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    # (“一带一路”和三大全球倡议: a head after a conjunction names another item; “三支一扶”等基层项目 is one;
    # “…工作组”以加快具体气候行动: 以 opens what the quoted body is for, but not 以旧换新; “中朝友好年”并启动
    # 系列活动: 并 opens the next predicate, but not in “科创板八条”并购重组专项行动)
    not_tail = r"(?!和|及|以及|与|以(?!旧)|并[启开举推实发召签设建成出])"
    return re.compile(not_tail + r"[^，。；、“”（）]{0,10}?(?:" + "|".join(map(re.escape, heads)) + ")")


@lru_cache(maxsize=4)
def _decree_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between 签署 and the decree's kind: its number (第一三〇号) and a short
    modifier (行政法令)."""
    number = r"第[〇零一二三四五六七八九十百千\d]{1,8}号"
    # (签署一项行政令: the count is no part of the name; 法令修正案, 法令草案, 行政令全文: not the decree issued)
    return re.compile(
        r"了?(?:[一二两三四五六七八九十\d]{1,3}[项份道])?"
        rf"(?P<name>(?:{number}(?:至{number})?)?[^\W\d_的之了，。；、]{{0,4}}?(?:{'|'.join(map(re.escape, heads))}))"
        r"(?!草案|修正案|修订|汇编|全文|文本)"
    )


_APPOINTS = re.compile(r"[，,]?(?:任命|免去|免除|解除|晋升|授予)")


def find_decrees(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """俄罗斯总统普京27日签署总统令, 国家主席习近平签署第一三〇号主席令: a decree issued, named by
    its kind (and number); not one to come (将签署), nor one a relative clause recalls (签署的法令)."""
    pattern = _decree_pattern(tuple(ctx.lexicon.trigger_list("decree_heads")))
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("decree_verbs"), s.word_starts):
        m = pattern.match(ctx.text, ve, s.end)
        if m is None or is_planned(ctx, s, vs) or is_directive(ctx, s, vs) or _APPOINTS.match(ctx.text, m.end()):
            continue  # (普京签署总统令，任命…为…: an appointment, personnel news, as a bare 命令 carries it)
        span = m.span("name")
        yield _item(m.group("name"), "document", verb, span, (vs, ve), ctx.event_date(s), _actors(ctx, s, vs))


_STUDIED = ("学习", "领学", "传达", "重温", "诵读")
_SECOND_ACT = frozenset({"并", "后", "了", "以及", "然后", "随后", "之后", "而后", "会后", "此后", "随即"})
# (宣读了中国侨联、国务院侨办《…》《…》: the issuer may stand first, and several titles in a row)
_TITLES_READ = re.compile(r"了?[^，。；《》]{0,30}?(?P<titles>(?:《[^《》]{1,80}》[、和及]?){1,6})")


def find_decisions_read(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """会上宣读了《…关于表彰…的决定》: a decision or circular read out at a meeting is made public there, a
    document released on the meeting's day; not one still to be read, nor one read in a past year."""
    heads = tuple(ctx.lexicon.trigger_list("read_out_heads"))
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("read_out_verbs"), s.word_starts):
        m = _TITLES_READ.match(ctx.text, ve, s.end)
        if m is None or is_planned(ctx, s, vs) or ctx.dated_before_this_year(s, s.start, vs, year_written=True) or (
            find_words(ctx.text, ctx.clause_start(s, vs), vs, list(_STUDIED), s.word_starts)
        ):
            continue  # (主持人领学宣读了《…决定》: a decision studied, issued long before)
        # (between the verb and the titles only their issuers: not 宣读入党誓词并集中学习了《…的决定》, a title
        # another verb governs)
        # (jieba tags some issuers' short names verbs, 国务院侨办: the words that join a second act tell it, as
        # words of their own: not the 后 of 中央军委后勤保障部)
        gap_start = ve + ctx.text.startswith("了", ve)
        if any(gap_start <= a and b <= m.start("titles") and ctx.text[a:b] in _SECOND_ACT for a, b in s.tokens):
            continue
        for t in s.of("WORK_OF_ART"):
            title = str(t.attrs["title"])
            if m.start("titles") <= t.start and t.end <= m.end("titles") and title.endswith(heads):
                yield _item(title, "document", verb, (t.start + 1, t.end - 1), (vs, ve), ctx.event_date(s))


def find_following_titles(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """"…成果在会上书面发布。《T》聚焦…": a title opening the sentence after a release."""
    if s.index == 0:
        return
    prev = ctx.sentences[s.index - 1]
    titles = s.of("WORK_OF_ART")
    if not titles or titles[0].start != s.start:
        return
    # (提出 and 下发 release only what follows them in their own sentence)
    verbs = [v for v in ctx.lexicon.trigger_list("release_verbs") if v not in _OBJECT_ONLY_RELEASES]
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


# 授予唐胜杰、江新林同志“英雄航天员”荣誉称号, 追授鲍卫忠同志“时代楷模”称号: the recipients between the
# verb and the quoted title; a medal or prize (勋章, 奖章, 奖) is awarded, a title (称号) designates
_TITLE_NEXT = re.compile(r"(?P<title>“[^“”]{2,24}”)(?P<tail>(?:国家)?(?:荣誉)?称号|勋章|奖章)?")
_TITLE_BEFORE = re.compile(r"(?P<title>“[^“”]{2,24}[奖章]”)$")
# (迪尔玛·罗塞芙（女，巴西）: a bracketed aside, its comma inside, is part of who is named)
# (授予陆军某合成旅“杨根思连”“时代楷模”称号: a recipient may end in a quoted name of its own, right
# before the title)
_CONFERRED_AFTER = re.compile(
    r"(?P<who>(?:[^“”，。；：《》（）]|（[^（）“”。；]{1,40}）|“[^“”，。；]{1,16}”(?=“)){2,60}?)"
    + _TITLE_NEXT.pattern.replace("(?P<tail>", "(?!“)(?P<tail>", 1)  # (the title is the last quote of a run)
)
_PURPOSES = ("表彰", "纪念", "庆祝", "奖励", "表扬", "嘉奖")
_GIVEN_TO = re.compile(r"(?:给|向|为)(?P<who>[^，。；：“”给向为]{2,40}?)(?:追授|颁授|颁发|授予)$")
_RECIPIENT_TRIM = re.compile(
    r"同志$|（[^（）]{1,4}）$|^(?:[\u4e00-\u9fff]{2,10}(?:学家|专家|院士|教授|工程师))(?=[\u4e00-\u9fff]{2,4}$)"
)
_MEDALS = ("勋章", "奖章", "奖")
_EDITION_BEFORE = re.compile(r"等?(?P<edition>(?:\d{4}年度?)?第(?:\d{1,3}|[一二三四五六七八九十]{1,4})届|\d{4}年度)$")
# R1、R2等30名同志|第28届…奖章: who is counted, by a noun for people or bodies, then the honour
_COUNTED_RECIPIENTS = re.compile(
    r"(?P<names>[^，。；“”]{2,120}?)等(?:\d{1,4}|[一二两三四五六七八九十百]{1,4})(?:名|个|位|家|支)"
    r"(?>(?:同志|青年集体|先进集体|先进个人|外国友人|集体|个人|单位|家庭|团队|人)?)"  # (atomic: 同志|八一勋章)
    r"(?P<title>[^，。；、]{2,30}?(?:勋章|奖章|奖章集体|奖|称号))"
)


def _conferred_titles(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A title or medal conferred, with its recipients named after the verb (授予R“T”称号) or before it
    by 给/向 (给R颁发“T奖章”): one item per title, the recipients split at 、/和."""
    conferred: list[dict[str, Any]] = []
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("conferral_verbs"), s.word_starts):
        start = ctx.clause_start(s, vs)
        if ctx.text.endswith("被", start, vs) or _DISPOSAL.search(ctx.text, start, vs) or (
            ctx.text.find("关于", start, vs) >= 0
        ) or _intended(ctx, s, start, vs):
            continue  # 被授予 (the designation rule's), 将“T”授予R, 关于…授予…的决定: read elsewhere
        given = _GIVEN_TO.search(ctx.text, start, ve)
        if given is not None and given.group("who").startswith(_PURPOSES):
            given = None  # 为表彰他的突出贡献授予…: 为 states the purpose, not the recipient
        after = _CONFERRED_AFTER.match(ctx.text, ve, ctx.clause_end(s, ve))
        direct = _TITLE_NEXT.match(ctx.text, ve, ctx.clause_end(s, ve))
        recipients: list[str] = []
        if given is not None and (direct is not None or after is not None):
            # (向阮富仲授予中华人民共和国“友谊勋章”: who grants it may precede the title; 向 names who receives)
            title_of = direct or after
            assert title_of is not None
            who_span, title_span, tail = given.span("who"), title_of.span("title"), title_of.group("tail") or ""
        elif after is not None and verb != "颁发":
            who_span, title_span, tail = after.span("who"), after.span("title"), after.group("tail") or ""
        elif direct is not None and conferred and ctx.text.endswith(("并", "并为其", "并向其", "并给其", "同时为其"), start, vs):
            # …授予R“英雄航天员”荣誉称号并颁发“三级航天功勋奖章”: the same recipients
            who_span, title_span, tail = (0, 0), direct.span("title"), direct.group("tail") or ""
            recipients = conferred[-1]["recipients"]
        elif direct is None and verb == "授予" and (prior := _TITLE_BEFORE.search(ctx.text, start, vs)) is not None:
            # 2024年度何梁何利基金“科学与技术成就奖”授予植物分子遗传学家李家洋院士: the honour first, then who gets it
            who_span, title_span, tail = (ve, ctx.clause_end(s, ve)), prior.span("title"), ""
        else:
            continue
        # 授予81名个人“国家卓越工程师”称号、50个团队“国家卓越工程师团队”称号: one verb, titles listed with their holders
        parts = [(who_span, title_span, tail, recipients)]
        pos = title_span[1] + len(tail)
        while after is not None and ctx.text.startswith("、", pos) and (
            more := _CONFERRED_AFTER.match(ctx.text, pos + 1, ctx.clause_end(s, ve))
        ) is not None:
            if _NOT_HOLDERS.match(more.group("who")):
                break  # 、同时授予李四“…”称号, 、追授黄文秀…, 、并为其颁发…: another verb, read on its own
            parts.append((more.span("who"), more.span("title"), more.group("tail") or "", []))
            pos = more.end("title") + len(more.group("tail") or "")
        for who_span, title_span, tail, recipients in parts:
            title = ctx.text[title_span[0] + 1 : title_span[1] - 1]
            medal = (title + tail).endswith(_MEDALS)
            if not medal and not tail.endswith("称号"):
                continue  # 授予…“…”: a quote that names no title or medal conferred
            span = (title_span[0] + 1, title_span[1] - 1)
            if ctx.text.endswith(STATE_NAME, s.start, title_span[0]):
                # 授予中华人民共和国“友谊勋章”: the state's own honour, named whole as the annotators write it
                span = (title_span[0] - len(STATE_NAME), title_span[1])
                title = ctx.text[span[0] : span[1]]
                if who_span[0] < span[0]:  # (中华人民共和国“友谊勋章”授予拉赫蒙: who follows the verb)
                    who_span = (who_span[0], min(who_span[1], span[0]))
            if tail.endswith("荣誉称号"):
                # 授予…“人民科学家”国家荣誉称号: an honorary title is named with its kind, as the annotators write it
                # (a bare 称号, 授予…“公安楷模”称号, names the title alone)
                span = (title_span[0], title_span[1] + len(tail))
                title = ctx.text[span[0] : span[1]]
            if (edition := _EDITION_BEFORE.search(ctx.text, *who_span)) is not None and who_span[1] == title_span[0]:
                # 授予144个爱心个人、团队、捐赠企业等第十二届“中华慈善奖”: the edition is the prize's
                who_span, span = (who_span[0], edition.start()), (edition.start("edition"), title_span[1])
                title = ctx.text[span[0] : span[1]]
            recipients = recipients or [
                r for item in split_listed(s, *who_span) if len(r := _RECIPIENT_TRIM.sub("", item.strip())) >= 2
            ]
            if not recipients:
                continue
            ctx.designations.append(span)
            conferred.append(_item(title, "competition" if medal else "designation", verb, span, (vs, ve), ctx.event_date(s),
                                   recipients=recipients))
            if len(parts) > 1:
                conferred[-1]["listed"] = True  # (two titles of one verb, however alike their names)
            yield conferred[-1]


STATE_NAME = "中华人民共和国"  # the state whose honour a quoted title right after it names (中华人民共和国“友谊勋章”)


def without_state(name: str) -> str:
    """中华人民共和国“友谊勋章” → “友谊勋章”: the state's honour by its quoted name alone."""
    return name.removeprefix(STATE_NAME) if name.startswith(STATE_NAME + "“") else name


_REVOKED = re.compile(r"撤销|取消|撤回")
_NOT_HOLDERS = re.compile(
    r"(?:同时|并|还|也|又|再|分别|决定)*(?:授予|追授|颁授|颁发|给予|(?:为|向|给)[^，。；“”]{1,12}?(?:颁发|授予|颁授|追授))"
)  # (not 向阳社区, 为民服务队: holders whose names open with 向 or 为)
_HONORARY_TITLE = re.compile(r"“[^“”]{2,24}”(?:国家)?荣誉称号")
_ORDER_OF_CONFERRAL = re.compile(r"的?(?:命令|决定|通令|通知|议案)$")
# words before a quoted title that say which edition or issue (本届, 今年首次发布的), not part of its name
_REFERRED_LEAD = re.compile(r"(?:本届|本次|本期|该|此次|这一|今年|首次|新一届|最新)*(?:(?:发布|评选|公布|推出)的)?")


# 签署通令，给中国人民解放军92950部队记一等功，给…刘爱军记国防科技三等功: a merit recorded by order is
# conferred on whom it names (追记: on the dead)
_MERIT_RECORDED = re.compile(
    r"(?:给|为)(?P<who>[^，。；：“”给为]{2,40}?)(?:分别)?(?P<verb>追记|记)(?P<merit>(?:集体)?(?:国防科技)?[一二三特]等功)"
)


def _merits_recorded(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    for m in _MERIT_RECORDED.finditer(ctx.text, s.start, s.end):
        if is_planned(ctx, s, m.start()) or _intended(ctx, s, ctx.clause_start(s, m.start()), m.start("verb")):
            continue
        recipients = [r for item in split_listed(s, *m.span("who")) if len(r := _RECIPIENT_TRIM.sub("", item.strip())) >= 2]
        # (签署通令，给…记一等功: who orders it signs in the clause before)
        signed = ctx.text.rfind("签署", s.start, m.start())
        actors = _actors(ctx, s, m.start()) or (_actors(ctx, s, signed) if signed >= 0 else [])
        yield _item(m.group("merit"), "competition", m.group("verb"), m.span("merit"), m.span("verb"), ctx.event_date(s),
                    actors, recipients=recipients)


def find_designations(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    conferred = list(_conferred_titles(s, ctx))
    yield from conferred
    yield from _merits_recorded(s, ctx)
    yield from _days_designated(s, ctx)
    verbs = ctx.lexicon.trigger_list("designation_verbs")
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, verbs):
        if any(c["trigger"] == (vs, ve) for c in conferred):
            continue  # 授予R“T”称号: read above, with R after the verb
        end = ctx.clause_end(s, ve)
        name_start = ve
        if ctx.text.startswith(("为", "的", "了"), name_start):
            name_start += 1  # (授予的“最美应急管理工作者”称号: the 的 of what was conferred; 入选了“…”)
        name = ctx.text[name_start:end]
        if _ORDER_OF_CONFERRAL.search(name):
            continue  # 宣读中央军委授予舰名、舷号的命令: the order read out, of a conferral it tells
        # 授予“友谊勋章”的迪尔玛·罗塞芙女士…, 被评为“四铁”先进单位并荣立…: the name ends at the quote
        # a relative clause follows, or before a second verb
        if (quoted := _QUOTED_THEN.match(name)) is not None:
            name = name[: quoted.end("name")]
        # (并 as a word of its own: not the 并 of 兼并重组)
        second = next((p for p in range(name_start, name_start + len(name)) if ctx.text[p] == "并" and p in s.word_starts), None)
        name = name if second is None else name[: second - name_start]
        honorary = _HONORARY_TITLE.match(name)
        # (被授予“人民科学家”国家荣誉称号: an honorary title named with its kind, as _conferred_titles names it)
        name = honorary.group() if honorary is not None else _DESIGNATION_TAIL.sub("", name)
        if (referred := _REFERRED_LEAD.match(name)) is not None and name.startswith("“", referred.end()):
            name = name[referred.end() :]  # 入选本届“文化企业30强”, 今年首次发布的“…30强”: the title, not which edition
        name = name[1:-1] if name.startswith("“") and name.endswith("”") and name.count("“") == 1 else name.strip("\"")
        if "“" in name and "”" not in name[name.rfind("“") :]:
            name += "”"  # 授予2023年“最美拥军人物”称号: the name keeps the quote it opens
        if name.startswith("《") and name.endswith("》") and name.count("《") == 1:
            name = name[1:-1]  # 入选《世界记忆亚太地区名录》: the list, without its marks
        if not 3 <= len(name) <= 40 and _COUNTED_RECIPIENTS.fullmatch(name) is None:
            continue  # (授予A、B、C…等20个青年集体…奖章集体: a long list of recipients, then the honour)
        if verb in ctx.lexicon.trigger_list("prize_won_verbs") and name.rstrip("”").endswith(_MEDALS):
            continue  # 荣获联合国“地球卫士奖”: a prize won, the prize rule's (which also tells a record from news)
        nstart = ctx.text.find(name, name_start, end)
        start = ctx.clause_start(s, vs)
        if ctx.text.find("关于", start, vs) >= 0 and _BILL_END.search(name):
            continue  # 关于…授予国家勋章和国家荣誉称号的决定草案的议案: the conferral a bill is about, not made
        # (被授予: the verb's own 被; 获评 is passive too: X获评Y, X is rated Y, where X is a body, a place or
        # a quoted name after any time or manner words: 该工作法近日再次获评 names no recipient; 曾多次获评 is
        # a record, 2015年获评 history)
        rated = None
        if verb == "获评":
            if _RATED_RECORD.search(ctx.text, start, vs) or ctx.dated_before_this_year(s, start, vs):
                continue
            rated = _RATED_SUBJECT.fullmatch(ctx.text, start, vs)
            if rated is None:
                continue
        bei = vs if verb.startswith("被") else ctx.text.rfind("被", start, vs)
        disposal = _DISPOSAL.search(ctx.text, start, vs) if bei < 0 else None
        if disposal is not None:
            # 国务院将“全国文明城市”称号授予松江区: what is conferred stands between 将 and the verb,
            # who receives it after the verb (and the granter before 将 receives nothing)
            yield from _conferred(ctx, s, disposal, (vs, ve), verb, end)
            continue
        counted = _COUNTED_RECIPIENTS.fullmatch(name) if bei < 0 and verb in ctx.lexicon.trigger_list("conferral_verbs") else None
        if counted is not None:
            # 授予王传超、王军扬等30名同志第28届中国青年五四奖章, 授予…等20个青年集体…奖章集体: the
            # recipients listed and counted after the verb, then the honour
            recipients = split_listed(s, nstart, nstart + counted.end("names"))
            title = counted.group("title")
            span = (nstart + counted.start("title"), nstart + counted.end("title"))
            ctx.designations.append(span)
            yield _item(title, "competition" if title.endswith((*_MEDALS, "奖章集体")) else "designation", verb, span, (vs, ve),
                        ctx.event_date(s), recipients=recipients)
            continue
        # in 'X被Z授予Y' Z grants: only what stands before 被 receives
        limit = bei if bei >= 0 else vs
        recipients = [ctx.text[o.start : o.end] for o in ctx.orgs_between(s, start, limit)
                      if o.label == "ORG"]
        if not recipients and rated is not None and (
            rated.group("name").startswith("“") or any(
                e.start == rated.start("name") and e.end == rated.end("name") for e in s.entities if e.label in ("ORG", "GPE")
            )
        ):
            recipients = [rated.group("name")]
        if not recipients and bei >= 0 and (2 <= bei - start <= 20 or ctx.text[start:bei] in ("他", "她")):
            if "《" in ctx.text[start:bei]:
                continue  # (电影)《流浪地球2》被授予评委会特别奖: a film's prize, not a designation of the kinds annotated
            # 700名维和官兵被联合国授予…, 达式常、翟俊杰被授予…: the recipients as written, one per listed name
            # (而赵忠贤也被授予…: the conjunction before them and the adverb after them are not theirs)
            recipients = split_listed(s, *_without_particles(s, start, bei))
        if not recipients and verb == "入选" and (picked := _QUOTED_PICK.search(ctx.text, start, vs)) is not None:
            # “中国山水工程”入选联合国首批十大“世界生态恢复旗舰项目”: a quoted work picked for a title
            recipients = [picked.group(1)]
            if (open_at := name.rfind("“")) >= 6 and name.endswith("”"):
                nstart, name = nstart + open_at, name[open_at:]  # (the title, past who picks and how many)
        if not recipients and _HERITAGE_LIST.search(name):
            # “普洱景迈山古茶林文化景观”成功列入世界遗产名录 (not 2014年，大运河列入…: history recalled)
            recipients = [] if ctx.dated_before_this_year(s, s.start, vs) else _inscribed(ctx, start, vs, s.start)
        elif verb.endswith("列入"):
            continue  # 列入计划, 列入重点项目: only a heritage list inscribes (列入《世界遗产名录》)
        if not recipients:
            continue
        ctx.designations.append((nstart, nstart + len(name)))
        # (被联合国授予“和平荣誉勋章”: a medal is awarded, as a prize is)
        medal = name.strip("“”").endswith(_MEDALS[:2])
        yield _item(name, "competition" if medal else "designation", verb.lstrip("被"), (nstart, nstart + len(name)), (vs, ve),
                    ctx.event_date(s), recipients=recipients)
    yield from _designated_as(s, ctx)
    yield from _accepted_honours(s, ctx)


# 赵乐际接受了塔苏拉斯授予的希腊议会金质奖章: an honour accepted, conferred by whom 授予的 names
_ACCEPTED_HONOUR = re.compile(
    r"(?P<verb>接受|获得|荣获)了?(?P<by>[^，。；、“”《》的]{2,20}?)(?:授予|颁发|颁授)的"
    r"(?P<name>“?[^，。；、“”《》的]{2,30}?(?:勋章|奖章|荣誉称号|称号)”?)(?=[，。；]|$)"
)


def _accepted_honours(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    records = ctx.lexicon.trigger_list("record_words")
    for m in _ACCEPTED_HONOUR.finditer(ctx.text, s.start, s.end):
        clause = ctx.clause_start(s, m.start())
        span = m.span("name")
        if any(d[0] <= span[0] < d[1] for d in ctx.designations) or clause == m.start() or _negated(ctx, s, m.start()):
            continue  # (no one named before the verb: the recipient is unknown)
        if find_words(ctx.text, clause, m.start(), records) or (
            "生前" in ctx.text[s.start : m.start()] and CURRENT_FRAME.search(ctx.text, clause, m.start()) is None
        ) or ctx.text.startswith(
            "过", m.end("verb")
        ) or (
            is_planned(ctx, s, m.start()) or ctx.dated_before_this_year(s, clause, m.start(), year_written=True)
            or (clause > s.start and ctx.dated_before_this_year(s, s.start, ctx.clause_end(s, s.start))
                and CURRENT_FRAME.search(ctx.text, s.start, m.start()) is None)
            or COUNT_PREFIX.match(m.group("name")) or _VAGUE_BATCH.match(m.group("name")) or "枚" in m.group("name")
        ):
            continue  # 袁隆平生前曾荣获…, 2019年，他曾获得…, 将接受…授予的…, 先后获得…多枚勋章: a record or a plan
        who_span = _without_particles(s, clause, m.start())
        if (described := ctx.text.rfind("的", *who_span)) >= 0:
            who_span = (described + 1, who_span[1])  # 我们厂的工人张三、李四: who, past the description
        recipients = split_listed(s, *who_span) if "、" in ctx.text[slice(*who_span)] else [ctx.text[slice(*who_span)]]
        if not all(2 <= len(who) <= 12 or who in ("他", "她") for who in recipients):
            continue
        ctx.designations.append(span)
        name = m.group("name")
        medal = name.strip("“”").endswith(_MEDALS[:2])
        yield _item(name, "competition" if medal else "designation", m.group("verb"), span, m.span("verb"),
                    ctx.event_date(s), recipients=recipients)
    yield from _plaques(s, ctx)
    yield from _named_batches(s, ctx)
    yield from _honours_listed(s, ctx)


# 中宣部命名第八批全国学雷锋活动示范点和岗位学雷锋标兵各50个: a numbered batch of titles conferred, each
# title listed, the holders counted but not named
_NAMED_BATCH = re.compile(
    rf"命名了?(?P<batch>第(?:{NUMERAL}|\d+)批)(?P<titles>[^，。；]{{4,50}}?)(?:各|共)?(?:{NUMERAL}|\d+)[个家名所处座]"
)
# 并确定第一批市级水网先导区和第一批县级水网先导区: numbered batches of titles set, each title closing with
# an honour's head (the lexicon's honour_heads), the clause ending after them
_SET_BATCHES = re.compile(
    rf"(?:确定|认定)了?(?P<titles>(?:(?:首批|第(?:{NUMERAL}|\d+)批)[^，。；、和及“”]{{2,24}}?[和及、]){{0,3}}"
    rf"(?:首批|第(?:{NUMERAL}|\d+)批)[^，。；、和及“”]{{2,24}}?)(?=[，。；])"
)
_BATCH_OPENS = re.compile(rf"首批|第(?:{NUMERAL}|\d+)批")


_TALLIED_BEFORE = re.compile(r"已经?|累计|先后|截至|目前|共有|现有|此前|去年|早前")
_COUNTED_UNITS = rf"(?:{NUMERAL}[个家座所])"
_BATCH_WORDS = rf"(?:新增|新一批|首批|第(?:{NUMERAL}|\d+)批)"


# 将6月10日设立为文明对话国际日, 将2024年确定为“中柬人文交流年”: a day or a year named for a cause
_DAY_DESIGNATED = re.compile(
    r"将(?:每年的?)?(?:\d{4}年|\d{1,2}月\d{1,2}日)(?P<verb>设立为|设为|确定为|定为)"
    r"(?P<name>“[^“”，。；]{2,20}(?:年|日|周|月|节)”|[^“”，。；、]{3,16}(?:年|日|周|月|节)(?=[，。；、]|$))"
)
_DAY_PROPOSED = re.compile(r"建议|提议|倡议")


def _within(span: tuple[int, int]) -> Callable[[Entity], bool]:
    start, end = span
    return lambda e: start <= e.start < end


def _days_designated(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """将6月10日设立为文明对话国际日: a day or year designated, a designation of the day's name (not one
    only proposed, 中方建议将2025年确定为…: none is made yet; 我愿同你一道宣布将…确定为 makes it)."""
    for m in _DAY_DESIGNATED.finditer(ctx.text, s.start, s.end):
        clause = ctx.clause_start(s, m.start())
        if _DAY_PROPOSED.search(ctx.text, clause, m.start()) or ctx.dated_before_this_year(
            s, s.start, m.start(), year_written=True
        ):
            continue  # (2014年起，我国将每年的9月30日定为烈士纪念日: designated years ago, background)
        a, b = m.span("name")
        if ctx.text[a] == "“":
            a, b = a + 1, b - 1
        name = ctx.text[a:b]
        if _host_wording(ctx, name, a):
            continue  # (朝中两党…将2024年确定为“朝中友好年”: the year designated before, in the host's words)
        # (the day designated is not the day of its designation)
        date = ctx.event_date(s, skip=_within(m.span()))
        yield _item(name, "designation", m.group("verb"), (a, b), m.span("verb"), date, _actors(ctx, s, m.start()))


@lru_cache(maxsize=4)
def _honour_patterns(heads: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The shapes in which a title is conferred on units the story counts but need not name: 公布新增
    国家级文化产业示范园区名单, 公布50个…示范区建设单位, 确定首批…试点，包括…, 增设29个…示范区、60个…试验区,
    19个城市首批纳入…试点, …等100个单位为2022年国家乡村振兴示范县 (``heads``: the lexicon's honour_heads)."""
    # (not 此前公布的…名单: a list published before, referred to)
    title = rf"(?P<title>(?!的)[^，。；、“”]{{4,30}}?(?:{'|'.join(sorted(map(re.escape, heads), key=len, reverse=True))}))"
    return (
        re.compile(rf"(?P<verb>公布|公示|确定|认定)了?{_BATCH_WORDS}?{_COUNTED_UNITS}?{title}(?:建设单位|创建单位|名单)(?=[，。；]|$)"),
        # 确定首批生态产品价值实现机制试点，包括北京市延庆区…等12个地区: the holders listed after the title
        re.compile(rf"(?P<verb>公布|公示|确定|认定)了?{_BATCH_WORDS}{title}(?=[，,]包括)"),
        re.compile(rf"(?P<verb>增设)了?{_COUNTED_UNITS}{title}(?=[、，。；]|$)"),
        re.compile(rf"、{_COUNTED_UNITS}{title}(?=[、，。；]|$)"),
        re.compile(rf"{_COUNTED_UNITS}(?:城市|地区|单位|县|区|园区|企业)?{_BATCH_WORDS}?(?P<verb>纳入|入选|列入){title}(?=[，。；]|$)"),
        re.compile(rf"等{_COUNTED_UNITS}单位(?P<verb>为){title}(?=[，。；]|$)"),
    )


def _honours_listed(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    patterns = _honour_patterns(tuple(ctx.lexicon.trigger_list("honour_heads")))
    negations = tuple(ctx.lexicon.trigger_list("negation_words"))
    opened: tuple[int, int] | None = None  # 增设29个…示范区、60个…试验区: the verb a list continues
    for pattern in patterns:
        for m in pattern.finditer(ctx.text, s.start, s.end):
            verb = m.span("verb") if "verb" in pattern.groupindex else opened
            if verb is None or _intended(ctx, s, ctx.clause_start(s, m.start()), verb[0]) or is_planned(ctx, s, verb[0]):
                continue  # 将增设…: still to come
            if ctx.text.startswith("增设", verb[0]):
                opened = verb
            clause = ctx.clause_start(s, verb[0])
            if _VAGUE_BATCH.match(m.group("title")) or _TALLIED_BEFORE.search(ctx.text, clause, verb[0]) or (
                ctx.text.endswith(negations, clause, verb[0])
            ):
                continue  # 已经公布了两批…名单, 截至目前…纳入: a tally; 尚未公布…名单: not yet
            # 公布新一批和通过复核的国家文化产业示范基地名单: the title after what describes its holders (the
            # whole title where no 的 is in it: rfind gives -1)
            start = m.start("title") + m.group("title").rfind("的") + 1
            span = (start, m.end("title"))
            yield _item(ctx.text[span[0] : span[1]], "designation", ctx.text[verb[0] : verb[1]], span, verb, ctx.event_date(s))


def _named_batches(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    for m in _NAMED_BATCH.finditer(ctx.text, s.start, s.end):
        if _intended(ctx, s, ctx.clause_start(s, m.start()), m.start()):
            continue
        at, reported = m.start("titles"), False
        for i, title in enumerate(re.split(r"和|、|及", m.group("titles"))):
            name = m.group("batch") + title if i == 0 else title
            start = m.start("batch") if i == 0 else ctx.text.find(title, at, m.end("titles"))
            at = start + len(name)
            if len(title) < 4:
                continue
            item = _item(name, "designation", "命名", (start, start + len(name)), (m.start(), m.start() + 2),
                         ctx.event_date(s), _actors(ctx, s, m.start()))
            # one conferral of all the titles: the first title kept reports it, naming them together
            if reported:
                item["joint"] = True
            else:
                item["act"], reported = m.group("batch") + m.group("titles"), True
            yield item
    heads = tuple(ctx.lexicon.trigger_list("honour_heads"))
    for m in _SET_BATCHES.finditer(ctx.text, s.start, s.end):
        opens = list(_BATCH_OPENS.finditer(ctx.text, m.start("titles"), m.end("titles")))
        spans = [(a.start(), b.start() - 1) for a, b in pairwise(opens)] + [(opens[-1].start(), m.end("titles"))]
        titled = [(o.end(), b) for o, (_, b) in zip(opens, spans, strict=True)]  # (each title after its batch word)
        clause = ctx.clause_start(s, m.start())
        if not all(ctx.text.endswith(heads, a, b) for a, b in spans) or _intended(ctx, s, clause, m.start()) or (
            ctx.text.startswith(("，包括", "，分别", "，涉及"), m.end())
        ) or still_to_come(ctx, s, m.start()) or _TALLIED_BEFORE.search(ctx.text, clause, m.start()) or find_words(
            ctx.text, clause, m.start(), ctx.lexicon.trigger_list("negation_words"), s.word_starts  # (not 未来)
        ) or any(b - a < 4 or COUNT_PREFIX.match(ctx.text, a, b) for a, b in titled):
            # (确定首批项目: no honour; 将确定…, 明年确定…: to come; …试点，包括…: the holders listed, read above;
            # 已确定, 此前…认定: a tally or an earlier act; 尚未确定: none; 首批试点, 首批10个…试点: no title named)
            continue
        for a, b in spans:
            item = _item(ctx.text[a:b], "designation", m.group()[:2], (a, b), (m.start(), m.start() + 2),
                         ctx.event_date(s), _actors(ctx, s, m.start()))
            yield {**item, "listed": len(spans) > 1}  # (市级…先导区, 县级…先导区: alike names, each its own)


# 江苏实验室联盟在南京授牌, 中国澳门特别行政区、浙江省湖州市获得授牌: a plaque conferred, on what stands
# before the verb (not 举行授牌仪式: the ceremony is the meeting rule's)
_PLAQUED = re.compile(
    r"(?P<who>(?:[^，。；：、]{2,20}+、){0,8}+[^，。；：、]{2,20}?)(?:今天|昨天|日前|近日|\d{1,2}日)?(?:在[^，。；在]{1,10}?)?"
    r"(?:正式|成功)?(?:获得|获)?授牌(?=[，。；])"
)


_NOT_PLAQUED = re.compile(r"^(?:我们|他们|我|他|她|这|该)")


def _intended(ctx: ArticleContext, s: SentenceView, start: int, end: int) -> bool:
    """A future or modal word (the lexicon's future_words, modal_words) in ``start:end``: 今年将进一步完善…，
    深入开展…专项整治, 我们将择期授牌: what the sentence intends, not what was done."""
    words = ctx.lexicon.trigger_list("future_words") + ctx.lexicon.trigger_list("modal_words")
    return bool(find_words(ctx.text, start, end, words, s.word_starts))


# 新增授牌18家大企业开放创新中心: plaques conferred on a counted set of units, named by their kind
@lru_cache(maxsize=4)
def _titled_ceremony(ceremonies: tuple[str, ...]) -> re.Pattern[str]:
    """2025年“东亚文化之都”今天在日本京都举行授牌仪式: the title a conferring ceremony (the lexicon's
    designation_ceremony_heads: 授牌仪式, 颁证仪式 …) confers, with only when and where between."""
    verbs = "|".join(re.escape(c.removesuffix("仪式")) for c in ceremonies)
    return re.compile(
        r"(?<![的为])“(?P<title>[^“”]{2,20})”(?:今天|昨天|今日|日前|近日|\d{1,2}日)?(?:（[^（）]{1,12}）)?"
        rf"(?:在[^，。；“”在]{{1,12}}?)?举行了?(?P<verb>{verbs})仪式"
    )


_RANK_CEREMONY = re.compile(r"晋升(?P<rank>[上中少]将[军警]衔)(?:[军警]衔)?仪式")
_PLAQUED_COUNTED = re.compile(rf"授牌了?(?:{NUMERAL}|\d+)[家个所批](?P<kind>[^，。；、的]{{4,16}})(?=[，。；]|$)")


def _plaques(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    ceremonies = _titled_ceremony(tuple(ctx.lexicon.trigger_list("designation_ceremony_heads")))
    for m in ceremonies.finditer(ctx.text, s.start, s.end):
        if not _intended(ctx, s, ctx.clause_start(s, m.start()), m.start("verb")):
            yield _item(m.group("title"), "designation", m.group("verb"), m.span("title"), m.span("verb"),
                        ctx.event_date(s))
    for m in _RANK_CEREMONY.finditer(ctx.text, s.start, s.end):
        # 中央军委晋升上将军衔仪式28日在北京八一大楼举行: the rank the ceremony confers
        clause = (ctx.clause_start(s, m.start()), ctx.clause_end(s, m.end()))
        # (held: not 他回忆起2015年参加晋升上将军衔仪式时的情景)
        if "举行" in ctx.text[clause[0] : clause[1]] and not _intended(ctx, s, clause[0], m.start()):
            yield _item(m.group("rank"), "designation", "晋升", m.span("rank"), (m.start(), m.start() + 2), ctx.event_date(s))
    if not any(w in s.string for w in ctx.lexicon.trigger_list("plaque_verbs")):
        return
    for m in _PLAQUED_COUNTED.finditer(ctx.text, s.start, s.end):
        if not _intended(ctx, s, ctx.clause_start(s, m.start()), m.start()):
            yield _item(m.group("kind"), "designation", "授牌", m.span("kind"), (m.start(), m.start() + 2), ctx.event_date(s))
    for m in _PLAQUED.finditer(ctx.text, s.start, s.end):
        start = ctx.clause_start(s, m.end() - 2)
        who = re.sub(r"^(?:其中|同时|随后|此外|目前)", "", ctx.text[start : m.start("who") + len(m.group("who"))].strip())
        if who.endswith("被") or _FIRST_OF_TALLY.search(who):
            continue  # …智慧山文化创意产业园等15家园区被授牌: the holders of a title named elsewhere
        if not 2 <= len(who) <= 40 or "、" in who or _NOT_PLAQUED.search(who) or _intended(ctx, s, start, m.end()) or (
            _starts_with_verb(ctx, s, m.end("who") - len(who))
        ):
            continue  # (…、湖州市获得授牌 after 举行授牌仪式: the ceremony names the conferral)
        if (by := who.find("为")) >= 0:
            who = re.sub(r"(?:举行|颁发|进行)$", "", who[by + 1 :])  # 活动现场还为“…”合作校授牌: who receives it
            if len(who) < 2:
                continue
        at = ctx.text.find(who, start, m.end())
        vs = m.end() - 2
        yield _item(who, "designation", "授牌", (at, at + len(who)), (vs, vs + 2), ctx.event_date(s))


_QUOTED_PICK = re.compile(r"“([^“”]{2,20})”(?:成功|正式|顺利)?$")
# what stands before 获评: the one rated, then when and how (近日, 再次), all in its clause
_RATED_SUBJECT = re.compile(
    r"(?:[^，。；“”]{0,12}?，)?(?P<name>“[^“”]{2,30}”|[^，。；“”]{2,20}?)(?:近日|日前|今年|此前|再次|又|也|还|均|都|分别|成功|正式)*"
)
_JOINING_WORDS = frozenset({"而", "并", "且", "同时"})
_ALSO_WORDS = frozenset({"也", "还", "都", "均", "亦", "又", "先后", "分别", "同时", "曾"})


def _without_particles(s: SentenceView, start: int, end: int) -> tuple[int, int]:
    """而赵忠贤也|被授予, 今天他|接受了: the recipients between a joining word or a day and an adverb or a
    day, each a word of its own (成都, 且末县 keep their characters); nothing but a day is left as it was."""
    words = [(a, b) for a, b in s.tokens if start <= a and b <= end]
    while words and s.text[words[0][0] : words[0][1]] in _JOINING_WORDS:
        words = words[1:]
    while words and s.text[words[-1][0] : words[-1][1]] in _ALSO_WORDS:
        words = words[:-1]
    if not words:
        return start, start  # (同时被授予…: no one named)
    dated = {a for d in s.of("DATE") for a, b in words if d.start <= a and b <= d.end}
    undated = list(words)
    while undated and undated[0][0] in dated:
        undated = undated[1:]
    while undated and undated[-1][0] in dated:
        undated = undated[:-1]  # (张三今天|接受了…: the day after who, too)
    # (今天他…: the day before who; nothing but a day is left as it was)
    return (undated[0][0], undated[-1][1]) if undated else (words[0][0], words[-1][1])
_RATED_RECORD = re.compile(r"曾|多次|先后|累计|连续|历年")
_HERITAGE_LIST = re.compile(r"名录$")
# 我国已有17项文献档案成功入选, 至此…: a tally of inscriptions, not one reported
_INSCRIBED_TALLY = re.compile(r"已有|累计|共有|至此|总数|先后")
_INSCRIBED_LEAD = re.compile(r"^(?:随着)?(?:我国|中国)?(?:申报的|推荐的)?|(?:成功|正式|顺利|已经|已)+$")


def _inscribed(ctx: ArticleContext, start: int, vs: int, sentence: int) -> list[str]:
    """What a heritage list inscribes, as written before the verb: the quoted items
    (“成都老茶馆档案”“徽州千年宗姓档案”…三项文献档案入选), else the phrase itself; a clause with no
    subject of its own (“春节——…”在…常会上通过评审，列入…名录) takes the sentence's quoted items."""
    subject = ctx.text[start:vs]
    if _INSCRIBED_TALLY.search(subject):
        return []
    quoted = re.findall(r"“([^“”]{2,40})”", subject)
    if quoted:
        return quoted
    subject = _INSCRIBED_LEAD.sub("", subject).removeprefix("被").removesuffix("被")
    if not subject and start > sentence:
        return re.findall(r"“([^“”]{2,40})”", ctx.text[sentence:start])
    if subject.startswith(("该", "这", "此", "其", "它")):
        return []  # 该遗产项目列入…: told again, named before
    return [subject] if 2 <= len(subject) <= 30 and not re.search(r"\d", subject) else []


_BILL_END = re.compile(r"的(?:决定|决议|议案|报告|汇报|说明)|草案")
_QUOTED_THEN = re.compile(r"(?P<name>“[^“”]{1,30}”(?:荣誉称号|称号|勋章|奖章)?)的")
_DISPOSAL = re.compile(r"[将把](?=[“《])")  # X将“Y”授予Z: Y is conferred on Z (only a quoted or titled Y)


def _conferred(ctx: ArticleContext, s: SentenceView, disposal: re.Match[str], verb_span: tuple[int, int], verb: str,
               end: int) -> Iterable[dict[str, Any]]:
    """X将“Y”授予Z: the designation Y, received by Z (recognised organisations, else Z as written)."""
    vs, ve = verb_span
    raw = ctx.text[disposal.end() : vs]
    name = _DESIGNATION_TAIL.sub("", raw).strip("“”\"《》")
    if not 3 <= len(name) <= 40 or "，" in raw:
        return
    recipients = [ctx.text[o.start : o.end] for o in ctx.orgs_between(s, ve, end) if o.label == "ORG"]
    if not recipients and 2 <= end - ve <= 20:
        recipients = split_listed(s, ve, end)
    if not recipients:
        return
    nstart = ctx.text.find(name, disposal.end(), vs)
    ctx.designations.append((nstart, nstart + len(name)))
    yield _item(name, "designation", verb, (nstart, nstart + len(name)), verb_span, ctx.event_date(s), recipients=recipients)


# 确定A、B等19家旅游景区为|国家5A级旅游景区: the units listed between the verb and 为
_LISTED_UNITS = re.compile(
    r"(?:了)?(?P<units>[^，。；为以]{2,80}?)(?:等(?P<count>\d{1,4}|[一二两三四五六七八九十百]+)[家个所处项][^，。；为以、等]{0,8}"
    r"|(?:[两二三四五六七八九十]|\d{1,4})个?[市县区地省家所处][^，。；为以、等]{0,4})?(?:作|成|列)?"
    r"为(?=[^，。；]{4,40}(?:[，。；]|$))"
)


def _designated_as(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """文化和旅游部确定A、B等19家旅游景区为国家5A级旅游景区: each listed unit receives the
    designation named after 为 (not 确定以…为…, which takes something as a guide)."""
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("designation_frame_verbs"),
                                   s.word_starts):
        m = _LISTED_UNITS.match(ctx.text, ve, s.end)
        if m is None or (m.group("count") is None and "、" not in m.group("units")):
            continue  # a list or a count: 确定2024年为…年 names no units
        end = ctx.clause_end(s, m.end())
        name = _DESIGNATION_TAIL.sub("", ctx.text[m.end() : end]).strip("“”\"")
        if not 4 <= len(name) <= 40 or any(d[0] <= m.end() < d[1] for d in ctx.designations):
            continue
        orgs = [ctx.text[o.start : o.end] for o in ctx.orgs_between(s, ve, m.end()) if o.label == "ORG"]
        # every listed unit, as the recogniser names it where it knows it (文化和旅游部 is not split at 和)
        recipients = list(dict.fromkeys(
            next((o for o in orgs if p in o), p) for p in split_listed(s, m.start("units"), m.end("units")) if 2 <= len(p) <= 25
        ))
        span = (m.end(), m.end() + len(name))
        ctx.designations.append(span)
        yield _item(name, "designation", verb, span, (vs, ve), ctx.event_date(s), recipients=recipients)


# the collectives and people an honour commends (全国台联系统先进集体和先进工作者, …先进集体和优秀个人)
_HONOURED = (r"[^，。；、“”《》\s的了对]{2,30}?(?:先进|模范|优秀)(?:集体|单位|组织)"
             r"(?:(?:和|及|、)(?:先进|模范|优秀|劳动模范)?(?:个人|工作者))")
# named before what confers it (…先进集体和先进个人表彰大会, …受表彰代表), after the verb (表彰全国台联系统…), or
# between 对 and the verb (大会对工商联系统先进集体和先进工作者进行了表彰)
_COMMENDED = re.compile(
    rf"(?P<name>{_HONOURED})(?:代表)?(?P<by>表彰大会|表彰活动|受表彰代表)"
    rf"|(?P<verb>表彰(?:奖励)?了?)(?P<named>{_HONOURED})(?=代表|的(?:决定|通报)》|[，。；]|$)"
    rf"|对(?:获评|获得)?(?P<object>{_HONOURED})(?:代表)?(?:进行了?|予以)(?P<then>表彰)"
)
# (宣读了《…》《…》《…的决定》, 宣读了中共中央、国务院《…的决定》: several titles in a row, the issuer first)
_DECISION_READ = re.compile(r"(?:宣读|印发|发布|公布|作出|颁布)了?[^，。；《》]{0,30}(?:《[^《》]{1,80}》[、和及]?){0,4}$")
# (表彰了30个…先进集体和60名先进个人, 一批先进集体和先进个人: holders counted, no one honour named)
_COUNTED_HOLDERS = re.compile(rf"{NUMERAL}[个名家位]|一批|部分|若干|一些")
# what frames the honour's name before 表彰大会 (召开的|…, 亲切接见|…, 在|…), not verbs inside it (脱贫攻坚)
_FRAMING_WORDS = ("召开", "举行", "举办", "接见", "会见", "出席", "参加", "在", "于", "向", "为", "给", "由")
# an honour still to come (将表彰, 定于下月召开…表彰大会) or one of the past (曾先后三次召开…表彰大会)
_NOT_NOW = ["定于", "准备", "曾", "此前", "多次", "先后", "历年", "每年"]


def find_commendations(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """An honour conferred on collectives and people (全国离退休干部先进集体和先进个人表彰大会, 表彰全国台联系统
    先进集体和先进工作者): a designation initiative named by the honour, as dev names it, which the pipeline
    reports as an award; the words that frame its name (接见, 召开的, a date that opens it) are left out. An
    honour to come or of the past, or holders counted, is not reported."""
    for m in _COMMENDED.finditer(ctx.text, s.start, s.end):
        group = next(g for g in ("name", "named", "object") if m.group(g) is not None)
        start, end = m.span(group)
        verb = m.start("by") + m.group("by").find("表彰") if group == "name" else m.start("verb" if group == "named" else "then")
        if is_planned(ctx, s, verb) or find_words(ctx.text, ctx.clause_start(s, m.start()), verb, _NOT_NOW):
            continue
        opened = ctx.text.rfind("《", s.start, verb)
        if opened > ctx.text.rfind("》", s.start, verb) and not (
            _DECISION_READ.search(ctx.text, s.start, opened) and ctx.text.find("关于", opened, verb) >= 0
            and _REVOKED.search(ctx.text, opened, verb) is None
            and not ctx.dated_before_this_year(s, s.start, opened, year_written=True)
        ):
            # 宣读《…关于表彰…的决定》: conferred by the decision read out or issued (not one cited, 根据《…》,
            # studied, 学习贯彻《…》精神, reviewed, nor 《关于撤销表彰…的决定》, nor one of years ago)
            continue
        for a, b in s.tokens if group == "name" else ():
            if start <= a and b <= end and ctx.text[a:b].endswith(_FRAMING_WORDS):
                start = b  # (隆重召开|全省…)
        # (a date or a verb that opens what is left: 2023年…, 奖励|全国…, 获评|全国…)
        while (date := next((d for d in s.of("DATE") if d.start == start and d.end < end), None)) is not None:
            start = date.end
        while start < end and _starts_with_verb(ctx, s, start):
            start = next((b for a, b in s.tokens if a == start), end)
        if end - start >= 8 and not _COUNTED_HOLDERS.search(ctx.text, start, end):
            yield _item(ctx.text[start:end], "designation", "表彰", (start, end), (verb, verb + 2), ctx.event_date(s))


def find_recognitions(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """Units recognised by kind: 新认定了34家跨国公司地区总部和17家外资研发中心 (one designation per
    kind counted), or 陕西省首个汽车概念验证中心获得科技部门认定 (the subject is recognised)."""
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("recognition_verbs"), s.word_starts):
        if ctx.text.startswith("为", ve):
            continue  # 认定为…: find_designations reads it
        if ctx.text[ve : ctx.clause_end(s, ve)] in ("", "。"):
            got = _GOT_RECOGNISED.search(ctx.text, ctx.clause_start(s, vs), vs)
            if got is not None:
                span = subject_phrase(ctx, s, ctx.clause_start(s, vs), got.start(), [])
                if span is not None and _launchable(ctx, s, span, body_ok=True):
                    name = ctx.text[span[0] : span[1]]
                    yield _item(name, "designation", verb, span, (vs, ve), ctx.event_date(s))
            continue
        pos = ve + ctx.text.startswith("了", ve)
        if "为" in ctx.text[pos : ctx.clause_end(s, pos)]:
            continue  # 认定了3家企业为省级技术中心: the designation is what follows 为 (find_designations')
        for m in _RECOGNISED_KIND.finditer(ctx.text, pos, ctx.clause_end(s, pos)):
            if m.start() != pos:
                break
            span = m.span("kind")
            if ctx.text.startswith("“", span[0]):
                span = (span[0] + 1, span[1] - 1)  # the quoted title itself
            elif verb != "认定":
                break  # 评选出5项影片类大奖, 遴选出43个交叉前沿实验室: picked by kind, not by a title conferred
            yield _item(ctx.text[span[0] : span[1]], "designation", verb, span, (vs, ve), ctx.event_date(s))
            pos = m.end() + (2 if ctx.text.startswith("以及", m.end()) else 1)


# 34家跨国公司地区总部, 和17家外资研发中心: a count of units, then their kind
_RECOGNISED_KIND = re.compile(
    rf"{NUMERAL}[家个所批项名位](?P<kind>“[^“”]{{2,30}}”|[^，。；、和及为\d“”]{{2,16}}?)(?=以及|[和及、，。；]|$)"
)
_GOT_RECOGNISED = re.compile(r"获得[^，。；]{0,8}$")


_PRIZES_OF_SERIES = re.compile(r"[^，,。；;：:（）()、为向对给在由]{2,16}·[^，,。；;、]{2,12}(?:、[^，,。；;、]{2,12})+$")
_COMP_LEFT_STOP = re.compile(r"[，,。；;：:（）()、]|为|向|对|给|在|由|(?:举办|举行|开展|参加|启动)了?")


def find_competitions(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    award = find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("award_verbs"))
    if not award:
        return
    vs, ve, verb = award[0]
    # the prize presented closes the clause (…金鸡奖昨晚在厦门颁发) or names the ceremony (…奖表彰大会)
    closing = ctx.text[ve : ctx.clause_end(s, ve)] in ("", "了") or ctx.text.startswith(("大会", "仪式", "典礼"), ve)
    prize = _prize_before(ctx, s, vs) if closing else None
    if prize is not None:
        # 第34届电视剧“飞天奖” 第28届电视文艺“星光奖”颁奖典礼: a headline's two prizes apart by a space
        at = prize[0]
        for part in ctx.text[prize[0] : prize[1]].split(" "):
            if part:
                yield _item(part, "competition", verb, (at, at + len(part)), (vs, ve), ctx.event_date(s))
            at += len(part) + 1
        return
    if verb == "颁发" and not closing and (after := _prize_after(ctx, s, ve)) is not None:
        # 论坛还颁发了“金丝带——丝路映像派”优秀提案奖: the prize presented follows the verb
        yield _item(ctx.text[after[0] : after[1]], "competition", verb, after, (vs, ve), ctx.event_date(s))
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


def _prize_after(ctx: ArticleContext, s: SentenceView, pos: int) -> tuple[int, int] | None:
    """A named prize right after ``pos`` (not a rank, a count or a category: 颁发一等奖, 颁发3项金奖)."""
    m = _PRIZE_WON.match(ctx.text, _skip_words(ctx, pos, ("了",)), ctx.clause_end(s, pos))
    if m is None or ctx.text.startswith(_NOT_PRIZE, m.end()):
        return None
    return m.span() if _names_prize(ctx, m.group(0)) else None


_PRIZES_SUMMED = ("各项", "各类", "多项", "多个", "相关", "有关", "各种", "众多")


def _names_prize(ctx: ArticleContext, name: str) -> bool:
    """Not a rank, a count or a category alone: 一等奖, 3项金奖, 最佳男主角奖 (金奖 alone is a rank), nor
    prizes summed up (各项金银铜奖, 多项大奖)."""
    core = _PRIZE_RANK.sub("", name.replace("“", "").replace("”", ""))
    return len(core) >= 4 and not COUNT_PREFIX.match(name) and not re.search(r"[并和获]", name) and not (
        name.startswith(_PRIZES_SUMMED)
    ) and (
        not name.startswith(tuple(ctx.lexicon.trigger_list("prize_category_words")))
    )


def find_prizes_won(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A named prize won: 中国55个项目获日内瓦国际发明展金奖, …治理模式荣获联合国“地球卫士奖”.
    A rank alone (获得一等奖, 获金奖) names no prize."""
    tokens = set(s.tokens)
    records = tuple(ctx.lexicon.trigger_list("record_words"))
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("prize_won_verbs"), s.word_starts):
        if (vs, ve) not in tokens:
            continue  # 获奖代表: not the verb 获
        clause = ctx.clause_start(s, vs)
        recorded = any(clause <= a and b <= vs and ctx.text[a:b] in records for a, b in s.tokens)
        unheld = [*ctx.lexicon.trigger_list("negation_words"), *ctx.lexicon.trigger_list("unrealised_words"), "有信心"]
        if is_directive(ctx, s, vs) or _WILL.search(ctx.text, clause, vs) or recorded or ctx.text.startswith("过", ve) or (
            find_words(ctx.text, max(clause, vs - 6), vs, unheld)
        ):
            continue  # 争取获得…奖: hoped for; 曾(于2019年)获得…奖, 获得过…称号: a record, not news; 未能获得: not won
        pos = _skip_words(ctx, ve, ("了", "授"))  # (获授: conferred)
        if (hosting := _HOSTING_WON.match(ctx.text, pos, ctx.clause_end(s, ve))) is not None:
            # 哈尔滨市获得2025年第九届亚冬会举办权: the right to host, conferred on the winner
            yield _item(hosting.group(), "designation", verb, hosting.span(), (vs, ve), ctx.event_date(s))
            continue
        titled = _TITLE_WON.match(ctx.text, pos, ctx.clause_end(s, ve))
        m = titled or _PRIZE_WON.match(ctx.text, pos, ctx.clause_end(s, ve))
        if m is None:
            continue
        start, end = m.span(1) if titled else m.span()
        if titled is None and ctx.text.endswith("奖奖", start, end):
            end -= 1  # 中华技能大奖|奖牌: the prize's own 奖, then the medal's
        medal = titled is None and ctx.text.startswith("章", end)
        if medal:
            if not _names_prize(ctx, ctx.text[start:end]) or ctx.text.find(ctx.text[start:end].strip("“”"), 0, vs) >= 0:
                continue  # 一枚奖章, 纪念奖章; 第49届南丁格尔奖颁奖大会…获得南丁格尔奖章: the medal of a prize named before
        elif titled is None and not ctx.text.startswith(_PRIZE_TOKENS, end) and ctx.text.startswith(_NOT_PRIZE, end):
            continue  # (获得创新争先奖牌、奖状: the prize, by the medal and certificate that bear it)
        # 中央宣传部和应急管理部授予的“最美…”, 代表…能力的国家自然科学一等奖: the name after the description
        de = ctx.text.rfind("的", start, end)
        if de >= 0 and outside_quotes(ctx.text, start, de):
            start = de + 1
        if titled:
            end = start + len(ctx.text[start:end].removesuffix("国家").rstrip("和及与的"))  # “人民科学家”国家荣誉称号
            name = ctx.text[start:end]
            if len(name.strip("“”")) >= 4 and not COUNT_PREFIX.match(name):
                # 河北省唐山市迁西县等53个地方获得“绿水青山就是金山银山”实践创新基地称号: a designation conferred
                yield _item(name, "designation", verb, (start, end), (vs, ve), ctx.event_date(s))
            continue
        if medal:
            end += 1  # 获得全国五一劳动奖章: the medal is the prize
        name = ctx.text[start:end]
        if not medal and not _names_prize(ctx, name):
            continue  # 获得一等奖, 获得3项金奖, 获得最佳男主角奖: a rank, a count or a category, not a named prize
        if not _EDITION.match(name) and (
            edition := re.search(rf"(?:{_EDITION.pattern}){re.escape(name)}", ctx.text[s.start : vs])
        ) is not None:
            # 公布了第49届南丁格尔奖获奖者名单，…获得南丁格尔奖: named by the edition the sentence gave it before
            # (the mention stays where it is won: the edition's words belong to the list published)
            name = edition.group()
        yield _item(name, "competition", verb, (start, end), (vs, ve), ctx.event_date(s))
        # 荣获“科学与技术进步奖”和“科学与技术创新奖”: each quoted prize the verb lists
        while ctx.text.startswith(("和“", "及“", "、“"), end) and (
            more := _PRIZE_WON.match(ctx.text, end + 1, ctx.clause_end(s, ve))
        ) is not None and more.group().startswith("“") and _names_prize(ctx, more.group()):
            end = more.end()
            yield _item(more.group(), "competition", verb, more.span(), (vs, ve), ctx.event_date(s))


# an edition opening a prize's name (第49届, 2023年度)
_EDITION = re.compile(r"第[\d一二三四五六七八九十百]{1,4}届|(?:19|20)\d\d年度?")
# a prize's name up to its 奖 (with a rank: 金奖, 一等奖), quotes allowed, no clause break
_PRIZE_WON = re.compile(r"[^，,。；;：:、\s（）()]{2,24}?奖”?(?=[^奖]|$)")
_HOSTING_WON = re.compile(r"[^，,。；;：:、\s（）()]{4,30}?(?:举办权|主办权)(?=[，。；]|$)")
_TITLE_WON = re.compile(r"([^，,。；;：:、\s（）()]{2,30}?)(?:荣誉)?称号")
_PRIZE_RANK = re.compile(r"(?:[特一二三四五六七八九十]等|金|银|铜|优秀|最佳|提名|大|终身成就)?奖$")
_PRIZE_TOKENS = ("牌、奖状", "牌和奖状", "牌、证书", "牌和证书")
_NOT_PRIZE = tuple("项金状牌励品杯学补赛券")  # 奖项, 奖金, 奖学金, 奖补, 大奖赛, 奖券: not a prize's name
_AWARDED = frozenset("获颁得中嘉评受")  # 获奖, 颁奖, 得奖 …
_PRIZE_GAP = 24  # a date and a place may stand between a prize and 颁发 (…金鸡奖昨晚（11月12日）在厦门颁发)


def _prize_before(ctx: ArticleContext, s: SentenceView, verb: int) -> tuple[int, int] | None:
    """第35届中国电影金鸡奖…在厦门颁发, 全国创新争先奖表彰大会: a prize named before the verb that
    presents it, in the same clause."""
    text = ctx.text
    clause = ctx.clause_start(s, verb)
    end = text.rfind("奖", max(clause, verb - _PRIZE_GAP), verb) + 1
    if end <= 0 or text.startswith(_NOT_PRIZE, end) or text[end - 2 : end - 1] in _AWARDED:
        return None  # (获奖代表, 颁奖: the verb, not a prize)
    start = clause
    for m in _COMP_LEFT_STOP.finditer(text, clause, end):
        start = m.end()
    if text[start - 1 : start] == "、" and (series := _PRIZES_OF_SERIES.search(text, clause, end)) is not None:
        start = series.start()  # 第九届中国戏剧奖·梅花表演奖、曹禺剧本奖: the series' prizes, named together
    joined = text.rfind("暨", start, end)  # 全国科技工作者日暨全国创新争先奖: the day and the prize
    start = joined + 1 if joined >= 0 else start
    return (start, end) if 4 <= end - start <= 30 else None


# 我国启动5G异网漫游商用推广 (headline) / 中国移动…今天（5月17日）共同启动5G异网漫游商用推广。(lead):
# a name no head list knows, which the headline and its lead each write with a launch or release verb
_HEADLINE_PARTS = re.compile(r"[\s：:，,]+")
_HEADLINE_GAP_WORDS = ("今天", "今日", "昨天", "昨晚", "今晚", "明天", "日前", "近日", "正式", "全面", "首次", "集中", "联合",
                       "共同", "陆续", "同步", "顺利", "成功", "再", "又")
_DAY_AT_END = re.compile(r"\d{1,2}日$")
# 气候大会就启动…基金达成一致: a topic, not a launch
_NOT_DONE_BEFORE = ("就", "将", "拟", "要", "待", "或", *NOT_HELD)  # (暂停开通: halted, no launch)
_NOT_NAMED_AFTER = ("会", "式", "仪式", "典礼", "活动", "以来", "后", "前", "首", "周年", "年", "数", "量")
# (启动建立了|投贷联动试点合作机制: a second verb the first governs opens no name)
_LEAD_VERB_OPEN = re.compile(r"(?:了|正式|全面|首次|集中|联合|共同|同步|新|再|又|建立|建设|实施|开展)*")
# 我国首个…: described, the lead names it (not 第一批: a batch)
_DESCRIBED_FIRST = re.compile(rf"^(?:我国|全国|国内|世界|全球|亚洲)?(?:今年)?(?:首|第一)(?!批){_FIRST_MEASURES}")
_COUNTED_NAME = re.compile(
    r"^(?:\d+|[一二两三四五六七八九十百千]+)[余多]?[个家批项条座所张份部名场件款位]|累计|\d[万亿]?[个条项名场件人]次?$"
)
_NAME_ENDS = re.compile(r"(?:工作|活动)?(?=[，。；、]|$)")
_OCCASION_OPENS = ("开幕", "拉开帷幕", "启幕", "揭幕")
_OCCASION_ENDS = ("会", "节", "日", "周", "月", "年", "展", "展览", "赛", "欢", "嘉年华")
_NAME_MIN = 5  # characters of a name the two vouch for at least (not 联调联试, 深化合作: an activity, no name)
_LEAD_PREFIX = 12  # characters of the lead's own words before the headline's (第七批, 2024年) at most


def named_by_headline(ctx: ArticleContext, headline: str, lead: SentenceView,
                      taken: Callable[[int, int], bool]) -> Iterator[tuple[str, dict[str, Any]]]:
    """A headline line (or the article's title) and its lead, the sentence after it, naming one thing
    with a launch or release verb each: 我国启动5G异网漫游商用推广 / …共同启动5G异网漫游商用推广。,
    中小学语文示范诵读库第四批作品上线 / …联合发布中小学语文示范诵读库第四批作品。 The name is the lead's
    words, a stretch of at least four characters that ends the headline's; no head list need know it, the
    two mentions vouch for it. Yields (rule name, item) for the verb's family; ``taken`` tells a span
    some rule already read."""
    text = ctx.text
    launch = ctx.lexicon.trigger_list("launch_verbs")
    release = ctx.lexicon.trigger_list("release_verbs")
    lead_verbs = find_words(text, lead.start, lead.end, launch + release, lead.word_starts)
    if not lead_verbs:
        return
    for part in _HEADLINE_PARTS.split(headline):
        for hs, he, _ in find_words(part, 0, len(part), ctx.lexicon.trigger_list("headline_name_verbs")):
            if part.endswith(_NOT_DONE_BEFORE, 0, hs) or part.startswith(_NOT_NAMED_AFTER, he):
                continue  # 发布会, 启动仪式, 开通以来: not the verb of a launch
            named = part[he:].lstrip("了") or _without_gap_words(part[:hs])
            if len(named) < _NAME_MIN or _DESCRIBED_FIRST.match(named) or _COUNTED_NAME.search(named):
                continue  # 我国首个…操作系统: described, the lead names it; 3条地铁新线: counted, none named
            found = _lead_naming(ctx, lead, named, lead_verbs, taken)
            if found is not None:
                name, span, (vs, ve, verb) = found
                # (推出线上演出周: a programme launched; 推出…措施: a document released)
                documented = verb != "推出" or _title_kind(ctx, name) != "other"
                family = "initiative.release" if verb in release and verb not in launch and documented else "initiative.launch"
                for a, b in _repeated_items(name, span):  # (two items, as the release rule reads them)
                    kind = _np_kind(ctx, text[a:b]) if family == "initiative.launch" else _title_kind(ctx, text[a:b])
                    yield family, _item(text[a:b], kind, verb, (a, b), (vs, ve), ctx.event_date(lead), _actors(ctx, lead, vs))
                return


def _without_gap_words(before: str) -> str:
    """今天正式, 26日: the time and adverbs between a headline's name and its verb, stripped from the end
    word by word (a loop, not a regex anchored at $ that would try every start)."""
    while True:
        word = next((w for w in _HEADLINE_GAP_WORDS if before.endswith(w)), None)
        if word is None and (day := _DAY_AT_END.search(before[-3:])) is not None:
            word = day.group()
        if word is None:
            return before
        before = before[: -len(word)]


def _lead_naming(ctx: ArticleContext, lead: SentenceView, named: str, verbs: list[tuple[int, int, str]],
                 taken: Callable[[int, int], bool]) -> tuple[str, tuple[int, int], tuple[int, int, str]] | None:
    """Where the lead writes the longest end of ``named`` (four characters, and most of it, at least)
    right after one of its ``verbs`` (发布中小学语文…作品。) or before it with a time and place between
    (“…第二季”昨晚（8月13日）在山东济宁开幕): (name, span, verb)."""
    text = ctx.text
    for cut in range(0, len(named) - max(_NAME_MIN, (len(named) * 3 + 4) // 5) + 1):
        tail = named[cut:]
        at = text.find(tail, lead.start, lead.end)
        while at >= 0:
            end = at + len(tail)
            for vs, ve, verb in verbs:
                if ve <= at and (opened := _LEAD_VERB_OPEN.match(text, ve, at)) is not None and (
                    at - opened.end() <= _LEAD_PREFIX and not re.search(r"[，。；、的]", text[opened.end() : at])
                ) and _NAME_ENDS.match(text, end, lead.end):
                    span = (opened.end(), end)
                elif vs >= end and gap_ok(lead, text, end, vs):
                    span = (at, end)
                else:
                    continue
                clause = ctx.clause_start(lead, vs)
                name = text[span[0] : span[1]]
                if verb in _OCCASION_OPENS and name.rstrip("”").endswith(_OCCASION_ENDS):
                    return None  # …自行车展览会开幕, 全国科普日拉开帷幕: an occasion, which the meeting rules type
                if _COUNTED_NAME.search(name) or any(t.start < vs and ve < t.end for t in lead.of("WORK_OF_ART")):
                    return None  # 发布岗位3800万个: a tally; 《…——热烈祝贺…开幕》: a title's words
                if (taken(*span) or taken(vs, ve) or text.endswith(NOT_HELD, clause, vs)
                        or is_directive(ctx, lead, vs) or is_planned(ctx, lead, vs) or _WILL.search(text, clause, vs)):
                    return None
                return name, span, (vs, ve, verb)
            at = text.find(tail, at + 1, lead.end)
    return None


_Finder = Callable[[SentenceView, ArticleContext], Iterable[dict[str, Any]]]


def _acted_by(find: _Finder) -> _Finder:
    """``find`` with the actors filled in where it leaves them out and the verb leads the clause
    (教育部启动…专项行动): who acts is the clause's subject, before the verb. Where the name stands before
    its verb (…放流活动在宜昌启动) the subject is the thing itself, and no one is said to act."""

    def apply(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
        for item in find(s, ctx):
            verb_at, name_at = item["trigger"][0], item["span"][0]
            if ctx.text.endswith(item["action"], 0, item["trigger"][1]):
                verb_at = item["trigger"][1] - len(item["action"])  # 部署开展: the whole compound
            if not item["actors"] and verb_at < name_at and s.start <= verb_at < s.end:
                item = {**item, "actors": _actors(ctx, s, verb_at)}
            yield item

    return apply


# “央博”平台上线暨“央博新春云庙会”发布, …微短剧启播暨央视频AI频道上线: two acts joined by 暨 in one
# occasion's name, each with its own verb (the second's may be the sentence's)
JOINT_LAUNCH_VERBS = ("上线", "启播", "开播", "启动", "揭牌", "开通")
_JOINT_MANNER = "(?:正式|同步|同时|全面)?"  # (正式上线暨…: how, before each verb)
_JOINT_VERBS = "|".join(JOINT_LAUNCH_VERBS)
_JOINT_ACTS = re.compile(
    rf"(?P<a>[^，。；暨]{{2,30}}?){_JOINT_MANNER}(?P<v1>{_JOINT_VERBS})暨"
    rf"(?P<b>[^，。；暨]{{2,30}}?){_JOINT_MANNER}(?P<v2>{_JOINT_VERBS}|发布)?"
)


def _each_joint_act(find: _Finder) -> _Finder:
    """``find`` with a name that joins two acts by 暨 (…平台上线暨…发布) read as the two things acted on, each
    with its own verb."""

    def apply(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
        for item in find(s, ctx):
            joint = _JOINT_ACTS.fullmatch(item["name"])
            if joint is None:
                yield item
                continue
            at = item["span"][0]
            for part, verb in (("a", joint.group("v1")), ("b", joint.group("v2") or item["action"])):
                name = joint.group(part)
                yield {**item, "name": name, "kind": _np_kind(ctx, name.strip("“”")), "action": verb,
                       "span": (at + joint.start(part), at + joint.end(part))}

    return apply


# 组建4100余支宣讲队, 成立了760多支应急作业队: teams counted, a tally of many founded, none named
_COUNTED_TEAMS = re.compile(r"(?:\d{1,6}|[一二两三四五六七八九十百千万]{1,6})(?:多|余)?支")


# 在10月召开的…高峰论坛上，习近平主席宣布了…八项行动, 从…到宣布…八项行动: an announcement the story recalls
_ANNOUNCED_BEFORE = re.compile(r"到$|召开的|举行的")


def _recalled_announcements(find: _Finder) -> _Finder:
    """A programme announced (宣布) that the sentence recalls is begun before, no news of the day."""
    def wrapped(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
        for item in find(s, ctx):
            vs, ve = item["trigger"]
            if item["action"].endswith("宣布") and (
                _ANNOUNCED_BEFORE.search(ctx.text, max(s.start, vs - 24), vs) is not None or ctx.text.startswith("了", ve)
            ):
                item = {**item, "looked_back": True}
            yield item
    return wrapped


def _without_counted_teams(find: _Finder) -> _Finder:
    def wrapped(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
        return (item for item in find(s, ctx) if not _COUNTED_TEAMS.match(item["name"]))
    return wrapped


def _rule(name: str, doc: str, apply: Any, examples: tuple[Example, ...], triggers: tuple[str, ...] = ()) -> SentenceRule:
    return SentenceRule(name=name, field="initiatives", doc=doc, apply=apply, examples=examples, triggers=triggers)


RULES = (
    _rule("initiative.establish", "Alliances, platforms and bodies founded.",
          _acted_by(_in_period_looked_back(_without_counted_teams(find_establishments))), (
        Example("到2030年，初步建立湿地保护高质量发展新格局。", None, "2022-11-23"),  # a target
        # the bodies a ceremony founds, whatever hope the next clause voices
        Example("我们共同出席了两国文化中心和北京语言大学哈萨克斯坦分校揭牌仪式，相信这将进一步促进两国民众相识相知。",
                {"name": "北京语言大学哈萨克斯坦分校"}),
        # a second body joined by 和 to the one the recogniser names right after the verb
        Example("大会发起成立中国高校科创联盟和中国园区科创联盟。", {"name": "中国园区科创联盟", "kind": "alliance"}),
        Example("针对可能出现的阴雨天气，省里提前成立了760多支应急作业队。", None),  # teams tallied
        # opposed, a means, kinds in numbers: no founding reported; 联合 after the verb is the name's
        Example("共同声明重申反对在国家机构外组建武装团体或民兵组织。", None),
        Example("在这家企业，通过组建跨境电商销售专业团队，及时传递客户需求。", None),
        Example("一批劳模工作室、工匠学院建立，全国产业工人学习平台已累计培训职工2亿人次。", None),
        Example("深圳能源集团与清华大学研究院共同成立联合研究平台。", {"name": "联合研究平台"}),
        Example("丁薛祥还参观了中国代表团在会场设立的中国角。", None),
        Example("习近平走进今天刚刚成立的社区服务中心。", {"name": "社区服务中心"}),
        Example("董事会通过成立新的子公司。", {"name": "子公司"}),
        Example("工会通过成立职工服务中心，为职工提供帮助。", None),
        Example("中国气象局预计华南将遭遇强降雨，启动四级应急响应，成立前方工作组。", {"name": "前方工作组"}),
        Example("考察团参观了3月15日成立的新能源研究院。", None, "2024-06-01"),
        Example("考察团参观了昨天成立的新能源研究院。", {"name": "新能源研究院"}),
        Example("俄罗斯坚决反对北约建立新的军事基地。", None),
        Example("中方强烈谴责美国国会成立中国问题特别委员会。", {"name": "中国问题特别委员会"}),
        Example("中国气象局预计华南降雨将增加，启动四级应急响应，成立前方工作组。", {"name": "前方工作组"}),
        Example("联合国安理会通过设立国际刑事法庭。", {"name": "国际刑事法庭"}),
        Example("安理会今天通过设立国际刑事法庭。", {"name": "国际刑事法庭"}),
        Example("一批由多个部门联合发起的创新联盟相继成立。", None),
        Example("双方反对任何国家在中亚地区建立军事基地。", None),
        Example("一批由龙头企业牵头组建的创新联合体相继成立。", None),
        Example("全社会通过建立志愿服务组织，帮助困难群众。", None),
        # a forecast's 将 carried on plans nothing the agency then does
        Example("中国气象局预计华南将有强降雨，启动四级应急响应，成立前方工作组。", {"name": "前方工作组"}),
        # (a batch word inside the description; 通过 that passes a decision; 计划 as the plan followed; an
        # opposition ignored)
        Example("由多个部门联合发起的长三角数字经济产业联盟今天在上海成立。", {"name": "长三角数字经济产业联盟"}),
        Example("理事会全票通过成立亚洲基础设施投资银行。", {"name": "亚洲基础设施投资银行"}),
        Example("深圳按照计划推进改革，设立深圳数据交易所。", {"name": "深圳数据交易所"}),
        Example("美方不顾中方反对组建“奥库斯”联盟。", {"name": "“奥库斯”联盟"}),
        Example("大会发起成立中国高校科创联盟和中国园区科创联盟。", {"name": "中国高校科创联盟", "kind": "alliance"}),
        Example("大会宣布成立中国高校科创联盟和上海交通大学。", {"name": "中国高校科创联盟"}),
        # bodies listed with 、 after the verb, or before it as its subject: each founded
        Example("会上成立了中国高校科创联盟、中国园区科创联盟和长三角产业联盟。", {"name": "中国园区科创联盟"}),
        Example("会上成立了中国高校科创联盟、中国园区科创联盟和长三角产业联盟。", {"name": "长三角产业联盟"}),
        Example("同时，国家生物制造产业创新中心、国家地方共建具身智能机器人创新中心等相继成立。",
                {"name": "国家地方共建具身智能机器人创新中心", "kind": "platform"}),
        Example("同时，国家生物制造产业创新中心、国家地方共建具身智能机器人创新中心等相继成立。",
                {"name": "国家生物制造产业创新中心"}),
        # members listed before the collective head that names one body
        Example("十年来，中国组建丝绸之路国际剧院、博物馆、美术馆联盟。",
                {"name": "丝绸之路国际剧院、博物馆、美术馆联盟", "kind": "alliance"}),
        Example("会上成立了长三角乡村振兴研究联合会、青年联合会。", {"name": "长三角乡村振兴研究联合会"}),
        # who unveils, bodies counted: no list of bodies founded
        Example("今天上午，浙江大学和之江实验室为联合研究中心揭牌。", {"name": "联合研究中心"}),
        Example("全省新建的10个研究中心和20个重点实验室陆续揭牌。", None),
        Example("长三角国家技术创新中心和上海人工智能实验室今天在上海揭牌。", {"name": "上海人工智能实验室", "kind": "platform"}),
        Example("会议宣布成立长三角科创联盟和长三角技术创新研究院。", {"name": "长三角技术创新研究院"}),
        # a body described by its founding is the subject of what follows (…正在…展开攻关)
        Example("8月份成立的中央企业新型储能创新联合体正在对57项重点任务展开攻关。", {"name": "中央企业新型储能创新联合体"}),
        Example("今天（2月21日），京津冀协同发展人工智能助力人才培养先行先试改革示范园区在河北固安成立。",
                {"name": "京津冀协同发展人工智能助力人才培养先行先试改革示范园区"}),
        Example("欢迎海方参与中国航天任务搭载合作，研究成立中海联合月球和深空探测中心。",
                {"name": "中海联合月球和深空探测中心"}),  # considered: an initiative, no event (tests/test_events.py)
        Example("各方已正式建立外交、经贸、海关等部长级会晤机制。", None),  # items listed, not a name
        Example("如今三明全市11个区县都成立了总医院。", None),  # each founded one of its own, none named
        Example("首批18个成员国代表共同签署协定并为国际红树林中心揭牌。", {"name": "国际红树林中心"}),  # 并为…揭牌
        Example("天津组建了20个由科技领军企业科研机构、重点实验室及高校院所等组成的创新联合体。",  # who it is made of
                {"name": "创新联合体", "actors": ["天津"]}),
        Example("我国陆续设立了65个农村改革试验区。", None),  # a tally
        Example("作为试点，湖州南浔建立了中小企业志愿服务站。", {"name": "中小企业志愿服务站"}),
        Example("浙江专门成立了由省智能制造专家委员会成员组成的数字赋能服务团。", {"name": "数字赋能服务团"}),
        Example("中国资源循环集团有限公司成立大会18日上午在天津举行。", {"name": "中国资源循环集团有限公司"}),
        Example("今天，三地共同举办雄安新区中关村科技园揭牌仪式。", {"name": "雄安新区中关村科技园"}),
        Example("今天下午，即将出征巴黎残奥会的中国体育代表团在北京成立。", {"name": "中国体育代表团"}),  # (即将 of the modifier)
        Example("该代表团即将在北京成立。", None),
        Example("中央广播电视总台“家校社共育基地”今日揭牌", {"name": "家校社共育基地"}),
        Example("庆祝中华人民共和国成立75周年大会今天举行。", None),
        Example("这家成立只有两年多的服装厂在当地已经开设了25个分厂。", None),
        Example("成立于2021年的武汉产业创新发展研究院，志在打造科技体制改革等五大平台。", None),  # when, told of the body
        Example("2019年成立的马背警队，10名队员平均年龄30岁。", None, "2024-01-27"),
        Example("成立于20世纪50年代的这家研究所，如今已有上千名科研人员。", None),
        Example("特斯拉首个海外储能超级工厂项目昨天（4月9日）落户上海临港新片区。", {"name": "海外储能超级工厂项目"}),
        Example("河北吸引一批优质项目落户河北。", None),  # a batch, none named
        Example("我们共同出席了两国文化中心和北京语言大学哈萨克斯坦分校揭牌仪式。", {"name": "两国文化中心"}),
        Example("我们共同出席了两国文化中心和北京语言大学哈萨克斯坦分校揭牌仪式。", {"name": "北京语言大学哈萨克斯坦分校"}),
        Example("我们共同出席了在北京举行的两国文化中心和北京语言大学哈萨克斯坦分校揭牌仪式。", {"name": "两国文化中心"}),
        Example("我们共同出席了两国文化中心、中医药研究院和北京语言大学哈萨克斯坦分校揭牌仪式。", {"name": "中医药研究院"}),
        Example("会议决定设立全国人大常委会代表工作委员会。", {"name": "全国人大常委会代表工作委员会"}),
        Example("国家铁路集团在全国规划的40个铁路物流中心全部挂牌成立。", None),
        Example("该院成功创建二级甲等医院和爱婴医院。", None),
        Example("中国还在非洲设立多个文化中心促进人文交流。", None),
        Example("这里专门建立了材料、版型的相关实验室。", None),  # a kind a referring word opens, no body named
        Example("中共中央决定成立新华社。", {"name": "新华社"}),  # (新 opens names: after it, only a kind the lexicon knows)
        Example("该部门成立相关专家组。", None),
        Example("广东省、梅州市成立现场指挥部和多个工作组。", {"name": "现场指挥部"}),
        Example("中方愿在中亚设立更多鲁班工坊、传统医学中心。", None),
        Example("国家卫生健康委近日成立国家级医疗应急工作专家组。", {"name": "国家级医疗应急工作专家组"}),
        Example("4月21日，北京市人民政府成立事故调查组开展调查工作。",  # the work it is founded for follows
                {"name": "事故调查组", "action": "成立"}, "2023-10-25"),
        Example("经国务院批准，成立由应急管理部牵头，公安部和北京市人民政府参加的国务院北京丰台长峰医院“4·18”火灾事故调查组。",
                {"name": "国务院北京丰台长峰医院“4·18”火灾事故调查组"}),  # who leads, who takes part; a day quoted
        Example("经国务院批准，成立了国务院湖南长沙“4·29”特别重大居民自建房倒塌事故调查组，由应急管理部牵头。",
                {"name": "国务院湖南长沙“4·29”特别重大居民自建房倒塌事故调查组"}),
        Example("该市成立产业基金指导中心。", {"name": "产业基金指导中心"}),  # a later head ends the name
        Example("当地成立乡村振兴工作组协调办公室。", {"name": "乡村振兴工作组协调办公室"}),
        Example("成立陆军领导机构、火箭军、战略支援部队。", {"name": "陆军领导机构"}),
        Example("黑龙江省农业农村厅、省农科院共同成立的专家组，深入56个重点乡镇。", None),
        Example("该市组建了由30名专家组成的专家组。", None),
        Example("国家轨道交通装备行业产教融合共同体今天（7月25日）成立。", {"name": "国家轨道交通装备行业产教融合共同体"}),
        Example("双方同意建立更加紧密的中柬命运共同体。", None),  # a bond, not a body
        Example("今天（11月6日），国际红树林中心成立协定在深圳正式签署。", None),  # the treaty founds it later
        Example("首批18个成员国代表共同为国际红树林中心揭牌。", {"name": "国际红树林中心"}),
        Example("中非农业创新联盟等17家创新中心、联合实验室、国际企业孵化中心成立。", {"name": "中非农业创新联盟"}),
        Example("国家区域医疗中心儿童神经及康复专科联盟(西部)近日在宁夏成立。",
                {"name": "国家区域医疗中心儿童神经及康复专科联盟(西部)", "kind": "alliance"}),
        Example("安徽设立总规模不低于2000亿元的产业引导基金。", {"name": "产业引导基金"}),
        Example("中方还将建立全球“智慧海关”在线合作平台和金砖国家海关示范中心。",
                {"name": "金砖国家海关示范中心", "date": None}),  # announced: an initiative, no event
        Example("中方愿同阿方设立“全球文明倡议中国—阿拉伯中心”，加强交流。",
                {"name": "全球文明倡议中国—阿拉伯中心", "date": None}),  # offered: an initiative, no event
        Example("新疆设立100亿元产业发展投资引导基金和100亿元人才发展基金。", {"name": "人才发展基金"}),
        Example("中国设立深圳“国际红树林中心”。", {"name": "国际红树林中心"}),  # the place, then the quoted name
        Example("我国组建全国生态质量监测网络", {"name": "全国生态质量监测网络"}),
        Example("要加快创建具有全国影响力的区域科技创新中心。", None),  # an aim
        Example("教育部将成立专项工作组，开展调查督导。", None),  # announced, but no body named
        Example("美中贸易全国委员会是中美两国建交前美方专门成立的民间对华贸易组织。", None),
        Example("要建立健全政府与民营企业的常态化沟通交流机制。", None),
        Example("对于美国试图组建所谓红海护航联盟，多国拒绝参与。", None),
        Example("德国议员表示，各方应成立国际调查委员会。", None),
        Example("中国将设立科创孵化园，并探索建立“金砖国家全球遥感卫星数据与应用合作平台”。", None),
        Example("金砖国家新工业革命伙伴关系创新基地建设一年来，目前已建立8个新工业革命领域赋能平台。", None),
        Example("辽宁将依托科教资源优势，加快创建具有全国影响力的区域科技创新中心。", None),
        Example("两部门出台政策措施，支持中央企业聚焦重点领域，设立相应创业投资基金。", None),
        Example("我国加大力度支持中央企业设立创业投资基金", None),
        Example("在市政府的支持下，上海设立了中小企业发展基金。", {"name": "中小企业发展基金", "action": "设立"}),
        Example("在省政府大力支持和指导下成立了长三角人工智能产业创新联盟。", {"name": "长三角人工智能产业创新联盟"}),
        Example("目前已经建立8个新工业革命领域赋能平台。", None),
        Example("会上，苏州市联合多家高校共同发起成立长三角人工智能产业创新联盟。",
                {"name": "长三角人工智能产业创新联盟", "kind": "alliance", "action": "发起成立"}),
        Example("合肥综合性国家科学中心能源研究院正式成立。",
                {"name": "合肥综合性国家科学中心能源研究院", "action": "正式成立"}),
        Example("京津冀成立了15个跨区域特色职教集团。", {"name": "跨区域特色职教集团", "action": "成立"}),
        Example("国家（杭州）短视频基地今天（4月26日）在浙江杭州揭牌。",
                {"name": "国家（杭州）短视频基地", "action": "揭牌"}, "2024-04-26"),
        Example("国家自然博物馆今天正式揭牌。", {"name": "国家自然博物馆", "action": "揭牌"}),
        Example("两校共建的“新时代国际传播研究院”今天（5月30日）成立。", {"name": "新时代国际传播研究院"}, "2024-05-30"),
        Example("当地组建了汽车产业集群数字化转型联合体。", {"name": "汽车产业集群数字化转型联合体", "action": "组建"}),
        Example("合肥市成立了科技成果转化专班和种子基金。", {"name": "种子基金", "action": "成立"}),
        # a summit mechanism founded (dev: 中国－中亚元首会晤机制), not the kind a list sums up
        Example("各方商定将以举办此次峰会为契机，正式建立中国—中亚元首会晤机制，每两年举办一次。",
                {"name": "中国—中亚元首会晤机制"}),
        Example("各方已正式建立外交、经贸、海关等部长级会晤机制。", None),
        Example("中方愿同阿方加强发展战略对接，以建立中阿投资合作高级别委员会为契机，推动两国合作取得更多成果。", None),
        # a central bank lending facility set up, named without its size (dev: 保障性住房再贷款)
        Example("记者今天（6月12日）从中国人民银行获悉，总额3000亿元保障性住房再贷款已设立。", {"name": "保障性住房再贷款"}),
        Example("中国人民银行设立5000亿元科技创新和技术改造再贷款。", {"name": "科技创新和技术改造再贷款", "action": "设立"}),
        Example("合肥市成立了科技成果转化专班和种子基金。", {"name": "科技成果转化专班", "kind": "other"}),
        Example("河北省药品监管部门成立工作专班，对药品生产实行全程监管。",
                {"name": "工作专班", "actors": ["河北省药品监管部门"]}),
        Example("要成立工作专班，加强统筹。", None),  # called for; a body's task force is named by its kind only when founded
        Example("拟允许在北京、天津、上海等9地设立外商独资医院。", None),
        Example("中国共产党在赣南等原中央苏区创建革命根据地。", None),
        Example("国家级绿色交易所落户北京城市副中心。", {"name": "国家级绿色交易所"}),
        Example("国家数字经济创新中心今天正式揭牌并投入使用。", {"name": "国家数字经济创新中心"}),
        Example("今天，家校社共育基地在北京景山学校揭牌。", {"name": "家校社共育基地"}),
        Example("同日，双方签署战略合作框架协议，总台辽宁总站揭牌运行。", {"name": "总台辽宁总站", "action": "揭牌"}),
        Example("今天，雄安新区中关村科技园揭牌。", {"name": "雄安新区中关村科技园", "kind": "platform"}),
        # a plaque names what it founds whatever its head; not a batch, nor the thing a guest unveils for
        Example("昨天（6月14日），长白山世界地质公园在吉林长白山保护开发区正式揭牌。",
                {"name": "长白山世界地质公园"}, "2024-06-15"),
        Example("中央广播电视总台国家应急广播中心工作机制今天（11月24日）揭牌。",
                {"name": "中央广播电视总台国家应急广播中心工作机制"}),
        Example("苏州召开了产业创新集群融合发展大会，一批新晋国家级专精特新企业揭牌。", None),
        Example("卡塔尔首相兼内政大臣哈立德为熊猫馆揭牌。", None),
        Example("1973年9月，费城交响乐团首次访华，成为新中国成立后第一个访华的美国乐团。", None),  # an era
        Example("今年初，沙县区富口镇荷山村1035亩毛竹山场的20年经营权在农交中心挂牌。", None),
    ), ("establish_verbs",)),
    _rule("initiative.launch", "Platforms, bases and projects landed, started or opened.",
          _each_joint_act(_acted_by(find_launches)), (
        # the craft launched, before the rocket that carries it (由…运载火箭); a service begun some time ago
        Example("嫦娥六号探测器由长征五号遥八运载火箭在中国文昌航天发射场成功发射。", {"name": "嫦娥六号探测器"}, "2024-05-03"),
        Example("深中通道自6月30日通车试运营以来不断迎来通行高峰。", None),
        # a technology's name may open with a digit (not a count: 3条地铁新线开通)
        Example("记者今天从工业和信息化部了解到，5G+工业互联网融合应用试点城市建设正式启动。",
                {"name": "5G+工业互联网融合应用试点城市建设"}),
        # 计划 then a day to come: the verb that plans the launch, not the head of a plan
        Example("神舟十六号载人飞行任务新闻发布会今天举行，宣布神舟十六号载人飞船计划于明天发射。",
                {"name": "神舟十六号载人飞船"}, "2023-05-29"),
        Example("全民健身行动计划于今天在北京启动。", {"name": "全民健身行动计划"}, "2023-05-29"),
        Example("全民健身行动计划于明天在北京启动。", {"name": "全民健身行动计划"}, "2023-05-29"),
        Example("中方还将实施“中非高校百校合作计划”，启动中非伙伴研究所试点项目。", None),
        # 计划 before a verb plans it (not 按照计划: the plan followed)
        Example("今年，我国计划完成造林任务并开通数据交易所国际板。", None),
        # a fund named after the money it holds (dev: 300亿国有企业土地资产盘活专项基金), not a size of another kind
        Example("经国务院国资委批准成立的300亿国有企业土地资产盘活专项基金在北京启动。",
                {"name": "国有企业土地资产盘活专项基金"}),
        # two acts joined by 暨 in one name: each thing acted on, with its own verb
        Example("总台AI全流程微短剧启播暨央视频AI频道上线", {"name": "央视频AI频道", "action": "上线"}),
        Example("总台AI全流程微短剧启播暨央视频AI频道上线", {"name": "总台AI全流程微短剧", "action": "启播"}),
        # a body that starts what follows the verb is its actor, not launched (启动…消费节: a season of promotions)
        Example("杭州高新区启动第三届数字消费节。", {"name": "第三届数字消费节", "actors": ["杭州高新区"]}),
        Example("我国首个亿级负荷全息数字电网今天建成。", {"name": "亿级负荷全息数字电网"}),  # a size, no money
        Example("江苏今天启动第五届乡村旅游节。", {"name": "第五届乡村旅游节"}),
        Example("该线路尚未正式开通。", None),  # not yet
        Example("上海超算中心上线首日，访问量破万。", {"name": "上海超算中心"}),  # no object: the body's own launch
        # the corridor a centre serves, before the centre's name, names it too (not a time or a clause before it)
        Example("昨天（10月21日），西部陆海新通道钦州联运中心正式开通运营。", {"name": "西部陆海新通道钦州联运中心"}),
        Example("昨天西部陆海新通道钦州联运中心正式开通运营。", {"name": "钦州联运中心"}),
        Example("服务西部陆海新通道钦州联运中心正式开通运营。", {"name": "钦州联运中心"}),
        Example("跨国车企在华投资最大动力电池项目动工", None),  # the investor, not the works
        Example("今天，中俄媒体联合报道项目“遇见中国”正式启动。", {"name": "“遇见中国”"}),  # described, then named
        Example("上海浦东新区启动中科大上海科教基地等7个科创策源重点平台。", {"name": "中科大上海科教基地"}),
        Example("中国西班牙建交50周年主题活动“中西文化之旅”今天启动。", {"name": "“中西文化之旅”"}),
        Example("今天，2024年百万尾中华鲟放流活动在湖北宜昌启动。",
                {"name": "2024年百万尾中华鲟放流活动", "actors": []}),  # the subject is what starts
        Example("今天，教育部启动数字教育集成化、智能化、国际化专项行动暨“扩优提质年”活动。", {"actors": ["教育部"]}),
        Example("雄安新区四个重点民生项目集中开业", None),  # a batch counted, none named
        Example("辽宁两大抽水蓄能电站开工建设", None),  # (两大: two, counted)
        Example("今天，雄安新区四个重点民生项目集中开业，包含北京大学人民医院雄安健康管理中心、雄安白塔幼儿园。",
                {"name": "雄安白塔幼儿园", "action": "开业"}),  # each the batch lists
        Example("在山东青岛，刚刚投产的两条智能冰箱拆解生产线正在满负荷运转。", {"name": "智能冰箱拆解生产线", "action": "投产"}),
        Example("在内蒙古，前不久并网发电的库布其光伏治沙基地二期，人们正加紧固沙护沙。", {"name": "库布其光伏治沙基地"}),
        Example("2015年全国高速投入使用的第一个充电桩如今已经升级。", None),  # a description, not news
        Example("会谈后，两国元首共同为雅万高铁正式开通运营揭幕。", {"name": "雅万高铁", "action": "开通"}),
        Example("11月29日，神舟十五号载人飞船搭载着三名航天员成功发射升空。",
                {"name": "神舟十五号载人飞船", "date": "2022-11-29"}, "2022-12-04"),
        Example("随后，两国总理共同宣布启动“中柬友好年”，并见证了多项双边合作文件的签署。",
                {"name": "中柬友好年", "action": "启动"}),
        Example("李强为中老铁路通车剪彩。", {"name": "中老铁路"}),
        Example("在这座刚刚投产的加工中心，每天可清洗分拣芒果100吨左右。", None),  # a kind, no name
        Example("腾格里沙漠旁，60台刚刚投产的风电机组开始迎风旋转。", None),
        Example("河南周口有8个重点水利工程开工建设，总投资超过100亿元。", None),  # a batch counted
        Example("该活动通过搭建面向全国的线上线下科技产业金融合作对接平台，为企业提供服务。", None),
        Example("持续扩大务实合作，全力做好雅万高铁正式运营各项准备工作。", None),  # being prepared
        Example("展望本世纪中叶，生态文明全面提升，美丽中国全面建成。", None),  # an outlook
        Example("今天，设在北京梅地亚中心的两会新闻中心正式启用。", {"name": "两会新闻中心"}),  # 在…的 describes it
        Example("位于湖南益阳的湖南省重大水利工程金塘冲水库今天开工建设。", {"name": "金塘冲水库"}),  # the kind, then the name
        Example("引江济淮一期工程今天试通水试通航", {"name": "引江济淮一期工程"}),
        # verbs run together launch one thing, named before the first (not 正式上线, nor …中心启动)
        Example("“全国消协智慧315”平台今天（3月15日）正式上线试运行，标志着全国消协组织有了统一的受理投诉渠道。",
                {"name": "“全国消协智慧315”平台", "action": "上线"}, "2024-03-15"),
        Example("今天，成都大运会主媒体中心启动试运行。", {"name": "成都大运会主媒体中心", "action": "启动"}),
        Example("大运会赛事门票销售计划于6月初全面启动。", None, "2023-04-19"),  # 计划 before a month: planned
        # works listed and summed up by a count of their kind: each is launched
        Example("今天（12月15日），北京地铁3号线、12号线、昌平线等3条地铁新线开通试运营。", {"name": "昌平线"}, "2024-12-15"),
        Example("深圳地铁3号线四期、7号线二期等5条地铁新线（段）近日同步开始运营。", {"name": "7号线二期", "action": "开始运营"}),
        Example("日照至兰考高铁今天（7月18日）全线贯通运营。", {"name": "日照至兰考高铁"}, "2024-07-18"),
        Example("今天（8月3日），220个杭州亚运文明驿站启用。", None),  # counted, none named
        Example("塔里木油田沙漠公路“零碳”示范工程投产两年来累计发出绿色电能超过500万度。", None),  # a time since
        Example("各地还以线上线下结合的形式开展科普宣教，“全民安全公开课”上线推出，常态化科普防灾减灾知识。",
                {"name": "全民安全公开课", "action": "上线"}),
        Example("国家重大工程项目管理平台今天上线。", {"name": "国家重大工程项目管理平台"}),
        Example("昨天（11月23日），济南黄河大桥主线、济南黄河齐鲁大桥同时通车运营。", {"name": "济南黄河齐鲁大桥"}),
        Example("方案提出，到2027年，全国一体化算力网基本建成。", None),  # a target for a year to come
        Example("白俄罗斯已部署了46套“伊斯坎德尔”导弹发射装置系统。", None),  # a launcher, nothing launched
        Example("2024年度“国聘行动”启动", {"name": "2024年度“国聘行动”"}),  # the year of the campaign, named with it
        # the kind of works, the edition and a season held as one with it belong to a quoted name, a
        # description that ranks the works does not; a section in brackets belongs to the name before it
        Example("中欧（中亚）班列“京张号”开行", {"name": "中欧（中亚）班列“京张号”"}),
        Example("京唐城际铁路今天（11月15日）进入试运行阶段，展开按图行车试验。", {"name": "京唐城际铁路"}, "2022-11-15"),
        Example("2024年下半年全国新兵运输工作已于近期启动。", {"name": "2024年下半年全国新兵运输工作"}, "2024-09-16"),
        # the holidays a season of works runs in are part of its name (not 年货大集春节前开张: when)
        Example("全国铁路中秋、国庆假期运输今天（9月27日）启动。", {"name": "全国铁路中秋、国庆假期运输", "date": "2023-09-27"},
                "2023-09-27"),
        Example("村里的年货大集春节前开张了。", None),
        Example("今天（2月14日），福州至马尔代夫直飞航线首航。", {"name": "福州至马尔代夫直飞航线", "date": "2024-02-14"},
                "2024-02-14"),  # a maiden flight opens the route
        Example("国产大飞机C919开启常态化运营", {"name": "国产大飞机C919"}),
        Example("粤港澳大湾区首列“中吉乌”国际公铁联运班列在广州国际港发车。", {"name": "“中吉乌”国际公铁联运班列"}),
        Example("大湾区首列途经武广高铁、时速350公里列车发车。", {"name": "途经武广高铁、时速350公里列车"}),
        Example("满载2000吨货物的集装箱班列从银川货运中心发车。", None),  # a run, not a first run
        Example("今天（2月10日），甲辰龙年陕西开行的首趟中欧班列从西安国际港站驶出，13天后抵达德国汉堡。",
                {"name": "首趟中欧班列", "action": "驶出"}, "2024-02-10"),  # a first run leaves
        Example("一列满载货物的中欧班列从西安驶出。", None),
        # a named round of work, a census or a project that 全面展开 begins (not a season's work, nor a step of building)
        Example("2024年上半年全国征兵体检工作近日全面展开。", {"name": "2024年上半年全国征兵体检工作", "action": "全面展开"},
                "2024-02-04"),
        Example("第四次全国文物普查今天全面展开。", {"name": "第四次全国文物普查"}),
        Example("眼下春耕春管全面展开。", None),
        Example("川滇金沙江特大桥钢桁梁架设工作全面展开。", None),
        Example("2024国际消费季暨第五届上海“五五购物节”4月27日启动。", {"name": "2024国际消费季暨第五届上海“五五购物节”"}),
        Example("2023年“文化和自然遗产日”非遗宣传展示活动暨《保护非物质文化遗产公约》通过20周年纪念活动今天启动。",
                {"name": "2023年“文化和自然遗产日”非遗宣传展示活动暨《保护非物质文化遗产公约》通过20周年纪念活动"}, "2023-06-10"),
        Example("亚洲第一深水导管架平台“海基一号”投用", {"name": "海基一号"}),
        Example("昨天（8月28日），青岛空港综合保税区正式开关运行。", {"name": "青岛空港综合保税区"}),  # customs opened
        Example("龙年春节前夕，中国南极秦岭站7日建成并投入使用。", {"name": "中国南极秦岭站", "date": "2024-02-07"},
                "2024-02-07"),
        Example("“中国复眼”成功开机观测", {"name": "中国复眼"}),
        Example("今天（1月16日），大型航标船“海巡156”轮在天津列编，标志着我国排水量最大的大型航标船正式投入使用。",
                {"name": "“海巡156”轮"}),  # the vessel by its name, not restated by its rank
        Example("我国西北地区首座储气库群——温吉桑储气库群日前正式供气。", {"name": "温吉桑储气库群"}),
        Example("一批标志性项目陆续建成并投运。", None),  # a batch
        Example("今天（1月19日），长三角智慧交通示范项目——杭绍甬高速（杭绍段）建成通车。", {"name": "杭绍甬高速（杭绍段）"}),
        Example("今天，“海葵一号”和“海基二号”两大国之重器同时投产。", {"name": "海基二号"}),  # each quoted name
        Example("今天，“海葵一号”、“海基二号”和“深海一号”三大国之重器同时投产。", {"name": "深海一号"}),
        Example("今天，特定养老储蓄试点正式启动。", {"name": "特定养老储蓄试点"}),
        Example("我国首艘大洋钻探船“梦想”号今天在广州正式入列。", {"name": "“梦想”号"}),
        Example("珠穆朗玛峰开通首个5G-A基站。", {"name": "5G-A基站"}),
        Example("华南地区规模最大的天然气储运基地——金湾绿能港二期项目建造完工。", {"name": "金湾绿能港二期项目"}),
        Example("近日我国启动首批“5G+工业互联网”融合应用试点城市建设。", {"name": "“5G+工业互联网”融合应用试点城市"}),
        Example("我国自主研制的500毫米口径激光通信地面站日前在帕米尔高原建成，并正式投入业务运行。",
                {"name": "500毫米口径激光通信地面站"}),
        Example("中国人民银行决定从今天（10月28日）起启用公开市场买断式逆回购操作工具。",
                {"name": "公开市场买断式逆回购操作工具"}),
        Example("今天（3月28日），教育部启动数字教育集成化、智能化、国际化专项行动暨“扩优提质年”活动。",
                {"name": "数字教育集成化、智能化、国际化专项行动暨“扩优提质年”活动"}),
        Example("横琴口岸通关区域明起全面启用。", {"name": "横琴口岸通关区域"}),
        Example("水利部启动了省、市、县级水网先导区建设。", {"name": "省、市、县级水网先导区"}),
        Example("同时，省内首个能源化工行业5G应用联合创新实验室也投入运营。", {"name": "能源化工行业5G应用联合创新实验室"}),
        Example("大桥为单孔双向通航，预计2023年9月建成交付。", None),  # a design, nothing opened
        Example("中国国家主席习近平向启动仪式致贺信。", None),  # who writes to the ceremony
        Example("平均每天1.5个外资大项目落地。", None),  # a rate, no project named
        Example("经证监会同意，工业硅期货今天（12月22日）在广州期货交易所挂牌交易。", {"name": "工业硅期货"}),
        Example("两国总理18日在俾路支省共同见证了两国首座边境集市开张。", {"name": "边境集市"}),
        Example("白鹤滩水电站11号机组正式投入商业运行", {"name": "白鹤滩水电站11号机组"}),
        Example("中央宣传部开展的“铸牢共同体 中华一家亲”主题宣传活动“八桂大地展新颜”集中采访日前在广西启动。",
                {"name": "“八桂大地展新颜”集中采访"}),  # one part of a campaign, named after the campaign's name
        Example("今天（6月14日），我国首台兆瓦级漂浮式波浪能发电装置“南鲲”号在广东珠海投入试运行。",
                {"name": "“南鲲”号", "date": "2023-06-14"}, "2023-06-14"),  # the device by its name
        # the works described by a 在 clause, then when and where they start
        Example("德国宝马集团在中国投资最大的动力电池项目，日前在辽宁沈阳动工建设。", {"name": "动力电池项目"}),
        Example("19日，我国海上首口二氧化碳封存回注井在珠江口盆地开钻。", {"name": "海上首口二氧化碳封存回注井"}),
        Example("西藏拉萨至日喀则高等级公路今天全线通车。", {"name": "西藏拉萨至日喀则高等级公路"}),  # (one jieba word)
        Example("新疆阿禾公路今天（9月30日）开始试通车。", {"name": "新疆阿禾公路", "date": "2024-09-30"}, "2024-09-30"),
        Example("今天，浙江东部沿海风电场群的重要组成部分——华电玉环1号海上风电场实现并网发电。",
                {"name": "华电玉环1号海上风电场"}),  # the name follows what it is a part of
        # 在建 (under construction) is no place before the verb: not 黄河流域 launched
        Example("今天（10月1日），黄河流域在建最大水电站3号机组并网发电。", None),
        Example("雄安新区第二届科技·人才·创新周今天启动。", {"name": "雄安新区第二届科技·人才·创新周"}, "2024-05-13"),
        # works listed and summed up as a batch, a metaphor, and the place a titled plan starts in: no launch
        Example("中老铁路、匈塞铁路、雅万高铁等一批标志性项目相继建成。", None),
        Example("一个个标志性项目和惠民生的“小而美”项目落地生根。", None),
        Example("《廊桥保护三年行动计划》在被称为“中国廊桥之乡”的浙江泰顺启动。", None),
        Example("云南关累港口岸昨天（12月10日）正式对外开放。", {"name": "云南关累港口岸"}, "2024-12-11"),
        # a venue opened to the public is launched; activities the public may join are not
        Example("今天，汉口中华全国总工会旧址纪念馆正式对公众开放。", {"name": "汉口中华全国总工会旧址纪念馆"}),
        Example("今天（5月7日），综合性文化场馆“雄安印象”向公众开放。", {"name": "雄安印象", "date": "2023-05-07"},
                "2023-05-07"),
        Example("在为期一周的时间里，全国各地多项科普活动对公众开放。", None),
        Example("地震导致博物馆暂停对公众开放。", None),
        # who congratulates or witnesses is not what opens
        Example("近日，国家主席习近平复信希腊学者，祝贺中希文明互鉴中心成立。", None),
        Example("今天（2月27日），随着重庆地铁5号线北延伸段通车，重庆轨道线路增至12条。", {"name": "重庆地铁5号线北延伸段"}),
        Example("中国电力企业联合会预计，随着绿色电力交易等可再生能源配额制政策落地，绿电需求将进一步增加。", None),
        Example("以有力有效监督确保党中央重大决策部署落实落地。", None),
        Example("国际奥委会主席巴赫和中央广播电视总台台长慎海雄共同为中央广播电视总台纪念砖揭幕。", None),
        Example("在南非，引入中国技术的光热电站即将投入使用。", None),
        Example("上海启动全球双万兆城市建设，新型基础设施框架体系2026年基本建成。", None, "2023-11-26"),
        Example("数字经济框架体系2025—2027年基本建成。", None, "2023-11-26"),
        Example("白鹤滩—浙江特高压直流工程2023年全容量投产。", {"name": "白鹤滩—浙江特高压直流工程"}, "2023-11-19"),
        Example("2025年第九届亚冬会相关场馆建设全面启动。", {"name": "2025年第九届亚冬会相关场馆建设"}, "2023-11-19"),
        Example("我国陆上最深的科学探索井——“深地塔科1井”今天在新疆沙雅县境内开钻。", {"name": "深地塔科1井"}),
        Example("包银高铁惠农至银川段等多条新线开通运营。", {"name": "包银高铁惠农至银川段"}),
        Example("昨天（9月30日），青海玛尔挡水电站3号机组一次性并网成功。", {"name": "青海玛尔挡水电站3号机组"}),
        Example("我国自主研发的全球风暴潮、海啸监测预警系统正式投入业务化运行。", {"name": "全球风暴潮、海啸监测预警系统"}),
        Example("要稳妥推进存量公司出资期限调整等政策落地。", None),
        Example("眼下，贵南、福厦等多条高铁将在年内开通运营。", None),
        Example("截至5月底，成渝地区双城经济圈重大项目已开工230个，累计完成投资8417.7亿元。", None),
        Example("都香高速昭通段建成通车", {"name": "都香高速昭通段"}),
        Example("复兴号列车驶离梅州西站，标志着龙龙高铁梅龙段开通运营。", {"name": "龙龙高铁梅龙段"}),
        Example("中央宣传部等部门联合主办的2024年“我们的中国梦——文化进万家”活动，今天（2月4日）在广东省潮州市启动。",
                {"name": "2024年“我们的中国梦——文化进万家”活动", "date": "2024-02-04"}),
        Example("记者获悉，我国首个十万吨级，利用风能、光能、生物质原料，生产绿色航油示范项目，今天在黑龙江正式开工建设。", None),
        Example("人力资源社会保障部将于9月至12月在全国县级以上城市启动青年创业资源对接服务季活动。",
                {"name": "青年创业资源对接服务季活动", "date": "2023-09/2023-12"}, "2023-08-08"),
        Example("位于山西临汾的陶寺遗址博物馆将于11月12日正式开馆。",
                {"name": "陶寺遗址博物馆", "date": "2024-11-12"}, "2024-11-06"),
        Example("一期5万吨项目将于今年6月建成投产。", None, "2023-02-12"),
        Example("预计4月份一期生产线试运行。", None, "2024-03-16"),
        Example("新版目录将于3月1日落地实施。", None, "2023-01-18"),
        Example("如果天气允许，长征火箭将于6月5日发射天舟八号。", None, "2024-06-01"),
        Example("线下售票将于1月9日启动。", None, "2024-01-06"),
        Example("进博会线上国家展将于11月2日启动。", {"name": "进博会线上国家展", "date": "2022-11-02"}, "2022-10-24"),
        Example("要加快推进重大工程项目，今年在全省陆续开工。", None),
        Example("经过抢修，沿线铁路受损区段今天开通。", None),
        Example("今天，甘肃电投常乐电厂调峰火电项目一期四台机组全部投产发电。",
                {"name": "甘肃电投常乐电厂调峰火电项目一期四台机组"}),
        Example("国家重点能源项目——玛尔挡水电站首台机组正式并网发电。", {"name": "玛尔挡水电站首台机组"}),
        Example("甘肃省三北工程攻坚战首批重点项目全面启动", {"name": "甘肃省三北工程攻坚战首批重点项目"}),
        Example("长三角一体化基础设施互联互通示范工程——苏州轨道交通11号线正式运营。", {"name": "苏州轨道交通11号线"}),
        Example("全国迎春消费季——2023“老字号嘉年华”活动启动", {"name": "全国迎春消费季——2023“老字号嘉年华”活动"}),
        # a counted batch, by whose
        Example("北京市2023年首批50个重大项目开工。", {"name": "北京市2023年首批50个重大项目"}, "2023-02-28"),
        Example("我国西北地区海拔最高风电场首批机组投运", None),
        Example("今天，黄茅海跨海通道正式通车。", {"name": "黄茅海跨海通道"}),
        Example("我国成功实施海上一箭双星发射。", None),
        Example("今天（8月3日），我国西北地区海拔最高的乌恰风电场，首批20台机组在新疆正式投运。", {"name": "乌恰风电场"}),
        Example("位于珠江口盆地的中国海油恩平15-1油田群，6个新油田日前全面建成投产。", {"name": "中国海油恩平15-1油田群"}),
        Example("总投资150亿元的光伏超级工厂一期产线投产。", {"name": "光伏超级工厂一期产线"}),
        Example("澳门协和医院15日投入运营。", {"name": "澳门协和医院"}),
        Example("京港澳高速和大广高速今天同时通车。", {"name": "大广高速"}),  # each named works of a list
        Example("“上海企业登记在线”网上服务平台正式启动。", {"name": "“上海企业登记在线”网上服务平台"}),
        Example("此外，本届冬运会的主题MV《冰雪之约》今天正式发布上线。", None),  # a titled work released (the release rule's)
        Example("“榛树”导弹的量产工作已经启动。", None),  # a bare task, of what was named before 的
        # (首都: jieba's dictionary tags it an adverb, which made the name a clause)
        Example("由中国公司承建的柬埔寨首都金边市第三环线3日举行通车启用仪式。",
                {"name": "柬埔寨首都金边市第三环线", "date": "2023-08-03"}, "2023-08-04"),
        Example("云南关累港口岸昨天（12月10日）通过国家验收正式对外开放。",
                {"name": "云南关累港口岸", "date": "2024-12-10"}, "2024-12-11"),  # cleared by acceptance, opened
        Example("要深入推动教育对外开放。", None),
        # (日前: the segmenter's "lately" closes the date; the name stops where the date starts)
        Example("全国统一心理援助热线明年5月1日前开通", {"name": "全国统一心理援助热线", "date": "2025-05-01"},
                "2024-12-25"),
        # a part of a titled programme, and the channel it runs on, before 启播
        Example("大型纪录片《大运河之歌》超高清版今天通过总台“百城千屏”项目同步启播。",
                {"name": "《大运河之歌》超高清版", "date": "2024-01-12"}, "2024-01-12"),
        Example("文莱唯一深水港口摩拉港至中国广西北部湾港的集装箱航线8日正式开通。",
                {"name": "摩拉港至中国广西北部湾港的集装箱航线"}),  # a route named by its ends
        Example("我国第二大水电站乌东德水电站，首批2台机组今天投产。", {"name": "乌东德水电站"}),
        Example("三峡集团在金沙江建设的乌东德水电站，首批2台机组投产。", {"name": "乌东德水电站"}),
        Example("截至今天15时，深中通道通车24小时车流量超过12.5万车次。", None),  # a tally
        Example("至此，河南全省高速公路通车总里程突破8000公里。", None),
        Example("它的贯通为今年底渭武高速通车奠定坚实基础。", None),  # still to come
        Example("在这个服务区工作了18年的李婷说，2015年全国高速投入使用的第一个充电桩就在这里。", None),
        Example("…工程日前竣工投产。至此，白鹤滩水电站外送江苏、浙江两条输电大通道全部建成投运。", None),
        Example("2024四川省冬季旅游启动", {"name": "2024四川省冬季旅游"}),
        Example("双方正式启动中俄体育交流年。", {"name": "中俄体育交流年", "action": "启动"}),
        Example("由中国企业承建的菲律宾达沃-萨马尔岛跨海大桥27日举行开工仪式。", {"name": "菲律宾达沃-萨马尔岛跨海大桥"}),
        Example("中国能建今天举行开工仪式。", None),
        Example("5月11日，南航深圳—墨西哥城航线首航，标志着我国首条直飞拉丁美洲的客运航线正式开通。",
                {"name": "南航深圳—墨西哥城航线"}),  # (not 客运航线: a description, restated)
        Example("接收站成功接卸首船液化天然气，标志国内规模最大的液化天然气储备基地实现投产。", None),
        Example("一架货机从深圳飞往土库曼斯坦，标志着大湾区首条直航土库曼斯坦的国际货运航线正式开通。",
                {"name": "直航土库曼斯坦的国际货运航线"}),
        Example("由中企承建的尼日利亚首都阿布贾城铁一期29日举行全面开通运营仪式。",
                {"name": "尼日利亚首都阿布贾城铁一期", "action": "开通"}),
        Example("甘肃6000兆瓦调峰火电项目一期投产发电", None),  # (a phase named alone only by its ceremony)
        Example("我国首个重载铁路加氢站——国家能源集团巴图塔加氢站正式投入商业运营。",
                {"name": "国家能源集团巴图塔加氢站", "action": "投入商业运营"}),
        Example("第三轮第三批中央生态环境保护督察全面启动", {"name": "第三轮第三批中央生态环境保护督察"}),
        Example("眼下，晚稻收割全面启动。", None),
        Example("安徽夏粮收购全面启动。", None),
        Example("大科学装置江门中微子实验液体灌注今天启动。", {"name": "大科学装置江门中微子实验液体灌注"}),
        Example("市县级水网先导区接续启动。", None),
        Example("成都天府国际机场国际航线正式开航。", {"name": "成都天府国际机场国际航线", "action": "开航"}),
        Example("杭州第19届亚运会主媒体中心今天正式运行。", {"name": "杭州第19届亚运会主媒体中心", "action": "正式运行"}),
        Example("辽宁桓仁至吉林集安高速公路昨天建成通车。", {"name": "辽宁桓仁至吉林集安高速公路", "action": "建成通车"}),
        Example("系列活动包括“澳科一号”卫星投入使用仪式等。", {"name": "“澳科一号”卫星"}),
        Example("同时，天津重点建设的天开高教科创园正式开园。", {"name": "天开高教科创园", "action": "开园"}),
        Example("大型纪录片《通向繁荣之路》多语种出版物全球首发。", {"name": "大型纪录片《通向繁荣之路》多语种出版物"}),
        Example("今年内，防东铁路、成宜高铁、昌景黄高铁等多条铁路将建成通车。", None),
        Example("南凭高铁计划明年全线建成通车。", None),
        Example("中老铁路按计划于今天开通运营。", {"name": "中老铁路"}),
        Example("项目于2017年2月开工建设，历时7年建成开通。", None),
        Example("京张高速铁路、深中通道、北京大兴国际机场等一大批重大工程建成投运。", None),
        Example("今天，我国太原卫星发射中心在山东附近海域成功发射谷神星一号海射型遥二运载火箭。", None),
        Example("神舟十四号载人飞船于2022年6月5日从酒泉卫星发射中心发射升空。", {"name": "神舟十四号载人飞船"}, "2022-06-05"),
        # a launch of a year before the story's is background: no initiative of the story
        Example("神舟十四号载人飞船于2022年6月5日从酒泉卫星发射中心发射升空。", None, "2023-06-05"),
        Example("原糖到达广西钦州港，通过铁海联运班列从钦州港发出。", None),
        Example("该书英文版近日由中央编译出版社出版，面向海内外发行。", None),
        Example("新型研发机构推动技术、成果从“书架”走向“货架”在产业中顺利落地。", None),
        Example("昨天（1月18日），重庆轨道交通9号线二期、10号线二期、郭家沱长江大桥及六纵线北段同日开通。",
                {"name": "郭家沱长江大桥", "action": "开通"}),
        Example("昨天（1月18日），重庆轨道交通9号线二期、10号线二期、郭家沱长江大桥及六纵线北段同日开通。",
                {"name": "10号线二期"}),
        Example("北京、上海同日开通。", None),
        Example("北京建成近300公里滨水慢行系统。", None),
        Example("今天凌晨，北京至万象首次开行跨境旅游专列，列车从北京丰台站始发。", {"name": "跨境旅游专列"}),
        Example("铁路部门开行旅游列车，与景区、酒店联动。", None),
        Example("满洲里口岸是我国最大的陆路口岸，2013年首次开行中欧班列。", None),
        Example("我国今年首个核电机组开工建设\n今天，国家电投广东廉江核电项目1号机组开工建设。",
                {"name": "国家电投广东廉江核电项目1号机组"}),
        Example("青藏铁路西宁至格尔木段、兰新高铁兰州至西宁段等提质改造项目投产运营。", {"name": "兰新高铁兰州至西宁段"}),
        Example("向家坝、溪洛渡、乌东德、白鹤滩等特大型水电站陆续投产。", None),
        Example("京张高铁、京雄城际、京唐城际等多条铁路陆续开通运营。", None),
        Example("京唐城际铁路起自北京城市副中心，终点河北唐山，预计年底部分开通。", None),
        Example("2023年“我们的中国梦——文化进万家”活动启动", {"name": "2023年“我们的中国梦——文化进万家”活动"}, "2023-01-10"),
        Example("我国“西电东送”重点工程——白鹤滩送浙江±800千伏特高压直流输电工程日前竣工投产。",
                {"name": "白鹤滩送浙江±800千伏特高压直流输电工程", "action": "竣工投产"}),
        Example("意味着2025年第九届亚洲冬季运动会6项铁路基础设施改造项目全部竣工。", None),
        Example("日前，重庆江北国际机场新建第四跑道正式启用。", {"name": "重庆江北国际机场新建第四跑道", "action": "启用"}),
        Example("27日，2024黑龙江“冷水鱼·冬捕季”正式启动。", {"name": "2024黑龙江“冷水鱼·冬捕季”", "action": "启动"}),
        Example("长三角数字经济创新中心嘉兴协作基地等一批平台落地。",
                {"name": "长三角数字经济创新中心嘉兴协作基地", "action": "落地"}),
        Example("今天（6月9日），大唐西藏扎拉水电站主体工程开工建设。",
                {"name": "大唐西藏扎拉水电站主体工程", "kind": "project", "action": "开工建设"}, "2023-06-11"),
        Example("国家文物局指导举办的“文物保护进校园”活动今天在西安启动。", {"name": "“文物保护进校园”活动"}),
        Example("深圳今天开通前海跨境金融服务专线。", {"name": "前海跨境金融服务专线", "action": "开通"}),
        Example("同时，上线数据跨境便利化信息服务平台，服务企业相关需求。", {"name": "数据跨境便利化信息服务平台"}),
        Example("同时上线一站式枢纽门户，集岗位发布、职位筛选等功能于一体。", {"name": "一站式枢纽门户"}),
        Example("在安徽省歙县，新安江流域防洪治理工程已经开工建设。", {"name": "新安江流域防洪治理工程"}),
        Example("目前，全省10000余个重点项目全面启动。", None),
        Example("今天（2月6日），海南2023年第一批自贸港建设项目正式开工。",
                {"name": "海南2023年第一批自贸港建设项目", "action": "开工"}, "2023-02-06"),
        Example("今天，辽宁一批重大项目集中开工。", None),
        Example("其间，还举行了国家（中关村）火炬科创学院落成仪式、国际青年创新人才集聚区揭牌等活动。",
                {"name": "国家（中关村）火炬科创学院"}),
        Example("丁薛祥出席活动，宣布全国温室气体自愿减排交易市场启动。", {"name": "全国温室气体自愿减排交易市场"}),
        Example("京九铁路河北固安与北京丰台通勤列车正式开通。", {"name": "京九铁路河北固安与北京丰台通勤列车"}),
        Example("今年上线数量达到20个。", None),
        Example("环北部湾广西水资源配置工程开工建设。", {"name": "环北部湾广西水资源配置工程", "kind": "project"}),
        Example("今天（1月18日），津潍高铁关键节点——津沽海河隧道启动掘进施工。", {"name": "津沽海河隧道", "action": "启动"}),
        Example("国家智慧教育读书平台也于今天上线。", {"name": "国家智慧教育读书平台", "kind": "platform"}),
        Example("2023年国家网络安全宣传周今天启动。", {"name": "2023年国家网络安全宣传周", "action": "启动"}, "2023-09-11"),
        Example("随着国家今年新一轮以旧换新政策的启动，市场空间将进一步释放。", {"name": "新一轮以旧换新政策"}),
        Example("南水北调东线一期工程今天启动全线调水。", None),
        Example("他说：“上海机场联络线今日开通，方便市民出行。”", {"name": "上海机场联络线"}),
        Example("今天，2024年国家网络安全宣传周启动仪式举行。", {"name": "2024年国家网络安全宣传周"}),
        Example("5月，中国—赞比亚文化和旅游年、中俄文化年相继启动。", {"name": "中俄文化年", "action": "启动"}),
        Example("中俄文化年在京开幕。", {"name": "中俄文化年", "action": "开幕"}),
        Example("首届北京朝阳国际灯光节昨晚（11月18日）启动。", {"name": "首届北京朝阳国际灯光节"}),
        Example("谷神星一号遥四运载火箭在我国酒泉卫星发射中心发射升空。", {"name": "谷神星一号遥四运载火箭"}),
        Example("该项目计划今年7月开工建设，2024年投产。", None),  # a reference back, not a name
        Example("我国第三代超导量子计算机正式上线运行。", {"name": "第三代超导量子计算机", "action": "上线"}),
        Example("国家考古遗址公园评定工作自2010年启动。", None),  # begun years before: background
        Example("天龙二号遥一运载火箭发射成功", {"name": "天龙二号遥一运载火箭", "action": "发射"}),
        Example("我国成功发射天仪41星等8颗卫星", None),  # event.spacecraft's
        Example("“2024全国网上年货节”今天（1月18日）拉开帷幕。", {"name": "2024全国网上年货节", "action": "拉开帷幕"}),
        Example("第二十五届上海国际电影节昨晚开幕。", None),  # a festival that opens: the meeting rule's
        Example("国家重大水利工程、国家水网骨干工程珠江三角洲水资源配置工程今天全线通水。",
                {"name": "珠江三角洲水资源配置工程", "action": "通水"}),
        Example("上海企业在线登记服务平台今天上线。", {"name": "上海企业在线登记服务平台"}),  # 在线: no place
        Example("7月1日起，跨里海中欧班列实现常态化开行。", {"name": "跨里海中欧班列", "date": "2024-07-01"}, "2024-07-02"),
        # launches one after another, given as what led to a 随着 clause's news; a launch so given is reported
        Example("随着中星16号、19号和26号高通量卫星相继发射成功，我国初步建成高轨卫星互联网。", None),
        Example("今天，随着京雄城际铁路相继开通运营，雄安新区进入高铁时代。", {"name": "京雄城际铁路"}),  # the day's
        Example("第五届全国网上年货节今天在线上启动。", {"name": "第五届全国网上年货节"}),  # 在线上: where
        Example("《在希望的田野上》今天在北京启动。", {"name": "在希望的田野上"}),  # 在 inside the title
        Example("国务院安委会今天启动安全检查。", None),  # a bare kind
        Example("近日，随着吉林省引嫩入白扩建一期工程开工建设，今年重大水利工程已开工24项。",
                {"name": "吉林省引嫩入白扩建一期工程"}),
        # a titled programme started (a work that 开播 is released instead)
        Example("《中央广播电视总台首届青年京剧演员大会》今天（9月8日）在北京启动。",
                {"name": "中央广播电视总台首届青年京剧演员大会", "action": "启动", "date": "2023-09-08"}, "2023-09-08"),
        Example("亚洲首艘圆筒型“海上油气加工厂”建造完工。", None),  # a vessel built: a milestone
        Example("我国首艘自主设计建造的大洋钻探船“梦想”号今天建造完工。", None),
        Example("可同时停靠两艘邮轮的吴淞口国际邮轮港二期工程今天建造完工。", {"name": "吴淞口国际邮轮港二期工程"}),
        Example("今天，金湾绿能港二期项目建造完工。", {"name": "金湾绿能港二期项目", "action": "建造完工"}),
        Example("今天（7月3日），甘肃中部生态移民扶贫开发供水工程通水运行。",
                {"name": "甘肃中部生态移民扶贫开发供水工程", "action": "通水"}),
        Example("今天，黑龙江至荷兰首条中欧班列线路开行。", {"name": "黑龙江至荷兰首条中欧班列线路"}),  # first on its route
        Example("国产客机ARJ21首条中亚航线开通", {"name": "国产客机ARJ21首条中亚航线"}),  # first of a named model's
        Example("我国首艘深远海多功能救助船今天正式列编。", None),
        Example("甘肃庆阳、广西河池开通了客运专线和高铁，助力务工人员返岗。", None),  # a kind of service, unnamed
        Example("两地“华龙一号”核电项目今天开工建设", None),  # works in two places, named one by one in the lead
        # a themed year whose opening ceremony is attended or held is launched
        Example("赵乐际率团对朝鲜进行正式友好访问，并出席“中朝友好年”开幕式活动。", {"name": "“中朝友好年”", "action": "开幕"}),
        Example("习近平和普京在北京国家大剧院共同出席“中俄文化年”开幕式暨庆祝中俄建交75周年专场音乐会。",
                {"name": "“中俄文化年”"}),
        Example("昨天（7月1日），从四川成都东开往香港西的G2963次列车首发运行。", {"name": "G2963次列车"}),  # 从… describes
        Example("3月20日，国家重点水利工程、西藏拉萨旁多引水工程“三通一平”基础工程开工建设。",
                {"name": "西藏拉萨旁多引水工程“三通一平”基础工程"}, "2023-03-20"),  # its works named, its kind before
        Example("调水规模为工程通水9年来最多的一次。", None),
        Example("2024年第一期超长期特别国债今天（5月17日）发行。", {"name": "2024年第一期超长期特别国债"}),
        Example("财政部昨天在澳门面向专业投资者发行50亿元人民币国债，认购倍数3.06倍。", {"name": "50亿元人民币国债"}),
        Example("财政部连续第三年在澳门发行人民币国债。", None),
        Example("今天，国内最大平价海上风电项目实现全容量并网发电。", None),  # described, named elsewhere
        Example("今天，全球单机容量最大风电机组启动发电。", None),
        Example("今天，五家渠市光伏产业园项目开工建设。", {"name": "五家渠市光伏产业园项目"}),
        Example("和林格尔新区大数据中心项目今天开工建设。", {"name": "和林格尔新区大数据中心项目"}),
        Example("今天，辽宁5座抽水蓄能电站启动建设。", None),
    ), ("launch_verbs",)),
    _rule("initiative.release", "Documents, reports and lists published.", _each_joint_act(_acted_by(find_releases)), (
        Example("“央博”平台上线暨“央博新春云庙会”发布", {"name": "“央博新春云庙会”", "action": "发布"}),
        Example("由中央广播电视总台主办的动漫赛事“金猴奖”也于昨晚揭晓。", {"name": "“金猴奖”"}),  # the prize, not its kind
        # a document's launch conference, held
        Example("13日，丁薛祥在“国际零碳岛屿合作倡议”发布会上表示，要携手提升岛屿适应气候变化能力。",
                {"name": "国际零碳岛屿合作倡议", "date": "2024-11-13"}, "2024-11-14"),
        Example("“中国品牌”发布会今天在北京举行。", None),
        Example("“2024中国数字经济发展报告”发布会将于下月在北京举行。", None),
        Example("原定于今天举行的“全球人工智能治理倡议”发布会被推迟。", None),
        Example("13日，丁薛祥在“国际零碳岛屿合作倡议”发布会上介绍了岛屿合作计划。", {"name": "国际零碳岛屿合作倡议"},
                "2024-11-14"),
        Example("2019年，他出席了“绿色发展倡议”发布会。", None),
        Example("“2024中国数字经济发展报告”发布会今天在北京举行并将在全国巡回宣讲。", {"name": "2024中国数字经济发展报告"}),
        Example("中方谴责美国发布《2023年国别人权报告》。", {"name": "2023年国别人权报告"}),
        Example("第13期《求是》杂志发表习近平2022年10月16日在大会上的报告的一部分《新时代新征程中国共产党的使命任务》。",
                {"name": "新时代新征程中国共产党的使命任务"}, "2024-07-01"),
        Example("该刊未发表习近平讲话的一部分《新时代的使命》。", None),
        Example("我们及时果断出台稳经济一揽子政策和接续措施，着力保市场主体稳就业稳物价。", {"name": "稳经济一揽子政策"}),
        Example("敦煌研究院推出一款文化遗产数字化新成果。", {"name": "文化遗产数字化新成果"}),
        Example("本次大会取得多项成果，包括成立长三角人工智能产业联盟、发布《长三角数字经济发展报告》等内容。",
                {"name": "长三角数字经济发展报告"}),
        Example("世界气象组织今天发布报告，题为《2023年全球气候状况》。", {"name": "2023年全球气候状况", "kind": "report"}),
        Example("联合国粮农组织21日发布报告说，加沙地带粮食安全局势日益恶化。", {"name": "报告", "kind": "report"}),
        Example("2022年度媒体社会责任报告近日发布，这是连续第十次发布有关报告。", {"name": "2022年度媒体社会责任报告"}),
        Example("这是连续第十次发布有关报告。", None),  # the reports referred to, none named
        # a date of what the document says is not the day it is released
        Example("禁化武组织调查鉴定小组近日发布报告称，2018年4月7日，叙利亚空军涉嫌使用化学武器。",
                {"name": "报告", "date": None}, "2023-02-03"),
        # 以及 joins two documents as 和 does
        Example("峰会发表关于睦邻互信和伙伴关系原则的声明以及涉及能源、投资等领域合作的一系列决议。",
                {"name": "关于睦邻互信和伙伴关系原则的声明"}),
        Example("第44届海湾阿拉伯国家合作委员会首脑会议5日通过多哈宣言，呼吁实现停火。", {"name": "多哈宣言"}),
        Example("首脑会议5日通过联合宣言。", None),  # its kind only
        # titles listed before the verb, then a quoted name before the 等 that sums them up
        Example("随后，《关于支持戏曲传承发展的若干政策》、“长城、大运河、长征、黄河、长江国家文化公园建设方案”等相继出台。",
                {"name": "关于支持戏曲传承发展的若干政策", "action": "出台"}),
        Example("随后，《关于支持戏曲传承发展的若干政策》、“长城、大运河、长征、黄河、长江国家文化公园建设方案”等相继出台。",
                {"name": "长城、大运河、长征、黄河、长江国家文化公园建设方案", "kind": "document"}),
        Example("随后，《关于支持戏曲传承发展的若干政策》、“中国数字经济发展白皮书”等相继发布。",
                {"name": "中国数字经济发展白皮书", "kind": "report"}),
        Example("国家金融监督管理总局日前发布非银行金融机构行政许可事项实施办法（征求意见稿），拟取消有关限制。",
                {"name": "非银行金融机构行政许可事项实施办法（征求意见稿）", "kind": "document"}),  # the draft's stage
        Example("国家卫生健康委发布了防控儿童青少年近视核心知识十条，要求各地开展儿童眼病筛查。",
                {"name": "防控儿童青少年近视核心知识十条", "kind": "document"}),  # named by its count of articles
        Example("交通运输部今天公布了3条线路。", None),
        Example("中国证监会启动改革，并就主要制度规则向社会公开征求意见。", None),  # what the consultation is about
        Example("新华社受权全文播发习近平同志在大会上代表中央委员会作的题为《高举伟大旗帜》的报告。",
                {"name": "高举伟大旗帜", "kind": "report"}),  # a report described, then titled
        Example("新华社今天受权播发《中共中央关于进一步全面深化改革 推进中国式现代化的决定》。",
                {"name": "中共中央关于进一步全面深化改革 推进中国式现代化的决定", "actors": ["新华社"]}),
        Example("习近平出席大范围会议，就未来金砖发展发表重要意见。", None),  # views voiced
        Example("国务院联防联控机制综合组今天公布，自2月6日零时起，全面恢复内地与港澳人员往来。", None),  # who, not what
        Example("新年前夕，国家主席习近平通过中央广播电视总台和互联网，发表了二〇二五年新年贺词。",
                {"name": "二〇二五年新年贺词", "kind": "document", "action": "发表"}),
        Example("与会代表发表了意见。", None),
        Example("今天，住房和城乡建设部发布意见，要求各地加快住房公积金数字化发展。", {"name": "意见", "kind": "document"}),
        Example("香港特区《维护国家安全条例》23日刊宪生效。",  # gazetted
                {"name": "维护国家安全条例", "action": "刊宪", "date": "2024-03-23"}, "2024-03-23"),
        Example("上海制定《上海市党纪学习教育实施方案》。", {"name": "上海市党纪学习教育实施方案", "action": "制定"}),
        Example("各地要结合实际制定政策。", None),  # 制定 issues only a document it names
        Example("云南结合实际，制定全省党纪学习教育实施方案，围绕学习研讨等3个方面细化举措。",
                {"name": "全省党纪学习教育实施方案", "action": "制定"}),  # (or its plan, by its head)
        Example("中国共产党二十届三中全会推出的系列重要改革举措，将进一步增进中国人民福祉。", None),  # a batch
        Example("两地今天推出“提前备案通关”等多项举措。", None),  # a batch, one of its measures named
        Example("当地还推出“先使用后付费”等创新措施。", None),  # the measures by their kind, one example given
        # a call carried on from 要 through clauses that open with their verbs
        Example("要努力提振资本市场，大力引导中长期资金入市，研究出台保护中小投资者的政策措施。", None),
        Example("住建部正在指导各地迅速行动，抓存量政策落实，抓增量政策出台，推动市场止跌回稳。", None),  # a slogan's task
        Example("在浙江，支持居家适老化改造消费补贴政策及实施细则出台。", {"name": "支持居家适老化改造消费补贴政策及实施细则"}),
        Example("蔡奇代表党中央发表了题为《在强国建设民族复兴新征程上书写壮丽青春篇章》的致词。", None),  # a speech
        # cases and typical problems a named briefer makes public are released, after 通报 or before it (对…进行通报)
        Example("中央纪委国家监委公开通报十起违反中央八项规定精神典型问题", {"name": "十起违反中央八项规定精神典型问题"}),
        Example("日前，中央纪委国家监委对查处的6起形式主义、官僚主义典型问题进行公开通报。",
                {"name": "6起形式主义、官僚主义典型问题", "action": "通报"}),
        Example("会议对有关情况进行了通报。", None),
        # a list that runs past the object window, or on after 以及: each item joined is released
        Example("大会发布了12项“携手构建网络空间命运共同体精品案例”和15项年度领先科技成果，以及世界互联网大会蓝皮书。",
                {"name": "世界互联网大会蓝皮书"}),
        Example("我国出台新中国历史上第一个青年发展规划、印发党的历史上第一个少先队工作文件。",
                {"name": "党的历史上第一个少先队工作文件", "action": "印发"}),  # the second verb's own item
        Example("联合国开发计划署13日发布2023年至2024年《人类发展报告》。",
                {"name": "人类发展报告", "kind": "report", "date": "2024-03-13"}, "2024-03-14"),  # the years it covers
        Example("国务院新闻办公室今天发表题为《新时代的中国国家安全》的白皮书。",
                {"name": "新时代的中国国家安全", "kind": "report"}),
        Example("李强在开幕式上发表题为《共创开放繁荣的美好未来》的主题演讲。", None),
        Example("习近平发表题为《携手构建公正合理的全球治理体系》的重要讲话。", None),  # a speech, no document
        Example("据伊拉克国家安全顾问媒体办公室发表的声明，阿拉吉9日在巴格达会见了伊朗武官。", None),  # a kind alone
        Example("哈马斯方面发表声明说实现加沙地带永久停火是达成协议的基础。", None),  # what it says is no name
        Example("委内瑞拉外交部发表声明，强烈反对美国日前发布的《2022年国别人权报告》。", {"name": "2022年国别人权报告"}),
        Example("美国国务院不顾中方坚决反对发布《2023年国别人权报告》。", {"name": "2023年国别人权报告"}),
        Example("关于禁止在公共场所吸烟的《北京市控制吸烟条例》今天正式发布。", {"name": "北京市控制吸烟条例"}),
        Example("联合国禁止酷刑委员会发布报告。", {"name": "报告"}),
        Example("活动还发布了“中拉青年影视共创计划”和“一起看中国：拉美青年中国行”等项目。",
                {"name": "一起看中国：拉美青年中国行"}),
        Example("习近平在南非《星报》发表题为《让中南友好合作的巨轮扬帆远航》的署名文章。",
                {"name": "让中南友好合作的巨轮扬帆远航"}),
        Example("国家层面政策出台，当地残联、民政部门也积极上门。", None),  # no document named
        Example("会议经表决，通过了新修订的公司法、粮食安全保障法、刑法修正案（十二）；", {"name": "公司法"}),
        Example("会议经表决，通过了新修订的公司法、粮食安全保障法、刑法修正案（十二）；", {"name": "刑法修正案（十二）"}),
        Example("会议经表决，通过了新修订的妇女权益保障法、黄河保护法、新修订的畜牧法。", {"name": "畜牧法"}),
        Example("海南自由贸易港今天发布6项制度集成创新案例。", {"name": "制度集成创新案例"}),  # a later head ends it
        Example("商务部出台12条举措促进电子产品消费。", {"name": "12条举措"}),  # a purpose follows the count
        Example("在文博会上，“2024·全国文化企业30强”和“2024·全国成长性文化企业30强”发布。",
                {"name": "2024·全国成长性文化企业30强"}),  # quoted lists joined: each released
        Example("央广传媒集团有限公司等入选今年首次发布的“成长性文化企业30强”。", None),  # the list joined, not released here
        Example("几十项涉及生态文明建设的改革方案相继出台。", None),  # a batch, no one document named
        # a report that goes on to revise a forecast; a kind, then its quoted name; who releases it after 由
        Example("德国经济部21日发布最新经济报告将今年德国经济增长预期下调至0.2%。", {"name": "最新经济报告"}),
        Example("夏威夷州应急管理机构去年发布的报告将海啸、地震等列为显著灾害威胁。", None),  # no report named
        Example("中央广播电视总台今天（9月10日）发布系列融媒体行动“勇立潮头大湾区”。", {"name": "“勇立潮头大湾区”"}),
        Example("《全国排污权有偿使用和交易进展报告（2024年）》近日由生态环境部环境规划院发布。",
                {"name": "全国排污权有偿使用和交易进展报告（2024年）"}),
        Example("总台社教节目中心发布2023年创新节目", {"name": "2023年创新节目", "kind": "list"}),
        Example("《关于实施中华优秀传统文化传承发展工程的意见》颁布，文化事业蓬勃发展。",
                {"name": "关于实施中华优秀传统文化传承发展工程的意见"}),
        Example("我国颁布实施外商投资法。", {"name": "外商投资法"}),
        Example("包括通知和颁布发表的法律、条例、白皮书等21篇。", None),  # kinds counted, none named
        Example("国务院印发了关于加快发展银发经济增进老年人福祉的意见等3份文件。",
                {"name": "关于加快发展银发经济增进老年人福祉的意见"}),  # a named document before the tally
        Example("总台集中推出《开局之年看中国》《中国空间站》等十多项创新节目。", None),  # programmes, not documents
        Example("《中国互联网发展报告2024》和《世界互联网发展报告2024》今天在乌镇峰会上发布。",
                {"name": "世界互联网发展报告2024"}),  # each title listed
        Example("《报告甲2024》、《报告乙2024》和《报告丙2024》今天在北京发布。", {"name": "报告乙2024"}),
        Example("今天，《全国社会保障基金境内投资管理办法（征求意见稿）》向社会公开征求意见。",
                {"name": "全国社会保障基金境内投资管理办法（征求意见稿）"}),  # a draft published for comment
        # (the edition before the title)
        Example("现场发布了2024版《上海手册》及《上海指数综合指标使用指南》。", {"name": "上海手册"}),
        # a document released long since, which the story reports on: an initiative, no release of the day
        Example("今天（10月31日）获悉，《交通强国建设纲要》印发五年来，我国交通运输实力大幅跃升。",
                {"name": "交通强国建设纲要"}),
        Example("优化调整疫情防控二十条措施发布以来，各地调整当地防疫方案。", {"name": "优化调整疫情防控二十条措施"}),
        Example("示范区今天发布三周年建设成果。", {"name": "三周年建设成果"}),  # (a count of years, then the results)
        Example("去年12月，一架战斗机坠海，事故具体原因仍未公布。", None),  # denied, nothing released
        Example("该市正在研究制定数字经济行动计划。", None),  # still drafted
        Example("省政府督促各市制定整改工作方案。", None),  # asked of others
        Example("今年，北京率先发布地方版“数据二十条”，在多个重点领域先行先试。", {"name": "地方版“数据二十条”"}),
        Example("生态环境部公布了“美丽中国，我是行动者”先进典型名单。",
                {"name": "“美丽中国，我是行动者”先进典型名单"}),  # (the quoted name's comma is its own)
        Example("目前，我国已推出包括国家反诈中心应用程序在内的7种反诈举措。", {"name": "7种反诈举措"}),
        Example("北京制定了恢复重建项目推进实施方案、资金保障方案。", {"name": "恢复重建项目推进实施方案"}),
        Example("博览会期间还举办了19场专业论坛、5场精品赛事与11场重要成果发布。", None),  # sessions counted
        Example("峰会通过成果性文件《坎帕拉宣言》，呼吁坚持多边主义。", {"name": "坎帕拉宣言"}),  # the text, past its kind
        Example("国家卫生健康委等14部委近日联合发布2024年纠正医药购销领域和医疗服务中不正之风工作要点。",
                {"name": "2024年纠正医药购销领域和医疗服务中不正之风工作要点", "kind": "document"}),
        Example("今天（1月12日），陕西发布2022年度重要考古发现。", {"name": "2022年度重要考古发现", "kind": "report"}),
        # each text of a list adopted; a meeting named inside a plan's name is no meeting
        Example("会议审议通过了修订后的政协全国委员会专家协商会工作规则和2023年组织召开专家协商会工作计划。",
                {"name": "政协全国委员会专家协商会工作规则", "kind": "document"}),
        Example("国家发展改革委等6部门近日发布了以制造业为重点，促进外资扩增量稳存量提质量的若干政策措施。",
                {"name": "促进外资扩增量稳存量提质量的若干政策措施"}),  # past the focus clause
        # each book of the list its publisher publishes, past volumes and editions
        Example("《习近平著作选读》第一卷、第二卷繁体版和《习近平关于中国式现代化论述摘编》繁体版，近日由联合出版集团出版发行。",
                {"name": "习近平著作选读"}),
        # a resolution adopted by consensus, named past whose motion it was
        Example("第78届联合国大会7日协商一致通过中国提出的设立文明对话国际日决议。",
                {"name": "设立文明对话国际日决议", "date": "2024-06-07"}, "2024-06-08"),
        # a briefing makes cases public; what else it tells, or a duty listed, is no release
        Example("第三轮第一批中央生态环保督察今天（12月1日）公开通报一批典型案例。", {"name": "典型案例", "date": "2023-12-01"},
                "2023-12-01"),
        Example("国新办通报今年经济工作有关情况。", None),
        Example("严肃查处那些老是拉干部下水的行贿人，通报典型案例，以正视听。", None),
        # an untitled 关于…的意见 is named by the whole phrase
        Example("新时代基础教育扩优提质行动计划的意见发布实施。", {"name": "新时代基础教育扩优提质行动计划的意见"}),
        Example("教育部的意见发布。", None),
        # a call or a request, by a modal word in the clause (适时, 审慎 …)
        Example("要加强对策研究，适时出台务实管用的政策措施。", None),
        # a list longer than a name, summed up by its count
        Example("江西出台了拓展文化旅游消费、大力发展数字消费、释放农村消费潜力等24条举措。", {"name": "24条举措"}),
        Example("希望欧方审慎出台限制性经贸政策。", None),
        Example("国家发展改革委近日适时推出《促进民营经济发展的若干措施》。", {"name": "促进民营经济发展的若干措施"}),
        Example("敦煌研究院已研发出一整套洞窟壁画的数字化保护关键技术和成果转化体系。", None),
        Example("联合国国际法院19日应联合国大会请求发表一项咨询意见。", {"name": "咨询意见", "action": "发表"}),
        Example("要制定出台促进民间投资的政策措施。", None),
        Example("浙江贯彻落实重要讲话精神，制定政策、出台举措，推动服务中小企业高质量发展。", None),
        # a subjectless clause carries on the plan or call before it, whatever jieba tags its verb (壮大 a)
        Example("工业和信息化部表示，2024年将全面实施…行动，加快培育新兴产业，壮大新能源等新兴产业，出台未来产业发展行动计划。",
                {"name": "未来产业发展行动计划"}),  # announced: an initiative with no release event (the pipeline's test)
        Example("各方面都要积极推出有利于稳增长、稳预期的政策，慎重出台有收缩和抑制效应的政策。", None),
        Example("总台华语环球节目中心今天（1月17日）发布2023年重点节目。", {"name": "2023年重点节目", "kind": "list"}),
        Example("今天（11月22日），2023年两院院士增选结果揭晓。", {"name": "2023年两院院士增选结果", "kind": "report"}),
        Example("今天（7月18日），中国发布首份《全球安全倡议落实进展报告》。", {"name": "全球安全倡议落实进展报告"}),
        Example("中共中央、国务院、中央军委发布关于给陈冬、刘洋颁发“二级航天功勋奖章”，授予蔡旭哲“英雄航天员”荣誉称号的决定。",
                {"name": "关于给陈冬、刘洋颁发“二级航天功勋奖章”，授予蔡旭哲“英雄航天员”荣誉称号的决定", "kind": "document"}),
        Example("全国总工会近期发布第九次全国职工队伍状况调查结果。",
                {"name": "第九次全国职工队伍状况调查结果", "kind": "report"}),
        Example("文化和旅游部发布82条“岁时节令 自在乡村”全国乡村旅游精品线路。",
                {"name": "“岁时节令 自在乡村”全国乡村旅游精品线路", "kind": "list"}),
        Example("第三十二届中国新闻奖、第十七届长江韬奋奖评选结果今天（11月8日）揭晓。",
                {"name": "第十七届长江韬奋奖", "kind": "competition", "action": "揭晓"}),
        Example("调查结果显示，八成受访者表示满意。", None),
        Example("今天，我国自主可控的新一代遥感产品服务平台——星图云开放平台正式发布。", {"name": "星图云开放平台"}),
        Example("有关方面要加强普法宣传，抓紧出台配套规定。", None),
        Example("目前，各地加快出台有关实施意见和配套政策。", None),
        # (what follows the verb is released, not the gala)
        Example("中央广播电视总台《2025年春节联欢晚会》今天发布主题和主标识。", {"name": "主题和主标识"}),
        Example("进一步推动服务业扩大开放，国家发布实施自贸试验区首张跨境服务贸易负面清单。",
                {"name": "自贸试验区首张跨境服务贸易负面清单", "action": "发布实施"}),
        Example("近日九部门印发实施《行动方案》，提出用3年左右时间。", {"name": "行动方案", "kind": "document"}),
        Example("工业和信息化部表示，将聚焦技术研发、融资促进等推出更多精准有效举措。", None),
        Example("生态环境部首次发布关于公路建设项目的《环境影响评价技术导则》。", {"name": "环境影响评价技术导则"}),
        Example("河北推出涉及招投标等领域的90项服务保障举措。", {"name": "90项服务保障举措"}),
        Example("教育部今年首次推出“阳光志愿”信息服务系统，供考生免费使用。", {"name": "“阳光志愿”信息服务系统"}),
        Example("近日，全球最新一批“灯塔工厂”名单发布，新增的22家制造企业中，中国企业的占比达到近60%。",
                {"name": "“灯塔工厂”名单", "kind": "list"}),
        Example("论坛在广州举行，其间发布了“湾事通”综合服务平台，为居民提供跨境服务。",
                {"name": "“湾事通”综合服务平台", "kind": "platform"}),
        Example("服贸会在权威发布、首发创新和联盟平台等方面共达成1100多项成果。", None),  # 发布 a noun in a list
        Example("大会发布了智慧教育平台标准规范。", None),  # the platform names the standard's topic
        Example("李强对他们推出公共服务平台的做法予以肯定。", None),
        Example("这家企业推出了行业内首个全自主无人机巡检系统。", None),
        Example("该公司推出首款自研智能驾驶系统。", None),
        Example("上海推出“随申办”APP，市民可在线办理社保业务。", {"name": "“随申办”APP"}),
        Example("本届博览会将举办主旨论坛等系列活动，并集中发布工业互联网领域一批重大成果。",
                {"name": "工业互联网领域一批重大成果"}),  # announced: no release event (tests/test_events.py)
        Example("我国相继推出制造业中试平台、新材料中试平台等建设方案。", {"name": "制造业中试平台、新材料中试平台等建设方案"}),
        Example("证监会发布深化科创板改革的8条措施。", {"name": "深化科创板改革的8条措施"}),
        Example("3月23日，上海发布进一步促进和扩大消费的15条措施。", {"name": "进一步促进和扩大消费的15条措施"}),
        Example("各地出台了进一步的引资促进政策。", None),  # further policies, none named
        Example("我国首次发布全国版和自贸试验区版两张跨境服务贸易负面清单。", {"name": "跨境服务贸易负面清单"}),
        Example("国家文物局今天公布2023年度全国十大考古新发现。", {"name": "2023年度全国十大考古新发现"}),
        Example("他在会上发表三大观点。", None),
        Example("中国互联网络信息中心今天发布第53次《中国互联网络发展状况统计报告》。", {"name": "中国互联网络发展状况统计报告"}),
        Example("《新闻联播》今天推出系列报道《奋进强国路 阔步新征程》。", None),
        Example("大会发布了12项“携手构建网络空间命运共同体精品案例”。",
                {"name": "“携手构建网络空间命运共同体精品案例”"}),  # the head closes a quoted name, counted
        Example("本台今天（9月26日）播发央视快评《述录先人的开拓 启迪来者的奋斗》。",
                {"name": "述录先人的开拓 启迪来者的奋斗", "action": "播发"}),  # a commentary, by its genre
        Example("新华社今天播发长篇通讯《肩负光荣使命 勇担历史重任——党的二十大代表诞生记》。",
                {"name": "肩负光荣使命 勇担历史重任——党的二十大代表诞生记", "actors": ["新华社"]}),
        Example("国务院新闻办公室今天发布白皮书《新时代的中国绿色发展》。", {"name": "新时代的中国绿色发展"}),
        Example("今天，“新时代推动法治进程2022年度十大案件”评选结果揭晓。", {"name": "新时代推动法治进程2022年度十大案件"}),
        Example("要求服务提供者建立用户注册、信息发布审核、监测预警等制度。", None),
        Example("南非总统府19日发表声明称，普京将不出席峰会。", None),
        Example("大会期间，还同时举办世界互联网领先科技成果发布、世界互联网大会蓝皮书发布等系列活动。",
                {"name": "世界互联网大会蓝皮书", "kind": "report"}),
        Example("其间举办国家重大成果发布、全球采购商对接大会等多场活动。", None),
        Example("组委会今天发布活动方案。", {"name": "活动方案"}),
        Example("会上举行了中国数字经济发展报告发布仪式。", {"name": "中国数字经济发展报告"}),
        Example("联盟将聚焦政策法规解读、ESG白皮书发布等重点任务。", None),
        Example("今年以来，各地不断出台政策，促进轻工业提质升级。", None),
        Example("国家发展改革委日前发布新一批共26个国家物流枢纽建设名单。", {"name": "国家物流枢纽建设名单", "kind": "list"}),
        Example("世界银行3月31日发布了2023年4月期《东亚和太平洋地区经济半年报》。",
                {"name": "东亚和太平洋地区经济半年报", "kind": "report"}),
        Example("“电影的夏天”2024年暑期档电影片单今天（7月9日）发布。",
                {"name": "“电影的夏天”2024年暑期档电影片单", "kind": "list"}),
        Example("“夸父一号”首批科学图像今天对外公布。", {"name": "“夸父一号”首批科学图像"}),
        Example("我国综合性太阳探测卫星“夸父一号”的首批科学图像对外公布。", {"name": "“夸父一号”的首批科学图像"}),
        Example("首批《海洋数据开放共享目录》和全国首个国家海洋大数据服务平台（海洋云）今天正式对外公布。",
                {"name": "海洋数据开放共享目录"}),
        Example("中共中央党史和文献研究院编辑的习近平同志《论教育》，近日由中央文献出版社出版，在全国发行。",
                {"name": "论教育", "action": "出版"}),
        Example("俄罗斯总统普京今天（2月21日）向俄罗斯联邦会议发表国情咨文。", {"name": "国情咨文", "kind": "document"}),
        # the editorial the next clause titles is published (not the newspaper, nor its issue's 出版)
        Example("今天（6月8日）出版的《人民日报》发表评论员文章，题目是《更好统筹发展和安全》。",
                {"name": "更好统筹发展和安全", "kind": "other", "action": "发表"}),
        Example("《习近平著作选读》第一卷、第二卷出版座谈会22日在京召开。", None),
        Example("海关总署、国家发展改革委、商务部发布联合公告，决定自2023年1月1日起实施。", {"name": "联合公告"}),
        Example("工业和信息化部等七部门日前发布汽车行业稳增长方案（2023—2024年）。",
                {"name": "汽车行业稳增长方案（2023—2024年）", "kind": "document"}),
        Example("退役军人事务部、财政部日前发出通知，明确再次提高抚恤标准。", {"name": "通知", "action": "发出"}),
        Example("会上发布了《长三角数字经济发展报告（2024）》。",
                {"name": "长三角数字经济发展报告（2024）", "kind": "report", "action": "发布"}),
        Example("国务院新闻办今天发布《共建“一带一路”：构建人类命运共同体的重大实践》白皮书。",
                {"name": "共建“一带一路”：构建人类命运共同体的重大实践", "kind": "report", "action": "发布"}),
        Example("中国历史研究院日前发布了《中国式现代化简史》《文明中国：中华文明突出特性的考古学阐释》等成果。",
                {"name": "文明中国：中华文明突出特性的考古学阐释", "action": "发布"}),
        Example("浙江省商务厅正式印发《关于支持跨境电商高质量发展的若干措施》。",
                {"name": "关于支持跨境电商高质量发展的若干措施", "kind": "document", "actors": ["浙江省商务厅"]}),
        Example("《2023年度重点产业链供需清单》在会上正式发布。",
                {"name": "2023年度重点产业链供需清单", "kind": "list"}),
        Example("陕西省近日出台了促进全省经济全面恢复增长的政策措施。",
                {"name": "促进全省经济全面恢复增长的政策措施", "kind": "document"}),
        Example("国务院新闻办公室举行新闻发布会。", None),
        Example("2022年度全国十大考古新发现揭晓。", {"name": "2022年度全国十大考古新发现", "action": "揭晓"}),
        Example("今天（12月10日），2022—2023年度中国建设工程鲁班奖在京揭晓。", {"name": "2022—2023年度中国建设工程鲁班奖"}),
        Example("即日起，国歌标准演奏曲谱和国歌官方录音版本在中国政府网上发布。", {"name": "国歌官方录音版本"}),  # two items
        Example("中央广播电视总台发布2024年龙年春晚吉祥物形象——“龙辰辰”和“龘龘春碗”等文创新品。",
                {"name": "2024年龙年春晚吉祥物形象"}),  # what it is, then its name after a dash
        Example("国际隧道与地下空间协会发布全球隧道和地下空间行业50大标志性项目。",
                {"name": "全球隧道和地下空间行业50大标志性项目"}),  # a ranked list, counted in digits
        Example("电影节今天在三亚闭幕，“金椰奖”最佳影片、最佳导演等九大奖项隆重揭晓。",
                {"name": "“金椰奖”", "kind": "competition"}),
        Example("今天，《长江流域水生生物资源及生境状况公报（2023年）》（以下简称《公报》）发布。",
                {"name": "长江流域水生生物资源及生境状况公报（2023年）"}),
        Example("中央宣传部向全社会公开发布了2024年“最美医生”。", {"name": "2024年“最美医生”"}),
        Example("会议审议通过《国务院关于修改部分行政法规的决定（草案）》。",
                {"name": "国务院关于修改部分行政法规的决定（草案）", "action": "审议通过"}),
        Example("国家国际发展合作署通过视频与联合国签署协议。", None),
        Example("市民可以通过《人民日报》客户端观看直播。", None),
        Example("服贸会期间还发布了多个权威报告。", None),
        Example("峰会还将通过《宣言》和《行动计划》两份成果文件。", {"name": "行动计划", "action": "通过"}),
        # a set of measures named by its count, before a purpose clause or summing up a list
        Example("我国出台12条举措促进电子产品消费。", {"name": "12条举措", "action": "出台"}),
        Example("生态环境部近日推出强化重大项目环评服务、实施生态环境科技帮扶等30项举措。",
                {"name": "30项举措", "actors": ["生态环境部"]}),
        Example("上海出台了包括优化外商投资产业结构、深化政企沟通服务机制等在内的20条措施。", {"name": "20条措施"}),
        Example("会上就加速知识技术汇聚共享等五个方面提出16条举措，打通关键堵点。", {"name": "16条举措", "action": "提出"}),
        Example("他在讲话中提出了三点要求。", None),
        Example("近日，财政部、海关总署、税务总局发布的公告明确，部分出口货物免征进口关税。", {"name": "公告", "action": "发布"}),
        Example("国务院日前批复湖南省政府、商务部提交的《中非经贸深度合作先行区建设总体方案》。",
                {"name": "中非经贸深度合作先行区建设总体方案", "action": "批复"}),
        Example("总台推出《热血河山》《大道十年》《文明风暖新时代》等24部精品节目。", None),
        Example("总台推出《简牍探中华》《文脉春秋》《古韵新声》等20档重点节目。", None),  # (重点节目 heads a list)
        Example("总台推出《简牍探中华》《帛书传奇》等一系列精品文化节目，引发情感共鸣。", None),  # a batch
        Example("已出台的稳经济一揽子政策和接续措施中的一些减税降费政策仍有发挥效应的空间。", None),
        Example("中央广播电视总台发布2023年重点节目片单，创新推出《逐梦》《军工盛典》等15部精品力作。",
                {"name": "2023年重点节目片单"}),
        Example("会议表决通过《中华人民共和国外国国家豁免法》等3部法律。", {"name": "中华人民共和国外国国家豁免法"}),
        Example("会议就下一步工作提出5个方面的意见。", None),
        Example("近日，我国发布煤矿智能化标准体系建设指南。", {"name": "煤矿智能化标准体系建设指南"}),
        Example("第4期《求是》杂志发表习近平的重要文章《坚持和完善人民代表大会制度 保障人民当家作主》。",
                {"name": "坚持和完善人民代表大会制度 保障人民当家作主", "action": "发表"}),
        Example("随着规划实施监督的各项法规、标准、政策制度相继出台，体系建设进一步完善。", None),
        Example("公安部昨天（3月16日）下发通知，部署打击假劣农资犯罪行动。", {"name": "通知", "action": "下发"}, "2023-03-17"),
        Example("当天发布的“行动方案”提出了195条任务举措。", {"name": "行动方案"}),
        Example("4月下旬，粤港澳三地在深圳共同公布了110项三地通行的“湾区标准”。", {"name": "“湾区标准”"}),
        Example("国家税务总局今天还发布了促进民营经济发展的28条便民办税措施。", {"name": "28条便民办税措施"}),
        Example("证监会今天发布深化科创板改革的8条措施。", {"name": "深化科创板改革的8条措施"}),
        Example("国务院今天推出促进消费的10项重大举措。", {"name": "促进消费的10项重大举措"}),
        Example("国家发展改革委今天出台支持民营企业发展的20条硬核措施。", {"name": "支持民营企业发展的20条硬核措施"}),
        Example("三地共同公布涵盖食品、中医药、养老等领域的“湾区标准”已经达到183项。",
                {"name": "“湾区标准”"}),  # a tally of what was published over time (no release event)
        Example("日前，中共中央印发了新修订的《中国共产党巡视工作条例》。", {"name": "中国共产党巡视工作条例", "action": "印发"}),
        Example("吉林出台60条措施助力民企发展", {"name": "60条措施"}),
        Example("国家医保局发布通知规范医保药品外配处方管理", {"name": "通知", "actors": ["国家医保局"]}),
        Example("第二十五号主席令说，《中华人民共和国突发事件应对法》已由中华人民共和国第十四届全国人民代表大会"
                "常务委员会第十次会议于2024年6月28日修订通过，现予公布，自2024年11月1日起施行。",
                {"name": "中华人民共和国突发事件应对法", "action": "通过", "kind": "document"}),
        Example("大会通过了《武汉宣言》和全球湿地发展战略框架决议，为湿地保护注入了新动力。",
                {"name": "全球湿地发展战略框架决议", "action": "通过"}),
        # a resolution named by its kind alone, adopted now (not recalled, not blocked)
        Example("联合国大会30日通过决议，再次敦促美国结束对古巴的封锁。", {"name": "决议", "date": "2024-10-30"}, "2024-10-31"),
        Example("2014年，联合国大会通过决议，将6月21日定为国际瑜伽日。", None),
        Example("美方阻挠联合国大会通过决议。", None),
        Example("会议经表决，通过了新修订的国防教育法、关于修改统计法的决定。",
                {"name": "关于修改统计法的决定", "action": "通过"}),
        Example("会议通过了政协第十四届全国委员会第二次会议关于常务委员会工作报告的决议、政协第十四届全国委员会第二次会议"
                "关于政协十四届一次会议以来提案工作情况报告的决议、政协第十四届全国委员会第二次会议政治决议。",
                {"name": "政协第十四届全国委员会第二次会议政治决议"}),  # the last of a long list
        Example("会议原则通过了全国人大常委会工作报告稿。", {"name": "全国人大常委会工作报告稿", "kind": "report"}),
        Example("会议还审议并原则通过了全国政协2023年协商计划。", {"name": "全国政协2023年协商计划", "action": "通过"}),
        Example("会议表决通过了关于修改统计法的决定，通过了关于批准某协定的决定。", {"name": "关于批准某协定的决定"}),
        Example("他通过视频致辞，通过了考核。", None),
        # decisions that approve titled treaties, each of the list its own (the title nested inside the name)
        Example("会议表决通过了全国人大常委会关于批准《中华人民共和国和刚果共和国引渡条约》的决定、"
                "《中华人民共和国和肯尼亚共和国引渡条约》的决定。",
                {"name": "全国人大常委会关于批准《中华人民共和国和刚果共和国引渡条约》的决定", "kind": "document"}),
        Example("会议表决通过了全国人大常委会关于批准《中华人民共和国和刚果共和国引渡条约》的决定、"
                "《中华人民共和国和肯尼亚共和国引渡条约》的决定。",
                {"name": "《中华人民共和国和肯尼亚共和国引渡条约》的决定"}),
        Example("会议表决通过了全国人大常委会关于批准《国务院关于提请审议增加地方政府债务限额的议案》的决议。",
                {"name": "全国人大常委会关于批准《国务院关于提请审议增加地方政府债务限额的议案》的决议"}),
        Example("会议表决通过了关于批准《〈关于汞的水俣公约〉附件A的修正》和《〈关于汞的水俣公约〉附件B的修正》的决定。",
                {"name": "关于批准《〈关于汞的水俣公约〉附件A的修正》和《〈关于汞的水俣公约〉附件B的修正》的决定"}),
        Example("会议将审议关于批准《中华人民共和国和刚果共和国引渡条约》的决定。", None),  # to come
        Example("会议表决通过了关于批准《中华人民共和国和秘鲁共和国引渡条约》的决定草案。", None),  # a draft
        Example("国务院联防联控机制11日发布了关于进一步优化新冠肺炎疫情防控的20条措施。",
                {"name": "关于进一步优化新冠肺炎疫情防控的20条措施", "kind": "document"}),  # untitled, by subject and count
        Example("会议表决通过了关于全国人大代表提出的关于加强生态保护的建议办理情况的报告。",
                {"name": "关于全国人大代表提出的关于加强生态保护的建议办理情况的报告"}),  # its own title from 关于
        # who filed a report, then its own title
        Example("会议表决通过了全国人大监察司法委、环资委分别提出的关于代表提出的议案审议结果的报告。",
                {"name": "关于代表提出的议案审议结果的报告", "kind": "report"}),
        Example("会议通过关于维护和促进本地区作为增长中心的领导人声明。",
                {"name": "关于维护和促进本地区作为增长中心的领导人声明"}),
        Example("1月初，第三批11家粤港澳联合实验室名单出炉。", {"name": "第三批11家粤港澳联合实验室名单", "kind": "list"}),
        Example("中央广播电视总台专题片《解码十年》多语种版本今天发布。", {"name": "《解码十年》多语种版本"}),
        Example("《复兴文库》第二编今天出版发行。", {"name": "复兴文库"}),  # (a part, not an edition)
        Example("记者从国家发展改革委了解到，2023年增发国债第二批项目清单已下达。",
                {"name": "2023年增发国债第二批项目清单", "action": "下达"}),
        Example("到今年2月，已经分三批下达完毕1万亿元增发国债项目清单。", None),  # batches tallied
        Example("财政部下达2024年中央财政农业保险保费补贴。", None),  # funds, not a list
        Example("生态环境部今天发布，第二轮中央生态环境保护督察整改方案已全部向社会公开。",
                {"name": "第二轮中央生态环境保护督察整改方案", "action": "全部向社会公开"}),
        Example("他接受了总理的辞职请求，新总理人选将在未来几天内公布。", None),  # to come, no document
        Example("习近平指出，60年前双方发表联合公报，首次写入中国对外援助八项原则。", None),  # recalled, by kind alone
        Example("在相关职能部门和专家的参与下，一整套治理方案出炉。", None),  # a batch, not a name
        Example("会议还表决通过了其他任免案和三项决议。", None),  # named by neither
        Example("确保常委会通过的法律和作出的决定符合宪法规定。", None),  # what it adopted, referred to
        Example("他通过视频方式出席开幕式并致辞。", None),
        Example("本次会议主要议程有：审议通过政府工作报告。", None),  # an agenda, to come
        Example("会议将审议通过全国台联第十届理事会工作报告。", None),
        Example("《赛后遗产报告》和《赛后可持续发展报告》今天发布。", {"name": "赛后遗产报告"}),
        Example("《习近平新时代中国特色社会主义思想学习纲要（2023年版）》（以下简称《纲要（2023年版）》）和《让群众过上好日子》"
                "两部图书繁体版由三联书店（香港）有限公司、香港中和出版有限公司出版发行。",
                {"name": "习近平新时代中国特色社会主义思想学习纲要（2023年版）", "action": "出版发行"}),
        Example("中国残联、文化和旅游部、国家新闻出版署印发通知。", {"name": "通知", "action": "印发"}),  # (not 出版|署)
        Example("国家文物局今天在安徽淮南发布“考古中国”重大项目进展。", {"name": "“考古中国”重大项目进展"}),
        Example("中宣部发布2023年“最美医生”先进事迹。", {"name": "2023年“最美医生”先进事迹"}),
        Example("欧洲中央银行27日发布公告说，自8月2日起上调利率。", {"name": "公告", "actors": ["欧洲中央银行"]}),
        Example("生态环境部会同财政部出台20多项管理办法。", None),  # a tally
        Example("习近平强调，要聚焦重大问题，推出高质量研究报告。", None),  # the call carried on by a clause with no subject
        Example("要做好对策研究这个大学问，在为党和政府建言献策等方面推出高质量研究报告。", None),  # 在 opens no subject
        Example("各方认为要加强沟通，在此背景下生态环境部今天发布了《中国应对气候变化的政策与行动》白皮书。",
                {"name": "中国应对气候变化的政策与行动"}),  # (but 在…下 with a subject of its own is not carried)
        Example("制定出台一揽子支持政策，对于进一步坚定信心具有重要意义。", None),  # weighed, not reported
        Example("据日本气象厅发布，截至19时，台风已造成3人受伤。", None),  # a source
    ), ("release_verbs",)),
    _rule("initiative.programme", "Quoted programmes implemented, proposed or launched.",
          _acted_by(_recalled_announcements(find_programmes)), (
        Example("2024年全国文化和旅游消费促进活动启动仪式暨全国“五一”文化和旅游消费周主场活动今天在珠海举办。", None),
        # 以 after the quote opens what it is for, not a longer name (but 以旧换新 is a name's own)
        Example("双方决定启动“强化气候行动工作组”以加快具体气候行动。", None),
        Example("商务部启动“家电”以旧换新行动。", {"name": "“家电”以旧换新行动"}),
        Example("中国提出开展“人工智能+”行动，就是要通过人工智能的广泛赋能，为经济发展注入更强劲动力。", None),
        # a crackdown is named by what it fights; 开展…以来 looks back on one begun before (no launch)
        Example("公安部部署开展打击整治非法制售“特供酒”犯罪专项行动。",
                {"name": "打击整治非法制售“特供酒”犯罪专项行动", "actors": ["公安部"]}),
        Example("国家卫生健康委将组织开展主题为“放心托育 方便可及”的系列活动。", None),  # a theme, no name
        Example("教育部会同人力资源社会保障部等联合开展2024年度高校毕业生等重点群体促就业“国聘行动”。",
                {"name": "2024年度高校毕业生等重点群体促就业“国聘行动”"}),  # the year's edition, described
        Example("教育部部署开展2025届高校毕业生“秋季校园招聘月”系列活动。",
                {"name": "2025届高校毕业生“秋季校园招聘月”系列活动"}),  # the class it serves, described
        Example("双方要共同实施好“两国双园”等重大项目。", None),  # called for
        Example("中方愿同埃方深化合作，实施好“中埃苏伊士经贸合作区”等重大合作项目。", None),  # hoped for
        Example("两国领导人共同宣布将2024年确定为“中朝友好年”并启动系列活动。", None),  # (并 opens the next predicate)
        Example("全国妇联今天开展好家风“传家宝”征集活动。", {"name": "好家风“传家宝”征集活动"}),  # (好 of the name)
        Example("今天，退役军人事务部、中央网信办、公安部等10部门联合部署开展“铸魂·2024·清明祭英烈”主题宣传教育活动。",
                {"name": "“铸魂·2024·清明祭英烈”主题宣传教育活动", "actors": ["退役军人事务部", "中央网信办", "公安部"]}),
        Example("中非双方顺利完成前两届论坛会议推出的“八大行动”和“九项工程”。", None),  # launched before, carried out
        Example("以军当天在黎巴嫩南部展开“北方之箭”行动。", None),  # an operation unfolds
        Example("为落实稳就业部署而推出的“百日千万”招聘专项行动已帮助数百万人就业。", {"name": "“百日千万”招聘专项行动"}),
        Example("今年推出的“百日千万”招聘专项行动已帮助数百万人就业。", {"name": "“百日千万”招聘专项行动"}),
        # what is started is a programme, headed by 建设 or 攻坚战 (carried on, it is not one)
        Example("上海正式启动“无废医院”建设，重点关注各类医疗废弃物的科学合理处置。",
                {"name": "“无废医院”建设", "action": "启动"}),
        Example("全面启动“三北”工程攻坚战。", {"name": "“三北”工程攻坚战"}),
        Example("推进“一带一路”建设。", None),
        Example("近年来，山东加快实施“十强产业”行动，新兴产业快速成长。", {"name": "“十强产业”行动"}),
        Example("印尼愿同中国深化合作，欢迎中国企业参与建设，加快推进“两国双园”等重大项目。", None),  # the wish's
        Example("双方宣布共同实施“丝路电商合作计划”。", {"name": "丝路电商合作计划"}),
        Example("人社部启动“百日千万”招聘专项行动。", {"name": "“百日千万”招聘专项行动"}),
        # a programme begun before the story, reported on: an initiative looked back on, no launch of the day
        Example("记者从公安部获悉，“平安长江2024”专项行动开展以来，各地公安机关依法严厉打击违法犯罪。",
                {"name": "“平安长江2024”专项行动", "action": "开展"}),
        Example("2024届高校毕业生“春季促就业攻坚行动”自3月实施以来，已开展招聘活动5.1万场。",
                {"name": "春季促就业攻坚行动", "action": "实施", "date": None}),
        Example("统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局。", None),
        Example("集中推出《“国聘行动”第四季》《行走在中国》等30档精品节目。", None),
        Example("记者从教育部获悉，各地各高校深入开展“秋季校园招聘月”系列活动。",
                {"name": "“秋季校园招聘月”系列活动", "action": "深入开展"}),
        Example("今年，陕西启动实施新一轮“秦创原”三年行动计划。", {"name": "新一轮“秦创原”三年行动计划", "action": "启动"}),
        Example("黑龙江日前启动夏季避暑旅游“百日行动”。", {"name": "夏季避暑旅游“百日行动”"}),
        Example("一个由行业龙头企业与长三角国家技术创新中心联合发起的钛合金材料“众筹科研”项目正在进行。",
                {"name": "钛合金材料“众筹科研”项目", "action": "发起"}),
        Example("广交会共开展53场“贸易之桥”全球贸易对接活动。", {"name": "“贸易之桥”全球贸易对接活动"}),
        Example("国家启动编制“十五五”规划。", {"name": "“十五五”规划"}),  # (编制: a task, not a description)
        Example("《“十四五”数字经济发展规划》提出了“十四五”时期重点任务和重点工程。", None),
    ), ("implement_verbs",)),
    _rule("initiative.plan", "Unquoted programmes implemented or launched.", _acted_by(_recalled_announcements(find_plans)), (
        Example("民政部等11个部门自今年6月起联合开展打击整治非法社会组织专项行动以来已取缔非法社会组织34家。",
                {"name": "打击整治非法社会组织专项行动"}),  # begun before: an initiative (no launch event)
        # items listed, then the set they make, named by its count of 大
        Example("当地实施社区清淤、环境提升、饮用水安全等六大专项行动。", {"name": "六大专项行动"}),
        # a named campaign as the subject of the sessions it puts on
        Example("记者从人力资源社会保障部了解到，2024年大中城市联合招聘高校毕业生秋季专场活动持续开展中，近期，"
                "各地将陆续推出9场跨区域巡回招聘会。", {"name": "2024年大中城市联合招聘高校毕业生秋季专场活动"}),
        Example("本周，人力资源社会保障部“百日千万”招聘专项行动推出了多个线上招聘专场。",
                {"name": "“百日千万”招聘专项行动", "actors": ["人力资源社会保障部"]}),
        Example("该活动推出了10场线下招聘会。", None),
        Example("粤港澳大湾区消费季50余场促消费线下活动推出百余场特色服务活动。", None),
        Example("浙江实施培育热点扩增量、创新场景拓市场等五大行动，全年将举办促消费活动1000场。", {"name": "五大行动"}),
        # what a speaker demands or a report calls for, in a clause with no subject of its own
        Example("他要求，科学开展大规模国土绿化行动。", None),
        Example("党的二十大报告指出，要加快实施重要生态系统保护和修复重大工程，科学开展大规模国土绿化行动。", None),
        Example("各地落实国务院安委会要求，开展城镇燃气安全专项整治行动。",
                {"name": "城镇燃气安全专项整治行动"}),  # a demand met: what is done
        Example("各地对照国务院安委会要求，开展城镇燃气安全专项整治行动。", {"name": "城镇燃气安全专项整治行动"}),
        Example("会上，他提出明确要求，科学开展大规模国土绿化行动。", None),  # a demand put
        Example("十年来，我们创造性提出构建中国特色社会主义根本制度、基本制度、重要制度体系。", None),
        Example("从昨天（7月24日）起，国家卫生健康委等三部门联合开展全国老年健康宣传周活动。",
                {"name": "全国老年健康宣传周活动", "date": "2023-07-24"}, "2023-07-25"),
        Example("今年，全省将开展上万场巡河护河行动。", None),  # sessions counted, no programme named
        # a campaign of study, named by its head 主题教育 when started (lexicon started_programme_heads);
        # carried on, none
        Example("甘肃全面启动学习贯彻习近平新时代中国特色社会主义思想主题教育，举办读书班和专题党课。",
                {"name": "学习贯彻习近平新时代中国特色社会主义思想主题教育"}),
        Example("浙江扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育。", None),  # 开展: only started
        Example("开创性地提出包括“金砖+”合作模式等一系列重要主张和倡议。", None),
        Example("今天（11月25日），南水北调东线一期工程启动2024至2025年度全线调水。", {"name": "2024至2025年度全线调水"}),
        Example("以军继续推进在加沙地带的地面行动。", None),
        Example("设立烈士纪念日，建立健全党和国家功勋荣誉表彰制度。", {"name": "党和国家功勋荣誉表彰制度"}),
        Example("习近平主席在峰会上宣布了一系列重大合作倡议。", None),  # a batch
        Example("生态环境部推出强化环评服务、统筹推进生态环境领域重大工程、推行绩效分级管理等30项举措。", None),
        Example("要深入推进新时代党的建设新的伟大工程。", None),  # a figure of speech
        Example("推进新型工业化是一个系统工程。", None),
        Example("切实把党中央的战略部署转化为推动首都规划建设的实际行动。", None),
        Example("双方同意加强合作，提出了建设性的重要倡议。", None),
        Example("实施好百万移民致富提升行动。", {"name": "百万移民致富提升行动"}),
        # a clause that is the subject of a judgement (…，是…, …，就是…) reports no programme
        Example("文章强调，在中国实行人民代表大会制度，是深刻总结近代以后中国政治生活惨痛教训得出的基本结论。", None),
        Example("实施新一轮千亿斤粮食产能提升行动，是中央经济工作会议提出的重要任务。", None),
        Example("今天，教育部启动数字教育专项行动，是推进教育数字化的重要举措。", {"name": "数字教育专项行动"}),  # news
        Example("实施新一轮千亿斤粮食产能提升行动，是否可行仍需论证。", None),
        Example("共青团中央开展主题为“强国有我”的专项行动。", None),  # a theme, then a kind
        Example("暑期以来，上海市夏季消费促进活动陆续推出了100多场主题活动。", None),  # no campaign named
        Example("深入实施水污染防治行动计划，还给老百姓清水绿岸。", None),  # carried on
        # who starts it leads the clause; a topic's words (成果) do not make it a report
        Example("工业和信息化部等部门日前启动科技成果赋智中小企业专项行动。",
                {"name": "科技成果赋智中小企业专项行动", "kind": "project", "actors": ["工业和信息化部"]}),
        Example("全力推进落实习近平主席提出的全球发展倡议。", None),  # background: proposed before, only named
        Example("支持中方提出的全球发展倡议、全球安全倡议和全球文明倡议。", None),
        Example("完全支持习近平主席提出的中非携手推进现代化十大伙伴行动。", None),
        Example("中非双方今天正式启动习近平主席提出的中非携手推进现代化十大伙伴行动。",
                {"name": "中非携手推进现代化十大伙伴行动", "action": "启动"}),  # started today
        Example("按照党中央提出的要求全面启动乡村建设行动。", {"name": "乡村建设行动"}),
        Example("中方愿同非方共同实施习近平主席提出的中非携手推进现代化十大伙伴行动。", None),  # carried out
        Example("国务院食安办部署开展为期5个月的集中用餐单位食品安全问题专项治理。",
                {"name": "集中用餐单位食品安全问题专项治理"}),
        Example("人社部启动一次性扩岗补助专项行动。", {"name": "一次性扩岗补助专项行动"}),
        Example("以军当天实施了670多次军事行动。", None),
        Example("农业农村部启动粮油等主要农作物大面积单产提升行动。", {"name": "粮油等主要农作物大面积单产提升行动"}),
        Example("我们将实施更加积极的就业政策。", None),
        Example("应急管理部联合9部门开展安全生产资格证书涉假专项治理。", {"name": "安全生产资格证书涉假专项治理"}),
        Example("今天，教育部启动数字教育专项行动。", {"name": "数字教育专项行动"}),
        Example("国家广播电视总局联合文化和旅游部等部署展开全国酒店电视操作复杂专项治理工作。",
                {"name": "全国酒店电视操作复杂专项治理工作", "action": "部署展开",
                 "actors": ["国家广播电视总局", "文化和旅游部"]}),  # (not 旅游部 as well: a piece of a name)
        Example("以军当天在拉法展开地面作战行动。", None),  # operations unfold, no programme
        Example("生态环境部等四部门联合印发《沿海城市海洋垃圾清理行动方案》，提出在全国沿海城市的65个海湾，开展为期三年的拉网式清理行动。",
                None),  # the programme is the document's content (the release rule reads the document)
        Example("商务部联合印发了《2023年工作要点》，提出将实施家政服务员技能升级行动。", None),
        # a safety check or inspection a body deploys or starts is a campaign
        Example("市场监管总局近日部署开展春节期间特种设备安全检查。", {"name": "春节期间特种设备安全检查", "action": "部署开展"}),
        Example("管内高铁通信铁塔关键部位开展安全检查。", None),  # no campaign named
        Example("海关总署牵头部署开展2024年促进跨境贸易便利化专项行动", {"name": "2024年促进跨境贸易便利化专项行动"}),
        Example("国务院安委会部署全国开展涉疫药品和医疗用品稳价保质专项行动。",
                {"name": "涉疫药品和医疗用品稳价保质专项行动", "action": "部署开展"}),
        Example("农业农村部启动实施了主要粮油作物大面积单产提升行动。",
                {"name": "主要粮油作物大面积单产提升行动", "action": "启动"}),
        Example("市场监管总局启动全国专项行动。", None),
        Example("习近平在讲话中提出要积极践行全球文明倡议。", None),  # a call, not a programme proposed
        Example("今年年底前，开展试点工作和专项整治。", None),
        Example("公安部下发通知，部署全国公安机关深入组织开展“昆仑2023”专项行动。", None),
        Example("国家卫生健康委要求推动建立城市医疗卫生人才定期服务乡村制度。", None),
    ), ("implement_verbs",)),
    _rule("initiative.pilot", "Schemes put on trial and pilots carried out.", _acted_by(find_pilots), (
        Example("国家发展改革委联合七家银行启动建立了投贷联动试点合作机制。", None),  # 试点 qualifies the name
        Example("住房城乡建设部与民政部印发通知，要求各地开展完整社区建设试点。",
                {"name": "完整社区建设试点", "actors": []}),  # (要求各地: a call, no one acting)
        Example("江苏常州率先开展城市更新试点。", {"name": "城市更新试点", "actors": ["江苏常州"]}),
        Example("中央网信办、农业农村部等11部门近日部署开展第二批国家数字乡村试点工作。",
                {"name": "第二批国家数字乡村试点"}),  # the pilot, not the word for its work
        Example("航空发动机符合暂时出境维修复入境免关税等试点措施，获得免税。", None),  # 试点措施: a noun
        # pilots of a period begun in an earlier year are summed up (but 今年以来 may tell of new ones)
        Example("报告显示，2007年以来，全国28个省份开展排污权交易试点。", None, "2024-12-06"),
        Example("今年以来，浙江开展跨境电商零售进口关税保证保险试点。", {"name": "跨境电商零售进口关税保证保险试点"},
                "2024-12-06"),
        Example("十年来，我国生态保护成效显著，今年3月，生态环境部在北京等10个城市开展气候投融资试点。",
                {"name": "气候投融资试点"}, "2024-12-06"),
        Example("2024年来自12个国家的企业在上海开展跨境数据流动试点。", {"name": "跨境数据流动试点"}, "2024-12-06"),
        Example("上海浦东新区日前率先试点“文体旅一证通”，将31个审批事项融合为一个准入项目。",
                {"name": "“文体旅一证通”", "action": "试点"}),
        Example("今天起，铁路部门将在12306网站试行在线选铺服务。", {"name": "在线选铺服务", "action": "试行"}),
        Example("从今天起，签证处为来华参赛运动员提供高效快捷服务。", None),  # a service praised, none named
        Example("生态环境部推出强化重大项目环评服务、开展减污降碳协同创新试点、推行重点行业企业绩效分级管理等30项举措。", None),
        Example("6月5日起，铁路12306手机客户端为旅客提供人证核验服务。",
                {"name": "人证核验服务", "actors": ["铁路12306手机客户端"]}),
        Example("中国出入境管理局决定，今天起在深圳湾口岸试点实施“免出示证件”通道通关查验方式。",
                {"name": "“免出示证件”通道通关查验方式"}),
        Example("近日，海关总署在青岛、杭州同步开展跨境电商零售进口关税保证保险试点。",
                {"name": "跨境电商零售进口关税保证保险试点", "kind": "project", "actors": ["海关总署"]}),
        Example("12月1日起在全国正式推广应用“数电发票”。", {"name": "“数电发票”", "action": "推广应用"}),
        Example("各试点城市至少选择一个领域开展试点工作。", None),
        Example("6月5日起，铁路12306手机客户端提供学生优惠资质在线核验服务。",
                {"name": "学生优惠资质在线核验服务", "action": "提供"}),
        Example("记者今天从国铁集团获悉，6月15日零时起，全国铁路将实行新列车运行图。", {"name": "新列车运行图"}),
        Example("当地为环卫工人、快递小哥等提供便利服务。", None),
        Example("我国将遴选一批试点城市。", None),
    ), ("pilot_verbs", "start_verbs", "emergency_response_words")),
    _rule("initiative.in_force", "Laws and arrangements that take effect.", find_in_force, (
        Example("外商投资法和优化营商环境条例正式施行。", {"name": "优化营商环境条例"}),  # each law listed
        # a system that comes into use nationwide; 推进…制度实施 governs 实施 as a noun
        Example("个人养老金制度在全国范围内实施", {"name": "个人养老金制度"}),
        Example("国家知识产权局全面推进专利开放许可制度实施", None),
        Example("中国对瑞士等6国试行免签政策今起实施。", {"name": "免签政策"}),  # the policy, not whom it covers
        Example("今天（6月2日），RCEP，也就是《区域全面经济伙伴关系协定》对15个签署国全面生效。",
                {"name": "区域全面经济伙伴关系协定"}),
        Example("《区域全面经济伙伴关系协定》（RCEP）生效实施，我国与RCEP其他成员国进出口增长。",
                {"name": "区域全面经济伙伴关系协定", "action": "生效实施"}),
        Example("《区域全面经济伙伴关系协定》（RCEP）已对15个签署国全面生效。", {"name": "区域全面经济伙伴关系协定"}),
        Example("12月12日起，“经珠港飞”政策开始实施。", {"name": "“经珠港飞”政策", "date": "2023-12-12"}, "2023-12-10"),
        Example("保证宪法实施，需要完备的法律体系。", None),
        Example("要推动宪法实施。", None),
        Example("要用科学有效、系统完备的制度体系保证宪法实施。", None),
        Example("促进个体工商户发展条例今天起正式实施。", {"name": "促进个体工商户发展条例"}),
        Example("今天（9月1日），《中华人民共和国无障碍环境建设法》正式施行。",
                {"name": "中华人民共和国无障碍环境建设法", "kind": "document", "action": "施行"}, "2023-09-01"),
        Example("青藏高原生态保护法今天（9月1日）正式施行。", {"name": "青藏高原生态保护法"}, "2023-09-01"),
        Example("中国—南非“经认证的经营者”互认安排今（9月1日）起实施。",
                {"name": "中国—南非“经认证的经营者”互认安排", "action": "实施"}, "2023-09-01"),
        Example("我国将实施新一轮千亿斤粮食产能提升行动。", None),
        Example("这种新方法已经在全省实施。", None),
        Example("相关规定正式实施。", None),
        Example("今天（10月16日），海关总署出口货物铁公多式联运业务新模式试点开始实施。",  # a pilot in use: launched
                {"name": "海关总署出口货物铁公多式联运业务新模式试点", "action": "实施"}, "2024-10-16"),
        Example("新能源汽车下乡政策在5个城市试点实施。", None),
        Example("北京个人所得税改革率先试点实施。", None),  # 试点实施 the verb
        Example("跨境电商零售进口试点于2016年开始实施，目前已扩大到86个城市。", None, "2024-06-01"),  # in use for years
        Example("从今天（7月1日）起，8项公安交管便民利企改革新措施正式实施。",
                {"name": "公安交管便民利企改革新措施"}, "2024-07-01"),
        Example("相关措施正式实施。", None),
        Example("一系列稳经济措施已经实施。", None),
        Example("一系列保护水资源、治理水污染、修复水生态的重大举措相继实施。", None),
        Example("有针对性地推动相关领域改革创新举措在雄安新区落地实施。", None),
        # measures set to take effect are reported with their day (dev: …改革新措施, 2024-07-01)
        Example("公安部8项交管改革新措施7月1日起实施。", {"date": "2024-07-01"}, "2024-06-13"),
        Example("从明天（6月1日）起，10项公安交管服务群众服务发展便利措施正式实施。",
                {"name": "公安交管服务群众服务发展便利措施", "date": "2023-06-01"}, "2023-05-31"),
        Example("为实现2030年目标，10项公安交管便利措施今天正式实施。", {"name": "公安交管便利措施"}, "2023-05-31"),
        Example("今天（1月1日），新版国家医保药品目录今起正式实施。",
                {"name": "新版国家医保药品目录", "kind": "list"}, "2024-01-01"),
        Example("有关部门按照有关规定实施。", None),
        Example("新修订的《机动车驾驶证申领和使用规定》将从2025年1月1日起实施。",
                {"name": "机动车驾驶证申领和使用规定"}, "2024-12-27"),
    ), ("in_force_verbs",)),
    _rule("initiative.decree", "Decrees issued, named by their kind.", find_decrees, (
        Example("俄罗斯总统普京27日签署总统令，针对西方对俄罗斯石油实施价格上限采取反制措施。",
                {"name": "总统令", "kind": "document", "action": "签署", "date": "2022-12-27"}, "2022-12-28"),
        Example("国家主席习近平2月24日签署第一三〇号主席令。", {"name": "第一三〇号主席令", "date": "2023-02-24"}, "2023-02-24"),
        Example("埃及总统塞西30日颁布总统令，同意埃及加入金砖国家新开发银行。",
                {"name": "总统令", "action": "颁布"}, "2023-03-31"),
        Example("巴西总统卢拉签署行政法令授权联邦政府干预首都的安全管理。", {"name": "行政法令"}),
        Example("根据巴西总统卢拉签署的法令，巴西今天正式重返南美洲国家联盟。", None),  # recalled, not issued
        Example("俄罗斯总统普京10日签署命令，任命米舒斯京为政府总理。", None),  # a bare 命令 carries the appointment
        Example("普京表示将签署总统令。", None),  # to come
        Example("俄罗斯总统普京12日签署总统令，任命前国防部长绍伊古为俄联邦安全会议秘书。", None),  # an appointment
        Example("拜登签署一项行政令，限制对华投资。", {"name": "行政令"}),
        Example("委员会发布法令草案，征求意见。", None),  # a draft, not the decree
    ), ("decree_verbs",)),
    _rule("initiative.release_read", "Decisions and circulars read out at a meeting.", find_decisions_read, (
        Example("王沪宁宣读《中共中央、国务院关于表彰全国民族团结进步模范集体和模范个人的决定》。",
                {"name": "中共中央、国务院关于表彰全国民族团结进步模范集体和模范个人的决定", "kind": "document",
                 "action": "宣读"}),
        Example("会上宣读了《中国侨联关于表彰全国侨联系统先进组织和先进个人的决定》《关于表彰全国侨联系统先进集体的决定》，"
                "并为获奖单位和个人颁奖。", {"name": "关于表彰全国侨联系统先进集体的决定"}),  # the second of a row
        Example("大会将宣读《关于表彰全省抗洪抢险先进集体和先进个人的决定》。", None),  # still to be read
        Example("2019年，大会宣读了《关于表彰全省抗洪抢险先进集体和先进个人的决定》。", None, "2024-05-01"),  # years ago
        Example("开幕式上宣读了习近平主席的贺信。", None),  # a greeting, no document
        Example("会上，主持人领学宣读了《中共中央关于全面深化改革若干重大问题的决定》。", None),  # studied
        Example("会上，全体党员宣读入党誓词并集中学习了《中共中央关于进一步全面深化改革、推进中国式现代化的决定》。",
                None),  # a title another verb governs
        Example("会上宣读了中国侨联、国务院侨办《关于表彰中国侨界杰出人物的决定》。",
                {"name": "关于表彰中国侨界杰出人物的决定"}),  # the issuers before the title
    ), ("read_out_verbs",)),
    _rule("initiative.release_following", "A title opening the sentence after a release.",
          find_following_titles, (
        Example("代表们积极建言献策，提出意见建议。《长三角数字经济发展报告》显示，产业规模持续扩大。", None),
        Example("一批创新成果在会上书面发布。《合肥都市圈技术需求清单》包含需求120项。",
                {"name": "合肥都市圈技术需求清单", "kind": "list"}),
    )),
    _rule("initiative.designation", "Designations conferred on listed units.", find_designations, (
        Example("水利部近期确定第一批市级水网先导区和第一批县级水网先导区。",
                {"name": "第一批县级水网先导区", "action": "确定"}),  # numbered batches of titles set, each named
        Example("水利部确定首批重点项目。", None),  # a batch of no honour
        # an honour accepted, its granter named before 授予的
        Example("会谈前，赵乐际接受了塔苏拉斯授予的希腊议会金质奖章。",
                {"name": "希腊议会金质奖章", "kind": "competition", "recipients": ["赵乐际"]}),
        Example("他获得了国际奥委会颁发的奥林匹克勋章。", {"name": "奥林匹克勋章", "recipients": ["他"]}),
        Example("南京、成都均被授予“国际美食之都”称号。", {"name": "国际美食之都", "recipients": ["南京", "成都"]}),
        # an honour recorded or planned, not conferred now
        Example("袁隆平生前曾荣获党和国家授予的“共和国勋章”。", None),
        Example("访问期间，习近平将接受托卡耶夫总统授予的金鹰勋章。", None),
        Example("新中国成立后，他先后获得国家授予的多枚勋章。", None),
        Example("普京总统曾多次访华，今天他接受了中国授予的友谊勋章。", {"name": "友谊勋章", "recipients": ["他"]}),
        Example("张富清同志生前多次立功，他获得了国家授予的“共和国勋章”。", None),
        Example("为告慰生前战友，张三今天接受了国家授予的“八一勋章”。", {"name": "“八一勋章”", "recipients": ["张三"]}),
        Example("目前，我省尚未确定第二批省级乡村振兴示范县。", None),  # none set
        Example("工业和信息化部面向未来产业确定首批国家级未来产业先导区。", {"name": "首批国家级未来产业先导区"}),  # (未来)
        Example("截至目前，我省已确定第三批省级乡村振兴示范县。", None),  # a tally
        Example("国家林草局确定首批10个全国林业碳汇试点。", None),  # counted, the holders not named
        Example("会上宣读了中央军委后勤保障部《关于表彰先进集体和先进个人的决定》。", None),  # (the release rule's)
        Example("国家确定首批生态产品价值实现机制试点，包括北京市延庆区、山东省烟台市等12个地区。",
                {"name": "生态产品价值实现机制试点", "action": "确定"}),  # the holders listed after the title
        # 获评 is passive, as 被评为 is: what stands before it is rated
        # a day or a year named for a cause (not one only proposed, nor one named years before)
        Example("第78届联合国大会7日协商一致通过中国提出的设立文明对话国际日决议，将6月10日设立为文明对话国际日。",
                {"name": "文明对话国际日", "kind": "designation", "date": "2024-06-07"}, "2024-06-10"),
        Example("我愿同你一道宣布将2024年确定为“中柬人文交流年”。", {"name": "中柬人文交流年"}, "2023-10-19"),
        Example("中方建议将2025年确定为“上海合作组织可持续发展年”。", None, "2024-07-05"),
        Example("两国宣布将2024年确定为“中朝友好年”。朝中两党和两国政府将2024年确定为“朝中友好年”。",
                {"name": "中朝友好年"}, "2024-01-01"),
        Example("2014年起，我国将每年的9月30日定为烈士纪念日。", None, "2024-04-05"),
        Example("2023年11月，“新时代六尺巷工作法”获评全国新时代“枫桥经验”先进典型。",
                {"name": "全国新时代“枫桥经验”先进典型", "recipients": ["“新时代六尺巷工作法”"]}),
        Example("中央军委主席习近平签署通令，给中国人民解放军92950部队记一等功，给陆军工程大学刘爱军记国防科技三等功。",
                {"name": "国防科技三等功", "kind": "competition", "recipients": ["陆军工程大学刘爱军"], "actors": ["中央军委"]}),
        Example("习近平签署通令，给中央军委装备发展部某室、92730部队70分队分别记一等功。",
                {"name": "一等功", "recipients": ["中央军委装备发展部某室", "92730部队70分队"]}),
        Example("他先后荣立集体一等功2次。", None),  # merits won before, a record
        Example("中央军委晋升上将军衔仪式28日在北京八一大楼举行。", {"name": "上将军衔", "kind": "designation"}),
        Example("中央军委举行晋升上将军衔警衔仪式，习近平颁发命令状。", {"name": "上将军衔"}),
        Example("他回忆起2015年参加晋升上将军衔仪式时的情景。", None),  # a ceremony recalled
        Example("张又侠宣读习近平签署的中央军委授予荣誉称号命令，何卫东主持仪式。", None),  # the order read out
        Example("二、授予迪尔玛·罗塞芙（女，巴西）“友谊勋章”。", {"name": "友谊勋章", "recipients": ["迪尔玛·罗塞芙"]}),
        Example("近日，国务院批准增加陕西省西安市、山东省青岛市为内地赴港澳“个人游”城市。",
                {"name": "内地赴港澳“个人游”城市", "recipients": ["陕西省西安市", "山东省青岛市"]}),
        Example("中国出版集团有限公司、中国电影股份有限公司等入选本届“文化企业30强”。",
                {"name": "文化企业30强"}),  # the title, not which edition
        Example("会谈后，拉马福萨向习近平授予“南非勋章”。", {"name": "南非勋章", "recipients": ["习近平"]}),
        Example("习近平在人民大会堂向越共中央总书记阮富仲授予中华人民共和国“友谊勋章”。",
                {"name": "中华人民共和国“友谊勋章”", "kind": "competition", "recipients": ["越共中央总书记阮富仲"]}),
        Example("2024年度何梁何利基金“科学与技术成就奖”授予植物分子遗传学家李家洋院士。",
                {"name": "科学与技术成就奖", "kind": "competition"}),  # the honour first, then who gets it
        Example("共青团中央决定授予王传超、王军扬等30名同志第28届中国青年五四奖章。",
                {"name": "第28届中国青年五四奖章", "kind": "competition", "recipients": ["王传超", "王军扬"]}),
        Example("授予雅万高铁项目部青年突击队等20个青年集体中国青年五四奖章集体。", {"name": "中国青年五四奖章集体"}),
        Example("授予中铁四局雅万高铁项目部青年突击队、31622部队43分队、中国铁道科学研究院集团有限公司CR450科技创新工程关键"
                "系统研发和试验青年团队等20个青年集体中国青年五四奖章集体。", {"name": "中国青年五四奖章集体"}),  # a long list
        Example("塞罕坝林场建设者、浙江“千村示范、万村整治”工程先后荣获联合国“地球卫士奖”。", None),  # a prize, a record
        # a title conferred on holders counted, published or added, not named one by one
        Example("文化和旅游部今天（3月28日）公布新增国家级文化产业示范园区名单。", {"name": "国家级文化产业示范园区"}),
        Example("增设29个国家进口贸易促进创新示范区、60个跨境电商综合试验区。", {"name": "跨境电商综合试验区", "action": "增设"}),
        Example("生态环境部等部门近日联合印发通知，19个城市首批纳入区域再生水循环利用试点。", {"name": "区域再生水循环利用试点"}),
        Example("河南省兰考县等100个单位为2022年国家乡村振兴示范县。", {"name": "2022年国家乡村振兴示范县"}),
        Example("目前，我国已经公布了两批国家数字乡村试点地区名单。", None),  # a tally
        Example("天津市滨海新区智慧山文化创意产业园等15家园区被授牌。", None),  # holders of a title named elsewhere
        Example("2025年“东亚文化之都”今天（9月12日）在日本京都举行授牌仪式，中国澳门特别行政区获得授牌。",
                {"name": "东亚文化之都", "kind": "designation"}),  # the title the ceremony confers
        Example("“一带一路”国际科学组织联盟今天在北京举行授牌仪式。", None),  # a quote inside a body's name
        Example("“全国示范社区”今天在北京举行颁证仪式。", {"name": "全国示范社区", "action": "颁证"}),  # any conferring ceremony
        Example("为表彰他的突出贡献授予“人民科学家”国家荣誉称号。", None),  # a purpose, no recipient
        Example("党中央、国务院决定授予81名个人“国家卓越工程师”称号、50个团队“国家卓越工程师团队”称号。",
                {"name": "国家卓越工程师团队", "recipients": ["50个团队"]}),  # the second title listed
        Example("国务院决定授予红旗村“全国文明村”称号、向阳社区“全国文明社区”称号。",
                {"name": "全国文明社区", "recipients": ["向阳社区"]}),  # a holder whose name opens with 向
        Example("会议决定授予张三“时代楷模”称号、并为其颁发“五一劳动奖章”。",
                {"name": "五一劳动奖章", "action": "颁发"}),  # another verb, for the same holder
        Example("中央军委授予唐胜杰、江新林同志“英雄航天员”荣誉称号并颁发“三级航天功勋奖章”。",
                {"name": "“英雄航天员”荣誉称号", "kind": "designation", "recipients": ["唐胜杰", "江新林"]}),
        # an honorary title is named with its kind (荣誉称号), a bare 称号 not
        Example("1992年，第六地质大队被国务院授予“功勋卓著无私奉献的英雄地质队”荣誉称号。",
                {"name": "“功勋卓著无私奉献的英雄地质队”荣誉称号"}),
        Example("决定，给汤洪波同志颁发“二级航天功勋奖章”。",
                {"name": "二级航天功勋奖章", "kind": "competition", "recipients": ["汤洪波"]}),
        Example("中共中央宣传部追授鲍卫忠同志“时代楷模”称号。", {"name": "时代楷模", "recipients": ["鲍卫忠"]}),
        Example("中共中央宣传部今天授予陆军某合成旅“杨根思连”“时代楷模”称号。",
                {"name": "时代楷模", "recipients": ["陆军某合成旅“杨根思连”"]}),
        Example("海军有关领导宣读中央军委授予舰名、舷号的命令，向接舰部队颁发命名证书。", None),  # the order read
        Example("浦东新区启动7个重点平台，新增授牌18家大企业开放创新中心。", {"name": "大企业开放创新中心"}),
        Example("明年将授牌10家示范基地。", None),
        Example("大会向获奖代表颁发证书。", None),  # no title or medal named
        Example("会议审议了委员长会议关于提请审议全国人大常委会关于在中华人民共和国成立75周年之际授予国家勋章和国家荣誉称号的决定草案的议案。",
                None),
        Example("今天被授予“友谊勋章”的迪尔玛·罗塞芙女士就是其中的杰出代表。", {"name": "友谊勋章"}),
        Example("9月17日，我国申报的“普洱景迈山古茶林文化景观”成功列入世界遗产名录。",
                {"name": "世界遗产名录", "recipients": ["普洱景迈山古茶林文化景观"]}),
        Example("我国申报的“成都老茶馆档案”“徽州千年宗姓档案”三项文献档案入选《世界记忆亚太地区名录》。",
                {"name": "世界记忆亚太地区名录", "recipients": ["成都老茶馆档案", "徽州千年宗姓档案"]}),
        Example("目前，我国已有17项文献档案成功入选《世界记忆亚太地区名录》。", None),  # a tally
        Example("2014年，大运河列入世界遗产名录。", None),  # history
        Example("我国申报的“春节——中国人庆祝传统新年的社会实践”在委员会常会上通过评审，列入人类非物质文化遗产代表作名录。",
                {"recipients": ["春节——中国人庆祝传统新年的社会实践"]}),
        Example("该遗产项目列入人类非物质文化遗产代表作名录，具有重要意义。", None),  # told again
        Example("江苏实验室联盟在南京授牌，联盟聚焦高端装备制造等领域。", {"name": "江苏实验室联盟"}),
        Example("我们将择期授牌。", None),
        Example("该项目被列入省级重点项目。", None),  # 列入 a plan, no heritage list
        Example("该部队被评为“四铁”先进单位并荣立集体二等功一次。", {"name": "“四铁”先进单位"}),
        Example("该企业被评为“专精特新”兼并重组示范企业。", {"name": "“专精特新”兼并重组示范企业"}),
        Example("巴依卡·凯力迪别克被授予“人民卫士”国家荣誉称号。", {"name": "“人民卫士”国家荣誉称号"}),
        Example("河北省爱国拥军促进会理事田俊岭等10名个人被授予2023年“最美拥军人物”称号。",
                {"name": "2023年“最美拥军人物”"}),
        Example("宁波材料技术研究所、嘉兴学院等8家单位被授予长三角新材料产业创新示范基地。",
                {"name": "长三角新材料产业创新示范基地", "kind": "designation",
                 "recipients": ["宁波材料技术研究所", "嘉兴学院"]}),
        Example("全体队员被联合国授予“和平荣誉勋章”。", {"name": "和平荣誉勋章", "recipients": ["全体队员"]}),
        Example("今年，他被全国总工会授予“全国五一劳动奖章”。", {"name": "全国五一劳动奖章", "recipients": ["他"]}),
        Example("民政部授予144个爱心个人、团队、捐赠企业等第十二届“中华慈善奖”。",
                {"name": "第十二届“中华慈善奖”", "recipients": ["144个爱心个人", "团队", "捐赠企业"]}),
        Example("700名维和官兵被联合国授予“和平荣誉勋章”。",
                {"name": "和平荣誉勋章", "kind": "competition", "recipients": ["700名维和官兵"]}),
        Example("近日，中宣部命名第八批全国学雷锋活动示范点和岗位学雷锋标兵各50个。",
                {"name": "第八批全国学雷锋活动示范点", "action": "命名"}),
        Example("联合国13日宣布，“中国山水工程”入选联合国首批十大“世界生态恢复旗舰项目”。",
                {"name": "“世界生态恢复旗舰项目”", "recipients": ["中国山水工程"]}, "2022-12-15"),
        Example("全国政协总工会界别提交的提案入选了“全国政协2023年度好提案”。",
                {"name": "全国政协2023年度好提案", "action": "入选"}),
        Example("达式常、翟俊杰被授予中国文联终身成就奖。", {"name": "中国文联终身成就奖", "recipients": ["达式常", "翟俊杰"]}),
        Example("1996年，国际乒联将“优秀教练员特别荣誉奖”授予张燮林。",
                {"name": "优秀教练员特别荣誉奖", "recipients": ["张燮林"]}),
        Example("国务院将“全国文明城市”称号授予松江区。", {"name": "全国文明城市", "recipients": ["松江区"]}),
        Example("《熊出没·重返地球》和《再见土拨鼠》分别被授予最佳美术片和最佳儿童片。", None),
        Example("影片《长津湖》被评为最佳故事片。", None),
        Example("文化和旅游部正式确定河北省衡水市衡水湖旅游景区、山西省太原市晋祠天龙山景区等19家旅游景区为国家5A级旅游景区。",
                {"name": "国家5A级旅游景区", "recipients": ["河北省衡水市衡水湖旅游景区", "山西省太原市晋祠天龙山景区"]}),
        Example("工信部认定了北京大学、清华大学为首批国家级创新中心。", {"name": "首批国家级创新中心"}),
        Example("工信部认定北京大学、黄山风景区等3家单位为首批示范单位。",
                {"name": "首批示范单位", "recipients": ["北京大学", "黄山风景区"]}),
        Example("会议确定以科技创新为引领。", None),
        Example("国务院确定2024年为中国东盟人文交流年。", None),
    ), ("designation_verbs", "designation_frame_verbs", "day_designation_verbs", "plaque_verbs", "conferral_verbs",
        "merit_words",
        "designation_ceremony_heads", "honour_heads")),
    _rule("initiative.commendation", "Collectives and people an honour commends.", find_commendations, (
        Example("李干杰在30日上午召开的全国离退休干部先进集体和先进个人表彰大会上讲话。",
                {"name": "全国离退休干部先进集体和先进个人", "kind": "designation", "action": "表彰"}),
        Example("习近平在北京人民大会堂亲切接见全国离退休干部先进集体和先进个人受表彰代表。",
                {"name": "全国离退休干部先进集体和先进个人"}),
        Example("大会选举产生全国台联第十一届理事会，表彰全国台联系统先进集体和先进工作者。",
                {"name": "全国台联系统先进集体和先进工作者"}),
        Example("大会对工商联系统先进集体和先进工作者进行了表彰。", {"name": "工商联系统先进集体和先进工作者"}),
        Example("大会表彰了30个全国援外医疗工作先进集体和60名先进个人。", None),  # holders counted, no one honour named
        Example("会议审议了关于先进集体和先进个人的决定。", None),  # no honour conferred
        Example("会议将审议通过工作报告，选举产生新一届理事会，表彰全国台联系统先进集体和先进工作者。", None),  # to come
        Example("此前，该市曾先后三次召开全市抗震救灾先进集体和先进个人表彰大会。", None),  # of the past
        Example("会议表彰了一批先进集体和先进个人。", None),
        Example("省委省政府隆重召开全省脱贫攻坚先进集体和先进个人表彰大会。", {"name": "全省脱贫攻坚先进集体和先进个人"}),
        Example("国务院决定表彰奖励全国民族团结进步模范集体和模范个人。", {"name": "全国民族团结进步模范集体和模范个人"}),
        # the decision that confers it, read out or issued (宣读《中共中央、国务院关于表彰…的决定》)
        Example("王沪宁宣读《中共中央、国务院关于表彰全国民族团结进步模范集体和模范个人的决定》。",
                {"name": "全国民族团结进步模范集体和模范个人"}),
        Example("会议将宣读《关于表彰全省抗洪抢险先进集体和先进个人的决定》。", None),  # to come
        Example("根据《国务院关于表彰全国民族团结进步模范集体和模范个人的决定》，1500个集体和个人受到表彰。", None),
        Example("各地认真学习贯彻《关于表彰全国先进集体和先进个人的决定》精神。", None),
        Example("会上宣读了《关于撤销表彰全国先进集体和先进个人的决定》。", None),
        Example("会上宣读了中共中央、国务院《关于表彰全国民族团结进步模范集体和模范个人的决定》。",
                {"name": "全国民族团结进步模范集体和模范个人"}),  # the issuer named before the title
    ), triggers=("commendation_words",)),
    _rule("initiative.recognition", "Units recognised by kind, or a unit that is recognised.", find_recognitions, (
        Example("同时，还新认定了34家跨国公司地区总部和17家外资研发中心。",
                {"name": "外资研发中心", "kind": "designation", "action": "认定"}),
        Example("不久前，陕西省首个汽车概念验证中心获得科技部门认定。", {"name": "汽车概念验证中心"}),
        Example("共评选推荐出178个“国家通用语言文字推广普及先进集体”和294名“国家通用语言文字推广普及先进个人”。",
                {"name": "国家通用语言文字推广普及先进个人", "action": "评选推荐出"}),
        Example("华中科技大学还从集成电路学院等遴选出43个交叉前沿实验室。", None),  # a kind picked, no title
        Example("同时，还新认定了34家跨国公司地区总部以及17家外资研发中心。", {"name": "外资研发中心"}),
        Example("陕西对于新认定的概念验证中心给予资金支持。", None),
        Example("专家认定该设备符合标准。", None),
    ), ("recognition_verbs",)),
    _rule("initiative.prize_won", "Named prizes and titles won.", find_prizes_won, (
        Example("本届大赛有800多名选手进入决赛，110名选手获得各项金银铜奖。", None),
        # named by the edition the sentence gave it before (the list published is the release rule's)
        Example("红十字国际委员会公布了第49届南丁格尔奖获奖者名单，37名护理人员获得南丁格尔奖。", {"name": "第49届南丁格尔奖"}),
        Example("55位科技工作者荣获“科学与技术进步奖”和“科学与技术创新奖”。", {"name": "“科学与技术创新奖”"}),  # each listed
        # the right to host, conferred on the winner
        Example("经亚奥理事会执委表决通过，哈尔滨市获得2025年第九届亚冬会举办权。",
                {"kind": "designation", "name": "2025年第九届亚冬会举办权"}),
        Example("中国55个项目获日内瓦国际发明展金奖。", {"name": "日内瓦国际发明展金奖", "action": "获"}),
        Example("我国“蓝色循环”海洋塑料废弃物治理模式荣获联合国“地球卫士奖”。", {"name": "联合国“地球卫士奖”"}),
        Example("该团队获得一等奖。", None),
        Example("中国选手获得3项金奖。", None),
        Example("河北省唐山市迁西县等53个地方获得“绿水青山就是金山银山”实践创新基地称号。",
                {"name": "“绿水青山就是金山银山”实践创新基地", "kind": "designation"}),
        Example("他曾获得全国劳动模范称号。", None),
        Example("他今年获得“人民科学家”国家荣誉称号。", {"name": "“人民科学家”", "kind": "designation"}),
        Example("今年7月，他荣获新时代的“最美奋斗者”称号。", {"name": "“最美奋斗者”"}),
        Example("习近平向获得荣誉称号的单位颁授奖旗。", None),
        Example("获得过先进模范称号的工人。", None),
        Example("他获得国家奖学金。", None),
        Example("1035人获得全国五一劳动奖章。", {"name": "全国五一劳动奖章"}, "2023-04-27"),  # a medal is the prize
        Example("7个团队以及251名同志获得创新争先奖牌、奖状。", {"name": "创新争先奖"}),
        Example("中国代表团获得巴黎奥运会奖牌。", None),
        Example("他获得了一枚奖章。", None),
        Example("获奖者将获得金质奖章和证书。", None),
        Example("他们获得中华技能大奖奖牌和证书。", {"name": "中华技能大奖"}),
        Example("第49届南丁格尔奖颁奖大会在京举行，7名护理工作者获得南丁格尔奖章。", None),  # the prize rule names it
        Example("浙江获得中央财政奖补资金12亿元。", None),
        Example("周冠宇获得F1中国大奖赛第九名。", None),
        Example("该项目获得国家科技重大专项支持并获得奖补资金。", None),
        Example("他曾于2019年获得国家科学技术进步奖一等奖。", None),
        Example("厦航曾获得飞行安全五星奖、中国质量奖等荣誉。", None),
        Example("梁朝伟、何赛飞分别获得最佳男主角奖和最佳女主角奖。", None),
        Example("会上，为大赛获奖代表颁奖。", None),
    ), ("prize_won_verbs",)),
    _rule("initiative.competition", "Competitions whose awards are presented.", find_competitions, (
        Example("大会期间，举办了2023雨果奖颁奖典礼等200多场活动。", {"name": "2023雨果奖", "action": "颁奖"}),
        Example("论坛还颁发了“金丝带——丝路映像派”优秀提案奖以及11个国际合作项目。",
                {"name": "“金丝带——丝路映像派”优秀提案奖", "action": "颁发"}),
        Example("仪式上为获奖者颁发了一等奖。", None),  # a rank, no prize named
        Example("第九届中国戏剧奖·梅花表演奖、曹禺剧本奖昨晚（5月21日）在广州颁奖。",
                {"name": "第九届中国戏剧奖·梅花表演奖、曹禺剧本奖"}),  # the series' prizes, named together
        Example("会上，为第二届长三角青年创新创业大赛获奖代表颁奖。",
                {"name": "第二届长三角青年创新创业大赛", "kind": "competition", "action": "颁奖"}),
        Example("第35届中国电影金鸡奖昨晚（11月12日）在厦门颁发。",
                {"name": "第35届中国电影金鸡奖", "action": "颁发"}, "2022-11-13"),
        Example("全国科技工作者日暨全国创新争先奖表彰大会今天在北京召开。", {"name": "全国创新争先奖"}),
        Example("大会为获奖者颁发奖状和奖金。", None),
    ), ("award_verbs",)),
)
