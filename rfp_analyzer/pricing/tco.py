"""Total cost of ownership per vendor over the term of the buyer's scenario.

The service charge is normalized from the vendor's pricing model (per FTE, per productive hour, per contact, or
a monthly fee with included contacts and an overage rate) to the scenario's volumes, month by month (growth at
each anniversary, seasonality by calendar month). Every hidden fee the judge found present is then priced from
its verified quote: one-time fees, training per agent, pass-through seats, a management percentage, escalation
compounding from its start year, the minimum-commitment shortfall in low months, premiums on the share of volume
in premium hours or above a surge threshold, storage after a free period. A fee whose amount is not stated, or
whose quantity the scenario does not give, is an unpriced risk: it is listed with its quote, never guessed.

Each cost line is unit price x quantity per contract year, so a reviewer can redo it (and comparison.xlsx does).

Which handler prices a fee comes from its `treatment` in pricing.yaml, never from its id: a team that renames a fee
or adds one keeps it costed. A handler returns priced lines, or `Unpriced` with the reason the total leaves it out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Literal

from ..amounts import AMOUNT_PATTERNS
from ..judge.checklists import FeeChecklist
from ..models import Evidence, Finding
from ..numbers import number
from ..patterns import first_match, group_of, groups_in
from ..units import MODEL_NAMES, SERVICE_UNITS, UNIT_WORDS
from .rates import PricingVocab, Rate, captured_number
from .scenario import Scenario

WEEKS_PER_MONTH = 52 / 12
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?%")
_MULTIPLIER = re.compile(r"\b(\d+(?:\.\d+)?)\s?(?:x|times)\b", re.IGNORECASE)
_WEEKS = re.compile(r"\b(\w+)[- ]weeks?\b", re.IGNORECASE)
_CLAUSES = re.compile(r"(?<=[.;])\s+(?=[A-Z(])|;\s+")


@dataclass
class CostLine:
    label: str
    kind: str  # service | escalation | fee
    unit: str  # what the unit price is per, in words
    unit_price: list[float]  # per contract year
    quantity: list[float]  # per contract year
    basis: str  # how the quantity follows from the scenario
    evidence: list[Evidence] = field(default_factory=list)
    fee: str = ""
    binding: bool = True
    monthly: list[float] = field(default_factory=list, repr=False)  # quantity per contract month
    rates: list[Rate] = field(default_factory=list, repr=False)  # the prices it is computed from

    @property
    def yearly(self) -> list[float]:
        return [p * q for p, q in zip(self.unit_price, self.quantity)]

    @property
    def total(self) -> float:
        return sum(self.yearly)

    def as_dict(self) -> dict:
        return {"label": self.label, "kind": self.kind, "fee": self.fee, "unit": self.unit,
                "unit_price": [round(p, 6) for p in self.unit_price], "quantity": [round(q, 4) for q in self.quantity],
                "yearly": [round(v, 2) for v in self.yearly], "total": round(self.total, 2), "basis": self.basis,
                "binding": self.binding, "evidence": [e.as_dict() for e in self.evidence]}


@dataclass
class Risk:
    """A cost the total does not include: no amount stated, a quantity the scenario does not give, or contingent."""

    title: str
    reason: str  # for the reviewer: why the total leaves it out
    evidence: list[Evidence] = field(default_factory=list)
    fee: str = ""
    question: str = ""  # for the vendor, when the risk is not one of the checklist's fees (which have their own)

    def as_dict(self) -> dict:
        return {"fee": self.fee, "title": self.title, "reason": self.reason, "question": self.question,
                "evidence": [e.as_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Unpriced:
    """What a fee handler returns when it cannot price the fee: the total leaves it out, for this reason."""

    reason: str


@dataclass(frozen=True)
class Sensitivity:
    """A what-if applied on top of the buyer's scenario: volumes (and FTE) scaled, escalation at its floor or cap."""

    volume_scale: float = 1.0
    escalation_case: Literal["expected", "low", "high"] = "expected"


@dataclass
class VendorTCO:
    model: str  # fte_month | hour | contact | month (a monthly fee with included volume) | none
    currency: str
    years: int
    lines: list[CostLine] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    rates: list[Rate] = field(default_factory=list, repr=False)  # every price of the vendor, for the fee handlers
    checks: list[str] = field(default_factory=list)  # why the total cannot be ranked (sanity checks)

    @property
    def yearly(self) -> list[float]:
        return [sum(line.yearly[y] for line in self.lines) for y in range(self.years)]

    @property
    def ranked(self) -> bool:
        return bool(self.lines) and not self.checks

    @property
    def total(self) -> float:
        return sum(self.yearly)

    @property
    def binding(self) -> bool:
        return all(line.binding for line in self.lines)

    def as_dict(self) -> dict:
        return {"model": self.model, "currency": self.currency, "years": self.years,
                "total": round(self.total, 2), "yearly": [round(v, 2) for v in self.yearly], "binding": self.binding,
                "lines": [line.as_dict() for line in self.lines], "risks": [r.as_dict() for r in self.risks]} | (
                    {"checks": self.checks} if self.checks else {})



class _Calendar:
    """Contract months 0..term-1: year, growth, seasonality, and the scenario's drivers per month."""

    def __init__(self, scenario: Scenario, volume_scale: float) -> None:
        self.s = scenario
        self.volume_scale = volume_scale
        self.months = range(scenario.term_months)
        self.years = math.ceil(scenario.term_months / 12)

    def year(self, m: int) -> int:
        return m // 12

    def season(self, m: int) -> float:
        return self.s.seasonality.get((self.s.start_month - 1 + m) % 12 + 1, 1.0)

    def growth(self, m: int) -> float:
        return (1 + self.s.growth_per_year) ** self.year(m) * self.volume_scale

    def volume(self, m: int) -> float:
        return self.growth(m) * self.season(m)

    def by_year(self, monthly: list[float]) -> list[float]:
        out = [0.0] * self.years
        for m, value in enumerate(monthly):
            out[self.year(m)] += value
        return out


class TCOModel:
    def __init__(self, vocab: PricingVocab, fees: FeeChecklist, scenario: Scenario,
                 case: Sensitivity = Sensitivity()) -> None:
        self.vocab = vocab
        self.checklist = fees
        self.fees = {f.id: f for f in fees.fees}
        self.s = scenario
        self.case = case
        self.cal = _Calendar(scenario, case.volume_scale)
        self.handlers = {"one_time": self._one_time, "per_agent": self._per_agent, "recurring": self._recurring,
                         "percent_base": self._percent_base, "minimum": self._minimum, "premium": self._premium,
                         "usage": self._usage, "storage": self._storage, "risk": self._contingent}

    # ---- entry point ---------------------------------------------------------------------------------------------
    def vendor_tco(self, rates: list[Rate], fee_findings: list[Finding]) -> VendorTCO:
        service = [r for r in rates if not r.fee and r.unit in SERVICE_UNITS]
        model = self._model(service)
        tco = VendorTCO(model, self.s.currency, self.cal.years, rates=rates)
        lines, monthly = self._service(model, [r for r in service if r.unit in (model, "contact")], tco.risks)
        tco.lines += lines
        if model != "month":
            monthly = self._fixed_monthly(service, tco, monthly)
        present = [f for f in fee_findings if f.status == "present"]
        escalating = [f for f in present if self.treatment(f.id) == "escalation"]
        factors = self._escalation(escalating[0] if escalating else None, tco)
        escalated = [v * factors[self.cal.year(m)] for m, v in enumerate(monthly)]
        for finding in present:
            if finding not in escalating:
                self._fee(finding, [r for r in rates if r.fee == finding.id], escalated, tco)
        if model == "none":
            tco.risks.insert(0, Risk("Service charge", "no service rate (per FTE, hour, contact or month) was found "
                                     "in the proposal, so the total covers fees only"))
        self._unconverted(tco)
        tco.checks = self._sanity(tco)
        return tco

    def _sanity(self, tco: VendorTCO) -> list[str]:
        """Reasons a total is not comparable: no service charge priced (the total is fees only), or a monthly
        amount the vendor states that is larger than the whole total (a rate read with the wrong unit, or a
        driver the scenario lacks)."""
        checks = []
        if not any(line.kind == "service" for line in tco.lines):
            why = "" if tco.model == "none" else next(
                (r.reason for r in tco.risks if r.title.startswith("Service charge")), "")
            checks.append("no service charge could be priced for this scenario" + (f" ({why})" if why else "")
                          + ": the total covers fees only")
        monthly = [r for r in tco.rates if r.unit == "month" and not math.isnan(self._in_currency(r))]
        largest = max(monthly, key=self._in_currency, default=None)
        if largest is not None and self._in_currency(largest) > tco.total:
            checks.append(f"implausible: the proposal states {largest.currency} {largest.amount:,.2f} a month "
                          f"({largest.item[:60]}), more than the whole {self.s.term_months}-month total")
        return checks

    @staticmethod
    def _model(service: list[Rate]) -> str:
        """The vendor's pricing model: a monthly fee when one includes a volume (or an overage rate prices the
        contacts above it), else the unit of most of its service rates (per FTE, hour or contact; ties in that
        order), else a monthly fee, else none."""
        if any(r.unit == "month" and r.included is not None for r in service) or (
                any(r.unit == "month" for r in service)
                and any(r.unit == "contact" and r.above is not None for r in service)):
            return "month"
        counts = {u: sum(r.unit == u for r in service) for u in ("fte_month", "hour", "contact")}
        if max(counts.values()):
            return max(counts, key=lambda u: (counts[u], -list(counts).index(u)))
        return "month" if any(r.unit == "month" for r in service) else "none"

    def _fixed_monthly(self, service: list[Rate], tco: VendorTCO, monthly: list[float]) -> list[float]:
        """Fixed monthly charges beside a per-unit service charge ('Program Management Office | Month | 41,250'):
        a table row is a charge and is added every month; an amount per month stated in a sentence may be an
        estimate of the same charges ('7,900 hours a month, or roughly $475,000 a month'), so it is listed, not
        added."""
        for rate in (r for r in service if r.unit == "month"):
            if rate.source == "table":
                line = self._line(rate.item, "service", "month", self._in_currency(rate),
                                  [1.0] * len(self.cal.months), "a fixed charge every month", [rate])
                tco.lines.append(line)
                monthly = [m + line.unit_price[0] for m in monthly]
            else:
                tco.risks.append(Risk("Monthly amount", f"{rate.currency} {rate.amount:,.2f} per month stated in a "
                                      "sentence, beside a per-unit price: not added (it may be an estimate of the "
                                      "same charges)", [rate.evidence]))
        return monthly

    def _unconverted(self, tco: VendorTCO) -> None:
        """A line priced in a currency the scenario gives no exchange rate for leaves the total, as a risk."""
        for line in [ln for ln in tco.lines if math.isnan(ln.total)]:
            tco.lines.remove(line)
            foreign = sorted({r.currency for r in line.rates} | {
                c for e in line.evidence for c in [self._currency_of(e.quote)] if c and c != self.s.currency})
            title = f"Service charge: {line.label}" if line.kind == "service" else line.label
            tco.risks.append(Risk(title, f"priced in {', '.join(foreign) or 'another currency'}; the scenario "
                                  f"gives no exchange rate (fx) to {self.s.currency}: not in the total",
                                  line.evidence, line.fee))

    def _currency_of(self, text: str) -> str:
        return group_of(self.vocab.group("currencies"), text)

    # ---- the service charge ------------------------------------------------------------------------------------
    def _service(self, model: str, rates: list[Rate], risks: list[Risk]) -> tuple[list[CostLine], list[float]]:
        if model == "none":
            return [], [0.0] * len(self.cal.months)
        if model == "contact":
            return self._per_contact(rates, risks)
        if model == "month":
            return self._monthly_fee(rates, risks)
        priced = [r for r in rates if r.unit == model]
        staffing = self.s.staffing()
        if staffing is None:
            what = "FTE" if model == "fte_month" else "FTE or hours (nor volumes with handle times)"
            risks.append(Risk("Service charge", f"priced {MODEL_NAMES[model]}, but the scenario gives no {what}: "
                              "not priced", [priced[0].evidence]))
            return [], [0.0] * len(self.cal.months)
        fte, how_staffed = staffing
        driver = self._fte_driver(fte) if model == "fte_month" else self._hour_driver(fte)
        price, how = self._blended(priced) if all(r.quantity for r in priced) else (
            self._allocated(priced) or self._blended(priced))
        unit = "FTE-month" if model == "fte_month" else "productive hour"
        basis = (f"{how}; {how_staffed}" + (f" x {self.case.volume_scale:g}" if self.case.volume_scale != 1 else "")
                 + (f" x {self.s.productive_hours_per_fte:g} productive hours per FTE-month" if model == "hour" else "")
                 + self._growth_words(model == "hour"))
        line = self._line("Service charge", "service", unit, price, driver, basis, priced)
        return [line], [price * q for q in driver]

    def _fte_driver(self, fte: float) -> list[float]:
        return [fte * self.cal.growth(m) for m in self.cal.months]

    def _hour_driver(self, fte: float) -> list[float]:
        return [fte * self.s.productive_hours_per_fte * self.cal.volume(m) for m in self.cal.months]

    def _growth_words(self, seasonal: bool) -> str:
        words = []
        if self.s.growth_per_year:
            words.append(f"+{self.s.growth_per_year:.0%} a year")
        if seasonal and self.s.seasonality:
            words.append("seasonality " + ", ".join(f"month {m}: x{f:g}" for m, f in sorted(self.s.seasonality.items())))
        return ("; " + "; ".join(words)) if words else ""

    def _allocated(self, rates: list[Rate]) -> tuple[float, str] | None:
        """One price for hourly or FTE rates by service line or language ('English - UI, SNAP', 'Vietnamese'): each
        of the scenario's volumes (and its languages) takes the rate that matches it, as per-contact rates do,
        weighted by its handling hours (contacts x handle time). None when the volumes give no handle times or a
        volume matches no rate."""
        if len(rates) < 2 or self.s.workload_hours is None:
            return None
        weighted, weight = 0.0, 0.0
        for volume in self.s.volumes:
            for language, share in (volume.languages or {"": 1.0}).items():
                rate = self._match(rates, volume.channel, volume.name, language)
                if rate is None:
                    return None
                hours = volume.contacts * share * (volume.handle_minutes or 0.0)
                weighted += self._in_currency(rate) * hours
                weight += hours
        if not weight:
            return None
        return weighted / weight, (f"{len(rates)} rates matched to the scenario's service lines and languages, "
                                   "weighted by their handling hours")

    def _blended(self, rates: list[Rate]) -> tuple[float, str]:
        """One price for rates by role or language: weighted by the vendor's own quantities when every row has one."""
        if len(rates) == 1:
            return self._in_currency(rates[0]), "the rate"
        if all(r.quantity for r in rates):
            weight = sum(r.quantity for r in rates)
            price = sum(self._in_currency(r) * r.quantity for r in rates) / weight
            return price, f"blend of {len(rates)} rates weighted by the vendor's own quantities ({weight:,.0f})"
        return sum(self._in_currency(r) for r in rates) / len(rates), f"simple average of {len(rates)} rates"

    def _per_contact(self, rates: list[Rate], risks: list[Risk]) -> tuple[list[CostLine], list[float]]:
        if not self.s.volumes:
            risks.append(Risk("Service charge", "priced per contact, but the scenario gives no contact volumes",
                              [rates[0].evidence]))
            return [], [0.0] * len(self.cal.months)
        by_rate: dict[int, list[float]] = {}
        for volume in self.s.volumes:
            for language, share in (volume.languages or {"": 1.0}).items():
                rate = self._match(rates, volume.channel, volume.name, language)
                if rate is None:
                    what = f"{volume.name or volume.channel}{' in ' + language.title() if language else ''}"
                    risks.append(Risk("Service charge", f"no rate found for {what} ({volume.contacts * share:,.0f} "
                                      "contacts a month): not priced", question=f"Please quote a rate for {what} "
                                      f"(about {volume.contacts * share:,.0f} contacts a month), or confirm it is "
                                      "out of your scope."))
                    continue
                monthly = [volume.contacts * share * self.cal.volume(m) for m in self.cal.months]
                total = by_rate.setdefault(id(rate), [0.0] * len(monthly))
                by_rate[id(rate)] = [a + b for a, b in zip(total, monthly)]
        lines, costs = [], [0.0] * len(self.cal.months)
        for rate in rates:
            if id(rate) in by_rate:
                quantity = by_rate[id(rate)]
                price = self._in_currency(rate)
                lines.append(self._line(rate.item, "service", "contact", price, quantity,
                                        "scenario contacts matched by channel and language" + self._growth_words(True),
                                        [rate]))
                costs = [c + price * q for c, q in zip(costs, quantity)]
        return lines, costs

    def _match(self, rates: list[Rate], channel: str, name: str, language: str) -> Rate | None:
        """The rate for a volume: its label names the volume's language or none; when labels name service lines
        ("FNOL", "Claims status") it must share a word with the volume's name; then the best channel match wins."""
        languages = self.vocab.group("languages")
        channels = self.vocab.group("channels")
        base = [r for r in rates if r.above is None]  # an overage rate is not the rate of the base volume
        by_line = any(_shared_words(name, r.item) for r in base)  # labels name service lines, and this one
        base = [r for r in base if not language or language in groups_in(languages, r.item)
                or not groups_in(languages, r.item)]
        if by_line:  # a rate of this service line, or one for this language on every line ('Vietnamese - all
            #          contact types'); another line's rate is no match ('Callbacks' for Vietnamese enquiries)
            base = [r for r in base if _shared_words(name, r.item)] or [
                r for r in base if language and language in groups_in(languages, r.item)]
        best, best_score = None, 0
        for rate in base:
            named = groups_in(languages, rate.item)
            if named and language and language not in named:
                continue
            score = 2 * (channel in groups_in(channels, rate.item)) + _shared_words(name, rate.item) + bool(named) + 1
            if score > best_score:
                best, best_score = rate, score
        return best

    def _monthly_fee(self, rates: list[Rate], risks: list[Risk]) -> tuple[list[CostLine], list[float]]:
        fee = next(r for r in rates if r.unit == "month")
        price = self._in_currency(fee)
        lines = [self._line(fee.item, "service", "month", price, [1.0] * len(self.cal.months), "every month", [fee])]
        costs = [price] * len(self.cal.months)
        overage = next((r for r in rates if r.unit == "contact" and r.above is not None), None)
        included = fee.included or (overage.above if overage else None)
        if overage and included is not None:
            if not self.s.volumes:
                risks.append(Risk("Contacts above the included volume", "the scenario gives no contact volumes",
                                  [overage.evidence]))
            else:
                contacts = [self.s.contacts_per_month * self.cal.volume(m) for m in self.cal.months]
                extra = [max(0.0, c - included) for c in contacts]
                rate = self._in_currency(overage)
                lines.append(self._line(overage.item, "service", "contact", rate, extra,
                                        f"scenario contacts above {included:,.0f} a month" + self._growth_words(True),
                                        [overage, fee]))
                costs = [c + rate * e for c, e in zip(costs, extra)]
        return lines, costs

    # ---- escalation ----------------------------------------------------------------------------------------------
    def _escalation(self, finding: Finding | None, tco: VendorTCO) -> list[float]:
        """Yearly price factors (1.0, 1.04, 1.0816, ...), and the escalation line on the service charge."""
        flat = [1.0] * self.cal.years
        if finding is None:
            return flat
        words = self.vocab.escalation.compiled
        found = self._clause(finding, _PERCENT) or self._clause(finding, words["index"])
        if found is None:
            tco.risks.append(Risk(self._title(finding.id), "escalation with no stated rate", finding.evidence,
                                  finding.id))
            return flat
        quote, clause = found
        rate, how = self._escalation_rate(clause)
        start = int(captured_number(words["delayed"], quote.quote) or 1)
        factors = [(1 + rate) ** max(0, y - start + 1) for y in range(self.cal.years)]
        service = tco.lines[:]
        base = [sum(line.yearly[y] for line in service) for y in range(self.cal.years)]
        tco.lines.append(CostLine(f"Escalation: {how}", "escalation", "of the service charge",
                                  [f - 1 for f in factors], base,
                                  f"compounding yearly from year {start + 1}; unit price = cumulative rise that year",
                                  [quote], finding.id))
        return factors

    def _escalation_rate(self, quote: str) -> tuple[float, str]:
        words = self.vocab.escalation.compiled
        percents = [float(p) / 100 for p in _PERCENT.findall(quote)]
        indexed = bool(first_match(words["index"], quote))
        floor = min(percents) if percents and first_match(words["floor"], quote) else None
        cap = max(percents) if percents and first_match(words["cap"], quote) else None
        if not indexed or (floor is None and cap is None and percents):
            fixed = percents[0] if percents else self.s.index_rate
            return fixed, f"{fixed:.1%} a year"
        low = floor if floor is not None else 0.0
        high = cap if cap is not None else max(self.s.index_high, low)
        expected = min(max(self.s.index_rate, low), high)
        chosen = {"expected": expected, "low": low, "high": high}[self.case.escalation_case]
        bounds = ", ".join(b for b in (f"floor {floor:.1%}" if floor is not None else "",
                                       f"cap {cap:.1%}" if cap is not None else "") if b)
        return chosen, f"index-linked ({bounds or 'no floor or cap'}), {chosen:.1%} a year assumed"

    # ---- fees ------------------------------------------------------------------------------------------------------
    def treatment(self, fee_id: str) -> str:
        """How pricing.yaml says to cost the fee; a fee it does not name is a risk, listed but not costed."""
        return self.vocab.fee_treatment.get(fee_id, "risk")

    def _fee(self, finding: Finding, rates: list[Rate], service: list[float], tco: VendorTCO) -> None:
        fee_id = finding.id
        result = self.handlers[self.treatment(fee_id)](finding, rates, service, tco)
        if isinstance(result, Unpriced):
            evidence = [r.evidence for r in rates] or finding.evidence
            tco.risks.append(Risk(self._title(fee_id), result.reason + _amount_note(finding), evidence, fee_id))
            return
        used = [id(rate) for line in result for rate in line.rates]
        for rate in (r for r in rates if used and id(r) not in used):  # another price of it, with no quantity
            tco.risks.append(Risk(self._title(fee_id), f"{rate.currency} {rate.amount:,.2f} "
                                  f"{UNIT_WORDS.get(rate.unit, rate.unit)}: not in the total (no quantity)",
                                  [rate.evidence], fee_id))
        free = self._waived_months(finding)
        for line in result:
            line.fee = fee_id
            if free and line.monthly:
                line.monthly[:free] = [0.0] * min(free, len(line.monthly))
                line.quantity = self.cal.by_year(line.monthly)
                line.basis += f"; waived in the first {free} months"
            tco.lines.append(line)
        at_cost = self._clause(finding, AMOUNT_PATTERNS["at_cost"])
        billed = AMOUNT_PATTERNS["at_cost"].search(at_cost[1]) if at_cost else None
        # "at cost, currently USD 140 per seat" is priced; "USD 165 per seat, and telephony at carrier cost" is not
        if billed and not AMOUNT_PATTERNS["money"].search(at_cost[1][billed.end():]):
            billed = billed.group(0)
            tco.risks.append(Risk(self._title(fee_id), f"part of it is billed {billed}: not in the total",
                                  [at_cost[0]], fee_id))

    def _clause(self, finding: Finding, pattern: re.Pattern | list[re.Pattern]) -> tuple[Evidence, str] | None:
        """The first clause of the finding's quotes that names the fee item and matches `pattern` (a percentage, a
        multiplier): a quote can hold other amounts ("payable 50% at signature" next to "a PMO fee of 6%")."""
        item = self.fees.get(finding.id)
        patterns = pattern if isinstance(pattern, list) else [pattern]
        clauses = [(e, c) for e in finding.evidence for c in _CLAUSES.split(e.quote) if first_match(patterns, c)]
        named = [(e, c) for e, c in clauses if item and first_match(item.terms_re, c)]
        return (named or clauses or [None])[0]

    def _fee_label(self, finding: Finding, rate: Rate, detail: str = "") -> str:
        """'Training fee: USD 850 (replacement agents)': the checklist's name, then the quoted amount."""
        amount = f"{rate.amount:,.2f}".removesuffix(".00") if rate.amount >= 1 else f"{rate.amount:g}"
        return f"{self._title(finding.id)}: {rate.currency} {amount}" + (f" ({detail})" if detail else "")

    def _title(self, fee_id: str) -> str:
        item = self.fees.get(fee_id)
        return item.title if item else fee_id

    def _one_time(self, finding, rates, service, tco) -> list[CostLine] | Unpriced:
        priced = [r for r in rates if r.unit == "one_time"]
        if not priced:
            return _no_price(finding)
        return [self._line(self._fee_label(finding, r), "fee", "once", self._in_currency(r), self._first_year_only(1.0),
                           "once, in year 1", [r]) for r in priced]

    def _contingent(self, finding, rates, service, tco) -> Unpriced:
        return Unpriced("contingent cost, not part of the expected total")

    def _first_year_only(self, value: float) -> list[float]:
        return [value] + [0.0] * (len(self.cal.months) - 1)

    def _per_agent(self, finding, rates, service, tco) -> list[CostLine] | Unpriced:
        staffing = self.s.staffing()
        if staffing is None:
            return Unpriced("priced per agent, but the scenario gives no FTE (nor volumes with handle times)")
        fte = staffing[0]
        initial = self._first_year_only(fte * self.case.volume_scale)
        replaced = [fte * self.cal.growth(m) * self.s.attrition_per_year / 12 for m in self.cal.months]
        lines = []
        for rate in (r for r in rates if r.unit == "agent"):
            said = self._agents_of(rate)
            for kind in (said,) if said else ("initial", "replacement"):
                quantity, basis = (initial, "the initial team, once") if kind == "initial" else (
                    replaced, f"replacement agents at {self.s.attrition_per_year:.0%} attrition a year")
                lines.append(self._line(self._fee_label(finding, rate, f"{kind} agents"), "fee", "agent trained",
                                        self._in_currency(rate), quantity, basis, [rate]))
        if not lines:
            return self._percent_of_fte_rate(finding, replaced, tco)
        return lines

    def _agents_of(self, rate: Rate) -> str:
        """'replacement' or 'initial' when the words just before the price say which agents it trains, else ''."""
        text = rate.quote.casefold()
        at = text.find(f"{rate.amount:,.2f}".rstrip("0").rstrip("."))
        before = text[max(0, at - 80):at] if at >= 0 else text
        return next((kind for kind in ("replacement", "initial") if first_match(self.vocab.patterns(kind), before)), "")

    def _percent_of_fte_rate(self, finding: Finding, replaced: list[float], tco: VendorTCO) -> list[CostLine] | Unpriced:
        """'Replacement agents are billed at 75% of the monthly FTE rate during their four-week training'."""
        service = next((line for line in tco.lines if line.kind == "service" and line.unit == "FTE-month"), None)
        found = self._clause(finding, self.vocab.patterns("percent_of_rate"))
        if service is None or found is None:
            return _no_price(finding)
        quote, clause = found
        share = float(_PERCENT.search(clause).group(1)) / 100
        weeks = _WEEKS.search(clause)
        months = (number(weeks.group(1)) or WEEKS_PER_MONTH) / WEEKS_PER_MONTH if weeks else 1.0
        price = share * service.unit_price[0] * months
        return [self._make("Training of replacement agents", "fee", "agent trained", price, replaced,
                           f"{share:.0%} of the FTE rate for {months:.2f} months per replacement agent, at "
                           f"{self.s.attrition_per_year:.0%} attrition a year", [quote])]

    def _recurring(self, finding, rates, service, tco) -> list[CostLine] | Unpriced:
        lines = []
        for rate in rates:
            if rate.unit == "seat_month":
                staffing = self.s.staffing()
                if staffing is None:
                    return Unpriced("priced per seat, but the scenario gives no FTE (nor volumes with handle times)")
                seats = [staffing[0] * self.s.seats_per_fte * self.cal.growth(m) for m in self.cal.months]
                lines.append(self._line(self._fee_label(finding, rate), "fee", "seat-month", self._in_currency(rate), seats,
                                        f"{self.s.seats_per_fte:g} seat per FTE" + self._growth_words(False), [rate]))
            elif rate.unit == "month":
                lines.append(self._line(self._fee_label(finding, rate), "fee", "month", self._in_currency(rate),
                                        [1.0] * len(self.cal.months), "every month", [rate]))
        return lines or _no_price(finding)

    def _percent_base(self, finding, rates, service, tco) -> list[CostLine] | Unpriced:
        found = self._clause(finding, self.vocab.patterns("percent_of_charges"))
        if found is None:  # a fixed amount instead ('Program Management Office | Month | 41,250')
            return self._recurring(finding, rates, service, tco)
        quote, clause = found
        share = float(_PERCENT.search(first_match(self.vocab.patterns("percent_of_charges"), clause).group(0)).group(1)) / 100
        return [self._make(self._title(finding.id), "fee", "of the service charge", share, service,
                           f"{share:.1%} of the service charge incl. escalation", [quote])]

    def _minimum(self, finding, rates, service, tco) -> list[CostLine] | Unpriced:
        priced = [r for r in rates if r.unit == "month"] or [
            r for r in tco.rates if r.unit == "month" and _states(finding, r.amount)]
        if not priced:
            return _no_price(finding)
        minimum = max(self._in_currency(r) for r in priced)
        shortfall = [max(0.0, minimum - cost) for cost in service]
        below = sum(1 for s in shortfall if s > 0)
        return [self._make(f"Minimum commitment shortfall (minimum {minimum:,.0f} a month)", "fee", "shortfall", 1.0,
                           shortfall, f"{below} of {len(service)} months below the minimum", [priced[0].evidence])]

    def _premium(self, finding, rates, service, tco) -> list[CostLine] | Unpriced:
        item = self.fees.get(finding.id)
        for evidence, quote in ((e, c) for e in finding.evidence for c in _CLAUSES.split(e.quote)
                                if not item or first_match(item.terms_re, c) or _MULTIPLIER.search(c)):
            multiplier = _MULTIPLIER.search(quote)
            uplift = None if multiplier else _PERCENT.search(quote)
            if not (multiplier or uplift):
                continue
            extra = float(multiplier.group(1)) - 1 if multiplier else _uplift(float(uplift.group(1)))
            threshold = captured_number(self.vocab.patterns("surge"), quote)
            if threshold is not None:
                limit = threshold / 100
                shares = [max(0.0, self.cal.season(m) - limit) / self.cal.season(m) for m in self.cal.months]
                basis = f"volume above {threshold:g}% of a flat forecast in peak months"
            else:
                windows = groups_in(self.vocab.group("premium_windows"), quote)
                if not windows:
                    continue
                share = sum(self.s.premium_share.get(w, 0.0) for w in windows)
                shares = [share] * len(self.cal.months)
                basis = f"{share:.0%} of volume in {', '.join(sorted(windows))} hours (scenario premium_share)"
            premium_base = [cost * s for cost, s in zip(service, shares)]
            return [self._make(self._title(finding.id), "fee", "of the service charge in premium hours", extra,
                               premium_base, basis, [evidence])]
        return _no_price(finding)

    def _usage(self, finding, rates, service, tco) -> list[CostLine] | Unpriced:
        priced = [r for r in rates if r.unit in ("hour", "request", "month", "agent", "contact")]
        if not priced:
            return _no_price(finding)
        units = self.s.usage.get(finding.id, 0.0)
        if not units:
            prices = "; ".join(f"{r.currency} {r.amount:,.2f} per {r.unit.replace('_', '-')}" for r in priced)
            return Unpriced(f"priced per use ({prices}); not in the total: set usage.{finding.id} in the scenario")
        rate = priced[0]
        quantity = [units * self.case.volume_scale for _ in self.cal.months]
        return [self._line(self._fee_label(finding, rate), "fee", rate.unit.replace("_", "-"), self._in_currency(rate), quantity,
                           f"{units:g} {rate.unit} a month (scenario usage)", [rate])]

    def _storage(self, finding, rates, service, tco) -> list[CostLine] | Unpriced:
        priced = [r for r in rates if r.unit == "recording_month"]
        if not priced:
            return self._usage(finding, rates, service, tco)
        rate = priced[0]
        phone = [v for v in self.s.volumes if v.channel == "phone"]
        if not phone:
            return Unpriced("priced per recording, but the scenario gives no phone volume")
        per_minute = "minute" in rate.quote.casefold()
        if per_minute and any(v.handle_minutes is None for v in phone):
            return Unpriced("priced per recorded minute, but the scenario gives no handle_minutes for phone volumes")
        size = sum(v.contacts * (v.handle_minutes if per_minute else 1) for v in phone)
        recorded = [size * self.cal.volume(m) for m in self.cal.months]
        free = self._free_months(rate, finding)
        keep = self.s.recording_retention_months
        stored = [sum(recorded[k] for k in range(max(0, m - keep + 1), m - free + 1)) for m in self.cal.months]
        unit = "recorded minute-month" if per_minute else "recording-month"
        return [self._line(self._fee_label(finding, rate), "fee", unit, self._in_currency(rate), stored,
                           f"recordings older than {free} months, kept {keep} months (scenario)", [rate])]

    def _free_months(self, rate: Rate, finding: Finding) -> int:
        """Months a recording is kept free, from the price's quote or else the fee's ('retained beyond the standard
        thirteen (13) months are stored at ...'), or its 'beyond 90 days'."""
        for quote in [rate.quote, *(e.quote for e in finding.evidence)]:
            match = first_match(self.vocab.patterns("free_period"), quote)
            if match:
                return _months_in(match)
        return int(round((rate.above or 0) / 30))

    # ---- shared ----------------------------------------------------------------------------------------------------
    def _in_currency(self, rate: Rate) -> float:
        if not rate.currency or rate.currency == self.s.currency:
            return rate.amount
        return rate.amount * self.s.fx.get(rate.currency, float("nan"))

    def _line(self, label: str, kind: str, unit: str, price: float, monthly: list[float], basis: str,
              rates: list[Rate]) -> CostLine:
        line = self._make(label, kind, unit, price, monthly, basis, [r.evidence for r in rates],
                          all(r.binding for r in rates))
        line.rates = rates
        return line

    def _make(self, label: str, kind: str, unit: str, price: float, monthly: list[float], basis: str,
              evidence: list[Evidence], binding: bool = True) -> CostLine:
        return CostLine(label, kind, unit, [price] * self.cal.years, self.cal.by_year(monthly), basis, evidence,
                        binding=binding, monthly=list(monthly))

    def _waived_months(self, finding: Finding) -> int:
        """Months at the start of the term in which a fee is waived ('no management fee in the first year')."""
        for evidence in finding.evidence:
            for clause in _CLAUSES.split(evidence.quote):
                match = first_match(self.vocab.patterns("free_period"), clause)
                if match and first_match(self.checklist.waiver_re, clause):
                    return _months_in(match)
        return 0


_STOPWORDS = {"and", "or", "of", "to", "in", "on", "the", "for", "per", "all", "any", "with", "by", "at", "an", "as"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{2,}", text.casefold())} - _STOPWORDS


def _shared_words(a: str, b: str) -> int:
    """Words two labels share ("UI and SNAP enquiries" / "UI claimant enquiries": 2), short words and
    abbreviations included, joining words left out."""
    return len(_words(a) & _words(b))


def _uplift(percent: float) -> float:
    """'plus 30%' is +0.30; 'at 135% of the rate' is +0.35: a percentage above 100 is the whole new price."""
    return percent / 100 - 1 if percent > 100 else percent / 100


def _months_in(match: re.Match) -> int:
    """'first six months' -> 6, 'first contract year' -> 12, '90 days ... free' -> 3."""
    value = next((number(g) for g in match.groups() if g and number(g) is not None), 1.0)
    text = match.group(0).casefold()
    return int(value * 12 if "year" in text else value / 30 if "day" in text else value)


def _states(finding: Finding, amount: float) -> bool:
    """Whether the finding's quotes state this amount ('USD 236,500')."""
    written = f"{amount:,.2f}".removesuffix(".00")
    return any(written in e.quote for e in finding.evidence)


def _no_price(finding: Finding) -> Unpriced:
    return Unpriced("no price with a unit the model can apply" if finding.amount else "no amount stated")


def _amount_note(finding: Finding) -> str:
    return f" (stated: {finding.amount})" if finding.amount and finding.amount != "none (waived)" else ""
