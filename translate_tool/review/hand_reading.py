"""Reading an output file edited by hand back against what the tool wrote: which pair's target
text or decision each change is (`review/hand_edits.py` takes them into the review).

The translated document (plain text or any docformats format) is compared word by word
(difflib) with the text the tool wrote, in which the pairs' target sentences are found in order:
a change inside one sentence is that sentence's new text; whitespace and line breaks are not
changes; a change across two sentences, or in text no pair holds (a web page's menu), is a
problem, not a guess. `.tsv`, `.pairs.jsonl` and `.tmx` are read row by row (tmx by `tuid`;
a .tsv's columns by the names in its header row): the target text and the status of each pair,
the source text checking that the rows are still the review's pairs; a .tsv's columns the tool
computes (score, paragraph, flags, signature, place) are not read, and a change in one is named
(`FileChanges.ignored`: one warning per column, from the command that reads the file).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Sequence
from xml.etree import ElementTree

from ..data import PairRecord
from ..errors import TranslateToolError
from ..formats import join_side, parse_jsonl, tsv_unescape
from .importer import PAIRS_SUFFIX
from .operations import STATUSES

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


def map_text_edit(old_units: Sequence[str], old_text: str, new_text: str) -> tuple[dict[int, str], str]:
    """Which units (sentences) a hand edit of a text changed, and their new text.

    `old_units` appear in `old_text` in order (found word by word). Returns ({unit index: new text} for changed units, problem); a change that touches
    words of two units or words of no unit is the problem, and then nothing is returned."""
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
    for tag, i1, i2, j1, j2 in _line_opcodes(old_text, new_text, old_words, new_words):
        if tag == "equal":
            new_owner[j1:j2] = owner[i1:i2]
            continue
        if i1 < i2:
            touched = set(owner[i1:i2])
        else:  # an insertion between two sentences: words that end a sentence close the one
            # before them; others open the one after them, as do words on a line of their own
            before = owner[i1 - 1] if i1 > 0 else None
            after = owner[i1] if i1 < len(owner) else None
            starts_line = j1 == 0 or "\n" in new_text[new_tok[j1 - 1][1]:new_tok[j1][0]]
            ends_line = j2 == len(new_words) or "\n" in new_text[new_tok[j2 - 1][1]:new_tok[j2][0]]
            if starts_line and ends_line:  # a heading, a paragraph, a closing note: no sentence holds it
                return {}, "new lines that belong to no sentence (a heading or a paragraph of their own)"
            ends_sentence = new_words[j2 - 1].rstrip("\"'”’»)]")[-1:] in (".", "!", "?", "…")
            if before is None or (after is not None and (starts_line or not ends_sentence)):
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


def _line_opcodes(old_text: str, new_text: str, old_words: Sequence[str],
                  new_words: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """Word opcodes, lines first: difflib over the words of a whole long document is quadratic
    (a minute for 20,000 sentences), over its lines it is not, and words are then compared
    only inside the lines that differ."""
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
        else:
            ops += [(t, x1 + i1, x2 + i1, y1 + j1, y2 + j1)
                    for t, x1, x2, y1, y2 in _opcodes(old_words[i1:i2], new_words[j1:j2])]
    return ops


def _opcodes(old: Sequence[str], new: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes, after the common beginning and end are set aside: difflib matches the
    longest block first, which in repetitive text ("* * *", a repeated caption) can pair words
    far from where the edit was; a single edit is then always placed exactly."""
    n, m = len(old), len(new)
    p = 0
    while p < min(n, m) and old[p] == new[p]:
        p += 1
    q = 0
    while q < min(n, m) - p and old[n - 1 - q] == new[m - 1 - q]:
        q += 1
    ops = [("equal", 0, p, 0, p)] if p else []
    middle = SequenceMatcher(None, old[p:n - q], new[p:m - q], autojunk=False).get_opcodes()
    ops += [(tag, i1 + p, i2 + p, j1 + p, j2 + p) for tag, i1, i2, j1, j2 in middle if (i1, i2, j1, j2) != (0, 0, 0, 0)]
    if q:
        ops.append(("equal", n - q, n, m - q, m))
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
    new, problem = map_text_edit([_nfc(records[p].tgt[k]) for p, k in owners], _nfc(old_text), _nfc(new_text))
    if problem:
        return FileChanges(name, problem=problem)
    return FileChanges(name, targets=_targets_from_units(records, owners, new))


def _document_text(name: str, data: bytes) -> str:
    from ..docformats import format_for, parse_source
    from ..documents import decode_text

    fmt = format_for(name)
    if fmt is None or fmt.name == "text":
        return decode_text(data, name)[0]
    if not data:
        return ""
    return "\n".join(parse_source(data, name, fmt).document.paragraphs)


def _side_edit(record: PairRecord, cell: str, side: str = "tgt") -> tuple[str, ...] | None:
    """A row's cell -> the pair's new sentences on that side (None: unchanged)."""
    sentences = record.tgt if side == "tgt" else record.src
    old = join_side(sentences)
    if _words_of(cell) == _words_of(old):
        return None
    cell = _nfc(cell)
    units = [_nfc(t) for t in sentences if t.strip()]
    if len(units) > 1:  # keep the sentences the edit did not touch apart
        new, problem = map_text_edit(units, _nfc(old), cell)
        if not problem:
            merged = [t.strip() for t in units]
            for u, text in new.items():
                merged[u] = text.strip()
            return tuple(t for t in merged if t)
    return (cell.strip(),) if cell.strip() else ()


def _rows_changes(name: str, records: Sequence[PairRecord], rows: Sequence[tuple[int, str, str, str]]) -> FileChanges:
    """(pair index, source cell, target cell, status cell) rows -> the changes they make."""
    targets, statuses = {}, {}
    sources = {}
    by_source: dict[tuple[str, ...], int] = {}
    for k, r in enumerate(records):
        by_source.setdefault(tuple(_words_of(join_side(r.src))), k)
    for p, src, tgt, status in rows:
        if not 0 <= p < len(records):
            return FileChanges(name, problem=f"a row for pair {p + 1}, which the review does not have")
        if _words_of(src) != _words_of(join_side(records[p].src)):
            # a typo fixed in the Spanish is a source edit; a row of another pair means rows moved
            other = by_source.get(tuple(_words_of(src)))
            if other is not None and other != p:
                return FileChanges(name, problem=f"row {p + 1} holds pair {other + 1}'s source (rows moved)")
            if SequenceMatcher(None, _words_of(join_side(records[p].src)), _words_of(src), autojunk=False).ratio() < SAME_ROW:
                return FileChanges(name, problem=f"row {p + 1} is not the review's pair {p + 1} (rows added, removed or moved)")
            sources[p] = _side_edit(records[p], src, "src")
        new = _side_edit(records[p], tgt)
        if new is not None:
            targets[p] = new
        word = status.split(",")[0].strip().lower()
        if word != records[p].status:
            if word not in STATUSES:
                return FileChanges(name, problem=f"pair {p + 1}: unknown status {word!r}")
            statuses[p] = word
    return FileChanges(name, targets, statuses, sources=sources)


def read_tsv_changes(name: str, current: bytes, records: Sequence[PairRecord], written: bytes | None = None) -> FileChanges:
    """A .tsv against the review's pairs, row by row. `written`: the file as the tool wrote it,
    whose header row names the columns: a spreadsheet whose columns were dragged into another
    order is read by those names (`_tsv_columns`)."""
    from ..documents import decode_text

    try:  # (a spreadsheet saves "Text (Tab delimited)" in the Windows code page, not UTF-8)
        text, encoding, _ = decode_text(current, name)
    except TranslateToolError as exc:
        return FileChanges(name, problem=f"cannot read it back ({exc.message})")
    columns, problem, note = _tsv_columns(text, written)
    if problem:
        return FileChanges(name, problem=problem)
    src_at, tgt_at, status_at = columns
    if encoding in ("cp1252", "latin-1"):  # or Excel for Mac's: the one whose Spanish is the review's
        text = max((current.decode(e, errors="replace") for e in ("cp1252", "mac_roman")),
                   key=lambda t: _sources_read(t, records, src_at))
    lines = text.splitlines()[1:]
    lines = [line for line in lines if line.strip()]
    if len(lines) != len(records):
        return FileChanges(name, problem=f"{len(lines)} rows for {len(records)} pairs")
    rows = []
    least = max(columns) + 1
    for p, line in enumerate(lines):
        cells = line.split("\t")
        if len(cells) < least:
            return FileChanges(name, problem=f"row {p + 2} has {len(cells)} columns, not {7 if columns == TSV_COLUMNS else least}")
        rows.append((p, *_cells(records[p] if p < len(records) else None, cells[src_at], cells[tgt_at]),
                     _unquote(cells[status_at])))
    found = _rows_changes(name, records, rows)
    if found.problem:
        return found
    ignored = _computed_changes(name, text, written, len(records))
    return FileChanges(found.name, found.targets, found.statuses, "", found.sources, note, ignored)


TSV_COLUMNS = (0, 1, 5)  # where the tool writes the source, the target and the status (formats.format_tsv)


def _tsv_columns(text: str, written: bytes | None) -> tuple[tuple[int, int, int], str, str]:
    """((source, target, status) column indexes, problem, note) of a .tsv saved by hand.

    The tool's header row (`es en score paragraph flags status signature [place]`, as `written`
    has it) names the columns: a header that is the tool's, or that names none of its source,
    target and status columns (no header row there at all: the rows are then read where the
    tool wrote them), is read as written; one whose columns were put in another order is read
    by name. A header that names those three in a way that cannot be read (one missing or
    twice) is the problem; a column the tool does not write that holds text is the note (the
    file is kept as a copy: the review cannot hold it)."""
    if written is None:
        return TSV_COLUMNS, "", ""
    wrote = [_unquote(c).strip() for c in _first_line(written.decode("utf-8", errors="replace")).split("\t")]
    header = [_unquote(c).strip() for c in _first_line(text).split("\t")]
    if header == wrote or len(wrote) <= max(TSV_COLUMNS):
        return TSV_COLUMNS, "", ""
    wanted = [wrote[k] for k in TSV_COLUMNS]
    folded = [h.casefold() for h in header]
    found = [[k for k, h in enumerate(folded) if h == w.casefold()] for w in wanted]
    if not any(found):
        return TSV_COLUMNS, "", ""  # no header row (or none of the tool's): read by position
    if any(len(at) != 1 for at in found):
        named = ", ".join(f"{w!r}" for w, at in zip(wanted, found) if len(at) != 1)
        return TSV_COLUMNS, (f"its header row does not name the columns {named} exactly once (a column renamed, "
                             f"removed or doubled), so its columns cannot be told apart; the tool writes "
                             f"{' '.join(wrote)}"), ""
    columns = tuple(at[0] for at in found)
    known = {w.casefold() for w in wrote}
    rows = [line.split("\t") for line in text.splitlines()[1:]]
    extra = [h for k, h in enumerate(header)
             if h.casefold() not in known and any(k < len(r) and r[k].strip() for r in rows)]
    note = (f"its column{'s' * (len(extra) > 1)} {', '.join(repr(h or '(no name)') for h in extra)} "
            f"cannot be taken into the review (the tool writes {' '.join(wrote)})") if extra else ""
    return columns, "", note


def _computed_changes(name: str, text: str, written: bytes | None, pairs: int) -> tuple[str, ...]:
    """One line per column the tool computes (its header's columns but the source, the target and
    the status: score, paragraph, flags, signature, place) whose cells differ from what it wrote,
    naming the pairs: the review does not take them, and a person who changed one should hear so.
    A column is found by its name in the header row, else (no header of the tool's) where the tool
    wrote it; a number a spreadsheet wrote its own way (0.9 for 0.9000, 0,9) is the same number."""
    if written is None:
        return ()
    old = [line.split("\t") for line in written.decode("utf-8", errors="replace").splitlines() if line.strip()]
    new = [line.split("\t") for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    if not old or len(old) != len(new) or len(old) != pairs + 1:
        return ()
    wrote = [_unquote(c).strip() for c in old[0]]
    header = [_unquote(c).strip().casefold() for c in new[0]]
    by_name = any(w.casefold() in header for w in wrote)
    lines = []
    for k, column in enumerate(wrote):
        if k in TSV_COLUMNS:
            continue
        at = [j for j, h in enumerate(header) if h == column.casefold()] if by_name else [k]
        if len(at) != 1:
            continue  # (a column removed or doubled: nothing typed in it to tell of)
        changed = [p for p in range(pairs)
                   if not _same_cell(old[p + 1][k] if k < len(old[p + 1]) else "",
                                     new[p + 1][at[0]] if at[0] < len(new[p + 1]) else "")]
        if changed:
            shown = ", ".join(str(p + 1) for p in changed[:8]) + (" ..." if len(changed) > 8 else "")
            which = f"change in {name} pair {shown} is" if len(changed) == 1 else f"changes in {name} pairs {shown} are"
            lines.append(f"column '{column}' is computed by the tool; the {which} ignored")
    return tuple(lines)


def _same_cell(wrote: str, now: str) -> bool:
    wrote, now = _unquote(wrote).strip(), _unquote(now).strip()
    if _nfc(wrote) == _nfc(now):
        return True
    try:
        a, b = float(wrote), float(now.replace(",", "."))
    except ValueError:
        return [f.strip() for f in wrote.split(",") if f.strip()] == [f.strip() for f in now.split(",") if f.strip()]
    shown = min(len(wrote.partition(".")[2]), len(now.replace(",", ".").partition(".")[2]))
    return abs(a - b) <= 0.5 * 10 ** -shown + 1e-9  # the same number, as rounded to the digits shown


def _first_line(text: str) -> str:
    return text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")


def _sources_read(text: str, records: Sequence[PairRecord], src_at: int = 0) -> int:
    """How many rows of a .tsv's text have their pair's source (which decoding reads it right)."""
    rows = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
    return sum(len(cells) > src_at and _words_of(tsv_unescape(_unquote(cells[src_at]))) == _words_of(join_side(r.src))
               for cells, r in zip(rows, records))


def _unquote(cell: str) -> str:
    """A cell as a spreadsheet saves one with a quote in it: "..." with "" inside."""
    if len(cell) >= 2 and cell[0] == cell[-1] == '"':
        return cell[1:-1].replace('""', '"')
    return cell


def _cells(record: PairRecord | None, src: str, tgt: str) -> tuple[str, str]:
    """A row's source and target cells, unquoted where the spreadsheet quoted them (a sentence
    that is itself in quotes is not unquoted: the source cell says which it is)."""
    if record is None:
        return tsv_unescape(src), tsv_unescape(tgt)
    src_text, tgt_text = join_side(record.src), join_side(record.tgt)

    def unescape(cell: str, text: str) -> str:
        # the tool escapes a backslash, tab or line break it writes; where the pair's text has
        # none, a backslash in the cell was typed ("C:\news"): it stays as typed
        return tsv_unescape(cell) if any(c in text for c in "\\\t\n\r") else cell

    same = _words_of(unescape(src, src_text)) == _words_of(src_text)
    if not same and _words_of(unescape(_unquote(src), src_text)) == _words_of(src_text):
        src = _unquote(src)
    if _words_of(unescape(tgt, tgt_text)) != _words_of(tgt_text) and (tgt.count('""') or not same):
        tgt = _unquote(tgt)
    return unescape(src, src_text), unescape(tgt, tgt_text)


def read_jsonl_changes(name: str, current: bytes, records: Sequence[PairRecord]) -> FileChanges:
    try:
        new = parse_jsonl(current.decode("utf-8"), name)
    except (TranslateToolError, UnicodeDecodeError) as exc:
        return FileChanges(name, problem=f"cannot read it back ({getattr(exc, 'message', exc)})")
    if len(new) != len(records):
        return FileChanges(name, problem=f"{len(new)} pairs for the review's {len(records)}")
    rows = [(k, join_side(r.src), join_side(r.tgt), r.status) for k, r in enumerate(sorted(new, key=lambda r: r.pair))]
    return _rows_changes(name, records, rows)


def read_tmx_changes(name: str, current: bytes, records: Sequence[PairRecord], stem: str) -> FileChanges:
    try:
        root = ElementTree.fromstring(current)
    except ElementTree.ParseError as exc:
        return FileChanges(name, problem=f"not well-formed XML ({exc})")
    rows = []
    for tu in root.iter("tu"):
        doc, _, pair = (tu.get("tuid") or "").rpartition(":")
        segs = ["".join(s.itertext()) for s in tu.iter("seg")]
        status = next((p.text or "" for p in tu.iter("prop") if p.get("type") == "x-status"), "")
        if doc != stem or not pair.isdigit() or len(segs) != 2:
            return FileChanges(name, problem=f"a unit that is not one of the review's pairs ({tu.get('tuid')!r})")
        p = int(pair)
        rows.append((p, segs[0], segs[1], status or (records[p].status if p < len(records) else "")))
    return _rows_changes(name, records, rows)


def read_changes(name: str, stem: str, written: bytes, current: bytes, records: Sequence[PairRecord]) -> FileChanges:
    if name.endswith(PAIRS_SUFFIX):
        return read_jsonl_changes(name, current, records)
    if name == f"{stem}.tsv":
        return read_tsv_changes(name, current, records, written)
    if name == f"{stem}.tmx":
        return read_tmx_changes(name, current, records, stem)
    return read_document_changes(name, written, current, records)
