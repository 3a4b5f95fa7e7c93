"""``ExtractorConfig``: everything needed to rebuild an ``Extractor`` in any process."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ExtractorConfig(BaseModel):
    """Small, frozen, JSON-serialisable. Ship this to workers, not the pipeline."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    segmenter: Literal["jieba", "pkuseg"] = "jieba"
    lexicon_files: tuple[str, ...] = Field(default=(), description="JSON lexicon extensions")
    rule_files: tuple[str, ...] = Field(default=(), description="JSON files of user rules")
    max_chars: int = Field(default=2_000_000, gt=0, description="longer texts are rejected")
