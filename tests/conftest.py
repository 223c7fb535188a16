"""Shared fixtures."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

# No test may write to the repository's data/ store: every run gets its own (tests that need a specific
# store set DIPLO_DATA themselves).
os.environ.setdefault("DIPLO_DATA", tempfile.mkdtemp(prefix="diplo_test_data_"))

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_loaded():
    from lib.store.loader import load_paths

    loaded, messages = load_paths([SEEDS], SEEDS / "manifest.csv")
    assert messages == []
    return {x.article.article_id: x for x in loaded}


@pytest.fixture(scope="session")
def seed_tables():
    from lib.store.corpus import extract_paths

    return extract_paths([str(SEEDS)], str(SEEDS / "manifest.csv"))


@pytest.fixture
def tmp_data(tmp_path, monkeypatch):
    """A fresh store folder for this test (``DIPLO_DATA``)."""
    monkeypatch.setenv("DIPLO_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("DIPLO_ARTICLES", raising=False)
    return tmp_path / "data"

