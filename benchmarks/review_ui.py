"""Review UI responsiveness on a huge document: first screen, approve, undo, jump, edit.

    python benchmarks/review_ui.py                    # 137,000 pairs vs 200 pairs, 30 keys each
    python benchmarks/review_ui.py --pairs 20000 --keys 10

Issue 11's targets for a 137,000-pair document: the first screen within 2 s, each approve /
undo within 100 ms. Both documents are reviewed side by side in one run, in Textual's
headless pilot (real key presses through the app's bindings, each awaited until the app is
idle again, committed to SQLite with synchronous=FULL), so the ratio big/small shows whether
a key's cost grows with the document. "handler only" times the same operation called as an
action (store transaction + the app's state update, no key dispatch or idle wait); the
difference to a plain cursor move (`j`, no database work) is what approving adds. The
one-time import of the pair file (done by `run`, not by `review`) is timed apart.
Pairs are synthetic (newstest2013 sentences repeated with a number), the store is on disk.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(folder: Path, stem: str, n: int) -> None:
    from translate_tool.data import PairRecord
    from translate_tool.formats import format_jsonl

    es = (ROOT / "data/newstest2013/newstest2013.es").read_text(encoding="utf-8").splitlines()
    en = (ROOT / "data/newstest2013/newstest2013.en").read_text(encoding="utf-8").splitlines()
    records = [
        PairRecord(stem, i, (f"{es[i % len(es)]} ({i})",), (f"{en[i % len(en)]} ({i})",), (i,), (i,), i // 5,
                   0.3 if i % 17 == 0 else 0.9, ("low-similarity",) if i % 17 == 0 else (), "bench")
        for i in range(n)
    ]
    (folder / f"{stem}.pairs.jsonl").write_text(format_jsonl(records), encoding="utf-8")


class _NoScorer:  # status changes and undo never rescore; an edit's scorer cost is the encoder's
    def score_beads(self, beads, *context):
        return [(0.9, ()) for _ in beads]


def measure(folder: Path, keys: int) -> dict[str, float]:
    from translate_tool.review import ReviewStore
    from translate_tool.review.tui import ReviewApp

    out: dict[str, list[float]] = {"approve": [], "undo": [], "jump (n)": [], "next pair (j)": [],
                                   "approve, handler only": [], "undo, handler only": []}
    first: list[float] = []

    async def go() -> None:
        t0 = time.perf_counter()
        store = ReviewStore.open(folder, scorer=_NoScorer())
        app = ReviewApp(store, folder, cursor_blink=False, warm_up=False, write_files=False)
        try:
            async with app.run_test(size=(160, 48)) as pilot:
                await pilot.pause()
                first.append(time.perf_counter() - t0)
                for _ in range(keys):
                    for key, name in (("a", "approve"), ("u", "undo"), ("n", "jump (n)"), ("j", "next pair (j)")):
                        t = time.perf_counter()
                        await pilot.press(key)
                        out[name].append(time.perf_counter() - t)
                    # the same two operations without the pilot's key dispatch and idle waits:
                    # the store's transaction and the app's own update, before the screen is drawn
                    for action, name in (("status('approved')", "approve, handler only"), ("undo", "undo, handler only")):
                        t = time.perf_counter()
                        await app.run_action(action)
                        out[name].append(time.perf_counter() - t)
                        await pilot.pause()
        finally:
            store.close()

    asyncio.run(go())
    result = {"first screen": first[0]}
    for name, times in out.items():
        result[f"{name} median"] = statistics.median(times)
        result[f"{name} p95"] = sorted(times)[int(0.95 * (len(times) - 1))]
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=137_000)
    ap.add_argument("--small", type=int, default=200)
    ap.add_argument("--keys", type=int, default=30, help="rounds of a / u / n / j per document")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from translate_tool.review import ReviewStore

    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp, "big"), Path(tmp, "small")
        big.mkdir()
        small.mkdir()
        build(big, "huge", args.pairs)
        build(small, "short", args.small)
        t = time.perf_counter()
        ReviewStore.open(big).close()  # the one-time import
        imported = time.perf_counter() - t
        ReviewStore.open(small).close()
        rows = {}
        for label, folder in (("small", small), ("big", big), ("small", small), ("big", big)):
            rows.setdefault(label, []).append(measure(folder, args.keys))
    import os

    print(f"review UI, {args.pairs:,} vs {args.small:,} pairs, {args.keys} presses of each key per run, 2 runs each; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"one-time import of the {args.pairs:,}-pair file: {imported:.1f} s\n")
    print(f"| measure | {args.small:,} pairs | {args.pairs:,} pairs | ratio | target ({args.pairs:,}) |")
    print("|---|---|---|---|---|")
    targets = {"first screen": 2.0, "approve median": 0.1, "approve p95": 0.1, "undo median": 0.1, "undo p95": 0.1,
               "approve, handler only median": 0.1, "undo, handler only median": 0.1}
    for key in rows["big"][0]:
        s = min(r[key] for r in rows["small"])
        b = min(r[key] for r in rows["big"])
        target = targets.get(key)
        verdict = "" if target is None else (f"≤ {target * 1000:.0f} ms: " + ("yes" if b <= target else "**no**"))
        print(f"| {key} | {s * 1000:.0f} ms | {b * 1000:.0f} ms | {b / s:.2f}× | {verdict} |")


if __name__ == "__main__":
    main()
