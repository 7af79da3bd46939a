"""Edits made by hand in a document's output files, taken into the review before the files are
written again.

A journalist fixes the English in `x.en.txt` (or `x.en.html`, `.docx`, ...) with an editor; a
translator corrects cells of `x.tsv` in a spreadsheet or lines of `x.pairs.jsonl`. Those files are
derived from the review store, and `run` and `review` rewrite them from it: without this module a
rerun would put the store's text back over the edit. So, before a document's files are written
again, each file whose bytes differ from the SHA-256 that `manifest.json` recorded when the tool
wrote it is read back against what the tool wrote (the store's rendering, used only when it
hashes to that same digest), by `hand_reading.py`: the translated document word by word against
the pairs' target sentences, `.tsv` / `.pairs.jsonl` / `.tmx` row by row.

What is taken is an ordinary review edit (`edit English text`, undoable, `mt` keeps the machine's
text) or decision, so it survives every rerun like the reviewer's own. What cannot be taken (a
change across two pairs, outside the translated sentences, rows added or removed, the same pair
changed differently in two files, a pair changed both there and in the review since the file was
written: `_changes_since_written` merges the rest against the review as it was then) is not guessed at:
the file is kept as it is beside the rewritten one (`<name>.hand-edited`, numbered if that
exists) and the result says why, so nothing typed by hand is ever lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..fileio import KEPT_SUFFIX, copy_for, keep_copy, kept_already, output_hash  # noqa: F401 (re-exported)
from .hand_markup import NOT_WORDS, with_markup as _with_markup  # noqa: F401 (NOT_WORDS re-exported)
from .hand_reading import FileChanges, read_changes
from .importer import PAIRS_SUFFIX
from .written_state import state_when_written



@dataclass(frozen=True)
class HandEdits:
    """The hand edits of one document: pairs whose English / decision was taken, and the files
    kept beside the rewritten ones, each with the reason."""

    stem: str
    edited: tuple[int, ...] = ()
    decided: tuple[int, ...] = ()
    files: tuple[str, ...] = ()  # every hand-changed file
    kept: tuple[tuple[str, str, str], ...] = ()  # (file, copy, problem)
    # a read-only look (show, export, report): nothing was kept; `kept` names the copy the next
    # run or review keeps, or the one an earlier run or review kept of these very bytes, with
    # when (its modification time), here
    looked: bool = False
    earlier: tuple[tuple[str, str], ...] = ()  # (copy, when)
    ignored: tuple[str, ...] = ()  # changes in columns the tool computes (row_reading._computed_changes)

    def taken_line(self) -> str:
        """What was taken ("" if nothing), for the run's summary."""
        taken = sorted(set(self.edited) | set(self.decided))
        if not taken:
            return ""
        shown = ", ".join(f"#{p + 1}" for p in taken[:8]) + (" ..." if len(taken) > 8 else "")
        return f"edits made by hand taken into the review: pair {shown}"

    def plus(self, other: "HandEdits") -> "HandEdits":
        """Both documents' findings as one (the same document's files and its corpus lines)."""
        return HandEdits(self.stem, tuple(sorted(set(self.edited) | set(other.edited))),
                         tuple(sorted(set(self.decided) | set(other.decided))),
                         tuple(dict.fromkeys(self.files + other.files)), self.kept + other.kept,
                         self.looked or other.looked, self.earlier + other.earlier,
                         tuple(dict.fromkeys(self.ignored + other.ignored)))

    def kept_lines(self) -> list[str]:
        """One warning per file whose hand changes could not be taken, then one per column the
        tool computes that a person changed (not taken: the file is written again without it)."""
        if not self.looked:
            return [f"{name}: changed by hand, but {problem}; the changed file is kept as {copy}"
                    for name, copy, problem in self.kept] + list(self.ignored)
        earlier = dict(self.earlier)
        return list(self.ignored) + [f"{name}: changed by hand, but {problem}; "
                + (f"{copy} holds these changes, kept by an earlier run or review ({earlier[copy]}); the next "
                   f"run or review writes {name} again from the review{READ_ONLY}" if copy in earlier else
                   f"the next run or review will keep it as {copy} before writing it again{READ_ONLY}")
                for name, copy, problem in self.kept]


READ_ONLY = " (nothing was written now: show, export and report only read the folder)"


def looked_at(stem: str, out_dir: Path, kept: Sequence[tuple[str, bytes, str]], **fields) -> HandEdits:
    """HandEdits of a read-only look: (file, its bytes now, problem) -> the copy the next writer
    keeps (`keep_copy`'s choice, written by no one now), or the one kept of these bytes already."""
    import time

    rows, earlier = [], []
    for name, data, problem in kept:
        copy, already = copy_for(Path(out_dir), name, data)
        rows.append((name, copy, problem))
        if already:
            mtime = (Path(out_dir) / copy).stat().st_mtime
            earlier.append((copy, time.strftime("%Y-%m-%d %H:%M %Z", time.localtime(mtime))))
    return HandEdits(stem, kept=tuple(rows), looked=True, earlier=tuple(earlier), **fields)


def _bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def written_hashes(out_dir: Path, store=None) -> dict[str, dict[str, str]]:
    """{pair file name: {output file name: SHA-256}} as `manifest.json` recorded them when the
    tool wrote each document's files; for a document it does not list (the manifest lost or
    damaged), as the review store recorded them (`store`, schema v5)."""
    out = _manifest_hashes(Path(out_dir))
    if store is not None:
        for stem, written in store.conn.execute("SELECT stem, written FROM documents WHERE written IS NOT NULL"):
            try:
                hashes = json.loads(written)
            except ValueError:
                continue
            out.setdefault(f"{stem}{PAIRS_SUFFIX}", {n: h for n, h in hashes.items() if isinstance(h, str)})
    return out


def _manifest_outputs(out_dir: Path) -> list[dict[str, str]]:
    """The `outputs` ({file name: SHA-256 or null}) of every document `manifest.json` lists, retired ones
    too (a retired document may come back); [] without a readable manifest."""
    try:
        manifest = json.loads((Path(out_dir) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = [*manifest.get("documents", []), *manifest.get("retired", [])] if isinstance(manifest, dict) else []
    return [e["outputs"] for e in entries if isinstance(e, dict) and isinstance(e.get("outputs"), dict)]


def _manifest_hashes(out_dir: Path) -> dict[str, dict[str, str]]:
    return {name: {n: h for n, h in outputs.items() if isinstance(h, str)}
            for outputs in _manifest_outputs(out_dir) for name in outputs if name.endswith(PAIRS_SUFFIX)}


def changed_by_hand(out_dir: Path, stem: str, hashes: dict[str, dict[str, str]]) -> dict[str, bytes]:
    """A document's output files whose bytes are not what the tool wrote, by name."""
    changed = {}
    for name, recorded in hashes.get(f"{stem}{PAIRS_SUFFIX}", {}).items():
        try:
            current = (out_dir / name).read_bytes()
        except OSError:
            continue  # a file deleted by hand is written again: nothing typed is in it
        if output_hash(current) != recorded:
            changed[name] = current
    return changed


def take_hand_edits(store, stem: str, out_dir: str | Path, *, keep_copies: bool = True,
                    hashes: dict[str, dict[str, str]] | None = None) -> HandEdits | None:
    """Take the hand edits of a document's output files into the store (see the module
    docstring). None: no file was changed by hand. `keep_copies=False` (a read-only look): the
    edits go into the (in-memory) store and nothing is written. `hashes`: `written_hashes`."""
    from .outputs import reviewed_files

    out_dir = Path(out_dir)
    hashes = written_hashes(out_dir, store) if hashes is None else hashes
    changed = changed_by_hand(out_dir, stem, hashes) if store.has_document(stem) else {}
    if not changed:
        return None
    recorded = hashes[f"{stem}{PAIRS_SUFFIX}"]
    files = reviewed_files(store, stem, out_dir)
    records = files.records
    changes = []
    base = _UNSET  # the review when the files were written, rebuilt once if a file needs it
    for name, current in changed.items():
        written = _bytes(files.files[name]) if name in files.files else None
        if written == current:
            continue  # it says what the review says (taken in already, by a run that stopped before writing)
        if written is None:  # (a ladder, a .glosses.tsv: not the review's pairs)
            changes.append(FileChanges(name, problem=NOT_READ_BACK))
        elif output_hash(written) != recorded[name]:
            # the review moved on since the file was written: a three-way merge against the review
            # then (a file merely older than the review, say `unreviewed` where it has a decision
            # now, is no change of the file's: a decision cleared by hand is one)
            if base is _UNSET:
                base = state_when_written(store, stem)
            merged = _changes_since_written(base, store, stem, out_dir, name, current, recorded[name], records)
            if merged.problem == MOVED_ON:
                # the review then cannot be rebuilt: only a file that agrees with the review now is
                # understood (its edits were taken by a run stopped before it wrote them) -- in its
                # markup and timing too (QA4 F05)
                again = read_changes(name, stem, written, current, records)
                if (not again.problem and not _news(again, records)
                        and not _with_markup(again, store, stem, current, records, written).note):
                    continue
            changes.append(merged)
        else:
            changes.append(_with_markup(read_changes(name, stem, written, current, records), store, stem, current, records,
                                        written))
    if base not in (_UNSET, None):
        base.close()
    if not changes:
        return None
    targets, statuses, sources, problems = _combine(changes)
    ids = store.ids(stem)
    for p, sentences in sorted(sources.items()):
        if not sentences and not (targets.get(p, records[p].tgt)):
            problems.setdefault(next(c.name for c in changes if p in c.sources), f"pair {p + 1} emptied on both sides")
            continue
        store.edit(ids[p], "src", list(sentences))  # the document's text is kept (src_was): reruns find the pair
    for p, sentences in sorted(targets.items()):
        if not sentences and not records[p].src:  # nothing left of the pair: not an edit we can make
            problems.setdefault(next(c.name for c in changes if p in c.targets), f"pair {p + 1} emptied on both sides")
            continue
        store.edit(ids[p], "tgt", list(sentences))  # one undoable review edit each
    for p, status in sorted(statuses.items()):
        store.set_status(ids[p], status)
    notes = {c.name: c.note for c in changes if c.note and c.name not in problems}
    unread = [*problems.items(), *notes.items()]
    taken = dict(edited=tuple(sorted(set(targets) | set(sources))), decided=tuple(sorted(statuses)),
                 files=tuple(c.name for c in changes),
                 ignored=tuple(line for c in changes if c.name not in problems for line in c.ignored))
    if not keep_copies:
        return looked_at(stem, out_dir, [(name, changed[name], problem) for name, problem in unread], **taken)
    kept = tuple((name, keep_copy(out_dir, name, changed[name]), problem) for name, problem in unread)
    return HandEdits(stem, kept=kept, **taken)


_UNSET = object()
MOVED_ON = "the review changed since the tool wrote it"


def _changes_since_written(base, store, stem: str, out_dir: Path, name: str, current: bytes,
                           recorded: str, records) -> FileChanges:
    """A file edited by hand while the review moved on (a reviewer in the review UI, the
    journalist in an editor): a three-way merge. The file's own changes are read against the file
    as written, rebuilt from `base` (the review then; review/written_state.py) and checked
    against the recorded SHA-256; each is taken where the review has not changed that pair's
    same field since (or made the same change). A change that is not words (markup, timing) is
    found against the review then, as `_with_markup` finds it against the review now. A pair
    changed both ways, or merged, split or moved since, is not guessed at: the file is kept as a
    copy, as before."""
    from .outputs import reviewed_files

    if base is None:
        return FileChanges(name, problem=MOVED_ON)
    then = reviewed_files(base, stem, out_dir)
    if name not in then.files or output_hash(_bytes(then.files[name])) != recorded:
        return FileChanges(name, problem=MOVED_ON)
    found = read_changes(name, stem, _bytes(then.files[name]), current, then.records)
    if found.problem:
        return found
    # markup, timing, line breaks: read against the review then too (QA4 F05)
    note = _with_markup(found, base, stem, current, then.records, _bytes(then.files[name])).note
    now_at = {bead: k for k, bead in enumerate(store.ids(stem))}
    ids_then = base.ids(stem)
    merged: dict[str, dict] = {"tgt": {}, "status": {}, "src": {}}
    for side, changed in (("tgt", found.targets), ("status", found.statuses), ("src", found.sources)):
        for p, value in changed.items():
            q = now_at.get(ids_then[p])
            if q is None:
                return FileChanges(name, problem=f"pair {p + 1} was merged, split or moved in the review "
                                                 "since the tool wrote the file")
            was, now = getattr(then.records[p], side), getattr(records[q], side)
            if now == value:
                continue  # the review says the same already
            if now != was:
                return FileChanges(name, problem=f"pair {q + 1} was changed both there and in the review "
                                                 "since the tool wrote the file")
            merged[side][q] = value
    return FileChanges(name, merged["tgt"], merged["status"], "", merged["src"], note=note, ignored=found.ignored)


def take_folder_hand_edits(store, out_dir: str | Path, *, write: bool) -> list[HandEdits]:
    """`take_hand_edits` for every document of the store; `write`: then write each such
    document's files from the review (so they say what the review says, edits included)."""
    from .outputs import write_reviewed_document

    out_dir = Path(out_dir)
    hashes = written_hashes(out_dir, store)
    if not hashes:
        return []
    found = []
    known = {doc.stem for doc in store.documents()}
    store.hand_looked = set(known)
    for stem in sorted(known):
        hand = take_hand_edits(store, stem, out_dir, keep_copies=write, hashes=hashes)
        if hand is not None:
            found.append(hand)
            if write:  # (an align-corpus folder's corpus: rebuilt once after, ReviewStore.open)
                write_reviewed_document(store, stem, out_dir, hand=False, corpus=False)
    if write:  # a pair file edited by hand that the store never had (its review.sqlite3 lost):
        # it is imported as it is next, and kept as well, since nothing can say what changed
        for pairs_name in hashes:
            stem = pairs_name[: -len(PAIRS_SUFFIX)]
            if stem not in known and pairs_name in changed_by_hand(out_dir, stem, hashes):
                found.append(keep_changed_files(out_dir, stem, hashes, NO_REVIEW))
    return found


NO_REVIEW = "the folder has no review yet to take it into"
NOT_READ_BACK = "the tool does not read this file back"


def recorded_outputs(out_dir: Path) -> dict[str, str]:
    """{output file name: SHA-256} of every file `manifest.json` lists, of any document (also
    one with no pair file, such as an English document's `.glosses.tsv`)."""
    return {n: h for outputs in _manifest_outputs(out_dir) for n, h in outputs.items() if isinstance(h, str)}


def keep_changed_output(out_dir: Path, stem: str, name: str, recorded: str | None,
                        new: bytes | None = None) -> HandEdits | None:
    """A derived file the tool does not read back (a `.glosses.tsv`), changed by hand since the
    tool wrote it (`recorded`: its hash then): kept beside it before it is written again (as
    `new`). With no record (a run without --gloss left the file out of the manifest, a lost
    manifest), a file that is not `new` is kept too: the safe side (QA5 F04: a gloss fixed by hand,
    then a run without --gloss and one with it, was overwritten with no copy)."""
    try:
        current = (Path(out_dir) / name).read_bytes()
    except OSError:
        return None
    if recorded is None:
        if new is None or current == new or kept_already(Path(out_dir), name, current):
            return None
    elif output_hash(current) == recorded or kept_already(Path(out_dir), name, current):
        return None
    return HandEdits(stem, files=(name,), kept=((name, keep_copy(Path(out_dir), name, current), NOT_READ_BACK),))


def keep_changed_files(out_dir: Path, stem: str, hashes: dict[str, dict[str, str]],
                       why: str = NO_REVIEW) -> HandEdits | None:
    """Where no review can take them in: keep a document's output files changed by hand beside
    themselves before they are rewritten. None: none was changed."""
    changed = changed_by_hand(out_dir, stem, hashes)
    if not changed:
        return None
    kept = tuple((name, keep_copy(out_dir, name, data), why) for name, data in changed.items())
    return HandEdits(stem, files=tuple(changed), kept=kept)


def _news(changes: FileChanges, records) -> bool:
    """Whether a file says anything the review does not, other than what the review has since
    replaced (a pair's machine text or document source before its edit, no decision yet)."""
    def before(p: int, side: str):
        r = records[p]
        return tuple(r.mt) if side == "tgt" and r.edited else (tuple(r.src_was) if side == "src" and r.src_was else None)

    return (any(tuple(v) != before(p, "tgt") for p, v in changes.targets.items())
            or any(tuple(v) != before(p, "src") for p, v in changes.sources.items())
            or any(v != "unreviewed" for v in changes.statuses.values()))


def _combine(changes: Sequence[FileChanges]):
    """(targets, statuses, sources, problems by file): one text per side and one decision per
    pair; a pair two files change differently takes neither."""
    problems = {c.name: c.problem for c in changes if c.problem}
    targets: dict[int, tuple[str, ...]] = {}
    statuses: dict[int, str] = {}
    sources: dict[int, tuple[str, ...]] = {}
    whose: dict[tuple[str, int], str] = {}
    clashes: set[int] = set()
    for c in changes:
        if c.problem:
            continue
        for kind, got, new in (("text", targets, c.targets), ("status", statuses, c.statuses),
                               ("source", sources, c.sources)):
            for p, value in new.items():
                if p in got and got[p] != value:
                    other = whose[(kind, p)]
                    for n in (other, c.name):
                        problems.setdefault(n, f"pair {p + 1} changed differently in {other} and {c.name}")
                    clashes.add(p)
                got[p] = value
                whose[(kind, p)] = c.name
    for p in clashes:
        for got in (targets, statuses, sources):
            got.pop(p, None)
    return targets, statuses, sources, problems
