"""How `--rfp` reads the commercial and service-level answers a procurement lead checks first: the currency prices
are stated in, when prices may rise and by how much, service credits refused in so many words, references held
back until a shortlist, a proposal's validity given under another word, and a service-level table whose rows end
in a credit ("3% of monthly invoice"), each row read against its own target, or given only as goals. End to end on
real PDFs."""

from __future__ import annotations

import pytest

from rfp_analyzer.judge.firm_prices import breaks_firmness, firm_months, rise_start
from rfp_analyzer.rfp.ledger import load_requirement_vocab

from .test_rfp_compliance import analyze_against_rfp, compliance

RFP = [[
    "1. Requirements",
    ("No.", "Requirement"),
    ("C1", "Prices shall be quoted in EUR per productive hour"),
    ("C2", "Prices must be firm for the first 24 months; any later indexation is capped at 3% per year"),
    ("C3", "Service credits of not less than 10% of the monthly invoice at risk for missed service levels"),
    ("C4", "Provide three client references, each with a contact name and telephone number"),
    ("C5", "The proposal shall remain valid for 180 days from the due date"),
    ("C6", "Every supplier invoice above EUR 5,000 is checked by a second person before payment"),
    ("C7", "A monthly service report within five (5) business days after month end"),
    ("C8", "Transition completed within ninety (90) days of contract signature"),
    "2. Service levels",
    ("No.", "Service level"),
    ("S1", "Calls answered within 30 seconds: 85%, monthly"),
    ("S2", "Abandoned calls: not more than 4%, monthly"),
]]
VENDORS = {
    "birch": ["Birch Contact sp. z o.o.\nProposal for customer care",
              "1. Prices\nAll prices in this offer are in Polish zloty (PLN), net of VAT.\n"
              "The hourly rates rise by 3% on each anniversary of go-live.\n"
              "We do not offer service credits.\n"
              "Client references will be shared after shortlisting.\n"
              "Validity: 90 days.\n",
              "2. Service levels\nMetric\nTarget\nService credit if missed\nCalls answered within 30 seconds\n80%\n"
              "3% of monthly invoice\nAbandoned calls\n5% or less\n2% of monthly invoice\n"],
    "cedar": ["Cedar Service BV\nProposal for customer care",
              "1. Prices\nThe productive hour is priced at EUR 31.50 per hour, in euros throughout.\n"
              "Our rates are fixed for the first 24 months; from month 25 they rise by 2% on each anniversary.\n"
              "Service credits of up to 12% of the monthly invoice are at risk for missed service levels.\n"
              "Three client references are listed below with contact names and telephone numbers: Anna Vos, "
              "+31 20 555 0101; Pieter Bakker, +31 20 555 0102; Eva de Wit, +31 20 555 0103.\n"
              "Our offer remains valid for 180 days from the due date.\n"
              "The monthly service report is delivered within five (5) business days after the end of each month.\n"
              "We will be live within 60 days of signing.\n",
              "2. Service levels\nMetric\nTarget\nService credit if missed\nCalls answered within 30 seconds\n88%\n"
              "3% of monthly invoice\nAbandoned calls\n3% or less\n2% of monthly invoice\n"],
    "aspen": ["Aspen Care Ltd\nProposal for customer care",
              "1. Service goals\nWhat we measure\nOur goal\nCalls answered within 30 seconds\n90%\nAbandoned calls\n"
              "3% or less\nWe treat these numbers as goals our team owns every day.\n",
              "2. Terms\nOur offer is good for 180 days.\n"],
    "fir": ["Fir Helpdesk BV\nProposal for customer care",
            "4. Service levels\nHere's what we're aiming for from month two.\nWhat\nOur aim\n"
            "Calls answered within 30 seconds\n90%\nAbandoned calls\n3% or less\n"],
    "spruce": ["Spruce Contact Ltd\nProposal for customer care",
               "3. Client references\nSince 2016 we have supported three retail clients: Harbor Home Stores, "
               "Lindqvist Outdoor and Nordpaper, 410 agents in all.\n"
               "We would love to welcome your team to our Gdansk hub to see the work live.\n"],
    "elm": ["Elm Contact GmbH\nProposal for customer care",
            "5. References\nOur reference: Mr Jonas Keller, Head of Service at Nordbahn AG, +49 30 555 0190.\n"
            "Our other clients do not allow us to disclose their names.\n"],
    "yew": ["Yew Service AB\nProposal for customer care",
            "6. Clients we serve\nThree clients have agreed to take your call:\n"
            "Nordbahn AG: Mr Jonas Keller, Head of Service, +49 30 555 0190.\n"
            "Suedwerke GmbH: Ms Anna Roth, Chief Operating Officer, +49 89 555 0111.\n"
            "Hafenlogistik KG: Mr Paul Brandt, Service Director, +49 40 555 0122.\n"],
    "larch": ["Larch Support Oy\nProposal for customer care",
              "Our answers\nC3: service credits? No service credits. We would rather earn your trust every month.\n"
              "C4: references? We can't give you three references yet - our clients so far are two game studios.\n"],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("commercial"), RFP, VENDORS)[1]


@pytest.mark.parametrize(("requirement", "said"), [
    pytest.param("C1", "Polish zloty (PLN)", id="prices in another currency than the one asked"),
    pytest.param("C2", "on each anniversary", id="a rise inside the firm period"),
    pytest.param("C3", "We do not offer service credits.", id="a refusal naming what the requirement opens with"),
    pytest.param("C4", "after shortlisting", id="references held back until a shortlist"),
    pytest.param("C5", "Validity: 90 days", id="a validity under another word, shorter than asked"),
])
def test_a_proposal_saying_otherwise_is_non_compliant_and_quoted(run, requirement, said):
    refused = compliance(run, "birch", requirement)
    assert refused["status"] == "non_compliant" and said in refused["evidence"][0]["quote"]
    assert compliance(run, "cedar", requirement)["status"] != "non_compliant"


def test_an_amount_a_requirement_names_is_no_currency_to_price_in_and_a_monthly_deadline_is_firm(run):
    """An invoice threshold in euros asks for no prices in euros; "within five business days after the end of each
    month" is a report's deadline, not a period counted from another."""
    assert compliance(run, "birch", "C6")["status"] != "non_compliant"
    assert compliance(run, "cedar", "C7")["status"] == "compliant"


def test_the_start_of_service_in_other_words_and_credits_of_up_to_the_share_asked_are_compliant(run):
    """"live within 60 days of signing" answers "Transition completed within ninety (90) days of contract signature";
    "up to 12% of the monthly invoice at risk" is the share of credits asked (at least 10%), no limit."""
    assert compliance(run, "cedar", "C8")["status"] == "compliant"
    assert compliance(run, "cedar", "C3")["status"] == "compliant"


def test_the_gap_names_both_currencies_and_the_right_validity_is_met(run):
    other = compliance(run, "birch", "C1")["gap"]
    assert "PLN" in other and "EUR" in other
    assert compliance(run, "cedar", "C5")["status"] == "compliant"


def test_each_row_of_a_service_level_table_is_read_against_its_own_target(run):
    calls, abandoned = "S1", "S2"
    short = compliance(run, "birch", calls)
    # The row is quoted on its own, not run into the abandonment row after it.
    assert short["status"] == "non_compliant" and "Abandoned" not in short["evidence"][0]["quote"]
    assert "80%" in short["evidence"][0]["quote"]
    assert compliance(run, "birch", abandoned)["status"] == "non_compliant"  # "5% or less" against 4% at most
    assert compliance(run, "cedar", calls)["status"] != "non_compliant"
    assert compliance(run, "cedar", abandoned)["status"] != "non_compliant"


@pytest.mark.parametrize(("requirement", "clause", "broken"), [
    ("Prices firm for the first 12 months.", "On each anniversary of go-live the rates increase by the CPI.", False),
    ("Prices firm for the first twenty-four (24) months.", "An increase of 8% applies from the second year onwards.",
     True),
    ("No indexation before month 25.", "Rates are not indexed during the first 24 months; thereafter by the CPI.",
     False),
    ("Indexation not before the second contract year and capped at three percent (3%).",
     "Charges rise on each anniversary by the salary index, capped at six percent (6%).", True),
    ("Indexation not before the second contract year and capped at three percent (3%).",
     "Charges are adjusted on 1 January each year by the change in the HICP.", True),
    ("Indexation may not exceed the CPI and may apply no earlier than 12 months after go-live.",
     "From month 25 charges rise on each anniversary by the CPI plus one per cent (1%).", True),
    ("Prices firm for the initial term.", "Prices are fixed for the initial term; renewal years follow the CPI.",
     False),
    ("Prices firm for the initial term.", "Rates are fixed for the first contract year and revised each April.", True),
    # prices that may not change, said without "firm"
    ("No price may change during the first eighteen (18) months.", "Rates move by the CPI on each anniversary.", True),
    ("No price may change during the first eighteen (18) months.", "Rates are fixed for the first 24 months; "
     "thereafter they follow the CPI.", False),
])
def test_when_and_how_much_prices_may_rise(requirement, clause, broken):
    assert bool(breaks_firmness(load_requirement_vocab().price_firmness, requirement, clause)) is broken


def test_prices_that_may_not_change_are_a_firmness_requirement():
    asked = load_requirement_vocab().price_firmness.patterns("requirement")
    assert any(p.search("No price may change during the first eighteen (18) months of service.") for p in asked)


@pytest.mark.parametrize(("requirement", "said"), [
    pytest.param("C3", "No service credits.", id="a terse refusal, a clause of its own"),
    pytest.param("C4", "We can't give you three references yet", id="cannot give what is asked"),
])
def test_a_refusal_in_few_words_is_non_compliant(run, requirement, said):
    refused = compliance(run, "larch", requirement)
    assert refused["status"] == "non_compliant" and said in refused["evidence"][0]["quote"]


def test_a_named_firm_period_wins_over_the_whole_term_beside_it():
    vocab = load_requirement_vocab().price_firmness
    assert firm_months(vocab, "Prices firm for the whole initial term; indexation no earlier than 12 months "
                              "after go-live.") == 12
    assert rise_start(vocab, "Rates are fixed for the first 24 months; thereafter on each anniversary.") == 24


def test_a_service_level_table_given_as_goals_meets_a_level_only_in_part(run):
    goal = compliance(run, "aspen", "S1")
    assert goal["status"] == "partial" and "goals" in goal["gap"]
    aimed = compliance(run, "fir", "S1")  # "what we're aiming for", under a column headed "Our aim"
    assert aimed["status"] == "partial" and "goals" in aimed["gap"]
    assert compliance(run, "cedar", "S1")["status"] == "compliant"  # the same level, committed


def test_a_figure_meeting_the_bound_answers_a_requirement_the_judge_found_silent(run):
    # "good for 180 days" shares no word with "shall remain valid for 180 days" but its figure, near in meaning.
    met = compliance(run, "aspen", "C5")
    assert met["status"] == "compliant" and met["evidence"][0]["quote"] == "Our offer is good for 180 days."


def test_clients_named_without_anyone_to_call_are_no_references(run):
    """References are people the buyer can call: three clients named without a contact answer nothing of C4, and a
    list with names and telephone numbers does."""
    assert compliance(run, "spruce", "C4")["status"] == "not_addressed"
    assert compliance(run, "cedar", "C4")["status"] == "compliant"


def test_fewer_referees_than_asked_is_partial(run):
    """C4 asks for three referees: one named, with his number, and the rest withheld answers it only in part."""
    partial = compliance(run, "elm", "C4")
    assert partial["status"] == "partial" and "names 1 referee" in partial["gap"]
    assert "Jonas Keller" in partial["evidence"][0]["quote"]
    # rows of referees under a lead-in about references count, though they do not repeat the word
    assert compliance(run, "yew", "C4")["status"] == "compliant"
