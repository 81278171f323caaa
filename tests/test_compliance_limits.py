"""What is a limit of a requirement and what is not, and figures said without the usual bound words. A safeguard
the vendor keeps ("only after an assessment", "subject to identity verification") and a duration counted in
business hours are no limits, while a scope kept short ("in English only") is; a validity "valid 120 days" or "good
for 60 days", a transition that "takes about five months" and a peak "+30%" are the vendor's figures, held to the
RFP's. End to end on real PDFs."""

from __future__ import annotations

import pytest

from rfp_analyzer.judge.compliance import _keeps_prohibition
from rfp_analyzer.patterns import first_text
from rfp_analyzer.rfp.ledger import load_requirement_vocab

from .test_rfp_compliance import analyze_against_rfp, compliance

RFP = [[
    "1. Requirements",
    ("No.", "Requirement"),
    ("W1", "An affordability assessment is completed before any payment arrangement is agreed with a customer"),
    ("W2", "Voicemail messages left by customers are returned within one (1) working day"),
    ("W3", "Prices must remain valid for one hundred and fifty (150) days from the closing date"),
    ("W4", "Transition shall be completed within ninety (90) days of contract signature"),
    ("W5", "Additional handling capacity of not less than fifty percent (50%) during the winter peak"),
    ("W6", "Every refund request is checked against the fraud rules before a refund is paid"),
    ("W7", "Service credits of not less than ten percent (10%) of the monthly charges at risk for missed service levels"),
    ("W8", "Agents must not give personal financial advice to customers"),
    ("W9", "Integration with our rental system FleetCore through our published APIs; no renter data kept in the "
           "bidder's systems beyond the contact record"),
    ("W10", "Live agents on the emergency line at every hour; no voicemail at any hour"),
    ("W11", "Customer service by phone and chat from 07:00 to 23:00, seven days a week"),
]]
VENDORS = {
    "alder": ["Alder Collections Ltd\nProposal for the customer desk",
              "1. How we work\nA payment arrangement is agreed only after an affordability assessment of the "
              "customer's income and outgoings.\n"
              "Voicemail messages left by customers are returned within four (4) business hours.\n"
              "Every refund request is subject to identity verification and to the fraud rules before any refund "
              "is paid.\n",
              "2. Terms\nOur prices are valid 120 days from the closing date.\n"
              "Transition takes about five months from contract signature.\n"
              "Winter peak handling capacity +30% on three weeks' notice.\n"
              "Our agents do not provide regulated financial advice to customers.\n",
              "3. Hours\nCustomer service by phone and chat: 09:00-21:00, 7 days.\n"],
    "birch": ["Birch Contact SA\nProposal for the customer desk",
              "1. How we work\nThe affordability assessment of a customer before a payment arrangement is agreed is "
              "offered in English only; Spanish-speaking customers are assessed the next working day.\n"
              "Every refund request is checked against the fraud rules before a refund is paid.\n",
              "2. Terms\nOur prices are valid 180 days from the closing date.\n"
              "Transition takes about eight weeks from contract signature.\n"
              "Winter peak handling capacity +60% on three weeks' notice.\n",
              "3. Hours\nCustomer service by phone and chat: 07:00-23:00, 7 days, with 30 agents on shift.\n"],
    "cedar": ["Cedar Contact AS\nProposal for the customer desk",
              "1. Terms\nThis quote is good for 60 days.\nWe have never agreed service credits with any client.\n"],
    "dogwood": ["Dogwood BPO\nProposal for the customer desk",
                "1. Commercial summary\nProposal validity\n90 days\nPayment terms\n30 days\n"],
    "elm": ["Elm Support Oy\nProposal for the customer desk",
            "1. Systems\nOur agents work directly in FleetCore through your APIs, and Zendesk keeps only the contact "
            "record.\nWe don't copy renter data anywhere; Zendesk keeps the contact record only.\n",
            "2. Emergency line\nThe emergency line has live agents at every hour of every day. No voicemail, ever.\n"],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("limits"), RFP, VENDORS)[1]


def test_a_safeguard_the_vendor_keeps_is_no_limit_but_a_scope_kept_short_is(run):
    assert compliance(run, "alder", "W1")["status"] == "compliant"
    kept = compliance(run, "birch", "W1")
    assert kept["status"] == "partial" and "English only" in kept["evidence"][0]["quote"]
    assert compliance(run, "alder", "W6")["status"] == "compliant"


def test_not_doing_what_the_requirement_forbids_is_no_refusal(run):
    kept = compliance(run, "alder", "W8")
    assert kept["status"] == "compliant" and "do not provide" in kept["evidence"][0]["quote"]


def test_keeping_to_what_the_requirement_forbids_in_few_words_is_no_limit_nor_refusal(run):
    # "keeps the contact record only" keeps "no customer data ... beyond the contact record"; "No voicemail, ever."
    # keeps "no voicemail at any hour"
    for rid in ("W9", "W10"):
        assert compliance(run, "elm", rid)["status"] == "compliant", rid


def test_a_duration_counted_in_business_hours_is_no_limit_of_the_hours(run):
    assert compliance(run, "alder", "W2")["status"] == "compliant"


def test_a_validity_in_other_words_or_as_a_cells_value_and_a_refusal_with_never(run):
    """"good for 60 days" says what "valid for 150 days" asks, and so does a table's "Proposal validity | 90 days";
    "we have never agreed service credits" refuses them."""
    for vendor, words in (("cedar", "good for 60 days"), ("dogwood", "Proposal validity 90 days")):
        short = compliance(run, vendor, "W3")
        assert short["status"] == "non_compliant" and words in short["evidence"][0]["quote"], (vendor, short)
    assert compliance(run, "cedar", "W7")["status"] == "non_compliant"


def test_figures_without_the_usual_bound_words_are_held_to_the_rfps(run):
    for requirement, words in (("W3", "valid 120 days"), ("W4", "about five months"), ("W5", "+30%")):
        short = compliance(run, "alder", requirement)
        assert short["status"] == "non_compliant", (requirement, short)
        assert words in short["evidence"][0]["quote"]
        assert compliance(run, "birch", requirement)["status"] == "compliant", requirement


def test_fewer_hours_than_the_requirement_states_are_a_limit(run):
    short = compliance(run, "alder", "W11")
    assert short["status"] == "partial" and "09:00-21:00, 7 days" in short["evidence"][0]["quote"], short
    assert compliance(run, "birch", "W11")["status"] == "compliant"


def test_only_through_or_within_the_clients_own_means_is_a_safeguard():
    limits = load_requirement_vocab().patterns("limitation")
    assert first_text(limits, "Agents reach policy data only through the Client's virtual desktop.") is None
    assert first_text(limits, "Refunds are approved only within the Bank's mandate matrix.") is None
    assert first_text(limits, "German is answered only within office hours.") == "only"


def test_keeping_to_what_the_requirement_restricts_something_to_is_no_limit():
    requirement = "Claims are recorded directly in Helix; the provider keeps no copy of claim files in its own systems"
    assert _keeps_prohibition(requirement, "Claim and payment data only in Helix")
    assert not _keeps_prohibition(requirement, "Spanish callers only by e-mail")


def test_a_passage_falls_short_only_of_the_least_of_a_requirements_floors():
    """"At least 175% in a rollover week and at least 200% from 15 December": a passage offering 190% may answer the
    first window only; it falls short of the requirement only below 175%."""
    from rfp_analyzer.judge.compliance import _falls_short, _loosest

    floors = [(("at_least", "share"), 175.0), (("at_least", "share"), 200.0), (("at_most", "time"), 2.0),
              (("at_most", "time"), 1.0)]
    assert sorted(_loosest(floors)) == [(("at_least", "share"), 175.0), (("at_most", "time"), 2.0)]
    offered = [(("at_least", "share"), 190.0)]
    assert not any(_falls_short(bound, limit, offered) for bound, limit in _loosest(floors))
    assert any(_falls_short(bound, limit, [(("at_least", "share"), 160.0)]) for bound, limit in _loosest(floors))
