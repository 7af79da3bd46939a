"""`run --executor ray`: the same bytes as a local run, a killed actor changes nothing, a bad
address or a missing Ray fails cleanly with nothing written.

Needs the `ray` extra (scripts/setup --ray; .ci/run installs it). One local Ray instance with
2 CPUs serves the module (conftest.ray_instance); RayExecutor uses an instance that is already running.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import add_news_documents, needs_ray

from translate_tool.cli import main

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def corpus(tmp_path, seeds_copy) -> Path:
    """The seeds plus 12 Spanish documents of 10 newstest2013 sentences (several batches), an
    English one, an HTML one in a subfolder, and a binary one (read, then not taken)."""
    lines = add_news_documents(seeds_copy, 12)
    english = [x.strip() for x in (REPO / "data/newstest2013/newstest2013.en").read_text(encoding="utf-8").splitlines()]
    (seeds_copy / "english.txt").write_text(" ".join(x for x in english[:6] if x) + "\n", encoding="utf-8")
    (seeds_copy / "web").mkdir()
    (seeds_copy / "web" / "page.html").write_text(
        "<html><body><p>" + " ".join(lines[:3]) + "</p><p>" + " ".join(lines[3:6]) + "</p></body></html>\n",
        encoding="utf-8")
    (seeds_copy / "broken.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 50)
    return seeds_copy


@pytest.fixture
def toy_installed(toy_argosmodel):
    result = CliRunner().invoke(main, ["models", "install", str(toy_argosmodel)])
    assert result.exit_code == 0, result.output


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "review.sqlite3" and not p.name.startswith(".")}


def _run(args, cache: Path, monkeypatch):
    monkeypatch.setenv("TRANSLATE_TOOL_CACHE_DIR", str(cache))  # each run starts with empty caches
    return CliRunner().invoke(main, ["run", *map(str, args)])


def _local(corpus, tmp_path, monkeypatch) -> dict[str, bytes]:
    result = _run([corpus, "-o", tmp_path / "local"], tmp_path / "cache-local", monkeypatch)
    assert result.exit_code == 0 and "broken.txt: binary file" in result.output, result.output  # not taken
    return _files(tmp_path / "local")


@needs_ray
def test_ray_run_equals_local_run(ray_instance, toy_installed, corpus, tmp_path, monkeypatch):
    import translate_tool.ray_executor as rx

    monkeypatch.setattr(rx, "BATCH_SENTENCES", 16)  # ~9 batches over the 2 actors
    monkeypatch.setattr(rx, "GROUP_PER_ACTOR", 20)  # several chunks: writing overlaps the next one
    monkeypatch.setattr(rx, "PREPARE_DOCS", 3)  # reading in several calls, out of order across actors
    local = _local(corpus, tmp_path, monkeypatch)
    result = _run([corpus, "-o", tmp_path / "ray", "--executor", "ray", "--workers", "2"], tmp_path / "cache-ray",
                  monkeypatch)
    assert result.exit_code == 0, result.output  # broken.txt not taken (binary), in both runs
    ray_files = _files(tmp_path / "ray")
    assert sorted(ray_files) == sorted(local)
    manifest = local["manifest.json"].decode()
    assert '"engine": {\n    "name": "argos"' in manifest
    assert '"summary": {\n    "translated": 14,\n    "skipped": 5,\n    "uncertain": 0,\n    "failed": 0' in manifest
    assert '"path": "broken.txt",\n      "reason": "binary file' in manifest
    assert sum(name.endswith(".pairs.jsonl") for name in local) == 14
    for name in local:
        assert ray_files[name] == local[name], name
    # the driver filled its cache: a second Ray run translates nothing anew and is still identical
    again = _run([corpus, "-o", tmp_path / "ray2", "--executor", "ray", "--workers", "2"], tmp_path / "cache-ray",
                 monkeypatch)
    assert again.exit_code == 0 and " from cache" in again.output, again.output
    assert _files(tmp_path / "ray2") == local


@needs_ray
def test_killed_actor_is_restarted_and_the_run_completes_identically(ray_instance, toy_installed, corpus, tmp_path,
                                                                     monkeypatch):
    import translate_tool.ray_executor as rx
    from translate_tool.executors import ExecutorOptions
    from translate_tool.pipeline import RunOptions, run_pipeline

    monkeypatch.setattr(rx, "BATCH_SENTENCES", 16)
    local = _local(corpus, tmp_path, monkeypatch)
    monkeypatch.setenv("TRANSLATE_TOOL_CACHE_DIR", str(tmp_path / "cache-kill"))
    killed: list[int] = []
    with rx.RayExecutor(ExecutorOptions("ray", workers=2)) as executor:
        def progress(n: int) -> None:  # after the first batch is back: kill a worker mid-run
            if not killed:
                pid = executor.worker_pids()[0]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        report = run_pipeline(corpus, tmp_path / "killed", RunOptions(), progress=progress, executor=executor)
        assert killed and killed[0] not in executor.worker_pids()  # restarted: a new process
        assert executor.scorer  # the actors scored (same BLAS as this process)
    assert not report.failed and ("broken.txt", "binary file (contains NUL bytes), not a text document") in report.skipped
    assert _files(tmp_path / "killed") == local


@needs_ray
def test_bad_address_fails_cleanly(ray_instance, tmp_path, seeds_copy):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(out), "--executor", "ray",
                                       "--ray-address", "127.0.0.1:9"])
    assert result.exit_code == 7, result.output  # the network (cluster) is not there
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: 127.0.0.1:9: no Ray cluster answers there"), lines
    assert not out.exists()


def test_without_ray_the_executor_says_how_to_install(tmp_path, seeds_copy, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError, as when it is not installed
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(out), "--executor", "ray"])
    assert result.exit_code == 3, result.output  # a missing optional piece
    assert result.output.strip() == (
        "error: --executor ray needs Ray: pip install 'translate-tool[ray]' (or scripts/setup --ray)")
    assert not out.exists()


def test_ray_options_need_the_ray_executor(tmp_path, seeds_copy):
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(tmp_path / "o"), "--workers", "2"])
    assert result.exit_code == 2 and "go with --executor ray" in result.output  # a usage error
