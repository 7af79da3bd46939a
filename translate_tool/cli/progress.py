"""What `run` shows on stderr while it works: each phase with its counts and the time left.

On a terminal: one line per phase (reading, detecting, translating, scoring, writing), each a
bar with counts, redrawn in place. Otherwise (a log, a pipe, CI): one line every few seconds
naming every phase started so far with its counts. Either way a background thread redraws at
least every INTERVAL_S seconds, so a long engine or scoring call (one call per chunk of ~2,000
sentences) never leaves the user without a sign of life.

Time left is each phase's own rate since it started applied to what it has left, shown once a
phase has done some work and until it is complete. The sentence totals are the pipeline's
estimate (`on_total`), exact once every document has been read.
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from dataclasses import dataclass
from typing import Callable, TextIO

INTERVAL_S = 5.0  # a line at least this often when stderr is not a terminal
TTY_INTERVAL_S = 0.5  # a terminal is redrawn this often at most (and at least every INTERVAL_S)
PHASES = ("reading", "detecting", "translating", "scoring", "writing")
UNITS = {"reading": "documents"}  # the others count sentences


@dataclass
class _Phase:
    done: int = 0
    total: int = 0
    started: float | None = None
    note: str = ""  # the document (and part) it is on


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


class RunProgress:
    """Collects the pipeline's callbacks (`on_phase`, `on_step`, `on_total`, `progress`) and draws them."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool = True, tty: bool | None = None,
                 clock: Callable[[], float] = time.monotonic, interval: float | None = None):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = self.stream.isatty() if tty is None else tty
        self.clock = clock
        self.interval = interval if interval is not None else INTERVAL_S
        self.phases: dict[str, _Phase] = {}
        self._lock = threading.RLock()
        self._document_started: float | None = None  # when the document being read was reached
        self._drawn_lines = 0  # terminal: lines of the last drawing (redrawn in place)
        self._last_draw = float("-inf")
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the pipeline's callbacks -------------------------------------------------------------
    def on_phase(self, name: str, k: int, n: int, document: str) -> None:
        with self._lock:
            if name == "translating":  # part k of n of a document larger than a chunk
                self._phase(name).note = f"{document}, part {k}/{n}"
            else:  # reading: document k of n; detecting: sentence k of n of a huge document
                if name == "reading":
                    self._document_started = self.clock()
                    self.phases.pop("detecting", None)  # the detecting line is the document's
                p = self._phase(name)
                p.done, p.total, p.note = k, n, document
        self._changed()

    def on_total(self, n: int) -> None:
        with self._lock:
            for name in ("translating", "scoring", "writing"):
                if name in self.phases or name == "translating":
                    self._phase(name).total = n
        self._changed()

    def progress(self, n: int) -> None:
        self.on_step("translating", n)

    def on_step(self, name: str, n: int) -> None:
        with self._lock:
            p = self._phase(name)
            p.done += n
            if name != "translating":
                p.total = max(p.total, self.phases["translating"].total if "translating" in self.phases else 0)
        self._changed()

    def _phase(self, name: str) -> _Phase:
        p = self.phases.get(name)
        if p is None:
            p = self.phases[name] = _Phase(started=self._start_of(name))
        return p

    def _start_of(self, name: str) -> float:
        # Each chunk goes through translating, scoring and writing in turn: their rates are
        # measured from when the first chunk began translating, or a phase that started with
        # the second step of the first chunk would look as fast as that step alone.
        if name in ("scoring", "writing") and "translating" in self.phases:
            return self.phases["translating"].started
        if name == "detecting" and self._document_started is not None:
            return self._document_started  # first reported after its first slice: count that too
        return self.clock()

    # -- drawing ------------------------------------------------------------------------------
    def line(self, name: str, width: int = 0) -> str:
        """One phase as text: counts, percentage, time left (and a bar when `width`)."""
        p = self.phases[name]
        unit = UNITS.get(name, "sentences")
        total = max(p.total, p.done)
        text = f"{name} {p.done:,}/{total:,} {unit}"
        if total:
            text += f" ({100 * p.done // total}%"
            if 0 < p.done < total and p.started is not None:
                left = (self.clock() - p.started) / p.done * (total - p.done)
                text += f", {_duration(left)} left"
            text += ")"
        if p.note and p.done < total:
            text += f": {p.note}"
        if width:
            bar_width = 24
            filled = bar_width * p.done // total if total else 0
            text = f"{name:<12} [{'#' * filled}{'.' * (bar_width - filled)}] " + text[len(name) + 1 :]
            text = text[:width]
        return text

    def summary(self) -> str:
        """The non-terminal line: every phase started so far."""
        return "; ".join(self.line(name) for name in PHASES if name in self.phases)

    def draw(self) -> None:
        """Write the current state (called on changes, and by the heartbeat thread)."""
        if not self.enabled:
            return
        with self._lock:
            if not self.phases:
                return
            self._last_draw = self.clock()
            if not self.tty:
                self.stream.write(self.summary() + "\n")
            else:
                width = shutil.get_terminal_size().columns - 1
                lines = [self.line(name, width) for name in PHASES if name in self.phases]
                up = f"\x1b[{self._drawn_lines - 1}F" if self._drawn_lines > 1 else "\r"
                self.stream.write(up + "\n".join("\x1b[K" + text for text in lines))
                self._drawn_lines = len(lines)
            self.stream.flush()

    def make_room(self) -> None:
        """Before another line is written to the stream: a terminal's bars continue below it."""
        with self._lock:
            if self.tty and self._drawn_lines:
                self.stream.write("\n")
                self.stream.flush()
                self._drawn_lines = 0

    def _changed(self) -> None:
        # A terminal follows changes (throttled); a log gets its line from the heartbeat only.
        if self.tty and self.clock() - self._last_draw >= TTY_INTERVAL_S:
            self.draw()

    def _beat(self) -> None:
        while not self._stop.wait(TTY_INTERVAL_S if self.tty else self.interval):
            if self.tty or self.clock() - self._last_draw >= self.interval - 0.05:
                self.draw()

    # -- lifetime -------------------------------------------------------------------------------
    def __enter__(self) -> "RunProgress":
        if self.enabled:
            self._thread = threading.Thread(target=self._beat, name="run-progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if self.enabled and self.phases:
            if self.tty:
                self.draw()  # the final counts stay on the screen
                self.stream.write("\n")
                self.stream.flush()
            elif self._last_draw > float("-inf"):
                self.draw()  # a log that showed progress also shows where it ended
