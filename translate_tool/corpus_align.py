"""Align many document pairs at once (`translate-tool align-corpus`).

Pairs are found by name (`find_pairs`): in one folder `x.es.txt` <-> `x.en.txt`; in two
parallel sub-folders `es/x.txt` <-> `en/x.txt`; or listed in a TSV file (`source<TAB>target`
per line, paths relative to the TSV's folder). `align_corpus` then

* reads and segments every document, and checks each side's language (in `jobs` processes;
  the work on one pair is in corpus_work, the same code in a forked worker or a Ray actor);
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

With `executor=RayCorpusExecutor(...)` (ray_corpus, `--executor ray`), reading, encoding and
aligning run in Ray actors instead of forked processes, and this process does the rest: the
same bytes (docs/scaling.md).
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from . import __version__
from .corpus_files import corpus_records, document_files, write_corpus, write_report
from .corpus_pairs import DocPair, find_pairs
from .corpus_work import CorpusOptions, DocResult, Ready, align_pair, prepare_pair, write_files
from .data import PairRecord
from .errors import TranslateToolError
from .fileio import atomic_write_text
from .folder_documents import check_output_folder, record_in_store
from .lock import output_lock

__all__ = ["CorpusOptions", "CorpusReport", "DocPair", "DocResult", "LocalCorpusExecutor", "align_corpus",
           "find_pairs"]


@dataclass
class CorpusReport:
    documents: list[DocResult]
    corpus_pairs: int
    signature: str
    out_dir: Path
    retired: list[str] = field(default_factory=list)  # pairs of earlier runs this one did not have
    # corpus files (or ladders) changed by hand whose changes could not be taken: kept as copies
    folder_hand_edits: list = field(default_factory=list)  # review.hand_edits.HandEdits


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

    with ProcessPoolExecutor(n_jobs, mp_context=multiprocessing.get_context("fork"), initializer=_forked_worker,
                             initargs=(os.getpid(),)) as pool:
        for r in pool.map(fn, items, chunksize=max(1, min(16, len(items) // (4 * n_jobs)))):
            out.append(r)
            if progress:
                progress(len(out))
    return out


def _forked_worker(parent: int) -> None:
    """A worker of `_map`: it lets go of the output folder's lock it inherited, and dies with its parent
    (Linux: PR_SET_PDEATHSIG), so that a killed align-corpus leaves no worker blocked on a pipe nobody
    reads, holding the folder locked."""
    from .lock import release_in_child

    release_in_child()
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux
        pass
    if os.getppid() != parent:  # the parent died before that
        os._exit(1)


def _prepare(job):
    return prepare_pair(*job)


def _finish(job):
    return align_pair(job, _WORKER["enc"])


class LocalCorpusExecutor:
    """align_corpus's work in this machine: forked worker processes (the DP is Python-bound, so
    threads would share one core), which inherit the loaded encoder instead of loading it again.
    ray_corpus.RayCorpusExecutor does the same three steps in Ray actors."""

    name = "local"

    def start(self) -> None:
        """Nothing to set up (RayCorpusExecutor connects and starts its actors here)."""

    def prepare(self, jobs: list, n_jobs: int) -> list:
        """prepare_pair over (pair, options) jobs, in order."""
        return _map(_prepare, jobs, n_jobs)

    def features(self, encoder, texts: list[str], lang: str, n_jobs: int):
        """The encoder's features of `texts`, the chunk's one batch per side: every core for the
        matrix products (the bytes do not depend on the thread count, embeddings.py)."""
        return encoder.features(texts, lang, threads=n_jobs)

    def align(self, jobs: list, feats: dict, name: str, n_jobs: int, progress) -> list:
        """align_pair over the jobs, in order, with features of `feats` (lang -> (features, rows))."""
        from .embeddings import blas_threads

        _WORKER["enc"] = Ready(name, feats)
        try:
            with blas_threads(1):
                return _map(_finish, jobs, n_jobs, progress)
        finally:
            _WORKER.clear()

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _align_chunk(ready: list, options: CorpusOptions, out_dir: Path, encoder, n_jobs: int, progress,
                 reviewed: set[str], executor) -> list:
    # encode every distinct sentence once, per side
    feats: dict = {}
    for k, lang in ((0, options.src_lang), (1, options.tgt_lang)):
        texts = list(dict.fromkeys(x for _res, sents in ready for x in sents[2 * k]))
        if lang in feats:  # same language on both sides: one table
            texts = list(dict.fromkeys(list(feats[lang][1]) + texts))
        feats[lang] = (executor.features(encoder, texts, lang, n_jobs), {x: i for i, x in enumerate(texts)})
    jobs = [(res, sents, options, out_dir, res.pair.name not in reviewed) for res, sents in ready]
    return executor.align(jobs, feats, encoder.name, n_jobs, progress)


def align_corpus(
    pairs: Sequence[DocPair],
    out_dir: str | Path,
    options: CorpusOptions | None = None,
    *,
    encoder=None,
    progress: Callable[[int, int], None] | None = None,
    executor=None,
) -> CorpusReport:
    """Align every pair, write per-document outputs, the corpus, `manifest.json`, `report.tsv`.
    `executor`: where reading, encoding and aligning run (LocalCorpusExecutor by default, or
    ray_corpus.RayCorpusExecutor); the output folder is written here either way."""
    options = options or CorpusOptions()
    executor = executor or LocalCorpusExecutor()
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():  # before hours of work, not after
        raise TranslateToolError("cannot create the output folder (a file has that name)", out_dir)
    # a `run` folder, or pairs of other languages (sides swapped): refused before any work
    check_output_folder(out_dir, "align-corpus", options.src_lang, options.tgt_lang)
    n_jobs = options.jobs or os.cpu_count() or 1
    progress = progress or (lambda done, total: None)
    prepared = executor.prepare([(p, options) for p in pairs], n_jobs)
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
    with output_lock(out_dir, command="align-corpus"):
        check_output_folder(out_dir, "align-corpus", options.src_lang, options.tgt_lang)  # filled meanwhile?
        reviews = _Reviews(out_dir, [p.name for p in pairs])
        try:
            corpus, signature = _align_all(ready, results, options, out_dir, encoder, n_jobs, progress, reviews,
                                           executor)
            docs = [results[k] for k in range(len(prepared))]
            for r in docs:  # files edited by hand that opening the review took (or kept) before any merge
                if r.hand_edits is None:
                    r.hand_edits = reviews.hand_edits.get(r.pair.name)
            manifest = _manifest(docs, options, signature)
            written = write_corpus(out_dir, corpus, options.src_lang, options.tgt_lang, signature)
            written.update(write_report(out_dir, manifest["documents"]))
            reviews.corpus_written(written)  # (in the store too: the manifest may be lost)
        finally:
            reviews.close()
        manifest["corpus_outputs"] = written  # (what a corpus line edited by hand is told by)
        retired = _retire(manifest, out_dir)
        record_in_store(out_dir, manifest)  # (the store keeps which are retired too, before the manifest)
        atomic_write_text(out_dir / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return CorpusReport(docs, len(corpus), signature, out_dir, retired, reviews.folder_hand_edits)


def _align_all(ready, results, options, out_dir, encoder, n_jobs, progress, reviews,
                                           executor) -> tuple[list[PairRecord], str]:
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
                                lambda done, s0=start: progress(s0 + done, len(ready)), reviews.stems, executor)
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

    def __init__(self, out_dir: Path, names: Sequence[str] = ()):
        from .review.corpus_hand import CorpusReading
        from .review.hand_edits import changed_by_hand, written_hashes
        from .review.importer import PAIRS_SUFFIX
        from .review.outputs import carries_review, has_review_store
        from .review.reconcile import RunReconciler

        self.out_dir = out_dir
        hashes = written_hashes(out_dir)
        # a review store, pair files carrying review work (its store lost), or files edited by
        # hand (read back against a store made of the pair files; the corpus's lines too):
        # then documents are merged
        reviewed = (has_review_store(out_dir) or carries_review(*out_dir.glob(f"*{PAIRS_SUFFIX}"))
                    or any(changed_by_hand(out_dir, name[: -len(PAIRS_SUFFIX)], hashes) for name in hashes)
                    or CorpusReading.of(out_dir) is not None)
        self._rec = RunReconciler(out_dir) if reviewed else None
        self.stems: set[str] = set()
        if self._rec is not None:
            store = self._rec.store  # (opening it took the hand edits it could)
            hashes = written_hashes(out_dir, store)  # (with the store's record: the manifest may be lost)
            # (a pair retired by an earlier run and back in this input: merged too, its review back in its files)
            live = {d.stem for d in store.documents()} | set(names)
            self.stems = {d.stem for d in store.documents(include_retired=True) if d.stem in live
                          and (self._rec.has_review_work(d.stem) or changed_by_hand(out_dir, d.stem, hashes))}
            reviewed = {d.stem for d in store.documents(include_retired=True) if self._rec.has_review_work(d.stem)}
            if reviewed - set(names):  # a reviewed pair is gone: one new to the folder may be it renamed
                self.stems |= {n for n in names if not store.has_document(n)}  # (reconcile carries its review)

    @property
    def folder_hand_edits(self) -> list:
        """Corpus files (or ladders) changed by hand that were kept as copies."""
        return self._rec.folder_hand_edits if self._rec is not None else []

    def corpus_written(self, hashes: dict[str, str]) -> None:
        """Record the corpus files' hashes in the store too (the manifest may be lost)."""
        if self._rec is not None:
            from .review.corpus_hand import record_corpus_written

            record_corpus_written(self._rec.store, hashes)

    @property
    def hand_edits(self) -> dict:
        """By document: what the review took from (or kept of) its files edited by hand."""
        return self._rec.hand_edits if self._rec is not None else {}

    def merge(self, res: DocResult, records: list[PairRecord], options: CorpusOptions) -> list[PairRecord]:
        from .review.outputs import DocumentFiles

        name, sl, tl = res.pair.name, options.src_lang, options.tgt_lang
        records, _reviewed, merged = self._rec.reconcile(name, records, sl, tl)
        files = document_files(name, records, sl, tl)
        write_files(self.out_dir, res, files, records)
        self._rec.written(name, DocumentFiles(files, list(records)))
        if merged is not None:
            res.review_kept, res.review_reset = merged.kept, merged.dropped
            res.review_restored = merged.restored
        res.hand_edits = self._rec.hand_edits.get(name)
        res.renamed_from = self._rec.renamed.get(name, "")
        return records

    def close(self) -> None:
        if self._rec is not None:
            self._rec.close()


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


def _retire(manifest: dict, out_dir: Path) -> list[str]:
    """Pairs an earlier run aligned into `out_dir` that this run did not have (renamed, deleted)
    go under the manifest's `retired` (translate_tool.folder_documents): their files and review
    stay, export and review leave them out. Returns the paths retired now."""
    from .folder_documents import carry_over, previous_listing

    previous = previous_listing(out_dir)  # (damaged or lost: the review store's record; this run's manifest replaces it)
    if previous is not None and previous.get("command") != "align-corpus":
        previous = None  # a `run` folder: its documents are not pairs of this input
    current = [{"path": d["path"], "outputs": d.get("outputs") or {}} for d in manifest["documents"]]
    _, retired, newly = carry_over(previous, current, None, False, out_dir)
    if retired:
        manifest["retired"] = retired
    return newly
