"""Regex safety: a fuzzer for super-linear (catastrophic) backtracking in g60extract's regexes.

    python benchmarks/regex_safety.py [--quick] [--timeout 6] [--jobs 2] [--only NAME] [--top 25] [--json FILE]

What it measures. Article text is untrusted, so no input may make one of the library's regexes
backtrack catastrophically. The script gathers every compiled ``re.Pattern`` of the package:

* module-level attributes of every module (``pkgutil.walk_packages``), and patterns held in
  module-level tuples, lists, dicts, sets and rule objects (``RULES[...].pattern``), named
  ``module.attr``;
* every other pattern the package compiles while it is imported and, unless ``--quick`` or
  ``--no-run``, while a default ``Extractor`` runs on the sample article and on every rule's
  examples (patterns built by functions from the lexicon, and inline ``re.search(r"...")``):
  ``re._compile`` is wrapped to record each new pattern and the package line that compiled it;
  these are named ``module.function@line``.

For each pattern it builds adversarial inputs from the pattern's own alphabet (the literal
characters of its parsed source, samples of its character classes and ranges) plus generic ones
(digits, 日, 在, （, ）, “, ”, 、, ，): short units (every alternative of every alternation inside a
repeat, strings the body of each repeat matches, literal substrings of the pattern, single
characters, a word or a character beside a separator, random picks of 2–4 characters) repeated N
times for N = 8, 16, 32, … (plus the N that reach 200, 400, 500 and 1,000 characters), ended by a
character foreign to the pattern so that the match must fail; the same with the pattern's
leading literal in front; and random strings over the alphabet (fixed seed). ``search``,
``match`` and ``fullmatch`` are timed with ``time.perf_counter`` (the best of three below 2 ms,
of two below the per-call cap); the inputs behind each flag are timed again before it is kept.
An alternative that a sequence of others also matches (将于 and 将·于 inside one ``(…)*``) is
what makes backtracking exponential, hence the alternatives as units.

Each pattern runs in a forked worker process with a time budget (``--timeout``); a pattern that
overruns it is killed and reported as a timeout, with the input it was on, as its worst case.

Flags: ``growth`` when the time more than triples as the input doubles (per doubling, at sizes
where it is above 0.5 ms: quadratic or worse), ``slow`` above 50 ms on an input of at most 1,000
characters, ``timeout``. Sentences are capped at 400 characters but some regexes run on whole
texts, so the table shows the worst time up to 400 characters and up to 1,000. It also shows
which methods the package calls on each pattern (found in the source: ``NAME.search(``, the
rule class's ``self.pattern.finditer(``, the ``re.sub`` of an inline pattern) and the worst time
among those: a pattern that is only slow under ``search`` but only ever ``match``-ed is latent.

Exit code: 1 when a pattern takes more than 100 ms on an input of at most 1,000 characters (or
times out) under a method the package calls on it (under any method where that is not known), 2
when a module of the package could not be imported, else 0. ``--quick`` is a
smaller run (inputs up to 400 characters, fewer units, no extractor run).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import importlib
import inspect
import json
import math
import multiprocessing as mp
import os
import pkgutil
import random
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

try:  # Python 3.11+
    from re import _constants as sre_c
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older layout
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "g60extract"
PACKAGE_DIR = str(ROOT / PACKAGE) + os.sep
RE_DIR = str(Path(re.__file__).resolve().parent) + os.sep

GENERIC = "019日在（）“”、，"  # generic characters added to every pattern's alphabet
SEPARATORS = "、，,；;和与及并的"  # separators paired with words and characters
FOREIGN = "§■@\x00"  # candidates for the final, failure-forcing character
METHODS = ("search", "match", "fullmatch")
GROWTH_FLOOR = 0.5e-3  # growth is judged only where the larger time is above this (s)
GROWTH_LIMIT = 3.0  # time ratio per doubling of the input above which a pattern is flagged
SLOW = 0.050  # s: flagged
FAIL = 0.100  # s: exit code 1
SEED = 20240601


@dataclass(frozen=True)
class Config:
    max_len: int
    max_units: int
    randoms: int
    max_alternatives: int  # units that are alternatives inside a repeat, on top of max_units
    timeout: float
    call_cap: float  # s: a family stops growing after a call this slow


FULL = Config(max_len=1000, max_units=48, randoms=3, max_alternatives=48, timeout=6.0, call_cap=0.5)
QUICK = Config(max_len=400, max_units=20, randoms=1, max_alternatives=24, timeout=2.0, call_cap=0.25)


# --- collection ---------------------------------------------------------------------------------


@dataclass
class Target:
    name: str
    pattern: re.Pattern[str]
    where: str = ""  # path:line of the call that compiled it
    origin: str = ""  # module, container, class, runtime
    uses: tuple[str, ...] = ()  # the methods the package calls on it (search, match, sub, …), where known


class Recorder:
    """Wraps ``re._compile`` to record each new str pattern compiled from inside the package."""

    def __init__(self) -> None:
        # (source, flags) -> (pattern, "path:line", module, function, re function); None: not the package's
        self.seen: dict[tuple[str, int], tuple[re.Pattern[str], str, str, str, str] | None] = {}
        self._orig: Callable[..., Any] | None = None

    def install(self) -> None:
        orig = re._compile  # type: ignore[attr-defined]
        self._orig = orig
        seen = self.seen

        def _compile(pattern: Any, flags: Any) -> Any:
            compiled = orig(pattern, flags)
            if isinstance(compiled, re.Pattern) and isinstance(compiled.pattern, str):
                key = (compiled.pattern, compiled.flags)
                if key not in seen:
                    frame = sys._getframe(1)
                    api = "compile"
                    while frame is not None and frame.f_code.co_filename.startswith(RE_DIR):
                        api = frame.f_code.co_name  # the re function the package called
                        frame = frame.f_back  # type: ignore[assignment]
                    if frame is not None and frame.f_code.co_filename.startswith(PACKAGE_DIR):
                        rel = os.path.relpath(frame.f_code.co_filename, ROOT)
                        module = str(frame.f_globals.get("__name__", "?"))
                        seen[key] = (compiled, f"{rel}:{frame.f_lineno}", module, frame.f_code.co_name, api)
                    else:
                        seen[key] = None
            return compiled

        re._compile = _compile  # type: ignore[attr-defined]

    def uninstall(self) -> None:
        if self._orig is not None:
            re._compile = self._orig  # type: ignore[attr-defined]
            self._orig = None


def _walk_value(value: Any, path: str, depth: int, out: list[tuple[str, re.Pattern[str]]], seen: set[int]) -> None:
    """Patterns inside a module-level container or package object, with a path to each."""
    if depth > 4 or id(value) in seen:
        return
    if isinstance(value, re.Pattern):
        out.append((path, value))
        return
    seen.add(id(value))
    if isinstance(value, dict):
        for k, v in list(value.items())[:2000]:
            _walk_value(v, f"{path}[{k!r}]", depth + 1, out, seen)
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value[:2000]):
            name = getattr(v, "name", None)
            label = repr(name) if isinstance(name, str) else str(i)
            _walk_value(v, f"{path}[{label}]", depth + 1, out, seen)
    elif isinstance(value, set | frozenset):
        for i, v in enumerate(list(value)[:2000]):
            if isinstance(v, re.Pattern | tuple):
                _walk_value(v, f"{path}{{{i}}}", depth + 1, out, seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            child = getattr(value, f.name, None)
            if isinstance(child, re.Pattern):
                OWNERS[id(child)] = (type(value), f.name)
            _walk_value(child, f"{path}.{f.name}", depth + 1, out, seen)
    elif type(value).__module__.startswith(PACKAGE) and hasattr(value, "__dict__") and not isinstance(value, type):
        for k, v in vars(value).items():
            if isinstance(v, re.Pattern):
                OWNERS[id(v)] = (type(value), k)
            _walk_value(v, f"{path}.{k}", depth + 1, out, seen)


OWNERS: dict[int, tuple[type, str]] = {}  # id(pattern) -> (class of the object holding it, field)
CALLS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_CALL_RE = "|".join(CALLS)


def _uses(name: str, sources: dict[str, str], home: str) -> tuple[str, ...]:
    """The methods the package calls on module attribute ``name`` of module ``home``: in its own
    module, and in the modules that mention it without defining one of their own."""
    found: set[str] = set()
    call = re.compile(rf"(?<![\w.]){re.escape(name)}\.({_CALL_RE})\(")
    for module, source in sources.items():
        if module == home or (name in source and not _defines(source, name)):
            found.update(call.findall(source))
    return tuple(sorted(found))


def _owner_uses(owner: type, attr: str) -> tuple[str, ...]:
    """The methods an object's class calls on its pattern field (``self.pattern.finditer``)."""
    try:
        source = inspect.getsource(owner)
    except (OSError, TypeError):
        return ()
    return tuple(sorted(set(re.findall(rf"self\.{re.escape(attr)}\.({_CALL_RE})\(", source))))


def _defines(source: str, attr: str) -> bool:
    return re.search(rf"^{re.escape(attr)}\s*(?::[^=\n]+)?=", source, re.M) is not None


def import_package() -> tuple[list[Any], list[str]]:
    sys.path.insert(0, str(ROOT))
    package = importlib.import_module(PACKAGE)
    modules: list[Any] = [package]
    errors: list[str] = []
    for info in pkgutil.walk_packages(package.__path__, PACKAGE + "."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue  # runs the CLI on import
        try:
            modules.append(importlib.import_module(info.name))
        except Exception as exc:  # a module mid-edit must not stop the check of the others
            errors.append(f"{info.name}: {type(exc).__name__}: {exc}")
    return modules, errors


def run_extractor(modules: list[Any]) -> tuple[int, str | None]:
    """Run a default Extractor on the sample article and every rule example (compiles the
    patterns that functions build from the lexicon). Returns the texts run and an error."""
    try:
        from g60extract.pipeline import Extractor

        extractor = Extractor()
        texts: list[tuple[str, str | None]] = []
        sample = ROOT / PACKAGE / "data" / "sample.txt"
        if sample.exists():
            texts.append((sample.read_text(encoding="utf-8"), None))
        for module in modules:
            rules = getattr(module, "RULES", ())
            for rule in rules if isinstance(rules, tuple | list) else ():
                texts.extend((ex.text, ex.published) for ex in getattr(rule, "examples", ()))
        for text, published in texts:
            extractor.extract(text, published)
        return len(texts), None
    except Exception as exc:
        return 0, f"{type(exc).__name__}: {exc}"


def collect(run: bool) -> tuple[list[Target], list[str], dict[str, Any]]:
    recorder = Recorder()
    recorder.install()
    try:
        modules, errors = import_package()
        ran, run_error = run_extractor(modules) if run else (0, None)
    finally:
        recorder.uninstall()
    if run_error:
        errors.append(f"extractor run: {run_error}")

    named: dict[tuple[str, int], Target] = {}
    rank = {"module": 0, "class": 1, "container": 2}
    candidates: list[tuple[int, Target]] = []
    sources: dict[str, str] = {}
    for module in modules:
        try:
            sources[module.__name__] = Path(module.__file__ or "").read_text(encoding="utf-8")
        except OSError:
            sources[module.__name__] = ""
    for module in modules:
        source = sources[module.__name__]
        for attr, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                own = _defines(source, attr)
                target = Target(f"{module.__name__}.{attr}", value, origin="module", uses=_uses(attr, sources, module.__name__))
                candidates.append((0 if own else 5, target))
            elif isinstance(value, type) and value.__module__ == module.__name__:
                for cattr, cvalue in vars(value).items():
                    if isinstance(cvalue, re.Pattern):
                        candidates.append((rank["class"], Target(f"{module.__name__}.{attr}.{cattr}", cvalue, origin="class")))
            elif not isinstance(value, type) and not callable(value) and not isinstance(value, str | bytes | int | float):
                found: list[tuple[str, re.Pattern[str]]] = []
                _walk_value(value, attr, 0, found, set())
                own = _defines(source, attr)
                for path, pattern in found:
                    owner = OWNERS.get(id(pattern))
                    uses = _owner_uses(*owner) if owner else ()
                    target = Target(f"{module.__name__}.{path}", pattern, origin="container", uses=uses)
                    candidates.append((rank["container"] + (0 if own else 5), target))
    for _, target in sorted(candidates, key=lambda c: c[0]):
        if not isinstance(target.pattern.pattern, str):
            continue
        key = (target.pattern.pattern, target.pattern.flags)
        if key not in named:
            named[key] = target
    for key, rec in recorder.seen.items():
        if rec is None:
            continue
        pattern, where, module_name, function, api = rec
        if key in named:
            named[key].where = where
        else:
            line = where.rsplit(":", 1)[-1]
            uses = (api,) if api in CALLS else ()
            named[key] = Target(f"{module_name}.{function}@{line}", pattern, where, "runtime", uses)
    targets = sorted(named.values(), key=lambda t: t.name)
    stats = {"modules": len(modules), "extractor_texts": ran,
             "by_origin": {o: sum(t.origin == o for t in targets) for o in ("module", "class", "container", "runtime")}}
    return targets, errors, stats


# --- inputs --------------------------------------------------------------------------------------


def _children(av: Any) -> Iterator[Any]:
    if isinstance(av, sre_parse.SubPattern):
        yield av
    elif isinstance(av, list | tuple):
        for x in av:
            yield from _children(x)


def _class_chars(items: list[tuple[Any, Any]], chars: list[str]) -> None:
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.append(chr(av))
        elif op is sre_c.RANGE:
            lo, hi = av
            chars.extend(chr(c) for c in (lo, hi, (lo + hi) // 2))
        elif op is sre_c.CATEGORY:
            chars.extend({"CATEGORY_DIGIT": "1", "CATEGORY_WORD": "a字", "CATEGORY_SPACE": " "}.get(str(av), "、"))


def _scan(sub: Any, chars: list[str], words: list[str]) -> None:
    """Literal characters, class samples and literal runs (words) of a parsed pattern."""
    run: list[str] = []
    for op, av in sub:
        if op is sre_c.LITERAL:
            run.append(chr(av))
            chars.append(chr(av))
            continue
        if len(run) > 1:
            words.append("".join(run))
        run = []
        if op is sre_c.IN:
            _class_chars(av, chars)
        elif op is sre_c.NOT_LITERAL:
            chars.append(chr(av))
        else:
            for child in _children(av):
                _scan(child, chars, words)
    if len(run) > 1:
        words.append("".join(run))


FILLER = "日在中文1a、，（“"  # characters tried where a class or ``.`` needs one


def _category(name: str, ch: str) -> bool:
    tests = {"DIGIT": ch.isdigit(), "WORD": ch.isalnum() or ch == "_", "SPACE": ch.isspace(), "LINEBREAK": ch == "\n"}
    for key, value in tests.items():
        if key in name:
            return not value if "NOT" in name else value
    return False


def _in_class(items: list[tuple[Any, Any]], ch: str) -> bool:
    negate, hit = False, False
    for op, av in items:
        if op is sre_c.NEGATE:
            negate = True
        elif op is sre_c.LITERAL:
            hit = hit or ord(ch) == av
        elif op is sre_c.RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif op is sre_c.CATEGORY:
            hit = hit or _category(str(av), ch)
    return hit != negate


def _witness(sub: Any, rng: random.Random) -> str:
    """A string the parsed (sub)pattern matches, lookarounds aside: random branches, counts
    near the minimum."""
    out: list[str] = []
    for op, av in sub:
        if op is sre_c.LITERAL:
            out.append(chr(av))
        elif op is sre_c.NOT_LITERAL:
            out.append(next(c for c in FILLER if ord(c) != av))
        elif op is sre_c.ANY:
            out.append(rng.choice(FILLER))
        elif op is sre_c.IN:
            sample: list[str] = []
            _class_chars(av, sample)
            options = [c for c in _dedupe(sample + list(FILLER)) if _in_class(av, c)]
            if options:
                out.append(rng.choice(options))
        elif op is sre_c.BRANCH:
            out.append(_witness(rng.choice(av[1]), rng))
        elif op is sre_c.SUBPATTERN:
            out.append(_witness(av[-1], rng))
        elif op is sre_c.ATOMIC_GROUP:
            out.append(_witness(av, rng))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            lo, hi, body = av
            out.extend(_witness(body, rng) for _ in range(min(hi, lo + rng.randint(0, 2), 12)))
        elif op is sre_c.GROUPREF_EXISTS:
            out.append(_witness(av[1], rng))
        if sum(map(len, out)) > 40:
            break
    return "".join(out)


def _repeated_bodies(sub: Any, out: list[tuple[bool, Any]]) -> None:
    """The bodies of the repeats of a parsed pattern that may run more than once."""
    for op, av in sub:
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[1] >= 2:
            out.append((av[1] == sre_c.MAXREPEAT, av[2]))
        if op is not sre_c.IN:
            for child in _children(av):
                _repeated_bodies(child, out)


def _alternatives(sub: Any, rng: random.Random, out: list[str]) -> None:
    """A witness of every alternative of every alternation in ``sub``: repeated, an alternative
    that another one (or a sequence of others) also matches makes the repeat ambiguous, and its
    backtracking exponential."""
    for op, av in sub:
        if op is sre_c.BRANCH:
            for alt in av[1]:
                out.append(_witness(alt, rng)[:8])
        if op is not sre_c.IN:
            for child in _children(av):
                _alternatives(child, rng, out)


def _leading_literal(parsed: Any) -> str:
    out = []
    for op, av in parsed:
        if op is sre_c.AT:
            continue
        if op is not sre_c.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(x for x in items if x))


@dataclass(frozen=True)
class Family:
    """Inputs prefix + unit * N + end for growing N (or prefixes of a random string)."""

    label: str
    prefix: str
    unit: str
    end: str
    counts: tuple[int, ...]
    random: bool = False

    def text(self, n: int) -> str:
        if self.random:
            return self.unit[:n] + self.end
        return self.prefix + self.unit * n + self.end


def _counts(unit_len: int, extra: int, max_len: int) -> tuple[int, ...]:
    ns: set[int] = set()
    n = 8
    while n * unit_len + extra <= max_len:
        ns.add(n)
        n *= 2
    for total in (200, 400, 500, 1000):
        if total <= max_len:
            k = (total - extra) // unit_len
            if k >= 1:
                ns.add(k)
    return tuple(sorted(ns))


def families(pattern: re.Pattern[str], config: Config) -> list[Family]:
    rng = random.Random(f"{SEED}:{pattern.pattern}")
    chars: list[str] = []
    words: list[str] = []
    witnesses: list[str] = []
    alternatives: list[str] = []  # every alternative inside a repeat: timed whatever max_units says
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        _scan(parsed, chars, words)
        lead = _leading_literal(parsed)
        bodies: list[tuple[bool, Any]] = []
        _repeated_bodies(parsed, bodies)
        bodies.sort(key=lambda b: not b[0])  # unbounded repeats first
        for _, body in bodies[:10]:
            witnesses += [_witness(body, rng)[:8] for _ in range(3)]
            _alternatives(body, rng, alternatives)
        witnesses += [_witness(parsed, rng)[:12] for _ in range(2)]
    except Exception:
        chars = [c for c in pattern.pattern if not c.isspace() and c not in "\\[](){}?*+|^$.-"]
        lead = ""
    own = _dedupe([c for c in chars if c.isprintable() and not c.isspace()])
    alphabet = _dedupe(own + list(GENERIC))
    end = next((c for c in FOREIGN if c not in alphabet), "\x01")
    short = _dedupe([w[:4] for w in words] + [w[-4:] for w in words] + [w for w in words if len(w) <= 8])
    seps = _dedupe([c for c in own if c in SEPARATORS] + ["、"])
    picks = own[:24] or list(GENERIC)
    combos = _dedupe(
        [u + s for u in short[:8] + picks[:8] for s in seps[:3]] + [s + u for u in short[:6] + picks[:6] for s in seps[:2]]
    )
    randoms = _dedupe(["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 4))) for _ in range(24)])
    rounds = [_dedupe(witnesses), short, _dedupe(own + list(GENERIC)), combos, randoms]
    units: list[str] = _dedupe(alternatives)[: config.max_alternatives]
    cap = len(units) + config.max_units
    while len(units) < cap and any(rounds):
        for pool in rounds:
            while pool:
                unit = pool.pop(0)
                if unit not in units:
                    units.append(unit)
                    break
    out: list[Family] = []
    for unit in units:
        out.append(Family(repr(unit), "", unit, end, _counts(len(unit), 1, config.max_len)))
    if lead:
        for unit in units[: config.max_units // 2]:
            out.append(Family(f"{lead!r}+{unit!r}", lead, unit, end, _counts(len(unit), len(lead) + 1, config.max_len)))
    for i in range(config.randoms):
        pool = own if i % 2 and own else alphabet
        text = "".join(rng.choice(pool) for _ in range(config.max_len))
        counts = tuple(n for n in (16, 32, 64, 128, 200, 256, 400, 500, 512, 1000) if n < config.max_len)
        out.append(Family(f"random#{i}", "", text, end, (*counts, config.max_len - 1), random=True))
    return out


# --- timing (worker process) -------------------------------------------------------------------


def _time(fn: Callable[[str], Any], text: str, stops: tuple[float, float]) -> float:
    """Seconds for one call, the best of up to three: stop after the first call when it took at
    least ``stops[0]``, after the second at ``stops[1]`` (a scheduler hiccup must not pass for
    growth)."""
    best = math.inf
    for i in range(3):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
        if i < 2 and best >= stops[i]:
            break
    return best


MAX_SIZES = 32  # sizes per family the shared progress array has room for


def _worker(conn: Connection, targets: list[Target], config: Config, progress: Any, partial: Any) -> None:
    """Times the families of each pattern it is sent. ``progress`` holds (pattern, family, size,
    method) of the call under way and ``partial`` the times of the family so far, so that the
    parent can still report them after killing this process."""
    gc.disable()
    while True:
        task = conn.recv()
        if task is None:
            return
        index, subset = task
        pattern = targets[index].pattern
        # a first pass times fast calls three times and slow ones twice; a confirmation pass
        # (``subset``: the families to time again) times all three times below 0.1 s
        stops = (config.call_cap, 0.002) if subset is None else (config.call_cap, 0.1)
        try:
            fams = families(pattern, config)
            conn.send(("families", index, [(f.label, [len(f.text(n)) for n in f.counts]) for f in fams]))
            methods = (pattern.search, pattern.match, pattern.fullmatch)
            for fi, fam in enumerate(fams):
                if subset is not None and fi not in subset:
                    continue
                rows: list[tuple[int, list[float]]] = []
                for si, n in enumerate(fam.counts[:MAX_SIZES]):
                    text = fam.text(n)
                    times = []
                    for mi, method in enumerate(methods):
                        progress[0], progress[1], progress[2], progress[3] = index, fi, si, mi
                        times.append(_time(method, text, stops))
                        partial[si * len(METHODS) + mi] = times[-1]
                    rows.append((len(text), times))
                    if max(times) > config.call_cap:
                        break  # already known to be slow: larger inputs would only burn the budget
                conn.send(("rows", index, fi, rows))
            conn.send(("done", index, None))
        except Exception:
            conn.send(("error", index, traceback.format_exc(limit=3)))


@dataclass
class Result:
    target: Target
    labels: list[tuple[str, list[int]]] = field(default_factory=list)
    rows: dict[int, list[tuple[int, list[float]]]] = field(default_factory=dict)
    timeout: tuple[int, int, int] | None = None  # family, size index, method in progress when killed
    error: str | None = None
    elapsed: float = 0.0


class Pool:
    """Forked workers that each run one pattern at a time; one that overruns its budget is killed."""

    def __init__(self, targets: list[Target], config: Config, jobs: int) -> None:
        self.targets, self.config, self.jobs = targets, config, jobs
        self.ctx = mp.get_context("fork")

    def _spawn(self) -> tuple[Any, Connection, Any]:
        parent, child = self.ctx.Pipe()
        progress = self.ctx.RawArray("i", 4)
        partial = self.ctx.RawArray("d", MAX_SIZES * len(METHODS))
        proc = self.ctx.Process(target=_worker, args=(child, self.targets, self.config, progress, partial), daemon=True)
        proc.start()
        child.close()
        return proc, parent, (progress, partial)

    def run(self, tasks: list[tuple[int, frozenset[int] | None]], results: list[Result], log: Callable[[str], None]) -> None:
        todo = tasks[::-1]
        workers: list[list[Any]] = []  # [proc, conn, progress, index or None, started]
        for _ in range(min(self.jobs, len(todo))):
            proc, conn, progress = self._spawn()
            workers.append([proc, conn, progress, None, 0.0])
        done = 0

        def feed(w: list[Any]) -> None:
            if todo:
                task = todo.pop()
                w[3] = task[0]
                w[2][0][0] = -1  # no call under way yet
                w[4] = time.perf_counter()
                w[1].send(task)
            else:
                w[3] = None

        for w in workers:
            feed(w)
        logged = 0
        while any(w[3] is not None for w in workers):
            busy = [w for w in workers if w[3] is not None]
            deadline = min(w[4] + self.config.timeout for w in busy)
            ready = wait([w[1] for w in busy], timeout=max(0.0, deadline - time.perf_counter()))
            for w in busy:
                if w[1] in ready:
                    try:
                        kind, index, *payload = w[1].recv()
                    except EOFError:
                        kind, index, payload = "error", w[3], ["worker died"]
                    res = results[index]
                    if kind == "families":
                        res.labels = payload[0]
                    elif kind == "rows":
                        res.rows[payload[0]] = payload[1]
                    else:
                        res.error = payload[0] if kind == "error" else None
                        res.elapsed += time.perf_counter() - w[4]
                        done += 1
                        if kind == "error" and payload[0] == "worker died":
                            w[0].join(1)
                            w[1].close()
                            w[0], w[1], w[2] = self._spawn()
                        feed(w)
                        continue
                if w[3] is not None and time.perf_counter() - w[4] > self.config.timeout:
                    res = results[w[3]]
                    with contextlib.suppress(EOFError, OSError):
                        while w[1].poll():  # what the worker sent before it hung
                            kind, index, *payload = w[1].recv()
                            if kind == "families":
                                res.labels = payload[0]
                            elif kind == "rows":
                                res.rows[payload[0]] = payload[1]
                    progress, partial = w[2]
                    if progress[0] == w[3]:
                        fi, si, mi = progress[1], progress[2], progress[3]
                        res.timeout = (fi, si, mi)
                        if fi < len(res.labels):  # what the killed family timed before the call that hung
                            lengths, k = res.labels[fi][1], len(METHODS)
                            rows = [(lengths[j], list(partial[j * k : (j + 1) * k])) for j in range(si)]
                            hung = [*partial[si * k : si * k + mi], self.config.timeout]
                            rows.append((lengths[si], hung + [0.0] * (k - len(hung))))
                            res.rows[fi] = rows
                    else:
                        res.timeout = (0, 0, 0)
                    res.elapsed += time.perf_counter() - w[4]
                    w[0].kill()
                    w[0].join(5)
                    w[1].close()
                    w[0], w[1], w[2] = self._spawn()
                    done += 1
                    log(f"timeout: {res.target.name}")
                    feed(w)
            if done // 100 > logged:
                logged = done // 100
                log(f"{done}/{len(tasks)} patterns")
        for w in workers:
            with contextlib.suppress(OSError):
                w[1].send(None)
            w[0].join(2)
            if w[0].is_alive():
                w[0].kill()


# --- analysis ------------------------------------------------------------------------------------


@dataclass
class Worst:
    seconds: float = 0.0
    length: int = 0
    method: str = ""
    family: int = -1
    timeout: bool = False


@dataclass
class Summary:
    result: Result
    worst400: Worst
    worst1000: Worst
    growth: float  # worst time ratio per doubling of the input (where the time is above the floor)
    growth_family: int
    growth_method: str
    growth_at: int  # length of the larger input of the pair
    flags: list[str]
    by_method: dict[str, Worst]  # worst per method, inputs up to 1,000 characters

    @property
    def as_used(self) -> Worst | None:
        """The worst over the methods the package calls on the pattern (None: not known)."""
        methods = {"match" if u == "match" else "fullmatch" if u == "fullmatch" else "search" for u in self.result.target.uses}
        worst = [self.by_method[m] for m in methods]
        return max(worst, key=lambda w: (w.timeout, w.seconds)) if worst else None

    @property
    def failed(self) -> bool:
        """Over the cap under a method the package calls on it (a pattern only ever ``match``-ed
        that is slow under ``search`` is latent: reported, not failed); any method when unknown."""
        worst = self.as_used or self.worst1000
        return worst.timeout or worst.seconds > FAIL


def growth_of(points: list[tuple[int, float]]) -> tuple[float, int]:
    """Time ratio per doubling of the input, and the largest length it was judged at.

    Judged only where the time exceeds ``GROWTH_FLOOR``: a least-squares slope of log time on log
    length over the (up to four) largest inputs timed above a quarter of the floor, so that one
    noisy timing does not pass for growth; or, when the time jumps from below that to above the
    floor in one step (exponential), the ratio of that step. Linear is about 2, quadratic 4.
    """
    if not points or max(t for _, t in points) < GROWTH_FLOOR:
        return 0.0, 0
    first = next(i for i, (_, t) in enumerate(points) if t >= GROWTH_FLOOR / 4)
    tail = points[first:][-4:]
    if len(tail) >= 3:
        xs = [math.log2(n) for n, _ in tail]
        ys = [math.log2(max(t, 1e-7)) for _, t in tail]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        den = sum((x - mx) ** 2 for x in xs)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else 0.0
        return 2.0**slope, tail[-1][0]
    if first == 0:
        return 0.0, 0
    (la, ta), (lb, tb) = points[first - 1], points[first]
    return (tb / max(ta, 1e-6)) ** (1 / math.log2(lb / la)), lb


def summarise(res: Result, config: Config) -> Summary:
    w400, w1000 = Worst(), Worst()
    by_method = {m: Worst(method=m) for m in METHODS}
    growth, g_family, g_method, g_at = 0.0, -1, "", 0
    for fi, rows in res.rows.items():
        for length, times in rows:
            for mi, t in enumerate(times):
                for w, limit in ((w400, 400), (w1000, 1000), (by_method[METHODS[mi]], 1000)):
                    if length <= limit and t > w.seconds:
                        w.seconds, w.length, w.method, w.family = t, length, METHODS[mi], fi
        for mi in range(len(METHODS)):
            ratio, at = growth_of([(length, times[mi]) for length, times in rows])
            if ratio > growth:
                growth, g_family, g_method, g_at = ratio, fi, METHODS[mi], at
    if res.timeout is not None:
        fi, si, mi = res.timeout
        lengths = res.labels[fi][1] if fi < len(res.labels) else [0]
        length = lengths[min(si, len(lengths) - 1)]
        for w, limit in ((w400, 400), (w1000, 1000), (by_method[METHODS[mi]], 1000)):
            if length <= limit:
                w.seconds, w.length, w.method, w.family, w.timeout = config.timeout, length, METHODS[mi], fi, True
        growth, g_family, g_method, g_at = math.inf, fi, METHODS[mi], length
    flags = []
    if res.timeout is not None:
        flags.append("timeout")
    if growth > GROWTH_LIMIT:
        flags.append("growth")
    if w1000.seconds > SLOW:
        flags.append("slow")
    if res.error:
        flags.append("error")
    return Summary(res, w400, w1000, growth, g_family, g_method, g_at, flags, by_method)


def _label(res: Result, fi: int) -> str:
    return res.labels[fi][0] if 0 <= fi < len(res.labels) else "?"


def _ms(w: Worst) -> str:
    return f">{w.seconds * 1e3:.0f} (timeout)" if w.timeout else f"{w.seconds * 1e3:.2f}"


def _growth(g: float) -> str:
    return "∞ (timeout)" if math.isinf(g) else ">1000" if g > 1000 else f"{g:.1f}" if g else "-"


def _cell(text: str, width: int = 48) -> str:
    text = text if len(text) <= width else text[: width - 1] + "…"
    return text.replace("|", "\\|")


def series(s: Summary, fi: int, method: str) -> str:
    rows = s.result.rows.get(fi, [])
    mi = METHODS.index(method) if method in METHODS else 0
    hung = s.result.timeout
    cells = [f"{length}: {times[mi] * 1e3:.2f}" for length, times in rows]
    if hung is not None and hung[0] == fi and hung[2] == mi and cells:
        cells[-1] = f"{rows[-1][0]}: killed after {rows[-1][1][mi]:g} s"
    return ", ".join(cells)


def report(summaries: list[Summary], top: int) -> str:
    ranked = sorted(summaries, key=lambda s: (s.worst1000.timeout, s.worst1000.seconds, s.growth), reverse=True)
    lines = [
        f"## Worst {min(top, len(ranked))} patterns (of {len(summaries)}), by worst time on inputs of at most 1,000 characters",
        "",
        "Columns: worst time over search, match and fullmatch on inputs of at most 400 and 1,000 characters (and at",
        "what length); the worst of each method (search / match / fullmatch); the methods the package calls on the",
        "pattern and the worst among them; the time ratio per doubling of the input (2: linear, 4: quadratic).",
        "",
        "| # | pattern | where | ms ≤400 | ms ≤1000 | at len | s / m / f ms | used as: ms | growth ×/2N "
        "| unit (worst input) | flags |",
        "| ---: | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | --- | --- |",
    ]
    for i, s in enumerate(ranked[:top], 1):
        res, w = s.result, s.worst1000
        per = " / ".join("T/O" if x.timeout else f"{x.seconds * 1e3:.1f}" for x in s.by_method.values())
        used = s.as_used
        used_cell = f"{','.join(res.target.uses)}: {_ms(used)}" if used is not None else "?"
        lines.append(
            f"| {i} | {_cell(res.target.name, 60)} | {res.target.where} | {_ms(s.worst400)} | {_ms(w)} | {w.length} | {per} "
            f"| {used_cell} | {_growth(s.growth)} | {_cell(_label(res, w.family))} | {' '.join(s.flags)} |"
        )
    flagged = [s for s in ranked if s.flags]
    lines += ["", f"## Flagged: {len(flagged)}", ""]
    for s in flagged:
        res = s.result
        lines.append(f"### {res.target.name}  ({' '.join(s.flags)})")
        lines.append(f"- where: {res.target.where or '?'}  ({res.target.origin})")
        used = s.as_used
        if used is not None:
            lines.append(f"- the package calls: {', '.join(res.target.uses)}; worst among those: {_ms(used)} ms ({used.method})")
        else:
            lines.append("- the package calls: not found (built into another pattern, or passed around)")
        lines.append(f"- pattern: `{res.target.pattern.pattern}`")
        w = s.worst1000
        lines.append(f"- worst: {_ms(w)} ms, {w.method}, {w.length} chars, unit {_label(res, w.family)}")
        if res.timeout is not None:
            lines.append(f"- killed after {res.elapsed:.1f} s on that input")
        if s.growth_family >= 0:
            g = _growth(s.growth)
            unit = _label(res, s.growth_family)
            lines.append(f"- growth: ×{g} per doubling ({s.growth_method}, unit {unit}, up to {s.growth_at} chars)")
            lines.append(f"- {s.growth_method} ms by length: {series(s, s.growth_family, s.growth_method)}")
        if w.family >= 0 and (w.family, w.method) != (s.growth_family, s.growth_method):
            lines.append(f"- {w.method} ms by length ({_label(res, w.family)}): {series(s, w.family, w.method)}")
        if res.error:
            lines.append(f"- error: {res.error.strip().splitlines()[-1]}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller run: inputs up to 400 chars, fewer units, no extractor run")
    ap.add_argument("--no-run", action="store_true", help="do not run the extractor to collect function-built patterns")
    ap.add_argument("--timeout", type=float, help="seconds per pattern before it is killed (default 6, quick 2)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    ap.add_argument("--only", action="append", default=[], help="only patterns whose name contains this (repeatable)")
    ap.add_argument("--top", type=int, default=25, help="rows in the table (default 25)")
    ap.add_argument("--json", type=Path, help="also write every pattern's figures as JSON")
    args = ap.parse_args(argv)

    started = time.perf_counter()
    config = QUICK if args.quick else FULL
    if args.timeout:
        config = dataclasses.replace(config, timeout=args.timeout)

    def log(msg: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f}s] {msg}", file=sys.stderr, flush=True)

    targets, errors, stats = collect(run=not (args.quick or args.no_run))
    if args.only:
        targets = [t for t in targets if any(o in t.name for o in args.only)]
    for error in errors:
        log(f"warning: {error}")
    log(f"{len(targets)} patterns from {stats['modules']} modules {stats['by_origin']}; "
        f"extractor run on {stats['extractor_texts']} texts")

    results = [Result(t) for t in targets]
    pool = Pool(targets, config, max(1, args.jobs))
    pool.run([(i, None) for i in range(len(targets))], results, log)
    summaries = [summarise(r, config) for r in results]
    # Time the inputs behind each flag again (best of three), up to three rounds: a flag that does
    # not come back was a noisy timing, and the next worst family of that pattern is checked in turn.
    confirmed: dict[int, set[int]] = {}
    for _ in range(3):
        tasks: list[tuple[int, frozenset[int] | None]] = []
        for i, s in enumerate(summaries):
            if s.result.timeout is None and s.flags:
                key = {s.worst400.family, s.worst1000.family, s.growth_family} - {-1} - confirmed.get(i, set())
                if key:
                    confirmed.setdefault(i, set()).update(key)
                    tasks.append((i, frozenset(key)))
        if not tasks:
            break
        log(f"confirming {len(tasks)} flagged patterns")
        pool.run(tasks, results, log)
        summaries = [summarise(r, config) for r in results]
    wall = time.perf_counter() - started
    timed = sum(len(rows) * len(METHODS) for r in results for rows in r.rows.values())

    print(f"# Regex safety ({'quick' if args.quick else 'full'} run)\n")
    print(f"{len(targets)} patterns, {timed:,} timed calls, inputs up to {config.max_len} characters, "
          f"budget {config.timeout:g} s per pattern, {max(1, args.jobs)} workers, wall time {wall:.1f} s.")
    print(f"Flag: growth > ×{GROWTH_LIMIT:g} per doubling where above {GROWTH_FLOOR * 1e3:g} ms, "
          f"or > {SLOW * 1e3:.0f} ms; fail (exit 1): > {FAIL * 1e3:.0f} ms on ≤ 1000 characters, or a timeout.\n")
    for limit, key in ((400, "worst400"), (1000, "worst1000")):
        over = [s for s in summaries if getattr(s, key).timeout or getattr(s, key).seconds > SLOW]
        worst = max(summaries, key=lambda s: getattr(s, key).seconds, default=None)
        if worst is not None:
            w = getattr(worst, key)
            print(f"- inputs ≤ {limit} chars: {len(over)} pattern(s) over {SLOW * 1e3:.0f} ms; "
                  f"worst {worst.result.target.name} {_ms(w)} ms")
    if errors:
        print(f"- warnings: {len(errors)} (see stderr)")
    print()
    print(report(summaries, args.top))

    if args.json:
        data = [
            {"name": s.result.target.name, "where": s.result.target.where, "origin": s.result.target.origin,
             "pattern": s.result.target.pattern.pattern, "flags": s.flags,
             "worst400_ms": s.worst400.seconds * 1e3, "worst1000_ms": s.worst1000.seconds * 1e3,
             "worst_len": s.worst1000.length, "worst_method": s.worst1000.method,
             "worst_unit": _label(s.result, s.worst1000.family), "timeout": s.result.timeout is not None,
             "growth": None if math.isinf(s.growth) else s.growth, "growth_unit": _label(s.result, s.growth_family),
             "uses": list(s.result.target.uses),
             "as_used_ms": None if s.as_used is None else s.as_used.seconds * 1e3,
             "by_method_ms": {m: w.seconds * 1e3 for m, w in s.by_method.items()},
             "elapsed_s": s.result.elapsed, "error": s.result.error}
            for s in summaries
        ]
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    if any(e for e in errors if not e.startswith("extractor run")):
        return 2
    return 1 if any(s.failed for s in summaries) else 0


if __name__ == "__main__":
    sys.exit(main())
