"""Scoring is deterministic by construction (translate_tool.docscore): a document's review
signals are the same floats whatever else is scored with it, whatever the embedding cache
holds, and whether they are computed or read back from the per-document cosine cache. That
is what lets Ray actors score and still write the local run's bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate_tool.cache import KeyValueCache
from translate_tool.docscore import review_document, score_documents, scorer_name
from translate_tool.embeddings import default_encoder
from translate_tool.engines.base import Translation
from translate_tool.executors import LocalExecutor
from translate_tool.pipeline import RunOptions

REPO = Path(__file__).resolve().parent.parent


def _lines(lang: str, n: int) -> list[str]:
    text = (REPO / f"data/newstest2013/newstest2013.{lang}").read_text(encoding="utf-8")
    return [x.strip() for x in text.splitlines() if x.strip()][:n]


@pytest.fixture(scope="module")
def docs() -> list[tuple[list[str], list[Translation]]]:
    es, en = _lines("es", 60), _lines("en", 60)
    sizes = [1, 7, 3, 19, 30]  # odd sizes: batches of different shapes
    out, lo = [], 0
    for n in sizes:
        out.append((es[lo : lo + n], [Translation(t) for t in en[lo : lo + n]]))
        lo += n
    return out


def test_a_documents_scores_do_not_depend_on_the_other_documents(docs):
    options = RunOptions()
    together = LocalExecutor().score(docs, options, None)
    alone = [LocalExecutor().score([d], options, None)[0] for d in reversed(docs)][::-1]
    assert [len(r) for r in together] == [len(d[0]) for d in docs]
    assert together == alone  # PairReview equality: the cosines too, to the last bit
    # the same sentences embedded in other batches (one big one) and cached per sentence
    # must not leak into the run's scores
    encoder = default_encoder()
    encoder.embed([s for d in docs for s in d[0]], "es")
    encoder.embed([t.text for d in docs for t in d[1]], "en")
    assert LocalExecutor().score(docs[::-1], options, None)[::-1] == together


def test_cached_cosines_give_the_computed_reviews(docs, tmp_path):
    options = RunOptions()
    encoder = default_encoder()
    computed = []

    def compute(todo):
        computed.append(len(todo))
        return [review_document(encoder, d, options) for d in todo]

    with KeyValueCache("scores", tmp_path) as cache:
        first = score_documents(docs, options, scorer_name(encoder), compute, cache)
        again = score_documents(docs, options, scorer_name(encoder), compute, cache)
        other = score_documents(docs[:2], options, "another-scorer", compute, cache)
    assert computed == [len(docs), 2]  # the second call was served from the cache; another scorer is not
    assert again == first and other == first[:2]


def test_a_documents_cosines_do_not_depend_on_the_encoders_threads(docs):
    from translate_tool.docscore import document_cosines

    encoder = default_encoder()
    sources = [s for d in docs for s in d[0]]  # 60 sentences: several of the encoder's token batches
    targets = [t.text for d in docs for t in d[1]]
    one = document_cosines(encoder, sources, targets, "es", "en", threads=1)
    assert one.tobytes() == document_cosines(encoder, sources, targets, "es", "en", threads=3).tobytes()
