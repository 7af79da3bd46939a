"""The search of the sentence aligner (`translate_tool.aligner`): a coarse-to-fine dynamic
programme over bead costs.

`_Side` holds one side at one level of the search: the composed embedding of every run of up to
`kmax` units ending at each position (units are blocks of 2^L sentences at coarse levels, single
sentences at the last one), with their character counts, background similarity and, optionally,
anchor vectors. `_dp` finds the cheapest monotone path through a band of the grid; the bead cost
is described in the aligner's docstring. `_band_from_path` projects a coarse path onto the next
finer level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from translate_tool.aligner import AlignSettings


class _Side:
    """One side at one level: units are blocks of `f` sentences; windows of k units end at i."""

    def __init__(self, feats, chars: np.ndarray, f: int, kmax: int, anchors: np.ndarray | None = None):
        n_sent = len(chars)
        self.n = -(-n_sent // f)  # units
        self.kmax = kmax
        bounds = np.minimum(np.arange(self.n + 1) * f, n_sent)  # unit i starts at sentence bounds[i]
        cum = np.concatenate([[0], np.cumsum(chars)]).astype(np.float64)
        d = 512
        self.W = np.zeros((self.n + 1, kmax, d), dtype=np.float32)  # W[i, k-1] = units [i-k, i)
        self.ch = np.zeros((self.n + 1, kmax), dtype=np.float64)
        for k in range(1, kmax + 1):
            ends = np.arange(k, self.n + 1)
            if len(ends) == 0:
                continue
            s0, s1 = bounds[ends - k], bounds[ends]
            self.W[ends, k - 1] = feats.window(s0, s1 - s0)
            self.ch[ends, k - 1] = cum[s1] - cum[s0]
        # A[i, k-1]: the run's anchor vector (unit length, zero without anchors); H: has anchors
        self.A = self.H = None
        if anchors is not None:
            acum = np.concatenate([np.zeros((1, anchors.shape[1])), np.cumsum(anchors, axis=0, dtype=np.float64)])
            self.A = np.zeros((self.n + 1, kmax, anchors.shape[1]), dtype=np.float32)
            self.H = np.zeros((self.n + 1, kmax), dtype=np.float32)
            for k in range(1, kmax + 1):
                ends = np.arange(k, self.n + 1)
                if len(ends):
                    self.A[ends, k - 1], self.H[ends, k - 1] = _unit(acum[bounds[ends]] - acum[bounds[ends - k]])
        self.bg = np.zeros((self.n + 1, kmax), dtype=np.float64)

    def set_background(self, other: "_Side", samples: int, rng: np.random.Generator, knn: int = 0) -> None:
        pool = other.W[1:, 0]
        if len(pool) > samples:
            pool = pool[rng.choice(len(pool), samples, replace=False)]
        if len(pool):
            sims = self.W.reshape(-1, self.W.shape[2]) @ pool.T
            if knn and sims.shape[1] > knn:  # mean of the k most similar sampled sentences
                sims = np.partition(sims, sims.shape[1] - knn, axis=1)[:, -knn:]
            self.bg = sims.mean(axis=1).reshape(self.bg.shape)


def _unit(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows scaled to unit length (zero rows stay zero) and a 0/1 flag of the non-zero rows."""
    nrm = np.linalg.norm(vectors, axis=1)
    has = nrm > 0
    return vectors / np.where(has, nrm, 1.0)[:, None], has.astype(np.float32)


def _mixed(cos: np.ndarray, anchor_cos: np.ndarray, both: np.ndarray, weight: float) -> np.ndarray:
    """Similarity with the anchor evidence: where both runs have anchors, (1 - w) cos + w
    anchor_cos (shared anchors raise it, disjoint ones lower it); elsewhere cos unchanged.
    An interpolation, not a bonus: similarities stay <= 1, so bead costs stay >= 0."""
    return cos + weight * both * (anchor_cos - cos)


def _types(kmax_total: int) -> list[tuple[int, int]]:
    t = [(a, b) for s in range(2, kmax_total + 1) for a in range(1, s) for b in [s - a]]
    return t + [(1, 0), (0, 1)]


def _dp(S: _Side, T: _Side, lo: np.ndarray, hi: np.ndarray, types, st: AlignSettings, mu: float, ds: np.ndarray, dt: np.ndarray):
    """Min-cost monotone path from (0,0) to (S.n, T.n) within rows' [lo, hi] bands -> list of (a, b).

    ds[i] / dt[j]: the cost of leaving source unit i / target unit j unaligned. Each row is
    computed for every bead type at once (arrays of types x cells): the per-type loop it replaces
    spent most of its time in numpy's per-call overhead on short rows."""
    n, m = S.n, T.n
    K, kb = S.kmax, T.kmax
    dt_cum = np.concatenate([[0.0], np.cumsum(dt)])  # 0-1 moves from k to j cost dt_cum[j] - dt_cum[k]
    t01 = types.index((0, 1))
    ab = [(t, a, b) for t, (a, b) in enumerate(types) if a > 0]
    D: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]
    BP: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]
    for i in range(n + 1):
        l, h = int(lo[i]), int(hi[i])
        w = h - l + 1
        js = np.arange(l, h + 1)
        best = np.full(w, np.inf)
        bp = np.full(w, -1, dtype=np.int8)
        if i == 0 and l == 0:
            best[0] = 0.0
        live = [(t, a, b) for t, a, b in ab if a <= i]
        if live:
            cand, tids = _row_candidates(S, T, i, l, h, live, D, lo, hi, st, mu, ds)
            k = np.argmin(cand, axis=0)  # the first type of the cheapest, as a strict-< loop would
            val = cand[k, np.arange(w)]
            upd = val < best
            best[upd] = val[upd]
            bp[upd] = tids[k[upd]]
        # 0-1 moves along the row: best[j] = min_k<=j best[k] + (j-k)*d
        y = best - dt_cum[js]
        z = np.minimum.accumulate(y)
        upd = z < y
        best = z + dt_cum[js]
        bp[upd] = t01
        D[i], BP[i] = best, bp
    path = []
    i, j = n, m
    while i > 0 or j > 0:
        t = int(BP[i][j - int(lo[i])])
        if t < 0:
            raise RuntimeError("alignment search failed: no path through the band")
        a, b = types[t]
        path.append((a, b))
        i, j = i - a, j - b
    path.reverse()
    return path


def _row_candidates(S: _Side, T: _Side, i: int, l: int, h: int, live, D, lo, hi, st: AlignSettings, mu: float,
                    ds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Cost of reaching each cell (i, j), j in [l, h], by each bead type of `live` ((t, a, b) with
    a <= i): array (types, cells), inf where the previous cell is outside its row's band."""
    K, kb = S.kmax, T.kmax
    w = h - l + 1
    jj = np.arange(w)
    tids = np.array([t for t, _a, _b in live], dtype=np.int8)
    A = np.array([a for _t, a, _b in live])[:, None]
    B = np.array([b for _t, _a, b in live])[:, None]
    # D[i - a] at column j - b, from a copy of each row padded with inf to columns [l - kb, h]
    pad = np.full((K, w + kb), np.inf)
    for a in range(1, min(K, i) + 1):
        pl, ph = int(lo[i - a]), int(hi[i - a])
        c0, c1 = max(pl, l - kb), min(ph, h)
        if c0 <= c1:
            pad[a - 1, c0 - (l - kb) : c1 - (l - kb) + 1] = D[i - a][c0 - pl : c1 - pl + 1]
    prev = pad[A - 1, jj + kb - B]
    cand = np.full((len(live), w), np.inf)
    dele = (B == 0)[:, 0]
    cand[dele] = prev[dele] + ds[i - 1]
    pair = ~dele
    if not pair.any():
        return cand, tids
    A, B, prev = A[pair], B[pair], prev[pair]
    # C[j - l0, b-1, a-1]: src windows ending at i vs tgt windows ending at j, for j in [l0, h]
    # (l0 = l - 1: the merge gain looks at windows ending at j - 1); C[.., K + a-1]: src windows
    # ending at i - 1; C[.., 2K + q]: single src sentence i-1-q; P[j - p0, a-1]: single tgt
    # sentence j-1 vs src windows ending at i.
    q = min(K, i)
    l0 = max(l - 1, 0)
    rows = np.concatenate([S.W[i], S.W[i - 1], S.W[i - q + 1 : i + 1, 0][::-1]])
    C = (T.W[l0 : h + 1].reshape((h + 1 - l0) * kb, -1) @ rows.T).reshape(h + 1 - l0, kb, -1)
    p0 = max(l - kb, 0)
    P = T.W[p0 : h + 1, 0] @ S.W[i].T
    if S.A is not None:
        rows_a = np.concatenate([S.A[i], S.A[i - 1], S.A[i - q + 1 : i + 1, 0][::-1]])
        rows_h = np.concatenate([S.H[i], S.H[i - 1], S.H[i - q + 1 : i + 1, 0][::-1]])
        CA = (T.A[l0 : h + 1].reshape((h + 1 - l0) * kb, -1) @ rows_a.T).reshape(h + 1 - l0, kb, -1)
        C = _mixed(C, CA, T.H[l0 : h + 1, :, None] * rows_h, st.anchor_weight)
        PA = T.A[p0 : h + 1, 0] @ S.A[i].T
        P = _mixed(P, PA, T.H[p0 : h + 1, 0, None] * S.H[i], st.anchor_weight)
    J = jj + (l - l0)  # row of C for cell j
    cos = C[J, B - 1, A - 1]
    nrm = np.maximum(1.0 - (S.bg[i, A - 1] + T.bg[l : h + 1][jj, B - 1]) / 2.0, 0.05)
    cost = (1.0 - cos) / nrm * (A * B)
    if st.part_weight:
        # every sentence of a merged side must share content with the other side (float64, as
        # the minimum over an inf start was)
        src_min = np.minimum.accumulate(C[:, :, 2 * K : 2 * K + q], axis=2)  # over the first a sentences
        part = np.where(A > 1, src_min[J, B - 1, np.minimum(A, q) - 1].astype(np.float64), np.inf)
        bmax = int(B.max())
        shifted = np.full((bmax, *P.shape), np.inf)  # shifted[r][x] = P[x - r]: tgt sentence j-1-r
        for r in range(bmax):
            shifted[r, r:] = P[: len(P) - r]
        tgt_min = np.minimum.accumulate(shifted, axis=0)  # over r < b
        X = np.clip(jj + (l - p0), 0, len(P) - 1)
        part = np.minimum(part, np.where(B > 1, tgt_min[np.maximum(B - 1, 0), X, A - 1], np.inf))
        cost = cost + st.part_weight * np.maximum(st.part_floor - part, 0.0)
    if st.gain_weight:
        # merge gain: the bead's cosine minus its cosine without one edge sentence.
        # A real fragment rarely lowers the similarity; an intruder lowers it a lot.
        without = np.full(cos.shape, -np.inf)
        a2 = np.maximum(A - 2, 0)
        without = np.maximum(without, np.where(A > 1, C[J, B - 1, a2], -np.inf))  # first src sentence out
        without = np.maximum(without, np.where(A > 1, C[J, B - 1, K + a2], -np.inf))  # last src sentence out
        b2 = np.maximum(B - 2, 0)
        without = np.maximum(without, np.where(B > 1, C[J, b2, A - 1], -np.inf))  # first tgt sentence out
        without = np.maximum(without, np.where(B > 1, C[np.maximum(J - 1, 0), b2, A - 1], -np.inf))  # last out
        cost = cost + st.gain_weight * np.maximum(without - cos - st.gain_tol, 0.0)
    if st.len_weight:
        r = np.log((T.ch[l : h + 1][jj, B - 1] + 10.0) / (S.ch[i, A - 1] + 10.0)) - mu
        cost = cost + st.len_weight * np.minimum((r / st.len_sigma) ** 2, 9.0)
    cand[pair] = prev + cost
    return cand, tids


def _band_from_path(path, n: int, m: int, scale: int, width: int):
    """Project a coarse path onto a grid `scale` times finer (n x m units) and widen it."""
    plo = np.full(n + 1, m, dtype=np.int64)
    phi = np.zeros(n + 1, dtype=np.int64)
    i = j = 0
    for a, b in path:
        i1, j1 = i + a, j + b
        fi0, fi1 = min(i * scale, n), min(i1 * scale, n)
        fj0, fj1 = min(j * scale, m), min(j1 * scale, m)
        plo[fi0 : fi1 + 1] = np.minimum(plo[fi0 : fi1 + 1], fj0)
        phi[fi0 : fi1 + 1] = np.maximum(phi[fi0 : fi1 + 1], fj1)
        i, j = i1, j1
    lo, hi = plo.copy(), phi.copy()
    for off in range(1, width + 1):  # widen along i as well as j
        lo[off:] = np.minimum(lo[off:], plo[:-off])
        lo[:-off] = np.minimum(lo[:-off], plo[off:])
        hi[off:] = np.maximum(hi[off:], phi[:-off])
        hi[:-off] = np.maximum(hi[:-off], phi[off:])
    lo = np.clip(lo - width, 0, m)
    hi = np.clip(hi + width, 0, m)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[0], hi[n] = 0, m
    return lo, hi
