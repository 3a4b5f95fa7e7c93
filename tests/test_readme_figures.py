"""The accuracy tables in README.md are what the commands print on this checkout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not (ROOT.parent / "shared").exists(), reason="needs ../shared beside the checkout")
def test_readme_figures_are_current() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "readme_figures.py"), "--check"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
