"""Test isolation: every test gets its own Argos packages folder and cache folder.

translate-tool reads ARGOS_PACKAGES_DIR and TRANSLATE_TOOL_CACHE_DIR at call time; the
XDG variables keep argostranslate.settings (which creates folders on import) out of $HOME.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

import pytest

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="translate-tool-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_SESSION_HOME / _var.lower())
os.environ["ARGOS_PACKAGES_DIR"] = str(_SESSION_HOME / "argos-packages")
os.environ["TRANSLATE_TOOL_CACHE_DIR"] = str(_SESSION_HOME / "cache")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
HAS_RAY = importlib.util.find_spec("ray") is not None
needs_ray = pytest.mark.skipif(not HAS_RAY, reason="ray is not installed (pip install 'translate-tool[ray]')")


@pytest.fixture(autouse=True)
def isolated_user_state(tmp_path_factory, monkeypatch):
    state = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(state / "argos-packages"))
    monkeypatch.setenv("TRANSLATE_TOOL_CACHE_DIR", str(state / "cache"))
    monkeypatch.setenv("TRANSLATE_TOOL_STATE_DIR", str(state / "state"))
    return state


@pytest.fixture(scope="session")
def toy_argosmodel(tmp_path_factory) -> Path:
    """A small, valid es->en Argos package with deterministic word-for-word output."""
    from translate_tool.argos_builder import build_argos_package

    return build_argos_package(tmp_path_factory.mktemp("toy") / "translate-es_en-toy.argosmodel")


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest


TRANSLATED_SEED = "003_47791e38b17413ba"  # a Spanish seed: `translated` runs it


@pytest.fixture
def translated(installed_toy, tmp_path) -> tuple[Path, Path]:
    """(input folder holding one Spanish seed, the output folder `run` wrote for it with the toy model)."""
    from click.testing import CliRunner

    from translate_tool.cli import main

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / f"{TRANSLATED_SEED}.txt", src)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return src, out


@functools.cache
def load_benchmark(name: str):
    """A script of benchmarks/ as a module (the folder is not a package; a `benchmarks`
    package installed in site-packages would shadow it on a plain import)."""
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def installed_toy(toy_argosmodel):
    """The toy Argos package installed (into the test's own ARGOS_PACKAGES_DIR)."""
    from click.testing import CliRunner

    from translate_tool.cli import main

    result = CliRunner().invoke(main, ["models", "install", str(toy_argosmodel)])
    assert result.exit_code == 0, result.output
    return toy_argosmodel


def add_news_documents(folder: Path, n: int) -> list[str]:
    """n Spanish documents of 10 newstest2013 sentences (two paragraphs) as news00.txt...; returns
    the non-empty lines used, for tests that build more documents from them."""
    lines = [x.strip() for x in (REPO / "data/newstest2013/newstest2013.es").read_text(encoding="utf-8").splitlines()]
    lines = [x for x in lines if x][: 10 * n]
    for d in range(n):
        sents = lines[10 * d : 10 * d + 10]
        (folder / f"news{d:02d}.txt").write_text(" ".join(sents[:5]) + "\n\n" + " ".join(sents[5:]) + "\n",
                                                 encoding="utf-8")
    return lines


def ntrex_documents(n: int) -> list[tuple[str, list[str], list[str]]]:
    """The first n NTREX-128 documents (data/ntrex128; DOCUMENT_IDS.tsv gives each line's document)."""
    data = REPO / "data" / "ntrex128"
    ids = [r.split("\t")[0] for r in (data / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()]
    es = (data / "newstest2019.es").read_text(encoding="utf-8").splitlines()
    en = (data / "newstest2019.en").read_text(encoding="utf-8").splitlines()
    docs: dict[str, tuple[list[str], list[str]]] = {}
    for doc_id, s, t in zip(ids, es, en):
        if doc_id not in docs and len(docs) == n:
            break
        docs.setdefault(doc_id, ([], []))
        docs[doc_id][0].append(s)
        docs[doc_id][1].append(t)
    return [(k, v[0], v[1]) for k, v in docs.items()]


@pytest.fixture(scope="module")
def ray_instance():
    """One local Ray instance with 2 CPUs for a test module (the executors use an instance that
    is already running); Ray's logging kept out of the test output."""
    if not HAS_RAY:
        pytest.skip("ray is not installed (pip install 'translate-tool[ray]')")
    import logging

    import ray

    # address="local": our own instance, even when another Ray cluster runs on this machine
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    yield ray
    ray.shutdown()
