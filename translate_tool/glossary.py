"""A glossary both engines obey: protected terms reach the translation exactly as given.

File format (UTF-8 text, one entry a line; `--glossary FILE` on `run` and `translate`):

    # comment lines and blank lines are ignored
    Casa Rosada<TAB>Casa Rosada        source term, TAB, the translation to use
    Ministerio de Economía<TAB>Ministry of Economy
    Letra P                            a source term alone: do not translate (kept as written)

Source terms match whole words, ignoring case ("LA LIBERTAD AVANZA" matches "La Libertad
Avanza"); the longest term wins where terms overlap. The translation is written exactly as in
the file.

How: before the engine, each occurrence is replaced by a placeholder word that engines copy
through untranslated (an unknown capitalised token such as `Zxqb`); after the engine, the
placeholder is found again (ignoring case, marks and endings the engine may add, wherever the
engine moved it) and replaced by the term's translation. A sentence whose placeholders did not
all come back is translated again without them; the quality check "glossary" then reports the
term. The glossary's fingerprint (`glossary:<sha256 prefix>`) is part of the provenance
signature and of the translation-cache key.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .data import Check
from .errors import TranslateToolError

_LETTERS = "bcdfghjklmnpqrstvwxz"


def _placeholder(i: int) -> str:
    """Zxq + letters: a capitalised non-word no engine knows, without digits (number checks)."""
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, len(_LETTERS))
        s = _LETTERS[r] + s
    return "Zxq" + s


@dataclass(frozen=True)
class Glossary:
    terms: tuple[tuple[str, str], ...]  # (source term, translation), longest source first
    path: str = ""

    @classmethod
    def load(cls, path: Path) -> "Glossary":
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TranslateToolError(f"cannot read the glossary ({getattr(exc, 'strerror', None) or exc})", path) from None
        return cls.parse(text, str(path))

    @classmethod
    def parse(cls, text: str, path: str = "<glossary>") -> "Glossary":
        terms: dict[str, tuple[str, str]] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) > 2:
                raise TranslateToolError(f"line {n}: more than one TAB (expected 'source<TAB>target' or 'source')", path)
            src = " ".join(parts[0].split())
            tgt = " ".join(parts[1].split()) if len(parts) == 2 and parts[1].strip() else src
            if not src:
                raise TranslateToolError(f"line {n}: empty source term", path)
            terms[src.lower()] = (src, tgt)
        ordered = sorted(terms.values(), key=lambda t: (-len(t[0]), t[0]))
        return cls(tuple(ordered), path)

    def signature(self) -> str:
        canonical = "\n".join(f"{s}\t{t}" for s, t in self.terms)
        return f"glossary:{hashlib.sha256(canonical.encode('utf-8')).hexdigest()[:12]}"

    def _pattern(self) -> re.Pattern | None:
        if not self.terms:
            return None
        alts = "|".join(r"\s+".join(map(re.escape, s.split())) for s, _ in self.terms)
        return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)

    def find(self, source: str) -> list[tuple[int, int, str, str]]:
        """(start, end, source term, translation) of each occurrence in `source`."""
        pattern = self._pattern()
        if pattern is None:
            return []
        index = {" ".join(s.lower().split()): (s, t) for s, t in self.terms}
        return [(m.start(), m.end(), *index[" ".join(m.group(0).lower().split())]) for m in pattern.finditer(source)]

    def protect(self, source: str) -> tuple[str, list[tuple[str, str]]]:
        """The source with each term replaced by a placeholder, and (placeholder, translation) pairs."""
        out, slots, last = [], [], 0
        for k, (start, end, _, tgt) in enumerate(self.find(source)):
            ph = _placeholder(k)
            out.append(source[last:start] + ph)
            slots.append((ph, tgt))
            last = end
        out.append(source[last:])
        return "".join(out), slots

    @staticmethod
    def restore(translated: str, slots: Sequence[tuple[str, str]]) -> str | None:
        """The translation with placeholders replaced, or None if one is missing."""
        for ph, tgt in slots:
            # the engine may have changed its case, marked it (*, #, @) or added an ending
            pattern = re.compile(rf"[*#@]?{re.escape(ph)}[a-z]{{0,3}}(?![A-Za-z])", re.IGNORECASE)
            translated, n = pattern.subn(lambda _m: tgt, translated, count=1)
            if n == 0:
                return None
        return translated

    def translate(self, engine, sentences: Sequence[str], progress=None) -> list:
        """Translations of `sentences` with the terms protected (engines.base.Translation each)."""
        from .engines.base import Translation, translate_detailed

        protected = [self.protect(s) for s in sentences]
        out = translate_detailed(engine, [p for p, _ in protected], progress)
        result, retry = [], []
        for i, (t, (_, slots)) in enumerate(zip(out, protected)):
            text = self.restore(t.text, slots) if slots else t.text
            if text is None:
                retry.append(i)
                result.append(t)
                continue
            placeholders = {ph.lower() for ph, _ in slots}
            unknown = tuple(w for w in t.unknown if w.lower() not in placeholders)
            result.append(Translation(text, unknown, t.score))
        if retry:  # the engine lost a placeholder: translate those sentences as they are
            again = translate_detailed(engine, [sentences[i] for i in retry])
            for i, t in zip(retry, again):
                result[i] = t
        return result

    def check(self, source: str, target: str) -> list[Check]:
        """Terms of the source whose translation is not in the target exactly as given."""
        missing = [s for _, _, s, t in self.find(source) if t not in target]
        return [
            Check("glossary", (s,), f"glossary: '{s}' should be '{dict(self.terms)[s]}'")
            for s in dict.fromkeys(missing)
        ]
