"""Where a run's translation and scoring happen: in this process, or in a Ray actor pool
(align-corpus's executors: corpus_align.LocalCorpusExecutor, ray_corpus.RayCorpusExecutor).

The pipeline (translate_tool.pipeline) asks its executor for two things per chunk:
  engine()  the translation engine: the real one (local), or a proxy whose batches go to
            the actors (ray). Either way the driver calls it through translate_keeping, so
            the translation cache is consulted before dispatch and filled after it, in the
            driver only: a Ray run sends only cache misses, and caches exactly what a local
            run would.
  score()   the review signals (pairscore.PairReview) of each document of the chunk, through
            docscore.score_documents: cosines cached per document on the driver, the
            documents missing from that cache computed here (local) or in the actors (ray).
            Scoring is deterministic by construction: one document is one encoder batch
            with one BLAS thread, wherever it runs (docscore says why), so actors can score
            and the outputs are still the local run's bytes.
Everything else (the review store, writing, the lock, the manifest) stays in the driver, so
the outputs are written by the same code in the same order. With Ray, reading, language ID
and segmentation run in the actors too (RayExecutor.prepare); locally, in the pipeline.

Ray is optional (`pip install 'translate-tool[ray]'`): it is imported only by RayExecutor.
Plain actors behind `ray.util.ActorPool` rather than Ray Data: results come back in order
with no dataset to materialise, a killed actor is restarted and its call retried by Ray
(max_restarts / max_task_retries), and the driver keeps the caches (docs/scaling.md).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Sequence

from .engines import EngineInfo, TranslationEngine, select_engine
from .errors import EngineUnavailable, ExecutorUnavailable

EXECUTORS = ("local", "ray")
RAY_INSTALL = "pip install 'translate-tool[ray]'"
# Sentences per actor call: small enough that every actor has work in a chunk of ~2,000
# sentences (and a killed actor loses little), large enough for the engine's own batching.
BATCH_SENTENCES = 200
# The environment an actor needs to find what the driver uses (same paths on every node).
FORWARDED_ENV = ("ARGOS_PACKAGES_DIR", "ARGOS_DEVICE_TYPE", "TRANSLATE_TOOL_CACHE_DIR", "XDG_CACHE_HOME")
THREADS_ENV = "TRANSLATE_TOOL_THREADS"  # engines.argos.available_cores: an actor's CPU share


@dataclass(frozen=True)
class ExecutorOptions:
    name: str = "local"  # local | ray
    address: str | None = None  # ray: None = start a local instance; "auto" or host:port = join a cluster
    workers: int = 0  # ray: actors; 0 = one per CPU of the instance or cluster
    cpus_per_worker: int = 1
    gpus_per_worker: float = 0.0  # ray: with ARGOS_DEVICE_TYPE=cuda on GPU nodes
    verbose: bool = False  # ray: Ray's own logging on the terminal


class LocalExecutor:
    """Everything in this process: the engine's own threads/processes use the machine's cores."""

    name = "local"

    def engine(self, options, warn: Callable[[str], None] | None) -> TranslationEngine:
        return select_engine(options.engine, options.source_lang, options.target_lang, warn)

    def score(self, docs: Sequence, options, cache) -> list[list]:
        """PairReviews per (sources, translations) document (docscore.score_documents)."""
        from .docscore import review_document, score_documents, scorer_name
        from .embeddings import default_encoder

        encoder = default_encoder()
        return score_documents(docs, options, scorer_name(encoder),
                               lambda todo: [review_document(encoder, d, options) for d in todo], cache, encoder)

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def make_executor(options: ExecutorOptions):
    """The executor `options.name` names; ExecutorUnavailable (exit 3) when Ray is missing."""
    if options.name == "local":
        return LocalExecutor()
    if options.name == "ray":
        from .ray_executor import RayExecutor

        return RayExecutor(options)
    raise ExecutorUnavailable(f"unknown executor {options.name!r} (choose from {', '.join(EXECUTORS)})")


def make_corpus_executor(options: ExecutorOptions, warn: Callable[[str], None] | None = None):
    """align-corpus's executor (corpus_align.LocalCorpusExecutor or ray_corpus.RayCorpusExecutor)."""
    if options.name == "local":
        from .corpus_align import LocalCorpusExecutor

        return LocalCorpusExecutor()
    if options.name == "ray":
        from .ray_corpus import RayCorpusExecutor

        return RayCorpusExecutor(options, warn)
    raise ExecutorUnavailable(f"unknown executor {options.name!r} (choose from {', '.join(EXECUTORS)})")


def import_ray():
    try:
        import ray
    except ImportError:
        raise ExecutorUnavailable(f"--executor ray needs Ray: {RAY_INSTALL} (or scripts/setup --ray)") from None
    return ray


class EngineWorker:
    """What each Ray actor holds: the engine and the sentence encoder, built once in the actor
    (CTranslate2 is not fork-safe: the translator must be made in the process that uses it).
    A plain class, so that tests can run it in-process; ray_executor wraps it with ray.remote."""

    def __init__(self, run_options, cpus: int, env: dict[str, str]):
        os.environ.update(env)
        os.environ[THREADS_ENV] = str(max(1, cpus))
        self.warnings: list[str] = []
        self.error = ""
        self.engine = self.encoder = None
        self.run_options = run_options
        try:
            self.engine = select_engine(run_options.engine, run_options.source_lang, run_options.target_lang,
                                        self.warnings.append)
        except EngineUnavailable as exc:  # reported to the driver by ready(), not as an actor death
            self.error = str(exc)
            return
        from .embeddings import SentenceEncoder

        self.encoder = SentenceEncoder(use_cache=False)  # the driver keeps the caches

    def ready(self) -> tuple[EngineInfo | None, str, list[str], str, str]:
        """(engine, error, warnings, scorer name, BLAS kind: scores are identical only on the same kind)."""
        from .docscore import scorer_name

        if self.engine is None:
            return None, self.error, self.warnings, "", ""
        return self.engine.info, self.error, self.warnings, scorer_name(self.encoder), blas_kind()

    def pid(self) -> int:
        return os.getpid()

    def translate(self, sentences: list[str]) -> list:
        from .engines.base import translate_detailed

        return translate_detailed(self.engine, sentences)

    def score(self, docs: list) -> list[tuple[list, bytes]]:
        """docscore.review_document over each (sources, translations) document."""
        from .docscore import review_document

        return [review_document(self.encoder, d, self.run_options) for d in docs]

    def prepare(self, inputs: list, data: list, single: bool = False, chunk_sentences: int = 2000) -> list:
        """prepare.prepare_document of each input, on the bytes the driver read (`data`: bytes,
        or what ray_executor._read says of the DocumentError reading them raised)."""
        from .docformats import format_for, parse_source
        from .errors import DocumentError, NotADocument
        from .prepare import prepare_document

        def loader(d):
            def load(path):
                if isinstance(d, tuple):
                    raise (NotADocument if d[2] else DocumentError)(d[0], d[1])
                return parse_source(d, path, format_for(path))
            return load

        return [prepare_document(i, self.run_options, None, loader(d), single, chunk_sentences)
                for i, d in zip(inputs, data)]


def blas_kind() -> str:
    """The BLAS library, version and kernel architecture numpy uses here: the encoder's floats
    are the same on two machines of the same kind (same wheel, same CPU family)."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return "unknown"
    return ";".join(sorted(f"{i.get('internal_api')}-{i.get('version')}-{i.get('architecture')}"
                           for i in threadpool_info() if i.get("user_api") == "blas")) or "none"

