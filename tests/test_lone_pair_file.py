"""A pair file written by `align -o` with no review store beside it, edited by hand, then
aligned again (review/lone_file.py): the hand edit is kept, or the file is kept as a copy."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import event, given, settings
from hypothesis import strategies as st

from translate_tool.cli import main
from translate_tool.data import PairRecord, pair_text_hash
from translate_tool.formats import format_jsonl, parse_jsonl, read_pairs_jsonl

ES = ("El presidente visitó ayer la ciudad de Córdoba. La reunión duró dos horas.\n\n"
      "Según el ministro, la economía crecerá un 3 por ciento este año. Los sindicatos no están de acuerdo.\n\n"
      "La oposición pidió explicaciones al gobierno. El debate seguirá la próxima semana.\n")
EN = ("The president visited the city of Córdoba yesterday. The meeting lasted two hours.\n\n"
      "According to the minister, the economy will grow by 3 percent this year. The unions disagree.\n\n"
      "The opposition asked the government for explanations. The debate will continue next week.\n")
FIX = "Per the minister, the economy grows 3% this year."


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TRANSLATE_TOOL_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "a.es.txt").write_text(ES, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "rev").mkdir()
    return tmp_path


def _align(folder: Path):
    res = CliRunner().invoke(main, ["align", str(folder / "a.es.txt"), str(folder / "a.en.txt"),
                                    "-o", str(folder / "rev" / "a.pairs.jsonl")])
    assert res.exit_code == 0, res.output
    return res


def _edit(path: Path, **changes) -> None:
    """Change records of the file as an editor would: only the keys named, nothing else."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for k, fields in changes.items():
        rows[int(k[1:])].update(fields)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_every_record_carries_the_hash_of_its_text():
    r = PairRecord("d", 0, ("Hola.",), ("Hello.",), (0,), (0,), 0, 0.9)
    back = parse_jsonl(format_jsonl([r]))[0]
    assert back.text_hash == pair_text_hash(("Hola.",), ("Hello.",)) and not back.hand_edited
    changed = json.loads(format_jsonl([r]))
    changed["tgt"] = ["Hi."]
    assert parse_jsonl(json.dumps(changed))[0].hand_edited
    # an editor that saves NFD has not changed the text; a file from before the hash cannot tell
    nfd = dict(changed, tgt=["Hello."], src=["Ho\u0301la."])
    nfd["text_hash"] = pair_text_hash(("Hóla.",), ("Hello.",))
    assert not parse_jsonl(json.dumps(nfd))[0].hand_edited
    assert not parse_jsonl(json.dumps({k: v for k, v in changed.items() if k != "text_hash"}))[0].hand_edited


@pytest.mark.parametrize("decided", [False, True], ids=["text-only", "with-a-decision"])
def test_hand_edited_text_survives_a_realignment(folder, decided):
    """The English of pair 3 rewritten in the file (and pair 2 approved there, or not), then the
    translation changed elsewhere (pair 4) and aligned again: the rewrite stays, as an edit."""
    pairs = folder / "rev" / "a.pairs.jsonl"
    _align(folder)
    _edit(pairs, p2={"tgt": [FIX]}, **({"p1": {"status": "approved"}} if decided else {}))
    (folder / "a.en.txt").write_text(EN.replace("The unions disagree.", "The unions do not agree."), encoding="utf-8")
    res = _align(folder)
    assert "edits made by hand taken into the review: pair #3" in res.stderr
    after = read_pairs_jsonl(pairs)
    assert after[2].tgt == (FIX,) and after[2].edited
    assert after[2].mt == ("According to the minister, the economy will grow by 3 percent this year.",)
    assert after[3].tgt == ("The unions do not agree.",)  # the document's change came through
    assert after[1].status == ("approved" if decided else "unreviewed")
    assert not list((folder / "rev").glob("*.hand-edited*"))
    # and once more: nothing new, nothing lost
    res = _align(folder)
    assert "by hand" not in res.stderr and read_pairs_jsonl(pairs)[2].tgt == (FIX,)


def test_edit_where_the_translation_changed_too_keeps_the_file(folder):
    """The same pair changed in the file and in the document: no merge, the file kept as it was."""
    pairs = folder / "rev" / "a.pairs.jsonl"
    _align(folder)
    _edit(pairs, p3={"tgt": ["Unions: no."]})
    edited = pairs.read_bytes()
    (folder / "a.en.txt").write_text(EN.replace("The unions disagree.", "The unions do not agree."), encoding="utf-8")
    res = _align(folder)
    assert "pair #4's translation changed in the document as well" in res.stderr
    assert (folder / "rev" / "a.pairs.jsonl.hand-edited").read_bytes() == edited
    assert read_pairs_jsonl(pairs)[3].tgt == ("The unions do not agree.",)


def test_a_broken_file_is_kept_before_it_is_rewritten(folder):
    pairs = folder / "rev" / "a.pairs.jsonl"
    _align(folder)
    broken = pairs.read_text(encoding="utf-8").replace('"tgt": [', '"tgt": [[', 1)
    pairs.write_text(broken, encoding="utf-8")
    res = _align(folder)
    assert "no longer reads as pair records" in res.stderr and "line 1" in res.stderr
    assert (folder / "rev" / "a.pairs.jsonl.hand-edited").read_text(encoding="utf-8") == broken
    assert read_pairs_jsonl(pairs)[0].tgt  # the new alignment written


def test_realigning_a_reviewed_document_with_no_work_left_is_not_read_as_hand_edits(folder):
    """A decision made in the file and taken back, then two realignments after the document
    changed: the tool's own second output is not taken for a reviewer's edit (the store records
    every file it writes), and the side-by-side files written beside it follow the pairs."""
    pairs = folder / "rev" / "a.pairs.jsonl"
    _align(folder)
    _edit(pairs, p1={"status": "approved"})
    _align(folder)
    _edit(pairs, p1={"status": "unreviewed"})
    _align(folder)
    for wording in ("The unions do not agree.", "Unions do not agree at all."):
        (folder / "a.en.txt").write_text(EN.replace("The unions disagree.", wording), encoding="utf-8")
        res = _align(folder)
    assert "back to unreviewed" not in res.stderr and "by hand" not in res.stderr
    assert read_pairs_jsonl(pairs)[3].tgt == ("Unions do not agree at all.",)
    for name in ("a.tsv", "a.tmx"):
        if (folder / "rev" / name).exists():
            text = (folder / "rev" / name).read_text(encoding="utf-8")
            assert "Unions do not agree at all." in text and "The unions disagree." not in text


SIG = "aligner=emb-len-dp/2 test"


def _records(targets):
    return [PairRecord("a", k, (f"Frase número {k}.",), (t,), (k,), (k,), k // 3, 0.9, (), SIG)
            for k, t in enumerate(targets)]


@settings(max_examples=int(os.environ.get("SURVIVAL_EXAMPLES", 100)) // 2, deadline=None)
@given(data=st.data())
def test_property_a_lone_files_hand_edits_are_taken_or_kept_never_lost(tmp_path_factory, data):
    """Any pairs of a lone pair file rewritten and decided by hand, any pairs' translations
    changed in the document, then aligned again: every hand-written text is in the new file (as
    an edit, over the document's text) or the file is kept byte for byte, and an edit and a
    decision on a pair whose translation did not change are both in the new file."""
    from translate_tool.review.reconcile import write_pairs_file

    folder = tmp_path_factory.mktemp("lone")
    path = folder / "a.pairs.jsonl"
    n = data.draw(st.integers(2, 8))
    first = [f"Sentence number {k}." for k in range(n)]
    write_pairs_file(path, _records(first), "es", "en")
    edited = data.draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=n))
    decided = {k: data.draw(st.sampled_from(["approved", "rejected"]))
               for k in data.draw(st.sets(st.integers(0, n - 1), max_size=n))}
    changes = {f"p{k}": {"tgt": [f"Hand text {k}."]} for k in edited}
    for k, status in decided.items():
        changes.setdefault(f"p{k}", {})["status"] = status
    _edit(path, **changes)
    by_hand = path.read_bytes()
    changed = data.draw(st.sets(st.integers(0, n - 1), max_size=n))
    _, hand = write_pairs_file(path, _records([f"Changed {k}." if k in changed else t for k, t in enumerate(first)]),
                               "es", "en")
    after = read_pairs_jsonl(path)
    copies = [p.read_bytes() for p in folder.glob("a.pairs.jsonl.hand-edited*")]
    event("copy kept" if copies else "all taken")
    assert len(copies) <= 1
    if copies:
        assert copies[0] == by_hand and hand.kept
    for k in edited:
        assert copies or after[k].tgt == (f"Hand text {k}.",)
        if k not in changed:  # a clean edit is always taken, copy or not
            assert after[k].tgt == (f"Hand text {k}.",) and after[k].edited and after[k].mt == (first[k],)
    for k, status in decided.items():
        if k not in changed:
            assert after[k].status == status
    for k in changed - edited:
        assert after[k].tgt == (f"Changed {k}.",)


def test_a_review_rebuilt_from_pair_files_takes_their_hand_edits(tmp_path):
    """review.sqlite3 and manifest.json both lost, and the English of a pair fixed by hand in the
    pair file: the rebuilt review has it as an edit (its text_hash says so), and the next run's
    merge keeps it (the text it replaced is not known: `mt` is empty)."""
    from translate_tool.review import ReviewStore
    from translate_tool.review.reconcile import RunReconciler

    mt_sig = "engine:apertium|model:apertium-eng-spa|pair:es-en|align:mt-1to1"
    machine = [PairRecord("a", k, (f"Frase {k}.",), (f"Sentence {k}.",), (k,), (k,), 0, 0.9, (), mt_sig)
               for k in range(3)]
    path = tmp_path / "a.pairs.jsonl"
    path.write_text(format_jsonl(machine), encoding="utf-8")
    _edit(path, p1={"tgt": ["Fixed by hand."]})
    with ReviewStore.open(tmp_path) as store:
        rec = store.records("a")[1]
        assert rec.tgt == ("Fixed by hand.",) and rec.edited
    rec = RunReconciler(tmp_path)
    try:
        out, reviewed, _ = rec.reconcile("a", machine, "es", "en")
    finally:
        rec.close()
    assert reviewed and out[1].tgt == ("Fixed by hand.",) and out[1].mt == ()
    assert [r.edited for r in out] == [False, True, False]
