"""Align many document pairs at once (`translate-tool align-corpus`).

Pairs are found by name (`find_pairs`): in one folder `x.es.txt` <-> `x.en.txt`; in two
parallel sub-folders `es/x.txt` <-> `en/x.txt`; or listed in a TSV file (`source<TAB>target`
per line, paths relative to the TSV's folder). `align_corpus` then

* reads and segments every document, and checks each side's language (in `jobs` processes);
* encodes every distinct sentence once, per side, in batches of up to `CHUNK` sentences (the
  encoder is loaded once; BLAS uses `jobs` threads), so per-document alignment reads ready
  features and memory stays bounded on large corpora;
* aligns the documents in `jobs` forked worker processes (the DP is Python-bound, so threads
  would share one core), which inherit the loaded encoder instead of loading it again, and
  write per-document outputs (`<name>.pairs.jsonl`, `.ladder`, `.tsv`, `.tmx`) for every
  aligned document, so the folder can be reviewed and exported like a `run` folder;
* keeps a reviewer's work: in a folder that has been reviewed, a document with review work is
  merged with its new alignment in the review store (by source text, as `run` does) and written
  from the review (decisions and edits whose source is unchanged stay), in the parent process;
* keeps out of the corpus documents whose alignment looks unreliable, with the reason: a side in
  another language, very uneven sentence counts, too few confident beads;
* writes the corpus of the kept documents from their pairs as written (rejected pairs left out,
  edited ones with the reviewer's text), `manifest.json` and `report.tsv` (`corpus_files`).

The folder is locked meanwhile (one writer, as for `run`); every file is written atomically and
carries no timestamp: a rerun is byte-identical.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from . import __version__
from .data import Bead, Document, PairRecord
from .corpus_files import corpus_records, document_files, report_tsv, write_corpus
from .corpus_pairs import DocPair, find_pairs
from .errors import TranslateToolError
from .fileio import atomic_write_text
from .lock import output_lock

__all__ = ["CorpusOptions", "CorpusReport", "DocPair", "DocResult", "align_corpus", "find_pairs"]


@dataclass(frozen=True)
class CorpusOptions:
    src_lang: str = "es"
    tgt_lang: str = "en"
    presegmented: bool = False
    max_bead: int = 6  # AlignSettings' default
    jobs: int = 0  # 0: every core
    min_confident: float = 0.6  # share of beads that pair sentences which read as translations
    max_count_ratio: float = 2.0  # sentences of the longer side / of the shorter side
    check_language: bool = True


@dataclass
class DocResult:
    pair: DocPair
    status: str = "kept"  # kept | excluded | failed
    reason: str = ""
    src_sentences: int = 0
    tgt_sentences: int = 0
    beads: int = 0
    confident: float = 0.0  # share of beads pairing sentences that read as translations (no low-similarity)
    corpus_pairs: int = 0
    warnings: list[str] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)  # file name -> sha256, as written
    review: dict[str, int] = field(default_factory=dict)  # review_counts of the pairs written
    review_kept: int = 0  # pairs whose review decision or edit survived realignment
    review_reset: int = 0  # reviewed pairs whose source changed: back to unreviewed


@dataclass
class CorpusReport:
    documents: list[DocResult]
    corpus_pairs: int
    signature: str
    out_dir: Path


# ---------------------------------------------------------------- reading


def document_sentences(doc: Document, lang: str, presegmented: bool) -> tuple[list[str], list[int]]:
    """(sentences, paragraph index of each): one per non-blank line when presegmented."""
    from .segment import segment_sentences

    texts: list[str] = []
    paras: list[int] = []
    if presegmented:  # blank lines separate paragraphs and are not sentences
        para, blank = 0, False
        for line in doc.text.split("\n"):
            if not line.strip():
                blank = bool(texts)
                continue
            if blank:
                para, blank = para + 1, False
            texts.append(line.strip())
            paras.append(para)
    else:
        for p, paragraph in enumerate(doc.paragraphs):
            for s in segment_sentences(paragraph, lang):
                texts.append(s)
                paras.append(p)
    return texts, paras


def _language_problem(doc: Document, lang: str, side: str, options: CorpusOptions) -> str:
    from .langid import candidates_with, identify_document

    cands = candidates_with("de", options.src_lang, options.tgt_lang)
    # the first ~1,000 characters decide as well as the whole text and keep language id a small
    # share of the work on long documents
    paras, size = [], 0
    for p in doc.paragraphs:
        paras.append(p)
        size += len(p)
        if size >= 1000:
            break
    guess = identify_document(paras, cands)
    if not guess.uncertain and guess.lang not in (lang, "und"):
        return f"wrong language: {side} reads as '{guess.lang}' ({guess.confidence:.2f}), expected '{lang}'"
    return ""


# ---------------------------------------------------------------- aligning


class _Ready:
    """An encoder stand-in that serves features computed beforehand (rows of one big batch)."""

    def __init__(self, name: str, feats_by_lang: dict):
        self.name = name
        self._feats = feats_by_lang  # lang -> (SentenceFeatures, {text: row})

    def features(self, sentences, lang=None):
        from .embeddings import SentenceFeatures

        f, rows = self._feats[lang]
        idx = np.array([rows[s] for s in sentences], dtype=np.int64)
        return SentenceFeatures(f.core[idx], f.bos[idx], f.eos[idx], f.lens[idx], f.encoder)


CHUNK = 40_000  # sentences (both sides) encoded and aligned together; 6 KB of features each
_WORKER: dict = {}  # set in the parent before forking: the workers inherit it


def _map(fn, items: list, n_jobs: int, progress=None) -> list:
    """`fn` over `items` in `n_jobs` forked processes (in order); they inherit `_WORKER`."""
    out: list = []
    if n_jobs == 1 or len(items) < 4 or not hasattr(os, "fork"):
        for it in items:
            out.append(fn(it))
            if progress:
                progress(len(out))
        return out
    import multiprocessing

    with ProcessPoolExecutor(n_jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        for r in pool.map(fn, items, chunksize=max(1, min(16, len(items) // (4 * n_jobs)))):
            out.append(r)
            if progress:
                progress(len(out))
    return out


def _prepare(job):
    """Worker: read and segment both documents, check their languages."""
    from .documents import read_document

    pair, options = job
    res = DocResult(pair)
    try:
        sdoc, tdoc = read_document(pair.src), read_document(pair.tgt)
    except TranslateToolError as exc:
        res.status, res.reason = "failed", str(exc)
        return res, None
    res.warnings += list(sdoc.warnings) + list(tdoc.warnings)
    s, sp = document_sentences(sdoc, options.src_lang, options.presegmented)
    t, tp = document_sentences(tdoc, options.tgt_lang, options.presegmented)
    res.src_sentences, res.tgt_sentences = len(s), len(t)
    if options.check_language:
        res.reason = _language_problem(sdoc, options.src_lang, "source", options) or _language_problem(
            tdoc, options.tgt_lang, "target", options)
    return res, (s, sp, t, tp)


def _finish(job):
    """Worker: align one document, judge it, write its outputs unless it has review work (the
    parent merges those with the review store); returns it, its records and the signature."""
    from dataclasses import replace

    from .aligner import AlignSettings, align

    res, (s, sp, t, tp), options, out_dir, write = job
    st = replace(AlignSettings(), max_bead=options.max_bead)
    r = align(s, t, src_lang=options.src_lang, tgt_lang=options.tgt_lang, settings=st, encoder=_WORKER["enc"])
    signature = f"{r.signature}|pair:{options.src_lang}-{options.tgt_lang}|tool:translate-tool-{__version__}"
    res.warnings += r.warnings
    records = _records(res.pair.name, r.beads, s, sp, t, tp, signature)
    if write:
        _write_files(out_dir, res, document_files(res.pair.name, records, options.src_lang, options.tgt_lang), records)
    res.beads = len(r.beads)
    # whether the two texts translate each other is a matter of content (the cosine: no
    # `low-similarity` flag), not of how sure the aligner is of each cut (the score)
    res.confident = sum(1 for b in r.beads if b.src and b.tgt and "low-similarity" not in b.flags) / max(len(r.beads), 1)
    res.reason = res.reason or _unreliable(res, options)
    if res.reason:
        res.status = "excluded"
    return res, records, signature


def _write_files(out_dir: Path, res: DocResult, files: dict[str, str], records: list[PairRecord]) -> None:
    from .review.outputs import review_counts

    for name, text in files.items():
        atomic_write_text(out_dir / name, text)
    res.outputs = {name: sha256(text.encode("utf-8")).hexdigest() for name, text in sorted(files.items())}
    res.review = review_counts(records)


def _align_chunk(ready: list, options: CorpusOptions, out_dir: Path, encoder, n_jobs: int, progress,
                 reviewed: set[str]) -> list:
    from .embeddings import blas_threads

    # encode every distinct sentence once, per side, using every core for the matrix products
    feats: dict = {}
    for k, lang in ((0, options.src_lang), (1, options.tgt_lang)):
        texts = list(dict.fromkeys(x for _res, sents in ready for x in sents[2 * k]))
        if lang in feats:  # same language on both sides: one table
            texts = list(dict.fromkeys(list(feats[lang][1]) + texts))
        feats[lang] = (encoder.features(texts, lang, threads=n_jobs), {x: i for i, x in enumerate(texts)})
    _WORKER["enc"] = _Ready(encoder.name, feats)
    try:
        with blas_threads(1):
            jobs = [(res, sents, options, out_dir, res.pair.name not in reviewed) for res, sents in ready]
            return _map(_finish, jobs, n_jobs, progress)
    finally:
        _WORKER.clear()


def align_corpus(
    pairs: Sequence[DocPair],
    out_dir: str | Path,
    options: CorpusOptions | None = None,
    *,
    encoder=None,
    progress: Callable[[int, int], None] | None = None,
) -> CorpusReport:
    """Align every pair, write per-document outputs, the corpus, `manifest.json`, `report.tsv`."""
    options = options or CorpusOptions()
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():  # before hours of work, not after
        raise TranslateToolError("cannot create the output folder (a file has that name)", out_dir)
    n_jobs = options.jobs or os.cpu_count() or 1
    progress = progress or (lambda done, total: None)
    prepared = _map(_prepare, [(p, options) for p in pairs], n_jobs)
    results: dict[int, DocResult] = {}
    ready = []
    for k, (res, sents) in enumerate(prepared):
        results[k] = res
        if sents is not None:
            ready.append((k, res, sents))
    if encoder is None:
        from .embeddings import default_encoder

        encoder = default_encoder()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TranslateToolError(f"cannot create the output folder ({exc.strerror or exc})", out_dir) from None
    with output_lock(out_dir):
        reviews = _Reviews(out_dir)
        try:
            corpus, signature = _align_all(ready, results, options, out_dir, encoder, n_jobs, progress, reviews)
        finally:
            reviews.close()
        docs = [results[k] for k in range(len(prepared))]
        write_corpus(out_dir, corpus, options.src_lang, options.tgt_lang, signature)
        manifest = _manifest(docs, options, signature)
        atomic_write_text(out_dir / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
        atomic_write_text(out_dir / "report.tsv", report_tsv(manifest["documents"]))
    return CorpusReport(docs, len(corpus), signature, out_dir)


def _align_all(ready, results, options, out_dir, encoder, n_jobs, progress, reviews) -> tuple[list[PairRecord], str]:
    corpus: list[PairRecord] = []
    signature = ""
    start = 0
    while start < len(ready):  # chunks of ~CHUNK sentences: feature tables stay ~250 MB at most
        end, size = start, 0
        while end < len(ready) and (end == start or size + sum(map(len, ready[end][2][::2])) <= CHUNK):
            size += sum(map(len, ready[end][2][::2]))
            end += 1
        chunk = ready[start:end]
        finished = _align_chunk([(res, sents) for _k, res, sents in chunk], options, out_dir, encoder, n_jobs,
                                lambda done, s0=start: progress(s0 + done, len(ready)), reviews.stems)
        for (k, _res, _sents), (res, records, sig) in zip(chunk, finished):
            if res.pair.name in reviews.stems:
                records = reviews.merge(res, records, options)
            results[k] = res  # the worker's copy, filled in
            if res.status == "kept":
                kept = corpus_records(records)
                res.corpus_pairs = len(kept)
                corpus += kept
            signature = sig
        start = end
    return corpus, signature


class _Reviews:
    """The folder's review store, if it has one: which documents have review work, and merging
    a new alignment of such a document into it (the reviewed pairs are then what is written)."""

    def __init__(self, out_dir: Path):
        from .review.outputs import RunReconciler, has_review_store

        self.out_dir = out_dir
        self._rec = RunReconciler(out_dir) if has_review_store(out_dir) else None
        self.stems: set[str] = set()
        if self._rec is not None:
            self.stems = {d.stem for d in self._rec.store.documents() if self._rec.has_review_work(d.stem)}

    def merge(self, res: DocResult, records: list[PairRecord], options: CorpusOptions) -> list[PairRecord]:
        from .review.outputs import DocumentFiles

        name, sl, tl = res.pair.name, options.src_lang, options.tgt_lang
        records, _reviewed, merged = self._rec.reconcile(name, records, sl, tl)
        files = document_files(name, records, sl, tl)
        _write_files(self.out_dir, res, files, records)
        self._rec.written(name, DocumentFiles(files, list(records)))
        if merged is not None:
            res.review_kept, res.review_reset = merged.kept, merged.dropped
        return records

    def close(self) -> None:
        if self._rec is not None:
            self._rec.close()


def _unreliable(res: DocResult, options: CorpusOptions) -> str:
    n, m = res.src_sentences, res.tgt_sentences
    if not n or not m:
        return "empty side: no sentences to pair"
    if max(n, m) > options.max_count_ratio * min(n, m):
        return f"very uneven lengths: {n} source vs {m} target sentences"
    if res.confident < options.min_confident:
        return f"few confident beads: {res.confident:.0%} of beads pair sentences that read as translations of each other"
    return ""


def _records(name, beads: list[Bead], s, sp, t, tp, signature) -> list[PairRecord]:
    out = []
    for k, b in enumerate(beads):
        para = sp[b.src[0]] if b.src else tp[b.tgt[0]]
        out.append(PairRecord(name, k, tuple(s[i] for i in b.src), tuple(t[j] for j in b.tgt),
                              b.src, b.tgt, para, b.score, b.flags, signature))
    return out


def _manifest(results: list[DocResult], options: CorpusOptions, signature: str) -> dict:
    docs = [{
        "stem": r.pair.name,
        "path": r.pair.src.name,
        "target_path": r.pair.tgt.name,
        "language": options.src_lang,
        "action": r.status,
        "reason": r.reason,
        "sentences": [r.src_sentences, r.tgt_sentences],
        "beads": r.beads,
        "confident_share": round(r.confident, 4),
        "corpus_pairs": r.corpus_pairs,
        "warnings": r.warnings,
        **({"outputs": r.outputs, "review": r.review} if r.outputs else {}),
    } for r in results]
    manifest = {
        "tool": {"name": "translate-tool", "version": __version__},
        "command": "align-corpus",
        "source_lang": options.src_lang,
        "target_lang": options.tgt_lang,
        "signature": signature,
        "filters": {"min_confident": options.min_confident, "max_count_ratio": options.max_count_ratio,
                    "check_language": options.check_language},
        "summary": {s: sum(r.status == s for r in results) for s in ("kept", "excluded", "failed")},
        "corpus_pairs": sum(r.corpus_pairs for r in results),
        "documents": docs,
    }
    return manifest
