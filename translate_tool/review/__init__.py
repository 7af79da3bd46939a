"""Reviewing alignments: the SQLite store, the terminal UI, exports and the HTML report."""

from .store import LOW_CONFIDENCE, STATUSES, Change, DocInfo, ImportResult, Pair, ReviewStore

__all__ = ["LOW_CONFIDENCE", "STATUSES", "Change", "DocInfo", "ImportResult", "Pair", "ReviewStore"]
