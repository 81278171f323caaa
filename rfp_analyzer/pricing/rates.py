"""Rate extraction: the priced items of a proposal (amount, currency, unit) with the page and a verbatim quote.

Two sources, because vendors put prices in both:
- tables, which pypdf flattens to one cell per line ("English / Lisbon / 29.40 / 4,278 / 125,773.20"). A row is a
  run of text cells followed by a run of number cells; the header (up to its currency column, "(USD)") tells which
  number is the rate, and a row whose numbers multiply (rate x quantity = amount) settles it;
- sentences that state an amount with its unit ("The Team Fee is USD 236,500 per month and includes up to ...").

The vocabulary (units, currencies, non-binding markers, header words) is in `criteria/pricing.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path

from pydantic import Field, field_validator

from ..config import DEFAULT_PRICING
from ..ingest.layout import boilerplate_lines, strip_page_furniture
from ..judge.checklists import FeeChecklist
from ..models import Evidence, Sentence, SourceFile
from ..numbers import number
from ..patterns import (
    StrictModel,
    check_pattern_groups,
    check_patterns,
    compile_pattern_groups,
    compile_patterns,
    compiled_groups_field,
    currency_alternation,
    first_match,
    group_of,
    load_yaml_model,
    not_in_word,
)
from ..quotes import quote_of
from ..units import SERVICE_UNITS, UNITS
from ..verify import CitationVerifier

# How the cost model prices a fee (pricing.yaml's fee_treatment documents each).
FEE_TREATMENTS = ("one_time", "per_agent", "recurring", "percent_base", "escalation", "minimum", "premium", "usage",
                  "storage", "risk")
_UNIT_BEFORE = re.compile(r"\b(?:per|each)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$", re.I)  # 'per ticket USD 18.75'
_LINE_ITEM_ID = re.compile(r"^0\d+[A-Z]{0,3}$")  # 'CLIN 0002AB': a row's id, never an amount
MAX_CELL_WORDS = 13  # a longer line is prose, which ends a table


def _patterns(value: list[str]) -> list[str]:
    return check_patterns(value)


class EscalationWords(StrictModel):
    floor: list[str]
    cap: list[str]
    index: list[str]
    delayed: list[str]

    _check = field_validator("floor", "cap", "index", "delayed")(_patterns)

    @cached_property
    def compiled(self) -> dict[str, list[re.Pattern]]:
        return {k: compile_patterns(getattr(self, k)) for k in ("floor", "cap", "index", "delayed")}


class NonBinding(StrictModel):
    markers: list[str]
    context: list[str]
    whole_proposal: list[str]

    _check = field_validator("markers", "context", "whole_proposal")(_patterns)

    @cached_property
    def compiled(self) -> dict[str, list[re.Pattern]]:
        return {k: compile_patterns(getattr(self, k)) for k in ("markers", "context", "whole_proposal")}


class RfpPatterns(StrictModel):
    peak_factor: float = Field(1.2, gt=0)
    patterns: dict[str, list[str]]

    _check_patterns = field_validator("patterns")(check_pattern_groups)

    compiled = compiled_groups_field("patterns")


class PricingVocab(StrictModel):
    version: int = 1
    currencies: dict[str, list[str]]
    amount_markers: list[str] = Field(default_factory=list)  # money, in no one currency: "kr"
    units: dict[str, list[str]]
    total_rows: list[str]
    header_columns: dict[str, list[str]]
    quantity_units: dict[str, list[str]] = Field(default_factory=dict)  # what a quantity column counts -> unit
    nonbinding: NonBinding
    included_volume: list[str]
    quantity_rows: list[str]
    overage: list[str]
    escalation: EscalationWords
    free_period: list[str]
    premium_windows: dict[str, list[str]]
    surge: list[str]
    channels: dict[str, list[str]]
    languages: dict[str, list[str]]
    percent_of_charges: list[str]
    percent_of_rate: list[str]
    replacement: list[str]
    initial: list[str]
    rfp: RfpPatterns
    fee_treatment: dict[str, str] = Field(default_factory=dict)  # fee id -> how the cost model prices it

    @field_validator("fee_treatment")
    @classmethod
    def _known_treatments(cls, treatments: dict[str, str]) -> dict[str, str]:
        unknown = {fee: how for fee, how in treatments.items() if how not in FEE_TREATMENTS}
        if unknown:
            fee, how = next(iter(unknown.items()))
            raise ValueError(f"{fee}: unknown treatment {how!r}; use one of {', '.join(FEE_TREATMENTS)}")
        return treatments

    _check = field_validator("amount_markers", "total_rows", "included_volume", "quantity_rows", "overage",
                             "free_period", "surge", "replacement", "initial", "percent_of_charges",
                             "percent_of_rate")(_patterns)

    _check_groups = field_validator("currencies", "units", "header_columns", "quantity_units", "premium_windows",
                                    "channels", "languages")(check_pattern_groups)

    @field_validator("units", "quantity_units")
    @classmethod
    def _known_units(cls, units: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = [u for u in units if u not in UNITS]
        if unknown:
            raise ValueError(f"unknown unit {unknown[0]!r}; use: {', '.join(UNITS)}")
        return units

    def group(self, name: str) -> dict[str, list[re.Pattern]]:
        return self._groups[name]

    def patterns(self, name: str) -> list[re.Pattern]:
        return self._lists[name]

    @cached_property
    def _groups(self) -> dict[str, dict[str, list[re.Pattern]]]:
        names = ("units", "header_columns", "quantity_units", "premium_windows", "channels", "languages")
        groups = {n: compile_pattern_groups(getattr(self, n)) for n in names}
        groups["currencies"] = {k: [re.compile(not_in_word(p), re.I) for p in v] for k, v in self.currencies.items()}
        return groups

    @cached_property
    def _lists(self) -> dict[str, list[re.Pattern]]:
        return {n: compile_patterns(getattr(self, n)) for n in ("total_rows", "included_volume", "quantity_rows", "overage",
                                                         "free_period", "surge", "replacement", "initial",
                                                         "percent_of_charges", "percent_of_rate")}

    @cached_property
    def currency_marker(self) -> str:
        return currency_alternation(self.currencies)

    @cached_property
    def money_re(self) -> re.Pattern:
        """An amount with its currency before or after it: 'USD 3,180', '$29.40', '29.40 EUR'."""
        cur = self.currency_marker
        return re.compile(rf"(?<![A-Za-z])(?P<c1>{cur})\s?(?P<n1>\d[\d,]*(?:\.\d+)?)(?!\s?%)|"
                          rf"(?P<n2>\d[\d,]*(?:\.\d+)?)\s?(?P<c2>{cur})(?![A-Za-z])", re.I)

    @cached_property
    def number_cell_re(self) -> re.Pattern:
        """A table cell that is an amount or a count, optionally with its unit: '3,180', 'USD 12 per agent seat'.
        A number with a leading zero ('0002', a line-item id) is a label; a footnote mark after it ('29.80 (*)') is
        not."""
        cur = self.currency_marker
        return re.compile(rf"^(?!0\d)(?:(?:{cur})\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:{cur}))?"
                          rf"(?:\s+(?:per|/|a|each)\b.{{0,40}})?(?:\s*(?:\(\*+\)|\*+|\([a-z\d]\)))?$", re.I)


def load_pricing(path: Path = DEFAULT_PRICING) -> PricingVocab:
    return load_yaml_model(Path(path), PricingVocab)


@dataclass(frozen=True)
class Rate:
    """One priced item of a proposal."""

    item: str
    amount: float
    currency: str
    unit: str  # one of UNITS, or "" when the proposal does not say
    file: str
    page: int
    quote: str  # verbatim on `page` of `file`
    source: str = "table"  # table | text
    quantity: float | None = None  # the vendor's own quantity in the same row (FTE, hours, units)
    included: float | None = None  # volume included in a monthly fee
    above: float | None = None  # volume above which this (overage) rate applies
    fee: str = ""  # fee item id of criteria/hidden_fees.yaml when the price is one of its fees
    binding: bool = True
    nonbinding: Evidence | None = None  # the passage that makes it non-binding

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.file, self.page, self.quote)

    def as_dict(self) -> dict:
        data = {k: v for k, v in asdict(self).items() if v not in (None, "") and k != "nonbinding"}
        if self.nonbinding:
            data["nonbinding"] = self.nonbinding.as_dict()
        return data


def captured_number(patterns: list[re.Pattern], text: str) -> float | None:
    match = first_match(patterns, text)
    if not match:
        return None
    groups = [g for g in match.groups() if g and number(g) is not None]
    return number(groups[-1]) if groups else None


# ---- tables ------------------------------------------------------------------------------------------------------
@dataclass
class _Line:
    page: int
    text: str


@dataclass
class _Row:
    texts: list[_Line] = field(default_factory=list)
    numbers: list[_Line] = field(default_factory=list)
    header: list[str] = field(default_factory=list)  # the header cells in force for this row

    @property
    def label(self) -> str:
        """The row's text cells from its line-item id on ('0004 Program Management Office Month'): cells before the
        id are the last cells of a row without a price ('0003 Saturday Surge ... Per 10.5')."""
        start = max((i for i, t in enumerate(self.texts) if _LINE_ITEM_ID.match(t.text)), default=0)
        return " ".join(t.text for t in self.texts[start:])


@dataclass
class _Table:
    before: list[str]  # the prose lines just before the table: "Pricing is per productive hour, ..."
    rows: list[_Row] = field(default_factory=list)


class RateExtractor:
    def __init__(self, vocab: PricingVocab, fees: FeeChecklist) -> None:
        self.vocab = vocab
        self.fees = fees

    def extract(self, files: list[SourceFile], sentences: list[Sentence], verifier: CitationVerifier) -> list[Rate]:
        """Every verified priced item of one vendor, tables first, each marked binding or not."""
        rates = [r for source in files for table in self._tables(source) for r in self._table_rates(source, table)]
        rates += self._text_rates(sentences)
        rates = [r for r in _distinct(rates) if verifier.is_verbatim(r.evidence)]
        return self._mark_nonbinding(rates, sentences)

    # -- flattened tables --
    def _is_prose(self, text: str) -> bool:
        words = len(text.split())
        return words > MAX_CELL_WORDS or (words >= 6 and text.rstrip()[-1:] in ".:;")

    def _tables(self, source: SourceFile) -> list[_Table]:
        skip = boilerplate_lines(source)
        tables: list[_Table] = []
        prose: list[str] = []
        table: _Table | None = None
        row = _Row()
        for page in source.pages:
            for text in strip_page_furniture(page.text.splitlines(), skip):
                # a sentence's last line ('dollars (USD), before taxes.') is prose too, however short
                goes_on = bool(prose) and table is None and prose[-1].rstrip()[-1:] not in ".:;!?"
                if self._is_prose(text) or (goes_on and text.rstrip()[-1:] in ".:;!?"):
                    table, row = None, _Row()
                    prose = (prose + [text])[-3:]
                    continue
                if table is None:
                    table = _Table(before=list(prose))
                    tables.append(table)
                if self.vocab.number_cell_re.match(text):
                    row.numbers.append(_Line(page.number, text))
                    if len(row.numbers) == 1:
                        table.rows.append(row)
                else:
                    if row.numbers:
                        row = _Row()
                    row.texts.append(_Line(page.number, text))
        return [self._with_header(t) for t in tables if t.rows]

    def _with_header(self, table: _Table) -> _Table:
        """Split header cells from row cells. A header ends with its currency column ('Rate (USD)'); one found in a
        later row is a new table run in without prose between, or the header repeated after a page break. Without a
        currency column, the first row keeps as many text cells as the other rows have."""
        if not table.rows:
            return table
        currency_cell = re.compile(rf"\((?:{self.vocab.currency_marker})\)|^(?:{self.vocab.currency_marker})\b", re.I)
        header: list[str] = []
        for row in table.rows:
            last = max((i for i, t in enumerate(row.texts) if currency_cell.search(t.text)), default=None)
            if last is not None:
                # a header cell wrapped onto a second line ('USD per productive' / 'hour') goes on in lower case
                while last + 1 < len(row.texts) - 1 and _continues(row.texts[last + 1].text):
                    last += 1
                header = [t.text for t in row.texts[:last + 1]]
                row.texts = row.texts[last + 1:]
            row.header = header
        first = table.rows[0]
        self._drop_carried_cells(table)
        if not first.header:
            others = sorted(len(r.texts) for r in table.rows[1:])
            keep = others[len(others) // 2] if others else len(first.texts)
            first.header = [t.text for t in first.texts[:len(first.texts) - keep]] if keep < len(first.texts) else []
            first.texts = first.texts[len(first.header):]
            for row in table.rows[1:]:
                row.header = row.header or first.header
        return table

    @staticmethod
    def _drop_carried_cells(table: _Table) -> None:
        """Text cells in a number column ('$41.80 | $41.80 | Note 4 | Note 4 | Note 4': years priced later) come
        after a row's numbers, so the flattened text puts them at the start of the next row. The same cell at the
        start of most rows is such a cell: it leaves the rows' labels."""
        rows = table.rows[1:]
        if len(rows) < 2:
            return
        counts: dict[str, int] = {}
        for row in rows:
            for text in {t.text for t in row.texts}:
                counts[text] = counts.get(text, 0) + 1
        carried = {text for text, n in counts.items() if n * 2 > len(rows)}
        for row in table.rows:
            while len(row.texts) > 1 and row.texts[0].text in carried:
                row.texts.pop(0)

    def _table_rates(self, source: SourceFile, table: _Table) -> list[Rate]:
        rates: list[Rate] = []
        included = None
        amounts: list[float] = []  # the last number of each priced row so far: a row that sums them is a total
        for row in table.rows:
            header = " ".join(row.header)
            currency = self._currency(" ".join([header, *(n.text for n in row.numbers)]))
            label = row.label
            if not currency or not row.texts or first_match(self.vocab.patterns("total_rows"), label):
                continue  # counts or years, not prices; or a total
            values = [number(n.text) for n in row.numbers]
            if first_match(self.vocab.patterns("quantity_rows"), label):
                included = values[0]
                continue
            if _sums(values[-1], amounts):
                continue  # "Evaluated Monthly Price 15,270 $661,377.00": the total of the rows above
            cells = [(v, bool(self._currency(n.text))) for v, n in zip(values, row.numbers)]
            picked = self._rate_and_quantity(cells, self._rate_column_first(row.header))
            if picked is None:
                continue
            amounts.append(values[-1] or 0.0)
            amount, quantity = picked
            row_text = " ".join([label, *(n.text for n in row.numbers)])
            unit = (self._unit(row_text) or self._unit_column(row) or self._header_unit(row.header)
                    or self._unit(*table.before))
            rates.append(Rate(
                item=label, amount=amount, currency=self._currency(row_text) or currency,
                unit=unit, file=source.name, page=row.numbers[0].page,
                quote=self._row_quote(row), quantity=quantity,
                above=captured_number(self.vocab.patterns("overage"), label), fee=self._service_or_fee(unit, row_text)))
        if included is not None:  # the volume included in the table's monthly fee
            rates = [replace(r, included=included) if r.unit == "month" and not r.fee else r for r in rates]
        return rates

    def _unit(self, *texts: str) -> str:
        """The unit named by the first text that names one."""
        return next((unit for text in texts if (unit := group_of(self.vocab.group("units"), text))), "")

    def _unit_column(self, row: _Row) -> str:
        """A 'Unit' column ('Handled contact', 'Month', 'Hour') names what the price is per: it is the row's last
        text cell, just before the price."""
        kinds = [group_of(self.vocab.group("header_columns"), cell) for cell in row.header]
        if "unit" not in kinds or not row.texts:
            return ""
        return self._unit("per " + row.texts[-1].text)

    def _header_unit(self, header: list[str]) -> str:
        """The unit a table header gives its prices: the rate column's own words ('Service (per productive hour)'),
        then what the quantity column counts ('Productive hours per month': the rate is per hour, and 'per month'
        is the quantity's period), then the rest of the header."""
        kinds = [group_of(self.vocab.group("header_columns"), cell) for cell in header]
        rate_cells = [c for c, k in zip(header, kinds) if k == "rate"]
        counted = [c for c, k in zip(header, kinds) if k == "quantity"]
        return (self._unit(*rate_cells)
                or next((u for c in counted if (u := group_of(self.vocab.group("quantity_units"), c))), "")
                or self._unit(" ".join(header)))

    def _rate_column_first(self, header: list[str]) -> bool | None:
        """Whether the rate column comes before the quantity column; None when the header has no rate column."""
        kinds = [group_of(self.vocab.group("header_columns"), cell) for cell in header]
        if "rate" not in kinds:
            return None
        return "quantity" not in kinds or kinds.index("rate") < kinds.index("quantity")

    @staticmethod
    def _rate_and_quantity(cells: list[tuple[float | None, bool]],
                           rate_first: bool | None) -> tuple[float, float | None] | None:
        """The row's rate and the vendor's quantity from its number cells, each (value, written with a currency).
        A cell written as money ('$41.80') is never a quantity: a row of money cells is one price per period
        (CY1, CY2...), whose first is the rate."""
        cells = [(v, money) for v, money in cells if v is not None]
        if rate_first is None or not cells:
            return None
        numbers = [v for v, _ in cells]
        if len(numbers) == 1:
            return numbers[0], None
        # rate x quantity = amount: the pair whose product is a third number is (rate, quantity) in header order
        for i in range(len(cells) - 2):
            (a, a_money), (b, b_money), (total, _) = cells[i:i + 3]
            if total and abs(a * b - total) <= 0.01 * total:
                if a_money != b_money:
                    return (a, b) if a_money else (b, a)
                return (a, b) if rate_first else (b, a)
        money = [v for v, is_money in cells if is_money]
        counts = [v for v, is_money in cells if not is_money]
        if money:
            return money[0], counts[0] if counts else None
        return (numbers[0], numbers[1]) if rate_first else (numbers[1], numbers[0])

    def _row_quote(self, row: _Row) -> str:
        """The row's cells on the page of its first number, in page order: verbatim modulo whitespace."""
        page = row.numbers[0].page
        return " ".join(line.text for line in row.texts + row.numbers if line.page == page)

    # -- sentences --
    def _text_rates(self, sentences: list[Sentence]) -> list[Rate]:
        rates = []
        for sentence in sentences:
            for clause in re.split(r";\s+", sentence.text):
                for match in self.vocab.money_re.finditer(clause):
                    rate = self._clause_rate(sentence, clause, match)
                    if rate:
                        rates.append(rate)
        return rates

    def _clause_rate(self, sentence: Sentence, clause: str, match: re.Match) -> Rate | None:
        after = clause[match.end():match.end() + 60].split(",")[0]
        # the clause names the unit ("each contact above 32,000 is billed at USD 5.20") only when no other amount
        # in it could own that unit
        alone = len(self.vocab.money_re.findall(clause)) == 1
        just_before = _UNIT_BEFORE.search(clause[max(0, match.start() - 40):match.start()])
        unit = self._unit(after, just_before.group(0) if just_before else "", clause if alone else "")
        if not unit:
            return None  # an amount without a unit is not a price ("revenue of USD 182 million")
        amount = number(match.group("n1") or match.group("n2"))
        span = quote_of(sentence, match.group(0))
        included = captured_number(self.vocab.patterns("included_volume"), clause)
        return Rate(item=_words_around(clause, match), amount=amount, currency=self._currency(match.group(0)), unit=unit,
                    file=span.file, page=span.page, quote=span.text, source="text", included=included,
                    above=captured_number(self.vocab.patterns("overage"), clause[:match.start()] or clause),
                    fee=self._text_fee(unit, clause, sentence.text, included)
                    if not self._names_language(unit, clause) else "")

    def _text_fee(self, unit: str, clause: str, sentence: str, included: float | None) -> str:
        """The fee a price in a sentence belongs to. A service price (per FTE, hour, contact, or a monthly fee that
        includes a volume) in a clause that names no fee is the service charge, whatever the rest of the sentence
        says; other prices take the fee the sentence names."""
        if unit in SERVICE_UNITS and (included is not None or not self._fee_of(clause)):
            return ""
        return self._fee_of(clause) or self._fee_of(sentence)

    # -- shared --
    def _service_or_fee(self, unit: str, text: str) -> str:
        """The fee a table row's price belongs to, or '' for the service charge: a rate per FTE, hour or contact for
        one language ('Travel consultant - German per hour') is a line of the rate card, whatever else its label
        says."""
        return "" if self._names_language(unit, text) else self._fee_of(text)

    def _names_language(self, unit: str, text: str) -> bool:
        return unit in ("fte_month", "hour", "contact") and bool(group_of(self.vocab.group("languages"), text))

    def _currency(self, text: str) -> str:
        return group_of(self.vocab.group("currencies"), text)

    def _fee_of(self, text: str) -> str:
        """The fee item a price belongs to (set-up, training, licences...), or '' for a service rate."""
        return next((f.id for f in self.fees.fees if first_match(f.terms_re, text)), "")

    def _mark_nonbinding(self, rates: list[Rate], sentences: list[Sentence]) -> list[Rate]:
        words = self.vocab.nonbinding.compiled
        whole: Evidence | None = None
        by_page: dict[tuple[str, int], Evidence] = {}
        for sentence in sentences:
            text = sentence.text
            if not (first_match(words["markers"], text) and first_match(words["context"], text)):
                continue
            marker = first_match(words["markers"], text).group(0)
            span = quote_of(sentence, marker)
            evidence = Evidence(span.file, span.page, span.text)
            if first_match(words["whole_proposal"], text):
                whole = whole or evidence
            by_page.setdefault((span.file, span.page), evidence)
        return [replace(r, binding=False, nonbinding=found) if (found := by_page.get((r.file, r.page)) or whole) else r
                for r in rates]


def _words_around(clause: str, match: re.Match, before: int = 7, after: int = 5) -> str:
    """A short label for a price in a sentence: the words just before the amount, the amount, its unit."""
    head = clause[:match.start()].split()[-before:]
    tail = clause[match.end():].split()[:after]
    return " ".join(head + [match.group(0)] + tail).strip(" ,.;")


def _distinct(rates: list[Rate]) -> list[Rate]:
    """One rate per (amount, unit): a price in a table and again in a sentence is one price, the first found; a
    repeat that states the vendor's quantity ('English 9,620 hours $41.80') lends it to the first."""
    kept: dict[tuple[float, str], int] = {}
    out: list[Rate] = []
    for rate in rates:
        key = (rate.amount, rate.unit)
        if key not in kept:
            kept[key] = len(out)
            out.append(rate)
        elif out[kept[key]].quantity is None and rate.quantity is not None:
            out[kept[key]] = replace(out[kept[key]], quantity=rate.quantity)
    return out


def _continues(text: str) -> bool:
    """A line that carries on the cell above it: it starts in lower case and is a word or two."""
    return text[:1].islower() and len(text.split()) <= 2


def _sums(value: float | None, above: list[float]) -> bool:
    """Whether a row's last number is the sum of the last numbers of two or more rows above it."""
    return bool(value) and len(above) >= 2 and abs(sum(above) - value) <= 0.005 * value
