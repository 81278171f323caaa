"""What every judge offers the pipeline: the `Judge` protocol, the evidence it may read about one vendor, and the
statistics it reports (fallbacks, unverified verdicts, LLM usage), so the orchestrator never looks inside a judge.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Protocol

from ..capacity import Level
from ..hours import Window
from ..index.retrieve import Retriever
from ..models import Chunk, Evidence, Finding, Sentence
from ..referees import RefereesAsked
from ..verify import CitationVerifier
from .checklists import CriteriaSet, Criterion, FeeChecklist, FeeItem

RETRIEVE_K = 8  # chunks per criterion: enough to reach the table or footnote that settles it


@dataclass
class JudgeStats:
    """What a judge did so far. The rules judge has nothing to report; the LLM judge counts its endpoint's usage
    (calls, cache hits, tokens), the findings the rules judge answered instead, and its unverified verdicts."""

    usage: dict = field(default_factory=dict)
    fallbacks: int = 0
    unverified: int = 0
    down: str = ""  # why the endpoint was given up on mid-run


class Judge(Protocol):
    @property
    def name(self) -> str: ...

    def assess_criterion(self, evidence: "VendorEvidence", criterion: Criterion) -> Finding: ...

    def assess_fee(self, evidence: "VendorEvidence", item: FeeItem) -> Finding: ...

    def assess_fees(self, evidence: "VendorEvidence", items: list[FeeItem]) -> list[Finding]: ...

    @property
    def concurrency(self) -> int: ...  # criteria assessed at a time

    def stats(self) -> JudgeStats: ...


@dataclass
class VendorEvidence:
    """What a judge may read about one vendor: its sentences, a retriever over its chunks, its page texts; and, when
    the buyer's RFP is given, the service windows it states (a vendor staffing one of them states no limit), the
    sector it names (experience in other sectors only is partial), the least capacity it asks for peaks and the
    number of referees it asks for (less offered, or fewer named, is a limit)."""

    vendor: str
    sentences: list[Sentence]
    retriever: Retriever
    verifier: CitationVerifier  # the vendor's page texts, to check quotes against
    rfp_windows: list[Window] = field(default_factory=list)
    buyer_sectors: list[str] = field(default_factory=list)
    rfp_capacity: Level | None = None  # the least peak or surge capacity the RFP asks (capacity.py)
    rfp_referees: RefereesAsked | None = None  # how many referees the RFP asks for (referees.py)
    asked: frozenset[int] = frozenset()  # sentences that ask a question (restated.py): lead-ins, never evidence

    @property
    def chunks(self) -> list[Chunk]:
        return self.retriever.chunks_of(self.vendor)

    def retrieve(self, queries: list[str], k: int = RETRIEVE_K) -> list[Chunk]:
        return self.retriever.search(self.vendor, queries, k)

    def verified_quote(self, sentence: Sentence) -> Evidence | None:
        """The sentence's main part as a quote, when it is found on its cited page; else None."""
        span = sentence.main_part
        quote = Evidence(span.file, span.page, span.text, sentence.section)
        return quote if self.verifier.is_verbatim(quote) else None


@dataclass
class Assessment:
    """All findings for one vendor."""

    vendor: str
    criteria: list[Finding] = field(default_factory=list)
    fees: list[Finding] = field(default_factory=list)
    llm: dict = field(default_factory=dict)  # LLM calls, tokens and seconds spent on this vendor


def assess_vendor(judge: Judge, evidence: VendorEvidence, criteria: CriteriaSet, fees: FeeChecklist) -> Assessment:
    """All findings for one vendor; criteria are assessed `judge.concurrency` at a time (useful with an LLM judge)."""
    with ThreadPoolExecutor(max_workers=max(1, judge.concurrency)) as pool:
        criteria_findings = list(pool.map(lambda c: judge.assess_criterion(evidence, c), criteria.criteria))
    fee_findings = judge.assess_fees(evidence, fees.fees)
    titles = {item.id: item.title for item in fees.fees}
    criteria_findings = [limited_by_fees(finding, criterion, fee_findings, titles)
                         for finding, criterion in zip(criteria_findings, criteria.criteria)]
    return Assessment(vendor=evidence.vendor, criteria=criteria_findings, fees=fee_findings)


def limited_by_fees(finding: Finding, criterion: Criterion, fee_findings: list[Finding],
                    titles: dict[str, str]) -> Finding:
    """A criterion whose `met_requires` a fee contradicts is at most partial when that fee is present: "firm
    (binding) prices" are not met by a proposal whose prices the fee judge found non-binding. The fee's quote is
    the evidence, whichever judge found it."""
    if finding.status != "met" or not criterion.limited_by_fees:
        return finding
    present = [f for f in fee_findings if f.id in criterion.limited_by_fees and f.status == "present"]
    if not present:
        return finding
    limit = present[0]
    return replace(finding, status="partial", confidence=min(finding.confidence, 0.7),
                   gap=f"{criterion.gap} Found: {titles.get(limit.id, limit.id).lower()} (see the fee finding).",
                   question=criterion.question, evidence=limit.evidence[:1] + finding.evidence)
