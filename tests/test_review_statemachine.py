"""The central promise as a state machine: a reviewer's decisions and edits outlive every rerun,
and every file derived from them is regenerated from them.

Hypothesis interleaves, over many steps, everything that touches an output folder: `run` (with
or without --force, after the author changed, added or removed Spanish sentences), a review
session through the store's API the UI calls (approve, reject, clear, edit the English, undo), its
files written as the UI writes them on quitting (or the session killed before that, or a file
edited by hand while it was open), `decide`, a word changed by hand in `x.en.txt` / `x.en.md`,
a cell of `x.tsv` or a line of `x.pairs.jsonl`, and the readers `show` and `export`.

The model keeps, per (document, Spanish sentence), the reviewer's latest English (None: the
machine's) and decision; work on a sentence the author removed or changed comes back when the
very sentence does (README: "Work whose very text is in the new document comes back by itself").
After every command that writes, every file of every document must be the store's rendering
(hashes in manifest.json too), each pair must hold the modelled text and decision, and every
word changed by hand must be in the review or, where the tool could not tie it to one pair
(the same pair changed differently in two files, or in the review since the file was written),
in a `<name>.hand-edited` copy that a warning names. A rerun with nothing changed changes no
byte; `show` and `export` change no byte and see the edits made by hand.

The toy Argos package translates (tests/conftest.py). REVIEW_LOOP_EXAMPLES=200 searches harder
(REVIEW_LOOP_STEPS: steps per example).
"""

from __future__ import annotations

import json
import os
from collections import Counter
import shutil
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from translate_tool.cli import main
from translate_tool.fileio import output_hash
from translate_tool.formats import parse_jsonl
from translate_tool.lock import output_lock
from translate_tool.review import ReviewStore
from translate_tool.review.outputs import ReviewWriter, reviewed_files
from translate_tool.review.schema import DB_NAME

LOOP = settings(max_examples=int(os.environ.get("REVIEW_LOOP_EXAMPLES", 6)),
                stateful_step_count=int(os.environ.get("REVIEW_LOOP_STEPS", 10)), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Each document's sentences come from its own pool; an author's change of a sentence adds or takes
# away " hoy" before its full stop (so changing it twice gives the first text back).
POOLS = {
    "a": ["El presidente dijo que el gobierno es muy importante.", "La inflación de mayo fue muy alta.",
          "El ministro habló con el presidente.", "Los precios bajan en la ciudad.",
          "La policía detuvo a tres personas.", "El nuevo gobierno anunció un plan para la región.",
          "Millones de personas siguieron el debate.", "La economía del país no es muy buena."],
    "b": ["El ministro de economía dijo este martes que los precios bajan.",
          "El presidente es un líder para la región.", "La semana pasada hubo elecciones en el país.",
          "El mandatario electo comparte la misma visión.", "La ciudad tiene un nuevo gobierno.",
          "Las elecciones serán en octubre.", "El mundo sigue la inflación con atención.",
          "Los años de la izquierda fueron difíciles."],
}
STEPS: Counter = Counter()  # the steps the examples took (printed with pytest -s)
HEADING = "El gobierno y la inflación"  # b.md's heading: a pair of its own, never changed
SUFFIX = {"a": ".txt", "b": ".md"}
TRANSLATED = {"a": "a.en.txt", "b": "b.en.md"}
HAND_FILES = ("translated", "tsv", "jsonl", "tsv-status")
DOCS = st.sampled_from(["a", "b"])
STATUSES = ("approved", "rejected", "unreviewed")


def variant(sentence: str) -> str:
    return sentence[:-len(" hoy.")] + "." if sentence.endswith(" hoy.") else sentence[:-1] + " hoy."


def base(sentence: str) -> str:
    return variant(sentence) if sentence.endswith(" hoy.") else sentence


@dataclass
class Work:
    """The review of one Spanish sentence: the English a person gave it (None: the machine's)
    and the decision."""

    text: str | None = None
    status: str = "unreviewed"


@dataclass(frozen=True)
class Typed:
    """A change made by hand in an output file, not yet taken: the pair's Spanish and the new
    English (or, `tsv-status`, decision)."""

    doc: str
    kind: str  # one of HAND_FILES
    src: str
    value: str
    file: str
    extra: object = None  # what a sibling machine keeps of the file as typed (test_review_statemachine_markup)


def invoke(*args) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    exc = result.exception
    assert exc is None or isinstance(exc, SystemExit), (args, result.output, exc)
    return result.exit_code, result.output


class ReviewLoop(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="review-loop-"))
        self.src, self.out = self.tmp / "in", self.tmp / "out"
        self.src.mkdir()
        self.paragraphs = {"a": [[POOLS["a"][0], POOLS["a"][1]], [POOLS["a"][2]]],
                           "b": [[POOLS["b"][0], POOLS["b"][1]], [POOLS["b"][2]]]}
        self.work: dict[tuple[str, str], Work] = {}
        self.typed: dict[tuple[str, str, str], Typed] = {}  # (doc, kind, src) -> the latest change there
        self.changed_since_written: dict[str, set[str]] = {"a": set(), "b": set()}  # the store's, files not
        self.counter = 0
        self.dirty = True  # something a run would write differently (source, hand edits, an unwritten review)
        self.in_folder: dict[str, list[str]] = {}  # each document's sentences as the last run read them

    def teardown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    # ------------------------------------------------------------ the documents
    def sentences(self, doc: str) -> list[str]:
        return ([HEADING] if doc == "b" else []) + [s for p in self.paragraphs[doc] for s in p]

    def write_sources(self) -> None:
        for doc, paras in self.paragraphs.items():
            body = "\n\n".join(" ".join(p) for p in paras if p)
            text = (f"# {HEADING}\n\n" if doc == "b" else "") + body + "\n"
            (self.src / f"{doc}{SUFFIX[doc]}").write_text(text, encoding="utf-8")

    def ran(self) -> None:
        """The output folder now has the sources as they are."""
        self.in_folder = {doc: self.sentences(doc) for doc in self.paragraphs}

    def fresh(self, n: int) -> int:
        self.counter += 1
        return self.counter * 10 + n

    def expected(self, doc: str, src: str) -> Work:
        return self.work.get((doc, src), Work())

    @initialize()
    def first_run(self):
        self.start()

    def start(self) -> None:
        self.write_sources()
        code, output = invoke("run", self.src, "-o", self.out)
        assert code == 0, output
        self.ran()
        self.dirty = False
        self.check_folder()

    # ------------------------------------------------------------ the author
    @rule(doc=DOCS, what=st.sampled_from(["change", "insert", "delete"]), at=st.integers(0, 99),
          pick=st.integers(0, 99))
    def author(self, doc, what, at, pick):
        sents = [(p, k) for p, para in enumerate(self.paragraphs[doc]) for k in range(len(para))]
        p, k = sents[at % len(sents)]
        para = self.paragraphs[doc][p]
        if what == "change":
            para[k] = variant(para[k])
        elif what == "insert":
            used = {base(s) for s in self.sentences(doc)}
            unused = [s for s in POOLS[doc] if s not in used]
            if not unused:
                return
            para.insert(k + pick % 2, unused[pick % len(unused)])
        elif len(sents) > 2:
            del para[k]
            if not para:
                self.paragraphs[doc].remove(para)
        else:
            return
        STEPS[f"author {what}"] += 1
        note(f"author {what} {doc}: {self.sentences(doc)}")
        self.write_sources()
        self.dirty = True

    # ------------------------------------------------------------ run
    @rule(force=st.booleans())
    def run(self, force):
        before = self.folder_bytes()
        expect_same = not self.dirty
        code, output = invoke("run", self.src, "-o", self.out, *(["--force"] if force else []))
        assert code == 0, output
        STEPS["run"] += 1
        note(f"run{' --force' if force else ''}")
        self.ran()
        self.take_typed(output)
        self.all_written()
        self.check_folder()
        if expect_same:
            after = self.folder_bytes()
            assert after == before, ("a rerun with nothing changed rewrote", _differing(before, after), output)
        self.dirty = False

    # ------------------------------------------------------------ the reviewer (the UI's store calls)
    @rule(ops=st.lists(st.tuples(DOCS, st.sampled_from(["approve", "reject", "clear", "edit", "edit", "undo"]),
                                 st.integers(0, 99), st.integers(0, 99)), min_size=1, max_size=6),
          end=st.sampled_from(["quit", "quit", "killed", "hand edit meanwhile"]),
          hand=st.tuples(DOCS, st.sampled_from(HAND_FILES), st.integers(0, 99), st.integers(0, 99)))
    def review(self, ops, end, hand):
        said: list[str] = []
        with output_lock(self.out, clean_temp=False, command="review"):
            store = ReviewStore.open(self.out)
            try:
                for found in store.hand_edits:  # what `review` prints on opening (cli/review_cmd._open)
                    said += [found.taken_line()] + found.kept_lines()
                self.take_typed("\n".join(said))
                for doc in self.written_by_open(store):
                    self.changed_since_written[doc] = set()
                writer = ReviewWriter(store, self.out, say=said.append)
                done: list[tuple[tuple[str, str], Work]] = []  # this session's changes: (pair, its review before)
                for doc, action, at, word in ops:
                    if action == "undo":  # u: the session's last change taken back
                        if done:
                            change = store.undo()
                            (doc, src), self.work[(doc, src)] = done.pop()
                            assert change is not None and change.doc == doc, change
                            note(f"review undo {doc} ({src}) -> {self.work[(doc, src)]}")
                            writer.changed.add(doc)
                            self.changed_since_written[doc].add(src)
                        continue
                    pairs = store.pairs(doc=doc)
                    pair = pairs[at % len(pairs)]
                    src = pair.src[0]
                    work = self.work.setdefault((doc, src), Work())
                    done.append(((doc, src), replace(work)))
                    if action == "edit":
                        words = pair.tgt[0].split() if pair.tgt else ["?"]
                        words[word % len(words)] = f"rev{self.fresh(word % len(words))}"
                        text = " ".join(words)
                        store.edit(pair.id, "tgt", text)
                        work.text = text
                    else:
                        status = {"approve": "approved", "reject": "rejected", "clear": "unreviewed"}[action]
                        store.set_status(pair.id, status)
                        work.status = status
                    note(f"review {action} {doc} #{pair.index + 1} ({src}) -> {work}")
                    writer.changed.add(doc)  # (changes.changed_beads: the document in view)
                    self.changed_since_written[doc].add(src)
                STEPS[f"review, {end}"] += 1
                if end == "killed":
                    self.dirty = True
                    note("review killed before writing")
                    return
                if end == "hand edit meanwhile":
                    self.hand_edit(*hand)
                writer.finish()  # what quitting writes (tui.ReviewApp.write_changed_files)
                note(f"review quit: {said}")
                # a document the session did not write keeps its files, changed by hand or not, for
                # the next command that opens the folder
                written = {p.name.split(".")[0] for p in writer.written}
                self.take_typed("\n".join(said), written)
                self.all_written(written)
                self.check_folder()
            finally:
                store.close()

    def written_by_open(self, store) -> list[str]:
        """The documents whose files opening the store wrote (hand edits taken)."""
        return [h.stem for h in store.hand_edits if h.stem in self.changed_since_written]

    # ------------------------------------------------------------ decide
    @rule(doc=DOCS, action=st.sampled_from(["approve", "reject", "clear"]), at=st.integers(0, 99),
          overwrite=st.booleans())
    def decide(self, doc, action, at, overwrite):
        pairs = self.written(doc)
        n = at % len(pairs) + 1
        code, output = invoke("decide", self.out, f"--{action}", "--doc", doc, "--pair", n,
                              *(["--overwrite"] if overwrite else []))
        assert code == 0, output
        STEPS["decide"] += 1
        note(f"decide --{action} {doc} #{n}{' --overwrite' if overwrite else ''}")
        src = pairs[n - 1][0]
        work = self.work.setdefault((doc, src), Work())
        # decide takes the files changed by hand first, then decides: a decision typed in the .tsv
        # for this very pair is taken (or kept as a copy where it conflicts), then decided over
        typed = self.typed.pop((doc, "tsv-status", src), None)
        unsure = any(src in srcs for srcs in self.changed_since_written.values())
        before = {work.status} if typed is None else {typed.value} if not unsure else {work.status, typed.value}
        self.take_typed(output)  # (the English, edited or not, is what decide then sees)
        status = {"approve": "approved", "reject": "rejected", "clear": "unreviewed"}[action]

        def decided(was: str) -> str:
            return status if overwrite or (was == "unreviewed" and work.text is None) else was

        store = ReviewStore(self.out / DB_NAME, readonly=True)
        try:
            now = reviewed_state(store, doc, src)[0]
        finally:
            store.close()
        assert now in {decided(was) for was in before}, (doc, src, now, before, typed, output)
        if typed is not None and now != decided(typed.value):  # not taken: in a copy, named
            copies = [c for c in self.out.glob(f"{typed.file}.hand-edited*") if typed.value in self.copy_text(c)]
            assert copies and any(c.name in output for c in copies), (typed, output)
        work.status = now
        self.all_written()
        self.check_folder()

    # ------------------------------------------------------------ a person in an editor
    @rule(doc=DOCS, kind=st.sampled_from(HAND_FILES), at=st.integers(0, 99), word=st.integers(0, 99))
    def hand_edit(self, doc, kind, at, word):
        pairs = self.written(doc)
        k = at % len(pairs)
        src = pairs[k][0]
        if kind == "translated":
            pending = self.typed.get((doc, kind, src))
            path = self.out / self.translated_name(doc)
            typed = self.type_translated(doc, src, path, pending.value if pending else pairs[k][1], word)
            if typed is None:  # (a text the file has twice: which one a person changed is moot)
                return
            self.typed[(doc, kind, src)] = typed
            STEPS[f"hand edit {kind}"] += 1
            note(f"hand edit {typed}")
            self.dirty = True
            return
        path = self.out / (f"{doc}.pairs.jsonl" if kind == "jsonl" else f"{doc}.tsv")
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        if kind in ("tsv", "tsv-status"):
            cells = lines[k + 1].split("\t")
            assert cells[0] == src, (cells, src)
        if kind == "tsv-status":
            old = cells[5].split(",")
            value = STATUSES[(STATUSES.index(old[0]) + 1 + word % 2) % 3]
            cells[5] = ",".join([value] + old[1:])
            lines[k + 1] = "\t".join(cells)
        else:
            if kind == "tsv":
                old = cells[1]
            else:
                old = json.loads(lines[k])["tgt"][0]
            words = old.split()
            words[word % len(words)] = f"hand{self.fresh(word % len(words))}"
            value = " ".join(words)
            if kind == "tsv":
                cells[1] = value
                lines[k + 1] = "\t".join(cells)
            else:
                q = f'"tgt": [{json.dumps(old, ensure_ascii=False)}]'
                assert q in lines[k], (q, lines[k])
                lines[k] = lines[k].replace(q, f'"tgt": [{json.dumps(value, ensure_ascii=False)}]')
        path.write_text("".join(lines), encoding="utf-8")
        typed = Typed(doc, kind, src, value, path.name)
        self.typed[(doc, kind, src)] = typed
        STEPS[f"hand edit {kind}"] += 1
        note(f"hand edit {typed}")
        self.dirty = True

    def type_translated(self, doc: str, src: str, path: Path, old: str, word: int) -> Typed | None:
        """A word of the English `old` changed by hand in the translated document (None: the file
        has that text twice)."""
        text = path.read_text(encoding="utf-8")
        if text.count(old) != 1:
            assert text.count(old), (old, text)
            return None
        words = old.split()
        words[word % len(words)] = f"hand{self.fresh(word % len(words))}"
        value = " ".join(words)
        path.write_text(text.replace(old, value), encoding="utf-8")
        return Typed(doc, "translated", src, value, path.name)

    def translated_name(self, doc: str) -> str:
        return TRANSLATED[doc]

    def translated_text(self, doc: str) -> str:
        """The translated document's text, where each pair's English must be found."""
        return (self.out / self.translated_name(doc)).read_text(encoding="utf-8")

    def copy_text(self, copy: Path) -> str:
        """The text of a `.hand-edited` copy, where the change it keeps must be found."""
        return copy.read_text(encoding="utf-8")

    def taken_as_typed(self, typed: Typed, output: str) -> None:
        """A change made by hand taken into the review with no copy of its file kept: the file as
        written again may be checked against the file as typed (here: nothing to check)."""

    def take_typed(self, output: str, docs=("a", "b")) -> None:
        """After a command that reads the files and writes them again: each change made by hand is
        in the review, or its file is kept as a copy that the output names; a copy only where the
        change could not be tied to one pair (another change of the same pair, by hand in another
        file or in the review since the file was written)."""
        if not self.typed:
            return
        conflicts = {(d, s) for d, srcs in self.changed_since_written.items() for s in srcs}
        by_pair: dict[tuple[str, str, str], list[Typed]] = {}
        for t in [t for t in self.typed.values() if t.doc in docs]:
            by_pair.setdefault((t.doc, t.src, "status" if t.kind == "tsv-status" else "text"), []).append(t)
        store = ReviewStore(self.out / DB_NAME, readonly=True)
        try:
            state = {(d, s): reviewed_state(store, d, s) for d, s, _ in by_pair}
        finally:
            store.close()
        for (doc, src, what), typed in by_pair.items():
            status, text = state[(doc, src)]
            work = self.work.setdefault((doc, src), Work())
            have, modelled = (status, work.status) if what == "status" else (text, work.text)
            values = {t.value for t in typed}
            if have not in values:
                assert len(values) > 1 or (doc, src) in conflicts, (
                    f"{doc}: a change made by hand of the pair of {src!r} was not taken, with nothing against it",
                    typed, have, output)
                assert have == modelled, ("a text that was never the review's", have, work, typed)
            for t in typed:
                if t.value == have:
                    self.taken_as_typed(t, output)
                    continue
                copies = [c for c in self.out.glob(f"{t.file}.hand-edited*") if t.value in self.copy_text(c)]
                assert copies, (f"{t.file}: a change made by hand is neither in the review nor in a copy", t, output)
                assert any(c.name in output for c in copies), (f"no warning names the copy of {t.file}", t, output)
            if what == "status":
                work.status = have
            else:
                work.text = have
        self.typed = {key: t for key, t in self.typed.items() if t.doc not in docs}

    def pending_docs(self) -> set[str]:
        """The documents with files changed by hand that no command has read yet."""
        return {t.doc for t in self.typed.values()}

    def written(self, doc: str) -> list[tuple[str, str]]:
        """(Spanish, English) of each pair as the tool last wrote them (the .tmx, which no person edits here)."""
        return [tuple(seg.text or "" for seg in tu.findall("tuv/seg"))
                for tu in ET.parse(self.out / f"{doc}.tmx").getroot().findall("body/tu")]

    def all_written(self, docs=("a", "b")) -> None:
        for doc in docs:
            self.changed_since_written[doc] = set()

    # ------------------------------------------------------------ readers
    @rule(doc=st.none() | DOCS)
    def show(self, doc):
        before = self.folder_bytes(with_store=True)
        code, output = invoke("show", self.out, "--json", *(["--doc", doc] if doc else []))
        assert code == 0, output
        assert self.folder_bytes(with_store=True) == before, "show changed the folder"
        shown = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
        assert sorted({r["doc"] for r in shown}) == ([doc] if doc else ["a", "b"])
        self.check_read(shown, output)

    @rule()
    def export(self):
        before = self.folder_bytes(with_store=True)
        code, output = invoke("export", self.out, "--format", "jsonl", "-o", "-")
        assert code == 0, output
        assert self.folder_bytes(with_store=True) == before, "export changed the folder"
        self.check_read([json.loads(line) for line in output.splitlines() if line.startswith("{")], output,
                        exported=True)

    def check_read(self, records: list[dict], output: str, exported: bool = False) -> None:
        """What `show` or `export` read is the review with the changes made by hand in the files
        taken for this look (but a pair whose change may be kept as a copy, not taken); `export`
        leaves out the rejected pairs, and only those."""
        unsure = self.conflicted() | {(d, s) for d, srcs in self.changed_since_written.items() for s in srcs}
        expected = {}
        for key in [(d, s) for d in ("a", "b") for s in self.in_folder[d]]:
            typed = [t for t in self.typed.values() if (t.doc, t.src) == key]
            if typed and key in unsure:
                continue
            text = next((t.value for t in typed if t.kind != "tsv-status"), self.expected(*key).text)
            status = next((t.value for t in typed if t.kind == "tsv-status"), self.expected(*key).status)
            expected[key] = (status, text)
        seen = set()
        for r in records:
            key = (r["doc"], r["src"][0])
            seen.add(key)
            if key not in expected:
                continue
            status, text = expected[key]
            assert r["status"] == status, (r, status, output)
            if text is not None:
                assert r["tgt"] == [text], (r, text, output)
            else:
                assert not r["edited"], (r, output)
        if exported:
            missing = [k for k, (status, _) in expected.items() if (status != "rejected") != (k in seen)]
            assert not missing, ("exported wrongly", missing, output)

    # ------------------------------------------------------------ what must hold
    def conflicted(self) -> set[tuple[str, str]]:
        values: dict[tuple[str, str, bool], set[str]] = {}
        for t in self.typed.values():
            values.setdefault((t.doc, t.src, t.kind == "tsv-status"), set()).add(t.value)
        return {(d, s) for (d, s, _), v in values.items() if len(v) > 1}

    def records(self, doc: str):
        return parse_jsonl((self.out / f"{doc}.pairs.jsonl").read_text(encoding="utf-8"))

    def folder_bytes(self, with_store: bool = False) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(self.out.iterdir())
                if p.is_file() and (with_store or not p.name.startswith(DB_NAME)) and not p.name.startswith(".")}

    def check_folder(self) -> None:
        """Every file of every document is the store's rendering, with the modelled review (but
        the files of a document still changed by hand: the person's, until a command reads them)."""
        docs = [d for d in ("a", "b") if d not in self.pending_docs()]
        manifest = json.loads((self.out / "manifest.json").read_text(encoding="utf-8"))
        entries = {Path(e["path"]).stem: e for e in manifest["documents"]}
        store = ReviewStore(self.out / DB_NAME, readonly=True)
        try:
            for doc in docs:
                files = reviewed_files(store, doc, self.out).files
                assert set(files) == {self.translated_name(doc), f"{doc}.pairs.jsonl", f"{doc}.tsv", f"{doc}.tmx"}
                for name, data in files.items():
                    on_disk = (self.out / name).read_bytes()
                    assert on_disk == (data.encode("utf-8") if isinstance(data, str) else data), \
                        (f"{name} is not the review's", on_disk.decode("utf-8", "replace"), data)
                    assert entries[doc]["outputs"][name] == output_hash(on_disk), name
                assert entries[doc]["review"] == store.document(doc).counts(), doc
        finally:
            store.close()
        for doc in docs:
            self.check_document(doc)

    def check_document(self, doc: str) -> None:
        recs = self.records(doc)
        assert [r.src for r in recs] == [(s,) for s in self.in_folder[doc]], (doc, [r.src for r in recs])
        translated = self.translated_text(doc)
        tsv = (self.out / f"{doc}.tsv").read_text(encoding="utf-8").splitlines()[1:]
        tmx = ET.parse(self.out / f"{doc}.tmx").getroot().findall("body/tu")
        assert len(tsv) == len(tmx) == len(recs)
        for r, row, tu in zip(recs, tsv, tmx):
            work = self.expected(doc, r.src[0])
            cells = row.split("\t")
            segs = [seg.text for seg in tu.findall("tuv/seg")]
            assert r.status == work.status and cells[5].split(",")[0] == work.status, (doc, r, work)
            if work.text is None:
                assert not r.edited, (doc, r, work)
                continue
            assert r.tgt == (work.text,) and r.edited, (doc, r, work)
            assert cells[1] == work.text and segs[1] == work.text, (doc, row, segs, work)
            assert work.text in translated, (doc, work.text, translated)


def test_a_review_outlives_every_rerun_and_reaches_every_file(installed_toy):
    STEPS.clear()
    run_state_machine_as_test(ReviewLoop, settings=LOOP)
    print("steps taken:", dict(sorted(STEPS.items())))


def reviewed_state(store: ReviewStore, doc: str, src: str) -> tuple[str, str | None]:
    """(decision, edited English or None) of the pair of one Spanish sentence, or of the latest
    review work a rerun stored when that sentence left the document."""
    for p in store.pairs(doc=doc):
        if p.src == (src,):
            return p.status, (p.tgt[0] if p.edited and p.tgt else None)
    for e in reversed(store.earlier_reviews(doc)):
        if e.src == (src,):
            return e.status, (e.tgt[0] if e.edited and e.tgt else None)
    return "unreviewed", None


def _differing(before: dict[str, bytes], after: dict[str, bytes]) -> list[str]:
    return sorted(n for n in set(before) | set(after) if before.get(n) != after.get(n))
