"""Markdown: headings, paragraphs, list items and quotes are translated; code blocks, HTML
blocks, front matter, tables and link definitions are copied line for line.

markdown-it-py (CommonMark) finds the blocks and their source lines; a block's lines are
replaced by its container prefix ("> ", "- ", "## ") and its translation on one line. Inside a
block, inline syntax (emphasis, links, inline HTML) is kept around the mapped words
(`base.InlineRun`); code spans, images and autolinks are atoms, copied verbatim.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from .base import ATOM, MARK, TEXT, DocFormat, InlineRun, ParsedDocument, TextUnit, UnitTranslation, unit_texts

_INLINE = re.compile(
    r"(?P<code>(?P<ticks>`+)(?P<codetext>.+?)(?<!`)(?P=ticks)(?!`))"
    r"|(?P<image>!\[(?P<alt>[^\]]*)\]\([^)]*\))"
    r"|(?P<autolink><(?:https?|mailto|ftp):[^>\s]*>)"
    r"|(?P<html></?[A-Za-z][^>\n]*>)"
    r"|(?P<linkopen>\[(?=[^\]]*\](?:\(|\[)))"
    r"|(?P<linkclose>\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)|\]\[[^\]]*\])"
    r"|(?P<emph>\*{1,3}|~~|(?<!\w)_{1,3}|_{1,3}(?!\w))"
    r"|(?P<escape>\\[!-/:-@\[-`{-~])"
    r"|(?P<hardbreak>(?:  +|\\)\n)",
    re.S,
)
_NEWLINE = re.compile(r"(\r\n|\r|\n)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_ESCAPE = re.compile(r"([\\`*\[\]<])|(?<!\w)(_)|(_)(?!\w)")
_BLOCK_START = re.compile(r"^(#{1,6}\s|[-+>]\s|\d+[.)]\s)")


def _escape(text: str) -> str:
    text = _ESCAPE.sub(lambda m: "\\" + m.group(0), text)
    return ("\\" + text) if _BLOCK_START.match(text) else text


def inline_run(source: str) -> InlineRun:
    """Markdown inline source -> text, marks and atoms."""
    pieces: list[tuple[str, str, str]] = []
    cursor = 0
    for m in _INLINE.finditer(source):
        if m.start() > cursor:
            pieces.append((TEXT, source[cursor : m.start()], source[cursor : m.start()]))
        raw = m.group(0)
        if m.group("code"):
            pieces.append((ATOM, raw, m.group("codetext").strip()))
        elif m.group("image"):
            pieces.append((ATOM, raw, m.group("alt")))
        elif m.group("autolink"):
            pieces.append((ATOM, raw, raw[1:-1]))
        elif m.group("escape"):
            pieces.append((TEXT, raw, raw[1]))
        elif m.group("hardbreak"):
            pieces.append((TEXT, raw, " "))
        else:
            pieces.append((MARK, raw, ""))
        cursor = m.end()
    if cursor < len(source):
        pieces.append((TEXT, source[cursor:], source[cursor:]))
    return InlineRun(pieces)


class MarkdownDocument(ParsedDocument):
    def __init__(self, lines: list[str], eols: list[str], units, blocks, warnings=()):
        super().__init__(units, "utf-8", warnings)
        self.lines, self.eols = lines, eols  # each line without its end, and its end (\n, \r\n, \r or "")
        self._blocks = blocks  # unit index -> (first line, end line, prefix, suffix, InlineRun)

    def render(self, translations: dict[int, UnitTranslation], target_lang: str) -> bytes:
        lines, eols = list(self.lines), list(self.eols)
        for i, (l0, l1, prefix, suffix, run) in self._blocks.items():
            if i not in translations:
                continue
            src, tgt, base = unit_texts(translations[i])
            body = run.render(src, tgt, _escape, base)
            if not body.strip() and run.has_text():
                # its words went into another unit's pair (a reviewer's merge): no empty "- " item
                # or "#" heading; the block's lines go
                for k in range(l0, l1):
                    lines[k] = None
                continue
            lines[l0] = prefix + body + suffix
            eols[l0] = eols[l1 - 1]  # the block is one line now, ending as its last line did
            for k in range(l0 + 1, l1):
                lines[k] = None
        return "".join(line + eol for line, eol in zip(lines, eols) if line is not None).encode("utf-8")


def _front_matter_end(lines: list[str]) -> int:
    """Lines of a YAML front matter block (--- ... ---) at the top, else 0."""
    if lines and lines[0] == "---":
        for k in range(1, len(lines)):
            if lines[k] in ("---", "..."):
                return k + 1
    return 0


def parse(text: str, path: str) -> MarkdownDocument:
    # Lines end as markdown-it counts them: \r\n, \r or \n.
    parts = _NEWLINE.split(text)
    lines, eols = parts[0::2], parts[1::2] + [""]
    skip = _front_matter_end(lines)
    # Front matter is blanked for the parser so that line numbers stay those of the file.
    parsed_text = "\n".join([""] * skip + lines[skip:])
    tokens = MarkdownIt("commonmark").parse(parsed_text)
    units: list[TextUnit] = []
    blocks: dict[int, tuple] = {}
    for k, tok in enumerate(tokens):
        if tok.type != "inline" or not tok.map or k == 0:
            continue
        parent = tokens[k - 1]
        if parent.type not in ("paragraph_open", "heading_open"):
            continue
        content_lines = tok.content.split("\n")
        if len(content_lines) > 1 and all("|" in c for c in content_lines) and _TABLE_RULE.match(content_lines[1]):
            continue  # a GFM table (not CommonMark): copied as it is
        l0, l1 = tok.map
        first = lines[l0]
        at = first.find(content_lines[0]) if content_lines[0] else -1
        if at < 0:
            continue  # cannot place the block's text safely: leave it untranslated
        prefix = first[:at]
        suffix = first[at + len(content_lines[0]) :] if l1 - l0 == 1 else ""
        run = inline_run(tok.content)
        if not run.has_text():
            continue
        blocks[len(units)] = (l0, l1, prefix, suffix, run)
        kind = f"h{parent.markup.count('#') or (1 if parent.markup == '=' else 2)}" if parent.type == "heading_open" else "paragraph"
        units.append(TextUnit(run.plain()[0], f"line {l0 + 1} ({kind})"))
    return MarkdownDocument(lines, eols, units, blocks)


FORMAT = DocFormat("markdown", (".md", ".markdown"), parse)
