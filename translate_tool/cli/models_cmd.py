"""`models list | install | download`: managing Argos Translate packages."""

from __future__ import annotations

from pathlib import Path

import click

from . import main
from .common import handle_errors


@main.group()
def models() -> None:
    """Argos Translate model packages (folder: $ARGOS_PACKAGES_DIR or argostranslate's default)."""


@models.command("list")
@handle_errors
def list_models():
    """Installed packages."""
    from ..models import list_installed, packages_dir

    installed, problems = list_installed()
    click.echo(f"packages folder: {packages_dir()}")
    if not installed:
        click.echo("no Argos packages installed")
    for m in installed:
        click.echo(f"{m.from_code}->{m.to_code}\t{m.package_version}\t{m.name}")
    for p in problems:
        click.echo(f"warning: {p}", err=True)


@models.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--from", "from_code", default="es", show_default=True, help="Expected source language.")
@click.option("--to", "to_code", default="en", show_default=True, help="Expected target language.")
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
