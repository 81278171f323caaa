"""The LLM judge: the same findings as the rules judge, with the model's judgement on vague, indirect and
contradictory text, and the same guarantees.

- The evidence blocks hold the passages retrieval ranks first and the passages holding the clauses the rules judge
  would quote, so a footnote or a clause in other words reaches the model (`rfp-analyze eval --llm-share` measures
  how much labelled evidence does).
- The model sees evidence blocks labelled C1, C2, ... (never page numbers it could invent) and cites block ids;
  a quote is kept only when the citation verifier finds it on a page of that block (or of another block given).
- A finding whose quotes all fail is asked again once; if they fail again it keeps the model's status, shows no
  quote and is marked unverified.
- Text addressed to an AI evaluator is removed from the evidence before the model sees it, so it cannot flip
  a finding; the injection detector reports it.
- If the endpoint stops answering, finished findings are kept and the rest come from the rules judge, each
  finding saying which judge produced it.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from langchain_core.prompts import PromptTemplate
from pydantic import BaseModel, Field, create_model

from ..errors import EndpointError
from ..ingest.injection import load_patterns
from ..llm.blocks import Quote, load_template, locate_quotes, number_blocks, render_blocks
from ..llm.client import BadAnswer, EndpointDown
from ..models import Chunk, Evidence, Finding
from ..patterns import first_text
from ..results import CriterionStatus, FeeStatus
from ..verify import CitationVerifier
from .checklists import Criterion, FeeItem
from .protocol import JudgeStats, VendorEvidence
from .rules import RulesJudge

log = logging.getLogger(__name__)

EVIDENCE_CHUNKS = 8  # per criterion, as many as the rules judge reads (RETRIEVE_K)
FEE_BATCH = 5  # fee items assessed per call, over their shared evidence
FEE_BLOCKS = 14  # evidence blocks per fee call: the rules' settling clauses first, then retrieval's


class CriterionAnswer(BaseModel):
    status: CriterionStatus
    rationale: str = Field(max_length=400)
    quotes: list[Quote] = Field(max_length=3)
    gap: str = Field(max_length=250)
    question: str = Field(max_length=250)
    injection_detected: bool = False


class FeeAnswerItem(BaseModel):
    id: str = Field(max_length=40)
    status: FeeStatus
    amount: str = Field(max_length=120)
    quotes: list[Quote] = Field(max_length=2)
    question: str = Field(max_length=250)


class FeeAnswer(BaseModel):
    items: list[FeeAnswerItem] = Field(max_length=FEE_BATCH)
    injection_detected: bool = False


def fee_answer_schema(ids: list[str]) -> type[FeeAnswer]:
    """FeeAnswer whose item ids can only be the ids asked about, one answer per item (schema-constrained
    servers enforce it; others are told by the schema)."""
    item = create_model("FeeAnswerItem", __base__=FeeAnswerItem, id=(Literal[tuple(ids)], ...))
    return create_model("FeeAnswer", __base__=FeeAnswer,
                        items=(list[item], Field(min_length=len(ids), max_length=len(ids))))


@dataclass(frozen=True)
class Prompts:
    criterion_system: PromptTemplate
    criterion_user: PromptTemplate
    fees_system: PromptTemplate
    fees_user: PromptTemplate

    @classmethod
    def load(cls, folder: Path | None = None) -> "Prompts":
        return cls(*(load_template(f"{n}.txt", folder)
                     for n in ("criterion_system", "criterion_user", "fees_system", "fees_user")))


class LLMJudge:
    def __init__(self, client, prompts: Prompts, fallback: RulesJudge) -> None:
        self.client = client
        self.prompts = prompts
        self.fallback = fallback
        self.down: str | None = None  # why the endpoint was given up on
        self.fallbacks = 0
        self.unverified = 0
        self._injection = load_patterns()
        self._lock = threading.Lock()  # criteria are assessed concurrently

    @property
    def name(self) -> str:
        return f"llm:{self.client.settings.model}"

    @property
    def concurrency(self) -> int:
        return self.client.settings.max_concurrency

    def stats(self) -> JudgeStats:
        return JudgeStats(self.client.usage.as_dict(), self.fallbacks, self.unverified, self.down or "")

    # ---- criteria ---------------------------------------------------------------------------------------------
    def assess_criterion(self, evidence: VendorEvidence, criterion: Criterion) -> Finding:
        if self.down:
            return self._rules(self.fallback.assess_criterion(evidence, criterion), "endpoint down")
        chunks = evidence.retrieve(criterion.queries, EVIDENCE_CHUNKS)
        chunks += [c for c in _chunks_quoted(evidence, [self.fallback.assess_criterion(evidence, criterion)])
                   if c not in chunks]
        blocks = number_blocks(chunks)
        system = self.prompts.criterion_system.format()
        user = self.prompts.criterion_user.format(
            title=criterion.title, criterion_id=criterion.id, means=criterion.means,
            met_requires=_with_what_the_rfp_asks(criterion, evidence), vendor=evidence.vendor,
            evidence=render_blocks(blocks, self._injection))
        try:
            answer, quotes = self._ask_verified(CriterionAnswer, system, user, blocks, evidence.verifier)
        except (EndpointDown, BadAnswer) as exc:
            return self._rules(self.fallback.assess_criterion(evidence, criterion), self._failed(exc))
        finding = Finding(criterion.id, "criterion", answer.status, 0.75, answer.gap, answer.question or
                          criterion.question, quotes, judge=self.name)
        return self._mark_if_unverified(finding, answer.quotes, quotes)

    # ---- fees -------------------------------------------------------------------------------------------------
    def assess_fee(self, evidence: VendorEvidence, item: FeeItem) -> Finding:
        return self.assess_fees(evidence, [item])[0]

    def assess_fees(self, evidence: VendorEvidence, items: list[FeeItem]) -> list[Finding]:
        findings = []
        for start in range(0, len(items), FEE_BATCH):
            findings += self._fee_batch(evidence, items[start:start + FEE_BATCH])
        return findings

    def _fee_batch(self, evidence: VendorEvidence, items: list[FeeItem]) -> list[Finding]:
        if self.down:
            return [self._rules(self.fallback.assess_fee(evidence, item), "endpoint down") for item in items]
        chunks: list[Chunk] = _chunks_quoted(evidence, self.fallback.assess_fees(evidence, items))
        for item in items:
            for chunk in evidence.retrieve([item.title, item.means], 3) + self._term_chunks(evidence, item):
                if chunk not in chunks:
                    chunks.append(chunk)
        blocks = number_blocks(chunks[:FEE_BLOCKS])
        listing = "\n".join(f"- {i.id}: {i.title}. {i.means}" for i in items)
        system = self.prompts.fees_system.format()
        user = self.prompts.fees_user.format(items=listing, vendor=evidence.vendor,
                                             evidence=render_blocks(blocks, self._injection))
        try:
            answer = self.client.ask(fee_answer_schema([i.id for i in items]), system, user)
        except (EndpointDown, BadAnswer) as exc:
            if isinstance(exc, BadAnswer) and exc.truncated and len(items) > 1:
                # The answer did not fit in max_tokens (small local servers cap it low): ask for half at a time.
                half = (len(items) + 1) // 2
                return self._fee_batch(evidence, items[:half]) + self._fee_batch(evidence, items[half:])
            reason = self._failed(exc)
            return [self._rules(self.fallback.assess_fee(evidence, item), reason) for item in items]
        by_id = {a.id: a for a in answer.items}
        findings = []
        for item in items:
            got = by_id.get(item.id)
            if got is None:  # the model skipped the item: the rules judge answers for it
                findings.append(self._rules(self.fallback.assess_fee(evidence, item), "item missing from answer"))
                continue
            quotes = self._locate(blocks, got.quotes, evidence.verifier)
            finding = Finding(item.id, "fee", got.status, 0.75, item.gap if got.status == "present" else "",
                              got.question or item.question, quotes, amount=got.amount, judge=self.name)
            findings.append(self._mark_if_unverified(finding, got.quotes, quotes))
        return findings

    def _term_chunks(self, evidence: VendorEvidence, item: FeeItem) -> list[Chunk]:
        """Chunks holding a sentence that names the item: fine print that retrieval may rank low."""
        hits = {s.index for s in evidence.sentences if any(p.search(s.text) for p in item.terms_re)}
        return [c for c in evidence.chunks if any(i in hits for i in range(*c.sentence_range))][:3]

    # ---- shared -----------------------------------------------------------------------------------------------
    def _ask_verified(self, schema, system: str, user: str, blocks: dict[str, Chunk], verifier: CitationVerifier):
        answer = self.client.ask(schema, system, user)
        quotes = self._locate(blocks, answer.quotes, verifier)
        if answer.quotes and not quotes:  # re-ask once, saying why
            retry = user + ("\n\nYour previous quotes were not found verbatim in the evidence blocks. Copy the exact "
                            "text, character for character, from one block, and give that block's id.")
            answer = self.client.ask(schema, system, retry)
            quotes = self._locate(blocks, answer.quotes, verifier)
        return answer, quotes

    @staticmethod
    def _locate(blocks: dict[str, Chunk], quotes: list[Quote], verifier: CitationVerifier) -> list[Evidence]:
        return [evidence for _, evidence in locate_quotes(blocks, quotes, lambda chunk: verifier)]

    def _mark_if_unverified(self, finding: Finding, asked: list[Quote], kept: list[Evidence]) -> Finding:
        if asked and not kept:
            with self._lock:
                self.unverified += 1
            return replace(finding, confidence=0.4, unverified=True)  # the reports say so where they show it
        return finding

    def _failed(self, exc: Exception) -> str:
        """Why a call failed, in a few words; an endpoint that stopped answering is not asked again, and one
        that never answered at all is a configuration error, not a reason to quietly use the rules."""
        if isinstance(exc, EndpointDown):
            usage = self.client.usage
            if usage.calls == 0 and usage.cache_hits == 0:
                raise EndpointError(f"{exc}: check OPENAI_BASE_URL / --base-url and that the server is running") \
                    from exc
            self.down = str(exc)
            log.warning("%s; the remaining findings come from the rules judge", exc)
            return "endpoint down"
        log.info("%s; the rules judge answers instead", exc)  # shown with --verbose
        return "unusable answer"

    def _rules(self, finding: Finding, reason: str) -> Finding:
        with self._lock:
            self.fallbacks += 1
        return replace(finding, judge=f"rules (fallback: {reason})")


def _chunks_quoted(evidence: VendorEvidence, findings: list[Finding]) -> list[Chunk]:
    """The chunks holding the rules judge's quotes for these findings: the clause that settles a finding reaches the
    model even where retrieval ranks it low (a footnote, a table row, a clause in other words)."""
    quotes = [" ".join(e.quote.split("...")[0].split()) for f in findings for e in f.evidence]
    quotes = [q for q in quotes if q]
    return [c for c in evidence.chunks if any(q in " ".join(c.text.split()) for q in quotes)] if quotes else []


def _with_what_the_rfp_asks(criterion: Criterion, evidence: VendorEvidence) -> str:
    """What "met" requires, with the service windows the buyer's RFP states when the criterion is about hours (its
    limits name days or hours): staffing exactly those windows meets it, as the rules judge reads it (hours.py); and
    with the least peak capacity and the number of referees the RFP asks when the criterion is held to them
    (capacity.py, referees.py)."""
    required = criterion.met_requires
    if criterion.short_capacity_limit and evidence.rfp_capacity:
        required += (f" The buyer's RFP asks for peak or surge capacity of at least {evidence.rfp_capacity.describe()}; "
                     "a largest stated capacity below that is a limitation.")
    if criterion.short_referee_limit and evidence.rfp_referees:
        required += (f" The buyer's RFP asks for {evidence.rfp_referees.asked:g} references; naming fewer referees is a "
                     "limitation.")
    limits_hours = any(first_text(criterion.shortfalls_re, w.describe()) or first_text(criterion.topic_re, w.describe())
                       for w in evidence.rfp_windows)
    if not limits_hours:
        return required
    stated = "; ".join(dict.fromkeys(w.describe() for w in evidence.rfp_windows))
    return (f"{required} The buyer's RFP states these service windows: {stated}. Hours that cover "
            "the window required for a stream meet it; fewer days or hours than required are a limitation.")
