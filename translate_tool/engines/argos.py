"""Argos Translate models run directly on CTranslate2.

We load the package with argostranslate's classes (metadata, tokenizer) and call
`ctranslate2.Translator.translate_batch` ourselves on all sentences of a run, sorted by
length and batched by tokens. argostranslate.translate is never imported: it pulls in
stanza/spaCy/torch and splits sentences with models it downloads at run time.

Each output comes with the model's own confidence (`Translation.score`): the log-probability
of the chosen hypothesis per target token (CTranslate2 `return_scores`, divided by the length
plus the end-of-sentence token), so long and short sentences compare.
"""

from __future__ import annotations

import os
from typing import Sequence

from ..errors import EngineUnavailable
from ..models import InstalledModel, find_installed
from ..segment import split_for_engine
from .base import EngineInfo, Progress, Translation

# Pieces per sentence beyond which we split it for the model (published Argos models are
# trained on sentences well under this; CTranslate2 would otherwise truncate silently).
MAX_SOURCE_CHARS = 400


def default_threads(cores: int | None = None) -> tuple[int, int]:
    """(inter_threads, intra_threads) for throughput on this machine's cores.

    Whole runs are translated in many batches, so replicas working on different batches
    (inter) use the cores better than several threads inside one small matrix product
    (intra): on 2 cores, 2x1 translates ~1.4-2x faster than 1x2 (docs/performance.md).
    Past 4 replicas we widen each one instead (less memory per core, bigger GEMMs).
    """
    cores = max(1, cores or available_cores())
    inter = min(cores, 4)
    return inter, max(1, cores // inter)


def available_cores() -> int:
    """The cores we may use: the CPU affinity, or fewer where TRANSLATE_TOOL_THREADS says so
    (a Ray actor given one CPU of a shared node sets it: translate_tool.executors)."""
    try:
        cores = len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    share = os.environ.get("TRANSLATE_TOOL_THREADS", "")
    return max(1, min(cores, int(share))) if share.isdigit() and int(share) > 0 else cores


class ArgosEngine:
    def __init__(
        self,
        model: InstalledModel,
        *,
        beam_size: int = 4,
        max_batch_tokens: int = 1024,
        inter_threads: int = 0,
        intra_threads: int = 0,
        compute_type: str = "auto",
    ):
        """`inter_threads`/`intra_threads` 0: chosen by `default_threads` from the cores we may use."""
        import ctranslate2

        self.model = model
        self.info = EngineInfo("argos", model.name, model.package_version or "unknown", model.from_code, model.to_code)
        self.tokenizer = model.package.tokenizer
        self.target_prefix = getattr(model.package, "target_prefix", "") or ""
        self.beam_size = beam_size
        self.max_batch_tokens = max_batch_tokens
        cores = available_cores()
        self.inter_threads = inter_threads or default_threads(cores)[0]
        self.intra_threads = intra_threads or max(1, cores // self.inter_threads)
        try:
            self.translator = ctranslate2.Translator(
                str(model.model_dir),
                device="cpu",
                compute_type=compute_type,
                inter_threads=self.inter_threads,
                intra_threads=self.intra_threads,
            )
        except (RuntimeError, ValueError) as exc:
            raise EngineUnavailable(f"cannot load the CTranslate2 model ({exc})", model.model_dir) from None

    @classmethod
    def from_installed(cls, source_lang: str, target_lang: str, **kwargs) -> "ArgosEngine":
        model = find_installed(source_lang, target_lang)
        if model is None:
            raise EngineUnavailable(
                f"no Argos {source_lang}->{target_lang} package installed "
                f"(translate-tool models install FILE.argosmodel, or models download {source_lang} {target_lang})"
            )
        return cls(model, **kwargs)

    def _decode(self, tokens: list[str]) -> str:
        text = self.tokenizer.decode(tokens)
        if self.target_prefix and text.startswith(self.target_prefix):
            text = text[len(self.target_prefix) :]
        return text.strip()

    def translate_sentences(self, sentences: Sequence[str], progress: Progress | None = None) -> list[str]:
        return [t.text for t in self.translate_detailed(sentences, progress)]

    def translate_detailed(self, sentences: Sequence[str], progress: Progress | None = None) -> list[Translation]:
        # Over-long sentences are split into pieces the model can take and joined back.
        pieces: list[str] = []
        owner: list[int] = []
        for i, sentence in enumerate(sentences):
            for piece in split_for_engine(sentence, MAX_SOURCE_CHARS):
                pieces.append(piece)
                owner.append(i)
        tokens = [self.tokenizer.encode(p) for p in pieces]
        order = sorted(range(len(tokens)), key=lambda i: len(tokens[i]))
        outputs: list[str] = [""] * len(pieces)
        logprob = [0.0] * len(pieces)  # summed log-probability of each piece's output
        steps = [0] * len(pieces)  # its target tokens, end of sentence included
        done_per_sentence = [0] * len(sentences)
        pieces_per_sentence = [0] * len(sentences)
        for o in owner:
            pieces_per_sentence[o] += 1
        # Our own batches (same-length neighbours, at most max_batch_tokens) so we can report
        # progress between them. They are submitted asynchronously, a few more than there are
        # replicas, so every replica (inter_threads) always has a batch to work on.
        batches: list[list[int]] = []
        start = 0
        while start < len(order):
            end, budget = start, 0
            while end < len(order) and (end == start or budget + len(tokens[order[end]]) <= self.max_batch_tokens):
                budget += len(tokens[order[end]]) + 1
                end += 1
            batches.append(order[start:end])
            start = end
        # Longest first: the batches still running when the queue empties are the short
        # ones, so no replica idles long at the end of a run.
        batches.reverse()

        def submit(batch: list[int]):
            kwargs = {}
            if self.target_prefix:
                kwargs["target_prefix"] = [[self.target_prefix]] * len(batch)
            return self.translator.translate_batch(
                [tokens[i] for i in batch],
                beam_size=self.beam_size,
                max_batch_size=self.max_batch_tokens,
                batch_type="tokens",
                replace_unknowns=True,
                return_scores=True,
                max_decoding_length=max(256, 2 * max(len(tokens[i]) for i in batch) + 10),
                asynchronous=True,
                **kwargs,
            )

        window = 2 * self.inter_threads
        pending = [submit(b) for b in batches[:window]]
        for k, batch in enumerate(batches):
            if k + window < len(batches):
                pending.append(submit(batches[k + window]))
            results = pending[k]
            pending[k] = None  # keep only the batches in flight
            finished = 0
            for i, async_result in zip(batch, results):
                result = async_result.result()
                outputs[i] = self._decode(result.hypotheses[0])
                if result.scores:
                    logprob[i], steps[i] = float(result.scores[0]), len(result.hypotheses[0]) + 1
                done_per_sentence[owner[i]] += 1
                finished += done_per_sentence[owner[i]] == pieces_per_sentence[owner[i]]
            if progress:
                progress(finished)
        joined: list[list[str]] = [[] for _ in sentences]
        sums, counts = [0.0] * len(sentences), [0] * len(sentences)
        for i, out in enumerate(outputs):
            joined[owner[i]].append(out)
            sums[owner[i]] += logprob[i]
            counts[owner[i]] += steps[i]
        return [
            Translation(" ".join(p for p in parts if p), (), round(sums[k] / counts[k], 5) if counts[k] else None)
            for k, parts in enumerate(joined)
        ]

    def close(self) -> None:
        self.translator = None
