"""Schema, migrations and opening the file."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb
import pytest

from tidings.errors import StoreError
from tidings.store import Store, migrations_from, shipped_migrations
from tidings.store.database import migrate


def _columns(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("""SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
                          WHERE table_schema = 'main' ORDER BY table_name, ordinal_position""").fetchall()


def _old_and_new(tmp_path: Path) -> tuple[Path, Path]:
    """Two migration folders: the shipped 001 alone, and 001 with a 002 that adds a column."""
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        folder.mkdir()
        (folder / "001_initial.sql").write_text(shipped_migrations()[0].sql, encoding="utf-8")
    (new / "002_article_notes.sql").write_text("ALTER TABLE articles ADD COLUMN note VARCHAR;\n", encoding="utf-8")
    return old, new


def test_schema_sql_describes_what_the_migrations_build():
    documented, migrated = duckdb.connect(), duckdb.connect()
    documented.execute(resources.files("tidings.store").joinpath("schema.sql").read_text(encoding="utf-8"))
    migrate(migrated, shipped_migrations(), Path("memory"))
    assert _columns(documented) == _columns(migrated)
    keys = "SELECT table_name, constraint_column_names FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    assert sorted(documented.execute(keys).fetchall()) == sorted(migrated.execute(keys).fetchall())


def test_migrations_are_applied_once_however_often_the_file_is_opened(tmp_path, make, open_store):
    path = tmp_path / "t.duckdb"
    open_store(path).migrate()
    open_store(path).migrate()
    store = open_store(path)
    store.write([make("a")])
    store.migrate()
    with duckdb.connect(str(path)) as con:
        assert con.execute("SELECT version, name FROM schema_migrations").fetchall() == [(1, "initial")]
        assert migrate(con, shipped_migrations(), path) == []


def test_an_older_database_is_migrated_when_opened_and_keeps_its_data(tmp_path, make):
    old, new = _old_and_new(tmp_path)
    path = tmp_path / "t.duckdb"
    Store(path, migrations=migrations_from(old)).write([make("a")])
    assert Store(path, migrations=migrations_from(old)).version() == 1

    upgraded = Store(path, migrations=migrations_from(new))
    assert upgraded.counts()["articles"] == 1  # a read migrates too
    assert upgraded.version() == 2
    assert "note" in upgraded.articles().columns
    with duckdb.connect(str(path), read_only=True) as con:
        assert [v for (v,) in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()] == [1, 2]


def test_a_database_from_a_newer_tidings_is_refused_with_a_clear_error(tmp_path, make, open_store):
    _, new = _old_and_new(tmp_path)
    path = tmp_path / "t.duckdb"
    Store(path, migrations=migrations_from(new)).write([make("a")])
    for action in (lambda s: s.counts(), lambda s: s.write([make("b")])):
        with pytest.raises(StoreError, match="schema version 2, written by a newer tidings"):
            action(open_store(path))


@pytest.mark.parametrize("names", [["001_a.sql", "003_c.sql"], ["002_b.sql"]], ids=["gap", "no-first"])
def test_migrations_numbered_with_gaps_are_refused(tmp_path, names):
    for name in names:
        (tmp_path / name).write_text("SELECT 1;", encoding="utf-8")
    with pytest.raises(StoreError, match="without gaps"):
        migrations_from(tmp_path)


def test_a_failing_migration_names_itself_and_leaves_no_trace(tmp_path):
    (tmp_path / "001_broken.sql").write_text("CREATE TABLE x (a INTEGER); SELECT * FROM missing;", encoding="utf-8")
    path = tmp_path / "t.duckdb"
    with pytest.raises(StoreError, match="migration 001_broken failed"):
        Store(path, migrations=migrations_from(tmp_path)).migrate()
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'x'").fetchone() == (0,)


def test_reading_a_database_that_does_not_exist_says_so(tmp_path, open_store):
    with pytest.raises(StoreError, match="no database here yet"):
        open_store(tmp_path / "missing.duckdb").events()


def test_digests_of_a_database_that_does_not_exist_are_empty(tmp_path, open_store):
    assert open_store(tmp_path / "missing.duckdb").digests() == {}
    assert not (tmp_path / "missing.duckdb").exists()


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path, open_store):
    path = tmp_path / "notes.duckdb"
    path.write_text("these are not the tables you are looking for\n" * 200, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open the database"):
        open_store(path).counts()


def test_the_first_write_creates_the_folder_and_the_file(tmp_path, make, open_store):
    path = tmp_path / "deep" / "er" / "t.duckdb"
    open_store(path).write([make("a")])
    assert open_store(path).counts()["articles"] == 1
