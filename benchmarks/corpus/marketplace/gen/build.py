"""Rebuild the `marketplace` set's PDFs from gen/content/*.txt with the shared kit ../../pdfkit.py.

usage: /work/main/.venv/bin/python gen/build.py     (from the set folder or anywhere)

One page of Helvetia Dialog's offer (Schedule 4: service levels, credits, cap and the early-termination sum) is replaced
by a scan of itself (pdfkit.apply_scan: about 170 dpi, turned by half a degree, speckled, JPEG), so it has no
text layer and must be read with OCR. Its text as rendered is kept in
gen/scans/helvetia-schedule-4.txt and its page number in gen/scan_map.json; check_labels.py checks "ocr" quotes against
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
    ("wisla-proposal.txt", "proposals/wisla/proposal.pdf", "wisla"),
    ("wisla-pricing.txt", "proposals/wisla/commercial-offer.pdf", "wisla_price"),
    ("helvetia.txt", "proposals/helvetia-dialog.pdf", "helvetia"),
    ("brightloop.txt", "proposals/brightloop.pdf", "brightloop"),
]
SCANS = [  # pdf, a string that marks the page to scan, scan name
    ("proposals/helvetia-dialog.pdf", "Schedule 4 - Service Levels, Service Credits and Termination", "helvetia-schedule-4"),
]

if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
