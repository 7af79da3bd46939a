"""`detect` and `run --gloss` on the seeds (issue 3's acceptance, through the CLI)."""

import json

from click.testing import CliRunner

from translate_tool.cli import main

from conftest import SEEDS


def test_detect_labels_the_seeds_with_confidences():
    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    result = CliRunner().invoke(main, ["detect", *paths])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [r[1] for r in rows] == ["en", "en", "en", "es", "en"]
    assert all(float(r[2]) >= 0.9 for r in rows)


def test_detect_segments_lists_the_quoted_spanish_slogan():
    seed = next(SEEDS.glob("000_*.txt"))
    result = CliRunner().invoke(main, ["detect", "--segments", "--json", str(seed)])
    assert result.exit_code == 0, result.output
    [entry] = json.loads(result.stdout)
    assert entry["language"] == "en"
    assert [(s["language"], s["text"]) for s in entry["segments"]] == [("es", "Viva La Libertad, Carajo!")]


def test_detect_bad_file_is_one_line_and_nonzero(tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"\x00\x00")
    result = CliRunner().invoke(main, ["detect", str(bad)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {bad}: binary file (contains NUL bytes), not a text document"


def test_run_gloss_translates_quoted_spanish_in_english_documents(toy_argosmodel, seeds_copy, tmp_path):
    runner = CliRunner()
    assert runner.invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    out = tmp_path / "out"
    result = runner.invoke(main, ["run", str(seeds_copy), "-o", str(out), "--gloss"])
    assert result.exit_code == 0, result.output
    lines = (out / "000_cb0f9fc3340e0d5e.glosses.tsv").read_text("utf-8").splitlines()
    assert lines[0] == "sentence\tlanguage\ttext\ttranslation"
    sentence, lang, text, translation = lines[1].split("\t")
    assert (lang, text) == ("es", "Viva La Libertad, Carajo!")
    assert translation == "Viva The Libertad, Carajo!"  # the toy model glosses word for word
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    doc = next(d for d in manifest["documents"] if d["path"].startswith("000_"))
    assert "000_cb0f9fc3340e0d5e.glosses.tsv" in doc["outputs"]


def test_a_glosses_file_changed_by_hand_is_kept_before_a_rerun_writes_it(toy_argosmodel, seeds_copy, tmp_path):
    """`.glosses.tsv` is not read back (it is no review's): an English document's glosses changed
    by hand are kept beside the file a rerun writes again, with a warning naming it."""
    runner = CliRunner()
    assert runner.invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    out = tmp_path / "out"
    assert runner.invoke(main, ["run", str(seeds_copy), "-o", str(out), "--gloss"]).exit_code == 0
    glosses = out / "000_cb0f9fc3340e0d5e.glosses.tsv"
    fixed = glosses.read_text("utf-8").replace("Viva The Libertad, Carajo!", "Long live Freedom, damn it!")
    glosses.write_text(fixed, encoding="utf-8")
    result = runner.invoke(main, ["run", str(seeds_copy), "-o", str(out), "--gloss"])
    assert result.exit_code == 0, result.output
    assert ("warning: 000_cb0f9fc3340e0d5e.glosses.tsv: changed by hand, but the tool does not read this file back; "
            "the changed file is kept as 000_cb0f9fc3340e0d5e.glosses.tsv.hand-edited") in result.output
    assert (out / "000_cb0f9fc3340e0d5e.glosses.tsv.hand-edited").read_text("utf-8") == fixed
    again = runner.invoke(main, ["run", str(seeds_copy), "-o", str(out), "--gloss"])
    assert again.exit_code == 0 and "changed by hand" not in again.output


def test_glosses_fixed_by_hand_are_kept_also_after_a_run_without_gloss(toy_argosmodel, seeds_copy, tmp_path):
    """QA5 F04: a run without --gloss leaves `.glosses.tsv` in the folder but out of the manifest;
    the next run with --gloss had no record of it and overwrote the person's fixes, no copy."""
    runner = CliRunner()
    assert runner.invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    out = tmp_path / "out"
    assert runner.invoke(main, ["run", str(seeds_copy), "-o", str(out), "--gloss"]).exit_code == 0
    glosses = out / "000_cb0f9fc3340e0d5e.glosses.tsv"
    fixed = glosses.read_text("utf-8").replace("Viva The Libertad, Carajo!", "Long live Freedom, damn it!")
    glosses.write_text(fixed, encoding="utf-8")
    glosses.with_name("elsewhere.tsv").write_text(fixed, encoding="utf-8")
    assert runner.invoke(main, ["run", str(seeds_copy), "-o", str(out)]).exit_code == 0
    # (since F11 the run without --gloss keeps the fix as a copy and removes the stale file; a
    # folder where an older version left it unrecorded is the case F04 was about:)
    assert (out / "000_cb0f9fc3340e0d5e.glosses.tsv.hand-edited").read_text("utf-8") == fixed
    (out / "000_cb0f9fc3340e0d5e.glosses.tsv.hand-edited").unlink()
    glosses.with_name("elsewhere.tsv").rename(glosses)
    result = runner.invoke(main, ["run", str(seeds_copy), "-o", str(out), "--gloss"])
    assert result.exit_code == 0, result.output
    assert "the changed file is kept as 000_cb0f9fc3340e0d5e.glosses.tsv.hand-edited" in result.output
    assert (out / "000_cb0f9fc3340e0d5e.glosses.tsv.hand-edited").read_text("utf-8") == fixed
    again = runner.invoke(main, ["run", str(seeds_copy), "-o", str(out), "--gloss"])
    assert again.exit_code == 0 and "changed by hand" not in again.output


def test_a_run_without_gloss_removes_the_last_runs_glosses(toy_argosmodel, seeds_copy, tmp_path):
    """QA5 F11: `--gloss` dropped left the earlier `.glosses.tsv` in the folder, out of the
    manifest and stale. Now it is removed (with a warning); one changed by hand is kept as a copy first."""
    runner = CliRunner()
    assert runner.invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    out = tmp_path / "out"
    assert runner.invoke(main, ["run", str(seeds_copy), "-o", str(out), "--gloss"]).exit_code == 0
    glosses = out / "000_cb0f9fc3340e0d5e.glosses.tsv"
    assert glosses.exists()
    result = runner.invoke(main, ["run", str(seeds_copy), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert not glosses.exists()
    assert "000_cb0f9fc3340e0d5e.glosses.tsv: removed: glosses of an earlier run" in result.output
    assert not list(out.glob("*.hand-edited"))
    again = runner.invoke(main, ["run", str(seeds_copy), "-o", str(out)])
    assert again.exit_code == 0 and "glosses" not in again.output
    # changed by hand, then --gloss dropped: the person's fix is kept beside, the stale file goes
    assert runner.invoke(main, ["run", str(seeds_copy), "-o", str(out), "--gloss"]).exit_code == 0
    fixed = glosses.read_text("utf-8").replace("Viva The Libertad, Carajo!", "Long live Freedom, damn it!")
    glosses.write_text(fixed, encoding="utf-8")
    result = runner.invoke(main, ["run", str(seeds_copy), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert not glosses.exists()
    assert "changed by hand, kept as 000_cb0f9fc3340e0d5e.glosses.tsv.hand-edited" in result.output
    assert (out / "000_cb0f9fc3340e0d5e.glosses.tsv.hand-edited").read_text("utf-8") == fixed
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert not any(n.endswith(".glosses.tsv") for d in manifest["documents"] for n in d["outputs"])
