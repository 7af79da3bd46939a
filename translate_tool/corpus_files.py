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
from hashlib import sha256
from pathlib import Path
from typing import Sequence

from .data import PairRecord
from .errors import TranslateToolError
from .fileio import atomic_write_text

__all__ = ["corpus_is_stale", "corpus_records", "document_files", "refresh_corpus", "report_tsv", "write_corpus"]

COMMAND = "align-corpus"  # manifest.json "command" of such a folder
MANIFEST = "manifest.json"


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


def write_corpus(out_dir: Path, corpus: Sequence[PairRecord], src_lang: str, tgt_lang: str, signature: str) -> None:
    from .formats import format_jsonl, format_moses, format_tmx

    src_text, tgt_text = format_moses(corpus)
    atomic_write_text(out_dir / f"corpus.{src_lang}", src_text)
    atomic_write_text(out_dir / f"corpus.{tgt_lang}", tgt_text)
    # format_moses keeps exactly the two-sided records, in order: one score per Moses line
    atomic_write_text(out_dir / "corpus.scores", "".join(f"{r.score:.4f}\n" for r in corpus))
    atomic_write_text(out_dir / "corpus.tmx", format_tmx(corpus, src_lang, tgt_lang, signature))
    atomic_write_text(out_dir / "corpus.jsonl", format_jsonl(corpus))


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


def refresh_corpus(out_dir: str | Path) -> bool:
    """Rebuild what an align-corpus folder derives from its documents' pair files: each ladder,
    the corpus, the per-document pair counts and hashes of `manifest.json`, and `report.tsv`.
    Returns False (and writes nothing) for any other folder."""
    from .formats import read_pairs_jsonl
    from .review.outputs import read_manifest

    out_dir = Path(out_dir)
    path = out_dir / MANIFEST
    try:
        manifest = read_manifest(out_dir)
    except TranslateToolError:  # damaged: what kind of folder it is cannot be told; the next run rewrites it
        return False
    if manifest is None or manifest.get("command") != COMMAND:
        return False
    corpus: list[PairRecord] = []
    for doc in manifest.get("documents", []):
        pairs = out_dir / f"{doc['stem']}.pairs.jsonl"
        if doc.get("action") == "failed" or not pairs.exists():
            continue
        records = read_pairs_jsonl(pairs)
        ladder, ladder_path = ladder_text(records), out_dir / f"{doc['stem']}.ladder"
        if not ladder_path.exists() or ladder_path.read_text(encoding="utf-8") != ladder:
            atomic_write_text(ladder_path, ladder)  # a review split or merged beads
        if "outputs" in doc:
            doc["outputs"][f"{doc['stem']}.ladder"] = sha256(ladder.encode("utf-8")).hexdigest()
        if doc.get("action") == "kept":
            kept = corpus_records(records)
            doc["corpus_pairs"] = len(kept)
            corpus += kept
    manifest["corpus_pairs"] = len(corpus)
    write_corpus(out_dir, corpus, manifest["source_lang"], manifest["target_lang"], manifest.get("signature", ""))
    atomic_write_text(path, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    atomic_write_text(out_dir / "report.tsv", report_tsv(manifest["documents"]))
    return True


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
