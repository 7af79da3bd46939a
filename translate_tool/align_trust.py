"""P(a bead is right): the aligner's confidence per bead, from a few measured features.

The gap (`align_gaps`: how much more the best alignment costs when one of the bead's boundaries
moves) ranks wrong beads well on news, but on Text+Berg (OCR'd books, many 2-2 and larger beads)
the aligner is often confidently wrong: a 2-2 cut into two 1-1s, a boundary one sentence off,
OCR debris absorbed or left out. The bead cost makes the alternative expensive (a 2-2 pays
a x b = 4 times the distance), so its gap is large. Features that do not go through the cost
model see those errors: whether the bead matches better *together with its neighbour* than
alone, how its cosine compares with the document's typical one (Text+Berg's typical cosine is
far lower than news'), whether a side's edge sentence looks like a fragment.

`bead_features` computes every candidate feature from what `align` already has (the path, the
sentence features, the gaps; composed windows cost no encoder call); `TrustModel` is a logistic
over a named subset, one for two-sided and one for one-sided beads, whose numbers live in
align_trust.json (`python benchmarks/align_confidence.py --fit` rewrites it; docs/alignment.md,
"Confidence", has the measurements of the features kept and dropped).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

__all__ = ["CANDIDATES", "TrustModel", "bead_features", "load_model"]

MODEL_FILE = Path(__file__).with_name("align_trust.json")
GAP_CAP = 1.0  # a gap above this says nothing more (the alternative is far worse either way)
# Gale-Church spread of a log length ratio at 100 characters (the aligner's length model)
LEN_SIGMA, LEN_REF = 0.25, 100.0
NEAR = 3  # sentences on each side where an unaligned sentence's counterpart could be

CANDIDATES = (
    "gap",  # min(gap, 1): the cheapest boundary to move
    "gap_other",  # min(the other boundary's gap, 1)
    "gap_rel",  # min(gap / the document's deletion cost, 2): the gap on the document's own cost scale
    "cos",  # the bead's cosine
    "cos_rel",  # its cosine minus the document's typical (median) bead cosine
    "multi",  # 1 for beads of more than one sentence on a side
    "len_z",  # |Gale-Church deviation| of the length ratio, capped at 3
    "open_edge",  # an edge of the bead looks like a fragment on one side (see _open)
    "open_mismatch",  # ... on one side but not on the other
    "merge_gain",  # cos(bead merged with a two-sided neighbour) - cos(bead), the best neighbour
    "merge_gain_max",  # cos(merged) - max(cos(bead), cos(neighbour))
    "merge_gain_rel",  # merge_gain minus the document's median merge_gain (longer windows match better)
    "cross",  # max cos(one side of the bead, the other side of a two-sided neighbour) - cos(bead)
    "split_gain",  # 2+ sentences on both sides: best min(cos(part)) over cuts into two pairs - cos
    "drop_gain",  # cos(bead without an edge sentence) - cos(bead), the best edge
    "absorb_gain",  # cos(bead with a neighbouring unaligned sentence) - cos(bead)
    "next_to_unaligned",  # 1 if a neighbouring bead is unaligned
    "near",  # unaligned: best cosine to the other side's sentences nearby
    "near_rel",  # ... minus the document's typical bead cosine
    "letters",  # unaligned: log(1 + letters) (OCR debris has few)
)

_CLOSED = re.compile(r"[.!?…]['\"»”’)\]]*\s*$")


def _open_after(sentences: Sequence[str], k: int) -> bool:
    """Does a bead boundary after sentence k cut a sentence in two? (k ends without a full stop,
    or k + 1 starts in lower case.) False at the document's ends."""
    if k < 0 or k + 1 >= len(sentences):
        return False
    nxt = sentences[k + 1].lstrip()
    return not _CLOSED.search(sentences[k]) or (nxt[:1].isalpha() and nxt[:1].islower())


class _Cosines:
    """Cosines of (src window, tgt window) pairs, computed in one batch per side."""

    def __init__(self, fs, ft):
        self.fs, self.ft, self.req = fs, ft, []

    def add(self, s0: int, a: int, t0: int, b: int) -> int:
        self.req.append((s0, a, t0, b))
        return len(self.req) - 1

    def compute(self) -> np.ndarray:
        if not self.req:
            return np.zeros(0)
        r = np.array(self.req, dtype=np.int64)
        x, y = self.fs.window(r[:, 0], r[:, 1]), self.ft.window(r[:, 2], r[:, 3])
        return np.sum(x.astype(np.float64) * y, axis=1)


# features `align` computes beyond its model's (benchmarks/align_confidence.py asks for all of
# CANDIDATES, to measure them); diagnostics only
EXTRA_FEATURES: tuple[str, ...] = ()
# candidates that compose windows the alignment did not need (merged, split or trimmed beads):
# computed only when asked for (a model that uses them, or the benchmark's ablation)
WINDOWED = frozenset({"merge_gain", "merge_gain_max", "merge_gain_rel", "split_gain", "drop_gain", "absorb_gain"})


def bead_features(path, fs, ft, src: Sequence[str], tgt: Sequence[str], bounds: Sequence[tuple[float, float]],
                  mu: float, del_cost: float, names=CANDIDATES, windows=None) -> dict[str, np.ndarray]:
    """Candidate features (CANDIDATES) of every bead of `path`: arrays of len(path), 0 where a
    feature does not apply (two-sided features on unaligned beads and the reverse). The features
    of WINDOWED are computed only when `names` has them; the others always (they are cheap).
    `bounds`: align_gaps.boundary_gaps; `mu`: the document's log length ratio; `del_cost`: the
    cost of leaving a sentence unaligned (the aligner's per-document scale of costs); `windows`:
    the pairs' (source, target) window embeddings in path order, if the caller has them (the
    DP composed them; composing them again costs the encoder's output layers)."""
    nb = len(path)
    starts = np.zeros((nb + 1, 2), dtype=np.int64)
    starts[1:] = np.cumsum(np.array(path, dtype=np.int64).reshape(-1, 2), axis=0)
    A = np.array([a for a, _b in path], dtype=np.int64)
    B = np.array([b for _a, b in path], dtype=np.int64)
    two = (A > 0) & (B > 0)
    F = {name: np.zeros(nb) for name in CANDIDATES}
    # each pair's two sides, one window each (the windows the DP composed), and every pair's side
    # against every neighbouring pair's other side
    k2 = np.flatnonzero(two)
    if windows is None:
        windows = (fs.window(starts[k2, 0], A[k2]), ft.window(starts[k2, 1], B[k2])) if len(k2) else (np.zeros((0, 1)),) * 2
    X, Y = (np.asarray(w, dtype=np.float64) for w in windows)
    row = {int(k): r for r, k in enumerate(k2)}
    bead_cos = np.sum(X * Y, axis=1)
    typical = float(np.median(bead_cos)) if len(k2) else 0.0
    F["cos"][k2], F["cos_rel"][k2] = bead_cos, bead_cos - typical
    F["multi"][k2] = ((A[k2] > 1) | (B[k2] > 1)).astype(float)
    cum_s = np.concatenate([[0], np.cumsum([len(x) for x in src])]).astype(np.float64)
    cum_t = np.concatenate([[0], np.cumsum([len(x) for x in tgt])]).astype(np.float64)
    cs = cum_s[starts[k2, 0] + A[k2]] - cum_s[starts[k2, 0]]
    ct = cum_t[starts[k2, 1] + B[k2]] - cum_t[starts[k2, 1]]
    z = (np.log((ct + 10.0) / (cs + 10.0)) - mu) / LEN_SIGMA * np.sqrt((cs + ct) / (2.0 * LEN_REF))
    F["len_z"][k2] = np.minimum(np.abs(z), 3.0)
    F["cross"][k2] = -np.inf
    for q in (-1, 1):  # neighbours that are pairs too
        r = [(row[k], row[k + q]) for k in k2 if k + q in row]
        if r:
            r0, r1 = np.array(r).T
            both = np.maximum(np.sum(X[r0] * Y[r1], axis=1), np.sum(X[r1] * Y[r0], axis=1)) - bead_cos[r0]
            F["cross"][k2[r0]] = np.maximum(F["cross"][k2[r0]], both)
    F["cross"][~np.isfinite(F["cross"])] = 0.0
    gaps = np.array(bounds, dtype=np.float64).reshape(-1, 2)
    F["gap"] = np.minimum(gaps.min(axis=1), GAP_CAP)
    F["gap_other"] = np.minimum(gaps.max(axis=1), GAP_CAP)
    F["gap_rel"] = np.minimum(gaps.min(axis=1) / max(del_cost, 1e-6), 2.0)
    prev_one = np.concatenate([[False], ~two[:-1]]) if nb else two
    next_one = np.concatenate([~two[1:], [False]]) if nb else two
    F["next_to_unaligned"] = (prev_one | next_one).astype(float)
    # fragments at the bead's edges, per side: does the boundary before / after it cut a sentence?
    # (os[k + 1]: the boundary after sentence k; k = -1 is the document's start)
    os_ = np.array([_open_after(src, k) for k in range(-1, len(src))])
    ot_ = np.array([_open_after(tgt, k) for k in range(-1, len(tgt))])
    s_start, t_start = os_[starts[:-1, 0]], ot_[starts[:-1, 1]]
    s_end, t_end = os_[starts[1:, 0]], ot_[starts[1:, 1]]
    F["open_edge"] = (s_start | t_start | s_end | t_end).astype(float)
    F["open_mismatch"] = (two & ((s_start != t_start) | (s_end != t_end))).astype(float)
    es = et = None
    for k in np.flatnonzero(~two):
        (i0, j0), a = starts[k], A[k]
        if es is None:
            es, et = fs.embeddings().astype(np.float64), ft.embeddings().astype(np.float64)
        # the same neighbourhood the aligner's score looked at before trust/1
        if a:
            near, text = et[max(0, j0 - NEAR) : min(len(tgt), j0 + NEAR)] @ es[i0], src[i0]
        else:
            near, text = es[max(0, i0 - NEAR) : min(len(src), i0 + NEAR)] @ et[j0], tgt[j0]
        F["near"][k] = float(near.max()) if len(near) else 0.0
        F["near_rel"][k] = F["near"][k] - typical
        F["letters"][k] = float(np.log1p(sum(ch.isalpha() for ch in text)))
    if WINDOWED & set(names):
        _windowed(F, path, starts, two, fs, ft, {int(k): bead_cos[r] for k, r in row.items()})
    return F


def _windowed(F: dict, path, starts: np.ndarray, two: np.ndarray, fs, ft, bead_cos: dict) -> None:
    """The features of WINDOWED: the cosines of beads the alignment did not choose (a pair merged
    with a neighbour, cut in two, without an edge sentence, with a neighbouring unaligned one)."""
    nb = len(path)
    C = _Cosines(fs, ft)
    merges, splits, drops, absorbs = {}, {}, {}, {}
    for k, (a, b) in enumerate(path):
        if not two[k]:
            continue
        i0, j0 = starts[k]
        for q in (k - 1, k + 1):  # merged with a neighbour: a pair -> merge, an unaligned sentence -> absorb
            if 0 <= q < nb:
                s0, t0 = starts[min(k, q)]
                (merges if two[q] else absorbs).setdefault(k, []).append(
                    (q, C.add(s0, a + path[q][0], t0, b + path[q][1])))
        if a >= 2 and b >= 2:
            splits[k] = [(C.add(i0, a1, j0, b1), C.add(i0 + a1, a - a1, j0 + b1, b - b1))
                         for a1 in range(1, a) for b1 in range(1, b)]
        if a + b > 2:
            drops[k] = ([C.add(i0 + 1, a - 1, j0, b), C.add(i0, a - 1, j0, b)] if a > 1 else []) + (
                [C.add(i0, a, j0 + 1, b - 1), C.add(i0, a, j0, b - 1)] if b > 1 else [])
    cos = C.compute()
    for k, c in bead_cos.items():
        if k in merges:
            F["merge_gain"][k] = max(cos[r] - c for _q, r in merges[k])
            F["merge_gain_max"][k] = max(cos[r] - max(c, bead_cos[q]) for q, r in merges[k])
        if k in absorbs:
            F["absorb_gain"][k] = max(cos[r] - c for _q, r in absorbs[k])
        if k in splits:
            F["split_gain"][k] = max(min(cos[r1], cos[r2]) for r1, r2 in splits[k]) - c
        if k in drops:
            F["drop_gain"][k] = max(cos[r] for r in drops[k]) - c
    if merges:
        F["merge_gain_rel"][list(merges)] = F["merge_gain"][list(merges)] - np.median(F["merge_gain"][list(merges)])
    for k in np.flatnonzero(~two):  # would a neighbouring pair match better with this sentence in it?
        gains = [cos[r] - bead_cos[q] for q in (k - 1, k + 1) if q in absorbs for qq, r in absorbs[q] if qq == k]
        F["absorb_gain"][k] = max(gains) if gains else 0.0


@dataclass(frozen=True)
class _Logistic:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def __call__(self, F: dict[str, np.ndarray], rows: np.ndarray) -> np.ndarray:
        z = np.full(int(rows.sum()), self.bias)
        for name, w in zip(self.features, self.weights):
            z = z + w * F[name][rows]
        return 1.0 / (1.0 + np.exp(-z))


@dataclass(frozen=True)
class TrustModel:
    """P(right) of two-sided and of one-sided (unaligned) beads: two logistics over named features."""

    version: str
    two_sided: _Logistic
    one_sided: _Logistic
    uncertain: float  # beads under this are flagged `uncertain` (chosen by the fit as well)

    @property
    def features(self) -> tuple[str, ...]:
        return self.two_sided.features + self.one_sided.features

    @property
    def signature(self) -> str:
        """The version and a digest of the fitted numbers: a refit changes the signature, so an
        output records exactly which model scored it (`trust/1#3f9a01c2`)."""
        numbers = repr((self.two_sided, self.one_sided, self.uncertain))
        return f"{self.version}#{hashlib.sha256(numbers.encode()).hexdigest()[:8]}"

    def scores(self, F: dict[str, np.ndarray], two: np.ndarray) -> np.ndarray:
        out = np.zeros(len(two))
        if two.any():
            out[two] = self.two_sided(F, two)
        if (~two).any():
            out[~two] = self.one_sided(F, ~two)
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "TrustModel":
        def part(p: dict) -> _Logistic:
            unknown = set(p["features"]) - set(CANDIDATES)
            if unknown or len(p["features"]) != len(p["weights"]):
                raise ValueError(f"{MODEL_FILE.name}: bad features {sorted(unknown) or p['features']}")
            return _Logistic(tuple(p["features"]), tuple(float(w) for w in p["weights"]), float(p["bias"]))

        return cls(str(d["version"]), part(d["two_sided"]), part(d["one_sided"]), float(d.get("uncertain", 0.9)))


_MODEL: TrustModel | None = None


def load_model() -> TrustModel:
    """The fitted model of align_trust.json (read once)."""
    global _MODEL
    if _MODEL is None:
        _MODEL = TrustModel.from_dict(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
    return _MODEL
