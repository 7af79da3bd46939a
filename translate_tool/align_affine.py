"""The aligner's DP with affine deletion runs (`AlignSettings.del_extend` < 1): a run of k unaligned
sentences of one side costs an opening cost plus k smaller per-sentence costs, so a block of
debris or an inserted paragraph is left unaligned whole rather than spread over neighbouring beads.
`align_search._dp` hands over to `_dp_affine` when the option is on; the bead costs are
`align_search`'s. docs/alignment.md, "The level behind the deletion cost, and runs of unaligned
sentences", has the measurements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from translate_tool import align_search as search  # (its batch sizes read at call time: tests change them)

if TYPE_CHECKING:
    from translate_tool.aligner import AlignSettings


def _dp_affine(S: search._Side, T: search._Side, lo: np.ndarray, hi: np.ndarray, types, st: AlignSettings, mu: float,
               ds: np.ndarray, dt: np.ndarray, keep: dict | None, open_cost: float):
    """`_dp` with affine deletion runs (its docstring): a run of k unaligned units of one side costs
    open_cost + the sum of their ds / dt. `keep["D"]` gets the rows' minima, as in `_dp`."""
    n, m = S.n, T.n
    K, kb = S.kmax, T.kmax
    dt_cum = np.concatenate([[0.0], np.cumsum(dt)])
    t10 = types.index((1, 0))
    ab = [(t, a, b) for t, (a, b) in enumerate(types) if a > 0 and b > 0]
    tids = np.array([t for t, _a, _b in ab], dtype=np.int8)
    A = np.array([a for _t, a, _b in ab])[:, None]
    B = np.array([b for _t, _a, b in ab])[:, None]
    D: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]
    E: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]  # reached by a 1-0 move
    BP: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]  # the move into the cell (before target runs)
    RS: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]  # start column of a target run ending here, or -1
    EC: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]  # E continued a source run (else opened one)
    R: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]  # reached by a 0-1 move (a target run)
    costs, c0 = None, 0
    for i in range(n + 1):
        l, h = int(lo[i]), int(hi[i])
        w = h - l + 1
        js = np.arange(l, h + 1)
        best = np.full(w, np.inf)
        bp = np.full(w, -1, dtype=np.int8)
        e = np.full(w, np.inf)
        ec = np.zeros(w, dtype=bool)
        if i == 0 and l == 0:
            best[0] = 0.0
        if i > 0:
            if costs is None or i >= c0 + len(costs):
                c0, end = i, min(i + search.ROWS_PER_BATCH, n + 1)
                row_bytes = (int((hi[i:end] - lo[i:end]).max()) + 2) * kb * S.W.shape[2] * 4
                end = min(end, i + max(1, search.BATCH_BYTES // row_bytes))
                costs = search._batch_costs(S, T, np.arange(i, end), lo, hi, A, B, st, mu)
            pad = np.full((K, w + kb), np.inf)
            for a in range(1, min(K, i) + 1):
                pl, ph = int(lo[i - a]), int(hi[i - a])
                s0, s1 = max(pl, l - kb), min(ph, h)
                if s0 <= s1:
                    pad[a - 1, s0 - (l - kb) : s1 - (l - kb) + 1] = D[i - a][s0 - pl : s1 - pl + 1]
            cand = pad[A - 1, np.arange(w) + kb - B] + costs[i - c0][:, :w]
            if keep is not None:
                keep.setdefault("costs", {})[i] = costs[i - c0][:, :w]
            k = np.argmin(cand, axis=0)
            val = cand[k, np.arange(w)]
            upd = val < best
            best[upd] = val[upd]
            bp[upd] = tids[k[upd]]
            # 1-0: open a source run from D[i - 1] or continue one from E[i - 1], same column
            pl, ph = int(lo[i - 1]), int(hi[i - 1])
            s0, s1 = max(pl, l), min(ph, h)
            if s0 <= s1:
                opened = D[i - 1][s0 - pl : s1 - pl + 1] + open_cost
                cont = E[i - 1][s0 - pl : s1 - pl + 1]
                ec[s0 - l : s1 - l + 1] = cont < opened
                e[s0 - l : s1 - l + 1] = np.minimum(opened, cont) + ds[i - 1]
            upd = e < best
            best[upd] = e[upd]
            bp[upd] = t10
        # a target run from k < j: best_before[k] + open + dt[k:j]
        y = best - dt_cum[js]
        run = np.full(w, np.inf)
        start = np.full(w, -1, dtype=np.int64)
        if w > 1:
            z = np.minimum.accumulate(y[:-1])  # ... and the (last) column where y[:j] has its minimum
            arg = np.maximum.accumulate(np.where(y[:-1] <= z, np.arange(w - 1), 0))
            run[1:] = z + open_cost + dt_cum[js[1:]]
            start[1:] = arg
        upd = run < best
        rs = np.where(upd, start + l, -1)
        best = np.where(upd, run, best)
        D[i], E[i], BP[i], RS[i], EC[i], R[i] = best, e, bp, rs, ec, run
    if keep is not None:
        # (the gaps need the cheapest arrivals by a 1-0 move (E) and by a 0-1 move (R) too)
        keep.update(D=D, E=E, R=R, open=open_cost)
    path = []
    i, j = n, m
    in_e = False  # inside a source run: the cell was reached by E
    while i > 0 or j > 0:
        x = j - int(lo[i])
        if in_e:
            path.append((1, 0))
            in_e = bool(EC[i][x])
            i -= 1
            continue
        if RS[i][x] >= 0:
            k = int(RS[i][x])
            path += [(0, 1)] * (j - k)
            j, x = k, k - int(lo[i])
            if i == 0 and j == 0:
                break
        t = int(BP[i][x])
        if t < 0:
            raise RuntimeError("alignment search failed: no path through the band")
        a, b = types[t]
        path.append((a, b))
        if t == t10:
            in_e = bool(EC[i][x])
        i, j = i - a, j - b
    path.reverse()
    return path
