"""Fixtures for the ingest tests: the configuration, a file writer, a reader, and an article written for them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tidings.config import Config, load_config
from tidings.records import Article, Rejection
from tidings.sources import read_sources

# A short report written for these tests: a headline, a blank line, two paragraphs.
ARTICLE = (
    "Ministers agree to reopen the northern border crossing\n"
    "\n"
    "Foreign ministers from the two neighbouring states agreed on Tuesday to reopen the northern border crossing"
    " that has been closed since the spring, officials in both capitals said.\n"
    "\n"
    "The agreement, reached after two days of talks in the river port of Valmont, allows trucks carrying food and"
    " medicine to pass from next week. Both delegations said a second round would address the release of"
    " detained fishermen.\n"
)


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config()


@pytest.fixture(scope="session")
def article_text() -> str:
    return ARTICLE


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write text (as UTF-8) or bytes to a file under tmp_path, making folders as needed."""

    def run(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return run


@pytest.fixture
def read(config: Config) -> Callable[..., list[Article | Rejection]]:
    """Everything read_sources gives for some sources, as a list: ``read(path, url, ..., config=, stdin=)``."""

    def run(*sources: str | Path, config: Config = config, stdin: Any = None) -> list[Article | Rejection]:
        return list(read_sources([str(s) for s in sources], config, stdin=stdin))

    return run
