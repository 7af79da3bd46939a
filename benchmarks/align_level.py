"""The level behind the deletion cost: how the document's "typical best-match cost" is estimated,
and whether another estimate of it generalises better (tuning sets only).

    python benchmarks/align_level.py levels        # each estimate on each fold and on es-en dev
    python benchmarks/align_level.py sensitivity   # ... under resampling, length, insertions, debris
    python benchmarks/align_level.py align         # strict F1 of each estimate (factor calibrated / chosen per fold)
    python benchmarks/align_level.py align --only median,twopass   # some estimates only
    python benchmarks/align_level.py align --only margin8@knn      # "@knn": bead costs with the margin background too
    python benchmarks/align_level.py diff --fold h1 --costs 1.03,1.08   # the beads a deletion cost changes
    python benchmarks/align_level.py affine        # runs of unaligned sentences at affine cost (del_extend)
    python benchmarks/align_level.py confidence    # the confidence's figures on those settings' beads

The deletion cost of a document is `del_factor` x `aligner._typical_cost` (the median, over
sentences of both sides, of the cost of their cheapest 1-1 match), clipped to [0.3, 1.5]. On the
two halves of Text+Berg dev that estimate reads 0.447 and 0.390 while both halves align best with
a deletion cost near 1.0 (align_cv_search.py --deletion). This script compares other estimates of
the level (ESTIMATES) on the same folds:

* Folds: Text+Berg dev's first 211 and last 211 gold beads, each aligned as a document of its own
  (`load_set("textberg:211")` / `"textberg:-211"`), and the whole document; es-en dev (36
  documents) is a guard (at most 0.002 under the default). Never the Text+Berg test sets nor
  benchmarks/align_test.
* An estimate replaces only the level: `aligner._typical_cost` is wrapped so that it still draws
  its random numbers (the background samples that follow come out the same) and returns the
  estimate; the deletion cost stays `factor x level`, clipped. With the estimate "median" and
  factor 2.2 the alignment is the default's, bead for bead.
* Factor of an estimate: *calibrated* = 2.2 x (median over es-en dev documents of the current
  level) / (median over es-en dev documents of the estimate), so that es-en documents get about
  the deletion cost they get now, and Text+Berg gets whatever the estimate says (no choice made
  on Text+Berg). *Chosen per fold*: the best of MULTS x the calibrated factor on one half (within
  the es-en guard; ties: nearest to x1), scored on the other half, both ways.

The per-row best costs of the other estimates use the whole document (every sentence, the
background of each sentence over every sentence of the other side: no sampling), as the
aligner's normalised cosine distance (1 - cos) / (1 - (bg(x) + bg(y)) / 2) defines them.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from align_eval import load_set  # noqa: E402

from translate_tool import aligner  # noqa: E402
from translate_tool.align_eval import Counts, count, scores_from_counts  # noqa: E402
from translate_tool.aligner import AlignSettings, align  # noqa: E402

FOLDS = {"h1": "textberg:211", "h2": "textberg:-211", "whole": "textberg", "esen": "align_dev"}
FACTOR = 2.2  # the default's del_factor
GUARD = 0.002
MULTS = [0.8, 0.85, 0.9, 0.95, 1.0, 1.05, 1.1, 1.15, 1.2, 1.3]
_ORIGINAL = aligner._typical_cost


# ---------------------------------------------------------------- per-row best costs


def cost_matrix(es: np.ndarray, et: np.ndarray) -> np.ndarray:
    """Normalised cosine distance of every 1-1 pair, the background of a sentence being its mean
    cosine to every sentence of the other side (the aligner samples 64)."""
    cos = es @ et.T
    bs, bt = cos.mean(axis=1), cos.mean(axis=0)
    return (1.0 - cos) / np.maximum(1.0 - (bs[:, None] + bt[None, :]) / 2.0, 0.05)


def margin_matrix(es: np.ndarray, et: np.ndarray, k: int = 4) -> np.ndarray:
    """The same with the background of a sentence = the mean of its k nearest sentences of the
    other side (bertalign / LASER's margin), so a sentence in a crowd of similar ones pays more."""
    cos = es @ et.T
    k = min(k, cos.shape[0], cos.shape[1])
    ks = np.sort(cos, axis=1)[:, -k:].mean(axis=1)
    kt = np.sort(cos, axis=0)[-k:, :].mean(axis=0)
    return (1.0 - cos) / np.maximum(1.0 - (ks[:, None] + kt[None, :]) / 2.0, 0.05)


def _best(C: np.ndarray, shorter_only: bool = True) -> np.ndarray:
    """Per-row best costs of both sides (only the shorter side's when one side has 1.5x the
    other's sentences, as the aligner does)."""
    n, m = C.shape
    bs, bt = C.min(axis=1), C.min(axis=0)
    if shorter_only and max(n, m) > 1.5 * min(n, m):
        return bs if n < m else bt
    return np.concatenate([bs, bt])


def _mutual(C: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mutual nearest neighbours: (source ids, target ids) of the pairs that are each other's best."""
    js = C.argmin(axis=1)
    i = np.flatnonzero(C.argmin(axis=0)[js] == np.arange(C.shape[0]))
    return i, js[i]


def _monotone(i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Indices of the longest chain of pairs increasing in both i (sorted) and j (patience)."""
    order = np.argsort(i, kind="stable")
    jj = j[order]
    tails: list[int] = []
    tail_idx: list[int] = []
    prev = np.full(len(jj), -1)
    import bisect

    for k, v in enumerate(jj):
        p = bisect.bisect_left(tails, v)
        if p == len(tails):
            tails.append(v)
            tail_idx.append(k)
        else:
            tails[p], tail_idx[p] = v, k
        prev[k] = tail_idx[p - 1] if p else -1
    out, k = [], tail_idx[-1] if tail_idx else -1
    while k >= 0:
        out.append(order[k])
        k = prev[k]
    return np.array(out[::-1], dtype=np.int64)


def _trimmed(x: np.ndarray, lo: float, hi: float) -> float:
    a, b = np.quantile(x, [lo, hi])
    return float(x[(x >= a) & (x <= b)].mean())


# ---------------------------------------------------------------- the estimates


class Doc:
    """One document of a fold: its texts, embeddings, and (lazily) the default's alignment."""

    def __init__(self, src, tgt, gold, sl, tl, enc):
        self.src, self.tgt, self.gold, self.sl, self.tl, self.enc = src, tgt, gold, sl, tl, enc
        self.es = enc.features(src, sl).embeddings()
        self.et = enc.features(tgt, tl).embeddings()
        self._C = self._first = None

    @property
    def C(self) -> np.ndarray:
        if self._C is None:
            self._C = cost_matrix(self.es, self.et)
        return self._C

    def first_pass(self):
        if self._first is None:
            self._first = align(self.src, self.tgt, src_lang=self.sl, tgt_lang=self.tl, encoder=self.enc)
        return self._first

    def current(self, seed: int = 12345) -> float:
        return _ORIGINAL(self.es, self.et, 64, np.random.default_rng(seed))


def _pass_costs(doc: Doc, min_score: float = 0.0) -> np.ndarray:
    """Costs (C) of the 1-1 beads of the default's alignment, those scoring >= min_score."""
    out = [doc.C[b.src[0], b.tgt[0]] for b in doc.first_pass().beads
           if len(b.src) == 1 and len(b.tgt) == 1 and b.score >= min_score]
    return np.array(out) if out else _best(doc.C)


def _anchor_costs(doc: Doc) -> np.ndarray:
    i, j = _mutual(doc.C)
    keep = _monotone(i, j)
    return doc.C[i[keep], j[keep]] if len(keep) >= 5 else _best(doc.C)


# name -> (description, function of a Doc)
ESTIMATES = {
    "median": ("median of per-row best costs, both sides, 64-sample background (the default's level)",
               lambda d: d.current()),
    "median_full": ("median of per-row best costs, every sentence, full background",
                    lambda d: float(np.median(_best(d.C)))),
    "trimmed": ("interquartile mean (25 % trimmed) of per-row best costs",
                lambda d: _trimmed(_best(d.C), 0.25, 0.75)),
    "mean": ("mean of per-row best costs", lambda d: float(_best(d.C).mean())),
    "q25": ("25th percentile of per-row best costs", lambda d: float(np.quantile(_best(d.C), 0.25))),
    "q75": ("75th percentile of per-row best costs", lambda d: float(np.quantile(_best(d.C), 0.75))),
    "shorter": ("median of the shorter side's per-row best costs only", lambda d: float(np.median(
        d.C.min(axis=1) if d.C.shape[0] <= d.C.shape[1] else d.C.min(axis=0)))),
    "longer": ("median of the longer side's per-row best costs only", lambda d: float(np.median(
        d.C.min(axis=1) if d.C.shape[0] > d.C.shape[1] else d.C.min(axis=0)))),
    "mnn": ("median cost of mutual nearest neighbours", lambda d: float(np.median(d.C[_mutual(d.C)]))),
    "anchors": ("median cost of mutual nearest neighbours on the longest monotone chain (1-1 anchors)",
                lambda d: float(np.median(_anchor_costs(d)))),
    "twopass": ("two passes: median cost of the 1-1 beads of the default's alignment, then realign",
                lambda d: float(np.median(_pass_costs(d)))),
    "twopass_conf": ("two passes, 1-1 beads scoring >= 0.9 only", lambda d: float(np.median(_pass_costs(d, 0.9)))),
    "twopass_q75": ("two passes, 75th percentile of the 1-1 beads' costs", lambda d: float(np.quantile(_pass_costs(d), 0.75))),
    "margin": ("median per-row best cost with a margin background (mean of the 4 nearest)",
               lambda d: float(np.median(_best(margin_matrix(d.es, d.et))))),
    "margin8": ("median per-row best cost with a margin background (mean of the 8 nearest), as the aligner's "
                "bg_knn 8 normalises bead costs", lambda d: float(np.median(_best(margin_matrix(d.es, d.et, 8))))),
    "gold": ("oracle, for reference: median cost of the gold 1-1 beads (needs the gold ladder)",
             lambda d: float(np.median([d.C[a[0], b[0]] for a, b in d.gold if len(a) == 1 and len(b) == 1]))),
    "random": ("median cost of a sentence against every sentence of the other side (unrelated pairs)",
               lambda d: float(np.median(d.C))),
    "gap": ("median of (second-best - best) per-row cost (how far the best match stands out)",
            lambda d: float(np.median(np.concatenate([np.diff(np.sort(d.C, axis=1)[:, :2], axis=1)[:, 0],
                                                      np.diff(np.sort(d.C, axis=0)[:2, :], axis=0)[0]])))),
}


# ---------------------------------------------------------------- loading and aligning


_DOCS: dict[str, list[Doc]] = {}


def docs(fold: str, enc) -> list[Doc]:
    if fold not in _DOCS:
        _DOCS[fold] = [Doc(src, tgt, gold, sl, tl, enc) for _i, _k, src, tgt, gold, sl, tl in load_set(FOLDS[fold])]
    return _DOCS[fold]


def level_of(name: str, doc: Doc) -> float:
    key = f"_level_{name}"
    if not hasattr(doc, key):
        setattr(doc, key, ESTIMATES[name][1](doc))
    return getattr(doc, key)


# a row of the align table "estimate@variant" also changes these settings
SETTINGS = {"knn": {"bg_knn": 8, "bg_samples": 256}}


def strict_f1(fold: str, name: str, factor: float, enc) -> float:
    """Strict F1 on a fold with the deletion cost = clip(factor x the estimate `name`);
    "estimate@knn": with the margin background in the bead cost too (SETTINGS)."""
    name, _at, variant = name.partition("@")
    overrides = SETTINGS[variant] if variant else {}
    p_all, r_all = Counts(), Counts()
    for doc in docs(fold, enc):
        level = level_of(name, doc)

        def typical(es, et, samples, rng, anchors=None, weight=0.0, _level=level):
            _ORIGINAL(es, et, samples, rng, anchors, weight)  # the same random draws as the default
            return _level

        aligner._typical_cost = typical
        try:
            result = align(doc.src, doc.tgt, src_lang=doc.sl, tgt_lang=doc.tl, encoder=enc,
                           settings=replace(AlignSettings(), del_factor=factor, **overrides))
        finally:
            aligner._typical_cost = _ORIGINAL
        p, r = count(doc.gold, result.beads)
        p_all += p
        r_all += r
    return scores_from_counts(p_all, r_all)["f1_strict"]


def calibrated(name: str, enc) -> float:
    name = name.partition("@")[0]
    ref = np.median([level_of("median", d) for d in docs("esen", enc)])
    return FACTOR * ref / np.median([level_of(name, d) for d in docs("esen", enc)])


# ---------------------------------------------------------------- tables


def levels_table(enc, names) -> str:
    lines = ["| estimate | first half | second half | first / second | whole document | es-en dev: median [min, max] "
             "| es-en / whole | calibrated factor | deletion cost: first / second / whole |",
             "|---|---:|---:|---:|---:|---|---:|---:|---|"]
    for name in names:
        h1, h2, wh = (level_of(name, docs(f, enc)[0]) for f in ("h1", "h2", "whole"))
        es = np.array([level_of(name, d) for d in docs("esen", enc)])
        f = calibrated(name, enc)
        lines.append(f"| {name}: {ESTIMATES[name][0]} | {h1:.3f} | {h2:.3f} | {h1 / h2:.3f} | {wh:.3f} | "
                     f"{np.median(es):.3f} [{es.min():.3f}, {es.max():.3f}] | {np.median(es) / wh:.3f} | {f:.2f} | "
                     f"{f * h1:.2f} / {f * h2:.2f} / {f * wh:.2f} |")
        print(lines[-1], flush=True)
    return "\n".join(lines)


def align_table(enc, names) -> str:
    base = {f: strict_f1(f, "median", FACTOR, enc) for f in FOLDS}
    guard = base["esen"] - GUARD - 1e-12
    print(f"default: {base}", file=sys.stderr, flush=True)
    lines = ["| estimate | calibrated factor | first half | second half | whole document | es-en dev | "
             "chosen on the first half: x factor, in fold -> **second half** | chosen on the second half: x factor, "
             "in fold -> **first half** | grid (x factor: first / second / whole / es-en) |",
             "|---|---:|---:|---:|---:|---:|---|---|---|"]
    for name in names:
        f0 = calibrated(name, enc)
        grid = {}
        for mlt in MULTS:
            grid[mlt] = {fold: strict_f1(fold, name, f0 * mlt, enc) for fold in FOLDS}
            print(f"  {name} x{mlt:g} (factor {f0 * mlt:.3f}): {grid[mlt]}", file=sys.stderr, flush=True)
        ok = [m for m in MULTS if grid[m]["esen"] >= guard]
        picks = []
        for fold, held in (("h1", "h2"), ("h2", "h1")):
            if not ok:
                picks.append("none within the es-en guard")
                continue
            best = max(grid[m][fold] for m in ok)
            m = min((m for m in ok if grid[m][fold] >= best - 1e-12), key=lambda m: (abs(m - 1.0), m))
            picks.append(f"x{m:g}: {grid[m][fold]:.3f} -> **{grid[m][held]:.3f}** ({grid[m][held] - base[held]:+.3f})")
        c = grid[1.0]
        cells = "; ".join(f"{m:g}: {g['h1']:.3f} / {g['h2']:.3f} / {g['whole']:.3f} / {g['esen']:.3f}" for m, g in grid.items())
        lines.append(f"| {name} | {f0:.2f} | {c['h1']:.3f} | {c['h2']:.3f} | {c['whole']:.3f} | {c['esen']:.3f} | "
                     f"{picks[0]} | {picks[1]} | {cells} |")
        print(lines[-1], flush=True)
    lines.append(f"\ndefault: first half {base['h1']:.3f}, second half {base['h2']:.3f}, whole {base['whole']:.3f}, "
                 f"es-en dev {base['esen']:.3f} (guard: es-en dev >= {base['esen'] - GUARD:.3f})")
    return "\n".join(lines)


def _inject(doc: Doc, donor: Doc, share: float, seed: int) -> Doc:
    """A copy of `doc` with share x len(tgt) target sentences of `donor` inserted at random places
    of the target side (real insertions: they have no counterpart)."""
    rng = np.random.default_rng(seed)
    k = int(round(share * len(doc.tgt)))
    picks = rng.choice(len(donor.tgt), k, replace=False)
    where = np.sort(rng.choice(len(doc.tgt) + 1, k, replace=True))
    tgt, last = [], 0
    for w, p in zip(where, picks):
        tgt += doc.tgt[last:w] + [donor.tgt[p]]
        last = w
    tgt += doc.tgt[last:]
    return Doc(doc.src, tgt, None, doc.sl, doc.tl, doc.enc)


def _window(doc: Doc, b0: int, b1: int) -> Doc:
    gold = doc.gold[b0:b1]
    s = [i for b in gold for i in b[0]]
    t = [j for b in gold for j in b[1]]
    return Doc(doc.src[min(s):max(s) + 1], doc.tgt[min(t):max(t) + 1], None, doc.sl, doc.tl, doc.enc)


def _no_debris(doc: Doc, letters: int = 5) -> Doc:
    keep = lambda x: sum(c.isalpha() for c in x) >= letters  # noqa: E731
    return Doc([s for s in doc.src if keep(s)], [t for t in doc.tgt if keep(t)], None, doc.sl, doc.tl, doc.enc)


def sensitivity_table(enc, names) -> str:
    whole, h1, h2 = docs("whole", enc)[0], docs("h1", enc)[0], docs("h2", enc)[0]
    wins = [_window(whole, b, b + 100) for b in range(0, len(whole.gold) - 99, 100)]
    cols = ["resampled: sd over 20 seeds (whole)", "windows of 100 gold beads: min-max",
            "first half +10 % inserted target sentences", "+25 %", "second half +10 %", "+25 %",
            "first half without debris (< 5 letters)", "second half without debris"]
    lines = [f"| estimate | whole | first half | second half | {' | '.join(cols)} |", "|---|" + "---:|" * (3 + len(cols))]
    # the inserted sentences come from the other half of the book (same language, no counterpart)
    var = [_inject(h1, h2, 0.10, 1), _inject(h1, h2, 0.25, 2), _inject(h2, h1, 0.10, 3), _inject(h2, h1, 0.25, 4),
           _no_debris(h1), _no_debris(h2)]
    for name in names:
        if name == "gold":
            continue  # the variants below have no gold ladder
        sd = (float(np.std([whole.current(s) for s in range(20)])) if name == "median" else 0.0)
        w = [level_of(name, d) for d in wins]
        cells = [f"{sd:.3f}", f"{min(w):.3f}-{max(w):.3f}"] + [f"{level_of(name, d):.3f}" for d in var]
        lines.append(f"| {name} | {level_of(name, whole):.3f} | {level_of(name, h1):.3f} | {level_of(name, h2):.3f} | "
                     f"{' | '.join(cells)} |")
        print(lines[-1], flush=True)
    return "\n".join(lines)


def diff_report(enc, fold: str, costs: list[float]) -> str:
    """The beads of a fold that change between fixed deletion costs (del_factor 0), with the gold
    and the text: where does a fold's F1 jump as the deletion cost rises?"""
    (doc,) = docs(fold, enc)
    runs = []
    for c in costs:
        # del_factor > 0 clipped to [c, c]: the level is still computed, so the random draws of
        # the background samples are the default's (del_factor 0 would skip them)
        st = replace(AlignSettings(), del_factor=1e-9, del_min=c, del_max=c)
        runs.append({(b.src, b.tgt) for b in align(doc.src, doc.tgt, src_lang=doc.sl, tgt_lang=doc.tl, encoder=enc,
                                                   settings=st).beads})
    gold = set(doc.gold)
    lines = []
    for c, beads in zip(costs, runs):
        lines.append(f"deletion cost {c:g}: {len(beads & gold)} gold beads of {len(gold)} found, {len(beads)} beads")
    only = [sorted(runs[0] - runs[1]), sorted(runs[1] - runs[0])]
    for c, bs in zip(costs, only):
        lines.append(f"\nonly at {c:g} ({len(bs)}):")
        for s, t in sorted(bs, key=lambda b: (b[0] or (-1,), b[1] or (-1,))):
            mark = "gold" if (s, t) in gold else "WRONG"
            lines.append(f"  {mark} {list(s)}:{list(t)}  " + " | ".join(doc.src[i][:60] for i in s) + "  <->  "
                         + " | ".join(doc.tgt[j][:60] for j in t))
    return "\n".join(lines)


EXTENDS = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5]
FACTORS = [2.2, 2.4, 2.6, 2.8, 3.0]


def affine_table(enc) -> str:
    """Runs of unaligned sentences at affine cost (`del_extend` x: a run costs (1 - x) d once plus
    x d per sentence, so a lone one still costs d): grid of x and del_factor, the level unchanged,
    and the per-fold choice both ways (es-en guard; ties: the fewest changes from the default)."""
    from align_eval import strict_f1 as f1

    grid = {}
    for x in EXTENDS:
        for fac in FACTORS:
            st = replace(AlignSettings(), del_extend=x, del_factor=fac)
            grid[x, fac] = {fold: f1(FOLDS[fold], st, enc) for fold in FOLDS}
            print(f"  extend {x:g} factor {fac:g}: " + " / ".join(f"{grid[x, fac][f]:.3f}" for f in FOLDS),
                  file=sys.stderr, flush=True)
    base = grid[1.0, FACTOR]
    lines = ["| del_extend \\ del_factor | " + " | ".join(f"{f:g}" for f in FACTORS) + " |", "|---|" + "---:|" * len(FACTORS)]
    for x in EXTENDS:
        lines.append(f"| {x:g} | " + " | ".join(" / ".join(f"{grid[x, f][k]:.3f}" for k in FOLDS) for f in FACTORS) + " |")
    lines.append("\n(cells: first half / second half / whole document / es-en dev)\n")
    ok = [c for c in grid if grid[c]["esen"] >= base["esen"] - GUARD - 1e-12]
    for fold, held in (("h1", "h2"), ("h2", "h1")):
        top = max(grid[c][fold] for c in ok)
        c = min((c for c in ok if grid[c][fold] >= top - 1e-12),
                key=lambda c: (abs(EXTENDS.index(c[0])) + abs(FACTORS.index(c[1]) - FACTORS.index(FACTOR)), c))
        lines.append(f"chosen on {fold}: extend {c[0]:g}, factor {c[1]:g}: in fold {grid[c][fold]:.4f} "
                     f"(default {base[fold]:.4f}) -> **{held} {grid[c][held]:.3f}** (default {base[held]:.3f}), "
                     f"whole {grid[c]['whole']:.3f}, es-en dev {grid[c]['esen']:.3f}")
        near = [c for c in ok if grid[c][fold] >= top - 0.005]  # within about one bead of the best
        oof = np.array([grid[c][held] for c in near])
        lines.append(f"  {len(near)} configurations within 0.005 of the in-fold best: out of fold mean {oof.mean():.3f}, "
                     f"min {oof.min():.3f}, max {oof.max():.3f} (" + ", ".join(
                         f"{c[0]:g}/{c[1]:g}: {grid[c][fold]:.3f} -> {grid[c][held]:.3f}" for c in near) + ")")
    return "\n".join(lines)


CONFIDENCE_ROWS = [("default", {}), ("deletion factor 2.4", {"del_factor": 2.4}),
                   ("affine runs, extend 0.7", {"del_extend": 0.7}),
                   ("affine runs, extend 0.7, factor 2.4", {"del_extend": 0.7, "del_factor": 2.4}),
                   ("affine runs, extend 0.6, factor 2.4", {"del_extend": 0.6, "del_factor": 2.4})]


def confidence_table(enc) -> str:
    """The shipped confidence model (align_trust.json, fitted on the default's alignments) on the
    beads of other settings, tuning sets only (benchmarks/align_confidence.py's figures)."""
    import align_confidence as conf

    lines = ["| set | settings | beads | wrong | AUC gap (two-sided) | AUC confidence (two-sided) | AUC confidence (all beads) "
             "| needs-review flags: beads / wrong caught |", "|---|---|---:|---:|---:|---:|---:|---|"]
    for folder, label in (("align_dev", "es-en dev"), ("textberg", "Text+Berg de-fr dev")):
        for name, overrides in CONFIDENCE_ROWS:
            st = replace(AlignSettings(), **overrides)
            real = aligner.align
            aligner.align = lambda *a, _st=st, **k: real(*a, **{**k, "settings": _st})  # noqa: E731
            try:
                f = conf.figures(conf.collect(folder, enc))
            finally:
                aligner.align = real
            lines.append(f"| {label} | {name} | {f['beads']} | {f['wrong']} | {f['auc_gap']:.3f} | {f['auc2']:.3f} | "
                         f"{f['auc_all']:.3f} | {f['either']} / {f['either_caught']} of {f['wrong']} |")
            print(lines[-1], flush=True)
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["levels", "sensitivity", "align", "diff", "affine", "confidence"])
    ap.add_argument("--fold", default="h1", help="diff: the fold (h1, h2, whole)")
    ap.add_argument("--costs", default="1.03,1.08", help="diff: two fixed deletion costs")
    ap.add_argument("--only", help="comma-separated estimates (default: all of ESTIMATES)")
    ap.add_argument("--mults", help="comma-separated multiples of the calibrated factor (default: MULTS)")
    args = ap.parse_args()
    names = args.only.split(",") if args.only else list(ESTIMATES)
    if args.what == "align" and not args.only:
        # "gap" is not a level (it falls as the level rises); margin8 is scored with the margin
        # background in the bead costs too ("@knn"), as the current level is
        names = [x for x in names if x not in ("gap", "margin8")] + ["margin8@knn", "median@knn"]
    if args.mults:
        MULTS[:] = [float(x) for x in args.mults.split(",")]
    from translate_tool.embeddings import default_encoder

    enc = default_encoder()
    if args.what == "confidence":
        confidence_table(enc)
        return
    if args.what == "affine":
        print(affine_table(enc))
        return
    if args.what == "diff":
        print(diff_report(enc, args.fold, [float(x) for x in args.costs.split(",")]))
        return
    table = {"levels": levels_table, "sensitivity": sensitivity_table, "align": align_table}[args.what]
    table(enc, names)


if __name__ == "__main__":
    main()
