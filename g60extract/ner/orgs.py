"""The ORG recogniser: a gazetteer of known names plus a suffix grammar.

A candidate ends in an organisation suffix (有限公司, 大学, 研究中心, 促进会, 联盟, 政府, 办 …) at a
word boundary and extends leftwards word by word over its modifiers until a delimiter: 、,
与/和/及/等, punctuation, a preposition or a verb that typically stands before a name. A weak
suffix (中心, 平台, 联盟, 局 …) also needs a proper element among its modifiers — a place, a
known name, a Latin or digit token such as G60 — so that 国际化专业平台 stays a category.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from g60extract.lexicon import Lexicon, OrgSuffix, trie_pattern

MAX_ORG_LEN = 32
# what an enterprise's name adds to the core it is also called by (传化集团 → 传化)
ENTERPRISE_TAIL = re.compile(r"(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)$")
_NAME_CHAR = re.compile(r"[\w·（）()\-－]")
_BEFORE_PLACE = frozenset({"附属", "驻", "中共", "国家", "全国", "中央", "原"})
# numerals and 子/分/总 (子公司, 分公司) are not the characters of a transliterated name
_NOT_NAME_CHARS = frozenset("零〇一二两三四五六七八九十百千万亿子分总级类")
# a two-character company name right after a person's title, perhaps after a surname, is a person
# (董事长武钢, 副局长任京东; not 主任称京东…); after 一箭, a count of satellites (一箭三星)
_NOT_COMPANY_BEFORE = re.compile(
    r"(?:董事长|总经理|总裁|主任|书记|院长|局长|部长|主席|教授|工程师|同志)[^\W在与和同到赴对向为从访及称说讲指表]?$|一箭$"
)
_MOTION_BEFORE_PLACE = frozenset({"在", "赴", "抵", "访", "返", "离", "来", "回"})  # (驻美: a mission's country)
_DASHES = frozenset("—－-")
_STATES_COUNTED = re.compile(r"(?:[两三四五六七八九十]|多)国$|双方$")
_TITLES = ("常委", "委员", "长")  # 委员长 is 委员+长: the longer title is tried first
_TITLE_LAST = re.compile("[" + "".join(sorted({t[-1] for t in _TITLES})) + "]")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_NAME_OPENERS = frozenset("（）()-－—")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
_PLACE_ENDS = tuple("省市县区州镇村乡岛山江河湖港湾")
_ORG_ENDS = (*"局部委院所会社行厂校馆台司团办处署厅盟", "中心", "集团", "公司", "大学")
_NATIONAL = ("国家", "中央", "全国", "中国", "国务院")
_CONTINENT_PARTNERS = frozenset({"中非", "中阿", "中拉", "中欧"})
_DIRECTION_WORDS = frozenset(
    "东 西 南 北 中 东北 西北 东南 西南 华北 华东 华南 华中 中东 中西 东中 内 外 上 下 全 局 总 北京城".split()
)
_COUNT_WORD = re.compile(
    r"^(?:[首第数]?[一二三四五六七八九十两几多每各数\d]+|首)[个家批座所项条支名位届]$|^[^A-Za-z]*\d"
)
_EVENT_COMMITTEES = frozenset({"组委会", "执委会"})
_PAPER_TITLE = re.compile(r"《([^《》\s、，。\d]{1,10}(?:日报|晚报|时报|报|周刊|新闻|杂志))》")
_NUMBERED_UNITS = frozenset({"集团军", "支队", "总队"})  # military units numbered in digits
_CONSULATES = frozenset({"总领事馆", "领事馆", "总领馆"})
_MISSIONS = frozenset({"大使馆", *_CONSULATES, "使馆", "使团", "代表处"})
# what a body stations somewhere: 中国人民解放军驻香港部队, 国务院港澳办驻…办事处
_STATIONED = frozenset({*_MISSIONS, "部队", "办事处"})
_SEAT_LEN = 4  # a city's or country's name before an international body (巴黎, 日内瓦, 布鲁塞尔)
_IN_FRAME = re.compile(r"在[^，。；：、在]+$")  # an open 在 before 中, in its clause, with words between
SESSION_ORDINAL = r"第[\d一二三四五六七八九十百]{1,4}"  # 第19届, 第五次: a session's number
_SESSION_BEFORE = re.compile(rf"{SESSION_ORDINAL}届$")
# 十四届 before a body elected for it (not 新一届, 这一届, 上一届; 第十四届 is a meeting's or a party organ's)
_BARE_SESSION = re.compile(r"(?<![新本上下每这那同第\d一二三四五六七八九十])[一二三四五六七八九十]{1,3}届$")
_CONGRESS_BEFORE = re.compile(rf"{SESSION_ORDINAL}次$")  # 中国共产党第二十次|全国代表大会
_PARTY_ORGANS = ("中央委员会", "中央常务委员会", "中央常委会", "中央纪律检查委员会", "全国委员会")  # of a party, per session
_ALSO_VERBS = frozenset({"学会", "工会", "组织"})  # 学会 'learned', 会 'can', 组织 'organise': suffixes that also read as verbs
_ORDINAL = re.compile(r"^第[一二三四五六七八九十]+$")
# a measure word left by a count, or a size after an ordinal, never opens a name (15个|跨区域…集团,
# 第二|大|银行集团, 这|一小|集团)
_NOT_OPENERS = frozenset({"个", "家", "所", "项", "座", "大", "小", "一小", "一大", "次", "批"})
# 用好|中意政府委员会, 办好|孔子学院: the 好 of a verb's result opens no name (but 好丽友, 好未来 do)
_RESULT_GOOD = "好"
# 新|设公司, 新|开公司: a character that opens no transliteration
_NOT_TAIL_START = frozenset("新老全各本该其每某原前")
# 中国第41次南极考察队, 海军第43批护航编队: a mission's number, with its country or service before it
_MISSION_NUMBER = re.compile(r"第[\d一二三四五六七八九十百]{1,4}[次批]$")
_MISSION_ABROAD = re.compile(r"第[\d一二三四五六七八九十百]{1,4}批赴[\u4e00-\u9fff]{0,3}$")
_MINISTER = re.compile("部长(?:官)?")  # (产业资源部长官: a Korean minister's title)
_TEAMS_COUNTED = re.compile(r"[\d一二三四五六七八九十百千两几多数]+[支个名]$")
_GOAL_AFTER = ("建设", "城市", "地位", "功能", "目标", "工作", "任务")


@dataclass(frozen=True, slots=True)
class OrgSpan:
    start: int
    end: int
    type: str
    rule: str


@dataclass(frozen=True, slots=True)
class _JiebaWords:
    """The word classes the grammar reads off jieba's own tagged dictionary."""

    proper: frozenset[str]  # place (ns) and organisation (nt) names of the shape of real names
    places: frozenset[str]  # place names (ns) of three or more characters
    function: frozenset[str]  # prepositions, conjunctions, particles, pronouns: never in a name
    verbs: frozenset[str]  # verbs and function words (v p c d r m t f)
    pure_verbs: frozenset[str]  # v
    adverbs: frozenset[str]  # d
    person_like: frozenset[str]  # nr nrt nrfg nz: transliterations and other proper nouns
    teams: frozenset[str]  # nt words ending in 队: jieba's teams and units (全兴队, 中国女队, 东海舰队)


@lru_cache(maxsize=1)
def _jieba_words() -> _JiebaWords:
    """One pass over jieba's dict.txt (about 350,000 lines) for every class the grammar uses."""
    import jieba

    proper, places, function, verbs, pure, adverbs, person, teams = (set[str]() for _ in range(8))
    cities: list[str] = []  # 江门市, 松江市 …: jieba's three-character places in 市
    verb_tags = frozenset("v p c d r m t f".split())
    person_tags = frozenset("nr nrt nrfg nz".split())
    with Path(jieba.__file__).with_name("dict.txt").open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, tag = parts[0], parts[2]
            if tag == "ns" and len(word) == 3 and word.endswith("市"):
                cities.append(word)
            if tag in verb_tags:
                verbs.add(word)
                if tag == "v":
                    pure.add(word)
                elif tag == "d":
                    adverbs.add(word)
            if tag in ("p", "c", "u", "r") and len(word) <= 2:
                function.add(word)
            if tag in person_tags:
                person.add(word)
            if tag == "ns" and len(word) >= 3:
                places.add(word)
            if tag == "nt" and len(word) >= 3 and word.endswith("队"):
                teams.add(word)
            # jieba's tags are noisy (深水 ns, 国际经贸 nt): keep the shapes of real names
            if len(word) >= 2 and (
                (tag == "ns" and (len(word) >= 3 or word.endswith(_PLACE_ENDS)))
                or (tag == "nt" and word.endswith(_ORG_ENDS))
            ):
                proper.add(word)
    # 江门|海关: a two-character place is too noisy a tag alone (深水 ns), but a city 江门市 in the
    # same dictionary vouches for its stem, unless jieba tags the stem as another kind of word
    # (合作市, 安康市, 日照市). A second pass reads only the stems' own tags: a table of every word's
    # tag would cost each worker 25 MB.
    stems = {c[:2] for c in cities}
    other: set[str] = set()
    seen: set[str] = set()
    with Path(jieba.__file__).with_name("dict.txt").open(encoding="utf-8") as f:
        for line in f:
            word = line[:2]
            if word in stems and line[2:3] == " " and word not in seen:
                seen.add(word)
                if not line.rstrip().endswith(" ns"):
                    other.add(word)
    proper.update(stems - other)
    return _JiebaWords(*(frozenset(x) for x in (proper, places, function, verbs, pure, adverbs, person, teams)))


_REGIONS_TAGGED_AS_DIRECTIONS = frozenset({"北方", "南方"})
# 县委书记要当好“一线总指挥”: a secretary of any county's committee, no body named (but 吉林省委书记)
_BARE_COMMITTEES = frozenset({"省委", "市委", "县委", "区委", "州委", "地委"})
_COMMITTEE_TITLES = ("书记", "副书记", "常委")
_BEFORE_BARE_BODY = frozenset("届任的和与及由经向被为在对")  # 六届县委书记, 任县委书记: no place before it
def _place_before(team: str, kinds: tuple[str, ...], named_by: tuple[str, ...]) -> bool:
    """沈阳部队, 俄罗斯黑海舰队, 中国国奥队: a place (or a country's initial, a sea) names the unit
    (not 人民军队, 地方舰队); 加拿大|队 is a country's team, not a 大队."""
    stem = team[: -len(next(k for k in kinds if team.endswith(k)))]
    return team[:-1] in named_by or (len(stem) >= 2 and stem.startswith(named_by))


class OrgRecognizer:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        jw = _jieba_words()
        # a team jieba tags as an organisation is a name known (全兴队, 中国女队), unless the
        # lexicon says otherwise or calls it generic
        kinds = lexicon.org_words("unit_kinds")
        named_by = (*lexicon.places, *jw.places, *lexicon.org_words("unit_namers"))
        teams = {t for t in jw.teams - lexicon.org_generic if not t.endswith(kinds) or _place_before(t, kinds, named_by)}
        self.known = {**dict.fromkeys(teams, "other"), **lexicon.known_orgs}
        self._by_first: dict[str, list[str]] = {}
        for name in sorted(self.known, key=len, reverse=True):
            self._by_first.setdefault(name[0], []).append(name)
        self._suffix_by_last: dict[str, list[OrgSuffix]] = {}
        for suffix in lexicon.org_suffixes:  # already longest first
            self._suffix_by_last.setdefault(suffix.suffix[-1], []).append(suffix)
        self._suffix_last = re.compile("[" + "".join(map(re.escape, self._suffix_by_last)) + "]")
        # per last character, the suffixes by length, longest first: a dict probe per length instead of
        # a startswith per suffix (委员会, 常委会, 理事会 … share 会); the first listed wins a tie
        self._suffix_tables: dict[str, list[tuple[int, dict[str, OrgSuffix]]]] = {}
        for last, listed in self._suffix_by_last.items():
            by_length: dict[int, dict[str, OrgSuffix]] = {}
            for suffix in listed:
                by_length.setdefault(len(suffix.suffix), {}).setdefault(suffix.suffix, suffix)
            self._suffix_tables[last] = sorted(by_length.items(), reverse=True)
        generic = lexicon.org_generic
        self.proper = (
            (jw.proper | frozenset(lexicon.places) | frozenset(self.known)) - generic
        )
        self.stops = lexicon.org_stops
        # verbs jieba's dictionary tags as something else (祝贺 nr): the lexicon's list restores them
        retagged = frozenset(lexicon.trigger_list("dictionary_verbs"))
        nouns = frozenset(lexicon.trigger_list("dictionary_nouns"))  # (首都 d)
        self.verbs = (jw.verbs | retagged) - self.proper - nouns
        self.pure_verbs = (jw.pure_verbs | retagged) - self.proper - nouns
        self.adverbs = jw.adverbs - self.proper - nouns
        self.person_like = jw.person_like - self.verbs - generic
        self.function_words = jw.function - self.proper - frozenset(lexicon.known_orgs)
        self.generic = generic
        self._place_words = frozenset(lexicon.places) | jw.places
        self._places = lexicon.places
        self._country_initials = frozenset(p[0] for p, kind in lexicon.places.items() if kind == "country")
        self._own_gazetteer: re.Pattern[str] | None = None
        self.false_heads = lexicon.org_false_heads
        self._joint_heads = (*lexicon.trigger_list("meeting_heads"), *lexicon.org_words("joint_zones"))
        self._word_across_end = frozenset(lexicon.org_words("word_across_end"))
        self._name_then_word = lexicon.org_words("name_then_word")
        self._groups_before = frozenset(lexicon.org_words("group_words"))
        self._descriptors = lexicon.org_words("descriptors")
        self._kin_descriptors = lexicon.org_words("kin_descriptors")
        self._counted_before = frozenset(lexicon.org_words("counted_before"))
        self._local_bodies = frozenset(lexicon.org_words("local_bodies"))
        self._session_bodies = frozenset(lexicon.org_words("session_bodies"))
        self._team_suffixes = frozenset(lexicon.org_words("team_suffixes"))
        self._team_shorts = frozenset(lexicon.org_words("team_short_suffixes"))
        self._team_short_not_before = lexicon.org_words("team_short_not_before")
        self._not_clubs = lexicon.org_words("not_clubs")
        self._match_words = re.compile("|".join(map(re.escape, lexicon.org_words("match_words"))))
        self._unit_heads = lexicon.org_words("unit_heads")
        self._not_units = lexicon.org_words("not_units")
        self._distributives = lexicon.org_words("distributives")
        self._title_words = frozenset(lexicon.org_words("title_words"))
        self._surnames = frozenset(lexicon.org_words("surnames"))
        self._trade_after = frozenset(lexicon.org_words("trade_after"))
        self._trade_names = frozenset(lexicon.org_words("trade_names"))
        self._after_minister = lexicon.org_words("not_after_minister")
        self._not_ministries = frozenset(lexicon.org_words("not_ministries"))
        titles = sorted(lexicon.org_member_titles, key=len, reverse=True)
        self._member_title = re.compile("|".join(map(re.escape, titles))) if titles else None

    # -- gazetteer -------------------------------------------------------------------------
    def gazetteer(self, places: Iterable[str]) -> re.Pattern[str]:
        """One pattern for known organisations and places, longest first: a single C-level scan
        per sentence instead of a dictionary probe per character or word."""
        names = set(self.known) | set(places)
        return re.compile(trie_pattern(names)) if names else re.compile(r"(?!)")

    def _known(
        self, text: str, tokens: Sequence[tuple[int, int]], token_ends: Container[int],
        hits: Sequence[tuple[int, int, str]] | None = None, starts: Container[int] | None = None,
    ) -> Iterable[OrgSpan]:
        """Known names that start and end at word boundaries, longest first, not overlapping.
        ``hits`` are gazetteer matches found already (start, end, name)."""
        end = tokens[-1][1]
        if hits is None:
            if self._own_gazetteer is None:
                self._own_gazetteer = self.gazetteer(self.lexicon.places)
            hits = [(m.start(), m.end(), m.group(0)) for m in self._own_gazetteer.finditer(text, tokens[0][0], end)]
        if starts is None:
            starts = {s for s, _ in tokens}
        for i, stop, name in hits:
            kind = self.known.get(name)
            if kind is not None and i in starts and (stop in token_ends or stop == end) and not _rank_after(text, stop, end):
                if name == "中共" and _IN_FRAME.search(text, max(0, i - 20), i):
                    continue  # 在文明交流互鉴中|共创辉煌, 在节目中|共话: the 中 of 在…中 and a verb in 共, not 中共
                if self._across_end(text, stop):
                    continue  # 生态环境部|门: jieba cut 部门 (departments) after a known name
                if text[i - 1 : i] in _DASHES and text.startswith(self._joint_heads, stop):
                    continue  # 中国—东盟博览会, 中国—东盟产业合作区: a joint event or zone, not the body
                if stop - i == 2 and text[max(0, i - 2) : i] in self._groups_before:
                    continue  # 两国央行, 各国议会: the bodies of several countries, no one body named
                if name in self._trade_names and self._word_at(text, tokens, stop) in self._trade_after:
                    continue  # 万亿级现代汽车|产业, 新世纪日航|饭店: the trade, or another name, not the company
                if stop - i == 2 and kind == "enterprise" and (
                    _NOT_COMPANY_BEFORE.search(text, max(0, i - 4), i) or text.startswith(("不息", "向前"), stop)
                ):
                    continue  # 董事长武钢 (a person), 一箭三星 (three satellites), 奔驰不息 (a verb): not the company
                yield OrgSpan(i, stop, kind, "org.known")

    @staticmethod
    def _word_at(text: str, tokens: Sequence[tuple[int, int]], start: int) -> str:
        """The segmented word that starts at ``start`` (empty if none does)."""
        return next((text[s:e] for s, e in tokens if s == start), "")

    def _in_titles(
        self, text: str, tokens: Sequence[tuple[int, int]], index_of_end: dict[int, int]
    ) -> Iterable[OrgSpan]:
        """外交部长, 中央政治局常委: jieba keeps a body and its member's title as one word."""
        # one C-level scan for the titles' last characters, then only the words ending there
        for m in _TITLE_LAST.finditer(text, tokens[0][0], tokens[-1][1]):
            i = index_of_end.get(m.end(), -1)
            if i < 0:
                continue
            s, e = tokens[i]
            for title in _TITLES:
                if e - s >= len(title) + 3 and text.startswith(title, e - len(title)):
                    body = text[s : e - len(title)]
                    if body in self.proper and body.endswith(_ORG_ENDS):
                        # 中共|中央政治局常委: the party's name before the body belongs to it
                        start = tokens[i - 1][0] if i > 0 and text[tokens[i - 1][0] : s] == "中共" else s
                        yield OrgSpan(start, e - len(title), "government", "org.title")
                    break

    def is_newspaper(self, title: str) -> bool:
        """《朝日新闻》, 《新皇冠报》: the title of a newspaper or magazine (not 《…公报》, 《…通报》: documents)."""
        return _PAPER_TITLE.fullmatch(f"《{title}》") is not None and not any(
            title.endswith(f) for f in self.false_heads if f.endswith("报")
        )

    def _newspapers(self, text: str, start: int, end: int) -> Iterable[OrgSpan]:
        """据《朝日新闻》报道, 《新皇冠报》的发行人: a newspaper or magazine named in book-title marks
        is a medium."""
        for m in _PAPER_TITLE.finditer(text, start, end):
            if self.is_newspaper(m.group(1)):
                yield OrgSpan(m.start(1), m.end(1), "media", "org.newspaper")

    # -- suffix grammar --------------------------------------------------------------------
    def _is_proper(self, word: str) -> bool:
        return word in self.proper or _LATIN_OR_DIGIT.search(word) is not None

    def has_proper(self, fragment: str) -> bool:
        """A place or known name anywhere inside a word fragment (国务院新闻 → 国务院)."""
        n = len(fragment)
        return any(
            fragment[i : i + k] in self.proper
            for k in range(2, min(n, 8) + 1)
            for i in range(n - k + 1)
        )

    def _suffix_at(self, text: str, end: int, floor: int) -> OrgSuffix | None:
        """The longest listed suffix that ends at ``end`` and starts at or after ``floor``."""
        for length, table in self._suffix_tables.get(text[end - 1], ()):
            if end - length >= floor and (suffix := table.get(text[end - length : end])) is not None:
                return suffix
        return None

    def _grammar(
        self, text: str, tokens: Sequence[tuple[int, int]], blocked: Sequence[tuple[int, int]],
        token_at_end: dict[int, int],
    ) -> Iterable[OrgSpan]:
        starts = [s for s, _ in tokens]
        # only positions right after a suffix's last character can end a name: one C-level scan
        ends = [m.end() for m in self._suffix_last.finditer(text, tokens[0][0], tokens[-1][1])]
        for tok_end in ends:
            ti = token_at_end.get(tok_end, -1)
            if ti < 0:
                continue
            suffix = self._suffix_at(text, tok_end, tokens[0][0])
            if suffix is None:
                continue
            suffix_start = tok_end - len(suffix.suffix)
            if self._across_end(text, tok_end):
                continue  # 生态环境部|门
            if len(suffix.suffix) == 1 and _rank_after(text, tok_end, tokens[-1][1]):
                continue
            if suffix.suffix in self._team_shorts and text.startswith(self._team_short_not_before, tok_end):
                continue  # 中国男篮职业联赛, 女篮世界杯: a competition, not the team
            head = text[tokens[ti][0] : tok_end]
            if text[suffix_start - 1 : suffix_start] in ("副", "分") and suffix.suffix == "中心":
                continue  # 城市副中心, 分中心
            # 部队 is a false head for 队 (部|队 is no team), not for the suffix 部队 itself
            false_head = head in self.false_heads or (head[-2:] in self.false_heads and len(suffix.suffix) < 2)
            # jieba tags many a three-character body as a verb (蝶阀厂, 纠风办, 禁毒署 v): only its
            # shorter verbs, and its numerals and directions (第一部, 西北部), are no head
            tagged_verb = head in self.verbs and not (len(head) >= 3 and head in self.pure_verbs)
            if (head != suffix.suffix and false_head) or (len(head) > len(suffix.suffix) and tagged_verb):
                continue
            if head == suffix.suffix and (
                text[tok_end - len(head) - 2 : tok_end] in self.false_heads
                # 新|办, 越|办: a one-character suffix that is also a verb, after the word it ends;
                # 防汛会|商会: a meeting (会商会) cut across the suffix's word
                or text[tok_end - len(head) - 1 : tok_end] in self.false_heads
                or (ti > 0 and text[tokens[ti - 1][0] : tokens[ti - 1][1]] == "建")
            ):
                continue  # 地方|政府: a false head across two words; 建|队 (founding 74周年): the verb's object
            # the word holding the suffix's first character is the rightmost name word
            wi = ti
            while wi > 0 and starts[wi] > suffix_start:
                wi -= 1
            words: list[str] = []
            left = starts[wi]
            if left < suffix_start:
                words.append(text[left:suffix_start])
            j = wi - 1
            while j >= 0:
                s, e = tokens[j]
                word = text[s:e]
                if word in ("与", "和") and (
                    self._national_conjunct(text, tokens, j, words)
                    or (suffix.suffix == "部" and self._ministry_conjunct(text, tokens, j, words))
                ):
                    words.append(word)
                    left = s
                    j -= 1
                    continue
                if word in ("—", "－") and e == left and words and self._is_proper(words[-1]) and j > 0 and (
                    tokens[j - 1][1] == s and (text[tokens[j - 1][0] : s] == "）" or self._is_proper(text[tokens[j - 1][0] : s]))
                ):
                    # 中国—东盟数字经济合作中心, 中国—非洲（埃塞俄比亚）—联合国（…）合作示范中心: one dash
                    # joins the partners a joint body is named after (two, ——, open an apposition)
                    words.append(word)
                    left = s
                    j -= 1
                    continue
                if len(word) == 1 and j > 0 and text[tokens[j - 1][0] : tokens[j - 1][1]] in _MOTION_BEFORE_PLACE:
                    break  # 在|京|中共中央政治局委员: where the members are, not part of the name
                if word == _RESULT_GOOD and j > 0 and _HAN.fullmatch(prev := text[tokens[j - 1][0] : tokens[j - 1][1]]) and (
                    not self._is_proper(prev)
                ):
                    break  # 建设|好|苏州工业园区, 用|好|中意政府委员会 (but 韩国|好丽友…: a place before a brand)
                if not words and (suffix.suffix == "政府" or head == suffix.suffix == "党") and (
                    word in self.pure_verbs and len(word) > 1
                    and (j == 0 or not self._is_proper(text[tokens[j - 1][0] : tokens[j - 1][1]]))
                ):
                    break  # 民众|起诉|政府: a verb's object (but 巴基斯坦|看守|政府, 日本|维新|党 are names)
                if (
                    word.isdigit() and j > 0 and text[tokens[j - 1][0] : tokens[j - 1][1]] == "第" and e == left
                    and suffix.suffix in _NUMBERED_UNITS
                    and not any(bs <= s < be for bs, be in blocked)
                ):
                    words += [word, "第"]  # 陆军第82集团军: a unit's number is part of its name
                    left = tokens[j - 1][0]
                    j -= 2
                    continue
                if (
                    e != left  # a gap (whitespace) between words ends the name
                    or word in self.stops
                    or word in self.function_words
                    or _COUNT_WORD.match(word) is not None
                    or word.startswith(self._distributives)  # 保山市|各乡镇|卫生院 (jieba tags 各乡镇 a place)
                    or not all(_NAME_CHAR.match(c) for c in word)
                    or tok_end - s > MAX_ORG_LEN
                    or any(bs <= s < be for bs, be in blocked)
                ):
                    break
                if word.endswith(self._kin_descriptors) or (word.endswith(self._descriptors) and (
                    (not words and head in self.known) or any(self._is_proper(w) or self.has_proper(w) for w in words)
                    or self._foreign_name(words)
                )):
                    # 国际评级机构|标普全球公司, 财经媒体|BFM经济电视台, 反对党|工党, 母公司|硅谷银行…集团:
                    # a description before the name (but 日本央行|政策委员会 is the bank's own committee)
                    break
                if _ORDINAL.match(word) and text[e:suffix_start] and not (
                    j > 0 and (prev := text[tokens[j - 1][0] : tokens[j - 1][1]]) in self.proper and prev.endswith(_ORG_ENDS)
                ):
                    break  # 亚洲第一深水…平台 (but 保定市第二医院, 自然资源部第三海洋研究所: part of the name)
                # a verb right before a proper name starts the clause, not the name; so does one
                # before a national body's name (国家体育总局会同|国家发展改革委)
                if word == "驻" and suffix.suffix in _STATIONED and words and self._is_proper(words[-1]):
                    pass  # 中国驻朝鲜大使馆: the mission of one country in another
                elif word in self.verbs and words and (
                    self._is_proper(words[-1]) or words[-1].startswith(_NATIONAL)
                    or (len(words) == 1 and wi == ti and text[starts[wi] : tok_end] in self.proper)
                ):
                    break  # ... or before a dictionary name holding the suffix (坚决反对|联邦贸易委员会)
                elif (
                    word in self.pure_verbs and len(word) > 1 and self._foreign_name(words) and j > 0
                    and self._common_noun(text[tokens[j - 1][0] : tokens[j - 1][1]])
                ):
                    break  # 焦炉|煤气|进入|亚鑫|集团: a clause's subject and verb, then the name
                # 国家体育总局|会同|国家发展改革委: a whole body's name before a national one is another body
                if len(words) >= 2 and words[-2].startswith(_NATIONAL) and not self._is_proper(words[-1]) and (
                    word in self.proper and word.endswith(_ORG_ENDS)
                ):
                    break
                if self._two_ministries(word, head):
                    break  # 民政部|财政部部署…
                # a name begins with its place: a common noun before one is a description
                # (东道主法国队, 投保企业南岸猪鬃厂)
                if (
                    words and words[-1] in self._place_words and len(word) > 1 and _HAN.fullmatch(word)
                    and not self._is_proper(word) and word not in _BEFORE_PLACE
                ):
                    break
                words.append(word)
                left = s
                j -= 1
            modifier = text[left:suffix_start]
            # a name never starts with a verb, adverb or function word (非常欢迎中国人民银行,
            # 后来司法部), nor with a bracket or dash ((上海古籍出版社, －－－西班牙队)
            # ... nor with a common word before a national body's name (会同|国家发展改革委)
            while len(words) > 1 and (
                self._starts_clause(words[-1], words[-2]) or (words[-2].startswith(_NATIONAL) and not self._is_proper(words[-1]))
                or words[-1] in _NOT_OPENERS
            ):
                left += len(words.pop())
            # (the verb is a word of its own, not the start of the suffix's word: 欧盟|统计局)
            # (with nothing between the verb and the suffix, only a weak suffix is the verb's object:
            # 应急管理部|派出|工作组, but 中国人民解放军|选举|委员会)
            least = 3 if starts[wi] < suffix_start or suffix.strong else 2
            while len(words) >= least and words[-1] in self.known and words[-2] in self.pure_verbs and not (
                words[-2] == "驻" and suffix.suffix in _STATIONED
            ) and words[-2] not in _BEFORE_PLACE:
                # 自民党|组成|联合政府, 应急管理部|派出|工作组: a known body and the verb it does start a
                # clause, not a name
                left += len(words.pop()) + len(words.pop())
            while left < suffix_start and text[left] in _NAME_OPENERS:
                left += 1
            modifier = text[left:suffix_start]
            # 中国第13批赴南苏丹（瓦乌）维和部队: the batch sent abroad, named with where it went
            abroad = _MISSION_ABROAD.search(text, max(0, left - 12), left)
            number_end = text.index("赴", abroad.start()) if abroad else left
            number = _MISSION_NUMBER.search(text, max(0, number_end - 7), number_end)
            mission = number is not None and (
                owner := _word_ending(text, tokens, number.start(), self._is_proper)
            ) is not None
            if mission and owner is not None:
                left = owner  # 中国第41次南极考察队: the owner's name vouches for the team's
            # a whole dictionary name such as 农业部 needs no more evidence; jieba's nt words of other
            # kinds are often categories (商业银行, 上市公司, 中医医院)
            whole_name = (
                head in self.proper and len(head) > len(suffix.suffix) and wi == ti and suffix.type == "government"
                and (suffix.suffix not in _MISSIONS or self.has_proper(head[: -len(suffix.suffix)]))  # not 驻外使馆
            )
            if whole_name and head[: -len(suffix.suffix)] in _DIRECTION_WORDS and len(suffix.suffix) == 1:
                whole_name = False  # 中西部 is a region, not a ministry
            # 政协第十四届全国委员会: a party's organ of one session needs no other evidence
            organ = text.startswith(_PARTY_ORGANS, left) and (
                (session := _SESSION_BEFORE.search(text, max(0, left - 8), left)) is not None
                and _word_ending(text, tokens, session.start(), self.known.__contains__) is not None
            )
            team = (
                suffix.suffix in self._team_suffixes and self._club_name(words) and self._in_a_match(text, tokens)
                and not text.endswith(self._not_clubs, left, tok_end)
                and not _TEAMS_COUNTED.search(text, max(0, left - 6), left)  # 37支|龙舟队: a kind, counted
            )
            if _STATES_COUNTED.search(modifier):
                continue  # 中美两国政府, 中国和阿根廷两国政府: the governments of several states, no one body
            if not whole_name and not organ and not mission and not team and not self._valid(modifier, words, suffix):
                continue
            if not whole_name and text[_start_of_word_before(tokens, wi, left) : left] in self._counted_before and not (
                any(self._is_proper(w) for w in words) or self.has_proper(modifier)
            ):
                continue
            if suffix.suffix in _EVENT_COMMITTEES and (
                session := _SESSION_BEFORE.search(text, max(0, left - 8), left + (text[left] == "届"))
            ) is not None:
                # 杭州第19届亚运会组委会: the event's session and place are part of its committee's name
                left = session.start()
                place = _word_ending(text, tokens, left, self._is_proper)
                left = place if place is not None else left
            before = _CONGRESS_BEFORE if text.startswith("全国代表大会", left) else _SESSION_BEFORE
            if text.startswith((*_PARTY_ORGANS, "全国代表大会"), left) and (
                session := before.search(text, max(0, left - 8), left)
            ) is not None and (party := _word_ending(text, tokens, session.start(), self.known.__contains__)) is not None:
                # 民进第十五届中央常务委员会, 中国共产党第二十次全国代表大会主席团: a party's organ of one
                # session, or a body of one of its congresses, is named with both
                left = party
            if text.count("（", left, tok_end) != text.count("）", left, tok_end):
                continue  # 各级党委（党组: a name does not end inside a bracket it opened
            yield OrgSpan(left, tok_end, suffix.type, "org.suffix")

    def _common_noun(self, word: str) -> bool:
        """A word of a clause's subject: Chinese, not a name, a function word, a verb or a stop."""
        return (
            len(word) > 1 and _HAN.fullmatch(word) is not None and not self._is_proper(word)
            and not word.startswith(_NATIONAL) and word not in self.verbs and word not in self.stops
            and word not in self.function_words and word not in self.person_like
        )

    def _starts_clause(self, word: str, following: str = "") -> bool:
        if word in self.function_words:
            return True
        if word in _REGIONS_TAGGED_AS_DIRECTIONS:
            return False  # 北方|水稻|研究中心, 南方|电网: a region that names a body (jieba tags them f)
        # a lone 中 or 东 is the abbreviation of a country or region (中阿, 东盟); a lone adverb before
        # a verb is an adverb (共|查处…厂), but before a name it may be the name's (正|泰集团)
        return word in self.verbs and (
            len(word) > 1 or word in self.pure_verbs or (word in self.adverbs and following in self.verbs)
        )

    def _national_conjunct(
        self, text: str, tokens: Sequence[tuple[int, int]], j: int, words: list[str]
    ) -> bool:
        """中国物流与采购联合会, 国家粮食和物资储备局: 与/和 inside a national body's name, when
        one or two words before it start with 中国/国家/中央; 全国人大宪法和法律委员会: or when the
        known name of a national body stands one noun before it."""
        if not words or j < 1:
            return False
        between = text[tokens[j - 1][0] : tokens[j - 1][1]]
        if len(between) >= 3 and between.endswith("业"):
            return False  # 中国航空业|与|空中客车公司: an industry, a party of its own
        if between.endswith(("会议", "常委会")):
            return False  # 国务院|常务会议|和|中央政治局会议: two meetings (or a body's), not a committee's fields
        for k in (j - 1, j - 2):
            if k < 0:
                return False
            word = text[tokens[k][0] : tokens[k][1]]
            if k == j - 2 and self.known.get(word) == "government" and word.startswith(_NATIONAL) and (
                between not in self.verbs and between not in self.function_words
            ):
                return True  # 全国人大|宪法|和|法律委员会: a national body's committee named by two fields
            if word in self.stops or word in self.known or word.endswith((*_ORG_ENDS, "企业", "机构")) or not all(
                _NAME_CHAR.match(c) for c in word
            ) or self._suffix_at(text, tokens[k][1], tokens[k][0]) is not None:
                return False  # 中国商飞与东方航空, 中国女篮与法国女篮: two parties, not one name
            if word.startswith(_NATIONAL) or (k == j - 2 and text[tokens[k][0] :].startswith(_NATIONAL)):
                return True
            if k == j - 2 and word in _CONTINENT_PARTNERS:
                # 中非减贫与发展伙伴联盟: China and a continent, the partners a joint body is named after, before
                # its field (not 中非与非洲开发银行: the Central African Republic, a party of its own)
                return True
        return False

    def _ministry_conjunct(
        self, text: str, tokens: Sequence[tuple[int, int]], j: int, words: list[str]
    ) -> bool:
        """泰国高等教育科研与创新部, 巴西科技与创新部: a country's ministry named by two fields, when
        plain nouns lead back from the 与 to the country's name (not 中国与|外交部: the country is a
        party of its own, nothing between)."""
        if not words or not (1 <= len(words[0]) <= 4) or any(self._is_proper(w) for w in words):
            return False  # (沙特利雅得与沙特外交部: the part after 与 names its own country)
        for k in range(j - 1, max(j - 4, -1), -1):
            word = text[tokens[k][0] : tokens[k][1]]
            if self._places.get(word) == "country":
                return k < j - 1
            if word in self.stops or word in self.verbs or word in self.function_words or word in self.proper or not (
                _HAN.fullmatch(word)
            ) or self._suffix_at(text, tokens[k][1], tokens[k][0]) is not None:
                return False
        return False

    def _in_a_match(self, text: str, tokens: Sequence[tuple[int, int]]) -> bool:
        """The sentence reports a match (主场, 外援, 逼平, 扳回一球 …)."""
        return self._match_words.search(text, tokens[0][0], tokens[-1][1]) is not None

    def _club_name(self, words: list[str]) -> bool:
        """健力宝|队, 海狮|队, 前卫|寰岛|队: a club's name of one or two plain words, which a sponsor or
        a mascot gives and no lexicon knows (not 主|队, 许多|队, nor a verb's object)."""
        return 1 <= len(words) <= 2 and 2 <= sum(map(len, words)) <= 4 and all(
            _HAN.fullmatch(w) and w not in self.function_words and w not in self.verbs and w not in self.generic
            and w not in self.stops for w in words
        )

    def _valid(self, modifier: str, words: list[str], suffix: OrgSuffix) -> bool:
        if len(modifier) < 2 or modifier.isdigit() or (words and words[-1] in _NOT_OPENERS):
            return False
        if suffix.suffix in _ALSO_VERBS and (
            modifier.endswith((*_ORG_ENDS, *_PLACE_ENDS, "部队", "部门", "军", "队")) or all(w in self.proper for w in words)
        ):
            return False  # 九鼎轩置业企划有限公司组织一批…, 河北栾城县组织机关干部, 涿州高新技术开发区组织: the verb
        if suffix.suffix in _ALSO_VERBS and words and (words[0] in self.pure_verbs or words[0] in self.adverbs):
            return False  # 具体负责|组织: a verb's object, not a name
        if suffix.suffix in _ALSO_VERBS and len(words) > 1 and (
            (rest := modifier[: len(modifier) - len(words[0])]) and self._suffix_at(rest, len(rest), 0) is not None
        ):
            return False  # 中国载人航天工程办公室|统一|组织: a named body and the adverb of its verb
        if suffix.strong and suffix.suffix not in _ALSO_VERBS:
            return not all(w in self.generic for w in words)
        if suffix.suffix in self._team_shorts:  # 中国国家女篮, 广东宏远男篮, 中国U20女足 (not 中国女篮|夺得|女篮)
            return bool(words) and words[-1] in self._place_words and all(
                w in self._place_words or w == "国家" or (
                    (_LATIN_OR_DIGIT.search(w) is not None or len(w) <= 2)
                    and w not in self.verbs and not w.endswith(("会", "赛"))  # (杭州|亚运会|女排: an event's team)
                ) for w in words
            )
        # 学会 is also 'to learn' (小学生学会了…): such a suffix needs a proper name like a weak one
        if modifier == "全国" and suffix.suffix in self._local_bodies:
            return False  # 全国海关, 全国法院: every such body in the country
        if suffix.type == "government" and modifier.startswith(_NATIONAL):
            return True  # 国家电影局, 中央气象台
        if suffix.suffix in _MISSIONS:  # 中国驻东盟使团 names its country (我驻外使馆 does not)
            return any(self._is_proper(w) and not w.endswith(tuple(_MISSIONS)) for w in words) or (
                suffix.suffix in _CONSULATES and len(words) == 1 and words[0] in self.person_like
            )  # 马赛总领事馆: a consulate's city, a transliteration jieba knows as a person-like name
        if suffix.suffix == "司":  # 商务部外贸司: a ministry's department (not 日本寿司, 法国吐司)
            return any(w in self.proper and w.endswith(_ORG_ENDS) for w in words)
        if suffix.suffix in _EVENT_COMMITTEES and len(modifier) >= 3 and modifier.endswith("会"):
            return True  # 大运会执委会, 消博会组委会: the committee of a named event
        if len(suffix.suffix) == 1 and words and words[0] in _DIRECTION_WORDS and (
            suffix.suffix in ("党", "委") or not any(self._is_proper(w) and w not in _DIRECTION_WORDS for w in words[1:])
        ):
            # 中东部, 华北东北局(地); but 泰国|警察|总|署, 延边|敖|东|队: a place names the body (not 宁德|下|党,
            # 奏|中|委: a village, a song)
            return False
        return (
            any(self._is_proper(w) for w in words)
            or self.has_proper(modifier)  # 中|阿 技术转移中心: a place across words
            or any(p in modifier for p in ("“", "”"))
            or (suffix.type == "enterprise" and not modifier.endswith(("子", "分", "总")) and self._foreign_name(words))
        )

    def _foreign_name(self, words: list[str]) -> bool:
        """休斯公司, 劳|拉公司, 罗|威汽车公司: a transliterated name, which jieba knows as a
        person-like word or (without HMM) cuts into single characters."""
        if any(w in self.person_like for w in words):
            return True
        def single(w: str) -> bool:
            return len(w) == 1 and bool(_HAN.fullmatch(w)) and w not in _NOT_NAME_CHARS and w not in self.function_words

        singles = 0
        for w in words:
            plain = single(w) and w not in self.verbs
            singles = singles + 1 if plain else 0
            if singles >= 2:
                return True
        # 劳|拉公司: right before the suffix, a verb's character may continue a name that a plain
        # character began (not 请|拉公司, 新|设|外商独资证券公司)
        tail = list(itertools.takewhile(single, words))  # (words run right to left)
        return len(tail) >= 2 and tail[-1] not in self.verbs and tail[-1] not in _NOT_TAIL_START

    def find(
        self,
        text: str,
        tokens: Sequence[tuple[int, int]],
        blocked: Sequence[tuple[int, int]] = (),
        hits: Sequence[tuple[int, int, str]] | None = None,
        end_of: dict[int, int] | None = None,
        index_of_end: dict[int, int] | None = None,
    ) -> list[OrgSpan]:
        """Organisations in one sentence: ``tokens`` are its word spans, in order.

        ``blocked`` spans (dates, numbers) may not be part of a name.
        """
        if not tokens:
            return []
        end = tokens[-1][1]
        if index_of_end is None:
            index_of_end = {e: i for i, (_, e) in enumerate(tokens)}
        cut = self._cut_member_titles(text, tokens, index_of_end)
        if cut is not tokens:
            tokens, end_of = cut, None
            index_of_end = {e: i for i, (_, e) in enumerate(tokens)}
        found = [
            *self._known(text, tokens, index_of_end, hits, end_of),
            *self._grammar(text, tokens, blocked, index_of_end),
            *self._in_titles(text, tokens, index_of_end),
            *self._newspapers(text, tokens[0][0], end),
        ]
        found = [o for o in found
                 if not self._is_goal(text, o, found, end) and not self._verb_before_known(text, tokens, o, found)
                 and not self._committee_of_no_one(text, o)]
        found = [self._with_session(text, o) for o in found]
        index_of_start = {s: i for i, (s, _) in enumerate(tokens)}  # (built once: the steps below all read it)
        spans = self._with_units(text, self._merge_adjacent(text, _longest_first(found), tokens), tokens, index_of_start)
        spans = [self._of_listed_states(text, tokens, index_of_start, o) for o in spans]
        coordinated = self._coordinated(text, tokens, spans, blocked, index_of_start, index_of_end)
        return sorted([*spans, *coordinated], key=lambda o: o.start)

    def _state_item(self, word: str) -> bool:
        """A state as a joint body lists it: its name (斯洛伐克) or its initial (中, 斯)."""
        if self.lexicon.places.get(word) == "country" or word in ("中国", "中"):
            return True  # (the places lexicon files 中国 apart, as a region)
        return len(word) == 1 and word in self._country_initials

    def _committee_of_no_one(self, text: str, org: OrgSpan) -> bool:
        """县委书记要当好“一线总指挥”: a bare committee before its secretary's title names no body, unless
        the title is a named person's (县委书记汪明新, 省委常委、市委书记纪馨芳: the committee of the story's
        own county or city)."""
        if text[org.start : org.end] not in _BARE_COMMITTEES or text.startswith("常委会", org.end):
            return False
        pos = org.end
        title = next((t for t in _COMMITTEE_TITLES if text.startswith(t, pos)), None)
        if title is None:
            return False
        if org.start and _HAN.fullmatch(text[org.start - 1]) and text[org.start - 1] not in _BEFORE_BARE_BODY:
            return True  # 三沙|市委书记袁光平: the committee is 三沙市委, which the grammar names or misses
        while title is not None:
            pos += len(title)
            title = None
            if text.startswith("、", pos) and text[pos + 1 : pos + 3] in _BARE_COMMITTEES:
                title = next((t for t in _COMMITTEE_TITLES if text.startswith(t, pos + 3)), None)
                pos += 3 if title else 0
        return not self._name_at(text, pos)

    def _name_at(self, text: str, pos: int) -> bool:
        """A person's name (a surname, then a name character) opens at ``pos``."""
        return text[pos : pos + 1] in self._surnames and _HAN.fullmatch(text[pos + 1 : pos + 2] or "x") is not None

    def _of_listed_states(
        self, text: str, tokens: Sequence[tuple[int, int]], index_of_start: dict[int, int], org: OrgSpan
    ) -> OrgSpan:
        """中国、斯洛伐克联合登山队, 中、斯登山队: a joint body is named with the states it lists, 、 between
        them, right before it (or before its 联合)."""
        i = index_of_start.get(org.start)
        if i is None:
            return org
        first_word = text[tokens[i][0] : tokens[i][1]]
        joint = i > 0 and text[tokens[i - 1][0] : tokens[i - 1][1]] == "联合"
        if joint:
            i -= 1  # (中国、斯洛伐克|联合|登山队)
        elif not (len(first_word) == 1 and self._state_item(first_word) and i + 1 < len(tokens) and tokens[i][1] < org.end):
            return org
        else:
            i += 1  # 中、|斯|登山队: the span already holds the last state
        items, j = 0, i - 1
        while j >= 1 and self._state_item(text[tokens[j][0] : tokens[j][1]]) and text[tokens[j - 1][0] : tokens[j][0]] == "、":
            items += 1
            j -= 2
        first = text[tokens[j][0] : tokens[j][1]] if j >= 0 else ""
        # (without 联合, only China's initial and its partner's: 中、斯登山队; 伊朗、叙利亚外交部 are two ministries)
        if items >= 1 and self._state_item(first) and (joint or first == "中"):
            return OrgSpan(tokens[j][0], org.end, org.type, org.rule)
        return org

    def _coordinated(
        self, text: str, tokens: Sequence[tuple[int, int]], spans: list[OrgSpan], blocked: Sequence[tuple[int, int]],
        starts: dict[int, int], ends: dict[int, int],
    ) -> list[OrgSpan]:
        """中组部、国家经贸委、人事部、中央党校: a list item ending in an organisation suffix, listed
        right beside a recognised organisation, is one too (the list vouches for it where a weak
        suffix wants a proper name): one to three words between separators, none of them generic."""
        if not spans:
            return []
        taken = [(o.start, o.end) for o in spans]
        out: list[OrgSpan] = []

        def candidate(first: int, last: int) -> OrgSpan | None:
            a, b = tokens[first][0], tokens[last][1]
            name = text[a:b]
            suffix = self._suffix_at(text, b, a)
            if suffix is None or suffix.type not in _LISTED_TYPES or len(name) <= len(suffix.suffix) or not 3 <= len(name) <= 12:
                return None
            words = [text[x:y] for x, y in tokens[first : last + 1]]
            head = words[-1]
            if head in self.verbs or head in self.generic or name.endswith(_NOT_LISTED_HEADS) or (
                head != suffix.suffix and len(head) < 3
            ) or any(name.endswith(f) for f in self.false_heads if len(f) > len(suffix.suffix)):
                return None  # 领导|干部, 师副|政委, 理论|强党: a common word ending in the suffix's characters
            if (
                not all(_NAME_CHAR.match(c) and _HAN.fullmatch(c) for c in name) or name in self.generic
                # (亚太物流中心及|中国总部: a place and a bare suffix is a unit of someone unnamed)
                or (modifier := name[: -len(suffix.suffix)]) in self._place_words or modifier in self.generic
                or any(name.startswith(p) and len(name) - len(p) <= len(suffix.suffix) + 1
                       for p in (name[:k] for k in range(2, len(name) - 1)) if p in self._place_words)
                or name.startswith(_NOT_LISTED_OPENERS) or any(w in self.verbs or w in self.stops or w in self.function_words
                                                              for w in words[:-1])
                or any(x < b and a < y for x, y in [*taken, *blocked])
            ):
                return None
            return OrgSpan(a, b, suffix.type, "org.coordinated")

        for o in spans:
            # the item after: 、X or 和X, ended by a separator or the clause's end
            i = starts.get(o.end + 1)
            if i is not None and text[o.end] in _LIST_MARKS:
                for last in range(i, min(i + 3, len(tokens))):
                    after = text[tokens[last][1] : tokens[last][1] + 1]
                    if after in _ITEM_ENDS or not after:
                        if (c := candidate(i, last)) is not None:
                            out.append(c)
                            taken.append((c.start, c.end))
                        break
            # the item before: X、 or X和, opened by a separator or a preposition
            j = ends.get(o.start - 1)
            if j is not None and text[o.start - 1] in _LIST_MARKS:
                for first in range(j, max(j - 3, -1), -1):
                    before = text[tokens[first][0] - 1 : tokens[first][0]] if tokens[first][0] > 0 else ""
                    if before and before in "和及与":
                        break  # 旅游和|文物部、外交部: the item may go on to the left
                    word_before = text[tokens[first - 1][0] : tokens[first - 1][1]] if first > 0 else ""
                    if not before or before in _ITEM_ENDS or word_before in _LIST_OPENERS:
                        if (c := candidate(first, j)) is not None:
                            out.append(c)
                            taken.append((c.start, c.end))
                        break
        return out

    def _with_units(
        self, text: str, spans: list[OrgSpan], tokens: Sequence[tuple[int, int]], index_of_start: dict[int, int]
    ) -> list[OrgSpan]:
        """市政府|新闻处, 长治人民医院|宣教|科, 人大|社会学系: a division (处, 科, 室, 系) written right
        after its body is named with it, as 商务部外贸司 is."""
        if not spans:
            return spans
        out: list[OrgSpan] = []
        for span in spans:
            i = index_of_start.get(span.end, -1)
            # 伊朗驻|伊斯兰合作组织|代表处: the office is the sender's (Iran's), so the host body is not
            # extended with it and stays a name of its own
            stationed = text[span.start - 1 : span.start] == "驻"
            unit_end = self._unit_after(text, tokens, i) if i >= 0 and not stationed else None
            if unit_end is not None and unit_end - span.start <= MAX_ORG_LEN:
                span = OrgSpan(span.start, unit_end, span.type, span.rule)
            out.append(span)
        return out

    def _unit_after(self, text: str, tokens: Sequence[tuple[int, int]], i: int) -> int | None:
        """The end of a division's name starting at word ``i``: one word of three or more characters
        ending in a unit head (新闻处, 研究室), or a two-character noun and the head alone (宣教|科)."""
        s, e = tokens[i]
        word = text[s:e]
        if len(word) >= 3 and word.endswith(self._unit_heads):
            unit = word
        elif (
            len(word) == 2 and i + 1 < len(tokens) and text[tokens[i + 1][0] : tokens[i + 1][1]] in self._unit_heads
            and _HAN.fullmatch(word) and word not in self.verbs and word not in self.function_words
            and not self._is_title(word)  # 议会下院|议长|科…, 共产党|主席|科…: a title, then a name in 科
        ):
            unit, e = word + text[tokens[i + 1][0] : tokens[i + 1][1]], tokens[i + 1][1]
        else:
            return None
        # not a place (新华社|莫斯科, which jieba knows as a transliterated name), nor a division
        # whose head's title follows unfused (新闻处|长)
        named_else = unit in self._place_words or unit in self.person_like or unit in self.lexicon.places
        if unit.endswith(self._not_units) or unit in self.verbs or named_else or text.startswith("长", e):
            return None
        return e

    def _with_session(self, text: str, org: OrgSpan) -> OrgSpan:
        """十四届|全国人大常委会: a body elected for one session is named with its number, as written."""
        if text[org.start : org.end] not in self._session_bodies:
            return org
        session = _BARE_SESSION.search(text, max(0, org.start - 5), org.start)
        return OrgSpan(session.start(), org.end, org.type, org.rule) if session is not None else org

    def _across_end(self, text: str, end: int) -> bool:
        """生态环境部|门在调研: the name's last character and the next one form a word (部门), so the
        name is not there; but 外交部|门户网站, 国家知识产权局|面向社会: the next word starts there."""
        return text[end - 1 : end + 1] in self._word_across_end and not text.startswith(self._name_then_word, end)

    def _cut_member_titles(
        self, text: str, tokens: Sequence[tuple[int, int]], index_of_end: dict[int, int]
    ) -> Sequence[tuple[int, int]]:
        """英中贸易|协会主席, trw|公司总裁: jieba fuses a body's suffix with its member's title into
        one word; cut it before the title, so that the name can end at the suffix."""
        if self._member_title is None:
            return tokens
        cuts: dict[int, int] = {}
        for m in self._member_title.finditer(text, tokens[0][0], tokens[-1][1]):
            i = index_of_end.get(m.end(), -1)
            if i < 0 or tokens[i][0] >= m.start():
                continue
            body = text[tokens[i][0] : m.start()]
            suffix = self._suffix_at(text, m.start(), tokens[i][0])
            # the word before the title is a suffix itself (协会, 公司, 银行), not a body of its own
            # such as 市委|书记 or 党委, which the grammar reads differently
            is_suffix = suffix is not None and suffix.suffix == body and body not in self.false_heads
            if len(body) >= 2 and (is_suffix or self.known.get(body) == "international_organization"):
                cuts[i] = m.start()  # (安理会|常任理事国: an international body known by itself, and its members)
        for m in _MINISTER.finditer(text, tokens[0][0], tokens[-1][1]):
            i = index_of_end.get(m.end(), -1)
            if (
                i > 0 and tokens[i][0] == m.start() and not text.startswith(self._after_minister, m.end())  # 部长会议
                and self._field_before_minister(text[tokens[i - 1][0] : tokens[i - 1][1]])
            ):
                cuts[i] = m.start() + 1
            elif i > 0 and tokens[i][0] == m.start() and text[tokens[i - 1][0] : m.start()] == "部副":
                cuts[i - 1] = m.start() - 1  # 经济|部副|部长: jieba's cut of 经济部|副部长
        if not cuts:
            return tokens
        out: list[tuple[int, int]] = []
        for i, (s, e) in enumerate(tokens):
            if i in cuts:
                out += [(s, cuts[i]), (cuts[i], e)]
            else:
                out.append((s, e))
        return out

    def _is_title(self, word: str) -> bool:
        """A title that a name follows (主席, 议长, 院长, 委员 …: title_words, or a word in 长 or 员)."""
        return word in self._title_words or word.endswith(("长", "员"))

    def _field_before_minister(self, word: str) -> bool:
        """芬兰|农林|部长, 塞|基础设施|部长: the field of a ministry whose minister is named, which jieba
        leaves apart from 部长 (not 政府|部长, 国务|部长, 首相府|部长: no ministry of that name)."""
        return (
            len(word) >= 2 and _HAN.fullmatch(word) is not None and word not in self.verbs
            and word not in self.function_words and word not in self.stops and not word.endswith(_ORG_ENDS)
            and "部" not in word and not word.endswith("副")  # 经济|部副|部长: jieba's cut of 经济部副部长
            and word not in self._not_ministries
        )

    def _verb_before_known(self, text: str, tokens: Sequence[tuple[int, int]], org: OrgSpan, found: list[OrgSpan]) -> bool:
        """非盟加入二十国集团: a known name closes the span and a verb stands before it (or, before an
        international body, a place of up to four characters or any word not a name), so the span
        is not a longer name."""
        if org.rule != "org.suffix":
            return False
        known = next((k for k in found if k.rule == "org.known" and k.end == org.end and k.start > org.start), None)
        if known is None:
            return False
        if known.type == "international_organization" and (known.start - org.start <= _SEAT_LEN or any(
            org.start <= ts and te <= known.start and not self._is_proper(text[ts:te]) for ts, te in tokens
        )):
            # 巴黎|联合国教科文组织: where it sits; 广岛连续抗议|七国集团: a clause before a whole name
            return True
        return any(org.start <= ts and te <= known.start and text[ts:te] in self.pure_verbs for ts, te in tokens)

    def _merge_adjacent(self, text: str, spans: list[OrgSpan], tokens: Sequence[tuple[int, int]]) -> list[OrgSpan]:
        """联合国|安理会 and 中国|全国政协: an organisation right after another organisation or a
        place is its unit or its country's body; read them as one name."""
        ends = {e: s for s, e in tokens}
        out: list[OrgSpan] = []
        for span in spans:
            prev = out[-1] if out else None
            aliases = self.lexicon.aliases
            same = prev is not None and aliases.get(a := text[prev.start : prev.end], a) == aliases.get(
                b := text[span.start : span.end], b
            )  # 总台|央视: two names of one body side by side, not a body and its unit
            # 英国央行|英格兰银行: a description and the name it describes, not a body and its unit
            described = prev is not None and text.endswith(self._descriptors, prev.start, prev.end)
            if (
                prev is not None and prev.end == span.start and span.end - prev.start <= MAX_ORG_LEN
                and not same and not described and not self._two_ministries(a, b)
            ):
                out[-1] = OrgSpan(prev.start, span.end, span.type, span.rule)
                continue
            begin = ends.get(span.start)
            if (
                span.rule in ("org.known", "org.title") and begin is not None and span.start - begin > 1
                and text[begin : span.start] in self.lexicon.places  # (a one-character place is 在京, 赴沪)
                and span.type != "international_organization"  # 巴黎|联合国教科文组织总部: where, not whose
            ):
                span = OrgSpan(begin, span.end, span.type, span.rule)
            out.append(span)
        return out

    def _two_ministries(self, first: str, second: str) -> bool:
        """民政部财政部部署…: a headline's two known ministries side by side are two bodies (no
        ministry is another's unit), where the grammar and the merge of adjacent names would join them."""
        return all(name.endswith("部") and name in self.known for name in (first, second))

    def _is_goal(self, text: str, org: OrgSpan, found: list[OrgSpan], end: int) -> bool:
        """上海国际科创中心和上海金融中心建设: a goal, not an organisation."""
        if org.rule == "org.known" or not text.startswith("中心", org.end - 2):
            return False
        pos = org.end
        for _ in range(4):
            if text.startswith(_GOAL_AFTER, pos):
                return True
            if pos < end and text[pos] in "和与、及":
                nxt = [o for o in found if o.start == pos + 1]
                if not nxt:
                    return False
                pos = max(o.end for o in nxt)
                continue
            return False
        return False


_LIST_MARKS = "、和及与"
# bodies a list names (not platforms, centres or media: 物联网平台、航运中心 are things built)
_LISTED_TYPES = frozenset(
    {"government", "university", "research_institute", "association", "enterprise", "exchange", "international_organization"}
)
_NOT_LISTED_HEADS = ("发布厅", "大厅", "展厅", "政委", "强党")  # rooms, ranks and slogans, not bodies
_ITEM_ENDS = "、，,。；;：:和及与等的"
# (not 和/与/及: a conjunction may be inside the name, 埃及旅游和|文物部, 非盟和平与|安全理事会)
_LIST_OPENERS = frozenset({"向", "由", "同", "对", "被", "经", "是", "在", "从", "把", "将", "为"})
_NOT_LISTED_OPENERS = (
    "各", "有关", "相关", "其他", "其它", "该", "本", "此", "这", "那", "多", "一些", "部分", "所有",
    "非", "两国", "双方", "领导",
)


def _word_ending(text: str, tokens: Sequence[tuple[int, int]], end: int, accept: Callable[[str], bool]) -> int | None:
    """Where the word that ends at ``end`` starts, if there is one and ``accept`` takes it (the place
    or the known party before a session number: 杭州|第19届…, 民进|第十五届…)."""
    return next((ts for ts, te in tokens if te == end and accept(text[ts:te])), None)


def _start_of_word_before(tokens: Sequence[tuple[int, int]], hi: int, start: int) -> int:
    """Where the word that ends at ``start`` begins (``start`` itself if none does); ``hi`` is an
    index at or after that word."""
    for j in range(min(hi, len(tokens) - 1), -1, -1):
        if tokens[j][1] == start:
            return tokens[j][0]
        if tokens[j][1] < start:
            break
    return start


def _rank_after(text: str, end: int, limit: int) -> bool:
    """应急管理部|长级会议, 交通运输部|长: a minister's rank follows, so the body is not named here
    (but 杭州市数据资源局|长期以来 and 科技局|长三角: 长 starts another word)."""
    return text[end - 1 : end] in "部局厅署委" and (
        text.startswith("长级", end) or (text.startswith("长", end) and not _NAME_CHAR_HAN.match(text, end + 1, limit))
    )


_NAME_CHAR_HAN = re.compile(r"[\u4e00-\u9fff]")


def _longest_first(spans: list[OrgSpan]) -> list[OrgSpan]:
    """Drop spans nested in or overlapping a longer one; keep text order."""
    kept: list[OrgSpan] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
