"""Does a bilingual dictionary (translate_tool.lexicon, FreeDict) tell the aligner's wrong
groupings from the gold ones? Tuning sets only (es-en dev, Text+Berg de-fr dev).

    python benchmarks/align_lexicon.py regions     # gold vs predicted in each error region
    python benchmarks/align_lexicon.py confidence  # the coverage as a confidence feature (AUC)

`regions`: every stretch where the default alignment and the gold ladder disagree
(align_errors.regions), scored by the dictionary both ways: the sum over the region's sentences of
the share of their known words without a match in their bead's other side (a deleted sentence: all
of them; the aligner's `lex_mode="sent"` cost is lex_weight / 2 x this), and the sum over its beads
of 1 - coverage (`lex_mode="bead"`). Counts how often the gold reading is the cheaper one.

`confidence`: per two-sided bead of the default alignment, `lex_cov` (the bead's coverage, matched
/ known words of both sides, 0.5 without known words), `lex_gain` (the best coverage without one
edge sentence minus the bead's), `lex_grow` (the best coverage with the sentence before or after
it, on either side, minus the bead's) and `lex_cross` (the best coverage of one side of the bead
with the other side of a neighbouring pair, minus the bead's); AUC of each alone, and the
held-out Text+Berg halves of benchmarks/align_confidence.py (fitted on es-en dev + the other
half) with the kept model and with each feature added.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from align_errors import regions  # noqa: E402
from align_eval import load_set  # noqa: E402

from translate_tool.aligner import align  # noqa: E402
from translate_tool.lexicon import load_lexicon  # noqa: E402

DEV = (("es-en dev", "align_dev"), ("Text+Berg de-fr dev", "textberg"))
LEX_FEATURES = ("lex_cov", "lex_gain", "lex_grow", "lex_cross")


def _cov(doc, s: tuple, t: tuple) -> float:
    ms, ks, mt, kt = doc.coverage(s[0], len(s), t[0], len(t))
    return (ms + mt + 0.5) / (ks + kt + 1.0)


def _unmatched(doc, beads, chance: float = 0.0) -> dict:
    """(side, sentence) -> share of its known words without a match in its bead (1 if alone),
    plus `chance` per extra sentence on the other side (capped at 1: the aligner's lex_chance)."""
    out = {}
    for s, t in beads:
        if s and t:
            tv = set().union(*(doc.tgt_sets[j] for j in t))
            sw = set().union(*(set(doc.src[i]) for i in s))
        for i in s:
            k = len(doc.src[i])
            if k:
                out["s", i] = min(1.0, 1.0 - (sum(1 for w in doc.src[i] if doc.match[w] & tv) / k if t else 0.0)
                                  + chance * max(len(t) - 1, 0))
        for j in t:
            k = len(doc.tgt[j])
            if k:
                out["t", j] = min(1.0, 1.0 - (sum(1 for v in doc.tgt[j] if doc.back[v] & sw) / k if s else 0.0)
                                  + chance * max(len(s) - 1, 0))
    return out


def cmd_regions(encoder) -> None:  # noqa: C901
    print("| set | error regions | per sentence: gold cheaper | predicted cheaper | tie "
          "| per sentence less chance matches: gold cheaper | predicted cheaper | tie "
          "| per bead: gold cheaper | predicted cheaper | tie |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    notes = []
    for name, folder in DEV:
        counts = np.zeros(9, dtype=int)
        n = 0
        stats = {"gold": [], "shifted": [], "chance": [], "known": []}
        for _id, _k, src, tgt, gold, sl, tl in load_set(folder):
            doc = load_lexicon(sl, tl).document(src, tgt)
            chance = doc.chance()
            stats["chance"].append(chance)
            stats["known"].extend(list(doc.known_src) + list(doc.known_tgt))
            two = [(s, t) for s, t in gold if s and t]
            stats["gold"].extend(_cov(doc, s, t) for s, t in two)
            stats["shifted"].extend(_cov(doc, s, t2) for (s, _t), (_s2, t2) in zip(two, two[2:]))
            res = align(src, tgt, src_lang=sl, tgt_lang=tl, encoder=encoder)
            test = [(b.src, b.tgt) for b in res.beads]
            gold = [(tuple(s), tuple(t)) for s, t in gold]
            for gb, tk in regions(gold, test):
                tb = [test[k] for k in tk]
                n += 1
                for col, r in ((0, 0.0), (3, chance)):
                    ug, ut = _unmatched(doc, gb, r), _unmatched(doc, tb, r)
                    keys = set(ug) | set(ut)
                    a, b = sum(ug.get(k, 1.0) for k in keys), sum(ut.get(k, 1.0) for k in keys)
                    counts[col + (0 if a < b - 1e-9 else 1 if b < a - 1e-9 else 2)] += 1
                ca = sum(1 - _cov(doc, s, t) for s, t in gb if s and t)
                cb = sum(1 - _cov(doc, s, t) for s, t in tb if s and t)
                counts[6 if ca < cb - 1e-9 else 7 if cb < ca - 1e-9 else 8] += 1
        print(f"| {name} | {n} | " + " | ".join(str(c) for c in counts) + " |")
        notes.append(f"{name}: known words per sentence {np.mean(stats['known']):.1f}; coverage of gold pairs "
                     f"{np.mean(stats['gold']):.3f}, of a gold pair's source with the target two pairs later "
                     f"{np.mean(stats['shifted']):.3f}; chance rate (DocLexicon.chance) {np.mean(stats['chance']):.3f}")
    print("\n" + "\n".join(notes))


def lex_features(doc, beads) -> dict:
    nb = len(beads)
    F = {f: np.zeros(nb) for f in LEX_FEATURES}
    two = [bool(s and t) for s, t in beads]
    ns, nt = len(doc.src), len(doc.tgt)
    for k, (s, t) in enumerate(beads):
        if not two[k]:
            continue
        c = _cov(doc, s, t)
        F["lex_cov"][k] = c
        drops = ([(s[1:], t), (s[:-1], t)] if len(s) > 1 else []) + ([(s, t[1:]), (s, t[:-1])] if len(t) > 1 else [])
        F["lex_gain"][k] = max([_cov(doc, a, b) - c for a, b in drops], default=0.0)
        grows = [(x, t) for x in ((s[0] - 1, *s), (*s, s[-1] + 1)) if 0 <= x[0] and x[-1] < ns] + \
                [(s, y) for y in ((t[0] - 1, *t), (*t, t[-1] + 1)) if 0 <= y[0] and y[-1] < nt]
        F["lex_grow"][k] = max(_cov(doc, a, b) for a, b in grows) - c if grows else 0.0
        cross = [_cov(doc, s, beads[q][1]) for q in (k - 1, k + 1) if 0 <= q < nb and two[q]] + \
                [_cov(doc, beads[q][0], t) for q in (k - 1, k + 1) if 0 <= q < nb and two[q]]
        F["lex_cross"][k] = max(cross) - c if cross else 0.0
    return F


def cmd_confidence(encoder) -> None:
    import align_confidence as ac

    from translate_tool import align_trust

    align_trust.EXTRA_FEATURES = align_trust.CANDIDATES
    data = {}
    for _name, folder in DEV:
        D = ac.collect(folder, encoder)
        extra = {f: [] for f in LEX_FEATURES}
        for _id, _k, src, tgt, _gold, sl, tl in load_set(folder):
            res = align(src, tgt, src_lang=sl, tgt_lang=tl, encoder=encoder)
            F = lex_features(load_lexicon(sl, tl).document(src, tgt), [(b.src, b.tgt) for b in res.beads])
            for f in LEX_FEATURES:
                extra[f].extend(F[f])
        D.update({f: np.array(v) for f, v in extra.items()})
        data[folder] = D
    # the model reader accepts the measured candidates only: these are candidates here
    align_trust.CANDIDATES = align_trust.CANDIDATES + LEX_FEATURES
    print("| feature alone (two-sided beads) | es-en dev AUC | Text+Berg de-fr dev AUC |")
    print("|---|---:|---:|")
    for f in ("cos", "gap") + LEX_FEATURES:
        cells = []
        for _n, folder in DEV:
            D = data[folder]
            two = D["two"]
            a = ac.auc(D[f][two], D["right"][two])
            cells.append(f"{a:.3f}")
        print(f"| {f} | " + " | ".join(cells) + " |")
    print()
    print("| two-sided model | held-out halves: AUC two-sided | AUC all beads | flagged / wrong caught "
          "| es-en dev (in-sample): AUC two-sided |")
    print("|---|---:|---:|---:|---:|")
    models = [("kept (trust/1)", ac.TWO_SIDED)] + [(f"kept + {f}", (*ac.TWO_SIDED, f)) for f in LEX_FEATURES] + \
        [("kept + lex_cov + lex_cross", (*ac.TWO_SIDED, "lex_cov", "lex_cross"))]
    for label, feats in models:
        h = ac.held_out_halves(data, feats, ac.ONE_SIDED)
        model = ac.fit_model([data["align_dev"], data["textberg"]], feats, ac.ONE_SIDED)
        model["uncertain"] = ac.choose_threshold([data["align_dev"], data["textberg"]], model)
        dev = ac.figures(ac.rescore(data["align_dev"], model))
        print(f"| {label} | {h[0]['auc2']:.3f} / {h[1]['auc2']:.3f} | {h[0]['auc_all']:.3f} / {h[1]['auc_all']:.3f} "
              f"| {h[0]['either'] + h[1]['either']} / {h[0]['either_caught'] + h[1]['either_caught']} | {dev['auc2']:.3f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("regions", "confidence"))
    args = ap.parse_args()
    from translate_tool.embeddings import default_encoder

    encoder = default_encoder()
    {"regions": cmd_regions, "confidence": cmd_confidence}[args.what](encoder)


if __name__ == "__main__":
    main()
