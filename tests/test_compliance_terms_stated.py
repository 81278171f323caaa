"""How `--rfp` reads terms a proposal states against a requirement's own, end to end on real PDFs in wording of
their own:

- a requirement asking for something without a charge is refused by a clause about it that charges for it; a charge
  that starts only beyond the duration the requirement asks offers more, and a clause saying it costs nothing
  charges nothing;
- a figure given as a label's value ("Validity of the proposal: 90 days"), or as what a period is ("the migration
  period shall be nine (9) weeks"), is the vendor's value of what the requirement bounds;
- a name the requirement gives an instance of in parentheses ("the CRM (Salesforce Service Cloud)") is named by
  the instance;
- a limit the requirement itself words ("Business-hours calls") is no limit of a passage restating it;
- a quote restating the whole requirement, its names and figures, meets it: its own terms are the specifics;
- a condition the vendor attaches ("provided that the authority grants access") is a limit: partial;
- a requirement the judge answered with passages on nearby topics is read again: silence is not addressed, a
  passage mentioning it with a hedge is partial;
- a requirement staffing languages over hours is met in part by a passage covering one of them with a stand-in (an
  interpreter) or serving its callers in another language, and refused by one leaving it unserved (a voicemail); a
  passage about the night is no gap of daytime hours;
- a list item of a pricing section is a requirement without "must" ("P-01 Price all work in EUR ..."), a fact there
  is not;
- a requirement an overview restates keeps its own words (the words both use are no vocabulary of the buyer);
- a requirement's words are met in their other forms ("we calibrate" for "calibration"), and its figures in brackets
  ("one hundred and twenty (120) days") are its marks; a language is named by its tag with a region ("es-MX")."""

from __future__ import annotations

import pytest

from rfp_analyzer.rfp.ledger import load_requirement_vocab, read_ledger
from rfp_analyzer.rfp.parts import condition_patterns, own_words, requirement_parts, restatements

from .test_compliance_reading import parts_of
from .test_requirements import write_rfp
from .test_rfp_compliance import analyze_against_rfp, compliance

RFP = [[
    "2. Requirements",
    ("No.", "Requirement"),
    ("T1", "The harbour authority may end the contract for convenience on sixty (60) days notice without any "
           "termination charge."),
    ("T2", "Voice recordings shall be kept for eighteen (18) months at no additional cost."),
    ("T3", "The ferry booking line shall be staffed 24/7 in Danish, German and English by live agents."),
    ("T4", "Written enquiries shall be answered Monday to Friday 09:00-17:00 in Danish, German and English."),
    ("T5", "Proposals shall remain valid for one hundred and eighty (180) days from the closing date."),
    ("T7", "At least ten percent (10%) of the monthly charges are at risk as service credits for missed service "
           "levels."),
    ("T8", "The provider shall absorb peaks of up to 150% of forecast daily volume on 48 hours notice."),
    ("T9", "The provider shall complete the knowledge-base migration within six (6) weeks of contract signature."),
    ("T10", "Every booking enquiry shall be logged in the CRM (Salesforce Service Cloud) by the agent."),
    ("T11", "Business-hours booking calls shall be answered within 60 seconds."),
    ("T12", "Ferry app support is provided daily 07:00-22:00 CET in Danish, German and English on phone, chat and "
            "e-mail."),
]]
VENDORS = {
    "skagen": ["Skagen Contact A/S\nProposal for the ferry booking service",
               "1. Commercial terms\nShould the authority end the contract for convenience, it shall pay a sum equal "
               "to two monthly invoices.\nVoice recordings are kept for six months; after that period their storage "
               "is billed at DKK 0.30 per recorded hour.\n"
               "2. Staffing\nThe ferry booking line is staffed 24/7 in Danish, German and English. German callers at "
               "night are answered by a Danish agent with a German interpreter joining the call.\n"
               "Written enquiries are answered Monday to Friday 09:00-17:00 in Danish, German and English.\n"
               "3. Offer\nValidity of the proposal: 90 days.\n"
               "4. Partnership\nService credits we prefer to discuss together in the contract negotiation, after the "
               "first three months.\nWe complete the knowledge-base migration within five (5) weeks of contract signature, "
               "provided that the authority grants access to its systems in the first week.\n"
               "Our agents log every booking enquiry in your Salesforce Service Cloud.\n"
               "Business hours booking calls are answered within 45 seconds.\n"
               "Ferry app support is open daily 07:00-22:00 CET in Danish, German and English by phone, chat and "
               "e-mail.\n"
               "Growing with you: the authority is bigger than all our current clients "
               "together, and every Monday you receive a weekly report with volumes and answer times."],
    "aarhus": ["Aarhus Service ApS\nProposal for the ferry booking service",
               "1. Commercial terms\nThe authority may end the contract for convenience on sixty days notice, and no "
               "termination fee will be payable.\nVoice recordings are kept for eighteen months without cost; "
               "storage beyond 36 months is billed at DKK 0.30 per recorded hour.\n"
               "2. Staffing\nThe ferry booking line is staffed 24/7 in Danish and English; at night German callers "
               "leave a voicemail and we call them back the next morning.\n"
               "Between 22:00 and 06:00 the booking line is staffed by our night team with a German interpreter on "
               "call.\nWritten enquiries are answered Monday to Friday 09:00-17:00 in Danish, German and English.\n"
               "3. Offer\nThis offer is valid for 180 days.\n"
               "4. Peaks\nWe absorb peaks of up to 170% of the daily forecast volume on 24 hours notice.\n"
               "We complete the knowledge-base migration within five (5) weeks of contract signature."],
    "esbjerg": ["Esbjerg Kontakt ApS\nProposal for the ferry booking service",
                "2. Staffing\nThe ferry booking line and the harbour desk run 24/7 with live agents in Danish, German "
                "and English: Esbjerg for Danish and English, Flensburg for German.\n"
                "3. Migration\nThe knowledge-base migration period shall be nine (9) weeks from contract signature."],
    "odense": ["Odense Kundeservice A/S\nProposal for the ferry booking service",
               "2. Staffing\nThe ferry booking line is staffed 24/7 in Danish, German and English by live agents.\n"
               "German is staffed from 08:00 to 20:00; outside those hours German-speaking callers are served in "
               "English or Danish.\nWritten enquiries are answered Monday to Friday 09:00-17:00 in Danish, German and "
               "English."],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("terms"), RFP, VENDORS)[1]


def test_a_charge_for_what_is_asked_without_one_refuses_it(run):
    charged = compliance(run, "skagen", "T1")
    assert charged["status"] == "non_compliant" and "shall pay" in charged["evidence"][0]["quote"]
    # Storage billed after six months, against eighteen months at no additional cost.
    billed = compliance(run, "skagen", "T2")
    assert billed["status"] == "non_compliant" and "billed at DKK" in billed["evidence"][0]["quote"]


def test_no_charge_or_a_charge_beyond_what_is_asked_is_no_refusal(run):
    assert compliance(run, "aarhus", "T1")["status"] != "non_compliant"  # "no termination fee will be payable"
    assert compliance(run, "aarhus", "T2")["status"] != "non_compliant"  # billed only beyond 36 months


def test_a_language_covered_by_a_stand_in_or_in_another_language_is_partial(run):
    bridged = compliance(run, "skagen", "T3")
    assert bridged["status"] == "partial" and "interpreter" in bridged["evidence"][0]["quote"]
    other = compliance(run, "odense", "T3")
    assert other["status"] == "partial" and "served in English" in other["evidence"][0]["quote"]


def test_a_language_left_unserved_refuses_it(run):
    voicemail = compliance(run, "aarhus", "T3")
    assert voicemail["status"] == "non_compliant" and "voicemail" in voicemail["evidence"][0]["quote"]


def test_a_passage_about_the_night_is_no_gap_of_daytime_hours(run):
    # The night-time voicemail and interpreter are about the 24/7 line, not the weekday written enquiries.
    assert compliance(run, "aarhus", "T4")["status"] == "compliant"
    assert compliance(run, "skagen", "T4")["status"] == "compliant"


def test_a_figure_without_a_bound_word_is_the_vendors_value(run):
    short = compliance(run, "skagen", "T5")
    assert short["status"] == "non_compliant" and "90 days" in short["evidence"][0]["quote"]
    assert compliance(run, "aarhus", "T5")["status"] != "non_compliant"  # "This offer is valid for 180 days."


def test_a_list_item_of_a_pricing_section_is_a_requirement_without_must(tmp_path):
    rfp = write_rfp(tmp_path / "pricing.pdf", [[
        "6. Pricing instructions",
        "- P-01 Price all work in EUR and state the exchange rate used for any other currency.",
        "- Term: three (3) years from go-live; the contract does not renew automatically.",
        "- Target go-live: 1 March 2027.",
        "7. Evaluation", "Proposals are scored on price and quality."]])
    kinds = {r.text: r.kind for r in read_ledger(rfp, load_requirement_vocab()).requirements}
    assert kinds["P-01 Price all work in EUR and state the exchange rate used for any other currency."] == \
        "pricing_instruction"
    assert kinds["Term: three (3) years from go-live; the contract does not renew automatically."] == \
        "pricing_instruction"
    # A fact the pricing rests on asks nothing: not judged.
    assert kinds.get("Target go-live: 1 March 2027.", "submission") == "submission"


def test_a_requirement_restated_in_an_overview_keeps_its_own_words():
    texts = {"overview": "Transition must be completed and the service live within ninety (90) days of signature.",
             "R-04": "R-04 Transition must be completed within ninety (90) days of contract signature.",
             "R-05": "R-05 Safety incidents must be escalated to the on-call lead within five (5) minutes."}
    words = own_words(texts, shared_by=1)
    assert {"transition", "completed", "ninety"} <= words["R-04"]
    assert restatements(texts)["R-04"] == restatements(texts)["overview"] != restatements(texts)["R-05"]


def test_a_requirements_words_are_met_in_their_other_forms_and_its_figures_in_brackets():
    parts = parts_of("The provider shall evaluate contacts against a scorecard and hold calibration sessions.")
    # "calibration" is met by "we calibrate", "evaluate" by "evaluations".
    assert parts.is_about("Once a month we calibrate the evaluations together with your team.")
    validity = parts_of("Proposals shall remain valid for one hundred and twenty (120) days after the closing date.")
    assert validity.is_about("Offer is valid 120 days.")  # the word and the figure in brackets
    assert not validity.is_about("Payment terms are 45 days.")


def test_nearby_topics_are_silence_and_a_hedged_mention_is_partial(run):
    assert compliance(run, "skagen", "T8")["status"] == "not_addressed"  # "bigger than all our current clients"
    assert compliance(run, "aarhus", "T8")["status"] == "compliant"
    hedged = compliance(run, "skagen", "T7")
    assert hedged["status"] == "partial" and any("prefer to discuss" in e["quote"] for e in hedged["evidence"])


def test_a_language_is_named_by_its_tag_with_a_region():
    vocab = load_requirement_vocab()
    parts = requirement_parts({"X": "Safety triage staffed 24/7/365 in Portuguese, Spanish and English.",
                               "Y": "Unrelated onboarding of new staff."}, condition_patterns(vocab.condition),
                              short={k.lower(): v for k, v in vocab.short_forms.items()})["X"]
    assert parts.unnamed(["24/7/365 for all channels in pt-BR, es-MX and en-US."]) == []
    assert parts.unnamed(["All channels in English, es and pt."]) == ["Portuguese", "Spanish"]  # no tag: no region


def test_a_condition_the_vendor_attaches_is_a_limit(run):
    conditional = compliance(run, "skagen", "T9")
    assert conditional["status"] == "partial" and "provided that" in conditional["evidence"][0]["quote"]
    assert compliance(run, "aarhus", "T9")["status"] == "compliant"


def test_what_a_period_is_said_to_be_is_held_against_the_bound(run):
    longer = compliance(run, "esbjerg", "T9")  # "the migration period shall be nine (9) weeks" against six
    assert longer["status"] == "non_compliant" and "nine (9) weeks" in longer["evidence"][0]["quote"]


def test_a_name_is_named_by_the_instance_the_requirement_gives_in_parentheses(run):
    assert compliance(run, "skagen", "T10")["status"] == "compliant"  # "your Salesforce Service Cloud", no "CRM"
    assert compliance(run, "aarhus", "T10")["status"] == "not_addressed"


def test_a_limit_the_requirement_itself_words_is_no_limit(run):
    assert compliance(run, "skagen", "T11")["status"] == "compliant"  # "Business hours booking calls ..."


def test_a_quote_restating_the_whole_requirement_meets_it(run):
    assert compliance(run, "skagen", "T12")["status"] == "compliant"  # "open daily 07:00-22:00 CET in Danish, ..."
    assert compliance(run, "esbjerg", "T3")["status"] == "compliant"  # "run 24/7 with live agents in Danish, ..."
