"""`--rfp` read by meaning as well as by words (judge/requirement_meaning.py): a requirement's reference is no name a
vendor must write, a plain refusal decides wherever the proposal states it, a refusal far in meaning from a
requirement is about something else, "ISO 27001" names "ISO/IEC 27001", an alternative standard in parentheses
names the requirement, indicative prices refuse a binding proposal, an automatic renewal refuses "will not accept
automatic renewal", a management charge refuses "will not pay separately for management", a service kept to some
hours is partial, and waiving a premium refuses nothing; the buyer's contract terms stated as facts are
requirements. End to end on real PDFs in wording of their own."""

from __future__ import annotations

import pytest

from rfp_analyzer.judge.requirement_meaning import asked
from rfp_analyzer.rfp.ledger import load_requirement_vocab, read_ledger

from .test_compliance_reading import parts_of
from .test_requirements import write_rfp
from .test_rfp_compliance import analyze_against_rfp, compliance

RFP = [[
    "1. Requirements",
    ("No.", "Requirement"),
    ("K1", "The supplier must hold a current ISO/IEC 27001 certificate covering every delivery site"),
    ("K2", "An annual SOC 1 Type II (or ISAE 3402 Type II) report covering payroll processing controls is required"),
    ("K3", "Proposals must remain valid and binding for 180 days from the submission deadline"),
    ("K4", "The client will not accept automatic renewal of the contract"),
    ("K5", "The emergency line must be staffed 24 hours a day during the five days around each pay date"),
    ("K6", "The helpdesk must operate from 07:00 to 19:00 local time in Mexico and in Poland"),
    ("K7", "Every channel must be available in Czech and in English throughout helpdesk hours"),
    ("K8", "The client will not pay separately for management or reporting needed to deliver the services"),
    ("K9", "Personal data must be hosted in the EU under a GDPR Article 28 data processing agreement"),
    ("K10", "The payment line must hold a PCI DSS certificate or a SOC 2 Type II report"),
    ("K11", "The provider must reconcile AE cases with the safety database every month"),
    ("K12", "Every valid case must be entered in the client's safety database and transmitted to the global safety "
            "team within 24 hours of first receipt"),
    "2. Service levels",
    ("Metric", "Target", "How measured"),
    ("Calls in 30 seconds", "90%", "each month"),
]]
VENDORS = {
    "quarry": ["Quarry Payroll Services\nProposal for the payroll helpdesk",
               "1. Service\nThe helpdesk operates from 07:00 to 19:00 local time in Mexico and in Poland.\n"
               "During the five days around each pay date the emergency line is staffed 24 hours a day, and no "
               "premium shall be payable for the night hours.\n"
               "Our ISAE 3402 Type II report on payroll processing controls is issued every year in March.\n"
               "2. Commercial terms\nAll prices in this proposal are indicative and will be confirmed after a "
               "four-week discovery phase.\n"
               "This agreement renews automatically for successive twelve-month periods unless either party gives "
               "ninety days' written notice.\n"
               "A programme management charge of four percent (4%) is added to each monthly invoice.\n"
               "Czech chat is staffed from 08:00 to 17:00; outside these hours Czech chats are routed to our "
               "English-speaking advisers.\n"
               "Calls answered within 30 seconds: 80% of calls each month.\n"
               "We sign the data processing agreement according to Article 28 GDPR; all data stays in Frankfurt.\n"
               "Each month we reconcile the adverse events with the safety database and correct any difference.\n",
               "3. About us\nWe are a family company from Brno with 140 payroll specialists.\n"
               "The ISO 27001 we don't have yet; the certification audit is planned for March 2027."],
    "ridge": ["Ridge Shared Services\nProposal for the payroll helpdesk",
              "1. Service\nOur ISO 27001 certificate (no. IS 55120) covers all three of our delivery sites.\n"
              "The helpdesk operates from 07:00 to 19:00 local time in Mexico and in Poland.\n"
              "A manufacturing client with plants in Mexico we did not have until now, and we look forward to it.\n"
              "2. Commercial terms\nThis proposal remains valid and binding for 180 days from the submission "
              "deadline.\n"
              "The contract ends with its term; there is no automatic renewal, and any extension is agreed in "
              "writing.\n"
              "Every channel is available in Czech and in English throughout helpdesk hours.\n"
              "Management and reporting are included in the hourly rates.\n"
              "Our payment line holds a PCI DSS Level 1 certificate, attestation dated May 2026.\n"
              "Every valid case is entered in your safety database and transmitted to the global safety team within "
              "24 hours of first receipt.\n"
              "Product Quality Complaints logged in the client's safety database are reconciled monthly, and "
              "discrepancies are resolved within five (5) Business Days.\n"
              "Calls answered within 30 seconds: 92% of calls each month.\n"],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("meaning"), RFP, VENDORS)[1]


def test_a_plain_refusal_decides_wherever_the_proposal_states_it(run):
    refused = compliance(run, "quarry", "K1")
    assert refused["status"] == "non_compliant"
    assert "don't have yet" in refused["evidence"][0]["quote"]


def test_iso_27001_names_iso_iec_27001(run):
    assert compliance(run, "ridge", "K1")["status"] == "compliant"


def test_an_alternative_standard_in_parentheses_names_the_requirement(run):
    assert compliance(run, "quarry", "K2")["status"] != "not_addressed"
    assert compliance(run, "ridge", "K2")["status"] == "not_addressed"


def test_indicative_prices_refuse_a_binding_proposal(run):
    indicative = compliance(run, "quarry", "K3")
    assert indicative["status"] == "non_compliant" and "indicative" in indicative["evidence"][0]["quote"]
    assert compliance(run, "ridge", "K3")["status"] == "compliant"


def test_an_automatic_renewal_refuses_a_buyer_that_will_not_accept_one(run):
    renewed = compliance(run, "quarry", "K4")
    assert renewed["status"] == "non_compliant" and "renews automatically" in renewed["evidence"][0]["quote"]
    assert compliance(run, "ridge", "K4")["status"] != "non_compliant"


def test_waiving_a_premium_refuses_nothing(run):
    assert compliance(run, "quarry", "K5")["status"] == "compliant"


def test_a_refusal_far_in_meaning_from_a_requirement_is_about_something_else(run):
    # "a client in Mexico we did not have" names Mexico, but says nothing of helpdesk hours there.
    assert compliance(run, "ridge", "K6")["status"] == "compliant"


def test_a_service_kept_to_some_hours_is_partial(run):
    kept = compliance(run, "quarry", "K7")
    assert kept["status"] == "partial" and "outside these hours" in kept["evidence"][0]["quote"]
    assert compliance(run, "ridge", "K7")["status"] == "compliant"


def test_a_management_charge_refuses_a_buyer_that_will_not_pay_separately_for_management(run):
    charged = compliance(run, "quarry", "K8")
    assert charged["status"] == "non_compliant" and "management charge" in charged["evidence"][0]["quote"]
    assert compliance(run, "ridge", "K8")["status"] != "non_compliant"


def test_an_acronym_names_its_standard_in_any_word_order(run):
    # "Article 28 GDPR" names "GDPR Article 28".
    assert compliance(run, "quarry", "K9")["status"] != "not_addressed"


def test_a_group_of_alternatives_is_named_by_any_of_them(run):
    # PCI DSS named, SOC 2 not: the requirement asks for either.
    assert compliance(run, "ridge", "K10")["status"] == "compliant"


def test_an_abbreviation_is_named_by_its_meaning_written_out(run):
    # "AE cases" are the adverse events the vendor reconciles: not a standard it never names.
    assert compliance(run, "quarry", "K11")["status"] != "not_addressed"
    assert compliance(run, "ridge", "K11")["status"] == "not_addressed"


def test_another_measure_on_the_same_topic_is_not_held_against_a_bound(run):
    # "resolved within five business days" bounds the monthly reconciliation, not the 24 hours to send a case.
    assert compliance(run, "ridge", "K12")["status"] == "compliant"


def test_a_service_level_target_below_the_rfps_is_non_compliant(run):
    level = next(r["id"] for r in run["rfp"]["requirements"] if r["kind"] == "service_level")
    below = compliance(run, "quarry", level)
    assert below["status"] == "non_compliant" and "80%" in below["evidence"][0]["quote"]
    assert compliance(run, "ridge", level)["status"] == "compliant"


def test_a_requirements_reference_is_no_name_to_find():
    assert asked("R-04 (MANDATORY) The provider shall hold a SOC 2 Type II report.") == \
        "The provider shall hold a SOC 2 Type II report."
    assert asked("SLA-MI: Standard enquiries answered within two business days.") == \
        "Standard enquiries answered within two business days."
    # A name opening the requirement stays: "PCI-DSS", "ISO 27001" are what it asks.
    assert asked("PCI-DSS compliance is required for the payment line.").startswith("PCI-DSS")
    assert asked("ISO 27001 certification is required.").startswith("ISO 27001")
    parts = parts_of(asked("SLA-ANS: Calls answered within 30 seconds, 90% monthly."))
    assert parts.unnamed(["Calls answered within 30 seconds: 90% each month."]) == []


def test_the_buyers_contract_terms_stated_as_facts_are_requirements(tmp_path):
    rfp = write_rfp(tmp_path / "terms.pdf", [[
        "1. Contract term and transition",
        "The contract term is five (5) years from the service commencement date. The client does not accept "
        "automatic renewal; any extension will be agreed in writing.",
        "2. Requirements",
        "The supplier must staff the helpdesk on working days."]])
    texts = [r.text for r in read_ledger(rfp, load_requirement_vocab()).requirements]
    assert any(t.startswith("The contract term is five (5) years") for t in texts)
    assert any("does not accept automatic renewal" in t for t in texts)
