"""The README demo on sample_rfps/ shows what it promises: gaps, waived and hidden fees, a scanned page read by
OCR and an injection attempt, each cited on a verified page."""

import json
from pathlib import Path

from click.testing import CliRunner

from rfp_analyzer.cli import main
from rfp_analyzer.pipeline import AnalysisOptions, analyze
from rfp_analyzer.results import validate

SAMPLES = Path(__file__).resolve().parents[1] / "sample_rfps" / "proposals"


def test_demo_scenario(tmp_path):
    run = analyze(AnalysisOptions(proposals_dir=SAMPLES, out_dir=tmp_path / "out", index_dir=tmp_path / "idx"))
    assert run.exit_code == 0 and run.stats.unverified_quotes_dropped == 0
    results = json.loads((tmp_path / "out" / "results.json").read_text())
    validate(results)  # the published contract fits the real output
    checked = CliRunner().invoke(main, ["schema", "--check", str(tmp_path / "out" / "results.json")])
    assert checked.exit_code == 0, checked.output
    vendors = {v["vendor"]: v for v in results["vendors"]}
    assert set(vendors) == {"harborview", "solano", "crestline"}

    def item(vendor, kind, item_id):
        return next(i for i in vendors[vendor][kind] if i["id"] == item_id)

    assert {w["kind"] for w in vendors["harborview"]["warnings"]} == {"prompt_injection"}
    assert vendors["crestline"]["warnings"] == [] and vendors["crestline"]["ocr_pages"] == {"proposal.pdf": [2]}
    assert item("harborview", "criteria", "coverage_availability")["status"] == "partial"
    assert item("harborview", "fees", "setup_fee")["amount"] == "USD 96,000"
    assert item("solano", "fees", "setup_fee")["status"] == "waived"
    assert item("solano", "fees", "data_storage_fee")["status"] == "present"  # free for 6 months only
    assert item("crestline", "fees", "minimum_commitment")["evidence"][0]["file"] == "pricing-appendix.pdf"
    assert item("crestline", "criteria", "quality_assurance")["status"] == "partial"
