"""Translation through a pivot language: one engine's output is the next one's input.

As argostranslate chains packages through English, a fr->en run with Debian's
`apertium-fr-es` and `apertium-eng-spa` goes fr->es->en. The whole chain is part of the
provenance signature (and so of the translation-cache key): a translation made through
Spanish is never mistaken for a direct one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .base import EngineInfo, Progress, Translation, translate_detailed


@dataclass(frozen=True)
class ChainInfo(EngineInfo):
    hops: tuple[EngineInfo, ...] = ()

    def signature(self) -> str:
        chain = ">".join(f"{h.name}:{h.model}@{h.version}:{h.source_lang}-{h.target_lang}" for h in self.hops)
        return f"engine:chain|model:{self.model}|version:{self.version}|pair:{self.source_lang}-{self.target_lang}|chain:{chain}"


class ChainEngine:
    def __init__(self, engines: Sequence):
        if len(engines) < 2:
            raise ValueError("a chain needs at least two engines")
        for a, b in zip(engines, engines[1:]):
            if a.info.target_lang != b.info.source_lang:
                raise ValueError(f"cannot chain {a.info.signature()} into {b.info.signature()}")
        self.engines = list(engines)
        hops = tuple(e.info for e in self.engines)
        self.info = ChainInfo(
            "chain", "+".join(h.model for h in hops), "+".join(h.version for h in hops),
            hops[0].source_lang, hops[-1].target_lang, hops,
        )

    def translate_sentences(self, sentences: Sequence[str], progress: Progress | None = None) -> list[str]:
        """Each hop translates the whole batch; progress counts the last hop's sentences."""
        texts = list(sentences)
        for k, engine in enumerate(self.engines):
            texts = engine.translate_sentences(texts, progress if k == len(self.engines) - 1 else None)
        return texts

    def translate_detailed(self, sentences: Sequence[str], progress: Progress | None = None) -> list[Translation]:
        """What the first hop knows about the source (its unknown words) travels with the text;
        the engine score is the weakest hop's."""
        first = translate_detailed(self.engines[0], sentences, None)
        texts = [t.text for t in first]
        scores = [[t.score] for t in first]
        for k, engine in enumerate(self.engines[1:], 1):
            step = translate_detailed(engine, texts, progress if k == len(self.engines) - 1 else None)
            texts = [t.text for t in step]
            for row, t in zip(scores, step):
                row.append(t.score)
        return [
            Translation(text, f.unknown, min((s for s in row if s is not None), default=None))
            for text, f, row in zip(texts, first, scores)
        ]

    def close(self) -> None:
        for engine in self.engines:
            engine.close()
