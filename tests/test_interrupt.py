"""Interruption and concurrency (issue 7): SIGKILL during `run` then a rerun gives the
uninterrupted run's outputs byte for byte, with no temporary file left; one writer per
output folder (translate_tool.lock)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.errors import TranslateToolError
from translate_tool.lock import EXIT_LOCKED, LOCK_NAME, OutputLocked, output_lock, remove_stale_temp_files
from translate_tool.models import install_package_file

from conftest import load_benchmark

REPO = Path(__file__).resolve().parent.parent
reliability = load_benchmark("reliability")


@pytest.fixture(scope="module")
def kill_results(toy_argosmodel, tmp_path_factory):
    work = tmp_path_factory.mktemp("kill")
    packages = work / "packages"
    install_package_file(toy_argosmodel, "es", "en", folder=packages)
    points = ["translate", "cache-commit", "before-rename:1", "torn-write:3", "after-rename:9"]
    return reliability.kill_scenarios(work, packages, points=points, delays=(1.5,), fast=True, jobs=2)


def test_sigkill_then_rerun_is_identical_to_an_uninterrupted_run(kill_results):
    assert kill_results["failures"] == []
    assert kill_results["identical"] == kill_results["faults"] == 6
    rows = {label: (killed, left) for label, killed, left, _ in kill_results["rows"]}
    assert all(rows[p][0] for p in rows if not p.startswith("kill after"))  # every injected point was reached
    # The kills left what they should: a complete temporary file, a torn one, the lock file...
    assert any(n.endswith(".tmp") for n in rows["before-rename:1"][1])
    assert any(n.endswith(".tmp") for n in rows["torn-write:3"][1])
    assert LOCK_NAME in rows["after-rename:9"][1]
    # ... and the reruns removed them (the snapshots compared equal, and the reference has none).


def test_rerun_cleans_stale_temp_files_but_not_lookalikes(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".doc.en.txt.ab12_x9z.tmp").write_text("half")
    (out / ".manifest.json.0a1b2c3d.tmp").write_text("{")
    (out / "notes.tmp").write_text("user file")  # not ours: no leading dot
    (out / ".keep.tmp").write_text("user file")  # no random part
    with output_lock(out) as lock_path:
        assert lock_path.read_text().strip() == str(os.getpid())
        assert sorted(p.name for p in out.iterdir()) == sorted([".keep.tmp", "notes.tmp", LOCK_NAME])
    assert not (out / LOCK_NAME).exists()
    assert remove_stale_temp_files(tmp_path / "missing") == []


def test_second_run_refuses_with_one_line(toy_argosmodel, seeds_copy, tmp_path):
    assert CliRunner().invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    out = tmp_path / "out"
    out.mkdir()
    with output_lock(out):
        result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(out)])
        assert result.exit_code == EXIT_LOCKED == 5
        assert result.output.strip().splitlines()[-1] == (
            f"error: {out}: in use by another translate-tool process (pid {os.getpid()}); "
            "wait for it to finish or choose another output folder"
        )
        assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]  # nothing written
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(out)])
    assert result.exit_code == 0, result.output


def test_lock_held_by_another_process_names_its_pid(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from translate_tool.lock import output_lock
            with output_lock({str(out)!r}):
                print("locked", flush=True)
                time.sleep(30)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputLocked) as err:
            with output_lock(out):
                pass
        assert f"another translate-tool process (pid {holder.pid})" in str(err.value) and str(err.value).startswith(str(out))
        holder.send_signal(signal.SIGKILL)  # the kernel releases a killed holder's lock
        holder.wait()
        with output_lock(out):  # stale lock file, free lock
            pass
        assert not (out / LOCK_NAME).exists()
    finally:
        holder.kill()
        holder.wait()


def test_waiting_lock_gets_it_after_release_and_after_file_removal(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    order: list[str] = []
    entered = threading.Event()

    def first():
        with output_lock(out):
            order.append("first in")
            entered.set()
            time.sleep(0.3)
            order.append("first out")

    t = threading.Thread(target=first)
    t.start()
    entered.wait()
    with output_lock(out, wait=True) as path:  # waits on the first holder's file, which it removes
        order.append("second in")
        assert path.exists() and path.read_text().strip() == str(os.getpid())
    t.join()
    assert order == ["first in", "first out", "second in"]


def test_lock_in_a_read_only_place_is_a_clear_error(tmp_path):
    with pytest.raises(TranslateToolError, match="cannot create the lock file"):
        with output_lock(tmp_path / "does-not-exist"):
            pass


def test_two_concurrent_runs_never_interleave(toy_argosmodel, tmp_path):
    packages = tmp_path / "packages"
    install_package_file(toy_argosmodel, "es", "en", folder=packages)
    inputs = reliability.prepare_kill_inputs(tmp_path)
    out = tmp_path / "out"
    env = reliability.kill_env(tmp_path, "shared", packages)
    cmd = [sys.executable, str(REPO / "benchmarks" / "reliability.py"), "--child", "none", "--fast", "--",
           "run", str(inputs), "-o", str(out)]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
    codes = sorted(rc for rc, _ in results)
    # Either the second started while the first was writing (refused, exit 5) or after it finished.
    assert codes in ([0, 0], [0, EXIT_LOCKED]), results
    if EXIT_LOCKED in codes:
        (err,) = [e for rc, e in results if rc == EXIT_LOCKED]
        assert "in use by the run (pid" in err
    reference = tmp_path / "reference"
    subprocess.run(cmd[:-1] + [str(reference)], env=reliability.kill_env(tmp_path, "ref", packages), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert reliability.snapshot(out) == reliability.snapshot(reference)
