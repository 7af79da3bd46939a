"""Plain records passed between pipeline stages.

documents -> sentences -> translations -> alignment (beads) -> outputs.
Each stage takes these and returns these; none reads another stage's files.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Document:
    """A text document as read from disk, normalised to LF line ends and no BOM."""

    path: Path
    text: str  # "" when read by a format (docformats.parse_source): its text is `paragraphs`
    paragraphs: tuple[str, ...]  # blank-line separated, inner line breaks kept
    encoding: str  # "utf-8", "utf-8-sig", "cp1252", ...
    warnings: tuple[str, ...] = ()
    sha256: str = ""  # of the bytes read from disk (the manifest's input hash)

    @property
    def stem(self) -> str:
        return self.path.stem


@dataclass(frozen=True, slots=True)  # one per sentence of a document: no per-object __dict__
class Sentence:
    text: str
    paragraph: int  # 0-based paragraph index within the document
    index: int  # 0-based sentence index within the document (one side)


@dataclass(frozen=True)
class Bead:
    """An alignment bead: sentence indices on each side (either may be empty) and a confidence."""

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float
    flags: tuple[str, ...] = ()

    @property
    def shape(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"


@dataclass(frozen=True)
class Check:
    """One quality finding on a pair (translate_tool.quality): the check's name, the words
    concerned (source side unless the note says otherwise) and a short note for the reviewer."""

    check: str
    words: tuple[str, ...] = ()
    note: str = ""

    def to_json_dict(self) -> dict:
        return {"check": self.check, "words": list(self.words), "note": self.note}

    @classmethod
    def from_json_dict(cls, d: dict) -> "Check":
        return cls(str(d["check"]), tuple(str(w) for w in d.get("words", ())), str(d.get("note", "")))


@dataclass(frozen=True)
class PairRecord:
    """One line of `<stem>.pairs.jsonl`: the unit the review store imports.

    JSON keys: doc, pair, src, tgt, src_ids, tgt_ids, paragraph, score, flags, signature,
    status, edited, mt (only when edited), src_was (only when the source was edited), and for
    machine-translated pairs adequacy, priority, checks (absent in files written before them),
    and place when there is one, and text_hash.
    `src`/`tgt` are lists of sentences (empty list = deletion on that side).
    `signature` names the engine, model version and aligner settings that made it.
    `score`: for aligned pairs the aligner's confidence; for machine-translated pairs the same
    value as `adequacy`. `flags`: the names of the checks that found something (`checks` has
    the words and a note for each); quality.needs_review(record) says if a reviewer should look.
    `adequacy` (0..1): the embedding similarity as a percentile among human translation pairs.
    `priority` (0..1): higher = review first (translate_tool.pairscore).
    `status` is the review decision (unreviewed | approved | rejected); `edited` says a reviewer
    changed the text, and `mt` then keeps the machine (or originally aligned) target text;
    `src_was` keeps the source text a reviewer's edit replaced (the document's own sentences,
    which `src_ids` then number), so that a rerun recognises the pair and keeps the edit.
    Files written after a review carry the reviewed state, so they are a complete backup of it.
    `text_hash` (`pair_text_hash`) is computed from `src`/`tgt` when the record is written: a
    record read back whose text no longer matches its hash was edited by hand (`hand_edited`),
    which a lone pair file (`align -o` with no review store or manifest beside it) has no other
    way of telling from a changed translation. Absent in files written before it.
    """

    doc: str
    pair: int
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    src_ids: tuple[int, ...]
    tgt_ids: tuple[int, ...]
    paragraph: int
    score: float
    flags: tuple[str, ...] = ()
    signature: str = ""
    status: str = "unreviewed"
    edited: bool = False
    mt: tuple[str, ...] = ()  # the target text before the reviewer's edit (only when edited)
    src_was: tuple[str, ...] | None = None  # the source text before the reviewer's edit (None: never edited)
    adequacy: float | None = None
    priority: float | None = None
    checks: tuple[Check, ...] = ()
    # Where the source sentence is in its document ("/html[1]/body[1]/p[2]", "cues 4-5", "line 7
    # (h2)"); empty for plain text, whose `paragraph` says it all. Omitted from JSON when empty.
    place: str = ""
    # The glossary (`glossary:<sha256 prefix>`, or `glossary:none`) the checks were run with, when
    # `signature` names another: a pair a reviewer worked on keeps the signature of the run that
    # made its text, and a rerun checks its current text with the rerun's glossary. Omitted when empty.
    checked: str = ""
    # the `text_hash` the record was read with ("" when built, or read from an older file)
    text_hash: str = field(default="", compare=False)

    @property
    def hand_edited(self) -> bool:
        """Read from a file whose text was changed after the tool wrote this record."""
        return bool(self.text_hash) and self.text_hash != pair_text_hash(self.src, self.tgt)
    def to_json_dict(self) -> dict:
        d = {
            "doc": self.doc,
            "pair": self.pair,
            "src": list(self.src),
            "tgt": list(self.tgt),
            "src_ids": list(self.src_ids),
            "tgt_ids": list(self.tgt_ids),
            "paragraph": self.paragraph,
            "score": round(float(self.score), 4),
            "flags": list(self.flags),
            "signature": self.signature,
            "status": self.status,
            "edited": self.edited,
        }
        if self.edited:
            d["mt"] = list(self.mt)
        if self.src_was is not None:
            d["src_was"] = list(self.src_was)
        if self.adequacy is not None:
            d["adequacy"] = round(float(self.adequacy), 4)
        if self.priority is not None:
            d["priority"] = round(float(self.priority), 4)
        if self.adequacy is not None or self.checks:
            d["checks"] = [c.to_json_dict() for c in self.checks]
        if self.place:
            d["place"] = self.place
        if self.checked:
            d["checked"] = self.checked
        d["text_hash"] = pair_text_hash(self.src, self.tgt)
        return d

    @classmethod
    def from_json_dict(cls, d: dict) -> "PairRecord":
        return cls(
            doc=str(d["doc"]),
            pair=int(d["pair"]),
            src=tuple(d["src"]),
            tgt=tuple(d["tgt"]),
            src_ids=tuple(d.get("src_ids", ())),
            tgt_ids=tuple(d.get("tgt_ids", ())),
            paragraph=int(d.get("paragraph", 0)),
            score=float(d.get("score", 0.0)),
            flags=tuple(d.get("flags", ())),
            signature=str(d.get("signature", "")),
            status=_status(d.get("status", "unreviewed")),
            edited=bool(d.get("edited", False)),
            mt=tuple(d.get("mt", ())),
            src_was=None if d.get("src_was") is None else tuple(d["src_was"]),
            adequacy=None if d.get("adequacy") is None else float(d["adequacy"]),
            priority=None if d.get("priority") is None else float(d["priority"]),
            checks=tuple(Check.from_json_dict(c) for c in d.get("checks", ())),
            place=str(d.get("place", "")),
            checked=str(d.get("checked", "")),
            text_hash=str(d.get("text_hash", "")),
        )


def pair_text_hash(src, tgt) -> str:
    """16 hex digits of the SHA-256 of a pair's two sides, NFC (an editor that saves NFD has not
    changed the text)."""
    sides = [[unicodedata.normalize("NFC", t) for t in side] for side in (src, tgt)]
    return hashlib.sha256(json.dumps(sides, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


REVIEW_STATUSES = ("unreviewed", "approved", "rejected")


def _status(value) -> str:
    if value not in REVIEW_STATUSES:
        raise ValueError(f"unknown review status {value!r}")
    return str(value)


@dataclass(frozen=True)
class LanguageGuess:
    lang: str  # ISO 639-1 code, or "und" when undetermined
    confidence: float  # 0..1
    uncertain: bool = False
    scores: dict[str, float] = field(default_factory=dict, compare=False)
