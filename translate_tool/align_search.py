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
        self.f = f  # sentences per unit
        self.n = -(-n_sent // f)  # units
        self.kmax = kmax
        bounds = np.minimum(np.arange(self.n + 1) * f, n_sent)  # unit i starts at sentence bounds[i]
        cum = np.concatenate([[0], np.cumsum(chars)]).astype(np.float64)
        d = getattr(feats, "dim", 512)  # USE's 512; a paired encoder's features are wider
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
        self.end_cost: np.ndarray | None = None  # (n + 1,): extra cost of a bead that ends at unit i
        self.lex = None  # aligner._lex_band: dictionary matches against the other side's runs (last level)
        self.lex_chance = 0.0  # ... and the share of a sentence's known words an extra sentence matches by chance

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


ROWS_PER_BATCH = 64  # rows whose bead costs are computed together ...
BATCH_BYTES = 32 << 20  # ... fewer where their target windows would take more memory than this


def _dp(S: _Side, T: _Side, lo: np.ndarray, hi: np.ndarray, types, st: AlignSettings, mu: float, ds: np.ndarray,
        dt: np.ndarray, keep: dict | None = None, open_cost: float = 0.0):
    """Min-cost monotone path from (0,0) to (S.n, T.n) within rows' [lo, hi] bands -> list of (a, b).
    `keep`: a dict that receives the rows' minima ("D") and bead costs ("costs") for `path_gaps`.

    ds[i] / dt[j]: the cost of leaving source unit i / target unit j unaligned. A bead's cost
    does not depend on the path, so the costs of every cell and bead type are computed for
    ROWS_PER_BATCH rows at a time (`_batch_costs`; fewer for wide bands, BATCH_BYTES), and the row loop only adds them to the
    previous rows' minima: numpy's per-call overhead, not arithmetic, was the time on short rows.

    `open_cost` > 0: a *run* of unaligned units on one side costs `open_cost` once, plus ds / dt
    per unit (affine gap costs, Gotoh): a source run is a second state (E: the cheapest cost of
    reaching a cell with a 1-0 move, continued or opened), a target run is taken whole in the row
    pass (from the run's start k: the row's value before the pass at k + open + dt[k:j])."""
    if open_cost > 0:
        from translate_tool.align_affine import _dp_affine  # (it uses this module's cost batches)

        return _dp_affine(S, T, lo, hi, types, st, mu, ds, dt, keep, open_cost)
    n, m = S.n, T.n
    K, kb = S.kmax, T.kmax
    dt_cum = np.concatenate([[0.0], np.cumsum(dt)])  # 0-1 moves from k to j cost dt_cum[j] - dt_cum[k]
    t01 = types.index((0, 1))
    ab = [(t, a, b) for t, (a, b) in enumerate(types) if a > 0]
    tids = np.array([t for t, _a, _b in ab], dtype=np.int8)
    A = np.array([a for _t, a, _b in ab])[:, None]
    B = np.array([b for _t, _a, b in ab])[:, None]
    dele = (B == 0)[:, 0]
    D: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]
    BP: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]
    costs, c0 = None, 0
    for i in range(n + 1):
        l, h = int(lo[i]), int(hi[i])
        w = h - l + 1
        js = np.arange(l, h + 1)
        best = np.full(w, np.inf)
        bp = np.full(w, -1, dtype=np.int8)
        if i == 0 and l == 0:
            best[0] = 0.0
        if i > 0:
            if costs is None or i >= c0 + len(costs):
                c0, end = i, min(i + ROWS_PER_BATCH, n + 1)
                row_bytes = (int((hi[i:end] - lo[i:end]).max()) + 2) * kb * S.W.shape[2] * 4
                end = min(end, i + max(1, BATCH_BYTES // row_bytes))
                costs = _batch_costs(S, T, np.arange(i, end), lo, hi, A[~dele], B[~dele], st, mu)
            # D[i - a] at column j - b, from a copy of each row padded with inf to columns [l - kb, h]
            pad = np.full((K, w + kb), np.inf)
            for a in range(1, min(K, i) + 1):
                pl, ph = int(lo[i - a]), int(hi[i - a])
                s0, s1 = max(pl, l - kb), min(ph, h)
                if s0 <= s1:
                    pad[a - 1, s0 - (l - kb) : s1 - (l - kb) + 1] = D[i - a][s0 - pl : s1 - pl + 1]
            cand = pad[A - 1, np.arange(w) + kb - B]  # previous minima; inf outside their bands
            cand[dele] += ds[i - 1]
            cand[~dele] += costs[i - c0][:, :w]
            if keep is not None:
                keep.setdefault("costs", {})[i] = costs[i - c0][:, :w]
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
    if keep is not None:
        keep["D"] = D
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


def _batch_costs(S: _Side, T: _Side, I: np.ndarray, lo, hi, A: np.ndarray, B: np.ndarray, st: AlignSettings,
                 mu: float) -> np.ndarray:
    """Cost of each two-sided bead type (A x B, arrays (types, 1)) ending at each cell (i, j) of
    rows I (all >= 1), j in [lo[i], hi[i]]: array (rows, types, widest row), inf past a row's end.
    (A type with a > i gets a number too; the row loop's inf previous minimum discards it.)"""
    K, kb = S.kmax, T.kmax
    nr = len(I)
    L, H = lo[I].astype(np.int64), hi[I].astype(np.int64)
    Wc = int((H - L).max()) + 1
    jj = np.arange(Wc)
    L0 = np.maximum(L - 1, 0)  # the merge gain looks at target windows ending at j - 1
    P0 = np.maximum(L - kb, 0)
    Q = np.minimum(K, I)
    r_ = np.arange(nr)[:, None, None]
    # rows[r]: src windows ending at i (K), ending at i - 1 (K), single src sentences i-1-q (K;
    # W[0] is zero where q runs out); C[r, x, b-1, c]: those against tgt windows ending at j = L0 + x
    singles = np.maximum(I[:, None] - np.arange(K)[None, :], 0)
    blocks = [S.W[I], S.W[I - 1], S.W[singles, 0]]
    grow = bool(st.grow_weight) and S.f == 1
    if grow:  # ... and src windows of 2+ sentences ending at i + 1; target windows up to j + 1
        blocks.append(S.W[np.minimum(I + 1, S.n), 1:])
    rows = np.concatenate(blocks, axis=1)  # (nr, 3K (+ K - 1), d)
    nx = Wc + 1 + grow
    tj = np.minimum(L0[:, None] + np.arange(nx)[None, :], T.n)
    C = np.matmul(T.W[tj].reshape(nr, nx * kb, -1), rows.transpose(0, 2, 1)).reshape(nr, nx, kb, rows.shape[1])
    tp = np.minimum(P0[:, None] + np.arange(Wc + kb)[None, :], T.n)
    P = np.matmul(T.W[tp, 0], S.W[I].transpose(0, 2, 1))  # (nr, x, K): tgt sentence P0 + x - 1 vs src windows
    if S.A is not None:
        nxt = [np.minimum(I + 1, S.n)] * grow
        rows_a = np.concatenate([S.A[I], S.A[I - 1], S.A[singles, 0]] + [S.A[x, 1:] for x in nxt], axis=1)
        rows_h = np.concatenate([S.H[I], S.H[I - 1], S.H[singles, 0]] + [S.H[x, 1:] for x in nxt], axis=1)
        CA = np.matmul(T.A[tj].reshape(nr, nx * kb, -1), rows_a.transpose(0, 2, 1)).reshape(C.shape)
        C = _mixed(C, CA, T.H[tj][..., None] * rows_h[:, None, None, :], st.anchor_weight)
        PA = np.matmul(T.A[tp, 0], S.A[I].transpose(0, 2, 1))
        P = _mixed(P, PA, T.H[tp, 0][..., None] * S.H[I][:, None, :], st.anchor_weight)
    A3, B3 = A[None], B[None]  # (1, types, 1)
    J = np.minimum(jj[None, :] + (L - L0)[:, None], Wc)[:, None, :]  # (nr, 1, Wc): C's x of cell j
    tgt = np.minimum(L[:, None] + jj[None, :], T.n)[:, None, :]  # (nr, 1, Wc): j
    cos = C[r_, J, B3 - 1, A3 - 1]
    nrm = np.maximum(1.0 - (S.bg[I][:, A[:, 0] - 1][..., None] + T.bg[tgt, B3 - 1]) / 2.0, 0.05)
    dist = 1.0 - cos
    if S.lex is not None and S.f == 1 and st.lex_weight and st.lex_mode == "mix":
        # the similarity becomes (1 - w) cos + w x the bead's dictionary coverage (both sides'
        # matched / known words), where the bead has known words (a gold pair's coverage is on
        # the cosine's scale: ~0.6 on Text+Berg dev, ~0.07 for unrelated sentences)
        matched, known, _u = _lex(S, T, I[:, None, None], A3, tgt, B3)
        dist = 1.0 - np.where(known > 0, cos + st.lex_weight * (matched / np.maximum(known, 1.0) - cos), cos)
    if st.dist_floor:
        # identical lines (names, numbers) have distance ~0 whatever their bead, so two 1-1 pairs
        # and the 2-2 that merges them tie and float noise chooses: a floor lets a x b decide
        dist = np.maximum(dist, st.dist_floor)
    cost = dist / nrm * (A3 * B3)
    if st.part_weight:
        # every sentence of a merged side must share content with the other side (float64, as
        # the minimum over an inf start was)
        single, Pw = C[..., 2 * K : 3 * K], P
        if st.part_chars:
            # a short fragment ("c) ...", a heading) shares few words with anything: its shortfall
            # counts in proportion to its length, up to part_chars characters
            ws = np.minimum(S.ch[singles, 0] / st.part_chars, 1.0)[:, None, None, :]
            single = single + (1.0 - ws) * np.maximum(st.part_floor - single, 0.0)
            wt = np.minimum(T.ch[tp, 0] / st.part_chars, 1.0)[:, :, None]
            Pw = P + (1.0 - wt) * np.maximum(st.part_floor - P, 0.0)
        src_min = np.minimum.accumulate(single, axis=3)  # over the first a single sentences
        qa = np.minimum(A3, Q[:, None, None]) - 1
        part = np.where(A3 > 1, src_min[r_, J, B3 - 1, qa].astype(np.float64), np.inf)
        bmax = int(B.max())
        shifted = np.full((nr, bmax, *P.shape[1:]), np.inf)  # shifted[r, s, x] = P[r, x - s]: tgt sentence j-1-s
        for sh in range(bmax):
            shifted[:, sh, sh:] = Pw[:, : P.shape[1] - sh]
        tgt_min = np.minimum.accumulate(shifted, axis=1)  # over s < b
        X = np.minimum(jj[None, :] + (L - P0)[:, None], P.shape[1] - 1)[:, None, :]
        part = np.minimum(part, np.where(B3 > 1, tgt_min[r_, np.maximum(B3 - 1, 0), X, A3 - 1], np.inf))
        cost = cost + st.part_weight * np.maximum(st.part_floor - part, 0.0)
    if st.gain_weight:
        # merge gain: the bead's cosine minus its cosine without one edge sentence.
        # A real fragment rarely lowers the similarity; an intruder lowers it a lot.
        without = np.full(cos.shape, -np.inf)
        a2, b2 = np.maximum(A3 - 2, 0), np.maximum(B3 - 2, 0)
        without = np.maximum(without, np.where(A3 > 1, C[r_, J, B3 - 1, a2], -np.inf))  # first src sentence out
        without = np.maximum(without, np.where(A3 > 1, C[r_, J, B3 - 1, K + a2], -np.inf))  # last src sentence out
        without = np.maximum(without, np.where(B3 > 1, C[r_, J, b2, A3 - 1], -np.inf))  # first tgt sentence out
        without = np.maximum(without, np.where(B3 > 1, C[r_, np.maximum(J - 1, 0), b2, A3 - 1], -np.inf))  # last out
        if st.gain_runs:
            # ... or without a run of edge sentences (a caption and two lines of OCR debris beside
            # a real pair: dropping one of them hardly changes the bead, dropping all three does)
            for k in range(2, max(K, kb)):
                without = np.maximum(without, np.where(A3 > k, C[r_, J, B3 - 1, np.maximum(A3 - 1 - k, 0)], -np.inf))
                without = np.maximum(without, np.where(B3 > k, C[r_, J, np.maximum(B3 - 1 - k, 0), A3 - 1], -np.inf))
                without = np.maximum(without, np.where((B3 > k) & (J >= k),
                                                       C[r_, np.maximum(J - k, 0), np.maximum(B3 - 1 - k, 0), A3 - 1], -np.inf))
            # the first source sentence alone (the last ones out; windows ending before i - 1 are not at hand)
            first = C[r_, J, B3 - 1, 2 * K + np.minimum(A3 - 1, K - 1)]
            without = np.maximum(without, np.where(A3 > 2, first, -np.inf))
        cost = cost + st.gain_weight * np.maximum(without - cos - st.gain_tol, 0.0)
    if grow:
        # a bead that matches better once a neighbouring sentence outside it is added (the previous
        # or next one, on either side) is incomplete: the mirror of the merge gain. Gold beads
        # rarely gain from a neighbour; the pieces of a bead cut in two often do.
        with_ = np.full(cos.shape, -np.inf)
        with_ = np.maximum(with_, np.where((A3 < K) & (I[:, None, None] > A3), C[r_, J, B3 - 1, np.minimum(A3, K - 1)], -np.inf))
        with_ = np.maximum(with_, np.where((A3 < K) & (I[:, None, None] < S.n), C[r_, J, B3 - 1, 3 * K + np.minimum(A3, K - 1) - 1], -np.inf))
        with_ = np.maximum(with_, np.where((B3 < kb) & (tgt > B3), C[r_, J, np.minimum(B3, kb - 1), A3 - 1], -np.inf))
        with_ = np.maximum(with_, np.where((B3 < kb) & (tgt < T.n), C[r_, J + 1, np.minimum(B3, kb - 1), A3 - 1], -np.inf))
        cost = cost + st.grow_weight * np.maximum(with_ - cos - st.grow_tol, 0.0)
    if S.lex is not None and S.f == 1:
        matched, known, unmatched = _lex(S, T, I[:, None, None], A3, tgt, B3, S.lex_chance)
        if st.lex_weight and st.lex_mode == "sent":
            cost = cost + st.lex_weight / 2 * unmatched
        elif st.lex_weight and st.lex_mode == "bead":
            cost = cost + st.lex_weight * (1.0 - (matched + 0.5) / (known + 1.0))
        if st.lex_gain:
            # a bead whose dictionary coverage rises without an edge sentence holds an intruder
            cov = (matched + 0.5) / (known + 1.0)
            best = np.full(cov.shape, -np.inf)
            I3 = I[:, None, None]
            for i_, a_, j_, b_, ok in ((I3, A3 - 1, tgt, B3, A3 > 1), (I3 - 1, A3 - 1, tgt, B3, A3 > 1),
                                       (I3, A3, tgt, B3 - 1, B3 > 1), (I3, A3, tgt - 1, B3 - 1, B3 > 1)):
                mw, kw, _u = _lex(S, T, i_, np.maximum(a_, 1), j_, np.maximum(b_, 1))
                best = np.maximum(best, np.where(ok, (mw + 0.5) / (kw + 1.0), -np.inf))
            cost = cost + st.lex_gain * np.maximum(best - cov, 0.0)
    if st.split_weight:
        # a bead that matches much better than its best half is a real merge (a 2-2 whose
        # translation moved a sentence boundary), not two beads glued together: its a x b factor
        # shrinks (a factor, not a bonus, so that a poorly matching bead stays expensive)
        better = np.maximum(cos - _best_part(C, J, A3, B3, K, kb, r_) - st.split_tol, 0.0)
        cost = cost / (1.0 + st.split_weight * better)
    if st.len_weight:
        ct, cs = T.ch[tgt, B3 - 1], S.ch[I][:, A[:, 0] - 1][..., None]
        r = (np.log((ct + 10.0) / (cs + 10.0)) - mu) / st.len_sigma
        if st.len_ref and S.f == 1:
            # Gale-Church: the spread of a length ratio shrinks as the texts grow (sd ~ 1/sqrt(chars)),
            # so 200 vs 300 characters is less likely a translation than 20 vs 30
            r = r * np.sqrt((ct + cs) / (2.0 * st.len_ref))
        cost = cost + st.len_weight * np.minimum(r**2, 9.0)
    if S.end_cost is not None:
        cost = cost + np.maximum(S.end_cost[I][:, None, None], T.end_cost[tgt])
    cost[np.broadcast_to(jj[None, None, :] > (H - L)[:, None, None], cost.shape)] = np.inf
    return cost


def _lex(S: _Side, T: _Side, I, A, J, B, chance: float = 0.0):
    """Dictionary evidence of beads (source [I - A, I), target [J - B, J); broadcastable arrays,
    A, B >= 1): (known words with a match on the other side, known words, and the sum over the
    bead's sentences of the share of their known words without a match)."""
    out = []
    for (flat, base, off, width, known), (Kx, ko), end, run, start, other in (
            (S.lex, (S.kmax, T.kmax), I, A, J - B, B), (T.lex, (T.kmax, S.kmax), J, B, I - A, A)):
        matched = total = unmatched = 0.0
        nb = len(known)
        for t in range(1, Kx + 1):
            p = end - t
            ok = (t <= run) & (p >= 0) & (p < nb)
            pc = np.clip(p, 0, nb - 1)
            x = np.clip(start - off[pc], 0, width[pc] - 1)
            c = np.where(ok, flat[base[pc] + x * ko + np.clip(other, 1, ko) - 1], 0.0)
            k = np.where(ok, known[pc], 0.0)
            matched, total = matched + c, total + k
            # (with chance > 0, the matches a sentence's known words would find by chance in the
            # other side's extra sentences do not count: otherwise merging never costs more)
            extra = chance * (np.maximum(other, 1) - 1)
            unmatched = unmatched + np.where(k > 0, np.minimum(1.0 - c / np.maximum(k, 1.0) + extra, 1.0), 0.0)
        out.append((matched, total, unmatched))
    return out[0][0] + out[1][0], out[0][1] + out[1][1], out[0][2] + out[1][2]


def _best_part(C, J, A3, B3, K: int, kb: int, r_) -> np.ndarray:
    """For beads with two or more sentences on both sides, the best cosine of a part when the bead
    is cut into two two-sided beads (the first or the last source sentence alone, any target cut);
    +inf for other beads and where a part's target window ends before the computed ones. A real
    2-2 / 3-2 bead, whose translation moved a sentence boundary, matches much better than either
    half (median +0.15 on Text+Berg dev); two consecutive gold beads glued together hardly match
    better than the better of the two (95th percentile +0.065 on Text+Berg dev, +0.04 on es-en)."""
    best = np.full(np.broadcast_shapes(J.shape, A3.shape), -np.inf)
    both = (A3 >= 2) & (B3 >= 2)
    missing = np.zeros(best.shape, dtype=bool)
    for b2 in range(1, kb):
        b1 = B3 - b2
        ok = both & (b1 >= 1)
        missing = missing | (ok & (J - b2 < 0))
        Jb = np.maximum(J - b2, 0)
        b1i, a1 = np.maximum(b1 - 1, 0), np.maximum(A3 - 2, 0)
        # first source sentence alone: (1, b1) + (a - 1, b2)
        first = np.maximum(C[r_, Jb, b1i, 2 * K + np.minimum(A3 - 1, K - 1)], C[r_, J, b2 - 1, a1])
        # last source sentence alone: (a - 1, b1) + (1, b2)
        last = np.maximum(C[r_, Jb, b1i, K + a1], C[r_, J, b2 - 1, 2 * K])
        best = np.where(ok, np.maximum(best, np.maximum(first, last)), best)
    return np.where(np.isfinite(best) & ~missing, best, np.inf)


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
