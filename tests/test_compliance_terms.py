"""`--rfp` on commercial terms: requirements a present fee goes against (`fee_contradictions` of
criteria/requirements.yaml), a substitute offered in place of what is asked, pricing instructions judged, a
certificate only scheduled, a vendor's own answers in a compliance matrix keyed by the RFP's ids; end to end on
real PDFs in wording of their own."""

from __future__ import annotations

import pytest

from rfp_analyzer.judge.checklists import load_fees
from rfp_analyzer.patterns import compile_pattern, first_text
from rfp_analyzer.rfp.ledger import load_requirement_vocab

from .test_rfp_compliance import analyze_against_rfp, compliance

RFP = [[
    "1. Requirements",
    ("No.", "Requirement"),
    ("T1", "Unit prices must stay fixed for the first 18 months of service"),
    ("T2", "The contract must not renew automatically"),
    ("T3", "Service credits of at least 5% of the monthly invoice per missed target"),
    ("T4", "PCI DSS certification of the payment line before go-live"),
    ("T5", "Call recordings retained for 24 months, then deleted"),
    ("T6", "Service restored within 4 hours of a site outage"),
    "2. Pricing",
    "Show set-up charges, monthly charges and any third-party cost separately.",
]]
VENDORS = {
    "harbor": ["Harbor Care BV\nProposal for customer care",
               "1. Commercial terms\n"
               "Our unit prices are indicative and we may revise them after the first quarter of service.\n"
               "After the initial term this agreement renews for further one-year periods unless either party "
               "cancels 60 days before expiry.\n"
               "Instead of service credits, we hold a joint improvement workshop after any missed target.\n"
               "Our PCI DSS certification audit is scheduled for the second half of next year.\n"
               "Call recordings are retained for 6 months and then deleted.\n"
               "After a site outage, service is restored within 8 hours from our second site.\n"
               "The set-up charge is EUR 20,000 once and the monthly charge is EUR 48,000; third-party telephony "
               "costs are not included in our charges and cannot be estimated today."],
    "meadow": ["Meadow Contact Ltd\nProposal for customer care",
               "1. Commercial terms\n"
               "Our unit prices are fixed and binding for 18 months from go-live.\n"
               "There is no automatic renewal: the contract ends with its term unless you extend it in writing.\n"
               "Service credits of 5% of the monthly invoice apply for each missed target, capped at 15% a month.\n"
               "The payment line holds PCI DSS Level 1 certification, attestation dated May 2026.\n"
               "Call recordings are retained for 24 months in Dublin and deleted on the first day after.\n"
               "After a site outage, service is restored within 2 hours from our second site.\n"
               "The set-up charge is EUR 15,000 once, the monthly charge is EUR 45,000, and telephony minutes "
               "are charged at cost, EUR 0.02 per minute, on the monthly invoice."],
    "willow": ["Willow Outsourcing\nProposal for customer care",
               "1. Our team\nWe answer customers in English and Dutch from our Utrecht centre.\n"
               "The agreement expires at the end of the initial term unless the client extends it for a further "
               "year by written notice.\n"
               "Call recordings are retained for 12 months. Retention beyond 12 months is charged at EUR 0.01 per "
               "recording a month.\n"
               "2. Compliance matrix\nRequirement Our answer\nT1 Complies\nT2 Complies in part: renewal by mutual "
               "consent after year two\nT3 No\nT4 Not held at present\n"
               "3. Pricing\nAs T1 asks, the monthly charge is EUR 39,000 and the set-up charge EUR 9,000."],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("terms"), RFP, VENDORS)[1]


def test_a_present_fee_goes_against_the_requirement_asking_otherwise(run):
    renewal = compliance(run, "harbor", "T2")
    assert renewal["status"] == "non_compliant"
    assert "renews for further one-year periods" in renewal["evidence"][0]["quote"]
    revisable = compliance(run, "harbor", "T1")
    assert revisable["status"] == "non_compliant"  # a right to revise, not only a hedge
    assert "indicative" in revisable["evidence"][0]["quote"]
    # The vendor that refuses the fee keeps its own finding.
    assert compliance(run, "meadow", "T2")["status"] != "non_compliant"
    assert compliance(run, "meadow", "T1")["status"] != "non_compliant"


def test_a_substitute_offered_in_place_of_what_is_asked_contradicts_it(run):
    credits = compliance(run, "harbor", "T3")
    assert credits["status"] == "non_compliant" and "Instead of service credits" in credits["evidence"][0]["quote"]
    assert compliance(run, "meadow", "T3")["status"] == "compliant"


def test_a_certification_only_scheduled_is_not_held(run):
    scheduled = compliance(run, "harbor", "T4")
    assert scheduled["status"] == "non_compliant" and "scheduled" in scheduled["evidence"][0]["quote"]
    assert compliance(run, "meadow", "T4")["status"] == "compliant"


def test_pricing_instructions_are_judged_and_a_cost_left_out_is_partial(run):
    instruction = next(r for r in run["rfp"]["requirements"] if r["text"].startswith("Show set-up charges"))
    assert instruction["kind"] == "pricing_instruction"
    left_out = compliance(run, "harbor", instruction["id"])
    assert left_out["status"] == "partial"
    assert any("not included" in e["quote"] for e in left_out["evidence"])
    assert compliance(run, "meadow", instruction["id"])["status"] in ("compliant", "partial")


def test_a_validity_refusing_non_binding_prices_asks_for_no_firm_prices():
    """"Indicative or non-binding prices are not accepted" asks for a binding offer, not prices that never move: an
    index rise or an exchange-rate clause does not go against it, indicative prices do; "prices binding for 24 months"
    does ask that prices never move."""
    def fees_against(text: str) -> set[str]:
        return {fee for rule in load_requirement_vocab().fee_contradictions
                if first_text([compile_pattern(p) for p in rule.requirement], text) for fee in rule.fees}

    validity = fees_against("Proposals must remain valid for 120 days; indicative or non-binding prices are not accepted.")
    assert not validity & {"price_escalation", "currency_adjustment"} and "nonbinding_pricing" in validity
    assert {"price_escalation", "nonbinding_pricing"} <= fees_against("Prices must remain binding for 24 months.")


def test_every_fee_a_requirement_can_be_contradicted_by_is_in_the_fee_checklist():
    known = {fee.id for fee in load_fees().fees}
    for rule in load_requirement_vocab().fee_contradictions:
        assert set(rule.fees) <= known, rule.fees



def test_a_vendors_own_answer_in_its_compliance_matrix(run):
    admitted = compliance(run, "willow", "T3")
    assert admitted["status"] == "non_compliant" and admitted["evidence"][0]["quote"] == "T3 No"
    assert compliance(run, "willow", "T4")["status"] == "non_compliant"
    # A term that expires unless the buyer extends it is no automatic renewal, whatever the fee judge reads in it.
    in_part = compliance(run, "willow", "T2")
    assert in_part["status"] == "partial" and in_part["evidence"][0]["quote"].startswith("T2 Complies in part")
    # A bare "Complies" shows nothing: a claim to check, not compliance; a prose mention of an id is no answer.
    claimed = compliance(run, "willow", "T1")
    assert claimed["status"] == "partial" and claimed["evidence"][0]["quote"] == "T1 Complies"


def test_a_duration_short_of_the_one_required(run):
    short = compliance(run, "harbor", "T5")
    assert short["status"] == "non_compliant" and "retained for 6 months" in short["evidence"][0]["quote"]
    slow = compliance(run, "harbor", "T6")
    assert slow["status"] == "non_compliant" and "within 8 hours" in slow["evidence"][0]["quote"]
    for requirement in ("T5", "T6"):
        assert compliance(run, "meadow", requirement)["status"] == "compliant"
    # More offered at a price is partial, not refused.
    priced = compliance(run, "willow", "T5")
    assert priced["status"] == "partial" and "retained for 12 months" in priced["evidence"][0]["quote"]
