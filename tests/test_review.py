"""Reviewer decisions: recorded from the terminal, kept in an append-only SQLite log beside the index, applied to
results.json and every report (scores follow the reviewer), kept by a re-run, flagged when the evidence changed,
and safe with two writers at once."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3

import pytest
from openpyxl import load_workbook

from rfp_analyzer.results import validate
from rfp_analyzer.review import ReviewStore

from .conftest import NORTHSTAR, run_cli, write_pdf


def _results(ws) -> dict:
    return json.loads((ws / "out" / "results.json").read_text())


def _finding(results, vendor, item):
    entry = next(v for v in results["vendors"] if v["vendor"] == vendor)
    return entry, next(f for f in entry["criteria"] + entry["fees"] if f["id"] == item)


def _a_criterion(results, vendor, status):
    entry = next(v for v in results["vendors"] if v["vendor"] == vendor)
    return next(c for c in entry["criteria"] if c["status"] == status)


def _review(ws, *args):
    return run_cli("review", *args, "--out", ws / "out", "--index", ws / "idx")


def test_an_override_changes_status_and_score_in_every_report_and_keeps_the_machine_beside(workspace):
    before = _results(workspace)
    missing = _a_criterion(before, "northstar", "missing")
    machine_score = next(v for v in before["vendors"] if v["vendor"] == "northstar")["score"]["weighted"]

    result = _review(workspace, "northstar", missing["id"], "--status", "met", "--note", "Annex B <b>covers</b> it",
                     "--reviewer", "Ana Ruiz")
    assert result.exit_code == 0, result.output
    assert f"northstar {missing['id']}: missing -> met by Ana Ruiz" in result.output

    after = _results(workspace)
    validate(after)
    vendor, finding = _finding(after, "northstar", missing["id"])
    assert finding["status"] == "met"
    assert finding["review"] | {"at": ""} == {"status": "met", "machine_status": "missing", "state": "applied",
                                             "reviewer": "Ana Ruiz", "note": "Annex B <b>covers</b> it", "at": ""}
    assert vendor["score"]["weighted"] > machine_score and vendor["score"]["machine"] == machine_score
    assert [(d["from"], d["to"], d["reviewer"]) for d in after["reviews"]["log"]] == [("missing", "met", "Ana Ruiz")]

    md = (workspace / "out" / "northstar.md").read_text()
    assert "Ana Ruiz overrode the analysis (missing -&gt; met): Annex B &lt;b&gt;covers&lt;/b&gt; it" in md
    assert f"(analysis: {machine_score:.1f})" in md
    comparison = (workspace / "out" / "comparison.md").read_text()
    assert "(reviewed)" in comparison and "## Reviewer decisions" in comparison
    html = (workspace / "out" / "report.html").read_text()
    assert "Annex B &lt;b&gt;covers&lt;/b&gt; it" in html and "<b>covers</b>" not in html
    assert "reviewed; analysis: missing" in html
    letter = (workspace / "out" / "clarifications" / "northstar.md").read_text()
    assert missing["question"] not in letter  # met now: nothing to ask the vendor about it

    book = load_workbook(workspace / "out" / "comparison.xlsx")
    audit = [[c.value for c in row] for row in book["Audit"].iter_rows(min_row=2)]
    assert [row[1:8] for row in audit] == [["Ana Ruiz", "northstar", missing["id"], "missing", "met", "missing",
                                            "Annex B <b>covers</b> it"]]
    scorecard = book["Scorecard"]
    cells = [c for row in scorecard.iter_rows() for c in row if c.comment is not None]
    assert [c.value for c in cells] == ["met"] and "overrode" in cells[0].comment.text


def test_accept_confirms_the_machine_and_a_second_decision_starts_from_the_first(workspace):
    partial_or_missing = _a_criterion(_results(workspace), "solano", "missing")["id"]
    assert _review(workspace, "solano", partial_or_missing, "--status", "accept", "--reviewer", "bo").exit_code == 0
    assert _review(workspace, "solano", partial_or_missing, "--status", "partial", "--note", "half of it",
                   "--reviewer", "cy").exit_code == 0
    log = _results(workspace)["reviews"]["log"]
    assert [(d["reviewer"], d["from"], d["to"]) for d in log] == [("bo", "missing", "missing"), ("cy", "missing", "partial")]
    assert _finding(_results(workspace), "solano", partial_or_missing)[1]["review"]["status"] == "partial"


@pytest.mark.parametrize("args, message", [
    (("nobody", "x", "--status", "met"), "no vendor 'nobody'"),
    (("solano", "no_such_item", "--status", "met"), "no criterion or fee item 'no_such_item'"),
    (("solano", "{criterion}", "--status", "waived", "--note", "n"), "its status is one of met, partial, missing"),
    (("solano", "{criterion}", "--status", "met"), "needs a note saying why"),
])
def test_a_decision_that_cannot_be_recorded_says_why_and_records_nothing(workspace, args, message):
    criterion = _a_criterion(_results(workspace), "solano", "missing")["id"]
    result = _review(workspace, *(a.format(criterion=criterion) for a in args), "--reviewer", "ana")
    assert result.exit_code == 2 and message in result.output
    assert ReviewStore(workspace / "idx").log() == []


def test_the_log_is_append_only(workspace):
    criterion = _a_criterion(_results(workspace), "solano", "missing")["id"]
    _review(workspace, "solano", criterion, "--status", "met", "--note", "n", "--reviewer", "ana")
    db = sqlite3.connect(workspace / "idx" / "reviews.sqlite")
    for statement in ("UPDATE decisions SET to_status = 'missing'", "DELETE FROM decisions"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute(statement)
    assert [d.to_status for d in ReviewStore(workspace / "idx").log()] == ["met"]


@pytest.mark.slow  # two more analyses
def test_a_rerun_keeps_the_decision_and_flags_it_when_the_evidence_changed(workspace):
    results = _results(workspace)
    fee = _finding(results, "northstar", "setup_fee")[1]
    assert fee["status"] == "present" and fee["evidence"]
    assert _review(workspace, "northstar", "setup_fee", "--status", "waived", "--note", "waived in BAFO letter",
                   "--reviewer", "ana").exit_code == 0

    rerun = lambda: run_cli(workspace / "proposals", "--out", workspace / "out", "--index", workspace / "idx", "--no-ocr")  # noqa: E731
    assert rerun().exit_code == 0
    vendor, fee = _finding(_results(workspace), "northstar", "setup_fee")
    assert fee["status"] == "waived" and fee["review"]["state"] == "applied"

    # A revised proposal: the fee's passage says something else now.
    revised = [page.replace("USD 60,000", "USD 75,000") for page in NORTHSTAR]
    write_pdf(workspace / "proposals" / "northstar.pdf", revised)
    assert rerun().exit_code == 0
    after = _results(workspace)
    _, fee = _finding(after, "northstar", "setup_fee")
    assert fee["status"] == "present"  # the analysis's, until someone looks again
    assert fee["review"] | {"at": ""} == {"status": "waived", "machine_status": "present", "state": "review_again",
                                         "reviewer": "ana", "note": "waived in BAFO letter", "at": ""}
    assert after["reviews"]["review_again"] == 1
    assert "review again: ana set waived on earlier evidence" in (workspace / "out" / "northstar.md").read_text()


def _write_decisions(index_dir: str, reviewer: str, count: int) -> None:
    store = ReviewStore(index_dir)
    for n in range(count):
        store.record("northstar", f"item{n % 3}", "met" if n % 2 else "partial", f"{reviewer} {n}", reviewer,
                     "missing", "same-evidence")


def test_two_reviewers_writing_at_once_lose_nothing(tmp_path):
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_decisions, args=(str(tmp_path), name, 40)) for name in ("ana", "bo")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)
        assert writer.exitcode == 0
    log = ReviewStore(tmp_path).log()
    assert sorted(d.note for d in log) == sorted(f"{r} {n}" for r in ("ana", "bo") for n in range(40))
    # each decision starts from the one in force before it, whoever wrote that one
    for item in ("item0", "item1", "item2"):
        chain = [d for d in log if d.item == item]
        assert chain[0].from_status == "missing"
        assert all(later.from_status == earlier.to_status for earlier, later in zip(chain, chain[1:]))


def test_a_store_opened_while_another_reviewer_writes_waits_instead_of_failing(tmp_path):
    """SQLite does not wait to switch a new database to write-ahead logging: a reviewer who opens the store while
    another holds a write used to fail at once with "database is locked"."""
    import threading

    from rfp_analyzer.review.store import DB_NAME

    other = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE busy (x)")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO busy VALUES (1)")
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    try:
        ReviewStore(tmp_path).record("northstar", "setup_fee", "waived", "BAFO letter", "ana", "present", "e1")
    finally:
        release.join()
        other.close()
    assert [d.note for d in ReviewStore(tmp_path).log()] == ["BAFO letter"]
