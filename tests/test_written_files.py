"""Output files the user names (`translate -o`, `align -o`, `report -o`): written again, what a
person changed in them since the tool wrote them is kept as `<name>.hand-edited` first."""

from __future__ import annotations

import json

from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.written_files import RECORD_NAME, state_dir, write_output

ES = "El presidente de Chile.\n\nLa región.\n"


def test_a_file_the_tool_wrote_is_replaced_a_changed_one_kept_first(tmp_path):
    path = tmp_path / "x.en.txt"
    assert write_output(path, "one\n") is None
    assert write_output(path, "two\n") is None  # what the tool wrote: replaced, no copy
    assert not list(tmp_path.glob("*.hand-edited*"))
    path.write_text("two, fixed by hand\n", encoding="utf-8")
    assert write_output(path, "three\n") == "x.en.txt.hand-edited"
    assert (tmp_path / "x.en.txt.hand-edited").read_text(encoding="utf-8") == "two, fixed by hand\n"
    assert path.read_text(encoding="utf-8") == "three\n"
    assert write_output(path, "four\n") is None  # kept once; the new file is the tool's again
    path.write_text("four, fixed again\n", encoding="utf-8")
    assert write_output(path, "five\n") == "x.en.txt.hand-edited.2"  # another copy, the first untouched
    assert (tmp_path / "x.en.txt.hand-edited").read_text(encoding="utf-8") == "two, fixed by hand\n"


def test_no_record_means_the_safe_side(tmp_path):
    """A file the tool has no record of writing (the user's own, an older version's, the record
    lost) is kept when it would be replaced by other content; the same content is not copied."""
    mine = tmp_path / "mine.txt"
    mine.write_text("my own translation\n", encoding="utf-8")
    assert write_output(mine, "machine translation\n") == "mine.txt.hand-edited"
    same = tmp_path / "same.txt"
    same.write_text("identical\n", encoding="utf-8")
    assert write_output(same, "identical\n") is None
    (state_dir() / RECORD_NAME).write_text("not json", encoding="utf-8")  # a damaged record: no record
    assert write_output(mine, "again\n") == "mine.txt.hand-edited.2"
    assert json.loads((state_dir() / RECORD_NAME).read_text(encoding="utf-8"))  # written back whole


def test_translate_keeps_the_journalists_fix(tmp_path, installed_toy):
    src, out = tmp_path / "nota.txt", tmp_path / "nota.en.txt"
    src.write_text(ES, encoding="utf-8")
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    first = out.read_text(encoding="utf-8")
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out)])  # the same again: nothing to keep
    assert res.exit_code == 0 and "hand-edited" not in res.stderr
    out.write_text(first.replace("Chile", "CHILE (fixed)"), encoding="utf-8")
    src.write_text(ES + "\nOtra frase.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "not what translate-tool last wrote there" in res.stderr and "nota.en.txt.hand-edited" in res.stderr
    assert "CHILE (fixed)" in (tmp_path / "nota.en.txt.hand-edited").read_text(encoding="utf-8")


def test_align_tsv_keeps_the_translators_status_cells(tmp_path):
    es, en, tsv = tmp_path / "a.es.txt", tmp_path / "a.en.txt", tmp_path / "a.tsv"
    es.write_text("El presidente visitó Córdoba. La reunión duró dos horas.\n", encoding="utf-8")
    en.write_text("The president visited Córdoba. The meeting lasted two hours.\n", encoding="utf-8")
    args = ["align", str(es), str(en), "--format", "tsv", "-o", str(tsv)]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert CliRunner().invoke(main, args).exit_code == 0 and not (tmp_path / "a.tsv.hand-edited").exists()
    approved = tsv.read_text(encoding="utf-8").replace("\tunreviewed\t", "\tapproved\t", 1)
    tsv.write_text(approved, encoding="utf-8")
    en.write_text("The president visited Córdoba. The meeting took two hours.\n", encoding="utf-8")
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0 and "a.tsv.hand-edited" in res.stderr
    assert (tmp_path / "a.tsv.hand-edited").read_text(encoding="utf-8") == approved


def test_export_keeps_a_corpus_file_fixed_by_hand(tmp_path):
    """`export -o corpus.tsv`, a line fixed in it, the review moves on, export again: the fixed
    file is kept beside the new one."""
    from translate_tool.data import PairRecord
    from translate_tool.formats import format_jsonl

    folder = tmp_path / "out"
    folder.mkdir()
    recs = [PairRecord("a", k, (f"Frase {k}.",), (f"Sentence {k}.",), (k,), (k,), 0, 0.9, (), "aligner=test")
            for k in range(3)]
    (folder / "a.pairs.jsonl").write_text(format_jsonl(recs), encoding="utf-8")
    tsv = tmp_path / "corpus.tsv"
    args = ["export", str(folder), "--format", "tsv", "-o", str(tsv)]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert CliRunner().invoke(main, args).exit_code == 0 and not (tmp_path / "corpus.tsv.hand-edited").exists()
    fixed = tsv.read_text(encoding="utf-8").replace("Sentence 1.", "Sentence one.")
    tsv.write_text(fixed, encoding="utf-8")
    res = CliRunner().invoke(main, [*args, "--status", "approved"])  # another selection: other content
    assert res.exit_code == 0, res.output
    assert "corpus.tsv.hand-edited" in res.stderr
    assert (tmp_path / "corpus.tsv.hand-edited").read_text(encoding="utf-8") == fixed


def test_a_single_file_command_does_not_write_over_an_output_folder_s_own_files(translated, tmp_path):
    """QA5 F09: `translate FILE -o OUT/x.en.txt` (or `align --format tsv -o OUT/x.tsv`) over a file
    an output folder writes from its review: the folder then read that output as edits made by
    hand, put the machine's text over a reviewer's approved edit and gave an approval to a text
    nobody approved (an align .tsv: every decision back to unreviewed). Refused now (exit 2),
    before any work, as `export`/`report` into their own folder are; nothing changes."""
    import shutil

    from conftest import TRANSLATED_SEED as SEED
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    src, out = translated
    with ReviewStore.open(out) as store:
        first = store.pairs(doc=SEED)[0]
        store.edit(first.id, "tgt", "The reviewer's sentence.")
        store.approve(store.pairs(doc=SEED)[0].id)
        write_reviewed_document(store, SEED, out)
    (out / "sub").mkdir()
    other = tmp_path / "other"
    shutil.copytree(out, other)
    files = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    runs = [["translate", str(src / f"{SEED}.txt"), "-o", str(out / f"{SEED}.en.txt")],
            ["export", str(other), "--format", "tsv", "-o", str(out / f"{SEED}.tsv")]]
    # (`align -o` into a `run` folder is refused for the folder's kind first: test_output_folder_guard;
    # into an align-corpus folder's .tsv: test_cli_align)
    for args in runs:
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert f"{out} writes this file from its review (its manifest.json records it)" in " ".join(result.stderr.split())
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == files
    with ReviewStore.open(out) as store:
        assert store.hand_edits == []
        assert (store.pairs(doc=SEED)[0].tgt, store.pairs(doc=SEED)[0].status) == (("The reviewer's sentence.",),
                                                                                    "approved")
    # a file of no folder's, or a subfolder's new file: written as before
    result = CliRunner().invoke(main, ["translate", str(src / f"{SEED}.txt"), "-o", str(out / "sub" / "x.en.txt")])
    assert result.exit_code == 0, result.output


def test_a_fifo_or_device_given_as_output_is_written_into_not_replaced(tmp_path):
    """`-o` at a named pipe (or a device: -o /dev/null) was read first (a FIFO blocked for ever),
    then kept as `.hand-edited` and replaced by a regular file (as root, /dev/null itself)."""
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got, returned = [], []
    # daemon threads: where the write blocks (the bug), the test fails instead of hanging
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    writer = threading.Thread(target=lambda: returned.append(write_output(fifo, "a\tb\n")), daemon=True)
    reader.start()
    writer.start()
    writer.join(timeout=10)
    reader.join(timeout=10)
    assert returned == [None] and got == [b"a\tb\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode) and sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
