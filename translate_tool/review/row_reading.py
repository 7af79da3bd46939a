"""Reading the row formats of a document's outputs edited by hand: `.tsv`, `.pairs.jsonl` and
`.tmx`, row by row (tmx by `tuid`; a .tsv's columns by the names in its header row): the target
text and the status of each pair, the source text checking that the rows are still the review's
pairs. A .tsv's columns the tool computes (score, paragraph, flags, signature, place) are not read,
and a change in one is named (`FileChanges.ignored`: one warning per column, from the command
that reads the file). The translated document itself is read by `hand_reading.py`.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Sequence
from xml.etree import ElementTree

from ..data import PairRecord
from ..errors import TranslateToolError
from ..formats import join_side, parse_jsonl, tsv_unescape
from .hand_reading import SAME_ROW, FileChanges, _nfc, _words_of, map_text_edit
from .operations import STATUSES


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


def rows_changes(name: str, records: Sequence[PairRecord], rows: Sequence[tuple[int, str, str, str]]) -> FileChanges:
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
    lines = _lines(text)[1:]
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
    found = rows_changes(name, records, rows)
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
    rows = [line.split("\t") for line in _lines(text)[1:]]
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
    old = [line.split("\t") for line in _lines(written.decode("utf-8", errors="replace")) if line.strip()]
    new = [line.split("\t") for line in _lines(text.lstrip("\ufeff")) if line.strip()]
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


def _lines(text: str) -> list[str]:
    """A .tsv's rows: split at LF, CRLF or CR (Excel for Mac) only (str.splitlines() also breaks at
    a form feed, a vertical tab, NEL and U+2028/9, which are text inside a cell: formats.parse_tsv;
    the tool writes a CR in a cell as \\r)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _first_line(text: str) -> str:
    return text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")


def _sources_read(text: str, records: Sequence[PairRecord], src_at: int = 0) -> int:
    """How many rows of a .tsv's text have their pair's source (which decoding reads it right)."""
    rows = [line.split("\t") for line in _lines(text)[1:] if line.strip()]
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
    return rows_changes(name, records, rows)


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
    return rows_changes(name, records, rows)
