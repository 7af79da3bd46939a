"""Cross-validated search over the aligner's cost settings (AlignSettings) on the tuning sets.

    python benchmarks/align_cv_search.py                 # the search, then the tables (~30 min, 2 cores)
    python benchmarks/align_cv_search.py --results R.jsonl  # keep / reuse every configuration's scores
    python benchmarks/align_cv_search.py --random 300 --seed 20261202 --jobs 2   # the defaults
    python benchmarks/align_cv_search.py --deletion      # deletion cost: factor vs fixed level per fold

Every setting of the default was chosen one at a time by hand on Text+Berg de-fr dev (one
document) and es-en dev. This script asks whether some *combination* of the existing knobs
generalises better than the hand-tuned default, with a protocol that holds part of the tuning
document out of every choice. Only tuning sets are read: es-en dev (benchmarks/align_dev) and
Text+Berg de-fr dev (benchmarks/textberg); never the Text+Berg test sets nor benchmarks/align_test.

Protocol
--------
* Folds. Text+Berg dev's 422 gold beads are cut in two halves by gold beads, as
  benchmarks/align_confidence.py cuts them (the first 211, the last 211); each half is aligned as
  a document of its own (the sentences its gold beads cover, renumbered), as align_eval.py's
  "first / last 150 beads" columns are (`load_set("textberg:211")` / `load_set("textberg:-211")`).
  es-en dev (36 documents) is a guard, not a fold.
* Configurations. KNOBS gives each knob a grid of values around its default (the default is on
  the grid). The search scores (1) the default; (2) every one-knob change (one-at-a-time, the
  sensitivity table); (3) `--random` configurations drawn with a seeded generator: each knob is
  moved, with probability MOVE, to a value of its grid other than the default (drawn uniformly),
  else kept at its default; duplicates are drawn again. Every configuration aligns both halves,
  the whole Text+Berg document (reported, never used to choose) and es-en dev.
* Choice, both ways. For direction "first -> second": among configurations whose es-en dev strict
  F1 is at most 0.002 under the default's, take the best strict F1 on the first half (ties: the
  fewest knobs changed, then the fewest grid steps from the default, then the order drawn); score
  it on the second half (out of fold). Then the same with the halves swapped.
* Verdict. A configuration is a candidate for a new default only if the search's choices beat the
  default out of fold on BOTH halves (each direction's choice on its held-out half, and the mean
  of the two); a candidate is then a configuration so chosen that also beats the default on the
  half it was chosen on. Otherwise the answer is "no combination generalises better". A Text+Berg
  half has ~211 beads, so one bead is ~0.005 of strict F1.
* A second procedure, coordinate search, each way: from the default, knob by knob in KNOBS
  order, try every value of the knob's grid with the others fixed and move to the best in-fold
  F1 among those within the es-en guard if it is strictly better than the current point (ties:
  stay), passes until one moves nothing (at most 3); the end point is scored on the other half.
  The same verdict applies to it, separately (its end points are not mixed with the random
  search's choices).
* The tables also list, per direction, the mean / min / max out-of-fold F1 of all configurations
  tied at the in-fold best (how much the tie-break decides), and the best in-fold configurations.

An alignment of the four sets takes ~4-5 s with a warm embedding cache (es-en dev ~3 s of it);
configurations run in `--jobs` worker processes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from align_eval import strict_f1  # noqa: E402

from translate_tool.aligner import AlignSettings  # noqa: E402

# (knob, grid): the default is on every grid
KNOBS: list[tuple[str, list]] = [
    ("del_factor", [1.6, 1.8, 2.0, 2.2, 2.4, 2.6, 2.9]),
    ("del_min", [0.2, 0.3, 0.45, 0.6]),
    ("del_max", [0.9, 1.2, 1.5, 2.0]),
    ("len_weight", [0.035, 0.05, 0.07, 0.1, 0.14]),
    ("len_sigma", [0.18, 0.25, 0.35]),
    ("len_ref", [50.0, 75.0, 100.0, 150.0, 200.0]),
    ("part_weight", [0.5, 1.0, 1.5, 2.25, 3.0]),
    ("part_floor", [0.2, 0.25, 0.3, 0.35, 0.4]),
    ("gain_weight", [2.0, 3.0, 4.0, 5.0, 6.0]),
    ("gain_tol", [0.0, 0.02, 0.05]),
    ("grow_weight", [1.0, 1.5, 2.0, 2.5, 3.0]),
    ("grow_tol", [0.0, 0.02, 0.05]),
    ("semi_weight", [0.0, 0.15, 0.3, 0.45]),
    ("max_bead", [5, 6, 7]),
    ("band", [4, 6, 8]),
    ("dist_floor", [0.001, 0.01, 0.03]),
]
MOVE = 0.25  # chance that a random configuration moves a knob off its default
GUARD = 0.002  # es-en dev may lose at most this much strict F1 against the default
SETS = {"h1": "textberg:211", "h2": "textberg:-211", "whole": "textberg", "esen": "align_dev"}
DEFAULTS = {k: getattr(AlignSettings(), k) for k, _g in KNOBS}
for _k, _g in KNOBS:
    assert DEFAULTS[_k] in _g, _k


def configurations(n_random: int, seed: int) -> list[dict]:
    """The default, every one-knob change, then n_random seeded random ones (overrides only)."""
    out: list[dict] = [{}]
    for k, grid in KNOBS:
        out += [{k: v} for v in grid if v != DEFAULTS[k]]
    seen = {json.dumps(c, sort_keys=True) for c in out}
    rng = np.random.default_rng(seed)
    while len(out) < 1 + sum(len(g) - 1 for _k, g in KNOBS) + n_random:
        c = {}
        for k, grid in KNOBS:
            if rng.random() < MOVE:
                others = [v for v in grid if v != DEFAULTS[k]]
                c[k] = others[int(rng.integers(len(others)))]
        key = json.dumps(c, sort_keys=True)
        if len(c) >= 2 and key not in seen:  # one-knob changes are in already
            seen.add(key)
            out.append(c)
    return out


_ENC = None


def _init() -> None:
    global _ENC
    from translate_tool.embeddings import default_encoder

    _ENC = default_encoder()


def score(overrides: dict) -> dict:
    st = replace(AlignSettings(), **overrides)
    return {name: strict_f1(folder, st, _ENC) for name, folder in SETS.items()}


def steps(c: dict) -> int:
    """Grid steps from the default, summed over the knobs."""
    grids = dict(KNOBS)
    return sum(abs(grids[k].index(v) - grids[k].index(DEFAULTS[k])) for k, v in c.items())


def describe(c: dict) -> str:
    return ", ".join(f"{k}={v:g}" for k, v in sorted(c.items())) or "default"


class Scorer:
    """Scores configurations in `jobs` worker processes, remembering (and appending to
    `results_path`) every configuration's F1 so that nothing is aligned twice."""

    def __init__(self, results_path: Path | None, jobs: int):
        self.done: dict[str, dict] = {}
        if results_path and results_path.exists():
            for line in results_path.read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                self.done[json.dumps(r["config"], sort_keys=True)] = r["f1"]
        self.path, self.jobs, self.pool = results_path, jobs, None

    def __call__(self, configs: list[dict]) -> list[dict]:
        todo, seen = [], set()
        for c in configs:
            key = json.dumps(c, sort_keys=True)
            if key not in self.done and key not in seen:
                seen.add(key)
                todo.append(c)
        if todo:
            if self.pool is None:
                import multiprocessing as mp

                self.pool = mp.get_context("fork").Pool(self.jobs, initializer=_init)
            t0 = time.perf_counter()
            out = self.path.open("a", encoding="utf-8") if self.path else None
            for k, (c, f1) in enumerate(zip(todo, self.pool.imap(score, todo))):
                self.done[json.dumps(c, sort_keys=True)] = f1
                if out:
                    out.write(json.dumps({"config": c, "f1": f1}) + "\n")
                    out.flush()
                if (k + 1) % 25 == 0:
                    print(f"  {k + 1}/{len(todo)} in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
            if out:
                out.close()
        return [{"config": c, "f1": self.done[json.dumps(c, sort_keys=True)]} for c in configs]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


def coordinate(scorer: Scorer, fold: str, guard: float, passes: int = 3) -> tuple[dict, list[str]]:
    """Coordinate ascent on `fold` from the default: knob by knob (KNOBS order), every value of
    its grid with the others fixed; move to the best in-fold F1 among those within the es-en guard
    only if it is strictly better than where we are (ties: stay); repeat until a pass moves
    nothing (at most `passes`). Returns the end point and a log of the moves."""
    cur: dict = {}
    f_cur = scorer([cur])[0]["f1"][fold]
    log = []
    for p in range(passes):
        moved = False
        for k, grid in KNOBS:
            cands = [{**{a: b for a, b in cur.items() if a != k}, **({k: v} if v != DEFAULTS[k] else {})} for v in grid]
            rows = [r for r in scorer(cands) if r["f1"]["esen"] >= guard]
            if not rows:
                continue
            best = max(rows, key=lambda r: r["f1"][fold])  # first best in grid order
            if best["f1"][fold] > f_cur + 1e-12:
                cur, f_cur, moved = best["config"], best["f1"][fold], True
                log.append(f"pass {p + 1}: {k}={best['config'].get(k, DEFAULTS[k]):g} -> {f_cur:.3f}")
        if not moved:
            break
    return cur, log


def choose(rows: list[dict], fold: str, guard: float) -> tuple[dict, list[dict]]:
    """The choice on `fold` among rows within the es-en guard, and every row tied with it."""
    ok = [r for r in rows if r["f1"]["esen"] >= guard]
    best = max(r["f1"][fold] for r in ok)
    tied = [r for r in ok if abs(r["f1"][fold] - best) < 1e-12]
    order = {id(r): k for k, r in enumerate(rows)}
    pick = min(tied, key=lambda r: (len(r["config"]), steps(r["config"]), order[id(r)]))
    return pick, tied


def report(rows: list[dict], top: int) -> str:
    base = rows[0]["f1"]
    guard = base["esen"] - GUARD - 1e-12
    lines = [f"default: first half {base['h1']:.3f}, second half {base['h2']:.3f}, whole document "
             f"{base['whole']:.3f}, es-en dev {base['esen']:.3f}; {len(rows)} configurations, "
             f"{sum(r['f1']['esen'] >= guard for r in rows)} within the es-en guard (>= {base['esen'] - GUARD:.3f})", ""]
    verdict = []
    for fold, held, name in (("h1", "h2", "first -> second"), ("h2", "h1", "second -> first")):
        pick, tied = choose(rows, fold, guard)
        oof = np.array([r["f1"][held] for r in tied])
        lines += [f"### chosen on the {'first' if fold == 'h1' else 'second'} half, scored on the "
                  f"{'second' if fold == 'h1' else 'first'} ({name})", "",
                  f"choice: {describe(pick['config'])}: in fold {pick['f1'][fold]:.3f} (default {base[fold]:.3f}), "
                  f"**out of fold {pick['f1'][held]:.3f}** (default {base[held]:.3f}), es-en dev {pick['f1']['esen']:.3f}, "
                  f"whole document {pick['f1']['whole']:.3f}",
                  f"{len(tied)} configurations tied at the in-fold best: out of fold mean {oof.mean():.3f}, "
                  f"min {oof.min():.3f}, max {oof.max():.3f}; {int((oof > base[held] + 1e-12).sum())} beat the default "
                  f"there, {int((oof < base[held] - 1e-12).sum())} lose", ""]
        ok = sorted((r for r in rows if r["f1"]["esen"] >= guard),
                    key=lambda r: (-r["f1"][fold], -r["f1"][held], len(r["config"])))[:top]
        lines += ["| configuration (changes from the default) | in fold | out of fold | es-en dev | whole document |",
                  "|---|---:|---:|---:|---:|"]
        lines += [f"| {describe(r['config'])} | {r['f1'][fold]:.3f} | {r['f1'][held]:.3f} | {r['f1']['esen']:.3f} | "
                  f"{r['f1']['whole']:.3f} |" for r in ok]
        lines.append("")
        verdict.append((pick, held, pick["f1"][held] - base[held], pick["f1"][fold] - base[fold]))
    gains = [g for _p, _h, g, _i in verdict]
    wins = all(g > 1e-12 for g in gains)
    lines.append(f"out-of-fold gain of the choice over the default: first -> second {gains[0]:+.3f}, second -> first "
                 f"{gains[1]:+.3f}, mean {np.mean(gains):+.3f}")
    if wins:
        cands = [p for p, _h, _g, gi in verdict if gi > 1e-12]
        lines.append("candidates (beat the default on both halves): "
                     + "; ".join(f"{describe(p['config'])} (first {p['f1']['h1']:.3f}, second {p['f1']['h2']:.3f}, "
                                 f"whole {p['f1']['whole']:.3f}, es-en dev {p['f1']['esen']:.3f})" for p in cands))
    else:
        lines.append("verdict: no combination generalises better than the default (the choices do not beat it out of "
                     "fold on both halves)")
    ok = [r for r in rows if r["f1"]["esen"] >= guard]
    h1, h2 = np.array([r["f1"]["h1"] for r in ok]), np.array([r["f1"]["h2"] for r in ok])
    rank = lambda x: np.argsort(np.argsort(x, kind="stable"), kind="stable")  # noqa: E731
    lines.append(f"across the {len(ok)} configurations within the guard, the two halves' F1 correlate "
                 f"{np.corrcoef(h1, h2)[0, 1]:+.2f} (Pearson), {np.corrcoef(rank(h1), rank(h2))[0, 1]:+.2f} (ranks); "
                 f"mean {h1.mean():.3f} / {h2.mean():.3f}")
    # both halves at once (in sample: reported, not a choice)
    both = [r for r in rows if r["f1"]["esen"] >= guard and r["f1"]["h1"] > base["h1"] + 1e-12 and r["f1"]["h2"] > base["h2"] + 1e-12]
    lines += ["", f"configurations above the default on both halves at once (in sample, both halves seen): {len(both)}"]
    for r in sorted(both, key=lambda r: -(r["f1"]["h1"] + r["f1"]["h2"]))[:top]:
        lines.append(f"  {describe(r['config'])}: first {r['f1']['h1']:.3f}, second {r['f1']['h2']:.3f}, "
                     f"whole {r['f1']['whole']:.3f}, es-en dev {r['f1']['esen']:.3f}")
    lines += ["", "### one knob at a time (sensitivity)", "",
              "| knob | default | value: first half / second half / whole document / es-en dev |", "|---|---:|---|"]
    one = {json.dumps(r["config"], sort_keys=True): r["f1"] for r in rows if len(r["config"]) == 1}
    for k, grid in KNOBS:
        cells = []
        for v in grid:
            f = base if v == DEFAULTS[k] else one[json.dumps({k: v})]
            cells.append(f"{v:g}: {f['h1']:.3f} / {f['h2']:.3f} / {f['whole']:.3f} / {f['esen']:.3f}")
        lines.append(f"| {k} | {DEFAULTS[k]:g} | {'; '.join(cells)} |")
    # marginal effect in the random configurations: mean F1 when a knob is moved below / above its default
    rnd = [r for r in rows if len(r["config"]) >= 2]
    lines += ["", f"### random configurations ({len(rnd)}): mean strict F1 minus the default's, by where a knob sits",
              "", "| knob | below default: n, first / second / es-en | at default | above default |", "|---|---|---|---|"]
    for k, grid in KNOBS:
        d = DEFAULTS[k]
        cells = []
        for sel in (lambda v: v < d, lambda v: v == d, lambda v: v > d):
            g = [r["f1"] for r in rnd if sel(r["config"].get(k, d))]
            cells.append(f"{len(g)}: " + " / ".join(f"{np.mean([x[s] for x in g]) - base[s]:+.3f}" for s in ("h1", "h2", "esen"))
                         if g else "-")
        lines.append(f"| {k} | {' | '.join(cells)} |")
    return "\n".join(lines)


def coordinate_report(scorer: Scorer, base: dict) -> str:
    guard = base["esen"] - GUARD - 1e-12
    lines = ["### coordinate search, each way (second procedure)", "",
             "| direction | end point (changes from the default) | moves | in fold | out of fold (default) | es-en dev | whole document |",
             "|---|---|---|---:|---:|---:|---:|"]
    gains = []
    for fold, held, name in (("h1", "h2", "first -> second"), ("h2", "h1", "second -> first")):
        c, log = coordinate(scorer, fold, guard)
        f = scorer([c])[0]["f1"]
        gains.append(f[held] - base[held])
        lines.append(f"| {name} | {describe(c)} | {'; '.join(log) or 'none'} | {f[fold]:.3f} | **{f[held]:.3f}** ({base[held]:.3f}) "
                     f"| {f['esen']:.3f} | {f['whole']:.3f} |")
    lines += ["", f"out-of-fold gain of the coordinate search's end point: first -> second {gains[0]:+.3f}, "
              f"second -> first {gains[1]:+.3f}, mean {np.mean(gains):+.3f}: "
              + ("beats the default out of fold both ways" if all(g > 1e-12 for g in gains)
                 else "does not beat the default out of fold both ways")]
    return "\n".join(lines)


def deletion_table() -> str:
    """The deletion cost each Text+Berg fold gets from del_factor (x its typical best-match cost,
    align's own estimate) and the F1 of fixed deletion costs there (del_factor 0): does a fold
    prefer a factor or an absolute level?"""
    from align_eval import load_set

    from translate_tool.aligner import _typical_cost
    from translate_tool.embeddings import default_encoder

    _init()
    enc = default_encoder()
    lines = ["### deletion cost: factor x typical against a fixed level (Text+Berg folds)", "",
             "| fold | typical best-match cost | " + " | ".join(f"factor {f:g}" for f in FACTORS) + " | "
             + " | ".join(f"fixed {c:g}" for c in FIXED) + " |", "|---|---:|" + "---:|" * (len(FACTORS) + len(FIXED))]
    for name, key in (("first half", "h1"), ("second half", "h2"), ("whole document", "whole")):
        (_i, _k, src, tgt, _g, sl, tl), = load_set(SETS[key])
        typ = _typical_cost(enc.features(src, sl).embeddings(), enc.features(tgt, tl).embeddings(), 64,
                            np.random.default_rng(12345))
        cells = [f"{score({'del_factor': f})[key]:.3f} (cost {f * typ:.2f})" for f in FACTORS]
        cells += [f"{score({'del_factor': 0.0, 'del_cost': c})[key]:.3f}" for c in FIXED]
        lines.append(f"| {name} | {typ:.3f} | {' | '.join(cells)} |")
    return "\n".join(lines)


FACTORS = [2.0, 2.2, 2.4, 2.6]
FIXED = [0.85, 0.9, 0.95, 1.0, 1.05, 1.1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--random", type=int, default=300, help="random configurations (default 300)")
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--top", type=int, default=10, help="rows of each direction's table")
    ap.add_argument("--results", type=Path, help="JSON lines of scored configurations: read, and appended to")
    ap.add_argument("--no-coordinate", action="store_true", help="skip the coordinate search")
    ap.add_argument("--deletion", action="store_true", help="only the deletion-cost table (factor against fixed level)")
    args = ap.parse_args()
    if args.deletion:
        print(deletion_table())
        return
    configs = configurations(args.random, args.seed)
    scorer = Scorer(args.results, args.jobs)
    print(f"{len(configs)} configurations, {sum(json.dumps(c, sort_keys=True) in scorer.done for c in configs)} "
          "already scored", file=sys.stderr, flush=True)
    rows = scorer(configs)
    print("## random search\n\n" + report(rows, args.top), flush=True)
    if not args.no_coordinate:
        print("\n" + coordinate_report(scorer, rows[0]["f1"]), flush=True)
    scorer.close()


if __name__ == "__main__":
    main()
