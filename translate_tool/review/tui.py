"""`translate-tool review`: a keyboard-first Textual UI over the review store.

One document at a time, Spanish and English side by side with wrapping, one row per
bead (the widgets are in `widgets.py`). Every key that changes something calls one store operation, which commits before
the screen updates: quitting, crashing or being killed never loses a decision.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Input, Static

from ..errors import TranslateToolError
from .store import LOW_CONFIDENCE, Pair, ReviewStore
from .widgets import SIDE_NAMES, EditScreen, PairRow, Rows

KEYS = [  # (key names, action, footer label, help text) -- the help panel lists them in this order
    ("j,down", "cursor(1)", "next", "next pair"),
    ("k,up", "cursor(-1)", "prev", "previous pair"),
    ("g,home", "first", "first", "first pair"),
    ("G,end", "last", "last", "last pair"),
    ("a", "status('approved')", "approve", "approve, go to the next pair"),
    ("r", "status('rejected')", "reject", "reject, go to the next pair"),
    ("c", "status('unreviewed')", "clear", "clear the decision"),
    ("e", "edit('tgt')", "edit en", "edit the English text"),
    ("E", "edit('src')", "edit es", "edit the Spanish text"),
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
    ("l", "jump('low')", "low", "next low-confidence pair"),
    ("o", "jump('non11')", "non-1-1", "next pair that is not 1-1"),
    ("slash", "search", "search", "/  search both sides"),
    ("f3", "search_next", "again", "next search match"),
    ("d", "doc(1)", "next doc", "next document"),
    ("D", "doc(-1)", "prev doc", "previous document"),
    ("question_mark", "help", "help", "?  show/hide this help"),
    ("q", "quit", "quit", "quit (everything is already saved)"),
]
FOOTER_KEYS = {"a", "r", "e", "m", "s", "u,ctrl+z", "U,ctrl+y", "n", "slash", "question_mark", "q"}



class ReviewApp(App):
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
    #search { display: none; }
    #search.-open { display: block; }
    #help { width: 56; display: none; background: $panel; border-left: solid $primary; padding: 0 1; }
    #help.-open { display: block; }
    #empty { padding: 2 4; }
    EditScreen { align: center middle; }
    #editor { width: 90%; height: 70%; background: $surface; border: thick $primary; padding: 0 1; }
    #other { color: $text-muted; margin: 0 0 1 0; }
    #area { height: 1fr; }
    """
    BINDINGS = [Binding(k, a, label, show=k in FOOTER_KEYS) for k, a, label, _ in KEYS]
    TITLE = "translate-tool review"
    WINDOW, MARGIN = 40, 4  # rows kept mounted; how close the cursor gets to the window's edge
    AUTO_FOCUS = None  # keys go to the app's bindings, not to a widget

    def __init__(self, store: ReviewStore, out_dir: str | Path, doc: str | None = None, only: str | None = None,
                 threshold: float = LOW_CONFIDENCE, write_articles: bool = True, cursor_blink: bool = True):
        super().__init__()
        self.cursor_blink = cursor_blink
        self.store, self.out_dir, self.only, self.threshold = store, Path(out_dir), only, threshold
        self.write_articles = write_articles
        self.docs = [d.stem for d in store.documents()]
        self.doc = doc if doc is not None else self._first_doc()
        self.pairs: list[Pair] = []  # the current document's pairs (under --only, those shown)
        self.rows: list[PairRow] = []  # a window of at most WINDOW rows over `pairs`
        self.win_start = 0
        self.shown: set[int] | None = None  # bead ids shown under --only (None: all)
        self.current = 0
        self.changed: set[str] = set()
        self.written: list[Path] = []
        self.message = ""
        self.last_search = ""

    def _first_doc(self) -> str | None:
        for stem in self.docs:
            if self.only is None or self.store.pairs(doc=stem, only=self.only, threshold=self.threshold):
                return stem
        return self.docs[0] if self.docs else None

    # ------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield Rows(id="rows")
            yield Static(self._help_text(), id="help")
        search = Input(placeholder="search both sides (Enter: find next, Esc: close)", id="search", disabled=True)
        search.cursor_blink = self.cursor_blink
        yield search
        yield Static(id="status")
        yield Footer()

    def _help_text(self) -> Text:
        text = Text("Keys\n\n", style="bold")
        for keys, _, _, desc in KEYS:
            shown = desc.split("  ", 1)
            if len(shown) == 2:
                key, desc = shown
            else:
                key = keys.replace(",", " / ")
            text.append(f"{key:>12}  ", style="bold cyan")
            text.append(desc + "\n")
        text.append("\nEdits: one sentence per line; Ctrl+S saves, Esc cancels.\n", style="dim")
        text.append("Colours: left bar = confidence (green / yellow / red);\n"
                    "magenta shape = not a 1-1 pair.", style="dim")
        return text

    async def on_mount(self) -> None:
        await self.load_doc(self.doc)

    async def load_doc(self, stem: str | None, keep: int = 0) -> None:
        self.doc = stem
        self.shown = None
        if stem is not None and self.only is not None:
            self.shown = {p.id for p in self.store.pairs(doc=stem, only=self.only, threshold=self.threshold)}
        self.current, self.win_start = keep, 0
        await self.refresh_rows()

    def _doc_pairs(self) -> list[Pair]:
        if self.doc is None:
            return []
        pairs = self.store.pairs(doc=self.doc)
        return pairs if self.shown is None else [p for p in pairs if p.id in self.shown]

    async def refresh_rows(self, focus: tuple[int, ...] = ()) -> None:
        """Re-read the document; put the cursor on `focus[0]` if given; redraw the window."""
        if self.shown is not None:
            self.shown |= set(focus)
        self.pairs = self._doc_pairs()
        if focus:
            ids = [p.id for p in self.pairs]
            if focus[0] in ids:
                self.current = ids.index(focus[0])
        container = self.query_one("#rows", Rows)
        size = min(self.WINDOW, len(self.pairs))
        if size > len(self.rows):
            new = [PairRow(p, self.threshold) for p in self.pairs[len(self.rows): size]]
            self.rows += new
            await container.mount_all(new)
        elif size < len(self.rows):
            surplus, self.rows = self.rows[size:], self.rows[:size]
            for row in surplus:
                await row.remove()
        if not self.rows and not container.query("#empty"):
            await container.mount(Static("Nothing to review here (d: next document, q: quit).", id="empty"))
        elif self.rows:
            await container.query("#empty").remove()
        self.move_to(self.current, redraw=True)

    def move_to(self, index: int, redraw: bool = False) -> None:
        """Put the cursor on pair `index`, sliding the window of rows when it nears an edge."""
        n = len(self.pairs)
        self.current = max(0, min(index, n - 1)) if n else 0
        if self.rows:
            start = self.win_start
            if not (start + self.MARGIN <= self.current < start + len(self.rows) - self.MARGIN):
                start = self.current - len(self.rows) // 2
            start = max(0, min(start, n - len(self.rows)))
            if redraw or start != self.win_start:
                self.win_start = start
                for row, pair in zip(self.rows, self.pairs[start:]):
                    if row.pair != pair or redraw:
                        row.show(pair)
            for i, row in enumerate(self.rows):
                row.set_class(i == self.current - self.win_start, "-current")
            self.rows[self.current - self.win_start].scroll_visible(animate=False)
        self.update_status()

    @property
    def pair(self) -> Pair | None:
        return self.pairs[self.current] if self.pairs else None

    def update_status(self) -> None:
        done, total = self.store.progress(self.doc) if self.doc else (0, 0)
        all_done, all_total = self.store.progress()
        pos = f"pair {self.current + 1}/{len(self.pairs)}" if self.pairs else "no pairs"
        pct = f" ({100 * done // total}%)" if total else ""
        parts = [f"document {self.doc or '-'} [{self.docs.index(self.doc) + 1 if self.doc in self.docs else 0}/{len(self.docs)}]",
                 pos, f"reviewed {done}/{total}{pct}", f"all documents {all_done}/{all_total}"]
        if self.only:
            parts.append(f"only {self.only}")
        if self.message:
            parts.append(self.message)
        self.query_one("#status", Static).update(Text("  ·  ".join(parts)))

    def say(self, message: str) -> None:
        self.message = message
        self.update_status()

    # ------------------------------------------------------------ changes
    async def change(self, op, *args, advance: bool = False):
        """Run a store operation on the current pair; errors become a status-bar message."""
        if self.pair is None:
            return None
        try:
            result = op(self.pair.id, *args)
        except TranslateToolError as exc:
            self.say(f"✗ {exc}")
            self.bell()
            return None
        self.changed.add(self.doc)
        ids = list(result) if isinstance(result, (list, tuple)) else [result]
        if self.pair.id in ids:  # stay on the pair that was worked on, if it still exists
            ids.remove(self.pair.id)
            ids.insert(0, self.pair.id)
        await self.refresh_rows(focus=tuple(ids))
        if advance:
            self.move_to(self.current + 1)
        return result

    async def action_status(self, status: str) -> None:
        if await self.change(self.store.set_status, status, advance=status != "unreviewed") is not None:
            self.say(f"{status}")

    async def action_merge(self) -> None:
        if await self.change(self.store.merge_next) is not None:
            self.say("merged with the next pair")

    async def action_split(self) -> None:
        if await self.change(self.store.split) is not None:
            self.say("split")

    async def action_move(self, side: str, step: int) -> None:
        op = self.store.move_first if step < 0 else self.store.move_last
        if await self.change(op, side) is not None:
            self.say(f"moved a {SIDE_NAMES[side]} sentence to the {'previous' if step < 0 else 'next'} pair")

    async def action_insert_empty(self, side: str) -> None:
        if await self.change(self.store.insert_empty, side) is not None:
            self.say(f"inserted an empty {SIDE_NAMES[side]} side")

    def action_edit(self, side: str) -> None:
        pair = self.pair
        if pair is None:
            return

        async def done(text: str | None) -> None:
            if text is None:
                self.say("edit cancelled")
            elif text.splitlines() != list(pair.side(side)):
                if await self.change(self.store.edit, side, text) is not None:
                    self.say(f"edited the {SIDE_NAMES[side]} text")

        self.push_screen(EditScreen(pair, side), done)

    async def _travel(self, travel, verb: str) -> None:
        change = travel()
        if change is None:
            self.say(f"nothing to {verb}")
            return
        self.changed.add(change.doc)
        if change.doc != self.doc:
            await self.load_doc(change.doc)
        await self.refresh_rows(focus=change.focus)
        self.say(f"{verb}: {change.label}")

    async def action_undo(self) -> None:
        await self._travel(self.store.undo, "undo")

    async def action_redo(self) -> None:
        await self._travel(self.store.redo, "redo")

    # ------------------------------------------------------------ navigation
    def action_cursor(self, step: int) -> None:
        self.move_to(self.current + step)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self.pairs) - 1)

    async def action_doc(self, step: int) -> None:
        if not self.docs:
            return
        i = (self.docs.index(self.doc) + step) % len(self.docs) if self.doc in self.docs else 0
        self._write_article(self.doc)
        await self.load_doc(self.docs[i])

    def _matches(self, kind: str, p: Pair) -> bool:
        if kind == "unreviewed":
            return p.status == "unreviewed"
        if kind == "low":
            return p.is_low(self.threshold)
        if kind == "non11":
            return not p.is_one_to_one
        needle = self.last_search.casefold()
        return any(needle in s.casefold() for s in p.src + p.tgt)

    async def action_jump(self, kind: str) -> None:
        """Next matching pair after the current one, continuing into the next documents."""
        names = {"unreviewed": "unreviewed pair", "low": "low-confidence pair", "non11": "non-1-1 pair",
                 "search": f"match for {self.last_search!r}"}
        for i in range(self.current + 1, len(self.pairs)):
            if self._matches(kind, self.pairs[i]):
                self.move_to(i)
                self.say(names[kind])
                return
        start = self.docs.index(self.doc) if self.doc in self.docs else 0
        for k in range(1, len(self.docs) + 1):
            stem = self.docs[(start + k) % len(self.docs)]
            pairs = [p for p in self.store.pairs(doc=stem) if self._matches(kind, p)]
            if self.only is not None and stem != self.doc:
                allowed = {p.id for p in self.store.pairs(doc=stem, only=self.only, threshold=self.threshold)}
                pairs = [p for p in pairs if p.id in allowed]
            if stem == self.doc:
                pairs = [p for p in pairs if p.index <= (self.pair.index if self.pair else -1)]
            if pairs:
                if stem != self.doc:
                    self._write_article(self.doc)
                    await self.load_doc(stem)
                ids = [p.id for p in self.pairs]
                self.move_to(ids.index(pairs[0].id) if pairs[0].id in ids else 0)
                self.say(f"{names[kind]} in {stem}" if stem != self.doc else names[kind])
                return
        self.say(f"no {names[kind]} left")

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.add_class("-open")
        box.disabled = False
        box.value = self.last_search
        box.focus()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        self.last_search = event.value.strip()
        event.input.remove_class("-open")
        event.input.disabled = True
        self.set_focus(None)
        if self.last_search:
            await self.action_jump("search")

    def on_key(self, event) -> None:
        box = self.query_one("#search", Input)
        if event.key == "escape" and box.has_class("-open"):
            box.remove_class("-open")
            box.disabled = True
            self.set_focus(None)
            event.stop()

    async def action_search_next(self) -> None:
        if self.last_search:
            await self.action_jump("search")
        else:
            self.action_search()

    def action_help(self) -> None:
        self.query_one("#help").toggle_class("-open")

    # ------------------------------------------------------------ leaving
    def _write_article(self, stem: str | None) -> None:
        if self.write_articles and stem in self.changed:
            try:
                self.written.append(self.store.write_article(stem, self.out_dir))
                self.changed.discard(stem)
            except (OSError, TranslateToolError) as exc:
                self.say(f"✗ cannot write {stem}.en.txt: {exc}")

    def write_changed_articles(self) -> None:
        """Regenerate `<stem>.en.txt` of the documents changed in this session, and of any
        document whose edits never reached its article (a killed session)."""
        if not self.write_articles:
            return
        try:
            self.changed |= set(self.store.stale_articles(self.out_dir))
        except TranslateToolError:
            pass
        for stem in sorted(self.changed):
            self._write_article(stem)

    async def action_quit(self) -> None:
        self.write_changed_articles()
        self.exit()

    def on_unmount(self) -> None:  # however the app ends (q, Ctrl+Q, Ctrl+C, a test leaving run_test)
        self.write_changed_articles()
