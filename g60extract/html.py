"""HTML → plain text, keeping paragraphs as line breaks.

Uses the standard library's tokenising ``HTMLParser`` rather than regexes, so that no
input can make it backtrack, and entities are unescaped by the parser itself.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "section", "article", "header", "footer", "blockquote", "pre",
    }
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_MARKUP_HINT = re.compile(r"<(?:p|div|br|span|strong|b|i|a|li|h[1-6]|table|html|body)\b", re.IGNORECASE)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """True when ``text`` carries common block or inline markup."""
    return _MARKUP_HINT.search(text[:5000]) is not None


def html_to_text(markup: str) -> str:
    """Reduce HTML to text: one paragraph per line, entities unescaped, spaces collapsed."""
    parser = _TextCollector()
    parser.feed(markup)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
