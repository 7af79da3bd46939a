"""How sure the aligner is of each bead: the gap to the best alignment that places a boundary
of the bead elsewhere (forward-backward min-marginals over the DP of `align_search`).

A bead's cosine says whether its sentences share content; it cannot say whether the bead is cut
right. Most wrong beads are cut wrong (a 1-1 where the translation merged two sentences into
one, a fragment left in the neighbouring bead), and their cosine is as high as a right bead's.
What does separate them is how much the best alignment would cost if that bead's boundary were
placed elsewhere: F(i, j) + G(i, j) - best, where F is the forward DP's minimum cost to reach
cell (i, j) and G the minimum cost from there to the end, taken over the cells of the bead's
boundary row and column that are not on the chosen path. A small gap: another cut is nearly as
good. (docs/alignment.md, "Confidence", has the measurements; benchmarks/align_confidence.py.)
"""

from __future__ import annotations

import numpy as np

__all__ = ["boundary_gaps", "path_gaps"]


def _backward(lo, hi, pair_types: list[tuple[int, int]], costs: dict, ds: np.ndarray, dt: np.ndarray, n: int, m: int):
    """G[i][j - lo[i]]: the minimum cost from cell (i, j) to (n, m) (the forward DP's moves, reversed)."""
    K = max(a for a, _b in pair_types)
    kb = max(b for _a, b in pair_types)
    A = np.array([a for a, _b in pair_types])
    B = np.array([b for _a, b in pair_types])
    k_idx = np.arange(len(pair_types))
    dt_cum = np.concatenate([[0.0], np.cumsum(dt)])
    G: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]
    for i in range(n, -1, -1):
        l, h = int(lo[i]), int(hi[i])
        w = h - l + 1
        g = np.full(w, np.inf)
        if i == n:
            g[m - l] = 0.0
        else:
            # 1-0: source unit i left out, to (i + 1, j)
            r0, r1 = int(lo[i + 1]), int(hi[i + 1])
            c0, c1 = max(l, r0), min(h, r1)
            if c0 <= c1:
                g[c0 - l : c1 - l + 1] = ds[i] + G[i + 1][c0 - r0 : c1 - r0 + 1]
            # a two-sided bead (a, b) from (i, j) to (i + a, j + b): its cost, then G there
            pad = np.full((K, len(pair_types), w + kb), np.inf)
            for a in range(1, min(K, n - i) + 1):
                r = i + a
                r0, r1 = int(lo[r]), int(hi[r])
                c0, c1 = max(l, r0), min(h + kb, r1)
                if c0 <= c1:
                    pad[a - 1, :, c0 - l : c1 - l + 1] = costs[r][:, c0 - r0 : c1 - r0 + 1] + G[r][c0 - r0 : c1 - r0 + 1]
            via = pad[A[:, None] - 1, k_idx[:, None], np.arange(w)[None, :] + B[:, None]]
            g = np.minimum(g, via.min(axis=0))
        # 0-1: target units j.. left out, along the row: g[j] = min_k>=j (dt_cum[k] - dt_cum[j]) + g[k]
        js = np.arange(l, h + 1)
        y = g + dt_cum[js]
        g = np.minimum.accumulate(y[::-1])[::-1] - dt_cum[js]
        G[i] = g
    return G


def _backward_affine(lo, hi, pair_types, costs: dict, ds: np.ndarray, dt: np.ndarray, n: int, m: int, open_cost: float):
    """`_backward` with affine deletion runs (align_affine._dp_affine): G (from a cell, any move
    next; a deletion opens a run), GE (the previous move was 1-0: another continues the run
    without opening) and GT (the previous move was 0-1: likewise along the row)."""
    K = max(a for a, _b in pair_types)
    kb = max(b for _a, b in pair_types)
    A = np.array([a for a, _b in pair_types])
    B = np.array([b for _a, b in pair_types])
    k_idx = np.arange(len(pair_types))
    dt_cum = np.concatenate([[0.0], np.cumsum(dt)])
    G: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]
    GE: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]
    GT: list[np.ndarray] = [None] * (n + 1)  # type: ignore[list-item]
    for i in range(n, -1, -1):
        l, h = int(lo[i]), int(hi[i])
        w = h - l + 1
        gp = np.full(w, np.inf)  # the next move is a pair or a 1-0
        cont = np.full(w, np.inf)  # ... a 1-0 that continues a source run
        if i == n:
            gp[m - l] = 0.0
        else:
            r0, r1 = int(lo[i + 1]), int(hi[i + 1])
            c0, c1 = max(l, r0), min(h, r1)
            if c0 <= c1:
                cont[c0 - l : c1 - l + 1] = ds[i] + GE[i + 1][c0 - r0 : c1 - r0 + 1]
                gp[c0 - l : c1 - l + 1] = open_cost + cont[c0 - l : c1 - l + 1]
            pad = np.full((K, len(pair_types), w + kb), np.inf)
            for a in range(1, min(K, n - i) + 1):
                r = i + a
                r0, r1 = int(lo[r]), int(hi[r])
                c0, c1 = max(l, r0), min(h + kb, r1)
                if c0 <= c1:
                    pad[a - 1, :, c0 - l : c1 - l + 1] = costs[r][:, c0 - r0 : c1 - r0 + 1] + G[r][c0 - r0 : c1 - r0 + 1]
            via = pad[A[:, None] - 1, k_idx[:, None], np.arange(w)[None, :] + B[:, None]]
            gp = np.minimum(gp, via.min(axis=0))
        js = np.arange(l, h + 1)
        # a target run from j to k (exclusive): dt_cum[k] - dt_cum[j], then anything but a 0-1
        y = gp + dt_cum[js]
        suffix = np.minimum.accumulate(y[::-1])[::-1]  # min over k >= j
        gt = suffix - dt_cum[js]
        g = gp.copy()
        if w > 1:
            g[:-1] = np.minimum(gp[:-1], open_cost + suffix[1:] - dt_cum[js[:-1]])
        G[i], GT[i] = g, np.minimum(g, gt)
        GE[i] = np.minimum(g, cont)
    return G, GE, GT


def path_gaps(path, lo, hi, types, keep: dict, ds: np.ndarray, dt: np.ndarray, n: int, m: int) -> list[float]:
    """For each bead of `path`, the smallest extra cost of an alignment that moves one of its
    boundaries (inf where both are fixed: the start and end of the document)."""
    return [min(s, e) for s, e in boundary_gaps(path, lo, hi, types, keep, ds, dt, n, m)]


def boundary_gaps(path, lo, hi, types, keep: dict, ds: np.ndarray, dt: np.ndarray, n: int,
                  m: int) -> list[tuple[float, float]]:
    """For each bead of `path`, (start, end): the smallest extra cost of an alignment that moves
    its first / its last boundary (inf for the document's own start and end)."""
    pair_types = [(a, b) for a, b in types if a > 0 and b > 0]
    D, costs = keep["D"], keep.get("costs", {})
    if not pair_types or not costs:
        return [(float("inf"), float("inf"))] * len(path)
    affine = keep.get("open", 0.0) > 0
    if affine:  # cheapest complete path through a cell: arrived by a pair, a 1-0 or a 0-1 move
        G, GE, GT = _backward_affine(lo, hi, pair_types, costs, ds, dt, n, m, keep["open"])
        E, R = keep["E"], keep["R"]
    else:
        G = _backward(lo, hi, pair_types, costs, ds, dt, n, m)
    best = D[n][m - int(lo[n])]
    # cells on the path, row by row (a run of 0-1 moves visits several cells of a row)
    on: dict[int, list[int]] = {0: [0]}
    points = [(0, 0)]
    i = j = 0
    for a, b in path:
        i, j = i + a, j + b
        on.setdefault(i, []).append(j)
        points.append((i, j))
    row_gap = np.full(n + 1, np.inf)
    col_gap = np.full(m + 1, np.inf)
    for i in range(n + 1):
        l = int(lo[i])
        extra = D[i] + G[i] - best
        if affine:
            extra = np.minimum(extra, np.minimum(E[i] + GE[i], R[i] + GT[i]) - best)
        extra[np.array(on.get(i, []), dtype=np.int64) - l] = np.inf  # the path's own cells
        if len(extra):
            row_gap[i] = extra.min()
            col_gap[l : l + len(extra)] = np.minimum(col_gap[l : l + len(extra)], extra)
    gaps = []
    for (i0, j0), (i1, j1) in zip(points, points[1:]):
        start = min(row_gap[i0] if i0 > 0 else np.inf, col_gap[j0] if j0 > 0 else np.inf)
        end = min(row_gap[i1] if i1 < n else np.inf, col_gap[j1] if j1 < m else np.inf)
        gaps.append((float(max(start, 0.0)), float(max(end, 0.0))))
    return gaps
