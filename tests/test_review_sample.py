"""The quality checks keep their precision on the hand-labelled sample (tests/data/review_sample.tsv)."""

from conftest import load_benchmark

review_signals = load_benchmark("review_signals")


def test_every_check_that_fires_on_the_sample_keeps_precision_of_at_least_0_8():
    precision = review_signals.sample_precision()
    assert {"name", "number", "untranslated"} <= set(precision)
    for check, entry in precision.items():
        ok = sum(v[0] for k, v in entry.items() if k != "unlabelled")
        n = sum(v[1] for k, v in entry.items() if k != "unlabelled")
        assert entry["unlabelled"] == 0, f"{check}: findings nobody labelled; label them (tests/data/review_sample.md)"
        assert n >= 30 and ok / n >= 0.8, (check, ok, n)
