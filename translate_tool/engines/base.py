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
# 3: cache values carry the engine's findings (Apertium's unknown words, Argos' sequence score).
# 4: Apertium's `@` and `#` marks taken off (they reached the English text: "to #take").
POSTPROCESS_VERSION = 4


@dataclass(frozen=True)
class Translation:
    """One engine output and what the engine itself knows about it (for the quality checks).

    `unknown`: source words the engine did not know and copied through (Apertium marks them).
    `score`: the engine's length-normalised log-probability of its output (Argos), or None.
    """

    text: str
    unknown: tuple[str, ...] = ()
    score: float | None = None

    def to_cache(self) -> bytes:
        d: dict = {"text": self.text}
        if self.unknown:
            d["unknown"] = list(self.unknown)
        if self.score is not None:
            d["score"] = round(float(self.score), 5)
        return json.dumps(d, ensure_ascii=False).encode()

    @classmethod
    def from_cache(cls, raw: bytes) -> "Translation":
        d = json.loads(raw)
        if isinstance(d, str):  # a plain string: written by engines that report nothing else
            return cls(d)
        return cls(str(d["text"]), tuple(d.get("unknown", ())), d.get("score"))


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


def translate_detailed(engine, sentences: Sequence[str], progress: Progress | None = None) -> list[Translation]:
    """The engine's `translate_detailed` if it has one, else its plain strings."""
    detailed = getattr(engine, "translate_detailed", None)
    if detailed is not None:
        return list(detailed(sentences, progress))
    return [Translation(t) for t in engine.translate_sentences(sentences, progress)]


def translate_cached(
    engine: TranslationEngine,
    sentences: Sequence[str],
    cache: KeyValueCache | None,
    progress: Progress | None = None,
    *,
    glossary=None,
) -> tuple[list[str], int]:
    """Translate through the cache, keyed by engine signature and sentence text.

    Only distinct sentences missing from the cache reach the engine. Returns the
    translations and how many sentences were served from the cache.
    """
    found, hits = translate_cached_detailed(engine, sentences, cache, progress, glossary=glossary)
    return [t.text for t in found], hits


def translate_cached_detailed(
    engine: TranslationEngine,
    sentences: Sequence[str],
    cache: KeyValueCache | None,
    progress: Progress | None = None,
    *,
    glossary=None,
) -> tuple[list[Translation], int]:
    """`translate_cached` with the engine's findings (`Translation`) for each sentence.

    `glossary` (translate_tool.glossary.Glossary): its terms are protected around the engine,
    and its fingerprint is part of the cache key of the sentences that contain a term (a changed
    glossary retranslates those)."""
    namespace = f"{engine.info.signature()}|postprocess:{POSTPROCESS_VERSION}"
    if glossary is not None and glossary.terms:  # only sentences with a term depend on the glossary
        glossed = f"{namespace}|{glossary.signature()}"
        keys = [cache_key(glossed if glossary.find(s) else namespace, s) for s in sentences]
    else:
        keys = [cache_key(namespace, s) for s in sentences]
    found = cache.get_many(keys) if cache is not None else {}
    missing = list(dict.fromkeys(s for s, k in zip(sentences, keys) if k not in found))
    hits = sum(k in found for k in keys)
    if progress and hits:
        progress(hits)
    if missing:
        if glossary is not None and glossary.terms:
            translated = glossary.translate(engine, missing, progress)
        else:
            translated = translate_detailed(engine, missing, progress)
        key_of = dict(zip(sentences, keys))
        new = {key_of[s]: t.to_cache() for s, t in zip(missing, translated)}
        if cache is not None:
            cache.put_many(new)
        found.update(new)
        if progress:  # repeated sentences beyond their first occurrence
            progress(len(sentences) - hits - len(missing))
    return [Translation.from_cache(found[k]) for k in keys], hits
