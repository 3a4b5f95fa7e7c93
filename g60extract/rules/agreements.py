"""Agreement rules: who signed what with whom, and when.

A signing verb (签署/签订/达成/签约 …) anchors the rule. The agreement is the 《title》 next to
it or a kind phrase (战略合作框架协议, 合作备忘录, 项目签约 …). Parties are the organisations of
the clause before the verb — "A与B签订", "A、B等单位分别与D达成" (one agreement per listed unit
with D) — or, for a title such as 《A与B深化合作备忘录》, the organisations inside the title.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import Any

from g60extract.ner.recognizer import Entity, SentenceView
from g60extract.normalise.numbers import parse_small_int
from g60extract.rules.base import Example, SentenceRule
from g60extract.rules.context import CURRENT_FRAME, LOOKED_BACK, NUMERAL, ArticleContext, body_heads, find_words, naming_suffixes
from g60extract.rules.phrases import (
    OCCASION_FOR,
    THIS_OCCASION,
    step_of_change,
    subject_phrase,
    titles_run,
    without_dates,
)

# (签署并共同发表《…》, 签署并发布了联合声明: what is signed follows the 发表 or 发布 it is also issued by)
_FILLER = re.compile(
    r"(?:了|的|共同|正式|现场|双方|两国|一系列|一批|多项|\d+项|[一二三四五六七八九十]+项|[并和](?:共同)?发[表布])*"
)
_PROJECTS = re.compile(
    r"(?:[^，、\s]{0,12}?(?:本次|此次|这次)(?:[^，、\s]{1,5}会)?)?"
    r"(?P<p>[^，、\s]{0,20}?项目(?:、[^，、\s]{1,12}?项目)*)(?=(?:在[^，。；在]{2,8}?)?(?:相继|集中|现场|成功|陆续|顺利|同时|(?:开工|竣工|投产|落地)(?:、|和|及)$|$))"
)
# (…框架协议签订和百亿级重大产业项目集中签约: another signing joined before them; …发布活动，以及22个重大项目
# 集中签约: the word joining them to another item)
_PROJECTS_BROUGHT = re.compile(
    r"^(?:[^，。；]{0,24}?(?:签订|签署)(?:和|及|以及)|[^，。；]{0,12}?(?:促成|推动|推进|带动|实现|完成)了?|以及|及|并)"
    r"|^共有(?=(?:近|约|逾|超过?|多达|达)?[\d一二两三四五六七八九十百千])"  # (共有|32个重点项目; not 共有产权住房项目)
)
_DESCRIBED_COUNT = re.compile(r"^[^的]{1,12}的(?=(?:\d+|[一二两三四五六七八九十百千]+)[多余]?个)")
# 签约各类投资项目638个, 共签约271个项目: the projects as the sentence words them (a count of them first
# included, not an amount: 签约93亿元的项目)
PROJECTS_COUNTED_AFTER = re.compile(r"项目(?:\d+|[一二两三四五六七八九十百千]+)[多余]?个(?=[，。；]|$)")
_PROJECTS_AFTER = re.compile(r"(?:了|落地)?((?:(?:\d+|[一二两三四五六七八九十百千]+)[多余]?个)?[^，、\d]{0,12}?项目)")
_LIST_SPLIT = re.compile(r"、|以及|及|和|等[^、，]{0,6}$|等")
_LEAD_WORDS = r"(?:目前|此外|同时|截至目前|会上|现场|其中|今天|近日|日前)"
_LEAD = re.compile("^" + _LEAD_WORDS)
_GUEST = re.compile(r"出席|见证")
_OFFICE_AFTER = re.compile(r"常委|委员(?!会)|国务委员|副?总理|副?部长|副?主席|副?书记|秘书长|发言人")
_DAY_AFTER_GROUP = re.compile(r"(?<=双方|两国)(?:今天|昨天|今日|当天|日前|近日)(?:（[^（）]{1,12}）)?(?:还|也|已|正式|共同)*$")
_CONTINUED = re.compile(r"(?:并且|并|同时)(?:还|也|已|正式|共同)*")  # …，并签署了…: the clause goes on from the one before
_GROUP_OPENS = re.compile(r"(?:会谈后|会后|此外|同时|随后|今天|当天)?，?(双方|两国)")
_HEAD_OF_STATE_WORDS = (
    r"(?:联邦|国家)?(?:总统|总理|国王|首相|主席|副总统|议长|国家元首|领导人|王储|总书记|民族领袖|最高元首|埃米尔)"
)
_SIGN_ADVERBS = r"(?:还|也|已|已经|共同|正式)"  # between a party and its 与 (36家企业代表还与…)
_DECREES = frozenset({"主席令", "国务院令", "总统令", "行政令", "法令"})
_PROJECT_BEFORE = re.compile(
    r"项目(?:在[^，。；在]{2,8}?)?(?:相继|集中|现场|成功|陆续|顺利|同时)?(?:(?:开工|竣工|投产|落地)(?:、|和|及))?$"
)  # (…项目在辽宁沈阳签约)


_QUOTED_TITLE = re.compile(r"“([^“”]{4,60})”")


_NUMBERED_RUN = re.compile(r"(?:第[〇零一二三四五六七八九十百\d]{1,6}号[、和及]?){2,}+")


def _past_filler(ctx: ArticleContext, s: SentenceView, pos: int) -> int:
    """Where what was signed begins after ``pos``: past 了, a count or a duration (_FILLER)."""
    m = _FILLER.match(ctx.text, pos, s.end)
    return m.end() if m else pos


def _kind_after(ctx: ArticleContext, s: SentenceView, pos: int) -> tuple[str | None, str | None]:
    """(title, kind) of what was signed right after ``pos``."""
    pos = _past_filler(ctx, s, pos)
    for e in s.of("WORK_OF_ART"):
        if e.start == pos:
            return str(e.attrs["title"]), _kind_of_title(ctx, str(e.attrs["title"]))
    end = ctx.clause_end(s, pos)
    kinds = ctx.lexicon.trigger_list("agreement_kinds")
    quoted = _QUOTED_TITLE.match(ctx.text, pos, end)
    if quoted is not None and any(quoted.group(1).endswith(k) and len(quoted.group(1)) - len(k) >= 2 for k in kinds):
        # 签署“2024年巴黎奥运会版权合作协议”: a quoted name is the agreement's title, as 《…》 is
        return quoted.group(1), _kind_of_title(ctx, quoted.group(1))
    hits = find_words(ctx.text, pos, min(end, pos + 30), kinds)
    if ctx.text.startswith("关于", pos) and (de := ctx.text.rfind("的", pos, min(end, pos + 60))) >= 0:
        # 签署了关于开展自贸协定升级联合研究的谅解备忘录: what is signed follows the 关于…的 phrase
        hits = [h for h in find_words(ctx.text, de + 1, end, kinds) if h[0] == de + 1] or hits
    if (run := _NUMBERED_RUN.match(ctx.text, pos, end)) is not None:
        # 签署了第三十四号、第三十五号…、第四十号主席令: numbers listed, then the kind they share
        hits = [h for h in find_words(ctx.text, run.end(), end, kinds) if h[0] == run.end()] or hits
    listed = find_words(ctx.text, pos, end, kinds)
    if listed and listed[-1][1] == end and "等" in ctx.text[max(pos, listed[-1][0] - 12) : listed[-1][0]]:
        hits = listed[-1:]  # 签署共建“一带一路”、发展合作…等领域多项双边合作文件: the kind closes the list
    if len(hits) > 1:
        # 签署进一步升级《自由贸易协定》的议定书, 自由贸易协定进一步升级议定书, 俄伊合作反制美国制裁的联合
        # 声明: a kind named inside describes the document that closes the phrase (not 备忘录和合作协议: two
        # documents; nor 包括《西安宣言》在内的7份文件: documents counted, the one named among them)
        head = hits[0][1]
        while (more := next((h for h in hits if h[0] == head), None)) is not None:
            head = more[1]
        closing = [h for h in hits if h[0] > head and (
            ((ctx.text[h[0] - 1] == "的" or (h[1] == end and len(hits) == 2)) and not _LIST_JOIN.search(ctx.text, head, h[0]))
            # 签署了涵盖旅游文化合作、自由贸易协议在内的六份合作文件: the documents counted, some of them named
            or (_COUNTED_AFTER_LIST.search(ctx.text, head, h[0]) is not None and "《" not in ctx.text[pos : h[0]])
        )]
        if closing:
            hits = closing[:1]
    if hits:
        hs, he, _ = hits[0]
        while (more := next((h for h in hits if h[0] == he), None)) is not None:
            hs, he, _ = more  # 三方合作|联合声明: a kind word that goes on into another names the longer one
        # keep modifiers such as 战略合作 in 战略合作框架协议 (the longest kind ending there)
        best = max((k for k in kinds if ctx.text.startswith(k, he - len(k)) and he - len(k) >= pos),
                   key=len, default=ctx.text[hs:he])
        if ctx.text.startswith("的", he) and best.endswith("合作"):
            # 委美之间能达成相互尊重与合作的关系: a kind of cooperation, not a document, before 的 describes
            # what is reached, no agreement (合作协议的… stays one)
            return None, None
        return None, best
    return None, None


_SIGNING_AS_TOPIC = re.compile(r"了?[^，。；是]{2,30}(?:是|意味着|标志着)")
_LIST_JOIN = re.compile(r"[和及与、，等]|以及|在内")
_COUNTED_AFTER_LIST = re.compile(r"在内的(?:[一二三四五六七八九十两\d]+[份项个])?$")
_HELD_OPENS = re.compile(r"^(?:举行|举办)了?")


def _without_held(parties: list[list[str]]) -> list[list[str]]:
    """会上，举行了杭州市与浙江大学…协议签订: the holding verb opens no side's name."""
    return [[_HELD_OPENS.sub("", n) or n for n in p] for p in parties]


_JOINED_SIGNING = re.compile(r"[和及][^，。；与同和及]{0,30}$")  # (…签订和|百亿级重大产业项目集中|签约)
# …协议签署仪式, …备忘录签约暨…开播仪式, 《…协议》签署，: the signing named by what it signs
# (…协议签订和…项目集中签约: another signing joined after it)
_NAMED_SIGNING_END = re.compile(r"暨|仪式|活动|[，。；]|$|和(?=[^，。；]{0,30}?(?:签约|签订|签署|签字))")


_NOT_JOINED = re.compile(r"拒绝|有望|希望|将|使|未|不")
_BECAME_SIGNATORIES = re.compile(
    r"[，,](?P<who>[^，。；]{0,20}?等?(?P<group>(?:\d{1,3}|[两三四五六七八九十]{1,3})个[^，。；\d]{1,6}?)?)成为"
    r"(?:该|本)?(?:公约|协定|条约|协议)?的?(?:首批|第一批)?(?:签约方|签署方|缔约方|签署国|缔约国)"
)
_SIGNED_GAP = re.compile(r"(?:在[^，。；在“”《》]{1,8}|于|正式|成功|顺利|共同|同时|日前|近日|上午|下午|晚间?)$")


def _named_before(ctx: ArticleContext, s: SentenceView, vs: int, ve: int) -> tuple[str | None, str | None]:
    """(title, kind) of an agreement named right before the verb, when the verb closes the clause
    or names its ceremony (合作协议签署仪式); not 条约签署20周年 or 协议签署后, which refer to it."""
    if not _NAMED_SIGNING_END.match(ctx.text, ve, s.end):
        return None, None
    clause = ctx.clause_start(s, vs)
    # 《北京船舶司法出售公约》今天（9月5日）在京签约, …合作协议今天在京签署: the day, the place and an
    # adverb may stand between what is signed and the verb
    end = vs
    while end > clause:
        day = next((d for d in s.of("DATE") if d.end == end and d.start >= clause), None)
        word = _SIGNED_GAP.search(ctx.text, clause, end)
        if day is not None:
            end = day.start
        elif word is not None:
            end = word.start()
        else:
            break
    for e in s.of("WORK_OF_ART"):
        if e.end in (vs, end):
            return str(e.attrs["title"]), _kind_of_title(ctx, str(e.attrs["title"]))
    # bare 合作 only where a ceremony names it (A与B合作签约暨…仪式), not 加强合作签约…
    generic = ("文件", "声明") if ctx.text.startswith(("暨", "仪式", "活动"), ve) else ("合作", "文件", "声明")
    kinds = [k for k in ctx.lexicon.trigger_list("agreement_kinds") if k not in generic]
    best = max((k for k in kinds if any(ctx.text.startswith(k, at - len(k)) and at - len(k) >= clause for at in {vs, end})),
               key=len, default=None)
    return None, best


def _kind_of_title(ctx: ArticleContext, title: str) -> str | None:
    for k in sorted(ctx.lexicon.trigger_list("agreement_kinds"), key=len, reverse=True):
        if title.endswith(k):
            return k
    return None


def _party_name(ctx: ArticleContext, e: Entity) -> str:
    bodies = _BODIES_OF.match(ctx.text, e.end)
    # 联合国有关机构, 希腊多家机构: bodies of the name, unnamed, are the party as written
    return ctx.text[e.start : bodies.end() if bodies else e.end]


_BODIES_OF = re.compile(r"(?:有关|相关|多家|下属|旗下)(?:机构|部门|单位|企业)")


def _modifier_end(left: str) -> int:
    """Where the party begins in 来自法国、韩国等国家的36家企业代表 (after the 的 closing a 来自… or
    、-list modifier); 0 when the text has no such modifier (北京大学的研究团队 names its body)."""
    de = left.rfind("的")
    if de < 0 or not (left.startswith("来自") or "、" in left[:de]):
        return 0
    return de + 1


_LISTED_EACH = re.compile(r"(?<=[^、，])(?:与|同)(?=[^，与同]{2,60}、[^，与同]{2,60}分别$)")
_UNNAMED_RIGHT = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:共同|正式|现场|成功|集中|陆续|相继)?$")
_PIVOT = re.compile(r"分别(?:与|同|和)|(?<=[^、，])(?:同|与(?!会))(?=(?:与会|[^、，与同]){2,30}$)")


# 内蒙古、陕西、宁夏三省区签署…, 叙利亚、约旦、伊拉克和黎巴嫩四国农业部长签署…: a list the count after
# it sums up (and whoever signs for them), the one side before 与 if any
_SUMMED_SIDES = re.compile(
    r"(?:(?P<side>[^，、与同和及]{2,12})(?:与|同))?"
    r"(?P<list>(?:[^，、与同和及]{2,10}、){1,9}[^，、与同和及]{2,10}?(?:(?:和|及)[^，、与同和及]{2,10}?)?)"
    r"(?P<n>[两三四五六七八九])(?:省区市|省区|省市|省份|省|市|地|国|方)"
    r"(?:(?:和|及)(?P<extra>[^，、与同和及]{2,10}))?[^，、与同和及]{0,8}$"
)
_SMALL_COUNTS = {c: i for i, c in enumerate("一两三四五六七八九", start=1)}


def _counted_sides(seg: str) -> list[str] | None:
    summed = _SUMMED_SIDES.search(seg)
    if summed is None:
        return None
    items = [p for p in re.split("、|和|及", summed.group("list")) if p]
    side = summed.group("side")
    # (中国与老挝、泰国三国: the count may take in the side before 与)
    if len(items) != _SMALL_COUNTS[summed.group("n")] and not (side and len(items) + 1 == _SMALL_COUNTS[summed.group("n")]):
        return None  # (the count sums up a list that is not all here)
    extra = [summed.group("extra")] if summed.group("extra") else []  # 江苏、浙江、安徽三省和上海市
    return [side, *items, *extra] if side else [*items, *extra]


# 北京、天津、河北人社部门, 哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦三国企业: the bodies of listed places,
# one party as written (the places themselves do not sign; their ministers 四国农业部长 sign for them)
_PLACES_BODY_SIDES = re.compile(
    r"(?:(?P<side>[^，、与同和及]{2,12})(?:与|同))?(?P<list>(?:[^，、与同和及]{2,8}、)+[^，、与同]{3,20})"
)
_BODY_KINDS = r"(?:部门|企业|机构|单位|高校|院校)"  # the bodies of places, which sign as the places do not
_BODY_AFTER_PLACES = re.compile(
    r"(?P<n>[两三四五六七八九])?(?:省区市|省区|省市|省份|省|市|地|国|方)?[\u4e00-\u9fff]{0,4}?" + _BODY_KINDS
)


def _bodies_of_places(ctx: ArticleContext, seg: str) -> list[str] | None:
    core = re.sub(_PARTY_TAIL, "", _LEAD.sub("", seg))
    m = _PLACES_BODY_SIDES.fullmatch(core)
    if m is None:
        return None
    *items, last = re.split("、|和|及", m.group("list"))
    place = ctx.lexicon.place_at(last)
    if place is None or not all(i in ctx.lexicon.places for i in items):
        return None
    body = _BODY_AFTER_PLACES.fullmatch(last, len(place))
    if body is None or (body.group("n") and _SMALL_COUNTS[body.group("n")] != len(items) + 1):
        return None
    side = m.group("side")
    return [side, m.group("list")] if side else [m.group("list")]


# (就…问题与美方达成: the partner after the topic)
_TOPIC_PARTNER = re.compile(r"(?:与|同)[^，。；与同]{1,20}$")


def _parties(ctx: ArticleContext, s: SentenceView, verb_start: int) -> list[list[str]]:
    """Party lists, one per agreement, from the clause before the verb.

    "A、B等单位分别与D" and "A、B同D" (a list on one side, one party on the other) give one
    agreement per listed party with D; "A与B" gives one agreement between them.
    """
    start = ctx.clause_start(s, verb_start)
    said = _SAID_BEFORE.search(ctx.text, start, verb_start)
    if said is not None and said.start() > start:
        verb_start = said.start()  # 以色列和黎巴嫩称达成…, 沙特和伊朗宣布签署…: the parties are who say so
    spoken = [m for m in _SPOKEN.finditer(ctx.text, start, verb_start) if m.start() in s.word_starts]
    if spoken and not _OPENS_WITH_PARTNER.match(ctx.text, spoken[-1].end()):
        start = spoken[-1].end()  # 卡塔尔宣布以色列与哈马斯已达成…: the speaker announces, the parties follow
        attitude = _ATTITUDE.match(ctx.text, start)
        start = attitude.end() if attitude else start  # (表示欢迎以色列和阿联酋达成…: 欢迎 is the speaker's)
    topic = next((p for p in range(verb_start - 1, start, -1) if ctx.text[p] == "就" and p in s.word_starts
                  and ctx.text[p + 1 : p + 2] not in ("此", "这", "该")), None)
    if topic is not None and not _TOPIC_PARTNER.search(ctx.text, topic, verb_start):  # (searched up to the verb)
        verb_start = topic  # 瑞典、芬兰、土耳其就加入北约的谈判达成三方备忘录: who is named in the topic is no party
    organised = [m for m in _ORGANISED.finditer(ctx.text, start, verb_start) if _organiser_verb(ctx, s, start, m.start())]
    if organised:
        start = organised[-1].end()  # 市场监管总局组织81家电商平台签署…: who is brought to sign signs
    # 中国阿根廷两国央行续签…: the bodies of a group (两国央行) are not one party
    groups = ctx.lexicon.org_words("group_words")
    orgs = [o for o in ctx.orgs_between(s, start, verb_start)
            if not ctx.text.startswith(groups, o.start - 2) or o.start - 2 < start]
    # 冲突各方在联合国主导的国际社会斡旋下达成…: who mediates is no party
    mediated = [m.span() for m in _MEDIATED.finditer(ctx.text, start, verb_start)]
    orgs = [o for o in orgs if not any(a <= o.start < b for a, b in mediated)]
    # 中共中央政治局常委、国务院副总理丁薛祥…出席…签字仪式: a guest's offices, not parties (but 商务部部长
    # 王文涛与…签署: the ministry signs through its minister)
    if _GUEST.search(ctx.text, start, verb_start):
        orgs = [o for o in orgs if not _OFFICE_AFTER.match(ctx.text, o.end)]
    seg = ctx.text[start:verb_start]
    bodies = _bodies_of_places(ctx, seg)
    if bodies is not None:
        return [bodies]
    counted = _counted_sides(seg)
    if counted is not None:
        return [counted]
    # the pivot is a word of its own (not the 同 of 共同, 协同)
    pivot_m = next((m for m in _PIVOT.finditer(seg) if start + m.end() - 1 in s.word_starts), None)
    if pivot_m is not None:
        pivot = start + pivot_m.start()
        left_text = ctx.text[start:pivot]
        right = [o for o in orgs if o.start >= pivot]
        core = left_text[_modifier_end(left_text) :]
        for o in orgs:  # 文化和旅游部与…: a 和 inside a name lists nothing
            if o.end <= pivot:
                core = core.replace(_party_name(ctx, o), "Ｏ")
        left_items = [p for p in _LIST_SPLIT.split(re.sub(_SIGN_ADVERBS + "+$", "", _LEAD.sub("", core))) if p]
        # (150多个国家和30多个国际组织与中国签署…: counted groups on one side sign one set of documents,
        # as 中国与150个国家和32个国际组织签署… does)
        # (52个非洲国家和非洲联盟已与我国签署…: a counted group and a named body, one tally too)
        # (not A、B等20家外国出版机构: a list its count sums up; nor A以及B, which dev reads as two signings)
        counted_items = [bool(_COUNTED_ITEM.search(i)) for i in left_items]
        tallied = len(left_items) > 1 and "等" not in core and "以及" not in core and any(counted_items) and all(
            c or i == "Ｏ" for c, i in zip(counted_items, left_items, strict=True)
        )
        distributive = pivot_m.group(0).startswith("分别") or (len(left_items) > 1 and not tallied)
        # 20家意向入驻企业、11家中关村集成服务机构分别与科技园签署: a party the recogniser does not
        # know, as written, when 分别 says each listed party signs with it
        unnamed = _UNNAMED_RIGHT.match(seg, pivot_m.end()) if not right and pivot_m.group(0).startswith("分别") else None
        if unnamed is not None and not _plausible_party(ctx, unnamed.group(1)):
            unnamed = None
        if not right and unnamed is None and pivot_m.group(0).startswith("分别"):
            # 丁薛祥分别同曼图罗夫、诺瓦克签署会议纪要: one side and the listed partners, all as written
            partners = _right_list(ctx, seg, pivot_m.end(), [])
            sides = [_party_name(ctx, o) for o in orgs if o.end <= pivot] or [
                i for i in left_items if 2 <= len(i) <= 16 and _plausible_party(ctx, i)
            ]
            if partners and len(sides) == 1 and sides[0] not in partners:
                return [[sides[0], p] for p in partners]
        if tallied and not distributive:
            home_right = _HOME_RIGHT.fullmatch(seg, pivot_m.end())
            partners = [_party_name(ctx, o) for o in right] or ([home_right.group(1)] if home_right else [])
            named_left = iter(_party_name(ctx, o) for o in orgs if o.end <= pivot)
            sides = [next(named_left, "") if i == "Ｏ" else _HAVE.sub("", i) for i in left_items]
            if partners and all(sides):
                return [[*sides, *partners]]
        if (right or unnamed is not None) and distributive:
            others = [_party_name(ctx, o) for o in right] if right or unnamed is None else [unnamed.group(1)]
            left = [o for o in orgs if o.end <= pivot]
            names = [_party_name(ctx, o) for o in left]
            # keep listed parties the recogniser does not know (52个非洲国家) as written
            # (not the group that sums the list up: A、B等20家外国知名出版机构与…)
            summary = core.rsplit("等", 1)[1] if "等" in core else None
            for item in left_items:
                if "Ｏ" not in item and 2 <= len(item) <= 16 and item != summary:
                    names.append(item)
            ordered = sorted(names, key=lambda n: left_text.find(n))
            each = len(ordered) == 1 and pivot_m.group(0).startswith("分别")
            partners = _right_list(ctx, seg, pivot_m.end(), right) if each else []
            if partners:
                # 总台分别与世界旅游组织、马德里市和西班牙职业足球联盟达成…: one agreement per listed partner
                return [[ordered[0], other] for other in partners]
            return [[name, *others] for name in ordered]
    listed_each = _LISTED_EACH.search(seg) if pivot_m is None else None
    if listed_each is not None:
        # 总台与北美职业冰球联盟、美国网球协会分别签署…: one agreement with each listed partner
        pivot = start + listed_each.start()
        sides = [_party_name(ctx, o) for o in orgs if o.end <= pivot]
        partners = [_party_name(ctx, o) for o in orgs if o.start >= pivot + 1]
        if len(sides) == 1 and len(partners) >= 2:
            return [[sides[0], p] for p in partners]
    if pivot_m is not None and (mod := _modifier_end(seg[: pivot_m.start()])) > 0:
        orgs = [o for o in orgs if o.start >= start + mod]  # 来自法国、韩国的企业代表与…: places that only modify a party
    names = []
    for o in orgs:
        name = _party_name(ctx, o)
        if name not in names:
            names.append(name)
    if pivot_m is not None and len(names) >= 2:
        names = _with_unknown_partners(ctx, seg, pivot_m.end(), names)
    if len(names) >= 2 and (home_side := _HOME_WITH_LISTED.fullmatch(_LEAD.sub("", seg))) is not None:
        # 我国与埃及、尼日利亚等多个国家签署了…合作规划: China signs with each listed state
        home = home_side.group(1)
        return [[home, n] for n in names if n != home]
    # A与B签署 where B is not a recognised name: B as written
    # (…国家和地区 is one party: its 和 joins the kinds of a counted group)
    # (…和快速支援部队代表20日在沙特吉达签署: the date and place are not part of the party; 多家媒体、机构: one unnamed group;
    # 与80多个国家、地区和国际组织签署: a list that 和 closes is one party as written)
    other = _LISTED_OTHER.search(seg) or _OTHER.search(seg)
    # 快速支援部队代表, 中国与瑙鲁两国外长: the body or state its representatives sign for
    party = _SIGNATORIES.sub("", other.group(1)) if other else ""
    listed = _COUNTED_LIST.search(seg)
    if len(names) == 1 and listed is not None and seg.find(names[0]) < listed.start():
        # 中国已与150个国家和32个国际组织签署…: the other side is a list of counted groups, all of whom sign
        names = [names[0], *(m.group(0) for m in _COUNTED_ITEM.finditer(listed.group(1)))]
    if (
        len(names) == 1 and other and len(party) >= 2 and not party.startswith(names[0]) and not party.endswith(names[0])
        and seg.find(names[0]) < other.start()
        and _plausible_party(ctx, party)
    ):
        names.append(party)
    if len(names) == 1 and (home := _HOME.search(seg)) is not None and seg.startswith(("与", "同", "和"), home.end()) and (
        home.end() < seg.find(names[0])
    ):
        names.insert(0, home.group(0))  # 中方与瑞士方面签署…: China as the article calls it, with the named party
    if len(names) == 1 and (group := _COUNTED_BEFORE.search(seg, 0, seg.find(names[0]))) is not None:
        names.insert(0, group.group(1))  # 36家企业代表还与消博会组委会: a counted group signs with the name
    elif len(names) == 1 and (unnamed := _UNNAMED_LEFT.match(seg)) is not None and unnamed.end() == seg.find(names[0]) and (
        _plausible_party(ctx, unnamed.group(1)) and not _has_word(ctx, s, start, start + unnamed.end(1), _NOT_PARTY_WORDS)
        and not unnamed.group(1).startswith(("该", "此", "这", "本", "其")) and unnamed.group(1) not in ctx.lexicon.org_generic
    ):  # (not 该市与…, 企业同…: a body named before, or any)
        names.insert(0, unnamed.group(1))  # 中国航空业与中国商飞签署…, 多家车企与宁德时代签署…: the other side as written
    if not names and other and _plausible_party(ctx, other.group(1)):
        # 我国目前已与29个国家…，与18个国家签署…备忘录: the country the sentence is about signs
        pivot = listed.start() if listed else other.start()  # where the other side begins
        home = _HOME.search(ctx.text, s.start, start + pivot)
        lead = _LEAD.match(seg)
        side = re.sub(_SIGN_ADVERBS + "+$", "", seg[lead.end() if lead else 0 : pivot])
        placed = any(e.start == start + (lead.end() if lead else 0) for e in s.of("GPE"))
        others = [m.group(0) for m in _COUNTED_ITEM.finditer(listed.group(1))] if listed else [other.group(1)]
        if home is not None:
            names = [home.group(0), *others]
        elif placed and 2 <= len(side) <= 10 and _plausible_party(ctx, side) and _ZONE_END.search(side):
            names = [side, *others]  # 雄安新区与150所高校签订…: a place (or its zone) signs
        elif _ADVERBS_ONLY.fullmatch(side) and start > s.start and (subject := _sentence_subject(ctx, s, start)):
            names = [subject, *others]  # 中国对…实施零关税，与34个非洲国家签署…: the previous clause's subject signs
        elif _ADVERBS_ONLY.fullmatch(side) and _TALLY_LEAD.fullmatch(ctx.text, s.start, start) and all(
            _COUNTED_STATES.search(o) for o in others
        ):
            # 目前，已与150多个国家和30多个国际组织签署200多份共建“一带一路”合作文件: a national tally, its subject
            # left to the story, is China's
            names = ["中国", *others]
    if (
        len(names) >= 2 and start > s.start and _OPENS_WITH_PARTNER.match(seg) is not None
        and (subject := _home_or_subject(ctx, s, start)) is not None and subject not in names
    ):
        # 我国…，与泰国、新加坡等国缔结互免签证协定: the sentence's subject signs with each listed state
        # (…，与A、B…共同签署《区域全面经济伙伴关系协定》: one agreement of all)
        return [[subject, *names]] if "共同" in seg else [[subject, n] for n in names]
    if not names and (bodies := _listed_bodies(ctx, seg)):
        return [bodies]  # 中外地方政府、国际组织和企业代表签署了15项协议: unnamed bodies, each as written
    if not names and organised and (brought := _BROUGHT.fullmatch(seg)) and _plausible_party(ctx, brought.group(1)):
        names = [brought.group(1)]  # (组织81家电商平台集中签署: the group, as written)
    return [names] if names else []




def _opens_with_verb(ctx: ArticleContext, s: SentenceView, at: int) -> bool:
    """A group led by a verb, an adverb or a demonstrative (促成中阿双方, 随后中美双方, 此次会谈双方)."""
    recognizer = ctx.org_recognizer
    if ctx.text.startswith(("此次", "本次", "这次", "会谈", "会见"), at):
        return True
    return recognizer is not None and any(
        a == at and (ctx.text[a:b] in recognizer.pure_verbs or ctx.text[a:b] in recognizer.adverbs) for a, b in s.tokens
    )


def _home_or_subject(ctx: ArticleContext, s: SentenceView, clause: int) -> str | None:
    """我国 or 中方 opening the sentence (after its time words), else the previous clause's subject
    (not the 中方 of 俄方感谢中方的支持: an object)."""
    lead = _SENTENCE_LEAD.match(ctx.text, s.start, clause)
    home = _HOME.match(ctx.text, s.start) or _HOME.match(ctx.text, lead.end() if lead else s.start)
    return home.group(0) if home is not None else _sentence_subject(ctx, s, clause)


_SENTENCE_LEAD = re.compile(r"(?:[^，。；]{0,12}[，,])?")  # 今年，我国…: a time or topic before the subject


_ADVERBS_ONLY = re.compile(r"(?:并|还|也|已|已经|先后)*")  # (…，并与34个国家签署: a clause with no subject of its own)
_OPENS_WITH_PARTNER = re.compile(_LEAD_WORDS + "?" + _ADVERBS_ONLY.pattern + "(?:与|同)")  # a clause without its own subject
_MANY_SIGNED = re.compile(r"[\d一二两三四五六七八九十多]+[项份个]|一系列|一批|系列|多|双边|重要")
_COUNT_INSIDE = re.compile(rf"{NUMERAL}[个项份批家]")
_SPEECH_WORDS = ("介绍", "表示", "称", "指出", "强调", "透露", "宣布", "认为", "说明")
_SPEECH_END = re.compile(rf"(?:{'|'.join(_SPEECH_WORDS)}|说)$")
# (inside a phrase, not 说: 学说, 传说 are nouns)
_SPEECH_INSIDE = re.compile("|".join((*_SPEECH_WORDS, "了解到", "获悉")))
_SHORT_AFTER = re.compile(r"[（(]([^（）()，。]{2,8})[）)]")
_PARTNER_ONLY = re.compile(r"(?:已经|已|还|也|正式)*(?:和|与|同)[^，。；和与同]{2,12}?(?:已经|已|正式)?")
_BECAME_ANOTHER = re.compile(r"(?P<x>[^，。；成]{2,16}?)成为(?:又一个|第[^，。；个]{1,4}个)(?:同|与)(?P<y>[^，。；同与]{2,6}?)$")
_LEAD_SPEAKER = re.compile(r"^.*?(?:欢迎|祝贺|赞赏)")
_SPOKEN = re.compile(r"宣布|表示|透露|指出|欢迎|祝贺|赞赏|赞扬")  # (古特雷斯欢迎巴勒斯坦各派别签署…: the speaker is no party)
_ATTITUDE = re.compile(r"(?:欢迎|祝贺|赞赏|支持|肯定|赞扬|热烈)*")


def _listed_bodies(ctx: ArticleContext, seg: str) -> list[str] | None:
    """Two or more unnamed kinds of body listed as the signing side (中外地方政府、国际组织和企业代表)."""
    core = re.sub(_PARTY_TAIL, "", _LEAD.sub("", seg))
    # (not 近60家企业和机构: one counted group; 医疗卫生机构和养老机构签约合作8.7万对: a tally of pairs)
    if "、" not in core or "等" in core or any(w in core for w in ("与", "同", "在", "的")):
        return None
    items = [p for p in re.split("、|和|及", core) if p]
    if len(items) < 2 or re.match(r"[\d近约超]", items[0]):
        return None
    if not all(2 <= len(i) <= 8 and i.endswith(body_heads(ctx)) for i in items):
        return None
    return items


def _organiser_verb(ctx: ArticleContext, s: SentenceView, clause: int, at: int) -> bool:
    """组织 said by a body of what it brings about (商务部近日组织…), not the 组织 of a name
    (32个国际组织, 民间民主力量协调组织)."""
    if at not in s.word_starts or any(e.start < at < e.end or e.end == at + 2 for e in s.entities):
        return False
    before = _ORGANISER_ADVERBS.sub("", ctx.text[clause:at])
    return not before or any(e.end == clause + len(before) and e.label in ("ORG", "GPE") for e in s.entities)


_ORGANISER_ADVERBS = re.compile(r"(?:近日|日前|今天|近期|还|也|已|先后|专门|首次|积极|共同)+$")
_BROUGHT = re.compile(r"(?:近日|日前)?([\w“”]{2,16}?)(?:共同|正式|现场|集中|统一|公开)?")
_BRINGS_ABOUT = re.compile(r"(?:促成|推动|组织|带领|召集|动员|协调)")
_ORGANISED = re.compile(r"(?:组织|召集|动员|带领)(?!下|者|方|单位|部门)")
_SAID_BEFORE = re.compile(r"(?:宣布|表示|称|透露)(?:已经|已|正式|将)?$")


def _right_list(ctx: ArticleContext, seg: str, at: int, right: list[Entity]) -> list[str]:
    """The partners listed after 分别与 (A、B和C), each as the recogniser names it or as written;
    empty unless they are two or more and every one can sign."""
    tail = re.sub(_SIGN_ADVERBS + "+$|(?:共同|正式|现场|成功|集中|陆续|相继)$", "", seg[at:])
    names = {ctx.text[o.start : o.end] for o in right}
    items = [p for p in _LIST_SPLIT.split(tail) if p]
    listed = [next((n for n in names if item in n or n in item), item) for item in items]
    if len(listed) < 2 or not all(2 <= len(x) <= 16 and (x in names or _plausible_party(ctx, x)) for x in listed):
        return []
    return list(dict.fromkeys(listed))


def _with_unknown_partners(ctx: ArticleContext, seg: str, at: int, names: list[str]) -> list[str]:
    """总台与中希文明互鉴中心和国际奥林匹克学院达成合作: a listed partner the recogniser does not
    know, as written, when its name ends in an organisation suffix."""
    tail = re.sub(_PARTY_TAIL, "", seg[at:])
    suffixes = tuple(naming_suffixes(ctx))
    added = list(names)
    for item in (p for p in re.split("、|和|及", tail) if p):
        # (not 合作中心 of 中外人文交流和合作中心: a 和 inside a name the recogniser missed)
        if 5 <= len(item) <= 16 and item.endswith(suffixes) and not any(item in n or n in item for n in names):
            added.append(item)
    if len(added) == len(names):
        return names
    return sorted(added, key=lambda n: seg.find(n) if n in seg else len(seg))


def _sentence_subject(ctx: ArticleContext, s: SentenceView, clause: int) -> str | None:
    """The state or body that opens the clause before ``clause`` as its subject, which a clause
    without one continues (中国对…实施零关税，与34个非洲国家签署…); not one that is owned or
    listed (中国的…, 中国、巴西…)."""
    at = ctx.clause_start(s, clause - 1)
    if _SPEECH_END.search(ctx.text, at, clause - 1):
        return None  # 商务部介绍，与26个国家和地区签署…: who speaks is not who signs
    lead = _LEAD.match(ctx.text[at:clause])
    at += lead.end() if lead else 0
    for e in s.entities:
        if e.start == at and e.label in ("ORG", "GPE") and e.end < clause and ctx.text[e.end] not in "的、和及":
            return ctx.text[e.start : e.end]
    return None


_PARTY_TAIL = (
    r"(?:(?:\d{1,2}月)?\d{1,2}日|今天|昨天|当天|近日|日前)?(?:（[^（）]{1,12}）)?(?:在[^，、与同和在]{1,12})?"
    r"(?:共同|正式|现场|成功|再次|刚刚|已经|已|还|也|将|日前|近日|基本|最终|终于|顺利|先后|陆续|相继|一次性)?$"
)
_OTHER = re.compile(
    r"(?:与|同|和)((?:多家|多个|多所|数家)[^，与同和在]{2,12}?|[^，、与同和在]{2,15}?(?:国家和(?:地区|国际组织))?)" + _PARTY_TAIL
)
_LISTED_OTHER = re.compile(
    r"(?:与|同)((?:[^，、与同和在]{1,12}、)+[^，、与同和在]{1,12}(?:和|及)[^，、与同和在]{2,12}?)" + _PARTY_TAIL
)
_HOME = re.compile(r"我国|中方")
_HOME_RIGHT = re.compile(r"(我国|中方|中国)" + _SIGN_ADVERBS + "?")
_HAVE = re.compile(r"^(?:已经|已|先后|共)?有")  # 已有150多个国家…同我国签署: the count of who signed
_HOME_WITH_LISTED = re.compile(
    r"(我国|中方|中国)(?:已经|已|还|先后|相继|陆续|目前)*(?:与|同)[^，。；]+?、[^，。；]+?"
    r"等(?:[\d一二三四五六七八九十两多]+个?)?(?:国家|国)(?:和地区)?[^、，]{0,8}"
)
_ANNIVERSARY = re.compile(rf"(?:{NUMERAL}|\d+)多?(?:周年|年来|年以来|多年来)")
_MEDIATED = re.compile(r"在[^，。；在]{1,30}?(?:斡旋|调解|调停|主导|撮合)下")
# the side before 与 that the recogniser does not know: a noun phrase of its own (not 在会上, 还)
_UNNAMED_LEFT = re.compile(
    _LEAD_WORDS + r"?([\u4e00-\u9fff]{2,10}?)" + _SIGN_ADVERBS + r"?(?:与|同|和)"
)
_NOT_PARTY_WORDS = ("在", "于", "并", "还", "也", "将", "已", "曾", "正", "要", "就", "又", "都", "均", "分别", "先后", "相继")
_FRAME_OPEN = re.compile(r"(?:^|[要愿将并])以[^，。；以]{1,10}$")
_TRAILING_ADVERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:均|都|亦)$")
# (not 就交换被扣押人员协议作出回应: an exchange of hostages)
_EXCHANGED_PEOPLE = ("人员", "战俘", "俘虏", "人质", "被扣押者", "囚犯")
_EXCHANGED = re.compile(r"了?(?:《|(?:战略)?(?:合作)?(?:框架)?(?:协议|备忘录|协定|文件|文本|意向书|议定书))")
_URGE = r"(?:敦促|呼吁|促请|(?<![的照按])要求)"  # (按照…的要求签署: a requirement met, not an urging)
_URGED = re.compile(rf"{_URGE}[^。；]{{0,30}}尽快[^。；，]{{0,20}}$|{_URGE}[^。；，]{{1,30}}$")
# (呼吁达成一项…协议: urged right before the verb, read in the loop; not 响应…呼吁签署了…: the call answered)
_FIRST_TO = re.compile(r"(?:首个|第一个|首批|第一批|最早|唯一)[^，。；]{0,6}(?:同|与|和)")
_SPOKEN_OF = re.compile(r"[^，。；]{0,12}?(?:的(?:基础|前提|条件|关键|可能|障碍)|并不|不意味着|不影响)")
# 签约 as a noun: 签约和对接项目, 展览展示、项目签约等板块, …交流洽谈、项目签约活跃 (an activity named or
# described, none reported)
_NOUN_USE = re.compile(
    r"(?:和|及|与)[^，。；]{1,4}?项目|等(?:板块|环节|活动|内容|形式|方式)|(?:活跃|火热|踊跃|频繁)(?=[，。；]|$)"
)
_IN_FORCE_AFTER = re.compile(r"(?:零时)?起?(?:正式)?(?:施行|实施|执行|生效)")
# words (not characters: 虚拟, 将乐县) that announce a signing, or one prepared or sought (正准备与美国达成…)
_FUTURE = ("将", "即将", "将要", "拟", "准备", "正准备", "打算", "寻求", "谋求", "有望", "预计", "考虑")
_POSSIBLE = re.compile(r"有?可能(?:会|将)?(?:[与同和][^，。；的]{1,12})?$")  # 两国之间有可能达成…: possible, not done
_TALLY = ("累计", "截至", "截止", "多次", "曾多次")  # 累计签约…, 截至目前…已签约…, 曾多次达成: a running total
_SINCE = ("累计", "截至", "截止")  # the running totals whose scope is the whole sentence


def _day_between(s: SentenceView, start: int, end: int) -> bool:
    """A date of day granularity (今天, 9日) between ``start`` and ``end``: news, not a tally."""
    return any(start <= d.start < end and d.attrs.get("granularity") == "day" for d in s.of("DATE"))


def _has_word(ctx: ArticleContext, s: SentenceView, start: int, end: int, words: tuple[str, ...]) -> bool:
    """One of ``words`` is a whole segmenter word between ``start`` and ``end``."""
    return any(start <= a and b <= end and ctx.text[a:b] in words for a, b in s.tokens)


_COUNT = r"(?:\d{1,3}|[两三四五六七八九十]{1,3})多?(?:家|个|名|所|座)"  # 36家, 七个, 两名: the count of a group that signs
_COUNTED_BEFORE = re.compile(rf"({_COUNT}[\u4e00-\u9fff]{{2,8}}?){_SIGN_ADVERBS}?(?:与|同|和)$")
_CEREMONY = re.compile(r"仪式|活动|大会")
_HELD = re.compile(r"举行|举办")
_COUNTED_GROUP = re.compile(rf"{_COUNT}[\u4e00-\u9fff“”]{{2,14}}")  # (21个共建“一带一路”国家)
_COUNTED_ITEM = re.compile(rf"{_COUNT}[^\W\d和、及]{{2,8}}")
_TALLY_LEAD = re.compile(r"(?:(?:目前|截至目前|迄今|至今|此外|同时|近年来|[^，。；]{1,12}(?:以来|年底|年末|底))，)?")
_COUNTED_STATES = re.compile(r"(?:国家|国际组织|地区|经济体)$")
# (与“一带一路”沿线149个国家、32个国际组织签署: a quoted word and a place word may describe the list)
_COUNTED_LIST = re.compile(
    rf"(?:与|同)(?:“[^“”]{{1,10}}”[^\W\d和、及]{{0,4}})?((?:{_COUNTED_ITEM.pattern})(?:[和、及](?:{_COUNTED_ITEM.pattern}))+)"
    rf"{_SIGN_ADVERBS}?$"
)


def _named_signers(ctx: ArticleContext, s: SentenceView, start: int, vs: int) -> list[str] | None:
    """Two signers the clause names and the recognisers do not (persons, mostly): 普京和金正恩今天在
    平壤签署…, as written; a state's envoy or leader (俄罗斯外长拉夫罗夫) signs for the state."""
    m = _TWO_SIGNERS.fullmatch(ctx.text, start, vs)
    if m is None:
        return None
    sides = []
    for key in ("a", "b"):
        a, b = m.span(key)
        state = next((e for e in s.of("GPE") if e.start == a and e.attrs.get("kind") == "country"), None)
        if state is not None and _leader_named(tuple(ctx.lexicon.trigger_list("leader_titles"))).match(ctx.text, state.end, b):
            sides.append(ctx.text[state.start : state.end])
            continue
        side = ctx.text[a:b]
        if key == "b" and _ATTENDING_LEADERS.fullmatch(side):
            sides.append(side)  # 李强同与会成员国领导人签署并发表联合公报: the summit's other leaders, as written
            continue
        if not _PERSON_LIKE.fullmatch(side) or _NOT_A_PERSON.search(side) or side in _NOT_SIGNERS or not _plausible_party(
            ctx, side
        ) or any(
            e.start < b and a < e.end for e in s.entities if e.label in ("ORG", "GPE", "DATE")
        ):
            return None
        sides.append(side)
    return sides if sides[0] != sides[1] else None


_TWO_SIGNERS = re.compile(
    r"(?P<a>[^，。；：与同和及、]{2,16}?)(?:与|同|和)(?:到访的|来访的)?(?P<b>与会[^，。；：与同和及、]{2,12}?|[^，。；：与同和及、]{2,16}?)"
    r"(?:今天|昨天|当天|日前|近日|\d{1,2}日)?(?:在[^，。；在]{1,10}?)?(?:共同|正式|还|也)?(?:签署了?|签订了?)?$"
)


# 与会成员国领导人, 中亚五国元首: a summit's other leaders as a group
_ATTENDING_LEADERS = re.compile(
    r"(?:与会[\u4e00-\u9fff]{0,8}|[\u4e00-\u9fff]{0,4}[两三四五六七八九十]国)(?:领导人|元首|首脑|代表|外长|部长)"
)


@lru_cache(maxsize=4)
def _leader_named(titles: tuple[str, ...]) -> re.Pattern[str]:
    """俄罗斯|外长拉夫罗夫: a leader's or envoy's title (the lexicon's leader_titles), then a name."""
    return re.compile(rf"(?:{'|'.join(sorted(map(re.escape, titles), key=len, reverse=True))}|领导人)[\u4e00-\u9fff·]{{2,8}}$")


_PERSON_LIKE = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10}")
_NOT_A_PERSON = re.compile(r"^(?:多|各|数|一些|部分|该|本|其|有关)|(?:企业|机构|单位|公司|高校|银行|部门|组织|金融)$")
_NOT_SIGNERS = frozenset({"双方", "两国", "各方", "我们", "他们", "企业", "中方", "对方", "我国", "本国", "两人"})


def _plausible_party(ctx: ArticleContext, phrase: str) -> bool:
    """A noun phrase that can sign: no numbers other than a counted or named group (7家租赁公司, 中亚五国),
    no verb at its end (洽谈, 集中) unless the word names bodies (32个国际组织: 组织 is an organisation suffix)."""
    if re.search(r"[\d０-９一二三四五六七八九十百千万]", phrase) and not (
        _COUNTED_GROUP.fullmatch(phrase.replace("、", "")) or is_group(phrase)
    ):  # (80多个国家、地区和国际组织: a counted list)
        return False
    recognizer = ctx.org_recognizer
    if phrase.endswith(tuple(naming_suffixes(ctx))):
        return True
    last = phrase[-2:]
    return not (recognizer is not None and (last in recognizer.pure_verbs or last in ctx.lexicon.org_stops))


_PHRASE_END = re.compile(r"[，,。；;、\s]")


def _phrase_end(text: str, start: int, end: int) -> int:
    """Where the unbroken run of words from ``start`` ends (a punctuation mark or space), by ``end``."""
    m = _PHRASE_END.search(text, start, end)
    return m.start() if m is not None else end


def _place_parties(ctx: ArticleContext, s: SentenceView, verb_start: int) -> list[str]:
    """The place that signs in '上海一批重大项目签约' or '在上海，63个项目集中签约'."""
    clause = ctx.clause_start(s, verb_start)
    heads = ctx.lexicon.trigger_list("meeting_heads")
    for before, (lo, hi) in enumerate(((clause, verb_start), (s.start, clause))):
        places = [e for e in s.of("GPE") if lo <= e.start and e.end <= hi]
        if not places:
            continue
        if any(find_words(ctx.text, e.end, _phrase_end(ctx.text, e.end, hi), heads) for e in places):
            return []  # 2024苏州全球招商大会签约367个项目: the meeting's signings, the place only part of its name
        if before and find_words(ctx.text, lo, hi, heads):
            return []  # 世界浙商大会昨天在杭州闭幕，会上共签约项目78个: the meeting's signings, where it was held
        if before and not (ctx.text[places[0].start - 1 : places[0].start] == "在" or ctx.text[places[0].end] in "，,"):
            # 在上海，63个项目集中签约: a clause before sets the place by 在 or by the place alone (not
            # 17家雄安新区…基地揭牌，12个产学研项目签约: a place inside another clause's name)
            return []
        first = places[0]
        end = first.end
        for nxt in places[1:]:  # 浙江宁波: consecutive places are one party
            if nxt.start == end:
                end = nxt.end
        return [ctx.text[first.start : end]]
    return []


def find_agreements(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    verbs = ctx.lexicon.trigger_list("signing_verbs")
    signed_by: list[list[str]] = []  # the parties of the sentence's last signing with named parties
    verbs_before: list[tuple[int, int]] = []
    for vs, ve, verb in find_words(ctx.text, s.start, s.end, verbs):
        if ctx.text.startswith(("项目", "金额", "额", "总额", "规模", "率", "数量", "数达", "数超", "数为"), ve) and not (
            verb in ("签约", "共签约") and PROJECTS_COUNTED_AFTER.match(ctx.text, ve)
        ):
            # 签约项目, 签约金额, 签约数达…: the verb modifies a noun (not 签署数字经济…备忘录, nor 会上共签约项目78个:
            # the projects signed, counted after them)
            continue
        if _NOUN_USE.match(ctx.text, ve) and verb == "签约":
            continue  # 签约和对接项目增长较快, 展览展示、项目签约等板块: a kind of activity named, none reported
        if any(t.start < vs and ve < t.end for t in s.of("WORK_OF_ART")):
            continue  # 《纪念〈南海各方行为宣言〉签署20周年联合声明》: a word of a title, no signing
        title, kind = _kind_after(ctx, s, ve)
        if verb == "发表" and (
            not (title or kind or "").endswith(tuple(ctx.lexicon.trigger_list("issued_jointly_kinds")))
            or _SIGNED_TOO.search(ctx.text, max(s.start, vs - 8), vs) is not None
            or ctx.text.startswith("的", ve)  # (双方发表的联合声明中表示: the statement quoted, not news of it)
        ):
            continue  # 发表讲话, 发表声明: only a joint statement is reached by issuing it (签署并发表: signed, read there)
        if ctx.text.startswith("更多", ve):
            continue  # 达成更多合作协议, 签署更多合作文件: more of them wished for, none signed
        if ctx.text.endswith(("开放", "供各国", "供各方"), s.start, vs):
            continue  # 协定…开放签署: open for signature, signed by no one yet
        if _YEARS_BEFORE.search(ctx.text, s.start, vs) or step_of_change(ctx, s, vs):
            # 45年前…作出缔结中日和平友好条约的决断: history recalled; 从签署《…倡议》，到发起…: a step of a
            # span of change looked back on
            continue
        if verb == "交换" and ctx.text.endswith(_EXCHANGED_PEOPLE, s.start, vs):
            continue  # 为被扣押人员交换协议设定了新条件: an exchange of people the agreement is about
        if verb == "交换" and not _EXCHANGED.match(ctx.text, ve) and not (
            ctx.text.endswith(("见证", "见证了"), s.start, vs) and kind is not None and not ctx.text.startswith("的", ve)
        ):
            # (两国总理共同见证交换经贸、科技等领域多项双边合作文件: witnessed, the texts exchanged are signed ones)
            continue  # 交换合作备忘录: the signed texts exchanged (not 交换意见, 交换了看法…并签署协议)
        clause_start = ctx.clause_start(s, vs)
        named_after = title is not None or kind is not None
        if title is None and kind is None and (
            not _HELD.search(ctx.text, clause_start, vs) or not _CEREMONY.match(ctx.text, ve)
        ):
            # (A与B举行…签约活动: read with the ceremony below; 举行了A与B…协议签订: the signing itself held)
            title, kind = _named_before(ctx, s, vs, ve)
        # (我们见证了…合作文件签署: what is signed stands before the verb, the witnesses are the sides)
        witnessed = not named_after and title is None and _WITNESSED.search(ctx.text, clause_start, vs)
        witnessed_object: str | None = None
        if witnessed and ctx.text[ve : ctx.clause_end(s, ve)] in ("", "。"):
            # 共同见证了经贸、农业、海关等多项双边合作文件的签署: the thing signed, named before 的
            # (我们见证了一系列重要双边合作文件签署: the thing signed may stand right before the verb)
            named_end = vs - 1 if ctx.text.startswith("的", vs - 1) else vs
            _, kind = _kind_after(ctx, s, named_end - min(30, named_end - witnessed.end()))
            if kind is not None and not ctx.text.startswith(kind, named_end - len(kind)):
                # (落实全球发展倡议等多项双边合作文件的|签署: the kind that ends at 的, not the first one named)
                kind = next((k for k in sorted(ctx.lexicon.trigger_list("agreement_kinds"), key=len, reverse=True)
                             if ctx.text.endswith(k, witnessed.end(), named_end)), None)
            named_phrase = ctx.text[witnessed.end() : named_end]
            # (not 十多项双边合作文件, 一系列重要双边合作文件: documents counted, named by their kind)
            if kind is not None and named_phrase.endswith(kind) and len(named_phrase) - len(kind) >= 2 and (
                len(named_phrase) <= 25 and not _LIST_JOIN.search(named_phrase) and not _MANY_SIGNED.match(named_phrase)
            ):
                witnessed_object = named_phrase  # 见证激活坦赞铁路协议的签署: the agreement as named
        # (中国与中亚国家均签署了…: the adverb after the last party is not its name)
        # (not 四川成都: a place whose name ends in 都)
        parties = [[n if ctx.lexicon.place_at(n[-2:]) else _TRAILING_ADVERB.sub("", n) for n in p] for p in _parties(ctx, s, vs)]
        if not named_after and title is None and kind is not None:
            # 江苏省政府与央企战略合作框架协议签订仪式: what is signed, named before the verb, ends no side's name
            parties = [[n[: -len(kind)] if n.endswith(kind) and len(n) - len(kind) >= 2 else n for n in p] for p in parties]
        parties = _without_held(parties)
        if any(clause_start <= a and _JOINED_SIGNING.match(ctx.text, b, vs) for a, b in verbs_before):
            parties = []  # A与B…协议签订和重大产业项目集中签约: the sides named before belong to the first signing
        verbs_before.append((vs, ve))
        if len(parties) == 1 and len(parties[0]) == 1 and clause_start > s.start and _PARTNER_ONLY.fullmatch(
            ctx.text, clause_start, vs
        ) and _SPEECH_END.search(ctx.text, s.start, clause_start - 1):
            # 哈马斯27日发表声明说，已经和以色列达成停火协议: the speaker is the other side
            said = ctx.clause_start(s, clause_start - 1)
            # (巴勒斯坦伊斯兰抵抗运动（哈马斯）: by the short name the story goes on to use)
            speaker = [short.group(1) if (short := _SHORT_AFTER.match(ctx.text, e.end)) else ctx.text[e.start : e.end]
                       for e in ctx.orgs_between(s, said, clause_start - 1)]
            if speaker and speaker[0] not in parties[0]:
                parties = [[speaker[0], parties[0][0]]]
        if len(parties) == 1 and len(parties[0]) == 1 and re.fullmatch("中[^中]", parties[0][0]):
            # 中法双方达成…: the lexicon's 中法 is a pair, China and the state it abbreviates
            if (pair := _abbreviated_pair(ctx, s, parties[0][0])) is not None:
                parties = [pair]
            elif (written := re.compile(re.escape(parties[0][0]) + "(?:双方|两国)").search(ctx.text, clause_start, vs)):
                parties = [[written.group()]]  # 中阿双方 (阿: 阿拉伯国家, no one state): the sides as written
        held = _HELD.search(ctx.text, clause_start, vs)
        ceremony = held if held is not None and _CEREMONY.match(ctx.text, ve) else None
        if ceremony is not None and title is None and kind is None:
            # A与B举行战略合作暨…版权合作签约活动: the parties hold it, its name says what they sign
            kinds = ctx.lexicon.trigger_list("agreement_kinds")
            named = ctx.text[ceremony.end() : vs]
            kind = next((k for k in sorted(kinds, key=len, reverse=True) if k in named), None)
            at = ceremony.start()
            if not ctx.text[clause_start:at].strip("了还也") and clause_start > s.start and ctx.text[clause_start - 1] == "，":
                at = clause_start - 1  # A还与B，举行了…签约仪式: the parties stand in the clause before
            parties = _parties(ctx, s, at)
            if not any(parties) and kind is not None and (named_at := ctx.text.find(kind, ceremony.end(), vs)) > ceremony.end():
                # 会上举行了江苏省政府与央企战略合作框架协议签约仪式: the sides stand after 举行, before what they
                # sign (not 中国与东盟自贸区升级议定书: a side read with the 与 still inside is no side)
                # (…与腾讯公司关于共建…产业基地的合作协议: the sides stand before the 关于 of its topic)
                about = ctx.text.find("关于", ceremony.end(), named_at)
                after = _without_held(_parties(ctx, s, about if about > 0 else named_at))
                if after and all(len(p) >= 2 and not any("与" in n for n in p) for p in after):
                    parties = after
            if kind is None and any(parties):
                kind = verb  # A与B举行意向展商集中签约仪式: a signing all the same, of no named kind
        clause_before = ctx.text[clause_start:vs]
        clause_after = ctx.text[ve : ctx.clause_end(s, ve)]
        signed_projects = None
        if not clause_before.strip("“‘ ") and _SIGNING_AS_TOPIC.match(clause_after):
            continue  # “签署互免签证协定是…重大事件”: the signing reported before, now the topic of a remark
        if _has_word(ctx, s, clause_start, vs, ("相信", "深信", "坚信")) and not ctx.text.startswith("了", ve) and not (
            ctx.text.startswith("的", ve) and verb.startswith("签")
        ):
            # 相信中毛签署共建“一带一路”合作规划，将深化…, 相信双方达成的共识将…: what a speaker expects of a
            # signing or a consensus, not one reported (but 相信双方今天签署的一系列合作文件将…: the documents
            # signed, described)
            continue
        if _has_word(ctx, s, clause_start, vs, _FUTURE) or _POSSIBLE.search(ctx.text, max(clause_start, vs - 20), vs):
            continue  # 期间将举办重点项目签约: a signing announced, not one that happened (not 虚拟现实…签署)
        unrealised = (*ctx.lexicon.trigger_list("condition_words"), *ctx.lexicon.trigger_list("negation_words"))
        # a wish or an aim governs the verb right after it (希望达成, 是否达成, 阻碍协议达成), not a signing
        # done that it names (希望双方落实好去年签署的…, 愿以两国签署自贸协定为契机)
        wished = (
            _has_word(ctx, s, max(clause_start, vs - 8), vs, tuple(ctx.lexicon.trigger_list("unrealised_words")))
            # (哈马斯…愿在以色列停止进攻…的情况下与以方达成…: a willingness governs its whole clause)
            or _has_word(ctx, s, clause_start, vs, ("愿", "愿意"))
            # (该组织对达成加沙地带停火协议持开放态度: an attitude to reaching one)
            or ctx.text.endswith("对", clause_start, vs)
            # (愿积极应对以达成停火协议, 旨在达成…: what an effort is for; not 得以续签: managed to)
            or (ctx.text.endswith(("以", "以期", "旨在", "为了", "以便"), clause_start, vs)
                and not ctx.text.endswith(("得以", "可以", "所以", "予以", "难以"), clause_start, vs))
        ) and not (ctx.text.startswith("的", ve) or OCCASION_FOR.search(clause_after))
        # 希望双方落实好去年签署的…战略规划, 各方应…执行…签署的黑海粮食运输协议: a signing done that a wish
        # or a call refers to, not one the story reports
        # (but 根据巴林与卡塔尔之间达成的协议 names the two sides of an agreement the story reports)
        recalled = ctx.text.startswith("的", ve) and _has_word(ctx, s, clause_start, vs, _CALLED_TO_KEEP) and (
            not _has_word(ctx, s, clause_start, vs, ("根据", "按照")) or _pair_reached(ctx, s, clause_start, vs) is None
        )
        urged_now = ctx.text.endswith(("呼吁", "敦促", "促请"), clause_start, vs) and not ctx.text.startswith("了", ve) and (
            "响应" not in ctx.text[clause_start:vs]
        )
        if urged_now or _URGED.search(ctx.text, s.start, vs) or _FIRST_TO.search(ctx.text, clause_start, vs) or _has_word(
            ctx, s, clause_start, vs, unrealised
        ) or wished or recalled or _SPOKEN_OF.match(clause_after):
            # 敦促美方尽快…达成协议: urged, not reached; 南非是第一个同中国签署…的非洲国家: a distinction;
            # 如果以色列和哈马斯…达成协议: a condition; 美国两党仍未就…达成协议: not reached; 哈马斯希望达成…: a wish;
            # 实现永久停火是达成协议的基础, 与哈马斯达成协议并不意味着…: a signing spoken of, not reported
            continue
        if title is None and (kind is None or clause_after.startswith(f"{kind}项目")) and verb in ("签约", "共签约") and (
            _PROJECT_BEFORE.search(clause_before) or "项目" in clause_after[:20]
        ):
            kind = "项目签约"
            projects = _PROJECTS.search(clause_before)
            # (并促成309个项目签约: what brought the signing about is no part of the projects, nor a signing
            # joined before them)
            # (并举行|百亿级…项目集中签约: the verb holding the signing is no part of the projects either)
            title = _HELD_OPENS.sub("", _PROJECTS_BROUGHT.sub("", projects.group("p"))) if projects else None
            if title is not None:
                title = _DESCRIBED_COUNT.sub("", title)  # (…等领域的20个…重点项目: from the count)
            signed_projects = _PROJECTS_AFTER.match(clause_after) if title is None else None
            if not parties:
                parties = [p] if (p := _place_parties(ctx, s, vs)) else []
            if not parties:
                # 九城市…相继签约: a group the article named before (G60科创走廊九城市)
                # (not the 三省 of 三省一区: a count that goes on)
                subject = _SIGNING_GROUP.match(clause_before)
                if subject:
                    parties = [[ctx.expand_anaphor(subject.group(0), vs)]]
        if title is None and kind is None and verb == "签约" and not clause_after.strip("了。") and any(
            len(p) >= 2 and sum(ctx.text.find(n, clause_start, vs) >= 0 for n in p) >= 2 for p in parties
        ):
            kind = verb  # 20家外国知名出版机构与中国外文局签约，共同翻译出版…: two named sides sign, of no named kind
        if title is None and kind is None and verb == "签约" and ctx.text.endswith("集中", clause_start, vs) and (
            not clause_after.strip("了。")
        ):
            kind = verb  # 18家民企与金融机构集中签约: a signing reported by its manner, its sides counted, not named
        if title is None and kind is None:
            continue
        named_at = ctx.text.find(f"《{title}》", ve, ctx.clause_end(s, ve)) if title else -1
        if title and named_at >= 0 and _ANNIVERSARY.match(ctx.text, named_at + len(title) + 2):
            continue  # 签署《联合国防治荒漠化公约》30年来: an anniversary of a signing, not one reported
        kind_at = ctx.text.find(kind, ve, ctx.clause_end(s, ve)) if kind else -1
        # (以两国签署共建“一带一路”合作规划为契机: the frame may name who signs between 以 and the verb)
        occasion = (((vs - 1, vs) in s.tokens and ctx.text.startswith("以", vs - 1)) or _FRAME_OPEN.search(clause_before)) and (
            OCCASION_FOR.search(ctx.text, ve, ctx.clause_end(s, ve))
        )
        if occasion or (kind and kind_at >= 0 and ctx.text.startswith(("共识", "成果"), kind_at + len(kind))):
            continue  # 以签署…为契机: an occasion named (not 得以签署); 达成更多合作共识, 达成一系列经贸合作成果:
            # a consensus or outcomes, not an agreement
        if not parties:
            # 签署A与B有关合作协议: the parties stand inside the object
            obj = re.match(r"[^，。；]{2,30}?(?=有关|关于|的|签署|合作)", ctx.text[ve : ctx.clause_end(s, ve)])
            if obj and re.search(r"与|和|同", obj.group(0)):
                inside = ctx.orgs_between(s, ve, ve + obj.end())
                if len(inside) >= 2:
                    parties = [[_party_name(ctx, e) for e in inside]]
                elif len(inside) == 1:
                    # 签署了中国全国人大与塔议会上院合作协议: one side recognised, the other named by its suffix
                    sides = [x for x in re.split(r"与|和|同", _FILLER.sub("", obj.group(0), count=1), maxsplit=1) if x]
                    suffixes = tuple(naming_suffixes(ctx))
                    if len(sides) == 2 and all(2 <= len(x) <= 16 for x in sides) and any(
                        x == _party_name(ctx, inside[0]) for x in sides
                    ) and all(x.endswith(suffixes) or x == _party_name(ctx, inside[0]) for x in sides):
                        parties = [sides]
        titled_sides = False
        if title:
            title_start = ctx.text.find(title, s.start)
            title_parties = [
                ctx.text[e.start : e.end] for e in s.of("ORG")
                if title_start <= e.start and e.end <= title_start + len(title)
            ]
            # 《A与B…备忘录》 names its parties (but 中国和阿根廷两国政府代表…签署《中华人民共和国政府与阿根廷共和国
            # 政府…》: the sides the clause names sign, as dev writes them; the title's names are the long forms)
            named_before = len(parties) == 1 and len(parties[0]) >= 2 and _PAIR_BEFORE.search(clause_before) is not None
            if len(title_parties) >= 2 and not named_before:
                parties = [title_parties]
                titled_sides = True
        if not parties and (dashed := _dashed_sides(ctx, s, clause_start, vs)) is not None:
            parties = [dashed]  # 中国－吉尔吉斯斯坦－乌兹别克斯坦铁路项目三国政府间协定签字仪式: the states its name joins
        if not parties:
            # (我们见证交换了…文件: who witnessed the exchange are the sides)
            # (——我们共同见证签署…: a bullet of a leader's statement)
            group = re.sub(
                r"(?:已|已经|正式|共同|还|将|再次|先后|此前|成功|顺利|见证了?)+$", "", _LEAD.sub("", clause_before.lstrip("—－ "))
            )
            group = _MEDIATED.sub("", group)
            witnessed = _WITNESSED_SIGNERS.match(group)
            if witnessed is not None and witnessed.group(1).startswith(_SIDES_OPENING) and not _SIGNED_WORDS.search(
                witnessed.group(1)
            ) and witnessed.group(1) not in _SIDES_OPENING:  # (见证了两国签署…: the sides the talks name, below)
                group = witnessed.group(1)  # 并见证了两国立法机构办公厅签署…: who signs follows who witnesses
            else:
                witnessed = None
            if (brings := _BRINGS_ABOUT.match(group)) and _NAMED_GROUP.fullmatch(group[brings.end() :]):
                group = group[brings.end() :]  # 促成中阿双方签订…: who is brought to sign are the sides
            group = re.sub(r"于?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?$", "", group)  # 俄白两国于1999年签署
            # 双方今天签署, 双方还将联合摄制…纪录片，并签署了…协议: the day is no part of the sides, and a clause that
            # goes on has the sides its sentence opens with, when the pair they refer to is found
            dayless = _DAY_AFTER_GROUP.sub("", group)
            opening = _GROUP_OPENS.match(ctx.text, s.start, ctx.clause_end(s, s.start)) if _CONTINUED.fullmatch(group) else None
            referred = opening.group(1) if opening is not None else dayless if dayless != group else None
            if referred is not None and (_talks_parties(ctx, s, vs, title) or _paired_sides(ctx, s, vs)) is not None:
                group = referred
            # 11日双方宣布签署…: the day and the announcing are not the group's name
            group = re.sub(r"(?:宣布|表示|同意)$", "", re.sub(r"^(?:\d{1,2}月)?\d{1,2}日", "", group))
            # 沙伊双方在北京签署, 京津冀三地在雄安新区共同签署: where the group signs is not part of it
            group = re.sub(r"(?<=双方|两国|[两三四五六七八九十\d][地方国省市])在[^，。；在]{1,10}$", "", group)
            # 巴勒斯坦14个派别高级别代表在北京, 苏丹冲突双方代表17日在沙特吉达再次: the group its representatives sign for
            # (两国领导人 stays: the talks' two states are read below)
            group = stripped if (stripped := _SIGNERS_FOR.sub("", group)) not in ("两国", "双方", "各方") else group
            group = _ATTENDING_GROUP.sub("", group)  # 与会的南美洲12国国家元首: who attend, not the group's name
            # (就促进中希两国文明交流互鉴等方面达成合作, 四方就…达成: the matter is no part of the sides)
            core = group.split("就", 1)[0]
            pair = _abbreviated_pair(ctx, s, core) if core else None
            if pair:
                parties = [pair]
            elif group in ("我们", "我们双方", "我们两国") and title and title.startswith("中华人民共和国") and (
                titled_we := _title_states(ctx, s, title)
            ) is not None:
                parties = [titled_we]  # 我们还共同签署并发表《中华人民共和国和俄罗斯联邦…联合声明》: as the title names them
            elif group in ("我们", "我们双方", "我们两国") and (we := _we_pair(ctx, s) or (
                _summit_states(ctx, s) if group == "我们" else None
            ) or _talks_pair(ctx, s)) is not None:
                parties = [we]  # 我们共同签署了联合声明，宣布建立新时代中塔…: the pair the sentence names
            elif (group in ("两国", "双方") or _LEADER_AND_I.fullmatch(group)) and (
                states := _talks_parties(ctx, s, vs, title) or (_paired_sides(ctx, s, vs) if group in ("两国", "双方") else None)
            ) is not None:
                parties = [states]  # 两国还签署了…协议, 我同托卡耶夫总统共同签署…: the two states of the talks
            elif (listed_sides := _listed_sides_before(ctx, s, clause_start, core)) is not None:
                parties = [listed_sides]  # 卡塔尔、以色列、美国和埃及四方…，四方就…达成: the sides listed before
            elif group in ("两国", "双方") and (named_group := _named_group_before(ctx, s, clause_start)) is not None:
                parties = [[named_group]]  # 苏丹冲突双方…举行对话，11日双方宣布签署…: the group named before
            elif _PLACES_GROUP_BODIES.fullmatch(group) or (witnessed is not None and group not in ("两国", "双方")):
                parties = [[group]]  # 京津冀鲁苏五省市人社部门共同签署…, 两国立法机构办公厅: the bodies, as written
            elif (
                (_NAMED_GROUP.fullmatch(group) or (is_group(group) and _PLACES_GROUP.fullmatch(group)))
                and not _BELIEVED.match(group) and not _opens_with_verb(ctx, s, clause_start + clause_before.find(group))
            ):
                parties = [[group]]  # 三地已签署…, 京津冀三地…签署, 苏丹冲突双方签署: the sides the article names as a group
                # (not 促成中阿双方签署: who brings the signing about)
            elif (counted_sides := _COUNTED_SIDES_GROUP.fullmatch(group)) and not _opens_with_verb(
                ctx, s, clause_start + clause_before.find(group)
            ) and (not counted_sides.group("home") or counted_sides.group("home") in ctx.lexicon.trigger_list("home_side_words")):
                # 巴勒斯坦14个派别, 南美洲12国, 首批18个成员国: all who sign (习近平同中亚五国元首: China with them)
                signers = counted_sides.group("group")
                parties = [["中国", signers] if counted_sides.group("home") else [signers]]
            elif (
                (counted := _PLACE_GROUP.fullmatch(group)) is not None
                and _plausible_party(ctx, group[counted.start("n") :])
                and any(e.start == clause_start + clause_before.find(group) for e in s.of("GPE"))
            ):
                parties = [[group]]  # 长三角地区九个城市共同达成…: a counted group of a place
        if (became := _BECAME_ANOTHER.search(ctx.text, s.start, vs)) is not None and (
            not parties or parties == [[became.group("y")]] or parties == [["中国"]]
        ):
            # 中方欢迎瑙鲁成为又一个同中国签署…合作文件的国家: the newcomer signs with the state named
            newcomer = _LEAD_SPEAKER.sub("", became.group("x"))
            if 2 <= len(newcomer) <= 10:
                parties = [[became.group("y"), newcomer]]
        if (not parties or (len(parties) == 1 and len(parties[0]) == 1)) and (
            reached := _pair_reached(ctx, s, clause_start, vs)
        ) is not None and (not parties or parties[0][0] in reached):
            parties = [reached]  # 根据巴林与卡塔尔之间达成的协议: two named sides, whatever the clause says of them
        if not parties and (chained := _chained_sides(ctx, s, clause_start, clause_before)) is not None:
            parties = [chained]  # 中国同哈萨克斯坦发表了联合声明，签署了多份合作协议: the first clause's sides sign
        if not parties and signed_by and clause_start > s.start and _CHAIN_ADVERBS.fullmatch(clause_before):
            parties = [list(p) for p in signed_by]  # 中国与中亚国家签署了…文件，…，签订了投资保护协定: who signed before
        if (partner := _partner_in_object(ctx, s, ve)) is not None:
            # 我国签署了与洪都拉斯的自贸协定: the partner named in the object, the subject the other side
            if len(parties) == 1 and len(parties[0]) == 1 and parties[0][0] != partner:
                parties = [[parties[0][0], partner]]
            elif not parties and (home_side := _HOME.fullmatch(_CHAIN_ADVERBS.sub("", _LEAD.sub("", clause_before)))) is not None:
                parties = [[home_side.group(0), partner]]
            elif not parties and clause_start > s.start and _CHAIN_ADVERBS.fullmatch(clause_before) and (
                sentence_subject := _home_or_subject(ctx, s, clause_start)
            ) is not None and sentence_subject != partner:
                parties = [[sentence_subject, partner]]  # 我国推动实施了…，签署了与洪都拉斯的…: the sentence's subject signs
        if not parties and (signers := _named_signers(ctx, s, clause_start, vs)) is not None:
            parties = [signers]  # 普京和金正恩今天在平壤签署…, 俄罗斯外长拉夫罗夫与…伊朗外长…签署: the signers as named
            if (joint_body := _PAIR_BODY_OBJECT.match(ctx.text, ve)) is not None and (
                pair := _abbreviated_pair(ctx, s, joint_body.group("pair") + "双方")
            ) is not None:
                parties = [pair]  # 李强同穆罕默德共同签署中沙高委会第四次会议纪要: the two states of the joint body
        if not any(parties) and title is None and "见证" in ctx.text[clause_start:vs] and not ctx.text.startswith("的", ve) and (
            states := _talks_parties(ctx, s, vs, as_titled=False)
        ) is not None:
            # 习近平和通伦共同签署了《中国共产党和老挝人民革命党…》，共同见证签署…多项双边合作文件: the leaders
            # witness documents of their states, whoever signed the clause before
            parties = [states]
        talked_of = re.search(r"两国|双方", ctx.text[s.start : vs] + clause_after[:6]) or witnessed or _leaders_witness(
            ctx, clause_before
        )
        if not parties and talked_of and (states := _talks_parties(ctx, s, vs, title)) is not None:
            parties = [states]  # 会谈后，两国元首共同见证签署…合作文件: the two states of the talks the story reports
        jointly_titled: list[str] | None = None  # a joint statement's sides, as its title writes them
        if title and title.startswith("中华人民共和国") and (not parties or _jointly_issued(ctx, title)) and (
            titled := _title_states(ctx, s, title)
        ) is not None:
            # 我们…共同签署了《中华人民共和国和哈萨克斯坦共和国联合声明》: the title names both sides; a joint
            # statement's or communiqué's title names them even when the clause does (中国与洪都拉斯两国外长…签署
            # 《中华人民共和国和洪都拉斯共和国…联合公报》, as dev and the audits write them), for it alone: the other
            # documents of the clause keep the sides the clause names
            if parties:
                jointly_titled = titled
            else:
                parties = [titled]
        if not parties and title:
            # a lone name the title opens with, when nothing else names a party: 《上海合作组织成员国元首理事会
            # 阿斯塔纳宣言》 (not 《〈联合国海洋法公约〉下…协定》, no UN's)
            title_start = ctx.text.find(title, s.start)
            opener = [
                ctx.text[e.start : e.end] for e in s.of("ORG") if e.start == title_start and e.end <= title_start + len(title)
            ]
            parties = [opener] if opener else []
        if not parties and (joined := _BECAME_SIGNATORIES.match(ctx.text, ve, s.end)) is not None and not (
            _NOT_JOINED.search(joined.group("who"))
        ):  # (not 美国拒绝成为…缔约国, 多个国家有望成为…, 此举使中国成为…: refused, hoped for, or the cause told)
            # 《…公约》今天在京签约，中国、沙特等15个国家和地区成为公约的首批签约方: who joined, as a
            # counted group where the sentence counts them
            parties = [[joined.group("group") or joined.group("who")]]
        if not parties or (kind in _DECREES and title is None):
            # signed, but by parties the article does not name: the signing still happened (a decree,
            # 签署第二十五号主席令, is signed by one hand: a signing, but no agreement)
            parties = [[]]
        # (签署国务院令，公布《…条例》，自2024年10月1日起施行: the day it takes effect is not the signing's)
        date = ctx.event_date(s, skip=lambda e: _IN_FORCE_AFTER.match(ctx.text, e.end) is not None)
        objects = [(title, kind), *_titles_joined_after(ctx, s, ve, title)]
        extra = _second_object(ctx, s, ve, title)
        if extra:
            objects.append(extra)
        phrase = _object_phrase(ctx, s, ve, title, kind) or witnessed_object
        named_in_list = _named_before_kind(ctx, s, ve, title, kind)
        if title is None and "劳动合同" in f"{phrase or ''}{kind or ''}{ctx.text[ve : ve + 12]}":
            continue  # 签订1年以上劳动合同的…, 签订劳动合同3年以上: a condition workers meet, no agreement reported
        if title is None and (kind or phrase or "").endswith(_ONE_SIDED):
            continue  # 约200位德国各界人士签署倡议书: a petition its signers address to others, no agreement between them
        if phrase is None and title is None and kind is not None and not named_after and parties == [[]]:
            # 长三角区域市场一体化商务发展合作协议今天在京签署: what is signed, named before the verb
            signed_span = subject_phrase(ctx, s, clause_start, vs, [kind])
            # (not 发言人表示协议…签署: who speaks stands before what is signed)
            phrase = ctx.text[signed_span[0] : signed_span[1]] if signed_span and signed_span[1] - signed_span[0] <= 30 else None
            # (not 现场12个合作项目签约: projects counted, no one agreement named)
            phrase = None if phrase is None or _SPEECH_INSIDE.search(phrase) or _COUNT_INSIDE.search(phrase) else phrase
        if phrase is None and kind == "项目签约" and signed_projects is not None:
            phrase = signed_projects.group(1)  # 签约各类投资项目638个: the projects as the sentence words them
        recognised = {ctx.text[e.start : e.end] for e in s.entities if e.label in ("ORG", "GPE")}
        named_pair = _PAIR_BEFORE.search(clause_before) is not None and any(
            len(p) >= 2 and all(name in recognised for name in p) for p in parties
        )
        own = named_pair or re.search("见证|此次|本次|这次|双方|两国", clause_before) is not None
        if ctx.text.startswith("的", ve) and title is None and not own:
            # 领导人达成的共识, 对外签署的自贸协定由10个增加到22个: what was signed before, referred to
            # (此次签署的《…备忘录》, 见证了…签署的…文件, 中厄双方达成的重要共识: the parties' own agreement;
            # 苏丹武装部队与快速支援部队达成的临时停火协议到期后: an agreement of two named parties, reached before)
            continue
        # …达成的停火协议到期后，11日…: an agreement referred to, not a signing of the day
        # (冲突双方对之前达成的《吉达声明》的承诺: an agreement reached before, whoever reached it)
        # (双方签订的合同年底就要到期, 1974年签署的《部队脱离接触协议》仍然有效: an agreement whose term the
        # story tells)
        referred = ctx.text.startswith("的", ve) and (
            # (违反1974年叙以双方达成的《部队脱离接触协议》: dated to a year before the story's)
            ctx.dated_before_this_year(s, clause_start, vs)
            or (named_pair and not _day_between(s, clause_start, vs) and _THIS_TIME.search(clause_before) is None)
            or _REACHED_EARLIER.search(clause_before) is not None
            or (_TERM_TOLD.search(clause_after) is not None and not _day_between(s, clause_start, vs))
        )
        if referred:
            date = None
        # 已签约北京项目465个, 截至…, 曾多次达成: a tally of agreements in force, kept as agreements but
        # not a signing this story reports. 已 counts unless the clause dates the signing to a day
        # (双方已于今天签署… is news); a named one (三地已签署《…》) is a signing all the same.
        # 截至 and 累计 reach over the clauses after them (截至目前，…签约合作8.7万对) unless a day is named
        # between them and the signing (今年累计引进项目50个，今天上午…签署…); 多次 does not reach
        # (双方经过多次磋商，今天签署…)
        since_end = max((b for a, b in s.tokens if s.start <= a and b <= vs and ctx.text[a:b] in _SINCE), default=None)
        if since_end is not None:  # 截至1月30日: the total's own date is no news of the day
            since_end = next((d.end for d in s.of("DATE") if d.start == since_end), since_end)
        tally = _has_word(ctx, s, clause_start, vs, _TALLY) or (since_end is not None and not _day_between(s, since_end, vs)) or (
            _has_word(ctx, s, clause_start, vs, ("已", "已经")) and not _day_between(s, clause_start, vs)
        )
        # 与29个国家和地区签署22个自贸协定, 52个非洲国家…同中国签署了…: agreements with tens of
        # countries are a tally, however the clause is worded
        tally = tally or _MANY_COUNTRIES.search(ctx.text, clause_start, vs) is not None
        # 50年来，…双方先后达成4个政治文件: one after another over a period the sentence names before, a
        # record (not 建交50年来友好关系不断深化，此次访问期间，双方先后签署…: a frame of this visit after it)
        since = LOOKED_BACK.search(ctx.text, s.start, vs) if _has_word(ctx, s, clause_start, vs, ("先后",)) else None
        # (近年来，两国人文合作方兴未艾，…，互设文化中心协定签署，…: the achievements of a period the sentence
        # opens with, each clause one of them)
        since = since or ctx.period_opening(s)
        tally = tally or (since is not None and CURRENT_FRAME.search(ctx.text, since.end(), vs) is None)
        # 2019年签署…行动计划以来: the signing dates a period the story is about, not news of the day
        standing = (title is None and tally) or referred or _SINCE_SIGNED.match(clause_after) is not None
        # 中方欢迎瑙鲁成为又一个同中国签署…合作文件的国家: the newcomer's status, the signing told elsewhere
        standing = standing or _BECAME_ANOTHER.search(ctx.text, s.start, vs) is not None
        if len(parties) == 1 and parties[0] and "中国" not in parties[0] and (
            (with_me := _I_WITNESS_WITH.search(clause_before)) is not None
        ) and all(p in with_me.group("others") for p in parties[0]):
            # 我还同坦桑尼亚和赞比亚两国元首共同见证…协议的签署: the speaker's state witnesses with them (a
            # Chinese leader's words, as the news quotes them)
            parties = [["中国", *parties[0]]]
        if verb == "发表":
            if title is not None and title.startswith(_CHINA_TITLE):
                # 中国—东盟领导人会议发表《中国—东盟关于…的联合声明》: China is the other side the title names
                parties = [p if len(p) != 1 or p[0] in _CHINA else ["中国", p[0]] for p in parties]
            if (title is None and not _sides_issuing(ctx, s, clause_before)) or any(
                len(p) == 1 and not _SIDES_WORD.search(p[0]) for p in parties
            ) or (title is None and all(p in (["双方"], ["两国"], ["各方"]) for p in parties)):
                # 以色列国家安全总局和以色列国防军发表联合声明: a statement to the press, not two sides' agreement;
                # 七国集团峰会发表《…联合公报》: one bloc's text, no second side; 双方发表联合声明 with no states
                # named for the sides: no parties to report (the release rule reports the statement)
                continue
        if any(parties):
            signed_by = parties
        # 两国元首共同见证签署《中华人民共和国政府和秘鲁共和国政府…共同行动计划》以及…多项双边合作文件:
        # the title's governments sign the titled plan; the other documents witnessed are the two states'
        # (两国…签署《中华人民共和国和科威特国…》: the title's names in full, read through 两国)
        formal_sides = any(p[:1] in (["中华人民共和国"], ["中华人民共和国政府"]) for p in parties)
        witnessed_too = (titled_sides or formal_sides) and len(objects) > 1 and "见证" in ctx.text[clause_start:vs]
        states = _talks_parties(ctx, s, vs, title, as_titled=False) if witnessed_too else None
        # 集安组织成员国签署一系列文件: the member states sign, as the clause writes them, not the bloc
        members = ctx.text[clause_start:vs]
        parties = [[p + "成员国" if f"{p}成员国" in members else p for p in party_list] for party_list in parties]
        for party_list in parties:
            for obj_title, obj_kind in objects:
                sides = states if states is not None and obj_title is None else party_list
                if jointly_titled is not None and obj_title == title:
                    sides = jointly_titled
                yield {
                    "parties": _as_written(ctx, sides),
                    "title": obj_title,
                    "kind": obj_kind,
                    "object": phrase if obj_title == title and obj_kind == kind else None,
                    "listed": named_in_list if obj_title == title and obj_kind == kind else [],
                    "verb": verb,
                    "date": date,
                    "trigger": (vs, ve),
                    "standing": standing,
                    # (双方发表《…联合声明》: reached by issuing it, an event of release, not of signing)
                    "issued": verb == "发表",
                }


# the two sides that issue an untitled joint statement (中俄发表联合声明, 中新双方发表关于…的联合声明)
def _sides_issuing(ctx: ArticleContext, s: SentenceView, clause_before: str) -> bool:
    """中俄发表…, 中俄两国今天在北京发表…, 双方发表…: two sides are the subject of an untitled joint
    statement, 双方/两国 or 中 and a state's initial opening it, with only time, place and adverbs after
    (not 预防中心, 中东和平四方, 中国人民银行和欧洲央行)."""
    m = _SIDES_ISSUING.search(clause_before)
    if m is None:
        return False
    initial = m.group("initial")
    return initial is None or (f"中{initial}" not in _NOT_PAIRS and _country_of_initial(ctx, s, initial) is not None)


_SIDES_ISSUING = re.compile(
    r"(?:双方|两国|(?<![\u4e00-\u9fff])中(?P<initial>[^中\W\d])(?:两国|双方)?)"
    r"(?:共同|还|也|并|同时|今天|昨天|当天|日前|近日|在[^，。；和与同]{1,10})*$"
)
# words opening with 中 that pair no state with China (the Middle East, Central Asia, the centre …)
_NOT_PAIRS = frozenset({"中东", "中亚", "中央", "中心", "中国", "中方", "中部", "中期", "中间", "中华"})
_CHINA_TITLE = ("中国—", "中国－", "中国-", "中国与", "中国和")
_SIDES_WORD = re.compile(r"双方|两国|三方|各方")
# (签署并发表, 签署并共同发表, 签订、发表: the statement signed, read by the signing verb; not 签署和平协议后…)
_SIGNED_TOO = re.compile(r"(?:签署|签订)[并和、](?:共同)?$")
_PAIR_BEFORE = re.compile(r"(?:与|同|和)[^，。；与同和]{2,20}$")  # A与B|达成的…: both sides named before the verb
_SINCE_SIGNED = re.compile(r"[^，。；]{0,40}?以来(?=[，。；]|$)")  # (not 建交以来首份…协定, 有史以来最大的…)
_SIGNATORIES = re.compile(r"(?:两国|双方)?(?:代表|外长|领导人|元首|总理|总统)$")
_MANY_COUNTRIES = re.compile(r"\d{2,}多?个(?:[\u4e00-\u9fff]{1,4})?(?:国家|经济体|建交国)")
_TERM_TOLD = re.compile(r"到期|期满|届满|失效|(?:仍然|依然|继续|依旧)有效")
_THIS_TIME = re.compile("|".join(THIS_OCCASION))
_REACHED_EARLIER = re.compile(r"(?:之前|此前|早前|先前|以前|曾经?)(?:已经?|曾)?$")
_SIGNING_GROUP = re.compile(r"(?:[两三四五六七八九十]|\d{1,2})(?:城市|个城市|地|方|省|市|国)(?![一二两三四五六七八九十\d])")
_NAMED_GROUP = re.compile(
    r"(?:[两三四五六七八九十]|\d{1,2})(?:省区市|省市|省区|地|方|国|省|市)|[\u4e00-\u9fff]{0,5}(?:双方|两国|各方)"
)
_GROUP_END = re.compile(f"(?:{_NAMED_GROUP.pattern})$")


def is_group(party: str) -> bool:
    """三地, 中沙伊三方, 沙伊双方: a party that names a group, not its members."""
    return _GROUP_END.search(party) is not None


_ZONE_END = re.compile(r"(?:新区|片区|自贸区|开发区|高新区|园区|合作区|示范区|[省市县州国])$")
_PLACE_GROUP = re.compile(rf"[^\W与和同已并]{{2,6}}?(?P<n>{_COUNT}[\u4e00-\u9fff]{{2,6}})")
_CALLED_TO_KEEP = ("希望", "愿", "愿同", "应", "应当", "落实", "执行", "遵守", "根据", "按照")
_BELIEVED = re.compile(r"相信|认为|希望|期待|表示|指出|强调")  # 相信双方达成的共识: the speaker is no party
# 中厄双方, 中新两国, and in headlines 中新|签署, 哈中|签署: China and one country by its initial
# (other states by their initials, 伊叙两国: _INITIALS_GROUP)
_PAIR = re.compile(r"(?:中(?P<initial>[\u4e00-\u9fff])(?:双方|两国)|中(?P<after>[^中\W\d])$|(?P<before>[^中\W\d])中$)")


# what two leaders sign for a joint body of their states (中沙高委会, 中哈合作委员会, 中俄总理定期会晤委员会)
_PAIR_BODY_OBJECT = re.compile(r"了?《?(?P<pair>中[\u4e00-\u9fff])(?:高委会|[\u4e00-\u9fff]{0,8}?委员会)")


def _abbreviated_pair(ctx: ArticleContext, s: SentenceView, group: str) -> list[str] | None:
    """中厄双方: China and the country of the story whose name starts with 厄 (厄立特里亚); 伊叙两国, 中沙伊三方:
    each initial the country of the story it starts (伊朗, 叙利亚), or None unless every initial is one."""
    m = _PAIR.search(group)
    if m is None:
        joined = _INITIALS_GROUP.fullmatch(group)
        if joined is None:
            return None
        states = [_country_of_initial(ctx, s, initial) for initial in joined.group("initials")]
        return [state for state in states if state] if all(states) and len(set(states)) == len(states) else None
    state = _country_of_initial(ctx, s, m.group("initial") or m.group("after") or m.group("before"))
    return ["中国", state] if state is not None else None


def _country_of_initial(ctx: ArticleContext, s: SentenceView, initial: str) -> str | None:
    """The country of the story's section whose name starts with ``initial``, else the only such country."""
    if initial == "中":
        return "中国"
    section = ctx.section(s)
    names = [ctx.text[e.start : e.end] for view in ctx.sentences if ctx.section(view) == section for e in view.of("GPE")
             if ctx.text.startswith(initial, e.start) and e.attrs.get("kind") == "country"
             and ctx.text[e.start : e.end] not in _CHINA]
    if names:
        # the first state named, in the form the story writes it most (沙特 five times, 沙特阿拉伯 once)
        forms = Counter(n for n in names if _same_state(n, names[0]))
        return max(forms, key=lambda n: (forms[n], -names.index(n)))
    # (中哈成功签署…, the story naming no state: the only country with that initial)
    return _only_country(ctx, initial)


def _same_state(a: str, b: str) -> bool:
    """沙特 and 沙特阿拉伯: one state's short and full names (not 印度 and 印度尼西亚, two states)."""
    short, long = sorted((a, b), key=len)
    return short == long or (long.startswith(short) and long[len(short) :] in _STATE_TAILS)


_STATE_TAILS = ("阿拉伯", "联邦", "共和国", "王国", "合众国")
# 伊叙两国, 中沙伊三方: states written by their initials before the word that counts them
_INITIALS_GROUP = re.compile(r"(?P<initials>[^\W\d]{2}(?=双方|两国)|[^\W\d]{3}(?=三方|三国))(?:双方|两国|三方|三国)")


_LIST_COUNT = re.compile(r"^(?:多?领域)?(?:(?:多|\d+|[一二三四五六七八九十两]+)[多余]?[项份个])?")


# before a 的 that describes what was signed by its size or term, not its content (为期7天的, 价值超过700亿元的)
_VALUE_BEFORE = re.compile(r"\d|为期|价值|总额|金额|涉及|包括|[一二两三四五六七八九十百千万亿]+[项份个]")


def _object_phrase(ctx: ArticleContext, s: SentenceView, verb_end: int, title: str | None, kind: str | None) -> str | None:
    """What was signed as the sentence words it, from after the verb to the kind's end:
    签署为期7天的人道主义停火协议 → 人道主义停火协议, 签署航天领域合作文件 → 航天领域合作文件."""
    if title is not None or kind is None:
        return None
    pos = _past_filler(ctx, s, verb_end)
    end = ctx.text.find(kind, pos, ctx.clause_end(s, pos))
    if end < 0:
        return None
    phrase = ctx.text[pos : end + len(kind)]
    cut = phrase.rfind("的") + 1
    if phrase[cut:] == kind and cut > 1 and not _VALUE_BEFORE.search(phrase[: cut - 1]):
        cut = 0  # 签署互免持普通护照人员签证的协定: the bare kind alone would name nothing (not 为期7天的)
    phrase, pos = phrase[cut:], pos + cut
    listed = max((i for i in range(len(phrase)) if phrase[i] == "等" and pos + i in s.word_starts), default=-1)
    if listed >= 0:  # 共建“一带一路”等多项双边合作文件: the kind the list sums up (not the 等 of 高等教育)
        phrase = _LIST_COUNT.sub("", phrase[listed + 1 :], count=1).removeprefix("的")  # (…等领域的合作文件)
    opened = phrase.find("《")
    if opened >= 0 and "》" not in phrase[opened:]:
        # 签订新一轮《黄河流域（豫鲁段）横向生态保护补偿协议》: the kind ends inside a title, which names it
        close = ctx.text.find("》", pos + opened, ctx.clause_end(s, pos))
        return ctx.text[pos + opened + 1 : close] if close > 0 and 2 <= close - pos - opened - 1 <= 60 else None
    # (社保卡居民服务“一卡通”合作框架协议: a quoted word inside the name, but not a quote or title cut open)
    # (but 海关数据交换合作协议: 交换 inside a name exchanges data, it signs nothing)
    if find_words(phrase, 0, len(phrase), [v for v in ctx.lexicon.trigger_list("signing_verbs") if v != "交换"]):
        return None  # 签署和达成了多项合作文件, 签约活动达成600多项合作意向: another verb, then what it reaches
    if "、" in phrase or any(phrase.count(o) != phrase.count(c) for o, c in (("“", "”"), ("《", "》"))) or (
        (phrase.startswith("“") and not _QUOTED_MODIFIER.match(phrase)) or not 2 <= len(phrase) <= 30
    ):  # (签署“品牌强国工程”战略合作协议: a quoted word before the kind names it)
        return None
    return phrase


def _named_before_kind(ctx: ArticleContext, s: SentenceView, verb_end: int, title: str | None,
                       kind: str | None) -> list[str]:
    """签署经济技术合作协定等双边合作文件: the agreements named before the 等 of the kind that sums them
    up (dev names the signing by that kind, audit annotators by the first agreement named)."""
    if title is not None or kind is None:
        return []
    pos = _past_filler(ctx, s, verb_end)
    clause_end = ctx.clause_end(s, pos)
    # (the 等 the kind follows: 投资合作协议、经济技术合作协定等合作协议 holds the kind in an item too)
    listed = next((i for i in range(pos, clause_end) if ctx.text[i] == "等" and i in s.word_starts
                   and 0 <= ctx.text.find(kind, i, clause_end) <= i + _SUMMED_KIND_WITHIN), -1)
    if listed < 0:
        return []
    # (经贸合作、科技创新合作等领域: fields of cooperation, not texts signed; items joined by 、 only, as
    # 中华人民共和国政府和巴西联邦共和国政府经济合作协定 names its two sides with 和)
    kinds = tuple(k for k in ctx.lexicon.trigger_list("agreement_kinds") if k not in _FIELD_KINDS)
    items = ctx.text[pos:listed].split("、")
    return [i for i in items if 4 <= len(i) <= 30 and i.endswith(kinds) and not re.search("[“”《》]", i)]


_SUMMED_KIND_WITHIN = 12
_FIELD_KINDS = frozenset({"合作", "战略合作", "文件", "合作文件", "合作文本", "合作项目", "项目签约", "合作意向", "订单"})


_QUOTED_MODIFIER = re.compile(r"“[^“”]{2,16}”[^“”]{2,}$")


def _jointly_issued(ctx: ArticleContext, title: str) -> bool:
    """The title is a joint statement's or communiqué's (…联合声明, …联合声明（2024－2028年）), not a
    document that names one inside it (…关于落实〈…联合声明〉的行动计划)."""
    return _TRAILING_ASIDE.sub("", title).endswith(tuple(ctx.lexicon.trigger_list("issued_jointly_kinds")))


_TRAILING_ASIDE = re.compile(r"[（(][^（）()]*[）)]$")


def _talks_parties(
    ctx: ArticleContext, s: SentenceView, before: int, title: str | None = None, *, as_titled: bool = True
) -> list[str] | None:
    """The two states of the talks a 两国/双方 (or 我们, 我同…总统) signing follows: China and the
    state the agreement's own title names (《中秘自贸协定升级议定书》, 《中华人民共和国和哈萨克斯坦
    共和国联合声明》); those of two leaders who meet (伊朗总统莱希…与…白俄罗斯总统卢卡申科举行会谈，
    双方签署了…); else China and the partner of the story's talks."""
    if title and (named := _title_states(ctx, s, title, as_titled=as_titled)) is not None:
        return named
    if (states := _talks_states(ctx, s, before)) is not None:
        return states
    partner = _talks_partner(ctx, s)
    return ["中国", partner] if partner is not None else None


def _title_states(ctx: ArticleContext, s: SentenceView, title: str, *, as_titled: bool = True) -> list[str] | None:
    """China and the state a title names first after it: 中秘… by the state's initial (as the story
    names it), 中华人民共和国和哈萨克斯坦共和国… in full (``as_titled``: for the titled agreement, as
    the title writes them; else by their short names, for the untitled documents signed with it)."""
    full = re.match(r"中华人民共和国(政府)?(?:和|与|同)", title)
    if full is not None:
        states = [p for p, kind in ctx.lexicon.places.items() if kind == "country" and title.startswith(p, full.end())]
        if not states:
            # 《中华人民共和国和吉尔吉斯共和国…》: a formal name the short one (吉尔吉斯斯坦) does not open; the
            # titled agreement takes it as written, the documents signed with it the talks' states
            unlisted = _UNLISTED_FORMAL.match(title, full.end())
            if unlisted is None or not as_titled:
                return None
            government = "政府" if full.group(1) else ""
            return ["中华人民共和国" + government, unlisted.group(0) + government]
        state = max(states, key=len)
        # the parties as the title writes them: 中华人民共和国 and 哈萨克斯坦共和国, 巴西联邦共和国政府
        formal = _FORMAL_NAME.match(title, full.end() + len(state))
        government = "政府" if full.group(1) else ""
        if not as_titled or formal is None or (government and not title.startswith(government, formal.end())):
            return ["中国", state]
        return ["中华人民共和国" + government, state + formal.group(0) + government]
    initial = _CHINA_AND.match(title)
    return _abbreviated_pair(ctx, s, f"中{initial.group(1)}双方") if initial is not None else None


# (…和俄罗斯联邦在两国建交75周年之际关于…的联合声明: the occasion may stand before 关于)
_UNLISTED_FORMAL = re.compile(
    r"[^\W和与同关的]{2,10}?(?:共和国|王国|合众国|联邦|酋长国|苏丹国|公国)(?=政府|关于|联合|的|双边|在)"
)
# what follows a state's short name in its formal one, up to where the title goes on
_FORMAL_NAME = re.compile(
    r"[^\W和与同关的]{0,8}?(?:共和国|王国|合众国|联邦|酋长国|苏丹国|公国|国)(?=政府|关于|联合|的|双边|在|$)|(?=政府|关于|联合|双边)"
)
# 我同托卡耶夫总统共同签署了…: the leader speaking and the one met
_WITNESSED_SIGNERS = re.compile(r"[^，。；]*?见证了?([^，。；]{2,20})$")
_SIDES_OPENING = ("两国", "双方", "各方", "三方", "两地", "三地")
_SIGNED_WORDS = re.compile(r"文件|协议|协定|备忘录|合作")  # (见证了多项两国政府间…合作文件签署: what is signed)
_I_WITNESS_WITH = re.compile(r"我(?:还|也)?(?:同|与|和)(?P<others>[^，。；我]{2,30}?)(?:两国|三国|各国)?元首(?:共同)?见证")
_LEADER_AND_I = re.compile(r"我(?:同|和|与)[^，。；我]{1,12}?" + _HEAD_OF_STATE_WORDS + r"(?:先生|阁下)?")


def _listed_sides_before(ctx: ArticleContext, s: SentenceView, before: int, group: str) -> list[str] | None:
    """The sides a counted group (四方, 三国) refers back to when its sentence listed them before with
    the same count (卡塔尔、以色列、美国和埃及四方在巴黎的谈判…，四方就…达成…协议)."""
    if len(group) != 2 or group[1] not in "方国" or (count := 2 if group[0] == "双" else parse_small_int(group[0])) is None:
        return None
    sides = sorted((e for e in s.entities if s.start <= e.start and e.end <= before and _signing_side(ctx, e)),
                   key=lambda e: e.start)
    at = ctx.text.find(group, s.start, before)
    while at >= 0:
        listed = [e for e in sides if e.end <= at]
        run: list[Entity] = []
        end = at
        for e in reversed(listed):
            if e.end != end:
                break
            run.insert(0, e)
            end = e.start - 1
            if e.start == s.start or ctx.text[e.start - 1] not in "、和与及":
                break
        if len(run) == count:
            return [ctx.text[e.start : e.end] for e in run]
        at = ctx.text.find(group, at + len(group), before)
    return None


def _dashed_sides(ctx: ArticleContext, s: SentenceView, start: int, end: int) -> list[str] | None:
    """The sides a signed thing's name opens with, joined by dashes (中国－吉尔吉斯斯坦－乌兹别克斯坦
    铁路项目三国政府间协定): two or more, and as many as a count of states after them says (三国)."""
    sides = sorted((e for e in s.entities if start <= e.start and e.end <= end and _signing_side(ctx, e)), key=lambda e: e.start)
    if not sides or sides[0].start != start:
        return None
    run = [sides[0]]
    for e in sides[1:]:
        if e.start != run[-1].end + 1 or ctx.text[run[-1].end] not in "－—-":
            break
        run.append(e)
    count = _STATES_COUNT.search(ctx.text, run[-1].end, end)
    if len(run) < 2 or (count is not None and parse_small_int(count.group(1)) != len(run)):
        return None
    return [ctx.text[e.start : e.end] for e in run]


_STATES_COUNT = re.compile(r"([两二三四五六七八九十])(?:国|方)")


def _named_group_before(ctx: ArticleContext, s: SentenceView, before: int) -> str | None:
    """The sides a bare 双方 refers back to when its sentence named them as a group before
    (苏丹冲突双方, 中美双方; not a bare 双方 again)."""
    found = [m for m in _SIDES_NAMED.finditer(ctx.text, s.start, before)
             if not _opens_with_verb(ctx, s, m.start()) and ctx.text[m.start() : m.start() + 2] not in ("此次", "本次", "会谈")]
    return found[-1].group(0) if found else None


_ONE_SIDED = ("倡议书", "请愿书", "联名信", "公开信", "请愿")  # what many sign to address others, not with each other
_ATTENDING_GROUP = re.compile(r"^(?:与会|参会|出席会议)的?(?=[^\W\d]{0,10}?(?:\d{1,3}|[两三四五六七八九十]+)个?国)")
_SIDES_NAMED = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}(?:双方|两国)")
_PLACES_GROUP_BODIES = re.compile(
    r"[\u4e00-\u9fff]{2,6}?[两三四五六七八九十](?:省区市|省市|省区|省份|地|省|市|国)[\u4e00-\u9fff]{0,4}?" + _BODY_KINDS
)
_SIGNERS_FOR = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:高级别)?(?:代表|国家元首和政府首脑|元首|领导人|外长)(?:(?:及|和)(?:代表|外长|部长))?(?:\d{1,2}日)?(?:在[^，。；在]{1,10}?)?(?:再次|共同|正式)?$"
)
_COUNTED_SIDES_GROUP = re.compile(
    r"(?:(?P<home>[\u4e00-\u9fff]{2,6})(?:同|与))?(?:首批)?"
    r"(?P<group>[^\W\d同与和]{0,10}?(?:\d{1,3}|[两三四五六七八九十]+)个?(?:派别|成员国|国家|国))"
)
_PLACES_GROUP = re.compile(r"[\u4e00-\u9fff]{2,5}[两三四五六七八九十][地省市]")  # 京津冀三地, 川渝两地 (not 中沙伊三方: states)
# 中塔, 中塞 (not 中国, 中方, 中央, 中共, 中华 …, nor 中亚, 中东, 中欧, 中非, 中拉: regions): China and a state by its initial
_CHINA_AND = re.compile(r"中(?![国方央共华心部期间文外资企医药小大亚东欧非拉])([^\W\d中])")


def _signing_side(ctx: ArticleContext, e: Entity) -> bool:
    """An entity that can be a side of a signing: an organisation or a state (中国 among them, which
    the places lexicon files as a region)."""
    return e.label == "ORG" or (e.label == "GPE" and (e.attrs.get("kind") == "country" or ctx.text[e.start : e.end] in _CHINA))


def _pair_names(ctx: ArticleContext, first: Entity, second: Entity) -> list[str] | None:
    names = [ctx.text[first.start : first.end], ctx.text[second.start : second.end]]
    return names if names[0] != names[1] else None


_RECENTLY = re.compile(r"^(?:近日|日前|近期|最近)")
_OPENING_PAIR = re.compile(r"(中[^中\W\d](?:双方|两国)?)(?:共同|一道|携手|已经?|还|也|都|均|此前|曾经?)")
_CHAIN_ADVERBS = re.compile(r"(?:并|还|也|又|同时|共同|正式|当天|随后|此外)*")
_SPEECH_CLAUSE = re.compile(r"(?:表示|说|指出|强调|认为|称|介绍)[，：]?$")


def _chained_sides(ctx: ArticleContext, s: SentenceView, clause_start: int, clause_before: str) -> list[str] | None:
    """A signing clause with no subject of its own (，签署了…, ，并签署…) continues the clause before it:
    the two sides that clause opens with, A同/与/和B (states or bodies), sign."""
    undated = _RECENTLY.sub("", without_dates(ctx, s, clause_start, clause_start + len(clause_before)))
    if clause_start <= s.start or _CHAIN_ADVERBS.fullmatch(undated) is None:
        return None
    previous = ctx.clause_start(s, clause_start - 1)
    if _SPEECH_CLAUSE.search(ctx.text, previous, clause_start - 1):
        return None  # X表示，签署…是…: a signing spoken of
    sides = sorted((e for e in s.entities if previous <= e.start and e.end < clause_start - 1 and _signing_side(ctx, e)),
                   key=lambda e: e.start)
    if len(sides) < 2:
        # 中美共同推动了…，近日达成《…声明》: a pair in short form opens the clause before as its subject
        opening = _OPENING_PAIR.match(_LEAD.sub("", without_dates(ctx, s, previous, clause_start - 1)))
        return _abbreviated_pair(ctx, s, opening.group(1)) if opening is not None else None
    if _LEAD.sub("", without_dates(ctx, s, previous, sides[0].start)).strip("，, ") != "":
        return None  # the pair must open its clause as its subject (not 在A与B…的见证下)
    first, second = sides[0], sides[1]
    return _pair_names(ctx, first, second) if _PAIRED_BY.fullmatch(ctx.text, first.end, second.start) else None


# what may stand between a named pair and the verb they sign with: 之间, a time, 此前, 就…
_PAIR_GAP = re.compile(
    r"(?:之间|双方|两国)?(?:此前|曾|曾经|已|已经|于|在|此次|本次|这次)?(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)"
    r"(?:就[^，。；与同和]{1,20}?)?(?:共同|正式|先后)?$"
)


def _pair_reached(ctx: ArticleContext, s: SentenceView, clause_start: int, vs: int) -> list[str] | None:
    """根据巴林与卡塔尔之间达成的协议, 俄罗斯与叙利亚此前就…达成的协议: two states or bodies joined by
    与/和/同, then only 之间, a time or the matter (就…) before the verb."""
    sides = [e for e in s.entities if clause_start <= e.start and e.end <= vs and _signing_side(ctx, e)]
    for first, second in pairwise(sorted(sides, key=lambda e: e.start)):
        if ctx.text[first.end : second.start] in ("与", "和", "同") and _PAIR_GAP.fullmatch(ctx.text, second.end, vs):
            return _pair_names(ctx, first, second)
    return None


def _partner_in_object(ctx: ArticleContext, s: SentenceView, verb_end: int) -> str | None:
    """签署了与洪都拉斯的自贸协定早期收获安排: the partner named inside the object, before what is signed."""
    start = verb_end + (1 if ctx.text.startswith("了", verb_end) else 0)
    if not ctx.text.startswith(("与", "同"), start):
        return None
    e = next((e for e in s.entities if e.start == start + 1 and _signing_side(ctx, e)), None)
    if e is None or not ctx.text.startswith("的", e.end):
        return None
    return ctx.text[e.start : e.end]


# 会谈后，习近平同马克龙共同见证签署…: China's leader and the one he met, by name, witness the signing
_WITNESSED_WITH = re.compile(r"^(?P<home>[\u4e00-\u9fff]{2,4})(?:同|和|与)[\u4e00-\u9fff·]{2,12}?(?:共同|一起|一道)?见证了?$")


def _leaders_witness(ctx: ArticleContext, clause_before: str) -> bool:
    """The clause before a signing verb is China's leader (a home_side_words name) and another person
    witnessing it: the signing is one of the talks' two states."""
    m = _WITNESSED_WITH.match(_LEAD.sub("", clause_before.lstrip("—－- ")))
    return m is not None and m.group("home") in ctx.lexicon.trigger_list("home_side_words") and m.group("home") not in _CHINA_SIDE


def _summit_states(ctx: ArticleContext, s: SentenceView) -> list[str] | None:
    """我们共同签署了《中国－中亚峰会西安宣言》 said by China's leader at a summit: China and every
    state whose head the story names with him (习近平同哈萨克斯坦总统托卡耶夫、吉尔吉斯斯坦总统…共同
    会见记者), in its section up to this sentence; two or more of them, else no summit."""
    leaders = [w for w in ctx.lexicon.trigger_list("home_side_words") if w not in _CHINA_SIDE]
    section = ctx.section(s)
    for view in ctx.sentences[: s.index + 1]:
        if ctx.section(view) != section or not any(w in view.string for w in leaders):
            continue
        named = [e for e in view.of("GPE") if e.attrs.get("kind") == "country" and _HEAD_OF_STATE.match(ctx.text, e.end)]
        states = list(dict.fromkeys(n for e in named if (n := ctx.text[e.start : e.end]) not in _CHINA))
        if len(states) >= 2:
            return ["中国", *states]
    return None


def _talks_pair(ctx: ArticleContext, s: SentenceView) -> list[str] | None:
    """我们见证交换了20余份…文件 in a story of talks or a joint press meeting with one foreign leader:
    China and that leader's state."""
    partner = _talks_partner(ctx, s)
    return ["中国", partner] if partner is not None else None


def _we_pair(ctx: ArticleContext, s: SentenceView) -> list[str] | None:
    """我们共同签署了联合声明，宣布建立新时代中塔全面战略合作伙伴关系: China and the state the
    sentence pairs with it (中塔 → 塔吉克斯坦); 我们 of many (a summit of six) names no pair."""
    for m in _CHINA_AND.finditer(s.string):  # (宣布建立新时代中塔…: not the 中 of 会谈中宣布)
        if (pair := _abbreviated_pair(ctx, s, f"中{m.group(1)}双方")) is not None:
            return pair
    return None


def _with_one_before(
    ctx: ArticleContext, s: SentenceView, before: int, reach: bool = True, depth: int = 1
) -> list[tuple[SentenceView, int]]:
    """The sentence up to ``before``, then (when ``reach``) the whole sentence before it in its
    section (or up to ``depth`` of them, nearest first): where a 两国/双方 signing looks for the two
    sides it refers to."""
    views = [(s, before)]
    for i in range(s.index - 1, max(s.index - 1 - depth, -1), -1) if reach else ():
        if ctx.section(ctx.sentences[i]) != ctx.section(s):
            break
        views.append((ctx.sentences[i], ctx.sentences[i].end))
    return views


def _talks_states(ctx: ArticleContext, s: SentenceView, before: int) -> list[str] | None:
    """The two states whose leaders hold talks in this sentence, before the verb, or in the one
    before it when this one names no leader of its own: a country named with its head of state,
    与/同, another such country, then 会谈 (伊朗总统莱希13日与到访的白俄罗斯总统卢卡申科举行会谈，
    双方签署了…); China first when it is one."""
    # China's leaders (习近平, 国务院总理 …), not its side words (中国, 中方: 在中国企业代表见证下签署)
    home = [w for w in ctx.lexicon.trigger_list("home_side_words") if w not in _CHINA_SIDE]
    own = ctx.text[s.start : before]
    # (…举行会谈时表示，…。莱希表示，…。两国领导人当天签署了…: the talks a few sentences before, which the
    # sentences between only report what was said at)
    for view, end in _with_one_before(ctx, s, before, reach=not any(w in own for w in home), depth=3):
        leaders = [
            e for e in view.of("GPE")
            if e.end < end and e.attrs.get("kind") == "country" and _HEAD_OF_STATE.match(ctx.text, e.end)
        ]
        guests = [e for e in view.of("GPE") if e.end < end and e.attrs.get("kind") == "country" and _ENVOY.match(ctx.text, e.end)]
        named = {(e.start, e.end): e for e in [*leaders, *guests]}
        for first, second in pairwise(sorted(named.values(), key=lambda e: e.start)):
            if first not in leaders:
                continue
            between = ctx.text[first.end : second.start]
            talks = _TALKS.search(ctx.text, second.end, end)
            held = talks is not None and "，" not in ctx.text[second.end : talks.start()]
            # (委内瑞拉总统马杜罗…会见到访的伊朗总统莱希。两国签署了…: one leader receives the other)
            received = _TALKS.search(between) is not None and between.endswith(("到访的", "来访的", "访华的"))
            if "，" not in between and ((re.search("[与同]", between) and held and second in leaders) or received):
                names = [ctx.text[first.start : first.end], ctx.text[second.start : second.end]]
                if names[0] != names[1]:
                    return sorted(names, key=lambda n: n not in _CHINA)
        for leader in leaders:
            # 伊朗总统莱希到访东非国家肯尼亚。当天，两国签署了…: a head of state visits the other state
            visit = _VISITS.match(ctx.text, leader.end, end)
            host = next((
                e for e in view.of("GPE")
                if visit and 0 <= e.start - visit.end() <= 8 and "，" not in ctx.text[visit.end() : e.start]
                and e.attrs.get("kind") == "country" and ctx.text[e.end : e.end + 1] in "，。；"
            ), None)
            pair = [ctx.text[leader.start : leader.end], ctx.text[host.start : host.end]] if host is not None else []
            if pair and pair[0] != pair[1]:
                return sorted(pair, key=lambda n: n not in _CHINA)
        if leaders:
            return None  # this sentence names its own leader: the talks before are not its
    return None


def _paired_sides(ctx: ArticleContext, s: SentenceView, before: int) -> list[str] | None:
    """The two sides a bare 双方/两国 refers back to, named as a pair earlier in its sentence or in
    the one before it: 以色列政府与巴勒斯坦伊斯兰抵抗运动（哈马斯）…分别宣布，双方达成… (a pair
    joined by 与/和/同, each an organisation or a state)."""
    for view, end in _with_one_before(ctx, s, before):
        sides = sorted(
            (e for e in view.entities
             if e.end < end and _signing_side(ctx, e)),
            key=lambda e: e.start,
        )
        for first, second in pairwise(sides):
            if ctx.text.endswith(_SOURCE_BEFORE, view.start, first.start):
                continue  # 记者从商务部和外交部获悉: where the news comes from, not who signs
            if _PAIRED_BY.fullmatch(ctx.text, first.end, second.start):
                return _pair_names(ctx, first, second)
    return None


_SOURCE_BEFORE = ("从", "据", "向", "对", "在")
_PAIRED_BY = re.compile(r"(?:（[^（）]{1,12}）)?[与和同]")


_STATE_VISIT = re.compile(r"对(?P<state>[^，。；、对]{2,10}?)进行(?:国事|正式友好|正式|友好|工作|官方)访问")


def _talks_partner(ctx: ArticleContext, s: SentenceView) -> str | None:
    """The foreign state of a talks story: the first country other than China named in the
    story's sentences up to this one, in 同/与…总统/总理/国王/首相 (…举行会谈/会见); where the
    story names the foreign leader by name only (李强同朔尔茨举行会谈), the state its headline
    names, else the state it abbreviates both as 中X and X方 (中德, 德方): the one of those it
    names most, or the only country with that initial (中孟, 孟方 → 孟加拉国)."""
    section = ctx.section(s)
    home = ctx.lexicon.trigger_list("home_side_words")
    views = [v for v in ctx.sentences if ctx.section(v) == section]
    talks = [v for v in views if any(w in v.string for w in home)]
    for view in talks:
        if view.index > s.index:
            break  # (普京同金正恩举行会谈: talks China is not part of)
        for e in view.of("GPE"):
            name = ctx.text[e.start : e.end]
            # (中非 is China and Africa, but 中非总统 the Central African Republic's president)
            republic = name == "中非" and ctx.text.startswith(("总统", "总理", "共和国"), e.end)  # (not 中非领导人)
            if (e.attrs.get("kind") == "country" or republic) and name not in _CHINA and _HEAD_OF_STATE.match(ctx.text, e.end):
                return name
        for e in view.of("ORG"):
            # 老挝人民革命党中央总书记通伦: the leader of a state's ruling party, named by the party
            state = ctx.lexicon.place_at(ctx.text[e.start : e.end])
            if state is not None and state not in _CHINA and ctx.lexicon.places.get(state) == "country" and (
                _PARTY_LEADER.match(ctx.text, e.end)
            ):
                return state
    # 习近平…并对南非进行国事访问 … 两国元首见证签署…合作文件: the state the story's visit goes to, when it
    # visits one (a tour of 秘鲁 and 巴西 leaves the signing's state to the tests below)
    visited = {v.group("state") for view in talks if view.index <= s.index for v in _STATE_VISIT.finditer(view.string)}
    visited = {v for v in visited if ctx.lexicon.places.get(v) == "country" and v not in _CHINA}
    if len(visited) == 1:
        return visited.pop()
    title = ctx.title or ""
    home_title = any(w in title for w in home)
    if not (home_title and _TALKS.search(title)) and not any(_TALKS.search(v.string) for v in talks):
        return None
    if home_title and (m := _HEAD_OF_STATE.search(title)) is not None:
        named = [p for p, kind in ctx.lexicon.places.items() if kind == "country" and title.endswith(p, 0, m.start())]
        if named and max(named, key=len) not in _CHINA:
            return max(named, key=len)  # 李强同比利时首相会谈
    # the state the story abbreviates both ways, 中X and X方 (中德关系, 德方: not 东方 or 乌克兰问题)
    paired = {m.group(1) for v in views for m in _INITIAL_CHINA.finditer(v.string)} & {
        m.group(1) for v in views for m in _INITIAL_SIDE.finditer(v.string)
    }
    mentioned = Counter(
        ctx.text[e.start : e.end] for v in views for e in v.of("GPE")
        if e.attrs.get("kind") == "country" and ctx.text[e.start : e.end] not in _CHINA and ctx.text[e.start] in paired
    )
    if mentioned:
        return mentioned.most_common(1)[0][0]
    for initial in sorted(paired):
        if (state := _only_country(ctx, initial)) is not None:
            return state  # 中孟关系, 孟方 → 孟加拉国 (not 巴方: 巴西, 巴基斯坦 …)
    return None


def _as_written(ctx: ArticleContext, parties: list[str]) -> list[str]:
    """The sides as the story writes them, where a state it names only as a side is inferred from
    the headline (李强同法国总理举行会谈 over a story of 中方 and 法方): 法方, and China then as 中方.
    A name the text never writes is one no reader can point to."""
    absent = [p for p in parties if p not in ctx.text]
    if not absent:
        return parties  # (the usual case: one scan of the text per party, nothing more on a long article)
    written = [
        f"{p[0]}方" if p in absent and p not in _CHINA and ctx.lexicon.places.get(p) == "country" and (
            _side_written(ctx.text, p[0])
        ) else p
        for p in parties
    ]
    as_side = written != parties
    # (埃塞俄比亚 in the headline, 埃塞 all through the story: the short form the story writes)
    written = [_short_form_written(ctx, p) if p in absent and p == w else w for p, w in zip(parties, written, strict=True)]
    home = next((w for w in ("中方", "我国") if w in ctx.text), None)
    return [home if p in _CHINA and home is not None and (as_side or p not in ctx.text) else p for p in written]


def _short_form_written(ctx: ArticleContext, country: str) -> str:
    """A country's name cut to its first three or two characters, where the story writes that as a
    state (中埃塞, 同埃塞, twice at least) and no other place of the lexicon starts so (埃塞俄比亚 → 埃塞)."""
    if country in _CHINA or ctx.lexicon.places.get(country) != "country" or len(country) < 4:
        return country
    for size in (3, 2):
        short = country[:size]
        if any(p.startswith(short) and p != country for p in ctx.lexicon.places):
            continue  # (罗马 of 罗马尼亚 is a city; 阿拉 starts 阿拉伯…: another place)
        # written as a state, more than once: after 中/同/与/和/赴/对 (中埃塞关系, 同埃塞), and not as the
        # start of the full name or a longer word (乌兹别克人民)
        as_state = re.findall(rf"[中同与和赴对]{re.escape(short)}(?!{re.escape(country[size])})", ctx.text)
        if len(as_state) >= 2:
            return short
    return country


def _side_written(text: str, initial: str) -> bool:
    """法方 written as a side, as _INITIAL_SIDE reads one, for one initial."""
    return re.search(rf"(?<![{_NOT_SIDE_BEFORE}]){re.escape(initial)}方(?=[^{_NOT_SIDE_AFTER}])", text) is not None


def _only_country(ctx: ArticleContext, initial: str) -> str | None:
    """The one foreign country of the places lexicon whose name starts with ``initial`` (孟 → 孟加拉国;
    巴 starts 巴西, 巴基斯坦 …: none)."""
    states = [p for p, kind in ctx.lexicon.places.items() if kind == "country" and p.startswith(initial) and p not in _CHINA]
    return states[0] if len(states) == 1 else None


_CHINA = ("中国", "中华人民共和国")
_CHINA_SIDE = ("中国", "我国", "中方")
# (N年来 and 今年以来 tally what was signed over a period, which the gold lists: 十年来，中国与28个国家和地区
# 签署了21份自贸协定)
_YEARS_BEFORE = re.compile(r"(?<!\d)(?:\d{1,3}|[一二三四五六七八九十百]{1,6}|多|几|数)多?年前")
_TALKS = re.compile(r"会谈|会见|会晤|通电话|通话")
_INITIAL_CHINA = re.compile(r"中([^\W\d中])(?=关系|两国|双方|合作|友好|建交|友谊)")
# X方 as a side: not after 双/对/东 … (双方, 对方, 东方), nor before 面/式/法 … (方面, 方式, 方法)
_NOT_SIDE_BEFORE, _NOT_SIDE_AFTER = "双各对我外他友东西南北", "面式法案向针位"
_INITIAL_SIDE = re.compile(rf"(?<![{_NOT_SIDE_BEFORE}])([^\W\d中])方(?=[^{_NOT_SIDE_AFTER}])")
_WITNESSED = re.compile(r"见证了?(?=[^，。；]{2,40}的?$)")  # 见证了…文件的|签署, 见证了…文件|签署
_HEAD_OF_STATE = re.compile(_HEAD_OF_STATE_WORDS)
_PARTY_LEADER = re.compile(r"(?:中央)?(?:总书记|第一书记|主席)")
_VISITS = re.compile(_HEAD_OF_STATE_WORDS + r"[^，。；]{0,10}?(?:到访|访问|抵达)")
_ENVOY = re.compile(_HEAD_OF_STATE_WORDS + "|外长|外交部长|副总理")  # a guest received (会见到访的伊朗外长…)


def _titles_joined_after(ctx: ArticleContext, s: SentenceView, verb_end: int, title: str | None) -> list[tuple[str, str | None]]:
    """签署《A》《B》, 签署《A》和《B》: each title written right after the first signed one is an agreement
    of its own."""
    if not title:
        return []
    titles = sorted((t for t in s.of("WORK_OF_ART") if t.start >= verb_end), key=lambda t: t.start)
    first = next((i for i, t in enumerate(titles) if str(t.attrs["title"]) == title), None)
    if first is None:
        return []
    return [(str(t.attrs["title"]), _kind_of_title(ctx, str(t.attrs["title"]))) for t in titles_run(ctx.text, titles[first:])[1:]]


def _second_object(ctx: ArticleContext, s: SentenceView, verb_end: int, title: str | None) -> tuple[None, str] | None:
    """签署《A》和B等5个重点领域合作框架协议: a second agreement after 和/及; untitled, 签署了关于…合作的
    谅解备忘录和国际月球科研站合作的谅解备忘录: a second of the kind the first ends in."""
    if not title:
        end = ctx.clause_end(s, verb_end)
        kinds = sorted(ctx.lexicon.trigger_list("agreement_kinds"), key=len, reverse=True)
        for k in kinds:
            if len(k) < 3:
                continue  # (a second 协议 or 合作 after 和 is too often no document: 合作协议和合作)
            first = ctx.text.find(k + "和", verb_end, end)
            if first < 0:
                first = ctx.text.find(k + "及", verb_end, end)
            if first >= 0 and ctx.text.endswith(k, first + len(k) + 1, end) and end - (first + len(k) + 1) > len(k) + 1:
                return (None, k)
        return None
    close = ctx.text.find("》", verb_end, s.end)
    if close < 0 or not ctx.text.startswith(("和", "及", "以及"), close + 1):
        return None
    end = ctx.clause_end(s, close + 1)
    kinds = ctx.lexicon.trigger_list("agreement_kinds")
    tail = ctx.text[close + 2 : end]
    best = max((k for k in kinds if tail.endswith(k)), key=len, default=None)
    return (None, best) if best else None


AGREEMENTS = SentenceRule(
    name="agreement.signing",
    field="agreements",
    doc=__doc__ or "",
    apply=find_agreements,
    triggers=("signing_verbs",),
    examples=(
        Example(
            "浙江大学与嘉兴市人民政府签订战略合作框架协议。",
            {"parties": ["浙江大学", "嘉兴市人民政府"], "kind": "战略合作框架协议", "verb": "签订"},
        ),
        Example("以色列和黎巴嫩称达成停火协议。", {"parties": ["以色列", "黎巴嫩"]}),
        Example("马杜罗表示，希望委美之间能达成相互尊重与合作的关系。", None),  # a relation, no agreement
        Example("哈马斯等巴武装组织称愿积极应对以达成停火协议", None),  # what an effort is for
        Example("截至2022年7月底，中国已与“一带一路”沿线149个国家、32个国际组织签署200多份合作文件。",
                {"parties": ["中国", "149个国家", "32个国际组织"]}),  # a described list of counted groups
        Example("双方发表联合声明。", None),  # the sides unnamed: no parties to report
        Example("我愿同习近平总书记同志一道，指导双方各部门落实好高层共识，达成更多合作协议。", None),  # more wished for
        Example("中国国家航天局和泰国高等教育科研与创新部在北京签署了关于探索与和平利用外层空间合作的谅解备忘录和国际月球科研站"
                "合作的谅解备忘录。", {"parties": ["中国国家航天局", "泰国高等教育科研与创新部"], "kind": "谅解备忘录"}),
        Example("李强同沙特王储兼首相穆罕默德共同主持中沙高级别联合委员会第四次会议。会议后，李强同穆罕默德共同签署中沙高委会"
                "第四次会议纪要。", {"parties": ["中国", "沙特"]}),
        Example("丁薛祥访问土库曼斯坦，同土库曼斯坦副总理梅列多夫共同主持中土合作委员会第六次会议。会后，丁薛祥和梅列多夫签署了"
                "《中土合作委员会第六次会议纪要》。", {"parties": ["中国", "土库曼斯坦"]}),  # titled, the same
        Example("习近平同俄罗斯总统普京会谈。普京表示，我们还共同签署并发表《中华人民共和国和俄罗斯联邦在两国建交75周年之际"
                "关于深化新时代全面战略协作伙伴关系的联合声明》。",
                {"parties": ["中华人民共和国", "俄罗斯联邦"]}),  # (the occasion between the sides and 关于; 我们 as titled)
        Example("双方发表《中华人民共和国和阿塞拜疆共和国关于建立战略伙伴关系的联合声明》。",  # reached by issuing it
                {"parties": ["中华人民共和国", "阿塞拜疆共和国"], "verb": "发表"}),
        Example("习近平在会上发表重要讲话。", None),
        Example("以色列国家安全总局和以色列国防军发表联合声明说，辛瓦尔已被打死。", None),  # a press statement
        Example("世界卫生组织和美国疾病控制与预防中心发表联合声明。", None),  # 中心 is no 中+state
        Example("七国集团峰会发表《七国集团领导人广岛峰会联合公报》。", None),  # one bloc
        Example("中俄两国今天在北京发表联合声明。", {"parties": ["中国", "俄罗斯"], "verb": "发表"}),
        Example("中东和平四方发表联合声明。", None),
        Example("中国人民银行和欧洲央行发表联合声明。", None),
        Example("中国—东盟领导人会议发表《中国—东盟关于加强互联互通合作的联合声明》。", {"parties": ["中国", "东盟"]}),
        Example("两国元首签署并共同发表《中华人民共和国和越南社会主义共和国联合声明》。", {"verb": "签署"}),
        Example("中国和古巴签署并发布了联合声明。", {"parties": ["中国", "古巴"], "kind": "联合声明", "object": None}),
        Example("两国签署和平条约。", {"title": None, "kind": "条约"}),  # 和平 is no 和 of a list
        Example("习近平同巴西总统卢拉会谈。访问期间，双方还签署了经贸、投资、农业、数字经济、可持续发展、科技、人工智能、"
                "全球发展合作等领域30多项双边合作文件。", {"parties": ["中国", "巴西"], "kind": "合作文件"}),
        # a list of states the count after it sums up, whoever signs for them
        Example("叙利亚、约旦、伊拉克和黎巴嫩四国农业部长27日在大马士革签署了农业合作谅解备忘录。",
                {"parties": ["叙利亚", "约旦", "伊拉克", "黎巴嫩"]}),
        Example("中国生态环境部与联合国有关机构签署了合作协议。", {"parties": ["中国生态环境部", "联合国有关机构"]}),
        # a word of a title, a signing considered, an exchange of people: no signing reported
        Example("哈马斯方面表示，以色列还为被扣押人员交换协议设定了新条件。", None),
        Example("李克强指出，中方欢迎会议发表《纪念〈南海各方行为宣言〉签署20周年联合声明》。", None),
        Example("报道称，泽连斯基暗示，可以考虑在俄方控制部分乌领土的情况下达成停火协议。", None),
        # a pair inside a 就… matter is no side
        Example("中国中央广播电视总台与国际奥林匹克学院签署合作备忘录，就促进中希两国文明交流互鉴等方面达成合作。",
                {"parties": ["中国中央广播电视总台", "国际奥林匹克学院"]}),
        # each title written right after the first signed one is an agreement of its own
        Example("两国元首见证签署《中秘自贸协定升级议定书》《中秘共建“一带一路”合作规划》。",
                {"parties": ["中国", "秘鲁"], "title": "中秘共建“一带一路”合作规划"}),
        # a counted group the sentence listed before, by the same count
        Example("卡塔尔、以色列、美国和埃及四方在巴黎的谈判取得进展，四方就在加沙地带分阶段停火达成了框架性协议。",
                {"parties": ["卡塔尔", "以色列", "美国", "埃及"]}),
        Example("11月10日，中国中央广播电视总台与北美职业冰球联盟、美国网球协会分别签署合作备忘录。",
                {"parties": ["中国中央广播电视总台", "美国网球协会"]}),  # 分别 after the list: one with each
        Example("格鲁吉亚外交部长达尔恰什维利表示，签署互免签证协定是格中两国深化双边关系的重大事件。", None),  # a topic
        Example("中国和新加坡今天签署进一步升级《自由贸易协定》的议定书。", {"parties": ["中国", "新加坡"], "kind": "议定书"}),
        Example("会谈后，两国元首共同见证签署《中华人民共和国政府和秘鲁共和国政府共同行动计划》以及经贸等领域多项双边合作文件。",
                {"parties": ["中国", "秘鲁"], "kind": "合作文件"}),
        Example("内蒙古、陕西、宁夏三省区签署《能源化工产业协同发展框架协议》。", {"parties": ["内蒙古", "陕西", "宁夏"]}),
        Example("中国与老挝、泰国三国签署合作备忘录。", {"parties": ["中国", "老挝", "泰国"]}),
        Example("江苏、浙江、安徽三省和上海市签署合作协议。", {"parties": ["江苏", "浙江", "安徽", "上海市"]}),
        Example("叙利亚、约旦、伊拉克和黎巴嫩四国农业部长签署了合作备忘录。",
                {"parties": ["叙利亚", "约旦", "伊拉克", "黎巴嫩"]}),
        Example("8月1日，北京、天津、河北人社部门在张家口市共同签署人才工作协同发展合作框架协议。",
                {"parties": ["北京、天津、河北人社部门"]}),
        Example("新疆与哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦三国企业一次性签署了经贸合作协议。",
                {"parties": ["新疆", "哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦三国企业"]}),
        Example("市场监管总局近日组织81家电商平台集中签署《自律公约》。", {"parties": ["81家电商平台"]}),
        Example("李强同与会成员国领导人签署并发表联合公报。", {"parties": ["李强", "与会成员国领导人"]}),
        # (习主席 is 习近平, whose side is China's: the states, as 习近平同中亚五国元首 reads)
        Example("习主席同中亚五国元首签署了《中国—中亚峰会西安宣言》。", {"parties": ["中国", "中亚五国"]}),
        Example("今天（7月23日），京津冀鲁苏五省市人社部门共同签署劳务协作协议。", {"parties": ["京津冀鲁苏五省市人社部门"]}),
        Example("目前，52个非洲国家和非洲联盟已与我国签署了共建“一带一路”合作谅解备忘录。",
                {"parties": ["52个非洲国家", "非洲联盟", "我国"]}),
        Example("苏丹冲突双方6日起在吉达举行对话，11日双方宣布签署初步原则协议。", {"parties": ["苏丹冲突双方"]}),
        Example("地方合作专题论坛上，中外地方政府、国际组织和企业代表签署了15项协议。",
                {"parties": ["中外地方政府", "国际组织", "企业代表"]}),
        Example("在参展商联盟大会上，近60家企业和机构现场签约，预订第六届进博会的展位。", None),
        Example("全球150多个国家和30多个国际组织与中国签署了200多份合作文件。",
                {"parties": ["全球150多个国家", "30多个国际组织", "中国"]}),
        Example("目前，已有150多个国家、30多个国际组织同我国签署了合作文件。",
                {"parties": ["150多个国家", "30多个国际组织", "我国"]}),
        Example("亚马孙合作条约组织8个成员国领导人及代表签署了“贝伦宣言”。",
                {"parties": ["亚马孙合作条约组织8个成员国"], "title": "贝伦宣言"}),
        Example("与会的南美洲12国国家元首和政府首脑签署《巴西利亚共识》。", {"parties": ["南美洲12国"]}),  # who attend
        Example("参会的南美洲12国国家元首和政府首脑签署《巴西利亚共识》。", {"parties": ["南美洲12国"]}),
        Example("中非与非洲开发银行签署贷款协议。", {"parties": ["中非", "非洲开发银行"]}),  # the Central African Republic
        Example("在广州，460多个重大项目开工、签约，总投资超6800亿元。", {"parties": ["广州"], "title": "460多个重大项目"}),
        Example("宁夏搭建中阿技术转移中心，促成中阿双方签订科技合作协议90多项。", {"parties": ["中阿双方"]}),
        Example("盖特还对沙特伊朗达成协议恢复外交关系表示欢迎。", {"parties": ["沙特", "伊朗"]}),
        Example("中国已与150个国家和32个国际组织签署200多份合作文件。",
                {"parties": ["中国", "150个国家", "32个国际组织"]}),
        Example("各方应均衡全面有效执行俄罗斯、土耳其、乌克兰和联合国签署的黑海粮食运输协议。", None),
        Example("苏丹武装部队与快速支援部队达成的临时停火协议到期后，双方再次交火。",
                {"parties": ["苏丹武装部队", "快速支援部队"]}),
        Example("农业、能源、服务贸易等领域的签约和对接项目增长较快。", None),
        Example("活动期间，绿色低碳技术交流洽谈、项目签约活跃。", None),
        Example("辽洽会将举办经贸洽谈等百场活动，预计签署合作项目240多个。", None),
        Example("沙特宣布与伊朗签署联合声明。", {"parties": ["沙特", "伊朗"]}),
        Example("卡塔尔宣布以色列与哈马斯已达成加沙停火协议。", {"parties": ["以色列", "哈马斯"]}),
        Example("美国国务院表示欢迎以色列和阿联酋达成和平协议。", {"parties": ["以色列", "阿联酋"]}),
        Example("外交部发言人宣布中国与洪都拉斯签署建交联合公报。", {"parties": ["中国", "洪都拉斯"]}),
        Example(
            "李强同马来西亚总理安瓦尔举行会谈。会谈后，两国总理共同见证了经贸、海关等多项双边合作文件的签署。",
            {"parties": ["中国", "马来西亚"], "kind": "合作文件"},
        ),
        Example(
            "李强同瑞士联邦主席阿姆赫德举行会谈。会谈后，两国领导人共同见证签署双边经贸合作文件。",
            {"parties": ["中国", "瑞士"], "kind": "合作文件"},
        ),
        Example(
            "伊朗总统莱希13日与到访的白俄罗斯总统卢卡申科举行会谈，双方签署了全面合作路线图。",
            {"parties": ["伊朗", "白俄罗斯"], "kind": "路线图"},
        ),
        Example(
            "15日，古巴国家主席迪亚斯-卡内尔与到访的伊朗总统莱希举行会谈，两国领导人重申立场，并签署多领域合作协议。",
            {"parties": ["古巴", "伊朗"], "kind": "合作协议"},
        ),
        # one leader receives the other's leader or foreign minister, or visits the other state
        Example(
            "委内瑞拉总统马杜罗12日在首都加拉加斯会见到访的伊朗总统莱希。两国签署了涉及石油、天然气等领域的双边合作协议。",
            {"parties": ["委内瑞拉", "伊朗"], "kind": "合作协议"},
        ),
        Example(
            "阿联酋总统穆罕默德在阿布扎比会见到访的伊朗外长阿卜杜拉希扬。此外，两国还签署了扩大航空运输服务合作的协议。",
            {"parties": ["阿联酋", "伊朗"]},
        ),
        Example(
            "当地时间12日，伊朗总统莱希到访东非国家肯尼亚。当天，两国签署了通信、渔业、文化等多领域合作协议。",
            {"parties": ["伊朗", "肯尼亚"], "kind": "合作协议"},
        ),
        # who mediates is no party; an anniversary of a signing reports none
        Example(
            "国家主席习近平同哈萨克斯坦总统托卡耶夫、吉尔吉斯斯坦总统扎帕罗夫共同会见记者。我们共同签署了《中国－中亚峰会西安宣言》。",
            {"parties": ["中国", "哈萨克斯坦", "吉尔吉斯斯坦"], "title": "中国－中亚峰会西安宣言"},
        ),
        Example("冲突各方在联合国主导的国际社会斡旋下达成人道主义停火协定。", {"parties": ["冲突各方"]}),
        Example("在卡塔尔和埃及的斡旋下，以色列与哈马斯达成停火协议。", {"parties": ["以色列", "哈马斯"]}),
        Example("签署《联合国防治荒漠化公约》30年来，中国防沙治沙取得显著成效。", None),
        # 双方 after a pair the sentence names (not left as a party of its own)
        Example(
            "以色列政府与巴勒斯坦伊斯兰抵抗运动（哈马斯）今天分别宣布，双方达成一份为期4天的临时停火协议。",
            {"parties": ["以色列政府", "巴勒斯坦伊斯兰抵抗运动"], "kind": "协议"},
        ),
        Example("法国总统马克龙与德国总统施泰因迈尔举行会谈。会谈后，习近平同巴西总统卢拉共同见证两国签署多项合作文件。",
                {"parties": ["中国", "巴西"], "kind": "合作文件"}),
        Example("商务部介绍，与26个国家和地区签署了自贸协定。", None),  # (who speaks does not sign)
        Example("习近平同塔吉克斯坦总统拉赫蒙会谈。我们共同签署了联合声明，宣布建立新时代中塔全面战略合作伙伴关系。",
                {"parties": ["中国", "塔吉克斯坦"], "kind": "联合声明"}),
        Example("我同托卡耶夫总统共同签署了《中华人民共和国和哈萨克斯坦共和国联合声明》。",
                {"parties": ["中华人民共和国", "哈萨克斯坦共和国"], "kind": "联合声明"}),  # as the title writes them
        # a joint communiqué's sides are its title's, even where the clause names who signs
        Example("中国与洪都拉斯两国外长今天在北京签署《中华人民共和国和洪都拉斯共和国关于建立外交关系的联合公报》。",
                {"parties": ["中华人民共和国", "洪都拉斯共和国"], "kind": "联合公报"}),
        # (the other documents of the clause keep its sides; a title that names a joint statement inside is no statement)
        Example("中国与洪都拉斯两国外长签署《中华人民共和国和洪都拉斯共和国关于建立外交关系的联合公报》以及"
                "《中华人民共和国政府和洪都拉斯共和国政府互免外交护照签证协定》。",
                {"parties": ["中国", "洪都拉斯"], "title": "中华人民共和国政府和洪都拉斯共和国政府互免外交护照签证协定"}),
        Example("中国和哈萨克斯坦两国政府代表签署《中华人民共和国政府和哈萨克斯坦共和国政府关于落实〈联合声明〉的行动计划》。",
                {"parties": ["中国", "哈萨克斯坦"]}),
        Example("李希同塞西举行会谈。该项目是2016年习近平主席同塞西总统共同见证签署的合作项目。", None),  # described
        Example("对吸纳高校毕业生并签订1年以上劳动合同的企业，给予一次性补贴。", None),
        Example("包括多位德国社民党成员在内的约200位德国各界人士签署倡议书，呼吁尽早举行谈判。", None),
        Example("会谈后，两国元首签署了《中华人民共和国和吉尔吉斯共和国关于建立新时代全面战略伙伴关系的联合宣言》。",
                {"parties": ["中华人民共和国", "吉尔吉斯共和国"]}),
        Example("习近平同老挝人民革命党中央总书记通伦举行会谈。会谈后，习近平和通伦共同签署了《中国共产党和老挝人民革命党关于构建"
                "中老命运共同体行动计划》，共同见证签署数字经济等领域多项双边合作文件。", {"parties": ["中国", "老挝"]}),
        Example("会见后，两国领导人共同见证签署《中华人民共和国和科威特国双边合作五年规划联合声明（2024－2028年）》以及多项双边合作文件。",
                {"parties": ["中华人民共和国", "科威特国"], "kind": None}),
        Example("会见后，两国领导人共同见证签署《中华人民共和国和科威特国双边合作五年规划联合声明（2024－2028年）》以及多项双边合作文件。",
                {"parties": ["中国", "科威特"], "title": None}),  # the documents witnessed with it: the states by short names
        Example("我同托卡耶夫总统举行会谈，达成广泛共识，共同签署了《中华人民共和国和哈萨克斯坦共和国联合声明》。",
                {"parties": ["中华人民共和国", "哈萨克斯坦共和国"]}),  # the speaker names no side: the title does
        Example("习近平在比勒陀利亚同南非总统拉马福萨会谈。我们见证了一系列重要双边合作文件签署。",
                {"parties": ["中国", "南非"]}),  # the witnesses of the talks are the sides
        Example("两国元首见证了《中秘自贸协定升级议定书》签署。", {"title": "中秘自贸协定升级议定书", "kind": "议定书"}),
        Example("习近平同巴西总统卢拉会谈。习近平同秘鲁总统博鲁阿尔特会谈。两国元首见证签署《中秘自贸协定升级议定书》。",
                {"parties": ["中国", "秘鲁"]}),
        Example("总台同日还分别与世界旅游组织、马德里市和西班牙职业足球联盟达成多项合作。", {"parties": ["总台", "马德里市"]}),
        Example("今天，京津冀三地在雄安新区共同签署了《京津冀自贸试验区协同发展行动方案》。", {"parties": ["京津冀三地"]}),
        Example("刚刚加入北约的芬兰正准备与美国达成一项协议。", None),
        Example("中国代表在纽约联合国总部签署了《〈联合国海洋法公约〉下…的养护和可持续利用协定》。", None),
        Example("我国已与80多个国家、地区和国际组织签署了合作协议。",
                {"parties": ["我国", "80多个国家、地区和国际组织"], "kind": "合作协议"}),
        Example("中国已与150个国家和32个国际组织签署了200多份合作文件。",
                {"parties": ["中国", "150个国家", "32个国际组织"], "kind": "合作文件"}),
        Example("我国已与50多个国家和国际组织签署了150多份政府间航天合作协议。",
                {"parties": ["我国", "50多个国家和国际组织"], "kind": "合作协议"}),
        Example("中国对最不发达国家实施零关税，并与34个国家和5个国际组织签署了协定。",
                {"parties": ["中国", "34个国家", "5个国际组织"], "kind": "协定"}),
        Example("中国对原产于非洲最不发达国家的产品实施零关税，与34个非洲国家签署了双边投资协定。",
                {"parties": ["中国", "34个非洲国家"], "kind": "协定"}),
        Example("峰会期间，中国同中亚五国达成了包括《西安宣言》在内的7份文件。",
                {"parties": ["中国", "中亚五国"], "kind": "宣言"}),
        Example(
            "哈萨克斯坦总统托卡耶夫说，很高兴哈中签署互免签证协定。", {"parties": ["中国", "哈萨克斯坦"], "kind": "协定"},
        ),
        Example("两国代表在会谈中签署了协议。", None),
        Example("活动现场，总台与多家媒体、机构共同签署“2024年巴黎奥运会版权合作协议”。",
                {"parties": ["总台", "多家媒体、机构"], "title": "2024年巴黎奥运会版权合作协议"}),
        Example("国家国际发展合作署通过视频与联合国工业发展组织以及埃塞俄比亚工业部签署了三方合作联合声明。",
                {"kind": "联合声明"}),
        Example("当地时间8月23日，中国中央广播电视总台与南非足球协会在约翰内斯堡交换合作备忘录。",
                {"parties": ["中国中央广播电视总台", "南非足球协会"], "kind": "合作备忘录", "verb": "交换"}),
        Example("双方就共同关心的问题交换了意见，并表示将签署合作协议。", None),
        Example("哈马斯称已就交换被扣押人员协议作出回应。", None),
        Example("中国阿根廷两国央行续签双边本币互换协议", None),
        Example("中国人民银行与阿根廷中央银行于近日续签了双边本币互换协议。",
                {"parties": ["中国人民银行", "阿根廷中央银行"], "verb": "续签"}),
        Example(
            "会见后，王沪宁和辛拉冯共同出席中国全国政协和老挝建国阵线中央委员会合作协议签署仪式。",
            {"parties": ["中国全国政协", "老挝建国阵线中央委员会"], "kind": "合作协议"},
        ),
        Example(
            "中央广播电视总台与国际皮划艇联合会合作签约暨首届国际皮划艇超级杯发布仪式今天在京举行。",
            {"parties": ["中央广播电视总台", "国际皮划艇联合会"], "kind": "合作"},
        ),
        Example("文化和旅游部与中央广播电视总台签署战略合作框架协议。",
                {"parties": ["文化和旅游部", "中央广播电视总台"], "kind": "战略合作框架协议"}),
        Example("双方隆重纪念《中俄睦邻友好合作条约》签署20周年。", None),
        Example("双方将进一步加强合作签约更多项目。", None),
        Example(
            "俄罗斯总统普京同朝鲜领导人金正恩举行会谈。会谈后，两国签署了全面战略伙伴关系条约。",
            {"parties": ["俄罗斯", "朝鲜"], "kind": "条约"},
        ),
        Example(
            "会谈后，赵乐际与鲁斯塔姆共同签署了中国全国人大与塔议会上院合作协议。",
            {"parties": ["中国全国人大", "塔议会上院"], "kind": "合作协议"},
        ),
        Example(
            "河北塞罕坝机械林场、中国广核集团有限公司等4家项目开发单位负责人签署了自愿减排项目交易合规倡议。",
            {"parties": ["河北塞罕坝机械林场", "中国广核集团有限公司"], "kind": "倡议"},
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
        Example("我国目前已与29个国家建立双边电子商务合作机制，与18个国家签署数字经济投资合作备忘录。",
                {"parties": ["我国", "18个国家"], "kind": "合作备忘录"}),
        Example("中央广播电视总台与中国移动通信集团有限公司今天举行战略合作暨版权合作签约活动。",
                {"parties": ["中央广播电视总台", "中国移动通信集团有限公司"], "kind": "战略合作"}),
        Example("今天，上海一批重大项目签约开工。", {"parties": ["上海"], "kind": "项目签约"}),
        Example("2024苏州全球招商大会签约367个项目，总投资额超4000亿元。", None),  # the place names the meeting
        Example("目前，三地已签署《营商环境一体化发展合作框架协议》。", {"parties": ["三地"]}),
        # a province and its city written together are one side (and 成都 keeps its 都)
        Example("新年伊始，内蒙古呼和浩特和包头市达成合作。", {"parties": ["内蒙古呼和浩特", "包头市"]}),
        Example("四川成都与重庆签署合作协议。", {"parties": ["四川成都", "重庆"]}),
        Example("习近平同刚果（布）总统萨苏举行会谈。会谈后，两国元首共同见证签署多项双边合作文件。",
                {"parties": ["中国", "刚果（布）"], "kind": "合作文件"}),
        Example("国家主席习近平出席金砖国家领导人会晤，并对南非进行国事访问。双方发表联合声明，两国元首见证签署多项双边合作文件。",
                {"parties": ["中国", "南非"], "kind": "合作文件"}),  # the state the story's visit goes to
        Example("今天，中国商飞与7家租赁公司签订了300架国产大飞机C919订单。",
                {"parties": ["中国商飞", "7家租赁公司"], "kind": "订单"}),
        Example("俄白两国于1999年签署建立俄白联盟国家条约。", {"parties": ["俄罗斯", "白俄罗斯"], "kind": "条约"}),
        Example("3日，埃及、卡塔尔等五国外长发表声明，呼吁达成一项保证永久停火的协议。", None),  # called for
        Example("哈马斯30日发表声明称，愿在以色列停止进攻加沙地带的情况下与以方达成全面协议。", None),  # willing
        Example("哈马斯27日发表声明说，该组织对达成加沙地带停火协议持开放态度。", None),  # an attitude
        Example("阿利耶夫说，两国之间有可能达成和平协议。", None),  # possible
        Example("去年6月，瑞典、芬兰、土耳其就加入北约的谈判达成三方备忘录。",
                {"parties": ["瑞典", "芬兰", "土耳其"]}),  # who the topic names is no party
        Example("伊朗与伊拉克就边境安全问题签署协议。", {"parties": ["伊朗", "伊拉克"]}),
        Example("17家雄安新区科技成果转化基地揭牌，12个产学研项目签约。", None),  # a place inside another clause's name
        Example("在上海，63个项目集中签约。", {"parties": ["上海"]}),
        Example("在上海，举行了50多场新品发布活动，以及22个重大项目集中签约。", {"parties": ["上海"], "title": "22个重大项目"}),
        Example("双方共同出席中国共产党和巴西劳工党交流与合作协议签字仪式。", {"parties": ["中国共产党", "巴西劳工党"]}),
        Example("6月6日，中国－吉尔吉斯斯坦－乌兹别克斯坦铁路项目三国政府间协定签字仪式在北京举行。",
                {"parties": ["中国", "吉尔吉斯斯坦", "乌兹别克斯坦"], "kind": "协定"}),
        # a guest's offices are no parties: no agreement with its sides named
        Example("中共中央政治局常委、国务院副总理丁薛祥28日在北京出席昆明生物多样性基金合作协议签字仪式并致辞。", None),
        Example("中央广播电视总台与澳门特别行政区政府将展开新一轮合作。双方还将联合摄制多部纪录片，并签署了赛事媒体权利许可协议。",
                {"parties": ["中央广播电视总台", "澳门特别行政区政府"]}),  # the sides the sentence opens with, named before
        Example("中央广播电视总台与澳门特别行政区政府将展开新一轮合作。双方今天签署了合作协议。",
                {"parties": ["中央广播电视总台", "澳门特别行政区政府"]}),
        Example("伊朗总统莱希抵达叙利亚。伊叙两国签署了涵盖旅游文化合作、自由贸易协议在内的六份合作文件。",
                {"parties": ["伊朗", "叙利亚"], "kind": "合作文件"}),
        Example("沙特和伊朗宣布复交。中沙伊三方签署并发表联合声明。", {"parties": ["中国", "沙特", "伊朗"]}),
        # 阿 names no one state (阿拉伯国家): the sides as written
        Example("中阿双方11日签署了价值超过700亿元人民币的30多项经济与投资合作协议。", {"parties": ["中阿双方"]}),
        Example("苏丹冲突双方签署为期7天的停火协议。", {"parties": ["苏丹冲突双方"], "kind": "协议"}),
        Example("会后，丁薛祥分别同曼图罗夫、诺瓦克签署会议纪要。", {"parties": ["丁薛祥", "诺瓦克"], "kind": "会议纪要"}),
        Example("我们积极促成中阿双方签署合作协议。", None),
        # China before a list of states summed up by 等…国家: one agreement with each
        Example("我国与埃及、尼日利亚等多个国家签署了共建“一带一路”合作规划。", {"parties": ["我国", "埃及"]}),
        # a national tally with its subject left to the story is China's
        Example("目前，已与150多个国家和30多个国际组织签署200多份共建“一带一路”合作文件。",
                {"parties": ["中国", "150多个国家", "30多个国际组织"]}),
        Example("据介绍，已与150多个国家签署合作文件。", None),
        Example("今年，我国免签朋友圈不断扩大，与泰国、新加坡等国缔结互免签证协定。",
                {"parties": ["我国", "新加坡"], "kind": "协定"}),
        Example("今天，总台与中希文明互鉴中心和国际奥林匹克学院达成合作。",
                {"parties": ["总台", "中希文明互鉴中心", "国际奥林匹克学院"], "kind": "合作"}),
        Example("苏丹武装部队与快速支援部队达成的临时停火协议到期后，11日首都再度爆发冲突。",
                {"parties": ["苏丹武装部队", "快速支援部队"], "kind": "协议", "date": None}),
        Example("巴基斯坦巴中学会、吉尔吉斯斯坦国家图书馆等20家外国出版机构与中国外文局签约，共同翻译出版该书。",
                {"parties": ["巴基斯坦巴中学会", "中国外文局"], "kind": "签约"}),
        Example("雄安新区与150所高校签订共建引才工作站合作意向书。",
                {"parties": ["雄安新区", "150所高校"], "kind": "合作意向书"}),
        Example("长三角地区九个城市共同达成企业联合采购、要素对接等合作意向。",
                {"parties": ["长三角地区九个城市"], "kind": "合作意向"}),
        Example("活动期间将举办重点项目签约、创新创业大赛等活动。", None),
        Example("双方将签署合作备忘录。", None),
        Example("国际货币基金组织敦促美方尽快就提高债务上限一事达成协议。", None),
        Example("抗议者要求以色列政府立即与哈马斯就释放被扣押人员达成协议。", None),
        Example("南非是第一个同中国签署共建“一带一路”合作文件的非洲国家。", None),
        Example("米舒斯京表示，相信双方达成的共识将有助于推动双边合作。", None),
        Example("他表示，相信中毛签署共建“一带一路”合作规划，将深化和拓展两国各领域交流合作。", None),
        Example("普京表示，相信中俄两国今天签署的合作协议将推动两国合作。", {"parties": ["中国", "俄罗斯"]}),
        Example("26日，美国两党仍未就债务上限问题达成协议。", None),
        Example("习近平同德国总理朔尔茨举行会谈。双方在绿色发展等领域达成更多合作共识。", None),
        Example("两国元首见证下，双方达成一系列经贸合作成果。", None),  # outcomes, not an agreement
        Example("25家中央企业与新疆签署了183个合作项目。", {"parties": ["25家中央企业", "新疆"], "kind": "合作项目"}),
        Example("国家主席习近平6月28日签署第二十五号、第二十六号主席令。", None),  # a decree: a signing event, no agreement
        Example("5日，俄罗斯外长拉夫罗夫与到访的伊朗外长阿卜杜拉希扬签署了俄伊合作反制美国制裁的联合声明。",
                {"kind": "联合声明"}),  # (合作 inside the description)
        Example("今天（11月11日），宝马全新动力电池项目在辽宁沈阳签约，项目投资超百亿元。",
                {"parties": ["宝马"], "kind": "项目签约"}),  # the place where it is signed between
        Example("截至目前，中国与中亚国家均签署了共建“一带一路”的合作文件，制定了中长期经贸合作规划，签订了投资保护协定。",
                {"parties": ["中国", "中亚国家"], "kind": "协定"}),  # a later clause with no subject of its own
        Example("习近平会见中非总统图瓦德拉。峰会期间，双方签署共建“一带一路”合作规划等多项双边合作文件。",
                {"parties": ["中国", "中非"]}),  # (中非总统: the Central African Republic, not China and Africa)
        Example("习近平同哈萨克斯坦总统举行会谈。双方要以签署互免签证协定为契机，加强人文交流。", None),
        Example("经过多轮磋商，中国人民银行与阿根廷中央银行得以续签双边本币互换协议。",
                {"parties": ["中国人民银行", "阿根廷中央银行"]}),
        Example("李强同朔尔茨举行会谈。李强表示中方在乌克兰问题上立场一贯。会谈后，两国总理共同见证签署多项双边合作文件。",
                None),
        Example("截至今年11月，中国已与40个发展中国家签署48份气候变化南南合作谅解备忘录。",
                {"parties": ["中国", "40个发展中国家"], "kind": "谅解备忘录"}),
        Example("成员国领导人签署并发表《上海合作组织成员国元首理事会阿斯塔纳宣言》。",
                {"title": "上海合作组织成员国元首理事会阿斯塔纳宣言"}),
        Example("李强同德国总理朔尔茨举行会谈。会谈后，两国总理共同见证交换经贸、科技等领域多项双边合作文件。",
                {"parties": ["中国", "德国"], "kind": "合作文件"}),  # 德国总理: jieba's one word split
        Example("李强表示，45年前，两国老一辈领导人作出缔结中日和平友好条约的战略决断。", None),  # history recalled
        Example("塞方愿以两国签署自贸协定为契机，加强合作。", None),  # an occasion named
        Example("普京和金正恩今天在平壤签署全面战略伙伴关系条约。", {"parties": ["普京", "金正恩"]}),  # persons, as written
        Example("巴勒斯坦伊斯兰抵抗运动（哈马斯）27日发表声明说，已经和以色列达成停火协议。", {"parties": ["哈马斯", "以色列"]}),
        Example("巴勒斯坦14个派别高级别代表在北京签署了《北京宣言》。", {"parties": ["巴勒斯坦14个派别"]}),
        Example("习近平同塔吉克斯坦总统拉赫蒙共同会见记者。习近平指出，我们见证交换了20余份政府间、部门间文件。",
                {"parties": ["中国", "塔吉克斯坦"]}),  # the press meeting's two sides
        Example("习近平同中亚五国元首签署了《中国－中亚峰会西安宣言》。", {"parties": ["中国", "中亚五国"]}),
        Example("两国领导人签署联合声明。", None),  # no talks named: no states
        Example("俄罗斯外长拉夫罗夫与到访的伊朗外长阿卜杜拉希扬签署了联合声明。", {"parties": ["俄罗斯", "伊朗"]}),
        Example("中国与中亚国家均签署了共建“一带一路”合作文件。", {"parties": ["中国", "中亚国家"]}),
        Example("中法双方达成关于航空合作的协议。", {"parties": ["中国", "法国"]}),
        Example("峰会期间，集安组织成员国签署一系列文件。", {"parties": ["集安组织成员国"]}),  # the members, as written
        Example("中哈成功签署互设文化中心协议。", {"parties": ["中国", "哈萨克斯坦"]}),
        # the foreign leader named by person only: the state the story abbreviates, written as the story
        # writes its sides (孟加拉国 occurs nowhere in it)
        Example("仪式后，李强同哈西娜举行会谈。李强表示，中孟关系发展良好，中方愿同孟方深化合作。会谈后，两国总理共同见证签署多项双边合作文件。",
                {"parties": ["中方", "孟方"], "kind": "合作文件"}),
        Example("仪式后，李强同孟加拉国总理哈西娜举行会谈。李强表示，中方愿同孟方深化合作。会谈后，两国总理共同见证签署多项双边合作文件。",
                {"parties": ["中方", "孟加拉国"], "kind": "合作文件"}),
        Example("习近平同塔吉克斯坦总统拉赫蒙举行会谈。会谈后，两国元首签署了联合声明，共同见证签署经贸、科技等领域多项双边合作文件。",
                {"parties": ["中国", "塔吉克斯坦"], "kind": "合作文件"}),
        Example("卡茨表示，如果以色列和哈马斯就交换被扣押人员达成协议，以方将暂缓行动。", None),
        Example("从签署《二十国集团数字经济发展与合作倡议》，到发起“中非携手构建网络空间命运共同体倡议”，再到提出《全球人工智能"
                "治理倡议》，中国是积极倡导者。", None),  # the first step of a span of change looked back on
        Example("苏丹武装部队和快速支援部队代表20日在沙特吉达签署为期7天的人道主义停火协议。",
                {"parties": ["苏丹武装部队", "快速支援部队"], "kind": "协议"}),
        Example("来自法国、韩国等国家的36家企业代表还与消博会组委会，举行了意向展商集中签约仪式。",
                {"parties": ["36家企业代表", "消博会组委会"], "kind": "签约"}),
        # what is signed, named before the verb, ends no side's name; a signing joined after it has no sides of its own
        Example("会上举行了江苏省政府与央企战略合作框架协议签约仪式。",
                {"parties": ["江苏省政府", "央企"], "kind": "战略合作框架协议"}),
        Example("会上，还举行了江苏省政府与央企战略合作框架协议签订和百亿级重大产业项目集中签约。",
                {"parties": ["江苏省政府", "央企"], "kind": "战略合作框架协议", "verb": "签订"}),
        Example("会上举行了深圳市与腾讯公司合作备忘录签署仪式。", {"parties": ["深圳市", "腾讯公司"]}),  # (not 举行了深圳市)
        Example("会上举行了浙江省人民政府与华为技术有限公司数字经济合作框架协议签署仪式。",
                {"parties": ["浙江省人民政府", "华为技术有限公司"]}),  # (words of the text's name before its kind)
        Example("中国与老挝就合作协议签订和签证互免问题进行了磋商。", None),  # a topic of talks (签证 signs nothing)
        Example("习近平会见厄立特里亚总统伊萨亚斯。会谈后，中厄双方签署了经济技术合作文件。",
                {"parties": ["中国", "厄立特里亚"]}),
        # a consensus reached is not signed (annotators list no 共识 as an agreement)
        Example("习近平同阮富仲总书记举行会谈，双方达成一系列重要共识。", None),
        Example(
            "52个非洲国家以及非盟委员会同中国签署了共建“一带一路”合作文件。",
            {"parties": ["52个非洲国家", "中国"]},
        ),
        Example("16日，卡塔尔政府称，哈马斯与以色列达成一项人道主义协议。", {"parties": ["哈马斯", "以色列"]}),
        Example("今天，多家车企与宁德时代签署战略合作协议。", {"parties": ["多家车企", "宁德时代"]}),
        Example("国家主席习近平同法国总统马克龙举行会谈。会谈后，习近平同马克龙共同见证签署多项合作文件。",
                {"parties": ["中国", "法国"]}),
        Example("李强同圣多美和普林西比总理特罗瓦达举行会谈。会谈后，两国总理共同见证签署多项合作文件。",
                {"parties": ["中国", "圣多美和普林西比"]}),
        Example("中国同哈萨克斯坦发表了联合声明，签署了多份合作协议。", {"parties": ["中国", "哈萨克斯坦"]}),
        Example("我国推动实施了3个自贸协定，签署了与洪都拉斯的自贸协定早期收获安排。", {"parties": ["我国", "洪都拉斯"]}),
        Example("王毅表示，签署互免签证协定是两国关系的大事。", None),  # spoken of
        Example("习近平同塞尔维亚总统武契奇举行会谈。——我们共同见证签署多项合作文件。", {"parties": ["中国", "塞尔维亚"]}),
        Example("巴林民航局称，根据巴林与卡塔尔之间达成的协议，两国将恢复航班。", {"parties": ["巴林", "卡塔尔"]}),
        Example("中国与20个共建国家先后签署了自贸协定。", {"parties": ["中国", "20个共建国家"]}),
        Example("李强同埃及总理马德布利举行会谈。会谈后，两国总理共同见证了落实全球发展倡议等多项双边合作文件的签署。",
                {"parties": ["中国", "埃及"], "kind": "合作文件"}),
        Example("联合国秘书长古特雷斯欢迎巴勒斯坦各派别签署《北京宣言》。", None),  # the speaker signs nothing
        Example("我国已与21个共建“一带一路”国家签署政府间国际道路运输协定。", {"parties": ["我国", "21个共建“一带一路”国家"]}),
        Example("中方欢迎瑙鲁成为又一个同中国签署共建“一带一路”合作文件的国家。", {"parties": ["中国", "瑙鲁"]}),
        Example("活动现场，20家意向入驻企业、11家中关村集成服务机构分别与科技园签署入驻协议。",
                {"parties": ["11家中关村集成服务机构", "科技园"]}),
        Example("8月31日，美国国防部与美国军火巨头雷神公司签署了价值1.92亿美元的合同。",
                {"parties": ["美国国防部", "雷神公司"], "kind": "合同"}),
        # the speaker witnesses with the heads of state named: his state is a party too
        Example("昨天我还同坦桑尼亚和赞比亚两国元首共同见证激活坦赞铁路协议的签署。",
                {"parties": ["中国", "坦桑尼亚", "赞比亚"]}, "2024-09-05"),
        # what is signed may stand before the verb with the day, the place and an adverb between
        Example("《北京船舶司法出售公约》今天（9月5日）在京签约，中国、沙特等15个国家和地区成为公约的首批签约方。",
                {"parties": ["15个国家和地区"], "title": "北京船舶司法出售公约"}),
    ),
)

RULES = (AGREEMENTS,)
