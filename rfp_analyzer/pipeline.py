"""The analysis run: ingest -> index -> judge -> pricing -> report, usable from Python without the CLI.

Each stage's result is cached by what it depends on (stagecache.py): a re-run reads only new or changed PDFs,
opens Chroma only when a file is not indexed yet, judges only vendors whose files (or the criteria, checklist or
judge) changed, and recomputes scores, total cost and reports, which are cheap and depend on weights and scenario.

    from rfp_analyzer.pipeline import AnalysisOptions, analyze
    run = analyze(AnalysisOptions(proposals_dir=Path("proposals")))
    run.results["vendors"][0]["criteria"]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from . import __version__
from .ask.grounding import warm_routes
from .capacity import Level
from .config import DEFAULT_CRITERIA, DEFAULT_FEES, DEFAULT_PRICING, PROMPTS_DIR, Settings
from .errors import ConfigError
from .hours import Window
from .index.embed import shared_embedder
from .index.retrieve import Retriever
from .index.runlock import index_lock
from .index.snapshot import IndexedFile, IndexSnapshot, indexed_files, record_indexed_files
from .ingest.chunk import make_chunks, vendor_sentences
from .ingest.injection import detect_injections
from .ingest.ocr import ENGINE_PACKAGE, OcrCache, PageOcr, choose_engine, prune_ocr_cache
from .ingest.pdf import (
    FileLimits,
    UnreadableFile,
    cut_by_time,
    discover_vendors,
    guess_vendor_name,
    make_names_unique,
    read_pdf,
    sha256_of,
    skipped_entries,
)
from .judge.checklists import SHARED_CRITERIA_KEYS, CriteriaSet, FeeChecklist, check_fee_references, load_criteria, load_fees
from .judge.compliance import ComplianceJudge, gate_of, map_criteria, requirement_criteria, rfp_weights
from .judge.protocol import Assessment, Judge, VendorEvidence, assess_vendor
from .judge.rules import RulesJudge
from .models import Chunk, Finding, Issue, Sentence, SourceFile, Vendor
from .patterns import read_yaml
from .places import DEFAULT_PLACES
from .pricing.costing import PricingSetup, VendorPricing, add_pricing, extract_vendor_rates
from .pricing.rates import PricingVocab, Rate
from .pricing.scenario import read_rfp_defaults
from .progress import NullProgress, Progress
from .recommend import recommendation
from .referees import RefereesAsked
from .report import REPORT_FORMATS, formats_in, write_reports
from .restated import RfpWording, answers_of_rows
from .results import SCHEMA_VERSION, CriterionItemDoc, Results, VendorDoc, weighted_score
from .review import ReviewStore, apply_reviews
from .rfp.kind import solicitation_reason
from .rfp.ledger import DEFAULT_REQUIREMENTS, Ledger, ledger_from_dict, load_requirement_vocab, read_ledger
from .stagecache import StageCache, files_fingerprint, from_json, stage_key
from .threads import one_blas_thread
from .verify import CitationVerifier

if TYPE_CHECKING:
    from .index.chroma import ProposalIndex

log = logging.getLogger(__name__)

@dataclass
class AnalysisOptions:
    proposals_dir: Path
    out_dir: Path = Path("rfp-reports")
    index_dir: Path = Path(".rfp-index")
    criteria_path: Path = DEFAULT_CRITERIA
    fees_path: Path = DEFAULT_FEES
    formats: tuple[str, ...] = REPORT_FORMATS
    password: str | None = None
    settings: Settings = field(default_factory=Settings)
    dry_run: bool = False  # with the LLM judge: estimate calls and tokens, send nothing, write nothing
    scenario_path: Path | None = None  # the buyer's volumes and term for the total cost (scenario.yaml)
    rfp_path: Path | None = None  # the RFP: its requirement ledger, and scenario defaults (term, FTE, growth, peaks)
    use_cache: bool = True  # False (--no-cache): read, judge and price everything again, and store it afresh
    pdf_base: str | None = None  # report.html links to the PDFs under this URL or folder
    bundle: bool = False  # copy the PDFs beside the reports and link them there


@dataclass
class FailedFile:
    file: str
    kind: str
    reason: str

    def as_dict(self) -> dict:
        return {"file": self.file, "kind": self.kind, "reason": self.reason}


@dataclass
class RunStats:
    vendors: int = 0
    files: int = 0
    pages: int = 0
    chunks: int = 0
    embedded: int = 0
    vectors_reused: int = 0  # of the embedded chunks, those whose text was already embedded (copied, not computed)
    findings: int = 0
    unverified_quotes_dropped: int = 0
    warnings: int = 0
    failed_files: int = 0
    judge: str = "rules"
    llm: dict = field(default_factory=dict)  # calls, cache hits, tokens (LLM judge only)
    ocr_pages: int = 0  # pages whose text was read by OCR
    ocr_pages_read: int = 0  # of which OCR'd in this run (the others came from the OCR cache)
    llm_fallbacks: int = 0
    llm_down: str = ""  # why the endpoint was given up on mid-run
    unverified_findings: int = 0
    files_from_cache: int = 0  # files whose page texts came from the stage cache (no PDF read)
    vendors_from_cache: int = 0  # vendors whose findings came from the stage cache (nothing judged)
    vendors_judged: int = 0  # vendors judged in this run (new, revised, or checked against changed criteria)
    cache_pruned: int = 0  # cache entries deleted because no current input references them

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v or k not in ("llm",)}


@dataclass
class AnalysisRun:
    results: Results
    stats: RunStats
    failed: list[FailedFile]
    written: list[Path] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when every file was analyzed, 1 when some failed (the others were analyzed)."""
        return 1 if self.failed else 0


class NoProposals(Exception):
    pass


class Interrupted(KeyboardInterrupt):
    """Ctrl-C while embedding: the batches stored so far stay in the index and the next run skips them."""

    def __init__(self, kept: int) -> None:
        super().__init__(f"interrupted after {kept} chunks were stored")
        self.kept = kept


def analyze(options: AnalysisOptions, progress: Progress | None = None) -> AnalysisRun:
    """Runs on the same index folder wait for each other (see index/runlock.py)."""
    progress = progress or NullProgress()
    with index_lock(Path(options.index_dir), progress.note), one_blas_thread():
        return _analyze(options, progress)


def _analyze(options: AnalysisOptions, progress: Progress) -> AnalysisRun:
    criteria = load_criteria(options.criteria_path)
    fees = load_fees(options.fees_path)
    check_fee_references(criteria, fees, options.criteria_path)
    cache = StageCache(Path(options.index_dir), read=options.use_cache)
    rfp_pdf = None if is_ledger_file(options.rfp_path) else options.rfp_path  # an edited ledger has no volumes
    pricing = PricingSetup.load(options.scenario_path, rfp_pdf,
                                options.settings.pricing or DEFAULT_PRICING,
                                read_defaults=lambda path, vocab: cached_rfp_defaults(cache, path, vocab))
    proposals_dir = Path(options.proposals_dir)
    if not proposals_dir.is_dir():
        raise ConfigError(f"{proposals_dir}: not a folder of proposal PDFs")
    ocr = make_ocr(options, progress)
    vendors, failed, from_cache = read_vendors(proposals_dir, options.password, progress, ocr, cache,
                                               FileLimits.from_settings(options.settings))
    solicitations = not_proposals(vendors)
    stats = RunStats(vendors=len(vendors), files=sum(len(v.files) for v in vendors),
                     pages=sum(v.page_count for v in vendors), failed_files=len(failed),
                     ocr_pages=sum(len(f.ocr_pages) for v in vendors for f in v.files),
                     ocr_pages_read=ocr.pages_read if ocr else 0, files_from_cache=from_cache)
    ledger = read_rfp_ledger(options.rfp_path, options.settings, options.index_dir, progress) \
        if options.rfp_path is not None else None
    rfp_text = cached_rfp_text(cache, rfp_pdf, options.password) if rfp_pdf else ""
    requirement_vocab = load_requirement_vocab()
    wording = RfpWording(rfp_text, requirement_vocab.patterns("instruction"), requirement_vocab.patterns("reported_request"))
    keys = StageKeys(options.settings, criteria, fees, pricing.vocab, ledger.windows() if ledger else [],
                     criteria.buyer_sectors(rfp_text) if rfp_text else [], wording.digest,
                     ledger.capacity_asked() if ledger else None,
                     ledger.referees_asked(requirement_vocab.references) if ledger else None)
    rfp = RfpCheck.load(options, ledger, criteria, fees, keys, cache, vendors)
    cached = {v.slug: load_vendor_results(cache, keys, v) for v in vendors}
    to_judge = [v for v in vendors if cached[v.slug].findings is None]
    to_check = [v for v in vendors if v in to_judge or rfp.pending(v)]  # judged, or checked against the RFP
    indexed = indexed_files(Path(options.index_dir), options.settings.chroma_url)
    to_index = [v for v in vendors if not set(files_of(v)) <= indexed]
    # Sentences and chunks only for the vendors this run reads again: judged, checked, indexed or priced.
    reread = {v.slug for v in to_check + to_index} | {s for s, c in cached.items() if c.rates is None}
    sentences = {v.slug: vendor_sentences(v.slug, v.files) for v in vendors if v.slug in reread}
    chunks = {v.slug: [c for f in v.files for c in make_chunks(v.slug, f, sentences[v.slug])]
              for v in vendors if v in to_check or v in to_index}
    if to_index:
        stats.embedded, stats.vectors_reused = index_vendors(options, to_index, chunks, indexed, progress)

    judge = make_judge(options, criteria, fees) if to_judge else None
    retriever = Retriever(IndexSnapshot.load(Path(options.index_dir), shared_embedder()),
                          [c for v in to_check for c in chunks[v.slug]]) if to_check else None
    assessments, priced = [], []
    dropped = 0
    task = progress.start("Assessing", len(to_judge))
    for vendor in vendors:
        # One verifier per vendor: two vendors may both send a "proposal.pdf".
        verifier = CitationVerifier(vendor.files)
        stored = cached[vendor.slug]
        evidence = VendorEvidence(vendor.slug, wording.own_sentences(sentences[vendor.slug]), retriever, verifier,
                                  keys.rfp_windows, keys.buyer_sectors, keys.rfp_capacity, keys.rfp_referees,
                                  wording.questions(sentences[vendor.slug])) \
            if vendor in to_check else None
        if stored.findings is None:
            # A matrix row's copy of the requirement is no commitment for criteria and fees (restated.py).
            assessment = judge_vendor(judge, replace(evidence, sentences=answers_of_rows(evidence.sentences)),
                                      criteria, fees)
            stored.findings = VendorFindings(assessment.criteria, assessment.fees, verifier.dropped,
                                             len(chunks[vendor.slug]))
            if keys.cacheable(assessment, options.dry_run):
                cache.put("findings", keys.findings(vendor), stored.findings)
            progress.advance(task)
        else:
            assessment = Assessment(vendor.slug, stored.findings.criteria, stored.findings.fees)
        if stored.rates is None:
            stored.rates = extract_vendor_rates(pricing, fees, vendor, sentences[vendor.slug], verifier,
                                                assessment.fees).rates
            if not options.dry_run:
                cache.put("rates", keys.rates(vendor), stored.rates)
        if rfp.pending(vendor):
            rfp.check(vendor, evidence, options.dry_run, assessment.fees)
        assessments.append(assessment)
        priced.append(VendorPricing(vendor.slug, stored.rates, assessment.fees))
        dropped += stored.findings.dropped
        stats.chunks += stored.findings.chunks
    progress.finish(task)
    stats.vendors_judged, stats.vendors_from_cache = len(to_judge), len(vendors) - len(to_judge)
    stats.judge = judge.name if judge else keys.judge_name
    stats.findings = sum(len(a.criteria) + len(a.fees) for a in assessments)
    stats.unverified_quotes_dropped = dropped
    stats.warnings = sum(len(v.warnings) for v in vendors)
    if judge:
        judged = judge.stats()
        stats.llm, stats.llm_fallbacks, stats.unverified_findings, stats.llm_down = (
            judged.usage, judged.fallbacks, judged.unverified, judged.down)
    if rfp.judge:  # the RFP's requirements were judged too: their LLM calls and fallbacks count in the summary
        checked = rfp.judge.judge.stats()
        stats.llm = {k: stats.llm.get(k, 0) + checked.usage.get(k, 0) for k in {*stats.llm, *checked.usage}}
        stats.llm_fallbacks += checked.fallbacks
        stats.unverified_findings += checked.unverified
        stats.llm_down = stats.llm_down or checked.down

    if not options.dry_run:  # every input has been looked at: what no input used is an earlier version's
        stats.cache_pruned = cache.prune() + prune_ocr_cache(Path(options.index_dir), cache.inputs)
    results = results_document(options, criteria, fees, vendors, assessments, failed, stats, stats.judge)
    for vendor in results["vendors"]:
        if vendor["vendor"] in solicitations:
            vendor["not_a_proposal"] = solicitations[vendor["vendor"]]
    rfp.attach(results)
    add_pricing(results, pricing, fees, priced)
    results = reviewed(results, Path(options.index_dir))
    run = AnalysisRun(results, stats, failed)
    if not options.dry_run:
        run.written = write_reports(results, Path(options.out_dir), set(options.formats))
        # `ask` starts fast: the topics' vectors are in the index folder (embedded only when they changed).
        warm_routes(results, Path(options.index_dir), lambda texts: shared_embedder().embed(texts))
    return run


def not_proposals(vendors: list[Vendor]) -> dict[str, str]:
    """The vendors whose files read like an RFP or a contract (rfp/kind.py), each with the reason, also given as a
    `not_a_proposal` warning."""
    vocab = load_requirement_vocab(DEFAULT_REQUIREMENTS)
    found = {}
    for vendor in vendors:
        reason = solicitation_reason(vendor.files, vocab)
        if reason:
            found[vendor.slug] = reason
            vendor.warnings.append(Issue(vendor.files[0].name, "not_a_proposal", reason))
    return found


@dataclass
class RfpCheck:
    """The buyer's RFP in a run (`--rfp`): its ledger, and each vendor's compliance with it, cached per vendor by
    the vendor's files, the ledger, the requirement vocabulary and the judge (stage cache `compliance`)."""

    ledger: Ledger | None = None
    criteria: CriteriaSet | None = None  # our criteria, for the mapping of the RFP's weighted criteria
    judge: ComplianceJudge | None = None
    cache: StageCache | None = None
    keys: dict = field(default_factory=dict)  # vendor slug -> cache key
    found: dict = field(default_factory=dict)  # vendor slug -> compliance items
    make: Callable[[], ComplianceJudge] | None = None

    @classmethod
    def load(cls, options: AnalysisOptions, ledger: Ledger | None, criteria: CriteriaSet, fees: FeeChecklist,
             keys: StageKeys, cache: StageCache, vendors: list[Vendor]) -> "RfpCheck":
        """The check of `ledger`, the RFP's ledger (None: the run has no RFP)."""
        if ledger is None:
            return cls()
        vocab = load_requirement_vocab(DEFAULT_REQUIREMENTS)
        check = cls(ledger, criteria, cache=cache)
        if not ledger.requirements:
            return check
        ledger_doc = ledger.as_dict()
        for vendor in vendors:
            key = keys.compliance(vendor, ledger_doc)
            check.keys[vendor.slug] = key
            stored = cache.get("compliance", key)
            if stored is not None:
                check.found[vendor.slug] = stored

        def make() -> ComplianceJudge:
            requirement_set = requirement_criteria(ledger, criteria, vocab)
            return ComplianceJudge(ledger, requirement_set, vocab, make_judge(options, requirement_set, fees))

        check.make = make
        return check

    def pending(self, vendor: Vendor) -> bool:
        return vendor.slug in self.keys and vendor.slug not in self.found

    def check(self, vendor: Vendor, evidence: VendorEvidence, dry_run: bool, fees: list[Finding]) -> None:
        """The vendor's compliance; its fee findings (`fees`) bear on requirements a present fee goes against."""
        if self.judge is None and self.make is not None:
            self.judge = self.make()
        items = self.judge.assess(evidence, fees)
        self.found[vendor.slug] = items
        fell_back = any(i["judge"] != self.judge.judge.name for i in items)
        if not dry_run and not fell_back and self.cache is not None:
            self.cache.put("compliance", self.keys[vendor.slug], items)

    def attach(self, results: Results) -> None:
        """results.json's `rfp` (ledger, criteria and their mapping to ours, weights applied) and each vendor's
        `compliance` and mandatory `gate`; the RFP's weights become the scorecard's when its criteria map to ours."""
        if self.ledger is None:
            return
        mapping = map_criteria(self.ledger, self.criteria, lambda texts: shared_embedder().embed(texts)) \
            if self.criteria else []
        weights = rfp_weights(mapping)
        doc = self.ledger.as_dict() | {"evaluation_criteria": mapping or self.ledger.as_dict()["evaluation_criteria"],
                                       "weights_applied": bool(weights), "message": self.ledger.message}
        results["rfp"] = doc
        if weights:
            for item in results["criteria_set"]["items"]:
                item["weight"] = weights.get(item["id"], 0.0)
        for vendor in results["vendors"]:
            if weights:
                vendor["score"] = weighted_score(results["criteria_set"]["items"], vendor["criteria"])
            if vendor["vendor"] in self.found:
                vendor["compliance"] = self.found[vendor["vendor"]]
                vendor["gate"] = gate_of(doc, vendor["compliance"])


def reviewed(results: Results, index_dir: Path) -> Results:
    """The reviewers' decisions applied: they survive a re-run, and one whose evidence changed is flagged "review
    again" (review/apply.py). The recommendation is read from the reviewed statuses."""
    results = apply_reviews(results, ReviewStore(index_dir))
    results["summary"]["recommendation"] = recommendation(results)
    return results


def refresh_reports(out_dir: Path, index_dir: Path) -> dict:
    """Re-apply the reviewers' decisions to the analysis in out_dir and write again the formats it has: what a
    decision changes (statuses, scores, letters, the Audit sheet) without analyzing anything. Returns the results."""
    path = Path(out_dir) / "results.json"
    if not path.exists():
        raise ConfigError(f"{path}: no analysis here; run 'rfp-analyze PROPOSALS_DIR --out {out_dir}' first")
    results = reviewed(json.loads(path.read_text(encoding="utf-8")), Path(index_dir))
    write_reports(results, Path(out_dir), formats_in(Path(out_dir)) | {"json"})
    return results


@dataclass
class ReadProposals:
    """Every proposal read, split and indexed: the evidence a judge reads about each vendor (for `eval`)."""

    vendors: list[Vendor]
    failed: list[FailedFile]
    sentences: dict[str, list[Sentence]]  # vendor slug -> its sentences, in file and page order
    retriever: Retriever

    def evidence(self, vendor: Vendor) -> VendorEvidence:
        # One verifier per vendor: two vendors may both send a "proposal.pdf".
        return VendorEvidence(vendor.slug, self.sentences[vendor.slug], self.retriever, CitationVerifier(vendor.files))


def read_and_index(options: AnalysisOptions, progress: Progress) -> ReadProposals:
    """Read every proposal (from the stage cache where it can), split it, index what is not indexed yet, and
    retrieve over all of it, as the analysis run does for the vendors it judges."""
    proposals_dir = Path(options.proposals_dir)
    if not proposals_dir.is_dir():
        raise ConfigError(f"{proposals_dir}: not a folder of proposal PDFs")
    vendors, failed, _ = read_vendors(proposals_dir, options.password, progress, make_ocr(options, progress),
                                      StageCache(Path(options.index_dir)), FileLimits.from_settings(options.settings))
    sentences = {v.slug: vendor_sentences(v.slug, v.files) for v in vendors}
    chunks = {v.slug: [c for f in v.files for c in make_chunks(v.slug, f, sentences[v.slug])] for v in vendors}
    indexed = indexed_files(Path(options.index_dir), options.settings.chroma_url)
    to_index = [v for v in vendors if not set(files_of(v)) <= indexed]
    if to_index:
        index_vendors(options, to_index, chunks, indexed, progress)
    retriever = Retriever(IndexSnapshot.load(Path(options.index_dir), shared_embedder()),
                          [c for v in vendors for c in chunks[v.slug]])
    return ReadProposals(vendors, failed, sentences, retriever)


@dataclass
class VendorFindings:
    """A vendor's verified findings as cached: what the report needs without judging again."""

    criteria: list[Finding]
    fees: list[Finding]
    dropped: int  # unverified quotes the verifier dropped
    chunks: int  # the vendor's chunks, for the summary


@dataclass
class CachedVendor:
    findings: VendorFindings | None = None
    rates: list[Rate] | None = None


class StageKeys:
    """The cache keys of a vendor's findings and rates: everything they depend on (see stagecache.py). Weights
    are left out of the criteria, since they change the score and not a finding. rfp_windows, the service windows
    of the run's RFP, buyer_sectors, the sector it names ([] without one), and rfp_capacity, the least capacity it
    asks for peaks, and rfp_referees, the referees it asks for, are known before the keys are made, so the keys never
    change."""

    def __init__(self, settings: Settings, criteria: CriteriaSet, fees: FeeChecklist, vocab: PricingVocab,
                 rfp_windows: list[Window], buyer_sectors: list[str], rfp_wording: str = "",
                 rfp_capacity: Level | None = None, rfp_referees: RefereesAsked | None = None) -> None:
        self.llm = settings.effective_judge == "llm"
        self.judge_name = f"llm:{settings.model}" if self.llm else "rules"
        judge: dict = {"judge": self.judge_name}
        if self.llm:
            judge |= {"base_url": settings.base_url, "temperature": settings.temperature,
                      "max_tokens": settings.max_tokens, "structured_output": settings.structured_output,
                      "prompts": files_fingerprint(PROMPTS_DIR, settings.prompts_dir)}
        self._criteria = criteria.model_dump(mode="json", exclude={"criteria": {"__all__": {"weight"}}})
        self._fees = fees.model_dump(mode="json")
        self._judge = judge
        self._vocab = vocab.model_dump(mode="json")
        self.rfp_windows = rfp_windows
        self.buyer_sectors = buyer_sectors
        self.rfp_wording = rfp_wording
        self.rfp_capacity = rfp_capacity
        self.rfp_referees = rfp_referees

    def findings(self, vendor: Vendor) -> str:
        """The RFP's service windows count: against them a vendor's stated hours may be no limit (hours.py); so
        does its sector (experience in other sectors only is partial), and its wording: a sentence copied from it
        is no evidence (restated.py); and the capacity and referees it asks for (capacity.py, referees.py)."""
        return stage_key("findings", files_of(vendor), self._criteria, self._fees, self._judge,
                         [w.as_dict() for w in self.rfp_windows], self.buyer_sectors, self.rfp_wording,
                         self.rfp_capacity.level if self.rfp_capacity else None,
                         self.rfp_referees.fingerprint() if self.rfp_referees else None)

    def rates(self, vendor: Vendor) -> str:
        return stage_key("rates", files_of(vendor), self._fees, self._vocab)

    def compliance(self, vendor: Vendor, ledger: dict) -> str:
        """A vendor's compliance with the RFP: its files, the ledger, the requirement vocabulary (its contradiction
        and limitation wording) and the places it reads, the criteria's shared word lists, the fee checklist (its
        findings bear on requirements) and the judge."""
        shared = {k: self._criteria.get(k) for k in SHARED_CRITERIA_KEYS}
        return stage_key("compliance", files_of(vendor), ledger, files_fingerprint(DEFAULT_REQUIREMENTS),
                         files_fingerprint(DEFAULT_PLACES), shared, self._fees, self._judge, self.rfp_wording)

    def cacheable(self, assessment: Assessment, dry_run: bool) -> bool:
        """Findings worth keeping: not estimated by a dry run, and none answered by the rules judge because the
        endpoint failed (the next run asks the model again)."""
        fell_back = self.llm and any(f.judge != self.judge_name for f in assessment.criteria + assessment.fees)
        return not dry_run and not fell_back


def files_of(vendor: Vendor) -> list[IndexedFile]:
    return [(vendor.slug, f.name, f.text_key) for f in vendor.files]


def load_vendor_results(cache: StageCache, keys: StageKeys, vendor: Vendor) -> CachedVendor:
    findings, rates = cache.get("findings", keys.findings(vendor)), cache.get("rates", keys.rates(vendor))
    return CachedVendor(from_json(VendorFindings, findings) if findings else None,
                        from_json(list[Rate], rates) if rates is not None else None)


def judge_vendor(judge: Judge, evidence: VendorEvidence, criteria: CriteriaSet, fees: FeeChecklist) -> Assessment:
    """The vendor's findings, each quote verified on its page; with an LLM judge, what the vendor cost."""
    before, started = judge.stats().usage, time.perf_counter()
    assessment = assess_vendor(judge, evidence, criteria, fees)
    if before:  # an LLM judge: what this vendor cost (calls, cache hits, tokens, seconds)
        after = judge.stats().usage
        assessment.llm = {k: after[k] - before[k] for k in after} | {
            "seconds": round(time.perf_counter() - started, 1)}
    assessment.criteria = [evidence.verifier.verified(f) for f in assessment.criteria]
    assessment.fees = [evidence.verifier.verified(f) for f in assessment.fees]
    return assessment


def cached_rfp_defaults(cache: StageCache, path: Path, vocab: PricingVocab) -> dict:
    """The RFP's scenario defaults, read from the PDF once per content and pricing vocabulary."""
    key = stage_key("rfp", sha256_of(Path(path)) if Path(path).is_file() else str(path), vocab.model_dump(mode="json"),
                    files_fingerprint(DEFAULT_REQUIREMENTS))  # its volume tables are read with requirements.yaml
    return cache.remember("rfp", key, lambda: read_rfp_defaults(path, vocab))


def read_rfp_ledger(rfp_path: Path, settings: Settings, index_dir: Path, progress: Progress | None = None,
                    password: str | None = None) -> Ledger:
    """The RFP's requirement ledger, read once per RFP content, vocabulary and code (stage cache `ledger`). A scanned
    RFP goes through OCR like a proposal. An RFP that cannot be read is a configuration error naming it."""
    rfp_path = Path(rfp_path)
    vocab_path = DEFAULT_REQUIREMENTS
    if not rfp_path.is_file():
        raise ConfigError(f"{rfp_path}: file not found (the RFP to read requirements from)")
    if is_ledger_file(rfp_path):
        return read_ledger_file(rfp_path)
    cache = StageCache(Path(index_dir))
    key = stage_key("ledger", sha256_of(rfp_path), files_fingerprint(vocab_path),
                    settings.ocr, settings.ocr_engine)
    stored = cache.get("ledger", key)
    if stored is not None:
        return ledger_from_dict(stored)
    options = AnalysisOptions(proposals_dir=rfp_path.parent, index_dir=Path(index_dir), settings=settings)
    ocr = make_ocr(options, progress or NullProgress())
    try:
        ledger = read_ledger(rfp_path, load_requirement_vocab(vocab_path), ocr,
                             FileLimits.from_settings(settings), password=password)
    except UnreadableFile as exc:
        raise ConfigError(f"{rfp_path}: cannot read the RFP: {exc.message}") from exc
    if not ocr or not ocr.failures:
        cache.put("ledger", key, ledger.as_dict() | {"pages": ledger.pages})
    return ledger


def cached_rfp_text(cache: StageCache, rfp_pdf: Path, password: str | None) -> str:
    """The RFP's text layer, read once per RFP content: the sector its buyer is in (CriteriaSet.buyer_sectors) and
    the sentences a proposal copies from it (restated.py) are read from it. "" when it cannot be read here (the
    ledger reports an unreadable RFP)."""
    def read() -> str:
        try:
            source, _ = read_pdf(Path(rfp_pdf), Path(rfp_pdf).name, password)
        except UnreadableFile:
            return ""
        return "\n".join(page.text for page in source.pages)

    return cache.remember("rfptext", stage_key("rfptext", sha256_of(Path(rfp_pdf))), read)


def is_ledger_file(path: Path | None) -> bool:
    """A ledger written by `rfp-analyze requirements --out` (and maybe edited), rather than the RFP's PDF."""
    return path is not None and Path(path).suffix.lower() in (".yaml", ".yml")


def read_ledger_file(path: Path) -> Ledger:
    """An edited ledger: the team's own kinds and mandatory flags. Its quotes were verified when it was written;
    requirements a team adds may carry none."""
    try:
        data = read_yaml(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("requirements", []), list):
            raise ValueError("expected a mapping with a list of requirements")
        return ledger_from_dict(data)
    except (OSError, ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: not a requirement ledger ({exc}); write one with `rfp-analyze requirements "
                          "RFP.pdf --out ledger.yaml`") from exc


def make_judge(options: AnalysisOptions, criteria: CriteriaSet, fees: FeeChecklist) -> Judge:
    rules = RulesJudge(criteria, fees)
    settings = options.settings
    if settings.effective_judge != "llm":
        return rules
    # Imported here: LangChain takes a second to import, which offline runs need not pay.
    from .judge.llm import LLMJudge, Prompts
    from .llm.client import EstimatingClient, LLMClient

    client = EstimatingClient(settings) if options.dry_run else \
        LLMClient(settings, cache_dir=Path(options.index_dir) / "llm-cache")
    return LLMJudge(client, Prompts.load(settings.prompts_dir), rules)


def make_ocr(options: AnalysisOptions, progress: Progress) -> PageOcr | None:
    """OCR for pages without text, on unless turned off (--no-ocr) or the engine is not installed. A dry run reads
    them too: its estimate then covers their text, and the real run finds their OCR and chunks already done."""
    if not options.settings.ocr:
        return None
    engine = choose_engine(options.settings.ocr_engine)
    if engine is None:
        wanted = "tesseract (the tesseract command)" if options.settings.ocr_engine == "tesseract" else ENGINE_PACKAGE
        log.warning("OCR is on but %s is not installed: pages without a text layer are not analyzed", wanted)
        return None
    return PageOcr(OcrCache(Path(options.index_dir), engine), progress)


def read_vendors(proposals_dir: Path, password: str | None, progress: Progress, ocr: PageOcr | None = None,
                 cache: StageCache | None = None,
                 limits: FileLimits | None = None) -> tuple[list[Vendor], list[FailedFile], int]:
    """The vendors with their files' page texts, the files that failed, and how many files came from the cache."""
    sources = discover_vendors(proposals_dir)
    for note in skipped_entries(proposals_dir):
        progress.note(note)
    if not sources:
        raise NoProposals(f"{proposals_dir}: no PDF files found (each PDF, or each sub-folder of PDFs, is one vendor)")
    vendors, failed, from_cache = [], [], 0
    first_copy: dict[str, tuple[Vendor, str]] = {}  # content hash -> the vendor and file analyzed for it
    task = progress.start("Reading PDFs", sum(len(s.paths) for s in sources))
    for source in sources:
        vendor = Vendor(slug=source.slug, name=source.slug)
        for path in source.paths:
            name = path.relative_to(source.folder).as_posix()
            try:
                sf, issues, cached = read_file(path, name, password, ocr, cache, limits)
            except UnreadableFile as exc:
                failed.append(FailedFile(name, exc.kind, exc.message))
                log.debug("failed to read %s", path, exc_info=True)
            else:
                from_cache += cached
                if sf.sha256 in first_copy:
                    # Indexed and analyzed once, as the first copy (in name order); the warning goes to the vendor
                    # that was analyzed, since a copy that was a vendor on its own has no report to carry it.
                    owner, original = first_copy[sf.sha256]
                    shown = path.relative_to(proposals_dir).as_posix()
                    owner.warnings.append(Issue(original, "duplicate", f"{shown} has the same content as "
                                                f"{original} of {owner.slug}; analyzed once, as {owner.slug}"))
                else:
                    first_copy[sf.sha256] = (vendor, name)
                    vendor.files.append(sf)
                    vendor.warnings.extend(issues + detect_injections(sf))
            progress.advance(task)
        if vendor.files:
            vendor.name = guess_vendor_name(vendor.files, source.slug)
            vendors.append(vendor)
    progress.finish(task)
    make_names_unique(vendors)
    return vendors, failed, from_cache


def read_file(path: Path, name: str, password: str | None, ocr: PageOcr | None, cache: StageCache | None,
              limits: FileLimits | None = None) -> tuple[SourceFile, list[Issue], bool]:
    """A file's pages and reading issues: from the cache when this content was read under this name with this OCR
    engine and these limits, else from the PDF (and then cached, unless OCR failed on a page or the time limit cut
    the reading short: the next run tries again)."""
    if cache is None:
        return *read_pdf(path, name, password, ocr, limits), False
    digest = sha256_of(path)
    cache.inputs.add(digest)
    key = stage_key("pages", digest, name, ocr.cache.engine_id if ocr else None,
                    dataclasses.asdict(limits) if limits else None)
    stored = cache.get("pages", key)
    if stored is not None:
        source = from_json(SourceFile, stored["file"])
        source.path = path
        return source, from_json(list[Issue], stored["issues"]), True
    failures = ocr.failures if ocr else 0
    source, issues = read_pdf(path, name, password, ocr, limits)
    if (not ocr or ocr.failures == failures) and not cut_by_time(issues):
        cache.put("pages", key, {"file": source, "issues": issues})
    return source, issues, False


def index_vendors(options: AnalysisOptions, vendors: list[Vendor], chunks: dict[str, list[Chunk]],
                  indexed: set[IndexedFile], progress: Progress) -> tuple[int, int]:
    """Index the chunks of vendors with new or changed files (Chroma is imported only then), and record which
    files the index now holds. Returns chunks stored and vectors reused, as index_chunks."""
    from .index.chroma import ProposalIndex  # chromadb takes a second or more to import

    index = ProposalIndex(Path(options.index_dir), embedder=shared_embedder(), chroma_url=options.settings.chroma_url)
    counts = index_chunks(index, vendors, [c for v in vendors for c in chunks[v.slug]], progress)
    replaced = {(v.slug, f.name) for v in vendors for f in v.files}  # their other versions were just dropped
    now = {entry for entry in indexed if entry[:2] not in replaced} | {e for v in vendors for e in files_of(v)}
    record_indexed_files(Path(options.index_dir), options.settings.chroma_url, now)
    return counts


def index_chunks(index: ProposalIndex, vendors: list[Vendor], chunks: list[Chunk],
                 progress: Progress) -> tuple[int, int]:
    """Store what is not indexed yet; returns how many chunks were stored in this run, and how many of their vectors
    were reused rather than computed."""
    for source in (source for vendor in vendors for source in vendor.files):
        index.save_pages(source)
    todo = index.missing(chunks)
    task = progress.start("Embedding chunks", len(todo))
    stored = 0

    def advance(n: int) -> None:
        nonlocal stored
        stored += n
        progress.advance(task, n)

    try:
        reused = index.add(todo, on_progress=advance)
    except KeyboardInterrupt:
        raise Interrupted(stored) from None
    progress.finish(task)
    # Only now: a changed file's unchanged passages have just reused the old version's vectors.
    for vendor in vendors:
        for source in vendor.files:
            index.drop_stale(vendor.slug, source.name, source.text_key)
    index.write_snapshot()
    return len(todo), reused


def results_document(options: AnalysisOptions, criteria: CriteriaSet, fees: FeeChecklist, vendors: list[Vendor],
                     assessments: list[Assessment], failed: list[FailedFile], stats: RunStats, judge: str) -> Results:
    criteria_items: list[CriterionItemDoc] = [
        {"id": c.id, "title": c.title, "weight": c.weight, "means": c.means, "met_requires": c.met_requires}
        for c in criteria.criteria]
    vendor_docs: list[VendorDoc] = []
    for vendor, assessment in zip(vendors, assessments):
        crit = [f.as_dict() for f in assessment.criteria]
        vendor_docs.append({
            "vendor": vendor.slug,
            "name": vendor.name,
            "files": [f.name for f in vendor.files],
            "pages": vendor.page_count,
            "score": weighted_score(criteria_items, crit),
            "criteria": crit,
            "fees": [f.as_dict() for f in assessment.fees],
            "warnings": [w.as_dict() for w in vendor.warnings],
            "ocr_pages": {f.name: f.ocr_pages for f in vendor.files if f.ocr_pages},
            **({"llm": assessment.llm} if assessment.llm else {}),
        })
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tool": {"name": "rfp-analyzer", "version": __version__},
        "judge": judge,
        "proposals_dir": str(Path(options.proposals_dir).resolve()),
        "criteria_set": {"file": str(options.criteria_path), "items": criteria_items},
        "fee_set": {"file": str(options.fees_path), "items": [
            {"id": f.id, "title": f.title, "means": f.means} for f in fees.fees]},
        "summary": stats.as_dict(),
        "vendors": vendor_docs,
        "failed_files": [f.as_dict() for f in failed],
        **({"links": {k: v for k, v in (("pdf_base", options.pdf_base), ("bundle", options.bundle)) if v}}
           if options.pdf_base or options.bundle else {}),
    }
