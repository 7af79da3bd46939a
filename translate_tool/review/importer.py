"""Bringing new pair records into the review store without losing a reviewer's work.

Records arrive from `run` (machine translation, every rerun) and from `*.pairs.jsonl` files
(`align`, or files copied from elsewhere). The stored beads are the reviewer's work; new
records are matched to them by **source text**: the two documents' source sentences are
aligned as sequences (difflib), and a stored bead that was reviewed, edited or restructured
(merged, split, shifted) survives, with its target text, decision and edits, wherever all of
its source sentences are unchanged and line up with whole new records. Everything else takes
the new records; reviewed beads whose source changed return to unreviewed (`dropped`).

A record's own `status` / `edited` / `mt` fields (files written after a review carry them) are
used where no stored bead covers it, so a `.pairs.jsonl` is a complete backup of a review.
"""

from __future__ import annotations

import hashlib
import json
from difflib import SequenceMatcher
from pathlib import Path
from typing import Sequence

from ..data import PairRecord
from ..errors import TranslateToolError
from ..formats import parse_jsonl
from .store import ImportResult, ReviewStore, _norm, _now, content_key

PAIRS_SUFFIX = ".pairs.jsonl"


def manifest_languages(out_dir: Path) -> dict[str, tuple[str, str]]:
    """stem -> (source language, target language), from `manifest.json` when there is one."""
    try:
        manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
        target = str(manifest.get("target_lang") or "en")
        return {
            str(d.get("stem") or Path(str(d["path"])).stem): (str(d["language"]), target)
            for d in manifest.get("documents", [])
            if isinstance(d, dict) and (d.get("stem") or d.get("path")) and d.get("language") not in (None, "und")
        }
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def sync_folder(store: ReviewStore, out_dir: str | Path) -> list[ImportResult]:
    """Import every `*.pairs.jsonl` of `out_dir` that is new or changed since its last import
    (or since the store last wrote it)."""
    out_dir = Path(out_dir)
    langs = manifest_languages(out_dir)
    results = []
    # `run` mirrors the input's folder tree: a document's stem is its path under out_dir
    for path in sorted(out_dir.rglob(f"*{PAIRS_SUFFIX}")):
        if any(part.startswith(".") for part in path.relative_to(out_dir).parts):
            continue
        stem = path.relative_to(out_dir).as_posix()[: -len(PAIRS_SUFFIX)]
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
            old = store._snapshots(doc_id)
            conn.execute(
                "UPDATE documents SET source = ?, source_hash = ?, src_lang = ?, tgt_lang = ?, signature = ?,"
                " imported_at = ? WHERE id = ?",
                (source, source_hash, src_lang, tgt_lang, signature, _now(), doc_id),
            )
            conn.execute("DELETE FROM beads WHERE doc_id = ?", (doc_id,))
        beads, kept, dropped = merge_beads(old, records)
        store._insert_beads(doc_id, beads)
        # Undo never crosses an import: the beads it refers to are gone.
        conn.execute("UPDATE history SET state = 'archived' WHERE state IN ('done', 'undone')")
        conn.execute(
            "INSERT INTO history (doc_id, action, label, before, after, state, created_at)"
            " VALUES (?, 'import', ?, '[]', '[]', 'archived', ?)",
            (doc_id, f"import {len(records)} pairs ({kept} reviewed kept, {dropped} reset) from {source or stem}", _now()),
        )
    return ImportResult(stem, len(beads), kept, dropped)


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
                buf.append(_record_bead(record))
                if len(buf) >= batch:
                    store._insert_beads(doc_id, buf, n)
                    n, buf = n + len(buf), []
        store._insert_beads(doc_id, buf, n)
        conn.execute("UPDATE documents SET source = ?, source_hash = ?, src_lang = ?, tgt_lang = ?, signature = ?,"
                     " imported_at = ? WHERE id = ?",
                     (str(path), digest.hexdigest(), src_lang, tgt_lang, signature, _now(), doc_id))
        conn.execute("UPDATE history SET state = 'archived' WHERE state IN ('done', 'undone')")
    return n + len(buf)


def _worked_on(bead: dict) -> bool:
    """A stored bead that holds a reviewer's work: a decision, an edit, or a new shape."""
    return bead["status"] != "unreviewed" or bool(bead["edited"]) or bead["orig_key"] is None


def merge_beads(old: Sequence[dict], records: Sequence[PairRecord]) -> tuple[list[dict], int, int]:
    """The beads of the document after the merge, how many worked-on beads were kept, how many
    went back to unreviewed. `old`: stored bead snapshots in order."""
    fresh = [_record_bead(r) for r in records]
    if not any(_worked_on(b) for b in old):
        return fresh, 0, 0
    # Source sentences of each side, and the bead / record each belongs to.
    old_sents = [(k, _norm(s["text"])) for k, b in enumerate(old) for s in b["src"]]
    new_sents = [(k, _norm(s)) for k, r in enumerate(records) for s in r.src]
    a, b = [t for _, t in old_sents], [t for _, t in new_sents]
    mapped: dict[int, int] = {}  # old sentence index -> new sentence index
    if a == b:
        mapped = {i: i for i in range(len(a))}
    else:
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag == "equal":
                mapped.update({i1 + d: j1 + d for d in range(i2 - i1)})
    first_sent = {}  # record index -> (first, last) new sentence index
    for j, (k, _) in enumerate(new_sents):
        lo, _hi = first_sent.get(k, (j, j))
        first_sent[k] = (lo, j)
    sent_record = [k for k, _ in new_sents]

    replace: dict[int, tuple[int, dict]] = {}  # first record index -> (last record index, kept bead)
    after: dict[int, list[dict]] = {}  # record index (-1: start) -> one-sided beads kept after it
    kept = dropped = 0
    pos = 0  # index into old_sents
    last_anchor: int | None = None  # last record index covered by the previous source-bearing bead
    pending_start: list[dict] = []
    for bead in old:
        n = len(bead["src"])
        if n == 0:  # a target-only bead goes with the source-bearing bead before it
            if _worked_on(bead):
                if last_anchor is not None:
                    after.setdefault(last_anchor, []).append(bead)
                    kept += 1
                else:
                    pending_start.append(bead)
            continue
        idx = list(range(pos, pos + n))
        pos += n
        js = [mapped.get(i) for i in idx]
        span = None
        if None not in js and js == list(range(js[0], js[0] + n)):
            r0, r1 = sent_record[js[0]], sent_record[js[-1]]
            if first_sent[r0][0] == js[0] and first_sent[r1][1] == js[-1]:
                span = (r0, r1)
        if span is None:
            last_anchor = None
            if _worked_on(bead):
                dropped += 1
            dropped += len(pending_start)
            pending_start = []
            continue
        if pending_start:
            after.setdefault(span[0] - 1, []).extend(pending_start)
            kept += len(pending_start)
            pending_start = []
        last_anchor = span[1]
        if _worked_on(bead) and span[0] not in replace:
            ids = [i for r in records[span[0] : span[1] + 1] for i in r.src_ids]
            src = [dict(s, orig=ids[k] if len(ids) == n else None) for k, s in enumerate(bead["src"])]
            replace[span[0]] = (span[1], dict(bead, id=None, src=src, paragraph=records[span[0]].paragraph))
            kept += 1
    dropped += len(pending_start)

    out: list[dict] = []
    kept_keys = {content_key([s["text"] for s in b["src"]], [s["text"] for s in b["tgt"]])
                 for bs in after.values() for b in bs}
    out += [dict(b, id=None) for b in after.get(-1, [])]
    k = 0
    while k < len(records):
        last, bead = replace.get(k, (k, None))
        if bead is not None:
            out.append(bead)
            for r in range(k, last + 1):  # one-sided beads kept after records inside the span
                out += [dict(x, id=None) for x in after.get(r, [])]
            k = last + 1
            continue
        r = records[k]
        if r.src or content_key(r.src, r.tgt) not in kept_keys:
            out.append(fresh[k])
        out += [dict(x, id=None) for x in after.get(k, [])]
        k += 1
    return out, kept, dropped


IMPORTED = "imported"  # orig_key of a bead as imported (NULL once a reviewer restructured it)


def _record_bead(r: PairRecord) -> dict:
    """A new bead from a record, with the review state the record itself carries. `mt` stays
    NULL (= the target text) until the pair is edited: no JSON work per pair on big imports."""
    return {
        "paragraph": r.paragraph, "score": float(r.score), "flags": json.dumps(list(r.flags)) if r.flags else "[]",
        "status": r.status, "orig_key": IMPORTED, "edited": int(r.edited),
        "src": _side(r.src, r.src_ids, r.paragraph), "tgt": _side(r.tgt, r.tgt_ids, r.paragraph),
        "mt": json.dumps(list(r.mt), ensure_ascii=False) if r.edited else None,
        "adequacy": r.adequacy, "priority": r.priority, "place": r.place,
        "checks": json.dumps([c.to_json_dict() for c in r.checks], ensure_ascii=False) if r.checks else "[]",
    }


def _side(texts: Sequence[str], ids: Sequence[int], paragraph: int) -> list[dict]:
    return [
        {"text": t, "orig": ids[i] if i < len(ids) else None, "para": paragraph} for i, t in enumerate(texts)
    ]
