"""The pricing stage of the pipeline: rate cards and total cost per vendor, and how the ranking moves with the
scenario (volume -20%/+20%, escalation at the stated floor and cap). Adds to the results document:

    results["scenario"]                  the scenario used, with where its defaults came from
    results["vendors"][i]["pricing"]     {"rates": [...], "tco": {...}}
    results["pricing_sensitivity"]       [{"case", "totals": {vendor: total}, "ranking": [vendor, ...]}]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..config import DEFAULT_PRICING
from ..judge.checklists import FeeChecklist
from ..models import Finding, Sentence, Vendor
from ..results import Results, SensitivityCaseDoc, VendorPricingDoc, attach_pricing
from ..verify import CitationVerifier
from .rates import PricingVocab, Rate, RateExtractor, load_pricing
from .scenario import Scenario, load_scenario, read_rfp_defaults
from .tco import Sensitivity, TCOModel

SENSITIVITY_CASES = (
    ("expected", Sensitivity()),
    ("volume -20%", Sensitivity(volume_scale=0.8)),
    ("volume +20%", Sensitivity(volume_scale=1.2)),
    ("escalation at floor", Sensitivity(escalation_case="low")),
    ("escalation at cap", Sensitivity(escalation_case="high")),
)


@dataclass
class PricingSetup:
    vocab: PricingVocab
    scenario: Scenario
    sources: dict  # where the scenario came from: {"file": ..., "rfp": ..., "rfp_defaults": {...}}

    @classmethod
    def load(cls, scenario_path: Path | None = None, rfp_path: Path | None = None,
             pricing_path: Path = DEFAULT_PRICING,
             read_defaults: Callable[[Path, PricingVocab], dict] = read_rfp_defaults) -> "PricingSetup":
        """`read_defaults` reads the RFP's scenario defaults (the pipeline passes a cached reader)."""
        vocab = load_pricing(pricing_path)
        defaults = read_defaults(rfp_path, vocab) if rfp_path else {}
        scenario = load_scenario(scenario_path, defaults)
        sources = {"file": str(scenario_path) if scenario_path else None,
                   "rfp": str(rfp_path) if rfp_path else None, "rfp_defaults": defaults}
        return cls(vocab, scenario, sources)


@dataclass
class VendorPricing:
    vendor: str
    rates: list[Rate]
    fee_findings: list[Finding]


def extract_vendor_rates(setup: PricingSetup, fees: FeeChecklist, vendor: Vendor, sentences: list[Sentence],
                         verifier: CitationVerifier, fee_findings: list[Finding]) -> VendorPricing:
    rates = RateExtractor(setup.vocab, fees).extract(vendor.files, sentences, verifier)
    return VendorPricing(vendor.slug, rates, fee_findings)


def add_pricing(results: Results, setup: PricingSetup, fees: FeeChecklist, priced: list[VendorPricing]) -> None:
    """Write rates, TCO and the sensitivity table into the results document."""
    by_vendor: dict[str, VendorPricingDoc] = {}
    cases: list[SensitivityCaseDoc] = []
    for name, case in SENSITIVITY_CASES:
        model = TCOModel(setup.vocab, fees, setup.scenario, case)
        tcos = {p.vendor: model.vendor_tco(p.rates, p.fee_findings) for p in priced}
        if case == Sensitivity():
            by_vendor = {p.vendor: {"rates": [r.as_dict() for r in p.rates], "tco": tcos[p.vendor].as_dict()}
                         for p in priced}
        totals = {slug: round(t.total, 2) for slug, t in tcos.items() if t.ranked}
        unranked = {slug: "; ".join(t.checks) for slug, t in tcos.items() if t.checks}
        cases.append({"case": name, "totals": totals, "ranking": sorted(totals, key=totals.get)}
                     | ({"unranked": unranked} if unranked else {}))
    attach_pricing(results, {**setup.scenario.model_dump(), "sources": setup.sources}, cases, by_vendor)
