"""How `--rfp` reads a requirement's scope, names and figures, end to end on real PDFs in wording of their own:

- a language kept to some channels "only" refuses a requirement for every channel (hours kept short only limit it);
- a language named by its standard code ("ES") is named; a name offered as one way among others ("native or
  C1-level") is no part to name;
- the hours an RFP states in a table are its service windows;
- data "subject to" a law is governed by it, no limit;
- a duration counted from another period ("the term and sixty days thereafter") is partial;
- a refusal is read with the label of the table row it was cut from;
- a vendor's "Complies 7.2" is read in the clause it cites;
- a requirement that counts ("at least three bank clients") is met by a passage that counts, not by one restating
  its words;
- another variety of what a requirement names ("European French" for "Canadian French") is a substitute;
- a matrix answer deferred to negotiation ("To discuss after signature") is partial;
- one word shared with a requirement is a nearby topic, not a partial answer;
- a fact in a pricing section ("Target go-live: ...") is no pricing instruction to judge;
- a line that only carries on a table cell ("within 45 seconds") keeps the table going; a row all in lower case
  carries on the row above."""

from __future__ import annotations

import pytest

from rfp_analyzer.ingest.chunk import file_sentences
from rfp_analyzer.ingest.pdf import read_pdf
from rfp_analyzer.judge.compliance import _cited, _references
from rfp_analyzer.rfp.ledger import load_requirement_vocab, read_ledger

from .conftest import write_pdf
from .test_compliance_reading import parts_of
from .test_requirements import write_rfp
from .test_rfp_compliance import analyze_against_rfp, compliance

RFP = [[
    "1. Hours of service",
    ("Queue", "Channels", "Days and hours"),
    ("Iberia queue", "phone, chat, email", "Monday to Friday 08:00-18:00"),
    "2. Requirements",
    ("No.", "Requirement"),
    ("Q1", "Advisors who are native or C1-level speakers of English, Spanish and French on every channel in the "
           "hours table"),
    ("Q2", "Processing of client records under the GDPR and Switzerland's FADP"),
    ("Q3", "Call recordings retained for 24 months and deleted on the client's request"),
    ("Q4", "ISO/IEC 27001 certification of every delivery site"),
    ("Q5", "Retail-banking experience: at least three bank clients in the last four years, with references"),
    ("Q6", "Acceptance of the client's supplier oversight rules, including on-site audits by its regulators"),
    ("Q7", "Written replies in Canadian French for every client in Quebec"),
    ("Q8", "Pre-hire background checks for all advisors, consistent with the Fair Credit Reporting Act"),
]]
VENDORS = {
    "quito": ["Quito Contact SA\nProposal for the Iberia helpline",
              "1. Languages\nEN, ES and FR advisors answer on phone, chat and email, all native speakers or "
              "certified at C1.\nThe Iberia desk is staffed Monday to Friday 08:00-18:00 in Spanish and English on "
              "every channel.\n"
              "2. Data\nWe process client records in accordance with the GDPR and, for records subject to it, with "
              "Switzerland's FADP.\n"
              "3. Recordings\nCall recordings are retained for the contract term and sixty days thereafter, and deleted "
              "on the client's request.\n"
              "4. Experience\nQuito has deep retail-banking experience and long-standing bank clients.\n"
              "5. Validity\nWe aim to keep this proposal open for acceptance.\n"
              "6. Quebec\nWritten replies in Canadian French are drafted by our Montreal team."],
    "lisbon": ["Lisbon Helpdesk Lda\nProposal for the Iberia helpline",
               "1. Languages\nEnglish and French advisors, native speakers, answer on phone, chat and email.\n"
               "Spanish-language enquiries are handled by email and web chat only, by our partner in Madrid.\n"
               "2. Recordings\nCall recordings are retained for 24 months and deleted on the client's request.\n"
               "3. Experience\nOur retail-banking experience: four bank clients since 2023, Banco Norte, Caixa Sul, "
               "Banca Este and Credito Oeste, each a reference you may call.\n"
               "4. Quebec\nWritten replies for clients in Quebec are drafted by native speakers of European French.\n"
               "5. Screening\nAll advisors pass pre-hire background checks, and our team works to the Bank Secrecy "
               "Act."],
    "vigo": ["Vigo Atencion SL\nProposal for the Iberia helpline",
             "1. Languages\nEnglish and French advisors, native speakers, answer on phone, chat and email.\n"
             "Spanish advisors, native speakers, work Monday to Friday 09:00-13:00 only, on phone, chat and email.",
             # A table row cut in two: its label ("ISO/IEC 27001") ends the sentence before its status.
             "4. Security and data\nGDPR: processing in Spain; safeguards to be assessed with the client\n"
             "ISO/IEC 27001\ncertification audit scheduled for May 2028 (gap analysis done); controls aligned with "
             "PCI DSS\nBackups are stored in Madrid.",
             "9. Answers to the requirements\nQ5 To discuss after signature."],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("scope"), RFP, VENDORS)[1]


def test_a_language_kept_to_some_channels_only_refuses_every_channel(run):
    refused = compliance(run, "lisbon", "Q1")
    assert refused["status"] == "non_compliant" and "web chat only" in refused["evidence"][0]["quote"]
    # Hours kept short limit the requirement; they refuse no channel.
    assert compliance(run, "vigo", "Q1")["status"] == "partial"


def test_a_language_named_by_its_code_and_the_rfps_table_hours_meet_it(run):
    assert compliance(run, "quito", "Q1")["status"] == "compliant"


def test_data_subject_to_a_law_is_governed_by_it_no_limit(run):
    assert compliance(run, "quito", "Q2")["status"] == "compliant"


def test_a_duration_counted_from_another_period_is_no_total_partial(run):
    relative = compliance(run, "quito", "Q3")
    assert relative["status"] == "partial" and "thereafter" in relative["evidence"][0]["quote"]
    assert compliance(run, "lisbon", "Q3")["status"] == "compliant"


def test_a_refusal_is_read_with_the_label_its_row_was_cut_from(run):
    refused = compliance(run, "vigo", "Q4")
    assert refused["status"] == "non_compliant" and "audit scheduled" in refused["evidence"][0]["quote"]


def test_the_clause_a_claim_cites_is_found(tmp_path):
    proposal = write_pdf(tmp_path / "vigo.pdf", [
        "Vigo Atencion SL\nProposal for the Iberia helpline",
        "7. Term\n7.1 The Agreement starts on signature and runs for an initial term of three years.\n"
        "7.2 It expires at the end of that term unless the Client extends it by written notice.\n"
        "8. Service reviews\nWe meet the Client every month.",
        "9. Answers to the requirements\nQ5 Complies 7.2. Q6 Yes, see section 8.",
        # A schedule's heading after a running header the page kept.
        "Vigo Atencion SL - Tender - Schedule 3 - Service credits\nEach missed target earns a credit of 2%."])
    sentences = file_sentences(read_pdf(proposal, "vigo.pdf")[0], "vigo")
    assert _references("Complies 7.2") == ["7.2"] and _references("Yes, see section 8") == ["8"]
    assert _references("Complies (Schedule 3)") == ["schedule 3"]
    # The clause cited first, then the rest of the section it sits in, not the next section.
    assert [s.text[:3] for s in _cited(sentences, "7.2")] == ["7.2", "7. ", "7.1"]
    assert [s.text for s in _cited(sentences, "8")] == ["8. Service reviews", "We meet the Client every month."]
    assert _cited(sentences, "12") == []
    assert "earns a credit of 2%" in _cited(sentences, "schedule 3")[0].text


def test_a_requirement_that_counts_is_met_by_a_passage_that_counts_not_one_restating_it(run):
    assert compliance(run, "quito", "Q5")["status"] == "partial"  # "deep retail-banking experience"
    assert compliance(run, "lisbon", "Q5")["status"] == "compliant"  # "four bank clients since 2023, ..."


def test_one_shared_word_is_a_nearby_topic_not_a_partial_answer(run):
    # "open for acceptance" (a proposal's validity) against "acceptance of the client's supplier oversight rules"
    assert compliance(run, "quito", "Q6")["status"] == "not_addressed"


def test_another_variety_of_what_is_named_is_a_substitute(run):
    substitute = compliance(run, "lisbon", "Q7")
    assert substitute["status"] == "non_compliant" and "European French" in substitute["evidence"][0]["quote"]
    assert compliance(run, "quito", "Q7")["status"] != "non_compliant"
    # Only a language has varieties: the Bank Secrecy Act is no substitute for the Fair Credit Reporting Act.
    assert compliance(run, "lisbon", "Q8")["status"] != "non_compliant"


def test_an_answer_deferred_to_negotiation_is_partial(run):
    deferred = compliance(run, "vigo", "Q5")
    assert deferred["status"] == "partial" and deferred["evidence"][0]["quote"] == "Q5 To discuss after signature."


def test_a_name_offered_as_one_way_among_others_is_no_part():
    parts = parts_of("Advisors who are native or C1-level speakers of English and ISO 9001 or equivalent quality.")
    assert [[n.text for n in g] for g in parts.names] == [["English"]]
    assert parts.unnamed(["All advisors are native English speakers."]) == []


def test_the_hours_an_rfp_states_in_a_table_are_its_service_windows(tmp_path):
    ledger = read_ledger(write_rfp(tmp_path / "rfp.pdf", RFP), load_requirement_vocab())
    assert [(w.days, w.start, w.end) for w in ledger.windows()] == [(frozenset(range(5)), 8 * 60, 18 * 60)]


def test_a_fact_in_a_pricing_section_is_no_pricing_instruction(tmp_path):
    rfp = write_rfp(tmp_path / "pricing.pdf", [[
        "3. Pricing requirements", "The price schedule must show:",
        "- one-time charges and monthly charges for each queue;", "- Target go-live: 1 March 2027.",
        "Prices must be firm for the first year."]])
    kinds = {r.text: r.kind for r in read_ledger(rfp, load_requirement_vocab()).requirements}
    assert kinds["Target go-live: 1 March 2027."] == "submission"  # nothing for the vendor to meet: not judged
    assert kinds["Prices must be firm for the first year."] == "pricing_instruction"
    assert kinds["one-time charges and monthly charges for each queue;"] == "pricing_instruction"


def test_a_wrapped_cell_carries_a_table_on(tmp_path):
    rfp = write_rfp(tmp_path / "levels.pdf", [[
        "4. Service levels",
        ("Metric", "Target", "How measured"),
        ("Chat first reply", "85%", "agent reply"),
        "within 45 seconds",
        ("Email answered within 8", "90%", "calendar hours"),
        "hours",
        ("Billing accuracy rate", "99.5% or more", "monthly audit"),
        "sampled",
        ("by the client", "each quarter"),
        "5. Term"]])
    ledger = read_ledger(rfp, load_requirement_vocab())
    kinds = {r.text.split(":")[0]: r.kind for r in ledger.requirements}
    # A line wrapped in the first column joins its row's first cell: the metric is whole ("within 8 hours").
    assert kinds["Chat first reply within 45 seconds"] == kinds["Email answered within 8 hours"] == "service_level"
    assert any(k.startswith("Billing accuracy rate") and v == "service_level" for k, v in kinds.items())
    # The wrapped lines, and a row whose every cell opens in lower case, carry on the rows above: no requirements.
    assert not {"within 45 seconds", "hours", "sampled", "by the client"} & set(kinds)
