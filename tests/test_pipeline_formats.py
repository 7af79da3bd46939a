"""`run` over a folder tree of HTML, Markdown, .docx, subtitles and text, with the toy Argos
package (exact, word-for-word output) and with Apertium: the same format out, clean pairs."""

from __future__ import annotations

import importlib.util
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.engines.apertium import apertium_available
from translate_tool.formats import parse_jsonl, parse_tsv

from test_docformats import DATA, make_docx, tags

SPANISH_SEED = "003_47791e38b17413ba.txt"
HAVE_DOCX = importlib.util.find_spec("docx") is not None  # python-docx: a dependency, absent from old venvs


@pytest.fixture
def tree(tmp_path, seeds_copy):
    root = tmp_path / "in"
    (root / "web").mkdir(parents=True)
    (root / "docs" / "deep").mkdir(parents=True)
    shutil.copy(DATA / "noticia.html", root / "web" / "noticia.html")
    shutil.copy(DATA / "english.html", root / "web" / "english.html")
    shutil.copy(DATA / "articulo.md", root / "docs" / "articulo.md")
    shutil.copy(DATA / "entrevista.srt", root / "entrevista.srt")
    if HAVE_DOCX:
        make_docx(root / "docs" / "deep" / "informe.docx")
    shutil.copy(seeds_copy / SPANISH_SEED, root / "nota.txt")
    (root / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0 not text")
    (root / "notas.pdf").write_bytes(b"%PDF-1.4")
    return root


def run(*args):
    result = CliRunner().invoke(main, ["run", *map(str, args)])
    return result


def records(path: Path):
    return parse_jsonl(path.read_text("utf-8"))


def test_a_tree_of_formats_with_the_toy_model(installed_toy, tree, tmp_path):
    out = tmp_path / "out"
    result = run(tree, "-o", out)
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    actions = {d["path"]: d["action"] for d in manifest["documents"]}
    assert actions == {
        "docs/articulo.md": "translated", "entrevista.srt": "translated",
        "nota.txt": "translated", "web/english.html": "skipped", "web/noticia.html": "translated",
    } | ({"docs/deep/informe.docx": "translated"} if HAVE_DOCX else {})
    assert manifest["skipped_files"] == [
        {"path": "foto.jpg", "reason": "unsupported file type (.jpg)"},
        {"path": "notas.pdf", "reason": "unsupported file type (.pdf)"},
    ]
    assert "foto.jpg: unsupported file type (.jpg)" in result.output
    for name in ("web/noticia.en.html", "docs/articulo.en.md", "entrevista.en.srt", "nota.en.txt"):
        assert (out / name).is_file(), name
    assert not (out / "web" / "english.en.html").exists()

    # HTML: the same tags, scripts and code; text translated; English tweet passed through.
    page = (out / "web" / "noticia.en.html").read_text("utf-8")
    source = (DATA / "noticia.html").read_text("utf-8")
    assert tags(page).tags == tags(source).tags and tags(page).data == tags(source).data
    assert "<h1>The government and the inflation</h1>" in page
    assert "<title>The government and the inflation | Diario of Sur</title>" in page
    assert "Great meeting today with the President of Argentina about trade and security." in page
    pairs = records(out / "web" / "noticia.pairs.jsonl")
    assert all("<" not in t and ">" not in t for r in pairs for t in r.src + r.tgt)
    assert not any("Portada" in r.src[0] or "derechos" in r.src[0] for r in pairs)  # nav, footer
    tweet = next(r for r in pairs if r.src[0].startswith("Great meeting"))
    assert tweet.tgt == tweet.src and "kept-target-language" in tweet.flags
    assert tweet.place == "/html[1]/body[1]/article[1]/blockquote[1]/p[1]"
    assert parse_tsv((out / "web" / "noticia.tsv").read_text("utf-8")) == [(r.src[0], r.tgt[0]) for r in pairs]
    assert '<prop type="x-place">/html[1]/head[1]/title[1]</prop>' in (out / "web" / "noticia.tmx").read_text("utf-8")

    # Markdown: syntax and code kept.
    md = (out / "docs" / "articulo.en.md").read_text("utf-8")
    assert "# The government and the inflation\n" in md and "```python\n# el código no se traduce\n" in md
    assert "[the leader elected](https://example.org/kast \"Perfil\")" in md
    assert "`python datos.py --año 2024`" in md

    # Subtitles: cue numbers and timings kept, the sentence over two cues translated once.
    srt = (out / "entrevista.en.srt").read_bytes().decode("utf-8")
    assert srt.count("-->") == 3 and "00:00:03,600 --> 00:00:06,000\r\n" in srt
    sub_pairs = records(out / "entrevista.pairs.jsonl")
    assert sub_pairs[0].place == "cues 1-2" and sub_pairs[0].src[0].endswith("alta en la ciudad.")

    # .docx: table and header translated, styles kept.
    if HAVE_DOCX:
        import docx

        d = docx.Document(io.BytesIO((out / "docs" / "deep" / "informe.en.docx").read_bytes()))
        assert d.paragraphs[0].text == "The government and the inflation"
        assert d.tables[0].cell(1, 1).text.startswith("The prices of May")
        assert [bool(r.bold) for r in d.paragraphs[1].runs] == [False, True, False]
        assert d.sections[0].header.paragraphs[0].text.startswith("Diario of Sur")
        assert not any("Diario del Sur" in r.src[0] for r in records(out / "docs" / "deep" / "informe.pairs.jsonl"))

    # A plain-text document gives what it always gave: no place field.
    assert '"place"' not in (out / "nota.pairs.jsonl").read_text("utf-8")

    # Reruns are byte-identical (the .docx too).
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert run(tree, "-o", out).exit_code == 0
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_clashing_names_are_reported_and_both_written(installed_toy, seeds_copy, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seeds_copy / SPANISH_SEED, src / "x.txt")
    shutil.copy(seeds_copy / SPANISH_SEED, src / "x.TXT")
    shutil.copy(DATA / "noticia.html", src / "x.html")
    result = run(src, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "x.html: its outputs would clash with those of x.TXT (x.*); written as x.2.*" in result.output
    assert "x.txt: its outputs would clash with those of x.TXT (x.*); written as x.3.*" in result.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert {"x.en.TXT", "x.2.en.html", "x.3.en.txt", "x.pairs.jsonl", "x.2.pairs.jsonl", "x.3.pairs.jsonl"} <= set(names)


def test_a_single_file_and_the_output_folder_inside_the_input(installed_toy, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(DATA / "entrevista.srt", src / "entrevista.srt")
    result = run(src / "entrevista.srt", "-o", src / "out")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (src / "out").iterdir()) == [
        "entrevista.en.srt", "entrevista.pairs.jsonl", "entrevista.tmx", "entrevista.tsv", "manifest.json",
        "review.sqlite3"]
    # Running over the folder now does not translate the outputs folder inside it.
    result = run(src, "-o", src / "out")
    assert result.exit_code == 0, result.output
    manifest = json.loads((src / "out" / "manifest.json").read_text("utf-8"))
    assert [d["path"] for d in manifest["documents"]] == ["entrevista.srt"]


def test_force_never_translates_english_sentences(installed_toy, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    english = ("Stock markets around the world rose on Tuesday after new figures showed that inflation is falling. "
               "Central banks are now expected to cut interest rates earlier next year, analysts said.")
    spanish = ("El presidente dijo que la inflación es muy alta en el país. "
               "La economía del país es muy importante para el gobierno y para la región.")
    (src / "mixto.txt").write_text(f"{spanish}\n\n{english}\n", "utf-8")
    result = run(src, "-o", tmp_path / "out")
    assert "uncertain" in result.output  # half English: not translated without --force
    result = run(src, "-o", tmp_path / "out", "--force")
    assert result.exit_code == 0, result.output
    recs = records(tmp_path / "out" / "mixto.pairs.jsonl")
    kept = [r for r in recs if "kept-target-language" in r.flags]
    assert [r.src[0] for r in kept] == [r.tgt[0] for r in kept] and len(kept) == 2
    # Passed through, not translated: not flagged "untranslated", not first in the review queue.
    assert all(r.flags == ("kept-target-language",) and r.priority == 0.0 for r in kept)
    assert recs[0].tgt[0].startswith("The president said that the inflation is very")
    assert english in (tmp_path / "out" / "mixto.en.txt").read_text("utf-8")


def test_utf16_and_crlf_documents_are_translated(installed_toy, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = "El presidente dijo que la inflación es muy alta en el país.\r\n\r\nLa economía del país es muy nueva.\r\n"
    (src / "utf16.txt").write_bytes(text.encode("utf-16"))
    (src / "cp1252.md").write_bytes(("# " + text).encode("cp1252"))
    result = run(src, "-o", tmp_path / "out", "--force")
    assert result.exit_code == 0, result.output
    assert "cp1252.md: not valid UTF-8" in result.output and "read as CP1252" in result.output
    out = (tmp_path / "out" / "utf16.en.txt").read_text("utf-8")
    assert out.startswith("The president said that the inflation is very")
    assert (tmp_path / "out" / "cp1252.en.md").read_text("utf-8").startswith("# The president said")


@pytest.mark.skipif(not apertium_available("es", "en"), reason="Apertium spa-eng not installed")
def test_html_and_subtitles_with_apertium(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(DATA / "noticia.html", src / "noticia.html")
    shutil.copy(DATA / "entrevista.srt", src / "entrevista.srt")
    result = run(src, "-o", tmp_path / "out", "--engine", "apertium")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "noticia.en.html").read_text("utf-8")
    assert tags(page).tags == tags((DATA / "noticia.html").read_text("utf-8")).tags
    assert "<h1>The government and the inflation</h1>" in page
    assert '<a href="https://example.org/perfil/milei" data-id="42">Javier Milei</a>' in page
    srt = (tmp_path / "out" / "entrevista.en.srt").read_bytes().decode("utf-8")
    assert srt.startswith("1\r\n00:00:01,000 --> 00:00:03,500\r\nThe president of the government")


def test_translate_command_keeps_the_format(installed_toy, tmp_path):
    out = tmp_path / "articulo.en.md"
    result = CliRunner().invoke(main, ["translate", str(DATA / "articulo.md"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    md = out.read_text("utf-8")
    assert md.startswith("---\ntitle: El gobierno y la inflación\n") and "# The government and the inflation\n" in md
    assert "```python\n# el código no se traduce\n" in md


def test_detect_reads_the_text_of_a_page_not_its_markup():
    result = CliRunner().invoke(main, ["detect", "--json", str(DATA / "noticia.html"), str(DATA / "english.html")])
    assert result.exit_code == 0, result.output
    langs = [e["language"] for e in json.loads(result.stdout)]
    assert langs == ["es", "en"]


def test_hidden_folders_are_listed_not_walked(tmp_path):
    from translate_tool.discovery import discover

    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "config").write_text("x")
    (tmp_path / ".git" / "notes.txt").write_text("Hola.")
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "nota.md").write_text("# Hola\n")
    (tmp_path / "z.txt").write_text("Hola.")
    found = discover(tmp_path)
    assert [d.relative for d in found.documents] == ["z.txt", "a/b/nota.md"]
    assert [d.base for d in found.documents] == ["z", "a/b/nota"]
    assert found.skipped == ((".git", "hidden folder (not walked)"),)


def test_pairs_merged_across_subtitle_cues_leave_no_empty_markup_cue(installed_toy, tmp_path):
    """The review merges the pair of cues 1-2 with the pair of cue 3 (in italics): each sentence
    keeps its cue; edited into one sentence, the text is spread over cues 1-2 and cue 3 carries
    nothing (its number and timing stay), not an empty `<i></i>`; a rerun keeps the merge and
    writes the same."""
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(DATA / "entrevista.srt", src / "entrevista.srt")
    out = tmp_path / "out"
    assert run(src, "-o", out).exit_code == 0
    before = (out / "entrevista.en.srt").read_bytes()
    with ReviewStore.open(out) as store:
        first, second = store.pairs(doc="entrevista")
        store.merge_next(first.id)
        write_reviewed_document(store, "entrevista", out)
        assert (out / "entrevista.en.srt").read_bytes() == before  # each sentence still in its cue
        store.edit(store.pairs(doc="entrevista")[0].id, "tgt", first.tgt[0] + " " + second.tgt[0].rstrip("."))
        write_reviewed_document(store, "entrevista", out)
    srt = (out / "entrevista.en.srt").read_bytes().decode("utf-8")
    assert "<i></i>" not in srt and "<i>" not in srt
    assert srt.endswith("3\r\n00:00:06,500 --> 00:00:08,000\r\n\r\n\r\n")
    cues = srt.split("\r\n\r\n")
    assert " ".join(cues[1].split("\r\n")[2:]).endswith(second.tgt[0].rstrip("."))  # the merged pair's text is in cue 2
    result = run(src, "-o", out)
    assert result.exit_code == 0 and "by hand" not in result.output, result.output
    assert (out / "entrevista.en.srt").read_bytes().decode("utf-8") == srt


MERGE_MD = """# Noticias del día

- El presidente habló ayer con los ministros.
- La reunión terminó **a las cinco** de la tarde.

El gobierno anunció nuevas medidas económicas. Los sindicatos rechazaron el plan.
"""
MERGE_HTML = ("<html><body><h1>Noticias</h1>\n<p>El presidente habló ayer con los ministros.</p>\n"
              "<p>La reunión terminó <b>a las cinco</b> de la tarde.</p>\n</body></html>\n")


def test_pairs_merged_across_paragraphs_keep_their_text_or_leave_no_empty_markup(installed_toy, tmp_path):
    """A reviewer merges the pairs of two list items (or paragraphs): each sentence's translation
    stays in its own item (it was all put in the first, the second written as `- ****` and
    `<p><b></b></p>`). Edited into one sentence, the text goes to the first item and the emptied
    item's line goes (Markdown) or keeps no bare inline markup (HTML). Reruns keep it, byte for byte."""
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    src = tmp_path / "in"
    src.mkdir()
    (src / "nota.md").write_text(MERGE_MD, encoding="utf-8")
    (src / "pagina.html").write_text(MERGE_HTML, encoding="utf-8")
    out = tmp_path / "out"
    assert run(src, "-o", out).exit_code == 0
    before = {n: (out / n).read_text("utf-8") for n in ("nota.en.md", "pagina.en.html")}
    with ReviewStore.open(out) as store:
        for doc in ("nota", "pagina"):
            store.merge_next(store.pairs(doc=doc)[1].id)
            write_reviewed_document(store, doc, out)
    assert {n: (out / n).read_text("utf-8") for n in before} == before  # merged, not edited: same text, same places
    with ReviewStore.open(out) as store:
        for doc in ("nota", "pagina"):
            store.edit(store.pairs(doc=doc)[1].id, "tgt", "The president met the ministers until five.")
            write_reviewed_document(store, doc, out)
    md, page = (out / "nota.en.md").read_text("utf-8"), (out / "pagina.en.html").read_text("utf-8")
    assert "- The president met the ministers until five.\n\n" in md and "**" not in md and "- \n" not in md
    assert "<p>The president met the ministers until five.</p>" in page and "<b></b>" not in page
    result = run(src, "-o", out)
    assert result.exit_code == 0 and "by hand" not in result.output, result.output
    assert (out / "nota.en.md").read_text("utf-8") == md and (out / "pagina.en.html").read_text("utf-8") == page


@pytest.mark.parametrize("source, output, says", [
    ("nota.txt", "nota.en.docx", "(plain text, as nota.txt), not .docx; name it .txt"),
    ("nota.txt", "nota.en.tmx", "(plain text, as nota.txt), not aligned pairs; name it .txt, or use `run`"),
    ("informe.docx", "informe.en.txt", "(a Word .docx, as informe.docx), not .txt; name it .docx"),
    ("noticia.html", "noticia.en.md", "(HTML, as noticia.html), not .md; name it .html"),
    ("entrevista.srt", "entrevista.en.vtt", "(.srt subtitles, as entrevista.srt), not .vtt; name it .srt"),
])
def test_translate_refuses_an_output_named_for_another_format(tmp_path, source, output, says):
    """QA5 F05: `translate` writes the document in the format it came in, whatever -o says: a .docx
    zip went into x.txt, plain text into x.docx (Word cannot open it) or x.tmx, silently, exit 0.
    Now a usage error before any work, naming the suffix to use; nothing is written."""
    src = DATA / source if (DATA / source).exists() else tmp_path / source
    if not src.exists():
        src.write_text("El presidente habló ayer con los ministros.\n", encoding="utf-8")
    out = tmp_path / "out" / output
    result = CliRunner().invoke(main, ["translate", str(src), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert says in " ".join(result.stderr.split())
    assert not out.exists()


def test_translate_writes_an_output_of_its_own_format_or_no_format(installed_toy, tmp_path):
    src = tmp_path / "nota.txt"
    src.write_text("El presidente habló ayer con los ministros.\n", encoding="utf-8")
    for name in ("nota.en.txt", "nota.en", "nota.english"):
        result = CliRunner().invoke(main, ["translate", str(src), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["translate", str(DATA / "noticia.html"), "-o", str(tmp_path / "n.en.htm")])
    assert result.exit_code == 0, result.output
