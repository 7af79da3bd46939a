"""Debian's Apertium rule-based translator (`apertium -u spa-eng`), offline and lower quality.

Sentences go through a few `apertium` processes per run (one per core), one sentence per
blank-line-separated block: Apertium keeps blank lines as format, so block i of the output
is the translation of sentence i. If a process ever returns a different number of blocks,
that chunk is retried sentence by sentence rather than mis-paired.

Apertium runs without `-u`, so it marks each word it does not know with `*` (it copies such
words through untranslated). We take the marks off and report the words (`Translation.unknown`):
the quality checks flag lowercase ones as "untranslated". It marks two more failures the same
way, whatever `-u` says about the first: `@word`, a source word its bilingual dictionary lacks
(left in the source language: reported as unknown too), and `#word`, a target word it could not
inflect (printed as the dictionary form: "to #take", "#$37"). Those marks would otherwise reach
the English text, so they come off as well; a real `@handle` or `#hashtag` of the source stays.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from typing import Sequence

from ..errors import EngineUnavailable
from .base import EngineInfo, Progress, Translation

_LANG3 = {"es": "spa", "en": "eng", "ca": "cat", "pt": "por", "gl": "glg", "fr": "fra", "it": "ita"}
TIMEOUT_S = 600
_MARKED = re.compile(r"\*([^\W_][\w'-]*)")
# `@` / `#` at the start of a token (not inside one: e-mail addresses, C#), before a word or a number.
_OTHER_MARKS = re.compile(r"(?<![^\s(\[\"'¿¡«“‘-])([@#])([^\W_][\w'-]*|[$€£]?\d[\d.,]*)")


def strip_unknown_marks(source: str, raw: str) -> Translation:
    """Apertium output without its `*`, `@` and `#` marks, and the words it left in the source
    language (`*` unknown, `@` missing from its bilingual dictionary).

    A `*` is a mark only when the word after it is copied verbatim from the source (unknown
    words are) and the source does not itself have `*word` (a literal asterisk stays). An `@` or
    `#` is a mark unless the source has the same `@word` / `#word` (a handle or a hashtag)."""
    unknown: list[str] = []
    src_words = set(re.findall(r"[^\W_]+", source))  # hyphens and apostrophes split words: Kai-*Fu

    def unmark(m: re.Match) -> str:
        word = m.group(1)
        parts = [p for p in re.split(r"['’-]", word) if p]
        if parts and all(p in src_words for p in parts) and m.group(0) not in source:
            unknown.append(word)
            return word
        return m.group(0)

    def unmark_other(m: re.Match) -> str:
        mark, word = m.groups()
        if re.search(rf"(?<!\w){re.escape(m.group(0))}(?!\w)", source):
            return m.group(0)
        if mark == "@":
            unknown.append(word)
        return word

    text = _OTHER_MARKS.sub(unmark_other, _MARKED.sub(unmark, raw))
    return Translation(text, tuple(dict.fromkeys(unknown)))


def apertium_mode(source_lang: str, target_lang: str) -> str:
    return f"{_LANG3.get(source_lang, source_lang)}-{_LANG3.get(target_lang, target_lang)}"


def apertium_available(source_lang: str = "es", target_lang: str = "en") -> bool:
    if shutil.which("apertium") is None:
        return False
    try:
        out = subprocess.run(["apertium", "-l"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return apertium_mode(source_lang, target_lang) in out.split()


def _debian_version(package: str) -> str:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, timeout=30
        )
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def mode_package(mode: str) -> str:
    """The Debian package that installed an Apertium mode (`fr-es` -> apertium-fr-es,
    `spa-eng` -> apertium-eng-spa), asked of dpkg; Apertium's naming convention otherwise."""
    try:
        out = subprocess.run(["dpkg-query", "-S", f"/usr/share/apertium/modes/{mode}.mode"],
                             capture_output=True, text=True, timeout=30).stdout
        if ":" in out:
            return out.split(":", 1)[0].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return "apertium-" + "-".join(sorted(mode.split("-")))


class ApertiumEngine:
    def __init__(self, source_lang: str = "es", target_lang: str = "en", processes: int | None = None,
                 mode: str | None = None):
        """`mode`: the Apertium mode to run (as `apertium -l` lists it); by default the one named
        after the pair's ISO 639-3 codes (es->en: spa-eng)."""
        from ..langpairs import apertium_modes, providers

        self.mode = mode or apertium_mode(source_lang, target_lang)
        if self.mode not in apertium_modes():
            raise EngineUnavailable(
                f"Apertium {self.mode} is not installed (install {providers(source_lang, target_lang)[1]})"
            )
        pair_package = mode_package(self.mode)
        self.info = EngineInfo(
            "apertium", pair_package, _debian_version(pair_package), source_lang, target_lang
        )
        from .argos import available_cores

        self.processes = processes or available_cores()

    def _run(self, sentences: Sequence[str]) -> list[str]:
        """Raw output, unknown words still marked."""
        blocks = [" ".join(s.split()) for s in sentences]
        proc = subprocess.run(
            ["apertium", self.mode],
            input="\n\n".join(blocks) + "\n",
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
        if proc.returncode != 0:
            raise EngineUnavailable(f"apertium failed ({proc.stderr.strip()[:200]})")
        out = [" ".join(b.split()) for b in proc.stdout.strip("\n").split("\n\n")]
        if len(out) != len(sentences):
            if len(sentences) == 1:
                return [" ".join(proc.stdout.split())]
            return [t for s in sentences for t in self._run([s])]
        return out

    def translate_sentences(self, sentences: Sequence[str], progress: Progress | None = None) -> list[str]:
        return [t.text for t in self.translate_detailed(sentences, progress)]

    def translate_detailed(self, sentences: Sequence[str], progress: Progress | None = None) -> list[Translation]:
        if not sentences:
            return []
        size = max(1, -(-len(sentences) // self.processes))
        chunks = [list(sentences[i : i + size]) for i in range(0, len(sentences), size)]
        results: list[list[str]] = []
        with ThreadPoolExecutor(max_workers=len(chunks)) as pool:
            for chunk, translated in zip(chunks, pool.map(self._run, chunks)):
                results.append(translated)
                if progress:
                    progress(len(chunk))
        raw = [t for chunk in results for t in chunk]
        return [strip_unknown_marks(" ".join(s.split()), r) for s, r in zip(sentences, raw)]

    def close(self) -> None:
        pass
