"""Bringing new pair records into the review store without losing a reviewer's work.

Records arrive from `run` (machine translation, every rerun) and from `*.pairs.jsonl` files
(`align`, or files copied from elsewhere, or a folder's own pair files when its review store is
new: `sync_folder`). `import_records` replaces a document's beads by the merge of its stored
beads with the new records (`bead_merge.merge_beads`: by source text, keeping every bead a
reviewer worked on whose source is still there), in one transaction, and hands the work it could
not keep to `earlier.py` / `returned.py`.

A record's own `status` / `edited` / `mt` fields (files written after a review carry them) are
used where no stored bead covers it, so a `.pairs.jsonl` is a complete backup of a review.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from ..data import PairRecord
from ..errors import TranslateToolError
from ..formats import parse_jsonl
from .bead_merge import _record_bead, merge_beads
from .earlier import keep_earlier_reviews
from .model import machine_translated
from .returned import restore_returned
from .store import ImportResult, ReviewStore, _now

PAIRS_SUFFIX = ".pairs.jsonl"


def manifest_languages(out_dir: Path) -> dict[str, tuple[str, str]]:
    """stem -> (source language, target language), from `manifest.json` when there is one."""
    try:
        manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
        target = str(manifest.get("target_lang") or "en")
        return {
            str(d.get("stem") or Path(str(d["path"])).stem): (str(d["language"]), target)
            for d in [*manifest.get("documents", []), *manifest.get("retired", [])]
            if isinstance(d, dict) and (d.get("stem") or d.get("path")) and d.get("language") not in (None, "und")
        }
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def sync_folder(store: ReviewStore, out_dir: str | Path, skip: frozenset[str] | set[str] = frozenset()) -> list[ImportResult]:
    """Import every `*.pairs.jsonl` of `out_dir` that is new or changed since its last import
    (or since the store last wrote it). `skip`: documents whose files were read as hand edits."""
    out_dir = Path(out_dir)
    langs = manifest_languages(out_dir)
    results = []
    # `run` mirrors the input's folder tree: a document's stem is its path under out_dir
    for path in sorted(out_dir.rglob(f"*{PAIRS_SUFFIX}")):
        if any(part.startswith(".") for part in path.relative_to(out_dir).parts):
            continue
        stem = path.relative_to(out_dir).as_posix()[: -len(PAIRS_SUFFIX)]
        if stem in skip:
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise TranslateToolError(f"cannot read pair records ({exc.__class__.__name__})", path) from None
        digest = hashlib.sha256(data).hexdigest()
        row = store.conn.execute("SELECT source_hash FROM documents WHERE stem = ?", (stem,)).fetchone()
        if row is not None and row[0] == digest:
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise TranslateToolError("pair records are not UTF-8", path) from None
        records = parse_jsonl(text, path)
        # A review rebuilt from its pair files: a machine translation changed by hand since it was
        # written is an edit (what it replaced is not known: `mt` stays empty; the merge goes by
        # source text). Not an aligned translation's: its merge needs the text an edit replaced
        # (a lone `align -o` file is read before this: review/lone_file.py).
        if row is None:
            records = [replace(r, edited=True) if r.hand_edited and not r.edited and machine_translated(r.signature)
                       else r for r in records]
        src_lang, tgt_lang = langs.get(stem, ("es", "en"))
        results.append(import_records(store, stem, records, source=str(path), source_hash=digest,
                                      src_lang=src_lang, tgt_lang=tgt_lang))
    return results


def import_records(
    store: ReviewStore,
    stem: str,
    records: Sequence[PairRecord],
    source: str | None = None,
    source_hash: str | None = None,
    src_lang: str = "es",
    tgt_lang: str = "en",
) -> ImportResult:
    """(Re)load one document's beads in one transaction; see the module docstring."""
    records = sorted(records, key=lambda r: r.pair)
    conn = store.conn
    with store.transaction():
        row = conn.execute("SELECT id, source_hash, signature FROM documents WHERE stem = ?", (stem,)).fetchone()
        if row is not None and source_hash is not None and row["source_hash"] == source_hash:
            n = conn.execute("SELECT COUNT(*) FROM beads WHERE doc_id = ?", (row["id"],)).fetchone()[0]
            return ImportResult(stem, n, n, 0, unchanged=True)
        signature = document_signature(records)
        old: list[dict] = []
        if row is None:
            doc_id = conn.execute(
                "INSERT INTO documents (stem, source, source_hash, src_lang, tgt_lang, signature, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (stem, source, source_hash, src_lang, tgt_lang, signature, _now()),
            ).lastrowid
        else:
            doc_id = row["id"]
            old = store._snapshots(doc_id)
            for b in old:  # a bead keeps the signature of the run that made its text
                b["signature"] = b.get("signature") or row["signature"] or None
            conn.execute(
                "UPDATE documents SET source = ?, source_hash = ?, src_lang = ?, tgt_lang = ?, signature = ?,"
                " imported_at = ? WHERE id = ?",
                (source, source_hash, src_lang, tgt_lang, signature, _now(), doc_id),
            )
            conn.execute("DELETE FROM beads WHERE doc_id = ?", (doc_id,))
        beads, kept, lost = merge_beads(old, records)
        # work whose very text is in the new document, moved or back again (returned.py)
        aligned = bool(records and records[0].signature) and not machine_translated(records[0].signature)
        back, restored = restore_returned(conn, doc_id, beads, lost, aligned)
        kept += back + restored
        dropped = len(lost)
        for b in beads:  # NULL: the document's (the new records')
            if b.get("signature") == signature:
                b["signature"] = None
        store._insert_beads(doc_id, beads)
        keep_earlier_reviews(conn, doc_id, lost, source or stem)
        # Undo never crosses an import: the beads it refers to are gone.
        conn.execute("UPDATE history SET state = 'archived' WHERE state IN ('done', 'undone')")
        conn.execute(
            "INSERT INTO history (doc_id, action, label, before, after, state, created_at)"
            " VALUES (?, 'import', ?, '[]', '[]', 'archived', ?)",
            (doc_id, f"import {len(records)} pairs ({kept} reviewed kept, {dropped} reset) from {source or stem}", _now()),
        )
    return ImportResult(stem, len(beads), kept, dropped, restored=restored)


def document_signature(records: Sequence[PairRecord]) -> str:
    """A document's signature: its records' (those of a pair file written after a rerun kept
    reviewed pairs of an earlier run carry that run's: the most common is the document's)."""
    signatures = [r.signature for r in records if r.signature]
    return Counter(signatures).most_common(1)[0][0] if signatures else ""


def import_file_in_batches(store: ReviewStore, stem: str, path: Path, src_lang: str, tgt_lang: str,
                           batch: int = 5000) -> int:
    """Replace a document that has no review work by the records of a (huge) pair file, read
    and inserted a batch at a time: memory stays bounded whatever the size. Returns the count."""
    digest = hashlib.sha256()
    with store.transaction():
        conn = store.conn
        row = conn.execute("SELECT id FROM documents WHERE stem = ?", (stem,)).fetchone()
        if row is None:
            doc_id = conn.execute(
                "INSERT INTO documents (stem, source, src_lang, tgt_lang, signature, imported_at) VALUES (?, ?, ?, ?, '', ?)",
                (stem, str(path), src_lang, tgt_lang, _now())).lastrowid
        else:
            doc_id = row[0]
            conn.execute("DELETE FROM beads WHERE doc_id = ?", (doc_id,))
        n, buf, signature = 0, [], ""
        with open(path, "rb") as f:
            for lineno, line in enumerate(f, 1):
                digest.update(line)
                if not line.strip():
                    continue
                record = parse_jsonl(line.decode("utf-8"), f"{path}:{lineno}")[0]
                signature = signature or record.signature
                bead = _record_bead(record)
                if bead["signature"] == signature:  # NULL: the document's
                    bead["signature"] = None
                buf.append(bead)
                if len(buf) >= batch:
                    store._insert_beads(doc_id, buf, n)
                    n, buf = n + len(buf), []
        store._insert_beads(doc_id, buf, n)
        conn.execute("UPDATE documents SET source = ?, source_hash = ?, src_lang = ?, tgt_lang = ?, signature = ?,"
                     " imported_at = ? WHERE id = ?",
                     (str(path), digest.hexdigest(), src_lang, tgt_lang, signature, _now(), doc_id))
        conn.execute("UPDATE history SET state = 'archived' WHERE state IN ('done', 'undone')")
    return n + len(buf)
