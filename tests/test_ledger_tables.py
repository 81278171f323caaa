"""The ledger's reading of marked mandatory requirements and of tables that go on over pages (rfp/ledger.py,
rfp/layout.py), on real PDFs drawn here in wording of their own."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from rfp_analyzer.rfp.ledger import read_ledger


def draw(path: Path, pages: list[list], gap: int = 18) -> Path:
    """Each line is text, a tuple of cells at three column positions, or None (a blank line of `gap` points)."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        y = 800
        for line in lines:
            if isinstance(line, tuple):
                for x, cell in zip((50, 300, 420), line):
                    pdf.drawString(x, y, cell)
            elif line:
                pdf.drawString(50, y, line)
            y -= 14 if line else gap
        pdf.showPage()
    pdf.save()
    return path


MARKED = [
    "1. Background",
    "The Harbour Board runs two ferry terminals and a cargo quay.",
    None,
    "2. Requirements",
    "Items flagged with an asterisk are mandatory; an offer that misses one may be set aside.",
    None,
    ("Ref.", "Requirement"),
    None,
    ("Q-1*", "Dispatchers certified to the national maritime radio standard"),
    None,
    ("Q-2", "Weekly berth schedule reports to the harbour master"),
    None,
    ("Q-3*", "Every vessel call logged within 15 minutes of arrival"),
    None,
    ("Q-4", "Quarterly review of the dispatch rota with the Board"),
    None,
    "3. Service levels",
    "The operator must meet these levels every month.",
]


def test_only_the_requirements_carrying_the_named_mark_are_mandatory(tmp_path):
    ledger = read_ledger(draw(tmp_path / "rfp.pdf", [MARKED]))
    by_id = {r.id: r for r in ledger.requirements}
    assert {"Q-1", "Q-2", "Q-3", "Q-4"} <= set(by_id)  # the id kept without its mark
    assert by_id["Q-1"].mandatory and by_id["Q-3"].mandatory
    assert not by_id["Q-2"].mandatory and not by_id["Q-4"].mandatory
    assert by_id["Q-1"].text.startswith("Dispatchers certified")
    # The mark's sentence gates nothing beyond its section.
    levels = next(r for r in ledger.requirements if "meet these levels" in r.text)
    assert not levels.mandatory


def test_a_mark_in_parentheses_after_the_id_of_a_listed_item(tmp_path):
    pages = [[
        "4. Fleet requirements",
        "Requirements marked (M) are mandatory.",
        "- K1 (M) Drivers hold a current heavy goods licence for every route we run.",
        "- K2 Vehicles are washed at the depot once a week.",
        "- K3 Tachograph data must be downloaded every 28 days (M)",
    ]]
    ledger = read_ledger(draw(tmp_path / "rfp.pdf", pages))
    flags = {word: r.mandatory for r in ledger.requirements for word in ("Drivers", "Vehicles", "Tachograph")
             if word in r.text}
    assert flags == {"Drivers": True, "Vehicles": False, "Tachograph": True}


def test_without_a_named_mark_the_lead_in_still_gates_its_section(tmp_path):
    pages = [[
        "2. Requirements",
        "Offers that do not meet the following requirements will be rejected.",
        None,
        ("Ref.", "Requirement"),
        None,
        ("Q-1", "Dispatchers certified to the national maritime radio standard"),
        None,
        ("Q-2", "Weekly berth schedule reports to the harbour master"),
    ]]
    ledger = read_ledger(draw(tmp_path / "rfp.pdf", pages))
    assert all(r.mandatory for r in ledger.requirements if r.id in ("Q-1", "Q-2"))


SPLIT_TABLE = [
    [
        "5. Service levels",
        None,
        ("Measure", "Target", "Remarks"),
        None,
        ("Radio calls answered in 10 seconds", "95%", "per shift"),
        None,
        ("Missed radio calls", "1% or less"),
        None,
        ("Berth requests confirmed in 2 hours", "90%", "working days"),
    ],
    [
        ("Measure", "Target", "Remarks"),
        None,
        ("Incident reports filed in 24 hours", "100%", "signed by the duty officer"),
        ("", "", "and countersigned"),
    ],
]


def test_a_service_level_row_with_an_empty_last_cell_and_a_table_going_on_over_a_page(tmp_path):
    ledger = read_ledger(draw(tmp_path / "rfp.pdf", SPLIT_TABLE))
    levels = [r.text for r in ledger.requirements if r.kind == "service_level"]
    assert "Missed radio calls: 1% or less" in levels  # a row of its own, not glued to the next one
    assert any(t.startswith("Berth requests confirmed in 2 hours: 90%") for t in levels)
    # The repeated header is no requirement; a wrapped remark stays in its row.
    assert not any(t.startswith("Measure") for t in levels)
    assert any(t.startswith("Incident reports filed in 24 hours") and "countersigned" in t for t in levels)
    assert len(levels) == 4


def test_wrapped_numbered_items_are_items_not_headings(tmp_path):
    """A numbered item whose first line reads like a heading ("5. Access to the dispatch console through the") is
    the list's next item when it follows item 4, or when its text runs on indented under it."""
    pdf = canvas.Canvas(str(tmp_path / "rfp.pdf"), pagesize=A4, invariant=1)
    lines = [(50, "3. Mandatory requirements"),
             (45, "1. Dispatchers certified to the national maritime radio standard before their first"),
             (60, "shift."),
             (45, "2. Access to the dispatch console through the Harbour Board remote desktop service"),
             (60, "Citrix gateway."),
             (45, "3. A tested fallback radio link from the second control room"),
             (60, "checked every quarter."),
             (50, "4. Service levels"),
             (50, "The operator must answer radio calls within 10 seconds.")]
    y = 800
    for x, text in lines:
        pdf.drawString(x, y, text)
        y -= 14
    pdf.showPage()
    pdf.save()
    ledger = read_ledger(tmp_path / "rfp.pdf")
    mandatory = [r.text for r in ledger.requirements if r.mandatory]
    assert len(mandatory) == 3
    assert any(t.endswith("Citrix gateway.") for t in mandatory)
    assert any(t.endswith("checked every quarter.") for t in mandatory)
    assert not next(r for r in ledger.requirements if "within 10 seconds" in r.text).mandatory


def test_a_mark_named_in_capitals_is_found_with_or_without_parentheses(tmp_path):
    """'Requirements marked MANDATORY are pass/fail', with items written 'R-2 (MANDATORY) ...': only those are."""
    words = [[
        "3. Requirements",
        "Requirements marked MANDATORY are pass/fail.",
        "- R-1 Vessels are inspected by the port surveyor once a year.",
        "- R-2 (MANDATORY) Pilots hold a current licence for every berth they serve.",
        "- R-3 Tugs are fuelled at the north quay MANDATORY",
    ]]
    flags = {word: r.mandatory for r in read_ledger(draw(tmp_path / "b.pdf", words)).requirements
             for word in ("Vessels", "Pilots", "Tugs") if word in r.text}
    assert flags == {"Vessels": False, "Pilots": True, "Tugs": True}


WRAPPED = [
    "3. Service levels",
    "The operator shall meet the following service levels every month.",
    None,
    ("Service level", "Target", "Measurement"),
    None,
    ("Ferry bookings confirmed by e-mail as", "95%", "Booking log"),
    "Reservation Records within two (2) hours of",
    "the request",
    None,
    ("Berth allocation accuracy (correct quay,", "98%", "Harbour audit"),
    "vessel and time)",
    ("Storm closure notices sent within 15", "100% of closures", "Notice log"),
    "minutes of the decision",
]


def test_a_first_cell_wrapped_onto_a_line_that_opens_with_a_capital_stays_in_its_row(tmp_path):
    """An SLA row whose first cell fills its column and wraps ("... confirmed by e-mail as" / "Reservation Records
    within two (2) hours of") is one requirement with its target; the rows after it are read too."""
    ledger = read_ledger(draw(tmp_path / "rfp.pdf", [WRAPPED]))
    levels = [r.text for r in ledger.requirements if r.kind == "service_level"]
    assert any(t.startswith("Ferry bookings confirmed by e-mail as Reservation Records within two (2) hours of the "
                            "request") and "95%" in t for t in levels)
    assert any(t.startswith("Berth allocation accuracy") and "98%" in t for t in levels)
    assert any(t.startswith("Storm closure notices") and "100% of closures" in t for t in levels)


def test_a_mark_in_brackets_that_names_knock_out_criteria(tmp_path):
    """'Requirements marked [MUST] are knock-out criteria': only the items carrying [MUST] are mandatory, though the
    sentence also says a proposal missing one may be excluded."""
    pages = [[
        "D. Requirements",
        "Requirements marked [MUST] are knock-out criteria: a proposal that does not meet one of them may be excluded.",
        "KR-01 [MUST] Every ferry booking is confirmed to the passenger within ten minutes.",
        "KR-02 The operator answers freight enquiries in Danish and German during office hours.",
    ]]
    flags = {word: r.mandatory for r in read_ledger(draw(tmp_path / "rfp.pdf", pages)).requirements
             for word in ("ferry booking", "freight") if word in r.text}
    assert flags == {"ferry booking": True, "freight": False}


def test_a_numbered_clause_whose_first_line_runs_on_from_its_run_in_title_is_no_heading(tmp_path):
    """'G.3 Indexation. Prices remain fixed ... Thereafter' / 'they may be adjusted ...': one clause, a requirement,
    not a heading over the next one."""
    pages = [[
        "G. Commercial conditions",
        "G.3 Indexation. Prices remain fixed for the first twenty-four (24) months of service. Thereafter",
        "they may be adjusted once a year by the annual change of the consumer price index, capped at 3%.",
        "G.5 References. Name at least three (3) references for ferry or port services, each with a",
        "contact person and a telephone number.",
    ]]
    texts = [r.text for r in read_ledger(draw(tmp_path / "rfp.pdf", pages)).requirements]
    assert any(t.startswith("G.3 Indexation. Prices remain fixed") and "capped at 3%" in t for t in texts)
    assert any(t.startswith("G.5 References. Name at least three (3) references") for t in texts)


def test_the_rfps_own_ids_win_over_ours_and_a_clause_cut_by_a_page_break_stays_whole(tmp_path):
    """The term, unnumbered, comes before 'R1 (Mandatory) ...': R1 stays the RFP's, the term takes another id.
    'Requirements marked (Mandatory) must be met' marks only those. A clause about the PO box is no address, and a
    clause that goes on over the page break is one requirement, quoted on the page it starts on."""
    pages = [[
        "4. Contract term",
        "The contract term is forty-eight (48) months from service commencement on 1 June 2027.",
        "5. Requirements",
        "Requirements marked (Mandatory) must be met; a tender that does not meet one may be rejected.",
        "R1 (Mandatory) Parking appeals are answered in English and Polish in every service hour.",
        "R2 Post from the Council's PO box is collected every working day and scanned the same day.",
        "R3 Every agent completes the Council's five-day induction and passes its",
    ], [
        "assessment with at least 85% before handling contacts.",
        "R4 A monthly report by the fifth working day of the following month.",
    ]]
    ledger = read_ledger(draw(tmp_path / "rfp.pdf", pages))
    by_id = {r.id: r for r in ledger.requirements}
    assert by_id["R1"].text.startswith("R1 (Mandatory) Parking appeals") and by_id["R1"].mandatory
    assert by_id["R2"].text.startswith("R2 Post from the Council's PO box") and not by_id["R2"].mandatory
    assert by_id["R3"].text.endswith("passes its assessment with at least 85% before handling contacts.")
    assert by_id["R3"].evidence.page == 1 and by_id["R4"].evidence.page == 2
    term = next(r for r in ledger.requirements if r.text.startswith("The contract term"))
    assert term.id not in ("R1", "R2", "R3", "R4")
