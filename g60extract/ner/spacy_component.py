"""spaCy integration: a tokenizer built from our segmenter and the ``g60_ner`` component.

``g60_ner`` works in any ``zh`` pipeline: it writes ``doc.spans["g60"]`` (all recognised
mentions, overlaps allowed), ``doc.ents`` (non-overlapping, aligned to tokens) and, as plain
data, ``doc._.g60_entities`` (exact character offsets) and ``doc._.g60_page`` (body span,
sentences, metadata). Set ``doc._.g60_published`` (ISO date) before it runs to resolve
relative dates.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from g60extract.lexicon import Lexicon
from g60extract.ner.recognizer import Entity, Recognizer, SentenceView, add_short_forms, resolve_same_day
from g60extract.page import PageInfo, analyse_page, split_sentences
from g60extract.segmentation import Segmenter

for _name in ("g60_page", "g60_entities", "g60_published", "g60_tokens"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_SPACE = re.compile(r"\s")
ENT_LABELS = ("ORG", "GPE", "DATE", "PERCENT", "MONEY", "CARDINAL", "QUANTITY", "WORK_OF_ART")


class G60Tokenizer:
    """Segments sentence by sentence so that no word crosses a sentence boundary."""

    def __init__(self, vocab: Vocab, segmenter: Segmenter, lexicon: Lexicon) -> None:
        self.vocab = vocab
        self.segmenter = segmenter
        self.lexicon = lexicon

    def segment(self, text: str) -> Segmented:
        """Page analysis, sentences and words, as plain data (no spaCy objects)."""
        page = analyse_page(text, self.lexicon)
        sentences = split_sentences(text, page.body_start, page.body_end)
        words: list[str] = []
        # the non-space word spans of each sentence: the recogniser reads these
        sentence_tokens: list[list[tuple[int, int]]] = [[] for _ in sentences]
        if page.body_start > 0:
            words.append(text[: page.body_start])
        # one segmenter call for the whole body (a call per sentence costs a fifth more); a word
        # that straddles a sentence boundary (only at a hard cut of an over-long sentence) is split
        cut = self.segmenter.cut(text[page.body_start : page.body_end])
        offsets = list(accumulate(map(len, cut), initial=page.body_start))
        boundaries = set(offsets)
        if all(a in boundaries and b in boundaries for a, b in sentences):
            # the usual case: every sentence starts and ends between words
            words.extend(cut)
            for si, (a, b) in enumerate(sentences):
                lo, hi = bisect_left(offsets, a), bisect_left(offsets, b)
                if _SPACE.search(text, a, b) is None:  # no whitespace word inside: pair offsets in C
                    sentence_tokens[si] = list(zip(offsets[lo:hi], offsets[lo + 1 : hi + 1], strict=True))
                else:
                    sentence_tokens[si] = [(offsets[k], offsets[k + 1]) for k in range(lo, hi) if not cut[k].isspace()]
            if page.body_end < len(text):
                words.append(text[page.body_end :])
            return Segmented(text, self._page_data(page, sentences), words, sentence_tokens)
        n = len(sentences)
        si, pos = 0, page.body_start
        s_start, s_end = sentences[0] if n else (page.body_end, page.body_end)
        append_word = words.append
        for w in cut:
            end = pos + len(w)
            while pos < end:
                while pos >= s_end and si + 1 < n:
                    si += 1
                    s_start, s_end = sentences[si]
                stop = end if end <= s_end or pos >= s_end else s_end
                if pos < s_start < stop:
                    stop = s_start
                piece = w if stop - pos == len(w) else text[pos:stop]
                append_word(piece)
                if s_start <= pos < s_end and not piece.isspace():
                    sentence_tokens[si].append((pos, stop))
                pos = stop
        if page.body_end < len(text):
            words.append(text[page.body_end :])
        return Segmented(text, self._page_data(page, sentences), words, sentence_tokens)

    @staticmethod
    def _page_data(page: PageInfo, sentences: list[tuple[int, int]]) -> dict[str, Any]:
        return {
            "body": [page.body_start, page.body_end],
            "sentences": [list(s) for s in sentences],
            "source": page.source,
            "published": page.published.isoformat() if page.published else None,
        }

    def __call__(self, text: str) -> Doc:
        seg = self.segment(text)
        doc = Doc(self.vocab, words=seg.words, spaces=[False] * len(seg.words))
        # ``text`` is the same string object (no copy): doc.text would join every token again
        doc._.g60_tokens = {"n_words": len(seg.words), "sentences": seg.sentence_tokens, "text": text}
        doc._.g60_page = seg.page
        return doc


@dataclass(frozen=True, slots=True)
class Segmented:
    """What the tokenizer computes before any spaCy object exists."""

    text: str
    page: dict[str, Any]
    words: list[str]
    sentence_tokens: list[list[tuple[int, int]]]


def _published(doc: Doc) -> dt.date | None:
    value = doc._.g60_published or (doc._.g60_page or {}).get("published")
    if not value:
        return None
    from g60extract.pipeline import parse_published  # one parser for every way a date comes in

    parsed = parse_published(str(value))
    return parsed.date() if isinstance(parsed, dt.datetime) else parsed


class G60EntityRecognizer:
    def __init__(self, nlp: Language, name: str, lexicon: Lexicon | None = None) -> None:
        self.name = name
        self.recognizer = Recognizer(lexicon or Lexicon.default())
        self._segmenter: Segmenter | None = None  # built on first need (a foreign tokenizer)

    def analyse_segmented(
        self, text: str, page: dict[str, Any], sentence_tokens: list[list[tuple[int, int]]],
        published: dt.date | None,
    ) -> list[SentenceView]:
        """The recognisers over the tokenizer's plain output (what ``Extractor`` uses: building a
        spaCy ``Doc`` per article would only cost time when nobody reads it)."""
        pairs = zip(page["sentences"], sentence_tokens, strict=True)
        views = [self.recognizer.sentence(text, index, (start, end), list(tokens), published)
                 for index, ((start, end), tokens) in enumerate(pairs)]
        add_short_forms(views, self.recognizer.lexicon)
        resolve_same_day(views)
        return views

    def _own_words(self, text: str, page: dict[str, Any]) -> list[list[tuple[int, int]]]:
        if self._segmenter is None:
            from g60extract.segmentation import JiebaSegmenter

            self._segmenter = JiebaSegmenter(self.recognizer.lexicon)
        out = []
        for start, end in page["sentences"]:
            spans, pos = [], start
            for w in self._segmenter.cut(text[start:end]):
                if not w.isspace():
                    spans.append((pos, pos + len(w)))
                pos += len(w)
            out.append(spans)
        return out

    def analyse(self, doc: Doc) -> list[SentenceView]:
        known = doc._.g60_tokens
        if known and known["n_words"] != len(doc):
            known = None  # retokenised since our tokenizer ran: read the Doc itself
        text = known["text"] if known else doc.text
        page = doc._.g60_page
        if page is None:  # a foreign tokenizer: find the body and sentences ourselves
            info = analyse_page(text, self.recognizer.lexicon)
            page = {"body": [info.body_start, info.body_end],
                    "sentences": [list(s) for s in split_sentences(text, info.body_start, info.body_end)],
                    "source": info.source,
                    "published": info.published.isoformat() if info.published else None}
            doc._.g60_page = page
        published = _published(doc)
        if known and len(known["sentences"]) == len(page["sentences"]):
            return self.analyse_segmented(text, page, known["sentences"], published)
        token_spans = [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]
        if token_spans and sum(e - s for s, e in token_spans) <= 1.2 * len(token_spans):
            # spaCy's default zh tokenizer gives single characters: the ORG grammar needs words
            return self.analyse_segmented(text, page, self._own_words(text, page), published)
        views, ti = [], 0
        for index, (start, end) in enumerate(page["sentences"]):
            while ti < len(token_spans) and token_spans[ti][1] <= start:
                ti += 1
            tokens = []
            tj = ti
            while tj < len(token_spans) and token_spans[tj][0] < end:
                s, e = token_spans[tj]
                tokens.append((max(s, start), min(e, end)))
                tj += 1
            views.append(self.recognizer.sentence(text, index, (start, end), tokens, published))
        add_short_forms(views, self.recognizer.lexicon)
        resolve_same_day(views)
        return views

    def __call__(self, doc: Doc) -> Doc:
        views = self.analyse(doc)
        doc._.g60_entities = [entity_to_dict(e) for v in views for e in v.entities]
        spans = []
        for v in views:
            for e in v.entities:
                span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans["g60"] = spans
        doc.spans["g60_sentences"] = [
            s for s in (doc.char_span(a, b, alignment_mode="expand") for a, b in doc._.g60_page["sentences"])
            if s is not None
        ]
        doc.ents = filter_spans([s for s in spans if s.label_ in ENT_LABELS])
        return doc


def entity_to_dict(e: Entity) -> dict[str, Any]:
    return {"label": e.label, "start": e.start, "end": e.end, "sentence": e.sentence,
            "rule": e.rule, "attrs": e.attrs}


@Language.factory(
    "g60_ner",
    assigns=["doc.ents", "doc.spans", "doc._.g60_entities", "doc._.g60_page"],
    default_config={},
)
def make_g60_ner(nlp: Language, name: str) -> G60EntityRecognizer:
    return G60EntityRecognizer(nlp, name)


def ents_of(doc: Doc) -> list[Span]:
    """The recognised mentions of a processed Doc."""
    return list(doc.spans.get("g60", []))
