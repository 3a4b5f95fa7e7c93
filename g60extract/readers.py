"""Streaming readers for article dumps: JSON Lines, CSV, folders of .txt/.html, and .gz of each.

Every input record becomes exactly one :class:`Record`, in input order: either the record's raw
fields (a JSONL object, a CSV row), a whole document (a .txt/.html file), or a read failure
(malformed JSON, undecodable bytes, an oversized line) that still names the record, so that the
batch job can write one output line per input record. Blank lines of JSONL and blank CSV rows are
not records.

Nothing is read ahead beyond one line (one CSV row, one file): memory stays flat however large the
input. Encodings: UTF-8, UTF-8 with BOM and GB18030 are detected per file from its first bytes, or
given explicitly.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from g60extract.errors import G60Error, InvalidInputError, TextTooLongError
from g60extract.models import Article

Format = Literal["jsonl", "csv", "tsv", "text"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
CSV_SUFFIXES = (".csv",)
TSV_SUFFIXES = (".tsv",)
TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")

#: A line (or document) longer than this is reported as an error record without being kept in
#: memory whole. Generous: the extractor's own ``max_chars`` limit applies to the text after this.
MAX_RECORD_BYTES = 64 * 1024 * 1024

_DETECT_BYTES = 64 * 1024
_UTF8_BOM = codecs.BOM_UTF8


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """Why a record could not be read: an error code of ``g60extract.errors`` and a message."""

    code: str
    type: str
    message: str

    @classmethod
    def of(cls, exc: G60Error) -> ReadFailure:
        return cls(exc.code, type(exc).__name__, plain_message(exc))


@dataclass(frozen=True, slots=True)
class Record:
    """One input record and where it came from.

    ``ref`` names it for people (``dump.jsonl:17``, ``articles/a.html``); ``fallback_id`` is the
    stable id used when the record has none of its own (derived from file and line). Exactly one
    of ``data`` (raw fields, mapped by :class:`FieldMap`), ``text`` (a whole document), ``article``
    and ``error`` is set.
    """

    ref: str | None
    fallback_id: str | None = None
    data: Mapping[str, Any] | None = None
    text: str | None = None
    article: Article | None = None
    error: ReadFailure | None = None


def plain_message(exc: G60Error) -> str:
    """The message of a ``G60Error`` without its ``[G00x]`` prefix and ``(record …)`` suffix."""
    msg = str(exc)
    prefix = f"[{exc.code}] "
    if msg.startswith(prefix):
        msg = msg[len(prefix):]
    suffix = f" (record {exc.record})" if exc.record else ""
    if suffix and msg.endswith(suffix):
        msg = msg[: -len(suffix)]
    return msg


# -- field mapping --------------------------------------------------------------------------


def _names(value: str | Sequence[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(n.strip() for n in value.split(",") if n.strip())
    return tuple(value)


@dataclass(frozen=True)
class FieldMap:
    """Which input fields hold the article's id, title, published, source, url and text.

    Each is a tuple of candidate names tried in order (exact name first, then ignoring case).
    The first text candidate present with a non-empty value is the text; a field named ``html``
    is always reduced from HTML, any other text field when it looks like HTML.
    """

    id: tuple[str, ...] = ("id", "article_id", "doc_id", "docid", "uuid", "guid")
    title: tuple[str, ...] = ("title", "headline")
    published: tuple[str, ...] = ("published", "date", "pub_date", "publish_date", "published_at",
                                  "publish_time", "pubdate", "time", "datetime")
    source: tuple[str, ...] = ("source", "media", "site", "publisher")
    url: tuple[str, ...] = ("url", "link", "href")
    text: tuple[str, ...] = ("text", "content", "body", "html")

    @classmethod
    def from_options(cls, **names: str | Sequence[str] | None) -> FieldMap:
        """Override some fields; a value may be a comma-separated list of candidates."""
        given = {k: _names(v) for k, v in names.items() if v}
        for key, value in given.items():
            if key not in cls.__dataclass_fields__:
                raise InvalidInputError(f"unknown field kind {key!r}")
            if not value:
                raise InvalidInputError(f"no field name given for {key}")
        return cls(**given)

    def lookup(self, data: Mapping[str, Any], kind: str) -> tuple[str | None, Any]:
        """The first candidate field of ``kind`` present in ``data``: (its name, its value)."""
        candidates: tuple[str, ...] = getattr(self, kind)
        for name in candidates:
            if name in data:
                return name, data[name]
        lowered = {str(k).lower(): k for k in data}
        for name in candidates:
            key = lowered.get(name.lower())
            if key is not None:
                return str(key), data[key]
        return None, None

    def text_of(self, data: Mapping[str, Any]) -> tuple[str | None, Any]:
        """The text field: the first candidate present with a non-empty value, else the first
        present (empty) one, else ``(None, None)``."""
        first: tuple[str | None, Any] = (None, None)
        lowered = {str(k).lower(): k for k in data}
        for name in self.text:
            key = name if name in data else lowered.get(name.lower())
            if key is None:
                continue
            value = data[key]
            if first[0] is None:
                first = (str(key), value)
            if isinstance(value, str) and value.strip():
                return str(key), value
        return first


DEFAULT_FIELDS = FieldMap()


# -- sources --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """One input file: its path, the name used in refs and ids, and its format."""

    path: Path
    name: str
    format: Format
    compressed: bool = field(default=False)


def _strip_gz(name: str) -> tuple[str, bool]:
    lower = name.lower()
    return (name[:-3], True) if lower.endswith(".gz") else (name, False)


def format_of(name: str) -> Format | None:
    base, _ = _strip_gz(name)
    lower = base.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(CSV_SUFFIXES):
        return "csv"
    if lower.endswith(TSV_SUFFIXES):
        return "tsv"
    if lower.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def expand_inputs(inputs: Iterable[str | os.PathLike[str]], fmt: Format | None = None) -> list[Source]:
    """The files to read, in order: files as given, folders as their .txt/.html files (and .gz of
    them) sorted by relative path. Raises ``InvalidInputError`` for a missing path or a file
    whose format is neither given nor recognisable from its name."""
    sources: list[Source] = []
    for given in inputs:
        path = Path(given)
        shown = str(given)
        if path.is_dir():
            members = sorted(
                (p for p in path.rglob("*")
                 if p.is_file() and format_of(p.name) == "text"
                 and not any(part.startswith(".") for part in p.relative_to(path).parts)),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            for p in members:
                rel = p.relative_to(path).as_posix()
                sources.append(Source(p, f"{shown.rstrip('/')}/{rel}", "text", _strip_gz(p.name)[1]))
        elif path.is_file():
            found = fmt or format_of(path.name)
            if found is None:
                raise InvalidInputError(
                    f"cannot tell the format of {shown} from its name: use --format jsonl|csv|tsv|text"
                )
            sources.append(Source(path, shown, found, _strip_gz(path.name)[1]))
        else:
            raise InvalidInputError(f"no such file or folder: {shown}")
    return sources


def _open_binary(source: Source) -> IO[bytes]:
    if source.compressed:
        return gzip.GzipFile(source.path, "rb")  # type: ignore[return-value]
    return open(source.path, "rb")


# -- encodings ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Encoding:
    """A file's encoding; ``certain`` is false when its first bytes were plain ASCII, so that a
    later line may still be tried in the other candidate encodings."""

    name: str
    certain: bool


def detect_encoding(prefix: bytes, given: str | None = None) -> Encoding:
    """UTF-8 with BOM, UTF-8 or GB18030 from a file's first bytes (or the given encoding)."""
    if given:
        try:
            codecs.lookup(given)
        except LookupError:
            raise InvalidInputError(f"unknown encoding {given!r}") from None
        return Encoding(given, True)
    if prefix.startswith(_UTF8_BOM):
        return Encoding("utf-8-sig", True)
    if prefix.isascii():
        return Encoding("utf-8", False)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(prefix, final=False)
        return Encoding("utf-8", True)
    except UnicodeDecodeError:
        pass
    try:
        codecs.getincrementaldecoder("gb18030")().decode(prefix, final=False)
        return Encoding("gb18030", True)
    except UnicodeDecodeError:
        return Encoding("utf-8", False)


def decode_record(data: bytes, encoding: Encoding, ref: str | None) -> str:
    """One record's bytes → text, in the file's encoding (or, when that was only a guess from
    ASCII, in any candidate). Raises ``InvalidInputError`` naming the first bad byte."""
    names = [encoding.name]
    if not encoding.certain:
        names += [n for n in ("utf-8-sig", "gb18030") if n != encoding.name]
    first: UnicodeDecodeError | None = None
    for name in names:
        try:
            return data.decode(name)
        except UnicodeDecodeError as exc:
            first = first or exc
    assert first is not None
    bad = first.object[first.start : first.start + 4].hex(" ")
    tried = " or ".join(dict.fromkeys(n.replace("-sig", "") for n in names))
    raise InvalidInputError(f"undecodable bytes: not {tried} (bytes {bad} at offset {first.start})", record=ref)


# -- readers --------------------------------------------------------------------------------


def _lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes without the newline or ``None`` when over ``limit``, byte length)."""
    lineno = 0
    while True:
        chunk = fh.readline(limit + 1)
        if not chunk:
            return
        lineno += 1
        if len(chunk) > limit and not chunk.endswith(b"\n"):
            size = len(chunk)
            while chunk and not chunk.endswith(b"\n"):  # skip the rest without keeping it
                chunk = fh.readline(1 << 20)
                size += len(chunk)
            yield lineno, None, size
            continue
        yield lineno, chunk.rstrip(b"\r\n"), len(chunk)


def _too_long(size: int, limit: int) -> ReadFailure:
    return ReadFailure.of(TextTooLongError(f"record of {size:,} bytes, over the reader's limit of {limit:,}"))


def _read_jsonl(source: Source, encoding: str | None, skip: int, limit: int) -> Iterator[Record]:
    with _open_binary(source) as fh:
        enc = detect_encoding(_peek(fh), encoding)
        count = 0
        for lineno, raw, size in _lines(fh, limit):
            if raw is not None and not raw.strip():
                continue
            count += 1
            if count <= skip:
                continue
            ref = f"{source.name}:{lineno}"
            if raw is None:
                yield Record(ref, ref, error=_too_long(size, limit))
                continue
            try:
                line = decode_record(raw, enc, ref)
            except G60Error as exc:
                yield Record(ref, ref, error=ReadFailure.of(exc))
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                err = InvalidInputError(f"malformed JSON: {exc.msg} at column {exc.colno}")
                yield Record(ref, ref, error=ReadFailure.of(err))
                continue
            if not isinstance(obj, dict):
                err = InvalidInputError(f"not a JSON object but {type(obj).__name__}")
                yield Record(ref, ref, error=ReadFailure.of(err))
                continue
            yield Record(ref, ref, data=obj)


def _peek(fh: IO[bytes]) -> bytes:
    peek = getattr(fh, "peek", None)
    if peek is not None:
        data: bytes = peek(_DETECT_BYTES)[:_DETECT_BYTES]
        if len(data) >= min(_DETECT_BYTES, 4096) or not data:
            return data
    pos = fh.tell()
    data = fh.read(_DETECT_BYTES)
    fh.seek(pos)
    return data


def _has_surrogates(values: Iterable[Any]) -> bool:
    return any(isinstance(v, str) and any("\udc80" <= c <= "\udcff" for c in v) for v in values)


def _read_csv(source: Source, encoding: str | None, skip: int, limit: int) -> Iterator[Record]:
    _raise_csv_limit(limit)
    delimiter = "\t" if source.format == "tsv" else ","
    fh = _open_binary(source)
    try:
        enc = detect_encoding(_peek(fh), encoding)
    except BaseException:
        fh.close()
        raise
    with io.TextIOWrapper(fh, encoding=enc.name, errors="surrogateescape", newline="") as text:
        reader = csv.reader(text, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InvalidInputError(f"{source.name}: unreadable CSV header: {exc}") from None
        if _has_surrogates(header):
            raise InvalidInputError(f"{source.name}: undecodable bytes in the CSV header (try --encoding)")
        if header and header[0].startswith("\ufeff"):
            header[0] = header[0][1:]
        count = 0
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                count += 1
                if count > skip:
                    ref = f"{source.name}:{start}"
                    yield Record(ref, ref, error=ReadFailure.of(InvalidInputError(f"malformed CSV: {exc}")))
                continue
            if not row or all(not c.strip() for c in row):
                continue
            count += 1
            if count <= skip:
                continue
            ref = f"{source.name}:{start}"
            if _has_surrogates(row):
                err = InvalidInputError(f"undecodable bytes: not {enc.name.replace('-sig', '')}")
                yield Record(ref, ref, error=ReadFailure.of(err))
                continue
            data: dict[str, Any] = dict(zip(header, row, strict=False))
            if len(row) > len(header):
                data["_extra"] = row[len(header):]
            yield Record(ref, ref, data=data)


def _raise_csv_limit(limit: int) -> None:
    # the csv module's per-field limit (128 KiB by default) is process-global; long articles
    # need more. Only ever raised, never lowered.
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)


def _read_document(source: Source, encoding: str | None, skip: int, limit: int) -> Iterator[Record]:
    if skip:
        return
    ref = source.name
    with _open_binary(source) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        yield Record(ref, ref, error=_too_long(len(data), limit))
        return
    try:
        text = decode_record(data, detect_encoding(data[:_DETECT_BYTES], encoding), ref)
    except G60Error as exc:
        yield Record(ref, ref, error=ReadFailure.of(exc))
        return
    yield Record(ref, ref, text=text.removeprefix("\ufeff"))


_READERS = {"jsonl": _read_jsonl, "csv": _read_csv, "tsv": _read_csv, "text": _read_document}


def iter_records(
    sources: Sequence[Source],
    *,
    encoding: str | None = None,
    skip: int = 0,
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Iterator[Record]:
    """Every record of ``sources`` in order, after skipping the first ``skip`` (without decoding
    or parsing JSON Lines that are skipped). Raises ``InvalidInputError`` only for what makes a
    whole file unreadable (an unknown encoding name, an undecodable CSV header)."""
    if encoding:
        detect_encoding(b"", encoding)
    remaining = skip
    for source in sources:
        if remaining:
            n = count_source(source, encoding=encoding, max_record_bytes=max_record_bytes)
            if n <= remaining:
                remaining -= n
                continue
        yield from _READERS[source.format](source, encoding, remaining, max_record_bytes)
        remaining = 0


def count_source(source: Source, *, encoding: str | None = None, max_record_bytes: int = MAX_RECORD_BYTES) -> int:
    """How many records ``source`` holds (cheap: no decoding or JSON parsing)."""
    if source.format == "text":
        return 1
    if source.format == "jsonl":
        with _open_binary(source) as fh:
            return sum(1 for _, raw, _ in _lines(fh, max_record_bytes) if raw is None or raw.strip())
    return sum(1 for _ in _read_csv(source, encoding, 0, max_record_bytes))


def count_records(
    sources: Sequence[Source], *, encoding: str | None = None, max_record_bytes: int = MAX_RECORD_BYTES
) -> int:
    """How many records ``sources`` hold, as :func:`iter_records` would yield them."""
    return sum(count_source(s, encoding=encoding, max_record_bytes=max_record_bytes) for s in sources)
