"""`run`, `detect` and `translate`: the main job and its single-document pieces."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..engines import ENGINES
from . import main
from .common import (executor_from, executor_options, fail, handle_errors, info, language_code,
                     refuse_folder_output, review_flagged, review_kept, verbosity, warn, write_file)

from ..errors import EXIT_SOME_FAILED  # 6: the run finished, but some documents could not be processed
GLOSSARY_HELP = (
    "Terms to translate as given: a UTF-8 file, one 'source<TAB>target' a line, or a source term "
    "alone to keep it untranslated ('#' comments)."
)


def _glossary(path):
    if path is None:
        return None
    from ..glossary import Glossary

    return Glossary.load(path)


@main.command()
@click.argument("input_dir", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), required=True, help="Output folder.")
@click.option("--engine", type=click.Choice(ENGINES), default="auto", show_default=True)
@click.option("-s", "--source-lang", default="es", show_default=True, callback=language_code)
@click.option("-t", "--target-lang", default="en", show_default=True, callback=language_code)
@click.option("--force", is_flag=True, help="Translate documents whose language is uncertain "
              "(remembered for each in manifest.json: later runs into OUT_DIR translate it too).")
@click.option("--gloss", is_flag=True, help="Also translate source-language passages quoted in other documents.")
@click.option("--no-cache", is_flag=True, help="Do not read or write the translation cache.")
@click.option("--glossary", "glossary_file", type=click.Path(path_type=Path), help=GLOSSARY_HELP)
@executor_options
@handle_errors
def run(input_dir, out_dir, engine, source_lang, target_lang, force, gloss, no_cache, glossary_file,
        executor, ray_address, workers, verbose):
    """Detect, translate, align and write parallel files for every document under INPUT.

    INPUT is a folder (walked with its subfolders; outputs mirror its tree) or one file.
    Documents: .txt, .html/.htm/.xhtml, .md/.markdown, .docx, .srt, .vtt; each is translated into the same
    format (<name>.<target>.<ext>) beside its parallel files."""
    from ..executors import make_executor
    from ..folder_documents import check_output_folder
    from ..pipeline import RunOptions, run_pipeline
    from ..prepare import FORCED_BEFORE

    check_output_folder(out_dir, "run", source_lang, target_lang)  # before the progress bars and any executor
    options = RunOptions(source_lang, target_lang, engine, force, gloss, use_cache=not no_cache,
                         glossary=_glossary(glossary_file))
    where = executor_from(executor, ray_address, workers, verbose)
    from .progress import RunProgress

    with make_executor(where) as runner, \
            RunProgress(enabled=verbosity() >= 0) as shown:
        def warn_below(message: str) -> None:  # a warning mid-run (engine fallback): below the bars
            shown.make_room()
            warn(message)

        report = run_pipeline(input_dir, out_dir, options, warn=warn_below, on_total=shown.on_total,
                              progress=shown.progress, on_phase=shown.on_phase, on_step=shown.on_step,
                              executor=runner)

    if report.engine:
        info(f"engine: {report.engine.signature()}")
    engine_name = f"{report.engine.name} ({report.engine.model} {report.engine.version})" if report.engine else "-"
    rows = [("document", "language", "confidence", "action", "sentences", "engine")]
    for d in report.documents:
        rows.append((
            d.name or d.path.name, d.language, f"{d.confidence:.2f}", d.action + (" (forced)" if d.action == "translated" and d.uncertain and d.forced else ""),
            str(d.sentences) if d.action == "translated" else "-",
            engine_name if d.action == "translated" else "-",
        ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    for d in report.documents:
        for w in d.warnings:
            warn(w)
        if d.renamed_from:
            click.echo(f"{d.name or d.path.name}: review carried over from {d.renamed_from} (the same text under another name)")
        if d.hand_edits is not None:
            if d.hand_edits.taken_line():
                click.echo(f"{d.name or d.path.name}: {d.hand_edits.taken_line()}")
            for line in d.hand_edits.kept_lines():
                warn(line)
        if d.review_kept or d.review_reset:
            click.echo(review_kept(d.name or d.path.name, d.review_kept, d.review_reset, d.review_restored))
        if d.review_flagged:
            click.echo(review_flagged(d.name or d.path.name, d.review_flagged))
    for hand in report.other_hand_edits:  # documents of the folder this run did not process
        if hand.taken_line():
            click.echo(f"{hand.stem}: {hand.taken_line()}")
        for line in hand.kept_lines():
            warn(line)
    for d in report.documents:
        if d.action == "translated" and d.reason == FORCED_BEFORE:
            click.echo(f"{d.name or d.path.name}: translated although its language is uncertain (confidence "
                       f"{d.confidence:.2f}): an earlier run was told --force for it, and that is remembered "
                       "(manifest.json \"forced\"), so its review stays up to date; to stop translating it, take it "
                       "out of the input (its files and review are kept)")
    held = [d for d in report.documents if d.action in ("skipped", "uncertain")]
    if held:  # read, but not translated: say why (the table only says that)
        click.echo(f"{len(held)} document(s) not translated:")
        for d in held:
            foreign = f"; {len(d.foreign)} passage(s) in another language (see manifest)" if d.foreign else ""
            click.echo(f"  {d.name or d.path.name}: {d.action}, {d.reason}{foreign}")
    if report.skipped:  # other types, hidden, empty, binary
        click.echo(f"{len(report.skipped)} file(s) not taken:")
        for path, reason in report.skipped:
            click.echo(f"  {path}: {reason}")
    if report.retired:  # their source left the input folder (deleted, or renamed: see above)
        click.echo(f"{len(report.retired)} document(s) no longer in the input ({input_dir}): left out of export, show, review "
                   "and report; their files and review stay (they come back if the document does):")
        for path in report.retired:
            click.echo(f"  {path}")
    cached = f", {report.cache_hits} from cache" if report.cache_hits else ""
    click.echo(f"{report.sentences_translated} sentences translated{cached}; outputs and manifest in {out_dir}")
    if report.failed:
        click.echo("failed:", err=True)
        for d in report.failed:
            click.echo(f"  {d.reason}", err=True)
        sys.exit(EXIT_SOME_FAILED)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-s", "--source-lang", default="es", show_default=True, callback=language_code,
              help="The language documents are checked for (also a candidate of language ID).")
@click.option("-t", "--target-lang", default="en", show_default=True, callback=language_code, help="Also a candidate of language ID.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output: every input, failed ones with their reason.")
@click.option("--segments", is_flag=True, help="List the sentences whose language differs from their document's.")
@handle_errors
def detect(paths, source_lang, target_lang, as_json, segments):
    """Language and confidence of each document. PATHS are files or folders (walked as `run`
    walks them)."""
    from ..discovery import discover
    from ..docformats import format_for, read_source
    from ..documents import read_document
    from ..errors import DocumentError, TranslateToolError
    from ..langid import candidates_with, foreign_spans, identify_document
    from ..pipeline import segment_document

    candidates = candidates_with(source_lang, target_lang)
    inputs: list[tuple[str, Path | None, str]] = []  # (shown path, path, reason it failed)
    for path in paths:
        if path.is_dir():
            try:
                found = discover(path)
            except TranslateToolError as exc:
                inputs.append((str(path), None, exc.message))
                continue
            inputs += [(str(d.path), d.path, "") for d in found.documents]
        else:
            inputs.append((str(path), path, ""))
    results, failed = [], False
    for shown, path, reason in inputs:
        try:
            if path is None:
                raise TranslateToolError(reason, shown)
            if format_for(path) is not None and format_for(path).name != "text":  # the text, not the markup
                source = read_source(path)
                doc, main_text = source.document, source.main_paragraphs()
            else:
                doc = read_document(path)
                main_text = doc.paragraphs
        except TranslateToolError as exc:
            failed = True
            results.append({"path": shown, "error": exc.message if isinstance(exc, DocumentError) or path is None
                            else str(exc)})
            if not as_json:
                click.echo(f"error: {exc}", err=True)
            continue
        guess = identify_document(main_text, candidates)
        entry = {"path": shown, "language": guess.lang, "confidence": round(guess.confidence, 4),
                 "uncertain": guess.uncertain}
        if segments:
            sentences = segment_document(doc, guess.lang if guess.lang != "und" else "en")
            entry["segments"] = [
                {"sentence": i, "language": g.lang, "confidence": round(g.confidence, 4), "text": span}
                for i, span, g in foreign_spans([s.text for s in sentences], guess.lang, candidates)
            ]
        results.append(entry)
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for e in results:
            if "error" in e:
                continue
            flag = "  (uncertain)" if e["uncertain"] else ""
            click.echo(f"{e['path']}\t{e['language']}\t{e['confidence']:.2f}{flag}")
            for s in e.get("segments", []):
                click.echo(f"  [{s['sentence']}] {s['language']} {s['confidence']:.2f}  {s['text']}")
    if failed:
        sys.exit(1)


@main.command()
@click.argument("source", type=click.Path(path_type=Path, allow_dash=True))
@click.option("-o", "--output", default="-", type=click.Path(path_type=Path, allow_dash=True), show_default=True)
@click.option("--engine", type=click.Choice(ENGINES), default="auto", show_default=True)
@click.option("-s", "--source-lang", default="es", show_default=True, callback=language_code)
@click.option("-t", "--target-lang", default="en", show_default=True, callback=language_code)
@click.option("--glossary", "glossary_file", type=click.Path(path_type=Path), help=GLOSSARY_HELP)
@click.option("--force", is_flag=True, help="Do not warn when the input does not read as the source language.")
@handle_errors
def translate(source, output, engine, source_lang, target_lang, glossary_file, force):
    """Translate one document (SOURCE or - for stdin) to OUTPUT (or - for stdout).

    .html/.htm/.xhtml, .md/.markdown, .docx, .srt and .vtt documents are written back in their
    own format; anything else is read as plain text. OUTPUT takes that format's suffix (or none):
    another document or pair-file suffix is a usage error."""
    from ..documents import decode_text, document_from_text, read_document
    from ..engines import select_engine, translate_cached
    from ..cache import KeyValueCache
    from ..pipeline import render_translation, segment_document

    from ..docformats import format_for

    fmt = format_for(source) if str(source) != "-" else None
    mismatch = _output_mismatch(source, output, fmt)
    if mismatch:  # before any work: the file would not be what its name says (QA5 F05)
        fail(mismatch, 2)
    refuse_folder_output(output, "`translate`")
    if fmt is not None and fmt.name != "text":  # HTML, Markdown, .docx, subtitles: same format out
        _translate_document(source, output, engine, source_lang, target_lang, _glossary(glossary_file), force)
        return
    if str(source) == "-":
        text, enc, warnings = decode_text(sys.stdin.buffer.read(), "<stdin>")
        doc = document_from_text(text, Path("stdin.txt"), enc, warnings)
    else:
        doc = read_document(source)
    for w in doc.warnings:
        warn(w)
    if not doc.paragraphs:
        fail(f"{source}: empty document (no text)")
    if not force:
        _check_input_language(source, doc.paragraphs, source_lang, target_lang)
    sentences = segment_document(doc, source_lang)
    eng = select_engine(engine, source_lang, target_lang, warn)
    with KeyValueCache("translations") as cache:
        translations, _ = translate_cached(eng, [s.text for s in sentences], cache, glossary=_glossary(glossary_file))
    english = render_translation(sentences, translations)
    if str(output) == "-":
        click.echo(english, nl=False)
    else:
        write_file(output, english)


_PAIR_SUFFIXES = (".tsv", ".tmx", ".jsonl", ".xliff", ".xlf")


def _output_mismatch(source: Path, output: Path, fmt) -> str | None:
    """Why `-o OUTPUT` cannot hold what `translate` writes (the document in the format it came in:
    a .docx zip, HTML, plain text...), or None: an output named for another document format or
    for pair files would hold bytes its name belies (a .docx Word cannot open, a .txt full of zip)."""
    from ..docformats import format_for

    if str(output) == "-":
        return None
    suffix, written = output.suffix.lower(), (fmt.name if fmt is not None else "text")
    src_suffix = source.suffix.lower() if fmt is not None else ".txt"  # (stdin, .text, ...: plain text)
    what = {"text": "plain text", "html": "HTML", "markdown": "Markdown", "docx": "a Word .docx",
            "subtitles": f"{src_suffix} subtitles"}.get(written, written)
    origin = "stdin" if str(source) == "-" else source.name
    if suffix in _PAIR_SUFFIXES:
        return (f"-o {output}: `translate` writes the translated document ({what}, as {origin}), not aligned pairs; "
                f"name it {src_suffix}, or use `run` (a folder: .pairs.jsonl, .tsv, .tmx beside each document) "
                f"or `align`")
    wanted = format_for(output)
    if wanted is None:
        return None  # no suffix, or one of no format: what it holds is up to the user
    if wanted.name != written or (written == "subtitles" and suffix != src_suffix):
        return (f"-o {output}: `translate` writes the document in the format it came in ({what}, as {origin}), "
                f"not {suffix}; name it {src_suffix}")
    return None


def _check_input_language(source, paragraphs, source_lang: str, target_lang: str) -> None:
    """Warn when the input does not read as the source language ("how are you" through an
    es->en engine gives nonsense, silently otherwise)."""
    from ..langid import candidates_with, identify_document

    guess = identify_document(paragraphs, candidates_with(source_lang, target_lang))
    if not guess.uncertain and guess.lang not in (source_lang, "und"):
        warn(f"{source}: reads as '{guess.lang}' ({guess.confidence:.2f}), not '{source_lang}'; translating it "
             f"anyway (--source-lang {guess.lang} if that is right; --force silences this)")


def _translate_document(source: Path, output: Path, engine: str, source_lang: str, target_lang: str,
                        glossary=None, force: bool = False) -> None:
    from ..cache import KeyValueCache
    from ..docformats import read_source
    from ..engines import select_engine, translate_cached
    from ..pipeline import render_document, segment_document

    src = read_source(source)
    for w in src.document.warnings:
        warn(w)
    if not src.document.paragraphs:
        fail(f"{source}: empty document (no text)")
    if not force:
        _check_input_language(source, src.main_paragraphs(), source_lang, target_lang)
    sentences = segment_document(src.document, source_lang)
    eng = select_engine(engine, source_lang, target_lang, warn)
    with KeyValueCache("translations") as cache:
        translations, _ = translate_cached(eng, [s.text for s in sentences], cache, glossary=glossary)
    data = render_document(src, sentences, translations, target_lang)
    if str(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_file(output, data)
