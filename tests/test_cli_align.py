"""`translate-tool align` / `align-score`: outputs, formats and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate_tool.cli import main

DATA = Path(__file__).resolve().parent.parent / "data" / "ntrex128"
ES = (DATA / "newstest2019.es").read_text(encoding="utf-8").splitlines()[:12]
EN = (DATA / "newstest2019.en").read_text(encoding="utf-8").splitlines()[:12]


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.setenv("TRANSLATE_TOOL_CACHE_DIR", str(tmp_path / "cache"))
    return CliRunner()


@pytest.fixture
def docs(tmp_path):
    es = tmp_path / "a.es.txt"
    en = tmp_path / "a.en.txt"
    # running text, paragraphs split differently on the two sides
    es.write_text(" ".join(ES[:6]) + "\n\n" + " ".join(ES[6:12]) + "\n", encoding="utf-8")
    en.write_text(" ".join(EN[:4]) + "\n\n" + " ".join(EN[4:12]) + "\n", encoding="utf-8")
    return es, en


def test_align_jsonl(runner, docs, tmp_path):
    es, en = docs
    out = tmp_path / "a.pairs.jsonl"
    res = runner.invoke(main, ["align", str(es), str(en), "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [i for r in recs for i in r["src_ids"]] == list(range(len([i for r in recs for i in r["src_ids"]])))
    assert sum(1 for r in recs if len(r["src"]) == 1 and len(r["tgt"]) == 1) >= 10
    for r in recs:
        assert set(r) >= {"doc", "pair", "src", "tgt", "src_ids", "tgt_ids", "paragraph", "score", "flags", "signature"}
        assert "aligner=" in r["signature"] and 0 <= r["score"] <= 1
    assert recs[0]["doc"] == "a.es"


def test_align_presegmented_ladder_and_score(runner, tmp_path):
    es, en = tmp_path / "s.es", tmp_path / "s.en"
    es.write_text("\n".join(ES[:3] + [ES[3] + " " + ES[4]] + ES[5:10]) + "\n", encoding="utf-8")
    en.write_text("\n".join(EN[:10]) + "\n", encoding="utf-8")
    res = runner.invoke(main, ["align", str(es), str(en), "--presegmented", "--format", "ladder"])
    assert res.exit_code == 0, res.output
    lines = [line for line in res.stdout.splitlines() if line.startswith("[")]
    assert "[3]:[3, 4]" in lines and lines[0] == "[0]:[0]" and len(lines) == 9
    gold = tmp_path / "gold.ladder"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = runner.invoke(main, ["align-score", str(gold), str(gold), "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["f1_strict"] == 1.0


@pytest.mark.parametrize("fmt,marker", [("tsv", "\tscore\t"), ("tmx", "<tmx")])
def test_align_other_formats(runner, docs, fmt, marker):
    res = runner.invoke(main, ["align", *map(str, docs), "--format", fmt])
    assert res.exit_code == 0 and marker in res.stdout


def test_empty_side_warns(runner, docs, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    res = runner.invoke(main, ["align", str(docs[0]), str(empty), "--format", "ladder"])
    assert res.exit_code == 0
    assert "empty" in res.stderr and all(line.endswith(":[]") for line in res.stdout.splitlines())


def test_ten_times_longer_side_warns(runner, tmp_path):
    es, en = tmp_path / "s.es", tmp_path / "s.en"
    es.write_text("\n".join(ES[:2]) + "\n", encoding="utf-8")
    en.write_text("\n".join(EN[:12] + EN[:8]) + "\n", encoding="utf-8")
    res = runner.invoke(main, ["align", str(es), str(en), "--presegmented", "--format", "ladder"])
    assert res.exit_code == 0 and "sizes differ" in res.stderr
    assert len(res.stdout.splitlines()) >= 19


def test_binary_file_one_line_error_and_no_output(runner, docs, tmp_path):
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    out = tmp_path / "never.jsonl"
    res = runner.invoke(main, ["align", str(binary), str(docs[1]), "-o", str(out)])
    assert res.exit_code != 0 and not out.exists()
    assert len(res.stderr.strip().splitlines()) == 1 and "x.bin" in res.stderr and "binary" in res.stderr
    assert "Traceback" not in res.output


def test_missing_file_and_bad_ladder(runner, tmp_path):
    res = runner.invoke(main, ["align", str(tmp_path / "nope.txt"), str(tmp_path / "nope2.txt")])
    assert res.exit_code != 0 and "nope.txt" in res.stderr
    bad = tmp_path / "bad.ladder"
    bad.write_text("[0]:[0]\nhello\n", encoding="utf-8")
    res = runner.invoke(main, ["align-score", str(bad), str(bad)])
    assert res.exit_code != 0 and "bad.ladder" in res.stderr and "line 2" in res.stderr


@pytest.mark.parametrize("written", [True, False], ids=["review-written", "review-session-lost-before-writing"])
def test_realigning_into_a_reviewed_folder_keeps_the_review(runner, docs, tmp_path, written):
    """`align -o DIR/x.pairs.jsonl` again over a document reviewed in DIR writes the reviewed pairs
    (an edit and a decision whose source is unchanged stay), not the machine's; also when the
    review session ended before it wrote the files (the pair file is then the machine's)."""
    from translate_tool.formats import read_pairs_jsonl
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    es, en = docs
    folder = tmp_path / "reviewed"
    folder.mkdir()
    out = folder / "a.pairs.jsonl"
    assert runner.invoke(main, ["align", str(es), str(en), "-o", str(out)]).exit_code == 0
    edit = "What the reviewer wrote."
    with ReviewStore.open(folder) as store:
        pair = store.pairs(doc="a")[0]
        store.edit(pair.id, "tgt", edit)
        store.approve(pair.id)
        if written:
            write_reviewed_document(store, "a", folder)
    res = runner.invoke(main, ["align", str(es), str(en), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "review kept on 1 pair(s)" in res.stderr
    first = read_pairs_jsonl(out)[0]
    assert first.tgt == (edit,) and first.status == "approved" and first.edited
    # outside a reviewed folder nothing changes: the machine's pairs
    plain = tmp_path / "b.pairs.jsonl"
    assert runner.invoke(main, ["align", str(es), str(en), "-o", str(plain)]).exit_code == 0
    assert read_pairs_jsonl(plain)[0].tgt != (edit,)


def test_max_bead_defaults_follow_the_aligner():
    """The CLI options and align-corpus default to the aligner's own max_bead (the CLI does not
    import the aligner at start-up, so the number is repeated there)."""
    from translate_tool.aligner import AlignSettings
    from translate_tool.cli.align import align_cmd, align_corpus_cmd
    from translate_tool.corpus_align import CorpusOptions

    for cmd in (align_cmd, align_corpus_cmd):
        assert next(p.default for p in cmd.params if p.name == "max_bead") == AlignSettings().max_bead
    assert CorpusOptions().max_bead == AlignSettings().max_bead


def test_align_writes_the_format_its_output_is_named_for(tmp_path):
    """QA5 F06: `align SRC TGT -o x.tmx` (no --format) wrote JSONL into x.tmx (and x.tsv), exit 0.
    The suffix picks the format; a --format that contradicts it is a usage error."""
    from click.testing import CliRunner

    from translate_tool.cli import main

    es, en = tmp_path / "a.es.txt", tmp_path / "a.en.txt"
    es.write_text("El presidente visitó Córdoba. La reunión duró dos horas.\n", encoding="utf-8")
    en.write_text("The president visited Córdoba. The meeting lasted two hours.\n", encoding="utf-8")
    for name, start in (("a.tmx", "<?xml"), ("a.tsv", "es\ten\t"), ("a.ladder", "[0]:[0]"), ("a.pairs.jsonl", "{")):
        out = tmp_path / "o" / name
        out.parent.mkdir(exist_ok=True)
        result = CliRunner().invoke(main, ["align", str(es), str(en), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_text(encoding="utf-8").startswith(start), name
    result = CliRunner().invoke(main, ["align", str(es), str(en), "--format", "tsv", "-o", str(tmp_path / "b.tmx")])
    assert result.exit_code == 2 and "the name says tmx, --format says tsv" in result.stderr
    assert not (tmp_path / "b.tmx").exists()
    result = CliRunner().invoke(main, ["align", str(es), str(en), "--format", "tsv", "-o", str(tmp_path / "b.txt")])
    assert result.exit_code == 0 and (tmp_path / "b.txt").read_text(encoding="utf-8").startswith("es\ten\t")
    for name in ("b.docx", "b.md", "b.html", "b.srt"):  # a document's suffix: JSONL in a .docx Word cannot open
        result = CliRunner().invoke(main, ["align", str(es), str(en), "-o", str(tmp_path / name)])
        assert result.exit_code == 2 and "`align` writes aligned pairs" in result.stderr, name
        assert not (tmp_path / name).exists()


def test_align_refuses_an_align_corpus_folder_s_own_tsv(tmp_path):
    """QA5 F09: `align --format tsv -o aligned/d0.tsv` over the .tsv an align-corpus folder writes
    from its review: the folder read it as hand edits, every decision back to unreviewed. Refused
    (exit 2) before any work; `-o aligned/d0.pairs.jsonl` is merged with the review, as before."""
    from click.testing import CliRunner

    from translate_tool.cli import main
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "d0.es.txt").write_text("El presidente visitó Córdoba. La reunión duró dos horas.\n", encoding="utf-8")
    (src / "d0.en.txt").write_text("The president visited Córdoba. The meeting lasted two hours.\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(out)]).exit_code == 0
    with ReviewStore.open(out) as store:
        store.approve(store.pairs(doc="d0")[0].id)
        write_reviewed_document(store, "d0", out)
    tsv = (out / "d0.tsv").read_bytes()
    result = CliRunner().invoke(main, ["align", str(src / "d0.es.txt"), str(src / "d0.en.txt"), "--format", "tsv",
                                       "-o", str(out / "d0.tsv")])
    assert result.exit_code == 2 and "writes this file from its review" in result.stderr
    assert (out / "d0.tsv").read_bytes() == tsv
    result = CliRunner().invoke(main, ["align", str(src / "d0.es.txt"), str(src / "d0.en.txt"),
                                       "-o", str(out / "d0.pairs.jsonl")])
    assert result.exit_code == 0, result.output
    with ReviewStore.open(out) as store:
        assert [p.status for p in store.pairs(doc="d0")] == ["approved", "unreviewed"] and not store.hand_edits
