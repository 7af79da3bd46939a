"""The review store's rows: beads and their sentences read as `Pair`s or as snapshots (plain
dicts, what operations and the importer work on) and written back. Mixed into ReviewStore,
which provides `conn`."""

from __future__ import annotations

import json
from typing import Sequence

from ..data import Check
from ..errors import TranslateToolError
from .model import Pair, _ids, _now, checked_with
from .operations import SIDES

# the bead columns a snapshot carries (besides its sentences, "src" and "tgt")
BEAD_KEYS = ("id", "doc_id", "paragraph", "score", "flags", "status", "orig_key", "edited",
             "mt", "adequacy", "priority", "checks", "place", "src_was", "signature")
INSERT_BEAD = """INSERT INTO beads (id, doc_id, position, paragraph, score, flags, status, orig_key, edited, updated_at,
                                    n_src, n_tgt, mt, adequacy, priority, checks, place, src_was, signature)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def _bead_row(bead_id: int | None, doc_id: int, position: int, b: dict, now: str) -> tuple:
    mt = b.get("mt")
    return (bead_id, doc_id, position, b["paragraph"], b["score"], b["flags"], b["status"], b["orig_key"], b["edited"],
            now, len(b["src"]), len(b["tgt"]),
            mt if mt is None or isinstance(mt, str) else json.dumps(list(mt), ensure_ascii=False),
            b.get("adequacy"), b.get("priority"), b.get("checks") or "[]", b.get("place") or "", b.get("src_was"),
            b.get("signature") or None)


class BeadRows:
    def load(self, ids: Sequence[int]) -> list[Pair]:
        if not ids:
            return []
        out: dict[int, Pair] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start : chunk_start + 500])
            sents: dict[int, dict[str, list]] = {i: {"src": [], "tgt": []} for i in chunk}
            marks = ",".join("?" * len(chunk))
            for s in self.conn.execute(
                f"SELECT bead_id, side, text, orig_index FROM sentences WHERE bead_id IN ({marks})"
                " ORDER BY bead_id, side, position",
                chunk,
            ):
                sents[s[0]][s[1]].append((s[2], s[3]))
            for r in self.conn.execute(
                f"""SELECT b.*, d.stem, d.signature AS doc_signature,
                           json_extract(d.glossary, '$.signature') AS checked_with
                    FROM beads b JOIN documents d ON d.id = b.doc_id WHERE b.id IN ({marks})""",
                chunk,
            ):
                side = sents[r["id"]]
                tgt = tuple(t for t, _ in side["tgt"])
                # an edited source stands for the document's sentences it replaced: their ids
                was = [tuple(w) for w in json.loads(r["src_was"])] if r["src_was"] is not None else None
                out[r["id"]] = Pair(
                    id=r["id"], doc=r["stem"], index=r["position"],
                    src=tuple(t for t, _ in side["src"]), tgt=tgt,
                    score=r["score"], status=r["status"], flags=tuple(json.loads(r["flags"])),
                    paragraph=r["paragraph"], edited=bool(r["edited"]),
                    src_ids=_ids(side["src"] if was is None else was), tgt_ids=_ids(side["tgt"]),
                    src_was=None if was is None else tuple(t for t, _ in was),
                    mt=tuple(json.loads(r["mt"])) if r["mt"] is not None else tgt,
                    signature=r["signature"] or r["doc_signature"], adequacy=r["adequacy"], priority=r["priority"],
                    checked=checked_with(r["signature"] or r["doc_signature"], r["checked_with"]),
                    checks=tuple(Check.from_json_dict(c) for c in json.loads(r["checks"] or "[]")),
                    place=r["place"],
                )
        return [out[i] for i in ids if i in out]

    # ------------------------------------------------------------ low-level bead rows
    def _snapshot(self, bead_id: int) -> dict:
        r = self.conn.execute("SELECT * FROM beads WHERE id = ?", (bead_id,)).fetchone()
        if r is None:
            raise TranslateToolError(f"no pair with id {bead_id} (it may have been merged or undone)")
        bead = {k: r[k] for k in BEAD_KEYS}
        bead["src"], bead["tgt"] = [], []
        for s in self.conn.execute(
            "SELECT side, text, orig_index, paragraph FROM sentences WHERE bead_id = ? ORDER BY side, position",
            (bead_id,),
        ):
            bead[s["side"]].append({"text": s["text"], "orig": s["orig_index"], "para": s["paragraph"]})
        return bead

    def _snapshots(self, doc_id: int) -> list[dict]:
        """Every bead of a document as `_snapshot` gives one, in order, in two queries."""
        beads = []
        by_id: dict[int, dict] = {}
        for r in self.conn.execute("SELECT * FROM beads WHERE doc_id = ? ORDER BY position", (doc_id,)):
            bead = {k: r[k] for k in BEAD_KEYS}
            bead["src"], bead["tgt"] = [], []
            beads.append(bead)
            by_id[r["id"]] = bead
        for s in self.conn.execute(
            """SELECT s.bead_id, s.side, s.text, s.orig_index, s.paragraph FROM sentences s
               JOIN beads b ON b.id = s.bead_id WHERE b.doc_id = ? ORDER BY s.bead_id, s.side, s.position""",
            (doc_id,),
        ):
            by_id[s[0]][s[1]].append({"text": s[2], "orig": s[3], "para": s[4]})
        return beads

    def _insert_beads(self, doc_id: int, beads: Sequence[dict], start: int = 0) -> None:
        """Beads at positions start.. in two bulk statements (fresh ids)."""
        first = (self.conn.execute("SELECT MAX(id) FROM beads").fetchone()[0] or 0) + 1
        seq = self.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'beads'").fetchone()
        first = max(first, (seq[0] if seq else 0) + 1)  # ids are never reused: history refers to them
        now = _now()
        self.conn.executemany(INSERT_BEAD, [_bead_row(first + k, doc_id, start + k, b, now) for k, b in enumerate(beads)])
        self.conn.executemany(
            "INSERT INTO sentences (bead_id, side, position, text, orig_index, paragraph) VALUES (?, ?, ?, ?, ?, ?)",
            [(first + k, side, i, s["text"], s["orig"], s["para"])
             for k, b in enumerate(beads) for side in SIDES for i, s in enumerate(b[side])],
        )

    def _position(self, bead_id: int) -> tuple[int, int]:
        row = self.conn.execute("SELECT doc_id, position FROM beads WHERE id = ?", (bead_id,)).fetchone()
        if row is None:
            raise TranslateToolError(f"no pair with id {bead_id} (it may have been merged or undone)")
        return row[0], row[1]

    def _at(self, doc_id: int, position: int) -> int | None:
        row = self.conn.execute("SELECT id FROM beads WHERE doc_id = ? AND position = ?", (doc_id, position)).fetchone()
        return row[0] if row else None

    def _order(self, doc_id: int) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM beads WHERE doc_id = ? ORDER BY position", (doc_id,))]

    def _insert_bead(self, doc_id: int, position: int, bead: dict) -> int:
        cur = self.conn.execute(INSERT_BEAD, _bead_row(bead.get("id"), doc_id, position, bead, _now()))
        bead_id = cur.lastrowid
        self.conn.executemany(
            "INSERT INTO sentences (bead_id, side, position, text, orig_index, paragraph) VALUES (?, ?, ?, ?, ?, ?)",
            [(bead_id, side, i, s["text"], s["orig"], s["para"]) for side in SIDES for i, s in enumerate(bead[side])],
        )
        return bead_id

    def _replace(self, doc_id: int, prev_id: int | None, old_ids: Sequence[int], new: Sequence[dict]) -> list[int]:
        """Replace the run of beads `old_ids` (which follows `prev_id`) by `new`; only the beads
        after the run move, and only when the run changes length."""
        start = 0 if prev_id is None else self._position(prev_id)[1] + 1
        if old_ids:
            marks = ",".join("?" * len(old_ids))
            self.conn.execute(f"DELETE FROM beads WHERE id IN ({marks})", list(old_ids))
        delta = len(new) - len(old_ids)
        if delta:
            self.conn.execute("UPDATE beads SET position = position + ? WHERE doc_id = ? AND position >= ?",
                              (delta, doc_id, start + len(old_ids)))
        return [self._insert_bead(doc_id, start + k, b) for k, b in enumerate(new)]

