"""Damaged and hostile inputs (issue 7): a run goes on past bad files, lists each with its
reason at the end and exits 6; good files next to them are translated as usual."""

from __future__ import annotations

import json
import os
import random
import time

import pytest
from click.testing import CliRunner

from translate_tool import pipeline, prepare
from translate_tool.cli import main
from translate_tool.documents import MAX_DOCUMENT_BYTES, read_document
from translate_tool.errors import DocumentError
from translate_tool.formats import parse_jsonl, parse_tsv

SPANISH_SEED = "003_47791e38b17413ba.txt"
WORDS = "el la de que casa presidente región gobierno nuevo país".split()


@pytest.fixture
def installed_toy(toy_argosmodel):
    result = CliRunner().invoke(main, ["models", "install", str(toy_argosmodel)])
    assert result.exit_code == 0, result.output


def failed_lines(output: str) -> list[str]:
    lines = output.splitlines()
    return lines[lines.index("failed:") + 1 :]


def long_sentence(n: int = 20_000, seed: int = 1) -> str:
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(n // 3))
    return text[:n].rstrip()


def test_a_folder_of_bad_inputs(installed_toy, seeds_copy, tmp_path):
    src = seeds_copy
    spanish = (src / SPANISH_SEED).read_text("utf-8")
    (src / "artículo con espacios ñandú.txt").write_text(spanish, "utf-8")
    (src / "latin1 artículo.txt").write_bytes(spanish.encode("cp1252", "replace"))
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 4)
    (src / "nul.txt").write_bytes("Hola\x00 mundo.".encode())
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_bytes(" \n\t\r\n\u00a0\u3000\n".encode("utf-8"))
    (src / "huge.txt").touch()
    os.truncate(src / "huge.txt", MAX_DOCUMENT_BYTES + 1)  # sparse: refused from its size, never read
    os.mkfifo(src / "fifo.txt")  # reading it would block forever
    os.symlink("/dev/zero", src / "zero.txt")  # reading it would never end
    os.symlink("loop-b.txt", src / "loop-a.txt")
    os.symlink("loop-a.txt", src / "loop-b.txt")
    (src / "folder.txt").mkdir()  # a folder (walked like any other), not a failed document
    (src / os.fsdecode(b"bad\xffname.txt")).write_text(spanish, "utf-8")
    (src / "long.txt").write_text(long_sentence() + "\n", "utf-8")
    out = tmp_path / "out"

    result = CliRunner().invoke(main, ["run", str(src), "-o", str(out)])

    assert result.exit_code == 6, result.output
    assert "Traceback" not in result.output
    assert failed_lines(result.output) == [
        f"  {src}/bad\\xffname.txt: file name is not valid UTF-8 (rename the file)",
        f"  {src / 'fifo.txt'}: not a regular file (a device, FIFO or socket)",
        f"  {src / 'huge.txt'}: too large (64 MB; limit 64 MB)",
        f"  {src / 'loop-a.txt'}: cannot read (Too many levels of symbolic links)",
        f"  {src / 'loop-b.txt'}: cannot read (Too many levels of symbolic links)",
        f"  {src / 'zero.txt'}: not a regular file (a device, FIFO or socket)",
    ]
    # Empty and binary files are not documents that failed: they are not taken, with their reason.
    not_taken = [
        {"path": "binary.txt", "reason": "binary file (control bytes), not a text document"},
        {"path": "blank.txt", "reason": "empty document (no text)"},
        {"path": "empty.txt", "reason": "empty document (no text)"},
        {"path": "glossary.tsv", "reason": "unsupported file type (.tsv)"},  # in the seed folder
        {"path": "nul.txt", "reason": "binary file (contains NUL bytes), not a text document"},
    ]
    for entry in not_taken:
        assert f"  {entry['path']}: {entry['reason']}" in result.output.splitlines()
    assert f"warning: {src / 'latin1 artículo.txt'}: not valid UTF-8" in result.output
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    docs = {d["path"]: d for d in manifest["documents"]}
    assert manifest["summary"]["failed"] == 6 and docs["bad\\xffname.txt"]["action"] == "failed"
    assert manifest["skipped_files"] == not_taken and not set(docs) & {e["path"] for e in not_taken}
    for name in ("artículo con espacios ñandú.txt", "latin1 artículo.txt", "long.txt", SPANISH_SEED):
        assert docs[name]["action"] == "translated", name
        stem = name[:-4]
        assert parse_tsv((out / f"{stem}.tsv").read_text("utf-8"))
    # Same text under an awkward name: same outputs as under the seed's name.
    seed_stem, odd = SPANISH_SEED[:-4], "artículo con espacios ñandú"
    assert (out / f"{odd}.en.txt").read_bytes() == (out / f"{seed_stem}.en.txt").read_bytes()
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no temp or lock file


def test_twenty_thousand_characters_without_punctuation(installed_toy, tmp_path):
    sentence = long_sentence()
    assert len(sentence) >= 19_990 and not any(c in sentence for c in ".,;:!?")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(sentence + "\n", "utf-8")
    started = time.monotonic()
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 30
    (record,) = parse_jsonl((tmp_path / "out" / "long.pairs.jsonl").read_text("utf-8"))
    assert record.src == (sentence,)  # one sentence, nothing lost on the source side
    # The engine split it into pieces it can take; the word-for-word toy model keeps every word.
    assert len(record.tgt[0].split()) == len(sentence.split())
    assert "the president" in record.tgt[0]


def test_fifty_megabyte_file_is_read_bounded(tmp_path):
    line = "El presidente de Chile visitó la región con el nuevo gobierno del país.\n"
    path = tmp_path / "big.txt"
    with open(path, "w", encoding="utf-8") as fh:
        chunk = (line * 200 + "\n") * 50
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    started = time.monotonic()
    doc = read_document(path)
    assert time.monotonic() - started < 15
    assert doc.encoding == "utf-8" and len(doc.paragraphs) >= 3000
    assert doc.paragraphs[0].startswith("El presidente") and "\r" not in doc.text[:10_000]


def test_fifty_megabytes_of_cp1252(tmp_path):
    path = tmp_path / "big-latin.txt"
    path.write_bytes(("Señor, la niña comió piña. " * 40 + "\n\n").encode("cp1252") * 48_000)
    assert path.stat().st_size > 50_000_000
    doc = read_document(path)
    assert doc.encoding == "cp1252" and doc.paragraphs[0].startswith("Señor, la niña")
    assert len(doc.warnings) == 1


def test_a_file_that_grows_past_the_limit_while_read(tmp_path, monkeypatch):
    monkeypatch.setattr("translate_tool.documents.MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "growing.txt"
    path.write_text("a" * 500)
    real_fstat = os.fstat

    def fstat_then_grow(fd):  # the size check sees 500 bytes, then the file grows
        st = real_fstat(fd)
        with open(path, "a") as fh:
            fh.write("b" * 5000)
        return st

    monkeypatch.setattr("translate_tool.documents.os.fstat", fstat_then_grow)
    with pytest.raises(DocumentError, match="too large"):
        read_document(path)


def test_files_disappearing_during_the_run(installed_toy, seeds_copy, tmp_path, monkeypatch):
    spanish = (seeds_copy / SPANISH_SEED).read_text("utf-8")
    (seeds_copy / "gone before reading.txt").write_text(spanish, "utf-8")
    (seeds_copy / "gone while hashing.txt").write_text(spanish, "utf-8")
    real_discover, real_read = pipeline.discover_inputs, prepare.read_source

    def discover_then_delete(folder, out_dir=None):
        found = real_discover(folder, out_dir)
        (folder / "gone before reading.txt").unlink()
        return found

    def read_then_delete(path):
        doc = real_read(path)
        if path.name == "gone while hashing.txt":
            path.unlink()
        return doc

    monkeypatch.setattr(pipeline, "discover_inputs", discover_then_delete)
    monkeypatch.setattr(prepare, "read_source", read_then_delete)  # the run reads with it (prepare_document)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(out)])
    assert result.exit_code == 6, result.output
    assert failed_lines(result.output) == [f"  {seeds_copy / 'gone before reading.txt'}: no such file"]
    # A file deleted after it was read is translated from (and hashed over) the bytes read once.
    assert (out / "gone while hashing.en.txt").is_file()
    assert (out / f"{SPANISH_SEED[:-4]}.en.txt").is_file()


def test_folder_symlink_loop_and_hidden_files_are_not_followed(installed_toy, seeds_copy, tmp_path):
    os.symlink(".", seeds_copy / "sub")  # a loop back to the folder itself
    os.symlink(seeds_copy, seeds_copy / "again.txt")  # a *.txt that is a folder (via a link)
    (seeds_copy / ".hidden.txt").write_bytes(b"\x00")
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(tmp_path / "out")])
    assert result.exit_code == 6, result.output
    assert failed_lines(result.output) == [f"  {seeds_copy / 'again.txt'}: is a folder, not a document"]


def test_detect_survives_the_same_inputs(tmp_path):
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "ok.txt").write_text("Esto es una frase en español sobre el gobierno.", "utf-8")
    result = CliRunner().invoke(main, ["detect", str(tmp_path / "fifo.txt"), str(tmp_path / "ok.txt")])
    assert result.exit_code == 1
    assert "not a regular file" in result.output and "ok.txt\tes" in result.output
