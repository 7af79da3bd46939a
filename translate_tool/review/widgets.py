"""The widgets of `translate-tool review`: one pair row, the pair list, the edit screen and
the paragraph view."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from .model import FLAG_NOTES
from .store import Pair

SIDE_NAMES = {"src": "Spanish", "tgt": "English"}
STATUS_MARKS = {"approved": ("✓ approved", "green"), "rejected": ("✗ rejected", "red"), "unreviewed": ("· unreviewed", "grey62")}
MATCH_STYLE = "bold black on yellow"


def _side_text(sentences: tuple[str, ...], highlight: str = "") -> Text:
    if not sentences:
        return Text("∅ (empty)", style="dim italic")
    text = Text("\n".join(sentences))
    if highlight:
        text.highlight_words([highlight], MATCH_STYLE, case_sensitive=False)
    return text


def confidence_class(pair: Pair, threshold: float) -> str:
    """red: needs review (a finding that matters, a high priority, or a weak aligned pair);
    yellow: a hint or a middling score; green: nothing found."""
    if pair.needs_review(threshold):
        return "low"
    if pair.priority is not None:
        return "mid" if pair.flags or pair.priority >= 0.5 else "high"
    return "mid" if pair.score < 0.7 else "high"


def findings_text(pair: Pair) -> Text:
    """One line per quality finding, with the words concerned (or the bare flags)."""
    text = Text()
    if pair.checks:
        for c in pair.checks:
            text.append(f"\n⚑ {c.check}: ", style="bold red")
            text.append(c.note or ", ".join(c.words), style="red")
    else:
        for flag in pair.flags:
            text.append(f"\n⚑ {flag}", style="bold red")
            if flag in FLAG_NOTES:
                text.append(f": {FLAG_NOTES[flag]}", style="red")
    return text


class PairRow(Horizontal):
    """One bead: a gutter (number, score, shape, status) and the two sides. An edited pair
    shows the machine text it replaced under the English side."""

    def __init__(self, threshold: float):
        super().__init__(classes="row")
        self.threshold = threshold
        self._gutter, self._src, self._tgt = Static(classes="gutter"), Static(classes="side"), Static(classes="side")
        self.pair: Pair | None = None

    def compose(self) -> ComposeResult:
        yield self._gutter
        yield self._src
        yield self._tgt

    def show(self, pair: Pair, highlight: str = "", earlier: set[int] = frozenset()) -> None:
        """`earlier`: indices of the pairs an earlier review (work a rerun reset) belongs to."""
        self.pair = pair
        conf = confidence_class(pair, self.threshold)
        for c in ("low", "mid", "high"):
            self.set_class(c == conf, f"-{c}")
        self.set_class(not pair.is_one_to_one, "-non11")
        self.set_class(pair.status == "rejected", "-rejected")
        mark, colour = STATUS_MARKS[pair.status]
        gutter = Text(f"#{pair.index + 1}\n", style="bold")
        style = {"low": "bold red", "mid": "yellow", "high": "green"}[conf]
        if pair.priority is not None:  # machine translation: the review priority is the signal
            gutter.append(f"P {pair.priority:.2f}", style=style)
        else:
            gutter.append(f"{pair.score:.2f}", style=style)
        gutter.append(f" {pair.shape}\n", style="bold magenta" if not pair.is_one_to_one else "")
        gutter.append(mark, style=colour)
        if pair.adequacy is not None:
            gutter.append(f"\nadeq {pair.adequacy:.2f}", style="dim")
        if pair.edited:
            gutter.append("\n✎ edited", style="cyan")
        if pair.index in earlier:  # `e` offers it
            gutter.append("\n↺ earlier", style="yellow")
        self._gutter.update(gutter)
        src = _side_text(pair.src, highlight)
        if pair.src_was is not None and pair.src_was != pair.src:  # the document's text under the edit
            src.append("\ndocument: ", style="dim bold")
            src.append(" ".join(pair.src_was) or "∅", style="dim strike")
        self._src.update(src + findings_text(pair))
        tgt = _side_text(pair.tgt, highlight)
        if pair.edited and pair.mt != pair.tgt:
            tgt.append(f"\n{pair.before_label}: ", style="dim bold")
            tgt.append(" ".join(pair.mt) or "∅", style="dim strike")
        self._tgt.update(tgt)


class Rows(VerticalScroll, can_focus=False):
    """The pair list. Not focusable: its scrolling keys would shadow the app's."""


class EditScreen(ModalScreen["tuple[str, bool] | None"]):
    """Edit one side: one sentence per line. Ctrl+S saves, F2 saves and approves, Esc cancels;
    F7 is the text area's own "select all" (Ctrl+A there moves to the line start).
    Dismisses with (text, approve) or None.

    `save(text) -> why not ("": saved)` writes the text to the store while the editor is open:
    a save that fails keeps the editor open with the text and says why (`#notice`); Esc then
    asks again before throwing the text away, as it does for `text` offered with a `notice`
    (text an earlier session could not save)."""

    BINDINGS = [Binding("ctrl+s", "save(False)", "save"), Binding("f2", "save(True)", "save + approve"),
                Binding("f3", "use_earlier", "use the earlier review"), Binding("escape", "cancel", "cancel")]

    def __init__(self, pair: Pair, side: str, earlier=None, save=None, text: str | None = None,
                 notice: Text | None = None):
        """`earlier`: review work a rerun could not keep on a pair much like this one
        (review/earlier.EarlierReview): shown, and F3 puts its target text in the editor."""
        super().__init__()
        self.pair, self.side = pair, side
        self.earlier = earlier if side == "tgt" else None
        self.save, self.notice = save, notice
        self.guarded = notice is not None  # Esc asks before throwing the text away
        self.why = ""  # why the last save failed
        self._asked = False
        self._area = TextArea(text if text is not None else "\n".join(pair.side(side)), id="area", soft_wrap=True)

    def compose(self) -> ComposeResult:
        other = "tgt" if self.side == "src" else "src"
        with Vertical(id="editor"):
            yield Static(Text(f"Edit the {SIDE_NAMES[self.side]} text of pair #{self.pair.index + 1} — one sentence "
                              "per line · F7 select all (type to replace) · Ctrl+S save · F2 save and approve · Esc cancel",
                              style="bold"))
            notice = Static(self.notice or "", id="notice")
            notice.display = self.notice is not None
            yield notice
            yield Static(Text(f"{SIDE_NAMES[other]}: ", style="dim") + _side_text(self.pair.side(other)), id="other")
            if self.side == "tgt" and self.pair.edited and self.pair.mt != self.pair.tgt:
                yield Static(Text("Machine translation: ", style="dim") + _side_text(self.pair.mt), id="mt")
            if self.side == "src" and self.pair.src_was is not None and self.pair.src_was != self.pair.src:
                yield Static(Text("The document says: ", style="dim") + _side_text(self.pair.src_was), id="mt")
            if self.earlier is not None:
                e = self.earlier
                yield Static(Text(f"Earlier review ({e.status}{', edited' if e.edited else ''}; {e.reason}) of «", style="dim")
                             + _side_text(e.src) + Text("»: ", style="dim") + _side_text(e.tgt)
                             + Text(" · F3 use it", style="dim bold"), id="earlier")
            self._area.cursor_blink = self.app.cursor_blink
            yield self._area

    def on_mount(self) -> None:
        area = self._area
        area.focus()
        area.move_cursor(area.document.end)

    def typed(self) -> str:
        """The text in the editor (also once the screen is gone: quitting reads it)."""
        return self._area.text

    def _say(self, text: Text) -> None:
        notice = self.query_one("#notice", Static)
        notice.update(text)
        notice.display = True

    def action_use_earlier(self) -> None:
        if self.earlier is not None:
            self._area.text = "\n".join(self.earlier.tgt)

    def action_save(self, approve: bool) -> None:
        text = self.typed()
        why = self.save(text) if self.save is not None else ""
        if why:
            self.why, self.guarded, self._asked = why, True, False
            kept = ("A copy is already in a rescue file the next review offers, should this one end first."
                    if getattr(self, "rescued_now", False) else
                    "Quitting now keeps it in a rescue file the next review offers.")
            self._say(Text(f"✗ NOT saved: {why}. Your text is still here: make room (or fix the folder), then "
                           f"Ctrl+S again. {kept}",
                           style="bold red"))
            return
        self.dismiss((text, approve))

    def action_cancel(self) -> None:
        if self.guarded and not self._asked:
            self._asked = True
            self._say(Text("This text is NOT saved: Esc again throws it away; Ctrl+S tries to save it.",
                           style="bold red"))
            return
        self.dismiss(None)


class ParagraphScreen(ModalScreen[None]):
    """The whole paragraph of the pair in focus, both sides, the pair's own sentences marked."""

    BINDINGS = [Binding("escape,p,q", "close", "close")]

    def __init__(self, pair: Pair, paragraph: list[Pair]):
        super().__init__()
        self.pair, self.paragraph = pair, paragraph

    def compose(self) -> ComposeResult:
        sides = []
        for side in ("src", "tgt"):
            text = Text()
            for p in self.paragraph:
                style = "bold reverse" if p.id == self.pair.id else ""
                text.append(" ".join(p.side(side)) or "∅", style=style)
                text.append(" ")
            sides.append(text)
        with Vertical(id="paragraph"):
            yield Static(Text(f"Paragraph {self.pair.paragraph + 1} of {self.pair.doc} — "
                              f"{len(self.paragraph)} pairs · Esc close", style="bold"))
            with Horizontal():
                yield Static(sides[0], classes="para-side")
                yield Static(sides[1], classes="para-side")

    def action_close(self) -> None:
        self.dismiss(None)
