"""How close in meaning a passage of a proposal is to a requirement of the buyer's RFP (judge/compliance.py).

Keywords tell a passage about a requirement when the vendor writes the RFP's words; vendors paraphrase ("the
recovery time objective is four hours" for "business continuity shall restore the helpdesk within eight hours",
"the aggregate Service Credits shall not exceed 5%" for "at least 10% of the charges at risk"). The packaged
MiniLM (the index's embedder, as in semantic.py) reads the meaning: a passage's similarity to a requirement is the
cosine of their vectors, the passage read clause by clause (a semicolon parts statements about different things),
and the requirement without its reference ("R-04 (MANDATORY)", "SLA-MI:"), which says nothing of what it asks.

Two thresholds, set on the payroll, pharma and roadside sets (never on held-out sets): a passage at or above
SPEAKS_TO speaks to the requirement whatever its words; a limit or a refusal in a passage below OFF_TOPIC is about
something else, whatever words it shares with the requirement ("a big manufacturing client we did not have" is no
refusal of helpdesk hours in Mexico). Closeness in meaning alone never says a requirement is addressed: a nearby
topic ("termination compensation" for exit assistance) is as close as a paraphrase, so silence is still read from
the words and the judge's verdict.

A duration or share a passage states is held against the one a requirement bounds only when the passage is close
(STATES_BOUND) to the clause of the requirement that holds the bound: "archived for 12 months" against "archived
for 36 months" (0.89), "capped at seven percent" against "at least ten percent at risk" (0.76), "a credit of 1% ...
up to a ceiling of 5%" against "not less than 10% at risk" (0.56); not "resolve discrepancies within five business
days" against "call the reporter back within 30 minutes" (0.23) or "entered ... and transmitted within 24 hours"
(0.42), another measure on the same topic. Set on the payroll, pharma, roadside and hotels sets; an indexation
"capped at six percent" against "capped at three percent" (0.40) is missed, a reconciliation "within five business
days" against "transmitted within 24 hours" (0.65) still read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from ..patterns import clauses

SPEAKS_TO = 0.60  # a passage this close to a requirement speaks to it, in whatever words (MiniLM cosine)
OFF_TOPIC = 0.35  # a limit or refusal in a passage less close than this is about something else
STATES_BOUND = 0.50  # a duration in a passage this close to the requirement's bounded clause is held against it

# A requirement's reference opening its text: "R-04 (MANDATORY)", "M4", "3.2.1", "SLA-MI:"; an id of letters and a
# hyphen ("SLA-MI") only with the colon or mark after it, so "PCI-DSS compliance ..." keeps its name.
_REFERENCE = re.compile(r"^\s*(?:[A-Z]{1,4}-?\d{1,3}(?:\.\d{1,3})*[a-z]?\b|\d{1,2}(?:\.\d{1,2})+\b"
                        r"|[A-Z]{2,6}-[A-Z0-9]{1,8}(?=\s*(?:\(|:)))\s*(?:\((?:[A-Z]{1,12}|[A-Z][a-z]+)\))?\s*[:|\u2013\u2014-]?\s*")


def clause_naming(requirement: str, name: str) -> str:
    """The clause of the requirement that names `name` (its first word): "Mexican employee data shall be processed
    under the LFPDPPP" of a requirement that also asks for hosting in the EEA; the whole requirement when no clause
    names it."""
    word = re.escape(name.split()[0]) if name.split() else ""
    parts = re.split(r";\s+|(?<=[a-z)])\.\s+(?=[A-Z])|,\s+(?:and|with|including|under)\s+", asked(requirement))
    return next((p for p in parts if word and re.search(rf"\b{word}", p, re.IGNORECASE)), asked(requirement))


def asked(text: str) -> str:
    """The requirement's text without the reference that opens it ("R-04 (MANDATORY) The provider shall ...":
    "The provider shall ..."); the text itself when nothing is left."""
    return _REFERENCE.sub("", text, count=1).strip() or text


class RequirementMeaning:
    """Similarity of passages to requirements, each text embedded once."""

    def __init__(self, embed: Callable[[list[str]], np.ndarray]) -> None:
        self.embed = embed
        self._memo: dict[str, np.ndarray] = {}

    def _vectors(self, texts: list[str]) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if todo:
            self._memo.update(zip(todo, self.embed(todo)))
        return np.stack([self._memo[t] for t in texts])

    def similarity(self, requirement: str, passage: str) -> float:
        """The passage's closest clause to the requirement (its own text, without its reference)."""
        return self.closest(requirement, [passage])

    def closest(self, requirement: str, passages: list[str]) -> float:
        """The closest clause of any of the passages to the requirement; -1 when there is none."""
        texts = list(dict.fromkeys(t for p in passages for t in [p, *clauses(p)] if t.strip()))
        if not texts:
            return -1.0
        vectors = self._vectors([asked(requirement)] + texts)
        return float(np.max(vectors[1:] @ vectors[0]))

    def speaks_to(self, requirement: str, passage: str) -> bool:
        return self.similarity(requirement, passage) >= SPEAKS_TO

    def off_topic(self, requirement: str, passage: str) -> bool:
        return self.similarity(requirement, passage) < OFF_TOPIC
