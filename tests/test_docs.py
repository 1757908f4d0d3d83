"""The references are generated from the code, and the README gives the two commands CI runs."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tidings.docs import cli_reference, settings_reference

ROOT = Path(__file__).parent.parent


def test_cli_reference_is_up_to_date():
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_reference(), \
        "run `python -m tidings.docs docs/` and commit the result"


def test_settings_reference_is_up_to_date():
    assert (ROOT / "docs" / "settings.md").read_text(encoding="utf-8") == settings_reference(), \
        "run `python -m tidings.docs docs/` and commit the result"


def test_readme_gives_the_install_and_demo_command_and_the_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    demo = readme.split("<!-- demo-command -->", 1)[1].split("```")[1].splitlines()[1]
    tests = readme.split("<!-- test-command -->", 1)[1].split("```")[1].splitlines()[1]
    assert "pip install" in demo and demo.endswith("tidings demo")
    assert "pip install" in tests and "[test]" in tests and "pytest" in tests


def test_ci_runs_the_readme_test_command_verbatim():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "HF_HUB_OFFLINE=1" in script and "test-command" in script
    found = subprocess.run(["awk", '/<!-- test-command -->/ { getline; getline; print; exit }', "README.md"],
                           cwd=ROOT, capture_output=True, text=True).stdout.strip()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert found and found == readme.split("<!-- test-command -->", 1)[1].split("```")[1].splitlines()[1]
