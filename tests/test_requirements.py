"""The RFP's requirement ledger (`rfp-analyze requirements`), read from real PDFs built here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from rfp_analyzer.cli import main
from rfp_analyzer.ingest.pdf import read_pdf
from rfp_analyzer.models import Evidence
from rfp_analyzer.rfp.ledger import read_ledger
from rfp_analyzer.verify import CitationVerifier

# Each page: lines; a line is text, or a tuple of cells drawn at column positions (a table row).
RFP_PAGES = [
    [
        "Request for Proposal RFP-77: Outsourced Customer Care",
        "Issued 3 March 2026 by Contoso Ltd, 12 Harbour Road, Springfield, IL 62701.",
        "1. Introduction",
        "Contoso sells garden tools online to about 90,000 customers in 14 countries.",
        "We will award a single agreement for the full term.",
        "2. Mandatory requirements",
        "Responses that do not meet the following requirements will not be evaluated further.",
        ("No.", "Requirement"),
        ("M1", "Current ISO/IEC 27001 certification of every delivery site"),
        ("M2", "Customer data stored only in the European Union"),
        ("M3", "Capacity for peak weeks at about 1.8 times the average volume"),
        "3. Service levels",
        "The provider must commit to service credits for every missed target.",
        ("Metric", "Minimum target"),
        ("Calls answered", "80% within 30 seconds"),
        ("Emails answered", "95% within 8 hours"),
    ],
    [
        "4. Evaluation criteria",
        ("Criterion", "What we look for", "Points"),
        ("Experience", "Retail care for online shops", "30"),
        ("Quality", "Sampling and calibration", "45"),
        ("Price", "Complete unit rates", "25"),
        "A response that fails a mandatory requirement may be disqualified.",
        "5. Pricing",
        "Prices must be stated in euros and be firm for 24 months.",
        "6. Timeline",
        ("Milestone", "Date"),
        ("Proposals due", "10 April 2026"),
        "Questions must be sent to buyer@contoso.example by 20 March 2026.",
    ],
]


def write_rfp(path: Path, pages: list[list]) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        y = 800
        for line in lines:
            if isinstance(line, tuple):
                for x, cell in zip((50, 200, 420), line):
                    pdf.drawString(x, y, cell)
            else:
                pdf.drawString(50, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return path


def test_ledger_reads_structure_and_quotes_every_item_on_its_page(tmp_path):
    path = write_rfp(tmp_path / "rfp.pdf", RFP_PAGES)
    ledger = read_ledger(path)
    by_text = {r.text: r for r in ledger.requirements}
    # The requirement table keeps the RFP's ids and its gate: the lead-in makes them mandatory.
    m1 = next(r for r in ledger.requirements if r.id == "M1")
    assert m1.mandatory and m1.kind == "mandatory" and "ISO/IEC 27001" in m1.text
    assert next(r for r in ledger.requirements if r.id == "M2").mandatory
    # A row the RFP numbers is a requirement even when it states an estimate ("about 1.8 times").
    assert next(r for r in ledger.requirements if r.id == "M3").mandatory
    # One service-level requirement per row, target kept.
    slas = [r for r in ledger.requirements if r.kind == "service_level"]
    assert [s.text for s in slas] == ["Calls answered: 80% within 30 seconds", "Emails answered: 95% within 8 hours"]
    assert not any(r.mandatory for r in slas)
    assert any(r.kind == "requirement" and "service credits" in r.text for r in ledger.requirements)
    assert any(r.kind == "pricing_instruction" and "euros" in r.text for r in ledger.requirements)
    # Background, the buyer's own intentions, the timeline and addresses stay out.
    everything = " ".join(by_text)
    for left_out in ("90,000", "single agreement", "Proposals due", "Harbour Road", "buyer@contoso"):
        assert left_out not in everything
    # Points become weights that sum to 100, in the stated order.
    assert [(c.title, c.weight) for c in ledger.evaluation_criteria] == [
        ("Experience", 30.0), ("Quality", 45.0), ("Price", 25.0)]
    # Every quote is on its page.
    source, _ = read_pdf(path, path.name)
    verifier = CitationVerifier([source])
    for item in ledger.requirements + ledger.evaluation_criteria:
        assert verifier.is_verbatim(Evidence(item.evidence.file, item.evidence.page, item.evidence.quote))
    assert ledger.unverified == 0


def test_federal_evaluation_factors_keep_their_order_and_get_no_weight(tmp_path):
    path = write_rfp(tmp_path / "solicitation.pdf", [[
        "SECTION C - STATEMENT OF WORK",
        "C.1 Help desk services",
        "The Contractor shall staff the help desk from 7:00 a.m. to 7:00 p.m. on business days.",
        "SECTION M - EVALUATION FACTORS FOR AWARD",
        "M.1 Evaluation factors",
        "A. Technical Approach",
        "B. Past Performance",
        "C. Price",
        "Technical Approach is more important than Past Performance, which is more important than Price.",
    ]])
    ledger = read_ledger(path)
    assert [(c.title, c.weight, c.rank) for c in ledger.evaluation_criteria] == [
        ("Technical Approach", None, 1), ("Past Performance", None, 2), ("Price", None, 3)]
    assert "more important than" in ledger.evaluation_order.quote
    assert [r.text for r in ledger.requirements] == [
        "The Contractor shall staff the help desk from 7:00 a.m. to 7:00 p.m. on business days."]
    assert "in order of importance, no weights stated" in ledger.message


def test_requirements_command_prints_json_and_writes_editable_yaml(tmp_path):
    path = write_rfp(tmp_path / "rfp.pdf", RFP_PAGES)
    out = tmp_path / "ledger.yaml"
    result = CliRunner().invoke(main, ["requirements", str(path), "--json", "--out", str(out),
                                       "--index", str(tmp_path / "idx")])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["rfp"] == "rfp.pdf" and {"id", "section", "title", "text", "kind", "mandatory", "evidence"} <= set(
        printed["requirements"][0])
    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert written["requirements"] == printed["requirements"]
    assert sum(c["weight"] for c in written["evaluation_criteria"]) == 100


def test_rfp_without_requirements_gives_an_empty_ledger_and_says_so(tmp_path):
    path = write_rfp(tmp_path / "letter.pdf", [["Dear colleagues,", "Thank you for a pleasant meeting last week."]])
    result = CliRunner().invoke(main, ["requirements", str(path), "--json", "--index", str(tmp_path / "idx")])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["requirements"] == []
    assert "no requirements recognized" in result.stderr


def test_unreadable_rfp_is_exit_2_naming_it(tmp_path):
    bad = tmp_path / "broken-rfp.pdf"
    bad.write_bytes(b"%PDF-1.4\n% truncated")
    result = CliRunner().invoke(main, ["requirements", str(bad), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 2
    assert "broken-rfp.pdf" in result.stderr and "cannot read the RFP" in result.stderr


def test_rfp_volume_tables_become_the_scenarios_volumes(tmp_path):
    from rfp_analyzer.config import DEFAULT_PRICING
    from rfp_analyzer.pricing.rates import load_pricing
    from rfp_analyzer.pricing.scenario import load_scenario, read_rfp_defaults

    path = write_rfp(tmp_path / "rfp.pdf", [[
        "2. Volumes",
        ("Channel", "2025 volume", "Language mix"),
        ("Phone", "120,000 calls", "English 80%, Spanish 20%"),
        ("Email", "24,000 emails", "English 100%"),
        ("Total", "144,000", ""),
    ]])
    defaults = read_rfp_defaults(path, load_pricing(DEFAULT_PRICING))
    scenario = load_scenario(None, defaults)
    assert [(v.channel, v.contacts, v.languages) for v in scenario.volumes] == [
        ("phone", 10000.0, {"english": 0.8, "spanish": 0.2}), ("email", 2000.0, {"english": 1.0})]


def test_an_edited_ledger_file_is_used_as_written(tmp_path):
    from rfp_analyzer.config import Settings
    from rfp_analyzer.errors import ConfigError
    from rfp_analyzer.pipeline import read_rfp_ledger

    path = write_rfp(tmp_path / "rfp.pdf", RFP_PAGES)
    out = tmp_path / "ledger.yaml"
    assert CliRunner().invoke(main, ["requirements", str(path), "--out", str(out), "--index",
                                     str(tmp_path / "idx")]).exit_code == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    sla = next(r for r in data["requirements"] if r["kind"] == "service_level")
    sla["mandatory"] = True
    out.write_text(yaml.safe_dump(data), encoding="utf-8")
    ledger = read_rfp_ledger(out, Settings(), tmp_path / "idx")
    assert next(r for r in ledger.requirements if r.id == sla["id"]).mandatory
    sla["kind"] = "nice_to_have"
    out.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ConfigError, match="ledger.yaml: not a requirement ledger .*unknown kind 'nice_to_have'"):
        read_rfp_ledger(out, Settings(), tmp_path / "idx")


def test_a_labelled_term_and_labelled_pricing_instructions_are_requirements(tmp_path):
    """"Contract term: three (3) years ..." states the buyer's term, "Pricing: state a price ...", "Price the full
    term in US dollars." and "Quote in CHF ..." instruct the respondent; a payment-terms label is neither."""
    path = write_rfp(tmp_path / "rfp.pdf", [[
        "4. Scope",
        "Contract term: three (3) years with two optional one-year extensions.",
        "Pricing: state a price per productive hour or per handled contact.",
        "Price the full term in US dollars.",
        "Quote in CHF or EUR, either per handled contact or per agent month.",
        "Quote hourly rates in euros for each language team.",
        "Payment term: 30 days from the invoice date is our usual practice.",
    ]])
    texts = [r.text for r in read_ledger(path).requirements]
    assert any(t.startswith("Quote hourly rates in euros") for t in texts)
    assert any(t.startswith("Contract term: three (3) years") for t in texts)
    assert any(t.startswith("Pricing: state a price") for t in texts)
    assert "Price the full term in US dollars." in texts
    assert any(t.startswith("Quote in CHF or EUR") for t in texts)
    assert not any(t.startswith("Payment term") for t in texts)


def test_price_terms_and_a_term_stated_as_facts_and_naming_references_are_requirements(tmp_path):
    """The buyer's price terms are stated as facts, not obligations ("Tariffs remain unchanged for the first year",
    "No rate may rise before ...", "Offers stay valid ..."), and so is its term ("The base term lasts ..."); "Name
    three clients ..." asks for references. A label "Name of the bidder" asks nothing."""
    path = write_rfp(tmp_path / "rfp.pdf", [[
        "5. Commercial terms",
        "The base term lasts four (4) years from the first day of service.",
        "Tariffs remain unchanged for the first twelve (12) months.",
        "No rate may rise before the second anniversary of go-live.",
        "Offers stay valid for ninety (90) days after the closing date.",
        "Name three clients of a similar size that we may call.",
        "Name of the bidder and its registered office appear on the cover page.",
    ]])
    texts = [r.text for r in read_ledger(path).requirements]
    for opening in ("The base term lasts", "Tariffs remain unchanged", "No rate may rise", "Offers stay valid",
                    "Name three clients"):
        assert any(t.startswith(opening) for t in texts), opening
    assert not any(t.startswith("Name of the bidder") for t in texts)


def test_a_run_in_heading_leads_the_first_sentence_of_its_paragraph(tmp_path):
    """"7.1 Price schedule. Quote in NZD ...": alone, the heading says nothing; the sentences after the first stand
    on their own, as they may state facts that are no part of its duty."""
    path = write_rfp(tmp_path / "rfp.pdf", [[
        "7. Commercial instructions",
        "7.1 Price schedule. Quote in NZD a price per handled contact for each channel. List every other charge in "
        "the price schedule; a charge not listed there will not be paid.",
    ]])
    texts = [r.text for r in read_ledger(path).requirements]
    schedule = [t for t in texts if "Price schedule. Quote in NZD" in t]
    assert len(schedule) == 1 and "List every other charge" not in schedule[0]
    assert schedule[0].startswith("Price schedule.")  # "7.1" is the section's number, no figure of the duty
    assert any(t.startswith("List every other charge") for t in texts)


def test_the_contract_term_under_the_background_is_a_requirement_and_the_background_is_not(tmp_path):
    """An RFP may state its term in a subsection of its background ("1. About the buyer" / "1.1 Contract term"): the
    innermost heading says what the subsection is, so the term is read; the background around it stays out."""
    path = write_rfp(tmp_path / "rfp.pdf", [[
        "1. About Contoso and this RFP",
        "Contoso sells garden tools online to about 90,000 customers in 14 countries.",
        "1.1 Contract term",
        "The contract term is thirty-six (36) months from the service commencement date.",
        "2. Requirements",
        "The provider must answer calls in English and German.",
    ]])
    texts = [r.text for r in read_ledger(path).requirements]
    assert any(t.startswith("The contract term is thirty-six (36) months") for t in texts)
    assert not any("garden tools" in t for t in texts)


def test_a_numbered_requirement_with_a_run_in_title_is_one_requirement_with_its_id(tmp_path):
    """"C-07 Escalations. Complaints reach a team leader within 2 hours. Ombudsman cases are logged the same day.":
    the title alone says nothing, so the sentences after it are the requirement, up to the next id, and keep the
    RFP's id; a sentence about the RFP itself stays apart."""
    path = write_rfp(tmp_path / "rfp.pdf", [[
        "3. Requirements",
        "Requirements marked (M) are mandatory.",
        "C-06 (M) Data residency. Customer records are held in Norway. Backups stay in the EEA.",
        "C-07 Escalations. Complaints reach a team leader within two (2) hours. Ombudsman cases are logged the",
        "same day.",
        "C-08 Reporting. A weekly report by Monday noon.",
        "A response that fails a mandatory requirement may be disqualified.",
    ]])
    by_id = {r.id: r for r in read_ledger(path).requirements}
    assert by_id["C-06"].mandatory and by_id["C-06"].text.endswith("Backups stay in the EEA.")
    assert by_id["C-07"].text == ("C-07 Escalations. Complaints reach a team leader within two (2) hours. Ombudsman "
                                  "cases are logged the same day.")
    assert not by_id["C-07"].mandatory and by_id["C-08"].text == "C-08 Reporting. A weekly report by Monday noon."
    assert not any("disqualified" in r.text for r in by_id.values())
    assert set(by_id) == {"C-06", "C-07", "C-08"}


def test_numbered_requirements_run_together_in_a_paragraph_are_each_a_requirement(tmp_path):
    """An RFP may run its numbered requirements together as one paragraph ("... only in Canada. R-03 (M) Service
    hours are ..."). Each opens with the RFP's own id, so each is a requirement with that id, whatever its words;
    a sentence that opens with a bare section number is not, and "Quote a price ..." is a pricing instruction."""
    path = write_rfp(tmp_path / "rfp.pdf", [[
        "4. Requirements",
        "Requirements marked (M) are mandatory. A proposal that does not meet a mandatory requirement may be set",
        "aside. R-01 (M) All member data must be stored only in Canada. R-02 (M)",
        "Service hours are 08:00 to 20:00 Eastern time Monday to Friday. R-03 Recordings retained for seven (7)",
        "years. R-04 A named account executive based in Toronto.",
        "A response that fails a mandatory requirement may be disqualified.",
        "5. Pricing",
        "Quote a price per productive hour in Canadian dollars.",
        "6. Background",
        "4.2 The Federation was founded in 1954 and serves 34 credit unions.",
    ]])
    ledger = read_ledger(path)
    by_id = {r.id: r for r in ledger.requirements}
    assert {"R-01", "R-02", "R-03", "R-04"} <= set(by_id)
    assert by_id["R-02"].text.startswith("R-02 (M) Service hours are 08:00") and by_id["R-02"].mandatory
    assert not by_id["R-03"].mandatory and by_id["R-04"].kind == "requirement"
    assert any(r.kind == "pricing_instruction" and r.text.startswith("Quote a price") for r in ledger.requirements)
    assert not any("founded in 1954" in r.text for r in ledger.requirements)
    # what happens to a proposal that misses one is no requirement, and no vendor fails a gate on it
    assert not any("set aside" in r.text or "disqualified" in r.text for r in ledger.requirements)


def test_an_id_closed_by_a_full_stop_and_a_mark_before_one_keep_their_requirement(tmp_path):
    """"R-01 (M). Service in three languages ..." is mandatory, and "R-07. A daily interval report by 09:00 ..." is
    requirement R-07 whatever its words: the full stop after the id does not cut the id from its requirement."""
    path = write_rfp(tmp_path / "rfp.pdf", [[
        "3. Requirements",
        "Requirements marked (M) are mandatory.",
        "R-01 (M). Service in English, Spanish and Portuguese by telephone and chat every day from 07:00 to 23:00.",
        "R-06. Transition completed and all lines of work live on 1 October 2027.",
        "R-07. A daily interval report by 09:00 and a monthly performance report by the fifth business day.",
    ]])
    by_id = {r.id: r for r in read_ledger(path).requirements}
    assert {"R-01", "R-06", "R-07"} <= set(by_id)
    assert by_id["R-01"].mandatory and not by_id["R-06"].mandatory
    assert by_id["R-07"].text.startswith("R-07. A daily interval report")


def test_the_contract_term_keeps_the_sentences_on_how_it_extends_or_renews(tmp_path):
    """"The contract term is thirty-six (36) months ... Klarlyd may extend it twice ...; the agreement does not renew
    automatically.": the renewal rule is part of the term, so a vendor's automatic renewal goes against it."""
    path = write_rfp(tmp_path / "rfp.pdf", [[
        "5. Commercial terms",
        "The contract term is thirty-six (36) months from service commencement. Klarlyd may extend it twice by twelve",
        "(12) months each at its sole discretion; the agreement does not renew automatically. Invoices are paid within",
        "thirty (30) days.",
    ]])
    term = next(r for r in read_ledger(path).requirements if "contract term" in r.text)
    assert term.text.endswith("the agreement does not renew automatically.")


def test_a_figure_written_again_after_its_words_opens_no_list_item(tmp_path):
    # "retained for thirty-six" / "(36) months ...": the line opens with the number written again, not with a
    # list marker; the requirement is one, and the next one keeps its own id.
    path = write_rfp(tmp_path / "rfp.pdf", [[
        "3. Requirements",
        "R-09 Call recordings and chat transcripts retained for thirty-six",
        "(36) months and deleted at the end of that period. R-10 Service credits of not less than",
        "eight percent (8%) of the monthly charges at risk.",
    ]])
    texts = {r.id: r.text for r in read_ledger(path).requirements}
    assert "thirty-six (36) months and deleted" in texts["R-09"]
    assert texts["R-10"].startswith("R-10 Service credits")
