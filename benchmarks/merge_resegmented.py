"""Time of a rerun's merge into a reviewed document (review.bead_merge.merge_beads) when the
rerun cuts the source into other sentences, next to the same source and a changed one.

    python benchmarks/merge_resegmented.py              # 5000 records (10,000 sentences; 15,000 resegmented)
    python benchmarks/merge_resegmented.py --records 1000

A synthetic machine-translated document: each record is "Dijo el Sr. Pérez K que sí." and
"Frase K."; every third pair is approved. Reruns: the same records; every record resegmented
(a segmenter that cuts after "Sr."); every seventh record's second sentence deleted; both.
Each line: seconds for one import (in-memory store), reviewed pairs kept and reset.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

from translate_tool.data import PairRecord
from translate_tool.review import ReviewStore
from translate_tool.review.importer import import_records

SIGNATURE = "engine:bench|aligner:bench"


def _records(rows: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> list[PairRecord]:
    out, s, t = [], 0, 0
    for k, (src, tgt) in enumerate(rows):
        out.append(PairRecord("doc", k, src, tgt, tuple(range(s, s + len(src))), tuple(range(t, t + len(tgt))),
                              k // 3, 0.5, (), SIGNATURE))
        s, t = s + len(src), t + len(tgt)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    n = parser.parse_args().records
    rows = [((f"Dijo el Sr. Pérez {k} que sí.", f"Frase {k}."), (f"He said {k}.",)) for k in range(n)]
    resegmented = [(tuple(src[0].replace("Sr. ", "Sr.\n").split("\n")) + src[1:], tgt) for src, tgt in rows]
    reruns = {
        "same": rows,
        "resegmented": resegmented,
        "changed": [(src[:1], tgt) if k % 7 == 0 else (src, tgt) for k, (src, tgt) in enumerate(rows)],
        "changed+resegmented": [(src[:2], tgt) if k % 7 == 0 else (src, tgt) for k, (src, tgt) in enumerate(resegmented)],
    }
    print(f"{n} records, {2 * n} sentences; every third pair approved")
    for label, rerun in reruns.items():
        store = ReviewStore(":memory:")
        import_records(store, "doc", _records(rows))
        for p in store.pairs(doc="doc")[::3]:
            store.approve(p.id)
        new = [replace(r, score=0.6) for r in _records(rerun)]
        start = time.perf_counter()
        result = import_records(store, "doc", new)
        print(f"{label:22s} {time.perf_counter() - start:6.2f} s  kept {result.kept}  reset {result.dropped}")


if __name__ == "__main__":
    main()
