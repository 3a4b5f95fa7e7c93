"""Reading articles from files: encodings, HTML, page metadata."""

from __future__ import annotations

import sys
from pathlib import Path

from g60extract.errors import InvalidInputError
from g60extract.html import html_to_text, looks_like_html
from g60extract.models import Article
from g60extract.pipeline import parse_published

ENCODINGS = ("utf-8-sig", "gb18030")


def decode(data: bytes, encoding: str | None = None, record: str | None = None) -> str:
    """Bytes → text: the given encoding, else UTF-8 (with or without BOM), else GB18030."""
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InvalidInputError(f"cannot decode as {encoding}: {exc}", record=record) from None
    for enc in ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InvalidInputError("undecodable bytes: neither UTF-8 nor GB18030", record=record)


def article_from_text(raw: str, *, id: str | None = None, published: str | None = None,
                      title: str | None = None, source: str | None = None, url: str | None = None) -> Article:
    """An Article from raw text or HTML; for HTML the article's text is the extracted text."""
    text = html_to_text(raw) if looks_like_html(raw) else raw
    return Article(id=id, title=title, source=source, url=url,
                   published=parse_published(published, id), text=text)


def read_article_file(path: str, *, encoding: str | None = None, published: str | None = None) -> Article:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    record = "<stdin>" if path == "-" else path
    raw = decode(data, encoding, record)
    return article_from_text(raw, id=None if path == "-" else Path(path).stem, published=published)
