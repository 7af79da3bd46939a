"""The review UI's keys that change the review: decisions, edits, splits, merges, shifts,
undo/redo. Mixed into `tui.ReviewApp`, whose store, list of bead ids and rows they use.

Every change is one store operation that commits before the screen shows it. One the store
cannot write (a full disk, a read-only folder, an I/O error: its transaction is rolled back)
shows as NOT saved in the status bar and leaves the screen as it was: a decision is not shown
as made, the cursor does not move on. The editor stays open with the typed text after a failed
save (Ctrl+S tries again) and writes the text to a rescue file at once (rescue.py; a kill
before the retry loses nothing); quitting with text unsaved keeps it there too. The next review
of the folder offers it, or, when not even that can be written,
prints it after the UI closes (`unsaved_report`).
"""

from __future__ import annotations

import sqlite3

from rich.text import Text

from ..errors import TranslateToolError
from . import rescue
from .model import Pair
from .schema import CannotWrite
from .widgets import SIDE_NAMES, EditScreen

# a store write that failed: nothing of the change was kept (the transaction rolled back)
WRITE_FAILURES = (CannotWrite, OSError, sqlite3.Error)
VERBS = {"approved": "approve", "rejected": "reject", "unreviewed": "clear"}


def not_saved_why(exc: BaseException) -> str:
    """Why a store write failed, in a few words ("No space left on device")."""
    if isinstance(exc, CannotWrite):
        return exc.reason or exc.message
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


class Changes:
    # ------------------------------------------------------------ bringing the list up to date
    async def changed_beads(self, removed: list[int], new: list[int], focus: int | None = None) -> None:
        """Bring the list up to date after a store change: in place when the same beads were
        rewritten (a decision, an edit: no query of the whole document), else re-listed."""
        self.changed.add(self.doc)
        before = {i: self._cache.pop(i, None) for i in dict.fromkeys(removed + new)}
        self.sticky |= set(new)
        if set(removed) == set(new):  # rewritten in place: redraw just those rows
            self._count_change([before.get(i) for i in new], new)
            for k, row in enumerate(self.rows):
                if row.pair is not None and row.pair.id in removed:
                    row.show(self.pair_at(self.win_start + k), self.last_search, self.earlier_at)
            if focus is not None and focus in self.ids:
                self.move_to(self.ids.index(focus))
            else:
                self.update_status()
            return
        self._recount()
        self.ids = self._query_ids(set(new))
        if focus is not None and focus in self.ids:
            self.current = self.ids.index(focus)
        elif new and new[0] in self.ids:
            self.current = self.ids.index(new[0])
        await self.refresh_rows()

    async def _changed(self, pair: Pair, result, advance: bool = False) -> None:
        new = list(result) if isinstance(result, (list, tuple)) else [result]
        removed = [pair.id] if new == [pair.id] else self._neighbourhood(pair.id)
        await self.changed_beads(removed, new, focus=pair.id if pair.id in new else None)
        if advance:
            self.move_to(self.current + 1)

    def _failed(self, verb: str, exc: BaseException) -> None:
        if isinstance(exc, WRITE_FAILURES):
            self.say(f"✗ {verb} NOT saved: {not_saved_why(exc)} (nothing changed: make room, then try again)")
        else:  # the store refused it (already empty, the pair changed meanwhile, ...)
            self.say(f"✗ {exc}")
        self.bell()

    async def change(self, op, *args, advance: bool = False, verb: str = "change"):
        """Run a store operation on the current pair; a failure becomes a status-bar message and
        leaves everything as it was."""
        pair = self.pair
        if pair is None:
            return None
        try:
            result = op(pair.id, *args)
        except (TranslateToolError, *WRITE_FAILURES) as exc:
            self._failed(verb, exc)
            return None
        await self._changed(pair, result, advance)
        return result

    def _neighbourhood(self, bead_id: int) -> list[int]:
        """Ids that a structural change may have replaced (the listed beads around the current)."""
        k = self.ids.index(bead_id) if bead_id in self.ids else self.current
        return self.ids[max(0, k - 1): k + 2]

    # ------------------------------------------------------------ the keys
    async def action_status(self, status: str) -> None:
        if await self.change(self.store.set_status, status, advance=status != "unreviewed",
                             verb=VERBS[status]) is not None:
            self.say(status)

    async def action_merge(self) -> None:
        if await self.change(self.store.merge_next, verb="merge") is not None:
            self.say("merged with the next pair")

    async def action_split(self) -> None:
        if await self.change(self.store.split, verb="split") is not None:
            self.say("split")

    async def action_move(self, side: str, step: int) -> None:
        op = self.store.move_first if step < 0 else self.store.move_last
        if await self.change(op, side, verb="move") is not None:
            self.say(f"moved a {SIDE_NAMES[side]} sentence to the {'previous' if step < 0 else 'next'} pair")

    async def action_insert_empty(self, side: str) -> None:
        if await self.change(self.store.insert_empty, side, verb="insert") is not None:
            self.say(f"inserted an empty {SIDE_NAMES[side]} side")

    async def _travel(self, travel, verb: str) -> None:
        try:
            change = travel()
        except (TranslateToolError, *WRITE_FAILURES) as exc:
            self._failed(verb, exc)
            return
        if change is None:
            self.say(f"nothing to {verb}")
            return
        if change.doc != self.doc:
            self._write_files(self.doc)
            await self.load_doc(change.doc)
        # to the pair it changes (QA5 F07: a decision undone left the cursor on the next pair, where
        # the decision had moved it, and the key pressed again for that pair went to the next)
        await self.changed_beads(list(change.removed), list(change.focus),
                                 focus=change.focus[0] if change.focus else None)
        self.say(f"{verb}: {change.label}")

    async def action_undo(self) -> None:
        await self._travel(self.store.undo, "undo")

    async def action_redo(self) -> None:
        await self._travel(self.store.redo, "redo")

    # ------------------------------------------------------------ the editor
    def action_edit(self, side: str, rescued: rescue.Unsaved | None = None) -> None:
        """Edit one side of the current pair. The store write happens while the editor is open:
        a failed one keeps it open with the text (EditScreen.action_save). `rescued`: text an
        earlier session could not save (rescue.py), offered in the editor."""
        pair = self.pair
        if pair is None:
            return
        saved: list = []

        def save(text: str) -> str:
            """The store write; "" when saved (or nothing to save), else why not."""
            if text.splitlines() == list(pair.side(side)):
                return ""
            try:
                saved.append(self.store.edit(pair.id, side, text))
            except (TranslateToolError, *WRITE_FAILURES) as exc:
                why = not_saved_why(exc) if isinstance(exc, WRITE_FAILURES) else str(exc)
                self.say(f"✗ edit NOT saved: {why} (the text stays in the editor: Ctrl+S tries again)")
                self.bell()
                self._rescue_now(screen, text, why)
                return why
            return ""

        async def done(result: tuple[str, bool] | None) -> None:
            self.editing = None
            if screen.rescued is not None:  # saved, or dropped by the reviewer: out of the rescue file
                self._forget_rescued(screen.rescued)
            if result is None:
                self.say("the text that was NOT saved is thrown away" if screen.guarded else "edit cancelled")
            else:
                if saved:
                    await self._changed(pair, saved[0])
                    self.say(f"edited the {SIDE_NAMES[side]} text")
                if result[1]:
                    await self.action_status("approved")
            if rescued is not None:
                await self.offer_rescued()

        notice = None
        if rescued is not None:
            notice = Text(f"Text typed in an earlier session and NOT saved ({rescued.why}), kept in "
                          f"{rescue.rescue_file(self.out_dir)}: Ctrl+S saves it, Esc twice drops it.", style="bold yellow")
        screen = EditScreen(pair, side, self.store.earlier_for(pair) if side == "tgt" else None, save=save,
                            text=rescued.text if rescued is not None else None, notice=notice)
        screen.rescued, screen.rescued_now = rescued, False
        self.editing = screen
        self.push_screen(screen, done)

    # ------------------------------------------------------------ unsaved text
    def _rescue_now(self, screen, text: str, why: str) -> None:
        """A save failed: the text goes to the rescue file at once, not only on quitting, so a
        review killed or a terminal closed meanwhile loses nothing typed before that save."""
        pair, side = screen.pair, screen.side
        edit = rescue.Unsaved(pair.doc, pair.index, pair.id, side, pair.src, pair.tgt, text, why)
        try:
            rescue.keep(self.out_dir, edit, replacing=screen.rescued)
        except OSError:
            return  # the state folder cannot be written either: quitting prints the text
        self.rescue_seen.add(edit)  # not offered again in this session: it is in the editor
        screen.rescued, screen.rescued_now = edit, True

    def keep_unsaved(self) -> None:
        """On quitting with the editor open and its text not in the store: keep the text in the
        rescue file, or, if that cannot be written, in `unsaved_report` (printed after the UI)."""
        screen, self.editing = self.editing, None
        if screen is None:
            return
        text, pair, side = screen.typed(), screen.pair, screen.side
        rescued = getattr(screen, "rescued", None)
        if (text == rescued.text) if rescued is not None else text.splitlines() == list(pair.side(side)):
            if rescued is not None and screen.rescued_now:  # kept when its save failed
                self.unsaved_report.append(f"{rescued.where()}: edit NOT saved in the review ({rescued.why}); kept in "
                                           f"{rescue.rescue_file(self.out_dir)}: the next `translate-tool review "
                                           f"{self.out_dir}` offers it")
            return  # nothing typed, or a rescued text still in the rescue file as it was
        why = screen.why or "the review was closed before it was saved"
        edit = rescue.Unsaved(pair.doc, pair.index, pair.id, side, pair.src, pair.tgt, text, why)
        try:
            path = rescue.keep(self.out_dir, edit, replacing=rescued)
        except OSError as exc:
            self.unsaved_report.append(
                f"{edit.where()}: edit NOT saved in the review ({why}), and the rescue file "
                f"{rescue.rescue_file(self.out_dir)} could not be written either ({not_saved_why(exc)}); "
                f"the text, to copy:\n{text}")
            return
        self.unsaved_report.append(f"{edit.where()}: edit NOT saved in the review ({why}); kept in {path}: "
                                   f"the next `translate-tool review {self.out_dir}` offers it")

    async def offer_rescued(self) -> None:
        """The next text of the folder's rescue file whose pair is still there, in the editor on
        that pair; those whose pair is gone are said to stay in the file."""
        lost = 0
        for edit in rescue.load(self.out_dir):
            if edit in self.rescue_seen:
                continue
            self.rescue_seen.add(edit)
            bead = rescue.place(self.store, edit)
            if bead is None:
                lost += 1
                continue
            if edit.doc != self.doc:
                await self._leave_doc()
                await self.load_doc(edit.doc)
            if bead not in self.ids:
                self.sticky.add(bead)
                self.ids = self._query_ids({bead})
                await self.refresh_rows()
            self.move_to(self.ids.index(bead))
            self.action_edit(edit.side, rescued=edit)
            return
        if lost:
            self.say(f"✗ {lost} unsaved edit(s) of an earlier session could not be placed (their pair changed "
                     f"since): their text stays in {rescue.rescue_file(self.out_dir)}")

    def _forget_rescued(self, edit: rescue.Unsaved) -> None:
        try:
            rescue.drop(self.out_dir, edit)
        except OSError as exc:
            self.say(f"✗ cannot update {rescue.rescue_file(self.out_dir)} ({not_saved_why(exc)}): "
                     "the next review offers that text again")
