"""`translate-tool decide`: review decisions in bulk (review/decide.py), recorded in the review store
as the review UI records them, the documents' files written from it as when the UI leaves them, and
kept by a rerun."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.data import PairRecord
from translate_tool.errors import TranslateToolError, UsageError
from translate_tool.formats import format_jsonl, parse_jsonl
from translate_tool.lock import OutputLocked, output_lock
from translate_tool.review import ReviewStore
from translate_tool.review.decide import Selection, decide, plan
from translate_tool.review.outputs import reviewed_files, stale_documents
from translate_tool.review.schema import DB_NAME

SEED = "003_47791e38b17413ba"


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def write(out: Path, stem: str, scores: list[float], flags: dict[int, tuple[str, ...]] | None = None,
          shapes: dict[int, tuple[int, int]] | None = None) -> None:
    """An aligned document as `align -o` writes it: one pair per score."""
    recs, si, ti = [], 0, 0
    for i, score in enumerate(scores):
        ns, nt = (shapes or {}).get(i, (1, 1))
        src = tuple(f"Hola {i}{'ab'[k] if ns > 1 else ''}." for k in range(ns))
        tgt = tuple(f"Hello {i}{'ab'[k] if nt > 1 else ''}." for k in range(nt))
        recs.append(PairRecord(stem, i, src, tgt, tuple(range(si, si + ns)), tuple(range(ti, ti + nt)), i // 3,
                               score, (flags or {}).get(i, ())))
        si, ti = si + ns, ti + nt
    (out / f"{stem}.pairs.jsonl").write_text(format_jsonl(recs), encoding="utf-8")


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    # art: #1 0.99, #2 0.97 flagged, #3 0.96 (2-1), #4 0.40, #5 0.98, #6 0.95
    write(folder, "art", [0.99, 0.97, 0.96, 0.40, 0.98, 0.95], flags={1: ("uncertain",)}, shapes={2: (2, 1)})
    write(folder, "zeta", [0.99, 0.20])
    with ReviewStore.open(folder):  # the store made, as `align -o` leaves it
        pass
    return folder


def statuses(out, doc="art"):
    with ReviewStore(out / DB_NAME) as store:
        return [p.status for p in store.pairs(doc=doc)]


def records(out, doc="art"):
    return parse_jsonl((out / f"{doc}.pairs.jsonl").read_text(encoding="utf-8"))


def folder_bytes(out):
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


# ------------------------------------------------------------ the library


def test_approve_pairs_scored_high_that_nothing_flagged(out):
    result = decide(out, "approve", Selection(min_score=0.95, exclude=("flagged",)))
    assert statuses(out) == ["approved", "unreviewed", "approved", "unreviewed", "approved", "approved"]
    assert statuses(out, "zeta") == ["approved", "unreviewed"]
    assert [(d.stem, len(d.change)) for d in result.docs] == [("art", 4), ("zeta", 1)]
    assert result.summary_lines() == ["art: 4 pair(s) approved", "zeta: 1 pair(s) approved",
                                      "total: 5 pair(s) approved, in 2 document(s)"]
    # every file of the document is the review's, as when the UI leaves it
    assert [r.status for r in records(out)] == statuses(out)
    with ReviewStore(out / DB_NAME) as store:
        assert stale_documents(store, out) == []
        for name, data in reviewed_files(store, "art", out).files.items():
            assert (out / name).read_text(encoding="utf-8") == data
    tsv = (out / "art.tsv").read_text(encoding="utf-8").splitlines()
    assert tsv[1].split("\t")[5] == "approved"


def test_every_filter_and_pair_numbers(out):
    assert [len(d.change) for d in plan_of(out, Selection(only="non-1-1")).docs] == [1]
    assert [p.index + 1 for d in plan_of(out, Selection(max_score=0.96)).docs for p in d.change] == [3, 4, 6, 2]
    assert [p.index + 1 for d in plan_of(out, Selection(only="low-confidence")).docs for p in d.change] == [2, 4, 2]
    sel = Selection(docs=("art",), pairs=(5, 1, 5), min_score=0.98)  # every filter holds: #1, #5
    assert [p.index + 1 for d in plan_of(out, sel).docs for p in d.change] == [1, 5]
    decide(out, "reject", Selection(docs=("art",), pairs=(4,)))
    assert statuses(out) == ["unreviewed"] * 3 + ["rejected"] + ["unreviewed"] * 2
    assert [p.index + 1 for d in plan_of(out, Selection(statuses=("rejected",))).docs for p in d.left] == [4]


def plan_of(out, selection, action="approve", overwrite=False):
    with ReviewStore.open(out, readonly=True) as store:
        return plan(store, action, selection, overwrite)


def test_a_reviewer_s_decision_or_edit_is_left_unless_overwrite(out):
    with ReviewStore.open(out) as store:
        pairs = store.pairs(doc="art")
        store.reject(pairs[0].id)
        store.edit(pairs[1].id, "tgt", "Hello, edited.")
        store.approve(pairs[2].id)
    result = decide(out, "approve", Selection(docs=("art",)))
    assert statuses(out) == ["rejected", "unreviewed", "approved", "approved", "approved", "approved"]
    assert result.summary_lines()[0] == ("art: 3 pair(s) approved; 2 left as they were (a reviewer's decision or "
                                         "edit; --overwrite changes them); 1 approved already")
    result = decide(out, "approve", Selection(docs=("art",)), overwrite=True)
    assert statuses(out) == ["approved"] * 6 and result.totals() == (2, 0, 4)
    assert records(out)[1].tgt == ("Hello, edited.",) and records(out)[1].edited  # the edit is kept
    # --clear takes decisions back: without --overwrite it changes none
    assert decide(out, "clear", Selection(docs=("art",))).totals() == (0, 6, 0)
    assert decide(out, "clear", Selection(docs=("art",), pairs=(2, 3)), overwrite=True).totals() == (2, 0, 0)
    assert statuses(out) == ["approved", "unreviewed", "unreviewed", "approved", "approved", "approved"]
    assert [r.status for r in records(out)] == statuses(out)


def test_dry_run_writes_nothing_and_lists_the_pairs(out, tmp_path):
    before = folder_bytes(out)
    result = decide(out, "reject", Selection(max_score=0.5), dry_run=True)
    assert folder_bytes(out) == before
    assert result.pair_lines() == ["art #4: unreviewed -> rejected (score 0.40, 1-1)",
                                   "zeta #2: unreviewed -> rejected (score 0.20, 1-1)"]
    assert result.summary_lines()[-1] == ("total: 2 pair(s) would be rejected, in 2 document(s) "
                                          "(dry run: nothing written)")
    fresh = tmp_path / "fresh"  # pair files only: a dry run makes no review store either
    fresh.mkdir()
    write(fresh, "a", [0.9])
    decide(fresh, "approve", dry_run=True)
    assert sorted(p.name for p in fresh.iterdir()) == ["a.pairs.jsonl"]


def test_one_history_entry_per_run_of_adjacent_pairs_and_undo(out):
    decide(out, "approve", Selection(docs=("art",), pairs=(1, 2, 3, 5)))
    with ReviewStore.open(out) as store:
        labels = [h["label"] for h in store.history() if h["state"] == "done"]
        assert labels == ["approved pair", "approved 3 pairs"]
        store.undo()
        assert [p.status for p in store.pairs(doc="art")] == ["approved"] * 3 + ["unreviewed"] * 3
        store.undo()
        assert [p.status for p in store.pairs(doc="art")] == ["unreviewed"] * 6


def test_errors(out, tmp_path):
    with pytest.raises(TranslateToolError, match="no document 'nope'"):
        decide(out, "approve", Selection(docs=("nope",)))
    with pytest.raises(TranslateToolError, match="'art' has 6 pair.s.: there is no pair 7"):
        decide(out, "approve", Selection(docs=("art",), pairs=(7,)))
    with pytest.raises(UsageError, match="exactly one --doc"):
        decide(out, "approve", Selection(pairs=(1,)))
    with pytest.raises(UsageError):
        decide(out, "maybe")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(TranslateToolError, match="no \\*.pairs.jsonl to review"):
        decide(empty, "approve")
    assert list(empty.iterdir()) == []  # no review store left in a folder that is not an output folder
    with output_lock(out), pytest.raises(OutputLocked):
        decide(out, "approve")
    assert statuses(out) == ["unreviewed"] * 6


# ------------------------------------------------------------ the command


@pytest.fixture
def translated(installed_toy, seeds_copy, tmp_path):
    out = tmp_path / "translated"
    result = invoke("run", seeds_copy, "-o", out)
    assert result.exit_code == 0, result.output
    return seeds_copy, out


def test_decide_then_rerun_keeps_the_decisions(translated):
    seeds, out = translated
    with ReviewStore.open(out) as store:
        pairs = store.pairs(doc=SEED)
        store.reject(pairs[1].id)  # a reviewer's decision
    unflagged = [p.index for p in pairs if p.score >= 0.95 and not p.flags]
    assert unflagged == [0]  # the toy engine leaves Spanish words in every other sentence
    result = invoke("decide", out, "--approve", "--min-score", "0.95", "--except", "flagged")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"{SEED}: 1 pair(s) approved", "total: 1 pair(s) approved, in 1 document(s)"]
    result = invoke("decide", out, "--approve", "--doc", SEED, "--pair", 2, "--pair", 3)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (f"{SEED}: 1 pair(s) approved; 1 left as they were (a reviewer's "
                                             "decision or edit; --overwrite changes them)")
    expected = ["approved", "rejected", "approved"] + ["unreviewed"] * (len(pairs) - 3)
    assert [r.status for r in records(out, SEED)] == expected
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    entry = next(d for d in manifest["documents"] if d["path"] == f"{SEED}.txt")
    assert entry["review"] == {"pairs": len(pairs), "approved": 2, "rejected": 1, "unreviewed": len(pairs) - 3,
                               "edited": 0}
    tsv = (out / f"{SEED}.tsv").read_text(encoding="utf-8").splitlines()
    assert [row.split("\t")[5] for row in tsv[1:4]] == ["approved", "rejected", "approved"]
    files = {p.name: p.read_bytes() for p in out.iterdir() if p.name.startswith(SEED)}

    rerun = invoke("run", seeds, "-o", out)  # a real rerun: the decisions are kept, every file as decide wrote it
    assert rerun.exit_code == 0, rerun.output
    assert f"{SEED}.txt: review kept on 3 pair(s)" in rerun.output
    assert [r.status for r in records(out, SEED)] == expected
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name.startswith(SEED)} == files


def test_dry_run_prints_the_pairs_and_changes_nothing(translated):
    _seeds, out = translated
    before = folder_bytes(out)
    result = invoke("decide", out, "--reject", "--only", "needs-review", "--dry-run")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{SEED} #") and " unreviewed -> rejected (score " in lines[0]
    assert lines[-1].endswith("would be rejected, in 1 document(s) (dry run: nothing written)")
    assert folder_bytes(out) == before


ERRORS = [  # (arguments, exit code, the error line)
    (["--approve", "--doc", "nope"], 1, "error: no document 'nope' in the review store (documents: "),
    (["--approve", "--doc", SEED, "--pair", "99"], 1, f"error: document '{SEED}' has 18 pair(s): there is no pair 99"),
    (["--approve", "--pair", "2"], 2, "error: --pair numbers the pairs of one document: give exactly one --doc"),
    (["--approve", "--reject"], 2, "error: --approve and --reject: give one of --approve, --reject, --clear"),
    ([], 2, "error: give one of --approve, --reject, --clear"),
    (["--approve", "--pair", "0", "--doc", SEED], 2, "Invalid value for '--pair'"),
    (["--approve", "--max-score", "1.5"], 2, "Invalid value for '--max-score'"),
]


def test_one_line_errors_and_exit_codes(translated):
    _seeds, out = translated
    before = folder_bytes(out)
    for args, code, message in ERRORS:
        result = invoke("decide", out, *args)
        assert result.exit_code == code, (args, result.output)
        assert message in result.stderr, args
        if message.startswith("error: "):
            assert len(result.stderr.strip().splitlines()) == 1, args
    assert folder_bytes(out) == before


def test_not_an_output_folder_and_a_locked_one(translated, tmp_path):
    seeds, out = translated
    result = invoke("decide", seeds, "--approve")
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"error: {seeds}: no *.pairs.jsonl to review (run `translate-tool run` or "
                                     "`align` into it first)")
    assert not (seeds / DB_NAME).exists()
    assert invoke("decide", tmp_path / "missing", "--approve").exit_code == 1
    assert invoke("decide", seeds / f"{SEED}.txt", "--approve").exit_code == 2  # a file: click's usage error
    with output_lock(out):
        locked = invoke("decide", out, "--approve")
    assert locked.exit_code == 5 and "in use by another translate-tool process" in locked.stderr
    assert invoke("show", out, "--status", "approved", "--json").stdout == ""


def test_an_align_corpus_folder_its_corpus_follows_and_a_rerun_keeps_it(tmp_path):
    from test_align_corpus import aligned_pair_folder

    src, out = aligned_pair_folder(tmp_path)
    before = (out / "corpus.en").read_text(encoding="utf-8").splitlines()
    result = invoke("decide", out, "--reject", "--doc", "d0", "--pair", 1, "--pair", 2)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "d0: 2 pair(s) rejected"
    corpus = (out / "corpus.en").read_text(encoding="utf-8").splitlines()
    assert len(corpus) == len(before) - 2 and corpus == before[2:]
    assert [r.status for r in records(out, "d0")][:3] == ["rejected", "rejected", "unreviewed"]
    written = {f.name: f.read_bytes() for f in out.iterdir() if f.name != DB_NAME}
    rerun = invoke("align-corpus", src, "-o", out)
    assert rerun.exit_code == 0, rerun.output
    assert "d0: review kept on 2 pair(s)" in rerun.stderr
    assert {f.name: f.read_bytes() for f in out.iterdir() if f.name != DB_NAME} == written


def test_a_retired_document_is_refused_by_name_and_left_out_otherwise(installed_toy, tmp_path):
    from conftest import add_news_documents

    src = tmp_path / "in"
    src.mkdir()
    add_news_documents(src, 2)
    out = tmp_path / "out"
    assert invoke("run", src, "-o", out).exit_code == 0
    (src / "news01.txt").unlink()
    assert invoke("run", src, "-o", out).exit_code == 0  # news01 retired: files and review kept
    result = invoke("decide", out, "--approve", "--doc", "news01")
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"error: {out}: document 'news01' is no longer in the input (retired, see "
                                     f"manifest.json); its review is kept: `translate-tool show {out} --doc news01` "
                                     "prints it")
    result = invoke("decide", out, "--approve")
    assert result.exit_code == 0, result.output
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["news00", "total"]
    assert set(statuses(out, "news01")) == {"unreviewed"}


def test_a_status_typed_in_the_tsv_is_taken_first_and_then_left_as_it_was(out):
    decide(out, "approve", Selection(docs=("art",), pairs=(6,)))  # (writes art.tsv and records its hash)
    tsv = out / "art.tsv"
    rows = tsv.read_text(encoding="utf-8").splitlines()
    cells = rows[1].split("\t")
    cells[5] = "rejected"
    rows[1] = "\t".join(cells)
    tsv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = decide(out, "approve", Selection(docs=("art",)))
    assert [h.stem for h in result.hand_edits] == ["art"] and "pair #1" in result.hand_edits[0].taken_line()
    assert result.totals() == (4, 1, 1)
    assert statuses(out) == ["rejected"] + ["approved"] * 5
    assert [r.status for r in records(out)] == statuses(out)
