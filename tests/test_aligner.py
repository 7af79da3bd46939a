"""Sentence aligner: bead shapes on real es-en text, coverage/order property, bad input, cache."""

from __future__ import annotations

import warnings
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from translate_tool.aligner import AlignSettings, align, align_beads, score_translation_pairs
from translate_tool.cache import KeyValueCache

DATA = Path(__file__).resolve().parent.parent / "data" / "newstest2013"
ES = (DATA / "newstest2013.es").read_text(encoding="utf-8").splitlines()
EN = (DATA / "newstest2013.en").read_text(encoding="utf-8").splitlines()


class _FakeFeatures:
    def __init__(self, vecs):
        self.vecs = vecs

    def __len__(self):
        return len(self.vecs)

    def window(self, starts, sizes):
        out = np.stack([self.vecs[s : s + k].sum(axis=0) for s, k in zip(starts, sizes)]) if len(starts) else np.zeros((0, 512))
        return (out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)).astype(np.float32)

    def embeddings(self):
        return self.window(np.arange(len(self)), np.ones(len(self), dtype=int))


class FakeEncoder:
    """Cheap deterministic stand-in: a random unit vector per distinct text."""

    name = "fake/1"

    def features(self, sentences, lang=None):
        vecs = np.stack([np.random.default_rng(zlib.crc32(s.encode())).standard_normal(512) for s in sentences]) if sentences else np.zeros((0, 512))
        return _FakeFeatures(vecs.astype(np.float32))

    def embed(self, sentences, lang=None, *, threads=None):
        return self.features(sentences).embeddings()


@pytest.fixture(scope="module")
def encoder(tmp_path_factory):
    from translate_tool.embeddings import SentenceEncoder

    return SentenceEncoder(cache=KeyValueCache("embeddings", tmp_path_factory.mktemp("emb")))


def _assert_complete(beads, n, m):
    assert [i for b in beads for i in b.src] == list(range(n))
    assert [j for b in beads for j in b.tgt] == list(range(m))
    assert all(0.0 <= b.score <= 1.0 for b in beads)
    assert all(b.src or b.tgt for b in beads)


def test_recovers_merge_split_drop_insert(encoder):
    es, en = ES[:16], EN[:16]
    src = es[:2] + [es[2] + " " + es[3]] + es[4:]  # es 2+3 merged: bead 1-2
    tgt = en[:6] + [en[6] + " " + en[7]] + en[8:10] + en[11:13] + [EN[2500]] + en[13:]
    beads = align_beads(src, tgt, encoder=encoder)
    _assert_complete(beads, len(src), len(tgt))
    got = {(b.src, b.tgt) for b in beads}
    assert ((2,), (2, 3)) in got  # 1-2
    assert ((5, 6), (6,)) in got  # 2-1
    assert ((9,), ()) in got  # 1-0: es[10] lost its translation
    assert ((), (11,)) in got  # 0-1: an inserted, unrelated sentence
    assert sum(1 for b in beads if b.shape == "1-1") == len(beads) - 4
    assert all(b.score > 0.5 for b in beads if b.shape == "1-1")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 40), max_size=30),
    st.lists(st.integers(1, 40), max_size=30),
    st.integers(2, 6),
)
def test_every_sentence_once_in_order(src_lens, tgt_lens, max_bead):
    src = [f"s{i} " + "a" * k for i, k in enumerate(src_lens)]
    tgt = [f"t{j} " + "b" * k for j, k in enumerate(tgt_lens)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        beads = align_beads(src, tgt, encoder=FakeEncoder(), settings=AlignSettings(max_bead=max_bead, coarse_max=8, band=2))
    _assert_complete(beads, len(src), len(tgt))
    assert all(len(b.src) + len(b.tgt) <= max_bead for b in beads)


def test_long_documents_use_the_coarse_levels():
    n = 700
    src = [f"sentence {i}" for i in range(n)]
    beads = align_beads(src, list(src), encoder=FakeEncoder(), settings=AlignSettings(coarse_max=50))
    _assert_complete(beads, n, n)
    assert all(b.src == b.tgt for b in beads)  # on the diagonal (identical texts tie 1-1 with 2-2)


def test_empty_side_gives_deletions_and_a_warning():
    with pytest.warns(UserWarning, match="no text"):
        beads = align_beads([], ["One.", "Two."], encoder=FakeEncoder())
    assert [(b.src, b.tgt) for b in beads] == [((), (0,)), ((), (1,))]
    # nothing on the other side: certain that they have no counterpart
    assert [b.score for b in beads] == [1.0, 1.0]
    assert align_beads([], [], encoder=FakeEncoder()) == []


def test_blank_side_counts_as_empty():
    result = align(["  ", ""], ["One.", "Two."], encoder=FakeEncoder())
    assert [(b.src, b.tgt) for b in result.beads] == [((0,), ()), ((1,), ()), ((), (0,)), ((), (1,))]
    assert "no text" in result.warnings[0]


def test_unaligned_score_is_certainty_not_one(encoder):
    """A dropped sentence whose translation is missing is scored by how sure the aligner is,
    and a translated sentence wrongly left unaligned would score low: never 1.0 by default."""
    src, tgt = ES[200:210], EN[200:205] + EN[206:210]  # EN[205] dropped: ES[205] has no counterpart
    beads = align(src, tgt, encoder=encoder).beads
    (dropped,) = [b for b in beads if not b.tgt]
    assert dropped.src == (5,) and 0.5 < dropped.score < 1.0


def test_ten_times_longer_side_warns_and_aligns(encoder):
    src = ES[100:105]
    tgt = EN[:48] + EN[100:105] + EN[300:347]
    with pytest.warns(UserWarning, match="sizes differ"):
        beads = align_beads(src, tgt, encoder=encoder)
    _assert_complete(beads, 5, 100)
    got = {(b.src, b.tgt) for b in beads}
    assert all(((k,), (48 + k,)) in got for k in range(5))


def test_signature_records_settings(encoder):
    result = align(ES[:3], EN[:3], encoder=encoder, settings=AlignSettings(max_bead=3))
    assert "max_bead=3" in result.signature and encoder.name in result.signature and "band=" in result.signature


def test_embedding_cache_hit_on_realign(tmp_path):
    from translate_tool.embeddings import SentenceEncoder

    enc = SentenceEncoder(cache=KeyValueCache("embeddings", tmp_path))
    align(ES[:10], EN[:10], encoder=enc)
    assert enc.misses == 20
    edited = ES[:4] + ["Una frase nueva y corregida."] + ES[5:10]
    enc2 = SentenceEncoder(cache=KeyValueCache("embeddings", tmp_path))  # a later run
    align(edited, EN[:10], encoder=enc2)
    assert (enc2.misses, enc2.hits) == (1, 19)


def test_score_translation_pairs_flags(encoder):
    src = [ES[1], ES[1], ES[2], ES[3]]
    tgt = [EN[1], ES[1], "The the the the the the the the the the the result.", "The cat sat on the mat and purred."]
    out = score_translation_pairs(src, tgt, encoder=encoder)
    assert out[0][0] > 0.8 and out[0][1] == ()
    assert "untranslated" in out[1][1] and out[1][0] <= 0.05
    assert "repeated-output" in out[2][1] and out[2][0] <= 0.2
    assert "low-similarity" in out[3][1] and out[3][0] < 0.2
    assert score_translation_pairs([], [], encoder=encoder) == []
    with pytest.raises(ValueError):
        score_translation_pairs(["a"], [], encoder=encoder)


# Hand-written German text and French translation (not from any corpus): the French splits
# de[3] in two (1-2), joins de[7] + de[8] (2-1) and leaves out de[10] (1-0).
DE = [
    "Am frühen Morgen verließen wir die Hütte bei klarem Himmel.",
    "Der Weg führte zuerst durch einen dichten Lärchenwald.",
    "Nach zwei Stunden erreichten wir den Rand des Gletschers.",
    "Dort legten wir die Steigeisen an, banden uns ans Seil und besprachen mit dem Bergführer "
    "die Route über die steile Eisflanke zum Gipfel.",
    "Das Wetter blieb bis zum Mittag stabil.",
    "Auf dem Gipfel machten wir eine kurze Rast und genossen die Aussicht auf die Walliser Alpen.",
    "Der Abstieg war wegen des weichen Schnees mühsam.",
    "Ein Teilnehmer rutschte aus.",
    "Zum Glück hielt ihn das Seil sofort.",
    "Am späten Nachmittag kamen wir müde, aber zufrieden im Tal an.",
    "Die Hüttenwartin hatte uns übrigens am Vorabend einen ausgezeichneten Käsekuchen gebacken.",
    "Im Dorf tranken wir gemeinsam einen Kaffee auf der Terrasse des Hotels.",
    "Im nächsten Sommer wollen wir die Überschreitung des ganzen Grates versuchen.",
]
FR = [
    "Tôt le matin, nous avons quitté la cabane sous un ciel dégagé.",
    "Le chemin traversait d'abord une épaisse forêt de mélèzes.",
    "Au bout de deux heures, nous avons atteint le bord du glacier.",
    "Là, nous avons chaussé les crampons et nous nous sommes encordés.",
    "Puis nous avons discuté avec le guide de l'itinéraire par la raide pente de glace jusqu'au sommet.",
    "Le temps est resté stable jusqu'à midi.",
    "Au sommet, nous avons fait une courte pause pour admirer la vue sur les Alpes valaisannes.",
    "La descente était pénible à cause de la neige molle.",
    "Un participant a glissé, mais heureusement la corde l'a retenu aussitôt.",
    "En fin d'après-midi, nous sommes arrivés dans la vallée, fatigués mais contents.",
    "Au village, nous avons bu un café ensemble sur la terrasse de l'hôtel.",
    "L'été prochain, nous voulons tenter la traversée de toute l'arête.",
]
DE_FR_GOLD = [
    ((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3, 4)), ((4,), (5,)), ((5,), (6,)),
    ((6,), (7,)), ((7, 8), (8,)), ((9,), (9,)), ((10,), ()), ((11,), (10,)), ((12,), (11,)),
]


def test_de_fr_hand_made_beads(encoder):
    """Language-agnostic: nothing es-en specific; a de-fr text gets its 1-2, 2-1 and 1-0 beads."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no size or language warning on a clean pair
        beads = align_beads(DE, FR, src_lang="de", tgt_lang="fr", encoder=encoder)
    _assert_complete(beads, len(DE), len(FR))
    assert [(b.src, b.tgt) for b in beads] == DE_FR_GOLD
    assert all(b.score > 0.5 for b in beads if b.src and b.tgt)
    assert [b.flags for b in beads if not b.tgt] == [("unaligned",)]


def test_text_berg_excerpt_per_document_deletion_cost(encoder):
    """On the first 150 gold beads of Text+Berg de-fr dev (benchmarks/textberg/, a tuning set),
    the default settings beat the first aligner (fixed deletion cost 0.5, no merge gain, beads of
    up to 5 sentences; measured 0.920 vs 0.847; the full set is in docs/alignment.md)."""
    from dataclasses import replace

    from translate_tool.align_eval import read_ladder, score_alignments

    tb = Path(__file__).resolve().parent.parent / "benchmarks" / "textberg"
    gold = read_ladder(tb / "dev.defr")[:150]
    n, m = max(i for b in gold for i in b[0]) + 1, max(j for b in gold for j in b[1]) + 1
    de = (tb / "dev.de").read_text(encoding="utf-8").splitlines()[:n]
    fr = (tb / "dev.fr").read_text(encoding="utf-8").splitlines()[:m]
    f1 = {}
    v1 = replace(AlignSettings(), del_factor=0.0, gain_weight=0.0, max_bead=5, semi_weight=0.0, len_ref=0.0,
                 gain_runs=False, grow_weight=0.0, dist_floor=0.0)
    for name, st in (("v1", v1), ("new", AlignSettings())):
        beads = align(de, fr, src_lang="de", tgt_lang="fr", encoder=encoder, settings=st).beads
        f1[name] = score_alignments([gold], [beads])["f1_strict"]
    assert f1["new"] >= 0.91 and f1["new"] > f1["v1"] + 0.05


def test_text_berg_whole_document_grow_term_and_distance_floor(encoder):
    """On the whole of Text+Berg de-fr dev (a tuning set), the grow term and the distance floor
    (the grow-term default) find more gold beads than the default before them (measured 0.926 vs
    0.907 strict F1; docs/alignment.md)."""
    from dataclasses import replace

    from translate_tool.align_eval import read_ladder, score_alignments

    tb = Path(__file__).resolve().parent.parent / "benchmarks" / "textberg"
    gold = read_ladder(tb / "dev.defr")
    de = (tb / "dev.de").read_text(encoding="utf-8").splitlines()
    fr = (tb / "dev.fr").read_text(encoding="utf-8").splitlines()
    f1 = {}
    for name, st in (("before", replace(AlignSettings(), grow_weight=0.0, dist_floor=0.0)), ("new", AlignSettings())):
        beads = align(de, fr, src_lang="de", tgt_lang="fr", encoder=encoder, settings=st).beads
        f1[name] = score_alignments([gold], [beads])["f1_strict"]
    assert f1["new"] >= 0.92 and f1["new"] > f1["before"] + 0.01


def test_anchor_vectors_keep_only_what_both_sides_share():
    from translate_tool.anchors import anchor_tokens, anchor_vectors

    assert anchor_tokens("Le Lhotsé mesure 8501 m, à 3 km.") == ["lhotse", "mesure", "8501", "3"]
    src = ["Der Lhotse misst 8501 m.", "Es regnete.", "Reinagl kam am 3. Juli."]
    tgt = ["Le Lhotsé mesure 8501 m.", "Il pleuvait.", "Reinagl arriva le 3 juillet."]
    a, b = anchor_vectors(src, tgt)
    assert a.shape == (3, b.shape[1]) and b.shape[0] == 3
    assert not a[1].any() and not b[1].any()  # nothing shared: no anchor
    unit = lambda v: v / np.linalg.norm(v)  # noqa: E731
    assert unit(a[0]) @ unit(b[0]) == pytest.approx(1.0)  # "lhotse", "8501"
    assert abs(unit(a[0]) @ unit(b[2])) < 0.5


@pytest.mark.parametrize("overrides, mark", [
    ({"anchor_weight": 0.3}, "anchors=0.3"), ({"debris_letters": 5}, "debris5:0.2"),
    ({"split_weight": 1.0}, "split=1/0.05"), ({"part_chars": 60}, "partchars=60"),
    ({"len_ref": 100}, "lenref=100"), ({"semi_weight": 0.3}, "semi=0.3"), ({"gain_runs": True}, "gainruns"),
    ({"open_marks": ";:,"}, "open=;:,"), ({"open_lower": True}, "openlower"), ({"grow_weight": 2.0}, "grow=2/0"),
    ({"dist_floor": 0.01}, "floor=0.01"),
])
def test_optional_terms_keep_every_sentence_once_and_are_in_the_signature(overrides, mark):
    """The measured, non-default terms (docs/alignment.md, variants table) still give a complete,
    ordered alignment, and the settings signature says they were used."""
    src = ES[:30] + ["....", "- _-", "Una lista;"] + ES[30:40]
    tgt = EN[:40]
    result = align(src, tgt, encoder=FakeEncoder(), settings=AlignSettings(coarse_max=16, max_bead=6, **overrides))
    _assert_complete(result.beads, len(src), len(tgt))
    assert mark in result.signature


def test_cost_batches_do_not_change_the_alignment(monkeypatch):
    """The DP computes bead costs a batch of rows at a time (align_search._batch_costs); where the
    batches start and end (one row each, or a memory cap) must not change a bead or a score."""
    import translate_tool.align_search as search

    src, tgt = ES[:60] + ES[70:90], EN[:45] + ["Unrelated filler."] + EN[45:60] + EN[70:90]
    st_ = AlignSettings(coarse_max=16, band=3)
    ref = [(b.src, b.tgt, b.score) for b in align(src, tgt, encoder=FakeEncoder(), settings=st_).beads]
    for rows, cap in ((1, search.BATCH_BYTES), (5, search.BATCH_BYTES), (64, 1)):
        monkeypatch.setattr(search, "ROWS_PER_BATCH", rows)
        monkeypatch.setattr(search, "BATCH_BYTES", cap)
        assert [(b.src, b.tgt, b.score) for b in align(src, tgt, encoder=FakeEncoder(), settings=st_).beads] == ref


def test_backward_pass_meets_the_forward_one(monkeypatch):
    """align_gaps._backward's cost-to-go from the start equals the forward DP's best cost, and on
    every cell of the chosen path forward + backward = best (the gaps measure real alternatives)."""
    import translate_tool.aligner as aligner_mod
    from translate_tool import align_gaps

    seen = {}
    real_dp = aligner_mod._dp

    def spy(S, T, lo, hi, types, st_, mu, ds, dt, keep=None, open_cost=0.0):
        path = real_dp(S, T, lo, hi, types, st_, mu, ds, dt, keep, open_cost)
        if keep is not None:
            seen.update(S=S, T=T, lo=lo, hi=hi, types=types, ds=ds, dt=dt, keep=keep, path=path)
        return path

    monkeypatch.setattr(aligner_mod, "_dp", spy)
    src, tgt = ES[:40] + ES[50:70], EN[:30] + ["Unrelated filler."] + EN[30:40] + EN[50:70]
    result = align(src, tgt, encoder=FakeEncoder(), settings=AlignSettings(coarse_max=16, band=3))
    s = seen
    n, m = s["S"].n, s["T"].n
    pair_types = [(a, b) for a, b in s["types"] if a > 0 and b > 0]
    G = align_gaps._backward(s["lo"], s["hi"], pair_types, s["keep"]["costs"], s["ds"], s["dt"], n, m)
    D, lo = s["keep"]["D"], s["lo"]
    best = D[n][m - lo[n]]
    assert G[0][0] == pytest.approx(best)
    i = j = 0
    for a, b in s["path"]:
        i, j = i + a, j + b
        assert D[i][j - lo[i]] + G[i][j - lo[i]] == pytest.approx(best)
    assert all(g >= 0 for g in result.gaps) and len(result.gaps) == len(result.beads)
    two = np.array([bool(b.src and b.tgt) for b in result.beads])
    expected = aligner_mod.align_trust.load_model().scores(result.features, two)
    assert np.allclose(result.features["gap"], np.minimum(result.gaps, 1.0))
    for bead, p in zip(result.beads, expected):
        assert bead.score == pytest.approx(p, abs=1e-4)
        assert ("uncertain" in bead.flags) == (bead.score < aligner_mod.UNCERTAIN)
    assert "confidence=" + aligner_mod.align_trust.load_model().version in result.signature


def test_confidence_ranks_the_wrong_pairs_below_the_right_ones(encoder):
    """On the first 18 documents of the held-out es-en test set (benchmarks/align_test, never
    used to fit), the confidence ranks wrong two-sided beads below right ones far better than
    the cosine (measured AUC 0.990 vs 0.663, the gap alone 0.979; all 36 documents:
    docs/alignment.md, "Confidence")."""
    from translate_tool.align_eval import read_ladder

    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "align_test"
    rows = []
    for doc in sorted(folder.glob("doc*.es"))[:18]:
        src = doc.read_text(encoding="utf-8").splitlines()
        tgt = doc.with_suffix(".en").read_text(encoding="utf-8").splitlines()
        gold = {(tuple(a), tuple(b)) for a, b in read_ladder(doc.with_suffix(".gold"))}
        result = align(src, tgt, encoder=encoder)
        rows += [((b.src, b.tgt) in gold, c, b.score) for b, c in zip(result.beads, result.cosines) if b.src and b.tgt]
    right = np.array([r[0] for r in rows])
    assert 3 <= (~right).sum() < 0.02 * len(rows)

    def auc(col):
        s = np.array([r[col] for r in rows])
        pos, neg = s[right], s[~right]
        return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())

    assert auc(2) > 0.9 and auc(2) > auc(1) + 0.2


def test_a_two_two_bead_cut_in_two_scores_below_the_right_two_two(encoder):
    """A 2-2 bead whose translation moved the sentence boundary (the German sentence runs on into
    the next line, the French one ends earlier), cut into two 1-1 pairs, scores below the same
    sentences as one 2-2, with the same gaps: what tells them apart is what the gap cannot see
    (each cut pair's sides also match the other pair's, an edge that is a fragment on one side
    only, the lengths)."""
    from translate_tool import align_trust

    src = ["Vorher.", "Der Bundesrat hat gestern das neue Gesetz über die Wasserkraft verabschiedet, das im Januar",
           "in Kraft treten wird und den Kantonen mehr Mittel gibt.", "Die Bergführer waren zufrieden."]
    tgt = ["Avant.", "Le Conseil fédéral a adopté hier la nouvelle loi sur l'énergie hydraulique.",
           "Elle entrera en vigueur en janvier et donnera plus de moyens aux cantons.",
           "Les guides de montagne étaient satisfaits."]
    fs, ft = encoder.features(src, "de"), encoder.features(tgt, "fr")
    model = align_trust.load_model()

    def scores(path):
        feats = align_trust.bead_features(path, fs, ft, src, tgt, [(1.0, 1.0)] * len(path), 0.0, 0.5)
        return model.scores(feats, np.ones(len(path), dtype=bool)), feats

    cut, f_cut = scores([(1, 1), (1, 1), (1, 1), (1, 1)])
    whole, f_whole = scores([(1, 1), (2, 2), (1, 1)])
    assert f_cut["open_mismatch"][1] == f_cut["open_mismatch"][2] == 1.0 and f_whole["open_mismatch"][1] == 0.0
    assert max(cut[1], cut[2]) < whole[1]
    assert min(cut[1], cut[2]) < 0.95 < whole[1]


def test_gain_runs_and_semicolon_terms_match_a_direct_computation():
    """_batch_costs' optional terms, recomputed bead by bead from the window embeddings: the merge
    gain over runs of edge sentences (gain_runs) and the cost of a bead ending on a ';' line."""
    from dataclasses import replace

    import translate_tool.align_search as search
    from translate_tool.aligner import _open_ends

    src = [s + (";" if k % 3 == 1 else "") for k, s in enumerate(ES[:14])]
    tgt = EN[:12] + ["Un relleno;", "Otro."]
    fs, ft = FakeEncoder().features(src), FakeEncoder().features(tgt)
    cs, ct = (np.array([len(x) for x in side], dtype=float) for side in (src, tgt))
    S, T = search._Side(fs, cs, 1, 5), search._Side(ft, ct, 1, 5)
    n, m = S.n, T.n
    lo, hi = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
    ab = [(a, b) for a, b in search._types(6) if a and b]
    A, B = np.array([a for a, _ in ab])[:, None], np.array([b for _, b in ab])[:, None]
    base = AlignSettings(max_bead=6, len_weight=0.0, part_weight=0.0, gain_weight=0.0, semi_weight=0.3)
    I = np.arange(1, n + 1)
    plain = search._batch_costs(S, T, I, lo, hi, A, B, base, 0.0)
    runs = search._batch_costs(S, T, I, lo, hi, A, B, replace(base, gain_weight=1.0, gain_runs=True), 0.0)
    S.end_cost, T.end_cost = _open_ends(src, base), _open_ends(tgt, base)
    semi = search._batch_costs(S, T, I, lo, hi, A, B, base, 0.0)

    def cos(s0, a, t0, b):
        return float(fs.window([s0], [a])[0] @ ft.window([t0], [b])[0])

    checked = 0
    for r, i in enumerate(I):
        for j in range(1, m + 1):
            for k, (a, b) in enumerate(ab):
                if a > i or b > j:
                    continue
                s0, t0 = i - a, j - b
                whole = cos(s0, a, t0, b)
                parts = [cos(s0 + x, a - x, t0, b) for x in range(1, a)] + [cos(s0, a - 1, t0, b)] * (a > 1)
                parts += [cos(s0, 1, t0, b)] * (a > 2)  # the first source sentence alone
                parts += [cos(s0, a, t0 + y, b - y) for y in range(1, b)] + [cos(s0, a, t0, b - y) for y in range(1, b)]
                gain = max([x - whole for x in parts] + [0.0])
                assert runs[r, k, j] - plain[r, k, j] == pytest.approx(gain, abs=1e-5)
                ends = max(0.3 * src[i - 1].endswith(";"), 0.3 * tgt[j - 1].endswith(";"))
                assert semi[r, k, j] - plain[r, k, j] == pytest.approx(ends, abs=1e-6)
                checked += 1
    assert checked > 1000


def test_open_ends_marks_and_lowercase_continuations():
    from dataclasses import replace

    from translate_tool.aligner import _open_ends

    lines = ["Eine Liste ;", "erstens :", "zweitens .", "dann", "klein weiter ,", "Ende ."]
    base = AlignSettings(semi_weight=0.3)
    assert list(_open_ends(lines, base)) == pytest.approx([0, 0.3, 0, 0, 0, 0, 0])
    assert list(_open_ends(lines, replace(base, open_marks=";:,"))) == pytest.approx([0, 0.3, 0.3, 0, 0, 0.3, 0])
    # "zweitens ." is followed by "dann", "dann" by "klein weiter ,": lowercase continuations
    assert list(_open_ends(lines, replace(base, open_lower=True))) == pytest.approx([0, 0.3, 0.3, 0.3, 0.3, 0, 0])


def test_grow_and_floor_terms_match_a_direct_computation():
    """The grow term, recomputed bead by bead: the most a bead's cosine rises when the previous or
    next sentence of either side is added to it (windows up to the sides' kmax), times the weight;
    the distance floor: a bead of identical lines (cosine 1) still costs a x b x floor / norm, so
    two identical 1-1 pairs are cheaper than the 2-2 that merges them."""
    from dataclasses import replace

    import translate_tool.align_search as search

    src, tgt = ES[:12] + ["Streather .", "8. 1956 :"], EN[:11] + ["Otro."] + ["Streather .", "8. 1956 :"]
    fs, ft = FakeEncoder().features(src), FakeEncoder().features(tgt)
    cs, ct = (np.array([len(x) for x in side], dtype=float) for side in (src, tgt))
    S, T = search._Side(fs, cs, 1, 5), search._Side(ft, ct, 1, 5)
    n, m = S.n, T.n
    for side, other in ((S, T), (T, S)):
        side.set_background(other, 64, np.random.default_rng(1))
    lo, hi = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
    ab = [(a, b) for a, b in search._types(6) if a and b]
    A, B = np.array([a for a, _ in ab])[:, None], np.array([b for _, b in ab])[:, None]
    base = AlignSettings(max_bead=6, len_weight=0.0, part_weight=0.0, gain_weight=0.0, semi_weight=0.0,
                         grow_weight=0.0, dist_floor=0.0)
    I = np.arange(1, n + 1)
    plain = search._batch_costs(S, T, I, lo, hi, A, B, base, 0.0)
    grown = search._batch_costs(S, T, I, lo, hi, A, B, replace(base, grow_weight=2.0), 0.0)

    def cos(s0, a, t0, b):
        return float(fs.window([s0], [a])[0] @ ft.window([t0], [b])[0])

    checked = 0
    for r, i in enumerate(I.tolist()):
        for j in range(1, m + 1):
            for k, (a, b) in enumerate(ab):
                if a > i or b > j:
                    continue
                s0, t0 = i - a, j - b
                ext = [cos(*w) for ok, w in (
                    (s0 >= 1 and a < 5, (s0 - 1, a + 1, t0, b)), (i < n and a < 5, (s0, a + 1, t0, b)),
                    (t0 >= 1 and b < 5, (s0, a, t0 - 1, b + 1)), (j < m and b < 5, (s0, a, t0, b + 1))) if ok]
                grow = max([x - cos(s0, a, t0, b) for x in ext] + [0.0])
                assert grown[r, k, j] - plain[r, k, j] == pytest.approx(2.0 * grow, abs=1e-5)
                checked += 1
    assert checked > 1000
    floored = search._batch_costs(S, T, I, lo, hi, A, B, replace(base, dist_floor=0.01), 0.0)
    k11, k22 = ab.index((1, 1)), ab.index((2, 2))
    def pairs_and_merged(c):  # the last two lines as two 1-1 beads, and as one 2-2 bead
        return c[n - 1, k11, m] + c[n - 2, k11, m - 1], c[n - 1, k22, m]

    assert pairs_and_merged(plain) == pytest.approx((0.0, 0.0), abs=1e-5)  # a tie without the floor
    pairs, merged = pairs_and_merged(floored)
    assert pairs > 0 and merged > 1.8 * pairs  # a x b = 4 for the 2-2, 1 for each pair (norms differ a little)


def test_deletion_cost_clip_is_a_setting():
    """`del_min` / `del_max` clip the document-relative deletion cost (default [0.3, 1.5], not
    in the signature); a clip of one value is the fixed cost of that value."""
    src = ES[:30] + ["....", "- _-"] + ES[30:40]
    tgt = EN[:25] + ["Unrelated filler."] + EN[25:40]
    clipped = align(src, tgt, encoder=FakeEncoder(), settings=AlignSettings(coarse_max=16, del_min=0.7, del_max=0.7))
    fixed = align(src, tgt, encoder=FakeEncoder(), settings=AlignSettings(coarse_max=16, del_factor=0.0, del_cost=0.7))
    assert [(b.src, b.tgt, b.score) for b in clipped.beads] == [(b.src, b.tgt, b.score) for b in fixed.beads]
    assert "del=2.2xtypical[0.7,0.7]" in clipped.signature
    assert "del=2.2xtypical " in AlignSettings().signature() + " "


def _affine_brute_force(n, m, types, cost, ds, dt, open_cost):
    """The cheapest monotone path's cost with affine deletion runs, by exhaustive recursion."""
    from functools import lru_cache

    @lru_cache(maxsize=None)
    def f(i, j, last):  # cheapest cost of reaching (i, j) with `last` the previous move
        if i == 0 and j == 0:
            return 0.0 if last == "start" else float("inf")
        best = float("inf")
        if last == "src" and i > 0:
            best = ds[i - 1] + min(f(i - 1, j, "src"), min(f(i - 1, j, s) for s in ("start", "pair", "tgt")) + open_cost)
        elif last == "tgt" and j > 0:
            best = dt[j - 1] + min(f(i, j - 1, "tgt"), min(f(i, j - 1, s) for s in ("start", "pair", "src")) + open_cost)
        elif last == "pair":
            for a, b in types:
                if a and b and a <= i and b <= j:
                    best = min(best, cost(i, j, a, b) + min(f(i - a, j - b, s) for s in ("start", "pair", "src", "tgt")))
        return best

    return min(f(n, m, s) for s in ("start", "pair", "src", "tgt"))


@pytest.mark.parametrize("seed", range(8))
def test_affine_deletion_runs_find_the_cheapest_path(monkeypatch, seed):
    """`del_extend` < 1 (align_search._dp_affine): a run of unaligned units costs the opening once
    plus a per-unit cost. On small grids with random bead costs the DP's path is the cheapest one
    an exhaustive search finds, and its cost (recomputed from its moves) is the DP's minimum."""
    import translate_tool.align_search as search

    rng = np.random.default_rng(seed)
    n, m, K = int(rng.integers(3, 9)), int(rng.integers(3, 9)), 3
    types = search._types(K + 1)
    # (a x b, as the aligner's costs, so that runs of deletions occur: seeds 0, 3 and 6 have some)
    table = {(i, j, a, b): float(rng.uniform(0.0, 1.5)) * a * b for i in range(n + 1) for j in range(m + 1)
             for a, b in types if a and b}
    cost = lambda i, j, a, b: table[i, j, a, b]  # noqa: E731

    def fake_costs(S, T, I, lo, hi, A, B, st_, mu):
        out = np.full((len(I), len(A), int((hi[I] - lo[I]).max()) + 1), np.inf)
        for r, i in enumerate(I):
            for t, (a, b) in enumerate(zip(A[:, 0], B[:, 0])):
                for x, j in enumerate(range(int(lo[i]), int(hi[i]) + 1)):
                    out[r, t, x] = cost(int(i), j, int(a), int(b)) if b <= j else np.inf
        return out

    monkeypatch.setattr(search, "_batch_costs", fake_costs)
    side = lambda k: type("Side", (), {"n": k, "kmax": K, "W": np.zeros((k + 1, K, 4))})()  # noqa: E731
    ds, dt = rng.uniform(0.2, 0.8, n), rng.uniform(0.2, 0.8, m)
    lo, hi = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
    for open_cost in (0.0, 0.3, 1.5):
        keep: dict = {}
        path = search._dp(side(n), side(m), lo, hi, types, AlignSettings(), 0.0, ds, dt, keep, open_cost)
        i = j = 0
        total, prev = 0.0, None
        for a, b in path:
            if a and b:
                total += cost(i + a, j + b, a, b)
            elif a:
                total += ds[i] + (open_cost if prev != (1, 0) else 0.0)
            else:
                total += dt[j] + (open_cost if prev != (0, 1) else 0.0)
            i, j, prev = i + a, j + b, (a, b)
        assert (i, j) == (n, m)
        want = _affine_brute_force(n, m, types, cost, ds, dt, open_cost)
        assert total == pytest.approx(want) and keep["D"][n][m] == pytest.approx(want)
        # the backward pass (align_gaps): the cheapest complete path through a cell is never
        # cheaper than the best, and is the best on every cell of the chosen path
        from translate_tool import align_gaps

        pair_types = [(a, b) for a, b in types if a and b]
        if open_cost > 0:
            G, GE, GT = align_gaps._backward_affine(lo, hi, pair_types, keep["costs"], ds, dt, n, m, open_cost)
            through = [np.minimum(keep["D"][r] + G[r], np.minimum(keep["E"][r] + GE[r], keep["R"][r] + GT[r]))
                       for r in range(n + 1)]
        else:
            G = align_gaps._backward(lo, hi, pair_types, keep["costs"], ds, dt, n, m)
            through = [keep["D"][r] + G[r] for r in range(n + 1)]
        assert G[0][0] == pytest.approx(want)
        assert min(float(t.min()) for t in through) == pytest.approx(want)
        i = j = 0
        for a, b in path:
            i, j = i + a, j + b
            assert through[i][j] == pytest.approx(want)
        gaps = align_gaps.boundary_gaps(path, lo, hi, types, keep, ds, dt, n, m)
        assert all(g >= 0 for pair in gaps for g in pair)


def test_affine_deletion_runs_leave_a_block_of_insertions_unaligned(encoder):
    """A block of unrelated sentences inserted on one side: with del_extend 1 (the default, every
    unaligned sentence costs the same) and a high deletion cost the block is spread over the
    neighbouring beads; with affine runs it stays one run of unaligned sentences. del_extend 1 is
    the default's alignment and has no mark in the signature."""
    src = ES[100:130]
    filler = EN[300:312]  # twelve English sentences that translate nothing of src
    tgt = EN[100:115] + filler + EN[115:130]
    block = set(range(15, 27))
    linear = align(src, tgt, encoder=encoder, settings=AlignSettings(del_factor=0.0, del_cost=1.4))
    affine = align(src, tgt, encoder=encoder, settings=AlignSettings(del_factor=0.0, del_cost=1.4, del_extend=0.5))
    unaligned = lambda r: {j for b in r.beads if not b.src for j in b.tgt}  # noqa: E731
    assert unaligned(affine) == block
    assert unaligned(linear) != block
    assert "/extend0.5" in affine.signature and "extend" not in linear.signature
    default = AlignSettings()
    same = align(src, tgt, encoder=encoder, settings=default)
    from dataclasses import replace as _replace

    again = align(src, tgt, encoder=encoder, settings=_replace(default, del_extend=1.0))
    assert [(b.src, b.tgt, b.score) for b in same.beads] == [(b.src, b.tgt, b.score) for b in again.beads]
