"""The files of an `align-corpus` output folder, and keeping the corpus true to the review.

Per document: `<name>.pairs.jsonl`, `.tsv`, `.tmx` (the same writers as a `run` folder's, so
`review` rewrites them identically) and `<name>.ladder`. For the folder: the corpus of the kept
documents (`corpus.<src>` / `corpus.<tgt>` Moses files with `corpus.scores` line by line,
`corpus.tmx`, `corpus.jsonl`), `manifest.json` and `report.tsv`.

The corpus is derived from the documents' pairs as they stand, reviewed or not: a rejected
pair leaves it, an edited one enters it with the reviewer's text. `refresh_corpus` rebuilds it
from the pair files; `review` calls it whenever it writes a document of such a folder back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from .data import PairRecord
from .errors import TranslateToolError
from .fileio import atomic_write_text, output_hash

__all__ = ["corpus_from_pair_files", "corpus_is_stale", "corpus_records", "document_files", "kept_out_documents",
           "refresh_corpus", "report_tsv", "write_corpus", "write_report"]

COMMAND = "align-corpus"  # manifest.json "command" of such a folder
MANIFEST = "manifest.json"
REPORT = "report.tsv"


def document_files(name: str, records: Sequence[PairRecord], src_lang: str, tgt_lang: str) -> dict[str, str]:
    """Every file of one aligned document, by file name (the ladder from the pairs' sentence ids)."""
    from .review.outputs import parallel_files

    files = parallel_files(name, records, src_lang, tgt_lang)
    files[f"{name}.ladder"] = ladder_text(records)
    return files


def ladder_text(records: Sequence[PairRecord]) -> str:
    from .align_eval import format_ladder

    return format_ladder([(r.src_ids, r.tgt_ids) for r in records])


def corpus_records(records: Sequence[PairRecord]) -> list[PairRecord]:
    """The pairs of a kept document that enter the corpus: both sides present, not rejected."""
    return [r for r in records if r.src and r.tgt and r.status != "rejected"]


def write_corpus(out_dir: Path, corpus: Sequence[PairRecord], src_lang: str, tgt_lang: str,
                 signature: str) -> dict[str, str]:
    """Write the corpus files; returns their SHA-256 by name (recorded in `manifest.json`
    "corpus_outputs" and the review store, so that a line edited by hand is noticed:
    review/corpus_hand.py)."""
    from .formats import format_jsonl, format_moses, format_tmx

    src_text, tgt_text = format_moses(corpus)
    files = {
        f"corpus.{src_lang}": src_text,
        f"corpus.{tgt_lang}": tgt_text,
        # format_moses keeps exactly the two-sided records, in order: one score per Moses line
        "corpus.scores": "".join(f"{r.score:.4f}\n" for r in corpus),
        "corpus.tmx": format_tmx(corpus, src_lang, tgt_lang, signature),
        "corpus.jsonl": format_jsonl(corpus),
    }
    for name, text in files.items():
        atomic_write_text(out_dir / name, text)
    return {name: output_hash(text) for name, text in sorted(files.items())}


def write_report(out_dir: Path, documents: Sequence[dict]) -> dict[str, str]:
    """Write `report.tsv`; returns its SHA-256 by name (recorded with the corpus files': a
    report changed by hand is kept beside it before it is written again)."""

    text = report_tsv(documents)
    atomic_write_text(out_dir / REPORT, text)
    return {REPORT: output_hash(text)}


def report_tsv(documents: Sequence[dict]) -> str:
    """`report.tsv` from the manifest's document entries."""
    rows = ["name\tsource\ttarget\tsentences_src\tsentences_tgt\tbeads\tconfident\tcorpus_pairs\tstatus\treason"]
    for d in documents:
        n, m = d["sentences"]
        rows.append("\t".join([
            d["stem"], d["path"], d["target_path"], str(n), str(m), str(d["beads"]),
            f"{d['confident_share']:.3f}", str(d["corpus_pairs"]), d["action"], d["reason"].replace("\t", " "),
        ]))
    return "\n".join(rows) + "\n"


def corpus_from_pair_files(out_dir: Path, manifest: dict, ladders: dict[str, str] | None = None) -> list[PairRecord]:
    """The corpus the documents' pair files give (kept documents, in the manifest's order).
    `ladders`: filled with each document's ladder text, by stem."""
    from .formats import read_pairs_jsonl

    corpus: list[PairRecord] = []
    for doc in manifest.get("documents", []):
        pairs = out_dir / f"{doc['stem']}.pairs.jsonl"
        if doc.get("action") == "failed" or not pairs.exists():
            continue
        records = read_pairs_jsonl(pairs)
        if ladders is not None:
            ladders[doc["stem"]] = ladder_text(records)
        if doc.get("action") == "kept":
            kept = corpus_records(records)
            doc["corpus_pairs"] = len(kept)
            corpus += kept
    return corpus


def refresh_corpus(out_dir: str | Path, store=None, reading=None) -> bool:
    """Rebuild what an align-corpus folder derives from its documents' pair files: each ladder,
    the corpus, the per-document pair counts and hashes of `manifest.json`, and `report.tsv`.
    Returns False (and writes nothing) for any other folder.

    A corpus file changed by hand since the tool wrote it is first taken into the review
    (`store`: its lines that are edits of one pair; review/corpus_hand.py) or kept beside it as
    `<name>.hand-edited`, as is a ladder changed by hand; what was found is added to
    `store.hand_edits` (`reading`: the corpus files read already, by ReviewStore.open)."""
    from .review.corpus_hand import CorpusReading, keep_changed_corpus, record_corpus_written
    from .fileio import keep_copy, kept_already
    from .review.hand_edits import HandEdits
    from .review.outputs import read_manifest

    out_dir = Path(out_dir)
    path = out_dir / MANIFEST
    try:
        manifest = read_manifest(out_dir)
    except TranslateToolError:  # damaged: what kind of folder it is cannot be told; the next run rewrites it
        return False
    if manifest is None or manifest.get("command") != COMMAND:
        return False
    reading = reading or CorpusReading.of(out_dir, store, manifest)
    if reading is not None and store is not None and not store.readonly:
        store.hand_edits += reading.take(store, write=True)
        manifest = read_manifest(out_dir) or manifest  # (the documents it wrote updated their entries)
    kept = keep_changed_corpus(out_dir, reading)  # no review to take them: kept, not overwritten
    ladders: dict[str, str] = {}
    corpus = corpus_from_pair_files(out_dir, manifest, ladders)
    ladder_kept = []
    for doc in manifest.get("documents", []):
        ladder = ladders.get(doc["stem"])
        if ladder is None:
            continue
        name = f"{doc['stem']}.ladder"
        ladder_path = out_dir / name
        current = ladder_path.read_bytes() if ladder_path.exists() else None
        if current != ladder.encode("utf-8"):  # a review split or merged beads
            recorded = (doc.get("outputs") or {}).get(name)
            if current is not None and recorded is not None and output_hash(current) != recorded \
                    and not kept_already(out_dir, name, current):
                ladder_kept.append((name, keep_copy(out_dir, name, current), "a ladder is not read back "
                                    "(change the alignment with `translate-tool review`)"))
            atomic_write_text(ladder_path, ladder)
        if "outputs" in doc:
            doc["outputs"][name] = output_hash(ladder)
    if store is not None:
        store.hand_edits += [h for h in (kept,) if h is not None]
        if ladder_kept:
            store.hand_edits.append(HandEdits("", files=tuple(n for n, _c, _w in ladder_kept), kept=tuple(ladder_kept)))
    manifest["corpus_pairs"] = len(corpus)
    hashes = write_corpus(out_dir, corpus, manifest["source_lang"], manifest["target_lang"], manifest.get("signature", ""))
    hashes.update(write_report(out_dir, manifest["documents"]))
    record_corpus_written(store, hashes)
    manifest["corpus_outputs"] = hashes
    atomic_write_text(path, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return True


def kept_out_documents(out_dir: str | Path) -> dict[str, str]:
    """{stem: reason} of the documents an align-corpus folder keeps out of its corpus (`excluded`
    in `manifest.json`, or in `report.tsv` when the manifest is lost or damaged): `export` leaves
    them out too unless asked. {} for any other folder."""
    from .folder_documents import manifest_or_none

    out_dir = Path(out_dir)
    manifest = manifest_or_none(out_dir)
    if manifest is not None:
        if manifest.get("command") != COMMAND:
            return {}
        return {d["stem"]: str(d.get("reason") or "") for d in manifest.get("documents") or []
                if isinstance(d, dict) and d.get("action") == "excluded" and isinstance(d.get("stem"), str)}
    try:
        lines = (out_dir / REPORT).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    if not lines or lines[0] != report_tsv([]).rstrip("\n"):
        return {}
    rows = [line.split("\t") for line in lines[1:]]
    return {r[0]: r[9] for r in rows if len(r) == 10 and r[8] == "excluded"}


def corpus_is_stale(out_dir: str | Path) -> bool:
    """An align-corpus folder whose corpus is older than one of its documents' pair files (a
    review that wrote a document but was stopped before it could rebuild the corpus)."""
    from .review.outputs import read_manifest

    out_dir = Path(out_dir)
    try:
        manifest = read_manifest(out_dir)
    except Exception:  # a damaged manifest is reported by whatever reads it for real
        return False
    if manifest is None or manifest.get("command") != COMMAND:
        return False
    try:
        built = (out_dir / "corpus.jsonl").stat().st_mtime_ns
    except OSError:
        return True
    for doc in manifest.get("documents", []):
        try:
            if (out_dir / f"{doc['stem']}.pairs.jsonl").stat().st_mtime_ns > built:
                return True
        except (OSError, KeyError, TypeError):
            continue
    return False
