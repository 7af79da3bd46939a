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


SEED_003 = "003_47791e38b17413ba"
NAMES = ("Casa Rosada", "Letra P", "La Libertad Avanza")


def _records(out):
    from translate_tool.formats import parse_jsonl

    return parse_jsonl((out / f"{SEED_003}.pairs.jsonl").read_text("utf-8"))


def test_seed_003_name_problems_are_flagged_with_the_words_and_need_review(seeds_copy, tmp_path):
    from translate_tool.pipeline import RunOptions, run_pipeline
    from translate_tool.quality import needs_review

    out = tmp_path / "out"
    run_pipeline(seeds_copy, out, RunOptions(engine="apertium"))
    records = _records(out)
    found = {w: r for r in records for c in r.checks if c.check == "name" for w in c.words}
    for name in NAMES:
        assert name in found, (name, sorted(found))
        record = found[name]
        assert "name" in record.flags and needs_review(record)
        assert any(name in c.note for c in record.checks)
    assert all(r.adequacy is not None and 0 <= r.adequacy <= 1 and 0 <= r.priority <= 1 for r in records)
    assert all(r.score == r.adequacy for r in records)


def test_seed_003_with_the_seeds_glossary_gets_the_names_right(seeds_copy, tmp_path):
    from pathlib import Path

    out = tmp_path / "out"
    glossary = Path(__file__).resolve().parents[1] / "seeds" / "glossary.tsv"
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(out), "--engine", "apertium",
                                       "--glossary", str(glossary)])
    assert result.exit_code == 0, result.output
    records = _records(out)
    english = (out / f"{SEED_003}.en.txt").read_text("utf-8")
    for name in NAMES:
        assert name in english
    assert "home Pink" not in english and "Letter P" not in english and "Liberty Advances" not in english
    assert not any(c.check in ("name", "glossary") and set(c.words) & set(NAMES) for r in records for c in r.checks)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["glossary"]["signature"].startswith("glossary:")
    assert manifest["glossary"]["signature"] in records[0].signature
