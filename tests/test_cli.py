"""The command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from g60extract.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "samples" / "g60_2024_conference.txt"


def test_extract_summary() -> None:
    out = CliRunner().invoke(main, ["extract", str(SEED)])
    assert out.exit_code == 0, out.output
    assert "Agreements (9)" in out.output


def test_extract_json_top_level_lists() -> None:
    out = CliRunner().invoke(main, ["extract", str(SEED), "--json", "--published", "2024-11-25"])
    data = json.loads(out.output)
    for key in ("organizations", "dates", "statistics", "agreements", "initiatives", "events"):
        assert isinstance(data[key], list) and data[key]


def test_extract_html_input(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text("<html><body><p>11月9日，浙江大学与嘉兴市人民政府签订合作协议。</p><p>A &amp; B</p></body></html>",
                    encoding="utf-8")
    out = CliRunner().invoke(main, ["extract", str(page), "--json", "--published", "2024-11-25"])
    data = json.loads(out.output)
    assert data["article"]["text"].startswith("11月9日")
    assert "A & B" in data["article"]["text"]
    assert data["agreements"][0]["parties"] == ["浙江大学", "嘉兴市人民政府"]


def test_gb18030_input(tmp_path: Path) -> None:
    page = tmp_path / "gbk.txt"
    page.write_bytes("浙江大学与嘉兴市人民政府签订合作协议。".encode("gb18030"))
    out = CliRunner().invoke(main, ["extract", str(page), "--json"])
    assert json.loads(out.output)["agreements"]


def test_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "e.txt"
    empty.write_text("  ", encoding="utf-8")
    out = CliRunner().invoke(main, ["extract", str(empty)])
    assert out.exit_code != 0 and "empty" in out.output


def test_schema() -> None:
    out = CliRunner().invoke(main, ["schema"])
    assert json.loads(out.output)["title"] == "ExtractionResult"


def test_demo() -> None:
    out = CliRunner().invoke(main, ["demo"])
    assert out.exit_code == 0 and "G60联席办" in out.output


def test_pkuseg_without_model_names_the_pull_command(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("G60EXTRACT_PKUSEG_MODEL", str(tmp_path / "none"))
    out = CliRunner().invoke(main, ["extract", str(SEED), "--segmenter", "pkuseg"])
    assert out.exit_code != 0
    assert "g60extract models pull pkuseg" in out.output


def test_models_pull_refuses_without_consent() -> None:
    out = CliRunner().invoke(main, ["models", "pull", "pkuseg"], input="n\n")
    assert out.exit_code != 0
    assert "RESEARCH AND ACADEMIC USE ONLY" in out.output


def test_python_dash_m() -> None:
    proc = subprocess.run([sys.executable, "-m", "g60extract", "--version"], capture_output=True, text=True, check=True)
    assert "g60extract" in proc.stdout
