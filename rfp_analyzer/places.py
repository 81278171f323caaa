"""Where a text puts things: the countries it names, by a country's own names or by places in it (criteria/places.yaml).

An RFP keeps data, staff or a named manager to a place ("stored and processed only in Canada", "an account manager
based in the Netherlands", "within the EEA or the United Kingdom"); a proposal says where they will be in its own
words, often by a city alone ("our Chennai data centre", "Service Manager (Leeds)", "Pune and Ebene"). Both are read
here as countries, a region as the countries in it, so that the compliance judge can hold one against the other.

A place is matched whole and as written (case-sensitively: "US" is a country, "us" a pronoun), the longest name
first ("Northern Ireland" before "Ireland", "New South Wales" before "Wales"). The list is data: a procurement team
adds the cities its vendors deliver from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .config import CRITERIA_DIR
from .patterns import read_yaml

DEFAULT_PLACES = CRITERIA_DIR / "places.yaml"


@dataclass(frozen=True)
class Place:
    name: str  # as the text writes it
    countries: frozenset[str]
    start: int


class Places(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = 1
    countries: dict[str, list[str]]
    regions: dict[str, list[str]] = {}

    def in_text(self, text: str) -> list[Place]:
        """Every place the text names, with the countries it stands for."""
        return [Place(m.group(0), self._countries_of[m.group(0)], m.start()) for m in self._pattern.finditer(text)]

    def countries_named(self, name: str) -> frozenset[str]:
        """The countries a place's name stands for ("EEA": thirty), none when it names no place."""
        return self._countries_of.get(name, frozenset())

    @cached_property
    def _countries_of(self) -> dict[str, frozenset[str]]:
        found = {name: frozenset([country]) for country, names in self.countries.items() for name in names}
        for region in self.regions:
            found[region] = self._expand(region, set())
        return found

    def _expand(self, region: str, seen: set[str]) -> frozenset[str]:
        """A region's countries, through the regions it is made of ("EEA": the European Union and three more)."""
        seen.add(region)
        countries: set[str] = set()
        for member in self.regions[region]:
            if member in self.regions and member not in seen:
                countries |= self._expand(member, seen)
            elif member in self.countries:
                countries.add(member)
        return frozenset(countries)

    @cached_property
    def _pattern(self) -> re.Pattern:
        names = sorted(self._countries_of, key=len, reverse=True)
        # Not inside a word or a code ("USD", "UK-GDPR" is still the UK); a hyphen after it is fine ("US-based").
        return re.compile(r"(?<![\w/-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w/])")


@lru_cache(maxsize=4)
def load_places(path: Path = DEFAULT_PLACES) -> Places:
    return Places.model_validate(read_yaml(Path(path).read_text(encoding="utf-8")))
