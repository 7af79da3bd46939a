"""What the review store hands out: a pair as the reviewer sees it, a document's counts, the
result of an import. Plain frozen dataclasses, no database."""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from typing import Sequence

from ..data import Check, PairRecord
from ..quality import needs_review_signals

def machine_translated(signature: str) -> bool:
    """A pair (or document) made by an engine, as opposed to an aligned human translation."""
    return "engine:" in signature


LOW_CONFIDENCE = 0.5  # a bead scoring below this (or carrying a warning flag) is low-confidence
# Flags that say what a bead is, not that it may be wrong: an unaligned sentence's P(right)
# already weighs how sure the aligner is, and a doubtful one is also flagged `uncertain`. On the
# held-out es-en test set counting `unaligned` as a warning put 134 pairs in front of the
# reviewer for 3 of its 5 wrong ones, without it 36 for the same 3 (benchmarks/align_confidence.py).
INFO_FLAGS = frozenset({"unaligned"})
# what the aligner's flags mean, for a reviewer (machine-translated pairs carry checks instead)
FLAG_NOTES = {
    "uncertain": "another cut of these sentences is nearly as good: look at the neighbouring pairs",
    "low-similarity": "the two sides do not seem to say the same thing",
    "unaligned": "no counterpart found nearby",
}


@dataclass(frozen=True)
class Pair:
    """A bead as the reviewer sees it."""

    id: int
    doc: str
    index: int  # 0-based position within the document
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    score: float
    status: str
    flags: tuple[str, ...]
    paragraph: int
    edited: bool
    src_ids: tuple[int, ...] = ()  # sentence indices in the imported document (empty once unknown)
    tgt_ids: tuple[int, ...] = ()
    mt: tuple[str, ...] = ()  # the target text before any edit
    # the source text before the first edit of the source (None: never edited); `src_ids` are
    # then its sentences' ids, the document sentences the edited source stands for
    src_was: tuple[str, ...] | None = None
    signature: str = ""
    adequacy: float | None = None  # machine-translated pairs: the review signals (pairscore)
    priority: float | None = None
    checks: tuple[Check, ...] = ()
    place: str = ""  # where the source sentence is in a structured document (HTML, .docx, ...)
    # the glossary its checks used, when its signature (the run that made its text) does not name it
    checked: str = ""

    @property
    def shape(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"

    @property
    def before_label(self) -> str:
        """What to call the target text before an edit: the machine's, or the aligned translation's."""
        return "MT" if machine_translated(self.signature) else "was"

    @property
    def is_one_to_one(self) -> bool:
        return len(self.src) == 1 and len(self.tgt) == 1

    def is_low(self, threshold: float = LOW_CONFIDENCE) -> bool:
        return self.score < threshold or any(f not in INFO_FLAGS for f in self.flags)

    def needs_review(self, threshold: float = LOW_CONFIDENCE) -> bool:
        if self.priority is None:  # an aligned pair: its confidence and flags are the signal
            return self.is_low(threshold)
        return needs_review_signals(self.priority, self.flags)

    def side(self, side: str) -> tuple[str, ...]:
        return self.src if side == "src" else self.tgt

    def to_record(self, index: int | None = None, signature: str | None = None) -> PairRecord:
        return PairRecord(
            doc=self.doc, pair=self.index if index is None else index, src=self.src, tgt=self.tgt,
            src_ids=self.src_ids, tgt_ids=self.tgt_ids, paragraph=self.paragraph, score=self.score,
            flags=self.flags, signature=self.signature if signature is None else signature,
            status=self.status, edited=self.edited, mt=self.mt if self.edited else (), src_was=self.src_was,
            adequacy=self.adequacy, priority=self.priority, checks=self.checks, place=self.place,
            checked=self.checked,
        )


@dataclass(frozen=True)
class DocInfo:
    stem: str
    pairs: int
    approved: int
    rejected: int
    src_lang: str
    tgt_lang: str
    signature: str
    edited: int = 0

    @property
    def reviewed(self) -> int:
        return self.approved + self.rejected

    @property
    def unreviewed(self) -> int:
        return self.pairs - self.reviewed

    def counts(self) -> dict[str, int]:
        """What the manifest records per document."""
        return {"pairs": self.pairs, "approved": self.approved, "rejected": self.rejected,
                "unreviewed": self.unreviewed, "edited": self.edited}


@dataclass(frozen=True)
class ImportResult:
    doc: str
    pairs: int
    kept: int  # reviewed or edited beads carried over from the previous state
    dropped: int  # reviewed or edited beads whose source changed: back to unreviewed
    unchanged: bool = False  # the file was identical to the last import: nothing touched
    restored: int = 0  # of `kept`: earlier review work (stored by an earlier rerun) whose text is back


NO_GLOSSARY = "glossary:none"


def checked_with(signature: str, glossary: str | None) -> str:
    """What a pair's `checked` says: the glossary its checks used (`glossary`: the document's,
    "" for none, None when not recorded), where the pair's own signature names another (a pair
    kept from an earlier run, checked again on a rerun with another glossary, or without one)."""
    if glossary is None or not machine_translated(signature):
        return ""
    named = named_glossary(signature)
    return "" if named == glossary else (glossary or NO_GLOSSARY)


def named_glossary(signature: str) -> str:
    """The `glossary:<sha>` part of a run's signature ("": it had none)."""
    return next((part for part in (signature or "").split("|") if part.startswith("glossary:")), "")


IMPORTED = "imported"  # orig_key of a bead as imported (NULL once a reviewer restructured it)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _norm(text: str) -> str:
    return " ".join(text.split())


def content_key(src: Sequence[str], tgt: Sequence[str]) -> str:
    return json.dumps([[_norm(s) for s in src], [_norm(t) for t in tgt]], ensure_ascii=False)


def _ids(side: list[tuple[str, int | None]]) -> tuple[int, ...]:
    ids = [i for _, i in side]
    return () if None in ids else tuple(ids)
