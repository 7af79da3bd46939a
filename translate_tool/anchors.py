"""Lexical anchors for sentence alignment: numbers, names and other strings a text and its
translation share (hunalign and Bleualign lean on the same evidence).

A sentence encoder sees "Am 3. Juli kamen Larch und Reinagl nach Lager II" and "Le 3, Larch et
Reinagl montent au camp II" as similar, but it does not *count* the shared "3", "Larch",
"Reinagl", "II"; a caption "10 - Photo Indian Air Force" next to a sentence about 8501 m looks
to it like any other short fragment. Tokens that occur on both sides of a document pair are
strong, language-independent evidence of which sentences belong together.

`anchor_vectors(src, tgt)` returns one small vector per sentence and side: a signed hash of the
shared tokens, each weighted by its rarity in the document, so that the cosine of two runs of
sentences measures how much of their anchors they share. The aligner appends these (scaled)
to the sentence embeddings, so every term of its bead cost sees them (`aligner.AlignSettings.
anchor_weight`).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter
from typing import Sequence

import numpy as np

__all__ = ["anchor_tokens", "anchor_vectors"]

_WORD = re.compile(r"\w+")
DIM = 64  # hashed dimensions: a sentence has a handful of anchors; collisions are rare and signed
MIN_LETTERS = 4  # shorter words coincide across languages by chance ("die", "son", "a")
MAX_SHARE = 0.05  # a token in more than this share of a side's sentences says little about where


def _fold(text: str) -> str:
    """Case- and accent-insensitive form: "Lhotsé" and "Lhotse" are the same anchor."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def anchor_tokens(sentence: str) -> list[str]:
    """Candidate anchors of one sentence: tokens with a digit, and words of 4+ letters."""
    return [t for t in _WORD.findall(_fold(sentence)) if len(t) >= MIN_LETTERS or any(c.isdigit() for c in t)]


def _column(token: str) -> tuple[int, float]:
    h = zlib.crc32(token.encode("utf-8"))
    return h % DIM, (1.0 if (h >> 16) & 1 else -1.0)


def anchor_vectors(src: Sequence[str], tgt: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(len(src), DIM) and (len(tgt), DIM) float32 vectors of the tokens both sides share.

    A token is an anchor when it occurs on both sides and in at most MAX_SHARE of each side's
    sentences (at least 2); its weight is its inverse document frequency on the rarer side.
    Sentences without anchors get zero vectors (they then add nothing to a bead's score).
    """
    toks_s = [anchor_tokens(s) for s in src]
    toks_t = [anchor_tokens(t) for t in tgt]
    df_s = Counter(t for ts in toks_s for t in set(ts))
    df_t = Counter(t for ts in toks_t for t in set(ts))
    cap_s, cap_t = max(2, MAX_SHARE * len(src)), max(2, MAX_SHARE * len(tgt))
    weights = {}
    for tok, ds in df_s.items():
        dt = df_t.get(tok)
        if dt and ds <= cap_s and dt <= cap_t:
            weights[tok] = float(np.log(1.0 + min(len(src) / ds, len(tgt) / dt)))
    cols = {tok: _column(tok) for tok in weights}

    def vectors(toks_list: list[list[str]]) -> np.ndarray:
        out = np.zeros((len(toks_list), DIM), dtype=np.float32)
        for i, toks in enumerate(toks_list):
            for tok in toks:
                w = weights.get(tok)
                if w is not None:
                    col, sign = cols[tok]
                    out[i, col] += sign * w
        return out

    return vectors(toks_s), vectors(toks_t)
