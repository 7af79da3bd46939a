"""End to end with a real (toy) Argos package: models install -> run on the seeds -> exact outputs."""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.formats import parse_jsonl, parse_tsv
from translate_tool.pipeline import discover_documents, segment_document
from translate_tool.documents import read_document

SPANISH_SEED = "003_47791e38b17413ba"
# The toy model translates word for word through a small dictionary (translate_tool.argos_builder).
TOY_FIRST_SENTENCE = (
    "The president Javier Milei receives this Tuesday in Casa Rosada to José Antonio Kast , "
    "the first leader elected of Chile , with whom shares since ago time the same vision of "
    "ultra right in the region ."
)
TOY_STDIN_OUTPUT = "The president of Chile.\n\nThe region.\n"


@pytest.fixture
def first_run(installed_toy, seeds_copy, tmp_path, monkeypatch):
    # If Apertium were started, this would explode: the Argos package must be used.
    import translate_tool.engines.apertium as ap

    monkeypatch.setattr(ap.ApertiumEngine, "__init__", lambda *a, **k: pytest.fail("Apertium started"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return seeds_copy, out, result


def test_only_the_spanish_seed_is_translated(first_run):
    seeds, out, result = first_run
    stems = sorted(p.name for p in out.iterdir())
    assert stems == sorted(
        [f"{SPANISH_SEED}.{ext}" for ext in ("en.txt", "pairs.jsonl", "tsv", "tmx")] + ["manifest.json", "review.sqlite3"]
    )  # the run imports what it translated into the review store, so `review` opens at once
    table = result.stdout.splitlines()
    assert table[0].split() == ["document", "language", "confidence", "action", "sentences", "engine"]
    row = next(line for line in table if line.startswith(SPANISH_SEED))
    assert row.split()[1:4] == ["es", "1.00", "translated"] and "argos" in row
    assert sum(line.split()[3:4] == ["skipped"] for line in table) == 4
    assert sum(": skipped, language is en, not es" in line for line in table) == 4  # and why


def test_one_pair_per_spanish_sentence_and_formats_agree(first_run):
    seeds, out, _ = first_run
    doc = read_document(seeds / f"{SPANISH_SEED}.txt")
    sentences = segment_document(doc, "es")
    records = parse_jsonl((out / f"{SPANISH_SEED}.pairs.jsonl").read_text("utf-8"))
    assert [r.src for r in records] == [(s.text,) for s in sentences]
    assert all(len(r.tgt) == 1 and r.src_ids == (i,) for i, r in enumerate(records))
    assert [r.paragraph for r in records] == [s.paragraph for s in sentences]
    assert all(0.0 <= r.score <= 1.0 for r in records)
    assert all("engine:argos" in r.signature and "align:mt-1to1" in r.signature for r in records)
    # TSV, TMX and the English text carry exactly the same pairs.
    tsv_pairs = parse_tsv((out / f"{SPANISH_SEED}.tsv").read_text("utf-8"))
    assert tsv_pairs == [(r.src[0], r.tgt[0]) for r in records]
    root = ET.parse(out / f"{SPANISH_SEED}.tmx").getroot()
    tmx_pairs = [tuple(seg.text for seg in tu.iter("seg")) for tu in root.iter("tu")]
    assert tmx_pairs == tsv_pairs
    english = (out / f"{SPANISH_SEED}.en.txt").read_text("utf-8")
    paragraphs = english.rstrip("\n").split("\n\n")
    assert len(paragraphs) == len(doc.paragraphs)
    assert paragraphs[0] == " ".join(r.tgt[0] for r in records if r.paragraph == 0)


def test_exact_toy_translation_of_the_first_sentence(first_run):
    _, out, _ = first_run
    first = json.loads((out / f"{SPANISH_SEED}.pairs.jsonl").read_text("utf-8").splitlines()[0])
    assert first["src"] == [
        "El presidente Javier Milei recibirá este martes en Casa Rosada a José Antonio Kast , "
        "el primer mandatario electo de Chile , con quien comparte desde hace tiempo la misma "
        "visión de ultra derecha en la región ."
    ]
    assert first["tgt"] == [TOY_FIRST_SENTENCE]


def test_manifest_records_everything(first_run):
    seeds, out, _ = first_run
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["engine"]["name"] == "argos"
    assert manifest["engine"]["version"] == "1.0"
    assert manifest["alignment"]["method"] == "mt-1to1"
    assert manifest["summary"] == {"translated": 1, "skipped": 4, "uncertain": 0, "failed": 0}
    docs = {d["path"]: d for d in manifest["documents"]}
    assert sorted(docs) == sorted(p.name for p in discover_documents(seeds))
    spanish = docs[f"{SPANISH_SEED}.txt"]
    assert spanish["language"] == "es" and spanish["action"] == "translated" and spanish["confidence"] > 0.9
    assert set(spanish["outputs"]) == {f"{SPANISH_SEED}.{e}" for e in ("en.txt", "pairs.jsonl", "tsv", "tmx")}
    import hashlib

    for name, digest in spanish["outputs"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest
    english_seed = docs["000_cb0f9fc3340e0d5e.txt"]
    assert english_seed["language"] == "en" and english_seed["action"] == "skipped"
    assert any("Carajo" in f["text"] for f in english_seed["foreign_passages"])


def test_rerun_is_byte_identical_and_served_from_cache(first_run, monkeypatch):
    seeds, out, _ = first_run
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    from translate_tool.engines.argos import ArgosEngine

    monkeypatch.setattr(ArgosEngine, "translate_sentences", lambda *a, **k: pytest.fail("cache missed"))
    result = CliRunner().invoke(main, ["run", str(seeds), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "from cache" in result.stdout
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_translate_stdin_to_stdout(installed_toy):
    result = CliRunner().invoke(main, ["translate", "-"], input="El presidente de Chile.\n\nLa región.\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == TOY_STDIN_OUTPUT


def test_cli_import_pulls_no_torch_stanza_or_spacy():
    code = (
        "import sys, translate_tool.cli, translate_tool.pipeline, translate_tool.engines;"
        "bad = [m for m in ('torch', 'stanza', 'spacy', 'argostranslate.translate') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_pipeline_tmx_reads_back_with_translate_toolkit(first_run):
    from translate.storage.tmx import tmxfile

    _, out, _ = first_run
    with open(out / f"{SPANISH_SEED}.tmx", "rb") as fh:
        store = tmxfile(fh, "es", "en")
    records = parse_jsonl((out / f"{SPANISH_SEED}.pairs.jsonl").read_text("utf-8"))
    assert [(u.source, u.target) for u in store.units] == [(r.src[0], r.tgt[0]) for r in records]


def test_uncertain_document_is_not_translated_unless_forced(installed_toy, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mixed.txt").write_text(
        "El presidente de Chile habló hoy con los periodistas en la región sobre la economía.\n\n"
        "The president of Chile spoke today with reporters in the region about the economy.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(main, ["run", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
    [doc] = manifest["documents"]
    assert doc["uncertain"] and doc["action"] == "uncertain" and "--force" in doc["reason"]
    assert not (tmp_path / "out" / "mixed.en.txt").exists()
    forced = runner.invoke(main, ["run", str(folder), "-o", str(tmp_path / "out"), "--force"])
    assert forced.exit_code == 0, forced.output
    assert (tmp_path / "out" / "mixed.en.txt").exists()


def test_a_document_forced_once_stays_translated_and_reviewed_without_force(installed_toy, tmp_path):
    """`run --force` translates an uncertain document, a reviewer approves an edit of it, the
    next runs have no --force: the force is remembered for that document (manifest "forced"),
    so it is translated again -- a changed source too -- with its review kept and a line saying
    why; not left as "uncertain" with a translation of text the document no longer has."""
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    spanish = "El presidente de Chile habló hoy con los periodistas en la región sobre la economía."
    english = "The president of Chile spoke today with reporters in the region about the economy."
    (folder / "mixed.txt").write_text(f"{spanish}\n\n{english}\n", encoding="utf-8")
    runner = CliRunner()

    def entry():
        manifest = json.loads((out / "manifest.json").read_text("utf-8"))
        return next(d for d in manifest["documents"] if d["path"] == "mixed.txt")

    assert runner.invoke(main, ["run", str(folder), "-o", str(out), "--force"]).exit_code == 0
    assert entry()["forced"] is True and entry()["reason"] == "forced"
    with ReviewStore.open(out) as store:
        first = store.pairs(doc="mixed")[0]
        store.edit(first.id, "tgt", "The Chilean president spoke to reporters today.")
        store.approve(first.id)
        write_reviewed_document(store, "mixed", out)
    result = runner.invoke(main, ["run", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "translated (forced)" in result.output and "use --force" not in result.output
    assert "mixed.txt: translated although its language is uncertain" in result.output
    assert "--force for it, and that is remembered" in result.output
    assert entry()["uncertain"] and entry()["action"] == "translated" and entry()["forced"] is True
    assert "outputs_of_an_earlier_run" not in entry()
    assert "The Chilean president spoke to reporters today." in (out / "mixed.en.txt").read_text("utf-8")
    assert parse_jsonl((out / "mixed.pairs.jsonl").read_text("utf-8"))[0].status == "approved"
    (folder / "mixed.txt").write_text(f"{spanish}\n\n{english} It rained.\n", encoding="utf-8")
    result = runner.invoke(main, ["run", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert entry()["uncertain"] and entry()["action"] == "translated" and "review kept on 1 pair(s)" in result.output
    records = parse_jsonl((out / "mixed.pairs.jsonl").read_text("utf-8"))
    assert records[0].status == "approved" and any("rained" in " ".join(r.src) for r in records)
