"""`review` holds the output folder's lock: a `run` into the same folder meanwhile refuses."""

import types

from click.testing import CliRunner

from translate_tool.cli import main


def test_run_refuses_while_a_review_is_open(toy_argosmodel, seeds_copy, tmp_path, monkeypatch):
    runner = CliRunner()
    assert runner.invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    out = tmp_path / "out"
    assert runner.invoke(main, ["run", str(seeds_copy), "-o", str(out)]).exit_code == 0

    import translate_tool.cli.review_cmd as review_cmd
    import translate_tool.review.tui as tui

    tty = types.SimpleNamespace(isatty=lambda: True)
    monkeypatch.setattr(review_cmd, "sys", types.SimpleNamespace(stdin=tty, stdout=tty))
    during = []
    monkeypatch.setattr(
        tui.ReviewApp, "run", lambda self: during.append(runner.invoke(main, ["run", str(seeds_copy), "-o", str(out)]))
    )
    result = runner.invoke(main, ["review", str(out)])
    assert result.exit_code == 0, result.output
    [blocked] = during
    assert blocked.exit_code == 5
    assert str(out) in blocked.output and "in use by the review session (pid" in blocked.output and "close it" in blocked.output
    # Once the review has closed, a run goes through again.
    assert runner.invoke(main, ["run", str(seeds_copy), "-o", str(out)]).exit_code == 0


def test_review_of_a_folder_with_nothing_to_review_writes_nothing_there(tmp_path, monkeypatch):
    """`review` pointed at the input folder by mistake: one line, exit 1, and no review.sqlite3
    (or anything else) left in that folder."""
    import translate_tool.cli.review_cmd as review_cmd

    tty = types.SimpleNamespace(isatty=lambda: True)
    monkeypatch.setattr(review_cmd, "sys", types.SimpleNamespace(stdin=tty, stdout=tty))
    (tmp_path / "nota.txt").write_text("Hola mundo.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["review", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "no *.pairs.jsonl to review" in result.output and str(tmp_path) in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nota.txt"]
