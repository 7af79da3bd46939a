"""`run --executor ray`: translation in a pool of Ray actors (translate_tool.executors).

Without an address, a local Ray instance is started with this machine's cores (one actor per
core, each engine using one thread); with "auto" or host:port, the run joins that cluster
and starts one actor per CPU it has. Each actor is an executors.EngineWorker: the engine
built once, in the actor. The driver sends batches of up to BATCH_SENTENCES sentences (at
least two per actor), in order, through ray.util.ActorPool and gets them back in order; an actor that dies is
restarted by Ray and the call retried, so a run survives a killed worker with the same output.
The actors score too, a document per encoder batch (docscore: the same floats as a local run),
unless their BLAS differs from the driver's (another CPU kind): then the driver scores.
"""

from __future__ import annotations

import logging
import os
from typing import Callable, Iterator, Sequence

from .engines import EngineInfo
from .engines.argos import available_cores
from .errors import (ClusterUnreachable, DocumentError, EngineUnavailable, ExecutorUnavailable, NotADocument,
                     TranslateToolError)
from .executors import (BATCH_SENTENCES, FORWARDED_ENV, EngineWorker, ExecutorOptions, LocalExecutor, blas_kind,
                        import_ray)

MAX_RESTARTS = 4  # per actor: a worker killed again and again is a problem to report, not hide
MIN_BATCH = 16  # sentences: below this, a call costs more than it translates
PREPARE_DOCS = 8  # documents per reading call
GROUP_PER_ACTOR = 250  # sentences per chunk and actor (at most pipeline.CHUNK_SENTENCES)


def _batches(n: int, size: int) -> list[tuple[int, int]]:
    return [(lo, min(n, lo + size)) for lo in range(0, n, size)]


class RaySession:
    """Ray itself, for an executor: a local instance started, a cluster joined or an instance
    already set up reused; its actors (one class, restarted when killed) in an ActorPool; on
    close, the actors stopped and Ray shut down if this started it. RayExecutor (`run`) and
    ray_corpus.RayCorpusExecutor (`align-corpus`) build on it."""

    def __init__(self, options: ExecutorOptions):
        self.ray = import_ray()
        self.options = options
        self.actors: list = []
        self.pool = None
        self._started = False  # we started the Ray instance (and so shut it down)

    def _connect(self) -> None:
        if self.options.address:  # fail fast, before Ray's own long retries, when nothing listens there
            _check_address(self.options.address)
        self._init()

    def _actor_class(self, cls):
        o = self.options
        return self.ray.remote(cls).options(num_cpus=o.cpus_per_worker, num_gpus=o.gpus_per_worker,
                                            max_restarts=MAX_RESTARTS, max_task_retries=MAX_RESTARTS)

    def _init(self) -> None:
        ray, o = self.ray, self.options
        if ray.is_initialized():  # a caller (a test, a notebook) already set Ray up: use it
            return
        quiet = {} if o.verbose else {"log_to_driver": False, "logging_level": logging.ERROR}
        try:
            if o.address:
                ray.init(address=o.address, include_dashboard=False, **quiet)
            else:
                # "local": a new instance even when a cluster started by `ray start` runs on this
                # machine (address=None would join it, and then refuse num_cpus)
                ray.init(address="local", num_cpus=available_cores(), include_dashboard=False, **quiet)
        except (ConnectionError, RuntimeError, ValueError, TimeoutError) as exc:
            where = o.address or "a local Ray instance"
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ClusterUnreachable(f"cannot connect to Ray at {where} ({first[:200]})") from None
        self._started = True

    def _workers(self) -> int:
        if self.options.workers:
            return self.options.workers
        cpus = int(self.ray.cluster_resources().get("CPU", 1))
        return max(1, cpus // max(1, self.options.cpus_per_worker))

    def _ordered(self, call, groups: list, progress, sizes: list[int]) -> list:
        """call(actor, group) for each group on a free actor; results concatenated, in order."""
        out: list = []
        try:
            for size, result in zip(sizes, self.pool.map(call, groups)):
                out.extend(result)
                if progress:
                    progress(size)
        except self.ray.exceptions.RayError as exc:  # restarts and retries used up: one line, exit 1
            raise _failed_for_good(exc) from None
        return out

    def worker_pids(self) -> list[int]:
        return self.ray.get([a.pid.remote() for a in self.actors])

    def _stop_actors(self) -> None:
        for a in self.actors:
            try:
                self.ray.kill(a)
            except Exception:  # already gone: nothing to release
                pass
        self.actors, self.pool = [], None

    def close(self) -> None:
        self._stop_actors()
        if self._started:
            self.ray.shutdown()
            self._started = False

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class RayExecutor(RaySession):
    name = "ray"
    overlap = True  # pipeline: write chunk k while the actors work on chunk k+1

    def __init__(self, options: ExecutorOptions):
        super().__init__(options)
        self.run_options = None
        self.scorer = ""  # the actors' docscore.scorer_name; "" = the driver scores
        self.info: EngineInfo | None = None

    # -- the executor interface ---------------------------------------------------------------
    def engine(self, run_options, warn: Callable[[str], None] | None):
        self._start(run_options, warn)
        return _PoolEngine(self, self.info)

    def _start(self, run_options, warn: Callable[[str], None] | None) -> None:
        """The actors, each with its engine and encoder (once per run; the engine's failure is
        raised here, before anything is written)."""
        if self.pool is not None and run_options == self.run_options:
            return
        self._stop_actors()  # another run's options: its actors hold another engine
        ray, o = self.ray, self.options
        self._connect()
        env = {k: os.environ[k] for k in FORWARDED_ENV if k in os.environ}
        remote = self._actor_class(EngineWorker)
        self.run_options = run_options
        self.actors = [remote.remote(run_options, o.cpus_per_worker, env) for _ in range(self._workers())]
        try:
            ready = ray.get([a.ready.remote() for a in self.actors])
        except ray.exceptions.RayError as exc:
            raise ExecutorUnavailable(f"Ray workers could not start ({str(exc).splitlines()[0][:200]})") from None
        info, error, warnings, scorer, _ = ready[0]
        if error:
            raise EngineUnavailable(error)
        for line in warnings:
            if warn:
                warn(line)
        mine = blas_kind()
        if all(r[4] == mine and r[3] == scorer for r in ready):
            self.scorer = scorer
        elif warn:  # another CPU kind or numpy build: its floats could differ in the 4th decimal
            warn(f"Ray workers' BLAS ({sorted({r[4] for r in ready})}) differs from this machine's ({mine}): "
                 "scoring in the driver, so that the outputs are this machine's")
        self.info = info
        self.pool = ray.util.ActorPool(self.actors)

    # -- reading, language ID, segmentation: in the actors, results in document order ----------
    def prepare(self, inputs: Sequence, run_options, warn, on_phase, single: bool = False,
                chunk_sentences: int = 2000) -> Iterator:
        """prepare.prepare_document of each input, run by the actors on the bytes this process
        reads (the input folder need not be shared with the nodes), in order. The actors start
        here: with Ray, a run that cannot get an engine fails before reading, not after."""
        self._start(run_options, warn)
        return self._prepared(list(inputs), on_phase, single, chunk_sentences)

    def _prepared(self, inputs: list, on_phase, single: bool, chunk_sentences: int) -> Iterator:
        from collections import deque

        batches = [inputs[lo : lo + PREPARE_DOCS] for lo in range(0, len(inputs), PREPARE_DOCS)]
        window: deque = deque()  # (batch, ObjectRef) in order; a few per actor in flight, not the folder
        submitted = done = 0
        while done < len(inputs):
            while submitted < len(batches) and len(window) < 2 * len(self.actors):
                batch = batches[submitted]
                actor = self.actors[submitted % len(self.actors)]
                window.append((batch, actor.prepare.remote(batch, [_read(i.path) for i in batch], single,
                                                           chunk_sentences)))
                submitted += 1
            batch, ref = window.popleft()
            try:
                items = self.ray.get(ref)
            except self.ray.exceptions.RayError as exc:
                raise _failed_for_good(exc) from None
            for inp, item in zip(batch, items):
                done += 1
                if on_phase:
                    on_phase("reading", done, len(inputs), inp.relative)
                yield item

    def group_sentences(self) -> int:
        """Sentences per chunk: small enough that writing a chunk overlaps with translating the
        next (process_overlapped), large enough for two batches of a few dozen per actor."""
        return max(GROUP_PER_ACTOR * max(1, len(self.actors)), 2 * MIN_BATCH)

    def _map(self, method: str, args: list[tuple], progress: Callable[[int], None] | None, sizes: list[int]) -> list:
        """Each args tuple to one actor call; results in order; progress(size) as each returns."""
        return self._ordered(lambda a, v: getattr(a, method).remote(*v), args, progress, sizes)

    def translate(self, sentences: Sequence[str], progress) -> list:
        size = self._size(len(sentences))
        spans = _batches(len(sentences), size)
        return self._map("translate", [(list(sentences[lo:hi]),) for lo, hi in spans], progress,
                         [hi - lo for lo, hi in spans])

    def _size(self, n: int) -> int:
        # At least two batches per actor, so that a small chunk does not leave actors idle
        # while one works through a last long batch.
        return max(MIN_BATCH, min(BATCH_SENTENCES, -(-n // (2 * max(1, len(self.actors))))))

    def score(self, docs: Sequence, options, cache) -> list[list]:
        """PairReviews per document: the actors score the documents missing from the cache."""
        from .docscore import score_documents

        if not self.scorer:
            return LocalExecutor().score(docs, options, cache)
        return score_documents(docs, options, self.scorer, self._score_remote, cache)

    def _score_remote(self, docs: list) -> list:
        size = self._size(sum(len(d[0]) for d in docs))
        groups: list[list] = [[]]
        n = 0
        for d in docs:  # whole documents per call: a document is the unit of scoring
            if groups[-1] and n + len(d[0]) > size:
                groups.append([])
                n = 0
            groups[-1].append(d)
            n += len(d[0])
        return self._map("score", [(g,) for g in groups], None, [0] * len(groups))

    def _stop_actors(self) -> None:
        super()._stop_actors()
        self.scorer = ""


class _PoolEngine:
    """The driver's view of the actors' engine: what translate_keeping and the cache need."""

    def __init__(self, executor: RayExecutor, info: EngineInfo):
        self.executor, self.info = executor, info

    def translate_detailed(self, sentences: Sequence[str], progress=None) -> list:
        return self.executor.translate(sentences, progress)

    def translate_sentences(self, sentences: Sequence[str], progress=None) -> list[str]:
        return [t.text for t in self.translate_detailed(sentences, progress)]

    def close(self) -> None:
        pass


def _failed_for_good(exc: Exception) -> TranslateToolError:
    """Ray's error once restarts and retries are used up: one line (exit 1)."""
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return TranslateToolError(f"a Ray worker failed for good ({first[:200]})")


def _read(path) -> bytes | tuple[str, str | None, bool]:
    """The driver's half of docformats.read_source: the document's bytes, or (message, path,
    whether it is a NotADocument) of the DocumentError the actor raises as a local run would."""
    from .docformats import format_for, read_source
    from .documents import read_bytes

    try:
        if format_for(path) is None:
            read_source(path)  # raises its "unsupported file type"
        return read_bytes(path)
    except DocumentError as exc:
        return exc.message, exc.path, isinstance(exc, NotADocument)


def _check_address(address: str) -> None:
    """host:port must accept a connection ("auto" and ray:// addresses are left to Ray)."""
    import socket

    if address == "auto" or "://" in address or ":" not in address:
        return
    host, _, port = address.rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=5):
            pass
    except (OSError, ValueError) as exc:
        raise ClusterUnreachable(f"{address}: no Ray cluster answers there ({exc})") from None
