"""Word segmentation backends: jieba (default) and spacy-pkuseg.

Each pipeline owns its segmenter. The jieba backend uses its own ``jieba.Tokenizer`` so the
domain dictionary never leaks into the process-global jieba that other code may use (spaCy's
``zh`` jieba mode calls the global ``jieba.cut``; we build the ``Doc`` from our words instead).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from g60extract.errors import ConfigError, ModelNotFoundError
from g60extract.lexicon import Lexicon

log = logging.getLogger(__name__)


class Segmenter(Protocol):
    name: str

    def cut(self, text: str) -> list[str]:
        """Words whose concatenation is exactly ``text``."""
        ...


class JiebaSegmenter:
    name = "jieba"

    def __init__(self, lexicon: Lexicon, *, hmm: bool = False) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._tok = jieba.Tokenizer()
        self._tok.initialize()
        for word, freq in lexicon.jieba_words():
            self._tok.add_word(word, freq)
        self._hmm = hmm

    def cut(self, text: str) -> list[str]:
        return list(self._tok.cut(text, HMM=self._hmm))

    def __getstate__(self) -> None:
        raise TypeError("segmenters do not pickle: pickle the ExtractorConfig instead")


def pkuseg_model_dir() -> Path:
    """Where ``g60extract models pull pkuseg`` stores the model (overridable by env var)."""
    env = os.environ.get("G60EXTRACT_PKUSEG_MODEL")
    if env:
        return Path(env)
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return cache / "g60extract" / "pkuseg" / "default"


class PkusegSegmenter:
    name = "pkuseg"

    def __init__(self, lexicon: Lexicon, model_dir: Path | None = None) -> None:
        try:
            import spacy_pkuseg
        except ImportError:
            raise ImportError(
                "the pkuseg backend needs spacy-pkuseg: pip install spacy-pkuseg"
            ) from None
        model_dir = model_dir or pkuseg_model_dir()
        if not (model_dir / "features.msgpack").exists() and not (
            model_dir / "features.pkl"
        ).exists():
            raise ModelNotFoundError(
                f"no pkuseg model in {model_dir}. Its published models are licensed for research "
                "and academic use only; to fetch one after reading that licence, run: "
                "g60extract models pull pkuseg"
            )
        words = sorted({w for w, freq in lexicon.jieba_words() if freq > 0})
        self._seg = spacy_pkuseg.pkuseg(str(model_dir), user_dict=words)

    def cut(self, text: str) -> list[str]:
        # pkuseg drops whitespace; re-insert it so the words cover the text exactly.
        words = self._seg.cut(text)
        return list(_realign(text, words))


def _realign(text: str, words: Iterable[str]) -> Iterable[str]:
    pos = 0
    for word in words:
        found = text.find(word, pos)
        if found < 0:
            continue
        if found > pos:
            yield text[pos:found]
        yield word
        pos = found + len(word)
    if pos < len(text):
        yield text[pos:]


def make_segmenter(name: str, lexicon: Lexicon) -> Segmenter:
    if name == "jieba":
        return JiebaSegmenter(lexicon)
    if name == "pkuseg":
        return PkusegSegmenter(lexicon)
    raise ConfigError(f"unknown segmenter {name!r}: choose 'jieba' or 'pkuseg'")
