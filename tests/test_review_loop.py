"""A reviewer's work survives every rerun (issue 11): run -> review -> run again.

The review is driven through the store's public API (what the UI calls) and the files are
written as the UI writes them on leaving a document; `run` is the real CLI with the toy
Argos package."""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.formats import parse_jsonl
from translate_tool.review import ReviewStore
from translate_tool.review.outputs import write_reviewed_document
from translate_tool.review.schema import DB_NAME

SEED = "003_47791e38b17413ba"
EDIT = "President Javier Milei will host José Antonio Kast at the Casa Rosada on Tuesday."


@pytest.fixture
def reviewed(toy_argosmodel, seeds_copy, tmp_path):
    runner = CliRunner()
    assert runner.invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    out = tmp_path / "out"
    result = runner.invoke(main, ["run", str(seeds_copy), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with ReviewStore.open(out) as store:
        pairs = store.pairs(doc=SEED)
        store.edit(pairs[0].id, "tgt", EDIT)
        store.approve(pairs[0].id)
        store.reject(pairs[2].id)
        store.approve(pairs[5].id)
        write_reviewed_document(store, SEED, out)  # what `review` does when it leaves the document
    return seeds_copy, out


def files(out):
    return {name: (out / name).read_text(encoding="utf-8") for name in
            (f"{SEED}.en.txt", f"{SEED}.pairs.jsonl", f"{SEED}.tsv", f"{SEED}.tmx")}


def assert_reviewed_everywhere(out):
    f = files(out)
    assert EDIT in f[f"{SEED}.en.txt"]
    records = parse_jsonl(f[f"{SEED}.pairs.jsonl"])
    assert records[0].tgt == (EDIT,) and records[0].status == "approved" and records[0].edited
    assert records[0].mt and records[0].mt != (EDIT,)  # the machine text is kept beside the edit
    assert [r.status for r in records[:6]] == ["approved", "unreviewed", "rejected", "unreviewed", "unreviewed", "approved"]
    row = f[f"{SEED}.tsv"].splitlines()[1].split("\t")
    assert row[1] == EDIT and row[5] == "approved,edited"
    tu = ET.fromstring(f[f"{SEED}.tmx"]).find("body/tu")
    assert tu.findall("tuv/seg")[1].text == EDIT
    assert {p.get("type"): p.text for p in tu.findall("prop")}["x-status"] == "approved"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    entry = next(d for d in manifest["documents"] if d["path"] == f"{SEED}.txt")
    for name, text in f.items():
        assert entry["outputs"][name] == hashlib.sha256(text.encode("utf-8")).hexdigest(), name
    assert entry["review"] == {"pairs": len(records), "approved": 2, "rejected": 1,
                               "unreviewed": len(records) - 3, "edited": 1}


def test_review_reaches_every_file_and_the_manifest(reviewed):
    assert_reviewed_everywhere(reviewed[1])


def test_rerun_keeps_the_review_in_every_file(reviewed):
    seeds, out = reviewed
    before = files(out)
    result = CliRunner().invoke(main, ["run", str(seeds), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{SEED}.txt: review kept on 3 pair(s)" in result.output
    assert_reviewed_everywhere(out)
    assert files(out) == before  # byte-identical: the rerun wrote the reviewed state again
    with ReviewStore.open(out) as store:  # and the store did not re-import what it wrote
        assert store.pairs(doc=SEED)[0].tgt == (EDIT,)


def test_changed_source_keeps_decisions_on_unchanged_sentences(reviewed):
    seeds, out = reviewed
    path = seeds / f"{SEED}.txt"
    text = path.read_text(encoding="utf-8")
    with ReviewStore.open(out) as store:
        third = store.pairs(doc=SEED)[2].src[0]  # the rejected pair
    assert third in text
    path.write_text(text.replace(third, "Una frase completamente nueva sobre la región."), encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(seeds), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "review kept on 2 pair(s); 1 pair(s) back to unreviewed (their sentences changed" in result.output
    records = parse_jsonl((out / f"{SEED}.pairs.jsonl").read_text(encoding="utf-8"))
    assert records[0].tgt == (EDIT,) and records[0].status == "approved"
    assert records[2].src == ("Una frase completamente nueva sobre la región.",) and records[2].status == "unreviewed"
    assert records[5].status == "approved"
    # the decision on the changed sentence is not lost: `show --earlier` has it, with the reason
    earlier = CliRunner().invoke(main, ["show", str(out), "--earlier"])
    assert earlier.exit_code == 0 and "rejected" in earlier.output and third in earlier.output
    assert "its source changed in the document" in earlier.output
    as_json = CliRunner().invoke(main, ["show", str(out), "--earlier", "--json"])
    (entry,) = [json.loads(line) for line in as_json.output.splitlines()]
    assert entry["status"] == "rejected" and entry["src"] == [third] and entry["reason"]


def test_show_and_export_create_nothing(tmp_path, toy_argosmodel, seeds_copy):
    runner = CliRunner()
    assert runner.invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    out = tmp_path / "out"
    assert runner.invoke(main, ["run", str(seeds_copy), "-o", str(out)]).exit_code == 0
    before = sorted(p.name for p in out.iterdir())
    shown = runner.invoke(main, ["show", str(out), "--json"])
    assert shown.exit_code == 0, shown.output
    first = json.loads(shown.stdout.splitlines()[0])
    assert first["signature"].startswith("engine:argos|") and first["status"] == "unreviewed"
    exported = runner.invoke(main, ["export", str(out), "--format", "tsv"])
    assert exported.exit_code == 0 and "of which unreviewed: 18" in exported.stderr
    assert sorted(p.name for p in out.iterdir()) == before  # no review.sqlite3, no journal files
    scores = sorted(json.loads(line)["score"] for line in shown.stdout.splitlines())
    middle = scores[len(scores) // 2]
    assert scores[0] < middle < scores[-1]  # the filter has pairs on both sides
    low = runner.invoke(main, ["show", str(out), "--json", "--max-score", f"{middle}"])
    assert low.exit_code == 0, low.output
    assert sorted(json.loads(line)["score"] for line in low.stdout.splitlines()) == [s for s in scores if s <= middle]
    for bad in ("1.5", "2", "-0.1"):
        for command in (["show", str(out)], ["export", str(out), "--format", "tsv"]):
            result = runner.invoke(main, [*command, "--min-score", bad])
            assert result.exit_code == 2 and "--min-score" in result.stderr, (command, bad)
        result = runner.invoke(main, ["show", str(out), "--max-score", bad])
        assert result.exit_code == 2 and "--max-score" in result.stderr, bad


def test_show_reads_a_store_without_writing_to_it(reviewed):
    seeds, out = reviewed
    db = out / DB_NAME
    stat = db.stat()
    result = CliRunner().invoke(main, ["show", str(out), "--status", "approved", "--width", "400"])
    assert result.exit_code == 0 and EDIT in result.stdout and "MT: " in result.stdout
    assert db.stat().st_mtime_ns == stat.st_mtime_ns and not (out / f"{DB_NAME}-journal").exists()


def test_an_edit_reaches_a_translated_web_page_and_survives_a_rerun(toy_argosmodel, tmp_path):
    import shutil
    from pathlib import Path

    runner = CliRunner()
    assert runner.invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(Path(__file__).parent / "data" / "formats" / "noticia.html", src / "noticia.html")
    out = tmp_path / "out"
    assert runner.invoke(main, ["run", str(src), "-o", str(out), "--force"]).exit_code == 0
    page = (out / "noticia.en.html").read_text(encoding="utf-8")
    edit = "A REVIEWED SENTENCE, WRITTEN BY A TRANSLATOR."
    with ReviewStore.open(out) as store:
        pair = store.pairs(doc="noticia")[1]
        machine = pair.tgt[0]
        assert machine in page
        store.edit(pair.id, "tgt", edit)
        store.approve(pair.id)
        write_reviewed_document(store, "noticia", out)  # what `review` does on leaving the document
    reviewed = (out / "noticia.en.html").read_text(encoding="utf-8")
    assert edit in reviewed and machine not in reviewed
    assert reviewed.count("<") == page.count("<")  # the markup is all there
    assert runner.invoke(main, ["run", str(src), "-o", str(out), "--force"]).exit_code == 0
    assert (out / "noticia.en.html").read_text(encoding="utf-8") == reviewed  # the rerun writes the review again
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    entry = next(d for d in manifest["documents"] if d["path"] == "noticia.html")
    assert entry["outputs"]["noticia.en.html"] == hashlib.sha256(reviewed.encode("utf-8")).hexdigest()
    assert entry["review"]["approved"] == 1 and entry["review"]["edited"] == 1


def test_a_decision_cleared_in_a_session_killed_before_writing_reaches_the_files_on_the_next_quit(translated):
    """Found by tests/test_review_statemachine.py: a pair approved and written, then cleared in a
    session killed before it wrote the files (the document has no review work left), then a
    session that changes nothing and quits (or `decide` on another document): the files said
    `approved` until the next run, the store `unreviewed`."""
    from translate_tool.review.outputs import ReviewWriter, stale_documents

    _src, out = translated
    stem = "003_47791e38b17413ba"
    with ReviewStore.open(out) as store:
        store.approve(store.pairs(doc=stem)[0].id)
        writer = ReviewWriter(store, out)
        writer.changed.add(stem)
        writer.finish()
    with ReviewStore.open(out) as store:  # killed before it wrote anything
        store.set_status(store.pairs(doc=stem)[0].id, "unreviewed")
    with ReviewStore.open(out) as store:
        assert stale_documents(store, out) == [stem]
        ReviewWriter(store, out).finish()  # quitting the next session
        assert stale_documents(store, out) == []
    assert json.loads((out / f"{stem}.pairs.jsonl").read_text(encoding="utf-8").splitlines()[0])["status"] == "unreviewed"
