"""Rebuild the `student` set's PDFs from gen/content/*.txt with the shared kit ../../pdfkit.py.

usage: /work/main/.venv/bin/python gen/build.py     (from the set folder or anywhere)

One page of Khaleej's proposal (Annex C: service levels with their credits, exit and the early-exit sum) is replaced
by a scan of itself (pdfkit.apply_scan: about 170 dpi, turned by half a degree, speckled, JPEG), so it has no
text layer and must be read with OCR. Its text as rendered is kept in
gen/scans/khaleej-annex-c.txt and its page number in gen/scan_map.json; check_labels.py checks "ocr" quotes against
that text.
"""
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))  # benchmarks/corpus, for pdfkit

from pdfkit import build_set  # noqa: E402
from themes import THEMES  # noqa: E402  (gen/, the script's own folder)

DOCS = [  # content file, output path, theme
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("lumen-proposal.txt", "proposals/lumen/proposal.pdf", "lumen"),
    ("lumen-pricing.txt", "proposals/lumen/pricing-schedule.pdf", "lumen_price"),
    ("khaleej.txt", "proposals/khaleej.pdf", "khaleej"),
    ("ponte.txt", "proposals/ponte-digital.pdf", "ponte"),
    ("tejo.txt", "proposals/tejo.pdf", "tejo"),
]
SCANS = [  # pdf, a string that marks the page to scan, scan name
    ("proposals/khaleej.pdf", "Annex C - Service Levels, Service Credits, Exit and Termination", "khaleej-annex-c"),
]

if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
