"""Reports rendered from a results document: files per format, Markdown gap report and comparison, HTML page with
escaped proposal text and relative links to the cited PDF pages."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from rfp_analyzer.report import comparison_markdown, html_report, vendor_markdown, write_reports

HOSTILE_QUOTE = "Credits are capped at <script>alert(1)</script> 5% | or a | b of fees"
HOSTILE_GAP = "caps credits at 5% | a | b\nsecond line `code` ![x](https://evil.example/t.png)"


def _ev(file, page, quote, section=""):
    return {"file": file, "page": page, "quote": quote, "section": section}


def _crit(cid, status, gap, question, evidence=()):
    return {"id": cid, "status": status, "confidence": 0.75, "gap": gap, "question": question, "judge": "rules",
            "evidence": list(evidence)}


def _fee(fid, status, amount, evidence=()):
    return {"id": fid, "status": status, "amount": amount, "confidence": 0.85, "gap": f"{fid} gap",
            "question": f"Confirm the {fid} amount?", "judge": "rules", "evidence": list(evidence)}


@pytest.fixture
def proposals(tmp_path) -> Path:
    folder = tmp_path / "proposals"
    (folder / "brightwave").mkdir(parents=True)
    (folder / "keystone.pdf").write_bytes(b"%PDF-1.4")
    (folder / "brightwave" / "proposal.pdf").write_bytes(b"%PDF-1.4")
    (folder / "brightwave" / "pricing.pdf").write_bytes(b"%PDF-1.4")
    return folder


@pytest.fixture
def results(proposals) -> dict:
    keystone = {
        "vendor": "keystone", "name": "Keystone Global Services, Inc.", "files": ["keystone.pdf"], "pages": 14,
        "score": {"weighted": 72.5, "met": 1, "partial": 1, "missing": 1},
        "criteria": [
            _crit("service_levels", "partial", HOSTILE_GAP, "Will you remove the 5% credit cap?",
                  [_ev("keystone.pdf", 5, HOSTILE_QUOTE, "14. Service Level Framework")]),
            _crit("security", "met", "", "", [_ev("keystone.pdf", 7, "We hold ISO 27001 certification.")]),
            _crit("exit_plan", "missing", "No exit or transition-out plan.", "Describe your exit plan?"),
        ],
        "fees": [
            _fee("setup_fee", "present", "USD 185,000 one-time", [_ev("keystone.pdf", 11, "A set-up fee of USD 185,000")]),
            _fee("auto_renewal", "absent", ""),
        ],
        "warnings": [{"file": "keystone.pdf", "page": 2, "kind": "no_text",
                      "message": "page 2 has no text layer (scanned image or drawing); its content is not analyzed"}],
    }
    brightwave = {
        "vendor": "brightwave", "name": "Brightwave BPO", "files": ["pricing.pdf", "proposal.pdf"], "pages": 9,
        "score": {"weighted": 88.0, "met": 2, "partial": 0, "missing": 1},
        "criteria": [
            _crit("service_levels", "met", "", "", [_ev("proposal.pdf", 3, "Service levels are credited monthly.")]),
            _crit("security", "met", "", ""),
            _crit("exit_plan", "missing", "No exit plan.", "Describe your exit plan?"),
        ],
        "fees": [
            _fee("setup_fee", "waived", "", [_ev("proposal.pdf", 4, "No set-up fee applies.")]),
            _fee("auto_renewal", "present", "12-month renewal", [_ev("pricing.pdf", 3, "renews automatically")]),
        ],
        "warnings": [{"file": "pricing.pdf", "page": 1, "kind": "prompt_injection",
                      "message": "page 1 contains text addressed to an AI evaluator"}],
    }
    return {
        "schema_version": 1, "generated_at": "2026-11-25T05:30:00Z",
        "tool": {"name": "rfp-analyzer", "version": "0.1.0"}, "judge": "rules", "proposals_dir": str(proposals),
        "criteria_set": {"file": "criteria/bpo_selection.yaml", "items": [
            {"id": "service_levels", "title": "Service levels and credits", "weight": 10},
            {"id": "security", "title": "Security and compliance", "weight": 8},
            {"id": "exit_plan", "title": "Exit and transition-out", "weight": 5}]},
        "fee_set": {"file": "criteria/hidden_fees.yaml", "items": [
            {"id": "setup_fee", "title": "Set-up / transition fee"},
            {"id": "auto_renewal", "title": "Automatic renewal"}]},
        "summary": {"vendors": 2, "files": 3, "pages": 23, "chunks": 40, "embedded": 40, "findings": 10,
                    "unverified_quotes_dropped": 0, "warnings": 2, "failed_files": 1},
        "vendors": [keystone, brightwave],
        "failed_files": [{"file": "broken.pdf", "kind": "corrupt", "reason": "broken.pdf: damaged or truncated PDF"}],
    }


def _cells(row: str) -> list[str]:
    """Cells of a Markdown table row, splitting on unescaped pipes only."""
    assert row.startswith("|") and row.endswith("|")
    return re.split(r"(?<!\\)\|", row[1:-1])


def _table_rows(md: str, header_start: str) -> list[str]:
    lines = md.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return rows


def test_writes_each_format(results, tmp_path):
    out = tmp_path / "reports" / "run1"
    written = write_reports(results, out, {"json", "md", "html"})
    assert {p.name for p in written} == {"results.json", "keystone.md", "brightwave.md", "comparison.md",
                                         "report.html"}
    assert all(p.parent == out and p.is_file() for p in written)
    assert json.loads((out / "results.json").read_text(encoding="utf-8")) == results

    only_json = write_reports(results, tmp_path / "j", {"json"})
    assert [p.name for p in only_json] == ["results.json"]
    assert [p.name for p in (tmp_path / "j").iterdir()] == ["results.json"]


def test_json_keeps_non_ascii_text(results, tmp_path):
    results["vendors"][0]["name"] = "Société Générale de Services"
    write_reports(results, tmp_path, {"json"})
    assert "Société" in (tmp_path / "results.json").read_text(encoding="utf-8")


def test_vendor_slug_cannot_overwrite_the_comparison(results, tmp_path):
    results["vendors"][1]["vendor"] = "comparison"
    names = {p.name for p in write_reports(results, tmp_path, {"md"})}
    assert names == {"keystone.md", "comparison-2.md", "comparison.md"}
    assert (tmp_path / "comparison.md").read_text(encoding="utf-8").startswith("# Vendor comparison")


def test_vendor_markdown_is_a_gap_report(results):
    md = vendor_markdown(results, results["vendors"][0])
    assert md.startswith("# Keystone Global Services, Inc.: gap report")
    for heading in ("## Summary", "## Criteria", "## Hidden fees and pricing risks", "## Gaps and questions to ask",
                    "## Evidence", "## Warnings"):
        assert heading in md
    assert "Weighted score: **72.5 / 100**" in md
    assert "1 met, 1 partial, 1 missing" in md and "1 present, 0 waived" in md
    # One numbered question per non-met criterion and per present fee.
    questions = md.split("## Gaps and questions to ask")[1].split("## Evidence")[0]
    assert re.findall(r"^\d+\. ", questions, re.M) == ["1. ", "2. ", "3. "]
    assert "Ask: Will you remove the 5% credit cap?" in questions
    assert "Ask: Describe your exit plan?" in questions and "Ask: Confirm the setup\\_fee amount?" in questions
    # Citations as blockquotes: file p. N: "quote".
    assert '> keystone.pdf p. 7: "We hold ISO 27001 certification."' in md
    assert '> keystone.pdf p. 11: "A set-up fee of USD 185,000"' in md
    assert "keystone.pdf p. 2 (no\\_text): page 2 has no text layer" in md
    # The slug works as well as the vendor entry.
    assert vendor_markdown(results, "keystone") == md


def test_markdown_table_cells_escape_pipes_and_newlines(results):
    md = vendor_markdown(results, results["vendors"][0])
    rows = _table_rows(md, "| Criterion |")
    assert len(rows) == 2 + 3  # header, rule, one row per criterion
    widths = {len(_cells(row)) for row in rows if not row.startswith("|---")}
    assert widths == {6}
    hostile = next(row for row in rows if row.startswith("| Service levels"))
    assert "a \\| b" in hostile and "second line" in hostile  # the newline did not break the row
    fee_rows = _table_rows(md, "| Fee |")
    assert {len(_cells(row)) for row in fee_rows if not row.startswith("|---")} == {4}
    assert "USD 185,000 one-time" in md


def test_markdown_neutralises_html_code_and_images(results):
    md = vendor_markdown(results, results["vendors"][0])
    assert "<script>" not in md and "&lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert "![x](" not in md and "!\\[x\\](" in md  # no image (no external fetch when the Markdown is rendered)
    assert "`code`" not in md and "\\`code\\`" in md


def test_prompt_injection_warning_stands_out(results):
    md = vendor_markdown(results, results["vendors"][1])
    assert "- pricing.pdf p. 1 (**prompt\\_injection**): page 1 contains text addressed to an AI evaluator" in md
    assert "class=\"warn prompt_injection\"" in html_report(results)


def test_comparison_lists_vendors_scores_ranking_and_fees(results):
    md = comparison_markdown(results)
    assert "Keystone Global Services, Inc." in md and "Brightwave BPO" in md
    ranking = md.split("## Ranking by weighted score")[1].split("## Criteria")[0]
    assert ranking.strip().splitlines() == ["1. Brightwave BPO: 88.0", "2. Keystone Global Services, Inc.: 72.5"]
    criteria = _table_rows(md, "| Criterion (weight) |")
    assert {len(_cells(row)) for row in criteria if not row.startswith("|---")} == {3}
    assert "| Service levels and credits (10) | \u25d0 partial | \u2705 met |" in criteria
    assert "| Exit and transition-out (5) | \u274c missing | \u274c missing |" in criteria
    assert criteria[-1] == "| **Weighted score** | **72.5** | **88.0** |"
    fees = _table_rows(md, "| Fee |")
    assert "| Set-up / transition fee | \u26a0 present (USD 185,000 one-time) | \u2705 waived |" in fees
    assert "## Files not analyzed" in md and "broken.pdf: damaged or truncated PDF" in md


def test_comparison_without_failed_files_has_no_such_section(results):
    results["failed_files"] = []
    assert "Files not analyzed" not in comparison_markdown(results)


def test_html_escapes_proposal_text(results, tmp_path):
    results["vendors"][1]["name"] = 'Bright"wave <img src=x onerror=alert(2)>'
    page = html_report(results, tmp_path / "out")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<script" not in page  # no script at all is needed


def test_html_links_citations_to_the_pdf_page_relative_to_the_report(results, proposals, tmp_path):
    out = tmp_path / "out"
    page = html_report(results, out)
    assert 'href="../proposals/keystone.pdf#page=5"' in page  # top-level PDF
    assert 'href="../proposals/brightwave/pricing.pdf#page=3"' in page  # file in the vendor's folder
    assert 'href="../proposals/brightwave/proposal.pdf#page=4"' in page
    for href in re.findall(r'href="([^"]+)"', page):
        assert href.startswith(("#", "../proposals/")), href
    # The written report links the same way, and the target exists from out_dir.
    write_reports(results, out, {"html"})
    assert (out / "../proposals/keystone.pdf").resolve().is_file()
    assert 'href="../proposals/keystone.pdf#page=5"' in (out / "report.html").read_text(encoding="utf-8")


def test_html_link_quotes_unsafe_file_names(results, proposals, tmp_path):
    (proposals / "key stone#1.pdf").write_bytes(b"%PDF-1.4")
    vendor = results["vendors"][0]
    vendor["files"] = ["key stone#1.pdf"]
    vendor["criteria"][1]["evidence"][0]["file"] = "key stone#1.pdf"
    page = html_report(results, tmp_path / "out")
    assert 'href="../proposals/key%20stone%231.pdf#page=7"' in page


def test_html_without_out_dir_links_absolute_file_urls(results, proposals):
    page = html_report(results)
    assert f'href="{(proposals / "keystone.pdf").resolve().as_uri()}#page=5"' in page


def test_html_is_self_contained_and_colour_coded(results, tmp_path):
    page = html_report(results, tmp_path / "out")
    assert "http://" not in page and "https://" not in page.replace("https://evil.example", "")
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\bsrc=|@import|url\(", page)
    assert "<style>" in page and page.count("<html") == 1
    for status in ("met", "partial", "missing", "present", "waived", "absent"):
        assert f'<span class="b {status}">' in page
    assert "Keystone Global Services, Inc." in page and "72.5" in page and "88.0" in page
    assert "<b>Ask:</b> Will you remove the 5% credit cap?" in page
    assert "Not analyzed: broken.pdf: damaged or truncated PDF" in page


def test_hostile_url_in_text_is_only_text(results, tmp_path):
    page = html_report(results, tmp_path / "out")
    # The URL from the proposal appears escaped as text, never as an attribute.
    assert 'src="https://evil' not in page and 'href="https://evil' not in page


def test_reports_accept_a_minimal_document(results, tmp_path):
    minimal = copy.deepcopy(results)
    for key in ("summary", "failed_files", "tool", "schema_version"):
        minimal.pop(key)
    for vendor in minimal["vendors"]:
        vendor["warnings"] = []
    assert {p.name for p in write_reports(minimal, tmp_path, {"json", "md", "html"})} >= {"report.html"}


def test_an_unverified_llm_verdict_is_flagged_once_in_each_report(results, tmp_path):
    from openpyxl import load_workbook

    from rfp_analyzer.report import UNVERIFIED

    results["vendors"][1]["criteria"][1].update(judge="llm:gpt-4o-mini", confidence=0.4, unverified=True)
    write_reports(results, tmp_path, {"md", "html", "xlsx"})
    rows = _table_rows((tmp_path / "brightwave.md").read_text(encoding="utf-8"), "| Criterion |")
    assert [UNVERIFIED in row for row in rows[2:]] == [False, True, False]
    assert (tmp_path / "report.html").read_text(encoding="utf-8").count(UNVERIFIED) == 1
    book = load_workbook(tmp_path / "comparison.xlsx")
    notes = {(sheet, cell.coordinate): cell.comment.text for sheet in ("Scorecard", "Fees")
             for row in book[sheet].iter_rows() for cell in row if cell.comment}
    assert notes == {("Scorecard", "D3"): UNVERIFIED}  # Brightwave's column, the security row; status kept
    assert book["Scorecard"]["D3"].value == "met"


def test_a_score_that_counts_unverified_verdicts_says_so(results):
    from rfp_analyzer.results import weighted_score

    findings = [dict(c) for c in results["vendors"][1]["criteria"]]
    findings[1]["unverified"] = True
    score = weighted_score(results["criteria_set"]["items"], findings)
    assert score == {"weighted": 78.3, "met": 2, "partial": 0, "missing": 1, "unverified": 1}
    results["vendors"][1]["score"] = score
    caveat = "(counts 1 unverified verdict: check by hand)"
    assert f"Weighted score: **78.3 / 100** {caveat}" in vendor_markdown(results, "brightwave")
    assert f"1. Brightwave BPO: 78.3 {caveat}" in comparison_markdown(results)
    assert caveat in html_report(results) and "unverified" not in vendor_markdown(results, "keystone")
