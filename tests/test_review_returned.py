"""Review work whose text is back in the document comes back with it (review/returned.py): a
sentence or paragraph that only moved, a change of the source undone, another text that had
taken the document's name replaced by the first again."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_review_survival import MT_SIGNATURE, SIGNATURE, STEM, _record, _renumber, new_store, worked_on

from translate_tool.review.importer import import_records

FAST = settings(max_examples=int(os.environ.get("SURVIVAL_EXAMPLES", 100)), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def document(texts, signature=MT_SIGNATURE, tgt=None):
    tgt = tgt or [t.replace("Frase", "Sentence") for t in texts]
    return _renumber([_record(k, (s,), (t,), [k], [k], k, signature) for k, (s, t) in enumerate(zip(texts, tgt))])


def reviewed(records, work):
    """A store with the document and the reviewer's work: {pair: "approve" | "edit" | "reject"}."""
    store = new_store(records)
    pairs = store.pairs(doc=STEM)
    for k, what in work.items():
        if what == "edit":
            store.edit(pairs[k].id, "tgt", f"Edited {k}.")
        store.set_status(pairs[k].id, "rejected" if what == "reject" else "approved")
    return store


@FAST
@given(st.integers(2, 12), st.sampled_from([SIGNATURE, MT_SIGNATURE]), st.data())
def test_moved_sentences_keep_their_review(n, signature, data):
    texts = [f"Frase {k}." for k in range(n)]
    records = document(texts, signature)
    work = data.draw(st.dictionaries(st.integers(0, n - 1), st.sampled_from(["approve", "edit", "reject"])))
    store = reviewed(records, work)
    before = worked_on(store)
    order = data.draw(st.permutations(range(n)))
    moved = _renumber([replace(records[k], paragraph=i) for i, k in enumerate(order)])
    result = import_records(store, STEM, moved)
    assert Counter(worked_on(store)) == Counter(before)  # every piece of work, on its own sentence
    assert (result.kept, result.dropped) == (len(before), 0) and not store.earlier_reviews(STEM)


def test_a_change_undone_brings_the_review_back():
    texts = ["Frase 0.", "Frase 1.", "Frase 2."]
    store = reviewed(document(texts), {1: "edit", 2: "approve"})
    before = worked_on(store)
    changed = import_records(store, STEM, document(["Frase 0.", "Frase uno cambiada.", "Frase 2."]))
    assert (changed.kept, changed.dropped) == (1, 1) and len(store.earlier_reviews(STEM)) == 1
    back = import_records(store, STEM, document(texts))
    assert (back.kept, back.dropped, back.restored) == (2, 0, 1)
    assert worked_on(store) == before and not store.earlier_reviews(STEM)


def test_a_sentence_the_document_has_twice_is_left_to_the_reviewer():
    store = reviewed(document(["Frase 0.", "Frase 1."]), {0: "approve"})
    import_records(store, STEM, document(["Frase otra.", "Frase 1."]))
    result = import_records(store, STEM, document(["Frase 0.", "Frase 1.", "Frase 0."]))
    assert result.restored == 0 and len(store.earlier_reviews(STEM)) == 1  # which of the two? not guessed


def test_an_aligned_pair_comes_back_only_with_its_translation():
    texts = ["Frase 0.", "Frase 1."]
    store = reviewed(document(texts, SIGNATURE), {0: "approve"})
    import_records(store, STEM, document(["Frase otra.", "Frase 1."], SIGNATURE))
    revised = import_records(store, STEM, document(texts, SIGNATURE, tgt=["A revised translation.", "Sentence 1."]))
    assert revised.restored == 0 and len(store.earlier_reviews(STEM)) == 1
    back = import_records(store, STEM, document(texts, SIGNATURE))
    assert back.restored == 1 and not store.earlier_reviews(STEM)


def test_only_the_newest_work_for_a_text_comes_back():
    texts = ["Frase 0.", "Frase 1."]
    store = reviewed(document(texts), {0: "approve"})
    import_records(store, STEM, document(["Frase otra.", "Frase 1."]))  # approved -> earlier
    import_records(store, STEM, document(texts))  # back
    store.edit(store.pairs(doc=STEM)[0].id, "tgt", "Newer edit.")
    import_records(store, STEM, document(["Frase otra.", "Frase 1."]))
    import_records(store, STEM, document(texts))
    [pair] = [p for p in store.pairs(doc=STEM) if p.edited]
    assert pair.tgt == ("Newer edit.",) and pair.status == "approved"
