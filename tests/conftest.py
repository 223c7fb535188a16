"""Shared fixtures."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_loaded():
    from lib.loader import load_paths

    loaded, messages = load_paths([SEEDS], SEEDS / "manifest.csv")
    assert messages == []
    return {x.article.article_id: x for x in loaded}


@pytest.fixture(scope="session")
def seed_tables():
    from lib.corpus import extract_paths

    return extract_paths([str(SEEDS)], str(SEEDS / "manifest.csv"))
