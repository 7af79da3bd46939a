"""Hand edits of a translated web page or Markdown file next to its markup (review/hand_edits.py):
words added around or inside a link or a bold word are a word edit, taken with the person's markup
where they left it (QA4 F01); a change of the markup itself is still kept as a copy; separate units
of a page (its <title> and meta description) changed together are read each as its own (QA4 F06)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.formats import parse_jsonl
from translate_tool.review.hand_edits import KEPT_SUFFIX
from translate_tool.review.hand_markup import NOT_WORDS

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


_TAGS = re.compile(r"<[^>]+>|\]\([^)]*\)|[*\[]")  # enough of HTML and Markdown syntax to read the words

WORD_EDITS = {
    "md: words before the link": ("articulo.md", [("The president habló with [", "Yesterday the president spoke with [")]),
    "md: inside the link": ("articulo.md", [("[the leader elected]", "[the newly elected leader]")]),
    "md: before the italic word": ("articulo.md", [("about the *region*", "about the whole *region*")]),
    "md: around and inside both": ("articulo.md", [("The president habló with [the leader elected]",
                                                    "Yesterday the president spoke with [the newly elected leader]"),
                                                   ("about the *region*.", "about the *region* itself.")]),
    "html: words before the link": ("noticia.html", [("<p>The president <a", "<p>On Monday the president <a")]),
    "html: inside the link, between two spans": ("noticia.html", [
        (">Javier Milei</a> receives to <strong>", ">Javier Gerardo Milei</a> will soon receive <strong>")]),
    "html: after the bold words": ("noticia.html", [("</strong> in Casa Rosada.", "</strong> at the Casa Rosada.")]),
}


@pytest.mark.parametrize("case", list(WORD_EDITS))
def test_words_added_around_or_inside_a_link_are_taken_with_the_person_s_markup(installed_toy, tmp_path, case):
    """A person adds words to a sentence holding a link or bold/italic words in x.en.md / x.en.html,
    the markup left where it was: the words are taken into the review and the file written again
    is the person's file, markup where they had it; no copy, no warning. It was written again with
    the link re-placed by word fraction (one word off), and every such edit kept a `.hand-edited`
    copy with the "not words" warning (QA4 F01)."""
    name, edits = WORD_EDITS[case]
    src, out, doc = _translated(tmp_path, name)
    stem = name.rsplit(".", 1)[0]
    before = _pairs(out, stem)
    hand = _hand_edit(doc, edits)
    output = _run(src, out)
    assert "edits made by hand taken into the review" in output and "not words" not in output, output
    assert not list(out.glob(f"*{KEPT_SUFFIX}*"))
    assert doc.read_text(encoding="utf-8") == hand
    after = _pairs(out, stem)
    changed = [p for p, (a, b) in enumerate(zip(before, after)) if a.tgt != b.tgt]
    assert len(changed) == 1 and after[changed[0]].edited
    typed = " ".join(_TAGS.sub("", new) for _, new in edits).split()
    assert all(w in " ".join(after[changed[0]].tgt) for w in typed if w.isalpha())
    assert " ".join(after[changed[0]].tgt) in (out / f"{stem}.tsv").read_text(encoding="utf-8")
    assert "by hand" not in _run(src, out) and doc.read_text(encoding="utf-8") == hand  # and it stays so


MARKUP_CHANGES = {
    "md: link taken out": ("articulo.md", [('[the leader elected](https://example.org/kast "Perfil")',
                                            "the newly elected leader")]),
    "md: link made longer": ("articulo.md", [("habló with [the leader elected]", "spoke [with the leader elected]")]),
    "html: bold added": ("noticia.html", [("The president <a", "The <b>new</b> president <a")]),
    "html: words typed at the link's start, inside it": ("noticia.html", [
        ('data-id="42">Javier Milei</a>', 'data-id="42">our Javier Milei</a>')]),
}


@pytest.mark.parametrize("case", list(MARKUP_CHANGES))
def test_a_markup_change_by_hand_is_still_kept_as_a_copy_and_its_words_taken(installed_toy, tmp_path, case):
    """A link taken out or stretched over another word, bold added, or words typed at the very start
    of a link inside it (the review places words typed at a span's edge outside it): the markup
    is not the review's, so the file is kept beside the rewritten one with the "not words"
    warning, as docs/formats.md says; the words are taken all the same."""
    name, edits = MARKUP_CHANGES[case]
    src, out, doc = _translated(tmp_path, name)
    stem = name.rsplit(".", 1)[0]
    before = _pairs(out, stem)
    hand = _hand_edit(doc, edits)
    output = _run(src, out)
    assert f"{doc.name}: changed by hand, but {NOT_WORDS}; the changed file is kept as {doc.name}{KEPT_SUFFIX}" in output
    assert (out / f"{doc.name}{KEPT_SUFFIX}").read_text(encoding="utf-8") == hand
    typed = [w for _, new in edits for w in _TAGS.sub(" ", new).split() if w in ("newly", "spoke", "new", "our")]
    after = " ".join(t for r in _pairs(out, stem) for t in r.tgt)
    assert all(w in after for w in typed) and after != " ".join(t for r in before for t in r.tgt)


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


def test_a_reviewer_s_edit_keeps_the_markup_on_its_words(installed_toy, tmp_path):
    """The same for an edit made in the review (the UI, `decide`'s writer): the file written when
    the review leaves the document has the link on the words it was on, and a rerun keeps it so."""
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    src, out, doc = _translated(tmp_path, "articulo.md")
    pairs = _pairs(out, "articulo")
    p = next(k for k, r in enumerate(pairs) if r.tgt == ("The president habló with the leader elected about the region.",))
    with ReviewStore.open(out) as store:
        store.edit(store.pairs(doc="articulo")[p].id, "tgt", "Yesterday, in Buenos Aires, the president spoke with the "
                                                                  "leader elected about the region.")
        write_reviewed_document(store, "articulo", out)  # (by fraction: "president [spoke with the leader](...) elected")
    line = ("Yesterday, in Buenos Aires, the president spoke with [the leader elected](https://example.org/kast \"Perfil\") "
            "about the *region*.")
    assert line in doc.read_text(encoding="utf-8")
    output = _run(src, out)
    assert "by hand" not in output and line in doc.read_text(encoding="utf-8")


def test_a_word_added_before_a_bold_name_in_a_docx_keeps_the_name_bold(installed_toy, tmp_path):
    """The same in a .docx re-saved with a word added before a bold run: the file written again
    has the bold on the same name (by fraction it moved to "president Javier", silently: the
    .docx comparison looks at formatting, not where runs fall)."""
    import docx

    src, out, doc = _translated(tmp_path, "informe.docx")
    page = docx.Document(doc)
    p = next(p for p in page.paragraphs if len(p.runs) > 1)
    assert [(r.text, bool(r.bold)) for r in p.runs][:2] == [("The president ", False), ("Javier Milei", True)]
    p.runs[0].text = "Yesterday the president "
    page.save(doc)
    output = _run(src, out)
    assert "edits made by hand taken into the review" in output and "changed by hand, but" not in output
    p = next(p for p in docx.Document(doc).paragraphs if len(p.runs) > 1)
    assert [(r.text, bool(r.bold)) for r in p.runs][:2] == [("Yesterday the president ", False), ("Javier Milei", True)]


def test_a_word_typed_inside_a_bold_name_at_its_start_in_a_docx_is_kept_as_a_copy(installed_toy, tmp_path):
    """A word typed in a .docx at the very start of a bold run, inside it ("our Javier Milei" all
    bold): the review places words typed at a span's edge outside it, so the file written again
    has "our" in plain type; as in HTML and Markdown, the file as typed is kept as a copy with the
    "not words" warning. The .docx comparison saw the same run formatting in the same order and
    the same words, and rewrote the file with the bold moved, silently (found by the review state
    machine over documents with markup)."""
    import docx

    src, out, doc = _translated(tmp_path, "informe.docx")
    page = docx.Document(doc)
    p = next(p for p in page.paragraphs if len(p.runs) > 1)
    assert [(r.text, bool(r.bold)) for r in p.runs][:2] == [("The president ", False), ("Javier Milei", True)]
    p.runs[1].text = "our Javier Milei"
    page.save(doc)
    typed = doc.read_bytes()
    output = _run(src, out)
    assert f"{doc.name}: changed by hand, but {NOT_WORDS}; the changed file is kept as {doc.name}{KEPT_SUFFIX}" in output
    assert (out / f"{doc.name}{KEPT_SUFFIX}").read_bytes() == typed
    assert any("our Javier Milei" in " ".join(r.tgt) for r in _pairs(out, "informe"))


def test_a_word_typed_inside_a_link_at_its_start_in_a_docx_is_kept_as_a_copy(installed_toy, tmp_path):
    """The same for a hyperlink of a .docx (runs inside w:hyperlink, no formatting of their own):
    "our" typed at the start of the link's text was taken and the file rewritten with "our" before
    the link, silently; the file as typed is kept as a copy with the "not words" warning."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    page = docx.Document()
    p = page.add_paragraph("El presidente dijo que el ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), p.part.relate_to("https://example.org/g", RT.HYPERLINK, is_external=True))
    run, t = OxmlElement("w:r"), OxmlElement("w:t")
    t.text = "gobierno"
    run.append(t)
    link.append(run)
    p._p.append(link)
    p.add_run(" es muy importante.")
    page.save(src / "nota.docx")
    _run(src, out)
    doc = out / "nota.en.docx"
    page = docx.Document(doc)
    t = page.paragraphs[0].hyperlinks[0]._hyperlink.find(f".//{qn('w:t')}")
    assert t.text == "government"
    t.text = "our government"
    page.save(doc)
    typed = doc.read_bytes()
    output = _run(src, out)
    assert f"{doc.name}: changed by hand, but {NOT_WORDS}; the changed file is kept as {doc.name}{KEPT_SUFFIX}" in output
    assert (out / f"{doc.name}{KEPT_SUFFIX}").read_bytes() == typed
    assert _pairs(out, "nota")[0].tgt == ("The president said that the our government is very importante.",)


END_OF_UNIT = {
    "md: a word after a heading's last word": ("articulo.md", "# The government and the inflation\n",
                                               "# The government and the inflation now\n", "The government and the inflation now"),
    "html: a word after a heading's last word": ("noticia.html", "<h1>The government and the inflation</h1>",
                                                 "<h1>The government and the inflation now</h1>",
                                                 "The government and the inflation now"),
    "html: words after a paragraph's full stop": ("noticia.html", "the prices of the city bajan.</p>",
                                                  "the prices of the city bajan. Again</p>",
                                                  "The minister of economy said this Tuesday that the prices of the city bajan. Again"),
}


@pytest.mark.parametrize("case", list(END_OF_UNIT))
def test_words_typed_at_the_end_of_a_heading_or_paragraph_are_its_own(installed_toy, tmp_path, case):
    """Words typed at the end of a heading (no full stop) or after the last sentence of a paragraph,
    on its line: they are that heading's or sentence's, not the next paragraph's. They were given
    to the first sentence of the next block: the heading kept its text and the next pair got
    "now\\nThe president ..." (a line break in its English) -- the person's word moved into
    another paragraph (found by the review state machine over documents with markup)."""
    name, old, new, expected = END_OF_UNIT[case]
    src, out, doc = _translated(tmp_path, name)
    stem = name.rsplit(".", 1)[0]
    before = _pairs(out, stem)
    _hand_edit(doc, [(old, new)])
    output = _run(src, out)
    after = _pairs(out, stem)
    changed = [(a.tgt, b.tgt) for a, b in zip(before, after) if a.tgt != b.tgt]
    assert [b for _, b in changed] == [(expected,)], (changed, output)
    assert not list(out.glob(f"*{KEPT_SUFFIX}*")), output
