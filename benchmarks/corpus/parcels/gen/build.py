"""Rebuild the parcels set: python gen/build.py"""
import sys
from pathlib import Path

SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parent))
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set  # noqa: E402
from themes import THEMES  # noqa: E402

DOCS = [
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("baltline.txt", "proposals/baltline.pdf", "baltline"),
    ("veridia_proposal.txt", "proposals/veridia/proposal.pdf", "veridia"),
    ("veridia_annex.txt", "proposals/veridia/commercial-annex.pdf", "veridia_annex"),
    ("atlantico.txt", "proposals/atlantico.pdf", "atlantico"),
    ("revontuli.txt", "proposals/revontuli.pdf", "revontuli"),
]
SCANS = [("proposals/revontuli.pdf", "SCHEDULE 3 - CHARGES", "revontuli-schedule3")]

if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
