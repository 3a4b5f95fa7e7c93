"""Batch extraction: many articles, streamed, optionally in worker processes, nothing lost.

One plain function, :func:`process_record`, turns one input record into one output (a result, or
an error record naming the record and the reason); the ``batch`` command, :func:`extract_many`
and ``g60extract.dask`` all use it. Worker processes are started with ``spawn`` (never relying on
``fork``), build their pipeline once from the picklable ``ExtractorConfig`` (or ``Extractor``,
which pickles as its config), and receive records in batches; outputs come back in input order
with a bounded number of batches in flight, so memory stays flat however long the input.

Output line shapes (JSON Lines, one per input record, in input order)::

    {"id": "…", "schema_version": "1.1", "article": {…}, …}          # ExtractionResult + id
    {"id": "…", "error": {"code": "G001", "type": "EmptyTextError",
                          "message": "article text is empty", "record": "dump.jsonl:17",
                          "rule": "…"}}                                # rule only when known
"""

from __future__ import annotations

import collections
import json
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, overload

from g60extract.config import ExtractorConfig
from g60extract.errors import G60Error, InvalidInputError, RuleError
from g60extract.html import html_to_text, looks_like_html
from g60extract.models import Article, ExtractionResult
from g60extract.pipeline import Extractor, parse_published
from g60extract.readers import (
    DEFAULT_FIELDS,
    MAX_RECORD_BYTES,
    FieldMap,
    Format,
    ReadFailure,
    Record,
    Source,
    count_records,
    expand_inputs,
    iter_records,
    plain_message,
)

__all__ = [
    "DEFAULT_BATCH_SIZE", "BatchSummary", "ErrorRecord", "Progress", "Runner", "article_of",
    "extract_many", "get_extractor", "process_record", "run_batch", "run_record", "write_tables",
]

DEFAULT_BATCH_SIZE = 32
#: Code of an error record for an exception that is not a ``G60Error`` (a bug, not bad input).
INTERNAL_ERROR_CODE = "G000"

ExtractorSpec = Extractor | ExtractorConfig | None


# -- error records ----------------------------------------------------------------------------


def _error_classes() -> dict[str, type[G60Error]]:
    found: dict[str, type[G60Error]] = {}
    stack: list[type[G60Error]] = [G60Error]
    while stack:
        cls = stack.pop()
        found.setdefault(cls.code, cls)
        stack.extend(cls.__subclasses__())
    return found


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """An input record that yielded no result: which record, and why.

    ``code`` is the stable code of a ``g60extract.errors`` class (``G000`` for an unexpected
    exception, i.e. a bug), ``type`` the exception's class name, ``record`` where the record came
    from (``file:line``, ``file``, or ``#index`` in the Python API), ``rule`` the extractor rule
    that raised, when one did.
    """

    id: str | None
    code: str
    type: str
    message: str
    record: str | None
    rule: str | None = None

    @classmethod
    def from_exception(cls, exc: BaseException, id: str | None, record: str | None) -> ErrorRecord:
        if isinstance(exc, G60Error):
            return cls(id, exc.code, type(exc).__name__, plain_message(exc), record,
                       exc.rule if isinstance(exc, RuleError) else None)
        where = ""
        frames = traceback.extract_tb(exc.__traceback__)
        if frames:
            last = frames[-1]
            parts = Path(last.filename).parts
            short = "/".join(parts[parts.index("g60extract"):]) if "g60extract" in parts else Path(last.filename).name
            where = f" (at {short}:{last.lineno} in {last.name})"
        return cls(id, INTERNAL_ERROR_CODE, type(exc).__name__, f"{exc}{where}", record)

    @classmethod
    def from_failure(cls, failure: ReadFailure, id: str | None, record: str | None) -> ErrorRecord:
        return cls(id, failure.code, failure.type, failure.message, record)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "type": self.type, "message": self.message,
                                 "record": self.record}
        if self.rule is not None:
            error["rule"] = self.rule
        return {"id": self.id, "error": error}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_exception(self) -> G60Error:
        """The ``G60Error`` this record stands for (its class from the code)."""
        cls = _error_classes().get(self.code, G60Error)
        if cls is RuleError:
            return RuleError(self.message.removeprefix(f"rule {self.rule!r} failed: "),
                             rule=self.rule or "?", record=self.record)
        if self.code == INTERNAL_ERROR_CODE:
            return G60Error(f"{self.type}: {self.message}", record=self.record)
        return cls(self.message, record=self.record)


# -- one record -------------------------------------------------------------------------------


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    value = value if isinstance(value, str) else str(value)
    return value.strip() or None


def _input_id(record: Record, fields: FieldMap) -> str | None:
    if record.article is not None:
        return record.article.id or record.fallback_id
    if record.data is not None:
        _, value = fields.lookup(record.data, "id")
        return _str_or_none(value) or record.fallback_id
    return record.fallback_id


def article_of(record: Record, fields: FieldMap = DEFAULT_FIELDS) -> Article:
    """The ``Article`` a record stands for: fields mapped, HTML reduced to text (the article
    carries that text, so offsets refer to it). Raises ``G60Error`` for a record without usable
    text or with a bad publication date."""
    ref = record.ref
    if record.error is not None:
        raise ErrorRecord.from_failure(record.error, None, ref).to_exception()
    if record.article is not None:
        article = record.article
        if article.id is None and record.fallback_id is not None:
            article = article.model_copy(update={"id": record.fallback_id})
        return article
    if record.text is not None:
        is_html = (ref or "").lower().removesuffix(".gz").endswith((".html", ".htm", ".xhtml"))
        text = html_to_text(record.text) if is_html or looks_like_html(record.text) else record.text
        return Article(id=record.fallback_id, text=text)
    data = record.data
    if data is None:
        raise InvalidInputError("empty record", record=ref)
    name, raw = fields.text_of(data)
    if name is None:
        raise InvalidInputError(f"missing text field: none of {', '.join(fields.text)}", record=ref)
    if raw is None:
        raise InvalidInputError(f"text field {name!r} is null", record=ref)
    if not isinstance(raw, str):
        raise InvalidInputError(f"text field {name!r} is not a string but {type(raw).__name__}", record=ref)
    text = html_to_text(raw) if name.lower() == "html" or looks_like_html(raw) else raw
    _, published = fields.lookup(data, "published")
    return Article(
        id=_input_id(record, fields),
        title=_str_or_none(fields.lookup(data, "title")[1]),
        source=_str_or_none(fields.lookup(data, "source")[1]),
        url=_str_or_none(fields.lookup(data, "url")[1]),
        published=parse_published(published if isinstance(published, str) or published is None
                                  else str(published), ref),
        text=text,
    )


def run_record(
    record: Record, extractor: Extractor, fields: FieldMap = DEFAULT_FIELDS, *, raise_errors: bool = False
) -> ExtractionResult | ErrorRecord:
    """One record → its ``ExtractionResult``, or an ``ErrorRecord`` (every exception is caught,
    unless ``raise_errors``, which re-raises it as it came)."""
    if record.error is not None:
        failed = ErrorRecord.from_failure(record.error, record.fallback_id, record.ref)
        if raise_errors:
            raise failed.to_exception()
        return failed
    try:
        article = article_of(record, fields)
        return extractor.extract(article)
    except Exception as exc:
        if raise_errors:
            raise
        return ErrorRecord.from_exception(exc, _input_id(record, fields), record.ref)


def as_record(item: Any, index: int | None = None) -> Record:
    """A ``Record`` from what the Python API accepts: str (the text), ``Article``, a mapping of
    article fields, or a ``Record``."""
    ref = None if index is None else f"#{index}"
    if isinstance(item, Record):
        return item
    if isinstance(item, str):
        return Record(ref, article=Article(text=item))
    if isinstance(item, Article):
        return Record(ref, article=item)
    if isinstance(item, Mapping):
        return Record(ref, data=item)
    failure = ReadFailure.of(InvalidInputError(
        f"cannot extract from {type(item).__name__}: give str, Article or a mapping"))
    return Record(ref, error=failure)


def output_line(output: ExtractionResult | ErrorRecord) -> str:
    """The JSON line of one output: the result's JSON with ``id`` first, or the error record."""
    if isinstance(output, ErrorRecord):
        return output.to_json()
    body = output.model_dump_json()
    return '{"id":' + json.dumps(output.article.id, ensure_ascii=False) + "," + body[1:]


def output_dict(output: ExtractionResult | ErrorRecord) -> dict[str, Any]:
    if isinstance(output, ErrorRecord):
        return output.to_dict()
    return {"id": output.article.id, **output.model_dump(mode="json")}


# -- one pipeline per process -----------------------------------------------------------------

_CACHE: dict[ExtractorConfig, tuple[Extractor, threading.Lock]] = {}
_CACHE_LOCK = threading.Lock()


def _cached(config: ExtractorConfig) -> tuple[Extractor, threading.Lock]:
    with _CACHE_LOCK:
        entry = _CACHE.get(config)
        if entry is None:
            entry = _CACHE[config] = (Extractor(config), threading.Lock())
        return entry


def get_extractor(config: ExtractorConfig | None = None) -> Extractor:
    """This process's ``Extractor`` for ``config``, built on first use (a per-process cache keyed
    by the config: what a worker of a pool or cluster calls)."""
    return _cached(config or ExtractorConfig())[0]


def process_record(
    record: Record | Mapping[str, Any] | str | Article,
    extractor: ExtractorSpec = None,
    *,
    fields: FieldMap | None = None,
) -> dict[str, Any]:
    """One input record → one output dict (the result's JSON with ``id`` at the top level, or an
    error record). ``extractor`` is an ``Extractor``, or an ``ExtractorConfig`` whose extractor
    this process builds once and reuses. Never raises for bad input."""
    if isinstance(extractor, Extractor):
        ex, lock = extractor, None
    else:
        ex, lock = _cached(extractor or ExtractorConfig())
    rec = as_record(record)
    if lock is None:
        return output_dict(run_record(rec, ex, fields or DEFAULT_FIELDS))
    with lock:  # one extractor per process is shared by threaded workers (dask threads)
        return output_dict(run_record(rec, ex, fields or DEFAULT_FIELDS))


# -- running many: in this process or in workers ------------------------------------------------

Mode = Literal["objects", "lines"]


def _peak_rss_kb() -> int:
    """This process's peak resident set (kB). Linux: ``VmHWM``, the peak of this address space;
    ``ru_maxrss`` is wrong for spawned workers, which inherit the parent's peak across exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource  # not on Windows
    except ImportError:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak // 1024 if sys.platform == "darwin" else peak)  # macOS reports bytes


def _run_here(
    records: Sequence[Record], extractor: Extractor, fields: FieldMap, mode: Mode, raise_errors: bool
) -> Iterator[Any]:
    # Extractor.extract builds no spaCy Doc, so spaCy's vocabulary does not grow over a long run
    # (memory stays flat without spaCy memory zones: benchmarks/memory.py)
    for record in records:
        res = run_record(record, extractor, fields, raise_errors=raise_errors)
        if mode == "lines":
            yield output_line(res), res.code if isinstance(res, ErrorRecord) else None
        else:
            yield res


@dataclass
class _WorkerState:
    extractor: Extractor
    fields: FieldMap
    mode: Mode


_WORKER: _WorkerState | None = None
_WORKER_FAILED: str | None = None


class WorkerInitError(RuntimeError):
    """A worker process could not build its pipeline (the message says why)."""


def _exit_with_parent(parent: int, interval: float = 0.5) -> None:
    """A worker whose main process died (killed, crashed) ends too instead of lingering."""
    while True:
        time.sleep(interval)
        if os.getppid() != parent:
            os._exit(3)


def _init_worker(spec: bytes, fields: FieldMap, mode: Mode) -> None:
    global _WORKER, _WORKER_FAILED
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True,
                     name="g60-exit-with-parent").start()
    try:
        loaded = pickle.loads(spec)
        extractor = loaded if isinstance(loaded, Extractor) else get_extractor(loaded)
    except Exception as exc:
        _WORKER_FAILED = f"{type(exc).__name__}: {exc}"
        return
    _WORKER = _WorkerState(extractor, fields, mode)


def _work(records: list[Record]) -> tuple[int, int, list[Any]]:
    state = _WORKER
    if state is None:
        raise WorkerInitError(f"a worker could not build the pipeline: {_WORKER_FAILED}")
    out = list(_run_here(records, state.extractor, state.fields, state.mode, False))
    return os.getpid(), _peak_rss_kb(), out


def _warm(_: int) -> tuple[int, int]:
    if _WORKER is None:
        raise WorkerInitError(f"a worker could not build the pipeline: {_WORKER_FAILED}")
    time.sleep(0.05)  # so that every worker gets one of these
    return os.getpid(), _peak_rss_kb()


def _batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Runner:
    """Records → outputs in input order, in this process (``n_process=1``) or in a pool of
    ``spawn`` worker processes, each building its pipeline once. Use as a context manager; one
    runner can serve many ``run`` calls (the pool stays up).

    ``mode="lines"`` yields ``(json_line, error_code_or_None)`` (serialised in the workers);
    ``mode="objects"`` yields ``ExtractionResult`` or ``ErrorRecord``.
    """

    def __init__(
        self,
        extractor: ExtractorSpec = None,
        *,
        fields: FieldMap | None = None,
        n_process: int = 1,
        batch_size: int = DEFAULT_BATCH_SIZE,
        mode: Mode = "objects",
        start_method: str = "spawn",
        raise_errors: bool = False,
    ) -> None:
        if batch_size < 1:
            raise InvalidInputError(f"batch_size must be at least 1, not {batch_size}")
        if n_process <= 0:
            n_process = os.cpu_count() or 1
        self.n_process = n_process
        self.batch_size = batch_size
        self.fields = fields or DEFAULT_FIELDS
        self.mode = mode
        self.raise_errors = raise_errors
        self.worker_peak_rss_kb: dict[int, int] = {}
        self._spec = extractor
        self._extractor: Extractor | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._start_method = start_method
        self._crashes = 0

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> Runner:
        if self.n_process == 1:
            if self._extractor is None:
                spec = self._spec
                self._extractor = spec if isinstance(spec, Extractor) else get_extractor(spec)
            return self
        if self._pool is None:
            spec = self._spec if self._spec is not None else ExtractorConfig()
            try:
                payload = pickle.dumps(spec)
            except Exception as exc:
                raise InvalidInputError(
                    f"this extractor cannot be sent to worker processes ({exc}); register its rules "
                    "in rule files (ExtractorConfig.rule_files) or use n_process=1"
                ) from None
            ctx = multiprocessing.get_context(self._start_method)
            self._pool = ProcessPoolExecutor(
                max_workers=self.n_process, mp_context=ctx,
                initializer=_init_worker, initargs=(payload, self.fields, self.mode),
            )
        return self

    def warm_up(self) -> None:
        """Start every worker and build its pipeline now (otherwise on the first batch)."""
        self.start()
        if self._pool is not None:
            for pid, rss in self._pool.map(_warm, range(self.n_process * 2)):
                self.worker_peak_rss_kb[pid] = max(rss, self.worker_peak_rss_kb.get(pid, 0))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Runner:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- work --------------------------------------------------------------------------------
    def run(self, records: Iterable[Record]) -> Iterator[Any]:
        """Outputs for ``records``, lazily and in order."""
        self.start()
        if self._pool is None:
            assert self._extractor is not None
            for batch in _batches(records, self.batch_size):
                yield from _run_here(batch, self._extractor, self.fields, self.mode, self.raise_errors)
            return
        window = 2 * self.n_process + 1
        pending: collections.deque[_InFlight] = collections.deque()
        try:
            for batch in _batches(records, self.batch_size):
                pending.append(_InFlight(batch, self._submit(batch)))
                if len(pending) >= window:
                    yield from self._collect(pending)
            while pending:
                yield from self._collect(pending)
        finally:
            for item in pending:
                item.future.cancel()

    def _submit(self, batch: list[Record]) -> Future[tuple[int, int, list[Any]]]:
        assert self._pool is not None
        return self._pool.submit(_work, batch)

    def _collect(self, pending: collections.deque[_InFlight]) -> Iterator[Any]:
        item = pending.popleft()
        try:
            outputs = self._outputs(item.future)
            self._crashes = 0
        except BrokenProcessPool:
            # A worker died (killed, out of memory, a crash in native code) and took the pool
            # with it. Start a new pool and run this batch in it alone, one record at a time: a
            # record that kills its worker again becomes an error record (alone in the pool, so
            # the blame is exact). Then send again what else was in flight.
            self._restart()
            outputs = list(self._one_by_one(item.batch))
            for other in pending:
                other.future = self._submit(other.batch)
        for out in outputs:
            if self.raise_errors and isinstance(out, ErrorRecord):
                raise out.to_exception()
            yield out

    def _outputs(self, fut: Future[tuple[int, int, list[Any]]]) -> list[Any]:
        pid, rss, outputs = fut.result()
        self.worker_peak_rss_kb[pid] = max(rss, self.worker_peak_rss_kb.get(pid, 0))
        return outputs

    def _restart(self) -> None:
        self._crashes += 1
        if self._crashes > MAX_CONSECUTIVE_CRASHES:
            raise WorkerCrashed(
                f"worker processes died {self._crashes} times in a row (out of memory?); the output so far "
                "is complete: rerun with --resume to continue"
            )
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self.start()

    def _one_by_one(self, batch: list[Record]) -> Iterator[Any]:
        for record in batch:
            try:
                outputs = self._outputs(self._submit([record]))
                self._crashes = 0
            except BrokenProcessPool:
                self._restart()
                failed = ErrorRecord(
                    _input_id(record, self.fields), INTERNAL_ERROR_CODE, "WorkerCrashed",
                    "the worker process died while extracting this record (killed, out of memory, or a "
                    "crash in native code)", record.ref)
                outputs = [failed if self.mode == "objects" else (failed.to_json(), failed.code)]
            yield from outputs


@dataclass(slots=True)
class _InFlight:
    batch: list[Record]
    future: Future[tuple[int, int, list[Any]]]


#: A run stops when worker processes die this many times in a row (a systemic cause, such as a
#: memory limit, rather than one bad record).
MAX_CONSECUTIVE_CRASHES = 8


class WorkerCrashed(RuntimeError):
    """Worker processes kept dying; the outputs written before are complete."""


# -- the Python API ---------------------------------------------------------------------------


@overload
def extract_many(
    articles: Iterable[str | Article | Mapping[str, Any]],
    extractor: Extractor | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    config: ExtractorConfig | None = None,
    *,
    errors: Literal["raise"] = "raise",
    fields: FieldMap | None = None,
    start_method: str = "spawn",
) -> Iterator[ExtractionResult]: ...


@overload
def extract_many(
    articles: Iterable[str | Article | Mapping[str, Any]],
    extractor: Extractor | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    config: ExtractorConfig | None = None,
    *,
    errors: Literal["yield"],
    fields: FieldMap | None = None,
    start_method: str = "spawn",
) -> Iterator[ExtractionResult | ErrorRecord]: ...


def extract_many(
    articles: Iterable[str | Article | Mapping[str, Any]],
    extractor: Extractor | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    config: ExtractorConfig | None = None,
    *,
    errors: Literal["raise", "yield"] = "raise",
    fields: FieldMap | None = None,
    start_method: str = "spawn",
) -> Iterator[ExtractionResult | ErrorRecord]:
    """Extract from many articles, yielding results lazily and in input order.

    ``articles``: texts, ``Article`` objects, or mappings of article fields (names as in
    :class:`~g60extract.readers.FieldMap`: ``text``/``content``/``body``/``html``, ``id``,
    ``title``, ``published`` …; HTML is reduced to text). Read lazily: the input may be a
    generator of any length.

    ``n_process > 1`` runs that many worker processes (``0``: one per CPU), each building the
    pipeline once from ``config`` (or from ``extractor``, which pickles as its config); records
    travel in batches of ``batch_size``.

    ``errors="raise"`` (default) raises the first record's ``G60Error`` when it is reached (the
    results before it have been yielded); ``errors="yield"`` yields an :class:`ErrorRecord` in
    that record's place instead and goes on.
    """
    if extractor is not None and config is not None:
        raise InvalidInputError("give extractor or config, not both")
    if errors not in ("raise", "yield"):
        raise InvalidInputError(f"errors must be 'raise' or 'yield', not {errors!r}")
    spec: ExtractorSpec = extractor if extractor is not None else config
    runner = Runner(spec, fields=fields, n_process=n_process, batch_size=batch_size, mode="objects",
                    start_method=start_method, raise_errors=errors == "raise")
    return _extract_many(runner, (as_record(a, i) for i, a in enumerate(articles)))


def _extract_many(runner: Runner, records: Iterator[Record]) -> Iterator[ExtractionResult | ErrorRecord]:
    with runner:
        yield from runner.run(records)


# -- progress -------------------------------------------------------------------------------


def _fmt_eta(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """A tqdm bar on a terminal, plain periodic log lines elsewhere, or nothing (``quiet``)."""

    def __init__(self, total: int | None, initial: int = 0, *, mode: Literal["auto", "bar", "log", "off"] = "auto",
                 interval: float = 10.0, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "bar" if self.stream.isatty() else "log"
        self.mode = mode
        self.total = total
        self.initial = initial
        self.done = initial
        self.errors = 0
        self.interval = interval
        self.start = time.monotonic()
        self._last_log = self.start
        self._bar: Any = None
        if mode == "bar":
            from tqdm import tqdm

            self._bar = tqdm(total=total, initial=initial, unit=" articles", file=self.stream,
                             dynamic_ncols=True, smoothing=0.05, mininterval=0.5)

    def update(self, error: bool = False) -> None:
        if self.done == self.initial:  # rates and ETA from the first output on, not from start-up
            self.start = self._last_log = time.monotonic()
        self.done += 1
        if error:
            self.errors += 1
        if self._bar is not None:
            self._bar.update(1)
            if error:
                self._bar.set_postfix(errors=self.errors, refresh=False)
        elif self.mode == "log":
            now = time.monotonic()
            if now - self._last_log >= self.interval:
                self._last_log = now
                self.stream.write(self.line(now) + "\n")
                self.stream.flush()

    def line(self, now: float | None = None) -> str:
        now = time.monotonic() if now is None else now
        elapsed = max(now - self.start, 1e-9)
        rate = (self.done - self.initial) / elapsed
        if self.total:
            pct = 100.0 * self.done / self.total
            eta = _fmt_eta((self.total - self.done) / rate) if rate > 0 else "?"
            where = f"{self.done:,}/{self.total:,} records ({pct:.1f}%)"
        else:
            where, eta = f"{self.done:,} records", "?"
        return f"batch: {where}, {rate:.1f} articles/s, ETA {eta}, {self.errors:,} errors"

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


# -- the batch job ----------------------------------------------------------------------------


@dataclass
class BatchSummary:
    """What a batch run wrote. ``records`` counts the whole output file (a resumed run included)."""

    output: str
    records: int = 0
    results: int = 0
    errors: int = 0
    resumed_from: int = 0
    by_code: collections.Counter[str] = field(default_factory=collections.Counter)
    seconds: float = 0.0
    processed: int = 0
    n_process: int = 1
    peak_rss_mb: float = 0.0
    worker_peak_rss_mb: float = 0.0
    tables: str | None = None

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def text(self) -> str:
        rate = self.processed / self.seconds if self.seconds > 0 else 0.0
        lines = [
            f"{self.records:,} records → {self.output}: {self.results:,} results, {self.errors:,} errors",
            f"this run: {self.processed:,} records in {self.seconds:.1f} s ({rate:.1f} articles/s, "
            f"-j {self.n_process})" + (f", resumed after {self.resumed_from:,}" if self.resumed_from else ""),
        ]
        rss = f"peak RSS: main {self.peak_rss_mb:.0f} MB"
        if self.worker_peak_rss_mb:
            rss += f", largest worker {self.worker_peak_rss_mb:.0f} MB"
        lines.append(rss)
        if self.by_code:
            lines.append("errors by code: " + ", ".join(f"{c} ×{n}" for c, n in sorted(self.by_code.items())))
        if self.tables:
            lines.append(f"tables in {self.tables}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": self.output, "records": self.records, "results": self.results, "errors": self.errors,
            "errors_by_code": dict(self.by_code), "resumed_from": self.resumed_from,
            "processed": self.processed, "seconds": round(self.seconds, 3), "n_process": self.n_process,
            "peak_rss_mb": round(self.peak_rss_mb, 1), "worker_peak_rss_mb": round(self.worker_peak_rss_mb, 1),
            "tables": self.tables,
        }


def _scan_output(path: Path) -> tuple[int, collections.Counter[str]]:
    """Complete lines of an earlier run's output (a trailing partial line is cut off) and the
    error codes among them."""
    codes: collections.Counter[str] = collections.Counter()
    lines = 0
    keep = 0
    with open(path, "r+b") as fh:
        pos = 0
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            pos += len(raw)
            keep = pos
            lines += 1
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError:
                raise InvalidInputError(f"{path} line {lines} is not JSON: not an output of this command?") from None
            if isinstance(obj, dict) and "error" in obj:
                codes[str(obj["error"].get("code"))] += 1
        fh.truncate(keep)
    return lines, codes


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def run_batch(
    inputs: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    extractor: ExtractorSpec = None,
    fields: FieldMap | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    resume: bool = False,
    overwrite: bool = False,
    encoding: str | None = None,
    fmt: Format | None = None,
    max_record_bytes: int = MAX_RECORD_BYTES,
    progress: Literal["auto", "bar", "log", "off"] = "auto",
    log_interval: float = 10.0,
    tables: str | os.PathLike[str] | None = None,
    table_formats: Sequence[str] = ("csv", "parquet"),
    on_line: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Run the batch job: every input record → one line of ``output`` (JSON Lines), in order.

    Lines are appended and written whole, one ``write`` each, as they come; an interrupted run
    leaves complete lines only (at most the last one partial, which ``resume`` cuts off) and
    ``resume=True`` skips as many input records as there are complete lines. Without ``resume``
    an existing non-empty ``output`` is an error unless ``overwrite``.
    """
    sources: list[Source] = expand_inputs(inputs, fmt)
    out = Path(output)
    summary = BatchSummary(output=str(out), n_process=n_process if n_process > 0 else (os.cpu_count() or 1))
    done, codes = 0, collections.Counter[str]()
    if out.exists() and out.stat().st_size > 0:
        if resume:
            done, codes = _scan_output(out)
        elif not overwrite:
            raise InvalidInputError(f"{out} exists: use --resume to continue it, or --overwrite")
        else:
            out.write_bytes(b"")
    out.parent.mkdir(parents=True, exist_ok=True)
    summary.resumed_from = done
    summary.records = done
    summary.errors = sum(codes.values())
    summary.results = done - summary.errors
    summary.by_code = codes
    total = count_records(sources, encoding=encoding, max_record_bytes=max_record_bytes) if progress != "off" else None
    bar = Progress(total, done, mode=progress, interval=log_interval)
    start = time.monotonic()
    records = iter_records(sources, encoding=encoding, skip=done, max_record_bytes=max_record_bytes)
    runner = Runner(extractor, fields=fields, n_process=n_process, batch_size=batch_size, mode="lines")
    fd = os.open(out, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        with runner:
            for line, code in runner.run(records):
                _write_all(fd, line.encode("utf-8") + b"\n")
                summary.records += 1
                summary.processed += 1
                if code is None:
                    summary.results += 1
                else:
                    summary.errors += 1
                    summary.by_code[code] += 1
                bar.update(error=code is not None)
                if on_line is not None:
                    on_line(summary.records)
        os.fsync(fd)
    finally:
        os.close(fd)
        bar.close()
        summary.seconds = time.monotonic() - start
        summary.peak_rss_mb = _peak_rss_kb() / 1024
        if runner.worker_peak_rss_kb:
            summary.worker_peak_rss_mb = max(runner.worker_peak_rss_kb.values()) / 1024
    if tables is not None:
        write_tables(out, tables, formats=table_formats)
        summary.tables = str(tables)
    return summary


# -- tables -----------------------------------------------------------------------------------

ERROR_COLUMNS = ("article_id", "record", "code", "type", "message", "rule")
_LIST_COLUMNS = frozenset({"aliases", "parties", "actors", "recipients"})
_INT_COLUMNS = frozenset({"start", "end", "mentions"})


def _column_type(kind: str, column: str) -> str:
    if column in _LIST_COLUMNS:
        return "list"
    if column in _INT_COLUMNS:
        return "int"
    if (kind, column) == ("statistics", "value"):
        return "float"
    if (kind, column) == ("dates", "relative"):
        return "bool"
    return "str"


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _parquet_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "list":
        return [str(v) for v in value]
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        return bool(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class _TableSink:
    """One table, written as rows arrive: CSV row by row, Parquet in row groups."""

    def __init__(self, directory: Path, kind: str, columns: Sequence[str], formats: Sequence[str],
                 row_group: int = 10_000) -> None:
        import csv

        self.kind = kind
        self.columns = tuple(columns)
        self.types = [_column_type(kind, c) for c in self.columns]
        self._csv_file: IO[str] | None = None
        self._csv: Any = None
        if "csv" in formats:
            self._csv_file = open(directory / f"{kind}.csv", "w", encoding="utf-8", newline="")  # noqa: SIM115
            self._csv = csv.writer(self._csv_file)
            self._csv.writerow(self.columns)
        self._pq: Any = None
        self._pa: Any = None
        self._buffer: list[dict[str, Any]] = []
        self._row_group = row_group
        if "parquet" in formats:
            import pyarrow as pa
            import pyarrow.parquet as pq

            self._pa = pa
            types = {"list": pa.list_(pa.string()), "int": pa.int64(), "float": pa.float64(),
                     "bool": pa.bool_(), "str": pa.string()}
            self._schema = pa.schema([(c, types[t]) for c, t in zip(self.columns, self.types, strict=True)])
            self._pq = pq.ParquetWriter(directory / f"{kind}.parquet", self._schema)

    def add(self, row: Mapping[str, Any]) -> None:
        if self._csv is not None:
            self._csv.writerow([_csv_cell(row.get(c)) for c in self.columns])
        if self._pq is not None:
            self._buffer.append(row)  # type: ignore[arg-type]
            if len(self._buffer) >= self._row_group:
                self._flush()

    def _flush(self) -> None:
        if self._pq is None:
            return
        data = {c: [_parquet_value(r.get(c), t) for r in self._buffer]
                for c, t in zip(self.columns, self.types, strict=True)}
        self._pq.write_table(self._pa.table(data, schema=self._schema))
        self._buffer = []

    def close(self) -> None:
        if self._csv_file is not None:
            self._csv_file.close()
        if self._pq is not None:
            if self._buffer:
                self._flush()
            self._pq.close()


def write_tables(
    jsonl: str | os.PathLike[str], directory: str | os.PathLike[str], *, formats: Sequence[str] = ("csv", "parquet")
) -> list[Path]:
    """Flat tables from a batch output file: organizations, agreements, initiatives, statistics,
    dates, events (rows of ``g60extract.tables.flat_rows``, keyed by ``article_id``) and errors,
    each as ``KIND.csv`` and ``KIND.parquet`` in ``directory``. Streams: memory stays flat.

    Parquet needs pyarrow (the ``parquet`` extra); asking for it without pyarrow raises
    ``ImportError`` with the install hint."""
    from g60extract.tables import COLUMNS, KINDS, flat_rows

    formats = tuple(formats)
    unknown = set(formats) - {"csv", "parquet"}
    if unknown:
        raise InvalidInputError(f"unknown table format(s): {', '.join(sorted(unknown))} (csv, parquet)")
    if "parquet" in formats:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ImportError(
                "Parquet tables need pyarrow: pip install 'g60extract[parquet]' (or --table-format csv)"
            ) from None
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    sinks = {k: _TableSink(out, k, COLUMNS[k], formats) for k in KINDS}
    sinks["errors"] = _TableSink(out, "errors", ERROR_COLUMNS, formats)
    try:
        with open(jsonl, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                if not raw.endswith(b"\n"):
                    break  # a partial last line of an interrupted run
                obj = json.loads(raw)
                article_id = obj.pop("id", None)
                if "error" in obj:
                    err = obj["error"]
                    sinks["errors"].add({"article_id": article_id, **{k: err.get(k) for k in ERROR_COLUMNS[1:]}})
                    continue
                try:
                    result = ExtractionResult.model_validate(obj)
                except ValueError as exc:
                    raise InvalidInputError(f"{jsonl} line {n} is not a result: {exc}") from None
                for kind, rows in flat_rows(result, article_id).items():
                    sink = sinks.get(kind)
                    if sink is not None:
                        for row in rows:
                            sink.add(row)
    finally:
        for sink in sinks.values():
            sink.close()
    return [out / f"{k}.{f}" for k in sinks for f in formats]

