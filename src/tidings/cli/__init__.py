"""The ``tidings`` command: a thin shell that parses arguments, calls one library function and shows its result."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ..config import Config, load_config
from ..errors import TidingsError

app = typer.Typer(name="tidings", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="News articles in, political event data out: who did what to whom, where and when.")
out = Console()
err = Console(stderr=True)

DbOption = Annotated[Path | None, typer.Option("--db", help="The DuckDB database (default: store.path).")]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="A TOML file of settings.")]
SetOption = Annotated[list[str] | None, typer.Option("--set", help="Change one setting: section.key=value.")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")]


def settings(config_file: Path | None, overrides: list[str] | None, **sections: dict) -> Config:
    config = load_config(config_file, tuple(overrides or ()))
    sections = {k: {kk: vv for kk, vv in v.items() if vv is not None} for k, v in sections.items()}
    return config.with_values(**{k: v for k, v in sections.items() if v}) if any(sections.values()) else config


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def guard() -> Iterator[None]:
    """Turn a library error into one red line and exit status 2."""
    try:
        yield
    except TidingsError as e:
        raise fail(str(e), 2) from None


def main() -> None:
    app()


from . import commands, query  # noqa: E402, F401  (registers the commands on ``app``)
