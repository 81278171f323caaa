"""The buyer's own words, to tell a vendor's commitment from its copy of the RFP.

Proposals answer RFPs, and many quote them: an answer laid out under each requirement ("R-05 (M) Capacity to scale
to 200,000 documents per week ..." / "Response: Noted."), a compliance matrix, an appendix that repeats the
buyer's instructions. A quoted requirement is the buyer's sentence, not the vendor's commitment: read as the
vendor's, it meets every criterion it names and imposes every charge the RFP asks to be stated.

A proposal's sentence restates the RFP when every one of its words lies within a run of SHINGLE words that the
RFP's text also has, in the same order; a sentence that adds a word of its own ("... written request. Comply")
says something, and is kept; a label before the quote that names the buyer's document ('RFP: "..."') is no word
of the vendor's. Words are compared in canonical form (text.canonical): case, typographic quotes and
dashes do not count, and neither does punctuation, so a line broken differently or a quote mark added is still a
copy. A short sentence (fewer than MIN_WORDS) is never a restatement: "7:00 a.m. to 9:00 p.m." may be the hours
the RFP asks for and the vendor's answer too, and a row of the vendor's own service-level table that repeats the
RFP's target ("Email answered within 1 Business Day 95% Monthly") accepts it. A quoted clause is longer.

A compliance matrix read row by row gives one sentence per row: the requirement's number, the buyer's words (often
shortened: "At least 10 evaluated interactions" for "at least ten (10) evaluated interactions"), the vendor's code
for its position, then its answer: "R-08 At least 10 evaluated interactions per agent per month F We evaluate 8
interactions per agent ...". The words between the number and the code are the matrix's copy of the requirement,
not the vendor's commitment, though no shingle of the RFP finds them; read as the vendor's, "10" would meet the
criterion that its answer falls short of. So for the criteria and fee judges the row keeps its number, its code and
its answer (two parts of its page, each a verbatim quote), and drops the copy (`answers_of_rows`). The compliance
judge reads the row whole: there the copy says which requirement a terse code answers ("R-11 Service credits min. 8%
Y See A.2." accepts it), and the answer after it is read against the RFP's own words. A code is a standalone
capitalised mark ("C", "F", "PC", "Y", "Compliant", "Comply") between at least MIN_COPIED words and the answer's
first word; not one that names a part of a document ("Annex C", "Grade A").

A question is the buyer's too, with or without the RFP at hand: a questionnaire filled in ("Q8.7 State your
position on term, renewal and termination." / "A: ..."), an answer set under the question it answers. A sentence
asks when it ends with a question mark, or opens with one of the RFP ledger's instruction verbs (the
`instruction` list of criteria/requirements.yaml: "Describe", "State", "Provide" ...) and either follows a
question's number ("Q4.2", "R-05 (M)") or speaks to the respondent ("your", "you"). A vendor's own bullet in the
imperative ("Provide 24/7 cover from two sites") speaks to no one, and is evidence. A question stays among the
sentences, since it leads the answer after it and gives it its topic, but it is no evidence itself. So is the buyer's
request in the vendor's words (`reported_request` of criteria/requirements.yaml: "In RFP Gabelgut expects 150% of
volume in January."), whose figure is the buyer's; one that also says what the vendor does ("The RFP ask 5
evaluations for agent; we do 4") is the vendor's answer.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from .models import Sentence, Span
from .text import canonical

SHINGLE = 5
_QUESTION_NUMBER = re.compile(r"^(?:Q(?:uestion)?\s*\d+(?:\.\d+)*|[A-Z]{1,3}-?\d+(?:\.\d+)*(?:\s*\([A-Z]\))?)[.:)]?\s+")
_TO_THE_RESPONDENT = re.compile(r"\b(?:your|you|yours)\b", re.IGNORECASE)
_VENDOR_VOICE = re.compile(r"\b(?:we|our|us|we're|we'll|we\u2019re|we\u2019ll)\b", re.IGNORECASE)
_OPENING_MARKS = "\"'\u201c\u2018([ "
MIN_WORDS = 12  # words between spaces: "7:00 a.m. to 9:00 p.m." is five
# A label that says the buyer's words follow, quoted: 'RFP: "Service in English and Spanish ..."', 'Requirement R-04
# "..."'. It is no word of the vendor's: the quote after it is still a copy ("Compliant: ..." is the vendor's word).
_QUOTING_LABEL = re.compile(r"^\s*(?:the )?(?:RFP|RFQ|RFI|ITT|tender|requirement|req\.?|question|specification|clause|section|"
                            r"statement of work|SOW)\b[^:\"\u201c\u2018]{0,25}(?::\s*[\"\u201c\u2018']?|\s*[\"\u201c\u2018'])",
                            re.IGNORECASE)
_WORD = re.compile(r"\w+")
# A matrix row: its number (after at most a short label: "Nusantara response R-08"), the copy of the requirement, the
# code, the answer.
MIN_COPIED, MAX_COPIED = 4, 40
_CODE = (r"(?:C|F|FC|PC|NC|Y|Comply|Complies|Compliant|Fully compliant|Partially compliant|Partially comply|Partial|"
         r"Non-compliant|Not compliant|Does not comply)")
_MATRIX_ROW = re.compile(
    # the number, after at most a short label ("Nusantara response R-08"), not after a code ("C Q3.3 REQ-06 ...")
    r"^(?P<head>(?:(?!%(code)s\s)[^\d\s]{2,} ){0,3}[A-Z]{1,4}-?\d+(?:\.\d+)*(?:\s*\([A-Z]\))?[.:)]?)\s+"
    # the copy: words, none another row's number (a row run into the next one is left whole), at most MAX_COPIED
    r"(?P<copy>(?:(?![A-Z]{1,4}-?\d|Q\d)\S+\s+){%(least)d,%(most)d}?)"
    r"(?<!Annex )(?<!Appendix )(?<!Schedule )(?<!Exhibit )(?<!Part )(?<!Section )(?<!Table )(?<!Grade )(?<!Tier )"
    r"(?<!Level )(?<!Class )(?<!Type )(?<!Option )(?<!Lot )(?<!Plan )"
    # the answer, not the next row (a matrix whose code closes the row: "M1 SOC 2 Type II ... Complies M2 PCI DSS")
    r"(?P<answer>%(code)s\s+(?![A-Z]{1,4}-?\d)[A-Z0-9].*)$" % {"code": _CODE, "least": MIN_COPIED, "most": MAX_COPIED},
    re.DOTALL)


class RfpWording:
    """The runs of SHINGLE words of one RFP's text ("" without an RFP: nothing is a restatement), and the verbs that
    open an instruction."""

    def __init__(self, text: str, instructions: list[re.Pattern] | None = None,
                 reported: list[re.Pattern] | None = None) -> None:
        words = _words(text)
        self._runs = frozenset(_runs(words))
        self._instructions = instructions or []
        self._reported = reported or []
        read = " ".join(words) + "\n" + "\n".join(p.pattern for p in self._instructions + self._reported)
        self.digest = hashlib.sha256(read.encode()).hexdigest()[:16] if read.strip() else ""

    def own_sentences(self, sentences: list[Sentence]) -> list[Sentence]:
        """A proposal's sentences less those that copy the RFP: what the vendor itself says."""
        return [s for s in sentences if not self.restates(s.text)]

    def questions(self, sentences: list[Sentence]) -> frozenset[int]:
        """The indexes of the sentences that ask: kept, since a question leads the answer after it ("Q: How do you
        train new agents?" / "New hires spend four weeks ..."), but no evidence of their own."""
        return frozenset(s.index for s in sentences if self.asks(s.text))

    def asks(self, sentence: str) -> bool:
        text = sentence.strip().lstrip(_OPENING_MARKS)
        if text.rstrip("\"'\u201d\u2019)] ").endswith("?"):
            return True
        if any(p.match(text) for p in self._reported) and not _VENDOR_VOICE.search(text):
            return True  # the buyer's request in the vendor's words, and nothing of the vendor's own
        numbered = _QUESTION_NUMBER.match(text)
        rest = text[numbered.end():] if numbered else text
        if not any(p.match(rest) for p in self._instructions):
            return False
        return bool(numbered) or bool(_TO_THE_RESPONDENT.search(rest))

    def restates(self, sentence: str) -> bool:
        if len(sentence.split()) < MIN_WORDS or not self._runs:
            return False
        words = _words(_QUOTING_LABEL.sub("", sentence, count=1))
        covered = [False] * len(words)
        for start in range(len(words) - SHINGLE + 1):
            if " ".join(words[start:start + SHINGLE]) in self._runs:
                covered[start:start + SHINGLE] = [True] * SHINGLE
        return all(covered)


def answers_of_rows(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with each compliance-matrix row as its number, code and answer (answer_of_row)."""
    return [answer_of_row(s) for s in sentences]


def answer_of_row(sentence: Sentence) -> Sentence:
    """A compliance-matrix row as its number, code and answer, without its copy of the requirement; any other
    sentence as it is."""
    first = sentence.parts[0]
    row = _MATRIX_ROW.match(first.text)
    if row is None:
        return sentence
    kept = (Span(first.file, first.page, row["head"]), Span(first.file, first.page, row["answer"]))
    return replace(sentence, parts=kept + sentence.parts[1:])


def _words(text: str) -> list[str]:
    return _WORD.findall(canonical(text))


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
