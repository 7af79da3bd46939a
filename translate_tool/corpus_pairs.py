"""Finding the document pairs of a corpus (`translate-tool align-corpus INPUT`): in one folder
`x.es.txt` <-> `x.en.txt`; in two parallel sub-folders `es/x.txt` <-> `en/x.txt`; or listed in a
TSV file (`source<TAB>target[<TAB>name]` per line, paths relative to the TSV's folder)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .errors import TranslateToolError

__all__ = ["DocPair", "find_pairs"]


@dataclass(frozen=True)
class DocPair:
    name: str  # output stem
    src: Path
    tgt: Path


def find_pairs(path: str | Path, src_lang: str = "es", tgt_lang: str = "en",
               warn: Callable[[str], None] | None = None) -> list[DocPair]:
    """Document pairs of a folder (by name or in `<src>/` + `<tgt>/` sub-folders) or a TSV list.
    In a folder, two pairs that would write the same output names are an error (one's files would
    overwrite the other's); `warn` is told the documents that have no counterpart."""
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
        alone = [f"{src_lang}/{n}" for n in sorted(src.keys() - tgt.keys())]
        alone += [f"{tgt_lang}/{n}" for n in sorted(tgt.keys() - src.keys())]
        sub = [f"{d.parent.name}/{d.name}" for top in (sd, td) for d in sorted(top.iterdir())
               if d.is_dir() and not d.name.startswith(".")]
        if sub and warn is not None:  # (not walked: an output name cannot hold a folder)
            warn(f"sub-folders are not read, their documents not aligned: {', '.join(sub[:10])}"
                 + (" ..." if len(sub) > 10 else "") + " (move their pairs up into "
                 f"{src_lang}/ and {tgt_lang}/, or list them in a TSV file)")
    else:
        pairs, alone = [], []
        for p in sorted(path.iterdir()):
            # x.es.txt <-> x.en.txt (any extension, the language code just before it)
            parts = p.name.split(".")
            if len(parts) >= 3 and parts[-2] in (src_lang, tgt_lang) and p.is_file():
                side = src_lang if parts[-2] == src_lang else tgt_lang
                other = p.with_name(".".join(parts[:-2] + [tgt_lang if side == src_lang else src_lang, parts[-1]]))
                if not other.is_file():
                    alone.append(p.name)
                elif side == src_lang:
                    pairs.append(DocPair(".".join(parts[:-2]), p, other))
    seen: dict[str, DocPair] = {}
    for pair in pairs:
        if pair.name in seen:
            raise TranslateToolError(
                f"{seen[pair.name].src.relative_to(path)} and {pair.src.relative_to(path)} would both write "
                f"{pair.name}.* (rename one, or list the pairs in a TSV file with a third column naming them)", path)
        seen[pair.name] = pair
    if pairs and alone and warn is not None:
        warn(f"{len(alone)} document(s) without a counterpart, not aligned: {', '.join(alone[:10])}"
             + (" ..." if len(alone) > 10 else ""))
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
        if not pairs and _header_row(cols, src, tgt):
            continue  # "source<TAB>target<TAB>name": column names, not a pair (QA6 F10: it failed every run)
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


def _header_row(cols: list[str], src: Path, tgt: Path) -> bool:
    """A first line naming the columns: two cells that are words (no dot, no slash), neither a file."""
    return all(c.strip() and not set(c.strip()) & set("./\\") for c in cols[:2]) \
        and not src.exists() and not tgt.exists()
