"""Progress bars in a narrow terminal: a long label (OCR of a file with a long name) is cut, the counts, the
elapsed time and the time remaining stay visible."""

from rich.console import Console

from rfp_analyzer.cli import RichProgress


def test_long_labels_are_cut_and_counts_and_eta_stay_visible():
    console = Console(width=60, record=True, force_terminal=False)
    long_name = "OCR " + "a-very-long-vendor-folder-name/" * 3 + "scanned-pricing-appendix.pdf"
    with RichProgress(console) as bars:
        ocr = bars.start(long_name, 10)
        bars.advance(ocr, 3)
        reading = bars.start("Reading PDFs", 4)
        bars.advance(reading, 4)
    ocr_line, reading_line = console.export_text().splitlines()[-2:]
    assert "3/10" in ocr_line and "…" in ocr_line and "scanned-pricing-appendix" not in ocr_line
    assert ocr_line.rstrip().endswith("-:--:--")  # time remaining: not known yet after one update
    assert "4/4" in reading_line and reading_line.count("0:00:00") == 2  # elapsed, and nothing remaining
    assert all(len(line) <= 60 for line in (ocr_line, reading_line))
