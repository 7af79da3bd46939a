"""A lone pair file: what `align -o` finds where it is about to write `<stem>.pairs.jsonl` when
nothing recorded what the tool wrote there (no review store wrote it, no manifest lists it).

Each record carries the hash of the text it was written with (`PairRecord.text_hash`), so a
record whose text no longer matches it was edited by hand. Before the review merge reads the
file, such a record is marked as an edit (`edited`, with `mt` the text the tool wrote, found
again by its hash among the new alignment's records with the same source): the merge then keeps
it as it keeps an edit made in `review`. An edit whose original is not among the new records
(the translation or the source changed there too), and a file that no longer reads as pair
records, are kept as a copy beside the file (`<name>.hand-edited`) before it is rewritten.
Records of files written before `text_hash` existed cannot be told apart and are read as before.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import unicodedata
from pathlib import Path
from typing import Sequence

from ..data import PairRecord, pair_text_hash
from ..errors import TranslateToolError
from ..fileio import atomic_write_text
from ..formats import format_jsonl, parse_jsonl
from . import schema
from ..fileio import keep_copy
from .hand_edits import HandEdits, written_hashes

UNREADABLE = "it no longer reads as pair records ({problem}), so its edits cannot be taken"
BOTH_CHANGED = "pair #{pair}'s translation changed in the document as well, so its edit cannot be taken"
SOURCE_GONE = "pair #{pair}'s source is not in the new alignment, so its edit cannot be taken"


def recorded_elsewhere(path: Path, stem: str) -> bool:
    """Whether a manifest or the folder's review store recorded what the tool wrote to `path`
    (then the review's own reading of hand edits applies: review/hand_edits.py)."""
    if path.name in written_hashes(path.parent):  # (the manifest's)
        return True
    db = path.parent / schema.DB_NAME
    if not db.exists():
        return False
    try:
        conn = schema.connect_file_readonly(db)
        try:
            row = conn.execute("SELECT written FROM documents WHERE stem = ?", (stem,)).fetchone()
        finally:
            conn.close()
        return bool(row and row[0]) and path.name in json.loads(row[0])
    except (sqlite3.Error, ValueError, TypeError):
        return False  # the merge that follows reports a damaged store


def _key(texts: Sequence[str]) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", t).strip() for t in texts)


def mark_hand_edits(path: Path, stem: str, new_records: Sequence[PairRecord]) -> HandEdits | None:
    """Mark the records of `path` edited by hand as edits (the file rewritten so), keeping a
    copy of the file first where some cannot be; None when nothing was edited by hand."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise TranslateToolError(f"cannot read pair records ({exc.strerror or exc})", path) from None
    try:
        old = parse_jsonl(data.decode("utf-8"), path)
    except (UnicodeDecodeError, TranslateToolError) as exc:
        problem = "not UTF-8" if isinstance(exc, UnicodeDecodeError) else str(exc).split(": ", 1)[-1]
        copy = keep_copy(path.parent, path.name, data)
        return HandEdits(stem, files=(path.name,), kept=((path.name, copy, UNREADABLE.format(problem=problem)),))
    todo = [k for k, r in enumerate(old) if r.hand_edited and not r.edited]  # (an edited one says so itself)
    if not todo:
        return None
    by_source: dict[tuple[str, ...], list[PairRecord]] = {}
    for r in new_records:
        by_source.setdefault(_key(r.src), []).append(r)
    out, marked, problems = list(old), [], []
    for k in todo:
        r = old[k]
        same_source = by_source.get(_key(r.src), [])
        written = next((n.tgt for n in same_source if pair_text_hash(r.src, n.tgt) == r.text_hash), None)
        if written is None:
            problems.append((BOTH_CHANGED if same_source else SOURCE_GONE).format(pair=r.pair + 1))
            continue
        out[k] = dataclasses.replace(r, edited=True, mt=tuple(written))
        marked.append(r.pair)
    kept = ()
    if problems:  # the file as the user left it, before anything rewrites it
        kept = ((path.name, keep_copy(path.parent, path.name, data), "; ".join(problems)),)
    if marked:
        atomic_write_text(path, format_jsonl(out))
    return HandEdits(stem, edited=tuple(marked), files=(path.name,), kept=kept)
