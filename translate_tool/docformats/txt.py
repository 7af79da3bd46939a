"""Plain text: paragraphs separated by blank lines; the translation keeps the paragraphs.
Units have no `place`: the pair records' paragraph number says where a sentence is.

The rendering is the one `run` has always written (a paragraph's sentences joined by a space,
paragraphs by a blank line), so the outputs for .txt documents do not change.
"""

from __future__ import annotations

from ..documents import normalise_text, split_paragraphs
from .base import DocFormat, ParsedDocument, TextUnit, UnitTranslation


class TextDocument(ParsedDocument):
    def render(self, translations: dict[int, UnitTranslation], target_lang: str) -> bytes:
        paragraphs = [
            " ".join(translations[i][1]) if i in translations else u.text for i, u in enumerate(self.units)
        ]
        return ("\n\n".join(paragraphs) + "\n").encode("utf-8")

    def renderer(self) -> "TextRenderer":
        return TextRenderer(self.units)


class TextRenderer:
    """`TextDocument.render`'s bytes, a part at a time: a huge document's translation is written
    as its chunks come (translate_tool.docstream), so no sentence or translation is kept to the
    end. `add` takes the next sentences in document order (their `paragraph` is the unit index)
    and returns the text of the paragraphs they complete; `finish` the rest."""

    def __init__(self, units):
        self.units = units
        self.next = 0  # the next unit to write
        self.pending: list[str] = []  # translations of unit `next` so far

    def _write(self, text: str) -> str:
        self.next += 1
        return text if self.next == 1 else "\n\n" + text

    def _up_to(self, unit: int) -> list[str]:
        """Units before `unit`: the pending one translated, those without sentences as they are."""
        out: list[str] = []
        while self.next < unit:
            out.append(self._write(" ".join(self.pending) if self.pending else self.units[self.next].text))
            self.pending = []
        return out

    def add(self, sentences, translations) -> str:
        out: list[str] = []
        for s, t in zip(sentences, translations):
            if s.paragraph < self.next:
                raise ValueError(f"sentence {s.index}: paragraph {s.paragraph} is already written")
            out += self._up_to(s.paragraph)
            self.pending.append(t)
        return "".join(out)

    def finish(self) -> str:
        return "".join(self._up_to(len(self.units))) + "\n"


def parse(text: str, path: str) -> TextDocument:
    paragraphs = split_paragraphs(normalise_text(text))
    return TextDocument([TextUnit(p, "") for p in paragraphs])


FORMAT = DocFormat("text", (".txt",), parse)
