"""How much the sentence encoder's floats depend on the batch, and that docscore's unit does not.

    python benchmarks/score_batches.py          # ~10 s: 600 newstest2013 es-en pairs

Embeds the same pairs (a) as one batch on one BLAS thread, (b) in slices of 200, (c) as one
batch with 2 BLAS threads allowed around the call, (d) a document of 5 pairs per batch on one thread (docscore), twice in
different orders; prints the largest difference of the embeddings and how many pair cosines
differ from (a), whether (d) gives the same bits both times, and whether documents of 300 pairs
give the same bits with their token batches on 1 or 2 threads. docs/scaling.md quotes it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from translate_tool.docscore import document_cosines
    from translate_tool.embeddings import SentenceEncoder, blas_threads

    def lines(lang: str) -> list[str]:
        text = (ROOT / f"data/newstest2013/newstest2013.{lang}").read_text(encoding="utf-8")
        return [x.strip() for x in text.splitlines()][:600]

    es, en = lines("es"), lines("en")
    encoder = SentenceEncoder(use_cache=False)

    def embed(texts: list[str], threads: int, size: int) -> np.ndarray:
        with blas_threads(threads):
            return np.concatenate([encoder.embed(texts[i : i + size], threads=threads, use_cache=False)
                                   for i in range(0, len(texts), size)])

    def cosines(threads: int, size: int) -> tuple[np.ndarray, np.ndarray]:
        a, b = embed(es, threads, size), embed(en, threads, size)
        return a, np.sum(a * b, axis=1)

    ref, ref_cos = cosines(1, len(es))
    print(f"{len(es)} pairs; reference: one batch, one BLAS thread")
    for label, threads, size in (("slices of 200", 1, 200), ("one batch, 2 threads", 2, len(es))):
        e, c = cosines(threads, size)
        print(f"  {label:24} max |embedding diff| {np.abs(e - ref).max():.2e}, cosines differing {int((c != ref_cos).sum())}")
    docs = [(es[i : i + 5], en[i : i + 5]) for i in range(0, len(es), 5)]
    forward = np.concatenate([document_cosines(encoder, s, t, "es", "en") for s, t in docs])
    backward = np.concatenate([document_cosines(encoder, s, t, "es", "en") for s, t in docs[::-1]][::-1])
    print(f"  {'documents of 5 (docscore)':24} cosines differing from the reference {int((forward != ref_cos).sum())}; "
          f"the same bits in another order: {np.array_equal(forward, backward)}")
    big = [(es[i : i + 300], en[i : i + 300]) for i in range(0, len(es), 300)]  # several token batches each
    one = np.concatenate([document_cosines(encoder, s, t, "es", "en", threads=1) for s, t in big])
    two = np.concatenate([document_cosines(encoder, s, t, "es", "en", threads=2) for s, t in big])
    print(f"  {'documents of 300':24} the same bits with the encoder's token batches on 1 or 2 threads: "
          f"{np.array_equal(one, two)}")


if __name__ == "__main__":
    main()
