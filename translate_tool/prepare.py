"""A run's per-document stage: read, identify the language, segment (prepare_document),
and the grouping of prepared documents into chunks.

A function of the document alone, so that it can run anywhere: in the run's process, or in a
Ray actor on the bytes the driver read (translate_tool.ray_executor).
"""

from __future__ import annotations

import dataclasses
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from .data import Document, LanguageGuess, Sentence
from .discovery import Input
from .docformats import EMPTY, SourceDocument, read_source
from .docstream import DocumentStream
from .errors import DocumentError, NotADocument
from .langid import candidates_with, foreign_spans, identify_document
from .langid import release as release_langid
from .passthrough import target_language_sentences
from .segment import segment_sentences

if TYPE_CHECKING:
    from .pipeline import RunOptions


@dataclass
class DocumentReport:
    path: Path
    language: str = "und"
    confidence: float = 0.0
    uncertain: bool = False
    action: str = "pending"  # translated | skipped | uncertain | failed
    reason: str = ""
    sentences: int = 0
    outputs: dict[str, str] = field(default_factory=dict)
    foreign: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""
    review: dict[str, int] = field(default_factory=dict)  # pairs approved / rejected / edited / ...
    review_kept: int = 0  # reviewed pairs carried over from the review store by this run
    review_reset: int = 0  # reviewed pairs whose source changed: back to unreviewed
    review_restored: int = 0  # of review_kept: earlier review work whose text is back (review/returned.py)
    review_flagged: int = 0  # reviewed pairs the checks (another glossary) now point at
    hand_edits: object = None  # review.hand_edits.HandEdits: output files changed by hand, taken in first
    renamed_from: str = ""  # a document new to the review that started from the review of this one (renamed)
    name: str = ""  # the path relative to the input folder, as the manifest shows it
    base: str = ""  # outputs are <base>.<suffix> in the output folder (discovery.Input.base)
    source_file: str = ""  # the input file's resolved path relative to the output folder (discovery.source_key): its identity across runs
    forced: bool = False  # translated with --force, by this run or an earlier one (remembered: manifest "forced")

    @property
    def stem(self) -> str:
        return self.path.stem


@dataclass
class _Work:
    """A document on its way through the stages."""

    report: DocumentReport
    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    source: SourceDocument | None = None
    kept: frozenset[int] = frozenset()  # sentences already in the target language (passed through)
    stream: DocumentStream | None = None  # a document larger than a chunk: one of its parts (docstream)


def language_candidates(options: RunOptions) -> tuple[str, ...]:
    """The languages language ID chooses among: the defaults, and the run's own pair (a
    --source-lang de run must be able to recognise German)."""
    return candidates_with(options.source_lang, options.target_lang, base=options.candidates)


def segment_document(document: Document, lang: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for p, paragraph in enumerate(document.paragraphs):
        for text in segment_sentences(paragraph, lang):
            sentences.append(Sentence(text, p, len(sentences)))
    return sentences


def _shown(path: Path) -> Path:
    """The path as it can be printed and stored in JSON: bytes of a name that are not UTF-8 as \\xNN."""
    return Path(os.fsencode(path).decode("utf-8", "backslashreplace"))


@contextmanager
def _timed(timings: dict[str, float] | None, stage: str):
    """Add the time spent in the block to timings[stage] (benchmarks/pipeline.py reads them)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        if timings is not None:
            timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


FORCED_BEFORE = "forced by an earlier run (--force is remembered for this document)"


def _identify(inp: Input, options: RunOptions, timings: dict[str, float] | None = None,
              load: Callable[[Path], SourceDocument] | None = None,
              single: bool = False) -> _Work | DocumentReport | tuple[str, str]:
    """A document read and its language identified; its report alone when it failed; (relative
    path, reason) for a file of a folder run that holds no text (empty, binary): not taken, like
    a file of another type. Given alone as INPUT (`single`), such a file is the job, and fails."""
    path = inp.path
    report = DocumentReport(path, name=inp.relative, base=inp.base, source_file=inp.source)
    if _shown(path) != path or _shown(Path(inp.relative)) != Path(inp.relative):
        # outputs, records and the manifest are UTF-8: such a name can't be carried
        report.path, report.name = _shown(path), str(_shown(Path(inp.relative)))
        report.action, report.reason = "failed", f"{report.path}: file name is not valid UTF-8 (rename the file)"
        return report
    try:
        with _timed(timings, "read"):
            source = (load or read_source)(path)  # read_source: looked up now (tests patch it)
        document = source.document
        report.sha256 = document.sha256
    except NotADocument as exc:
        if not single:
            return inp.relative, exc.message
        report.action, report.reason = "failed", str(exc)
        return report
    except DocumentError as exc:
        report.action, report.reason = "failed", str(exc)
        return report
    report.warnings.extend(document.warnings)
    if not document.paragraphs:
        if not single:
            return inp.relative, EMPTY
        report.action, report.reason = "failed", f"{path}: {EMPTY}"
        return report
    with _timed(timings, "detect"):
        guess: LanguageGuess = identify_document(source.main_paragraphs(), language_candidates(options), options.threshold)
    report.language, report.confidence, report.uncertain = guess.lang, guess.confidence, guess.uncertain
    work = _Work(report, document, source=source)
    remembered = inp.base in options.forced_before  # an earlier run was told --force for it
    if guess.uncertain:
        if options.force or remembered:
            report.action, report.reason, report.forced = "translate", "forced" if options.force else FORCED_BEFORE, True
        else:
            report.action, report.reason = "uncertain", f"confidence {guess.confidence:.2f} below {options.threshold}; use --force to translate"
    elif guess.lang == options.source_lang:
        report.action, report.forced = "translate", remembered  # (still remembered, should it be uncertain again)
    else:
        report.action, report.reason = "skipped", f"language is {guess.lang}, not {options.source_lang}"
    return work


def prepare_document(inp: Input, options: RunOptions, timings: dict[str, float] | None = None,
                     load: Callable[[Path], SourceDocument] | None = None, single: bool = False,
                     chunk_sentences: int = 2000,
                     on_phase: Callable[[str, int, int, str], None] | None = None,
                     ) -> _Work | DocumentReport | tuple[str, str]:
    """Read, identify and segment one document (a function of the document alone: Ray actors
    run it on the bytes the driver read, RayExecutor.prepare). A DocumentReport: it failed."""
    item = _identify(inp, options, timings, load, single)
    if not isinstance(item, _Work):
        return item
    lang = options.source_lang if item.report.action == "translate" else item.report.language
    with _timed(timings, "segment"):
        item.sentences = segment_document(item.document, lang if lang != "und" else options.source_lang)
    if item.report.action == "translate":
        with _timed(timings, "detect"):
            item.kept = _kept_sentences(item, options, chunk_sentences, on_phase)
    if item.report.action != "translate":
        with _timed(timings, "detect"):
            item.report.foreign = [
                {"sentence": i, "text": span, "language": g.lang, "confidence": round(g.confidence, 4)}
                for i, span, g in foreign_spans([s.text for s in item.sentences], item.report.language,
                                                language_candidates(options))
            ]
    return item


def _kept_sentences(item: _Work, options: RunOptions, chunk_sentences: int,
                    on_phase: Callable[[str, int, int, str], None] | None) -> frozenset[int]:
    """The sentences already in the target language. A document larger than a chunk is checked
    a chunk at a time (each sentence on its own, so the result is the same), with progress:
    on 150,000 sentences this takes minutes."""
    texts = [s.text for s in item.sentences]
    if len(texts) <= chunk_sentences:
        return target_language_sentences(texts, options.source_lang, options.target_lang, options.candidates)
    kept: set[int] = set()
    for lo in range(0, len(texts), chunk_sentences):
        part = target_language_sentences(texts[lo : lo + chunk_sentences], options.source_lang, options.target_lang,
                                         options.candidates)
        kept.update(lo + i for i in part)
        if on_phase:
            on_phase("detecting", min(lo + chunk_sentences, len(texts)), len(texts), item.report.name)
    return frozenset(kept)


def _prepared_here(
    paths: Sequence[Input], options: RunOptions, timings: dict[str, float] | None,
    on_phase: Callable[[str, int, int, str], None] | None, single: bool = False, chunk_sentences: int = 2000,
) -> Iterator[_Work | DocumentReport | tuple[str, str]]:
    for k, path in enumerate(paths):
        if on_phase:
            on_phase("reading", k + 1, len(paths), path.relative)
        item = prepare_document(path, options, timings, None, single, chunk_sentences, on_phase)
        if k == len(paths) - 1:
            release_langid()  # every document is identified: not held while the last ones are translated
        yield item


def _chunks(
    items: Iterator[_Work | DocumentReport | tuple[str, str]], chunk_sentences: int, reports: list[DocumentReport],
    on_phase: Callable[[str, int, int, str], None] | None = None, group_sentences: int | None = None,
    not_taken: list[tuple[str, str]] | None = None,
) -> Iterator[list[_Work]]:
    """Documents read, identified and segmented (`items`, in order), in chunks of about
    `group_sentences` sentences (default `chunk_sentences`); a document larger than
    `chunk_sentences` goes in parts of that many (docstream).

    Every document's report is appended to `reports` as it comes (failed ones too); files
    with no text (empty, binary) go to `not_taken` as (relative path, reason)."""
    group = group_sentences or chunk_sentences
    chunk: list[_Work] = []
    n = 0
    for item in items:
        if isinstance(item, tuple):
            if not_taken is not None:
                not_taken.append(item)
            continue
        if not isinstance(item, _Work):
            reports.append(item)
            continue
        reports.append(item.report)
        if item.report.action == "translate" and len(item.sentences) > chunk_sentences:
            # A huge document goes through in parts of a chunk each (docstream), after the chunk so far.
            if chunk:
                yield chunk
                chunk, n = [], 0
            stream = DocumentStream(len(item.sentences))
            # The parts hold the sentences, each part only until it is written.
            parts = [item.sentences[lo : lo + chunk_sentences] for lo in range(0, len(item.sentences), chunk_sentences)]
            item.sentences = []
            for k in range(len(parts)):
                if on_phase:
                    on_phase("translating", k + 1, len(parts), item.report.name)
                part, parts[k] = parts[k], []
                yield [dataclasses.replace(item, sentences=part, stream=stream)]
            continue
        chunk.append(item)
        n += len(item.sentences)
        if n >= group:
            yield chunk
            chunk, n = [], 0
    if chunk:
        yield chunk
