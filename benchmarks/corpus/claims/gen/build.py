"""Rebuild the `claims` set's PDFs from gen/content/*.txt with the shared kit ../../pdfkit.py.

usage: /work/main/.venv/bin/python gen/build.py     (from the set folder or anywhere)

One page of Albion Mercer's tender (Schedule 5, the service-level table with its credit column) is replaced by a
scanned image of itself (pdfkit.apply_scan with the kit's ROUGH_SCAN look, rougher than the later sets': lower
resolution, more speckle), so it has no text layer. Its text as rendered is kept in gen/scans/albion-sla.txt and its
page number in gen/scan_map.json; check_labels.py checks "ocr" quotes against that text.
"""
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))  # benchmarks/corpus, for pdfkit

from pdfkit import ROUGH_SCAN, build_set  # noqa: E402
from themes import THEMES  # noqa: E402  (gen/, the script's own folder)

DOCS = [  # content file, output path, theme
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("stonebridge-proposal.txt", "proposals/stonebridge/proposal.pdf", "stonebridge"),
    ("stonebridge-pricing.txt", "proposals/stonebridge/pricing-schedule.pdf", "stonebridge_price"),
    ("albion.txt", "proposals/albion-mercer.pdf", "albion"),
    ("andina.txt", "proposals/andina.pdf", "andina"),
    ("fennec.txt", "proposals/fennec.pdf", "fennec"),
]
SCANS = [  # pdf, a string that marks the page to scan, scan name
    ("proposals/albion-mercer.pdf", "Schedule 5: Service Levels and Service Credits", "albion-sla"),
]

if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES, look=ROUGH_SCAN)
