"""Sentence segmentation: gold set, seeds, invariants, engine splitting."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translate_tool.segment import segment_sentences, split_for_engine

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "segmentation"


def _load(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _nows(text: str) -> str:
    return "".join(text.split())


def _cuts(sentences: list[str]) -> set[int]:
    cuts, pos = set(), 0
    for s in sentences[:-1]:
        pos += len(_nows(s))
        cuts.add(pos)
    return cuts


GOLD = _load("gold.jsonl")
SEEDS = _load("seeds.jsonl")


def test_gold_set_is_large_and_consistent():
    assert len(GOLD) >= 150
    assert {c["lang"] for c in GOLD} == {"es", "en"}
    for c in GOLD:
        assert _nows("".join(c["sentences"])) == _nows(c["text"]), c["id"]


def test_gold_boundary_f1():
    tp = fp = fn = 0
    for c in GOLD:
        gold, got = _cuts(c["sentences"]), _cuts(segment_sentences(c["text"], c["lang"]))
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.99, (precision, recall, f1)


def test_heldout_boundary_f1():
    held = _load("heldout.jsonl")
    tp = fp = fn = 0
    for c in held:
        gold, got = _cuts(c["sentences"]), _cuts(segment_sentences(c["text"], c["lang"]))
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    assert 2 * tp / (2 * tp + fp + fn) >= 0.97


def test_seed_paragraphs_match_the_seed_files():
    from translate_tool.documents import read_document

    by_seed: dict[str, list[str]] = {}
    for c in SEEDS:
        by_seed.setdefault(c["seed"], []).append(c["text"])
    assert len(by_seed) == 5
    for name, paragraphs in by_seed.items():
        assert list(read_document(ROOT / "seeds" / name).paragraphs) == paragraphs


@pytest.mark.parametrize("case", SEEDS, ids=lambda c: f"{c['seed'][:3]}-p{c['paragraph']}")
def test_seeds_exactly(case):
    assert segment_sentences(case["text"], case["lang"]) == case["sentences"]


@pytest.mark.parametrize("text,lang,expected", [
    ("", "es", []),
    ("  \n \t ", "en", []),
    ("Milei recibe a Kast\nEl encuentro será el martes.", "es",
     ["Milei recibe a Kast", "El encuentro será el martes."]),
    ("The bank raised rates\nagain on Thursday.", "en", ["The bank raised rates\nagain on Thursday."]),
    ("Viajó a EE.UU. El martes volvió.", "pt", ["Viajó a EE.UU.", "El martes volvió."]),
    ("Il est arrivé. Mme Dupont aussi.", "fr", ["Il est arrivé.", "Mme Dupont aussi."]),
])
def test_examples(text, lang, expected):
    assert segment_sentences(text, lang) == expected


# --- invariant: nothing dropped or changed ----------------------------------
_PIECES = st.sampled_from([
    ".", "...", "…", "?", "!", "¿", "¡", "«", "»", "“", "”", "‘", "’", '"', "'", "(", ")",
    "[", "]", "—", "–", "-", ",", ";", ":", " ", "  ", "\n", "\t", "\u00a0", "Sr.", "EE.UU.",
    "EE. UU.", "a. C.", "U.S.", "D.C.", "p. ej.", "etc.", "J.", "A", "b", "El", "the", "He",
    "1.500", "2,7%", "US$", "3.5", "@handle", "#tag", "https://x.com/a?b=1.", "ÚLTIMO",
    "MOMENTO", "Enorme", "e\u0301", "\u200b", "1.", "No.",
])
_TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(_PIECES, max_size=80).map("".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=60).map(" ".join),
)


@settings(max_examples=600, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["es", "en", "pt", "xx"]))
def test_no_character_lost_or_changed(text, lang):
    sentences = segment_sentences(text, lang)
    assert _nows("".join(sentences)) == _nows(text)
    pos = 0
    for s in sentences:  # each sentence is a stripped, non-empty slice, in order
        assert s and s == s.strip()
        found = text.find(s, pos)
        assert found >= 0
        pos = found + len(s)


# --- splitting for the engine ------------------------------------------------
def _run_on(n_chars: int, seed: int, punctuation: bool) -> str:
    rng = random.Random(seed)
    words = ["el", "gobierno", "libertario", "anunció", "que", "la", "inflación", "de",
             "octubre", "fue", "más", "baja", "Milei", "Kast", "región", "económica"]
    out: list[str] = []
    while sum(map(len, out)) + len(out) < n_chars:
        w = rng.choice(words)
        if punctuation and rng.random() < 0.04:
            w += rng.choice([",", ";", ":", "—"])
        out.append(w)
    return " ".join(out)


@pytest.mark.parametrize("n_chars,punctuation", [(5_000, False), (5_000, True),
                                                 (20_000, False), (20_000, True)])
@pytest.mark.parametrize("max_chars", [400, 120])
def test_split_for_engine_long_run_on(n_chars, punctuation, max_chars):
    sentence = _run_on(n_chars, n_chars + max_chars, punctuation)
    pieces = split_for_engine(sentence, max_chars)
    assert all(0 < len(p) <= max_chars for p in pieces)
    assert _nows(" ".join(pieces)) == _nows(sentence)
    words = set(sentence.replace("—", " ").split())
    for p in pieces:  # never inside a word
        assert set(p.replace("—", " ").split()) <= words
    assert len(pieces) >= n_chars // max_chars


def test_split_for_engine_prefers_clause_punctuation():
    sentence = "a" * 10 + " " + ("palabra " * 30) + "fin; " + ("otra " * 40)
    pieces = split_for_engine(sentence, 400)
    assert pieces[0].endswith("fin;")


def test_split_for_engine_short_and_unbreakable():
    assert split_for_engine("  Hola.  ") == ["Hola."]
    assert split_for_engine("") == []
    token = "x" * 5_000  # one 5,000-char token (say, a URL): hard cuts, nothing lost
    pieces = split_for_engine(token, 400)
    assert all(len(p) <= 400 for p in pieces) and "".join(pieces) == token


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, max_chars=st.integers(min_value=2, max_value=60))
def test_split_for_engine_property(text, max_chars):
    pieces = split_for_engine(text, max_chars)
    assert all(0 < len(p) <= max_chars for p in pieces)
    assert _nows(" ".join(pieces)) == _nows(text)
