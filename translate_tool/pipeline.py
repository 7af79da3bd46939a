"""The main job: a folder of documents -> English versions and aligned parallel files.

Stages, each a function over plain records (translate_tool.data):
  discover -> read -> identify language -> segment -> translate (cached) -> score pairs
  -> records -> write (atomic) -> manifest.
Documents stream through read..segment and then, a chunk of ~CHUNK_SENTENCES sentences at a
time, through translate..write: one batched engine call per chunk, and one encoder batch per
document (translate_tool.docscore: a document's scores must not depend on its neighbours).
Nothing is written before the engine is known to be usable, and every output is written
to a temporary file and renamed, so an interrupted run leaves only complete files.
"""

from __future__ import annotations

from contextlib import ExitStack, closing
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator, Sequence

from . import __version__
from .cache import KeyValueCache
from .data import Sentence
from .discovery import discover
from .documents import read_document  # noqa: F401  (part of this module's API: callers read .txt with it)
from .docformats import SUFFIXES, render_document  # noqa: F401  (render_document: part of this module's API)
from .engines import EngineInfo, TranslationEngine
from .errors import TranslateToolError
from .folder_documents import check_output_folder, forced_bases
from .glossary import Glossary
from .langid import DEFAULT_CANDIDATES, DEFAULT_THRESHOLD
from .lock import output_lock
from .passthrough import kept_review, translate_keeping
# The per-document stage (read, identify, segment) and its records; part of this module's API.
from .prepare import (DocumentReport, _chunks, _prepared_here, _timed, _Work, language_candidates,  # noqa: F401
                      prepare_document, segment_document)
# Writing a computed chunk, and the manifest; MT_ALIGNMENT and SCORER_SIGNATURE are in every signature.
from .run_writer import MT_ALIGNMENT, SCORER_SIGNATURE, RunWriter, build_records, render_manifest  # noqa: F401
DOCUMENT_SUFFIXES = SUFFIXES  # .txt, .html, .md, .docx, .srt, .vtt, ... (translate_tool/docformats)
# Documents go through translate/score/write in chunks of about this many sentences: enough
# for length-sorted batching to keep the engine's replicas busy, small enough that memory
# stays flat however many documents a folder holds (docs/performance.md).
CHUNK_SENTENCES = 2000


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
    glossary: "Glossary | None" = None  # translate_tool.glossary: terms both engines must obey
    # bases of the folder's documents an earlier run translated with --force (folder_documents.forced_bases):
    # the force is remembered for each, so a run without it does not leave their review stale
    forced_before: frozenset[str] = frozenset()


@dataclass
class RunReport:
    documents: list[DocumentReport]
    engine: EngineInfo | None
    cache_hits: int
    sentences_translated: int
    manifest_path: Path
    skipped: tuple[tuple[str, str], ...] = ()  # (relative path, reason) of files not taken: other types, empty, binary
    clashes: tuple[str, ...] = ()  # inputs written under another name (discovery.discover)
    retired: tuple[str, ...] = ()  # documents whose source left the input folder (folder_documents)
    other_hand_edits: tuple = ()  # review.hand_edits.HandEdits of documents of the folder this run did not process

    @property
    def failed(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.action == "failed"]


def discover_documents(input_dir: Path) -> list[Path]:
    """The documents a run over `input_dir` (a folder tree or one file) would read."""
    return [d.path for d in discover_inputs(input_dir).documents]


def discover_inputs(input_path: Path, out_dir: Path | None = None):
    from .folder_documents import earlier_inputs

    bases, sources = earlier_inputs(out_dir) if out_dir is not None else ({}, {})
    return discover(Path(input_path), out_dir, bases, sources)


def render_translation(sentences: Sequence[Sentence], translations: Sequence[str]) -> str:
    """The target article: paragraphs as in the source, a paragraph's sentences joined by a space."""
    paragraphs: dict[int, list[str]] = {}
    for s, t in zip(sentences, translations):
        paragraphs.setdefault(s.paragraph, []).append(t)
    return "\n\n".join(" ".join(ts) for _, ts in sorted(paragraphs.items())) + "\n"


def run_pipeline(
    input_dir: Path,
    out_dir: Path,
    options: RunOptions = RunOptions(),
    *,
    warn: Callable[[str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    progress: Callable[[int], None] | None = None,
    on_phase: Callable[[str, int, int, str], None] | None = None,
    on_step: Callable[[str, int], None] | None = None,
    engine: TranslationEngine | None = None,
    wait_for_lock: bool = False,
    timings: dict[str, float] | None = None,
    chunk_sentences: int = CHUNK_SENTENCES,
    executor=None,
) -> RunReport:
    """Run the whole job. Raises TranslateToolError (nothing written) when no engine is usable,
    `lock.OutputLocked` when another process is writing to `out_dir` (unless wait_for_lock),
    `errors.UsageError` (nothing read or written) when `out_dir` holds align-corpus output or
    documents of another language pair (folder_documents.check_output_folder).

    Documents stream through the stages in chunks of about `chunk_sentences` sentences, so
    memory does not grow with the number of documents. `on_total(n)` is called with the
    expected number of sentences to translate, again whenever the estimate changes (it is
    exact once every document has been read); `progress(k)` as k more are translated;
    `on_phase(phase, k, n, name)` as document k of n is read ("reading"), as sentence k of n
    of a document larger than a chunk has been checked for sentences already in the target
    language ("detecting", a chunk at a time) and as its part k of n is translated
    ("translating"); `on_step(step, n)` as a chunk's "translating", "scoring" or "writing"
    begins (n = 0) and as n more sentences are scored or written (each chunk's sentences go
    through the three in turn).
    `executor` (translate_tool.executors): where translation and scoring run; this process by
    default. The caller closes it."""
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    # a folder of align-corpus or of another language pair: refused before anything is read or written
    check_output_folder(out_dir, "run", options.source_lang, options.target_lang)
    discovery = discover_inputs(input_dir, out_dir)
    paths = discovery.documents
    remembered = forced_bases(out_dir)
    if remembered:
        options = replace(options, forced_before=frozenset(remembered))
    if warn:
        for line in discovery.clashes:
            warn(line)
    reports: list[DocumentReport] = []
    run = _Run(out_dir, options, engine, warn, wait_for_lock, timings, executor)
    translatable = 0

    not_taken: list[tuple[str, str]] = []  # empty or binary files, found as they are read

    def started(n: int) -> None:  # a chunk of n sentences is about to be translated
        nonlocal translatable
        translatable += n
        if on_total:  # sentences so far + the same rate for the documents not yet read (exact at the end)
            read = len(reports) + len(not_taken)
            on_total(translatable + round(translatable / len(reports) * (len(paths) - read)))

    overlap = getattr(run.executor, "overlap", False)
    if overlap:  # callbacks from two threads (Run.process_overlapped): one at a time
        progress, on_total, on_phase, on_step = _one_at_a_time(progress, on_total, on_phase, on_step)
    with run:
        prepare = getattr(run.executor, "prepare", None)  # Ray: in the actors
        items = (prepare(paths, options, warn, on_phase, discovery.single, chunk_sentences) if prepare and paths
                 else _prepared_here(paths, options, timings, on_phase, discovery.single, chunk_sentences))
        group = min(getattr(run.executor, "group_sentences", lambda: chunk_sentences)(), chunk_sentences)
        chunks = _chunks(items, chunk_sentences, reports, on_phase, group, not_taken)
        if overlap:
            run.process_overlapped(chunks, progress, started, on_step)
        else:
            for chunk in chunks:
                run.process(chunk, progress, started, on_step)
        # One list of files not taken, in the walk's order (a folder's files before its
        # subfolders', as the documents are listed), however each was found.
        skipped = tuple(sorted(discovery.skipped + tuple(not_taken), key=_walk_order))
        retired = run.write_manifest(reports, discovery.root, skipped, discovery.single)
        # files edited by hand of documents this run did not process (taken when it opened the review)
        bases = {r.base for r in reports}
        others = tuple(h for stem, h in sorted(run.reviews.hand_edits.items()) if stem not in bases) if run.reviews else ()
    return RunReport(reports, run.info, run.cache_hits, run.sentences_translated, out_dir / "manifest.json",
                     skipped, discovery.clashes, tuple(retired), others)


def _walk_order(entry: tuple[str, str]) -> tuple[tuple[int, str], ...]:
    parts = PurePosixPath(entry[0]).parts
    return tuple((1, p) for p in parts[:-1]) + ((0, parts[-1]),) if parts else ()


def _glosses(chunk: Sequence[_Work], options: RunOptions) -> dict[int, list[dict]]:
    """Source-language passages quoted in the chunk's other documents (with --gloss)."""
    if not options.gloss:
        return {}
    return {
        id(w): [f for f in w.report.foreign if f["language"] == options.source_lang]
        for w in chunk if w.report.action != "translate"
    }


def _sources(chunk: Sequence[_Work], options: RunOptions) -> tuple[list[_Work], dict[int, list[dict]], list[str], int]:
    """(documents to translate, glosses, the sentences to translate: theirs then the glosses', how many are theirs)."""
    to_translate = [w for w in chunk if w.report.action == "translate"]
    glosses = _glosses(chunk, options)
    sources = [s.text for w in to_translate for s in w.sentences]
    n_doc_sentences = len(sources)
    return to_translate, glosses, sources + [f["text"] for fs in glosses.values() for f in fs], n_doc_sentences


@dataclass
class _Computed:
    """A chunk translated and scored, to be written."""

    chunk: list[_Work]
    to_translate: list[_Work]
    glosses: dict[int, list[dict]]
    translations: list[str]
    scores: list[list]  # pairscore.PairReview per sentence, per document of to_translate
    n_sentences: int  # translated: the documents' and the glossed passages'


def _one_at_a_time(*callbacks):
    """The callbacks, each call holding one lock (they may come from two threads)."""
    import threading

    lock = threading.Lock()

    def guarded(f):
        if f is None:
            return None

        def call(*args):
            with lock:
                return f(*args)

        return call

    return tuple(guarded(f) for f in callbacks)


class _Run:
    """What the chunks of a run share: the engine, the output lock, the translation cache.

    The engine is chosen when the first chunk needs one, and the output folder is created and
    locked only then (or for the manifest): a run that cannot translate writes nothing."""

    def __init__(self, out_dir: Path, options: RunOptions, engine: TranslationEngine | None,
                 warn: Callable[[str], None] | None, wait_for_lock: bool, timings: dict[str, float] | None,
                 executor=None):
        from .executors import LocalExecutor

        self.out_dir, self.options, self.engine, self.warn = out_dir, options, engine, warn
        self.executor = executor or LocalExecutor()
        self.wait_for_lock, self.timings = wait_for_lock, timings
        self.info: EngineInfo | None = None
        self.signature = ""
        self.cache_hits = self.sentences_translated = 0
        self._held = ExitStack()
        self._locked = False
        self._cache: KeyValueCache | None = None
        self._scores: KeyValueCache | None = None  # docscore: cosines per document
        self.reviews = None  # review.reconcile.RunReconciler, once the output folder is locked
        self.writer: RunWriter | None = None  # likewise

    def __enter__(self) -> "_Run":
        return self

    def __exit__(self, *exc) -> None:
        self._held.close()

    def _engine(self) -> TranslationEngine:
        if self.info is None:
            if self.engine is None:
                self.engine = self.executor.engine(self.options, self.warn)
            self.info = self.engine.info
            glossary = self.options.glossary
            self.signature = (
                f"{self.info.signature()}|align:{MT_ALIGNMENT}|{SCORER_SIGNATURE}"
                + (f"|{glossary.signature()}" if glossary is not None and glossary.terms else "")
                + f"|tool:translate-tool-{__version__}"
            )
            if self.options.use_cache:
                self._cache = self._held.enter_context(closing(KeyValueCache("translations")))
                self._scores = self._held.enter_context(closing(KeyValueCache("scores")))
        return self.engine

    def _output(self) -> None:
        if self._locked:
            return
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise TranslateToolError(f"cannot create the output folder ({exc.strerror or exc})", self.out_dir) from None
        # One writer per output folder (OutputLocked, exit 5, otherwise); stale .*.tmp files of a killed run go.
        self._held.enter_context(output_lock(self.out_dir, wait=self.wait_for_lock, command="run"))
        # again, now that no one else writes: another run may have filled the folder meanwhile
        check_output_folder(self.out_dir, "run", self.options.source_lang, self.options.target_lang)
        self._locked = True
        from .review.reconcile import RunReconciler

        # A folder with review decisions: they win over machine output (review/outputs.py).
        self.reviews = self._held.enter_context(closing(
            RunReconciler(self.out_dir, checks=True, glossary=self.options.glossary)))
        self.writer = RunWriter(self.out_dir, self.options, self.reviews, self._held, self.timings)

    def process(self, chunk: list[_Work], progress: Callable[[int], None] | None, started: Callable[[int], None],
                on_step: Callable[[str, int], None] | None = None) -> None:
        """Translate, score and write one chunk (one batched engine call, one scoring call).
        `started(n)` is called once the engine is ready, before translating the chunk's n sentences;
        `on_step` as run_pipeline says."""
        done = self.compute(chunk, progress, started, on_step)
        if done is not None:
            self.write(done, on_step)

    def process_overlapped(self, chunks: Iterator[list[_Work]], progress: Callable[[int], None] | None,
                           started: Callable[[int], None], on_step: Callable[[str, int], None] | None = None) -> None:
        """`process` over the chunks, writing chunk k while chunk k+1 is read, translated and
        scored (by Ray actors: this thread only waits for them). The same writes in the same
        order as `process`; the output folder is locked and the review store opened here, in
        the thread that writes."""
        from concurrent.futures import ThreadPoolExecutor

        pool = ThreadPoolExecutor(1, thread_name_prefix="translate-tool-chunk")
        pending = None
        try:
            for chunk in chunks:
                if _sources(chunk, self.options)[2]:
                    self._engine()
                    self._output()
                future = pool.submit(self.compute, chunk, progress, started, on_step)
                if pending is not None and (done := pending.result()) is not None:
                    self.write(done, on_step)
                pending = future
            if pending is not None and (done := pending.result()) is not None:
                self.write(done, on_step)
        finally:  # on an error or Ctrl+C: do not wait for a chunk in flight (closing the executor ends it)
            pool.shutdown(wait=False, cancel_futures=True)

    def compute(self, chunk: list[_Work], progress: Callable[[int], None] | None,
                started: Callable[[int], None], on_step: Callable[[str, int], None] | None = None,
                ) -> "_Computed | None":
        """A chunk's translations and scores; None when it has nothing to translate."""
        step = on_step or (lambda name, n: None)
        timings, options = self.timings, self.options
        to_translate, glosses, sources, n_doc_sentences = _sources(chunk, options)
        if not sources:
            return None
        engine = self._engine()
        self._output()
        started(len(sources))
        step("translating", 0)
        kept = [s.index in w.kept for w in to_translate for s in w.sentences] + [False] * (len(sources) - n_doc_sentences)
        with _timed(timings, "translate"):
            detailed, hits = translate_keeping(engine, sources, kept, self._cache, progress, glossary=options.glossary)
        self.cache_hits += hits
        self.sentences_translated += len(sources)
        step("scoring", 0)
        with _timed(timings, "score"):
            doc_scores = self._score(to_translate, sources, detailed)
        step("scoring", len(sources))  # glossed passages (--gloss) are not scored: counted as done here
        return _Computed(chunk, to_translate, glosses, [t.text for t in detailed], doc_scores, len(sources))

    def _score(self, to_translate: list[_Work], sources: list[str], detailed: list) -> list[list]:
        """Review signals per document: a document (or a part of a huge one) is the unit of
        scoring (docscore); its sentences passed through are not scored (kept_review)."""
        docs, todo, cursor = [], [], 0
        for w in to_translate:
            idx = [cursor + i for i, s in enumerate(w.sentences) if s.index not in w.kept]
            todo.append(idx)
            docs.append(([sources[i] for i in idx], [detailed[i] for i in idx]))
            cursor += len(w.sentences)
        scored = self.executor.score(docs, self.options, self._scores)
        out, cursor = [], 0
        for w, idx, reviews in zip(to_translate, todo, scored):
            mine = [kept_review()] * len(w.sentences)
            for i, review in zip(idx, reviews):
                mine[i - cursor] = review
            out.append(mine)
            cursor += len(w.sentences)
        return out

    def write(self, done: "_Computed", on_step: Callable[[str, int], None] | None = None) -> None:
        self._output()
        self.writer.write(done, self.signature, on_step)

    def write_manifest(self, reports: Sequence[DocumentReport], root: Path,
                       skipped: Sequence[tuple[str, str]], single: bool = False) -> list[str]:
        self._output()
        return self.writer.write_manifest(reports, self.info, self.signature, root, skipped, single)
