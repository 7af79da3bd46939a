"""Translation engines and the `--engine auto` choice between them."""

from __future__ import annotations

from typing import Callable

from ..errors import EngineUnavailable
from ..models import find_installed
from .apertium import ApertiumEngine, apertium_available
from .argos import ArgosEngine
from .base import EngineInfo, TranslationEngine, translate_cached

ENGINES = ("auto", "argos", "apertium")

NO_ENGINE_HELP = (
    "no translation engine for {src}->{tgt}: install an Argos model "
    "(translate-tool models install FILE.argosmodel, or translate-tool models download {src} {tgt} when online) "
    "or Apertium (apt-get install apertium apertium-eng-spa)"
)
APERTIUM_WARNING = (
    "no Argos {src}->{tgt} model installed; using Apertium (rule-based, lower quality). "
    "For neural translation: translate-tool models install FILE.argosmodel"
)


def select_engine(
    name: str, source_lang: str, target_lang: str, warn: Callable[[str], None] | None = None
) -> TranslationEngine:
    """`auto`: Argos if a package for the pair is installed, else Apertium with a warning, else an error."""
    if name == "argos":
        return ArgosEngine.from_installed(source_lang, target_lang)
    if name == "apertium":
        return ApertiumEngine(source_lang, target_lang)
    if name != "auto":
        raise EngineUnavailable(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
    if find_installed(source_lang, target_lang) is not None:
        return ArgosEngine.from_installed(source_lang, target_lang)
    if apertium_available(source_lang, target_lang):
        if warn:
            warn(APERTIUM_WARNING.format(src=source_lang, tgt=target_lang))
        return ApertiumEngine(source_lang, target_lang)
    raise EngineUnavailable(NO_ENGINE_HELP.format(src=source_lang, tgt=target_lang))


__all__ = [
    "ENGINES", "ApertiumEngine", "ArgosEngine", "EngineInfo", "TranslationEngine",
    "select_engine", "translate_cached",
]
