"""The files of a reviewed document, regenerated from the review store.

Once a document has beads in the store, the store is its source of truth: `<stem>.<tgt>.txt`,
`.pairs.jsonl`, `.tsv`, `.tmx` and the document's entry in `manifest.json` (output hashes,
review counts) are written from it — by `review` when a session changed the document, and by
`run`, which first merges its new machine output into the store (`reconcile`).
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..data import PairRecord
from ..errors import TranslateToolError
from ..fileio import atomic_write_text, output_hash
from ..formats import format_jsonl, format_tmx, format_tsv, read_pairs_jsonl
from . import schema
from .hand_edits import HandEdits, changed_by_hand, keep_changed_files, take_hand_edits, written_hashes
from .importer import PAIRS_SUFFIX, import_records
from .renamed import adopt_review, renamed_from
from .store import ImportResult, ReviewStore

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class DocumentFiles:
    """The content of each output file of one document, by file name."""

    files: dict[str, str | bytes]
    records: list[PairRecord]

    def hashes(self) -> dict[str, str]:
        return {name: output_hash(data) for name, data in self.files.items()}


def review_counts(records: Sequence[PairRecord]) -> dict[str, int]:
    """What the manifest records of a document's review: pairs by decision, and edited pairs."""
    return {
        "pairs": len(records),
        "approved": sum(r.status == "approved" for r in records),
        "rejected": sum(r.status == "rejected" for r in records),
        "unreviewed": sum(r.status == "unreviewed" for r in records),
        "edited": sum(r.edited for r in records),
    }


def target_name(stem: str, tgt_lang: str, suffix: str = ".txt") -> str:
    """The translated document's file name: `<stem>.<lang><suffix>` (x.en.txt, x.en.html)."""
    return f"{stem}.{tgt_lang}{suffix}"


def render_document_files(stem: str, records: Sequence[PairRecord], translated: str | bytes, translated_name: str,
                          src_lang: str, tgt_lang: str) -> DocumentFiles:
    """The translated document and the three parallel files, from the records (as `run` writes them)."""
    return DocumentFiles({translated_name: translated, **parallel_files(stem, records, src_lang, tgt_lang)}, list(records))


def parallel_files(stem: str, records: Sequence[PairRecord], src_lang: str, tgt_lang: str) -> dict[str, str]:
    """`.pairs.jsonl`, `.tsv`, `.tmx` of a document, by file name."""
    from .importer import document_signature

    signature = document_signature(records)  # (a pair an earlier run made says so in its own unit)
    return {
        f"{stem}{PAIRS_SUFFIX}": format_jsonl(records),
        f"{stem}.tsv": format_tsv(records, src_lang, tgt_lang),
        f"{stem}.tmx": format_tmx(records, src_lang, tgt_lang, signature),
    }


def targets_for_sentences(records: Sequence[PairRecord], machine: Sequence[str]) -> list[str]:
    """One translation per source sentence (by sentence index) from reviewed pairs, for the
    format writers: a bead's target goes with its first source sentence (the others of a
    merged bead get nothing), a target-only bead joins the sentence before it. Sentences no
    pair covers (boilerplate of a web page) keep their machine translation."""
    targets = list(machine)
    last: int | None = None
    pending = ""  # target-only text before any source sentence
    for r in records:
        text = " ".join(t.strip() for t in r.tgt if t.strip())
        # an edited source's ids number the document sentences its edit replaced
        ids = [i for i in r.src_ids if 0 <= i < len(targets)] \
            if len(r.src_ids) == len(r.src if r.src_was is None else r.src_was) else []
        if ids:
            for k, i in enumerate(ids):
                targets[i] = (pending + " " + text).strip() if k == 0 and pending else (text if k == 0 else "")
            pending, last = "", ids[-1]
        elif text and last is not None:
            targets[last] = (targets[last] + " " + text).strip()
        elif text:
            pending = (pending + " " + text).strip()
    return targets


def text_from_records(records: Sequence[PairRecord], side: str = "tgt") -> str:
    """A plain-text document from its pairs: a paragraph's sentences joined by a space,
    paragraphs by a blank line (what `run` writes for .txt documents). Every pair contributes,
    rejected ones too: rejecting a pair judges the alignment, not the translation."""
    paragraphs: list[list[str]] = []
    last = None
    for r in records:
        text = " ".join(t.strip() for t in (r.tgt if side == "tgt" else r.src) if t.strip())
        if not text:
            continue
        if r.paragraph != last or not paragraphs:
            paragraphs.append([])
            last = r.paragraph
        paragraphs[-1].append(text)
    return "\n\n".join(" ".join(p) for p in paragraphs) + ("\n" if paragraphs else "")


@dataclass(frozen=True)
class RenderKit:
    """What the review needs to write a reviewed document back in its own format (HTML,
    Markdown, .docx, subtitles): the source's bytes, its sentences and their machine
    translations (units outside the parallel text, such as navigation, keep those). Plain text
    needs none of it: it is written from the pairs alone."""

    name: str  # the input's file name: its suffix picks the format
    raw: bytes | None  # None for plain text
    sentences: tuple[tuple[str, int, int], ...] = ()  # (text, unit, index)
    targets: tuple[str, ...] = ()

    @classmethod
    def of(cls, name: str, source, sentences: Sequence, targets: Sequence[str]) -> "RenderKit":
        if source is None or source.format.name == "text":
            return cls(name, None)
        return cls(name, source.raw, tuple((s.text, s.paragraph, s.index) for s in sentences), tuple(targets))

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix

    def render(self, records: Sequence[PairRecord], tgt_lang: str) -> str | bytes:
        if self.raw is None:
            return text_from_records(records)
        from ..data import Sentence
        from ..docformats import parse_source, render_document

        source = parse_source(self.raw, self.name)
        sentences = [Sentence(t, p, i) for t, p, i in self.sentences]
        return render_document(source, sentences, targets_for_sentences(records, self.targets), tgt_lang)

    def dumps(self) -> bytes:
        d = {"name": self.name, "raw": None if self.raw is None else base64.b64encode(self.raw).decode("ascii"),
             "sentences": self.sentences, "targets": self.targets}
        return zlib.compress(json.dumps(d, ensure_ascii=False).encode("utf-8"))

    @classmethod
    def loads(cls, data: bytes) -> "RenderKit":
        d = json.loads(zlib.decompress(data))
        raw = None if d["raw"] is None else base64.b64decode(d["raw"])
        return cls(d["name"], raw, tuple(tuple(s) for s in d["sentences"]), tuple(d["targets"]))


def stored_kit(store: ReviewStore, stem: str) -> RenderKit | None:
    row = store.conn.execute("SELECT render_kit FROM documents WHERE stem = ?", (stem,)).fetchone()
    if row is None or row[0] is None:
        return None
    return RenderKit.loads(row[0])


def reviewed_files(store: ReviewStore, stem: str, out_dir: Path | None = None) -> DocumentFiles:
    """A document's files from the store. The translated document is written only where there is
    one to write: as the run named it, or (folders the run made before the store knew) an
    existing `<stem>.<lang>.txt`; `align` folders have none."""
    doc = store.document(stem)
    records = store.records(stem)
    row = store.conn.execute("SELECT target_file FROM documents WHERE stem = ?", (stem,)).fetchone()
    name = row[0] if row is not None and row[0] else None
    if name is None and out_dir is not None and (out_dir / target_name(stem, doc.tgt_lang)).exists():
        name = target_name(stem, doc.tgt_lang)
    kit = stored_kit(store, stem)
    files = DocumentFiles(parallel_files(stem, records, doc.src_lang, doc.tgt_lang), list(records))
    if name is not None:
        files.files[name] = kit.render(records, doc.tgt_lang) if kit is not None else text_from_records(records)
    return files


def write_reviewed_document(store: ReviewStore, stem: str, out_dir: str | Path, *, corpus: bool = True,
                            hand: bool = True) -> list[Path]:
    """Write every file of a document from the store, then its manifest entry. Returns the paths.
    `corpus=False`: leave an align-corpus folder's corpus to one `refresh_corpus` later (the review
    UI does it once on leaving: rebuilding a large corpus takes seconds). `hand`: first take
    in (or keep a copy of) a file edited by hand since it was written (while a review was open);
    what was found is added to `store.hand_edits`."""
    out_dir = Path(out_dir)
    if hand:
        found = take_hand_edits(store, stem, out_dir)
        if found is not None:
            store.hand_edits.append(found)
    files = reviewed_files(store, stem, out_dir)
    paths = []
    for name, data in files.files.items():
        _atomic_write(out_dir / name, data)
        paths.append(out_dir / name)
    mark_written(store, stem, files, out_dir)
    update_manifest(out_dir, stem, files.hashes(), store.document(stem).counts())
    if corpus:
        from ..corpus_files import refresh_corpus

        refresh_corpus(out_dir, store)  # an align-corpus folder: its corpus follows the review too
    return paths


def has_review_store(out_dir: str | Path) -> bool:
    return (Path(out_dir) / schema.DB_NAME).exists()


def carries_review(*paths: Path) -> bool:
    """Whether any of these pair files holds decisions or edits: a folder whose review.sqlite3
    was lost still has its review there (opening the store rebuilds it from them)."""
    for path in paths:
        try:
            records = read_pairs_jsonl(path)
        except (OSError, TranslateToolError):
            continue
        if any(r.status != "unreviewed" or r.edited for r in records):
            return True
    return False


def mark_written(store: ReviewStore, stem: str, files: DocumentFiles, out_dir: Path) -> None:
    """Remember the hash of the pair file written from the store, so the next sync does not
    import it back (it holds nothing the store does not)."""
    from .written_state import DONE_KEY, done_entries

    name = f"{stem}{PAIRS_SUFFIX}"
    # with the history then in effect: the base of a merge with a file edited by hand meanwhile
    written = {**files.hashes(), DONE_KEY: done_entries(store, stem)}
    with store.transaction():
        store.conn.execute("UPDATE documents SET source = ?, source_hash = ?, written = ? WHERE stem = ?",
                           (str(out_dir / name), output_hash(files.files[name]),
                            json.dumps(written, sort_keys=True), stem))


def stale_documents(store: ReviewStore, out_dir: str | Path) -> list[str]:
    """Documents with review work whose files on disk differ from the store (for example after
    a review session was killed before it could write them)."""
    out_dir = Path(out_dir)
    stale = []
    for doc in store.documents():
        if not _has_review_work(store, doc.stem):
            continue
        for name, data in reviewed_files(store, doc.stem, out_dir).files.items():
            try:
                current = (out_dir / name).read_bytes()
            except OSError:
                current = None
            if current != (data.encode("utf-8") if isinstance(data, str) else data):
                stale.append(doc.stem)
                break
    return stale



def read_manifest(out_dir: str | Path) -> dict | None:
    """An output folder's `manifest.json`, or None if it has none (a damaged one is an error)."""
    path = Path(out_dir) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise TranslateToolError(f"cannot read the manifest ({exc})", path) from None
    if not isinstance(manifest, dict):
        raise TranslateToolError("cannot read the manifest (not a JSON object)", path)
    return manifest


def update_manifest(out_dir: Path, stem: str, hashes: dict[str, str], counts: dict[str, int]) -> bool:
    """Set the document's output hashes and review counts in `manifest.json` (if there is one
    and it lists the document). Returns whether it was written."""
    path = out_dir / MANIFEST
    try:
        manifest = read_manifest(out_dir)
    except TranslateToolError:  # damaged: the store keeps the hashes (`written`); the next run rewrites it
        return False
    if manifest is None:
        return False
    for entry in [*manifest.get("documents", []), *manifest.get("retired", [])]:
        outputs = entry.get("outputs") or {}
        if f"{stem}{PAIRS_SUFFIX}" in outputs or entry.get("stem") == stem or Path(str(entry.get("path", ""))).stem == stem:
            entry["outputs"] = dict(sorted({**outputs, **hashes}.items()))
            entry["review"] = counts
            atomic_write_text(path, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
            return True
    return False


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
        self._writing: set[str] = set()  # documents this run has begun to write (a huge one's parts)
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
        if stem in self._taken or stem in self._writing:  # once per run, before its first file is
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
            self.hand_edits[stem] = hand if earlier is None else HandEdits(
                stem, tuple(sorted(set(earlier.edited) | set(hand.edited))),
                tuple(sorted(set(earlier.decided) | set(hand.decided))), earlier.files + hand.files,
                earlier.kept + hand.kept)

    def writing(self, stem: str) -> None:
        """This run begins to write the document's files (a huge document's first part): from now
        on they differ from what the last run recorded because this run wrote them."""
        self._writing.add(stem)

    def keep_changed_output(self, stem: str, name: str) -> None:
        """Before a file the tool does not read back (`.glosses.tsv`) is written again: a copy of
        it if it was changed by hand (added to `hand_edits`)."""
        from .hand_edits import keep_changed_output, recorded_outputs

        if self._outputs is None:  # the manifest the last run wrote (this run writes its own at the end)
            self._outputs = recorded_outputs(self.out_dir)
        hand = keep_changed_output(self.out_dir, stem, name, self._outputs.get(name))
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

    def import_file(self, stem: str, path: Path, src_lang: str, tgt_lang: str) -> dict[str, int]:
        """Import a (huge) document's pair file a batch at a time; returns its review counts."""
        from .importer import import_file_in_batches

        import_file_in_batches(self.store, stem, path, src_lang, tgt_lang)
        with self.store.transaction():
            self.store.conn.execute("UPDATE documents SET target_file = ? WHERE stem = ?",
                                    (target_name(stem, tgt_lang), stem))
        return self.store.document(stem).counts()

    def written(self, stem: str, files: DocumentFiles) -> None:
        if self._store is not None and self._store.has_document(stem):
            mark_written(self._store, stem, files, self.out_dir)


def _has_review_work(store: ReviewStore, stem: str) -> bool:
    return store.conn.execute(
        "SELECT 1 FROM beads WHERE doc_id = ? AND (status != 'unreviewed' OR edited = 1 OR orig_key IS NULL) LIMIT 1",
        (store.doc_id(stem),)).fetchone() is not None




def _atomic_write(path: Path, data: str | bytes) -> None:
    from ..fileio import atomic_write_bytes

    atomic_write_bytes(path, data.encode("utf-8") if isinstance(data, str) else data)


def write_pairs_file(path: str | Path, records: Sequence[PairRecord], src_lang: str, tgt_lang: str) -> ImportResult | None:
    """Write `<stem>.pairs.jsonl` (what `align -o` writes). Where the folder's review store has
    review work on that document, the new records are merged with it first (by source text, as
    `run` does) and the reviewed pairs are what is written, under the folder's lock; returns what
    the merge kept (None when there was nothing to keep)."""
    from ..lock import output_lock

    path = Path(path)
    stem = path.name[: -len(PAIRS_SUFFIX)] if path.name.endswith(PAIRS_SUFFIX) else None
    if stem is None or not (has_review_store(path.parent) or carries_review(path)):
        atomic_write_text(path, format_jsonl(records))
        return None
    with output_lock(path.parent):
        rec = RunReconciler(path.parent)
        try:
            if not rec.has_review_work(stem):  # nothing to keep: the next review imports the file
                atomic_write_text(path, format_jsonl(records))
                return None
            out, _reviewed, merged = rec.reconcile(stem, records, src_lang, tgt_lang)
            text = format_jsonl(out)
            atomic_write_text(path, text)
            rec.written(stem, DocumentFiles({path.name: text}, list(out)))
            return merged
        finally:
            rec.close()
