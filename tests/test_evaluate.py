"""`rfp-analyze eval`: the benchmark's metrics (the same numbers as its score.py), a confusion table per item, and
why each miss happened, on a real analysis of the dev set."""

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rfp_analyzer.cli import main
from rfp_analyzer.pipeline import AnalysisOptions, analyze

DEV = Path(__file__).resolve().parents[2] / "shared" / "benchmark" / "dev"
SCORE = DEV.parent / "score.py"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not SCORE.exists(), reason="the benchmark is not beside the repo")]


@pytest.fixture(scope="module")
def analysis(tmp_path_factory):
    root = tmp_path_factory.mktemp("eval")
    run = analyze(AnalysisOptions(proposals_dir=DEV / "proposals", out_dir=root / "out", index_dir=root / "index",
                                  formats=("json",)))
    return root, run.results


def eval_json(*args: str) -> dict:
    result = CliRunner().invoke(main, ["eval", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def write(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def a_present_fee(labels: dict) -> tuple[str, str]:
    return next((vendor, fee) for vendor, lab in labels["vendors"].items()
                for fee, want in lab["fees"].items() if want["status"] == "present")


def test_metrics_are_the_benchmark_scripts(analysis, tmp_path):
    root, results = analysis
    # A damaged copy, so the comparison covers misses, false alarms and lost citations, not only a perfect score.
    damaged = copy.deepcopy(results)
    for vendor in damaged["vendors"][:2]:
        vendor["fees"][0]["status"] = "present"
        vendor["fees"][1]["status"] = "absent"
        vendor["criteria"][0]["status"] = "missing"
        vendor["criteria"][1]["evidence"] = []
    for document in (results, damaged):
        path = write(tmp_path / "results.json", document)
        ours = eval_json(str(DEV / "labels.json"), str(path))
        theirs = json.loads(subprocess.run([sys.executable, str(SCORE), str(DEV / "labels.json"), str(path), "--json"],
                                           capture_output=True, text=True, check=True).stdout.rsplit("\n}", 1)[0] + "}")
        assert {k: ours[k] for k in theirs} == theirs


def test_confusion_and_reasons_name_each_miss(analysis, tmp_path):
    root, results = analysis
    labels = json.loads((DEV / "labels.json").read_text())
    vendor, fee = a_present_fee(labels)
    waived_vendor, waived_fee = next((v, f) for v, lab in labels["vendors"].items()
                                     for f, want in lab["fees"].items() if want["status"] == "waived")
    damaged = copy.deepcopy(results)
    by_slug = {v["vendor"]: v for v in damaged["vendors"]}
    next(f for f in by_slug[vendor]["fees"] if f["id"] == fee)["status"] = "absent"
    next(f for f in by_slug[waived_vendor]["fees"] if f["id"] == waived_fee)["status"] = "present"
    path = write(tmp_path / "results.json", damaged)

    report = eval_json(str(DEV / "labels.json"), str(path), "--index", str(root / "index"))
    misses = {(m["vendor"], m["id"]): m for m in report["misses"]}
    assert misses[(vendor, fee)]["reason"] == "retrieved, not matched"  # its clause was read: the judge missed it
    assert misses[(waived_vendor, waived_fee)]["reason"] == "wrong polarity"
    assert report["confusion"]["fees"][fee]["present->absent"] == 1
    assert report["confusion"]["fees"][waived_fee]["waived->present"] == 1
    before = eval_json(str(DEV / "labels.json"), str(write(tmp_path / "undamaged.json", results)))
    added = {(m["vendor"], m["id"]) for m in report["misses"]} - {(m["vendor"], m["id"]) for m in before["misses"]}
    assert added == {(vendor, fee), (waived_vendor, waived_fee)}  # the two damaged findings, and nothing else


def test_a_clause_the_tool_never_read_is_not_read(analysis, tmp_path):
    root, results = analysis
    labels = json.loads((DEV / "labels.json").read_text())
    vendor, fee = a_present_fee(labels)
    labels["vendors"][vendor]["fees"][fee]["quote"] = "a clause that no proposal in this set contains anywhere"
    damaged = copy.deepcopy(results)
    next(f for f in {v["vendor"]: v for v in damaged["vendors"]}[vendor]["fees"] if f["id"] == fee)["status"] = "absent"
    report = eval_json(str(write(tmp_path / "labels.json", labels)), str(write(tmp_path / "results.json", damaged)),
                       "--index", str(root / "index"))
    assert [m["reason"] for m in report["misses"] if (m["vendor"], m["id"]) == (vendor, fee)] == ["not read"]


def test_llm_share_counts_the_labelled_clauses_in_the_prompts(analysis, tmp_path):
    root, results = analysis
    path = write(tmp_path / "results.json", results)
    share = eval_json(str(DEV / "labels.json"), str(path), "--index", str(root / "index"), "--llm-share")
    share = share["llm_evidence_share"]
    assert 0.5 < share["fee"] <= 1.0 and 0.5 < share["criterion"] <= 1.0
    # A labelled clause that is in no prompt lowers the share by exactly one clause.
    labels = json.loads((DEV / "labels.json").read_text())
    vendor, fee = a_present_fee(labels)
    labels["vendors"][vendor]["fees"][fee]["quote"] = "a clause that no proposal in this set contains anywhere"
    lower = eval_json(str(write(tmp_path / "labels.json", labels)), str(path), "--index", str(root / "index"),
                      "--llm-share")["llm_evidence_share"]
    fee_labels = sum(1 for lab in labels["vendors"].values() for want in lab["fees"].values()
                     if want["status"] in ("present", "waived"))
    assert lower["fee"] == pytest.approx(share["fee"] - 1 / fee_labels, abs=0.002)


def test_llm_share_needs_the_index(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(DEV / "labels.json"), str(DEV / "labels.json"), "--llm-share"])
    assert result.exit_code == 2 and "--llm-share needs --index" in result.output
