from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import g60extract
from g60extract import Extractor

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"
SEED_ID = "000_40cff2c05ace707d"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (DATA / "gold" / "dev" / f"{SEED_ID}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((DATA / "gold" / "dev" / f"{SEED_ID}.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_result(extractor: Extractor, seed_text: str) -> g60extract.ExtractionResult:
    return extractor.extract(seed_text, dt.date(2024, 11, 25))
