"""The CLI and settings references, generated from the code so that they never drift from it.

    python -m tidings.docs docs/     # rewrite docs/cli.md and docs/settings.md

A test checks that the files in docs/ are what this module generates.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import typer

from .config import defaults_text


def cli_reference() -> str:
    from .cli import app

    group = typer.main.get_command(app)  # Typer's own Click: read it by its interface, not its classes
    out = ["# The `tidings` command", "", "Generated from the code by `python -m tidings.docs docs/`; do not edit.", ""]
    ctx = type("Ctx", (), {"command": group, "info_name": "tidings"})()
    for name in sorted(group.list_commands(ctx)):  # type: ignore[attr-defined]
        command = group.get_command(ctx, name)  # type: ignore[attr-defined]
        if command is None or command.hidden:
            continue
        params = command.params
        arguments = " ".join(p.name.upper() + ("..." if p.nargs == -1 else "")
                             for p in params if p.param_type_name == "argument")
        out += [f"## `tidings {name}" + (f" {arguments}" if arguments else "") + "`", ""]
        out += [" ".join((command.help or "").split()), ""]
        rows = []
        for p in params:
            help_text = " ".join((getattr(p, "help", None) or "").split()).replace("|", "/")
            if p.param_type_name == "option":
                flags = ", ".join(f"`{o}`" for o in p.opts)
                default = "" if p.default in (None, False, ()) or p.is_flag else f" (default: `{p.default}`)"
                rows.append(f"| {flags} | {help_text}{default} |")
            elif p.param_type_name == "argument":
                rows.append(f"| `{p.name.upper()}` | {help_text} |")
        if rows:
            out += ["| option | meaning |", "| --- | --- |", *rows, ""]
    return "\n".join(out).rstrip() + "\n"


def settings_reference() -> str:
    """Every setting of defaults.toml: its default and the comment above it."""
    text = defaults_text()
    values = tomllib.loads(text)
    out = ["# Settings", "",
           "Generated from `src/tidings/defaults.toml` by `python -m tidings.docs docs/`; do not edit.",
           "", "Change a setting with `--set section.key=value` or a TOML file given with `--config FILE`.", ""]
    section, comment = None, []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
            out += [f"## `[{section}]`", "", "| setting | default | meaning |", "| --- | --- | --- |"]
            comment = []
        elif stripped.startswith("#"):
            comment.append(stripped.lstrip("# "))
        elif "=" in stripped and section is not None:
            key = stripped.split("=", 1)[0].strip()
            default = values[section][key]
            shown = ", ".join(default) if isinstance(default, list) else default
            out.append(f"| `{section}.{key}` | `{shown!s}` | {' '.join(comment)} |")
            comment = []
        elif not stripped and section is not None and out[-1] != "":
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cli.md").write_text(cli_reference(), encoding="utf-8")
    (folder / "settings.md").write_text(settings_reference(), encoding="utf-8")


if __name__ == "__main__":
    main()
