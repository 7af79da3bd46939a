"""Finding the document pairs of a corpus (`translate-tool align-corpus INPUT`): in one folder
`x.es.txt` <-> `x.en.txt`; in two parallel sub-folders `es/x.txt` <-> `en/x.txt`; or listed in a
TSV file (`source<TAB>target[<TAB>name]` per line, paths relative to the TSV's folder)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import TranslateToolError

__all__ = ["DocPair", "find_pairs"]


@dataclass(frozen=True)
class DocPair:
    name: str  # output stem
    src: Path
    tgt: Path


def find_pairs(path: str | Path, src_lang: str = "es", tgt_lang: str = "en") -> list[DocPair]:
    """Document pairs of a folder (by name or in `<src>/` + `<tgt>/` sub-folders) or a TSV list."""
    path = Path(path)
    if path.is_file():
        return _pairs_from_tsv(path)
    if not path.is_dir():
        raise TranslateToolError("no such file or folder", path)
    sd, td = path / src_lang, path / tgt_lang
    if sd.is_dir() and td.is_dir():
        src = {p.name: p for p in sd.iterdir() if p.is_file() and not p.name.startswith(".")}
        tgt = {p.name: p for p in td.iterdir() if p.is_file() and not p.name.startswith(".")}
        pairs = [DocPair(Path(n).stem, src[n], tgt[n]) for n in sorted(src.keys() & tgt.keys())]
    else:
        pairs = []
        for p in sorted(path.iterdir()):
            # x.es.txt <-> x.en.txt (any extension, the language code just before it)
            parts = p.name.split(".")
            if len(parts) >= 3 and parts[-2] == src_lang and p.is_file():
                other = p.with_name(".".join(parts[:-2] + [tgt_lang, parts[-1]]))
                if other.is_file():
                    pairs.append(DocPair(".".join(parts[:-2]), p, other))
    if not pairs:
        raise TranslateToolError(
            f"no document pairs found (expected x.{src_lang}.txt + x.{tgt_lang}.txt, "
            f"{src_lang}/x.txt + {tgt_lang}/x.txt, or a TSV list)", path)
    return pairs


def _pairs_from_tsv(path: Path) -> list[DocPair]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise TranslateToolError(f"cannot read the pair list ({exc.__class__.__name__})", path) from None
    pairs, names = [], set()
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise TranslateToolError(f"line {no}: expected 'source<TAB>target[<TAB>name]'", path)
        src, tgt = (path.parent / cols[0].strip()), (path.parent / cols[1].strip())
        name = cols[2].strip() if len(cols) > 2 and cols[2].strip() else src.name.split(".")[0]
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise TranslateToolError(f"line {no}: {name!r} cannot name output files", path)
        if name in names:
            raise TranslateToolError(f"line {no}: output name {name!r} used twice (give a third column)", path)
        names.add(name)
        pairs.append(DocPair(name, src, tgt))
    if not pairs:
        raise TranslateToolError("the pair list is empty", path)
    return pairs
