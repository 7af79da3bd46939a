"""`review`, `show`, `export` and `report`: reviewing aligned pairs and exporting the corpus."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
import textwrap
from pathlib import Path

import click

from ..review.export import DEFAULT_STATUSES, EXPORT_FORMATS
from ..review.model import FLAG_NOTES
from ..review.store import LOW_CONFIDENCE, ONLY, STATUSES, Pair, ReviewStore
from . import main
from .common import fail, handle_errors, info, warn, write_file

_OUT_DIR = click.Path(path_type=Path, file_okay=False)
STATUS_COLOURS = {"approved": "green", "rejected": "red", "unreviewed": None}


SCORE = click.FloatRange(0.0, 1.0)

_NO_WAIT = click.option(
    "--no-wait", is_flag=True,
    help="If a run (align-corpus, a review session) rewrites OUT_DIR while it is read and files look changed "
         "by hand meanwhile, stop (exit 5) instead of waiting for it to finish and reading again.")

def _open(out_dir: Path, readonly: bool = False, no_wait: bool = False) -> ReviewStore:
    """The folder's review store; `readonly` (show, export, report) writes nothing to the folder.
    A reader that finds hand edits while a run rewrites the folder waits for it and reads again
    (review/reading.py); `no_wait`: exit 5 instead."""
    def waiting(writer) -> None:
        click.echo(f"waiting for {writer.describe(out_dir)} to finish "
                   "(files changed while they were read; --no-wait: stop instead)...", err=True)

    store = ReviewStore.open(out_dir, readonly=readonly, wait=not no_wait, on_wait=waiting)
    _print_hand_edits(store.hand_edits, readonly, out_dir)
    if not store.documents():
        store.close()
        fail(f"{out_dir}: no *.pairs.jsonl to review (run `translate-tool run` or `align` into it first)")
    return store


def _print_hand_edits(found, readonly: bool, out_dir: Path) -> None:
    """What opening the folder found in output files edited by hand: taken in (readonly: for this look only)."""
    from ..folder_documents import folder_contents

    rerun = (folder_contents(out_dir).command or "run") if readonly and found else ""
    for hand in found:
        if hand.taken_line():
            later = f" (for this command only: the next `review`, `decide` or `{rerun}` keeps them)" if readonly else ""
            click.echo(f"{hand.stem}: {hand.taken_line()}{later}", err=True)
        for line in hand.kept_lines():
            click.echo(f"warning: {line}", err=True)


@main.command()
@click.argument("out_dir", type=_OUT_DIR)
@click.option("--doc", metavar="STEM",
              help="Start with this document (default: the first one with unreviewed pairs).")
@click.option("--only", type=click.Choice(ONLY), help="Visit only these pairs (the f key switches in the UI).")
@handle_errors
def review(out_dir, doc, only):
    """Review the aligned pairs of OUT_DIR in a full-screen terminal UI.

    Every decision is saved at once (review.sqlite3 in OUT_DIR); each document's review
    resumes at the pair where it stopped. Leaving a changed document rewrites all its files
    (<stem>.en.txt, .pairs.jsonl, .tsv, .tmx) and its manifest entry from the review; later
    runs of `translate-tool run` keep every decision and edit whose source is unchanged.
    Press ? in the UI for the keys."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        fail("review needs an interactive terminal; use `translate-tool show` to print pairs")
    from ..lock import output_lock
    from ..review.tui import ReviewApp

    # One writer per output folder: a `run` while this review is open refuses (and vice
    # versa), so regenerated articles and pipeline outputs never interleave.
    from ..review.schema import require_review_folder

    require_review_folder(out_dir)
    with output_lock(out_dir, clean_temp=False, command="review"):
        store = _open(out_dir)
        try:
            if doc is not None:
                store.doc_id(doc)
                if doc in store.retired():
                    fail(f"{out_dir}: document {doc!r} is no longer in the input (retired, see manifest.json); "
                         f"its review is kept: `translate-tool show {out_dir} --doc {doc}` prints it")
            app = ReviewApp(store, out_dir, doc=doc, only=only)
            app.run()
            for path in app.written:
                click.echo(f"updated {path}", err=True)
            for line in app.unsaved_report:  # text typed in the editor that the review could not save:
                click.echo(f"warning: {line}", err=True)  # printed even with --quiet
        finally:
            store.close()


@main.command()
@click.argument("out_dir", type=_OUT_DIR)
@click.option("--approve", is_flag=True, help="Approve the selected pairs.")
@click.option("--reject", is_flag=True, help="Reject the selected pairs.")
@click.option("--clear", is_flag=True, help="Clear their decision (back to unreviewed; needs "
                                                             "--overwrite to change a decided pair).")
@click.option("--doc", "docs", metavar="STEM", multiple=True, help="Only this document (repeatable).")
@click.option("--pair", "pairs", metavar="N", type=click.IntRange(1, None), multiple=True,
              help="Only pair N of the --doc (repeatable; numbered from 1, as `show` prints them).")
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
              help="Only pairs with this review status (repeatable).")
@click.option("--only", type=click.Choice(ONLY), help="Only unreviewed pairs, pairs that need review (quality "
              "findings, high review priority), low-confidence, non-1-1 or flagged pairs (as `show --only`).")
@click.option("--except", "exclude", multiple=True, type=click.Choice(ONLY),
              help="Leave out the pairs of this filter (repeatable): `--except flagged` leaves out every pair "
                   "a check (or the aligner) flagged.")
@click.option("--min-score", type=SCORE, metavar="X", help="Only pairs scoring at least X (0 to 1).")
@click.option("--max-score", type=SCORE, metavar="X", help="Only pairs scoring at most X (0 to 1).")
@click.option("--overwrite", is_flag=True,
              help="Also change pairs a reviewer decided or edited (default: only unreviewed, unedited pairs "
                   "change; the summary says how many were left as they were). An edit's text is kept.")
@click.option("--dry-run", is_flag=True, help="Print the pairs that would change, and the summary; write nothing.")
@handle_errors
def decide(out_dir, approve, reject, clear, docs, pairs, statuses, only, exclude, min_score, max_score, overwrite,
           dry_run):
    """Approve, reject or clear many pairs of OUT_DIR at once, for scripts.

    Every filter given must hold; none: every pair of every document. The decisions go into the
    review (review.sqlite3) like the review UI's, and each changed document's files (<stem>.en.txt,
    .pairs.jsonl, .tsv, .tmx, its manifest entry; an align-corpus folder's corpus) are written from it
    as when leaving it in the UI; later runs keep them. Prints a line per document and the total.

    \b
    translate-tool decide out --approve --min-score 0.95 --except flagged
    translate-tool decide out --reject --doc 003_47791e38b17413ba --pair 4 --pair 7"""
    from ..review.decide import Selection
    from ..review.decide import decide as do_decide

    given = [name for name, on in (("approve", approve), ("reject", reject), ("clear", clear)) if on]
    if len(given) != 1:
        fail(("--" + " and --".join(given) + ": " if given else "") + "give one of --approve, --reject, --clear", 2)
    action = given[0]
    selection = Selection(docs=tuple(docs), pairs=tuple(pairs), statuses=tuple(statuses), only=only,
                          exclude=tuple(exclude), min_score=min_score, max_score=max_score)
    result = do_decide(out_dir, action, selection, overwrite=overwrite, dry_run=dry_run)
    _print_hand_edits(result.hand_edits, dry_run, out_dir)
    if dry_run:
        for line in result.pair_lines():
            click.echo(line)
    for line in result.messages:  # files edited by hand while they were being written: taken or kept
        warn(line)
    for line in result.summary_lines():
        click.echo(line)
    for path in result.written:
        info(f"updated {path}")
    if result.failures:
        for line in result.failures:
            click.echo(f"error: {line}", err=True)
        sys.exit(1)


@main.command()
@click.argument("out_dir", type=_OUT_DIR)
@click.option("--doc", metavar="STEM", help="Only this document.")
@click.option("--status", type=click.Choice(STATUSES), help="Only pairs with this review status.")
@click.option("--min-score", type=SCORE, metavar="X", help="Only pairs scoring at least X (0 to 1).")
@click.option("--max-score", type=SCORE, metavar="X", help="Only pairs scoring at most X (0 to 1).")
@click.option("--only", type=click.Choice(ONLY),
              help="Only unreviewed pairs, pairs that need review (quality findings, high review priority), "
                   "low-confidence, non-1-1 or flagged pairs.")
@click.option("--sort", type=click.Choice(("position", "priority")), default="position", show_default=True,
              help="Document order, or the pairs most in need of review first.")
@click.option("--json", "as_json", is_flag=True, help="One JSON record per line instead of columns.")
@click.option("--width", type=int, help="Line width (default: the terminal's, or 100 when piped).")
@click.option("--earlier", is_flag=True,
              help="Instead: the review work reruns could not keep (its sentences changed), with the reason.")
@_NO_WAIT
@handle_errors
def show(out_dir, doc, status, min_score, max_score, only, sort, as_json, width, earlier, no_wait):
    """Print the pairs of OUT_DIR side by side, wrapped to the terminal width.

    Colour only on a terminal; plain text when piped. Reads only: creates nothing in OUT_DIR."""
    if earlier:
        return _show_earlier(out_dir, doc, as_json, no_wait)
    with _open(out_dir, readonly=True, no_wait=no_wait) as store:
        pairs = store.pairs(doc=doc, status=status, min_score=min_score, max_score=max_score, only=only)
        if sort == "priority":  # aligned pairs (no priority): the least confident first
            pairs.sort(key=lambda p: -(p.priority if p.priority is not None else 1.0 - p.score))
        try:
            if as_json:
                for p in pairs:
                    d = p.to_record().to_json_dict()
                    d.update(id=p.id)
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


def _show_earlier(out_dir, doc, as_json, no_wait=False) -> None:
    from ..review.earlier import likely_pair

    with _open(out_dir, readonly=True, no_wait=no_wait) as store:
        work = store.earlier_reviews(doc)
        pairs = {stem: store.pairs(doc=stem) for stem in {w.doc for w in work}}
    if not work:
        click.echo("no earlier review work: every decision and edit is in the current pairs", err=not as_json)
        return
    for w in work:
        now = likely_pair(w, pairs[w.doc])
        if as_json:
            click.echo(json.dumps({**dataclasses.asdict(w), "likely_pair": now}, ensure_ascii=False))
            continue
        where = f"; most like pair #{now + 1} now" if now is not None else ""
        click.echo(f"== {w.doc} == {w.status}{' edited' if w.edited else ''}; replaced {w.replaced_at}: {w.reason}{where}")
        click.echo(f"  src: {' '.join(w.src)}")
        if w.src_was is not None:
            click.echo(f"  (the document said: {' '.join(w.src_was)})")
        click.echo(f"  tgt: {' '.join(w.tgt)}")
        if w.mt is not None:
            click.echo(f"  (before the edit: {' '.join(w.mt)})")


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
        score_colour = "red" if p.needs_review() else ("yellow" if p.flags or p.score < 0.7 else "green")
        signal = f"priority {p.priority:.2f} adequacy {p.adequacy:.2f}" if p.priority is not None else f"{p.score:.2f}"
        header = [
            f"#{p.index + 1}",
            click.style(signal, fg=score_colour),
            click.style(p.status, fg=STATUS_COLOURS[p.status]),
            click.style(p.shape, fg=None if p.is_one_to_one else "magenta", bold=not p.is_one_to_one),
        ]
        if p.edited:
            header.append("edited")
        if p.flags and not p.checks:
            header.append(click.style(",".join(p.flags), fg="red"))
        lines.append(" ".join(header))
        for f in () if p.checks else p.flags:  # an aligned pair: what its flags mean
            if f in FLAG_NOTES:
                lines.append(click.style(f"  ⚑ {f}: {FLAG_NOTES[f]}", fg="red"))
        for c in p.checks:  # why the pair needs a look, with the words concerned
            lines.append(click.style(f"  ⚑ {c.check}: {c.note or ', '.join(c.words)}", fg="red"))
        left, right = _wrap(p.src, col), _wrap(p.tgt, col)
        if p.src_was is not None and p.src_was != p.src:  # the document's own text, under a source edit
            left += [click.style(line, dim=True) for line in _wrap(("document: " + " ".join(p.src_was),), col)]
        if p.edited and p.mt != p.tgt:  # what the machine (or the aligned translation) said, under the edit
            right += [click.style(line, dim=True) for line in _wrap((f"{p.before_label}: " + " ".join(p.mt),), col)]
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
              help="Export pairs with this status (repeatable). Default: approved AND unreviewed pairs "
                   "(everything but rejected ones; the summary says how many are unreviewed); "
                   "`--status approved` for reviewed pairs only, `any` for all.")
@click.option("--min-score", type=SCORE, metavar="X", help="Drop pairs scoring below X (0 to 1).")
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
@click.option("-o", "--output", type=click.Path(path_type=Path, allow_dash=True),
              help="Output file (without it, or with -: stdout); for moses a folder receiving corpus.es and "
                   "corpus.en (default: OUT_DIR; refused where that would overwrite the folder's own files, "
                   "as an align-corpus folder's corpus.es/.en: give -o).")
@click.option("--with-kept-out", is_flag=True,
              help="Also export the documents align-corpus kept out of its corpus (report.tsv: a side in "
                   "the wrong language, very uneven lengths, few confident beads), which are left out by "
                   "default, as from the corpus files.")
@_NO_WAIT
@handle_errors
def export(out_dir, fmt, statuses, min_score, dedupe, near_dedupe, min_words, max_words, max_ratio,
           drop_identical, numbers, langid, min_margin, output, with_kept_out, no_wait):
    """Export the pairs of every document in OUT_DIR as one corpus, with a summary on stderr
    of what each filter removed (the options below; Moses, TMX and XLIFF also leave out
    1-0 and 0-1 pairs).

    Reads only the review (writes nothing into OUT_DIR, but for moses without -o). Edited pairs
    are exported as edited. In an align-corpus folder the documents it kept out of its corpus
    (report.tsv says why) are left out, as from the corpus, even where a reviewer approved
    their pairs; the summary says how many (--with-kept-out exports them too)."""
    from ..corpus_files import kept_out_documents
    from ..corpus_filters import FilterSettings

    from ..review.export import destinations
    from ..review.export import export as do_export

    filters = FilterSettings(min_words=min_words, max_words=max_words, max_ratio=max_ratio,
                             drop_identical=drop_identical, numbers=numbers, langid=langid,
                             near_dedupe=near_dedupe, min_margin=min_margin)

    if "any" in statuses:
        statuses = STATUSES
    statuses = tuple(statuses) or DEFAULT_STATUSES
    if output is not None and str(output) == "-":
        if fmt == "moses":  # two files cannot both be stdout
            fail("-o -: moses export writes two files (corpus.<src>, corpus.<tgt>); -o takes a folder", 2)
        output = None  # stdout, as without -o
    if fmt == "moses" and output is not None and output.exists() and not output.is_dir():
        fail(f"{output}: moses export writes two files; -o must be a folder")
    with _open(out_dir, readonly=True, no_wait=no_wait) as store:
        _refuse_tracked(out_dir, destinations(store, fmt, output, out_dir), "export", output,
                        "FOLDER" if fmt == "moses" else "FILE")
        kept_out = {} if with_kept_out else kept_out_documents(out_dir)
        result = do_export(store, fmt, output, statuses, min_score, dedupe, default_dir=out_dir, filters=filters,
                           kept_out=kept_out)
    if result.text is not None:
        sys.stdout.write(result.text)
        sys.stdout.flush()
    for line in result.summary_lines():
        click.echo(line, err=True)
    from ..written_files import kept_message

    for path, copy in result.kept:
        warn(kept_message(path, copy))


def _refuse_tracked(out_dir: Path, paths: list[Path], command: str, output: Path | None, what: str = "FILE") -> None:
    """Exit 2, before anything is written, when `command` would overwrite a file the folder's
    manifest records as the tool's own output (an align-corpus folder's corpus.es/.en, a
    document's files): the next command would take it for a file changed by hand."""
    from ..review.outputs import tracked_output_at

    path = tracked_output_at(out_dir, paths)
    if path is None:
        if output is not None:  # -o into another output folder's own files (QA5 F09)
            from .common import refuse_folder_output

            for p in paths:
                refuse_folder_output(p, command)
        return
    how = "without -o" if output is None else "with this -o"
    fail(f"{path}: the folder's own output (its manifest.json records it); {command} {how} would overwrite it: "
         f"give -o another {what}", 2)


@main.command()
@click.argument("out_dir", type=_OUT_DIR)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
              help="HTML file to write, - for stdout (default: OUT_DIR/report.html).")
@click.option("--threshold", type=float, default=LOW_CONFIDENCE, show_default=True,
              help="Scores below this are marked low-confidence.")
@_NO_WAIT
@handle_errors
def report(out_dir, output, threshold, no_wait):
    """Write one self-contained HTML page showing every document's pairs side by side."""
    from ..review.report import render_report

    default = output is None
    output = output or out_dir / "report.html"
    if str(output) != "-":
        _refuse_tracked(out_dir, [output], "report", None if default else output)
    with _open(out_dir, readonly=True, no_wait=no_wait) as store:
        html = render_report(store, threshold=threshold)
    if str(output) == "-":
        sys.stdout.write(html)
        sys.stdout.flush()
        return
    write_file(output, html)
    click.echo(f"wrote {output}", err=True)
