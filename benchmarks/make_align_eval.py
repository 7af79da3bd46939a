"""Build the es-en sentence-alignment evaluation set under benchmarks/align_eval/.

Documents come from the repository's copies of real parallel data (line i of *.es translates
line i of *.en): runs of consecutive newstest2013 lines, and NTREX-128 documents (by
DOCUMENT_IDS.tsv, neighbouring short documents joined). Each document then gets one kind of
perturbation, applied to randomly chosen beads on a randomly chosen side; order is never changed:

* merge  — two consecutive sentences joined into one (gold 1-2 / 2-1, sometimes 1-3 / 3-1)
* split  — a sentence cut in two at a comma / semicolon / colon near its middle, the second part
           capitalised and the first closed with a full stop (gold 2-1 / 1-2)
* drop   — a sentence deleted from one side (gold 0-1 / 1-0 for its translation)
* insert — a sentence from another document inserted on one side (gold 1-0 / 0-1)
* mixed  — all of the above
* clean  — none (the 1-1 baseline)

Output: <id>.es, <id>.en (one sentence per line), <id>.gold (ladder) and index.tsv
(id, source, perturbation, sentences es, sentences en). Deterministic (fixed seed).

    python benchmarks/make_align_eval.py
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate_tool.align_eval import check_ladder, format_ladder  # noqa: E402

DATA = ROOT / "data"
OUT = ROOT / "benchmarks" / "align_eval"
KINDS = ["merge", "split", "drop", "insert", "mixed", "clean"]
RATE = 0.12  # share of beads touched per operation kind


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def documents(rng: random.Random, newstest_from: int = 1, ntrex_from: int = 1) -> list[tuple[str, list[str], list[str]]]:
    """36 documents: 18 runs of newstest2013 from line `newstest_from` (fewer if the file ends
    first), then NTREX-128 documents starting at the first document that begins at or after line
    `ntrex_from`. Line ranges keep a held-out set's sentences apart from a tuning set's."""
    docs = []
    es, en = lines(DATA / "newstest2013" / "newstest2013.es"), lines(DATA / "newstest2013" / "newstest2013.en")
    start = newstest_from - 1
    for k in range(18):  # runs of 40-110 lines
        size = rng.randint(40, 110)
        if start + size > len(es):
            break
        docs.append((f"newstest2013:{start + 1}-{start + size}", es[start : start + size], en[start : start + size]))
        start += size + rng.randint(0, 40)
    ids = [row.split("\t")[0] for row in lines(DATA / "ntrex128" / "DOCUMENT_IDS.tsv")]
    es, en = lines(DATA / "ntrex128" / "newstest2019.es"), lines(DATA / "ntrex128" / "newstest2019.en")
    groups: list[list[int]] = []
    for i, d in enumerate(ids):
        if i == 0 or d != ids[i - 1]:
            groups.append([])
        groups[-1].append(i)
    g = next((k for k, grp in enumerate(groups) if grp[0] >= ntrex_from - 1), len(groups))
    while g < len(groups) and len(docs) < 36:  # join neighbouring documents to 30+ lines
        members = [groups[g]]
        g += 1
        while sum(map(len, members)) < 30 and g < len(groups):
            members.append(groups[g])
            g += 1
        rows = [i for m in members for i in m]
        name = "+".join(ids[m[0]] for m in members)
        docs.append((f"ntrex128:{name}", [es[i] for i in rows], [en[i] for i in rows]))
    return docs


_SPLIT = re.compile(r"[,;:] (?=\w)")


def split_point(sentence: str) -> int | None:
    """Index of a comma/semicolon/colon near the middle leaving two natural sentences, or None."""
    best = None
    for m in _SPLIT.finditer(sentence):
        left, right = sentence[: m.start()], sentence[m.end() :]
        if len(left.split()) < 4 or len(right.split()) < 4 or '"' in left or "«" in left or "“" in left:
            continue
        if not right[0].isalpha():
            continue
        score = abs(len(left) - len(right))
        if best is None or score < best[0]:
            best = (score, m.start())
    return best[1] if best else None


def do_split(sentence: str, at: int) -> tuple[str, str]:
    left, right = sentence[:at].rstrip(), sentence[at + 1 :].strip()
    return left + ".", right[0].upper() + right[1:]


def perturb(beads, kind: str, rng: random.Random, filler: list[tuple[str, str]]):
    """beads: list of (src sentences, tgt sentences); returns a new list."""
    ops = ["merge", "split", "drop", "insert"] if kind == "mixed" else [] if kind == "clean" else [kind]
    for op in ops:
        rate = RATE / 2 if kind == "mixed" else RATE
        n_ops = max(2, round(rate * len(beads)))
        for _ in range(n_ops):
            side = rng.randrange(2)
            one_one = [k for k, b in enumerate(beads) if len(b[0]) == 1 and len(b[1]) == 1]
            if op == "merge":
                cands = [k for k in one_one if k + 1 < len(beads) and len(beads[k + 1][0]) == 1 and len(beads[k + 1][1]) == 1]
                if not cands:
                    continue
                k = rng.choice(cands)
                size = 3 if (rng.random() < 0.2 and k + 2 < len(beads) and len(beads[k + 2][side]) == 1 and beads[k + 2][1 - side]) else 2
                group = beads[k : k + size]
                merged = [" ".join(b[side][0] for b in group)]
                other = [s for b in group for s in b[1 - side]]
                beads[k : k + size] = [(merged, other) if side == 0 else (other, merged)]
            elif op == "split":
                cands = [k for k in one_one if split_point(beads[k][side][0]) is not None]
                if not cands:
                    continue
                k = rng.choice(cands)
                s = beads[k][side][0]
                parts = list(do_split(s, split_point(s)))
                b = list(beads[k])
                b[side] = parts
                beads[k] = (b[0], b[1])
            elif op == "drop":
                if not one_one:
                    continue
                k = rng.choice(one_one)
                b = list(beads[k])
                b[side] = []
                beads[k] = (b[0], b[1])
            elif op == "insert":
                k = rng.randrange(len(beads) + 1)
                s = rng.choice(filler)[side]
                beads.insert(k, ([s], []) if side == 0 else ([], [s]))
    return beads


def to_gold(beads):
    src, tgt, ladder = [], [], []
    for s, t in beads:
        ladder.append((tuple(range(len(src), len(src) + len(s))), tuple(range(len(tgt), len(tgt) + len(t)))))
        src += s
        tgt += t
    return src, tgt, ladder


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Build the alignment evaluation set.")
    ap.add_argument("--seed", type=int, default=20240613)
    ap.add_argument("--out", type=Path, default=OUT, help="folder (default: benchmarks/align_eval)")
    ap.add_argument("--newstest-from", type=int, default=1, metavar="LINE", help="first newstest2013 line to use")
    ap.add_argument("--ntrex-from", type=int, default=1, metavar="LINE", help="first NTREX-128 line to use")
    args = ap.parse_args()
    out = args.out.resolve()
    rng = random.Random(args.seed)
    docs = documents(rng, args.newstest_from, args.ntrex_from)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("doc*"):
        old.unlink()
    index = ["id\tsource\tperturbation\tsentences_es\tsentences_en\tbeads"]
    for n, (name, es, en) in enumerate(docs):
        kind = KINDS[n % len(KINDS)]
        # filler sentences for insertions: from a different document
        other = docs[(n + len(docs) // 2) % len(docs)]
        filler = list(zip(other[1], other[2]))
        beads = perturb([([s], [t]) for s, t in zip(es, en)], kind, rng, filler)
        src, tgt, ladder = to_gold(beads)
        assert not check_ladder(ladder, len(src), len(tgt))
        doc_id = f"doc{n:02d}"
        (out / f"{doc_id}.es").write_text("".join(s + "\n" for s in src), encoding="utf-8")
        (out / f"{doc_id}.en").write_text("".join(s + "\n" for s in tgt), encoding="utf-8")
        (out / f"{doc_id}.gold").write_text(format_ladder(ladder), encoding="utf-8")
        index.append(f"{doc_id}\t{name}\t{kind}\t{len(src)}\t{len(tgt)}\t{len(ladder)}")
    (out / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"wrote {len(docs)} document pairs to {out}")


if __name__ == "__main__":
    main()
