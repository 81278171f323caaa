"""A US federal solicitation in the Uniform Contract Format read as a procurement lead reads it: Section C's work
statement is the requirements, Section L's instructions are `submission`, and the contract's boilerplate (Sections
G, H, I and K: administration, special contract requirements, clauses by reference, reps and certs), protests,
addresses and form blanks stay out, even where a clause title set in capitals looks like a new heading. Real PDFs."""

from __future__ import annotations

from rfp_analyzer.rfp.ledger import read_ledger

from .test_requirements import write_rfp

SOLICITATION = [
    [
        "SECTION C - STATEMENT OF WORK",
        "C.1 Help desk services",
        "The Contractor shall staff the help desk from 7:00 a.m. to 7:00 p.m. on business days.",
        "5. Other Support Services",
        "C.2 Records management",
        "The Contractor shall scan every personnel file within two business days of receipt.",
        "SECTION G - CONTRACT ADMINISTRATION DATA",
        "G.1 Invoicing",
        "The Contractor shall submit invoices on a monthly basis for services rendered.",
        "SECTION H - SPECIAL CONTRACT REQUIREMENTS",
        "H.1 Insurance coverage",
        "The Contractor shall have general liability insurance of at least $500,000 per occurrence.",
        "H.2 Key personnel",
        "Project Manager: ______________________________",
    ],
    [
        "SECTION K - REPRESENTATIONS, CERTIFICATIONS AND OTHER STATEMENTS OF OFFERORS",
        "STATES AND THE MAKING OF A FALSE, FICTITIOUS OR FRAUDULENT CERTIFICATION",
        "The Offeror shall provide immediate written notice to the Contracting Officer of any change.",
        "SECTION L - INSTRUCTIONS, CONDITIONS AND NOTICES TO OFFERORS",
        "L.1 Proposal requirements",
        "The technical proposal shall not exceed twenty (20) pages.",
        "Offerors shall describe their quality control plan for every contract line item.",
        ("52.252-1", "SOLICITATION PROVISIONS INCORPORATED BY REFERENCE (FEB 1998)"),
        ("Attn: Contracting Officer", "Mail Stop 6, 2011 Crystal Drive, Arlington, VA 22202"),
        "III. PROCEDURES:",
        "Protests must be filed within 10 days after contract award.",
        "The Government will notify each offeror of the award decision by email.",
    ],
]


def test_a_uniform_contract_format_solicitation_keeps_its_work_statement_and_leaves_the_boilerplate(tmp_path):
    ledger = read_ledger(write_rfp(tmp_path / "solicitation.pdf", SOLICITATION))
    kinds = {r.text: r.kind for r in ledger.requirements}
    # Section C, also past a numbered heading that interrupts it ("5. Other Support Services").
    assert kinds["The Contractor shall staff the help desk from 7:00 a.m. to 7:00 p.m. on business days."] == \
        "requirement"
    assert kinds["The Contractor shall scan every personnel file within two business days of receipt."] == \
        "requirement"
    # Section L: instructions, whatever the heading says ("Proposal requirements").
    assert kinds["Offerors shall describe their quality control plan for every contract line item."] == "submission"
    assert kinds["The technical proposal shall not exceed twenty (20) pages."] == "submission"
    everything = " ".join(kinds)
    for left_out in ("invoices", "liability insurance", "Project Manager", "immediate written notice", "52.252-1",
                     "Crystal Drive", "Protests", "notify each offeror"):
        assert left_out not in everything, left_out
