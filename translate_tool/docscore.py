"""The review signals of a run's pairs, one document at a time: the same floats wherever computed.

The sentence encoder's floats depend on the batch it is given: OpenBLAS picks its kernels by
matrix shape, so a row's product depends on how many rows the batch has and where the row sits
(measured on newstest2013: the same sentences embedded whole, in slices or with another thread
count differ by up to 1.9e-7, enough to flip the 4th decimal of an adequacy or priority now
and then). So the unit of scoring is fixed by the input alone, not by the executor:
  * one document (or one part of a document larger than a chunk: the parts are fixed by the
    run's chunk size), each side embedded as one batch, with one BLAS thread (a long document's
    token batches may run side by side, each on one thread: the same bytes);
  * never through the per-sentence embedding cache, whose values were computed in whatever
    batch met the sentence first (another document, the aligner).
A document's scores then depend only on its own pairs: not on where it is computed (this
process or a Ray actor on any node of the same CPU kind), the other documents of the folder,
or what the caches held. Its cosines are cached on the driver as one value per document
(KeyValueCache("scores")), so a rerun does not run the encoder again.
"""

from __future__ import annotations

import json
from typing import Callable, Sequence

import numpy as np

from .cache import KeyValueCache, cache_key

# Part of the cache key: bump it when the unit of scoring or the cosine computation changes.
SCORING_UNIT = "doc-batch-1thread-1"

Document = tuple  # (sources: list[str], detailed: list[engines.base.Translation]) of one document


def document_cosines(encoder, sources: Sequence[str], targets: Sequence[str], src_lang: str, tgt_lang: str,
                     threads: int | None = None) -> np.ndarray:
    """float32 cosine of each (sources[i], targets[i]): each side one batch, one BLAS thread, no cache.
    `threads` (default: this process's cores): the encoder's token batches side by side, each on
    one BLAS thread, which gives the same bytes whatever their number (embeddings.py)."""
    from .embeddings import blas_threads
    from .engines.argos import available_cores

    if not sources:
        return np.zeros(0, dtype=np.float32)
    threads = threads or available_cores()
    with blas_threads(1):  # the output MLP (SentenceFeatures.window) too, not only the encoder
        es = encoder.embed(list(sources), src_lang, threads=threads, use_cache=False)
        et = encoder.embed(list(targets), tgt_lang, threads=threads, use_cache=False)
        return np.sum(es * et, axis=1).astype(np.float32)


def review_document(encoder, doc: Document, options, cosines: np.ndarray | None = None) -> tuple[list, bytes]:
    """pairscore.PairReview per pair of one document, and its cosines (float32 bytes, to cache)."""
    from .pairscore import review_translation_pairs

    sources, detailed = doc
    targets = [t.text for t in detailed]
    if cosines is None:
        cosines = document_cosines(encoder, sources, targets, options.source_lang, options.target_lang)
    reviews = review_translation_pairs(
        list(sources), targets, unknown=[t.unknown for t in detailed], engine_scores=[t.score for t in detailed],
        glossary=options.glossary, src_lang=options.source_lang, tgt_lang=options.target_lang, cosines=cosines,
    ) if sources else []
    return reviews, np.asarray(cosines, dtype=np.float32).tobytes()


def scorer_name(encoder) -> str:
    return f"{encoder.name}|{SCORING_UNIT}"


def _key(name: str, doc: Document) -> str:
    sources, detailed = doc
    return cache_key(name, json.dumps([list(sources), [t.text for t in detailed]], ensure_ascii=False))


def score_documents(
    docs: Sequence[Document], options, name: str, compute: Callable[[list[Document]], list[tuple[list, bytes]]],
    cache: KeyValueCache | None, encoder=None,
) -> list[list]:
    """PairReviews per document, in order. Cosines found in `cache` (under the scorer `name`)
    are reused (the rest of a review is cheap: checks and priority, here); the other documents
    go to `compute` (review_document in this process or in actors) and their cosines are cached."""
    keys = [_key(name, d) for d in docs]
    found = cache.get_many(keys) if cache is not None and docs else {}
    todo = [i for i, k in enumerate(keys) if k not in found]
    out: list[list | None] = [None] * len(docs)
    new: dict[str, bytes] = {}
    for i, (reviews, cosines) in zip(todo, compute([docs[i] for i in todo]) if todo else []):
        out[i] = reviews
        new[keys[i]] = cosines
    if cache is not None and new:
        cache.put_many(new)
    for i, k in enumerate(keys):
        if out[i] is None:
            out[i] = review_document(encoder, docs[i], options, np.frombuffer(found[k], dtype=np.float32))[0]
    return out  # type: ignore[return-value]
