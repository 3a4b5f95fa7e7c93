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
