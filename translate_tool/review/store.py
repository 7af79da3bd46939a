"""The review store: alignment beads, review decisions and their history in SQLite.

One database per output folder (`OUT_DIR/review.sqlite3`). Every public method that
writes runs in one `BEGIN IMMEDIATE` transaction, so a killed process loses at most the
change it was making. Each change records the affected beads before and after, which
gives persistent, linear undo/redo (an import is a barrier undo does not cross).

Editing operations (the segment operations of alignment editors such as InterText):
approve / reject / reset, edit a side's text, merge with the next bead, split a bead,
move a side's first sentence to the previous bead or its last sentence to the next
bead, and insert an empty side (that side's text shifts down one bead until a bead with
that side empty absorbs it).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from ..data import PairRecord
from ..errors import TranslateToolError
from . import schema
from .operations import SIDES, STATUSES, EditOperations

ONLY = ("unreviewed", "low-confidence", "non-1-1")
LOW_CONFIDENCE = 0.5  # a bead scoring below this (or carrying any aligner flag) is low-confidence


@dataclass(frozen=True)
class Pair:
    """A bead as the reviewer sees it."""

    id: int
    doc: str
    index: int  # 0-based position within the document
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    score: float
    status: str
    flags: tuple[str, ...]
    paragraph: int
    edited: bool
    src_ids: tuple[int, ...] = ()  # sentence indices in the imported document (empty once unknown)
    tgt_ids: tuple[int, ...] = ()

    @property
    def shape(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"

    @property
    def is_one_to_one(self) -> bool:
        return len(self.src) == 1 and len(self.tgt) == 1

    def is_low(self, threshold: float = LOW_CONFIDENCE) -> bool:
        return self.score < threshold or bool(self.flags)

    def side(self, side: str) -> tuple[str, ...]:
        return self.src if side == "src" else self.tgt

    def to_record(self, index: int | None = None, signature: str = "") -> PairRecord:
        return PairRecord(
            doc=self.doc, pair=self.index if index is None else index, src=self.src, tgt=self.tgt,
            src_ids=self.src_ids, tgt_ids=self.tgt_ids, paragraph=self.paragraph, score=self.score,
            flags=self.flags, signature=signature,
        )


@dataclass(frozen=True)
class DocInfo:
    stem: str
    pairs: int
    approved: int
    rejected: int
    src_lang: str
    tgt_lang: str
    signature: str

    @property
    def reviewed(self) -> int:
        return self.approved + self.rejected


@dataclass(frozen=True)
class ImportResult:
    doc: str
    pairs: int
    kept: int  # decisions (status or edits) carried over from the previous import
    dropped: int  # decisions lost because their pair changed
    unchanged: bool = False  # the file was identical to the last import: nothing touched


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _norm(text: str) -> str:
    return " ".join(text.split())


def content_key(src: Sequence[str], tgt: Sequence[str]) -> str:
    return json.dumps([[_norm(s) for s in src], [_norm(t) for t in tgt]], ensure_ascii=False)


def _ids(side: list[tuple[str, int | None]]) -> tuple[int, ...]:
    ids = [i for _, i in side]
    return () if None in ids else tuple(ids)


class ReviewStore(EditOperations):
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.conn = schema.connect(self.path)

    @classmethod
    def open(cls, out_dir: str | Path, sync: bool = True) -> "ReviewStore":
        """The store of an output folder; imports any new or changed `*.pairs.jsonl` first."""
        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise TranslateToolError("not a folder (expected the output folder of `run`)", out_dir)
        store = cls(out_dir / schema.DB_NAME)
        if sync:
            from .importer import sync_folder

            sync_folder(store, out_dir)
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "ReviewStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # ------------------------------------------------------------ queries
    def documents(self) -> list[DocInfo]:
        rows = self.conn.execute(
            """SELECT d.stem, d.src_lang, d.tgt_lang, d.signature, COUNT(b.id) AS n,
                      SUM(b.status = 'approved') AS a, SUM(b.status = 'rejected') AS r
               FROM documents d LEFT JOIN beads b ON b.doc_id = d.id
               GROUP BY d.id ORDER BY d.stem"""
        ).fetchall()
        return [
            DocInfo(r["stem"], r["n"], r["a"] or 0, r["r"] or 0, r["src_lang"], r["tgt_lang"], r["signature"])
            for r in rows
        ]

    def doc_id(self, stem: str) -> int:
        row = self.conn.execute("SELECT id FROM documents WHERE stem = ?", (stem,)).fetchone()
        if row is None:
            known = ", ".join(d.stem for d in self.documents()) or "none"
            raise TranslateToolError(f"no document {stem!r} in the review store (documents: {known})")
        return row["id"]

    def pairs(
        self,
        doc: str | None = None,
        status: str | Sequence[str] | None = None,
        min_score: float | None = None,
        only: str | None = None,
        threshold: float = LOW_CONFIDENCE,
    ) -> list[Pair]:
        """Beads in document order (documents by stem), filtered."""
        where, args = [], []
        if doc is not None:
            where.append("b.doc_id = ?")
            args.append(self.doc_id(doc))
        if status is not None:
            statuses = [status] if isinstance(status, str) else list(status)
            for s in statuses:
                if s not in STATUSES:
                    raise TranslateToolError(f"unknown status {s!r} (expected one of {', '.join(STATUSES)})")
            where.append(f"b.status IN ({','.join('?' * len(statuses))})")
            args += statuses
        if min_score is not None:
            where.append("b.score >= ?")
            args.append(min_score)
        if only is not None and only not in ONLY:
            raise TranslateToolError(f"unknown filter {only!r} (expected one of {', '.join(ONLY)})")
        if only == "unreviewed":
            where.append("b.status = 'unreviewed'")
        sql = "SELECT b.id FROM beads b JOIN documents d ON d.id = b.doc_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.stem, b.position"
        ids = [r[0] for r in self.conn.execute(sql, args)]
        pairs = self._load(ids)
        if only == "low-confidence":
            pairs = [p for p in pairs if p.is_low(threshold)]
        elif only == "non-1-1":
            pairs = [p for p in pairs if not p.is_one_to_one]
        return pairs

    def get(self, bead_id: int) -> Pair:
        pairs = self._load([bead_id])
        if not pairs:
            raise TranslateToolError(f"no pair with id {bead_id} (it may have been merged or undone)")
        return pairs[0]

    def progress(self, doc: str | None = None) -> tuple[int, int]:
        """(reviewed, total) over one document or all."""
        sql = "SELECT SUM(status != 'unreviewed'), COUNT(*) FROM beads"
        args: tuple = ()
        if doc is not None:
            sql += " WHERE doc_id = ?"
            args = (self.doc_id(doc),)
        reviewed, total = self.conn.execute(sql, args).fetchone()
        return reviewed or 0, total

    def history(self, limit: int = 50) -> list[dict]:
        rows = self.conn.execute(
            """SELECT h.seq, h.action, h.label, h.state, h.created_at, d.stem FROM history h
               LEFT JOIN documents d ON d.id = h.doc_id ORDER BY h.seq DESC LIMIT ?""",
            (limit,),
        ).fetchall()
        return [dict(r) for r in rows]

    def _load(self, ids: Sequence[int]) -> list[Pair]:
        if not ids:
            return []
        out: dict[int, Pair] = {}
        sents: dict[int, dict[str, list]] = {i: {"src": [], "tgt": []} for i in ids}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for s in self.conn.execute(
                f"SELECT bead_id, side, text, orig_index FROM sentences WHERE bead_id IN ({marks})"
                " ORDER BY bead_id, side, position",
                chunk,
            ):
                sents[s[0]][s[1]].append((s[2], s[3]))
            for r in self.conn.execute(
                f"""SELECT b.*, d.stem FROM beads b JOIN documents d ON d.id = b.doc_id
                    WHERE b.id IN ({marks})""",
                chunk,
            ):
                out[r["id"]] = Pair(
                    id=r["id"], doc=r["stem"], index=r["position"],
                    src=tuple(t for t, _ in sents[r["id"]]["src"]), tgt=tuple(t for t, _ in sents[r["id"]]["tgt"]),
                    score=r["score"], status=r["status"], flags=tuple(json.loads(r["flags"])),
                    paragraph=r["paragraph"], edited=bool(r["edited"]),
                    src_ids=_ids(sents[r["id"]]["src"]), tgt_ids=_ids(sents[r["id"]]["tgt"]),
                )
        return [out[i] for i in ids if i in out]

    # ------------------------------------------------------------ low-level bead rows
    def _snapshot(self, bead_id: int) -> dict:
        r = self.conn.execute("SELECT * FROM beads WHERE id = ?", (bead_id,)).fetchone()
        if r is None:
            raise TranslateToolError(f"no pair with id {bead_id} (it may have been merged or undone)")
        bead = {k: r[k] for k in ("id", "doc_id", "paragraph", "score", "flags", "status", "orig_key", "edited")}
        bead["src"], bead["tgt"] = [], []
        for s in self.conn.execute(
            "SELECT side, text, orig_index, paragraph FROM sentences WHERE bead_id = ? ORDER BY side, position",
            (bead_id,),
        ):
            bead[s["side"]].append({"text": s["text"], "orig": s["orig_index"], "para": s["paragraph"]})
        return bead

    def _order(self, doc_id: int) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM beads WHERE doc_id = ? ORDER BY position", (doc_id,))]

    def _insert_bead(self, doc_id: int, position: int, bead: dict) -> int:
        cur = self.conn.execute(
            """INSERT INTO beads (id, doc_id, position, paragraph, score, flags, status, orig_key, edited, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (bead.get("id"), doc_id, position, bead["paragraph"], bead["score"], bead["flags"],
             bead["status"], bead["orig_key"], bead["edited"], _now()),
        )
        bead_id = cur.lastrowid
        self.conn.executemany(
            "INSERT INTO sentences (bead_id, side, position, text, orig_index, paragraph) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (bead_id, side, i, s["text"], s["orig"], s["para"])
                for side in SIDES
                for i, s in enumerate(bead[side])
            ],
        )
        return bead_id

    def _replace(self, doc_id: int, prev_id: int | None, old_ids: Sequence[int], new: Sequence[dict]) -> list[int]:
        """Replace the run of beads `old_ids` (which follows `prev_id`) by `new`; renumber."""
        order = [i for i in self._order(doc_id) if i not in set(old_ids)]
        at = 0 if prev_id is None else order.index(prev_id) + 1
        if old_ids:
            marks = ",".join("?" * len(old_ids))
            self.conn.execute(f"DELETE FROM beads WHERE id IN ({marks})", list(old_ids))
        new_ids = [self._insert_bead(doc_id, -1, b) for b in new]
        order[at:at] = new_ids
        self.conn.executemany(
            "UPDATE beads SET position = ? WHERE id = ?", [(p, i) for p, i in enumerate(order)]
        )
        return new_ids

    def _change(self, action: str, label: str, old_ids: Sequence[int], make) -> list[int]:
        """Apply `make(before_snapshots) -> after_beads` to a contiguous run of beads, as one
        transaction with a history entry; returns the ids of the new beads."""
        with self.transaction():
            before = [self._snapshot(i) for i in old_ids]
            doc_id = before[0]["doc_id"]
            order = self._order(doc_id)
            first = order.index(old_ids[0])
            if order[first : first + len(old_ids)] != list(old_ids):
                raise TranslateToolError("internal error: changed beads are not contiguous")
            prev_id = order[first - 1] if first > 0 else None
            after = make(before)
            new_ids = self._replace(doc_id, prev_id, old_ids, after)
            after_snaps = [self._snapshot(i) for i in new_ids]
            self.conn.execute("UPDATE history SET state = 'discarded' WHERE state = 'undone'")
            self.conn.execute(
                """INSERT INTO history (doc_id, action, label, prev_id, before, after, state, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, 'done', ?)""",
                (doc_id, action, label, prev_id, json.dumps(before, ensure_ascii=False),
                 json.dumps(after_snaps, ensure_ascii=False), _now()),
            )
        return new_ids

    def _neighbour(self, bead_id: int, step: int) -> int | None:
        doc_id = self.conn.execute("SELECT doc_id FROM beads WHERE id = ?", (bead_id,)).fetchone()
        if doc_id is None:
            raise TranslateToolError(f"no pair with id {bead_id} (it may have been merged or undone)")
        order = self._order(doc_id[0])
        i = order.index(bead_id) + step
        return order[i] if 0 <= i < len(order) else None

    # ------------------------------------------------------------ the English article
    def article_text(self, stem: str, side: str = "tgt") -> str:
        """The document's text on one side, from the current (reviewed, edited) beads:
        sentences of a paragraph joined by a space, paragraphs separated by a blank line.
        Every bead contributes, rejected ones too: rejecting a pair judges the alignment,
        it does not delete the translation from the article."""
        doc_id = self.doc_id(stem)
        paragraphs: list[list[str]] = []
        last = None
        for text, para in self.conn.execute(
            """SELECT s.text, s.paragraph FROM sentences s JOIN beads b ON b.id = s.bead_id
               WHERE b.doc_id = ? AND s.side = ? ORDER BY b.position, s.position""",
            (doc_id, side),
        ):
            if para != last or not paragraphs:
                paragraphs.append([])
                last = para
            paragraphs[-1].append(text.strip())
        return "\n\n".join(" ".join(p) for p in paragraphs) + ("\n" if paragraphs else "")

    def stale_articles(self, out_dir: str | Path) -> list[str]:
        """Documents with edited text whose `<stem>.en.txt` does not match the store (for example
        after a review session was killed before it could write them)."""
        stale = []
        for (stem,) in self.conn.execute(
            "SELECT DISTINCT d.stem FROM documents d JOIN beads b ON b.doc_id = d.id WHERE b.edited = 1 ORDER BY d.stem"
        ):
            path = Path(out_dir) / f"{stem}.en.txt"
            try:
                current = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                current = None
            if current != self.article_text(stem):
                stale.append(stem)
        return stale

    def write_article(self, stem: str, out_dir: str | Path) -> Path:
        from ..fileio import atomic_write_text

        path = Path(out_dir) / f"{stem}.en.txt"
        atomic_write_text(path, self.article_text(stem))
        return path
