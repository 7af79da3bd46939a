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


def parse(text: str, path: str) -> TextDocument:
    paragraphs = split_paragraphs(normalise_text(text))
    return TextDocument([TextUnit(p, "") for p in paragraphs])


FORMAT = DocFormat("text", (".txt",), parse)
