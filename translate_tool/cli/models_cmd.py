"""`models list | install | download | verify`: managing Argos Translate packages."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import ModelPackageError
from . import main
from .common import handle_errors


@main.group()
def models() -> None:
    """Argos Translate model packages (folder: $ARGOS_PACKAGES_DIR or argostranslate's default)."""


@models.command("list")
@handle_errors
def list_models():
    """Installed Argos packages, then every pair this machine can translate and how: an Argos
    package, an Apertium mode, or a chain of them through one pivot language."""
    from ..langpairs import all_routes, apertium_hops, apertium_modes, argos_hops
    from ..models import list_installed, packages_dir

    installed, problems = list_installed()
    click.echo(f"packages folder: {packages_dir()}")
    if not installed:
        click.echo("no Argos packages installed")
    for m in installed:
        click.echo(f"{m.from_code}->{m.to_code}\t{m.package_version}\t{m.name}")
    for p in problems:
        click.echo(f"warning: {p}", err=True)
    routes = all_routes(argos_hops(installed) + apertium_hops(apertium_modes()))
    click.echo("\npairs this machine can translate (the route `run` and `translate` take):" if routes
               else "\nno language pair can be translated: install an Argos package or Apertium")
    for r in routes:
        via = f"  (via {', '.join(r.pivots)})" if r.pivots else ""
        hops = " + ".join(f"{h.engine} {h.name}" for h in r.hops)
        click.echo(f"{r.source}->{r.target}\t{hops}{via}")


@models.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("-s", "--source-lang", "--from", "from_code", default="es", show_default=True,
              help="Expected source language (--from is the old name).")
@click.option("-t", "--target-lang", "--to", "to_code", default="en", show_default=True,
              help="Expected target language (--to is the old name).")
@click.option("--any-pair", is_flag=True, help="Accept a package for any language pair.")
@handle_errors
def install(file, from_code, to_code, any_pair):
    """Install a .argosmodel FILE (checked before anything is written)."""
    from ..models import install_package_file

    if any_pair:
        from_code = to_code = None
    m = install_package_file(file, from_code, to_code)
    click.echo(f"installed {m.from_code}->{m.to_code} {m.package_version} ({m.name}) into {m.path.parent}")


@models.command()
@click.argument("from_code")
@click.argument("to_code")
@handle_errors
def download(from_code, to_code):
    """Download and install FROM_CODE->TO_CODE from the Argos package index (needs the network)."""
    from ..models import download_package

    m = download_package(from_code, to_code)
    click.echo(f"installed {m.from_code}->{m.to_code} {m.package_version} ({m.name}) into {m.path.parent}")


# A short test sentence per source language; other languages get the English one.
VERIFY_SENTENCES = {
    "es": "El presidente de Chile visitó la región.",
    "en": "The president of Chile visited the region.",
    "fr": "Le président du Chili a visité la région.",
    "pt": "O presidente do Chile visitou a região.",
    "de": "Der Präsident von Chile besuchte die Region.",
    "it": "Il presidente del Cile ha visitato la regione.",
}


@models.command()
@handle_errors
def verify():
    """Load every installed package and translate a test sentence; exit 4 if any is broken."""
    from ..engines.argos import ArgosEngine
    from ..errors import TranslateToolError
    from ..models import list_installed, packages_dir

    installed, problems = list_installed()
    click.echo(f"packages folder: {packages_dir()}")
    broken = list(problems)
    for p in problems:
        click.echo(f"broken\t{p}")
    for m in installed:
        sentence = VERIFY_SENTENCES.get(m.from_code, VERIFY_SENTENCES["en"])
        try:
            engine = ArgosEngine(m, beam_size=1)
            try:
                (out,) = engine.translate_sentences([sentence])
            finally:
                engine.close()
            if not out.strip():
                raise TranslateToolError("translated the test sentence to nothing", m.path)
        except TranslateToolError as exc:
            problem = str(exc)
        except Exception as exc:  # a damaged model can fail anywhere inside CTranslate2/sentencepiece
            problem = f"{m.path}: cannot translate ({exc.__class__.__name__}: {' '.join(str(exc).split())})"
        else:
            click.echo(f"ok\t{m.from_code}->{m.to_code}\t{m.name}\t{sentence} -> {out}")
            continue
        broken.append(problem)
        click.echo(f"broken\t{m.from_code}->{m.to_code}\t{m.name}\t{problem}")
    if not installed and not problems:
        click.echo("no Argos packages installed")
    if broken:
        click.echo(f"error: {len(broken)} broken package(s)", err=True)
        sys.exit(ModelPackageError.exit_code)
