"""Opening the database file, waiting for it when another process holds it, and migrating its schema.

DuckDB lets one process hold a file for writing and then no other process may open it at all, while any number
of processes may hold it read-only at once (and then nobody may write). So every connection here is short:
it is opened for one batch or one query and closed, and an open that finds the file locked is retried with a
short backoff until the configured wait has passed.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb

from ..errors import StoreBusy, StoreError

_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
_LOCK_PID = re.compile(r"\(PID (\d+)\)")
_FIRST_DELAY = 0.005  # seconds; doubled after each refused attempt
_MAX_DELAY = 0.1  # short enough that a reader gets in soon after a batch commits

_BOOTSTRAP = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)
"""


@dataclass(frozen=True)
class Migration:
    """One numbered SQL file from ``migrations/``."""

    version: int
    name: str
    sql: str


def shipped_migrations() -> tuple[Migration, ...]:
    """The migrations that ship with tidings, in order."""
    folder = resources.files("tidings.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    return _checked(found)


def migrations_from(folder: str | Path) -> tuple[Migration, ...]:
    """Migrations read from a folder of ``NNN_name.sql`` files (the shipped ones, or a test's)."""
    found = []
    for path in sorted(Path(folder).glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append(Migration(int(match[1]), match[2], path.read_text(encoding="utf-8")))
    return _checked(found)


def _checked(found: list[Migration]) -> tuple[Migration, ...]:
    """Sort migrations and refuse gaps or repeated numbers, which would make the order ambiguous."""
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"migrations must be numbered 001, 002 ... without gaps; found {versions}")
    return tuple(found)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to the open database (0 for a new or foreign file)."""
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_migrations' AND schema_name = 'main'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def check_version(version: int, migrations: Sequence[Migration], path: Path) -> None:
    """Refuse a database written by a newer tidings: its schema has changes this one cannot know."""
    latest = migrations[-1].version if migrations else 0
    if version > latest:
        raise StoreError(
            f"{path}: the database has schema version {version}, written by a newer tidings; this tidings "
            f"knows versions up to {latest}. Upgrade tidings to read it."
        )


def migrate(con: duckdb.DuckDBPyConnection, migrations: Sequence[Migration], path: Path) -> list[int]:
    """Apply, in order, each migration the database lacks, each in its own transaction; return what was applied."""
    con.execute(_BOOTSTRAP)
    check_version(schema_version(con), migrations, path)
    done = {int(v) for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for m in migrations:
        if m.version in done:
            continue
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute(m.sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [m.version, m.name, utc_now()])
            con.execute("COMMIT")
        except duckdb.Error as e:
            _rollback(con)
            raise StoreError(f"{path}: migration {m.version:03d}_{m.name} failed: {e}") from e
        applied.append(m.version)
    return applied


def utc_now() -> datetime:
    """Now, in UTC, without a zone: what the TIMESTAMP columns hold."""
    return datetime.now(UTC).replace(tzinfo=None)


@contextmanager
def connect(path: Path, *, read_only: bool, wait: float) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to ``path`` held for the ``with`` block, waiting up to ``wait`` seconds for a lock."""
    if read_only and not path.exists():
        raise StoreError(f"{path}: no database here yet; ingest some articles first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = _open(path, read_only, wait)
    try:
        yield con
    finally:
        con.close()


def _open(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Open, retrying while another process (or another connection here) holds the file."""
    deadline = time.monotonic() + max(wait, 0.0)
    delay = _FIRST_DELAY
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except (duckdb.IOException, duckdb.ConnectionException) as e:
            holder = _holder(str(e))
            if holder is None:
                raise StoreError(f"{path}: cannot open the database: {e}") from e
            left = deadline - time.monotonic()
            if left <= 0:
                raise _busy(path, read_only, holder) from None
            time.sleep(min(delay, left))
            delay = min(delay * 2, _MAX_DELAY)
        except duckdb.Error as e:
            raise StoreError(f"{path}: cannot open the database: {e}") from e


def _holder(message: str) -> int | None:
    """The PID holding the file when ``message`` says it is locked; None for any other failure."""
    if "Could not set lock" in message:
        match = _LOCK_PID.search(message)
        return int(match[1]) if match else 0
    if "different configuration" in message:  # this very process holds it with the other mode
        return os.getpid()
    return None


def _busy(path: Path, read_only: bool, pid: int) -> StoreBusy:
    """The error for a file still locked after the wait: readers are only ever kept out by a writer."""
    who = f"another process (PID {pid})" if pid else "another process"
    if pid == os.getpid():
        who = "this process"
    if read_only:
        return StoreBusy(f"{path} is being written by {who}; try again")
    return StoreBusy(f"{path} is held by {who} (reading or writing); try again")


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back, ignoring the error DuckDB gives when the failure already ended the transaction."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass
