"""A scanned page is read by OCR: its text is indexed, cited with `ocr: true` and verified; `--no-ocr` leaves it
a no_text warning. One small image page, OCR'd once (the second run reads it from the OCR cache)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from rfp_analyzer.ask.library import ask
from rfp_analyzer.cli import main, summary_warnings
from rfp_analyzer.ingest import ocr
from rfp_analyzer.ingest.ocr import engine_id, read_pages, tesseract_available, visual_lines

from .conftest import free_port, scan_image

SCANNED_LINES = ["4. Transition", "A one-time set-up fee of USD 18,500 is invoiced at contract signature."]


def _proposal(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    text = pdf.beginText(50, 800)
    text.setFont("Helvetica", 10)
    for line in ("Acme Support Ltd.", "1. Service levels", "Agents answer 80% of calls within 20 seconds."):
        text.textLine(line)
    pdf.drawText(text)
    pdf.showPage()
    pdf.drawImage(ImageReader(scan_image(SCANNED_LINES)), 40, 600, width=520, height=520 * 160 / 1100)
    pdf.showPage()
    pdf.save()
    return path


def _analyze(proposals: Path, out: Path, index: Path, *flags: str, env: dict | None = None) -> dict:
    result = CliRunner().invoke(main, [str(proposals), "--out", str(out), "--index", str(index), *flags],
                                catch_exceptions=False, env=env)
    assert result.exit_code == 0, result.output
    return json.loads((out / "results.json").read_text())


def _setup_fee(results: dict) -> dict:
    return next(f for f in results["vendors"][0]["fees"] if f["id"] == "setup_fee")


@pytest.mark.slow
def test_scanned_page_is_ocrd_cited_and_verified_then_no_ocr_leaves_a_warning(tmp_path):
    proposals, index = tmp_path / "proposals", tmp_path / "idx"
    _proposal(proposals / "acme.pdf")

    first = _analyze(proposals, tmp_path / "a", index)
    vendor = first["vendors"][0]
    assert vendor["ocr_pages"] == {"acme.pdf": [2]}
    assert not [w for w in vendor["warnings"] if w["kind"] == "no_text"]
    fee = _setup_fee(first)
    assert fee["status"] == "present" and "18,500" in fee["amount"]
    assert [(e["page"], e.get("ocr")) for e in fee["evidence"]] == [(2, True)]
    assert "18,500" in fee["evidence"][0]["quote"]
    assert first["summary"]["unverified_quotes_dropped"] == 0 and first["summary"]["ocr_pages_read"] == 1
    assert "acme.pdf p. 2 (OCR)" in (tmp_path / "a" / "acme.md").read_text()
    assert "Read by OCR" in (tmp_path / "a" / "report.html").read_text()
    # `ask` verifies against the OCR text stored in the index, and marks the citation too.
    answer = ask(index, "What is the set-up fee?")
    assert any(c.page == 2 and c.ocr and "18,500" in c.quote for c in answer.citations)

    again = _analyze(proposals, tmp_path / "b", index)
    assert again["summary"]["ocr_pages_read"] == 0 and again["summary"]["embedded"] == 0
    assert again["vendors"][0]["fees"] == first["vendors"][0]["fees"]

    plain = _analyze(proposals, tmp_path / "c", index, "--no-ocr")
    vendor = plain["vendors"][0]
    assert vendor["ocr_pages"] == {}
    assert [(w["kind"], w["page"]) for w in vendor["warnings"]] == [("no_text", 2)]
    assert _setup_fee(plain)["status"] == "absent"


def test_boxes_are_read_as_lines_top_to_bottom_and_left_to_right():
    def box(left, top, width=100, height=20):
        return [[left, top], [left + width, top], [left + width, top + height], [left, top + height]]

    boxes = [(box(300, 52), "USD 40"), (box(10, 50), "Set-up fee"), (box(10, 10), "Pricing"), (box(160, 49), "one-time")]
    assert visual_lines(boxes) == [["Pricing"], ["Set-up fee", "one-time", "USD 40"]]


def test_summary_gives_a_scan_s_unread_pages_one_line():
    warnings = [{"file": "scan.pdf", "kind": "no_text", "page": n, "message": f"page {n} has no text layer"}
                for n in (2, 3, 4, 7)] + [{"file": "memo.pdf", "kind": "no_text", "page": 5, "message": "page 5 ..."}]
    assert summary_warnings(warnings) == ["page 5 ...", "scan.pdf: 4 pages have no text (pages 2-4, 7); "
                                                        "they are not analyzed"]


@pytest.mark.slow
def test_a_dry_run_sends_and_writes_nothing_and_leaves_the_real_run_nothing_to_redo(tmp_path):
    proposals, index, out = tmp_path / "proposals", tmp_path / "idx", tmp_path / "out"
    _proposal(proposals / "acme.pdf")
    dead = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there: a dry run must not need it
    result = CliRunner().invoke(main, [str(proposals), "--out", str(out), "--index", str(index), "--judge", "llm",
                                       "--base-url", dead, "--dry-run"], env={"OPENAI_API_KEY": "test-key"})
    assert result.exit_code == 0, result.output
    assert "would make about" in result.output and "Nothing was sent" in result.output
    assert not out.exists()
    real = _analyze(proposals, out, index, "--judge", "rules")
    # The scanned page was read, chunked and embedded by the dry run: the real run redoes none of it.
    assert real["summary"]["ocr_pages_read"] == 0 and real["summary"]["embedded"] == 0
    assert real["vendors"][0]["ocr_pages"] == {"acme.pdf": [2]}


@pytest.mark.slow
def test_pages_read_in_parallel_keep_their_own_text_and_a_failed_page_fails_alone(tmp_path):
    lines = {1: "Invoice schedule: monthly in arrears.", 2: "Overtime premium of 25% applies.",
             3: "Holiday cover at no extra charge."}
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number in sorted(lines):
        pdf.drawImage(ImageReader(scan_image([lines[number]])), 40, 600, width=520, height=520 * 110 / 1100)
        pdf.showPage()
    pdf.save()
    finished = []

    texts, errors = read_pages(path, [1, 2, 3, 9], None, on_page=lambda n, text: finished.append(n))

    assert sorted(finished) == [1, 2, 3, 9] and list(errors) == [9]
    keywords = {1: "arrears", 2: "overtime", 3: "holiday"}
    assert {n: [k for k in keywords.values() if k in texts[n].lower()] for n in lines} == {
        n: [k] for n, k in keywords.items()}


needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="the tesseract command is not installed "
                                     "(system package tesseract-ocr; pip cannot install it)")


@needs_tesseract
def test_tesseract_reads_a_scanned_page_auto_prefers_it_and_falls_back_to_rapidocr(tmp_path, monkeypatch):
    path = _proposal(tmp_path / "acme.pdf")
    texts, errors = read_pages(path, [2], None, engine="tesseract")
    assert errors == {} and "USD 18,500" in texts[2] and "set-up fee" in texts[2]
    assert ocr.choose_engine("auto") == "tesseract"
    monkeypatch.setattr(ocr, "tesseract_available", lambda: False)  # a machine without the system package
    assert ocr.choose_engine("auto") == ("rapidocr" if ocr.rapidocr_available() else None)
    monkeypatch.setattr(ocr, "rapidocr_available", lambda: False)
    assert ocr.choose_engine("auto") is None and ocr.choose_engine("rapidocr") is None


@needs_tesseract
@pytest.mark.slow
def test_with_tesseract_a_scanned_page_is_cited_marked_ocr_and_verified(tmp_path):
    proposals, index = tmp_path / "proposals", tmp_path / "idx"
    _proposal(proposals / "acme.pdf")

    results = _analyze(proposals, tmp_path / "a", index, env={"RFP_ANALYZER_OCR_ENGINE": "tesseract"})

    assert results["vendors"][0]["ocr_pages"] == {"acme.pdf": [2]}
    fee = _setup_fee(results)
    assert fee["status"] == "present" and "18,500" in fee["amount"]
    assert [(e["page"], e.get("ocr")) for e in fee["evidence"]] == [(2, True)]
    assert results["summary"]["unverified_quotes_dropped"] == 0
    cached = json.loads(next((index / "ocr-cache").glob("*.json")).read_text())
    assert cached["engine"] == engine_id("tesseract")  # cached under its own engine: RapidOCR would read it again
    answer = ask(index, "What is the set-up fee?")
    assert any(c.page == 2 and c.ocr and "18,500" in c.quote for c in answer.citations)
