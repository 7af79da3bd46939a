"""Lines of an align-corpus folder's corpus edited by hand, taken into the review before the
corpus is written again.

The corpus (`corpus.<src>` / `corpus.<tgt>` Moses files, `corpus.scores`, `corpus.tmx`,
`corpus.jsonl`; `corpus_files.write_corpus`) is derived from the documents' pairs, and every
`align-corpus` (and a review that changed a document) rebuilds it. People fix a line of
`corpus.en` anyway. The tool records the SHA-256 of each corpus file it writes (`manifest.json`
"corpus_outputs", with `report.tsv`'s, and the review store's `folder_files`, schema v7);
before the corpus is written again, a file whose bytes differ is read back against the corpus as it was written,
whose lines are known pair by pair (`written_corpus`: `corpus.jsonl` as written names the
document and pair of every line): a changed line of a Moses file, a changed row of
`corpus.jsonl` or unit of `corpus.tmx` is an edit (or decision) of that one pair, taken as the
review takes an edit of the document's own files (`hand_edits.py`), when the pair is still
what the corpus says it was. Anything else (lines added or removed, a pair the review has
changed since, `corpus.scores` and `report.tsv`, which are computed, a corpus whose written lines
cannot be told any more) is not guessed at: the file is kept beside the rewritten one as
`<name>.hand-edited`, with one warning naming it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence
from xml.etree import ElementTree

from ..data import PairRecord
from ..errors import TranslateToolError
from ..fileio import output_hash
from ..formats import format_jsonl, join_side, parse_jsonl
from . import hand_edits
from ..fileio import keep_copy
from .hand_edits import HandEdits, _combine, looked_at
from .hand_reading import FileChanges
from .row_reading import rows_changes

CORPUS_JSONL = "corpus.jsonl"
SCORES = "corpus.scores"
NOT_READ_BACK = "corpus.scores is computed by the aligner, not read back"


def corpus_names(src_lang: str, tgt_lang: str) -> tuple[str, ...]:
    """The corpus files of an align-corpus folder, as corpus_files.write_corpus writes them."""
    return tuple(dict.fromkeys((f"corpus.{src_lang}", f"corpus.{tgt_lang}", SCORES, "corpus.tmx", CORPUS_JSONL)))


def recorded_corpus_hashes(out_dir: Path, manifest: dict | None, store=None) -> dict[str, str]:
    """{corpus file name: SHA-256} as the tool last wrote them: `manifest.json`'s
    "corpus_outputs", or (the manifest lost, damaged, or written before it recorded them) the
    review store's `folder_files`."""
    recorded = manifest.get("corpus_outputs") if isinstance(manifest, dict) else None
    if isinstance(recorded, dict) and recorded:
        return {n: h for n, h in recorded.items() if isinstance(n, str) and isinstance(h, str)}
    if store is None:
        return {}
    return {n: h for n, h in store.conn.execute("SELECT name, sha256 FROM folder_files")}


def record_corpus_written(store, hashes: dict[str, str]) -> None:
    """Remember in the store what the tool wrote (the manifest says the same)."""
    if store is None or store.readonly:
        return
    with store.transaction():
        store.conn.execute("DELETE FROM folder_files")
        store.conn.executemany("INSERT INTO folder_files (name, sha256) VALUES (?, ?)", sorted(hashes.items()))


@dataclass
class CorpusReading:
    """The corpus files of a folder changed by hand, and how to read them back."""

    out_dir: Path
    manifest: dict
    hashes: dict[str, str]  # recorded
    changed: dict[str, bytes]  # name -> current bytes, of the files whose bytes are not what was written
    handled: set[str] = field(default_factory=set)  # taken (or kept as copies) already
    written: list[PairRecord] | None = None  # the corpus as written (written_corpus), read at once

    @classmethod
    def of(cls, out_dir: str | Path, store=None, manifest: dict | None = None) -> "CorpusReading | None":
        """None unless `out_dir` is an align-corpus folder with a corpus file changed by hand."""
        from ..corpus_files import COMMAND
        from ..folder_documents import manifest_or_none

        out_dir = Path(out_dir)
        manifest = manifest if manifest is not None else manifest_or_none(out_dir)
        if manifest is None or manifest.get("command") != COMMAND:
            return None
        hashes = recorded_corpus_hashes(out_dir, manifest, store)
        changed = {}
        for name, recorded in hashes.items():
            try:
                current = (out_dir / name).read_bytes()
            except OSError:
                continue  # deleted by hand: written again, nothing typed is in it
            if output_hash(current) != recorded:
                changed[name] = current
        if not changed:
            return None
        reading = cls(out_dir, manifest, hashes, changed)
        # now, before any document's files are written again (the pair files may tell it)
        reading.written = reading.written_corpus()
        return reading

    def written_corpus(self) -> list[PairRecord] | None:
        """The corpus's pairs as the tool wrote them, line by line: `corpus.jsonl` when it is
        still what was written, else the corpus the documents' pair files give when that is
        what was written (nothing rewritten since); None when neither can be told."""
        recorded = self.hashes.get(CORPUS_JSONL)
        if recorded is None:
            return None
        if CORPUS_JSONL not in self.changed:
            try:
                text = (self.out_dir / CORPUS_JSONL).read_text(encoding="utf-8")
                if output_hash(text) == recorded:
                    return parse_jsonl(text, CORPUS_JSONL)
            except (OSError, UnicodeDecodeError, TranslateToolError):
                pass
        from ..corpus_files import corpus_from_pair_files

        try:
            corpus = corpus_from_pair_files(self.out_dir, self.manifest)
        except (OSError, TranslateToolError):
            return None
        return corpus if output_hash(format_jsonl(corpus)) == recorded else None

    def take(self, store, *, write: bool) -> list[HandEdits]:
        """Take the changes into `store` (per document, as hand edits of its pairs); keep the
        files that cannot be taken as copies (`write`; a read-only look keeps nothing) and, when
        `write`, write the documents whose pairs changed. Returns what was taken and kept: one
        HandEdits per document, and one with no document (stem "") for the copies kept."""
        todo = {n: b for n, b in self.changed.items() if n not in self.handled}
        self.handled |= set(todo)
        if not todo:
            return []
        written = self.written
        if written is None:
            changes = [FileChanges(n, problem="the corpus it was written as cannot be told any more") for n in todo]
        else:
            changes = [_still_the_review(store, read_corpus_changes(self.manifest, n, data, written), written)
                       for n, data in sorted(todo.items())]
        found: list[HandEdits] = []
        if written is not None:
            targets, statuses, sources, problems = _combine(changes)
            found += _apply(store, written, targets, statuses, sources, [c.name for c in changes if not c.problem])
        else:
            problems = {c.name: c.problem for c in changes}
        if problems and not write:  # a read-only look keeps nothing
            found.append(looked_at("", self.out_dir, [(n, todo[n], why) for n, why in sorted(problems.items())],
                                   files=tuple(sorted(problems))))
        elif problems:
            kept = tuple((n, keep_copy(self.out_dir, n, todo[n]), why) for n, why in sorted(problems.items()))
            found.append(HandEdits("", files=tuple(n for n, _c, _w in kept), kept=kept))
        if write:
            from .outputs import write_reviewed_document

            for hand in found:
                if hand.stem:
                    write_reviewed_document(store, hand.stem, self.out_dir, corpus=False, hand=False)
        return found


def read_corpus_changes(manifest: dict, name: str, current: bytes, written: Sequence[PairRecord]) -> FileChanges:
    """What a hand-changed corpus file says, by line (the index into `written`)."""
    src_lang, tgt_lang = manifest.get("source_lang"), manifest.get("target_lang")
    if name == SCORES:
        return FileChanges(name, problem=NOT_READ_BACK)
    try:
        text = current.decode("utf-8")
    except UnicodeDecodeError:
        return FileChanges(name, problem="it is not UTF-8 text")
    if name in (f"corpus.{src_lang}", f"corpus.{tgt_lang}") and src_lang != tgt_lang:
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if len(lines) != len(written):
            return FileChanges(name, problem=f"{len(lines)} lines for the corpus's {len(written)} pairs")
        source = name == f"corpus.{src_lang}"
        rows = [(i, line if source else join_side(r.src), join_side(r.tgt) if source else line, r.status)
                for i, (line, r) in enumerate(zip(lines, written))]
        return rows_changes(name, written, rows)
    if name == CORPUS_JSONL:
        try:
            new = parse_jsonl(text, name)
        except TranslateToolError as exc:
            return FileChanges(name, problem=f"cannot read it back ({exc.message})")
        if len(new) != len(written):
            return FileChanges(name, problem=f"{len(new)} pairs for the corpus's {len(written)}")
        for i, (r, w) in enumerate(zip(new, written)):
            if (r.doc, r.pair) != (w.doc, w.pair):
                return FileChanges(name, problem=f"line {i + 1} is not the corpus's pair {w.doc}:{w.pair + 1} "
                                                 "(lines added, removed or moved)")
        return rows_changes(name, written, [(i, join_side(r.src), join_side(r.tgt), r.status) for i, r in enumerate(new)])
    if name == "corpus.tmx":
        return _tmx_changes(name, current, written)
    return FileChanges(name, problem=hand_edits.NOT_READ_BACK)  # (report.tsv)


def _tmx_changes(name: str, current: bytes, written: Sequence[PairRecord]) -> FileChanges:
    try:
        root = ElementTree.fromstring(current)
    except ElementTree.ParseError as exc:
        return FileChanges(name, problem=f"not well-formed XML ({exc})")
    where = {f"{r.doc}:{r.pair}": i for i, r in enumerate(written)}
    rows = []
    for tu in root.iter("tu"):
        segs = ["".join(s.itertext()) for s in tu.iter("seg")]
        i = where.get(tu.get("tuid") or "")
        if i is None or len(segs) != 2:
            return FileChanges(name, problem=f"a unit that is not one of the corpus's pairs ({tu.get('tuid')!r})")
        status = next((p.text or "" for p in tu.iter("prop") if p.get("type") == "x-status"), "") or written[i].status
        rows.append((i, segs[0], segs[1], status))
    if len(rows) != len(written):
        return FileChanges(name, problem=f"{len(rows)} units for the corpus's {len(written)} pairs")
    return rows_changes(name, written, rows)


def _pair_now(store, doc: str, pair: int) -> PairRecord | None:
    if not store.has_document(doc):
        return None
    ids = store.ids(doc)
    return store.get(ids[pair]).to_record() if 0 <= pair < len(ids) else None


def _still_the_review(store, changes: FileChanges, written: Sequence[PairRecord]) -> FileChanges:
    """The changes, if every pair they touch is still, in the review, what the corpus says it
    was (the review may have changed since the corpus was written); else the file's problem."""
    if changes.problem:
        return changes
    for i, v in sorted({**changes.sources, **changes.targets}.items()):
        if not v:
            return FileChanges(changes.name, problem=f"line {i + 1} emptied (reject the pair in the review instead)")
    for i in sorted(set(changes.targets) | set(changes.statuses) | set(changes.sources)):
        w = written[i]
        now = _pair_now(store, w.doc, w.pair)
        if now is None or join_side(now.src).split() != join_side(w.src).split() \
                or join_side(now.tgt).split() != join_side(w.tgt).split():
            return FileChanges(changes.name, problem=f"pair {w.doc}:{w.pair + 1} changed in the review since the "
                                                     "corpus was written")
    return changes


def _apply(store, written: Sequence[PairRecord], targets: dict, statuses: dict, sources: dict,
           names: Sequence[str]) -> list[HandEdits]:
    """The combined changes (by corpus line) as review edits and decisions of their pairs."""
    by_doc: dict[str, dict[str, set[int]]] = {}
    for kind, changes in (("edited", targets), ("edited", sources), ("decided", statuses)):
        for i in changes:
            by_doc.setdefault(written[i].doc, {"edited": set(), "decided": set()})[kind].add(written[i].pair)
    for i, sentences in sorted(sources.items()):
        store.edit(store.ids(written[i].doc)[written[i].pair], "src", list(sentences))
    for i, sentences in sorted(targets.items()):
        store.edit(store.ids(written[i].doc)[written[i].pair], "tgt", list(sentences))
    for i, status in sorted(statuses.items()):
        store.set_status(store.ids(written[i].doc)[written[i].pair], status)
    return [HandEdits(doc, tuple(sorted(k["edited"])), tuple(sorted(k["decided"])), tuple(names))
            for doc, k in sorted(by_doc.items())]


def keep_changed_corpus(out_dir: Path, reading: "CorpusReading | None") -> HandEdits | None:
    """Where no review can take them in: keep the corpus files changed by hand beside themselves
    before they are rewritten."""
    if reading is None:
        return None
    todo = {n: b for n, b in reading.changed.items() if n not in reading.handled}
    reading.handled |= set(todo)
    if not todo:
        return None
    why = "no review was open to take it into"
    kept = tuple((n, keep_copy(Path(out_dir), n, b), why) for n, b in sorted(todo.items()))
    return HandEdits("", files=tuple(todo), kept=kept)
