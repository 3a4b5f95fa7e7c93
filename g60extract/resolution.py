"""Organisations across articles: every spelling of one organisation resolves to one canonical
name, so that counts over a batch are per organisation, not per spelling.

Within one article the pipeline already merges spellings (``rules/organizations.py``); across
articles the evidence is weaker, so :class:`OrgResolver` is stricter. Two spellings are one
organisation when

1. the alias table says so (``lexicons/aliases.tsv``, plus the ``aliases`` of the user's lexicon
   files or of :meth:`OrgResolver.add_alias`): 松江区政府 → 上海市松江区人民政府;
2. they have the same key: 人民政府 → 政府, an outer place dropped only when an inner one
   follows (上海市松江区人民政府 → 松江区政府, but 江苏省科技厅 ≠ 浙江省科技厅), 中国/中华人民共和国
   dropped before a known organisation (中华人民共和国商务部 → 商务部), and a legal form dropped
   at the end (中国船舶集团有限公司 → 中国船舶集团);
3. the short one abbreviates the long one and carries Latin letters or digits, the rule of
   ``rules/organizations.py`` (G60联席办 ≈ 长三角G60科创走廊联席会议办公室), with its Latin
   letters and digits standing whole in the long one (第0号 does not abbreviate 第100号);
4. rapidfuzz's ratio reaches ``fuzzy`` (90), both have at least five characters, and they name
   the same places and the same numbers (so 第七十一集团军 ≠ 第七十二集团军).

Each group of spellings is named by its alias-table entry when it has one, else by its known
organisation (``lexicons/org_known.tsv``: 商务部, not 中华人民共和国商务部), else by its most
frequent spelling (ties: the longest, then the first in sort order).

    >>> resolver = OrgResolver().fit(["长三角G60科创走廊联席会议办公室", "G60联席办"])
    >>> resolver.resolve("G60联席办")
    '长三角G60科创走廊联席会议办公室'
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from rapidfuzz import fuzz, process

from g60extract.lexicon import Lexicon

_ADMIN = "(?:特别行政区|自治区|自治州|省|市|区|县)?"
_NATIONAL = re.compile(r"^(?:中华人民共和国|中国)")
_LEGAL_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")
_NUMERALS = re.compile(r"[0-9０-９一二三四五六七八九十百千万零〇两]")
_LATIN = re.compile(r"[A-Za-z0-9]+")
_MIN_FUZZY_LEN = 5


class OrgResolver:
    """Resolves organisation spellings to canonical names across a batch.

    Build it with the lexicon the extractor used (``OrgResolver(extractor.lexicon)``) so that
    users' alias entries count; :meth:`fit` it on every spelling of the batch, then
    :meth:`resolve` any spelling. Fitting again adds to what it knows.
    """

    def __init__(self, lexicon: Lexicon | None = None, *, aliases: Mapping[str, str] | None = None,
                 fuzzy: float = 90.0) -> None:
        self.lexicon = lexicon or Lexicon.default()
        self.aliases: dict[str, str] = {**self.lexicon.aliases, **(aliases or {})}
        self._entries = set(self.aliases.values())
        self.fuzzy = fuzzy
        places = sorted(self.lexicon.places, key=len, reverse=True)
        self._place = re.compile("(?:" + "|".join(map(re.escape, places)) + ")" + _ADMIN) if places else None
        self._parent: dict[str, str] = {}
        self._counts: Counter[str] = Counter()
        self._canonical: dict[str, str] = {}  # fitted spelling → canonical name
        self._by_key: dict[str, str] = {}  # key → a fitted spelling

    # -- the alias table ------------------------------------------------------------------
    def add_alias(self, alias: str, canonical: str) -> None:
        """Declare that ``alias`` names ``canonical`` (refit to apply it to fitted names)."""
        self.aliases[alias] = canonical
        self._entries.add(canonical)

    def _table(self, name: str) -> str | None:
        """The alias-table entry of ``name``, if the table knows it."""
        if name in self.aliases:
            return self.aliases[name]
        if name in self._entries:
            return name
        return None

    # -- comparison keys ------------------------------------------------------------------
    def key(self, name: str) -> str:
        """The comparison key of one spelling (rule 2 of the module's docstring)."""
        key = unicodedata.normalize("NFKC", name).strip().replace("人民政府", "政府")
        if self._place is not None:
            while (m := self._place.match(key)) and len(key) - m.end() >= 3 and self._place.match(key, m.end()):
                key = key[m.end():]
        national = _NATIONAL.match(key)
        if national and key not in self.lexicon.known_orgs and key[national.end():] in self.lexicon.known_orgs:
            key = key[national.end():]
        legal = _LEGAL_FORM.search(key)
        if legal and legal.start() >= 4:
            key = key[: legal.start()]
        return key

    def _places_in(self, name: str) -> list[str]:
        return [m.group(0) for m in self._place.finditer(name)] if self._place else []

    def _fuzzy_same(self, a: str, b: str) -> bool:
        return (
            min(len(a), len(b)) >= _MIN_FUZZY_LEN
            and _NUMERALS.findall(a) == _NUMERALS.findall(b)
            and _LATIN.findall(a) == _LATIN.findall(b)
            and self._places_in(a) == self._places_in(b)
            and fuzz.ratio(a, b) >= self.fuzzy
        )

    @staticmethod
    def abbreviates(short: str, long: str) -> bool:
        """``short`` abbreviates ``long`` (rule 3): it carries Latin letters or digits that stand
        whole in ``long`` too, its characters occur in ``long`` in order, and it ends as ``long``
        does (办 for 办公室)."""
        tokens = _LATIN.findall(short)
        if len(short) < 3 or len(short) >= len(long) or not tokens:
            return False
        if not set(tokens) <= set(_LATIN.findall(long)):  # G60 stands whole in both; 0 is not in 100
            return False
        if short[-1] != long[-1] and not (short.endswith("办") and long.endswith("办公室")):
            return False
        it = iter(long)
        return all(c in it for c in short)

    # -- fitting --------------------------------------------------------------------------
    def _find(self, x: str) -> str:
        parent = self._parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def fit(self, names: Iterable[str]) -> OrgResolver:
        """Learn the spellings of a batch (repeat a spelling as often as it occurs: frequency
        breaks ties between canonical names). Returns the resolver."""
        for name in names:
            if name:
                self._counts[name] += 1
                self._parent.setdefault(name, name)
        spellings = sorted(self._parent)
        # 1. alias table and 2. keys
        anchor: dict[str, str] = {}
        for name in spellings:
            for k in (f"table:{self._table(name)}" if self._table(name) else None, f"key:{self.key(name)}"):
                if k is None:
                    continue
                if k in anchor:
                    self._union(name, anchor[k])
                else:
                    anchor[k] = name
        # 3. abbreviations: few spellings are short and carry Latin letters or digits
        shorts = [n for n in spellings if len(n) <= 8 and _LATIN.search(n)]
        for short in shorts:
            for long in spellings:
                if self.abbreviates(short, long):
                    self._union(short, long)
        # 4. fuzzy, within blocks of spellings ending alike
        blocks: dict[str, list[str]] = defaultdict(list)
        for name in spellings:
            if len(name) >= _MIN_FUZZY_LEN:
                blocks[name[-1]].append(name)
        for block in blocks.values():
            if len(block) < 2:
                continue
            scores = process.cdist(block, block, scorer=fuzz.ratio, score_cutoff=self.fuzzy, workers=1)
            for i, j in zip(*scores.nonzero(), strict=True):
                if i < j and self._fuzzy_same(block[i], block[j]):
                    self._union(block[i], block[j])
        self._name_groups()
        return self

    def _name_groups(self) -> None:
        groups: dict[str, list[str]] = defaultdict(list)
        for name in self._parent:
            groups[self._find(name)].append(name)
        self._canonical.clear()
        self._by_key.clear()
        for members in groups.values():
            canonical = self._choose(members)
            for name in members:
                self._canonical[name] = canonical
                self._by_key.setdefault(self.key(name), name)

    def _choose(self, members: list[str]) -> str:
        table = Counter(t for n in members if (t := self._table(n)))
        if table:
            return min(table, key=lambda t: (-table[t], t))
        known = [n for n in members if n in self.lexicon.known_orgs]
        return min(known or members, key=lambda n: (-self._counts[n], -len(n), n))

    # -- resolving ------------------------------------------------------------------------
    def resolve(self, name: str) -> str:
        """The canonical name of a spelling; an unknown spelling that matches nothing is its
        own canonical name. A spelling not fitted is compared with the fitted ones."""
        if name in self._canonical:
            return self._canonical[name]
        if (entry := self._table(name)) is not None:
            return self._canonical.get(entry, entry)
        if (seen := self._by_key.get(self.key(name))) is not None:
            return self._canonical[seen]
        for other, canonical in self._canonical.items():
            short, long = sorted((name, other), key=len)
            if self.abbreviates(short, long) or (other[-1] == name[-1] and self._fuzzy_same(name, other)):
                return canonical
        return name

    def mapping(self) -> dict[str, str]:
        """Every fitted spelling → its canonical name."""
        return dict(self._canonical)

    def groups(self) -> dict[str, list[str]]:
        """Canonical name → its fitted spellings (most frequent first), for groups of two or more."""
        out: dict[str, list[str]] = defaultdict(list)
        for name, canonical in self._canonical.items():
            out[canonical].append(name)
        return {c: sorted(ns, key=lambda n: (-self._counts[n], n)) for c, ns in out.items() if len(ns) > 1}


def spellings(results: Iterable[Any]) -> list[str]:
    """Every organisation spelling of the results, once per mention-bearing organisation and
    agreement party, for :meth:`OrgResolver.fit`."""
    out: list[str] = []
    for r in results:
        for o in r.organizations:
            out.extend([o.name, *o.aliases])
        for a in r.agreements:
            out.extend(a.parties)
        for i in r.initiatives:
            out.extend([*i.actors, *i.recipients])
    return out


def resolve_frames(frames: dict[str, Any], resolver: OrgResolver) -> dict[str, Any]:
    """Add canonical names to DataFrames of ``to_frames``: ``canonical`` in organizations,
    ``parties_canonical`` in agreements, ``actors_canonical`` and ``recipients_canonical`` in
    initiatives (lists aligned with ``parties``, ``actors``, ``recipients``, so that
    ``explode(["parties", "parties_canonical"])`` works). The frames are changed in place and
    returned."""
    orgs = frames.get("organizations")
    if orgs is not None:
        orgs["canonical"] = [resolver.resolve(n) for n in orgs["name"]]
    columns = {"agreements": ("parties",), "initiatives": ("actors", "recipients")}
    for kind, cols in columns.items():
        frame = frames.get(kind)
        if frame is None:
            continue
        for col in cols:
            values = [[resolver.resolve(p) for p in ps] for ps in frame[col]]
            frame.insert(frame.columns.get_loc(col) + 1, f"{col}_canonical", values)
    return frames
