"""Page structure: where the article body lies, its metadata line, and its sentences.

Crawled pages carry navigation, a ``来源/阅读量`` metadata line, disclaimers and teaser
blocks of other stories. Everything the extractors report must lie inside the body span
found here. All scanning is line based or uses regexes without nested quantifiers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from g60extract.lexicon import Lexicon

# A sentence longer than this is cut at the nearest comma (or hard), which bounds the work
# any rule regex can do on one sentence, whatever the input.
MAX_SENTENCE = 400

_META_DATETIME = re.compile(
    r"(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?(?:\s{0,3}(\d{1,2}):(\d{2}))?"
)
_META_SOURCE = re.compile(r"来源[:：]\s{0,3}([^\s|丨]{1,30})")
_SENTENCE_END = re.compile(r"[。！？!?；;…]+[”’」』）)]?|\n+")
_SOFT_BREAK = re.compile(r"[，,、：:]")
# 央视网消息（新闻联播）：…, 新华社北京11月9日电 …, 本报讯 …: the agency line, not the story
_BYLINE = re.compile(
    r"\s{0,3}(?P<src>[\u4e00-\u9fff]{0,6}(?:网|社|报|台|电视|新闻)|本报)(?:消息|讯)(?:（[^）\n]{1,20}）)?[:：]"
    r"|\s{0,3}(?P<agency>新华社|中新社|中新网)[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电(?:（[^）\n]{1,30}）)?"
)


@dataclass(frozen=True, slots=True)
class PageInfo:
    body_start: int
    body_end: int
    source: str | None
    published: dt.datetime | None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for piece in text.split("\n"):
        spans.append((start, start + len(piece)))
        start += len(piece) + 1
    return spans


def analyse_page(text: str, lexicon: Lexicon) -> PageInfo:
    """Find the body span and parse a metadata line when there is one."""
    markers = lexicon.boilerplate
    body_end_markers = tuple(markers["body_end"])
    nav_markers = tuple(markers["nav_markers"])
    meta_keys = tuple(markers["metadata_keys"])
    lines = _lines(text)
    body_start, source, published = 0, None, None
    # The metadata line, if any, is near the top: the body starts after it.
    for start, end in lines[:12]:
        line = text[start:end].strip()
        if not line:
            continue
        # a metadata line names its fields (来源:…, 阅读量:…) and is not prose: a story's lead
        # sentence (…资金来源。) that happens to hold a date and a key word is not one
        stamp = _META_DATETIME.search(line)  # first: most lines have none, and the key test is dearer
        if stamp is None:
            continue
        has_key = any(re.search(re.escape(key) + r"\s{0,2}[:：]", line) for key in meta_keys)
        if has_key and len(line) < 200 and "。" not in line:
            m = _META_SOURCE.search(line)
            source = m.group(1) if m else None
            published = _parse_stamp(stamp)
            body_start = min(end + 1, len(text))
            break
    else:
        for start, end in lines[:5]:
            if text[start:end].strip().startswith(nav_markers):
                body_start = min(end + 1, len(text))
    byline = _BYLINE.match(text, body_start)
    if byline:
        source = source or byline.group("src") or byline.group("agency")
        body_start = byline.end()
    story_end = tuple(markers["story_end"])
    bullets = tuple(markers["teaser_bullets"])
    ended: int | None = None  # the end of the last line that ends an agency story (…。（完）)
    body_end = len(text)
    seen_body = False  # a disclaimer above the story does not end it
    for k, (start, end) in enumerate(lines):
        if end < body_start:
            continue
        line = text[max(start, body_start) : end].strip()  # (the story may start inside its byline's line)
        if seen_body and (line.startswith(body_end_markers) or _teaser_card(text, lines, k, bullets)):
            body_end = start
            break
        if line.endswith(story_end):
            ended = end  # a digest's items each end so: the body ends after the last one
        seen_body = seen_body or (bool(line) and not line.startswith(body_end_markers))
    if ended is not None:
        body_end = min(body_end, ended)
    return PageInfo(body_start, max(body_start, body_end), source, published)


def _teaser_card(text: str, lines: list[tuple[int, int]], k: int, bullets: tuple[str, ...]) -> bool:
    """`• 标题` followed by the same title cut short: a card of another story (a block of them
    follows an article where no 免责声明 or 相关新闻 heads it). A bullet in the story itself
    (●温家宝会见…) is followed by prose, not by its own words again."""
    start, end = lines[k]
    line = text[start:end].strip()
    if not line.startswith(bullets):
        return False
    title = line.lstrip("".join(bullets)).strip()
    nxt = next((text[a:b].strip() for a, b in lines[k + 1 : k + 4] if text[a:b].strip()), "")
    return len(nxt) >= 6 and len(title) > len(nxt) and title.startswith(nxt)



def _parse_stamp(m: re.Match[str]) -> dt.datetime | None:
    try:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not 1000 <= y <= 2999:
            return None
        hh = int(m.group(4)) if m.group(4) else 0
        mm = int(m.group(5)) if m.group(5) else 0
        return dt.datetime(y, mo, d, hh, mm)  # noqa: DTZ001 - a page's local time, no zone given
    except ValueError:
        return None


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``, stripped, none longer than MAX_SENTENCE."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        _emit(text, pos, m.end(), spans)
        pos = m.end()
    _emit(text, pos, end, spans)
    return spans


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        soft = None
        for m in _SOFT_BREAK.finditer(text, start + MAX_SENTENCE // 2, cut):
            soft = m.end()
        cut = soft or cut
        out.append((start, cut))
        start = cut
    if end > start:
        out.append((start, end))


SENTENCE_FINAL = re.compile(r"[。！？!?；;]")  # what a headline line lacks
HEADLINE_MAX = 40  # characters of a headline line at most


def section_starts(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """Section index of each sentence. A news bundle (联播快讯) is several stories in one text,
    each opened by a headline line that its first sentence restates: a whole line without
    sentence-final punctuation, at most 40 characters, whose two-character pieces mostly recur in
    the next sentence (an article's sub-headings do not). What a story says happened 会上 belongs
    to its own section."""
    def line_alone(i: int) -> bool:
        start, end = sentences[i]
        whole_line = (start == 0 or text[start - 1] in "\r\n") and (end == len(text) or text[end] in "\r\n")
        return (
            whole_line and end - start <= HEADLINE_MAX and not SENTENCE_FINAL.search(text, start, end)
            and i + 1 < len(sentences) and not text[start:end].endswith(("：", ":"))
        )

    alone = [line_alone(i) for i in range(len(sentences))]
    restated = [alone[i] and _restated(text[s:e], text[sentences[i + 1][0] : sentences[i + 1][1]])
                for i, (s, e) in enumerate(sentences)]
    # in a bundle (two or more stories whose headlines restate their leads) a headline may sum its
    # story up in other words (我国将打造一批化工新材料产业集群 / …九部门联合下发通知，我国将加快…):
    # there, every line standing alone before a paragraph opens a story
    bundle = sum(restated[1:]) >= 2
    sections, current = [], 0
    for i in range(len(sentences)):
        headline = restated[i] or (bundle and alone[i] and _opens_paragraph(text, sentences[i + 1]))
        if headline and i > 0:
            current += 1
        sections.append(current)
    return sections


def _opens_paragraph(text: str, sentence: tuple[int, int]) -> bool:
    """A sentence that starts a line and is not itself a line standing alone."""
    start, end = sentence
    return (start == 0 or text[start - 1] in "\r\n") and SENTENCE_FINAL.search(text, start, end) is not None


def _restated(headline: str, sentence: str) -> bool:
    """The headline's pieces mostly recur in the sentence; a headline of two halves (第47届世界
    技能大赛闭幕 中国代表团位居金牌榜首位) when its first half does, the second told later."""
    halves = headline.split()
    if len(halves) > 1 and len(halves[0]) >= 6 and _restated(halves[0], sentence):
        return True
    pairs = {headline[k : k + 2] for k in range(len(headline) - 1)}
    return bool(pairs) and sum(p in sentence for p in pairs) >= 0.5 * len(pairs)
