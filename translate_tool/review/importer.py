"""Filling the review store from `<stem>.pairs.jsonl` files (written by `run` and `align`).

Re-importing a document keeps the decisions on pairs that did not change: a new record
whose text equals a stored bead's current text, or the text that bead was imported with
(then the reviewer's edits carry over too), inherits its status. A file identical to the
one imported last time is skipped, so manual merges and splits survive a re-run that
changed nothing.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Sequence

from ..data import PairRecord
from ..errors import TranslateToolError
from ..formats import parse_jsonl
from .store import ImportResult, ReviewStore, _now, content_key

PAIRS_SUFFIX = ".pairs.jsonl"


def manifest_languages(out_dir: Path) -> dict[str, str]:
    """stem -> source language, from `manifest.json` when there is one."""
    try:
        manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
        return {
            str(d.get("stem") or Path(str(d["path"])).stem): str(d["language"])
            for d in manifest.get("documents", [])
            if isinstance(d, dict) and (d.get("stem") or d.get("path")) and d.get("language") not in (None, "und")
        }
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def sync_folder(store: ReviewStore, out_dir: str | Path) -> list[ImportResult]:
    """Import every `*.pairs.jsonl` of `out_dir` that is new or changed since its last import."""
    out_dir = Path(out_dir)
    langs = manifest_languages(out_dir)
    results = []
    for path in sorted(out_dir.glob(f"*{PAIRS_SUFFIX}")):
        stem = path.name[: -len(PAIRS_SUFFIX)]
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
        results.append(
            import_records(store, stem, records, source=str(path), source_hash=digest,
                           src_lang=langs.get(stem, "es"))
        )
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
        row = conn.execute("SELECT id, source_hash FROM documents WHERE stem = ?", (stem,)).fetchone()
        if row is not None and source_hash is not None and row["source_hash"] == source_hash:
            n = conn.execute("SELECT COUNT(*) FROM beads WHERE doc_id = ?", (row["id"],)).fetchone()[0]
            return ImportResult(stem, n, n, 0, unchanged=True)
        signature = next((r.signature for r in records if r.signature), "")
        old: list[dict] = []
        if row is None:
            doc_id = conn.execute(
                "INSERT INTO documents (stem, source, source_hash, src_lang, tgt_lang, signature, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (stem, source, source_hash, src_lang, tgt_lang, signature, _now()),
            ).lastrowid
        else:
            doc_id = row["id"]
            old = [store._snapshot(i) for i in store._order(doc_id)]
            conn.execute(
                "UPDATE documents SET source = ?, source_hash = ?, src_lang = ?, tgt_lang = ?, signature = ?,"
                " imported_at = ? WHERE id = ?",
                (source, source_hash, src_lang, tgt_lang, signature, _now(), doc_id),
            )
            conn.execute("DELETE FROM beads WHERE doc_id = ?", (doc_id,))
        by_current: dict[str, list[dict]] = {}
        by_orig: dict[str, list[dict]] = {}
        for b in old:
            key = content_key([s["text"] for s in b["src"]], [s["text"] for s in b["tgt"]])
            by_current.setdefault(key, []).append(b)
            if b["orig_key"]:
                by_orig.setdefault(b["orig_key"], []).append(b)
        used: set[int] = set()
        kept = 0
        for position, r in enumerate(records):
            key = content_key(r.src, r.tgt)
            bead = {
                "paragraph": r.paragraph, "score": float(r.score), "flags": json.dumps(list(r.flags)),
                "status": "unreviewed", "orig_key": key, "edited": 0,
                "src": _side(r.src, r.src_ids, r.paragraph), "tgt": _side(r.tgt, r.tgt_ids, r.paragraph),
            }
            match = _take(by_current.get(key, []), used) or _take(by_orig.get(key, []), used)
            if match is not None:
                kept += bool(match["status"] != "unreviewed" or match["edited"])
                bead["status"] = match["status"]
                bead["edited"] = match["edited"]
                if match["edited"]:
                    bead["src"], bead["tgt"] = match["src"], match["tgt"]
            store._insert_bead(doc_id, position, bead)
        # Undo never crosses an import: the beads it refers to are gone.
        conn.execute("UPDATE history SET state = 'archived' WHERE state IN ('done', 'undone')")
        conn.execute(
            "INSERT INTO history (doc_id, action, label, before, after, state, created_at)"
            " VALUES (?, 'import', ?, '[]', '[]', 'archived', ?)",
            (doc_id, f"import {len(records)} pairs ({kept} decisions kept) from {source or stem}", _now()),
        )
    lost = sum(1 for b in old if b["id"] not in used and (b["status"] != "unreviewed" or b["edited"]))
    return ImportResult(stem, len(records), kept, lost)


def _side(texts: Sequence[str], ids: Sequence[int], paragraph: int) -> list[dict]:
    return [
        {"text": t, "orig": ids[i] if i < len(ids) else None, "para": paragraph} for i, t in enumerate(texts)
    ]


def _take(candidates: list[dict], used: set[int]) -> dict | None:
    for b in candidates:
        if b["id"] not in used:
            used.add(b["id"])
            return b
    return None
