"""The analysis run: ingest -> index -> judge -> pricing -> report, usable from Python without the CLI.

    from rfp_analyzer.pipeline import AnalysisOptions, analyze
    run = analyze(AnalysisOptions(proposals_dir=Path("proposals")))
    run.results["vendors"][0]["criteria"]
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .ask.grounding import warm_routes
from .config import DEFAULT_CRITERIA, DEFAULT_FEES, DEFAULT_PRICING, Settings
from .errors import ConfigError
from .index.chroma import ProposalIndex
from .index.retrieve import Retriever
from .index.runlock import index_lock
from .ingest.chunk import make_chunks, vendor_sentences
from .ingest.injection import detect_injections
from .ingest.ocr import ENGINE_PACKAGE, OcrCache, PageOcr, ocr_available
from .ingest.pdf import (
    FileLimits,
    UnreadableFile,
    discover_vendors,
    guess_vendor_name,
    make_names_unique,
    read_pdf,
    skipped_entries,
)
from .judge.checklists import CriteriaSet, FeeChecklist, load_criteria, load_fees
from .judge.protocol import Assessment, Judge, VendorEvidence, assess_vendor
from .judge.rules import RulesJudge
from .models import Chunk, Issue, Sentence, Vendor
from .pricing.costing import PricingSetup, add_pricing, extract_vendor_rates
from .progress import NullProgress, Progress
from .report import REPORT_FORMATS, write_reports
from .results import SCHEMA_VERSION, CriterionItemDoc, Results, VendorDoc, weighted_score
from .verify import CitationVerifier

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
    rfp_path: Path | None = None  # the RFP, read for scenario defaults (term, FTE, growth, peaks)


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
    with index_lock(Path(options.index_dir), progress.note):
        return _analyze(options, progress)


def _analyze(options: AnalysisOptions, progress: Progress) -> AnalysisRun:
    criteria = load_criteria(options.criteria_path)
    fees = load_fees(options.fees_path)
    pricing = PricingSetup.load(options.scenario_path, options.rfp_path,
                                options.settings.pricing or DEFAULT_PRICING)
    read = read_and_index(options, progress)
    vendors, failed, stats = read.vendors, read.failed, read.stats
    judge = make_judge(options, criteria, fees)
    assessments, priced = [], []
    dropped = 0
    task = progress.start("Assessing", len(vendors))
    for vendor in vendors:
        evidence = read.evidence(vendor)
        verifier = evidence.verifier
        before, started = judge.stats().usage, time.perf_counter()
        assessment = assess_vendor(judge, evidence, criteria, fees)
        if before:  # an LLM judge: what this vendor cost (calls, cache hits, tokens, seconds)
            after = judge.stats().usage
            assessment.llm = {k: after[k] - before[k] for k in after} | {
                "seconds": round(time.perf_counter() - started, 1)}
        assessment.criteria = [verifier.verified(f) for f in assessment.criteria]
        assessment.fees = [verifier.verified(f) for f in assessment.fees]
        assessments.append(assessment)
        priced.append(extract_vendor_rates(pricing, fees, vendor, evidence.sentences, verifier, assessment.fees))
        dropped += verifier.dropped
        progress.advance(task)
    progress.finish(task)
    stats.judge = judge.name
    stats.findings = sum(len(a.criteria) + len(a.fees) for a in assessments)
    stats.unverified_quotes_dropped = dropped
    stats.warnings = sum(len(v.warnings) for v in vendors)
    judged = judge.stats()
    stats.llm, stats.llm_fallbacks, stats.unverified_findings, stats.llm_down = (
        judged.usage, judged.fallbacks, judged.unverified, judged.down)

    results = results_document(options, criteria, fees, vendors, assessments, failed, stats, judge.name)
    add_pricing(results, pricing, fees, priced)
    run = AnalysisRun(results, stats, failed)
    if not options.dry_run:
        run.written = write_reports(results, Path(options.out_dir), set(options.formats))
        warm_routes(results, Path(options.index_dir), read.retriever.index.embedder.embed)  # `ask` starts fast
    return run


@dataclass
class ReadProposals:
    """The proposals read, split and indexed: what every judge reads its evidence from."""

    vendors: list[Vendor]
    failed: list[FailedFile]
    stats: RunStats
    sentences: dict[str, list[Sentence]]  # vendor slug -> its sentences, in file and page order
    retriever: Retriever

    def evidence(self, vendor: Vendor) -> VendorEvidence:
        # One verifier per vendor: two vendors may both send a "proposal.pdf".
        return VendorEvidence(vendor.slug, self.sentences[vendor.slug], self.retriever, CitationVerifier(vendor.files))


def read_and_index(options: AnalysisOptions, progress: Progress) -> ReadProposals:
    """Read every proposal (OCR where a page has no text), split it into sentences and chunks, and index what is
    not indexed yet."""
    proposals_dir = Path(options.proposals_dir)
    if not proposals_dir.is_dir():
        raise ConfigError(f"{proposals_dir}: not a folder of proposal PDFs")
    index = ProposalIndex(Path(options.index_dir), chroma_url=options.settings.chroma_url)
    ocr = make_ocr(options, progress)
    vendors, failed = read_vendors(proposals_dir, options.password, progress, ocr,
                                   FileLimits.from_settings(options.settings))
    stats = RunStats(vendors=len(vendors), files=sum(len(v.files) for v in vendors),
                     pages=sum(v.page_count for v in vendors), failed_files=len(failed),
                     ocr_pages=sum(len(f.ocr_pages) for v in vendors for f in v.files),
                     ocr_pages_read=ocr.pages_read if ocr else 0)
    sentences = {v.slug: vendor_sentences(v.slug, v.files) for v in vendors}
    chunks = [c for v in vendors for f in v.files for c in make_chunks(v.slug, f, sentences[v.slug])]
    stats.chunks = len(chunks)
    stats.embedded, stats.vectors_reused = index_chunks(index, vendors, chunks, progress)
    return ReadProposals(vendors, failed, stats, sentences, Retriever(index, chunks))


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
    if not ocr_available():
        log.warning("OCR is on but %s is not installed: pages without a text layer are not analyzed", ENGINE_PACKAGE)
        return None
    return PageOcr(OcrCache(Path(options.index_dir)), progress)


def read_vendors(proposals_dir: Path, password: str | None, progress: Progress, ocr: PageOcr | None = None,
                 limits: FileLimits | None = None) -> tuple[list[Vendor], list[FailedFile]]:
    sources = discover_vendors(proposals_dir)
    for note in skipped_entries(proposals_dir):
        progress.note(note)
    if not sources:
        raise NoProposals(f"{proposals_dir}: no PDF files found (each PDF, or each sub-folder of PDFs, is one vendor)")
    vendors, failed = [], []
    first_copy: dict[str, tuple[Vendor, str]] = {}  # content hash -> the vendor and file analyzed for it
    task = progress.start("Reading PDFs", sum(len(s.paths) for s in sources))
    for source in sources:
        vendor = Vendor(slug=source.slug, name=source.slug)
        for path in source.paths:
            name = path.relative_to(source.folder).as_posix()
            try:
                sf, issues = read_pdf(path, name, password, ocr, limits)
            except UnreadableFile as exc:
                failed.append(FailedFile(name, exc.kind, exc.message))
                log.debug("failed to read %s", path, exc_info=True)
            else:
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
    return vendors, failed


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
    }
