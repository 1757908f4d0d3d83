"""User actor dictionaries: YAML, CSV, or PETRARCH/TABARI ``.actors`` files.

YAML: a list of entries ``{name, aliases, code, kind, from, to}`` or, for someone whose code changes,
``{name, aliases, kind, offices: [{code, title, from, to}, ...]}``.

CSV: columns ``name, aliases, code, from, to`` (``kind`` optional); ``aliases`` separated by ``|``; several rows
with the same name are several offices of one actor.

PETRARCH ``.actors``: a name line (words joined by ``_`` or spaces) with an optional ``[CODE]``, ``+SYNONYM``
lines, and indented dated codes ``[CODE >YYYYMMDD]``, ``[CODE <YYMMDD]``, ``[CODE 20080120-20121109]``.
User entries override shipped entries with the same name or alias.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from ..errors import KnowledgeError
from ..yamlfile import parse_yaml
from .knowledge import CODE, ActorKB, Entity, Office, _date, _slug


@dataclass(frozen=True)
class _Entry:
    name: str
    aliases: tuple[str, ...]
    code: str | None
    offices: tuple[Office, ...]
    kind: str


def load_user_dictionary(kb: ActorKB, path: Path) -> int:
    """Add the entries of ``path`` to ``kb`` (overriding shipped ones); returns how many were added."""
    if not path.is_file():
        raise KnowledgeError(f"{path}: actor dictionary not found")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        entries = _read_yaml(path)
    elif suffix in (".csv", ".tsv"):
        entries = _read_csv(path, "\t" if suffix == ".tsv" else ",")
    elif suffix in (".actors", ".txt"):
        entries = _read_petrarch(path)
    else:
        raise KnowledgeError(f"{path}: unknown dictionary format; use .yaml, .csv, .tsv or PETRARCH .actors")
    for entry in entries:
        entity = Entity(key=f"user:{_slug(entry.name)}", name=entry.name, kind=entry.kind,
                        code=entry.code or (entry.offices[-1].code if entry.offices else None),
                        offices=entry.offices, country=(entry.code or "")[:3] or None, source=str(path),
                        default_applies=entry.code is not None)
        kb.add(entity, [entry.name, *entry.aliases], override=True)
    return len(entries)


def _code(value: Any, where: str) -> str:
    code = str(value or "").strip().upper()
    if not CODE.match(code):
        raise KnowledgeError(f"{where}: {value!r} is not an actor code (ROOT + SECTOR, e.g. SYRGOV)")
    return code


def _read_yaml(path: Path) -> list[_Entry]:
    try:
        items = parse_yaml(path.read_text(encoding="utf-8")) or []
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise KnowledgeError(f"{path}: not valid YAML: {e}") from None
    if not isinstance(items, list):
        raise KnowledgeError(f"{path}: expected a list of entries")
    out = []
    for i, item in enumerate(items, 1):
        where = f"{path}: entry {i}"
        if not isinstance(item, dict) or not item.get("name"):
            raise KnowledgeError(f"{where}: needs a name")
        offices = tuple(Office(code=_code(o.get("code"), where), title=str(o.get("title") or o.get("code")),
                               start=_date(o.get("from"), where), end=_date(o.get("to"), where))
                        for o in item.get("offices") or [])
        code = _code(item["code"], where) if item.get("code") else None
        if item.get("from") or item.get("to"):
            if code is None:
                raise KnowledgeError(f"{where}: from/to need a code")
            offices = (*offices, Office(code, code, _date(item.get("from"), where), _date(item.get("to"), where)))
            code = None
        if code is None and not offices:
            raise KnowledgeError(f"{where}: needs a code or offices")
        aliases = item.get("aliases") or []
        out.append(_Entry(str(item["name"]), tuple(str(a) for a in aliases), code, offices,
                          str(item.get("kind") or "organisation")))
    return out


def _read_csv(path: Path, delimiter: str) -> list[_Entry]:
    grouped: dict[str, list[tuple[dict[str, str], int]]] = {}
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter=delimiter)
            if not reader.fieldnames or not {"name", "code"} <= set(reader.fieldnames):
                raise KnowledgeError(f"{path}: needs at least the columns name and code")
            for n, row in enumerate(reader, start=2):
                if (row.get("name") or "").strip():
                    grouped.setdefault(row["name"].strip(), []).append((row, n))
    except UnicodeDecodeError as e:
        raise KnowledgeError(f"{path}: not UTF-8 text: {e}") from None
    out = []
    for name, rows in grouped.items():
        aliases: list[str] = []
        offices, code, kind = [], None, "organisation"
        for row, n in rows:
            where = f"{path}:{n}"
            aliases += [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            kind = (row.get("kind") or kind).strip() or kind
            row_code = _code(row.get("code"), where)
            start, end = _date(row.get("from"), where), _date(row.get("to"), where)
            if start or end:
                offices.append(Office(row_code, row_code, start, end))
            else:
                code = row_code
        out.append(_Entry(name, tuple(dict.fromkeys(aliases)), code, tuple(offices), kind))
    return out


_DATED = re.compile(r"^\[\s*(?P<code>[^\s\]]+)\s*(?P<when>[^\]]*)\]")


def _petrarch_date(text: str, where: str) -> date:
    text = text.strip()
    try:
        if len(text) == 6:  # YYMMDD, as old TABARI dictionaries wrote them
            year = int(text[:2])
            return date(2000 + year if year < 30 else 1900 + year, int(text[2:4]), int(text[4:]))
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        pass
    raise KnowledgeError(f"{where}: {text!r} is not a YYMMDD or YYYYMMDD date")


def _petrarch_office(code: str, when: str, where: str) -> Office | str:
    """An office for a dated restriction, or the bare code for an undated one."""
    when = when.split("#")[0].strip()
    if not when:
        return code
    if when.startswith("<"):
        return Office(code, code, None, _petrarch_date(when[1:], where) - timedelta(days=1))
    if when.startswith(">"):
        return Office(code, code, _petrarch_date(when[1:], where), None)
    start, _, end = when.partition("-")
    if not end:
        raise KnowledgeError(f"{where}: cannot read the date restriction {when!r}")
    return Office(code, code, _petrarch_date(start, where), _petrarch_date(end, where))


def _read_petrarch(path: Path) -> list[_Entry]:
    try:
        lines = path.read_text(encoding="utf-8", errors="strict").splitlines()
    except UnicodeDecodeError:
        lines = path.read_text(encoding="latin-1").splitlines()
    out: list[_Entry] = []
    current: dict[str, Any] | None = None
    in_comment = False

    def close() -> None:
        if current and (current["code"] or current["offices"]):
            out.append(_Entry(current["name"], tuple(current["aliases"]), current["code"],
                              tuple(current["offices"]), "organisation"))

    for n, raw in enumerate(lines, 1):
        where = f"{path}:{n}"
        line = raw.rstrip()
        if in_comment:
            in_comment = "-->" not in line
            continue
        if line.lstrip().startswith("<!") or line.lstrip().startswith("<! "):
            in_comment = "-->" not in line
            continue
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if raw[:1] in (" ", "\t") and body.strip().startswith("["):
            if current is None:
                raise KnowledgeError(f"{where}: a dated code with no name before it")
            m = _DATED.match(body.strip())
            if not m:
                raise KnowledgeError(f"{where}: cannot read {body.strip()!r}")
            code = m.group("code").upper()
            if not CODE.match(code):
                continue  # discard markers (---) and codes outside the scheme are skipped
            office = _petrarch_office(code, m.group("when"), where)
            if isinstance(office, str):
                current["code"] = office
            else:
                current["offices"].append(office)
            continue
        if body.startswith("+"):
            if current is not None:
                current["aliases"].append(_petrarch_name(body[1:]))
            continue
        close()
        name_part, _, rest = body.partition("[")
        code = None
        if rest:
            m = _DATED.match("[" + rest)
            if m and CODE.match(m.group("code").upper()):
                code = m.group("code").upper()
        current = {"name": _petrarch_name(name_part), "aliases": [], "code": code, "offices": []}
    close()
    return out


def _petrarch_name(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).strip().title() if text.isupper() else " ".join(
        text.replace("_", " ").split())
