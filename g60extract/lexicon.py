"""Lexicons: package data read with ``importlib.resources``, extensible by users.

A :class:`Lexicon` holds every word list the rules consult. The shipped one is built from the
files in ``g60extract/lexicons``; :meth:`Lexicon.extended` adds a user's entries (from a
mapping or a JSON/YAML-free JSON file) without touching the shipped data.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from g60extract.errors import ConfigError

_PACKAGE = "g60extract.lexicons"
EDITION = re.compile(r"[（(](?:19|20)\d\d年?[）)]")  # an edition after a name: 创新大赛（2024）
LEG_SITE = r"[\u4e00-\u9fff]{2,6}?站"  # the site of a touring contest's leg after its name: 中华龙舟大赛|四川恩阳站
# (a leg's site after a contest: 2024中华龙舟大赛四川恩阳站 is headed by 大赛)
# (示范县（市）: the other level of place a title also covers)
_EDITION_END = re.compile("(?:" + EDITION.pattern + "|(?<=赛)" + LEG_SITE + "|（[市县区镇旗州盟]）)$")


def _read(name: str) -> str:
    return resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in _read(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _words(name: str) -> list[str]:
    words: list[str] = []
    for line in _read(name).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            words.extend(line.split())
    return words


@dataclass(frozen=True)
class OrgSuffix:
    suffix: str
    type: str
    strong: bool


@dataclass(frozen=True)
class Lexicon:
    """Every word list the pipeline uses. Immutable; extend with :meth:`extended`."""

    org_suffixes: tuple[OrgSuffix, ...]
    known_orgs: Mapping[str, str]
    aliases: Mapping[str, str]
    places: Mapping[str, str]
    g60_cities: tuple[str, ...]
    org_stops: frozenset[str]
    org_generic: frozenset[str]
    org_false_heads: frozenset[str]
    units: Mapping[str, str]
    triggers: Mapping[str, Any]
    boilerplate: Mapping[str, list[str]]
    user_dict: tuple[str, ...] = field(default=())
    org_member_titles: frozenset[str] = field(default=frozenset())
    org_context: Mapping[str, Any] = field(default_factory=dict)

    def org_words(self, key: str) -> tuple[str, ...]:
        """A word list of ``org_context.json`` (the words around a name that place its start)."""
        if key not in self.org_context:
            raise ConfigError(f"org_context.json has no list {key!r}")  # a typo would switch a rule off
        value = self.org_context[key]
        if not isinstance(value, list):
            raise ConfigError(f"org context list {key!r} is not a list")
        return tuple(value)

    @classmethod
    def default(cls) -> Lexicon:
        return _default_lexicon()

    def trigger_list(self, key: str) -> list[str]:
        value = self.triggers.get(key, [])
        if not isinstance(value, list):
            raise ConfigError(f"trigger list {key!r} is not a list")
        return value

    @cached_property
    def _place_pattern(self) -> re.Pattern[str]:
        return re.compile(trie_pattern(self.places)) if self.places else re.compile(r"(?!)")

    def place_at(self, text: str, pos: int = 0) -> str | None:
        """The longest listed place that starts at ``pos`` of ``text`` (河北 in 河北人社部门)."""
        m = self._place_pattern.match(text, pos)
        return m.group(0) if m else None

    def headed_by(self, name: str, *keys: str) -> bool:
        """``name`` ends in a word of one of the trigger lists ``keys`` (a closing quote or title mark, an
        edition aside or a leg's site: “…活动” is headed by 活动, 创新大赛（2024） and 中华龙舟大赛四川恩阳站
        by 大赛, 示范县（市） by 示范县)."""
        return _EDITION_END.sub("", name).rstrip("”》").endswith(tuple(w for k in keys for w in self.trigger_list(k)))

    def extended(self, extra: Mapping[str, Any]) -> Lexicon:
        """A new lexicon with user entries added.

        ``extra`` may hold ``organizations`` ({name: type}), ``aliases`` ({alias: canonical}),
        ``org_suffixes`` ([[suffix, type, "strong"|"weak"]]), ``places`` ({name: kind}),
        ``units`` ({unit: category}), ``words`` (extra segmentation words) and ``triggers``
        ({list name: [words]}, appended to the shipped lists).
        """
        unknown = set(extra) - {
            "organizations", "aliases", "org_suffixes", "places", "units", "words", "triggers",
        }
        if unknown:
            raise ConfigError(f"unknown lexicon sections: {sorted(unknown)}")
        suffixes = list(self.org_suffixes)
        for row in extra.get("org_suffixes", []):
            suffix, type_, *strength = row
            suffixes.append(OrgSuffix(suffix, type_, (strength or ["weak"])[0] == "strong"))
        triggers = dict(self.triggers)
        for key, words in extra.get("triggers", {}).items():
            base = triggers.get(key, [])
            if not isinstance(base, list):
                raise ConfigError(f"trigger list {key!r} cannot be extended")
            triggers[key] = [*base, *words]
        triggers = _with_includes(triggers)
        return replace(
            self,
            org_suffixes=tuple(sorted(suffixes, key=lambda s: -len(s.suffix))),
            known_orgs={**self.known_orgs, **extra.get("organizations", {})},
            aliases={**self.aliases, **extra.get("aliases", {})},
            places={**self.places, **extra.get("places", {})},
            units={**self.units, **extra.get("units", {})},
            triggers=triggers,
            user_dict=(*self.user_dict, *extra.get("words", [])),
        )

    def extended_from_file(self, path: str | Path) -> Lexicon:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"cannot read lexicon file {path}: {exc}") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"lexicon file {path} must hold a JSON object")
        return self.extended(data)

    def jieba_words(self) -> Iterable[tuple[str, int]]:
        """Words the segmenter must keep whole: the shipped user dictionary plus known names.

        A frequency of 0 is jieba's way to remove a word of its own dictionary."""
        for line in _read("userdict.txt").splitlines():
            parts = line.split()
            if len(parts) >= 2 and not line.startswith("#"):
                yield parts[0], int(parts[1])
        # short known names (人社部) stay out of the dictionary: as words they would split
        # 人社部门 into 人社部|门; the gazetteer finds them anyway
        for name in (*self.known_orgs, *self.places):
            if len(name) >= 4:
                yield name, 2000
        for name in self.user_dict:
            yield name, 2000
        # jieba's own 德国总理, 英国首相, 日本首相 hide the state from the place recogniser (李强同德国总理
        # 朔尔茨举行会谈 names no country): a country and a leader's title are two words
        titles = self.trigger_list("leader_titles")
        for name, kind in self.places.items():
            if kind == "country":
                for title in titles:
                    yield name + title, 0


def _with_includes(triggers: dict[str, Any]) -> dict[str, Any]:
    """A trigger list named in ``includes`` also holds the words of the lists it names
    (meeting_heads holds exhibition_heads: an exhibition is found as a meeting is, then typed
    apart), so that each word is written once; ``extended`` applies it again after user words."""
    for key, parts in triggers.get("includes", {}).items():
        words = list(triggers.get(key, []))
        words += [w for part in parts for w in triggers.get(part, []) if w not in words]
        triggers[key] = words
    return triggers


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    suffixes = sorted(
        (OrgSuffix(row[0], row[1], row[2] == "strong") for row in _rows("org_suffixes.tsv")),
        key=lambda s: -len(s.suffix),
    )
    return Lexicon(
        org_suffixes=tuple(suffixes),
        known_orgs={row[0]: row[1] for row in _rows("org_known.tsv")},
        aliases={row[0]: row[1] for row in _rows("aliases.tsv")},
        places={row[0]: row[1] for row in _rows("places.tsv")},
        g60_cities=tuple(row[0] for row in _rows("g60_cities.txt")),
        org_stops=frozenset(_words("org_stops.txt")),
        org_generic=frozenset(_words("org_generic.txt")),
        org_false_heads=frozenset(_words("org_false_heads.txt")),
        units={row[0]: row[1] for row in _rows("units.tsv")},
        triggers=_with_includes(json.loads(_read("triggers.json"))),
        boilerplate=json.loads(_read("boilerplate.json")),
        org_member_titles=frozenset(_words("org_member_titles.txt")),
        org_context=json.loads(_read("org_context.json")),
    )


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, shaped as a trie (中国(?:科学院|…)):
    at each position the engine follows one branch per character instead of trying every word,
    many times faster than a flat alternation of a thousand names."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # greedy: a longer name wins; the empty alternative lets a shorter name end here
        return f"(?:{body})?" if ends else body

    return build(trie)
