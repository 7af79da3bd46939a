"""Review work whose text is back in the document comes back with it.

A rerun keeps a pair's review where its sentences are unchanged *in place*
(bead_merge.merge_beads); work it cannot keep goes to the earlier reviews (earlier.py). Two
common cases left a reviewer's work there although the very same text is in the new
document: a sentence or paragraph that only **moved** (the merge follows the document's
order), and a text that **came back** (an author's change undone, another article that had
taken the name replaced by the first again). So, after the merge, a pair the rerun made from
scratch whose source sentences are exactly those of a piece of earlier work (as the document
had them, before any source edit) takes that work back: its decision, its edited text (`mt`
keeps the machine text the edit replaced), its source edit. In an aligned translation, where
the target is the document's text too, the target sentences must be the same as well.

Only exact and unambiguous matches: one new pair with that text and the newest work for it
(a sentence the document has twice is left to the reviewer, who is offered the earlier review
in the editor, `earlier.offer`).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Sequence

from .model import IMPORTED, _norm


def _side(texts: Sequence[str], like: list[dict]) -> list[dict]:
    """Sentences `texts` in the place of the bead side `like` (its original ids when they pair up)."""
    para = like[0]["para"] if like else 0
    same = len(texts) == len(like)
    return [{"text": t, "orig": like[i]["orig"] if same else None, "para": para} for i, t in enumerate(texts)]


class _Work:
    """A piece of earlier work: what it matches and what it gives back."""

    def __init__(self, src, tgt, mt, src_was, status, edited, row_id=None, lost=None, signature=None):
        self.src, self.tgt, self.mt, self.src_was = list(src), list(tgt), mt, src_was
        self.status, self.edited, self.row_id, self.lost = status, bool(edited), row_id, lost
        self.signature = signature  # the run that made its text (None: not recorded)
        document_src = src_was if src_was is not None else src
        machine_tgt = mt if self.edited and mt is not None else tgt
        self.src_key = tuple(_norm(s) for s in document_src)
        self.tgt_key = tuple(_norm(t) for t in machine_tgt)

    def give(self, bead: dict, aligned: bool) -> None:
        if self.signature and (self.edited or (not aligned and [t["text"] for t in bead["tgt"]] != list(self.tgt))):
            bead["signature"] = self.signature  # the text it gets back is not this run's
        bead["status"], bead["edited"] = self.status, int(self.edited)
        if self.edited:
            bead["mt"] = json.dumps(list(self.mt if self.mt is not None else self.tgt), ensure_ascii=False)
        if self.edited or not aligned:  # (machine output: the text the reviewer approved)
            bead["tgt"] = _side(self.tgt, bead["tgt"])
        if self.src_was is not None:  # a source edit: the document's sentences become what it replaced
            bead["src_was"] = json.dumps([[s["text"], s["orig"]] for s in bead["src"]], ensure_ascii=False)
            bead["src"] = _side(self.src, bead["src"])


def _from_lost(bead: dict) -> _Work:
    was = None if bead.get("src_was") is None else [t for t, _ in json.loads(bead["src_was"])]
    mt = None if not bead["edited"] or bead.get("mt") is None else json.loads(bead["mt"])
    return _Work([s["text"] for s in bead["src"]], [s["text"] for s in bead["tgt"]], mt, was,
                 bead["status"], bead["edited"], lost=bead, signature=bead.get("signature"))


def restore_returned(conn: sqlite3.Connection, doc_id: int, beads: list[dict], lost: list[tuple[dict, str]],
                     aligned: bool) -> tuple[int, int]:
    """Give the fresh beads among `beads` (in place) the earlier work whose text they are: the
    work this merge could not keep (`lost`, emptied of what was given back) and the document's
    stored earlier reviews (deleted when given back). Returns (from `lost`, from the store)."""
    rows = conn.execute("SELECT id, src, tgt, mt, src_was, status, edited, signature FROM earlier_reviews"
                        " WHERE doc_id = ? ORDER BY id DESC", (doc_id,)).fetchall()
    if not rows and not lost:  # (the usual rerun: nothing to look for)
        return 0, 0
    fresh: dict[tuple, list[dict]] = {}
    for bead in beads:
        if (bead.get("orig_key") == IMPORTED and bead["status"] == "unreviewed" and not bead["edited"]
                and bead["src"] and (bead["tgt"] or not aligned)):
            key = (tuple(_norm(s["text"]) for s in bead["src"]),
                   tuple(_norm(t["text"]) for t in bead["tgt"]) if aligned else ())
            fresh.setdefault(key, []).append(bead)
    if not fresh:
        return 0, 0
    work = [_from_lost(b) for b, _reason in reversed(lost)]  # newest first: this merge's, then the store's
    work += [_Work(json.loads(r["src"]), json.loads(r["tgt"]), None if r["mt"] is None else json.loads(r["mt"]),
                   None if r["src_was"] is None else json.loads(r["src_was"]), r["status"], r["edited"], row_id=r["id"],
                   signature=r["signature"])
             for r in rows]
    taken: set[tuple] = set()
    from_lost, from_store = set(), []
    for w in work:
        if w.status == "unreviewed" and not w.edited:
            continue  # work that was only a new shape (a split, a merge): that shape is not this pair's
        key = (w.src_key, w.tgt_key if aligned else ())
        if key in taken or len(fresh.get(key, ())) != 1:  # (newest work only; one pair with that text)
            continue
        taken.add(key)
        w.give(fresh[key][0], aligned)
        if w.lost is not None:
            from_lost.add(id(w.lost))
        else:
            from_store.append(w.row_id)
    lost[:] = [(b, reason) for b, reason in lost if id(b) not in from_lost]
    if from_store:
        conn.executemany("DELETE FROM earlier_reviews WHERE id = ?", [(i,) for i in from_store])
    return len(from_lost), len(from_store)
