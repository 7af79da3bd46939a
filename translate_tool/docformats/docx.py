"""Word .docx (python-docx): every paragraph of the body, its tables (nested ones too), text
boxes, headers, footers, footnotes and endnotes is translated; styles, run formatting, images
and fields are kept.

A paragraph's text is spread over runs (one per change of formatting); the translation is cut
back into the same runs at the mapped run boundaries (`base.map_positions`), so a bold name
stays bold, near the right words. Only `w:t` text changes: tabs, breaks and drawings inside
runs stay. Headers and footers are boilerplate (translated, not used for language ID or
pairs). The saved zip gets fixed entry dates so reruns are byte-identical.
"""

from __future__ import annotations

import io
import zipfile

from .base import MARK, TEXT, DocFormat, InlineRun, ParsedDocument, TextUnit, UnitTranslation, unit_texts

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_RUNS = ("./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:smartTag/w:r | ./w:fldSimple/w:r"
         # an inline content control (a date, a name filled in a template; QA5 F08: its words were left out)
         " | ./w:sdt/w:sdtContent/w:r | ./w:sdt/w:sdtContent/w:hyperlink/w:r")
_FIXED_DATE = (1980, 1, 1, 0, 0, 0)
_NOTES = ("footnotes", "endnotes")  # relationship types (their last part) of the parts with notes


def _path(el, root) -> str:
    parts = []
    while el is not None and el is not root:
        parent = el.getparent()
        name = el.tag.rsplit("}", 1)[-1]
        if parent is not None:
            same = [c for c in parent if c.tag == el.tag]
            parts.append(f"{name}[{same.index(el) + 1}]")
        el = parent
    return "/".join(reversed(parts))


class DocxDocument(ParsedDocument):
    def __init__(self, document, paragraphs, units, warnings=(), notes=()):
        super().__init__(units, "docx", warnings)
        self._doc = document
        self._paragraphs = paragraphs  # unit index -> list of runs' w:t element lists
        self._notes = notes  # (part, element) of the footnotes and endnotes, python-docx keeps as bytes

    def render(self, translations: dict[int, UnitTranslation], target_lang: str) -> bytes:
        for i, runs in self._paragraphs.items():
            if i not in translations:
                continue
            pieces: list[tuple[str, str, str]] = []
            for ts in runs:
                if pieces:
                    pieces.append((MARK, "\0", ""))
                text = "".join(t.text or "" for t in ts)
                pieces.append((TEXT, text, text))
            src, tgt, base = unit_texts(translations[i])
            parts = InlineRun(pieces).render(src, tgt, lambda s: s, base).split("\0")
            lead = pieces[0][1][:len(pieces[0][1]) - len(pieces[0][1].lstrip())]
            if parts and lead and not parts[0][:1].isspace():  # a note's " text" after its number
                parts[0] = lead + parts[0]
            for ts, part in zip(runs, parts):
                ts[0].text = part
                ts[0].set(_XML_SPACE, "preserve")
                for t in ts[1:]:
                    t.getparent().remove(t)
        self._set_language(target_lang)
        for part, element in self._notes:  # parts python-docx does not parse: their bytes again
            from lxml import etree

            part._blob = etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)
        buffer = io.BytesIO()
        self._doc.save(buffer)
        return _fixed_dates(buffer.getvalue())

    def _set_language(self, lang: str) -> None:
        """The default proofing language of the styles (w:lang w:val), so Word spell-checks English."""
        styles = self._doc.styles.element
        for el in styles.iter(f"{_W}lang"):
            if el.get(f"{_W}val"):
                el.set(f"{_W}val", lang)


def _fixed_dates(data: bytes) -> bytes:
    """The zip again with every entry dated 1980-01-01: python-docx stamps the save time."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, _FIXED_DATE)
            fixed.compress_type, fixed.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def parse(data: bytes, path: str) -> DocxDocument:
    from ..errors import DocumentError

    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # a declared dependency; an environment made before it was added lacks it
        raise DocumentError("cannot read .docx: python-docx is not installed (pip install python-docx)", path) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"not a readable .docx file ({exc.__class__.__name__})", path) from None
    parts = [(document.element.body, "body", True)]
    seen = set()
    for section in document.sections:
        for hf in (section.header, section.first_page_header, section.even_page_header,
                   section.footer, section.first_page_footer, section.even_page_footer):
            if hf.is_linked_to_previous:
                continue
            element = hf._element
            if id(element) not in seen:
                seen.add(id(element))
                parts.append((element, hf.part.partname.lstrip("/"), False))
    notes = []  # footnotes and endnotes: the document's text (QA5 F02: left in the source language)
    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype.rsplit("/", 1)[-1] not in _NOTES:
            continue
        part = rel.target_part
        element = getattr(part, "element", None)
        if element is None:  # (python-docx 1.2 keeps these parts as bytes)
            from docx.oxml.parser import parse_xml

            try:
                element = parse_xml(part.blob)
            except Exception as exc:  # lxml's XMLSyntaxError and the like: a damaged part
                raise DocumentError(f"not a readable .docx file ({part.partname}: {exc.__class__.__name__})",
                                    path) from None
            notes.append((part, element))
        parts.append((element, part.partname.lstrip("/"), True))
    units: list[TextUnit] = []
    paragraphs: dict[int, list] = {}
    for root, name, main in parts:
        for p in root.iter(f"{_W}p"):
            runs = [ts for r in p.xpath(_RUNS) if (ts := r.findall(f"{_W}t"))]
            pieces = []
            for ts in runs:
                text = "".join(t.text or "" for t in ts)
                pieces += [(MARK, "", ""), (TEXT, text, text)] if pieces else [(TEXT, text, text)]
            run = InlineRun(pieces)
            if not run.has_text():
                continue
            paragraphs[len(units)] = runs
            units.append(TextUnit(run.plain()[0], f"{name}/{_path(p, root)}", main))
    return DocxDocument(document, paragraphs, units, notes=notes)


FORMAT = DocFormat("docx", (".docx",), parse, binary=True)


_IGNORED_FORMATTING = {f"{_W}lang", f"{_W}noProof", f"{_W}proofErr", f"{_W}lastRenderedPageBreak"}


def formatting_outline(data: bytes) -> list[tuple[str, tuple[str, ...], str]] | None:
    """What a word processor can change in a .docx besides its words, comparable between saves:
    for each paragraph of the body, headers, footers and notes, its properties, the run formatting in
    order (adjacent runs with the same formatting as one: Word splits runs as you type; a run
    inside a hyperlink has the link as formatting) with where
    in the text each starts (counted in characters other than spaces), and its text with
    whitespace collapsed. Revision ids (w:rsid*), proofing language and marks are left
    out (Word adds them on every save). None: not a readable .docx."""
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = [n for n in z.namelist()
                     if n in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")
                     or (n.startswith("word/header") or n.startswith("word/footer")) and n.endswith(".xml")]
            roots = [etree.fromstring(z.read(n)) for n in sorted(names)]
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError):
        return None

    def canon(el) -> str:
        if el is None:
            return ""
        el = etree.fromstring(etree.tostring(el))  # a copy to strip
        for e in list(el.iter()):
            if e.tag in _IGNORED_FORMATTING and e is not el:
                e.getparent().remove(e)
                continue
            for attr in [a for a in e.attrib if a.rsplit("}", 1)[-1].startswith("rsid")]:
                del e.attrib[attr]
        return etree.tostring(el, method="c14n").decode("utf-8")

    outline = []
    for root in roots:
        for p in root.iter(f"{_W}p"):
            keys: list[str] = []
            text = []
            last = None
            for r in p.iter(f"{_W}r"):
                words = "".join(t.text or "" for t in r.iter(f"{_W}t"))
                other = [c.tag for c in r if c.tag not in (f"{_W}rPr", f"{_W}t") and c.tag not in _IGNORED_FORMATTING]
                key = canon(r.find(f"{_W}rPr")) + "".join(other)  # a tab, a break, a drawing is formatting too
                if r.getparent().tag == f"{_W}hyperlink":  # a link's runs need no formatting of their own
                    key += "<link " + " ".join(f"{k}={v}" for k, v in sorted(r.getparent().attrib.items())) + ">"
                if not words and not other:
                    continue
                if key != last:
                    last = key
                    # where the formatting changes, in characters of text (spaces aside: a space
                    # bold or not is the same): a word typed inside a bold run is not one outside it
                    keys.append(f"{key}@{len(''.join(''.join(text).split()))}")
                text.append(words)
            outline.append((canon(p.find(f"{_W}pPr")), tuple(keys), " ".join("".join(text).split())))
    return outline
