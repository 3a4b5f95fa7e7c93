"""Measuring the extractor: gold files (ANNOTATION.md), ``eval`` and ``eval-ner``.

Matching follows ANNOTATION.md "How matches are counted": strings compared after NFKC with
spaces and 《》“”"" removed; relaxed match = equal, rapidfuzz ratio ≥ 90, containment with the
shorter at least 60% of the longer, or listed together in ``same_entity``. A prediction that
matches an optional gold item counts neither way. Scores are micro-averaged over articles.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import click
from pydantic import BaseModel, ConfigDict, Field, model_validator
from rapidfuzz import fuzz

from g60extract.config import ExtractorConfig
from g60extract.models import ExtractionResult

_DROP = dict.fromkeys(map(ord, " \u3000\t\n《》“”\"'"), None)


def norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s).translate(_DROP)


def _verbatim(s: str) -> str:
    """An annotated subject may add a gloss after ' (': only the part before it is verbatim."""
    return s.split(" (")[0]


# -- gold files -------------------------------------------------------------------------------
class _Item(BaseModel):
    model_config = ConfigDict(extra="allow")
    optional: bool = False


class GoldOrg(_Item):
    name: str


class GoldDate(_Item):
    text: str
    value: str
    context: str | None = None


class GoldStat(_Item):
    text: str
    value: float
    unit: str | None = None
    subject: str | None = None
    qualifier: str | None = None
    change: str | None = None
    basis: str | None = None


class GoldAgreement(_Item):
    parties: list[str]
    title: str | None = None
    kind: str | None = None
    verb: str | None = None


class GoldInitiative(_Item):
    name: str
    kind: str
    action: str | None = None
    actors: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)


class GoldEvent(_Item):
    type: str
    name: str | None = None
    object: str | None = None
    date: str | None = None
    place: str | None = None


class GoldArticle(BaseModel):
    """One gold file. ``text`` is loaded from ``text_file`` when not inline."""

    model_config = ConfigDict(extra="allow")
    id: str
    source: str | None = None
    published: str | None = None
    title: str | None = None
    text: str = ""
    text_file: str | None = None
    body_ends_before: str | None = None
    organizations: list[GoldOrg] = Field(default_factory=list)
    same_entity: list[list[str]] = Field(default_factory=list)
    dates: list[GoldDate] = Field(default_factory=list)
    statistics: list[GoldStat] = Field(default_factory=list)
    agreements: list[GoldAgreement] = Field(default_factory=list)
    initiatives: list[GoldInitiative] = Field(default_factory=list)
    events: list[GoldEvent] = Field(default_factory=list)
    forbidden: dict[str, list[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _strings_occur(self) -> GoldArticle:
        if not self.text:
            return self
        t = self.text
        strings = [o.name for o in self.organizations] + [d.text for d in self.dates]
        strings += [s.text for s in self.statistics]
        strings += [_verbatim(s.subject) for s in self.statistics if s.subject and not s.optional]
        strings += [p for a in self.agreements for p in a.parties]
        strings += [p for i in self.initiatives for p in (*i.actors, *i.recipients)]
        missing = [s for s in strings if s and s not in t]
        if missing:
            raise ValueError(f"gold {self.id}: strings not in the text: {missing[:5]}")
        return self

    @classmethod
    def load(cls, path: Path) -> GoldArticle:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not data.get("text") and data.get("text_file"):
            data["text"] = (path.parent / data["text_file"]).read_text(encoding="utf-8")
        return cls.model_validate(data)


def load_gold_dir(path: Path) -> list[GoldArticle]:
    files = sorted(path.rglob("*.gold.json")) if path.is_dir() else [path]
    return [GoldArticle.load(f) for f in files]


# -- matching ---------------------------------------------------------------------------------
def relaxed(a: str, b: str, same: Sequence[frozenset[str]] = ()) -> bool:
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    if x == y or fuzz.ratio(x, y) >= 90:
        return True
    short, long = sorted((x, y), key=len)
    if short in long and len(short) >= 0.6 * len(long):
        return True
    return any(x in g and y in g for g in same)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ErrorRow:
    article: str
    field: str
    kind: str  # "miss" or "false"
    item: str
    sentence: str = ""


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=dict)
    errors: list[ErrorRow] = field(default_factory=list)

    def table(self) -> str:
        lines = [f"{'field':<20}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
        for name, s in self.scores.items():
            lines.append(f"{name:<20}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
        return "\n".join(lines)

    def markdown(self) -> str:
        lines = ["| field | P | R | F1 | TP | FP | FN |", "|---|---:|---:|---:|---:|---:|---:|"]
        for name, s in self.scores.items():
            lines.append(f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.tp} | {s.fp} | {s.fn} |")
        return "\n".join(lines)


def _match(
    field_name: str,
    article: str,
    gold: Sequence[tuple[Any, bool, str]],
    pred: Sequence[tuple[Any, str]],
    same: Callable[[Any, Any], bool],
    report: Report,
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching; gold entries are (item, optional, label), predictions (item,
    sentence). Returns matched (gold index, pred index) pairs."""
    score = report.scores.setdefault(field_name, Score())
    used: set[int] = set()
    pairs = []
    for pi, (p, sentence) in enumerate(pred):
        # prefer a required gold item over an optional one
        order = sorted(range(len(gold)), key=lambda gi: gold[gi][1])
        hit = next((gi for gi in order if gi not in used and same(gold[gi][0], p)), None)
        if hit is None:
            score.fp += 1
            report.errors.append(ErrorRow(article, field_name, "false", _show(p), sentence))
            continue
        used.add(hit)
        if not gold[hit][1]:
            score.tp += 1
            pairs.append((hit, pi))
    for gi, (_, optional, label) in enumerate(gold):
        if gi not in used and not optional:
            score.fn += 1
            report.errors.append(ErrorRow(article, field_name, "miss", label))
    return pairs


def _show(p: Any) -> str:
    return p if isinstance(p, str) else json.dumps(p, ensure_ascii=False, default=str)


def score_article(g: GoldArticle, r: ExtractionResult, report: Report) -> None:
    same_groups = [frozenset(norm(s) for s in group) for group in g.same_entity]
    text = r.article.text
    cut = text.find(g.body_ends_before) if g.body_ends_before else -1

    def in_body(start: int) -> bool:
        return cut < 0 or start < cut

    def outside(field_name: str, starts: list[tuple[int, str]]) -> None:
        """Whatever is reported from after body_ends_before is a false hit (ANNOTATION.md)."""
        score = report.scores.setdefault(field_name, Score())
        for start, shown in starts:
            if not in_body(start):
                score.fp += 1
                report.errors.append(ErrorRow(g.id, field_name, "false", f"{shown} (after {g.body_ends_before})"))

    forbidden_orgs = {norm(f) for f in g.forbidden.get("organizations", [])}
    outside("organizations", [(mm.start, mm.text) for o in r.organizations for mm in o.mentions])
    outside("dates", [(d.start, d.text) for d in r.dates])
    outside("statistics", [(s.start, s.text) for s in r.statistics])
    outside("agreements", [(a.trigger.start, " + ".join(a.parties)) for a in r.agreements])
    outside("initiatives", [(i.mention.start, i.name) for i in r.initiatives])
    outside("events", [(e.trigger.start, e.type.value) for e in r.events])

    def sent(start: int) -> str:
        for s in r.sentences:
            if s.start <= start < s.end:
                return text[s.start : s.end]
        return ""

    def rel(a: str, b: str) -> bool:
        return relaxed(a, b, same_groups)

    pred_orgs: list[tuple[Any, str]] = []
    # organizations: every surface form of every predicted organisation; further spellings
    # of one organisation that match the same gold item as another spelling are not errors
    gold_orgs = [(o.name, o.optional, o.name) for o in g.organizations]
    for o in r.organizations:
        forms = list(dict.fromkeys(mm.text for mm in o.mentions if in_body(mm.start)))
        for f in [f for f in forms if norm(f) in forbidden_orgs]:
            report.scores.setdefault("organizations", Score()).fp += 1  # listed as not an organisation
            report.errors.append(ErrorRow(g.id, "organizations", "false", f"{f} (forbidden)"))
            forms.remove(f)
        if not forms:
            continue
        first = [next(mm for mm in o.mentions if mm.text == f) for f in forms]
        pred = [(f, sent(mm.start)) for f, mm in zip(forms, first, strict=True)]
        unmatched = [f for f in forms if not any(rel(gname, f) for gname, _, _ in gold_orgs)]
        matched_forms = [p for p in pred if p[0] not in unmatched]
        # one prediction per gold item: spellings of this organisation that hit the same item
        seen: set[int] = set()
        kept = []
        for f, snt in matched_forms:
            # a spelling the gold lists itself counts for that item, not for its same_entity partner
            hits = [i for i, (gname, _, _) in enumerate(gold_orgs) if rel(gname, f) and i not in seen]
            exact = [i for i in hits if norm(gold_orgs[i][0]) == norm(f)]
            gi: int | None = (exact or hits)[0] if (exact or hits) else None
            if gi is not None:
                seen.add(gi)
                kept.append((f, snt))
        kept += [(f, snt) for f, snt in pred if f in unmatched]
        pred_orgs.extend(kept)
    _match("organizations", g.id, gold_orgs, pred_orgs, rel, report)

    _match("dates", g.id, [(d.value, d.optional, f"{d.text} → {d.value}") for d in g.dates],
           [(d.value or f"(unresolved {d.text})", sent(d.start)) for d in r.dates if in_body(d.start)],
           lambda a, b: a == b, report)

    def unit_ok(a: str | None, b: str | None) -> bool:
        a, b = norm(a or ""), norm(b or "")  # ％ and % are one unit, as ANNOTATION.md compares after NFKC
        return a == b or (bool(a) and bool(b) and (a in b or b in a))

    gstats = [((s.value, s.unit), s.optional, f"{s.text} = {s.value:g} {s.unit}") for s in g.statistics]
    pstats = [((s.value, s.unit), sent(s.start)) for s in r.statistics if in_body(s.start)]
    pairs = _match("statistics", g.id, gstats, pstats,
                   lambda a, b: abs(float(a[0]) - float(b[0])) < 1e-6 * max(1.0, abs(float(a[0])))
                   and unit_ok(a[1], b[1]), report)
    subj = report.scores.setdefault("statistic subjects", Score())
    pstat_items = [s for s in r.statistics if in_body(s.start)]
    for gi, pi in pairs:
        gold_subject = g.statistics[gi].subject
        if not gold_subject:
            continue
        pred_subject = pstat_items[pi].subject
        if pred_subject and rel(_verbatim(gold_subject), pred_subject):
            subj.tp += 1
        else:
            subj.fn += 1
            if pred_subject:
                subj.fp += 1
            report.errors.append(ErrorRow(g.id, "statistic subjects", "miss",
                                          f"{g.statistics[gi].text}: {gold_subject} ≠ {pred_subject}"))

    def parties_match(gp: list[str], pp: list[str]) -> bool:
        if len(gp) != len(pp) or not gp:
            return False
        left = list(pp)
        for party in gp:
            hit = next((q for q in left if rel(party, q)), None)
            if hit is None:
                return False
            left.remove(hit)
        return True

    _match("agreements", g.id, [(a.parties, a.optional, " + ".join(a.parties)) for a in g.agreements],
           [(a.parties, sent(a.trigger.start)) for a in r.agreements if in_body(a.trigger.start)],
           parties_match, report)

    _match("initiatives", g.id, [(i.name, i.optional, i.name) for i in g.initiatives],
           [(i.name, sent(i.mention.start)) for i in r.initiatives if in_body(i.mention.start)],
           rel, report)

    def event_match(ge: GoldEvent, pe: Any) -> bool:
        if ge.type != pe.type.value:
            return False
        target = ge.name or ge.object
        if not target:
            return True
        own = [s for s in (pe.name, pe.object) if s] + [v for vs in pe.arguments.values() for v in vs]
        return any(rel(target, s) or norm(target) in norm(s) for s in own)

    _match("events", g.id, [(e, e.optional, f"{e.type}: {e.name or e.object or ''}") for e in g.events],
           [(e, sent(e.trigger.start)) for e in r.events if in_body(e.trigger.start)],
           event_match, report)


def evaluate(gold: Iterable[GoldArticle], config: ExtractorConfig | None = None) -> Report:
    from g60extract.pipeline import Extractor

    extractor = Extractor(config)
    report = Report()
    for name in ("organizations", "dates", "statistics", "statistic subjects", "agreements",
                 "initiatives", "events"):
        report.scores[name] = Score()
    for g in gold:
        published = dt.date.fromisoformat(g.published[:10]) if g.published else None
        result = extractor.extract(g.text, published, id=g.id, title=g.title)
        score_article(g, result, report)
    return report


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, path_type=Path))
@click.option("--show-errors", is_flag=True, help="list every miss and false hit")
@click.option("--min-f1", type=float, default=None, help="exit 1 when a field's F1 is below this")
@click.option("--markdown", is_flag=True, help="print the table as Markdown")
@click.option("--segmenter", type=click.Choice(["jieba", "pkuseg"]), default="jieba", show_default=True)
def eval_command(gold_dir: Path, show_errors: bool, min_f1: float | None, markdown: bool, segmenter: str) -> None:
    """Score the extractor on gold files (ANNOTATION.md format) under GOLD_DIR."""
    gold = load_gold_dir(gold_dir)
    report = evaluate(gold, ExtractorConfig(segmenter=segmenter))  # type: ignore[arg-type]
    if show_errors:
        for e in report.errors:
            click.echo(f"{e.article}\t{e.field}\t{e.kind}\t{e.item}\t{e.sentence[:80]}")
        click.echo("")
    click.echo(f"{len(gold)} articles, segmenter={segmenter}")
    click.echo(report.markdown() if markdown else report.table())
    if min_f1 is not None:
        low = [n for n, s in report.scores.items() if s.f1 < min_f1]
        if low:
            click.echo(f"F1 below {min_f1}: {', '.join(low)}", err=True)
            sys.exit(1)


# -- NER against BIO labels -------------------------------------------------------------------
def read_bio(path: Path) -> list[tuple[str, set[tuple[int, int]]]]:
    """Sentences of a char-per-line BIO file, with their ORG spans."""
    sentences: list[tuple[str, set[tuple[int, int]]]] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if chars:
            sentences.append(("".join(chars), _spans(tags, "ORG")))
            chars.clear()
            tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            flush()
            continue
        chars.append(parts[0] if len(parts) > 1 else " ")
        tags.append(parts[-1])
    flush()
    return sentences


def _spans(tags: list[str], label: str) -> set[tuple[int, int]]:
    spans, start = set(), None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != f"I-{label}":
            spans.add((start, i))
            start = None
        if tag == f"B-{label}":
            start = i
    return spans


class NerError(NamedTuple):
    """One ORG span the recogniser missed (``miss``) or reported wrongly (``false``), in its sentence."""

    sentence: int
    kind: str
    span: str
    ours: str  # what the recogniser reported over a missed span (its boundary error), if anything
    context: str


# People's Daily labels a government named by its place (中国政府, 市政府, 英国殖民当局) as a place
# and a common noun: none of the 97 政府 of its dev split is inside an ORG span. Our own gold lists
# such bodies as organisations, so the recogniser reports them; scoring against PD labels, its
# "PD scheme" row leaves them out, and the "as recognised" row keeps them.
PEOPLES_DAILY_UNLABELLED = ("政府", "当局")


def eval_ner(
    path: Path, config: ExtractorConfig | None = None, errors: list[NerError] | None = None
) -> dict[str, Score]:
    """Exact-span ORG scores of the recogniser, mapped to People's Daily's labelling scheme and as
    recognised, and of the jieba ``nt`` baseline; with ``errors``, every miss and false hit of the
    recogniser under the PD scheme is appended to it."""
    import jieba
    import jieba.posseg

    from g60extract.pipeline import Extractor

    extractor = Extractor(config)
    ours, raw, base = Score(), Score(), Score()
    posseg = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    for index, (text, gold) in enumerate(read_bio(path)):
        tokens, pos = [], 0
        for w in extractor.segmenter.cut(text):
            tokens.append((pos, pos + len(w)))
            pos += len(w)
        recognised = {(o.start, o.end) for o in extractor.ner.recognizer.orgs.find(text, tokens)}
        found = {(s, e) for s, e in recognised if not text.endswith(PEOPLES_DAILY_UNLABELLED, s, e)}
        pos, nt = 0, set()
        for pair in posseg.cut(text):
            if pair.flag == "nt":
                nt.add((pos, pos + len(pair.word)))
            pos += len(pair.word)
        for score, pred in ((ours, found), (raw, recognised), (base, nt)):
            score.tp += len(pred & gold)
            score.fp += len(pred - gold)
            score.fn += len(gold - pred)
        if errors is not None:
            for kind, spans in (("miss", gold - found), ("false", found - gold)):
                for s, e in sorted(spans):
                    over = ",".join(text[a:b] for a, b in sorted(found) if a < e and s < b) if kind == "miss" else ""
                    context = f"{text[max(0, s - 15) : s]}[{text[s:e]}]{text[e : e + 15]}"
                    errors.append(NerError(index, kind, text[s:e], over, context))
    return {
        "g60extract ORG (PD scheme)": ours,
        "g60extract ORG (as recognised)": raw,
        "jieba.posseg nt (baseline)": base,
    }


@click.command("eval-ner")
@click.argument("bio_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--segmenter", type=click.Choice(["jieba", "pkuseg"]), default="jieba", show_default=True)
@click.option("--show-errors", is_flag=True, help="List every missed and false ORG span with its sentence.")
def eval_ner_command(bio_file: Path, segmenter: str, show_errors: bool) -> None:
    """Exact-span ORG precision/recall/F1 on a BIO file, beside the jieba nt baseline."""
    errors: list[NerError] | None = [] if show_errors else None
    scores = eval_ner(bio_file, ExtractorConfig(segmenter=segmenter), errors)  # type: ignore[arg-type]
    for err in errors or ():
        click.echo(f"{err.sentence}\t{err.kind}\t{err.span}\t{err.ours}\t{err.context}")
    click.echo(f"{'recogniser':<30}{'P':>7}{'R':>7}{'F1':>7}{'TP':>7}{'FP':>7}{'FN':>7}")
    for name, s in scores.items():
        click.echo(f"{name:<30}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>7}{s.fp:>7}{s.fn:>7}")
