"""Document formats without an engine: parse -> units -> render with a stand-in translation.

The stand-in upper-cases each sentence (so translated text is visible and markup positions can
be checked exactly); tests/test_pipeline_formats.py runs the same documents through real engines.
"""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translate_tool.docformats import parse_source, read_source
from translate_tool.docformats.base import carry_positions, map_positions
from translate_tool.documents import decode_text
from translate_tool.errors import DocumentError
from translate_tool.segment import segment_sentences

DATA = Path(__file__).parent / "data" / "formats"


def upper_all(source, lang="en", translate=str.upper):
    """Render `source` with every unit's sentences passed through `translate`."""
    translations = {}
    for i, unit in enumerate(source.units):
        sentences = segment_sentences(unit.text, "es")
        translations[i] = (sentences, [translate(s) for s in sentences])
    return source.render(translations, lang)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.data = [], {}
        self._open: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(("start", tag, tuple((k, v) for k, v in attrs if k not in ("alt", "title", "content", "lang"))))
        if tag in ("script", "style", "code", "pre"):
            self._open.append(tag)

    def handle_endtag(self, tag):
        self.tags.append(("end", tag))
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data):
        if self._open and self._open[-1] in ("script", "style", "code", "pre"):
            self.data.setdefault(self._open[-1], []).append(data)


def tags(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


# ------------------------------------------------------------------ HTML
def test_html_news_page_keeps_structure_and_translates_visible_text():
    raw = (DATA / "noticia.html").read_bytes()
    source = read_source(DATA / "noticia.html")
    places = {u.place: u for u in source.units}
    assert places["/html[1]/head[1]/title[1]"].text == "El gobierno y la inflación | Diario del Sur"
    assert places["/html[1]/head[1]/meta/@content"].text.startswith("El ministro de economía")
    assert places["/html[1]/body[1]/article[1]/figure[1]/img/@alt"].text == "El presidente en la ciudad"
    assert not places["/html[1]/body[1]/nav[1]/ul[1]/li[1]"].main  # navigation is boilerplate
    assert not places["/html[1]/body[1]/footer[1]/p[1]"].main
    paragraph = places["/html[1]/body[1]/article[1]/p[2]"]
    assert paragraph.main and paragraph.text.startswith("El presidente Javier Milei recibirá a José Antonio Kast")
    assert all("<" not in u.text and "{" not in u.text for u in source.units)  # no markup, no JSON-LD

    out = upper_all(source).decode("utf-8")
    before, after = tags(raw.decode("utf-8")), tags(out)
    assert after.tags == before.tags  # every tag and (untranslated) attribute, in order
    assert after.data == before.data  # script, style, code, pre: untouched
    for verbatim in ('<script type="application/ld+json">', "<style>", "<pre>", "console.log(\"<p>no es texto</p>\")"):
        assert verbatim in out
    assert '<html lang="en">' in out
    assert "<title>EL GOBIERNO Y LA INFLACIÓN | DIARIO DEL SUR</title>" in out
    assert 'content="EL MINISTRO DE ECONOMÍA DIJO QUE LOS PRECIOS BAJAN."' in out
    assert 'alt="EL PRESIDENTE EN LA CIUDAD"' in out and 'title="NOTICIAS DE ECONOMÍA"' in out
    # Inline markup around the same words (same word order here), code copied inside the sentence.
    assert '<a href="https://example.org/perfil/milei" data-id="42">JAVIER MILEI</a>' in out
    assert "<strong>JOSÉ ANTONIO KAST</strong>" in out
    assert "EJECUTE <code>curl -s https://example.org/api?año=2024</code> EN LA TERMINAL." in out
    assert "<em>AYER</em>." in out


def test_html_without_lang_gets_one_and_entities_are_escaped():
    source = parse_source(b"<html><body><p>Precios &amp; salarios &lt;hoy&gt;.</p></body></html>", "x.html")
    assert source.units[0].text == "Precios & salarios <hoy>."
    out = upper_all(source).decode()
    assert out == '<html lang="en"><body><p>PRECIOS &amp; SALARIOS &lt;HOY&gt;.</p></body></html>'


def test_markup_moves_with_its_words_when_the_order_changes():
    plain = "la casa roja es grande."
    # <b> around "casa roja" (positions 3..12); the translation has one word fewer before it.
    text, (a, b) = map_positions(plain, [3, 12], [plain], ["the red house is big."])
    assert text[a:b] == "red house"


def test_marks_stay_on_their_words_through_an_edit_of_the_translation():
    """A translation edited since the machine made it (a reviewer, a hand edit of the translated
    file): marks are carried through a word diff, not placed again by fraction (QA4 F01). A mark
    before a word stays before it, one after a word after it (before its punctuation): words
    added at a span's edge stay outside it; words that replaced others take the marks at their
    edges."""
    assert carry_positions("The red house.", "Yesterday the big red house.", [4, 13]) == [18, 27]
    assert carry_positions("The house.", "Yesterday the house.", [0, 9]) == [10, 19]
    assert carry_positions("a b c d", "a x y z d", [2, 5]) == [2, 7]
    assert carry_positions("a b c d", "a d", [2, 5]) == [2, 2]  # the marked words deleted: an empty span
    assert carry_positions("same text", "same text", [0, 4, 9]) == [0, 4, 9]
    # marks around the whole text (a cue in italics) stay around it: words added at its edges go in
    assert carry_positions("The minister spoke.", "Yesterday the minister spoke again.", [0, 19]) == [0, 35]
    assert carry_positions("The minister spoke.", "Yesterday the minister spoke again.", [0, 12]) == [10, 22]
    src = ["El presidente habló con el mandatario electo sobre la región."]
    machine = ["The president spoke with the elected leader about the region."]
    edited = ["Yesterday the president spoke with the newly elected leader about the whole region."]
    page = parse_source(("<p>El presidente habló con <a href='/k'>el mandatario electo</a> sobre la "
                         "<b>región</b>.</p>").encode(), "x.html")
    assert page.render({0: (src, machine)}, "en").decode().endswith(
        "<p>The president spoke with <a href='/k'>the elected leader</a> about the <b>region</b>.</p>")
    assert page.render({0: (src, edited, machine)}, "en").decode().endswith(
        "<p>Yesterday the president spoke with <a href='/k'>the newly elected leader</a> about the whole "
        "<b>region</b>.</p>")
    text = parse_source(b"El presidente habl\xc3\xb3 con [el mandatario electo](/k) sobre la *regi\xc3\xb3n*.\n", "x.md")
    assert text.render({0: (src, edited, machine)}, "en").decode() == (
        "Yesterday the president spoke with [the newly elected leader](/k) about the whole *region*.\n")
    cue = parse_source("1\n00:00:01,000 --> 00:00:03,000\n<i>El ministro habló.</i>\n".encode(), "x.srt")
    assert "<i>Yesterday the minister spoke again.</i>" in cue.render(
        {0: (["El ministro habló."], ["Yesterday the minister spoke again."], ["The minister spoke."])}, "en").decode()
    # with no machine text to start from (or the same text), marks go by fraction, as before
    assert text.render({0: (src, edited)}, "en") == text.render({0: (src, edited, [""])}, "en")


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_property_marks_stay_on_their_words_when_words_are_added(data):
    """Words added anywhere to a translation (none of them already in it): a mark that opened or
    closed a word still opens or closes that word (marks around the whole text stay around it). (Its words all differ: where a word is there
    twice, "the the" -> "the new the", which one a word added is beside has no one answer.)"""
    old = data.draw(st.lists(st.sampled_from(["The", "president", "spoke", "with", "leader", "region.", "(ayer)"]),
                             min_size=1, max_size=8, unique=True))
    added = data.draw(st.lists(st.tuples(st.integers(0, len(old)), st.sampled_from(["Yesterday", "newly", "whole"])),
                               max_size=4))
    new = list(old)
    where = list(range(len(old)))  # where old word k is in `new`
    for gap, word in sorted(added, reverse=True):
        new.insert(gap, word)
        where = [w + 1 if w >= gap else w for w in where]
    def starts(words):
        return [sum(len(w) + 1 for w in words[:k]) for k in range(len(words))]
    old_at, new_at = starts(old), starts(new)
    k = data.draw(st.integers(0, len(old) - 1))
    opening, closing = old_at[k], old_at[k] + len(old[k])
    moved = carry_positions(" ".join(old), " ".join(new), [opening, closing])
    if len(old) == 1:  # marks around the whole text stay around it
        assert moved == [0, len(" ".join(new))]
    else:
        assert moved == [new_at[where[k]], new_at[where[k]] + len(old[k])]


_WORDS = st.sampled_from("el la casa presidente dijo que muy región Milei año precios hoy".split())
_INLINE = ("a", "b", "em", "span", "strong")
_BLOCK = ("p", "div", "li", "h2", "blockquote")


@st.composite
def _html(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["text", "text", "inline", "block", "code", "img", "br"] if depth < 3 else ["text"]))
        if kind == "text":
            words = draw(st.lists(_WORDS, min_size=1, max_size=6))
            parts.append(" ".join(words) + draw(st.sampled_from(["", ".", ", ", " "])))
        elif kind == "inline":
            tag = draw(st.sampled_from(_INLINE))
            parts.append(f'<{tag} class="k">{draw(_html(depth + 1))}</{tag}>')
        elif kind == "block":
            tag = draw(st.sampled_from(_BLOCK))
            parts.append(f"<{tag}>{draw(_html(depth + 1))}</{tag}>")
        elif kind == "code":
            parts.append("<code>x = 1 &lt; 2</code>")
        elif kind == "img":
            parts.append('<img src="a.png" alt="la casa">')
        else:
            parts.append("<br>")
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(body=_html(), drop=st.booleans())
def test_property_random_html_keeps_its_tag_sequence(body, drop):
    page = f"<html><head><title>La casa</title><script>if (a<b) {{}}</script></head><body>{body}</body></html>"
    source = parse_source(page.encode(), "r.html")

    def translate(s: str) -> str:  # a translation with fewer words than the source
        words = s.upper().split()
        return " ".join(words[::2] if drop and len(words) > 2 else words)

    out = upper_all(source, translate=translate).decode()
    assert tags(out).tags == tags(page).tags
    assert "<script>if (a<b) {}</script>" in out
    assert out.count("<code>x = 1 &lt; 2</code>") == page.count("<code>x = 1 &lt; 2</code>")


# ------------------------------------------------------------------ Markdown
def test_markdown_article_keeps_syntax_and_code():
    source = read_source(DATA / "articulo.md")
    texts = [u.text for u in source.units]
    assert texts[0] == "El gobierno y la inflación"
    assert "El presidente habló con el mandatario electo sobre la región." in texts[1]
    assert not any("print" in t or "sangría" in t or "title:" in t or "|" in t for t in texts)
    out = upper_all(source).decode()
    raw = (DATA / "articulo.md").read_text("utf-8")
    assert out.startswith("---\ntitle: El gobierno y la inflación\nautor: Ana Pérez\n---\n\n# EL GOBIERNO Y LA INFLACIÓN\n")
    assert '[EL MANDATARIO ELECTO](https://example.org/kast "Perfil") SOBRE LA *REGIÓN*.' in out
    assert "\n- LA INFLACIÓN DE MAYO FUE MUY ALTA.\n- EL GOBIERNO DIJO QUE LOS PRECIOS BAJAN. ESTA SEMANA TAMBIÉN.\n" in out
    assert "\n> EL PRESIDENTE ES UN LÍDER PARA LA REGIÓN. LA ECONOMÍA DEL PAÍS ES MUY IMPORTANTE.\n" in out
    assert "EJECUTE `python datos.py --año 2024` PARA VER LOS DATOS:" in out
    fence = raw[raw.index("```python") : raw.index("```\n", raw.index("```python") + 3) + 4]
    assert fence in out and "    la línea con sangría es código\n" in out
    assert "| año | precios |\n|-----|---------|\n| 2023 | 100 |\n" in out


# ------------------------------------------------------------------ subtitles
def test_srt_sentence_over_two_cues_is_one_unit_and_timings_stay():
    source = read_source(DATA / "entrevista.srt")
    assert [(u.place, u.text) for u in source.units] == [
        ("cues 1-2", "El presidente del gobierno dijo que la inflación de mayo fue muy alta en la ciudad."),
        ("cue 3", "El ministro es muy nuevo."),
    ]
    out = upper_all(source).decode()
    assert out == (
        "1\r\n00:00:01,000 --> 00:00:03,500\r\nEL PRESIDENTE DEL GOBIERNO DIJO\r\nQUE LA INFLACIÓN DE MAYO\r\n\r\n"
        "2\r\n00:00:03,600 --> 00:00:06,000\r\nFUE MUY ALTA EN LA CIUDAD.\r\n\r\n"
        "3\r\n00:00:06,500 --> 00:00:08,000\r\n<i>EL MINISTRO ES MUY NUEVO.</i>\r\n\r\n"
    )


def test_vtt_header_note_and_settings_are_copied():
    source = read_source(DATA / "entrevista.vtt")
    assert len(source.units) == 1 and source.units[0].place == "cues 1-2"
    out = upper_all(source).decode()
    raw = (DATA / "entrevista.vtt").read_text("utf-8")
    assert out.split("intro\n")[0] == raw.split("intro\n")[0]
    assert "00:00:01.000 --> 00:00:03.500 align:start position:10%\nEL PRESIDENTE" in out


def test_subtitle_words_are_redistributed_when_the_translation_is_shorter():
    source = read_source(DATA / "entrevista.srt")
    out = upper_all(source, translate=lambda s: "The president said inflation was high." if "presidente" in s else s).decode()
    cue1, cue2 = out.split("\r\n\r\n")[:2]
    text1 = " ".join(cue1.split("\r\n")[2:])
    text2 = " ".join(cue2.split("\r\n")[2:])
    assert (text1 + " " + text2).split() == "The president said inflation was high.".split()
    assert text1 and text2  # both cues keep some words


def test_a_cue_left_without_words_carries_nothing_markup_included():
    """A reviewer merges the pair of cue 3 (in italics) into the pair of cues 1-2: its sentence's
    text goes with the first, and cue 3 gets none. It then carries nothing -- no bare `<i></i>`
    -- exactly as the same cue without tags does (its number and timing stay)."""
    raw = (DATA / "entrevista.srt").read_bytes()
    plain = raw.replace(b"<i>", b"").replace(b"</i>", b"")

    def merged(data: bytes) -> str:
        source = parse_source(data, "entrevista.srt")
        return upper_all(source, translate=lambda s: "" if s.startswith("El ministro") else s.upper()).decode()

    out = merged(raw)
    assert "<i>" not in out and "</i>" not in out
    assert out == merged(plain)
    assert out.endswith("3\r\n00:00:06,500 --> 00:00:08,000\r\n\r\n\r\n")


# ------------------------------------------------------------------ docx
def make_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx", reason="python-docx is a dependency (pyproject.toml)")
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Diario del Sur: la economía"
    d.add_heading("El gobierno y la inflación", level=1)
    p = d.add_paragraph("El presidente ")
    bold = p.add_run("Javier Milei")
    bold.bold = True
    p.add_run(" dijo que la inflación es muy alta.")
    table = d.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    for (r, c), text in {(0, 0): "Año", (0, 1): "Precios", (1, 0): "El primer año", (1, 1): "Los precios de mayo"}.items():
        table.cell(r, c).text = text
    d.save(path)
    return path


def test_docx_keeps_styles_runs_tables_and_header(tmp_path):
    source = read_source(make_docx(tmp_path / "informe.docx"))
    import docx

    units = {u.place: u for u in source.units}
    assert units["word/header1.xml/p[1]"].main is False
    assert units["body/tbl[1]/tr[2]/tc[2]/p[1]"].text == "Los precios de mayo"
    out = upper_all(source)
    again = upper_all(read_source(tmp_path / "informe.docx"))
    assert out == again  # no save-time stamps: reruns are byte-identical
    d = docx.Document(io.BytesIO(out))
    assert d.paragraphs[0].text == "EL GOBIERNO Y LA INFLACIÓN" and d.paragraphs[0].style.name == "Heading 1"
    runs = d.paragraphs[1].runs
    assert [r.text for r in runs] == ["EL PRESIDENTE ", "JAVIER MILEI", " DIJO QUE LA INFLACIÓN ES MUY ALTA."]
    assert [bool(r.bold) for r in runs] == [False, True, False]
    assert d.tables[0].cell(1, 1).text == "LOS PRECIOS DE MAYO" and d.tables[0].style.name == "Table Grid"
    assert d.sections[0].header.paragraphs[0].text == "DIARIO DEL SUR: LA ECONOMÍA"
    assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in zipfile.ZipFile(io.BytesIO(out)).infolist())


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def with_notes(data: bytes, footnote: str, endnote: str) -> bytes:
    """A .docx with a footnote and an endnote after its first body paragraph's text, as Word writes
    them (separator notes first; the note's text in a run after its number, a space first)."""
    def notes(kind: str, text: str) -> str:
        tag = kind[:-1]
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} {_W_NS}>'
                f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
                f'<w:{tag} w:id="1"><w:p><w:r><w:{tag}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'
                f'</w:p></w:{tag}></w:{kind}>')

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                b = b.replace(b"</Types>", b"".join(
                    b'<Override PartName="/word/%s.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    b'wordprocessingml.%s+xml"/>' % (k, k) for k in (b"footnotes", b"endnotes")) + b"</Types>")
            elif info.filename == "word/_rels/document.xml.rels":
                b = b.replace(b"</Relationships>", b"".join(
                    b'<Relationship Id="rId%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/%s" Target="%s.xml"/>' % (k, k, k) for k in (b"footnotes", b"endnotes"))
                    + b"</Relationships>")
            elif info.filename == "word/document.xml":
                b = re.sub(rb"(</w:t></w:r>)", rb'\1<w:r><w:footnoteReference w:id="1"/></w:r>'
                           rb'<w:r><w:endnoteReference w:id="1"/></w:r>', b, count=1)
            z.writestr(info, b)
        z.writestr("word/footnotes.xml", notes("footnotes", footnote))
        z.writestr("word/endnotes.xml", notes("endnotes", endnote))
    return out.getvalue()


def test_docx_footnotes_and_endnotes_are_translated(tmp_path):
    """QA5 F02: the notes of a .docx (parts python-docx keeps as bytes) were left in the source
    language, and a note translated by hand in the translation was lost on the next run."""
    path = make_docx(tmp_path / "informe.docx")
    path.write_bytes(with_notes(path.read_bytes(), "Según datos del banco central.", "Las cifras son provisionales."))
    source = read_source(path)
    units = {u.place: u for u in source.units}
    assert units["word/footnotes.xml/footnote[2]/p[1]"].text == "Según datos del banco central."
    assert units["word/endnotes.xml/endnote[2]/p[1]"].main is True  # the document's text: in the pairs
    out = upper_all(source)
    assert out == upper_all(read_source(path))
    with zipfile.ZipFile(io.BytesIO(out)) as z:
        foot, end, body = (z.read(f"word/{n}.xml").decode("utf-8") for n in ("footnotes", "endnotes", "document"))
    assert '<w:t xml:space="preserve"> SEGÚN DATOS DEL BANCO CENTRAL.</w:t>' in foot  # the space after the number
    assert "<w:separator/>" in foot and "<w:footnoteRef/>" in foot
    assert "LAS CIFRAS SON PROVISIONALES." in end and "Según" not in foot + end
    assert 'w:footnoteReference w:id="1"' in body and 'w:endnoteReference w:id="1"' in body
    import docx

    assert docx.Document(io.BytesIO(out)).paragraphs[0].text == "EL GOBIERNO Y LA INFLACIÓN"


def test_docx_inline_content_control_words_are_in_the_sentence(tmp_path):
    """QA5 F08: the words of an inline content control (w:sdt inside a paragraph: a name or a
    date a template fills in) were left out of the paragraph's text: the sentence was translated
    without them and they stayed in Spanish in the translation."""
    import docx

    d = docx.Document()
    d.add_paragraph("El gobierno presentó ayer el presupuesto.")
    buffer = io.BytesIO()
    d.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == "word/document.xml":
                b = b.replace(b"el presupuesto.</w:t></w:r>", b'el presupuesto.</w:t></w:r><w:r><w:t xml:space="preserve">'
                              b' Lo dijo </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>el ministro</w:t></w:r>'
                              b'</w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> ayer.</w:t></w:r>')
            z.writestr(info, b)
    source = parse_source(out.getvalue(), "x.docx")
    assert [u.text for u in source.units] == ["El gobierno presentó ayer el presupuesto. Lo dijo el ministro ayer."]
    with zipfile.ZipFile(io.BytesIO(upper_all(source))) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "<w:t>EL MINISTRO</w:t>" in body.replace(' xml:space="preserve"', "") and "ministro" not in body


def test_a_broken_docx_is_refused_in_one_line(tmp_path):
    pytest.importorskip("docx", reason="python-docx is a dependency (pyproject.toml)")
    (tmp_path / "roto.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DocumentError, match=r"roto.docx: not a readable .docx file \(\w+\)$"):
        read_source(tmp_path / "roto.docx")


# ------------------------------------------------------------------ encodings
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_are_read(encoding):
    text = "El presidente dijo que la inflación es alta.\r\n\r\nLa región.\r\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    decoded, used, warnings = decode_text(data, "x.txt")
    assert decoded.lstrip("\ufeff") == text and warnings == ()
    source = parse_source(data, "x.txt")
    assert source.document.paragraphs == ("El presidente dijo que la inflación es alta.", "La región.")


def test_cp1252_is_read_with_a_warning_and_binary_refused():
    source = parse_source("Año de elecciones — “sí”.".encode("cp1252"), "x.txt")
    assert source.document.paragraphs == ("Año de elecciones — “sí”.",)
    assert re.match(r"x.txt: not valid UTF-8 \(byte \d+\); read as CP1252", source.document.warnings[0])
    with pytest.raises(DocumentError, match=r"^x.html: binary file"):
        parse_source(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.html")


def test_a_declared_legacy_charset_is_rewritten_to_the_utf8_written():
    page = '<html><head><meta charset="windows-1252"><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>Año nuevo.</p></body></html>'
    source = parse_source(page.encode("cp1252"), "x.html")
    assert "read as CP1252" in source.document.warnings[0]
    out = upper_all(source).decode("utf-8")
    assert '<meta charset="utf-8">' in out and 'content="text/html; charset=utf-8"' in out and "<p>AÑO NUEVO.</p>" in out


_SOUP = st.text(alphabet=st.sampled_from(list("<>/&;='\"ab pisc-!`*_[]()#>\n\r\t{}\\:.é0123456789")), max_size=300)


@settings(max_examples=300, deadline=None)
@given(text=_SOUP, suffix=st.sampled_from([".html", ".md", ".srt", ".vtt", ".txt"]))
def test_property_any_text_parses_and_renders(text, suffix):
    """Whatever the bytes, a format reads them and writes them back translated (or refuses in one line)."""
    try:
        source = parse_source(text.encode("utf-8"), "x" + suffix)
    except DocumentError as exc:
        assert str(exc).startswith("x" + suffix + ": ") and "\n" not in str(exc)
        return
    out = upper_all(source).decode("utf-8")
    if suffix == ".html":
        assert tags(out).tags == tags(text).tags
