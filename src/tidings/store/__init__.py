"""Storage: one DuckDB file, a documented schema with numbered migrations, one writer, readers that wait.

    store = Store("tidings.duckdb", config)
    known = store.known()                          # which articles are new, unchanged or changed
    store.write(analyses, rejections)              # one batch, one transaction
    store.events(actor="RUS", since="2017-01")     # a pandas DataFrame
    export(store, "jsonl", "events.jsonl")         # the scorer's format
"""

from .database import Migration, migrations_from, shipped_migrations
from .export import FORMATS, export
from .store import Known, Status, Store

__all__ = ["Store", "Known", "Status", "export", "FORMATS", "Migration", "migrations_from", "shipped_migrations"]
