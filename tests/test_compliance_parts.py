"""What a requirement names and asks for (rfp/parts.py), and how the compliance judge uses it: a passage is about a
requirement only when it names one of its names or two of its own words; a limit stated about something else does
not make a vendor partial; compliant names every part the requirement cites; a refusal plainly about the
requirement outweighs a commitment beside it. End to end on real PDFs, a real index and the packaged model."""

from __future__ import annotations

import pytest

from rfp_analyzer.rfp.ledger import load_requirement_vocab
from rfp_analyzer.rfp.parts import condition_patterns, listed_kinds, requirement_parts, strip_conditions

from .test_rfp_compliance import analyze_against_rfp

CONDITIONS = condition_patterns(load_requirement_vocab().condition)
TEXTS = {
    "GDPR": "Compliance with the EU General Data Protection Regulation, a data processing agreement under Article 28 "
            "GDPR and, where personal data is accessed from outside the EEA, the EU Standard Contractual Clauses.",
    "RESIDENCY": "Customer data stored only in the United States or the European Union, including backups.",
    "SECURITY": "Information security program meeting the Gramm-Leach-Bliley Act (GLBA) Safeguards requirements.",
    "CHECKS": "Criminal record checks for all agents with access to Contoso systems, subject to local law.",
    "LANGUAGES": "Support in English, German and Japanese on phone and chat for Contoso customers.",
}


@pytest.fixture(scope="module")
def parts():
    return requirement_parts(TEXTS, CONDITIONS)


def test_condition_clauses_are_no_part_of_what_every_proposal_names(parts):
    assert strip_conditions(TEXTS["CHECKS"], CONDITIONS).endswith("Contoso systems .")
    gdpr = strip_conditions(TEXTS["GDPR"], CONDITIONS)
    assert "EEA" not in gdpr and "Standard Contractual" not in gdpr and "Article 28 GDPR" in gdpr
    assert [[n.text for n in group] for group in parts["GDPR"].names] == [
        ["EU General Data Protection Regulation"], ["Article 28 GDPR"]]
    # "subject" only appeared in the condition: a passage on data subject requests is not about background checks.
    assert not parts["CHECKS"].is_about("Our privacy team handles data subject requests for many clients.")


def test_a_name_is_one_unit_written_in_the_forms_vendors_use(parts):
    gdpr = parts["GDPR"]
    assert gdpr.unnamed(["We are fully GDPR compliant."]) == ["Article 28 GDPR"]  # initials name the regulation
    assert gdpr.unnamed(["An Article 28 data processing agreement under the GDPR."]) == []
    assert not gdpr.named("Liability is capped, except for breaches of data protection obligations.")
    assert parts["SECURITY"].named("We meet the GLBA Safeguards requirements.")  # the acronym the RFP gave
    assert [[n.text for n in g] for g in parts["RESIDENCY"].names] == [["United States", "European Union"]]
    assert parts["RESIDENCY"].unnamed(["Data is stored only in our Frankfurt centre in the European Union."]) == []
    assert parts["LANGUAGES"].unnamed(["Support in English and German around the clock."]) == ["Japanese"]
    # A name more than one requirement cites is the buyer's own: it names no requirement.
    assert all("Contoso" not in n.text for p in parts.values() for g in p.names for n in g)


def test_an_acronym_is_named_by_its_words_written_out():
    reconcile = requirement_parts({"R": "The provider shall reconcile PQCs with the Quality function every month."},
                                  CONDITIONS)["R"]
    assert reconcile.unnamed(["We reconcile Product Quality Complaints with your Quality team monthly."]) == []
    assert reconcile.unnamed(["We reconcile complaints with your Quality team monthly."]) == ["PQCs"]


def test_another_requirement_cited_by_its_id_is_no_name_to_find():
    """"(retention: see R-09)" points the reader to another requirement; a vendor answering R-07 never names it."""
    texts = {"R-07": "All work is done in the Client's CargoWise instance; no Client data is kept in supplier "
                     "systems other than the archive under R-09.",
             "R-09": "Declaration files retained for ten (10) years."}
    work = requirement_parts(texts, CONDITIONS)["R-07"]
    assert "R-09" not in work.unnamed(["We work only inside your CargoWise instance and keep no data of yours."])


def test_a_passage_is_about_a_requirement_by_a_name_or_two_of_its_words(parts):
    checks = parts["CHECKS"]
    assert checks.is_about("Criminal record checks are completed before access is granted.")
    assert not checks.is_about("Every record is kept for seven years.")  # one shared word is not the topic


def test_a_requirement_stated_as_a_list_names_each_kind_it_lists():
    vocab = load_requirement_vocab()
    verbs = vocab.patterns("obligation") + vocab.patterns("expectation") + vocab.patterns("instruction")
    assert listed_kinds("Fingerprint screening and reference verification for every agent.", verbs) == [
        "fingerprint", "reference"]
    assert listed_kinds("Medical records, credit reports and payroll files kept on site.", verbs) == [
        "medical", "credit", "payroll"]
    # A sentence with an obligation, a list of one-word items, several sentences: no list of kinds to read.
    assert listed_kinds("The provider must offer chat support and email support.", verbs) == []
    assert listed_kinds("Data stored, processed and accessed only in Canada.", verbs) == []
    assert listed_kinds("Continuity. A tested continuity plan and disaster recovery plan.", verbs) == []


RFP = [[
    "1. Mandatory requirements",
    "Responses that do not meet the following requirements will not be evaluated further.",
    ("No.", "Requirement"),
    ("M1", "Compliance with the EU General Data Protection Regulation and an Article 28 GDPR agreement"),
    ("M2", "Customer data stored and processed only in the United States or the European Union"),
    ("M3", "Service credits for every missed service level target"),
    ("M4", "Criminal record checks for every agent with access to customer systems, subject to local law"),
    ("M5", "Fingerprint screening and reference verification for every agent"),
]]
VENDORS = {
    "delta": ["Delta Contact Ltd.\nProposal for customer care",
              "1. Security and privacy\nDelta is fully GDPR compliant and ISO 27001 certified.\n"
              "Our privacy team answers data subject requests for clients every week.\n"
              "All customer data is stored and processed in our Frankfurt data centre in the European Union.\n"
              "2. Service levels\nService levels are targets only; no penalties or service credits shall be "
              "applicable.\n"
              "3. People\nReference verification and screening are completed for every agent before the first "
              "shift.\n"],
    "omega": ["Omega Care plc\nProposal for customer care",
              "1. Security and privacy\nOmega will sign a data processing agreement under Article 28 GDPR and "
              "complies with the EU General Data Protection Regulation in every site.\n"
              "Customer data is stored and processed only in the United States, in our Ohio data centre.\n"
              "Criminal record checks are completed for every agent before access to customer systems is "
              "granted.\n"
              "Fingerprint screening and reference verification are completed for every agent before hire.\n"
              "2. Service levels\nEvery missed service level target earns a service credit of 5% of the "
              "monthly fee.\n"
              "3. Commercial terms\nEach party's liability is limited to the fees paid in the prior twelve "
              "months, except for breaches of data protection obligations.\n"],
}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("parts"), RFP, VENDORS, "--format", "json")[1]


def status(results: dict, vendor: str, requirement: str) -> dict:
    entry = next(v for v in results["vendors"] if v["vendor"] == vendor)
    return next(c for c in entry["compliance"] if c["id"] == requirement)


def test_a_claim_that_leaves_out_a_cited_part_is_partial(results):
    claim = status(results, "delta", "M1")
    assert claim["status"] == "partial" and "Article 28 GDPR" in claim["gap"]
    assert status(results, "omega", "M1")["status"] == "compliant"


def test_a_limit_stated_about_something_else_is_no_shortfall(results):
    # Omega's liability cap "except for breaches of data protection obligations" is not a limit on its GDPR
    # compliance, nor is "only in the United States" a limit when the RFP allows the United States.
    assert status(results, "omega", "M1")["status"] == "compliant"
    assert status(results, "omega", "M2")["status"] == "compliant"
    assert status(results, "delta", "M2")["status"] == "compliant"  # one of the alternatives named


def test_a_refusal_about_the_requirement_is_non_compliant(results):
    refused = status(results, "delta", "M3")
    assert refused["status"] == "non_compliant"
    assert "no penalties or service credits shall be applicable" in refused["evidence"][0]["quote"]
    assert status(results, "omega", "M3")["status"] == "compliant"


def test_a_passage_sharing_a_condition_word_does_not_address_the_requirement(results):
    silent = status(results, "delta", "M4")
    assert silent["status"] == "not_addressed"
    assert status(results, "omega", "M4")["status"] == "compliant"


def test_a_list_requirement_is_compliant_only_when_every_kind_is_named(results):
    screening = status(results, "delta", "M5")
    assert screening["status"] == "partial" and "fingerprint" in screening["gap"]
    assert status(results, "omega", "M5")["status"] == "compliant"


def test_a_name_with_letters_beyond_ascii_is_read_whole():
    """"Ticketbörse" is one name: a gap never cites a name cut at its first accented letter ("Ticketb")."""
    found = requirement_parts({"RESALE": "Resale of unused seats through the Ruhrwacht Ticketbörse and the "
                                         "Zürich Fanshop."}, CONDITIONS)
    assert [[n.text for n in group] for group in found["RESALE"].names] == [
        ["Ruhrwacht Ticketbörse"], ["Zürich Fanshop"]]
