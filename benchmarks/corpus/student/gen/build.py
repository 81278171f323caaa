"""Rebuild the `student` set's PDFs from gen/content/*.txt with the shared kit ../../pdfkit.py.

usage: /work/main/.venv/bin/python gen/build.py     (from the set folder or anywhere)

One page of Khaleej's proposal (Annex C: service levels with their credits, exit and the early-exit sum) is replaced
by a scan of itself (pdfkit.apply_scan: about 170 dpi, turned by half a degree, speckled, JPEG), so it has no
text layer and must be read with OCR. Its text as rendered is kept in
gen/scans/khaleej-annex-c.txt and its page number in gen/scan_map.json; check_labels.py checks "ocr" quotes against
that text.
"""
import json
import sys
from pathlib import Path

from pypdf import PdfReader

GEN = Path(__file__).resolve().parent
SET = GEN.parent
CONTENT = GEN / "content"
sys.path.insert(0, str(SET.parent))  # benchmarks/corpus, for pdfkit
sys.path.insert(0, str(GEN))

from pdfkit import apply_scan, render  # noqa: E402
from themes import THEMES  # noqa: E402

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


def main():
    for src, out, theme in DOCS:
        target = SET / out
        target.parent.mkdir(parents=True, exist_ok=True)
        render((CONTENT / src).read_text(), target, THEMES[theme])
    scan_map = {}
    for rel, marker, name in SCANS:
        apply_scan(SET, rel, marker, name, scan_map)
    (GEN / "scan_map.json").write_text(json.dumps(scan_map, indent=1) + "\n")
    for _, out, _ in DOCS:
        print(out, len(PdfReader(str(SET / out)).pages), "pages")


if __name__ == "__main__":
    main()
