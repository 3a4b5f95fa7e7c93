"""The README's commands and CI agree."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:12]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in readme if line.startswith("    python3.11 -m venv")]
    assert len(commands) == 2
    assert commands[1] in ci
    assert "pytest" in commands[1] and "g60extract demo" in commands[0]


def test_lexicon_tables_name_each_entry_once() -> None:
    """A name listed twice in a table is listed with two types or two canonical names at some
    point: the last row would silently win."""
    from g60extract.lexicon import _rows

    for table in ("org_known.tsv", "aliases.tsv", "org_suffixes.tsv"):
        names = [row[0] for row in _rows(table)]
        twice = sorted({n for n in names if names.count(n) > 1})
        assert twice == [], f"{table} lists {twice} more than once"


def test_no_module_binds_a_name_twice() -> None:
    """A second module-level ``_ADOPTED = …`` silently replaces the first for every rule that reads
    it; neither ruff nor mypy reports a rebinding of a plain name, so this test does."""
    import ast

    twice = []
    for path in sorted((ROOT / "g60extract").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                overload = any(getattr(d, "id", getattr(d, "attr", "")) == "overload" for d in node.decorator_list)
                names = [] if overload else [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names = [node.target.id]
            else:
                names = []
            twice += [f"{path.relative_to(ROOT)}:{node.lineno} {n}" for n in names if n in seen]
            seen.update(names)
    assert twice == []
