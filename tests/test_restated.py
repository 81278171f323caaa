"""A proposal that quotes the RFP ("R-03 Capacity to add forty agents ..." / "Response: Noted.") or the questions of a
questionnaire is read for what the vendor says, not for the buyer's words it copies (restated.py)."""

from __future__ import annotations

import pytest

from rfp_analyzer.models import Sentence, Span
from rfp_analyzer.restated import RfpWording, answer_of_row
from rfp_analyzer.rfp.ledger import load_requirement_vocab

from .test_rfp_compliance import analyze_against_rfp, compliance

RFP_TEXT = ("3. Requirements\nR-03 Capacity to add forty (40) trained agents within ten (10) business days of the "
            "Buyer's written request, at the contract rates.\nR-04 A named account manager based in Leeds.")


def test_a_copied_clause_is_a_restatement_however_it_is_broken_or_quoted():
    wording = RfpWording(RFP_TEXT)
    assert wording.restates('\u201cR-03 capacity to add forty (40) trained agents within ten (10) business days of the\n'
                            'buyer\u2019s written request, at the contract rates.\u201d')
    # a word of the vendor's own is an answer, and a short line may be the vendor's own words that match
    assert not wording.restates("R-03 Capacity to add forty (40) trained agents within ten (10) business days of the "
                                "Buyer's written request, at the contract rates. Comply.")
    assert not wording.restates("A named account manager based in Leeds.")
    assert not wording.restates("We can add forty (40) trained agents within ten (10) business days of your request.")
    assert not RfpWording("").restates(RFP_TEXT) and RfpWording("").digest == ""
    # a label naming the buyer's document before the quote is no word of the vendor's; "Comply:" is
    assert wording.restates('RFP: "Capacity to add forty (40) trained agents within ten (10) business days of the '
                            'Buyer\'s written request..."')
    assert not wording.restates('Comply: "Capacity to add forty (40) trained agents within ten (10) business days of '
                                'the Buyer\'s written request"')


def test_a_question_is_the_buyers_even_without_the_rfp():
    wording = RfpWording("", load_requirement_vocab().patterns("instruction"))
    assert wording.asks("Q6.1 State your position on renewal and termination.")
    assert wording.asks("Q2 Describe the induction each handler completes.")  # numbered: a questionnaire's
    assert wording.asks('\u201cDescribe your experience of claims handling for insurers.\u201d')
    assert wording.asks("How do you cover public holidays?")
    assert not wording.asks("A: We renew only when both parties sign an extension.")
    assert not wording.asks("Provide cover on public holidays from both sites.")  # a vendor's own bullet
    assert wording.digest and not RfpWording("").digest


def _row(text: str) -> str:
    return answer_of_row(Sentence("v", 0, (Span("v.pdf", 2, text),))).text


def test_a_matrix_row_keeps_its_number_code_and_answer_but_not_its_copy_of_the_requirement():
    assert _row("Q-11 Twelve scored calls per advisor per month; calibration weekly PC Advisors get 6 scored calls a "
                "month.") == "Q-11 PC Advisors get 6 scored calls a month."
    assert _row("Our answer to SL-3 Chats answered within 40 seconds at 85% Compliant Chats are answered within 40 "
                "seconds at 88%.") == "Our answer to SL-3 Compliant Chats are answered within 40 seconds at 88%."
    row = answer_of_row(Sentence("v", 0, (Span("v.pdf", 2, "Q-11 Twelve scored calls per advisor per month PC "
                                                           "Advisors get 6 scored calls a month."),)))
    assert all(part.text in "Q-11 Twelve scored calls per advisor per month PC Advisors get 6 scored calls a month."
               for part in row.parts)  # each part a verbatim quote of its page
    unchanged = [
        "Q-11 PC Advisors get 6 scored calls a month.",  # the code right after the number: nothing copied
        "R-4 Reports are sent on the 5th business day, as set out in Annex C Monthly pack.",  # a document's part
        "M1 SOC 2 Type II SOC 2 Type II report issued August 2025 Complies M2 PCI DSS",  # the code closes the row
        "C Q3.3 REQ-06 Surge of 250 calls per hour within 30 minutes C Q3.4 REQ-07 Work orders",  # code-first rows
        "We scored twelve calls per advisor in every month of 2025 with no exception.",
    ]
    assert [_row(text) for text in unchanged] == unchanged


RFP = [[
    "3. Requirements",
    "R-03 Capacity to add forty (40) trained agents within ten (10) business days of the Buyer's written request,",
    "at the contract rates.",
    "R-04 A named account manager based in Leeds.",
]]
VENDORS = {
    "inline": ["Inline Partners\nResponse to the RFP",
               "3. Requirements\n\"R-03 Capacity to add forty (40) trained agents within ten (10) business days of the "
               "Buyer's written request, at the contract rates.\"\nResponse: Noted. We will discuss peaks with you.\n"],
    "owned": ["Owned Partners\nResponse to the RFP",
              "3. Capacity\nWe will add forty (40) trained agents within ten (10) business days of your written "
              "request, at the contract rates, from our bench of 120 trained agents in Leeds and Hull.\n"],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("restated"), RFP, VENDORS)[1]


@pytest.mark.slow
def test_a_quoted_requirement_meets_nothing_for_the_vendor_that_quotes_it(run):
    status = {(v["vendor"], c["id"]): c["status"] for v in run["vendors"] for c in v["criteria"]}
    assert status[("inline", "scalability")] != "met"
    assert status[("owned", "scalability")] == "met"
    assert compliance(run, "inline", "R-03")["status"] != "compliant"
    assert compliance(run, "owned", "R-03")["status"] == "compliant"


SLA_RFP = [[
    "4. Service levels",
    "The provider must commit to service credits for every missed target.",
    ("Metric", "Minimum target"),
    ("Calls answered", "80% within 30 seconds"),
    ("Emails answered", "95% within 8 hours"),
]]
SLA_VENDORS = {
    "wholesale": ["Wholesale Care\nResponse to the RFP",
                  "4. Service levels\nWholesale Care accepts the service levels in section 4 of the RFP, with a "
                  "credit of 2% of the monthly charges for each one missed.\n"],
    "asked": ["Asked Care\nQuestionnaire",
              "Q7 State your position on automatic renewal of the agreement.\nA: Please see section 9 of our terms.\n"],
}


@pytest.fixture(scope="module")
def sla_run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("wholesale"), SLA_RFP, SLA_VENDORS)[1]


@pytest.mark.slow
def test_service_levels_accepted_as_a_whole_are_met_on_that_sentence(sla_run):
    levels = [r for r in sla_run["rfp"]["requirements"] if r["kind"] == "service_level"]
    assert len(levels) == 2
    for level in levels:
        accepted = compliance(sla_run, "wholesale", level["id"])
        assert accepted["status"] == "compliant" and "accepts the service levels" in accepted["evidence"][0]["quote"]
        assert compliance(sla_run, "asked", level["id"])["status"] == "not_addressed"


@pytest.mark.slow
def test_a_questionnaires_question_is_no_evidence(sla_run):
    entry = next(v for v in sla_run["vendors"] if v["vendor"] == "asked")
    renewal = next(f for f in entry["fees"] if f["id"] == "auto_renewal")
    assert not any("State your position" in e["quote"] for e in renewal.get("evidence", []))
    assert renewal["status"] != "present"


MATRIX_RFP = [[
    "3. Requirements",
    "R-08 At least ten (10) evaluated interactions per agent per month, and a calibration session with the Buyer's "
    "quality lead every two weeks.",
]]
MATRIX_VENDORS = {
    "matrix": ["Matrix Contact\nCompliance matrix",
               "Compliance matrix\nR-08 At least 10 evaluated interactions per agent per month; calibration every two "
               "weeks F Matrix Contact evaluates 6 (six) interactions per agent per month and joins the calibration "
               "every two weeks.\n"],
    "coded": ["Coded Contact\nCompliance matrix",
              "Compliance matrix\nR-08 At least 10 evaluated interactions per agent per month; calibration every two "
              "weeks Y See A.2 of our quality plan.\n"],
}


@pytest.fixture(scope="module")
def matrix_run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("matrix"), MATRIX_RFP, MATRIX_VENDORS)[1]


@pytest.mark.slow
def test_a_matrix_rows_copy_of_the_requirement_is_not_the_vendors_answer(matrix_run):
    """The row restates "at least 10 evaluated interactions" and answers six: the six is the vendor's."""
    answered = compliance(matrix_run, "matrix", "R-08")
    assert answered["status"] in ("partial", "non_compliant")
    entry = next(v for v in matrix_run["vendors"] if v["vendor"] == "matrix")
    quality = next(c for c in entry["criteria"] if c["id"] == "quality_assurance")
    assert quality["evidence"] and not any("At least 10" in e["quote"] for e in quality["evidence"])


@pytest.mark.slow
def test_a_matrix_rows_code_accepts_the_requirement_its_copy_names(matrix_run):
    """For compliance the row is read whole: its copy says which requirement the "Y" answers."""
    assert compliance(matrix_run, "coded", "R-08")["status"] == "compliant"
    entry = next(v for v in matrix_run["vendors"] if v["vendor"] == "coded")
    quality = next(c for c in entry["criteria"] if c["id"] == "quality_assurance")
    assert not any("At least 10" in e["quote"] for e in quality["evidence"])


@pytest.mark.parametrize("sentence", [
    "In RFP Gabelgut expects 150% of volume in January.",
    "3.5.1 RFP requirement restated: at least 140% of baseline helpdesk volume during the year-end period.",
    "You ask that 90% of new leads receive a first attempt within five minutes.",
])
def test_the_buyers_request_in_the_vendors_words_is_no_evidence(sentence):
    vocab = load_requirement_vocab()
    wording = RfpWording("", vocab.patterns("instruction"), vocab.patterns("reported_request"))
    assert wording.asks(sentence)


@pytest.mark.parametrize("sentence", [
    "The RFP ask 5 evaluations for agent; we do 4 with a calibration every month.",
    "If you ask us to open on a Saturday, those hours are charged at 1.5 times the rate.",
    "Where the Client asks the Supplier to travel, travel is billed at cost.",
])
def test_an_answer_or_a_condition_on_the_buyers_request_is_the_vendors_own(sentence):
    vocab = load_requirement_vocab()
    wording = RfpWording("", vocab.patterns("instruction"), vocab.patterns("reported_request"))
    assert not wording.asks(sentence)


LEVELS_RFP = [[
    "5. Service levels",
    "The provider must meet the following service levels, measured monthly.",
    ("Ref", "Service level"),
    ("SL-1", "Helpline calls answered within 60 seconds: 80%"),
    ("SL-2", "Financial eligibility decisions issued within five (5) working days: 95%"),
    ("SL-3", "Abandoned calls not more than 5% of offered calls"),
]]
LEVELS_VENDORS = {
    "excepting": ["Excepting Care\nProposal", "6. Service levels\nWe accept all service levels in section 5, except "
                  "that for the first three (3) months after go-live we ask seven (7) working days for the financial "
                  "eligibility decisions.\n"],
    "listing": ["Listing Care\nProposal", "6. Service levels\nWe accept SL-1 and SL-3 as written.\n"],
    "integral": ["Integral Care\nProposal", "6. Indicators\nThe tenderer accepts integrally the indicators of section 5 "
                 "of the RFP.\n"],
}


@pytest.mark.slow
def test_an_acceptance_holds_for_the_levels_its_exception_and_its_list_leave_in(tmp_path):
    """An exception to a wholesale acceptance limits only the level it is about; an acceptance by ids accepts those
    levels; "accepts integrally the indicators" accepts them all."""
    results = analyze_against_rfp(tmp_path, LEVELS_RFP, LEVELS_VENDORS)[1]
    status = {(v, k): compliance(results, v, k)["status"] for v in LEVELS_VENDORS for k in ("SL-1", "SL-2", "SL-3")}
    assert status[("excepting", "SL-1")] == status[("excepting", "SL-3")] == "compliant"
    assert status[("excepting", "SL-2")] != "compliant"
    assert status[("listing", "SL-1")] == status[("listing", "SL-3")] == "compliant"
    assert status[("listing", "SL-2")] == "not_addressed"
    assert {status[("integral", k)] for k in ("SL-1", "SL-2", "SL-3")} == {"compliant"}
