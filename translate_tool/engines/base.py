"""What every translation engine provides, and the cache that sits in front of it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence

from ..cache import KeyValueCache, cache_key

Progress = Callable[[int], None]  # called with the number of sentences just finished

# Part of every translation-cache key. Bump it when an engine's pre- or post-processing
# changes (segment splitting, whitespace clean-up, detokenisation): the model's version
# alone would otherwise serve translations made by the old code.
POSTPROCESS_VERSION = 2


@dataclass(frozen=True)
class EngineInfo:
    name: str  # "argos" | "apertium"
    model: str  # package name, e.g. "translate-es_en-1_9" or "apertium-eng-spa"
    version: str  # the model's version: package_version, or the Debian package version
    source_lang: str
    target_lang: str

    def signature(self) -> str:
        """sacrebleu-style provenance: enough to know which system produced a translation."""
        return (
            f"engine:{self.name}|model:{self.model}|version:{self.version}"
            f"|pair:{self.source_lang}-{self.target_lang}"
        )


class TranslationEngine(Protocol):
    info: EngineInfo

    def translate_sentences(self, sentences: Sequence[str], progress: Progress | None = None) -> list[str]:
        """One translation per input sentence, in order."""
        ...

    def close(self) -> None: ...


def translate_cached(
    engine: TranslationEngine,
    sentences: Sequence[str],
    cache: KeyValueCache | None,
    progress: Progress | None = None,
) -> tuple[list[str], int]:
    """Translate through the cache, keyed by engine signature and sentence text.

    Only distinct sentences missing from the cache reach the engine. Returns the
    translations and how many sentences were served from the cache.
    """
    namespace = f"{engine.info.signature()}|postprocess:{POSTPROCESS_VERSION}"
    keys = [cache_key(namespace, s) for s in sentences]
    found = cache.get_many(keys) if cache is not None else {}
    missing = list(dict.fromkeys(s for s, k in zip(sentences, keys) if k not in found))
    hits = sum(k in found for k in keys)
    if progress and hits:
        progress(hits)
    if missing:
        translated = engine.translate_sentences(missing, progress)
        new = {cache_key(namespace, s): json.dumps(t, ensure_ascii=False).encode() for s, t in zip(missing, translated)}
        if cache is not None:
            cache.put_many(new)
        found.update(new)
        if progress:  # repeated sentences beyond their first occurrence
            progress(len(sentences) - hits - len(missing))
    return [json.loads(found[k]) for k in keys], hits
