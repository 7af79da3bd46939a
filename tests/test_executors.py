"""The executor protocol RayExecutor uses, without Ray: documents read, identified and segmented
by an executors.EngineWorker from the bytes the driver read, small chunks, and the writing of a
chunk overlapping the next one (pipeline._Run.process_overlapped). The outputs must be the local
run's bytes (tests/test_ray_executor.py does the same through real Ray actors)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import add_news_documents

from translate_tool.cli import main
from translate_tool.executors import EngineWorker, LocalExecutor
from translate_tool.pipeline import RunOptions, run_pipeline
from translate_tool.ray_executor import _read


class InProcessWorkers(LocalExecutor):
    """RayExecutor's prepare / group_sentences / overlap, with one in-process EngineWorker."""

    overlap = True

    def __init__(self):
        self.worker = None
        self.phases: list[tuple[int, int]] = []

    def prepare(self, inputs, options, warn, on_phase, single=False, chunk_sentences=2000):
        self.worker = EngineWorker(options, 1, {})
        assert self.worker.ready()[1] == ""

        def prepared():
            for lo in range(0, len(inputs), 3):  # a call per 3 documents, as an actor gets them
                batch = inputs[lo : lo + 3]
                data = [_read(i.path) for i in batch]
                for k, item in enumerate(self.worker.prepare(batch, data, single, chunk_sentences)):
                    if on_phase:
                        on_phase("reading", lo + k + 1, len(inputs), batch[k].relative)
                    yield item

        return prepared()

    def group_sentences(self) -> int:
        return 15  # several chunks of a few documents


@pytest.fixture
def corpus(seeds_copy) -> Path:
    lines = add_news_documents(seeds_copy, 6)
    (seeds_copy / "sub").mkdir()
    (seeds_copy / "sub" / "page.html").write_text(f"<html><body><p>{lines[0]}</p><p>{lines[1]}</p></body></html>\n",
                                                  encoding="utf-8")
    (seeds_copy / "broken.txt").write_bytes(b"\x00\x01 binary \xff" * 40)
    return seeds_copy


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "review.sqlite3" and not p.name.startswith(".")}


def test_workers_prepare_and_overlapped_writing_give_the_local_bytes(toy_argosmodel, corpus, tmp_path, monkeypatch):
    assert CliRunner().invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    monkeypatch.setenv("TRANSLATE_TOOL_CACHE_DIR", str(tmp_path / "cache-local"))
    local = run_pipeline(corpus, tmp_path / "local", RunOptions())
    monkeypatch.setenv("TRANSLATE_TOOL_CACHE_DIR", str(tmp_path / "cache-workers"))
    executor = InProcessWorkers()
    phases, totals = [], []
    report = run_pipeline(corpus, tmp_path / "workers", RunOptions(), executor=executor,
                          on_phase=lambda p, k, n, name: phases.append((p, k, n)), on_total=totals.append)
    assert [d.action for d in report.documents] == [d.action for d in local.documents]
    assert report.skipped == local.skipped and ("broken.txt", "binary file (contains NUL bytes), not a text "
                                                "document") in report.skipped  # read, then not taken
    assert sum(d.action == "translated" for d in report.documents) == 8
    assert _files(tmp_path / "workers") == _files(tmp_path / "local")
    n = len(report.documents) + 1  # broken.txt was read too
    assert [k for p, k, _ in phases if p == "reading"] == list(range(1, n + 1))
    assert len(totals) >= 4  # one per chunk: the documents went through in several chunks
