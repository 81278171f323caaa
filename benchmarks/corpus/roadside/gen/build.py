"""Rebuild the roadside set: python gen/build.py"""
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set  # noqa: E402
from themes import THEMES  # noqa: E402

DOCS = [
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("helvetassist.txt", "proposals/helvetassist.pdf", "helvetassist"),
    ("ponte.txt", "proposals/ponte-servizi.pdf", "ponte"),
    ("lumora_proposal.txt", "proposals/lumora/proposal.pdf", "lumora"),
    ("lumora_pricing.txt", "proposals/lumora/pricing-schedule.pdf", "lumora_price"),
    ("kessler.txt", "proposals/kessler-assistance.pdf", "kessler"),
]
SCANS = [("proposals/ponte-servizi.pdf", "CONDIZIONI ECONOMICHE", "ponte-conditions")]

if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
