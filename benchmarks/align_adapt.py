"""Adapting the embedding space to each document: measured on the tuning sets, not kept.

    python benchmarks/align_adapt.py

Align once; take the confident 1-1 beads (score >= 0.9, at least 20) as anchors; map the target
side's vectors towards the source side's and align again:
  procrustes a   target vectors times (1 - a) I + a W, W the orthogonal Procrustes rotation of
                 the anchors' target vectors onto their source vectors (then unit length)
  shift a        target vectors plus a (mean source anchor - mean target anchor) (then unit length)
The idea: USE's two languages sit a little apart in its space, and a document's own confident
pairs could say how. Strict F1 on es-en dev and Text+Berg de-fr dev (whole, first and last 150
gold beads), the tuning sets only; docs/alignment.md ("Notes") has the figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from align_eval import load_set  # noqa: E402

from translate_tool.align_eval import Counts, count, scores_from_counts  # noqa: E402
from translate_tool.aligner import AlignSettings, align  # noqa: E402

SETS = ("align_dev", "textberg", "textberg:150", "textberg:-150")
ANCHOR_SCORE, MIN_ANCHORS = 0.9, 20


class MappedFeatures:
    """A side's features with every run vector moved by `map_` and scaled to unit length."""

    def __init__(self, feats, map_):
        self.feats, self.map = feats, map_

    def __len__(self) -> int:
        return len(self.feats)

    def _moved(self, x: np.ndarray) -> np.ndarray:
        y = self.map(x)
        return (y / np.linalg.norm(y, axis=1, keepdims=True)).astype(np.float32)

    def embeddings(self) -> np.ndarray:
        return self._moved(self.feats.embeddings())

    def window(self, starts, sizes) -> np.ndarray:
        return self._moved(self.feats.window(starts, sizes))


class TargetMapped:
    """The encoder, with the target language's features mapped."""

    def __init__(self, encoder, tgt_lang: str, map_):
        self.encoder, self.tgt_lang, self.map = encoder, tgt_lang, map_

    def features(self, sentences, lang=None, **kw):
        f = self.encoder.features(sentences, lang, **kw)
        return MappedFeatures(f, self.map) if lang == self.tgt_lang else f

    def __getattr__(self, name):
        return getattr(self.encoder, name)


def adapted_beads(src, tgt, sl, tl, encoder, mode: str, a: float):
    settings = AlignSettings()
    first = align(src, tgt, src_lang=sl, tgt_lang=tl, settings=settings, encoder=encoder)
    anchors = [(b.src[0], b.tgt[0]) for b in first.beads
               if len(b.src) == 1 and len(b.tgt) == 1 and b.score >= ANCHOR_SCORE]
    if a == 0 or len(anchors) < MIN_ANCHORS:
        return first.beads
    x = encoder.features(src, sl).embeddings()[[i for i, _ in anchors]]
    y = encoder.features(tgt, tl).embeddings()[[j for _, j in anchors]]
    if mode == "procrustes":
        u, _, vt = np.linalg.svd(y.T @ x)
        m = ((1 - a) * np.eye(x.shape[1]) + a * (u @ vt)).astype(np.float32)
        map_ = lambda v: v @ m  # noqa: E731
    else:
        shift = (a * (x.mean(axis=0) - y.mean(axis=0))).astype(np.float32)
        map_ = lambda v: v + shift  # noqa: E731
    return align(src, tgt, src_lang=sl, tgt_lang=tl, settings=settings,
                 encoder=TargetMapped(encoder, tl, map_)).beads


def main() -> None:
    from translate_tool.embeddings import default_encoder

    encoder = default_encoder()
    print("| variant | es-en dev | Text+Berg dev | first 150 | last 150 |\n|---|---:|---:|---:|---:|")
    for mode, a in (("none", 0.0), ("procrustes", 0.1), ("procrustes", 0.3), ("procrustes", 0.5),
                    ("shift", 0.5), ("shift", 1.0)):
        cells = []
        for folder in SETS:
            p_all, r_all = Counts(), Counts()
            for _id, _kind, src, tgt, gold, sl, tl in load_set(folder):
                p, r = count(gold, adapted_beads(src, tgt, sl, tl, encoder, mode, a))
                p_all += p
                r_all += r
            cells.append(f"{scores_from_counts(p_all, r_all)['f1_strict']:.3f}")
        print(f"| {'default' if mode == 'none' else f'{mode} {a}'} | {' | '.join(cells)} |", flush=True)


if __name__ == "__main__":
    main()
