"""Parallel-text formats: JSONL pair records, side-by-side TSV, TMX 1.4b, Moses, XLIFF 1.2.

Formatters are pure functions (records -> text) so tests and every command share them;
writing goes through `fileio.atomic_write_text`. Each format carries the provenance
signature: a field per JSONL record, a column in TSV, a header <prop> in TMX.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Sequence
from xml.sax.saxutils import escape as _xml_escape

from . import __version__
from .data import PairRecord
from .errors import TranslateToolError


# XML 1.0 forbids these code points even as character references; they cannot appear in TMX.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TSV_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_TSV_UNESCAPES = {v: k for k, v in _TSV_ESCAPES.items()}


def join_side(sentences: Sequence[str]) -> str:
    """A bead side as one segment: its sentences joined by a space."""
    return " ".join(s.strip() for s in sentences)


# ---------------------------------------------------------------- JSONL
def format_jsonl(records: Iterable[PairRecord]) -> str:
    return "".join(
        json.dumps(r.to_json_dict(), ensure_ascii=False, sort_keys=False) + "\n" for r in records
    )


def parse_jsonl(text: str, path: str | Path = "<jsonl>") -> list[PairRecord]:
    records = []
    # split on "\n" only: str.splitlines() also breaks at NEL, U+2028/9, which JSON leaves literal
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            records.append(PairRecord.from_json_dict(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise TranslateToolError(f"line {lineno}: not a pair record ({exc})", path) from None
    return records


def read_pairs_jsonl(path: str | Path) -> list[PairRecord]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TranslateToolError(f"cannot read pair records ({exc.__class__.__name__})", path) from None
    return parse_jsonl(text, path)


# ---------------------------------------------------------------- TSV
_TSV_TABLE = str.maketrans(_TSV_ESCAPES)


def tsv_escape(field: str) -> str:
    return field.translate(_TSV_TABLE)


def tsv_unescape(field: str) -> str:
    return re.sub(r"\\[\\tnr]", lambda m: _TSV_UNESCAPES[m.group(0)], field)


def format_tsv(records: Iterable[PairRecord], src_lang: str, tgt_lang: str) -> str:
    """Header row, then one row per bead: source, target, score, paragraph, flags, review
    status, signature.

    Tabs, newlines, carriage returns and backslashes inside text are backslash-escaped,
    so every row is one line with exactly seven fields -- eight (a last "place" column) when
    the records say where their sentences are in a structured document (HTML, .docx, ...).
    """
    records = list(records)
    placed = any(r.place for r in records)
    rows = ["\t".join([src_lang, tgt_lang, "score", "paragraph", "flags", "status", "signature"] + ["place"] * placed)]
    for r in records:
        rows.append(
            "\t".join(
                [
                    tsv_escape(join_side(r.src)),
                    tsv_escape(join_side(r.tgt)),
                    f"{r.score:.4f}",
                    str(r.paragraph),
                    ",".join(r.flags),
                    r.status + (",edited" if r.edited else ""),
                    tsv_escape(r.signature),
                ]
                + [tsv_escape(r.place)] * placed
            )
        )
    return "\n".join(rows) + "\n"


def parse_tsv(text: str) -> list[tuple[str, str]]:
    """(source, target) per data row of a TSV written by `format_tsv`."""
    lines = text.split("\n")  # not splitlines(): form feed, NEL, U+2028/9 are text here
    return [tuple(tsv_unescape(f) for f in line.split("\t")[:2]) for line in lines[1:] if line]


# ---------------------------------------------------------------- TMX
def _xml_text(text: str) -> str:
    # CR as a character reference: XML parsers turn a literal CR into LF.
    return _xml_escape(_XML_FORBIDDEN.sub("", text), {'"': "&quot;", "\r": "&#13;"})


def format_tmx(
    records: Iterable[PairRecord], src_lang: str, tgt_lang: str, signature: str = ""
) -> str:
    """TMX 1.4b: one <tu> per bead with both sides non-empty (a one-sided unit is no translation).

    Characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR) are dropped.
    """
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        f'  <header creationtool="translate-tool" creationtoolversion="{__version__}"'
        f' datatype="plaintext" segtype="sentence" adminlang="en"'
        f' srclang="{_xml_text(src_lang)}" o-tmf="translate-tool">',
    ]
    if signature:
        out.append(f'    <prop type="x-signature">{_xml_text(signature)}</prop>')
    out += ["  </header>", "  <body>"]
    for r in records:
        if not r.src or not r.tgt:
            continue
        out.append(f'    <tu tuid="{_xml_text(r.doc)}:{r.pair}">')
        out.append(f'      <prop type="x-score">{r.score:.4f}</prop>')
        if r.flags:
            out.append(f'      <prop type="x-flags">{_xml_text(",".join(r.flags))}</prop>')
        out.append(f'      <prop type="x-status">{r.status}</prop>')
        if r.signature and signature and r.signature not in signature.split("; "):  # made by another run
            out.append(f'      <prop type="x-signature">{_xml_text(r.signature)}</prop>')
        if r.edited:  # what the machine (or the first alignment) said, before the reviewer's edit
            out.append(f'      <prop type="x-mt">{_xml_text(join_side(r.mt))}</prop>')
        if r.place:
            out.append(f'      <prop type="x-place">{_xml_text(r.place)}</prop>')
        for lang, side in ((src_lang, r.src), (tgt_lang, r.tgt)):
            out.append(f'      <tuv xml:lang="{_xml_text(lang)}"><seg>{_xml_text(join_side(side))}</seg></tuv>')
        out.append("    </tu>")
    out += ["  </body>", "</tmx>"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- Moses
def format_moses(records: Iterable[PairRecord]) -> tuple[str, str]:
    """Two line-aligned texts; beads missing a side are skipped, inner line breaks become spaces."""
    src_lines, tgt_lines = [], []
    for r in records:
        if not r.src or not r.tgt:
            continue
        src_lines.append(" ".join(join_side(r.src).split()))
        tgt_lines.append(" ".join(join_side(r.tgt).split()))
    return "".join(s + "\n" for s in src_lines), "".join(t + "\n" for t in tgt_lines)


# ---------------------------------------------------------------- XLIFF 1.2
def xliff_state(r: PairRecord) -> tuple[str, str]:
    """(state, state-qualifier or "") of a pair's <target>, from XLIFF 1.2's predefined values:
    approved -> "signed-off" (and approved="yes" on the trans-unit), edited but not yet
    approved -> "translated", unreviewed -> "needs-review-translation" (qualified
    "mt-suggestion" when an engine made it; an aligned human translation has no qualifier),
    rejected -> "needs-translation"."""
    if r.status == "approved":
        return "signed-off", ""
    if r.status == "rejected":
        return "needs-translation", ""
    if r.edited:
        return "translated", ""
    # "engine:" in the signature: machine output (review.model.machine_translated)
    return "needs-review-translation", "mt-suggestion" if "engine:" in r.signature else ""


def format_xliff(records: Iterable[PairRecord], src_lang: str, tgt_lang: str, signature: str = "") -> str:
    """XLIFF 1.2 for CAT tools: one <file> per document, one <trans-unit> per bead with both sides
    (id `doc:pair`), the review status as the target's state (`xliff_state`), the confidence and
    flags in <note>s."""
    by_doc: dict[str, list[PairRecord]] = {}
    for r in records:
        if r.src and r.tgt:
            by_doc.setdefault(r.doc, []).append(r)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    ]
    for doc, recs in by_doc.items() if by_doc else [("corpus", [])]:  # XLIFF needs a <file>
        out.append(
            f'  <file original="{_xml_text(doc)}" source-language="{_xml_text(src_lang)}" '
            f'target-language="{_xml_text(tgt_lang)}" datatype="plaintext" '
            f'tool-id="translate-tool">'
        )
        out.append(f'    <header><tool tool-id="translate-tool" tool-name="translate-tool" tool-version="{__version__}"/>')
        if signature:
            out.append(f'      <note from="translate-tool">{_xml_text(signature)}</note>')
        out += ["    </header>", "    <body>"]
        for r in recs:
            state, qualifier = xliff_state(r)
            approved = ' approved="yes"' if r.status == "approved" else ""
            qualifier = f' state-qualifier="{qualifier}"' if qualifier else ""
            out.append(f'      <trans-unit id="{_xml_text(r.doc)}:{r.pair}"{approved} xml:space="preserve">')
            out.append(f"        <source>{_xml_text(join_side(r.src))}</source>")
            out.append(f'        <target state="{state}"{qualifier}>{_xml_text(join_side(r.tgt))}</target>')
            note = f"score {r.score:.4f}" + (f"; flags {','.join(r.flags)}" if r.flags else "")
            out.append(f'        <note from="translate-tool">{_xml_text(note)}</note>')
            out.append("      </trans-unit>")
        out += ["    </body>", "  </file>"]
    out.append("</xliff>")
    return "\n".join(out) + "\n"
