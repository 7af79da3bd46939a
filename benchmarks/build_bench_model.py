"""Build the Transformer-base benchmark Argos package (es->en) into the benchmark cache.

    python benchmarks/build_bench_model.py            # build once (~15 s), then reuse
    python benchmarks/build_bench_model.py --force    # rebuild

No real Argos model can be downloaded here, so this builds one of the same shape as the
published es->en packages with `translate_tool.argos_builder` (6+6 layers, d_model 512,
8 heads, FFN 2048, 32k shared SentencePiece vocabulary, int8): its weights cost the same
compute per token as a real model, and its output (word for word, `toy_translate`) has the
length of its input, as a translation roughly has.

Outputs (not committed) go to $TRANSLATE_TOOL_BENCH_DIR (default ~/.cache/translate-tool-bench):
  bench-es_en.argosmodel    the package
  packages/                 an ARGOS_PACKAGES_DIR with it installed (translate-tool models install)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BENCH_DIR = Path(os.environ.get("TRANSLATE_TOOL_BENCH_DIR", Path.home() / ".cache" / "translate-tool-bench"))
PACKAGE_FILE = BENCH_DIR / "bench-es_en.argosmodel"
PACKAGES_DIR = BENCH_DIR / "packages"
DATA = ROOT / "data"

# The published package we compare with. The Argos index (argosopentech/argospm-index,
# index.json) lists code, versions and links but no sizes; this figure is the one reported
# for translate-es_en-1_0.argosmodel (sentencepiece 32k, CTranslate2 Transformer-base int8)
# in public notes of projects that download it: zip 87.4 MB, model/model.bin ~94 MB.
# Not verified by download here (no internet).
PUBLISHED = {"name": "translate-es_en-1_0.argosmodel", "zip_mb": 87.4, "model_bin_mb": 94.0}


def corpus_lines(limit: int = 3000) -> list[str]:
    lines: list[str] = []
    for name in ("newstest2013/newstest2013.es", "newstest2013/newstest2013.en"):
        with open(DATA / name, encoding="utf-8") as fh:
            lines += [line.strip() for line in fh if line.strip()][:limit]
    return lines


def build(force: bool = False) -> Path:
    """Build (if needed) and install the package; return the packages folder."""
    from translate_tool.argos_builder import TRANSFORMER_BASE, build_argos_package
    from translate_tool.models import find_installed, install_package_file

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    if force or not PACKAGE_FILE.exists():
        t = time.perf_counter()
        tmp = PACKAGE_FILE.with_suffix(".tmp.argosmodel")
        build_argos_package(tmp, corpus=corpus_lines(), package_version="1.0", **TRANSFORMER_BASE)
        tmp.replace(PACKAGE_FILE)
        print(f"built {PACKAGE_FILE} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        force = True
    if force or find_installed("es", "en", PACKAGES_DIR) is None:
        if PACKAGES_DIR.exists():
            import shutil

            shutil.rmtree(PACKAGES_DIR)
        install_package_file(PACKAGE_FILE, "es", "en", folder=PACKAGES_DIR)
    return PACKAGES_DIR


def installed_dir() -> Path:
    from translate_tool.models import find_installed

    model = find_installed("es", "en", PACKAGES_DIR)
    assert model is not None
    return model.path


def size_report() -> str:
    zip_mb = PACKAGE_FILE.stat().st_size / 1e6
    with zipfile.ZipFile(PACKAGE_FILE) as zf:
        bin_mb = sum(i.file_size for i in zf.infolist() if i.filename.endswith("model/model.bin")) / 1e6
        unpacked_mb = sum(i.file_size for i in zf.infolist()) / 1e6
    rows = [
        "| package | .argosmodel (zip) | model/model.bin | unpacked |",
        "|---|---:|---:|---:|",
        f"| benchmark model ({PACKAGE_FILE.name}) | {zip_mb:.1f} MB | {bin_mb:.1f} MB | {unpacked_mb:.1f} MB |",
        f"| published {PUBLISHED['name']} (reported, not verified here) | {PUBLISHED['zip_mb']:.1f} MB "
        f"| ~{PUBLISHED['model_bin_mb']:.0f} MB | |",
    ]
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="rebuild even if the package exists")
    args = ap.parse_args()
    build(args.force)
    print(f"installed in {installed_dir()}")
    print(size_report())


if __name__ == "__main__":
    main()
