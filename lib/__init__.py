"""Diplomacy Timeline: news articles about Middle East diplomacy -> sourced, filterable tables."""
from lib.models import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION"]
