"""Each vendor against the buyer's own RFP: one compliance finding per requirement of the ledger (rfp/ledger.py).

A requirement is judged the way a criterion is, by the same judge (rules or LLM), so retrieval, the meaning layer
(semantic.py), quote verification and the LLM's fallbacks are the same: the requirement becomes a criterion whose
meaning and queries are the RFP's own clause, and whose shortfalls are the general wording of "we do not do that"
and "only partly" (criteria/requirements.yaml: `contradiction`, `limitation`). The criterion's verdict maps to:

- compliant: specific, verifiable commitments on the requirement (the judge's "met");
- partial: addressed, but vaguely, with a stated limit, or only planned (the judge's "partial");
- non_compliant: the proposal states something that contradicts the requirement ("we have not undergone a PCI DSS
  assessment", "our SOC 2 Type II observation period is under way"): a quoted passage matches `contradiction`;
- not_addressed: the proposal is silent (the judge's "missing").

What a requirement names and asks for (rfp/parts.py: its names, its own words, its condition clauses) checks the
judge's verdict, whichever judge gave it:

- a requirement citing a standard is not_addressed by a proposal that names none of its forms: its acronym in any
  word order ("Article 28 GDPR" names "GDPR Article 28"; not a two-letter place, nor "SOC" of "SOC 2", which also
  opens "SOC 1"), any alternative of its group ("an ISO/IEC 27001 certificate or a SOC 2 Type II report"), one in
  parentheses ("(or ISAE 3402 Type II)"), or a passage saying what its clause asks in other words ("we reconcile
  the adverse events" for "reconcile AE cases");
- a finding whose quotes name nothing the requirement names or asks is not_addressed ("data subject requests" for
  background checks "subject to local law"); a compliant one needs quotes plainly about it (a name, or two of its
  words or targets), else it is partial; a partial one needs them too, else it is not_addressed (one shared word,
  "open for acceptance" of a proposal's validity, is a nearby topic, not a partial answer);
- a requirement that counts ("at least two hotel-group clients", "five evaluated contacts per agent") is compliant
  only with a quote about it that states a quantity or names something: "huge hospitality experience" restates
  it, partial;
- a limit or refusal counts only in a clause about the requirement: "SOC 2 Type II certification is in process"
  contradicts a SOC 2 requirement, not the GDPR one it shares a sentence with; a finding made partial only by
  limits about something else is judged again without them;
- compliant names every part the requirement cites (names joined by "or" are one part, and the kinds a one-line
  list names): "fully GDPR compliant" is partial against "GDPR and an Article 28 agreement", "background
  verification" against "criminal background and employment verification".

Words and meaning (requirement_meaning.py, the packaged MiniLM): vendors paraphrase, so a passage close in meaning
to a requirement is about it whatever its words ("the recovery time objective is four hours" for "business
continuity shall restore the helpdesk within eight hours"), and a name is met by a passage saying what the clause
naming it asks in other words ("stored in Azure West Europe (Amsterdam)" for "within the European Economic Area";
not a kind a list names: "background verification" still leaves out "criminal"). A limit or a refusal counts only
in a clause about the requirement by its names or marks or by meaning, and never in one far from it in meaning ("a
big manufacturing client with Mexico we did not have" is no refusal of helpdesk hours in Mexico). Closeness in
meaning alone never makes a requirement addressed: a nearby topic is as close as a paraphrase. The requirement's
reference ("R-04 (MANDATORY)", "SLA-MI:") is no part of what it asks.

A plain refusal decides wherever the proposal states it, not only in the passages the judge quoted: "The ISO 27001
we don't have yet" on a closing page makes the ISO requirement non_compliant, when its clause names what the
requirement names or says what it asks in other words (two shared words are not enough there).

An LLM verdict without quotes found in the proposal and plainly about the requirement decides no gate: the rules
judge answers instead, and the finding says why.

A fee the fee judge found present that a requirement asks to be without (criteria/requirements.yaml:
`fee_contradictions`) caps the requirement: an automatic renewal clause makes "no automatic renewal" non_compliant,
a hedge on prices makes "prices firm for twelve months" partial, a right to revise them non_compliant; so do
"will not accept automatic renewal" and extensions only the buyer may exercise, and prices the proposal calls
indicative refuse "proposals shall remain valid and binding". The fee judge reads prices and terms better than a
requirement's retrieval does, and its quote is verified.

A duration the requirement bounds ("retained for 24 months", "restored within 4 hours"; criteria/requirements.yaml:
`durations`) is checked against the durations a passage about it states with a bound of the same kind: "retained
for 6 months" contradicts it (non_compliant), unless the passage offers more ("retention beyond 12 months is
charged at ..."), which is partial; a duration counted from another period ("for the Term and 90 days thereafter")
is no total, and partial, as a duration without a figure is. A service level's share without words before it is
its target, a floor ("Calls answered within 30 seconds: 90%": "80% of calls" falls short; "below 3%" is a ceiling).
A passage's duration is held against the bound only when the passage is close in meaning to the clause holding it
(requirement_meaning.STATES_BOUND): "discrepancies resolved within five business days" is another measure than
"transmitted within 24 hours".

A requirement asking for a whole scope ("on every channel"; criteria/requirements.yaml: `scope_refusals`) is refused
by a passage keeping a language or service it names to part of it ("Portuguese by email and web chat only"):
non_compliant, where hours kept short only limit it. So is a proposal that never names a variety the requirement
names ("Brazilian Portuguese") but offers another variety of that language ("native speakers of European
Portuguese").

A requirement asking for something without a charge ("without any termination charge", "retained for twelve
months at no additional cost"; criteria/requirements.yaml: `charge_refusal`) is refused by a clause about it that
charges for it ("the Client shall pay the unamortised Transition Charge", "Recording storage after month 6 | USD
0.011 per recording-minute"): non_compliant. A charge starting only beyond the duration asked is more offered. The
clause is about the requirement when near it in meaning (CHARGE_NEAR) and naming one of its words that names a thing
("Recordings", not "provided"), read with the sentence before when it refers back ("After this period ...").

A service level is held against the row of the proposal's table that measures the same thing: the row whose label
(its words before the first figure, or their last words when the table's header ran into the row) is closest in
meaning to the requirement's label, of all the RFP's service levels ("Abandoned calls | 3% or less" against
"Abandoned calls: not more than 4%", never against "Calls answered within 30 seconds: 85%"). A target said after its
figure ("5% or less", "98% or better") is read as one, and so is "answered in 2 business days"; a figure whose
measure is named in one of the requirement's own words ("Validity: 120 days" for "shall remain valid for 180 days")
is about it.

A requirement naming the currency of prices ("in Canadian dollars"; `price_currency`) is refused by prices stated in
another ("Offshore Services in Indian Rupees (INR)", "MXN 742.00 per productive hour"), never by "$", which many
countries write. Prices asked to stay firm are refused by a rise the fee judge found that starts sooner ("on each
anniversary" against "firm for the first 24 months") or may be larger ("capped at six percent" against three, "CPI
plus 1%" against the CPI; firm_prices.py). A refusal that names what the requirement opens with ("We do not offer
service credits." of "Service credits of not less than 10% ...") is about it, and so is one that holds back until a
shortlist what the RFP asks the proposal to provide ("Client references will be shared post shortlisting").

A requirement staffing languages over hours ("24/7/365 in Dutch, French and English"; `coverage_gaps`) is partial
when a passage covers one of its languages with a stand-in ("French calls at night are answered ... with a French
interpreter") or serves its callers in another language; non_compliant when the passage refuses it ("phone in
Spanish we cannot offer") or leaves it to a voicemail where the requirement asks for live agents. A passage about
the night is no gap of a requirement that does not cover the night.

A requirement keeping data or a named person to a place ("stored and processed only in Canada", "a service manager
based in the Netherlands"; `placement`, criteria/places.yaml) is refused by a clause putting them elsewhere, by a
country or only by a city ("data storage will be in our Chennai data centre", "Service Manager (Leeds)"):
non_compliant (placement.py). A place the requirement names is met by a place inside it ("stored in Frankfurt" for
"within the EEA").

A figure given as a label's value ("Validity of the proposal: 90 days"), or as what a period is ("The Transition
Period shall be one hundred and five (105) days"), is the vendor's value of what the requirement bounds; "up to 150%
of forecast volume" is a capacity to reach (`durations.capacity`), not a cap.

A "met" whose quotes are all about nearby topics is read again (read_again): the passages plainly about the
requirement decide (a word of it besides a figure, since "twelve (12) months" of a renewal is no retention; or close
in meaning), a limit or hedge in them is partial, and none is silence unless a passage mentions the requirement with
a hedge ("Service credits we prefer to discuss in the negotiation": partial). A judge that found nothing is not read
again: passages sharing two words or a figure with the requirement are as often nearby topics (measured).

A vendor's own answer in a compliance matrix keyed by the RFP's ids ("R-02 | Complies in part", "M4 | No";
criteria/requirements.yaml: `self_assessment`) counts when it admits a gap: partial or non_compliant outweighs a
reading of compliance; a bare "Complies" where no passage was found is a claim, partial, unless the clause or section
it cites ("R-16 | Complies | 11.2", "Yes, section 10") mentions what the requirement asks without a limit: the vendor
pointed there, and that passage is the evidence (compliant). Its quote is the id and the answer, verified on the
page.

A requirement asking for references is answered only by referees (`references`): a person the buyer can call (a
courtesy title, a role after the name, a telephone number or an e-mail address) in the finding's quotes or in a
passage about references. Clients named or described without anyone to call are experience: not_addressed.

A mandatory requirement that is non_compliant or not_addressed fails the vendor's gate (`gate_of`).

The RFP's weighted evaluation criteria are mapped to our criteria by meaning (title and description, with the
packaged MiniLM): each RFP criterion to the closest of ours when close enough, one to one, and the mapping is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from ..hours import windows
from ..models import Evidence, Finding
from ..numbers import number
from ..patterns import NUMBER, compile_pattern, currencies_in, first_match, first_text, in_condition, negated_at
from ..places import load_places
from ..referees import about_references, referee_rows, referees_asked, referees_in
from ..rfp.ledger import SERVICE_LEVEL_CODE, Ledger, Requirement, RequirementVocab
from ..rfp.parts import Parts, condition_patterns, own_words, requirement_parts
from .checklists import CriteriaSet, Criterion
from .firm_prices import breaks_firmness
from .placement import PlacementReader
from .protocol import Judge, VendorEvidence
from .requirement_meaning import OFF_TOPIC, SPEAKS_TO, STATES_BOUND, RequirementMeaning, asked, clause_naming

STATUS_OF = {"met": "compliant", "partial": "partial", "missing": "not_addressed"}
# What a vendor does is judged, and how it prices (what a pricing instruction asks to be shown is what the buyer
# weighs); how to write and send the response (submission instructions) is not: a reader of its form covers that.
JUDGED_KINDS = ("mandatory", "requirement", "service_level", "pricing_instruction")
SEVERITY = {"compliant": 0, "not_addressed": 1, "partial": 2, "non_compliant": 3}
FAILING = ("non_compliant", "not_addressed")
MAX_QUOTES = 3  # passages quoted for a requirement read again
GOAL_REACH = 12  # sentences of a service-level row's section read for words giving the table as goals
FIGURE_NEAR = 0.40  # a passage this close stating one of the requirement's figures in its unit is about it
TERSE_WORDS = 12  # a passage this short whose label leads its figure is a matrix answer ("Transition: 14 wks.")
TERSE_LABEL = 4  # words of such a label at most ("Document retention | 90 days"; not "A plan that takes us live in")
CHARGE_NEAR = 0.35  # a charging clause this close to a requirement, naming its words, charges for it (MiniLM cosine)
MIN_MAPPING_SIMILARITY = 0.45  # an RFP criterion and ours are the same topic at or above this (MiniLM cosine)


def criterion_id(requirement: Requirement) -> str:
    return "req_" + (re.sub(r"[^a-z0-9]+", "_", requirement.id.lower()).strip("_") or "x")


def ledger_parts(ledger: Ledger, vocab: RequirementVocab) -> dict[str, Parts]:
    """Each requirement's names and marks (rfp/parts.py): what a passage about it names."""
    return requirement_parts({r.id: asked(r.text) for r in ledger.requirements}, condition_patterns(vocab.condition),
                             [re.compile(p) for p in vocab.not_a_name],
                             verbs=vocab.patterns("obligation") + vocab.patterns("expectation")
                             + vocab.patterns("instruction"), preferences=vocab.patterns("preference"),
                             short={k.lower(): v for k, v in vocab.short_forms.items()})


def requirement_criteria(ledger: Ledger, base: CriteriaSet, vocab: RequirementVocab) -> CriteriaSet:
    """The ledger as a criteria set the judges read: one criterion per requirement, with the base set's shared word
    lists (vague phrases, hedges, generic specifics). A shortfall wording the requirement itself uses ("stored only
    in the United States") is no shortfall for it."""
    # Each requirement's own words, in no other requirement: its topic, so the meaning layer never falls back to
    # the buyer's vocabulary.
    parts = ledger_parts(ledger, vocab)
    words = own_words({r.id: asked(r.text) for r in ledger.requirements}, shared_by=1)
    criteria = []
    for requirement in ledger.requirements:
        clause = requirement.text.rstrip(".")
        # A pricing instruction asks what to show: a stated term ("subject to a minimum charge", "up to 40 hours")
        # is showing it, no limit.
        # A requirement that forbids something ("Agents must not give financial advice") is met by a vendor's "we do
        # not": its refusals are read by `contradiction` below, which tells a kept prohibition from a refusal.
        stated = ([] if _forbidding(requirement.text) else vocab.contradiction) + (
            [] if requirement.kind == "pricing_instruction" else vocab.limitation)
        # ... read with its hyphens as spaces: "Business-hours calls answered" uses "business hours" itself.
        shortfalls = [p for p in stated if not first_text([compile_pattern(p)], requirement.text)
                      and not first_text([compile_pattern(p)], requirement.text.replace("-", " "))]
        criteria.append(Criterion(
            id=criterion_id(requirement), title=requirement.title or requirement.id, weight=1.0,
            means=requirement.text, met_requires=requirement.text,
            queries=list(dict.fromkeys([requirement.text, requirement.title or requirement.text,
                                        _head(requirement.text)])),
            # Its names and its own words, so the meaning layer never falls back to anchor words, which in an
            # RFP are the buyer's name ("the Bank's requirements"); a requirement citing a law is still about what
            # it asks ("background checks ... consistent with the Fair Credit Reporting Act").
            topic=_name_forms(parts[requirement.id]) + [rf"\b{_flexible(t)}s?\b" for t in sorted(words[requirement.id])],
            # Restating the requirement's names and words is specific about it, as numbers are.
            specifics=base.generic_specifics + _name_forms(parts[requirement.id])
            + [rf"\b{_flexible(t)}" for t in sorted(words[requirement.id])],
            shortfalls=shortfalls,
            # a requirement that states hours is not met by fewer of them ("Phone 09:00-21:00, 7 days" for 07:00-23:00)
            short_hours_limit=bool(windows(requirement.text)),
            gap=f"Requirement {requirement.id} of the RFP is not clearly met: \u201c{clause}\u201d.",
            question=f"RFP requirement {requirement.id}: please state how and from when you meet it, and quote where "
                     "your proposal commits to it."))
    return base.model_copy(update={"criteria": criteria}) if criteria else base


def _name_forms(parts: Parts) -> list[str]:
    return [form for group in parts.names for name in group for form in name.forms]


def _flexible(term: str) -> str:
    """A term as a pattern in which a hyphen may also be a space or nothing ("service-credit", "service credit")."""
    return "[- ]?".join(re.escape(part) for part in term.split("-"))


def _head(text: str) -> str:
    """The clause before a colon, a semicolon, "including" or a parenthesis: what is asked, without the details."""
    return re.split(r"[:;(]|\bincluding\b|,\s+(?:and|or|with|where)\b", text, maxsplit=1)[0].strip() or text


@dataclass(frozen=True)
class _ServiceLevel:
    """A service level of the ledger as a proposal's table row is matched to it: its label and the windows (in days)
    it is measured in."""

    id: str
    label: str
    windows: frozenset[float]

    @classmethod
    def of(cls, requirement: Requirement) -> "_ServiceLevel":
        text = asked(requirement.text)
        return cls(requirement.id, _label(text) or text,
                   frozenset(v for dimension, v, _ in _durations(text) if dimension == "time"))


class ComplianceJudge:
    """Judges a vendor against every requirement of the ledger with `judge` (built over requirement_criteria)."""

    def __init__(self, ledger: Ledger, criteria: CriteriaSet, vocab: RequirementVocab, judge: Judge) -> None:
        self.ledger = ledger
        self.criteria = criteria
        self.vocab = vocab
        self.judge = judge
        self.parts = ledger_parts(ledger, vocab)
        self.texts = {r.id: r.text for r in ledger.requirements}
        self.languages = {k.lower() for k in vocab.short_forms}  # the languages the vocabulary knows
        self.shortfalls = vocab.patterns("contradiction") + vocab.patterns("limitation")
        # The ids the RFP gave ("R-13", "M4"), not the ledger's own numbering (R1, R2, ... by position).
        self.rfp_ids = {r.id for i, r in enumerate(ledger.requirements)
                        if r.id != f"R{i + 1}" and (re.fullmatch(r"[A-Za-z]{1,4}[-. ]?\d{1,3}(?:\.\d{1,3})*", r.id)
                                                    or SERVICE_LEVEL_CODE.fullmatch(r.id))}
        self.any_id = re.compile("|".join(_id_pattern(i).pattern for i in sorted(self.rfp_ids)) or r"(?!)")
        self.meaning: RequirementMeaning | None = None  # with the index's embedder, on the first vendor
        self.service_levels = [_ServiceLevel.of(r) for r in ledger.requirements if r.kind == "service_level"]
        self.placement = PlacementReader(load_places(), vocab.placement)
        self.placings = {r.id: placing for r in ledger.requirements if (placing := self.placement.placing(r.text))}
        # The requirements stating a figure: a matrix answer's label is held against the closest of them, so that
        # "Contract period: 48 months" answers the term, which bounds nothing, not the transition's "within 60 days".
        self.figured = [r for r in ledger.requirements if _durations(r.text)]
        self._closest_figured: dict[str, tuple[str, float]] = {}  # a matrix answer's label -> its requirement, score

    def speaks_to(self, requirement: Requirement, passage: str) -> bool:
        """Whether the passage is close in meaning to the requirement, in whatever words (requirement_meaning.py)."""
        return self.meaning is not None and self.meaning.speaks_to(requirement.text, passage)

    def stated_about(self, requirement: Requirement, clause: str) -> bool:
        """Whether a clause stating a limit or a refusal is about the requirement: it names what the requirement
        names (Parts.is_stated_about) or says what it asks in other words (close in meaning), and is not far from it
        in meaning ("a big manufacturing client with Mexico we did not have" is no refusal of helpdesk hours in
        Mexico)."""
        return (self.parts[requirement.id].is_stated_about(clause) or self.speaks_to(requirement, clause)
                or _names_subject(requirement.text, clause)) and not self.off_topic(requirement, clause)

    def states_bound_of(self, requirement: Requirement, passage: str) -> bool:
        """Whether the passage states what the requirement bounds, not another measure of the same topic: it is
        close in meaning to the clause of the requirement that holds a bound ("call the reporter back within 30
        minutes" is not "resolve discrepancies within five business days", though both are about safety cases)."""
        if self.meaning is None:
            return True
        bounded = [c for c in _clauses(asked(requirement.text)) if self.duration_bounds(c)] or [requirement.text]
        # Words of the same meaning as the bounded clause's say what it bounds ("The present offer is valid during
        # 120 days" of "Prices must remain valid for 150 days"), however far the rest of the words.
        return any(self.vocab.durations.meanings_shared(clause, passage) for clause in bounded) or max(
            self.meaning.closest(clause, [passage]) for clause in bounded) >= STATES_BOUND

    def same_measure(self, requirement: Requirement, passage: str) -> bool:
        """Whether a row of the proposal's service-level table names the measure a service-level requirement
        names: their labels, the words before the first figure, are close in meaning ("Capture accuracy after
        validation" for "Header and line-level capture accuracy after validation"), whatever the rest of the row."""
        theirs, mine = _label_tails(passage), _label(asked(requirement.text))
        return self.meaning is not None and bool(theirs and mine) and self.meaning.closest(mine, theirs) >= SPEAKS_TO

    def nearest_service_level(self, requirement: Requirement, passage: str) -> bool:
        """Whether, of the RFP's service levels, the requirement is the one whose label the passage's label is
        closest to: a row "Abandoned calls | 3% or less" is held against "Abandoned calls: not more than 4%", not
        against "Calls answered within 30 seconds: 85%", though it is close to both. Of those measured in a window
        the row states ("within 60 seconds"), when there are any: "Emergency Line calls answered within 60 seconds"
        is the emergency line's level, not that of phone calls answered within 30 seconds."""
        theirs = _label_tails(passage)
        if self.meaning is None or not theirs:
            return True
        # A row stating the window a service level measures in ("within 60 seconds") is about one of those first:
        # the window of its own row, not of the rows a flattened table ran into it ("Abandoned calls less than 7% Web
        # form answered 1 working day, 90% ..." is the abandonment row).
        windows = {v for dimension, v, _ in _durations(_first_row(passage)) if dimension == "time"}
        levels = [lv for lv in self.service_levels if windows & lv.windows] or self.service_levels
        closest = max(levels, key=lambda lv: self.meaning.closest(lv.label, theirs))
        return closest.id == requirement.id

    def terse_answer(self, requirement: Requirement, passage: str) -> bool:
        """Whether a short passage is a matrix answer to the requirement: its label, the words before its first
        figure ("Transition" of "Transition: 14 wks."), is closest in meaning to this requirement among those of the
        RFP that state a figure, and not far from it (OFF_TOPIC)."""
        figures = _durations(passage)
        if self.meaning is None or len(passage.split()) > TERSE_WORDS or not figures:
            return False
        label = passage[:figures[0][2]].strip(" :|-\u2013")
        if not re.search(r"[A-Za-z]{4}", label) or len(label.split()) > TERSE_LABEL:
            return False
        if label not in self._closest_figured:  # the same for every requirement: read once per label
            closest = max(self.figured, key=lambda r: self.meaning.similarity(r.text, label))
            self._closest_figured[label] = (closest.id, self.meaning.similarity(closest.text, label))
        closest, score = self._closest_figured[label]
        return closest == requirement.id and score >= OFF_TOPIC

    def plainly_refuses(self, requirement: Requirement, clause: str) -> bool:
        """Whether a refusing clause away from the judge's quotes is about the requirement: it names what the
        requirement names, or says what it asks in other words, and is not far from it in meaning. Sharing two of
        its words is not enough there ("the certification is expected for spring" is no refusal of audit rights). A
        clause naming what the requirement opens with or asks to be provided is about it however far its other words
        ("Client references ... will be furnished to the Procurement Officer upon notice that Contractor has been
        shortlisted")."""
        return ((self.parts[requirement.id].named(clause) or self.speaks_to(requirement, clause))
                and not self.off_topic(requirement, clause)) or _names_subject(requirement.text, clause)

    def off_topic(self, requirement: Requirement, passage: str) -> bool:
        """Whether the passage is far in meaning from the requirement, whatever words it shares with it."""
        return self.meaning is not None and self.meaning.off_topic(requirement.text, passage)

    def assess(self, evidence: VendorEvidence, fees: list[Finding] = ()) -> list[dict]:
        """The vendor's compliance items; `fees` are its fee findings (the same judge's), which a requirement
        asking otherwise cannot be met with (`fee_contradictions` of criteria/requirements.yaml)."""
        by_id = {c.id: c for c in self.criteria.criteria}
        if self.meaning is None and evidence.retriever is not None:
            self.meaning = RequirementMeaning(evidence.retriever.index.embedder.embed)
        items = []
        reading = _fee_reading(fees, evidence.sentences)
        for requirement in self.ledger.requirements:
            if requirement.kind not in JUDGED_KINDS and not requirement.mandatory:
                continue
            criterion = by_id[criterion_id(requirement)]
            item = self.compliance_item(requirement, self.finding(requirement, criterion, evidence), evidence)
            item = self.duration_checked(requirement, item, evidence)
            item = self.given_as_goal(requirement, item, evidence)
            item = self.scope_refused(requirement, item, evidence)
            item = self.placed_elsewhere(requirement, item, evidence)
            item = self.charged(requirement, item, evidence)
            item = self.priced_elsewhere(requirement, item, evidence)
            item = self.coverage_gap(requirement, item, evidence)
            item = self.substituted(requirement, item, evidence)
            item = self.self_assessed(requirement, item, evidence)
            item = self.accepted_wholesale(requirement, item, evidence)
            item = self.referees_named(requirement, item, evidence)
            items.append(self.rise_limited(requirement, self.fee_limited(requirement, item, fees, reading), fees,
                                           reading))
        return items

    def referees_named(self, requirement: Requirement, item: dict, evidence: VendorEvidence) -> dict:
        """A references requirement found compliant needs a referee (`references` of criteria/requirements.yaml): a
        person to call in its quotes, else in a passage about references, quoted first; with none anywhere, the
        proposal names clients or experience, not references: not_addressed. A referee in a passage about references
        answers it though the judge found nothing. Fewer referees than the requirement counts ("at least two (2)
        references": one named, "our other client is under NDA") is partial."""
        rule = self.vocab.references
        if item["status"] not in ("compliant", "not_addressed") or not first_text(rule.patterns("requirement"),
                                                                                  requirement.text):
            return item
        contact, about = rule.patterns("contact"), rule.patterns("about")
        rows = referee_rows(contact, about, evidence.sentences)
        referee_passages = [sentence for sentence in rows if about_references(about, sentence)]
        if item["status"] == "not_addressed" and not referee_passages:
            return item
        if not any(first_text(contact, e["quote"]) for e in item["evidence"]):
            quoted = next((quote for sentence in referee_passages
                           if (quote := evidence.verified_quote(sentence)) is not None), None)
            if quoted is None:
                return item | {"status": "not_addressed", "evidence": [], "gap": f"The proposal names no referee for "
                               f"requirement {requirement.id}: clients or experience, but no one to call. The RFP "
                               f"asks: \u201c{requirement.text.rstrip('.')}\u201d."}
            item = _quoted_first(item, quoted, "", "compliant")
        wanted = referees_asked(rule.patterns("count"), requirement.text)
        if wanted is None:
            return item
        texts = [sentence.main_part.text for sentence in rows]
        # the finding's own quotes that hold a contact count too, unless they are part of a row already counted
        texts += [q for e in item["evidence"] if first_text(contact, q := e["quote"]) and not any(q in t for t in texts)]
        named = sum(referees_in(contact, text) for text in texts)
        if named >= wanted:
            return item
        return item | {"status": "partial", "gap": f"The proposal names {named} referee{'s' * (named != 1)} for "
                       f"requirement {requirement.id}; the RFP asks for {wanted:g}: "
                       f"\u201c{requirement.text.rstrip('.')}\u201d."}

    def duration_checked(self, requirement: Requirement, item: dict, evidence: VendorEvidence) -> dict:
        """Non_compliant when a passage about the requirement states durations that all fall short of the one it
        bounds ("stored for twelve months" against "retained for 24 months"); partial when the passage offers more
        ("retention beyond twelve months is charged at ...") or states only a vague one ("within a few hours").
        Compliant when the judge found nothing but a passage about it states figures that meet every bound they
        state, without a limit or hedge ("Our offer is good for 180 days" for "valid for 180 days")."""
        if item["status"] == "non_compliant":
            return item
        floor = requirement.kind == "service_level"
        bounds = self.duration_bounds(requirement.text, floor)
        if not bounds:
            return item
        parts = self.parts[requirement.id]
        sentences = evidence.sentences
        timed = any(dimension == "time" for (_, dimension), _ in bounds)
        meeting = None  # the first passage about the requirement whose figures meet every bound they state
        # A service level's credit ("2% of monthly charges") is no part of what it measures: a passage on credits
        # ("top out at 4% of the month's fees") is not about calls answered.
        meanings = self.vocab.durations.meanings_in(_without_credits(requirement.text) if floor else requirement.text)
        for i, sentence in enumerate(sentences):
            span = sentence.main_part
            # About the requirement by two of its own words besides the durations ("resolved within five Business
            # Days" of a dispute clause is not about "resolved within 2 business days" of an email target).
            same_meanings = meanings & self.vocab.durations.meanings_in(span.text)
            shared = parts.mark_count(_DURATION.sub(" ", span.text)) + len(same_meanings)
            # A matrix answer ("Transition: 14 wks.") is matched by its label, closest to this requirement's, and a
            # row keyed by the RFP's id of it ("SLA-CHAT 45 seconds, 90%") by that id: its figures are its values.
            keyed = self.keyed_by_id(requirement, span.text)
            if not keyed and self.keyed_elsewhere(requirement, span.text):
                continue  # "SL-4 Emails answered within 8 hours 95%" answers SL-4, not the chat level SL-3
            if floor and _capacity_only(span.text):
                continue  # "200% of the average hourly volume in 30 minutes" is a capacity, no service level
            about = keyed or ((shared >= max(2, parts.needed) or bool(same_meanings)
                      or self.speaks_to(requirement, span.text) or (floor and self.same_measure(requirement, span.text))
                      or _same_figure_word(parts, asked(requirement.text), span.text))
                     and self.states_bound_of(requirement, span.text) or self.terse_answer(requirement, span.text)) \
                and (not floor or self.nearest_service_level(requirement, span.text))
            # Stating the requirement's own figure, near it in meaning, is about it too ("Our offer is good for 180
            # days"), though such a passage can only meet it.
            if not about and not (item["status"] == "not_addressed" and not floor
                                  and self.states_its_figure(requirement, span.text)):
                continue
            # "for the Term and 90 days thereafter" counts from another period: no total to compare, and no figure
            # to hold the vendor to either, like "within a few hours" against "within two hours": partial.
            relative = timed and bool(first_text(self.vocab.durations.patterns("relative"), span.text)) and any(
                dimension == "time" for dimension, _, _ in _durations(span.text))
            # A stated duration counts against a bound of its own kind: "stored for twelve months" against
            # "retained for 24 months", not "notify within 48 hours".
            stated = [] if relative else self.duration_bounds(span.text, floor)
            stated = [] if relative else self.shares_of_base(requirement.text, span.text, stated, _unqualified(
                span.text, bounds, stated, keyed))
            if floor:
                stated = _own_over_restated(bounds, stated)
            short = any(_falls_short(bound, limit, stated, caps=not floor) for bound, limit in _loosest(bounds))
            vague = relative or not stated and bool(first_text(self.vocab.durations.patterns("vague"), span.text))
            # A service level is met only by a row naming its measure ("Dispatch within 15 minutes | 95%" meets no
            # e-mail target).
            if meeting is None and not (short or vague) and _meets(bounds, stated, caps=not floor) and not first_text(
                    self.shortfalls + self.criteria.hedges_re, span.text) and (
                    not floor or keyed or self.same_measure(requirement, span.text)):
                meeting = sentence
            if not about or not (short or vague) or (quote := evidence.verified_quote(sentence)) is None:
                continue
            status = "partial" if vague or self.more_offered(parts, sentences, i) else "non_compliant"
            if SEVERITY[status] <= SEVERITY[item["status"]]:
                return item
            said = "gives no firm figure for" if vague else "falls short of"
            return _quoted_first(item, quote, f"The proposal {said} requirement {requirement.id}: \u201c{span.text}"
                                 f"\u201d. The RFP asks: \u201c{requirement.text.rstrip('.')}\u201d.", status)
        if item["status"] == "not_addressed" and meeting is not None and (
                quote := evidence.verified_quote(meeting)) is not None:
            # The judge found nothing, but a passage about the requirement states figures that meet its bounds
            # ("Transition | 6 wks" for "within twelve (12) weeks"): that passage answers it.
            return _quoted_first(item, quote, "", "compliant") | {"confidence": 0.5}
        return item

    def keyed_by_id(self, requirement: Requirement, passage: str) -> bool:
        """The passage names the RFP's own code of the requirement and no other id, as a vendor's table row keyed by
        it does ("SLA-PRIV 3 business days 3 business days n/a"): about that requirement, whatever its words. A code
        of two letters or more ("SLA-PRIV", "KPI-2"): "R3" is also in "E2B(R3)"."""
        if requirement.id not in self.rfp_ids or not SERVICE_LEVEL_CODE.fullmatch(requirement.id):
            return False
        named = self.ids_named(passage)
        return bool(named) and all(_id_pattern(requirement.id).fullmatch(n) for n in named)

    def keyed_elsewhere(self, requirement: Requirement, passage: str) -> bool:
        """The passage names the RFP's ids of other requirements and not this one's: a row or answer keyed to them."""
        named = self.ids_named(passage)
        return bool(named) and not (requirement.id in self.rfp_ids
                                    and any(_id_pattern(requirement.id).fullmatch(n) for n in named))

    def ids_named(self, passage: str) -> set[str]:
        """The RFP's own requirement ids the passage names, as it writes them ("R-06", "SL-4")."""
        return {m.group(0) for m in self.any_id.finditer(passage)}

    def shares_of_base(self, requirement: str, passage: str, bounded: list, unqualified: list
                       ) -> list[tuple[tuple[str, str], float]]:
        """The passage's bounds (said with a bound word, or given as a label's value), its shares kept only when they
        are of what the requirement's share is of (a `same_meaning` group): "Abandoned calls 6% maximum | 2% of
        monthly invoice" states no 6% of the invoice against "not less than 10% of the monthly invoice at risk".
        A label's value counts for a total asked when what leads it says what the requirement says of it ("Total at
        risk: 12% of monthly fees"), not a row's credit ("Booking accuracy 99.0% a: 2% of monthly Charges"). A
        share asked of each thing ("5% of the monthly fees per missed service level") is also met or missed by a
        plain "2% of monthly fees", as a floor and a ceiling, when the passage bounds no such share itself."""
        durations = self.vocab.durations
        bases = {(name, bool(_EACH.search(base[:80]))) for base in _share_bases(requirement)
                 for name in durations.meanings_at_start(base)}
        if not bases:
            # A requirement's share of something else ("95% of calls") is not met or missed by a share of money: a
            # row's credit ("3 business days | 1.5% of monthly review fees").
            credits = {number(m.group("n")) for m in _shares(passage) if _OF_MONEY.match(passage, m.end())}
            return [b for b in bounded + unqualified if b[0][1] != "share" or b[1] not in credits]
        names = {name for name, _ in bases}
        each = any(per for _, per in bases)
        topic = durations.meanings_in(requirement) - names
        of_base, led = [], []  # bounded shares of its base (or of none named: "capped at 4% of that invoice")
        for m in _shares(passage):
            after = passage[m.end():]
            if names & set(durations.meanings_at_start(after)):
                of_base.append(value := number(m.group("n")))
                if each or topic & durations.meanings_in(passage[max(0, m.start() - LEAD_WINDOW):m.start()]):
                    led.append(value)
            elif not durations.meanings_at_start(after) and not durations.said_after(after) and not _NEXT_SHARE.match(
                    after):
                # not a row's own target ("Abandoned calls 6% maximum"), nor one its credit follows ("not more than
                # 3% 2% of the Monthly Charge")
                of_base.append(number(m.group("n")))
        kept = [b for b in bounded if b[0][1] != "share" or b[1] in of_base] + [
            b for b in unqualified if b[0][1] != "share" or b[1] in led]
        if any(dimension == "share" for (_, dimension), _ in kept) or not each:
            return kept
        return kept + [((kind, "share"), value) for value in of_base for kind in ("at_least", "at_most")]

    def given_as_goal(self, requirement: Requirement, item: dict, evidence: VendorEvidence) -> dict:
        """Partial when a service level is met by a row of a table the proposal gives as goals, not commitments
        ("We treat these numbers as goals our team owns every day"; `service_level_hedges`): a sentence of the row's
        section, or its heading, says so."""
        if requirement.kind != "service_level" or item["status"] != "compliant" or not item["evidence"]:
            return item
        hedges = self.vocab.patterns("service_level_hedges")
        quoted = item["evidence"][0]["quote"]
        row = next((s for s in evidence.sentences if quoted in s.main_part.text), None)
        if row is None:
            return item
        near = [s for s in evidence.sentences if s.section == row.section and abs(s.index - row.index) <= GOAL_REACH]
        hedged = next((s for s in near if first_text(hedges, s.text)), None)
        if hedged is None and not first_text(hedges, row.section or ""):
            return item
        quote = evidence.verified_quote(hedged) if hedged is not None else None
        gap = (f"The proposal gives its service levels as goals, not commitments (requirement {requirement.id}): "
               f"\u201c{hedged.main_part.text if hedged is not None else row.section}\u201d.")
        if quote is None:
            return item | {"status": "partial", "confidence": min(item["confidence"], 0.6), "gap": gap}
        return _quoted_first(item, quote, gap, "partial")

    def accepted_wholesale(self, requirement: Requirement, item: dict, evidence: VendorEvidence) -> dict:
        """A service level the proposal takes up nowhere on its own, where it accepts the RFP's service levels as a
        whole ("Brightwell accepts the service levels in section 4 of the RFP", "The tenderer accepts integrally the
        indicators of section 4"; `service_levels_accepted`) or this one by its id ("We accept SL-2, SL-3 and SL-5
        as written"): compliant on that sentence, unless it is denied ("we cannot accept the service levels") or
        what follows the acceptance limits this level ("all SLAs except abandonment"; `limitation`). A limit on
        another level leaves this one accepted ("..., except that for the first three months we ask seven working
        days for the eligibility decisions" accepts the abandonment level)."""
        if requirement.kind != "service_level" or item["status"] != "not_addressed":
            return item
        accepted, limits = self.vocab.patterns("service_levels_accepted"), self.vocab.patterns("limitation")
        for sentence in evidence.sentences:
            text = sentence.main_part.text
            found = first_match(accepted, text) or self.accepted_by_id(requirement, text)
            if found is None or negated_at(text, found.start()):
                continue
            tail = text[found.end():]
            if (limit := first_match(limits, tail)) is not None and self.limits_this_level(requirement,
                                                                                         tail[limit.start():]):
                continue
            quote = evidence.verified_quote(sentence)
            if quote is not None:
                return _quoted_first(item, quote, "", "compliant") | {"confidence": 0.6}
        return item

    def accepted_by_id(self, requirement: Requirement, text: str) -> re.Match | None:
        """An acceptance of listed service levels by the RFP's ids that names this one ("We accept SL-2, SL-3 and
        SL-5 as written"), or None."""
        found = _ACCEPTED_IDS.search(text)
        if found is None or requirement.id not in self.rfp_ids:
            return None
        return found if _id_pattern(requirement.id).search(found.group("ids")) else None

    def limits_this_level(self, requirement: Requirement, limited: str) -> bool:
        """Whether the limit an acceptance carries is about this service level: it names two of its words, or of
        the RFP's service levels this one is closest to it in meaning."""
        if self.parts[requirement.id].mark_count(_DURATION.sub(" ", limited)) >= 2 or self.meaning is None:
            return True
        closest = max(self.service_levels, key=lambda level: self.meaning.similarity(level.label, limited))
        return closest.id == requirement.id

    def scope_refused(self, requirement: Requirement, item: dict, evidence: VendorEvidence) -> dict:
        """Non_compliant when the requirement asks for a whole scope ("on every channel") and a clause of the
        proposal keeps what it names to part of it ("Portuguese ... by email and web chat only"; `scope_refusals`
        of criteria/requirements.yaml)."""
        if item["status"] == "non_compliant":
            return item
        refusals = [compile_pattern(p) for rule in self.vocab.scope_refusals
                    if first_text([compile_pattern(r) for r in rule.requirement], requirement.text)
                    for p in rule.refusal]
        if not refusals:
            return item
        parts = self.parts[requirement.id]
        for sentence in evidence.sentences:
            span = sentence.main_part
            if not any(first_text(refusals, c) and _names_scope(parts, c) for c in _clauses(span.text)):
                continue
            if (quote := evidence.verified_quote(sentence)) is not None:
                return _quoted_first(item, quote, f"The proposal keeps requirement {requirement.id} to part of what "
                                     f"it asks: \u201c{span.text}\u201d. The RFP asks: "
                                     f"\u201c{requirement.text.rstrip('.')}\u201d.")
        return item

    def placed_elsewhere(self, requirement: Requirement, item: dict, evidence: VendorEvidence) -> dict:
        """Non_compliant when the requirement keeps data or a person to a place and a clause of the proposal puts
        them elsewhere ("data storage will be in our Chennai data centre in India" against "hosted in Canada",
        "Service Manager (Leeds)" against "a service manager based in the Netherlands"; placement.py). Compliant
        when the judge found nothing but a clause keeps them inside ("Data centre Frankfurt only. No access from
        outside EEA.")."""
        placing = self.placings.get(requirement.id)
        if item["status"] == "non_compliant" or placing is None:
            return item
        inside = None  # the first clause keeping it inside, which answers a requirement the judge found nothing on
        for sentence in evidence.sentences:
            clauses = _clauses(sentence.main_part.text)
            if any(self.placement.puts_elsewhere(placing, c) for c in clauses):
                if (quote := evidence.verified_quote(sentence)) is not None:
                    return _quoted_first(item, quote, f"The proposal puts elsewhere what requirement {requirement.id}"
                                         f" keeps to {placing.where}: \u201c{sentence.main_part.text}\u201d. The "
                                         f"RFP asks: \u201c{requirement.text.rstrip('.')}\u201d.")
            elif inside is None and any(self.placement.keeps_inside(placing, c) for c in clauses):
                inside = sentence
        if item["status"] == "not_addressed" and inside is not None and (
                quote := evidence.verified_quote(inside)) is not None:
            return _quoted_first(item, quote, "", "compliant") | {"confidence": 0.5}
        return item

    def charged(self, requirement: Requirement, item: dict, evidence: VendorEvidence) -> dict:
        """Non_compliant when the requirement asks for something without a charge ("without any termination
        charge", "at no additional cost") and a clause about it charges for it ("the Client shall pay the
        unamortised Transition Charge"; `charge_refusal` of criteria/requirements.yaml). A charge that starts only
        beyond a duration the requirement asks ("storage beyond 24 months is charged" against twelve months) offers
        more, and a clause saying it costs nothing (`free`) charges nothing."""
        rule = self.vocab.charge_refusal
        if item["status"] == "non_compliant" or not first_text(rule.patterns("requirement"), requirement.text):
            return item
        charge, free = rule.patterns("charge"), rule.patterns("free")
        floors = [v for (kind, dimension), v in self.duration_bounds(requirement.text)
                  if (kind, dimension) == ("at_least", "time")]
        for i, sentence in enumerate(evidence.sentences):
            span = sentence.main_part
            pieces = _clauses(span.text)
            for j, clause in enumerate(pieces):
                # What the clause follows: the clauses before it, or the sentence before the sentence.
                before = " ".join(pieces[:j]) if j else evidence.sentences[i - 1].text if i else ""
                about = f"{before} {clause}" if first_text(rule.patterns("refers_back"), clause) else clause
                if not first_text(charge, clause) or first_text(free, clause) or not self.charges_for(requirement,
                                                                                                        about):
                    continue
                if floors and any(v >= max(floors) for _, v in _times(f"{before} {clause}")):
                    continue  # charged only beyond what the requirement asks: more offered
                if (quote := evidence.verified_quote(sentence)) is not None:
                    return _quoted_first(item, quote, f"The proposal charges for what requirement {requirement.id} "
                                         f"asks without a charge: \u201c{span.text}\u201d. The RFP asks: "
                                         f"\u201c{requirement.text.rstrip('.')}\u201d.")
        return item

    def priced_elsewhere(self, requirement: Requirement, item: dict, evidence: VendorEvidence) -> dict:
        """Non_compliant when the requirement names the currency of prices ("in Canadian dollars") and the proposal
        states prices in another ("Offshore Services in Indian Rupees (INR)", "PLN 118.00 per productive hour";
        `price_currency` of criteria/requirements.yaml)."""
        rule = self.vocab.price_currency
        asked_in = currencies_in(asked(requirement.text))
        if item["status"] == "non_compliant" or not asked_in or not first_text(rule.patterns("requirement"),
                                                                                requirement.text) \
                or first_text(rule.patterns("open"), requirement.text):
            return item
        prices, not_prices = rule.patterns("price"), rule.patterns("not_a_price")
        for sentence in evidence.sentences:
            for clause in _clauses(sentence.main_part.text):
                if first_text(not_prices, clause):
                    continue
                other = {c for m in (p.search(clause) for p in prices) if m for c in currencies_in(m.group(0))} - asked_in
                if other and (quote := evidence.verified_quote(sentence)) is not None:
                    return _quoted_first(item, quote, f"The proposal states prices in {', '.join(sorted(other))} where "
                                         f"requirement {requirement.id} asks for {', '.join(sorted(asked_in))}: "
                                         f"\u201c{clause}\u201d.")
        return item

    def charges_for(self, requirement: Requirement, clause: str) -> bool:
        """Whether a charging clause is about the requirement: near it in meaning and naming one of its names or its
        own words that name a thing ("Exit Assistance shall be charged at PLN 380 per hour" for exit assistance
        "within the contract charges"; not "Transition Services are provided for a fixed fee", which shares only the
        verb "provided"). The money words ("charge", "cost") the requirement's own "no charge" uses do not count."""
        if self.meaning is None or self.meaning.similarity(requirement.text, clause) < CHARGE_NEAR:
            return False
        parts = self.parts[requirement.id]
        bare = _MONEY_WORD.sub(" ", clause)
        return parts.named(bare) or any(mark.search(bare) for mark in _thing_marks(parts, requirement.text))

    def coverage_gap(self, requirement: Requirement, item: dict, evidence: VendorEvidence) -> dict:
        """Partial when the requirement staffs languages over hours ("24/7/365 in Dutch, French and English") and a
        passage names one of them with a stand-in ("French calls at night are answered ... with a French
        interpreter"); non_compliant when the passage leaves it unserved ("French calls in the night are taking a
        voicemail") or serves it in another language ("served in English or German"). `coverage_gaps` of
        criteria/requirements.yaml."""
        gaps = self.vocab.coverage_gaps
        asked_text = asked(requirement.text)
        languages = [lang for lang in sorted(self.languages) if _names_language(lang, asked_text)]
        if item["status"] == "non_compliant" or not languages or not first_text(gaps.patterns("requirement"),
                                                                                asked_text):
            return item
        nights = bool(first_text(gaps.patterns("around_the_clock"), asked_text))
        found = None
        for sentence in evidence.sentences:
            text = sentence.main_part.text
            named = [lang for lang in languages if _names_language(lang, text)]
            if not named or first_text(gaps.patterns("other_languages"), text) or (
                    not nights and first_text(gaps.patterns("night"), text)):
                continue
            status = self.coverage_status(named, text, live=bool(first_text(gaps.patterns("live"), asked_text)))
            if status and (found is None or SEVERITY[status] > SEVERITY[found[0]]):
                found = (status, sentence)
        if found is None or SEVERITY[found[0]] <= SEVERITY[item["status"]]:
            return item
        status, sentence = found
        quote = evidence.verified_quote(sentence)
        if quote is None:
            return item
        said = "leaves a language it asks for unserved" if status == "non_compliant" else "covers a language it asks " \
            "for only with a stand-in"
        return _quoted_first(item, quote, f"The proposal {said} (requirement {requirement.id}): \u201c{quote.quote}"
                             f"\u201d. The RFP asks: \u201c{requirement.text.rstrip('.')}\u201d.", status)

    def coverage_status(self, named: list[str], text: str, live: bool) -> str | None:
        """How a passage naming the requirement's languages (`named`) covers them: leaving one unserved ("French
        calls in the night are taking a voicemail") is non_compliant where the requirement asks for `live` agents,
        else partial; refusing it ("phone in Spanish we cannot offer") is non_compliant; a stand-in (interpreter, roll-over), or a
        clause whose callers of one of them are served in another language ("outside these hours Polish-speaking
        tenants are served in English"), is partial."""
        gaps = self.vocab.coverage_gaps
        if first_text(gaps.patterns("refused"), text):
            return "non_compliant"
        if first_text(gaps.patterns("unserved"), text):
            return "non_compliant" if live else "partial"
        if first_text(gaps.patterns("bridged"), text):
            return "partial"
        for clause in _clauses(text):
            served = first_match(gaps.patterns("served"), clause)
            if served is None:
                continue
            before, after = clause[:served.start()], clause[served.end():]
            callers = [lang for lang in named if _names_language(lang, before) and not _names_language(lang, after)]
            if callers and any(_names_language(lang, after) for lang in self.languages - set(callers)):
                return "partial"
        return None

    def substituted(self, requirement: Requirement, item: dict, evidence: VendorEvidence) -> dict:
        """Non_compliant when the proposal never names a variety of a language the requirement names ("Brazilian
        Portuguese") but names another ("native speakers of European Portuguese"): a substitute, not the thing."""
        if item["status"] in ("non_compliant", "not_addressed"):
            return item
        for group in self.parts[requirement.id].names:
            if any(n.pattern().search(s.text) for n in group for s in evidence.sentences):
                continue
            for name in group:
                other = _other_variety(name.text, requirement.text, evidence.sentences, self.languages)
                if other is None:
                    continue
                sentence, variety = other
                span = sentence.main_part
                if (quote := evidence.verified_quote(sentence)) is not None:
                    return _quoted_first(item, quote, f"The proposal offers {variety} where requirement "
                                         f"{requirement.id} asks for {name.text}: \u201c{span.text}\u201d.")
        return item

    def more_offered(self, parts: Parts, sentences: list, i: int) -> bool:
        """Whether the proposal offers more than the short passage `sentences[i]` states: in the sentence after it
        ("... Retention beyond that is charged"), or in any passage about the requirement (a price note elsewhere:
        "retention beyond the standard period is billed at ...")."""
        more = self.vocab.durations.patterns("more_offered")
        following = " ".join(s.text for s in sentences[i:i + 2])
        return bool(first_text(more, following)) or any(
            first_text(more, s.text) and parts.mark_count(_DURATION.sub(" ", s.text)) >= max(2, parts.needed)
            for s in sentences)

    def duration_bounds(self, text: str, floor_shares: bool = False) -> list[tuple[tuple[str, str], float]]:
        """The durations (days), shares (per cent) and counts of things a text bounds, each with the bound's kind (the
        words before the figure) and its dimension (a count's is the thing it counts, see _counts). With
        `floor_shares` (a service level's row: "Calls answered within 30 seconds: 90%"), a share without words before
        it is a floor, the target to reach, unless a share before it was said to be a ceiling: the row measures what
        must stay low ("Abandoned calls not more than 4%: 4%", "Abandon rate 5% max | 2%", whose second share is the
        target restated or the credit)."""
        bounds = []
        taken = 0  # where the words of the figure before end: "6% maximum | 2% of the invoice" caps 6%, not 2%
        for dimension, value, start in _bounded_figures(text):
            before = text[max(0, start - 30, taken):start]
            after = _after_figure(text, start)
            said_after = self.vocab.durations.said_after(after)
            taken = _figure_at(text, start).end() + (next(iter(said_after.values())).end() if said_after else 0)
            kinds = [k for k in ("at_most", "at_least") if first_text(self.vocab.durations.patterns(k), before)]
            if not kinds and floor_shares:  # a row's target said after its figure: "5% or less", "98% or better"
                kinds = list(said_after)
            if not kinds and floor_shares and dimension == "share" and not _BELOW.search(before) and (
                    ("at_most", "share") not in {b for b, _ in bounds}):
                kinds = ["at_least"]
            if dimension == "share" and first_text(self.vocab.durations.patterns("capacity"), after):
                kinds = ["at_least"]  # "absorb peaks of up to 150% of forecast volume": a capacity to reach
            bounds += [((kind, dimension), value) for kind in kinds]
        return bounds

    def self_assessed(self, requirement: Requirement, item: dict, evidence: VendorEvidence) -> dict:
        """The item with the vendor's own answer in a compliance matrix keyed by the RFP's ids: an admitted gap
        ("Complies in part", "Not in higher education") outweighs a reading of compliance; a bare "Complies" where
        no passage was found is a claim, partial."""
        answer = self.own_answer(requirement, evidence)
        if answer is None:
            return item
        verdict, quote = answer
        if verdict == "compliant":
            if item["status"] != "not_addressed":
                return item
            cited = self.cited_passage(requirement, quote.quote, evidence)
            if cited is not None:
                # "R-16 | Complies | 11.2": the clause the vendor points to mentions what the requirement asks.
                return item | {"status": "compliant", "confidence": 0.6, "gap": "",
                               "evidence": [_evidence_doc(cited), _evidence_doc(quote)]}
            verdict, gap = "partial", (f"The proposal claims requirement {requirement.id} "
                                       f"(\u201c{quote.quote}\u201d) but no passage shows how; check it.")
        elif SEVERITY[verdict] <= SEVERITY[item["status"]]:
            return item
        else:
            gap = f"The proposal's own answer to requirement {requirement.id}: \u201c{quote.quote}\u201d."
        shown = [_evidence_doc(quote)] + [e for e in item["evidence"] if e != _evidence_doc(quote)]
        return item | {"status": verdict, "confidence": min(item["confidence"], 0.7), "evidence": shown, "gap": gap}

    def cited_passage(self, requirement: Requirement, answer: str, evidence: VendorEvidence) -> Evidence | None:
        """The passage of the proposal's own clause or section that a vendor's "Complies" cites ("R-16 Complies
        11.2", "Yes, section 10", "Complies (Schedule 3)") and that mentions what the requirement asks (a name, or
        one of its words or targets, Parts.mentions) without refusing or limiting it: the vendor pointed there."""
        parts = self.parts[requirement.id]
        own = _id_pattern(requirement.id).search(answer)
        for reference in _references(answer[own.end():] if own else answer):
            for sentence in _cited(evidence.sentences, reference):
                text = sentence.main_part.text
                if parts.mentions(text) and not first_text(self.shortfalls, text) and \
                        (quote := evidence.verified_quote(sentence)) is not None:
                    return quote
        return None

    def own_answer(self, requirement: Requirement, evidence: VendorEvidence) -> tuple[str, Evidence] | None:
        """The vendor's verdict on the requirement in its own words, and the quote: the text after the RFP's id,
        up to the next id the RFP gave (or MAX_ANSWER characters)."""
        if requirement.id not in self.rfp_ids:
            return None
        own = _id_pattern(requirement.id)
        vocab = self.vocab.self_assessment
        for (file, page), text in _page_texts(evidence).items():
            for found in own.finditer(text):
                rest = text[found.end():]
                following = self.any_id.search(rest)
                end = following.start() if following else min(len(rest), MAX_ANSWER)
                answer = _ANSWER_LEAD.sub("", rest[:end]).strip()
                verdict = ("partial" if first_text([compile_pattern(p) for p in vocab.partial], answer)
                           else "non_compliant" if first_text([compile_pattern(p) for p in vocab.non_compliant], answer)
                           else "compliant" if first_text([compile_pattern(p) for p in vocab.compliant], answer)
                           else None)
                quote = Evidence(file, page, text[found.start():found.end() + end].strip())
                if verdict and evidence.verifier.is_verbatim(quote):
                    return verdict, quote
        return None

    def fee_limited(self, requirement: Requirement, item: dict, fees: list[Finding], reading: dict[str, str]) -> dict:
        """The item at most as compliant as a present fee that goes against the requirement leaves it: an automatic
        renewal against "no automatic renewal" is non_compliant; a hedge on prices asked to be firm is partial, a
        right to revise them non_compliant. The fee's verified quote leads the evidence."""
        worst = None
        for rule in self.vocab.fee_contradictions:
            if not first_text([compile_pattern(p) for p in rule.requirement], requirement.text):
                continue
            refusal = self.vocab.patterns("contradiction") + [compile_pattern(p) for p in rule.refusal]
            excepted = [compile_pattern(p) for p in rule.except_when]
            conditional = [compile_pattern(p) for p in rule.conditional]
            for fee in fees:
                # The fee read whole (_fee_reading): its other quotes, or the sentence a quote refers back to, may
                # say when it starts ("Prices are fixed for the first twenty-four (24) months. Thereafter ...").
                if fee.id in rule.fees and fee.status == "present" and fee.evidence and not first_text(
                        excepted, reading[fee.id]):
                    quote = fee.evidence[0]
                    # A refusal only if something happens ("If the exchange rate moves ..., we will revise") is a
                    # hedge: partial.
                    refused = any(first_text(refusal, s) and not first_text(conditional, s)
                                  for s in re.split(r"(?<=[.!?])\s+", quote.quote))
                    status = "non_compliant" if rule.status == "non_compliant" or refused else "partial"
                    if worst is None or SEVERITY[status] > SEVERITY[worst[0]]:
                        worst = (status, quote)
        if worst is None or SEVERITY[worst[0]] <= SEVERITY[item["status"]]:
            return item
        status, quote = worst
        shown = [_evidence_doc(quote)] + [e for e in item["evidence"] if e != _evidence_doc(quote)]
        return item | {"status": status, "confidence": min(item["confidence"], 0.7), "evidence": shown,
                       "gap": f"The proposal's terms go against requirement {requirement.id}: \u201c{quote.quote}\u201d. "
                              f"The RFP asks: \u201c{requirement.text.rstrip('.')}\u201d."}

    def rise_limited(self, requirement: Requirement, item: dict, fees: list[Finding], reading: dict[str, str]) -> dict:
        """Non_compliant when the vendor's price rise (the fee judge's `price_escalation`, present) starts before
        the requirement lets prices rise, or exceeds the cap it sets (firm_prices.py)."""
        rule = self.vocab.price_firmness
        if item["status"] == "non_compliant" or not first_text(rule.patterns("requirement"), requirement.text):
            return item
        for fee in fees:
            if fee.id != "price_escalation" or fee.status != "present" or not fee.evidence:
                continue
            # The first quote settles the finding; the others, or the sentence it refers back to, may state its
            # cap or its start ("Rates are firm for the first Contract Year." beside "... adjusted by the change in
            # the CPI ... to a maximum of 3%").
            whole = reading[fee.id]
            why = breaks_firmness(rule, asked(requirement.text), fee.evidence[0].quote) and breaks_firmness(
                rule, asked(requirement.text), whole)
            if why:
                return _quoted_first(item, fee.evidence[0], f"The proposal's price rise goes against requirement "
                                     f"{requirement.id}: {why}: \u201c{fee.evidence[0].quote}\u201d.")
        return item

    def finding(self, requirement: Requirement, criterion: Criterion, evidence: VendorEvidence) -> Finding:
        parts = self.parts[requirement.id]
        judge = self.judge
        finding = evidence.verifier.verified(judge.assess_criterion(evidence, criterion))
        rules = getattr(judge, "fallback", None)
        unsupported = finding.status != "missing" and (
            finding.unverified or not parts.is_about(" ".join(e.quote for e in finding.evidence)))
        if rules is not None and unsupported:
            # An LLM verdict without quotes of the proposal plainly about the requirement decides no gate: the rules
            # judge answers, and says why (a small model's "met" quoting invented text, the heading "1. Security",
            # or its title page "Proposal for customer care" for a requirement on customer data).
            reason = "unverified answer" if finding.unverified else "no quote about the requirement"
            judge = rules
            finding = replace(evidence.verifier.verified(rules.assess_criterion(evidence, criterion)),
                              judge=f"{rules.name} (fallback: {reason})")
        if finding.status == "partial" and self.stray_shortfalls(requirement, finding):
            # The only limits quoted are about something else ("liability is limited ..., except for breaches of
            # data protection obligations" for a GDPR requirement): judged again without them.
            finding = replace(evidence.verifier.verified(judge.assess_criterion(
                evidence, Criterion(**criterion.model_dump() | {"shortfalls": []}))), judge=finding.judge)
        if finding.status == "missing":
            return finding
        unnamed = [n for n in self.unnamed(parts, evidence, requirement.text)
                   if not self.said_otherwise(requirement, n, evidence)]
        if unnamed:
            # A requirement for a named standard is not addressed by a proposal that never names it, nor says what
            # the clause naming it asks in other words ("we reconcile the adverse events ... every month" for
            # "reconcile AE cases"; "our books are checked every year by an auditor" is no SOC 1 report).
            return Finding(finding.id, finding.kind, "missing", 0.7,
                           f"The proposal never names {', '.join(unnamed)}.", criterion.question, judge=finding.judge)
        about = parts.mentions if finding.status == "met" else parts.is_about
        if not any(about(e.quote) or self.speaks_to(requirement, e.quote) for e in finding.evidence):
            # Close in meaning is not about it: no quote names anything the requirement names or asks ("data
            # subject requests" for background checks "subject to local law"). A partial reading needs a quote
            # plainly about it (Parts.is_about): one shared word is a nearby topic, not a partial answer ("open for
            # acceptance" of a proposal's validity for "acceptance of the third-party risk requirements").
            return replace(finding, status="missing", confidence=0.6, evidence=[],
                           gap="No passage of the proposal names what this requirement asks.")
        if finding.status == "met" and not any(parts.is_about(e.quote) or self.speaks_to(requirement, e.quote)
                                               for e in finding.evidence):
            # Compliant needs a passage plainly about the requirement: a name of it, or two of its words or targets
            # in one quote ("fourteen weeks" in a transition plan and "volumes" in a price note are not about
            # absorbing peak volumes). The judge quoted nearby topics: the proposal is read again for such passages.
            finding = self.read_again(requirement, finding, evidence)
            if finding.status == "missing":
                return finding
        if finding.status == "met" and _quantity(requirement_text := self.texts[requirement.id]) and not any(
                (parts.is_about(e.quote) or self.counts_in_its_units(requirement, e.quote))
                and (_quantity(e.quote) or _HOURS.search(e.quote) or parts.named(e.quote)) for e in finding.evidence):
            # A requirement that counts ("at least two hotel clients", "five evaluated contacts per agent") is met
            # by a passage that counts or names, not by one restating its words ("huge hospitality experience"); hours
            # of service count too ("live agents at all hours on every day of the year" for "24 hours a day").
            return replace(finding, status="partial", confidence=0.5,
                           gap=f"No quoted passage states how much or how many, which the requirement asks: "
                               f"\u201c{requirement_text.rstrip('.')}\u201d.")
        passages = _about(parts, evidence) if finding.status == "met" else []
        left_out = [name for name in (parts.unnamed(passages) if finding.status == "met" else [])
                    if (name in parts.kinds or not self.said_otherwise(requirement, name, evidence))
                    and not _instance_named(name, requirement.text, passages)]
        if left_out:
            # Compliant names every part the requirement cites: a "fully GDPR compliant" claim without the
            # Article 28 agreement the RFP also asks for is partial. A name is also met by a passage saying in its
            # own words what the clause naming it asks ("stored in Azure West Europe (Amsterdam)" for "within the
            # European Economic Area"); a kind a list names is not ("background verification" leaves out
            # "criminal" and "employment").
            return replace(finding, status="partial", confidence=0.6,
                           gap=f"The proposal does not name {'; '.join(left_out)}, which the requirement asks for.")
        if finding.status == "partial" and not any(first_text(self.shortfalls + self.criteria.hedges_re, e.quote)
                                                   for e in finding.evidence):
            # Partial only for want of specifics, while a quote restates the whole requirement ("open 24/7/365 with
            # live agents in German, Italian, French and English"): its own terms are the specifics.
            whole = [e for e in finding.evidence if self.restates(requirement, e.quote)]
            if whole:
                return replace(finding, status="met", confidence=0.6, gap="",
                               evidence=whole + [e for e in finding.evidence if e not in whole])
        return finding

    def restates(self, requirement: Requirement, quote: str) -> bool:
        """Whether a quote says all the requirement asks: close to it in meaning (SPEAKS_TO), naming every part it
        names and stating its figures ("24/7/365", "07:00-22:00", "95%")."""
        parts = self.parts[requirement.id]
        figures = re.findall(r"\d+(?:[:/.,]\d+)*", asked(requirement.text))
        return self.speaks_to(requirement, quote) and not parts.unnamed([quote]) and all(
            re.search(rf"(?<![\d:/.,]){re.escape(f)}(?![\d:/]|[.,]\d)", quote) for f in figures)

    def read_again(self, requirement: Requirement, finding: Finding, evidence: VendorEvidence) -> Finding:
        """A "met" whose quotes are all about nearby topics, read again from the proposal's passages plainly about
        the requirement (a name, two of its words or figures, or close in meaning, and not far from it): none is
        silence (missing: "Growing with you" is no answer on absorbing peaks), unless a passage mentions it with a
        hedge (hedged_mention); one stating a limit, a hedge or a refusal is partial (a refusal then decides, as in
        any quote); else the passages found meet it ("Offer is valid 120
        days" for "valid for one hundred and twenty (120) days")."""
        parts = self.parts[requirement.id]
        found = []
        for sentence in evidence.sentences:
            span = sentence.main_part
            if sentence.text == sentence.section or not (_about_in_words(parts, requirement.text, span.text)
                                                         or self.speaks_to(requirement, span.text)) \
                    or self.off_topic(requirement, span.text):
                continue
            if (quote := evidence.verified_quote(sentence)) is not None:
                found.append(quote)
        if not found:
            mention = self.hedged_mention(requirement, evidence)
            if mention is not None:
                return replace(finding, status="partial", confidence=0.5, evidence=[mention],
                               gap=f"The proposal only mentions requirement {requirement.id} with a hedge or a limit: "
                                   f"\u201c{mention.quote}\u201d.")
            return replace(finding, status="missing", confidence=0.6, evidence=[],
                           gap="No passage of the proposal is plainly about what this requirement asks.")
        limited = [q for q in found if first_text(self.criteria.hedges_re + self.shortfalls, q.quote)]
        if limited:
            return replace(finding, status="partial", confidence=0.5, evidence=(limited + found)[:MAX_QUOTES],
                           gap=f"The passages about requirement {requirement.id} state a limit or a hedge: "
                               f"\u201c{limited[0].quote}\u201d.")
        return replace(finding, status="met", confidence=0.5, evidence=found[:MAX_QUOTES],
                       gap="Found by reading the proposal again: the judge's own quotes were about nearby topics.")

    def states_its_figure(self, requirement: Requirement, passage: str) -> bool:
        """Whether the passage states one of the requirement's own figures in its unit ("180 days" of "valid for one
        hundred and eighty (180) days") and is near it in meaning (FIGURE_NEAR): "Our offer is good for 180 days"
        states how long, which a requirement that counts asks of a quote about it."""
        return bool(_figures(requirement.text) & _figures(passage)) and self.near_for_a_figure(requirement, passage)

    def counts_in_its_units(self, requirement: Requirement, passage: str) -> bool:
        """Whether the passage states a figure in a unit of the requirement's figures and is near it in meaning
        (FIGURE_NEAR): "95 days from signature" counts what "Transition within one hundred and twenty (120) days of
        contract signature" bounds, whichever figure it gives."""
        # A share is a service level's unit ("Payslips without our mistake 99.8 %"), not another requirement's ("67%
        # of the engineers" hold a degree, of "every L2 engineer").
        mine = {unit for _, unit in _figures(requirement.text) if unit != "share" or requirement.kind == "service_level"}
        return bool(mine & {unit for _, unit in _figures(passage)}) and self.near_for_a_figure(requirement, passage)

    def near_for_a_figure(self, requirement: Requirement, passage: str) -> bool:
        """Whether the passage is near enough the requirement in meaning (FIGURE_NEAR) for its figure to be about it."""
        return self.meaning is not None and self.meaning.similarity(requirement.text, passage) >= FIGURE_NEAR

    def hedged_mention(self, requirement: Requirement, evidence: VendorEvidence) -> Evidence | None:
        """The first passage that mentions the requirement by a name or one of its words (not a figure), is not far
        from it in meaning, and defers or limits what it says ("Service credits we prefer to discuss them together
        in the contract negotiation"): an answer in part, not silence."""
        parts = self.parts[requirement.id]
        words = [m for m in parts.marks if not _numeric_mark(m, requirement.text)]
        deferrals = self.criteria.hedges_re + self.shortfalls
        for sentence in evidence.sentences:
            span = sentence.main_part
            if sentence.text == sentence.section or not (parts.named(span.text) or any(
                    m.search(span.text) for m in words)) or not first_text(deferrals, span.text) or self.off_topic(
                    requirement, span.text):
                continue
            if (quote := evidence.verified_quote(sentence)) is not None:
                return quote
        return None

    def said_otherwise(self, requirement: Requirement, name: str, evidence: VendorEvidence) -> bool:
        """Whether a passage of the proposal says, in its own words, what the clause of the requirement naming
        `name` asks: "stored in Azure West Europe (Amsterdam)" for "stored only within the European Economic Area",
        "UK and Irish data ... in Dublin" for "UK/Irish data subjects", or names a place inside the one named."""
        # A place is named by a place inside it: "stored in Frankfurt" names the EEA (criteria/places.yaml).
        countries = self.placement.places.countries_named(name)
        if countries and any(place.countries <= countries for s in evidence.sentences
                             for place in self.placement.places.in_text(s.text)):
            return True
        if self.meaning is None:
            return False
        clause = clause_naming(requirement.text, name)
        return self.meaning.closest(clause, [s.text for s in evidence.sentences]) >= SPEAKS_TO

    def stray_shortfalls(self, requirement: Requirement, finding: Finding) -> bool:
        """Every quoted shortfall ("not yet", "except", "only") sits in a clause that is not about the requirement
        (stated_about) or that keeps what the requirement forbids ("Zendesk keeps the contact record only" of "no
        renter data kept in the bidder's systems beyond the contact record"), and there is one."""
        clauses = [c for e in finding.evidence for c in _clauses(e.quote) for c in _statements(c)
                   if first_text(self.shortfalls, c)]
        return bool(clauses) and not any(self.stated_about(requirement, c) and not _keeps_prohibition(requirement.text, c)
                                         for c in clauses)

    def unnamed(self, parts: Parts, evidence: VendorEvidence, text: str = "") -> list[str]:
        """The requirement's acronyms (standards, laws) when no sentence of the proposal names any of them, in any
        form, nor the instance the requirement names for it in parentheses (`text`: "CRM (Microsoft Dynamics 365)"
        is named by "Dynamics 365")."""
        # A group of alternatives is cited when one of them has acronyms ("ISO/IEC 27001 ... or a SOC 2 Type II
        # report"), and named by any of them.
        cited = [name for group in parts.names if any(n.acronyms for n in group) for name in group]
        if not cited:
            return []
        # Any form of a name with acronyms: the acronym, or its name written out ("Personal Data Protection Act"),
        # or an alternative the requirement offers in parentheses ("SOC 1 Type II (or ISAE 3402 Type II)").
        patterns = [name.pattern() for name in cited + parts.hints] + [
            re.compile(rf"(?<![\w-]){re.escape(a)}(?![\w-])") for name in cited for a in _standalone_acronyms(name.text)
        ] + [_instance(name.text, text) for name in cited if _instance(name.text, text) is not None]
        named = any(p.search(s.text) for s in evidence.sentences for p in patterns)
        return [] if named else sorted({a for name in cited for a in name.acronyms})

    def contradiction(self, requirement: Requirement, finding: Finding, evidence: VendorEvidence) -> Evidence | None:
        """The first quote with a clause that contradicts the requirement and is about it (Parts.is_stated_about):
        "SOC 2 Type II certification is in process" contradicts a SOC 2 requirement, not a
        GDPR one beside it in the same sentence. A quote's first clause is read with the label it was cut from
        (`_cut_label`: "ISO/IEC 27001" / "certification audit scheduled for Q3 2027" of a table row)."""
        contradiction = self.vocab.patterns("contradiction")
        for e in finding.evidence:
            label = _cut_label(evidence.sentences, e.quote)
            for i, clause in enumerate(_clauses(e.quote)):
                labelled = f"{label} {clause}" if i == 0 and label else clause
                if _refuses(contradiction, clause) and self.stated_about(requirement, labelled) and not (
                        _keeps_prohibition(requirement.text, clause)):
                    return e
        return None

    def refused_anywhere(self, requirement: Requirement, evidence: VendorEvidence) -> Evidence | None:
        """The first passage of the proposal, wherever it is, with a clause that refuses the requirement in plain
        words and is plainly about it: "The ISO 27001 we don't have yet" in a closing page, "phone in Spanish we
        cannot offer" in a staffing note. A refusal decides whichever passages the judge quoted."""
        contradiction = self.vocab.patterns("contradiction")
        for sentence in evidence.sentences:
            span = sentence.main_part
            if not first_text(contradiction, span.text):
                continue
            if any(_refuses(contradiction, c) and self.plainly_refuses(requirement, c)
                   and not _keeps_prohibition(requirement.text, c) for c in _clauses(span.text)):
                if (quote := evidence.verified_quote(sentence)) is not None:
                    return quote
        return None

    def compliance_item(self, requirement: Requirement, finding: Finding, evidence: VendorEvidence) -> dict:
        status = STATUS_OF.get(finding.status, "not_addressed")
        contradicted = self.contradiction(requirement, finding, evidence) or self.refused_anywhere(requirement,
                                                                                                   evidence)
        gap, question = finding.gap, finding.question
        # A statement that contradicts the requirement, in a clause about it, outweighs any commitment beside it
        # ("The above SLAs are targets ...; no penalties or service credits shall be applicable").
        if contradicted is not None and requirement.kind == "pricing_instruction":
            # Prices shown but one cost left out or not estimated ("not included in the charges"): partly done.
            status = "partial"
            gap = (f"The proposal leaves out part of what requirement {requirement.id} asks to be shown: "
                   f"\u201c{contradicted.quote}\u201d. The RFP asks: \u201c{requirement.text.rstrip('.')}\u201d.")
        elif contradicted is not None:
            status = "non_compliant"
            gap = (f"The proposal contradicts requirement {requirement.id}: \u201c{contradicted.quote}\u201d. "
                   f"The RFP asks: \u201c{requirement.text.rstrip('.')}\u201d.")
        elif status == "not_addressed":
            gap = f"Not addressed in the proposal. The RFP asks: \u201c{requirement.text.rstrip('.')}\u201d."
        elif status == "compliant":
            gap = ""
        evidence = ([contradicted] + [e for e in finding.evidence if e is not contradicted]) if contradicted \
            else finding.evidence
        item = {"id": requirement.id, "status": status, "confidence": round(finding.confidence, 2), "gap": gap,
                "question": question, "evidence": [_evidence_doc(e) for e in evidence], "judge": finding.judge}
        if finding.unverified:
            item["unverified"] = True
        return item


# Units in full or as a terse matrix writes them ("7 yrs", "6 wks", "12 mo", "4 hrs").
_DURATION = re.compile(rf"\b(?P<n>{NUMBER})\s*(?:(?:calendar |business |working )?(?P<unit>second|sec|minute|min|hour|hr|"
                       r"day|week|wk|month|mth|mo|year|yr)s?\b|(?<=\d)(?P<s>s)\b|(?P<share>%|per ?cent\b))", re.IGNORECASE)
_DEADLINE_DAY = re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\)?\s+(?:calendar |business |working )?day\b", re.IGNORECASE)
DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
_SHORT_UNITS = {"sec": "second", "s": "second", "min": "minute", "hr": "hour", "wk": "week", "mth": "month",
                "mo": "month", "yr": "year"}


def _unit(match: re.Match) -> str:
    """The unit of a _DURATION match, in full ("30s": "second"), or "share"."""
    if match.group("share"):
        return "share"
    unit = (match.group("unit") or match.group("s")).lower()
    return _SHORT_UNITS.get(unit, unit)


# Words that end a requirement's subject: "Service credits | of up to 10%", "Unit prices | must be firm".
_SUBJECT_END = re.compile(r"^(?:of|for|to|in|on|at|by|from|with|within|shall|must|will|may|should|can|are|is|be|and|or|"
                          r"totall?ing|covering|including|that|which|who|where|under|per|as)$", re.IGNORECASE)


_INSTRUCTIONS = {"provide", "describe", "quote", "list", "state", "submit", "include", "price", "give", "confirm",
                 "identify", "explain", "detail", "propose", "indicate", "specify", "attach", "show"}


def _subject(requirement: str) -> str:
    """What a requirement opens with, when it opens with what it asks for: two to four words before its first
    preposition or verb ("Service credits" of "Service credits of not less than ten percent ... at risk"); "" when it
    opens otherwise ("The provider shall ...")."""
    words = asked(requirement).split()
    if words and words[0].lower() in ("a", "an", "the", "all", "any"):
        words = words[1:]
    if words and words[0].lower() in _INSTRUCTIONS:
        return _object_asked(words[1:])
    subject = []
    for word in words[:5]:
        if _SUBJECT_END.match(word) or not re.fullmatch(r"[A-Za-z][a-z-]+", word) or number(word) is not None:
            break
        subject.append(word)
    return " ".join(subject) if 2 <= len(subject) <= 4 and len(subject) < len(words) else ""


_COUNTING = re.compile(r"^(?:a|an|the|at|least|no|fewer|less|than|minimum|of|up|to|\(?\d+\)?)$", re.IGNORECASE)


def _object_asked(words: list[str]) -> str:
    """What an instruction asks the proposal to provide, when it is one noun of six letters or more after its count:
    "references" of "Provide at least three (3) references from public-sector clients"; "" otherwise."""
    rest = words[:8]
    while rest and (_COUNTING.match(rest[0]) or number(rest[0]) is not None):
        rest = rest[1:]
    return rest[0] if rest and len(rest) > 1 and _SUBJECT_END.match(rest[1]) and re.fullmatch(r"[a-z]{6,}", rest[0]) \
        else ""


# A prohibition's negation, not a bound's ("not less than", "no later than").
_NEGATION = re.compile(r"(?:\b(?:not|no|never|nor|without|cannot)\b|n[\u2019']t\b)(?! (?:less|more|fewer|later|earlier|longer|"
                       r"shorter|sooner|greater|lower|higher|(?:to )?exceed\w*)\b)", re.IGNORECASE)
# Words of a requirement's prohibition that say nothing of what it forbids.
_PROHIBITION_FILLER = {"must", "shall", "will", "would", "should", "with", "that", "this", "from", "have", "been",
                       "their", "they", "them", "only", "into", "such", "other", "which", "where", "when", "than",
                       "each", "every", "also", "more", "less", "used", "make", "made", "take", "give", "gives",
                       "provide", "agents", "staff", "supplier", "provider", "vendor", "contractor", "bidder"}


def _keeps_prohibition(requirement: str, clause: str) -> bool:
    """Whether a clause saying what the vendor does not do keeps what the requirement forbids: "Administrators do
    not provide regulated financial advice" of "Agents must not give personal financial advice", "members have no
    invoice-processing rights" of "performed by staff who do not process invoices". Two words of the forbidding
    clause in the vendor's make it the same prohibition, kept, not a refusal. So does keeping to what the requirement
    restricts something to: "Case, GOP and claim data only in AssistPro" of "Cases, guarantees and claims are recorded
    directly in AssistPro"."""
    said = _stems(clause)
    return any(len(_stems(c) & said) >= 2 for c in _forbidding(requirement) + _restricting(requirement))


_RESTRICTION = re.compile(r"\b(?:only|exclusively|solely|directly)\b", re.IGNORECASE)


def _restricting(requirement: str) -> list[str]:
    """The clauses of a requirement that keep something to one place or means: "recorded directly in AssistPro",
    "stored only in the EU/EEA"."""
    return [c for c in _requirement_clauses(requirement) if _RESTRICTION.search(c)]


def _requirement_clauses(requirement: str) -> list[str]:
    """What a requirement asks, cut at commas, semicolons and full stops."""
    return re.split(r"[;,.]\s+", asked(requirement))


def _forbidding(requirement: str) -> list[str]:
    """The clauses of a requirement that forbid something: "Agents must not give personal financial advice"."""
    return [c for c in _requirement_clauses(requirement) if _NEGATION.search(c)]


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text) if w.lower() not in _PROHIBITION_FILLER}


def _names_subject(requirement: str, clause: str) -> bool:
    """Whether a clause names the requirement's subject ("We do not offer service credits." of "Service credits of
    not less than 10% ..."), singular or plural."""
    subject = _subject(requirement)
    return bool(subject) and re.search(rf"\b{re.escape(subject.rstrip('s'))}s?\b", clause, re.IGNORECASE) is not None


FIGURE_WORDS = 4  # words before a figure that say what it measures ("must remain valid for | 180 days")
_NOT_A_MEASURE = {"remain", "remains", "least", "within", "shall", "after", "under", "their", "those", "these", "which",
                  "should", "would", "could", "there", "other", "thereafter", "maximum", "minimum", "total", "every"}


def _figure_words(text: str) -> dict[str, str]:
    """The content words just before each figure of a text, by their stem (five letters): what it measures ("valid"
    of "must remain valid for 180 days" and "Validity" of "Validity: 120 days")."""
    found = {}
    for _, _, start in _durations(text):
        for word in re.findall(r"[A-Za-z]{5,}", " ".join(text[:start].split()[-FIGURE_WORDS:])):
            if word.lower() not in _NOT_A_MEASURE and number(word) is None:
                found[word.lower()[:5]] = word
    return found


def _same_figure_word(parts: Parts, requirement: str, passage: str) -> bool:
    """Whether a passage states a figure of what the requirement's figure measures, in a word of the same stem that
    is one of the requirement's own ("The present offer is valid during 120 days" for "Prices must remain valid for
    150 days"; not "calls", which every service level of calls shares)."""
    mine = _figure_words(requirement)
    return any(stem in mine and any(m.search(mine[stem]) for m in parts.marks) for stem in _figure_words(passage))


def _label(text: str) -> str:
    """A table row's label: its words before the first figure, when there are two or more ("Calls answered within"
    of "Calls answered within 60 seconds | 85%")."""
    label = re.split(r"\d|\b(?:within|in|under|below)\b", text, maxsplit=1)[0].strip(" :|-\u2013")
    return label if len(label.split()) >= 2 else ""


MAX_LABEL_TAIL = 8  # words of a row's label read back from its figure: a table's header may run into its first row


def _label_tails(text: str) -> list[str]:
    """A row's label and its last two to MAX_LABEL_TAIL words, for a header run into the row: "Metric Target Service
    credit if missed Calls answered" ends in "Calls answered"."""
    words = _label(text).split()
    return [" ".join(words[-n:]) for n in range(2, min(len(words), MAX_LABEL_TAIL) + 1)] if words else []


def _durations(text: str) -> list[tuple[str, float, int]]:
    """The durations (in days) and shares (in per cent) a text states, each with its dimension and where its figure
    starts ("twelve months", "ninety (90) days", "twelve per cent (12%)": the digits win). A deadline said as an
    ordinal day ("by the fifth (5th) business day of the following month") is that many days."""
    found = []
    for match in _DURATION.finditer(text):
        value = number(match.group("n"))
        if value is not None and match.group("share"):
            found.append(("share", value, match.start()))
        elif value is not None:
            found.append(("time", value * DAYS[_unit(match)], match.start()))
    found += [("time", float(match.group("n")), match.start()) for match in _DEADLINE_DAY.finditer(text)]
    return sorted(found, key=lambda figure: figure[2])


# A count of things, in digits or words, and what it counts: the last of at most three words after the figure, before a
# word that only links ("ten (10) evaluated contacts per agent per month" counts contacts per agent; "two references
# from banks" counts references). Its dimension is the thing and its "per", so a count is held only against a count
# of the same thing: "up to eight (8) contacts per agent" falls short of "at least ten (10) evaluated contacts per
# agent", and "40,000 contacts per month" is no answer to it.
_LINKING = (r"(?:per|of|in|a|an|the|each|every|and|or|to|for|from|at|on|by|with|within|across|as|are|is|was|will|shall|"
            r"be|that|which|who|than|but|if|we|our|its|their)\b")
_COUNT = re.compile(rf"(?<![\w.,/$\u20ac\u00a3-])(?<!(?-i:[A-Z]{{2}}) )(?P<n>{NUMBER})\s+"
                    rf"(?P<thing>(?:(?!{_LINKING})[a-z][a-z-]*\s+){{0,2}}(?!{_LINKING})[a-z][a-z-]*)\b"
                    rf"(?!\s+(?!{_LINKING})[a-z])"
                    r"(?:\s+(?:per|each|every|an?)\s+(?P<per>[a-z]+))?", re.IGNORECASE)
_NOT_COUNTED = frozenset(DAYS) | frozenset(_SHORT_UNITS) | {"business", "working", "calendar", "percent", "cent", "time",
                                                            "x", "fold"}


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _counts(text: str) -> list[tuple[str, float, int]]:
    """The counts of things a text states, each with its dimension ("count:contact/agent") and where its figure starts;
    durations and shares are not counts (_durations reads them)."""
    found = []
    for match in _COUNT.finditer(text):
        words = [_singular(w) for w in re.split(r"[\s-]+", match.group("thing"))]
        value = number(match.group("n"))
        if value is None or _NOT_COUNTED & set(words):
            continue
        per = f"/{_singular(match.group('per'))}" if match.group("per") else ""
        found.append((f"count:{words[-1]}{per}", value, match.start()))
    return found


def _is_count(dimension: str) -> bool:
    return dimension.startswith("count:")


def _bounded_figures(text: str) -> list[tuple[str, float, int]]:
    """The figures a requirement or a passage may bound: durations, shares and counts of things, in the order said."""
    return sorted(_durations(text) + _counts(text), key=lambda figure: figure[2])


_MONEY_WORD = re.compile(r"\b(?:charges?|costs?|fees?|payments?|prices?|rates?)\b", re.IGNORECASE)
_VERB_FORM = re.compile(r"(?:ed|ing)$")  # an own word that is a verb form ("provided", "retained") names no thing


def _about_in_words(parts: Parts, requirement: str, text: str) -> bool:
    """Parts.is_about, with a word among the marks: a figure and its number word ("twelve (12) months") are one
    quantity, which a renewal "for more twelve (12) months" shares with a retention "for twelve (12) months"."""
    if parts.named(text):
        return True
    found = [m for m in parts.marks if m.search(text)]
    worded = [m for m in found if not _numeric_mark(m, requirement)]
    return bool(worded) and parts.mark_count(text) >= parts.needed


def _numeric_mark(mark: re.Pattern, requirement: str) -> bool:
    word = re.search(rf"(?:{mark.pattern})\w*", requirement, re.IGNORECASE)
    return word is None or word.group(0)[:1].isdigit() or number(word.group(0)) is not None


def _thing_marks(parts: Parts, text: str) -> list[re.Pattern]:
    """The requirement's marks whose word in its text names a thing, not a verb form: "Recordings" of "Recordings
    ... must be retained", not "retained" nor "provided"."""
    kept = []
    for mark in parts.marks:
        word = re.search(rf"(?:{mark.pattern})\w*", text, re.IGNORECASE)
        if word is None or not _VERB_FORM.search(word.group(0).lower()):
            kept.append(mark)
    return kept
_NUMBERED_PERIOD = re.compile(rf"\b(?P<unit>month|year)\s+(?P<n>{NUMBER})\b", re.IGNORECASE)  # "after month 6"


def _times(text: str) -> list[tuple[str, float]]:
    """The durations (in days) a text states, also as a numbered period ("after month 6": six months)."""
    found = [("time", v) for dimension, v, _ in _durations(text) if dimension == "time"]
    for match in _NUMBERED_PERIOD.finditer(text):
        value = number(match.group("n"))
        if value is not None:
            found.append(("time", value * DAYS[match.group("unit").lower()]))
    return found


def _figures(text: str) -> set[tuple[float, str]]:
    """The figures a text states with their unit: (180.0, "day"), (95.0, "share")."""
    found = set()
    for match in _DURATION.finditer(text):
        value = number(match.group("n"))
        if value is not None:
            found.add((value, _unit(match)))
    return found


def _own_over_restated(bounds: list, stated: list) -> list:
    """A service-level row that restates the RFP's target and then gives its own for the same window ("SLA-3 Chat
    answered | 85% within 45 seconds | 80% within 45 seconds | 1%"): the target it restates is not its commitment.
    Only when the row states the window again and every window it states is the requirement's, so both figures
    measure the same thing."""
    windows = {value for (_, dimension), value in bounds if dimension == "time"}
    stated_windows = [value for (_, dimension), value in stated if dimension == "time"]
    if not windows or len(stated_windows) < 2 or any(value not in windows for value in stated_windows):
        return stated  # the window said once: the second share is a credit ("85% | 3%"), not another target
    kept = list(stated)
    for kind, value in bounds:
        if kind[1] == "share" and (kind, value) in kept and any(k == kind and v != value for k, v in kept):
            kept.remove((kind, value))
    return kept


# A quote that refers back to the sentence before it for when it applies: "Thereafter they are adjusted ...", or
# prices named only by a pronoun ("From 1st March 2031 they move once a year with the CPI" after "Prices hold for your
# first 24 months.").
_BACK_REFERENCE = re.compile(r"^\W*(?:thereafter|after that|after this|from then on|subsequently)\b"
                             r"|^\W*(?:\S+\s+){0,5}?(?:they|these|those)\s+(?:move|rise|increase|change|are|will|shall|may|go)\b",
                             re.IGNORECASE)


def _fee_reading(fees: list[Finding], sentences: list) -> dict[str, str]:
    """Each present fee's quotes as one text, with the sentence before a quote that refers back to it ("Prices are
    fixed for the first twenty-four (24) months." before "Thereafter they are adjusted once a year ...", "Prices hold
    for your first 24 months." before "From 1st March 2031 they move once a year ..."): what the fee's clause says of
    when it starts, for the requirements it may go against."""
    reading = {}
    for fee in fees:
        if fee.status != "present" or not fee.evidence:
            continue
        texts = []
        for quote in (e.quote for e in fee.evidence):
            if _BACK_REFERENCE.match(quote):
                at = next((i for i, s in enumerate(sentences) if quote in s.text), None)
                if at:
                    texts.append(sentences[at - 1].text)
            texts.append(quote)
        reading[fee.id] = " ".join(texts)
    return reading


# An acceptance of service levels listed by id: "We accept SL-2, SL-3 and SL-5 as written", "agree to KPI-1 and KPI-4".
_ACCEPTED_IDS = re.compile(r"\b(?:accepts?|accepted|accepting|agrees? to|compl(?:y|ies) with)\s+(?:the\s+)?"
                           r"(?:service levels\s+|SLAs?\s+|KPIs?\s+)?(?P<ids>[A-Z]{1,5}-?\d{1,3}"
                           r"(?:(?:\s*,\s*|\s+and\s+|\s*(?:to|-|\u2013)\s*)[A-Z]{1,5}-?\d{1,3})*)", re.IGNORECASE)
# Where a flattened table's next row starts: after a figure, a capitalized word and another ("7% Web form answered").
_NEXT_ROW = re.compile(r"(?<=[\d%)])\s+(?=[A-Z][a-z]+(?:[ -][A-Za-z]+)+)")


def _first_row(passage: str) -> str:
    """The passage up to the next row a flattened table ran into it: its label, figures and the words between them."""
    figures = _durations(passage)
    if not figures:
        return passage
    after = _NEXT_ROW.search(passage, figures[0][2])
    return passage[:after.start()] if after else passage


def _figure_at(text: str, start: int) -> re.Match:
    """The figure _bounded_figures found at `start`: a duration or share, a deadline said as an ordinal day, or a count
    with the thing it counts."""
    return _DURATION.match(text, start) or _DEADLINE_DAY.match(text, start) or _COUNT.match(text, start)


def _after_figure(text: str, start: int) -> str:
    """The text after the share whose figure starts at `start`: "% of forecast daily volume"."""
    match = _figure_at(text, start)
    return text[match.end():match.end() + 60] if match else ""


def _unqualified(text: str, bounds: list, stated: list, keyed: bool = False) -> list[tuple[tuple[str, str], float]]:
    """The figures a passage gives as a label's value ("Validity of the proposal: 90 days", "Go-live | 80 days") or as
    what a period is ("The Transition Period shall be one hundred and five (105) days"), in a
    dimension it bounds nothing in, read as bounds of the requirement's kind: the vendor's validity, against "valid
    for 180 days". A figure inside a sentence ("continue for an Initial Term of three (3) years") is no such value;
    every figure of a row keyed by the requirement's id is one, and so is a plain count of the thing a requirement
    counts: "we evaluate five contacts per agent each month" is what the vendor offers against "at least ten"."""
    bounded = {dimension for (_, dimension), _ in stated}
    return [((kind, dimension), value) for dimension, value, start in _bounded_figures(text)
            if dimension not in bounded and (keyed or _LABEL_VALUE.search(text[:start]) or _is_count(dimension))
            for kind in dict.fromkeys(k for (k, d), _ in bounds if d == dimension)]


# a label's value ("Validity: 90 days", "Go-live | 80 days") or what a period is said to be ("The Transition Period
# shall be one hundred and five (105) days"), not a figure inside a phrase ("for an Initial Term of three (3) years")
_LABEL_VALUE = re.compile(r"(?:[:|]|\b(?:is|are|shall be|will be|would be|must be)(?: (?:set at|fixed at))?)\s*$",
                          re.IGNORECASE)
_OF_MONEY = re.compile(r"\s*\)?\s*of\s+(?:[\w'\u2019-]+\s+){0,3}?(?:invoices?|fees?|charges?|billings?|bills?|spend)\b",
                       re.IGNORECASE)
LEAD_WINDOW = 60  # characters before a share read for what it is a share of
_NEXT_SHARE = re.compile(r"\s*[|:]?\s*\d+(?:[.,]\d+)?\s*%")  # a share right after another: a row's next cell
_EACH = re.compile(r"\b(?:per|each|every)\b", re.IGNORECASE)


def _shares(text: str) -> list[re.Match]:
    """The text's shares ("85%", "ten per cent"), each with its figure (`n`)."""
    return [m for m in _DURATION.finditer(text) if m.group("share")]


def _refuses(contradiction: list[re.Pattern], clause: str) -> bool:
    """Whether a contradiction pattern matches the clause outside a condition (patterns.in_condition)."""
    return any(not in_condition(clause, m.start(), m.end()) for p in contradiction for m in p.finditer(clause))


def _capacity_only(text: str) -> bool:
    """Whether every share the text states is over 100% ("capacity of 310% of the baseline hourly volume within two
    hours"): a multiple of a volume, which no service level's share of contacts can be."""
    shares = [number(m.group("n")) for m in _shares(text)]
    return bool(shares) and all(share is not None and share > 100 for share in shares)


def _without_credits(text: str) -> str:
    """The text without its shares of money ("2% of monthly charges"): a service level's credit, not its measure."""
    for m in reversed(_shares(text)):
        if money := _OF_MONEY.match(text, m.end()):
            text = text[:m.start()] + text[money.end():]
    return text


def _share_bases(text: str) -> list[str]:
    """What the text's shares are of: the words after each share's figure ("of the monthly fees per missed ...")."""
    return [text[m.end():] for m in _shares(text)]


def _meets(bounds: list[tuple[tuple[str, str], float]], stated: list[tuple[tuple[str, str], float]],
           caps: bool = True) -> bool:
    """Whether a passage's figures meet the requirement's bounds: at least one bound has a figure of its kind and
    dimension, and the best such figure is on the right side of each ("within 6 weeks" for "within 12 weeks", "12%
    at risk" for "not less than 10%"). With `caps`, as _falls_short reads them, a ceiling at or over a floor asked
    meets it when no floor is stated ("penalties limited to 10% of the invoice" for "not less than 10% at risk")."""
    met = []
    for (kind, dimension), limit in bounds:
        values = [value for (k, d), value in stated if (k, d) == (kind, dimension)]
        if not values and kind == "at_least" and caps:
            values = [value for (k, d), value in stated if (k, d) == ("at_most", dimension)]
        if values:  # the best of them, as _falls_short reads a row's target beside its credit ("99.7% | 3%")
            met.append(max(values) >= limit if kind == "at_least" else min(values) <= limit)
    return bool(met) and all(met)


def _loosest(bounds: list[tuple[tuple[str, str], float]]) -> list[tuple[tuple[str, str], float]]:
    """Of a requirement's bounds of one kind and dimension, the loosest: "at least 175% in a rollover week and at
    least 200% from 15 December" asks 175% at least of any passage, which may answer one window only ("190% of your
    baseline weekly volume"). A passage falls short of it only below the least floor (or above the largest ceiling),
    as a capacity is held to the least the RFP asks (capacity.py)."""
    loosest: dict[tuple[str, str], float] = {}
    for bound, limit in bounds:
        looser = min if bound[0] == "at_least" else max
        loosest[bound] = looser(loosest[bound], limit) if bound in loosest else limit
    return list(loosest.items())


def _falls_short(bound: tuple[str, str], limit: float, stated: list[tuple[tuple[str, str], float]],
                 caps: bool = True) -> bool:
    """Whether what a passage bounds falls short of a requirement's bound of the same dimension: all its floors under
    a floor asked ("kept for 6 months" against "for 24 months"), all its ceilings over a ceiling asked ("within 8
    hours" against "within 4 hours"), or, when it states no floor, a ceiling of its own under a floor asked ("credits
    capped at 3%" against "not less than 10% at risk"; "kept for 18 months, deleted within 14 days" states a floor).
    Not with `caps` off (a service level's target): "abandoned calls 3% or less" caps another measure than "calls
    answered within 30 seconds: 85%".
    """
    kind, dimension = bound
    floors = [v for (k, d), v in stated if d == dimension and k == "at_least"]
    ceilings = [v for (k, d), v in stated if d == dimension and k == "at_most"]
    if kind == "at_least":
        return max(floors) < limit if floors else caps and bool(ceilings) and max(ceilings) < limit
    return bool(ceilings) and min(ceilings) > limit


_BELOW = re.compile(r"\b(?:below|under|less than|fewer than|max(?:imum)?|at most|up to|capped|ceiling|limit)\b[^%\d]{0,12}$",
                    re.IGNORECASE)  # "abandoned calls below 3%": a ceiling, no target to reach
MAX_ANSWER = 160  # characters of a matrix answer read after the last id of a row
# What may stand between an id and its answer: the RFP's mark ("(M)"), a separator.
_ANSWER_LEAD = re.compile(r"^\s*(?:\([A-Za-z*]{1,3}\)|\*)?\s*[:|\u2013\u2014\u00b7\u2022-]?\s*")


def _id_pattern(rfp_id: str) -> re.Pattern:
    """An RFP id as a vendor writes it: "R-01" also as "R01", "R 1" or "R.1", never inside a longer id."""
    letters, digits = re.match(r"([A-Za-z]+)[-. ]?(.*)", rfp_id).groups()
    number = re.escape(digits.lstrip("0") or "0")
    return re.compile(rf"(?<![\w.-]){re.escape(letters)}[-. ]?0*{number}(?![\w-]|\.\d)")


# A vendor's pointer to its own text in a compliance matrix: "11.2", "clause 6.1", "section 10", "Schedule 3",
# "Annex C", "Part 8".
_REFERENCE = re.compile(r"\b(?:(?P<kind>clause|section|part|schedule|annex|appendix|exhibit)\s+(?P<name>[A-Z]|\d{1,2}"
                        r"(?:\.\d{1,2})*)|(?P<number>\d{1,2}(?:\.\d{1,2})+|\d{1,2}(?=\s*$)))\b", re.IGNORECASE)
CITED_RUN = 6  # sentences read from a cited clause's first sentence, when its section is not known


def _references(answer: str) -> list[str]:
    """The places a matrix answer cites: "Schedule 3", "section 10" (a section's number), "11.2" (a clause)."""
    found = []
    for match in _REFERENCE.finditer(answer):
        kind = (match.group("kind") or "").lower()
        name = match.group("name") or match.group("number")
        found.append(name if kind in ("", "clause", "section") else f"{kind} {name}")
    return found


def _cited(sentences: list, reference: str) -> list:
    """The sentences of a cited place: the clause's own sentence and the next few of its page and section ("11.2
    ...", or a heading "Schedule 3 - Service Levels" read last, after what it heads), then the rest of its section
    ("11. Term" for "11.2"; "10. Other commercial points" for "10")."""
    escaped = re.escape(reference).replace(r"\ ", r"\s+")
    opening = re.compile(rf"^{escaped}(?!\d)", re.IGNORECASE)
    # A named place's heading may follow a running header the page kept ("... Tender ... Schedule 3 - Service
    # Levels"): the name, a dash or colon, and a title.
    heading = re.compile(rf"\b{escaped}\s*[-\u2013\u2014:]\s*[A-Z]", re.IGNORECASE) if " " in reference else opening
    top = re.compile(rf"^{re.escape(reference.split('.')[0])}\b\.?(?!\d)", re.IGNORECASE)
    start = next((i for i, s in enumerate(sentences) if opening.match(s.text) or heading.search(s.text)), None)
    first = sentences[start] if start is not None else None
    clause = [] if first is None else [s for s in sentences[start:start + CITED_RUN]
                                       if (s.main_part.page, s.section) == (first.main_part.page, first.section)]
    if clause and not opening.match(first.text):
        clause = clause[1:] + clause[:1]
    return clause + [s for s in sentences if s.section and top.match(s.section) and s not in clause]


def _page_texts(evidence: VendorEvidence) -> dict[tuple[str, int], str]:
    """Each page's text as the proposal's sentences give it, in order: a matrix row read as two sentences ("... R-02
    (M)" / "Complies in part ...") is whole again."""
    pages: dict[tuple[str, int], list[str]] = {}
    for sentence in evidence.sentences:
        for part in sentence.parts:
            pages.setdefault((part.file, part.page), []).append(part.text)
    return {key: " ".join(texts) for key, texts in pages.items()}


def _about(parts: Parts, evidence: VendorEvidence) -> list[str]:
    """The proposal's passages about the requirement, each with the sentence after it: a line break read as a
    sentence end ("... and the Interagency" / "Guidelines.") does not hide a name."""
    texts = [s.text for s in evidence.sentences]
    windows = [" ".join(texts[i:i + 2]) for i in range(len(texts))]
    return [w for w in windows if parts.is_about(w)]


def _instance(name: str, text: str) -> re.Pattern | None:
    """The instance a requirement names in parentheses right after a name ("CRM (Microsoft Dynamics 365)"), as a
    pattern of its last words ("Dynamics 365"), which name it too; None when there is none."""
    found = re.search(rf"(?<![\w-]){re.escape(name)}\s*\((?!or\b)([^()]{{2,60}})\)", text)
    if found is None:
        return None
    words = found.group(1).split()[-2:]
    return re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.IGNORECASE)


def _instance_named(name: str, text: str, passages: list[str]) -> bool:
    """Whether a passage names the instance the requirement gives of `name` in parentheses ("Dynamics 365" of
    "CRM (Microsoft Dynamics 365)")."""
    instance = _instance(name, text)
    return instance is not None and any(instance.search(p) for p in passages)


def _standalone_acronyms(name: str) -> list[str]:
    """The acronyms of a name that name it in any word order ("GDPR" of "GDPR Article 28", written "Article 28
    GDPR"): not one a number qualifies ("SOC" of "SOC 2 Type II" also opens "SOC 1"), nor a roman numeral, nor a
    two-letter place or language that qualifies it ("UK" of "UK GDPR")."""
    tokens = name.split()
    return [t for i, t in enumerate(tokens) if re.fullmatch(r"[A-Z]{3,8}", t) and not re.fullmatch(r"[IVXL]+", t)
            and not (i + 1 < len(tokens) and tokens[i + 1][:1].isdigit())]


def _other_variety(name: str, asked: str, sentences: list, languages: set[str]) -> tuple[object, str] | None:
    """The first sentence naming another variety of a language a two-word or longer name asks for: "European
    Portuguese" for "Brazilian Portuguese" (a capitalized word, not opening the sentence, before the language), one
    the requirement (`asked`) does not mention ("Gulf Arabic" where it asks for comprehension of Gulf dialects).
    Only languages (`languages`): "Bank Secrecy Act" is no variety of the "Fair Credit Reporting Act"."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in languages:
        return None
    variety = re.compile(rf"(?<=[a-z,;:] )(?P<q>[A-Z][a-z]+) {re.escape(words[-1])}\b")
    for sentence in sentences:
        for match in variety.finditer(sentence.text):
            if not re.search(rf"\b{match.group('q')}\b", asked):
                return sentence, match.group(0)
    return None


def _names_language(language: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(language)}\b", text, re.IGNORECASE) is not None


def _names_scope(parts: Parts, clause: str) -> bool:
    """A clause is about what a scope requirement names when it names one of its names or their kind ("Portuguese"
    of "Brazilian Portuguese"), or, for a requirement without names, two of its own words."""
    return parts.named(clause) or parts.names_head(clause) or (not parts.names and parts.mark_count(clause) >= parts.needed)


def _cut_label(sentences: list, quote: str) -> str:
    """The last clause of the sentence before the quote's, when that sentence ends without a stop on the same page:
    a table row or a line cut in two ("... AIU legal ISO/IEC 27001" / "certification audit scheduled for Q3 2027"),
    whose first part labels the second."""
    for before, sentence in zip(sentences, sentences[1:]):
        span, previous = sentence.main_part, before.parts[-1]
        if quote in span.text and (previous.file, previous.page) == (span.file, span.page):
            cut = not re.search(r"[.!?:;]\W*$", previous.text)
            return _clauses(previous.text)[-1] if cut and _clauses(previous.text) else ""
    return ""


# A quantity: a figure (digits or words) that counts or measures what follows it ("two hotel-group clients", "24
# months", "1.8 times", "10%"); not a reference ("Table 2", "R-01"), a version or standard ("27001", "v4.0", "SOC 2
# Type II": a figure after an acronym) or a year.
_QUANTITY = re.compile(rf"(?<![\w./-])(?<!(?-i:[A-Z]{{2}}) )(?!\d{{4}})(?:{NUMBER})(?:\s*%|\s+(?:per ?cent\b|[a-z]))",
                       re.IGNORECASE)
_REFERENCE_WORD = re.compile(r"\b(?:table|section|annex|schedule|appendix|exhibit|part|clause|article|law|no\.?|"
                             r"figure|page|item|level|tier|phase|step|version)\s*$", re.IGNORECASE)


# A day counted in a period: "lands on the third business day", "by the fourth (4th) business day", "by working day 4".
_ORDINAL_DAY = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
                          r"(?:\s*\(\d{1,2}(?:st|nd|rd|th)?\))?\s+(?:business|working|calendar)\s+day\b"
                          r"|\b(?:business|working) day \d{1,2}\b", re.IGNORECASE)
# Hours stated as a time of day ("from 6:00 a.m. to 11:00 p.m.", "until 23:00") or as the whole day and year ("at all
# hours on every day of the year", "every hour of every day", "around the clock"): how long a service is staffed.
_HOURS = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b\.?|\b(?:24/7|around the clock|round[- ]the[- ]clock)"
                    r"|\b(?:every|each|all) hours?\b(?: of (?:every|each|the) day)?|\bat all hours\b"
                    r"|\bevery (?:single )?day of the year\b", re.IGNORECASE)


def _quantity(text: str) -> bool:
    """Whether the text states a quantity (_QUANTITY, or a day counted in a period), not a reference to a table or
    clause."""
    return bool(_ORDINAL_DAY.search(text)) or any(
        not _REFERENCE_WORD.search(text[:m.start()]) for m in _QUANTITY.finditer(text))


def _clauses(text: str) -> list[str]:
    """A quote's clauses: a semicolon or a sentence end parts statements about different things."""
    return [c for c in re.split(r";\s+|(?<=[a-z)])\.\s+(?=[A-Z])", text) if c.strip()]


# A second statement joined to the first with its own subject: "..., and we can add up to 25% more capacity".
_JOINED_STATEMENT = re.compile(
    r",\s+(?=(?:and|but|while|whereas) (?:we|our|they|their|it|its|the \w+ (?:is|are|will|can|shall))\b)", re.IGNORECASE)


def _statements(clause: str) -> list[str]:
    """A clause's statements: a limit stated after ", and we ..." is that statement's ("We will complete hiring within
    sixty days, and we can add up to 25% additional capacity"), not the first one's. A limit with no subject of its
    own ("24/7 cover, but only in English") stays with the clause it limits."""
    return _JOINED_STATEMENT.split(clause)


def _quoted_first(item: dict, quote: Evidence, gap: str, status: str = "non_compliant") -> dict:
    """The item with the status a passage gives it (non_compliant unless said), that passage quoted first."""
    shown = [_evidence_doc(quote)] + [e for e in item["evidence"] if e != _evidence_doc(quote)]
    return item | {"status": status, "confidence": min(item["confidence"], 0.7), "evidence": shown, "gap": gap}


def _evidence_doc(evidence: Evidence) -> dict:
    data = {"file": evidence.file, "page": evidence.page, "quote": evidence.quote}
    if evidence.section:
        data["section"] = evidence.section
    return data | {"ocr": True} if evidence.ocr else data


def gate_of(ledger_doc: dict, compliance: list[dict]) -> dict:
    """The vendor's mandatory gate: passed, or the mandatory requirements it fails (non_compliant or not_addressed)."""
    mandatory = {r["id"] for r in ledger_doc.get("requirements", []) if r.get("mandatory")}
    failed = [c["id"] for c in compliance if c["id"] in mandatory and c["status"] in FAILING]
    return {"passes": not failed, "failed": failed}


def map_criteria(ledger: Ledger, criteria: CriteriaSet, embed: Callable[[list[str]], np.ndarray]) -> list[dict]:
    """Each RFP evaluation criterion with the id of our criterion it maps to (or None) and the similarity: one to
    one, the closest pairs first."""
    if not ledger.evaluation_criteria:
        return []
    ours = [f"{c.title}: {c.means}" for c in criteria.criteria]
    theirs = [f"{c.title}: {c.means}" if c.means else c.title for c in ledger.evaluation_criteria]
    vectors = embed(theirs + ours)
    similarity = vectors[:len(theirs)] @ vectors[len(theirs):].T
    pairs = sorted(((float(similarity[i, j]), i, j) for i in range(len(theirs)) for j in range(len(ours))),
                   reverse=True)
    mapped: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for score, i, j in pairs:
        if score < MIN_MAPPING_SIMILARITY:
            break
        if i not in mapped and j not in used:
            mapped[i] = (j, score)
            used.add(j)
    return [c.as_dict() | {"maps_to": criteria.criteria[mapped[i][0]].id if i in mapped else None,
                           "similarity": round(mapped[i][1], 2) if i in mapped else None}
            for i, c in enumerate(ledger.evaluation_criteria)]


def rfp_weights(mapping: list[dict]) -> dict[str, float]:
    """Our criteria's weights from the RFP's weighted criteria they map to (empty when the RFP states no weights)."""
    return {m["maps_to"]: m["weight"] for m in mapping if m["maps_to"] and m.get("weight") is not None}
