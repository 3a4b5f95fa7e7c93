"""Errors the library raises on purpose. All are ``ValueError`` subclasses with a stable code."""

from __future__ import annotations


class G60Error(ValueError):
    """Base class. ``code`` is stable across releases; match on it, not on the message."""

    code = "G000"

    def __init__(self, message: str, *, record: str | None = None) -> None:
        self.record = record
        where = f" (record {record})" if record else ""
        super().__init__(f"[{self.code}] {message}{where}")


class EmptyTextError(G60Error):
    code = "G001"


class TextTooLongError(G60Error):
    code = "G002"


class InvalidInputError(G60Error):
    code = "G003"


class InvalidDateError(G60Error):
    code = "G004"


class ConfigError(G60Error):
    code = "G010"


class ModelNotFoundError(G60Error):
    code = "G020"


class RuleError(G60Error):
    """An extractor rule raised; ``rule`` names it."""

    code = "G030"

    def __init__(self, message: str, *, rule: str, record: str | None = None) -> None:
        self.rule = rule
        super().__init__(f"rule {rule!r} failed: {message}", record=record)
