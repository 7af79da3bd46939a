"""Review work a rerun could not keep, kept instead of lost.

A rerun keeps a reviewer's pair wherever its sentences are unchanged in the document
(bead_merge.merge_beads). Where they changed (the author rewrote the sentence, the translation
was revised, a new alignment groups the sentences differently) the pair goes back to
unreviewed; its decision and text are stored here, with the reason, so that the reviewer can
see what they had decided and reuse their edit (`translate-tool show OUT --earlier`).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Sequence

from .model import _now


@dataclass(frozen=True)
class EarlierReview:
    doc: str
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    status: str
    edited: bool
    mt: tuple[str, ...] | None  # the target before the reviewer's edit (None: not edited)
    src_was: tuple[str, ...] | None  # the source before the reviewer's edit (None: not edited)
    reason: str
    source: str  # what the rerun that replaced it imported
    replaced_at: str


def keep_earlier_reviews(conn: sqlite3.Connection, doc_id: int, lost: Sequence[tuple[dict, str]], source: str) -> None:
    """Store the worked-on beads a merge could not keep (bead snapshot, reason)."""
    now = _now()
    conn.executemany(
        "INSERT INTO earlier_reviews (doc_id, src, tgt, mt, src_was, status, edited, reason, source, replaced_at,"
        " signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, _texts(b["src"]), _texts(b["tgt"]), b.get("mt") if b["edited"] else None,
          _was_texts(b.get("src_was")), b["status"], int(bool(b["edited"])), reason, source, now,
          b.get("signature") or None)
         for b, reason in lost])


def earlier_reviews(conn: sqlite3.Connection, stem: str | None = None) -> list[EarlierReview]:
    """The kept work of one document (or all), oldest first."""
    rows = conn.execute(
        "SELECT e.*, d.stem FROM earlier_reviews e JOIN documents d ON d.id = e.doc_id"
        + (" WHERE d.stem = ?" if stem is not None else "") + " ORDER BY d.stem, e.id",
        (stem,) if stem is not None else ()).fetchall()
    return [EarlierReview(
        doc=r["stem"], src=tuple(json.loads(r["src"])), tgt=tuple(json.loads(r["tgt"])), status=r["status"],
        edited=bool(r["edited"]), mt=None if r["mt"] is None else tuple(json.loads(r["mt"])),
        src_was=None if r["src_was"] is None else tuple(json.loads(r["src_was"])),
        reason=r["reason"], source=r["source"] or "", replaced_at=r["replaced_at"]) for r in rows]


SIMILAR = 0.6  # difflib ratio of the sources above which an earlier review is offered for a pair


def similarity(e: EarlierReview, src_text: str) -> float:
    """How alike a source text is to an earlier review's source (as the reviewer left it, or as
    the document had it): difflib's ratio on whitespace-normalised text."""
    text = " ".join(src_text.split())
    return max(SequenceMatcher(None, text, " ".join(" ".join(side).split()), autojunk=False).ratio()
               for side in (e.src, e.src_was or ()))


def offer(earlier: Sequence[EarlierReview], src: Sequence[str], others: Sequence[str]) -> EarlierReview | None:
    """The earlier review the review editor offers for a pair with source `src`: the one most
    like it, if at least SIMILAR and no other pair of the document (`others`: their sources) is
    more like it (the sentence was changed a little; its reviewed translation probably needs
    only a little change)."""
    best, best_ratio = None, SIMILAR
    for e in earlier:
        ratio = similarity(e, " ".join(src)) if e.tgt else 0.0
        if ratio >= best_ratio:  # the later of equally close ones
            best, best_ratio = e, ratio
    if best is None or any(similarity(best, o) > best_ratio for o in others):
        return None
    return best


def likely_pair(e: EarlierReview, pairs: Sequence) -> int | None:
    """The index of the document's pair (objects with `.index` and `.src`) most like an earlier
    review, if at least SIMILAR: where that work probably belongs now."""
    best, best_ratio = None, SIMILAR
    for p in pairs:
        ratio = similarity(e, " ".join(p.src)) if p.src else 0.0
        if ratio > best_ratio:
            best, best_ratio = p.index, ratio
    return best


def _texts(side: list[dict]) -> str:
    return json.dumps([s["text"] for s in side], ensure_ascii=False)


def _was_texts(src_was: str | None) -> str | None:
    return None if src_was is None else json.dumps([t for t, _ in json.loads(src_was)], ensure_ascii=False)
