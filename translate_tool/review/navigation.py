"""The review UI's moves: pair to pair, document to document, filters, jumps, search, go to
pair N. Mixed into `tui.ReviewApp`, whose list of bead ids (`ids`), cursor and store they use."""

from __future__ import annotations

from textual.widgets import Input

from .store import ONLY

FILTERS = (None, *ONLY)


class Navigation:
    def action_cursor(self, step: int) -> None:
        self.move_to(self.current + step)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self.ids) - 1)

    async def action_doc(self, step: int) -> None:
        if not self.docs:
            return
        i = (self.docs.index(self.doc) + step) % len(self.docs) if self.doc in self.docs else 0
        await self._leave_doc()
        await self.load_doc(self.docs[i], resume=True)

    async def action_cycle_filter(self) -> None:
        self.only = FILTERS[(FILTERS.index(self.only) + 1) % len(FILTERS)]
        position = self.pair.index if self.pair else 0
        self.sticky, self._cache = set(), {}
        self.ids = self._query_ids()
        self.current = self._index_from(position)
        await self.refresh_rows()
        self.say(f"showing {self.only or 'all'} pairs ({len(self.ids)})")

    def _find(self, kind: str, stem: str, after: int | None) -> list[int]:
        """The first matching pair of `stem` after position `after` (a list of at most one)."""
        if kind == "search":
            return self.store.search(stem, self.last_search, after=after, limit=1)
        return self.store.ids(stem, kind, self.threshold, after=after, limit=1)

    async def action_jump(self, kind: str) -> None:
        """Next matching pair after the current one, continuing into the next documents."""
        names = {"unreviewed": "unreviewed pair", "needs-review": "pair that needs review",
                 "low-confidence": "low-confidence pair",
                 "non-1-1": "non-1-1 pair", "search": f"match for {self.last_search!r}"}
        if self.doc is None:
            return
        start = self.docs.index(self.doc)
        for k in range(len(self.docs) + 1):
            stem = self.docs[(start + k) % len(self.docs)]
            after = (self.pair.index if self.pair else -1) if k == 0 else None
            found = self._find(kind, stem, after)
            if k == len(self.docs):  # wrapped round to the current document's earlier pairs
                found = [i for i in found if self.pair is None or self.store.get(i).index <= self.pair.index]
            if not found:
                continue
            if stem != self.doc:
                await self._leave_doc()
                await self.load_doc(stem)
            if found[0] not in self.ids:
                self.sticky.add(found[0])
                self.ids = self._query_ids({found[0]})
            self.move_to(self.ids.index(found[0]), redraw=kind == "search")
            self.say(f"{names[kind]} in {stem}" if k else names[kind])
            return
        self.say(f"no {names[kind]} left")

    def _open_prompt(self, mode: str, placeholder: str, value: str = "") -> None:
        self.prompt_mode = mode
        box = self.query_one("#prompt", Input)
        box.placeholder, box.value = placeholder, value
        box.add_class("-open")
        box.disabled = False
        box.focus()

    def _close_prompt(self) -> None:
        box = self.query_one("#prompt", Input)
        box.remove_class("-open")
        box.disabled = True
        self.set_focus(None)

    def action_search(self) -> None:
        self._open_prompt("search", "search both sides (Enter: next match, Esc: close)", self.last_search)

    def action_goto(self) -> None:
        self._open_prompt("goto", "go to pair number (Enter: go, Esc: cancel)")

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if self.prompt_mode == "goto":
            self._close_prompt()
            await self.goto(value)
        elif value:  # the search bar stays open: Enter again finds the next match
            self.last_search = value
            await self.action_jump("search")

    async def goto(self, value: str) -> None:
        if not value.isdigit() or self.doc is None:
            self.say(f"✗ not a pair number: {value!r}")
            return
        doc_id, number = self.store.doc_id(self.doc), int(value)
        bead = self.store._at(doc_id, number - 1) if number > 0 else None
        if bead is None:
            self.say(f"✗ no pair {number} in {self.doc} ({self.store.progress(self.doc)[1]} pairs)")
            return
        if bead not in self.ids:
            self.sticky.add(bead)
            self.ids = self._query_ids({bead})
        self.move_to(self.ids.index(bead))

    def on_key(self, event) -> None:
        box = self.query_one("#prompt", Input)
        if event.key == "escape" and box.has_class("-open"):
            self._close_prompt()
            event.stop()

    async def action_search_next(self) -> None:
        if self.last_search:
            await self.action_jump("search")
        else:
            self.action_search()

    def action_help(self) -> None:
        self.query_one("#help").toggle_class("-open")

