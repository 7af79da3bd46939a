"""`run`'s progress on stderr: every phase with counts and time left; a line every few seconds
when stderr is not a terminal, bars redrawn in place on one; never silent for long."""

from __future__ import annotations

import io
import threading
import time

from click.testing import CliRunner

import translate_tool.cli.progress as progress_module
from translate_tool.cli import main
from translate_tool.cli.progress import RunProgress

from test_docstream import _constant_reviews
from test_pipeline_stream import UpperEngine


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_lines_name_each_phase_with_counts_and_time_left():
    clock, out = FakeClock(), io.StringIO()
    shown = RunProgress(out, tty=False, clock=clock)
    shown.on_phase("reading", 1, 2, "a.txt")
    clock.now = 1
    shown.on_phase("reading", 2, 2, "b.txt")
    clock.now = 11  # b.txt's first 2,000 sentences checked 10 s after it was reached
    shown.on_phase("detecting", 2000, 6000, "b.txt")
    shown.on_total(6000)
    shown.on_step("translating", 0)
    clock.now = 21
    shown.progress(1000)
    shown.on_step("scoring", 0)
    shown.draw()
    assert out.getvalue() == (
        "reading 2/2 documents (100%); detecting 2,000/6,000 sentences (33%, 40 s left): b.txt; "
        "translating 1,000/6,000 sentences (16%, 50 s left); scoring 0/6,000 sentences (0%)\n")
    clock.now = 31  # scoring and writing are timed from the first chunk's translation, as translating is
    shown.on_step("scoring", 1000)
    shown.on_step("writing", 0)
    shown.on_step("writing", 1000)
    assert shown.line("writing") == "writing 1,000/6,000 sentences (16%, 1 min 40 s left)"
    shown.on_step("writing", 5000)
    assert shown.line("writing") == "writing 6,000/6,000 sentences (100%)"


def test_a_terminal_gets_one_bar_per_phase_redrawn_in_place():
    clock, out = FakeClock(), io.StringIO()
    shown = RunProgress(out, tty=True, clock=clock)
    shown.on_phase("reading", 1, 1, "a.txt")  # drawn at once
    clock.now = 1
    shown.on_total(10)  # drawn: the first change in half a second
    shown.on_step("translating", 0)  # not drawn: a terminal is redrawn twice a second at most
    clock.now = 2
    shown.progress(5)
    text = out.getvalue()
    assert text.startswith("\r\x1b[Kreading      [########################] 1/1 documents (100%)\r")
    assert text.count("translating") == 2
    assert text.endswith("\x1b[Ktranslating  [############............] 5/10 sentences (50%, 1 s left)")
    shown.draw()
    assert out.getvalue()[len(text):].startswith("\x1b[1F\x1b[Kreading")  # back up over the two lines


def test_never_silent_when_stderr_is_not_a_terminal():
    times: list[float] = []

    class Stream(io.StringIO):
        def write(self, s):
            times.append(time.monotonic())
            return super().write(s)

    out = Stream()
    with RunProgress(out, tty=False, interval=0.1) as shown:
        shown.on_total(10)
        shown.on_step("translating", 0)
        time.sleep(1.0)  # one long engine call: no callback at all meanwhile
    lines = out.getvalue().splitlines()
    assert len(lines) >= 4, lines  # ~10 heartbeats, and a last line at the end
    assert all(line == "translating 0/10 sentences (0%)" for line in lines)


def test_run_without_a_terminal_writes_progress_lines(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "El gobierno anunció el martes nuevas medidas para el campo. La oposición las criticó.\n", "utf-8")
    release = threading.Event()
    engine = UpperEngine(on_call=lambda: release.wait(0.8))  # a slow engine: 0.8 s a call
    monkeypatch.setattr("translate_tool.executors.LocalExecutor.engine", lambda self, options, warn: engine)
    monkeypatch.setattr("translate_tool.pairscore.review_translation_pairs", _constant_reviews)
    monkeypatch.setattr(progress_module, "INTERVAL_S", 0.1)
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("reading ")]
    assert len(lines) >= 2, result.stderr
    # During the engine's 0.8 s call: lines saying translation has begun and where it stands.
    assert "reading 1/1 documents (100%); translating 0/2 sentences (0%)" in lines
    assert lines[-1] == ("reading 1/1 documents (100%); translating 2/2 sentences (100%); "
                         "scoring 2/2 sentences (100%); writing 2/2 sentences (100%)")
    quiet = CliRunner().invoke(main, ["-q", "run", str(tmp_path / "in"), "-o", str(tmp_path / "out2")])
    assert quiet.exit_code == 0 and "reading " not in quiet.stderr
