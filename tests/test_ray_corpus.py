"""`align-corpus --executor ray`: the same bytes as a local run (a review merged alike), a killed
actor changes nothing, a bad address or a missing Ray fails cleanly with nothing written.

Needs the `ray` extra (scripts/setup --ray); one local Ray instance with 2 CPUs serves the module
(conftest.ray_instance). The local reference runs with -j 1: the bytes do not depend on the
worker count (test_align_corpus), and no process forks while Ray runs in this one.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import needs_ray, ntrex_documents

from translate_tool.cli import main


@pytest.fixture(scope="module")
def pairs_dir(tmp_path_factory) -> Path:
    """8 NTREX-128 pairs as x.es.txt / x.en.txt; d2's Spanish side is English (excluded), d4's
    English side has lost most lines (excluded), and bad.es.txt is binary (failed)."""
    folder = tmp_path_factory.mktemp("pairs")
    for k, (_doc, es, en) in enumerate(ntrex_documents(8)):
        es = en if k == 2 else es
        en = en[:2] if k == 4 else en
        (folder / f"d{k}.es.txt").write_text("\n\n".join(es) + "\n", encoding="utf-8")
        (folder / f"d{k}.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
    (folder / "bad.es.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (folder / "bad.en.txt").write_text("Hello.\n", encoding="utf-8")
    return folder


FAILED_PAIR = 6  # bad.es.txt cannot be read: align-corpus finishes and exits 6, as run does


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and p.name != "review.sqlite3"}


def _align(args, cache: Path, monkeypatch):
    monkeypatch.setenv("TRANSLATE_TOOL_CACHE_DIR", str(cache))  # each run starts with its own caches
    return CliRunner().invoke(main, ["align-corpus", *map(str, args)])


def _local(pairs_dir: Path, out: Path, cache: Path, monkeypatch) -> dict[str, bytes]:
    result = _align([pairs_dir, "-o", out, "-j", "1"], cache, monkeypatch)
    assert result.exit_code == FAILED_PAIR, result.output
    return _files(out)


def _small_calls(monkeypatch) -> None:
    """Many small actor calls, so that results come back out of order across the two actors."""
    import translate_tool.ray_corpus as rc
    from translate_tool import corpus_align

    monkeypatch.setattr(rc, "PREPARE_PAIRS", 2)
    monkeypatch.setattr(rc, "ENCODE_BATCHES", 2)
    monkeypatch.setattr(rc, "ALIGN_SENTENCES", 20)
    monkeypatch.setattr(corpus_align, "CHUNK", 120)  # several chunks (in both runs: it sets the encoder's batches)


@needs_ray
def test_ray_align_corpus_equals_local(ray_instance, pairs_dir, tmp_path, monkeypatch):
    _small_calls(monkeypatch)
    local = _local(pairs_dir, tmp_path / "local", tmp_path / "cache-local", monkeypatch)
    result = _align([pairs_dir, "-o", tmp_path / "ray", "--executor", "ray", "--workers", "2"], tmp_path / "cache-ray",
                    monkeypatch)
    assert result.exit_code == FAILED_PAIR, result.output
    assert "bad: failed" in result.stderr and "d2: excluded: wrong language" in result.stderr
    assert "d4: excluded: very uneven lengths" in result.stderr
    ray_files = _files(tmp_path / "ray")
    assert sorted(ray_files) == sorted(local) and len(local) == 8 * 4 + 7  # per document, corpus, manifest, report
    for name in local:
        assert ray_files[name] == local[name], name
    # the driver filled its embedding cache: a second Ray run is served from it, still the same bytes
    from translate_tool.embeddings import default_encoder

    misses = default_encoder().misses
    again = _align([pairs_dir, "-o", tmp_path / "ray2", "--executor", "ray"], tmp_path / "cache-ray", monkeypatch)
    assert again.exit_code == FAILED_PAIR, again.output
    assert default_encoder().misses == misses and _files(tmp_path / "ray2") == local
    # a reviewed folder: the driver merges the new alignment with the review, as a local run does
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    for out in (tmp_path / "local", tmp_path / "ray"):
        with ReviewStore.open(out) as store:
            pairs = store.pairs(doc="d0")
            store.edit(pairs[0].id, "tgt", "A sentence the reviewer wrote.")
            store.reject(pairs[1].id)
            write_reviewed_document(store, "d0", out)
    reviewed = _local(pairs_dir, tmp_path / "local", tmp_path / "cache-local", monkeypatch)
    result = _align([pairs_dir, "-o", tmp_path / "ray", "--executor", "ray"], tmp_path / "cache-ray", monkeypatch)
    assert result.exit_code == FAILED_PAIR and "d0: review kept on 2 pair(s)" in result.stderr, result.output
    assert _files(tmp_path / "ray") == reviewed != local


@needs_ray
def test_killed_actor_is_restarted_and_align_corpus_completes_identically(ray_instance, pairs_dir, tmp_path,
                                                                          monkeypatch):
    from translate_tool.corpus_align import align_corpus, find_pairs
    from translate_tool.executors import ExecutorOptions
    from translate_tool.ray_corpus import RayCorpusExecutor

    _small_calls(monkeypatch)
    local = _local(pairs_dir, tmp_path / "local", tmp_path / "cache-local", monkeypatch)
    monkeypatch.setenv("TRANSLATE_TOOL_CACHE_DIR", str(tmp_path / "cache-kill"))
    killed: list[int] = []
    with RayCorpusExecutor(ExecutorOptions("ray", workers=2)) as executor:
        def progress(done: int, total: int) -> None:  # after the first aligned document: kill a worker
            if not killed:
                pid = executor.worker_pids()[0]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        report = align_corpus(find_pairs(pairs_dir), tmp_path / "killed", executor=executor, progress=progress)
        assert killed and killed[0] not in executor.worker_pids()  # restarted: a new process
        assert executor._remote  # the actors encoded and aligned (same encoder and BLAS as this process)
    assert [r.status for r in report.documents].count("kept") == 6
    assert _files(tmp_path / "killed") == local


@needs_ray
def test_actors_of_another_blas_leave_encoding_and_aligning_to_the_driver(ray_instance, pairs_dir, tmp_path,
                                                                           monkeypatch):
    import translate_tool.ray_corpus as rc
    from translate_tool.corpus_align import align_corpus, find_pairs
    from translate_tool.executors import ExecutorOptions

    local = _local(pairs_dir, tmp_path / "local", tmp_path / "cache-local", monkeypatch)
    monkeypatch.setenv("TRANSLATE_TOOL_CACHE_DIR", str(tmp_path / "cache-other"))
    monkeypatch.setattr(rc, "blas_kind", lambda: "another-cpu")  # the driver's view only: the actors keep theirs
    warnings: list[str] = []
    with rc.RayCorpusExecutor(ExecutorOptions("ray", workers=2), warnings.append) as executor:
        align_corpus(find_pairs(pairs_dir), tmp_path / "other", executor=executor)
        assert executor._remote is False
    assert len(warnings) == 1 and "encoding and aligning in the driver" in warnings[0]
    assert _files(tmp_path / "other") == local


@needs_ray
def test_bad_address_fails_cleanly(pairs_dir, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["align-corpus", str(pairs_dir), "-o", str(out), "--executor", "ray",
                                       "--ray-address", "127.0.0.1:9"])
    assert result.exit_code == 7, result.output  # the network (cluster) is not there
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: 127.0.0.1:9: no Ray cluster answers there"), lines
    assert not out.exists()


def test_without_ray_align_corpus_says_how_to_install(pairs_dir, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError, as when it is not installed
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["align-corpus", str(pairs_dir), "-o", str(out), "--executor", "ray"])
    assert result.exit_code == 3, result.output
    assert result.output.strip() == (
        "error: --executor ray needs Ray: pip install 'translate-tool[ray]' (or scripts/setup --ray)")
    assert not out.exists()


def test_executor_options_go_together(pairs_dir, tmp_path):
    out = tmp_path / "o"
    result = CliRunner().invoke(main, ["align-corpus", str(pairs_dir), "-o", str(out), "--workers", "2"])
    assert result.exit_code == 2 and "error: --ray-address and --workers go with --executor ray" in result.output
    result = CliRunner().invoke(main, ["align-corpus", str(pairs_dir), "-o", str(out), "--executor", "ray", "-j", "2"])
    assert result.exit_code == 2 and "error: --jobs goes with --executor local" in result.output
    assert not out.exists()


def test_actor_work_in_process_gives_the_local_bytes(pairs_dir):
    """Without Ray: the driver's token batches encoded one by one (as actors do) and a document
    aligned on its own rows of the chunk's tables (as actors do) give the local run's floats."""
    import numpy as np

    from translate_tool.corpus_align import find_pairs
    from translate_tool.corpus_work import CorpusOptions, Ready, align_pair, prepare_pair
    from translate_tool.embeddings import blas_threads
    from translate_tool.ray_corpus import CorpusWorker, _rows

    worker = CorpusWorker({})
    enc = worker.encoder
    options = CorpusOptions()
    prepared = [prepare_pair(p, options) for p in find_pairs(pairs_dir)[1:4]]
    texts = list(dict.fromkeys(x for _res, sents in prepared for x in sents[0]))
    local = enc.features(texts, "es", threads=2, use_cache=False)
    calls: list[int] = []

    def run_batches(batches):
        calls.append(len(batches))
        return worker.encode(batches)

    remote = enc.features(texts, "es", use_cache=False, run_batches=run_batches)
    assert calls and calls[0] > 1  # several token batches
    for a, b in ((local.core, remote.core), (local.bos, remote.bos), (local.eos, remote.eos), (local.lens, remote.lens)):
        assert np.array_equal(a, b) and a.tobytes() == b.tobytes()
    tgt = list(dict.fromkeys(x for _res, sents in prepared for x in sents[2]))
    feats = {"es": (local, {x: i for i, x in enumerate(texts)}),
             "en": (enc.features(tgt, "en", use_cache=False), {x: i for i, x in enumerate(tgt)})}
    with blas_threads(1):
        here = [align_pair((res, sents, options, None, False), Ready(enc.name, feats))[1:] for res, sents in prepared]
    there = [r[1:] for r in worker.align([((res, sents, options, None, False), _rows(feats, sents, options))
                                          for res, sents in prepared])]
    assert there == here and all(records for records, _sig in here)
