"""What `run`, `align-corpus` and `align -o` do with a review store: merge each document's new
records into the output folder's review (`RunReconciler`), taking the hand edits of its files
first, and write the records to keep (`write_pairs_file` for a lone pair file).
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..data import PairRecord
from ..fileio import atomic_write_text, output_hash
from ..formats import format_jsonl
from .hand_edits import HandEdits, changed_by_hand, keep_changed_files, take_hand_edits, written_hashes
from .importer import PAIRS_SUFFIX, import_records
from .outputs import (DocumentFiles, RenderKit, _has_review_work, carries_review, has_review_store, mark_written,
                      parallel_files, target_name)
from .renamed import adopt_review, renamed_from
from .store import ImportResult, ReviewStore


class RunReconciler:
    """What `run` uses: merge each translated document's new machine records into the output
    folder's review store (created on first use) and return the records to write: the reviewed
    ones where the document has review work, the machine ones otherwise.

    Importing at run time means `review` opens at once even on a huge document. A document
    whose records are what the store last wrote is not imported again. `run` holds the
    folder's lock meanwhile."""

    def __init__(self, out_dir: Path, scorer=None, *, checks: bool = False, glossary=None):
        """`checks`: a `run` (machine translation): the pairs it keeps from the review are
        checked again on their current text with the run's `glossary` (review/recheck.py)."""
        self.out_dir = Path(out_dir)
        self._scorer = scorer
        self._checks, self._glossary = checks, glossary
        self.flagged: dict[str, int] = {}  # by stem: reviewed pairs the checks now point at, newly
        self._store: ReviewStore | None = None
        self._hashes: dict[str, dict[str, str]] | None = None
        self._outputs: dict[str, str] | None = None  # every output's recorded hash (recorded_outputs)
        self._looked: set[str] = set()
        self._taken: set[str] = set()  # documents this run read for hand edits before writing them
        self.hand_edits: dict[str, HandEdits] = {}  # by stem: what this run took from files edited by hand
        self.renamed: dict[str, str] = {}  # new stem -> the stem whose review it started from
        self.folder_hand_edits: list[HandEdits] = []  # files of no one document (the corpus) kept as copies

    @property
    def store(self) -> ReviewStore:
        if self._store is None:
            # Opened as `review` opens it: pair files the store lacks are imported first (a folder
            # whose review.sqlite3 was lost: its .pairs.jsonl files carry the review), and output
            # files edited by hand are taken in, before this run merges anything.
            self._store = ReviewStore.open(self.out_dir, scorer=self._scorer)
            for h in self._store.hand_edits:  # (a document's files, and lines of the corpus)
                if not h.stem:
                    self.folder_hand_edits.append(h)
                else:
                    self.hand_edits[h.stem] = self.hand_edits[h.stem].plus(h) if h.stem in self.hand_edits else h
            # opening looked at the files of every document it had: not again per document
            self._looked.update(self._store.hand_looked)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def reconcile(self, stem: str, records: Sequence[PairRecord], src_lang: str, tgt_lang: str,
                  kit: RenderKit | None = None) -> tuple[list[PairRecord], bool, ImportResult | None]:
        """(records to write, whether they are the review's rather than the run's, what the
        merge kept). `kit`: how to write the document back (kept for the review)."""
        store = self.store
        self.take_hand_edits(stem)
        if not store.has_document(stem):  # renamed, moved or copied: its review comes along
            old = renamed_from(store, records)
            if old is not None:
                adopt_review(store, stem, old, src_lang, tgt_lang)
                self.renamed[stem] = old
        digest = output_hash(format_jsonl(records))
        row = store.conn.execute("SELECT source_hash FROM documents WHERE stem = ?", (stem,)).fetchone()
        same = row is not None and row[0] == digest  # what the store imported or wrote last
        if same and not _has_review_work(store, stem):  # and nobody reviewed it since
            self._keep(stem, kit, tgt_lang)
            self._recheck(stem, work=False)
            return list(records), False, None
        # A review session that ended before writing the files (killed) left work the last
        # files do not have: merge (the hash would make the importer skip it) and write it.
        result = import_records(store, stem, records, source=str(self.out_dir / f"{stem}{PAIRS_SUFFIX}"),
                                source_hash=None if same else digest, src_lang=src_lang, tgt_lang=tgt_lang)
        self._keep(stem, kit, tgt_lang)
        if not result.kept and not _has_review_work(store, stem):
            self._recheck(stem, work=False)
            return list(records), False, result
        self._recheck(stem, work=True)
        return store.records(stem), True, result

    def _recheck(self, stem: str, work: bool) -> None:
        """A run: the kept pairs' findings on their current text, with this run's glossary."""
        if not self._checks:
            return
        from .recheck import glossary_record, recheck_document

        if work:
            self.flagged[stem] = recheck_document(self.store, stem, self._glossary)
        else:  # every pair is this run's: nothing to check again; which glossary it had, recorded
            with self.store.transaction():
                self.store.conn.execute("UPDATE documents SET glossary = ? WHERE stem = ?",
                                        (glossary_record(self._glossary), stem))

    def take_hand_edits(self, stem: str) -> None:
        """Files of the document edited by hand since the tool wrote them: into the review, once
        per run and before this run writes any of them (a huge document's parts are written as
        they come, before `reconcile`)."""
        store = self.store  # (opening it took the hand edits of the documents it had)
        if self._hashes is None:  # the manifest the last run wrote (this run writes its own at the end)
            self._hashes = written_hashes(self.out_dir, store)
        if stem in self._taken:  # once per run, before its first file is
            return  # written: after that the files differ from the recorded hashes because this run writes them
        self._taken.add(stem)
        if stem in self._looked and not changed_by_hand(self.out_dir, stem, self._hashes):
            return  # (opening looked at them; a file saved by hand since, while this run worked on others, is read now)
        self._looked.add(stem)
        if not store.has_document(stem):
            # files the review does not know (their pair file is gone): nothing to read them back
            # against, so a changed one is kept, not overwritten
            hand = keep_changed_files(self.out_dir, stem, self._hashes)
        else:
            hand = take_hand_edits(self.store, stem, self.out_dir, hashes=self._hashes)
        if hand is not None:
            earlier = self.hand_edits.get(stem)
            self.hand_edits[stem] = hand if earlier is None else earlier.plus(hand)

    def written_before(self, stem: str) -> dict[str, str]:
        """{file name: SHA-256} of the document's files as the last run or review wrote them
        (read before this run wrote any: `take_hand_edits`)."""
        return dict((self._hashes or {}).get(f"{stem}{PAIRS_SUFFIX}", {}))

    def recorded_hash(self, name: str) -> str | None:
        """The SHA-256 the last run's manifest records for output file `name` (None: not listed)."""
        from .hand_edits import recorded_outputs

        if self._outputs is None:  # the manifest the last run wrote (this run writes its own at the end)
            self._outputs = recorded_outputs(self.out_dir)
        return self._outputs.get(name)

    def keep_changed_output(self, stem: str, name: str, new: bytes | None = None) -> None:
        """Before a file the tool does not read back (`.glosses.tsv`) is written again (as `new`):
        a copy of it if it was changed by hand (added to `hand_edits`)."""
        from .hand_edits import keep_changed_output

        hand = keep_changed_output(self.out_dir, stem, name, self.recorded_hash(name), new)
        if hand is not None:
            self.hand_edits[stem] = self.hand_edits[stem].plus(hand) if stem in self.hand_edits else hand

    def _keep(self, stem: str, kit: RenderKit | None, tgt_lang: str) -> None:
        if kit is None:
            return
        with self.store.transaction():
            self.store.conn.execute(
                "UPDATE documents SET target_file = ?, render_kit = ? WHERE stem = ?",
                (target_name(stem, tgt_lang, kit.suffix), None if kit.raw is None else kit.dumps(), stem))

    def has_review_work(self, stem: str) -> bool:
        return self.store.has_document(stem) and _has_review_work(self.store, stem)

    def import_file(self, stem: str, path: Path, src_lang: str, tgt_lang: str,
                    kit: RenderKit | None = None) -> dict[str, int]:
        """Import a (huge) document's pair file a batch at a time; returns its review counts.
        `kit`: how to write it back in its format (its translated file is named by it; QA5 F01:
        without, a huge .md was reviewed into a stray x.en.txt and its x.en.md never written)."""
        from .importer import import_file_in_batches

        import_file_in_batches(self.store, stem, path, src_lang, tgt_lang)
        self._keep(stem, kit or RenderKit(f"{stem}.txt", None), tgt_lang)
        return self.store.document(stem).counts()

    def written(self, stem: str, files: DocumentFiles) -> None:
        if self._store is not None and self._store.has_document(stem):
            mark_written(self._store, stem, files, self.out_dir)


def write_pairs_file(path: str | Path, records: Sequence[PairRecord], src_lang: str,
                     tgt_lang: str) -> tuple[ImportResult | None, HandEdits | None]:
    """Write `<stem>.pairs.jsonl` (what `align -o` writes). Where the folder's review store has
    review work on that document, or the file itself has (decisions, edits, text changed by
    hand: review/lone_file.py), the new records are merged with it first (by source text, as
    `run` does) and the reviewed pairs are what is written, under the folder's lock. Returns what
    the merge kept (None when there was nothing to keep) and the hand edits of a lone file."""
    from ..lock import output_lock
    from .lone_file import mark_hand_edits, recorded_elsewhere

    path = Path(path)
    stem = path.name[: -len(PAIRS_SUFFIX)] if path.name.endswith(PAIRS_SUFFIX) else None
    if stem is None or not (path.exists() or has_review_store(path.parent)):  # nothing there to keep
        atomic_write_text(path, format_jsonl(records))
        return None, None
    with output_lock(path.parent, command="align"):
        hand = None if recorded_elsewhere(path, stem) else mark_hand_edits(path, stem, records)
        if not (has_review_store(path.parent) or carries_review(path)):
            atomic_write_text(path, format_jsonl(records))
            return None, hand
        rec = RunReconciler(path.parent)
        try:
            # a document the review has goes through it even with no work on it: the store then
            # records what was written (else its last record of the file would read this one as hand edits)
            if not rec.store.has_document(stem):  # nothing to keep: the next review imports the file
                atomic_write_text(path, format_jsonl(records))
                return None, hand
            out, _reviewed, merged = rec.reconcile(stem, records, src_lang, tgt_lang)
            # and the side-by-side files a review wrote beside it: they follow, not go stale
            files = {name: text for name, text in parallel_files(stem, out, src_lang, tgt_lang).items()
                     if name == path.name or (path.parent / name).exists()}
            for name, text in files.items():
                atomic_write_text(path.parent / name, text)
            rec.written(stem, DocumentFiles(files, list(out)))
            return merged, hand
        finally:
            rec.close()
