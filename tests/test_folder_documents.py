"""Which documents an output folder holds across runs (translate_tool/folder_documents.py): a
document renamed or deleted in the input is not exported twice or forever, its review is kept
and comes back with it; a document an earlier run wrote keeps its place in the manifest, so an
edit made by hand in its files is taken into the review, not overwritten."""

from __future__ import annotations

import json
import shutil
import types
from pathlib import Path

from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.folder_documents import carry_over, retired_stems
from translate_tool.review import ReviewStore
from translate_tool.review.schema import SCHEMA_VERSION

SEED = "003_47791e38b17413ba"
SEEDS = Path(__file__).parents[1] / "seeds"


def entry(path, stem=None):
    stem = stem or Path(path).with_suffix("").as_posix()
    return {"path": path, "outputs": {f"{stem}.pairs.jsonl": "h1", f"{stem}.en.txt": "h2"}}


# ---------------------------------------------------------------- the manifest's bookkeeping
def test_a_folder_run_retires_documents_whose_source_is_gone_and_keeps_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    previous = {"signature": "run-1", "documents": [entry("a.txt"), entry("gone.txt"), {"path": "old.txt", "outputs": {}}]}
    earlier, retired, newly = carry_over(previous, [entry("b.txt")], tmp_path, single=False)
    assert [e["path"] for e in earlier] == ["a.txt"] and earlier[0]["run_signature"] == "run-1"
    assert [e["path"] for e in retired] == ["gone.txt"] and newly == ["gone.txt"]  # (no pair file: nothing to keep)
    assert retired_stems({"retired": retired}) == {"gone"}


def test_a_run_over_one_file_retires_nothing(tmp_path):
    previous = {"signature": "s", "documents": [entry("gone.txt")]}
    earlier, retired, newly = carry_over(previous, [entry("b.txt")], tmp_path, single=True)
    assert [e["path"] for e in earlier] == ["gone.txt"] and retired == [] and newly == []


def test_a_document_that_comes_back_leaves_the_retired_list(tmp_path):
    previous = {"signature": "s", "documents": [entry("b.txt")], "retired": [entry("a.txt"), entry("c.txt")]}
    earlier, retired, newly = carry_over(previous, [entry("a.txt"), entry("b.txt")], tmp_path, single=False)
    assert earlier == [] and [e["path"] for e in retired] == ["c.txt"] and newly == []


def test_pair_files_no_manifest_lists_are_retired_only_without_a_source(tmp_path):
    """A folder made by a version whose manifest listed only the last run's documents."""
    root, out = tmp_path / "in", tmp_path / "out"
    (root / "sub").mkdir(parents=True)
    out.mkdir()
    (root / "sub" / "here.html").write_text("x")
    for stem in ("sub/here", "gone", "now"):
        (out / f"{stem}.pairs.jsonl").parent.mkdir(parents=True, exist_ok=True)
        (out / f"{stem}.pairs.jsonl").write_text("")
    _, retired, newly = carry_over({"documents": []}, [entry("now.txt")], root, single=False, out_dir=out)
    assert newly == ["gone"] and retired_stems({"retired": retired}) == {"gone"}


# ---------------------------------------------------------------- end to end
def _run(src, out, *more):
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(out), *more])
    assert result.exit_code == 0, result.output
    return result.output


def _approve_and_edit(out, stem):
    with ReviewStore.open(out) as store:
        first, second = store.ids(stem)[:2]
        store.approve(first)
        store.edit(second, "tgt", "A reviewed sentence.")
        store.approve(second)
    from translate_tool.review.outputs import write_reviewed_document

    with ReviewStore.open(out) as store:
        write_reviewed_document(store, stem, out)


def _export(out) -> tuple[str, str]:
    result = CliRunner().invoke(main, ["export", str(out), "--format", "tsv", "--status", "approved"])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def test_a_renamed_article_is_exported_once_and_its_review_returns_with_the_old_name(installed_toy, tmp_path,
                                                                                      monkeypatch):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(SEEDS / f"{SEED}.txt", src)
    _run(src, out)
    _approve_and_edit(out, SEED)
    (src / f"{SEED}.txt").rename(src / "milei.txt")
    output = _run(src, out)
    assert "milei.txt: review carried over" in output
    assert "1 document(s) no longer in the input" in output and f"  {SEED}\n" not in output and SEED in output
    rows, summary = _export(out)
    assert rows.count("A reviewed sentence.") == 1 and len(rows.splitlines()) == 3  # header + 2 approved
    assert f"left out: 1 document(s) no longer in the input, their review kept ({SEED}.txt" not in summary
    assert "left out: 1 document(s) no longer in the input" in summary and SEED in summary
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [d["path"] for d in manifest["retired"]] == [f"{SEED}.txt"]
    assert (out / f"{SEED}.pairs.jsonl").exists()  # files and review stay
    show = CliRunner().invoke(main, ["show", str(out)]).output
    assert f"== {SEED} ==" not in show and "== milei ==" in show
    import translate_tool.cli.review_cmd as review_cmd

    tty = types.SimpleNamespace(isatty=lambda: True)
    with monkeypatch.context() as patched:  # (export, in the same module, writes to sys.stdout)
        patched.setattr(review_cmd, "sys", types.SimpleNamespace(stdin=tty, stdout=tty))
        refused = CliRunner().invoke(main, ["review", str(out), "--doc", SEED])
    assert refused.exit_code == 1 and "is no longer in the input (retired" in refused.output
    # the old name again: its own review comes back (and the new name is retired in turn)
    (src / "milei.txt").rename(src / f"{SEED}.txt")
    output = _run(src, out)
    assert "milei.txt" in output.split("no longer in the input")[1]
    rows, _ = _export(out)
    assert rows.count("A reviewed sentence.") == 1
    with ReviewStore.open(out, readonly=True) as store:
        assert [d.stem for d in store.documents()] == [SEED] and store.retired() == ["milei"]
        assert store.document(SEED).approved == 2


def _two_articles_one_reviewed(tmp_path) -> tuple[Path, Path]:
    """The seed and a copy of it as other.txt, run; the seed's first two pairs approved, one edited."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(SEEDS / f"{SEED}.txt", src)
    shutil.copy(SEEDS / f"{SEED}.txt", src / "other.txt")
    _run(src, out)
    _approve_and_edit(out, SEED)
    return src, out


def test_a_deleted_article_whose_review_store_is_lost_stays_retired(installed_toy, tmp_path):
    src, out = _two_articles_one_reviewed(tmp_path)
    (src / f"{SEED}.txt").unlink()
    _run(src, out)
    (out / "review.sqlite3").unlink()  # rebuilt from the pair files: the retired one's review too
    rows, summary = _export(out)
    assert "A reviewed sentence." not in rows and "left out: 1 document(s)" in summary
    with ReviewStore.open(out, readonly=True) as store:
        assert store.retired() == [SEED] and store.document(SEED).approved == 2
        assert store.progress() == (0, store.document("other").pairs)


def test_hand_edits_in_a_document_an_earlier_run_wrote_are_taken_not_overwritten(installed_toy, tmp_path):
    """`run a.txt -o out`, then `run b.txt -o out`: a's files are still the folder's; an edit made
    by hand in them is read back (the manifest keeps their hashes), not written over by the review."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(SEEDS / f"{SEED}.txt", src / "a.txt")
    shutil.copy(SEEDS / f"{SEED}.txt", src / "b.txt")
    _run(src / "a.txt", out)
    _run(src / "b.txt", out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [d["path"] for d in manifest["documents"]] == ["b.txt", "a.txt"] and "retired" not in manifest
    assert manifest["documents"][1]["run_signature"]
    translated = out / "a.en.txt"
    text = translated.read_text(encoding="utf-8")
    first = next(r for r in (out / "a.tsv").read_text(encoding="utf-8").splitlines()[1:]).split("\t")[1]
    word = first.split()[1]
    translated.write_text(text.replace(word, "HANDMADE", 1), encoding="utf-8")
    output = _run(src / "b.txt", out)
    assert "a: edits made by hand taken into the review: pair #1" in output
    assert "HANDMADE" in translated.read_text(encoding="utf-8")
    assert "HANDMADE" in (out / "a.tsv").read_text(encoding="utf-8")


def test_align_corpus_retires_a_pair_gone_from_the_input_and_a_renamed_pair_keeps_its_review(tmp_path):
    from conftest import ntrex_documents

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name, es, en in [(f"d{k}", es, en) for k, (_id, es, en) in enumerate(ntrex_documents(3))]:
        (src / f"{name}.es.txt").write_text("\n".join(es) + "\n", encoding="utf-8")
        (src / f"{name}.en.txt").write_text("\n".join(en) + "\n", encoding="utf-8")

    def align_corpus():
        result = CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(out)])
        assert result.exit_code == 0, result.output
        return result.output

    align_corpus()
    with ReviewStore.open(out) as store:
        store.approve(store.ids("d2")[0])
    for lang in ("es", "en"):
        (src / f"d2.{lang}.txt").rename(src / f"e2.{lang}.txt")
    (src / "d1.es.txt").unlink()
    (src / "d1.en.txt").unlink()
    output = align_corpus()
    assert "e2: review carried over from d2" in output
    assert "2 document pair(s) of earlier runs not in this input" in output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(d["path"] for d in manifest["retired"]) == ["d1.es.txt", "d2.es.txt"]
    with ReviewStore.open(out, readonly=True) as store:
        assert [d.stem for d in store.documents()] == ["d0", "e2"]
        assert store.document("e2").approved == 1 and store.retired() == ["d1", "d2"]
    _, summary = _export(out)
    assert "left out: 2 document(s) no longer in the input" in summary


def test_a_document_keeps_its_output_name_when_a_file_it_clashed_with_leaves(installed_toy, tmp_path):
    """x.md and x.txt are written as x.* and x.2.*; with x.md gone, x.txt stays x.2 (its review
    with it) and x.md's outputs are retired; x.md back takes x again, review and all."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "x.md").write_text("El ministro habló ayer con la prensa.\n\nLa economía creció este año.\n", encoding="utf-8")
    (src / "x.txt").write_text("El Congreso aprobó la ley.\n\nLa oposición votó en contra.\n", encoding="utf-8")
    assert "written as x.2.*" in _run(src, out)
    with ReviewStore.open(out) as store:
        for stem in ("x", "x.2"):
            for i in store.ids(stem):
                store.approve(i)
    approved = len(_export(out)[0].splitlines()) - 1
    (src / "x.md").rename(tmp_path / "x.md")
    output = _run(src, out)
    assert "back to unreviewed" not in output and "x.md\n" in output.split("no longer in the input")[1]
    rows, _ = _export(out)
    assert "La oposición" in rows and "La economía" not in rows and len(rows.splitlines()) - 1 == approved // 2
    (tmp_path / "x.md").rename(src / "x.md")
    output = _run(src, out)
    assert "back to unreviewed" not in output
    assert len(_export(out)[0].splitlines()) - 1 == approved
    with ReviewStore.open(out, readonly=True) as store:
        assert [d.stem for d in store.documents()] == ["x", "x.2"] and not store.retired()


# ---------------------------------------------------------------- one file, alone or in its folder
OTHER = "El Congreso aprobó la ley ayer.\n\nLa oposición votó en contra de la reforma.\n"


def _documents(out) -> list[tuple[str, str]]:
    """(path, stem) of the manifest's documents."""
    from translate_tool.folder_documents import entry_stem

    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return [(d["path"], entry_stem(d)) for d in manifest["documents"]]


def test_a_file_run_alone_updates_the_document_its_folder_run_made(installed_toy, tmp_path):
    """`run in -o out` then `run in/2026/d.txt -o out`: the same file is the same document (same
    outputs, same review), not a second one `d` exported beside `2026/d` until the next folder run."""
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "2026").mkdir(parents=True)
    shutil.copy(SEEDS / f"{SEED}.txt", src / "2026" / "d.txt")
    (src / "other.txt").write_text(OTHER, encoding="utf-8")
    _run(src, out)
    _approve_and_edit(out, "2026/d")
    output = _run(src / "2026" / "d.txt", out)
    assert "review carried over" not in output and "2026/d.txt: review kept on 2 pair(s)" in output
    assert _documents(out) == [("2026/d.txt", "2026/d"), ("other.txt", "other")]
    assert not (out / "d.pairs.jsonl").exists()
    rows, summary = _export(out)
    assert rows.count("A reviewed sentence.") == 1 and "left out" not in summary
    with ReviewStore.open(out, readonly=True) as store:
        assert [d.stem for d in store.documents()] == ["2026/d", "other"] and not store.retired()
        assert store.document("2026/d").approved == 2
    _run(src, out)  # and the folder again: nothing to retire, nothing twice
    assert sorted(_documents(out)) == [("2026/d.txt", "2026/d"), ("other.txt", "other")]
    assert "retired" not in json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def test_a_file_run_alone_first_keeps_its_document_in_the_folder_run(installed_toy, tmp_path):
    """The other order: `run in/2026/d.txt -o out` made `d`; `run in -o out` updates `d` (its
    review kept as it is, nothing retired, nothing twice), and a file in/d.txt is another
    document (`d.2`), not merged into the review of 2026/d.txt."""
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "2026").mkdir(parents=True)
    shutil.copy(SEEDS / f"{SEED}.txt", src / "2026" / "d.txt")
    (src / "d.txt").write_text(OTHER, encoding="utf-8")
    _run(src / "2026" / "d.txt", out)
    _approve_and_edit(out, "d")
    output = _run(src, out)
    assert "2026/d.txt: review kept on 2 pair(s)" in output and "back to unreviewed" not in output
    assert "d.txt: its outputs would clash with those of 2026/d.txt (d.*); written as d.2.*" in output
    assert "no longer in the input" not in output
    assert _documents(out) == [("d.txt", "d.2"), ("2026/d.txt", "d")]
    rows, summary = _export(out)
    assert rows.count("A reviewed sentence.") == 1 and "left out" not in summary
    with ReviewStore.open(out, readonly=True) as store:
        assert [d.stem for d in store.documents()] == ["d", "d.2"] and store.document("d").approved == 2
    assert _run(src / "2026" / "d.txt", out).count("review kept on 2 pair(s)") == 1
    assert sorted(_documents(out)) == [("2026/d.txt", "d"), ("d.txt", "d.2")]


# ---------------------------------------------------------------- the retired list kept in the review store
def _store_retired(out) -> set[str]:
    import sqlite3

    with sqlite3.connect(out / "review.sqlite3") as conn:
        rows = conn.execute("SELECT stem FROM folder_documents WHERE retired = 1").fetchall()
    conn.close()
    return {r[0] for r in rows}


def test_retired_documents_stay_out_of_export_without_the_manifest(installed_toy, tmp_path):
    """The review store keeps which documents are retired (schema v6): a deleted or damaged
    manifest.json does not bring them back into export, show or review, nor does a run over one
    file made meanwhile; a document that comes back is un-retired in both."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(SEEDS / f"{SEED}.txt", src)
    (src / "other.txt").write_text(OTHER, encoding="utf-8")
    _run(src, out)
    _approve_and_edit(out, SEED)
    (src / f"{SEED}.txt").rename(tmp_path / f"{SEED}.txt")
    _run(src, out)
    assert retired_stems(json.loads((out / "manifest.json").read_text(encoding="utf-8"))) == {SEED} == _store_retired(out)
    for damage in ("delete", "{not json"):
        if damage == "delete":
            (out / "manifest.json").unlink()
        else:
            (out / "manifest.json").write_text(damage, encoding="utf-8")
        rows, summary = _export(out)
        assert "A reviewed sentence." not in rows and "left out: 1 document(s) no longer in the input" in summary
        show = CliRunner().invoke(main, ["show", str(out)]).output
        assert f"== {SEED} ==" not in show and "== other ==" in show
        with ReviewStore.open(out, readonly=True) as store:
            assert store.retired() == [SEED] and [d.stem for d in store.documents()] == ["other"]
    output = _run(src / "other.txt", out)  # a run over one file, the manifest damaged: still retired
    assert "review carried over" not in output
    assert retired_stems(json.loads((out / "manifest.json").read_text(encoding="utf-8"))) == {SEED} == _store_retired(out)
    assert "A reviewed sentence." not in _export(out)[0]
    (out / "manifest.json").unlink()
    (tmp_path / f"{SEED}.txt").rename(src / f"{SEED}.txt")  # it comes back: un-retired in both
    _run(src, out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert "retired" not in manifest and _store_retired(out) == set()
    assert _export(out)[0].count("A reviewed sentence.") == 1


def test_a_store_made_before_v6_is_upgraded_and_reads_the_manifest_until_the_next_run(installed_toy, tmp_path):
    import sqlite3

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(SEEDS / f"{SEED}.txt", src)
    (src / "other.txt").write_text(OTHER, encoding="utf-8")
    _run(src, out)
    (src / f"{SEED}.txt").unlink()
    _run(src, out)
    with sqlite3.connect(out / "review.sqlite3") as conn:  # as translate-tool with schema v5 left it
        conn.execute("DROP TABLE folder_documents")
        conn.execute("DROP TABLE folder_files")  # (and what later versions added)
        for table, column in (("beads", "signature"), ("documents", "glossary"), ("earlier_reviews", "signature")):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 5")
    conn.close()
    with ReviewStore.open(out, readonly=True) as store:  # (upgraded in memory: the file is not written)
        assert store.retired() == [SEED]
    with ReviewStore.open(out) as store:  # upgraded in place, no record yet: the manifest's list
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION and store.retired() == [SEED]
    assert _store_retired(out) == set()
    _run(src, out)
    assert _store_retired(out) == {SEED}
    (out / "manifest.json").unlink()
    assert "left out: 1 document(s)" in _export(out)[1]


def test_an_article_emptied_or_replaced_by_its_english_version_is_retired_and_comes_back(installed_toy, tmp_path):
    """The article stays in the input but no longer holds the Spanish its pairs come from (emptied,
    or replaced by its English version): its pairs are not exported as if they were; its files and
    review stay and come back with the Spanish."""
    src, out = _two_articles_one_reviewed(tmp_path)
    spanish = (src / f"{SEED}.txt").read_text(encoding="utf-8")
    english = (SEEDS / "000_cb0f9fc3340e0d5e.txt").read_text(encoding="utf-8")  # an English seed
    for text, why in (("", "now empty"), (english, "no longer in the source language")):
        (src / f"{SEED}.txt").write_text(text, encoding="utf-8")
        output = _run(src, out)
        assert f"{SEED}.txt ({why})" in output
        rows, summary = _export(out)
        assert "A reviewed sentence." not in rows and "left out: 1 document(s)" in summary
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert [d["path"] for d in manifest["retired"]] == [f"{SEED}.txt"]
        assert all(not d.get("outputs") for d in manifest["documents"] if d["path"] == f"{SEED}.txt")
        (src / f"{SEED}.txt").write_text(spanish, encoding="utf-8")
        _run(src, out)
        rows, _ = _export(out)
        assert rows.count("A reviewed sentence.") == 1


def test_a_run_over_a_subfolder_retires_nothing_outside_it(installed_toy, tmp_path):
    """`run in -o out`, then `run in/2025 -o out`: the documents of in/2024 are still in the input
    (their source files are there), so they stay in export; those of in/2025 keep their names."""
    src, out = tmp_path / "in", tmp_path / "out"
    for year in ("2024", "2025"):
        (src / year).mkdir(parents=True)
        shutil.copy(SEEDS / f"{SEED}.txt", src / year / "nota.txt")
    _run(src, out)
    _approve_and_edit(out, "2024/nota")
    output = _run(src / "2025", out)
    assert "no longer in the input" not in output
    rows, summary = _export(out)
    assert "A reviewed sentence." in rows and "left out" not in summary
    with ReviewStore.open(out, readonly=True) as store:
        assert sorted(d.stem for d in store.documents()) == ["2024/nota", "2025/nota"] and store.retired() == []
    (src / "2024" / "nota.txt").unlink()
    output = _run(src, out)
    assert "2024/nota.txt" in output.split("no longer in the input")[1]
