"""Confidence and review flags for machine-translated sentence pairs.

The pipeline scores every (source, machine translation) pair with the aligner's encoder and
confidence mapping: a logistic of the pair's cosine similarity. Pairs the model probably
mistranslated are flagged for review: very low similarity, an untranslated copy of the source,
or degenerate repeated output that the source does not have.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Sequence

import numpy as np


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=np.float64)))


def similarity_confidence(cos) -> np.ndarray:
    """Map a cosine similarity to a confidence in [0, 1] (0.45 -> 0.5; true es-en pairs ~0.76)."""
    return _sigmoid((np.asarray(cos, dtype=np.float64) - 0.45) / 0.07)


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
    threads: int | None = None,
) -> list[tuple[float, tuple[str, ...]]]:
    """Confidence and review flags for 1-1 machine-translated pairs (src[i] -> tgt[i]).

    `threads`: BLAS threads for the embeddings (default: the encoder's own setting).

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
    es = encoder.embed(list(src), src_lang, threads=threads)
    et = encoder.embed(list(tgt), tgt_lang, threads=threads)
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
