"""Review operations on the store: decisions, edits, segment operations, undo/redo.

Each operation takes a contiguous run of beads of one document, computes what replaces
them, and hands both to `ReviewStore._change`, which writes them in one transaction
together with a history entry (the beads before and after). Undo and redo swap those
snapshots back, so history survives restarts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Sequence

from ..errors import TranslateToolError

STATUSES = ("unreviewed", "approved", "rejected")
SIDES = ("src", "tgt")
RUN = 1000  # set_statuses: at most so many adjacent pairs in one history entry


@dataclass(frozen=True)
class Change:
    """One entry of the undo history, as returned by undo/redo."""

    seq: int
    action: str
    label: str
    doc: str
    focus: tuple[int, ...]  # ids of the beads that now hold the changed text
    removed: tuple[int, ...] = ()  # ids of the beads it replaced (equal to focus: changed in place)


class EditOperations:
    """Mixed into ReviewStore; relies on its `_change`, `_neighbour`, `_snapshot`, `_position`,
    `_replace`, `transaction` and `conn`."""

    def set_status(self, bead_id: int, status: str) -> int:
        if status not in STATUSES:
            raise TranslateToolError(f"unknown status {status!r}")

        def make(before):
            return [dict(before[0], status=status)]

        return self._change(status if status != "unreviewed" else "reset", f"{status} pair", [bead_id], make)[0]

    def set_statuses(self, bead_ids: Sequence[int], status: str) -> int:
        """One decision on many pairs of one document (`decide`), in one transaction: as
        `set_status` on each, but a history entry per run of adjacent pairs (at most RUN of them),
        so that undo in the review UI takes back a run at a time. Returns how many pairs."""
        if status not in STATUSES:
            raise TranslateToolError(f"unknown status {status!r}")
        if not bead_ids:
            return 0
        from .model import _now

        action = status if status != "unreviewed" else "reset"
        with self.transaction():
            where = {}
            for start in range(0, len(bead_ids), 500):
                chunk = list(bead_ids[start:start + 500])
                where.update((r[0], (r[1], r[2])) for r in self.conn.execute(
                    f"SELECT id, doc_id, position FROM beads WHERE id IN ({','.join('?' * len(chunk))})", chunk))
            missing = [i for i in bead_ids if i not in where]
            if missing:
                raise TranslateToolError(f"no pair with id {missing[0]} (it may have been merged or undone)")
            if len({doc for doc, _ in where.values()}) > 1:
                raise TranslateToolError("internal error: set_statuses takes the pairs of one document")
            ordered = sorted(set(bead_ids), key=lambda i: where[i][1])
            runs: list[list[int]] = []
            for i in ordered:
                if runs and len(runs[-1]) < RUN and where[i][1] == where[runs[-1][-1]][1] + 1:
                    runs[-1].append(i)
                else:
                    runs.append([i])
            self.conn.execute("UPDATE history SET state = 'discarded' WHERE state = 'undone'")
            for run in runs:
                doc_id, first = where[run[0]]
                before = [self._snapshot(i) for i in run]
                after = [settle_was(dict(b, status=status)) for b in before]
                prev_id = self._at(doc_id, first - 1) if first > 0 else None
                new_ids = self._replace(doc_id, prev_id, run, after)
                label = f"{status} pair" if len(run) == 1 else f"{status} {len(run)} pairs"
                self.conn.execute(
                    """INSERT INTO history (doc_id, action, label, prev_id, before, after, state, created_at)
                       VALUES (?, ?, ?, ?, ?, ?, 'done', ?)""",
                    (doc_id, action, label, prev_id, json.dumps(before, ensure_ascii=False),
                     json.dumps([self._snapshot(i) for i in new_ids], ensure_ascii=False), _now()))
        return len(ordered)

    def approve(self, bead_id: int) -> int:
        return self.set_status(bead_id, "approved")

    def reject(self, bead_id: int) -> int:
        return self.set_status(bead_id, "rejected")

    def edit(self, bead_id: int, side: str, text: str | Sequence[str]) -> int:
        """Replace one side's text: a string is split into sentences at line breaks."""
        if side not in SIDES:
            raise TranslateToolError(f"unknown side {side!r} (expected src or tgt)")
        sentences = _sentences(text)

        def make(before):
            bead = dict(before[0])
            old = bead[side]
            if len(old) == len(sentences):
                new = [dict(o, text=t) for o, t in zip(old, sentences)]
            else:
                para = old[0]["para"] if old else bead["paragraph"]
                new = [{"text": t, "orig": None, "para": para} for t in sentences]
            if not new and not bead["src" if side == "tgt" else "tgt"]:
                raise TranslateToolError("a pair cannot have both sides empty (merge or reject it instead)")
            if side == "tgt" and bead.get("mt") is None:  # keep what the machine said
                bead["mt"] = json.dumps([s["text"] for s in bead["tgt"]], ensure_ascii=False)
            if side == "src":  # keep the document's text: a rerun recognises the pair by it
                bead["src_was"] = _was_json(new, _was(bead))
            bead[side] = new
            bead["edited"] = 1
            if not new:  # a side emptied: whatever was approved is no longer this pair
                bead["status"] = "unreviewed"
            return [bead]

        return self._change("edit", f"edit {'Spanish' if side == 'src' else 'English'} text", [bead_id], make)[0]

    def merge_next(self, bead_id: int) -> int:
        nxt = self._neighbour(bead_id, +1)
        if nxt is None:
            raise TranslateToolError("the last pair of a document has no next pair to merge with")

        def make(before):
            a, b = before
            return [dict(a, src=a["src"] + b["src"], tgt=a["tgt"] + b["tgt"], score=min(a["score"], b["score"]),
                         flags=json.dumps(sorted(set(json.loads(a["flags"])) | set(json.loads(b["flags"])))),
                         status="unreviewed", orig_key=None, edited=max(a["edited"], b["edited"]),
                         mt=json.dumps(_mt(a) + _mt(b), ensure_ascii=False),
                         src_was=_was_json(a["src"] + b["src"], _was(a) + _was(b)))]

        return self._change("merge", "merge with next pair", [bead_id, nxt], make)[0]

    def split(self, bead_id: int, src_at: int | None = None, tgt_at: int | None = None) -> tuple[int, int]:
        """Split into (src[:src_at], tgt[:tgt_at]) and the rest. Defaults: the first sentence of
        each side forms the first bead; a 1-1 bead splits into 1-0 and 0-1."""

        def make(before):
            a = before[0]
            ns, nt = len(a["src"]), len(a["tgt"])
            s = src_at if src_at is not None else min(1, ns)
            t = tgt_at if tgt_at is not None else (0 if ns <= 1 and nt <= 1 else min(1, nt))
            if not (0 <= s <= ns and 0 <= t <= nt) or (s + t == 0) or (s == ns and t == nt):
                raise TranslateToolError(f"cannot split a {ns}-{nt} pair at {s}/{t}: a part would be empty")
            common = dict(a, status="unreviewed", orig_key=None)
            mt = _mt(a)
            # the machine text follows the target sentences when it still has as many
            mt1, mt2 = (mt[:t], mt[t:]) if len(mt) == nt else (mt, [])
            # so does the source text before an edit; else it stays with the part holding source
            w1, w2 = _split_was(a["src"], _was(a), s, keep_unmatched=0)
            first = dict(common, src=a["src"][:s], tgt=a["tgt"][:t], mt=json.dumps(mt1, ensure_ascii=False),
                         src_was=_was_json(a["src"][:s], w1))
            second = dict(common, src=a["src"][s:], tgt=a["tgt"][t:], id=None, mt=json.dumps(mt2, ensure_ascii=False),
                          src_was=_was_json(a["src"][s:], w2))
            return [first, second]

        ids = self._change("split", "split pair", [bead_id], make)
        return ids[0], ids[1]

    def move_first(self, bead_id: int, side: str) -> list[int]:
        """Move the first sentence of `side` to the end of the previous bead."""
        return self._move(bead_id, side, -1)

    def move_last(self, bead_id: int, side: str) -> list[int]:
        """Move the last sentence of `side` to the start of the next bead."""
        return self._move(bead_id, side, +1)

    def _move(self, bead_id: int, side: str, step: int) -> list[int]:
        if side not in SIDES:
            raise TranslateToolError(f"unknown side {side!r} (expected src or tgt)")
        other = self._neighbour(bead_id, step)
        if other is None:
            raise TranslateToolError(f"no {'previous' if step < 0 else 'next'} pair in this document")
        ids = [other, bead_id] if step < 0 else [bead_id, other]

        def make(before):
            cur, nb = (before[1], before[0]) if step < 0 else (before[0], before[1])
            if not cur[side]:
                raise TranslateToolError("that side of the pair is empty: nothing to move")
            cur, nb = dict(cur, status="unreviewed", orig_key=None), dict(nb, status="unreviewed", orig_key=None)
            if side == "tgt":  # the sentence's text before any edit goes with it
                _carry_mt(cur, nb, step)
            else:
                _carry_was(cur, nb, step)
            if step < 0:
                nb[side] = nb[side] + cur[side][:1]
                cur[side] = cur[side][1:]
                result = [nb, cur]
            else:
                nb[side] = cur[side][-1:] + nb[side]
                cur[side] = cur[side][:-1]
                result = [cur, nb]
            return [b for b in result if b["src"] or b["tgt"]]

        where = "previous" if step < 0 else "next"
        which = "first" if step < 0 else "last"
        return self._change("move", f"move {which} {side} sentence to {where} pair", ids, make)

    def insert_empty(self, bead_id: int, side: str) -> list[int]:
        """Empty `side` of this bead by shifting that side's text down one bead at a time,
        until a bead whose `side` is empty absorbs it (or a new bead ends the document)."""
        if side not in SIDES:
            raise TranslateToolError(f"unknown side {side!r} (expected src or tgt)")
        doc_id, position = self._position(bead_id)
        column = "n_src" if side == "src" else "n_tgt"
        stop = self.conn.execute(
            f"SELECT MIN(position) FROM beads WHERE doc_id = ? AND position > ? AND {column} = 0", (doc_id, position)
        ).fetchone()[0]
        end = stop if stop is not None else self.conn.execute(
            "SELECT MAX(position) FROM beads WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        run = [r[0] for r in self.conn.execute(
            "SELECT id FROM beads WHERE doc_id = ? AND position BETWEEN ? AND ? ORDER BY position", (doc_id, position, end))]

        def make(before):
            if not before[0][side]:
                raise TranslateToolError("that side is already empty")
            out = [dict(b, status="unreviewed", orig_key=None) for b in before]
            carry, carry_mt, carry_was = [], [], []
            for b in out:
                if side == "tgt":  # a side's text before any edit goes with it
                    mt = _mt(b)
                    b["mt"] = json.dumps(carry_mt, ensure_ascii=False)
                    b["edited"] = int(bool(b["edited"]) or [x["text"] for x in carry] != carry_mt)
                    carry_mt = mt
                else:
                    was = _was(b)
                    b["src_was"] = _was_json(carry, carry_was)
                    carry_was = was
                carry, b[side] = b[side], carry
            if carry:  # nothing absorbed it: a new bead at the end of the document
                other = "tgt" if side == "src" else "src"
                # it holds one side: what it was before any edit is that side's, nothing of the other
                if side == "tgt":
                    extra = {"mt": json.dumps(carry_mt, ensure_ascii=False), "src_was": None,
                             "edited": int([x["text"] for x in carry] != carry_mt)}
                else:
                    was = _was_json(carry, carry_was)
                    extra = {"src_was": was, "mt": None, "edited": int(was is not None)}
                out.append(dict(out[-1], id=None, **{side: carry, other: [], **extra}))
            return [b for b in out if b["src"] or b["tgt"]]

        return self._change("insert-empty", f"insert empty {side} side", run, make)

    # ------------------------------------------------------------ undo / redo
    def can_undo(self) -> bool:
        return self.conn.execute("SELECT 1 FROM history WHERE state = 'done' LIMIT 1").fetchone() is not None

    def can_redo(self) -> bool:
        return self.conn.execute("SELECT 1 FROM history WHERE state = 'undone' LIMIT 1").fetchone() is not None

    def undo(self) -> Change | None:
        return self._travel("done", "undone", "MAX", "after", "before")

    def redo(self) -> Change | None:
        return self._travel("undone", "done", "MIN", "before", "after")

    def _travel(self, state: str, new_state: str, pick: str, remove: str, restore: str) -> Change | None:
        with self.transaction():
            row = self.conn.execute(
                f"SELECT * FROM history WHERE seq = (SELECT {pick}(seq) FROM history WHERE state = ?)", (state,)
            ).fetchone()
            if row is None:
                return None
            old_ids = [b["id"] for b in json.loads(row[remove])]
            beads = json.loads(row[restore])
            self._replace(row["doc_id"], row["prev_id"], old_ids, beads)
            self.conn.execute("UPDATE history SET state = ? WHERE seq = ?", (new_state, row["seq"]))
            stem = self.conn.execute("SELECT stem FROM documents WHERE id = ?", (row["doc_id"],)).fetchone()[0]
        return Change(row["seq"], row["action"], row["label"], stem, tuple(b["id"] for b in beads), tuple(old_ids))


def _mt(bead: dict) -> list[str]:
    """The bead's target text before any edit (its current text when never edited)."""
    if bead.get("mt") is not None:
        return list(json.loads(bead["mt"]))
    return [s["text"] for s in bead["tgt"]]


def _was(bead: dict) -> list[list]:
    """The bead's source before any edit, as [text, index in the document] per sentence (its
    current source when never edited)."""
    if bead.get("src_was") is not None:
        return [list(w) for w in json.loads(bead["src_was"])]
    return [[s["text"], s["orig"]] for s in bead["src"]]


def _was_json(src: list[dict], was: list[list]) -> str | None:
    """`src_was` for a bead whose source is `src` and was `was`: NULL when they are the same."""
    if [[s["text"], s["orig"]] for s in src] == [list(w) for w in was]:
        return None
    return json.dumps(was, ensure_ascii=False)


def settle_was(bead: dict) -> dict:
    """A bead whose source reads as the document's text again (edited back, or a document
    sentence moved in and out) takes the document's sentence ids back and drops `src_was`."""
    if bead.get("src_was") is None:
        return bead
    was = json.loads(bead["src_was"])
    if [s["text"] for s in bead["src"]] != [t for t, _ in was]:
        return bead
    return dict(bead, src_was=None, src=[dict(s, orig=o) for s, (_, o) in zip(bead["src"], was)])


def _carry_was(cur: dict, nb: dict, step: int) -> None:
    """Moving `cur`'s first (step -1) or last (+1) source sentence to `nb`: the document's text
    it replaced goes with it, as `_carry_mt` does for the target (call before the move)."""
    if cur.get("src_was") is None and nb.get("src_was") is None:
        return
    cw, nw = _was(cur), _was(nb)
    n = len(cur["src"])
    if step < 0:
        moved, cw = _split_was(cur["src"], cw, 1, keep_unmatched=1)
        nw = nw + moved
    else:
        cw, moved = _split_was(cur["src"], cw, n - 1, keep_unmatched=0)
        nw = moved + nw
    src = cur["src"][1:] if step < 0 else cur["src"][:-1]
    nsrc = nb["src"] + cur["src"][:1] if step < 0 else cur["src"][-1:] + nb["src"]
    cur["src_was"], nb["src_was"] = _was_json(src, cw), _was_json(nsrc, nw)
    nb["edited"] = int(bool(nb["edited"]) or nb["src_was"] is not None)


def _split_was(src: list[dict], was: list[list], at: int, keep_unmatched: int) -> tuple[list[list], list[list]]:
    """The document text `was` of a source `src` cut before sentence `at`, as (first, second):
    one for one when an edit left as many sentences; else a document sentence goes with the
    part that still has it word for word, and those the edit changed go with the part holding
    the edited sentences (part `keep_unmatched`, 0 or 1, when both or neither do). A part with
    no source sentence gets none of the text."""
    if at <= 0 or at >= len(src):
        return ([], was) if at <= 0 else (was, [])
    if len(was) == len(src):
        return was[:at], was[at:]
    a = [" ".join(x["text"].split()) for x in src]
    b = [" ".join(t.split()) for t, _ in was]
    lo, hi = 0, len(was)  # the cut lies after every match in the first part, before those in the second
    matched = set()
    for i, j, size in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for k in range(size):
            matched.add(i + k)
            if i + k < at:
                lo = max(lo, j + k + 1)
            else:
                hi = min(hi, j + k)
    # the text an edit changed goes with the edited sentences, when they are all in one part
    edited = {i < at for i in range(len(src)) if i not in matched}
    part = edited.pop() if len(edited) == 1 else keep_unmatched == 0
    cut = hi if part else lo
    return was[:cut], was[cut:]


def _carry_mt(cur: dict, nb: dict, step: int) -> None:
    """Moving `cur`'s first (step -1) or last (+1) target sentence to its neighbour `nb`: the
    sentence's text before any edit moves with it (when `cur` has one per sentence, or that is
    its only sentence), and an edited sentence makes `nb` edited."""
    cm, nm = _mt(cur), _mt(nb)
    if len(cur["tgt"]) == 1:  # its whole target side goes, whatever an edit made of it
        moved, cm = cm, []
    elif len(cm) == len(cur["tgt"]):
        moved = [cm.pop(0 if step < 0 else -1)]
    else:  # an edit changed the number of sentences: the sentence is the reviewer's text, and
        moved = []  # the machine text stays with the rest
    text = [cur["tgt"][0 if step < 0 else -1]["text"]]
    nm = nm + moved if step < 0 else moved + nm
    cur["mt"], nb["mt"] = json.dumps(cm, ensure_ascii=False), json.dumps(nm, ensure_ascii=False)
    nb["edited"] = int(bool(nb["edited"]) or text != moved)


def _sentences(text: str | Sequence[str]) -> list[str]:
    """Edited text -> sentences: one per line; blank lines dropped."""
    lines = text.splitlines() if isinstance(text, str) else list(text)
    return [line.strip() for line in lines if line.strip()]
