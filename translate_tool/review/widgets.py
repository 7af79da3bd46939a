"""The widgets of `translate-tool review`: one pair row, the pair list, the edit screen."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from .store import Pair

SIDE_NAMES = {"src": "Spanish", "tgt": "English"}
STATUS_MARKS = {"approved": ("✓ approved", "green"), "rejected": ("✗ rejected", "red"), "unreviewed": ("· unreviewed", "grey62")}


def _side_text(sentences: tuple[str, ...]) -> Text:
    if not sentences:
        return Text("∅ (empty)", style="dim italic")
    return Text("\n".join(sentences))


class PairRow(Horizontal):
    """One bead: a gutter (index, score, shape, status) and the two sides."""

    def __init__(self, pair: Pair, threshold: float):
        super().__init__(classes="row")
        self.threshold = threshold
        self._gutter, self._src, self._tgt = Static(classes="gutter"), Static(classes="side"), Static(classes="side")
        self.pair = pair

    def compose(self) -> ComposeResult:
        yield self._gutter
        yield self._src
        yield self._tgt

    def on_mount(self) -> None:
        self.show(self.pair)

    def show(self, pair: Pair) -> None:
        self.pair = pair
        conf = "low" if pair.is_low(self.threshold) else ("mid" if pair.score < 0.7 else "high")
        for c in ("low", "mid", "high"):
            self.set_class(c == conf, f"-{c}")
        self.set_class(not pair.is_one_to_one, "-non11")
        self.set_class(pair.status == "rejected", "-rejected")
        mark, colour = STATUS_MARKS[pair.status]
        gutter = Text(f"#{pair.index}\n", style="bold")
        gutter.append(f"{pair.score:.2f}", style={"low": "bold red", "mid": "yellow", "high": "green"}[conf])
        gutter.append(f" {pair.shape}\n", style="bold magenta" if not pair.is_one_to_one else "")
        gutter.append(mark, style=colour)
        if pair.edited:
            gutter.append("\n✎ edited", style="cyan")
        for flag in pair.flags:
            gutter.append(f"\n{flag}", style="red")
        self._gutter.update(gutter)
        self._src.update(_side_text(pair.src))
        self._tgt.update(_side_text(pair.tgt))


class Rows(VerticalScroll, can_focus=False):
    """The pair list. Not focusable: its scrolling keys would shadow the app's."""


class EditScreen(ModalScreen[str | None]):
    """Edit one side: one sentence per line. Ctrl+S saves, Escape cancels."""

    BINDINGS = [Binding("ctrl+s", "save", "save"), Binding("escape", "cancel", "cancel")]

    def __init__(self, pair: Pair, side: str):
        super().__init__()
        self.pair, self.side = pair, side

    def compose(self) -> ComposeResult:
        other = "tgt" if self.side == "src" else "src"
        with Vertical(id="editor"):
            yield Static(Text(f"Edit the {SIDE_NAMES[self.side]} text of pair #{self.pair.index} "
                              "— one sentence per line · Ctrl+S save · Esc cancel", style="bold"))
            yield Static(Text(f"{SIDE_NAMES[other]}: ", style="dim") + _side_text(self.pair.side(other)), id="other")
            area = TextArea("\n".join(self.pair.side(self.side)), id="area", soft_wrap=True)
            area.cursor_blink = self.app.cursor_blink
            yield area

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
