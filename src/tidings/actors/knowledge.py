"""Actor knowledge: countries, organisations, people with dated offices, and role nouns, loaded from data files.

Files in ``tidings/data/actors/`` (see each file's header), extended or overridden by a user dictionary
(``actors.user_file`` or ``--actors FILE``; see :mod:`tidings.actors.dictionaries`).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from rapidfuzz.distance import Levenshtein

from ..config import Config
from ..countries import Country, load_countries
from ..errors import KnowledgeError
from ..yamlfile import parse_yaml

V = TypeVar("V")

SECTORS = frozenset("GOV MIL REB OPP COP PTY LEG JUD MED CVL REF EDU BUS NGO".split())
CODE = re.compile(r"^[A-Z]{3}([A-Z]{3}){0,2}$")


@dataclass(frozen=True)
class Office:
    code: str
    title: str
    start: date | None
    end: date | None

    def holds_on(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class Entity:
    """A canonical actor: a person, an organisation or a country."""

    key: str
    name: str
    kind: str  # person, organisation, country
    code: str | None  # the code when no office applies; a country's is its ISO3 root
    offices: tuple[Office, ...] = ()
    gender: str | None = None
    country: str | None = None
    subkind: str | None = None  # organisations: igo, armed-group, media, think-tank ...
    source: str = "shipped"  # or the user file it came from
    default_applies: bool = False  # ``code`` holds whenever no office does (dictionaries with dated exceptions)

    def code_on(self, when: date | None) -> tuple[str | None, str | None]:
        """The code this actor had on ``when``, and the office that gives it."""
        if not self.offices:
            return self.code, None
        if when is not None:
            held = [o for o in self.offices if o.holds_on(when)]
            if held:
                office = max(held, key=lambda o: o.start or date.min)
                return office.code, _describe(office)
            if self.default_applies:
                return self.code, None
            before = [o for o in self.offices if o.end is not None and o.end < when]
            if before:
                office = max(before, key=lambda o: o.end or date.min)
                return office.code, "formerly " + _describe(office)
            office = min(self.offices, key=lambda o: o.start or date.min)
            return office.code, "later " + _describe(office)
        office = self.offices[-1]
        return office.code, _describe(office) + " (no article date: latest office)"

    def active_on(self, when: date | None) -> bool:
        return when is None or not self.offices or any(o.holds_on(when) for o in self.offices)


def _describe(office: Office) -> str:
    span = f"{office.start.isoformat() if office.start else '…'} – {office.end.isoformat() if office.end else ''}"
    return f"{office.title} ({span.strip()})"


@dataclass(frozen=True)
class Role:
    phrase: tuple[str, ...]  # lemmas, lower case
    sector: str | None  # None: the modifier or context decides
    person: bool


@dataclass
class ActorKB:
    """Every name the resolver can look up. Built once per process."""

    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: dict[str, list[tuple[Entity, str]]] = field(default_factory=dict)  # lower alias -> (entity, how)
    forms: dict[str, set[str]] = field(default_factory=dict)  # lower alias -> the spellings as written
    adjectives: dict[str, str] = field(default_factory=dict)  # lower demonym/adjective -> ISO3
    countries: dict[str, Country] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)  # single lemma -> role
    multi_roles: dict[str, list[Role]] = field(default_factory=dict)  # last lemma -> roles, longest first
    communities: set[str] = field(default_factory=set)  # lower ethnic/religious words: "kurdish", "kurds"
    names_then: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)  # "congo" -> [(COG, 1960, 1997)]
    _matchers: dict[int, Any] = field(default_factory=dict, repr=False)
    _full_names: dict[str, list[tuple[str, Entity]]] | None = field(default=None, repr=False)
    _country_words: dict[str, list[tuple[str, str]]] | None = field(default=None, repr=False)

    def add(self, entity: Entity, names: Iterable[str], how: str = "alias", override: bool = False) -> None:
        self.entities[entity.key] = entity
        for name in names:
            key = _norm(name)
            if not key:
                continue
            form = " ".join(name.replace("’", "'").split())
            self.forms.setdefault(key, set()).add(form[4:] if form.lower().startswith("the ") else form)
            entries = self.aliases.setdefault(key, [])
            if override:
                entries[:] = [e for e in entries if e[0].source != "shipped"]
                entries.insert(0, (entity, how))
            elif all(e[0].key != entity.key for e in entries):
                entries.append((entity, how))

    def spelled_like(self, name: str) -> Entity | None:
        """The one known person whose full name is written a letter apart from ``name`` ("Francois Mitterand",
        "Abdelaziz Bouteflicka"): news spells foreign names loosely. Names under eight letters are left alone."""
        key = _norm(name)
        if len(key) < 8 or " " not in key:
            return None
        if self._full_names is None:
            self._full_names = _by_initial((alias, entity) for alias, entries in self.aliases.items()
                                           for entity, _ in entries
                                           if entity.kind == "person" and " " in alias and len(alias) >= 8)
        found = {e.key: e for e in _a_letter_apart(key, self._full_names)}
        return next(iter(found.values())) if len(found) == 1 else None

    def country_then(self, name: str, when: date | None) -> str | None:
        """The country a name meant in the year of ``when``, when that differs from what it means now."""
        if when is None:
            return None
        return next((iso3 for iso3, first, last in self.names_then.get(_norm(name), ())
                     if first <= when.year <= last), None)

    def country_spelled_like(self, word: str) -> str | None:
        """The one country whose one-word name is written a letter apart from ``word`` ("Afganistan", "Ethopia"), for
        words of six letters or more."""
        key = _norm(word)
        if len(key) < 6 or " " in key or key in self.aliases:
            return None
        if self._country_words is None:
            self._country_words = _by_initial((alias, entity.code) for alias, entries in self.aliases.items()
                                              for entity, how in entries if entity.kind == "country"
                                              and how == "country" and " " not in alias and len(alias) >= 5)
        found = set(_a_letter_apart(key, self._country_words))
        return found.pop() if len(found) == 1 else None

    def lookup(self, text: str) -> list[tuple[Entity, str]]:
        return self.aliases.get(_norm(text), [])

    @staticmethod
    def key(text: str) -> str:
        return _norm(text)

    def country(self, iso3: str | None) -> Country | None:
        return self.countries.get(iso3) if iso3 else None

    def role(self, lemmas: tuple[str, ...]) -> tuple[Role, int] | None:
        """The longest role phrase ending at the last of ``lemmas``, and how many lemmas it covers."""
        if not lemmas:
            return None
        for role in self.multi_roles.get(lemmas[-1], ()):
            n = len(role.phrase)
            if n <= len(lemmas) and lemmas[-n:] == role.phrase:
                return role, n
        single = self.roles.get(lemmas[-1])
        return (single, 1) if single else None


def _norm(text: str) -> str:
    text = text.strip().replace("’", "'").replace("‘", "'")
    if text.lower().startswith("the "):
        text = text[4:]
    return " ".join(text.split()).lower()


def _data(name: str) -> Any:
    return resources.files("tidings").joinpath(f"data/actors/{name}")


def _date(value: Any, where: str) -> date | None:
    if value in (None, "", "null"):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise KnowledgeError(f"{where}: {value!r} is not a YYYY-MM-DD date") from None


def _check_code(code: Any, where: str) -> str:
    if not isinstance(code, str) or not CODE.match(code):
        raise KnowledgeError(f"{where}: {code!r} is not an actor code (ROOT + SECTOR, e.g. SYRGOV)")
    return code


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def load_countries_into(kb: ActorKB) -> None:
    for c in load_countries():
        kb.countries[c.iso3] = c
        entity = Entity(key=f"country:{c.iso3}", name=c.name, kind="country", code=c.iso3, country=c.iso3)
        kb.add(entity, c.names, how="country")
        if c.capital:
            kb.add(entity, [c.capital], how="capital")
        for seat, sector in c.seats:
            seat_entity = Entity(
                key=f"seat:{c.iso3}:{_slug(seat)}",
                name=seat.removeprefix("the "),
                kind="organisation",
                code=c.iso3 + sector,
                country=c.iso3,
                subkind="seat",
            )
            kb.add(seat_entity, [seat], how="seat")
        for adj in c.adjectives:
            kb.adjectives.setdefault(_norm(adj), c.iso3)


def _by_initial(pairs: Iterable[tuple[str, V]]) -> dict[str, list[tuple[str, V]]]:
    """Names with what they name, grouped by first letter, for looking up names spelled a letter apart."""
    out: dict[str, list[tuple[str, V]]] = {}
    for name, value in pairs:
        out.setdefault(name[0], []).append((name, value))
    return out


def _a_letter_apart(key: str, index: dict[str, list[tuple[str, V]]]) -> list[V]:
    """What the names of ``index`` one edit from ``key`` (and with its first letter) name."""
    return [value for name, value in index.get(key[0], ())
            if abs(len(name) - len(key)) <= 1 and Levenshtein.distance(name, key, score_cutoff=1) <= 1]


def _tsv_rows(path: Any) -> list[dict[str, str]]:
    """The rows of a tab-separated knowledge file, its '#' comment lines left out."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def load_former_states_into(kb: ActorKB, path: Any) -> None:
    """Names and adjectives of states that no longer exist, as names of the state that holds their place now."""
    for row in _tsv_rows(path):
        iso3 = row["iso3"]
        if iso3 not in kb.countries:
            raise KnowledgeError(f"{path}: '{row['name']}' names an unknown country {iso3!r}")
        if (row.get("only then") or "").strip() == "yes":  # "Congo" before 1997: Brazzaville's
            first, _, last = (row.get("years") or "").partition("-")
            if not (first.isdigit() and last.isdigit()):
                raise KnowledgeError(f"{path}: '{row['name']}' needs its years as first-last")
            kb.names_then.setdefault(_norm(row["name"]), []).append((iso3, int(first), int(last)))
            continue
        kb.add(kb.entities[f"country:{iso3}"], [row["name"], *_split(row.get("aliases"))], how="country")
        for adj in _split(row.get("adjectives")):
            kb.adjectives.setdefault(_norm(adj), iso3)


def _split(cell: str | None) -> list[str]:
    return [w.strip() for w in (cell or "").split("|") if w.strip()]


def _entries(path: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """The entries of a YAML list of named actors, each with where it is ("file: entry N")."""
    try:
        items = parse_yaml(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as e:
        raise KnowledgeError(f"{path}: not valid YAML: {e}") from None
    for i, item in enumerate(items, 1):
        where = f"{path}: entry {i}"
        if not isinstance(item, dict) or not item.get("name"):
            raise KnowledgeError(f"{where}: needs at least a name")
        yield where, item


def load_organisations_into(kb: ActorKB, path: Any, source: str = "shipped", override: bool = False) -> None:
    for where, item in _entries(path):
        code = _check_code(item.get("code"), f"{where} ({item['name']})")
        entity = Entity(
            key=f"org:{_slug(item['name'])}",
            name=item["name"],
            kind="organisation",
            code=code,
            country=item.get("country") or (code[:3] if code[:3] in kb.countries else None),
            subkind=item.get("kind"),
            source=source,
        )
        kb.add(entity, [item["name"], *(item.get("aliases") or [])], override=override)


def load_people_into(kb: ActorKB, path: Any, source: str = "shipped", override: bool = False) -> None:
    for where, item in _entries(path):
        offices = []
        for office in item.get("offices") or []:
            code = _check_code(office.get("code"), f"{where} ({item['name']})")
            offices.append(
                Office(
                    code=code,
                    title=str(office.get("title") or code),
                    start=_date(office.get("from"), where),
                    end=_date(office.get("to"), where),
                )
            )
        default = item.get("code") or (offices[-1].code if offices else None)
        entity = Entity(
            key=f"person:{_slug(item['name'])}",
            name=item["name"],
            kind="person",
            code=_check_code(default, where) if default else None,
            offices=tuple(offices),
            gender=item.get("gender"),
            country=(default or "")[:3] or None,
            source=source,
        )
        kb.add(entity, [item["name"], *(item.get("aliases") or [])], override=override)


def load_roles_into(kb: ActorKB, path: Any) -> None:
    for n, row in enumerate(_tsv_rows(path), start=2):
        phrase = tuple((row.get("phrase") or "").lower().split())
        sector = (row.get("sector") or "").strip()
        if not phrase or (sector != "-" and sector not in SECTORS):
            raise KnowledgeError(f"{path}:{n}: bad role row {row}")
        role = Role(
            phrase=phrase,
            sector=None if sector == "-" else sector,
            person=(row.get("person") or "").strip().lower() == "yes",
        )
        if len(phrase) == 1:
            kb.roles.setdefault(phrase[0], role)
        else:
            kb.multi_roles.setdefault(phrase[-1], []).append(role)
    for roles in kb.multi_roles.values():
        roles.sort(key=lambda r: -len(r.phrase))


def load_communities_into(kb: ActorKB, path: Any) -> None:
    for n, row in enumerate(_tsv_rows(path), start=2):
        word = (row.get("adjective") or "").strip()
        if not word:
            raise KnowledgeError(f"{path}:{n}: a community needs its adjective")
        kb.communities.add(word.lower())
        kb.communities.update(w.lower() for w in _split(row.get("nouns")))


def load_knowledge(config: Config, user_file: str | Path | None = None) -> ActorKB:
    """The shipped actor knowledge, plus the user's dictionary (``actors.user_file``) when one is set."""
    kb = ActorKB()
    load_countries_into(kb)
    load_former_states_into(kb, _data("former-states.tsv"))  # the Soviet Union, Zaire ...: as actors only
    load_organisations_into(kb, _data("organisations.yaml"))
    load_organisations_into(kb, _data("organisations-1975-2010.yaml"))  # the groups of those years' conflicts
    load_people_into(kb, _data("people.yaml"))
    load_people_into(kb, _data("people-1975-2010.yaml"))  # leaders of the years most archives of news cover
    load_roles_into(kb, _data("roles.tsv"))
    load_communities_into(kb, _data("communities.tsv"))
    extra = user_file or config.actors.user_file
    if extra:
        from .dictionaries import load_user_dictionary

        load_user_dictionary(kb, Path(extra))
    return kb
