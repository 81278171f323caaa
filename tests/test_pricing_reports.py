"""Pricing through the CLI on crafted PDFs: results.json, the Pricing sections of the Markdown and HTML reports,
comparison.xlsx read back with openpyxl (its formulas reproduce the totals), and the clarification letters."""

from __future__ import annotations

import copy
import json
import re

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from rfp_analyzer.cli import main
from rfp_analyzer.recommend import recommendation
from rfp_analyzer.report.pricing import comparison_pricing_html, comparison_pricing_markdown
from rfp_analyzer.report.xlsx import write_xlsx

from .test_pricing import write_proposal

ALPHA = ["Alpha Contact Services Ltd.", "Pricing is per FTE per month.",
         [["Role", "Site", "Monthly rate per FTE (USD)", "FTE", "Monthly charge (USD)"],
          ["Agent, English", "Leeds", "4,000", "20", "80,000"]],
         "A one-time transition fee of USD 50,000 is invoiced on signature.",
         "All FTE rates will increase by 5% on each anniversary of the go-live date.",
         "Custom reports are billed separately.",
         "All prices in this proposal are indicative and will be confirmed after discovery."]
BETA = ["Beta Outsourcing Inc.", [["Channel", "Language", "Billing unit", "Rate (USD)"],
                                  ["Voice", "English", "Per handled call", "3.00"],
                                  ["Chat", "English", "Per chat session", "2.00"]],
        "The client commits to a monthly minimum charge of USD 40,000; where charges for a month fall below this "
        "amount, the difference is invoiced as a shortfall charge."]
SCENARIO = """term_months: 24
fte: 20
volumes:
  - channel: phone
    contacts: 10000
    languages: {english: 1.0}
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    base = tmp_path_factory.mktemp("pricing-run")
    proposals = base / "proposals"
    proposals.mkdir()
    write_proposal(proposals / "alpha.pdf", ALPHA)
    write_proposal(proposals / "beta.pdf", BETA)
    (base / "scenario.yaml").write_text(SCENARIO)
    out = base / "out"
    result = CliRunner().invoke(main, [str(proposals), "--out", str(out), "--index", str(base / "idx"),
                                       "--scenario", str(base / "scenario.yaml")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out, json.loads((out / "results.json").read_text())


def vendor(results: dict, slug: str) -> dict:
    return next(v for v in results["vendors"] if v["vendor"] == slug)


def test_results_hold_rates_tco_and_sensitivity(run):
    _, results = run
    alpha = vendor(results, "alpha")["pricing"]["tco"]
    assert alpha["total"] == pytest.approx(80_000 * 12 * (1 + 1.05) + 50_000)
    beta = vendor(results, "beta")["pricing"]["tco"]
    assert beta["total"] == pytest.approx(40_000 * 24)  # 30,000 a month of calls, topped up to the minimum
    assert [c["case"] for c in results["pricing_sensitivity"]] == [
        "expected", "volume -20%", "volume +20%", "escalation at floor", "escalation at cap"]
    assert results["pricing_sensitivity"][0]["ranking"] == ["beta", "alpha"]
    assert results["scenario"]["fte"] == 20 and results["scenario"]["sources"]["file"].endswith("scenario.yaml")


def test_markdown_reports_show_pricing_ranking_and_unpriced_risks(run):
    out, _ = run
    alpha = (out / "alpha.md").read_text(encoding="utf-8")
    pricing = alpha[alpha.index("## Pricing"):alpha.index("## Gaps")]
    assert "| Agent, English Leeds | USD 4,000.00 | per FTE-month | **no**: All prices in this proposal are indicative" \
        in pricing
    assert "| **Total** |  | **1,010,000** | **1,008,000** | **2,018,000** |" in pricing
    assert re.search(r"- \*\*Reporting fee\*\*: .*\n  > alpha.pdf p. 1: \"Custom reports are billed separately.\"",
                     pricing)
    comparison = (out / "comparison.md").read_text(encoding="utf-8")
    ranking = comparison[comparison.index("## Total cost of ownership"):]
    assert ranking.index("Beta Outsourcing Inc.") < ranking.index("Alpha Contact Services Ltd.")
    assert "| volume -20% |" in ranking and "| escalation at cap |" in ranking


def test_html_report_has_a_pricing_section_per_vendor(run):
    out, _ = run
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<h2 id="tco">Total cost of ownership</h2>' in page and "<h3>Sensitivity</h3>" in page
    assert "Pricing: per FTE per month, <b>USD 2,018,000</b> over the term" in page
    assert "Prices are not binding" in page
    assert 'href="../proposals/alpha.pdf#page=1"' in page


def test_xlsx_opens_with_formulas_that_reproduce_the_totals(run):
    out, results = run
    book = load_workbook(out / "comparison.xlsx")
    assert book.sheetnames == ["Scorecard", "Fees", "TCO", "Evidence"]
    score = book["Scorecard"]
    items = results["criteria_set"]["items"]
    score_row = len(items) + 2
    for col, v in enumerate(results["vendors"], start=3):
        assert score.cell(score_row, col).value.startswith("=ROUND(100*SUMPRODUCT($B$2:$B$")
        assert _weighted(score, col, len(items)) == pytest.approx(v["score"]["weighted"], abs=0.05)
    assert score.cell(2, 3).fill.start_color.rgb.endswith(("DCF3E3", "FDF0CF", "FBDCDC"))
    tco = book["TCO"]
    header = next(r for r in range(1, 20) if tco.cell(r, 1).value == "Vendor" and tco.cell(r, 2).value == "Cost line")
    rows = [[c.value for c in row] for row in tco.iter_rows(min_row=header + 1) if row[0].value]
    assert all(row[6] == f"=E{header + 1 + i}*F{header + 1 + i}" for i, row in enumerate(rows))
    assert any(isinstance(row[5], str) and row[5].startswith("=SUMIFS(") for row in rows)  # escalation on service
    for v in results["vendors"]:
        assert _amounts(rows, v["name"]) == pytest.approx(v["pricing"]["tco"]["total"])
    summary = {tco.cell(r, 1).value: tco.cell(r, 4).value for r in range(3, 3 + len(results["vendors"]))}
    assert all(formula.startswith("=SUM(") for formula in summary.values())
    evidence = book["Evidence"]
    quotes = [evidence.cell(r, 7).value for r in range(2, evidence.max_row + 1)]
    assert "A one-time transition fee of USD 50,000 is invoiced on signature." in quotes


def _weighted(sheet, col: int, n: int) -> float:
    """What the Scorecard formula computes: weight-averaged points, met 1 and partial 0.5."""
    points = {"met": 1.0, "partial": 0.5}
    weights = [sheet.cell(r, 2).value for r in range(2, n + 2)]
    statuses = [sheet.cell(r, col).value for r in range(2, n + 2)]
    return round(100 * sum(w * points.get(s, 0) for w, s in zip(weights, statuses)) / sum(weights), 1)


def _amounts(rows: list[list], vendor_name: str) -> float:
    """The detail rows' Amount = unit price x quantity, evaluating the SUMIFS quantities over earlier rows."""
    amounts: list[float] = []
    for row in rows:
        name, _, kind, year, price, quantity = row[:6]
        if isinstance(quantity, str):
            kinds = {"service"} | ({"escalation"} if '"escalation"' in quantity else set())
            quantity = sum(a for r, a in zip(rows, amounts) if r[0] == name and r[3] == year and r[2] in kinds)
        amounts.append(price * quantity)
    return sum(a for r, a in zip(rows, amounts) if r[0] == vendor_name)


def test_xlsx_keeps_formula_like_proposal_text_as_text(run, tmp_path):
    _, results = run
    hostile = json.loads(json.dumps(results))
    hostile["vendors"][0]["name"] = '=HYPERLINK("http://evil.example","x")'
    book = load_workbook(write_xlsx(hostile, tmp_path / "c.xlsx"))
    cell = book["Scorecard"].cell(1, 3)
    assert cell.value == '=HYPERLINK("http://evil.example","x")' and cell.data_type == "s"


def test_clarification_letter_numbers_each_question_and_quotes_its_passage(run):
    out, results = run
    letter = (out / "clarifications" / "alpha.md").read_text(encoding="utf-8")
    numbers = [int(n) for n in re.findall(r"^(\d+)\. \*\*", letter, flags=re.MULTILINE)]
    alpha = vendor(results, "alpha")
    asks = sum(1 for c in alpha["criteria"] if c["status"] in ("missing", "partial"))
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) > asks
    assert re.search(r"\*\*Reporting fee\.\*\* .*\n   > You wrote \(alpha.pdf, page 1\): \u201cCustom reports are "
                     r"billed separately\.\u201d", letter)
    assert re.search(r"\*\*Set-up / transition fee\.\*\* We have costed this at 50,000.00 once", letter)
    assert (out / "clarifications" / "beta.md").is_file()


def test_a_total_that_fails_a_sanity_check_is_reported_as_not_ranked(run):
    """A vendor whose total fails a check is named with the reason beside the ranking, never ranked, and its
    cost is not compared in the recommendation."""
    _, results = run
    flagged = copy.deepcopy(results)
    why = "implausible: the proposal states USD 90,000.00 a month, more than the whole 24-month total"
    vendor(flagged, "alpha")["pricing"]["tco"]["checks"] = [why]
    markdown = "\n".join(comparison_pricing_markdown(flagged))
    ranking_rows = [line for line in markdown.splitlines() if re.match(r"\| \d+ \|", line)]
    assert [row.split(" | ")[1] for row in ranking_rows] == [vendor(results, "beta")["name"]]
    assert f"is not ranked: {why}" in markdown
    assert "is not ranked" in "".join(comparison_pricing_html(flagged))
    case = next(c for c in recommendation(flagged)["vendors"] if c["vendor"] == "alpha")
    assert case["cost"] is None
