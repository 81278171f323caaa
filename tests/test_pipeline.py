"""End to end through the CLI on real PDFs: report files, results.json shape, exit codes, warm re-run."""

import json

import pytest
from click.testing import CliRunner

from rfp_analyzer.cli import main
from rfp_analyzer.ingest.pdf import read_pdf
from rfp_analyzer.judge.checklists import load_criteria, load_fees
from rfp_analyzer.models import Evidence
from rfp_analyzer.verify import CitationVerifier

from .conftest import write_pdf

CRITERIA_IDS = [c.id for c in load_criteria().criteria]
FEE_IDS = [f.id for f in load_fees().fees]

NORTHSTAR = [
    "Northstar Contact Services, Inc.\nProposal for the buyer",
    "1. Service Levels\nWe answer 80% of calls within 30 seconds and 95% of emails within 8 hours.\n"
    "Service credits of up to 10% of monthly fees apply when a service level is missed.\n"
    "2. Coverage\nAgents are available 24/7/365 in English and Spanish.",
    "3. Pricing\nThe rate is USD 3,400 per FTE per month.\n"
    "A one-time transition fee of USD 60,000 is invoiced at contract signature.\n"
    "Rates increase by 5% on each anniversary of go-live.",
]
BRIGHTWAVE_PROPOSAL = [
    "Brightwave BPO Ltd.\nOur world-class team delivers best-in-class service to every client.",
    None,  # a scanned signature page
    "1. Coverage\nSupport is provided Monday to Friday, 08:00-18:00 Eastern, and email only on weekends.",
]
BRIGHTWAVE_PRICING = ["Pricing appendix\nNo set-up fees. Training is included in the hourly rate of USD 27.\n"
                      "The agreement renews automatically for successive 12-month periods."]


@pytest.fixture
def proposals(tmp_path):
    folder = tmp_path / "proposals"
    write_pdf(folder / "northstar.pdf", NORTHSTAR)
    write_pdf(folder / "brightwave" / "proposal.pdf", BRIGHTWAVE_PROPOSAL)
    write_pdf(folder / "brightwave" / "pricing.pdf", BRIGHTWAVE_PRICING)
    return folder


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_analysis_writes_reports_with_the_documented_shape(proposals, tmp_path):
    out, idx = tmp_path / "out", tmp_path / "idx"
    result = _run(proposals, "--out", out, "--index", idx, "--no-ocr")  # the scanned page stays unread
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} >= {"results.json", "northstar.md", "brightwave.md", "comparison.md",
                                                "report.html"}
    results = json.loads((out / "results.json").read_text())
    assert results["schema_version"] == 1
    vendors = {v["vendor"]: v for v in results["vendors"]}
    assert set(vendors) == {"northstar", "brightwave"}
    assert vendors["northstar"]["name"] == "Northstar Contact Services, Inc."
    assert vendors["brightwave"]["files"] == ["pricing.pdf", "proposal.pdf"]
    for vendor in vendors.values():
        assert [c["id"] for c in vendor["criteria"]] == CRITERIA_IDS
        assert [f["id"] for f in vendor["fees"]] == FEE_IDS
        for item in vendor["criteria"] + vendor["fees"]:
            assert item["status"] in {"met", "partial", "missing", "present", "waived", "absent"}
            assert 0.0 <= item["confidence"] <= 1.0 and isinstance(item["gap"], str) and item["question"] != ""
            for e in item["evidence"]:
                assert set(e) >= {"file", "page", "quote"} and e["file"] in vendor["files"] and e["page"] >= 1
    assert vendors["brightwave"]["warnings"] == [
        {"file": "proposal.pdf", "page": 2, "kind": "no_text",
         "message": "page 2 has no text layer (scanned image or drawing); its content is not analyzed"}]


def test_findings_on_crafted_vendors_and_every_quote_verified(proposals, tmp_path):
    out = tmp_path / "out"
    _run(proposals, "--out", out, "--index", tmp_path / "idx", "--quiet")
    results = json.loads((out / "results.json").read_text())
    vendors = {v["vendor"]: v for v in results["vendors"]}

    def status(vendor, kind, item_id):
        return next(i for i in vendors[vendor][kind] if i["id"] == item_id)

    assert status("northstar", "criteria", "service_levels")["status"] == "met"
    assert status("northstar", "fees", "setup_fee")["amount"] == "USD 60,000"
    assert status("northstar", "fees", "price_escalation")["status"] == "present"
    assert status("brightwave", "criteria", "coverage_availability")["status"] == "partial"
    assert status("brightwave", "fees", "setup_fee")["status"] == "waived"
    renewal = status("brightwave", "fees", "auto_renewal")
    assert renewal["status"] == "present" and renewal["evidence"][0]["file"] == "pricing.pdf"
    # Independent re-check of every citation against the PDFs.
    files = {"northstar": [proposals / "northstar.pdf"],
             "brightwave": [proposals / "brightwave" / "proposal.pdf", proposals / "brightwave" / "pricing.pdf"]}
    for slug, paths in files.items():
        verifier = CitationVerifier([read_pdf(p, p.name)[0] for p in paths])
        for item in vendors[slug]["criteria"] + vendors[slug]["fees"]:
            for e in item["evidence"]:
                assert verifier.is_verbatim(Evidence(e["file"], e["page"], e["quote"])), e
    assert results["summary"]["unverified_quotes_dropped"] == 0


def test_warm_run_embeds_nothing_and_gives_the_same_findings(proposals, tmp_path):
    idx = tmp_path / "idx"
    first = _run(proposals, "--out", tmp_path / "a", "--index", idx, "--format", "json")
    second = _run(proposals, "--out", tmp_path / "b", "--index", idx, "--format", "json")
    assert first.exit_code == second.exit_code == 0
    a = json.loads((tmp_path / "a" / "results.json").read_text())
    b = json.loads((tmp_path / "b" / "results.json").read_text())
    assert a["summary"]["embedded"] > 0 and b["summary"]["embedded"] == 0
    assert a["vendors"] == b["vendors"]
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["results.json"]


def test_bad_file_is_named_others_analyzed_exit_1(proposals, tmp_path):
    (proposals / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    out = tmp_path / "out"
    result = _run(proposals, "--out", out, "--index", tmp_path / "idx")
    assert result.exit_code == 1
    assert "broken.pdf" in result.output and "damaged" in result.output
    results = json.loads((out / "results.json").read_text())
    assert [f["file"] for f in results["failed_files"]] == ["broken.pdf"]
    assert {v["vendor"] for v in results["vendors"]} == {"northstar", "brightwave"}


def test_usage_errors_exit_2_with_a_clear_message(tmp_path):
    missing = _run(tmp_path / "nope", "--index", tmp_path / "idx")
    assert missing.exit_code == 2 and "not a folder" in missing.output
    (tmp_path / "empty").mkdir()
    empty = _run(tmp_path / "empty", "--index", tmp_path / "idx")
    assert empty.exit_code == 2 and "no PDF files" in empty.output
    bad_criteria = tmp_path / "bad.yaml"
    bad_criteria.write_text("criteria:\n  - id: x\n    title: X\n")
    write_pdf(tmp_path / "p" / "a.pdf", ["Some proposal text long enough to be read."])
    config = _run(tmp_path / "p", "--criteria", bad_criteria, "--index", tmp_path / "idx")
    assert config.exit_code == 2 and "bad.yaml" in config.output and "criteria[0]" in config.output
    bad_format = _run(tmp_path / "p", "--format", "pdf")
    assert bad_format.exit_code == 2


def test_help_teaches_usage():
    result = _run("--help")
    assert result.exit_code == 0 and "rfp-analyze PROPOSALS_DIR" in result.output
    analyze_help = _run("analyze", "--help")
    assert "Exit codes" in analyze_help.output and "Examples" in analyze_help.output


def test_unverified_llm_finding_is_flagged_in_every_report(tmp_path):
    from rfp_analyzer.report import UNVERIFIED, comparison_markdown, html_report, vendor_markdown

    results = {
        "generated_at": "2026-11-25T00:00:00Z", "judge": "llm:test", "proposals_dir": str(tmp_path),
        "summary": {"vendors": 1, "files": 1, "pages": 1, "findings": 2, "unverified_quotes_dropped": 2},
        "criteria_set": {"items": [{"id": "service_levels", "title": "Service levels", "weight": 10}]},
        "fee_set": {"items": [{"id": "setup_fee", "title": "Set-up fee"}]},
        "vendors": [{"vendor": "v", "name": "V <b>Corp</b> | x", "files": ["v.pdf"], "pages": 1,
                     "score": {"weighted": 50.0, "met": 0, "partial": 1, "missing": 0}, "warnings": [],
                     "criteria": [{"id": "service_levels", "status": "partial", "confidence": 0.4, "gap": "g",
                                   "question": "q?", "evidence": [], "judge": "llm:test", "unverified": True}],
                     "fees": [{"id": "setup_fee", "status": "present", "amount": "USD 1", "confidence": 0.4,
                               "gap": "g", "question": "q?", "evidence": [], "judge": "llm:test",
                               "unverified": True}]}],
        "failed_files": [],
    }
    vendor = results["vendors"][0]
    md = vendor_markdown(results, vendor)
    assert md.count(UNVERIFIED) == 2
    html = html_report(results)
    assert UNVERIFIED in html and "<b>Corp</b>" not in html and "&lt;b&gt;Corp&lt;/b&gt;" in html
    assert "V &lt;b&gt;Corp&lt;/b&gt; \\| x" in comparison_markdown(results)  # no raw HTML, pipe escaped


def test_two_vendors_with_the_same_file_name_are_verified_against_their_own_file(tmp_path):
    folder = tmp_path / "proposals"
    write_pdf(folder / "alpha" / "proposal.pdf", ["Pricing\nA one-time set-up fee of USD 11,000 is invoiced at signature."])
    write_pdf(folder / "beta" / "proposal.pdf", ["Pricing\nThe agreement renews automatically for successive one-year "
                                                 "terms unless notice is given."])
    result = _run(folder, "--out", tmp_path / "out", "--index", tmp_path / "idx", "--format", "json")
    assert result.exit_code == 0
    results = json.loads((tmp_path / "out" / "results.json").read_text())
    vendors = {v["vendor"]: v for v in results["vendors"]}
    assert next(f for f in vendors["alpha"]["fees"] if f["id"] == "setup_fee")["evidence"]
    assert next(f for f in vendors["beta"]["fees"] if f["id"] == "auto_renewal")["evidence"]
    assert results["summary"]["unverified_quotes_dropped"] == 0
