"""Noun phrases and clause readings that rules share: the subject phrase before a verb, a quoted
name before it, and whether the clause tells of a plan, a call or a year to come rather than of
something done. The initiative and milestone rules read sentences through these."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import cast

from g60extract.ner.orgs import SESSION_ORDINAL
from g60extract.ner.recognizer import Entity, SentenceView
from g60extract.rules.context import CURRENT_FRAME, NUMERAL, ArticleContext, find_words, outside_quotes

_ATTEND = ("出席", "参加")  # who attends (not 举行/召开: 在今天举行的仪式上 is a setting)
_WITNESS = ("见证",)  # 两国领导人在…共同见证了边境集市开张: what was witnessed is the subject

# used with .match(text, pos): no ^, which would only match at the string's real start
COUNT_PREFIX = re.compile(r"(?:首[张个部份批]|\d+多?[个家批项条座所张份部]|[一二三四五六七八九十两多]+[个家批项条座所张份部])")

_SUBJECT_LEAD = re.compile(
    r"(?:标志着|意味着|随着|伴随着)?(?:今天|今日|昨天|日前|近日|目前|当天|此前|随后|同时|此外|其中|截至目前|不久前|前不久|几天前|我国)?"
    r"(?:（[^）]{1,12}）)?(?:上午|下午|晚间)?"
)
# the adverbs that may stand between a name and its verb (正式, 已, 即将 …): one list for both patterns
# (no word that is another repeated: 刚 covers 刚刚, and 刚刚|刚 under * would backtrack exponentially)
GAP_ADVERBS = ("正式|顺利|成功|全面|全线|基本|全部|陆续|相继|密集|集中|同步|首次|率先|同时|同日|也|于|自|即将|将|已经|已"
                "|刚|不久前|一次性|近日|日前|近期|对外|向社会|全球|全国|全网|按计划|重新|再次|全容量|今起|明起|明日起|即日起|当日起|双向|公开|向国内外|向海内外|向全国|向全球|面向国内外|面向海内外|面向全国|面向全球|面向社会")

MARKS = ("标志着", "意味着", "预示着")  # what a clause reached marks (…，标志着…)
# words that make a phrase a category, not a name (国家重大水利工程, 骨干工程, 重点项目)
DESCRIPTION = re.compile(r"国家级|省级|重大|重点|骨干|标志性|示范性")
# 以签署…为契机, 以建立…为契机: what a verb inside the frame does is the occasion of another act, not news
OCCASION_FOR = re.compile(r"为(?:契机|标志|起点|抓手|重点)")
THIS_OCCASION = ("此次", "本次", "这次")  # the occasion the story reports (此次签署的…, 本次大会发布的…)
# one word that may stand between a name and the verb after it (在杭州, 正式, 已, 实现全国 …)
_QUOTED = re.compile(r"“[^“”]*”")
_GAP_ADVERB_WORDS = tuple(sorted(GAP_ADVERBS.split("|"), key=len, reverse=True))


def _before_adverbs(text: str, start: int, end: int) -> int:
    """Where the adverbs that close text[start:end] begin (…两会新闻中心|正式): read word by word from
    the end, so no input makes it slower than linear."""
    while (word := next((w for w in _GAP_ADVERB_WORDS if text.endswith(w, start, end)), None)) is not None:
        end -= len(word)
    return end


# (从…开往…的G2963次列车|首发运行: a 从 phrase that a 的 ties to the name describes it, no gap; 在线 is
# "online", no place: …在线登记服务平台上线, but 在线上 is where: …今天在线上启动; 跨里海中欧班列|实现常态化开行: how it runs)
_VERB_GAP = re.compile(
    rf"(?:在(?![建役运营研]|线(?!上))[^，。在“”]{{1,24}}?|从[^，。从“”的]{{2,24}}?|以[^，。“”]{{1,8}}?(?:方式|形式)|{GAP_ADVERBS}|发布|获批|实现全国|(?:实现)?常态化|实现"
    # 秦岭站7日建成并|投入使用: a first step of the same opening; 神舟十五号载人飞船搭载着三名航天员|发射升空: its crew
    r"|(?:建成|竣工|落成|完工)并|搭载着?(?:[一二三四五六七八九十两\d]{1,2}名)?航天员"
    # 关累港口岸通过国家验收|正式对外开放: the acceptance that clears the opening
    r"|通过[^，。通]{0,8}验收并?)$"
)


def verb_at(ctx: ArticleContext, pos: int) -> bool:
    """A verb of two or three characters starts at ``pos`` (促进, 支持)."""
    recognizer = ctx.org_recognizer
    return recognizer is not None and any(ctx.text[pos : pos + k] in recognizer.pure_verbs for k in (2, 3))


def is_directive(ctx: ArticleContext, s: SentenceView, vs: int, *, narrated_pace: bool = False) -> bool:
    """要制定出台…措施, 要建立健全…机制, 要稳妥推进…政策落地: what a speech or document calls for,
    a modal word of its own earlier in the verb's clause, not something done.

    ``narrated_pace``: read the lexicon's pace_words (加快, 探索) as narrative, not a call (山东加快实施
    “十强产业”行动: done, as news tells it)."""
    start = ctx.clause_start(s, vs)
    if in_listed_measures(ctx, s, start, vs):
        return True
    modals = ctx.lexicon.trigger_list("modal_words")
    if narrated_pace:
        pace = set(ctx.lexicon.trigger_list("pace_words"))
        paced = any(start <= a and b <= vs and ctx.text[a:b] in pace for a, b in s.tokens)
        # (印尼愿同中国…，欢迎…，加快推进“两国双园”等重大项目: a pace word under an earlier wish is the wish's)
        modals = [w for w in modals if w not in pace]
        wishes = {*modals, *ctx.lexicon.trigger_list("unrealised_words"), *ctx.lexicon.trigger_list("future_words")}
        if paced and any(s.start <= a and b <= start and ctx.text[a:b] in wishes for a, b in s.tokens):
            return True
    return _modal_in(ctx, s, start, vs, modals) or _called_for_earlier(ctx, s, start, modals) or _demand_voiced(ctx, s, start)


def _demand_voiced(ctx: ArticleContext, s: SentenceView, start: int) -> bool:
    """他要求，科学开展大规模国土绿化行动: a clause with no subject of its own after one that ends on
    要求 is what the speaker demands, not what is done (要求各地开展… names its addressees and stays
    the demand's object, read as news by dev)."""
    if ctx.text.find("要求", s.start, start) < 0:
        return False  # (most sentences: no clause to walk back through)
    return any(ctx.text.endswith("要求", pos, end) and _voices_demand(ctx, s, pos, end - 2)
               for pos, end in clauses_carried_on(ctx, s, start))


def _voices_demand(ctx: ArticleContext, s: SentenceView, start: int, demand: int) -> bool:
    """他要求, 会议要求, 他提出明确要求: the clause's subject voices the demand; not one met or answered
    (落实…“清零”要求, 对照国务院安委会要求, 应巴基斯坦政府要求), where another verb governs 要求 the noun."""
    if _DEMAND_MET.search(ctx.text, start, demand) and not _DEMAND_PUT.search(ctx.text, start, demand):
        return False
    governing = [ctx.text[a:b] for a, b in s.tokens if start <= a and b <= demand and verb_at(ctx, a)]
    return all(w in _DEMAND_VOICING for w in governing) and not _DEMAND_ANSWERED.search(ctx.text, start, demand)


_DEMAND_PUT = re.compile(r"提出[^，。；]{0,4}$")  # 提出明确要求: a demand put, not met
_DEMAND_VOICING = frozenset({"提出", "强调", "明确", "进一步", "严格", "同时"})
_DEMAND_ANSWERED = re.compile(r"对照|执行|响应|结合|遵循|(?<![反答])应")


def is_demanded(ctx: ArticleContext, s: SentenceView, vs: int) -> bool:
    """印发通知，要求各级工会…建立健全防暑降温工作制度, 要求…巴士公司…发出通知: what a notice or an
    order demands of others, in the verb's clause or an earlier one it carries on, not done (the
    lexicon leaves 要求 out of modal_words: 要求各地开展“新春走基层”活动 still names the campaign)."""
    start = ctx.clause_start(s, vs)
    return _modal_in(ctx, s, start, vs, ["要求"]) or _called_for_earlier(ctx, s, start, ["要求"])


def _modal_in(ctx: ArticleContext, s: SentenceView, start: int, end: int, modals: list[str]) -> bool:
    """A modal word of the text between ``start`` and ``end`` that calls for what follows: not one
    inside a name, a title or a quote (“巾帼要建新功”主题活动), nor a noun (响应联合国呼吁, 探索井)."""
    named = [(e.start, e.end) for e in s.entities if e.label in ("ORG", "WORK_OF_ART")]
    nouns = ctx.lexicon.trigger_list("modal_nouns")
    for a, b in s.tokens:
        if start <= a and b <= end and ctx.text[a:b] in modals and not any(x <= a < y for x, y in named):
            if not outside_quotes(ctx.text, start, a):
                continue
            # 探索建立, 建议创建: a word that is also a noun (探索井, 决议、建议、意见) governs only the verb after it
            if ctx.text[a:b] in nouns and not verb_at(ctx, b):
                continue
            if ctx.text[a:b] == "应" and _AT_REQUEST.match(ctx.text, b, end):
                continue  # 应联合国大会请求发表…: at someone's request, not "should"
            if ctx.text[a:b] == "要求" and (
                ctx.text[a - 1 : a] in _DEMAND_OWNED or ctx.text.startswith(("的", "和", "、"), b)
                or _DEMAND_MET.search(ctx.text, start, a)
            ):
                # 按照…的要求发布, 要求和部署, 落实…“清零”要求，推出…: a demand met or named, a noun (要求各级工会…
                # 建立…: a call)
                continue
            if _ANSWERED.search(ctx.text, max(start, a - 12), a):
                continue  # 响应联合国呼吁，开展…: the call answered, by what follows
            return True
    return False


_ANSWERED = re.compile(r"响应[^，。；]{0,10}$")
_DEMAND_OWNED = frozenset("的按照据")
_DEMAND_MET = re.compile(r"落实|贯彻|按照|根据|依照|依据|遵照|符合|满足|达到|提出")


# …等30项举措, 等24条措施: the count and head that sum up a list of measures
_CONTENTS_SUMMED = re.compile(r"等[\u4e00-\u9fff]{0,4}?(?:举措|措施|政策|任务|内容)")
_COUNTED_MEASURES = re.compile(rf"等{NUMERAL}多?[条项个][\u4e00-\u9fff]{{0,6}}?(?:举措|措施|政策|任务)")


def in_listed_measures(ctx: ArticleContext, s: SentenceView, start: int, vs: int, ve: int | None = None) -> bool:
    """推出强化…服务、开展…试点、推行…管理等30项举措: a verb inside the list a released document's
    count sums up is one of its measures, not something done; with ``ve``, the verb at ``vs`` may
    be the release verb that opens the list (what follows it is not its own programme)."""
    if start == s.start and ctx.text.startswith("包括", start) and CURRENT_FRAME.search(ctx.text, s.start, s.end) is None and (
        _CONTENTS_SUMMED.search(ctx.text, vs, ctx.clause_end(s, vs)) is not None
    ):
        return True  # 《…》…。包括开展…试点、…等措施: what the document told before contains, listed
    released = find_words(ctx.text, start, vs if ve is None else ve, ctx.lexicon.trigger_list("release_verbs"))
    if not released:
        return False
    summed = _COUNTED_MEASURES.search(ctx.text, vs, ctx.clause_end(s, vs))
    return summed is not None and "、" in ctx.text[released[0][1] : summed.start()]


def _called_for_earlier(ctx: ArticleContext, s: SentenceView, start: int, modals: list[str]) -> bool:
    """要聚焦重大问题，推出高质量成果: a clause with no subject of its own carries on the call of an
    earlier clause of the sentence that opens with a modal word (not a pace word: 加快推进…，建成… may
    be narrative)."""
    pace = ctx.lexicon.trigger_list("pace_words")
    calls = [w for w in modals if w not in pace]
    # (各级党委和政府要广泛开展…，加大…，开展“寒冬送温暖”专项救助行动: the call after the subject of the
    # clause the later ones carry on)
    return any(_modal_in(ctx, s, pos, end, calls) for pos, end in clauses_carried_on(ctx, s, start))


def clauses_carried_on(ctx: ArticleContext, s: SentenceView, clause: int) -> Iterator[tuple[int, int]]:
    """The earlier clauses of the sentence whose subject, call or plan ``clause`` carries on: while a
    clause has no subject of its own (it opens with its verb, with 同/与/和/向/为/对, or with a setting,
    在/针对/围绕…), the one before it, up to six back."""
    pos = clause
    for _ in range(6):
        setting = ctx.text.startswith(_CARRIED_PREPOSITIONS, pos)
        if pos <= s.start or not (
            _opens_with_verb(ctx, s, pos) or ctx.text[pos] in _CARRIED_OPENERS or setting or _adverb_then_verb(ctx, s, pos)
        ):
            return
        if setting and _named_after_setting(ctx, s, pos):
            return  # 在此背景下生态环境部今天发布…: the clause names its own subject after the setting
        pos = ctx.clause_start(s, pos - 1)
        yield pos, ctx.clause_end(s, pos)


def _opens_with_verb(ctx: ArticleContext, s: SentenceView, pos: int) -> bool:
    """A clause's first word is a verb: jieba's, or one it tags otherwise that policy prose opens a
    clause with (壮大新兴产业, 健全…机制: lexicon clause_verbs, as a whole word, not 深化后的…)."""
    if verb_at(ctx, pos):
        return True
    end = next((b for a, b in s.tokens if a == pos), None)
    return end is not None and ctx.text[pos:end] in ctx.lexicon.trigger_list("clause_verbs") and (
        not ctx.text.startswith(("的", "后", "仪式", "式", "会", "大会"), end)  # (启动仪式上…: a noun phrase)
    )


def _named_after_setting(ctx: ArticleContext, s: SentenceView, pos: int) -> bool:
    """A body or place before the first verb of a clause that opens with 在 (or 针对, 围绕), other than
    the place right after 在 (在中国设立常设秘书处: 常设秘书处 is the object)."""
    end = ctx.clause_end(s, pos)
    verb = next((a for a, b in s.tokens if pos < a < end and b - a >= 2 and verb_at(ctx, a)), end)  # (not the 下 of 在…下)
    return any(e.label in ("ORG", "GPE") and pos + 1 < e.start < verb for e in s.entities)


# a clause that opens with a setting (…，在…等方面推出高质量成果; 已着手研究，针对不同行业出台…指南) has
# no subject either, unless it names one after the setting (_named_after_setting)
_CARRIED_PREPOSITIONS = ("在", "针对", "围绕")
_CARRIED_OPENERS = frozenset("同与和向为对")


def _adverb_then_verb(ctx: ArticleContext, s: SentenceView, pos: int) -> bool:
    """扎实开展…, 广泛开展…: a clause opening with a manner word and its verb has no subject either."""
    word_end = next((b for a, b in s.tokens if a == pos), None)
    return word_end is not None and ctx.text[pos:word_end] in ctx.lexicon.trigger_list("manner_words") and verb_at(
        ctx, word_end
    )


_AT_REQUEST = re.compile(r"[^，。；]{1,30}?(?:请求|要求|邀请|之邀|之请)")


# (签署了《…联合公报》、新版《中俄投资合作规划纲要》: a title listed with its edition before it)
TITLES_JOINED = ("", "、", "和", "与", "及", "以及", "、新版", "和新版", "及新版")


def titles_run(text: str, titles: list[Entity]) -> list[Entity]:
    """The titles written one after another from the first (《A》《B》, 《A》以及《B》), in order."""
    run = titles[:1]
    for t in titles[1:]:
        if text[run[-1].end : t.start] not in TITLES_JOINED:
            break
        run.append(t)
    return run


def without_dates(ctx: ArticleContext, s: SentenceView, start: int, end: int) -> str:
    """The text between two positions with its date mentions removed (not a date inside a quoted
    name: “看电影过大年——2024年春节档…活动”)."""
    pieces, pos = [], start
    for d in s.of("DATE"):
        if start <= d.start and d.end <= end and outside_quotes(ctx.text, start, d.start):
            pieces.append(ctx.text[pos : d.start])
            pos = d.end
    pieces.append(ctx.text[pos:end])
    return "".join(pieces)


# 我国最大平价海上风电项目, 全球单机容量最大风电机组: a superlative describes a works named elsewhere
SUPERLATIVE = re.compile(r"最(?:大|长|高|深|快|早|先进)")

# a quoted name or a model's code right before 首批/首条 (“夸父一号”|首批, ARJ21|首条)
_FIRSTS = ("首个", "首家", "首批", "首列", "首条", "首座", "首台")
_NAMED_OWNER = re.compile(r"(?:“[^“”]{2,12}”|[A-Z]{1,6}-?\d{1,4}[A-Z]?)的?$")
_DESCRIBED_BY = re.compile(r"之一|首[个台座条]|第一|重点|重大|最大|关键|节点|组成部分|\d")
_KIND_HEADS = ("工程", "项目", "平台", "系统", "设施", "装置")  # what describes a works before a dash

_PLANNED_AFTER = re.compile(r"(?:于|在)?(?:明年|年内|年底|今年年底|今年底|\d{4}年|\d{1,2}月)")


_OUTLOOK = re.compile(r"(?:[^，。；]{0,12}[，,])?展望")
# 未来5年在金砖国家设立10个海外学习中心, 今后三年培训…: what is to be done over years to come
_YEARS_AHEAD = re.compile(r"(?:未来|今后)[\d一二三四五六七八九十两]{1,2}(?:年|个月)")


def _plans(ctx: ArticleContext, a: int, b: int) -> bool:
    """计划 (at ``a``..``b``) as a verb before another (我国计划完成…), not the plan a clause follows
    (按照计划推进…, 根据既定计划…, 年度计划完成…)."""
    return verb_at(ctx, b) and not ctx.text.endswith(_PLAN_AS_NOUN, 0, a)


_PLAN_AS_NOUN = ("按照", "根据", "依照", "按", "既定", "原", "年度", "工作")


def is_planned(ctx: ArticleContext, s: SentenceView, verb: int, will: bool = True) -> bool:
    """…等多条铁路将建成通车, 线路计划2027年底建成通车, 南凭高铁计划明年全线建成通车: a launch
    planned, by a word of the clause before the verb (planned_words); 计划 only before a time to come or
    another verb (我国计划完成…; 全民健身计划在北京启动 is launched, 按照计划推进… follows a plan), 将 not as 把
    (将《…》正式印发 is released), a forecast's 将 of a state not carried on. Without ``will``,
    将 alone plans nothing (将于11月12日正式开馆: a day set, which ``_scheduled`` reads)."""
    if _OUTLOOK.match(ctx.text, s.start, verb):
        return True  # 展望本世纪中叶，…，美丽中国全面建成: an outlook, every clause of it still to come
    clause = ctx.clause_start(s, verb)
    if _YEARS_AHEAD.search(ctx.text, clause, verb):
        return True
    planned = ctx.lexicon.trigger_list("planned_words")
    if ctx.text.startswith(("随着", "伴随着"), clause) and any(
        s.start <= a and b <= clause and ctx.text[a:b] in planned for a, b in s.tokens
    ):
        return True  # 联合会预计，随着…政策落地，…: what a forecast's 随着 clause supposes, not news
    if ctx.text.endswith("负责", clause, verb):
        return True  # 负责组建新一届政府: a charge given, not done
    agreed = ctx.lexicon.trigger_list("agreed_to_words")
    proposed = ctx.lexicon.trigger_list("proposal_words")
    founding = tuple(ctx.lexicon.trigger_list("establish_verbs"))
    for a, b in s.tokens:
        if not (clause <= a and b <= verb):
            continue
        word = _planning_word(ctx, a, b)
        if not will and word in ("将", "将要"):
            continue
        if word in agreed and "经" not in ctx.text[clause:a] and (word == "同意" or ctx.text[b:verb] in ("", "好")):
            # 同意…组建临时民族和解政府, 正准备出台: agreed to or prepared, not yet done (not 经国务院同意，…成立:
            # approved; nor 海南全岛封关运作准备已全面启动: the preparation is what starts)
            return True
        if word in planned and not _ba(ctx, word, b, verb) and not _MODIFIER_BETWEEN.fullmatch(ctx.text, b, verb):
            return True
        if word in proposed and b == verb and ctx.text.startswith(founding, verb):
            return True  # 中方倡议成立上海合作组织数字教育联盟: proposed, not founded
        if word == "计划" and (_PLANNED_AFTER.match(ctx.text, b, verb) or (b < verb and _plans(ctx, a, b))):
            return True  # (计划完成…, 计划于明年…: planned; not …行动计划启动, 全民健身计划在北京启动)
    # 中国将同…合作开展中文教育，…，建立中文学习测试中心: the plan of an earlier clause carried on (中方愿同各方
    # 一道，建立…机制: or its wish)
    # (中国气象局预计华南将有强降雨，启动…应急响应，成立前方工作组: a forecast's 将 of a state to come plans
    # nothing the forecaster then does)
    wished = ("愿", "愿意", "希望")
    return will and any(
        start <= a and b <= end and (ctx.text[a:b] in wished or (
            (word := _planning_word(ctx, a, b)) in planned and not _ba(ctx, word, b, end)
            and not _forecasts_state(ctx, start, end, a, b)
        ))
        for start, end in clauses_carried_on(ctx, s, clause) for a, b in s.tokens
    )


def _planning_word(ctx: ArticleContext, a: int, b: int) -> str:
    """The word at ``a``..``b``, or 将 where jieba glued it to the 门 of a body's 部门 (交通运输部|门将|加强:
    the goalkeeper its dictionary knows)."""
    word = ctx.text[a:b]
    return "将" if word == "门将" and ctx.text.endswith("部", 0, a) else word


_FORECAST = re.compile(r"预计|预测|预报|预告|预估")
# what a forecast says will be, not what its maker will do (预计华南将有强降雨; not 预计明年将建成…平台)
_FORECAST_STATE = re.compile(
    r"将(?:会)?(?:有|出现|迎来|发生|达到|增长|下降|超过|持续|保持|遭遇|降温|升温|影响|带来|面临|受到|回升|回落"
    r"|(?:增加|减少)(?=[，。；]))"  # (降雨将增加，: a state; not 将增加研发投入: the maker's act)
)


def _forecasts_state(ctx: ArticleContext, start: int, end: int, a: int, b: int) -> bool:
    """The planned word at ``a``..``b`` of the clause ``start``..``end`` is a forecast's, or its 将, and
    what it says will be is a state (预计华南将有强降雨), not the forecaster's act."""
    if _FORECAST.fullmatch(ctx.text, a, b) is not None:
        return _FORECAST_STATE.search(ctx.text, b, end + 1) is not None  # (its clause's comma closes a state)
    return _FORECAST.search(ctx.text, start, a) is not None and _FORECAST_STATE.match(ctx.text, a) is not None


# 即将出征巴黎残奥会的中国体育代表团在北京成立: the plan word inside a modifier of the subject, closed by
# its 的 before the verb; it plans what the modifier says, not the verb (but 即将推出的重大举措: the verb
# inside; 将在双方的共同努力下建成, 将有六项…的…措施开始实施: a 的 inside a prepositional phrase or the
# object of 有, the verb still planned)
_MODIFIER_BETWEEN = re.compile(r"(?!在|于|以|按|根据|从|由|对|向|为|与|和|有)[^，。；“”《》在于以]{2,20}的[^，。；的]{2,24}")


def still_to_come(ctx: ArticleContext, s: SentenceView, pos: int) -> bool:
    """将组织第28次建制单位轮换, 计划于明年首飞: planned (``is_planned``) or put in the future by a word of
    the clause before ``pos`` (the lexicon's future_words)."""
    future = ctx.lexicon.trigger_list("future_words")
    return is_planned(ctx, s, pos) or bool(find_words(ctx.text, ctx.clause_start(s, pos), pos, future, s.word_starts))


# (not 从成都到香港的高铁首发: a route, named with its 的)
_SPAN_OF_CHANGE = re.compile(r"从[^，。；的从到]{2,30}到[^，。；的从到]{2,30}")


def step_of_change(ctx: ArticleContext, s: SentenceView, pos: int) -> bool:
    """从创立双周协商座谈会到探索举办远程协商会，…: a span of change looked back on, its steps summing up
    what was done, none of them news. Its ends may be a clause apart (从A、B，到开展…行动), and it may
    go on (从签署《…倡议》，到发起…，再到提出…): each step is one."""
    start, end = ctx.clause_start(s, pos), ctx.clause_end(s, pos)
    text = ctx.text
    if _SPAN_OF_CHANGE.fullmatch(text, start, end):
        return True
    if text.startswith("从", start):
        # (its first step; not 从今天起举办…，到11月10日闭幕: a time frame that opens with a date)
        # (but 从2019年开始签署…，到2023年建成…: steps of past years look back all the same)
        framed = any(d.start == start + 1 and text.startswith(("起", "开始", "以来"), d.end)
                     and not ctx.dated_before_this_year(s, d.start, d.start + 1, year_written=True) for d in s.of("DATE"))
        return not framed and end < s.end and text.startswith(("到", "再到"), end + 1)
    before = ctx.clause_start(s, start - 1) if start > s.start else -1
    if text.startswith("到", start) and before >= 0:
        return text.startswith("从", before)
    if text.startswith("再到", start) and before > s.start and text.startswith("到", before):
        return text.startswith("从", ctx.clause_start(s, before - 1))
    return False


def _ba(ctx: ArticleContext, word: str, after: int, end: int) -> bool:
    """将 used as 把, not as "will": 将《…》正式印发, 将数据确立为生产要素, 将其列入…集群."""
    return word == "将" and (ctx.text.startswith(("《", "“"), after) or _BA_OBJECT.match(ctx.text, after, end) is not None)


_BA_OBJECT = re.compile(r"[^，。；]{1,12}?(?:(?:确立|列|作|视|定|设|命名|认定)为|纳入|列入|写入)")


# a one-character word that opens a prepositional phrase, not a subject (并|向|社会公开发布)
PREPOSITIONS = frozenset("由从在对向把将被与和为")

_QUOTED_TAIL = re.compile(r"“([^“”]{2,30})”[号轮]?$")  # (…发电装置“南鲲”号, 航标船“海巡156”轮: a vessel's name)


_RANKED = re.compile(rf"第一|首[个座台艘列条]|{SUPERLATIVE.pattern}|[一二三四五六七八九十]大")
_EDITION_BEFORE = re.compile(rf"{SESSION_ORDINAL}届$")


def _route_from(text: str, begin: int, end: int) -> bool:
    """A line's two ends, from the phrase's start or after a dash (…重要组成部分——内蒙古集宁经…至原平)."""
    m = _ROUTE_OF.search(text, begin, end)
    return m is not None and (m.start() == begin or text[m.start() - 1] in "—：:")


def quoted_before(ctx: ArticleContext, s: SentenceView, start: int, verb: int) -> tuple[int, int] | None:
    """平台“海基一号”投用, 栏目“高质量发展故事汇”昨天正式上线: a quoted name right before the
    verb, with only a date and adverbs between."""
    gap = _without_gap_words(without_dates(ctx, s, start, verb))
    m = _QUOTED_TAIL.search(gap)
    if m is None:
        return None
    name = m.group(1)
    if name.endswith(tuple(ctx.lexicon.trigger_list("meeting_heads"))):
        return None  # “…招聘会”今天启动: a meeting opens
    at = ctx.text.rfind("“" + name + "”", start, verb)
    if at < 0:
        return None
    if m.group(0).endswith(("号", "轮")):
        return at, at + len(name) + 3  # “南鲲”号, “海巡156”轮: named with its 号 or 轮
    before = next((ctx.text[a:b] for a, b in s.tokens if b == at), "")
    if ctx.org_recognizer is not None and len(before) > 1 and before in ctx.org_recognizer.pure_verbs:
        return None  # 从“书架”走向|“货架”在产业中落地: the object of another verb
    # 2024黑龙江“冷水鱼·冬捕季”正式启动: the year and the place before the quote are part of the name
    lead = at
    # 中欧（中亚）班列“京张号”: a kind of works named right before the quote is part of the name
    works = [*ctx.lexicon.trigger_list("project_heads"), *ctx.lexicon.trigger_list("season_heads")]
    kind_before = subject_phrase(ctx, s, start, at, works) if ctx.text.endswith(tuple(works), start, at) else None
    # (not 亚洲第一深水导管架平台“海基一号”, 全国首个氢能示范项目“氢进万家”: a description that ranks the works,
    # whose name is the quote; nor 系列活动“…”: a generic kind)
    if kind_before is not None and (kind_before[1] != at or _RANKED.search(ctx.text, start, at) or is_generic(
        ctx.text[kind_before[0] : at], works, generic_words(ctx)
    )):
        kind_before = None
    lead = kind_before[0] if kind_before is not None else lead
    place = next((e for e in s.of("GPE") if e.end == lead and e.start >= start), None)
    lead = place.start if place is not None else lead
    # 2024国际消费季暨第五届上海“五五购物节”: the edition, and a season held as one with it
    edition = _EDITION_BEFORE.search(ctx.text, start, lead)
    lead = edition.start() if edition is not None else lead
    if ctx.text.endswith("暨", start, lead) and (joint := subject_phrase(ctx, s, start, lead - 1, works)) is not None:
        lead = joint[0] if joint[1] == lead - 1 else lead
    year = _YEAR_BEFORE.search(ctx.text, start, lead)
    lead = year.start() if year is not None else lead
    if lead < at:
        return lead, at + len(name) + 2
    return at + 1, at + 1 + len(name)


def titled_before(ctx: ArticleContext, s: SentenceView, start: int, verb: int) -> tuple[int, int] | None:
    """《中央广播电视总台首届青年京剧演员大会》今天（9月8日）在北京启动: a titled programme right before the
    verb, with only a date, a place and adverbs between; the span of the title inside its marks (the
    gap is read after the title, so a date or a 在 inside the title stays its own: 《在希望的田野上》)."""
    close = ctx.text.rfind("》", start, verb)
    opening = ctx.text.rfind("《", start, close) if close >= 0 else -1
    if opening < 0 or not 2 <= close - opening - 1 <= 40 or "》" in ctx.text[opening + 1 : close]:
        return None
    return (opening + 1, close) if not _without_gap_words(without_dates(ctx, s, close + 1, verb)) else None


def _without_gap_words(gap: str) -> str:
    """``gap`` with the adverbs, 在 phrases and other gap words at its end stripped, one by one."""
    while (word := _VERB_GAP.search(gap)) is not None and word.start() < word.end():
        gap = gap[: word.start()]
    return gap


_YEAR_BEFORE = re.compile(r"(?<![\d年])(?:19|20)\d\d(?:年度|年)?$")  # (2024年度“国聘行动”)


def generic_words(ctx: ArticleContext) -> set[str]:
    return set(ctx.lexicon.trigger_list("generic_project_words")) | set(ctx.lexicon.org_generic)


def is_generic(name: str, heads: list[str], generic: set[str]) -> bool:
    """重点项目, 10个重点项目, 辽宁一批重大项目: a category, not a named project."""
    prefix = COUNT_PREFIX.match(name)
    name = name[prefix.end() :] if prefix else name
    head = next((h for h in sorted(heads, key=len, reverse=True) if name.endswith(h)), "")
    rest = name[: len(name) - len(head)]
    for word in sorted(generic, key=len, reverse=True):
        rest = rest.replace(word, "")
    return len(rest) < 2 or ("一批" in name and "第一批" not in name) or "多个" in name or "一大批" in name


_CLAUSE_LINKS = frozenset({"以及", "并", "并且", "而且", "特别是", "尤其是", "包括"})
# adverbs that form compounds inside names (自愿减排交易市场, 自主创新示范区, 自动驾驶测试区)
_COMPOUNDING = frozenset({"自愿", "自主", "自动", "自由"})


def _after_last_adverb(ctx: ArticleContext, s: SentenceView, begin: int, end: int) -> int:
    """国家发展改革委将推动项目 → 推动项目: an adverb or a clause link inside the phrase means
    the name starts after it (outside quotes: “看电影过大年”活动 keeps its words)."""
    recognizer = ctx.org_recognizer
    if recognizer is None:
        return begin
    text = ctx.text
    tokens = [(a, b) for a, b in s.tokens if a >= begin and b <= end]
    for i, (a, b) in enumerate(tokens):
        word = text[a:b]
        if not outside_quotes(text, begin, a):
            continue
        # an adverb cuts only where a verb follows it (将推动项目); 国家自然博物馆 keeps 自然
        nxt = text[tokens[i + 1][0] : tokens[i + 1][1]] if i + 1 < len(tokens) else ""
        # (超长期特别国债: 特别 is an adverb as much as a verb, so 长期 before it is not a clause's)
        # (only a true verb after it: 项目一期|四台机组 stays one name, jieba tagging 一期 d and 四台 m)
        if word in _CLAUSE_LINKS or (word in recognizer.adverbs and nxt in recognizer.pure_verbs and nxt not in recognizer.adverbs
                                     and word not in _COMPOUNDING):
            begin = b
    return begin


def _head_at(text: str, end: int, heads: list[str]) -> str | None:
    """The longest of ``heads`` that ends at ``end``."""
    return next((h for h in sorted(heads, key=len, reverse=True) if text.startswith(h, end - len(h))), None)


def document_heads(ctx: ArticleContext) -> tuple[str, ...]:
    """Every head of the lexicon's document kinds, longest first, built once per extractor."""
    key = ("document_heads",)
    if key not in ctx.gates:
        heads = {h for hs in ctx.lexicon.triggers["document_heads"].values() for h in hs}
        ctx.gates[key] = tuple(sorted(heads, key=len, reverse=True))
    return cast(tuple[str, ...], ctx.gates[key])


_TITLE_AFTER_OF = frozenset({"意见", "实施意见", "指导意见", "若干意见", "通知", "决定", "决议", "批复"})


# a section, a region or a status in brackets after a name: 杭绍甬高速（杭绍段）, …专科联盟(西部), …(筹)
# a line named by its ends (not 途经…, 全长约256公里、连接…: a description of its course)
_ROUTE_OF = re.compile(r"(?!途经|连接|贯通|经过|沿)[^，。；的、\d—]{2,12}至[^，。；的、\d—]{2,8}$")
_ROUTE_WORKS = ("铁路", "高速铁路", "高铁", "高速公路", "高速", "公路", "航线", "线路", "班列", "城际铁路")
SECTION_AFTER = re.compile(r"[（(](?:[^（）()]{1,10}(?:段|期|部分|线)|[东西南北中]部|[东西南北]区|筹|筹备|试行)[）)]$")


def head_phrase_end(ctx: ArticleContext, s: SentenceView, start: int, limit: int, heads: Sequence[str]) -> int | None:
    """Where a name that opens at ``start`` (a word's start) ends: at its last head, before the first
    mark, 的, 是 or adverb, or a verb after a head (刚刚投产的两条…拆解生产线|正在…: a verb inside the
    name; 刚刚闭幕的进博会|签约项目…超过上届博览会: not up to the later head). None: no head."""
    recognizer = ctx.org_recognizer
    text = ctx.text
    last = None
    for a, b in s.tokens:
        if a < start:
            continue
        if b > limit:
            break
        word = text[a:b]
        if not ("\u4e00" <= word[0] <= "\u9fff" or word[0].isalnum() or word[0] in "“”") or word in ("的", "是"):
            break
        if recognizer is not None and (word in recognizer.adverbs or (last is not None and word in recognizer.pure_verbs)):
            break
        if text.endswith(tuple(heads), start, b):
            last = b
    return last


_PLACE_PAIR = re.compile(r"(?![新大该此本全各主首])[\u4e00-\u9fff]{2}")


# verbs a plan is the object of (…行动计划于明天在北京启动, …合作计划于7月签署): 计划 then stays its head
_ACTS_ON_PLANS = ("启动", "出台", "发布", "印发", "公布", "签署", "实施", "推出", "通过", "审议")


def _plans_ahead(ctx: ArticleContext, s: SentenceView, pos: int) -> bool:
    """于 or 在 at ``pos``, then a date after the article's own day (…计划于明天发射, 计划在2027年建成)."""
    if not ctx.text.startswith(("于", "在"), pos) or ctx.published is None:
        return False
    today = ctx.published.isoformat()
    return any(d.start == pos + 1 and str(d.attrs.get("value") or "")[:10] > today for d in s.of("DATE"))


def subject_phrase(ctx: ArticleContext, s: SentenceView, start: int, verb: int,
                    heads: list[str]) -> tuple[int, int] | None:
    """The noun phrase ending in a head word that is the subject right before ``verb``."""
    seg_end = verb
    text = ctx.text
    attend = [v for v in ctx.lexicon.trigger_list("meeting_attend_verbs") if v.startswith(_ATTEND)] + list(_WITNESS)
    # walk back over dates, 在X and adverbs between the phrase and the verb
    while True:
        moved = False
        for d in s.of("DATE"):
            if d.end == seg_end:
                seg_end, moved = d.start, True
        pos = start
        while (m := _VERB_GAP.search(text, pos, seg_end)) is not None and m.start() < m.end() and (
            text[m.start()] == "从" and not any(e.start == m.start() + 1 for e in s.entities if e.label in ("ORG", "GPE"))
        ):
            pos = m.start() + 1  # 从 before a named place (从酒泉卫星发射中心), not the 从 of 广州市从化区
        if m and m.start() < m.end() and not find_words(text, m.start(), seg_end, attend):
            # (在杜尚别共同出席中方援塔议会大楼…落成仪式: what follows 出席 is the object, not a place)
            described = text.rfind("的", m.start(), seg_end)
            # (设在北京梅地亚中心的两会新闻中心正式|启用: the head before the adverbs the gap also took)
            head_end = _before_adverbs(text, max(described, m.start()), seg_end)
            if heads and text.startswith("在", m.start()) and described >= 0 and (
                _head_at(text, head_end, heads) is not None and _head_at(text, m.start(), heads) is None
                and not any(verb_at(ctx, a) for a, b in s.tokens if described < a and b <= head_end)
            ):
                seg_end = head_end
                break  # 宝马集团在中国投资最大的动力电池项目|动工: a 在 clause describing the head, no place
            seg_end, moved = m.start(), True
            # (热线12月1日|前开通: the segmenter reads 日前 as "lately", so the gap began inside the date)
            seg_end = next((d.start for d in s.of("DATE") if d.start < seg_end < d.end), seg_end)
        if not moved:
            break
    if text.endswith("计划", start, seg_end) and _plans_ahead(ctx, s, seg_end) and not text.startswith(_ACTS_ON_PLANS, verb):
        seg_end -= 2  # 神舟十六号载人飞船计划于明天发射: 计划 is the verb that plans it, not a head
    # 杭绍甬高速（杭绍段）建成通车: the section a name ends with, in brackets, is part of it
    section = SECTION_AFTER.search(text, start, seg_end)
    if section is not None and heads and _head_at(text, section.start(), heads) is not None:
        span = subject_phrase(ctx, s, start, section.start(), heads)
        return (span[0], seg_end) if span is not None else None
    # 嫦娥六号探测器由长征五号遥八运载火箭…发射: who or what carries it out follows 由, after the subject
    # (not 由…主办的…活动: a 由 inside the description before 的)
    # (nor 由…编制并定期发布, 由我国搭建|完成: the agent's own verbs, what it does, not who launches)
    # (nor the 由 of a quoted name: “文明由我”志愿服务活动)
    agent = next((a for a, b in s.tokens if start + 4 <= a < seg_end and text[a:b] == "由" and outside_quotes(text, start, a)),
                 None)
    if agent is not None and "的" not in text[agent:seg_end] and (text.endswith("运载火箭", agent, seg_end) or not any(
        agent < a and b <= seg_end and (text[a:b] == "并" or verb_at(ctx, a)) for a, b in s.tokens
    )):  # (a rocket's name holds 运载, a verb to jieba)
        before_agent = subject_phrase(ctx, s, start, agent, heads)
        if before_agent is not None:
            return before_agent
    # no heads: any noun phrase (…十大考古新发现揭晓)
    head = _head_at(text, seg_end, heads)
    if head is None and heads:
        return None
    lead = _SUBJECT_LEAD.match(text, start, seg_end)
    begin = lead.end() if lead else start
    for d in s.of("DATE"):
        # (2023年下半年全国征兵体检工作, 2022—2023年度中国建设工程鲁班奖: a half-year or a span of years names
        # the round too)
        years = d.attrs.get("granularity") == "interval" and _YEARS_SPAN.fullmatch(str(d.attrs.get("value")))
        attached = (d.attrs.get("granularity") in ("year", "half") or bool(years)) and not d.attrs.get("relative")
        inside = begin < d.start and d.end < seg_end and bool(d.attrs.get("relative"))
        if ((d.start <= begin < d.end or d.start == begin) and not attached) or inside:
            begin = d.end  # 今天（…）, 国家今年…: not part of a name; 2024年金秋招聘月活动 keeps its year
    described = begin  # (我国规模最大的…项目——: a description may run through a 的)
    de = text.rfind("的", begin, seg_end)
    while de >= 0 and not outside_quotes(text, begin, de):
        de = text.rfind("的", begin, de)  # (主办的…“我们的中国梦…”活动: the 的 outside the quote)
    if de >= 0 and not (text[de + 1 : seg_end] in _TITLE_AFTER_OF and (
        text.startswith("关于", begin) or text.endswith(document_heads(ctx), begin, de)
    )) and not (_route_from(text, begin, de) and text[de + 1 : seg_end] in _ROUTE_WORKS):
        # (not …行动计划的意见: an untitled 关于…的意见 is named by the whole phrase; nor 集宁经大同至原平的高速铁路:
        # a line named by its ends)
        begin = de + 1
        if text.startswith(_FIRSTS, begin) and (owner := _NAMED_OWNER.search(text, described, begin)) is not None:
            begin = owner.start()  # 卫星“夸父一号”的|首批科学图像: the first of a named craft's, named by it
    begin = _after_last_adverb(ctx, s, begin, seg_end)
    if text.startswith("是", begin):
        begin += 1  # 特别是督促…项目: a copula, then the clause's verb
    if text.startswith("“", begin) and "”" not in text[begin:seg_end]:
        begin += 1  # 他说：“上海机场联络线今日开通: the quote opens speech, not a name
    # 习近平出席…投运仪式, 宣布…市场启动, 举行了…落成仪式: who attended, announced or held is not the name
    if find_words(text, begin, seg_end, list(MARKS)):
        return None  # 它的合龙标志着南深高铁…线下工程|全面竣工: a stage restated as what something marks
    for hit in find_words(text, begin, seg_end, ctx.lexicon.trigger_list("meeting_attend_verbs")
                          + ctx.lexicon.trigger_list("announce_verbs") + list(_WITNESS)):
        begin = max(begin, hit[1] + text.startswith("了", hit[1]))
    # a headline's two halves are apart by a space; 《A》等系列计划 names the series after 等
    cut = max(text.rfind(" ", begin, seg_end), text.rfind("\u3000", begin, seg_end))
    if cut >= 0 and outside_quotes(text, begin, cut):
        begin = cut + 1
    listed = text.rfind("等", begin, seg_end)
    if listed >= 0 and re.search(r"[》”][^《“]{0,6}$", text[begin:listed]):
        begin = listed + 1
    works = tuple(ctx.lexicon.trigger_list("project_heads"))
    for count in (*_FIRSTS, "第一个", "一批"):
        at = text.rfind(count, begin, seg_end)
        if at >= 0 and count in ("首台", "首批") and text.endswith(works, begin, at) and at - begin >= 4:
            continue  # 三峡电站首台机组, 乌恰风电场首批机组: the unit of named works, named with them
        if at >= 0 and count == "首批" and at - begin >= 4 and is_generic(text[at + 2 : seg_end], heads, generic_words(ctx)) and (
            not SUPERLATIVE.search(text, begin, at) and not COUNT_PREFIX.match(text, at + 2)
        ):
            # 甘肃省三北工程攻坚战首批重点项目: a batch of kind only, named by whose batch it is
            # (not 海拔最高风电场首批机组; a counted 首批50个…项目 is the next test's)
            continue
        if at >= 0 and count == "首批" and at - begin >= 2 and COUNT_PREFIX.match(text, at + 2) and (
            text.endswith(works, at, seg_end)
        ):
            continue  # 北京市2023年首批50个重大项目: a counted batch named by whose it is, as 雄安新区56个重点项目 is
        if at >= 0 and count in ("首条", "首列", "首个") and _route_from(text, begin, at):
            continue  # 黑龙江至荷兰首条中欧班列线路: the first on a route, named by it
        if at >= 0 and count != "一批" and _NAMED_OWNER.search(text, begin, at) and not SUPERLATIVE.search(text, begin, at):
            continue  # “夸父一号”首批科学图像, ARJ21首条中亚航线: the first of a named craft's, named by it
        if at >= 0 and not (count == "一批" and text.startswith("第", at - 1)):
            begin = at + len(count)  # 海南省首个营商环境建设局 → 营商环境建设局
        # (海南2023年第一批自贸港建设项目: a numbered batch is named by its number)
    dash = text.rfind("——", begin, seg_end)
    if dash >= 0 and not outside_quotes(text, begin, dash):
        dash = -1  # 2023年“我们的中国梦——文化进万家”活动: a dash inside a quoted name
    same_head = dash >= 0 and any(text.startswith(h, dash - len(h)) and text.startswith(h, seg_end - len(h)) for h in heads)
    # (新一代…技术平台——星图地球智脑引擎: a description headed by a kind of works or platform; but
    # 全国迎春消费季——2023“老字号嘉年华”活动 names a campaign, whose event keeps its name)
    kind = dash >= 0 and (
        text.endswith(_KIND_HEADS, described, dash) or _DESCRIBED_BY.search(text, described, dash) is not None
    )
    if dash >= 0 and (same_head or kind):
        begin = dash + 2  # 国家150项重大水利工程之一——河南省…工程: the name follows the description
    umbrella = _UMBRELLA.match(text, begin, seg_end)
    if umbrella is not None and seg_end - umbrella.end() >= 6:
        begin = umbrella.end()  # “铸牢共同体 中华一家亲”主题宣传活动|“八桂大地展新颜”集中采访: the campaign it belongs to
    if head is not None:
        # 国家重大水利工程、国家水网骨干工程珠江三角洲…工程: the name after its kind, the last head whose own
        # words describe (国家重点水利工程、西藏拉萨旁多引水工程“三通一平”基础工程: not the works named)
        inner = text.rfind(head, begin, seg_end - len(head))
        while inner >= 0:
            own = max(begin, text.rfind("、", begin, inner) + 1, text.rfind(head, begin, inner) + len(head))
            if DESCRIPTION.search(text, own, inner):
                break
            inner = text.rfind(head, begin, inner)
        if inner >= 0 and seg_end - inner >= 2 * len(head) + 4:
            begin = inner + len(head) + text.startswith("、", inner + len(head))
    # (“上海企业登记在线”网上服务平台: a 在 inside a quoted name is no preposition)
    if "在" in _QUOTED.sub("", text[begin:seg_end]) or any(
        a == begin and (text[a:b] in PREPOSITIONS or text[a:b] in PREPOSITION_WORDS) for a, b in s.tokens
    ):
        # (并向社会公开|发布, 通过铁海联运班列从钦州港|发出: a preposition's phrase, not a subject;
        # 和林格尔… is a name)
        return None
    longest = 60 if "暨" in text[begin:seg_end] else 40  # (two occasions 暨 joins: each may be named in full)
    # (洋山港, 钱凯港, 雄安站: a place's port, station or bridge, named in three characters)
    short_works = seg_end - begin == 3 and text[seg_end - 1] in "港站桥" and _PLACE_PAIR.fullmatch(
        text, begin, seg_end - 1
    ) is not None and text[begin:seg_end] not in ctx.lexicon.trigger_list("common_works_nouns")
    if (seg_end - begin < 4 and not short_works) or seg_end - begin > longest or text.startswith(DEMONSTRATIVES, begin):
        return None  # (该项目计划|今年7月开工建设: a reference back to a project named earlier, not its name)
    return begin, seg_end


# a quoted campaign named in full by its head word, before the quoted name of one of its parts
_UMBRELLA = re.compile(r"“[^“”]{2,20}”[^“”，。；]{0,6}?(?:活动|行动|工程|计划|宣传)(?=“)")


PREPOSITION_WORDS = ("面向", "针对", "围绕", "通过", "按照", "根据", "依托", "对于", "关于", "经过")


def target_year(ctx: ArticleContext, s: SentenceView, verb: int) -> bool:
    """框架体系2026年基本建成 (read in 2023): a year to come set right before the verb, past adverbs
    only (not 2025年第九届亚冬会…场馆建设全面启动, where the year is part of the name; nor a day a
    launch is scheduled for, …活动11月1日启动, which the annotators report)."""
    if ctx.published is None:
        return False
    year = str(ctx.published.year)
    for d in s.of("DATE"):
        value = d.attrs.get("value")
        first = value.split("/", 1)[0] if isinstance(value, str) else ""  # (2025—2027年: a span of years to come)
        if not (first[:4].isdigit() and first[:4] > year and d.end <= verb):
            continue
        if len(first) == 4 and verb <= d.end + 8 and _GAP_ONLY.fullmatch(ctx.text, d.end, verb):
            return True
        # 到2027年，全国一体化算力网基本建成: a target set for a year to come governs the clauses after it
        if ctx.text.endswith(_BY_YEAR, s.start, d.start) and not re.search(r"已|已经|。", ctx.text[d.end : verb]):
            return True
    return False


_YEARS_SPAN = re.compile(r"\d{4}/\d{4}")
_BY_YEAR = ("到", "至", "力争到", "争取到", "预计到", "计划到")


_GAP_ONLY = re.compile(rf"(?:{GAP_ADVERBS})*")

DEMONSTRATIVES = ("上述", "该", "此", "这")
