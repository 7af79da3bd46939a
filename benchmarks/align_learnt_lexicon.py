"""Does a word-association lexicon *learnt from the document's own confident beads* (hunalign's
second pass) tell the aligner's wrong groupings from the gold ones? Tuning sets only (es-en dev,
Text+Berg de-fr dev and its halves); never the Text+Berg test sets nor benchmarks/align_test.

    python benchmarks/align_learnt_lexicon.py regions    # gold vs predicted in each error region
    python benchmarks/align_learnt_lexicon.py kinds      # ... by kind of region, for one learner

Learning: the document is aligned once with the default settings; its two-sided beads scoring
>= MIN_SCORE are the training pairs. Words are lowercased and accent-folded (lexicon.fold), of 3+
letters or digits, not stop words, not in more than 10 % of a side's sentences (lexicon's rules),
and cut to their first `prefix` characters (5: "gipfels" / "gipfel" -> "gipfe"; 0: whole words).
Per training bead, the sets of source and target keys; c(s), c(t), c(s, t) count the beads that
hold them. *Dice*: a pair is kept when c(s, t) >= MIN_CO and 2 c(s, t) / (c(s) + c(t)) >= the
threshold. *Model 1*: IBM Model 1 (5 EM iterations, with a NULL word) both ways over the training
beads; a pair is kept when c(s, t) >= MIN_CO and both t(t | s) and t(s | t) are >= the threshold.
On top, as in hunalign and lexicon.DocLexicon, identical numbers, capitalised words and words of
5+ letters match themselves (`ident`; the "noident" variants leave that out).

The learnt pairs become a DocLexicon of the document (`LearntDocLexicon`, the same interface as the
FreeDict one: per sentence its *known* words, those with a match somewhere on the other side), and
`regions` scores every stretch where the default alignment and the gold ladder disagree
(align_errors.regions) both ways, exactly as `align_lexicon.py regions` does for FreeDict: per
sentence, the share of its known words without a match in its bead's other side (a deleted
sentence: all of them), plain and less the document's chance match rate per extra sentence; per
bead, 1 - coverage. Counts how often the gold reading is the cheaper one. *Region's own beads
left out*: each region scored with a lexicon learnt without the training beads that share a
sentence with it (a confidently wrong bead cannot vouch for itself).

`kinds` (one learner, `--learner`): every error region of es-en dev and Text+Berg dev with its
votes under the three measures, summed by kind of region (align_errors.kind), and the same votes
where the default is right: two consecutive gold two-sided beads that it found against the one
bead that merges them, and a found gold bead of 3+ sentences against each of its cuts into two
beads (the cut counts as preferred if any cut is strictly cheaper). A measure that merely prefers
merging (or not merging) shows it there.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from align_errors import regions  # noqa: E402
from align_eval import load_set  # noqa: E402
from align_lexicon import _cov, _unmatched  # noqa: E402

from translate_tool.aligner import align  # noqa: E402
from translate_tool.lexicon import PREFIX, DocLexicon, _frequent, _types  # noqa: E402

SETS = (("es-en dev", "align_dev"), ("Text+Berg de-fr dev", "textberg"),
        ("Text+Berg first half", "textberg:211"), ("Text+Berg second half", "textberg:-211"))
MIN_SCORE = 0.9
MIN_CO = 2


def _key(w: str, prefix: int) -> str:
    return w[:prefix] if prefix else w


def _bead_keys(types, drop, prefix):
    return [{_key(w, prefix) for w in d if w not in drop} for d in types]


def learn_pairs(src, tgt, beads, *, method="dice", threshold=0.5, prefix=5, min_co=MIN_CO):
    """source key -> set of target keys, learnt from `beads` ((src ids, tgt ids) pairs)."""
    ts, tt = _types(src), _types(tgt)
    drop = _frequent(ts) | _frequent(tt)
    ks, kt = _bead_keys(ts, drop, prefix), _bead_keys(tt, drop, prefix)
    rows = []
    for s, t in beads:
        a = set().union(*(ks[i] for i in s))
        b = set().union(*(kt[j] for j in t))
        if a and b:
            rows.append((a, b))
    cs, ct, cst = Counter(), Counter(), Counter()
    for a, b in rows:
        cs.update(a)
        ct.update(b)
        cst.update((x, y) for x in a for y in b)
    pairs: dict[str, set[str]] = defaultdict(set)
    if method == "dice":
        for (x, y), c in cst.items():
            if c >= min_co and 2 * c / (cs[x] + ct[y]) >= threshold:
                pairs[x].add(y)
    else:
        fwd = _model1(rows, 0)
        bwd = _model1(rows, 1)
        for (x, y), c in cst.items():
            if c >= min_co and fwd.get((x, y), 0) >= threshold and bwd.get((y, x), 0) >= threshold:
                pairs[x].add(y)
    return dict(pairs)


def _model1(rows, direction: int, iters: int = 5) -> dict:
    """IBM Model 1 t(e | f) over bead rows (f = side `direction`), with a NULL source word."""
    data = [(list(r[direction]) + [None], list(r[1 - direction])) for r in rows]
    t: dict = defaultdict(lambda: 1.0)
    for _ in range(iters):
        count: dict = defaultdict(float)
        total: dict = defaultdict(float)
        for fs, es in data:
            for e in es:
                z = sum(t[f, e] for f in fs)
                for f in fs:
                    c = t[f, e] / z
                    count[f, e] += c
                    total[f] += c
        t = defaultdict(float, {(f, e): c / total[f] for (f, e), c in count.items()})
    return {(f, e): p for (f, e), p in t.items() if f is not None}


class LearntDocLexicon(DocLexicon):
    """DocLexicon (same interface) whose word pairs are `pairs` (source key -> target keys), a
    word's key being its first `prefix` characters (0: the word)."""

    def __init__(self, src, tgt, pairs: dict, prefix: int = 5, ident: bool = True):  # noqa: C901
        ts, tt = _types(src), _types(tgt)
        drop = _frequent(ts) | _frequent(tt)
        vt: dict[str, int] = {}
        for d in tt:
            for w in d:
                if w not in drop:
                    vt.setdefault(w, len(vt))
        caps_t = {w for d in tt for w, c in d.items() if c}
        by_key: dict[str, set[int]] = defaultdict(set)
        for w, v in vt.items():
            by_key[_key(w, prefix)].add(v)
        match: dict[str, frozenset[int]] = {}
        for d in ts:
            for w, cap in d.items():
                if w in match or w in drop:
                    continue
                hit: set[int] = set()
                for y in pairs.get(_key(w, prefix), ()):
                    hit |= by_key.get(y, set())
                if ident and w in vt and (w.isdigit() or cap or w in caps_t or len(w) >= PREFIX):
                    hit.add(vt[w])
                match[w] = frozenset(hit)
        self.match = {w: h for w, h in match.items() if h}
        hit_t = set().union(*self.match.values()) if self.match else set()
        self.src = [sorted(w for w in d if w in self.match) for d in ts]
        self.tgt = [sorted(vt[w] for w in d if w in vt and vt[w] in hit_t) for d in tt]
        self.tgt_sets = [set(x) for x in self.tgt]
        self.back: dict[int, set[str]] = defaultdict(set)
        for w, h in self.match.items():
            for v in h:
                self.back[v].add(w)
        self.known_src = np.array([len(x) for x in self.src], dtype=np.float64)
        self.known_tgt = np.array([len(x) for x in self.tgt], dtype=np.float64)


# name -> (method, threshold, prefix, ident[, "loo": each region scored by a lexicon learnt
# without the training beads that share a sentence with it])
LEARNERS = {
    "dice 0.5, prefix 5": ("dice", 0.5, 5, True),
    "dice 0.3, prefix 5": ("dice", 0.3, 5, True),
    "dice 0.7, prefix 5": ("dice", 0.7, 5, True),
    "dice 0.5, whole words": ("dice", 0.5, 0, True),
    "dice 0.5, prefix 5, no identical words": ("dice", 0.5, 5, False),
    "model 1 (0.3 both ways), prefix 5": ("model1", 0.3, 5, True),
    "identical words only (no learning)": ("dice", 2.0, 5, True),
    "dice 0.5, prefix 5, region's own beads left out": ("dice", 0.5, 5, True, "loo"),
    "dice 0.3, prefix 5, region's own beads left out": ("dice", 0.3, 5, True, "loo"),
    "model 1 (0.3 both ways), prefix 5, region's own beads left out": ("model1", 0.3, 5, True, "loo"),
}


def cmd_regions(encoder) -> None:
    print("| set | learner | error regions | pairs learnt | known words per sentence | gold pair coverage "
          "| shifted pair coverage | per sentence: gold cheaper | predicted cheaper | tie "
          "| per sentence less chance: gold cheaper | predicted cheaper | tie "
          "| per bead: gold cheaper | predicted cheaper | tie |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    notes = []
    for name, folder in SETS:
        docs = []
        for _id, _k, src, tgt, gold, sl, tl in load_set(folder):
            res = align(src, tgt, src_lang=sl, tgt_lang=tl, encoder=encoder)
            test = [(b.src, b.tgt) for b in res.beads]
            train = [(b.src, b.tgt) for b in res.beads if b.src and b.tgt and b.score >= MIN_SCORE]
            docs.append((src, tgt, [(tuple(s), tuple(t)) for s, t in gold], test, train))
        n_two = sum(1 for s, t in (d for x in docs for d in x[3]) if s and t)
        note = f"{name}: {sum(len(x[4]) for x in docs)} training beads of {n_two} two-sided beads"
        if len(docs) == 1:  # one document: a few of its pairs (Dice 0.5), alphabetically
            src, tgt, _g, _t, train = docs[0]
            pairs = learn_pairs(src, tgt, train)
            shown = sorted(pairs.items())[:: max(1, len(pairs) // 20)]
            note += "; pairs (Dice 0.5) " + ", ".join(f"{x} -> {' / '.join(sorted(y))}" for x, y in shown)
        notes.append(note)
        for label, (method, thr, prefix, ident, *loo) in LEARNERS.items():
            counts = np.zeros(9, dtype=int)
            n = npairs = 0
            known, gcov, scov = [], [], []
            for src, tgt, gold, test, train in docs:
                pairs = learn_pairs(src, tgt, train, method=method, threshold=thr, prefix=prefix)
                npairs += sum(len(v) for v in pairs.values())
                doc = LearntDocLexicon(src, tgt, pairs, prefix, ident)
                chance = doc.chance()
                known.extend(list(doc.known_src) + list(doc.known_tgt))
                two = [(s, t) for s, t in gold if s and t]
                gcov.extend(_cov(doc, s, t) for s, t in two)
                scov.extend(_cov(doc, s, t2) for (s, _t), (_s2, t2) in zip(two, two[2:]))
                for gb, tk in regions(gold, test):
                    tb = [test[k] for k in tk]
                    n += 1
                    if loo:  # learnt without the training beads that touch the region
                        ss = {i for s, _t in gb + tb for i in s}
                        tt_ = {j for _s, t in gb + tb for j in t}
                        rest = [(s, t) for s, t in train if not (ss & set(s) or tt_ & set(t))]
                        doc = LearntDocLexicon(src, tgt, learn_pairs(src, tgt, rest, method=method, threshold=thr,
                                                                     prefix=prefix), prefix, ident)
                        chance = doc.chance()
                    for col, r in ((0, 0.0), (3, chance)):
                        ug, ut = _unmatched(doc, gb, r), _unmatched(doc, tb, r)
                        keys = set(ug) | set(ut)
                        a, b = sum(ug.get(k, 1.0) for k in keys), sum(ut.get(k, 1.0) for k in keys)
                        counts[col + (0 if a < b - 1e-9 else 1 if b < a - 1e-9 else 2)] += 1
                    ca = sum(1 - _cov(doc, s, t) for s, t in gb if s and t)
                    cb = sum(1 - _cov(doc, s, t) for s, t in tb if s and t)
                    counts[6 if ca < cb - 1e-9 else 7 if cb < ca - 1e-9 else 8] += 1
            print(f"| {name} | {label} | {n} | {npairs} | {np.mean(known):.1f} | {np.mean(gcov):.3f} | "
                  f"{np.mean(scov):.3f} | " + " | ".join(str(c) for c in counts) + " |", flush=True)
    print("\n" + "\n".join(notes))


def _votes(doc, chance, gb, tb) -> list[str]:
    """gold / pred / tie under the three measures of `regions`."""
    out = []
    for r in (0.0, chance):
        ug, ut = _unmatched(doc, gb, r), _unmatched(doc, tb, r)
        keys = set(ug) | set(ut)
        a, b = sum(ug.get(k, 1.0) for k in keys), sum(ut.get(k, 1.0) for k in keys)
        out.append("gold" if a < b - 1e-9 else "pred" if b < a - 1e-9 else "tie")
    ca = sum(1 - _cov(doc, s, t) for s, t in gb if s and t)
    cb = sum(1 - _cov(doc, s, t) for s, t in tb if s and t)
    out.append("gold" if ca < cb - 1e-9 else "pred" if cb < ca - 1e-9 else "tie")
    return out


def cmd_kinds(encoder, learner: str) -> None:
    """Every error region of Text+Berg dev (whole document) and es-en dev with the learner's vote
    under each measure, then the votes summed by kind of region (align_errors.kind)."""
    from align_errors import kind, shape

    method, thr, prefix, ident = LEARNERS[learner][:4]
    tally: dict = defaultdict(lambda: Counter())
    for name, folder in SETS[:2]:
        for doc_id, _k, src, tgt, gold, sl, tl in load_set(folder):
            res = align(src, tgt, src_lang=sl, tgt_lang=tl, encoder=encoder)
            test = [(b.src, b.tgt) for b in res.beads]
            train = [(b.src, b.tgt) for b in res.beads if b.src and b.tgt and b.score >= MIN_SCORE]
            gold = [(tuple(s), tuple(t)) for s, t in gold]
            doc = LearntDocLexicon(src, tgt, learn_pairs(src, tgt, train, method=method, threshold=thr,
                                                         prefix=prefix), prefix, ident)
            chance = doc.chance()
            for gb, tk in regions(gold, test):
                tb = [test[k] for k in tk]
                gs, ts = [shape(b) for b in gb], [shape(b) for b in tb]
                k = kind(gs, ts)
                v = _votes(doc, chance, gb, tb)
                for m, x in zip(("sentence", "less chance", "bead"), v):
                    tally[name, k][m, x] += 1
                print(f"{name} {doc_id} {' '.join(gs)} -> {' '.join(ts)} [{k}]: per sentence {v[0]}, "
                      f"less chance {v[1]}, per bead {v[2]}")
            # the same votes where the default is right: two consecutive gold two-sided beads that it
            # found, against the one bead that merges them (a false merge), and a gold bead of 3+
            # sentences that it found, against its best cut into two two-sided beads (a false cut)
            found = set(test)
            two = [b for b in gold if b[0] and b[1]]
            for g1, g2 in zip(two, two[1:]):
                if g1 in found and g2 in found and g1[0][-1] + 1 == g2[0][0] and g1[1][-1] + 1 == g2[1][0]:
                    v = _votes(doc, chance, [g1, g2], [(g1[0] + g2[0], g1[1] + g2[1])])
                    for m, x in zip(("sentence", "less chance", "bead"), v):
                        tally[name, "right: two found beads vs their merge"][m, x] += 1
            for g in two:
                if g in found and len(g[0]) + len(g[1]) >= 3:
                    cuts = [[(g[0][:a], g[1][:b]), (g[0][a:], g[1][b:])]
                            for a in range(1, len(g[0]) + 1) for b in range(1, len(g[1]) + 1)
                            if (a < len(g[0]) or b < len(g[1])) and g[0][a:] and g[1][b:]]
                    cuts += [[(g[0][:a], g[1]), (g[0][a:], ())] for a in range(1, len(g[0]))]
                    cuts += [[(g[0], g[1][:b]), ((), g[1][b:])] for b in range(1, len(g[1]))]
                    vs = [_votes(doc, chance, [g], c) for c in cuts]
                    for m, col in zip(("sentence", "less chance", "bead"), zip(*vs)):
                        x = "pred" if "pred" in col else "tie" if "tie" in col else "gold"
                        tally[name, "right: a found bead of 3+ sentences vs its cuts"][m, x] += 1
    print()
    print("(on the \"right:\" rows, *predicted* = the measure prefers the wrong reading: the merge, or a cut)")
    print()
    print("| set | kind of region | regions | per sentence: gold / predicted / tie | less chance | per bead |")
    print("|---|---|---:|---|---|---|")
    for (name, k), c in sorted(tally.items(), key=lambda kv: ([n for n, _f in SETS].index(kv[0][0]), kv[0][1])):
        cells = [" / ".join(str(c[m, x]) for x in ("gold", "pred", "tie")) for m in ("sentence", "less chance", "bead")]
        print(f"| {name} | {k} | {sum(c[m, x] for m, x in c if m == 'bead')} | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("regions", "kinds"))
    ap.add_argument("--learner", default="dice 0.5, prefix 5", help="kinds: a name of LEARNERS")
    args = ap.parse_args()
    from translate_tool.embeddings import default_encoder

    encoder = default_encoder()
    if args.what == "regions":
        cmd_regions(encoder)
    else:
        cmd_kinds(encoder, args.learner)


if __name__ == "__main__":
    main()
