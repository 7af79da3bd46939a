"""Other language pairs through Debian's Apertium: a direct pair (ca->en) and a pivot chain
(fr->es->en), each recorded whole in the provenance signature."""

import json

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.langpairs import apertium_modes
from translate_tool.formats import parse_jsonl

DATA = __import__("pathlib").Path(__file__).parent / "data" / "langpairs"
needs = pytest.mark.skipif(
    not {"cat-eng", "fr-es", "spa-eng"} <= set(apertium_modes()),
    reason="Apertium cat-eng, fr-es and spa-eng not installed (scripts/setup --test --apertium installs them)",
)


def run(tmp_path, lang):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"article.txt").write_bytes((DATA / f"article.{lang}.txt").read_bytes())
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(out), "--source-lang", lang])
    assert result.exit_code == 0, result.output
    return out, result


@needs
def test_catalan_to_english_with_the_direct_apertium_pair(tmp_path):
    out, result = run(tmp_path, "ca")
    english = (out / "article.en.txt").read_text(encoding="utf-8")
    assert english.startswith("The governance announced") and "minister said that the situation" in english
    record = parse_jsonl((out / "article.pairs.jsonl").read_text(encoding="utf-8"))[0]
    assert record.signature.startswith("engine:apertium|model:apertium-eng-cat|") and "|pair:ca-en|" in record.signature


@needs
def test_french_to_english_through_spanish(tmp_path):
    out, result = run(tmp_path, "fr")
    english = (out / "article.en.txt").read_text(encoding="utf-8")
    assert english.startswith("The executive has announced") and "minister has declared that the situation" in english
    assert "apertium (fr->es) + apertium (es->en)" in result.stderr  # the warning names the route
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    sig = manifest["signature"]
    assert sig.startswith("engine:chain|model:apertium-fr-es+apertium-eng-spa|") and "|pair:fr-en|" in sig
    assert "chain:apertium:apertium-fr-es@" in sig and ":fr-es>apertium:apertium-eng-spa@" in sig and sig.count(":es-en") == 1


@needs
def test_models_list_shows_direct_pairs_and_pivots():
    result = CliRunner().invoke(main, ["models", "list"])
    lines = result.stdout.splitlines()
    assert any(line.startswith("es->en\tapertium spa-eng") for line in lines)
    assert any(line.startswith("ca->en\tapertium cat-eng") for line in lines)
    assert "fr->en\tapertium fr-es + apertium spa-eng  (via es)" in lines


def test_a_pair_nothing_provides_names_the_packages(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Der Minister sagte am Dienstag, die Lage sei ernst und man werde handeln.\n",
                                  encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(tmp_path / "out"), "--source-lang", "de"])
    assert result.exit_code == 3
    assert "no translation engine for de->en" in result.stderr and "apt-get install apertium apertium-de-en" in result.stderr
