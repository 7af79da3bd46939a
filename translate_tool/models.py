"""Argos Translate packages: find, install (from a file or the Argos index), list.

We use argostranslate's package format and classes (`argostranslate.package.Package`
loads metadata and picks the SentencePiece or BPE tokenizer) and its packages folder
(`ARGOS_PACKAGES_DIR` honoured). We do not call `argostranslate.package.install_from_path`:
it extracts the zip unchecked (path traversal) and then imports `argostranslate.translate`,
which imports stanza -> torch. Instead an archive is checked, unpacked into a temporary
folder inside the packages folder, loaded with `Package`, and renamed into place.
"""

from __future__ import annotations

import json
import lzma
import os
import shutil
import stat
import struct
import tempfile
import urllib.error
import urllib.request
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import EngineUnavailable, ModelPackageError, NetworkError, TranslateToolError

MAX_UNPACKED_BYTES = 4 * 1024**3  # the largest published Argos packages are a few hundred MB
MAX_COMPRESSION_RATIO = 200  # zip-bomb guard: uncompressed/compressed, per entry and for the whole archive
MAX_ENTRIES = 10_000  # published packages have a few dozen files
_BOMB_MIN_BYTES = 1024**2  # ratios only matter above this size
_MAX_METADATA_BYTES = 1024**2
_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
# What reading a damaged zip can raise (besides OSError); all mean "corrupt archive".
_CORRUPT = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, NotImplementedError, RuntimeError,
            ValueError, KeyError, struct.error)
INDEX_TIMEOUT_S = 15
_TMP_PREFIX = ".installing-"
_OLD_PREFIX = ".replaced-"


@dataclass(frozen=True)
class InstalledModel:
    """An installed Argos package, as translate-tool sees it."""

    name: str  # the package folder name, e.g. "translate-es_en-1_0"
    path: Path
    from_code: str
    to_code: str
    package_version: str
    argos_version: str
    package: object  # argostranslate.package.Package

    @property
    def model_dir(self) -> Path:
        return self.path / "model"


def packages_dir() -> Path:
    """`$ARGOS_PACKAGES_DIR`, else argostranslate's default packages folder.

    Read at call time (argostranslate.settings reads it once at import), so tests and
    long-lived processes can point it elsewhere.
    """
    env = os.environ.get("ARGOS_PACKAGES_DIR")
    if env:
        return Path(env)
    from argostranslate import settings  # imported late: it creates folders under $HOME

    return Path(settings.package_data_dir)


def _load(path: Path) -> InstalledModel:
    from argostranslate.package import Package

    try:
        pkg = Package(path)
    except (OSError, ValueError, TypeError, AttributeError, KeyError, RuntimeError) as exc:  # bad metadata/tokenizer
        raise ModelPackageError(f"not a valid Argos package ({exc.__class__.__name__}: {exc})", path) from None
    if getattr(pkg, "type", "translate") != "translate":
        raise ModelPackageError(f"package type is {pkg.type!r}, not a translation package", path)
    if not pkg.from_code or not pkg.to_code:
        raise ModelPackageError("metadata.json has no from_code/to_code", path)
    if not (path / "model" / "model.bin").is_file():
        raise ModelPackageError("no CTranslate2 model (model/model.bin) in the package", path)
    if getattr(pkg, "tokenizer", None) is None:
        raise ModelPackageError("no tokenizer (sentencepiece.model or bpe.model) in the package", path)
    return InstalledModel(
        name=path.name,
        path=path,
        from_code=pkg.from_code,
        to_code=pkg.to_code,
        package_version=str(pkg.package_version or ""),
        argos_version=str(pkg.argos_version or ""),
        package=pkg,
    )


def list_installed(folder: Path | None = None) -> tuple[list[InstalledModel], list[str]]:
    """Installed packages, and one-line problems for folders that are not valid packages."""
    folder = folder or packages_dir()
    models, problems = [], []
    if not folder.is_dir():
        return models, problems
    for path in sorted(folder.iterdir()):
        if not path.is_dir() or path.name.startswith("."):
            continue
        try:
            models.append(_load(path))
        except ModelPackageError as exc:
            problems.append(str(exc))
    return models, problems


def find_installed(from_code: str, to_code: str, folder: Path | None = None) -> InstalledModel | None:
    """The installed package for the pair; the highest package version wins."""
    from packaging.version import InvalidVersion, Version

    def version_key(m: InstalledModel):
        try:
            return Version(m.package_version)
        except InvalidVersion:
            return Version("0")

    candidates = [m for m in list_installed(folder)[0] if (m.from_code, m.to_code) == (from_code, to_code)]
    return max(candidates, key=version_key) if candidates else None


def _check_archive(
    zf: zipfile.ZipFile, path: Path, from_code: str | None = None, to_code: str | None = None
) -> str:
    """Refuse unsafe or malformed archives before anything is written. Returns the top folder.

    Everything is decided from the zip's directory and its metadata.json: entry names
    (traversal, absolute, backslashes, duplicates), entry types (links, devices, FIFOs),
    encryption and compression methods, declared sizes (total, per-entry and whole-archive
    compression ratio: zip bombs), one top folder, metadata (a JSON object for a translation
    package of the expected pair) and the files a package needs.
    """
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ModelPackageError(f"too many archive entries ({len(infos)}; limit {MAX_ENTRIES})", path)
    tops, names, total, packed = set(), set(), 0, 0
    for info in infos:
        name = info.filename
        pure = PurePosixPath(name)
        if (not pure.parts or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name or pure.is_absolute()
                or ".." in pure.parts or ":" in pure.parts[0]):
            raise ModelPackageError(f"unsafe path in archive: {name!r}", path)
        if name.rstrip("/") in names:
            raise ModelPackageError(f"duplicate archive entry: {name!r}", path)
        names.add(name.rstrip("/"))
        ftype = stat.S_IFMT(info.external_attr >> 16)  # 0: no Unix type recorded (plain zip tools)
        if ftype and ftype not in (stat.S_IFREG, stat.S_IFDIR):
            raise ModelPackageError(f"archive entry is a link or device, not a file: {name!r}", path)
        if info.flag_bits & 0x1:
            raise ModelPackageError(f"encrypted archive entry: {name!r}", path)
        if info.compress_type not in _COMPRESSIONS:
            raise ModelPackageError(f"unsupported compression method {info.compress_type} for {name!r}", path)
        total += info.file_size
        packed += info.compress_size
        if total > MAX_UNPACKED_BYTES:
            raise ModelPackageError(f"unpacks to more than {MAX_UNPACKED_BYTES // 1024**3} GB (zip bomb?)", path)
        if info.file_size > _BOMB_MIN_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise ModelPackageError(f"suspicious compression ratio for {name!r} (zip bomb?)", path)
        tops.add(pure.parts[0])
    if total > _BOMB_MIN_BYTES and total > MAX_COMPRESSION_RATIO * max(packed, 1):
        raise ModelPackageError(f"suspicious compression ratio ({total} bytes from {packed}; zip bomb?)", path)
    if len(tops) != 1:
        raise ModelPackageError(
            f"an Argos package has exactly one top-level folder; found {len(tops)}", path
        )
    top = tops.pop()
    if f"{top}/metadata.json" not in names:
        raise ModelPackageError("no metadata.json in the package's top folder", path)
    if zf.getinfo(f"{top}/metadata.json").file_size > _MAX_METADATA_BYTES:
        raise ModelPackageError("metadata.json is too large", path)
    try:
        meta = json.loads(zf.read(f"{top}/metadata.json"))
    except ValueError as exc:
        raise ModelPackageError(f"metadata.json is not valid JSON ({exc})", path) from None
    if not isinstance(meta, dict):
        raise ModelPackageError("metadata.json is not a JSON object", path)
    if meta.get("type", "translate") != "translate":
        raise ModelPackageError(f"package type is {meta.get('type')!r}, not a translation package", path)
    fc, tc = meta.get("from_code"), meta.get("to_code")
    if not (isinstance(fc, str) and isinstance(tc, str) and fc and tc):
        raise ModelPackageError("metadata.json has no from_code/to_code", path)
    if (from_code, to_code) != (None, None) and (fc, tc) != (from_code, to_code):
        raise ModelPackageError(f"package translates {fc}->{tc}, expected {from_code}->{to_code}", path)
    if not isinstance(meta.get("target_prefix", ""), str):
        raise ModelPackageError("metadata.json: target_prefix is not a string", path)
    if f"{top}/model/model.bin" not in names:
        raise ModelPackageError("no CTranslate2 model (model/model.bin) in the package", path)
    if not {f"{top}/sentencepiece.model", f"{top}/bpe.model"} & names:
        raise ModelPackageError("no tokenizer (sentencepiece.model or bpe.model) in the package", path)
    return top


def _extract(zf: zipfile.ZipFile, dest: Path) -> None:
    """Unpack entries already passed by `_check_archive`, never writing more than they declare."""
    budget = MAX_UNPACKED_BYTES
    for info in zf.infolist():
        target = dest.joinpath(*PurePosixPath(info.filename).parts)
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with zf.open(info) as src, open(target, "xb") as out:
            while chunk := src.read(1024 * 1024):
                written += len(chunk)
                budget -= len(chunk)
                if written > info.file_size or budget < 0:
                    raise ModelPackageError(f"{info.filename!r} unpacks beyond its declared size (zip bomb?)")
                out.write(chunk)


def install_package_file(
    file: str | Path, from_code: str | None = None, to_code: str | None = None, folder: Path | None = None
) -> InstalledModel:
    """Install a `.argosmodel` file; checks it fully before it becomes visible (atomic rename).

    If `from_code`/`to_code` are given, a package for another pair is refused. Every refusal
    decided by the archive itself happens before anything is written into the packages folder;
    then the package is unpacked into a hidden staging folder beside its
    destination, loaded, and renamed into place.
    """
    file = Path(file)
    folder = folder or packages_dir()
    if not file.is_file():  # bad input (exit 1), not an invalid package (exit 4)
        raise TranslateToolError("no such file" if not file.exists() else "not a file", file)
    folder.mkdir(parents=True, exist_ok=True)  # the configured folder itself, empty if need be
    recover_interrupted_installs(folder)
    staging: Path | None = None
    try:
        if not zipfile.is_zipfile(file):
            raise ModelPackageError("not an Argos package (not a zip archive)", file)
        with zipfile.ZipFile(file) as zf:
            top = _check_archive(zf, file, from_code, to_code)
            staging = Path(tempfile.mkdtemp(prefix=f"{_TMP_PREFIX}{os.getpid()}-", dir=folder))
            _extract(zf, staging)
            model = _load(staging / top)
            _check_tokenizer(model)
    except ModelPackageError as exc:
        _remove(staging)
        raise ModelPackageError(exc.message, file) from None
    except _CORRUPT as exc:
        _remove(staging)
        raise ModelPackageError(f"corrupt archive ({exc.__class__.__name__}: {exc})", file) from None
    except OSError as exc:
        _remove(staging)
        raise ModelPackageError(f"cannot install ({exc.strerror or exc})", file) from None
    except BaseException:
        _remove(staging)
        raise
    try:
        if (from_code, to_code) != (None, None) and (model.from_code, model.to_code) != (from_code, to_code):
            raise ModelPackageError(
                f"package translates {model.from_code}->{model.to_code}, expected {from_code}->{to_code}", file
            )
        final = folder / top
        if final.exists():  # reinstall: move the old one aside first, so a failure keeps it
            old = Path(tempfile.mkdtemp(prefix=f"{_OLD_PREFIX}{os.getpid()}-", dir=folder))
            os.replace(final, old / top)
            os.replace(staging / top, final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging / top, final)
    finally:
        _remove(staging)
    return _load(final)


def recover_interrupted_installs(folder: Path) -> list[str]:
    """Tidy what a killed install left in the packages folder; returns what was done.

    Staging folders (`.installing-<pid>-*`) of processes that no longer run are removed. A
    reinstall killed between its two renames leaves the previous package in
    `.replaced-<pid>-*/<name>` and nothing at `<name>`: it is put back. Folders of live
    installs (another process) are left alone.
    """
    done: list[str] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return done
    for path in entries:
        for prefix in (_TMP_PREFIX, _OLD_PREFIX):
            if path.name.startswith(prefix) and path.is_dir() and not _alive(path.name[len(prefix):].split("-", 1)[0]):
                if prefix == _OLD_PREFIX:
                    for kept in path.iterdir():
                        if not (folder / kept.name).exists():
                            os.replace(kept, folder / kept.name)
                            done.append(f"restored {kept.name}")
                shutil.rmtree(path, ignore_errors=True)
                done.append(f"removed {path.name}")
    return done


def _alive(pid: str) -> bool:
    """Whether the process that made a staging folder may still run (unknown: assume not)."""
    if not pid.isdigit():
        return False  # made before names carried the PID: its install ended long ago
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _check_tokenizer(model: InstalledModel) -> None:
    """argostranslate loads tokenizers lazily: load it now, so a damaged one is refused at install."""
    try:
        model.package.tokenizer.encode("test")
    except Exception as exc:  # sentencepiece/sacremoses raise whatever a damaged file makes them
        raise ModelPackageError(
            f"not a valid Argos package (tokenizer does not load: {exc.__class__.__name__})", model.path
        ) from None


def _remove(staging: Path | None) -> None:
    if staging is not None:
        shutil.rmtree(staging, ignore_errors=True)


def download_package(from_code: str, to_code: str, folder: Path | None = None) -> InstalledModel:
    """Download the pair's package from the Argos index and install it (checked like a file)."""
    from argostranslate import settings
    from argostranslate.package import AvailablePackage

    index_url = settings.remote_package_index
    try:
        with urllib.request.urlopen(index_url, timeout=INDEX_TIMEOUT_S) as resp:
            index = json.load(resp)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise NetworkError(
            f"could not reach the Argos package index ({reason}); offline? "
            f"Install a downloaded file with: translate-tool models install FILE.argosmodel",
            index_url,
        ) from None
    matches = [
        AvailablePackage(m) for m in index
        if m.get("from_code") == from_code and m.get("to_code") == to_code and m.get("type", "translate") == "translate"
    ]
    if not matches:
        raise EngineUnavailable(f"the Argos index has no {from_code}->{to_code} package", index_url)
    pkg = matches[-1]
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"translate-{from_code}_{to_code}.argosmodel"
        for link in pkg.links:
            try:
                with urllib.request.urlopen(link, timeout=INDEX_TIMEOUT_S) as resp, open(target, "wb") as out:
                    shutil.copyfileobj(resp, out)
                break
            except (urllib.error.URLError, OSError):
                continue
        else:
            raise NetworkError(f"could not download the {from_code}->{to_code} package", ", ".join(pkg.links))
        return install_package_file(target, from_code, to_code, folder)
