"""The notebooks run top to bottom on the data the repository ships, produce their plots, and are
committed without outputs."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("matplotlib")
pytest.importorskip("pandas")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
# images each notebook must produce (plots), and the longest it may run
EXPECTED = {
    "01_quickstart.ipynb": {"images": 0, "seconds": 40},
    "02_corpus_analysis.ipynb": {"images": 5, "seconds": 60},
    "03_custom_rules.ipynb": {"images": 1, "seconds": 60},
}


def test_the_three_notebooks_are_there() -> None:
    assert [nb.name for nb in NOTEBOOKS] == sorted(EXPECTED)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: outputs not stripped"
            assert cell.execution_count is None, f"{path.name}: execution count not stripped"
    assert nb.metadata.kernelspec.name == "python3"


def _run(path: Path, tmp_path: Path) -> tuple[Any, float]:
    """Execute a copy in tmp_path/notebooks beside a link to the repository's data, so that what
    the notebook writes (exports, rule files) stays out of the checkout."""
    work = tmp_path / "notebooks"
    work.mkdir()
    for name in ("data", "examples"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    nb = nbformat.read(path, as_version=4)
    env = {**os.environ, "MPLBACKEND": "module://matplotlib_inline.backend_inline", "PYTHONWARNINGS": ""}
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(work)}})
    start = time.perf_counter()
    client.execute(env=env)
    return nb, time.perf_counter() - start


def _outputs(nb: Any) -> list[Any]:
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path: Path, tmp_path: Path) -> None:
    nb, seconds = _run(path, tmp_path)  # raises CellExecutionError on the first failing cell
    outputs = _outputs(nb)
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    expected = EXPECTED[path.name]
    assert len(images) >= expected["images"], f"{path.name}: {len(images)} plots"
    assert seconds < expected["seconds"], f"{path.name} took {seconds:.0f} s"
    # each notebook shows an ExtractionResult, which displays as the highlighted HTML view
    html = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="g60-result"' in h for h in html), f"{path.name}: no result displayed"
    stderr = "".join(o.text for o in outputs if o.output_type == "stream" and o.name == "stderr")
    assert "Traceback" not in stderr
    assert "Glyph" not in stderr, "a chart draws Chinese text without a CJK font"
