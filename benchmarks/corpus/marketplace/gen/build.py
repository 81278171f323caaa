"""Rebuild the `marketplace` set's PDFs from gen/content/*.txt with the shared kit ../../pdfkit.py.

usage: /work/main/.venv/bin/python gen/build.py     (from the set folder or anywhere)

One page of Helvetia Dialog's offer (Schedule 4: service levels, credits, cap and the early-termination sum) is replaced
by a scan of itself (pdfkit.apply_scan: about 170 dpi, turned by half a degree, speckled, JPEG), so it has no
text layer and must be read with OCR. Its text as rendered is kept in
gen/scans/helvetia-schedule-4.txt and its page number in gen/scan_map.json; check_labels.py checks "ocr" quotes against
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
    ("wisla-proposal.txt", "proposals/wisla/proposal.pdf", "wisla"),
    ("wisla-pricing.txt", "proposals/wisla/commercial-offer.pdf", "wisla_price"),
    ("helvetia.txt", "proposals/helvetia-dialog.pdf", "helvetia"),
    ("brightloop.txt", "proposals/brightloop.pdf", "brightloop"),
]
SCANS = [  # pdf, a string that marks the page to scan, scan name
    ("proposals/helvetia-dialog.pdf", "Schedule 4 - Service Levels, Service Credits and Termination", "helvetia-schedule-4"),
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
