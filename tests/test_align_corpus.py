"""`translate-tool align-corpus`: 20 es/en NTREX-128 document pairs -> per-document outputs,
a corpus, a manifest and a report of the documents kept out, with the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ntrex_documents

from translate_tool.cli import main
from translate_tool.corpus_align import find_pairs
from translate_tool.errors import TranslateToolError

def aligned_pair_folder(tmp_path: Path) -> tuple[Path, Path]:
    """Two NTREX documents as d0/d1.es.txt + .en.txt, aligned into tmp_path/out."""
    src = tmp_path / "in"
    src.mkdir()
    for k, (_doc_id, es, en) in enumerate(ntrex_documents(2)):
        (src / f"d{k}.es.txt").write_text("\n\n".join(es) + "\n", encoding="utf-8")
        (src / f"d{k}.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(out)]).exit_code == 0
    return src, out


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    """20 pairs as x.es.txt / x.en.txt (a paragraph per line); doc 3's 'Spanish' side is the
    English text, doc 5's English side lost all but its first three lines."""
    folder = tmp_path_factory.mktemp("corpus")
    for k, (_doc_id, es, en) in enumerate(ntrex_documents(20)):
        if k == 3:
            es = en
        if k == 5:
            en = en[:3]
        (folder / f"d{k:02d}.es.txt").write_text("\n\n".join(es) + "\n", encoding="utf-8")
        (folder / f"d{k:02d}.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
    return folder


def test_align_corpus_writes_corpus_and_report(corpus_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["align-corpus", str(corpus_dir), "-o", str(out), "--jobs", "2"])
    assert res.exit_code == 0, res.output
    report = (out / "report.tsv").read_text(encoding="utf-8").splitlines()
    rows = {r.split("\t")[0]: r.split("\t") for r in report[1:]}
    assert len(rows) == 20
    assert rows["d03"][8] == "excluded" and "wrong language" in rows["d03"][9]
    assert rows["d05"][8] == "excluded" and "uneven" in rows["d05"][9]
    kept = [k for k, r in rows.items() if r[8] == "kept"]
    assert len(kept) == 18
    # the corpus holds exactly the kept documents' two-sided beads, line for line
    src = (out / "corpus.es").read_text(encoding="utf-8").splitlines()
    tgt = (out / "corpus.en").read_text(encoding="utf-8").splitlines()
    scores = (out / "corpus.scores").read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in (out / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(src) == len(tgt) == len(scores) == len(recs) == sum(int(rows[k][7]) for k in kept) > 200
    assert {r["doc"] for r in recs} == set(kept)
    assert all(0.0 <= float(s) <= 1.0 for s in scores)
    assert (out / "corpus.tmx").read_text(encoding="utf-8").count("<tu ") == len(src)
    # per-document outputs for every aligned document, reviewable like a `run` folder
    for name in rows:
        for ext in (".pairs.jsonl", ".ladder", ".tsv", ".tmx"):
            assert (out / f"{name}{ext}").is_file()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["summary"] == {"kept": 18, "excluded": 2, "failed": 0}
    assert "excluded" in res.stderr and "d03" in res.stderr
    # most of a clean NTREX document pairs 1-1 with its translation
    d00 = [json.loads(x) for x in (out / "d00.pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(len(r["src"]) == 1 and len(r["tgt"]) == 1 for r in d00) >= 0.8 * len(d00)
    # a rerun is byte-identical (no timestamps; one worker vs two, and small chunks of documents
    # encoded and aligned together, give the same result)
    from translate_tool import corpus_align

    monkeypatch.setattr(corpus_align, "CHUNK", 150)
    again = tmp_path / "again"
    assert CliRunner().invoke(main, ["align-corpus", str(corpus_dir), "-o", str(again), "-j", "1"]).exit_code == 0
    for f in out.iterdir():
        assert f.read_bytes() == (again / f.name).read_bytes(), f.name


def test_align_corpus_output_can_be_reviewed_and_exported(corpus_dir, tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["align-corpus", str(corpus_dir), "-o", str(out)]).exit_code == 0
    res = CliRunner().invoke(main, ["export", str(out), "--format", "tsv", "-o", str(tmp_path / "x.tsv")])
    assert res.exit_code == 0, res.output
    assert len((tmp_path / "x.tsv").read_text(encoding="utf-8").splitlines()) > 200
    # XLIFF 1.2 for CAT tools, read back by translate-toolkit, with corpus filters on the way
    from translate.storage import xliff

    res = CliRunner().invoke(main, ["export", str(out), "--format", "xliff", "-o", str(tmp_path / "x.xlf"),
                                    "--near-dedupe", "--min-margin", "1.0"])
    assert res.exit_code == 0, res.output
    units = [u for u in xliff.xlifffile.parsefile(str(tmp_path / "x.xlf")).units if not u.isheader()]
    assert len(units) > 200 and all(u.source and u.target for u in units)
    assert "removed by --min-margin 1: " in res.stderr


def test_parallel_folders_and_tsv_list(tmp_path):
    (tmp_path / "es").mkdir()
    (tmp_path / "en").mkdir()
    for name in ("a", "b"):
        (tmp_path / "es" / f"{name}.txt").write_text("Hola.\n", encoding="utf-8")
        (tmp_path / "en" / f"{name}.txt").write_text("Hello.\n", encoding="utf-8")
    (tmp_path / "en" / "c.txt").write_text("Alone.\n", encoding="utf-8")  # no partner: not a pair
    assert [(p.name, p.src.parent.name) for p in find_pairs(tmp_path)] == [("a", "es"), ("b", "es")]
    lst = tmp_path / "pairs.tsv"
    lst.write_text("es/a.txt\ten/b.txt\tab\nes/b.txt\ten/a.txt\n", encoding="utf-8")
    assert [(p.name, p.tgt.name) for p in find_pairs(lst)] == [("ab", "b.txt"), ("b", "a.txt")]
    # a first line of column names is not a pair (QA6 F10: "source: no such file", exit 6 every run)
    lst.write_text("source\ttarget\tname\nes/a.txt\ten/b.txt\tab\n", encoding="utf-8")
    assert [(p.name, p.tgt.name) for p in find_pairs(lst)] == [("ab", "b.txt")]
    lst.write_text("es/a.txt\ten/b.txt\nmissing\tgone\n", encoding="utf-8")  # (only a first line can be one)
    assert [p.name for p in find_pairs(lst)] == ["a", "missing"]
    lst.write_text("es/a.txt\ten/b.txt\nes/a.txt\ten/a.txt\n", encoding="utf-8")
    with pytest.raises(TranslateToolError, match="used twice"):
        find_pairs(lst)
    lst.write_text("es/a.txt\ten/b.txt\t../x\n", encoding="utf-8")
    with pytest.raises(TranslateToolError, match="cannot name output files"):
        find_pairs(lst)
    with pytest.raises(TranslateToolError, match="no document pairs"):
        find_pairs(tmp_path / "es")


def test_unreadable_document_is_reported_as_failed(tmp_path):
    from translate_tool.corpus_align import CorpusOptions, align_corpus

    docs = ntrex_documents(1)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.es.txt").write_text("\n\n".join(docs[0][1]) + "\n", encoding="utf-8")
    (tmp_path / "in" / "good.en.txt").write_text("\n\n".join(docs[0][2]) + "\n", encoding="utf-8")
    (tmp_path / "in" / "bad.es.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (tmp_path / "in" / "bad.en.txt").write_text("Hello.\n", encoding="utf-8")
    report = align_corpus(find_pairs(tmp_path / "in"), tmp_path / "out", CorpusOptions(jobs=1))
    status = {r.pair.name: (r.status, r.reason) for r in report.documents}
    assert status["good"] == ("kept", "")
    assert status["bad"][0] == "failed" and "bad.es.txt" in status["bad"][1]
    assert not (tmp_path / "out" / "bad.pairs.jsonl").exists()
    assert report.corpus_pairs == len((tmp_path / "out" / "corpus.es").read_text(encoding="utf-8").splitlines()) > 5
    from click.testing import CliRunner

    from translate_tool.cli import main

    result = CliRunner().invoke(main, ["align-corpus", str(tmp_path / "in"), "-o", str(tmp_path / "out2"), "-j", "1"])
    assert result.exit_code == 6, result.output  # as `run`: finished, but a document pair failed
    assert "bad: failed:" in result.output and (tmp_path / "out2" / "corpus.es").exists()


def test_review_reaches_the_corpus_and_survives_a_rerun(tmp_path):
    """A reviewer's edit and rejection in an align-corpus folder reach the document's files and the
    corpus (written back as `review` does on leaving a document), and realigning keeps them: the
    rerun writes the same bytes as the review did."""
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    src, out = aligned_pair_folder(tmp_path)
    before = (out / "corpus.en").read_text(encoding="utf-8").splitlines()
    edit = "A sentence the reviewer wrote."
    with ReviewStore.open(out) as store:
        pairs = store.pairs(doc="d0")
        store.edit(pairs[0].id, "tgt", edit)
        store.approve(pairs[0].id)
        store.reject(pairs[1].id)
        rejected = pairs[1].tgt
        write_reviewed_document(store, "d0", out)
    corpus = (out / "corpus.en").read_text(encoding="utf-8").splitlines()
    assert corpus[0] == edit and len(corpus) == len(before) - 1 and " ".join(rejected) not in corpus
    assert len((out / "corpus.es").read_text(encoding="utf-8").splitlines()) == len(corpus)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    d0 = next(d for d in manifest["documents"] if d["stem"] == "d0")
    assert d0["review"]["approved"] == 1 and d0["review"]["rejected"] == 1 and d0["review"]["edited"] == 1
    assert manifest["corpus_pairs"] == len(corpus)
    reviewed = {f.name: f.read_bytes() for f in out.iterdir() if f.name != "review.sqlite3"}

    res = CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "d0: review kept on 2 pair(s)" in res.stderr
    assert {f.name: f.read_bytes() for f in out.iterdir() if f.name != "review.sqlite3"} == reviewed


def test_align_corpus_takes_the_output_folder_lock(tmp_path):
    from translate_tool.lock import output_lock

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.es.txt").write_text("Hola.\n", encoding="utf-8")
    (src / "a.en.txt").write_text("Hello.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with output_lock(out):
        res = CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(out)])
    assert res.exit_code == 5, res.output
    assert not (out / "manifest.json").exists()


def test_output_path_that_is_a_file_fails_before_aligning(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.es.txt").write_text("Hola.\n", encoding="utf-8")
    (src / "a.en.txt").write_text("Hello.\n", encoding="utf-8")
    (tmp_path / "out").write_text("not a folder\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(tmp_path / "out")])
    assert res.exit_code == 1
    assert res.stderr.strip().splitlines()[-1] == f"error: {tmp_path / 'out'}: cannot create the output folder (a file has that name)"


def test_review_ui_rebuilds_the_corpus_once_on_leaving(tmp_path):
    """In the review UI, rejecting a pair of an align-corpus folder reaches the corpus when the
    session ends (the corpus is rebuilt once then, not on every change of document)."""
    import asyncio

    from translate_tool.review import ReviewStore
    from translate_tool.review.tui import ReviewApp

    src, out = aligned_pair_folder(tmp_path)
    before = (out / "corpus.en").read_text(encoding="utf-8").splitlines()

    async def go():
        store = ReviewStore.open(out)
        app = ReviewApp(store, out, cursor_blink=False, warm_up=False)
        try:
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                first = app.pair.tgt
                await pilot.press("r")  # reject the first pair of d0
                await pilot.pause()
                assert (out / "corpus.en").read_text(encoding="utf-8").splitlines() == before  # not yet
                await pilot.press("q")
                await pilot.pause()
        finally:
            store.close()
        return first

    first = asyncio.run(go())
    after = (out / "corpus.en").read_text(encoding="utf-8").splitlines()
    assert len(after) == len(before) - 1 and after[0] != " ".join(first)


def test_a_reviewer_s_fix_the_translator_applies_to_the_document_keeps_the_review(tmp_path):
    """The reviewer fixes a pair's English and approves it; the translator then makes the same fix
    in the English document: the next align-corpus keeps the pair approved (it reset it before:
    the document no longer had the text that was aligned). A different change of that sentence
    in the document still resets it."""
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    src, out = aligned_pair_folder(tmp_path)
    with ReviewStore.open(out) as store:
        pair = store.pairs(doc="d0")[1]
        old, fixed = pair.tgt, ("The reviewer's version of this sentence.",)
        store.edit(pair.id, "tgt", list(fixed))
        store.approve(pair.id)
        write_reviewed_document(store, "d0", out)
    en = next(p for p in src.iterdir() if p.name.startswith("d0") and ".en." in p.name)
    text = en.read_text(encoding="utf-8")
    assert text.count(old[0]) == 1
    en.write_text(text.replace(old[0], fixed[0]), encoding="utf-8")
    res = CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    with ReviewStore.open(out, readonly=True) as store:
        after = store.pairs(doc="d0")[1]
    assert (after.tgt, after.status) == (fixed, "approved")
    en.write_text(text.replace(old[0], "Something else entirely, written later."), encoding="utf-8")
    res = CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    with ReviewStore.open(out, readonly=True) as store:
        assert store.pairs(doc="d0")[1].status == "unreviewed"


def _holds_lock_file(_item):
    """In a worker of corpus_align._map: whether any descriptor of this process is the folder's lock file."""
    import os

    from translate_tool.lock import LOCK_NAME

    names = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            names.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            pass
    return any(n.endswith(LOCK_NAME) for n in names)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
def test_forked_workers_do_not_hold_the_output_folder_lock(tmp_path):
    """align-corpus's forked workers inherited the lock's descriptor: killed in the middle, align-corpus
    left workers blocked on its pipe that kept the folder locked (every later command: exit 5) until
    someone found and killed them. They let go of it (and die with their parent)."""
    from translate_tool.corpus_align import _map
    from translate_tool.lock import output_lock

    with output_lock(tmp_path):
        assert _holds_lock_file(None)  # (this process does)
        assert _map(_holds_lock_file, list(range(8)), 2) == [False] * 8


def test_a_pair_put_back_after_it_was_retired_is_written_from_its_review(tmp_path):
    """A document pair taken out of the input (retired, its review kept) and put back: the
    align-corpus run that brings it back writes its files and the corpus from the review (the
    reviewer's edit in, the rejected pair out), not the fresh alignment (QA round 6 F01)."""
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    src, out = aligned_pair_folder(tmp_path)
    edit = "A sentence the reviewer wrote."
    with ReviewStore.open(out) as store:
        pairs = store.pairs(doc="d1")
        store.edit(pairs[1].id, "tgt", edit)
        store.approve(pairs[1].id)
        store.reject(pairs[2].id)
        rejected = " ".join(pairs[2].tgt)
        write_reviewed_document(store, "d1", out)
    away = tmp_path / "away"
    away.mkdir()
    for side in ("es", "en"):
        (src / f"d1.{side}.txt").rename(away / f"d1.{side}.txt")
    assert CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(out)]).exit_code == 0
    for side in ("es", "en"):
        (away / f"d1.{side}.txt").rename(src / f"d1.{side}.txt")
    res = CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    records = [json.loads(x) for x in (out / "d1.pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records[1]["tgt"] == [edit] and records[1]["status"] == "approved"
    assert records[2]["status"] == "rejected"
    assert edit in (out / "d1.tsv").read_text(encoding="utf-8")
    corpus = (out / "corpus.en").read_text(encoding="utf-8").splitlines()
    assert edit in corpus and rejected not in corpus
    files = {f.name: f.read_bytes() for f in out.iterdir() if f.name != "review.sqlite3"}
    assert CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(out)]).exit_code == 0
    assert {f.name: f.read_bytes() for f in out.iterdir() if f.name != "review.sqlite3"} == files


@pytest.mark.parametrize("layout", ["names", "folders"])
def test_two_pairs_with_the_same_output_name_are_refused(tmp_path, layout):
    """x.es.txt + x.en.txt and x.es.md + x.en.md (or es/x.txt and es/x.md) would both write x.*:
    one pair's files overwrote the other's, exit 0 (QA round 6 F02). Now exit 1 before any work,
    naming both files; nothing written."""
    inp = tmp_path / "pairs"
    for ext in ("txt", "md"):
        if layout == "names":
            files = (inp / f"x.es.{ext}", inp / f"x.en.{ext}")
        else:
            files = (inp / "es" / f"x.{ext}", inp / "en" / f"x.{ext}")
        for f, text in zip(files, ("Hola.\n", "Hello.\n")):
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(text, encoding="utf-8")
    with pytest.raises(TranslateToolError, match=r"x\.(es\.)?md.*x\.(es\.)?txt|x\.(es\.)?txt.*x\.(es\.)?md"):
        find_pairs(inp)
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["align-corpus", str(inp), "-o", str(out)])
    assert res.exit_code == 1 and len(res.output.strip().splitlines()) == 1, res.output
    assert not out.exists()


def test_a_document_without_its_translation_is_named(tmp_path):
    """A source document with no target (or the other way round) is not a pair; align-corpus says
    so on stderr, naming it, instead of leaving it out silently (QA round 6 F03)."""
    inp = tmp_path / "pairs"
    inp.mkdir()
    for name in ("a", "lone"):
        (inp / f"{name}.es.txt").write_text("Hola. Es un texto.\n", encoding="utf-8")
    (inp / "a.en.txt").write_text("Hello. It is a text.\n", encoding="utf-8")
    (inp / "orphan.en.txt").write_text("Alone.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["align-corpus", str(inp), "-o", str(tmp_path / "out"), "-j", "1"])
    assert res.exit_code == 0, res.output
    assert "lone.es.txt" in res.stderr and "orphan.en.txt" in res.stderr


@pytest.mark.parametrize("char", ["\u2028", "\x0c", "\x0b", "\x85"])
def test_a_status_set_in_the_tsv_is_taken_when_a_sentence_holds_a_line_separator(tmp_path, char):
    """A sentence with a character str.splitlines() breaks at (U+2028 from a web page, a form feed
    from pdftotext) is one row of NAME.tsv; a status a reviewer sets in another row is taken
    (the file was read as more rows than pairs and only kept as a copy: QA round 6 F04)."""
    inp = tmp_path / "in"
    inp.mkdir()
    (_doc_id, es, en), = ntrex_documents(1)
    es, en = list(es), list(en)
    es[3] = es[3].replace(" ", " " + char, 1)
    en[3] = en[3].replace(" ", " " + char, 1)
    (inp / "a.es.txt").write_text("\n\n".join(es) + "\n", encoding="utf-8")
    (inp / "a.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["align-corpus", str(inp), "-o", str(out), "-j", "1"]).exit_code == 0
    text = (out / "a.tsv").read_text(encoding="utf-8")
    assert char in text
    lines = text.split("\n")
    cells = lines[8].split("\t")
    cells[lines[0].split("\t").index("status")] = "approved"
    lines[8] = "\t".join(cells)
    (out / "a.tsv").write_text("\n".join(lines), encoding="utf-8")
    res = CliRunner().invoke(main, ["align-corpus", str(inp), "-o", str(out), "-j", "1"])
    assert res.exit_code == 0, res.output
    records = [json.loads(x) for x in (out / "a.pairs.jsonl").read_text(encoding="utf-8").split("\n") if x]
    assert [r["pair"] for r in records if r["status"] == "approved"] == [7]
    assert not list(out.glob("*.hand-edited*"))


def test_sub_folders_of_parallel_folders_are_named(tmp_path):
    """es/2024/a.txt + en/2024/a.txt beside es/b.txt + en/b.txt: only b is a pair (sub-folders are
    not walked); align-corpus says which sub-folders it did not read instead of leaving their
    documents out silently (QA round 6 F05)."""
    for side, text in (("es", "Hola. Es una prueba del texto.\n"), ("en", "Hello. It is a test of the text.\n")):
        (tmp_path / "site" / side / "2024").mkdir(parents=True)
        (tmp_path / "site" / side / "b.txt").write_text(text, encoding="utf-8")
        (tmp_path / "site" / side / "2024" / "a.txt").write_text(text, encoding="utf-8")
    res = CliRunner().invoke(main, ["align-corpus", str(tmp_path / "site"), "-o", str(tmp_path / "out"), "-j", "1"])
    assert res.exit_code == 0, res.output
    assert "es/2024" in res.stderr and "en/2024" in res.stderr


def test_tsv_edits_in_a_folder_nobody_reviewed_yet_are_used_by_show_and_export(tmp_path):
    """A fresh align-corpus folder has no review.sqlite3; statuses and an English fix typed in
    NAME.tsv are used by `show` and `export` at once (as in a reviewed folder), and `decide` on
    another document keeps them: they were ignored until the next align-corpus, so `export`
    exported the pair rejected in the spreadsheet (QA round 6 F06)."""
    src, out = aligned_pair_folder(tmp_path)
    assert not (out / "review.sqlite3").exists()
    lines = (out / "d0.tsv").read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")

    def cell(pair, column, value):
        cells = lines[pair + 1].split("\t")
        cells[header.index(column)] = value
        lines[pair + 1] = "\t".join(cells)

    rejected = lines[3].split("\t")[header.index("en")]
    cell(1, "status", "approved")
    cell(2, "status", "rejected")
    cell(3, "en", "Fixed in a spreadsheet.")
    (out / "d0.tsv").write_text("\n".join(lines), encoding="utf-8")
    before = {f.name: f.read_bytes() for f in out.iterdir()}
    res = CliRunner().invoke(main, ["show", str(out), "--json", "--doc", "d0"])
    assert res.exit_code == 0, res.output
    shown = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert [p["status"] for p in shown[1:3]] == ["approved", "rejected"] and shown[3]["tgt"] == ["Fixed in a spreadsheet."]
    # what keeps them, named for this folder's kind (`run` is refused in an align-corpus folder)
    assert "(for this command only: the next `review`, `decide` or `align-corpus` keeps them)" in res.stderr
    res = CliRunner().invoke(main, ["export", str(out), "--format", "tsv", "-o", "-"])
    assert res.exit_code == 0, res.output
    assert "Fixed in a spreadsheet." in res.stdout and rejected not in res.stdout
    assert {f.name: f.read_bytes() for f in out.iterdir()} == before  # (show and export only read)
    assert CliRunner().invoke(main, ["decide", str(out), "--approve", "--doc", "d1", "--pair", "1"]).exit_code == 0
    records = [json.loads(x) for x in (out / "d0.pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in records[1:3]] == ["approved", "rejected"] and records[3]["tgt"] == ["Fixed in a spreadsheet."]


def test_the_summary_line_counts_failed_pairs_as_failed(tmp_path):
    """A pair that cannot be read is `failed` in report.tsv; the summary line said it was one of
    those 'kept out of the corpus' (the documents judged and excluded) (QA round 6 F13)."""
    inp = tmp_path / "pairs"
    inp.mkdir()
    (inp / "a.es.txt").write_text("Hola. Es una prueba del texto.\n", encoding="utf-8")
    (inp / "a.en.txt").write_text("Hello. It is a test of the text.\n", encoding="utf-8")
    (inp / "b.es.txt").write_text("Hola. Es otra prueba.\n", encoding="utf-8")
    (inp / "b.en.txt").write_bytes(b"\x00\x01" * 50)
    res = CliRunner().invoke(main, ["align-corpus", str(inp), "-o", str(tmp_path / "out"), "-j", "1"])
    assert res.exit_code == 6, res.output
    summary = res.stderr.strip().splitlines()[-1]
    assert "1 kept, 0 kept out of the corpus, 1 failed" in summary, summary
