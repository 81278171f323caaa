"""Re-runs pay for what changed (stagecache.py): a weight change re-scores, a revised or new vendor is judged alone,
an unchanged re-run reads no PDF and opens no index, and every re-run's reports equal a cold run's."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rfp_analyzer.cli import main
from rfp_analyzer.config import DEFAULT_CRITERIA, DEFAULT_FEES
from rfp_analyzer.ingest import pdf
from rfp_analyzer.ingest.pdf import FileLimits
from rfp_analyzer.pipeline import read_file
from rfp_analyzer.stagecache import StageCache

from .conftest import write_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from same_outputs import differences  # noqa: E402

NORTHSTAR = [
    "Northstar Contact Services, Inc.\nProposal for the buyer",
    "1. Service Levels\nWe answer 80% of calls within 30 seconds and 95% of emails within 8 hours.\n"
    "Service credits of up to 10% of monthly fees apply when a service level is missed.",
    "2. Pricing\nThe rate is USD 3,400 per FTE per month.\n"
    "A one-time transition fee of USD 60,000 is invoiced at contract signature.",
]
BRIGHTWAVE = ["Brightwave BPO Ltd.\nOur world-class team delivers best-in-class service to every client.",
              "1. Coverage\nSupport is provided Monday to Friday, 08:00-18:00 Eastern.\n"
              "2. Pricing\nNo set-up fees. Training is included in the hourly rate of USD 27."]
CALDERA = ["Caldera Outsourcing LLC\n1. Security\nWe hold ISO 27001 and SOC 2 Type II certifications.",
           "2. Pricing\nThe agreement renews automatically for successive 12-month periods.\n"
           "A minimum commitment of 40 FTE applies for the full term."]
DUNMORE = ["Dunmore Services Ltd.\n1. Service Levels\nWe answer 90% of calls within 20 seconds.",
           "2. Pricing\nAn annual price increase of up to 6% applies on each anniversary."]


def _analyze(proposals: Path, index: Path, out: Path, *extra) -> dict:
    result = CliRunner().invoke(main, [str(proposals), "--index", str(index), "--out", str(out), "-q", *map(str, extra)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory):
    """Three vendors analyzed once (a cold run): the proposals, the index folder and the reports."""
    root = tmp_path_factory.mktemp("analyzed")
    write_pdf(root / "proposals" / "northstar.pdf", NORTHSTAR)
    write_pdf(root / "proposals" / "brightwave.pdf", BRIGHTWAVE)
    write_pdf(root / "proposals" / "caldera.pdf", CALDERA)
    results = _analyze(root / "proposals", root / "idx", root / "cold")
    assert results["summary"]["vendors_judged"] == 3 and results["summary"]["files_from_cache"] == 0
    return root


@pytest.fixture
def copy(analyzed, tmp_path):
    """The analyzed proposals and their index, to change."""
    shutil.copytree(analyzed / "proposals", tmp_path / "proposals")
    shutil.copytree(analyzed / "idx", tmp_path / "idx")
    return tmp_path


def _findings(results: dict) -> list:
    return [(v["vendor"], v["criteria"], v["fees"]) for v in results["vendors"]]


def test_a_weight_change_rescores_without_judging_again(analyzed, copy):
    criteria = copy / "criteria.yaml"
    text = DEFAULT_CRITERIA.read_text(encoding="utf-8")
    first_weight = text[text.index("weight:"):].split("\n", 1)[0]
    criteria.write_text(text.replace(first_weight, "weight: 40", 1), encoding="utf-8")
    cold = json.loads((analyzed / "cold" / "results.json").read_text(encoding="utf-8"))

    again = _analyze(copy / "proposals", copy / "idx", copy / "out", "--criteria", criteria)

    assert again["summary"]["vendors_judged"] == 0 and again["summary"]["vendors_from_cache"] == 3
    assert again["summary"]["files_from_cache"] == 3 and again["summary"]["embedded"] == 0
    assert _findings(again) == _findings(cold)
    assert again["criteria_set"]["items"][0]["weight"] == 40
    assert [v["score"] for v in again["vendors"]] != [v["score"] for v in cold["vendors"]]


def test_a_revised_and_a_new_vendor_are_judged_alone_and_match_a_cold_run(copy):
    revised = NORTHSTAR[:2] + ["2. Pricing\nThe rate is USD 3,100 per FTE per month (best and final offer).\n"
                               "No transition fee is charged."]
    write_pdf(copy / "proposals" / "northstar.pdf", revised)
    write_pdf(copy / "proposals" / "dunmore.pdf", DUNMORE)

    again = _analyze(copy / "proposals", copy / "idx", copy / "again")
    cold = _analyze(copy / "proposals", copy / "fresh-idx", copy / "cold")

    assert again["summary"]["vendors_judged"] == 2 and again["summary"]["vendors_from_cache"] == 2
    assert again["summary"]["files_from_cache"] == 2  # brightwave and caldera: their PDFs were not read
    assert differences(copy / "cold", copy / "again") == []
    northstar = next(v for v in again["vendors"] if v["vendor"] == "northstar")
    transition = next(f for f in northstar["fees"] if f["id"] == "setup_fee")
    assert transition["status"] == "waived" and "No transition fee" in transition["evidence"][0]["quote"]
    assert cold["summary"]["vendors_judged"] == 4


def test_a_changed_checklist_judges_every_vendor_again_and_a_damaged_cache_entry_is_a_miss(analyzed, copy):
    fees = copy / "fees.yaml"
    fees.write_text(DEFAULT_FEES.read_text(encoding="utf-8").replace("question:", "question: Please note.", 1),
                    encoding="utf-8")
    for entry in (copy / "idx" / "cache" / "pages").iterdir():
        entry.write_text("{not json", encoding="utf-8")

    again = _analyze(copy / "proposals", copy / "idx", copy / "out", "--fees", fees)

    assert again["summary"]["vendors_judged"] == 3 and again["summary"]["files_from_cache"] == 0
    cold = json.loads((analyzed / "cold" / "results.json").read_text(encoding="utf-8"))
    assert [len(v["fees"]) for v in again["vendors"]] == [len(v["fees"]) for v in cold["vendors"]]


def test_a_run_removes_what_no_current_input_uses_and_no_cache_redoes_everything(analyzed, copy):
    stale_ocr = copy / "idx" / "ocr-cache" / f"{'0' * 64}.json"  # the OCR text of a file no longer among the proposals
    stale_ocr.parent.mkdir(exist_ok=True)
    stale_ocr.write_text('{"engine": "x", "pages": {}}', encoding="utf-8")
    write_pdf(copy / "proposals" / "northstar.pdf", NORTHSTAR[:2] + ["2. Pricing\nThe rate is USD 3,100 per FTE."])

    again = _analyze(copy / "proposals", copy / "idx", copy / "again")

    # Northstar's earlier pages, findings and rates, and the OCR text: nothing current refers to them.
    assert again["summary"]["cache_pruned"] == 4 and not stale_ocr.exists()
    assert {stage: len(list((copy / "idx" / "cache" / stage).iterdir())) for stage in ("pages", "findings", "rates")} \
        == {"pages": 3, "findings": 3, "rates": 3}
    fresh = _analyze(copy / "proposals", copy / "idx", copy / "fresh", "--no-cache")
    assert fresh["summary"]["vendors_judged"] == 3 and fresh["summary"]["files_from_cache"] == 0
    assert fresh["summary"]["cache_pruned"] == 0 and _findings(fresh) == _findings(again)
    third = _analyze(copy / "proposals", copy / "idx", copy / "third")  # what --no-cache stored is used again
    assert third["summary"]["vendors_from_cache"] == 3 and third["summary"]["files_from_cache"] == 3


class BusyClock:
    """time.monotonic as ingest/pdf.py sees it on a machine so busy that every look at the clock finds a second gone."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 1.0
        return self.now


def test_a_file_cut_short_by_the_time_limit_is_read_again_by_the_next_run(tmp_path, monkeypatch):
    path = write_pdf(tmp_path / "long.pdf", NORTHSTAR + BRIGHTWAVE)
    cache = StageCache(tmp_path / "idx")
    limits = FileLimits(max_pages=100, max_seconds=2.5, max_content_bytes=2**30, max_image_pixels=10**8)
    with monkeypatch.context() as busy:
        busy.setattr(pdf, "time", BusyClock())
        cut, issues, cached = read_file(path, "long.pdf", None, None, cache, limits)
    assert len(cut.pages) == 2 and not cached
    assert issues[-1].kind == "limit" and "max_seconds_per_file" in issues[-1].message

    full, issues, cached = read_file(path, "long.pdf", None, None, cache, limits)  # same file, same limits
    assert len(full.pages) == 5 and issues == [] and not cached  # the cut reading was not served as the file's
    again, issues, cached = read_file(path, "long.pdf", None, None, cache, limits)
    assert cached and len(again.pages) == 5 and issues == []


PROBE = """
import json, runpy, sys
sys.argv = ["rfp-analyze", *sys.argv[1:]]
try:
    runpy.run_module("rfp_analyzer.cli", run_name="__main__")
except SystemExit as exc:
    code = exc.code
print(json.dumps({"exit": code, "loaded": sorted(m for m in ("chromadb", "onnxruntime", "langchain_core")
                                                  if m in sys.modules)}))
"""


@pytest.mark.slow  # a fresh interpreter, to see what an unchanged re-run imports
def test_an_unchanged_rerun_reads_no_pdf_opens_no_index_and_writes_the_same_reports(analyzed, copy):
    done = subprocess.run([sys.executable, "-c", PROBE, str(copy / "proposals"), "--index", str(copy / "idx"),
                           "--out", str(copy / "again"), "-q"], capture_output=True, text=True, check=True)

    probe = json.loads(done.stdout.strip().splitlines()[-1])
    assert probe == {"exit": 0, "loaded": []}  # no Chroma, no embedding model, no LLM stack
    again = json.loads((copy / "again" / "results.json").read_text(encoding="utf-8"))
    assert again["summary"]["files_from_cache"] == 3 and again["summary"]["vendors_judged"] == 0
    assert again["proposals_dir"] == str((copy / "proposals").resolve())
    cold = json.loads((analyzed / "cold" / "results.json").read_text(encoding="utf-8"))
    assert _findings(again) == _findings(cold) and [v["score"] for v in again["vendors"]] == [
        v["score"] for v in cold["vendors"]]
