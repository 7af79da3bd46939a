"""`align`, `align-corpus` and `align-score`: sentence-align a document (or many document pairs)
with its translation, score a ladder."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import main
from ..errors import EXIT_SOME_FAILED  # 6: finished, but some pairs failed
from .common import (executor_from, executor_options, fail, handle_errors, language_code, refuse_folder_output,
                     review_kept, verbosity, warn, write_file)

OUTPUT_FORMATS = ("jsonl", "tsv", "tmx", "ladder")

MAX_BEAD_HELP = "Most sentences in one bead, both sides together (6 allows 1-5, 2-4, 3-3, ...)."


def _sentences(path: Path, lang: str, presegmented: bool):
    """(document, sentences, paragraph index of each) for one side."""
    from ..corpus_work import document_sentences
    from ..documents import read_document

    doc = read_document(path)
    for w in doc.warnings:
        warn(w)
    texts, paras = document_sentences(doc, lang, presegmented)
    return doc, texts, paras


def _check_language(doc, lang: str, side: str) -> None:
    try:
        from ..langid import candidates_with, identify_document

        cands = candidates_with("de", lang)
        guess = identify_document(doc.paragraphs, cands)
    except Exception:  # language id is advisory; never block alignment on it
        return
    if not guess.uncertain and guess.lang not in (lang, "und"):
        warn(f"{doc.path}: {side} declared '{lang}' but reads as '{guess.lang}' ({guess.confidence:.2f})")


_BY_SUFFIX = {".jsonl": "jsonl", ".tsv": "tsv", ".tmx": "tmx", ".ladder": "ladder"}


def _format_for_output(output: Path, fmt: str) -> str:
    """The format to write to `-o OUTPUT`: the one its suffix names when --format is not given
    (QA5 F06: `-o x.tmx` wrote JSONL into x.tmx); a --format that contradicts the suffix is a
    usage error (exit 2); another suffix takes --format (default jsonl)."""
    from click.core import ParameterSource

    from ..docformats import format_for

    named = _BY_SUFFIX.get(output.suffix.lower())
    document = format_for(output)
    if named is None and document is not None and document.name != "text":  # x.docx holding JSONL
        fail(f"-o {output}: `align` writes aligned pairs ({', '.join(OUTPUT_FORMATS)}), not a {output.suffix} "
             f"document; name it .pairs.jsonl, .tsv, .tmx or .ladder", 2)
    if named is None or named == fmt:
        return fmt
    if click.get_current_context().get_parameter_source("fmt") in (ParameterSource.DEFAULT, None):
        return named
    fail(f"-o {output}: the name says {named}, --format says {fmt}: give one, or make them agree", 2)


@main.command("align")
@click.argument("src", type=click.Path(path_type=Path))
@click.argument("tgt", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Output file (default: stdout); a .tsv, .tmx, .ladder or .jsonl name picks that format.")
@click.option("-s", "--source-lang", "--src-lang", "src_lang", default="es", show_default=True,
              help="Language of SRC (ISO 639-1; --src-lang is the old name).")
@click.option("-t", "--target-lang", "--tgt-lang", "tgt_lang", default="en", show_default=True,
              help="Language of TGT (ISO 639-1; --tgt-lang is the old name).")
@click.option("--presegmented", is_flag=True, help="One sentence per line; no segmentation.")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="jsonl", show_default=True)
@click.option("--max-bead", type=click.IntRange(2, 12), default=6, show_default=True,
              help=MAX_BEAD_HELP)
@handle_errors
def align_cmd(src, tgt, output, src_lang, tgt_lang, presegmented, fmt, max_bead):
    """Pair the sentences of SRC with those of its translation TGT.

    Every sentence appears in exactly one bead (1-1, 1-2, 2-1, ..., or unaligned 1-0 / 0-1),
    in order, with a confidence score. Ladder output uses 0-based sentence indices
    (`[0]:[0, 1]`), as vecalign and bertalign read it.
    """
    from .. import __version__
    from ..align_eval import format_ladder
    from ..aligner import AlignSettings, align
    from ..data import PairRecord
    from ..folder_documents import check_output_folder
    from ..formats import format_jsonl, format_tmx, format_tsv

    if output is not None:
        fmt = _format_for_output(output, fmt)
        # not into a folder of `run` or of another pair (exit 2, before any work)
        check_output_folder(output.parent, "align", src_lang, tgt_lang)
        if fmt != "jsonl":  # (a pair file is merged with the folder's review: review/reconcile.write_pairs_file)
            refuse_folder_output(output, "`align`")
    sdoc, s_sent, s_para = _sentences(src, src_lang, presegmented)
    tdoc, t_sent, t_para = _sentences(tgt, tgt_lang, presegmented)
    _check_language(sdoc, src_lang, "source")
    _check_language(tdoc, tgt_lang, "target")
    from ..engines.argos import available_cores

    result = align(s_sent, t_sent, src_lang=src_lang, tgt_lang=tgt_lang, settings=AlignSettings(max_bead=max_bead),
                   threads=available_cores())
    for w in result.warnings:
        warn(f"{src} / {tgt}: {w}")
    signature = f"{result.signature}|tool:translate-tool-{__version__}"
    records = []
    for k, b in enumerate(result.beads):
        para = s_para[b.src[0]] if b.src else t_para[b.tgt[0]]
        records.append(PairRecord(
            sdoc.stem, k, tuple(s_sent[i] for i in b.src), tuple(t_sent[j] for j in b.tgt),
            b.src, b.tgt, para, b.score, b.flags, signature,
        ))
    def text() -> str:
        if fmt == "jsonl":
            return format_jsonl(records)
        if fmt == "tsv":
            return format_tsv(records, src_lang, tgt_lang)
        if fmt == "tmx":
            return format_tmx(records, src_lang, tgt_lang, signature)
        return format_ladder(result.beads)

    if output is None:
        click.echo(text(), nl=False)
    else:
        try:
            if fmt == "jsonl":  # a pair file in a reviewed folder keeps the review (review/outputs.py)
                from ..review.reconcile import write_pairs_file

                merged, hand = write_pairs_file(output, records, src_lang, tgt_lang)
                for line in ([hand.taken_line()] if hand and hand.edited else []) + (hand.kept_lines() if hand else []):
                    warn(f"{output.parent / line}" if line.startswith(output.name) else f"{output}: {line}")
                if merged is not None and (merged.kept or merged.dropped):
                    click.echo(review_kept(str(output), merged.kept, merged.dropped, merged.restored), err=True)
            else:
                write_file(output, text())
        except OSError as exc:
            fail(f"{output}: cannot write ({exc.strerror or exc})")
    shapes: dict[str, int] = {}
    for b in result.beads:
        shapes[b.shape] = shapes.get(b.shape, 0) + 1
    low = sum(1 for b in result.beads if b.src and b.tgt and b.flags)
    summary = ", ".join(f"{n} {s}" for s, n in sorted(shapes.items(), key=lambda x: -x[1]))
    click.echo(
        f"aligned {len(s_sent)} x {len(t_sent)} sentences: {len(result.beads)} beads ({summary}); "
        f"{low} pair(s) flagged for review (uncertain or low-similarity)" + (f"; wrote {output}" if output else ""),
        err=True,
    )


@main.command("align-score")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("test", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@handle_errors
def align_score(gold, test, as_json):
    """Strict and lax precision, recall and F1 of ladder TEST against ladder GOLD.

    Strict: identical bead. Lax: shares a source and a target sentence with a gold bead.
    Deletions count in precision, not in recall (vecalign's score.py definitions).
    """
    import json

    from ..align_eval import LadderError, format_scores, read_ladder, score_alignments

    pairs = []
    for path in (gold, test):
        if not path.exists():
            fail(f"{path}: no such file")
        if path.is_dir():
            fail(f"{path}: is a folder, not a ladder file")
        try:
            pairs.append(read_ladder(path))
        except LadderError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"{path}: cannot read ({exc.strerror or exc})")
    res = score_alignments([pairs[0]], [pairs[1]])
    if as_json:
        click.echo(json.dumps({k: round(v, 4) for k, v in res.items()}))
    else:
        click.echo(format_scores(res), nl=False)


@main.command("align-corpus")
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), required=True, help="Output folder.")
@click.option("-s", "--source-lang", "--src-lang", "src_lang", default="es", show_default=True, callback=language_code,
              help="Language of the source documents (--src-lang is the old name).")
@click.option("-t", "--target-lang", "--tgt-lang", "tgt_lang", default="en", show_default=True, callback=language_code,
              help="Language of the target documents (--tgt-lang is the old name).")
@click.option("--presegmented", is_flag=True, help="One sentence per line; no segmentation.")
@click.option("--max-bead", type=click.IntRange(2, 12), default=6, show_default=True,
              help=MAX_BEAD_HELP)
@click.option("-j", "--jobs", type=click.IntRange(0, None), default=0,
              help="Worker processes of --executor local (default: every core).")
@click.option("--min-confident", type=click.FloatRange(0, 1), default=0.6, show_default=True,
              help="Keep a document only if this share of its beads pair sentences that read as translations "
                   "of each other (not flagged low-similarity).")
@click.option("--max-count-ratio", type=click.FloatRange(1, None), default=2.0, show_default=True,
              help="Keep a document only if one side has at most this many times the other's sentences.")
@click.option("--no-language-check", is_flag=True, help="Do not exclude documents that read as another language.")
@executor_options
@handle_errors
def align_corpus_cmd(input_path, out_dir, src_lang, tgt_lang, presegmented, max_bead, jobs, min_confident,
                     max_count_ratio, no_language_check, executor, ray_address, workers, verbose):
    """Align many document pairs: INPUT is a folder of x.es.txt + x.en.txt files, a folder with
    es/ and en/ sub-folders of same-named files, or a TSV list (source<TAB>target[<TAB>name]).

    Writes per-document outputs (NAME.pairs.jsonl, .ladder, .tsv, .tmx; reviewable with
    `translate-tool review`), the corpus of the kept documents (corpus.SRC / corpus.TGT Moses
    files with corpus.scores, corpus.tmx, corpus.jsonl), manifest.json and report.tsv, which says
    which documents were kept out of the corpus and why.
    """
    from ..corpus_align import CorpusOptions, align_corpus, find_pairs
    from ..executors import make_corpus_executor
    from ..folder_documents import check_output_folder

    pairs = find_pairs(input_path, src_lang, tgt_lang, warn)
    check_output_folder(out_dir, "align-corpus", src_lang, tgt_lang)  # before the progress bar and any executor
    options = CorpusOptions(src_lang, tgt_lang, presegmented, max_bead, jobs, min_confident, max_count_ratio,
                            not no_language_check)
    where = executor_from(executor, ray_address, workers, verbose)
    if where.name != "local" and jobs:
        fail("--jobs goes with --executor local (with ray: --workers)", 2)  # a usage error
    with make_corpus_executor(where, warn) as runner:
        runner.start()  # a cluster that does not answer: one line, before the progress bar
        if verbosity() < 0:
            report = align_corpus(pairs, out_dir, options, executor=runner)
        else:
            with click.progressbar(length=len(pairs), label="aligning", file=sys.stderr) as bar:
                state = {"done": 0}

                def progress(done: int, total: int) -> None:
                    bar.update(done - state["done"])
                    state["done"] = done

                report = align_corpus(pairs, out_dir, options, progress=progress, executor=runner)
    for r in report.documents:
        for w in r.warnings:
            warn(f"{r.pair.name}: {w}")
        if r.status != "kept":
            warn(f"{r.pair.name}: {r.status}: {r.reason}")
        if r.hand_edits is not None:
            if r.hand_edits.taken_line():
                click.echo(f"{r.pair.name}: {r.hand_edits.taken_line()}", err=True)
            for line in r.hand_edits.kept_lines():
                warn(line)
        if r.renamed_from:
            click.echo(f"{r.pair.name}: review carried over from {r.renamed_from} (the same text under another name)",
                       err=True)
        if r.review_kept or r.review_reset:
            click.echo(review_kept(r.pair.name, r.review_kept, r.review_reset, r.review_restored), err=True)
    for hand in report.folder_hand_edits:  # corpus files changed by hand, kept as copies
        for line in hand.kept_lines():
            warn(line)
    if report.retired:
        click.echo(f"{len(report.retired)} document pair(s) of earlier runs not in this input: left out of export "
                   "and review; their files and review stay (they come back if the pair does): "
                   + ", ".join(report.retired), err=True)
    kept = sum(r.status == "kept" for r in report.documents)
    failed = sum(r.status == "failed" for r in report.documents)
    click.echo(
        f"aligned {len(pairs)} document pairs: {kept} kept, {len(pairs) - kept - failed} kept out of the corpus"
        + (f", {failed} failed" if failed else "")
        + f" (see {out_dir / 'report.tsv'}); corpus of {report.corpus_pairs} sentence pairs in {out_dir}",
        err=True,
    )
    if any(r.status == "failed" for r in report.documents):
        sys.exit(EXIT_SOME_FAILED)  # as `run`: it finished, but some document pairs could not be read
