"""Subtitles (.srt, .vtt): cue numbers, timings, settings, headers and NOTE/STYLE blocks are
copied; cue text is translated a sentence at a time, even when a sentence runs over cues.

Consecutive cues are joined into one unit until a cue ends a sentence (., ?, !, …, at most
`MAX_CUES_PER_UNIT` cues), so the engine sees whole sentences. The translation is then cut
back into the cues, and each cue into as many lines as it had, at the mapped positions of the
cue and line boundaries (`base.map_positions`). Tags inside cues (<i>, {\\an8}) are kept.
Our own cue reader keeps every byte outside the text; see docs/formats.md for why not
`srt`/`pysubs2`.
"""

from __future__ import annotations

import re

from .base import MARK, TEXT, DocFormat, InlineRun, ParsedDocument, TextUnit, UnitTranslation, unit_texts

MAX_CUES_PER_UNIT = 8
_BLOCKS = re.compile(r"(?:\r?\n){2,}")
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*\s*$")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|\{\\[^}]*\}")


class _Cue:
    def __init__(self, start: int, lines: list[tuple[int, int]], number: int, text: str):
        self.start = start  # offset of the block in the file
        self.lines = lines  # (start, end) offsets of its text lines
        self.number = number
        self.text = text  # its lines' text without tags, joined by spaces


class SubtitleDocument(ParsedDocument):
    def __init__(self, text: str, units, groups, warnings=()):
        super().__init__(units, "utf-8", warnings)
        self.text = text
        self._groups = groups  # unit index -> list of cues

    def render(self, translations: dict[int, UnitTranslation], target_lang: str) -> bytes:
        edits: list[tuple[int, int, str]] = []
        for i, cues in self._groups.items():
            if i not in translations:
                continue
            src, tgt, base = unit_texts(translations[i])
            # One inline run over all the unit's lines; a MARK between lines and between cues.
            pieces: list[tuple[str, str, str]] = []
            for cue in cues:
                for a, b in cue.lines:
                    if pieces:  # a line break: a space in the text, a boundary in the output
                        pieces += [(TEXT, " ", " "), (MARK, "\0", "")]
                    pieces += _line_pieces(self.text[a:b])
            rendered = InlineRun(pieces).render(src, tgt, lambda t: t, base)
            parts = rendered.split("\0")
            n = 0
            for cue in cues:
                lines = [parts[k].strip() if k < len(parts) else "" for k in range(n, n + len(cue.lines))]
                n += len(cue.lines)
                if not any(_TAG.sub("", line).strip() for line in lines):
                    # a cue left with no words (a reviewer merged its sentence into an earlier
                    # cue's pair) carries nothing, as a cue without tags does: no bare "<i></i>"
                    lines = [""] * len(lines)
                edits += [(a, b, line) for (a, b), line in zip(cue.lines, lines)]
        out, cursor = [], 0
        for a, b, new in sorted(edits):
            out.append(self.text[cursor:a])
            out.append(new)
            cursor = b
        out.append(self.text[cursor:])
        return "".join(out).encode("utf-8")


def _line_pieces(line: str) -> list[tuple[str, str, str]]:
    pieces, cursor = [], 0
    for m in _TAG.finditer(line):
        if m.start() > cursor:
            pieces.append((TEXT, line[cursor : m.start()], line[cursor : m.start()]))
        pieces.append((MARK, m.group(0), ""))
        cursor = m.end()
    if cursor < len(line):
        pieces.append((TEXT, line[cursor:], line[cursor:]))
    return pieces


def _cues(text: str) -> list[_Cue]:
    cues: list[_Cue] = []
    pos = 0
    for block in _BLOCKS.split(text) + [""]:
        start = text.find(block, pos) if block else pos
        pos = start + len(block)
        lines, offsets, at = block.split("\n"), [], start
        for line in lines:
            offsets.append((at, at + len(line.rstrip("\r"))))
            at += len(line) + 1
        timing = next((k for k, line in enumerate(lines) if "-->" in line), None)
        if timing is None or lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue  # header, comment or style block: copied
        text_lines = [o for o, line in zip(offsets[timing + 1 :], lines[timing + 1 :]) if line.strip()]
        plain = " ".join(_TAG.sub("", text[a:b]).strip() for a, b in text_lines)
        if plain.strip():
            cues.append(_Cue(start, text_lines, len(cues) + 1, re.sub(r"\s+", " ", plain).strip()))
    return cues


def parse(text: str, path: str) -> SubtitleDocument:
    units: list[TextUnit] = []
    groups: dict[int, list[_Cue]] = {}
    group: list[_Cue] = []
    for cue in _cues(text) + [None]:
        if cue is not None:
            group.append(cue)
        if group and (cue is None or _SENTENCE_END.search(cue.text) or len(group) >= MAX_CUES_PER_UNIT):
            first, last = group[0].number, group[-1].number
            place = f"cue {first}" if first == last else f"cues {first}-{last}"
            groups[len(units)] = group
            units.append(TextUnit(" ".join(c.text for c in group), place))
            group = []
    return SubtitleDocument(text, units, groups)


FORMAT = DocFormat("subtitles", (".srt", ".vtt"), parse)
