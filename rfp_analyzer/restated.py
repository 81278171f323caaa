"""The buyer's own words, to tell a vendor's commitment from its copy of the RFP.

Proposals answer RFPs, and many quote them: an answer laid out under each requirement ("R-05 (M) Capacity to scale
to 200,000 documents per week ..." / "Response: Noted."), a compliance matrix, an appendix that repeats the
buyer's instructions. A quoted requirement is the buyer's sentence, not the vendor's commitment: read as the
vendor's, it meets every criterion it names and imposes every charge the RFP asks to be stated.

A proposal's sentence restates the RFP when every one of its words lies within a run of SHINGLE words that the
RFP's text also has, in the same order; a sentence that adds a word of its own ("... written request. Comply")
says something, and is kept. Words are compared in canonical form (text.canonical): case, typographic quotes and
dashes do not count, and neither does punctuation, so a line broken differently or a quote mark added is still a
copy. A short sentence (fewer than MIN_WORDS) is never a restatement: "7:00 a.m. to 9:00 p.m." may be the hours
the RFP asks for and the vendor's answer too, and a row of the vendor's own service-level table that repeats the
RFP's target ("Email answered within 1 Business Day 95% Monthly") accepts it. A quoted clause is longer.
"""

from __future__ import annotations

import hashlib
import re

from .models import Sentence
from .text import canonical

SHINGLE = 5
MIN_WORDS = 12  # words between spaces: "7:00 a.m. to 9:00 p.m." is five
_WORD = re.compile(r"\w+")


class RfpWording:
    """The runs of SHINGLE words of one RFP's text ("" without an RFP: nothing is a restatement)."""

    def __init__(self, text: str) -> None:
        words = _words(text)
        self._runs = frozenset(_runs(words))
        self.digest = hashlib.sha256(" ".join(words).encode()).hexdigest()[:16] if words else ""

    def own_sentences(self, sentences: list[Sentence]) -> list[Sentence]:
        """A proposal's sentences less those that copy the RFP: what the vendor itself says."""
        return [s for s in sentences if not self.restates(s.text)]

    def restates(self, sentence: str) -> bool:
        words = _words(sentence)
        if len(sentence.split()) < MIN_WORDS or not self._runs:
            return False
        covered = [False] * len(words)
        for start in range(len(words) - SHINGLE + 1):
            if " ".join(words[start:start + SHINGLE]) in self._runs:
                covered[start:start + SHINGLE] = [True] * SHINGLE
        return all(covered)


def _words(text: str) -> list[str]:
    return _WORD.findall(canonical(text))


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
