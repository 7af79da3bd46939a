"""A reviewer's edits of the *source* side survive reruns, like target edits do.

The store keeps the document's text an edit replaced (`src_was`, with each sentence's index in
the document); a rerun recognises the pair by it and keeps the edit, and the translated
document still puts the pair's target where the document's sentence is.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from translate_tool.data import PairRecord
from translate_tool.review import ReviewStore
from translate_tool.review.importer import import_records
from translate_tool.review.outputs import write_reviewed_document

from test_review_survival import _KeepScore, _cli, _outputs  # noqa: E402  (the survival tests' helpers)

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "003_47791e38b17413ba.txt"


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_source_edits_survive_a_rerun_in_every_file(installed_toy, tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(SEED, src / "art.txt")
    shutil.copy(DATA / "formats" / "noticia.html", src / "noticia.html")
    _cli("run", src, "-o", out)
    machine_title = (out / "noticia.en.html").read_text(encoding="utf-8").split("<title>")[1].split("</title>")[0]
    with ReviewStore.open(out, scorer=_KeepScore()) as store:
        art = store.pairs(doc="art")[1]
        fixed = art.src[0].replace(" ", "  ", 1) + " [corregido]"  # a typo fixed: one sentence still
        store.approve(store.edit(art.id, "src", fixed))
        page = store.pairs(doc="noticia")[1]  # one sentence edited into two
        store.edit(page.id, "src", page.src[0] + "\nUna frase añadida.")
        store.approve(store.edit(page.id, "tgt", "The reviewed translation."))
        write_reviewed_document(store, "noticia", out)  # the session left the page; art.txt: killed before
    report = _cli("run", src, "-o", out)
    assert "back to unreviewed" not in report and report.count("review kept on 1 pair(s)") == 2, report

    art_rec = _records(out / "art.pairs.jsonl")[1]
    assert (art_rec["src"], art_rec["src_was"], art_rec["status"]) == ([fixed], list(art.src), "approved")
    assert fixed in (out / "art.tsv").read_text(encoding="utf-8")
    page_rec = _records(out / "noticia.pairs.jsonl")[1]
    assert page_rec["src"] == [page.src[0], "Una frase añadida."] and page_rec["src_was"] == list(page.src)
    assert page_rec["src_ids"] == list(page.src_ids)  # the document's sentence the edit stands for
    html = (out / "noticia.en.html").read_text(encoding="utf-8")
    # the reviewed target is where the document's sentence is (the page's description), and the
    # sentence before it (the title) keeps its own translation
    assert 'content="The reviewed translation."' in html and f"<title>{machine_title}</title>" in html

    second = _outputs(out)
    _cli("run", src, "-o", out)
    assert _outputs(out) == second


def _doc(*rows) -> list[PairRecord]:
    out, s, t = [], 0, 0
    for k, (src, tgt) in enumerate(rows):
        out.append(PairRecord("d", k, tuple(src), tuple(tgt), tuple(range(s, s + len(src))),
                              tuple(range(t, t + len(tgt))), 0, 0.5, (), "aligner:test"))
        s, t = s + len(src), t + len(tgt)
    return out


def _store(records) -> ReviewStore:
    store = ReviewStore(":memory:", scorer=_KeepScore())
    import_records(store, "d", records)
    return store


def test_a_source_edit_the_document_now_has_is_kept_as_the_documents_text():
    store = _store(_doc((["Uno."], ["One."]), (["Dos."], ["Two."])))
    store.approve(store.edit(store.pairs(doc="d")[0].id, "src", "Uno, corregido."))
    result = import_records(store, "d", _doc((["Uno, corregido."], ["One."]), (["Dos."], ["Two."])))
    first = store.pairs(doc="d")[0]
    assert (result.kept, result.dropped) == (1, 0)
    assert (first.src, first.src_was, first.status) == (("Uno, corregido.",), None, "approved")


def test_a_source_edit_whose_sentence_changed_in_the_document_goes_back_to_unreviewed():
    store = _store(_doc((["Uno."], ["One."]), (["Dos."], ["Two."])))
    store.approve(store.edit(store.pairs(doc="d")[0].id, "src", "Uno, corregido."))
    result = import_records(store, "d", _doc((["Uno cambiado."], ["One changed."]), (["Dos."], ["Two."])))
    assert (result.kept, result.dropped) == (0, 1)
    assert [(p.src, p.status, p.src_was) for p in store.pairs(doc="d")] == \
        [(("Uno cambiado.",), "unreviewed", None), (("Dos.",), "unreviewed", None)]


def test_a_source_added_to_a_target_only_pair_is_kept_once():
    store = _store(_doc((["Uno."], ["One."]), ([], ["Caption."])))
    store.approve(store.edit(store.pairs(doc="d")[1].id, "src", "Pie de foto."))
    records = _doc((["Uno."], ["One."]), ([], ["Caption."]))
    assert (import_records(store, "d", records).dropped) == 0
    assert [(p.src, p.tgt, p.src_was) for p in store.pairs(doc="d")] == \
        [(("Uno.",), ("One.",), None), (("Pie de foto.",), ("Caption.",), ())]


def test_the_pair_file_is_a_backup_of_source_edits():
    """A store rebuilt from the written pair records holds the same edits, and a rerun of the
    document's own records keeps them."""
    records = _doc((["Uno."], ["One."]), (["Dos.", "Tres."], ["Two, three."]))
    store = _store(records)
    store.approve(store.edit(store.pairs(doc="d")[1].id, "src", "Dos y tres."))
    written = [PairRecord.from_json_dict(json.loads(json.dumps(r.to_json_dict()))) for r in store.records("d")]
    assert written == store.records("d") and written[1].src_was == ("Dos.", "Tres.") and written[1].src_ids == (1, 2)
    copy = _store(written)
    assert copy.records("d") == written
    result = import_records(copy, "d", records)
    assert (result.kept, result.dropped) == (1, 0) and copy.records("d") == written


# Shrunk by tests/test_review_survival.py's properties while source edits were made to survive.
def _keys(store) -> list[str]:
    """The document's source as a rerun matches it: each pair's text before any source edit."""
    return [s for p in store.pairs(doc="d") for s in (p.src if p.src_was is None else p.src_was)]


def test_emptying_a_target_into_a_new_pair_does_not_copy_the_source_edit():
    store = _store(_doc((["Uno."], ["One."])))
    first = store.edit(store.pairs(doc="d")[0].id, "src", "Uno, editado.\nOtra línea.")
    store.insert_empty(first, "tgt")
    assert _keys(store) == ["Uno."]
    assert [(p.src, p.tgt, p.src_was) for p in store.pairs(doc="d")] == \
        [(("Uno, editado.", "Otra línea."), (), ("Uno.",)), ((), ("One.",), None)]


def test_a_split_after_merging_an_edited_source_gives_each_part_its_document_text():
    store = _store(_doc((["Uno."], ["One."]), (["Dos."], ["Two."])))
    store.edit(store.pairs(doc="d")[1].id, "src", "Dos, editado.\nOtra línea.")
    store.split(store.merge_next(store.pairs(doc="d")[0].id))
    assert [(p.src, p.src_was) for p in store.pairs(doc="d")] == \
        [(("Uno.",), None), (("Dos, editado.", "Otra línea."), ("Dos.",))]
    result = import_records(store, "d", _doc((["Uno."], ["One."])))  # "Dos." deleted from the document
    assert _keys(store) == ["Uno."] and result.dropped == 1


def test_moving_a_document_sentence_out_of_an_edited_source_takes_its_text_along():
    store = _store(_doc((["Cero."], ["Zero."]), (["Uno."], ["One."]), (["Dos."], ["Two."])))
    merged = store.merge_next(store.pairs(doc="d")[1].id)
    store.edit(merged, "src", "Uno.\nDos, editado.\nOtra línea.")  # three sentences for two
    store.move_first(merged, "src")
    assert _keys(store) == ["Cero.", "Uno.", "Dos."]
    assert [(p.src, p.src_was) for p in store.pairs(doc="d")] == \
        [(("Cero.", "Uno."), None), (("Dos, editado.", "Otra línea."), ("Dos.",))]
