"""Corpus filters on export, after OpusFilter's standard filters.

`apply_filters(records, settings)` runs the enabled filters in a fixed order and says how many
pairs each removed (a pair is counted by the first filter that removes it):

1. `--min-score X`      the aligner's / scorer's confidence below X
2. `--min-words/--max-words N`   either side shorter / longer than N words (LengthFilter)
3. `--max-ratio R`      character-length ratio of the longer side to the shorter above R
                        (LengthRatioFilter)
4. `--drop-identical`   source and target identical after normalisation (no translation)
5. `--numbers`          the numbers of the two sides differ (as multisets of digit strings,
                        separators dropped, so 1.500,5 = 1,500.5)
6. `--langid`           either side not identified as its language (LanguageIDFilter);
                        sides with fewer than 20 letters are not judged
7. `--near-dedupe`      the same pair again after lower-casing, dropping punctuation and
                        digits and collapsing spaces (exact duplicates are `--dedupe`); of a
                        group of repeats the one a reviewer worked on is kept (`keep_best`:
                        approved > edited > unreviewed > rejected; among equals the first),
                        at its own place in the output
8. `--min-margin M`     ratio margin over nearest neighbours (Artetxe & Schwenk 2019) below M:
                        cos(x, y) / mean(mean cos of x to its k nearest targets, mean cos of y to
                        its k nearest sources), among the pairs still kept, with the aligner's
                        sentence embeddings; a pair whose sides are no closer to each other than
                        to other sentences is probably misaligned. Needs at least 2 x k pairs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from .data import PairRecord
from .formats import join_side

__all__ = ["FilterSettings", "apply_filters", "keep_best", "margin_scores", "numbers_of", "review_rank"]

_NUMBER = re.compile(r"\d+(?:[.,\u00a0]\d{3})*(?:[.,]\d+)?")
_WORD = re.compile(r"\w+", re.UNICODE)
MIN_LETTERS = 20  # language id of shorter texts is a coin toss (see docs/language-id.md)


@dataclass(frozen=True)
class FilterSettings:
    min_score: float | None = None
    min_words: int | None = None
    max_words: int | None = None
    max_ratio: float | None = None
    drop_identical: bool = False
    numbers: bool = False
    langid: bool = False
    near_dedupe: bool = False
    min_margin: float | None = None
    margin_k: int = 4

    def enabled(self) -> bool:
        return any(v not in (None, False) for k, v in self.__dict__.items() if k != "margin_k")


def numbers_of(text: str) -> Counter:
    """Multiset of the numbers in a text, separators dropped: "1.500,5" (es) and "1,500.5" (en)
    both give "15005", so the decimal and thousands conventions of the two languages agree."""
    return Counter(re.sub(r"\D", "", m.group(0)) for m in _NUMBER.finditer(text))


def review_rank(pair) -> tuple[int, int]:
    """How much a reviewer vouched for a pair (a PairRecord or a review Pair), higher first:
    approved (edited before plain), then edited but unreviewed, then unreviewed machine or
    aligner output, then rejected."""
    decision = {"approved": 2, "unreviewed": 1}.get(pair.status, 0)
    return decision, int(bool(pair.edited) and pair.status != "rejected")


def keep_best(items: Sequence, key: Callable) -> list:
    """The items without repeats (items with the same `key`): of each group the one with the
    highest `review_rank` (among equals the first), each kept item at its own place."""
    best: dict = {}  # key -> index of the item kept so far
    for i, item in enumerate(items):
        k = key(item)
        if k not in best or review_rank(item) > review_rank(items[best[k]]):
            best[k] = i
    return [items[i] for i in sorted(best.values())]


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(w for w in _WORD.findall(text) if not w.isdigit())


def _language_ok(text: str, lang: str, cache: dict) -> bool:
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return True
    key = (text, lang)
    if key not in cache:
        from .langid import candidates_with, identify_text

        cands = candidates_with("de", lang)
        guess = identify_text(text, cands)
        cache[key] = guess.lang == lang or guess.uncertain
    return cache[key]


def margin_scores(src_emb: np.ndarray, tgt_emb: np.ndarray, k: int = 4, block: int = 2048) -> np.ndarray:
    """Ratio margin of each pair (row i of both matrices, L2-normalised) over k nearest neighbours."""
    n = len(src_emb)
    k = max(1, min(k, n))
    cos = np.einsum("ij,ij->i", src_emb, tgt_emb)
    knn_s = np.empty(n)
    knn_t = np.empty(n)
    for i in range(0, n, block):  # n x n similarities in row blocks: memory stays block x n
        sims = src_emb[i : i + block] @ tgt_emb.T
        knn_s[i : i + block] = np.sort(np.partition(sims, n - k, axis=1)[:, n - k :], axis=1).mean(axis=1)
        sims = tgt_emb[i : i + block] @ src_emb.T
        knn_t[i : i + block] = np.sort(np.partition(sims, n - k, axis=1)[:, n - k :], axis=1).mean(axis=1)
    return cos / np.maximum((knn_s + knn_t) / 2.0, 1e-6)


def apply_filters(
    records: Sequence[PairRecord],
    settings: FilterSettings,
    src_lang: str = "es",
    tgt_lang: str = "en",
    encoder=None,
) -> tuple[list[PairRecord], dict[str, int]]:
    """(kept records in order, filter name -> pairs it removed)."""
    kept = list(records)
    removed: dict[str, int] = {}

    def apply(name: str, keep: Callable[[PairRecord], bool]) -> None:
        nonlocal kept
        new = [r for r in kept if keep(r)]
        removed[name] = len(kept) - len(new)
        kept = new

    st = settings
    src = lambda r: join_side(r.src)  # noqa: E731
    tgt = lambda r: join_side(r.tgt)  # noqa: E731
    if st.min_score is not None:
        apply(f"--min-score {st.min_score:g}", lambda r: r.score >= st.min_score)
    if st.min_words is not None:
        apply(f"--min-words {st.min_words}",
              lambda r: min(len(src(r).split()), len(tgt(r).split())) >= st.min_words)
    if st.max_words is not None:
        apply(f"--max-words {st.max_words}",
              lambda r: max(len(src(r).split()), len(tgt(r).split())) <= st.max_words)
    if st.max_ratio is not None:
        def ratio_ok(r: PairRecord) -> bool:
            a, b = len(src(r)), len(tgt(r))
            return max(a, b) <= st.max_ratio * max(min(a, b), 1)

        apply(f"--max-ratio {st.max_ratio:g}", ratio_ok)
    if st.drop_identical:
        apply("--drop-identical", lambda r: _normal(src(r)) != _normal(tgt(r)) or not _normal(src(r)))
    if st.numbers:
        apply("--numbers", lambda r: numbers_of(src(r)) == numbers_of(tgt(r)))
    if st.langid:
        cache: dict = {}
        apply(f"--langid {src_lang}/{tgt_lang}",
              lambda r: _language_ok(src(r), src_lang, cache) and _language_ok(tgt(r), tgt_lang, cache))
    if st.near_dedupe:
        new = keep_best(kept, lambda r: (_normal(src(r)), _normal(tgt(r))))
        removed["--near-dedupe"] = len(kept) - len(new)
        kept = new
    if st.min_margin is not None:
        two = [r for r in kept if r.src and r.tgt]
        if len(two) >= 2 * st.margin_k:
            if encoder is None:
                from .embeddings import default_encoder

                encoder = default_encoder()
            m = margin_scores(encoder.embed([src(r) for r in two], src_lang),
                              encoder.embed([tgt(r) for r in two], tgt_lang), st.margin_k)
            low = {id(r) for r, v in zip(two, m) if v < st.min_margin}
            apply(f"--min-margin {st.min_margin:g}", lambda r: id(r) not in low)
        else:
            removed[f"--min-margin {st.min_margin:g} (too few pairs to judge)"] = 0
    return kept, removed
