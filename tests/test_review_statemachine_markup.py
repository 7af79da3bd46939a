"""The review state machine (tests/test_review_statemachine.py) over documents with markup: each
of the two documents is Markdown, HTML, .docx or .srt (drawn per example), its Spanish sentences
carrying links and bold/italic words, under a heading, in paragraphs and list items (a subtitle
file: cues with their timing, a sentence over two cues where it is long). Every rule of the
plain-text machine runs on them (runs, the author's changes, review sessions, `decide`, hand edits
of the .tsv/.pairs.jsonl, `show`, `export`), and two more:

* a person types in the translated document itself (x.en.md, x.en.html, x.en.docx -- saved by
  python-docx as a word processor saves it whole --, x.en.srt): a word replaced, or one added
  before or after a word, inside a link/bold span, at its very edge or just outside it;
* a person takes a link or bold span out of a sentence of the translated document, words unchanged;
* the author moves or changes a sentence's link or bold span (its words unchanged).

On top of the plain machine's checks (every file the review's rendering, every edit kept or in a
named copy, a rerun with nothing changed writing nothing, `show`/`export` seeing the hand edits):
the translated document has the source's markup -- the same links, bold spans, headings, list
items, cue timings, in order -- and a change typed in it that was taken into the review with no
`.hand-edited` copy is written again as typed (the markup on the words the person left it on),
while markup a person took out is never put back without a copy of the file as typed; a copy of
the file as typed is named in what the command prints.

REVIEW_LOOP_EXAMPLES / REVIEW_LOOP_STEPS search harder, as for the plain machine.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from hypothesis import note
from hypothesis import strategies as st
from hypothesis.stateful import initialize, rule, run_state_machine_as_test

from test_review_statemachine import DOCS, HEADING, LOOP, POOLS, STEPS, ReviewLoop, Typed, base

FORMATS = ("md", "html", "docx", "srt")
KINDS = (None, "link", "bold")
OPS = ("replace", "before", "after", "outside")
URL = "https://example.org/{}"


# ---------------------------------------------------------------- views of a document's text
@dataclass(frozen=True)
class Char:
    """An item of a document's text: a character and where it is (an offset in the file, or a
    docx w:t and an index in its text; None: a block boundary, a space), or (ch "") inline markup
    as written (a tag, `**`, `](url)`, a docx run's formatting where it changes; where it is: its
    span in the file)."""

    ch: str
    loc: object = None
    mark: str = ""


def text_view(fmt: str, text: str) -> list[Char]:
    """The items of a Markdown, HTML or subtitle file: inline markup (links, bold, italics) as
    marks; block markup (headings, list markers, other tags, cue numbers and timings) a space."""
    pattern = {"md": r"(?m)^#{1,6} |^- |\]\([^)]*\)|\[|\*\*|\*",
               "html": r"<[^>]+>",
               "srt": r"(?m)^\d+\n(?=\S+ --> )|^\S+ --> .*$|</?[a-z]+>"}[fmt]
    items: list[Char] = []
    at = 0
    for m in re.finditer(pattern, text):
        items += [Char(text[k], k) for k in range(at, m.start())]
        items.append(Char("", m.span(), m.group()) if _inline(fmt, m.group()) else Char(" "))
        at = m.end()
    return items + [Char(text[k], k) for k in range(at, len(text))]


def _inline(fmt: str, token: str) -> bool:
    if fmt == "md":
        return not token.endswith(" ")
    name = re.match(r"</?([a-zA-Z0-9]*)", token)
    return bool(name) and name.group(1).lower() in ("a", "strong", "em", "b", "i", "u")


def docx_paragraph(p) -> list[Char]:
    """The items of a .docx paragraph (a w:p): each character with its w:t, and a mark where the
    run formatting (bold, italic, a hyperlink) changes."""
    from docx.oxml.ns import qn

    items: list[Char] = []
    last = ""
    for r in p.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        fmt = "".join(code for code, tag in (("B", "w:b"), ("I", "w:i"))
                      if rpr is not None and rpr.find(qn(tag)) is not None)
        fmt += "L" if r.getparent().tag == qn("w:hyperlink") else ""
        for t in r.iter(qn("w:t")):
            for k, ch in enumerate(t.text or ""):
                if fmt != last:
                    items.append(Char("", None, f"[{fmt}]"))
                    last = fmt
                items.append(Char(ch, (t, k)))
    return items


def docx_view(document) -> list[Char]:
    from docx.oxml.ns import qn

    items: list[Char] = []
    for p in document.element.body.iter(qn("w:p")):
        items += docx_paragraph(p) + [Char(" ")]
    return items


@dataclass
class Word:
    text: str
    chars: list[Char]  # its characters (no marks)
    first: int  # the item index of its first and last character
    last: int


def words_of(items: list[Char]) -> list[Word]:
    words: list[Word] = []
    current: list[tuple[int, Char]] = []
    for i, c in enumerate(items + [Char(" ")]):
        if c.mark:
            continue
        if c.ch.isspace():
            if current:
                words.append(Word("".join(x.ch for _, x in current), [x for _, x in current], current[0][0], current[-1][0]))
            current = []
        else:
            current.append((i, c))
    return words


def find(words: list[Word], english: str) -> list[int]:
    """Where the words of `english` stand in a document's words."""
    target = english.split()
    return [i for i in range(len(words) - len(target) + 1)
            if [w.text for w in words[i:i + len(target)]] == target]


def extent(items: list[Char], first: int, last: int) -> tuple[int, int]:
    """A stretch of items widened over the marks right before and after it."""
    while first > 0 and items[first - 1].mark:
        first -= 1
    while last + 1 < len(items) and items[last + 1].mark:
        last += 1
    return first, last


def shape(items: list[Char], words: list[Word], at: int, n: int) -> tuple[str, ...]:
    """The sentence of n words from word `at` as written: its characters and marks, spaces squeezed."""
    first, last = extent(items, words[at].first, words[at + n - 1].last)
    out: list[str] = []
    for c in items[first:last + 1]:
        if c.mark:
            out.append(c.mark)
        elif not c.ch.isspace():
            out.append(c.ch)
        elif out[-1] != " ":
            out.append(" ")
    return tuple(out)


def plain(items: list[Char]) -> str:
    return " ".join("".join(c.ch for c in items).split())


# ---------------------------------------------------------------- the sources
def styled(words: list[str], style: tuple) -> list[tuple[str, str | None]]:
    """A sentence's words as pieces (text, None/"link"/"bold"), spaces between them."""
    kind, start, length, _ = style
    if kind is None:
        return [(" ".join(words), None)]
    pieces = [(" ".join(words[:start]), None), (" ".join(words[start:start + length]), kind),
              (" ".join(words[start + length:]), None)]
    out = []
    for k, (text, what) in enumerate(pieces):
        if not text:
            continue
        if out:
            out.append((" ", None))
        out.append((text, what))
    return out


def inline(fmt: str, pieces: list[tuple[str, str | None]], url: str) -> str:
    wrap = {"md": {"link": ("[", f"]({url})"), "bold": ("**", "**")},
            "html": {"link": (f'<a href="{url}">', "</a>"), "bold": ("<strong>", "</strong>")},
            "srt": {"link": ("<u>", "</u>"), "bold": ("<i>", "</i>")}}[fmt]
    return "".join(text if what is None else wrap[what][0] + text + wrap[what][1] for text, what in pieces)


def outline(fmt: str, data: bytes) -> list:
    """The markup of a document, its words aside: what must be the same in the source and its
    translation (links with their addresses, bold spans, headings, list items, cue timings)."""
    if fmt == "docx":
        import docx

        out = []
        for p in docx.Document(io.BytesIO(data)).paragraphs:
            runs = [c.mark for c in docx_paragraph(p._p) if c.mark]
            out.append((p.style.name, [h.address for h in p.hyperlinks], runs))
        return out
    text = data.decode("utf-8")
    if fmt == "md":
        return re.findall(r"(?m)^#{1,6} |^- |\]\([^)]*\)|\[|\*\*", text)
    if fmt == "html":
        return [(m.group(1).lower(), m.group(2)) for m in re.finditer(r'<(/?[a-zA-Z0-9!]+)(?:[^>]*?href="([^"]*)")?[^>]*>', text)]
    return re.findall(r"(?m)^\S+ --> .*$|</?[a-z]+>", text)


class MarkupLoop(ReviewLoop):
    """The review loop over Markdown, HTML, .docx and subtitle documents with markup."""

    def __init__(self):
        super().__init__()
        self.formats: dict[str, str] = {}
        self.styles: dict[tuple[str, str], tuple] = {}  # (doc, base sentence) -> (kind, start, length, url number)
        self.ran_sources: dict[str, bytes] = {}  # each document's source as the last run read it
        self.ran_styles: dict[tuple[str, str], tuple] = {}  # and the styles it had
        self.typed_bytes: dict[str, bytes] = {}  # doc -> its translated document as a person last saved it
        self.unmarked: set[str] = set()  # the documents whose translated document a person took markup out of
        self.copied: dict[str, list[str]] = {}  # doc -> copies of the file as typed there are, when a command read it

    @initialize(formats=st.tuples(st.sampled_from(FORMATS), st.sampled_from(FORMATS)))
    def first_run(self, formats):
        self.formats = dict(zip(("a", "b"), formats))
        for doc in ("a", "b"):
            for i, s in enumerate(POOLS[doc]):
                n = len(s.split())
                length = 1 + i // 3 % 2
                self.styles[(doc, s)] = (KINDS[i % 3], min(1 + i % 4, n - 1 - length), length, i)
        note(f"formats {self.formats}")
        STEPS[f"formats {'+'.join(sorted(formats))}"] += 1
        self.start()

    # ------------------------------------------------------------ the documents
    def translated_name(self, doc: str) -> str:
        return f"{doc}.en.{self.formats[doc]}"

    def has_heading(self, doc: str) -> bool:
        return self.formats[doc] != "srt"

    def sentences(self, doc: str) -> list[str]:
        return ([HEADING] if self.has_heading(doc) else []) + [s for p in self.paragraphs[doc] for s in p]

    def style(self, doc: str, sentence: str) -> tuple:
        return self.styles.get((doc, base(sentence)), (None, 0, 0, 0))

    def pieces(self, doc: str, sentence: str) -> list[tuple[str, str | None]]:
        return styled(sentence.split(), self.style(doc, sentence))

    def write_sources(self) -> None:
        for doc, paras in self.paragraphs.items():
            fmt = self.formats[doc]
            for old in self.src.glob(f"{doc}.*"):
                old.unlink()
            path = self.src / f"{doc}.{fmt}"
            paras = [p for p in paras if p]
            url = lambda s: URL.format(self.style(doc, s)[3])  # noqa: E731
            if fmt == "md":
                blocks = [f"# {HEADING}"] + [("- " if k % 2 else "") + " ".join(inline(fmt, self.pieces(doc, s), url(s))
                                                                                for s in p) for k, p in enumerate(paras)]
                path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
            elif fmt == "html":
                body = [f"<h1>{HEADING}</h1>"] + [
                    ("<ul><li>{}</li></ul>" if k % 2 else "<p>{}</p>").format(" ".join(inline(fmt, self.pieces(doc, s), url(s))
                                                                                     for s in p)) for k, p in enumerate(paras)]
                path.write_text('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n' + "\n".join(body)
                                + "\n</body></html>\n", encoding="utf-8")
            elif fmt == "srt":
                cues = []
                for s in (s for p in paras for s in p):
                    pieces = self.pieces(doc, s)
                    words = s.split()
                    kind, start, length, _ = self.style(doc, s)
                    cut = len(words) // 2
                    if kind is not None and start < cut < start + length:
                        cut = start or start + length  # (a span stays in one cue)
                    if len(words) > 6:  # a long sentence over two cues
                        first = styled(words[:cut], (kind, start, min(length, max(cut - start, 0)), 0)) \
                            if kind is not None and start < cut else [(" ".join(words[:cut]), None)]
                        second = styled(words[cut:], (kind, start - cut, length, 0)) if kind is not None and start >= cut \
                            else [(" ".join(words[cut:]), None)]
                        cues += [inline(fmt, first, ""), inline(fmt, second, "")]
                    else:
                        cues.append(inline(fmt, pieces, ""))
                path.write_text("".join(f"{n + 1}\n{_time(2 * n)} --> {_time(2 * n + 1.5)}\n{c}\n\n"
                                        for n, c in enumerate(cues)), encoding="utf-8")
            else:
                path.write_bytes(self.docx_source(doc, paras))

    def docx_source(self, doc: str, paras: list[list[str]]) -> bytes:
        import docx
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        document = docx.Document()
        document.add_heading(HEADING, 1)
        for k, p in enumerate(paras):
            para = document.add_paragraph(style="List Bullet" if k % 2 else None)
            for n, s in enumerate(p):
                for text, what in ([(" ", None)] if n else []) + self.pieces(doc, s):
                    if what == "link":
                        link = OxmlElement("w:hyperlink")
                        link.set(qn("r:id"), para.part.relate_to(URL.format(self.style(doc, s)[3]), RT.HYPERLINK,
                                                                 is_external=True))
                        run = OxmlElement("w:r")
                        t = OxmlElement("w:t")
                        t.text = text
                        t.set(qn("xml:space"), "preserve")
                        run.append(t)
                        link.append(run)
                        para._p.append(link)
                    else:
                        para.add_run(text).bold = what == "bold" or None
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    def ran(self) -> None:
        super().ran()
        self.ran_sources = {doc: (self.src / f"{doc}.{fmt}").read_bytes() for doc, fmt in self.formats.items()}
        self.ran_styles = dict(self.styles)

    # ------------------------------------------------------------ reading the translated document
    def view(self, doc: str, path: Path | None = None):
        """(characters, the docx Document or None) of the translated document or a copy of it."""
        path = path or self.out / self.translated_name(doc)
        fmt = self.formats[doc]
        if fmt == "docx":
            import docx

            document = docx.Document(io.BytesIO(path.read_bytes()))
            return docx_view(document), document
        return text_view(fmt, path.read_text(encoding="utf-8")), None

    def translated_text(self, doc: str) -> str:
        return plain(self.view(doc)[0])

    def copy_text(self, copy: Path) -> str:
        doc = copy.name.split(".")[0]
        if doc in self.formats and copy.name.startswith(self.translated_name(doc)):
            return plain(self.view(doc, copy)[0])
        return super().copy_text(copy)

    # ------------------------------------------------------------ a person in the translated document
    def type_translated(self, doc: str, src: str, path: Path, old: str, word: int) -> Typed | None:
        """A person's change of the English `old` in the translated document: a word replaced, or
        one added before a word (inside markup that opens at it), after it (inside markup that
        closes at it) or after the space before it (outside); mostly at a word with markup at or
        inside it."""
        items, document = self.view(doc, path)
        words = words_of(items)
        found = find(words, old)
        if len(found) != 1:
            assert found, (old, plain(items))
            return None
        at, n = found[0], len(old.split())
        mine = words[at:at + n]
        near = [k for k, w in enumerate(mine) if extent(items, w.first, w.last) != (w.first, w.last)
                or any(c.mark for c in items[w.first:w.last + 1])]
        k = near[word // 4 % len(near)] if near and word // 4 % 3 else word // 4 % n
        op = OPS[word % 4]
        w = mine[k]
        core = [i for i, c in enumerate(w.chars) if c.ch.isalnum()]
        if not core or any(c.mark for c in items[w.first:w.last + 1]):
            return None  # (markup inside a word: not what a person types at)
        a, b = core[0], core[-1]
        new = f"hand{self.fresh(k)}"
        texts = [x.text for x in mine]
        if op == "replace":  # (loc, text, how): "over" the character, "before" or "after" it
            edits = [(w.chars[i].loc, "" if i > a else new, "over") for i in range(a, b + 1)]
            texts[k] = w.text[:a] + new + w.text[b + 1:]
        elif op == "before":
            edits = [(w.chars[0].loc, new + " ", "before")]
            texts.insert(k, new)
        elif op == "after":
            edits = [(w.chars[b].loc, " " + new, "after")]
            texts[k:k + 1] = [w.text[:b + 1], new + w.text[b + 1:]]
        else:  # just after the space before the word: outside any markup that opens at it
            space = items[extent(items, w.first, w.last)[0] - 1]
            if k == 0 or space.loc is None or not space.ch.isspace():
                return None
            edits = [(space.loc, new + " ", "after")]
            texts.insert(k, new)
        value = " ".join(" ".join(texts).split())
        if document is None:
            text = path.read_text(encoding="utf-8")
            for loc, piece, how in sorted(edits, key=lambda e: e[0], reverse=True):
                cut = {"over": (loc, loc + 1), "before": (loc, loc), "after": (loc + 1, loc + 1)}[how]
                text = text[:cut[0]] + piece + text[cut[1]:]
            path.write_text(text, encoding="utf-8")
        else:
            for (t, i), piece, how in sorted(edits, key=lambda e: e[0][1], reverse=True):
                cut = {"over": (i, i + 1), "before": (i, i), "after": (i + 1, i + 1)}[how]
                t.text = t.text[:cut[0]] + piece + t.text[cut[1]:]
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            document.save(path)
        items = self.view(doc, path)[0]
        words = words_of(items)
        found = find(words, value)
        assert len(found) == 1, (value, plain(items))
        STEPS[f"hand edit {self.formats[doc]} {op}{' at markup' if k in near else ''}"] += 1
        self.typed_bytes[doc] = path.read_bytes()
        return Typed(doc, "translated", src, value, path.name,
                     (shape(items, words, found[0], len(value.split())), self.ran_styles.get((doc, base(src)))))

    def taken_as_typed(self, typed: Typed, output: str) -> None:
        if typed.kind != "translated" or typed.extra is None:
            return
        as_typed, style = typed.extra
        if self.copied.get(typed.doc):  # kept as a copy too (markup the review cannot hold): the person's file
            STEPS["typed: taken, and kept as a copy"] += 1
            return
        if self.ran_styles.get((typed.doc, base(typed.src))) != style or typed.src not in self.in_folder[typed.doc]:
            return  # the author changed the sentence's markup since, or took the sentence out
        if not (self.out / typed.file).exists():
            return
        items = self.view(typed.doc)[0]
        words = words_of(items)
        found = find(words, typed.value)
        if len(found) != 1:
            return
        again = shape(items, words, found[0], len(typed.value.split()))
        STEPS["typed: taken, written again as typed"] += 1
        assert again == as_typed, (f"{typed.file}: a change typed next to markup was taken and the file written "
                                   "again with its markup elsewhere, no copy kept", typed.value, as_typed, again, output)

    @rule(doc=DOCS, at=st.integers(0, 99), word=st.integers(0, 99))
    def type_in_translated(self, doc, at, word):
        """(The translated document is the file here: typed in more often than the others.)"""
        self.hand_edit(doc, "translated", at, word)

    @rule(doc=DOCS, at=st.integers(0, 99), which=st.integers(0, 99))
    def unmark_in_translated(self, doc, at, which):
        """A person takes a link or bold/italic span out of a sentence of the translated document,
        its words left as they are: the review holds words only, so the file must be kept as a
        `.hand-edited` copy with a warning when the file is written again (never dropped silently)."""
        pairs = self.written(doc)
        path = self.out / self.translated_name(doc)
        pending = self.typed.get((doc, "translated", pairs[at % len(pairs)][0]))
        english = pending.value if pending else pairs[at % len(pairs)][1]
        items, document = self.view(doc, path)
        words = words_of(items)
        found = find(words, english)
        if len(found) != 1:
            return
        first, last = extent(items, words[found[0]].first, words[found[0] + len(english.split()) - 1].last)
        mine = items[first:last + 1]
        if document is None:
            opening = [k for k, c in enumerate(mine) if c.mark and _opens(c.mark)]
            if not opening:
                return
            k = opening[which % len(opening)]
            close = next((j for j in range(k + 1, len(mine)) if mine[j].mark and _closes(mine[k].mark, mine[j].mark)), None)
            if close is None:
                return
            text = path.read_text(encoding="utf-8")
            for (a, b) in (mine[close].loc, mine[k].loc):
                text = text[:a] + text[b:]
            path.write_text(text, encoding="utf-8")
        else:
            from docx.oxml.ns import qn

            runs = []
            for c in mine:
                if c.loc is not None and not c.mark:
                    r = c.loc[0].getparent()
                    rpr = r.find(qn("w:rPr"))
                    if (r.getparent().tag == qn("w:hyperlink") or rpr is not None and rpr.find(qn("w:b")) is not None) \
                            and r not in runs:
                        runs.append(r)
            if not runs:
                return
            r = runs[which % len(runs)]
            if r.getparent().tag == qn("w:hyperlink"):
                link = r.getparent()
                for child in list(link):
                    link.addprevious(child)
                link.getparent().remove(link)
            else:
                rpr = r.find(qn("w:rPr"))
                rpr.remove(rpr.find(qn("w:b")))
            document.save(path)
        self.unmarked.add(doc)
        self.typed_bytes[doc] = path.read_bytes()
        STEPS[f"markup taken out by hand {self.formats[doc]}"] += 1
        note(f"markup taken out by hand in {path.name}: {english!r}")
        self.dirty = True

    def pending_docs(self) -> set[str]:
        return super().pending_docs() | self.unmarked

    def take_typed(self, output: str, docs=("a", "b")) -> None:
        """(Before the plain machine's: whether the translated document as typed is kept as a copy,
        named in the output; it must be where a person took markup out.)"""
        self.copied = {}
        for doc in [d for d in docs if d in self.typed_bytes]:
            typed = self.typed_bytes.pop(doc)
            name = self.translated_name(doc)
            copies = [c.name for c in self.out.glob(f"{name}.hand-edited*") if c.read_bytes() == typed]
            if (self.out / name).read_bytes() == typed:
                assert doc not in self.unmarked, (f"{name}: the file a person took markup out of is still there, "
                                                  "its hand edits read", output)
                continue
            self.copied[doc] = copies
            assert not copies or any(c in output for c in copies), (f"no warning names the copy of {name}", copies, output)
            if doc in self.unmarked:
                self.unmarked.discard(doc)
                assert copies, (f"{name}: markup a person took out was put back, and the file as typed is in no copy", output)
                STEPS["markup taken out by hand: kept as a copy"] += 1
        super().take_typed(output, docs)

    # ------------------------------------------------------------ the author's markup
    @rule(doc=DOCS, at=st.integers(0, 99), how=st.integers(0, 99))
    def restyle(self, doc, at, how):
        sents = [s for p in self.paragraphs[doc] for s in p]
        s = sents[at % len(sents)]
        kind, start, length, url = self.style(doc, s)
        n = len(s.split())
        if how % 3 == 0:
            kind = KINDS[(KINDS.index(kind) + 1) % 3]
        elif how % 3 == 1:
            start = (start + 1) % max(n - length, 1)
        else:
            length = 1 + length % 2
            start = min(start, n - 1 - length)
        self.styles[(doc, base(s))] = (kind, max(start, 0), length, url + 100)
        STEPS["author restyle"] += 1
        note(f"author restyle {doc}: {s!r} -> {self.styles[(doc, base(s))]}")
        self.write_sources()
        self.dirty = True

    # ------------------------------------------------------------ what must hold
    def check_folder(self) -> None:
        super().check_folder()
        for doc in ("a", "b"):
            if any(t.doc == doc for t in self.typed.values()):
                continue
            fmt = self.formats[doc]
            source = outline(fmt, self.ran_sources[doc])
            translated = outline(fmt, (self.out / self.translated_name(doc)).read_bytes())
            if fmt == "html":
                source = [(t, h) for t, h in source if t != "meta"]
                translated = [(t, h) for t, h in translated if t != "meta"]
            assert translated == source, (f"{self.translated_name(doc)}: the source's markup is not the translation's",
                                          source, translated)


def _opens(mark: str) -> bool:
    return mark in ("[", "**", "*") or mark.startswith("<") and not mark.startswith("</")


def _closes(opening: str, mark: str) -> bool:
    if opening == "[":
        return mark.startswith("](")
    if opening in ("**", "*"):
        return mark == opening
    return mark.lower().startswith(f"</{re.match(r'<([a-zA-Z0-9]+)', opening).group(1).lower()}")


def _time(seconds: float) -> str:
    ms = int(seconds * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def test_a_review_of_documents_with_markup_outlives_every_rerun(installed_toy):
    STEPS.clear()
    run_state_machine_as_test(MarkupLoop, settings=LOOP)
    print("steps taken:", dict(sorted(STEPS.items())))


def test_the_views_read_each_format():
    """The test's own reading of the formats: words, and the markup at and inside a sentence."""
    items = text_view("md", "# T\n\nThe [gov](u) is **very** good.\n")
    assert plain(items) == "T The gov is very good."
    words = words_of(items)
    assert [w.text for w in words] == ["T", "The", "gov", "is", "very", "good."]
    assert shape(items, words, 1, 5) == tuple("The ") + ("[",) + tuple("gov") + ("](u)",) + tuple(" is ") + \
        ("**",) + tuple("very") + ("**",) + tuple(" good.")
    items = text_view("srt", "1\n00:00:00,000 --> 00:00:01,500\nA <i>b</i>\n\n2\n00:00:02,000 --> 00:00:03,500\nc.\n\n")
    assert plain(items) == "A b c."
    assert shape(items, words_of(items), 0, 3) == ("A", " ", "<i>", "b", "</i>", " ", "c", ".")
    assert outline("srt", b"1\n00:00:00,000 --> 00:00:01,500\nA <i>b</i>\n") == ["00:00:00,000 --> 00:00:01,500", "<i>", "</i>"]
