"""The buyer's RFP as a requirement ledger: what the respondent must do, how proposals are evaluated.

The RFP's own structure decides (layout.py reads it into headings, paragraphs, list items and table rows):

- **Sections.** A numbered or lettered heading opens a section; its title and its parents' titles say what the
  section holds (criteria/requirements.yaml): mandatory requirements, requirements, pricing or submission
  instructions, evaluation, or nothing for the ledger (background, timeline, contract boilerplate).
- **Sentences and list items.** A sentence with an obligation ("must", "shall", "is required"), an expectation
  ("should", "at least", "no more than") or an instruction ("Describe ...", "Provide ...") is a requirement; so is
  a list item of a requirements section, worded or not ("A current SOC 2 Type II report ..."). Estimates, the
  buyer's own rights, dates and addresses never are.
- **Tables.** A table is told by its header row: a service-level table gives one requirement per row with its
  target; a requirement table (M1..Mn) one per row, keeping the RFP's ids; a table with a weight column and a
  criterion column is the evaluation criteria, weights (percent or points) normalized to sum 100. Volume and
  schedule tables give no requirement. Hours stated in a table row ("Gulf queue | ... | Monday to Friday
  08:00-19:00") are the buyer's service windows, as in prose. A short line in lower case between two rows only
  carries on a cell of the row above ("within 60 seconds"): the table goes on; a row whose every cell opens in
  lower case carries on the row above and is no requirement of its own.
- **Kinds.** In a pricing section, what the respondent must price or show is a pricing instruction; how to send
  the price file is a submission instruction, and so is a fact the pricing rests on ("Target go-live: 1 March
  2027"): neither asks the vendor to meet anything, so neither is judged.
- **Mandatory.** A requirement is mandatory when its section is ("3. Mandatory requirements"), when a lead-in in
  its section makes the following ones a gate ("Responses that do not meet the following ... will not be
  evaluated"), or when it says so itself ("pass/fail"). Where the RFP names a mark of mandatory requirements
  ("Requirements marked (M) are mandatory", "an asterisk denotes ..."), in that section only the requirements
  carrying the mark are (after their id, "R-01 (M)", "Q-3*", or closing their text), and the id keeps no mark.
  A table's header repeated where it goes on over a page is no requirement.
- **US federal solicitations** in the Uniform Contract Format letter their sections (`uniform_sections`): once a
  "SECTION C - ..." heading is seen, the letter decides: C is the work statement (requirements), B prices, L
  instructions (kind `submission`), M evaluation, and the contract's boilerplate (G administration, H special
  contract requirements, I clauses, K reps and certs) stays out, across clause titles set in capitals that look
  like headings. Within one heading the longest match decides ("SPECIAL CONTRACT REQUIREMENTS" is boilerplate).
  FAR clause citations, protests, addresses and form blanks are never requirements, in prose or in table rows.
- **Evaluation factors without weights** (US federal Section M lists "A. Technical approach, B. ...") are kept in
  the stated order, with the sentence stating their relative importance; no numeric weight is invented.

Every requirement and criterion carries a quote verified on its page of the RFP (verify.py); one that cannot be
verified is left out and counted. A scanned RFP is read by OCR like a proposal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Literal

import yaml
from pydantic import Field, field_validator
from pypdf import PdfReader

from ..capacity import Level, least_asked
from ..config import CRITERIA_DIR
from ..hours import Window, windows
from ..ingest.ocr import PageOcr
from ..ingest.pdf import FileLimits, read_pdf
from ..models import Evidence, SourceFile
from ..numbers import number
from ..patterns import StrictModel, check_patterns, compile_pattern, compiled_field, first_match, first_text, load_yaml_model
from ..referees import RefereesAsked, referees_asked
from ..text import canonical, collapse
from ..verify import CitationVerifier
from .layout import Block, furniture, page_blocks, sentence_spans

DEFAULT_REQUIREMENTS = CRITERIA_DIR / "requirements.yaml"
SECTION_KINDS = ("mandatory_sections", "requirement_sections", "pricing_sections", "submission_sections",
                 "evaluation_sections", "excluded_sections")
UNIFORM_KINDS = {"requirement": "requirement_sections", "pricing": "pricing_sections",
                 "submission": "submission_sections", "evaluation": "evaluation_sections"}
KINDS = ("mandatory", "requirement", "service_level", "pricing_instruction", "submission")
TITLE_WORDS = 8
MIN_WORDS = 4  # a shorter sentence is a label or a caption


class EvaluationHeaders(StrictModel):
    weight: list[str]
    criterion: list[str]
    means: list[str]

    _check = field_validator("weight", "criterion", "means")(check_patterns)
    weight_re = compiled_field("weight")
    criterion_re = compiled_field("criterion")
    means_re = compiled_field("means")


class TableHeaders(StrictModel):
    evaluation: EvaluationHeaders
    service_level: list[str]
    requirement: list[str]
    volumes: list[str] = []  # a table of volumes: kept for the cost scenario, no requirement
    skipped: list[str]

    _check = field_validator("service_level", "requirement", "volumes", "skipped")(check_patterns)
    volumes_re = compiled_field("volumes")
    service_level_re = compiled_field("service_level")
    requirement_re = compiled_field("requirement")
    skipped_re = compiled_field("skipped")


class VolumeColumns(StrictModel):
    count: list[str] = []
    yearly: list[str] = []
    monthly: list[str] = []
    shares: list[str] = []

    _check = field_validator("count", "yearly", "monthly", "shares")(check_patterns)
    count_re = compiled_field("count")
    yearly_re = compiled_field("yearly")
    monthly_re = compiled_field("monthly")
    shares_re = compiled_field("shares")


_LISTS = ("obligation", "expectation", "instruction", "estimates", "not_a_requirement", "mandatory_sections",
          "requirement_sections", "pricing_sections", "submission_sections", "evaluation_sections",
          "excluded_sections", "mandatory_lead_in", "mandatory_sentence", "pricing_words", "submission_words",
          "importance", "mandatory_mark", "contradiction", "limitation", "condition", "not_a_name",
          "preference", "solicitation_voice", "proposal_voice", "proposal_self", "service_level_hedges",
          "service_levels_accepted", "reported_request")


class UniformSections(StrictModel):
    """US federal solicitations in the Uniform Contract Format: "SECTION C - ..." headings and "C.3.1" numbers."""

    section: str = ""  # a heading opening a lettered section; group 1 is the letter
    numbered: str = ""  # a heading numbered within a lettered section ("H.12 ..."); group 1 is the letter
    ends: str = ""  # a top-level heading numbered otherwise ("2. Task Order Scope" of an attachment) ends the section
    letters: dict[str, str] = {}  # letter -> requirement | pricing | submission | evaluation | excluded

    _check = field_validator("section", "numbered", "ends")(lambda v: check_patterns([v])[0] if v else v)


class FeeContradiction(StrictModel):
    """A fee the fee judge finds present (criteria/hidden_fees.yaml) that a requirement asking otherwise cannot be
    met with: an automatic renewal against "no automatic renewal", non-binding prices against firm ones."""

    requirement: list[str] = Field(min_length=1)  # what the requirement asks, in RFP wording
    fees: list[str] = Field(min_length=1)  # fee ids whose presence goes against it
    status: Literal["partial", "non_compliant"] = "non_compliant"  # the compliance the fee leaves at most
    refusal: list[str] = []  # wording of the fee's quote that makes it non_compliant even when `status` is partial
    except_when: list[str] = []  # wording of the fee's quote under which it does not go against the requirement
    conditional: list[str] = []  # opening of a sentence whose refusal holds only if something happens: partial

    _check = field_validator("requirement", "refusal", "except_when", "conditional")(check_patterns)


class ScopeRefusal(StrictModel):
    """A requirement asking for a whole scope ("on every channel") that a passage keeping what it names to part of
    it ("Portuguese by email and web chat only") refuses rather than limits (judge/compliance.py)."""

    requirement: list[str] = Field(min_length=1)  # the scope asked, in RFP wording
    refusal: list[str] = Field(min_length=1)  # a vendor's clause keeping to part of it

    _check = field_validator("requirement", "refusal")(check_patterns)


class SelfAssessment(StrictModel):
    """A vendor's own answer to a requirement in a compliance matrix keyed by the RFP's ids (judge/compliance.py)."""

    partial: list[str] = []  # looked for anywhere in the answer: "Complies in part", "yes (AR excepted)"
    non_compliant: list[str] = []  # opening the answer: "No", "Not in higher education"
    compliant: list[str] = []  # opening the answer: "Yes", "Complies"

    _check = field_validator("partial", "non_compliant", "compliant")(check_patterns)


class _PatternLists(StrictModel):
    """A vocabulary of named pattern lists, read by name."""

    def patterns(self, name: str) -> list[re.Pattern]:
        """The compiled patterns of one list (compile_pattern caches them)."""
        return [compile_pattern(p) for p in getattr(self, name)]


# What stands between a share and what it is of: "(5%) of the monthly fees".
_OF_THE = re.compile(r"^\s*\)?\s*(?:of\s+)?(?:the\s+|each\s+|a\s+)?", re.IGNORECASE)


class Durations(_PatternLists):
    """How a requirement bounds a duration it states (judge/compliance.py): the words just before the figure."""

    at_most: list[str] = []  # "within 4 hours", "no more than twelve weeks"
    at_least: list[str] = []  # "retained for 24 months", "at least 90 days"
    at_most_after: list[str] = []  # said after the figure: "5% or less", "4 hours maximum"
    at_least_after: list[str] = []  # "98% or better", "90 days minimum"
    more_offered: list[str] = []  # a vendor's passage offering more, at a price or on request: partial, not refused
    vague: list[str] = []  # a duration without a figure ("within a few hours"): partial against a bound
    relative: list[str] = []  # a vendor's figure counted from another period ("90 days thereafter"): no total
    capacity: list[str] = []  # after a share: a share of the work ("150% of forecast volume"), "up to" it a floor
    # words that mean the same in a requirement and a passage ("valid for 150 days", "open for acceptance for 90
    # days"): a passage sharing one with the requirement shares one of its words
    same_meaning: dict[str, list[str]] = {}

    _check = field_validator("at_most", "at_least", "at_most_after", "at_least_after", "more_offered", "relative",
                             "vague", "capacity")(check_patterns)
    _check_groups = field_validator("same_meaning")(lambda groups: {k: check_patterns(v) for k, v in groups.items()})

    def said_after(self, after: str) -> dict[str, re.Match]:
        """The kinds of bound said just after a figure, with their words ("or less" of "5% or less": at_most)."""
        return {kind: m for kind in ("at_most", "at_least") if (m := first_match(self.patterns(f"{kind}_after"), after))}

    def meanings_shared(self, requirement: str, passage: str) -> int:
        """How many of the `same_meaning` groups both texts say something of."""
        return len(self.meanings_in(requirement) & self.meanings_in(passage))

    def meanings_in(self, text: str) -> set[str]:
        """The `same_meaning` groups a text says something of."""
        return {name for name, patterns in self._same_meaning.items() if first_text(patterns, text)}

    def meanings_at_start(self, text: str) -> list[str]:
        """The `same_meaning` groups a text opens with ("monthly fees per missed level": monthly_charges)."""
        text = _OF_THE.sub("", text)
        return [name for name, patterns in self._same_meaning.items() if any(p.match(text) for p in patterns)]

    @cached_property
    def _same_meaning(self) -> dict[str, list[re.Pattern]]:
        return {name: [compile_pattern(p) for p in patterns] for name, patterns in self.same_meaning.items()}


class ChargeRefusal(_PatternLists):
    """A requirement asking for something without a charge ("without any termination charge", "at no additional
    cost", "within the contract charges") that a passage about it charging for it refuses (judge/compliance.py)."""

    requirement: list[str] = []  # the requirement's "no charge" wording
    charge: list[str] = []  # a vendor's clause imposing a payment: "billed at rate +18%", "the Client shall pay"
    free: list[str] = []  # a clause saying there is no charge after all: "without cost", "no premium"
    refers_back: list[str] = []  # a clause about what the sentence before states: "After this period ..."

    _check = field_validator("requirement", "charge", "free", "refers_back")(check_patterns)


class Placement(_PatternLists):
    """A requirement keeping something to a place ("stored and processed only in Canada", "an account manager based
    in the Netherlands") that a passage putting it elsewhere refuses (judge/compliance.py; the places themselves are
    criteria/places.yaml)."""

    lead: list[str] = []  # the words just before a place a requirement asks for: "in", "within the"
    joined: list[str] = []  # between two places asked: "within the EEA or the United Kingdom"
    not_a_place: list[str] = []  # after a place's name, it names no place: "US dollars", "US Eastern Time"
    open: list[str] = []  # a requirement that allows other places too: "or a country with an adequacy decision"
    data: list[str] = []  # a requirement placing data ("stored", "hosted") ...
    data_passage: list[str] = []  # ... and a passage saying where data are ("data centre", "processed")
    roles: list[str] = []  # a requirement placing a person by role: "account director", "service manager"
    located_before: list[str] = []  # a passage's words just before a place that put something there: "in our"
    located_after: list[str] = []  # ... and just after it: "-based", "(PT) team"
    negation: list[str] = []  # a clause saying where something is not: "no data leaves Canada"

    _check = field_validator("lead", "joined", "not_a_place", "open", "data", "data_passage", "roles",
                             "located_before", "located_after", "negation")(check_patterns)


class PriceCurrency(_PatternLists):
    """A requirement naming the currency of prices ("in Canadian dollars") that prices the proposal states in another
    currency refuse (judge/compliance.py)."""

    requirement: list[str] = []  # a requirement about prices: "priced", "quote", "rates"
    open: list[str] = []  # a requirement allowing other currencies: "the local currency of a market served"
    price: list[str] = []  # a clause stating prices in a currency: "All prices are in CZK", "PLN 118.00 per hour"
    not_a_price: list[str] = []  # a clause with amounts that are no prices: an exchange rate, insurance cover

    _check = field_validator("requirement", "open", "price", "not_a_price")(check_patterns)


class PriceFirmness(_PatternLists):
    """When prices asked to be firm may rise and by how much, in a requirement and in a vendor's escalation clause
    (judge/firm_prices.py). Named groups carry the figures: `n` and `unit`, `month`, `year`, `ordinal`, `pct`."""

    requirement: list[str] = []  # a requirement bounding price rises: "firm", "indexation", "capped"
    whole_term: list[str] = []  # firm for the whole (initial) term
    firm_for: list[str] = []  # firm for a period, or no rise before a month or year
    cap: list[str] = []  # a yearly rise capped at a share: "capped at three percent (3%)"
    index_cap: list[str] = []  # a rise capped by an index: "may not exceed the Dutch CPI"
    rise_from: list[str] = []  # the vendor's first period firm, or the year or month its rise starts
    rise: list[str] = []  # the vendor's stated rise: "by 4%", "an annual increase of 8%"
    beyond_index: list[str] = []  # a rise above any index: "CPI plus 1%", "the greater of"
    index: list[str] = []  # a rise by an index: "CPI", "wage index", "wage order"

    _check = field_validator("requirement", "whole_term", "firm_for", "cap", "index_cap", "rise_from", "rise",
                             "beyond_index", "index")(check_patterns)


class References(_PatternLists):
    """A requirement asking for references ("Provide at least two references from ...") that only referees answer: a
    person the buyer can call, by a courtesy title, a role, a telephone number or an e-mail address (judge/compliance.py).
    Clients named or described without anyone to call are experience, not references."""

    requirement: list[str] = []  # the requirement asks for references
    contact: list[str] = []  # a referee: "Ms. Lorena Castillo", "Per Engström, Head of ...", "+47 55 30 84 12"
    about: list[str] = []  # a passage or its heading about references: "References", "agreed to take your call"
    count: list[str] = []  # how many the requirement asks for, in group `n`: "at least two (2) references"

    _check = field_validator("requirement", "contact", "about", "count")(check_patterns)


class CoverageGaps(_PatternLists):
    """A requirement staffing languages over hours ("24/7/365 in Dutch, French and English") that a passage naming
    one of its languages covers only in part (judge/compliance.py)."""

    requirement: list[str] = []  # the hours the requirement covers: "24/7", "08:00-20:00", "throughout"
    around_the_clock: list[str] = []  # a requirement covering the night too
    night: list[str] = []  # a passage about the night, no gap of a requirement that does not cover it
    bridged: list[str] = []  # the language covered by a stand-in: interpreter, roll-over, on call (partial)
    unserved: list[str] = []  # the language left to a voicemail or a call back
    live: list[str] = []  # a requirement asking for live agents, which `unserved` refuses (else it is partial)
    refused: list[str] = []  # the language refused: "we cannot offer" (non_compliant)
    served: list[str] = []  # words serving a caller, after which another language named is a gap (partial)
    other_languages: list[str] = []  # "for other languages": about languages the requirement does not name

    _check = field_validator("requirement", "around_the_clock", "night", "bridged", "unserved", "live", "refused",
                             "served",
                             "other_languages")(check_patterns)


class RequirementVocab(_PatternLists):
    """criteria/requirements.yaml: the wording of RFPs in general, which a team can extend."""

    version: int = 1
    obligation: list[str] = Field(min_length=1)
    expectation: list[str] = []
    instruction: list[str] = []
    reported_request: list[str] = []
    estimates: list[str] = []
    not_a_requirement: list[str] = []
    mandatory_sections: list[str] = []
    requirement_sections: list[str] = []
    pricing_sections: list[str] = []
    submission_sections: list[str] = []
    evaluation_sections: list[str] = []
    excluded_sections: list[str] = []
    service_level_hedges: list[str] = []  # a service-level table given as goals: "We treat these numbers as goals"
    service_levels_accepted: list[str] = []  # the RFP's service levels accepted as a whole: "We accept the SLAs"
    mandatory_lead_in: list[str] = []
    mandatory_mark: list[str] = []  # a sentence naming the mark of mandatory requirements; group `mark` is it
    mandatory_sentence: list[str] = []
    term: list[str] = []  # a sentence stating the contract's term: "The contract term is thirty-six (36) months"
    term_sequel: list[str] = []  # a sentence after it on how the term extends or ends: "It does not renew automatically"
    pricing_words: list[str] = []
    submission_words: list[str] = []
    tables: TableHeaders
    row_id: str
    total_row: str
    factor_item: str
    importance: list[str] = []
    contradiction: list[str] = []
    limitation: list[str] = []
    condition: list[str] = []  # words opening a clause that only narrows a requirement (rfp/parts.py)
    not_a_name: list[str] = []  # capitalized runs that are no name a vendor must cite: dates, "Table 1"
    preference: list[str] = []  # a sentence of a requirement that only states a preference: no part to meet
    short_forms: dict[str, list[str]] = {}  # a word's standard short forms, in capitals: "portuguese": [PT]
    solicitation_voice: list[str] = []
    proposal_voice: list[str] = []
    proposal_self: list[str] = []
    fee_contradictions: list[FeeContradiction] = []
    scope_refusals: list[ScopeRefusal] = []
    charge_refusal: ChargeRefusal = ChargeRefusal()
    coverage_gaps: CoverageGaps = CoverageGaps()
    references: References = References()
    placement: Placement = Placement()
    price_currency: PriceCurrency = PriceCurrency()
    price_firmness: PriceFirmness = PriceFirmness()
    self_assessment: SelfAssessment = SelfAssessment()
    durations: Durations = Durations()
    volume_columns: VolumeColumns = VolumeColumns()
    uniform_sections: UniformSections = UniformSections()

    _check = field_validator(*_LISTS)(check_patterns)
    _check_one = field_validator("row_id", "total_row", "factor_item")(lambda v: check_patterns([v])[0])

    @cached_property
    def row_id_re(self) -> re.Pattern:
        return re.compile(self.row_id)  # case matters: "M1" is an id, "me" is not

    @cached_property
    def total_row_re(self) -> re.Pattern:
        return compile_pattern(self.total_row)

    @cached_property
    def factor_item_re(self) -> re.Pattern:
        return re.compile(self.factor_item)


def load_requirement_vocab(path: Path = DEFAULT_REQUIREMENTS) -> RequirementVocab:
    return load_yaml_model(Path(path), RequirementVocab)


@dataclass
class Requirement:
    id: str
    section: str
    title: str
    text: str
    kind: str  # one of KINDS
    mandatory: bool
    evidence: Evidence

    def as_dict(self) -> dict:
        return {"id": self.id, "section": self.section, "title": self.title, "text": self.text, "kind": self.kind,
                "mandatory": self.mandatory, "evidence": _evidence_dict(self.evidence)}


@dataclass
class EvaluationCriterion:
    id: str
    title: str
    means: str
    weight: float | None  # normalized to sum 100; None when the RFP ranks the factors without weights
    rank: int  # the stated order (1 = first listed)
    evidence: Evidence

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "means": self.means, "weight": self.weight, "rank": self.rank,
                "evidence": _evidence_dict(self.evidence)}


@dataclass
class Ledger:
    rfp: str
    requirements: list[Requirement] = field(default_factory=list)
    evaluation_criteria: list[EvaluationCriterion] = field(default_factory=list)
    evaluation_order: Evidence | None = None  # the sentence stating the factors' relative importance
    unverified: int = 0  # statements left out because their quote was not found on the page
    pages: int = 0
    ocr_pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # reading problems: pages without text, limits reached
    # The tables that state volumes rather than requirements ({"page", "header", "rows"}): the cost scenario's input.
    volume_tables: list[dict] = field(default_factory=list)
    # The days and hours the RFP states a service is to be staffed ({"days", "start", "end", "page", "text"}, see
    # hours.py): against them, a vendor's "Monday to Friday" is the window asked for, not a limit.
    service_windows: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        data = {"rfp": self.rfp, "requirements": [r.as_dict() for r in self.requirements],
                "evaluation_criteria": [c.as_dict() for c in self.evaluation_criteria]}
        if self.evaluation_order:
            data["evaluation_order"] = _evidence_dict(self.evaluation_order)
        if self.unverified:
            data["unverified_dropped"] = self.unverified
        if self.ocr_pages:
            data["ocr_pages"] = self.ocr_pages
        if self.warnings:
            data["warnings"] = self.warnings
        if self.volume_tables:
            data["volume_tables"] = self.volume_tables
        if self.service_windows:
            data["service_windows"] = self.service_windows
        return data

    def windows(self) -> list[Window]:
        return [Window.from_dict(w) for w in self.service_windows]

    def capacity_asked(self) -> Level | None:
        """The least peak or surge capacity the RFP's requirements ask (capacity.py); pricing instructions ask none
        ("peak-season surcharges of more than 10% ...")."""
        return least_asked([r.text for r in self.requirements if r.kind != "pricing_instruction"])

    def referees_asked(self, vocab: References) -> RefereesAsked | None:
        """How many referees the RFP's references requirement asks for (referees.py), with the wording that finds
        them; None when no requirement counts them."""
        contact, about = vocab.patterns("contact"), vocab.patterns("about")
        for requirement in self.requirements:
            if first_text(vocab.patterns("requirement"), requirement.text) and (
                    asked := referees_asked(vocab.patterns("count"), requirement.text)):
                return RefereesAsked(asked, tuple(contact), tuple(about))
        return None

    @property
    def message(self) -> str:
        """One line for the terminal: what was found, or why the ledger is empty."""
        if not self.requirements and not self.evaluation_criteria:
            return (f"{self.rfp}: no requirements recognized ({self.pages} pages read). The ledger is empty: "
                    "check that the PDF has text (or OCR is on), or add the RFP's wording to criteria/requirements.yaml.")
        mandatory = sum(r.mandatory for r in self.requirements)
        weighted = [c for c in self.evaluation_criteria if c.weight is not None]
        criteria = (f"{len(weighted)} weighted evaluation criteria" if weighted
                    else f"{len(self.evaluation_criteria)} evaluation factors in order of importance, no weights stated"
                    if self.evaluation_criteria else "no evaluation criteria found")
        return f"{self.rfp}: {len(self.requirements)} requirements ({mandatory} mandatory), {criteria}"


def _evidence_dict(evidence: Evidence) -> dict:
    data = {"file": evidence.file, "page": evidence.page, "quote": evidence.quote}
    return data | {"ocr": True} if evidence.ocr else data


def read_ledger(path: Path, vocab: RequirementVocab | None = None, ocr: PageOcr | None = None,
                limits: FileLimits | None = None, password: str | None = None) -> Ledger:
    """The ledger of the RFP at `path`. Raises ingest.pdf.UnreadableFile when the PDF cannot be read."""
    path = Path(path)
    source, issues = read_pdf(path, path.name, password, ocr=ocr, limits=limits)
    ledger = build_ledger(source, layout_pages(path, source), vocab or load_requirement_vocab())
    ledger.warnings = [issue.message for issue in issues]
    return ledger


def layout_pages(path: Path, source: SourceFile) -> list[list[str]]:
    """Each page's lines with columns kept (pypdf's layout mode); a page read by OCR, or one layout mode cannot
    read, gives its plain lines."""
    try:
        reader = PdfReader(str(path))
    except Exception:  # noqa: BLE001 - read_pdf opened it (maybe with a password): plain lines will do
        reader = None
    pages = []
    for page in source.pages:
        lines = page.text.splitlines()
        if reader is not None and not page.ocr and page.raw_text.strip():
            try:
                lines = reader.pages[page.number - 1].extract_text(extraction_mode="layout").splitlines()
            except Exception:  # noqa: BLE001 - hostile or odd content: the plain lines are still there
                pass
        pages.append(lines)
    return pages


@dataclass
class _Section:
    level: int
    title: str


class _Builder:
    """Walks the blocks in reading order, keeping the section path, the current table and the mandatory gate."""

    def __init__(self, source: SourceFile, vocab: RequirementVocab) -> None:
        self.source = source
        self.vocab = vocab
        self.verifier = CitationVerifier([source])
        self.ledger = Ledger(source.name, pages=len(source.pages), ocr_pages=source.ocr_pages)
        self.path: list[_Section] = []
        self.gate_level: int | None = None  # a lead-in made the rest of this section mandatory
        self.mark: tuple[str, int] | None = None  # the mark of mandatory requirements ("(M)") and its section level
        self.table: str | None = None  # evaluation | service_level | requirement | skipped | plain
        self.header: list[str] = []
        self.taken: set[str] = set()
        self.numbered: set[str] = set()  # the ids we gave, not the RFP: they yield to the RFP's own ("R1 (Mandatory)")
        self.weights: list[tuple[EvaluationCriterion, float]] = []
        self.factors: list[EvaluationCriterion] = []
        self.letter: str | None = None  # the Uniform Contract Format section we are in
        self.uniform = False  # a Uniform Contract Format section was seen

    # ---- sections -------------------------------------------------------------------------------------------
    def heading(self, block: Block) -> None:
        self.uniform_letter(block.text, block.level)
        while self.path and self.path[-1].level >= block.level:
            self.path.pop()
        self.path.append(_Section(block.level, block.text))
        if self.gate_level is not None and block.level <= self.gate_level:
            self.gate_level = None
        if self.mark is not None and block.level <= self.mark[1]:
            self.mark = None
        self.table = None
        if not self.excluded:  # "2.2 Back office (Monday to Friday, 7:00 a.m. to 7:00 p.m.)"
            self.note_windows(block.text, block)

    def uniform_letter(self, title: str, level: int) -> None:
        """A solicitation in the Uniform Contract Format stays in its lettered section until the next one opens
        (or a heading numbered within one, "C.3.1"): a clause title or a form line set as a heading ("STATES AND
        THE MAKING OF A FALSE ... CERTIFICATION") does not take the reader out of Section K. A top-level heading
        numbered otherwise ("2. Task Order Scope") starts an attachment, read by its own headings."""
        uniform = self.vocab.uniform_sections
        opened = uniform.section and compile_pattern(uniform.section).match(title)
        numbered = self.uniform and uniform.numbered and compile_pattern(uniform.numbered).match(title)
        if opened or numbered:
            self.uniform = True
            self.letter = (opened or numbered).group(1).upper()
        elif self.letter and level == 1 and uniform.ends and compile_pattern(uniform.ends).match(title):
            self.letter = None

    @property
    def uniform_kind(self) -> str | None:
        return self.vocab.uniform_sections.letters.get(self.letter) if self.letter else None

    def in_section(self, patterns: str) -> bool:
        if self.uniform_kind and UNIFORM_KINDS.get(self.uniform_kind) == patterns:
            return True
        compiled = self.vocab.patterns(patterns)
        return any(first_text(compiled, s.title) for s in self.path)

    @property
    def section(self) -> str:
        return self.path[-1].title if self.path else ""

    @property
    def excluded(self) -> bool:
        """Background, timeline or boilerplate: the Uniform Contract Format's section letter, else the innermost
        heading that says what its section is decides; within a heading the longest match ("SPECIAL CONTRACT
        REQUIREMENTS" is boilerplate, though it says "requirements"; "Contact centre requirements" is not)."""
        if self.uniform_kind == "excluded":
            return True
        for s in reversed(self.path):
            said = [(_longest(self.vocab.patterns(kind), s.title), kind) for kind in SECTION_KINDS]
            length, kind = max(said)
            if length:
                return kind == "excluded_sections"
        return False

    @property
    def mandatory_scope(self) -> bool:
        return self.gate_level is not None or self.in_section("mandatory_sections")

    def is_mandatory(self, text: str, marked: bool) -> bool:
        """Mandatory by its section or a lead-in; where the RFP names a mark of mandatory requirements ("(M)"), by
        the mark alone; or by its own words ("pass/fail")."""
        scoped = marked if self.mark is not None else self.mandatory_scope
        return scoped or bool(first_text(self.vocab.patterns("mandatory_sentence"), text))

    def marked(self, text: str) -> bool:
        """Whether the text carries the mandatory mark the RFP named: first (after an id: "R-01 (M) Languages",
        "Q-3* Every vessel ..."), or last."""
        if self.mark is None:
            return False
        mark = rf"\(?{re.escape(self.mark[0])}\)?"  # "MANDATORY" is also written "(MANDATORY)"
        lead = re.match(rf"^\s*(?P<id>\S*?)\s*{mark}(?=[.:]?(?:\s|$))", text)  # "R-01 (M). Service ..."
        return bool(lead and (not lead.group("id") or self.vocab.row_id_re.match(lead.group("id")))
                    or re.search(rf"\s{mark}\s*$", text))

    # ---- tables ---------------------------------------------------------------------------------------------
    def row(self, block: Block) -> None:
        cells = [c for c in block.cells]
        first = next((c for c in cells if c), "")
        if self.table is None:
            if self.vocab.row_id_re.match(_MARK_AFTER.sub("", first)):
                self.table, self.header = ("requirement", []) if not self.excluded else ("skipped", [])
            else:
                self.table, self.header = self.table_kind(cells), cells
                if self.table == "volumes":
                    self.ledger.volume_tables.append({"page": block.page, "header": [collapse(c) for c in cells],
                                                      "rows": []})
                return
        if self.table not in ("skipped", "evaluation") and not self.excluded:
            # A table of hours ("Gulf queue | Arabic, English | phone, chat, email | Monday to Friday 08:00-19:00")
            # states service windows as prose does, whatever else its rows are.
            self.note_windows(" ".join(collapse(c) for c in block.cells), block)
        if self.table == "volumes":
            self.ledger.volume_tables[-1]["rows"].append([collapse(c) for c in block.cells])
        elif [collapse(c) for c in cells] == [collapse(c) for c in self.header]:
            return  # the header repeated where the table goes on over a page
        elif self.table == "evaluation":
            self.criterion_row(block)
        elif self.table in ("service_level", "requirement"):
            self.requirement_row(block)
        elif self.table == "plain" and not self.excluded and self.in_section("requirement_sections"):
            self.requirement_row(block)

    def table_kind(self, header: list[str]) -> str:
        tables = self.vocab.tables
        text = " | ".join(header)
        if self.in_section("evaluation_sections") or first_text(tables.evaluation.weight_re, text):
            if self._column(header, tables.evaluation.weight_re) is not None:
                return "evaluation"
        if first_text(tables.volumes_re, text):
            return "volumes"
        if first_text(tables.skipped_re, text):
            return "skipped"
        if self.excluded:
            return "skipped"
        if first_text(tables.requirement_re, text):
            return "requirement"
        if first_text(tables.service_level_re, text):
            return "service_level"
        return "plain"

    @staticmethod
    def _column(header: list[str], patterns: list[re.Pattern]) -> int | None:
        return next((i for i, cell in enumerate(header) if cell and first_text(patterns, cell)), None)

    def criterion_row(self, block: Block) -> None:
        headers = self.vocab.tables.evaluation
        cells = block.cells + [""] * max(0, len(self.header) - len(block.cells))
        weight_col = self._column(self.header, headers.weight_re)
        title_col = self._column(self.header, headers.criterion_re)
        if title_col is None:
            title_col = next((i for i, c in enumerate(cells) if c and i != weight_col and number(c) is None), 0)
        means_col = self._column(self.header, headers.means_re)
        title = collapse(cells[title_col])
        weight = number(cells[weight_col]) if weight_col is not None and weight_col < len(cells) else None
        if not title or weight is None or self.vocab.total_row_re.match(title):
            return
        means = collapse(cells[means_col]) if means_col is not None and means_col < len(cells) else collapse(
            " ".join(c for i, c in enumerate(cells) if i not in (title_col, weight_col) and number(c) is None))
        evidence = self.quote(block, [title, means, cells[weight_col]])
        if evidence is None:
            return
        criterion = EvaluationCriterion(f"E{len(self.weights) + 1}", title, means, None, len(self.weights) + 1,
                                        evidence)
        self.weights.append((criterion, weight))

    def requirement_row(self, block: Block) -> None:
        cells = [c for c in block.cells if c]
        if not cells or self.vocab.total_row_re.match(cells[0]):
            return
        carried = self.marked(cells[0]) or (len(cells) > 2 and self.marked(cells[-1]))  # or in a "Type" column
        if len(cells) > 2 and self.mark is not None and cells[-1].strip() == self.mark[0]:
            cells = cells[:-1]  # the mark's own column is no part of the requirement's text
        bare_id = _MARK_AFTER.sub("", cells[0])  # "R-01 (M)" is R-01, marked
        rfp_id = bare_id if self.vocab.row_id_re.match(bare_id) and len(cells) > 1 else ""
        body = cells[1:] if rfp_id else cells
        joined = " ".join(body)
        if first_text(self.vocab.patterns("not_a_requirement"), joined) or (
                not rfp_id and first_text(self.vocab.patterns("estimates"), joined)) or (
                self.table == "plain" and not re.search(r"[a-z]", joined)) or (
                not rfp_id and all(c[:1].islower() for c in body)):
            # a clause citation, an address, a form line; a row all in capitals is a label, one whose every cell
            # opens in lower case carries on the cells of the row above ("peripherals and | COTR authorizes")
            return
        if self.table == "service_level":
            # A row's own code in or opening its first cell ("SLA-PRIV | Privilege log delivered ...") is the RFP's
            # id of it, which a vendor's table repeats ("SLA-PRIV | 3 business days | n/a").
            coded = _ROW_CODE.match(body[0]) if not rfp_id else None
            rfp_id = coded.group("id") if coded else rfp_id
            kind, title = "service_level", body[0]
            text = f"{body[0]}: {', '.join(body[1:])}" if len(body) > 1 else body[0]
        else:
            title = body[0] if len(body) > 1 else _title(body[0])
            text = f"{body[0]}: {' '.join(body[1:])}" if len(body) > 1 else body[0]
            kind = self.kind_of(text, carried)
        self.add(rfp_id, title, collapse(text), kind, block, body)

    # ---- prose ----------------------------------------------------------------------------------------------
    def prose(self, block: Block) -> None:
        if self.table is not None and _wrapped_cell(block):
            return  # the rest of a row's wrapped cell ("within 60 seconds" under "Chat first reply"): the table goes on
        self.table = None
        if block.marker and self.in_section("evaluation_sections"):
            self.factor(block)
        whole = self.listed(block)
        # A list item of a requirements section is one requirement, run-in heading and all ("PCI DSS. The
        # respondent must ..."); elsewhere each sentence stands on its own.
        for sentence in [block.text] if whole else self.clauses(block.text):
            self.sentence(sentence, block)

    def clauses(self, text: str) -> list[str]:
        """A paragraph's sentences, each numbered requirement kept whole: the sentences after one that opens with
        the RFP's id ("R-06 Transition. Live service must start ...") are its own up to the next id, as a list
        item's are. Split, the run-in heading alone would say nothing and the duty after it would lose its id. A
        sentence about the RFP itself ("A response that fails a mandatory requirement may be disqualified.") ends
        the run. The contract's term keeps the sentences after it on how it extends or ends ("... thirty-six (36)
        months. Klarlyd may extend it twice ...; the agreement does not renew automatically."): one requirement. A
        run-in heading without an id that opens a paragraph ("7.1 Price schedule. Quote in BRL ...") leads its first
        sentence only: alone, the heading would say nothing, and the sentences after may state facts ("Peak-week
        volume may reach 160% of forecast.") that are no part of the duty."""
        apart = [p for name in ("not_a_requirement", "estimates", "mandatory_mark", "mandatory_lead_in")
                 for p in self.vocab.patterns(name)]
        spans: list[tuple[int, int]] = []
        led = term = heading = False
        for start, end in sentence_spans(text):
            piece = text[start:end]
            opens = bool(self.opening_id(piece))
            own = opens or first_text(apart, piece) is not None or bool(self.vocab.row_id_re.match(piece))
            sequel = term and not own and first_text(self.vocab.patterns("term_sequel"), piece) is not None
            if (led or sequel or heading) and not own:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
            heading = spans == [(start, end)] and _RUN_IN_HEADING.match(piece) is not None  # the paragraph's first
            if heading:  # its section number is no part of the duty ("7.4 References." asks for no 7.4 referees)
                spans[0] = (start + len(_SECTION_NUMBER.match(piece)[0]), end)
            led = opens or (led and not own)
            term = sequel or (not own and first_text(self.vocab.patterns("term"), piece) is not None)
        return [text[start:end] for start, end in spans]

    def sentence(self, text: str, block: Block) -> None:
        vocab = self.vocab
        if self.in_section("evaluation_sections") and first_text(vocab.patterns("importance"), text):
            self.ledger.evaluation_order = self.ledger.evaluation_order or self.quote(block, [text])
            return
        named = first_match(vocab.patterns("mandatory_mark"), text)
        if named is not None:  # "Requirements marked (M) are mandatory": only the marked ones are
            mark = named.group("mark")
            self.mark = (_MARK_WORDS.get(mark.lower(), mark), self.path[-1].level if self.path else 0)
            return
        if first_text(vocab.patterns("mandatory_lead_in"), text):
            self.gate_level = self.path[-1].level if self.path else 0
            return
        if (first_text(vocab.patterns("not_a_requirement") + vocab.patterns("estimates"), text)
                or (self.excluded and not self.mandatory_scope)
                or text.endswith(":") or len(text.split()) < MIN_WORDS):
            return  # a lead-in ("Our minimum targets are:") or a label says nothing on its own
        self.note_windows(text, block)  # stated hours bind whatever the wording ("3.2 Hours. Monday to Friday ...")
        carried = self.marked(text)
        duty = _after_run_in_heading(text)  # "Price schedule. Quote in BRL ...": the instruction opens after it
        worded = (first_text(vocab.patterns("obligation"), duty) or first_text(vocab.patterns("expectation"), duty)
                  or first_text(vocab.patterns("instruction"), duty))
        rfp_id = self.opening_id(text)
        if not worded and not self.listed(block) and not rfp_id:
            return
        if self.in_section("evaluation_sections") and not first_text(vocab.patterns("obligation"), text):
            return  # how the buyer will evaluate is not something the respondent does
        self.add(rfp_id, _title(text), text, self.kind_of(text, carried), block, [text])

    def opening_id(self, text: str) -> str:
        """The RFP's own id opening a sentence of running text ("... only in Canada. R-03 (M) Service hours are
        08:00 to 20:00 ..."): a numbered requirement, whatever its words, as a row of a requirement table is. ""
        when it opens with none; an id is a letter prefix and a number (a bare "4.2" opens clauses of any kind). An id
        that ends with a full stop ("R-06. Transition ...") is the id; alone, it opens the sentence after it."""
        first, _, rest = text.strip().partition(" ")
        bare = first.rstrip(".:")  # "R-06. Transition completed ...", cut at its full stop into "R-06." and the rest
        if not (bare[:1].isalpha() and self.vocab.row_id_re.match(bare)):
            return ""
        return bare if rest or bare != first else ""

    def listed(self, block: Block) -> bool:
        """A list item that states a requirement whatever its words: in a mandatory or requirements section, or in a
        pricing section ("P-01 Price Portuguese work in BRL ...", "Term: four (4) years from go-live ..."), where
        kind_of keeps only what asks something priced or shown."""
        return block.kind == "item" and (self.mandatory_scope or self.in_section("requirement_sections")
                                         or self.in_section("pricing_sections"))

    def note_windows(self, text: str, block: Block) -> None:
        stated = [{k: w[k] for k in ("days", "start", "end")} for w in self.ledger.service_windows]
        for window in windows(text):
            if window.as_dict() not in stated:
                self.ledger.service_windows.append(window.as_dict() | {"page": block.page, "text": text})

    def factor(self, block: Block) -> None:
        """A listed evaluation factor ("A. Quality Assurance Plan (no more than 20 pages)"), in the stated order."""
        match = self.vocab.factor_item_re.match(f"{block.marker} {block.text}")
        if not match:
            return
        title = match.group("title").strip()
        if canonical(title) in {canonical(f.title) for f in self.factors} or first_text(
                self.vocab.patterns("evaluation_sections") + self.vocab.patterns("importance"), title):
            return
        evidence = self.quote(block, [block.text])
        if evidence:
            self.factors.append(EvaluationCriterion(f"F{len(self.factors) + 1}", title, "", None,
                                                    len(self.factors) + 1, evidence))

    def kind_of(self, text: str, marked: bool = False) -> str:
        vocab = self.vocab
        if self.is_mandatory(text, marked):
            return "mandatory"
        commands = first_text(vocab.patterns("obligation"), text) or first_text(vocab.patterns("instruction"), text)
        if self.in_section("pricing_sections"):
            # What the respondent must price or show is judged; how to send the price file, or a fact the pricing
            # rests on ("Target go-live: 1 March 2027"), asks the vendor to meet nothing.
            if first_text(vocab.patterns("submission_words"), text):
                return "submission"
            priced = commands or first_text(vocab.patterns("expectation"), text) or first_text(
                vocab.patterns("pricing_words"), text)
            return "pricing_instruction" if priced else "submission"
        if self.uniform_kind == "submission":
            return "submission"  # Section L: how to write the proposal, whatever its headings say
        if first_text(vocab.patterns("submission_words"), text) or (
                self.in_section("submission_sections") and not self.in_section("requirement_sections")):
            return "submission"
        return "pricing_instruction" if commands and first_text(vocab.patterns("pricing_words"), text) else "requirement"

    # ---- the ledger -----------------------------------------------------------------------------------------
    def add(self, rfp_id: str, title: str, text: str, kind: str, block: Block, pieces: list[str]) -> None:
        key = canonical(text)
        if key in self.taken or len(text.split()) < 2:
            return
        evidence = self.quote(block, pieces if len(pieces) > 1 else [text])
        if evidence is None:
            return
        self.taken.add(key)
        if rfp_id in self.numbered:  # an id we gave earlier is the RFP's own: the earlier requirement takes another
            self.numbered.discard(rfp_id)
            earlier = next(r for r in self.ledger.requirements if r.id == rfp_id)
            earlier.id = self.fresh_id()
        ids = {r.id for r in self.ledger.requirements}
        req_id = rfp_id if rfp_id and rfp_id not in ids else self.fresh_id()
        self.ledger.requirements.append(Requirement(req_id, self.section, title, text, kind,
                                                    kind == "mandatory", evidence))

    def fresh_id(self) -> str:
        """An id for a requirement the RFP gave none, unlike any so far ("R7", or "R7'" when "R7" is taken)."""
        ids = {r.id for r in self.ledger.requirements}
        req_id = f"R{len(self.ledger.requirements) + 1}"
        while req_id in ids:
            req_id += "'"
        self.numbered.add(req_id)
        return req_id

    def quote(self, block: Block, pieces: list[str]) -> Evidence | None:
        """The statement as a quote found on its page: whole, or its cells in order joined by "...", or its longest
        piece, or the longest start of that piece (a cell wrapped onto the next line may be printed after the rest of
        its row: "Chat first reply" of "Chat first reply within 45 seconds"); None (and counted) when none is on the
        page."""
        pieces = [collapse(p) for p in pieces if collapse(p)]
        longest = max(pieces, key=len).split() if pieces else []
        candidates = [" ".join(pieces), " ... ".join(pieces)] + [
            " ".join(longest[:n]) for n in range(len(longest), 1, -1)]
        for quote in candidates:
            evidence = Evidence(self.source.name, block.page, quote)
            if self.verifier.is_verbatim(evidence):
                return Evidence(evidence.file, evidence.page, quote, ocr=self.verifier.from_ocr(evidence))
        self.ledger.unverified += 1
        return None

    def finish(self) -> Ledger:
        total = sum(w for _, w in self.weights)
        if self.weights and total > 0:
            for criterion, weight in self.weights:
                criterion.weight = round(100 * weight / total, 2)
            self.ledger.evaluation_criteria = [c for c, _ in self.weights]
        else:
            self.ledger.evaluation_criteria = self.factors
        return self.ledger


def build_ledger(source: SourceFile, pages: list[list[str]], vocab: RequirementVocab) -> Ledger:
    builder = _Builder(source, vocab)
    skip = furniture(pages)
    for block in _across_pages([page_blocks(number_, lines, skip) for number_, lines in enumerate(pages, start=1)]):
        if block.kind == "heading":
            builder.heading(block)
        elif block.kind == "row":
            builder.row(block)
        else:
            builder.prose(block)
    return builder.finish()


def _across_pages(pages: list[list[Block]]) -> list[Block]:
    """The pages' blocks in order, a paragraph cut by a page break made whole again: a page that opens mid-sentence
    ("assessment with at least 85% before handling contacts; ...") carries on the last paragraph or list item of the
    page before ("... and passes its"), up to the line that ends its sentence; what follows on the page is a paragraph
    of its own. The quote stays on the page the clause starts on (quote)."""
    blocks: list[Block] = []
    for page in pages:
        first = page[0] if page else None
        last = blocks[-1] if blocks else None
        if (first is not None and last is not None and first.kind == "text" and last.kind in ("text", "item")
                and re.match(r"[a-z]", first.text) and not _SENTENCE_END.search(last.text)):
            ends = next((i for i, line in enumerate(first.lines) if _SENTENCE_END.search(line)), len(first.lines) - 1)
            last.lines.extend(first.lines[:ends + 1])
            rest = first.lines[ends + 1:]
            page = ([replace(first, lines=rest)] if rest else []) + page[1:]
        blocks.extend(page)
    return blocks


_SENTENCE_END = re.compile(r"[.:;!?]$")
# A paragraph's run-in heading after its section number: "Price schedule.", "7.3 Validity.", "Price adjustment."; as a
# sentence of its own, or leading the sentence of the duty ("7.1 Price schedule. Quote in BRL ...").
_NUMBERED = r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
_HEADING_WORDS = r"[A-Z][\w'&/-]*(?: [\w'&/-]+){0,3}\."
_SECTION_NUMBER = re.compile(_NUMBERED)
_RUN_IN_HEADING = re.compile(_NUMBERED + _HEADING_WORDS + r"\s*$")
_RUN_IN_LEAD = re.compile(_NUMBERED + _HEADING_WORDS + r"\s+(?=[A-Z])")


def _after_run_in_heading(text: str) -> str:
    """The text after a run-in heading it opens with ("7.1 Price schedule. Quote in BRL ..."), else the text."""
    return _RUN_IN_LEAD.sub("", text, count=1)


MAX_WRAPPED_WORDS = 6  # a line between two rows longer than this is text of its own, and ends the table
# A mark after a row's id ("R-01 (M)", "M4*"); a mark named in words is its sign.
_MARK_AFTER = re.compile(r"\s*(?:\([A-Za-z*]{1,3}\)|\*+)$")
_MARK_WORDS = {"asterisk": "*", "an asterisk": "*"}


# A service level's own code ("SLA-PRIV", "KPI-2"): two letters or more, a dash, then letters or digits. The judge
# matches vendor rows keyed by it (judge/compliance.py).
SERVICE_LEVEL_CODE = re.compile(r"[A-Z]{2,5}-[A-Z0-9]{1,10}")
_ROW_CODE = re.compile(rf"^(?P<id>{SERVICE_LEVEL_CODE.pattern})(?::\s+|\s+(?=[A-Z])|:?$)")


def _wrapped_cell(block: Block) -> bool:
    """A line between two rows that only carries on a cell of the row above: a few words in lower case, no sentence
    ("hours", "within 60 seconds")."""
    words = block.text.split()
    return (block.kind != "item" and 0 < len(words) <= MAX_WRAPPED_WORDS and block.text[0].islower()
            and not _SENTENCE_END.search(block.text))


def _longest(patterns: list[re.Pattern], text: str) -> int:
    """The length of the longest match of any pattern in text (0 for none)."""
    return max((len(m.group(0)) for p in patterns for m in p.finditer(text)), default=0)


def _title(text: str) -> str:
    """A short label: a run-in heading ("PCI DSS. The respondent must ...") or the first words."""
    head = re.match(r"^([^.:]{2,40})[.:]\s+\S", text)
    if head and len(head.group(1).split()) <= 5:
        return head.group(1)
    words = text.split()
    return " ".join(words[:TITLE_WORDS]).rstrip(",;:") + ("\u2026" if len(words) > TITLE_WORDS else "")


def ledger_yaml(ledger: Ledger) -> str:
    """The ledger as an editable YAML file (`--out FILE.yaml`): a team reviews it, fixes a kind or a mandatory flag,
    and passes it back with --rfp."""
    header = ("# Requirement ledger of {rfp}, written by `rfp-analyze requirements`.\n"
              "# Edit freely: change a kind or a mandatory flag, delete what is not a requirement, add your own\n"
              "# (id, title, text, kind, mandatory). Quotes were verified on the cited page of the RFP.\n")
    return header.format(rfp=ledger.rfp) + yaml.safe_dump(ledger.as_dict(), sort_keys=False, allow_unicode=True,
                                                         width=110)


def ledger_from_dict(data: dict) -> Ledger:
    """A ledger written by ledger_yaml (or results.json's `rfp`), read back."""
    def evidence(doc: dict | None) -> Evidence:
        doc = doc or {}
        return Evidence(doc.get("file", ""), int(doc.get("page", 0) or 0), doc.get("quote", ""), ocr=bool(doc.get("ocr")))

    requirements = [Requirement(str(r["id"]), r.get("section", ""), r.get("title", ""), r["text"],
                                r.get("kind", "requirement"), bool(r.get("mandatory")), evidence(r.get("evidence")))
                    for r in data.get("requirements", [])]
    unknown = sorted({r.kind for r in requirements} - set(KINDS))
    if unknown:
        raise ValueError(f"unknown kind {unknown[0]!r} (kinds: {', '.join(KINDS)})")
    criteria = [EvaluationCriterion(str(c["id"]), c["title"], c.get("means", ""), c.get("weight"),
                                    int(c.get("rank", i + 1)), evidence(c.get("evidence")))
                for i, c in enumerate(data.get("evaluation_criteria", []))]
    order = data.get("evaluation_order")
    return Ledger(data.get("rfp", ""), requirements, criteria, evidence(order) if order else None,
                  int(data.get("unverified_dropped", 0)), int(data.get("pages", 0)), list(data.get("ocr_pages", [])),
                  list(data.get("warnings", [])), list(data.get("volume_tables", [])),
                  list(data.get("service_windows", [])))

