"""How `--rfp` reads what a requirement names and bounds: a comma list closed by "or" is one part, a place that
qualifies a law and a time zone after a clock time are no parts, a standard named in parentheses shows the topic, a
listed item's kind is what it is (not how often or whether it is named), a share capped under the floor asked
contradicts it, more offered elsewhere at a price is partial, so is a duration without a figure, a revision only on
a condition is a hedge and a rise within the first year goes against firm rates; end to end on real PDFs in wording
of their own."""

from __future__ import annotations

import pytest

from rfp_analyzer.patterns import first_text
from rfp_analyzer.rfp.ledger import load_requirement_vocab
from rfp_analyzer.rfp.parts import condition_patterns, listed_kinds, requirement_parts

from .test_rfp_compliance import analyze_against_rfp, compliance


def parts_of(text: str):
    vocab = load_requirement_vocab()
    return requirement_parts({"X": text, "Y": "Unrelated onboarding of new staff."},
                             condition_patterns(vocab.condition))["X"]


def test_names_in_a_comma_list_closed_by_or_are_one_part():
    parts = parts_of("Invoices in EUR, GBP, CHF or NOK for each country.")
    assert [[n.text for n in g] for g in parts.names] == [["EUR", "GBP", "CHF", "NOK"]]
    assert parts.unnamed(["All invoices are issued in CHF."]) == []
    # "and" still asks for each.
    both = parts_of("Reports in French, German and Italian for each canton.")
    assert len(both.names) == 3


def test_a_place_qualifying_a_law_and_a_time_zone_are_no_parts():
    law = parts_of("Processing under Canada's PIPEDA and Brazil's LGPD for every record.")
    assert [[n.text for n in g] for g in law.names] == [["PIPEDA"], ["LGPD"]]
    assert not law.is_stated_about("The Canada desk is open Monday to Friday.")
    clock = parts_of("Backlog summary emailed by 07:30 CET every working day.")
    assert clock.names == []


def test_a_standard_named_in_parentheses_shows_the_topic_but_is_no_part():
    parts = parts_of("Card numbers kept out of the helpdesk's view and records (PCI DSS scope reduction).")
    assert parts.names == []
    assert parts.is_about("Payments go through a PCI DSS Level 1 validated IVR.")
    assert parts.unnamed(["Card numbers are masked on every screen and never recorded."]) == []


def test_an_acronym_written_out_names_it():
    law = parts_of("Processing under Brazil's LGPD for every record.")
    assert law.unnamed(["We process under the Lei Geral de Protecao de Dados of Brazil."]) == []
    assert law.unnamed(["We follow the law of Brazil."]) == ["LGPD"]


def test_a_currency_code_is_named_by_its_other_markers():
    prices = parts_of("Quote in GBP a price per handled contact for each channel.")
    assert prices.unnamed(["All amounts are in pounds sterling, net of VAT."]) == []
    assert prices.unnamed(["Prices per contact: \u00a34.10 by phone."]) == []
    assert prices.unnamed(["All amounts are in euro."]) == ["GBP"]


def test_a_clause_is_no_list_of_kinds_and_a_kind_is_named_in_any_form():
    vocab = load_requirement_vocab()
    verbs = vocab.patterns("obligation") + vocab.patterns("expectation") + vocab.patterns("instruction")
    assert listed_kinds("Transition completed and all services live within 120 days of signature.", verbs) == []
    assert listed_kinds("Proposal pricing and terms valid for 180 days from the due date.", verbs) == []
    # verbs and their objects: "passes its test" is what every agent does, no kind the proposal must name
    assert listed_kinds("Every adviser completes the two-day billing and tariffs course and passes its quiz with at "
                        "least 80%.", verbs) == []
    parts = parts_of("A named account lead, weekly operating reviews and a quarterly business review.")
    assert parts.kinds == ["account", "operating", "business"]
    assert parts.unnamed(["Camila is the account lead; weekly operative meeting and quarterly business review."]) == []


def test_a_listed_items_kind_is_what_it_is_not_how_often():
    vocab = load_requirement_vocab()
    verbs = vocab.patterns("obligation") + vocab.patterns("expectation") + vocab.patterns("instruction")
    assert listed_kinds("Dedicated programme lead, fortnightly steering meeting, quarterly board review and a "
                        "documented complaints procedure.", verbs) == ["programme", "steering", "board", "complaints"]


RFP = [[
    "1. Requirements",
    ("No.", "Requirement"),
    ("P1", "Service credits for missed targets, with not less than 8% of the monthly invoice at risk"),
    ("P2", "Chat transcripts archived for 36 months and purged on the client's request"),
    ("P3", "Hourly rates must stay fixed for the first 24 months of service"),
    ("P4", "Helpdesk service restored within 3 hours of a site outage"),
    ("P5", "Capacity to absorb surge weeks at about twice the average payroll volume"),
]]
VENDORS = {
    "fjord": ["Fjord Support AS\nProposal for the payroll helpdesk",
              "1. Service\nIf a target is missed, we credit 1% of the monthly invoice for each missed target, capped "
              "at 4% of that invoice.\nChat transcripts are archived for 12 months as standard and then purged.\n"
              "Our hourly rate is NOK 410. Should the krone weaken by more than 6% against the euro, Fjord will "
              "revise the hourly rates in proportion.\nAfter a site outage we aim to have the helpdesk service "
              "restored within a few hours.\n",
              "2. Price notes\nArchiving of chat transcripts beyond the standard period is billed at EUR 0.01 per "
              "transcript a month."],
    "tundra": ["Tundra Service Oy\nProposal for the payroll helpdesk",
               "1. Service\nService credits of 2% of the monthly invoice apply for each missed target, with a "
               "maximum of 12% of the invoice in any month.\nChat transcripts are archived for 36 months and purged "
               "within 10 days of the client's request.\nOur hourly rate of EUR 36 is indicative, and Tundra may revise it "
               "at each quarter end."],
    "sound": ["Sound Assist Ltd\nProposal for the payroll helpdesk",
              "1. Charges\nOur hourly rate is GBP 31. Each March the hourly rates rise in line with the UK retail "
              "price index."],
    "moor": ["Moor Service Ltd\nProposal for the payroll helpdesk",
             "1. Charges\nOur hourly rate is GBP 33. The hourly rates are fixed for the first 24 months of service; "
             "thereafter they rise by 3% on each anniversary of go-live.\n"
             "2. Start\nOur onboarding of the helpdesk takes eleven weeks from signature.\n"
             "3. Reporting\nEach month we report the contact volume, backlog and quality to the client."],
    "heath": ["Heath Contact Ltd\nProposal for the payroll helpdesk",
              "1. Charges\nOur hourly rate is GBP 32. The hourly rates rise by 3% on each anniversary of go-live."],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("reading"), RFP, VENDORS)[1]


def test_a_share_capped_under_the_floor_asked_contradicts_it(run):
    capped = compliance(run, "fjord", "P1")
    assert capped["status"] == "non_compliant" and "capped at 4%" in capped["evidence"][0]["quote"]
    assert compliance(run, "tundra", "P1")["status"] == "compliant"


def test_more_offered_elsewhere_at_a_price_is_partial_and_a_deadline_is_no_floor(run):
    priced = compliance(run, "fjord", "P2")
    assert priced["status"] == "partial" and "archived for 12 months" in priced["evidence"][0]["quote"]
    # "purged within 10 days" bounds the purge, not the archive: 36 months is met.
    assert compliance(run, "tundra", "P2")["status"] == "compliant"


def test_a_revision_only_on_a_condition_is_a_hedge_not_a_refusal(run):
    hedged = compliance(run, "fjord", "P3")
    assert hedged["status"] == "partial" and "Should the krone weaken" in hedged["evidence"][0]["quote"]
    revised = compliance(run, "tundra", "P3")
    assert revised["status"] == "non_compliant" and "may revise it" in revised["evidence"][0]["quote"]


def test_a_rise_before_the_firm_period_is_over_goes_against_firm_rates(run):
    risen = compliance(run, "sound", "P3")
    assert risen["status"] == "non_compliant" and "Each March" in risen["evidence"][0]["quote"]
    # The first anniversary falls in month 12, inside the 24 months asked.
    anniversary = compliance(run, "heath", "P3")
    assert anniversary["status"] == "non_compliant" and "month 12" in anniversary["gap"]
    assert compliance(run, "moor", "P3")["status"] != "non_compliant"  # rises only after the 24 months


def test_a_duration_without_a_figure_against_a_bound_is_partial(run):
    vague = compliance(run, "fjord", "P4")
    assert vague["status"] == "partial" and "within a few hours" in vague["evidence"][0]["quote"]


def test_compliant_needs_one_passage_about_the_requirement_not_words_spread_over_several(run):
    # "weeks" of an onboarding plan and "volume" of a monthly report are no capacity for surges.
    assert compliance(run, "moor", "P5")["status"] != "compliant"


@pytest.mark.parametrize("sentence", [
    "We accept the five service levels of section 4 of the RFP.",
    "We are accepting the service levels given in Section 4 of the RFP.",
    "The Supplier accepts the six (6) service levels of the Invitation.",
])
def test_the_rfps_service_levels_accepted_as_a_whole_counted_or_in_the_progressive(sentence):
    assert first_text(load_requirement_vocab().patterns("service_levels_accepted"), sentence)


def test_a_language_is_named_by_its_standard_code():
    """"SV, EN and FI on phone" names Swedish, English and Finnish; "IT support" names no Italian."""
    vocab = load_requirement_vocab()
    parts = requirement_parts({"X": "Service in Swedish, English and Finnish on every channel.",
                               "Y": "Service in Italian on e-mail."}, condition_patterns(vocab.condition),
                              short={k.lower(): v for k, v in vocab.short_forms.items()})
    assert parts["X"].unnamed(["SV, EN and FI on phone, written and chat in all service hours."]) == []
    assert parts["Y"].unnamed(["IT support is on e-mail only."]) != []


CONDITION_RFP = [[
    "1. Requirements",
    ("No.", "Requirement"),
    ("E1", "The emergency line is answered 24/7/365 in Polish and Czech"),
]]
CONDITION_VENDORS = {
    "sudety": ["Sudety Contact\nProposal for the emergency line",
               "1. Emergency line\nThe emergency line is answered 24 hours a day, every day of the year, in Polish "
               "and Czech.\nIf the Walbrzych centre is not available, the emergency line is switched to the Jelenia "
               "Gora centre in at most 15 minutes.\n"],
}


def test_a_negation_inside_a_condition_refuses_nothing(tmp_path):
    """"If the Walbrzych centre is not available, the line is switched ..." says what happens then: it does not
    contradict a 24/7 line."""
    results = analyze_against_rfp(tmp_path, CONDITION_RFP, CONDITION_VENDORS)[1]
    judged = compliance(results, "sudety", "E1")
    assert judged["status"] == "compliant", judged
