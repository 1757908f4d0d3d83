"""The PLOVER event ontology and its CAMEO crosswalk, read from ``tidings/data/events``.

``plover.yaml`` lists the 16 PLOVER types with their quad class and modes; ``cameo.tsv`` lists every CAMEO
1.1b3 code with the PLOVER type and mode it maps to, its quad class and its Goldstein score. Both are checked
when they load: a bad entry raises :class:`~tidings.errors.KnowledgeError` naming the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

import yaml

from ..errors import KnowledgeError

__all__ = ["CameoCode", "Ontology", "PloverType", "load_ontology", "read_ontology"]

DATA_DIR = "data/events"
CAMEO_COLUMNS = ("code", "name", "plover", "mode", "quad", "goldstein")

_TYPE_NAME = re.compile(r"^[A-Z]+$")
_MODE_NAME = re.compile(r"^[a-z]+(-[a-z]+)*$")
_CAMEO_CODE = re.compile(r"^[0-9]{2,4}$")
_EMPTY = ("", "-")


@dataclass(frozen=True)
class PloverType:
    """One PLOVER event type.

    Attributes:
        name: upper-case type name (``ASSAULT``).
        quad: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
        description: one line saying what the type covers.
        modes: mode name -> one-line description.
    """

    name: str
    quad: int
    description: str
    modes: Mapping[str, str]


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code and where it lands in PLOVER.

    Attributes:
        code: two to four digits, as a string (``"0211"``).
        name: a short English name.
        plover: the PLOVER type it maps to, or ``None`` when it has no PLOVER event.
        mode: the PLOVER mode, or ``None``.
        quad: CAMEO's quad class for the code (by its root; may differ from the PLOVER type's quad).
        goldstein: its Goldstein score, or ``None`` when only its parent code has one.
    """

    code: str
    name: str
    plover: str | None
    mode: str | None
    quad: int
    goldstein: float | None


@dataclass(frozen=True, eq=False)
class Ontology:
    """The PLOVER types and the CAMEO codes, with lookups between them.

    Attributes:
        types: type name -> :class:`PloverType`, in the order of ``plover.yaml``.
        cameo: CAMEO code -> :class:`CameoCode`.
    """

    types: Mapping[str, PloverType]
    cameo: Mapping[str, CameoCode]
    _general: Mapping[tuple[str, str | None], str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # The most general code for (type, mode) and for (type, None), computed once: cameo_for is a dict lookup.
        best: dict[tuple[str, str | None], tuple[tuple[int, bool, str], str]] = {}
        for row in self.cameo.values():
            if row.plover is None:
                continue
            rank = (len(row.code), row.mode is not None, row.code)
            for key in {(row.plover, row.mode), (row.plover, None)}:
                if key not in best or rank < best[key][0]:
                    best[key] = (rank, row.code)
        object.__setattr__(self, "_general", MappingProxyType({k: v[1] for k, v in best.items()}))

    def quad(self, type: str) -> int:
        """The quad class (1-4) of a PLOVER type.

        Raises:
            ValueError: ``type`` is not a PLOVER type.
        """
        return self._type(type).quad

    def is_valid(self, type: str, mode: str | None = None) -> bool:
        """Whether ``type`` is a PLOVER type and ``mode`` (if given) one of its modes."""
        ptype = self.types.get(type)
        return ptype is not None and (mode is None or mode in ptype.modes)

    def goldstein(self, cameo_code: str) -> float | None:
        """The Goldstein score of a CAMEO code, taken from the nearest parent that has one (1011 -> 101 -> 10).

        Returns ``None`` when neither the code nor any parent is known.
        """
        code = cameo_code.strip()
        while len(code) >= 2:
            row = self.cameo.get(code)
            if row is not None and row.goldstein is not None:
                return row.goldstein
            code = code[:-1]
        return None

    def plover_for(self, cameo_code: str) -> tuple[str, str | None] | None:
        """The ``(type, mode)`` a CAMEO code maps to, or ``None`` when it has no PLOVER event.

        A code missing from the table (such as an ICEWS extension) is read as its nearest known parent.
        """
        code = cameo_code.strip()
        while len(code) >= 2 and code not in self.cameo:
            code = code[:-1]
        row = self.cameo.get(code)
        if row is None or row.plover is None:
            return None
        return row.plover, row.mode

    def cameo_for(self, type: str, mode: str | None = None) -> str | None:
        """The most general CAMEO code that maps to ``type`` and ``mode``.

        With ``mode=None`` any code of the type qualifies, those without a mode first; with a mode, only codes
        mapped to exactly that mode do. "Most general" means the fewest digits, then the lowest code.
        Returns ``None`` when no code maps there.
        """
        return self._general.get((type, mode))

    def _type(self, type: str) -> PloverType:
        try:
            return self.types[type]
        except KeyError:
            raise ValueError(f"unknown PLOVER type {type!r}; known types: {', '.join(self.types)}") from None


@cache
def load_ontology() -> Ontology:
    """The ontology shipped with tidings (read once per process)."""
    base = files("tidings").joinpath(*DATA_DIR.split("/"))
    return read_ontology(base.joinpath("plover.yaml"), base.joinpath("cameo.tsv"))


def read_ontology(plover: str | Path | Traversable, cameo: str | Path | Traversable) -> Ontology:
    """Read and check an ontology from a PLOVER YAML file and a CAMEO TSV file (not cached).

    Raises:
        KnowledgeError: a file cannot be read, or an entry is malformed or names an unknown type or mode;
            the message starts with ``file:line``.
    """
    types = _read_types(str(plover), _read_text(plover))
    codes = _read_cameo(str(cameo), _read_text(cameo), types)
    return Ontology(types=MappingProxyType(types), cameo=MappingProxyType(codes))


def read_tsv(path: str, text: str, columns: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line number, {column: stripped cell})`` for each data row of a tab-separated knowledge file.

    Blank lines and lines starting with ``#`` are skipped; the first other line is the header and must name every
    column in ``columns`` (in any order). Shared by the events knowledge loaders.

    Raises:
        KnowledgeError: no header, a missing or unknown column, or a row whose field count differs from the header.
    """
    header: list[str] | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in raw.split("\t")]
        if header is None:
            missing = [c for c in columns if c not in cells]
            unknown = [c for c in cells if c not in columns]
            if missing or unknown:
                problem = f"lacks column(s) {', '.join(missing)}" if missing else f"has unknown column(s) {unknown}"
                raise KnowledgeError(
                    f"{path}:{lineno}: header {problem}; expected the tab-separated columns {', '.join(columns)}"
                )
            header = cells
            continue
        if len(cells) != len(header):
            raise KnowledgeError(
                f"{path}:{lineno}: {len(cells)} tab-separated field(s) where the header has {len(header)} "
                f"({', '.join(header)})"
            )
        yield lineno, dict(zip(header, cells, strict=True))
    if header is None:
        raise KnowledgeError(f"{path}: no header line; expected the tab-separated columns {', '.join(columns)}")


def _read_text(path: str | Path | Traversable) -> str:
    try:
        return (Path(path) if isinstance(path, str) else path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc}") from exc


def _read_types(path: str, text: str) -> dict[str, PloverType]:
    """Parse plover.yaml, keeping each entry's line for error messages."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else path
        raise KnowledgeError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(root, yaml.MappingNode):
        raise KnowledgeError(f"{path}: expected a mapping of PLOVER type name -> quad, description, modes")
    types: dict[str, PloverType] = {}
    for key, node in root.value:
        where = f"{path}:{key.start_mark.line + 1}"
        name = key.value
        if not _TYPE_NAME.match(str(name)):
            raise KnowledgeError(f"{where}: type name {name!r} must be upper-case letters")
        if name in types:
            raise KnowledgeError(f"{where}: type {name} is listed twice")
        fields = _mapping(node, where, f"type {name}")
        if set(fields) != {"quad", "description", "modes"}:
            raise KnowledgeError(f"{where}: type {name} needs exactly the keys quad, description, modes")
        quad_node, desc_node, modes_node = fields["quad"], fields["description"], fields["modes"]
        quad = _scalar(quad_node, path)
        if quad not in {"1", "2", "3", "4"}:
            raise KnowledgeError(f"{path}:{quad_node.start_mark.line + 1}: quad of {name} must be 1, 2, 3 or 4")
        description = _scalar(desc_node, path)
        if not description:
            raise KnowledgeError(f"{path}:{desc_node.start_mark.line + 1}: {name} has an empty description")
        modes: dict[str, str] = {}
        for mode, text_node in _mapping(modes_node, where, f"modes of {name}").items():
            mode_where = f"{path}:{text_node.start_mark.line + 1}"
            if not _MODE_NAME.match(mode):
                raise KnowledgeError(f"{mode_where}: mode {mode!r} of {name} must be lower case and hyphenated")
            modes[mode] = _scalar(text_node, path)
        types[name] = PloverType(name, int(quad), description, MappingProxyType(modes))
    return types


def _mapping(node: yaml.Node, where: str, what: str) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        raise KnowledgeError(f"{where}: {what} must be a mapping")
    return {str(k.value): v for k, v in node.value}


def _scalar(node: yaml.Node, path: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise KnowledgeError(f"{path}:{node.start_mark.line + 1}: expected a single value")
    return str(node.value).strip()


def _read_cameo(path: str, text: str, types: Mapping[str, PloverType]) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    lines: dict[str, int] = {}
    for lineno, row in read_tsv(path, text, CAMEO_COLUMNS):
        where = f"{path}:{lineno}"
        code = row["code"]
        if not _CAMEO_CODE.match(code):
            raise KnowledgeError(f"{where}: CAMEO code {code!r} must be 2 to 4 digits")
        if code in codes:
            raise KnowledgeError(f"{where}: CAMEO code {code} is listed twice (first at line {lines[code]})")
        if not row["name"]:
            raise KnowledgeError(f"{where}: CAMEO code {code} has no name")
        plover = None if row["plover"] in _EMPTY else row["plover"]
        mode = None if row["mode"] in _EMPTY else row["mode"]
        if plover is not None and plover not in types:
            raise KnowledgeError(f"{where}: unknown PLOVER type {plover!r}; known types: {', '.join(types)}")
        if mode is not None:
            if plover is None:
                raise KnowledgeError(f"{where}: mode {mode!r} given without a PLOVER type")
            if mode not in types[plover].modes:
                raise KnowledgeError(
                    f"{where}: unknown mode {mode!r} for {plover}; its modes: {', '.join(types[plover].modes)}"
                )
        if row["quad"] not in {"1", "2", "3", "4"}:
            raise KnowledgeError(f"{where}: quad {row['quad']!r} must be 1, 2, 3 or 4")
        goldstein = _goldstein(row["goldstein"], where)
        codes[code] = CameoCode(code, row["name"], plover, mode, int(row["quad"]), goldstein)
        lines[code] = lineno
    return codes


def _goldstein(cell: str, where: str) -> float | None:
    if cell in _EMPTY:
        return None
    try:
        value = float(cell)
    except ValueError:
        raise KnowledgeError(f"{where}: Goldstein score {cell!r} is not a number") from None
    if not -10.0 <= value <= 10.0:
        raise KnowledgeError(f"{where}: Goldstein score {value} is outside -10 .. 10")
    return value
