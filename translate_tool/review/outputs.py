"""The files of a reviewed document, regenerated from the review store.

Once a document has beads in the store, the store is its source of truth: `<stem>.<tgt>.txt`,
`.pairs.jsonl`, `.tsv`, `.tmx` and the document's entry in `manifest.json` (output hashes,
review counts) are written from it — by `review` when a session changed the document, and by
`run`, which first merges its new machine output into the store (`reconcile`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..data import PairRecord
from ..errors import TranslateToolError
from ..fileio import atomic_write_text
from ..formats import format_jsonl, format_tmx, format_tsv
from . import schema
from .importer import PAIRS_SUFFIX, import_records
from .store import ImportResult, ReviewStore

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class DocumentFiles:
    """The text of each output file of one document, by file name."""

    files: dict[str, str]
    records: list[PairRecord]

    def hashes(self) -> dict[str, str]:
        return {name: _sha256(text) for name, text in self.files.items()}


def render_document_files(stem: str, records: Sequence[PairRecord], target_text: str,
                          src_lang: str, tgt_lang: str) -> DocumentFiles:
    """The four parallel files of a document from its records (as `run` writes them)."""
    signature = next((r.signature for r in records if r.signature), "")
    files = {
        f"{stem}.{tgt_lang}.txt": target_text,
        f"{stem}{PAIRS_SUFFIX}": format_jsonl(records),
        f"{stem}.tsv": format_tsv(records, src_lang, tgt_lang),
        f"{stem}.tmx": format_tmx(records, src_lang, tgt_lang, signature),
    }
    return DocumentFiles(files, list(records))


def reviewed_files(store: ReviewStore, stem: str) -> DocumentFiles:
    doc = store.document(stem)
    return render_document_files(stem, store.records(stem), store.article_text(stem), doc.src_lang, doc.tgt_lang)


def write_reviewed_document(store: ReviewStore, stem: str, out_dir: str | Path) -> list[Path]:
    """Write every file of a document from the store, then its manifest entry. Returns the paths."""
    out_dir = Path(out_dir)
    files = reviewed_files(store, stem)
    paths = []
    for name, text in files.files.items():
        atomic_write_text(out_dir / name, text)
        paths.append(out_dir / name)
    mark_written(store, stem, files, out_dir)
    update_manifest(out_dir, stem, files.hashes(), store.document(stem).counts())
    return paths


def mark_written(store: ReviewStore, stem: str, files: DocumentFiles, out_dir: Path) -> None:
    """Remember the hash of the pair file written from the store, so the next sync does not
    import it back (it holds nothing the store does not)."""
    name = f"{stem}{PAIRS_SUFFIX}"
    with store.transaction():
        store.conn.execute("UPDATE documents SET source = ?, source_hash = ? WHERE stem = ?",
                           (str(out_dir / name), _sha256(files.files[name]), stem))


def stale_documents(store: ReviewStore, out_dir: str | Path) -> list[str]:
    """Documents with review work whose files on disk differ from the store (for example after
    a review session was killed before it could write them)."""
    out_dir = Path(out_dir)
    stale = []
    for doc in store.documents():
        if doc.reviewed == 0 and doc.edited == 0 and not _restructured(store, doc.stem):
            continue
        for name, text in reviewed_files(store, doc.stem).files.items():
            try:
                current = (out_dir / name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                current = None
            if current != text:
                stale.append(doc.stem)
                break
    return stale


def _restructured(store: ReviewStore, stem: str) -> bool:
    return store.conn.execute("SELECT 1 FROM beads WHERE doc_id = ? AND orig_key IS NULL LIMIT 1",
                              (store.doc_id(stem),)).fetchone() is not None



def update_manifest(out_dir: Path, stem: str, hashes: dict[str, str], counts: dict[str, int]) -> bool:
    """Set the document's output hashes and review counts in `manifest.json` (if there is one
    and it lists the document). Returns whether it was written."""
    path = out_dir / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError) as exc:
        raise TranslateToolError(f"cannot update the manifest ({exc})", path) from None
    for entry in manifest.get("documents", []):
        outputs = entry.get("outputs") or {}
        if f"{stem}{PAIRS_SUFFIX}" in outputs or Path(str(entry.get("path", ""))).stem == stem:
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

    def __init__(self, out_dir: Path, scorer=None):
        self.out_dir = Path(out_dir)
        self._scorer = scorer
        self._store: ReviewStore | None = None

    @property
    def store(self) -> ReviewStore:
        if self._store is None:
            self._store = ReviewStore(self.out_dir / schema.DB_NAME, scorer=self._scorer)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def reconcile(self, stem: str, records: Sequence[PairRecord], src_lang: str, tgt_lang: str
                  ) -> tuple[list[PairRecord], str | None, ImportResult | None]:
        """(records to write, the reviewed target text or None, what the merge kept)."""
        store = self.store
        digest = _sha256(format_jsonl(records))
        row = store.conn.execute("SELECT source_hash FROM documents WHERE stem = ?", (stem,)).fetchone()
        if row is not None and row[0] == digest:  # exactly what the store wrote last: nothing reviewed since
            return list(records), None, None
        result = import_records(store, stem, records, source=str(self.out_dir / f"{stem}{PAIRS_SUFFIX}"),
                                source_hash=digest, src_lang=src_lang, tgt_lang=tgt_lang)
        if not result.kept and not _has_review_work(store, stem):
            return list(records), None, result
        return store.records(stem), store.article_text(stem), result

    def written(self, stem: str, files: DocumentFiles) -> None:
        if self._store is not None and self._store.has_document(stem):
            mark_written(self._store, stem, files, self.out_dir)


def _has_review_work(store: ReviewStore, stem: str) -> bool:
    return store.conn.execute(
        "SELECT 1 FROM beads WHERE doc_id = ? AND (status != 'unreviewed' OR edited = 1 OR orig_key IS NULL) LIMIT 1",
        (store.doc_id(stem),)).fetchone() is not None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
