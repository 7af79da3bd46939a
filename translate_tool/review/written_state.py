"""The review of a document as it was when its files were last written: the base of a three-way
merge of a file edited by hand while the review moved on.

A journalist fixes a sentence in `x.en.txt` with an editor while a reviewer, in the review UI,
edits another pair of `x`. When the UI writes `x`'s files, the file on disk differs from what
the tool wrote (the hand edit) and the store differs from what it was then (the reviewer's edit).
Comparing the file with the store's *current* rendering would mix the two, so the file was kept
aside as a copy. With the store as it was when the file was written, the file's own changes can
be read exactly (file as written -> file now), and each can be taken where the review has not
changed the same pair since.

The store's history (undo/redo) is that record: `mark_written` notes which of the document's
history entries were in effect (`DONE_KEY` in `documents.written`); the state then is the current
one with the entries done since undone (newest first) and those undone since redone (oldest
first), as the UI's undo and redo do, on an in-memory copy of the store. Anything else that
changed the document meanwhile (a rerun's import archives the history) gives None, and whoever
asks checks the result against the recorded SHA-256 of the file anyway.
"""

from __future__ import annotations

import json
import sqlite3

from ..errors import TranslateToolError

DONE_KEY = "#done"  # in documents.written beside the files' hashes: the history in effect then


def done_entries(store, stem: str) -> list[int]:
    """The history entries (seq) of a document in effect now."""
    return [r[0] for r in store.conn.execute(
        "SELECT seq FROM history WHERE doc_id = ? AND state = 'done' ORDER BY seq", (store.doc_id(stem),))]


def state_when_written(store, stem: str):
    """A read-only in-memory copy of `store` with `stem` as it was when its files were last
    written, or None when that cannot be told from the history."""
    row = store.conn.execute("SELECT id, written FROM documents WHERE stem = ?", (stem,)).fetchone()
    if row is None or not row[1]:
        return None
    try:
        done_then = json.loads(row[1]).get(DONE_KEY)
    except (ValueError, AttributeError):
        return None
    if not isinstance(done_then, list):
        return None
    doc_id, done_then = row[0], set(done_then)
    entries = {r["seq"]: r for r in store.conn.execute(
        "SELECT seq, state, prev_id, before, after FROM history WHERE doc_id = ?", (doc_id,))}
    if any(seq not in entries or entries[seq]["state"] == "archived" for seq in done_then):
        return None  # the document was imported again since: its history before that is closed
    since = sorted((s for s, r in entries.items() if r["state"] == "done" and s not in done_then), reverse=True)
    undone = sorted(s for s in done_then if entries[s]["state"] != "done")
    copy = store.copy_in_memory()
    try:
        for seq in since:  # undo what was done since, newest first
            e = entries[seq]
            copy._replace(doc_id, e["prev_id"], [b["id"] for b in json.loads(e["after"])], json.loads(e["before"]))
        for seq in undone:  # redo what was undone since, oldest first
            e = entries[seq]
            copy._replace(doc_id, e["prev_id"], [b["id"] for b in json.loads(e["before"])], json.loads(e["after"]))
    except (sqlite3.Error, KeyError, ValueError, TranslateToolError):  # a history that does not replay
        copy.close()
        return None
    return copy
