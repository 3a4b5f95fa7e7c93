"""Rewrite the accuracy tables in README.md from the commands that produce them.

    python tools/readme_figures.py          # rewrite
    python tools/readme_figures.py --check  # exit 1 when README differs (tests/test_readme_figures.py)

Each table sits between ``<!-- figures:NAME -->`` and ``<!-- /figures -->``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from g60extract.config import ExtractorConfig
from g60extract.evaluation import eval_ner, evaluate, load_gold_dir
from g60extract.segmentation import pkuseg_model_dir

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BIO = ROOT.parent / "shared" / "ner" / "peoples-daily-ner.dev.bio"


def _eval(split: str, segmenter: str) -> Callable[[], str]:
    def table() -> str:
        gold = load_gold_dir(ROOT / "data" / "gold" / split)
        return evaluate(gold, ExtractorConfig(segmenter=segmenter)).markdown()  # type: ignore[arg-type]

    return table


def _ner() -> str:
    rows = ["| recogniser | P | R | F1 | TP | FP | FN |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name, s in eval_ner(BIO).items():
        rows.append(f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.tp} | {s.fp} | {s.fn} |")
    return "\n".join(rows)


TABLES: dict[str, Callable[[], str]] = {
    "test-jieba": _eval("test", "jieba"),
    "test-pkuseg": _eval("test", "pkuseg"),
    "dev-jieba": _eval("dev", "jieba"),
    "eval-ner": _ner,
}


def available(name: str) -> bool:
    if name == "test-pkuseg":
        return (pkuseg_model_dir() / "weights.npz").exists()
    if name == "eval-ner":
        return BIO.exists()
    return True


def render(text: str, names: list[str]) -> str:
    for name in names:
        pattern = re.compile(rf"(<!-- figures:{re.escape(name)} -->\n)(.*?)(\n<!-- /figures -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"README has no figures block {name!r}")
        table = TABLES[name]()
        text = pattern.sub(lambda m, t=table: m.group(1) + t + m.group(3), text)  # type: ignore[misc]
    return text


def main(argv: list[str]) -> int:
    names = [n for n in TABLES if available(n)]
    current = README.read_text(encoding="utf-8")
    fresh = render(current, names)
    if "--check" in argv:
        if fresh != current:
            print("README figures differ from what the commands print; run tools/readme_figures.py")
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
