"""Judges turn a vendor's evidence into findings. The rules judge (the default) is deterministic and explainable.

Criteria: the passages retrieved for a criterion are read sentence by sentence. A sentence on the topic with
concrete specifics (numbers, named standards, named people) supports "met"; a stated limit or a deferred
commitment ("if any", "planned", "Mon-Fri only") makes it "partial", and so does a best-ranked passage that
qualifies its own numbers ("we would aim to add 15 agents, subject to the market"), and claims without specifics;
nothing on the topic is "missing".

Fees: every clause of every file is checked, since fees hide in footnotes and appendices. A clause that names
the item and imposes it (an amount, a rate, billing wording) makes it "present"; one that says it is not
charged makes it "waived", unless the waiver lapses ("free for the first 90 days", "in year 1 only").
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..amounts import DEFAULT_AMOUNT_ORDER, fee_amount
from ..capacity import Level, offered_levels
from ..hours import Window, covered_spans, short_windows
from ..models import Evidence, Finding, Sentence
from ..patterns import (
    clauses,
    count_matching,
    every_match,
    first_affirmed,
    first_match,
    first_text,
    in_condition,
    negated_at,
    none_can_match,
)
from ..quotes import quote_of
from ..text import is_title
from .checklists import CriteriaSet, Criterion, FeeChecklist, FeeItem
from .clause_model import ClauseModel
from .protocol import JudgeStats, VendorEvidence
from .semantic import CriterionMeaning, FeeMeaning, MeaningMatch, SentenceVectors, WordShare

MAX_EVIDENCE = 3
WAIVER_REACH = 40  # characters between a waiver and the item it waives, when the item is named after it
LAPSE_OPENS = 30  # characters into the next sentence within which its lapse opens it ("Hours over this we invoice")


@dataclass
class _Scored:
    sentence: Sentence
    topics: int
    specifics: list[str]
    vague: list[str]
    hedge: str | None
    shortfall: str | None
    consequence: bool
    rank: int  # position of the sentence's chunk in the retrieval ranking
    headed: bool = False  # its heading (section, run-in heading or lead-in) is on the topic

    @property
    def strong(self) -> bool:
        return bool(self.specifics) and not self.hedge and not self.shortfall

    @property
    def substantive(self) -> bool:
        return bool(self.specifics or self.vague or self.shortfall or self.hedge or self.topics >= 2)


def _settling(findings: list[Finding], sentences: list[Sentence]) -> frozenset[int]:
    """The sentences (by index) that the findings quote: each quote lies inside the sentence it was taken from."""
    quotes = [e.quote for f in findings for e in f.evidence]
    return frozenset(s.index for s in sentences if any(q in s.text for q in quotes))


def _answer_order(scored: _Scored) -> tuple[int, int]:
    """Which passage answers a criterion first: the best-ranked, and within one passage the most on topic."""
    return scored.rank, -scored.topics


def _is_heading(sentence: Sentence) -> bool:
    return sentence.text == sentence.section


def _in_context(item: FeeItem, sentence: Sentence) -> bool:
    """An item with a `context` is read only in a sentence that names it, or under a heading that does: "treat every
    figure in this section as indicative" under "7. Commercial proposal" is about prices."""
    return not item.context_re or any(first_text(item.context_re, text) for text in (sentence.text, sentence.section))


def _evidence(sentence: Sentence, focus: str | None = None) -> Evidence:
    span = quote_of(sentence, focus)
    return Evidence(span.file, span.page, span.text, sentence.section)


@dataclass
class RulesJudge:
    criteria: CriteriaSet
    fees: FeeChecklist
    name: str = "rules"
    concurrency: int = 1  # deterministic and fast: nothing to gain from threads
    criterion_model: ClauseModel | None = None  # the learned criterion model; None: the shipped one
    _vectors: SentenceVectors | None = field(default=None, init=False, repr=False)
    _meaning: FeeMeaning | None = field(default=None, init=False, repr=False)
    _topics: CriterionMeaning | None = field(default=None, init=False, repr=False)
    _word_share: tuple[object, WordShare] | None = field(default=None, init=False, repr=False)
    # the vendor's lead-ins and outer headings (the same for every criterion), with the sentences they were read from
    _layout: tuple[list[Sentence], dict[int, tuple[Sentence, ...]], dict[str, str]] | None = field(
        default=None, init=False, repr=False)
    _reading: dict[str, tuple[list[str], str | None]] = field(default_factory=dict, init=False, repr=False)

    def stats(self) -> JudgeStats:
        return JudgeStats()

    def _sentence_vectors(self, evidence: VendorEvidence) -> SentenceVectors:
        if self._vectors is None:
            index = evidence.retriever.index
            self._vectors = SentenceVectors(index.embedder.embed, getattr(index, "path", None))
        return self._vectors

    # ---- criteria -------------------------------------------------------------------------------------------
    def assess_criterion(self, evidence: VendorEvidence, criterion: Criterion) -> Finding:
        chunks = evidence.retrieve(criterion.queries)
        meant = self._on_topic(evidence, criterion)
        rank_of = {}
        for rank, chunk in enumerate(chunks):
            for i in range(*chunk.sentence_range):
                rank_of.setdefault(i, rank)
        # Retrieval ranks passages; a sentence that names the topic twice is read wherever it is, so a short
        # paragraph inside a chunk about something else is not missed, and so is a firm, specific one under a heading
        # on the topic ("ARTICLE 15 - REFERENCES" over a list of hospitals with their contacts). What a lead-in leads
        # ranks with it: the list of references after "Three of them have agreed to speak with you:" is that
        # passage's, wherever it was cut.
        unranked = len(chunks)
        led, outer = self._lead_ins_and_outer_headings(evidence.sentences)
        scored = [self._score(s, criterion, _led_rank(s, led, rank_of, unranked, criterion), meant.get(s.index, 0),
                              evidence.rfp_windows, _context(s, outer, led))
                  for s in evidence.sentences if not _is_heading(s) and s.index not in evidence.asked
                  and not (criterion.not_own_contacts and _own_contact(s.text, evidence.vendor))]
        relevant = [s for s in scored if s.topics and s.substantive
                    and (s.rank < unranked or s.topics >= 2 or (s.headed and s.strong))]
        finding = self._decide(criterion, relevant, evidence.buyer_sectors,
                               lambda: self._learned_met(evidence, criterion))
        if finding.status != "met":
            return finding
        # Met in its own words, but less than the RFP asks: a limit (never a finding where the topic is missing: the
        # proposal's sign-off "Ing. Jiří Horák, jednatel" is no referee of an otherwise silent proposal).
        if short := _short_of_rfp_capacity(criterion, evidence, scored):
            stating, level, reason = short
            return self._partial(criterion, [stating] + [s for s in relevant if s.strong], 0.7, reason, [level.text])
        if short_of_referees := _fewer_referees_than_asked(criterion, evidence, scored):
            rows, reason = short_of_referees
            return self._partial(criterion, rows + [s for s in relevant if s.strong], 0.7, reason, [])
        return finding

    def _lead_ins_and_outer_headings(self, sentences: list[Sentence]
                                     ) -> tuple[dict[int, tuple[Sentence, ...]], dict[str, str]]:
        """The vendor's lead-ins (_lead_ins) and the headings over its numbered sub-headings (_outer_headings): the same
        for every criterion, so read once per vendor."""
        if self._layout is None or self._layout[0] is not sentences:
            self._layout = (sentences, _lead_ins(sentences), _outer_headings(sentences))
        return self._layout[1], self._layout[2]

    def _learned_met(self, evidence: VendorEvidence, criterion: Criterion) -> Sentence | None:
        """The vendor's sentence the learned criterion model reads as settling the criterion as met, if any; none
        without an index to embed with."""
        if evidence.retriever is None:
            return None
        return self._criterion_meaning(evidence).learned_met(
            [s for s in evidence.sentences if s.index not in evidence.asked], criterion)

    def _on_topic(self, evidence: VendorEvidence, criterion: Criterion) -> dict[int, int]:
        """The sentences about the criterion by meaning (see semantic.py), with their weight as topic words; none
        without an index to embed with."""
        if evidence.retriever is None:
            return {}
        if self._word_share is None or self._word_share[0] is not evidence.retriever:
            self._word_share = (evidence.retriever, WordShare([c.text for c in evidence.retriever.by_id.values()]))
        return self._criterion_meaning(evidence).on_topic(evidence.sentences, criterion, self._word_share[1])

    def _criterion_meaning(self, evidence: VendorEvidence) -> CriterionMeaning:
        if self._topics is None:
            self._topics = CriterionMeaning(self.criteria, self._sentence_vectors(evidence), self.criterion_model)
        return self._topics

    def _score(self, sentence: Sentence, criterion: Criterion, rank: int, meant: int,
               rfp_windows: list[Window], lead: str = "") -> _Scored:
        text = sentence.text
        # A heading on the topic ("6. Technology and business continuity") puts its sentences on the topic too, and so
        # do a numbered run-in heading that opens the sentence ("2.6 Training. Officers shall be instructed ...") and
        # the lead-in a sentence follows: the question it answers ("Q: How do you train new agents?" / "New hires
        # spend four weeks ..."), the line that introduces a list ("Three of them have agreed to speak with you:").
        # A question is the nearest heading: "Q11. How do you check quality?" under "C. Volume and peak" is quality.
        section = "" if lead.endswith("?") else sentence.section
        heading = " ".join(filter(None, (section, _run_in_heading(text), lead)))
        in_section = bool(heading) and first_text(criterion.topic_re, heading) is not None
        topics = count_matching(criterion.topic_re, text) + in_section + meant
        if topics and first_text(criterion.exclude_re, text):
            topics = 0
        vague, hedge = self._vague_and_hedge(text)
        if not topics:  # off the topic: only its marketing phrases and hedge are read (once, for every criterion)
            return _Scored(sentence, 0, [], vague, hedge, None, False, rank)
        shortfall, restated = _stated_limit(criterion, text, rfp_windows)
        return _Scored(
            sentence=sentence,
            topics=topics,
            specifics=every_match(self.criteria.specifics_for(criterion), text) + restated,
            vague=vague,
            hedge=hedge,
            shortfall=shortfall,
            consequence=bool(first_affirmed(criterion.consequences_re, text)),  # not "do not attach service credits"
            rank=rank,
            headed=in_section,
        )

    def _vague_and_hedge(self, text: str) -> tuple[list[str], str | None]:
        """A sentence's marketing phrases and hedge, the same for every criterion: read once per sentence."""
        if text not in self._reading:
            self._reading[text] = (every_match(self.criteria.vague_re, text), first_affirmed(self.criteria.hedges_re, text))
        return self._reading[text]

    def _decide(self, criterion: Criterion, relevant: list[_Scored], buyer_sectors: list[str],
                learned_met: Callable[[], Sentence | None] = lambda: None) -> Finding:
        """Missing, partial or met. Where the rules find the topic but no specifics they know, or targets without a
        consequence, the learned criterion model (clause_model.py) may read a sentence as settling it (`learned_met`):
        then it is met. What the rules read in words (a stated limitation, a deferred or qualified commitment,
        experience in other sectors) is never overruled."""
        if not relevant:
            return Finding(criterion.id, "criterion", "missing", 0.6,
                           f"Not addressed in the proposal. Expected: {criterion.met_requires}", criterion.question)
        strong = sorted((s for s in relevant if s.strong), key=lambda s: (-len(s.specifics), s.rank))
        limits = [s for s in relevant if s.shortfall]
        deferred = [s for s in relevant if s.hedge and not s.specifics]
        needs_consequence = bool(criterion.consequences) and not any(
            s.consequence and not s.shortfall and not s.hedge for s in relevant)
        if limits:
            quoted = limits[0].shortfall
            return self._partial(criterion, limits + strong, 0.75, f"stated limitation: \u201c{quoted}\u201d",
                                 [s.shortfall for s in limits])
        elsewhere, named = self._other_sectors(relevant, buyer_sectors) if criterion.in_buyer_sector else ([], [])
        if elsewhere:
            return self._partial(criterion, elsewhere + strong, 0.65, "the experience named is in other sectors ("
                                 f"{', '.join(n.replace('_', ' ') for n in named)}), not the RFP's "
                                 f"({', '.join(b.replace('_', ' ') for b in buyer_sectors)})", [])
        unqualified = not any(s.hedge for s in relevant)  # the learned model may overrule no hedge the rules read

        def read_as_met() -> Finding | None:
            return self._read_as_met(criterion, learned_met(), strong) if unqualified else None

        if strong and needs_consequence:
            return read_as_met() or self._partial(
                criterion, strong, 0.7, "targets are given but nothing happens when they are missed (no credits or "
                "penalties found)", [])
        hedged = sorted((s for s in relevant if s.hedge and s.specifics), key=_answer_order)
        if strong and hedged and _answer_order(hedged[0]) < min(_answer_order(s) for s in strong):
            # The passage that answers the criterion best qualifies its own numbers ("we would aim to add 15
            # agents within four weeks, subject to the market"): facts elsewhere do not make it a commitment.
            return self._partial(criterion, hedged + strong, 0.65,
                                 f"the commitment is qualified (\u201c{hedged[0].hedge}\u201d)", [hedged[0].hedge])
        vague = [s for s in relevant if s.vague and not s.specifics]
        if sum(len(s.specifics) for s in strong) >= 2 and len(strong) >= len(vague):
            unstated = _unstated_facets(criterion, relevant)
            if unstated:
                return read_as_met() or self._partial(
                    criterion, strong, 0.6, f"only part of what is asked is stated (not found: {', '.join(unstated)})", [])
            confidence = min(0.9, 0.6 + 0.1 * len(strong))
            return Finding(criterion.id, "criterion", "met", confidence, "No gap found: specific commitments are stated.",
                           f"Please confirm that the {criterion.title.lower()} commitments quoted here will be "
                           "binding in the contract.",
                           [_evidence(s.sentence, s.specifics[0]) for s in strong[:MAX_EVIDENCE]])
        weak = sorted(relevant, key=lambda s: (-len(s.vague), -bool(s.hedge), s.rank))
        if met := read_as_met():
            return met
        reason = (f"only general claims (\u201c{weak[0].vague[0]}\u201d)" if weak[0].vague
                  else f"commitment is deferred (\u201c{deferred[0].hedge}\u201d)" if deferred
                  else f"the commitment is qualified (\u201c{hedged[0].hedge}\u201d)" if hedged
                  else "addressed without concrete, verifiable specifics")
        return self._partial(criterion, strong + weak, 0.55, reason, [])

    @staticmethod
    def _read_as_met(criterion: Criterion, sentence: Sentence | None, strong: list[_Scored]) -> Finding | None:
        """Met on the learned model's sentence, quoted first, then the specific ones the rules found."""
        if sentence is None:
            return None
        evidence = [_evidence(sentence)] + [_evidence(s.sentence, s.specifics[0]) for s in strong
                                            if s.sentence.index != sentence.index]
        return Finding(criterion.id, "criterion", "met", 0.6, "No gap found: a sentence states it in terms the learned "
                       "criteria model reads as met, without specifics the rules know.",
                       f"Please confirm that the {criterion.title.lower()} commitment quoted here will be binding in "
                       "the contract.", evidence[:MAX_EVIDENCE])

    def _other_sectors(self, relevant: list[_Scored], buyer_sectors: list[str]) -> tuple[list[_Scored], list[str]]:
        """The passages that name the sectors a vendor's experience lies in, and those sectors, when none of them
        names the RFP's ("for Czech clients mainly in logistics, retail and health care", to a manufacturer); none
        when the buyer's sector is named, or no sector is."""
        named = [(s, self.criteria.sectors_named(s.sentence.text)) for s in relevant]
        if not buyer_sectors or any(sectors & set(buyer_sectors) for _, sectors in named):
            return [], []
        return [s for s, sectors in named if sectors], sorted(set().union(*(sectors for _, sectors in named)))

    def _partial(self, criterion: Criterion, ordered: list[_Scored], confidence: float, reason: str,
                 focus: list[str | None]) -> Finding:
        picked: list[_Scored] = []
        for s in ordered:
            if s not in picked:
                picked.append(s)
        evidence = [_evidence(s.sentence, (focus[i] if i < len(focus) else None) or (s.specifics or [None])[0])
                    for i, s in enumerate(picked[:MAX_EVIDENCE])]
        return Finding(criterion.id, "criterion", "partial", confidence, f"{criterion.gap} Found: {reason}.",
                       criterion.question, evidence)

    # ---- fees -----------------------------------------------------------------------------------------------
    def assess_fee(self, evidence: VendorEvidence, item: FeeItem) -> Finding:
        imposed: list[tuple[Sentence, str]] = []  # (sentence, matched term)
        waived: list[tuple[Sentence, str]] = []
        for i, sentence in enumerate(evidence.sentences):
            if _is_heading(sentence) or sentence.index in evidence.asked or not _in_context(item, sentence):
                continue
            hit = self._fee_sentence(item, sentence.text)
            if hit and hit[0] == "waived" and (lapse := self._lapse_after(item, evidence.sentences, i)) is not None:
                imposed += [(sentence, hit[1]), (lapse, None)]
            elif hit:
                verdict, term = hit
                (imposed if verdict == "present" else waived).append((sentence, term))
        if imposed and waived:
            imposed = self._own_charges(item, imposed, waived)
        if imposed:
            amount, gap = _imposed_amount_and_gap(item, [s.text for s, _ in imposed])
            order = item.amount or DEFAULT_AMOUNT_ORDER
            imposed.sort(key=lambda hit: not fee_amount([hit[0].text], order))  # sentences stating an amount first
            return Finding(item.id, "fee", "present", 0.85 if amount else 0.7, gap, item.question,
                           [_evidence(s, term) for s, term in _distinct(imposed)[:MAX_EVIDENCE]], amount=amount)
        if waived:
            return self._waived(item, [_evidence(s, term) for s, term in _distinct(waived)[:MAX_EVIDENCE]], 0.8)
        return Finding(item.id, "fee", "absent", 0.6, "Not mentioned in the proposal.",
                       f"Please confirm that no {item.title.lower()} applies, or state it with its amount.")

    def _lapse_after(self, item: FeeItem, sentences: list[Sentence], i: int) -> Sentence | None:
        """The sentence right after a waiver of the item that ends it, naming no item of its own: "10 hours per quarter
        is included. Hours over this we invoice with NOK 1 150,- per hour." The waiver lapses, so the item is
        charged, and both sentences are its evidence. The sentence opens with the lapse and waives nothing itself:
        "Loop Insights Pro is complimentary for your first six months; after that it is CAD 1,200 per month" is a
        product of its own, free, then charged."""
        if not item.waiver_lapses or i + 1 >= len(sentences):
            return None
        after = sentences[i + 1]
        lapse = first_match(self.fees.lapse_re + self.fees.over_allowance_re, after.text)
        if (after.parts[0].file != sentences[i].parts[-1].file or _is_heading(after) or self.fees.named_items(after.text)
                or lapse is None or lapse.start() > LAPSE_OPENS or self.fees.waiver(item, after.text)):
            return None
        return after if self._fee_clause(item, after.text, continuation=True) == "present" else None

    def _own_charges(self, item: FeeItem, imposed: list[tuple[Sentence, str]],
                     waived: list[tuple[Sentence, str]]) -> list[tuple[Sentence, str]]:
        """The charges that are about this item. A clause whose subject is the item ("induction training shall not
        be charged") outweighs a charge whose subject is another item and names this one after it ("travel for
        the training of trainers is reimbursed", "configuration changes, such as new IVR branches, are billed"):
        that charge is the other item's. The subject is the item named first."""
        def led_by_another(text: str) -> bool:
            own = _earliest(item.terms_re, text)
            return own is not None and any((other := _earliest(another.terms_re, text)) is not None and other < own
                                           for another in self.fees.fees if another.id != item.id)

        if all(led_by_another(s.text) for s, _ in waived):
            return imposed
        return [hit for hit in imposed if not led_by_another(hit[0].text)]

    @staticmethod
    def _waived(item: FeeItem, evidence: list[Evidence], confidence: float, note: str = "") -> Finding:
        return Finding(item.id, "fee", "waived", confidence, "Stated as not charged; make sure the contract says so."
                       + note, f"Please confirm in the contract that no {item.title.lower()} will be charged at any "
                       "point in the term.", evidence, amount="none (waived)")

    def assess_fees(self, evidence: VendorEvidence, items: list[FeeItem]) -> list[Finding]:
        """Each item by its terms; then the items still absent by the meaning of every sentence (see semantic.py)."""
        findings = [self.assess_fee(evidence, item) for item in items]
        absent = [item for item, finding in zip(items, findings) if finding.status == "absent"]
        if not absent or evidence.retriever is None:
            return findings
        if self._meaning is None:
            self._meaning = FeeMeaning(self.fees, self._sentence_vectors(evidence))
        answers = [s for s in evidence.sentences if s.index not in evidence.asked]
        found = self._meaning.matches(answers, absent, _settling(findings, answers))
        by_id = {item.id: item for item in items}
        return [self._by_meaning(by_id[f.id], found[f.id]) if f.id in found else f for f in findings]

    def _by_meaning(self, item: FeeItem, matches: list[MeaningMatch]) -> Finding:
        """A finding from the sentences that mean the item: present when one of them imposes it, unless only the
        examples voted so and another sentence waives it in words ("no amount shall be invoiced for induction" over
        an attrition figure that merely sounds like replacement training)."""
        waived_in_words = any(m.status == "waived" and m.worded for m in matches)
        imposed = [m for m in matches if m.status == "present" and (m.worded or not waived_in_words)]
        note = " Found by meaning: the clause does not use the checklist's words for it."
        if imposed:
            amount, gap = _imposed_amount_and_gap(item, [m.sentence.text for m in imposed])
            return Finding(item.id, "fee", "present", 0.6, gap + note, item.question,
                           [_evidence(m.sentence) for m in imposed[:MAX_EVIDENCE]], amount=amount)
        return self._waived(item, [_evidence(m.sentence) for m in matches[:MAX_EVIDENCE]], 0.55, note)

    def _fee_sentence(self, item: FeeItem, text: str) -> tuple[str, str] | None:
        """(verdict, term) for a sentence that names the item. The clauses naming it decide, an imposing one
        over a waiving one ('free for 90 days; beyond that billed at ...'); when they are all neutral, the rest of
        the sentence does ('Exchange rate: USD 1 = INR 84; rates may be revised if it moves by more than 3%').
        A waiver followed by a clause that charges after a lapse, without naming another item, lapses: 'recordings
        are kept 90 days at no cost; if you want them longer, we charge EUR 0.02 per recording'."""
        parts = [(c, self._own_term(item, c)) for c in clauses(text)]
        named = [(c, t) for c, t in parts if t]
        if not named:
            return None
        verdicts = {v: term for clause, term in reversed(named) if (v := self._fee_clause(item, clause))}
        if "present" in verdicts:
            return "present", verdicts["present"]
        if "waived" in verdicts:
            first_named = next(i for i, (_, t) in enumerate(parts) if t)
            lapsed = any(self._fee_clause(item, c, continuation=True) == "present" and first_text(self.fees.lapse_re, c)
                         and not self.fees.named_items(c) for c, t in parts[first_named + 1:] if not t)
            return ("present" if lapsed else "waived"), verdicts["waived"]
        rest = [c for c, t in parts if not t]
        verdict = next((v for c in rest if (v := self._fee_clause(item, c, continuation=True))), None)
        return (verdict, named[0][1]) if verdict else None

    def _own_term(self, item: FeeItem, clause: str) -> str | None:
        """The item's first term in the clause that names the item itself, not as what holds another cost: in
        "Initial training 0.00 (covered by setup)" the set-up is named, but the clause is training's. A one-off cost
        that falls due only if the contract ends early ("should you end the agreement before month 24, the
        unamortised transition investment is invoiced") is the termination fee's clause, not the one-off item's."""
        if none_can_match(item.terms_re, clause):
            return None
        if item.one_off and first_text(self.fees.early_exit_re, clause):
            return None
        for pattern in item.terms_re:
            for match in pattern.finditer(clause):
                if not first_text(self.fees.container_re, clause[:match.start()]):
                    return match.group(0)
        return None

    def _fee_clause(self, item: FeeItem, clause: str, continuation: bool = False) -> str | None:
        waiver = self.fees.waiver(item, clause)
        if waiver and (rest := self._after_waiver_of_another(item, clause, waiver)) is not None:
            # "Implementation and transition $0 waived ... Peak-season class training 1,150 per new agent": the
            # waiver is the item named before it; what follows is read on its own.
            return self._fee_clause(item, rest, continuation)
        if waiver and (head := self._before_waiver_of_another(item, clause, waiver)) is not None:
            return self._fee_clause(item, head, continuation)
        if waiver:
            return "present" if self.fees.lapses(item, clause, waiver) or self._carved_out(item, clause) or \
                self.fees.passed_on_at_cost(item, clause, waiver) else "waived"
        if item.self_imposing and not continuation:
            # "does not renew automatically", "is not committed to any minimum": the item itself is negated.
            return "present" if first_affirmed(item.terms_re, clause) else "waived"
        if first_text(self.fees.credit_re, clause):
            return None  # "Monthly report by day 10 | 100% | 0.5% of the monthly invoice" is a credit to the buyer
        if first_affirmed(self.fees.charge_re, clause) or first_affirmed(item.charge_re, clause):
            return "present"  # a denied charge ("nights do not have any surcharge") imposes nothing
        return None

    def _after_waiver_of_another(self, item: FeeItem, clause: str, waiver: str) -> str | None:
        """The text after a waiver that belongs to something else, while this item is named only after it (table rows
        run together in one clause): another item is named before the waiver, or this item comes well after it and
        is charged there ("Implementation and transition $0 waived with 36-month term commitment Peak-season class
        training 1,150 per new agent"). None when the waiver may be this item's ("No charge for training")."""
        at = clause.find(waiver)
        own = first_match(item.terms_re, clause)
        if at < 0 or own is None or own.start() < at + len(waiver):
            return None
        rest = clause[at + len(waiver):]
        others = self._names_another(item, clause[:at])
        charged_apart = own.start() - (at + len(waiver)) > WAIVER_REACH and bool(
            first_affirmed(self.fees.charge_re, clause[own.start():]))
        return rest if others or charged_apart else None

    def _before_waiver_of_another(self, item: FeeItem, clause: str, waiver: str) -> str | None:
        """The text before a waiver that belongs to a later row (table rows run together in one clause): this item
        is named and charged first, and another item is named between its charge and the waiver ("S-6 Exit support
        ... CAD 145 per hour S-7 Travel to Riverton for governance meetings included"). None otherwise."""
        at = clause.find(waiver)
        own = first_match(item.terms_re, clause)
        if at < 0 or own is None or own.start() >= at:
            return None
        charge = first_match(self.fees.charge_re, clause[own.start():at])
        if charge is None:
            return None
        between = clause[own.start() + charge.end():at]
        # The other item as the object of the charge's words ("is not included in the Mobilisation Charge and is
        # borne by the Provider") is no later row: the waiver is this item's.
        if _OBJECT_OF_CHARGE.match(between) and self._names_another(item, between[:_OBJECT_REACH]):
            return None
        return clause[:at] if self._names_another(item, between) else None

    def _names_another(self, item: FeeItem, text: str) -> bool:
        """Whether the text names an item of the checklist other than this one."""
        return any(first_text(other.terms_re, text) for other in self.fees.fees if other.id != item.id)

    def _carved_out(self, item: FeeItem, clause: str) -> bool:
        """The waiver excepts this item: "prices are firm for the term, except the exchange-rate mechanism"."""
        exception = first_match(self.fees.exception_re, clause)
        return bool(exception) and first_text(item.terms_re, clause[exception.end():]) is not None


_OBJECT_OF_CHARGE = re.compile(r"\s+(?:in|within|under|into|by)\s+(?:the|its|our|your|any)\s", re.IGNORECASE)
_OBJECT_REACH = 40  # characters after the charge's words that name the item it is in ("in the Mobilisation Charge")
_RUN_IN_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.\d{1,2}\.?)\s+([A-Z][^.;:]{2,50})[.:]\s+(?=\S)")


def _run_in_heading(text: str) -> str:
    """The numbered heading a sentence opens with ("3.5 Continuity. The Agency maintains ..."), or ""."""
    match = _RUN_IN_HEADING.match(text)
    return match.group(1) if match else ""


MAX_ANSWER = 6  # sentences after a lead-in that it introduces; one in running prose tags no more
MAX_LEADING_TITLE_WORDS = 5  # a title that leads what follows is this short ("References", "People who know us")


def _is_lead_in(text: str) -> bool:
    """A question ("Q: What does training look like?"), a line that introduces a list ("Three of them have agreed to
    speak with you:") or a title the layout did not mark as a heading ("References")."""
    return text.endswith(("?", ":")) or is_title(text, MAX_LEADING_TITLE_WORDS)


def _context(sentence: Sentence, outer: dict[str, str], led: dict[int, tuple[Sentence, ...]]) -> str:
    """What a sentence sits under besides its own section: the heading over a numbered sub-heading, and its lead-ins."""
    return " ".join(filter(None, (outer.get(sentence.section, ""), *(lead.text for lead in led.get(sentence.index, ())))))


def _led_rank(sentence: Sentence, led: dict[int, tuple[Sentence, ...]], rank_of: dict[int, int], unranked: int,
              criterion: Criterion) -> int:
    """A sentence's retrieval rank: its passage's, or its lead-in's when that ranks better and is about the
    criterion in its words (a lead-in about something else gives its rank to nothing)."""
    own = rank_of.get(sentence.index, unranked)
    about = [lead for lead in led.get(sentence.index, ()) if first_text(criterion.topic_re, lead.text)]
    return min([own] + [rank_of.get(lead.index, unranked) for lead in about])


def _lead_ins(sentences: list[Sentence]) -> dict[int, tuple[Sentence, ...]]:
    """For the sentences that follow a lead-in (see _is_lead_in), the lead-ins over them (by sentence index): the
    sentences after one in its section and file, up to the next lead-in or MAX_ANSWER sentences. A lead-in right
    under a title keeps the title over it ("Who can vouch for us" / "Please call them, they're nice:" / the
    contacts). A title leads only sentences of prose (ending in a full stop): the cells of a price table under a row
    label ("Account management and standard reporting" / "included / KRW 6,800,000 per month") are not about its
    words."""
    led: dict[int, tuple[Sentence, ...]] = {}
    leads: tuple[Sentence, ...] = ()
    followed = 0
    for sentence in sentences:
        text = sentence.text.rstrip()
        if _is_heading(sentence):  # a marked heading is the section of what follows: it leads no further
            leads = ()
        elif _is_lead_in(text):
            under_title = (bool(leads) and followed == 0 and is_title(leads[-1].text, MAX_LEADING_TITLE_WORDS)
                           and _follows(sentence, leads[-1]))
            leads, followed = ((leads[-1], sentence) if under_title else (sentence,)), 0
        elif (leads and followed < MAX_ANSWER and _follows(sentence, leads[-1])
              and (text.endswith((".", "!", "?")) or not is_title(leads[-1].text, MAX_LEADING_TITLE_WORDS))):
            led[sentence.index] = leads
            followed += 1
        else:
            leads = ()
    return led


def _follows(sentence: Sentence, lead: Sentence) -> bool:
    return sentence.section == lead.section and sentence.main_part.file == lead.main_part.file


_HEADING_NUMBER = re.compile(r"^\s*(?:(?:section|article|clause)\s+)?(\d{1,2}(?:\.\d{1,2})*)\.?\s", re.IGNORECASE)


def _outer_headings(sentences: list[Sentence]) -> dict[str, str]:
    """The heading each numbered sub-heading sits under, by the sub-heading's text: "16. References" over "16.1 The
    following clients have consented to be contacted:", whose own words do not say what the list under it is."""
    numbered: dict[str, str] = {}
    outer: dict[str, str] = {}
    for sentence in sentences:
        if not _is_heading(sentence) or not (match := _HEADING_NUMBER.match(sentence.text)):
            continue
        number = match.group(1)
        numbered[number] = sentence.text
        parent = number.rpartition(".")[0]
        if parent in numbered:
            outer[sentence.text] = numbered[parent]
    return outer


_EMAIL_DOMAIN = re.compile(r"\b[\w.+-]+@([a-z0-9-]+)\.", re.IGNORECASE)
MIN_SHARED_NAME = 5  # letters an e-mail domain and the vendor's folder name share at their start to be one name


def _own_contact(text: str, vendor: str) -> bool:
    """Whether the text gives an e-mail address at the vendor's own domain ("gvance@halberdgs.example.com" in the
    proposal of "halberd-gs"): the proposal's point of contact, not a client's."""
    name = re.sub(r"[^a-z0-9]", "", vendor.lower())
    return any(len(os.path.commonprefix([re.sub(r"[^a-z0-9]", "", domain.lower()), name])) >= MIN_SHARED_NAME
               for domain in _EMAIL_DOMAIN.findall(text))


def _short_of_rfp_capacity(criterion: Criterion, evidence: VendorEvidence, scored: list[_Scored]
                           ) -> tuple[_Scored, Level, str] | None:
    """For a criterion `short_capacity_limit`: the sentence stating the vendor's largest peak or surge capacity, that
    capacity and why it is a limit, when that is less than the least the RFP asks (capacity.py); None when it is not, or the
    vendor states no capacity figure, or there is no RFP."""
    asked = evidence.rfp_capacity
    if not criterion.short_capacity_limit or asked is None:
        return None
    offered = max(((s, level) for s in scored for level in offered_levels(s.sentence.text)),
                  key=lambda pair: pair[1].level, default=None)
    if offered is None or offered[1].level >= asked.level:
        return None
    return offered[0], offered[1], (f"the largest capacity stated, {offered[1].describe()}, is less than the RFP asks, "
                        f"{asked.describe()}")


def _fewer_referees_than_asked(criterion: Criterion, evidence: VendorEvidence, scored: list[_Scored]
                               ) -> tuple[list[_Scored], str] | None:
    """For a criterion `short_referee_limit`: the rows naming the vendor's referees and why they fall short, when the
    proposal names some but fewer than the RFP asks for (referees.py); None otherwise: a proposal naming none is
    judged on its words (references "on request" are no referees either)."""
    asked = evidence.rfp_referees
    if not criterion.short_referee_limit or asked is None:
        return None
    named, rows = asked.named([s.sentence for s in scored])
    if not 0 < named < asked.asked:
        return None
    by_index = {s.sentence.index: s for s in scored}
    return ([by_index[row.index] for row in rows],
            f"the proposal names {named} referee{'s' * (named != 1)}; the RFP asks for {asked.asked:g}")


def _unstated_facets(criterion: Criterion, relevant: list[_Scored]) -> list[str]:
    """The parts of a criterion (`facets`) that no firm passage states, when fewer than `min_facets` are stated: one
    monthly report is not reporting with a cadence, content and access. A hedged or limited passage states none."""
    firm = [s.sentence.text for s in relevant if not s.hedge and not s.shortfall]
    stated = [name for name, patterns in criterion.facets_re.items() if any(first_match(patterns, t) for t in firm)]
    if len(stated) >= criterion.min_facets:
        return []
    return [name for name in criterion.facets if name not in stated]


def _stated_limit(criterion: Criterion, text: str, rfp_windows: list[Window]) -> tuple[str | None, list[str]]:
    """The sentence's first stated limit ("Monday to Friday"), unless it is negated ("prices are not indicative") or
    is a window that covers one the RFP states (hours.py), or else, for a criterion `short_hours_limit`, hours that
    staff fewer than the RFP's on its days ("Phone 09:00-21:00, 7 days"); and the windows that cover the RFP's, which
    are specifics: staffing the hours the buyer asked for ("08:00 to 18:00 Eastern Time, Monday to Friday") is meeting
    them."""
    limits = [match for pattern in criterion.shortfalls_re for match in pattern.finditer(text)
              if not negated_at(text, match.start()) and not in_condition(text, match.start(), match.end())]
    covered = covered_spans(text, rfp_windows) if limits and rfp_windows else []
    # A limit is the window asked for when that window is most of what it says ("only Monday to Friday"), not a word
    # of a longer limit ("Polish-language contacts received outside 08:00-18:00 ..., and on Saturdays, shall be
    # answered in German").
    within = [any(2 * (min(b, m.end()) - max(a, m.start())) >= m.end() - m.start() for a, b in covered)
              for m in limits]
    first = next((m.group(0) for m, inside in zip(limits, within) if not inside), None)
    if first is None and criterion.short_hours_limit and rfp_windows:
        first = next(iter(short_windows(text, rfp_windows)), None)
    return first, list(dict.fromkeys(m.group(0) for m, inside in zip(limits, within) if inside))


def _imposed_amount_and_gap(item: FeeItem, texts: list[str]) -> tuple[str, str]:
    """The fee's stated amount (the item's preferred kind first) and the gap line that reports it."""
    amount = fee_amount(texts, item.amount or DEFAULT_AMOUNT_ORDER)
    return amount, f"{item.gap} Amount: {amount}." if amount else f"{item.gap} No amount stated: unpriced risk."


def _earliest(patterns: list[re.Pattern], text: str) -> int | None:
    """Where the first of the patterns' matches starts, whichever pattern it is ("Changes to the Services ... under
    the Change Control Procedure": at "Changes")."""
    return min((m.start() for p in patterns if (m := p.search(text))), default=None)


def _distinct(hits: list[tuple[Sentence, str]]) -> list[tuple[Sentence, str]]:
    seen, out = set(), []
    for hit in hits:
        if hit[0].index not in seen:
            seen.add(hit[0].index)
            out.append(hit)
    return out
