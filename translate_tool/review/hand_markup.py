"""Hand changes of a translated document that are not words (bold or a link added, a cue retimed
or its lines broken elsewhere, a paragraph split or joined): the review holds words only and the
file is written again from it, so `review/hand_edits.py` takes the words and keeps such a file as
a `.hand-edited` copy too, with the warning `NOT_WORDS`. Found by rendering the document again with
the words taken and comparing it with the file. (Words typed around or inside a link or a bold
word, the markup left in place, render as typed: the review's rendering carries markup through
an edit, docformats/base.carry_positions; QA4 F01.)
"""

from __future__ import annotations

from .hand_reading import FileChanges
from .importer import PAIRS_SUFFIX


def _bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


NOT_WORDS = "changes that are not words (markup, formatting, timing) cannot be taken into the review"


def with_markup(found: FileChanges, store, stem: str, current: bytes, records, written: bytes = b"") -> FileChanges:
    """A translated web page, Markdown file or subtitle file edited by hand in more than its
    words (bold added, a link, a cue retimed): the words are taken, and since the file is written
    again from the review, the rest would be lost: it gets a note, so the file is kept as a copy.
    Found by rendering the document again with the edits taken and comparing (whitespace aside,
    which is layout). Plain text has words and paragraphs: a paragraph split or joined by hand (a
    blank line added or taken out, the same words) is a change of the same kind, and so is one in
    Markdown (QA4 F04). A .docx saved by a word processor is rewritten whole by it, so its
    formatting is compared instead of its bytes (paragraph and run properties,
    docformats.docx.formatting_outline). In a subtitle file a cue's line breaks are formatting
    too, where the person changed them (`written`: the file as the tool wrote it)."""
    from dataclasses import replace

    from ..docformats import format_for
    from .outputs import stored_kit, text_from_records

    fmt = format_for(found.name)
    if found.problem or fmt is None or found.name.endswith((PAIRS_SUFFIX, ".tsv", ".tmx")):
        return found
    edited = [replace(r, tgt=found.targets[p], edited=True, mt=r.mt if r.edited else r.tgt) if p in found.targets else r
              for p, r in enumerate(records)]  # as the review will have them (its markup goes by `mt`)
    if fmt.name == "text":
        same = _paragraphs(_bytes(text_from_records(edited))) == _paragraphs(current)
        return found if same else replace(found, note=NOT_WORDS)
    kit = stored_kit(store, stem)
    if kit is None or kit.raw is None:
        return found
    again = _bytes(kit.render(edited, store.document(stem).tgt_lang))
    if fmt.name == "docx":  # a word processor rewrites the whole package: compare what it shows
        from ..docformats.docx import formatting_outline

        outline = formatting_outline(current)
        return found if outline is not None and outline == formatting_outline(again) else replace(found, note=NOT_WORDS)
    if (_squeezed(again) == _squeezed(current) and not (fmt.name == "subtitles" and _rebroken(written, again, current))
            and not (fmt.name == "markdown" and _paragraphs(again) != _paragraphs(current))):
        return found
    return replace(found, note=NOT_WORDS)


def _squeezed(data: bytes) -> list[str]:
    import unicodedata

    return unicodedata.normalize("NFC", data.decode("utf-8", errors="replace")).split()


def _rebroken(written: bytes, again: bytes, current: bytes) -> bool:
    """A cue of a subtitle file whose lines a person broke again (its words as the tool wrote them:
    balanced, kept under a length -- a subtitler's choice, not layout) where the file written again
    (`again`) breaks them otherwise (QA4 F03). A cue whose words the person changed is left to the
    word edit: the review's rendering breaks an edited cue where its words map."""
    cues = [_blocks(data) for data in (written, again, current)]
    if len({len(c) for c in cues}) != 1:
        return True  # a blank line added or taken out inside the cues: another cue structure
    return any(a != c and " ".join(w).split() == " ".join(c).split() for w, a, c in zip(*cues))


def _paragraphs(data: bytes) -> list[list[str]]:
    """The words of each block of a file (blank lines between blocks): its paragraphs."""
    return [" ".join(block).split() for block in _blocks(data)]


def _blocks(data: bytes) -> list[list[str]]:
    """A file's blocks (paragraphs; a subtitle file's cues, header, notes) between blank lines: their
    lines, spaces inside each aside."""
    import unicodedata

    blocks: list[list[str]] = [[]]
    for line in unicodedata.normalize("NFC", data.decode("utf-8", errors="replace")).splitlines():
        line = " ".join(line.split())
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]
