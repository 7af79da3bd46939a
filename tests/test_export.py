"""`export` read back by real consumers (translate-toolkit, sacrebleu), and `show` in a pipe."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.data import PairRecord
from translate_tool.formats import format_jsonl, parse_jsonl, parse_tsv
from translate_tool.review import ReviewStore

TRICKY_SRC = 'Dijo "hola"\ty se fue.\nOtra línea & <etiqueta> \\n literal'
TRICKY_TGT = "He said \"hi\"\tand left.\nAnother line & <tag> 'quoted' \\t literal"


def rec(doc, i, src, tgt, score=0.9):
    return PairRecord(doc, i, tuple(src), tuple(tgt), tuple(range(len(src))), tuple(range(len(tgt))), i, score,
                      (), "argos:es-en@1.9")


@pytest.fixture
def out(tmp_path):
    a = [
        rec("a", 0, ["Buenos días."], ["Good morning."]),
        rec("a", 1, [TRICKY_SRC], [TRICKY_TGT]),
        rec("a", 2, ["Frase dudosa."], ["Doubtful sentence."], score=0.2),
        rec("a", 3, ["Sin traducción."], []),
        rec("a", 4, ["Rechazada."], ["Rejected."]),
    ]
    b = [
        rec("b", 0, ["Buenos días."], ["Good morning."]),  # duplicate of a:0
        rec("b", 1, ["Primera.", "Segunda."], ["First and second."]),
    ]
    (tmp_path / "a.pairs.jsonl").write_text(format_jsonl(a), encoding="utf-8")
    (tmp_path / "b.pairs.jsonl").write_text(format_jsonl(b), encoding="utf-8")
    with ReviewStore.open(tmp_path, scorer=_KeepScore()) as s:  # edits keep 0.9: the filters are tested here
        pa, pb = s.pairs(doc="a"), s.pairs(doc="b")
        for p in (pa[0], pa[1], pa[2], pa[3], pb[0]):
            s.approve(p.id)
        s.reject(pa[4].id)
        s.edit(pb[1].id, "tgt", "First. Second, edited.")
    return tmp_path


class _KeepScore:
    def score_beads(self, beads, *context, aligned=False):
        return [(0.9, ()) for _ in beads]


def cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, (result.output, result.exception)
    return result


def test_tmx_read_by_translate_toolkit_has_exactly_the_approved_pairs(out, tmp_path):
    from translate.storage import tmx

    path = tmp_path / "corpus.tmx"
    result = cli("export", out, "--format", "tmx", "--status", "approved", "-o", path)
    units = [u for u in tmx.tmxfile.parsefile(str(path)).units]
    got = [(u.source, u.target) for u in units]
    assert got == [
        ("Buenos días.", "Good morning."),
        (TRICKY_SRC, TRICKY_TGT),
        ("Frase dudosa.", "Doubtful sentence."),
        ("Buenos días.", "Good morning."),
    ]  # a:3 has no English side: TMX carries only translation units with both sides
    assert "removed by one-sided pairs: 1" in result.stderr
    assert "pairs: 4 (of 7)" in result.stderr

    # Approve the edited pair: it appears with the edit.
    with ReviewStore.open(out) as s:
        s.approve(s.pairs(doc="b")[1].id)
    cli("export", out, "--format", "tmx", "--status", "approved", "-o", path)
    units = tmx.tmxfile.parsefile(str(path)).units
    assert (units[-1].source, units[-1].target) == ("Primera. Segunda.", "First. Second, edited.")


def test_tmx_to_stdout_summary_to_stderr(out):
    result = cli("export", out, "--format", "tmx", "--status", "approved")
    assert result.stdout.startswith("<?xml")
    assert "pairs:" not in result.stdout and "pairs: 4" in result.stderr


def test_moses_equal_line_counts_and_sacrebleu_reads_them(out, tmp_path):
    folder = tmp_path / "moses"
    result = cli("export", out, "--format", "moses", "--min-score", "0.5", "--dedupe", "-o", folder)
    es = (folder / "corpus.es").read_text(encoding="utf-8").splitlines()
    en = (folder / "corpus.en").read_text(encoding="utf-8").splitlines()
    assert len(es) == len(en) == 3  # rejected, low score, one-sided and duplicate pairs removed
    assert en[1] == " ".join(TRICKY_TGT.split())  # one line per pair: tabs and newlines became spaces
    for name, n in (("--status approved,unreviewed", 1), ("--min-score 0.5", 1), ("one-sided pairs", 1),
                    ("--dedupe", 1)):
        assert f"removed by {name}: {n}" in result.stderr
    assert re.search(r"words: \d+ es, \d+ en", result.stderr)
    bleu = subprocess.run(
        [sys.executable, "-m", "sacrebleu", str(folder / "corpus.en"), "-i", str(folder / "corpus.en"), "-b"],
        capture_output=True, text=True, check=True,
    )
    assert float(bleu.stdout.strip()) == pytest.approx(100.0)
    import sacrebleu

    assert sacrebleu.corpus_bleu(en, [en]).score == pytest.approx(100.0)


def test_tsv_round_trips_tabs_quotes_and_newlines(out, tmp_path):
    path = tmp_path / "corpus.tsv"
    cli("export", out, "--format", "tsv", "--status", "any", "-o", path)
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert len(lines) == 1 + 7 and all(line.count("\t") == 6 for line in lines)
    rows = parse_tsv(text)
    assert rows[1] == (TRICKY_SRC, TRICKY_TGT)
    assert rows[3] == ("Sin traducción.", "")  # TSV keeps one-sided pairs


def test_jsonl_export_round_trips(out):
    result = cli("export", out, "--format", "jsonl", "--status", "approved")
    records = parse_jsonl(result.stdout)
    assert [(r.doc, r.pair) for r in records] == [("a", 0), ("a", 1), ("a", 2), ("a", 3), ("b", 0)]
    assert records[1].tgt == (TRICKY_TGT,) and records[0].signature == "argos:es-en@1.9"


def test_show_is_plain_and_wrapped_when_piped(out):
    result = cli("show", out, "--width", "60")
    assert "\x1b[" not in result.stdout
    assert all(len(line) <= 60 for line in result.stdout.splitlines())
    assert "== a ==" in result.stdout and "== b ==" in result.stdout
    assert "Buenos días." in result.stdout and "Good morning." in result.stdout
    only = cli("show", out, "--status", "rejected").stdout
    assert "Rejected." in only and "Good morning." not in only
    low = cli("show", out, "--only", "low-confidence").stdout
    assert "Doubtful sentence." in low and "Good morning." not in low


def test_show_json(out):
    result = cli("show", out, "--doc", "b", "--json")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in rows] == ["approved", "unreviewed"]
    assert rows[1]["tgt"] == ["First. Second, edited."] and rows[1]["edited"] is True


def test_show_in_a_real_pipe(out):
    proc = subprocess.run(
        f'"{sys.executable}" -m translate_tool show "{out}" | head -n 3',
        shell=True, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[0] == "== a =="
    assert "\x1b[" not in proc.stdout and "Traceback" not in proc.stderr


def test_errors_are_one_line(tmp_path):
    result = CliRunner().invoke(main, ["show", str(tmp_path)])
    assert result.exit_code == 1 and "no *.pairs.jsonl to review" in result.stderr
    (tmp_path / "x.pairs.jsonl").write_text(format_jsonl([rec("x", 0, ["a"], ["b"])]), encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(tmp_path), "--doc", "nope"])
    assert result.exit_code == 1 and "no document 'nope'" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("fmt,start", [("tsv", "es\ten\t"), ("tmx", "<?xml"), ("jsonl", '{"doc": "a"'),
                                       ("xliff", "<?xml")])
def test_dash_output_is_stdout(out, tmp_path, monkeypatch, fmt, start):
    monkeypatch.chdir(tmp_path)
    result = cli("export", out, "--format", fmt, "-o", "-")
    assert result.stdout.startswith(start) and result.stdout == cli("export", out, "--format", fmt).stdout
    assert "pairs: " in result.stderr and "wrote" not in result.stderr
    assert not (tmp_path / "-").exists()


def test_dash_output_of_moses_is_a_usage_error(out, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["export", str(out), "--format", "moses", "-o", "-"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "error: -o -: moses export writes two files (corpus.<src>, corpus.<tgt>); -o takes a folder"]
    assert not (tmp_path / "-").exists() and not (tmp_path / "corpus.es").exists()


def test_report_to_stdout(out, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("report", out, "-o", "-")
    assert result.stdout.startswith("<!DOCTYPE html>") and "Good morning." in result.stdout
    assert "wrote" not in result.stderr
    assert not (tmp_path / "-").exists() and not (out / "report.html").exists()
