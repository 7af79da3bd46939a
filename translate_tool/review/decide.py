"""`translate-tool decide`: review decisions in bulk, from the command line or a script.

A selection of pairs (documents, pair numbers, the filters of `show`/`review`: status,
`--only`, scores, and `--except` a filter) gets one decision: approved, rejected or cleared
(back to unreviewed). The decisions go into the review store like the review UI's, one
transaction per document with undo history (`ReviewStore.set_statuses`), and each changed
document's files are then written from the store by the code that writes them when a reviewer
leaves a document in the UI (`outputs.ReviewWriter`): a rerun keeps them like any decision.

A reviewer's work is never overwritten unless asked (`overwrite`): without it only pairs that
are unreviewed and unedited change; the others are counted as left as they were.

    from translate_tool.review.decide import Selection, decide
    result = decide("out", "approve", Selection(min_score=0.95, exclude=("flagged",)))
    print("\\n".join(result.summary_lines()))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, NamedTuple

from ..errors import TranslateToolError, UsageError
from .model import LOW_CONFIDENCE, Pair
from .store import ONLY, STATUSES, ReviewStore

# action -> the status it gives; what a summary calls it
ACTIONS = {"approve": "approved", "reject": "rejected", "clear": "unreviewed"}
_DONE = {"approve": "approved", "reject": "rejected", "clear": "cleared (back to unreviewed)"}
_WOULD = {"approve": "would be approved", "reject": "would be rejected", "clear": "would be cleared"}


@dataclass(frozen=True)
class Selection:
    """Which pairs: every filter given must hold (none given: every pair of every document).

    `docs`: document stems (none: all documents but those no longer in the input); `pairs`:
    pair numbers as `show` and the review UI number them (1 = the first), of the one document
    in `docs`; `statuses`: any of these statuses; `only`: a filter of `review --only`;
    `exclude`: filters of the same names whose pairs are left out (`flagged`: pairs any check
    or the aligner flagged); `min_score`/`max_score`: score at least / at most."""

    docs: tuple[str, ...] = ()
    pairs: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    only: str | None = None
    exclude: tuple[str, ...] = ()
    min_score: float | None = None
    max_score: float | None = None
    threshold: float = LOW_CONFIDENCE  # what low-confidence / needs-review count as low

    def check(self) -> None:
        """A selection that cannot be meant is a usage error (exit 2), before anything is read."""
        if self.pairs and len(set(self.docs)) != 1:
            raise UsageError("--pair numbers the pairs of one document: give exactly one --doc with it")
        for n in self.pairs:
            if n < 1:
                raise UsageError(f"--pair {n}: pairs are numbered from 1, as `show` prints them")
        for s in self.statuses:
            if s not in STATUSES:
                raise UsageError(f"unknown status {s!r} (expected one of {', '.join(STATUSES)})")
        for f in (() if self.only is None else (self.only,)) + tuple(self.exclude):
            if f not in ONLY:
                raise UsageError(f"unknown filter {f!r} (expected one of {', '.join(ONLY)})")
        for name, x in (("min", self.min_score), ("max", self.max_score)):
            if x is not None and not 0.0 <= x <= 1.0:
                raise UsageError(f"--{name}-score {x:g}: a score is from 0 to 1")


class Picked(NamedTuple):
    """What a decision keeps of a selected pair (not its text: a corpus can hold millions)."""

    id: int
    index: int  # 0-based position in its document
    status: str
    edited: bool
    score: float
    shape: str
    flags: tuple[str, ...]

    @classmethod
    def of(cls, p: Pair) -> "Picked":
        return cls(p.id, p.index, p.status, p.edited, p.score, p.shape, p.flags)


@dataclass
class DocDecisions:
    """One document's share of a decision."""

    stem: str
    change: list[Picked] = field(default_factory=list)  # pairs that change (or would, in a dry run)
    left: list[Picked] = field(default_factory=list)  # a reviewer's decision or edit, left as it was
    already: int = 0  # pairs that had that status already

    @property
    def selected(self) -> int:
        return len(self.change) + len(self.left) + self.already


@dataclass
class Decisions:
    """What `decide` did (or, `dry_run`, would do), per document with pairs selected."""

    action: str
    overwrite: bool = False
    dry_run: bool = False
    docs: list[DocDecisions] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)  # files written from the review
    hand_edits: list = field(default_factory=list)  # hand_edits.HandEdits found on opening the folder
    messages: list[str] = field(default_factory=list)  # what writing the files reported (hand edits met)
    failures: list[str] = field(default_factory=list)  # documents (or the corpus) that could not be written

    @property
    def status(self) -> str:
        return ACTIONS[self.action]

    def totals(self) -> tuple[int, int, int]:
        """(changed, left as they were, already so) over every document."""
        return (sum(len(d.change) for d in self.docs), sum(len(d.left) for d in self.docs),
                sum(d.already for d in self.docs))

    def pair_lines(self) -> list[str]:
        """One line per pair that changes: what a dry run lists."""
        return [f"{d.stem} #{p.index + 1}: {p.status}{' edited' if p.edited else ''} -> {self.status}"
                f" (score {p.score:.2f}, {p.shape}{', ' + ','.join(p.flags) if p.flags else ''})"
                for d in self.docs for p in d.change]

    def summary_lines(self) -> list[str]:
        """A line per document with pairs selected, and the total."""
        verb = (_WOULD if self.dry_run else _DONE)[self.action]
        lines = [f"{d.stem}: {self._counts(len(d.change), len(d.left), d.already, verb)}" for d in self.docs]
        changed, left, already = self.totals()
        if not self.docs:
            lines.append("total: no pair selected" + (" (dry run: nothing written)" if self.dry_run else ""))
            return lines
        total = f"total: {self._counts(changed, left, already, verb)}, in {len(self.docs)} document(s)"
        lines.append(total + (" (dry run: nothing written)" if self.dry_run else ""))
        return lines

    def _counts(self, changed: int, left: int, already: int, verb: str) -> str:
        parts = [f"{changed} pair(s) {verb}"]
        if left:
            parts.append(f"{left} left as they were (a reviewer's decision or edit; --overwrite changes them)")
        if already:
            parts.append(f"{already} {'unreviewed' if self.action == 'clear' else self.status} already")
        return "; ".join(parts)


def plan(store: ReviewStore, action: str, selection: Selection = Selection(), overwrite: bool = False) -> Decisions:
    """What deciding `action` on the selected pairs changes, per document; nothing is written.
    Unknown documents, documents no longer in the input and pair numbers out of range are errors
    (exit 1, as `review --doc` and `show --doc`)."""
    if action not in ACTIONS:
        raise UsageError(f"unknown action {action!r} (expected one of {', '.join(ACTIONS)})")
    selection.check()
    status = ACTIONS[action]
    retired = set(store.retired())
    for stem in selection.docs:
        store.doc_id(stem)  # an unknown stem: the error lists the documents
        if stem in retired:
            raise TranslateToolError(f"document {stem!r} is no longer in the input (retired, see manifest.json); "
                                     f"its review is kept: `translate-tool show {Path(store.path).parent} --doc "
                                     f"{stem}` prints it", Path(store.path).parent)
    wanted: set[int] | None = None
    if selection.pairs:
        (stem,) = set(selection.docs)
        ids = store.ids(stem)
        for n in selection.pairs:
            if n > len(ids):
                raise TranslateToolError(f"document {stem!r} has {len(ids)} pair(s): there is no pair {n}")
        wanted = {ids[n - 1] for n in selection.pairs}
    result = Decisions(action, overwrite)
    for stem in dict.fromkeys(selection.docs) or [None]:
        ids = store.ids(stem, selection.only, selection.threshold, selection.statuses or None, selection.min_score,
                        max_score=selection.max_score, exclude=selection.exclude)
        if wanted is not None:
            ids = [i for i in ids if i in wanted]
        for start in range(0, len(ids), 5000):  # a page at a time: a corpus can hold millions of pairs
            for p in store.load(ids[start:start + 5000]):
                if not result.docs or result.docs[-1].stem != p.doc:
                    result.docs.append(DocDecisions(p.doc))
                doc = result.docs[-1]
                if p.status == status:
                    doc.already += 1
                elif not overwrite and (p.status != "unreviewed" or p.edited):
                    doc.left.append(Picked.of(p))
                else:
                    doc.change.append(Picked.of(p))
    return result


def apply(store: ReviewStore, decisions: Decisions, out_dir: str | Path,
          say: Callable[[str], None] | None = None) -> None:
    """Record the planned decisions (a transaction per document) and write each changed
    document's files from the review, then an align-corpus folder's corpus: what leaving the
    documents in the review UI writes (outputs.ReviewWriter). The caller holds the folder's lock."""
    from .outputs import ReviewWriter

    def report(line: str) -> None:
        (decisions.failures if line.startswith("✗") else decisions.messages).append(line.lstrip("✗ "))
        if say is not None:
            say(line)

    writer = ReviewWriter(store, out_dir, say=report)
    for doc in decisions.docs:
        if doc.change:
            store.set_statuses([p.id for p in doc.change], decisions.status)
            writer.changed.add(doc.stem)
            writer.write(doc.stem)
    writer.finish()
    decisions.written = list(writer.written)


def decide(out_dir: str | Path, action: str, selection: Selection = Selection(), *, overwrite: bool = False,
           dry_run: bool = False, say: Callable[[str], None] | None = None) -> Decisions:
    """Decide `action` ("approve", "reject", "clear") on the selected pairs of an output folder
    (`run`, `align-corpus` or `align -o`): under the folder's lock (OutputLocked, exit 5, while
    another command writes it), the store opened as `review` opens it (hand edits of its files
    taken in first), the decisions recorded and the changed documents' files written.
    `dry_run`: the folder is read as `show` reads it and nothing is written."""
    if action not in ACTIONS:
        raise UsageError(f"unknown action {action!r} (expected one of {', '.join(ACTIONS)})")
    selection.check()
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise TranslateToolError("not a folder (expected the output folder of `run`, `align-corpus` or `align -o`)",
                                 out_dir)
    from . import schema

    schema.require_review_folder(out_dir)
    if dry_run:
        def waiting(writer) -> None:  # (review/reading.py: files changed by a run while they were read)
            if say is not None:
                say(f"waiting for {writer.describe(out_dir)} to finish (files changed while they were read)...")

        with _open(out_dir, readonly=True, on_wait=waiting) as store:
            result = plan(store, action, selection, overwrite)
            result.dry_run, result.hand_edits = True, list(store.hand_edits)
            return result
    from ..lock import output_lock

    with output_lock(out_dir, clean_temp=False, command="decide"):  # as `review`: one writer per output folder
        with _open(out_dir) as store:
            result = plan(store, action, selection, overwrite)
            result.hand_edits = list(store.hand_edits)
            apply(store, result, out_dir, say)
            return result


def _open(out_dir: Path, readonly: bool = False, on_wait=None) -> ReviewStore:
    store = ReviewStore.open(out_dir, readonly=readonly, on_wait=on_wait)
    if not store.documents():  # (as `review`: documents no longer in the input do not count)
        store.close()
        raise TranslateToolError("no *.pairs.jsonl to review (run `translate-tool run` or `align` into it first)",
                                 out_dir)
    return store

