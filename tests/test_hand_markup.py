"""Hand edits of a translated web page or Markdown file next to its markup (review/hand_edits.py):
words added around or inside a link or a bold word are a word edit, taken with the person's markup
where they left it (QA4 F01); a change of the markup itself is still kept as a copy; separate units
of a page (its <title> and meta description) changed together are read each as its own (QA4 F06)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.formats import parse_jsonl
from translate_tool.review.hand_edits import KEPT_SUFFIX

DATA = Path(__file__).parent / "data" / "formats"


def _translated(tmp_path: Path, name: str) -> tuple[Path, Path, Path]:
    """(input folder, output folder, translated document) of `name` run with the toy model."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(DATA / name, src)
    _run(src, out)
    stem, ext = name.rsplit(".", 1)
    return src, out, out / f"{stem}.en.{ext}"


def _run(src: Path, out: Path) -> str:
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def _pairs(out: Path, stem: str):
    return parse_jsonl((out / f"{stem}.pairs.jsonl").read_text(encoding="utf-8"))


def _hand_edit(doc: Path, edits) -> str:
    text = doc.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, (old, text)
        text = text.replace(old, new)
    doc.write_text(text, encoding="utf-8")
    return text


@pytest.mark.parametrize("title, description", [
    ("A headline typed by hand", "A summary typed by hand."),  # both rewritten whole
    ("The government and the inflation | Diario of South", "Yesterday the minister of economy said that the prices bajan."),
])
def test_a_page_s_title_and_meta_description_changed_together_are_each_taken(installed_toy, tmp_path, title, description):
    """The <title> and the meta description of x.en.html, two units in separate elements, both
    rewritten (or the end of one and the start of the other changed): each is its own unit's edit,
    both taken; they were read as "one change across sentences 1 and 2", neither taken and the
    file kept as a copy (QA4 F06)."""
    src, out, doc = _translated(tmp_path, "noticia.html")
    pairs = _pairs(out, "noticia")
    assert pairs[0].tgt == ("The government and the inflation | Diario of Sur",)
    assert pairs[1].tgt == ("The minister of economy said that the prices bajan.",)
    hand = _hand_edit(doc, [(f"<title>{pairs[0].tgt[0]}</title>", f"<title>{title}</title>"),
                            (f'content="{pairs[1].tgt[0]}"', f'content="{description}"')])
    output = _run(src, out)
    assert "edits made by hand taken into the review: pair #1, #2" in output and "changed by hand, but" not in output
    assert not list(out.glob(f"*{KEPT_SUFFIX}*"))
    after = _pairs(out, "noticia")
    assert (after[0].tgt, after[1].tgt) == ((title,), (description,)) and after[0].edited and after[1].edited
    assert doc.read_text(encoding="utf-8") == hand


def test_units_on_lines_of_their_own_are_compared_each_on_its_own():
    """The reading of a document format's units (one a line): two units rewritten whole are two
    edits; text moved from one unit to the next with its words unchanged is no word edit (the
    structure check keeps that file as a copy); plain text's lines are no units (a paragraph wraps)."""
    from translate_tool.review.hand_reading import map_text_edit

    units = ["A b c.", "D e f."]
    old, new = "A b c.\nD e f.\n", "X y.\nZ w.\n"
    assert map_text_edit(units, old, new, lines_apart=True) == ({0: "X y.", 1: "Z w."}, "")
    assert map_text_edit(units, old, "A b X.\nY e f.\n", lines_apart=True) == ({0: "A b X.", 1: "Y e f."}, "")
    assert map_text_edit(units, old, new) == ({}, "one change across sentences 1 and 2")
    units = ["S1 a.", "S2 b.", "S3 c."]
    assert map_text_edit(units, "S1 a. S2 b.\nS3 c.\n", "S1 a.\nS2 b. S3 c.\n", lines_apart=True) == ({}, "")
    assert map_text_edit(units, "S1 a. S2 b.\nS3 c.\n", "S1 a.\nS2 b. S3 now c.\n", lines_apart=True) == ({2: "S3 now c."}, "")
