"""Which documents an output folder holds, across runs.

`manifest.json` is the folder's table of contents. A run lists the documents it processed, and
also:

* documents an earlier run wrote that this run did not touch (`run a.txt -o out`, then
  `run b.txt -o out`): still listed, with their output hashes (without those, an edit made by
  hand in their files could not be told from the tool's text and would be overwritten) and the
  signature of the run that made them (`run_signature`);
* documents whose source is no longer in the input folder (deleted, or renamed: the new name
  carries the review over, see review/renamed.py) are *retired*: listed under `retired`, left
  out of export, show, review and report (otherwise a renamed article is exported twice), while
  their files and their review stay where they are. A document that comes back (same path)
  leaves the list and its review merges as on any rerun.

Only a run over a folder retires documents, and only those whose source path is missing from
that folder: a run over one file says nothing about the rest of the folder.

Each entry also names its input file (`source_file`: its resolved path relative to the output folder), so that a file
is one document however it is run: `run in -o out`, then `run in/2026/d.txt -o out` updates the
document `2026/d` (discovery.discover).

The review store keeps the same table of contents (`folder_documents`, schema v6;
`record_in_store`, written by every run just before its manifest): which documents are
retired is read from there (`retired_in_store`), so a lost or damaged manifest does not bring
retired documents back into export, show, review or report, and a run without a readable
manifest starts from the store's record (`previous_listing`). A store made before v6 has no
record until its next run; the manifest's `retired` list is read meanwhile.

A folder holds the output of one command for one language pair: `check_output_folder` refuses
(before anything is read or written) `run` into an `align-corpus` folder and the other way round
(and `align -o` into a folder of `run`, or of another pair),
and a run whose `-s`/`-t` are not the pair of the documents the folder holds (their review would
be merged with text of other languages, or reset). What the folder holds is read from
`manifest.json` (`command`, `source_lang`/`target_lang`); without one, from the review store's
documents (their languages; a signature with `engine:` is machine translation, `run`'s) and from
align-corpus's own files (`*.ladder`, `corpus.scores`).
"""

from __future__ import annotations

import glob
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .errors import TranslateToolError, UsageError
from .review.importer import PAIRS_SUFFIX

__all__ = ["FolderContents", "carry_over", "check_output_folder", "earlier_bases", "earlier_inputs", "entry_stem",
           "folder_contents", "forced_bases", "manifest_or_none", "previous_listing", "record_in_store", "retired_in_store",
           "retired_stems"]


def entry_stem(entry: dict) -> str | None:
    """The stem of a manifest entry's documents in the review store (from its pair file), or None
    (a document with no pair file: skipped, failed)."""
    for name in entry.get("outputs") or {}:
        if isinstance(name, str) and name.endswith(PAIRS_SUFFIX):
            return name[: -len(PAIRS_SUFFIX)]
    return None


def retired_stems(manifest: dict | None) -> set[str]:
    """Stems of the documents the manifest lists as retired (no longer in the input)."""
    if not isinstance(manifest, dict):
        return set()
    entries = manifest.get("retired") or []
    return {s for s in (entry_stem(e) for e in entries if isinstance(e, dict)) if s}


def earlier_bases(out_dir: Path) -> dict[str, str]:
    """Input path -> the base its outputs have in `out_dir` (earlier_inputs)."""
    return earlier_inputs(out_dir)[0]


def earlier_inputs(out_dir: Path) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """What earlier runs made of their inputs in `out_dir`: (input path -> base, source file ->
    (input path, base)), from its manifest (or, without a readable one, the review store's
    record of it: previous_listing), listed documents winning over retired ones; empty for a
    folder of align-corpus."""
    listing = previous_listing(out_dir)
    if listing is None or listing.get("command") == "align-corpus":
        return {}, {}
    bases: dict[str, str] = {}
    sources: dict[str, tuple[str, str]] = {}
    for entry in [*(listing.get("retired") or []), *(listing.get("documents") or [])]:
        if isinstance(entry, dict) and isinstance(entry.get("path"), str) and entry_stem(entry):
            bases[entry["path"]] = entry_stem(entry)  # (a listed document's wins: it comes last)
            if isinstance(entry.get("source_file"), str) and entry["source_file"]:
                sources[entry["source_file"]] = (entry["path"], entry_stem(entry))
    return bases, sources


def forced_bases(out_dir: Path) -> set[str]:
    """Bases of the documents an earlier run translated with `--force` (their language uncertain):
    their manifest entries say `"forced": true` (or, written before that field, `"reason": "forced"`),
    retired ones too. A run translates them as if `--force` were given again: a document a user
    forced, and then reviewed, is not left with a translation of text it no longer has."""
    listing = previous_listing(out_dir)
    if listing is None or listing.get("command") == "align-corpus":
        return set()
    entries = [*(listing.get("retired") or []), *(listing.get("documents") or [])]
    return {entry_stem(e) for e in entries
            if isinstance(e, dict) and entry_stem(e) and (e.get("forced") is True or e.get("reason") == "forced")}


def carry_over(previous: dict | None, current: Sequence[dict], root: Path | None, single: bool,
               out_dir: Path | None = None, emptied: Sequence[str] = ()) -> tuple[list[dict], list[dict], list[str]]:
    """(earlier entries still in the folder, retired entries, paths retired by this run).

    `previous`: the manifest before this run (None: none); `current`: this run's entries;
    `root`: the input folder (None: this run's input was the whole job, as for align-corpus, so
    every document it did not have is retired); `single`: the input was one file; `out_dir`: the output folder,
    whose pair files no manifest lists (a folder made by a version that listed only the last
    run's documents) are retired too when no file of the input has their stem.
    A document still in the input whose text is no longer the source language's (this run
    `skipped` it: an article replaced by its English version) or that is now empty (`emptied`:
    paths of files not taken for it) is retired as well: its pairs no longer say what the input
    does. One that failed, or whose language is uncertain, keeps its earlier outputs."""
    if not isinstance(previous, dict) or not isinstance(previous.get("documents"), list):
        previous = {"documents": []}
    now = {e["path"] for e in current}
    now_stems = {s for s in (entry_stem(e) for e in current) if s}
    signature = previous.get("signature", "")
    kept: list[dict] = []
    retired: list[dict] = []
    newly: list[str] = []
    stem_now = {e["path"]: entry_stem(e) for e in current}
    by_source = {e["source_file"]: e for e in current if e.get("source_file")}
    for entry in previous["documents"]:
        path = entry.get("path") if isinstance(entry, dict) else None
        if not isinstance(path, str) or entry_stem(entry) in now_stems:
            continue
        same = by_source.get(entry.get("source_file") or "")  # the same file, under another path or name
        now_entry = same or next((e for e in current if e["path"] == path), None)
        if entry_stem(entry) is not None and (path in emptied or (now_entry is not None and not now_entry.get("outputs")
                                                                  and now_entry.get("action") == "skipped")):
            retired.append(entry)  # its text is no longer one to translate: its pairs no longer say what it does
            newly.append(f"{path} ({'now empty' if path in emptied else 'no longer in the source language'})")
            continue
        if same is not None or path in now:
            if entry_stem(entry) is not None and (stem_now.get(path) if same is None else entry_stem(same)) is not None:
                # the same input written under another name this time (a name clash resolved
                # otherwise once a clashing file left): the files of its old name are retired
                retired.append(entry)
                newly.append(f"{path} (as {entry_stem(entry)})")
            continue
        entry = {**entry, "run_signature": entry.get("run_signature") or signature}
        if single or (root is not None and (root / path).exists()) or _source_exists(entry, out_dir):
            kept.append(entry)  # not part of this run's input (a run over a subfolder): still the folder's
        elif entry_stem(entry) is not None:  # its source is gone; its files and review stay
            retired.append(entry)
            newly.append(path)
    for entry in previous.get("retired") or []:
        if not isinstance(entry, dict):
            continue
        back = entry_stem(entry) in now_stems if entry_stem(entry) else entry.get("path") in now
        if not back:
            retired.append(entry)
    if out_dir is not None and not single:
        listed = now_stems | {entry_stem(e) for e in [*previous["documents"], *(previous.get("retired") or [])]
                              if isinstance(e, dict)}
        for stem in sorted(_pair_file_stems(out_dir) - listed):
            if root is None or not any((root / stem).parent.glob(glob.escape((root / stem).name) + ".*")):
                # no hashes known: what is in its files now cannot be told from the tool's text
                retired.append({"path": stem, "outputs": {stem + PAIRS_SUFFIX: None}})
                newly.append(stem)
    by_path = lambda e: str(e.get("path", ""))  # noqa: E731
    return sorted(kept, key=by_path), sorted(retired, key=by_path), newly


def _source_exists(entry: dict, out_dir: Path | None) -> bool:
    """Whether the input file an entry was made from is still there (`source_file` is relative
    to the output folder): a run over `in/2025` does not retire the documents of `in/2024`."""
    source = entry.get("source_file")
    if out_dir is None or not isinstance(source, str) or not source:
        return False
    try:
        return (Path(out_dir) / source).is_file()
    except (OSError, ValueError):
        return False


def _pair_file_stems(out_dir: Path) -> set[str]:
    stems = set()
    for path in out_dir.rglob(f"*{PAIRS_SUFFIX}"):
        rel = path.relative_to(out_dir)
        if not any(part.startswith(".") for part in rel.parts):
            stems.add(rel.as_posix()[: -len(PAIRS_SUFFIX)])
    return stems


@dataclass(frozen=True)
class FolderContents:
    """What an output folder already holds (folder_contents)."""

    command: str | None  # "run" or "align-corpus"; None: no output, or not known whose
    pairs: tuple[tuple[str, str], ...]  # (source, target) languages of its documents; () if not known
    reviewed: int  # pairs of its review store with a decision or an edit


def folder_contents(out_dir: str | Path) -> FolderContents:
    """Whose output `out_dir` holds, for which language pairs, with how much review work.

    The manifest tells when it lists documents with files; otherwise the review store's documents
    (and align-corpus's own files) do. A folder with none of them (empty, missing, files of
    someone else) holds nothing: FolderContents(None, (), 0)."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return FolderContents(None, (), 0)
    manifest = manifest_or_none(out_dir)
    store = _store_documents(out_dir)
    rows, reviewed = store if store is not None else ([], 0)
    aligned_files = (out_dir / "corpus.scores").is_file() or any(out_dir.glob("*.ladder"))
    listed = manifest is not None and any(
        isinstance(e, dict) and e.get("outputs") for key in ("documents", "retired")
        for e in (manifest.get(key) if isinstance(manifest.get(key), list) else []))
    if not (listed or rows or aligned_files):
        return FolderContents(None, (), 0)
    kinds = {("run" if "engine:" in (sig or "") else "align-corpus") for _s, _t, sig in rows if sig}
    if manifest is not None:
        command = str(manifest.get("command") or "run")  # `run`'s manifest has no "command"
    elif len(kinds) == 1:
        command = kinds.pop()
    else:
        command = "align-corpus" if aligned_files else None
    source, target = (manifest or {}).get("source_lang"), (manifest or {}).get("target_lang")
    if listed and isinstance(source, str) and isinstance(target, str):
        pairs = ((source, target),)
    else:
        pairs = tuple(sorted({(str(s), str(t)) for s, t, _sig in rows}))
    return FolderContents(command, pairs, reviewed)


# what each command writes: `align -o` writes an aligned translation's pair file, as align-corpus does
_KIND = {"run": "run", "align-corpus": "align-corpus", "align": "align-corpus"}


def check_output_folder(out_dir: str | Path, command: str, source_lang: str, target_lang: str) -> None:
    """Refuse (UsageError, exit 2) to write `command`'s output for source_lang->target_lang into a
    folder that holds the other command's output or documents of another language pair: the run
    would merge their review with text of other languages, or reset it. `command`: "run",
    "align-corpus", or "align" (its -o file's folder; the kind of align-corpus). Reads only."""
    held = folder_contents(out_dir)
    pair = f"{source_lang}->{target_lang}"
    langs = " and ".join(f"{s}->{t}" for s, t in held.pairs)
    review = f"{held.reviewed} pair(s) reviewed" if held.reviewed else ""
    if held.command is not None and held.command != _KIND.get(command, command):
        about = ", ".join(x for x in (langs, review) if x)
        raise UsageError(f"holds {held.command} output{f' ({about})' if about else ''}; {command} cannot write "
                         "into it: write to another folder (-o)", out_dir)
    if held.pairs and held.pairs != ((source_lang, target_lang),):
        again = f", or use -s {held.pairs[0][0]} -t {held.pairs[0][1]} to update it" if len(held.pairs) == 1 else ""
        raise UsageError(f"holds {langs} output{f' ({review})' if review else ''}; this {command} is {pair}: "
                         f"write it to another folder (-o){again}", out_dir)


def previous_listing(out_dir: Path) -> dict | None:
    """What the folder held after its last run, as a manifest lists it (`command`, `documents`,
    `retired`): its manifest; without a readable one, the review store's record of it (schema
    v6: paths, source files, retired or not, the hashes of the files written); None: neither."""
    manifest = manifest_or_none(out_dir)
    if manifest is not None:
        return manifest
    rows = _read_store(out_dir, "SELECT f.stem, f.path, f.source_file, f.retired, d.written FROM folder_documents f"
                                " LEFT JOIN documents d ON d.stem = f.stem ORDER BY f.path")
    if not rows:
        return None
    listing: dict = {"command": folder_contents(out_dir).command or "run", "documents": [], "retired": []}
    for stem, path, source_file, retired, written in rows:
        outputs: dict = {stem + PAIRS_SUFFIX: None}
        try:
            recorded = json.loads(written) if written else {}
        except ValueError:
            recorded = {}
        if isinstance(recorded, dict):
            outputs.update({n: h for n, h in recorded.items() if isinstance(n, str) and isinstance(h, str)})
        entry = {"path": path, **({"source_file": source_file} if source_file else {}),
                 "outputs": dict(sorted(outputs.items()))}
        listing["retired" if retired else "documents"].append(entry)
    return listing


def _store_rows(manifest: dict) -> list[tuple[str, str, str | None, int]]:
    """(stem, path, source file, retired) of each entry of the manifest with a pair file."""
    rows: dict[str, tuple[str, str, str | None, int]] = {}
    for key, retired in (("retired", 1), ("documents", 0)):  # (listed wins over retired)
        for entry in manifest.get(key) or []:
            stem = entry_stem(entry) if isinstance(entry, dict) else None
            if stem and isinstance(entry.get("path"), str):
                source = entry.get("source_file")
                rows[stem] = (stem, entry["path"], source if isinstance(source, str) and source else None, retired)
    return sorted(rows.values())


def record_in_store(out_dir: Path, manifest: dict) -> None:
    """Keep the manifest's table of contents (documents, their source files, which are retired)
    in the folder's review store, replacing what it had: called by every run just before it
    writes the manifest, so the two agree. A folder without a store gets one only when
    something is retired (nothing else to remember)."""
    from .review import schema

    rows = _store_rows(manifest)
    path = out_dir / schema.DB_NAME
    if not path.exists() and not any(r[3] for r in rows):
        return
    conn = schema.connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            had = [tuple(r) for r in conn.execute(
                "SELECT stem, path, source_file, retired FROM folder_documents ORDER BY stem")]
            if had == rows:  # unchanged: not a byte of the store written (a rerun leaves it as it was)
                conn.execute("ROLLBACK")
                return
            conn.execute("DELETE FROM folder_documents")
            conn.executemany("INSERT INTO folder_documents (stem, path, source_file, retired) VALUES (?, ?, ?, ?)", rows)
        except BaseException:
            schema.rollback(conn)
            raise
        conn.execute("COMMIT")
    finally:
        conn.close()


def retired_in_store(conn: sqlite3.Connection, out_dir: Path) -> set[str]:
    """Stems of the folder's retired documents: the review store's record (`conn`, schema v6);
    a store that has none yet (made before v6, or rebuilt from the pair files) reads the
    manifest's `retired` list (a damaged manifest: nothing is left out)."""
    rows = conn.execute("SELECT stem, retired FROM folder_documents").fetchall()
    if rows:
        return {r[0] for r in rows if r[1]}
    return retired_stems(manifest_or_none(out_dir))


def manifest_or_none(out_dir: Path) -> dict | None:
    """The folder's manifest, or None when it has none or it is damaged (it is derived: the next
    run writes it again, and the review store records the same file hashes)."""
    from .review.outputs import read_manifest

    try:
        return read_manifest(out_dir)
    except TranslateToolError:
        return None


def _store_documents(out_dir: Path) -> tuple[list[tuple[str, str, str]], int] | None:
    """((src_lang, tgt_lang, signature) of every document, pairs with review work) of the folder's
    review store, read without writing anything (not even a journal); None: no store, or unreadable
    (the run opening it then says what is wrong)."""
    rows = _read_store(out_dir, "SELECT src_lang, tgt_lang, signature FROM documents")
    reviewed = _read_store(out_dir, "SELECT COUNT(*) FROM beads WHERE status != 'unreviewed' OR edited != 0")
    if rows is None or reviewed is None:
        return None
    return rows, int(reviewed[0][0])


def _read_store(out_dir: Path, query: str) -> list[tuple] | None:
    """The rows of one query of the folder's review store, read without writing anything (not
    even a journal); None: no store, or unreadable, or without that table (a store made before
    it: the run opening it then migrates it, or says what is wrong)."""
    from .review.schema import DB_NAME, connect_file_readonly

    path = out_dir / DB_NAME
    if not path.is_file():
        return None
    try:
        conn = connect_file_readonly(path)
        try:
            return [tuple(r) for r in conn.execute(query)]
        finally:
            conn.close()
    except sqlite3.Error:
        return None
