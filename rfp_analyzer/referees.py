"""Referees: the people a buyer can call about a vendor's work, as a proposal names them (a courtesy title, a role
after the name, a telephone number or an e-mail address: `references.contact` of criteria/requirements.yaml), in a
passage about references or in the rows of contacts under one (`references.about`).

Read here for both judges of references: the compliance judge's answer to an RFP's references requirement, and the
rules judge's references criterion. Each counts the referees the proposal names against the number the RFP asks
for ("at least two (2) references": `references.count`), and fewer named is a gap ("our other client is under NDA").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .numbers import number
from .patterns import first_match, first_text


def about_references(about: Sequence[re.Pattern], sentence) -> bool:
    """Whether the sentence or its heading is about references ("References", "agreed to take your call")."""
    return bool(first_text(about, sentence.main_part.text) or first_text(about, sentence.section))


def referee_rows(contact: Sequence[re.Pattern], about: Sequence[re.Pattern], sentences: list) -> list:
    """The sentences naming referees: one about references with a contact in it, and the rows of contacts that follow
    it (a table's rows under "References" do not repeat the word), across one line without a contact (a client's
    name cut from its contact: "Dentistes Unis de l'Outaouais (27 clinics)" / "Dr Marc-André Pelletier, ...")."""
    rows, running, after_contact = [], False, False
    for sentence in sentences:
        has_contact = bool(first_text(contact, sentence.main_part.text))
        about_them = about_references(about, sentence)
        if has_contact and (running or about_them):
            rows.append(sentence)
        running = (running and (has_contact or after_contact)) or about_them
        after_contact = has_contact
    return rows


def referees_in(contact: Sequence[re.Pattern], passage: str) -> int:
    """How many referees a passage names: the most of any one kind of contact it holds (three telephone numbers, or
    two courtesy titles), so that one referee's name, title and number count once, and a table row of two counts
    two."""
    return max(len({m.group(0) for m in pattern.finditer(passage)}) for pattern in contact)


def referees_asked(count: list[re.Pattern], requirement: str) -> float | None:
    """How many referees a references requirement asks for, if it says."""
    asked = first_match(count, requirement)
    return number(asked.group("n")) if asked else None


@dataclass(frozen=True)
class RefereesAsked:
    """The number of referees the buyer's RFP asks for, and the wording that finds referees in a proposal."""

    asked: float
    contact: tuple[re.Pattern, ...]
    about: tuple[re.Pattern, ...]

    def named(self, sentences: list) -> tuple[int, list]:
        """How many referees the sentences name, and the sentences naming them."""
        rows = referee_rows(self.contact, self.about, sentences)
        return sum(referees_in(self.contact, s.main_part.text) for s in rows), rows

    def fingerprint(self) -> list:
        return [self.asked, [p.pattern for p in self.contact], [p.pattern for p in self.about]]
