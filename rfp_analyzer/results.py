"""The results contract: what `results.json` holds, typed once, for every stage that writes or reads it.

The pipeline builds the document (`results_document` in pipeline.py), the pricing stage adds to it through
`attach_pricing`, and the reports, the workbook, the letters and the CLI read it. A pipeline that consumes our JSON
validates it with the JSON Schema that `rfp-analyze schema` prints (shipped as `results.schema.json` beside this
module; a test keeps the file equal to these types).

The status vocabularies are defined here and nowhere else. So are the scoring rules (`weighted_score`).

`schema_version` is bumped when a consumer of an earlier version could misread the document: a key removed or
renamed, a type or the meaning of a value changed, a status word added. Adding an optional key does not bump it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Literal, NotRequired, get_args

from pydantic import ConfigDict, TypeAdapter, with_config
from typing_extensions import TypedDict  # pydantic reads TypedDicts from typing only on Python 3.12+

SCHEMA_VERSION = 1
SCHEMA_FILE = Path(__file__).with_name("results.schema.json")

CriterionStatus = Literal["met", "partial", "missing"]
FeeStatus = Literal["present", "waived", "absent"]
ComplianceStatus = Literal["compliant", "partial", "non_compliant", "not_addressed"]
RequirementKind = Literal["mandatory", "requirement", "service_level", "pricing_instruction", "submission"]
CRITERION_STATUSES: tuple[str, ...] = get_args(CriterionStatus)
FEE_STATUSES: tuple[str, ...] = get_args(FeeStatus)
COMPLIANCE_STATUSES: tuple[str, ...] = get_args(ComplianceStatus)
STATUS_POINTS = {"met": 1.0, "partial": 0.5, "missing": 0.0}  # a criterion's share of its weight

_STRICT = ConfigDict(extra="forbid")


@with_config(_STRICT)
class EvidenceDoc(TypedDict):
    file: str  # as named under the vendor's folder, or the proposals folder
    page: int  # 1-based
    quote: str  # verbatim on that page (checked before it is written)
    section: NotRequired[str]
    ocr: NotRequired[bool]  # quoted from text read by OCR (the page has no text layer)


@with_config(_STRICT)
class ReviewDoc(TypedDict):
    """A reviewer's decision on a finding (see review/apply.py). When `state` is "applied", the finding's `status`
    is the reviewer's; when "review_again", the evidence changed since the decision and `status` is the machine's."""
    status: str  # the reviewer's status
    machine_status: str  # the analysis's status
    state: Literal["applied", "review_again"]
    reviewer: str
    note: str
    at: str  # UTC, ISO 8601


@with_config(_STRICT)
class FindingDoc(TypedDict):
    id: str  # the criterion's or fee item's id in its checklist
    status: CriterionStatus | FeeStatus
    confidence: float
    gap: str
    question: str  # what to ask the vendor
    evidence: list[EvidenceDoc]
    judge: str  # "rules", "llm:<model>" or "rules (fallback: <why>)"
    amount: NotRequired[str]  # fees only
    unverified_quotes_dropped: NotRequired[int]
    unverified: NotRequired[bool]  # an LLM verdict none of whose quotes was found: shown, flagged, unquoted
    review: NotRequired[ReviewDoc]  # a reviewer's decision: `status` is then the reviewer's (see ReviewDoc)


@with_config(_STRICT)
class ScoreDoc(TypedDict):
    weighted: float  # 0-100
    met: int
    partial: int
    missing: int
    unverified: NotRequired[int]
    machine: NotRequired[float]  # the analysis's own weighted score, when reviewers' decisions changed it


@with_config(_STRICT)
class WarningDoc(TypedDict):
    file: str
    page: int | None
    kind: str  # no_text, hidden_text, injection, duplicate, ...
    message: str


@with_config(_STRICT)
class NonBindingDoc(TypedDict):
    file: str
    page: int
    quote: str
    section: NotRequired[str]
    ocr: NotRequired[bool]


@with_config(_STRICT)
class RateDoc(TypedDict):
    item: str
    amount: float
    currency: NotRequired[str]
    unit: NotRequired[str]  # one of units.UNITS
    file: str
    page: int
    quote: str
    source: str  # table | text
    quantity: NotRequired[float]
    included: NotRequired[float]
    above: NotRequired[float]
    fee: NotRequired[str]
    binding: bool
    nonbinding: NotRequired[NonBindingDoc]


@with_config(_STRICT)
class CostLineDoc(TypedDict):
    label: str
    kind: Literal["service", "escalation", "fee"]
    fee: str
    unit: str
    unit_price: list[float]  # per contract year
    quantity: list[float]  # per contract year
    yearly: list[float]
    total: float
    basis: str
    binding: bool
    evidence: list[EvidenceDoc]


@with_config(_STRICT)
class RiskDoc(TypedDict):
    fee: str
    title: str
    reason: str
    question: str
    evidence: list[EvidenceDoc]


@with_config(_STRICT)
class TcoDoc(TypedDict):
    model: str  # fte_month | hour | contact | month | none
    currency: str
    years: int
    total: float
    yearly: list[float]
    binding: bool
    lines: list[CostLineDoc]
    risks: list[RiskDoc]
    checks: NotRequired[list[str]]  # why the total is implausible or incomplete: it is then not ranked


@with_config(_STRICT)
class VendorPricingDoc(TypedDict):
    rates: list[RateDoc]
    tco: TcoDoc


@with_config(_STRICT)
class ComplianceDoc(TypedDict):
    """One vendor x RFP requirement: non_compliant means the proposal contradicts it, not_addressed means silence."""

    id: str  # the requirement's id in the ledger (rfp.requirements)
    status: ComplianceStatus
    confidence: float
    gap: str
    question: str  # what to ask the vendor
    evidence: list[EvidenceDoc]  # the vendor's passages, verified on their pages
    judge: str
    unverified: NotRequired[bool]


@with_config(_STRICT)
class GateDoc(TypedDict):
    passes: bool  # no mandatory requirement non_compliant or not_addressed
    failed: list[str]  # the mandatory requirements' ids it fails ("fails mandatory M1")


@with_config(_STRICT)
class RfpEvidenceDoc(TypedDict):
    file: str  # the RFP's file name
    page: int  # 1-based
    quote: str  # verbatim on that page of the RFP
    ocr: NotRequired[bool]


@with_config(_STRICT)
class RequirementDoc(TypedDict):
    id: str  # the RFP's own id (M1, R12) when it has one, else R<n>
    section: str
    title: str
    text: str
    kind: RequirementKind
    mandatory: bool
    evidence: RfpEvidenceDoc


@with_config(_STRICT)
class RfpCriterionDoc(TypedDict):
    id: str
    title: str
    means: str
    weight: float | None  # normalized to sum 100; null when the RFP ranks its factors without weights
    rank: int  # the stated order, 1 first
    evidence: RfpEvidenceDoc
    maps_to: NotRequired[str | None]  # our criterion (criteria_set) it was mapped to by meaning, or null
    similarity: NotRequired[float | None]


@with_config(_STRICT)
class RfpDoc(TypedDict):
    """The buyer's RFP (`--rfp`): its requirement ledger and its evaluation criteria."""

    rfp: str
    requirements: list[RequirementDoc]
    evaluation_criteria: list[RfpCriterionDoc]
    evaluation_order: NotRequired[RfpEvidenceDoc]  # the sentence stating the factors' relative importance
    unverified_dropped: NotRequired[int]
    ocr_pages: NotRequired[list[int]]
    warnings: NotRequired[list[str]]  # reading problems of the RFP (pages without text, limits reached)
    weights_applied: NotRequired[bool]  # the scorecard's weights are the RFP's (criteria_set items)
    message: NotRequired[str]


@with_config(_STRICT)
class VendorDoc(TypedDict):
    vendor: str  # the file stem, or the folder of a vendor with several files
    name: str
    files: list[str]
    pages: int
    score: ScoreDoc
    criteria: list[FindingDoc]
    fees: list[FindingDoc]
    warnings: list[WarningDoc]
    ocr_pages: dict[str, list[int]]
    llm: NotRequired[dict[str, float]]  # LLM calls, cache hits, tokens and seconds for this vendor
    pricing: NotRequired[VendorPricingDoc]
    compliance: NotRequired[list[ComplianceDoc]]  # with --rfp: one item per requirement of rfp.requirements
    gate: NotRequired[GateDoc]  # with --rfp: the mandatory requirements
    not_a_proposal: NotRequired[str]  # why the files read like an RFP or a contract, not a vendor's proposal


@with_config(_STRICT)
class CriterionItemDoc(TypedDict):
    id: str
    title: str
    weight: float
    means: str
    met_requires: str


@with_config(_STRICT)
class FeeItemDoc(TypedDict):
    id: str
    title: str
    means: str


@with_config(_STRICT)
class CriteriaSetDoc(TypedDict):
    file: str
    items: list[CriterionItemDoc]


@with_config(_STRICT)
class FeeSetDoc(TypedDict):
    file: str
    items: list[FeeItemDoc]


@with_config(_STRICT)
class FailedFileDoc(TypedDict):
    file: str
    kind: str
    reason: str


@with_config(_STRICT)
class ToolDoc(TypedDict):
    name: str
    version: str


@with_config(_STRICT)
class SensitivityCaseDoc(TypedDict):
    case: str
    totals: dict[str, float]  # vendor -> total over the term
    ranking: list[str]  # vendors, cheapest first
    unranked: NotRequired[dict[str, str]]  # vendor -> why its total is not ranked (TcoDoc.checks)


# One decision of the audit log: who, when, from, to, why ("from" is a Python keyword, hence this form).
ReviewLogEntryDoc = with_config(_STRICT)(TypedDict("ReviewLogEntryDoc", {
    "id": int, "at": str, "reviewer": str, "vendor": str, "item": str, "from": str, "to": str, "note": str,
    "machine_status": str}))


@with_config(_STRICT)
class ReviewsDoc(TypedDict):
    file: str  # the SQLite store the decisions are kept in
    applied: int
    review_again: int
    log: list[ReviewLogEntryDoc]  # every decision, oldest first: who, when, from, to, why


@with_config(_STRICT)
class LinksDoc(TypedDict):
    pdf_base: NotRequired[str]  # a URL or folder laid out as the proposals folder
    bundle: NotRequired[bool]  # the PDFs are copied under <out>/proposals/ and linked relative to the reports


class Results(TypedDict):
    schema_version: int
    generated_at: str
    tool: ToolDoc
    judge: str
    proposals_dir: str
    criteria_set: CriteriaSetDoc
    fee_set: FeeSetDoc
    summary: dict  # run statistics (pipeline.RunStats) and `recommendation` (recommend.py)
    vendors: list[VendorDoc]
    failed_files: list[FailedFileDoc]
    scenario: NotRequired[dict]  # the buyer's scenario used for the cost model, with where its values came from
    pricing_sensitivity: NotRequired[list[SensitivityCaseDoc]]
    rfp: NotRequired[RfpDoc]  # with --rfp
    reviews: NotRequired[ReviewsDoc]  # reviewers' decisions and their audit log, when any were made
    links: NotRequired[LinksDoc]  # where report.html's citation links point (--pdf-base, --bundle)


@cache
def _adapter() -> TypeAdapter:
    """Built on first use: most commands never validate, and building it takes a moment."""
    return TypeAdapter(Results)


def json_schema() -> dict:
    return _adapter().json_schema() | {"$id": f"rfp-analyzer/results/v{SCHEMA_VERSION}",
                                    "title": "rfp-analyzer results.json"}


def schema_text() -> str:
    return json.dumps(json_schema(), indent=1) + "\n"


def validate(data: dict) -> Results:
    """`data` checked against the contract; pydantic's ValidationError names the key that is wrong."""
    return _adapter().validate_python(data)


def weighted_score(criteria: list[CriterionItemDoc], findings: list[FindingDoc]) -> ScoreDoc:
    """Each criterion's weight times its status points (met 1, partial 0.5, missing 0), as a share of 100."""
    status = {f["id"]: f["status"] for f in findings}
    total = sum(c["weight"] for c in criteria)
    points = sum(c["weight"] * STATUS_POINTS.get(status.get(c["id"], "missing"), 0.0) for c in criteria)
    counts = {s: sum(1 for v in status.values() if v == s) for s in STATUS_POINTS}
    unverified = sum(1 for f in findings if f.get("unverified"))  # LLM verdicts no verified quote backs
    return {"weighted": round(100 * points / total, 1) if total else 0.0, **counts,
            **({"unverified": unverified} if unverified else {})}


def attach_pricing(results: Results, scenario: dict, sensitivity: list[SensitivityCaseDoc],
                   by_vendor: dict[str, VendorPricingDoc]) -> None:
    """The pricing stage's part of the document: each vendor's rates and TCO, the scenario, the sensitivity table."""
    for vendor in results["vendors"]:
        vendor["pricing"] = by_vendor[vendor["vendor"]]
    results["scenario"] = scenario
    results["pricing_sensitivity"] = sensitivity
