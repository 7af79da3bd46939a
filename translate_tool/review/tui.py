"""`translate-tool review`: a keyboard-first Textual UI over the review store.

One document at a time, Spanish and English side by side, one row per bead, the pair in
focus kept mid-screen with its neighbours as context (widgets in `widgets.py`). Every key
that changes something calls one store operation, which commits before the screen updates:
quitting, crashing or being killed never loses a decision; a change the store cannot write
(a full disk) says NOT saved and shows nothing as done, and the editor keeps its text
(`changes.py`, `rescue.py`). The UI holds only the document's
bead ids and loads pairs a page at a time, so a 137,000-pair document opens as fast as a
short one; leaving a document writes its files from the store (`outputs.py`).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.widgets import Footer, Input, Static

from .changes import Changes
from .outputs import ReviewWriter
from .navigation import Navigation
from .store import LOW_CONFIDENCE, Pair, ReviewStore
from .widgets import EditScreen, PairRow, ParagraphScreen, Rows  # noqa: F401 (EditScreen: tests)

KEYS = [  # (key names, action, footer label, help text) -- the help panel lists them in this order
    ("j,down", "cursor(1)", "next", "next pair"),
    ("k,up", "cursor(-1)", "prev", "previous pair"),
    ("g,home", "first", "first", "first pair"),
    ("G,end", "last", "last", "last pair"),
    ("colon", "goto", "go to", ":  go to pair number N"),
    ("a", "status('approved')", "approve", "approve, go to the next pair"),
    ("r", "status('rejected')", "reject", "reject, go to the next pair"),
    ("c", "status('unreviewed')", "clear", "clear the decision"),
    ("e", "edit('tgt')", "edit en", "edit the English text (F2 in the editor: save and approve)"),
    ("E", "edit('src')", "edit es", "edit the Spanish text"),
    ("p", "paragraph", "paragraph", "show the whole paragraph, both sides"),
    ("m", "merge", "merge", "merge with the next pair"),
    ("s", "split", "split", "split (first sentences | rest)"),
    ("left_square_bracket", "move('src', -1)", "es first up", "[  first Spanish sentence -> previous pair"),
    ("right_square_bracket", "move('src', 1)", "es last down", "]  last Spanish sentence -> next pair"),
    ("left_curly_bracket", "move('tgt', -1)", "en first up", "{  first English sentence -> previous pair"),
    ("right_curly_bracket", "move('tgt', 1)", "en last down", "}  last English sentence -> next pair"),
    ("i", "insert_empty('tgt')", "empty en", "insert empty English side (shifts down)"),
    ("I", "insert_empty('src')", "empty es", "insert empty Spanish side (shifts down)"),
    ("u,ctrl+z", "undo", "undo", "undo"),
    ("U,ctrl+y", "redo", "redo", "redo"),
    ("n", "jump('unreviewed')", "unreviewed", "next unreviewed pair"),
    ("l", "jump('needs-review')", "needs review", "next pair that needs review (findings, high priority)"),
    ("o", "jump('non-1-1')", "non-1-1", "next pair that is not 1-1"),
    ("f", "cycle_filter", "filter", "show all / unreviewed / needs-review / low-confidence / non-1-1 / flagged"),
    ("slash", "search", "search", "/  search both sides (Enter: next match, Esc: close)"),
    ("f3", "search_next", "again", "next search match"),
    ("d", "doc(1)", "next doc", "next document"),
    ("D", "doc(-1)", "prev doc", "previous document"),
    ("question_mark", "help", "help", "?  show/hide this help"),
    ("q", "quit", "quit", "quit (everything is already saved, or says NOT saved)"),
]
FOOTER_KEYS = {"a", "r", "e", "p", "f", "u,ctrl+z", "slash", "colon", "question_mark", "q"}
PAGE = 64  # pairs loaded from the store at a time


class ReviewApp(Changes, Navigation, App):
    CSS = """
    #rows { height: 1fr; }
    .row { height: auto; border-left: tall $success; padding: 0 1 0 0; margin: 0 0 1 0; }
    .row.-mid { border-left: tall $warning; }
    .row.-low { border-left: tall $error; }
    .row.-non11 .gutter { background: $secondary 25%; }
    .row.-current { background: $accent 25%; }
    .row.-rejected .side { text-style: strike; color: $text-muted; }
    .gutter { width: 14; padding: 0 1; }
    .side { width: 1fr; padding: 0 1; }
    #main { height: 1fr; }
    #status { height: 1; background: $panel; padding: 0 1; }
    #prompt { display: none; }
    #prompt.-open { display: block; }
    #help { width: 60; display: none; background: $panel; border-left: solid $primary; padding: 0 1; }
    #help.-open { display: block; }
    #empty { padding: 2 4; }
    EditScreen, ParagraphScreen { align: center middle; }
    #editor, #paragraph { width: 90%; height: 80%; background: $surface; border: thick $primary; padding: 0 1; }
    #other, #mt, #earlier { color: $text-muted; margin: 0 0 1 0; }
    #notice { margin: 0 0 1 0; }
    #area { height: 1fr; }
    .para-side { width: 1fr; padding: 0 1; }
    """
    BINDINGS = [Binding(k, a, label, show=k in FOOTER_KEYS) for k, a, label, _ in KEYS]
    TITLE = "translate-tool review"
    WINDOW, MARGIN = 16, 3  # rows kept mounted; how close the cursor gets to the window's edge
    AUTO_FOCUS = None  # keys go to the app's bindings, not to a widget

    def __init__(self, store: ReviewStore, out_dir: str | Path, doc: str | None = None, only: str | None = None,
                 threshold: float = LOW_CONFIDENCE, write_files: bool = True, cursor_blink: bool = True,
                 warm_up: bool = True):
        super().__init__()
        self.cursor_blink, self.warm_up = cursor_blink, warm_up
        self.store, self.out_dir, self.only, self.threshold = store, Path(out_dir), only, threshold
        self.write_files = write_files
        self.docs = [d.stem for d in store.documents()]
        self.doc = doc if doc is not None else self._first_doc()
        self.ids: list[int] = []  # the current document's bead ids (under a filter, those shown)
        self._cache: dict[int, Pair] = {}
        self.sticky: set[int] = set()  # beads worked on here stay listed though the filter no longer matches
        self.rows: list[PairRow] = []  # a window of at most WINDOW rows over `ids`
        self.win_start = self.current = 0
        self.writer = ReviewWriter(store, out_dir, say=self.say)  # what leaving a document writes
        self.message = self.last_search = ""
        self.prompt_mode = "search"
        self._counts: tuple[tuple[int, int], tuple[int, int]] = ((0, 0), (0, 0))
        self.editing: EditScreen | None = None  # the editor, while open
        self.rescue_seen: set = set()  # texts of the rescue file offered in this session (changes.py)
        self.unsaved_report: list[str] = []  # edits not saved on quitting: where they are (the CLI prints it)

    def _first_doc(self) -> str | None:
        """With --only, the first document with such pairs; else the first with unreviewed pairs."""
        for d in self.store.documents():
            if self.store.ids(d.stem, self.only or "unreviewed", self.threshold):
                return d.stem
        return self.docs[0] if self.docs else None

    # ------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield Rows(id="rows")
            yield Static(self._help_text(), id="help")
        prompt = Input(id="prompt", disabled=True)
        prompt.cursor_blink = self.cursor_blink
        yield prompt
        yield Static(id="status")
        yield Footer()

    def _help_text(self) -> Text:
        text = Text("Keys\n\n", style="bold")
        for keys, _, _, desc in KEYS:
            shown = desc.split("  ", 1)
            key, desc = shown if len(shown) == 2 else (keys.replace(",", " / "), desc)
            text.append(f"{key:>12}  ", style="bold cyan")
            text.append(desc + "\n")
        text.append("\nEditor: one sentence per line; Ctrl+S saves, F2 saves and approves,\nEsc cancels. "
                    "An edited pair shows the machine text under it.\n", style="dim")
        text.append("Colours: left bar red = needs review (a finding such as a\nmangled name or number, or a high "
                    "review priority P);\nyellow = a hint; green = nothing found. adeq = adequacy\n(similarity "
                    "percentile among human translations).\nMagenta shape = not a 1-1 pair. The review resumes "
                    "where it stopped.", style="dim")
        return text

    async def on_mount(self) -> None:
        if self.warm_up:  # the encoder that rescores edited pairs loads while the reviewer reads
            self.run_worker(self.store.scorer.warm_up, thread=True, exit_on_error=False)
        await self.load_doc(self.doc, resume=True)
        taken = [h for h in self.store.hand_edits if h.taken_line()]
        if taken:  # output files edited by hand were read when the folder was opened
            self.say("hand edits taken: " + "; ".join(
                (f"{h.stem} " if len(taken) > 1 else "") + h.taken_line().rsplit(": pair ", 1)[-1] for h in taken))
        await self.offer_rescued()  # text an earlier session could not save

    # ------------------------------------------------------------ the pair list
    async def load_doc(self, stem: str | None, resume: bool = False) -> None:
        self.doc, self.sticky, self._cache = stem, set(), {}
        self.earlier_at = self.store.earlier_pairs(stem) if stem is not None else set()
        self.ids = self._query_ids() if stem is not None else []
        self.current = self.win_start = 0
        if resume and stem is not None:
            self.current = self._index_from(self.store.cursor(stem))
        self._recount()
        await self.refresh_rows()
        earlier = len(self.store.earlier_reviews(stem)) if stem is not None else 0
        if earlier:  # a rerun reset work here: say where to find it
            self.say(f"{earlier} earlier review(s) a rerun reset (↺): e offers, F3 takes")

    def _query_ids(self, include: set[int] = frozenset()) -> list[int]:
        if self.only is None:
            return self.store.ids(self.doc)
        keep = self.sticky | set(include)
        listed = self.store.ids(self.doc, self.only, self.threshold)
        if not keep:
            return listed
        every = self.store.ids(self.doc)
        wanted = set(listed) | keep
        return [i for i in every if i in wanted]

    def _index_from(self, position: int) -> int:
        """Index in `ids` of the first listed pair at or after document position `position`."""
        later = set(self.store.ids(self.doc, after=position - 1)) if position > 0 else None
        if later is None:
            return 0
        for k, i in enumerate(self.ids):
            if i in later:
                return k
        return max(len(self.ids) - 1, 0)

    def pair_at(self, index: int) -> Pair:
        bead_id = self.ids[index]
        if bead_id not in self._cache:
            if len(self._cache) > 4096:
                self._cache.clear()
            page = self.ids[max(0, index - PAGE // 4): index + PAGE]
            for p in self.store.load([i for i in page if i not in self._cache]):
                self._cache[p.id] = p
        return self._cache[bead_id]

    @property
    def pair(self) -> Pair | None:
        return self.pair_at(self.current) if self.ids else None

    async def refresh_rows(self) -> None:
        container = self.query_one("#rows", Rows)
        size = min(self.WINDOW, len(self.ids))
        if size > len(self.rows):
            new = [PairRow(self.threshold) for _ in range(size - len(self.rows))]
            self.rows += new
            await container.mount_all(new)
        elif size < len(self.rows):
            surplus, self.rows = self.rows[size:], self.rows[:size]
            for row in surplus:
                await row.remove()
        if not self.rows and not container.query("#empty"):
            await container.mount(Static("Nothing to review here (f: another filter, d: next document, q: quit).",
                                         id="empty"))
        elif self.rows:
            await container.query("#empty").remove()
        self.move_to(self.current, redraw=True)

    def move_to(self, index: int, redraw: bool = False) -> None:
        """Put the cursor on pair `index`, sliding the window of rows when it nears an edge,
        and keep that row in the middle of the screen."""
        n = len(self.ids)
        self.current = max(0, min(index, n - 1)) if n else 0
        if self.rows:
            start = self.win_start
            if not (start + self.MARGIN <= self.current < start + len(self.rows) - self.MARGIN):
                start = self.current - len(self.rows) // 2
            start = max(0, min(start, n - len(self.rows)))
            shift = start - self.win_start
            if redraw or abs(shift) >= len(self.rows):
                self.win_start = start
                for k, row in enumerate(self.rows):
                    row.show(self.pair_at(start + k), self.last_search, self.earlier_at)
            elif shift:  # slide: the rows that leave one end move to the other; only they are redrawn
                self._slide(shift)
            for k, row in enumerate(self.rows):
                row.set_class(k == self.current - self.win_start, "-current")
            row = self.rows[self.current - self.win_start]
            rows = self.query_one("#rows", Rows)
            if redraw:  # new content, new heights: centre once the layout has them
                self.call_after_refresh(rows.scroll_to_center, row, animate=False)
            else:  # same layout: centre now, in the same refresh as the cursor move
                rows.scroll_to_center(row, animate=False, immediate=True)
        self.update_status()

    def _slide(self, shift: int) -> None:
        container = self.query_one("#rows", Rows)
        start = self.win_start + shift
        if shift > 0:
            moving, self.rows = self.rows[:shift], self.rows[shift:] + self.rows[:shift]
            for row in moving:
                container.move_child(row, after=container.children[-1])
        else:
            moving, self.rows = self.rows[shift:], self.rows[shift:] + self.rows[:shift]
            for row in reversed(moving):
                container.move_child(row, before=container.children[0])
        self.win_start = start
        for k, row in enumerate(self.rows):
            if row in moving:
                row.show(self.pair_at(start + k), self.last_search, self.earlier_at)

    def _count_change(self, old: list, ids: list[int]) -> None:
        """Progress counts after beads changed in place: adjusted from their old and new status
        (counting 137,000 rows after every key is what made approving slow)."""
        if any(p is None for p in old):
            self._recount()
            return
        delta = sum(p.status != "unreviewed" for p in self.store.load(ids)) - sum(p.status != "unreviewed" for p in old)
        (done, total), (all_done, all_total) = self._counts
        self._counts = ((done + delta, total), (all_done + delta, all_total))

    def _recount(self) -> None:
        self._counts = (self.store.progress(self.doc) if self.doc else (0, 0), self.store.progress())

    def update_status(self) -> None:
        (done, total), (all_done, all_total) = self._counts
        pos = f"pair {self.pair.index + 1} ({self.current + 1}/{len(self.ids)} listed)" if self.ids else "no pairs"
        pct = f" ({100 * done // total}%)" if total else ""
        doc_no = self.docs.index(self.doc) + 1 if self.doc in self.docs else 0
        parts = [f"document {self.doc or '-'} [{doc_no}/{len(self.docs)}]", pos,
                 f"reviewed {done}/{total}{pct}", f"all {all_done}/{all_total}", f"showing {self.only or 'all'}"]
        if self.message:  # (a failure first: the line may be cut at the terminal's width)
            parts.insert(0 if self.message.startswith("✗") else len(parts), self.message)
        try:  # (the main screen's, under the editor too)
            status = self.screen_stack[0].query_one("#status", Static)
        except (IndexError, NoMatches):  # the app is closing
            return
        status.update(Text("  ·  ".join(parts)))

    def say(self, message: str) -> None:
        self.message = message
        self.update_status()

    # ------------------------------------------------------------ views (changes: changes.py)
    def action_paragraph(self) -> None:
        if self.pair is not None:
            self.push_screen(ParagraphScreen(self.pair, self.store.paragraph(self.pair.id)))

    # ------------------------------------------------------------ leaving
    @property
    def changed(self) -> set[str]:
        """Documents changed in this session whose files are not written yet."""
        return self.writer.changed

    @property
    def written(self) -> list[Path]:
        return self.writer.written

    def _write_files(self, stem: str | None) -> None:
        if self.write_files:
            self.writer.write(stem)

    def _save_position(self) -> None:
        """Where this document's review resumes next time (on leaving it, quitting, any exit)."""
        if self.doc is not None and self.ids:
            try:
                self.store.set_cursor(self.doc, self.pair.index)
            except Exception:  # the position is a convenience; never fail an exit over it
                pass

    async def _leave_doc(self) -> None:
        self._save_position()
        self._write_files(self.doc)

    def write_changed_files(self) -> None:
        """Write the files of the documents changed in this session, and of any document whose
        review never reached its files (a killed session); then an align-corpus folder's corpus."""
        if self.write_files:
            self.writer.finish()

    async def action_quit(self) -> None:
        self.keep_unsaved()
        await self._leave_doc()
        self.write_changed_files()
        self.exit()

    def on_unmount(self) -> None:  # however the app ends (q, Ctrl+Q, Ctrl+C, a test leaving run_test)
        self.keep_unsaved()
        self._save_position()
        self.write_changed_files()
