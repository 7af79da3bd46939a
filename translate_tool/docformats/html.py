"""HTML: visible text, alt/title attributes, <title> and the meta description are translated;
every byte outside them (tags, attributes, comments, scripts, styles, code, pre) is copied.

The page is tokenised with the standard library's `html.parser`, recording where each token
starts in the source; the output is the source with only text spans and the few translated
attribute values replaced. A re-serialising parser (lxml, selectolax) rewrites what it does
not understand the way it likes (quotes, entities, void tags, whitespace); see docs/formats.md
for the measurement. Inline elements (<a>, <b>, <em>, <span>, ...) inside a block are kept
around the mapped words of the translation (`base.InlineRun`); <code>, <kbd>, <img> and the
like inside a sentence are atoms, copied verbatim.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .base import ATOM, MARK, TEXT, DocFormat, InlineRun, ParsedDocument, TextUnit, UnitTranslation, unit_texts

# Content copied byte for byte, never translated.
VERBATIM = frozenset("script style pre code textarea svg math template noscript kbd samp var".split())
# Inline elements: they do not break a sentence; kept around the words they mark.
INLINE = frozenset(
    "a abbr b bdi bdo big br cite data del dfn em font i ins mark q s small span strong sub sup time tt u wbr".split()
)
# Inline elements copied as one piece inside a sentence.
INLINE_ATOMS = frozenset("code kbd samp var img svg math".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
BOILERPLATE = frozenset("nav footer aside form".split())
TRANSLATED_ATTRS = ("alt", "title", "placeholder", "aria-label")
META_NAMES = frozenset({"description", "og:description", "og:title", "twitter:description", "twitter:title"})
_ATTR = r"""(\s{name}\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)"""


class _Tokens(HTMLParser):
    """Every token as (kind, start offset, tag, attrs); raw spans run to the next token."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.text = text
        self.tokens: list[tuple[str, int, str, list]] = []
        self._lines = [0] + [m.end() for m in re.finditer("\n", text)]
        self.feed(text)
        self.close()

    def _at(self) -> int:
        line, col = self.getpos()
        return self._lines[line - 1] + col

    def handle_starttag(self, tag, attrs):
        self.tokens.append(("start", self._at(), tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.tokens.append(("startend", self._at(), tag, attrs))

    def handle_endtag(self, tag):
        self.tokens.append(("end", self._at(), tag, []))

    def handle_data(self, data):
        self.tokens.append(("data", self._at(), data, []))

    def _other(self, *_):
        self.tokens.append(("other", self._at(), "", []))

    handle_comment = handle_decl = handle_pi = unknown_decl = _other


class HtmlDocument(ParsedDocument):
    def __init__(self, text: str, units, runs, edits_attr, html_tag_span, charset_edits=(), warnings=()):
        super().__init__(units, "utf-8", warnings)
        self._charset = list(charset_edits)  # the output is UTF-8: a declared charset must say so
        self.text = text
        self._runs = runs  # unit index -> (start, end, InlineRun, piece offsets) for text units
        self._attrs = edits_attr  # unit index -> (start, end, quote) of an attribute value
        self._html_tag = html_tag_span  # (start, end) of the <html ...> start tag, if any

    def render(self, translations: dict[int, UnitTranslation], target_lang: str) -> bytes:
        attr_edits: list[tuple[int, int, str]] = []
        for i, (start, end, quote) in self._attrs.items():
            if i in translations:
                value = html.escape(" ".join(t.strip() for t in translations[i][1]), quote=True)
                attr_edits.append((start, end, f"{quote}{value}{quote}"))
        edits: list[tuple[int, int, str]] = []
        inside: set[int] = set()
        for i, (start, end, run, offsets) in self._runs.items():
            if i not in translations:
                continue
            # Attribute values inside the run (an <a title>, an <img alt>) are edited in its pieces.
            pieces = []
            for (kind, raw, text), at in zip(run.pieces, offsets):
                mine = [e for e in attr_edits if at <= e[0] and e[1] <= at + len(raw)]
                inside.update(e[0] for e in mine)
                pieces.append((kind, _apply(raw, [(a - at, b - at, new) for a, b, new in mine]), text))
            src, tgt, base = unit_texts(translations[i])
            first, last = run.pieces[0], run.pieces[-1]
            lead = first[1][: len(first[1]) - len(first[1].lstrip())] if first[0] == TEXT else ""
            trail = last[1][len(last[1].rstrip()) :] if last[0] == TEXT else ""
            body = InlineRun(pieces).render(src, tgt, lambda t: html.escape(t, quote=False), base)
            edits.append((start, end, lead + body + trail))
        edits += [e for e in attr_edits if e[0] not in inside]
        edits += self._charset
        if self._html_tag is not None:
            a, b = self._html_tag
            edits.append((a, b, _set_lang(self.text[a:b], target_lang)))
        return _apply(self.text, edits).encode("utf-8")


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out, cursor = [], 0
    for start, end, new in sorted(edits):
        out.append(text[cursor:start])
        out.append(new)
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def _charset_edits(raw: str, at: int, attrs: dict) -> list[tuple[int, int, str]]:
    """<meta charset=X> and <meta http-equiv=Content-Type content="...; charset=X">: X -> utf-8."""
    if attrs.get("charset") and attrs["charset"].lower() != "utf-8":
        span = _attr_span(raw, "charset")
        if span:
            return [(at + span[0], at + span[1], f"{span[2]}utf-8{span[2]}")]
    if attrs.get("http-equiv", "").lower() == "content-type":
        m = re.search(r"charset\s*=\s*([\w-]+)", raw, re.IGNORECASE)
        if m and m.group(1).lower() != "utf-8":
            return [(at + m.start(1), at + m.end(1), "utf-8")]
    return []


def _set_lang(tag: str, lang: str) -> str:
    m = re.search(_ATTR.format(name="lang"), tag, re.IGNORECASE)
    if m:
        return tag[: m.start(2)] + f'"{lang}"' + tag[m.end(2) :]
    return re.sub(r"^<html", f'<html lang="{lang}"', tag, count=1, flags=re.IGNORECASE)


def _attr_span(raw_tag: str, name: str) -> tuple[int, int, str] | None:
    m = re.search(_ATTR.format(name=re.escape(name)), raw_tag, re.IGNORECASE)
    if not m:
        return None
    value = m.group(2)
    quote = value[0] if value[0] in "\"'" else '"'
    return m.start(2), m.end(2), quote


class _Builder:
    def __init__(self, text: str):
        self.text = text
        self.units: list[TextUnit] = []
        self.runs: dict[int, tuple[int, int, InlineRun]] = {}
        self.attrs: dict[int, tuple[int, int, str]] = {}
        self.stack: list[tuple[str, dict[str, int], bool]] = [("", {}, False)]  # tag, child counts, boilerplate
        self.path: list[str] = []
        self.pieces: list[tuple[str, str, str]] = []
        self.offsets: list[int] = []  # where each piece starts in the source
        self.run_start = self.run_end = -1
        self.run_path = ""

    def boiler(self) -> bool:
        return self.stack[-1][2]

    def flush(self) -> None:
        run = InlineRun(self.pieces)
        if self.pieces and run.has_text():
            # Trailing whitespace and marks after the last text stay outside the run's edit.
            self.runs[len(self.units)] = (self.run_start, self.run_end, run, self.offsets)
            self.units.append(TextUnit(run.plain()[0], self.run_path, not self.boiler()))
        self.pieces, self.offsets, self.run_start = [], [], -1

    def piece(self, kind: str, start: int, end: int, text: str) -> None:
        if not self.pieces:
            if kind == TEXT and not text.strip():
                return  # whitespace between blocks stays where it is
            self.run_start, self.run_path = start, "/" + "/".join(self.path)
        self.pieces.append((kind, self.text[start:end], text))
        self.offsets.append(start)
        self.run_end = end

    def open(self, tag: str, attrs: dict) -> None:
        parent = self.stack[-1]
        parent[1][tag] = parent[1].get(tag, 0) + 1
        boiler = parent[2] or tag in BOILERPLATE or attrs.get("role") in ("navigation", "contentinfo")
        self.stack.append((tag, {}, boiler))
        self.path.append(f"{tag}[{parent[1][tag]}]")

    def close(self, tag: str) -> None:
        names = [t for t, _, _ in self.stack]
        if tag in names[1:]:
            while self.stack[-1][0] != tag:
                self.stack.pop(), self.path.pop()
            self.stack.pop(), self.path.pop()

    def attributes(self, start: int, end: int, tag: str, attrs: dict) -> None:
        raw = self.text[start:end]
        names = [n for n in TRANSLATED_ATTRS if attrs.get(n)]
        if tag == "meta" and (attrs.get("name") or attrs.get("property") or "").lower() in META_NAMES:
            names = ["content"] if attrs.get("content") else []
        for name in names:
            span = _attr_span(raw, name)
            if span and attrs[name].strip():
                self.attrs[len(self.units)] = (start + span[0], start + span[1], span[2])
                place = "/" + "/".join(self.path + [tag]) + f"/@{name}"
                self.units.append(TextUnit(re.sub(r"\s+", " ", attrs[name]).strip(), place, not self.boiler()))


def _no_translate(attrs: dict) -> bool:
    return attrs.get("translate") == "no" or "notranslate" in attrs.get("class", "").split()


def parse(text: str, path: str) -> HtmlDocument:
    tokens = _Tokens(text).tokens
    ends = [t[1] for t in tokens[1:]] + [len(text)]
    b = _Builder(text)
    html_tag = None
    charset_edits: list[tuple[int, int, str]] = []
    skip: list[str] = []  # open verbatim elements (the first is the one that started it)
    atom: list | None = None  # [start, text] of an inline atom with content being copied
    for (kind, start, tag, attrs), end in zip(tokens, ends):
        if skip:
            if kind == "start" and tag == skip[0]:
                skip.append(tag)
            elif kind == "end" and tag == skip[0]:
                skip.pop()
            if atom is not None:
                if kind == "data":
                    atom[1] += tag
                if not skip:
                    b.piece(ATOM, atom[0], end, atom[1])
                    atom = None
            continue
        if kind == "data":
            b.piece(TEXT, start, end, tag)
            continue
        if kind == "other":
            if b.pieces:
                b.piece(MARK, start, end, "")
            continue
        attrs = {k: v or "" for k, v in attrs}
        if tag == "html" and kind == "start" and html_tag is None:
            html_tag = (start, end)
        if tag == "meta":
            charset_edits += _charset_edits(text[start:end], start, attrs)
        if kind in ("start", "startend"):
            inline_atom = tag in INLINE_ATOMS or (tag in INLINE and _no_translate(attrs))
            if inline_atom and (tag in VOID or kind == "startend"):
                b.attributes(start, end, tag, attrs)
                b.piece(ATOM, start, end, attrs.get("alt", ""))
            elif inline_atom:
                atom, skip = [start, ""], [tag]
            elif tag in INLINE:
                b.attributes(start, end, tag, attrs)
                b.piece(MARK, start, end, "")
                if tag == "br" and b.pieces:
                    b.piece(TEXT, end, end, " ")  # a line break separates words
                if kind == "start" and tag not in VOID:
                    b.open(tag, attrs)
            else:
                b.flush()
                b.attributes(start, end, tag, attrs)
                if kind == "start" and tag not in VOID:
                    b.open(tag, attrs)
                    if tag in VERBATIM or _no_translate(attrs):
                        skip.append(tag)
            continue
        if tag in INLINE:  # end tag
            b.piece(MARK, start, end, "")
            b.close(tag)
            continue
        b.flush()
        b.close(tag)
    if atom is not None:  # an unclosed <code> at the end: copied as it is
        b.piece(ATOM, atom[0], len(text), atom[1])
    b.flush()
    return HtmlDocument(text, b.units, b.runs, b.attrs, html_tag, charset_edits)


FORMAT = DocFormat("html", (".html", ".htm", ".xhtml"), parse)
