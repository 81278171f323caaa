"""Build the payroll set: python gen/build.py (from the set folder or anywhere)."""
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set  # noqa: E402
from themes import THEMES  # noqa: E402

DOCS = [
    ("rfp.txt", "rfp.pdf", "rfp"),
    ("aldergate_proposal.txt", "proposals/aldergate-meridian/proposal.pdf", "aldergate"),
    ("aldergate_pricing.txt", "proposals/aldergate-meridian/pricing-schedule.pdf", "aldergate_pricing"),
    ("horak.txt", "proposals/horak-syn.pdf", "horak"),
    ("nearlink.txt", "proposals/nearlink-nomina.pdf", "nearlink"),
    ("kordon.txt", "proposals/kordon-outsourcing.pdf", "kordon"),
]
SCANS = [("proposals/horak-syn.pdf", "Price confirmation (signed)", "horak_prices")]

if __name__ == "__main__":
    build_set(SET, DOCS, SCANS, THEMES)
