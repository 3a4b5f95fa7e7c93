"""Event rules. Meetings are read from sentences; signing, establishment, launch, release,
designation and award events are derived in the pipeline from the agreements and initiatives
found (one event per initiative, one signing event per signing date).

Three shapes name a meeting: "NAME(在PLACE)举行/开幕" (the head nearest the verb ends the
name), "ORG举行/召开NAME", and "出席/主持NAME(开幕式)". Occasions held the same way (植树活动,
入驻仪式, 宣传周, 龙舟世界杯) are events of type other; counted ones (98场配套活动) are not named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from g60extract.lexicon import EDITION, LEG_SITE
from g60extract.ner.orgs import SESSION_ORDINAL
from g60extract.ner.recognizer import Entity, SentenceView
from g60extract.page import HEADLINE_MAX, SENTENCE_FINAL
from g60extract.rules.base import Example, SentenceRule
from g60extract.rules.context import (
    CURRENT_FRAME,
    DAYS_RUN,
    FIRST_IN_YEARS,
    LOOKED_BACK,
    NUMERAL,
    ArticleContext,
    find_words,
    outside_quotes,
    split_listed,
)
from g60extract.rules.phrases import COUNT_PREFIX, clauses_carried_on, head_phrase_end, is_planned, still_to_come

_JOINED_NAME = re.compile(r"[^，,。；;：:、在的]+")
# (党的 is part of a name: “四下基层”与新时代党的群众路线理论研讨会; so is the 的 of …关于…的重要思想研讨会)
_NAME_LEFT_STOP = re.compile(
    r"[，,。；;：:、]|在|于|(?<!党)的(?!重要(?:思想|论述|讲话|指示))|举行|召开|出席|参加|主持|期间|当天|今天|今日|昨天|将|作为|以"
    r"|是|距离|距|宣布|提请|提交|随着"  # (随着北京冬奥会成功举办: the time the holding marks, not the name)
    # (热烈祝贺 is one word to jieba, and a stop counts as a whole word only; 丁进勇热烈祝贺…论坛成功隆重开幕:
    # who congratulates is no part of the name; 庆祝…大会 is a name)
    r"|热烈祝贺|祝贺|预祝"
)
def _experienced(text: str, s: SentenceView, ve: int) -> bool:
    """举办过, 召开过: the verb's experiential 过, a word of its own (not the 过 of 召开|过渡期…推进会)."""
    return text.startswith("过", ve) and ve + 1 in s.word_starts


_OWN_DELEGATION = re.compile(r"[他她其]所在的")
# (呼吁阿盟召开外长级紧急会议: a meeting called for)
_INVITED_TO_HOLD = re.compile(r"(?<!的)(?:邀请(?![赛函])|呼吁|敦促)[^，。；]{1,20}$")
_AT_INVITATION = re.compile(r"[应受]")  # 应/受…邀请: at someone's invitation, the meeting held
_AGREED_ON = re.compile(r"达成|一致|协商|磋商|沟通")
_INVITED = re.compile(r"(?:欢迎|诚邀|鼓励|希望)[^，。；访来]{0,6}$")
_SOME = ("一些", "多个", "多场", "各类", "各种", "有关", "所有", "历届", "每届")
_GUEST_CAME_FOR = re.compile(r"(?:开幕式|闭幕式|开幕|闭幕)?(?:并[^，。；的]{1,12})?的")
_EVERY_EDITION = re.compile(r"以来的(?:历次|历届|所有|每届)")
# 18项竞赛, 72次重要会议: meetings counted, not named
_COUNTED_HEAD = re.compile(
    rf"{COUNT_PREFIX.pattern}[\u4e00-\u9fff]{{1,4}}"
    r"|(?:约|近|超|逾)?(?:\d+(?:\.\d+)?|[两三四五六七八九十]{1,3})[万千百]?(?:多|余)?(?:届[\u4e00-\u9fff]{1,4}|[场次轮][\u4e00-\u9fff]{1,10})"
)  # (参加18项竞赛, 一共举办了五届世园会, 共举办2.3万场招聘会, 约1.1万场招聘活动, 参加15次学习交流座谈会:
# counted, none named; a session's number is no count: 十四届全国人大二次会议)
_DEMONSTRATIVE = ("这样的", "这种", "这类", "此类", "这些", "那样的")
# 习近平向…峰会开幕致贺信: whom a letter or a speech is addressed to (but 烈士纪念日向人民英雄敬献花篮仪式,
# 中国向世界卫生组织捐赠仪式: a 向 inside the name)
# 同意适时举行…战略对话, 中方愿…举行中欧人权对话: a dialogue agreed or offered, not held (besides the
# lexicon's unrealised_words and modal_words: 愿, 希望, 尽快, 建议 …)
_AGREED_WORDS = ("同意", "商定", "适时", "可以", "年内", "下一步", "计划")
_CLAUSE_END = re.compile(r"[，。；]")
_TO = re.compile("向|对")  # (…向大会召开, 对年会召开表示祝贺: whom the congratulation goes to)
_ADDRESSED = re.compile(
    r"(?:开幕|召开|举办|成立|视频|书面)?(?:致|发来)(?:贺信|贺电|贺词|贺|信|电|辞|词)|表示(?:热烈的?|衷心的?)?祝贺"
)  # (…峰会开幕致贺信, 向大会召开表示热烈祝贺: in the name's own clause)
_PLACE = re.compile(
    r"在(?!今天|今日|昨天|昨晚|今晚|当天|当日|明天|同日|近日|日前|会前(?!厅)|当地时间)([^，,。；;在]{1,20}?)"
    # (在杭州圆满闭幕, 在海口、儋州同时开幕, 在莫斯科以线上线下结合方式举行: how, not where)
    r"(?:以[^，,。；;在]{1,10}?方式)?(?:隆重|盛大|正式|顺利|成功|圆满|胜利|同时|同步|先后|共同|分别|相继){0,2}"
    r"(?:举行|召开|举办|开幕|开馆|闭幕|落幕|启幕|落下帷幕|拉开帷幕)"  # (也在今天开幕: a time, not a place)
)
# what may stand between a meeting's name and 举行: dates (removed first), 在+place, adverbs;
# literal alternatives only and a bounded gap, so no input can make it backtrack
_PHASES = r"(?:首|第?[一二三])期(?:展览)?"  # a fair's phases, no part of its name
_GAP_WORDS = re.compile(
    r"(?:今天|今日|昨天|当天|当日|同日|日前|近日|当地时间|上午|下午|中午|全天|晚上|晚间|傍晚|凌晨|计划于|定于|将于|将|于|已|也|同步|同时|正式|全面|集中|联合|共同|隆重|盛大|顺利|成功|继续|圆满|刚刚|刚|同期|晚|正在$|正(?=在)"
    r"|全国总决赛|全国决赛|总决赛|半决赛|决赛|复赛|初赛|预赛"  # …技能大赛决赛正在陕西举行: a stage of the contest
    r"|时隔(?:\d{1,3}|[一二三四五六七八九十两多]{1,3})(?:年|个月|天)(?:之后|后)?|再次|再度"  # …大会时隔5年再次召开
    rf"|{_PHASES})*+"  # 第136届广交会首期展览进入第四天: a phase of the fair (possessive: 将于 is also 将·于)
)
_PHASE = re.compile(rf"(?:{_PHASES})$")
_SEASON = re.compile(r"^(?:夏季|冬季)")
_OPENS_OR_CLOSES = ("开幕", "闭幕", "开赛", "落幕", "拉开帷幕", "圆满落幕")


def _without_session(name: str) -> str:
    """峰会开幕式 → 峰会, 论坛全体会议 → 论坛: the meeting whose session is named."""
    return next((name[: -len(w)] for w in SESSION_WORDS if name.endswith(w) and len(name) > len(w)), name)
_STAGE_CHARS = frozenset("决复初预")  # 决赛, 复赛, 初赛, 预赛
EDITION_FIRST = re.compile(rf"第{NUMERAL}届|首届|\d{{4}}年?(?!\d)")  # 第三十八届泰山国际登山节, 2024黑龙江…节
def _any_of(words: Iterable[str]) -> str:
    """A regex alternation of lexicon words, longest first; one that matches nothing when empty."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"


@lru_cache(maxsize=4)
def _under_way(words: tuple[str, ...]) -> re.Pattern[str]:
    """进入 (the lexicon's under_way_words) before 第N天, 第N个比赛日 or 开幕后: a meeting under way."""
    return re.compile(rf"(?:{_any_of(words)})(?=第[一二三四五六七八九十\d]{{1,2}}(?:天|个比赛日)|开幕后)")
_HELD_OR_OPENED = frozenset({"举行", "召开", "举办", "开幕", "闭幕"})  # (not 开展, 开启, 启动: what a clause does)
# 由…主办, 圆满完成各项议程: what a clause says of the meeting it names before 开幕 or 闭幕 follows
_HOSTED_BY = re.compile(
    r"由[^，。；由]{2,40}?(?:共同|联合)?(?:主办|承办|举办)$|(?:圆满|顺利)?完成了?(?:全部|各项|所有|预定|既定)?(?:各项)?议程$"
)
_GAP_PLACE = re.compile(r"在[^，,。；;在]{1,20}")  # 在京, 在沪: a one-character place
_MAX_GAP = 40
_ABBREVIATION = re.compile(r"^（[A-Za-z][A-Za-z0-9\-]{1,11}）")  # 第十六次缔约方大会（COP16）20日…开幕: the name's abbreviation
# 本届广交会, 此次展会, 主题展览: a reference to a meeting or a kind of one, not its name
_DEMONSTRATIVES = ("这场", "这次", "此次", "本次", "本届")
_MIN_NAMED = 6  # characters after a demonstrative that make a name rather than a bare head (大会)
_NOT_A_NAME = (*_DEMONSTRATIVES, "的", "了", "该", "主题", "系列", "相关", "各类", "多场", "一系列",
               "又一", "一次", "一个", "一场", "一届", "这一", "各种", "历次", "多边", "重要会议", "另一",
               "首日", "此后", "此前", "以往", "往届", "前夕", "之前", "之际")
# (…审议17日在日内瓦举行首日会议: the first day of a meeting named before; 参加了此后历次中非合作论坛峰会:
# sessions recalled; 三中全会召开|前夕再次赴中亚出席…峰会: the time the verb sets, not a name)
# 主旨论坛, 高峰论坛, 论坛峰会: a part or a kind of a meeting named elsewhere, not a name
# the sessions a forum holds, counted or not (高层论坛和多场平行分论坛): its own, and no name of their own
_FORUM_SESSIONS = r"(?:(?:\d{1,3}|[一二三四五六七八九十两多]{1,3})场)?(?:(?:平行|专题)?分论坛|高层论坛|主论坛|主旨论坛|平行论坛)"
_PART_OF_MEETING = re.compile(rf"{_FORUM_SESSIONS}|(?:主旨|平行|专题|分|高峰|论坛)(?:论坛|峰会|会议)")
_SETTING = re.compile(
    r"[在从](?:[^，,。；;在]{0,16}?(?:开幕|举行|召开|举办)的|(?:今天|昨天|今晚|昨晚|当天|今年|\d{1,2}月\d{1,2}日|\d{1,2}日)(?:（[^（）]{1,12}）)?的?)?"
    # (学习贯彻党的二十大精神研讨班: 党的 is part of a name; “中立之友小组”成员国议会领导人会议: a quote too)
    r"(?P<name>“[^“”，,。；;]{4,40}”|(?:党的|“[^“”，,。；;]{1,30}”|[^，,。；;在的“”]){4,40}?)"
    r"(?:的?(?:开幕式|闭幕式|开班式))?(?:(?:上|期间|(?:举行|召开|开幕)?之际)"  # (在北京世园会的开幕式上)
    # (在…会议上明确表示, 还表示, 进一步指出, 重申: the speech verb after an adverb)
    r"(?:[，,]|了解到|获悉|(?:明确|一致|再次|纷纷|郑重|公开|首次|还|也|均|都|进一步|严正)?(?:发表|指出|强调|宣布|表示|提出|重申)"
    r"|(?:致辞|发言|讲话|演讲)(?![^，,。；;的]{0,4}的)"
    # (海关总署在第三届中非经贸博览会上首次发布了…: what the meeting is the setting of is made public there; not
    # 在…上发布的报告, 在…上签约的项目: what was released or signed there, referred to)
    r"|(?:首次|正式|集中|共同|还|也)?(?:发布|签署|签约|揭晓|亮相)(?!的))"
    # (在第78届联合国大会一般性辩论发言中: the words said there; not 在喀山会晤讲话中提出的…理念, a speech
    # referred to, nor 在…大会上讲话的一部分)
    r"|上?(?:发言|讲话|致辞)[中时](?![^，,。；;的]{0,4}的)"
    # (并在中国品牌发展国际论坛致辞: the speech right after a meeting's name, 上 left out)
    r"|(?:致辞|发言|讲话|演讲)(?![^，,。；;的]{0,4}的))"
    # “民心相通”专题论坛上，…: a clause that opens with the meeting, 在 left out as news often does
    r"|(?:(?<=[，,。；;\n])|(?<!.))(?P<bare>(?:“[^“”]{1,16}”)?[^，,。；;在的“”\s]{4,30}?)上[，,]"
)
# 今天（9月4日）在重庆开幕的2023中国国际智能产业博览会，分为…: a sentence that opens with the meeting
# held, told as a description of it, and goes on to say what it holds
_DESCRIBED_OPENING = re.compile(
    r"(?:(?<=[。；;\n])|(?<!.))(?:今天|昨天|今晚|昨晚|当天|\d{1,2}日)?(?:（[^（）]{1,12}）)?(?:上午|下午|晚上)?"
    r"在[^，,。；;在的]{1,16}?(?P<verb>开幕|举行|召开|举办)的(?P<name>[^，,。；;在的“”]{4,40}?)"
    r"(?=[，,]|吸引|分为|为期|围绕|聚焦|汇聚|展示|展出|共有|设置)"
)
# “中新合作服务贸易创新论坛”以“数字化—全球服务贸易新动能”为主题，…: a sentence that opens with a meeting's
# name and gives its theme reports the meeting (not 本届博览会以…: the one named before)
_THEMED_OPENING = re.compile(
    r"(?:(?<=[。；;\n])|(?<!.))(?P<name>“[^“”，,。；;]{2,30}”[^，,。；;“”在的]{0,8}|[^，,。；;“”在的本此这该今]"
    r"[^，,。；;“”在的]{3,30}?)以“[^“”\n]{1,40}”为(?:主题|主线)"
)
# (13日结束的北约防长会议决定…: a day given instead, the day it closed)
_JUST_CLOSED = re.compile(
    r"(?:刚刚|刚|前不久|不久前|日前|近日|(?P<day>(?<![\d月])(?:\d{1,2}月)?\d{1,2}日|昨天|昨晚)(?:（[^（）]{1,12}）)?)"
    r"(?:胜利|圆满|隆重|成功)?(?P<verb>闭幕|结束|落幕)的"
)
# a long quoted name closing a phrase that opens with something else (a body, a description)
_OWNED_QUOTE = re.compile(r"[^“”]{2,}(?:“[^“”]{1,12}”[^“”]{1,16})?(“[^“”]{8,40}”)")
_WHOLLY_QUOTED = re.compile(r"“[^“”]+”")
_RECALLED_BY_SPEAKER = re.compile(r"我们?[曾还也]?在$")
# (出席开幕式的领导和嘉宾: who attended; not 嘉宾见面会, a meeting of guests)
_GUESTS = re.compile(r"(?:活动|会议|仪式|典礼|开幕式|论坛|大会|峰会)的?(?:领导和|领导及)?(?:嘉宾|来宾)")
_RECALLED_SETTING = re.compile(r"(?:去年|前年|此前|刚才|上届|上一届|\d{4}年|[一二三四五六七八九十\d]{1,2}月)")


def _recalled_setting(ctx: ArticleContext, s: SentenceView, at: int, name: str) -> bool:
    """A meeting named as the setting of words said before: the speaker recalling his own (我在…上
    宣布; not 我在此次…上), or a remark described (这是…在…上…的决心). (A meeting the story dates in the
    past, 今年2月7日，…在…研讨班上, is reported with its date, as dev annotates it.)"""
    text = ctx.text
    if name.startswith(_DEMONSTRATIVES):
        return False
    if _RECALLED_BY_SPEAKER.search(text, max(s.start, at - 4), at + 1):
        return True
    return text.startswith("这是", ctx.clause_start(s, at)) and "的" in text[at : s.end]


def _in_year_before(ctx: ArticleContext, s: SentenceView, at: int) -> bool:
    """从2021年在第76届联合国大会一般性辩论上提出…: a year before the story's, right before the 在."""
    year = next((d for d in s.of("DATE") if d.end == at and ctx.clause_start(s, at) <= d.start), None)
    value = str(year.attrs.get("value") or "") if year is not None else ""
    return ctx.published is not None and len(value) == 4 and value.isdigit() and int(value) < ctx.published.year


def _named_in_full_before(text: str, name: str, at: int) -> bool:
    """委员长会议上，… after 十三届全国人大常委会第一百三十三次委员长会议: a short form of a meeting the story named."""
    before = text.find(name, 0, at)
    while before > 0:
        if text[before - 1] not in "，,。；;\n、“":
            return True
        before = text.find(name, before + 1, at)
    return False


_CALLED_WAYS = re.compile(r"倡导|倡议|鼓励|呼吁|号召|引导")
_WAYS_LISTED = re.compile(r"[^，。；]{0,20}?等(?:多种|各种|多样)?(?:形式|方式)")
_ONE_DESCRIBED = re.compile(r"(?:一场|一次|一届|又一场|这样一场)(?!主题)[^，。；“”]{2,30}的")
_NOT_ONE_SESSION = re.compile(rf"{NUMERAL}[届次]")
# (召开三年来: a time since it was held; 万隆会议召开70周年: its anniversary, not a session)
_SINCE_HELD = re.compile(
    r"[\d一二三四五六七八九十两几多]{1,3}多?(?:年|个月|周年)(?:以)?来|[\d一二三四五六七八九十百]{1,4}(?:多|余)?周年"
)
# 连续三年(在上海)举办: a series, when it stands right before the verb (not 连续六年…举办的进博会今天开幕);
# 举办过, 召开过 (read where the verb is matched): what a place or body has held before, a record
# 累计举办大型招聘活动9.2万场: a tally of many, not one held
# 举办进博会，就是要扩大开放: holding it is the topic of what it is for, no session reported
_AS_PURPOSE = re.compile(r"[，,](?:就是要|就是)")
_RUNNING = re.compile(
    r"连续(?:\d+|[两二三四五六七八九十]+)[年届次](?:在[^，。；在的]{1,12}?)?(?:成功)?$|累计[^，。；]{0,12}$"
    # 两次主持召开座谈会: a record (but 先后四次主持召开…座谈会: the sessions held one after another, reported)
    r"|(?<![第\d一二三四五六七八九十])(?<!先后)(?:\d+|[两三四五六七八九十]|多|几|数)次(?:亲自)?(?:主持)?$"
)


@lru_cache(maxsize=4)
def _kept_up(words: tuple[str, ...]) -> re.Pattern[str]:
    """坚持举办进博会、服贸会, 每年定期举办…: a practice kept up (the lexicon's habit_words), no session reported."""
    return re.compile(rf"(?:{_any_of(words)})(?:在[^，。；在的]{{1,12}}?)?$")
# …城市都举行了, 多地纷纷举行, 被巡视单位分别召开: a plural subject (not the 都 of 成都, 京都)
_ALL_OF_THEM = re.compile(r"(?:城市|地方|地区|单位|学校|高校|们)(?:都|均|分别)$|纷纷$")


def _distributed(ctx: ArticleContext, start: int, verb: int) -> bool:
    """各地举办…, 全国多地举行…, …城市都举行了…: occasions held by many hosts in many places (hosts
    named in the verb's clause, at most 24 characters before it; 各单位…参加研讨班 names attendees,
    and 参加 is no holding verb)."""
    hosts = ctx.lexicon.trigger_list("distributed_hosts")
    if find_words(ctx.text, max(start, verb - 24), verb, hosts):
        return True
    return _ALL_OF_THEM.search(ctx.text, start, verb) is not None


# the sessions of one meeting (…全会举行预备会议, 进博会开幕式): part of it, not another meeting
CEREMONY_WORDS = ("开幕式", "闭幕式", "开幕会", "闭幕会")
SESSION_WORDS = (*CEREMONY_WORDS, "全体会议", "全会", "预备会议")
_OWN_SESSION = re.compile(rf"(?:{'|'.join(SESSION_WORDS)}|第[一二三四五六七八九十\d]+次(?:全体)?会议|{_FORUM_SESSIONS})")
_UNNAMED_SESSION = re.compile(r"会议(?![\u4e00-\u9fff])")  # (…代表大会19日在哈瓦那举行会议，)
# 举行会谈: talks between leaders are a meeting the article names by this word alone
_SHORT_NAMES = frozenset({"会谈", "会晤", "会面", "对话"})
# talks a story reports whatever it says of their day; the others (会晤, 通电话) are reported with
# their day, and recalled without it (习近平主席同拜登总统去年11月在旧金山成功会晤)
_SHORT_NAMES_ANY_DAY = frozenset({"会谈"})
_STARTS = frozenset({"启动", "开启", "开展"})
# 、…等一系列会议 / 等多场论坛: a list of meetings closed by their kind
_HELD_AS_NOUN = re.compile(r"的(?:成功|顺利)?")
_LISTED_MEETINGS = re.compile(r"(?<=[^、，。；])等(?:一系列|多场|\d{1,3}场|[一二三四五六七八九十]{1,3}场)?[^，。；、等]{0,4}$")
# 94场新品集中发布活动, 上述活动, 集中签约等活动: occasions counted or referred to, not named
# 超百场时装发布会, 600多场系列活动, 24场分论坛: a number of meetings, not one
# (随着前五届进博会成功举办, 历届进博会: editions counted, none held now)
_COUNTED_MEETINGS = re.compile(
    r"(?:超|近|逾|超过)?(?:\d+|[一二三四五六七八九十两百千数]+)[多余]?场|(?:前|近|连续)(?:\d+|[一二三四五六七八九十两]+)届|[历每多各]届"
    # (四个双边合作机制会议: meetings counted, none named; not 三个代表重要思想研讨会)
    r"|(?:\d+|[两三四五六七八九十]+)个[^“”]{2,20}(?:会议|会谈|会晤)$"
)
# (第二次…演练 is one by its ordinal, not a count)
_COUNTED = re.compile(
    r"(?<![第\d一二三四五六七八九十百千])(?:\d+多?|[一二三四五六七八九十百千数多]+)大?[场项个次批类]|上述|各项|各类|相关|有关|等|的"
)


# X启动仪式 held: X is launched (an initiative), the ceremony is not an event of its own
_LAUNCH_CEREMONY = re.compile(
    r"(?:启动|开工|开通|投运|投产|投用|启用|落成|通车|开园|开馆|开业|上线|揭牌)(?:运营|运行|发电)?仪式$"
)


def _unnamed_occasion(name: str) -> bool:
    unquoted = re.sub(r"“[^“”]*”", "", name)  # “我们的节日·端午”民俗文化活动 is named by its quote
    name = name.strip("“”")
    return len(name) <= 4 or _COUNTED.search(unquoted) is not None or _LAUNCH_CEREMONY.search(name) is not None


def _unnamed_exhibition(name: str) -> bool:
    """亲子绘画展, 成果展览, 9大专题展: a kind of exhibition, counted or plain, not one named (a name
    is quoted or titled, numbered, or longer than six characters: “奋进新时代”主题成就展, 第三届“天宫画展”,
    抗美援朝战争专题展; a short plain name such as 唐代文物展 is lost with the kinds)."""
    return (
        _unnamed_occasion(name) or _COUNTED_KINDS.match(name.strip("“”")) is not None  # (名为…的展览: described)
        or (len(name) <= 6 and not _NAME_MARKS.search(name))
    )


def _named_dialogue(ctx: ArticleContext, s: SentenceView, span: tuple[int, int]) -> bool:
    """第十四轮中美工商领袖和前高官对话, 世界互联网大会数字文明尼山对话: a dialogue held as a meeting
    has a name, with a proper name, a session, a quote or a meeting in it and no verb outside quotes
    (not 卫生对话, 互动对话, 俄罗斯准备好通过对话: talk, not a meeting)."""
    name = ctx.text[span[0] : span[1]]
    recognizer = ctx.org_recognizer
    if recognizer is None:
        return True
    inner = find_words(ctx.text, span[0], span[1] - 2, ctx.lexicon.trigger_list("meeting_heads"))
    if "、" in name or not (_NAME_MARKS.search(name) or re.search(r"第|轮", name) or recognizer.has_proper(name) or inner):
        return False  # (中欧战略、经贸、…高层对话: dialogues listed; …大会数字文明尼山对话: a meeting's own)
    return not any(span[0] <= a and b <= span[1] and ctx.text[a:b] in recognizer.pure_verbs
                   and outside_quotes(ctx.text, span[0], a) for a, b in s.tokens)


def _agreed_to_hold(ctx: ArticleContext, s: SentenceView, verb: int) -> bool:
    """同意 (as a word or inside 一致同意) in the verb's clause or an earlier one it carries on: a meeting
    agreed on, not held (not 经国务院同意，…举办: approved)."""
    clause = ctx.clause_start(s, verb)
    spans = [(clause, verb), *clauses_carried_on(ctx, s, clause)]
    return any((at := ctx.text.find("同意", a, b)) >= 0 and "经" not in ctx.text[a:at] for a, b in spans)


def _dialogue_held(ctx: ArticleContext, s: SentenceView, found: dict[str, Any]) -> bool:
    """苏丹冲突双方6日起在吉达举行对话, 巴勒斯坦14个派别…于7月21日至23日在北京举行和解对话: a dialogue
    held on a day the sentence gives is a meeting, whatever names it (通过对话, 开展互动对话: talk; a
    session's 互动对话: its business)."""
    (vs, ve), (ns, ne) = found["trigger"], found["span"]
    return (ctx.text[vs:ve] == "举行" and ns == ve + ctx.text.startswith("了", ve) and ne - ns <= 6
            and _date_of(s) is not None
            # (人权理事会第53届会议20日…举行互动对话: an item of a session's business, the session the meeting)
            and not find_words(ctx.text, ctx.clause_start(s, vs), vs, ctx.lexicon.trigger_list("meeting_heads")))


# 9大专题展, 十大主题展 (not 一大会址…: the First Congress)
_COUNTED_KINDS = re.compile(r"(?<![\d二三四五六七八九十])(?:\d++|[二三四五六七八九十]++)大")
_NAME_MARKS = re.compile(r"[“《—\d]|届|周年")


_COUNTED_MEMBERS = re.compile(rf"的{NUMERAL}[位名]")  # 出席会议的1273位…成员: attendees counted
_SESSION = rf"{SESSION_ORDINAL}次"
_SESSIONS_LISTED = re.compile(
    rf"(?P<base>[^，,。；;：:（）()、并]{{2,40}}?)(?P<ordinals>{_SESSION}(?:[、和]{_SESSION})+)(?P<head>(?:全体)?会议)"
)
_ITS_OWN = re.compile(r"该(?:国|省|市|区|县|校|院|公司|集团)")
_MANNER_BEFORE_NAME = re.compile(r"(?:(?:隆重|盛大|庄严|庄重|简朴|热烈)而?){1,2}的?")
_TOLD_AFTER = ("介绍", "通报", "宣布", "解读", "发布了")  # a meeting's name ends before what it tells
# 出席A峰会并…: the name ends before 并; a short bracketed aside inside it is part of it (东盟与中日韩（10+3）
# 领导人会议), not a bracket that opens it (召开（扩大）会议) nor a date's or a time's (…大会的代表们昨晚（10月17日）
# 来到…, 东盟外长会（上午）后…: what follows is no part of the name)
# “A”“B”和“C”分论坛: quoted names listed, then the kind of meeting they share (not …等多场分论坛: a count)
_QUOTED_MEETINGS = re.compile(
    r"(?P<items>“[^“”\n]{2,40}”(?:(?:、|和|与|及)?“[^“”\n]{2,40}”){1,7}+)"
    r"(?:(?:平行|专题)?分论坛|高峰论坛|论坛|研讨会|对话会|座谈会|圆桌会)"
)
_LISTED_NAME = re.compile(r"“([^“”\n]{2,40})”")
_NAME_BODY = re.compile(
    r"[^，,。；;：:（）()、并](?:[^，,。；;：:（）()、并]|（(?![^（）]{0,8}[\d一二三四五六七八九十][日月年时]|上午|下午|中午|晚上|凌晨|"
    r"当地时间|北京时间)[^（）()，。]{1,8}）){1,39}+"
)
# 举行了亲切友好、富有成果的会谈: talks named by their kind after words of praise (no name, number or quote)
_PRAISE_WORDS = r"[^，,。；;：:“”《》\d、的]{2,8}"
_DESCRIBED_TALKS = re.compile(rf"了?(?:{_PRAISE_WORDS}、){{0,3}}{_PRAISE_WORDS}的(?P<name>会谈|会晤|会面)")
_TALKS_HELD = re.compile(rf"进行(?=了?(?:(?:{_PRAISE_WORDS}、){{0,3}}{_PRAISE_WORDS}的)?(?:会谈|会晤|会面)(?!机制))")


def _to_come(ctx: ArticleContext, s: SentenceView, start: int, verb: int) -> bool:
    """A future word (future_words) in ``start:verb`` that governs the verb: not one inside a
    description (同即将离任的…总理举行会谈, 为即将走上工作岗位的学生举行…), nor 计划 as a noun (计划单列市召开…)."""
    text = ctx.text
    return any(
        "的" not in text[b:verb] and (word != "计划" or b == verb or text[b] in "于在")
        for _, b, word in find_words(text, start, verb, ctx.lexicon.trigger_list("future_words"), s.word_starts)
    )


def _unscheduled(ctx: ArticleContext, s: SentenceView, verb: int) -> bool:
    """绍伊古将与…举行会谈: talks to come with no day set (将于20日举行会谈 is scheduled, and reported)."""
    clause = ctx.clause_start(s, verb)
    return _to_come(ctx, s, clause, verb) and not any(clause <= d.start < verb for d in s.of("DATE"))  # (今天将同普京举行会谈)


def _announced_undated(ctx: ArticleContext, s: SentenceView, verb: int, name_end: int = 0) -> bool:
    """明年，中方将考虑举办第三届…论坛, 第17届太平洋运动会将在所罗门群岛举行: a meeting announced with no
    day or month set is no news of one held (dev makes them optional, audits leave them out); 将于11月
    26日至30日举行, 即将于11月举办的… are scheduled and reported, and 进博会期间还将举办…论坛 names the
    side events of the fair under way. The future word stands after a name before the verb (第十三届
    “挑战杯”中国大学生创业计划竞赛…举行 plans nothing)."""
    clause = ctx.clause_start(s, verb)
    if "期间" in ctx.text[clause:verb] or not _to_come(ctx, s, max(clause, name_end), verb):
        return False
    # (5月18日至19日，习近平主席将在西安主持召开…峰会: a day that opens the sentence, alone in its clause,
    # sets the clause after it; not a day on which someone tells of the meeting, 5月15日，外交部发言人宣布…将…)
    # (3月13日上午9时，…将在人民大会堂举行闭幕会: the hour after the day is part of what opens the sentence)
    told = _TOLD_BEFORE.search(ctx.text, clause, verb) is not None
    return not any(
        (clause <= d.start < verb or (
            d.start == s.start and ctx.text.startswith(("，", ","), hour := _past_hour(ctx.text, d.end))
            and clause == hour + 1 and not told
        ))
        and d.attrs.get("granularity") in ("day", "month", "interval") for d in s.of("DATE")
    )


_PART_OF_DAY = r"(?:上午|下午|中午|晚上|晚间|凌晨|早上)"
_O_CLOCK = r"\d{1,2}[时点](?:\d{1,2}分|半)?许?"
_CLOCK = re.compile(rf"{_PART_OF_DAY}(?:{_O_CLOCK})?|{_O_CLOCK}")  # 上午9时, 晚上, 19时30分: an hour of a day


def _past_hour(text: str, pos: int) -> int:
    """Where the text resumes after the hour of a day at ``pos`` (3月13日|上午9时，…), if one stands there."""
    hour = _CLOCK.match(text, pos)
    return hour.end() if hour is not None else pos


_TOLD_BEFORE = re.compile(r"宣布|宣告|表示|介绍|透露|获悉|了解到|称|说")


def _date_of(s: SentenceView) -> str | None:
    for d in s.of("DATE"):
        if d.attrs.get("value") and d.attrs.get("granularity") == "day":
            return str(d.attrs["value"])
    # (将于11月26日至30日举行: the run of days the meeting takes, as the gold writes it)
    return next((str(d.attrs["value"]) for d in s.of("DATE") if DAYS_RUN.fullmatch(str(d.attrs.get("value") or ""))), None)


def _meeting(name: str, span: tuple[int, int], trigger: tuple[int, int], verb: str,
             place: str | None, date: str | None, object: str | None = None) -> dict[str, Any]:
    if (numbered := _LIST_NUMBER.match(name)) is not None and len(name) - numbered.end() >= 2:
        # 8. 冬奥会冬残奥会在中国成功举办: a year's list numbers its items, the number is no part of the name
        name, span = name[numbered.end() :], (span[0] + numbered.end(), span[1])
    return {"name": name, "span": span, "trigger": trigger, "verb": verb, "place": place, "date": date,
            "object": object}


_LIST_NUMBER = re.compile(r"\d{1,2}[.．、]\s*")


# 国家副主席韩正在北京会见阿盟秘书长盖特: a leader meets a guest; the guest is the object
# 接见…时的重要讲话, 接见…时发表重要讲话: the 时 that closes an audience's frame (not 比利时首相)
# (会见巴巴科夫时赵乐际表示: the speaker may stand between the frame's 时 and what is said)
_FRAME_END = re.compile(r"时(的|发表|强调|指出|表示|(?:(?!时)[\u4e00-\u9fff·]){2,8}?(?:表示|指出|强调|说))")


def _shared_subject_start(ctx: ArticleContext, s: SentenceView, pos: int, clauses: int = 2) -> int:
    """Where the words that govern ``pos`` may start: its clause, and up to ``clauses`` earlier ones
    it carries on (clauses_carried_on: 总书记多次亲临…，和航天员亲切通话，会见…). A clause that sets a
    time of its own (今天，…; 10月5日，…) starts a new frame: the walk stops there (…将于11月5日举行，
    今天，举行了…活动: the 将 is not today's)."""
    start = ctx.clause_start(s, pos)
    chain: Iterable[tuple[int, int]] = clauses_carried_on(ctx, s, start)
    if start == pos and start > s.start:  # (the trigger itself opens the clause: a verb, whatever jieba tags it)
        before = ctx.clause_start(s, start - 1)
        chain = [(before, ctx.clause_end(s, before)), *clauses_carried_on(ctx, s, before)]
    for n, (earlier, end) in enumerate(chain):
        if n >= clauses or CURRENT_FRAME.search(ctx.text, earlier, end) or any(earlier <= d.start < end for d in s.of("DATE")):
            break
        start = earlier
    return start


@lru_cache(maxsize=4)
def _audience(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """在PLACE(分别)会见/接见GUEST (the lexicon's audience_verbs); not 会见时, 在会见中指出 (a frame), but 会见中美洲
    议会议长, 会见中方代表团 (a guest whose name opens with 中)."""
    return re.compile(
        rf"(?:在(?P<place>[^，,。；;在]{{1,12}}?)(?:通过视频方式)?)?(?:分别|先后|亲切)?(?P<verb>(?:集体)?(?:{_any_of(verbs)}))(?![时后前的]|中(?:[，,。；：:]|$|指出|表示|强调|说|谈|提出|介绍))了?"
        r"(?P<guest>[^，,。；;：:\n]{2,45})"
    )


def find_audiences(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    text = ctx.text
    verbs = tuple(ctx.lexicon.trigger_list("audience_verbs"))
    for m in _audience(verbs).finditer(text, s.start, s.end):
        guest, verb = m.group("guest"), m.group("verb")
        if guest.startswith((*verbs, "时", "并", "和", "及", "以及", "连同", "等", "结束", "交流", "座谈", "洽谈")) or (
            guest.startswith("也") and m.start("guest") + 1 in s.word_starts  # (也 a word of its own, not 也门)
        ) or (
            guest.startswith("与") and not guest.startswith("与会")  # (会见与会…代表: those attending)
        ):
            continue  # (会见结束后: the time after an audience reported; 集体会见 is the name dev gives an audience
            # of many guests at once; 同…人士等会见交流: the verb pairs with another, whom it met stands before;
            # 办好…青年友好会见等系列品牌活动: a kind of event listed, no guest; 这些双边会见连同中美元首会晤…:
            # the audiences as a noun, joined to others; 同…进行会见也记忆犹新: a remark on one recalled)
        if text.endswith("的", s.start, m.start()):
            continue  # 习近平总书记的亲切会见与问候: the audience as a noun, recalled, not one reported
        if any(v in guest for v in verbs):
            continue  # 在我首次访华会见中方领导人的钓鱼台国宾馆5号楼会见我: a place described by an audience
        vs, ve = m.span("verb")
        nearest = max((d for d in s.of("DATE") if d.start < vs), key=lambda d: d.start, default=None)
        dated_now = any(ctx.clause_start(s, vs) <= d.start < vs and not ctx.dated_before_this_year(s, d.start, d.end)
                        for d in s.of("DATE"))
        if is_planned(ctx, s, vs) or (recalled(ctx, s, vs) and not dated_now and (
            nearest is None or ctx.dated_before_this_year(s, nearest.start, nearest.end)
        )):
            # 访法期间，李强将会见马克龙总统: an audience planned, not held; 我对2014年访华会见…的情景记忆犹新: recalled
            # (not 中俄建交75年来，…，习近平16日在北京会见…: the date nearest the verb, of this year, dates it)
            continue
        record = [w for w in ctx.lexicon.trigger_list("record_words") if w != "先后"]
        if find_words(text, _shared_subject_start(ctx, s, vs), vs, record, s.word_starts):
            continue  # 党的十八大以来，习近平总书记多次接见全国劳动模范代表: audiences of a record, none reported
            # (先后会见A、B: audiences one after another, reported)
        frame = _FRAME_END.search(guest)
        if frame is not None:
            if frame.group(1) == "的":
                continue  # 学习贯彻习近平在接见…时的重要讲话精神: a speech referred to, no audience reported
            guest = guest[: frame.start() + 1]  # 接见…代表时发表重要讲话: the guests, up to the frame's 时
        # 会见…代表并与大家合影留念: the guests, not what followed (not the 并 of 来华出席…并访华的…总统)
        joined = _JOINED_ACT.search(guest)
        if joined is not None and joined.start() >= 2:
            guest = guest[: joined.start()]
        if guest.endswith("时"):
            # 在会见奥比昂时，赵乐际表示…: a clause that frames what was said at an audience; after the
            # story has reported an audience with that guest, the same one (分别会见奥比昂、塞西), else that
            # audience (在会见拉马福萨时… 在会见迪迪扎时…: two guests, two audiences)
            guest = guest[:-1]
            # (在会见卢拉总统时 after 会见…巴西总统卢拉; 在会见上述外宾时, 在会见日本、韩国等周边国家领导人时:
            # those met before, or a summary of the audiences the story told)
            # (not 南非国民议会议长、非国大全国执委迪迪扎: one guest's offices, each part but the last a title; nor
            # 来华进行国事访问、出席…的希腊总统…: a 、 of the description; nor the 等 of 高等)
            titles = tuple(ctx.lexicon.trigger_list("guest_titles"))
            named = guest[guest.rfind("的") + 1 :]
            gstart = m.start("guest") + len(guest) - len(named)
            summed = _REFERRED_GUEST.match(guest) is not None or any(
                gstart <= a and b <= gstart + len(named) and text[a:b] == "等" for a, b in s.tokens
            )
            parts = named.split("、")
            guests = [named] if all(part.endswith(titles) for part in parts[:-1]) else parts
            earlier = [e.string for e in ctx.sentences if e.end <= s.start and verb in e.string]
            cores = [_guest_core(guest, titles) for guest in guests]
            if earlier and (summed or any(core in e for core in cores for e in earlier)):
                continue
        # 在杜尚别总统府会谈后共同会见记者: the place ends where what happened there before begins
        place = _PLACE_TAIL_WORDS.split(m.group("place"), maxsplit=1)[0] if m.group("place") else None
        if _PRESS.fullmatch(guest):
            # 共同会见记者: a press appearance, named as such (dev: 会见记者), no guest met; news of its own
            # only where the headline is about it (…同俄罗斯总统共同会见记者): after talks the story reports,
            # the annotators leave it out or optional (17 stories of dev and audits, none requires it then)
            if ctx.title is not None and "见记者" not in ctx.title:  # (共同会见记者, 共见记者)
                continue
            yield _meeting(verb + guest, (vs, m.start("guest") + len(guest)), (vs, ve), verb, place or None, _date_of(s))
            continue
        # (分别会见A、B; 先后会见A、B: one audience after another, each its own)
        listed = _guests_met_one_by_one(ctx, m, s.end) if text.endswith(("分别", "先后"), m.start(), vs) else []
        for one in listed if len(listed) > 1 else [guest]:
            yield _meeting(verb, (vs, ve), (vs, ve), verb, place or None, _date_of(s), one)


_PRESS = re.compile(r"(?:中外|各国|国内外|中外媒体)?记者")
# a guest named by reference to those met before (上述外宾, 他们, 两位总理)
_REFERRED_GUEST = re.compile(r"上述|上列|这些|这两|这几|他们|她们|[他她]$|[两三四五六七八九几各诸]位|其")


def _guest_core(guest: str, titles: tuple[str, ...]) -> str:
    """The name a guest is met under, without the title written after or before it (卢拉总统, 巴西总统卢拉:
    卢拉): its last two characters once a trailing title (the longest that fits) is cut."""
    cut = max((t for t in titles if guest.endswith(t) and len(guest) - len(t) >= 2), key=len, default="")
    return guest[: len(guest) - len(cut)][-2:]


_JOINED_ACT = re.compile(r"并(?=[^的]*$|发表|合影|座谈|致辞|讲话|共进)")  # (…代表并发表鼓舞人心的讲话)
_PLACE_TAIL_WORDS = re.compile(r"(?:会谈|会晤|会见)[后毕]|共同|一起|一道|同时")
_CLAUSE_CLOSE = re.compile(r"[，,。；;：:\n]")


def _guests_met_one_by_one(ctx: ArticleContext, m: re.Match[str], sentence_end: int) -> list[str]:
    """分别会见新西兰总理希普金斯、巴巴多斯总理莫特利和蒙古国总理奥云额尔登: one audience for each
    guest, the list read to its clause's end (a guest of two titles, 越共中央书记处书记、越南祖国阵线
    中央委员会主席杜文战, is one)."""
    text = ctx.text
    titles = tuple(ctx.lexicon.trigger_list("guest_titles"))
    close = _CLAUSE_CLOSE.search(text, m.start("guest"), sentence_end)
    listed = text[m.start("guest") : close.start() if close else sentence_end]
    if "等" in listed:
        return []  # 分别会见法国、德国、英国等欧洲主要国家领导人: the guests by kind, not counted one by one
    parts = [p for p in listed.split("、") if p]
    if parts and "和" in parts[-1]:
        head, _, tail = parts[-1].rpartition("和")
        if any(t in tail for t in titles) and any(t in head for t in titles):
            parts[-1:] = [head, tail]  # …总理拉苏尔佐达和伊朗第一副总统穆赫贝尔: the last two, joined by 和
    guests: list[str] = []
    for part in parts:
        if guests and guests[-1].endswith(titles):
            guests[-1] += "、" + part  # a title with no name yet belongs to the guest the next part names
        else:
            guests.append(part)
    return [g for g in guests if len(g) >= 2]


def gap_ok(s: SentenceView, text: str, start: int, end: int) -> bool:
    """Only dates, a place (在…) and adverbs stand between a name ending at ``start`` and its verb at ``end``."""
    if end - start > _MAX_GAP:
        return False
    gap = text[start:end]
    for d in s.of("DATE"):
        if start <= d.start and d.end <= end:
            # (新疆第一届冬运会也在今天开幕: 在 before a time, not a place)
            at = d.start - 1 if d.start - 1 >= start and text[d.start - 1] == "在" else d.start
            gap = gap.replace(text[at : d.end], "", 1)
    gap = _ABBREVIATION.sub("", gap).replace("（", "").replace("）", "")
    gap = _MANNER.sub("", gap)  # 以线上和线下相结合的方式在北京召开: how it is held
    gap = _CLOCK.sub("", gap)  # 将于3月10日上午9时在北京人民大会堂举行: the hour of the day
    m = _GAP_WORDS.match(gap)
    rest = gap[m.end() :] if m else gap
    place = _GAP_PLACE.match(rest)
    if place:
        rest = rest[place.end() :]
    tail = _GAP_WORDS.match(rest)
    return not rest[tail.end() if tail else 0 :]


# 2024中华龙舟大赛四川恩阳站: the site of one leg of a touring contest is part of its name
_STAGE_SITE = re.compile(LEG_SITE + r"(?=[今昨本\d（(在于已正圆顺落收开举结]|$)")
_SEASON_EDITION = re.compile(r"(?:19|20)\d\d(?:春夏|秋冬)(?:系列)?")  # 中国国际时装周2025春夏系列: the season shown
_MANNER = re.compile(r"以[^，。；以]{1,16}?(?:方式|形式)|通过视频(?:连线)?(?:方式)?")
_STUDY_TITLE = ("贯彻", "宣传", "宣讲", "落实")
_CELEBRATING = ("庆祝", "纪念", "庆贺")
# a name that holds the document or who passed it through the meeting: 《条例》由…会议, 已经…会议
_PASSED_THROUGH = re.compile(r"由|经(?![济营贸验费典历])")
_SUBMITTED_FOR = ("提交", "提请", "待")  # (将提交…会议审议通过: with the lexicon's planned_words, not yet passed)


def _after_leading_verb(ctx: ArticleContext, s: SentenceView, start: int, end: int) -> int:
    """相信|俄中执政党对话机制第十次会议: a verb before a meeting's name is not part of it."""
    recognizer = ctx.org_recognizer
    if recognizer is None:
        return start
    for a, b in s.tokens:
        if a == start and b < end and ctx.text[a:b] in recognizer.pure_verbs and ctx.text[a:b] not in recognizer.proper:
            # (学习贯彻习近平文化思想座谈会: a verb before 贯彻/宣传/宣讲 opens the meeting's own title)
            # (庆祝澳门回归祖国25周年大会: a celebration of an anniversary is named by its verb too)
            if ctx.text.startswith(_STUDY_TITLE, b) or (ctx.text[a:b] in _CELEBRATING and "周年" in ctx.text[b:end]):
                return start
            return b
        if a > start:
            break
    return start


def _left_stops(s: SentenceView, text: str, lo: int, hi: int) -> Iterable[re.Match[str]]:
    """The stops before a meeting's name between ``lo`` and ``hi``: not inside a quoted name
    (“中国与世界：合作 挑战 共赢”研讨活动), and a word stop only as a whole word (not the 主持 of
    主持人|大赛, the 以 of 以色列)."""
    ends = {b for _, b in s.tokens}
    stops = list(_NAME_LEFT_STOP.finditer(text, lo, hi))
    clause = _CLAUSE_END.search(text, hi, s.end)
    if _ADDRESSED.search(text, hi, clause.start() if clause else s.end):  # (a 致辞 clauses away addresses someone else)
        stops = sorted(stops + list(_TO.finditer(text, lo, hi)), key=lambda m: m.start())
    for m in stops:
        word = m.group(0)
        if outside_quotes(text, lo, m.start()) and (
            (len(word) == 1 and not "\u4e00" <= word <= "\u9fff") or (m.start() in s.word_starts and m.end() in ends)
        ):
            yield m


_ORIGINALLY_PLANNED = re.compile(r"原计划|原定")


@lru_cache(maxsize=4)
def _planned_right_before(words: tuple[str, ...]) -> re.Pattern[str]:
    """计划召开, 拟在…举办: a plan word right before the verb (not 计划单列市召开, 按照年度工作计划召开)."""
    return re.compile(rf"(?<!按照)(?<!根据)(?<!工作)(?:{_any_of(words)})(?:在[^，。；在]{{1,12}}?)?$")


def _backed_or_timed(ctx: ArticleContext, s: SentenceView, vs: int) -> bool:
    """中方支持秘方成功举办…, 支持巴西明年主办…以及后年举办…, 适时召开…: a meeting one side backs another
    in holding (or attending), or agrees to hold when the time is right, is not one held (not
    在中方支持和协助下举办…, 多个支持单位今天在北京联合举办…: backing given, and a noun)."""
    clause = ctx.clause_start(s, vs)
    if find_words(ctx.text, clause, vs, ctx.lexicon.trigger_list("timed_hosting_words"), s.word_starts):
        return True
    if _ORIGINALLY_PLANNED.search(ctx.text, clause, vs):
        return True  # 双方原计划29日举行磋商委员会会议: planned, then changed
    planned = _planned_right_before(tuple(ctx.lexicon.trigger_list("planned_hosting_words")))
    if planned.search(ctx.text, clause, vs) and ctx.event_date(s) is None:
        return True  # 西班牙政府计划召开紧急会议: planned, no day set (but 巴西计划于5月30日举行…峰会 is scheduled)
    return any(not _BACKING_GIVEN.match(ctx.text, b) for _, b, _ in find_words(ctx.text, clause, vs, ["支持"], s.word_starts))


# after 支持, backing given (在中方支持和协助下, not 下届/下一届/下半年) or a noun it starts (支持单位, 支持政策):
# no backing of a host
_BACKING_GIVEN = re.compile(r"[^，。；]{0,6}下(?![届一半月周年])|单位|者|力度|政策|措施|方面")


def _negated(text: str, verb_start: int) -> bool:
    """不举行, 不再举行, 推迟举行, 取消举办: the verb reports something that does not take place."""
    return text[max(0, verb_start - 2) : verb_start].endswith(NOT_HELD)


# 全国政协十四届一次会议9日下午|举行视频会议: a numbered session right before the verb, which holds it by video
_SESSION_BEFORE = re.compile(r"[次届]会议(?:\d{1,2}日)?(?:上午|下午|晚上)?$")


def _session_by_video(ctx: ArticleContext, s: SentenceView, verb: int, held: str) -> bool:
    """What the verb holds is 视频会议, and a numbered session stands right before the verb: the way
    that session is held, not a second meeting (not 世界互联网大会召开视频会议: a body's meeting)."""
    return held.startswith("视频会议") and _SESSION_BEFORE.search(ctx.text, ctx.clause_start(s, verb), verb) is not None


# (not 推迟赴京行程后出席了…: the trip put off, then a meeting attended)
_CANCELLED_TRIP = re.compile(r"(?:取消|推迟|放弃)了?(?:前往|赴)[^，,。；;后了]{0,12}$")
# words that say a verb reports nothing done: not held, halted, put off, cancelled
NOT_HELD = ("不", "未", "没有", "不再", "暂不", "停止", "推迟", "延期", "取消", "未能", "暂停", "叫停", "暂缓", "中止", "终止")


_AFTER_END = ("后", "时", "之后", "以后", "之际", "了第", "前")
# 举办者, 举办方, 举办权, 举办城市: the verb makes a noun of who holds it, no meeting is held (举办地 may be of one held)
_HOLDER_NOUNS = ("者", "方", "权", "单位", "城市")


@lru_cache(maxsize=4)
def _with_yi(heads: tuple[str, ...]) -> list[str]:
    """部长会 and 部长会议, 防汛会商会 and 防汛会商会议: a head in 会 may also end in 会议, which
    would else be cut at 会 with 议 left between the name and its verb."""
    return [*heads, *(h + "议" for h in heads if len(h) >= 3 and h.endswith("会") and h + "议" not in heads)]


# a festival opens or is held (寻根节在湖北随州举行); a holiday is neither (国庆节 is kept, 春节 spent)
_LISTED_OCCASIONS = re.compile(r"[和与及、]")  # 举办了热闹的“村晚”和丰收节: two occasions, not one name
_FESTIVAL_OPENS = frozenset({"开幕", "闭幕", "启幕", "开幕式", "举行", "举办"})


def is_festival(ctx: ArticleContext, name: str) -> bool:
    """拉萨雪顿节: a festival held, named by its 节 (not 春节, 国庆节: the lexicon's holidays, which are dates)."""
    return name.rstrip("”").endswith("节") and not name.endswith(tuple(ctx.lexicon.trigger_list("holidays"))) and not (
        name.endswith(_NOT_FESTIVALS)
    )


# words in 节 that name a part or a trait, not a festival (决赛环节, 第一章节)
_NOT_FESTIVALS = ("环节", "章节", "细节", "季节", "关节", "情节", "礼节", "音节", "小节")


def _heads_between(s: SentenceView, text: str, start: int, end: int, heads: list[str]) -> list[tuple[int, int, str]]:
    """Head words in ``text[start:end]``: those starting a segmented word first (汽车|展览会, not the
    车展 across the two words), then those inside words that overlap none of them (jieba's 论坛年会)."""
    at_words = find_words(text, start, end, heads, s.word_starts)
    inside = [h for h in find_words(text, start, end, heads) if not any(a < h[1] and h[0] < b for a, b, _ in at_words)]
    return sorted(at_words + inside)


def _inside(titles: list[Entity], start: int, end: int) -> bool:
    """The words at ``start:end`` stand inside one of ``titles`` (not at its marks)."""
    return any(t.start < start and end < t.end for t in titles)


_CONSULTATIONS = ("磋商",)
# a 的 that closes a description of someone (为即将走上工作岗位的学生), not of a time (将在为期两周的时间里)
_DESCRIBED_AFTER = re.compile(r"的(?!时间|期间|时候|日子)")


# who attends a named meeting, described by it: 列席|十四届全国人大常委会第11次会议|的全国人大代表
_ATTENDED = re.compile(
    r"(?P<verb>列席|参加|出席)(?![过完了好])(?P<name>“[^“”，,。；;]{4,40}”|(?:“[^“”，,。；;]{1,30}”|[^，,。；;在的“”]){4,40}?)"
    r"(?:开幕式|闭幕式)?的"
)


def _new_meeting_name(name: str, start: int, heads: list[str], found: list[dict[str, Any]]) -> bool:
    """A name a meeting head ends, that is no phrase (_NOT_A_NAME) and that no meeting found stands on."""
    return name.endswith(tuple(heads)) and not name.startswith(_NOT_A_NAME) and not any(
        f["span"][0] <= start < f["span"][1] for f in found
    )


def find_meetings(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    text = ctx.text
    occasions = ctx.lexicon.trigger_list("occasion_heads")
    heads = _with_yi(tuple(ctx.lexicon.trigger_list("meeting_heads"))) + occasions
    edition_heads = ctx.lexicon.trigger_list("edition_occasion_heads")
    # 开幕式: the ceremony, not the opening; 报告会结束后, 亚运会结束后: what comes after, not the meeting's news
    titles = s.of("WORK_OF_ART")
    verbs = [v for v in find_words(text, s.start, s.end, ctx.lexicon.trigger_list("meeting_verbs"))
             if not text.startswith(("式", "典礼", *_HOLDER_NOUNS), v[1])
             and not (v[2] == "结束" and text.startswith(_AFTER_END, v[1]))
             # 《关于举行中国国际进口博览会的总体方案》: a verb inside a title is the title's
             and not _inside(titles, v[0], v[1])]
    # 2023年服贸会今天进入第三天, 杭州亚运会今天进入开幕后的第六个比赛日: a meeting under way
    under_way = _under_way(tuple(ctx.lexicon.trigger_list("under_way_words")))
    verbs += [(m.start(), m.end(), m.group(0)) for m in under_way.finditer(text, s.start, s.end)]
    found: list[dict[str, Any]] = []
    # 举行, 召开, 举办: the verbs by which a body holds a meeting (those both lists name)
    holding = sorted(set(ctx.lexicon.trigger_list("meeting_verbs")) & set(ctx.lexicon.trigger_list("meeting_attend_verbs")))
    # NAME … 举行: the head nearest before the verb, with only dates/places/adverbs between
    for vs, ve, verb in verbs:
        if _negated(text, vs):
            continue  # 原定…不再举行: not held
        passed = verb.endswith("通过")  # (…第七次会议表决通过了…法: the meeting told of by what it passed)
        if passed and (text.startswith("的", ve) or find_words(
            text, ctx.clause_start(s, vs), vs, [*ctx.lexicon.trigger_list("planned_words"), *_SUBMITTED_FOR]
        )):
            # 二十大审议通过的报告: a document described by the meeting that passed it; 将提交…会议审议通过:
            # not yet passed
            continue
        clause = ctx.clause_start(s, vs)
        kept_up = _kept_up(tuple(ctx.lexicon.trigger_list("habit_words"))).search(text, clause, vs)
        if _NOT_ONE_SESSION.match(text, ve) or _RUNNING.search(text, clause, vs) or _experienced(text, s, ve) or kept_up or (
            # 中非合作论坛第八届部长级会议召开三年来: a time since it was held (not …进博会举行以来: the fair
            # may be under way)
            _SINCE_HELD.match(text, ve)
        ):
            continue  # 已成功举办6届, 连续三年举办…: a history, not a session held now
        obj = _NAME_BODY.match(text, ve + text.startswith("了", ve), s.end) if verb in holding or verb in _STARTS else None
        # (全国政协十四届一次会议9日下午举行视频会议: a session held by video; not 世界互联网大会召开视频会议, a body's)
        by_video = obj is not None and _session_by_video(ctx, s, vs, text[obj.start() : obj.end()])
        # (古巴第十届全国人民政权代表大会19日在哈瓦那举行会议，…: a bare 会议 closing the clause is the
        # congress's own session, unless a body holds it: 联合国大会举行会议 is the body rule's)
        bare_session = obj is not None and _UNNAMED_SESSION.match(text, obj.start()) is not None and not any(
            ctx.clause_start(s, vs) <= e.start and e.end <= vs for e in s.of("ORG")
        )
        if obj and not _OWN_SESSION.match(text, obj.start()) and not bare_session and not by_video and any(
            e == obj.end() for _, e, _ in find_words(text, obj.start(), obj.end(), heads)
        ):
            continue  # 世界互联网大会今天召开新闻发布会, 诗歌节启动了…创作大赛: the subject holds what is named after the verb
            # (but 第七届进博会举行开幕式, …全会举行预备会议: a meeting holds its own sessions)
        clause = ctx.clause_start(s, vs)
        head = None
        for hs, he, word in _heads_between(s, text, clause, vs, heads + edition_heads):
            if word in edition_heads and text[hs - 1 : hs] in _STAGE_CHARS:
                continue  # …技能大赛决赛在西安举行: a stage of the contest (a gap word), not a race
            if text.startswith("”", he) and not outside_quotes(text, clause, he):
                he += 1  # 第二届“良渚论坛”在杭州开幕: the name closes its quote
            if (edition := EDITION.match(text, he, vs) or _SEASON_EDITION.match(text, he, vs)
                    or (_STAGE_SITE.match(text, he, vs) if word.endswith("赛") else None)) is not None:
                he = edition.end()  # 全球可持续交通高峰论坛（2024）今天在北京举行: the edition is named
            if gap_ok(s, text, he, vs):
                head = (hs, he)
            elif _HELD_AS_NOUN.fullmatch(text, he, vs) and _LISTED_MEETINGS.search(text, clause, he):
                head = (hs, he)  # 进博会、服贸会…等重点展会的成功举办，…: the meetings listed, their holding a noun
            elif text.startswith("暨", he):
                # 2024年中国金鸡百花电影节暨第37届中国电影金鸡奖…开幕: one occasion under two names
                joined = next((p for p in range(he + 3, min(vs, he + 30) + 1) if _JOINED_NAME.fullmatch(text, he + 1, p)
                               and gap_ok(s, text, p, vs)), None)
                if joined is not None:
                    head = (hs, joined)
        if head is None and verb in _HELD_OR_OPENED and clause > s.start and gap_ok(s, text, clause, vs):
            # 亚洲文化遗产保护联盟大会由…共同主办，25日在西安开幕: the name before its hosts, a clause back;
            # 中国共产党第二十届中央委员会第二次全体会议，于2023年2月26日至28日在北京举行: or the whole clause
            before = ctx.clause_start(s, clause - 1)
            hosts = _HOSTED_BY.search(text, before, clause - 1)
            name_end = hosts.start() if hosts is not None else clause - 1
            named = [(hs, he) for hs, he, _ in find_words(text, before, name_end, heads) if he == name_end]
            if named:
                head, clause = named[-1], before
        head_word = text[head[0] : head[1]].rstrip("”") if head is not None else ""
        occasion = head_word in occasions or head_word in edition_heads
        if head is None or (verb in _STARTS and (occasion or head_word.endswith("周") or text.startswith(("仪式", "典礼"), ve))):
            # 活动启动, …倒计时一周年启动仪式, …科技·人才·创新周启动: a programme or a week launched, which the
            # initiative rules read (its opening, …创新周开幕, is a meeting)
            continue
        start = max((m.end() for m in _left_stops(s, text, clause, head[0])), default=clause)
        if text.endswith(tuple(ctx.lexicon.trigger_list("unrealised_words")), clause, start):
            continue  # 班达里预祝|…全国代表大会顺利召开: a meeting wished well, still to come
        start = _after_leading_verb(ctx, s, start, head[1])
        while start - 1 > clause and text[start - 1] == "、":
            # 七国集团气候、能源和环境部长会议: topics listed inside the name (not A会、B会: two meetings)
            first = max((m.end() for m in _left_stops(s, text, clause, start - 1)), default=clause)
            piece = text[first : start - 1]
            # (援助哥斯达黎加、基里巴斯、博茨瓦纳物资发运仪式: the first topic may carry the name's opening words)
            if not piece or len(piece) > 24 or piece.rstrip("”").endswith(tuple(heads)):
                break
            start = first
        name = text[start : head[1]]
        if passed and (
            name.startswith("为") or _PASSED_THROUGH.search(text, clause, head[0]) or _named_in_full_before(text, name, start)
        ):
            # (已)经…会议审议通过, 《条例》由…会议审议通过, 为会议审议通过…提供依据: what a meeting passed, told of
            # the document; 委员长会议审议通过了…: the meeting the story named in full before
            continue
        if (owned := _OWNED_QUOTE.fullmatch(name)) is not None and any(
            start <= e.start and e.end <= start + owned.start(1) for e in s.of("ORG")
        ):
            # 中央广播电视总台“央博”数字文化艺术博物馆“何以文明——…数字艺术大展”: the body that holds it, then
            # its name in quotes
            start += owned.start(1)
            name = text[start : head[1]]
        if head_word in edition_heads and (not EDITION_FIRST.match(name) or text.startswith("的", ve)) and not (
            verb in _FESTIVAL_OPENS and len(name) >= 4 and "与" not in name and not text.startswith("的", ve)
            and is_festival(ctx, name)
        ):
            continue  # 春节, 决赛: a bare 节 or 赛 heads only an edition's name (第二届…帆船赛开赛), or a festival's
            # that opens or is held (拉萨雪顿节今天开幕, 炎帝故里寻根节在湖北随州举行)
        phase = _PHASE.search(name)
        if phase is not None and name[: phase.start()].rstrip("”").endswith(tuple(heads)):
            head = (head[0], start + phase.start())  # 第136届广交会|首期展览进入第四天: the fair, not its phase
            name = name[: phase.start()]
        listed = _LISTED_MEETINGS.search(text, clause, head[1])
        if listed is not None and "、" in text[clause : listed.start()]:
            # “良渚论坛”、…上海论坛、尼山世界文明论坛等一系列会议举办: each listed meeting
            pos = clause
            for m in _NAME_LEFT_STOP.finditer(text, clause, listed.start()):
                if text[m.start()] != "、":
                    pos = m.end()
                    break
            for item in text[pos : listed.start()].split("、"):
                if item.rstrip("”").endswith(tuple(heads)) and 3 <= len(item) <= 40:
                    found.append(_meeting(item, (pos, pos + len(item)), (vs, ve), verb, None, _date_of(s)))
                pos += len(item) + 1
            continue
        if name in ctx.lexicon.trigger_list("bare_meeting_kinds") and verb in _HELD_VERBS and not name.endswith("式"):
            name = _named_before(ctx, s, name) or name  # 峰会将于…召开: the 峰会 the story named before
        if 3 <= len(name) <= 60 and not name.startswith(_NOT_A_NAME) and "并" not in name and not (
            not text.startswith("的", ve) and _announced_undated(ctx, s, vs, head[1])
        ):
            place = _PLACE.search(text, head[1], ve + 2)
            # (在中国—中亚峰会召开前夕，…今天举办: the day is the eve's, not the meeting's)
            eve = text.startswith(("前夕", "之前"), ve)
            found.append(_meeting(name, (start, head[1]), (vs, ve), verb,
                                  place.group(1) if place else None, None if eve else _date_of(s)))
            # A会、B会今天闭幕: a meeting listed before this one, held by the same verb
            pos = start - 1
            while pos > clause and text[pos] == "、":
                first = max((m.end() for m in _left_stops(s, text, clause, pos)), default=clause)
                item = text[first:pos]
                if not (item.rstrip("”").endswith(tuple(heads)) and 3 <= len(item) <= 40 and outside_quotes(text, clause, pos)):
                    break
                found.append(_meeting(item, (first, pos), (vs, ve), verb, place.group(1) if place else None, _date_of(s)))
                pos = first - 1
    # ORG 举行/召开 NAME and 出席/主持 NAME(开幕式)
    attend = [v for v in find_words(text, s.start, s.end, ctx.lexicon.trigger_list("meeting_attend_verbs"))
              if not _inside(titles, v[0], v[1])]
    # 两国元首进行了真挚友好、富有成果的会谈: 进行 holds talks, and nothing else a meeting rule reads
    # (not 同意就此进行会谈, 准备与俄方进行会谈, 愿与…进行会晤: talks agreed on, prepared for or wished for)
    unheld = [*ctx.lexicon.trigger_list("modal_words"), *ctx.lexicon.trigger_list("unrealised_words"),
              *ctx.lexicon.trigger_list("future_words"), *ctx.lexicon.trigger_list("agreed_to_words")]
    attend += [(m.start(), m.end(), "进行") for m in _TALKS_HELD.finditer(text, s.start, s.end)
               if not find_words(text, ctx.clause_start(s, m.start()), m.start(), unheld)]
    word_end = {a: b for a, b in s.tokens}
    for vs, ve, verb in attend:
        if word_end.get(vs, ve) > ve and not text.startswith(tuple(heads), ve):
            continue  # 主持人|大赛: the verb's characters begin another word (but 举行会谈 is one word)
        if verb in holding and _agreed_to_hold(ctx, s, vs):
            continue  # 双方一致同意建立…机制，举行第三次中德高级别财金对话: agreed on, not held
        if _negated(text, vs) or _CANCELLED_TRIP.search(text, ctx.clause_start(s, vs), vs) or text.endswith(
            ("研究", "研究了"), s.start, vs
        ):
            # 不举行遗体告别仪式, 取消前往美国纽约参加联合国大会, 研究举办中海产业和投资合作论坛: a ceremony that
            # will not take place, a trip called off, a meeting considered
            continue
        if not text.startswith("的", ve) and _backed_or_timed(ctx, s, vs):
            # 支持秘方成功举办…会议, 适时召开新一轮…会议: backed or agreed, not held (but 支持和参与将于今年9月
            # 在海南举行的…论坛 names a meeting set for a day)
            continue
        if verb == "召集" and not find_words(text, ve + text.startswith("了", ve), ve + 8, heads):
            continue  # 召集安理会成员国代表紧急磋商: who is summoned, not a meeting named (召集紧急会议 is one)
        # (not …齐聚意大利，举行七国集团财长会议，旨在…: a meeting held, then what for)
        topic = ctx.clause_start(s, vs) == vs and _AS_PURPOSE.match(text, ctx.clause_end(s, ve)) is not None
        habit = _kept_up(tuple(ctx.lexicon.trigger_list("habit_words"))).search(text, ctx.clause_start(s, vs), vs)
        if _RUNNING.search(text, ctx.clause_start(s, vs), vs) or _experienced(text, s, ve) or topic or habit:
            continue  # 连续三年举办旅游发展大会: a series, not a session
        if verb not in holding and _INVITED.search(text, max(ctx.clause_start(s, vs), vs - 8), vs):
            continue  # 欢迎各方积极参加青岛绿色发展论坛: an invitation, not a meeting attended
        if find_words(text, ctx.clause_start(s, vs), vs, ctx.lexicon.trigger_list("unrealised_words"), s.word_starts):
            continue  # 我期待同你一道主持中非领导人对话会: a wish (a meeting announced to come is kept)
        if verb in holding and (invited := _INVITED_TO_HOLD.search(text, ctx.clause_start(s, vs), vs)) is not None and not (
            _AT_INVITATION.search(text, ctx.clause_start(s, vs), invited.start())
        ):
            continue  # 再度邀请布尔汉举行紧急会议: invited to hold one (not 应中方邀请来华…举行会谈, nor 邀请赛)
        if text.endswith("就", max(s.start, vs - 1), vs) and _AGREED_ON.search(text, ve, ctx.clause_end(s, ve)):
            continue  # 未能就举行…委员会会议达成一致: a meeting talked about, not held
        if verb in holding and _distributed(ctx, ctx.clause_start(s, vs), vs):
            continue  # 各地举行医师节活动, 80%的城市都举行了全民阅读活动: many held, each its own, none named here
        if (sessions := _SESSIONS_LISTED.match(text, ve + text.startswith("了", ve), s.end)) is not None and not (
            sessions.group("base").startswith(tuple(ctx.lexicon.trigger_list("meeting_attend_verbs")))
        ):
            # 主持召开…委员会第一次、第二次会议: one meeting per session listed (read after 召开, not 主持)
            for ordinal in re.split("、|和", sessions.group("ordinals")):
                found.append(_meeting(sessions.group("base") + ordinal + sessions.group("head"), sessions.span(), (vs, ve),
                                      verb, None, _date_of(s)))
            continue
        body = _NAME_BODY.match(text, ve, s.end)
        if not body:
            continue
        body_end = body.end()
        if (described := _DESCRIBED_TALKS.match(text, ve, s.end)) is not None:
            body_end = described.end()  # 举行了内容丰富、成果丰硕的会谈: the praise may list its words
        quote = ve + text.startswith("了", ve)
        if text.startswith("“", quote) and (close := text.find("”", quote, min(s.end, quote + 62))) > 0 and (
            "“" not in text[quote + 1 : close]
        ):
            # 举办“山海相通 中希辉映：中国希腊‘一带一路’对话会”: a quoted name keeps its colon, and the
            # words after the quote (举办“数字经济：新动能 新未来”高峰论坛)
            if (listed := _QUOTED_MEETINGS.match(text, quote, s.end)) is not None:
                # 举行了“A”“B”和“C”分论坛: each quoted name is a meeting of the kind they share
                for q in _LISTED_NAME.finditer(text, quote, listed.end("items")):
                    found.append(_meeting(q.group(1), q.span(1), (vs, ve), verb, None, _date_of(s)))
                continue
            tail = _NAME_BODY.match(text, close + 1, s.end)
            if tail is not None and (text[close + 1] in "和与及“等" or "场" in tail.group(0)):
                tail = None  # (“A”“B”等多场分论坛, “A”和“B”分论坛: several meetings, not one name)
            body_end = max(body_end, tail.end() if tail else close + 1)
        # 出席…部长级会议开幕式|举行中外媒体吹风会: the name ends before a second holding verb
        held = next((a for a, _, _ in find_words(text, ve, body_end, holding)), body_end)
        hits = find_words(text, ve, held, heads)
        # 举行发布会|介绍了杭州亚运会…筹备情况: what the meeting tells follows its name
        hits = hits[: next((i + 1 for i, (_, e, _) in enumerate(hits) if text.startswith(_TOLD_AFTER, e)), len(hits))]
        festival_held = False
        if not hits and verb in _FESTIVAL_OPENS:
            # 广西举办“新丝路跨年电商节”: a festival held, named after the verb by its 节 closing a word
            ends = {b for _, b in s.tokens}
            festival = [h for h in find_words(text, ve, held, ["节"]) if h[1] in ends or text.startswith("”", h[1])]
            festival_name = text[ve : festival[-1][1]].lstrip("了的“") if festival else ""
            if festival and is_festival(ctx, festival_name) and len(festival_name) >= 4 and not (
                any(outside_quotes(text, ve, m.start()) for m in _LISTED_OCCASIONS.finditer(text, ve, festival[-1][1]))
            ):
                hits, festival_held = festival[-1:], True
        if not hits:
            continue
        # the name ends at the last head before a ceremony word or the clause end
        he = hits[0][1]
        for _, e2, _ in hits[1:]:
            if e2 - ve <= 40:
                he = e2
        name = text[ve:he].lstrip("了的")
        if festival_held and (de := name.rfind("的")) >= 0 and outside_quotes(name, 0, de) and len(name) - de > 3:
            name = name[de + 1 :]  # 举办一年一度的“开耕节”: how often, not the name
        if (described := _DESCRIBED_TALKS.fullmatch(text, ve, he)) is not None:
            name = described.group("name")  # 举行了富有成果的会谈: the talks the annotators name 会谈
        if (its_own := _ITS_OWN.match(name)) is not None and len(name) - its_own.end() >= 6:
            name = name[its_own.end() :]  # 举行了该国代表团出征授旗仪式: whose delegation, named before
        if (manner := _MANNER_BEFORE_NAME.match(name)) is not None and len(name) - manner.end() >= 4:
            name = name[manner.end() :]  # 并举行隆重颁授仪式, 举行了盛大的授勋仪式: how it was held, not its name
        if (own := _OWN_DELEGATION.match(name)) is not None:
            name = name[own.end() :]  # 参加他所在的十四届全国人大二次会议…: the member's own, not the name
        if text.startswith(("成立", "创立", "创办"), he):
            continue  # 出席了中非合作论坛成立以来举办的所有峰会: the forum as a body, founded, not a meeting held
        if _GUESTS.match(name):
            continue  # 出席活动嘉宾共同祝贺…: who attended, the subject of what follows, not a meeting named
        if name.startswith("完") and ve + 1 in s.word_starts:
            name = name[1:]  # 参加完|闭幕大会: the verb's aspect, not the name (not 完善…座谈会)
        if _session_by_video(ctx, s, vs, name):
            continue  # 全国政协十四届一次会议9日下午举行视频会议: the way the meeting before the verb is held
        if name.startswith(_DEMONSTRATIVE) or name.startswith(_SOME) or _COUNTED_HEAD.fullmatch(name):
            continue  # 俄方不会参加这样的会议, 出席了一些国际会议, 参加18项竞赛: meetings referred to or counted, not named
        if name.count("“") > name.count("”"):
            if not text.startswith("”", he) or name.count("“") > name.count("”") + 1:
                continue  # 举办了“…精品案例”“世界互联网大会|领先科技奖”等活动: a head inside a quoted title
            he += 1
            name += "”"  # 举办“良渚论坛”: the name closes its quote
        ceremony = next((w for w in CEREMONY_WORDS if name.endswith(w)), None)
        if ceremony:
            if len(name) - len(ceremony) < 3:
                continue  # 出席开幕式: the meeting is named elsewhere
            he -= len(ceremony)
            name = name[: -len(ceremony)]
        if ctx.lexicon.headed_by(name, "sports_heads") and _GUEST_CAME_FOR.match(text, he) and find_words(
            text, ctx.clause_start(s, vs), vs, [*ctx.lexicon.trigger_list("talks_words"), "会见"]
        ):
            continue  # 会见来华出席第31届世界大学生夏季运动会开幕式的…总理: the games the guest came for (a forum so
            # attended is kept, as dev reads 会见来华出席…高峰论坛的…总统)
        if (
            (len(name) < 3 and name not in _SHORT_NAMES)
            or (name in _SHORT_NAMES and name not in _SHORT_NAMES_ANY_DAY and (_date_of(s) is None or find_words(
                text, ctx.clause_start(s, vs), vs, ctx.lexicon.trigger_list("future_words"), s.word_starts
            )))  # (普京与金正恩将于近日举行会晤: to come)
            or (name in _SHORT_NAMES_ANY_DAY and _unscheduled(ctx, s, vs))
            or (not text.startswith("的", ve) and _announced_undated(ctx, s, vs))
            or name.startswith(_NOT_A_NAME)
            or _EVERY_EDITION.search(name) is not None  # 出席了2013年以来的历次领导人非正式会议: every session, none named
            or "并" in name  # 会见并出席: two verbs, not a name
            # 举行紧急磋商, 首脑会议将磋商: consultations named by their manner alone, or the verb (not
            # 第29次中国—东盟高官磋商)
            or (name.endswith(_CONSULTATIONS) and (
                len(name) < 6 or name[: -len(_CONSULTATIONS[0])].endswith(tuple(ctx.lexicon.trigger_list("future_words")))
            ))
            # 2023年组织召开专家协商会工作计划: the plan's name, not a meeting
            or text.startswith(tuple(ctx.lexicon.trigger_list("meeting_plan_tails")), he)
            or _COUNTED_MEMBERS.search(name) is not None  # 出席会议的1273位选举会议成员: who attended, counted
            or any(f["span"][0] <= ve < f["span"][1] for f in found)
            # 举办的“…活动”今天启动: the occasion is the subject of a later verb, read above
            # 出席…活动: who attends an occasion is news of the person, not of the occasion
            or (ctx.lexicon.headed_by(name, "occasion_heads") and (text.startswith("的", ve) or not verb.startswith("举") or (
                # 雪顿节期间，将举行传统优秀藏戏展演: an occasion to come is no news (a meeting to come is kept)
                # (not 为即将走上工作岗位的学生举行…仪式: a 将 inside a description)
                # (各地将深入调研走访，举办线上线下招聘活动: a 将 of the clauses the verb shares a subject with)
                verb.startswith("举") and any(not _DESCRIBED_AFTER.search(text, e, vs) for _, e, _ in find_words(
                    text, _shared_subject_start(ctx, s, vs), vs, ctx.lexicon.trigger_list("future_words"), s.word_starts
                ))))
                # (but 出席庆祝…25周年大会暨…政府就职典礼: a meeting held as one with a ceremony)
                and not ("暨" in name and ctx.lexicon.headed_by(name.split("暨")[0], "meeting_heads")))
        ):
            continue
        opening = next((name.find(w + "暨") for w in CEREMONY_WORDS if w + "暨" in name), -1)
        if opening >= 3 and ctx.lexicon.headed_by(name[:opening], "meeting_heads"):
            # 出席首届…博览会开幕式暨全球供应链创新发展论坛: the fair whose opening is held as one with a
            # forum, and the forum (the fair's 开幕 reported later is the same fair)
            joined = name.index("暨", opening) + 1
            fair = name[:opening]
            found.append(_meeting(fair, (he - len(name), he - len(name) + len(fair)), (vs, ve), verb, None, _date_of(s)))
            found.append(_meeting(name[joined:], (he - len(name) + joined, he), (vs, ve), verb, None, _date_of(s)))
            continue
        found.append(_meeting(name, (he - len(name), he), (vs, ve), verb, None, _date_of(s)))
        # 举办了A峰会、B论坛等数十场论坛: the further names of the list
        pos = he
        while text.startswith("、", pos):
            part = _NAME_BODY.match(text, pos + 1, s.end)
            if not part:
                break
            end = next((e for _, e, _ in find_words(text, pos + 1, part.end(), heads)
                        if e >= s.end or text[e] in "、等，。；并"), None)  # (…峰会并对沙特进行国事访问)
            if end is None:
                break
            found.append(_meeting(text[pos + 1 : end], (pos + 1, end), (vs, ve), verb, None, _date_of(s)))
            pos = end
    # 在今天开幕的第三十届中国北京种业大会上, 在2022年…参展商联盟大会上: a meeting as the setting
    for m in _SETTING.finditer(text, s.start, s.end):
        key = "name" if m.group("name") else "bare"
        name, (ns, ne) = m.group(key), m.span(key)
        if _recalled_setting(ctx, s, m.start(), name) or _in_year_before(ctx, s, m.start()):
            continue  # 我在第三届…高峰论坛上宣布…, 这是…在…上向世界传递的…, 从2021年在…上提出: a setting recalled
        if _WHOLLY_QUOTED.fullmatch(name):
            if _named_in_full_before(text, name, ns):
                continue  # 在今天的“委员通道”上 after …首场“委员通道”今天开启: the one named in full before
            name, ns, ne = name[1:-1], ns + 1, ne - 1  # 在“‘一带一路’背景下企业廉洁合规发展论坛”上: the name inside
        if key == "bare" and (_RECALLED_SETTING.match(name) or _named_in_full_before(text, name, ns)):
            continue  # 去年巴厘岛…峰会上, 刚才峰会开幕式上: recalled; 委员长会议上: the one named in full before
        lead = next((d for d in _DEMONSTRATIVES if name.startswith(d)), "")
        if lead and len(name) - len(lead) >= _MIN_NAMED:
            # 在这场南京经贸合作对接洽谈会上: the demonstrative points at a name (not 在本届大会上)
            name, ns = name[len(lead) :], ns + len(lead)
        attended = find_words(text, ns, ne, ctx.lexicon.trigger_list("meeting_attend_verbs"))
        if attended:
            # 在中国国家主席习近平将赴俄罗斯出席|金砖国家领导人第十六次会晤之际: who attends is not the name
            name, ns = text[attended[-1][1] : ne], attended[-1][1]
        if not name.endswith(tuple(heads)) and (base := _without_session(name)).endswith(tuple(heads)):
            name, ne = base, ns + len(base)  # 在金砖国家工商论坛全会上: the forum whose plenary it is
        if not name.endswith(tuple(heads)) or name.startswith(_NOT_A_NAME) or len(name) < 4:
            continue
        if any(f["span"][0] <= ns < f["span"][1] for f in found):
            continue
        found.append(_meeting(name, (ns, ne), (ns, ne), "在…上", None, _date_of(s)))
    # 同列席十四届全国人大常委会第11次会议的全国人大代表座谈, 会见出席…峰会的外方领导人: a meeting its
    # participants are described by, under way or just held (undated: the day is the participants' own news)
    # (a meeting by its head, not an occasion: 参加…夏令营活动的孩子们 attend no meeting)
    meeting_heads = _with_yi(tuple(ctx.lexicon.trigger_list("meeting_heads")))
    for m in _ATTENDED.finditer(text, s.start, s.end):
        name, (ns, ne) = m.group("name"), m.span("name")
        if _WHOLLY_QUOTED.fullmatch(name):
            name, ns, ne = name[1:-1], ns + 1, ne - 1
        if (len(name) >= _MIN_NAMED and _new_meeting_name(name, ns, meeting_heads, found)
                and _without_session(name) not in ctx.lexicon.trigger_list("bare_meeting_kinds")
                and not ctx.lexicon.headed_by(name, "sports_heads")  # (来华出席…运动会开幕式的总理: the games, no news)
                and not _recalled_setting(ctx, s, m.start(), name) and not _in_year_before(ctx, s, m.start())
                and not ctx.dated_before_this_year(s, ctx.clause_start(s, m.start()), m.start(), year_written=True)):
            found.append(_meeting(name, (ns, ne), m.span("verb"), m.group("verb"), None, None))
    for m in _DESCRIBED_OPENING.finditer(text, s.start, s.end):
        name, (ns, ne) = m.group("name"), m.span("name")
        if _new_meeting_name(name, ns, heads, found):
            found.append(_meeting(name, (ns, ne), m.span("verb"), m.group("verb"), None, _date_of(s)))
    for m in _THEMED_OPENING.finditer(text, s.start, s.end):
        name, (ns, ne) = m.group("name"), m.span("name")
        if _WHOLLY_QUOTED.fullmatch(name):
            name, ns, ne = name[1:-1], ns + 1, ne - 1
        if _new_meeting_name(name, ns, heads, found) and not _PART_OF_MEETING.fullmatch(name) and len(name) >= 4:
            found.append(_meeting(name, (ns, ne), (ne, ne + 1), "以…为主题", None, _date_of(s)))
    # 刚刚闭幕的中央经济工作会议, 刚刚结束的…博览会: a meeting just closed, told as a description of it
    for m in _JUST_CLOSED.finditer(text, s.start, s.end):
        ns = m.end()
        closing = head_phrase_end(ctx, s, ns, min(ctx.clause_end(s, ns), ns + 40), heads)
        if closing is not None and _new_meeting_name(text[ns:closing], ns, heads, found) and closing - ns >= 3:
            # (undated: 12月18日，…传达学习刚刚闭幕的中央经济工作会议精神 is the day of the study, not the meeting)
            day = next((str(d.attrs["value"]) for d in s.of("DATE") if m.group("day") and d.start == m.start("day")
                        and d.attrs.get("granularity") == "day"), None)
            found.append(_meeting(text[ns:closing], (ns, closing), m.span("verb"), m.group("verb"), None, day))
    # 习近平向全球可持续交通高峰论坛致贺信: the meeting a letter of congratulation is sent to
    for m in _letter_to(tuple(ctx.lexicon.trigger_list("letter_words"))).finditer(text, s.start, s.end):
        name, (ns, ne) = m.group("name"), m.span("name")
        if (held_at := _HELD_AT.match(name)) is not None and len(name) - held_at.end() >= 4:
            # 向在上海“世界会客厅”举办的…蓝厅论坛致贺信: where it is held describes the meeting
            name, ns = name[held_at.end() :], ns + held_at.end()
        if _new_meeting_name(_PLACE_ASIDE.sub("", name), ns, heads, found):
            found.append(_meeting(name, (ns, ne), m.span("verb"), m.group("verb"), None, _date_of(s)))
    # 习近平主席在致2024年“读懂中国”国际会议（广州）的贺信中指出: the meeting the letter is addressed to
    for m in _LETTER_ADDRESSED.finditer(text, s.start, s.end):
        name, (ns, ne) = m.group("name"), m.span("name")
        # (…国际会议（广州）: where this edition meets, after the head)
        if _new_meeting_name(_PLACE_ASIDE.sub("", name), ns, heads, found):
            found.append(_meeting(name, (ns, ne), m.span("letter"), m.group("letter"), None, _date_of(s)))
    # 94场新品集中发布活动, 集中签约等活动: occasions counted or referred to, whichever shape found them
    proposed = {*ctx.lexicon.trigger_list("unrealised_words"), *ctx.lexicon.trigger_list("modal_words"), *_AGREED_WORDS}
    found = [f for f in found if not (f["name"].endswith(("对话", "对话”")) and (
        not (_named_dialogue(ctx, s, f["span"]) or _dialogue_held(ctx, s, f))
        or any(text[a:b] in proposed for a, b in s.tokens if ctx.clause_start(s, f["trigger"][0]) <= a < f["trigger"][0])
    ))]
    # 距离巴黎奥运会开幕还有4天, 今天是杭州第19届亚运会开幕倒计时30天: a meeting counted down to, not
    # held on the story's day (the annotators list it, dated by its own days when the story gives them)
    for f in found:
        if text.endswith(("距离", "距"), 0, f["span"][0]) or text.startswith(("开幕倒计时", "倒计时"), f["span"][1]):
            f["date"] = None
    for f in found:
        vs, ve = f["trigger"]
        if text.startswith("的", ve) and ve < f["span"][0]:
            # 将于今年11月在海南三亚举行的第十二届…运动会今天…举行新闻发布会: the time that describes the
            # meeting is its own, not the day of the sentence's news
            # (the date nearest the verb: 记者1月19日从将于今年11月…举行的…获悉 gives 今年11月)
            its_time = max((d for d in s.of("DATE") if ctx.clause_start(s, vs) <= d.start < vs and d.attrs.get("value")),
                           key=lambda d: d.start, default=None)
            if its_time is not None and str(its_time.attrs["value"]) != f["date"]:
                # (a meeting named in passing, not the one of the day: it dates nothing else reported 会上)
                f["date"], f["named_in_passing"] = str(its_time.attrs["value"]), True
    found = [part for f in found for part in _split_joined(ctx, f, heads)]
    bodies = list(find_body_meetings(s, ctx))
    sports = set(ctx.lexicon.trigger_list("sports_heads"))
    bare_kinds = set(ctx.lexicon.trigger_list("bare_meeting_kinds"))
    protests = tuple(ctx.lexicon.trigger_list("protest_names"))
    # 为16位全球招商顾问…举行授牌仪式, 维和步兵营…举行授勋仪式: a conferring ceremony held is news by its kind,
    # as the gold names it (授牌仪式, 授勋仪式)
    conferring = {*ctx.lexicon.trigger_list("designation_ceremony_heads"), *ctx.lexicon.trigger_list("award_ceremony_heads")}
    welcomes = set(ctx.lexicon.trigger_list("welcome_ceremony_names"))
    yield from (f for f in found if not (ctx.lexicon.headed_by(f["name"], "occasion_heads") and _unnamed_occasion(f["name"])
                                         and not (f["name"].endswith(protests) and "等" not in f["name"])
                                         and not (f["name"] in welcomes and f["verb"] in ("举行", "举办"))
                                         and not (f["name"] in conferring and f["verb"] in ("举行", "举办")
                                                  and not _PRIZE_SUBJECT.search(text, ctx.clause_start(s, f["span"][0]),
                                                                                f["span"][0])))
                and not (ctx.lexicon.headed_by(f["name"], "exhibition_heads") and _unnamed_exhibition(f["name"]))
                and not _PART_OF_MEETING.fullmatch(f["name"]) and not _COUNTED_MEETINGS.match(f["name"])
                # 倡导…以合作拍片、…、举办融媒体活动等多种形式: a way of working called for, no meeting held
                and not (_WAYS_LISTED.match(text, f["span"][1], s.end) and _CALLED_WAYS.search(text, s.start, f["span"][0]))
                # 一场具有中国特色…的国际体育盛会拉开帷幕: a meeting described, named in the next sentence
                and not _ONE_DESCRIBED.fullmatch(text, ctx.clause_start(s, f["span"][0]), f["span"][0])
                # 参加夏季奥运会的历史最好成绩: which games is not said (冬季奥运会今天在北京开幕: the games themselves)
                and (_SEASON.sub("", f["name"]) not in sports or f["verb"] in _OPENS_OR_CLOSES)
                and not (f["name"] in heads and f["name"].endswith("展"))  # 在达拉斯举行的航空展上: a kind of show
                and _without_session(f["name"]) not in bare_kinds  # 在峰会开幕式上, 宣布博览会开幕: named elsewhere
                # (…举行第十五次集体学习: the session the body's name names in full)
                and not any(b["span"][0] < f["span"][0] and f["span"][1] <= b["span"][1] for b in bodies))
    if any(v in text[s.start : s.end] for v in ctx.lexicon.trigger_list("audience_verbs")):
        yield from find_audiences(s, ctx)
    yield from bodies
    yield from find_talks(s, ctx)
    if "欢迎" in text[s.start : s.end]:
        yield from find_state_welcomes(s, ctx)
    yield from find_delegation_reviews(s, ctx)


# 《…法》已由中华人民共和国第十四届全国人民代表大会常务委员会第十次会议于2024年6月28日修订通过: the
# numbered session that adopted a law, held on the day it did
_ADOPTED_AT_SESSION = re.compile(
    r"由(?P<name>[^，。；由于]{4,60}?第[一二三四五六七八九十百\d]{1,4}次(?:全体)?(?:会议|大会))于(?P<when>[^，。；]{4,16}?)"
    r"(?:修订|修正|审议)?通过"
)


def find_adopting_sessions(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """The session a law was adopted at, named by the sentence that reports the adoption, dated by it."""
    for m in _ADOPTED_AT_SESSION.finditer(ctx.text, s.start, s.end):
        date = next((str(d.attrs["value"]) for d in s.of("DATE") if d.start == m.start("when") and d.attrs.get("value")), None)
        if date is not None:
            yield _meeting(m.group("name"), m.span("name"), (m.end() - 2, m.end()), "通过", None, date)


_HELD_VERBS = frozenset({"召开", "举行", "举办", "开幕", "闭幕"})


def _named_before(ctx: ArticleContext, s: SentenceView, kind: str) -> str | None:
    """…介绍了第六届数字中国建设峰会的相关筹备情况。峰会将于今年4月27日至28日…召开: the meeting of the bare
    kind its story last named, when that name has an edition (第六届, 首届, 2024年…), is a plain noun phrase, and
    is the story's only such name of the kind (not 第七届… beside 第六届…: which one is unsure)."""
    section = ctx.section(s)
    start = min(o.start for o in ctx.sentences if ctx.section(o) == section)
    last = ctx.text.rfind(kind, start, s.start)
    names = set()
    chosen = None
    for m in _NAMING_EDITION.finditer(ctx.text, start, s.start):
        end = ctx.text.find(kind, m.end(), min(s.start, m.end() + 25))
        if end < 0 or not _PLAIN_NAME.fullmatch(ctx.text, m.end(), end) or not _whole_word(ctx, end, end + len(kind)):
            continue
        # (not 2022年世界互联网大会|乌镇峰会: a name that goes on past the kind is of another meeting)
        if _goes_on(ctx, end + len(kind)) or find_words(ctx.text, m.end(), end, _NOT_IN_A_NAME):
            continue
        names.add(ctx.text[m.start() : end + len(kind)])
        if end == last:
            chosen = ctx.text[m.start() : end + len(kind)]
    return chosen if len(names) == 1 else None


# an edition that opens a meeting's name (not 1000多名嘉宾: a count)
_NAMING_EDITION = re.compile(rf"第{NUMERAL}届|首届|(?:19|20)\d\d年?(?![\d多余名家个位人])")
# words no meeting's name holds between its edition and its kind: the clause of a sentence goes on
_NOT_IN_A_NAME = ["在", "将", "于", "今天", "举办", "举行", "召开", "出席", "参加", "开幕", "成功"]


def _whole_word(ctx: ArticleContext, start: int, end: int) -> bool:
    """``start:end`` is whole words of its sentence (not the 大会 of 人民大会堂)."""
    o = next((o for o in ctx.sentences if o.start <= start < o.end), None)
    return o is not None and start in o.word_starts and (end in o.word_starts or end >= o.end)


def _goes_on(ctx: ArticleContext, pos: int) -> bool:
    """The name at ``pos`` runs on to another meeting head (2022年世界互联网大会|乌镇峰会)."""
    run = _PLAIN_NAME.match(ctx.text, pos)
    return run is not None and bool(find_words(ctx.text, pos, run.end(), ctx.lexicon.trigger_list("bare_meeting_kinds")))


_PLAIN_NAME = re.compile(r"[^，。；、“”《》\s的]{1,24}")


def _split_joined(ctx: ArticleContext, f: dict[str, Any], heads: list[str]) -> Iterable[dict[str, Any]]:
    """第二十届中国—东盟博览会以及（和）中国—东盟商务与投资峰会今天开幕: two meetings an 以及 or 和 joins,
    each a name of its own (a part that is itself a 、-list, 成果展、数字产品博览会以及…, names none)."""
    name = f["name"]
    joint = "以及" if "以及" in name else "和"
    parts = name.split(joint)
    named = [len(p) >= 4 and "、" not in p and p.rstrip("”").endswith(tuple(heads)) for p in parts]
    # (…博览会和…峰会: a 和 splits only when every part is a meeting's name, not 世界和平论坛, 共和国…大会;
    # …全国运动会和…残疾人运动会…倒计时一周年启动仪式: one ceremony for both)
    if joint == "和" and (len(parts) < 2 or name.endswith(("仪式", "典礼")) or not all(named)):
        yield f
        return
    start = f["span"][0]
    for part, is_named in zip(parts, named, strict=True):
        if is_named and (offset := ctx.text.find(part, start, f["span"][1])) >= 0:
            yield {**f, "name": part, "span": (offset, offset + len(part))}
        start += len(part) + len(joint)


# …“飞天奖”、…“星光奖”在北京举办颁奖典礼, …大赛今天在深圳举行颁奖仪式: the prize or contest is the award's
# name already (the award rule reports it), the bare ceremony would be a second one
_PRIZE_SUBJECT = re.compile(r"(?:奖|赛)”?")
_NOT_A_GUEST = re.compile(r"举行|进行|、|框架|^[你他她我]|深入$")


@lru_cache(maxsize=4)
def _talks(words: tuple[str, ...]) -> re.Pattern[str]:
    """李强今天在人民大会堂同新加坡总理黄循财会谈。: talks with no 举行, the word closing its clause
    (the lexicon's talks_words), or framing what was said (…会谈时表示, not 会谈时说过: recalled); a guest's party may be a
    同盟 (同联合民主同盟总书记奥马尔会谈)."""
    return re.compile(
        rf"(?:在(?P<place>[^，,。；;在同与]{{2,12}}?))?[同与](?P<guest>(?:陪同(?!盟)|同盟|[^，,。；;：:同与\n]){{2,45}}?)(?P<word>{_any_of(words)})"
        r"(?=[。；，]|并(?!将)|后|时(?:[，,]|表示|指出|强调|说(?![过的])))"
    )


_GUEST_DAY = re.compile(r"(?:\d{1,2}日|今天|昨天|当天|当地时间|（[^（）]{1,12}）)+$")
_TALKS_RECORD = re.compile(r"多次|两度|曾经?|屡次|[\d一二三四五六七八九十]+次|每年|定期")


def find_talks(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A leader's talks reported by 同/与…会谈 alone are the meeting the annotators name 会谈 (as
    举行会谈 is), or framing what was said at them (在同普京会谈时，习主席说…) where the story has not
    reported them before; not talks still to come (将同…会谈)."""
    text = ctx.text
    words = tuple(ctx.lexicon.trigger_list("talks_words"))
    if not any(w in text[s.start : s.end] for w in words):
        return
    titles = tuple(ctx.lexicon.trigger_list("guest_titles"))
    wished = [*ctx.lexicon.trigger_list("modal_words"), *ctx.lexicon.trigger_list("unrealised_words")]
    for m in _talks(words).finditer(text, s.start, s.end):
        vs, ve = m.span("word")
        guest, place = m.group("guest"), m.group("place")
        # (同来华出席…峰会并进行国事访问的…总统会谈: what the guest came for is no part of the talks)
        described = guest[guest.rfind("的") + 1 :]
        unfit = _NOT_A_GUEST.findall(described)
        # (同各民主党派中央、全国工商联负责人和无党派人士代表座谈: a discussion's guests may be a list;
        # 与…政治局委员、中央书记处常务书记武文赏视频会晤:
        # one guest's titles, each part but the last ending in a title)
        listed_ok = m.group("word").startswith("座谈") or described.endswith("分别") or (
            all(part.endswith(titles) for part in described.split("、")[:-1])
            and not text.endswith("分别", ctx.clause_start(s, vs), m.start("guest") - 1)
        )
        if any(u != "、" or not listed_ok for u in unfit) or m.start("guest") - 1 not in s.word_starts or (
            m.start("guest") not in s.word_starts
        ):
            continue  # 同…举行会谈: the meeting rule's; 我同你举行富有成果的会谈: talks looked back on in a
            # speech; 同意尽快会谈, 与会: 同 and 与 inside a word
        if (at := guest.find("在")) > 0:
            guest, place = guest[:at], guest[at + 1 :]  # 同美国总统拜登在旧金山会谈: where, after the guest
        guest = guest[guest.rfind("的") + 1 :]  # 同到访的德国总理朔尔茨会谈: the guest, past the description
        guest = _GUEST_DAY.sub("", guest)  # 同土耳其总统埃尔多安3日通电话: when, not who
        if guest.endswith(("和", "及", "与", "会见", "会谈", "会晤")) or len(guest) < 2:
            continue  # 停止与以色列的所有接触和会晤: a list of contacts, not a guest; …会见会谈: two words
        if text.startswith("时", ve) and any(
            guest[-3:] in earlier.string and any(w in earlier.string for w in words)
            for earlier in ctx.sentences if earlier.end <= s.start
        ):
            continue  # 与吕特会谈时，韩正表示…: talks the story reported before with that guest, framing what was said
        if find_words(text, ctx.clause_start(s, vs), vs, ctx.lexicon.trigger_list("future_words"), s.word_starts):
            continue
        if _TALKS_RECORD.search(text, ctx.clause_start(s, vs), vs) or find_words(
            text, ctx.clause_start(s, vs), vs, wished, s.word_starts
        ):
            continue  # 先后40次会晤, 多次通电话, 愿同…会晤: a record or a wish, not the talks of the day
        word = m.group("word")
        if word not in _SHORT_NAMES_ANY_DAY and _date_of(s) is None:
            continue  # 习近平主席同拜登总统去年在旧金山会晤: talks recalled (a 会晤 of the day is dated)
        # (与纳尔巴耶娃、伊斯莫伊洛夫分别会谈时: guests met one by one, whom _talks_with_each reads apart)
        apart = guest.endswith("分别") and "、" in guest
        yield _meeting(word, (vs, ve), (vs, ve), word, place, _date_of(s), None if apart else guest)


@lru_cache(maxsize=4)
def _state_welcome(names: tuple[str, ...]) -> re.Pattern[str]:
    """习近平在人民大会堂北大厅举行仪式，欢迎…总统…国事访问; 举行宴会，欢迎…: a state welcome, which the
    annotators name by the lexicon's welcome_ceremony_names (欢迎仪式, 欢迎宴会; a bare 仪式 names nothing)."""
    kinds = _any_of(n.removeprefix("欢迎") for n in names)
    return re.compile(rf"举行了?(?:隆重|盛大的?)?(?P<kind>{kinds})[，,]?欢迎")


_WELCOME_PLACE = re.compile(r"在(?P<place>[^，。；在为]{2,16}?)(?:为[^，。；为]{1,30})?$")


def find_state_welcomes(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    text = ctx.text
    for m in _state_welcome(tuple(ctx.lexicon.trigger_list("welcome_ceremony_names"))).finditer(text, s.start, s.end):
        clause = ctx.clause_start(s, m.start())
        if find_words(text, clause, m.start(), ctx.lexicon.trigger_list("future_words"), s.word_starts):
            continue  # 将举行仪式欢迎…: to come
        place = _WELCOME_PLACE.search(text, clause, m.start())
        yield _meeting("欢迎" + m.group("kind"), m.span("kind"), (m.start(), m.start() + 2), "举行",
                       place.group("place") if place else None, _date_of(s))


# 赵乐际5日下午参加他所在的四川代表团审议。, 王沪宁9日上午参加十四届全国人大一次会议台湾代表团审议。:
# a leader joins a delegation's review of the congress's reports (not 在参加…审议时说: a remark quoted)
_DELEGATION_REVIEW = re.compile(
    rf"参加了?(?:{_OWN_DELEGATION.pattern})?(?P<name>(?:[^，。；、\n]{{1,24}}?、)*[^，。；、\n]{{1,24}}?代表团)的?审议(?=[。；，并])"
)


_RECORD = re.compile(r"连续[^，。；]{1,6}[年届次]|多次|曾经?")


def find_delegation_reviews(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A leader's part in a delegation's review at the people's congress: the meeting the gold
    names 十四届全国人大二次会议江苏代表团审议, as the sentence writes it; not one told as a record
    (三次参加江苏代表团审议, 曾参加)."""
    text = ctx.text
    for m in _DELEGATION_REVIEW.finditer(text, s.start, s.end):
        before = text[ctx.clause_start(s, m.start()) : m.start()]
        if before.endswith(("次", "都")) or _RECORD.search(before) or _negated(text, m.start()):
            continue
        start = m.start("name")
        yield _meeting(text[start : m.end()], (start, m.end()), (m.start(), m.start() + 2), "参加", None, _date_of(s))


_REQUESTED = ("要求", "请求", "呼吁", "提议")
# 中共中央政治局12月9日召开会议，分析研究…: a body's meeting named by the body alone
_BODY_MEETING = re.compile(r"(?:召开|举行)了?(?P<kind>紧急)?会议(?=[，。；]|研究|部署|分析|审议|听取|传达|讨论|学习|决定)")
# 联合国安理会13日就…举行紧急会议: what the body meets on, between it and the verb
_ON_MATTER = re.compile(r"就[^，。；就]{2,40}?$")


@lru_cache(maxsize=4)
def _body_session(words: tuple[str, ...]) -> re.Pattern[str]:
    """…就扎实推进高质量发展进行第十一次集体学习: a numbered session of the lexicon's body_session_words."""
    # (国务院以“…”为主题，进行第十次专题学习: the theme, which may hold commas inside its quotes)
    return re.compile(
        rf"(?:就[^，。；]{{2,40}}?|以[^。；]{{2,60}}?为主题[，,]?)?(?P<verb>进行|举行)了?(?P<session>第{NUMERAL}次(?:{_any_of(words)}))"
    )


def find_body_meetings(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """中共中央政治局12月9日召开会议, 国务院党组召开会议: a body that holds a meeting it does not
    name; the meeting is the body's (中共中央政治局会议), on the sentence's day."""
    text = ctx.text
    for m in _BODY_MEETING.finditer(text, s.start, s.end):
        vs = m.start()
        matter = _ON_MATTER.search(text, ctx.clause_start(s, vs), vs) if m.group("kind") else None
        before = matter.start() if matter else vs
        body = next((e for e in reversed(s.of("ORG")) if e.end <= before), None)
        if body is None or not gap_ok(s, text, body.end, before) or _negated(text, vs) or (
            text.startswith("在", body.start - 1)
        ):
            continue  # (在德国拉姆施泰因美国空军基地举行会议: where the meeting is, not whose)
        clause = ctx.clause_start(s, body.start)
        if find_words(text, clause, vs, [*ctx.lexicon.trigger_list("future_words"), *_REQUESTED], s.word_starts):
            continue  # 安理会将于明天召开会议, 俄方已要求安理会…召开会议: still to come, or asked for
        name = text[body.start : body.end] + (m.group("kind") or "") + "会议"
        yield _meeting(name, (body.start, m.end()), (vs, vs + 2), text[vs : vs + 2], None, _date_of(s))
    for m in _body_session(tuple(ctx.lexicon.trigger_list("body_session_words"))).finditer(text, s.start, s.end):
        # 中共中央政治局1月31日下午就扎实推进高质量发展进行第十一次集体学习: the body's numbered study
        # session, named with the body as the annotators name it (中共中央政治局第十一次集体学习)
        body = next((e for e in reversed(s.of("ORG")) if e.end <= m.start()), None)
        if body is None or not gap_ok(s, text, body.end, m.start()) or _negated(text, m.start("verb")):
            continue
        future = ctx.lexicon.trigger_list("future_words")
        if find_words(text, ctx.clause_start(s, body.start), m.start("verb"), future, s.word_starts):
            continue
        name = text[body.start : body.end] + m.group("session")
        yield _meeting(name, (body.start, m.end()), m.span("verb"), m.group("verb"), None, _date_of(s))


# 与纳尔巴耶娃、伊斯莫伊洛夫分别举行会谈, …分别会谈时: the guests listed before 分别, each met apart
_GUESTS_APART = re.compile(r"[同与](?P<guests>[^，。；同与、]{2,20}(?:、[^，。；同与、]{2,20})+)分别(?:举行|进行)?了?$")


def _talks_with_each(
    find: Callable[[SentenceView, ArticleContext], Iterable[dict[str, Any]]],
) -> Callable[[SentenceView, ArticleContext], Iterable[dict[str, Any]]]:
    """``find`` with talks held with several guests one by one (分别举行会谈, 分别会谈: the meeting and the
    talks rules alike) read as one talk per guest, as the annotators list them (the audience rule does
    the same for 分别会见A、B, where the guests follow the verb)."""

    def apply(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
        words = ctx.lexicon.trigger_list("talks_words")
        for item in find(s, ctx):
            apart = None
            if item["name"] in words and item.get("object") is None:
                apart = _GUESTS_APART.search(ctx.text, ctx.clause_start(s, item["trigger"][0]), item["trigger"][0])
            if apart is None:
                yield item
                continue
            for guest in split_listed(s, *apart.span("guests")):
                yield {**item, "object": guest}

    return apply


MEETINGS = SentenceRule(
    name="event.meeting",
    field="events",
    doc=__doc__ or "",
    apply=_talks_with_each(find_meetings),
    # (setting_words: the sentences a meeting is the setting of, 在…研讨班上发表讲话; letter_words: 向…致贺信)
    triggers=("meeting_verbs", "meeting_attend_verbs", "audience_verbs", "talks_words", "meeting_here_words", "setting_words",
              "letter_words", "under_way_words", "body_session_words"),
    examples=(
        # a session set for an hour of a day (the hour opens the sentence with the day, or stands before the place)
        Example("3月13日上午9时，十四届全国人大一次会议将在人民大会堂举行闭幕会，国家主席习近平将发表重要讲话。",
                {"name": "十四届全国人大一次会议", "date": "2023-03-13"}, "2023-03-12"),
        Example("全国政协十四届二次会议将于3月10日上午9时在北京人民大会堂举行闭幕会。",
                {"name": "全国政协十四届二次会议", "date": "2024-03-10", "place": "北京人民大会堂"}, "2024-03-09"),
        # a bare kind held, named by the meeting of that kind the story named before
        Example("国新办今天举行新闻发布会，介绍了第六届数字中国建设峰会的相关筹备情况。峰会将于今年4月27日至28日在福建省福州市召开。",
                {"name": "第六届数字中国建设峰会", "date": "2023-04-27/2023-04-28"}, "2023-04-03"),
        Example("截至目前，各地各高校已累计举办大型招聘活动9.2万场。", None),
        Example("今天上午，国务院新闻办举行发布会介绍了杭州亚运会、亚残运会筹备情况。", {"name": "发布会"}),
        Example("各选举单位召开党委全体会议或党委（党组）扩大会议，研究部署选举工作。", None),  # many hosts, none named
        Example("新疆第一届冬运会也在今天开幕。", {"name": "新疆第一届冬运会", "place": None}, "2022-12-30"),  # 在 a time
        Example("古巴第十届全国人民政权代表大会19日在哈瓦那举行会议，再次选举迪亚斯-卡内尔为古巴国家主席。",
                {"type": "meeting", "name": "古巴第十届全国人民政权代表大会", "place": "哈瓦那", "date": "2023-04-19"},
                "2023-04-20"),  # the congress's own session
        Example("9日，联合国大会举行会议，讨论加沙局势。", {"type": "meeting", "name": "联合国大会会议"}, "2024-01-10"),
        Example("明年，中方将考虑举办第三届“一带一路”国际合作高峰论坛。", None),  # announced, no day or month set
        Example("第17届太平洋运动会将在所罗门群岛举行。", None),
        Example("进博会期间还将举办虹桥国际经济论坛。", {"type": "meeting", "name": "虹桥国际经济论坛"}),  # the fair's
        Example("世界海关组织第六届全球AEO大会将于5月在深圳举办。", {"name": "世界海关组织第六届全球AEO大会", "place": "深圳"}),
        # a day opening the sentence, alone in its clause, sets the meeting to come in the next (but not a
        # later clause of another subject: 今天（4月1日），…启动…活动，各地将…举办…)
        Example("5月18日至19日，习近平主席将在陕西西安主持召开中国—中亚峰会，中亚五国元首将来华参会。",
                {"name": "中国—中亚峰会", "date": "2023-05-18/2023-05-19"}, "2023-05-16"),
        # a meeting described by its own time is dated by it, not by the day of the sentence's news
        Example("将于今年11月在海南三亚举行的第十二届全国少数民族传统体育大会今天（1月19日）在京举行新闻发布会。",
                {"name": "第十二届全国少数民族传统体育大会", "date": "2024-11"}, "2024-01-19"),
        Example("第二届链博会将于11月26日至30日在北京举行。", {"name": "第二届链博会", "date": "2024-11-26/2024-11-30"},
                "2024-10-28"),  # a run of days dates it
        Example("随着前五届进博会成功举办，中国市场的吸引力不断显现。", None),  # editions counted
        Example("“紫禁城与凡尔赛宫”展今天在故宫开幕。", {"type": "other", "name": "“紫禁城与凡尔赛宫”展"}),  # 展 after a quote
        Example("“何以中国”展览今天在京开幕。", {"name": "“何以中国”展览"}),
        Example("会见巴巴科夫时赵乐际表示，今年是中俄建交75周年。", {"object": "巴巴科夫"}),  # the frame ends at 时
        # a guest whose name opens with 中 (not 在会见中指出: the audience as a frame)
        Example("全国政协主席王沪宁24日在京会见中美洲议会议长加西亚。", {"name": "会见", "object": "中美洲议会议长加西亚"}),
        Example("王沪宁表示，去年11月，习近平主席会见岸田文雄首相，两国领导人重申恪守中日四个政治文件的原则。", None,
                "2024-01-19"),  # an audience of last year, recalled
        Example("中俄建交75年来，两国关系历经风雨，国家主席习近平16日在北京会见俄罗斯总统普京。",
                {"name": "会见", "object": "俄罗斯总统普京", "date": "2024-05-16"}, "2024-05-16"),  # a day of this year
        Example("习近平在会见中指出，两国要加强合作。", None),
        # a practice kept up, a holding that is a topic, a description: no session reported
        Example("从设立自贸试验区，到坚持举办进博会、服贸会、广交会、消博会；", None),
        Example("习近平总书记指出，举办进博会，就是要扩大开放。", None),
        Example("党的十八大以来，我国一共举办了五届世园会。", None),  # counted, none named
        Example("2024年成都世园会今天正式开园。", {"type": "meeting", "name": "2024年成都世园会"}),  # an expo opens its gates
        Example("活动期间，全国线上线下共举办2.3万场招聘会。", None),
        Example("马来西亚日前在吉隆坡举行了该国代表团出征授旗仪式。", {"type": "other", "name": "代表团出征授旗仪式"}),
        Example("今天，应对气候变化南南合作援助哥斯达黎加、基里巴斯、博茨瓦纳物资发运仪式在生态环境部举行。",
                {"name": "应对气候变化南南合作援助哥斯达黎加、基里巴斯、博茨瓦纳物资发运仪式"}),  # the places listed inside
        Example("韩国国会今天（12月4日）凌晨召集紧急会议。", {"type": "meeting", "name": "紧急会议"}),
        Example("在今年的世界互联网大会乌镇峰会上，一批数字化产品集中亮相。",
                {"type": "meeting", "name": "世界互联网大会乌镇峰会"}),
        # meetings listed whose holding is a noun; a meeting whose ceremony is the setting, after 的
        Example("进博会、服贸会、消博会等重点展会的成功举办，为全球厂商提供了新机遇。", {"type": "meeting", "name": "服贸会"}),
        Example("5年前，习近平总书记在北京世园会的开幕式上强调同筑生态文明之基。", {"type": "meeting", "name": "北京世园会"}),
        Example("出席活动嘉宾共同祝贺“何以文明·遇见良渚”全球巡展圆满收官。",
                {"type": "other", "name": "“何以文明·遇见良渚”全球巡展"}),
        Example("出席活动嘉宾共同祝贺第十届中秘文化论坛取得丰硕成果。", None),  # the guests, not a meeting attended
        Example("黎巴嫩总理米卡提21日取消前往美国纽约参加联合国大会。", None),  # a trip called off
        Example("中方愿同海合会国家开展金融合作，研究举办中海产业和投资合作论坛。", None),  # considered
        Example("巴勒斯坦方面今天提交备忘录，呼吁阿盟召开外长级紧急会议。", None),  # called for
        Example("2024中华龙舟大赛四川恩阳站今天（9月17日）落幕。", {"type": "other", "name": "2024中华龙舟大赛四川恩阳站"}),
        Example("他推迟赴京行程后出席了在上海举行的第七届进博会开幕式。", {"name": "第七届进博会"}),  # put off, then attended
        Example("组委会取消去年的限流措施后举办了第七届进博会。", {"name": "第七届进博会"}),
        Example("王毅出席嘉宾见面会并发表讲话。", {"name": "嘉宾见面会"}),  # a meeting of guests
        Example("出席论坛嘉宾共同启动第三届长三角数字经济大会。", None),  # the guests
        Example("多国代表在第79届联合国大会第三委员会会议上还表示，反对干涉中国内政。",
                {"name": "第79届联合国大会第三委员会会议"}),
        Example("全国政协十四届一次会议9日下午举行视频会议。", {"name": "全国政协十四届一次会议"}),
        Example("2024年世界互联网大会乌镇峰会刚刚落下帷幕。", {"name": "2024年世界互联网大会乌镇峰会"}),
        Example("2023世界机器人博览会也同期举办，160多家企业带来近600件展品。", {"name": "2023世界机器人博览会"}),
        Example("10月31日，联合国大多数会员国在第77届联合国大会第三委员会会议上明确表示，反对干涉中国内政。",
                {"type": "meeting", "name": "第77届联合国大会第三委员会会议", "date": "2024-10-31"}),
        # sessions listed by their ordinals are one meeting each; 党的 belongs to a name
        Example("习近平先后主持召开二十届中央全面深化改革委员会第一次、第二次会议。",
                {"type": "meeting", "name": "二十届中央全面深化改革委员会第二次会议"}),
        Example("今年2月7日，习近平总书记在学习贯彻党的二十大精神研讨班开班式上发表重要讲话。",
                {"type": "meeting", "name": "学习贯彻党的二十大精神研讨班", "date": "2023-02-07"}, "2023-08-02"),
        # a quoted name, or one wholly quoted; a setting the speaker recalls is no news
        Example("赵乐际15日在“中立之友小组”成员国议会领导人会议上发表视频致辞。",
                {"type": "meeting", "name": "“中立之友小组”成员国议会领导人会议", "date": "2024-02-15"}, "2024-02-16"),
        Example("在“‘一带一路’背景下企业廉洁合规发展论坛”上，与会人士认为，合规建设是重要保障。",
                {"type": "meeting", "name": "‘一带一路’背景下企业廉洁合规发展论坛"}),
        Example("5月13日，丁薛祥出席在上海举办的活动，并在中国品牌发展国际论坛致辞。",
                {"type": "meeting", "name": "中国品牌发展国际论坛", "date": "2023-05-13"}, "2023-05-13"),  # 上 left out
        Example("李强在人民大会堂发表讲话。", None),  # a hall, no meeting
        # a sentence that opens with a meeting and gives its theme (not 本届…: the one named before)
        Example("“中新合作服务贸易创新论坛”以“数字化—全球服务贸易新动能”为主题，与会人士展开深入研讨。",
                {"type": "meeting", "name": "中新合作服务贸易创新论坛"}),
        Example("“虹桥国际开放枢纽建设”分论坛以“开放享未来”为主题，与会嘉宾展开研讨。",
                {"type": "meeting", "name": "“虹桥国际开放枢纽建设”分论坛"}),
        Example("本届博览会以“团结协作 共谋发展”为主题。", None),
        Example("开幕式将于2月17日在海拉尔赛区举行。", None),  # the games' opening, named before
        Example("报告会以电视电话会议形式举办。", None),
        # quoted names listed before the kind of meeting they share: each a meeting
        Example("在开放创新板块下，举行了“人工智能赋能新型工业化”“新型储能驱动未来能源变革”和“数字金融助力全球经贸发展”分论坛。",
                {"type": "meeting", "name": "新型储能驱动未来能源变革"}),
        Example("宣传片以“奋进新时代”为主题。", None),
        Example("我在第三届“一带一路”国际合作高峰论坛上提出了八项行动，欢迎尼方积极对接。", None),
        Example("这是习近平总书记在第三届“一带一路”国际合作高峰论坛上，向世界传递的坚定决心。", None),
        Example("习近平指出，我在此次中非合作论坛北京峰会上宣布了十大伙伴行动。", {"name": "中非合作论坛北京峰会"}),
        Example("这是我国首次在联合国大会上提出该倡议。", {"name": "联合国大会"}),
        Example("记者从今天（9月5日）商务部专题新闻发布会上了解到，协议已签署。",
                {"type": "meeting", "name": "商务部专题新闻发布会"}),
        # a festival of culture is a meeting, as an arts festival is; consultations named, not by manner alone
        Example("第二十届中国·内蒙古草原文化节于昨晚（7月8日）在呼和浩特开幕。",
                {"type": "meeting", "name": "第二十届中国·内蒙古草原文化节", "date": "2023-07-08"}, "2023-07-09"),
        Example("第20届中国（广州）国际纪录片节4日在广州开幕。", {"type": "meeting", "name": "第20届中国（广州）国际纪录片节"}),
        Example("5月24日至26日，第29次中国—东盟高官磋商在深圳举行。", {"type": "meeting", "name": "第29次中国—东盟高官磋商"}),
        Example("联合国安理会14日就黎以局势举行闭门磋商。", None),
        Example("中国国际时装周2023秋冬系列今天（3月24日）在北京开幕。",
                {"type": "meeting", "name": "中国国际时装周2023秋冬系列"}),
        Example("12月18日，九三学社第十四届中央委员会第六次全体会议以线上和线下相结合的方式在北京召开。",
                {"type": "meeting", "name": "九三学社第十四届中央委员会第六次全体会议", "place": "北京"}),
        Example("李强17日在南宁出席第二十届中国—东盟博览会和中国—东盟商务与投资峰会开幕式并致辞。",
                {"type": "meeting", "name": "中国—东盟商务与投资峰会"}),  # each meeting 和 joins
        Example("九三学社第十二次全国代表大会圆满完成各项议程，于12月21日在京闭幕。",
                {"type": "meeting", "name": "九三学社第十二次全国代表大会"}, "2022-12-21"),
        Example("习近平出席首届中国-阿拉伯国家峰会、首届中国-海湾阿拉伯国家合作委员会峰会并对沙特进行国事访问。",
                {"name": "首届中国-海湾阿拉伯国家合作委员会峰会"}),  # (the second listed, before 并)
        # a week started is launched, not met (its opening is a meeting)
        Example("雄安新区第二届科技·人才·创新周今天启动。", None, "2024-05-13"),
        Example("雄安新区第二届科技·人才·创新周今天开幕。", {"type": "meeting", "name": "雄安新区第二届科技·人才·创新周"}),
        Example("会议原则通过了全国政协2024年工作要点、组织召开专家协商会工作计划。", None),
        # what the guest came for is a description, not part of the talks
        Example("5月18日上午，国家主席习近平在西安同来华出席中国－中亚峰会并进行国事访问的吉尔吉斯斯坦总统扎帕罗夫会谈。",
                {"name": "会谈", "object": "吉尔吉斯斯坦总统扎帕罗夫", "place": "西安"}, "2023-05-18"),
        # a meeting told of by what it passed (not a document it passed before, nor one passed through it)
        Example("十四届全国人大常委会第七次会议今天表决通过了外国国家豁免法。",
                {"type": "meeting", "name": "十四届全国人大常委会第七次会议", "date": "2023-09-01"}, "2023-09-01"),
        Example("中国共产党第二十次全国代表大会审议通过的报告提出了目标任务。", None),
        Example("《中华人民共和国学前教育法》日前经十四届全国人大常委会第十二次会议表决通过。", None),
        Example("《中华人民共和国学前教育法》已经十四届全国人大常委会第十二次会议表决通过。", None),
        Example("《条例》由国务院常务会议审议通过。", None),
        Example("该方案将提交国务院常务会议审议通过。", None),
        Example("瑞士日内瓦当地时间9月6日，《湿地公约》常委会第62次会议审议通过了中国提交的区域动议提案。",
                {"name": "《湿地公约》常委会第62次会议", "date": "2023-09-06"}, "2023-09-07"),
        # a rank conferred at a ceremony is a designation, as a plaque or a certificate is
        Example("中央军委晋升上将军衔仪式25日在北京八一大楼隆重举行。",
                {"type": "designation", "name": "中央军委晋升上将军衔仪式", "place": "北京八一大楼"}, "2023-12-25"),
        Example("中方表示，中非合作论坛第八届部长级会议召开三年来，中非合作取得丰硕成果。", None),
        Example("11日，丁薛祥同颜金勇共同主持四个双边合作机制会议。", None),
        Example("第十九届亚洲运动会8日晚在杭州圆满闭幕。", {"name": "第十九届亚洲运动会", "place": "杭州"}, "2023-10-09"),
        Example("第五届论坛在俄罗斯莫斯科以线上线下结合方式举行。", {"place": "俄罗斯莫斯科"}),  # how, not where
        Example("庆祝澳门回归祖国25周年大会20日上午在澳门隆重举行。",  # the celebrating verb names it too
                {"type": "meeting", "name": "庆祝澳门回归祖国25周年大会"}, "2024-12-20"),
        Example("中华全国供销合作总社成立70周年纪念会28日在京召开。",
                {"type": "meeting", "name": "中华全国供销合作总社成立70周年纪念会"}, "2024-11-28"),
        Example("昨晚（11月30日），“大地情深”——全国优秀群众文艺作品汇演在中央歌剧院举办。",
                {"type": "other", "name": "“大地情深”——全国优秀群众文艺作品汇演", "date": "2023-11-30"}, "2023-12-01"),
        # an occasion to come is no news (but a 将 inside a description is no future)
        Example("今年雪顿节期间，将举行传统优秀藏戏展演、赛马等文体活动。", None),
        Example("在四川成都，护理前辈为即将走上工作岗位的护理专业学生举行“传光授帽”仪式。", {"name": "“传光授帽”仪式"}),
        Example("今天是第六个中国医师节，各地举行医师节活动服务基层群众。", None),
        Example("在今天（9月27日）的国务院新闻办公室政策例行吹风会上，有关负责人表示…",
                {"type": "meeting", "name": "国务院新闻办公室政策例行吹风会"}),
        Example("全国脱贫地区优质特色粮油产品展销会日前在河南郑州举办。",
                {"type": "meeting", "name": "全国脱贫地区优质特色粮油产品展销会"}),
        Example("中国空军八一飞行表演队亮相第二届沙特国际防务展。", {"type": "meeting", "name": "第二届沙特国际防务展"}),
        Example("管理办法细化了食品展销会举办者的食品安全主体责任。", None),
        Example("全国80%的县级以上城市都举行了全民阅读活动。", None),
        Example("按照巡视工作安排，被巡视单位分别召开了巡视进驻动员会。", None),  # each its own
        Example("今天，塞尔维亚“欢乐春节”活动在贝尔格莱德举办。", {"type": "other", "name": "塞尔维亚“欢乐春节”活动"}),
        Example("取得我国在境外参加夏季奥运会的历史最好成绩。", None),  # a bare games: which one is not said
        Example("12日，在美国达拉斯举行的航空展上，两架飞机相撞。", None),  # a kind of show, not one named
        Example("习近平主席在峰会开幕式上发表主旨讲话。", None),  # the summit a story names elsewhere
        Example("2024珠海航空展以及第十五届中国航展今天开幕。", {"type": "meeting", "name": "第十五届中国航展"}),
        Example("2024世界机器人大会正在北京举办。", {"type": "meeting", "name": "2024世界机器人大会"}),
        Example("大会为16位全球招商顾问、18家跨国公司总部企业举行授牌仪式。", {"name": "授牌仪式"}),
        Example("欢迎各方积极参加青岛绿色发展论坛。", None),  # an invitation
        Example("他出席了一些国际会议。", None),
        Example("习近平主席向金砖国家工商论坛发表致辞。", {"type": "meeting", "name": "金砖国家工商论坛"}),  # addressed
        Example("办好中越人民论坛、青年友好会见等系列品牌活动。", None),  # a kind of event listed
        Example("会见结束后，双方举行了宴会。", None),  # the time after an audience, not another one (会见|结束后)
        Example("我对2019年访华期间同习近平主席进行会见也记忆犹新。", None),  # a remark on one recalled
        Example("习近平会见也门总统领导委员会主席阿里米。", {"object": "也门总统领导委员会主席阿里米"}),
        Example("习近平会见全国台湾同胞投资企业联谊会第六届会员代表大会代表并与大家合影留念。",
                {"object": "全国台湾同胞投资企业联谊会第六届会员代表大会代表"}),  # not what followed
        Example("赵乐际在北京会见由俄罗斯“公正俄罗斯—爱国者—为了真理”党主席米罗诺夫率领的公俄党干部考察团。",
                {"object": "由俄罗斯“公正俄罗斯—爱国者—为了真理”党主席米罗诺夫率领的公俄党干部考察团"}),  # in full
        Example("两国元首共同会见记者。", {"type": "meeting", "name": "会见记者"}),
        Example("习近平同拉赫蒙在杜尚别总统府会谈后共同会见记者。", {"name": "会见记者", "place": "杜尚别总统府"}),
        Example("今天，两国元首举行了亲切友好、富有成果的会谈。", {"type": "meeting", "name": "会谈"}),
        Example("今天，两国元首进行了富有成果的会谈。", {"type": "meeting", "name": "会谈"}),
        Example("美国准备就这一问题与俄方进行会谈。", None),
        Example("李强在人民大会堂分别会见新西兰总理希普金斯、巴巴多斯总理莫特利。",  # one audience each
                {"type": "meeting", "name": "会见", "object": "新西兰总理希普金斯", "place": "人民大会堂"}),
        Example("李强在人民大会堂分别会见新西兰总理希普金斯、巴巴多斯总理莫特利。",
                {"type": "meeting", "name": "会见", "object": "巴巴多斯总理莫特利", "place": "人民大会堂"}),
        Example("习近平主席分别会见法国、德国、英国等欧洲主要国家领导人。",  # guests by kind, one audience
                {"type": "meeting", "name": "会见", "object": "法国、德国、英国等欧洲主要国家领导人"}),
        Example("习近平今天出席庆祝澳门回归祖国25周年大会暨澳门特别行政区第六届政府就职典礼。",
                {"type": "meeting", "name": "庆祝澳门回归祖国25周年大会暨澳门特别行政区第六届政府就职典礼"}),
        Example("6960名各族运动员参加18项竞赛项目和170个表演项目的比赛。", None),  # counted, not named
        Example("一个多月来，指导组参加15次学习交流座谈会。", None),  # meetings counted, none named
        Example("全省召开3次专题座谈会，听取意见。", None),
        Example("数千德国民众30日在首都柏林举行抗议活动。", {"type": "other", "name": "抗议活动"}, "2024-05-31"),
        Example("空军航空开放活动·长春航空展今天（7月26日）开幕。", {"type": "meeting", "name": "空军航空开放活动·长春航空展"}),
        Example("中国体育代表团参加巴黎奥运会。", {"type": "other", "name": "巴黎奥运会"}),
        Example("冬季奥运会今天在北京隆重开幕。", {"name": "冬季奥运会"}),
        Example("第三十八届泰山国际登山节在山东泰安举办。", {"type": "other", "name": "第三十八届泰山国际登山节"}),
        Example("第二届中国北京金海湖帆船赛今天（9月15日）开赛。", {"type": "other", "name": "第二届中国北京金海湖帆船赛"},
                "2024-09-15"),
        Example("今年春节期间举行了庙会。", None),  # a bare 节 heads no occasion without an edition
        Example("今天（10月31日），粤港两地举行第二次粤港跨境直通救护车演练。",
                {"type": "other", "name": "第二次粤港跨境直通救护车演练"}),
        Example("第五届澜湄视听周今天（6月17日）在云南昆明开幕。", {"type": "meeting", "name": "第五届澜湄视听周"}),
        Example("自今年2月开幕以来，诗歌节启动了中国桐庐富春江桂冠诗歌奖全国创作大赛。", None),
        Example("当地时间2月10日，由巴基斯坦海军倡导组织的“和平-23”多国海军联合演习在卡拉奇正式拉开帷幕。",
                {"type": "other", "name": "“和平-23”多国海军联合演习", "place": "卡拉奇"}),
        Example("大会期间举办了“携手构建网络空间命运共同体精品案例”“世界互联网大会领先科技奖”等发布展示活动。", None),
        Example("水利部于昨晚连夜召开防汛会商会。", {"type": "meeting", "name": "防汛会商会"}),
        Example("全国统战部长会议10日在京召开。", {"type": "meeting", "name": "全国统战部长会议"}),
        Example("第十四轮中美工商领袖和前高官对话今天在华盛顿举行。",
                {"type": "meeting", "name": "第十四轮中美工商领袖和前高官对话"}),
        Example("世界互联网大会数字文明尼山对话在山东举行", {"type": "meeting", "name": "世界互联网大会数字文明尼山对话"}),
        Example("总台在希腊雅典举办“山海相通 中希辉映：中国希腊‘一带一路’对话会”。",
                {"type": "meeting", "name": "“山海相通 中希辉映：中国希腊‘一带一路’对话会”"}),
        Example("国家主席习近平向2024年世界互联网大会乌镇峰会开幕致贺信。", {"name": "2024年世界互联网大会乌镇峰会"}),
        Example("联合国人权理事会第53届会议20日就人权高专年度报告举行互动对话。", None),
        Example("双方同意适时举行新一轮中日经济高层对话。", None),
        Example("志愿者代表今天在北京举行第三届中国—东盟青年志愿者对话。", {"name": "第三届中国—东盟青年志愿者对话"}),
        Example("中国向世界卫生组织捐赠仪式今天在日内瓦举行，王毅出席并致辞。", {"name": "中国向世界卫生组织捐赠仪式"}),
        Example("北京市举办“数字经济：新动能 新未来”高峰论坛。", {"name": "“数字经济：新动能 新未来”高峰论坛"}),
        Example("蔡奇向大会召开表示热烈的祝贺。", None),
        Example("莫方对第三届“一带一路”国际合作高峰论坛成功举办表示热烈祝贺。", {"name": "第三届“一带一路”国际合作高峰论坛"}),
        Example("烈士纪念日向人民英雄敬献花篮仪式30日上午在北京隆重举行。", {"name": "烈士纪念日向人民英雄敬献花篮仪式"}),
        Example("习近平向阮富仲授予“友谊勋章”，并举行隆重颁授仪式。", {"type": "award", "name": "颁授仪式"}),
        Example("俄罗斯副外长韦尔希宁11日称，俄罗斯准备好通过对话结束冲突。", None),
        Example("双方充分肯定今年中欧战略、经贸、环境与气候、数字领域高层对话成功举行。", None),
        Example("2023年服贸会今天（9月4日）进入第三天。", {"type": "meeting", "name": "2023年服贸会"}),
        Example("第136届广交会首期展览进入第四天，智能叉车受关注。", {"type": "meeting", "name": "第136届广交会"}),
        Example("第十届世界大学女校长论坛26日晚在京圆满闭幕。", {"type": "meeting", "name": "第十届世界大学女校长论坛"}),
        Example("第十四届夏季达沃斯论坛今天（6月28日）继续在天津举行。", {"type": "meeting", "name": "第十四届夏季达沃斯论坛"}),
        Example("《生物多样性公约》第十六次缔约方大会（COP16）20日在哥伦比亚卡利开幕。",
                {"type": "meeting", "name": "《生物多样性公约》第十六次缔约方大会", "place": "哥伦比亚卡利"}),
        Example("“文瀚聚珍——中国国家版本馆捐赠入藏精品版本展”今天在京开展。",
                {"type": "other", "name": "“文瀚聚珍——中国国家版本馆捐赠入藏精品版本展”"}),
        Example("大道之行——“八八战略”实施20周年大型主题展览今天在杭州开幕。",
                {"type": "other", "name": "大道之行——“八八战略”实施20周年大型主题展览"}),
        Example("第136届广交会二期展览今天开展。", {"type": "meeting", "name": "第136届广交会"}),
        Example("总台“何以文明”全球巡展·日本特展在东京启动。", {"type": "launch", "name": "总台“何以文明”全球巡展·日本特展"}),
        Example("第五届“阿拉伯艺术节”当日在江西省景德镇市开幕。", {"type": "meeting", "name": "第五届“阿拉伯艺术节”"}),
        Example("全球可持续交通高峰论坛（2024）今天（9月25日）在北京举行。", {"name": "全球可持续交通高峰论坛（2024）"}),
        Example("中国国际大学生创新大赛（2024）总决赛12日在上海交通大学举行。", {"type": "other"}),
        Example("亚洲文化遗产保护联盟大会由文化和旅游部、国家文物局共同主办，25日在陕西省西安市开幕。",
                {"type": "meeting", "name": "亚洲文化遗产保护联盟大会"}),
        Example("本次活动由文化和旅游部主办，今天在北京开幕。", None),
        Example("中方支持秘方成功举办今年亚太经合组织领导人非正式会议。", None),  # backed, not held
        Example("今年以来，习近平主席密集会见来华访问的亚洲、拉美、非洲国家领导人。", None),  # a record of audiences
        Example("中方支持印尼成功举办下届东亚峰会。", None),  # 下届 is no 支持…下
        Example("丁进勇热烈祝贺第十届中国国际论坛成功隆重开幕。", {"type": "meeting", "name": "第十届中国国际论坛"}),
        Example("双方同意适时召开新一轮高级别人文交流磋商机制会议。", None),  # agreed, not held
        Example("世界卫生组织在中方支持和协助下今天在北京举办首届全球传统医学大会。",
                {"type": "meeting", "name": "首届全球传统医学大会"}),  # backing given
        Example("多个支持单位今天在北京联合举办第二届数字经济论坛。", {"type": "meeting", "name": "第二届数字经济论坛"}),
        Example("欢迎巴方支持和参与将于今年9月在海南举行的第四届中国－加勒比经贸合作论坛。",
                {"type": "meeting", "name": "第四届中国－加勒比经贸合作论坛"}),  # set for a day
        Example("今天（4月13日），第四届中国国际消费品博览会在海南正式开馆。",  # a fair opens its halls
                {"type": "meeting", "name": "第四届中国国际消费品博览会", "place": "海南"}),
        Example("恢复中美海上军事安全磋商机制会议，开展中美两军战区领导通话。", None),
        Example("中国共产党第二十届中央委员会第二次全体会议，于2023年2月26日至28日在北京举行。",
                {"type": "meeting", "name": "中国共产党第二十届中央委员会第二次全体会议"}),
        Example("香港今天举行了“赤柱国际龙舟锦标赛”。", {"type": "other", "name": "“赤柱国际龙舟锦标赛”"}),
        Example("中国电影家协会第十一次全国代表大会、中国美术家协会第十次全国代表大会今天在北京闭幕。",
                {"type": "meeting", "name": "中国电影家协会第十一次全国代表大会"}),
        Example("中央广播电视总台2023主持人大赛正式启动。", {"name": "中央广播电视总台2023主持人大赛"}),
        Example("中央广播电视总台2023主持人大赛、第五届全国青年运动会今天在北京开幕。",
                {"name": "中央广播电视总台2023主持人大赛"}),
        Example("2023年9月，习近平主席向全球可持续交通高峰论坛致贺信。", {"type": "meeting", "name": "全球可持续交通高峰论坛"}),
        Example("习近平向俄罗斯中国友好协会成立65周年致贺信。", None),
        Example("习近平向第三届“一带一路”国际合作高峰论坛致贺信。", {"name": "第三届“一带一路”国际合作高峰论坛"}),
        Example("习近平向在上海“世界会客厅”举办的“中国式现代化与世界”蓝厅论坛致贺信。",
                {"name": "“中国式现代化与世界”蓝厅论坛"}),
        Example("第十五届全国运动会暨第九届特殊奥林匹克运动会倒计时一周年启动仪式昨晚在广州举行。", None),
        Example("出席会议的1273位选举会议成员以无记名投票的方式选举产生了全国人大代表。", None),
        Example("第八届全国职工职业技能大赛决赛今天在西安举行。", {"name": "第八届全国职工职业技能大赛"}),
        # a short bracketed aside inside an attended meeting's name
        Example("当地时间6日，国务院总理李强在雅加达出席第26次东盟与中日韩（10+3）领导人会议。",
                {"name": "第26次东盟与中日韩（10+3）领导人会议"}),
        Example("20日下午，中共全国政协党组召开（扩大）会议，学习贯彻讲话精神。", None),
        Example("第十三届“挑战杯”中国大学生创业计划竞赛全国决赛在北京举行。",
                {"name": "第十三届“挑战杯”中国大学生创业计划竞赛", "type": "other"}),
        Example("甲辰年黄帝故里拜祖大典今天在郑州新郑黄帝故里举行。", {"type": "other", "name": "甲辰年黄帝故里拜祖大典"}),
        Example("西非国家经济共同体成员国军事首长会议18日在加纳首都阿克拉结束。",
                {"type": "meeting", "name": "西非国家经济共同体成员国军事首长会议"}),
        Example("报告会结束后，他还与部分院士代表和青年科技工作者座谈交流。", None),
        Example("中央广播电视总台今天公布年度作品，《中央广播电视总台2023主持人大赛》入选。", None),
        Example("在中国国家主席习近平将赴俄罗斯出席金砖国家领导人第十六次会晤之际，中俄媒体举办活动。",
                {"name": "金砖国家领导人第十六次会晤"}),
        Example("国家广播电视总局今天在京召开治理电视“套娃”收费和操作复杂工作动员部署会。",
                {"type": "meeting", "name": "治理电视“套娃”收费和操作复杂工作动员部署会"}),
        Example("第二十三届中国上海国际艺术节昨晚（10月17日）在上海开幕。",
                {"type": "meeting", "name": "第二十三届中国上海国际艺术节"}),
        Example("11月9日，2024长三角数字经济发展大会在嘉兴国际会展中心举行。",
                {"type": "meeting", "name": "2024长三角数字经济发展大会", "date": "2024-11-09",
                 "place": "嘉兴国际会展中心"}),
        Example("2023上海国际车展将于明天（4月18日）开幕。", {"name": "2023上海国际车展", "date": "2023-04-18"}, "2023-04-17"),
        Example("博鳌亚洲论坛2024年年会计划于3月26日至29日在海南博鳌举行。",
                {"name": "博鳌亚洲论坛2024年年会", "place": "海南博鳌"}, "2023-10-30"),
        Example("今天（11月13日），《湿地公约》第十四届缔约方大会在中国武汉和瑞士日内瓦正式落下帷幕。",
                {"name": "《湿地公约》第十四届缔约方大会", "date": "2022-11-13"}, "2022-11-13"),
        Example("第十四届中国航展今天闭幕。", {"type": "meeting", "name": "第十四届中国航展", "date": "2022-11-13"},
                "2022-11-13"),
        Example("2024年中非合作论坛峰会将于9月4日至6日在北京举行。",
                {"type": "meeting", "name": "2024年中非合作论坛峰会", "place": "北京"}, "2024-09-01"),
        Example("国务院新闻办公室举行“推动高质量发展”系列主题新闻发布会。",
                {"type": "meeting", "name": "“推动高质量发展”系列主题新闻发布会"}),
        Example("习近平主席出席中非合作论坛约翰内斯堡峰会开幕式并发表致辞。",
                {"type": "meeting", "name": "中非合作论坛约翰内斯堡峰会"}),
        Example("上海召开2023年全市优化营商环境建设大会。", {"type": "meeting", "name": "2023年全市优化营商环境建设大会"}),
        Example("各地积极开展防汛演练。", None),
        Example("习近平同刚果（布）总统萨苏在人民大会堂举行会谈。", {"type": "meeting", "name": "会谈"}),
        # talks held with each guest listed, one after another
        Example("赵乐际在塔什干与纳尔巴耶娃、伊斯莫伊洛夫分别举行会谈。", {"name": "会谈", "object": "伊斯莫伊洛夫"}),
        Example("赵乐际在塔什干与纳尔巴耶娃、伊斯莫伊洛夫分别举行会谈。", {"name": "会谈", "object": "纳尔巴耶娃"}),
        Example("赵乐际7日在塔什干与纳尔巴耶娃、伊斯莫伊洛夫分别会谈。", {"name": "会谈", "object": "伊斯莫伊洛夫"}),
        Example("伊朗媒体当天报道称，绍伊古将与伊朗武装部队总参谋长巴盖里等高级别官员举行会谈。", None),  # to come
        Example("两国外长将于20日举行会谈。", {"type": "meeting", "name": "会谈", "date": "2023-09-20"}, "2023-09-19"),
        Example("习近平今天在人民大会堂同即将离任的新加坡总理李显龙举行会谈。", {"type": "meeting", "name": "会谈"}),
        Example("习近平今天将同普京举行会谈。", {"type": "meeting", "name": "会谈"}),
        Example("拉萨雪顿节今天开幕。", {"name": "拉萨雪顿节"}),  # a festival that opens, with no edition
        # a festival held, named after the verb (not 举办节能宣传周: a week's campaign; 文化节目: programmes)
        Example("广西举办“新丝路跨年电商节”，国内消费者也可以选购东盟商品。", {"name": "“新丝路跨年电商节”"}),
        Example("当地举办一年一度的“开耕节”，吸引游客。", {"name": "“开耕节”"}),
        Example("各地举办丰富多彩的文化节目。", None),
        Example("村里举办了热闹的“村晚”和丰收节。", None),
        Example("当地举办“和美乡村丰收节”。", {"name": "“和美乡村丰收节”"}),
        Example("春节今天开幕。", None),  # a holiday, not an occasion held
        Example("癸卯年世界华人炎帝故里寻根节在湖北随州举行。", {"name": "癸卯年世界华人炎帝故里寻根节"}),  # or is held
        Example("此次春节庆祝活动与威尼斯狂欢节同时在这座水城举办。", None),  # two subjects, neither one name
        Example("比赛的决赛环节今天在北京举行。", None),  # a part of a programme
        Example("当地时间11月15日，国家主席习近平在旧金山同美国总统拜登举行会晤。", {"type": "meeting", "name": "会晤"}),
        Example("习近平主席同总理先生举行会晤，对两国关系作出战略指引。", None),  # recalled in a speech
        Example("9月11日，克里姆林宫说，普京与金正恩将于近日举行会晤。", None),  # to come
        Example("王沪宁出席开幕式并致辞。", None),
        Example("王毅23日在第78届联合国大会一般性辩论上发言。",
                {"type": "meeting", "name": "第78届联合国大会一般性辩论", "date": "2023-09-23"}, "2023-09-24"),
        Example("古巴国家主席19日在第78届联合国大会一般性辩论发言中谴责美国。",
                {"type": "meeting", "name": "第78届联合国大会一般性辩论", "date": "2023-09-19"}, "2023-09-20"),
        Example("李强在第十四届夏季达沃斯论坛开幕式上致辞。", {"type": "meeting", "name": "第十四届夏季达沃斯论坛"}),
        Example("学习贯彻习近平在中央经济工作会议上的重要讲话精神。", None),  # a speech referred to
        Example("嘉宾希望以习近平主席在喀山会晤讲话中提出的五大金砖理念为引领。", None),
        Example("嘉宾希望以习近平主席在喀山会晤上讲话中提出的五大金砖理念为引领。", None),
        Example("习近平总书记在文化传承发展座谈会上讲话时提出的重要论断，为文化建设指明了方向。", None),
        Example("《求是》杂志发表习近平2023年7月17日在全国生态环境保护大会上讲话的一部分。", None, "2024-01-01"),
        Example("从2021年在第76届联合国大会一般性辩论上提出全球发展倡议，到今年提出全球文明倡议。", None, "2023-03-23"),
        Example("今天，贵州举行全省义务植树活动。", {"type": "other", "name": "全省义务植树活动"}),
        Example("进博会期间举办了98场形式多样的配套活动。", None),
        Example("其间将举办8大类50余项活动。", None),
        Example("今天，嘉兴举行“我们的节日·端午”民俗文化活动。", {"type": "other", "name": "“我们的节日·端午”民俗文化活动"}),
        Example("第六十一届中国高等教育博览会在福州开幕。", {"type": "meeting", "name": "第六十一届中国高等教育博览会"}),
        Example("5月25日晚，2023中关村论坛在京开幕。", {"type": "meeting", "name": "2023中关村论坛"}),
        Example("在这场南京经贸合作对接洽谈会上，来自境内外企业代表160多人参加。",
                {"type": "meeting", "name": "南京经贸合作对接洽谈会"}),
        Example("在本届大会上，代表们发言。", None),
        Example("地方合作专题论坛上，中外地方政府、国际组织和企业代表签署了15项协议。",
                {"type": "meeting", "name": "地方合作专题论坛"}),
        Example("去年巴厘岛二十国集团领导人峰会上，两国元首举行会晤。", None),  # recalled, not reported
        Example("一个多月后，另一场峰会在线上召开。", None),  # another, named elsewhere
        Example("一场具有中国特色、时代气息、青春风采的国际体育盛会拉开帷幕。", None),  # described, named next
        Example("倡导中非媒体以合作拍片、高端访谈、举办融媒体活动等多种形式，讲好中非友好故事。", None),
        Example("国家宪法日前夕，一场主题为“保护长江‘宪’在行动”的宪法宣传活动在江西九江举行。", {"type": "other"}),
        Example("8. 冬奥会冬残奥会在中国成功举办", {"name": "冬奥会冬残奥会"}),  # a year list's number is no part of it
        Example("成功举办成都大运会、杭州亚运会。", {"name": "成都大运会", "type": "other"}),
        Example("（四）不举行遗体告别仪式。", None),
        Example("时装周期间，国内外设计师举办了超百场时装发布会。", None),
        Example("第三届全球金融科技大会也同步召开。", {"type": "meeting", "name": "第三届全球金融科技大会"}),
        Example("第二十五届上海国际电影节昨晚（6月9日）开幕。", {"type": "meeting", "name": "第二十五届上海国际电影节"}),
        Example("作为国家级展会，进博会已成功举办6届。", None),
        Example("山东省已经连续三年举办旅游发展大会。", None),
        Example("世界互联网大会今天（10月24日）召开新闻发布会，宣布乌镇峰会的日期。",
                {"type": "meeting", "name": "新闻发布会"}),
        Example("第七届进博会举行开幕式。", {"type": "meeting", "name": "第七届进博会"}),
        # a forum's sessions named by their kind: the forum holds them, and they name no meeting
        Example("第五届中国国际进口博览会虹桥国际经济论坛，今天（11月5日）举行了高层论坛和多场平行分论坛。",
                {"type": "meeting", "name": "第五届中国国际进口博览会虹桥国际经济论坛", "date": "2022-11-05"}, "2022-11-05"),
        Example("第六届进博会虹桥国际经济论坛今天举行多场分论坛。", {"type": "meeting", "name": "第六届进博会虹桥国际经济论坛"}),
        Example("今年7月，全国生态环境保护大会时隔5年再次召开。", {"type": "meeting", "name": "全国生态环境保护大会"}),
        Example("今天，国家文物局在京召开“考古中国”重大项目重要进展工作会。",
                {"type": "meeting", "name": "“考古中国”重大项目重要进展工作会"}),
        # the press sessions of the two sessions, a meeting by their quoted names
        Example("十四届全国人大一次会议首场“代表通道”今天（3月5日）开启，6位全国人大代表接受了记者的集体采访。",
                {"type": "meeting", "name": "十四届全国人大一次会议首场“代表通道”", "date": "2023-03-05"}, "2023-03-05"),
        Example("当天，普京在金砖国家工商论坛全会上发言时表示，金砖国家已成为世界经济增长的主要驱动力。",
                {"type": "meeting", "name": "金砖国家工商论坛"}),
        Example("闭幕会后，十四届全国人大常委会举行第十二讲专题讲座，赵乐际委员长主持。", {"name": "第十二讲专题讲座"}),
        Example("第六届中国非物质文化遗产传统技艺大展昨晚（11月10日）在安徽黄山举办。",
                {"name": "第六届中国非物质文化遗产传统技艺大展", "date": "2023-11-10"}, "2023-11-11"),
        Example("李强28日在北京出席首届中国国际供应链促进博览会开幕式暨全球供应链创新发展论坛，并发表主旨演讲。",
                {"type": "meeting", "name": "首届中国国际供应链促进博览会"}),  # the fair, and the forum held with its opening
        Example("连续六年在上海举办的进博会今天开幕。", {"type": "meeting", "name": "进博会"}),
        Example("2024年中国金鸡百花电影节暨第37届中国电影金鸡奖开幕。",
                {"type": "meeting", "name": "2024年中国金鸡百花电影节暨第37届中国电影金鸡奖"}),
        Example("在金砖国家领导人第十六次会晤举行之际，总台举办活动。",
                {"type": "meeting", "name": "金砖国家领导人第十六次会晤"}),
        Example("2024“东盟伙伴”媒体合作周11月8日至11日在广西桂林举行。", {"type": "meeting", "name": "2024“东盟伙伴”媒体合作周"}),
        Example("今天（9月4日）在重庆开幕的2023中国国际智能产业博览会，分为四大板块。",
                {"type": "meeting", "name": "2023中国国际智能产业博览会"}, "2023-09-04"),
        Example("在重庆开幕的博览会上，企业展示了新产品。", None),  # a kind of meeting, none named
        # a meeting its participants are described by
        Example("赵乐际11日上午同列席十四届全国人大常委会第11次会议的全国人大代表座谈交流。",
                {"name": "十四届全国人大常委会第11次会议"}),
        Example("孩子们参加过中非儿童手拉手夏令营活动的照片。", None),  # an occasion, not a meeting
        Example("参加完全国优秀教师代表座谈会的老师们回到学校。", {"name": "全国优秀教师代表座谈会"}),
        # a release or signing made there: the meeting is its setting (not what was signed there, referred to)
        Example("今天（6月29日），海关总署在第三届中非经贸博览会上首次发布了“中国－非洲贸易指数”。",
                {"name": "第三届中非经贸博览会", "date": "2023-06-29"}, "2023-06-29"),
        Example("两份报告今天在世界互联网大会乌镇峰会上发布。", {"name": "世界互联网大会乌镇峰会"}),
        Example("企业在第五届进博会上签约的项目已落地。", None),
        Example("在今天开幕的第三十届中国北京种业大会上，300多家种业企业进行展览展示。",
                {"type": "meeting", "name": "第三十届中国北京种业大会"}),
        Example("今天，服贸会还举办了全球服务贸易企业家峰会、通用人工智能算力论坛等数十场论坛会议。",
                {"type": "meeting", "name": "通用人工智能算力论坛"}),
        Example("第二届“良渚论坛”在浙江杭州开幕。", {"type": "meeting", "name": "第二届“良渚论坛”"}),
        Example("第二十三届环青海湖国际公路自行车赛今天（7月7日）开赛。",
                {"name": "第二十三届环青海湖国际公路自行车赛", "date": "2024-07-07"}, "2024-07-07"),
        Example("2024年中国金鸡百花电影节暨第37届中国电影金鸡奖昨天（11月13日）在厦门开幕。",
                {"type": "meeting", "name": "2024年中国金鸡百花电影节暨第37届中国电影金鸡奖"}),
        Example("今天，“四下基层”与新时代党的群众路线理论研讨会在浙江杭州召开。",
                {"type": "meeting", "name": "“四下基层”与新时代党的群众路线理论研讨会"}),
        Example("“良渚论坛”、尼山世界文明论坛等一系列会议成功举办。", {"type": "meeting", "name": "尼山世界文明论坛"}),
        Example("2019年5月，习近平主席在亚洲文明对话大会开幕式上发表主旨演讲。", {"type": "meeting", "name": "亚洲文明对话大会"}),
        Example("7月26日，习近平总书记在省部级主要领导干部专题研讨班上发表重要讲话。",
                {"type": "meeting", "name": "省部级主要领导干部专题研讨班"}),
        Example("十四届全国人大一次会议主席团常务主席第三次会议9日上午在北京人民大会堂举行。",
                {"name": "十四届全国人大一次会议主席团常务主席第三次会议", "place": "北京人民大会堂", "date": "2023-03-09"},
                "2023-03-09"),
        Example("5月29日，国家副主席韩正在北京会见阿盟秘书长盖特。",
                {"type": "meeting", "name": "会见", "object": "阿盟秘书长盖特", "place": "北京", "date": "2024-05-29"},
                "2024-05-30"),
        Example("在会见南非总统拉马福萨时，习近平指出，中南是好朋友。", {"name": "会见", "object": "南非总统拉马福萨"}),
        # (a framing audience with another guest after one reported is an audience of its own)
        Example("在会见南非总统拉马福萨时，李希表示，中南是好朋友。在会见参议长帕谢科时，李希表示，中方愿深化合作。",
                {"name": "会见", "object": "参议长帕谢科"}),
        # (the guest met before, by a title after the name or by reference: that audience, not another)
        Example("习近平会见巴西总统卢拉。在会见卢拉总统时，习近平表示，中巴是全面战略伙伴。", {"object": "巴西总统卢拉"}),
        Example("这些双边会见连同中美元首会晤，都为推动国内高质量发展营造有利外部环境作出了重要努力。", None),
        # one audience after another, each its own; 先后 is no part of the place
        Example("韩正在乌兰巴托先后会见蒙古国总理奥云额尔登、总统呼日勒苏赫。",
                {"name": "会见", "object": "总统呼日勒苏赫", "place": "乌兰巴托"}),
        Example("国务院总理李强17日在广州同参加第135届中国进出口商品交易会的境外采购商代表座谈。",
                {"type": "meeting", "name": "座谈", "object": "境外采购商代表", "place": "广州", "date": "2024-04-17"},
                "2024-04-17"),
        Example("习近平16日上午在人民大会堂同各民主党派中央、全国工商联负责人和无党派人士代表座谈并共迎新春。",
                {"name": "座谈", "object": "各民主党派中央、全国工商联负责人和无党派人士代表"}, "2023-01-16"),
        Example("认真学习贯彻习近平总书记在接见第33届奥运会中国体育代表团时的重要讲话精神。", None),
        Example("学习贯彻习近平文化思想座谈会今天在京召开。", {"name": "学习贯彻习近平文化思想座谈会"}),
        Example("党的十八大以来，习近平总书记多次接见全国劳动模范代表。", None),
        Example("党的十八大以来，总书记多次亲临航天发射场，和航天员亲切通话，会见航天参研参试队伍。", None),
        Example("中共代表团同澳政府官员、政党人士等会见交流，深入宣介党的二十大精神。", None),
        Example("他走遍黄河上中下游9省区，两次主持召开座谈会，亲自部署黄河流域生态保护。", None),
        Example("西班牙政府计划召开紧急会议，评估干旱和水资源缺乏对农业产生的影响。", None),
        Example("3日，苏丹前过渡政府总理哈姆杜克再度邀请布尔汉举行紧急会议，就结束冲突进行讨论。", None),
        Example("应埃及总统邀请，习近平今天同塞西举行会谈。", {"type": "meeting", "name": "会谈"}),
        Example("应中方邀请来华访问的法国总统马克龙今天同习近平举行会谈。", {"type": "meeting", "name": "会谈"}),
        Example("俄罗斯与美国未能就举行《新削减战略武器条约》双边磋商委员会会议达成一致。", None),
        Example("双方原计划29日举行磋商委员会会议，讨论重启核查活动。", None),
        Example("宁波、厦门等计划单列市召开联席会议。", {"type": "meeting", "name": "联席会议"}),
        Example("联合国大会乌克兰问题紧急特别会议22日复会。", {"type": "meeting", "name": "联合国大会乌克兰问题紧急特别会议"}),
        Example("世界贸易组织补贴与反补贴措施委员会春季例会2日在日内瓦举行。", {"type": "meeting"}),
        Example("第七届进博会将于11月5日至10日在上海举行，今天，举行了倒计时100天主题活动。",
                {"type": "other", "name": "倒计时100天主题活动"}),
        Example("六部委启动服务月活动，各地将深入调研走访，举办线上线下招聘活动。", None),
        Example("其间，将聚焦家电等行业领域，选择若干城市举办“促消费”专场巡展活动。", None),
        Example("巴西计划于5月30日举行旨在重启南美合作进程的峰会。", {"type": "meeting", "date": "2023-05-30"}, "2023-05-06"),
        Example("今天（7月22日）距离巴黎奥运会开幕还有4天，中国体育代表团各运动队正分批抵达。",
                {"name": "巴黎奥运会", "date": None}, "2024-07-22"),
        Example("今天（4月16日）是第133届广交会开幕第二天。", {"name": "第133届广交会"}),
        Example("国务院总理李强10日下午在人民大会堂同新加坡总理黄循财会谈。",
                {"name": "会谈", "object": "新加坡总理黄循财", "date": "2024-09-10"}, "2024-09-10"),
        Example("李强将同新加坡总理黄循财会谈。", None),
        # talks framing what was said at them, as 在会见…时 frames an audience
        Example("11日下午，在同崔龙海会谈时，赵乐际表示，中朝传统友谊深厚。",
                {"name": "会谈", "object": "崔龙海", "date": "2024-04-11"}, "2024-04-12"),
        Example("习主席在同瑙鲁总统阿迪昂会谈时指出，这是符合历史大势之举。", {"name": "会谈", "object": "瑙鲁总统阿迪昂"}),
        Example("他回忆说，十年前在同该国总统会谈时说过类似的话。", None),
        Example("正如习近平主席在同拜登总统会谈时说的那样，中美要相互尊重。", None),
        Example("王毅在同俄罗斯外长拉夫罗夫会谈时说，中俄要加强战略协作。", {"name": "会谈", "object": "俄罗斯外长拉夫罗夫"}),
        Example("在同联合民主同盟总书记奥马尔会谈时，李希表示，中国共产党愿同联合民主同盟密切高层交往。",
                {"name": "会谈", "object": "联合民主同盟总书记奥马尔"}),
        # one guest's titles, listed (not 分别同A国家主席、B总理会谈: several guests)
        Example("11月1日，蔡奇在北京与陪同越共中央总书记阮富仲访华的越共中央政治局委员、中央书记处常务书记武文赏视频会晤。",
                {"name": "视频会晤", "object": "越共中央政治局委员、中央书记处常务书记武文赏", "date": "2022-11-01"},
                "2022-11-01"),
        Example("此外，习近平总书记还分别同武文赏国家主席、范明政总理会谈。", None),
        # a dialogue held on a day is a meeting, however bare its name
        Example("苏丹冲突双方6日起在吉达举行对话，11日双方宣布签署初步原则协议。", {"name": "对话", "date": "2023-05-06"},
                "2023-05-13"),
        Example("巴勒斯坦14个派别高级别代表于7月21日至23日在北京举行和解对话。",
                {"name": "和解对话", "date": "2024-07-21/2024-07-23"}, "2024-07-24"),
        Example("双方同意通过对话解决分歧。", None),
        Example("双方一致同意建立绿色转型对话合作机制，举行第三次中德高级别财金对话。", None),  # agreed on, not held
        Example("会议研究了召开全国政协十四届三次会议的有关事项。", None),  # considered
        Example("盖莱总统出席了中非合作论坛成立以来举办的所有峰会。", None),  # the forum as a body; summits not named
        Example("习近平主席出席了2013年以来的历次领导人非正式会议。", None),
        Example("经国务院同意，第五届中国国际消费品博览会今天在海口举办。", {"name": "第五届中国国际消费品博览会"}),
        Example("两国元首同意尽快会谈。", None),
        Example("李强今天在人民大会堂同到访的德国总理朔尔茨会谈。", {"name": "会谈", "object": "德国总理朔尔茨"}),
        Example("习近平同美国总统拜登在旧金山会谈。", {"name": "会谈", "object": "美国总统拜登", "place": "旧金山"}),
        # the talks told by what followed them (会谈后共同会见记者) were held all the same
        Example("5月8日中午，习近平在贝尔格莱德塞尔维亚大厦同塞尔维亚总统武契奇会谈后共同会见记者。",
                {"name": "会谈", "object": "塞尔维亚总统武契奇", "place": "贝尔格莱德塞尔维亚大厦"}, "2024-05-09"),
        Example("国务院总理李强2日同荷兰首相吕特通电话。", {"name": "通电话", "object": "荷兰首相吕特"}),
        Example("李强同土耳其总统埃尔多安3日通电话。", {"name": "通电话", "object": "土耳其总统埃尔多安"}),
        Example("习近平主席同拜登总统去年11月在旧金山成功会晤，提振了各方信心。", None),  # recalled: no day of its own
        Example("今年以来，我同普京总统两次会晤。", None),
        Example("习近平愿同拜登总统会晤。", None),
        Example("联合国安理会将于明天召开会议，讨论加沙局势。", None),
        Example("今天距第七届进博会开幕还有100天。", {"name": "第七届进博会", "date": None}),
        Example("今天（8月24日）是杭州第19届亚运会开幕倒计时30天。", {"name": "杭州第19届亚运会", "date": None}, "2023-08-24"),
        Example("中共中央政治局12月9日召开会议，分析研究2025年经济工作。", {"name": "中共中央政治局会议", "date": "2024-12-09"}),
        Example("7月25日，中央政治局常委会召开会议，研究部署防汛抗洪救灾工作。",
                {"name": "中央政治局常委会会议", "date": "2024-07-25"}),
        Example("中共中央政治局1月31日下午就扎实推进高质量发展进行第十一次集体学习。",
                {"name": "中共中央政治局第十一次集体学习", "date": "2024-01-31"}),
        Example("中共中央政治局5月31日下午举行第十五次集体学习。", {"name": "中共中央政治局第十五次集体学习"}),
        Example("10月8日上午，国务院以“增强宏观政策取向一致性，强化政策协同提升实施效果”为主题，进行第十次专题学习。",
                {"name": "国务院第十次专题学习", "date": "2024-10-08"}, "2024-10-08"),
        Example("中共中央政治局将于下月进行第十六次集体学习。", None),
        Example("十四届全国政协新任委员学习研讨班30日在京开班，王沪宁出席开班式并讲话。",
                {"name": "十四届全国政协新任委员学习研讨班", "date": "2024-05-30"}, "2024-05-30"),
        Example("省部级主要领导干部推动金融高质量发展专题研讨班19日在中央党校结业。",
                {"name": "省部级主要领导干部推动金融高质量发展专题研讨班", "date": "2024-01-19"}, "2024-01-19"),
        Example("培训班学员顺利结业。", None),
        Example("随后，李强宣布首届中国国际供应链促进博览会开幕。", {"name": "首届中国国际供应链促进博览会"}),
        Example("刚刚参加完闭幕大会的党代表们抑制不住兴奋之情。", {"name": "闭幕大会"}),
        Example("刚刚闭幕的中央经济工作会议，深刻分析了当前经济形势。", {"type": "meeting", "name": "中央经济工作会议"}),
        Example("13日结束的北约防长会议决定继续向乌克兰提供军事支持。",
                {"type": "meeting", "name": "北约防长会议", "date": "2022-10-13"}, "2022-10-14"),  # the day it closed
        Example("习近平主席在致2024年“读懂中国”国际会议（广州）的贺信中指出，读懂中国需要读懂改革。",
                {"type": "meeting", "name": "2024年“读懂中国”国际会议（广州）"}),
        Example("刚刚闭幕的进博会签约项目数量超过上届博览会。", {"type": "meeting", "name": "进博会"}),
        Example("刚刚结束的中央经济工作会议提出举办好第十五届全运会。", {"type": "meeting", "name": "中央经济工作会议"}),
        Example("12月18日，国务院召开常务会议，传达学习刚刚闭幕的中央经济工作会议精神。",
                {"type": "meeting", "name": "中央经济工作会议", "date": None}, "2023-12-18"),
        Example("世界贸易组织第九次对中国贸易政策审议17日在日内瓦举行首日会议。", None),
        Example("13日，联合国安理会就上周以色列袭击加沙学校造成重大伤亡举行紧急会议。",
                {"type": "meeting", "name": "联合国安理会紧急会议", "date": "2024-08-13"}, "2024-08-14"),
        Example("习近平强调，今年是和平共处五项原则发表70周年，明年是万隆会议召开70周年。", None),  # an anniversary
        Example("刚刚闭幕的十四届全国人大常委会第三次会议审议通过了外国国家豁免法。",
                {"type": "meeting", "name": "十四届全国人大常委会第三次会议"}),
        Example("俄方不会参加这样的会议。", None),
        Example("中国曾成功举办过奥运会、亚运会、大运会等国际大型体育赛事。", None),
        Example("湖北省今天召开过渡期巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作推进会。",
                {"name": "过渡期巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作推进会"}),
        Example("市工商联今天召开完善民营企业营商环境座谈会。", {"name": "完善民营企业营商环境座谈会"}),
        Example("赵乐际5日下午参加四川代表团审议并发表讲话。", {"name": "四川代表团审议"}),
        Example("他连续十二年参加江苏代表团审议。", None),
        Example("赵乐际17日上午参加他所在的党的二十大内蒙古代表团全体会议。", {"name": "党的二十大内蒙古代表团全体会议"}),
        Example("中共中央政治局常委赵乐际5日下午参加他所在的四川代表团审议。",
                {"name": "四川代表团审议", "date": "2023-03-05"}, "2023-03-05"),
        Example("中共中央政治局委员王毅在参加广西代表团审议时说，报告很好。", None),
        Example("习近平总书记先后五次到江苏考察，三次参加江苏代表团审议，关心关注着江苏。", None),
        Example("会议要求，各地要认真召开会议部署落实。", None),
        Example("国家主席习近平1日下午在人民大会堂北大厅举行仪式，欢迎白俄罗斯总统卢卡申科对我国进行国事访问。",
                {"name": "欢迎仪式", "place": "人民大会堂北大厅", "date": "2023-03-01"}, "2023-03-01"),
        Example("会谈前，习近平在人民大会堂北大厅为莱希举行欢迎仪式。", {"name": "欢迎仪式"}),
        Example("当晚，习近平在人民大会堂金色大厅举行宴会，欢迎出席峰会的贵宾。", {"name": "欢迎宴会"}),
        Example("王毅等出席欢迎仪式。", None),  # who attends, news of the person; the welcome is reported by who holds it
        Example("我期待同你一道主持中非领导人对话会，共商中非合作大计。", None),  # a wish
        Example("尼泊尔总统班达里预祝中国共产党第二十次全国代表大会顺利召开。", None),  # wished success, still to come
        Example("古特雷斯参加了此后历次中非合作论坛峰会。", None),  # sessions recalled, none named
        Example("在中国—中亚峰会召开前夕，中国—中亚媒体高端对话交流活动今天（5月16日）在北京举办。",
                {"name": "中国—中亚峰会", "date": None}, "2023-05-16"),  # the eve's day, not the summit's
        Example("第21届中国—东盟博览会正在举行", {"name": "第21届中国—东盟博览会"}),
        Example("习近平主席向2023中关村论坛发来的贺信在与会人士和社会各界引发强烈反响。", {"name": "2023中关村论坛"}),
        Example("在2023服贸会“北京日”京津冀协同招商推介活动上，三地共成功签约51个重大项目。",
                {"name": "2023服贸会“北京日”京津冀协同招商推介活动"}),
        Example("习近平31日上午在北京人民大会堂亲切接见全国离退休干部先进集体和先进个人受表彰代表。",
                {"name": "接见", "object": "全国离退休干部先进集体和先进个人受表彰代表", "place": "北京人民大会堂"}),
    ),
)

# a spacecraft's name: 高分十三号02星, 天目一号气象星座07-10星, 天仪41星, 神舟十七号载人飞船
# (02B01—06星: a range; 通信技术试验卫星十三号: numbered after its kind)
_CRAFT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9\-－—、/]{2,30}?(?:星|飞船|探测器)(?:[一二三四五六七八九十零〇\d]{1,4}号)?")
# 成功将高分十三号02星|发射升空, 成功实施嫦娥六号探测器|发射 (not 实施海上一箭双星|发射: a way of launching)
_CRAFT_BEFORE = re.compile(r"(?:将|实施|进行|完成)(?!海上|一箭|[约近\d一二两三四五六七八九十百]+次)([^，。；将]{2,40})$")
SATELLITE_COUNT = re.compile(rf"{NUMERAL}[颗艘枚]")  # 两颗卫星, 13艘载人飞船: counted, not named
_ORDINAL_CRAFTS = re.compile(rf"第{NUMERAL}[颗艘枚](?:[、和及至到—―–－]第?{NUMERAL}[颗艘枚])*")
_ORDINALS_LISTED = re.compile(r"[、和及至到—―–－]")


def spacecraft(ctx: ArticleContext, s: SentenceView, start: int, vs: int, ve: int) -> tuple[int, int] | None:
    """What 发射 puts into orbit, named before the verb (成功将X发射升空) or after it (成功发射X):
    up to the first 等 of a list (天仪41星等8颗卫星 → 天仪41星), the first of several named craft
    (天仪41星、星时代-18星 → 天仪41星) unless the list shares one head (四维高景二号03、04星); a count of
    satellites (两颗卫星) names none. ``start`` is where the verb's clause begins."""
    text = ctx.text
    before = _CRAFT_BEFORE.search(text, start, vs)
    begin, end = before.span(1) if before is not None else (ve, ctx.clause_end(s, ve))
    if before is None and (along := _CARRIED_ALONG.match(text, begin, end)) is not None:
        begin = along.end()
    if before is None and "将" in text[begin:end]:
        return None  # “一箭十四星”发射方式成功将…卫星发射升空: the craft belong to the later verb
    listed = text.find("等", begin, end)
    end = listed if listed >= 0 else end
    ordinal = _ORDINAL_CRAFTS.match(text, begin, end)
    named_from = begin
    if ordinal is not None and end - ordinal.end() >= 4:
        # 第五十七颗、五十八颗北斗导航卫星: which ones of a series, then the craft (one, 第五十六颗北斗导航卫星,
        # is named with its place in the series, as audit annotators write it)
        begin = ordinal.end() + text.startswith("、", ordinal.end())
        named_from = begin if _ORDINALS_LISTED.search(ordinal.group()) else ordinal.start()
    # 齐鲁二号/三号卫星及珞珈三号01星等14颗卫星: the first of craft joined by 及 or 和 before a 等 that
    # counts them, when it is one (风云三号G星和F星: a second craft of the same series, named by its letter
    # alone, stays with the first); with no 等 the craft joined are the whole payload, named together
    # (试验十六号A/B星和试验十七号卫星, as audit annotators write it), unless the second rides along
    # (遥感三十七号卫星和搭载的试验二十二号A/B星: the first is the launch's)
    joined = next((j for j in (text.find("及", begin, end), text.find("和", begin, end)) if j > begin), -1)
    # (天舟六号货运飞船和约7吨物资: what follows 和 is no craft, the first is the launch's)
    whole = joined >= 0 and listed < 0 and not text.startswith("搭载", joined + 1) and (
        _CRAFT.fullmatch(text, joined + 1, end) is not None
    )
    if joined >= 0 and not whole and _CRAFT.fullmatch(text, begin, joined) and end - joined > 4:
        end = joined
    m = _CRAFT.fullmatch(text, begin, end)
    if m is None and before is not None and (named := _CRAFT_NAMED_AFTER_KIND.fullmatch(text, begin, end)) is not None:
        # 成功将我国综合性太阳探测卫星先进天基太阳天文台发射升空: the kind of craft, then its name (only
        # between 将 and the verb: after 发射, …卫星主要用于… goes on to say what for)
        return named.span("name")
    if m is None or SATELLITE_COUNT.search(m.group(0)):
        return None
    return named_from, begin + len(_first_craft(m.group(0)))


_CRAFT_NAMED_AFTER_KIND = re.compile(r"[^，。；、等]{0,16}?(?:卫星|飞船|探测器)(?P<name>[\u4e00-\u9fff]{4,12})")


def _first_craft(named: str) -> str:
    """天仪41星、星时代-18星 → 天仪41星: the first of several named craft, unless the list shares one
    head (四维高景二号03、04星 is one name)."""
    parts = named.split("、")
    return parts[0] if len(parts) > 1 and all(_CRAFT.fullmatch(p) for p in parts) else named


_HELD_AT = re.compile(r"在[^，。；的]{1,24}?(?:举办|举行|召开|开幕|开展)的")


_PLACE_ASIDE = re.compile(r"（[^（）]{1,8}）$")
_LETTER_ADDRESSED = re.compile(r"在致(?P<name>[^，,。；;致的]{4,50}?)的(?P<letter>贺信|贺电)中")


@lru_cache(maxsize=4)
def _letter_to(words: tuple[str, ...]) -> re.Pattern[str]:
    """向NAME致贺信: the addressee of a letter (words: the lexicon's letter_words)."""
    return re.compile(rf"向(?P<name>[^，,。；;向]{{4,50}}?)(?P<verb>{_any_of(words)})")


def placed_in_orbit(ctx: ArticleContext, s: SentenceView) -> list[tuple[int, int, tuple[int, int]]]:
    """成功将吉林一号宽幅02B01—06星，天启星座29—32星送入预定轨道: each named craft a rocket puts into
    orbit, as (verb start, verb end, craft span); a count of satellites (5颗…卫星) names none."""
    out = []
    for vs, ve, _verb in find_words(ctx.text, s.start, s.end, ctx.lexicon.trigger_list("orbit_verbs")):
        lead = _PLACED_BEFORE.search(ctx.text, s.start, vs)
        if lead is None:
            continue
        # 泰景一号01星、泰景一号02星等5颗卫星: the craft named before 等, the first of a list (as 发射 reads it)
        named = lead.group(1).split("等", 1)[0]
        if SATELLITE_COUNT.search(named):
            continue
        pos = lead.start(1)
        for part in named.split("，"):  # (四维高景二号03、04星 is one craft)
            craft = _first_craft(part)
            if _CRAFT.fullmatch(craft):
                out.append((vs, ve, (pos, pos + len(craft))))
            pos += len(part) + 1
    return out


_PLACED_BEFORE = re.compile(r"将(?:搭载的)?([^。；将]{2,60}?)(?:顺利|成功)?$")


# a rocket named as the subject of its lift-off (not 使用…运载火箭，成功将…发射升空: the rocket used)
# (搭载神舟十九号载人飞船的长征二号F遥十九运载火箭点火发射: the craft it carries, then the rocket; 发射 alone
# where the clause ends with it)
_ROCKET_LAUNCHED = re.compile(
    r"(?:搭载(?P<payload>[^，。；、的]{2,20}?)的)?"
    r"(?P<rocket>[^，。；、在将使用由]{2,20}?运载火箭)(?:（[^（）]{1,12}）)?，?(?:(?:今天|今日|昨天)|\d{1,2}日|\d{1,2}时(?:\d{1,2}分)?"
    r"|在[^，。；在]{2,14}|成功|顺利|准时|点火)*(?P<verb>发射升空|首飞|发射(?=[，。；]|$))"
)
# or as the object that closes the clause (伊朗成功发射“凤凰”运载火箭, 我国成功发射谷神星一号遥五运载火箭)
_ROCKET_SENT = re.compile(r"(?P<verb>发射)(?![中场塔台])了?(?P<rocket>[^，。；、将用]{2,20}?运载火箭)(?=[，。；]|$)")
# 还搭载了…卫星, 还搭载发射了…卫星: what follows the verb is the craft carried along
_CARRIED_ALONG = re.compile(r"了|(?:还|也|同时)?搭载了?")


def find_spacecraft_launches(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A satellite or spacecraft launched is a launch event; the craft is not an initiative of
    anyone's (the annotators list it as an initiative only optionally, if at all)."""
    placed = placed_in_orbit(ctx, s)
    for vs, ve, craft in placed:
        yield {"type": "launch", "object": ctx.text[craft[0] : craft[1]], "date": ctx.event_date(s), "trigger": (vs, ve)}
    for m in _ROCKET_LAUNCHED.finditer(ctx.text, s.start, s.end):
        # 朱雀二号改进型遥一运载火箭在酒泉卫星发射中心发射升空，将搭载的…试验星…送入预定轨道: the rocket that
        # lifts off is launched (dev: 谷神星一号遥四运载火箭), its payload beside it
        if m.start() == ctx.clause_start(s, m.start()) or ctx.text[m.start() - 1] in "，,":
            carried = {"payloads": [m.group("payload")]} if m.group("payload") else {}
            yield {"type": "launch", "object": m.group("rocket"), "date": ctx.event_date(s), "trigger": m.span("verb"),
                   "arguments": carried}
    for m in _ROCKET_SENT.finditer(ctx.text, s.start, s.end):
        if not is_planned(ctx, s, m.start()):
            yield {"type": "launch", "object": m.group("rocket"), "date": ctx.event_date(s), "trigger": m.span("verb")}
    for vs, ve, _verb in find_words(ctx.text, s.start, s.end, ["发射升空", "发射"]):
        if ctx.text.startswith(("中心", "场", "塔", "台"), ve):
            continue  # 酒泉卫星发射中心: the place
        found = spacecraft(ctx, s, ctx.clause_start(s, vs), vs, ve)
        if found is not None and not any(found == c for _, _, c in placed):
            yield {"type": "launch", "object": ctx.text[found[0] : found[1]], "date": ctx.event_date(s),
                   "trigger": (vs, ve)}


# a craft back from space: named before the verb (天舟四号货运飞船受控再入大气层, …返回舱在东风着陆场成功着陆)
_CRAFT_RETURNED = re.compile(
    r"(?P<craft>[^，。；、在将]{2,30}?(?:星|飞船|探测器)(?:[一二三四五六七八九十零〇\d]{1,4}号)?(?:返回舱|返回器)?)"
    r"(?:今天|今日|昨天|\d{1,2}日|\d{1,2}时(?:\d{1,2}分)?|在[^，。；在]{2,14}|成功|顺利|安全|受控|平安)*"
    r"(?P<verb>再入大气层|着陆|返回地球|被回收)"
)
# or after it, named after a description (成功回收首颗可重复使用返回式技术试验卫星——实践十九号)
_CRAFT_RECOVERED = re.compile(
    r"(?P<verb>回收)了?(?:[^，。；——]{2,30}?(?:卫星|飞船|探测器|返回器)——)(?P<craft>[^，。；、—]{2,16})(?=[，。；]|$)"
)
_NAMED_CRAFT = re.compile(r"号|\d")  # a craft named (天舟四号, 实践十九号), not 中国探测器


def find_spacecraft_returns(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A craft back from space (再入大气层, 着陆, 回收) is an event of type other, the craft its object,
    as the annotators list a satellite recovered (实践十九号); a return to come (将…返回) is not."""
    text = ctx.text
    future = ctx.lexicon.trigger_list("future_words")

    def to_come(m: re.Match[str]) -> bool:
        return is_planned(ctx, s, m.start("verb")) or bool(
            find_words(text, ctx.clause_start(s, m.start()), m.start("verb"), future)
        )

    for m in _CRAFT_RETURNED.finditer(text, s.start, s.end):
        if m.start() != ctx.clause_start(s, m.start()) or to_come(m):
            continue
        craft = m.group("craft").removesuffix("返回舱").removesuffix("返回器")
        if _CRAFT.fullmatch(craft) is None or SATELLITE_COUNT.search(craft) or not _NAMED_CRAFT.search(craft):
            continue  # (中国探测器, 乘坐飞船: no craft named)
        yield {"type": "other", "object": craft, "date": ctx.event_date(s), "trigger": m.span("verb")}
    for m in _CRAFT_RECOVERED.finditer(text, s.start, s.end):
        if not to_come(m):
            yield {"type": "other", "object": m.group("craft"), "date": ctx.event_date(s), "trigger": m.span("verb")}


SPACECRAFT = SentenceRule(
    name="event.spacecraft",
    field="events",
    doc=find_spacecraft_launches.__doc__ or "",
    apply=find_spacecraft_launches,
    triggers=("launch_verbs", "orbit_verbs"),
    examples=(
        Example("我国成功发射天目一号气象星座07-10星", {"type": "launch", "object": "天目一号气象星座07-10星"}),
        Example("伊朗成功发射“凤凰”运载火箭", {"type": "launch", "object": "“凤凰”运载火箭"}),
        Example("伊朗计划明年发射新型运载火箭。", None),
        Example("今天（3月17日），我国使用长征三号乙运载火箭，成功将高分十三号02星发射升空，卫星顺利进入预定轨道。",
                {"object": "高分十三号02星", "date": "2023-03-17"}, "2023-03-17"),
        Example("我国成功发射天仪41星等8颗卫星", {"object": "天仪41星"}),
        Example("我国成功实施嫦娥六号探测器发射。", {"object": "嫦娥六号探测器"}),
        Example("我国成功实施海上一箭双星发射。", None),  # a way of launching, the craft unnamed
        Example("我国成功发射第五十七颗、五十八颗北斗导航卫星。", {"object": "北斗导航卫星"}),
        Example("我国成功发射第五十六颗北斗导航卫星。", {"object": "第五十六颗北斗导航卫星"}),
        Example("从神舟五号起，我国已经成功发射了13艘载人飞船。", None),
        Example("我国成功将通信技术试验卫星十三号发射升空。", {"object": "通信技术试验卫星十三号"}),
        Example("成功将我国综合性太阳探测卫星先进天基太阳天文台发射升空。", {"object": "先进天基太阳天文台"}),
        Example("成功将天仪41星、星时代-18星等8颗卫星发射升空。", {"object": "天仪41星"}),
        Example("成功将四维高景二号03、04星发射升空。", {"object": "四维高景二号03、04星"}),
        Example("我国成功发射四维高景二号两颗卫星", None),
        Example("成功将齐鲁二号/三号卫星及珞珈三号01星等14颗卫星发射升空。", {"object": "齐鲁二号/三号卫星"}),
        Example("成功将试验十六号A/B星和试验十七号卫星发射升空。", {"object": "试验十六号A/B星和试验十七号卫星"}),
        Example("成功将遥感三十七号卫星和搭载的试验二十二号A/B星发射升空。", {"object": "遥感三十七号卫星"}),  # rides along
        Example("成功将天舟六号货运飞船和约7吨物资发射升空。", {"object": "天舟六号货运飞船"}),  # no craft after 和
        Example("我国成功发射吉林一号宽幅02B01—06星", {"object": "吉林一号宽幅02B01—06星"}),
        Example("火箭在酒泉卫星发射中心点火升空。", None),
        Example("我国分别使用长征二号丁运载火箭、快舟一号甲运载火箭，成功将吉林一号宽幅02B01—06星，天启星座29—32星送入预定轨道。",
                {"object": "天启星座29—32星"}),
        Example("快舟十一号遥二运载火箭在酒泉卫星发射中心成功发射升空，将交通VDES试验星顺利送入预定轨道。",
                {"object": "交通VDES试验星"}),
        Example("谷神星一号遥四运载火箭发射升空，将搭载的5颗吉林一号高分03D卫星顺利送入预定轨道。",
                {"object": "谷神星一号遥四运载火箭"}),  # the rocket that lifts off; the counted satellites name none
        Example("谷神星一号遥五运载火箭成功发射升空，将搭载的泰景一号01星、泰景一号02星等5颗卫星顺利送入预定轨道。",
                {"object": "泰景一号01星"}),
        Example("成功将四维高景二号03、04星送入预定轨道。", {"object": "四维高景二号03、04星"}),
        Example("搭载神舟十九号载人飞船的长征二号F遥十九运载火箭点火发射，三名航天员顺利进入太空。",
                {"object": "长征二号F遥十九运载火箭", "arguments": {"payloads": ["神舟十九号载人飞船"]}}),
        Example("搭载天舟六号货运飞船的长征七号遥七运载火箭，在我国文昌航天发射场成功点火发射。",
                {"object": "长征七号遥七运载火箭"}),
        Example("此次任务还搭载发射了张江高科号卫星、云遥一号26星和河北临西一号卫星。", {"object": "张江高科号卫星"}),
        Example("本次发射还搭载了武汉大学珞珈二号01卫星。", {"object": "武汉大学珞珈二号01卫星"}),
        Example("成功将天仪41星、星时代-18星，天启星座29—32星送入预定轨道。", {"object": "天启星座29—32星"}),
    ),
)

# 第十五届全运会迎来倒计时一周年, …会徽发布, …代表团成立, …成果落实情况良好: a meeting prepared for or
# looked back on, not the meeting reported
_PREPARATIONS = re.compile(
    r"倒计时|筹备|筹办|会徽|吉祥物|火种|成果落实|落实情况|代表团(?:成立|出征|出发|抵达|集结)"
    r"|(?<!主)火炬(?:传递|采集|设计|亮相)|志愿者(?:招募|培训|选拔)"
)
# a meeting named by its session or year that opens a headline line (第135届广交会…, 2024中关村论坛年会…)
_SESSION_LEAD = re.compile(rf"[ \u3000]*(?P<session>第{NUMERAL}[届次]|(?P<year>(?:19|20)\d\d)年?)")


def find_topic_meetings(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """第135届广交会境外采购商到会人数超18万人: a headline line whose subject is a meeting named by
    its session or year reports that meeting, though no verb there says it is held; its date is
    the story's to tell (a headline saying 今天 dates what the fair did, not the fair). Lines that
    say the meeting is held (开幕, 举行) are the meeting rule's."""
    text = ctx.text
    if s.end - s.start > HEADLINE_MAX or SENTENCE_FINAL.search(text, s.start, s.end):
        return
    lead = _SESSION_LEAD.match(text, s.start, s.end)
    held = (ctx.lexicon.trigger_list("meeting_verbs") + ctx.lexicon.trigger_list("meeting_attend_verbs")
            + ctx.lexicon.trigger_list("letter_words"))
    if lead is None or find_words(text, s.start, s.end, held):
        return
    recognizer = ctx.org_recognizer
    verbs = recognizer.pure_verbs if recognizer is not None else frozenset()
    end = None
    for hs, he, _ in find_words(text, lead.end(), s.end, _with_yi(tuple(ctx.lexicon.trigger_list("meeting_heads")))):
        if text.startswith("品", he):
            break  # 第三届…博览会首批展览品入境: 展览 begins another word
        if text.startswith("”", he) and not outside_quotes(text, s.start, he):
            he += 1  # 第十三届“挑战杯”…竞赛: the name closes its quote
        # the name runs to the last head with no verb before it (第二十五届高交会首日洽商…: 高交会)
        if he - s.start > 40 or any(lead.end() <= a and b <= hs and text[a:b] in verbs and outside_quotes(text, s.start, a)
                                    for a, b in s.tokens):
            break
        end = he
    if end is None:
        return
    start = lead.start("session")
    year = lead.group("year")
    if find_words(text, end, s.end, ctx.lexicon.trigger_list("future_words")) or _PREPARATIONS.search(text, end, s.end) or (
        year is not None and ctx.published is not None and int(year) > ctx.published.year
    ):
        return  # 第133届广交会将全面恢复线下展, 第十五届全运会迎来倒计时一周年, 2024年巴黎奥运会… in 2023: still to come
    phase = _PHASE.search(text, start, end)
    if phase is not None:
        end = phase.start()  # 第136届广交会首期展览…: the fair, not its phase
    name = text[start:end]
    if len(name) - (lead.end() - start) < 3 or _PART_OF_MEETING.fullmatch(name):
        return
    yield _meeting(name, (start, end), (start, end), "", None, None)


ADOPTING_SESSIONS = SentenceRule(
    name="event.adopting_session",
    field="events",
    doc=find_adopting_sessions.__doc__ or "",
    apply=find_adopting_sessions,
    triggers=("meeting_heads",),
    examples=(
        Example("第二十五号主席令说，《中华人民共和国突发事件应对法》已由中华人民共和国第十四届全国人民代表大会常务委员会"
                "第十次会议于2024年6月28日修订通过，现予公布。",
                {"type": "meeting", "name": "中华人民共和国第十四届全国人民代表大会常务委员会第十次会议", "date": "2024-06-28"},
                "2024-06-28"),
        Example("该法由全国人大常委会审议通过。", None),  # (no numbered session, no day)
    ),
)


TOPIC_MEETINGS = SentenceRule(
    name="event.topic_meeting",
    field="events",
    doc=find_topic_meetings.__doc__ or "",
    apply=find_topic_meetings,
    triggers=("meeting_heads",),
    examples=(
        Example("第135届广交会境外采购商到会人数超18万人", {"type": "meeting", "name": "第135届广交会", "date": None}),
        Example("第133届广交会首批进境展品今天通关", {"type": "meeting", "name": "第133届广交会", "date": None}),
        Example("2024中关村论坛年会取得丰硕成果", {"type": "meeting", "name": "2024中关村论坛年会"}),
        Example("第六届进博会举行首场供需对接会", None),
        Example("第十三届“挑战杯”中国大学生创业计划竞赛决出金奖", {"name": "第十三届“挑战杯”中国大学生创业计划竞赛"}),
        Example("第135届广交会境外采购商到会人数超18万人。", None),
        Example("第十二届服博会今天在武汉开幕", None),
        Example("广交会境外采购商到会人数超18万人", None),
        Example("第136届广交会首期展览吸引超10万境外采购商", {"name": "第136届广交会"}),
        Example("第十五届全国运动会迎来倒计时一周年", None),
        Example("第133届广交会将全面恢复线下展", None),
        Example("第19届亚运会筹备工作进展顺利", None),
        Example("第十九届亚运会主火炬在杭州点燃", {"name": "第十九届亚运会"}),
        Example("第十届上海合作组织成员国司法部长会议发表联合声明", {"name": "第十届上海合作组织成员国司法部长会议"}),
        Example("第三届中国—中东欧国家博览会首批展览品入境", {"name": "第三届中国—中东欧国家博览会"}),
        Example("2024年巴黎奥运会火炬设计亮相", None, "2023-07-25"),
        Example("2023年我国进出口总值增长0.2%", None),
    ),
)

# 驻香港部队组织第27次建制单位轮换, 完成进驻澳门以来第24次建制单位轮换: a numbered rotation done
_ROTATION = re.compile(
    rf"(?:完成|组织|进行|开展|实施)了?(?:[^，。；第]{{0,12}}?以来)?(?P<name>第{NUMERAL}次[^，。；第]{{0,8}}?(?P<word>轮换|换防))"
)


def find_rotations(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A garrison's numbered rotation of its units, done: an event of type other, as dev types it."""
    for m in _ROTATION.finditer(ctx.text, s.start, s.end):
        if still_to_come(ctx, s, m.start()):
            continue  # 将组织第28次…轮换: to come
        yield {"type": "other", "name": m.group("name"), "date": ctx.event_date(s), "trigger": m.span("word")}


ROTATIONS = SentenceRule(
    name="event.rotation",
    field="events",
    doc=find_rotations.__doc__ or "",
    apply=find_rotations,
    triggers=("rotation_words",),
    examples=(
        Example("中国人民解放军驻香港部队今天（8月25日）组织第27次建制单位轮换。",
                {"type": "other", "name": "第27次建制单位轮换", "date": "2024-08-25"}, "2024-08-25"),
        Example("驻澳门部队于8月31日清晨顺利完成进驻澳门以来第24次建制单位轮换。",
                {"type": "other", "name": "第24次建制单位轮换"}, "2023-08-31"),
        Example("驻香港部队将于下月组织第28次建制单位轮换。", None),
    ),
)

# 习近平复信…, 给…回信, 向…论坛致贺信, 同…互致贺电, 致电…祝贺: a message sent, the news a story leads with
# (not 贺信中指出; but 致函中共中央: to whom it is sent)
_MESSAGE = re.compile(
    r"(?P<word>互致(?:新年)?贺电|(?:致|发来)(?:贺信|贺电)|致[信电函](?:或?致[信电函])?|复信|回信)(?![时的里]|中(?![共国华]))"
)


_YEARS_BACK = re.compile(r"年前(?:的今天)?[，,]")  # 一年前，…; 5年前的今天，…


def recalled(ctx: ArticleContext, s: SentenceView, pos: int) -> bool:
    """What the sentence tells at ``pos`` lies in a frame looked back on: 一年前，…, 近年来，…, 2015年，…
    (but not the first in a period: 这是伊朗总统11年来首次访问非洲)."""
    back = LOOKED_BACK.search(ctx.text, s.start, pos)
    return _YEARS_BACK.search(ctx.text, s.start, pos) is not None or (
        back is not None and FIRST_IN_YEARS.match(ctx.text, back.end(), pos) is None
    ) or ctx.dated_before_this_year(s, s.start, pos, year_written=True)


def _not_news_of_the_day(ctx: ArticleContext, s: SentenceView, pos: int) -> bool:
    """What the lead tells at ``pos`` is to come (将致电) or recalled."""
    return is_planned(ctx, s, pos) or recalled(ctx, s, pos)


def _first_paragraph(ctx: ArticleContext, s: SentenceView) -> bool:
    """The sentence stands in the first paragraph of the text (no line break before it)."""
    return ctx.section(s) == ctx.section(ctx.sentences[0]) and "\n" not in ctx.text[: s.start].strip()


def find_messages(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A letter or telegram a story leads with (国家主席习近平复信…, 习近平同…互致贺电): an event of type
    other, as the audits require it and dev lists it (optional); one a story only recalls later
    (李强表示，习近平主席专门发来贺信) is no news of its own."""
    # (…习近平给香港培侨中学学生的回信引发热烈反响: the reactions are the news, the letter is past)
    headline = _MESSAGE.search(ctx.title) if ctx.title and "反响" not in ctx.title else None
    if not ctx.leads_its_story(s) and not (headline is not None and _first_paragraph(ctx, s)):
        # (习近平向中吉乌铁路项目启动仪式致贺信: a letter the metadata headline names is news where the
        # story's first paragraph tells it, after the occasion it is written to)
        return
    for m in _MESSAGE.finditer(ctx.text, s.start, s.end):
        clause = ctx.clause_start(s, m.start())
        if ctx.text.startswith("在", clause) or _not_news_of_the_day(ctx, s, m.start()):
            continue  # 在给…回信时: the occasion of what the sentence tells
        # (a letter to the occasion the sentence before tells, undated itself: the occasion's day)
        date = ctx.event_date(s) or (ctx.event_date(ctx.sentences[s.index - 1]) if headline and s.index else None)
        # (in the message's clause or the next: not 致电…，对他当选表示祝贺，并祝愿…在庆祝独立200周年之际…)
        reach = ctx.clause_end(s, ctx.clause_end(s, m.end()) + 1) if ctx.clause_end(s, m.end()) < s.end else s.end
        occasion = _CONGRATULATED.search(ctx.text, m.end(), reach)
        # (…首脑理事会会议在吉达召开: the meeting congratulated on, not where it meets)
        what = _MEETING_PLACE.sub("", occasion.group("what")) if occasion else None
        if occasion is not None and what is not None and (
            len(what) < 4 or ctx.text.startswith(_MEETING_PLACE_OPENING, occasion.start("what"))
        ):
            what = None  # 祝贺会议在科威特召开: a bare kind; 庆祝大会在北京举行: a meeting, not what is congratulated
        yield {"type": "other", "name": m.group("word"), "object": what, "date": date, "trigger": m.span("word")}
        return


_MEETING_PLACE = re.compile(r"(?<=[会议坛])在[^，。；]{1,12}(?:召开|举行|开幕)$")
# 致电…，祝贺他当选连任…总统, 互致贺电，庆祝两国建交50周年: the occasion a message congratulates, its object
_CONGRATULATED = re.compile(
    r"(?:祝贺|庆祝)(?:他们|她们|你们|他|她|您|其)?(?![和与及并向])(?P<what>[^，。；：！“”]{4,40}?)(?=[，。；！]|$)"
)
_MEETING_PLACE_OPENING = ("大会", "活动", "仪式", "会议")  # (庆祝大会: a noun, not 庆祝 congratulating)


MESSAGES = SentenceRule(
    name="event.message",
    field="events",
    doc=find_messages.__doc__ or "",
    apply=find_messages,
    triggers=("message_words",),
    examples=(
        Example("央视网消息（新闻联播）：9月12日，国家主席习近平复信美中航空遗产基金会主席格林。",
                {"type": "other", "name": "复信", "date": "2023-09-12"}, "2023-09-13"),
        Example("央视网消息（新闻联播）：2023年12月31日，国家主席习近平和俄罗斯总统普京互致新年贺电。",
                {"type": "other", "name": "互致新年贺电", "date": "2023-12-31"}, "2023-12-31"),
        Example("央视网消息（新闻联播）：习近平10月2日给山东省地矿局第六地质大队全体地质工作者回信。",
                {"type": "other", "name": "回信", "date": "2022-10-02"}, "2022-10-04"),
        Example("4月24日，国家主席习近平向第四届联合国世界数据论坛致贺信。", {"type": "other", "name": "致贺信"}, "2023-04-24"),
        Example("2019年9月，在给国家图书馆老专家回信时，习近平总书记希望大家…。", None),
        Example("近日，许多国家领导人纷纷致电或致函中共中央总书记、国家主席习近平，热烈祝贺中华人民共和国成立75周年。",
                {"type": "other", "name": "致电或致函", "object": "中华人民共和国成立75周年"}),
        Example("央视网消息（新闻联播）：3月18日，国家主席习近平致电普京，祝贺他当选连任俄罗斯联邦总统。",
                {"type": "other", "name": "致电", "object": "当选连任俄罗斯联邦总统", "date": "2024-03-18"}, "2024-03-18"),
        Example("央视网消息（新闻联播）：6月28日，国家主席习近平同委内瑞拉总统马杜罗互致贺电，庆祝两国建交50周年。",
                {"type": "other", "name": "互致贺电", "object": "两国建交50周年"}, "2024-06-28"),
        # what 祝贺 governs past the message's next clause, or a meeting named by 庆祝: no object
        Example("央视网消息（新闻联播）：7月29日，国家主席习近平致电马杜罗，对他当选表示热烈祝贺，并祝愿委内瑞拉在庆祝独立200周年之际"
                "取得更大发展。", {"type": "other", "name": "致电", "object": None}, "2024-07-29"),
        Example("央视网消息（新闻联播）：11月1日，国家主席习近平致贺信，向中国科学院建院75周年表示热烈祝贺，庆祝大会在北京举行。",
                {"type": "other", "name": "致贺信", "object": None}, "2024-11-01"),
        Example("2015年，习近平主席致信祝贺首届世界机器人大会开幕。", None, "2024-08-25"),
        Example("一年前，习近平总书记致信祝贺首届全民阅读大会举办。", None, "2023-04-23"),
    ),
)

# 接受42位驻华大使递交国书, 向…递交国书: the ceremony of credentials presented (not 递交国书后, 递交国书时,
# 递交国书之际: a time; not 递交国书仪式…举行, the meeting rule's; the quantifiers possessive, so that 仪式后
# cannot fall back to the bare words)
_CREDENTIALS = re.compile(r"递交国书(?:副本)?+(?!仪式|后|时|前|的|之际|期间|当天|以来|是)")
# 三年前向…递交国书, 新任大使须向…递交国书: recalled or owed, none presented the day the story tells (what is
# to come or denied, 计划下月…, 尚未…, the lexicon's future_words and negation_words tell)
_CREDENTIALS_NOT_OF_THE_DAY = re.compile(r"年前|此前|曾|须")


def find_credentials(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """Envoys presenting their credentials, the news a story leads with (国家主席习近平在人民大会堂接受42位驻华大使
    递交国书): an event of type other, as the audits require it; one to come or recalled is none."""
    if not ctx.leads_its_story(s):
        return
    for m in _CREDENTIALS.finditer(ctx.text, s.start, s.end):
        clause = ctx.clause_start(s, m.start())
        if _not_news_of_the_day(ctx, s, m.start()) or still_to_come(ctx, s, m.start()) or find_words(
            ctx.text, clause, m.start(), ctx.lexicon.trigger_list("negation_words")
        ) or _CREDENTIALS_NOT_OF_THE_DAY.search(ctx.text, clause, m.start()):
            continue
        yield {"type": "other", "name": m.group(), "date": ctx.event_date(s), "trigger": m.span()}
        return


CREDENTIALS = SentenceRule(
    name="event.credentials",
    field="events",
    doc=find_credentials.__doc__ or "",
    apply=find_credentials,
    triggers=("credentials_words",),
    examples=(
        Example("央视网消息（新闻联播）：1月30日下午，国家主席习近平在人民大会堂接受42位驻华大使递交国书。",
                {"type": "other", "name": "递交国书", "date": "2024-01-30"}, "2024-01-30"),
        Example("新任驻华大使将于下周向国家主席递交国书。", None, "2024-01-30"),  # to come
        Example("大使递交国书后表示，愿为两国关系发展作出贡献。", None, "2024-01-30"),  # a time
        Example("大使递交国书仪式后表示，愿为两国关系发展作出贡献。", None, "2024-01-30"),
        Example("某国驻华大使12日接受采访时回忆，他于三年前向习近平主席递交国书。", None, "2024-12-12"),  # recalled
        Example("新任驻华大使计划下月递交国书。", None, "2024-12-12"),  # to come
        Example("新任驻华大使尚未递交国书。", None, "2024-12-12"),  # denied
    ),
)

# 对越南进行国事访问, 对埃及进行正式友好访问, 应邀访问蒙古国, 出访俄罗斯: a visit a story leads with
_VISIT = re.compile(
    r"(?:进行|开始|开启)?(?P<word>(?:国事|正式友好|正式|友好|工作|官方)访问|(?<![回出])访问(?=[^，。；]{2,})|出访)"
)
# 习近平总书记近日在广东考察, 来到横琴粤澳深度合作区考察, 6日视察东部战区机关: an inspection tour
_INSPECTION = re.compile(r"(?:在|到|赴|来到)[^，。；]{2,24}?(?P<word>考察|视察)|(?P<word2>视察)(?=[^，。；]{2,24}[，。])")


def find_visits(s: SentenceView, ctx: ArticleContext) -> Iterable[dict[str, Any]]:
    """A state or official visit a story leads with (…对越南进行国事访问, 李希…对肯尼亚进行正式友好访问): an
    event of type other, as the audits require it and dev lists it (optional); a visit to come (将于…
    进行国事访问) or recalled is none."""
    if not ctx.leads_its_story(s):
        return
    for m in _VISIT.finditer(ctx.text, s.start, s.end):
        clause = ctx.clause_start(s, m.start())
        if ctx.text.startswith("在", clause) or _not_news_of_the_day(ctx, s, m.start()) or ctx.text.startswith(
            _VISIT_AS_SETTING, m.end()
        ) or _guest_described(ctx, s, m.start(), m.end()):
            # 在访问期间, 访问时, 在对中国进行正式访问前, 结束对白俄罗斯正式访问后: the setting of what the sentence
            # tells; 访问团: a delegation
            continue
        name = m.group("word")
        if ctx.text.startswith("任务", m.end()) and (where := _VISITED_BEFORE.search(ctx.text, clause, m.start())):
            name = where.group() + name + "任务"  # 完成为期2天的澳门访问任务: the visit named by where it went
        elif name in ("访问", "出访"):
            at = m.end() + ctx.text.startswith("了", m.end())
            place = next((g for g in s.of("GPE") if g.start == at), None)
            end = ctx.clause_end(s, m.end())
            if place is not None:
                more = _STATES_COUNTED.match(ctx.text, place.end)
                end = more.end() if more is not None else place.end
            where = _VISITED_AFTER.match(ctx.text, at, end)
            if where is None or (place is None and _NOT_A_DESTINATION.search(where.group())) or ctx.text.startswith(
                (*_VISIT_AS_SETTING, *_VISIT_DESCRIBED), where.end()
            ):
                # 医院船…赴…5国进行访问并开展…医疗服务: a mission's calls, no visit named by where it goes;
                # 来华访问的马来西亚总理, 在访问南非期间表示, 此次访问推动…: a visitor described, a setting, the
                # visit as a subject (a place the recogniser knows ends the name where it ends)
                continue
            name += where.group()  # 丁薛祥访问俄罗斯, 出访俄罗斯: the bare word named by where it goes
        yield {"type": "other", "name": name, "date": ctx.event_date(s), "trigger": m.span("word")}
        return
    for m in _INSPECTION.finditer(ctx.text, s.start, s.end):
        word = "word" if m.group("word") else "word2"
        # (在广东考察时强调: the tour the lead tells of, the setting of what was said)
        if _not_news_of_the_day(ctx, s, m.start()) or ctx.text.startswith(("团", "组"), m.end(word)) or (
            "将" in ctx.text[s.start : m.start()]
        ):
            continue  # 干部考察团: a delegation; 将于12月18日至20日赴澳门，…并视察…: to come
        yield {"type": "other", "name": m.group(word), "date": ctx.event_date(s), "trigger": m.span(word)}
        return


_VISIT_AS_SETTING = ("期间", "时", "团", "前", "后", "之际")
# 会见来华进行正式访问的…总理, …国事访问并出席中国—中亚峰会的…总统, 正在我国进行国事访问中的…: a guest
# described by the visit (not 开始对法国进行国事访问的行程, …访问的首日: the visit's own course)
_GUEST_DESCRIBED = re.compile(
    r"(?P<also>(?:并|和|、)[^，。；]{1,30}?)?中?的(?!行程|首日|首站|第一站|最后一站|[^，。；]{0,6}之行)"
)
_RECEIVING = re.compile(r"会见|会谈|接见|欢迎|宴请|同")  # (…会见来华进行国事访问并出席…的…: the guest received)


def _guest_described(ctx: ArticleContext, s: SentenceView, start: int, end: int) -> bool:
    """The visit words at ``start``–``end`` describe a person (来华进行正式访问的…总理); when another act
    follows first (…国事访问并出席中国—中亚峰会的…总统), only a guest the clause receives (not 对越南进行
    国事访问并出席中越建交75周年的庆祝活动: the story's own visit, what it attends described)."""
    described = _GUEST_DESCRIBED.match(ctx.text, end, ctx.clause_end(s, end))
    return described is not None and (
        described.group("also") is None or _RECEIVING.search(ctx.text, ctx.clause_start(s, start), start) is not None
    )
_VISITED_BEFORE = re.compile(r"[^\d的，。；、\s]{2,6}$")
_VISITED_AFTER = re.compile(r"[^，。；、\s并同和与在]{2,10}")
_NOT_A_DESTINATION = re.compile(r"^的|将(?!军)|对(?!外)|期间|时$|表示|推动|具有|返回|批评|赴")  # (对外友好协会, 将军澳)
# what follows the place when the visit is described, not reported (正在访问法国的…总理, 此次访问法国将推动…,
# 访问伊朗的计划, 访问沙特表示欢迎)
_VISIT_DESCRIBED = ("的", "将", "对", "表示", "计划", "推动", "具有")
_STATES_COUNTED = re.compile(r"[一二三四五六七八九十两]国")  # (访问中亚五国)


VISITS = SentenceRule(
    name="event.visit",
    field="events",
    doc=find_visits.__doc__ or "",
    apply=find_visits,
    triggers=("visit_words",),
    examples=(
        Example("央视网消息（新闻联播）：12月12日至13日，应越共中央总书记阮富仲邀请，中共中央总书记、国家主席习近平对越南进行"
                "国事访问。", {"type": "other", "name": "国事访问"}, "2023-12-14"),
        Example("应肯尼亚联合民主同盟邀请，中央纪委书记李希11月3日至5日率中共代表团对肯尼亚进行正式友好访问。",
                {"type": "other", "name": "正式友好访问"}, "2024-11-05"),
        Example("国家主席习近平11月2日上午在人民大会堂会见来华进行正式访问的巴基斯坦总理夏巴兹。", None, "2022-11-02"),  # a guest
        Example("习近平在西安会见来华进行国事访问并出席中国—中亚峰会的塔吉克斯坦总统拉赫蒙。", None, "2023-05-18"),
        Example("国家主席习近平乘专机抵达巴黎，开始对法国进行国事访问的行程。", {"type": "other", "name": "国事访问"},
                "2024-05-05"),
        Example("12月12日，习近平对越南进行国事访问并出席中越建交75周年的庆祝活动。", {"type": "other", "name": "国事访问"},
                "2024-12-12"),
        Example("9月6日至8日，国家副主席韩正应邀访问蒙古国，在乌兰巴托先后会见蒙古国总理。",
                {"type": "other", "name": "访问蒙古国"}, "2024-09-08"),
        Example("今天（12月3日），中国载人航天工程代表团圆满完成为期2天的澳门访问任务。", {"name": "澳门访问任务"}, "2023-12-03"),
        Example("应国家主席习近平邀请，法国总统马克龙将于4月5日至7日对中国进行国事访问。", None, "2024-04-01"),
        Example("习近平在访问期间同越方领导人深入交流。", None),
        Example("8月23日晚，国务院总理李强在结束对白俄罗斯正式访问后，乘包机回到北京。", None),
        # the first in a period is news; a period looked back over is not
        Example("当地时间12日，伊朗总统莱希到访东非国家肯尼亚，这也是伊朗总统11年来首次访问非洲。",
                {"type": "other", "name": "访问非洲"}, "2023-07-13"),
        Example("近年来，两国领导人多次互访，韩正访问荷兰，推动两国合作。", None),
        Example("23日，俄罗斯外交部长拉夫罗夫在访问南非期间表示，俄罗斯并没有拒绝就乌克兰问题进行谈判。", None),  # a setting
        Example("11月7日下午，国家主席习近平在北京人民大会堂会见来华访问的马来西亚总理安瓦尔。", None, "2024-11-07"),
        Example("11月26日至27日，国务院副总理丁薛祥访问哈萨克斯坦，分别会见哈萨克斯坦总统托卡耶夫。",
                {"name": "访问哈萨克斯坦"}, "2023-11-28"),
        # an inspection tour a story leads with, though told as the setting of what was said
        Example("央视网消息（新闻联播）：习近平总书记近日在广东考察时强调，广东要锚定强国建设目标。",
                {"type": "other", "name": "考察"}),
        Example("中共中央总书记习近平6日视察东部战区机关，向全体官兵致以诚挚问候。", {"type": "other", "name": "视察"},
                "2023-07-06"),
        Example("王沪宁30日在京会见由总书记加萨马格拉率领的卢旺达爱国阵线干部考察团。", None),
        Example("习近平将于12月18日至20日赴澳门，出席庆祝大会，并视察澳门特别行政区。", None),
    ),
)

SPACECRAFT_RETURNS = SentenceRule(
    name="event.spacecraft_return",
    field="events",
    doc=find_spacecraft_returns.__doc__ or "",
    apply=find_spacecraft_returns,
    triggers=("return_verbs",),
    examples=(
        Example("今天（11月15日）7时21分，天舟四号货运飞船受控再入大气层。",
                {"type": "other", "object": "天舟四号货运飞船", "date": "2022-11-15"}, "2022-11-15"),
        Example("今天（10月11日）上午，我国在东风着陆场成功回收首颗可重复使用返回式技术试验卫星——实践十九号。",
                {"object": "实践十九号"}),
        Example("神舟十五号载人飞船返回舱在东风着陆场成功着陆。", {"object": "神舟十五号载人飞船"}),
        Example("神舟十五号载人飞船将于明天返回地球。", None),  # to come
        Example("两颗卫星成功回收。", None),
        Example("中国探测器今天在月球背面着陆。", None),  # no craft named
    ),
)


RULES = (MEETINGS, TOPIC_MEETINGS, ADOPTING_SESSIONS, SPACECRAFT, SPACECRAFT_RETURNS, ROTATIONS, MESSAGES, CREDENTIALS, VISITS)
