"""Where a requirement keeps data or a person, and whether a proposal's clause puts them elsewhere.

RFPs keep personal data to a jurisdiction ("stored, processed and accessed only in Canada", "within the EEA or the
United Kingdom") and a named manager to a country ("a service manager based in the Netherlands"). Vendors answer in
their own words, often by naming a city: "data storage will be in our Chennai data centre", "Service Manager
(Leeds)", "Account exec US-based", "email contacts ... may be processed from the Supplier's Manila Delivery Centre".
Such a clause refuses the requirement (non_compliant) when it puts what the requirement places (data, by the words
of `placement.data`; a person, by the role and its qualifying word: "account director", not "operations director")
at a place (`located_before` / `located_after`) in a country the requirement does not allow.

It puts nothing elsewhere when it also names a place asked ("hosted in Canada, with a disaster-recovery copy in
Toronto"), a country the requirement itself names ("Mexican employee data ... in Guadalajara" of a requirement
holding EU employees' data to the EEA and Mexican data to Mexican law), or says where something is not ("no data
leaves Canada"). A requirement allowing other places ("or a country with an EU adequacy decision", "offshore access
only with written approval") is not held to its places. Countries, regions and cities are data
(criteria/places.yaml), and so are the words (criteria/requirements.yaml `placement`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import first_text
from ..places import Place, Places
from ..rfp.ledger import Placement
from .requirement_meaning import asked

# Words before a role that say nothing of which role it is: "a named, bilingual account executive".
_NOT_QUALIFYING = {"a", "an", "the", "one", "named", "dedicated", "single", "bilingual", "senior", "experienced",
                   "full-time", "and", "or", "of", "supplier's", "provider's", "vendor's", "its", "their", "our"}


@dataclass(frozen=True)
class Placing:
    """What a requirement keeps where: the countries it allows, the place names it asked in, the countries it names
    in any form, and what it places (data, or a person by role and qualifying words)."""

    allowed: frozenset[str]
    where: str  # the places asked, as the requirement names them: "Canada", "the EEA or the United Kingdom"
    named: frozenset[str]  # countries the requirement names anywhere ("Mexican employee data")
    data: bool
    roles: tuple[tuple[str, frozenset[str]], ...]  # (role word, its qualifying words): ("director", {"account"})


class PlacementReader:
    """Reads a requirement's placing and a proposal's clauses against it."""

    def __init__(self, places: Places, vocab: Placement) -> None:
        self.places = places
        self.vocab = vocab

    def placing(self, requirement: str) -> Placing | None:
        """What the requirement keeps where, or None when it keeps nothing to a place (or allows others too)."""
        text = asked(requirement)
        if first_text(self.vocab.patterns("open"), text):
            return None
        found = self._places(text)
        asked_places, previous = [], None
        for place in found:
            before = text[:place.start]
            led = first_text(self.vocab.patterns("lead"), before[-40:])
            joined = previous is not None and first_text(self.vocab.patterns("joined"), before[previous:])
            if led or joined:
                asked_places.append(place)
                previous = place.start + len(place.name)
            else:
                previous = None
        if not asked_places:
            return None
        start, end = _clause_around(text, asked_places[0].start)
        # The person placed is named before the place ("a service manager based in the Netherlands"), not after it
        # ("... and a quarterly meeting attended by a director").
        roles = self._roles(text[start:asked_places[0].start])
        data = not roles and bool(first_text(self.vocab.patterns("data"), text[start:end]))
        if not roles and not data:
            return None
        allowed = frozenset().union(*(p.countries for p in asked_places))
        named = frozenset().union(*(p.countries for p in found)) | frozenset(
            country for country in self.places.countries if _names_country(text, country))
        where = text[asked_places[0].start:asked_places[-1].start + len(asked_places[-1].name)]
        return Placing(allowed, where, named | allowed, data, roles)

    def puts_elsewhere(self, placing: Placing, clause: str) -> bool:
        """Whether the clause puts what the requirement places at a place outside the countries it allows."""
        if first_text(self.vocab.patterns("negation"), clause):
            return False
        found = self._places(clause)
        if not found or any(p.countries & placing.named for p in found):
            return False
        return any(self._located(clause, p) for p in found) and self._places_it(placing, clause)

    def keeps_inside(self, placing: Placing, clause: str) -> bool:
        """Whether the clause says what the requirement places is inside the places it allows: "data centre
        Frankfurt only", "No access from outside EEA" (a negation naming the place asked), "Our account director is
        based in Montreal"."""
        found = self._places(clause)
        inside = [p for p in found if p.countries and p.countries <= placing.allowed]
        return bool(inside) and len(inside) == len(found) and self._places_it(placing, clause) and (
            any(self._located(clause, p) for p in inside) or bool(first_text(self.vocab.patterns("negation"), clause)))

    def _places_it(self, placing: Placing, clause: str) -> bool:
        """Whether the clause is about what the requirement places: data, or the person in its role."""
        if placing.data:
            return bool(first_text(self.vocab.patterns("data_passage"), clause))
        return any(_names_role(clause, role, qualifiers) for role, qualifiers in placing.roles)

    def _places(self, text: str) -> list[Place]:
        """The places the text names, without names that stand for no place there ("US dollars")."""
        return [p for p in self.places.in_text(text) if not self._no_place(text, p)]

    def _no_place(self, text: str, place: Place) -> bool:
        """A name that names no place where it stands: "US dollars", "US Eastern Time"."""
        return bool(first_text(self.vocab.patterns("not_a_place"), text[place.start + len(place.name):][:20]))

    def _located(self, text: str, place: Place) -> bool:
        """Whether the text puts something at the place: "in our Chennai data centre", "(Leeds)", "US-based"."""
        before, after = text[:place.start][-40:], text[place.start + len(place.name):][:30]
        return bool(first_text(self.vocab.patterns("located_before"), before)
                    or first_text(self.vocab.patterns("located_after"), after))

    def _roles(self, clause: str) -> tuple[tuple[str, frozenset[str]], ...]:
        """The roles a clause names, each with the words before it that say which role it is ("account" of
        "account director"), both cut to four letters so "exec" is "executive"."""
        roles = []
        for pattern in self.vocab.patterns("roles"):
            for match in pattern.finditer(clause):
                words = re.findall(r"[\w'\u2019-]+", clause[:match.start()])[-2:]
                qualifiers = frozenset(w.lower()[:4] for w in words if w.lower() not in _NOT_QUALIFYING)
                roles.append((match.group(0).lower()[:4], qualifiers))
        return tuple(roles)


def _clause_around(text: str, at: int) -> tuple[int, int]:
    """Where the clause (between semicolons or sentence ends) holding position `at` starts and ends."""
    start = max(text.rfind(";", 0, at), text.rfind(". ", 0, at)) + 1
    ends = [i for i in (text.find(";", at), text.find(". ", at)) if i >= 0]
    return start, min(ends) if ends else len(text)


def _names_country(text: str, country: str) -> bool:
    """Whether the text names the country by a word formed from its name ("Mexican" of "Mexico", "Canadian" of
    "Canada"): the name without its last letter, when five letters are left."""
    stem = country[:-1] if len(country) >= 6 else country
    return re.search(rf"(?<![\w-]){re.escape(stem)}", text) is not None


def _names_role(clause: str, role: str, qualifiers: frozenset[str]) -> bool:
    """Whether the clause names the role ("Director", "Account exec") with one of its qualifying words, when the
    requirement gives any ("account" of "account director"; "operations director" is another role)."""
    words = [w.lower()[:4] for w in re.findall(r"[\w'\u2019-]+", clause)]
    return role in words and (not qualifiers or bool(qualifiers & set(words)))
