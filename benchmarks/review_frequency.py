"""Do word-frequency features (QuEst's baseline QE features) help the review priority find bad translations?

    PYTHONPATH=/tmp/wfpkg python benchmarks/review_frequency.py   # about 2 minutes
    # wordfreq (PyPI) only for measuring, outside the project's venv:
    #   .venv/bin/pip install --target /tmp/wfpkg wordfreq

Measured 2026-12-02, not kept (docs/review-signals.md, "Tried and not kept").
Data and truth as in benchmarks/review_signals.py: Apertium es->en output of newstest2013 (tuning)
and NTREX-128 (held out), truth = sentence chrF against the human reference. Each variant is the
shipped feature set (pairscore.FEATURES) plus some frequency features, refitted on newstest2013
exactly as `review_signals.py --fit` does (least squares to the chrF rank, priority = 1 - the
percentile of the prediction among the fitting set's, a broken pair raised to 0.99, a pair with no
words 0). Frequencies: Zipf values (log10 per billion words) of the top N words of wordfreq's
"large" es / en lists, a word outside the top N counting as Zipf 0 -- exactly what a shipped list of
N words would give. N = 50,000 (~0.5 MB gzipped: small enough to ship) or 1,000,000 (the whole
lists, ~330,000 words each); words capitalised inside a sentence counted or left out (names).
Words: letters with inner apostrophes, lower-cased.

Printed per variant: 5 x 5-fold cross-validation on newstest2013 (mean over the 25 folds of the
held-out fold's Spearman and worst-20 % recall; the only figures a variant is chosen by), in-sample
newstest2013, held-out NTREX-128, and for both sets the share of short pairs (<= 6 source words)
sent to review (quality.needs_review_signals: a review check or priority >= 0.8). The chosen variant
is the one with the best cross-validated Spearman among those that beat the current model's
cross-validated Spearman *and* worst-20 % recall; it would ship only if NTREX-128 improves on both.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import review_signals as rs  # noqa: E402

FREQ_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", re.UNICODE)
RARE = 3.0  # Zipf < 3: rarer than once per million words (the rarest band)


def load_lists(top_n: int) -> dict[str, dict[str, float]]:
    import wordfreq

    out = {}
    for lang in ("es", "en"):
        words = wordfreq.top_n_list(lang, top_n, wordlist="large")
        out[lang] = {w: wordfreq.zipf_frequency(w, lang, wordlist="large") for w in words}
    return out


FREQ_FEATURES = ("src_rare", "tgt_rare", "tgt_absent", "tgt_foreign", "src_mean_zipf", "tgt_mean_zipf")


def freq_features(src: str, tgt: str, lists: dict, skip_names: bool = False) -> list[float]:
    """In the order of FREQ_FEATURES. skip_names: leave out words capitalised inside the sentence."""
    es, en = lists["es"], lists["en"]

    def words(text):
        ws = FREQ_WORD.findall(text.replace("\u2019", "'"))
        if skip_names:
            ws = [w for i, w in enumerate(ws) if i == 0 or not w[:1].isupper()]
        return [w.lower() for w in ws]

    sw, tw = words(src), words(tgt)
    sz = [es.get(w, 0.0) for w in sw]
    tz = [en.get(w, 0.0) for w in tw]
    ns, nt = max(1, len(sw)), max(1, len(tw))
    return [
        sum(1 for z in sz if z < RARE) / ns,
        sum(1 for z in tz if z < RARE) / nt,
        sum(1 for z in tz if z == 0.0) / nt,
        sum(1 for w, z in zip(tw, tz) if es.get(w, 0.0) > z + 1.0) / nt,  # a Spanish word left in the output
        sum(sz) / ns,
        sum(tz) / nt,
    ]


VARIANTS = {
    "current": (),
    "+ source rare": ("src_rare",),
    "+ target rare, absent": ("tgt_rare", "tgt_absent"),
    "+ target foreign": ("tgt_foreign",),
    "+ mean Zipf both sides": ("src_mean_zipf", "tgt_mean_zipf"),
    "+ all six": FREQ_FEATURES,
}


def priority(w, q, x, broken, empty) -> np.ndarray:
    pr = 1.0 - np.interp(np.c_[x, np.ones(len(x))] @ w, q, np.linspace(0, 1, 101))
    pr = np.where(broken, np.maximum(pr, 0.99), pr)
    return np.where(empty, 0.0, pr)


def fit(x, chrf):
    a = np.c_[x, np.ones(len(x))]
    w, *_ = np.linalg.lstsq(a, rs.ranks(chrf) / (len(chrf) - 1), rcond=None)
    return w, np.percentile(a @ w, np.arange(101))


def figures(pr, chrf, short, flags) -> tuple[float, float, float]:
    from translate_tool.quality import needs_review_signals

    sent = np.array([needs_review_signals(p, f) for p, f in zip(pr, flags)])
    return rs.spearman(-pr, chrf), rs.worst_recall(pr, chrf), float(sent[short].mean())


def shipped_list_cost(lists: dict) -> tuple[int, float]:
    """Bytes of the lists as a gzipped TSV (what would ship) and seconds to read it back."""
    import gzip
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "word_frequencies.tsv.gz"
        with gzip.open(path, "wt", encoding="utf-8") as f:
            for lang, zipf in lists.items():
                f.writelines(f"{lang}\t{w}\t{z:.2f}\n" for w, z in zipf.items())
        t = time.perf_counter()
        back: dict[str, dict[str, float]] = {}
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                lang, w, z = line.rstrip("\n").split("\t")
                back.setdefault(lang, {})[w] = float(z)
        return path.stat().st_size, time.perf_counter() - t


CONFIGS = ((50_000, False), (50_000, True), (1_000_000, False), (1_000_000, True))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.parse_args()

    from translate_tool.embeddings import default_encoder
    from translate_tool.pairscore import _words, pair_features, priority_of, text_checks

    encoder = default_encoder()
    sets = {}
    for name in (rs.TUNE, rs.HELD_OUT):
        d = rs.measure_set(name, encoder)
        sets[name] = {
            "src": d["src"], "hyp": d["hyp"], "chrf": d["chrf"],
            "base": np.array([pair_features(s, h, r.cosine, r.checks) for s, h, r in zip(d["src"], d["hyp"], d["reviews"])]),
            "short": np.array([len(s.split()) <= 6 for s in d["src"]]),
            "flags": [r.flags for r in d["reviews"]],
            "broken": np.array([any(c.check in ("untranslated", "repeated-output", "low-similarity") and not c.words
                                    for c in r.checks) for r in d["reviews"]]),
            "empty": np.array([not _words(s) and not _words(h) for s, h in zip(d["src"], d["hyp"])]),
            "shipped": np.array([r.priority for r in d["reviews"]]),
        }
    tune, held = sets[rs.TUNE], sets[rs.HELD_OUT]
    n = len(tune["chrf"])
    t = time.perf_counter()
    for s, h in zip(tune["src"], tune["hyp"]):
        priority_of(pair_features(s, h, 0.8, text_checks(s, h)))
    print(f"for comparison, the current checks + features + priority: "
          f"{(time.perf_counter() - t) / n * 1e6:.0f} ms per 1,000 pairs ({rs.TUNE})")
    print(f"check, the shipped priority: {rs.TUNE} Spearman {rs.spearman(-tune['shipped'], tune['chrf']):.3f}, worst-20 % "
          f"recall {rs.worst_recall(tune['shipped'], tune['chrf']):.1%}; {rs.HELD_OUT} "
          f"{rs.spearman(-held['shipped'], held['chrf']):.3f}, {rs.worst_recall(held['shipped'], held['chrf']):.1%}")

    rows = {}
    for top, skip_names in CONFIGS:
        t = time.perf_counter()
        lists = load_lists(top)
        t_load = time.perf_counter() - t
        pairs = [(s, h) for d in sets.values() for s, h in zip(d["src"], d["hyp"])]
        timings = []
        for _ in range(3):
            t = time.perf_counter()
            for s, h in pairs:
                freq_features(s, h, lists, skip_names)
            timings.append((time.perf_counter() - t) / len(pairs) * 1000 * 1000)  # ms per 1,000 pairs
        for d in sets.values():
            d["freq"] = np.array([freq_features(s, h, lists, skip_names) for s, h in zip(d["src"], d["hyp"])])
        size, t_read = shipped_list_cost(lists)
        config = f"top {top:,}{', names left out' if skip_names else ''}"
        print(f"\n{config}: wordfreq lists loaded in {t_load:.1f} s; as a gzipped TSV {size / 1e6:.2f} MB, read in "
              f"{t_read:.2f} s; the six features take {min(timings):.0f} ms per 1,000 pairs (best of 3 over both sets)")
        for name, d in sets.items():
            print(f"  {name}: Spearman with chrF: " + ", ".join(
                f"{f} {rs.spearman(d['freq'][:, i], d['chrf']):+.3f}" for i, f in enumerate(FREQ_FEATURES)))

        def x_of(d, cols):
            idx = [FREQ_FEATURES.index(c) for c in cols]
            return np.c_[d["base"], d["freq"][:, idx]] if idx else d["base"]

        for label, cols in VARIANTS.items():
            if not cols and rows:
                continue  # the current model is the same row in every configuration
            xt, xh = x_of(tune, cols), x_of(held, cols)
            cv = []
            for seed in range(5):
                order = np.random.default_rng(seed).permutation(n)
                for k in range(5):
                    test = order[k::5]
                    train = np.setdiff1d(order, test)
                    w, q = fit(xt[train], tune["chrf"][train])
                    pr = priority(w, q, xt[test], tune["broken"][test], tune["empty"][test])
                    cv.append((rs.spearman(-pr, tune["chrf"][test]), rs.worst_recall(pr, tune["chrf"][test])))
            w, q = fit(xt, tune["chrf"])
            ins = figures(priority(w, q, xt, tune["broken"], tune["empty"]), tune["chrf"], tune["short"], tune["flags"])
            out = figures(priority(w, q, xh, held["broken"], held["empty"]), held["chrf"], held["short"], held["flags"])
            rows["current" if not cols else f"{label} ({config})"] = (np.mean(cv, axis=0), ins, out, top)

    print()
    print(f"| variant | {rs.TUNE} 5x5-fold CV: Spearman | CV: worst 20 % | {rs.TUNE} in-sample: Spearman | worst 20 % "
          f"| short pairs sent to review | {rs.HELD_OUT} held out: Spearman | worst 20 % | short pairs sent to review |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, (cv, ins, out, _top) in rows.items():
        print(f"| {label} | {cv[0]:.3f} | {cv[1]:.1%} | {ins[0]:.3f} | {ins[1]:.1%} | {ins[2]:.2f} "
              f"| {out[0]:.3f} | {out[1]:.1%} | {out[2]:.2f} |")
    cur_cv, cur_out = rows["current"][0], rows["current"][2]
    for scope, max_top in (("any list", None), ("a list small enough to ship (top 50,000)", 50_000)):
        better = {k: v[0] for k, v in rows.items() if k != "current" and v[0][0] > cur_cv[0] and v[0][1] > cur_cv[1]
                  and (max_top is None or v[3] <= max_top)}
        if not better:
            print(f"\nchosen by cross-validation on {rs.TUNE}, {scope}: none beats the current model on both measures")
            continue
        chosen = max(better, key=lambda k: better[k][0])
        out = rows[chosen][2]
        print(f"\nchosen by cross-validation on {rs.TUNE}, {scope}: {chosen}; held-out {rs.HELD_OUT}: Spearman "
              f"{cur_out[0]:.3f} -> {out[0]:.3f}, worst-20 % recall {cur_out[1]:.1%} -> {out[1]:.1%}: "
              + ("ships (better on both)" if out[0] > cur_out[0] and out[1] > cur_out[1] else "not kept"))


if __name__ == "__main__":
    main()
