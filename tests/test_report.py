"""The HTML report: self-contained, escaped, and readable in a real browser (headless Chromium)."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.data import PairRecord
from translate_tool.environment import find_chromium, missing_tool_message
from translate_tool.formats import format_jsonl
from translate_tool.review import ReviewStore

CHROMIUM = find_chromium()
NASTY = '<script>alert("x")</script> & {src} "quotes"'


@pytest.fixture
def report(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    recs = [
        PairRecord("noticia", 0, ("El gobierno anunció nuevas medidas.",), ("The government announced new measures.",),
                   (0,), (0,), 0, 0.93, (), "argos:es-en@1.9"),
        PairRecord("noticia", 1, ("Primera frase.", "Segunda frase."), ("First and second sentence.",),
                   (1, 2), (1,), 0, 0.61),
        PairRecord("noticia", 2, (NASTY,), ("Untranslated copy.",), (3,), (2,), 1, 0.12, ("untranslated",)),
    ]
    (out / "noticia.pairs.jsonl").write_text(format_jsonl(recs), encoding="utf-8")
    # The edited pair is scored again: a fixed scorer keeps the figure this test looks for.
    with ReviewStore.open(out, scorer=_FixedScorer(0.61)) as s:
        p = s.pairs()
        s.approve(p[0].id)
        s.reject(p[2].id)
        s.edit(p[1].id, "tgt", "The first sentence. The second one.")
    html = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(out), "-o", str(html)])
    assert result.exit_code == 0, result.output
    return html


class _FixedScorer:
    def __init__(self, score):
        self.score = score

    def score_beads(self, beads, *context, aligned=False):
        return [(self.score, ()) for _ in beads]


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls, self.text, self._skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")
        self.urls += [v for k, v in attrs if k in ("src", "href") and v]

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def test_report_is_self_contained_and_escaped(report):
    html = report.read_text(encoding="utf-8")
    parser = _Collect()
    parser.feed(html)
    assert all(u.startswith("#") for u in parser.urls), parser.urls  # in-page links only
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert html.count("<script>") == 1  # ours, inline; the document's text is escaped
    text = " ".join(" ".join(parser.text).split())
    assert NASTY in text


@pytest.mark.skipif(CHROMIUM is None, reason=missing_tool_message("chromium"))
def test_report_in_headless_chromium(report, tmp_path):
    shot = tmp_path / "shot.png"
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,1600",
         f"--screenshot={shot}", "--dump-dom", report.as_uri()],
        capture_output=True, text=True, timeout=90,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    parser = _Collect()
    parser.feed(proc.stdout)  # the DOM after the page's script ran
    text = " ".join(" ".join(parser.text).split())
    assert "Alignment review report" in text
    assert "1 documents · 3 pairs · 1 approved · 1 rejected · 1 unreviewed" in text
    for expected in ("El gobierno anunció nuevas medidas.", "The government announced new measures.",
                     "The first sentence.", "The second one.", "Primera frase.", NASTY,
                     "0.93", "0.61", "0.12", "approved", "rejected", "edited", "untranslated", "2-1"):
        assert expected in text, expected
    assert re.search(r"noticia 3 1 1 1 66%", text)  # the summary row
    assert "alert(" not in "".join(re.findall(r"<script>(.*?)</script>", proc.stdout, re.S))
