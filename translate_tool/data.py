"""Plain records passed between pipeline stages.

documents -> sentences -> translations -> alignment (beads) -> outputs.
Each stage takes these and returns these; none reads another stage's files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Document:
    """A text document as read from disk, normalised to LF line ends and no BOM."""

    path: Path
    text: str
    paragraphs: tuple[str, ...]  # blank-line separated, inner line breaks kept
    encoding: str  # "utf-8", "utf-8-sig", "cp1252", ...
    warnings: tuple[str, ...] = ()
    sha256: str = ""  # of the bytes read from disk (the manifest's input hash)

    @property
    def stem(self) -> str:
        return self.path.stem


@dataclass(frozen=True)
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
class PairRecord:
    """One line of `<stem>.pairs.jsonl`: the unit the review store imports.

    JSON keys: doc, pair, src, tgt, src_ids, tgt_ids, paragraph, score, flags, signature
    (and place, when there is one).
    `src`/`tgt` are lists of sentences (empty list = deletion on that side).
    `signature` names the engine, model version and aligner settings that made it.
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
    # Where the source sentence is in its document ("/html[1]/body[1]/p[2]", "cues 4-5", "line 7
    # (h2)"); empty for plain text, whose `paragraph` says it all. Omitted from JSON when empty.
    place: str = ""

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
        }
        if self.place:
            d["place"] = self.place
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
            place=str(d.get("place", "")),
        )


@dataclass(frozen=True)
class LanguageGuess:
    lang: str  # ISO 639-1 code, or "und" when undetermined
    confidence: float  # 0..1
    uncertain: bool = False
    scores: dict[str, float] = field(default_factory=dict, compare=False)
