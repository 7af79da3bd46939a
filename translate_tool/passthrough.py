"""Sentences already in the target language pass through a translation unchanged.

A Spanish page quotes an English tweet; a document translated with --force is partly English.
Sending English to an es->en engine garbles it ("translates" it word by word), so sentences
identified with confidence as the target language are kept as they are and flagged
`kept-target-language` in their pair records. "With confidence" is `langid.foreign_spans`'s
test for a whole foreign sentence (at least four words once names and quotes are masked, a
clear margin over the source language), so a Spanish sentence full of English names stays
translated.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .engines import TranslationEngine
from .langid import DEFAULT_CANDIDATES, foreign_spans

KEPT_FLAG = "kept-target-language"


def target_language_sentences(
    sentences: Sequence[str], source_lang: str, target_lang: str, candidates: Sequence[str] = DEFAULT_CANDIDATES
) -> frozenset[int]:
    """Indices of the sentences confidently in `target_lang` (whole sentences, not quotes)."""
    if target_lang not in candidates or source_lang == target_lang:
        return frozenset()
    return frozenset(
        i for i, span, guess in foreign_spans(sentences, source_lang, candidates)
        if guess.lang == target_lang and span == sentences[i]
    )


def kept_review():
    """The review of a pair passed through. Nothing was translated, so there is nothing to
    score or check: the checks would call the copy "untranslated" and put every embedded
    English tweet first in the review queue. The pair is found by its flag instead."""
    from .pairscore import PairReview

    return PairReview(adequacy=1.0, priority=0.0, checks=(), cosine=1.0)


def translate_keeping(
    engine: TranslationEngine, sources: Sequence[str], kept: Sequence[bool], cache,
    progress: Callable[[int], None] | None = None, glossary=None,
) -> tuple[list, int]:
    """`translate_cached_detailed` over the sources not kept; kept ones are their own translation.
    Returns engines.base.Translation per source and the cache hits."""
    from .engines.base import Translation, translate_cached_detailed

    todo = [s for s, k in zip(sources, kept) if not k]
    translated, hits = (translate_cached_detailed(engine, todo, cache, progress, glossary=glossary)
                        if todo else ([], 0))
    if progress and len(todo) < len(sources):
        progress(len(sources) - len(todo))
    it = iter(translated)
    return [Translation(s) if k else next(it) for s, k in zip(sources, kept)], hits
