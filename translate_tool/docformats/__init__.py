"""Document formats: read a file into text units, write the translation back in its format.

One module per format behind one interface (`base.DocFormat`, `base.ParsedDocument`):
txt, html, markdown, docx, subtitles (.srt/.vtt). `read_source(path)` reads any of them into
a `SourceDocument`: the `Document` the pipeline's stages use (its paragraphs are the units'
texts) plus the parsed document that renders the translation. See docs/formats.md.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..data import Document
from ..documents import decode_text, read_bytes
from ..errors import DocumentError, NotADocument
from . import docx, html, markdown, subtitles, txt
from .base import DocFormat, ParsedDocument, TextUnit, UnitTranslation

__all__ = ["FORMATS", "SourceDocument", "format_for", "parse_source", "read_source", "render_document",
           "TextUnit", "UnitTranslation"]

FORMATS: tuple[DocFormat, ...] = (txt.FORMAT, html.FORMAT, markdown.FORMAT, docx.FORMAT, subtitles.FORMAT)
_BY_SUFFIX = {s: f for f in FORMATS for s in f.suffixes}
SUFFIXES = tuple(sorted(_BY_SUFFIX))


def format_for(path: str | Path) -> DocFormat | None:
    return _BY_SUFFIX.get(Path(path).suffix.lower())


@dataclass(frozen=True)
class SourceDocument:
    document: Document  # paragraphs = the units' texts, in order
    parsed: ParsedDocument
    format: DocFormat
    raw: bytes = b""  # the bytes read (the review store keeps them to re-render a reviewed document); b"" for .txt

    @property
    def units(self) -> tuple[TextUnit, ...]:
        return self.parsed.units

    def main_paragraphs(self) -> tuple[str, ...]:
        """The main text (no navigation, footers): what language identification looks at."""
        main = tuple(u.text for u in self.parsed.units if u.main)
        return main or self.document.paragraphs

    def render(self, translations: dict[int, UnitTranslation], target_lang: str) -> bytes:
        return self.parsed.render(translations, target_lang)


def render_document(source: SourceDocument, sentences, translations, target_lang: str, edited_from=None) -> bytes:
    """The translated document in its own format, from the document's sentences (their
    `paragraph` is the unit index) and their translations. `edited_from`: the translations
    (one a sentence) that `translations` were edited from, the machine's: inline markup is placed
    in those, then carried through the edits (`base.carry_positions`)."""
    units: dict[int, tuple[list[str], ...]] = {}
    machine = edited_from if edited_from is not None and len(edited_from) == len(translations) else None
    for k, (s, t) in enumerate(zip(sentences, translations)):
        lists = units.setdefault(s.paragraph, ([], [], []) if machine is not None else ([], []))
        lists[0].append(s.text)
        lists[1].append(t)
        if machine is not None:
            lists[2].append(machine[k])
    return source.render(units, target_lang)


EMPTY = "empty document (no text)"


def parse_source(data: bytes, path: str | Path, fmt: DocFormat | None = None) -> SourceDocument:
    """Bytes -> SourceDocument. Raises DocumentError (unreadable, damaged) with a one-line reason;
    NotADocument when there is no text to read (0 bytes, binary data)."""
    fmt = fmt or format_for(path) or txt.FORMAT
    if not data:  # a 0-byte .docx is not a damaged one: there is simply nothing in it
        raise NotADocument(EMPTY, path)
    sha = hashlib.sha256(data).hexdigest()
    if fmt.binary:
        parsed = fmt.parse(data, str(path))
        encoding, warnings = parsed.encoding, ()
    else:
        text, encoding, warnings = decode_text(data, path)
        if text.startswith("\ufeff"):
            text = text[1:]
        parsed = fmt.parse(text, str(path))
    paragraphs = tuple(u.text for u in parsed.units)
    # Neither the decoded text (the units have it: `paragraphs`) nor, for plain text, the bytes
    # are kept: a run holds a document until its last chunk is written, and on a 20 MB .txt these
    # were ~60 MB (review.outputs.RenderKit re-renders plain text from its pairs alone).
    document = Document(Path(path), "", paragraphs, encoding, tuple(warnings), sha)
    return SourceDocument(document, parsed, fmt, b"" if fmt is txt.FORMAT else data)


def read_source(path: str | Path) -> SourceDocument:
    path = Path(path)
    fmt = format_for(path)
    if fmt is None:
        raise DocumentError(f"unsupported file type {path.suffix or '(no extension)'}", path)
    return parse_source(read_bytes(path), path, fmt)
