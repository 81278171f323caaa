"""Rebuild the pharma set: python gen/build.py (with the corpus venv)."""
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set  # noqa: E402
from themes import THEMES  # noqa: E402

DOCS = [
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("northmere.txt", "proposals/northmere.pdf", "northmere"),
    ("kestrel.txt", "proposals/kestrel-halden.pdf", "kestrel"),
    ("veridia_proposal.txt", "proposals/veridia/proposal.pdf", "veridia"),
    ("veridia_fees.txt", "proposals/veridia/fee-schedule.pdf", "veridia_fees"),
    ("pharmalien.txt", "proposals/pharmalien.pdf", "pharmalien"),
]
SCANS = [("proposals/kestrel-halden.pdf", "Schedule 5 - Supplementary Charges", "kestrel_schedule5")]

if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
