import json
import xml.etree.ElementTree as ET

from translate_tool.data import PairRecord
from translate_tool.formats import (
    format_jsonl, format_moses, format_tmx, format_tsv, parse_jsonl, parse_tsv,
)

SIG = "engine:test|model:m|version:1|pair:es-en"


def records():
    return [
        PairRecord("doc", 0, ("Hola & <adiós> \"ya\".",), ("Hello & <bye> \"now\".",), (0,), (0,), 0, 0.91234, (), SIG),
        PairRecord("doc", 1, ("Uno.", "Dos\tcon tab."), ("One. Two\twith tab.",), (1, 2), (1,), 1, 0.5, ("low-similarity",), SIG),
        PairRecord("doc", 2, ("Sobra.",), (), (3,), (), 1, 0.0, (), SIG),
        PairRecord("doc", 3, ("Línea\nrota\\n",), ("Broken\nline\\n",), (4,), (2,), 2, 0.7, (), SIG),
    ]


def test_jsonl_round_trip_and_record_keys():
    text = format_jsonl(records())
    first = json.loads(text.splitlines()[0])
    assert list(first) == ["doc", "pair", "src", "tgt", "src_ids", "tgt_ids", "paragraph", "score", "flags", "signature",
                           "status", "edited", "text_hash"]
    assert first["score"] == 0.9123 and first["src"] == ["Hola & <adiós> \"ya\"."]
    back = parse_jsonl(text)
    assert [r.src for r in back] == [r.src for r in records()]
    assert back[1].flags == ("low-similarity",)


def test_tsv_header_escaping_and_round_trip():
    text = format_tsv(records(), "es", "en")
    lines = text.splitlines()
    assert lines[0] == "es\ten\tscore\tparagraph\tflags\tstatus\tsignature"
    assert all(len(line.split("\t")) == 7 for line in lines)
    assert parse_tsv(text) == [
        ("Hola & <adiós> \"ya\".", "Hello & <bye> \"now\"."),
        ("Uno. Dos\tcon tab.", "One. Two\twith tab."),
        ("Sobra.", ""),
        ("Línea\nrota\\n", "Broken\nline\\n"),
    ]


def test_tmx_is_wellformed_escaped_and_skips_one_sided_beads():
    bad = PairRecord("doc", 9, ("ctrl\x01char",), ("x\x0by",), (9,), (9,), 3, 1.0, (), SIG)
    root = ET.fromstring(format_tmx(records() + [bad], "es", "en", SIG))
    header = root.find("header")
    assert root.get("version") == "1.4" and header.get("srclang") == "es"
    assert header.find("prop").text == SIG
    tus = root.find("body").findall("tu")
    assert len(tus) == 4  # the 1-0 bead has no translation unit
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    segs = [[(tuv.get(xml_lang), tuv.find("seg").text) for tuv in tu.findall("tuv")] for tu in tus]
    assert segs[0] == [("es", "Hola & <adiós> \"ya\"."), ("en", "Hello & <bye> \"now\".")]
    assert segs[3] == [("es", "ctrlchar"), ("en", "xy")]


def test_moses_line_aligned():
    src, tgt = format_moses(records())
    assert src.count("\n") == tgt.count("\n") == 3
    assert src.splitlines()[2] == "Línea rota\\n"


def test_atomic_writes_get_normal_permissions(tmp_path):
    import os
    import stat

    from translate_tool.fileio import atomic_write_text

    atomic_write_text(tmp_path / "x.txt", "hi")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((tmp_path / "x.txt").stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["x.txt"]
