"""g60extract: typed, normalised, evidence-linked events from Chinese news articles.

    >>> import g60extract
    >>> result = g60extract.extract(text, published="2024-11-25")
    >>> result.agreements[0].parties

``Extractor`` loads once and is reused; ``extract_many`` streams many articles (optionally in
worker processes); ``ExtractionResult`` is the versioned output contract.
"""

from __future__ import annotations

from typing import Any

from g60extract.config import ExtractorConfig
from g60extract.errors import G60Error
from g60extract.models import SCHEMA_VERSION, Article, ExtractionResult, json_schema
from g60extract.pipeline import Extractor, PublishedLike
from g60extract.resolution import OrgResolver
from g60extract.rules.user import UserRule

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION", "Article", "ExtractionResult", "Extractor", "ExtractorConfig", "G60Error",
    "OrgResolver", "UserRule", "__version__", "extract", "extract_many", "json_schema", "to_frames",
]


def extract(text: str | Article, published: PublishedLike = None, **kwargs: Any) -> ExtractionResult:
    """Extract from one article with a lazily built, cached default ``Extractor``."""
    from g60extract.batch import get_extractor  # one pipeline per process, shared with extract_many

    return get_extractor(ExtractorConfig()).extract(text, published, **kwargs)


def extract_many(articles: Any, **kwargs: Any) -> Any:
    """Stream results in input order; see ``g60extract.batch.extract_many``."""
    from g60extract.batch import extract_many as _extract_many

    return _extract_many(articles, **kwargs)


def to_frames(results: Any, **kwargs: Any) -> Any:
    """pandas DataFrames, one per kind, for many results (needs the ``pandas`` extra); organisation
    spellings resolved across them (see ``g60extract.frames.to_frames``)."""
    from g60extract.frames import to_frames as _to_frames

    return _to_frames(results, **kwargs)
