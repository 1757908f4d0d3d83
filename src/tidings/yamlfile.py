"""YAML data files, parsed with libyaml's C loader where PyYAML was built with it (many times faster on the
actor lists than the pure-Python loader, with the same safe subset of YAML)."""

from __future__ import annotations

from typing import Any

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """The data in a YAML document; raises ``yaml.YAMLError`` when it is not valid YAML."""
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader
