"""The review store: alignment beads, review decisions and their history in SQLite.

One database per output folder (`OUT_DIR/review.sqlite3`). It is the source of truth for
every reviewed document: `run` merges new machine output into it and writes the document's
files from it, and `review` rewrites them when it changes them (`review/outputs.py`).

Every public method that writes runs in one `BEGIN IMMEDIATE` transaction, so a killed
process loses at most the change it was making. Each change records the affected beads
before and after, which gives persistent, linear undo/redo (an import is a barrier undo
does not cross). A change touches only its own rows and shifts the positions after it in
one statement, so approving a pair costs the same in a 20-pair and a 137,000-pair document.

Editing operations (the segment operations of alignment editors such as InterText) are in
`operations.py`; every bead an edit, split, merge or shift creates is scored again with the
pipeline's encoder and confidence mapping (`rescore.py`).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence

from ..data import PairRecord
from ..errors import TranslateToolError
from ..quality import NEEDS_REVIEW_PRIORITY, REVIEW_CHECKS
from . import schema
from .model import (INFO_FLAGS, LOW_CONFIDENCE, DocInfo, ImportResult, Pair, _ids, _norm, _now, content_key,  # noqa: F401
                    machine_translated)
from .earlier import EarlierReview, earlier_reviews, likely_pair, offer
from .operations import STATUSES, EditOperations, settle_was
from .rows import BeadRows

# Filters of `review --only`, `show --only` and the UI's filter key. `needs-review` is what
# quality.needs_review says of machine-translated pairs (a finding that matters, or a high
# review priority) and, for aligned pairs (no priority), a low score or a warning flag (any but
# model.INFO_FLAGS); `flagged` is any flag at all.
ONLY = ("unreviewed", "needs-review", "low-confidence", "non-1-1", "flagged")


# SQL conditions of the filters (over `beads b`).
_REVIEW_CHECKS_SQL = ", ".join(f"'{c}'" for c in sorted(REVIEW_CHECKS))
_WARNING_FLAG_SQL = ("EXISTS (SELECT 1 FROM json_each(b.flags) WHERE value NOT IN ("
                     + ", ".join(f"'{f}'" for f in sorted(INFO_FLAGS)) + "))")
_ONLY_SQL = {
    "unreviewed": "b.status = 'unreviewed'",
    "needs-review": (
        f"(CASE WHEN b.priority IS NULL THEN (b.score < :threshold OR {_WARNING_FLAG_SQL}) ELSE"
        f" (b.priority >= {NEEDS_REVIEW_PRIORITY}"
        f"  OR EXISTS (SELECT 1 FROM json_each(b.flags) WHERE value IN ({_REVIEW_CHECKS_SQL}))) END)"
    ),
    "low-confidence": f"(b.score < :threshold OR {_WARNING_FLAG_SQL})",
    "non-1-1": "NOT (b.n_src = 1 AND b.n_tgt = 1)",
    "flagged": "b.flags != '[]'",
}


_NOT_RETIRED = "d.stem NOT IN (SELECT stem FROM temp.retired_docs)"


class _Source(NamedTuple):  # what earlier.likely_pair reads of a pair
    index: int
    src: tuple[str, ...]


class ReviewStore(BeadRows, EditOperations):
    def __init__(self, path: str | Path, *, readonly: bool = False, scorer=None, conn=None):
        self.path = Path(path)
        self.readonly = readonly
        if conn is not None:  # copy_in_memory
            self.conn = conn
        elif readonly:
            self.conn = schema.connect_readonly(self.path) if self.path.exists() else _memory_store()
        else:
            self.conn = schema.connect(self.path)
        self._scorer = scorer
        # documents no longer in the input (translate_tool.folder_documents: the store's table
        # `folder_documents`, as the last run left it): kept with their review, left out of the
        # listings; `open` copies their stems into this per-connection table for the queries below
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS retired_docs (stem TEXT PRIMARY KEY)")
        self.hand_edits: list = []  # review.hand_edits.HandEdits that `open` took from the folder's files
        self.hand_looked: set[str] = set()  # the documents whose files `open` read for hand edits

    @classmethod
    def open(cls, out_dir: str | Path, sync: bool = True, readonly: bool = False, scorer=None, *,
             wait: bool = True, on_wait=None) -> "ReviewStore":
        """The store of an output folder; imports any new or changed `*.pairs.jsonl` first.

        `readonly`: nothing is written to the folder; the store (if any) is read into memory
        and new or changed pair files are imported there. Hand edits it finds while a writer
        rewrites the folder are checked (review/reading.py): it may wait for the writer
        (`on_wait(lock.Writer)` first; `wait=False`: lock.OutputLocked, exit 5, instead)."""
        if readonly and sync:
            from .reading import open_consistently

            return open_consistently(lambda: cls._open_once(out_dir, sync, readonly, scorer), out_dir,
                                     wait=wait, on_wait=on_wait)
        return cls._open_once(out_dir, sync, readonly, scorer)

    @classmethod
    def _open_once(cls, out_dir: str | Path, sync: bool, readonly: bool, scorer) -> "ReviewStore":
        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise TranslateToolError("not a folder (expected the output folder of `run`)", out_dir)
        store = cls(out_dir / schema.DB_NAME, readonly=readonly, scorer=scorer)
        from ..folder_documents import retired_in_store

        store.set_retired(retired_in_store(store.conn, out_dir))
        if sync:
            from .corpus_hand import CorpusReading
            from .hand_edits import take_folder_hand_edits
            from .importer import sync_folder

            # an align-corpus folder's corpus files changed by hand: read before anything is rewritten
            corpus = CorpusReading.of(out_dir, store)
            _import_new_documents(store, out_dir)
            # output files edited by hand first: into the review (and, writing, its files)
            store.hand_edits = take_folder_hand_edits(store, out_dir, write=not readonly)
            sync_folder(store, out_dir, skip={h.stem for h in store.hand_edits if store.has_document(h.stem)})
            if corpus is not None:  # lines of the corpus: edits of the pairs they are (once imported)
                store.hand_edits += corpus.take(store, write=not readonly)
            if store.hand_edits and not readonly:
                from ..corpus_files import refresh_corpus

                refresh_corpus(out_dir, store, corpus)  # the corpus follows, rebuilt once
        return store

    @property
    def scorer(self):
        if self._scorer is None:
            from .rescore import BeadScorer

            self._scorer = BeadScorer()
        return self._scorer

    def copy_in_memory(self) -> "ReviewStore":
        """A read-only copy of the store in memory, to change without touching the folder
        (review/written_state.py rebuilds an earlier state in one)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, factory=schema.ReviewConnection)
        self.conn.backup(conn)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        copy = ReviewStore(self.path, readonly=True, scorer=self._scorer, conn=conn)
        copy.set_retired(self.retired())
        return copy

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
            self.conn.execute("COMMIT")  # (a COMMIT that fails on a full disk: rolled back too)
        except BaseException:
            schema.rollback(self.conn)
            raise

    def set_retired(self, stems) -> None:
        """The documents to leave out of the listings (no longer in the input)."""
        self.conn.execute("DELETE FROM temp.retired_docs")
        self.conn.executemany("INSERT OR IGNORE INTO temp.retired_docs VALUES (?)", [(s,) for s in stems])

    def retired(self) -> list[str]:
        """Stems of the documents left out as no longer in the input, that the store has."""
        return [r[0] for r in self.conn.execute(
            "SELECT stem FROM documents WHERE stem IN (SELECT stem FROM temp.retired_docs) ORDER BY stem")]

    # ------------------------------------------------------------ queries
    def documents(self, include_retired: bool = False) -> list[DocInfo]:
        """The documents, by stem; those no longer in the input only with `include_retired`."""
        current = "" if include_retired else _NOT_RETIRED
        rows = self.conn.execute(
            f"""SELECT d.stem, d.src_lang, d.tgt_lang, d.signature, COUNT(b.id) AS n,
                      SUM(b.status = 'approved') AS a, SUM(b.status = 'rejected') AS r, SUM(b.edited) AS e
               FROM documents d LEFT JOIN beads b ON b.doc_id = d.id {"WHERE " + current if current else ""}
               GROUP BY d.id ORDER BY d.stem"""
        ).fetchall()
        return [
            DocInfo(r["stem"], r["n"], r["a"] or 0, r["r"] or 0, r["src_lang"], r["tgt_lang"], r["signature"], r["e"] or 0)
            for r in rows
        ]

    def earlier_reviews(self, doc: str | None = None) -> list[EarlierReview]:
        """Review work reruns could not keep (review/earlier.py), oldest first."""
        return earlier_reviews(self.conn, doc)

    def earlier_for(self, pair: Pair) -> EarlierReview | None:
        """The earlier review work to offer when editing this pair (review/earlier.offer), or None."""
        work = earlier_reviews(self.conn, pair.doc)
        if not work:
            return None
        others = [r[0] for r in self.conn.execute(
            "SELECT group_concat(s.text, ' ') FROM sentences s JOIN beads b ON b.id = s.bead_id"
            " WHERE b.doc_id = (SELECT doc_id FROM beads WHERE id = ?) AND s.side = 'src' AND b.id != ?"
            " GROUP BY s.bead_id", (pair.id, pair.id))]
        return offer(work, pair.src, others)

    def earlier_pairs(self, stem: str) -> set[int]:
        """Indices of the document's pairs that its earlier review work most likely belongs to
        (review/earlier.likely_pair): the review UI marks them."""
        work = earlier_reviews(self.conn, stem)
        if not work:
            return set()
        rows = self.conn.execute(
            "SELECT b.position, group_concat(s.text, ' ') FROM beads b JOIN sentences s ON s.bead_id = b.id"
            " WHERE b.doc_id = ? AND s.side = 'src' GROUP BY b.id", (self.doc_id(stem),))
        pairs = [_Source(position, (text,)) for position, text in rows]
        return {i for i in (likely_pair(e, pairs) for e in work) if i is not None}

    def document(self, stem: str) -> DocInfo:
        for d in self.documents(include_retired=True):
            if d.stem == stem:
                return d
        self.doc_id(stem)  # raises with the list of documents
        raise AssertionError

    def has_document(self, stem: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE stem = ?", (stem,)).fetchone() is not None

    def doc_id(self, stem: str) -> int:
        row = self.conn.execute("SELECT id FROM documents WHERE stem = ?", (stem,)).fetchone()
        if row is None:
            known = ", ".join(d.stem for d in self.documents()) or "none"
            raise TranslateToolError(f"no document {stem!r} in the review store (documents: {known})")
        return row["id"]

    def ids(self, doc: str | None = None, only: str | None = None, threshold: float = LOW_CONFIDENCE,
            status: str | Sequence[str] | None = None, min_score: float | None = None,
            after: int | None = None, limit: int | None = None, max_score: float | None = None,
            exclude: Sequence[str] = ()) -> list[int]:
        """Bead ids in document order (documents by stem), filtered in SQL.
        `after`: only beads at a later position than pair `after` (within `doc`); `limit`: the
        first so many (a jump needs one, not the rest of a 100,000-pair document); `exclude`:
        filters of ONLY whose pairs are left out (`decide --except flagged`)."""
        where, args = [], {"threshold": threshold}
        if doc is not None:
            where.append("b.doc_id = :doc")
            args["doc"] = self.doc_id(doc)
        else:
            where.append(_NOT_RETIRED)
        if status is not None:
            statuses = [status] if isinstance(status, str) else list(status)
            for s in statuses:
                if s not in STATUSES:
                    raise TranslateToolError(f"unknown status {s!r} (expected one of {', '.join(STATUSES)})")
            marks = []
            for k, s in enumerate(statuses):
                args[f"s{k}"] = s
                marks.append(f":s{k}")
            where.append(f"b.status IN ({','.join(marks)})")
        if min_score is not None:
            where.append("b.score >= :min_score")
            args["min_score"] = min_score
        if max_score is not None:
            where.append("b.score <= :max_score")
            args["max_score"] = max_score
        for name in ([only] if only is not None else []) + list(exclude):
            if name not in _ONLY_SQL:
                raise TranslateToolError(f"unknown filter {name!r} (expected one of {', '.join(ONLY)})")
        if only is not None:
            where.append(_ONLY_SQL[only])
        for name in exclude:
            where.append(f"NOT ({_ONLY_SQL[name]})")
        if after is not None:
            where.append("b.position > :after")
            args["after"] = after
        sql = "SELECT b.id FROM beads b JOIN documents d ON d.id = b.doc_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.stem, b.position"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.conn.execute(sql, args)]

    def pairs(self, doc: str | None = None, status: str | Sequence[str] | None = None,
              min_score: float | None = None, only: str | None = None, threshold: float = LOW_CONFIDENCE,
              max_score: float | None = None) -> list[Pair]:
        """Beads in document order (documents by stem), filtered."""
        return self.load(self.ids(doc, only, threshold, status, min_score, max_score=max_score))

    def matches(self, bead_id: int, only: str, threshold: float = LOW_CONFIDENCE) -> bool:
        sql = f"SELECT 1 FROM beads b WHERE b.id = :id AND {_ONLY_SQL[only]}"
        return self.conn.execute(sql, {"id": bead_id, "threshold": threshold}).fetchone() is not None

    def get(self, bead_id: int) -> Pair:
        pairs = self.load([bead_id])
        if not pairs:
            raise TranslateToolError(f"no pair with id {bead_id} (it may have been merged or undone)")
        return pairs[0]

    def search(self, doc: str, needle: str, after: int | None = None, limit: int | None = None) -> list[int]:
        """Ids of the document's beads with `needle` in either side (case-insensitive), in order."""
        sql = ("SELECT DISTINCT b.id, b.position FROM beads b JOIN sentences s ON s.bead_id = b.id"
               " WHERE b.doc_id = ? AND instr(lower(s.text), lower(?)) > 0")
        args: list = [self.doc_id(doc), needle]
        if after is not None:
            sql += " AND b.position > ?"
            args.append(after)
        sql += " ORDER BY b.position" + (f" LIMIT {int(limit)}" if limit is not None else "")
        return [r[0] for r in self.conn.execute(sql, args)]

    def paragraph(self, bead_id: int) -> list[Pair]:
        """The beads of the paragraph this bead belongs to, in order."""
        row = self.conn.execute("SELECT doc_id, paragraph FROM beads WHERE id = ?", (bead_id,)).fetchone()
        if row is None:
            return []
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM beads WHERE doc_id = ? AND paragraph = ? ORDER BY position", (row[0], row[1]))]
        return self.load(ids)

    def progress(self, doc: str | None = None) -> tuple[int, int]:
        """(reviewed, total) over one document or all."""
        sql = "SELECT SUM(status != 'unreviewed'), COUNT(*) FROM beads b JOIN documents d ON d.id = b.doc_id"
        args: tuple = ()
        if doc is not None:
            sql += " WHERE b.doc_id = ?"
            args = (self.doc_id(doc),)
        else:
            sql += " WHERE " + _NOT_RETIRED
        reviewed, total = self.conn.execute(sql, args).fetchone()
        return reviewed or 0, total

    # ------------------------------------------------------------ where the review stopped
    def cursor(self, doc: str) -> int:
        row = self.conn.execute("SELECT cursor FROM documents WHERE stem = ?", (doc,)).fetchone()
        return int(row[0]) if row is not None and row[0] is not None else 0

    def set_cursor(self, doc: str, position: int) -> None:
        if self.readonly:
            return
        with self.transaction():
            self.conn.execute("UPDATE documents SET cursor = ? WHERE stem = ?", (int(position), doc))

    def history(self, limit: int = 50) -> list[dict]:
        rows = self.conn.execute(
            """SELECT h.seq, h.action, h.label, h.state, h.created_at, d.stem FROM history h
               LEFT JOIN documents d ON d.id = h.doc_id ORDER BY h.seq DESC LIMIT ?""",
            (limit,),
        ).fetchall()
        return [dict(r) for r in rows]

    def _change(self, action: str, label: str, old_ids: Sequence[int], make) -> list[int]:
        """Apply `make(before_snapshots) -> after_beads` to a contiguous run of beads, as one
        transaction with a history entry; returns the ids of the new beads. Beads whose text
        changed are scored again (the encoder runs before the transaction starts)."""
        before = [self._snapshot(i) for i in old_ids]
        after = [settle_was(b) for b in make([dict(b) for b in before])]
        doc_id, first = self._position(old_ids[0])
        self._rescore(doc_id, first, len(old_ids), before, after)
        with self.transaction():
            if [self._snapshot(i) for i in old_ids] != before:
                raise TranslateToolError("the pair changed meanwhile (another review session?); try again")
            positions = [self._position(i)[1] for i in old_ids]
            if positions != list(range(first, first + len(old_ids))):
                raise TranslateToolError("internal error: changed beads are not contiguous")
            prev_id = self._at(doc_id, first - 1) if first > 0 else None
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

    def _rescore(self, doc_id: int, first: int, count: int, before: list[dict], after: list[dict]) -> None:
        """Score every bead of `after` whose text is not exactly that of a bead before."""
        def text(b: dict) -> tuple:
            return tuple(s["text"] for s in b["src"]), tuple(s["text"] for s in b["tgt"])

        old = {text(b) for b in before}
        todo = [b for b in after if text(b) not in old]
        if not todo:
            return
        lang = self.conn.execute("SELECT src_lang, tgt_lang, signature FROM documents WHERE id = ?",
                                 (doc_id,)).fetchone()
        from .recheck import stored_glossary

        glossary = stored_glossary(self.conn, doc_id) if machine_translated(lang[2]) else None
        # Context for one-sided beads: the sentences of the beads around the changed run.
        from .rescore import CONTEXT_BEADS

        near = [r[0] for r in self.conn.execute(
            "SELECT id FROM beads WHERE doc_id = ? AND position BETWEEN ? AND ? AND position NOT BETWEEN ? AND ?",
            (doc_id, first - CONTEXT_BEADS, first + count - 1 + CONTEXT_BEADS, first, first + count - 1))]
        context = [self._snapshot(i) for i in near] + after
        ctx_src = [s["text"] for b in context for s in b["src"]]
        ctx_tgt = [s["text"] for b in context for s in b["tgt"]]
        results = self.scorer.score_beads([text(b) for b in todo], ctx_src, ctx_tgt, lang[0], lang[1],
                                          aligned=not machine_translated(lang[2]))
        for b, result in zip(todo, results):
            score, flags = result[0], result[1]
            signals = result[2] if len(result) > 2 else {}  # adequacy, priority, checks of a 1-1 MT pair
            b["score"], b["flags"] = float(score), json.dumps(list(flags))
            b["adequacy"], b["priority"] = signals.get("adequacy"), signals.get("priority")
            checks = list(signals.get("checks", ()))
            if glossary is not None and b["src"] and b["tgt"]:  # the run's glossary, on the reviewer's text
                found = glossary.check(" ".join(text(b)[0]), " ".join(text(b)[1]))
                checks += [c for c in found if c not in checks]
                b["flags"] = json.dumps(list(dict.fromkeys(list(flags) + [c.check for c in found])))
            b["checks"] = json.dumps([c.to_json_dict() for c in checks], ensure_ascii=False)

    def _neighbour(self, bead_id: int, step: int) -> int | None:
        doc_id, position = self._position(bead_id)
        return self._at(doc_id, position + step) if position + step >= 0 else None

    # ------------------------------------------------------------ the reviewed document
    def records(self, stem: str) -> list[PairRecord]:
        """The document's pairs as records carrying the reviewed state (text, status, edits)."""
        return [p.to_record(index=k) for k, p in enumerate(self.load(self._order(self.doc_id(stem))))]

    def article_text(self, stem: str, side: str = "tgt") -> str:
        """The document's text on one side, from the current (reviewed, edited) beads."""
        from .outputs import text_from_records

        return text_from_records(self.records(stem), side)


def _memory_store() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    schema.migrate(conn)
    return conn


def _import_new_documents(store: "ReviewStore", out_dir: Path) -> None:
    """Documents the store does not have yet (a folder nobody has opened `review` on: align-corpus
    writes no store) whose pair file is as the tool wrote it: imported first, so that their other
    files edited by hand (a status typed in NAME.tsv) are read against them like any document's
    (they were skipped: the store did not know the document yet). A pair file changed by hand is
    left to take_folder_hand_edits and sync_folder, as before."""
    from .hand_edits import changed_by_hand, written_hashes
    from .importer import PAIRS_SUFFIX, sync_folder

    hashes = written_hashes(out_dir, store)
    known = {d.stem for d in store.documents(include_retired=True)}
    fresh = {name[: -len(PAIRS_SUFFIX)] for name in hashes if name.endswith(PAIRS_SUFFIX)} - known
    fresh = {stem for stem in fresh if (out_dir / f"{stem}{PAIRS_SUFFIX}").is_file()
             and f"{stem}{PAIRS_SUFFIX}" not in changed_by_hand(out_dir, stem, hashes)}
    if fresh:
        every = {p.relative_to(out_dir).as_posix()[: -len(PAIRS_SUFFIX)] for p in out_dir.rglob(f"*{PAIRS_SUFFIX}")}
        sync_folder(store, out_dir, skip=every - fresh)
