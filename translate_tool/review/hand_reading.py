"""Reading an output file edited by hand back against what the tool wrote: which pair's target
text or decision each change is (`review/hand_edits.py` takes them into the review).

The translated document (plain text or any docformats format) is compared word by word
(difflib) with the text the tool wrote, in which the pairs' target sentences are found in order:
a change inside one sentence is that sentence's new text; whitespace and line breaks are not
changes; a change across two sentences, or in text no pair holds (a web page's menu), is a
problem, not a guess. A format's text units (a heading, a <title>, a meta description) are
compared each with its own: two rewritten together are two changes. The row formats (`.tsv`, `.pairs.jsonl`, `.tmx`) are read by
`row_reading.py`; `read_changes` reads any of a document's outputs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Sequence

from ..data import PairRecord
from ..errors import TranslateToolError
from ..worddiff import opcodes as _opcodes
from .importer import PAIRS_SUFFIX

_TOKEN = re.compile(r"\S+")


def _nfc(text: str) -> str:
    """Text as the tool keeps it (documents.py reads inputs as NFC): a tool that saves a file back
    in NFD (macOS, some spreadsheets) has changed no letter of it."""
    return unicodedata.normalize("NFC", text)


def _words_of(text: str) -> list[str]:
    return _nfc(text).split()
SAME_ROW = 0.5  # a row whose source shares less of its words (difflib ratio) with the pair's is another pair


@dataclass(frozen=True)
class FileChanges:
    """What one hand-changed file says, by pair index; `problem`: why (part of) it is not taken."""

    name: str
    targets: dict[int, tuple[str, ...]] = field(default_factory=dict)
    statuses: dict[int, str] = field(default_factory=dict)
    problem: str = ""
    sources: dict[int, tuple[str, ...]] = field(default_factory=dict)  # a source cell corrected by hand
    note: str = ""  # what else the file says that the review cannot hold (the file is kept as a copy too)
    ignored: tuple[str, ...] = ()  # changes in columns the tool computes (score, flags, ...): one warning each


def map_text_edit(old_units: Sequence[str], old_text: str, new_text: str,
                  lines_apart: bool = False) -> tuple[dict[int, str], str]:
    """Which units (sentences) a hand edit of a text changed, and their new text.

    `old_units` appear in `old_text` in order (found word by word). Returns ({unit index: new text} for changed units, problem); a change that touches
    words of two units or words of no unit is the problem, and then nothing is returned.
    `lines_apart`: each line of the texts is a text unit of a document format (a heading, a
    paragraph, a <title>, an alt text) whose own place in the file keeps it apart from the
    next: words are not compared across a line break (QA4 F06)."""
    old_tok = [(m.start(), m.end()) for m in _TOKEN.finditer(old_text)]
    new_tok = [(m.start(), m.end()) for m in _TOKEN.finditer(new_text)]
    old_words = [old_text[a:b] for a, b in old_tok]
    new_words = [new_text[a:b] for a, b in new_tok]
    spans = _locate(old_units, old_words)
    owner: list[int | None] = [None] * len(old_words)
    for u, span in enumerate(spans):
        if span is not None:
            for i in range(*span):
                owner[i] = u
    new_owner: list[int | None] = [None] * len(new_words)
    changed: set[int] = set()
    ops = (_line_opcodes(old_text, new_text, old_words, new_words, lines_apart=True) if lines_apart
           else _line_opcodes(old_text, new_text, old_words, new_words))
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            new_owner[j1:j2] = owner[i1:i2]
            continue
        if i1 < i2:
            touched = set(owner[i1:i2])
        else:  # an insertion between two sentences: words that end a sentence or their line close
            # the one before them; others open the one after them, as do words on a line of their own
            before = owner[i1 - 1] if i1 > 0 else None
            after = owner[i1] if i1 < len(owner) else None
            starts_line = j1 == 0 or "\n" in new_text[new_tok[j1 - 1][1]:new_tok[j1][0]]
            ends_line = j2 == len(new_words) or "\n" in new_text[new_tok[j2 - 1][1]:new_tok[j2][0]]
            if starts_line and ends_line:  # a heading, a paragraph, a closing note: no sentence holds it
                return {}, "new lines that belong to no sentence (a heading or a paragraph of their own)"
            ends_sentence = new_words[j2 - 1].rstrip("\"'”’»)]")[-1:] in (".", "!", "?", "…")
            if ends_line and before is not None:  # on the line of the sentence before (a heading has no full stop)
                touched = {before}
            elif before is None or (after is not None and (starts_line or not ends_sentence)):
                touched = {after}
            else:
                touched = {before}
        if None in touched:
            return {}, "a change outside the translated sentences"
        if len(touched) > 1:
            return {}, f"one change across sentences {min(touched) + 1} and {max(touched) + 1}"
        u = touched.pop()
        changed.add(u)
        new_owner[j1:j2] = [u] * (j2 - j1)
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for j, o in enumerate(new_owner):
        if o in changed:
            first.setdefault(o, j)
            last[o] = j
    out = {u: new_text[new_tok[first[u]][0]:new_tok[last[u]][1]] if u in first else "" for u in changed}
    return out, ""


def _line_opcodes(old_text: str, new_text: str, old_words: Sequence[str], new_words: Sequence[str],
                  lines_apart: bool = False) -> list[tuple[str, int, int, int, int]]:
    """Word opcodes, lines first: difflib over the words of a whole long document is quadratic
    (a minute for 20,000 sentences), over its lines it is not, and words are then compared
    only inside the lines that differ (`lines_apart`: with their line breaks as anchors)."""
    def lines(text: str) -> tuple[list[str], list[int]]:
        keys, starts, n = [], [], 0
        for line in text.split("\n"):
            words = line.split()
            if words:
                keys.append(" ".join(words))
                starts.append(n)
                n += len(words)
        return keys, starts + [n]

    old_keys, old_at = lines(old_text)
    new_keys, new_at = lines(new_text)
    if len(old_keys) < 2 and len(new_keys) < 2:
        return _opcodes(old_words, new_words)
    ops: list[tuple[str, int, int, int, int]] = []
    for tag, a1, a2, b1, b2 in _opcodes(old_keys, new_keys):
        i1, i2, j1, j2 = old_at[a1], old_at[a2], new_at[b1], new_at[b2]
        if tag == "equal":
            ops.append(("equal", i1, i2, j1, j2))
        elif lines_apart and (a2 - a1 > 1 or b2 - b1 > 1):
            ops += [(t, x1 + i1, x2 + i1, y1 + j1, y2 + j1) for t, x1, x2, y1, y2
                    in _anchored_opcodes(old_words[i1:i2], new_words[j1:j2], old_at[a1:a2 + 1], new_at[b1:b2 + 1])]
        else:
            ops += [(t, x1 + i1, x2 + i1, y1 + j1, y2 + j1)
                    for t, x1, x2, y1, y2 in _opcodes(old_words[i1:i2], new_words[j1:j2])]
    return ops


_BREAK = "\n"  # a line break among words (never a word: words are split at whitespace)


def _anchored_opcodes(old: Sequence[str], new: Sequence[str], old_at: Sequence[int],
                      new_at: Sequence[int]) -> list[tuple[str, int, int, int, int]]:
    """Word opcodes of lines that changed, the line breaks compared as words: two units rewritten
    whole (a page's <title> and its meta description) are two changes, one in each, not one
    across both. `old_at`/`new_at`: where each line starts among the words (and their end)."""
    def tokens(words: Sequence[str], at: Sequence[int]) -> tuple[list[str], list[int]]:
        out, count = [], []  # count[t]: words before token t
        for k in range(len(at) - 1):
            if k:
                out.append(_BREAK)
                count.append(at[k] - at[0])
            out += words[at[k] - at[0]:at[k + 1] - at[0]]
            count += range(at[k] - at[0], at[k + 1] - at[0])
        return out, count + [len(words)]

    (old_tok, old_n), (new_tok, new_n) = tokens(old, old_at), tokens(new, new_at)
    ops = []
    for tag, a1, a2, b1, b2 in _opcodes(old_tok, new_tok):
        i1, i2, j1, j2 = old_n[a1], old_n[a2], new_n[b1], new_n[b2]
        if tag != "equal":  # (line breaks added or taken out alone change no word)
            tag = "replace" if i1 < i2 and j1 < j2 else "delete" if i1 < i2 else "insert" if j1 < j2 else ""
        if tag and (i1 < i2 or j1 < j2):
            ops.append((tag, i1, i2, j1, j2))
    return ops


def _find(words: Sequence[str], w: Sequence[str], start: int, stop: int | None = None) -> int | None:
    """The first i in [start, stop) where `w` begins in `words` (None: nowhere)."""
    last = len(words) - len(w) + 1
    for i in range(start, last if stop is None else min(stop, last)):
        if words[i] == w[0] and list(words[i:i + len(w)]) == list(w):
            return i
    return None


def _locate(units: Sequence[str], words: Sequence[str]) -> list[tuple[int, int] | None]:
    """Each unit's word range in `words`, searched in order (None: not found). Where a unit's
    words occur more than once before the next unit (a heading "Economy" after a menu item
    "Economy" of a web page: text no pair holds), the place that touches the previous unit or
    the next one is taken, not simply the first."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    split = [u.split() for u in units]
    following = [0] * (len(split) + 1)  # following[u]: the first non-empty unit from u on (len: none)
    following[-1] = len(split)
    for u in range(len(split) - 1, -1, -1):
        following[u] = u if split[u] else following[u + 1]
    for u, w in enumerate(split):
        span = None
        i = _find(words, w, cursor) if w else None
        if i is not None:
            nxt = split[following[u + 1]] if following[u + 1] < len(split) else None
            j = _find(words, nxt, i + len(w)) if nxt else None
            if j is not None:
                places, k = [i], i
                while (k := _find(words, w, k + 1, j - len(w) + 1)) is not None:
                    places.append(k)
                i = min(places, key=lambda c: min(c - cursor, j - c - len(w)))
            span = (i, i + len(w))
            cursor = i + len(w)
        spans.append(span)
    return spans


def _sentences_of(records: Sequence[PairRecord]) -> list[tuple[int, int]]:
    """(pair index, sentence index) of every non-empty target sentence, in order."""
    return [(p, k) for p, r in enumerate(records) for k, t in enumerate(r.tgt) if t.strip()]


def _targets_from_units(records: Sequence[PairRecord], owners: Sequence[tuple[int, int]],
                        new: dict[int, str]) -> dict[int, tuple[str, ...]]:
    """Changed sentences -> each changed pair's new target sentences (an emptied one goes)."""
    out: dict[int, list[str]] = {}
    for u, text in new.items():
        p, k = owners[u]
        out.setdefault(p, [t.strip() for t in records[p].tgt])[k] = text.strip()
    return {p: tuple(t for t in ts if t) for p, ts in out.items()}


def read_document_changes(name: str, written: bytes, current: bytes, records: Sequence[PairRecord]) -> FileChanges:
    """A translated document (plain text or any docformats format) against what was written."""
    try:
        old_text, new_text = _document_text(name, written), _document_text(name, current)
    except TranslateToolError as exc:
        return FileChanges(name, problem=f"cannot read it back ({exc.message})")
    owners = _sentences_of(records)
    new, problem = map_text_edit([_nfc(records[p].tgt[k]) for p, k in owners], _nfc(old_text), _nfc(new_text),
                                 lines_apart=_units_on_lines(name))
    if problem:
        return FileChanges(name, problem=problem)
    return FileChanges(name, targets=_targets_from_units(records, owners, new))


def _units_on_lines(name: str) -> bool:
    """Whether `_document_text` of this file is one text unit a line (any format but plain text)."""
    from ..docformats import format_for

    fmt = format_for(name)
    return fmt is not None and fmt.name != "text"


def _document_text(name: str, data: bytes) -> str:
    from ..docformats import format_for, parse_source
    from ..documents import decode_text

    fmt = format_for(name)
    if fmt is None or fmt.name == "text":
        return decode_text(data, name)[0]
    if not data:
        return ""
    return "\n".join(parse_source(data, name, fmt).document.paragraphs)


def read_changes(name: str, stem: str, written: bytes, current: bytes, records: Sequence[PairRecord]) -> FileChanges:
    """What the hand-changed file `name` of document `stem` says, against what the tool `written`."""
    from .row_reading import read_jsonl_changes, read_tmx_changes, read_tsv_changes  # (it imports this module)

    if name.endswith(PAIRS_SUFFIX):
        return read_jsonl_changes(name, current, records)
    if name == f"{stem}.tsv":
        return read_tsv_changes(name, current, records, written)
    if name == f"{stem}.tmx":
        return read_tmx_changes(name, current, records, stem)
    return read_document_changes(name, written, current, records)
