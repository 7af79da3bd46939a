"""The review database: connection settings and the versioned schema.

The schema version lives in `PRAGMA user_version`. `MIGRATIONS[i]` takes a database at
version `i` to version `i + 1`; each runs in its own transaction together with the
version bump, so a crash mid-migration leaves the previous version intact.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import TranslateToolError

DB_NAME = "review.sqlite3"

_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    stem TEXT NOT NULL UNIQUE,
    source TEXT,                       -- the <stem>.pairs.jsonl it was imported from
    source_hash TEXT,                  -- sha256 of that file at the last import
    src_lang TEXT NOT NULL DEFAULT 'es',
    tgt_lang TEXT NOT NULL DEFAULT 'en',
    signature TEXT NOT NULL DEFAULT '',
    imported_at TEXT
);
CREATE TABLE beads (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids are never reused: history refers to them
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,         -- 0-based order within the document
    paragraph INTEGER NOT NULL DEFAULT 0,
    score REAL NOT NULL DEFAULT 0,
    flags TEXT NOT NULL DEFAULT '[]',  -- JSON list from the aligner
    status TEXT NOT NULL DEFAULT 'unreviewed'
        CHECK (status IN ('unreviewed', 'approved', 'rejected')),
    orig_key TEXT,                     -- content key of the imported record, NULL once restructured
    edited INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT
);
CREATE INDEX beads_doc_position ON beads(doc_id, position);
CREATE INDEX beads_status ON beads(status);
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    bead_id INTEGER NOT NULL REFERENCES beads(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    orig_index INTEGER,                -- sentence index in the imported document side
    paragraph INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sentences_bead ON sentences(bead_id, side, position);
-- Every change, as the affected beads before and after (JSON), for undo/redo and audit.
CREATE TABLE history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id INTEGER,
    action TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    prev_id INTEGER,                   -- bead just before the changed run (NULL = document start)
    before TEXT NOT NULL DEFAULT '[]',
    after TEXT NOT NULL DEFAULT '[]',
    state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'discarded', 'archived')),
    created_at TEXT NOT NULL
);
CREATE INDEX history_state ON history(state, seq);
"""

# v2: sentence counts per bead (filters and jumps in SQL, fast on 100,000-pair documents),
# the machine target text an edit replaced, the review-signal columns, and where the
# review of each document stopped.
_V2 = """
ALTER TABLE beads ADD COLUMN n_src INTEGER NOT NULL DEFAULT 0;
ALTER TABLE beads ADD COLUMN n_tgt INTEGER NOT NULL DEFAULT 0;
ALTER TABLE beads ADD COLUMN mt TEXT;                -- JSON list: target text before the first edit (NULL: never edited)
ALTER TABLE beads ADD COLUMN adequacy REAL;          -- machine-translated pairs: similarity percentile
ALTER TABLE beads ADD COLUMN priority REAL;          -- review priority (higher: look first), if scored
ALTER TABLE beads ADD COLUMN checks TEXT NOT NULL DEFAULT '[]';  -- JSON list of quality findings
ALTER TABLE documents ADD COLUMN cursor INTEGER;     -- position of the pair where the review stopped
ALTER TABLE documents ADD COLUMN target_file TEXT;   -- the translated document `run` wrote (x.en.html)
ALTER TABLE documents ADD COLUMN render_kit BLOB;    -- what re-renders it after a review (outputs.RenderKit)
ALTER TABLE beads ADD COLUMN place TEXT NOT NULL DEFAULT '';  -- where the source sentence is in its document
UPDATE beads SET
    n_src = (SELECT COUNT(*) FROM sentences s WHERE s.bead_id = beads.id AND s.side = 'src'),
    n_tgt = (SELECT COUNT(*) FROM sentences s WHERE s.bead_id = beads.id AND s.side = 'tgt');
-- v1 kept the imported text of a bead in orig_key ([[src...], [tgt...]]): the machine text of an edit
UPDATE beads SET mt = json_extract(orig_key, '$[1]') WHERE edited = 1 AND orig_key IS NOT NULL AND json_valid(orig_key);
"""

# v3: the source text a reviewer's edit replaced, with each sentence's index in the imported
# document, so that a rerun recognises the bead by the document's own text and keeps the edit.
_V3 = """
ALTER TABLE beads ADD COLUMN src_was TEXT;           -- JSON [[text, orig_index], ...]: source before the first edit (NULL: never edited)
"""

# v4: review work a rerun could not keep (its sentences changed in the document), kept here
# rather than lost: `translate-tool show OUT --earlier` lists it.
_V4 = """
CREATE TABLE earlier_reviews (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    src TEXT NOT NULL,                 -- JSON list: the pair's source as the reviewer left it
    tgt TEXT NOT NULL,                 -- JSON list: its target as the reviewer left it
    mt TEXT,                           -- JSON list: the target before the reviewer's edit (NULL: not edited)
    src_was TEXT,                      -- JSON list: the source before the reviewer's edit (NULL: not edited)
    status TEXT NOT NULL,
    edited INTEGER NOT NULL,
    reason TEXT NOT NULL,              -- why the rerun could not keep it
    source TEXT,                       -- what the rerun imported
    replaced_at TEXT NOT NULL
);
CREATE INDEX earlier_reviews_doc ON earlier_reviews(doc_id, id);
"""

# v5: the SHA-256 of each file last written from the store, so that a file edited by hand is
# told from the tool's text also when manifest.json (which records the same) is lost or damaged.
_V5 = """
ALTER TABLE documents ADD COLUMN written TEXT;       -- JSON {output file name: SHA-256} (NULL: not recorded)
"""

# v6: the folder's table of contents as the last run left it (translate_tool.folder_documents):
# every document its manifest lists, with the input file it was made from and whether it is
# retired (its source left the input), so that export/show/review leave retired documents out
# and a rerun finds each source's document also when manifest.json is lost or damaged. A store
# upgraded from v5 has no rows until its next run: the manifest's `retired` list is read meanwhile.
_V6 = """
CREATE TABLE folder_documents (
    stem TEXT PRIMARY KEY,             -- the document's output base (its <stem>.pairs.jsonl)
    path TEXT NOT NULL,                -- its input path as the manifest lists it (relative to the run's input)
    source_file TEXT,                  -- the input file's resolved path, relative to the output folder (NULL: not known)
    retired INTEGER NOT NULL DEFAULT 0 -- 1: no longer in the input; its files and review kept, left out of listings
);
"""

# v7: the SHA-256 of each file of the folder, not of one document, last written (an align-corpus
# folder's corpus files: corpus.<src>, corpus.<tgt>, corpus.scores, corpus.tmx, corpus.jsonl), so
# that a line of the corpus edited by hand is noticed like an edit of a document's files.
_V7 = """
CREATE TABLE folder_files (
    name TEXT PRIMARY KEY,             -- file name in the output folder
    sha256 TEXT NOT NULL               -- of the bytes the tool last wrote
);
"""

# v8: provenance per pair, and the glossary the quality checks use. A pair whose text an earlier
# run made (kept by a rerun because a reviewer worked on it) keeps that run's signature: the
# document's signature is the latest run's, which did not make that text. The checks, though,
# run on every pair's current text with the latest run's glossary (review/recheck.py), which is
# recorded per document so that a reviewer's later edit is checked against it too.
_V8 = """
ALTER TABLE beads ADD COLUMN signature TEXT;         -- the run that made the pair's text (NULL: the document's)
ALTER TABLE documents ADD COLUMN glossary TEXT;      -- JSON {"signature", "terms"} the checks use (NULL: not recorded)
ALTER TABLE earlier_reviews ADD COLUMN signature TEXT;  -- the run that made the pair's text (NULL: not recorded)
"""

# Index i migrates user_version i -> i + 1.
MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8]
SCHEMA_VERSION = len(MIGRATIONS)


# what to do about a damaged store: its pair files carry every decision and edit
REBUILD = ("move it out of the folder and run again: the review is rebuilt from the .pairs.jsonl files "
           "(decisions and edits; not the undo history or `show --earlier`)")


def damaged(exc: sqlite3.DatabaseError, path: str | Path) -> TranslateToolError:
    """The one-line error for a review database SQLite cannot use, with what to do about it."""
    return TranslateToolError(f"not a usable review database ({exc}); {REBUILD}", path)


class CannotWrite(TranslateToolError):
    """The review database cannot be written (`cannot_write`); `reason`: SQLite's words."""

    def __init__(self, message: str, path: str | Path | None = None, reason: str = ""):
        super().__init__(message, path)
        self.reason = reason


def cannot_write(exc: sqlite3.DatabaseError, path: str | Path) -> TranslateToolError:
    """The one-line error for a review database SQLite cannot write (a full disk, a read-only
    file or folder, an I/O error): the change it was making is rolled back, the rest is kept."""
    return CannotWrite(f"cannot write the review database ({exc}); what it holds is intact: make room "
                              "(or make the folder writable) and run the command again", path,
                       f"cannot write the review database: {exc}")


def _is_write_failure(exc: sqlite3.DatabaseError) -> bool:
    """SQLITE_FULL, SQLITE_IOERR*, SQLITE_READONLY*, SQLITE_CANTOPEN*: the file is fine, the disk
    or the folder is not."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN"))


def rollback(conn: sqlite3.Connection) -> None:
    """ROLLBACK if a transaction is still open: SQLite rolls back by itself after some errors
    (SQLITE_FULL, SQLITE_IOERR), and a ROLLBACK then would raise over the error that matters."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """A damaged file (SQLITE_CORRUPT*, SQLITE_NOTADB), as opposed to a locked database, a full
    disk, a constraint or a bug in a query, which keep their own exception."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


class ReviewConnection(sqlite3.Connection):
    """A connection to a review database. A file damaged inside its pages (not its header)
    opens fine and fails at the first query that reads a damaged page, in any command: every
    query and fetch here turns that into `damaged(...)`, naming the file (`db_path`)."""

    db_path = DB_NAME

    def cursor(self, factory=None):
        return super().cursor(factory or _ReviewCursor)

    # sqlite3.Connection.execute & co. make a plain cursor: these make a _ReviewCursor
    def execute(self, *args):
        return self.cursor().execute(*args)

    def executemany(self, *args):
        return self.cursor().executemany(*args)

    def executescript(self, *args):
        return self.cursor().executescript(*args)


def _reporting_damage(name: str):
    """A sqlite3.Cursor method that reports a damaged page met on the way as `damaged(...)`."""
    def method(self, *args, **kwargs):
        try:
            return getattr(super(_ReviewCursor, self), name)(*args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None

    method.__name__ = name
    return method


class _ReviewCursor(sqlite3.Cursor):
    """ReviewConnection's cursors: a damaged page met while stepping through rows, too."""

    def _damaged(self, exc: sqlite3.DatabaseError) -> Exception:
        path = getattr(self.connection, "db_path", DB_NAME)
        if _is_write_failure(exc):
            return cannot_write(exc, path)
        return damaged(exc, path) if _is_damage(exc) else exc

    execute = _reporting_damage("execute")
    executemany = _reporting_damage("executemany")
    executescript = _reporting_damage("executescript")
    __next__ = _reporting_damage("__next__")
    fetchone = _reporting_damage("fetchone")
    fetchmany = _reporting_damage("fetchmany")
    fetchall = _reporting_damage("fetchall")


def connect_file_readonly(path: Path) -> sqlite3.Connection:
    """The database file itself, read-only and writing nothing, not even a journal. A WAL
    database (made by an older translate-tool) cannot be read without creating its -shm file:
    its main file is read as it was last checkpointed. Raises sqlite3.Error."""
    disk = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True, timeout=10.0)
    try:
        wal = disk.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    except sqlite3.Error:
        disk.close()
        raise
    if wal:
        disk.close()
        disk = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro&immutable=1", uri=True)
    return disk


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """Open an existing review database without writing anything, not even a journal file:
    its content is copied into memory (`show`, `export`, `report` and `run` only read it)."""
    path = Path(path)
    try:
        disk = connect_file_readonly(path)
        try:
            memory = sqlite3.connect(":memory:", isolation_level=None, factory=ReviewConnection)
            memory.db_path = str(path)
            disk.backup(memory)
        finally:
            disk.close()
    except sqlite3.Error as exc:
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
            raise damaged(exc, path) from None  # not a database / malformed: say what to do, as writers do
        raise TranslateToolError(f"cannot read review database ({exc})", path) from None
    memory.row_factory = sqlite3.Row
    try:
        memory.execute("PRAGMA foreign_keys = ON")
        migrate(memory, path)
    except (sqlite3.DatabaseError, TranslateToolError) as exc:
        memory.close()
        if isinstance(exc, TranslateToolError):
            raise
        raise damaged(exc, path) from None
    return memory


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.resolve()))


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating and migrating if needed) the review database at `path`."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10.0, factory=ReviewConnection)
    except (OSError, sqlite3.Error) as exc:
        raise TranslateToolError(f"cannot open review database ({exc})", path) from None
    conn.db_path = str(path)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        # A rollback journal, not WAL: readers (`show`, `export`) can then open the file
        # read-only without leaving -wal/-shm files behind.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn, path)
    except (sqlite3.DatabaseError, TranslateToolError) as exc:
        conn.close()
        if isinstance(exc, TranslateToolError):
            raise
        raise damaged(exc, path) from None
    return conn


def migrate(conn: sqlite3.Connection, path: str | Path = "<db>") -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise TranslateToolError(
            f"review database has schema version {version}; this translate-tool knows up to "
            f"{SCHEMA_VERSION} (upgrade translate-tool)",
            path,
        )
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the write lock: another process may have migrated meanwhile.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                for statement in _statements(MIGRATIONS[version]):
                    conn.execute(statement)
                version += 1
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
    return version


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (semicolons inside comments are fine)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def require_review_folder(out_dir: str | Path) -> None:
    """Refuse a folder that holds neither a review store nor a pair file, before opening the
    store would create `review.sqlite3` in it (a `review` or `decide` pointed at the input folder
    by mistake)."""
    out_dir = Path(out_dir)
    if not (out_dir / DB_NAME).exists() and next(out_dir.rglob("*.pairs.jsonl"), None) is None:
        raise TranslateToolError("no *.pairs.jsonl to review (run `translate-tool run` or `align` into it first)",
                                 out_dir)
