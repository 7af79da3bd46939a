"""review/textmatch.py: old and new source sentences matched through a change of segmentation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from translate_tool.review.textmatch import CHANGED, REGROUPED, bead_spans, stretches


def test_a_split_and_a_join_are_matched_as_stretches_of_the_same_text():
    old = ["Dijo el Sr. Pérez que sí.", "Bien.", "Uno.", "Dos."]
    new = ["Dijo el Sr.", "Pérez que sí.", "Bien.", "Uno. Dos."]
    assert stretches(old, new) == [(0, 1, 0, 2), (1, 2, 2, 3), (2, 4, 3, 4)]
    assert stretches(new, old) == [(0, 2, 0, 1), (2, 3, 1, 2), (3, 4, 2, 4)]


def test_a_cut_where_the_text_has_no_space_is_the_same_text():
    old = ["Lo dijo el Sr.Pérez ayer.", "Bien."]
    new = ["Lo dijo el Sr.", "Pérez ayer.", "Bien."]
    assert stretches(old, new) == [(0, 1, 0, 2), (1, 2, 2, 3)]
    assert bead_spans(old, new, [1, 1]) == [range(0, 2), range(2, 3)]


def test_text_changed_between_two_resegmented_stretches_is_not_matched():
    old = ["A b.", "C.", "D e."]
    new = ["A", "b.", "C cambiada.", "D", "e."]
    assert stretches(old, new) == [(0, 1, 0, 2), (2, 3, 3, 5)]
    assert bead_spans(old, new, [1, 1, 1]) == [range(0, 2), CHANGED, range(3, 5)]


def test_a_bead_edge_inside_a_new_sentence_has_no_span():
    old = ["A b.", "C d."]
    new = ["A", "b. C", "d."]  # one stretch: the old boundary falls inside "b. C"
    assert stretches(old, new) == [(0, 2, 0, 3)]
    assert bead_spans(old, new, [1, 1]) == [REGROUPED, REGROUPED]
    assert bead_spans(old, new, [2]) == [range(0, 3)]


WORDS = st.lists(st.sampled_from(["el", "Sr.", "dijo", "que", "sí.", "no."]), min_size=1, max_size=5)


@given(st.lists(WORDS, min_size=1, max_size=8), st.lists(st.integers(0, 40), max_size=6), st.data())
def test_any_resegmentation_is_matched_whole_at_the_boundaries_both_have(sentences, new_cuts, data):
    """The text cut anew (some old boundaries dropped, new ones added): every sentence is in a
    stretch, and the stretches end exactly where both segmentations have a boundary."""
    words = [w for s in sentences for w in s]
    old_cuts, n = set(), 0
    for s in sentences:
        n += len(s)
        old_cuts.add(n)
    kept = {c for c in old_cuts if data.draw(st.booleans())} | {len(words)}
    cuts = sorted(kept | {c % len(words) for c in new_cuts if c % len(words)})
    new = [" ".join(words[x:y]) for x, y in zip([0] + cuts, cuts)]
    old = [" ".join(s) for s in sentences]
    found = stretches(old, new)
    assert [(u[0], u[2]) for u in found] == [(0, 0)] + [(u[1], u[3]) for u in found[:-1]]
    assert (found[-1][1], found[-1][3]) == (len(old), len(new))
    for i1, i2, j1, j2 in found:
        assert " ".join(old[i1:i2]) == " ".join(new[j1:j2])
    # every stretch ends at a boundary of both, and no boundary of both lies inside one
    ends = {sum(len(s) for s in sentences[: u[1]]) for u in found}
    assert ends == old_cuts & set(cuts)
