"""The public names of the store package."""

from __future__ import annotations

import tidings.store


def test_the_store_package_exports_exactly_its_public_api():
    assert sorted(tidings.store.__all__) == sorted(
        ["Store", "Known", "Status", "export", "FORMATS", "Migration", "migrations_from", "shipped_migrations"])
    for name in tidings.store.__all__:
        assert getattr(tidings.store, name) is not None
