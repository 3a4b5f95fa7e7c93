"""Choose the stories of ``xwlb_sample.jsonl`` from the shared 新闻联播 corpus.

    python data/samples/make_xwlb_sample.py ../shared/corpora/xwlb-2022-2024.jsonl

Every story shorter than ``MAX_CHARS`` of HTML is extracted. Those with an agreement between
two or more parties are all kept (the corpus has about seventy: enough for a co-signing
network); each month is then filled up to ``PER_MONTH`` stories with the best of the rest,
which score for initiatives (2 each) and statistics (1 each, at most 5), and for naming 长三角
or G60 (5); ties go by id. So the sample covers every month from 2022-09 to 2024-12 for plots
over time. The records are written unchanged (``content`` is the crawled HTML), sorted by id.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from g60extract import Extractor
from g60extract.io import article_from_text

PER_MONTH = 8
MAX_CHARS = 3000
OUT = Path(__file__).with_name("xwlb_sample.jsonl")


def score(extractor: Extractor, record: dict[str, str]) -> tuple[bool, int]:
    """(has an agreement between two or more parties, score)."""
    article = article_from_text(record["content"], id=record["id"], published=record["published"],
                                title=record["title"], source=record["source"], url=record["url"])
    r = extractor.extract(article)
    signed = any(len(a.parties) >= 2 for a in r.agreements)
    bonus = 5 if any(w in article.text for w in ("长三角", "G60")) else 0
    return signed, 2 * len(r.initiatives) + min(len(r.statistics), 5) + bonus


def main(corpus: str) -> None:
    extractor = Extractor()
    by_month: dict[str, list[tuple[bool, int, str, str]]] = defaultdict(list)
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if len(record["content"]) > MAX_CHARS:
                continue
            by_month[record["published"][:7]].append((*score(extractor, record), record["id"], line))
    chosen = []
    for month in sorted(by_month):
        signed = [(rid, line) for s, _, rid, line in by_month[month] if s]
        rest = sorted((t for t in by_month[month] if not t[0]), key=lambda t: (-t[1], t[2]))
        chosen.extend(signed)
        chosen.extend((rid, line) for _, _, rid, line in rest[: max(0, PER_MONTH - len(signed))])
    OUT.write_text("".join(line for _, line in sorted(chosen)), encoding="utf-8")
    print(f"{len(chosen)} stories, {OUT.stat().st_size} bytes → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/xwlb-2022-2024.jsonl")
