"""Translation engines and the `--engine auto` choice between them."""

from __future__ import annotations

from typing import Callable

from ..errors import EngineUnavailable
from .apertium import ApertiumEngine
from .argos import ArgosEngine
from .base import EngineInfo, TranslationEngine, translate_cached
from .chain import ChainEngine

ENGINES = ("auto", "argos", "apertium")

APERTIUM_WARNING = (
    "no Argos {src}->{tgt} model installed; using {route} ({quality}). "
    "For neural translation: translate-tool models install FILE.argosmodel"
)


def apertium_warning(route, source_lang: str, target_lang: str) -> str:
    """The warning of a route with an Apertium hop: rule-based when every hop is Apertium, else
    which hops are (a pivot through an Argos model is neural on its Argos hops)."""
    def pairs(engine: str) -> str:
        return ", ".join(f"{h.source}->{h.target}" for h in route.hops if h.engine == engine)

    if all(h.engine == "apertium" for h in route.hops):
        what = "Apertium" if len(route.hops) == 1 else route.describe()
        quality = "rule-based, lower quality"
    else:
        what = route.describe()
        quality = f"neural Argos for {pairs('argos')}, rule-based Apertium for {pairs('apertium')}: lower quality"
    return APERTIUM_WARNING.format(src=source_lang, tgt=target_lang, route=what, quality=quality)


def select_engine(
    name: str, source_lang: str, target_lang: str, warn: Callable[[str], None] | None = None
) -> TranslationEngine:
    """The best installed route for the pair (translate_tool.langpairs): a direct Argos package,
    then a direct Apertium mode, then the shortest chain through one pivot language; `name`
    "argos" or "apertium" keeps to that engine. Falling back on Apertium is warned about."""
    from ..langpairs import find_route, installed_hops, providers

    if name not in ENGINES:
        raise EngineUnavailable(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
    route = find_route(source_lang, target_lang, installed_hops(), engine=name)
    if route is None:
        options = providers(source_lang, target_lang)
        if name != "auto":  # only what that engine could do
            options = [o for o in options if o.startswith({"argos": "an Argos", "apertium": "Debian's"}[name])]
        which = {"auto": "translation engine", "argos": "Argos package", "apertium": "Apertium mode"}[name]
        raise EngineUnavailable(f"no {which} for {source_lang}->{target_lang}: install " + " or ".join(options))
    engines = [
        ArgosEngine.from_installed(h.source, h.target) if h.engine == "argos"
        else ApertiumEngine(h.source, h.target, mode=h.name)
        for h in route.hops
    ]
    if name == "auto" and warn and any(h.engine == "apertium" for h in route.hops):
        warn(apertium_warning(route, source_lang, target_lang))
    return engines[0] if len(engines) == 1 else ChainEngine(engines)


__all__ = [
    "ENGINES", "ApertiumEngine", "ArgosEngine", "ChainEngine", "EngineInfo", "TranslationEngine",
    "select_engine", "translate_cached",
]
