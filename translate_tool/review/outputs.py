"""The files of a reviewed document, regenerated from the review store.

Once a document has beads in the store, the store is its source of truth: `<stem>.<tgt>.txt`,
`.pairs.jsonl`, `.tsv`, `.tmx` and the document's entry in `manifest.json` (output hashes,
review counts) are written from it — by `review` when a session changed the document, and by
`run`, which first merges its new machine output into the store (`review/reconcile.py`).
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from ..data import PairRecord
from ..errors import TranslateToolError
from ..fileio import atomic_write_text, output_hash
from ..formats import format_jsonl, format_tmx, format_tsv, read_pairs_jsonl
from . import schema
from .hand_edits import take_hand_edits
from .importer import PAIRS_SUFFIX
from .store import ReviewStore

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class DocumentFiles:
    """The content of each output file of one document, by file name."""

    files: dict[str, str | bytes]
    records: list[PairRecord]

    def hashes(self) -> dict[str, str]:
        return {name: output_hash(data) for name, data in self.files.items()}


def review_counts(records: Sequence[PairRecord]) -> dict[str, int]:
    """What the manifest records of a document's review: pairs by decision, and edited pairs."""
    return {
        "pairs": len(records),
        "approved": sum(r.status == "approved" for r in records),
        "rejected": sum(r.status == "rejected" for r in records),
        "unreviewed": sum(r.status == "unreviewed" for r in records),
        "edited": sum(r.edited for r in records),
    }


def target_name(stem: str, tgt_lang: str, suffix: str = ".txt") -> str:
    """The translated document's file name: `<stem>.<lang><suffix>` (x.en.txt, x.en.html)."""
    return f"{stem}.{tgt_lang}{suffix}"


def render_document_files(stem: str, records: Sequence[PairRecord], translated: str | bytes, translated_name: str,
                          src_lang: str, tgt_lang: str) -> DocumentFiles:
    """The translated document and the three parallel files, from the records (as `run` writes them)."""
    return DocumentFiles({translated_name: translated, **parallel_files(stem, records, src_lang, tgt_lang)}, list(records))


def parallel_files(stem: str, records: Sequence[PairRecord], src_lang: str, tgt_lang: str) -> dict[str, str]:
    """`.pairs.jsonl`, `.tsv`, `.tmx` of a document, by file name."""
    from .importer import document_signature

    signature = document_signature(records)  # (a pair an earlier run made says so in its own unit)
    return {
        f"{stem}{PAIRS_SUFFIX}": format_jsonl(records),
        f"{stem}.tsv": format_tsv(records, src_lang, tgt_lang),
        f"{stem}.tmx": format_tmx(records, src_lang, tgt_lang, signature),
    }


def targets_for_sentences(records: Sequence[PairRecord], machine: Sequence[str]) -> list[str]:
    """One translation per source sentence (by sentence index) from reviewed pairs, for the
    format writers: a bead's target goes with its first source sentence (the others of a
    merged bead get nothing) unless it has as many sentences as the bead's source (pairs merged
    in review: each sentence then keeps its own, also across paragraphs), a target-only bead
    joins the sentence before it. Sentences no
    pair covers (boilerplate of a web page) keep their machine translation."""
    targets = list(machine)
    last: int | None = None
    pending = ""  # target-only text before any source sentence
    for r in records:
        text = " ".join(t.strip() for t in r.tgt if t.strip())
        # an edited source's ids number the document sentences its edit replaced
        ids = [i for i in r.src_ids if 0 <= i < len(targets)] \
            if len(r.src_ids) == len(r.src if r.src_was is None else r.src_was) else []
        if ids:
            tgt = [t.strip() for t in r.tgt if t.strip()]
            # as many target sentences as source ones (pairs merged in review, the text kept in
            # sentences): each its own, so a merge across paragraphs leaves both paragraphs their text
            own = tgt if len(ids) > 1 and len(tgt) == len(ids) else [text] + [""] * (len(ids) - 1)
            for k, i in enumerate(ids):
                targets[i] = (pending + " " + own[k]).strip() if k == 0 and pending else own[k]
            pending, last = "", ids[-1]
        elif text and last is not None:
            targets[last] = (targets[last] + " " + text).strip()
        elif text:
            pending = (pending + " " + text).strip()
    return targets


def text_from_records(records: Sequence[PairRecord], side: str = "tgt") -> str:
    """A plain-text document from its pairs: a paragraph's sentences joined by a space,
    paragraphs by a blank line (what `run` writes for .txt documents). Every pair contributes,
    rejected ones too: rejecting a pair judges the alignment, not the translation."""
    paragraphs: list[list[str]] = []
    last = None
    for r in records:
        text = " ".join(t.strip() for t in (r.tgt if side == "tgt" else r.src) if t.strip())
        if not text:
            continue
        if r.paragraph != last or not paragraphs:
            paragraphs.append([])
            last = r.paragraph
        paragraphs[-1].append(text)
    return "\n\n".join(" ".join(p) for p in paragraphs) + ("\n" if paragraphs else "")


@dataclass(frozen=True)
class RenderKit:
    """What the review needs to write a reviewed document back in its own format (HTML,
    Markdown, .docx, subtitles): the source's bytes, its sentences and their machine
    translations (units outside the parallel text, such as navigation, keep those). Plain text
    needs none of it: it is written from the pairs alone."""

    name: str  # the input's file name: its suffix picks the format
    raw: bytes | None  # None for plain text
    sentences: tuple[tuple[str, int, int], ...] = ()  # (text, unit, index)
    targets: tuple[str, ...] = ()

    @classmethod
    def of(cls, name: str, source, sentences: Sequence, targets: Sequence[str]) -> "RenderKit":
        if source is None or source.format.name == "text":
            return cls(name, None)
        return cls(name, source.raw, tuple((s.text, s.paragraph, s.index) for s in sentences), tuple(targets))

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix

    def render(self, records: Sequence[PairRecord], tgt_lang: str) -> str | bytes:
        if self.raw is None:
            return text_from_records(records)
        from ..data import Sentence
        from ..docformats import parse_source, render_document

        source = parse_source(self.raw, self.name)
        sentences = [Sentence(t, p, i) for t, p, i in self.sentences]
        # the text each edited pair was edited from (its `mt`): inline markup is placed in that,
        # then carried through the edit, so it stays on the words it was on (QA4 F01)
        before = [replace(r, tgt=r.mt) if r.edited and r.mt else r for r in records]
        return render_document(source, sentences, targets_for_sentences(records, self.targets), tgt_lang,
                               edited_from=targets_for_sentences(before, self.targets))

    def dumps(self) -> bytes:
        d = {"name": self.name, "raw": None if self.raw is None else base64.b64encode(self.raw).decode("ascii"),
             "sentences": self.sentences, "targets": self.targets}
        return zlib.compress(json.dumps(d, ensure_ascii=False).encode("utf-8"))

    @classmethod
    def loads(cls, data: bytes) -> "RenderKit":
        d = json.loads(zlib.decompress(data))
        raw = None if d["raw"] is None else base64.b64decode(d["raw"])
        return cls(d["name"], raw, tuple(tuple(s) for s in d["sentences"]), tuple(d["targets"]))


def stored_kit(store: ReviewStore, stem: str) -> RenderKit | None:
    row = store.conn.execute("SELECT render_kit FROM documents WHERE stem = ?", (stem,)).fetchone()
    if row is None or row[0] is None:
        return None
    return RenderKit.loads(row[0])


def reviewed_files(store: ReviewStore, stem: str, out_dir: Path | None = None) -> DocumentFiles:
    """A document's files from the store. The translated document is written only where there is
    one to write: as the run named it, or (folders the run made before the store knew) an
    existing `<stem>.<lang>.txt`; `align` folders have none."""
    doc = store.document(stem)
    records = store.records(stem)
    row = store.conn.execute("SELECT target_file FROM documents WHERE stem = ?", (stem,)).fetchone()
    name = row[0] if row is not None and row[0] else None
    if name is None and out_dir is not None and (out_dir / target_name(stem, doc.tgt_lang)).exists():
        name = target_name(stem, doc.tgt_lang)
    kit = stored_kit(store, stem)
    files = DocumentFiles(parallel_files(stem, records, doc.src_lang, doc.tgt_lang), list(records))
    if name is not None:
        files.files[name] = kit.render(records, doc.tgt_lang) if kit is not None else text_from_records(records)
    return files


def write_reviewed_document(store: ReviewStore, stem: str, out_dir: str | Path, *, corpus: bool = True,
                            hand: bool = True) -> list[Path]:
    """Write every file of a document from the store, then its manifest entry. Returns the paths.
    `corpus=False`: leave an align-corpus folder's corpus to one `refresh_corpus` later (the review
    UI does it once on leaving: rebuilding a large corpus takes seconds). `hand`: first take
    in (or keep a copy of) a file edited by hand since it was written (while a review was open);
    what was found is added to `store.hand_edits`."""
    out_dir = Path(out_dir)
    if hand:
        found = take_hand_edits(store, stem, out_dir)
        if found is not None:
            store.hand_edits.append(found)
    files = reviewed_files(store, stem, out_dir)
    paths = []
    for name, data in files.files.items():
        _atomic_write(out_dir / name, data)
        paths.append(out_dir / name)
    mark_written(store, stem, files, out_dir)
    update_manifest(out_dir, stem, files.hashes(), store.document(stem).counts())
    if corpus:
        from ..corpus_files import refresh_corpus

        refresh_corpus(out_dir, store)  # an align-corpus folder: its corpus follows the review too
    return paths


class ReviewWriter:
    """What leaving the review writes, the one way it is done: the review UI and `decide` both
    use it. `write(stem)` when a changed document is left: its files and manifest entry from the
    store (an align-corpus folder's corpus waits); `finish()` at the end: the files of the
    documents changed and not yet written, and of any document whose review never reached its files
    (a session killed before it wrote them), then an align-corpus folder's corpus, rebuilt once.
    A file edited by hand meanwhile is taken in or kept as a copy (`store.hand_edits`); `say`
    gets a line for each, and for a document or corpus that could not be written."""

    def __init__(self, store: ReviewStore, out_dir: str | Path, say=None):
        self.store, self.out_dir = store, Path(out_dir)
        self.say = say or (lambda _line: None)
        self.changed: set[str] = set()  # documents changed since their files were written
        self.written: list[Path] = []

    def write(self, stem: str | None) -> None:
        if stem not in self.changed:
            return
        try:
            seen = len(self.store.hand_edits)
            self.written += write_reviewed_document(self.store, stem, self.out_dir, corpus=False)
            self.changed.discard(stem)
            for found in self.store.hand_edits[seen:]:  # a file edited by hand while the review was open
                self.say("; ".join(found.kept_lines()) or f"{stem}: {found.taken_line()}")
        except (OSError, TranslateToolError) as exc:
            self.say(f"✗ cannot write the files of {stem}: {exc}")

    def finish(self) -> None:
        try:
            self.changed |= set(stale_documents(self.store, self.out_dir))
        except TranslateToolError:
            pass
        for stem in sorted(self.changed):
            self.write(stem)
        # an align-corpus folder's corpus: rebuilt once here, not on every change of document
        from ..corpus_files import corpus_is_stale, refresh_corpus

        try:
            seen = len(self.store.hand_edits)
            if corpus_is_stale(self.out_dir):
                refresh_corpus(self.out_dir, self.store)  # (a line of it edited by hand meanwhile: taken or kept)
            for found in self.store.hand_edits[seen:]:
                self.say("; ".join(found.kept_lines()) or f"{found.stem}: {found.taken_line()}")
        except (OSError, TranslateToolError) as exc:
            self.say(f"✗ cannot rebuild the corpus: {exc}")


def has_review_store(out_dir: str | Path) -> bool:
    return (Path(out_dir) / schema.DB_NAME).exists()


def carries_review(*paths: Path) -> bool:
    """Whether any of these pair files holds decisions or edits: a folder whose review.sqlite3
    was lost still has its review there (opening the store rebuilds it from them)."""
    for path in paths:
        try:
            records = read_pairs_jsonl(path)
        except (OSError, TranslateToolError):
            continue
        if any(r.status != "unreviewed" or r.edited for r in records):
            return True
    return False


def mark_written(store: ReviewStore, stem: str, files: DocumentFiles, out_dir: Path) -> None:
    """Remember the hash of the pair file written from the store, so the next sync does not
    import it back (it holds nothing the store does not)."""
    from .written_state import DONE_KEY, done_entries

    name = f"{stem}{PAIRS_SUFFIX}"
    # with the history then in effect: the base of a merge with a file edited by hand meanwhile
    written = {**files.hashes(), DONE_KEY: done_entries(store, stem)}
    with store.transaction():
        store.conn.execute("UPDATE documents SET source = ?, source_hash = ?, written = ? WHERE stem = ?",
                           (str(out_dir / name), output_hash(files.files[name]),
                            json.dumps(written, sort_keys=True), stem))


def stale_documents(store: ReviewStore, out_dir: str | Path) -> list[str]:
    """Documents with review work, or whose review changed since their files were written,
    whose files on disk differ from the store (for example after a review session was killed
    before it could write them; its last change may have cleared the only decision)."""
    out_dir = Path(out_dir)
    stale = []
    for doc in store.documents():
        if not _has_review_work(store, doc.stem) and not _changed_since_written(store, doc.stem):
            continue
        for name, data in reviewed_files(store, doc.stem, out_dir).files.items():
            try:
                current = (out_dir / name).read_bytes()
            except OSError:
                current = None
            if current != (data.encode("utf-8") if isinstance(data, str) else data):
                stale.append(doc.stem)
                break
    return stale



def read_manifest(out_dir: str | Path) -> dict | None:
    """An output folder's `manifest.json`, or None if it has none (a damaged one is an error)."""
    path = Path(out_dir) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise TranslateToolError(f"cannot read the manifest ({exc})", path) from None
    if not isinstance(manifest, dict):
        raise TranslateToolError("cannot read the manifest (not a JSON object)", path)
    return manifest


def tracked_outputs(out_dir: str | Path) -> set[str]:
    """The files of `out_dir` that `manifest.json` records as the tool's own output (every
    document's and retired document's `outputs`, an align-corpus folder's `corpus_outputs`), by
    name relative to the folder; empty without a readable manifest. A command that writes into the
    folder on its own (export, report) must not overwrite one: the next command would read it
    as changed by hand."""
    try:
        manifest = read_manifest(out_dir)
    except TranslateToolError:
        return set()
    if manifest is None:
        return set()
    names: set[str] = set()
    for entry in [*(manifest.get("documents") or []), *(manifest.get("retired") or [])]:
        if isinstance(entry, dict) and isinstance(entry.get("outputs"), dict):
            names.update(n for n in entry["outputs"] if isinstance(n, str))
    corpus = manifest.get("corpus_outputs")
    if isinstance(corpus, dict):
        names.update(n for n in corpus if isinstance(n, str))
    return names


def tracked_output_at(out_dir: str | Path, paths: Sequence[str | Path]) -> Path | None:
    """The first of `paths` that is a file `manifest.json` records as the tool's own output in
    `out_dir` (tracked_outputs), or None."""
    out_dir = Path(out_dir)
    tracked = {(out_dir / name).resolve() for name in tracked_outputs(out_dir)}
    for path in paths:
        if Path(path).resolve() in tracked:
            return Path(path)
    return None


def tracking_folder(path: str | Path) -> Path | None:
    """The output folder whose `manifest.json` records `path` as its own output (the file's folder
    or one above it: a run mirrors subfolders), or None. A single-file command's `-o` must not
    write there: the folder would read the file as changed by hand, and take whatever differs
    from the review (another engine's or glossary's text, a status column all `unreviewed`) for a
    person's edits and decisions (QA5 F09)."""
    path = Path(path).resolve()
    for folder in path.parents:
        if (folder / MANIFEST).is_file() and tracked_output_at(folder, [path]) is not None:
            return folder
    return None


def update_manifest(out_dir: Path, stem: str, hashes: dict[str, str], counts: dict[str, int]) -> bool:
    """Set the document's output hashes and review counts in `manifest.json` (if there is one
    and it lists the document). Returns whether it was written."""
    path = out_dir / MANIFEST
    try:
        manifest = read_manifest(out_dir)
    except TranslateToolError:  # damaged: the store keeps the hashes (`written`); the next run rewrites it
        return False
    if manifest is None:
        return False
    for entry in [*manifest.get("documents", []), *manifest.get("retired", [])]:
        outputs = entry.get("outputs") or {}
        if f"{stem}{PAIRS_SUFFIX}" in outputs or entry.get("stem") == stem or Path(str(entry.get("path", ""))).stem == stem:
            entry["outputs"] = dict(sorted({**outputs, **hashes}.items()))
            entry["review"] = counts
            atomic_write_text(path, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
            return True
    return False


def _changed_since_written(store: ReviewStore, stem: str) -> bool:
    """Whether the document's review history moved since the review last wrote its files."""
    from .written_state import DONE_KEY, done_entries

    row = store.conn.execute("SELECT written FROM documents WHERE stem = ?", (stem,)).fetchone()
    try:
        done_then = json.loads(row[0]).get(DONE_KEY) if row is not None and row[0] else None
    except (ValueError, AttributeError):
        return True
    return done_then is not None and done_then != done_entries(store, stem)


def _has_review_work(store: ReviewStore, stem: str) -> bool:
    return store.conn.execute(
        "SELECT 1 FROM beads WHERE doc_id = ? AND (status != 'unreviewed' OR edited = 1 OR orig_key IS NULL) LIMIT 1",
        (store.doc_id(stem),)).fetchone() is not None


def _atomic_write(path: Path, data: str | bytes) -> None:
    from ..fileio import atomic_write_bytes

    atomic_write_bytes(path, data.encode("utf-8") if isinstance(data, str) else data)
