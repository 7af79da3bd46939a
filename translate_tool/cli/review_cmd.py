"""`review`, `show`, `export` and `report`: reviewing aligned pairs and exporting the corpus."""

from __future__ import annotations

import json
import os
import shutil
import sys
import textwrap
from pathlib import Path

import click

from ..review.export import DEFAULT_STATUSES, EXPORT_FORMATS
from ..review.store import LOW_CONFIDENCE, ONLY, STATUSES, Pair, ReviewStore
from . import main
from .common import fail, handle_errors

_OUT_DIR = click.Path(path_type=Path, file_okay=False)
STATUS_COLOURS = {"approved": "green", "rejected": "red", "unreviewed": None}


def _open(out_dir: Path) -> ReviewStore:
    store = ReviewStore.open(out_dir)
    if not store.documents():
        store.close()
        fail(f"{out_dir}: no *.pairs.jsonl to review (run `translate-tool run` or `align` into it first)")
    return store


@main.command()
@click.argument("out_dir", type=_OUT_DIR)
@click.option("--doc", metavar="STEM", help="Review one document (default: all, starting with the first).")
@click.option("--only", type=click.Choice(ONLY), help="Visit only these pairs.")
@handle_errors
def review(out_dir, doc, only):
    """Review the aligned pairs of OUT_DIR in a full-screen terminal UI.

    Every decision is saved at once (review.sqlite3 in OUT_DIR); a review resumes where it
    stopped. On exit, <stem>.en.txt of each changed document is regenerated from its pairs.
    Press ? in the UI for the keys."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        fail("review needs an interactive terminal; use `translate-tool show` to print pairs")
    from ..lock import output_lock
    from ..review.tui import ReviewApp

    # One writer per output folder: a `run` while this review is open refuses (and vice
    # versa), so regenerated articles and pipeline outputs never interleave.
    with output_lock(out_dir, clean_temp=False):
        store = _open(out_dir)
        try:
            if doc is not None:
                store.doc_id(doc)
            app = ReviewApp(store, out_dir, doc=doc, only=only)
            app.run()
            for path in app.written:
                click.echo(f"updated {path}", err=True)
        finally:
            store.close()


@main.command()
@click.argument("out_dir", type=_OUT_DIR)
@click.option("--doc", metavar="STEM", help="Only this document.")
@click.option("--status", type=click.Choice(STATUSES), help="Only pairs with this review status.")
@click.option("--min-score", type=float, metavar="X", help="Only pairs scoring at least X.")
@click.option("--only", type=click.Choice(ONLY), help="Only unreviewed, low-confidence or non-1-1 pairs.")
@click.option("--json", "as_json", is_flag=True, help="One JSON record per line instead of columns.")
@click.option("--width", type=int, help="Line width (default: the terminal's, or 100 when piped).")
@handle_errors
def show(out_dir, doc, status, min_score, only, as_json, width):
    """Print the pairs of OUT_DIR side by side, wrapped to the terminal width.

    Colour only on a terminal; plain text when piped."""
    with _open(out_dir) as store:
        pairs = store.pairs(doc=doc, status=status, min_score=min_score, only=only)
        try:
            if as_json:
                for p in pairs:
                    d = p.to_record().to_json_dict()
                    d.update(id=p.id, status=p.status, edited=p.edited)
                    sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
            else:
                if width is None:
                    width = shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100
                for block in render_pairs(pairs, max(width, 40)):
                    click.echo(block)
            sys.stdout.flush()
        except BrokenPipeError:  # `show ... | head`
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)


def render_pairs(pairs: list[Pair], width: int) -> list[str]:
    """Blocks of text: a header line per pair, then source and target in two wrapped columns.
    Colours are click styles, which click.echo strips when not writing to a terminal."""
    col = (width - 3) // 2
    blocks, doc = [], None
    for p in pairs:
        lines = []
        if p.doc != doc:
            doc = p.doc
            lines.append(click.style(f"== {doc} ==", bold=True))
        score_colour = "red" if p.is_low() else ("yellow" if p.score < 0.7 else "green")
        header = [
            f"#{p.index}",
            click.style(f"{p.score:.2f}", fg=score_colour),
            click.style(p.status, fg=STATUS_COLOURS[p.status]),
            click.style(p.shape, fg=None if p.is_one_to_one else "magenta", bold=not p.is_one_to_one),
        ]
        if p.edited:
            header.append("edited")
        if p.flags:
            header.append(click.style(",".join(p.flags), fg="red"))
        lines.append(" ".join(header))
        left, right = _wrap(p.src, col), _wrap(p.tgt, col)
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ""
            b = right[i] if i < len(right) else ""
            lines.append(f"{a.ljust(col)} | {b}".rstrip())
        blocks.append("\n".join(lines) + "\n")
    return blocks


def _wrap(sentences: tuple[str, ...], width: int) -> list[str]:
    if not sentences:
        return ["--"]
    out: list[str] = []
    for s in sentences:
        out += textwrap.wrap(" ".join(s.split()), width, break_long_words=True, break_on_hyphens=False) or [""]
    return out


@main.command()
@click.argument("out_dir", type=_OUT_DIR)
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES + ("any",)),
              help="Export pairs with this status (repeatable; default: approved and unreviewed, "
                   "i.e. not rejected; `any` for all).")
@click.option("--min-score", type=float, metavar="X", help="Drop pairs scoring below X.")
@click.option("--dedupe", is_flag=True, help="Drop repeated (source, target) pairs.")
@click.option("--near-dedupe", is_flag=True, help="Drop pairs repeated up to case, punctuation and digits.")
@click.option("--min-words", type=click.IntRange(0, None), metavar="N", help="Drop pairs with a side under N words.")
@click.option("--max-words", type=click.IntRange(1, None), metavar="N", help="Drop pairs with a side over N words.")
@click.option("--max-ratio", type=click.FloatRange(1, None), metavar="R",
              help="Drop pairs whose longer side has over R times the shorter's characters.")
@click.option("--drop-identical", is_flag=True, help="Drop pairs whose two sides are the same text.")
@click.option("--numbers", is_flag=True, help="Drop pairs whose sides have different numbers.")
@click.option("--langid", is_flag=True, help="Drop pairs with a side not in its language.")
@click.option("--min-margin", type=float, metavar="M",
              help="Drop pairs whose embedding margin over nearest neighbours is below M (e.g. 1.05).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Output file; for moses a folder receiving corpus.es and corpus.en (default: OUT_DIR). "
                   "Without it, tsv/tmx/jsonl go to stdout.")
@handle_errors
def export(out_dir, fmt, statuses, min_score, dedupe, near_dedupe, min_words, max_words, max_ratio,
           drop_identical, numbers, langid, min_margin, output):
    """Export the pairs of every document in OUT_DIR as one corpus, with a summary on stderr
    of what each filter removed (filters: docs of translate_tool/corpus_filters.py)."""
    from ..corpus_filters import FilterSettings
    from ..review.export import export as do_export

    filters = FilterSettings(min_words=min_words, max_words=max_words, max_ratio=max_ratio,
                             drop_identical=drop_identical, numbers=numbers, langid=langid,
                             near_dedupe=near_dedupe, min_margin=min_margin)

    if "any" in statuses:
        statuses = STATUSES
    statuses = tuple(statuses) or DEFAULT_STATUSES
    if fmt == "moses" and output is not None and output.exists() and not output.is_dir():
        fail(f"{output}: moses export writes two files; -o must be a folder")
    with _open(out_dir) as store:
        result = do_export(store, fmt, output, statuses, min_score, dedupe, default_dir=out_dir, filters=filters)
    if result.text is not None:
        sys.stdout.write(result.text)
        sys.stdout.flush()
    for line in result.summary_lines():
        click.echo(line, err=True)


@main.command()
@click.argument("out_dir", type=_OUT_DIR)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="HTML file to write (default: OUT_DIR/report.html).")
@click.option("--threshold", type=float, default=LOW_CONFIDENCE, show_default=True,
              help="Scores below this are marked low-confidence.")
@handle_errors
def report(out_dir, output, threshold):
    """Write one self-contained HTML page showing every document's pairs side by side."""
    from ..fileio import atomic_write_text
    from ..review.report import render_report

    output = output or out_dir / "report.html"
    with _open(out_dir) as store:
        atomic_write_text(output, render_report(store, threshold=threshold))
    click.echo(f"wrote {output}", err=True)
