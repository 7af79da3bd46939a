"""Property-based tests (issue 7) for the reader and the writers, and a bounded reader fuzz.

Segmentation (no character lost) and alignment (every sentence once, in order) have their
properties in tests/test_segment.py and tests/test_aligner.py.
"""

from __future__ import annotations

import json
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from translate_tool.data import PairRecord
from translate_tool.documents import decode_text, read_document
from translate_tool.errors import DocumentError
from translate_tool.formats import format_jsonl, format_tmx, format_tsv, join_side, parse_jsonl, parse_tsv

from conftest import load_benchmark

reliability = load_benchmark("reliability")

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Text as it reaches the writers: anything printable plus the characters formats must escape.
_NASTY = st.sampled_from(list("&<>\"'\t\n\\;") + ["\x00", "\x01", "\x0b", "\x1f", "\ufffe", "\u2028", "]]>", "&amp;"])
TEXT = st.lists(st.one_of(st.text(max_size=8), _NASTY), max_size=12).map("".join)
SIDE = st.lists(TEXT, max_size=3).map(tuple)


def _record(i: int, src: tuple[str, ...], tgt: tuple[str, ...], score: float, flags: tuple[str, ...]) -> PairRecord:
    return PairRecord("doc & <stem>", i, src, tgt, tuple(range(len(src))), tuple(range(len(tgt))), i,
                      score, flags, "engine:x|model:\"m\"&<v>")


# str.splitlines() also breaks lines at these; the parsers must split on \n only.
SPLITLINES_EXTRA = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _records(exclude: str = ""):
    side = SIDE.map(lambda t: tuple("".join(c for c in x if c not in exclude) for x in t))
    return st.lists(
        st.tuples(side, side, st.floats(0, 1, allow_nan=False),
                  st.lists(st.sampled_from(["low-similarity", "untranslated", "a&b"]), max_size=2).map(tuple)),
        max_size=6,
    ).map(lambda rows: [_record(i, *row) for i, row in enumerate(rows)])


RECORDS = st.lists(
    st.tuples(SIDE, SIDE, st.floats(0, 1, allow_nan=False),
              st.lists(st.sampled_from(["low-similarity", "untranslated", "a&b"]), max_size=2).map(tuple)),
    max_size=6,
).map(lambda rows: [_record(i, *row) for i, row in enumerate(rows)])


# ---------------------------------------------------------------- reader
@FAST
@given(st.binary(max_size=2048))
@example(b"\xff\xfe\x00h\x00i")  # UTF-16 with BOM: read as UTF-16
@example(b"\xff\xfe\x00\x00\x00\x00")  # UTF-32 BOM then a NUL character: binary
@example(b"\xef\xbb\xbf")  # a BOM and nothing else
@example("a\r\r\nb\x85c\u2028".encode("utf-8"))
def test_decode_never_crashes(data):
    try:
        text, encoding, warnings = decode_text(data, "x.txt")
    except DocumentError as exc:
        assert str(exc).startswith("x.txt: ") and "\n" not in str(exc)
        return
    assert encoding in ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    assert (encoding in ("cp1252", "latin-1")) == bool(warnings)
    assert "\x00" not in text
    assert encoding.startswith("utf-16") or encoding.startswith("utf-32") or b"\x00" not in data


@FAST
@given(st.binary(max_size=1024) | st.text(max_size=400).map(lambda t: t.encode("utf-8")))
def test_read_document_gives_a_normalised_document_or_an_error(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in put ñ.txt"
        path.write_bytes(data)
        try:
            doc = read_document(path)
        except DocumentError as exc:
            assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)
            return
    assert "\r" not in doc.text and unicodedata.is_normalized("NFC", doc.text)
    assert all(p and p == p.strip() and "\n\n" not in p for p in doc.paragraphs)
    # No text is lost: every non-space character of the file is in a paragraph, in order.
    assert "".join("".join(doc.paragraphs).split()) == "".join(doc.text.split())


@FAST
@given(st.text(max_size=300))
def test_utf8_text_is_read_back_exactly_modulo_normalisation(text):
    data = text.encode("utf-8")
    try:
        decoded, encoding, warnings = decode_text(data)
    except DocumentError:
        assert "\x00" in text or sum(c < " " and c not in "\t\n\r\x0c\x1b" for c in text) > 0
        return
    if text.startswith("\ufeff"):  # its UTF-8 bytes are the byte order mark: read as the encoding's mark
        assert (decoded, encoding, warnings) == (text[1:], "utf-8-sig", ())
        return
    assert decoded == text and encoding == "utf-8" and warnings == ()


def test_utf8_text_starting_with_a_byte_order_mark_reads_as_utf8_sig():
    """The example Hypothesis drew (text='\\ufeff'): a leading U+FEFF in UTF-8 is the BOM, dropped."""
    assert decode_text("\ufeffHola".encode("utf-8")) == ("Hola", "utf-8-sig", ())
    assert decode_text("\ufeff".encode("utf-8")) == ("", "utf-8-sig", ())


def test_bounded_reader_fuzz(tmp_path):
    stats = reliability.fuzz_reader(seed=3, iterations=600, workdir=tmp_path)
    assert stats["failures"] == []
    assert stats["read"] > 100 and stats["refused"] > 50


# ---------------------------------------------------------------- writers
@FAST
@given(RECORDS)
def test_tmx_is_wellformed_and_keeps_every_allowed_character(records):
    root = ET.fromstring(format_tmx(records, "es", "en", records[0].signature if records else "sig&<>\""))
    tus = root.find("body").findall("tu")
    kept = [r for r in records if r.src and r.tgt]
    assert len(tus) == len(kept)
    for tu, r in zip(tus, kept):
        segs = [(tuv.get(_XML_LANG), tuv.find("seg").text or "") for tuv in tu.findall("tuv")]
        expected = [("es", _xml_visible(join_side(r.src))), ("en", _xml_visible(join_side(r.tgt)))]
        assert segs == expected
    if records:
        assert root.find("header").find("prop").text == records[0].signature


def _xml_visible(text: str) -> str:
    """What XML 1.0 can carry: the forbidden controls and non-characters are dropped by design."""
    return "".join(c for c in text if not (c < " " and c not in "\t\n\r") and c not in "\ufffe\uffff")


def test_tmx_keeps_carriage_returns():
    r = _record(0, ("a\rb",), ("c\rd",), 1.0, ())
    seg = ET.fromstring(format_tmx([r], "es", "en")).find("body/tu/tuv/seg")
    assert seg.text == "a\rb"


@FAST
@given(_records(exclude=SPLITLINES_EXTRA))
def test_tsv_round_trip_with_tabs_quotes_newlines(records):
    text = format_tsv(records, "es", "en")
    lines = text.split("\n")
    assert lines[-1] == "" and all(len(line.split("\t")) == 7 for line in lines[:-1])
    assert parse_tsv(text) == [(join_side(r.src), join_side(r.tgt)) for r in records]


@FAST
@given(_records(exclude="\x85\u2028\u2029"))  # json.dumps escapes the other splitlines characters
def test_jsonl_round_trip(records):
    text = format_jsonl(records)
    assert text.count("\n") == len(records)  # one record per line, whatever the text holds
    back = parse_jsonl(text)
    for a, b in zip(back, records, strict=True):
        assert (a.doc, a.pair, a.src, a.tgt, a.src_ids, a.tgt_ids, a.paragraph, a.flags, a.signature) == (
            b.doc, b.pair, b.src, b.tgt, b.src_ids, b.tgt_ids, b.paragraph, b.flags, b.signature)
        assert a.score == round(b.score, 4)
    for line in text.splitlines():
        json.loads(line)


@pytest.mark.parametrize("char", list(SPLITLINES_EXTRA))
def test_tsv_round_trip_with_unicode_line_separators(char):
    records = [_record(0, (f"a{char}b",), ("c",), 0.5, ())]
    assert parse_tsv(format_tsv(records, "es", "en")) == [(f"a{char}b", "c")]


@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029"])
def test_jsonl_round_trip_with_unicode_line_separators(char):
    records = [_record(0, (f"a{char}b",), ("c",), 0.5, ())]
    assert parse_jsonl(format_jsonl(records))[0].src == (f"a{char}b",)
