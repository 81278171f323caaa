"""Rebuild the `hotels` set's PDFs from gen/content/*.txt with the shared kit ../../pdfkit.py.

usage: /work/main/.venv/bin/python gen/build.py     (from the set folder or anywhere)

One page of Chao Phraya's tender (Schedule 3: service levels, credits, cap and the early-termination charge) is
replaced by a scan of itself (pdfkit.apply_scan), so it has no text layer and must be read with OCR. Its text as
rendered is kept in gen/scans/chaophraya-schedule-3.txt and its page number in gen/scan_map.json; check_labels.py
checks "ocr" quotes against that text.
"""
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))  # benchmarks/corpus, for pdfkit

from pdfkit import build_set  # noqa: E402
from themes import THEMES  # noqa: E402  (gen/, the script's own folder)

DOCS = [  # content file, output path, theme
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("tsubasa-proposal.txt", "proposals/tsubasa/proposal.pdf", "tsubasa"),
    ("tsubasa-pricing.txt", "proposals/tsubasa/price-schedule.pdf", "tsubasa_price"),
    ("hanbit.txt", "proposals/hanbit.pdf", "hanbit"),
    ("islas.txt", "proposals/islas-bright.pdf", "islas"),
    ("chaophraya.txt", "proposals/chao-phraya.pdf", "chaophraya"),
]
SCANS = [  # pdf, a string that marks the page to scan, scan name
    ("proposals/chao-phraya.pdf", "Schedule 3 - Service Levels, Service Credits and Termination",
     "chaophraya-schedule-3"),
]

if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
