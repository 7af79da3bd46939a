"""Corpus filters on `export` (what each removes, and the summary) and XLIFF 1.2 read back by
translate-toolkit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.corpus_filters import FilterSettings, apply_filters, margin_scores, numbers_of
from translate_tool.data import PairRecord
from translate_tool.formats import format_jsonl, format_xliff
from translate_tool.review import ReviewStore

DATA = Path(__file__).resolve().parent.parent / "data" / "newstest2013"
ES = (DATA / "newstest2013.es").read_text(encoding="utf-8").splitlines()
EN = (DATA / "newstest2013.en").read_text(encoding="utf-8").splitlines()


def rec(i, src, tgt, score=0.9, doc="a"):
    return PairRecord(doc, i, (src,) if src else (), (tgt,) if tgt else (), (i,), (i,), 0, score, (), "sig")


def test_each_filter_removes_what_it_names():
    recs = [
        rec(0, "Buenos días a todos.", "Good morning to everyone."),
        rec(1, "Hola.", "Hello."),  # 1 word
        rec(2, "Una frase bastante larga con muchas palabras.", "Short one."),  # ratio
        rec(3, "Barcelona FC", "Barcelona FC"),  # identical sides
        rec(4, "Pagó 1.500,5 euros en 2019.", "He paid 1,500.5 euros in 2019."),  # same numbers
        rec(5, "Pagó 1.500 euros en 2018.", "He paid 1,500 euros in 2019."),  # numbers differ
        rec(6, "Esta frase está escrita en español claramente.", "Esta frase está escrita en español claramente, sí."),
        rec(7, "¡Buenos días, a todos!", "Good morning to everyone"),  # near duplicate of 0
        rec(8, "Confianza baja aquí.", "Low confidence here.", score=0.2),
    ]
    st = FilterSettings(min_score=0.5, min_words=2, max_ratio=3.0, drop_identical=True, numbers=True,
                        langid=True, near_dedupe=True)
    kept, removed = apply_filters(recs, st, "es", "en")
    assert [r.pair for r in kept] == [0, 4]
    assert removed == {
        "--min-score 0.5": 1, "--min-words 2": 1, "--max-ratio 3": 1, "--drop-identical": 1,
        "--numbers": 1, "--langid es/en": 1, "--near-dedupe": 1,
    }
    assert numbers_of("3,5 y 1.000") == numbers_of("3.5 and 1,000")
    assert apply_filters(recs, FilterSettings(), "es", "en") == (recs, {})


def test_margin_drops_the_misaligned_pair():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((20, 16))
    y = x + 0.1 * rng.standard_normal((20, 16))
    y[7] = rng.standard_normal(16)  # pair 7 is misaligned
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y /= np.linalg.norm(y, axis=1, keepdims=True)
    m = margin_scores(x, y, k=4)
    assert int(np.argmin(m)) == 7 and m[7] < 1.0 < np.delete(m, 7).min()


def test_margin_with_real_embeddings():
    good = [rec(i, ES[i], EN[i]) for i in range(12)]
    bad = rec(12, ES[12], EN[40])  # a sentence paired with an unrelated one
    kept, removed = apply_filters(good + [bad], FilterSettings(min_margin=1.0), "es", "en")
    assert [r.pair for r in kept] == list(range(12)) and removed == {"--min-margin 1": 1}


def test_near_dedupe_keeps_the_pair_a_reviewer_worked_on():
    mt = rec(0, "Asistieron 3.500 personas al acto.", "They attended 3.500 people.", doc="a")
    other = rec(1, "El ministro habló ayer con la prensa.", "The minister spoke to the press yesterday.", doc="b")
    fixed = replace(mt, doc="b", pair=2, tgt=("They attended 3,500 people.",))  # the same up to digits
    edited = replace(fixed, edited=True)
    approved = replace(fixed, status="approved")
    both = replace(fixed, status="approved", edited=True)
    rejected = replace(fixed, status="rejected")

    def near_dedupe(recs):
        kept, removed = apply_filters(recs, FilterSettings(near_dedupe=True))
        assert removed == {"--near-dedupe": len(recs) - len(kept)}
        return kept

    # the reviewer's version wins wherever it is, and every kept pair stays at its own place
    assert near_dedupe([mt, other, edited]) == [other, edited]
    assert near_dedupe([mt, other, approved]) == [other, approved]
    assert near_dedupe([both, other, approved, edited, mt]) == [both, other]
    assert near_dedupe([edited, other, both, approved]) == [other, both]  # approved and edited before approved
    assert near_dedupe([mt, rejected, other]) == [mt, other]  # a rejected repeat never pushes out a pair
    # among equals the first, as before
    assert near_dedupe([mt, other, fixed]) == [mt, other]
    assert near_dedupe([approved, other, replace(approved, pair=5)]) == [approved, other]


def test_export_dedupe_keeps_the_approved_correction(tmp_path):
    """QA: a document's unreviewed machine pair won over the same sentence approved and corrected
    in another document (a.txt, then b.txt repeating its sentence)."""
    sent, machine = "Asistieron 3.500 personas al acto.", "They assisted 3.500 people to the act."
    (tmp_path / "a.pairs.jsonl").write_text(format_jsonl([rec(0, sent, machine, doc="a")]), encoding="utf-8")
    (tmp_path / "b.pairs.jsonl").write_text(format_jsonl([
        rec(0, "El ministro habló ayer con la prensa.", "The minister spoke yesterday with the press.", doc="b"),
        rec(1, sent, machine, doc="b")]), encoding="utf-8")
    with ReviewStore.open(tmp_path) as s:
        i = s.ids("b")[1]
        s.edit(i, "tgt", "They assisted 3,500 people to the act.")
        s.approve(i)

    def export(*args):
        res = CliRunner().invoke(main, ["export", str(tmp_path), "--format", "tsv", *args])
        assert res.exit_code == 0, res.output
        return [tuple(line.split("\t")[:2]) + (line.split("\t")[5],) for line in res.stdout.splitlines()[1:]]

    assert export("--near-dedupe") == [
        ("El ministro habló ayer con la prensa.", "The minister spoke yesterday with the press.", "unreviewed"),
        (sent, "They assisted 3,500 people to the act.", "approved,edited"),
    ]
    with ReviewStore.open(tmp_path) as s:  # the same text in both documents: --dedupe keeps the approved one
        i = s.ids("b")[1]
        s.edit(i, "tgt", machine)
    assert export("--dedupe") == [
        ("El ministro habló ayer con la prensa.", "The minister spoke yesterday with the press.", "unreviewed"),
        (sent, machine, "approved,edited"),
    ]


def test_xliff_read_by_translate_toolkit():
    from translate.storage import xliff

    recs = [rec(0, 'Dijo "hola" & <se fue>.', "He said 'hi' & <left>."), rec(1, "Sin traducción.", ""),
            rec(0, "Otra.", "Another.", score=0.3, doc="b")]
    store = xliff.xlifffile.parsestring(format_xliff(recs, "es", "en", "sig|x").encode("utf-8"))
    units = [u for u in store.units if not u.isheader()]
    assert [(u.source, u.target) for u in units] == [
        ('Dijo "hola" & <se fue>.', "He said 'hi' & <left>."), ("Otra.", "Another.")]
    assert [u.getid() for u in units] == ["a\x04a:0", "b\x04b:0"]  # translate-toolkit: file\x04id
    assert store.getsourcelanguage() == "es" and store.gettargetlanguage() == "en"
    assert "score 0.3000" in units[1].getnotes()
    empty = xliff.xlifffile.parsestring(format_xliff([], "es", "en").encode("utf-8"))
    assert [u for u in empty.units if not u.isheader()] == []


def test_xliff_states_carry_the_review_and_translate_toolkit_reads_them():
    from translate.storage import xliff

    mt = "engine:argos|model:m|version:1|pair:es-en"
    base = [rec(i, f"Frase {i}.", f"Sentence {i}.") for i in range(5)]
    recs = [
        replace(base[0], status="approved", signature=mt),
        replace(base[1], status="approved", edited=True, mt=("Phrase 1.",), signature=mt),
        replace(base[2], edited=True, mt=("Phrase 2.",), signature=mt),  # edited, not yet approved
        replace(base[3], signature=mt, flags=("number",)),  # machine output nobody has looked at
        replace(base[4], status="rejected", signature=mt),
        replace(rec(5, "Alineada.", "Aligned."), signature="align:usem3|pair:es-en"),  # an aligned translation
    ]
    text = format_xliff(recs, "es", "en")
    units = [u for u in xliff.xlifffile.parsestring(text.encode("utf-8")).units if not u.isheader()]
    targets = [u.xmlelement.find("{urn:oasis:names:tc:xliff:document:1.2}target") for u in units]
    assert [(t.get("state"), t.get("state-qualifier")) for t in targets] == [
        ("signed-off", None), ("signed-off", None), ("translated", None),
        ("needs-review-translation", "mt-suggestion"), ("needs-translation", None),
        ("needs-review-translation", None),
    ]
    # translate-toolkit's reading of them: approved, translated, needs review, needs work
    assert [u.isapproved() for u in units] == [True, True, False, False, False, False]
    S = xliff.xliffunit
    assert [u.get_state_n() for u in units] == [S.S_SIGNED_OFF, S.S_SIGNED_OFF, S.S_TRANSLATED, S.S_NEEDS_REVIEW,
                                                S.S_NEEDS_TRANSLATION, S.S_NEEDS_REVIEW]
    assert [u.isreview() for u in units] == [False, False, False, True, False, True]
    assert "score 0.9000; flags number" in units[3].getnotes()


@pytest.fixture
def out(tmp_path):
    recs = [rec(i, ES[i], EN[i]) for i in range(10)]
    recs += [rec(10, ES[0], EN[0]), rec(11, "Pagó 100 euros.", "He paid 200 euros."), rec(12, "Sí.", "Yes.")]
    (tmp_path / "a.pairs.jsonl").write_text(format_jsonl(recs), encoding="utf-8")
    return tmp_path


def test_export_xliff_with_filters_and_summary(out, tmp_path):
    from translate.storage import xliff

    path = tmp_path / "corpus.xlf"
    res = CliRunner().invoke(main, ["export", str(out), "--format", "xliff", "-o", str(path),
                                    "--near-dedupe", "--numbers", "--min-words", "2"])
    assert res.exit_code == 0, res.output
    units = [u for u in xliff.xlifffile.parsefile(str(path)).units if not u.isheader()]
    assert [u.source for u in units] == ES[:10]
    assert "removed by --near-dedupe: 1" in res.stderr
    assert "removed by --numbers: 1" in res.stderr and "removed by --min-words 2: 1" in res.stderr
    assert "pairs: 10 (of 13)" in res.stderr


def test_export_xliff_states_from_the_review(out, tmp_path):
    from translate.storage import xliff

    with ReviewStore.open(out) as s:
        ids = s.ids("a")
        s.approve(ids[0])
        s.edit(ids[1], "tgt", "An edit nobody has approved yet.")
        s.reject(ids[2])
    path = tmp_path / "corpus.xlf"
    res = CliRunner().invoke(main, ["export", str(out), "--format", "xliff", "-o", str(path), "--status", "any"])
    assert res.exit_code == 0, res.output
    units = [u for u in xliff.xlifffile.parsefile(str(path)).units if not u.isheader()]
    S = xliff.xliffunit
    assert [(u.isapproved(), u.get_state_n()) for u in units[:4]] == [
        (True, S.S_SIGNED_OFF), (False, S.S_TRANSLATED), (False, S.S_NEEDS_TRANSLATION), (False, S.S_NEEDS_REVIEW)]
    assert units[1].target == "An edit nobody has approved yet."
    default = CliRunner().invoke(main, ["export", str(out), "--format", "xliff"])  # rejected pairs left out
    assert default.exit_code == 0 and 'state="needs-translation"' not in default.stdout
    # the 10 unreviewed pairs; signature "sig" (no engine:): an aligned translation, no mt-suggestion
    assert default.stdout.count('<target state="needs-review-translation">') == 10
    assert "state-qualifier" not in default.stdout
