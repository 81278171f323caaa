"""Load and validate the criteria and fee checklists (`criteria/*.yaml`), which procurement teams edit.

Validation errors name the file and the key (e.g. `criteria/bpo_selection.yaml: criteria[3].topic[2]: bad
regular expression ...`) so a typo is fixed in seconds, not debugged.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator, model_validator

from ..amounts import AMOUNT_PATTERNS
from ..config import DEFAULT_CRITERIA, DEFAULT_FEES
from ..errors import ConfigError
from ..patterns import (
    StrictModel,
    check_pattern_groups,
    check_patterns,
    compiled_field,
    compiled_groups_field,
    first_affirmed,
    first_text,
    groups_in,
    load_yaml_model,
)

MIN_SECTOR_MENTIONS = 3  # an RFP names its buyer's sector this often at least (see CriteriaSet.buyer_sectors)


class CriterionExamples(StrictModel):
    """Example sentences of one criterion, which the meaning layer reads sentences against (see semantic.py)."""

    met: list[str] = []  # specific, verifiable evidence
    partial: list[str] = []  # on the topic, but vague, limited or deferred
    off_topic: list[str] = []  # shares its words, but is no evidence for it


class Criterion(StrictModel):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    weight: float = Field(gt=0)
    means: str
    met_requires: str
    queries: list[str] = Field(min_length=1)
    topic: list[str] = []  # optional: the meaning of title, means, queries and examples finds the topic too
    specifics: list[str] = []  # optional: the set's generic_specifics apply when there are none
    examples: CriterionExamples = CriterionExamples()
    exclude: list[str] = []  # a sentence matching one of these is not about the criterion (another sense)
    consequences: list[str] = []  # when given, "met" also needs one of these (e.g. service credits for SLAs)
    shortfalls: list[str] = []
    limited_by_fees: list[str] = []  # fee items whose presence caps the criterion at partial (see protocol.py)
    in_buyer_sector: bool = False  # evidence only from other sectors than the one the RFP names is partial (rules.py)
    # hours stated for the days of one of the RFP's service windows, but fewer of them, are a stated limit (rules.py)
    short_hours_limit: bool = False
    # a largest stated peak or surge capacity below the least the RFP asks is a stated limit (capacity.py, rules.py)
    short_capacity_limit: bool = False
    # fewer referees named than the RFP asks for is a stated limit (referees.py, rules.py)
    short_referee_limit: bool = False
    # a sentence giving a contact at the vendor's own e-mail domain is the vendor's, not evidence (a reference) (rules.py)
    not_own_contacts: bool = False
    # optional: the parts met_requires lists, by name ("daily", "dashboards"); "met" also needs min_facets of them
    facets: dict[str, list[str]] = {}
    min_facets: int = 0
    gap: str  # default: from met_requires
    question: str  # default: from title and met_requires

    _check = field_validator("topic", "exclude", "specifics", "consequences", "shortfalls")(check_patterns)

    @model_validator(mode="before")
    @classmethod
    def _default_wording(cls, data):
        """A criterion a team adds with only its title, meaning and requirement still reads well in the reports."""
        if not isinstance(data, dict) or not isinstance(data.get("met_requires"), str) or not data["met_requires"]:
            return data
        requirement = data["met_requires"].rstrip(".")
        requirement = requirement[0].lower() + requirement[1:]
        return {"gap": f"The proposal does not state: {requirement}.",
                "question": f"{data.get('title', 'This criterion')}: please state {requirement}."} | data

    exclude_re = compiled_field("exclude")
    topic_re = compiled_field("topic")
    specifics_re = compiled_field("specifics")
    consequences_re = compiled_field("consequences")
    shortfalls_re = compiled_field("shortfalls")

    _check_facets = field_validator("facets")(check_pattern_groups)
    facets_re = compiled_groups_field("facets")


class CriteriaSet(StrictModel):
    version: int = 1
    vague_phrases: list[str] = []
    hedges: list[str] = []
    generic_specifics: list[str] = []  # specifics for a criterion that lists none of its own
    sectors: dict[str, list[str]] = {}  # industries as buyers and vendors name them: the RFP's, and a client's
    criteria: list[Criterion] = Field(min_length=1)

    _check = field_validator("vague_phrases", "hedges", "generic_specifics")(check_patterns)

    _check_sectors = field_validator("sectors")(check_pattern_groups)

    @model_validator(mode="after")
    def _unique_ids(self):
        _require_unique([c.id for c in self.criteria])
        return self

    vague_re = compiled_field("vague_phrases")
    hedges_re = compiled_field("hedges")
    generic_specifics_re = compiled_field("generic_specifics")

    sectors_re = compiled_groups_field("sectors")

    def sectors_named(self, text: str) -> set[str]:
        return groups_in(self.sectors_re, text)

    def buyer_sectors(self, rfp_text: str) -> list[str]:
        """The sector an RFP's buyer is in: the one its text names most, when it is named at least MIN_SECTOR_MENTIONS
        times and twice as often as any other (an RFP names other sectors only in passing); none when unclear."""
        counts = sorted(((sum(len(p.findall(rfp_text)) for p in patterns), name)
                         for name, patterns in self.sectors_re.items()), reverse=True)
        if not counts or counts[0][0] < MIN_SECTOR_MENTIONS:
            return []
        runner_up = counts[1][0] if len(counts) > 1 else 0
        return [counts[0][1]] if counts[0][0] >= 2 * runner_up else []

    def specifics_for(self, criterion: Criterion) -> list:
        return criterion.specifics_re or self.generic_specifics_re


class FeeExamples(StrictModel):
    """Example phrasings of one fee item, which the meaning layer reads clauses against (see semantic.py)."""

    imposed: list[str] = []  # the buyer pays it
    waived: list[str] = []  # it is not charged
    lapsing: list[str] = []  # not charged for a while, or on a condition: then charged (counts as imposed)


class FeeItem(StrictModel):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    means: str
    terms: list[str] = Field(min_length=1)
    context: list[str] = []
    charge: list[str] = []
    waiver: list[str] = []  # wording that waives this item only ("billed at the same rate" is no premium)
    self_imposing: bool = False
    one_off: bool = False  # charged once: a time window before its waiver is when the work happens, not a lapse
    # False: a waiver of this item holds for its stated time ("rates fixed and binding for 12 months" are binding
    # prices; what comes after them is escalation, another item)
    waiver_lapses: bool = True
    amount: tuple[str, ...] = ()  # which kind of amount to report first (default: money, percent, multiplier...)
    examples: FeeExamples = FeeExamples()
    gap: str
    question: str

    _check = field_validator("terms", "context", "charge", "waiver")(check_patterns)

    @field_validator("amount")
    @classmethod
    def _known_amount_kinds(cls, kinds: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [k for k in kinds if k not in AMOUNT_PATTERNS]
        if unknown:
            raise ValueError(f"unknown amount kind {unknown[0]!r}; use: {', '.join(AMOUNT_PATTERNS)}")
        return kinds

    terms_re = compiled_field("terms")
    context_re = compiled_field("context")
    charge_re = compiled_field("charge")
    waiver_re = compiled_field("waiver")


class FeeChecklist(StrictModel):
    version: int = 1
    waiver_patterns: list[str] = Field(min_length=1)
    lapse_patterns: list[str] = Field(min_length=1)
    # what exceeds an allowance the sentence before states: "Hours over this we invoice ..." (rules._lapse_after)
    over_allowance_patterns: list[str] = []
    passed_on_patterns: list[str] = []  # a cost passed on as billed: "re-charged at cost"
    markup_waiver_patterns: list[str] = []  # no mark-up on it: "with no surcharge"
    charge_patterns: list[str] = Field(min_length=1)
    exception_patterns: list[str] = []  # "except", "other than": what follows is carved out of a waiver
    container_patterns: list[str] = []  # "covered by", "included in": an item named after them holds another
    early_exit_patterns: list[str] = []  # "if you end it in the first 24 months": a one-off cost due then is an exit charge
    credit_patterns: list[str] = []  # money paid back to the buyer (service credits): a percentage there is no charge
    money_patterns: list[str] = []  # any word of money: a clause without one imposes no fee by its meaning alone
    neutral_examples: list[str] = []  # clauses about money that impose none of the items (see semantic.py)
    fees: list[FeeItem] = Field(min_length=1)

    _check = field_validator("waiver_patterns", "lapse_patterns", "over_allowance_patterns", "passed_on_patterns",
                             "markup_waiver_patterns", "charge_patterns", "exception_patterns", "container_patterns",
                             "early_exit_patterns", "credit_patterns", "money_patterns")(check_patterns)

    def waiver(self, item: FeeItem, text: str) -> str | None:
        """The text's affirmed waiver words: the checklist's, for every item, or the item's own ("the agreement simply
        ends, unless you decide to extend it" waives automatic renewal, and nothing else)."""
        return first_affirmed(self.waiver_re, text) or first_affirmed(item.waiver_re, text)

    def passed_on_at_cost(self, item: FeeItem, clause: str, waiver: str) -> bool:
        """The waiver is of a mark-up on a cost the clause passes on ("re-charged exactly as billed, with no
        surcharge"): the cost is still the buyer's. Not when the item is the mark-up itself ("no handling fee")."""
        return (first_text(self.markup_waiver_re, waiver) is not None and first_text(item.terms_re, waiver) is None
                and first_affirmed(self.passed_on_re, clause) is not None)

    def lapses(self, item: FeeItem, clause: str, waiver: str) -> bool:
        """The clause's waiver ends ("free for the first 90 days", "included; thereafter billed"). A one-off charge
        is made once: a time window before its waiver says when the work happens ("the transition work in the
        first twelve weeks is on us"), not how long it is free. An item whose waivers do not lapse never does."""
        if not item.waiver_lapses:
            return False
        start = clause.find(waiver) if item.one_off else 0
        return any(match.end() > start for pattern in self.lapse_re for match in pattern.finditer(clause))

    def named_items(self, text: str) -> list[FeeItem]:
        """The items whose own terms the text uses."""
        return [item for item in self.fees if first_text(item.terms_re, text)]

    @model_validator(mode="after")
    def _unique_ids(self):
        _require_unique([f.id for f in self.fees])
        return self

    waiver_re = compiled_field("waiver_patterns")
    lapse_re = compiled_field("lapse_patterns")
    over_allowance_re = compiled_field("over_allowance_patterns")
    passed_on_re = compiled_field("passed_on_patterns")
    markup_waiver_re = compiled_field("markup_waiver_patterns")
    charge_re = compiled_field("charge_patterns")
    exception_re = compiled_field("exception_patterns")
    container_re = compiled_field("container_patterns")
    early_exit_re = compiled_field("early_exit_patterns")
    credit_re = compiled_field("credit_patterns")
    money_re = compiled_field("money_patterns")


def _require_unique(ids: list[str]) -> None:
    seen = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"duplicate id {item_id!r}")
        seen.add(item_id)


SHARED_CRITERIA_KEYS = ("vague_phrases", "hedges", "generic_specifics", "sectors")


def load_criteria(path: Path = DEFAULT_CRITERIA) -> CriteriaSet:
    """A criteria file that leaves out the shared word lists (vague phrases, hedges, generic specifics, sectors) uses the
    default file's, so a team's own file can hold only its criteria."""
    loaded = load_yaml_model(Path(path), CriteriaSet)
    missing = [key for key in SHARED_CRITERIA_KEYS if key not in loaded.model_fields_set]
    if not missing or Path(path).resolve() == Path(DEFAULT_CRITERIA).resolve():
        return loaded
    defaults = load_yaml_model(Path(DEFAULT_CRITERIA), CriteriaSet)
    return loaded.model_copy(update={key: getattr(defaults, key) for key in missing})


def load_fees(path: Path = DEFAULT_FEES) -> FeeChecklist:
    return load_yaml_model(Path(path), FeeChecklist)


def check_fee_references(criteria: CriteriaSet, fees: FeeChecklist, criteria_file: Path) -> None:
    """Every `limited_by_fees` id names an item of the fee checklist in use: a typo would silently limit nothing."""
    known = {item.id for item in fees.fees}
    for criterion in criteria.criteria:
        unknown = [fee for fee in criterion.limited_by_fees if fee not in known]
        if unknown:
            raise ConfigError(f"{criteria_file}: criterion {criterion.id}: limited_by_fees names {unknown[0]!r}, which is "
                              f"not an item of the fee checklist (items: {', '.join(sorted(known))})")
