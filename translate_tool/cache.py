"""Persistent key-value caches (translations, sentence embeddings) in one SQLite file each.

The cache folder is `$TRANSLATE_TOOL_CACHE_DIR` if set, else `$XDG_CACHE_HOME/translate-tool`,
else `~/.cache/translate-tool`. Tests point the variable at a temporary folder.
Keys are hashed together with a namespace (e.g. an engine signature), so a new model
version never reuses translations of an old one.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .errors import TranslateToolError


def cache_dir() -> Path:
    env = os.environ.get("TRANSLATE_TOOL_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "translate-tool"


def cache_key(namespace: str, text: str) -> str:
    return hashlib.sha256(f"{namespace}\x00{text}".encode("utf-8")).hexdigest()


class KeyValueCache:
    """A string-keyed store of bytes values; reads and writes are batched, writes are transactions.

    Usable from several threads (the review UI loads the encoder in a background thread and
    encodes in the main one): one connection, one call at a time."""

    def __init__(self, name: str, folder: Path | None = None):
        folder = Path(folder) if folder is not None else cache_dir()
        self.path = folder / f"{name}.sqlite3"
        self._lock = threading.Lock()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self._wal()
            self._db.execute("CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v BLOB NOT NULL)")
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            raise self._unusable(exc) from None

    def _unusable(self, exc: Exception) -> TranslateToolError:
        """A cache folder that is full, read-only or not a folder: one line naming the file and the remedy."""
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return TranslateToolError(f"cannot use the cache ({why}): make room, or point TRANSLATE_TOOL_CACHE_DIR "
                                  "at a writable folder", self.path)

    def _wal(self) -> None:
        """Switch to WAL. Two processes creating the same cache at once can see SQLITE_BUSY here
        at once, without the busy timeout (SQLite does not wait on a journal-mode change): retry."""
        for attempt in range(100):
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 99:
                    raise
                time.sleep(0.05)

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        unique = list(dict.fromkeys(keys))
        with self._lock:
            for start in range(0, len(unique), 500):  # SQLite's bound-parameter limit
                chunk = unique[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for k, v in self._db.execute(f"SELECT k, v FROM kv WHERE k IN ({marks})", chunk):
                    found[k] = bytes(v)
        return found

    def put_many(self, items: Mapping[str, bytes] | Iterable[tuple[str, bytes]]) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        try:
            with self._lock, self._db:
                self._db.executemany("INSERT OR REPLACE INTO kv (k, v) VALUES (?, ?)", list(pairs))
        except sqlite3.OperationalError as exc:  # a full disk (the transaction is rolled back)
            raise self._unusable(exc) from None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "KeyValueCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
