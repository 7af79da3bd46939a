"""Ladder format and strict/lax scoring (vecalign's definitions) on hand-made cases."""

from __future__ import annotations

import pytest

from translate_tool.align_eval import (
    LadderError, check_ladder, format_ladder, parse_ladder, read_ladder, score_alignments,
)
from translate_tool.data import Bead

GOLD = [((0,), (0,)), ((1,), (1, 2)), ((2, 3), (3,)), ((4,), ()), ((), (4,)), ((5,), (5,))]


def test_ladder_round_trip(tmp_path):
    text = format_ladder(GOLD)
    assert text.splitlines()[:5] == ["[0]:[0]", "[1]:[1, 2]", "[2, 3]:[3]", "[4]:[]", "[]:[4]"]
    assert parse_ladder(text) == GOLD
    (tmp_path / "g.ladder").write_text(text, encoding="utf-8")
    assert read_ladder(tmp_path / "g.ladder") == GOLD
    beads = [Bead(s, t, 0.5) for s, t in GOLD]
    assert format_ladder(beads) == text


def test_parse_accepts_scores_comments_and_spacing():
    assert parse_ladder("# c\n[0,1] : [0]:0.93\n\n[]:[1]\n") == [((0, 1), (0,)), ((), (1,))]


@pytest.mark.parametrize("bad", ["[0]-[1]", "[a]:[1]", "[0]:[1", "0:1"])
def test_parse_errors_name_the_line(bad):
    with pytest.raises(LadderError, match="line 2"):
        parse_ladder("[0]:[0]\n" + bad)


def test_check_ladder():
    assert check_ladder(GOLD, 6, 6) == []
    assert check_ladder(GOLD, 7, 6) and check_ladder([((1,), (0,)), ((0,), (1,))], 2, 2)


def test_perfect_and_empty():
    res = score_alignments([GOLD], [GOLD])
    assert all(v == 1.0 for v in res.values())
    assert score_alignments([GOLD], [[]])["recall_strict"] == 0.0


def test_strict_and_lax_counts():
    # gold non-deletions: (0)(0), (1)(1,2), (2,3)(3), (5)(5); gold deletions (4)(), ()(4)
    test = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2, 3), (3,)), ((4,), (4,)), ((5,), (5,))]
    res = score_alignments([GOLD], [test])
    # precision over 6 test beads: strict hits (0)(0), (2,3)(3), (5)(5) = 3/6;
    # lax adds (1)(1) (overlaps gold (1)(1,2)); ()(2) and (4)(4) overlap nothing on both sides -> 4/6
    assert res["precision_strict"] == pytest.approx(3 / 6)
    assert res["precision_lax"] == pytest.approx(4 / 6)
    # recall over 4 gold non-deletions vs test non-deletions: strict 3/4, lax 4/4
    assert res["recall_strict"] == pytest.approx(3 / 4)
    assert res["recall_lax"] == pytest.approx(1.0)
    p, r = 0.5, 0.75
    assert res["f1_strict"] == pytest.approx(2 * p * r / (p + r))


def test_deletions_count_in_precision_only():
    gold = [((0,), (0,)), ((1,), ())]
    merged = [((0, 1), (0,))]  # the deletion absorbed into a 2-1 bead
    res = score_alignments([gold], [merged])
    assert res["precision_strict"] == 0.0 and res["precision_lax"] == 1.0
    assert res["recall_strict"] == 0.0 and res["recall_lax"] == 1.0
    extra_del = [((0,), ()), ((), (0,)), ((1,), ())]
    res = score_alignments([gold], [extra_del])
    assert res["precision_strict"] == pytest.approx(1 / 3) and res["recall_strict"] == 0.0


def test_micro_average_over_documents():
    a = [((0,), (0,))]
    b = [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    res = score_alignments([a, b], [a, [((0, 1), (0, 1)), ((2,), (2,))]])
    assert res["precision_strict"] == pytest.approx(2 / 3)
    assert res["recall_strict"] == pytest.approx(2 / 4)
    with pytest.raises(ValueError):
        score_alignments([a], [])
