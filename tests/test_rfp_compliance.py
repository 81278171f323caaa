"""`--rfp`: every vendor checked against the buyer's own RFP, end to end on real PDFs, a real index and the
packaged embedding model: compliance, mandatory gates, the recommendation, and the reports that show them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from rfp_analyzer.cli import main
from rfp_analyzer.recommend import recommendation
from rfp_analyzer.report import comparison_markdown, vendor_markdown
from rfp_analyzer.results import validate
from rfp_analyzer.rfp.kind import solicitation_reason
from rfp_analyzer.rfp.ledger import load_requirement_vocab

from .conftest import source_from_pages, write_pdf
from .test_requirements import write_rfp

RFP = [[
    "1. Mandatory requirements",
    "Responses that do not meet the following requirements will not be evaluated further.",
    ("No.", "Requirement"),
    ("M1", "Current ISO/IEC 27001 certification of every delivery site"),
    ("M2", "Customer data stored and processed only in the European Union"),
    "2. Evaluation criteria",
    ("Criterion", "What we look for", "Weight"),
    ("Service levels", "Measurable targets and service credits", "60%"),
    ("Quality assurance", "Sampling, calibration and coaching", "40%"),
]]
VENDORS = {
    "alpha": ["Alpha Care Ltd.\nProposal for customer care",
              "1. Security\nAlpha holds ISO/IEC 27001:2022 certification for every delivery site, certificate "
              "IS 712345 issued by BSI in March 2024.\n"
              "All customer data is stored and processed only in the European Union, in our Frankfurt and Dublin "
              "data centres."],
    "beta": ["Beta Services plc\nProposal for customer care",
             "1. Security\nOur ISO/IEC 27001 certification is currently in progress, with the audit expected in 2027.\n"
             "All customer data is stored and processed only in the European Union, in our Lisbon data centre."],
    "gamma": ["Gamma Outsourcing\nProposal for customer care",
              "1. Training\nNew agents complete a four-week classroom programme followed by two weeks of nesting.\n"
              "Quality analysts score 5% of all contacts every month on a 40-point scorecard."],
}


def analyze_against_rfp(tmp, rfp_pages, vendors, *options):
    """The vendors' PDFs (name: pages) in tmp/proposals, analyzed with --rfp against an RFP drawn from rfp_pages:
    the reports folder and results.json."""
    rfp = write_rfp(tmp / "rfp.pdf", rfp_pages)
    for name, pages in vendors.items():
        write_pdf(tmp / "proposals" / f"{name}.pdf", pages)
    out = tmp / "out"
    result = CliRunner().invoke(main, [str(tmp / "proposals"), "--rfp", str(rfp), "--out", str(out),
                                       "--index", str(tmp / "index"), "--quiet", *options])
    assert result.exit_code == 0, result.output
    return out, json.loads((out / "results.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return analyze_against_rfp(tmp_path_factory.mktemp("rfp"), RFP, VENDORS)


def compliance(results: dict, vendor: str, requirement: str) -> dict:
    entry = next(v for v in results["vendors"] if v["vendor"] == vendor)
    return next(c for c in entry["compliance"] if c["id"] == requirement)


def test_each_vendor_is_judged_against_the_rfps_requirements(run):
    _, results = run
    validate(results)
    assert {r["id"]: r["mandatory"] for r in results["rfp"]["requirements"]} == {"M1": True, "M2": True}
    assert compliance(results, "alpha", "M1")["status"] == "compliant"
    contradicted = compliance(results, "beta", "M1")
    assert contradicted["status"] == "non_compliant"
    assert "in progress" in contradicted["evidence"][0]["quote"]
    silent = compliance(results, "gamma", "M1")
    assert silent["status"] == "not_addressed" and silent["evidence"] == []


def test_failing_a_mandatory_requirement_ranks_a_vendor_apart(run):
    out, results = run
    gates = {v["vendor"]: v["gate"] for v in results["vendors"]}
    assert gates["alpha"] == {"passes": True, "failed": []}
    assert "M1" in gates["beta"]["failed"] and "M1" in gates["gamma"]["failed"]
    rec = results["summary"]["recommendation"]
    assert rec["passing"] == ["alpha"] and rec["recommended"] == "alpha"
    comparison = (out / "comparison.md").read_text(encoding="utf-8")
    assert comparison.index("## Recommendation") < comparison.index("## Ranking by weighted score")
    ranking = comparison.split("## Ranking by weighted score")[1].split("##")[0]
    assert ranking.strip().splitlines()[0].startswith("1. Alpha")
    assert "fails mandatory M1" in ranking and "## Compliance with the RFP" in comparison
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.index("Recommendation") < html.index("Ranking") and "fails mandatory M1" in html


def test_rfp_weights_become_the_scorecards_when_they_map(run):
    _, results = run
    mapping = {c["title"]: c["maps_to"] for c in results["rfp"]["evaluation_criteria"]}
    assert mapping == {"Service levels": "service_levels", "Quality assurance": "quality_assurance"}
    weights = {c["id"]: c["weight"] for c in results["criteria_set"]["items"]}
    assert weights["service_levels"] == 60 and weights["quality_assurance"] == 40 and weights["scalability"] == 0


def test_workbook_and_letters_carry_the_requirements(run):
    out, _ = run
    sheet = load_workbook(out / "comparison.xlsx")["Compliance"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    beta = next(r for r in rows if r[0] == "M1" and r[5].startswith("Beta"))
    assert beta[6] == "non_compliant" and "in progress" in beta[8] and beta[9].startswith("fails mandatory")
    letter = (out / "clarifications" / "beta.md").read_text(encoding="utf-8")
    assert "Requirement M1" in letter and "ISO/IEC 27001 certification of every delivery site" in letter
    assert "currently in progress" in letter
    silent = (out / "clarifications" / "gamma.md").read_text(encoding="utf-8")
    assert "We found no passage of your proposal on this requirement" in silent


def test_no_cost_ranking_without_a_scenario():
    results = {"vendors": [
        {"vendor": v, "name": v, "score": {"weighted": s}, "criteria": [],
         "pricing": {"tco": {"total": t, "lines": [{}], "risks": [], "currency": "USD", "years": 3}}}
        for v, s, t in (("a", 80.0, 2000.0), ("b", 60.0, 1000.0), ("c", 50.0, 0.0))],
        "criteria_set": {"items": []}, "scenario": {"sources": {"file": None, "rfp": None}}}
    rec = recommendation(results)
    assert all(case["cost"] is None for case in rec["vendors"])
    assert "No cost ranking" in rec["cost_note"] and "--scenario" in rec["cost_note"]
    results["scenario"]["sources"]["file"] = "scenario.yaml"
    rec = recommendation(results)
    assert "disagree" in rec["disagreement"] and rec["recommended"] == "a"
    # A total of 0 prices nothing: never the cheapest.
    assert next(c for c in rec["vendors"] if c["vendor"] == "c")["cost"] is None
    assert "b costs least" in rec["disagreement"]


def test_a_solicitation_in_the_proposals_folder_is_told_from_a_proposal():
    vocab = load_requirement_vocab()
    sow = source_from_pages("sow.pdf", ["The Contractor shall provide help desk services. Offerors shall describe "
                                        "their approach. " * 40])
    proposal = source_from_pages("p.pdf", ["We answer 80% of calls within 30 seconds and our team is ready. " * 40])
    assert "RFP" in solicitation_reason([sow], vocab)
    assert solicitation_reason([proposal], vocab) == ""
    # A proposal in contract form speaks of itself as "the Contractor" throughout, and says what it is.
    formal = source_from_pages("bid.pdf", ["This Proposal is submitted by Acme Services Ltd (the \"Contractor\"). "
                                           + "The Contractor shall answer calls within 30 seconds. " * 40])
    assert solicitation_reason([formal], vocab) == ""


def test_a_bid_headed_as_an_offer_is_a_proposal_and_a_signature_form_is_not():
    """A public-tender bid offers under its own name or is headed as an offer; an RFP's signature form has the role
    offer ("The Offeror hereby offers to furnish ...")."""
    vocab = load_requirement_vocab()
    body = "The tenderer shall answer calls within 30 seconds. The tenderer shall keep records. " * 40
    named = source_from_pages("a.pdf", ["Norvale Servicios S.L. (the \"Tenderer\") hereby offers to provide the "
                                        "services. " + body])
    headed = source_from_pages("b.pdf", ["NORVALE SERVICIOS, S.L.\nOFFER FOR THE CONTRACTING OF THE SERVICE OF "
                                         "MEMBER CARE\n" + body])
    form = source_from_pages("rfp.pdf", ["3.03 Offer and Award\nThe Offeror hereby offers to furnish the services. "
                                         + body])
    assert solicitation_reason([named], vocab) == ""
    assert solicitation_reason([headed], vocab) == ""
    assert "RFP" in solicitation_reason([form], vocab)


def test_reports_make_no_cost_ranking_without_a_scenario(run):
    _, results = run
    results = json.loads(json.dumps(results))
    results["scenario"]["sources"] = {"file": None, "rfp": None, "rfp_defaults": {}}
    comparison = comparison_markdown(results)
    section = comparison.split("## Total cost of ownership")[1]
    assert "No cost ranking" in section and "| Rank |" not in section
    assert "not computed" in vendor_markdown(results, results["vendors"][0])
