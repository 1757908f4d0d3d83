"""One exception tree for tidings. Every error names its input.

    TidingsError
    ├── ConfigError            a bad setting, config file or --set value
    ├── KnowledgeError         a shipped or user data file (actors, triggers, gazetteer) that does not load
    ├── InputError             one input that cannot be read as articles; becomes a rejection
    │   ├── EmptyInput         nothing to read (empty file, empty record, folder with nothing readable)
    │   ├── BinaryInput        bytes that are not text
    │   ├── TooLarge           over the size limit for one article
    │   ├── BadRecord          a JSON line that is not JSON, or has no usable text
    │   ├── BadDate            an impossible or unreadable publication date
    │   └── Unreachable        a URL that does not answer, or answers with an error
    ├── StoreError             the database cannot be opened, migrated, read or written
    │   └── StoreBusy          another process holds the database for writing past the wait limit
    ├── PipelineError          the stage table is inconsistent, or a stage failed on an article
    └── EngineError            an engine that cannot run (Ray asked for but not installed ...)
"""

from __future__ import annotations


class TidingsError(Exception):
    """The root of every error tidings raises on purpose."""


class ConfigError(TidingsError):
    pass


class KnowledgeError(TidingsError):
    pass


class InputError(TidingsError):
    """An input that cannot be ingested. ``origin`` names it (a path, ``path:line``, a URL or ``-``)."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class TooLarge(InputError):
    pass


class BadRecord(InputError):
    pass


class BadDate(InputError):
    pass


class Unreachable(InputError):
    pass


class StoreError(TidingsError):
    pass


class StoreBusy(StoreError):
    pass


class PipelineError(TidingsError):
    pass


class EngineError(TidingsError):
    pass
