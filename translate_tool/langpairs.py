"""Which language pairs this machine can translate, and by which route.

A *hop* is one installed translator for one direction: an Argos package (from its
metadata) or an Apertium mode (from `apertium -l`). A *route* is a chain of hops from the
source to the target language; like argostranslate, which chains packages through English,
we allow one pivot language. The best route for a pair is a direct Argos package, then a
direct Apertium mode, then the shortest chain (Argos hops preferred within a length).
"""

from __future__ import annotations

import shutil
import subprocess
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Sequence

# Apertium names languages with ISO 639-3 codes (spa, eng, cat) and sometimes 639-1 (fr, es).
ISO3_TO_1 = {
    "spa": "es", "eng": "en", "cat": "ca", "fra": "fr", "fre": "fr", "por": "pt", "glg": "gl", "ita": "it",
    "deu": "de", "ger": "de", "nld": "nl", "oci": "oc", "arg": "an", "eus": "eu", "ron": "ro", "rum": "ro",
    "epo": "eo", "nob": "nb", "nno": "nn", "swe": "sv", "dan": "da", "isl": "is", "pol": "pl", "ces": "cs",
    "rus": "ru", "ukr": "uk", "bel": "be", "srd": "sc", "cos": "co", "bre": "br", "cym": "cy", "gle": "ga",
    "mlt": "mt", "afr": "af", "ara": "ar", "heb": "he", "tur": "tr", "kaz": "kk", "tat": "tt", "hin": "hi",
    "urd": "ur", "ind": "id", "msa": "ms", "slv": "sl", "hrv": "hr", "srp": "sr", "bos": "bs", "mkd": "mk",
    "bul": "bg", "ell": "el", "hye": "hy", "kir": "ky", "uzb": "uz", "fao": "fo", "sme": "se",
}
# The Debian package that brings an Apertium pair, for the pairs around es/en that users ask
# for most; any other pair is named by Apertium's convention, apertium-<lang>-<lang>.
DEBIAN_PACKAGES = {
    frozenset({"es", "en"}): "apertium-eng-spa", frozenset({"ca", "en"}): "apertium-eng-cat",
    frozenset({"fr", "es"}): "apertium-fr-es", frozenset({"es", "pt"}): "apertium-es-pt",
    frozenset({"en", "gl"}): "apertium-en-gl", frozenset({"es", "gl"}): "apertium-es-gl",
    frozenset({"es", "ca"}): "apertium-spa-cat", frozenset({"es", "it"}): "apertium-es-it",
    frozenset({"fr", "ca"}): "apertium-fra-cat", frozenset({"es", "an"}): "apertium-spa-arg",
    frozenset({"es", "ast"}): "apertium-es-ast", frozenset({"en", "eo"}): "apertium-eo-en",
    frozenset({"es", "eo"}): "apertium-eo-es", frozenset({"fr", "eo"}): "apertium-eo-fr",
}
MAX_HOPS = 2  # one pivot language


@dataclass(frozen=True)
class Hop:
    engine: str  # "argos" | "apertium"
    source: str  # ISO 639-1 where one exists
    target: str
    name: str  # the Argos package name, or the Apertium mode (e.g. "spa-eng", "fr-es")

    def __str__(self) -> str:
        return f"{self.engine}:{self.source}-{self.target}"


@dataclass(frozen=True)
class Route:
    hops: tuple[Hop, ...]

    @property
    def source(self) -> str:
        return self.hops[0].source

    @property
    def target(self) -> str:
        return self.hops[-1].target

    @property
    def pivots(self) -> tuple[str, ...]:
        return tuple(h.target for h in self.hops[:-1])

    def describe(self) -> str:
        """e.g. `apertium (fr->es) + apertium (es->en)`, or `argos`."""
        if len(self.hops) == 1:
            return self.hops[0].engine
        return " + ".join(f"{h.engine} ({h.source}->{h.target})" for h in self.hops)


def iso1(code: str) -> str:
    base = code.split("_")[0].lower()
    return ISO3_TO_1.get(base, base)


def apertium_modes() -> list[str]:
    """The modes `apertium -l` lists ([] when Apertium is not installed)."""
    if shutil.which("apertium") is None:
        return []
    try:
        out = subprocess.run(["apertium", "-l"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return out.split()


def apertium_hops(modes: Iterable[str]) -> list[Hop]:
    """One hop per plain translation mode; variants (`spa-eng_US`) and helper modes
    (`spa-eng-tagger`, `-morph`, ...) are left out."""
    hops = []
    for mode in modes:
        parts = mode.split("-")
        if len(parts) != 2 or "_" in mode:
            continue
        hops.append(Hop("apertium", iso1(parts[0]), iso1(parts[1]), mode))
    return hops


def argos_hops(models: Iterable) -> list[Hop]:
    return [Hop("argos", m.from_code, m.to_code, m.name) for m in models]


def installed_hops() -> list[Hop]:
    from .models import list_installed

    models, _problems = list_installed()
    return argos_hops(models) + apertium_hops(apertium_modes())


def _rank(route: Route) -> tuple[int, int]:
    return len(route.hops), sum(h.engine != "argos" for h in route.hops)


def find_route(source: str, target: str, hops: Sequence[Hop], engine: str = "auto") -> Route | None:
    """The best route from `source` to `target` over `hops`; `engine` "argos" or "apertium"
    keeps only that engine's hops."""
    usable = [h for h in hops if engine in ("auto", h.engine)]
    candidates = [r for r in _routes_from(source, usable) if r.target == target]
    return min(candidates, key=_rank) if candidates else None


def _routes_from(source: str, hops: Sequence[Hop]) -> list[Route]:
    out: list[Route] = []
    queue: deque[tuple[Hop, ...]] = deque((h,) for h in hops if h.source == source)
    while queue:
        chain = queue.popleft()
        out.append(Route(chain))
        if len(chain) < MAX_HOPS:
            seen = {source} | {h.target for h in chain}
            queue.extend(chain + (h,) for h in hops if h.source == chain[-1].target and h.target not in seen)
    return out


def all_routes(hops: Sequence[Hop]) -> list[Route]:
    """The best route for every pair reachable with at most one pivot, sorted by pair."""
    best: dict[tuple[str, str], Route] = {}
    for source in sorted({h.source for h in hops}):
        for route in _routes_from(source, hops):
            key = (route.source, route.target)
            if key not in best or _rank(route) < _rank(best[key]):
                best[key] = route
    return [best[k] for k in sorted(best)]


def debian_package(source: str, target: str) -> str:
    return DEBIAN_PACKAGES.get(frozenset({source, target}), f"apertium-{source}-{target}")


def providers(source: str, target: str) -> list[str]:
    """What would provide a pair that is not installed, each with its install command."""
    lines = [f"an Argos package (translate-tool models install FILE.argosmodel, or translate-tool models "
             f"download {source} {target} when online)",
             f"Debian's Apertium (apt-get install apertium {debian_package(source, target)})"]
    if "en" not in (source, target):  # or through English, as Argos chains its packages
        lines.append(f"a {source}->en and an en->{target} pair (chained through English)")
    return lines
