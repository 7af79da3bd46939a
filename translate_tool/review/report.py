"""`translate-tool report`: one self-contained HTML page of every document's pairs.

No external assets (styles and the small filter script are inline), so the file can be
mailed or opened offline. Every piece of text from the documents is HTML-escaped.
"""

from __future__ import annotations

import datetime as _dt
import re
from html import escape

from .. import __version__
from .store import LOW_CONFIDENCE, Pair, ReviewStore

_CSS = """
:root { --ok: #1a7f37; --bad: #cf222e; --mid: #9a6700; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto;
       max-width: 1400px; padding: 1.5rem; color: #1f2328; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; position: sticky; top: 0; }
table.pairs td.side { width: 42%; }
table.pairs td.side span { display: block; }
td.num { white-space: nowrap; color: var(--muted); font-variant-numeric: tabular-nums; }
.score { font-weight: 600; font-variant-numeric: tabular-nums; }
.score.high { color: var(--ok); } .score.mid { color: var(--mid); } .score.low { color: var(--bad); }
.badge { display: inline-block; border-radius: 1em; padding: 0 .5em; font-size: .8em; margin: .1em 0; }
.st-approved .status { background: #dafbe1; color: var(--ok); }
.st-rejected .status { background: #ffebe9; color: var(--bad); }
.st-unreviewed .status { background: #eaeef2; color: var(--muted); }
.shape.non11 { background: #fbefff; color: #8250df; font-weight: 600; }
.flag { background: #fff8c5; color: var(--mid); }
.edited { background: #ddf4ff; color: #0969da; }
tr.st-rejected td.side { color: var(--muted); text-decoration: line-through; }
tr.low td:first-child { box-shadow: inset 4px 0 var(--bad); }
.empty { color: var(--muted); font-style: italic; }
.progress { height: .5rem; background: #eaeef2; border-radius: .25rem; overflow: hidden; min-width: 8rem; }
.progress div { height: 100%; background: var(--ok); }
.controls { margin: 1rem 0; display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; }
.legend span { margin-right: .75rem; }
@media print { .controls { display: none; } th { position: static; } }
"""

_JS = """
(function () {
  var boxes = document.querySelectorAll('.controls input[data-status]');
  var low = document.getElementById('only-low');
  function apply() {
    var show = {};
    boxes.forEach(function (b) { show[b.dataset.status] = b.checked; });
    document.querySelectorAll('table.pairs tbody tr').forEach(function (tr) {
      var visible = show[tr.dataset.status] && (!low.checked || tr.classList.contains('low'));
      tr.style.display = visible ? '' : 'none';
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  low.addEventListener('change', apply);
})();
"""


def _anchor(stem: str) -> str:
    return "doc-" + re.sub(r"[^A-Za-z0-9_-]", "_", stem)


def _side(sentences: tuple[str, ...]) -> str:
    if not sentences:
        return '<span class="empty">(empty)</span>'
    return "".join(f"<span>{escape(s)}</span>" for s in sentences)


def _row(p: Pair, threshold: float, src_lang: str, tgt_lang: str) -> str:
    conf = "low" if p.is_low(threshold) else ("mid" if p.score < 0.7 else "high")
    badges = [f'<span class="badge status">{p.status}</span>']
    badges.append(f'<span class="badge shape{"" if p.is_one_to_one else " non11"}">{p.shape}</span>')
    if p.edited:
        badges.append('<span class="badge edited">edited</span>')
    badges += [f'<span class="badge flag">{escape(f)}</span>' for f in p.flags]
    classes = f"st-{p.status}" + (" low" if conf == "low" else "")
    return (
        f'<tr class="{classes}" data-status="{p.status}" id="{_anchor(p.doc)}-{p.index}">'
        f'<td class="num">{p.index}</td>'
        f'<td><span class="score {conf}">{p.score:.2f}</span><br>{" ".join(badges)}</td>'
        f'<td class="side" lang="{src_lang}">{_side(p.src)}</td><td class="side" lang="{tgt_lang}">{_side(p.tgt)}</td></tr>'
    )


def render_report(store: ReviewStore, threshold: float = LOW_CONFIDENCE) -> str:
    docs = store.documents()
    total = sum(d.pairs for d in docs)
    approved = sum(d.approved for d in docs)
    rejected = sum(d.rejected for d in docs)
    now = _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Alignment review report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Alignment review report</h1>",
        f'<p class="meta">{len(docs)} documents · {total} pairs · {approved} approved · {rejected} rejected · '
        f"{total - approved - rejected} unreviewed · generated {escape(now)} by translate-tool {__version__}</p>",
        '<table class="summary"><thead><tr><th>Document</th><th>Pairs</th><th>Approved</th><th>Rejected</th>'
        "<th>Unreviewed</th><th>Reviewed</th></tr></thead><tbody>",
    ]
    for d in docs:
        pct = 100 * d.reviewed // d.pairs if d.pairs else 0
        out.append(
            f'<tr><td><a href="#{_anchor(d.stem)}">{escape(d.stem)}</a></td><td>{d.pairs}</td>'
            f"<td>{d.approved}</td><td>{d.rejected}</td><td>{d.pairs - d.reviewed}</td>"
            f'<td><div class="progress" title="{pct}%"><div style="width:{pct}%"></div></div>{pct}%</td></tr>'
        )
    out.append("</tbody></table>")
    out.append(
        '<div class="controls"><strong>Show:</strong>'
        + "".join(
            f'<label><input type="checkbox" data-status="{s}" checked> {s}</label>'
            for s in ("approved", "unreviewed", "rejected")
        )
        + '<label><input type="checkbox" id="only-low"> only low-confidence</label>'
        f'<span class="legend"><span class="score high">≥ 0.70</span><span class="score mid">≥ {threshold:.2f}</span>'
        f'<span class="score low">&lt; {threshold:.2f} or flagged</span>'
        '<span class="badge shape non11">not 1-1</span></span></div>'
    )
    for d in docs:
        pairs = store.pairs(doc=d.stem)
        out.append(f'<section><h2 id="{_anchor(d.stem)}">{escape(d.stem)}</h2>')
        meta = f"{d.pairs} pairs · {d.reviewed} reviewed · {escape(d.src_lang)} → {escape(d.tgt_lang)}"
        if d.signature:
            meta += f" · {escape(d.signature)}"
        out.append(f'<p class="meta">{meta}</p>')
        out.append(
            '<table class="pairs"><thead><tr><th>#</th><th>Score / status</th>'
            f"<th>{escape(_lang_name(d.src_lang))}</th><th>{escape(_lang_name(d.tgt_lang))}</th></tr></thead><tbody>"
        )
        src, tgt = escape(d.src_lang, quote=True), escape(d.tgt_lang, quote=True)
        out += [_row(p, threshold, src, tgt) for p in pairs]
        out.append("</tbody></table></section>")
    out.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(out) + "\n"


_LANGS = {"es": "Spanish", "en": "English", "de": "German", "fr": "French", "it": "Italian", "pt": "Portuguese"}


def _lang_name(code: str) -> str:
    return _LANGS.get(code, code)
