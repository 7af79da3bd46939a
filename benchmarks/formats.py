"""Which parser keeps a document intact? A no-op round trip through each candidate.

    python benchmarks/formats.py            # tables for docs/formats.md

For each format, every candidate parses the test documents (tests/data/formats; for HTML plus a
few hand-written quirks, `QUIRKS`) and writes them back; ours rewrites every unit's text with
itself (the identity translation), the others write what they parsed. We count how much of the original markup survives byte for
byte (tags as written, in order, the values of translated attributes aside; script/style bodies; subtitle timing lines) and time it on a
larger page (the news article repeated 200 times). A translator that rewrites what it did not
translate (quotes, entities, void tags, timing formats) is what the issue rules out.
Candidates that are not installed are reported as such (pip install lxml selectolax srt pysubs2).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO / "tests" / "data" / "formats"
_TAG = re.compile(r"<[^>]+>")
_TRANSLATED = re.compile(r"""\b(alt|title|content)=("[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_BODY = re.compile(r"<(script|style|pre|code)\b[^>]*>(.*?)</\1>", re.S | re.I)


def _ours(text: str, suffix: str) -> str:
    from translate_tool.docformats import parse_source
    from translate_tool.segment import segment_sentences

    source = parse_source(text.encode("utf-8"), "x" + suffix)
    units = {}
    for i, u in enumerate(source.units):
        sentences = segment_sentences(u.text, "es")
        units[i] = (sentences, sentences)  # the identity "translation": every unit rewritten
    return source.render(units, "es").decode("utf-8")


def _parse_write(suffix: str):
    """Ours, timed like the others: parse and write back (no sentence segmentation)."""
    from translate_tool.docformats import parse_source

    return lambda text: parse_source(text.encode("utf-8"), "x" + suffix).render({}, "es")


def _lxml(text: str) -> str:
    import lxml.html

    return lxml.html.tostring(lxml.html.document_fromstring(text), encoding="unicode", doctype="<!DOCTYPE html>")


def _selectolax(text: str) -> str:
    from selectolax.parser import HTMLParser

    return HTMLParser(text).html


def _srt(text: str) -> str:
    import srt

    return srt.compose(list(srt.parse(text)), reindex=False)


def _pysubs2(text: str) -> str:
    import pysubs2

    return pysubs2.SSAFile.from_string(text).to_string("srt")


def _tags(text: str) -> list[str]:
    """Tags as written, translated attribute values (alt, title, content) masked."""
    return [_TRANSLATED.sub(r"\1=…", t) for t in _TAG.findall(text)]


def _kept(original: list[str], output: list[str]) -> float:
    """Share of `original`'s items found in `output` in order (longest common subsequence)."""
    if not original:
        return 1.0
    prev = [0] * (len(output) + 1)
    for a in original:
        cur = [0]
        for j, b in enumerate(output):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1] / len(original)


# What pages written by hand or by old CMSs contain: upper-case tags, unquoted and valueless
# attributes, self-closed void tags, entities, an unclosed <p>, a conditional comment.
QUIRKS = """<DIV CLASS=nota data-x='1'><P>El presidente&nbsp;dijo<BR/>que la inflaci&oacute;n es alta.
<p>Un p&aacute;rrafo sin cierre <img src=a.png alt=foto ismap><input type=checkbox checked>
<!--[if IE]><p>viejo</p><![endif]--><a href=/x title='T&iacute;tulo'>enlace</a></DIV>"""


def _measure(name: str, fn, text: str, big: str, items, timed=None) -> str:
    try:
        out = fn(text)
    except ImportError:
        return f"| {name} | not installed | | |"
    kept = _kept(items(text), items(out))
    start = time.perf_counter()
    (timed or fn)(big)
    ms = (time.perf_counter() - start) * 1000
    bodies = [b for _, b in _BODY.findall(text)] == [b for _, b in _BODY.findall(out)]
    return f"| {name} | {kept:.1%} | {'yes' if bodies else 'no'} | {ms:.0f} ms |"


def main() -> None:
    page = (DATA / "noticia.html").read_text("utf-8")
    head, article = page.split("<article>", 1)
    article, tail = article.split("</article>", 1)
    big = head + ("<article>" + article + "</article>") * 200 + tail
    print("HTML (tests/data/formats/noticia.html; time: the article x200, %d KB)" % (len(big) // 1024))
    print("| parser | tags kept as written | script/style/pre/code bodies identical | parse+write |")
    print("|---|---|---|---|")
    page += QUIRKS
    for name, fn in (("html.parser + source offsets (ours)", lambda t: _ours(t, ".html")),
                     ("lxml.html", _lxml), ("selectolax", _selectolax)):
        print(_measure(name, fn, page, big, _tags, _parse_write(".html") if "ours" in name else None))
    srt_text = (DATA / "entrevista.srt").read_bytes().decode("utf-8")
    big_srt = "".join(srt_text for _ in range(500))
    print()
    print("SubRip (tests/data/formats/entrevista.srt, CRLF; time: x500)")
    print("| parser | number/timing lines kept as written | - | parse+write |")
    print("|---|---|---|---|")
    lines = lambda t: [ln for ln in t.split("\n") if "-->" in ln or ln.strip("\r").isdigit()]  # noqa: E731
    for name, fn in (("cue reader (ours)", lambda t: _ours(t, ".srt")), ("srt", _srt), ("pysubs2", _pysubs2)):
        print(_measure(name, fn, srt_text, big_srt, lines, _parse_write(".srt") if "ours" in name else None))


if __name__ == "__main__":
    main()
