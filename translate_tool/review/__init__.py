"""Reviewing alignments: the SQLite store, the terminal UI, exports and the HTML report."""

from .operations import STATUSES, Change
from .store import LOW_CONFIDENCE, DocInfo, ImportResult, Pair, ReviewStore

__all__ = ["LOW_CONFIDENCE", "STATUSES", "Change", "DocInfo", "ImportResult", "Pair", "ReviewStore"]
