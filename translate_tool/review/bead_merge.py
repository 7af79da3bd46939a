"""The merge of a document's stored beads with a rerun's new records (`merge_beads`), which
`importer.import_records` writes back.

New records are matched to the stored beads by **source text** (`textmatch.py`): the two
documents' source sentences are aligned as sequences (difflib; where the rerun cuts the same
text into other sentences, by the text once joined), and a stored bead that was reviewed,
edited or restructured (merged, split, shifted) survives, with its target text, decision and
edits, wherever all of its source text is unchanged and lines up with whole new records (alone,
or with the beads next to it: a record the reviewer split into several beads), its source cut
as the new records cut it; in an aligned translation its target sentences must be in the new
document too, and every target sentence of the new document ends up in the merged one exactly
once (`balance.py`). A bead whose source the reviewer edited is matched by the text the edit
replaced (`src_was`, the document's own) and keeps the edit; or by the edited text, if the new
document now says that. Everything else takes the new records; reviewed beads whose source
changed return to unreviewed (the `lost` list, with the reason). Target-only beads, between two
source sentences, are matched to the new target-only records there by target text; a new one
whose text a kept bead already holds is not added again.
"""

from __future__ import annotations

import json
from collections import Counter
from difflib import SequenceMatcher
from typing import Sequence

from ..data import PairRecord
from .balance import REALIGNED, balance_targets
from .model import IMPORTED, machine_translated
from .operations import _mt
from .store import _norm
from .textmatch import REGROUPED, bead_spans, match_keys


def _worked_on(bead: dict) -> bool:
    """A stored bead that holds a reviewer's work: a decision, an edit, or a new shape."""
    return bead["status"] != "unreviewed" or bool(bead["edited"]) or bead["orig_key"] is None


TRANSLATION_CHANGED = "its translation changed in the document"


def merge_beads(old: Sequence[dict], records: Sequence[PairRecord]) -> tuple[list[dict], int, list[tuple[dict, str]]]:
    """The beads of the document after the merge, how many worked-on beads were kept, and the
    worked-on beads that could not be (back to unreviewed), each with the reason.
    `old`: stored bead snapshots in order.

    Old beads are taken in runs: consecutive source-bearing beads (with the one-sided beads
    between them) whose source text is unchanged (however the rerun cuts it into sentences,
    `textmatch.bead_spans`), follow each other in the new document, and together start and
    end where new records do. A run holding review work
    replaces those records; a bead alone is the usual run, a reviewer's split of one record
    into several beads is a longer one (none of its beads lines up with a whole record)."""
    fresh = [_record_bead(r) for r in records]
    if not any(_worked_on(b) for b in old):
        return fresh, 0, []
    # pairs an earlier merge made to keep an aligned translation whole (balance.py): made again if needed
    old = [b for b in old if b["orig_key"] != REALIGNED or _worked_on(b)]
    # Source sentences of each side, and the bead / record each belongs to.
    new_sents = [(k, _norm(s)) for k, r in enumerate(records) for s in r.src]
    b = [t for _, t in new_sents]
    keys = match_keys(old, set(b))
    a = [_norm(t) for bead in old for t, _ in keys[id(bead)][0]]
    # per source-bearing old bead: the new sentences it is (seen through segmentation), or why not
    spans = iter(bead_spans(a, b, [len(keys[id(x)][0]) for x in old if keys[id(x)][0]]))
    # In an aligned translation the target is the document's text too: a bead whose target
    # sentences (before any edit) the new document no longer has changed like a changed source,
    # unless the document now has the reviewer's text (the translator applied the reviewer's fix).
    # (records with no signature, of unknown origin, keep the source-only rule)
    aligned = bool(records and records[0].signature) and not machine_translated(records[0].signature)
    targets = {_norm(t) for r in records for t in r.tgt}

    def has(sentences) -> bool:
        return all(_norm(t) in targets for t in sentences)

    gone = {id(x) for x in old if aligned and not has(_mt(x)) and not (x["edited"] and has(s["text"] for s in x["tgt"]))}
    sent_record = [k for k, _ in new_sents]
    starts = {j for j in range(len(b)) if j == 0 or sent_record[j - 1] != sent_record[j]}
    ends = {j for j in range(len(b)) if j == len(b) - 1 or sent_record[j + 1] != sent_record[j]}

    gap, last = [], -1  # record index -> the source-bearing record at or before it (-1: none)
    for k, r in enumerate(records):
        last = k if r.src else last
        gap.append(last)

    replace: dict[int, tuple[int, list[dict]]] = {}  # first record index -> (last record index, kept beads)
    # source-bearing record index (-1: start) -> the old target-only beads of the gap after it
    after: dict[int, list[dict]] = {}
    kept = 0
    lost: list[tuple[dict, str]] = []

    def lose(beads: list[dict], reason: str) -> None:
        lost.extend((x, reason) for x in beads if _worked_on(x))

    last_anchor: int | None = None  # last record index covered by the previous run
    pending: list[dict] = []  # target-only beads after no run (document start, changed source)
    run: list[dict] = []  # the open run's beads (target-only ones included)
    run_js: list[range] = []  # new sentence indices of the run's source-bearing beads
    # A target-only bead keeps its place in the paragraphs: it moves by as many paragraphs as the
    # source-bearing bead before it (or, at the document's start, after it) did.
    shift: dict[int, int] = {}  # id(target-only bead) -> paragraphs it moves
    last_shift = 0
    for bead in old:
        n = len(keys[id(bead)][0])
        if n == 0 and id(bead) in gone:  # its text left the document: nothing of it to keep
            lose([bead], TRANSLATION_CHANGED)
            continue
        if n == 0:  # a target-only bead stays inside an open run, else goes with the run before it
            shift[id(bead)] = last_shift
            if run:
                run.append(bead)
            elif last_anchor is not None:
                after.setdefault(last_anchor, []).append(bead)
                kept += _worked_on(bead)
            else:
                pending.append(bead)
            continue
        js = next(spans)
        lined = isinstance(js, range) and id(bead) not in gone
        if not (lined and (js[0] == run_js[-1][-1] + 1 if run else js[0] in starts)):
            if run:  # the open run cannot end on a record end: its work goes back to unreviewed
                lose(run + pending, REGROUPED)
                run, run_js, pending, last_anchor = [], [], [], None
            if not (lined and js[0] in starts):
                last_anchor = None
                lose([bead] + pending, TRANSLATION_CHANGED if id(bead) in gone else
                     js if isinstance(js, str) else REGROUPED)
                pending = []
                continue
        run.append(bead)
        run_js.append(js)
        last_shift = _new_paragraph(bead, records[sent_record[js[0]]].paragraph) - bead["paragraph"]
        if len(run) == 1:
            for x in pending:  # (with no run before them: they go with the bead after them)
                shift[id(x)] = last_shift
        if js[-1] not in ends:
            continue
        span = (sent_record[run_js[0][0]], sent_record[js[-1]])
        if pending:  # into the gap before the run
            after.setdefault(gap[span[0] - 1] if span[0] else -1, []).extend(pending)
            kept += sum(map(_worked_on, pending))
            pending = []
        last_anchor = span[1]
        work = sum(map(_worked_on, run))
        if work:
            replace[span[0]] = (span[1], _kept_run(run, keys, records, span, sent_record, run_js, shift))
            kept += work
        run, run_js = [], []
    lose(run + pending, REGROUPED)
    runs: list[tuple[int, int, int]] = []
    out = _assemble(records, fresh, replace, after, gap, runs, shift)
    if aligned:
        out = balance_targets(out, records, fresh, runs, _record_bead)
    return out, kept, lost


def _kept_run(run: list[dict], keys: dict[int, tuple[list[list], bool]], records: Sequence[PairRecord],
              span: tuple[int, int], sent_record: list[int], run_js: list[range], shift: dict[int, int]) -> list[dict]:
    """A run's beads as they replace records span[0]..span[1]: the new sentence ids (when the
    records have them all), and each bead in the paragraph of the record its source starts in.
    An edited source keeps its edit and numbers the document text it replaced with the new ids.
    A bead whose text the rerun cuts into other sentences takes those (as its document text)."""
    ids = [i for r in records[span[0] : span[1] + 1] for i in r.src_ids]
    texts = [(s, r.paragraph) for r in records[span[0] : span[1] + 1] for s in r.src]
    first = run_js[0][0]
    whole = len(ids) == run_js[-1][-1] - first + 1
    out, js = [], iter(run_js)
    for bead in run:
        matched, on_was = keys[id(bead)]
        if not matched:
            out.append(_moved(bead, shift))
            continue
        j = next(js)
        recut = [_norm(t) for t, _ in matched] != [_norm(texts[x - first][0]) for x in j]
        matched = [[texts[x - first][0], None] for x in j] if recut else matched
        new_ids = [ids[x - first] if whole else None for x in j]
        same_count = len(bead["src"]) == len(matched)
        src = [dict(s, orig=new_ids[k], para=texts[j[k] - first][1]) if same_count and not on_was
               else dict(s, orig=new_ids[k] if same_count else None) for k, s in enumerate(bead["src"])]
        if recut and not on_was:
            src = [{"text": t, "orig": i, "para": p} for (t, p), i in zip((texts[x - first] for x in j), new_ids)]
        was = json.dumps([[t, i] for (t, _), i in zip(matched, new_ids)], ensure_ascii=False) if on_was else None
        out.append(dict(bead, id=None, src=src, src_was=was,
                        paragraph=_new_paragraph(bead, records[sent_record[j[0]]].paragraph)))
    return out


def _new_paragraph(bead: dict, first: int) -> int:
    """The paragraph of a kept bead whose source starts in a record of paragraph `first`: that one,
    moved as the bead was from its first source sentence's own paragraph (a reviewer who moved a
    sentence across a paragraph break: a rerun keeps the break where the review put it). Not for
    an edited source, whose sentences' paragraphs are the edit's."""
    own = bead["src"][0].get("para") if bead["src"] and bead.get("src_was") is None else None
    return first + (bead["paragraph"] - own if isinstance(own, int) else 0)


def _assemble(records: Sequence[PairRecord], fresh: list[dict], replace: dict[int, tuple[int, list[dict]]],
              after: dict[int, list[dict]], gap: list[int], runs: list[tuple[int, int, int]],
              shift: dict[int, int]) -> list[dict]:
    """The merged document: kept runs in place of their records, new records elsewhere, and in
    each gap between source-bearing records the old target-only beads matched to the new ones by
    text (text before any edit): a worked-on one takes its match's place, or stays where it was
    between unmatched new ones. A new target-only record is left out when a kept bead already
    holds its text (a reviewer merged it into a pair, or shifted it): the text is there once."""
    gaps: dict[int, list[int]] = {}  # gap -> its new target-only records
    for k, r in enumerate(records):
        if not r.src:
            gaps.setdefault(gap[k], []).append(k)
    matches: dict[int, list[tuple]] = {}  # gap -> SequenceMatcher opcodes of old against new beads
    near: dict[int, Counter] = {}  # gap -> target sentences kept beads took from the records around it
    pool: Counter = Counter()  # all of those, each taken once
    for r0, (r1, beads) in replace.items():
        extra = _holds(beads) - Counter(_norm(t) for r in records[r0 : r1 + 1] for t in r.tgt)
        for g in {gap[r1], gap[r0 - 1] if r0 else -1}:
            near[g] = near.get(g, Counter()) + extra
        pool += extra
    for g in set(after) | set(gaps):
        olds, news = after.get(g, []), gaps.get(g, [])
        a = [tuple(map(_norm, _mt(b))) for b in olds]
        b = [tuple(map(_norm, records[k].tgt)) for k in news]
        matches[g] = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        # unmatched worked-on beads hold sentences a reviewer moved between them
        local = _holds([x for tag, i1, i2, _, _ in matches[g] if tag != "equal" for x in olds[i1:i2] if _worked_on(x)])
        near[g] = near.get(g, Counter()) + local
        pool += local
    # New target-only records whose text kept beads hold: those next to the beads first.
    unmatched = [k for g, ops in matches.items() for tag, _, _, j1, j2 in ops if tag != "equal"
                 for k in gaps.get(g, [])[j1:j2]]
    absorbed: set[int] = set()
    for nearby in (True, False):
        for k in sorted(unmatched, reverse=True):  # the last of equal ones: a rerun matches the first
            need = Counter(_norm(t) for t in records[k].tgt)
            if k in absorbed or (nearby and need - near[gap[k]]) or need - pool:
                continue
            absorbed.add(k)
            pool -= need

    def fill(g: int) -> None:
        olds, news = after.get(g, []), gaps.get(g, [])
        for tag, i1, i2, j1, j2 in matches.get(g, ()):
            if tag == "equal":
                out.extend(_moved(x, shift) if _worked_on(x) else fresh[k] for x, k in zip(olds[i1:i2], news[j1:j2]))
                continue
            out.extend(_moved(x, shift) for x in olds[i1:i2] if _worked_on(x))
            out.extend(fresh[k] for k in news[j1:j2] if k not in absorbed)

    out: list[dict] = []
    fill(-1)
    k = 0
    while k < len(records):
        if not records[k].src:
            k += 1
            continue
        last, beads = replace.get(k, (k, None))
        if beads is not None:
            runs.append((k, last, len(out) + len(beads)))  # records k..last, kept beads end at that index
        out += beads if beads is not None else [fresh[k]]
        fill(last)
        k = last + 1
    return out


def _moved(bead: dict, shift: dict[int, int]) -> dict:
    """A kept target-only bead, in the paragraph it is in now (see `shift` in merge_beads)."""
    return dict(bead, id=None, paragraph=bead["paragraph"] + shift.get(id(bead), 0))


def _holds(beads: Sequence[dict]) -> Counter:
    """The target sentences beads stand for: their text, and an edited one's text before the edit."""
    held: Counter = Counter()
    for x in beads:
        held += Counter(_norm(s["text"]) for s in x["tgt"]) | Counter(map(_norm, _mt(x)))
    return held




def _record_bead(r: PairRecord) -> dict:
    """A new bead from a record, with the review state the record itself carries. `mt` stays
    NULL (= the target text) until the pair is edited: no JSON work per pair on big imports."""
    if r.src_was is None:
        src, src_was = _side(r.src, r.src_ids, r.paragraph), None
    else:  # an edited source: its ids number the text it replaced
        src = _side(r.src, r.src_ids if len(r.src) == len(r.src_was) else (), r.paragraph)
        ids = r.src_ids if len(r.src_ids) == len(r.src_was) else [None] * len(r.src_was)
        src_was = json.dumps([[t, i] for t, i in zip(r.src_was, ids)], ensure_ascii=False)
    return {
        "paragraph": r.paragraph, "score": float(r.score), "flags": json.dumps(list(r.flags)) if r.flags else "[]",
        "status": r.status, "orig_key": IMPORTED, "edited": int(r.edited), "src_was": src_was,
        "src": src, "tgt": _side(r.tgt, r.tgt_ids, r.paragraph),
        "mt": json.dumps(list(r.mt), ensure_ascii=False) if r.edited else None,
        "adequacy": r.adequacy, "priority": r.priority, "place": r.place,
        "checks": json.dumps([c.to_json_dict() for c in r.checks], ensure_ascii=False) if r.checks else "[]",
        "signature": r.signature or None,
    }


def _side(texts: Sequence[str], ids: Sequence[int], paragraph: int) -> list[dict]:
    return [
        {"text": t, "orig": ids[i] if i < len(ids) else None, "para": paragraph} for i, t in enumerate(texts)
    ]
