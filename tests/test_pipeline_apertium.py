"""The pipeline with Debian's Apertium, as the README's main command runs it without an Argos model."""

import json

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.engines.apertium import apertium_available

pytestmark = pytest.mark.skipif(
    not apertium_available("es", "en"),
    reason="Apertium spa-eng not installed (scripts/setup --apertium installs it with apt)",
)


def test_run_with_apertium_translates_only_the_spanish_seed(seeds_copy, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "lower quality" in result.output  # the auto choice warns
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["engine"]["name"] == "apertium" and manifest["engine"]["model"] == "apertium-eng-spa"
    translated = [d["path"] for d in manifest["documents"] if d["action"] == "translated"]
    assert translated == ["003_47791e38b17413ba.txt"]
    english = (out / "003_47791e38b17413ba.en.txt").read_text("utf-8")
    assert english.startswith("The president Javier Milei will receive")
    assert "elections" in english and "the region" in english
