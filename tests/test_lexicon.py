"""Bilingual dictionary signal (translate_tool.lexicon): dictd parsing, fuzzy matching, the band
counts the aligner gathers, and the aligner option. Tiny dictd files are built here, so the tests
do not need Debian's FreeDict packages."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from translate_tool.lexicon import Lexicon, load_lexicon, read_dictd

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64(n: int) -> str:
    out = ""
    while True:
        out = _B64[n % 64] + out
        n //= 64
        if not n:
            return out


def write_dictd(folder, name: str, entries: dict[str, list[str]], zipped: bool = True) -> None:
    """A dictd pair of files as FreeDict ships them: the header line, then the entry's lines."""
    data, index = b"", []
    for head, lines in [("00databaseshort", ["a test dictionary"])] + sorted(entries.items()):
        body = "\n".join([f"{head} /x/ <n>"] + lines).encode() + b"\n"
        index.append(f"{head}\t{_b64(len(data))}\t{_b64(len(body))}")
        data += body
    (folder / f"{name}.index").write_text("\n".join(index) + "\n", encoding="utf-8")
    if zipped:
        (folder / f"{name}.dict.dz").write_bytes(gzip.compress(data))
    else:
        (folder / f"{name}.dict").write_bytes(data)


@pytest.fixture()
def dict_dir(tmp_path):
    write_dictd(tmp_path, "freedict-deu-fra", {
        "Gipfel": ["1. sommet 2.", "höchste Stelle eines Berges", " 3.", "2. cime, pointe"],
        "Gletscher": ["glacier", "Eismasse, die talwärts fließt"],
        "Wand": ["paroi, mur"],
        "gehen": ["aller, marcher"],
    })
    write_dictd(tmp_path, "freedict-fra-deu", {"lac": ["See"], "neige": ["Schnee"]}, zipped=False)
    return tmp_path


def test_read_dictd_takes_translations_and_skips_glosses(dict_dir):
    d = read_dictd(dict_dir / "freedict-deu-fra.index", dict_dir / "freedict-deu-fra.dict.dz")
    assert d["gipfel"] == {"sommet", "cime", "pointe"}
    assert d["gletscher"] == {"glacier"}  # the German gloss line is not a translation
    assert "00databaseshort" not in d


def test_load_merges_both_directions(dict_dir):
    lex = load_lexicon("de", "fr", str(dict_dir))
    assert lex.pairs["gipfel"] >= {"sommet"} and lex.pairs["see"] == {"lac"} and lex.pairs["schnee"] == {"neige"}
    assert load_lexicon("de", "it", str(dict_dir)) is None


def test_coverage_matches_inflections_compounds_numbers_and_names(dict_dir):
    lex = load_lexicon("de", "fr", str(dict_dir))
    src = ["Die Nordwand am Gipfelgrat des Gletschers 1956", "Schnee am See bei Zermatt", "Nichts davon hier"]
    tgt = ["Les parois de l'arête du sommet du glacier en 1956", "Neige au lac près de Zermatt", "Rien de tout cela"]
    doc = lex.document(src, tgt)
    # Gipfelgrat -> gipfel (a compound's first part), Gletschers -> gletscher (inflection), 1956;
    # "wand" is too short to be looked for inside Nordwand (PREFIX), so "parois" has no counterpart
    assert doc.coverage(0, 1, 0, 1) == (3, 3, 3, 3)
    assert doc.coverage(1, 1, 1, 1) == (3, 3, 3, 3)  # schnee, see, Zermatt (a name on both sides)
    assert doc.coverage(0, 1, 1, 1)[0] == 0
    assert doc.known_src[2] == 0 and doc.known_tgt[2] == 0  # no word with a counterpart here
    assert 0.0 <= doc.chance(1) < 0.5


def test_window_counts_are_the_coverage_of_every_run(dict_dir):
    lex = Lexicon({"berg": {"montagne"}, "schnee": {"neige"}, "see": {"lac"}, "gipfel": {"sommet"}})
    rng = np.random.default_rng(3)
    de, fr = ["Berg", "Schnee", "See", "Gipfel", "Haus"], ["montagne", "neige", "lac", "sommet", "maison"]
    picks = [rng.choice(5, size=rng.integers(0, 4), replace=False) for _ in range(12)]
    src = [" ".join(de[k] for k in p) for p in picks]
    tgt = [" ".join(fr[k] for k in p) for p in picks[2:] + picks[:2]]
    doc = lex.document(src, tgt)
    k = 3
    off = np.array([max(0, p - 4) for p in range(12)])
    width = np.array([min(12, p + 4) - o for p, o in enumerate(off)])
    for side in (0, 1):
        flat, base = doc.window_counts(side, off, width, k)
        for p in range(12):
            for x in range(width[p]):
                for kk in range(1, k + 1):
                    start = off[p] + x
                    if start + kk > 12:
                        continue
                    cov = doc.coverage(p, 1, start, kk) if side == 0 else doc.coverage(start, kk, p, 1)
                    assert flat[base[p] + x * k + kk - 1] == (cov[0] if side == 0 else cov[2])


def test_aligner_option_is_in_the_signature_and_keeps_every_sentence(dict_dir):
    from test_aligner import EN, ES, FakeEncoder, _assert_complete

    from translate_tool.aligner import AlignSettings, align

    write_dictd(dict_dir, "freedict-spa-eng", {"gobierno": ["government"], "presidente": ["president"]})
    src, tgt = ES[:40], EN[:38]
    for extra, mark in (({"lex_weight": 0.2}, "lex=0.2/sent"), ({"lex_weight": 0.2, "lex_mode": "bead"}, "lex=0.2/bead"),
                        ({"lex_weight": 0.2, "lex_mode": "mix"}, "lex=0.2/mix"),
                        ({"lex_weight": 0.2, "lex_chance": 1.0, "lex_gain": 1.0}, "lexchance=1 lexgain=1")):
        st = AlignSettings(coarse_max=16, lex_dir=str(dict_dir), **extra)
        res = align(src, tgt, encoder=FakeEncoder(), settings=st)
        _assert_complete(res.beads, len(src), len(tgt))
        assert mark in res.signature
    res = align(src, tgt, src_lang="es", tgt_lang="it", encoder=FakeEncoder(),
                settings=AlignSettings(coarse_max=16, lex_weight=0.2, lex_dir=str(dict_dir)))
    assert any("no bilingual dictionary" in n for n in res.warnings)
